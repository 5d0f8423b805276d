"""The stylist's advice beyond refining an answer, each routed here from the dialogue by its intent:
how to look after a piece (`care.py`), what to pack for a trip (`capsule.py`), a couple look
(`couple.py`), which colours suit a personal colour (`shopper.py`), the user's own style and what to
buy next (`taste.py`), a size in other systems (`vocabulary/sizes.py`), how a piece runs and
how to wear it (`wearing.py`); and what is said before an
outfit: what the day's temperature asks for and what a dress code means (`preface`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from catalog import Catalog
from understanding import Understood, asks_of_this
from vocabulary import (
    BUILDS,
    DRESS_CODES,
    PALETTES,
    SUIT_COLOURS,
    TEMPERATURE_BANDS,
    season_in,
    shoe_size,
    temperature_band,
    top_size,
    waist_size,
)

from .answers import Answers
from .capsule import packing
from .care import Care
from .conversation import Conversation
from .couple import couple_wish
from .recolour import Recolour
from .replies import Reply, examples, suit_ties
from .shopper import ShopperQuestions
from .taste import Taste
from .wearing import Wearing, size_for_build

INTENTS = (
    "care", "pack", "palette", "palette_off", "size", "fit", "tip", "couple", "taste", "next_buy", "suits_me",
    "fabric", "suit_colour",
)  # fmt: skip


@dataclass
class Advice:
    """Care, packing, couple looks, personal colour, taste and sizes."""

    answers: Answers
    shopper: ShopperQuestions
    recolour: Recolour
    catalog: Catalog
    today: Callable[[], date]
    care: Care = field(init=False)
    taste: Taste = field(init=False)
    wearing: Wearing = field(init=False)

    def __post_init__(self) -> None:
        self.care, self.wearing = Care(self.answers, self.catalog), Wearing(self.answers, self.catalog)
        self.taste = Taste(self.answers.sessions, self.answers.account, self.catalog, self.answers)

    async def reply(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """The advice `u.intent` asks for."""
        if u.intent == "palette":  # "저 여쿨인데 어울리는 색?"; "이거 여쿨한테 어울려?": the piece in view
            colour = await self.recolour.in_view(conversation, user_id, u) if asks_of_this(text) else u.colour
            return await self.shopper.palette(user_id, u, language, colour)
        if u.intent == "palette_off":  # "forget my colours"
            if user_id is not None:
                await self.answers.account.set_shopper(user_id, language, palette="")
            return [Reply("palette_forgotten")]
        if u.intent == "suits_me":  # "what suits me?": what is known of them, else what to tell
            return await self.suits_me(conversation, user_id, language)
        if u.intent == "taste":  # "what's my style?": read from their wardrobe and favourites
            return await self.taste.reply(user_id)
        if u.intent == "next_buy":  # "what should I buy next?": what the wardrobe lacks, in their style
            return await self.taste.next_buy(conversation, user_id, language)
        if u.intent == "couple":  # "커플룩 추천": her outfit and his, in one shared colour
            wish = conversation.wish  # who for and the budget, kept (a new subject forgets the filters)
            conversation.focus_on(mode="search")
            conversation.wish = couple_wish(wish, u, season_in(self.today().month))
            return await self.answers.answer(conversation, user_id, "search", language)
        if u.intent == "pack":  # "what should I pack for 3 days in Jeju?": pieces that all mix
            kept = conversation.has_focus and (u.pointing or asks_of_this(text))  # "… with this"
            analysis, product = (
                (conversation.focus_analysis_id, conversation.focus_product_id) if kept else (None, None)
            )
            wish = conversation.wish  # (a new subject forgets the filters: kept as `packing` says)
            conversation.focus_on(analysis, product, mode="search")
            conversation.wish = packing(wish, u, self.today().month)
            if not (kept or "wardrobe" in u.cues):  # with this photo, from my wardrobe: theirs, not asked
                asked = await self.shopper.ask_once(
                    conversation, user_id, text, language, "ask_shop_for_pack"
                )
                if asked:  # a capsule is one person's wardrobe: whose, first (packed once they say)
                    return asked
            return await self.answers.answer(conversation, user_id, "search", language)
        if u.intent == "fit":  # "does it run small?", "정사이즈야?"
            return [await self.wearing.fit(conversation, user_id, u)]
        if u.intent == "fabric":  # "is this cotton?", "이거 소재 뭐야?"
            return [await self.wearing.fabric(conversation, user_id, u)]
        if u.intent == "tip":  # "should I tuck it in?", "소매 걷어도 돼?"
            return [await self.wearing.tip(conversation, user_id, u)]
        if u.intent == "suit_colour":  # "what colour suit?" of a wedding's look: the wedding's colours
            occasion = u.occasion or conversation.wish.occasion
            colours = SUIT_COLOURS.get(occasion or "") or SUIT_COLOURS[""]
            if (u.season or conversation.wish.season) == "winter":  # beige is a summer day's
                colours = tuple(c for c in colours if c != "beige")
            said = occasion if occasion in SUIT_COLOURS else ""
            return [Reply("suit_colours", {"occasion": said, "colours": list(colours)})]
        if u.intent == "size" and u.size is not None:  # "what size is 270 in US?"
            return [size_reply(*u.size, language)]
        return await self.care.reply(conversation, user_id, u, language)  # "how do I wash it?"

    async def suits_me(self, conversation: Conversation, user_id: int | None, language: str) -> list[Reply]:
        """'What suits me?', '나한테 뭐가 어울려?': whatever is known of them — their personal colour's
        colours, what flatters the build they told, the style their saved pieces lean to; nothing
        known: what to tell."""
        said: list[Reply] = []
        palette = (await self.answers.account.shopper(user_id)).palette
        if palette in PALETTES:
            said.append(Reply("palette", {"palette": palette, "kept": False, "known": True}))
        if (build := conversation.wish.build) is not None:
            shaped = bool(BUILDS[build].tones or BUILDS[build].cuts)
            said.append(Reply("build", {"build": build, "shaped": shaped, "shown": True}))
        if values := await self.taste.profile(user_id):
            said.append(Reply("taste", values))
        return said or [Reply("suits_me_unknown", actions=examples(language))]


def preface(u: Understood) -> tuple[Understood, list[Reply]]:
    """What is said before the answer, and the message as answered: "12도인데 뭐 입지?" asks for an
    outfit begun from the layer that weather asks for (`vocabulary.TEMPERATURE_BANDS`), said first;
    "what does black tie mean?", "드레스 코드가 세미 포멀이면?" have the dress code explained first; "I
    bought #2" is congratulated before its outfit; "what tie goes with it?" says ties are not carried
    before the rest of the look, "maxi dresses" that lengths are not listed before the dresses, "nothing
    revealing" what is left out (and what cannot be), "waterproof shoes" that no listing says so before
    a wet day's boots, "popular sneakers" that sales are not known before the most typical (and
    "요즘 유행하는 겨울 코디" before a classic look)."""
    bought = "bought" in u.cues and u.intent == "outfit"  # "I bought #2": congratulated
    said: list[Reply] = [Reply("bought")] if bought else []
    asked = u.uncarried and "refused" not in u.cues  # "a wedding look, no tie": none in it anyway
    if asked and u.intent in ("outfit", "search", "refine"):  # "what tie goes with a navy suit?": its
        suit = u.colour if u.uncarried == "tie" and u.category == "blazer" else None  # ties' colours first
        said.append(Reply("not_carried_in_look", {"kind": u.uncarried, **suit_ties(suit)}))
    if "length" in u.cues and u.category and u.intent in ("outfit", "search", "refine"):  # "maxi dresses"
        said.append(Reply("any_length"))
    if u.occasion == "rain" and u.category == "shoes" and not u.article and u.intent == "search":
        said.append(Reply("rain_shoes"))  # "waterproof shoes": no listing says so; a wet day's boots
    if u.not_detail == "revealing" and u.intent in ("outfit", "search", "refine"):  # "nothing revealing"
        said.append(Reply("modest"))  # what names tell is left out; lengths are not listed: said
    if "trends" in u.cues and u.category and u.intent in ("search", "refine"):  # "popular sneakers"
        said.append(Reply("typical_not_popular"))
    if "trends" in u.cues and u.intent == "outfit":  # "trendy outfit for a date": a classic one, said
        said.append(Reply("classic_not_trend"))
    asked = "dresscode" in u.cues or ("whatis" in u.cues and "outfit" not in u.cues)  # not "what's a look …"
    if asked and u.occasion in DRESS_CODES and not u.category:
        said.append(Reply("dress_code", {"code": u.occasion}))
    if u.measures is not None and u.intent != "fit":  # "I'm 175cm 80kg, what should I wear to look
        said.append(size_for_build(u.measures, u.gender))  # slimmer?": the size too, then the build's
    if u.build is not None:  # "I'm petite", "통통한 여자 하객룩": what flatters it, then the answer
        shaped = bool(BUILDS[u.build].tones or BUILDS[u.build].cuts)  # a tall frame's: nothing put first
        said.append(Reply("build", {"build": u.build, "shaped": shaped, "shown": True}))
    if u.temperature is not None and u.intent == "outfit" and not (u.category or u.pointing or u.about_focus):
        band = temperature_band(u.temperature)
        _, _, category, article = TEMPERATURE_BANDS[band]
        said.append(Reply("temperature", {"degrees": u.temperature, "band": band}))
        u = replace(u, category=category, article=article)
    return u, said


def size_reply(system: str, value: str, language: str) -> Reply:
    """A shoe, top or trouser waist size in the other systems (`vocabulary.sizes`); off the chart: said
    plainly."""
    if system in ("letter", "ko", "us_dress"):
        top = top_size(system, value)
        if top is not None and system == "us_dress":  # "I'm a size 8": hers, and the shoe it could be
            shoe = shoe_size("us_women", float(value))
            said = {"us": value, "letter": top[0], "women": top[1][0], "mm": shoe.mm if shoe else None}
            return Reply("size", {"dress": said})
        if top is not None:
            return Reply("size", {"letter": top[0], "numbers": list(top[1])})
    elif system == "waist":  # "허리 30": its centimetres and the letter it usually is
        if (waist := waist_size(int(value))) is not None:
            cm, men, women = waist
            return Reply("size", {"waist": {"inches": int(value), "cm": cm, "men": men, "women": women}})
    elif (shoe := shoe_size(system, float(value))) is not None:
        return Reply("size", {"shoe": asdict(shoe)})
    return Reply("no_sizes", actions=examples(language))
