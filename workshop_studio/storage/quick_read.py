"""Two hot reads with the standard library's sqlite3 alone: the console's first screen and
the cards of a deck for a command-line PDF export.

Importing SQLAlchemy takes longer than starting Qt, and twice as long as reportlab needs to
print a deck; the facilitator should see their workshop, or get their PDF, without waiting
for it. Each function returns exactly what its service twin builds
(``services.workshops.workshop_overview``; ``services.library.deck_cards`` + ``card_view``;
tests check they agree), reads only, and only from a file already at the code's schema and
seeded; otherwise it returns ``None`` and the normal path (migrate, seed, ORM) runs.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from workshop_studio.domain.materials import CardView
from workshop_studio.domain.overview import AgendaLine, ParticipantLine, StageLine, WorkshopOverview
from workshop_studio.storage.schema_version import HEAD_REVISION


def sqlite_file(db_target: str) -> Path | None:
    """The file behind ``db_target`` when it is a plain path or a ``sqlite:///`` URL."""
    if "://" not in db_target:
        return Path(db_target).expanduser()
    if db_target.startswith("sqlite:///"):
        return Path(db_target[len("sqlite:///") :])
    return None


def quick_overview(db_path: Path, workshop_id: int | None) -> WorkshopOverview | None:
    """The overview of ``workshop_id`` (or of the latest workshop), or ``None`` if not at hand."""
    connection = _connect(db_path)
    if connection is None:
        return None
    try:
        return _read(connection, workshop_id)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _ready(connection: sqlite3.Connection) -> bool:
    """At the code's schema, and the sample has been considered (so nothing needs writing)."""
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != HEAD_REVISION:
        return False
    return connection.execute("SELECT 1 FROM setting WHERE key = 'sample_seeded'").fetchone() is not None


def _connect(db_path: Path) -> sqlite3.Connection | None:
    if not db_path.is_file():
        return None
    from workshop_studio.storage.integrity import open_for_reading

    try:  # read-write where it may: a read-only reader leaves -wal and -shm files behind
        return open_for_reading(db_path)
    except sqlite3.Error:
        return None


def quick_deck(db_path: Path, id_or_name: str) -> tuple[str, str, list[CardView]] | None:
    """(name, card size, cards) of the deck with this id, or else exactly this name."""
    connection = _connect(db_path)
    if connection is None:
        return None
    try:
        if not _ready(connection):
            return None
        text = id_or_name.strip()
        deck = None
        if text.isdigit():
            deck = connection.execute(
                "SELECT id, name, card_size, show_kind_label FROM deck WHERE id = ?", (int(text),)
            ).fetchone()
        if deck is None:
            deck = connection.execute(
                "SELECT id, name, card_size, show_kind_label FROM deck WHERE name = ? ORDER BY id LIMIT 1", (text,)
            ).fetchone()
        if deck is None:
            return None
        cards = [
            CardView(
                kind=kind,
                title=title,
                body=body,
                back=back,
                colour=colour,
                pictogram_key=key,
                pictogram_data=data,
                pictogram_media_type=media_type,
                card_id=card_id,
                copies=copies,
                kind_label=kind_label,
                kind_colour=kind_colour,
                show_kind=bool(deck[3]),
            )
            for (
                card_id,
                kind,
                title,
                body,
                back,
                colour,
                copies,
                key,
                data,
                media_type,
                kind_label,
                kind_colour,
            ) in connection.execute(
                "SELECT c.id, c.kind, c.title, c.body, c.back, c.colour, c.copies, p.key, p.data, p.media_type, "
                "k.label, k.colour "
                "FROM card c LEFT JOIN pictogram p ON p.id = c.pictogram_id "
                "LEFT JOIN deck_kind k ON k.deck_id = c.deck_id AND k.key = c.kind "
                "WHERE c.deck_id = ? ORDER BY c.position, c.id",
                (deck[0],),
            )
        ]
        return deck[1], deck[2], cards
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, workshop_id: int | None) -> WorkshopOverview | None:
    if not _ready(connection):
        return None
    header = None
    columns = (
        "SELECT w.id, w.title, w.date, w.place, w.facilitator, t.name, w.start_time, w.available_minutes, "
        "w.room, m.name FROM workshop w LEFT JOIN timeline t ON t.id = w.timeline_id "
        "LEFT JOIN matrix m ON m.id = w.matrix_id "
    )
    if workshop_id is not None:
        header = connection.execute(columns + "WHERE w.id = ?", (workshop_id,)).fetchone()
    if header is None:
        header = connection.execute(columns + "ORDER BY w.date DESC, w.id DESC LIMIT 1").fetchone()
    if header is None:
        return None
    wid = header[0]
    participants = tuple(
        ParticipantLine(*r)
        for r in connection.execute(
            "SELECT id, display_name, role, organisation FROM participant WHERE workshop_id = ? ORDER BY position, id",
            (wid,),
        )
    )
    agenda = tuple(
        AgendaLine(*r)
        for r in connection.execute(
            "SELECT a.id, a.kind, a.title, a.planned_minutes, COALESCE(c.title, s.title, ''), "
            "COALESCE(json_array_length(a.card_ids), 0), a.hidden = 1 FROM agenda_step a "
            "LEFT JOIN card c ON c.id = a.card_id LEFT JOIN scenario s ON s.id = a.scenario_id "
            "WHERE a.workshop_id = ? ORDER BY a.position, a.id",
            (wid,),
        )
    )
    stages = tuple(
        StageLine(*r)
        for r in connection.execute(
            "SELECT s.id, s.title, s.description, s.pictogram_id, "
            "(SELECT COUNT(*) FROM annotation a WHERE a.workshop_stage_id = s.id AND a.target_kind = 'stage'), "
            "p.data, p.media_type "
            "FROM workshop_stage s LEFT JOIN pictogram p ON p.id = s.pictogram_id "
            "WHERE s.workshop_id = ? ORDER BY s.position, s.id",
            (wid,),
        )
    )
    total, tray = connection.execute(
        "SELECT COUNT(*), COALESCE(SUM(target_kind = 'tray'), 0) FROM annotation WHERE workshop_id = ?", (wid,)
    ).fetchone()
    return WorkshopOverview(
        id=wid,
        title=header[1],
        date=dt.date.fromisoformat(header[2]) if header[2] else None,
        place=header[3],
        facilitator=header[4],
        timeline_name=header[5] or "",
        participants=participants,
        agenda=agenda,
        stages=stages,
        annotation_total=total,
        tray_count=tray,
        start_time=dt.time.fromisoformat(header[6]) if header[6] else None,
        available_minutes=header[7],
        room=header[8] or "",
        deck_names=tuple(
            r[0]
            for r in connection.execute(
                "SELECT d.name FROM workshop_deck l JOIN deck d ON d.id = l.deck_id WHERE l.workshop_id = ? "
                "ORDER BY l.position",
                (wid,),
            )
        ),
        scenario_names=tuple(
            r[0]
            for r in connection.execute(
                "SELECT s.title FROM workshop_scenario l JOIN scenario s ON s.id = l.scenario_id "
                "WHERE l.workshop_id = ? "
                "ORDER BY l.position",
                (wid,),
            )
        ),
        matrix_name=header[9] or "",
    )
