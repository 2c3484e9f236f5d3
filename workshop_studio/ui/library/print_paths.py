"""Where a printed deck is saved: a suggested name and folder, and the file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def file_name(name: str) -> str:
    """``name`` made safe as a file name on every system (no separators, no reserved signs)."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned[:120] or "cards"


def suggested_pdf_path(name: str, last_folder: str = "") -> str:
    """``<name>.pdf`` in the last folder used, else Documents, else the home folder."""
    folders = (
        last_folder,
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
    )
    folder = next((f for f in folders if f and Path(f).is_dir()), "")
    return str(Path(folder) / f"{file_name(name)}.pdf")


def ask_pdf_path(parent: QWidget | None, title: str, suggested: str) -> str | None:
    """The save dialog; the chosen path always ends in ``.pdf``. ``None`` if cancelled."""
    pdf_files = QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pdf_files)
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None
