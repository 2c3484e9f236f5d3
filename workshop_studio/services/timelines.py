"""Timeline templates and their stages: reading, creating from data, and the template editor's edits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_studio.domain.materials import StageData
from workshop_studio.i18n import translate
from workshop_studio.services import links
from workshop_studio.services.edits import (
    UNSET,
    FieldEdit,
    OrderEdit,
    Unset,
    apply_changes,
    find_by_id_or_name,
    get_row,
    given,
    insert_at,
    moved,
    renumber,
    reorder,
    required_text,
)
from workshop_studio.services.errors import NotFound
from workshop_studio.services.naming import slugify, unique_key, unique_name
from workshop_studio.services.pictograms import pictogram_ids_by_key
from workshop_studio.services.snapshots import (
    StageRow,
    StagesSnapshot,
    TimelineSnapshot,
)
from workshop_studio.services.workshop_uses import detach_workshops, reattach_workshops
from workshop_studio.storage.models import (
    Pictogram,
    Stage,
    Timeline,
    Workshop,
    WorkshopStage,
)


def create_timeline(session: Session, name: str, stages: Iterable[StageData], description: str = "") -> Timeline:
    pictogram_ids = pictogram_ids_by_key(session)
    timeline = Timeline(name=name, description=description)
    for position, stage in enumerate(stages):
        if stage.pictogram and stage.pictogram not in pictogram_ids:
            raise NotFound(
                translate("Timelines", "Stage “{title}”: no pictogram is called “{name}”.").format(
                    title=stage.title, name=stage.pictogram
                )
            )
        timeline.stages.append(
            Stage(
                position=position,
                key=stage.key,
                title=stage.title,
                description=stage.description,
                pictogram_id=pictogram_ids.get(stage.pictogram) if stage.pictogram else None,
            )
        )
    session.add(timeline)
    session.flush()
    return timeline


def list_timelines(session: Session) -> list[Timeline]:
    query = select(Timeline).options(selectinload(Timeline.stages).selectinload(Stage.pictogram))
    return list(session.scalars(query.order_by(Timeline.name, Timeline.id)))


def find_timeline_by_name_or_id(session: Session, name_or_id: str | int) -> Timeline:
    return find_by_id_or_name(
        session, Timeline, Timeline.name, name_or_id, translate("Timelines", "No timeline has the id or name “{name}”.")
    )


# --- The timeline template editor's edits --------------------------------------------------
#
# Templates only: a workshop owns copies of the stages (``WorkshopStage``) made when it was
# set up, and no edit here reads or writes those copies' content.
#
# * ``new_timeline`` / ``duplicate_timeline``: undo with ``delete_timeline`` (keep the
#   snapshot), redo with ``restore_timeline(snapshot)``;
# * ``update_timeline`` (rename, describe): undo with ``update_timeline(session, edit.id, **edit.before)``;
# * ``add_stage``: undo with ``delete_stage``, redo with ``restore_stages``;
# * ``update_stage`` (rename, describe, pictogram): undo with ``update_stage(session, edit.id, **edit.before)``;
# * ``move_stages`` / ``set_stage_order``: undo with ``set_stage_order(session, timeline_id, edit.before)``;
# * ``delete_stage``: undo with ``restore_stages(snapshot)`` (its place, its scenario links,
#   and the link from workshop copies to it);
# * ``delete_timeline``: undo with ``restore_timeline(snapshot)``.

STAGE_FIELDS = ("key", "title", "description", "pictogram_id")


def get_timeline(session: Session, timeline_id: int) -> Timeline:
    return get_row(session, Timeline, timeline_id, translate("Timelines", "timeline"))


def get_stage(session: Session, stage_id: int) -> Stage:
    return get_row(session, Stage, stage_id, translate("Timelines", "stage"))


def _pictogram(session: Session, pictogram_id: int | None) -> int | None:
    if pictogram_id is not None:
        get_row(session, Pictogram, pictogram_id, translate("Timelines", "pictogram"))
    return pictogram_id


def new_timeline(session: Session, *, name: str, description: str = "") -> Timeline:
    timeline = Timeline(
        name=required_text(name, translate("Timelines", "timeline name")).strip(), description=description
    )
    session.add(timeline)
    session.flush()
    return timeline


def update_timeline(
    session: Session, timeline_id: int, *, name: str | Unset = UNSET, description: str | Unset = UNSET
) -> FieldEdit:
    timeline = get_timeline(session, timeline_id)
    changes = given(name=name, description=description)
    if "name" in changes:
        changes["name"] = required_text(changes["name"], translate("Timelines", "timeline name")).strip()
    edit = apply_changes(timeline, changes)
    session.flush()
    return edit


def duplicate_timeline(session: Session, timeline_id: int, *, name: str | None = None) -> Timeline:
    """A copy of the template and its stages (keys kept, so scenarios can name them alike)."""
    timeline = get_timeline(session, timeline_id)
    base = name.strip() if name and name.strip() else translate("Timelines", "{name} (copy)").format(name=timeline.name)
    taken = set(session.scalars(select(Timeline.name)))
    copy = Timeline(name=unique_name(base, taken, lambda b, n: f"{b} ({n})"), description=timeline.description)
    for stage in timeline.stages:
        copy.stages.append(Stage(position=stage.position, **{f: getattr(stage, f) for f in STAGE_FIELDS}))
    session.add(copy)
    session.flush()
    return copy


def add_stage(
    session: Session,
    timeline_id: int,
    *,
    title: str,
    description: str = "",
    pictogram_id: int | None = None,
    key: str | None = None,
    index: int | None = None,
) -> Stage:
    """A new stage at ``index`` (``None``: last); its key is made from the title unless given."""
    timeline = get_timeline(session, timeline_id)
    title = required_text(title, translate("Timelines", "stage title"))
    taken = {stage.key for stage in timeline.stages}
    stage = Stage(
        key=unique_key(slugify(key or title, "stage"), taken),
        title=title,
        description=description,
        pictogram_id=_pictogram(session, pictogram_id),
    )
    insert_at(timeline.stages, stage, index)
    session.flush()
    return stage


def update_stage(
    session: Session,
    stage_id: int,
    *,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    pictogram_id: int | Unset | None = UNSET,
    key: str | Unset = UNSET,
) -> FieldEdit:
    stage = get_stage(session, stage_id)
    changes = given(title=title, description=description, pictogram_id=pictogram_id, key=key)
    if "title" in changes:
        changes["title"] = required_text(changes["title"], translate("Timelines", "stage title"))
    if "pictogram_id" in changes:
        _pictogram(session, changes["pictogram_id"])
    edit = apply_changes(stage, changes)
    session.flush()
    return edit


def set_stage_order(session: Session, timeline_id: int, stage_ids: Sequence[int]) -> OrderEdit:
    timeline = get_timeline(session, timeline_id)  # held here: the session keeps its rows only weakly
    edit = reorder(timeline_id, timeline.stages, stage_ids, translate("Timelines", "stages"))
    session.flush()
    return edit


def move_stages(session: Session, timeline_id: int, stage_ids: Sequence[int], *, to_index: int) -> OrderEdit:
    """Move stages together before the stage now at ``to_index`` (a drop row)."""
    current = tuple(stage.id for stage in get_timeline(session, timeline_id).stages)
    return set_stage_order(session, timeline_id, moved(current, stage_ids, to_index))


def _delete_stages(session: Session, stages: list[Stage]) -> StagesSnapshot:
    ids = [stage.id for stage in stages]
    rows = tuple(
        StageRow(s.id, s.timeline_id, s.timeline.stages.index(s), **{f: getattr(s, f) for f in STAGE_FIELDS})
        for s in sorted(stages, key=lambda s: (s.timeline_id, s.position, s.id))
    )
    scenario_links = links.capture(session, links.SCENARIO_STAGES, ids)
    copies = tuple(
        (copy_id, source_id)
        for copy_id, source_id in session.execute(
            select(WorkshopStage.id, WorkshopStage.source_stage_id)
            .where(WorkshopStage.source_stage_id.in_(ids))
            .order_by(WorkshopStage.id)
        )
        if source_id is not None  # always: the query asks for links to these stages
    )
    links.detach(session, links.SCENARIO_STAGES, ids)
    for copy_id, _ in copies:
        session.get(WorkshopStage, copy_id).source_stage_id = None  # type: ignore[union-attr]  # read just above
    for stage in stages:
        timeline = stage.timeline
        timeline.stages.remove(stage)  # delete-orphan
        renumber(timeline.stages)
    session.flush()
    return StagesSnapshot(rows, scenario_links, copies)


def delete_stage(session: Session, stage_id: int) -> StagesSnapshot:
    """Delete a template stage; workshops' copies of it stay as they are."""
    return _delete_stages(session, [get_stage(session, stage_id)])


def restore_stages(session: Session, snapshot: StagesSnapshot) -> list[Stage]:
    id_map: dict[int, int] = {}
    restored: list[Stage] = []
    for row in sorted(snapshot.stages, key=lambda r: (r.timeline_id, r.index)):
        timeline = get_timeline(session, row.timeline_id)
        free = session.get(Stage, row.id) is None
        stage = Stage(id=row.id if free else None, **{f: getattr(row, f) for f in STAGE_FIELDS})
        insert_at(timeline.stages, stage, row.index)
        session.flush()
        id_map[row.id] = stage.id
        restored.append(stage)
    links.reattach(session, links.SCENARIO_STAGES, snapshot.scenario_links, id_map)
    for copy_id, stage_id in snapshot.workshop_stage_sources:
        copy = session.get(WorkshopStage, copy_id)
        if copy is not None and copy.source_stage_id is None:
            copy.source_stage_id = id_map.get(stage_id, stage_id)
    session.flush()
    return restored


def delete_timeline(session: Session, timeline_id: int) -> TimelineSnapshot:
    """Delete a template; workshops set up from it keep their own stages."""
    timeline = get_timeline(session, timeline_id)
    stages = _delete_stages(session, list(timeline.stages))
    workshops = detach_workshops(session, Workshop.timeline_id, timeline_id)
    snapshot = TimelineSnapshot(
        timeline.id, timeline.name, timeline.description, timeline.created_at, stages, workshops
    )
    session.delete(timeline)
    session.flush()
    return snapshot


def restore_timeline(session: Session, snapshot: TimelineSnapshot) -> Timeline:
    free = session.get(Timeline, snapshot.id) is None
    timeline = Timeline(
        id=snapshot.id if free else None,
        name=snapshot.name,
        description=snapshot.description,
        created_at=snapshot.created_at,
    )
    session.add(timeline)
    session.flush()
    stages = snapshot.stages
    if timeline.id != snapshot.id:
        stages = replace(stages, stages=tuple(replace(row, timeline_id=timeline.id) for row in stages.stages))
    restore_stages(session, stages)
    reattach_workshops(session, Workshop.timeline_id, snapshot.workshop_ids, timeline.id)
    session.flush()
    return timeline


def timeline_stages(session: Session, timeline_id: int) -> list[Stage]:
    query = select(Stage).where(Stage.timeline_id == timeline_id).options(selectinload(Stage.pictogram))
    return list(session.scalars(query.order_by(Stage.position, Stage.id)))
