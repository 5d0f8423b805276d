"""A message's cues beyond its words' (`cues_of`): short remarks — "ok", "👍", "ㅋㅋ" (taken in), a bare
"no" or "meh" (not these), "하이" (hello), "more?" — "buy #2", "신발만", "가방도"; and a correction of
what a photo was read as ("it's a skirt, not a dress", "이거 파란색 아니고 검정색이야")."""

from __future__ import annotations

import re
import unicodedata

from .patterns import BARE_OUTFIT
from .people import role_gender
from .terms import Match

_ACK = re.compile(  # NFKC as `parser.normalise` makes them ("ㅋ" is "ᄏ" then)
    unicodedata.normalize(
        "NFKC",
        r"^\W*(?:(?:ok(?:ay)?|k|cool|nice|got it|great|sure|alright|lol|haha+|hehe|ㅇㅋ|오케이|넵|네+|응+|웅"
        r"|알겠어요?|알았어|ㅋ+|ㅎ+|ㅇㅇ|좋아|좋다|굿|👍|👌|🙏|❤️|😍|😊|🙂|😀|👏|🔥)\W*)+$",
    ),
    re.IGNORECASE,
)
_BARE_NO = re.compile(  # the whole message
    unicodedata.normalize(
        "NFKC", r"^\W*(?:no+|nope|nah|meh|아니(?:야|요)?|ㄴㄴ|노노|이상해|별로|구려|촌스러워)\W*$"
    ),
    re.IGNORECASE,
)
_HI = re.compile(r"^\W*하이\W*(?:\s|$)")  # not "하이웨스트", "하이탑"
_IT_IS = re.compile(  # a statement about the piece in view: "it's …", "this isn't …", "이건 …야"
    r"\b(?:it|this|that|they|these)\s*(?:'s|'re|\s+is|\s+are|\s+isn't|\s+is not|\s+aren't|\s+are not)\b"
    r"|^\s*(?:이거|이건|이것|이 옷|그거)|(?:이야|예요|에요|이에요|거든|인데)\W*$"
    r"|\b(?:actually|wrong)\b|사실|틀렸|잘못"
)
_MISREAD = re.compile(r"\b(?:actually|wrong|that's not right|not right)\b|사실|틀렸|잘못")
_READ = ("colour", "category", "pattern")  # what a photo is read as, and can be corrected in
_MORE = re.compile(  # "show me 10 more", "more?": the next few of the answer in view
    r"^\s*(?:(?:show|give|send)(?: me)? |see )?(?:\d+ |a few |some )?more(?: please| options| ones)?"
    r"[.!?]*\s*$"
)
_WHOSE_OF = re.compile(  # once its number is read: "is #2 for women?", "is the first one unisex?"
    r"^\W*is\s+(?:it\s+|the\s+)?(?:for\s+(?:women|men|guys|girls|ladies)|unisex)\b|남녀\s?공용(?:이야|이에요|인가요)"
)
_BUY_REF = re.compile(r"^\W*(?:buy|order|get)\W*$")  # "buy #2" once the number is read
_LENGTH_OF = re.compile(
    r"(?:\bmini|미니|미디|맥시|롱)\s?(?=skirt|dress|스커트|원피스|치마|드레스)"
)  # its length
_WEARER = re.compile(  # "what should the groom's mother wear?", "what should a 50 year old man wear?"
    r"\bwhat (?:should|can|could|would|does|do|will) (?!i\b|you\b)(?:[\w'-]+ ){1,6}wear\b"
    r"|\bhow (?:should|can|could|would|does|do) (?!i\b|you\b)(?:[\w'-]+ ){1,6}"
    r"wear(?=\W*$|\s+(?:if|when|for|to|at)\b)"  # "how should a tall man dress?" (the verb: `blanks`)
)
_FITS_ME = re.compile(r"\b(?:does|do|will|would)\s+(?:(?:this|it|these|they|that)\s+)?fit\s+me\b")  # (or #2)
_NONE_LIKED = re.compile(  # "none of these", "다 별로": the whole answer refused, its start too
    r"\bnone of (?:these|them|those|it)\b|\bnothing i like\b|\b(?:don't|do not) like (?:any|them|these)\b"
    r"|\b(?:all|both) (?:ugly|terrible|bad|awful|boring)\b|\bhate (?:them all|all of them)\b"
    r"|(?:다|전부|모두)\s?별로|(?:마음|맘)에\s?드는\s?(?:게|것이?)\s?없|(?:다|전부)\s?(?:마음|맘)에\s?안"
)
_STAR = re.compile(r"\blike what (?!you\b|i\b)[\w'-]+(?: [\w'-]+)? (?:wears|wore|is wearing|was wearing)\b")
_CHOSEN = re.compile(  # "2번으로 할게" (the number blanked): where to buy it, as "이걸로 할게"
    r"(?:^|\s)(?:거|것)?\s*(?:으로|로)\s*(?:할게|할래|결정|정했)"  # (not "검정색으로 할게")
)
_LIKE_THIS = re.compile(r"^\s+like\s+(?:this|these|that|those|mine)\b|.*이런\s*$")  # after / before the kind
_PAIRS_AFTER = re.compile(  # "would a red bag go with it?": whether that piece goes with the one in view
    r"\b(?:does|do|would|will|could|might)\s+(?:[a-z'-]+\s+){1,4}(?:go|look good|work) (?:well )?with"
    r"\s+(?:it|this|these|that|them)\b"
)
_ALSO = re.compile(  # "a bag too", "add a hat", "and a belt to match" (not "and a bag?": the look's bag)
    r"\b(?:too|as well)\W*$|^\W*(?:and\s+)?also\b|\badd\b|추가"
    r"|^\W*(?:and|plus)\s+(?:a|an|some|the)\s.*\b(?:to match|matching)\b"
)

_LOOK_NAMED = re.compile(  # "a casual look", "캐주얼룩" (not "casual looks good": a verdict)
    r"\s?룩|\s+looks?\b(?!\s+(?:at|like|good|nice|ok|okay|better|great|bad|fine|weird|off)\b)"
)


def cues_of(text: str, matches: list[Match], numbered: bool) -> set[str]:
    """The message's cues: its cue words', and "another" ("more?", "no", "meh"), "cheaper" ("buy #2",
    a `numbered` product; "whose": "is #2 for women?"), "now" (an outfit asked and nothing else: "뭐
    입지?"), "ack" ("ok", "👍"),
    "greeting" ("하이"), "only" ("신발만") and "added" ("가방도", "신발까지", "a bag too": with the kinds in
    view)."""
    cues = {m.label for m in matches if m.kind == "cue"} | remark_cues(text)
    cues |= {"another"} if _MORE.match(text) else set()
    cues |= {"cheaper"} if numbered and _BUY_REF.match(text) else set()
    cues |= {"whose"} if numbered and _WHOSE_OF.search(text) else set()  # "is #2 for women?": its cut
    cues |= {"now"} if BARE_OUTFIT.match(text) else set()  # "뭐 입지?", "옷 추천": for today's weather
    cues |= {"outfit", "wearer"} if _WEARER.search(text) else set()  # someone else dressed: a new look
    if role_gender(text) and not any(m.kind == "category" for m in matches):  # "신랑 아버지 정장": a look
        cues |= {"outfit", "wearer"}  # for him (not "bridesmaid dress": the dresses)
    cues |= {"cheaper"} if numbered and _CHOSEN.search(text) else set()
    cues |= {"celebrity"} if _STAR.search(text) else set()  # "something like what IU wears"
    cues |= {"none_liked"} if _NONE_LIKED.search(text) else set()  # "none of these": its start too
    cues |= {"fit"} if _FITS_ME.search(text) else set()  # "does #2 fit me?": how it runs, not its colour
    cues |= {"length"} if _LENGTH_OF.search(text) else set()  # "미니스커트", "롱원피스", "a mini skirt"
    cues |= {"pairs"} if _PAIRS_AFTER.search(text) else set()  # "would a red bag go with it?"
    named = (m for m in matches if m.kind in ("tone", "style") or (m.kind, m.label) == ("gender", "any"))
    if any(_LOOK_NAMED.match(text[m.end :]) or m.term.endswith(("룩", " look")) for m in named):
        cues.add("outfit")  # "a monochrome look", "casual looks for spring", "캠퍼스룩": a look of that kind
    if any(
        m.kind == "category" and _LIKE_THIS.match(text[m.end :] if m.term.isascii() else text[: m.start])
        for m in matches
    ):
        cues.add("similar")  # "shoes like these", "이런 신발": like the one in view
    if any(m.kind == "category" and text[m.end : m.end + 1] == "만" for m in matches):
        cues.add("only")
    also = ("도", "까지")  # "가방도", "신발까지 코디해줘": with the kinds in view
    if _ALSO.search(text) or any(m.kind == "category" and text[m.end :].startswith(also) for m in matches):
        cues.add("added")
    return cues


_SAD = re.compile(r"^\W*(?:[ㅠㅜ\u1172\u116e]{2,}|😢|😭|😞|☹)+\W*$")  # "ㅠㅠ" alone (NFKC: "ᅲᅲ")


def remark_cues(text: str) -> set[str]:
    """The cue a whole short message makes: "ack" ("ok", "👍", "응 좋아": answered in a word),
    "another" ("no", "아니", "meh" about what is in view), "greeting" ("하이"), "complaint" ("ㅠㅠ")."""
    cues = {"greeting"} if _HI.match(text) else {"complaint"} if _SAD.match(text) else set()
    if _ACK.match(text):
        return cues | {"ack"}
    return cues | ({"another"} if _BARE_NO.match(text) else set())


def corrects(text: str, matches: list[Match], said: dict[str, str | None]) -> bool:
    """Whether the message corrects what the piece in view was read as: a statement about it ("it's
    …", "이거 …야") that refuses one colour, kind or pattern for another ("not blue, it's black") or
    for none ("that's not a dress": what is it, then?), or says the reading was wrong ("it's actually
    black", "틀렸어, 치마야"); `said` holds the colour, category and pattern the message names."""
    refused = {m.kind for m in matches if m.negated and m.kind in _READ}
    contrast = any(said.get(kind) for kind in refused) or (refused and not any(said.values()))
    flat = bool(_MISREAD.search(text)) and any(said.values())
    return bool(_IT_IS.search(text)) and bool(contrast or flat)
