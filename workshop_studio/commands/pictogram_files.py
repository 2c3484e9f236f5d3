"""``import-pictogram FILE|FOLDER… [--label LABEL]``: many pictograms in one process.

Each file is checked as the console checks a dropped one (``pictogram_intake``); a folder
brings its SVG, PNG, JPEG and WebP files (not its sub-folders), in name order. Labels come
from the file names (``poignee_de_main.svg`` → "Poignee de main") unless ``--label`` names
the single file's. An accepted file is stored at once (its own transaction) and printed as
``<id>\\t<key>``; a refused one is a line on stderr with its reason. With several files, a
progress line counts them on stderr when it is a terminal, and a summary closes: accepted,
accepted with a warning, refused. The exit code is 1 when any file was refused.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from workshop_studio.commands import open_for
from workshop_studio.i18n import translate

PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")
PROGRESS_FROM = 10  # files; fewer go by too fast to need it


def register(subparsers: argparse._SubParsersAction) -> None:
    pictogram = subparsers.add_parser(
        "import-pictogram",
        help=translate("Cli", "add SVG, PNG, JPEG or WebP pictograms (files or folders); prints each one's id and key"),
    )
    pictogram.add_argument(
        "files",
        metavar=translate("Cli", "FILE"),
        type=Path,
        nargs="+",
        help=translate("Cli", "pictogram files, or folders holding them"),
    )
    pictogram.add_argument(
        "--label", help=translate("Cli", "its label, for a single file (default: from the file name)")
    )
    pictogram.add_argument("--label-en", help=translate("Cli", "its English label (default: the same)"))
    pictogram.set_defaults(run=run_import_pictograms)


def pictogram_files(given: list[Path]) -> list[Path]:
    """The files to import: each file given, and the picture files of each folder given and of
    its subfolders (icon sets come as trees: ``svg/outline/…``), hidden folders and links to
    folders left out."""
    found: list[Path] = []
    for path in given:
        if not path.is_dir():
            found.append(path)
            continue
        pictures: list[Path] = []
        for folder, subfolders, files in os.walk(path):  # links to folders are not followed
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            pictures.extend(Path(folder) / name for name in files if Path(name).suffix.lower() in PICTURE_SUFFIXES)
        found.extend(sorted(pictures))
    return found


def run_import_pictograms(args: argparse.Namespace, db_target: str) -> int:
    from workshop_studio.interchange.errors import ImportRefused
    from workshop_studio.interchange.pictogram_intake import label_from_file_name, read_pictogram
    from workshop_studio.services.errors import ServiceError
    from workshop_studio.services.pictograms import new_pictogram

    files = pictogram_files(args.files)
    if args.label and len(files) != 1:
        print(
            "workshop-studio: "
            + translate("Cli", "--label names one file's pictogram; {count} files were given.").format(
                count=len(files)
            ),
            file=sys.stderr,
        )
        return 1
    # A bad single file is refused before the database opens (ImportRefused, exit 1).
    checked = [(files[0], read_pictogram(files[0]))] if len(files) == 1 else []
    db = None
    accepted = warned = refused = 0
    show_progress = len(files) >= PROGRESS_FROM and sys.stderr.isatty()
    try:
        for number, path in enumerate(files, start=1):
            if show_progress:
                print(f"\r{number}/{len(files)}", end="", file=sys.stderr, flush=True)
            try:
                picture = checked[0][1] if checked else read_pictogram(path)
            except ImportRefused as refusal:
                refused += 1
                print(("\n" if show_progress else "") + f"workshop-studio: {refusal.message()}", file=sys.stderr)
                continue
            if db is None:
                db = open_for(args, db_target)
            try:
                with db.write() as session:
                    pictogram = new_pictogram(
                        session,
                        data=picture.data,
                        media_type=picture.media_type,
                        label_fr=args.label or label_from_file_name(path),
                        label_en=args.label_en,
                        source=path.name,
                    )
                    line = f"{pictogram.id}\t{pictogram.key}"
            except ServiceError as error:
                refused += 1
                print(("\n" if show_progress else "") + f"workshop-studio: {path}: {error}", file=sys.stderr)
                continue
            print(line, flush=True)
            accepted += 1
            for warning in picture.warnings:
                warned += 1
                print(
                    ("\n" if show_progress else "")
                    + translate("Cli", "warning: {file}: {warning}").format(file=path, warning=warning),
                    file=sys.stderr,
                )
    finally:
        if db is not None:
            db.dispose()
    if show_progress:
        print(file=sys.stderr)
    if len(files) > 1 or not files:
        print(
            translate(
                "Cli", "{accepted} accepted ({warned} with a warning), {refused} refused, of {total} files."
            ).format(accepted=accepted, warned=warned, refused=refused, total=len(files)),
            file=sys.stderr,
        )
    return 1 if refused or not files else 0
