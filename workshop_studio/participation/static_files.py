"""The phone page's files, shipped in the wheel (``static/``), read once, no CDN."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True)
class StaticFile:
    data: bytes
    content_type: str


class StaticFiles:
    def __init__(self) -> None:
        folder = resources.files("workshop_studio.participation") / "static"
        self._files: dict[str, StaticFile] = {}
        for entry in folder.iterdir():
            suffix = "." + entry.name.rsplit(".", 1)[-1]
            if entry.is_file() and suffix in TYPES:
                self._files[entry.name] = StaticFile(entry.read_bytes(), TYPES[suffix])

    def get(self, name: str) -> StaticFile | None:
        """A file by its exact name: no folders, so no path can climb out."""
        return self._files.get(name)
