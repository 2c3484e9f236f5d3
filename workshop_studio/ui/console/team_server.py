"""Wires the console to a shared database: conflicts and refusals on the server bar, the
change watch on the open workshop (only where others may write)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_studio.ui.console.change_watch import ChangeWatch
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.workspace import Workspace


def watch_server(window: ConsoleWindow, workspace: Workspace) -> ChangeWatch | None:
    from workshop_studio.storage.dialects import is_server
    from workshop_studio.ui.console.change_watch import ChangeWatch

    bar = window.server_bar
    workspace.conflicted.connect(lambda message: bar.show_message("conflict", message))
    workspace.refused.connect(lambda message: bar.show_message("permission", message))
    workspace.connectionLost.connect(lambda message: bar.show_message("connection", message))
    bar.reloadRequested.connect(workspace.reload)
    if not workspace.query(lambda session: is_server(session)):
        return None
    watch = ChangeWatch(workspace, window)
    watch.connectionLost.connect(lambda message: bar.show_message("connection", message))
    watch.connectionBack.connect(lambda: bar.clear("connection"))
    if window.capture is not None:
        watch.connectionBack.connect(window.capture.retry_pending)  # what was typed goes, once
    watch.start()
    return watch


def shown_target(db_target: str) -> str:
    """The database as the user may see it: a server URL without its password."""
    from workshop_studio.storage.engine import database_url

    return database_url(db_target).render_as_string(hide_password=True) if "://" in db_target else db_target
