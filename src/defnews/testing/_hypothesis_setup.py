"""Registered under Hypothesis's ``hypothesis`` entry point, so that ``st.from_type(Article)``
works as soon as defnews is installed, with nothing imported."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from defnews.models import Amount, Article, Claim, Entity, Extraction, Span, TimeRef
    from defnews.testing import strategies

    st.register_type_strategy(Article, st.deferred(strategies.article_objects))
    st.register_type_strategy(
        Span, st.deferred(lambda: strategies.article_objects().flatmap(strategies.spans))
    )
    st.register_type_strategy(Entity, st.deferred(strategies.any_entities))
    st.register_type_strategy(Claim, st.deferred(strategies.any_claims))
    st.register_type_strategy(Amount, st.deferred(strategies.any_amounts))
    st.register_type_strategy(TimeRef, st.deferred(strategies.any_times))
    st.register_type_strategy(Extraction, st.deferred(strategies.extractions))
