"""The console's Participation panel: open the room to phones, and watch what they send.

Off by default. The facilitator picks the network interface the phones are on (the Wi-Fi),
how phone notes land (straight to their place, or to the to-sort tray until placed), opens
participation, and then sees the address, the room code, the phones connected, the notes as
they arrive, and opens or closes vote rounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_studio.participation.events import NoteArrived
from workshop_studio.participation.room import Moderation
from workshop_studio.ui.console.participation_controller import ParticipationController, who_said
from workshop_studio.ui.text import plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.console.capture_target import CaptureTargets
    from workshop_studio.ui.console.main_window import ConsoleWindow
    from workshop_studio.ui.console.presenter_controller import PresenterController
    from workshop_studio.ui.workspace import Workspace

MAX_LISTED = 200


def interface_addresses() -> list[tuple[str, str]]:
    """(label, address) of each interface that is up, the room's likely Wi-Fi first, this
    computer alone (loopback) last."""
    found: list[tuple[bool, str, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        if not (interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning):
            continue
        loopback = bool(interface.flags() & flags.IsLoopBack)
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            found.append((loopback, f"{interface.humanReadableName()} — {address.toString()}", address.toString()))
    found.sort(key=lambda item: item[0])
    return [(label, address) for _loopback, label, address in found]


class ParticipationPanel(QDockWidget):
    def __init__(self, controller: ParticipationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("participationDock")
        self.setWindowTitle(self.tr("Participation from phones"))

        self.interface = QComboBox()
        self.interface.setAccessibleName(self.tr("Network interface the phones are on"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setAccessibleName(self.tr("Port"))
        self.moderation = QComboBox()
        self.moderation.addItem(self.tr("go straight to their place"), str(Moderation.DIRECT))
        self.moderation.addItem(self.tr("wait in the “to sort” tray"), str(Moderation.TRAY))
        self.moderation.setAccessibleName(self.tr("Phone notes"))
        self.moderation.currentIndexChanged.connect(
            lambda _i: controller.set_moderation(Moderation(self.moderation.currentData()))
        )
        self.on_stage = QCheckBox(self.tr("Show the QR code on the shared screen"))
        self.on_stage.setChecked(True)
        self.on_stage.toggled.connect(controller.set_show_on_stage)
        self.toggle = QPushButton(self.tr("Open participation"))
        self.toggle.setMinimumHeight(36)
        self.toggle.clicked.connect(self.toggle_open)

        self.address = plain_label(selectable=True)
        self.phones = plain_label()
        self.error = plain_label()
        self.error.setStyleSheet("color: #A40000; font-weight: bold;")
        self.error.hide()

        self.dots = QSpinBox()
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.dots.setAccessibleName(self.tr("Dots per phone"))
        self.vote_button = QPushButton(self.tr("Open a vote round"))
        self.vote_button.clicked.connect(self.toggle_vote)
        self.vote_state = plain_label()
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes from phones"))
        self.notes.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.interface)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("Phone &notes:"), self.moderation)
        vote_row = QHBoxLayout()
        vote_row.addWidget(self.dots)
        vote_row.addWidget(self.vote_button, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.on_stage)
        layout.addWidget(self.toggle)
        layout.addWidget(self.error)
        layout.addWidget(self.address)
        layout.addWidget(self.phones)
        layout.addWidget(plain_label(self.tr("Vote round (dots per phone):")))
        layout.addLayout(vote_row)
        layout.addWidget(self.vote_state)
        layout.addWidget(plain_label(self.tr("Notes from phones, newest first:")))
        layout.addWidget(self.notes, 1)
        self.setWidget(body)

        controller.openedChanged.connect(self._on_opened)
        controller.phonesChanged.connect(self._show_phones)
        controller.phoneNote.connect(self._add_note)
        controller.voteChanged.connect(self._on_vote)
        self.refresh_interfaces()
        self._on_opened(False)

    def refresh_interfaces(self) -> None:
        current = self.interface.currentData()
        self.interface.clear()
        for label, address in interface_addresses():
            self.interface.addItem(label, address)
        if self.interface.count() == 0:
            self.interface.addItem(self.tr("this computer only — 127.0.0.1"), "127.0.0.1")
        self.interface.setCurrentIndex(max(self.interface.findData(current), 0))

    # -- opening -------------------------------------------------------------------------------
    def toggle_open(self) -> None:
        if self.controller.is_open:
            self.controller.close()
            return
        try:
            self.controller.open(
                str(self.interface.currentData()), self.port.value(), Moderation(self.moderation.currentData())
            )
        except (OSError, ValueError) as error:
            self.error.setText(self.tr("Participation could not open: %1").replace("%1", str(error)))
            self.error.show()

    def _on_opened(self, opened: bool) -> None:
        server = self.controller.server
        for widget in (self.interface, self.port):
            widget.setEnabled(not opened)
        self.vote_button.setEnabled(opened)
        self.toggle.setText(self.tr("Close participation") if opened else self.tr("Open participation"))
        if opened and server is not None:
            if (index := self.interface.findData(server.host)) >= 0:
                self.interface.setCurrentIndex(index)
            self.error.hide()
            self.address.setText(
                self.tr("Phones join at %1\nor at %2 with the room code %3")
                .replace("%1", server.join_url)
                .replace("%2", server.short_address)
                .replace("%3", server.room.code)
            )
        else:
            self.address.setText(self.tr("Participation is closed: no phone can reach this computer."))
        self._show_phones(self.controller.phones)
        self._on_vote(False, self.dots.value())

    def _show_phones(self, count: int) -> None:
        self.phones.setText(self.tr("%n phone(s) connected", "", count) if self.controller.is_open else "")

    # -- votes ---------------------------------------------------------------------------------
    def toggle_vote(self) -> None:
        server = self.controller.server
        if server is not None and server.room.vote_round.open:
            self.controller.close_vote()
        else:
            self.controller.open_vote(self.dots.value())

    def _on_vote(self, open_: bool, dots: int) -> None:
        self.vote_button.setText(self.tr("Close the vote round") if open_ else self.tr("Open a vote round"))
        self.dots.setEnabled(not open_)
        self.vote_state.setText(self.tr("Phones are voting with %n dot(s) each.", "", dots) if open_ else "")

    # -- notes ---------------------------------------------------------------------------------
    def _add_note(self, event: NoteArrived) -> None:
        from workshop_studio.domain.vocabulary import AnnotationKind

        where = self.tr(" (to sort)") if event.to_tray else ""
        line = f"{who_said(event)} · {AnnotationKind(event.record.kind).display()}{where}\n{event.record.text}"
        self.notes.insertItem(0, line)  # a list item's text is plain text
        while self.notes.count() > MAX_LISTED:
            self.notes.takeItem(self.notes.count() - 1)


def install_participation(
    console: ConsoleWindow, workspace: Workspace, presenter: PresenterController, targets: CaptureTargets
) -> ParticipationController:
    """Add the Participation panel and its menu action to the console; returns the controller."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    controller = ParticipationController(
        workspace, presenter.presentation, presenter.stage.view, targets.current, console
    )
    panel = ParticipationPanel(controller, console)
    console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.hide()
    action = QAction(QCoreApplication.translate("ParticipationPanel", "&Participation from Phones…"), console)

    def show_panel() -> None:
        if not controller.is_open:
            panel.refresh_interfaces()
        panel.show()
        panel.raise_()

    action.triggered.connect(show_panel)
    presenter.menu.addSeparator()
    presenter.menu.addAction(action)
    console.participation_panel, console.participation_action = panel, action
    return controller
