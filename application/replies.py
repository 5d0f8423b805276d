"""What the dialogue answers, independent of how it is shown: a Telegram message with a collage and
buttons (`bot/`), or a line of terminal text or JSON (`stylist chat`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catalog import CatalogItem
from understanding import Understood
from vocabulary import LOW_CONFIDENCE, TIE_COLOURS, TIE_FOR_SUIT

from .account import Piece
from .items import Item, Slot
from .links import elsewhere
from .records import StoredAnalysis
from .wish import Wish

ACTIONS = (
    "outfit", "similar", "cheaper", "unfilter", "example", "shop_for", "band", "save", "save_all",
    "unsave", "wardrobe_match", "forget", "save_album", "another", "back", "correct_as",
)  # fmt: skip


@dataclass(frozen=True)
class Action:
    """What a button asks for: `kind` with one argument (an analysis id, a filter's key …)."""

    kind: str
    arg: str | int = 0


@dataclass
class Reply:
    """One message: what to say (`say`, a message key, with its values), and what comes with it."""

    say: str
    values: dict[str, Any] = field(default_factory=dict)
    analysis: StoredAnalysis | None = None  # an analysed photo, shown as what Stylist sees ("analysis")
    slots: list[Slot] = field(default_factory=list)  # products, shown as a collage with links
    link: str | None = None  # a shop's search link (cheapest first, within the price band)
    actions: list[list[Action]] = field(default_factory=list)  # button rows
    picture: str | None = None  # the user's photo the collage starts from (a source, "tg:<file id>")
    box: list[int] | None = None  # the garment's box in that photo
    pieces: list[Piece] = field(default_factory=list)  # a wardrobe, shown as a collage
    wish: Wish | None = None  # the filters in force, each shown with a button that removes it
    votes: tuple[str, int] | None = None  # (kind, analysis id) a 👍 / 👎 can be recorded for
    alert: bool = False  # a refusal of a button press: shown as the press's alert

    @property
    def items(self) -> list[Item]:
        return [item for slot in self.slots for item in slot.items]


@dataclass
class Turn:
    """The answer to one message or button press: what was understood, the filters now in force
    and the replies, in the language they are said in."""

    understood: Understood | None
    wish: Wish
    replies: list[Reply]
    language: str = "en"


SMALL_TALK = dict(  # what each small-talk intent says (its message key)
    greeting="greeting", help="help", unknown="not_understood", trends="no_trends", body="no_body_shape",
    shop_info="no_shop_info", pricier="no_pricier", uncarried="not_carried", length="no_length",
    currency="no_currency", language="language_set", complaint="complaint", link="no_links",
    weather="no_weather", how_pick="how_i_pick", price_source="prices_unseen", celebrity="no_celebrity",
)  # fmt: skip

EXAMPLES = {  # the example buttons under help, in each language
    "en": ("What goes with white sneakers?", "Navy blazer", "An outfit for a wedding"),
    "ko": ("흰색 운동화에 어울리는 코디", "네이비 블레이저", "결혼식 하객룩"),
}


def examples(language: str) -> list[list[Action]]:
    return [[Action("example", i)] for i in range(len(EXAMPLES[language]))]


def suit_ties(suit: str | None) -> dict[str, Any]:
    """The ties a suit of colour `suit` takes, as a reply's values ({} for none or a colour without a
    rule): "which tie for a navy suit?", and "what tie?" of a navy suit's look."""
    return {"suit": suit, "colours": TIE_FOR_SUIT[suit]} if suit in TIE_FOR_SUIT else {}


def said_plainly(
    u: Understood, naver: bool, language: str, product: CatalogItem | None = None
) -> list[Reply]:
    """Small talk and what Stylist cannot know or do, said plainly (`SMALL_TALK`): "size 270" that sizes
    are the shop's, "what tie for an interview?" its colours though ties are not carried ("what tie?"
    of a suit's look in view, the `product`: the suit's), "no tie please" that none is in a look
    anyway, prices' source as connected; thanks and goodbyes."""
    if u.intent == "thanks":  # "thanks", "bye", "never mind", "ok"
        said = "welcome" if "thanks" in u.cues else "farewell" if "farewell" in u.cues else "no_problem"
        return [Reply("ack" if "ack" in u.cues else said)]
    say = "no_sizes" if "size" in u.cues else SMALL_TALK[u.intent]
    say = "prices_live" if say == "prices_unseen" and naver else say
    tie = TIE_COLOURS.get(u.occasion or "") if u.uncarried == "tie" else None  # "면접 넥타이 색"
    values = {"kind": u.uncarried or ""} | ({"occasion": u.occasion, "colours": tie} if tie else {})
    suit = product.colour if product and product.category == "blazer" and u.uncarried == "tie" else None
    values |= {} if tie else suit_ties(suit)  # "what tie?" of a navy suit's look
    if "refused" in u.cues and say == "not_carried":  # "no tie please": no colours for one
        return [Reply("not_carried_refused", {"kind": u.uncarried or ""})]
    found = (
        elsewhere(Wish(gender=u.gender, colour=u.colour, material=u.material), u.uncarried or "")
        if say == "not_carried"
        else None
    )
    values |= {"query": found[0]} if found else {}  # "a watch for my dad": a Naver Shopping search
    return [Reply(say, values, actions=examples(language), link=found[1] if found else None)]


def shop_for_question(say: str = "ask_shop_for") -> Reply:
    """Who do you shop for? (women, men, anyone); `say`: its words ("ask_shop_for_pack": asked first)."""
    return Reply(say, actions=[[Action("shop_for", g) for g in ("women", "men", "any")]])


def photo_actions(stored: StoredAnalysis) -> list[list[Action]]:
    """Outfit, similar and cheaper for the photo, save to wardrobe; for an outfit photo one button
    per garment, two to a row, that finds products like it; for a garment read as one of two kinds,
    one that says it is the other."""
    rows = [
        [Action("outfit", stored.id), Action("similar", stored.id)],
        [Action("cheaper", stored.id), Action("save_all" if stored.garments else "save", stored.id)],
    ]
    garments = [Action("similar", item_id) for _, item_id in stored.garments]
    category = stored.analysis.category
    if not garments and category.confidence < LOW_CONFIDENCE and len(category.top) > 1:  # "hat or skirt":
        rows.append([Action("correct_as", f"{stored.id}.{category.top[1][0]}")])  # "✏️ It's a skirt"
    return rows + [garments[i : i + 2] for i in range(0, len(garments), 2)]


def in_rows(actions: list[Action], per_row: int = 3) -> list[list[Action]]:
    """Buttons laid out `per_row` to a row."""
    return [actions[i : i + per_row] for i in range(0, len(actions), per_row)]
