"""Printing cards with long bodies, as ratios against the same cards with short bodies.

    python benchmarks/long_texts.py [--cards 2000] [--runs 3]

Both decks are printed in this process (no database), same titles, same layout: one deck's
bodies are 80 characters, the other's 5,000 (the most a card holds; cut with an ellipsis on
the card). Text fitting used to wrap the whole body at every size it tried: 5,000 such cards
took 130 s against 2 s for short ones (x65). Fitting now measures a body once and wraps only
as far as the box holds, so what is left is drawing: a long body fills its card with about
twelve times the lines of a short one. Printed: the export's ratio long / short, beside the
ratio of text lines drawn (goal: the first no more than 1.5 times the second), and the
fitting alone (layout of every card, no drawing). Asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

WORDS = [
    "Le",
    "gérant",
    "rappelle",
    "le",
    "lundi",
    "pour",
    "un",
    "poste",
    "qui",
    "aurait",
    "dû",
    "être",
    "pourvu",
    "la",
    "semaine",
    "d’avant,",
    "il",
    "tranche",
    "vite,",
    "décroche",
    "toujours,",
    "mais",
    "voudrait",
    "sauter",
    "l’étape",
    "où",
    "l’on",
    "définit",
    "le",
    "poste",
    "et",
    "la",
    "période",
    "d’essai.",
]


def body(length: int, rng: random.Random) -> str:
    words: list[str] = []
    total = 0
    while total < length:
        words.append(rng.choice(WORDS))
        total += len(words[-1]) + 1
    return " ".join(words)[:length]


def deck(cards: int, length: int) -> list:  # type: ignore[type-arg]
    from workshop_studio.domain.materials import CardView

    rng = random.Random(length)
    return [
        CardView(kind="question", title=f"Carte {i} au titre assez long", body=body(length, rng)) for i in range(cards)
    ]


def median_time(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from workshop_studio.domain.card_sizes import CARD_SIZES
    from workshop_studio.export.card_layout import layout_front
    from workshop_studio.export.deck_pdf import render_deck_pdf
    from workshop_studio.export.print_options import PrintOptions

    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cache = Path(tempfile.gettempdir()) / "ws-long-texts"
    render_deck_pdf(deck(9, 80), PrintOptions(), cache_dir=cache)  # fonts and caches warmed, untimed
    poker = CARD_SIZES["poker"]
    figures = {}
    for length in (80, 5000):
        cards = deck(args.cards, length)
        export = median_time(lambda cards=cards: render_deck_pdf(cards, PrintOptions(), cache_dir=cache), args.runs)
        fitting = median_time(lambda cards=cards: [layout_front(c, poker) for c in cards], args.runs)
        lines = sum(len(block.fitted.lines) for c in cards for block in layout_front(c, poker).texts)
        figures[length] = (export, fitting, lines)
        print(
            f"{args.cards} cards, {length:>5}-character bodies: export {export:.2f} s, fitting {fitting:.2f} s, "
            f"{lines} lines drawn"
        )
    (short, short_fit, short_lines), (long, long_fit, long_lines) = figures[80], figures[5000]
    print(
        f"export long / short: {long / short:.2f}; lines drawn long / short: {long_lines / short_lines:.2f} "
        f"(goal: the first <= 1.5 x the second)"
    )
    print(f"fitting long / short: {long_fit / short_fit:.2f}")


if __name__ == "__main__":
    main()
