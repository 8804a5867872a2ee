"""Running plugins over articles: isolation, validation, merging, deterministic output.

The rest of defnews never calls ``manager.hook.*`` directly; it goes through `Pipeline`.
Each plugin's hook call is made on its own so that one plugin raising, or returning an invalid
item, costs only that plugin's item: a diagnostic names plugin, hook and article, and every other
plugin's results are kept. ``strict=True`` turns such diagnostics into `ExtractionError`.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import pluggy

from defnews.context import ExtractionContext
from defnews.errors import ExtractionError
from defnews.gazetteer import Gazetteer, GazetteerEntry
from defnews.hookspecs import hookimpl
from defnews.models import Amount, Article, Claim, Diagnostic, Entity, Extraction, TimeRef
from defnews.plugins import PluginInfo, discover, implemented_hooks, new_manager

__all__ = ["Pipeline", "extract", "extract_many", "stable_id"]

CORE_PLUGIN = "defnews.core"


def stable_id(*parts: object) -> str:
    """A short hash of ``parts``, identical on every machine (for claim ids)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return digest[:16]


class _Core:
    """The innermost ``defnews_process_article``: entities, merge, claims, services."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    @hookimpl(trylast=True)
    def defnews_process_article(self, ctx: ExtractionContext) -> Extraction:
        return self.pipeline._run(ctx)


class Pipeline:
    """A loaded set of plugins, ready to extract from any number of articles.

    Args:
        plugins: plugin names to load from the ``defnews`` entry points (None loads all), and/or
            plugin objects (modules or instances with ``@hookimpl`` functions) to register as is.
        disable: entry-point names not to load.
        config: per-plugin configuration, by plugin name; each plugin's hooks receive their own
            mapping as ``config``.
        strict: raise `ExtractionError` when a plugin misbehaves instead of recording it.
    """

    def __init__(
        self,
        plugins: Sequence[str | object] | None = None,
        *,
        disable: Iterable[str] = (),
        config: Mapping[str, Mapping[str, Any]] | None = None,
        strict: bool = False,
    ) -> None:
        self.config: Mapping[str, Mapping[str, Any]] = config or {}
        self.strict = strict
        self.manager = new_manager()
        self.manager.register(_Core(self), name=CORE_PLUGIN)
        self.load_diagnostics: list[Diagnostic] = []
        self.plugins: list[PluginInfo] = []
        names = None if plugins is None else [p for p in plugins if isinstance(p, str)]
        for info in discover(only=names, disable=disable):
            self._register(info)
        if names:
            missing = sorted(set(names) - {info.name for info in self.plugins})
            if missing:
                raise ValueError(f"no installed defnews plugin named {', '.join(missing)}")
        for plugin in plugins or ():
            if not isinstance(plugin, str):
                name = getattr(plugin, "__name__", None) or type(plugin).__name__
                self._register(
                    PluginInfo(
                        name=name, loaded=True, plugin=plugin, hooks=implemented_hooks(plugin)
                    )
                )
        self.gazetteer = Gazetteer(self._gazetteer_entries())

    @property
    def plugin_names(self) -> list[str]:
        """Names of the plugins that loaded, in registration order."""
        return [info.name for info in self.plugins if info.loaded]

    def _register(self, info: PluginInfo) -> None:
        if not info.loaded:
            self.plugins.append(info)
            self._load_problem(info.name, f"could not be loaded: {info.error}")
            return
        try:
            self.manager.register(info.plugin, name=info.name)
        except (pluggy.PluginValidationError, ValueError) as error:
            self.plugins.append(attrs.evolve(info, loaded=False, error=str(error)))
            self._load_problem(info.name, f"was rejected: {error}")
            return
        self.plugins.append(info)

    def _load_problem(self, name: str, message: str) -> None:
        self.load_diagnostics.append(
            Diagnostic(
                level="error",
                code="plugin-not-loaded",
                plugin=name,
                message=f"plugin {name!r} {message}",
            )
        )

    def _gazetteer_entries(self) -> list[GazetteerEntry]:
        entries: list[GazetteerEntry] = []
        for plugin, items in self._call_each("defnews_gazetteer", {}, None, self.load_diagnostics):
            for item in items:
                if isinstance(item, GazetteerEntry):
                    entries.append(item)
                else:
                    self.load_diagnostics.append(
                        _invalid(
                            plugin,
                            "defnews_gazetteer",
                            None,
                            f"returned {type(item).__name__}, not GazetteerEntry",
                        )
                    )
        return entries

    def _call_each(
        self,
        hook_name: str,
        kwargs: Mapping[str, Any],
        article: str | None,
        diagnostics: list[Diagnostic],
    ) -> Iterator[tuple[str, list[Any]]]:
        """Call each plugin's implementation on its own, in pluggy's order."""
        hook = getattr(self.manager.hook, hook_name)
        for impl in reversed(hook.get_hookimpls()):
            if impl.hookwrapper or impl.wrapper:
                continue
            arguments = dict(kwargs, config=self.config.get(impl.plugin_name, {}))
            try:
                result = impl.function(*[arguments[name] for name in impl.argnames])
                items = [] if result is None else list(result)
            except Exception as error:  # isolation: one plugin's bug must not cost the others
                diagnostics.append(
                    Diagnostic(
                        level="error",
                        code="plugin-raised",
                        plugin=impl.plugin_name,
                        hook=hook_name,
                        article=article,
                        message=f"plugin {impl.plugin_name!r} raised in {hook_name} on "
                        f"article {article}: {type(error).__name__}: {error}",
                    )
                )
                continue
            yield impl.plugin_name, items

    def _role_at(self, entity_id: str, date: Any) -> str | None:
        try:
            role: str | None = self.manager.hook.defnews_role_at(entity_id=entity_id, date=date)
        except Exception:  # a broken role lookup means "unknown role", not a lost article
            return None
        return role if isinstance(role, str) else None

    def context(self, article: Article) -> ExtractionContext:
        """The context plugins receive for ``article``."""
        return ExtractionContext(article, self.gazetteer, self.config, self._role_at)

    def extract(self, article: Article) -> Extraction:
        """Every plugin's entities and claims for ``article``, merged and validated."""
        ctx = self.context(article)
        failure: list[Diagnostic] = []
        try:
            result = self.manager.hook.defnews_process_article(ctx=ctx)
            if not isinstance(result, Extraction) or result.article != article:
                raise TypeError(f"returned {type(result).__name__}, not this article's Extraction")
        except Exception as error:  # a wrapper broke: fall back to the core's own result
            result = ctx.core_result or self._run(ctx)
            failure.append(
                Diagnostic(
                    level="error",
                    code="plugin-raised",
                    hook="defnews_process_article",
                    article=article.id,
                    message=f"a defnews_process_article wrapper failed on article {article.id}: "
                    f"{type(error).__name__}: {error}",
                )
            )
            result = attrs.evolve(result, diagnostics=(*result.diagnostics, *failure))
        if self.strict:
            errors = [d for d in result.diagnostics if d.level == "error"]
            if errors:
                raise ExtractionError(errors[0].message, tuple(errors))
        return result

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """`extract` over many articles, lazily and in order."""
        for article in articles:
            yield self.extract(article)

    def _run(self, ctx: ExtractionContext) -> Extraction:
        article = ctx.article
        diagnostics = [attrs.evolve(d, article=article.id) for d in self.load_diagnostics]
        found: list[Entity] = []
        for plugin, items in self._call_each(
            "defnews_entities", {"ctx": ctx}, article.id, diagnostics
        ):
            found.extend(
                _valid(
                    items, Entity, plugin, "defnews_entities", article, diagnostics, _entity_problem
                )
            )
        entities = merge_entities(found)
        known = {entity.id for entity in entities}
        claims: list[Claim] = []
        kwargs = {"ctx": ctx, "entities": entities}
        for plugin, items in self._call_each("defnews_claims", kwargs, article.id, diagnostics):
            claims.extend(
                _valid(
                    items,
                    Claim,
                    plugin,
                    "defnews_claims",
                    article,
                    diagnostics,
                    lambda claim, art: _claim_problem(claim, art, known),
                )
            )
        quantities, times = _services(ctx, diagnostics)
        result = Extraction(
            article=article,
            entities=entities,
            claims=order_claims(claims),
            quantities=quantities,
            times=times,
            diagnostics=(*diagnostics, *ctx.diagnostics),
        )
        ctx.core_result = result
        return result


def _services(
    ctx: ExtractionContext, diagnostics: list[Diagnostic]
) -> tuple[tuple[Amount, ...], tuple[TimeRef, ...]]:
    try:
        return ctx.quantities(), ctx.times()
    except Exception as error:  # a core bug on odd text must not lose the plugins' results
        diagnostics.append(
            Diagnostic(
                level="error",
                code="service-failed",
                article=ctx.article.id,
                message=f"text services failed: {error!r}",
            )
        )
        return (), ()


def _invalid(plugin: str, hook: str, article: str | None, problem: str) -> Diagnostic:
    return Diagnostic(
        level="error",
        code="invalid-item",
        plugin=plugin,
        hook=hook,
        article=article,
        message=f"plugin {plugin!r} {hook} on article {article}: {problem}",
    )


def _valid(
    items: list[Any],
    kind: type[Any],
    plugin: str,
    hook: str,
    article: Article,
    diagnostics: list[Diagnostic],
    problem_of: Callable[[Any, Article], str | None],
) -> Iterator[Any]:
    """The items that are of ``kind`` and pass ``problem_of``, stamped with the plugin name."""
    for item in items:
        problem = (
            f"returned {type(item).__name__}, not {kind.__name__}"
            if not isinstance(item, kind)
            else problem_of(item, article)
        )
        if problem is not None:
            diagnostics.append(_invalid(plugin, hook, article.id, problem))
            continue
        yield item if item.extractor == plugin else _with_extractor(item, plugin)


def _with_extractor(item: Any, plugin: str) -> Any:
    """A copy of a valid ``item`` stamped with its plugin's name.

    Field by field rather than `attrs.evolve`: the item already passed its validators and
    converters when the plugin built it, and running them again cost a tenth of extraction.
    """
    kind = type(item)
    copier = _COPIERS.get(kind)
    if copier is None:
        names = [field.name for field in attrs.fields(kind) if field.name != "extractor"]
        copier = _COPIERS[kind] = (names, operator.attrgetter(*names))
    names, values_of = copier
    copy = object.__new__(kind)
    for name, value in zip(names, values_of(item), strict=True):
        object.__setattr__(copy, name, value)
    object.__setattr__(copy, "extractor", plugin)
    return copy


# per item class: its field names but ``extractor``, and one getter for all their values
_COPIERS: dict[type[Any], tuple[list[str], Callable[[Any], tuple[Any, ...]]]] = {}


def _span_problem(spans: Iterable[Any], article: Article, what: str) -> str | None:
    for span in spans:
        if not article.checks(span):
            actual = article.text[span.start : span.end] if span.end <= len(article.text) else ""
            return (
                f"{what} span {span.start}..{span.end} claims {span.text!r} but the text "
                f"there is {actual!r} (text length {len(article.text)})"
            )
    return None


def _entity_problem(entity: Entity, article: Article) -> str | None:
    return _span_problem(entity.mentions, article, f"entity {entity.id!r} mention")


def _claim_problem(claim: Claim, article: Article, known: set[str]) -> str | None:
    problem = _span_problem(claim.spans(), article, f"claim {claim.id!r}")
    if problem is not None:
        return problem
    refs = [*claim.parties, *(r for r in (claim.subject, claim.speaker) if r is not None)]
    unknown = [ref for ref in refs if ref not in known]
    if unknown:
        return f"claim {claim.id!r} refers to unknown entity ids {unknown}"
    return None


def merge_entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """One entity per canonical id with every mention; ordered by first mention, then id."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        seen = merged.get(entity.id)
        merged[entity.id] = entity if seen is None else _merge_pair(seen, entity)
    return tuple(sorted(merged.values(), key=lambda e: (e.mentions[0].start, e.id)))


def _merge_pair(first: Entity, second: Entity) -> Entity:
    mentions = sorted(set(first.mentions) | set(second.mentions), key=lambda s: (s.start, s.end))
    extractors = sorted({*first.extractor.split("+"), second.extractor})
    return attrs.evolve(
        first,
        mentions=mentions,
        role=first.role or second.role,
        country=first.country or second.country,
        extractor="+".join(extractors),
        confidence=max(first.confidence, second.confidence),
        attributes={**second.attributes, **first.attributes},
    )


def order_claims(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Claims without duplicate ids, ordered by evidence position, kind and id."""
    unique: dict[str, Claim] = {}
    for claim in claims:
        unique.setdefault(claim.id, claim)
    return tuple(
        sorted(unique.values(), key=lambda c: (c.evidence.start, c.evidence.end, c.kind, c.id))
    )


_default_pipelines: dict[str, Pipeline] = {}


def _pipeline_for(
    plugins: Sequence[str | object] | None,
    disable: Iterable[str],
    config: Mapping[str, Mapping[str, Any]] | None,
    strict: bool,
) -> Pipeline:
    if plugins is not None and not all(isinstance(p, str) for p in plugins):
        return Pipeline(plugins, disable=disable, config=config, strict=strict)
    key = json.dumps([plugins, sorted(disable), config, strict], sort_keys=True, default=repr)
    if key not in _default_pipelines:
        _default_pipelines[key] = Pipeline(plugins, disable=disable, config=config, strict=strict)
    return _default_pipelines[key]


def extract(
    article: Article,
    *,
    plugins: Sequence[str | object] | None = None,
    disable: Iterable[str] = (),
    config: Mapping[str, Mapping[str, Any]] | None = None,
    strict: bool = False,
) -> Extraction:
    """Extract entities and claims from one article with the installed plugins.

    The plugin set is loaded once per distinct set of options and reused.
    """
    return _pipeline_for(plugins, tuple(disable), config, strict).extract(article)


def extract_many(
    articles: Iterable[Article],
    *,
    plugins: Sequence[str | object] | None = None,
    disable: Iterable[str] = (),
    config: Mapping[str, Mapping[str, Any]] | None = None,
    strict: bool = False,
) -> Iterator[Extraction]:
    """`extract` over many articles, lazily, in order."""
    pipeline = _pipeline_for(plugins, tuple(disable), config, strict)
    return pipeline.extract_many(articles)
