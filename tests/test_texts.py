"""The analysis message: confident answers give one label, unsure ones name both candidates."""

from __future__ import annotations

import numpy as np

from bot.texts import render_analysis
from inference import Analysis, Prediction


def _analysis(colour: Prediction) -> Analysis:
    return Analysis(
        category=Prediction("shirt", 0.9, [("shirt", 0.9), ("blouse", 0.05)]),
        attributes={
            "colour": colour,
            "pattern": Prediction("solid", 0.8, [("solid", 0.8), ("striped", 0.1)]),
        },
        style=Prediction("casual", 0.7, [("casual", 0.7), ("formal", 0.3)]),
        cluster=0,
        cluster_name="casual · shirt · navy",
        embedding=np.zeros(4, np.float32),
    )


def test_confident_attributes_show_one_label() -> None:
    text = render_analysis(_analysis(Prediction("navy", 0.81, [("navy", 0.81), ("blue", 0.1)])), "en")
    assert "Colour: navy (81%)" in text
    assert "Pattern: solid (80%)" in text


def test_unsure_colour_names_both_candidates() -> None:
    colour = Prediction("navy", 0.48, [("navy", 0.48), ("blue", 0.40)])
    assert "Colour: navy or blue (48% / 40%)" in render_analysis(_analysis(colour), "en")
    assert "색상: 네이비 또는 블루 (48% / 40%)" in render_analysis(_analysis(colour), "ko")
