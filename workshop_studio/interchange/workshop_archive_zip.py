"""Open an untrusted workshop archive safely: names, counts and sizes checked from the zip's
directory, then each member read in memory, bounded. Nothing is ever extracted to disk, so
no member can land anywhere; names are still checked, so an archive built to escape a folder
(``../x``, ``/etc/x``, ``C:\\x``) is refused rather than half-read.

Zip bombs: the declared sizes are checked before reading (count, total, per-member size,
compression ratio), and each member is read with a cap one byte above its declared size, so
a member lying about its size is caught without inflating more than the cap.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from workshop_studio.i18n import translate
from workshop_studio.interchange.errors import ImportRefused
from workshop_studio.interchange.workshop_archive_format import (
    JSON_MEMBER,
    MAX_ARCHIVE_BYTES,
    MAX_JSON_BYTES,
    MAX_MEMBERS,
    MAX_NAME_CHARS,
    MAX_PICTURE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    PICTOGRAM_FOLDER,
    RATIO_FLOOR_BYTES,
)

_PICTURE_NAME = re.compile(r"^pictograms/[A-Za-z0-9_-]{1,80}\.(svg|png|jpg)$")
_MB = 1024 * 1024


def refuse(source: Path, member: str, problem: str) -> ImportRefused:
    """A refusal naming the archive, the member and what is wrong with it."""
    shown = member if len(member) <= MAX_NAME_CHARS else member[:MAX_NAME_CHARS] + "…"
    shown = shown.encode("unicode_escape").decode("ascii") if not shown.isprintable() else shown
    return ImportRefused(
        source, translate("WorkshopArchive", "member “{member}”: {problem}").format(member=shown, problem=problem)
    )


def name_problem(name: str) -> str | None:
    """What is wrong with a member's name, or ``None`` (pure, for tests)."""
    if "\x00" in name or "\\" in name:
        return translate("WorkshopArchive", "the name holds a forbidden character.")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return translate("WorkshopArchive", "an absolute path is not allowed in an archive.")
    parts = name.rstrip("/").split("/")
    if any(part in ("..", ".", "") for part in parts):
        return translate("WorkshopArchive", "the name leads out of the archive's folder.")
    if len(name) > MAX_NAME_CHARS:
        return translate("WorkshopArchive", "the name is too long.")
    if name != JSON_MEMBER and name != PICTOGRAM_FOLDER and not _PICTURE_NAME.match(name):
        return translate("WorkshopArchive", "a workshop archive holds only workshop.json and pictograms/ pictures.")
    return None


@dataclass(frozen=True)
class Members:
    """The archive's members, read: ``workshop.json``'s bytes, and the pictures by name."""

    source: Path
    json: bytes
    pictures: dict[str, bytes]


def _limit(name: str) -> int:
    return MAX_JSON_BYTES if name == JSON_MEMBER else MAX_PICTURE_BYTES


def _check_entry(source: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    problem = name_problem(name)
    if problem is not None:
        raise refuse(source, name, problem)
    if info.flag_bits & 0x1:
        raise refuse(source, name, translate("WorkshopArchive", "encrypted members are not allowed."))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise refuse(source, name, translate("WorkshopArchive", "this compression method is not supported."))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise refuse(source, name, translate("WorkshopArchive", "links are not allowed in an archive."))
    if info.is_dir():
        return
    if info.file_size > _limit(name):
        raise refuse(
            source,
            name,
            translate("WorkshopArchive", "the member is larger than {size} MB.").format(
                size=max(1, _limit(name) // _MB)
            ),
        )
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise refuse(
            source,
            name,
            translate(
                "WorkshopArchive", "the member is compressed more than {ratio} times: this looks like a zip bomb."
            ).format(ratio=MAX_RATIO),
        )


def read_members(source: Path, data: bytes | None = None) -> Members:
    """Check the container and read every member in memory (see the module). ``data``: the
    archive's bytes, already in memory (an archive being written, checked before it is)."""
    source = Path(source)
    try:
        size = source.stat().st_size if data is None else len(data)
    except OSError as error:
        raise ImportRefused(source, error.strerror or str(error)) from None
    if size > MAX_ARCHIVE_BYTES:
        raise ImportRefused(
            source,
            translate("WorkshopArchive", "the archive is larger than {size} MB.").format(size=MAX_ARCHIVE_BYTES // _MB),
        )
    try:
        with zipfile.ZipFile(source if data is None else io.BytesIO(data)) as archive:
            return _read(source, archive)
    except zipfile.BadZipFile as error:
        raise ImportRefused(
            source, translate("WorkshopArchive", "this is not a zip archive ({detail}).").format(detail=error)
        ) from None
    except (zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as error:
        raise ImportRefused(
            source, translate("WorkshopArchive", "the archive cannot be read ({detail}).").format(detail=error)
        ) from None


def _read(source: Path, archive: zipfile.ZipFile) -> Members:
    entries = archive.infolist()
    if len(entries) > MAX_MEMBERS:
        raise ImportRefused(
            source,
            translate("WorkshopArchive", "the archive holds {count} members; at most {max}.").format(
                count=len(entries), max=MAX_MEMBERS
            ),
        )
    seen: set[str] = set()
    for info in entries:
        if info.filename in seen:
            raise refuse(source, info.filename, translate("WorkshopArchive", "the archive holds this name twice."))
        seen.add(info.filename)
        _check_entry(source, info)
    if sum(info.file_size for info in entries) > MAX_TOTAL_BYTES:
        raise ImportRefused(
            source,
            translate("WorkshopArchive", "the archive unpacks to more than {size} MB.").format(
                size=MAX_TOTAL_BYTES // _MB
            ),
        )
    if JSON_MEMBER not in seen:
        raise ImportRefused(
            source, translate("WorkshopArchive", "this is not a workshop archive: workshop.json is missing.")
        )
    data: dict[str, bytes] = {}
    for info in entries:
        if info.is_dir():
            continue
        try:
            with archive.open(info) as stream:
                content = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, RuntimeError, EOFError) as error:
            raise refuse(
                source,
                info.filename,
                translate("WorkshopArchive", "the member is damaged ({detail}).").format(detail=error),
            ) from None
        if len(content) != info.file_size:
            raise refuse(
                source,
                info.filename,
                translate("WorkshopArchive", "the member's size is not the one the archive declares."),
            )
        data[info.filename] = content
    json_bytes = data.pop(JSON_MEMBER)
    return Members(source, json_bytes, data)
