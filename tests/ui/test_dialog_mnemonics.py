"""Alt+letter reaches one field of a dialog, in French as in English: two labels or buttons of
one dialog never share their underlined letter (a French facilitator met Alt+P opening
"Partir de" instead of the participants box)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from workshop_studio.app import install_translators

_MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


def mnemonics(dialog: QWidget) -> Counter[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    letters = (m.group(1).casefold() for text in texts for m in [_MNEMONIC.search(text)] if m)
    return Counter(letters)


def _dialogs(console):
    from workshop_studio.services.library import list_deck_summaries
    from workshop_studio.ui.console.library_share_dialog import LibraryShareDialog
    from workshop_studio.ui.console.participants_panel import ParticipantDialog
    from workshop_studio.ui.console.step_dialog import StepDialog
    from workshop_studio.ui.console.workshop_dialog import WorkshopDialog
    from workshop_studio.ui.library.print_dialog import PrintDialog
    from workshop_studio.ui.review.export_dialog import ExportDialog
    from workshop_studio.ui.timeline.note_dialog import NoteDialog

    workspace = console.workspace
    yield WorkshopDialog(workspace, console)
    yield StepDialog(workspace, workspace.workshop_id, console)
    yield ParticipantDialog(console)
    yield ExportDialog("Export", by_role=True, parent=console)
    yield NoteDialog(console.workshops_page.overview.participants, title="Note", parent=console)
    yield PrintDialog(workspace, workspace.query(list_deck_summaries)[0].id, (), console)
    yield LibraryShareDialog(workspace, "publish", console)
    yield LibraryShareDialog(workspace, "pull", console)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_two_controls_of_a_dialog_share_an_alt_letter(qapp, console, language: str) -> None:
    install_translators(qapp, language)
    for dialog in _dialogs(console):
        taken = mnemonics(dialog)
        clashes = {letter: count for letter, count in taken.items() if count > 1}
        assert not clashes, f"{type(dialog).__name__} ({language}): {clashes}"
        if type(dialog).__name__ in ("WorkshopDialog", "StepDialog", "ParticipantDialog", "LibraryShareDialog"):
            assert len(taken) >= 3, type(dialog).__name__  # their fields do have Alt letters
        dialog.deleteLater()
