"""'What's my style?', '내 스타일 분석해줘': what the user's own saved pieces (their wardrobe) and the
products they kept (favourites) say of their taste — the style and colours they lean to — which
slots of a whole outfit their wardrobe has nothing for yet, and a colour that would go with what
they have (`matching.outfits.colours_for`: a pop of colour for a wardrobe of neutrals, a neutral to
calm a colourful one); "what should I buy next?": a search for the slot it lacks, in their style."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog import Catalog
from matching.outfits import NEUTRALS, colours_for
from storage import Favourite
from vocabulary import slot_of

from .account import Account
from .answers import Answers
from .conversation import Conversation
from .replies import Reply
from .wish import Wish

LEAST = 2  # pieces and kept products it takes to say anything of a taste
WHOLE = ("top", "bottom", "shoes", "outerwear", "bag")  # what a wardrobe needs for a whole outfit
NEUTRAL_WARDROBE = 0.6  # this share of neutrals or more: a pop of colour is what it lacks


BUY = {  # the kind searched for a slot the wardrobe lacks
    "top": "shirt",
    "bottom": "pants",
    "shoes": "shoes",
    "outerwear": "outerwear",
    "bag": "bag",
}


@dataclass
class Taste:
    """The user's taste, read from what they saved and kept."""

    sessions: async_sessionmaker[AsyncSession]
    account: Account
    catalog: Catalog
    answers: Answers

    async def reply(self, user_id: int | None) -> list[Reply]:
        """Their style, colours, what their wardrobe lacks and a colour to add; too little saved: how
        to let Stylist learn it."""
        values = await self.profile(user_id)
        return [Reply("taste", values) if values else Reply("taste_unknown")]

    async def profile(self, user_id: int | None) -> dict[str, Any]:
        """What their saved pieces and kept products say (empty when too little is saved)."""
        pieces = await self.account.wardrobe(user_id)
        async with self.sessions() as session:
            kept = (
                await session.scalars(select(Favourite.product_id).where(Favourite.user_id == user_id))
            ).all()
        products = [self.catalog.items[i] for i in kept if i in self.catalog.items]
        styles = Counter([p.style for p in pieces] + [p.usage for p in products if p.usage])
        colours = Counter([p.colour for p in pieces if p.colour] + [p.colour for p in products if p.colour])
        if sum(styles.values()) < LEAST or not colours:
            return {}
        style, count = styles.most_common(1)[0]
        main = [colour for colour, _ in colours.most_common(3)]
        neutral = sum(n for c, n in colours.items() if c in NEUTRALS) / sum(colours.values())
        advice = colours_for(main[0])
        add = (advice.accents or advice.tonal or advice.bold) if neutral >= NEUTRAL_WARDROBE else advice.calm
        owned = Counter(slot_of(p.category) for p in pieces)
        return {
            "style": style,
            "count": count,
            "total": sum(styles.values()),
            "colours": main,
            "neutral": neutral >= NEUTRAL_WARDROBE,
            "add": next((c for c in add if c not in main), add[0] if add else None),
            "missing": [slot for slot in WHOLE if pieces and not owned[slot]],
            "fewest": min(WHOLE, key=lambda slot: owned[slot]) if pieces else None,
        }

    async def next_buy(self, conversation: Conversation, user_id: int | None, language: str) -> list[Reply]:
        """'What should I buy next?': a search for the slot their wardrobe lacks (else has fewest of),
        in their style, in neutrals when their colours are bold — said first, why."""
        values = await self.profile(user_id)
        slot = (values.get("missing") or [values.get("fewest")])[0] if values else None
        if slot is None:
            return [Reply("taste_unknown")]
        tone = None if values["neutral"] else "neutral"  # a colourful wardrobe's next piece: a neutral
        conversation.focus_on(mode="search")
        conversation.wish = Wish(category=BUY[slot], style=values["style"], tone=tone)
        said = Reply(
            "next_buy", {"slot": slot, "colours": values["colours"], "missing": bool(values["missing"])}
        )
        return [said, *await self.answers.answer(conversation, user_id, "search", language)]
