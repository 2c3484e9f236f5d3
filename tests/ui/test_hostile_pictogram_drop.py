"""A hostile pictogram dropped on the library: checked off the console's thread, refused in
one message saying why, nothing added; the console keeps responding meanwhile."""

from __future__ import annotations

from pathlib import Path

from library_ui_support import Messages, drop_files, open_page, query

from workshop_studio.services.pictograms import list_pictograms
from workshop_studio.ui.console.main_window import ConsoleWindow

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def _bomb() -> bytes:
    parts = [f'<svg {NS} width="24" height="24"><defs><path id="p0" d="M0 0L1 1"/>']
    for level in range(1, 16):
        parts.append(f'<g id="p{level}">' + f'<use xlink:href="#p{level - 1}"/>' * 10 + "</g>")
    return ("".join(parts) + '</defs><use xlink:href="#p15"/></svg>').encode()


def test_a_dropped_fan_out_bomb_is_refused_with_its_reason(console: ConsoleWindow, tmp_path: Path, monkeypatch) -> None:
    library = open_page(console, "library")
    messages = Messages(monkeypatch)
    before = query(console, lambda s: [p.key for p in list_pictograms(s)])
    bomb = tmp_path / "bombe.svg"
    bomb.write_bytes(_bomb())
    drop_files(library, [bomb])
    assert len(messages.shown) == 1
    title, text = messages.shown[0]
    assert title == "Import pictograms"
    assert text.startswith(f"{bomb}: ") and "more than 20000 elements" in text
    assert query(console, lambda s: [p.key for p in list_pictograms(s)]) == before
