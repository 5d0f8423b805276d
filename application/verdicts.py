"""The verdict use case: "is this good for a funeral?", "does this go with black jeans?", "이거
결혼식에 입어도 돼?" about the garment in view — said (`opinion.py` judges), then followed by what
helps: the outfit for it, pieces of the kind asked that go with it, or pieces that would suit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from matching.together import SWAP_BELOW
from storage import Analysis as AnalysisRow
from understanding import Understood
from understanding.occasions import in_season, occasion_named
from vocabulary import (
    CASUAL_KINDS,
    COLOUR_RULES,
    DRESSED_UP_STRICTLY,
    DRESSY_KINDS,
    TAILORED_KINDS,
    colour_fits,
    fabric_fits,
    slot_of,
)

from .account import Account
from .albums import Albums
from .ask import Ask
from .balance import balance, look_colours
from .conversation import Conversation
from .looks import kind_of, look_of
from .opinion import STRICT_OCCASIONS, STRICT_PAIRS, advice_on, instead, judge, judge_pair, verdict_reply
from .records import largest
from .replies import Reply, examples
from .search import Search
from .wardrobe import fit
from .wish import Wish


def fabric_verdict(conversation: Conversation, u: Understood) -> Reply:
    """A fabric judged for the season and occasion asked, else the look's in view ("is wool too warm
    for summer?", "린넨 괜찮아?" after a summer wedding's look), and fabrics that would do when it is
    not right; what it is like when neither is known."""
    said = u.season or u.occasion or u.style  # the message's own, else the look's in view
    wish = conversation.wish if not said else Wish()
    season, style, occasion = u.season or wish.season, u.style or wish.style, u.occasion or wish.occasion
    off, instead = fabric_fits(u.material or "", season, style)
    values = {"material": u.material, "season": season, "style": style, "occasion": occasion}
    return Reply("fabric_verdict", values | {"off": off, "instead": instead})


Answer = Callable[[Conversation, int | None, str, str], Awaitable[list[Reply]]]


@dataclass
class Verdicts:
    """Built by the dialogue, whose answers (`answer`: an outfit, a search … on the focus), focus
    (`focus`: the garment in view) and described outfits it follows a verdict with."""

    search: Search
    account: Account
    answer: Answer
    focus: Callable[[Conversation, int | None], Awaitable[tuple[Any, ...]]]
    described_outfit: Callable[[Conversation, int | None, Understood, str, str], Awaitable[list[Reply]]]
    owned: Callable[[int | None], Awaitable[list[AnalysisRow]]]  # the user's wardrobe pieces

    async def reply(
        self,
        conversation: Conversation,
        user_id: int | None,
        u: Understood,
        text: str,
        language: str,
        whole: bool = False,
    ) -> list[Reply]:
        """The verdict on the garment in view (after a search, its first product): yes or maybe,
        then its outfit for that; a pairing ("with black jeans"), then such pieces for it (in colours
        that go with it after a clash; `whole`: the whole look with them in their slot); no, then
        pieces of its kind that would do. With nothing in view, the outfit for the occasion."""
        if u.intent == "etiquette":  # "can I wear white to a wedding?": the colour, not the garment in view
            return await self._colour_for(conversation, user_id, u, text, language)
        if u.intent == "combination":  # "white tee with jeans?": not the garment in view, the first named
            return await self._combination(conversation, user_id, u, text, language)
        if "fabric_judged" in u.cues:  # "is linen ok for a wedding?", "a wool coat in summer?"
            return [fabric_verdict(conversation, u)]
        if u.ref is not None:  # "is #2 ok for a wedding?", "2번은 어때?": that one, judged
            return await self._numbered(conversation, user_id, u, text, language)
        kind = None  # "can I wear jeans to a wedding?": the kind asked, its typical piece judged
        asked = u.occasion or u.style or u.season  # "can I wear shorts in winter?"
        if u.category and asked and not (u.pronoun or u.pointing or u.about_focus):
            u = await self._kind_named(conversation, user_id, u)
            kind = (u.subject_article or u.subject) if u.category is None else None
        conversation.first_of_search()
        row, garments, *_ = await self.focus(conversation, user_id)
        if row is None:
            if u.colour and u.balance and not (u.occasion or u.style):  # "is grey too dull?" of nothing:
                return [advice_on(u.colour)]  # what brings it to life
            if not (u.occasion or u.style):
                return [Reply("need_focus", actions=examples(language))]
            outfit = await self.described_outfit(conversation, user_id, u, text, language)
            return [Reply("verdict_unseen"), *outfit]
        in_album = conversation.mode == "album" and conversation.album[:1] == [row.id]
        album = conversation.album if in_album else []
        if len(album) > 1:  # the album in view: its photos' garments, as one outfit ("rate my outfit")
            garments = [g for _, g in await self.search.recommend.worn(list(enumerate(album, 1)), user_id)]
        named = [g for g in garments if u.subject and slot_of(g.category or "") == slot_of(u.subject)]
        if named:  # "is this coat warm enough?" of an outfit photo: its coat, judged alone
            row, garments = named[0], []
        if u.balance and (conversation.mode == "outfit" or len(garments) >= 2):  # "too much black?"
            return [await self._balance(conversation, user_id, u, row, garments)]
        if len(garments) >= 2 and not (u.category or u.occasion or u.style or u.season):  # "rate my outfit"
            return [await self._together(conversation, user_id, album or [row.id])]
        asked = Wish().merged(u)
        worn = largest(garments) if garments else row  # a whole outfit's: its largest garment's colour
        # "is a blazer ok for a funeral?": the kind's style, not the colour of its typical piece
        colour, pattern = (u.colour, u.pattern) if kind else (worn.colour, worn.pattern)
        if u.category:  # "does this go with black jeans?"
            occasion = conversation.wish.occasion  # sneakers for an interview's look: no
            strict = occasion if occasion in STRICT_PAIRS else None
            verdict = judge_pair(look_of(row), colour, asked, self.search.styles(asked), strict)
        else:
            look = look_of(row)  # a dress, heels asked for a funeral: dressed up, whatever most are listed as
            dressed = kind in DRESSY_KINDS and asked.style in ("formal", "party")
            look = replace(look, styles=(asked.style or "",)) if dressed else look
            # a casual blazer to an interview, a day dress to a wedding: a maybe, the rest kept formal
            tailored = not kind and row.category in TAILORED_KINDS and asked.style == "formal"
            tailored &= asked.occasion not in STRICT_OCCASIONS or row.category in DRESSED_UP_STRICTLY
            look = replace(look, styles=(*look.styles, "formal")) if tailored else look
            named_colour = bool(kind and u.colour)  # "can I wear red shoes to a funeral?": the red
            product = self.search.catalog.items.get(conversation.focus_product_id or 0)  # a product's kind
            article = product.article_type if product and not kind else ""  # (not a photo's, not unknown)
            verdict = judge(
                look, kind_of(row), colour, asked, pattern, "warmth" in u.cues, named_colour, article
            )
        said = verdict_reply(verdict, row.category, colour, asked)
        said.values["too"], said.values["kind"] = u.too, kind  # "too casual?": yes means it does not suit
        if verdict.occasions:  # "is this ok?": what it suits; "should I buy it?": and what of yours it suits
            return [said, await self._with_wardrobe(row, user_id)] if u.buying else [said]
        if verdict.shows_outfit or u.category:
            colourless = verdict.reason == "colour" or kind  # "is a black pantsuit ok?": the piece's black
            kept = replace(u, colour=None) if colourless else u
            off = verdict.pair is not None and verdict.pair[2] == "formal_shoes"  # brown with a black suit:
            kept = replace(kept, not_colour=u.colour) if off else kept  # shoes in any colour but brown
            refused = u.category is not None and verdict.fits == "no" and verdict.reason == "style"
            kept = replace(kept, category=None, article=None, colour=None) if refused else kept  # (white)
            # sneakers for an interview: the look as it is
            occasion = conversation.wish.occasion if conversation.mode in ("outfit", "analysis") else None
            look = occasion and not (u.occasion or u.style) and in_season(occasion, u.season)
            fresh = conversation.wish.fresh(kept)  # "추울까?" of a date's look: the date's, in winter
            if look:  # and the look's season, unless another is asked (a beach wedding's summer stays)
                season = fresh.season or conversation.wish.season
                fresh = replace(fresh, occasion=occasion, style=conversation.wish.style, season=season)
            conversation.wish = replace(fresh, whole=whole or None)  # not asked before
            outfit = await self.answer(conversation, user_id, "outfit", language)
            same = not kind and slot_of(u.category or "") == kind_of(row)  # a hoodie for a shirt's look
            asked_kind = u.category and not refused and (same or not self._shows(conversation, u.category))
            if asked_kind:  # none of the look's (or in its start's place: "More like" it): the kind asked
                outfit = await self.answer(conversation, user_id, "search", language)
            if asked_kind and not self._shows(conversation, u.category):  # none of that kind: said so
                said.values["none"], outfit = True, []
            elif asked_kind and same and conversation.focus_analysis_id is None:  # jumpsuits in a dress's
                conversation.focus_product_id, conversation.chosen = None, False  # place: "shoes for it?"
            return [said, *outfit]
        shopper = await self.account.shopper(user_id)
        shade = verdict.reason == "shade"  # red shoes for a funeral: shoes in the colours it keeps to
        wishes = instead(
            verdict, conversation.wish.fresh(replace(u, colour=None) if shade else u), row, kind_of(row)
        )
        conversation.wish = self.search.stocked(wishes, shopper.gender)
        found = await self.answer(conversation, user_id, "search", language)
        if not any(r.slots for r in found):  # none here (a child's formal wear): said, not "nothing found"
            said.values["none"], found = True, []
        if kind:  # a kind's stand-in refused (red shoes for a funeral): the pieces shown are in view now
            conversation.focus_product_id, conversation.chosen = None, False  # ("and black heels?")
            return [said, *[replace(r, actions=[]) for r in found]]
        conversation.wish = replace(conversation.wish, category=None)  # their garment stays the subject:
        conversation.mode = "analysis"  # "for the gym" next is its outfit, not a search
        if verdict.reason == "colour":  # a wedding's "not white" was the dress's: its shoes may be white
            conversation.wish = conversation.wish.refusing(None)
        return [said, *[replace(r, actions=[]) for r in found]]

    async def refused(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """What a dress code refuses, asked of what is in view, judged as the verdict would be: a kind
        casual by nature asked of a strict occasion's look ("and sneakers?", "what about shorts?" of a
        wedding's: no, and the look as it is); an occasion's look asked of the photo in view whose
        colour its etiquette refuses ("결혼식 하객룩" of a white dress: better not, and pieces that would
        do); [] otherwise."""
        casual = (u.article or u.category) in CASUAL_KINDS and (u.about_focus or "kind_ok" in u.cues)
        strict = conversation.mode in ("outfit", "analysis") and conversation.wish.occasion in STRICT_PAIRS
        if casual and strict and u.intent in ("refine", "search") and not (u.occasion or u.style or u.season):
            return await self.reply(conversation, user_id, replace(u, intent="verdict"), text, language)
        asked = u.intent in ("outfit", "refine") and not (u.category or u.pointing) and u.occasion
        if not asked or conversation.focus_analysis_id is None or u.occasion not in COLOUR_RULES:
            return []  # no etiquette: no photo loaded here (the answer loads it)
        row, garments, *_ = await self.focus(conversation, user_id)
        if row is None or len(garments) >= 2 or colour_fits(row.colour or "", u.occasion, row.category):
            return []
        return await self.reply(conversation, user_id, replace(u, intent="verdict"), text, language)

    async def _kind_named(self, conversation: Conversation, user_id: int | None, u: Understood) -> Understood:
        """'Can I wear jeans to a wedding?', 'is a hoodie ok for a date?': the kind's most typical piece
        (of the occasion's style when it has one: "should I wear heels?" to an interview, its formal
        pumps) in view, to be judged as a garment sent would be (the message, its kind now the subject)."""
        shopper = await self.account.shopper(user_id)
        kind = Wish(category=u.category, article=u.article, gender=u.gender, kids=u.kids or None)
        style = u.style or (occasion.style if (occasion := occasion_named(u.occasion)) else None)
        coloured = u.colour and self.search.anchor_styled(
            Ask(replace(kind, colour=u.colour), shopper.gender), style
        )
        product = coloured or self.search.anchor_styled(Ask(kind, shopper.gender), style)  # (its pumps)
        if product is None:
            return u
        conversation.focus_on(product_id=product.id, chosen=True)
        anyone = not (u.gender or shopper.gender)  # the piece's gender was chosen, not said: anyone's next
        kind = {"category": None, "article": None, "subject": u.category, "subject_article": u.article}
        return replace(u, **kind, any_gender=u.any_gender or anyone)

    async def _colour_for(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """The occasion's etiquette for the colour asked about (of the kind named), then the kind
        named or the occasion's outfit: in that colour when it is fine, in the others when not."""
        colour = u.colour or ""
        fine = colour_fits(colour, u.occasion, u.category)
        said = Reply(
            "etiquette", {"colour": colour, "occasion": u.occasion, "fine": fine, "gender": u.gender}
        )
        asked = u if fine else replace(u, colour=None, not_colour=colour)
        conversation.focus_on(mode="search")
        if u.category or not u.occasion:  # "흰 원피스 하객룩 괜찮아?": dresses; "can men wear pink?": pink
            conversation.wish = conversation.wish.fresh(asked)
            after = await self.answer(conversation, user_id, "search", language)
        else:
            after = await self.described_outfit(conversation, user_id, asked, text, language)
        return [said, *[reply for reply in after if reply.say != "nothing_found"]]  # none: the advice alone

    async def _combination(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """'White tee with jeans?', '흰 셔츠에 청바지 어때?': the catalogue's most typical product of the
        first garment (in its colour, else any; the garment, when the first named is shoes or a bag) comes
        into view, then the second is judged with it as "does it go with jeans?" is: their colours, whether
        its kind suits the look, then the whole look with such pieces in their slot."""
        worn_with = {"shoes", "bag", "accessory", "hat"}  # "brown shoes with a black suit?", "a backpack
        if slot_of(u.subject or "") in worn_with and slot_of(u.category or "shoes") not in worn_with:  # with
            u = replace(  # a suit?": the suit is the look, what is worn with it judged (brown with black: no)
                u, subject=u.category, subject_article=u.article, category=u.subject,
                article=u.subject_article, colour=u.other_colour, other_colour=u.colour,
            )  # fmt: skip
        shopper = await self.account.shopper(user_id)
        described = replace(conversation.wish.described(u), article=u.subject_article)
        tries = (described, replace(described, colour=None), replace(described, colour=None, material=None))
        product = next(  # the fabric said may be the other's: "a suit with a leather bag?"
            (p for wish in tries if (p := self.search.anchor(Ask(wish, shopper.gender))) is not None), None
        )
        if product is None:
            return [Reply("nothing_found", wish=described)]
        conversation.focus_on(product_id=product.id)
        asked = replace(u, intent="verdict", subject=None, colour=u.other_colour, other_colour=None)
        replies = await self.reply(conversation, user_id, asked, text, language, whole=True)  # the look
        for reply in replies[:1]:  # said as the two named: "A white T-shirt with jeans? Yes — …"
            reply.values["named"] = (described.article or described.category or "", u.colour)
        return replies

    async def _numbered(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """The product numbered judged as the one in view; the numbers still those of the list when the
        verdict shows nothing ("what do you think of #3?", then "2번은 어때?")."""
        if (product_id := conversation.numbered(u.ref or 0)) is None:
            return [Reply("no_such_number", {"n": u.ref, "count": len(conversation.shown)})]
        numbering = conversation.shown, conversation.seen
        conversation.focus_on(
            **({"product_id": product_id} if product_id > 0 else {"analysis_id": -product_id})
        )
        replies = await self.reply(conversation, user_id, replace(u, ref=None), text, language)
        for reply in replies[:1]:
            if reply.say == "verdict":  # "#3: it reads casual …"
                reply.values["n"] = u.ref
        if not conversation.shown:
            conversation.shown, conversation.seen = numbering
            conversation.pointed = product_id if product_id in conversation.shown else None
        return replies

    def _shows(self, conversation: Conversation, category: str) -> bool:
        """Whether the answer in view shows a product of `category` (not only the one it began from)."""
        items, began = self.search.catalog.items, conversation.focus_product_id
        return any(i != began and i in items and items[i].category == category for i in conversation.shown)

    async def _with_wardrobe(self, row: AnalysisRow, user_id: int | None) -> Reply:
        """How many of the user's saved pieces the garment in view goes with (colour and style, never
        shorts with a coat: `wardrobe.fit`), naming the first three: a buy worth making goes with some."""
        mine = [piece for piece in await self.owned(user_id) if piece.id != row.id]
        goes = [piece for piece in mine if fit(piece, [row]) >= SWAP_BELOW]
        named = [{"category": piece.category, "colour": piece.colour or ""} for piece in goes[:3]]
        return Reply("wardrobe_fit", {"total": len(mine), "count": len(goes), "pieces": named})

    async def _balance(
        self, conversation: Conversation, user_id: int | None, u: Understood, row: AnalysisRow, garments: list
    ) -> Reply:
        """'Too much black?', 'is it too dark?' of the look in view (the piece it began from and the
        first of each slot shown) or, of an outfit photo, of its garments, said before how they go."""
        items = self.search.catalog.items
        shown = [items[i] for i in conversation.shown if i in items] if conversation.mode == "outfit" else []
        look = look_colours(garments or [row], shown)
        said = balance(look, str(u.balance), u.colour, conversation.wish.occasion)
        if conversation.mode == "outfit":
            return Reply("balance", said)
        album = conversation.mode == "album" and len(conversation.album) > 1  # an album's photos, or this one
        reply = await self._together(conversation, user_id, conversation.album if album else [row.id])
        reply.values["balance"] = said
        return reply

    async def _together(self, conversation: Conversation, user_id: int | None, photos: list[int]) -> Reply:
        """How a photo's garments (or an album's photos') go together, as an album's pieces are judged:
        what goes, what clashes, what to swap or add; its save button saves them all."""
        shopper = await self.account.shopper(user_id)
        reply = await Albums(self.search.recommend).answer(
            list(enumerate(photos, 1)), Ask(Wish(), shopper.gender), user_id
        )
        conversation.album = list(photos)
        conversation.showed("album", [i.product_id for i in reply.items])
        return reply
