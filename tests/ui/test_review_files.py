"""Exports, import and delete from the console: each file is read back, anonymised ones hold no
participant's name, a bad archive changes nothing, and deleting asks first."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton
from review_ui_support import PARTICIPANT_NAMES, SAMPLE_ID
from sqlalchemy import func, select

from workshop_studio.domain.colours import ANNOTATION_SWATCH, PALETTE
from workshop_studio.storage.models import Annotation, Workshop
from workshop_studio.ui import prompts as ui_prompts
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.review.export_dialog import ExportChoice, ExportDialog

IRRITANT_FILL = PALETTE[ANNOTATION_SWATCH["irritant"]].fill


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, list]:
    """Scripted file choices and confirmations; what was opened, warned and asked."""
    said: dict[str, list] = {"save": [], "open": [], "opened": [], "warnings": [], "confirm": [], "asked": []}
    monkeypatch.setattr(ui_prompts, "ask_save_path", lambda *args: said["save"].pop(0))
    monkeypatch.setattr(ui_prompts, "ask_open_path", lambda *args: said["open"].pop(0))
    said["viewer"] = [True]  # whether the system has a program that opens the file

    def open_file(path: str) -> bool:
        said["opened"].append(path)
        return said["viewer"][0]

    monkeypatch.setattr(ui_prompts, "open_file", open_file)
    monkeypatch.setattr(ui_prompts, "warn", lambda parent, title, text: said["warnings"].append(text))

    def confirm(parent, title, text, action):
        said["asked"].append(text)
        return said["confirm"].pop(0)

    monkeypatch.setattr(ui_prompts, "confirm", confirm)
    return said


def _review(console: ConsoleWindow, choice: ExportChoice | None = None):
    console.show_page("review")
    page = console.page("review")
    if choice is not None:
        page.ask = lambda dialog: (dialog.choose(choice), True)[1]
    return page


def _export(qtbot, console: ConsoleWindow, prompts, out: Path, choice: ExportChoice) -> Path:
    page = _review(console, choice)
    prompts["save"].append(str(out))
    with qtbot.waitSignal(page.exporter.done, timeout=60000) as done:
        page.export()
        # written by the pool's thread, with progress shown: the console keeps painting meanwhile
        assert page.exporter.busy and page.exporter.progress is not None
    path = Path(done.args[0])
    assert prompts["opened"] == [str(path)] and not prompts["warnings"]
    return path


def _has_colour(image: QImage, colour: str, step: int = 3) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted for y in range(0, image.height(), step) for x in range(0, image.width(), step)
    )


@pytest.mark.parametrize("fmt", ["pdf-a4", "pdf-a3", "csv", "xlsx", "png", "zip"])
def test_each_export_writes_a_readable_file_and_opens_it(
    qtbot, console: ConsoleWindow, prompts, tmp_path: Path, fmt: str
) -> None:
    path = _export(qtbot, console, prompts, tmp_path / "rapport", ExportChoice(fmt))
    assert path.suffix == ExportChoice(fmt).suffix and path.exists()  # the suffix is added when missing
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    if fmt.startswith("pdf"):
        from pypdf import PdfReader

        reader = PdfReader(path)
        text = "".join(page.extract_text() or "" for page in reader.pages)
        assert "Atelier frise" in text and "Le besoin apparaît" in text
        box = reader.pages[0].mediabox
        width_mm = float(box.width) / 72 * 25.4
        assert box.width > box.height and round(width_mm) == (420 if fmt == "pdf-a3" else 297)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
        assert len(rows) == 41 and rows[0][0] == "workshop"
        assert "Patricia G." in {row[5] for row in rows}
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).active
        assert sum(1 for _ in sheet.iter_rows()) == 41
    elif fmt == "png":
        image = QImage(str(path))
        assert image.width() >= 1600 and _has_colour(image, IRRITANT_FILL)
    else:
        from workshop_studio.interchange.workshop_archive_read import read_workshop_archive

        archive = read_workshop_archive(path)
        assert len(archive.notes) == 40


def test_a_file_no_program_can_open_is_said_in_the_status_bar(
    qtbot, console: ConsoleWindow, prompts, tmp_path: Path
) -> None:
    prompts["viewer"] = [False]
    path = _export(qtbot, console, prompts, tmp_path / "rapport.pdf", ExportChoice("pdf-a4"))
    message = console.statusBar().currentMessage()
    assert message.startswith(f"Saved {path} (40 notes).")
    assert message.endswith("No program on this computer could open it: open it from its folder.")


def test_anonymised_csv_and_png_name_nobody(qtbot, console: ConsoleWindow, prompts, tmp_path: Path) -> None:
    path = _export(qtbot, console, prompts, tmp_path / "anonyme.csv", ExportChoice("csv", anonymise=True))
    text = path.read_bytes().decode("utf-8-sig")
    assert not [name for name in PARTICIPANT_NAMES if name in text] and "CDE 1" in text

    prompts["opened"].clear()
    plain = _export(qtbot, console, prompts, tmp_path / "nominatif.png", ExportChoice("png"))
    prompts["opened"].clear()
    hidden = _export(qtbot, console, prompts, tmp_path / "anonyme.png", ExportChoice("png", anonymise=True))
    assert QImage(str(hidden)).width() >= 1600 and plain.read_bytes() != hidden.read_bytes()

    prompts["opened"].clear()
    lanes = _export(qtbot, console, prompts, tmp_path / "roles.png", ExportChoice("png", by_role=True))
    assert QImage(str(lanes)).height() != QImage(str(plain)).height()  # the lanes change the picture


def test_the_dialog_offers_by_role_as_shown_and_only_for_the_png(qtbot) -> None:
    dialog = ExportDialog("Atelier", by_role=True)
    qtbot.addWidget(dialog)
    assert not dialog.by_role.isEnabled() and dialog.choice() == ExportChoice("pdf-a4")
    dialog.radios["png"].setChecked(True)
    dialog.anonymise.setChecked(True)
    assert dialog.by_role.isEnabled() and dialog.choice() == ExportChoice("png", anonymise=True, by_role=True)


@pytest.mark.parametrize("fmt", ["csv", "png"])
def test_a_failed_export_is_one_message_and_nothing_is_opened(
    qtbot, console: ConsoleWindow, prompts, tmp_path: Path, fmt: str
) -> None:
    page = _review(console, ExportChoice(fmt))
    prompts["save"].append(str(tmp_path / "no" / "such" / f"folder.{fmt}"))
    with qtbot.waitSignal(page.exporter.failed, timeout=60000):
        page.export()
    assert len(prompts["warnings"]) == 1 and f"folder.{fmt}" in prompts["warnings"][0]
    assert prompts["opened"] == [] and not page.exporter.busy


def test_the_file_menu_exports_the_workshop_under_review(
    qtbot, console: ConsoleWindow, prompts, tmp_path: Path
) -> None:
    page = _review(console, ExportChoice("zip"))
    console.show_page("workshops")
    prompts["save"].append(str(tmp_path / "atelier.zip"))
    assert console.export_workshop_action.isEnabled()
    with qtbot.waitSignal(page.exporter.done, timeout=60000):
        console.export_workshop_action.trigger()
    assert console.pages.currentWidget() is page and (tmp_path / "atelier.zip").exists()


def _workshops(console: ConsoleWindow) -> dict[int, tuple[str, int]]:
    def read(session):
        notes = dict(
            session.execute(select(Annotation.workshop_id, func.count()).group_by(Annotation.workshop_id)).all()
        )
        return {w.id: (w.title, notes.get(w.id, 0)) for w in session.scalars(select(Workshop))}

    return console.workspace.query(read)


def test_import_an_archive_from_the_file_menu(qtbot, console: ConsoleWindow, prompts, tmp_path: Path) -> None:
    from workshop_studio.interchange.workshop_archive import write_workshop_archive
    from workshop_studio.services.review_workshops import delete_workshop

    archive = tmp_path / "collegue.zip"
    with console.workspace.db.read() as session:
        write_workshop_archive(session, SAMPLE_ID, archive)
    console.workspace.write(lambda s: delete_workshop(s, SAMPLE_ID))  # its notes may come back now
    prompts["open"].append(str(archive))
    console.import_workshop_action.trigger()

    ((new_id, (title, notes)),) = _workshops(console).items()
    assert notes == 40 and title.startswith("Atelier frise") and not prompts["warnings"]
    page = console.page("review")
    assert console.pages.currentWidget() is page and page.workshop_id == new_id
    assert len(page.notes.model.rows) == 40


def test_a_bad_archive_is_one_message_and_nothing_is_written(
    qtbot, console: ConsoleWindow, prompts, tmp_path: Path
) -> None:
    before = _workshops(console)
    bad = tmp_path / "pas-une-archive.zip"
    bad.write_text("ceci n'est pas un zip", encoding="utf-8")
    prompts["open"].append(str(bad))
    console.import_workshop_action.trigger()
    assert len(prompts["warnings"]) == 1 and "pas-une-archive.zip" in prompts["warnings"][0]
    assert "Nothing was imported" in prompts["warnings"][0]
    assert _workshops(console) == before

    again = tmp_path / "deja-la.zip"  # the same notes are already in this database: refused whole
    from workshop_studio.interchange.workshop_archive import write_workshop_archive

    with console.workspace.db.read() as session:
        write_workshop_archive(session, SAMPLE_ID, again)
    prompts["open"].append(str(again))
    console.import_workshop_action.trigger()
    assert len(prompts["warnings"]) == 2 and _workshops(console) == before


def test_delete_asks_first_then_removes_and_clears_undo(qtbot, console: ConsoleWindow, prompts) -> None:
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.workshop_setup import create_workshop
    from workshop_studio.storage.backup import list_backups

    other = console.workspace.write(lambda s: create_workshop(s, WorkshopDetails(title="Atelier suivant")).id)
    page = _review(console)
    page.choose_workshop(SAMPLE_ID)
    page.synthesis.editor.setPlainText("Une synthèse")
    page.synthesis.save()
    assert console.workspace.undo_stack.count() == 1

    prompts["confirm"].append(False)
    page.delete_button.click()
    assert SAMPLE_ID in _workshops(console)
    (question,) = prompts["asked"]
    assert "40 notes" in question and "cannot be undone" in question and "backups" in question

    prompts["confirm"].append(True)
    page.delete_button.click()
    assert _workshops(console) == {other: ("Atelier suivant", 0)}
    assert console.workspace.undo_stack.count() == 0  # nothing left to undo into a deleted workshop
    assert console.workspace.workshop_id == other and page.workshop_id == other
    assert list_backups(console.workspace.db.path)  # the newest backup still holds it
    assert "Atelier suivant" in console.windowTitle()


def _add_notes(db_path: Path, count: int) -> None:
    """``count`` more notes on the sample workshop's stages, for a report of many pages."""
    from workshop_studio.domain.vocabulary import AnnotationKind
    from workshop_studio.services.notes import Target, add_annotation
    from workshop_studio.storage.migrate import open_database
    from workshop_studio.storage.models import WorkshopStage

    db = open_database(str(db_path))
    try:
        with db.write() as session:
            stages = session.scalars(select(WorkshopStage.id).where(WorkshopStage.workshop_id == SAMPLE_ID)).all()
            for index in range(count):
                add_annotation(
                    session,
                    workshop_id=SAMPLE_ID,
                    target=Target.stage(stages[index % len(stages)]),
                    kind=AnnotationKind.IDEA,
                    text=f"Idée {index} : rappeler le recruteur après l’essai.",
                )
    finally:
        db.dispose()


@pytest.fixture
def big_console(qtbot, db_path: Path):
    from workshop_studio.ui.console.main_window import ConsoleWindow as Console
    from workshop_studio.ui.fonts import load_fonts

    _add_notes(db_path, 1500)
    load_fonts()
    window = Console(str(db_path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.load()
    yield window
    window.close()


def test_a_long_report_shows_its_pages_and_can_be_cancelled_writing_nothing(
    qtbot, big_console: ConsoleWindow, prompts, tmp_path: Path
) -> None:
    page = _review(big_console, ExportChoice("pdf-a4"))
    out = tmp_path / "rapport.pdf"
    prompts["save"].append(str(out))
    with qtbot.waitSignal(page.exporter.cancelled, timeout=60000) as cancelled:
        page.export()
        dialog = page.exporter.progress
        assert dialog is not None and dialog.labelText() == "Writing rapport.pdf…"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    assert cancelled.args == [str(out)]
    assert not out.exists() and list(tmp_path.glob(".rapport.pdf.*")) == []
    assert prompts["opened"] == [] and prompts["warnings"] == [] and not page.exporter.busy
    assert big_console.statusBar().currentMessage() == f"Export cancelled: {out} was not written."

    seen: list[tuple[int, int]] = []
    prompts["save"].append(str(out))
    with qtbot.waitSignal(page.exporter.done, timeout=120000):
        page.export()
        page.exporter.job.advanced.connect(lambda done, total: seen.append((done, total)))
    assert out.is_file() and seen and seen[-1][0] == seen[-1][1] > 20
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
