"""Shared text services: pure, offset-preserving functions every plugin uses.

Each takes the article text and returns spans exactly into it. Plugins usually reach them
through the extraction context (``ctx.sentences()``, ``ctx.quotes()``...), which caches the
results per article.
"""

from defnews.text.modality import ModalityCue, modality_of
from defnews.text.quantities import find_quantities
from defnews.text.quotes import Quote, find_quotes, find_scare_quotes
from defnews.text.sentences import split_sentences
from defnews.text.statements import Statement, find_statements
from defnews.text.timex import find_times

__all__ = [
    "ModalityCue",
    "Quote",
    "Statement",
    "find_quantities",
    "find_quotes",
    "find_scare_quotes",
    "find_statements",
    "find_times",
    "modality_of",
    "split_sentences",
]
