"""Files in and out from the console: deck files (CSV, XLSX, JSON) and pictograms (SVG, PNG).

Imports are undoable (one command each) and all or nothing: a file is read and checked
before anything is written, and a refusal shows one message naming the file, the row and
the column, with nothing written. Used by the File menu and by drops on the library.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from workshop_studio.interchange.errors import ImportRefused, UnknownColumns
from workshop_studio.services.errors import ServiceError
from workshop_studio.ui import prompts
from workshop_studio.ui.off_thread import read_off_thread
from workshop_studio.ui.undo import library as commands
from workshop_studio.ui.undo.authoring import push

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

DECK_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".ods", ".json")
PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")
PROGRESS_FROM = 10  # dropped files: from this many, a progress dialog counts them
EXPORT_FORMATS = {".csv": "CSV (*.csv)", ".xlsx": "Excel (*.xlsx)", ".json": "JSON (*.json)"}


def is_deck_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in DECK_SUFFIXES


def is_picture_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in PICTURE_SUFFIXES


class DeckFiles(QObject):
    deckImported = Signal(int)  # the new deck's id
    pictogramsImported = Signal(list)  # the new pictograms' ids

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.parent_widget = parent

    def _refused(self, title: str, error: Exception) -> None:
        message = error.message() if isinstance(error, ImportRefused) else str(error)
        prompts.warn(self.parent_widget, title, message)

    # -- decks in --------------------------------------------------------------------------
    def choose_and_import_deck(self) -> None:
        filters = self.tr("Deck files (*.csv *.xlsx *.ods *.json);;All files (*)")
        self.import_decks(prompts.ask_open_files(self.parent_widget, self.tr("Import a deck"), filters))

    def import_decks(self, paths: Iterable[str | Path]) -> list[int]:
        """Import each file as a new deck (one undo step each); stop at the first refusal.
        A file with unknown columns may be imported without them, if the user ticks so."""
        imported: list[int] = []
        for path in paths:
            deck_id = self._import_deck(Path(path))
            if deck_id is None:
                break
            imported.append(deck_id)
        return imported

    def _import_deck(self, path: Path, ignore_unknown: bool = False) -> int | None:
        from workshop_studio.interchange.deck_files import read_deck_file

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            parsed = read_off_thread(lambda: read_deck_file(path, ignore_unknown_columns=ignore_unknown), path)
            command = commands.ImportDeckCommand(self.workspace, parsed)
            push(self.workspace, command)
        except UnknownColumns as error:
            QApplication.restoreOverrideCursor()
            if prompts.ask_with_option(
                self.parent_widget,
                self.tr("Import a deck"),
                error.message(),
                self.tr("Import the known columns and leave the others out"),
            ):
                return self._import_deck(path, ignore_unknown=True)
            return None
        except (ImportRefused, ServiceError) as error:
            QApplication.restoreOverrideCursor()
            self._refused(self.tr("Import a deck"), error)
            return None
        QApplication.restoreOverrideCursor()
        status = self.tr("Deck “%1” imported: %n card(s) — Ctrl+Z to undo", "", command.card_count).replace(
            "%1", command.deck_name
        )
        if parsed.ignored_columns:
            status += " " + self.tr("(columns left out: %1)").replace("%1", ", ".join(parsed.ignored_columns))
        prompts.show_status(self.parent_widget, status)
        self.deckImported.emit(command.deck_id)
        return command.deck_id

    # -- decks out -------------------------------------------------------------------------
    def export_deck(self, deck_id: int | None) -> Path | None:
        """Ask where, then write the deck as CSV, XLSX or JSON (told by the chosen name)."""
        from workshop_studio.interchange.deck_files import export_deck
        from workshop_studio.services.library import get_deck

        if deck_id is None:
            return None
        name = self.workspace.query(lambda s: get_deck(s, deck_id).name)
        filters = ";;".join(EXPORT_FORMATS.values())
        path, chosen = prompts.ask_save_file(
            self.parent_widget,
            self.tr("Export the deck"),
            os.path.join(os.path.expanduser("~"), f"{name}.csv"),
            filters,
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in EXPORT_FORMATS:
            suffix = next((s for s, f in EXPORT_FORMATS.items() if f == chosen), ".csv")
            target = target.with_name(target.name + suffix)
        try:
            result = export_deck(self.workspace.db, deck_id, target)
        except (ServiceError, OSError) as error:
            self._refused(self.tr("Export the deck"), error)
            return None
        prompts.show_status(
            self.parent_widget,
            self.tr("%n card(s) exported to %1", "", result.card_count).replace("%1", os.fspath(result.path)),
        )
        return result.path

    # -- pictograms in ---------------------------------------------------------------------
    def choose_and_import_pictograms(self) -> None:
        filters = self.tr("Pictograms (*.svg *.png *.jpg *.jpeg *.webp)")
        self.import_pictograms(prompts.ask_open_files(self.parent_widget, self.tr("Import pictograms"), filters))

    def import_pictograms(self, paths: Iterable[str | Path]) -> list[int]:
        """Check every picture first (with a progress dialog when many are dropped); then store
        them all in one undo step. If any is refused, none is stored and one message names
        each refused file with its reason."""
        from PySide6.QtWidgets import QProgressDialog

        from workshop_studio.interchange.pictogram_intake import label_from_file_name, read_pictogram

        files = list(map(Path, paths))
        progress = None
        if len(files) >= PROGRESS_FROM:
            progress = QProgressDialog(
                self.tr("Checking the pictograms…"), self.tr("Cancel"), 0, len(files), self.parent_widget
            )
            progress.setWindowTitle(self.tr("Import pictograms"))
            progress.setMinimumDuration(0)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
        pictures: list[dict[str, Any]] = []
        refusals: list[str] = []
        warnings: list[str] = []
        for number, path in enumerate(files):
            if progress is not None:
                progress.setValue(number)
                progress.setLabelText(
                    self.tr("Checking %1 (%2 of %3)…")
                    .replace("%1", path.name)
                    .replace("%2", str(number + 1))
                    .replace("%3", str(len(files)))
                )
                QApplication.processEvents()
                if progress.wasCanceled():
                    return []
            try:
                accepted = read_off_thread(partial(read_pictogram, path), path)  # this path, bound now
            except ImportRefused as error:
                refusals.append(error.message())
                continue
            warnings.extend(f"{path.name}: {warning}" for warning in accepted.warnings)
            pictures.append(
                {
                    "data": accepted.data,
                    "media_type": accepted.media_type,
                    "label_fr": label_from_file_name(path),
                    "source": path.name,
                }
            )
        if progress is not None:
            progress.setValue(len(files))
            progress.close()
        if refusals:
            self._refused(self.tr("Import pictograms"), ImportRefusals(refusals, len(files)))
            return []
        if not pictures:
            return []
        try:
            command = commands.import_pictograms(self.workspace, pictures)
            push(self.workspace, command)
        except ServiceError as error:
            self._refused(self.tr("Import pictograms"), error)
            return []
        status = self.tr("%n pictogram(s) imported — give them labels in the library", "", len(command.ids))
        if warnings:
            prompts.warn(
                self.parent_widget,
                self.tr("Import pictograms"),
                self.tr("Imported, but these will not print exactly as drawn:") + "\n" + "\n".join(warnings),
            )
        prompts.show_status(self.parent_widget, status)
        self.pictogramsImported.emit(list(command.ids))
        return list(command.ids)


class ImportRefusals(Exception):
    """Several refused files, said in one message."""

    def __init__(self, messages: list[str], total: int) -> None:
        from workshop_studio.i18n import translate

        if total == 1:
            super().__init__(messages[0])
            return
        head = translate("DeckFilesUi", "{refused} of {total} files refused; nothing was imported:").format(
            refused=len(messages), total=total
        )
        super().__init__("\n".join([head, *messages]))
