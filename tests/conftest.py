"""Shared fixtures. Tests run with no display: Qt uses the offscreen platform."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"

# The suite sets up the environment it needs, whatever the developer's shell exports:
# - a laptop (1366x768) and a projector (1920x1080), as PRINT.md describes, for every Qt test
#   (a plain "offscreen" would give one screen);
# - English as the starting language, in this process and in every command a test runs
#   (LANGUAGE and LC_ALL would override LANG); tests about French ask for it themselves.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DATA_DIR / 'screens.json'}"
os.environ["LANG"] = "en_US.UTF-8"
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "WORKSHOP_STUDIO_DB"):
    os.environ.pop(_variable, None)

from workshop_studio import i18n  # noqa: E402


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Each test starts with untranslated messages, whatever a previous test installed."""
    i18n.install(None)
    yield
    i18n.install(None)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database built once; tests get copies of it."""
    from workshop_studio.interchange.sample import open_with_sample

    path = tmp_path_factory.mktemp("template") / "sample.sqlite3"
    open_with_sample(str(path)).dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, seeded_template: Path) -> Path:
    """A private copy of the seeded sample database."""
    target = tmp_path / "workshop.sqlite3"
    shutil.copyfile(seeded_template, target)
    return target


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    from workshop_studio.storage.migrate import open_database

    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def empty_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A migrated database with no content at all."""
    from workshop_studio.storage.migrate import open_database

    database = open_database(str(tmp_path / "empty.sqlite3"))
    yield database
    database.dispose()
