"""The look an analysis asks for (`matching.coherence.Look`): its gender when sure, its style (two
when the style head is unsure), its season, weather and audience, and the kind of garment it is —
read by the outfit, the verdicts, the albums and the wardrobe alike."""

from __future__ import annotations

from matching.coherence import Look
from storage import Analysis as AnalysisRow
from vocabulary import (
    COLD_CATEGORIES,
    LOOK_GENDER_SURE,
    SLOT_CATEGORIES,
    STYLE_MIX_BELOW,
    UNSURE_ITEM,
    WARM_CATEGORIES,
    WOMENSWEAR,
    slot_of,
)


def look_of(row: AnalysisRow) -> Look:
    """The look an analysis asks for: its gender (when known and `LOOK_GENDER_SURE`), its style (and
    the runner-up when the style head is unsure: a mix), its season and audience."""
    styles: tuple[str, ...] = (row.style,)
    if row.style_second and (row.style_confidence or 1.0) < STYLE_MIX_BELOW:
        styles += (row.style_second,)
    gender = row.gender if row.gender in ("men", "women") else "unisex"  # not sure: pieces for anyone
    if gender != "unisex" and (row.gender_confidence or 1.0) < LOOK_GENDER_SURE:
        gender = "unisex"  # answered, but not sure enough to leave out the other gender's pieces
    return Look(
        gender,
        styles,
        row.season or "",
        bool(row.kids),
        row.gender_lean or "",
        climate_of_look(row),
        dress=kind_of(row) == "dress" or row.category in WOMENSWEAR,
        busy=row.pattern not in (None, "solid"),
    )


def climate_of_look(row: AnalysisRow) -> str:
    """cold for a coat, a sweater or a hoodie (or a winter look), warm for shorts (or a summer one)."""
    if row.category in COLD_CATEGORIES or row.season == "winter":
        return "cold"
    return "warm" if row.category in WARM_CATEGORIES or row.season == "summer" else ""


def kind_of(row: AnalysisRow) -> str:
    """The kind of garment (outfit slot) an analysis is: its category's, unless 8 in 10 of the
    nearest products of any category agree on another kind and the category head is unsure of it
    or the picture is a product shot or a shop screenshot (the domain gate says so): the neighbours
    know those better than the head, which knows real photos."""
    shop = (row.result or {}).get("real_photo")
    if row.kind in SLOT_CATEGORIES and (
        row.category_confidence < UNSURE_ITEM or (shop is not None and shop < 0.5)
    ):
        return row.kind
    return slot_of(row.category)
