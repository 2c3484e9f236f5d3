"""Qt's file dialog reads French throughout under the French interface, including the labels
Qt's own French catalogue lacks (ui/qt_catalogue.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView

from workshop_studio.app import install_translators
from workshop_studio.ui.qt_catalogue import qt_strings


def test_the_file_dialog_has_no_english_label_left(qtbot, tmp_path: Path) -> None:
    (tmp_path / "dossier").mkdir()
    (tmp_path / "participants.csv").write_text("nom;rôle\n", encoding="utf-8")
    app = QApplication.instance()
    install_translators(app, "fr")
    try:
        assert qt_strings() == ("&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "Dossier")
        dialog = QFileDialog(None, "Importer", str(tmp_path), "Tableurs (*.csv *.xlsx)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the one shown where no desktop dialog exists
        qtbot.addWidget(dialog)
        dialog.show()
        labels = sorted(label.text() for label in dialog.findChildren(QLabel))
        assert labels == sorted(["&Voir dans\u00a0:", "&Nom de fichier\u00a0:", "Fichiers de &type\u00a0:"])
        view = dialog.findChild(QTreeView)
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert headers == ["Nom", "Taille", "Type", "Dernière modification"]
        types = {
            model.data(model.index(row, 0, view.rootIndex())): model.data(model.index(row, 2, view.rootIndex()))
            for row in range(2)
        }
        assert types["dossier"] == "Dossier"
    finally:
        install_translators(app, "en")
