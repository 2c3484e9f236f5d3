"""Keys and names made from what the user typed: slugs, and names made unique."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection

MAX_KEY_LENGTH = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "item") -> str:
    """``"Café & œuvre"`` -> ``"cafe-oeuvre"``: lower-case ASCII words joined by hyphens."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = _NOT_SLUG.sub("-", plain.lower()).strip("-")[:MAX_KEY_LENGTH].strip("-")
    return slug or fallback


def unique_key(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def unique_name(base: str, taken: Collection[str], numbered: Callable[[str, int], str]) -> str:
    """``base``, or ``numbered(base, 2)``, ``numbered(base, 3)``… whichever is not taken."""
    if base not in taken:
        return base
    number = 2
    while numbered(base, number) in taken:
        number += 1
    return numbered(base, number)
