"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a void method;
after enough painting the process aborted ("deallocating None"). pyproject pins a release
without the bug; this test fails if one with it comes back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its count "
    "never moves, and the bug cannot abort the process there",
)
def test_void_methods_do_not_drop_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor("#336699")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        painter.setBrush(colour)
        painter.drawRect(QRectF(0, 0, 5, 5))
        painter.drawText(QPointF(1, 10), "y")
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10, f"None lost {before - after} references"
