"""Fixtures for the print tests: a small deck built in memory, and a private pictogram cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_studio.domain.materials import CardView
from workshop_studio.paths import PICTOGRAMS_DIR


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets an empty pictogram cache (on disk and in memory)."""
    from workshop_studio.export import pictogram_art

    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(pictogram_art, "_memory", {})
    yield cache


@pytest.fixture
def cache_dir(_private_cache: Path) -> Path:
    return _private_cache / "pictograms"


@pytest.fixture(scope="session")
def tabler_svg() -> bytes:
    return (PICTOGRAMS_DIR / "calendar.svg").read_bytes()


def make_deck(count: int, svg: bytes | None = None) -> list[CardView]:
    """``count`` cards titled "Card 01"…, backs "Back 01"…; every other card has ``svg``."""
    return [
        CardView(
            kind="question",
            title=f"Card {n:02d}",
            body="Qui décide « vraiment » ? Œuvre, cœur, été.",
            back=f"Back {n:02d}",
            pictogram_data=svg if svg is not None and n % 2 else None,
            pictogram_media_type="image/svg+xml" if svg is not None and n % 2 else None,
        )
        for n in range(1, count + 1)
    ]


@pytest.fixture
def deck(tabler_svg: bytes) -> list[CardView]:
    return make_deck(11, tabler_svg)
