"""The review workspace on data: filters drive what every view shows, the counts are those of
the notes in the database, hidden notes are there and marked, the timeline carries a heat map
with numbers, and two sessions of one template are compared side by side and merged.

What the page shows is checked against the database file read with plain SQL
(``review_ui_support``), never against the services the page itself calls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem
from review_ui_support import (
    SAMPLE_ID,
    VOTES_ORDER,
    folded,
    open_page,
    second_workshop,
    shown_counts,
    sql,
    stored_counts,
    stored_ids,
    stored_notes,
    table_ids,
    timeline_ids,
)

from workshop_studio.services.notes import set_hidden
from workshop_studio.services.review_heatmap import HEAT_FULL
from workshop_studio.ui.review.filter_panel import CRITERIA
from workshop_studio.ui.timeline.items import NoteItem


def test_the_page_opens_on_every_note_hidden_ones_included(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    assert page.workshop_id == SAMPLE_ID
    assert table_ids(page) == stored_ids(db_path) and len(table_ids(page)) == 40  # in timeline order
    stage_notes = set(stored_ids(db_path, "a.target_kind = 'stage'"))
    assert timeline_ids(page) == stage_notes and len(stage_notes) == 28
    assert "40 notes shown out of 40" in page.summary.text()


def test_ticked_filters_drive_the_table_the_timeline_and_the_summary(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    page.filters.tick("roles", "cde")
    cde = stored_ids(db_path, "a.role = 'cde'")
    assert table_ids(page) == cde and 0 < len(cde) < 40
    assert timeline_ids(page) == set(stored_ids(db_path, "a.role = 'cde' AND a.target_kind = 'stage'"))
    assert page.summary.text().startswith(f"{len(cde)} notes shown out of 40")

    page.filters.tick("kinds", "irritant")  # criteria combine
    both = stored_ids(db_path, "a.role = 'cde' AND a.kind = 'irritant'")
    assert table_ids(page) == both and 0 < len(both) < len(cde)
    page.filters.tick("roles", "cdde")  # values of one criterion are alternatives
    either = stored_ids(db_path, "a.role IN ('cde', 'cdde') AND a.kind = 'irritant'")
    assert table_ids(page) == either and len(either) > len(both)

    page.filters.clear()
    assert len(table_ids(page)) == 40


def test_stage_participant_card_and_scenario_filters(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    chosen = {  # criterion: (which of its boxes, the same choice said in SQL)
        "stage_ids": (7, "a.workshop_stage_id = ?"),
        "participant_ids": (0, "a.participant_id = ?"),
        "card_ids": (0, "? IN (a.card_id, a.matrix_row_card_id, a.matrix_column_card_id)"),
        "scenario_ids": (0, "a.scenario_id = ?"),
    }
    for key, (index, where) in chosen.items():
        box = page.filters.tree.topLevelItem(CRITERIA.index(key)).child(index)
        value = box.data(0, Qt.ItemDataRole.UserRole)
        box.setCheckState(0, Qt.CheckState.Checked)  # what a click on the box does
        expected = stored_ids(db_path, where, value)
        assert expected and table_ids(page) == expected, key
        assert box.text(0).endswith(f" ({len(expected)})"), key  # the count offered beside the box
        box.setCheckState(0, Qt.CheckState.Unchecked)
    assert len(table_ids(page)) == 40


def test_words_filter_ignores_case_and_accents(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    qtbot.keyClicks(page.filters.text, "ESSAI")
    expected = stored_ids(db_path, "a.text LIKE '%essai%'")  # LIKE ignores the case of ASCII letters
    qtbot.waitUntil(lambda: table_ids(page) == expected)
    assert 0 < len(expected) < 40
    page.filters.text.setText("")
    page.filters.text.insert("Première")  # accented text: QTest types ASCII only
    page.apply_filter()
    expected = [note_id for note_id, text in stored_notes(db_path) if "premiere" in folded(text)]
    assert table_ids(page) == expected and len(expected) >= 2


def test_sort_by_votes(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    page.notes.order.setCurrentIndex(page.notes.order.findData("votes"))
    votes = [row.votes for row in page.notes.model.rows]
    assert votes == sorted(votes, reverse=True) and votes[0] > votes[-1]
    assert table_ids(page) == stored_ids(db_path, order=VOTES_ORDER)  # ties: the oldest first


def test_hidden_notes_are_included_marked_and_can_be_left_out(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    target = next(n for n in page.data.notes if n.target_kind == "stage")
    page.workspace.write(lambda s: set_hidden(s, [target.id], True))
    row = page.notes.model.row_of(target.id)
    assert row is not None
    cell = page.notes.model.index(row, page.notes.model.TEXT)
    assert "(hidden from the shared screen)" in cell.data()
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    item = page.timeline.scene.note_item(target.id)
    assert item is not None and item.record.hidden and item.show_hidden_mark
    assert "1 hidden" in page.summary.text()

    page.filters.include_hidden.setChecked(False)
    assert target.id not in table_ids(page) and target.id not in timeline_ids(page)


def test_count_tables_count_the_notes_of_the_database(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    page.filters.tick("roles", "recruiter")
    page.filters.tick("roles", "new_hire")
    for model, dimension in ((page.counts.by_kind, "kind"), (page.counts.by_role, "role")):
        expected = stored_counts(db_path, dimension, (SAMPLE_ID,), "a.role IN ('recruiter', 'new_hire')")
        assert shown_counts(model) == expected, dimension
        stages = [
            title
            for (title,) in sql(
                db_path, "SELECT title FROM workshop_stage WHERE workshop_id = ? ORDER BY position", SAMPLE_ID
            )
        ]
        assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [*stages, "Total"]


def test_the_timeline_heat_map_prints_counts_on_a_heat_colour(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    heat = page.timeline.scene.heat_item
    assert heat is not None
    stages = [
        stage_id
        for (stage_id,) in sql(
            db_path, "SELECT id FROM workshop_stage WHERE workshop_id = ? ORDER BY position", SAMPLE_ID
        )
    ]

    def per_stage(where: str) -> tuple[int, ...]:
        counts = dict(
            sql(
                db_path,
                "SELECT workshop_stage_id, count(*) FROM annotation WHERE workshop_id = ? "
                f"AND target_kind = 'stage' AND {where} GROUP BY workshop_stage_id",
                SAMPLE_ID,
            )
        )
        return tuple(counts.get(stage_id, 0) for stage_id in stages)

    irritants = per_stage("kind = 'irritant'")
    assert heat.grid.counts[0] == irritants and heat.grid.totals == per_stage("1")
    assert irritants == (1, 0, 1, 1, 0, 0, 2, 0, 1, 0)  # the sample's irritants, stage by stage
    # the fullest cell is drawn in the darkest heat colour, a zero in white
    hottest = max(range(len(irritants)), key=irritants.__getitem__)
    coldest = irritants.index(0)
    scene = page.timeline.scene
    image = QImage(scene.sceneRect().size().toSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    scene.render(painter, source=scene.sceneRect())
    painter.end()

    def pixel(index: int) -> str:
        rect = heat.cell_rect(0, index).translated(-scene.sceneRect().topLeft())
        return QColor(image.pixel(int(rect.left() + 8), int(rect.center().y()))).name().upper()

    assert pixel(hottest) == HEAT_FULL.upper()
    assert pixel(coldest) == "#FFFFFF"

    page.timeline.heat.setCurrentIndex(page.timeline.heat.findData("role"))
    assert page.timeline.scene.heat_item.grid.caption == "Notes per stage and role"
    page.timeline.heat.setCurrentIndex(page.timeline.heat.findData(""))
    assert page.timeline.scene.heat_item is None


def test_by_role_lanes_and_a_read_only_timeline(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    page.timeline.by_role.setChecked(True)
    scene = page.timeline.scene
    assert scene.layout.by_role and scene.heat_item is not None and scene.heat_item.left == 0
    items = [i for i in scene.items() if isinstance(i, NoteItem)]
    assert items and all(not (i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable) for i in items)
    assert all(i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable for i in items)


def test_selection_follows_between_table_and_timeline(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    stage_notes = [n.id for n in page.notes.model.rows if n.target_kind == "stage"][:2]
    page.notes.select_ids(stage_notes)
    assert set(page.timeline.scene.selected_note_ids()) == set(stage_notes)
    assert sorted(page.selected_note_ids()) == sorted(stage_notes)
    page.timeline.scene.clearSelection()
    page.timeline.scene.note_item(stage_notes[0]).setSelected(True)
    assert page.notes.selected_ids() == [stage_notes[0]] and page.selected_note_ids() == [stage_notes[0]]


def test_two_sessions_side_by_side_and_merged(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    other = second_workshop(page.workspace)
    both = (SAMPLE_ID, other)
    page.tabs.setCurrentWidget(page.compare)
    compare = page.compare
    assert compare.chosen_ids() == [SAMPLE_ID, other]
    assert shown_counts(compare.merged_model) == stored_counts(db_path, "kind", both)  # one heat map for both
    stages = [
        title
        for (title,) in sql(
            db_path, "SELECT title FROM workshop_stage WHERE workshop_id = ? ORDER BY position", SAMPLE_ID
        )
    ]
    row = stages.index("La période d’essai")
    irritant = 0
    assert compare.merged_model.headerData(irritant, Qt.Orientation.Horizontal) == "Irritant"
    assert compare.merged_model.index(row, irritant).data() == "3"  # 1 in the sample + 2

    def stage_notes(workshop_id: int, where: str = "1") -> list[int]:
        counts = dict(
            sql(
                db_path,
                "SELECT s.title, count(*) FROM annotation a JOIN workshop_stage s "
                "ON s.id = a.workshop_stage_id WHERE a.workshop_id = ? AND a.target_kind = 'stage' "
                f"AND {where} GROUP BY s.title",
                workshop_id,
            )
        )
        return [counts.get(title, 0) for title in stages]

    # side by side: one column per workshop, for the kind chosen (all notes at first)
    side = compare.side_model
    assert [side.headerData(c, Qt.Orientation.Horizontal).split("\n")[0] for c in range(2)] == [
        "Atelier frise – recru…",
        "Deuxième session",
    ]
    assert [side.headerData(r, Qt.Orientation.Vertical) for r in range(len(stages))] == stages
    assert [side.value(row, c) for c in range(3)] == [5, 3, 8]
    assert [side.value(r, 0) for r in range(len(stages))] == stage_notes(SAMPLE_ID)
    assert [side.value(r, 1) for r in range(len(stages))] == stage_notes(other)
    compare.column.setCurrentIndex(compare.column.findData("irritant"))
    assert [side.value(row, c) for c in range(3)] == [1, 2, 3]
    assert [side.value(r, 0) for r in range(len(stages))] == stage_notes(SAMPLE_ID, "a.kind = 'irritant'")
    assert side.headerData(2, Qt.Orientation.Horizontal) == "Merged"

    compare.dimension.setCurrentIndex(compare.dimension.findData("role"))
    assert shown_counts(compare.merged_model) == stored_counts(db_path, "role", both)
    compare.column.setCurrentIndex(compare.column.findData("new_hire"))
    assert [side.value(row, c) for c in range(2)] == [1, 3]
    assert [side.value(r, 1) for r in range(len(stages))] == stage_notes(other, "a.role = 'new_hire'")

    page.filters.tick("kinds", "idea")  # a shared criterion applies to every workshop
    ideas = stored_counts(db_path, "role", both, "a.kind = 'idea'")
    assert shown_counts(compare.merged_model) == ideas

    compare.workshops.item(1).setCheckState(Qt.CheckState.Unchecked)
    compare.column.setCurrentIndex(compare.column.findData(""))  # all notes
    alone = stored_counts(db_path, "role", (SAMPLE_ID,), "a.kind = 'idea'")
    assert side.columnCount() == 2 and shown_counts(compare.merged_model) == alone
    assert side.value(len(stages), 0) == alone[("Total", "Total")]


def test_count_tables_keep_their_total_row_in_sight(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    page.tabs.setCurrentWidget(page.counts)
    qtbot.waitUntil(lambda: page.counts.isVisible(), timeout=3000)
    for view in (page.counts.kind_view, page.counts.role_view):
        model = view.model
        last = model.rowCount() - 1
        assert view.body.isRowHidden(last) and not view.totals.isRowHidden(last)
        assert all(view.totals.isRowHidden(row) for row in range(last))
        assert view.totals.isVisible()
        # the Total row is drawn, whatever the body is scrolled to, with its words and numbers
        view.body.verticalScrollBar().setValue(view.body.verticalScrollBar().maximum())
        rect = view.totals.visualRect(model.index(last, 0))
        assert view.totals.viewport().rect().contains(rect.center())
        assert view.totals.verticalHeader().isVisible() and model.headerData(last, Qt.Orientation.Vertical) == "Total"
        assert model.index(last, model.columnCount() - 1).data() == str(model.table.total)
        assert view.totals.columnWidth(0) == view.body.columnWidth(0)


def test_ticking_a_filter_keeps_the_heat_map_row_labels_in_sight(qtbot, db_path: Path) -> None:
    page = open_page(qtbot, db_path)
    view = page.timeline.view
    page.timeline.show_start()
    bar = view.horizontalScrollBar()
    assert bar.value() == bar.minimum() < 0  # the labels sit left of the first stage, at negative x
    labels = page.timeline.scene.heat_item.boundingRect()
    page.filters.tick("roles", "cde")
    assert bar.value() == bar.minimum()
    left = view.mapFromScene(labels.topLeft())
    assert 0 <= left.x() < view.viewport().width()
