"""The one codec for inline-button data: short ASCII strings, each what one press asks for.

`o:12` match an outfit for analysis 12, `s:12` similar items, `c:12` cheaper, `f:o:+:12` a vote on an
outfit; the conversation's own buttons: `x:colour` remove a filter, `e:1` an example request,
`g:women` who the user shops for, `b:2` a price band, `w:12` save a garment to the wardrobe, `a:12`
save all of an outfit photo's garments, `l:12` save the album whose first photo is analysis 12, `u:7`
remove wardrobe piece 7, `m:0` match from the wardrobe, `d:y` / `d:n` confirm or cancel `/forget`,
`n:outfit` the next few of the outfit (similar items, search) in view, `k:outfit` the answer before it,
`r:12.skirt` analysis 12 is a skirt (its reading's second candidate).
Anything else — data a client forged, or buttons of an older version — decodes to None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from application import Action

ACTIONS = {"o": "outfit", "s": "similar", "c": "cheaper"}
CODES = {kind: code for code, kind in ACTIONS.items()}
VOTE = "f"
_PRESS = re.compile(r"([osc]):([0-9]{1,18})", re.ASCII)
_VOTE = re.compile(r"f:([osc]):([+-]):([0-9]{1,18})", re.ASCII)
# conversation buttons: code -> (action kind, pattern of its argument, whether it is a number)
_CONVERSATION: dict[str, tuple[str, str, bool]] = {
    "x": ("unfilter", r"[a-z_]{1,16}", False),
    "e": ("example", r"[0-9]", True),
    "g": ("shop_for", r"women|men|any", False),
    "b": ("band", r"[0-9]", True),
    "w": ("save", r"[0-9]{1,18}", True),
    "a": ("save_all", r"[0-9]{1,18}", True),
    "l": ("save_album", r"[0-9]{1,18}", True),
    "u": ("unsave", r"[0-9]{1,18}", True),
    "m": ("wardrobe_match", r"0", True),
    "d": ("forget", r"y|n", False),
    "n": ("another", r"outfit|similar|search", False),
    "k": ("back", r"outfit|similar|search", False),
    "r": ("correct_as", r"[0-9]{1,18}\.[a-z-]{1,12}", False),
}
_CONVERSATION_CODES = {kind: code for code, (kind, _, _) in _CONVERSATION.items()}


@dataclass(frozen=True)
class Press:
    """A press of Match an outfit, Similar items or Cheaper (`kind`) under analysis `analysis_id`."""

    kind: str
    analysis_id: int

    def encode(self) -> str:
        return f"{CODES[self.kind]}:{self.analysis_id}"


@dataclass(frozen=True)
class Vote:
    """A 👍 (+1) or 👎 (-1) on the `kind` of recommendation made for analysis `analysis_id`."""

    kind: str
    value: int
    analysis_id: int

    def encode(self) -> str:
        return f"{VOTE}:{CODES[self.kind]}:{'+' if self.value > 0 else '-'}:{self.analysis_id}"


def encode_action(action: Action) -> str:
    """A dialogue's button as callback data."""
    if action.kind in CODES:
        return Press(action.kind, int(action.arg)).encode()
    arg = {"yes": "y", "no": "n"}.get(str(action.arg), str(action.arg))
    return f"{_CONVERSATION_CODES[action.kind]}:{arg}"


def decode(data: str | None) -> Press | Vote | Action | None:
    """The press, vote or conversation action a button's data stands for, or None when it is not
    one of ours."""
    data = data or ""
    if match := _PRESS.fullmatch(data):
        return Press(ACTIONS[match[1]], int(match[2]))
    if match := _VOTE.fullmatch(data):
        return Vote(ACTIONS[match[1]], 1 if match[2] == "+" else -1, int(match[3]))
    code, _, arg = data.partition(":")
    if code in _CONVERSATION:
        kind, pattern, numeric = _CONVERSATION[code]
        if re.fullmatch(pattern, arg, re.ASCII):
            value: str | int = int(arg) if numeric else {"y": "yes", "n": "no"}.get(arg, arg)
            return Action(kind, value)
    return None
