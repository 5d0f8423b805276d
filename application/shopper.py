"""Who the user shops for, as the conversation learns it: the question put once under the first
outfit asked for, its buttons (who, then the price band), "I'm a woman" said in passing, and the
personal colour they say they are ("저 여쿨이에요": its colours said, and searches lean to them)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from understanding import Understood, parse
from vocabulary import FEATURES, PALETTES

from .account import PRICE_BANDS, Account
from .conversation import Conversation
from .replies import Action, Reply, shop_for_question

Route = Callable[[Conversation, int | None, Understood, str, str], Awaitable[list[Reply]]]


@dataclass
class ShopperQuestions:
    """The settings a conversation asks for or hears; `route` answers the request they came with."""

    account: Account
    route: Route

    async def ask_once(
        self, conversation: Conversation, user_id: int | None, text: str, language: str, say: str = ""
    ) -> list[Reply]:
        """The settings question under the first outfit asked for while the user has not said who
        they shop for (`say`: in other words, asked before the answer); the request is kept, to answer
        again once they have."""
        shopper = await self.account.shopper(user_id)
        if shopper.gender is not None or shopper.asked or user_id is None or conversation.wish.gender:
            return []
        conversation.pending = text
        await self.account.set_shopper(user_id, language)  # asked: never again unprompted
        return [shop_for_question(say or "ask_shop_for")]

    async def for_self(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """'Now one for me' after a look for someone else ("for my boyfriend"): the same occasion's look
        for who the user shops for, asked first when they never said; [] when the look was theirs."""
        shopper = await self.account.shopper(user_id)
        if user_id is None or conversation.wish.gender in (None, shopper.gender):
            return []
        if shopper.gender is None and not shopper.asked:  # whose, first (answered once they tap)
            conversation.pending = text
            await self.account.set_shopper(user_id, language)
            return [shop_for_question()]
        kept = conversation.wish
        conversation.focus_on(mode="")
        conversation.wish = kept.fresh(u)  # the budget kept, not his gender
        look = replace(u, intent="outfit", occasion=kept.occasion, style=kept.style, season=kept.season)
        return await self.route(conversation, user_id, look, text, language)

    async def palette(
        self, user_id: int | None, u: Understood, language: str, colour: str | None = None
    ) -> list[Reply]:
        """'I'm a summer cool, what colours suit me?': the colours that suit the type and those to keep
        from the face; said of the user, kept, so searches show their colours first. With the
        `colour` of the garment asked about ("이거 여쿨한테 어울려?"): whether it is one of them."""
        kept = bool(u.own_palette and user_id is not None)
        if kept and user_id is not None:
            await self.account.set_shopper(user_id, language, palette=u.tone)
        tone = u.tone if u.tone in (*PALETTES, *FEATURES) else (await self.account.shopper(user_id)).palette
        if tone not in (*PALETTES, *FEATURES):  # "what colours suit me?" from one who never said their type
            return [Reply("palette_which", {"colour": colour} if colour else {})]
        palette = PALETTES.get(str(tone)) or FEATURES[str(tone)]  # a type, or "blue eyes"
        fits = "yes" if colour in palette.suits else "no" if colour in palette.avoid else "neutral"
        values = {"palette": tone, "kept": kept, "known": tone != u.tone}
        values |= {"colour": colour, "fits": fits} if colour else {}
        return [Reply("palette", values)]

    async def noted(self, user_id: int | None, u: Understood, language: str) -> list[Reply]:
        """'I'm a woman', '저 남자예요': kept as who the user shops for; "I'm on a budget", "학생이라 돈이
        없어요": the lowest price band kept (as /settings would); each said so."""
        if user_id is None:
            return []
        said = []
        if u.own_gender and u.gender:
            shopper = await self.account.set_shopper(user_id, language, gender=u.gender)
            said.append(Reply("shop_for_noted", {"gender": shopper.gender}))
        if "budget" in u.cues and u.max_price is None:  # "on a budget, under 50,000 won": that price
            await self.account.set_shopper(user_id, language, band=0)
            said.append(Reply("band_noted", {"band": 0}))
        return said

    async def answer(
        self, conversation: Conversation, user_id: int | None, action: Action, language: str
    ) -> list[Reply]:
        """A press of the question's buttons: who, then the price band, then the request it came with."""
        if user_id is None or (action.kind == "band" and not 0 <= int(action.arg) < len(PRICE_BANDS)):
            return [Reply("old_button", alert=True)]
        if action.kind == "shop_for":
            await self.account.set_shopper(user_id, language, gender=str(action.arg))
            bands = [Action("band", i) for i in range(4)]
            return [Reply("ask_band", {"gender": action.arg}, actions=[bands[:2], bands[2:]])]
        shopper = await self.account.set_shopper(user_id, language, band=int(action.arg))
        replies = [Reply("settings_saved", {"gender": shopper.gender, "band": int(action.arg)})]
        pending, conversation.pending = conversation.pending, None
        if pending:  # the request the question came with, answered for who they shop for
            replies += await self.route(conversation, user_id, parse(pending), pending, language)
        return replies
