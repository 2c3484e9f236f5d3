"""Keep the translations in step with the code.

    python scripts/i18n.py update      # extract strings (lupdate) into the .ts files, then compile (lrelease)
    python scripts/i18n.py missing     # list French messages still unfinished, as TSV
    python scripts/i18n.py fill F.tsv [en]  # write translations from a TSV:
                                            # context, source, translation[, plural forms…]
    python scripts/i18n.py release     # compile the .ts files into .qm

English ships a plurals-only catalogue (``lupdate -pluralonly``) so "%n note(s)" reads
"1 note" / "2 notes"; French is complete.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workshop_studio"
TRANSLATIONS = PACKAGE / "translations"
BIN = Path(sys.executable).parent
CATALOGUES = {"fr": TRANSLATIONS / "workshop_studio_fr.ts", "en": TRANSLATIONS / "workshop_studio_en.ts"}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path, language: str) -> str:
    command = [
        str(BIN / "pyside6-lupdate"),
        *sources(),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        str(ts),
    ]
    if language == "en":
        command.insert(-2, "-pluralonly")
    return subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> list[ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            message.set("_context", context.findtext("name") or "")
            found.append(message)
    return found


def unfinished(ts: Path) -> list[tuple[str, str]]:
    result = []
    for message in messages(ts):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            result.append((message.get("_context", ""), message.findtext("source") or ""))
    return result


def fill(ts: Path, table: Path) -> int:
    """Write translations from ``table`` into ``ts``; return how many were written."""
    wanted: dict[tuple[str, str], list[str]] = {}
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) >= 3 and not row[0].startswith("#"):
                wanted[(row[0], row[1].replace("\\n", "\n"))] = [t.replace("\\n", "\n") for t in row[2:]]
    tree = ElementTree.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                continue
            translation = message.find("translation")
            assert translation is not None
            for child in list(translation):
                translation.remove(child)
            forms = wanted[key]
            if message.get("numerus") == "yes":
                translation.text = None
                for form in (forms * 2)[: max(2, len(forms))]:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            count += 1
    with tempfile.NamedTemporaryFile("wb", dir=ts.parent, delete=False) as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    Path(out.name).replace(ts)
    return count


def release() -> None:
    for ts in CATALOGUES.values():
        lrelease(ts, ts.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        for language, ts in CATALOGUES.items():
            print(lupdate(ts, language).strip())
        release()
        print(f"{len(unfinished(CATALOGUES['fr']))} French message(s) unfinished")
    elif command == "missing":
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        for context, source in unfinished(CATALOGUES["fr"]):
            writer.writerow([context, source.replace("\n", "\\n")])
    elif command == "fill":
        language = argv[2] if len(argv) > 2 else "fr"
        print(f"{fill(CATALOGUES[language], Path(argv[1]))} translation(s) written")
        release()
    elif command == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
