"""The console's first screen, read with the standard library's sqlite3 alone.

Importing SQLAlchemy takes longer than starting Qt; the facilitator should see their
workshop before it is loaded. This reads the same :class:`WorkshopOverview` that
``services.workshops.workshop_overview`` builds (a test checks they agree), read-only,
and only when the file is already at the code's schema; otherwise it returns ``None`` and
the normal path (migrate, seed) runs.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

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
    if not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, workshop_id)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, workshop_id: int | None) -> WorkshopOverview | None:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != HEAD_REVISION:
        return None
    header = None
    if workshop_id is not None:
        header = connection.execute(
            "SELECT w.id, w.title, w.date, w.place, w.facilitator, t.name FROM workshop w "
            "LEFT JOIN timeline t ON t.id = w.timeline_id WHERE w.id = ?",
            (workshop_id,),
        ).fetchone()
    if header is None:
        header = connection.execute(
            "SELECT w.id, w.title, w.date, w.place, w.facilitator, t.name FROM workshop w "
            "LEFT JOIN timeline t ON t.id = w.timeline_id ORDER BY w.date DESC, w.id DESC LIMIT 1"
        ).fetchone()
    if header is None:
        return None
    wid = header[0]
    participants = tuple(
        ParticipantLine(*r)
        for r in connection.execute(
            "SELECT id, display_name, role FROM participant WHERE workshop_id = ? ORDER BY id", (wid,)
        )
    )
    agenda = tuple(
        AgendaLine(*r)
        for r in connection.execute(
            "SELECT a.id, a.kind, a.title, a.planned_minutes, COALESCE(c.title, s.title, ''), "
            "COALESCE(json_array_length(a.card_ids), 0) FROM agenda_step a "
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
    )
