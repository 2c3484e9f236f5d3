"""The review workspace on data: filters drive what every view shows, counts are the services',
hidden notes are there and marked, the timeline carries a heat map with numbers, and two
sessions of one template are compared side by side and merged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem
from review_ui_support import SAMPLE_ID, open_page, second_workshop, table_ids, timeline_ids

from workshop_studio.services.notes import set_hidden
from workshop_studio.services.review_compare import compare_workshops
from workshop_studio.services.review_counts import workshop_counts
from workshop_studio.services.review_filters import NoteFilter, review_notes
from workshop_studio.services.review_heatmap import HEAT_FULL
from workshop_studio.ui.timeline.items import NoteItem


def _expected(page, note_filter: NoteFilter, order: str = "timeline") -> list:  # type: ignore[no-untyped-def]
    return page.workspace.query(lambda s: review_notes(s, SAMPLE_ID, note_filter, order=order))  # type: ignore[arg-type]


def test_the_page_opens_on_every_note_hidden_ones_included(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    assert page.workshop_id == SAMPLE_ID
    assert len(table_ids(page)) == 40
    stage_notes = {n.id for n in _expected(page, NoteFilter()) if n.target_kind == "stage"}
    assert timeline_ids(page) == stage_notes and len(stage_notes) == 28
    assert "40 notes shown out of 40" in page.summary.text()


def test_ticked_filters_drive_the_table_the_timeline_and_the_summary(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    page.filters.tick("roles", "cde")
    cde = _expected(page, NoteFilter.of(roles=["cde"]))
    assert table_ids(page) == [n.id for n in cde] and 0 < len(cde) < 40
    assert timeline_ids(page) == {n.id for n in cde if n.target_kind == "stage"}
    assert page.summary.text().startswith(f"{len(cde)} notes shown out of 40")

    page.filters.tick("kinds", "irritant")  # criteria combine
    both = _expected(page, NoteFilter.of(roles=["cde"], kinds=["irritant"]))
    assert table_ids(page) == [n.id for n in both] and len(both) < len(cde)
    page.filters.tick("roles", "cdde")  # values of one criterion are alternatives
    either = _expected(page, NoteFilter.of(roles=["cde", "cdde"], kinds=["irritant"]))
    assert table_ids(page) == [n.id for n in either] and len(either) > len(both)

    page.filters.clear()
    assert len(table_ids(page)) == 40


def test_stage_participant_card_and_scenario_filters(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    choices = page.data.choices
    for key, choice, criterion in (("stage_ids", choices.stages[7], "stage_ids"),
                                   ("participant_ids", choices.participants[0], "participant_ids"),
                                   ("card_ids", choices.cards[0], "card_ids"),
                                   ("scenario_ids", choices.scenarios[0], "scenario_ids")):
        page.filters.tick(key, choice.value)
        expected = _expected(page, NoteFilter.of(**{criterion: [choice.value]}))
        assert table_ids(page) == [n.id for n in expected] and len(expected) == choice.count
        page.filters.tick(key, choice.value, on=False)
    assert len(table_ids(page)) == 40


def test_words_filter_ignores_case_and_accents(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    qtbot.keyClicks(page.filters.text, "ESSAI")
    expected = _expected(page, NoteFilter.of(text="essai"))
    qtbot.waitUntil(lambda: table_ids(page) == [n.id for n in expected])
    assert 0 < len(expected) < 40
    page.filters.text.setText("")
    page.filters.text.insert("période")  # accented text: QTest types ASCII only
    page.apply_filter()
    assert table_ids(page) == [n.id for n in _expected(page, NoteFilter.of(text="periode"))]


def test_sort_by_votes(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    page.notes.order.setCurrentIndex(page.notes.order.findData("votes"))
    votes = [row.votes for row in page.notes.model.rows]
    assert votes == sorted(votes, reverse=True) and votes[0] > votes[-1]
    assert table_ids(page) == [n.id for n in _expected(page, NoteFilter(), "votes")]


def test_hidden_notes_are_included_marked_and_can_be_left_out(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
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


def test_count_tables_are_the_services_counts(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    page.filters.tick("roles", "recruiter")
    page.filters.tick("roles", "new_hire")
    note_filter = NoteFilter.of(roles=["recruiter", "new_hire"])
    for model, dimension in ((page.counts.by_kind, "kind"), (page.counts.by_role, "role")):
        table = page.workspace.query(lambda s, d=dimension: workshop_counts(s, SAMPLE_ID, d, note_filter))
        shown = [[model.index(r, c).data(Qt.ItemDataRole.UserRole) for c in range(len(table.columns))]
                 for r in range(len(table.rows))]
        assert shown == [list(row) for row in table.cells]
        assert model.index(len(table.rows), len(table.columns)).data() == str(table.total)
        assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(len(table.rows))] == \
            [a.label for a in table.rows]
    assert page.counts.by_role.table.total == sum(1 for n in page.shown_notes if n.target_kind == "stage")


def test_the_timeline_heat_map_prints_counts_on_a_heat_colour(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    heat = page.timeline.scene.heat_item
    assert heat is not None
    table = page.workspace.query(lambda s: workshop_counts(s, SAMPLE_ID, "kind"))
    stage_ids = [stage.id for stage in page.timeline.model.stages]
    irritants = [table.count(str(sid), "irritant") for sid in stage_ids]
    assert heat.grid.counts[0] == tuple(irritants) and heat.grid.totals == table.row_totals
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


def test_by_role_lanes_and_a_read_only_timeline(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    page.timeline.by_role.setChecked(True)
    scene = page.timeline.scene
    assert scene.layout.by_role and scene.heat_item is not None and scene.heat_item.left == 0
    items = [i for i in scene.items() if isinstance(i, NoteItem)]
    assert items and all(not (i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable) for i in items)
    assert all(i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable for i in items)


def test_selection_follows_between_table_and_timeline(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    stage_notes = [n.id for n in page.notes.model.rows if n.target_kind == "stage"][:2]
    page.notes.select_ids(stage_notes)
    assert set(page.timeline.scene.selected_note_ids()) == set(stage_notes)
    assert sorted(page.selected_note_ids()) == sorted(stage_notes)
    page.timeline.scene.clearSelection()
    page.timeline.scene.note_item(stage_notes[0]).setSelected(True)
    assert page.notes.selected_ids() == [stage_notes[0]] and page.selected_note_ids() == [stage_notes[0]]


def test_two_sessions_side_by_side_and_merged(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, db_path)
    other = second_workshop(page.workspace)
    page.tabs.setCurrentWidget(page.compare)
    compare = page.compare
    assert compare.chosen_ids() == [SAMPLE_ID, other]
    expected = page.workspace.query(lambda s: compare_workshops(s, [SAMPLE_ID, other], "kind"))
    assert compare.merged_model.table == expected.merged  # one heat map for both
    trial = next(s.key for s in expected.stages if s.title == "La période d’essai")
    row = [a.key for a in expected.merged.rows].index(trial)
    irritant = [a.key for a in expected.merged.columns].index("irritant")
    assert compare.merged_model.index(row, irritant).data() == "3"  # 1 in the sample + 2

    # side by side: one column per workshop, for the kind chosen (all notes at first)
    side = compare.side_model
    assert [side.headerData(c, Qt.Orientation.Horizontal).split("\n")[0] for c in range(2)] == \
        ["Atelier frise – recru…", "Deuxième session"]
    assert [side.value(row, c) for c in range(3)] == [sum(t.cells[row]) for t in expected.tables] + \
        [sum(expected.merged.cells[row])]
    compare.column.setCurrentIndex(compare.column.findData("irritant"))
    assert [side.value(row, c) for c in range(3)] == [1, 2, 3]
    assert [side.value(r, 0) for r in range(len(expected.stages))] == \
        [expected.tables[0].cells[r][irritant] for r in range(len(expected.stages))]
    assert side.headerData(2, Qt.Orientation.Horizontal) == "Merged"

    compare.dimension.setCurrentIndex(compare.dimension.findData("role"))
    by_role = page.workspace.query(lambda s: compare_workshops(s, [SAMPLE_ID, other], "role"))
    assert compare.merged_model.table == by_role.merged
    compare.column.setCurrentIndex(compare.column.findData("new_hire"))
    new_hire = [a.key for a in by_role.merged.columns].index("new_hire")
    assert [side.value(row, c) for c in range(2)] == [t.cells[row][new_hire] for t in by_role.tables]

    page.filters.tick("kinds", "idea")  # a shared criterion applies to every workshop
    ideas = page.workspace.query(
        lambda s: compare_workshops(s, [SAMPLE_ID, other], "role", NoteFilter.of(kinds=["idea"])))
    assert compare.merged_model.table == ideas.merged

    compare.workshops.item(1).setCheckState(Qt.CheckState.Unchecked)
    compare.column.setCurrentIndex(compare.column.findData(""))  # all notes
    assert side.columnCount() == 2 and compare.merged_model.table.total == side.value(len(expected.stages), 0)


def test_count_tables_keep_their_total_row_in_sight(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
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


def test_ticking_a_filter_keeps_the_heat_map_row_labels_in_sight(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
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
