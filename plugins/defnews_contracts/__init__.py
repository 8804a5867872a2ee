"""Contracts, agreements, memoranda, joint ventures, orders, licences, deliveries and plans to
build or localise production, as ``contract`` claims pointing at the actors' entity ids.

A built-in defnews plugin, written against the public API only and found through the
``defnews`` entry point ``contracts``. See ``docs/plugins/contracts.md`` for the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from defnews import Claim, Entity, hookimpl

if TYPE_CHECKING:
    from defnews.context import ExtractionContext
from defnews_contracts.extract import EXTRACTOR, find_contracts
from defnews_contracts.status import STATUSES
from defnews_contracts.triggers import PRIORITY as CONTRACT_TYPES

__all__ = ["CONTRACT_TYPES", "EXTRACTOR", "STATUSES", "defnews_claims", "find_contracts"]


@hookimpl
def defnews_claims(
    ctx: ExtractionContext, entities: tuple[Entity, ...], config: Mapping[str, Any]
) -> list[Claim]:
    """One ``contract`` claim per clause that names a deal with at least one known party.

    ``config``: ``min_confidence`` (default 0) drops claims scored below it.
    """
    return find_contracts(ctx, entities, config)
