"""A workshop in and out of the database from the console: import an archive, delete one.

Import: the archive is read and checked before the database is touched, then written in one
transaction (``import_workshop_file``): anything wrong is one clear message and nothing is
written. Delete: asks first, saying that it cannot be undone and that the automatic backups
keep the workshop until they rotate out; a backup is taken just before. The undo history is
then cleared: its commands may name the deleted notes, groups or stages.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from workshop_studio.ui import prompts

if TYPE_CHECKING:
    from workshop_studio.interchange.workshop_archive_import import ImportedWorkshop
    from workshop_studio.services.review_workshops import DeletedWorkshop
    from workshop_studio.ui.workspace import Workspace


class WorkshopFiles(QObject):
    """The two operations; a QObject for ``self.tr`` (messages with plurals)."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.widget = parent

    def import_archive(self, path: str | None = None) -> ImportedWorkshop | None:
        from workshop_studio.interchange.errors import ImportRefused
        from workshop_studio.interchange.workshop_archive_import import import_workshop_archive
        from workshop_studio.interchange.workshop_archive_read import read_workshop_archive
        from workshop_studio.services.errors import ServiceError
        from workshop_studio.storage.errors import DatabaseError
        from workshop_studio.ui.off_thread import read_off_thread

        title = self.tr("Import a workshop archive")
        if path is None:
            path = prompts.ask_open_path(self.widget, title, self.tr("Workshop archives (*.zip)"))
            if path is None:
                return None
        try:
            archive = read_off_thread(lambda: read_workshop_archive(Path(path)), Path(path))
            imported = self.workspace.write(lambda s: import_workshop_archive(s, archive))
        except (ImportRefused, ServiceError, DatabaseError, OSError) as error:
            message = str(error) or getattr(error, "strerror", "") or type(error).__name__
            prompts.warn(self.widget, title, self.tr("Nothing was imported.\n\n%1").replace("%1", message))
            return None
        prompts.show_status(
            self.widget,
            self.tr("Imported “%1” with %n note(s).", "", imported.note_count).replace("%1", imported.title),
        )
        return imported

    def delete(self, workshop_id: int) -> DeletedWorkshop | None:
        from workshop_studio.services.errors import ServiceError
        from workshop_studio.services.review_workshops import back_up_before_deleting, delete_workshop
        from workshop_studio.services.workshops import list_workshop_summaries
        from workshop_studio.storage.errors import DatabaseError

        workspace = self.workspace
        summaries = workspace.query(list_workshop_summaries)
        summary = next((s for s in summaries if s.id == workshop_id), None)
        if summary is None:
            return None
        title = self.tr("Delete the workshop")
        question = (
            self.tr(
                "Delete the workshop “%1” with its %n note(s), participants, groups and syntheses?",
                "",
                summary.annotation_count,
            ).replace("%1", summary.title)
            + "\n\n"
            + self.tr(
                "This cannot be undone. The automatic backups of the database still hold the workshop until "
                "they rotate out (one is taken now). Export an archive first to keep it at hand. The library "
                "(cards, scenarios, timelines) stays."
            )
        )
        if not prompts.confirm(self.widget, title, question, title):
            return None
        try:
            backup = back_up_before_deleting(workspace.db, workshop_id)
            deleted = replace(workspace.write(lambda s: delete_workshop(s, workshop_id)), backup=backup)
        except (ServiceError, DatabaseError, OSError) as error:
            prompts.warn(self.widget, title, self.tr("Nothing was deleted.\n\n%1").replace("%1", str(error)))
            return None
        workspace.undo_stack.clear()  # its commands may name what is gone
        # Was it the open workshop? The workspace opened the one opened before (or another).
        prompts.show_status(
            self.widget, self.tr("Deleted “%1” (%n note(s)).", "", deleted.note_count).replace("%1", deleted.title)
        )
        return deleted


def import_workshop_archive(workspace: Workspace, parent: QWidget, path: str | None = None) -> ImportedWorkshop | None:
    """Ask for an archive (unless ``path`` is given) and import it; ``None`` if cancelled or refused."""
    files = WorkshopFiles(workspace, parent)
    try:
        return files.import_archive(path)
    finally:
        files.deleteLater()


def delete_workshop(workspace: Workspace, parent: QWidget, workshop_id: int) -> DeletedWorkshop | None:
    """Ask, then delete the workshop (a backup first); ``None`` if the user said no."""
    files = WorkshopFiles(workspace, parent)
    try:
        return files.delete(workshop_id)
    finally:
        files.deleteLater()
