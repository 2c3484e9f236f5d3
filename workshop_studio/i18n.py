"""Translation hook for the plain-Python layers.

The domain, services and CLI cannot use Qt's translators, yet their messages reach the user.
They call :func:`translate` (which ``lupdate`` extracts like ``QCoreApplication.translate``);
the GUI installs Qt's translator, and the headless CLI installs one read from the same ``.ts``.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

Translator = Callable[[str, str], str]

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SUPPORTED_LANGUAGES = ("fr", "en")


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it now."""
    return text


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _identity


def system_language() -> str:
    """The user's language as a two-letter code, from the environment as gettext reads it:
    ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG`` names the locale; under the C locale the
    messages are English, whatever ``LANGUAGE`` says; otherwise ``LANGUAGE``'s first entry
    leads (``LC_ALL=C.UTF-8`` beside ``LANG=fr_FR.UTF-8`` is English, as other programs are)."""
    locale_name = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), "")
    if locale_name in ("C", "POSIX") or locale_name.startswith(("C.", "POSIX.")):
        return "en"
    chosen = os.environ.get("LANGUAGE", "").split(":")[0] or locale_name
    if chosen:
        return chosen[:2].lower()
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return loc[:2].lower() or "en"


def resolve_language(requested: str | None) -> str:
    """``requested`` when supported, else the system's (so ``--lang de`` on a French system
    is refused in French), else English."""
    for lang in ((requested or "").lower(), system_language()):
        if lang in SUPPORTED_LANGUAGES:
            return lang
    return "en"


@lru_cache(maxsize=4)
def ts_catalogue(lang: str) -> dict[tuple[str, str], str]:
    """Finished translations of the ``.ts`` file for ``lang``, keyed by (context, source)."""
    from xml.etree import ElementTree  # a file we ship, not user input

    path = TRANSLATIONS_DIR / f"workshop_studio_{lang}.ts"
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalogue[(name, message.findtext("source") or "")] = tr.text or ""
    return catalogue


def ts_translator(lang: str) -> Translator:
    """A translator for headless use, reading the shipped ``.ts`` lazily on first use."""
    if lang == "en":
        return _identity

    def _tr(context: str, text: str) -> str:
        return ts_catalogue(lang).get((context, text)) or text

    return _tr
