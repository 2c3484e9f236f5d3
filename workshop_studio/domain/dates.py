"""Dates and times as people read them, in the interface's language, for the plain layers.

The console formats dates with Qt's locale; the PDF report and the command line's messages
cannot, so they use these, which say the same thing ("mardi 24 novembre 2026"). Files keep
ISO 8601 (``2026-11-24``, ``14:00``).
"""

from __future__ import annotations

import datetime as dt

from workshop_studio.domain.workshop import end_time
from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)


def long_date(day: dt.date) -> str:
    """ "Tuesday, November 24, 2026" / "mardi 24 novembre 2026"."""
    return translate("Dates", "{weekday}, {month} {day}, {year}").format(
        weekday=translate("Dates", _WEEKDAYS[day.weekday()]),
        month=translate("Dates", _MONTHS[day.month - 1]),
        day=day.day,
        year=day.year,
    )


def clock(moment: dt.time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def when_text(day: dt.date | None, start: dt.time | None, minutes: int | None) -> str:
    """The date, and the hours when known: "mardi 24 novembre 2026, 14:00–17:00"."""
    parts = [long_date(day)] if day is not None else []
    if start is not None:
        end = end_time(start, minutes)
        parts.append(f"{clock(start)}–{clock(end)}" if end is not None else clock(start))
    return ", ".join(parts)


def place_text(place: str, room: str) -> str:
    return ", ".join(part for part in (place.strip(), room.strip()) if part)
