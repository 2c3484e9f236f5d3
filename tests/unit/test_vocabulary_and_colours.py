"""Vocabularies parse what facilitators type; every colour keeps text at 7:1."""

from __future__ import annotations

import pytest

from workshop_studio.domain.colours import (
    ANNOTATION_SWATCH,
    INK,
    KIND_SWATCH,
    PALETTE,
    card_fill,
    contrast_ratio,
    readable_tint,
)
from workshop_studio.domain.vocabulary import AnnotationKind, CardKind, Role


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("recruiter_profile", CardKind.RECRUITER_PROFILE),
        ("Profil de recruteur", CardKind.RECRUITER_PROFILE),
        ("  PROFIL DE RECRUTEUR ", CardKind.RECRUITER_PROFILE),
        ("Ticket d’or", CardKind.GOLDEN_TICKET),
        ("ticket d'or", CardKind.GOLDEN_TICKET),
        ("Golden ticket", CardKind.GOLDEN_TICKET),
        ("hypothese", CardKind.HYPOTHESIS),
        ("Posture du conseiller", CardKind.ADVISOR_POSTURE),
    ],
)
def test_card_kinds_accept_english_and_french(typed: str, expected: CardKind) -> None:
    assert CardKind.parse(typed) is expected


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError):
        CardKind.parse("licorne")


def test_roles_and_note_kinds_parse_french() -> None:
    assert Role.parse("Nouvelle recrue") is Role.NEW_HIRE
    assert Role.parse("cdde") is Role.CDDE
    assert AnnotationKind.parse("Bonne pratique") is AnnotationKind.GOOD_PRACTICE


def test_contrast_ratio_matches_wcag_extremes() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


def test_every_fill_keeps_ink_at_seven_to_one() -> None:
    for swatch in PALETTE.values():
        assert contrast_ratio(swatch.fill, INK) >= 7.0, swatch
    for key in (*KIND_SWATCH.values(), *ANNOTATION_SWATCH.values()):
        assert key in PALETTE


def test_a_dark_custom_colour_is_lightened_until_readable() -> None:
    fill = card_fill("question", "#0072B2")
    assert contrast_ratio(fill, INK) >= 7.0
    assert readable_tint("#FFFFFF") == "#FFFFFF"
