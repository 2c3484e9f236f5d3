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


# --- Two engines -------------------------------------------------------------------------
# Tests of these folders (and any test marked ``both_engines``) that use a database fixture run
# twice: on an SQLite file and on a real PostgreSQL server the tests start (postgres_server.py).
# ``-m "not postgresql"`` runs the SQLite half alone; without PostgreSQL installed, that half
# is all that runs (the other is skipped), unless WORKSHOP_STUDIO_TEST_POSTGRES=required.
BOTH_ENGINES_FOLDERS = (
    "storage",
    "unit/services",
    "review",
    "interchange",
    "participation/test_participation_notes.py",
    "participation/test_serve_command.py",
)
ENGINES = ("sqlite", "postgresql")


def _on_both_engines(metafunc: pytest.Metafunc) -> bool:
    """Tests that ask for ``db_path`` (the SQLite file itself) or are marked ``sqlite_only``
    check SQLite's own promises (pragmas, backups, the quick read): they run once."""
    if metafunc.definition.get_closest_marker("sqlite_only") is not None or "db_path" in metafunc.fixturenames:
        return False
    if metafunc.definition.get_closest_marker("both_engines") is not None:
        return True
    relative = Path(str(metafunc.definition.path)).resolve().relative_to(TESTS_DIR).as_posix()
    return any(relative == folder or relative.startswith(folder + "/") for folder in BOTH_ENGINES_FOLDERS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" in metafunc.fixturenames and _on_both_engines(metafunc):
        metafunc.parametrize(
            "db_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
        )


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine this test runs on: "sqlite" unless parametrised (see above)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    from postgres_server import REQUIRED_ENV, PostgresServer, find_binaries

    binaries = find_binaries()
    if binaries is None:
        if os.environ.get(REQUIRED_ENV) == "required":
            pytest.fail("PostgreSQL is required here but its binaries are missing (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql): the SQLite half runs alone")
    server = PostgresServer(binaries).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_templates(postgres_server) -> dict[str, str]:
    """Databases tests are cloned from: "seeded" (migrated, with the sample) and "empty"."""
    from workshop_studio.interchange.sample import open_with_sample
    from workshop_studio.storage.migrate import open_database

    seeded = postgres_server.create_database("seeded")
    open_with_sample(postgres_server.url(seeded)).dispose()
    empty = postgres_server.create_database("migrated")
    open_database(postgres_server.url(empty)).dispose()
    return {"seeded": seeded, "empty": empty}


@pytest.fixture
def postgres_database(request: pytest.FixtureRequest):
    """A factory of private databases on the test server: ``make(template)`` gives a URL."""
    server = request.getfixturevalue("postgres_server")
    made: list[str] = []

    def make(template: str = "seeded") -> str:
        source = request.getfixturevalue("postgres_templates").get(template, template)
        name = server.create_database(template=source)
        made.append(name)
        return server.url(name)

    yield make
    for name in made:
        server.drop_database(name)


@pytest.fixture
def reviewer_url(postgres_server, postgres_database) -> str:
    """The seeded team database, and a role that may only read it (PostgreSQL's own roles)."""
    url = postgres_database("seeded")
    name = url.rsplit("/", 1)[1]
    role = f"reviewer_{name}"
    postgres_server.execute(f'CREATE ROLE "{role}" LOGIN', f'GRANT CONNECT ON DATABASE "{name}" TO "{role}"')
    postgres_server.execute(
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"',
        database=name,
    )
    yield postgres_server.url(name, user=role)
    postgres_server.execute(f'DROP OWNED BY "{role}"', database=name)
    postgres_server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'DROP ROLE "{role}"')


@pytest.fixture
def db_target(request: pytest.FixtureRequest, db_engine: str, postgres_database) -> str:
    """What ``--db`` gets: the private SQLite copy's path, or a private PostgreSQL database's URL."""
    if db_engine == "sqlite":
        return str(request.getfixturevalue("db_path"))
    return postgres_database("seeded")


@pytest.fixture
def db(db_target: str):
    from workshop_studio.storage.migrate import open_database

    database = open_database(db_target)
    yield database
    database.dispose()


@pytest.fixture
def empty_target(db_engine: str, tmp_path: Path, postgres_database) -> str:
    return str(tmp_path / "empty.sqlite3") if db_engine == "sqlite" else postgres_database("empty")


@pytest.fixture
def empty_db(empty_target: str):
    """A migrated database with no content at all."""
    from workshop_studio.storage.migrate import open_database

    database = open_database(empty_target)
    yield database
    database.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``PRAGMA reverse_unordered_selects`` is SQLite's: its "reversed" runs stay on SQLite."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        on_postgres = params.get("db_engine") == "postgresql"
        reversed_run = "reversed" in (params.get("sdb"), params.get("rdb"))
        (dropped if on_postgres and reversed_run else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
