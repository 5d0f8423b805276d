"""The answers a conversation gives about what is in view: an outfit, similar items, the cheapest
offers, or a search, run with the filters in force (`Answers.answer`); the focus they are about
(`Answers.focus`: a photo's analysis, or a catalogue product as one) and the photo's answer again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog import Catalog
from storage import Analysis as AnalysisRow
from understanding import Understood
from vocabulary import PALETTES, STAND_INS, carries, slot_of

from .account import Account
from .ask import Ask
from .capsule import CAPSULE, OWN_CAPSULE, capsule
from .conversation import Conversation
from .corrections import correct, named_kind
from .couple import COUPLE, couple
from .feedback import disliked_by
from .items import Offering, Slot
from .links import elsewhere
from .looks import kind_of, look_of
from .opinion import colour_of, recall, whose
from .picks import between, preferred, why
from .recommend import Recommend
from .records import NotYours, StaleAnalysis, largest, owned_rows, recalled
from .replies import Action, Reply, examples, in_rows, photo_actions
from .search import Search
from .wish import GIFT, Wish

LIKED = {"outfit": "liked_look", "similar": "liked_items", "search": "liked_items"}  # "I love it" of each
PAGED = ("outfit", "similar", "search")  # answers with a "🔄 Show others" button: their next few
SETS = (CAPSULE, OWN_CAPSULE, COUPLE)  # built answers of many pieces: a capsule, a couple look
TRIPS = (CAPSULE, OWN_CAPSULE)  # a capsule for a trip, or from the wardrobe


@dataclass
class Answers:
    """Answers about the focus of a conversation, with the filters in force."""

    sessions: async_sessionmaker[AsyncSession]
    recommend: Recommend
    search: Search
    account: Account
    catalog: Catalog

    async def answer(
        self,
        conversation: Conversation,
        user_id: int | None,
        mode: str,
        language: str,
        another: bool = False,
        numbered: bool = False,
    ) -> list[Reply]:
        """Run `mode` (outfit, similar, cheaper, search) on the focus with the filters in force (a
        product `numbered` by the user: "where can I buy #2?" is its own offers)."""
        shopper = await self.account.shopper(user_id)
        wish = conversation.wish
        if not wish.priced and (shopper.min_price is not None or shopper.max_price is not None):
            wish = replace(wish, min_price=shopper.min_price, max_price=shopper.max_price)
        focus = [p for p in [conversation.focus_product_id] if p is not None]  # "like #2": not #2
        refused = [*conversation.refused, *(conversation.seen if another else []), *focus]
        exclude = frozenset(self.catalog.namesakes(refused))
        leans = PALETTES[shopper.palette].suits if shopper.palette in PALETTES and not wish.colours() else ()
        lacking = wish.article if self.catalog.lacks(wish.article) and wish.article in STAND_INS else None
        if lacking:  # "코트 추천" with no coats listed: jackets, said so ("No coats here, so the closest")
            conversation.wish = replace(conversation.wish, article=STAND_INS[lacking])
            wish = replace(wish, article=STAND_INS[lacking])
        ask = Ask(wish, shopper.gender, exclude, leans)  # a summer cool's searches: her colours first
        built = wish.article in SETS and not wish.category  # capsule, couple look
        if built and (mode == "search" or not conversation.has_focus):
            if wish.article == COUPLE:  # "커플룩 추천": her outfit and his
                slots, values = await couple(self.search, self.recommend, ask)
            else:  # "pack for 3 days": a capsule (with the garment in view, when asked)
                around = (await self.focus(conversation, user_id))[0] if conversation.has_focus else None
                owned = await self.owned(user_id) if wish.article == OWN_CAPSULE else []
                slots, values = await capsule(self.search, self.recommend, ask, around, owned)
            if another and not slots:
                return [self.items_reply("no_more", conversation, [])]
            conversation.showed("search", [i.product_id for s in slots for i in s.items], another)
            say = f"{wish.article}_title" if slots else "nothing_found"
            return [self.items_reply(say, conversation, slots, values)]
        if mode == "search" or not conversation.has_focus:
            if wish.also:  # "shoes and a bag": a few of each, under its kind's name
                slots = await self.search.find_each(ask)
                if another and not slots:
                    return [self.items_reply("no_more", conversation, [])]
                conversation.showed("search", [i.product_id for s in slots for i in s.items], another)
                return [self.items_reply("search_title" if slots else "nothing_found", conversation, slots)]
            if wish.article == GIFT and not wish.category:  # "a gift for my boyfriend": bags, accessories
                items, say = await self.search.gifts(ask), "gift_title"
                values = {"who": ask.wish.gender or shopper.gender or ""}
            else:
                items, say, values = await self.search.find(ask), "search_title", {}
            # "oversized tees", "v-neck sweaters", "zara dresses" with none so: the others, said so
            for key in ("colour", "cut", "detail", "material", "brand"):
                if not items and getattr(wish, key):
                    items = await self.search.find(replace(ask, wish=replace(wish, **{key: None})))
                    say, values = f"search_other_{key}s", {key: getattr(wish, key)}
            values |= {"carried": carries(wish.brand)} if say == "search_other_brands" else {}  # or not sold
            # "formal coat" with none: the closest style's, said so
            relaxed = None if items or another else await self.search.relaxed(ask)
            if relaxed:
                items, say, values = relaxed
            if lacking and say == "search_title":
                say, values = "search_other_kinds", {"kind": lacking}
            if another and not items:  # every match shown already: the last answer stays numbered
                return [self.items_reply("no_more", conversation, [])]
            conversation.showed("search", [i.product_id for i in items], another)
            slots = [Slot("similar", items)] if items else []
            return [self.items_reply(say if items else "nothing_found", conversation, slots, values)]
        replies = [Reply("no_such_kind", {"article": lacking})] if lacking and mode == "outfit" else []
        row, garments, analysis_id, picture = await self.focus(conversation, user_id)
        if row is None:
            conversation.focus_on()
            return [Reply("stale")]
        if mode == "outfit" and not garments and conversation.album[:1] == [analysis_id]:  # "what's
            worn = await self.recommend.worn(list(enumerate(conversation.album, 1)), user_id)  # missing?"
            garments = [row for _, row in worn] if len(worn) > 1 else []  # of an album: all its pieces
        async with self.sessions() as session:
            disliked = await disliked_by(session, user_id)
        same = wish.category and slot_of(wish.category) == kind_of(row) and not (wish.whole or wish.also)
        if mode == "outfit" and wish.whole and wish.category and slot_of(wish.category) == kind_of(row):
            wish = conversation.wish = replace(wish, category=None, article=None, whole=None)  # the look
            ask = replace(ask, wish=wish)  # around the first of "black dresses": not more dresses in it
        if mode == "outfit" and same and not garments:
            mode = "similar"  # "shirts?" about a shirt: more of its kind, not an outfit
        if mode != "outfit" and wish.category and slot_of(wish.category) != kind_of(row) and not garments:
            wish = conversation.wish = replace(wish, category=None, article=None)  # like the shirt, not bags
            ask = replace(ask, wish=replace(ask.wish, category=None, article=None))
        if garments and mode in ("similar", "cheaper"):  # of an outfit photo: its garment named, else its
            named = [g for g in garments if kind_of(g) == slot_of(wish.category or "")]  # largest
            row = named[0] if named else largest(garments)
        values = {"category": row.category, "confidence": row.category_confidence, "slot": row.slot}
        values["base_colour"] = (largest(garments) if garments else row).colour  # "what colour shoes …?"
        if conversation.focus_product_id is not None:  # about a product: named by its name
            values["product"] = self.catalog.items[conversation.focus_product_id].name
        if mode == "cheaper":
            link, items = await self.recommend.cheaper_for(row, disliked, ask, own=numbered)
            slots = [Slot("cheaper", items)] if items else []
        elif mode == "similar":
            items = await self.recommend.similar_for(row, disliked, ask)
            if wish.article and len(items) < 3 and not (another or garments):  # "boots instead" of
                return await self.answer(conversation, user_id, "search", language)  # sneakers: boots
            slots, link = ([Slot("similar", items)] if items else []), None
        else:
            mode = "outfit"
            slots, link = await self.recommend.outfit_for(row, garments, disliked, ask), None
            if conversation.focus_product_id is not None:  # the described garment itself leads
                anchor = await self.recommend.offered(self.catalog.items[conversation.focus_product_id], 1.0)
                slots = ([Slot("anchor", [anchor])] if anchor else []) + slots if slots else []
        if another and not slots:
            return [self.items_reply("no_more", conversation, [])]
        if analysis_id is not None and mode != "search":
            await self.recommend.record(analysis_id, mode, slots)
        conversation.showed(mode, [i.product_id for s in slots for i in s.items], another)  # numbered
        say = f"{mode}_title" if slots or mode == "cheaper" else "nothing_found"
        unsure = not (wish.gender or shopper.gender) and look_of(row).gender == "unisex"
        if say == "nothing_found" and unsure:  # only unisex pieces were tried: "for women" would widen it
            values["who"] = True
        if mode == "outfit" and garments and slots:  # "how can I make it more formal?": some swapped
            say = "restyle_title" if self.recommend.swaps(garments, wish) else "complete_title"
            values["style"] = wish.style
        reply = self.items_reply(say, conversation, slots, values)
        reply.link, reply.picture, reply.box = link, picture, row.box
        reply.votes = (mode, analysis_id) if analysis_id is not None and slots else None
        replies.append(reply)
        if mode == "outfit" and slots and (style := self.layer_missing(row, ask, slots)):
            replies.append(Reply("no_layer", {"style": style}))  # after it: "no formal coats to go over it"
        return replies

    async def cleared(self, conversation: Conversation, user_id: int | None, language: str) -> list[Reply]:
        """'Clear filters': every filter off (a search keeps its kind), the answer in view shown again."""
        kind = conversation.wish if conversation.mode == "search" else Wish()
        conversation.wish = Wish(category=kind.category, article=kind.article)
        if conversation.mode == "analysis":
            return await self.recall(conversation, user_id, language)
        return await self.answer(conversation, user_id, conversation.mode or "outfit", language)

    async def back(
        self,
        conversation: Conversation,
        user_id: int | None,
        language: str,
        first: bool = False,
        kind: str = "",
    ) -> list[Reply]:
        """'Go back', "↩ Back": the answer before the one in view (`first`: the first outfit kept, "what
        was the first outfit?"; `kind`: the last that showed one, "아까 그 셔츠") again."""
        conversation.turn_start = None  # going back is not a step to go back from
        paged = conversation.go_back(first, frozenset(self.catalog.by_category.get(kind, ())))
        if paged is None:
            return [Reply("nothing_to_go_back", actions=examples(language))]
        if conversation.mode == "analysis":  # the photo's own answer
            return await self.recall(conversation, user_id, language)
        return await self.answer(conversation, user_id, conversation.mode, language, another=paged)

    async def for_the_trip(
        self, conversation: Conversation, user_id: int | None, u: Understood, language: str
    ) -> list[Reply]:
        """'What about shoes?' after a capsule: that kind for the trip, its gender, season and budget
        kept (was the outfit of its first piece, trousers, in their style)."""
        wish = replace(conversation.wish.merged(u), article=u.article, days=None)
        conversation.focus_on(mode="search")
        conversation.wish = wish
        return await self.answer(conversation, user_id, "search", language)

    async def cheaper_piece(
        self, conversation: Conversation, user_id: int | None, piece: int, language: str
    ) -> list[Reply]:
        """'A cheaper bag' in an outfit: the cheapest offers of its first bag, the outfit's subject
        still the subject after, and its numbers still its when the offers are a link alone."""
        before, kept = (conversation.focus_analysis_id, conversation.focus_product_id), conversation.wish
        numbered = conversation.shown, conversation.seen, conversation.refused, conversation.pointed
        conversation.focus_on(product_id=piece, chosen=conversation.chosen)
        conversation.wish = replace(kept, category=None, article=None)
        replies = await self.answer(conversation, user_id, "cheaper", language)
        conversation.focus_analysis_id, conversation.focus_product_id = before
        if not conversation.shown:  # "#3" after it is still the outfit's third
            conversation.shown, conversation.seen, conversation.refused, conversation.pointed = numbered
        return replies

    def layer_missing(self, row: AnalysisRow, ask: Ask, slots: list[Slot]) -> str:
        """The style of a cold look (a winter one, a coat's weather) whose outfit has no layer because
        the catalogue has none of its style ("" when it has one, or it was not the look's to have):
        a winter interview look is shown without a coat, and says so."""
        look, wish = ask.shaped(look_of(row)), ask.wish
        shown = {slot.name for slot in slots}
        if look.climate != "cold" or "outerwear" in shown | {kind_of(row), wish.not_slot} or wish.category:
            return ""
        allowed, fallback = self.recommend.pool("outerwear", look, 1, wish.for_slot("outerwear"))
        return (look.styles or ("",))[0] if fallback or not allowed else ""

    async def numbered(
        self, conversation: Conversation, user_id: int | None, u: Understood, language: str
    ) -> list[Reply]:
        """'More like #2', '2번이랑 어울리는 신발', '#3 cheaper': the product numbered (or the user's own
        garment of an album) becomes the focus, and the answer asked is given about it; '2번 다른 색
        있어?', 'does #3 come in other colours?': its own design in its other colours (`Catalog.
        recoloured`), else its kind in the colours it is not; '#2 in black', '2번 검정색 있어?': its
        design in black first, where there is one, then more like it in black."""
        product_id = conversation.numbered(u.ref or 0)
        if product_id is None:
            return [Reply("no_such_number", {"n": u.ref, "count": len(conversation.shown)})]
        product = self.catalog.items.get(product_id)
        numbering = conversation.shown, conversation.seen  # kept when the answer numbers nothing
        wish = conversation.wish.leaving(conversation.mode, u.intent).about(product and product.category)
        wish = replace(wish.merged(u), article=None) if wish.article == GIFT else wish.merged(u)  # like #2 of
        recolour = "recolour" in u.cues and not (u.colour or u.tone) and product is not None  # gift ideas
        if recolour and product is not None and product.colour:  # "#3 in other colours"
            wish = replace(wish, colour=None).refusing(product.colour)
        if product_id < 0:  # one of the user's own garments (an album's): it is the focus now
            conversation.focus_on(analysis_id=-product_id)
        else:
            conversation.focus_on(product_id=product_id)
        conversation.wish = replace(wish, category=u.category if u.intent == "outfit" else None)
        refused, asked = conversation.wish.refused_colours(), u.colour if u.intent == "similar" else None
        same = self.catalog.recoloured(product_id) if recolour or asked else []  # "2번 검정색 있어?"
        same = [i for i in same if self.catalog.items[i].colour not in refused]
        same = [i for i in same if self.catalog.items[i].colour == asked] if asked else same
        if product is not None and same:
            offerings = [Offering(self.catalog.items[i], 0.0) for i in same]  # its own design first
            items = (await self.recommend.offer([offerings], 5, conversation.wish))[0]
            if 0 < len(items) < 5 and (row := self.search.described(product)) is not None:
                shopper = await self.account.shopper(user_id)  # then its kind in the other colours
                seen = frozenset(self.catalog.namesakes([product_id, *(i.product_id for i in items)]))
                ask = Ask(conversation.wish, shopper.gender, seen)
                items += await self.recommend.similar_for(row, set(), ask, 5 - len(items))
            if items:
                conversation.showed("similar", [i.product_id for i in items])
                if asked and items[0].product_id in same:  # "#2 in black": that one in black is "it" now
                    conversation.focus_product_id = items[0].product_id
                said = {"product": product.name, "colour": asked or ""}
                return [self.items_reply("recoloured", conversation, [Slot("similar", items)], said)]
        note = [Reply("not_in_colour", {"colour": asked, "own": product.colour})] if asked and product else []
        replies = await self.answer(conversation, user_id, u.intent, language, numbered=True)
        listed = {"pattern": conversation.wish.pattern and not u.pattern, "brand": wish.brand and not u.brand}
        for kept in ({key: None for key, carried in listed.items() if carried}, {"colour": None}):  # the
            if note and kept and not any(r.slots for r in replies):  # list's floral, its Reebok: any print,
                conversation.wish = replace(conversation.wish, **kept)  # any brand; then any colour, as
                replies = await self.answer(conversation, user_id, u.intent, language, numbered=True)  # said
        replies = (note if any(r.slots for r in replies) else []) + replies  # "…but these are like it:"
        if not conversation.shown:  # "#3 cheaper" answered by a link alone: "#1" is still the list's
            conversation.shown, conversation.seen = numbering
            conversation.pointed = product_id if product_id in conversation.shown else None
        return replies

    async def owned(self, user_id: int | None) -> list[AnalysisRow]:
        """The analyses of the user's wardrobe pieces that can still be answered about."""
        ids = [piece.analysis_id for piece in await self.account.wardrobe(user_id)]
        async with self.sessions() as session:
            return await owned_rows(session, ids, user_id, self.recommend.embedded)

    def items_reply(
        self, say: str, conversation: Conversation, slots: list[Slot], values: dict | None = None
    ) -> Reply:
        """A list of products (`slots`) under `say`, with "🔄 Show others" and a ✕ per filter in force."""
        wish = conversation.wish
        mode = conversation.mode
        row = [Action("back", mode)] if conversation.can_go_back else []  # "↩ Back", "🔄 Show others"
        row += [Action("another", mode)] if slots else []
        others = [row] if mode in PAGED and row else []
        values = {**(values or {}), "wish": wish}
        actions = others + in_rows([Action("unfilter", key) for key in wish.active()])
        found = elsewhere(wish) if say == "nothing_found" and not wish.also else None  # "men's wallets"
        values |= {"query": found[0]} if found else {}  # with none here: a Naver Shopping search for them
        return Reply(say, values, slots=slots, wish=wish, actions=actions, link=found[1] if found else None)

    async def focus(self, conversation: Conversation, user_id: int | None):  # type: ignore[no-untyped-def]
        """(row, garments, analysis id, user's picture) of the focus; row None when it is gone."""
        if conversation.focus_analysis_id is not None:
            try:
                row = await self.recommend.load(conversation.focus_analysis_id, user_id)
            except (StaleAnalysis, NotYours):
                return None, [], None, None
            garments = await self.recommend.garments(row.id)
            return row, garments, row.id, row.source
        product = self.catalog.items.get(conversation.focus_product_id or -1)
        row = self.search.described(product) if product is not None else None
        if row is not None and conversation.wish.own_colour:  # the navy suit the black one stands in for
            row.colour = conversation.wish.own_colour
        return row, [], None, None

    async def recall(
        self, conversation: Conversation, user_id: int | None, language: str, u: Understood | None = None
    ) -> list[Reply]:
        """The photo in view answered again, or what the catalogue says of the product in view (after
        a search, of its first product), or of the one numbered ("what brand is #2?"); a photo's
        brand is not seen, and said so."""
        if u is not None and u.intent == "correct":  # "it's a skirt, not a dress"
            return await self._corrected(conversation, user_id, language, u)
        cues, kind = (u.cues, u.category) if u is not None else (set(), None)
        colour = partial(colour_of, kind=kind)  # "what colour is it?", "what colour are the pants?"
        asked = whose if "whose" in cues else colour if "which_colour" in cues else recall  # "for women?"
        if u is not None and (ref := u.ref) is not None:
            product = conversation.numbered_product(self.catalog, ref)
            if product is None:
                return [Reply("no_such_number", {"n": ref, "count": len(conversation.shown)})]
            said = asked(None, [], product)
            if said is not None and asked is recall and (item := await self.recommend.offered(product, 1.0)):
                said.slots, said.values["n"] = [Slot("similar", [item])], ref  # its picture and its link
            return [said] if said is not None else []
        row, garments, _, _ = await self.focus(conversation, user_id)
        first = conversation.shown[0] if conversation.mode == "search" and conversation.shown else -1
        product = self.catalog.items.get(conversation.focus_product_id or first)
        said = asked(row, garments, product) or recall(row, garments, product)  # (an outfit's colours)
        said = said or Reply("need_focus", actions=examples(language))
        if product is None and row is not None and u is not None and "which_brand" in u.cues:
            return [Reply("no_brand_seen"), said]  # a photo's logo is not read: said, then what is seen
        return [said]

    async def worn_in_photo(self, conversation: Conversation, user_id: int | None, kind: str) -> bool:
        """Whether the outfit photo in view has a garment of `kind`'s slot (its bag, its coat)."""
        garments = (await self.focus(conversation, user_id))[1] if conversation.focus_analysis_id else []
        return any(kind_of(garment) == slot_of(kind) for garment in garments)

    async def liked(self, conversation: Conversation, user_id: int | None, kind: str | None) -> list[Reply]:
        """'I love it' of what is in view: a photo's buttons again, how to keep a look or a pick; none
        (searched) for a kind named with no photo of it in view ("I like this jacket")."""
        photo = conversation.mode == "analysis"  # the reading of a photo in view
        row, garments, *_ = await self.focus(conversation, user_id) if photo else (None, [])
        if row is not None and row.id is not None and not (kind and slot_of(kind) != kind_of(row)):
            stored = recalled(row, garments)  # (its garments' buttons named)
            return [Reply("liked_photo", analysis=stored, actions=photo_actions(stored))]
        shown = not kind or conversation.shown_of(self.catalog, slot_of(kind)) is not None
        if row is None and conversation.mode in LIKED and shown:  # a look or a list: how to keep one
            one_kind = conversation.mode == "outfit" and conversation.wish.category  # its jeans alone
            return [Reply("liked_items" if one_kind else LIKED[conversation.mode])]
        return [] if kind else [Reply("welcome")]

    async def _corrected(
        self, conversation: Conversation, user_id: int | None, language: str, u: Understood
    ) -> list[Reply]:
        """The photo in view as the user says it is (`corrections.correct`), thanked and answered
        again; a catalogue product's listing is not the user's to correct, and said so."""
        row, garments, analysis_id, _ = await self.focus(conversation, user_id)
        if (row is None or analysis_id is None) and u.not_category and conversation.shown:
            # "that's not a dress" of a search's product: listed wrong, so left out, and the next ones
            pointed, shown = conversation.pointed, conversation.shown
            wrong = pointed if pointed in shown else shown[0]
            conversation.refused.append(wrong)
            said = Reply("listed_wrong", {"product": self.catalog.items[wrong].name, "kind": u.not_category})
            return [said, *await self.answer(conversation, user_id, conversation.mode, language)]
        if row is None or analysis_id is None:
            return [Reply("correct_photos_only", actions=examples(language))]
        if not (u.category or u.colour or u.pattern):  # "that's not a dress": what is it, then?
            conversation.mode = "correct"  # the answer, "it's a skirt", corrects it (`Conversation.refer`)
            return [Reply("correct_what", {"kind": u.not_category, "colour": u.not_colour})]
        now = await correct(self.sessions, row, garments, u)
        conversation.mode = "analysis"  # the photo's answer, as corrected, is in view
        row, garments, _, _ = await self.focus(conversation, user_id)
        again = recall(row, garments, None)
        return [Reply("corrected", now), *([again] if again else [])]

    async def named(self, conversation: Conversation, user_id: int | None, u: Understood) -> list[Reply]:
        """The photo in view taken as its sender names it when it was read as another slot's
        ("what shoes go with this skirt?" of a "hat": `corrections.named_kind`), said before the answer."""
        if conversation.focus_analysis_id is None or not (u.subject or u.this_one):
            return []
        row, garments, analysis_id, _ = await self.focus(conversation, user_id)
        if row is None or analysis_id is None or not (kind := named_kind(row, garments, u)):
            return []
        told = replace(u, category=kind, colour=None, pattern=None)
        now = await correct(self.sessions, row, garments, told)
        return [Reply("corrected", {**now, "was": row.category})]

    async def pick(
        self,
        conversation: Conversation,
        user_id: int | None,
        language: str,
        among: tuple[int, ...] = (),
        reason: int | None = None,
        prefer: str | None = None,
        kind: str | None = None,
    ) -> list[Reply]:
        """'Which one would you pick?': the first (best ranked) of each slot in view, or of the slot of a
        `kind` ("which shoes would you pick?"), numbered as shown — the first plain neutral one when the
        most versatile is asked (`prefer` "versatile": "제일 무난한 거?"), the first of a style ("which
        is the most formal?"); '#1 or #3?' (`among`): the better ranked of those, alternatives for one
        slot; 'why #2?' (`reason`): that one's reason and rank."""
        if conversation.mode not in PAGED or not conversation.shown:
            return [Reply("nothing_to_pick", actions=examples(language))]
        again = await self.answer(conversation, user_id, conversation.mode, language)
        slots = [slot for reply in again for slot in reply.slots]
        if reason is not None:  # "why #2?"
            return [why(slots, reason, conversation.wish, conversation.mode)]
        if among:  # "which is better, #1 or #3?": the one chosen is what "it" means next
            chosen = between(slots, among)
            if chosen.say == "pick_between":
                conversation.pointed = conversation.numbered(chosen.values["numbers"][0])
            return [chosen]
        numbers, picks, n, found = [], [], 1, []
        for slot in slots:
            if slot.items and slot.name != "anchor" and kind in (None, slot.kind):
                fits = [i for i, item in enumerate(slot.items) if prefer and preferred(item, prefer)]
                found.append(bool(fits))
                numbers.append(n + (fits or [0])[0])
                picks.append(slot.items[(fits or [0])[0]])
            n += len(slot.items)
        if not picks:
            return [Reply("nothing_to_pick", actions=examples(language))]
        missing = prefer if prefer != "versatile" and not any(found) else None  # "none reads formal"
        values = {"numbers": numbers, "prefer": prefer if all(found) else None, "missing": missing}
        return [Reply("pick", values, slots=[Slot("similar", picks)])]
