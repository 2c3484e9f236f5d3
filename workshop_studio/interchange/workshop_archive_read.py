"""Read and check a workshop archive, before anything touches a database.

``read_workshop_archive(path)`` opens the zip safely (``workshop_archive_zip``), parses
``workshop.json``, checks every field (types, lengths, counts, vocabularies, references
between rows, note uids unique) and every picture (its checksum, then the SVG or PNG intake
checks: no entities, no outside references, bounded sizes). Any problem raises
:class:`ImportRefused` naming the member and, inside ``workshop.json``, the field
(``notes[4].kind``); a refused archive has written nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workshop_studio.domain.free_kinds import KEY_PREFIX, MAX_FREE_KINDS, DeckKindData
from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.pictogram_intake import check_pictogram
from workshop_studio.interchange.workshop_archive_format import (
    FORMAT,
    JSON_MEMBER,
    MAX_NOTES,
    MAX_PICTOGRAMS,
    MAX_ROWS,
    MAX_SHORT_CHARS,
    MAX_TEXT_CHARS,
    READABLE_VERSIONS,
    ArchivedCard,
    ArchivedDeck,
    ArchivedGroup,
    ArchivedMatrix,
    ArchivedNote,
    ArchivedParticipant,
    ArchivedPictogram,
    ArchivedScenario,
    ArchivedStage,
    ArchivedStep,
    ArchivedSynthesis,
    ArchivedTemplateStage,
    ArchivedTimeline,
    WorkshopArchive,
)
from workshop_studio.interchange.workshop_archive_json import JsonObject
from workshop_studio.interchange.workshop_archive_zip import Members, read_members, refuse


def _deck_kinds(deck: JsonObject) -> tuple[DeckKindData, ...]:
    """A deck's own kinds (free categories): keys that cannot be taken for a workshop kind, each once."""

    seen: set[str] = set()

    def kind(k: JsonObject) -> DeckKindData:
        key = k.text("key", required=True, limit=40)
        if not key.startswith(KEY_PREFIX):
            raise k.fail(
                k.at("key"),
                translate("WorkshopArchive", "a deck's own kind is named “{prefix}…”.").format(prefix=KEY_PREFIX),
            )
        if key in seen:
            raise k.fail(k.at("key"), translate("WorkshopArchive", "each of a deck's kinds needs its own key."))
        seen.add(key)
        return DeckKindData(key, k.text("label", required=True), k.colour("colour") or "grey")

    return deck.items("kinds", MAX_FREE_KINDS, kind)


def _card_kind(card: JsonObject, own_kinds: dict[str, set[str]]) -> str:
    """A workshop kind, or one of its deck's own."""
    deck = card.value.get("deck")
    value = card.value.get("kind")
    if isinstance(deck, str) and isinstance(value, str) and value in own_kinds.get(deck, set()):
        return value
    return card.choice("kind", "card kind") or ""


def _unique(doc: JsonObject, key: str, refs: list[str]) -> set[str]:
    seen: set[str] = set()
    for index, ref in enumerate(refs):
        if not ref or ref in seen:
            raise doc.fail(f"{key}[{index}].ref", translate("WorkshopArchive", "each row needs its own reference."))
        seen.add(ref)
    return seen


def _pictograms(doc: JsonObject, members: Members) -> tuple[ArchivedPictogram, ...]:
    used: set[str] = set()

    def read(item: JsonObject) -> ArchivedPictogram:
        member = item.text("file", required=True)
        if member not in members.pictures or member in used:
            raise item.fail(
                item.at("file"),
                translate("WorkshopArchive", "“{file}” is not a picture of the archive.").format(file=member[:80]),
            )
        used.add(member)
        data = members.pictures[member]
        if hashlib.sha256(data).hexdigest() != item.text("sha256"):
            raise refuse(
                members.source, member, translate("WorkshopArchive", "the picture does not match its checksum.")
            )
        media_type = item.text("media_type", required=True)
        try:
            check_pictogram(data, member, media_type)
        except ImportRefused as refused:
            raise refuse(members.source, member, refused.reason) from None
        return ArchivedPictogram(
            item.text("key", required=True),
            item.text("label_fr"),
            item.text("label_en"),
            media_type,
            item.text("source"),
            data,
        )

    pictograms = doc.items("pictograms", MAX_PICTOGRAMS, read)
    _unique(doc, "pictograms", [p.key for p in pictograms])
    for member in sorted(set(members.pictures) - used):
        raise refuse(
            members.source, member, translate("WorkshopArchive", "no pictogram of workshop.json uses this picture.")
        )
    return pictograms


def parse_document(members: Members) -> WorkshopArchive:
    """Check ``workshop.json`` and the pictures (see the module)."""
    try:
        raw = json.loads(members.json.decode("utf-8-sig"))
    except (ValueError, RecursionError) as error:  # bad UTF-8 or JSON, or an integer of thousands of digits
        raise refuse(
            members.source,
            JSON_MEMBER,
            translate("WorkshopArchive", "not readable JSON ({detail}).").format(detail=str(error)[:200]),
        ) from None
    doc = JsonObject(members.source, "", raw)
    if raw.get("format") != FORMAT:
        raise doc.fail("format", translate("WorkshopArchive", "this is not a Workshop Studio workshop archive."))
    if raw.get("version") not in READABLE_VERSIONS:
        raise doc.fail(
            "version",
            translate("WorkshopArchive", "version {version} cannot be read by this version of Workshop Studio.").format(
                version=str(raw.get("version"))[:20]
            ),
        )
    pictograms = _pictograms(doc, members)
    pics = {p.key for p in pictograms}
    decks = doc.items(
        "decks",
        MAX_ROWS,
        lambda d: ArchivedDeck(
            d.text("ref", required=True),
            d.text("name", required=True),
            d.text("description", limit=MAX_TEXT_CHARS),
            d.text("card_size") or "poker",
            _deck_kinds(d),
            d.flag("show_kind_label") if "show_kind_label" in d.value else True,
        ),
    )
    deck_refs = _unique(doc, "decks", [d.ref for d in decks])
    own_kinds = {d.ref: {k.key for k in d.kinds} for d in decks}
    cards = doc.items(
        "cards",
        MAX_ROWS,
        lambda c: ArchivedCard(
            c.text("ref", required=True),
            c.ref("deck", deck_refs),
            _card_kind(c, own_kinds),
            c.text("title", required=True),
            c.text("body", limit=MAX_TEXT_CHARS),
            c.optional("pictogram", pics),
            c.colour("colour"),
            c.text("back", limit=MAX_TEXT_CHARS),
            c.integer("copies", 0, 999, 1),
        ),
    )
    card_refs = _unique(doc, "cards", [c.ref for c in cards])
    timeline_doc = doc.child("timeline")
    timeline = None
    if timeline_doc is not None:
        timeline = ArchivedTimeline(
            timeline_doc.text("name", required=True),
            timeline_doc.text("description", limit=MAX_TEXT_CHARS),
            timeline_doc.items(
                "stages",
                MAX_ROWS,
                lambda s: ArchivedTemplateStage(
                    s.text("ref", required=True),
                    s.text("key"),
                    s.text("title", required=True),
                    s.text("description", limit=MAX_TEXT_CHARS),
                    s.optional("pictogram", pics),
                ),
            ),
        )
    template_refs = (
        _unique(timeline_doc, "stages", [s.ref for s in timeline.stages]) if timeline and timeline_doc else set()
    )
    scenarios = doc.items(
        "scenarios",
        MAX_ROWS,
        lambda s: ArchivedScenario(
            s.text("ref", required=True),
            s.text("title", required=True),
            s.text("trade"),
            s.text("company_size"),
            s.flag("family_business"),
            s.text("agency_history", limit=MAX_TEXT_CHARS),
            s.text("story", limit=MAX_TEXT_CHARS),
            _questions(s),
            s.optional("pictogram", pics),
            s.refs("cards", card_refs),
            s.refs("stages", template_refs),
        ),
    )
    scenario_refs = _unique(doc, "scenarios", [s.ref for s in scenarios])
    matrix_doc = doc.child("matrix")
    matrix = (
        None
        if matrix_doc is None
        else ArchivedMatrix(
            matrix_doc.text("name", required=True),
            matrix_doc.choice("row_kind", "card kind") or "",
            matrix_doc.choice("column_kind", "card kind") or "",
            matrix_doc.refs("rows", card_refs),
            matrix_doc.refs("columns", card_refs),
        )
    )
    stages = doc.items(
        "stages",
        MAX_ROWS,
        lambda s: ArchivedStage(
            s.text("ref", required=True),
            s.optional("source", template_refs),
            s.text("key"),
            s.text("title", required=True),
            s.text("description", limit=MAX_TEXT_CHARS),
            s.optional("pictogram", pics),
        ),
    )
    stage_refs = _unique(doc, "stages", [s.ref for s in stages])
    participants = doc.items(
        "participants",
        MAX_ROWS,
        lambda p: ArchivedParticipant(
            p.text("ref", required=True), p.text("name"), p.choice("role", "role") or "", p.text("organisation")
        ),
    )
    people = _unique(doc, "participants", [p.ref for p in participants])
    agenda = doc.items(
        "agenda",
        MAX_ROWS,
        lambda a: ArchivedStep(
            a.choice("kind", "step kind") or "",
            a.text("title"),
            a.integer("planned_minutes", 0, 24 * 60, 10),
            a.optional("card", card_refs),
            a.optional("scenario", scenario_refs),
            a.refs("cards", card_refs),
            a.flag("hidden"),
            _bullets(a),
            a.optional("pictogram", pics),
            a.optional_integer("countdown_minutes", 1, 24 * 60),
        ),
    )
    groups = doc.items(
        "groups",
        MAX_ROWS,
        lambda g: ArchivedGroup(g.text("ref", required=True), g.text("title"), g.moment("created_at", required=False)),
    )
    group_refs = _unique(doc, "groups", [g.ref for g in groups])
    notes = doc.items("notes", MAX_NOTES, lambda n: _note(n, stage_refs, card_refs, scenario_refs, people, group_refs))
    uids: set[str] = set()
    for index, note in enumerate(notes):
        if note.uid in uids:
            raise doc.fail(f"notes[{index}].uid", translate("WorkshopArchive", "two notes have the same uid."))
        uids.add(note.uid)
    syntheses = doc.items(
        "syntheses",
        MAX_ROWS,
        lambda s: ArchivedSynthesis(s.optional("stage", stage_refs) or "", s.text("text", limit=MAX_TEXT_CHARS)),
    )
    if len({s.stage for s in syntheses}) != len(syntheses) or any(not s.stage for s in syntheses):
        raise doc.fail("syntheses", translate("WorkshopArchive", "each stage has at most one synthesis."))
    head = JsonObject(members.source, "workshop", raw.get("workshop"))
    return WorkshopArchive(
        source=members.source,
        title=head.text("title", required=True),
        date=head.day("date"),
        start_time=head.clock("start_time"),
        available_minutes=head.optional_integer("available_minutes", 1, 24 * 60),
        place=head.text("place"),
        room=head.text("room"),
        facilitator=head.text("facilitator"),
        anonymised=doc.flag("anonymised"),
        workshop_decks=_workshop_decks(head, deck_refs),
        workshop_scenarios=head.refs("scenarios", scenario_refs),
        timeline=timeline,
        decks=decks,
        cards=cards,
        scenarios=scenarios,
        matrix=matrix,
        stages=stages,
        participants=participants,
        agenda=agenda,
        groups=groups,
        notes=notes,
        syntheses=syntheses,
        pictograms=pictograms,
    )


def _workshop_decks(head: JsonObject, deck_refs: set[str]) -> tuple[str, ...]:
    """The decks the workshop uses: ``decks`` (version 2), or the one ``deck`` of version 1."""
    if "decks" in head.value:
        return head.refs("decks", deck_refs)
    one = head.optional("deck", deck_refs)
    return (one,) if one is not None else ()


def _bullets(item: JsonObject) -> tuple[str, ...]:
    value = item.value.get("bullets") or []
    if (
        not isinstance(value, list)
        or len(value) > 20
        or not all(isinstance(b, str) and len(b) <= MAX_SHORT_CHARS for b in value)
    ):
        raise item.fail(item.at("bullets"), translate("WorkshopArchive", "a short list of short texts is expected."))
    return tuple(value)


def _questions(item: JsonObject) -> tuple[str, ...]:
    value = item.value.get("questions") or []
    if (
        not isinstance(value, list)
        or len(value) > 100
        or not all(isinstance(q, str) and len(q) <= MAX_SHORT_CHARS for q in value)
    ):
        raise item.fail(item.at("questions"), translate("WorkshopArchive", "a list of questions is expected."))
    return tuple(value)


def _note(
    n: JsonObject, stages: set[str], cards: set[str], scenarios: set[str], people: set[str], groups: set[str]
) -> ArchivedNote:
    target = n.choice("target", "target") or ""
    note = ArchivedNote(
        uid=n.text("uid", limit=64, required=True),
        target=target,
        stage=n.optional("stage", stages),
        card=n.optional("card", cards),
        scenario=n.optional("scenario", scenarios),
        row_card=n.optional("row_card", cards),
        column_card=n.optional("column_card", cards),
        participant=n.optional("participant", people),
        role=n.choice("role", "role", nullable=True),
        kind=n.choice("kind", "note kind") or "",
        text=n.text("text", limit=MAX_TEXT_CHARS),
        position=n.number("position"),
        hidden=n.flag("hidden"),
        votes=n.integer("votes", 0, 1_000_000),
        group=n.optional("group", groups),
        created_at=n.moment("created_at"),
        updated_at=n.moment("updated_at", required=False) or n.moment("created_at"),
    )
    # Cards, scenarios and matrix cells may have been deleted since (their notes stay); a stage may not.
    if target == "stage" and note.stage is None:
        raise n.fail(n.at("target"), translate("WorkshopArchive", "the note does not say where it is pinned."))
    return note


def read_workshop_archive(path: Path, data: bytes | None = None) -> WorkshopArchive:
    """Open, check and parse the archive at ``path`` (or its bytes ``data``, in memory); raise
    :class:`ImportRefused` if anything is wrong."""
    return parse_document(read_members(Path(path), data))
