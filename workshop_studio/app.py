"""The GUI's composition root: QApplication, translators, fonts, the console window.

Start-up shows the console at once, paints the last workshop from a quick read-only look at
the file, and only then loads SQLAlchemy and the rest (``benchmarks/startup.py``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from workshop_studio import __version__, i18n
from workshop_studio.ui.console.main_window import ConsoleWindow
from workshop_studio.ui.fonts import load_fonts

ORGANIZATION = "WorkshopStudio"
APPLICATION = "Workshop Studio"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (so standard buttons read « Annuler »).

    English loads a plurals-only catalogue, so "%n note(s)" reads "1 note", "2 notes".
    """
    for old in getattr(app, "_workshop_translators", []):
        app.removeTranslator(old)
    QLocale.setDefault(QLocale(language))
    candidates = [(f"workshop_studio_{language}", str(i18n.TRANSLATIONS_DIR))]
    if language != "en":
        candidates.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    translators: list[QTranslator] = []
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    app._workshop_translators = translators  # type: ignore[attr-defined]  # kept on the application for the next call
    i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    return translators


def create_application(argv: list[str] | None = None, language: str = "en") -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)  # the only kind of application this program makes
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    install_translators(app, language)
    font = app.font()
    font.setFamily(load_fonts())
    app.setFont(font)
    return app


def run_gui(db_target: str, language: str, *, sample: bool = True) -> int:
    app = create_application(language=language)
    window = ConsoleWindow(db_target, sample=sample)
    window.show()
    window.load()  # the quick first picture; the database opens once it is painted
    return app.exec()
