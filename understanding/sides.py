"""Which garment a message asks for and which it describes: "what shoes go with it?" asks for
shoes around the garment in view; "shoes to go with my red dress" asks for shoes and describes the
dress; "what goes with white sneakers?" describes the sneakers an outfit starts from."""

from __future__ import annotations

import re

from .match import Match
from .patterns import WORKS

_FOCUS_EN = re.compile(
    r"\b(?:with|for|to|under|over|match|matches|matching)\s+(?:it|this|that|these|them)\b"
    r"(?!\s+(?:weekend|week|month|year|season|summer|winter|spring|autumn|fall|morning|afternoon|evening"
    r"|night|time|friday|saturday|sunday)\b)"  # "shoes for this weekend": a time, not the garment
    r"|\bon (?:my|her|his|your) feet\b"  # "what should I wear on my feet?": shoes for the one in view
)
_FOR = re.compile(r"\bfor\b")
_OUTFIT_NOUNS = frozenset({"outfit", "outfits", "a look"})  # "black jeans outfit": the jeans are described
_FOCUS_KO = re.compile(r"이거|이것|요거|그거|이\s?옷|발에는")
_WHICH_OF_KO = re.compile(r"(?:어떤|무슨|뭔|어느)\s*$")
_FITS_KO = re.compile(
    r"\s*(?:이|가|은|는|을|를)?\s*(?:(?:잘|더|제일|가장)\s*){0,2}(?:어울|좋|나을|나아|신|입|들|매|쓰|추천)"
)
_WHICH_OF_EN = re.compile(r"\b(?:which|what)\s+(?:kind of\s+|type of\s+)?$")
_FITS_EN = re.compile(
    r"\s*(?:would|will|should|could|do|does|might)?\s*(?:i\s+)?(?:go|goes|work|match|suit|wear|bring|take|"
    r"carry|"
    r"(?:be|look)\s+(?:better|best|nicer|good|great))\b"
    r"|\s*(?:would|will|do|should|could)\s+(?:you|i)\s+(?:pick|choose|recommend|suggest|go for|pair|get)\b"
)  # "what shoes would you pick?" of the garment in view
_TO_WEAR_KO = re.compile(r"(?<!같이 )(?<!함께 )입을\s*$")  # "입을 원피스" (not "같이 입을 바지": with it)
_STOCKED = re.compile(r"\b(?:do you (?:have|sell|carry)|have you got|got any|any)\b")
_ALSO_EN = re.compile(  # "a bag too", "and a clutch?", "add a jacket", "자켓 추가해줘"
    r"\b(?:too(?!\s+(?:high|low|much|big|small|long|short|tight|loose|flat|formal|casual|bright|dark))"
    r"|as well|also|add)\b|^\s*(?:and|plus)\b|추가"  # not "not too high"
)


_POINTING_EN = re.compile(
    r"\b(?:with|for|to|match|matches|matching|like)\s+(?:it|this|that|these|them)\s*(?:[?.!,]|$)"
)


_THIS_EN = re.compile(r"\b(?:this|these|that|those)\s+(?:[a-z-]+\s+){0,2}$")  # "this (black) shirt"
_THIS_KO = re.compile(r"(?:^|\s)(?:이|요|그)\s*$")  # "이 셔츠"


def names_the_one_in_view(text: str, matches: list[Match]) -> bool:
    """Whether the only garment named is named as the one in view: "how do I style this shirt?",
    "이 셔츠 어떻게 코디해?" (not "a bag for this dress": that asks for another kind)."""
    named = [m for m in matches if m.kind == "category" and not m.negated]
    if len({m.label for m in named}) != 1:
        return False
    before = text[: named[0].start]
    return bool(_THIS_EN.search(before) or _THIS_KO.search(before))


_PRONOUN = re.compile(
    r"\b(?:it|this|that|this one|that one|them|these|those)\b|이거|이것|요거|그거|그것|저거|얘"
)


def says_it(text: str) -> bool:
    """Whether a message refers to a piece by a pronoun: "how much is it?", "이거 얼마야?"."""
    return bool(_PRONOUN.search(text))


def points_at_focus(text: str) -> bool:
    """Whether the words point at a garment rather than name one: "what goes with it?", "이거랑
    어울리는 거" (not "for this weekend")."""
    return bool(_POINTING_EN.search(text) or _FOCUS_KO.search(text))


_WORN_WITH = re.compile(r"\b(?:for|with)\b")


def about_focus(text: str, matches: list[Match], language: str) -> bool:
    """Whether a garment named is asked for around the one in view, not described as a new one:
    "what shoes go with it?", "이거랑 어울리는 신발", or a category on the asking side of an outfit
    cue ("which shoes would match": before it in English, after it in Korean), where "what goes with
    white sneakers?" describes the garment to start from; "a bag too", "가방도" add to the look."""
    category = next((m for m in matches if m.kind == "category"), None)
    if category is None or _had(text, matches) is not None:  # "I have a red dress, what shoes …?"
        return False
    if worn_with(text, matches):  # "which tie for a navy suit?": the suit described, not one in view
        return False
    if _FOCUS_EN.search(text) or _FOCUS_KO.search(text) or _ALSO_EN.search(text) or WORKS.search(text):
        return True  # (and "would a denim jacket work?": with the one in view)
    sides = _sides(text, matches, language)  # (a kind asked, a garment described)
    if which_kind(text, category) and not (sides and sides[1]):  # "어떤 신발이 어울려?", "which shoes
        return True  # would go?" — not "which belt goes with black shoes?": those shoes' belt
    if sides is not None and not sides[1] and _TO_WEAR_KO.search(text[: category.start]):
        return False  # "휴가 때 입을 원피스", "12월에 입을 코트": a kind to wear, not one to wear with it
    if text[category.end :].startswith(("도", "까지")) or (sides is None and asks_about(text, matches)):
        return True  # "가방도", "신발까지", "and a bag?"
    return sides is not None and bool(sides[0] and not sides[1])


def worn_with(text: str, matches: list[Match]) -> bool:
    """Whether a kind not carried is asked of a garment described after it: "which tie for a navy
    suit?", "earrings to go with a red dress" (that garment's look, the kind's advice said first)."""
    worn = next((m for m in matches if m.kind == "uncarried" and not m.negated), None)
    category = next((m for m in matches if m.kind == "category" and not m.negated), None)
    if worn is None or category is None or worn.end > category.start:
        return False
    return bool(_WORN_WITH.search(text[worn.end : category.start]))


def which_kind(text: str, category: Match) -> bool:
    """Whether the message asks which of a kind goes (with the garment in view): "어떤 신발이
    어울려?", "무슨 가방 들지?", "which shoes would go?" — not whether one does ("이거 청바지랑 어울려?")."""
    before, after = text[: category.start], text[category.end :]
    return bool(
        (_WHICH_OF_KO.search(before) and _FITS_KO.match(after))
        or (_WHICH_OF_EN.search(before) and _FITS_EN.match(after))
    )


def _had(text: str, matches: list[Match]) -> tuple[str, str] | None:
    """(the garment the user says they have, the kind they ask for): "I have a red dress, what shoes
    should I wear?", "빨간 원피스가 있는데 어떤 신발 신어?"; None otherwise."""
    categories = [m for m in matches if m.kind == "category" and not m.negated]
    if len(categories) < 2 or categories[0].label == categories[1].label:
        return None
    before, between = text[: categories[0].start], text[categories[0].end : categories[1].start]
    if _HAVE_EN.search(before) or _HAVE_KO.search(between):  # the kind asked is the last one named:
        return categories[0].label, categories[-1].label  # "I have a blazer and trousers, what shoes?"
    return None


def had_one(text: str, matches: list[Match]) -> bool:
    """Whether the one garment named is the user's, said before pointing at it: "I have a black
    jacket, what goes with it?", "검은 패딩 있는데 뭐랑 입어?" — "it" is that garment, not one in view."""
    categories = [m for m in matches if m.kind == "category" and not m.negated]
    if len({m.label for m in categories}) != 1:
        return False
    first = categories[0]
    return bool(
        _HAVE_EN.search(text[: first.start]) or _HAVE_KO.match(text[first.end :].lstrip("이가은는을를 "))
    )


_OWNER_EN = re.compile(r"^'s\s+(?:[a-z]+\s+){0,2}$")  # "my sister's (big) wedding"
_OWNER_KO = re.compile(r"^(?:의|랑|이랑|하고|와|과)?\s*$")  # "언니 결혼식", "엄마의 생신", "남친이랑 데이트"
_WITH_EN = re.compile(r"\bwith\s+(?:my\s+|our\s+)?$")  # "a date with my boyfriend"
_WEARERS_KO = frozenset({"여자", "여성", "남자", "남성"})  # "여자 하객룩": who wears it, not whose it is
_WEARERS_EN = frozenset(
    {"men", "women", "man", "woman", "male", "female", "mens", "womens", "guys", "ladies"}
)
# Occasions a person dresses for as their own ("남편 면접 정장", "my son's interview suit", "아빠 출근룩"):
# that person wears the look — not as a wedding or a birthday, which the shopper attends …
_WORN_BY_ITS_OWNER = frozenset({"interview", "court", "office", "gym", "running", "hiking", "golf", "school"})
_SPOUSES = frozenset({"남편", "아내", "와이프", "신랑", "husband", "wife", "hubby"})  # … unless a spouse's
# wedding: the shopper's own then, so "남편 결혼식 정장" is a guest's suit for him


def not_owners(text: str, matches: list[Match]) -> list[Match]:
    """The matches without a person whose occasion it is, or who comes along ("for my sister's
    wedding", "언니 결혼식", "남친이랑 데이트", "a date with my boyfriend"): the shopper dresses for
    it, not as that person — unless it is a gift for them ("엄마 생신 선물"), the occasion's clothes
    are named ("아빠 등산복": hiking clothes for dad, not dad's hike), or it is theirs to wear
    ("남편 면접 정장", "my son's interview suit", a spouse's wedding: `_WORN_BY_ITS_OWNER`)."""
    if any(m.kind == "cue" and m.label == "gift" for m in matches):
        return matches
    occasions = [m for m in matches if m.kind == "occasion" and text[m.end : m.end + 1] != "복"]

    def owns(person: Match) -> bool:
        if person.kind != "gender" or person.term in _WEARERS_KO or not occasions:
            return False
        return bool(_WITH_EN.search(text[: person.start])) or _of(text, person, occasions, worn=False)

    return [m for m in matches if not owns(m)]


def dressed_as_own(text: str, matches: list[Match]) -> bool:
    """Whether a person named wears an occasion of their own ("남편 결혼식 정장", "아빠 출근룩", "my son's
    interview"): a look for them, not more of the answer in view (the shoes searched before)."""
    occasions = [m for m in matches if m.kind == "occasion"]
    people = [m for m in matches if m.kind == "gender" and m.term not in _WEARERS_KO | _WEARERS_EN]
    return any(_of(text, person, occasions, worn=True) for person in people)


def _of(text: str, person: Match, occasions: list[Match], worn: bool) -> bool:
    """Whether one of `occasions` is the `person`'s ("언니 결혼식", "my sister's wedding") and is one its
    owner wears (`worn`: an interview, work, a spouse's wedding) or attends (not `worn`)."""
    theirs = _WORN_BY_ITS_OWNER | ({"wedding", "beach_wedding"} if person.term in _SPOUSES else set())
    gaps = [
        text[person.end : o.start] for o in occasions if o.start >= person.end and (o.label in theirs) == worn
    ]
    korean = not person.term.isascii()  # "her wedding" may be hers or for her: kept
    return any(_OWNER_EN.match(gap) or (korean and _OWNER_KO.match(gap)) for gap in gaps)


def subject_and_wanted(text: str, matches: list[Match], language: str) -> tuple[str | None, str | None]:
    """(the garment described, the kind asked for) when an outfit cue has a kind on either side
    ("shoes to go with my red dress", "검은 슬랙스에 매치할 셔츠") or "for" is between two kinds;
    else (None, None)."""
    if (had := _had(text, matches)) is not None:  # "I have a red dress, what shoes …?"
        return had
    categories = [m for m in matches if m.kind == "category" and not m.negated]
    if len(categories) == 2 and _WHICH_FOR_KO.match(text[categories[0].end : categories[1].start]):
        return categories[0].label, categories[1].label  # "빨간 원피스에는 무슨 색 가방?"
    if len(categories) == 2 and _which_with_ko(text, *categories):  # "어떤 신발이 청바지랑 어울려?"
        return categories[1].label, categories[0].label
    if len(categories) == 2 and language == "en":
        first, second = categories
        if _WITH_WHAT.match(text[first.end : second.start]):  # "a black dress with what shoes?"
            return first.label, second.label
        if _WHAT.search(text[: first.start]) and _WITH_ONE.match(text[first.end : second.start]):
            return second.label, first.label  # "what shoes with a black dress?"
    sides = _sides(text, matches, language)
    if sides is None and language == "en":  # "a bag for my black dress": the kind asked for comes first
        categories = [m for m in matches if m.kind == "category"]
        if len(categories) >= 2 and _FOR.search(text[categories[0].end : categories[1].start]):
            return categories[1].label, categories[0].label
    if sides is None or not (sides[0] and sides[1]):
        return None, None
    return sides[1][0].label, sides[0][0].label


_HAVE_EN = re.compile(
    r"\b(?:i have|i've got|i got|i bought|i own|i'm wearing|i am wearing)\b(?:\s+\S+){0,3}\s*$"
)
_HAVE_KO = re.compile(
    r"있는데|있어서|샀는데|입을 건데|입을건데|입는데|입었는데|입고 있는데|신었는데|신을 건데"
)
_WHICH_FOR_KO = re.compile(  # "원피스에는 무슨 색 가방?": which bag for the dress
    r"^\s*(?:에(?:는|도)?|엔)\s*(?:무슨|어떤|어느)\s*(?:색|색깔|컬러)?\s*$"
)
_SUBJECT_KO = re.compile(r"^\s*(?:이|가|은|는)?\s*(?:[가-힣]+\s+)?$")  # "어떤 신발이 (검은) 청바지랑"
_GOES_WITH_KO = re.compile(r"^\s*(?:이랑|랑|하고|와|과|에|에는|엔)\s*(?:(?:잘|더|제일)\s*)?(?:어울|매치|맞)")


def _which_with_ko(text: str, asked: Match, described: Match) -> bool:
    """ "어떤 신발이 청바지랑 어울려?", "무슨 가방이 원피스에 어울려?": which of the first kind goes with the
    second."""
    return bool(
        _WHICH_OF_KO.search(text[: asked.start])
        and _SUBJECT_KO.match(text[asked.end : described.start])
        and _GOES_WITH_KO.match(text[described.end :])
    )


_WITH_WHAT = re.compile(r"^\s*with\s+(?:what|which)\s+(?:colou?r\s+|kind of\s+)?$")
_WHAT = re.compile(r"\b(?:what|which)\s+(?:colou?r\s+|kind of\s+)?$")
_WITH_ONE = re.compile(r"^\s*(?:to wear\s+|go\s+)?with\s+(?:(?:an?|my|the|this|that)\s+)?(?:[a-z]+\s+){0,2}$")
_ADJECTIVE_GAP = re.compile(r"^\s*(?:[a-z]+\s+){0,2}$")  # "matching (black leather) shoes"
_BUILT_ON = re.compile(  # "an outfit with (a black) blazer", "a look around my jeans": what it is built on
    r"^\s+(?:with|around|featuring|including|using|built around|based on)\s+(?:[a-z]+\s+){0,3}$"
)


def _sides(text: str, matches: list[Match], language: str) -> tuple[list[Match], list[Match]] | None:
    """The categories on the asking side of the first outfit cue and those on the described side
    (English asks before a verb, "shoes to go with my dress", and describes before a noun, "black
    jeans outfit"; Korean asks after the cue); None without an outfit cue."""
    cue = next((m for m in matches if m.kind == "cue" and m.label == "outfit"), None)
    if cue is None:
        return None
    before = [m for m in matches if m.kind == "category" and m.end <= cue.start]
    after = [m for m in matches if m.kind == "category" and m.start >= cue.end]
    if (
        cue.term == "matching"
        and after
        and not before
        and _ADJECTIVE_GAP.match(text[cue.end : after[0].start])
    ):
        return after[:1], after[1:]  # "a matching jacket", "matching shoes for my dress": asked for
    if cue.term in _OUTFIT_NOUNS and after and _BUILT_ON.match(text[cue.end : after[0].start]):
        return [], before + after  # "an outfit with a black blazer": the look begun from it
    return (after, before) if language == "ko" or cue.term in _OUTFIT_NOUNS else (before, after)


def asks_about(text: str, matches: list[Match]) -> bool:
    """'what about shoes?', '바지는?', 'shoes?': a garment asked about in passing, not searched for."""
    category = next(m for m in matches if m.kind == "category")
    after = text[category.end :].strip()
    if _WHICH_KO.match(after):  # "바지는 뭐가 좋아?": which trousers (would go with it)
        return True
    if _STOCKED.search(text[: category.start]):  # "do you have black jeans?": a search
        return False
    return bool(re.match(r"^(은|는)?\s*\?*$", after)) and (after.endswith("?") or after[:1] in ("은", "는"))


_WHICH_KO = re.compile(
    r"^(?:은|는)\s*(?:뭐가|뭘|어떤\s?게|어떤\s?걸)\s*(?:좋아|좋을까|나아|나을까|어울려|어울릴까|괜찮아|괜찮을까)"
    r"(?:요)?\s*\?*$"
)


_THIS_BEFORE = re.compile(r"(?:\b(?:this|these|that|those)|(?:^|\s)(?:이|요|그))\s*$")


def described_in_view(text: str, matches: list[Match], language: str) -> bool:
    """Whether the garment described is the one in view: "이 바지에 어울리는 상의", "a bag for this
    dress" (a determiner before it), not "흰 바지에 어울리는 상의" (a new one)."""
    subject, wanted = subject_and_wanted(text, matches, language)
    if subject is None or wanted is None:
        return False
    described = next(m for m in matches if m.kind == "category" and m.label == subject)
    return bool(_THIS_BEFORE.search(text[: described.start]))
