"""French is complete and in step with the code; the shipped .qm files are the compiled .ts."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert spec is not None and spec.loader is not None
i18n_script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_script)

FR = i18n_script.CATALOGUES["fr"]
EN = i18n_script.CATALOGUES["en"]


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(m.get("_context", ""), m.findtext("source") or "") for m in i18n_script.messages(ts)}


def test_every_french_message_is_translated() -> None:
    assert i18n_script.unfinished(FR) == []


def test_the_catalogue_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / FR.name
    shutil.copyfile(FR, fresh)
    i18n_script.lupdate(fresh, "fr")
    assert _keys(fresh) == _keys(FR), "run: python scripts/i18n.py update"
    assert i18n_script.unfinished(fresh) == [], "strings in the code have no French yet"


@pytest.mark.parametrize("ts", [FR, EN], ids=["fr", "en"])
def test_shipped_qm_is_the_compiled_catalogue(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    i18n_script.lrelease(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: python scripts/i18n.py release"


def test_english_plurals_have_both_forms() -> None:
    numerus = [m for m in i18n_script.messages(EN) if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def _placeholders(text: str) -> list[str]:
    """``{name}`` (str.format), ``%1`` (Qt) and ``%(name)s`` / ``%s`` (argparse) markers."""
    return sorted(set(re.findall(r"\{[^}]*\}|%[0-9]+|%L[0-9]+|%\(\w+\)s|%[sd]", text)))


def test_french_keeps_every_placeholder_and_adds_none() -> None:
    """A marker the French adds prints literally (a ``{N}`` once showed in --help); one it
    drops loses the value. Plural forms may leave out ``%n`` (« cette note »)."""
    wrong = []
    for message in i18n_script.messages(FR):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wrong += [(source, form) for form in forms if _placeholders(form) != _placeholders(source)]
    assert wrong == []


def test_french_apostrophes_are_typographic() -> None:
    """One apostrophe throughout the French interface: ’, never ' between letters."""
    straight = [
        text
        for message in i18n_script.messages(FR)
        for text in [(message.find("translation").text or "")] + [f.text or "" for f in message.iter("numerusform")]
        if re.search(r"(?<=\w)'(?=\w)", text)
    ]
    assert straight == []


def test_french_punctuation_is_spaced_the_french_way() -> None:
    """A no-break space before « : ; ? ! » and inside guillemets, as in French print: never a
    plain space (a line could start with « : ») nor none at all (« format: »)."""
    wrong = []
    for message in i18n_script.messages(FR):
        translation = message.find("translation")
        assert translation is not None
        for text in [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]:
            if re.search(r"« | »| [:;?!](\s|$|\))|(?<=[\w»)\]}])[:;?!](?=\s)", text):
                wrong.append(text)
    assert wrong == []
