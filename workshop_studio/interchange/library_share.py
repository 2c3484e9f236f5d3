"""Publish chosen library items to a team's library, or pull them back: two databases.

The items are read from one database (``library_bundle``), then written into the other in
one write transaction (``library_merge``): all of them or, on any failure, nothing. Writers to
one library take turns (an advisory lock on a server), so two facilitators publishing the same
deck at once add it once. The other database is a file or a server URL; it is brought to the
code's schema when opened, like any database the app opens.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from workshop_studio.i18n import translate
from workshop_studio.interchange.library_bundle import Bundle, Choice, read_bundle
from workshop_studio.interchange.library_merge import ADDED, RENAMED, REUSED, SharedItem, ShareReport, merge_bundle
from workshop_studio.services.errors import Refused
from workshop_studio.storage.dialects import serialize_writers
from workshop_studio.storage.engine import Database, DatabaseError, database_url
from workshop_studio.storage.migrate import open_database, sqlite_path


def shown(target: str) -> str:
    """A database as the user may see it: a server URL without its password."""
    return database_url(target).render_as_string(hide_password=True) if "://" in target else target


def remembered(target: str) -> str:
    """What may be kept in the settings: the target without a password (typed again if needed)."""
    if "://" not in target:
        return target
    return database_url(target).set(password=None).render_as_string(hide_password=False)


def _same_place(a: Database, target: str) -> bool:
    url = database_url(target)
    return (a.url.get_backend_name(), a.url.host, a.url.port, a.url.database) == (
        url.get_backend_name(),
        url.host,
        url.port,
        url.database,
    )


def open_other_library(target: str, here: Database, *, must_exist: bool) -> Database:
    """The other database, opened (and migrated); refused when it is ``here`` itself, or when
    ``must_exist`` and it is a file that does not exist (a pull never creates one)."""
    target = target.strip()
    if not target:
        raise Refused(translate("LibraryShare", "Give the team library: a server URL or a database file."))
    if _same_place(here, target):
        raise Refused(
            translate("LibraryShare", "{target} is the database open here: choose the team's other one.").format(
                target=shown(target)
            )
        )
    path = sqlite_path(target)
    if must_exist and path is not None and not path.is_file():
        raise DatabaseError(translate("LibraryShare", "{path}: no such database file.").format(path=Path(target)))
    return open_database(target)


def read_items(source: Database, choice: Choice) -> Bundle:
    """Read ``choice`` (ids in ``source``) with what it needs."""
    if not choice:
        raise Refused(translate("LibraryShare", "Choose at least one deck, timeline, scenario or matrix to copy."))
    with source.read() as session:
        return read_bundle(session, choice)


def write_items(session: Session, bundle: Bundle) -> ShareReport:
    """Write what :func:`read_items` read, in the caller's write transaction, writers in turn."""
    serialize_writers(session, "library")
    return merge_bundle(session, bundle)


def copy_items(source: Database, target: Database, choice: Choice) -> ShareReport:
    """Read ``choice`` (ids in ``source``) with what it needs, and write it into ``target``."""
    bundle = read_items(source, choice)
    with target.write() as session:
        return write_items(session, bundle)


# --- The report, in words -------------------------------------------------------------------
def _what(item: SharedItem) -> str:
    names = {
        "deck": translate("LibraryShare", "Deck “{name}”"),
        "timeline": translate("LibraryShare", "Timeline template “{name}”"),
        "scenario": translate("LibraryShare", "Scenario “{name}”"),
        "matrix": translate("LibraryShare", "Matrix “{name}”"),
    }
    return names[item.kind].format(name=item.name)


def item_line(item: SharedItem) -> str:
    """One sentence on what became of ``item``."""
    if item.outcome == REUSED and item.target_name == item.name:
        line = translate("LibraryShare", "{what}: already there, nothing copied.")
    elif item.outcome == REUSED:
        line = translate("LibraryShare", "{what}: already there as “{there}”, nothing copied.")
    elif item.outcome == RENAMED:
        line = translate("LibraryShare", "{what}: another one has this name there; added as “{there}”.")
    else:
        line = translate("LibraryShare", "{what}: added.")
    line = line.format(what=_what(item), there=item.target_name)
    if item.needed_by:
        line += " " + translate("LibraryShare", "(Needed by {item}.)").format(item=item.needed_by)
    return line


def summary_line(report: ShareReport) -> str:
    """The whole copy in one sentence."""
    return translate(
        "LibraryShare",
        "Added: {added}; added under a new name: {renamed}; already there: {reused}. Pictograms added: {pictures}; "
        "already there: {known}.",
    ).format(
        added=report.count(ADDED),
        renamed=report.count(RENAMED),
        reused=report.count(REUSED),
        pictures=report.pictograms_added,
        known=report.pictograms_reused,
    )


def report_lines(report: ShareReport) -> list[str]:
    return [*(item_line(item) for item in report.items), summary_line(report)]
