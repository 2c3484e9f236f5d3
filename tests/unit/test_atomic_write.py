"""A file written by an export is replaced whole or left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_studio.atomic import atomic_write


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "deck.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as handle:
            handle.write(b"half of the new")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.csv"]


def test_a_new_file_is_readable_by_others_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "new.json"
    with atomic_write(fresh) as handle:
        handle.write(b"{}")
    assert fresh.read_bytes() == b"{}" and fresh.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.json"
    kept.write_bytes(b"x")
    kept.chmod(0o600)
    with atomic_write(kept) as handle:
        handle.write(b"y")
    assert kept.read_bytes() == b"y" and kept.stat().st_mode & 0o777 == 0o600
