"""What counts as text in a card, a note or a name, wherever it comes from.

Two rules, applied by every import (CSV, XLSX, JSON, archives) and every edit:

* a field holds text: no control characters other than tab and line breaks (a NUL would make
  our own CSV export unreadable), no lone UTF-16 surrogates (``"\\ud800"`` in JSON, which
  SQLite cannot store);
* a required field is blank when it holds only spaces and invisible characters (zero-width
  spaces and joiners, word joiners, the BOM, soft hyphens: Unicode's "format" characters), so a
  title that shows nothing on the card is refused like an empty one.
"""

from __future__ import annotations

import re
import unicodedata

from workshop_studio.i18n import translate

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def is_blank(text: str) -> bool:
    """Nothing a reader would see: empty, spaces, or invisible format characters only."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def text_problem(text: str) -> str | None:
    """Why ``text`` is not text we store, or ``None``."""
    found = _SURROGATE.search(text)
    if found is not None:
        return translate("TextRules", "it holds an invalid character (a lone surrogate, U+{code:04X}).").format(
            code=ord(found.group())
        )
    found = _CONTROL.search(text)
    if found is not None:
        return translate("TextRules", "it holds a control character (U+{code:04X}), which is not text.").format(
            code=ord(found.group())
        )
    return None


def without_controls(text: str) -> str:
    """``text`` with the characters a file cannot carry left out (for exports of old data)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
