"""Start-up of the console, as ratios against a bare PySide6 window measured in the same run.

    python benchmarks/startup.py [--runs 7]

Each run is a whole new process, timed from just before it is spawned (wall clock) to:
  * bare:    the first paint of an empty QMainWindow (the floor);
  * window:  the first paint of the console window;
  * content: the first paint of the sample workshop's title on the Workshops page.
Goals (issue 2): window <= 2x bare, content <= 3x bare. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            print(f"bare {time.time()}", flush=True)
            app.quit()
        return False

app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""

CONSOLE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import workshop_studio.app as app_module

seen = set()

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            window = QApplication.activeWindow() or next(iter(QApplication.topLevelWidgets()), None)
            if "window" not in seen and obj.metaObject().className() == "ConsoleWindow":
                seen.add("window"); print(f"window {time.time()}", flush=True)
            page = getattr(obj, "parent", lambda: None)()
            if "content" not in seen and obj.metaObject().className() == "QLabel" and obj.text() == TITLE:
                seen.add("content"); print(f"content {time.time()}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False

TITLE = sys.argv[2]
original = app_module.create_application
def create(*args, **kwargs):
    app = original(*args, **kwargs)
    app._probe = Probe()
    app.installEventFilter(app._probe)
    return app
app_module.create_application = create
from workshop_studio.cli import main
sys.exit(main(["--db", sys.argv[1], "--lang", "fr"]))
"""


def run(script: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    marks = {}
    for line in out.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        marks[name] = float(stamp) - start
    if not marks:
        raise RuntimeError(out.stderr)
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ws-startup-"))
    db = work / "bench.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", str(db), "list", "workshops"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )  # migrated and seeded beforehand
    title = subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", str(db), "list", "workshops"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split("\t")[1]
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # no remembered window from the user's own runs

    bare, window, content = [], [], []
    run(BARE)  # warm the file cache for both
    run(CONSOLE, str(db), title)
    for _ in range(args.runs):
        bare.append(run(BARE)["bare"])
        marks = run(CONSOLE, str(db), title)
        window.append(marks["window"])
        content.append(marks["content"])
    shutil.rmtree(work, ignore_errors=True)

    b, w, c = statistics.median(bare), statistics.median(window), statistics.median(content)
    print(f"bare PySide6 window : {b * 1000:7.1f} ms (median of {args.runs})")
    print(f"console window      : {w * 1000:7.1f} ms  -> {w / b:4.2f}x bare (goal <= 2x)")
    print(f"workshop content    : {c * 1000:7.1f} ms  -> {c / b:4.2f}x bare (goal <= 3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
