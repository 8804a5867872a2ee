"""The slug rule behind canonical ids, shared so that every plugin spells an id the same way.

``person/robert-obrien``, ``org/bae-systems``: a plugin that meets a name not in its data derives
the id from the name as written, and another plugin (or another article) must derive the same.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ascii_slug"]

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "&": " and ",
    }
)
_APOSTROPHES = re.compile(r"['’ʼ`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_slug(name: str) -> str:
    """ASCII-folded, lower case, apostrophes dropped, other runs of non-alphanumerics as one
    hyphen (``Robert O'Brien`` -> ``robert-obrien``, ``Bjørn Arild Gram`` -> ``bjorn-arild-gram``,
    ``Marshall & Co`` -> ``marshall-and-co``)."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    plain = _APOSTROPHES.sub("", plain.lower())
    return _NON_ALNUM.sub("-", plain).strip("-")
