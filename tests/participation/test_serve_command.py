"""``workshop-studio serve``: the join address on the first line, the same API, SIGTERM stops it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from phone_client import Phone


def test_serve_prints_the_join_address_and_stops_on_sigterm(db_target: str) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop_studio",
            "--db",
            db_target,
            "serve",
            "1",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--moderation",
            "tray",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
    )
    try:
        assert process.stdout is not None
        join_url = process.stdout.readline().strip()
        assert join_url.startswith("http://127.0.0.1:") and len(join_url.rstrip("/").rsplit("/", 1)[1]) == 32
        assert "room code" in process.stdout.readline()
        phone = Phone(join_url)
        assert phone.join("new_hire", "Sam").status == 201
        answer = phone.note("Depuis le serveur seul", "quote")
        assert answer.status == 201 and answer.body["place"].startswith("À trier")
        phone.close()
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=15)
    assert code == 0, process.stderr.read() if process.stderr else ""

    from workshop_studio.services.notes import workshop_notes
    from workshop_studio.storage.migrate import open_database

    db = open_database(db_target)
    try:
        with db.read() as session:
            texts = {n.text: n for n in workshop_notes(session, 1)}
    finally:
        db.dispose()
    assert texts["Depuis le serveur seul"].role == "new_hire" and texts["Depuis le serveur seul"].author == "Sam"


def test_serve_refuses_every_interface_at_once(db_target: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", db_target, "serve", "1", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
    )
    assert result.returncode == 1 and "0.0.0.0" in result.stderr and "Traceback" not in result.stderr
