"""A dialogue's reply as Telegram HTML and button labels (the CLI prints the same, as plain text)."""

from __future__ import annotations

from html import escape
from typing import Any

from application import PRICE_BANDS, Action, Note, Reply, Wish
from application.replies import EXAMPLES
from application.wish import GIFT
from vocabulary import (
    CATEGORY_NAMES,
    COLOURS,
    MATERIALS,
    PATTERNS,
    UNCARRIED,
    USAGES,
    display_name,
)

from .bodies import build_text
from .care import care_text
from .dresscodes import dress_code_text, etiquette_text, occasion_colours_text
from .fabrics import fabric_verdict_text
from .filters import brand_name, describe, detail_name, filter_label, kind_name, listed
from .labels import OCCASION_NAMES
from .palettes import palette_text, which_palette_text
from .prices import look_price_text
from .sizes import build_size_text, fabric_text, fit_text, height_text, size_text
from .taste import next_buy_text, taste_text, wardrobe_fit_text
from .texts import (
    SEASONS,
    TEXT_LIMIT,
    clip,
    item_name,
    render_analysis,
    render_cheaper,
    render_items,
    render_picks,
    shown_name,
    t,
)
from .tips import tip_text
from .verdicts import (
    advice_text,
    balance_text,
    colour_pair_text,
    colour_seen_text,
    one_named,
    verdict_text,
    weighed_text,
)
from .weather import temperature_text

# what a pick prefers, said as its title ("the most formal": `pick_style`)
PICK_TITLES = {"versatile": "pick_versatile", "popular": "pick_popular", "comfortable": "pick_comfortable"}


def button_label(action: Action, language: str, number: int = 0) -> str:
    """The label of a dialogue button (`number`: a wardrobe piece's number in its collage)."""
    kind, arg = action.kind, action.arg
    if kind in ("outfit", "similar", "cheaper"):
        return t(f"btn_{kind}", language)
    if kind == "example":
        return EXAMPLES[language][int(arg)]
    if kind == "shop_for":
        return t(f"btn_{arg}", language)
    if kind == "band":
        return t(f"band_{arg}", language)
    if kind == "forget":
        return t(f"btn_forget_{arg}", language)
    if kind == "unsave":
        return t("btn_unsave", language, n=number)
    if kind == "correct_as":  # "✏️ It's a skirt"
        kind_name = display_name(CATEGORY_NAMES, str(arg).partition(".")[2], language)
        return t("btn_correct_as", language, kind=one_named(kind_name.lower(), None, language))  # shorts
    return t(f"btn_{kind}", language)


def action_label(action: Action, reply: Reply, language: str) -> str:
    """A button's label under `reply`: a filter's ✕, an outfit photo's garment ("🔎 Trousers (navy)"),
    a wardrobe piece's number, else its kind's (`button_label`)."""
    if action.kind == "unfilter" and reply.wish is not None:
        return t("btn_unfilter", language, label=filter_label(str(action.arg), reply.wish, language))
    garments = {item_id: item for item, item_id in reply.analysis.garments} if reply.analysis else {}
    if action.kind == "similar" and action.arg in garments:
        return t("btn_item", language, item=item_name(garments[int(action.arg)], language))
    numbers = {piece.item_id: n for n, piece in enumerate(reply.pieces, start=1)}  # a wardrobe's ✕ 1, ✕ 2
    return button_label(action, language, numbers.get(int(action.arg), 0) if action.kind == "unsave" else 0)


def render_reply(reply: Reply, language: str) -> str:
    """The reply's text as Telegram HTML (every outside value escaped), cut to Telegram's limit."""
    if reply.analysis is not None and reply.say == "analysis":  # (another's: its garments' buttons named)
        return render_analysis(reply.analysis.analysis, language)
    values = reply.values
    wish: Wish | None = reply.wish
    item = ""
    if "category" in values:
        item = shown_name(values["category"], values.get("confidence") or 1.0, values.get("slot"), language)
    titles = ("outfit_title", "similar_title", "cheaper_title", "search_title", "complete_title")
    titles += ("restyle_title",)
    relaxed = ("search_other_colours", "search_other_cuts", "search_other_brands", "search_relaxed")
    relaxed += ("search_other_materials", "search_other_kinds", "search_other_details")
    if reply.say in (*titles, *relaxed):
        say = reply.say
        if "product" in values and say in titles[:3]:
            say = say.replace("_title", "_product")
        colour = display_name(COLOURS, values.get("colour") or "", language)
        left_out = {
            "search_other_colours": "colour",
            "search_other_cuts": "cut",
            "search_other_materials": "material",
            "search_other_details": "detail",
            "search_other_brands": "brand",
        }.get(say)
        what = describe((wish or Wish()).without(left_out) if left_out else wish or Wish(), language)
        keys = values.get("left_out") or []  # "None for an interview here, so the closest: outerwear"
        left = listed([filter_label(key, wish or Wish(), language) for key in keys], language)
        if keys and values.get("style"):  # the nearest style's: "casual outerwear"
            what = f"{display_name(USAGES, values['style'], language)} {what}"
        cut = t(f"cut_{values['cut']}", language) if values.get("cut") else ""
        brand = brand_name(values.get("brand") or "", language)
        say += "_carried" if values.get("carried") else ""  # "nike dresses": Nike, but none of those
        title = t(
            say,
            language,
            item=item,
            what=what,
            product=values.get("product", ""),
            colour=colour,
            cut=cut,
            brand=brand,
            left=left,
            material=display_name(MATERIALS, values.get("material") or "", language),
            detail=detail_name(values.get("detail") or "", language),
            style=display_name(USAGES, values.get("style") or "", language),
            kind=kind_name(values.get("kind"), language),
        )
        if reply.say == "cheaper_title" and reply.link:
            text = render_cheaper(title, reply.link, reply.items, language)
        else:
            text = render_items(title, reply.slots, language)
    elif reply.say == "pick":  # "which one would you pick?"
        numbers = reply.values["numbers"]
        prefer, missing = reply.values.get("prefer"), reply.values.get("missing")  # "the most formal"
        say = "pick" if len(numbers) > 1 else "pick_one"
        if prefer:  # "the easiest to wear", "the best seller" (no sales data: said), "the most formal"
            say = PICK_TITLES.get(prefer, "pick_style")
        say = f"pick_{'comfortable' if missing == 'comfortable' else 'style'}_none" if missing else say
        named = next((s for s in (prefer, missing) if s not in (None, *PICK_TITLES)), None)  # a style's
        style = display_name(USAGES, named, language).lower() if named else ""
        text = render_picks(t(say, language, style=style), numbers, reply.items, language)
    elif reply.say == "pick_between":  # "which is better, #1 or #3?"
        numbers = reply.values["among"]
        among = (
            ", ".join(f"{n}번" for n in numbers)
            if language == "ko"
            else ", ".join(f"#{n}" for n in numbers[:-1]) + f" and #{numbers[-1]}"
        )
        title = t("pick_between", language, among=among, n=reply.values["numbers"][0])
        text = render_picks(title, reply.values["numbers"], reply.items, language)
        text += "\n" + escape(compared_text(reply.values, language), quote=False)
    elif reply.say == "pictures":  # "show me bigger pictures": each in view, numbered as it was
        text = render_picks(t("pictures_title", language), values["numbers"], reply.items, language)
        text += pictures_more(values, language)
    elif reply.say == "why":  # "why #2?": that one, its reason and its rank
        text = render_picks(t("why_title", language, n=values["n"]), [values["n"]], reply.items, language)
        text += "\n" + escape(why_text(values, language), quote=False)
    elif reply.say == "album":
        text = render_album(reply, language)
    elif reply.say in ("wardrobe_outfit", "favourites"):
        text = render_items(t(reply.say, language, **reply.values), reply.slots, language)
    elif reply.say == "couple_title":  # "커플룩 추천": her outfit and his
        colour = display_name(COLOURS, values["colour"], language)
        text = render_items(t(reply.say, language, colour=colour), reply.slots, language)
    elif reply.say in ("capsule_title", "capsule_own_title"):  # "pack for 3 days": every top, every bottom
        days = (
            t("capsule_days", language, days=values["days"])
            if values["days"] > 1
            else t("capsule_day", language)
        )
        say = "capsule_with_title" if values.get("with") else reply.say  # packed with the garment in view
        say = say if values.get("trip", True) else "capsule_essentials"  # "wardrobe essentials": no trip
        own, pieces = values.get("own", 0), values["pieces"]
        title = t(
            say, language, days=days, pieces=pieces, outfits=values["outfits"], own=own, shop=pieces - own
        )
        text = render_items(title, reply.slots, language)
    elif reply.say == "recoloured":  # "does #3 come in other colours?": its design in them
        colour = display_name(COLOURS, values["colour"], language).lower() if values.get("colour") else ""
        say = "recoloured_in" if colour else reply.say  # "#2 in black": yes, it comes in black
        title = t(say, language, product=escape(values["product"]), colour=colour)
        text = render_items(title, reply.slots, language)
    elif reply.say == "about_product" and reply.slots:  # "what is #2?": what it is, its picture and link
        text = render_items(_say(reply, language), reply.slots, language, int(values.get("n", 1)))
    elif reply.say == "gift_title":  # "Gift ideas for her"
        who = t(f"gift_for_{values['who']}", language) if values.get("who") in ("men", "women") else ""
        text = render_items(t(reply.say, language, who=who), reply.slots, language)
    elif reply.say == "look_price":  # "how much is the whole outfit?": its pieces linked, added up
        text = look_price_text(values, language)
    else:
        text = escape(_say(reply, language), quote=False)
    if reply.link and "query" in values:  # "men's wallets", "a watch" with none here: Naver Shopping's
        asked = escape(t("elsewhere", language, query=values["query"]))
        text += f'\n<a href="{escape(reply.link, quote=True)}">{asked}</a>'
    if reply.say == "not_carried":  # what the buttons under it are
        text += ("\n" if reply.link else " ") + t("for_example", language)
    if any(
        item.shop_failed for slot in reply.slots for item in slot.items
    ):  # under the heading: never clipped
        heading, _, listing = text.partition("\n")
        text = f"{heading}\n<i>{escape(t('shop_slow', language))}</i>\n{listing}"
    if wish is not None and wish.active():
        labels = " · ".join(filter_label(key, wish, language) for key in wish.active())
        text += f"\n\n<i>{t('filters', language)}: {escape(labels)}</i>"
    return clip(text, TEXT_LIMIT)


def pictures_more(values: dict[str, Any], language: str) -> str:
    """How to see the products left out of an album of ten ("the first 10 of 12: show #11 bigger")."""
    shown, total = values["numbers"], values["total"]
    if total <= len(shown):
        return ""
    return "\n" + escape(t("pictures_more", language, n=len(shown), total=total, next=shown[-1] + 1))


def render_album(reply: Reply, language: str) -> str:
    """An album's verdict: its pieces, numbered as in the collage, what goes and what does not, and
    the products to swap one for (or to complete the look)."""
    together, pieces = reply.values["together"], reply.values["pieces"]
    lines = [f"<b>{escape(t('album_' + together.verdict, language, count=len(pieces)))}</b>"]
    if balance := reply.values.get("balance"):  # "too much black?" of an outfit photo: said first
        lines.insert(0, escape(balance_text(balance, language), quote=False))
    for n, piece in enumerate(pieces, start=1):
        name = shown_name(piece["category"], piece["confidence"] or 1.0, piece["slot"], language)
        colour = display_name(COLOURS, piece["colour"], language) if piece["colour"] else ""
        style = display_name(USAGES, piece["style"], language) if piece["style"] else ""
        words = " ".join(w for w in (colour, name) if w)
        lines.append(f"{n}. {escape(words)}" + (f" · {escape(style)}" if style else ""))
    lines += [f"• {escape(note_text(note, pieces, language))}" for note in together.notes]
    products = reply.slots[1:]
    if products:
        swap = reply.values.get("swap")
        title = t("album_swap", language, n=swap + 1) if swap is not None else t("album_complete", language)
        lines += ["", render_items(title, products, language, numbered_from=len(pieces) + 1)]
    return "\n".join(lines)


def compared_text(values: dict[str, Any], language: str) -> str:
    """What tells the items weighed apart, one line each ("#1 Nike Men Polo: striped · sports ·
    ₩39,000"), or that little does."""
    lines = []
    for item in values.get("compared", []):
        facts = [
            brand_name(item["brand"], language) if item.get("brand") else "",
            display_name(PATTERNS, item["pattern"], language) if item.get("pattern") else "",
            display_name(USAGES, item["usage"], language) if item.get("usage") else "",
            t(f"season_{item['season']}", language) if item.get("season") else "",
            f"₩{item['price']:,}" if item.get("price") else "",  # as each item's line shows it
        ]
        if any(facts):
            said = " · ".join(f for f in facts if f)
            lines.append(t("compared", language, n=item["n"], name=item["name"], facts=said))  # escaped after
    return "\n".join(lines) or t("compared_alike", language, n=values["numbers"][0])


def note_text(note: Note, pieces: list[dict], language: str) -> str:
    """One thing said about an album's pieces, with their numbers."""
    numbers = [n + 1 for n in note.pieces]
    if note.code == "colours":
        rule = t(f"rule_{note.rule}", language)
        return t("note_colours", language, a=numbers[0], b=numbers[1], rule=rule)
    if note.code == "style_mix":
        main = display_name(USAGES, note.rule, language)
        odd = ", ".join(f"{n}" for n in numbers)
        style = display_name(USAGES, pieces[note.pieces[0]]["style"] or "", language)
        return t("note_style_mix", language, odd=odd, style=style, main=main)
    if note.code == "same_slot":
        slot = t(f"slot_{note.rule}", language).lower()
        return t("note_same_slot", language, a=numbers[0], b=numbers[1], slot=slot)
    return t(f"note_{note.code}", language, a=numbers[0], b=numbers[1])


def _say(reply: Reply, language: str) -> str:
    if reply.say == "verdict":  # of a numbered product: "#3: it reads casual …"
        said, n = verdict_text(reply.values, language), reply.values.get("n")
        return said if n is None else f"{n}번: {said}" if language == "ko" else f"#{n}: {said}"
    if reply.say == "balance":  # "too much black?" of the look in view
        return balance_text(reply.values, language)
    if reply.say == "dress_code":  # "what does black tie mean?"
        return dress_code_text(reply.values["code"], language)
    if reply.say == "occasion_colours":  # "what colours should I wear to a funeral?"
        return occasion_colours_text(reply.values, _either(reply.values["colours"], language), language)
    if reply.say == "temperature":  # "12도인데 뭐 입지?": what that weather asks for
        return temperature_text(reply.values, language)
    if reply.say == "palette":  # "저 여쿨인데 어떤 색이 어울려?"
        return palette_text(reply.values, language)
    if reply.say in ("taste", "taste_unknown"):  # "what's my style?"
        return taste_text(reply.values, language)
    if reply.say == "next_buy":  # "what should I buy next?"
        return next_buy_text(reply.values, language)
    if reply.say == "size":  # "what size is 270 in US?"
        return size_text(reply.values, language)
    if reply.say in ("fabric", "fabric_among"):  # "is this cotton?", "are any of these leather?"
        return fabric_text(reply.values, language)
    if reply.say == "fit":  # "does it run small?"
        return fit_text(reply.values, language)
    if reply.say == "fit_height":  # "I'm 168cm"
        return height_text(reply.values, language)
    if reply.say == "fit_build":  # "I'm 180cm 75kg, what size?"
        return build_size_text(reply.values, language)
    if reply.say == "etiquette":  # "can I wear white to a wedding?"
        return etiquette_text(reply.values, language)
    if reply.say == "wardrobe_fit":  # "should I buy it?": what of theirs it goes with
        return wardrobe_fit_text(reply.values, language)
    if reply.say == "fabric_verdict":  # "is linen ok for a wedding?"
        return fabric_verdict_text(reply.values, language)
    if reply.say == "tip":  # "should I tuck it in?"
        return tip_text(reply.values, language)
    if reply.say == "build":  # "I'm petite": what flatters it
        return build_text(reply.values, language)
    if reply.say == "palette_which":  # "what colours suit me?", type unknown
        return which_palette_text(language)
    if reply.say == "care":  # "how do I wash it?"
        return care_text(reply.values["parts"], language)
    if reply.say == "colour_advice":
        return advice_text(reply.values["advice"], language)
    if reply.say == "colour_seen":  # "what colour is it?": its colour, then what goes with it
        return colour_seen_text(reply.values, language)
    if reply.say == "weighed":  # "skirt or trousers?": the stylist's pick among the two, then both
        return weighed_text(reply.values["kind"], language)
    if reply.say == "colour_pair":  # "do navy and black go together?"; if not, what goes with the first
        return colour_pair_text(reply.values, language)
    if reply.say == "no_such_number" and not reply.values.get("count"):  # "#2" with nothing shown yet
        return t("nothing_numbered", language)
    if reply.say == "nothing_found" and reply.values.get("who"):  # who it is for would widen it
        return t("nothing_found", language) + t("nothing_found_who", language)
    values = dict(reply.values)
    if reply.say == "contradictory":
        values["colour"] = display_name(COLOURS, values.get("colour") or "", language)
    if reply.say == "settings_saved":
        gender, band = values.get("gender") or "any", int(values.get("band", len(PRICE_BANDS) - 1))
        values = {"gender": t(f"gender_{gender}", language), "band": t(f"band_{band}", language)}
    if reply.say == "shop_for_noted":
        values = {"gender": t(f"gender_{values.get('gender') or 'any'}", language)}
    if reply.say == "band_noted":
        values = {"band": t(f"band_{values['band']}", language)}
    if reply.say == "ask_band":
        values = {}
    if reply.say == "corrected":  # "it's a skirt, not a dress": what it is now, in words
        colour = display_name(COLOURS, values["colour"], language).lower() if values.get("colour") else None
        kind = display_name(CATEGORY_NAMES, values.get("kind") or "", language).lower()
        if values.get("was"):  # taken from the words, not said as a correction: what it was read as, too
            was = display_name(CATEGORY_NAMES, values["was"], language).lower()
            what = one_named(kind, None, language)
            return t(
                "named_as", language, what=what[:1].upper() + what[1:], was=one_named(was, None, language)
            )
        return t("corrected", language, what=one_named(kind, colour, language))
    if reply.say == "whose":  # "is this for women?": its cut, then that anyone may wear it
        gender = values.get("gender") if values.get("gender") in ("men", "women") else "unisex"
        said = t(
            f"whose_{gender}",
            language,
            it=t("whose_listed" if values.get("listed") else "whose_seen", language),
        )
        return said + " " + t("whose_anyone", language)
    if reply.say == "same_season":  # "in summer" of a summer look: other pieces for it
        values["season"] = SEASONS[values["season"]][1 if language == "ko" else 0]
    if reply.say in ("no_layer", "same_style"):  # "no formal coats": the look's style, named
        values["style"] = display_name(USAGES, values["style"], language).lower()
    if reply.say in ("not_in_colour", "belt_to_shoes"):  # "#2 in black" with no black one of its design
        own = values.pop("own", None)  # "#2 in black" of a black #2: more like it in black
        say = "in_colour_already" if own and own == values.get("colour") else reply.say
        values["colour"] = display_name(COLOURS, values.get("colour") or "", language).lower()
        return t(say, language, **values)
    if reply.say in ("nearest_kind", "no_such_kind"):  # "트렌치코트 코디", "아우터는 코트로": no coats here
        values["article"] = kind_name(values.get("article"), language)
    if reply.say in ("nearest_colour", "nearest_material"):  # "what goes with a navy suit?", "a denim
        values["colour"] = display_name(COLOURS, values.get("colour") or "", language).lower()  # jacket?"
        values["material"] = display_name(MATERIALS, values.get("material") or "", language).lower()
        kind = display_name(CATEGORY_NAMES, values.get("kind") or "", language).lower()  # (none asked: "can I
        values["kind"] = kind or t("a_piece", language)  # wear red?" of a look: "no red piece here")
    if reply.say in ("not_carried", "not_carried_in_look", "not_carried_refused"):  # "a watch for my dad"
        english, korean, _ = UNCARRIED[values["kind"]]
        if values.get("suit"):  # "which tie for a navy suit?": the suit's ties, then that none is carried
            suit = display_name(COLOURS, values["suit"], language).lower()
            told = t("tie_for_suit", language, suit=suit, colours=_either(values["colours"], language)) + " "
            return told + t(reply.say, language, kind=korean if language == "ko" else english)
        if values.get("colours"):  # "면접 볼 때 넥타이 색": the colours, then that it is not carried
            occasion = OCCASION_NAMES[values["occasion"]][1 if language == "ko" else 0]
            plain = "tie_colours_plain" if values["occasion"] == "funeral" else "tie_colours"  # no pattern
            told = t(plain, language, occasion=occasion, colours=_either(values["colours"], language)) + " "
            return told + t(reply.say, language, kind=korean if language == "ko" else english)
        values = {"kind": korean if language == "ko" else english}
    if reply.say == "suit_colours":  # "what colour suit for a wedding?": the occasion's, or in general
        if not values["occasion"]:
            return t("suit_colours_any", language)
        occasion = OCCASION_NAMES[values["occasion"]][1 if language == "ko" else 0]
        plain = "suit_colours_plain" if values["occasion"] == "funeral" else "suit_colours"
        return t(plain, language, occasion=occasion, colours=_either(values["colours"], language))
    if reply.say in ("wardrobe", "saved", "unsaved"):  # "1 piece", "3 pieces"
        values["pieces"] = t("piece" if values.get("total", values.get("count")) == 1 else "pieces", language)
    if reply.say == "not_in_wardrobe":  # "your trousers"
        values = {"kind": display_name(CATEGORY_NAMES, values.get("kind") or "", language).lower()}
    if reply.say == "listed_wrong":  # "that's not a dress" of a shop's product: "listed as a dress"
        kind = display_name(CATEGORY_NAMES, values["kind"], language).lower()
        values = {**values, "kind": one_named(kind, None, language)}
    if reply.say == "about_product":
        values["kind"] = display_name(CATEGORY_NAMES, values["kind"], language)
        values["colour"] = display_name(COLOURS, values["colour"] or "", language)
        values["style"] = display_name(USAGES, values["style"] or "", language)
        brand = values.pop("brand", None)  # "what brand is it?": its name says
        text = t(reply.say, language, **values)
        return text + (t("about_brand", language, brand=brand_name(brand, language)) if brand else "")
    return t(reply.say, language, **values) if values else t(reply.say, language)


def why_text(values: dict, language: str) -> str:
    """Why one item was shown: the outfit's start, its rank among its slot's, by likeness, or the
    search it fits."""
    slot, rank, wish = values["slot"], int(values["rank"]), values["wish"]
    if slot in ("anchor", "her", "his"):  # an outfit's start; a couple look's half
        return t(f"why_{slot}", language)
    if slot == "similar" and values.get("mode") == "search" and wish.article == GIFT:
        return t("why_gift", language)
    if slot == "similar" and values.get("mode") == "search":  # a search's: what it was for
        return t("why_search", language, what=describe(wish, language))
    if slot == "similar":
        return t("why_similar", language, rank=rank + 1)
    name = t("slot_" + slot, language).lower() if language == "en" else t("slot_" + slot, language)
    return (
        t("why_first", language, slot=name)
        if rank == 0
        else t("why_rank", language, slot=name, rank=rank + 1)
    )


def _either(colours: list[str], language: str) -> str:
    """Colours named as a choice: "navy, burgundy or grey" ("네이비, 버건디, 그레이")."""
    names = [display_name(COLOURS, c, language).lower() for c in colours]
    either = [", ".join(names[:-1]), names[-1]] if names[1:] else names
    return ", ".join(names) if language == "ko" else " or ".join(either)
