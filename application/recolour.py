"""'A different colour', 'not that colour', '다른 색으로': which colour the user means is in view (the
one asked for, else what most of the products shown share, else the photo's), and, about an outfit
the bot began from a piece it chose, the same kind in another colour to begin it from; 'for women'
about an outfit begun from a men's piece: the piece to begin it from for her; "more casual" of a date's
look begun from the bot's shirt: the piece it would begin it from now; '다른 브랜드': the brand in view
to leave out."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, replace

from catalog import Catalog
from understanding import Understood
from understanding.occasions import occasion_named
from vocabulary import brand_of, slot_of

from .answers import Answers
from .ask import Ask
from .conversation import Conversation
from .records import largest
from .search import Search
from .wish import TONES, Wish


@dataclass
class Recolour:
    """The colour in view, and another colour (or gender) of the piece an outfit began from."""

    catalog: Catalog
    search: Search
    answers: Answers

    async def in_view(self, conversation: Conversation, user_id: int | None, u: Understood) -> str | None:
        """The colour "a different colour" leaves out: the one asked for; else of the kind named
        among those shown ("shoes in another colour" after an outfit), or in the photo in view ("신발
        색 바꿔줘" about an outfit photo: its shoes' white); else the colour most of the
        products shown share (similar, cheapest, a search), or the photo's alone in view; None when
        it is not clear (an outfit's many colours)."""
        if conversation.wish.colour:
            return conversation.wish.colour
        items, mode = self.catalog.items, conversation.mode
        if u.category and (piece := conversation.shown_of(self.catalog, slot_of(u.category))) is not None:
            return items[piece].colour
        picks = conversation.look_picks(self.catalog) if u.category and mode == "outfit" else []
        worn = [i for i, _ in picks if items[i].slot == slot_of(u.category or "")]  # "바지 다른 색 있어?"
        if worn:  # of a look narrowed to its shoes: the look's trousers'
            return items[worn[0]].colour
        if u.category and conversation.focus_analysis_id is not None:  # "신발 색 바꿔줘": the photo's shoes'
            row, garments, _, _ = await self.answers.focus(conversation, user_id)
            worn = [
                g for g in garments or [row] if g is not None and slot_of(g.category) == slot_of(u.category)
            ]
            if worn:
                return worn[0].colour
        if mode in ("similar", "cheaper", "search"):
            colours = Counter(items[i].colour for i in conversation.shown if i in items)
            return colours.most_common(1)[0][0] if colours else None
        if mode == "analysis":
            row, garments, _, _ = await self.answers.focus(conversation, user_id)
            return (largest(garments) if garments else row).colour if row is not None else None
        return None

    async def relative(
        self, conversation: Conversation, user_id: int | None, u: Understood
    ) -> Understood | None:
        """A message about what is in view made absolute: "brighter" than the light blue shown (not
        blue), "a different colour" (not the one in view; None when no one colour is), "다른 브랜드"
        (not the brand in view; the next ones when no one brand is)."""
        if u.brighter and (colour := await self.in_view(conversation, user_id, u)) in TONES[u.tone or ""]:
            u = replace(u, not_colour=colour)  # "brighter" than the blue in view, which is light: not blue
        if "recolour" in u.cues and not (u.colour or u.not_colour or u.tone):  # "a different colour"
            if (colour := await self.in_view(conversation, user_id, u)) is None:
                return None
            u = replace(u, not_colour=colour)
        if u.other_brand:
            brand = self.brand_in_view(conversation)
            u = replace(u, not_brand=brand) if brand else replace(u, another=True)
        return u

    def brand_in_view(self, conversation: Conversation) -> str | None:
        """The brand "another brand" leaves out: the one asked for, else the one most products shown
        share (a search's, similar items'), else the piece in view's; None when it is not clear."""
        if conversation.wish.brand:
            return conversation.wish.brand
        items = self.catalog.items
        if conversation.mode in ("similar", "search"):
            brands = Counter(brand_of(items[i].name) for i in conversation.shown if i in items)
            ((brand, count),) = brands.most_common(1) or [(None, 0)]
            if brand and count * 2 >= sum(brands.values()):
                return brand
        product = conversation.product_in_view(self.catalog)
        return brand_of(product.name) if product is not None and conversation.mode != "outfit" else None

    def restarts(self, conversation: Conversation, u: Understood) -> bool:
        """Whether a message asks for another start of the outfit in view, begun from a catalogue piece:
        "a different colour" of one the bot chose, the colour refused being that piece's own ("red
        is not my colour" about a look begun from a red shirt), another kind of its slot asked
        instead ("셔츠 대신 니트" about a look begun from a shirt) or in another tone ("the top is too
        plain"), or that piece refused ("I don't like the dress, something in blue")."""
        if conversation.mode != "outfit":
            return False
        product = self.catalog.items.get(conversation.focus_product_id or -1)
        refused = u.category if "disliked" in u.cues else None if u.category else u.not_category
        if refused:  # "I don't like the dress" about a look begun from one
            return product is not None and slot_of(refused) == product.slot
        if u.category:  # "셔츠 대신 니트", "make the shirt a polo": another kind of its slot to begin from
            if product is None or slot_of(u.category) != product.slot:
                return False
            if u.tone and u.about_focus:  # "the top is too plain": another top in that tone to begin from
                return True
            if "instead" not in u.cues:
                return False
            return u.category != product.category or u.article is not None
        if u.not_colour:
            return product is not None and product.colour == u.not_colour
        recoloured = "recolour" in u.cues and not (u.colour or u.tone)
        return recoloured and conversation.chosen and product is not None

    def start(self, conversation: Conversation, shops_for: str | None, u: Understood | None = None) -> bool:
        """'A different colour' about an outfit the bot began from a piece it chose: the same kind in a
        colour not begun from yet (this one's, nor those of the starts before it) becomes the focus;
        another kind asked instead (`u`: "셔츠 대신 니트"), or another of its kind when it was refused
        ("I don't like the dress, something in blue": a blue one), the most typical in the look's
        filters; False when there is none."""
        product = self.catalog.items.get(conversation.focus_product_id or -1)
        if product is None:
            return False
        if u is not None and (u.category or u.not_category):  # the season gives way to a kind asked
            kept = replace(conversation.wish, category=None, article=None, whole=None, also=None)
            asked = u.category and "disliked" not in u.cues  # not "I don't like the dress": another dress
            kinds = [(u.category, u.article)] if asked else [(product.category, None), (None, None)]
            tries = [(kept, kept), (replace(kept, season=None),) * 2, (kept, replace(kept, style=None))]
            for (category, article), (keep, looked) in itertools.product(kinds, tries):
                # a blue dress of any style for a wedding look, the closest; else the look's own start
                wish = replace(looked, category=category, article=article, colour=u.colour, not_slot=None)
                wish = replace(wish, tone=u.tone or wish.tone)  # "the top is too plain": one colourful
                if again := self.search.anchor(Ask(wish, shops_for, frozenset([product.id]))):
                    pins = conversation.wish.pinned(u)  # "make the top navy" after sneakers: still those
                    conversation.focus_on(product_id=again.id, chosen=True)
                    conversation.wish = replace(keep, also=pins or None, whole=True if pins else None)
                    return True
            return False
        begun = [product.id] + [
            int(state["focus_product_id"])
            for state in conversation.history
            if state.get("chosen") and state.get("focus_product_id") is not None
        ]
        kept = conversation.wish
        wish = replace(kept, category=product.category, article=None, colour=None)
        items = self.catalog.items
        for colour in {
            items[i].colour for i in begun if i in items and items[i].category == product.category
        }:
            wish = wish.refusing(colour) if colour else wish
        again = self.search.anchor(Ask(wish, shops_for, frozenset(begun)))
        if again is None:
            return False
        conversation.focus_on(product_id=again.id, chosen=True)
        conversation.wish = kept
        return True

    def regender(self, conversation: Conversation) -> None:
        """A described garment the outfit started from, asked now for the other gender ("for women"
        about a men's shirt): the same kind and colour for them becomes the focus instead; one the
        bot chose for an occasion: what it would choose for them ("for a man" after a date's dress)."""
        product = self.catalog.items.get(conversation.focus_product_id or -1)
        if product is None:
            return
        wish = conversation.wish
        other = wish.gender in ("men", "women") and product.gender not in (wish.gender, "unisex")
        other = other or product.kids != bool(wish.kids)  # a child's frock, asked now for a woman
        if other and conversation.chosen:  # the bot's dress for a date, for a man: what it would choose
            again = self.search.anchor(
                Ask(replace(wish, category=None, article=None, colour=None), wish.gender)
            )
        else:
            again = self.search.regendered(product, wish)
        if again is not None:
            kept = conversation.wish
            conversation.focus_on(product_id=again.id, chosen=conversation.chosen)  # still the bot's
            conversation.wish = kept

    def restart(self, conversation: Conversation, shops_for: str | None) -> None:
        """'None of these', '다 별로' of a look begun from a piece the bot chose: another such piece (none
        shown before) begins it."""
        product = self.catalog.items.get(conversation.focus_product_id or -1)
        if not conversation.chosen or product is None or conversation.mode != "outfit":
            return
        looked = replace(conversation.wish, category=None, article=None, also=None)
        refused = [*conversation.refused, product.id]  # (the starts refused before, not again)
        shown = frozenset([*refused, *conversation.seen, *conversation.shown])
        if (again := self.search.anchor(Ask(looked, shops_for, shown))) is not None:
            wish = conversation.wish
            conversation.focus_on(product_id=again.id, chosen=True)
            conversation.wish, conversation.refused = wish, refused

    def restyle(self, conversation: Conversation, before: Wish, shops_for: str | None) -> None:
        """'More casual' of a date's look, 'dressier' of a casual one, begun from a piece the bot chose
        (not one named or sent): the piece it would choose now begins it — a date's shirt gives way
        to an everyday top — when the one in view is not of the new style, or the look was smart
        casual and is no longer (or now is)."""
        product = self.catalog.items.get(conversation.focus_product_id or -1)
        wish = conversation.wish
        if not conversation.chosen or product is None or wish.category or conversation.mode != "outfit":
            return
        if (wish.style, wish.occasion) == (before.style, before.occasion):
            return
        smart = [(o := occasion_named(w.occasion)) is not None and o.smart for w in (before, wish)]
        if product.usage == wish.style and smart[0] == smart[1]:
            return
        looked = replace(wish, category=None, article=None, colour=None, also=None)
        again = self.search.anchor(Ask(looked, shops_for, frozenset([product.id])))
        if again is not None:
            conversation.focus_on(product_id=again.id, chosen=True)
            conversation.wish = wish
