"""The style a message names, and whether it was a dressy one toned down: "less formal", "덜 격식있게"
are smart casual; "too casual" asks for the one across from it."""

from __future__ import annotations

import re

from .match import Match

_LESS = re.compile(r"(?:\bless|\bnot so|\bnot too|\btoo|덜|너무)\s*$")  # "too casual": less so
_TOO_STIFF = (  # said of a look in view ("너무 딱딱해 보여", "it looks too stuffy"): less so, asked
    r"\btoo (?:stiff|corporate|stuffy|serious|uptight|dressed[- ]up|done up|try-?hard)\b"
    r"|\b(?:looks?|feels?) (?:too |so |a bit |very |kinda )?(?:stiff|stuffy|corporate)\b"
    r"|너무\s?딱딱해|딱딱해\s?보|딱딱한\s?(?:느낌|것\s?같)|너무\s?(?:갖춰|각\s?잡)"
    r"|너무\s?(?:꾸민|힘\s?준)\s?(?:느낌|티|것\s?같|거\s?같|듯)(?!\s?(?:은|는|이)?\s?(?:말고|없이|안\s?나))"
)
_STIFF = re.compile(
    _TOO_STIFF + r"|\b(?:(?:not|nothing) (?:too |so )?|less )(?:stiff|corporate|stuffy)\b"
    r"|딱딱하지\s?않|안\s?딱딱|덜\s?딱딱|너무\s?딱딱하지"
    r"|너무\s?(?:꾸민|차려입은|힘준)\s?(?:느낌|티|거)?\s?(?:말고|없이|안\s?나게|싫)|힘\s?뺀|덜\s?꾸민"
)
LESS_SAID = re.compile(  # a change asked ("less dressy"), not a bound ("not too formal")
    _TOO_STIFF + r"|\bless (?:formal|dressy|dressed up|fancy|smart|stiff|corporate|stuffy)\b"
    r"|덜\s?(?:격식|포멀|차려|꾸민|딱딱)"
)
NOT_TOO_KO = re.compile(
    r"너무\s?(포멀|격식|차려|캐주얼|스포티)\S*?\s?(?:하|있|입)?지\s?않"
)  # "너무 포멀하지 않게"
_NOT_TOO_OF = {"포멀": ("casual", True), "격식": ("casual", True), "차려": ("casual", True)}
_NOT_TOO_OF |= {"캐주얼": ("formal", False), "스포티": ("casual", False)}
_LESS_OF = {"formal": "casual", "party": "casual", "sports": "casual", "ethnic": "casual", "casual": "formal"}


def style_named(text: str, matches: list[Match]) -> tuple[str | None, bool]:
    """The style named, and whether it was a dressy one toned down: "less formal", "덜 격식있게" are
    smart casual; "덜 캐주얼하게" names the one across from it."""
    styles = [m for m in matches if m.kind == "style"]  # "smart shoes that aren't too formal": toned down
    styles.sort(key=lambda m: m.term.startswith("dress"))  # "dress up for a party": the party's
    match = next((m for m in styles if _LESS.search(text[: m.start])), styles[0] if styles else None)
    if said := NOT_TOO_KO.search(text):  # "너무 포멀하지 않게": smart casual, asked (not "너무 포멀해?")
        return _NOT_TOO_OF[said[1]]
    if _STIFF.search(text):  # "출근룩인데 너무 딱딱하지 않게", "너무 꾸민 느낌 말고": smart casual
        return "casual", True
    if match is None:
        return None, False
    if _LESS.search(text[: match.start]) or match.negated:  # "not formal", "정장은 싫어": as "less"
        return _LESS_OF[match.label], match.label in ("formal", "party")
    return match.label, False
