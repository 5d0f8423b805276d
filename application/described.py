"""An outfit around a garment described rather than sent: "what goes with white sneakers?", "an outfit
for a wedding", "what goes with my jeans?" — the user's own saved piece, else the catalogue's most
typical product as described (the nearest colour or kind when there is none, said) becomes the focus;
the photo in view itself when it is the garment named ("티셔츠랑 어울리는 바지" of a T-shirt photo, "신발이랑
어울리는 바지" of an outfit photo with shoes)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from understanding import Understood
from vocabulary import WOMENSWEAR, slot_of

from .account import Account
from .answers import Answers
from .ask import Ask
from .conversation import Conversation
from .looks import kind_of
from .replies import Reply
from .search import Search
from .wardrobe import Wardrobe

LEATHER = ("brown", "black", "burgundy")  # shoes a belt matches ("what belt goes with brown shoes?"),
TRAINERS = ("Sports Shoes", "Sandals", "Sports Sandals", "Flip Flops")  # unless trainers or sandals


@dataclass
class Described:
    """The described garment's outfit, for the dialogue and the verdicts."""

    account: Account
    wardrobe: Wardrobe
    search: Search
    answers: Answers

    async def outfit(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """'What goes with white sneakers?', 'an outfit for a wedding': the catalogue's most typical
        product as described becomes the focus, and the outfit is built around it; the photo in view
        when it is the garment named ("티셔츠랑 어울리는 바지" of a T-shirt's: its trousers)."""
        if await self._in_view(conversation, user_id, u):
            conversation.wish = replace(
                conversation.wish.fresh(u), category=u.wanted, colour=None, article=None
            )
            return await self.answers.answer(conversation, user_id, "outfit", language)
        shopper = await self.account.shopper(user_id)
        described = fresh = conversation.wish.described(u)  # "shoes for my red dress": the dress
        own, saved = (
            await self.wardrobe.own(user_id, described.category, described.colour) if u.mine else (None, 0)
        )
        if own is not None:  # "what goes with my jeans?": the user's own, saved
            conversation.focus_on(analysis_id=own)
            conversation.wish = replace(described, category=u.wanted, colour=None, article=None)
            return await self.answers.answer(conversation, user_id, "outfit", language)
        note = [Reply("not_in_wardrobe", {"kind": described.category})] if saved else []  # one who saves
        product = None
        searched = conversation.mode == "search" and conversation.shown and not conversation.has_focus
        if searched and conversation.wish.continued_by(u):  # (a search that found nothing is not one)
            described = conversation.wish.merged(u)  # "for a wedding" after "black dresses": one of them
            product = self.search.anchor(Ask(described, shopper.gender))
            if product is None and described.style != "sports":  # no dress for a hike: the hike's look
                product = self.search.anchor(Ask(replace(described, style=None, season=None), shopper.gender))
            described = described if product else fresh
        product = product or self.search.anchor(Ask(described, shopper.gender))
        if product is None and described != (plain := conversation.wish.described(u, wears=False)):
            described, product = plain, self.search.anchor(Ask(plain, shopper.gender))  # no raincoats
        asked = Ask(described, shopper.gender)
        if product is None and u.mine and (described.style or described.occasion):
            # "I have a navy blazer, … for a casual friday": theirs, whatever style its kind is listed in
            asked = Ask(replace(described, style=None, occasion=None), shopper.gender)
            product = self.search.anchor(asked)
        if product is None and (near := self.search.nearest_anchor(asked)):
            product, say, said = near  # no navy suit here: the nearest colour's; no coats: a jacket
            note.append(Reply(say, said))
        if product is None and u.temperature is not None and u.category:  # no formal coat of hers for
            weather = replace(u, category=None, article=None)  # 5°C at work: the office's own start, the
            return note + await self.outfit(conversation, user_id, weather, text, language)  # coat a layer
        if product is None:
            return note + [Reply("nothing_found", wish=described)]
        chosen = not (u.subject or u.category) or u.temperature is not None  # an occasion's, a weather's
        conversation.focus_on(product_id=product.id, chosen=chosen)
        outfit = replace(described, category=u.wanted, article=described.article if u.wanted else None)
        conversation.wish = outfit.around_piece(named=bool(u.subject or u.category))
        if any(n.say == "nearest_colour" for n in note):  # "what goes with a navy suit?": with navy
            conversation.wish = replace(conversation.wish, own_colour=described.colour)
        leather = product.colour in LEATHER and product.article_type not in TRAINERS
        if outfit.article == "belt" and slot_of(product.category) == "shoes" and leather:
            conversation.wish = replace(conversation.wish, colour=product.colour)  # "brown shoes": a belt
            note.append(Reply("belt_to_shoes", {"colour": product.colour}))  # of their leather
        return note + await self.answers.answer(conversation, user_id, "outfit", language)

    async def gives_way(self, conversation: Conversation, user_id: int | None, u: Understood) -> bool:
        """Whether the photo in view gives way to a look of its own: "an outfit for a date for men" after
        a skirt's photo is a men's look, not the skirt styled for him; "no dress, I want trousers" after
        a dress's photo a look of trousers."""
        if conversation.focus_analysis_id is None or u.pointing:
            return False
        swapped = "instead" in u.cues and slot_of(u.category or "") in ("top", "bottom")
        if not (swapped or (u.gender == "men" and u.intent == "outfit")):
            return False
        row, garments, _, _ = await self.answers.focus(conversation, user_id)
        if row is None or garments:
            return False
        return kind_of(row) == "dress" if swapped else row.category in WOMENSWEAR

    async def _in_view(self, conversation: Conversation, user_id: int | None, u: Understood) -> bool:
        """Whether the garment named is the photo in view (or one of its garments): of its kind, in its
        colour or none named, not "my …" (the wardrobe's)."""
        named = u.subject or u.category
        if conversation.focus_analysis_id is None or not named or u.mine or u.intent != "outfit":
            return False
        row, garments, _, _ = await self.answers.focus(conversation, user_id)
        pieces = garments or ([row] if row is not None else [])
        return any(kind_of(p) == slot_of(named) and u.colour in (None, p.colour) for p in pieces)
