"""The pictogram library: list, find, add, relabel, where used, delete (refused while used)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_studio.domain.materials import PictogramData
from workshop_studio.domain.vocabulary import fold
from workshop_studio.i18n import translate
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    Unset,
    apply_changes,
    get_row,
    given,
    required_text,
)
from workshop_studio.services.errors import Refused
from workshop_studio.services.naming import slugify, unique_key
from workshop_studio.services.snapshots import PictogramSnapshot
from workshop_studio.storage.models import (
    AgendaStep,
    Card,
    Deck,
    Pictogram,
    Scenario,
    Stage,
    Timeline,
    Workshop,
    WorkshopStage,
)


def add_pictogram(session: Session, data: PictogramData) -> Pictogram:
    pictogram = Pictogram(
        key=data.key,
        label_fr=data.label_fr,
        label_en=data.label_en,
        media_type=data.media_type,
        data=data.data,
        source=data.source,
    )
    session.add(pictogram)
    session.flush()
    return pictogram


def list_pictograms(session: Session) -> list[Pictogram]:
    return list(session.scalars(select(Pictogram).order_by(Pictogram.label_fr, Pictogram.id)))


def pictogram_ids_by_key(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Pictogram.key, Pictogram.id)).all())


# --- The pictogram library's edits ---------------------------------------------------------
#
# * ``new_pictogram``: undo with ``delete_pictogram`` (keep the snapshot), redo with
#   ``restore_pictogram(snapshot)``;
# * ``relabel_pictogram``: undo with ``relabel_pictogram(session, edit.id, **edit.before)``;
# * ``delete_pictogram`` is refused while the pictogram is used (the message says where);
#   undo with ``restore_pictogram(snapshot)``.

MEDIA_TYPES = ("image/svg+xml", "image/png", "image/jpeg")  # WebP is stored as PNG or JPEG at intake


@dataclass(frozen=True)
class Use:
    """One place a pictogram is drawn: ``what`` (a card, a stage…) with its id and title."""

    what: str
    id: int
    title: str
    within: str = ""  # the deck, timeline or workshop it belongs to


@dataclass(frozen=True)
class PictogramUsage:
    cards: tuple[Use, ...] = ()
    stages: tuple[Use, ...] = ()
    scenarios: tuple[Use, ...] = ()
    workshop_stages: tuple[Use, ...] = ()
    steps: tuple[Use, ...] = ()  # instruction slides of workshops' agendas

    @property
    def uses(self) -> tuple[Use, ...]:
        return self.cards + self.stages + self.scenarios + self.workshop_stages + self.steps

    @property
    def in_use(self) -> bool:
        return bool(self.uses)

    def describe(self, limit: int = 5) -> str:
        """Where it is used, in one sentence for the user (the first ``limit`` places)."""
        names = {
            "card": translate("Pictograms", "card “{title}” (deck “{within}”)"),
            "stage": translate("Pictograms", "stage “{title}” (timeline “{within}”)"),
            "scenario": translate("Pictograms", "scenario “{title}”"),
            "workshop_stage": translate("Pictograms", "stage “{title}” of workshop “{within}”"),
            "step": translate("Pictograms", "instruction “{title}” of workshop “{within}”"),
        }
        shown = [names[use.what].format(title=use.title, within=use.within) for use in self.uses[:limit]]
        more = len(self.uses) - len(shown)
        if more:
            shown.append(translate("Pictograms", "{count} more").format(count=more))
        return "; ".join(shown)


def get_pictogram(session: Session, pictogram_id: int) -> Pictogram:
    return get_row(session, Pictogram, pictogram_id, translate("Pictograms", "pictogram"))


def new_pictogram(
    session: Session,
    *,
    data: bytes,
    media_type: str,
    label_fr: str,
    label_en: str | None = None,
    source: str = "",
    key: str | None = None,
) -> Pictogram:
    """Store a pictogram whose bytes were checked by ``interchange`` (SVG or PNG intake).

    The key is ``key`` if given and free, else made from the label; ``label_en`` defaults
    to the French label until someone relabels it.
    """
    if media_type not in MEDIA_TYPES:
        raise Refused(translate("Pictograms", "A pictogram must be an SVG, PNG or JPEG picture."))
    label_fr = required_text(label_fr, translate("Pictograms", "pictogram label")).strip()
    taken = set(pictogram_ids_by_key(session))
    base = slugify(key or label_fr, "pictogram")
    return add_pictogram(
        session,
        PictogramData(
            key=unique_key(base, taken),
            label_fr=label_fr,
            label_en=(label_en or label_fr).strip(),
            media_type=media_type,
            data=data,
            source=source,
        ),
    )


def relabel_pictogram(
    session: Session, pictogram_id: int, *, label_fr: str | Unset = UNSET, label_en: str | Unset = UNSET
) -> FieldEdit:
    """New labels; the key stays, since files and other decks name the pictogram by it."""
    pictogram = get_pictogram(session, pictogram_id)
    changes = {
        name: required_text(value, translate("Pictograms", "pictogram label")).strip()
        for name, value in given(label_fr=label_fr, label_en=label_en).items()
    }
    edit = apply_changes(pictogram, changes)
    session.flush()
    return edit


def pictogram_usage(session: Session, pictogram_id: int) -> PictogramUsage:
    """Every card, template stage, scenario and workshop stage that shows the pictogram."""
    cards = session.execute(
        select(Card.id, Card.title, Deck.name)
        .join(Deck, Deck.id == Card.deck_id)
        .where(Card.pictogram_id == pictogram_id)
        .order_by(Deck.name, Deck.id, Card.position, Card.id)
    )
    stages = session.execute(
        select(Stage.id, Stage.title, Timeline.name)
        .join(Timeline, Timeline.id == Stage.timeline_id)
        .where(Stage.pictogram_id == pictogram_id)
        .order_by(Timeline.name, Timeline.id, Stage.position, Stage.id)
    )
    scenarios = session.execute(
        select(Scenario.id, Scenario.title)
        .where(Scenario.pictogram_id == pictogram_id)
        .order_by(Scenario.title, Scenario.id)
    )
    workshop_stages = session.execute(
        select(WorkshopStage.id, WorkshopStage.title, Workshop.title)
        .join(Workshop, Workshop.id == WorkshopStage.workshop_id)
        .where(WorkshopStage.pictogram_id == pictogram_id)
        .order_by(Workshop.title, Workshop.id, WorkshopStage.position, WorkshopStage.id)
    )
    steps = session.execute(
        select(AgendaStep.id, AgendaStep.title, Workshop.title)
        .join(Workshop, Workshop.id == AgendaStep.workshop_id)
        .where(AgendaStep.pictogram_id == pictogram_id)
        .order_by(Workshop.title, Workshop.id, AgendaStep.position, AgendaStep.id)
    )
    return PictogramUsage(
        steps=tuple(Use("step", *row) for row in steps),
        cards=tuple(Use("card", *row) for row in cards),
        stages=tuple(Use("stage", *row) for row in stages),
        scenarios=tuple(Use("scenario", *row) for row in scenarios),
        workshop_stages=tuple(Use("workshop_stage", *row) for row in workshop_stages),
    )


def delete_pictogram(session: Session, pictogram_id: int) -> PictogramSnapshot:
    """Delete an unused pictogram; refused, saying where, while something shows it."""
    pictogram = get_pictogram(session, pictogram_id)
    usage = pictogram_usage(session, pictogram_id)
    if usage.in_use:
        raise Refused(
            translate("Pictograms", "The pictogram “{label}” is still used: {where}.").format(
                label=pictogram.label_fr, where=usage.describe()
            )
        )
    snapshot = PictogramSnapshot(
        pictogram.id,
        pictogram.key,
        pictogram.label_fr,
        pictogram.label_en,
        pictogram.media_type,
        pictogram.data,
        pictogram.source,
        pictogram.created_at,
    )
    session.delete(pictogram)
    session.flush()
    return snapshot


def restore_pictogram(session: Session, snapshot: PictogramSnapshot) -> Pictogram:
    """Bring a deleted pictogram back, under its old id and key when they are free."""
    free = session.get(Pictogram, snapshot.id) is None
    pictogram = Pictogram(
        id=snapshot.id if free else None,
        key=unique_key(snapshot.key, set(pictogram_ids_by_key(session))),
        label_fr=snapshot.label_fr,
        label_en=snapshot.label_en,
        media_type=snapshot.media_type,
        data=snapshot.data,
        source=snapshot.source,
        created_at=snapshot.created_at,
    )
    session.add(pictogram)
    session.flush()
    return pictogram


def search_pictograms(session: Session, text: str) -> list[Pictogram]:
    """Pictograms whose key, French or English label contains ``text`` (case and accents ignored)."""
    wanted = fold(text)
    return [
        pictogram
        for pictogram in list_pictograms(session)
        if not wanted or any(wanted in fold(name) for name in (pictogram.key, pictogram.label_fr, pictogram.label_en))
    ]


class PictogramLookup:
    """Finds pictograms by key or by label, as a spreadsheet names them (for imports).

    An exact key wins; then a label, French or English, compared without case or accents.
    """

    def __init__(self, session: Session) -> None:
        self._by_key: dict[str, Pictogram] = {}
        self._by_name: dict[str, Pictogram] = {}
        for pictogram in session.scalars(select(Pictogram).order_by(Pictogram.id)):
            self._by_key[pictogram.key] = pictogram
            for name in (pictogram.key, pictogram.label_fr, pictogram.label_en):
                self._by_name.setdefault(fold(name), pictogram)

    def find(self, name: str) -> Pictogram | None:
        return self._by_key.get(name.strip()) or self._by_name.get(fold(name))

    def add(self, pictogram: Pictogram) -> None:
        self._by_key[pictogram.key] = pictogram


def bring_pictogram(session: Session, data: PictogramData) -> tuple[Pictogram, bool]:
    """A pictogram travelling with a deck file: reuse an identical one, else add it.

    Identical means the same picture (type and bytes), under the same key or any other. A
    different picture whose key is taken is added under a numbered key. Returns the
    pictogram and whether it was added.
    """
    same = session.scalars(
        select(Pictogram)
        .where(Pictogram.media_type == data.media_type, Pictogram.data == data.data)
        .order_by(Pictogram.key != data.key, Pictogram.id)
    ).first()
    if same is not None:
        return same, False
    key = unique_key(slugify(data.key, "pictogram"), set(pictogram_ids_by_key(session)))
    label_fr = data.label_fr.strip() or data.label_en.strip() or data.key
    return add_pictogram(
        session,
        PictogramData(key, label_fr, data.label_en.strip() or label_fr, data.media_type, data.data, data.source),
    ), True
