"""A one-page PDF (a converted pictogram) placed in a reportlab document as a form XObject.

reportlab cannot read PDF. pypdf reads the page; its content becomes the form's stream and
its resources (colour spaces, transparency states, shadings, patterns, pictures) are copied
object by object into reportlab's document, which then writes them like its own. The form is
defined once and drawn by every card that shows the pictogram (``canvas.doForm``).

Only drawing resources are copied: keys that could act (``/JS``, ``/AA``, ``/URI``,
``/Launch``, annotations…) are dropped whatever the PDF holds. Identical streams (the sRGB
profile every converted pictogram carries) are written once per document.
"""

from __future__ import annotations

import hashlib
from io import BytesIO
from typing import Any

_DROPPED = frozenset(
    {
        "/JS",
        "/JavaScript",
        "/AA",
        "/OpenAction",
        "/A",
        "/URI",
        "/Launch",
        "/Annots",
        "/EmbeddedFiles",
        "/Names",
        "/Parent",
        "/Metadata",
        "/Length",
        "/PieceInfo",
    }
)


class _Raw:
    """Bytes written as they are (a hex string)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


class FormImporter:
    """Copies PDF pages into one reportlab canvas as forms; shared streams once."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._streams: dict[str, Any] = {}

    def define(self, name: str, pdf: bytes) -> tuple[float, float]:
        """Define the form ``name`` from the first page of ``pdf``; return its width and height."""
        from pypdf import PdfReader
        from reportlab.pdfbase import pdfdoc

        page = PdfReader(BytesIO(pdf)).pages[0]
        box = page.mediabox
        x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
        memo: dict[tuple[int, int], Any] = {}
        entries: dict[str, Any] = {
            "Type": pdfdoc.PDFName("XObject"),
            "Subtype": pdfdoc.PDFName("Form"),
            "BBox": pdfdoc.PDFArray([x0, y0, x1, y1]),
        }
        if "/Resources" in page:
            entries["Resources"] = self._convert(page["/Resources"], memo)
        if "/Group" in page:
            entries["Group"] = self._convert(page["/Group"], memo)
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
        form = pdfdoc.PDFStream(pdfdoc.PDFDictionary(entries), data)
        self._canvas._doc.addForm(name, form)
        return x1 - x0, y1 - y0

    def _convert(self, value: Any, memo: dict[tuple[int, int], Any]) -> Any:
        from pypdf import generic
        from reportlab.pdfbase import pdfdoc

        if isinstance(value, generic.IndirectObject):
            key = (value.idnum, value.generation)
            if key not in memo:
                memo[key] = None  # a loop resolves to null rather than recursing
                converted = self._convert(value.get_object(), memo)
                is_object = isinstance(converted, pdfdoc.PDFObject)
                memo[key] = self._canvas._doc.Reference(converted) if is_object else converted
            return memo[key] if memo[key] is not None else "null"
        if isinstance(value, generic.StreamObject):
            return self._stream(value, memo)
        if isinstance(value, generic.DictionaryObject):
            return pdfdoc.PDFDictionary(
                {str(k)[1:]: self._convert(v, memo) for k, v in value.items() if k not in _DROPPED}
            )
        if isinstance(value, generic.ArrayObject):
            return pdfdoc.PDFArray([self._convert(v, memo) for v in value])
        if isinstance(value, generic.NameObject):
            return pdfdoc.PDFName(str(value)[1:])
        if isinstance(value, generic.BooleanObject):
            return "true" if value else "false"
        if isinstance(value, generic.NullObject):
            return "null"
        if isinstance(value, (generic.FloatObject, generic.NumberObject)):
            return float(value) if isinstance(value, generic.FloatObject) else int(value)
        if isinstance(value, (generic.TextStringObject, generic.ByteStringObject)):
            raw = value.original_bytes if isinstance(value, generic.TextStringObject) else bytes(value)
            return _Raw(b"<" + raw.hex().encode("ascii") + b">")
        return "null"

    def _stream(self, stream: Any, memo: dict[tuple[int, int], Any]) -> Any:
        from pypdf import generic
        from reportlab.pdfbase import pdfdoc

        raw = stream._data  # still encoded: its /Filter is copied with it
        shareable = not any(isinstance(v, generic.IndirectObject) for v in stream.values())
        digest = hashlib.sha256(raw + repr(sorted(stream.items())).encode()).hexdigest() if shareable else ""
        if digest and digest in self._streams:
            return self._streams[digest]
        dictionary = pdfdoc.PDFDictionary(
            {str(k)[1:]: self._convert(v, memo) for k, v in stream.items() if k not in _DROPPED}
        )
        converted = pdfdoc.PDFStream(dictionary, raw, filters=[])
        if digest:
            reference = self._canvas._doc.Reference(converted)
            self._streams[digest] = reference
            return reference
        return converted
