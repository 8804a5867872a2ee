"""The HTML view of extractions: one self-contained, script-safe page per article or corpus."""

from defnews.html.view import Markup, el, esc, marks_of, render_page, segments

__all__ = ["Markup", "el", "esc", "marks_of", "render_page", "segments"]
