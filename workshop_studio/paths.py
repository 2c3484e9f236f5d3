"""Where things live: the shipped assets, and the user's data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "WorkshopStudio"
APP_AUTHOR = "WorkshopStudio"
DB_ENV_VAR = "WORKSHOP_STUDIO_DB"

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR.parent / "assets"
CARDS_DIR = ASSETS_DIR / "cards"
PICTOGRAMS_DIR = ASSETS_DIR / "pictograms"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def default_database() -> str:
    """``--db`` wins over ``WORKSHOP_STUDIO_DB``, which wins over the user data folder."""
    return os.environ.get(DB_ENV_VAR) or str(user_data_dir() / "workshop-studio.sqlite3")
