"""A refinement of the answer in view: "in black", "under 50,000 won", "not #3", "another one",
"a different colour", "what about shoes?" — the filters merged into the chat's `Wish` and the answer
given again, in the mode the refinement leaves it in (its outfit, similar items, cheapest offers or a
search)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from catalog import Catalog
from understanding import Understood

from .account import Account
from .answers import Answers
from .conversation import Conversation
from .recolour import Recolour
from .replies import Reply

ABOUT_A_GARMENT = ("outfit", "similar", "cheaper")  # its outfit, similar items, its cheapest offers


@dataclass
class Refinement:
    """The answer in view again, with what was just said applied."""

    catalog: Catalog
    account: Account
    recolour: Recolour
    answers: Answers

    async def reply(
        self,
        conversation: Conversation,
        user_id: int | None,
        u: Understood,
        intent: str,
        around_focus: bool,
        language: str,
    ) -> list[Reply]:
        """The filters of `u` (read as `intent`) merged into the wish, and the answer they give."""
        if self.recolour.restarts(conversation, u):  # "a different colour", "red is not my colour": its start
            shopper = await self.account.shopper(user_id)
            if self.recolour.start(conversation, shopper.gender, u) and not u.not_colour:
                return await self.answers.answer(conversation, user_id, "outfit", language)
        relative = await self.recolour.relative(conversation, user_id, u)  # "brighter", "다른 브랜드"
        if relative is None:
            return [Reply("no_colour_in_view")]
        u = relative
        if u.not_ref is not None:
            refused = conversation.numbered(u.not_ref)
            if refused is None:
                return [Reply("no_such_number", {"n": u.not_ref, "count": len(conversation.shown)})]
            conversation.refused.append(refused)
        if "none_liked" in u.cues and conversation.chosen:  # "none of these" of the bot's look: anew
            self.recolour.restart(conversation, (await self.account.shopper(user_id)).gender)
        previous, seen = conversation.mode, [*conversation.seen, *conversation.shown]
        wish = conversation.wish.leaving(previous, intent).about(u.category).merged(u)  # "in black": shoes'
        if u.category and previous in ("similar", "cheaper") and not u.also:  # "what about shorts?" after
            wish = replace(wish, also=None)  # shirts like one: no kind pinned beside them (a look's)
        other = previous == "outfit" and u.occasion not in (None, conversation.wish.occasion)  # "a beach
        if (intent == "outfit" or other) and not u.category and wish.category:  # trip" after its shoes
            anew = u.occasion or u.style or u.season or u.colour or u.tone or u.pattern  # (not a date's)
            wish = replace(wish, category=None, also=None) if anew else replace(wish, whole=True)
        before, conversation.wish = conversation.wish, wish
        self.recolour.regender(conversation)  # "for women" about a men's piece: hers
        if u.style and conversation.chosen:  # "more casual" of a date's look begun from the bot's shirt
            self.recolour.restyle(conversation, before, (await self.account.shopper(user_id)).gender)
        mode = intent if intent in ABOUT_A_GARMENT else conversation.refined_mode(self.catalog)
        worn = intent == "refine" and previous in ("similar", "cheaper") and mode == "outfit"  # "what about
        worn = worn and u.category and not (u.occasion or u.style or u.season)
        if worn and await self.answers.worn_in_photo(conversation, user_id, u.category or ""):
            mode = previous  # the bag?": the photo's bag's
        if around_focus and u.category and intent in ("search", "refine") and mode == "search":
            mode = "outfit"  # "what shirt goes under it?" after blazers: the first one's shirts
        if mode == "cheaper" and intent == "refine" and (u.occasion or u.style or u.season):
            mode = "outfit"  # "something warmer" after its cheapest offers: its outfit, warmer
        if mode == "outfit" and intent != "outfit":  # "a coat for winter" after similar ones in blue
            conversation.wish = conversation.wish.leaving(previous, "outfit").merged(u)  # not a blue outfit
        replies = await self.answers.answer(conversation, user_id, mode, language, another=u.another)
        again = bool(conversation.shown) and set(conversation.shown) <= set(seen)  # every piece seen before
        alone = not (u.occasion or u.category or u.another or u.style and u.season)
        toned = "toned" in u.cues and before.occasion and conversation.wish.occasion == before.occasion
        if (alone and (u.style or u.season) or toned) and again and mode in ABOUT_A_GARMENT:  # "more casual"
            said = (  # of a casual look, "in summer" of a summer one, "not too formal" of a date's (smart
                Reply("toned_already")  # casual): other pieces, said so
                if toned
                else Reply("same_style", {"style": u.style})
                if u.style
                else Reply("same_season", {"season": u.season})
            )
            conversation.seen = list(dict.fromkeys(seen))  # (the pages seen before it, not shown again)
            replies = [said, *await self.answers.answer(conversation, user_id, mode, language, another=True)]
        if u.category and again and conversation.wish.whole and mode == "outfit":  # "구두도" of a look with
            conversation.wish, conversation.seen = replace(conversation.wish, whole=None), []  # its shoes:
            replies = await self.answers.answer(conversation, user_id, mode, language)  # more of them alone
        return replies
