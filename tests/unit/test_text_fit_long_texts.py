"""Text fitting measures a text once and stops wrapping at the first line too many (a
5,000-character body costs about what a short one does: ``benchmarks/long_texts.py`` measures
it). The results must be exactly those of the plain algorithm (wrap the whole text at every
size from the largest down), which is written out here, on its own, as the reference."""

from __future__ import annotations

import random
import re

from workshop_studio.export import text_fit
from workshop_studio.export.fonts import BOLD, REGULAR, printable

BREAKABLE = re.compile(r"[ \t\u2000-\u200b]+")  # spaces a line may break at; not U+00A0 nor U+202F


def _reference_split(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line, cut into pieces that fill lines, letter by letter."""
    pieces, current, advance = [], "", 0.0  # advance: the piece's width at 1 pt
    for char in word:
        if current and (advance + text_fit.char_width_mm(char, font)) * size > width + 1e-9:
            pieces.append(current)
            current, advance = "", 0.0
        current += char
        advance += text_fit.char_width_mm(char, font)
    return [*pieces, current] if current else pieces


def _reference_wrap(text: str, font: str, size: float, width: float) -> tuple[list[str], bool]:
    space = text_fit.char_width_mm(" ", font) * size
    lines: list[str] = []
    broke = False
    for paragraph in text_fit.keep_together(printable(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        current, used = "", 0.0
        for word in (w for w in BREAKABLE.split(paragraph) if w):
            w = text_fit.width_mm(word, font, size)
            if w > width:
                broke = True
                pieces = _reference_split(word, font, size, width)
                if current:
                    lines.append(current)
                lines.extend(pieces[:-1])
                current, used = pieces[-1], text_fit.width_mm(pieces[-1], font, size)
                continue
            if not current:
                current, used = word, w
            elif used + space + w <= width:
                current, used = f"{current} {word}", used + space + w
            else:
                lines.append(current)
                current, used = word, w
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines, broke


def _reference_fit(text, font, width, height, *, max_pt, min_pt, floor_pt=None, max_lines=None, leading=1.2, step=0.25):
    floor = min_pt if floor_pt is None else min(floor_pt, min_pt)
    size = max_pt
    while True:
        lines, broke = _reference_wrap(text, font, size, width)
        limit = int((height + 1e-9) // text_fit.line_height_mm(size, leading))
        if max_lines is not None:
            limit = min(limit, max_lines)
        if len(lines) <= limit and (not broke or size <= min_pt + 1e-9):
            return tuple(lines), size, size < min_pt, broke, False
        if size - step < floor - 1e-9:
            break
        size = round(size - step, 4)
    kept = lines[: max(limit, 1)]
    line = kept[-1]
    while line and text_fit.width_mm(line + text_fit.ELLIPSIS, font, size) > width:
        line = line[:-1]
    kept[-1] = line.rstrip() + text_fit.ELLIPSIS
    return tuple(kept), size, size < min_pt, broke, True


def _text(rng: random.Random) -> str:
    alphabet = "abcdéèà çœ«»’ mmmWW\n\t-–"
    length = rng.choice([0, 1, 8, 60, 400, 1500])
    text = "".join(
        rng.choice(alphabet)
        if rng.random() < 0.92
        else rng.choice(["supercalifragilistique" * rng.randint(1, 5), " ", "\n\n"])
        for _ in range(length)
    )
    return "\n\n" + text + "\n \n" if rng.random() < 0.1 else text


def test_fitting_gives_exactly_what_the_plain_algorithm_gives() -> None:
    rng = random.Random(13)
    for _ in range(150):
        text, font = _text(rng), rng.choice([REGULAR, BOLD])
        width, height = rng.uniform(0.5, 70), rng.uniform(0.5, 110)
        top = rng.uniform(6, 24)
        low = rng.uniform(3, top)
        options = {
            "max_pt": top,
            "min_pt": low,
            "floor_pt": rng.choice([None, rng.uniform(2, low)]),
            "max_lines": rng.choice([None, 1, 3]),
        }
        fitted = text_fit.fit(text, font, width, height, **options)
        got = (fitted.lines, fitted.size_pt, fitted.below_minimum, fitted.broke_words, fitted.truncated)
        assert got == _reference_fit(text, font, width, height, **options), (text[:40], width, height, options)
        size = rng.uniform(3, 30)
        assert text_fit.wrap(text, font, size, width) == _reference_wrap(text, font, size, width)


def test_a_text_far_too_long_for_its_box_is_cut_with_an_ellipsis_inside_the_box() -> None:
    body = "Le gérant rappelle le lundi pour un poste à pourvoir hier. " * 90  # 5,000 characters
    assert len(text_fit.wrap(body, REGULAR, 8.0, 50.0)[0]) > 100  # a hundred lines when wrapped whole
    options = {"max_pt": 11, "min_pt": 7, "floor_pt": 5}
    fitted = text_fit.fit(body, REGULAR, 50.0, 40.0, **options)
    got = (fitted.lines, fitted.size_pt, fitted.below_minimum, fitted.broke_words, fitted.truncated)
    assert got == _reference_fit(body, REGULAR, 50.0, 40.0, **options)
    assert fitted.truncated and fitted.size_pt == 5 and fitted.lines[-1].endswith(text_fit.ELLIPSIS)
    assert len(fitted.lines) * fitted.line_height_mm <= 40.0
    assert all(text_fit.width_mm(line, REGULAR, fitted.size_pt) <= 50.0 for line in fitted.lines)
    assert " ".join(fitted.lines).startswith("Le gérant rappelle le lundi pour un poste à pourvoir hier. Le gérant")


def test_french_punctuation_never_starts_a_printed_line() -> None:
    """A card's « ? », « : » or closing guillemet stays on its word's line, on paper as on the
    room's screen (a line starting with « ? » was seen on a printed golden-ticket card)."""
    text = "Qu’est-ce qui s’est bien passé ? Offrez « un merci » : une carte ; un geste !"
    for width in range(20, 80):
        lines, _broke = text_fit.wrap(text, REGULAR, 12.0, float(width))
        assert not any(line.lstrip("\u00a0")[:1] in set("?!:;»") for line in lines), (width, lines)
        assert not any(line.endswith("«") for line in lines), (width, lines)
