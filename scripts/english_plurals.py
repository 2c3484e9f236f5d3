"""Fill the English plurals-only catalogue from the source strings themselves.

"%n note(s)" becomes "%n note" / "%n notes"; "copy(ies)" becomes "copy" / "copies".
Run after ``scripts/i18n.py update``.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n import CATALOGUES, release

_PLURAL = re.compile(r"(\w*?)\((\w+)\)")


def forms(source: str) -> tuple[str, str]:
    def singular(match: re.Match[str]) -> str:
        return match.group(1)

    def plural(match: re.Match[str]) -> str:
        stem, ending = match.groups()
        return (stem[:-1] if ending == "ies" and stem.endswith("y") else stem) + ending

    return _PLURAL.sub(singular, source), _PLURAL.sub(plural, source)


def main() -> int:
    ts = CATALOGUES["en"]
    tree = ElementTree.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") != "yes":
            continue
        one, many = forms(message.findtext("source") or "")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        ElementTree.SubElement(translation, "numerusform").text = one
        ElementTree.SubElement(translation, "numerusform").text = many
        translation.attrib.pop("type", None)
    with tempfile.NamedTemporaryFile("wb", dir=ts.parent, delete=False) as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    Path(out.name).replace(ts)
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
