"""Counts per stage × kind and stage × role, the heat map's arithmetic, and workshops compared."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from workshop_studio.domain.colours import INK, PAPER, contrast_ratio
from workshop_studio.services.review_compare import (
    StageCopy,
    align_stages,
    compare_workshops,
    workshops_sharing_timeline,
)
from workshop_studio.services.review_counts import Axis, CountTable, merge_tables, workshop_counts
from workshop_studio.services.review_filters import NoteFilter
from workshop_studio.services.review_heatmap import (
    HEAT_FULL,
    common_scale,
    heat_fill,
    heat_map,
    intensity,
    percent,
    share,
)
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Timeline, Workshop, WorkshopStage


def test_stage_by_kind_counts_on_the_sample(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        table = workshop_counts(session, workshop_id, "kind")
    assert [a.label for a in table.rows][:2] == ["Le besoin apparaît", "Le poste se précise"]
    assert [a.key for a in table.columns] == [
        "irritant",
        "idea",
        "question",
        "quote",
        "good_practice",
        "emotion_positive",
        "emotion_negative",
    ]
    assert table.total == 28  # only notes pinned to a stage
    decision = next(a.key for a in table.rows if a.label == "Décision et embauche")
    assert table.count(decision, "irritant") == 2
    assert table.row_totals == (2, 2, 3, 2, 1, 2, 2, 5, 5, 4)
    assert table.column_totals[0] == 6 and table.maximum == 2


def test_stage_by_role_counts_and_a_filter(rdb: Database, workshop_id: int) -> None:
    with rdb.read() as session:
        table = workshop_counts(session, workshop_id, "role")
        irritants = workshop_counts(session, workshop_id, "role", NoteFilter.of(kinds=["irritant"]))
    assert [a.key for a in table.columns] == ["cde", "cdde", "recruiter", "new_hire", "partner", "facilitator"]
    assert table.column_totals == (7, 5, 8, 5, 2, 1)
    assert irritants.total == 6
    first_days = next(a.key for a in table.rows if a.label == "Les premiers jours")
    assert table.count(first_days, "new_hire") == 2


def test_a_no_role_column_appears_only_when_needed(rdb: Database, workshop_id: int) -> None:
    from workshop_studio.storage.models import Annotation

    with rdb.write() as session:
        note = session.scalars(
            select(Annotation).where(Annotation.target_kind == "stage").order_by(Annotation.id)
        ).first()
        note.role = None
    with rdb.read() as session:
        table = workshop_counts(session, workshop_id, "role")
    assert table.columns[-1] == Axis("", "No role")
    assert table.column_totals[-1] == 1


def test_intensity_is_linear_from_a_visible_minimum() -> None:
    assert intensity(0, 10) == 0.0
    assert intensity(5, 0) == 0.0
    assert intensity(1, 1) == 1.0
    assert intensity(1, 10) == pytest.approx(0.235)  # 15 % at least, then in proportion: 0.15 + 0.85 × 0.1
    assert intensity(10, 10) == 1.0 and intensity(12, 10) == 1.0
    assert intensity(3, 6) == pytest.approx(0.575)


def test_heat_fill_runs_from_white_to_a_colour_dark_text_reads_on() -> None:
    assert heat_fill(0.0) == PAPER
    assert heat_fill(1.0) == HEAT_FULL
    assert contrast_ratio(HEAT_FULL, INK) >= 7.0
    lighter, darker = heat_fill(0.3), heat_fill(0.7)
    assert contrast_ratio(lighter, PAPER) < contrast_ratio(darker, PAPER)


def test_share_and_percent() -> None:
    assert share(3, 12) == 0.25 and share(3, 0) == 0.0
    assert percent(1, 3) == 33 and percent(2, 3) == 67 and percent(0, 0) == 0


def _table(cells: list[list[int]], rows: tuple[str, ...] = ("a", "b")) -> CountTable:
    return CountTable(
        tuple(Axis(r, r.upper()) for r in rows), (Axis("x", "X"), Axis("y", "Y")), tuple(tuple(r) for r in cells)
    )


def test_heat_map_cells_and_a_common_scale() -> None:
    small, big = _table([[0, 1], [2, 0]]), _table([[4, 0], [0, 8]])
    own = heat_map(small)
    assert own.scale_max == 2 and own.cells[1][0].intensity == 1.0 and own.cells[0][0].fill == PAPER
    shared = heat_map(small, common_scale([small, big]))
    assert shared.scale_max == 8 and shared.cells[1][0].intensity == pytest.approx(0.3625)  # 2 of 8: 0.15 + 0.85 / 4


def test_merge_adds_cells_and_keeps_every_row() -> None:
    merged = merge_tables([_table([[1, 2], [3, 4]]), _table([[10, 0], [0, 1]], rows=("b", "c"))])
    assert [a.key for a in merged.rows] == ["a", "b", "c"]
    assert merged.cells == ((1, 2), (13, 4), (0, 1))


def test_align_stages_by_source_then_key_then_title() -> None:
    first = [
        StageCopy(1, 100, "besoin", "Le besoin"),
        StageCopy(2, 101, "poste", "Le poste"),
        StageCopy(3, 102, "essai", "L’essai"),
    ]
    # Renamed but from the same template stage; one matched by key (no template link); one by
    # title, in any case and accents; one new stage between two known ones.
    second = [
        StageCopy(11, 100, "besoin", "Quand le besoin naît"),
        StageCopy(12, None, "poste", "Autre titre"),
        StageCopy(13, None, "", "Un détour"),
        StageCopy(14, None, "", "l'ESSAI"),
    ]
    aligned = align_stages([first, second])
    assert [(a.title, a.stage_ids) for a in aligned] == [
        ("Le besoin", (1, 11)),
        ("Le poste", (2, 12)),
        ("Un détour", (None, 13)),
        ("L’essai", (3, 14)),
    ]


def test_align_never_gives_one_stage_two_partners() -> None:
    first = [StageCopy(1, None, "k", "Même titre"), StageCopy(2, None, "k2", "Même titre")]
    second = [StageCopy(3, None, "", "Même titre")]
    aligned = align_stages([first, second])
    assert [a.stage_ids for a in aligned] == [(1, 3), (2, None)]


def _second_workshop(db: Database, workshop_id: int) -> int:
    """A second session of the same template: its stages copied, one renamed, one note."""
    from workshop_studio.domain.vocabulary import AnnotationKind, Role
    from workshop_studio.domain.workshop import WorkshopDetails
    from workshop_studio.services.notes import Target, add_annotation
    from workshop_studio.services.workshop_setup import create_workshop

    with db.write() as session:
        first = session.get(Workshop, workshop_id)
        timeline = session.get(Timeline, first.timeline_id)
        other = create_workshop(
            session, WorkshopDetails(title="Deuxième session", date=dt.date(2026, 12, 8), timeline_id=timeline.id)
        )
        other.stages[0].title = "Le besoin se fait sentir"  # renamed: still matched by its template stage
        trial = next(s for s in other.stages if s.key == "essai")
        for kind in (AnnotationKind.IRRITANT, AnnotationKind.IRRITANT, AnnotationKind.IDEA):
            add_annotation(
                session, workshop_id=other.id, target=Target.stage(trial.id), kind=kind, text="x", role=Role.NEW_HIRE
            )
        return other.id


def test_two_sessions_side_by_side_and_merged(rdb: Database, workshop_id: int) -> None:
    other = _second_workshop(rdb, workshop_id)
    with rdb.read() as session:
        sharing = workshops_sharing_timeline(session, workshop_id)
        comparison = compare_workshops(session, [workshop_id, other], "kind")
    assert [w.id for w in sharing] == [workshop_id, other]
    assert len(comparison.stages) == 10
    assert comparison.stages[0].title == "Le besoin apparaît"
    assert all(None not in s.stage_ids for s in comparison.stages)
    trial = next(s.key for s in comparison.stages if s.title == "La période d’essai")
    first, second = comparison.tables
    assert first.count(trial, "irritant") == 1 and second.count(trial, "irritant") == 2
    assert comparison.merged.count(trial, "irritant") == 3
    assert comparison.merged.total == first.total + second.total == 31
    assert comparison.scale_max == 2


def test_comparing_by_role(rdb: Database, workshop_id: int) -> None:
    other = _second_workshop(rdb, workshop_id)
    with rdb.read() as session:
        comparison = compare_workshops(session, [workshop_id, other], "role")
        stage_ids = session.scalars(select(WorkshopStage.id).where(WorkshopStage.workshop_id == other)).all()
    trial = next(s.key for s in comparison.stages if s.title == "La période d’essai")
    assert comparison.merged.count(trial, "new_hire") == 4
    assert set(stage_ids) == {s.stage_ids[1] for s in comparison.stages}
