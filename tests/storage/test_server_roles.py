"""PostgreSQL's own roles: a read-only role opens the team's database and reviews it, and an
edit it tries is refused with one clear line (the command line and the services alike)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop_studio.interchange.sample import open_with_sample
from workshop_studio.services import cards as card_service
from workshop_studio.services.review import note_rows
from workshop_studio.services.workshops import list_workshop_summaries
from workshop_studio.storage.errors import PermissionRefused
from workshop_studio.storage.models import Card

pytestmark = pytest.mark.postgresql

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_read_only_role_reviews_but_may_not_edit(reviewer_url: str) -> None:
    db = open_with_sample(reviewer_url)  # at head and seeded already: opening writes nothing
    try:
        with db.read() as session:  # the review reads as usual
            (workshop,) = list_workshop_summaries(session)
            assert len(note_rows(session, workshop.id)) == 40
            card = session.scalars(select(Card).order_by(Card.id)).first()
            assert card is not None

        with pytest.raises(PermissionRefused) as refused:
            with db.write() as session:
                card_service.update_card(session, card.id, title="Pas le droit")
        message = str(refused.value)
        assert "reviewer_" in message and "read only" in message and "\n" not in message
    finally:
        db.dispose()


def test_the_command_line_says_so_in_one_line_and_writes_nothing(reviewer_url: str) -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "workshop_studio", "--db", reviewer_url, "list", "workshops"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert listed.returncode == 0 and "Atelier" in listed.stdout
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_studio",
            "--db",
            reviewer_url,
            "import-deck",
            str(DATA / "cartes_libreoffice_utf8.csv"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "may not change this" in refused.stderr and "Traceback" not in refused.stderr
