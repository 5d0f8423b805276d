"""Why an item was recommended, as data: `bot.texts.word_reason` says it in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from matching.outfits import Pick


@dataclass(frozen=True)
class Reason:
    """The colour rule that pairs the item with the user's garment and the style both share."""

    ours: str | None = None  # the user's garment's colour
    theirs: str | None = None  # the recommended item's colour
    rule: str = ""  # "tone_on_tone", "harmony" or "" (nothing worth saying about colour)
    style: str | None = None  # both are of this style
    season: str | None = None  # the look's season (winter / summer), which the item suits
    asked: bool = False  # the style is the one the user asked for ("for the gym"), not the garment's

    def code(self) -> str:
        """A compact, language-free form for the database ('harmony:navy+beige;style:casual')."""
        parts = [f"{self.rule}:{self.ours}+{self.theirs}"] if self.rule else []
        parts += [f"{'asked' if self.asked else 'style'}:{self.style}"] if self.style else []
        return ";".join(parts + ([f"season:{self.season}"] if self.season else []))

    def __bool__(self) -> bool:
        return bool(self.rule or self.style or self.season)


def reason_for(
    pick: Pick, colour: str | None, style: str | None, season: str = "", asked: bool = False
) -> Reason:
    """Tone on tone for the same colour (two multicoloured prints are no tone on tone), harmony for
    colours the rules do not call a clash, and the style when both share it (or, `asked`, when the
    item is of the style the user asked for)."""
    theirs = pick.candidate.colour
    rule = ""
    if colour and theirs and theirs == colour:
        rule = "tone_on_tone" if colour != "multi" else ""
    elif colour and theirs and pick.harmony_rule != "clash":
        rule = "harmony"
    return Reason(colour, theirs, rule, style if pick.same_usage else None, season or None, asked)
