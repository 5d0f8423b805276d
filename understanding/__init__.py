"""Understanding typed messages offline: a deterministic parser fed by the one vocabulary.

`parse(text)` returns an `Understood`: the intent (outfit, search, refine, help, …) and the slots a
message names (colour, not_colour, category, style, occasion, gender, price band, season). It imports
only `vocabulary`.
"""

from .parser import INTENTS, language_of_text, normalise, parse
from .personal import asks_of_this
from .prices import PriceBand, find_price
from .understood import SLOT_KEYS, Understood

__all__ = [
    "INTENTS",
    "SLOT_KEYS",
    "PriceBand",
    "Understood",
    "asks_of_this",
    "find_price",
    "language_of_text",
    "normalise",
    "parse",
]
