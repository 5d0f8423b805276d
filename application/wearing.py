"""How a piece runs and how to wear it, asked about a numbered product, a kind named, or what is in
view: its fit ("does it run small?", "정사이즈야?": the cut its own name says, the rule of thumb for
its kind, and the shop's chart and reviews, which know the brand — the bot cannot see how a brand
cuts, and says so); tucking, sleeves, a hem, buttons ("should I tuck it in?", "소매 걷어도 돼?"); the
rules of dress ("gold or silver?", "sneakers with a suit?"), by the dress code, season or personal
colour known."""

from __future__ import annotations

from dataclasses import dataclass

from catalog import Catalog, CatalogItem
from understanding import Understood
from understanding.lexicon import COOL_COLOURS, WARM_COLOURS
from understanding.occasions import occasion_named
from understanding.tips import RULES
from vocabulary import FIT_SLOTS, NAMED_MATERIALS, PALETTES, cut_of, made_of, slot_of, top_for_build

from .answers import Answers
from .conversation import Conversation
from .replies import Reply


@dataclass
class Wearing:
    """The fit and how-to-wear use cases."""

    answers: Answers
    catalog: Catalog

    async def fit(self, conversation: Conversation, user_id: int | None, u: Understood) -> Reply:
        """How what the message names runs: a numbered product, a kind named, else what is in view;
        for a height and weight ("I'm 180cm 75kg"), the top size that usually fits them (for whom the
        user shops, or the message says; both when not known)."""
        if u.measures is not None:
            return size_for_build(
                u.measures, u.gender or (await self.answers.account.shopper(user_id)).gender
            )
        if u.height and u.build is None:  # "I'm 168cm": most lengths work; a weight for a size
            return Reply("fit_height", {"height": u.height})
        if (missing := _missing(conversation, self.catalog, u)) is not None:
            return missing
        product, category = await self._subject(conversation, user_id, u)
        if product is not None:
            cut = cut_of(product.name) or ""
            return Reply("fit", {"product": product.name, "slot": _fitted(product.slot), "cut": cut})
        return Reply(
            "fit", {"product": "", "slot": _fitted(slot_of(category)) if category else "", "cut": ""}
        )

    async def tip(self, conversation: Conversation, user_id: int | None, u: Understood) -> Reply:
        """How to wear what the message names (its tucking, sleeves, hem or buttons), by its kind."""
        if u.tip in RULES:  # "do I need a jacket?", "gold or silver?": a rule of dress, by what is known
            kind = await self._rule_kind(conversation, user_id, u)
            return Reply("tip", {"topic": u.tip, "category": "", "slot": "", "kind": kind})
        if (missing := _missing(conversation, self.catalog, u)) is not None:
            return missing
        product, category = await self._subject(conversation, user_id, u)
        kind = product.article_type.lower() if product is not None else u.article or ""  # jeans or trousers
        category = product.category if product is not None else category
        slot = slot_of(category) if category else ""
        return Reply("tip", {"topic": u.tip, "category": category or "", "slot": slot, "kind": kind})

    async def _rule_kind(self, conversation: Conversation, user_id: int | None, u: Understood) -> str:
        """Which answer a rule of dress gets: a jacket by the dress code, else the season; sneakers with a
        suit by the dress code; gold or silver by the personal colour they told, else by the warm or cool
        colour of the piece in view; else the general one."""
        occasion = occasion_named(u.occasion or conversation.wish.occasion)
        formal = occasion is not None and occasion.style == "formal"
        if u.tip == "layer":
            season = u.season or conversation.wish.season or (occasion.season if occasion else None)
            return "formal" if formal else season or "any"
        if u.tip == "sneakers":  # "…to a wedding?", or asked of a wedding's look
            return "formal" if formal else "any"
        if u.tip == "metals":  # their colouring first; else the colour of the piece in view
            palette = (await self.answers.account.shopper(user_id)).palette
            if palette in PALETTES:
                return palette
            row, *_ = await self.answers.focus(conversation, user_id)
            product = conversation.product_in_view(self.catalog) if row is None else None  # a search's
            colour = row.colour if row is not None else product.colour if product is not None else None
            return "warm" if colour in WARM_COLOURS else "cool" if colour in COOL_COLOURS else "any"
        return "any"

    async def fabric(self, conversation: Conversation, user_id: int | None, u: Understood) -> Reply:
        """'Is this cotton?', '이거 소재 뭐야?': what a product's own name says of its fabric (else that
        the shop's page lists it); 'are any of these leather?': the numbers of those in view whose names
        say it; a photo's fabric is not read, and said so."""
        if (missing := _missing(conversation, self.catalog, u)) is not None:
            return missing
        items = [self.catalog.items.get(i) for i in conversation.shown]
        if "among" in u.cues and u.material and u.ref is None and len(items) > 1:  # "are any of these
            numbers = [n for n, p in enumerate(items, 1) if p is not None and made_of(p.name, u.material)]
            return Reply("fabric_among", {"asked": u.material, "numbers": numbers})  # leather?": each's name
        product, category = await self._subject(conversation, user_id, u)
        if product is None:
            return Reply("fabric", {"product": "", "asked": u.material or "", "photo": category is not None})
        named = next((m for m in NAMED_MATERIALS if made_of(product.name, m)), "")
        return Reply("fabric", {"product": product.name, "asked": u.material or "", "named": named})

    async def _subject(
        self, conversation: Conversation, user_id: int | None, u: Understood
    ) -> tuple[CatalogItem | None, str | None]:
        """(the product asked about: numbered or in view; else the kind named or the photo's)."""
        if u.ref is not None:  # "how does #2 fit?": that product of the answer in view
            return conversation.numbered_product(self.catalog, u.ref), None
        if u.category:  # "what size should I get in jeans?", "should I tuck a shirt in?"
            return None, u.category
        if (product := conversation.product_in_view(self.catalog)) is not None:
            return product, None
        if conversation.focus_analysis_id is not None:  # the photo's garment
            row = (await self.answers.focus(conversation, user_id))[0]
            return None, row.category if row is not None else None
        return None, None


def size_for_build(measures: tuple[int, int], gender: str | None) -> Reply:
    """The top size that usually fits a height and weight ("I'm 180cm 75kg"), for that gender (both
    when not known)."""
    height, weight = measures
    wearers = [gender] if gender in ("men", "women") else ["men", "women"]
    sizes = {g: top_for_build(height, weight, g) for g in wearers}
    return Reply("fit_build", {"height": height, "weight": weight, "sizes": sizes})


def _missing(conversation: Conversation, catalog: Catalog, u: Understood) -> Reply | None:
    """'How does #9 fit?' with no ninth product shown: said plainly."""
    if u.ref is None or conversation.numbered_product(catalog, u.ref) is not None:
        return None
    return Reply("no_such_number", {"n": u.ref, "count": len(conversation.shown)})


def _fitted(slot: str) -> str:
    return slot if slot in FIT_SLOTS else ""
