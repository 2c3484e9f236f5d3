"""Several workshops reviewed together: the review workspace's pooled view.

On a team's server it merges the workshops of several agencies; on a laptop's file, that
file's own workshops. The facilitator chooses agencies, a date range and timeline templates
(``pool_filters``) and sees the matching workshops (``pool_workshops``) and all their notes
counted together, in the review's heat-tinted count tables: per kind and role, and per agency
and kind (or role). The counting happens in the database (``services.review_pool``), so a
year of a network (200 workshops, 40,000 notes) opens and filters at once; a double click on
a workshop opens it in the one-workshop review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from workshop_studio.domain.changes import Area
from workshop_studio.services.review_counts import CountTable, Dimension
from workshop_studio.services.review_pool import Pool, PoolFilter
from workshop_studio.ui.lazy import ReloadWhenShown
from workshop_studio.ui.review.count_model import CountTableModel, count_table_view
from workshop_studio.ui.review.pool_filters import PoolFilters
from workshop_studio.ui.review.pool_workshops import ID_ROLE, PoolWorkshopsModel, pool_workshops_view
from workshop_studio.ui.text import heading_label, plain_label

if TYPE_CHECKING:
    from workshop_studio.ui.workspace import Workspace

RELOAD_AREAS = (Area.NOTES, Area.WORKSHOPS, Area.TIMELINES, Area.REVIEW)


class PoolPanel(ReloadWhenShown):
    workshopChosen = Signal(int)  # review this one on its own

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pool: Pool | None = None
        self.filters = PoolFilters()
        self.summary = heading_label(level=3)
        self.workshops_model = PoolWorkshopsModel(self)
        self.workshops = pool_workshops_view(self.workshops_model)
        self.workshops.setAccessibleName(self.tr("Workshops in the pool"))
        self.kind_role_model = CountTableModel(self)
        self.kind_role_view = count_table_view(self.kind_role_model, self.tr("Notes per kind and role"))
        self.agency_model = CountTableModel(self)
        self.agency_view = count_table_view(self.agency_model, self.tr("Notes per agency"))
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("by kind"), "kind")
        self.dimension.addItem(self.tr("by role"), "role")

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(0)  # ticks made in one go (Clear) count once
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filters.changed.connect(self._filter_timer.start)
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_agencies())
        self.workshops.doubleClicked.connect(self._open_workshop)

        agencies = QWidget()
        agencies_layout = QVBoxLayout(agencies)
        agencies_layout.setContentsMargins(0, 0, 0, 0)
        per_agency = QHBoxLayout()
        dimension_label = QLabel(self.tr("&Notes per agency:"))
        dimension_label.setBuddy(self.dimension)
        per_agency.addWidget(dimension_label)
        per_agency.addWidget(self.dimension)
        per_agency.addStretch(1)
        agencies_layout.addLayout(per_agency)
        agencies_layout.addWidget(self.agency_view, 1)
        self.counts = QTabWidget()  # each table gets the whole width: a laptop's screen is narrow
        self.counts.addTab(self.kind_role_view, self.tr("Per kind and role"))
        self.counts.addTab(agencies, self.tr("Per agency"))
        counts = self.counts

        workshops_label = QLabel(self.tr("Wor&kshops (double-click one to review it alone):"))
        workshops_label.setBuddy(self.workshops)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(workshops_label)
        listing_layout.addWidget(self.workshops, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(listing)
        right.addWidget(counts)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.summary)
        centre_layout.addWidget(right, 1)
        centre_layout.addWidget(
            plain_label(
                self.tr(
                    "Every note of the workshops shown, wherever it is pinned, hidden ones included. "
                    "Nothing ticked in a filter lets everything through."
                )
            )
        )
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.filters)
        main.addWidget(centre)
        main.setStretchFactor(1, 1)
        main.setSizes([250, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)

        workspace.changed.connect(lambda changes: self.request_reload() if changes.touches(*RELOAD_AREAS) else None)
        self._stale = True  # read when first shown

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the choices again (agencies, templates, dates), then the pool."""
        from workshop_studio.services.review_pool import pool_options

        self.filters.set_options(self.workspace.query(pool_options))
        self.apply_filter()

    def apply_filter(self) -> None:
        from workshop_studio.services.review_pool import pooled_review

        self._filter_timer.stop()
        pool_filter: PoolFilter = self.filters.pool_filter()
        self.show_pool(self.workspace.query(lambda session: pooled_review(session, pool_filter)))

    def show_pool(self, pool: Pool) -> None:
        from workshop_studio.services.review_pool_tables import kind_role_table

        self.pool = pool
        self.workshops_model.set_workshops(pool.workshops)
        places = len({w.place for w in pool.workshops})
        self.summary.setText(
            self.tr("%n workshop(s)", "", len(pool.workshops))
            + " · "
            + self.tr("%n agency(ies)", "", places)
            + " · "
            + self.tr("%n note(s)", "", pool.note_count)
        )
        self.kind_role_model.set_table(kind_role_table(pool) if pool.workshops else CountTable((), (), ()))
        self._show_agencies()

    def _show_agencies(self) -> None:
        from workshop_studio.services.review_pool_tables import place_table

        pool = self.pool
        dimension: Dimension = self.dimension.currentData() or "kind"
        self.agency_model.set_table(
            place_table(pool, dimension) if pool is not None and pool.workshops else CountTable((), (), ())
        )

    def _open_workshop(self, index: QModelIndex) -> None:
        workshop_id = index.data(ID_ROLE)
        if workshop_id is not None:
            self.workshopChosen.emit(int(workshop_id))
