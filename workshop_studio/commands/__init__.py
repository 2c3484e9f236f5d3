"""Headless sub-commands of ``workshop-studio``. None of them imports PySide6.

Each module exposes ``register(subparsers)``, adding parsers whose ``run`` default takes
``(args, db_target)`` and returns an exit code. They open the database with
:func:`open_for`, which migrates it and seeds a new one with the sample unless
``--no-sample`` was given.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_studio.storage.engine import Database


def open_for(args: argparse.Namespace, db_target: str) -> Database:
    from workshop_studio.interchange.sample import open_with_sample

    return open_with_sample(db_target, sample=getattr(args, "sample", True))
