"""Typed, bounded access to ``workshop.json``'s objects: each accessor checks the type, the
length, the vocabulary or the reference, and refuses naming the member and the field's path
(``notes[4].kind``)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

from workshop_studio.domain.colours import is_card_colour
from workshop_studio.domain.text_rules import is_blank, text_problem
from workshop_studio.domain.vocabulary import AnnotationKind, CardKind, Role, StepKind, TargetKind
from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.workshop_archive_format import JSON_MEMBER, MAX_ROWS, MAX_SHORT_CHARS
from workshop_studio.interchange.workshop_archive_zip import refuse

T = TypeVar("T")
MAX_NUMBER = 1e15  # a note's position on its stage, and the like: beyond this it is not one
# Each vocabulary, by its name in messages (translated when shown).
_VALUES = {
    QT_TRANSLATE_NOOP("WorkshopArchive", "card kind"): {str(k) for k in CardKind},
    QT_TRANSLATE_NOOP("WorkshopArchive", "role"): {str(r) for r in Role},
    QT_TRANSLATE_NOOP("WorkshopArchive", "note kind"): {str(k) for k in AnnotationKind},
    QT_TRANSLATE_NOOP("WorkshopArchive", "target"): {str(t) for t in TargetKind},
    QT_TRANSLATE_NOOP("WorkshopArchive", "step kind"): {str(s) for s in StepKind},
}


class JsonObject:
    """Typed access to one JSON object, refusing with the member and the field's path."""

    def __init__(self, source: Path, path: str, value: Any) -> None:
        self.source = source
        self.path = path
        if not isinstance(value, dict):
            raise self.fail(path, translate("WorkshopArchive", "an object is expected."))
        self.value = value

    def fail(self, path: str, problem: str) -> ImportRefused:
        return refuse(self.source, JSON_MEMBER, f"{path}: {problem}" if path else problem)

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def text(self, key: str, *, limit: int = MAX_SHORT_CHARS, required: bool = False) -> str:
        value = self.value.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise self.fail(self.at(key), translate("WorkshopArchive", "text is expected."))
        problem = text_problem(value)
        if problem is not None:
            raise self.fail(self.at(key), problem)
        if required and is_blank(value):
            raise self.fail(self.at(key), translate("WorkshopArchive", "this field may not be empty."))
        if len(value) > limit:
            raise self.fail(
                self.at(key),
                translate("WorkshopArchive", "{count} characters; at most {max}.").format(count=len(value), max=limit),
            )
        return value

    def optional(self, key: str, known: Collection[str] | None = None) -> str | None:
        """A text or null; with ``known``, a reference that must be one of them."""
        if self.value.get(key) is None:
            return None
        value = self.text(key)
        if known is not None and value not in known:
            raise self.fail(
                self.at(key),
                translate("WorkshopArchive", "“{ref}” refers to nothing in the archive.").format(ref=value[:40]),
            )
        return value

    def colour(self, key: str) -> str | None:
        """A card's own colour or null: a palette name or ``#RRGGBB``."""
        value = self.optional(key)
        if value is not None and not is_card_colour(value):
            raise self.fail(
                self.at(key),
                translate("WorkshopArchive", "“{value}” is not a colour (a palette name or #RRGGBB).").format(
                    value=value[:40]
                ),
            )
        return value

    def ref(self, key: str, known: Collection[str]) -> str:
        value = self.optional(key, known)
        if value is None:
            raise self.fail(self.at(key), translate("WorkshopArchive", "this field may not be empty."))
        return value

    def choice(self, key: str, vocabulary: str, *, nullable: bool = False) -> str | None:
        value = self.optional(key)
        if value is None and nullable:
            return None
        if value not in _VALUES[vocabulary]:
            raise self.fail(
                self.at(key),
                translate("WorkshopArchive", "unknown {what} “{value}”.").format(
                    what=translate("WorkshopArchive", vocabulary), value=(value or "")[:40]
                ),
            )
        return value

    def integer(self, key: str, low: int, high: int, default: int = 0) -> int:
        value = self.value.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(
                self.at(key),
                translate("WorkshopArchive", "a whole number from {low} to {high} is expected.").format(
                    low=low, high=high
                ),
            )
        return value

    def optional_integer(self, key: str, low: int, high: int) -> int | None:
        return None if self.value.get(key) is None else self.integer(key, low, high)

    def number(self, key: str) -> float:
        value = self.value.get(key, 0)
        try:
            number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
        except OverflowError:  # an integer of hundreds of digits
            number = math.nan
        if not math.isfinite(number) or abs(number) > MAX_NUMBER:
            raise self.fail(self.at(key), translate("WorkshopArchive", "a number is expected."))
        return number

    def flag(self, key: str) -> bool:
        value = self.value.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(self.at(key), translate("WorkshopArchive", "true or false is expected."))
        return value

    @overload
    def moment(self, key: str, *, required: Literal[True] = ...) -> dt.datetime: ...

    @overload
    def moment(self, key: str, *, required: bool) -> dt.datetime | None: ...

    def moment(self, key: str, *, required: bool = True) -> dt.datetime | None:
        text = self.optional(key)
        if text is None:
            if required:
                raise self.fail(self.at(key), translate("WorkshopArchive", "a date and time is expected."))
            return None
        try:
            value = dt.datetime.fromisoformat(text)
            if value.tzinfo is not None:
                value = value.astimezone(dt.UTC).replace(tzinfo=None)
        except (ValueError, OverflowError):  # OverflowError: 9999-12-31 in a zone west of UTC
            raise self.fail(
                self.at(key), translate("WorkshopArchive", "“{value}” is not a date and time.").format(value=text[:40])
            ) from None
        return value

    def day(self, key: str) -> dt.date | None:
        text = self.optional(key)
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(
                self.at(key), translate("WorkshopArchive", "“{value}” is not a date.").format(value=text[:40])
            ) from None

    def clock(self, key: str) -> dt.time | None:
        """A time of day, ``HH:MM``, or null."""
        text = self.optional(key)
        if text is None:
            return None
        try:
            value = dt.time.fromisoformat(text)
        except ValueError:
            raise self.fail(
                self.at(key), translate("WorkshopArchive", "“{value}” is not a time of day.").format(value=text[:40])
            ) from None
        return value.replace(tzinfo=None, second=0, microsecond=0)

    def items(self, key: str, limit: int, read: Callable[[JsonObject], T]) -> tuple[T, ...]:
        value = self.value.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(self.at(key), translate("WorkshopArchive", "a list is expected."))
        if len(value) > limit:
            raise self.fail(
                self.at(key),
                translate("WorkshopArchive", "{count} items; at most {max}.").format(count=len(value), max=limit),
            )
        return tuple(read(JsonObject(self.source, f"{self.at(key)}[{i}]", item)) for i, item in enumerate(value))

    def refs(self, key: str, known: Collection[str], limit: int = MAX_ROWS) -> tuple[str, ...]:
        value = self.value.get(key) or []
        if not isinstance(value, list) or len(value) > limit:
            raise self.fail(self.at(key), translate("WorkshopArchive", "a list of references is expected."))
        for item in value:
            if not isinstance(item, str) or item not in known:
                raise self.fail(
                    self.at(key),
                    translate("WorkshopArchive", "“{ref}” refers to nothing in the archive.").format(
                        ref=str(item)[:40]
                    ),
                )
        return tuple(value)

    def child(self, key: str) -> JsonObject | None:
        value = self.value.get(key)
        return None if value is None else JsonObject(self.source, self.at(key), value)
