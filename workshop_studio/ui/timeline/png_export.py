"""The annotated timeline as a PNG: every note of a workshop (hidden ones included, marked),
arranged by stage or by role lanes, with the review's heat map above the stages and the
workshop's title on top; at least 1600 px wide.

It draws the same :class:`~workshop_studio.ui.review.review_timeline.ReviewScene` the review
page shows, from :func:`~workshop_studio.services.review_report.workshop_report`, so an
anonymised export has authors replaced by role and number before anything is drawn. The
file is written whole or not at all (``workshop_studio.atomic``).

From the command line (``export-workshop … --out X.png``) there may be no Qt application
and no display: :func:`ensure_application` then starts one on the offscreen platform, and
routes Qt's translations to the CLI's (``i18n.translate``), so the PNG speaks the CLI's
language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from workshop_studio.domain.colours import INK

MIN_WIDTH = 1600
MAX_PIXELS = 100_000_000  # 400 MB of pixels: past that, the PDF's poster pages are the way
TITLE_HEIGHT = 64
MARGIN = 24


class PngExportError(OSError):
    """The PNG cannot be made; the message is for the user."""


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


def ensure_application() -> QCoreApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    app = QApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(["workshop-studio"])
    from PySide6.QtCore import QTranslator

    from workshop_studio import i18n

    class _CliTranslator(QTranslator):  # Qt's tr() answered by the CLI's catalogue
        def translate(
            self,
            context: str,
            source: str,
            disambiguation: str | None = None,
            n: int = -1,
        ) -> str | None:
            text = i18n.translate(context, source)
            return text if text != source else None  # None: Qt keeps the source (an empty text would blank it)

        def isEmpty(self) -> bool:
            return False

    translator = _CliTranslator(app)
    app.installTranslator(translator)
    app._workshop_translators = [translator]  # type: ignore[attr-defined]  # taken out by app.install_translators
    return app


def timeline_scene(db, workshop_id: int, *, anonymise: bool = False, by_role: bool = False, heat: str = "kind"):
    """The review's scene holding every stage note of the workshop, and the report it was
    drawn from (authors and texts already anonymised when asked)."""
    from workshop_studio.domain.overview import StageLine
    from workshop_studio.services.review_counts import Axis
    from workshop_studio.services.review_report import workshop_report
    from workshop_studio.ui.fonts import load_fonts
    from workshop_studio.ui.review.review_data import note_records
    from workshop_studio.ui.review.review_timeline import ReviewScene, heat_grid
    from workshop_studio.ui.timeline.model import TimelineModel

    ensure_application()
    load_fonts()
    with db.read() as session:
        report = workshop_report(session, workshop_id, anonymise=anonymise)
    stages = [
        StageLine(s.id, s.title, s.description, None, len(s.notes), s.pictogram_data, s.pictogram_media_type)
        for s in report.stages
    ]
    on_stages = [note for stage in report.stages for note in stage.notes]
    model = TimelineModel()
    model.set_content(workshop_id, report.title, stages, (), note_records(on_stages))
    scene = ReviewScene(model)
    model.setParent(scene)  # one owner for both
    scene.set_by_role(by_role)
    axes = [Axis(str(s.id), s.title) for s in report.stages]
    scene.set_heat(heat_grid(report.notes, axes, [s.id for s in stages], heat))  # type: ignore[arg-type]  # heat: a HeatDimension
    return scene, report


def render_timeline_image(
    db, workshop_id: int, *, anonymise: bool = False, by_role: bool = False, width: int = MIN_WIDTH, heat: str = "kind"
) -> tuple[QImage, int]:
    """The picture and the number of notes drawn on it (stage notes only: the others have no
    place on a timeline)."""
    scene, report = timeline_scene(db, workshop_id, anonymise=anonymise, by_role=by_role, heat=heat)
    on_stages = [note for stage in report.stages for note in stage.notes]
    source = scene.sceneRect()
    scale = _scale(source.width(), source.height(), max(int(width), MIN_WIDTH))
    image_width = round(source.width() * scale) + 2 * MARGIN
    image_height = round(source.height() * scale) + TITLE_HEIGHT + MARGIN
    if image_width * image_height > MAX_PIXELS:
        raise PngExportError(
            QCoreApplication.translate(
                "TimelinePng",
                "The timeline is too tall for one picture ({width} × {height} px): export the PDF report, "
                "whose poster spreads it over pages.",
            ).format(width=image_width, height=image_height)
        )
    image = QImage(image_width, image_height, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        _draw_title(painter, report, image_width)
        scene.render(painter, QRectF(MARGIN, TITLE_HEIGHT, source.width() * scale, source.height() * scale), source)
    finally:
        painter.end()
    return image, len(on_stages)


def _scale(scene_width: float, scene_height: float, width: int) -> float:
    """1:1 when the scene is at least ``width`` wide (crisp text), else enlarged to ``width``;
    shrunk step by step (never below :data:`MIN_WIDTH`) while the picture, margins and title
    included, would pass :data:`MAX_PIXELS`."""
    scale = max(1.0, width / scene_width)
    floor = MIN_WIDTH / scene_width
    while scale > floor and _pixels(scene_width, scene_height, scale) > MAX_PIXELS:
        scale = max(floor, scale * 0.97)
    return scale


def _pixels(scene_width: float, scene_height: float, scale: float) -> int:
    return (round(scene_width * scale) + 2 * MARGIN) * (round(scene_height * scale) + TITLE_HEIGHT + MARGIN)


def _draw_title(painter: QPainter, report, image_width: int) -> None:
    from workshop_studio.domain.dates import long_date
    from workshop_studio.ui.fonts import card_font

    font = card_font(bold=True)
    font.setPixelSize(30)
    painter.setFont(font)
    painter.setPen(QColor(INK))
    parts = [report.title]
    if report.date is not None:
        parts.append(long_date(report.date))  # as the report says it: a picture is read, not parsed
    if report.anonymised:
        parts.append(QCoreApplication.translate("TimelinePng", "anonymised"))
    painter.drawText(
        QRectF(MARGIN, 0, image_width - 2 * MARGIN, TITLE_HEIGHT - 8),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        " · ".join(parts),
    )


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # a str at run time: b"PNG" is refused
        raise PngExportError(QCoreApplication.translate("TimelinePng", "The picture could not be encoded as PNG."))
    buffer.close()
    return bytes(data.data())


def write_png(image: QImage, out: Path | str) -> None:
    """Encode and write ``image`` atomically. Safe off the GUI thread (QImage is reentrant): the
    console encodes the tall pictures of big workshops in its export thread."""
    from workshop_studio.atomic import write_atomically

    write_atomically(Path(out), png_bytes(image))


def export_timeline_png(
    db,
    workshop_id: int,
    out: Path | str,
    *,
    anonymise: bool = False,
    by_role: bool = False,
    width: int = MIN_WIDTH,
    heat: str = "kind",
) -> int:
    """Write the annotated timeline to ``out`` (atomically); the number of notes drawn."""
    image, count = render_timeline_image(db, workshop_id, anonymise=anonymise, by_role=by_role, width=width, heat=heat)
    write_png(image, out)
    return count
