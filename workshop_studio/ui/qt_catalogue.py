"""Qt's own strings that Qt's French catalogue (``qtbase_fr``) lacks in this Qt version.

Qt 6 renamed a few labels of its file dialog ("Look in:" became "&Look in:") and its French
catalogue was not brought up to date, so the open and save dialogs showed « Look in: »,
« Files of type: » and « Folder » among French words. Naming them here, with Qt's own context
and disambiguation, puts them in our catalogue, which the application consults before Qt's.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the name lupdate extracts


def qt_strings() -> tuple[str, ...]:
    """Qt's strings as the application shows them (its translation, once installed)."""
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    )
