"""The stylist's judgements in words: a garment for an occasion ("is this ok for a funeral?"), two
garments together ("does it go with black jeans?", "white tee with jeans?"), two colours ("do navy and
black go together?"), and which colours go with one."""

from __future__ import annotations

from application.opinion import ColourAdvice, Verdict
from vocabulary import ARTICLE_KINDS, CATEGORY_NAMES, COLOURS, PATTERNS, USAGES, display_name

from .filters import listed
from .labels import OCCASION_NAMES
from .texts import t

# a style as "less …" says it: "they make it less dressy", "덜 화려하게" (not "less party")
LESS_OF = {"party": ("dressy", "화려"), "sports": ("sporty", "스포티"), "ethnic": ("traditional", "에스닉")}
# what a kind picked of two brings to a look ("skirt or trousers?": "… the skirt — a softer line")
WEIGHED_WHY = {
    "skirt": ("a softer, more feminine line", "더 부드럽고 여성스러운 느낌이라"),
    "pants": ("easy to move in, and sharp", "활동하기 편하고 깔끔해서"),
    "dress": ("one piece and you're done", "한 벌로 완성돼서"),
    "shorts": ("cooler", "더 시원해서"),
    "flats": ("easier to walk in", "걷기 편해서"),
    "heels": ("dressier", "더 갖춰 입은 느낌이라"),
    "sneakers": ("relaxed and comfortable", "편하고 자연스러워서"),
    "formal shoes": ("sharper", "더 단정해서"),
    "boots": ("warmer, and they anchor the look", "더 따뜻하고 코디를 잡아 줘서"),
    "sandals": ("cooler in the heat", "더워도 시원해서"),
}


def weighed_text(kind: str, language: str) -> str:
    """'Skirt or trousers?' answered: the kind the stylist picks for the look in view, and why."""
    why = WEIGHED_WHY.get(kind)
    if why is None:
        return t("weighed", language, kind=kind_label(kind, language))
    return t("weighed_why", language, kind=kind_label(kind, language), why=why[1 if language == "ko" else 0])


def pair_text(
    verdict: Verdict,
    colour: str,
    language: str,
    named: tuple[str, str | None] | None = None,
    none: bool = False,
) -> str:
    """'Does this go with black jeans?' answered: their colours, then whether the kind suits its
    style; "white tee with jeans?" (`named`: the first garment's kind and colour) says both first;
    `none`: none of the kind to show after it."""
    kind, other, rule = verdict.pair or ("", None, "")
    text = _pair_text(verdict, kind, other, rule, colour, language, none, look=named is not None)
    if named is None:
        return text
    first, second = (
        one_named(kind_label(k, language), c and display_name(COLOURS, c, language), language)
        for k, c in ((named[0], named[1]), (kind, other))
    )
    return t("pair_named", language, first=first[:1].upper() + first[1:], second=second) + text


def one_named(noun: str, colour: str | None, language: str) -> str:
    """'a white T-shirt', 'jeans', '화이트 티셔츠': one garment named, in its colour."""
    said = f"{colour} {noun}" if colour else noun
    if language == "ko" or (noun.endswith("s") and not noun.endswith("ss")):  # "jeans"; "a dress"
        return said
    return ("an " if said[:1].lower() in "aeiou" else "a ") + said


def _plural(noun: str) -> str:
    """'blazers', 'dresses'; 'jeans', 'shoes' and 'outerwear' as they are."""
    if noun.endswith("wear"):
        return noun
    if noun.endswith(("ss", "sh", "ch", "x")):
        return noun + "es"
    return noun if noun.endswith("s") else noun + "s"


def kind_label(kind: str, language: str) -> str:
    """A garment's kind as said: an article's own name ("jeans"), else its category's ("skirt")."""
    if kind in ARTICLE_KINDS:
        return ARTICLE_KINDS[kind][1 if language == "ko" else 0]
    return display_name(CATEGORY_NAMES, kind, language)


def _pair_text(
    verdict: Verdict,
    kind: str,
    other: str | None,
    rule: str,
    colour: str,
    language: str,
    none: bool,
    look: bool = False,
) -> str:
    """The verdict on a pair, then what follows it: the pieces of that kind (`look`: the whole look
    with them), those in colours that go after a clash, or that there are none (`none`)."""
    named = kind_label(kind, language)
    values = {
        "kind": named if language == "ko" else _plural(named),
        "colour": display_name(COLOURS, colour, language),
        "other": display_name(COLOURS, other or "", language),
        "rule": t(f"rule_{rule}", language) if rule else "",
        "style": display_name(USAGES, verdict.style, language),
        "usual": display_name(USAGES, verdict.wanted or "", language),
    }
    if verdict.fits == "maybe":  # "they make it less dressy", "덜 화려하게" (not "less party")
        values["style"] = LESS_OF.get(verdict.style, (values["style"],) * 2)[language == "ko"]
    key = "pair_no" if verdict.fits == "no" else "pair_maybe" if verdict.fits == "maybe" else "pair_yes"
    key += "_colour" if key == "pair_yes" and other and colour else ""
    key += "_style" if key == "pair_no" and verdict.reason == "style" else ""  # sneakers for an interview
    if key == "pair_no_style" and verdict.code in OCCASION_NAMES and verdict.style not in ("formal", "party"):
        key, values["target"] = "pair_no_code", OCCASION_NAMES[verdict.code][language == "ko"]  # its code
    key += "_shoes" if key == "pair_no" and rule == "formal_shoes" else ""  # brown with a black suit
    tails = {"pair_no": "pair_then_no", "pair_yes_colour": "pair_then_yes_colour"}  # what the pieces are
    then = tails.get(key, "pair_then") if not look or key == "pair_no" else "pair_then_look"
    then = "pair_then_suits" if key in ("pair_no_style", "pair_no_code") else then  # the look that suits
    then = "pair_then_none" if none else then
    text = t(key, language, **values) + t(then, language, **values)
    return text[:1].upper() + text[1:]


def verdict_text(values: dict, language: str) -> str:
    """'Is this good for a funeral?' answered: yes, maybe or no, and why."""
    verdict, wish, colour = values["verdict"], values["wish"], values.get("colour") or ""
    ko = language == "ko"
    kind = values.get("kind")  # "can I wear jeans to a wedding?": the kind asked, named (not "it")
    named = kind_label(kind, language) if kind else None
    item = named if named and ko else display_name(CATEGORY_NAMES, values["category"], language)
    plural = _plural(named.lower()) if named and not ko else None  # "jeans read casual", not "it reads"
    subject = {  # the piece in view is "it" ("이 바지"); a kind asked about is named ("청바지", "jeans")
        "item": item if named or not ko else f"이 {item}",
        "it": plural or "it",
        "reads": "read" if plural else "reads",
        "it_is": f"{plural} are" if plural else "it's",
        "them": "them" if plural else "it",
        "light": f"{plural} are light" if plural else "it's a lighter piece",
    }
    style = display_name(USAGES, verdict.style, language)
    if verdict.pair is not None:  # "does this go with black jeans?"
        return pair_text(verdict, colour, language, values.get("named"), bool(values.get("none")))
    if verdict.occasions:  # asked nothing in particular
        occasions = [OCCASION_NAMES[o][1 if ko else 0] for o in verdict.occasions if o in OCCASION_NAMES]
        occasions = occasions or [t("style_look", language, style=style)]  # none named: its own look
        joined = ", ".join(occasions) if ko else ", ".join(occasions[:-1]) + f" or {occasions[-1]}"
        carried = "carried" if values["category"] in ("bag", "accessory") else ""  # (a bag is not layered)
        return t(
            "verdict_suits",
            language,
            item=subject["item"],
            style=style,
            occasions=joined if occasions[1:] else occasions[0],
            season=t(f"suits_{verdict.climate or carried}", language),
        )
    wanted = display_name(USAGES, verdict.wanted or "", language)
    if wish.occasion in OCCASION_NAMES:
        target = OCCASION_NAMES[wish.occasion][1 if ko else 0]
    elif wish.season:
        target = t(f"target_{wish.season}", language)
    else:
        target = t("style_look", language, style=wanted)
    key = {"yes": "verdict_yes", "maybe": "verdict_maybe"}.get(verdict.fits, f"verdict_no_{verdict.reason}")
    if values.get("too") and key in ("verdict_yes", "verdict_no_style"):  # "too casual?": the other way
        key = "verdict_too_fine" if key == "verdict_yes" else "verdict_too_much"
    key = f"verdict_{verdict.reason}" if verdict.reason in ("warm", "layer") else key  # "warm enough?"
    plain = wish.occasion not in OCCASION_NAMES and not wish.season  # "too casual?": the style alone
    key = f"{key}_plain" if plain and key in ("verdict_too_much", "verdict_no_style") else key
    if key == "verdict_no_colour" and not verdict.colours:  # a white dress at a wedding
        key = "verdict_no_white"
    names = [display_name(COLOURS, c, language) for c in verdict.colours]
    colours = ", ".join(names) if ko else ", ".join(names[:-1]) + f" or {names[-1]}" if names else ""
    climate = t("climate_warm" if wish.season == "winter" else "climate_cold", language)
    text = t(
        key,
        language,
        **subject,
        style=style,
        wanted=wanted,
        target=target,
        climate=climate,
        colours=colours,
        colour=display_name(COLOURS, colour, language),
        pattern=display_name(PATTERNS, verdict.pattern or "", language).split(" / ")[0],
    )
    if verdict.fits == "no":  # what follows: pieces that would suit, or that there are none
        text += t("verdict_none" if values.get("none") else "verdict_instead", language)
    return text


def colour_pair_text(values: dict, language: str) -> str:
    """Whether two colours go together, by the rule that says so; if they clash, what goes with the first."""
    colour, other = (display_name(COLOURS, values[key], language) for key in ("colour", "other"))
    if values["advice"] is None:
        rule = t(f"rule_{values['rule']}", language)
        return t("colour_pair_yes", language, colour=colour, other=other, rule=rule)
    return t("colour_pair_no", language, colour=colour, other=other) + advice_text(values["advice"], language)


def advice_text(advice: ColourAdvice, language: str) -> str:
    """Which colours go with one: 'Navy goes with nearly anything: white, black, grey for a calm look…'"""

    def names(colours: tuple[str, ...]) -> str:
        return ", ".join(display_name(COLOURS, c, language) for c in colours)

    colours = [display_name(COLOURS, c, language).lower() for c in (advice.colour, *advice.also)]
    colour = listed(colours, language)  # "black and grey"
    colour = colour[:1].upper() + colour[1:]
    verbs = {"goes": "go" if advice.also else "goes", "is": "are" if advice.also else "is"}
    if advice.accents:
        calm, accents = names(advice.calm), names(advice.accents)
        return t("advice_neutral", language, colour=colour, calm=calm, accents=accents, **verbs)
    text = t("advice_colour", language, colour=colour, calm=names(advice.calm), **verbs)
    text += t("advice_tonal", language, tonal=names(advice.tonal)) if advice.tonal else ""
    return text + (t("advice_bold", language, bold=names(advice.bold)) if advice.bold else "")


def colour_seen_text(values: dict, language: str) -> str:
    """'What colour is it?': 'It looks brown — or grey: the photo leaves it between the two.' (a
    listing's: 'Nike Men Navy Shirt is listed as navy.'), then which colours go with it."""
    first, *other = [display_name(COLOURS, c, language).lower() for c in values["colours"]]
    said = "colour_listed" if values["product"] else "colour_between" if other else "colour_looks"
    text = t(said, language, colour=first, other=other[0] if other else "", product=values["product"])
    return text + " " + advice_text(values["advice"], language)


def balance_text(values: dict, language: str) -> str:
    """'Too much black?' answered: 'Yes, a lot of black: 3 of its 4 pieces — one in white or beige
    would break it up.', 'No — it's all neutrals.' (`application.balance`)."""
    concern, count = values["concern"], values["count"]
    names = [display_name(COLOURS, c, language).lower() for c in values["accents"]]
    joined = listed(names, language)  # "red, green and yellow"
    colour = display_name(COLOURS, values["colour"] or "", language).lower() if values["colour"] else ""
    if values.get("kept_for"):  # "too much black?" of a funeral look: its etiquette
        occasion = OCCASION_NAMES[values["kept_for"]][1 if language == "ko" else 0]
        return t("balance_kept", language, occasion=occasion)
    if concern == "colour" and values["too"]:
        word = "나 " if language == "ko" else " or "
        contrast = word.join(display_name(COLOURS, c, language).lower() for c in values["contrast"])
        return t(
            "balance_colour_yes",
            language,
            colour=colour,
            count=count,
            total=values["total"],
            contrast=contrast,
        )
    if concern == "colour":
        key = "balance_colour_no" if count else "balance_colour_none"
        return t(key, language, colour=colour, count=count, total=values["total"])
    if concern == "colourful" and not values["too"]:
        key = "balance_colourful_no" if count else "balance_colourful_none"
        return t(key, language, accents=joined)
    return t(f"balance_{concern}_{'yes' if values['too'] else 'no'}", language, accents=joined, count=count)
