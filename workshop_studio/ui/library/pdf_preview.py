"""The first pages of a PDF held in memory, shown with Qt's own PDF view.

The print dialog hands it the bytes the engine made (the real PDF, not a look-alike); the
view reads them through a QBuffer, which must stay alive as long as the document uses it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from workshop_studio.ui.text import plain_label


class PdfPreview(QWidget):
    """A PDF view with a line of status above it ("Updating…", or why there is nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self._buffer: QBuffer | None = None

        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Preview status"))
        self.message = plain_label()  # replaces the view when there is no PDF to show
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)

        self._stack = QStackedLayout()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(self._stack, 1)

    def show_pdf(self, data: bytes, status: str = "") -> None:
        """Show the PDF ``data`` (all its pages) and ``status`` above it."""
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if old is not None:  # the document let go of it when it loaded the new one
            old.close()
            old.deleteLater()
        self.status.setText(status)
        self._stack.setCurrentWidget(self.view)

    def show_busy(self, text: str) -> None:
        """Say the preview is being remade, keeping the last pages on show meanwhile."""
        self.status.setText(text)

    def show_message(self, text: str) -> None:
        """No preview: say why instead."""
        self.document.close()
        self.status.setText("")
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
