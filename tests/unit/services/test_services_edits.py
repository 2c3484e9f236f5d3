"""The small rules every edit shares: where moved items land, slugs, unique names."""

from __future__ import annotations

import pytest

from workshop_studio.services.edits import UNSET, check_permutation, given, moved
from workshop_studio.services.errors import NotFound, Refused
from workshop_studio.services.naming import slugify, unique_key, unique_name


@pytest.mark.parametrize(
    ("ids", "to_index", "expected"),
    [
        ([3], 0, [3, 1, 2, 4, 5]),  # drop on the first row
        ([1], 5, [2, 3, 4, 5, 1]),  # drop below the last row
        ([1], 99, [2, 3, 4, 5, 1]),
        ([2, 4], 0, [2, 4, 1, 3, 5]),  # several, kept in their order
        ([4, 2], 0, [2, 4, 1, 3, 5]),  # whatever order they were selected in
        ([2, 4], 3, [1, 3, 2, 4, 5]),  # dropped on one of the moved: before the next unmoved
        ([1, 2], 2, [1, 2, 3, 4, 5]),  # just after themselves: nothing moves
        ([5], 4, [1, 2, 3, 4, 5]),
    ],
)
def test_moved_lands_where_a_drop_row_says(ids: list[int], to_index: int, expected: list[int]) -> None:
    assert list(moved([1, 2, 3, 4, 5], ids, to_index)) == expected


def test_moved_refuses_strangers_and_permutations_are_checked() -> None:
    with pytest.raises(NotFound):
        moved([1, 2], [3], 0)
    assert check_permutation([1, 2, 3], [3, 1, 2], "cards") == (3, 1, 2)
    for wrong in ([1, 2], [1, 2, 2], [1, 2, 4]):
        with pytest.raises(Refused):
            check_permutation([1, 2, 3], wrong, "cards")


def test_given_leaves_out_what_was_not_passed() -> None:
    assert given(title="x", body=UNSET, colour=None) == {"title": "x", "colour": None}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Café & œuvre", "cafe-oeuvre"),
        ("L’entretien d’embauche", "l-entretien-d-embauche"),
        ("  --Étape 3 : suivi--  ", "etape-3-suivi"),
        ("مرحبا", "item"),
        ("", "item"),
        ("x" * 200, "x" * 60),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_unique_key_and_name() -> None:
    assert unique_key("star", {"star", "star-2"}) == "star-3"
    assert unique_key("moon", {"star"}) == "moon"
    assert unique_name("Jeu", {"Jeu", "Jeu (2)"}, lambda base, n: f"{base} ({n})") == "Jeu (3)"
