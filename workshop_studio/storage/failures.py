"""What went wrong with the database file, in one line a facilitator can act on.

SQLite reports a busy file, a read-only file or folder, a full disk or a damaged file as an
``OperationalError`` (or another ``sqlite3.Error``) whose ``sqlite_errorname`` says which;
:func:`describe_failure` turns that into a sentence naming the file, and :func:`failure`
into the :class:`DatabaseError` the command line and the console show. Plain Python: it never
imports SQLAlchemy (an SQLAlchemy error is read through its ``orig``).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.storage.errors import DatabaseError

_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
_FULL = ("SQLITE_FULL",)
_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _error_name(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    name = getattr(orig, "sqlite_errorname", "") or ""
    if name:
        return str(name)
    text = str(orig).lower()  # older SQLite builds, or an error raised by hand
    for needle, guess in (
        ("database is locked", "SQLITE_BUSY"),
        ("readonly database", "SQLITE_READONLY"),
        ("disk is full", "SQLITE_FULL"),
        ("malformed", "SQLITE_CORRUPT"),
        ("not a database", "SQLITE_NOTADB"),
        ("disk i/o error", "SQLITE_IOERR"),
        ("unable to open", "SQLITE_CANTOPEN"),
    ):
        if needle in text:
            return guess
    return ""


def first_line(error: BaseException) -> str:
    message = str(getattr(error, "orig", None) or error).strip()
    return message.splitlines()[0] if message else type(error).__name__


def folder_is_read_only(path: Path) -> bool:
    folder = path.parent
    return folder.is_dir() and not os.access(folder, os.W_OK)


def file_is_read_only(path: Path) -> bool:
    return path.is_file() and not os.access(path, os.W_OK)


def read_only_reason(path: Path) -> str:
    """Why this database can be read but not changed (or, missing, cannot be made)."""
    if folder_is_read_only(path) and not path.exists():
        return translate(
            "Database", "{path}: the folder {folder} is read-only: no database can be created there."
        ).format(path=path, folder=path.parent)
    if folder_is_read_only(path):
        return translate(
            "Database", "{path}: the folder {folder} is read-only: the database can be read here but not changed."
        ).format(path=path, folder=path.parent)
    return translate("Database", "{path}: the database file is read-only: it can be read here but not changed.").format(
        path=path
    )


def describe_failure(error: BaseException, path: Path | None, *, busy_seconds: float | None = None) -> str:
    """One line for ``error`` met while using the database at ``path`` (``None``: not a file)."""
    where = str(path) if path is not None else translate("Database", "the database")
    name = _error_name(error)
    if name.startswith(_BUSY):
        if busy_seconds:
            return translate(
                "Database",
                "{path}: the database is busy: another program has been writing to it for more than {seconds} s. "
                "Nothing was written; try again when it is done.",
            ).format(path=where, seconds=round(busy_seconds))
        return translate(
            "Database",
            "{path}: the database is busy: another program is writing to it. Nothing was written; try again.",
        ).format(path=where)
    if name.startswith("SQLITE_READONLY"):
        if path is not None:
            return read_only_reason(path)
        return translate("Database", "{path}: the database is read-only.").format(path=where)
    if name.startswith(_FULL) or _is_no_space(error):
        return translate(
            "Database", "{path}: the disk is full: nothing was written. Free some space, then try again."
        ).format(path=where)
    if name.startswith(_DAMAGED):
        return translate("Database", "{path}: the database is damaged ({detail}). Run “{command}”.").format(
            path=where, detail=first_line(error), command=_check_command(path)
        )
    if name.startswith("SQLITE_IOERR"):
        return translate(
            "Database", "{path}: the disk could not be read or written ({detail}); nothing was written."
        ).format(path=where, detail=first_line(error))
    if name.startswith("SQLITE_CANTOPEN"):
        if path is not None and folder_is_read_only(path):
            return read_only_reason(path)
        return translate(
            "Database", "{path}: the database cannot be opened (its folder is missing or out of reach)."
        ).format(path=where)
    return f"{where}: {first_line(error)}"


def _is_no_space(error: BaseException) -> bool:
    orig = getattr(error, "orig", None) or error
    return getattr(orig, "errno", None) in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def failure(error: BaseException, path: Path | None, *, busy_seconds: float | None = None) -> DatabaseError:
    """The :class:`DatabaseError` to raise (``from error``) for ``error``."""
    return DatabaseError(describe_failure(error, path, busy_seconds=busy_seconds))


def unexpected_failure(error: BaseException, path: Path | None) -> str | None:
    """One line for an SQLite or disk failure that escaped the sessions; ``None`` for anything
    else (a bug, which should show as one)."""
    orig = getattr(error, "orig", None)
    if isinstance(error, sqlite3.Error) or isinstance(orig, sqlite3.Error):
        return describe_failure(error, path)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return f"{error.filename}: {reason}" if error.filename else reason
    return None


def _check_command(path: Path | None) -> str:
    from workshop_studio.storage.integrity import command_for

    return command_for(path, "check-database") if path is not None else "workshop-studio check-database"
