"""Which language the app speaks, from the environment as gettext reads it."""

from __future__ import annotations

import pytest

from workshop_studio import i18n


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),  # LC_ALL wins
        ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, "fr"),  # LANGUAGE leads outside the C locale
        ({"LANGUAGE": "fr", "LC_ALL": "C"}, "en"),  # and is ignored under it
    ],
)
def test_the_system_language(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == language


def test_an_unsupported_choice_falls_back_to_the_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.resolve_language("de") == "fr"
    assert i18n.resolve_language("en") == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.resolve_language("de") == "en"
