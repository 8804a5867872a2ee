"""The organizations plugin: companies, agencies, ministries, alliances, international bodies
and countries.

It contributes the bundled organizations and countries to the gazetteer (countries with their
adjectives and demonyms), and finds in articles the known names, organizations not in the data
by the shape of their names, and capitals that stand for their governments. See
``docs/plugins/organizations.md``.
"""

from defnews_organizations.hooks import defnews_entities, defnews_gazetteer

__all__ = ["defnews_entities", "defnews_gazetteer"]
