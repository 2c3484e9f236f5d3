"""Lint, format and type counts only ever go down (ISSUE: code health).

``.ci/quality-baseline.json`` holds the number of ruff findings, of files ruff would
reformat, and of mypy errors, as they stand. A change that adds one fails here; a change that
removes some fails too, until the baseline is lowered to the new count, so that the gain is
kept. The tools' settings are in pyproject.toml.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / ".ci" / "quality-baseline.json"
BIN = Path(sys.executable).parent
PATHS = ["workshop_studio", "tests", "benchmarks", "scripts"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def ruff_findings() -> int:
    result = _run(str(BIN / "ruff"), "check", "--output-format", "json", "--no-cache", *PATHS)
    return len(json.loads(result.stdout or "[]"))


def files_to_reformat() -> int:
    result = _run(str(BIN / "ruff"), "format", "--check", "--no-cache", *PATHS)
    found = re.search(r"(\d+) files? would be reformatted", result.stdout + result.stderr)
    return int(found.group(1)) if found else 0


def mypy_errors() -> int:
    result = _run(str(BIN / "mypy"), "--no-incremental")
    found = re.search(r"Found (\d+) errors?", result.stdout)
    if found is None:
        assert "Success" in result.stdout, result.stdout + result.stderr
        return 0
    return int(found.group(1))


COUNTS = {"ruff": ruff_findings, "format": files_to_reformat, "mypy": mypy_errors}


@pytest.mark.parametrize("tool", sorted(COUNTS))
def test_the_count_never_goes_up_and_a_gain_is_kept(tool: str) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[tool]
    count = COUNTS[tool]()
    assert count <= baseline, f"{tool}: {count} now, {baseline} allowed: fix what this change added"
    assert count == baseline, f"{tool}: {count} now, better than {baseline}: lower the baseline in {BASELINE.name}"


if __name__ == "__main__":  # python tests/unit/test_code_health.py: print today's counts
    print(json.dumps({tool: count() for tool, count in COUNTS.items()}, indent=1))
