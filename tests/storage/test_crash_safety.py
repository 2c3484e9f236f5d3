"""kill -9 at any moment loses no acknowledged note and leaves a sound file (QUALITY.md).

A real child process captures notes as fast as it can through the capture service, printing
each note's uid only after its transaction committed (that is when the console shows it as
done). We kill it with SIGKILL at a random moment, many times, then check every printed uid
is in the file and that SQLite finds nothing wrong.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = r"""
import sys, uuid
from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import AnnotationKind, Role
from workshop_studio.services.notes import capture_note
from workshop_studio.storage.migrate import open_database

db = open_database(sys.argv[1])
stages = [int(s) for s in sys.argv[2].split(",")]
print("ready", flush=True)
i = 0
while True:
    uid = uuid.uuid4().hex
    with db.write() as session:
        capture_note(session, workshop_id=1, target=Target.stage(stages[i % len(stages)]),
                     kind=AnnotationKind.IDEA, text=f"note {i} « é » <b>", uid=uid, role=Role.CDE)
    print(uid, flush=True)
    i += 1
"""

ROUNDS = 12


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_minus_nine_mid_burst_loses_nothing(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        stages = ",".join(str(r[0]) for r in connection.execute("SELECT id FROM workshop_stage"))
    rng = random.Random(20261128)
    acknowledged: list[str] = []
    for _ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), stages], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        os.set_blocking(child.stdout.fileno(), False)
        while time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        os.set_blocking(child.stdout.fileno(), True)
        lines = child.stdout.read().splitlines()
        acknowledged.extend(line for line in lines if len(line) == 32)  # a torn last line was never acknowledged

        with sqlite3.connect(db_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            stored = {row[0] for row in connection.execute("SELECT uid FROM annotation")}
        missing = [uid for uid in acknowledged if uid not in stored]
        assert missing == []
    assert len(acknowledged) > ROUNDS  # the bursts did write notes
