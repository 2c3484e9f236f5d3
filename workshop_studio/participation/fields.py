"""Every field a phone sends, checked: a wrong one is a 400 with the reason, nothing stored.

JSON bodies must be objects with known keys only. Text is kept exactly as typed (it is shown
literally everywhere); only what cannot be text is refused (NUL and other C0 controls but
tab and newlines), and an empty or over-long note.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.participation.errors import ApiError, bad_request
from workshop_studio.services.notes import MAX_NOTE_CHARS

MAX_PSEUDONYM_CHARS = 40
CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")  # the annotation.uid column holds 64
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise bad_request("bad_json", "Le message n'est pas en UTF-8.") from None
    except json.JSONDecodeError as error:
        raise bad_request("bad_json", f"Le message n'est pas du JSON valide (caractère {error.pos}).") from None
    if not isinstance(data, dict):
        raise bad_request("bad_json", "Le message doit être un objet JSON.")
    return data


def _only(data: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise bad_request("unknown_field", f"Champ inconnu : « {unknown[0][:40]} ».")


def _text(value: Any, field: str, *, limit: int, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise bad_request(f"bad_{field}", f"Le champ « {field} » doit être du texte.")
    if _CONTROL.search(value):
        raise bad_request(f"bad_{field}", f"Le champ « {field} » contient un caractère de contrôle.")
    if required and not value.strip():
        raise bad_request(
            f"empty_{field}", "La note est vide." if field == "text" else f"Le champ « {field} » est vide."
        )
    if len(value) > limit:
        raise bad_request(f"long_{field}", f"Le champ « {field} » dépasse {limit} caractères.")
    return value


def _kind(value: Any) -> AnnotationKind:
    try:
        return AnnotationKind(value)
    except (ValueError, TypeError):
        raise bad_request("bad_kind", "Type de note inconnu.") from None


def _role(value: Any) -> Role:
    try:
        return Role(value)
    except (ValueError, TypeError):
        raise bad_request("bad_role", "Rôle inconnu.") from None


def _stage(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise bad_request("bad_stage", "L'étape doit être le numéro d'une étape de la frise.")
    return value


def client_id(value: Any) -> str:
    if not isinstance(value, str) or not CLIENT_ID.fullmatch(value):
        raise bad_request("bad_client_id", "Identifiant de note invalide (8 à 64 lettres, chiffres, - ou _).")
    return value


@dataclass(frozen=True)
class Joining:
    role: Role
    pseudonym: str


def joining(data: dict[str, Any]) -> Joining:
    _only(data, {"role", "pseudonym"})
    pseudonym = _text(data.get("pseudonym"), "pseudonym", limit=MAX_PSEUDONYM_CHARS, required=False)
    return Joining(_role(data.get("role")), pseudonym.strip())


@dataclass(frozen=True)
class NewNote:
    client_id: str
    text: str
    kind: AnnotationKind
    role: Role | None
    stage_id: int | None


def new_note(data: dict[str, Any]) -> NewNote:
    _only(data, {"client_id", "text", "kind", "role", "stage"})
    role = _role(data["role"]) if data.get("role") is not None else None
    return NewNote(
        client_id(data.get("client_id")),
        _text(data.get("text"), "text", limit=MAX_NOTE_CHARS),
        _kind(data.get("kind")),
        role,
        _stage(data.get("stage")),
    )


@dataclass(frozen=True)
class NoteEdit:
    text: str | None
    kind: AnnotationKind | None


def note_edit(data: dict[str, Any]) -> NoteEdit:
    _only(data, {"text", "kind"})
    if "text" not in data and "kind" not in data:
        raise bad_request("nothing_to_change", "Rien à modifier : envoyez « text » ou « kind ».")
    text = _text(data["text"], "text", limit=MAX_NOTE_CHARS) if "text" in data else None
    kind = _kind(data["kind"]) if "kind" in data else None
    return NoteEdit(text, kind)


@dataclass(frozen=True)
class Ballot:
    note_id: int
    delta: int


def ballot(data: dict[str, Any]) -> Ballot:
    _only(data, {"note_id", "delta"})
    note_id, delta = data.get("note_id"), data.get("delta", 1)
    if isinstance(note_id, bool) or not isinstance(note_id, int) or note_id <= 0:
        raise bad_request("bad_note_id", "« note_id » doit être le numéro d'une note.")
    if delta not in (1, -1) or isinstance(delta, bool):
        raise bad_request("bad_delta", "« delta » vaut 1 (ajouter un point) ou -1 (le reprendre).")
    return Ballot(note_id, delta)


def room_code(data: dict[str, Any]) -> str:
    _only(data, {"code"})
    code = data.get("code")
    if not isinstance(code, str) or len(code) > 20:
        raise bad_request("bad_code", "Le code de la salle a six caractères.")
    return code.strip().upper().replace(" ", "")


__all__ = [
    "ApiError",
    "Ballot",
    "Joining",
    "NewNote",
    "NoteEdit",
    "ballot",
    "client_id",
    "joining",
    "new_note",
    "note_edit",
    "parse_json",
    "room_code",
]
