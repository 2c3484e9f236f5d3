"""Helpers for the review tests: a database dump, the sample's names, reading exports back."""

from __future__ import annotations

import io
from typing import Any

from sample_people import PARTICIPANT_NAMES  # noqa: F401 - offered to the tests importing it from here
from sqlalchemy import select

from workshop_studio.storage.engine import Database
from workshop_studio.storage.models import Base

Dump = dict[str, list[tuple[Any, ...]]]


def dump_database(db: Database) -> Dump:
    """Every row of every table, in primary-key order: "nothing changed" is an equality."""
    tables: Dump = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in connection.execute(query)]
    return tables


def pdf_pages_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font the document uses (forms followed): its name, and whether it is embedded."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    def resolve(obj):
        return obj.get_object() if isinstance(obj, IndirectObject) else obj

    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        stack = [resolve(page.get("/Resources")) or {}]
        while stack:
            resources = stack.pop()
            for font in (resolve(resources.get("/Font")) or {}).values():
                font = resolve(font)
                descriptor = resolve(font.get("/FontDescriptor")) or {}
                if not descriptor and "/DescendantFonts" in font:
                    descriptor = resolve(resolve(font["/DescendantFonts"])[0].get("/FontDescriptor")) or {}
                embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[str(font.get("/BaseFont"))] = embedded
            for xobject in (resolve(resources.get("/XObject")) or {}).values():
                xobject = resolve(xobject)
                if xobject.get("/Subtype") == "/Form":
                    stack.append(resolve(xobject.get("/Resources")) or {})
    return fonts
