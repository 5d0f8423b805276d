"""The one codec for inline-button data: what a press asks for and about which analysis.

`o:12` match an outfit, `s:12` similar items, `c:12` cheaper, and `f:o:+:12` a vote on an outfit.
Anything else — data a client forged, or buttons of an older version — decodes to None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTIONS = {"o": "outfit", "s": "similar", "c": "cheaper"}
CODES = {kind: code for code, kind in ACTIONS.items()}
VOTE = "f"
_PRESS = re.compile(r"([osc]):([0-9]{1,18})", re.ASCII)
_VOTE = re.compile(r"f:([osc]):([+-]):([0-9]{1,18})", re.ASCII)


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


def decode(data: str | None) -> Press | Vote | None:
    """The press or vote a button's data stands for, or None when it is not one of ours."""
    if match := _PRESS.fullmatch(data or ""):
        return Press(ACTIONS[match[1]], int(match[2]))
    if match := _VOTE.fullmatch(data or ""):
        return Vote(ACTIONS[match[1]], 1 if match[2] == "+" else -1, int(match[3]))
    return None
