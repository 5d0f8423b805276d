"""Where one chat's conversation stands: its subject, the answer in view and its filters, what was
shown, and how the next message refers to them (kept in the database by `chat_states`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from catalog import Catalog, CatalogItem
from understanding import Understood
from vocabulary import DRESS_CODES, slot_of

from .wish import GIFT, TONAL_TONE, TONES, Wish

SEEN_LIMIT = 200  # products remembered as shown ("another one" skips them)
HISTORY_LIMIT = 5  # answers "go back" can return to
COMPLEMENTS = ("outerwear", "shoes", "bag", "hat", "accessory")  # the slots any garment's look has
ANSWERS = ("analysis", "outfit", "similar", "cheaper", "search")  # the modes "go back" can show again
NAMING = ("favourite", "why", "fit", "tip", "care", "photo")  # "save #2": #2 named, the subject kept
POINTING = (*NAMING, "cheaper", "similar", "outfit")  # then "how much is it?": #2


@dataclass
class Conversation:
    """One chat's state: its focus (the last photo or garment analysed, or a product it is about),
    the last answer's kind and products, the filters in force, and what not to show again."""

    chat_id: int
    user_id: int | None = None
    focus_analysis_id: int | None = None
    focus_product_id: int | None = None
    chosen: bool = False  # the product in view was chosen by the bot for an occasion, not named
    mode: str = ""  # analysis, outfit, similar, search, cheaper — what the last answer was
    wish: Wish = field(default_factory=Wish)
    shown: list[int] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)
    pending: str | None = None  # a request waiting for the settings question to be answered
    album: list[int] = field(default_factory=list)  # the last album's analyses, as sent
    pointed: int | None = None  # named by its number last, not the subject ("save #2"): "it" next
    history: list[dict[str, Any]] = field(default_factory=list)  # earlier answers' `state()`, newest last
    language: str | None = None  # asked for ("speak Korean", "영어로"): answers in it unless words say
    turn_start: dict[str, Any] | None = None  # `state()` as this message or press found it (not stored)

    def last_photo(self) -> int | None:
        """The analysis of the user's photo in view, else of the latest one an earlier answer was about."""
        photos = [self.focus_analysis_id, *(s["focus_analysis_id"] for s in reversed(self.history))]
        return next((p for p in photos if p is not None), None)

    @property
    def has_focus(self) -> bool:
        return self.focus_analysis_id is not None or self.focus_product_id is not None

    def focus_on(
        self,
        analysis_id: int | None = None,
        product_id: int | None = None,
        mode: str | None = None,
        chosen: bool = False,
    ) -> None:
        """A new subject: a photo, a garment, or a product (`chosen` by the bot for an occasion);
        what was shown and refused is forgotten, and so are the filters of the last one (`mode`: the
        answer now in view, "analysis")."""
        self.focus_analysis_id, self.focus_product_id, self.chosen = analysis_id, product_id, chosen
        self.shown, self.seen, self.refused, self.wish, self.pointed = [], [], [], Wish(), None
        self.mode = mode or self.mode

    def speaks(self, app: str, words: str | None = None) -> str:
        """The language to answer in: the one this chat asked for ("speak Korean"), else the words'
        own, else the user's app's."""
        return self.language or words or app

    def state(self) -> dict[str, Any]:
        """What "go back" restores: the subject, the answer's kind, its filters and products."""
        return dict(
            focus_analysis_id=self.focus_analysis_id,
            focus_product_id=self.focus_product_id,
            chosen=self.chosen,
            mode=self.mode,
            wish=asdict(self.wish),
            shown=self.shown,
            seen=self.seen,
        )

    @property
    def can_go_back(self) -> bool:
        """Whether "go back" has an answer to return to (one kept, or the one this turn replaced)."""
        start = self.turn_start
        return bool(self.history) or bool(start and start["mode"] in ANSWERS and start != self.state())

    def remember(self, before: dict[str, Any]) -> None:
        """Keep `before` (a `state()`) for "go back" when the answer in view is another one now."""
        if before["mode"] in ANSWERS and before != self.state():
            self.history = [*self.history, before][-HISTORY_LIMIT:]

    def go_back(self, first: bool = False, showing: frozenset[int] = frozenset()) -> bool | None:
        """The answer before the one in view in view again (`first`: the earliest outfit kept, "what was
        the first outfit?"; `showing`: the latest that showed one of these products, "아까 그 셔츠"): True
        when it was a later page ("🔄 Show others"), so the pages before it are `seen` and left out
        again; None: there is none."""
        earliest = (
            next((n for n, s in enumerate(self.history) if s["mode"] == "outfit"), None) if first else None
        )
        if showing:  # the latest answer before this one that showed one of them
            shown = [n for n, s in enumerate(self.history) if showing & set(s["shown"])]
            if not shown:
                return None
            earliest = shown[-1]
        self.history = self.history if earliest is None else self.history[: earliest + 1]
        while self.history:
            before = self.history.pop()
            if before != self.state():
                self.focus_analysis_id = before["focus_analysis_id"]
                self.focus_product_id = before["focus_product_id"]
                self.chosen = bool(before["chosen"])
                self.mode, self.shown = before["mode"], list(before["shown"])
                self.seen = [i for i in before.get("seen", []) if i not in self.shown]  # its pages before
                self.wish = Wish.from_dict(before["wish"])
                return bool(self.seen)
        return None

    def reopen_linked(self, u: Understood) -> None:
        """A message after the cheapest offers' link alone (nothing numbered: no Naver) about the list
        that link followed ("only nike", "compare #1 and #2" after "any of these on sale?"; "cheaper
        trousers" after the look's shoes): that list in view again to answer it (the link's answer had
        kept its numbers), as this turn's start (so "go back" returns to it, not to the link)."""
        links = (s for s in reversed(self.history) if s["mode"] != "cheaper" or s["shown"] != self.shown)
        before = next(links, None)  # (past the links before it: "cheaper shoes", then "cheaper trousers")
        linked = self.mode == "cheaper" and before is not None and before["shown"] == self.shown
        asks = u.intent in ("refine", "pick", "why") or u.choice  # of the list, not of the link
        asks = asks or (u.intent == "cheaper" and bool(u.category))  # "cheaper trousers": the look's
        if not (linked and before and before["mode"] in ("search", "similar", "outfit") and asks):
            return
        while self.go_back() is not None and self.mode == "cheaper":
            pass
        self.turn_start = self.state()

    def restart(self) -> None:
        """A fresh start ("start over"): nothing in view, no filters, no answer to refine."""
        self.focus_on(mode="")
        self.mode, self.pending, self.album = "", None, []

    def shown_of(self, catalog: Catalog, slot: str, own: bool = False) -> int | None:
        """The first product of the last answer that fills `slot`, other than the one in view ("a
        cheaper bag" after an outfit: its first bag) — or, `own`, that one when it alone does ("cheaper
        shoes" of a look begun from flip flops: those)."""
        items, focus = catalog.items, self.focus_product_id
        other = next((i for i in self.shown if i != focus and i in items and items[i].slot == slot), None)
        alone = own and focus is not None and focus in items and items[focus].slot == slot
        return focus if other is None and alone else other

    def number_of_kind(self, catalog: Catalog, category: str) -> int | None:
        """The number of the first product of `category`'s slot in the answer in view ("the dress")."""
        slot, items = slot_of(category), catalog.items
        return next((n for n, i in enumerate(self.shown, 1) if i in items and items[i].slot == slot), None)

    def product_in_view(self, catalog: Catalog) -> CatalogItem | None:
        """The catalogue product the conversation is about: the one in focus, else a search's first."""
        first = self.shown[0] if self.mode == "search" and self.shown else -1
        return catalog.items.get(self.focus_product_id if self.focus_product_id is not None else first)

    def searched_again(self, u: Understood) -> Understood:
        """The message as a search for another kind of the slot searched in view (nothing in focus):
        "what about heels?" of shoes, "반바지는?" of trousers for a beach wedding — those searched, not
        more like the first, for the search's occasion, style and season unless others are said."""
        asked = "instead" in u.cues or u.intent == "refine"
        searched = self.mode == "search" and not self.has_focus and self.wish.category and asked
        if not (searched and u.category and slot_of(u.category) == slot_of(self.wish.category or "")):
            return u
        said = u.occasion or u.style or u.season
        return replace(u, about_focus=False) if said else self.for_its_occasion(u, about_focus=False)

    def for_its_occasion(self, u: Understood, **more: Any) -> Understood:
        """The message for the occasion, style and season of the answer in view."""
        wish = self.wish
        return replace(u, occasion=wish.occasion, style=wish.style, season=wish.season, **more)

    def first_of_search(self) -> None:
        """After a search, its first product becomes the focus ("how much is it?", "is it good for a
        funeral?"); who it is for stays, as for "#1", the colour searched for goes."""
        if not self.has_focus and self.mode == "search" and self.shown:
            kept, shown = self.wish.leaving("search", "outfit"), self.shown
            self.focus_on(product_id=self.shown[0])
            self.wish, self.shown = kept, shown  # "#2" is still the search's second

    def look_picks(self, catalog: Catalog) -> list[tuple[int, int | None]]:
        """The look in view as the stylist's picks, each with its number in view: the first shown of
        each slot and — for a slot the answer in view no longer shows ("swap the shoes", "신발은
        운동화로": the look narrowed to its shoes) — the first of the latest outfit before it about the
        same piece (number None); a slot refused ("no bag") left out."""
        same = [self.focus_analysis_id, self.focus_product_id]
        earlier = [
            s["shown"]
            for s in reversed(self.history)
            if s["mode"] == "outfit" and [s["focus_analysis_id"], s["focus_product_id"]] == same
        ]
        firsts: dict[str, tuple[int, int | None]] = {}
        for n, shown in enumerate([self.shown, *earlier]):
            for i in shown:
                product = catalog.items.get(i)
                if product is not None and product.slot != self.wish.not_slot:
                    firsts.setdefault(product.slot, (i, None if n else self.shown.index(i) + 1))
        return list(firsts.values())

    def gift_narrowed(self, u: Understood) -> Wish | None:
        """The gift ideas in view narrowed to a kind ("what about a bag?", "가방으로", "스카프는?"), or to a
        taste across every kind ("he likes sporty stuff"; a style alone is of the kind narrowed to:
        "something more elegant" of the bags), still for whom they were (her, a child) and
        within the budget; None when the message is not that (a person named, "now for me", a number)."""
        gift = self.wish.article == GIFT and self.mode == "search" and u.intent in ("refine", "search")
        other = u.gender not in (None, self.wish.gender) or u.kids  # "now for my dad": another person's
        if not gift or other or u.ref is not None or "self" in u.cues:
            return None
        if u.style and not (u.category or u.colour or u.pattern):  # "he likes sporty stuff": their taste,
            kept = None if u.gender else self.wish.category  # every kind again ("more elegant" of bags: bags)
            return replace(self.wish.merged(u), category=kept, article=GIFT)
        if not u.category:
            return None
        return replace(self.wish.merged(u), category=u.category, article=u.article or GIFT)  # still a gift

    def picks_among(self, catalog: Catalog, u: Understood) -> bool:
        """Whether "which shoes would you pick?", "어떤 바지가 어울려?" picks among the answer in view:
        it shows products of that kind (else it is the kind's slot of the outfit in view)."""
        if (
            "which_kind" not in u.cues
            or u.category is None
            or self.mode not in ("outfit", "similar", "search")
            or u.subject  # "which belt goes with black shoes?": shoes described, a look of their own
        ):
            return False
        return any(catalog.items[i].category == u.category for i in self.shown if i in catalog.items)

    @property
    def on_product(self) -> bool:
        """Whether the focus is a catalogue product ("how much is #3?"), not a photo of the user's."""
        return self.focus_analysis_id is None and self.focus_product_id is not None

    def moved_on(self, catalog: Catalog, u: Understood) -> bool:
        """Whether a message about an occasion of another style leaves the catalogue product in view
        for a new subject: "an outfit for a job interview" after a casual skirt's outfit, or "for the
        beach" after a wedding look the bot began from a shirt it chose, "for winter" after a polo
        shirt it chose (a sweater's weather, or a summer piece's, is kept); not "for the gym" after
        "what goes with white sneakers?" (the user's own), nor anything said about "it"."""
        product = catalog.items.get(self.focus_product_id or -1)
        if product is None or u.about_focus:
            return False
        if "instead" in u.cues and product.slot == "dress" and slot_of(u.category or "") in ("top", "bottom"):
            return True  # "no dress, I want trousers" after a dress's look: a look of trousers
        unfit = {"winter": product.climate != "cold", "summer": product.climate == "cold"}
        if self.chosen and unfit.get(u.season or "") and u.intent in ("outfit", "refine"):
            return True  # "for winter" after a polo shirt the bot chose
        toned = (
            u.tone
            and u.intent in ("outfit", "refine")
            and (
                product.colour not in TONES.get(u.tone, (product.colour,))  # (tone on tone: any piece's)
                or (u.tone == "light" and " dark " in f" {product.name.lower()} ")  # a "Dark Grey Top"
            )
        )
        if self.chosen and toned:  # "an outfit in neutral colours", "something in pastel" after a yellow
            return True  # top it chose
        if not (u.occasion and u.style) or product.usage == u.style:
            return False
        return (u.intent == "outfit" and "outfit" in u.cues) or (self.chosen and u.intent == "refine")

    def refined_mode(self, catalog: Catalog) -> str:
        """What a refinement re-runs: the last answer (an outfit when similar or cheaper items are
        followed by another kind: "what about shoes?"); after a bare photo, an outfit when the user
        names another kind of garment, an occasion, a season or a look's colour scheme ("tone on tone"),
        similar items for a colour or price."""
        wish = self.wish
        other_kind = wish.category and self.other_kind(catalog, wish.category)
        if self.mode in ("outfit", "similar", "cheaper", "search"):
            return "outfit" if self.mode in ("similar", "cheaper") and other_kind else self.mode
        scheme = wish.tone == TONAL_TONE  # a whole look's
        return "outfit" if wish.occasion or wish.style or wish.season or other_kind or scheme else "similar"

    def narrowed_by(self, category: str | None) -> bool:
        """Whether a kind named narrows the answer in view: "heels" after a dress's shoes (an outfit or
        similar items kept to that slot already), "show me boots" after a photo's look walked slot by
        slot ("and for the bottom?": its shoes next), "flats" after "shoes for work" (a search of that
        kind: still for work), not a new search."""
        kept = self.wish.category
        in_view = self.has_focus and self.mode in ("outfit", "similar")
        walked = self.mode == "outfit" and self.focus_analysis_id is not None  # the photo's look, a slot
        searched = self.mode == "search" and not self.has_focus and category == kept
        worn_with = slot_of(category or "") in ("shoes", "bag", "hat", "accessory")  # not a dress: a new one
        same = in_view and (slot_of(category or "") == slot_of(kept or "") or (walked and worn_with))
        return bool(category and kept and (same or searched))

    def other_kind(self, catalog: Catalog, category: str) -> bool:
        """Whether `category` is another kind of garment than the focus (shoes for a T-shirt)."""
        if self.focus_product_id is not None:
            product = catalog.items.get(self.focus_product_id)
            return product is None or slot_of(product.category) != slot_of(category)
        return True  # checked against the analysis when answering

    def styles_photo(self, u: Understood) -> bool:
        """Whether a kind that goes with any garment, recommended and nothing else ("recommend shoes",
        "가방 추천해줘"), is for the photo in view: pieces that go with it, not any of that kind ("t-shirts"
        alone, "recommend a dress" of a T-shirt's photo are searches)."""
        photo = self.focus_analysis_id is not None and self.mode in ("analysis", *ANSWERS[1:4])
        bare = slot_of(u.category or "") in COMPLEMENTS and not replace(u, category=None).has_filters
        bare = bare and not u.subject  # "recommend shoes for my red dress": that dress's
        return bool(photo and bare and "recommend" in u.cues)

    def refer(self, u: Understood) -> Understood:
        """The message with "it" read as the product last named by its number without becoming the
        subject ("save #2", "why #2?", then "how much is it?"), while that product is still numbered
        in the answer in view; a message naming one so is remembered for the next. "Which shoes would
        go?" with nothing in view is a search for shoes; "this is not black" with no photo in view
        refines the answer in view rather than correcting a reading; "cheaper" after an outfit's one
        kind ("trousers for it") is about that kind."""
        if (
            u.intent in POINTING
            and u.ref is None
            and u.pronoun
            and not u.category
            and self.pointed in self.shown
        ):
            u = replace(u, ref=self.shown.index(self.pointed) + 1)
        if self._same_in(u):  # "does it come in navy?", "the same one in black": that one's design
            first = self.shown.index(self.pointed) + 1 if self.pointed in self.shown else 1
            u = replace(u, ref=first, intent="similar")
        if u.ref is not None and u.intent in NAMING:
            self.pointed = self.numbered(u.ref)
        alone = not (u.pronoun or u.pointing or u.occasion or u.tip or u.ref is not None)
        colour = u.colour and not u.category and alone and ("colour_ok" in u.cues or u.intent == "verdict")
        # "can I wear black?", "…sneakers?" at a wedding's look: for it, its style, season and whose; a
        # kind asked of any look in view ("운동화 신어도 돼?", "can I wear jeans?") judged with that look, as
        # "does it go with sneakers?" is (not "a backpack with a suit?": the two named are the pair)
        look = self.mode == "outfit" and self.has_focus and not u.season  # ("shorts in winter?": by season)
        kind = "kind_ok" in u.cues and alone
        any_look = kind and look and u.intent in ("search", "refine")  # ("are brown shoes ok?" of a suit)
        if (colour or kind) and (self.wish.occasion or any_look):
            wish = self.wish
            said = {"style": wish.style, "gender": u.gender or wish.gender, "season": u.season or wish.season}
            said["about_focus"] = (u.about_focus or look) and not u.colour
            u = replace(u, intent="etiquette" if colour else "verdict", occasion=wish.occasion, **said)
        if u.intent == "search" and u.not_colour and u.category and not u.colour and self.mode == "outfit":
            u = replace(u, intent="refine")  # "I don't have brown shoes" of a look: its shoes in others
        if u.intent == "uncarried" and u.uncarried == "tie" and not u.occasion:  # "넥타이 색은?" of an
            u = replace(u, occasion=self.wish.occasion)  # interview's look: the interview's tie colours
        if "dresscode" in u.cues and u.intent == "unknown" and self.wish.occasion in DRESS_CODES:  # "what's
            u = self.for_its_occasion(u, intent="refine")  # the dress code?" of a wedding's look: explained
        if "feminine" in u.cues and self.mode == "outfit" and not (u.occasion or u.style or u.season):
            u = self.for_its_occasion(u)  # "좀 더 여성스럽게" of a date's look: a dress's look, for the date
        answered = u.intent in ("search", "refine", "outfit") and bool(u.category or u.colour or u.pattern)
        if self.mode == "correct" and self.focus_analysis_id is not None and answered:  # "it's a skirt"
            u = replace(u, intent="correct", correction=True)  # after "what is it, then?"
        listing = u.not_category and not u.category and self.mode in ("search", "similar") and self.shown
        if (
            u.intent == "correct"
            and self.focus_analysis_id is None
            and not (u.category or u.colour or listing)
        ):
            u = replace(u, intent="refine", correction=False)  # "this is not black" of a search: not black
        if "which_kind" in u.cues and not (self.has_focus or self.shown):  # "어떤 바지가 좋아?", nothing
            u = replace(u, intent="search", about_focus=False)  # in view: that kind, searched
        one_kind = self.mode == "outfit" and self.wish.category and not (self.wish.whole or self.wish.also)
        cheaper = u.intent == "cheaper" and "look_price" not in u.cues  # not "how much is the whole look?"
        if cheaper and one_kind and not u.category and u.ref is None:  # "좀 더 싼 거" after
            u = replace(u, category=self.wish.category, article=self.wish.article)  # its trousers: theirs
        return u

    def _same_in(self, u: Understood) -> bool:
        """Whether a message asks for the product in view in another colour ("this in black", "does
        it come in navy?", "the same one in black") after a search or similar items."""
        asked = (
            u.colour and not (u.category or u.also) and u.ref is None and u.intent in ("similar", "refine")
        )
        said = u.pronoun or "similar" in u.cues
        return bool(asked and said and self.mode in ("search", "similar") and self.shown)

    def numbered_product(self, catalog: Catalog, n: int) -> CatalogItem | None:
        """The catalogue product numbered n in the last answer, None when none is."""
        product_id = self.numbered(n)
        return catalog.items.get(product_id) if product_id is not None else None

    def numbered(self, n: int) -> int | None:
        """The product numbered n in the last answer (-1: the last one)."""
        if n == -1 and self.shown:
            return self.shown[-1]
        return self.shown[n - 1] if 1 <= n <= len(self.shown) else None

    @property
    def pointed_number(self) -> int:
        """The number of the product "it" points at in the answer in view ("why?" after "which would
        you pick?" or "#3 or #4?"); its first when none."""
        return self.shown.index(self.pointed) + 1 if self.pointed in self.shown else 1

    def showed(self, mode: str, product_ids: list[int], another: bool = False) -> None:
        """An answer of `mode` shows `product_ids`: a next page of the one in view (`another`) or a
        new answer, whose pages "🔄 Show others" turns from now on. An answer with nothing numbered
        (the cheapest offers' link, "nothing found") leaves the last list's numbers: "#2" is still its."""
        self.mode = mode
        if not product_ids:
            return
        if product_ids != self.shown:  # a new list: "it" is the subject again (not the same one re-run)
            self.pointed = None
        self.shown = product_ids
        before = self.seen if another else []
        self.seen = [*before, *(i for i in product_ids if i not in before)][-SEEN_LIMIT:]
