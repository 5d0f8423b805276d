"""Whether garments go together (`matching.together`): the verdict on an album's pieces."""

from __future__ import annotations

from matching.together import Piece, judge


def test_neutrals_and_one_accent_go_well_together() -> None:
    verdict = judge(
        [Piece("top", "red", "casual"), Piece("bottom", "navy", "casual"), Piece("shoes", "white", "casual")]
    )
    assert verdict.verdict == "good" and verdict.swap is None
    assert [n.code for n in verdict.notes] == ["colours"]
    assert "bag" in verdict.missing or "outerwear" in verdict.missing


def test_the_piece_that_clashes_with_the_others_is_the_one_to_swap() -> None:
    verdict = judge(
        [Piece("top", "purple", "casual"), Piece("bottom", "navy", "casual"), Piece("shoes", "red", "sports")]
    )
    assert verdict.verdict == "poor" and verdict.swap == 2
    codes = {n.code: n.pieces for n in verdict.notes}
    assert codes["clash"] == (0, 2) and codes["style_mix"] == (2,)


def test_two_pieces_for_one_slot_are_named_and_a_dress_over_leggings_is_layering() -> None:
    verdict = judge([Piece("bottom", "black", "casual"), Piece("bottom", "blue", "casual")])
    assert verdict.score == 0.0 and verdict.notes[0].code == "same_slot"
    verdict = judge(
        [
            Piece("dress", "black", "party"),
            Piece("bottom", "black", "party"),
            Piece("shoes", "black", "party"),
        ]
    )
    assert verdict.verdict == "good" and not [n for n in verdict.notes if n.code != "colours"]
    two_tops = judge([Piece("top", "white", "casual"), Piece("top", "grey", "casual")])
    assert two_tops.verdict == "good"  # layers


def test_one_piece_is_fine_and_says_what_completes_it() -> None:
    verdict = judge([Piece("top", "white", "casual")])
    assert verdict.verdict == "good" and verdict.missing
