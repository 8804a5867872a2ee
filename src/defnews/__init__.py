"""defnews: dated defense-industry news in, structured evidence-backed data out.

Quick start::

    import defnews
    article = defnews.parse(" date 2024-02-29\\nRheinmetall signed a contract with Ukraine.")
    result = defnews.extract(article)
    print(defnews.dumps_record(result))
"""

from defnews.errors import DefnewsError, ExtractionError, ParseError, SchemaError
from defnews.gazetteer import Gazetteer, GazetteerEntry, GazetteerMatch, Role
from defnews.hookspecs import hookimpl
from defnews.models import (
    CLAIM_KINDS,
    ENTITY_KINDS,
    MODALITIES,
    Amount,
    Article,
    Claim,
    Diagnostic,
    Entity,
    Extraction,
    FaqPair,
    Span,
    TimeRef,
)
from defnews.parser import iter_articles, iter_parsed, parse, parse_file, render
from defnews.pipeline import Pipeline, extract, extract_many, stable_id
from defnews.serialization import (
    SCHEMA,
    dump_record,
    dumps_record,
    load_record,
    loads_record,
    record_schema,
)

__version__ = "0.1.0"

__all__ = [
    "CLAIM_KINDS",
    "ENTITY_KINDS",
    "MODALITIES",
    "SCHEMA",
    "Amount",
    "Article",
    "Claim",
    "DefnewsError",
    "Diagnostic",
    "Entity",
    "Extraction",
    "ExtractionError",
    "FaqPair",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerMatch",
    "ParseError",
    "Pipeline",
    "Role",
    "SchemaError",
    "Span",
    "TimeRef",
    "__version__",
    "dump_record",
    "dumps_record",
    "extract",
    "extract_many",
    "hookimpl",
    "iter_articles",
    "iter_parsed",
    "load_record",
    "loads_record",
    "parse",
    "parse_file",
    "record_schema",
    "render",
    "stable_id",
]
