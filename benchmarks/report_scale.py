"""The workshop report (PDF) of a workshop with many notes: time and peak memory, as ratios
against the sample workshop's report, measured in the same run.

    python benchmarks/report_scale.py [--notes 20000]

A copy of the sample database gets ``--notes`` notes spread over the sample workshop's
stages, kinds and participants (texts of 40 to 400 characters); then ``workshop-studio
export-workshop 1 --out report.pdf`` runs as a whole process, timed wall clock, its peak
resident memory read from the kernel (``ru_maxrss``). The same for the sample as it ships
(a few dozen notes) gives the floor. The campaign that asked for this measured 81 s and
406 MB for 20,000 notes. Prints figures and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PHRASES = (
    "Le gérant ne rappelle jamais après l’entretien",
    "la période d’essai se passe mal dès la deuxième semaine",
    "personne ne l’a prévenu des horaires",
    "on a réécrit l’annonce trois fois",
    "le tuteur est parti en congé",
    "un ticket d’or aurait aidé",
    "il faut revoir la fiche de poste avec le conseiller",
)


def build(path: Path, notes: int) -> None:
    """The sample database with ``notes`` more notes in workshop 1, written in one transaction."""
    from sqlalchemy import select

    from workshop_studio.domain.vocabulary import AnnotationKind
    from workshop_studio.interchange.sample import open_with_sample
    from workshop_studio.services.notes import Target, add_annotation
    from workshop_studio.storage.models import Participant, WorkshopStage

    rng = random.Random(20_000)
    db = open_with_sample(str(path))
    try:
        with db.write() as session:
            stages = session.scalars(select(WorkshopStage.id).where(WorkshopStage.workshop_id == 1)).all()
            people = session.scalars(select(Participant.id).where(Participant.workshop_id == 1)).all()
            kinds = list(AnnotationKind)
            for index in range(notes):
                text = " ; ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 8)))
                add_annotation(
                    session,
                    workshop_id=1,
                    target=Target.stage(rng.choice(stages)),
                    kind=rng.choice(kinds),
                    text=f"{index} — {text}",
                    participant_id=rng.choice(people),
                )
    finally:
        db.dispose()


def run(db: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one ``export-workshop`` process."""
    env = {**os.environ, "LANG": "C.UTF-8"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_studio",
            "--lang",
            "en",
            "--db",
            str(db),
            "export-workshop",
            "1",
            "--out",
            str(out),
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=20_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ws-report-bench-"))
    try:
        sample, big = work / "sample.sqlite3", work / "big.sqlite3"
        build(sample, 0)
        shutil.copyfile(sample, big)
        build(big, args.notes)
        floor_s, floor_mb = run(sample, work / "sample.pdf")  # first: its peak is the floor's own
        big_s, big_mb = run(big, work / "big.pdf")
        print(f"sample report: {floor_s:.2f} s, peak {floor_mb:.0f} MB")
        print(
            f"{args.notes} more notes: {big_s:.2f} s, peak {big_mb:.0f} MB "
            f"({(work / 'big.pdf').stat().st_size / 1e6:.1f} MB of PDF)"
        )
        print(f"time x{big_s / floor_s:.1f}, memory x{big_mb / floor_mb:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
