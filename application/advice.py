"""The stylist's advice that is not a product answer's refinement: how to look after a piece
(`care.py`), what to pack for a trip (`capsule.py`), which colours suit a personal colour
(`shopper.py`) — each routed here from the dialogue by its intent — and what the day's temperature
asks for (`dressed_for`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from catalog import Catalog
from understanding import Understood, asks_of_this
from vocabulary import TEMPERATURE_BANDS, temperature_band

from .answers import Answers
from .capsule import packing
from .care import Care
from .conversation import Conversation
from .recolour import Recolour
from .replies import Reply
from .shopper import ShopperQuestions

INTENTS = ("care", "pack", "palette")


@dataclass
class Advice:
    """Care, packing and personal colour."""

    answers: Answers
    shopper: ShopperQuestions
    recolour: Recolour
    catalog: Catalog
    today: Callable[[], date]
    care: Care = field(init=False)

    def __post_init__(self) -> None:
        self.care = Care(self.answers, self.catalog)

    async def reply(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """The advice `u.intent` asks for."""
        if u.intent == "palette":  # "저 여쿨인데 어울리는 색?"; "이거 여쿨한테 어울려?": the piece in view
            colour = await self.recolour.in_view(conversation, user_id, u) if asks_of_this(text) else None
            return await self.shopper.palette(user_id, u, language, colour)
        if u.intent == "pack":  # "what should I pack for 3 days in Jeju?": pieces that all mix
            kept = conversation.has_focus and (u.pointing or asks_of_this(text))  # "… with this"
            analysis, product = (
                (conversation.focus_analysis_id, conversation.focus_product_id) if kept else (None, None)
            )
            conversation.focus_on(analysis, product, mode="search")
            conversation.wish = packing(conversation.wish, u, self.today().month)
            replies = await self.answers.answer(conversation, user_id, "search", language)
            return replies + await self.shopper.ask_once(conversation, user_id, text, language)
        return await self.care.reply(conversation, user_id, u, language)  # "how do I wash it?"


def dressed_for(u: Understood) -> tuple[Understood, Reply]:
    """'12도인데 뭐 입지?': the message as asking for an outfit begun from the layer that weather asks
    for (`vocabulary.TEMPERATURE_BANDS`), and what it asks for, said first."""
    band = temperature_band(u.temperature or 0)
    _, _, category, article = TEMPERATURE_BANDS[band]
    return replace(u, category=category, article=article), Reply(
        "temperature", {"degrees": u.temperature, "band": band}
    )
