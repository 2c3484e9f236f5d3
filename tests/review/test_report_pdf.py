"""The PDF report read back: text with accents, fonts embedded, landscape pages, literal user
text, byte-identical repeats, atomic writes; and its layout as numbers."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from review_probe import PARTICIPANT_NAMES, pdf_fonts, pdf_pages_text
from sqlalchemy import select

from workshop_studio.domain.vocabulary import AnnotationKind
from workshop_studio.export.report_ops import Picture, Rect, Symbol, Text
from workshop_studio.export.report_pdf import ReportError, export_report_pdf, layout_report, render_report_pdf
from workshop_studio.export.report_poster import column_width, columns_per_page, plan_poster, share_columns
from workshop_studio.export.report_style import Frame
from workshop_studio.services.notes import Target, add_annotation
from workshop_studio.services.review_groups import create_group
from workshop_studio.services.review_report import WorkshopReport, workshop_report
from workshop_studio.services.review_synthesis import set_synthesis
from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Annotation, WorkshopStage

PT_PER_MM = 72 / 25.4
HOSTILE = (
    "<img src='/etc/passwd'> & <b>gras</b>",
    "=SOMME(A1:A9)",
    "مرحبا — de droite à gauche",
    "émoji 😀 et zéro\u200blargeur",
    "Œuvre" + "é" * 10_000,
)


def _report(db: Database, workshop_id: int, **options) -> WorkshopReport:
    with db.read() as session:
        return workshop_report(session, workshop_id, **options)


def _with_review_work(db: Database, workshop_id: int) -> None:
    """A synthesis, a group, and hostile notes on the first days' stage."""
    with db.write() as session:
        stage = session.scalars(select(WorkshopStage).where(WorkshopStage.key == "premiers-jours")).one()
        set_synthesis(session, stage.id, "Les premiers jours décident de la suite : « accueil » préparé & écrit.")
        for n, text in enumerate(HOSTILE):
            add_annotation(
                session,
                workshop_id=workshop_id,
                target=Target.stage(stage.id),
                kind=list(AnnotationKind)[n],
                text=text,
                participant_id=1 + n,
                votes=n,
            )
        notes = session.scalars(
            select(Annotation.id).where(Annotation.workshop_id == workshop_id).order_by(Annotation.id).limit(3)
        ).all()
        create_group(session, workshop_id=workshop_id, title="Ce qui manque après l’embauche", note_ids=notes)


def test_report_text_has_the_header_notes_and_accents(db: Database, workshop_id: int) -> None:
    data, result = render_report_pdf(_report(db, workshop_id))
    pages = pdf_pages_text(data)
    everything = "\n".join(pages)
    assert result.pages == len(pages) and result.poster_pages == 3
    assert "Atelier frise – recruter dans une TPE" in pages[0]
    assert (
        "Agence d’Avignon, Salle 2" in pages[0]
        and "Béatrice L." in pages[0]
        and "Tuesday, November 24, 2026, 14:00–17:00" in pages[0]
    )
    assert "Karima B. (agence d’Avignon), Stéphane D. (agence d’Avignon)" in pages[0]  # participants by role
    assert "1. Le besoin apparaît" in pages[1] and "Annotated timeline, stages 1 to 5" in pages[1]
    for words in (
        "Notes per stage and kind",
        "Notes per stage and role",
        "Most voted notes",
        "Notes by stage",
        "Je demande toujours qui occupait le poste avant",
        "présélection",
    ):
        assert words in everything.replace("\n", " "), words


def test_fonts_embedded_and_nothing_else(db: Database, workshop_id: int) -> None:
    _with_review_work(db, workshop_id)
    data, _ = render_report_pdf(_report(db, workshop_id))
    fonts = pdf_fonts(data)
    assert fonts and all(fonts.values()), fonts
    # Atkinson Hyperlegible, and Noto for the Arabic and emoji of the notes (every glyph prints)
    assert all("AtkinsonHyperlegible" in name or "+Noto" in name for name in fonts), fonts


@pytest.mark.parametrize(("paper", "size_mm"), [("a4", (297, 210)), ("a3", (420, 297))])
def test_pages_are_landscape_on_the_chosen_paper(
    db: Database, workshop_id: int, paper: str, size_mm: tuple[int, int]
) -> None:
    data, result = render_report_pdf(_report(db, workshop_id), paper=paper)
    for page in PdfReader(io.BytesIO(data)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width / PT_PER_MM), round(height / PT_PER_MM)) == size_mm
    assert result.paper == paper


def test_a3_holds_the_whole_timeline_on_one_page_width(db: Database, workshop_id: int) -> None:
    a3 = plan_poster(_report(db, workshop_id), Frame.for_paper("a3"))
    a4 = plan_poster(_report(db, workshop_id), Frame.for_paper("a4"))
    assert (len(a3.groups), a3.per_page) == (1, 10)
    assert (len(a4.groups), a4.per_page) == (2, 5)


def test_user_text_is_drawn_literally_and_long_text_is_never_lost(db: Database, workshop_id: int) -> None:
    _with_review_work(db, workshop_id)
    data, result = render_report_pdf(_report(db, workshop_id))
    text = "\n".join(pdf_pages_text(data))
    flat = text.replace("\n", "")
    assert "<img src='/etc/passwd'> & <b>gras</b>" in text
    assert "=SOMME(A1:A9)" in text
    assert "zérolargeur" in text  # the zero-width space is dropped, not drawn as a box
    runs = re.findall("é{50,}", flat)
    assert "Œuvre" + "é" * 50 in flat and sum(len(run) for run in runs) >= 10_000  # the table holds it whole
    assert result.cut_notes >= 1  # the poster's sticky note had to cut it
    assert "Les premiers jours décident de la suite : « accueil » préparé & écrit." in text.replace("\n", " ")
    assert "Ce qui manque après l’embauche (3 notes)" in text


def test_the_same_report_gives_the_same_bytes(db: Database, workshop_id: int) -> None:
    _with_review_work(db, workshop_id)
    report = _report(db, workshop_id)
    assert render_report_pdf(report)[0] == render_report_pdf(report)[0]


def test_anonymised_report_holds_no_participant_name(db: Database, workshop_id: int) -> None:
    data, _ = render_report_pdf(_report(db, workshop_id, anonymise=True))
    text = "\n".join(pdf_pages_text(data))
    assert not [name for name in PARTICIPANT_NAMES if name in text]
    assert "CDE 1" in text and "anonymised" in text
    plain = "\n".join(pdf_pages_text(render_report_pdf(_report(db, workshop_id))[0]))
    assert all(name in plain for name in ("Karima", "Béatrice"))


def test_export_writes_atomically_and_a_failure_leaves_the_old_file(
    db: Database, workshop_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "rapport.pdf"
    out.write_bytes(b"old")
    result = export_report_pdf(_report(db, workshop_id), out)
    assert out.read_bytes().startswith(b"%PDF") and result.path == out
    assert [p.name for p in folder.iterdir()] == ["rapport.pdf"]
    with pytest.raises(ReportError):
        export_report_pdf(_report(db, workshop_id), tmp_path / "missing-folder" / "r.pdf")
    with pytest.raises(ReportError):
        layout_report(_report(db, workshop_id), "letter")


def test_poster_arithmetic() -> None:
    assert columns_per_page(273.0, 10) == 5  # A4: six would fit, shared evenly over two pages
    assert columns_per_page(396.0, 10) == 10
    assert columns_per_page(273.0, 3) == 3 and columns_per_page(273.0, 0) == 6
    assert column_width(273.0, 5) == pytest.approx((273.0 - 4 * 4.0) / 5)
    assert column_width(396.0, 1) == 80.0  # one stage does not make a 40 cm sticky note
    assert share_columns([100.0, 10.0], 5) == [4, 1]
    assert share_columns([30.0, 30.0, 30.0], 3) == [1, 1, 1]


def test_poster_notes_stay_inside_their_page_and_show_kind_three_ways(db: Database, workshop_id: int) -> None:
    _with_review_work(db, workshop_id)
    report = _report(db, workshop_id)
    frame = Frame.for_paper("a4")
    plan = plan_poster(report, frame)
    placed = [n for tiles in plan.tiles for tile in tiles for n in tile.notes]
    assert len(placed) == sum(len(s.notes) for s in report.stages)
    for note in placed:
        assert plan.notes_top <= note.y and note.y + note.layout.height <= plan.notes_bottom + 1e-6
        assert note.layout.width == plan.column_width
    pages, _, _poster, _ = layout_report(report)
    first_poster = pages[1]
    symbols = [op for op in first_poster.ops if isinstance(op, Symbol)]
    words = set(first_poster.texts())
    assert {"Irritant", "Idea"} <= words and {s.kind for s in symbols} >= {"irritant", "idea"}
    assert any(isinstance(op, Picture) for op in first_poster.ops)
    assert all(
        op.x >= 0 and op.x + op.w <= frame.width and op.y + op.h <= frame.height
        for page in pages
        for op in page.ops
        if isinstance(op, Rect)
    )
    assert all(
        frame.left - 1e-6 <= op.x <= frame.right + 1e-6 for page in pages for op in page.ops if isinstance(op, Text)
    )


def test_heat_map_cells_print_their_numbers(db: Database, workshop_id: int) -> None:
    pages, _, _, _ = layout_report(_report(db, workshop_id))
    heat = next(p for p in pages if "Notes per stage and kind" in p.texts())
    filled = [op for op in heat.ops if isinstance(op, Rect) and op.fill not in (None, "#FFFFFF", "#E6E6E6", "#F5F5F5")]
    assert filled  # tinted cells
    numbers = [op for op in heat.ops if isinstance(op, Text) and op.text.isdigit()]
    for cell in filled:
        assert any(cell.x <= t.x <= cell.x + cell.w and cell.y <= t.baseline <= cell.y + cell.h for t in numbers)


def test_a_continuation_page_names_and_heads_only_the_stages_on_it(db: Database, workshop_id: int) -> None:
    plan = plan_poster(_report(db, workshop_id), Frame.for_paper("a4"))
    for tiles in plan.tiles:
        for tile in tiles[1:]:
            per_stage = Counter(stage.position for stage in tile.columns)
            used = Counter(tile.columns[note.column].position for note in tile.notes)
            assert per_stage == used  # every repeated header stands over notes, none over an empty column
    pages, _, _, _ = layout_report(_report(db, workshop_id))
    heads = [page.head for page in pages if page.head.startswith("Annotated timeline")]
    assert heads == [
        "Annotated timeline, stages 1 to 5",
        "Annotated timeline, stages 6 to 10 (1 of 2)",
        "Annotated timeline, stages 8 to 9 (2 of 2)",
    ]
    assert share_columns([100.0, 10.0], 5, needed=[2, 1]) == [2, 1]
