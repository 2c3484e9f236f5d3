"""Note capture latency on a crowded timeline (issue 5).

    python benchmarks/annotation_latency.py [--existing 5000] [--added 2000]

Fills a copy of the sample workshop with ``--existing`` notes, opens the console's timeline
and capture bar (offscreen Qt), then adds ``--added`` notes one by one through the same path
as the Enter key (``CaptureBar.submit``: commit, undo command, model, scene), lets Qt paint
what changed, then (a second, conservative figure) repaints the whole view. Prints p50/p99 of
commit + repaint, the time of a full
repaint of the whole timeline, and the process's peak memory against a bare PySide6 window
measured in the same run. Goals: p99 <= 16 ms, full repaint <= 16 ms, memory <= 2.5x.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = (
    "import resource, sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1600, 900); w.show(); app.processEvents()\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def fill(db_path: Path, count: int) -> None:
    """Add ``count`` notes spread over the workshop's stages, straight into the file."""
    with sqlite3.connect(db_path) as connection:
        stages = [r[0] for r in connection.execute("SELECT id FROM workshop_stage WHERE workshop_id = 1")]
        roles = ("cde", "cdde", "recruiter", "new_hire", "partner")
        kinds = ("irritant", "idea", "question", "quote", "good_practice", "emotion_positive", "emotion_negative")
        rows = [
            (
                uuid.uuid4().hex,
                1,
                "stage",
                stages[i % len(stages)],
                roles[i % 5],
                kinds[i % 7],
                f"Note {i} : ce que le groupe a dit de cette étape, en une phrase ou deux.",
                1000.0 + i,
                0,
                i % 4,
                "2026-11-24 14:00:00",
                "2026-11-24 14:00:00",
            )
            for i in range(count)
        ]
        connection.executemany(
            "INSERT INTO annotation (uid, workshop_id, target_kind, workshop_stage_id, role, kind, text, position, "
            "hidden, votes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--fill":
        fill(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--existing", type=int, default=5000)
    parser.add_argument("--added", type=int, default=2000)
    args = parser.parse_args()

    root = Path(__file__).resolve().parent.parent
    work = Path(tempfile.mkdtemp(prefix="ws-latency-"))
    db_path = work / "bench.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", str(db_path), "list", "workshops"],
        check=True,
        capture_output=True,
        cwd=root,
    )
    # Filled by a separate process, so that its rows do not count in this process's memory.
    subprocess.run([sys.executable, __file__, "--fill", str(db_path), str(args.existing)], check=True)
    bare_kb = int(subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True).stdout)

    from workshop_studio.app import create_application
    from workshop_studio.domain.notes import Target
    from workshop_studio.storage.migrate import open_database
    from workshop_studio.ui.console.capture_bar import CaptureBar
    from workshop_studio.ui.timeline.panel import TimelinePanel
    from workshop_studio.ui.workspace import Workspace

    app = create_application(language="fr")
    workspace = Workspace(open_database(str(db_path)))
    workspace.set_workshop(1)
    panel = TimelinePanel(workspace)
    panel.resize(1600, 900)
    panel.show()
    stages = workspace.timeline.stages
    bar = CaptureBar(workspace, lambda: (Target.stage(panel.scene.current_stage_id), "stage"))
    bar.show()
    app.processEvents()
    viewport = panel.view.viewport()

    timings, with_full = [], []
    for i in range(args.added):
        panel.scene.select_stage(stages[i % len(stages)].id)
        app.processEvents()
        bar.text.setText(f"Nouvelle note {i} saisie au clavier pendant l'atelier.")
        start = time.perf_counter()
        bar.submit()
        app.processEvents()  # Qt paints what changed, as it would on screen
        done = time.perf_counter()
        viewport.repaint()  # and, to be conservative, the whole view once more
        timings.append((done - start) * 1000)
        with_full.append((time.perf_counter() - start) * 1000)

    panel.view.set_zoom(1.0)
    repaint_normal = []
    for _ in range(30):
        panel.view.viewport().update()
        start = time.perf_counter()
        viewport.repaint()
        repaint_normal.append((time.perf_counter() - start) * 1000)
    panel.view.fit_all()
    app.processEvents()
    repaint_all = []
    for _ in range(30):
        start = time.perf_counter()
        viewport.repaint()
        repaint_all.append((time.perf_counter() - start) * 1000)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    notes = len(workspace.timeline.notes())
    workspace.db.dispose()
    shutil.rmtree(work, ignore_errors=True)

    print(f"notes on the timeline at the end : {notes}")
    print(
        f"add a note (commit + repaint)    : p50 {statistics.median(timings):5.1f} ms, "
        f"p99 {percentile(timings, 0.99):5.1f} ms (goal p99 <= 16 ms)"
    )
    print(
        f"  … plus a full repaint of the view: p50 {statistics.median(with_full):5.1f} ms, "
        f"p99 {percentile(with_full, 0.99):5.1f} ms"
    )
    print(f"repaint at 100 % zoom            : p50 {statistics.median(repaint_normal):5.1f} ms")
    print(f"full repaint, whole timeline     : p50 {statistics.median(repaint_all):5.1f} ms (goal <= 16 ms)")
    print(
        f"peak memory                      : {peak_kb / 1024:5.0f} MiB = {peak_kb / bare_kb:4.2f}x a bare PySide6 "
        f"window ({bare_kb / 1024:.0f} MiB) (goal <= 2.5x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
