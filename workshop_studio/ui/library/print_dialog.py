"""The print dialog: choose what and how to print a deck, see the real PDF, save it.

The options are the engine's :class:`PrintOptions`; the summary ("9 cards per page, portrait,
14 pages") comes from :func:`plan`, which is cheap; the preview is the real PDF's first pages,
drawn off the GUI thread a moment after the last change (see :mod:`print_job`). Saving runs on
the same worker with a progress dialog whose Cancel stops before the next page: the engine
writes the file only once the whole PDF is made, so a cancelled export leaves nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.domain.materials import CardView
from workshop_studio.domain.vocabulary import CardKind
from workshop_studio.export.print_options import ExportError, PrintOptions, plan
from workshop_studio.ui.library.pdf_preview import PdfPreview
from workshop_studio.ui.library.print_export import ExportRunner
from workshop_studio.ui.library.print_job import PdfJob, PdfWorkers
from workshop_studio.ui.library.print_offset import BackOffsetBox
from workshop_studio.ui.library.print_options_form import PrintOptionsForm
from workshop_studio.ui.library.print_paths import ask_pdf_path, suggested_pdf_path
from workshop_studio.ui.library.print_scope import PrintScopeBox
from workshop_studio.ui.library.print_settings import PrintSettings
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

PREVIEW_PAGES = 2  # a page of fronts and, with duplex backs, the page behind it
PREVIEW_DELAY_MS = 300
PathChooser = Callable[[str, str], "str | None"]  # (window title, suggested path) -> chosen path


class PrintDialog(QDialog):
    previewReady = Signal()  # a fresh preview is on show

    def __init__(
        self,
        workspace: Workspace,
        deck_id: int,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
        *,
        settings: PrintSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print cards"))
        self.settings = settings or PrintSettings()
        self.choose_path: PathChooser = self._ask_path  # tests replace it
        self.deck_name, deck_size, self.deck_cards = _read_deck(workspace, deck_id)
        self.workers = PdfWorkers(self)
        self._preview_job: PdfJob | None = None

        self.scope = PrintScopeBox(self.deck_cards, selected_ids)
        self.form = PrintOptionsForm()
        self.form.set_options(
            PrintOptions(
                card_size=deck_size,
                paper=self.settings.choice("paper", ("a4", "letter"), "a4"),
                layout=self.settings.choice("layout", ("sheet", "sheet-bleed", "print-shop"), "sheet"),
                backs=self.settings.choice("backs", ("none", "long-edge", "short-edge", "fold"), "none"),
            )
        )
        self.offset_box = BackOffsetBox(self.settings)
        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Summary"))
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.actual_size = plain_label(
            self.tr(
                "Print at actual size (100 %), not “fit to page”: otherwise the cards come out smaller "
                "and the backs miss their fronts."
            )
        )
        self.actual_size.setObjectName("actualSizeNote")
        self.actual_size.setFont(bold)
        self.actual_size.setStyleSheet("#actualSizeNote { border: 1px solid palette(mid); padding: 6px; }")
        self.status = plain_label()  # how the last export went

        options = QWidget()
        column = QVBoxLayout(options)
        column.addWidget(heading_label(self.deck_name, level=2))
        column.addWidget(self.scope)
        column.addWidget(self.form)
        column.addWidget(self.offset_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(options.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())

        self.preview = PdfPreview()
        self.preview.setMinimumWidth(380)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        right.addWidget(self.actual_size)
        top = QHBoxLayout()
        top.addWidget(scroll, 0)
        top.addLayout(right, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        self.save_button.setDefault(True)  # Enter saves; only once the button is in the dialog

        self.exporter = ExportRunner(self, self.workers)
        self.exporter.finished.connect(self._on_export_finished)
        self.exporter.failed.connect(self._on_export_failed)
        self.exporter.cancelled.connect(self._on_export_cancelled)
        self.offset_box.calibrationRequested.connect(self.print_calibration)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.scope.changed.connect(self._on_options_changed)
        self.form.changed.connect(self._on_options_changed)
        self.offset_box.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._fit_to_screen()

    # -- what the dialog says -----------------------------------------------------------------
    def cards(self) -> list[CardView]:
        """The cards to print, in deck order (each printed ``copies`` times per set)."""
        return self.scope.cards()

    def options(self) -> PrintOptions:
        """The engine's options for everything the dialog shows."""
        return dataclasses.replace(
            self.form.options(), sets=self.scope.sets(), back_offset_mm=self.offset_box.offset(), title=self.deck_name
        )

    def page_count(self, options: PrintOptions) -> int:
        """Pages in the PDF for ``options`` and the chosen cards (raises :class:`ExportError`)."""
        from workshop_studio.export.imposition import impose, printed_cards

        printed = printed_cards(self.cards(), number_tickets=False, sets=options.sets)
        return len(impose(len(printed), plan(options))) if printed else 0

    def _on_options_changed(self) -> None:
        self._refresh_summary()
        self._preview_timer.start()

    def _refresh_summary(self) -> None:
        """The summary line, the Save button and the settings that depend on others."""
        cards = self.cards()
        self.form.set_tickets_available(any(c.kind == CardKind.GOLDEN_TICKET.value for c in cards))
        options = self.options()
        duplex = options.backs in ("long-edge", "short-edge") and options.layout != "print-shop"
        self.offset_box.setEnabled(duplex)
        try:
            sheet = plan(options)
            pages = self.page_count(options)
        except ExportError as error:
            self.summary.setText(self.tr("Cannot print this way: %1").replace("%1", str(error)))
            self.save_button.setEnabled(False)
        else:
            self.summary.setText(self._describe(options, sheet.per_page, sheet.orientation, pages))
            self.save_button.setEnabled(pages > 0 and not self.exporter.busy())

    def _describe(self, options: PrintOptions, per_page: int, orientation: str, pages: int) -> str:
        if not pages:
            return self.tr("No card to print: select some cards in the library, or print the whole deck.")
        if options.layout == "print-shop":
            parts = [self.tr("One card side per page")]
        else:
            parts = [
                self.tr("%n card(s) per page", "", per_page),
                self.tr("portrait") if orientation == "portrait" else self.tr("landscape"),
            ]
        parts.append(self.tr("%n page(s)", "", pages))
        if options.backs == "fold":
            parts.append(self.tr("fold each sheet along the dashed line"))
        elif options.backs != "none" and options.layout != "print-shop":
            parts.append(self.tr("%n sheet(s) printed on both sides", "", pages // 2))
        return " · ".join(parts)

    # -- preview ------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Start drawing the preview for the current options; an older drawing is dropped."""
        self._preview_timer.stop()
        if self._preview_job is not None:
            self._preview_job.cancel()
            self._preview_job = None
        cards, options = self.cards(), self.options()
        try:
            plan(options)
        except ExportError as error:
            self.preview.show_message(str(error))
            return
        if not cards:
            self.preview.show_message(self.tr("No card to print."))
            return
        job = PdfJob(cards, options, max_pages=PREVIEW_PAGES)
        job.succeeded.connect(self._on_preview)
        job.failed.connect(self._on_preview_failed)
        self._preview_job = job
        self.preview.show_busy(self.tr("Updating the preview…"))
        self.workers.start(job)

    def _on_preview(self, job: PdfJob) -> None:
        if job is not self._preview_job:
            return  # the options changed meanwhile
        self._preview_job = None
        result = job.result
        assert isinstance(result, tuple)  # a preview renders to bytes: (data, report)
        data, report = result
        self.preview.show_pdf(data, self.tr("Preview of the first %n page(s) of the PDF", "", report.pages))
        self.previewReady.emit()

    def _on_preview_failed(self, job: PdfJob, message: str) -> None:
        if job is self._preview_job:
            self._preview_job = None
            self.preview.show_message(message)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        """Ask where, then export there with progress and Cancel."""
        path = self.choose_path(self.tr("Save the cards as PDF"), self._suggested_path(self.deck_name))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> PdfJob | None:
        """Export the chosen cards to ``path`` in the background; ``None`` if it cannot start."""
        options = self.options()
        try:
            total = self.page_count(options)
        except ExportError as error:
            self.status.setText(str(error))
            return None
        self.status.setText("")
        self.save_button.setEnabled(False)
        return self.exporter.start(self.cards(), options, path, total)

    def _on_export_finished(self, report: object) -> None:
        path = getattr(report, "path", None)
        if path is not None:
            self.settings.set_last_folder(str(Path(path).parent))
            self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self._refresh_summary()  # the Save button comes back

    def _on_export_failed(self, message: str) -> None:
        self.status.setText(message)
        self._refresh_summary()

    def _on_export_cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled: no file was written."))
        self._refresh_summary()

    def print_calibration(self) -> Path | None:
        """Save the duplex calibration page for the current paper and flip; ``None`` if not saved."""
        printer = self.offset_box.printer_name() or self.tr("printer")
        name = self.tr("Calibration %1").replace("%1", printer)
        path = self.choose_path(self.tr("Save the calibration page"), self._suggested_path(name))
        return self.exporter.calibrate(self.options(), Path(path)) if path else None

    def _suggested_path(self, name: str) -> str:
        return suggested_pdf_path(name, self.settings.last_folder())

    def _ask_path(self, title: str, suggested: str) -> str | None:
        return ask_pdf_path(self, title, suggested)

    # -- window -------------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1120, 760
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        self.workers.shutdown()
        form = self.form.options()
        for name in ("paper", "layout", "backs"):
            self.settings.set_choice(name, getattr(form, name))
        super().done(result)


def _read_deck(workspace: Workspace, deck_id: int) -> tuple[str, str, list[CardView]]:
    from workshop_studio.domain.card_sizes import CARD_SIZES, DEFAULT_CARD_SIZE
    from workshop_studio.services.library import card_view, deck_cards, find_deck

    def read(session):
        deck = find_deck(session, deck_id)
        size = deck.card_size if deck.card_size in CARD_SIZES else DEFAULT_CARD_SIZE
        return deck.name, size, [card_view(c) for c in deck_cards(session, deck.id)]

    return workspace.query(read)


def open_print_dialog(
    workspace: Workspace, parent: QWidget | None = None, deck_id: int | None = None, selected_ids: Sequence[int] = ()
) -> PrintDialog | None:
    """Open the print dialog (window-modal, not blocking) for ``deck_id`` or else the first deck."""
    if deck_id is None:
        from workshop_studio.services.library import list_deck_summaries

        decks = workspace.query(list_deck_summaries)
        if not decks:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                parent,
                QCoreApplication.translate("PrintDialog", "Print cards"),
                QCoreApplication.translate("PrintDialog", "There is no deck to print."),
            )
            return None
        deck_id = decks[0].id
    dialog = PrintDialog(workspace, deck_id, selected_ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
