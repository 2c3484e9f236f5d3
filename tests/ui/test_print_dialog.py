"""The print dialog: options, summary, live preview, export with progress and cancel, offsets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtPdf import QPdfDocument

from workshop_studio.export.print_options import PrintOptions, plan
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.library.print_dialog import PrintDialog
from workshop_studio.ui.workspace import Workspace

DECK_CARDS = 49
PRINTED = 57  # two golden tickets are printed five times each


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pictograms are cached under the user cache folder: keep it inside the test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def workspace(db) -> Workspace:
    return Workspace(db)


@pytest.fixture
def deck(workspace: Workspace) -> tuple[int, list]:
    from workshop_studio.services.library import card_view, deck_cards, list_deck_summaries

    def read(session):
        deck_id = list_deck_summaries(session)[0].id
        return deck_id, [card_view(c) for c in deck_cards(session, deck_id)]

    return workspace.query(read)


@pytest.fixture
def make_dialog(qtbot, workspace: Workspace, deck) -> Iterator:
    def make(selected: list[int] | None = None) -> PrintDialog:
        dialog = PrintDialog(workspace, deck[0], selected or [])
        qtbot.addWidget(dialog)
        dialog.exporter.opener = opened.append
        dialog.show()
        return dialog

    opened: list = []
    make.opened = opened
    yield make


def pick(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_dialog_starts_from_the_deck_and_maps_every_setting(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    assert dialog.options() == PrintOptions(card_size="poker", crop_marks=True, title="Atelier TPE – jeu de cartes")
    assert dialog.scope.count.text() == f"{DECK_CARDS} cards, {PRINTED} printed copies"

    form = dialog.form
    pick(form.card_size, "tarot")
    pick(form.paper, "letter")
    pick(form.layout_choice, "sheet-bleed")
    pick(form.orientation, "landscape")
    pick(form.backs, "short-edge")
    form.bleed.setValue(4.5)
    qtbot.mouseClick(form.crop_marks, Qt.MouseButton.LeftButton, pos=QPoint(8, form.crop_marks.height() // 2))
    form.number_tickets.setChecked(True)
    form.first_ticket.setValue(100)
    dialog.scope.set_sets(3)
    dialog.offset_box.set_printer_name("Bureau 2")
    dialog.offset_box.set_offset(1.5, -0.5)

    assert dialog.options() == PrintOptions(
        card_size="tarot",
        paper="letter",
        layout="sheet-bleed",
        backs="short-edge",
        bleed_mm=4.5,
        crop_marks=False,
        orientation="landscape",
        sets=3,
        number_golden_tickets=True,
        first_ticket_number=100,
        back_offset_mm=(1.5, -0.5),
        title="Atelier TPE – jeu de cartes",
    )
    assert dialog.scope.count.text() == f"{DECK_CARDS} cards, {3 * PRINTED} printed copies"


def test_settings_that_make_no_sense_for_the_layout_are_disabled(make_dialog) -> None:
    dialog = make_dialog()
    form = dialog.form
    fold = form.backs.model().item(form.backs.findData("fold"))
    assert not form.bleed.isEnabled()  # office sheet: cards share their cut lines
    assert fold.isEnabled()

    pick(form.backs, "fold")
    pick(form.layout_choice, "print-shop")
    assert not fold.isEnabled()
    assert form.backs.currentData() != "fold"  # a print shop gets alternate pages instead
    assert not form.paper.isEnabled() and not form.orientation.isEnabled()
    assert form.bleed.isEnabled()
    assert not form.crop_marks.isChecked()  # shops want none
    assert not dialog.offset_box.isEnabled()  # a shop's duplex is not our printer's

    pick(form.layout_choice, "sheet")
    pick(form.backs, "long-edge")
    assert form.crop_marks.isChecked()
    assert dialog.offset_box.isEnabled()


def test_the_summary_follows_the_options(make_dialog) -> None:
    dialog = make_dialog()
    form = dialog.form
    assert dialog.summary.text() == "9 cards per page · portrait · 7 pages"

    pick(form.backs, "long-edge")
    assert dialog.summary.text() == "9 cards per page · portrait · 14 pages · 7 sheets printed on both sides"

    pick(form.layout_choice, "sheet-bleed")
    sheet = plan(dialog.options())
    assert (sheet.per_page, sheet.orientation) == (8, "landscape")  # PRINT.md: 4×2 with bleed
    assert dialog.summary.text() == "8 cards per page · landscape · 16 pages · 8 sheets printed on both sides"

    pick(form.layout_choice, "print-shop")
    assert dialog.summary.text() == f"One card side per page · {2 * PRINTED} pages"


def test_impossible_options_say_why_and_cannot_be_saved(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    pick(dialog.form.card_size, "a6")
    pick(dialog.form.orientation, "portrait")
    pick(dialog.form.backs, "fold")
    assert dialog.summary.text() == "Cannot print this way: a6 cards do not fit on A4 paper with this layout."
    assert not dialog.save_button.isEnabled()
    dialog.refresh_preview()
    assert "do not fit" in dialog.preview.message.text()

    pick(dialog.form.orientation, "auto")  # landscape folds them
    assert dialog.save_button.isEnabled()


def test_the_preview_shows_the_real_pdf_and_follows_changes(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    document = dialog.preview.document

    def shows(pages: int, width_pt: int) -> bool:
        return (
            document.status() == QPdfDocument.Status.Ready
            and document.pageCount() == pages
            and document.pagePointSize(0).toSize().width() == width_pt
        )

    qtbot.waitUntil(lambda: shows(2, 595), timeout=20000)  # the first two A4 pages, in points
    assert "the first 2 pages" in dialog.preview.status.text()

    def second_page() -> str:
        return " ".join(document.getAllText(1).text().split())

    first_back = dialog.cards()[0].back
    assert first_back not in second_page()  # page 2 holds more fronts

    pick(dialog.form.backs, "long-edge")  # now page 2 is the backs of page 1
    qtbot.waitUntil(lambda: first_back in second_page(), timeout=20000)

    pick(dialog.form.paper, "letter")
    qtbot.waitUntil(lambda: shows(2, 612), timeout=20000)
    pick(dialog.form.layout_choice, "print-shop")  # 63 mm + 2 × 3 mm bleed
    qtbot.waitUntil(lambda: shows(2, 196), timeout=20000)


def test_saving_writes_the_pdf_plan_says_and_offers_to_open_it(make_dialog, qtbot, tmp_path: Path) -> None:
    dialog = make_dialog()
    target = tmp_path / "out" / "deck.pdf"
    target.parent.mkdir()
    suggested: list[str] = []
    dialog.choose_path = lambda title, path: suggested.append(path) or str(target)
    pick(dialog.form.backs, "long-edge")

    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.exporter.finished, timeout=30000) as finished:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.exporter.job.progressed.connect(lambda _job, done, total: progress.append((done, total)))
    assert Path(suggested[0]).name == "Atelier TPE – jeu de cartes.pdf"
    report = finished.args[0]
    assert progress and progress[-1] == (14, 14)
    assert pdf_pages(target) == report.pages == dialog.page_count(dialog.options()) == 14
    assert report.cards == PRINTED
    assert str(target) in dialog.status.text()

    done = dialog.exporter.result_dialog
    assert done is not None and done.isVisible()
    assert "14 pages · 57 cards" in done.summary.text()
    assert "actual size (100 %)" in done.actual_size.text()
    qtbot.mouseClick(done.open_folder, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(done.open_pdf, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in make_dialog.opened] == [str(target.parent), str(target)]
    assert dialog.settings.last_folder() == str(target.parent)


def test_cancelling_an_export_leaves_no_file(make_dialog, qtbot, tmp_path: Path) -> None:
    dialog = make_dialog()
    dialog.scope.set_sets(50)
    target = tmp_path / "cancelled.pdf"
    # Hold the worker thread so the export is still waiting when Cancel is pressed.
    release = threading.Event()
    dialog.workers.pool.start(lambda: release.wait(10))
    job = dialog.export_to(target)
    assert job is not None and dialog.exporter.progress is not None
    with qtbot.waitSignal(dialog.exporter.cancelled, timeout=30000):
        dialog.exporter.progress.canceled.emit()  # what its Cancel button sends
        release.set()
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf*")) == []  # no temporary file either
    assert dialog.status.text() == "Cancelled: no file was written."
    assert dialog.save_button.isEnabled()


def test_the_back_offset_is_remembered_per_printer(make_dialog) -> None:
    first = make_dialog()
    pick(first.form.backs, "long-edge")
    first.offset_box.set_printer_name(r"\\serveur\HP Bureau/2")  # separators in the name
    first.offset_box.set_offset(1.5, -0.5)
    first.offset_box.set_printer_name("Brother")
    first.offset_box.set_offset(-2.0, 0.0)
    first.close()

    second = make_dialog()
    assert second.form.backs.currentData() == "long-edge"  # remembered too
    assert second.offset_box.printer_name() == "Brother"
    assert second.options().back_offset_mm == (-2.0, 0.0)
    second.offset_box.set_printer_name(r"\\serveur\HP Bureau/2")
    assert second.options().back_offset_mm == (1.5, -0.5)
    second.offset_box.set_printer_name("Canon inconnue")
    assert second.options().back_offset_mm == (0.0, 0.0)


def test_only_the_selected_cards_are_printed(make_dialog, deck, qtbot, tmp_path: Path) -> None:
    cards = deck[1]
    chosen = [cards[2], cards[5], cards[7]]
    dialog = make_dialog([c.card_id for c in chosen])
    assert dialog.scope.selected.isChecked()
    assert dialog.cards() == chosen
    assert dialog.scope.count.text() == "3 cards, 3 printed copies"
    assert dialog.summary.text() == "9 cards per page · portrait · 1 page"

    target = tmp_path / "selection.pdf"
    with qtbot.waitSignal(dialog.exporter.finished, timeout=30000):
        dialog.export_to(target)
    text = " ".join(pdf_text(target).split())
    assert all(" ".join(c.title.split()) in text for c in chosen)
    assert cards[0].title not in text

    dialog.scope.use_selection(False)
    assert len(dialog.cards()) == DECK_CARDS


def test_the_calibration_page_is_saved_for_the_current_flip(make_dialog, tmp_path: Path) -> None:
    dialog = make_dialog()
    pick(dialog.form.backs, "short-edge")
    dialog.offset_box.set_printer_name("Atelier")
    target = tmp_path / "calibration.pdf"
    dialog.choose_path = lambda title, path: str(target)
    assert dialog.print_calibration() == target
    assert pdf_pages(target) == 2
    assert "short edge" in pdf_text(target)
    assert dialog.exporter.message_box is not None and str(target) in dialog.exporter.message_box.text()


def test_ctrl_p_prints_the_cards_selected_in_the_library(console: ConsoleWindow, qtbot) -> None:
    assert console.print_action.isEnabled()
    console.show_page("library")
    library = console.page("library")
    grid = library.grid
    selection = grid.selectionModel()
    selection.clearSelection()
    for row in (4, 1, 3):
        selection.select(library.cards_model.index(row), QItemSelectionModel.SelectionFlag.Select)
    expected = [library.cards_model.card(row).card_id for row in (1, 3, 4)]
    assert library.selected_card_ids() == expected

    console.activateWindow()
    qtbot.keyClick(console, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = console.print_dialog
    assert dialog is not None and dialog.isVisible()
    assert [c.card_id for c in dialog.cards()] == expected
    dialog.close()

    qtbot.mouseClick(library.print_button, Qt.MouseButton.LeftButton)
    assert library.print_dialog is not None and library.print_dialog.isVisible()
    library.print_dialog.close()


def test_cards_that_do_not_fit_are_reported_by_title_as_plain_text(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    from workshop_studio.domain.materials import CardData, DeckData
    from workshop_studio.domain.vocabulary import CardKind
    from workshop_studio.services.library import create_deck

    deck = DeckData(
        "Tickets",
        (
            CardData(CardKind.QUESTION, "<b>Trop long</b>", body="x" * 3000),
            CardData(CardKind.GOLDEN_TICKET, "Ticket d’or", body="Recommandez-nous", copies=3),
        ),
        card_size="bridge",
    )
    deck_id = workspace.write(lambda session: create_deck(session, deck).id)
    dialog = PrintDialog(workspace, deck_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.card_size.currentData() == "bridge"  # the deck's own size
    assert dialog.form.number_tickets.isEnabled()
    dialog.form.number_tickets.setChecked(True)
    dialog.form.first_ticket.setValue(41)

    target = tmp_path / "tickets.pdf"
    with qtbot.waitSignal(dialog.exporter.finished, timeout=30000):
        dialog.export_to(target)
    text = pdf_text(target)
    assert all(f"{n:04d}" in text for n in (41, 42, 43)) and "0044" not in text
    done = dialog.exporter.result_dialog
    assert done is not None
    problems = [done.problems.item(i).text() for i in range(done.problems.count())]
    assert len(problems) == 1 and "“<b>Trop long</b>”" in problems[0]  # the title, literally
    assert done.problems.isVisible()
