"""The routes of the phone page's JSON API (see README, "Participation: the HTTP API").

Under ``/<token>/api/``: ``GET room``, ``POST join``, ``GET state``, ``POST notes``,
``PUT notes/<client_id>``, ``DELETE notes/<client_id>``, ``POST votes``. Outside the token,
only ``POST /code`` (the room code traded for the join address). A phone names its session
in the ``X-Session`` header, which a page elsewhere cannot set without our say-so (CORS).
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any

from workshop_studio.domain.notes import NoteRecord
from workshop_studio.domain.vocabulary import AnnotationKind, Role, TargetKind
from workshop_studio.i18n import ts_translator
from workshop_studio.participation import fields
from workshop_studio.participation.errors import NO_SESSION, NOT_FOUND, ApiError
from workshop_studio.participation.events import NoteArrived, NoteEdited, NoteWithdrawn, PhoneJoined, VoteCast
from workshop_studio.participation.room import Moderation, Phone, Room
from workshop_studio.participation.security import RateLimits, same_secret
from workshop_studio.participation.store import Store, WorkshopFacts
from workshop_studio.services.errors import NotFound

if TYPE_CHECKING:
    from workshop_studio.participation.app import ParticipationApp, Request, Response

MAX_WRONG_CODES = 200  # then the code stops working: someone is guessing, the QR code still works
_french = ts_translator("fr")


def french(member: Role | AnnotationKind) -> str:
    return _french(type(member).__name__, member.label)


def _too_fast(wait: float) -> ApiError:
    return ApiError(429, "too_many_requests", "Trop de messages d'un coup : patientez un instant.", retry_after=wait)


class Api:
    def __init__(self, room: Room, store: Store, app: ParticipationApp) -> None:
        self.room = room
        self.store = store
        self.app = app
        self.code_limits = RateLimits(capacity=5, rate=1 / 12)  # five tries, then one every 12 s
        self._wrong_codes = 0
        self._codes_lock = threading.Lock()

    # -- dispatch ------------------------------------------------------------------------------
    def handle(self, request: Request, route: str) -> Response:
        method = request.method
        if route in ("room", "join"):
            self._limit(self.app.address_limits, request.client)
            if (method, route) == ("GET", "room"):
                return self._ok(self._room_facts())
            if (method, route) == ("POST", "join"):
                return self._join(fields.joining(fields.parse_json(request.body)))
            raise NOT_FOUND
        phone = self.room.phone(request.header("x-session"))
        if phone is None:
            self._limit(self.app.address_limits, request.client)
            raise NO_SESSION
        self._limit(self.app.phone_limits, phone.session)
        if (method, route) == ("GET", "state"):
            return self._ok(self._state(phone))
        if (method, route) == ("POST", "notes"):
            return self._add_note(phone, fields.new_note(fields.parse_json(request.body)))
        if route.startswith("notes/") and method in ("PUT", "DELETE"):
            client_id = fields.client_id(route.removeprefix("notes/"))
            if method == "DELETE":
                return self._withdraw(phone, client_id)
            return self._edit(phone, client_id, fields.note_edit(fields.parse_json(request.body)))
        if (method, route) == ("POST", "votes"):
            return self._vote(phone, fields.ballot(fields.parse_json(request.body)))
        raise NOT_FOUND

    @staticmethod
    def _limit(limits: RateLimits, key: str) -> None:
        wait = limits.wait_for(key)
        if wait > 0:
            raise _too_fast(wait)

    @staticmethod
    def _ok(payload: Any, status: int = 200) -> Response:
        from workshop_studio.participation.app import Response

        return Response.json(status, payload)

    # -- the room ------------------------------------------------------------------------------
    def _room_facts(self, facts: WorkshopFacts | None = None) -> dict[str, Any]:
        facts = facts or self.store.facts()
        step = self.room.step
        return {
            "workshop": facts.title,
            "code": self.room.code,
            "roles": [{"key": str(r), "label": french(r)} for r in Role if r != Role.FACILITATOR],
            "kinds": [{"key": str(k), "label": french(k)} for k in AnnotationKind],
            "stages": [{"id": i, "title": title} for i, title in facts.stages],
            "step": {"kind": str(step.target.kind), "title": step.title, "stage": step.target.stage_id},
            "moderation": str(self.room.moderation),
        }

    def _join(self, joining: fields.Joining) -> Response:
        participant_id = self.store.participant(joining.role, joining.pseudonym)
        phone = self.room.join(joining.role, joining.pseudonym, participant_id)
        if phone is None:
            raise ApiError(503, "room_full", "La salle est pleine.")
        self.room.report(PhoneJoined(str(joining.role), joining.pseudonym))
        return self._ok({"session": phone.session, "role": str(phone.role), "pseudonym": phone.pseudonym}, 201)

    def _state(self, phone: Phone) -> dict[str, Any]:
        owned = {cid: own for cid, own in list(phone.notes.items()) if not own.withdrawn and own.note_id is not None}
        records = self.store.notes([own.note_id for own in owned.values() if own.note_id is not None])
        facts = self.store.facts()
        titles = dict(facts.stages)
        mine = [
            self._note(cid, records[own.note_id], titles, editable=self.room.editable(own))
            for cid, own in owned.items()
            if own.note_id in records
        ]
        state = self._room_facts(facts)
        state.update(
            me={"role": str(phone.role), "role_label": french(phone.role), "pseudonym": phone.pseudonym},
            notes=mine,
            vote=self._vote_state(phone),
        )
        return state

    def _place(self, record: NoteRecord, titles: dict[int, str]) -> str:
        target = record.target
        if target.kind == TargetKind.TRAY:
            return "À trier par l'animateur"
        if target.kind == TargetKind.STAGE:
            title = titles.get(target.stage_id, "?") if target.stage_id is not None else "?"
            return f"Étape « {title} »"
        if target == self.room.step.target:
            return f"« {self.room.step.title} »"
        return {TargetKind.CARD: "Une carte", TargetKind.SCENARIO: "Un scénario"}.get(
            TargetKind(target.kind), "La matrice"
        )

    def _note(
        self, client_id: str | None, record: NoteRecord, titles: dict[int, str] | None = None, *, editable: bool = False
    ) -> dict[str, Any]:
        if titles is None:
            titles = dict(self.store.facts().stages)
        return {
            "client_id": client_id,
            "id": record.id,
            "text": record.text,
            "kind": record.kind,
            "role": record.role,
            "author": record.author,
            "votes": record.votes,
            "place": self._place(record, titles),
            "editable": editable,
        }

    # -- notes ---------------------------------------------------------------------------------
    def _add_note(self, phone: Phone, note: fields.NewNote) -> Response:
        if not self.room.claim(phone, note.client_id):
            raise ApiError(409, "client_id_taken", "Cet identifiant de note est déjà pris.")
        to_tray = self.room.moderation == Moderation.TRAY
        try:
            stored = self.store.add_note(
                client_id=note.client_id,
                text=note.text,
                kind=note.kind,
                role=note.role or phone.role,
                participant_id=phone.participant_id,
                stage_id=note.stage_id,
                default=self.room.step.target,
                to_tray=to_tray,
            )
        except BaseException:
            self.room.unclaim(phone, note.client_id)
            raise
        own = self.room.own(phone, note.client_id, stored.record.id)
        if stored.created:
            self.room.report(NoteArrived(stored.record, phone.pseudonym, to_tray))
        return self._ok(
            self._note(note.client_id, stored.record, editable=self.room.editable(own)), 201 if stored.created else 200
        )

    def _own(self, phone: Phone, client_id: str):
        own = phone.notes.get(client_id)
        if own is None:
            raise ApiError(404, "not_yours", "Cette note n'est pas une des vôtres.")
        if own.note_id is None:
            raise ApiError(409, "pending", "Cette note est encore en cours d'envoi : réessayez.")
        return own

    def _edit(self, phone: Phone, client_id: str, edit: fields.NoteEdit) -> Response:
        own = self._own(phone, client_id)
        if not self.room.editable(own):
            raise ApiError(409, "step_closed", "Cette étape est close : la note ne peut plus changer.")
        try:
            record = self.store.edit_note(own.note_id, text=edit.text, kind=edit.kind)
        except NotFound:
            raise ApiError(410, "gone", "L'animateur a retiré cette note.") from None
        self.room.report(NoteEdited(record))
        return self._ok(self._note(client_id, record, editable=True))

    def _withdraw(self, phone: Phone, client_id: str) -> Response:
        own = self._own(phone, client_id)
        if own.withdrawn:  # a retry: already done
            return self._ok({"client_id": client_id, "withdrawn": True})
        if not self.room.editable(own):
            raise ApiError(409, "step_closed", "Cette étape est close : la note ne peut plus être retirée.")
        with contextlib.suppress(NotFound):  # the facilitator deleted it first: withdrawn all the same
            self.store.withdraw_note(own.note_id)
        own.withdrawn = True
        self.room.report(NoteWithdrawn(own.note_id))
        return self._ok({"client_id": client_id, "withdrawn": True})

    # -- votes ---------------------------------------------------------------------------------
    def _vote_state(self, phone: Phone) -> dict[str, Any]:
        round_ = self.room.vote_round
        if not round_.open:
            return {"open": False}
        mine = self.room.dots_on(phone)
        titles = dict(self.store.facts().stages)
        candidates = [
            {**self._note(None, record, titles), "my_dots": mine.get(record.id, 0)} for record in self._candidates()
        ]
        return {"open": True, "dots": round_.dots, "left": self.room.dots_left(phone), "notes": candidates}

    def _candidates(self) -> list[NoteRecord]:
        """The visible notes of what the room looks at (the whole timeline when on a stage)."""
        target = self.room.step.target
        notes = [n for n in self.store.all_notes() if not n.hidden]
        if target.kind in (TargetKind.STAGE, TargetKind.TRAY):
            return [n for n in notes if n.target.kind == TargetKind.STAGE]
        return [n for n in notes if n.target == target]

    def _vote(self, phone: Phone, ballot: fields.Ballot) -> Response:
        refusal = self.room.reserve_dot(phone, ballot.note_id, ballot.delta)
        if refusal is not None:
            reasons = {
                "closed": "Aucun vote n'est ouvert.",
                "no_dots_left": "Vous avez placé tous vos points.",
                "no_dot_here": "Vous n'avez pas de point sur cette note.",
            }
            raise ApiError(409, refusal, reasons[refusal])
        try:
            record = self.store.vote(ballot.note_id, ballot.delta)
        except BaseException:
            self.room.release_dot(phone, ballot.note_id, ballot.delta)
            raise
        self.room.report(VoteCast(record))
        return self._ok(
            {
                "note_id": record.id,
                "votes": record.votes,
                "left": self.room.dots_left(phone),
                "my_dots": self.room.dots_on(phone).get(record.id, 0),
            }
        )

    # -- the room code -------------------------------------------------------------------------
    def trade_code(self, request: Request) -> Response:
        self._limit(self.code_limits, request.client)
        code = fields.room_code(fields.parse_json(request.body))
        with self._codes_lock:
            if self._wrong_codes >= MAX_WRONG_CODES:
                raise ApiError(403, "code_disabled", "Le code ne fonctionne plus : scannez le QR code.")
            if not same_secret(code, self.room.code):
                self._wrong_codes += 1
                raise ApiError(403, "bad_code", "Ce n'est pas le code de la salle.")
        return self._ok({"join": f"/{self.room.token}/"})
