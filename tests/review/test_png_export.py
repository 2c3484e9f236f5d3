"""The PNG of the annotated timeline: from the command line with no display at all, at least
1600 px wide with the notes' colours on it, anonymised on request, written atomically."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from review_probe import PARTICIPANT_NAMES

from workshop_studio.domain.colours import ANNOTATION_SWATCH, PALETTE
from workshop_studio.storage.engine import Database

IRRITANT_FILL = PALETTE[ANNOTATION_SWATCH["irritant"]].fill
IDEA_FILL = PALETTE[ANNOTATION_SWATCH["idea"]].fill


def _colours(path: Path, *colours: str) -> dict[str, int]:
    """How many pixels (one in nine) have each colour."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(path))
    wanted = {QColor(c).rgb(): c for c in colours}
    found = dict.fromkeys(colours, 0)
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = wanted.get(image.pixel(x, y))
            if colour is not None:
                found[colour] += 1
    return found


def _size(path: Path) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.width(), image.height()


def test_the_command_line_makes_the_png_with_no_display(db_path: Path, tmp_path: Path, qapp) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "frise.png"
    result = subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", str(db_path), "export-workshop", "1", "--out", str(out)],
        capture_output=True,
        text=True,
        env={**env, "LANG": "C.UTF-8", "LANGUAGE": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\t28\n"  # the notes pinned to stages: those the timeline shows
    width, height = _size(out)
    assert width >= 1600 and height > 600
    found = _colours(out, IRRITANT_FILL, IDEA_FILL)
    assert found[IRRITANT_FILL] > 100 and found[IDEA_FILL] > 100
    assert [p.name for p in folder.iterdir()] == ["frise.png"]  # no temporary file left behind


def test_anonymised_timeline_names_nobody(db: Database, qapp) -> None:
    from workshop_studio.ui.timeline.items import NoteItem
    from workshop_studio.ui.timeline.png_export import timeline_scene

    named, _ = timeline_scene(db, 1)
    hidden, report = timeline_scene(db, 1, anonymise=True)
    plain = [item.record for item in named.items() if isinstance(item, NoteItem)]
    masked = [item.record for item in hidden.items() if isinstance(item, NoteItem)]
    assert len(plain) == len(masked) == 28
    assert any(name in (r.author or "") for r in plain for name in PARTICIPANT_NAMES)
    drawn = " ".join(f"{r.author} {r.text}" for r in masked)
    assert not [name for name in PARTICIPANT_NAMES if name in drawn]
    assert {"CDE 1", "Recruiter 1"} <= {r.author for r in masked}
    assert report.anonymised


def test_by_role_and_the_width_asked_for(db: Database, tmp_path: Path, qapp) -> None:
    from workshop_studio.ui.timeline.png_export import export_timeline_png

    by_stage, by_role, wide = tmp_path / "etapes.png", tmp_path / "roles.png", tmp_path / "large.png"
    assert export_timeline_png(db, 1, by_stage) == 28
    assert export_timeline_png(db, 1, by_role, by_role=True) == 28
    export_timeline_png(db, 1, wide, width=4000)
    assert _size(by_role)[1] > _size(by_stage)[1]  # one lane per role under each stage
    assert _size(wide)[0] >= 4000 and _size(by_stage)[0] >= 1600


def test_a_file_already_there_is_replaced_whole(db: Database, tmp_path: Path, qapp) -> None:
    from workshop_studio.ui.timeline.png_export import export_timeline_png

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "frise.png"
    out.write_bytes(b"old")
    export_timeline_png(db, 1, out)
    assert out.read_bytes().startswith(b"\x89PNG") and [p.name for p in folder.iterdir()] == ["frise.png"]


def _short_workshop(db: Database) -> int:
    """A workshop on a timeline of two stages: its picture is narrower than 1600 px."""
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.timelines import add_stage, new_timeline
    from workshop_studio.services.workshop_setup import create_workshop

    with db.write() as session:
        timeline = new_timeline(session, name="Frise courte")
        for title in ("Avant", "Après"):
            add_stage(session, timeline.id, title=title)
        return create_workshop(session, WorkshopDetails(title="Atelier court", timeline_id=timeline.id)).id


def test_drawn_one_to_one_when_wide_enough_else_enlarged_to_the_width_asked(db: Database, qapp) -> None:
    from workshop_studio.ui.timeline.png_export import render_timeline_image, timeline_scene

    scene = timeline_scene(db, 1)[0].sceneRect()
    assert scene.width() > 2000  # ten stages
    plain, _ = render_timeline_image(db, 1)
    asked_less, _ = render_timeline_image(db, 1, width=2000)
    assert plain.size() == asked_less.size()  # wide enough: 1:1, the text crisp
    assert scene.width() < plain.width() < scene.width() + 100 and plain.height() > scene.height()
    wide, _ = render_timeline_image(db, 1, width=4000)
    assert 4000 <= wide.width() < 4100  # enlarged to the width asked, margins aside
    assert wide.height() > plain.height() * 1.3  # in proportion

    short = _short_workshop(db)
    narrow = timeline_scene(db, short)[0].sceneRect()
    assert narrow.width() < 1000
    image, drawn = render_timeline_image(db, short)
    assert drawn == 0 and 1600 <= image.width() < 1700  # enlarged to the 1600 px every export has
    assert image.height() > narrow.height() * 1.6


def test_a_very_tall_timeline_is_shrunk_but_never_below_1600_px() -> None:
    from workshop_studio.ui.timeline.png_export import MAX_PIXELS, MIN_WIDTH, _pixels, _scale

    scale = _scale(2732, 82_000, 1600)  # about 300 notes under each of 10 stages
    assert 2732 * scale >= MIN_WIDTH and scale < 1 and _pixels(2732, 82_000, scale) <= MAX_PIXELS
    assert 2732 * _scale(2732, 400_000, 1600) == pytest.approx(MIN_WIDTH)  # then it is refused, whole
