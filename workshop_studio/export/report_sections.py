"""The report's text sections, flowed onto pages: the header, the heat maps, the most voted
notes, the syntheses, the groups, and each stage's notes as a table (with the full text the
poster may have cut).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workshop_studio.domain.dates import place_text, when_text
from workshop_studio.domain.vocabulary import TargetKind
from workshop_studio.export.fonts import BOLD, ITALIC, REGULAR
from workshop_studio.export.report_flow import Cell, Column, Flow, ascent_mm, lines_of
from workshop_studio.export.report_notes import kind_label, legend_ops
from workshop_studio.export.report_ops import Rect, Text
from workshop_studio.export.report_style import BODY_PT, RULE, SMALL_PT, SUBHEADING_PT, TITLE_PT, line_mm
from workshop_studio.export.text_fit import width_mm
from workshop_studio.i18n import translate
from workshop_studio.services.review import NoteRow
from workshop_studio.services.review_anonymise import role_label
from workshop_studio.services.review_counts import CountTable
from workshop_studio.services.review_heatmap import heat_fill, heat_map, intensity
from workshop_studio.services.review_report import WorkshopReport


def widths(total: float, parts: Sequence[float | None]) -> list[float]:
    """Column widths: fixed ones as given, the ``None`` ones sharing what is left equally."""
    fixed = sum(p for p in parts if p is not None)
    free = [p for p in parts if p is None]
    share = max(total - fixed, 10.0) / len(free) if free else 0.0
    return [p if p is not None else share for p in parts]


def date_text(report: WorkshopReport) -> str:
    return when_text(report.date, report.start_time, report.available_minutes)


def where_text(note: NoteRow) -> str:
    try:
        kind = TargetKind(note.target_kind).display()
    except ValueError:
        kind = note.target_kind
    if not note.target:
        return kind
    return translate("ReviewExport", "{kind}: {name}").format(kind=kind, name=note.target)


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(count=n)


def header_section(flow: Flow, report: WorkshopReport) -> None:
    flow.new_page(translate("ReviewExport", "Workshop report"))
    flow.paragraph(report.title, TITLE_PT, BOLD)
    flow.space(1.0)
    subtitle = translate("ReviewExport", "Workshop report")
    if report.anonymised:
        subtitle += " " + translate("ReviewExport", "(anonymised: authors are shown by role and number)")
    flow.paragraph(subtitle, SUBHEADING_PT, REGULAR, colour="#333333")
    flow.space(4.0)
    notes = report.notes
    on_stages = sum(len(s.notes) for s in report.stages)
    hidden = sum(1 for n in notes if n.hidden)
    facts = [
        (translate("ReviewExport", "Date"), date_text(report)),
        (translate("ReviewExport", "Place"), place_text(report.place, report.room)),
        (translate("ReviewExport", "Facilitation"), report.facilitator),
        (translate("ReviewExport", "Timeline"), report.timeline_name),
        (
            translate("ReviewExport", "Notes"),
            translate(
                "ReviewExport",
                "{total}: {stages} on the stages, {others} on cards, scenarios and the matrix; {hidden} hidden",
            ).format(total=len(notes), stages=on_stages, others=len(notes) - on_stages, hidden=hidden),
        ),
    ]
    _facts(flow, [(label, value) for label, value in facts if value])
    flow.heading(translate("ReviewExport", "Participants by role"), SUBHEADING_PT, keep=12.0)
    columns = [
        Column(translate("ReviewExport", "Role"), w) for w in widths(flow.frame.content_width, [40.0, None, 22.0])
    ]
    columns[1] = replace(columns[1], title=translate("ReviewExport", "Participants"))
    columns[2] = replace(columns[2], title=translate("ReviewExport", "Count"), align="right")
    if report.participants:
        flow.table(
            columns,
            [
                [Cell(line.label, bold=True), Cell(", ".join(line.names)), Cell(str(len(line.names)))]
                for line in report.participants
            ],
        )
    else:
        flow.paragraph(translate("ReviewExport", "No participants were listed."), BODY_PT, colour="#555555")
    flow.heading(translate("ReviewExport", "How to read the notes"), SUBHEADING_PT, keep=14.0)
    flow.paragraph(
        translate(
            "ReviewExport",
            "Each kind of note has its colour, its symbol and its name; the author's "
            "role is in the framed tag; a dashed border marks a note hidden from the "
            "shared screen during the session.",
        ),
        BODY_PT,
    )
    flow.space(2.0)
    ops, height = legend_ops(flow.frame.left, flow.y, flow.frame.content_width)
    flow.need(height)
    for op in ops:
        flow.add(op)
    flow.space(height + 2.0)


def _facts(flow: Flow, facts: list[tuple[str, str]]) -> None:
    label_w = max(width_mm(label, BOLD, BODY_PT) for label, _ in facts) + 4.0
    for label, value in facts:
        lines = lines_of(value, REGULAR, BODY_PT, flow.frame.content_width - label_w)
        flow.need(line_mm(BODY_PT))
        flow.add(Text(flow.frame.left, flow.y + ascent_mm(BOLD, BODY_PT), label, BOLD, BODY_PT))
        flow.text_lines(lines, flow.frame.left + label_w, BODY_PT)
        flow.space(0.8)


def heat_section(flow: Flow, report: WorkshopReport) -> None:
    flow.new_page(translate("ReviewExport", "Where the notes gather"))
    for table, title in (
        (report.by_kind, translate("ReviewExport", "Notes per stage and kind")),
        (report.by_role, translate("ReviewExport", "Notes per stage and role")),
    ):
        flow.heading(title, keep=60.0)
        heat_table(flow, table)
        flow.space(4.0)


def heat_table(flow: Flow, table: CountTable) -> None:
    """The counts, each cell's number printed on its heat colour; totals in bold."""
    heat = heat_map(table)
    stage_w = min(70.0, flow.frame.content_width * 0.3)
    parts: list[float | None] = [stage_w] + [None] * len(table.columns) + [18.0]
    ws = widths(flow.frame.content_width, parts)
    columns = [Column(translate("ReviewExport", "Stage"), ws[0])]
    columns += [Column(axis.label, w, "center") for axis, w in zip(table.columns, ws[1:-1], strict=False)]
    columns.append(Column(translate("ReviewExport", "Total"), ws[-1], "center"))
    rows = []
    for r, axis in enumerate(table.rows):
        cells = [Cell(f"{r + 1}. {axis.label}")]
        cells += [
            Cell(str(c.count), fill=c.fill, bold=c.count == heat.scale_max and c.count > 0) for c in heat.cells[r]
        ]
        cells.append(Cell(str(table.row_totals[r]), bold=True))
        rows.append(cells)
    rows.append(
        [Cell(translate("ReviewExport", "Total"), bold=True)]
        + [Cell(str(t), bold=True) for t in table.column_totals]
        + [Cell(str(table.total), bold=True)]
    )
    flow.table(columns, rows, zebra=False)
    _scale(flow, heat.scale_max)


def _scale(flow: Flow, top: int) -> None:
    """A key: five cells from 0 to the largest count, each with its number."""
    flow.space(2.0)
    flow.need(7.0)
    words = translate("ReviewExport", "Colour scale (the number in each cell is the count):")
    x = flow.frame.left
    flow.add(Text(x, flow.y + 4.0, words, REGULAR, SMALL_PT))
    x += width_mm(words, REGULAR, SMALL_PT) + 3.0
    steps = sorted({0, *(round(top * k / 4) for k in range(1, 5))}) if top > 0 else [0]
    for value in steps:
        flow.add(Rect(x, flow.y, 10.0, 5.5, fill=heat_fill(intensity(value, top)), stroke=RULE, line_pt=0.4))
        flow.add(Text(x + 5.0, flow.y + 4.0, str(value), BOLD, SMALL_PT, align="center"))
        x += 11.0
    flow.space(7.0)


def _note_columns(flow: Flow, *, where: bool, rank: bool = False) -> list[Column]:
    titles = (
        ([translate("ReviewExport", "#")] if rank else [])
        + ([translate("ReviewExport", "Pinned to")] if where else [])
        + [
            translate("ReviewExport", "Kind"),
            translate("ReviewExport", "Author"),
            translate("ReviewExport", "Note"),
            translate("ReviewExport", "Votes"),
        ]
    )
    parts: list[float | None] = [*([8.0] if rank else []), *([55.0] if where else []), 34.0, 38.0, None, 14.0]
    aligns = (["right"] if rank else []) + (["left"] if where else []) + ["left", "left", "left", "right"]
    return [Column(t, w, a) for t, w, a in zip(titles, widths(flow.frame.content_width, parts), aligns, strict=False)]


def _author(note: NoteRow, anonymised: bool) -> str:
    """Anonymised: the pseudonym ("CDE 1"), else the role; otherwise the role over the name."""
    if anonymised:
        return note.author or (role_label(note.role) if note.role else "")
    role = role_label(note.role) if note.role else ""
    return f"{role}\n{note.author}" if note.author and role else (note.author or role)


def _note_cells(note: NoteRow, anonymised: bool, *, where: bool, rank: int | None = None) -> list[Cell]:
    kind = kind_label(note.kind)
    if note.hidden:
        kind += "\n" + translate("ReviewExport", "(hidden)")
    cells = ([Cell(str(rank))] if rank is not None else []) + ([Cell(where_text(note))] if where else [])
    return [
        *cells,
        Cell(kind, symbol=note.kind),
        Cell(_author(note, anonymised)),
        Cell(note.text),
        Cell(str(note.votes), bold=note.votes > 0),
    ]


def top_section(flow: Flow, report: WorkshopReport) -> None:
    flow.new_page(translate("ReviewExport", "Most voted notes"))
    flow.heading(translate("ReviewExport", "Most voted notes"))
    if not report.top_notes:
        flow.paragraph(translate("ReviewExport", "No note received a vote."))
        return
    flow.table(
        _note_columns(flow, where=True, rank=True),
        [_note_cells(n, report.anonymised, where=True, rank=i) for i, n in enumerate(report.top_notes, 1)],
    )


def synthesis_section(flow: Flow, report: WorkshopReport) -> None:
    flow.heading(translate("ReviewExport", "Syntheses"), keep=20.0)
    written = [s for s in report.stages if s.synthesis.strip()]
    if not written:
        flow.paragraph(translate("ReviewExport", "No synthesis has been written yet."))
    for stage in written:
        flow.heading(f"{stage.position + 1}. {stage.title}", SUBHEADING_PT, keep=10.0)
        flow.paragraph(stage.synthesis)


def groups_section(flow: Flow, report: WorkshopReport) -> None:
    flow.heading(translate("ReviewExport", "Groups of notes"), keep=20.0)
    if not report.groups:
        flow.paragraph(translate("ReviewExport", "No notes have been grouped."))
    for group in report.groups:
        title = group.title.strip() or translate("ReviewExport", "Untitled group")
        count = _count(
            len(group.notes), translate("ReviewExport", "1 note"), translate("ReviewExport", "{count} notes")
        )
        flow.heading(f"{title} ({count})", SUBHEADING_PT, keep=16.0)
        if group.notes:
            flow.table(
                _note_columns(flow, where=True), [_note_cells(n, report.anonymised, where=True) for n in group.notes]
            )


def stage_sections(flow: Flow, report: WorkshopReport) -> None:
    flow.new_page(translate("ReviewExport", "Notes by stage"))
    flow.heading(translate("ReviewExport", "Notes by stage"))
    if not report.stages:
        flow.paragraph(translate("ReviewExport", "This workshop has no timeline."), BODY_PT, colour="#555555")
    for stage in report.stages:
        count = _count(
            len(stage.notes), translate("ReviewExport", "1 note"), translate("ReviewExport", "{count} notes")
        )
        flow.heading(f"{stage.position + 1}. {stage.title} ({count})", SUBHEADING_PT, keep=18.0)
        if stage.synthesis.strip():
            flow.paragraph(translate("ReviewExport", "Synthesis: {text}").format(text=stage.synthesis), BODY_PT, ITALIC)
            flow.space(1.5)
        if stage.notes:
            flow.table(
                _note_columns(flow, where=False), [_note_cells(n, report.anonymised, where=False) for n in stage.notes]
            )
        else:
            flow.paragraph(translate("ReviewExport", "No notes at this stage."), SMALL_PT, colour="#555555")
    if report.other_notes:
        flow.heading(translate("ReviewExport", "Notes on cards, scenarios and the matrix"))
        flow.table(
            _note_columns(flow, where=True), [_note_cells(n, report.anonymised, where=True) for n in report.other_notes]
        )
