"""The occasions a person names ("a wedding", "출근룩", "스키장", "돌잔치"), each with the style and
season it asks for, and what some ask of colours, patterns and the garment an outfit starts from."""

from __future__ import annotations

from dataclasses import dataclass

from vocabulary import (
    BEACH_PREFERS,
    BEACH_REFUSED,
    BEACH_WEDDING_PREFERS,
    BEACH_WEDDING_REFUSED,
    ON_FOOT_REFUSED,
    OUTDOOR_BRANDS,
    OUTDOOR_PREFERS,
    OUTDOOR_REFUSED,
    SMART_REFUSED,
    SNOW_PREFERS,
)

from .match import Match


@dataclass(frozen=True)
class Occasion:
    """An occasion a person names, and the style (and season) it asks for; some also ask for
    colours (a funeral's dark, muted ones) or start from a kind of garment (a rainy day's raincoat)."""

    name: str
    style: str
    season: str | None
    words: tuple[str, ...]
    colours: tuple[str, ...] = ()  # palette colours its garments keep to; () any
    wears: str | None = None  # the article kind (`vocabulary.ARTICLE_KINDS`) or category it starts from
    smart: bool = False  # smart casual: from a shirt, blouse or dress; no flip flops, caps or backpacks
    plain: bool = False  # plain garments only (a funeral's: no stripes, checks or prints)
    shoes: frozenset[str] = frozenset()  # the article types its shoes asked for are (a rainy day's boots)
    prefers: tuple[tuple[str, frozenset[str]], ...] = ()  # (slot, article types) its look offers first
    refuses: frozenset[str] = frozenset()  # article types its look never offers (a beach's heels)
    mixes: str | None = None  # a second style its look draws from (a hike's casual boots and backpacks)
    brands: frozenset[str] = frozenset()  # brands its look shows first (a hike's outdoor ones)

    @property
    def refused(self) -> frozenset[str]:
        """The article types its look never holds: its own (a beach's heels) and, smart casual, a date's
        (no backpack, no flip flops)."""
        return self.refuses | SMART_REFUSED if self.smart else self.refuses

    def takes(self, article_type: str) -> bool:
        """Whether its look may hold that article type ("" not known: yes)."""
        return article_type not in self.refused


# smart casual; a family visit at Chuseok or Seollal is neat, not the catalogue's Indian festive wear
_SMART = (
    "smart casual", "smart-casual", "quiet luxury", "old money", "올드머니", "올드 머니", "콰이어트 럭셔리",
    "opera", "theatre", "theater", "ballet", "symphony", "orchestra", "classical concert", "musical",
    "오페라", "뮤지컬", "연극", "발레 공연", "클래식 공연", "오케스트라", "teacher", "교사", "선생님룩",
    "business casual", "semi formal", "semi-formal", "비즈니스 캐주얼", "비즈니스캐주얼", "스마트 캐주얼",
    "스마트캐주얼", "댄디", "세미 정장", "세미정장", "세미 포멀", "세미포멀", "business trip", "work trip",
    "출장", "brunch", "모임", "동창회", "reunion", "get-together", "thanksgiving", "family dinner",
    "dinner with my parents", "dinner with my family", "lunch with my parents", "가족 식사", "가족 외식",
    "office party", "company party", "work party", "company's year-end party", "company year-end party",
    "team dinner", "회사 송년회", "회사 망년회", "종무식", "연말 회식", "christening", "baptism", "세례식",
    "family photo", "family photos", "family portrait", "가족사진", "가족 사진",
    "family gathering", "가족 모임", "명절", "추석", "설날", "church", "housewarming", "company dinner",
    "브런치", "교회", "성당", "예배", "집들이", "회식", "돌잔치", "설 연휴", "profile photo",
    "profile picture", "headshot", "linkedin photo", "프로필 사진", "증명사진", "career fair", "startup",
    "tech startup", "casual friday", "start-up", "스타트업", "job fair", "hospital visit",
    "startup interview", "start-up interview", "tech interview", "스타트업 면접",  # one step up: smart casual
    "interview at a startup", "interview at a start-up", "interview at a tech company", "it 회사 면접",
    "환갑잔치", "환갑 잔치", "칠순잔치", "칠순 잔치", "팔순잔치", "팔순 잔치", "칠순", "팔순",
    "고희연", "회갑연",
    "60th birthday", "70th birthday", "80th birthday", "90th birthday", "milestone birthday",
    "60th birthday party", "70th birthday party", "80th birthday party", "90th birthday party",
    "interview at startup", "interview with a startup", "tech company interview", "it회사 면접",
    "visiting someone in hospital", "병문안", "museum", "exhibition", "art gallery", "카페 갈", "전시회",
    "미술관", "박물관", "baby shower", "베이비 샤워", "베이비샤워", "preppy", "프레피",
    "parent teacher meeting", "parent-teacher meeting", "parent-teacher conference", "학부모 상담",
    "학부모 모임", "학부모", "garden party", "가든 파티", "가든파티", "rooftop bar", "rooftop", "wine bar",
    "drinks", "happy hour", "bar mitzvah", "bat mitzvah", "루프탑", "와인바", "술자리", "술 약속",
    "i'm a teacher", "i am a teacher", "as a teacher", "교사인데", "선생님인데",  # what a teacher wears
)  # fmt: skip
_GYM = (
    "gym", "workout", "training", "yoga", "pilates", "헬스", "헬스장", "운동", "요가", "필라테스",
    "바디프로필", "바디 프로필", "바프", "yoga class", "hot yoga", "spin class", "dance class",
    "fitness class", "tennis", "badminton", "squash", "climbing gym", "테니스", "배드민턴", "스쿼시",
    "클라이밍",
)  # fmt: skip

_BEACH = (  # ("beach vacation": not a holiday's, "vacation" being the longer word)
    "beach", "beach holiday", "seaside", "pool", "swimming pool", "pool party", "water park",
    "바캉스", "해변", "바닷가", "휴양지", "수영장", "워터파크", "beach vacation", "beach trip",
    "beach getaway", "tropical",
    # resorts by the sea, warm in any month
    "bali", "hawaii", "cancun", "phuket", "boracay", "cebu", "guam", "saipan", "maldives",
    "da nang", "발리", "하와이", "괌", "사이판", "푸켓", "세부", "보라카이", "몰디브", "다낭",
    "동남아", "해외 휴양지",
)  # fmt: skip
_CITIES = (  # "I'm going to Paris in October": a city trip (the month says its season)
    "going to paris", "going to london", "going to tokyo", "going to osaka", "going to new york",
    "going to rome", "going to barcelona", "going to bangkok", "going to singapore", "going to hong kong",
    "going to taipei", "going to sydney", "going to busan", "going to jeju", "going to europe",
    "파리 가", "런던 가", "도쿄 가", "오사카 가", "뉴욕 가", "유럽 가", "부산 가", "제주 가", "제주도 가",
    "일본 가", "후쿠오카 가", "홍콩 가", "대만 가", "방콕 가",
)  # fmt: skip
_OUTDOORS = (  # camping, and a weekend in the mountains or the countryside: outdoors, casual
    "camping", "barbecue", "bbq", "캠핑", "바베큐", "워크샵", "워크숍", "glamping", "글램핑",
    "in the mountains", "to the mountains", "mountain cabin", "a cabin", "countryside", "산에",
    "산으로", "시골", "펜션", "mountain trip", "mountain weekend", "mountain getaway", "엠티", "mt 가",
    "mt 갈", "mt룩", "수련회",
)  # fmt: skip

_WEDDING = (
    "wedding", "weddings", "결혼식", "하객", "웨딩", "groomsman",
    "mother of the bride", "mother of the groom", "groom's mother", "bride's mother", "father of the bride",
    "father of the groom", "best man", "신랑 어머니", "신부 어머니", "신랑 엄마", "신부 엄마",
    "신랑 아버지", "신부 아버지", "신랑 아빠", "신부 아빠", "혼주",
)  # fmt: skip
_BEACH_WEDDING = (  # (and a wedding said with a beach: "a wedding in Bali", `occasion_said`)
    "beach wedding", "beach weddings", "seaside wedding", "wedding on the beach", "해변 결혼식",
    "바닷가 결혼식", "비치 웨딩", "비치웨딩",
)  # fmt: skip
_OFFICE = (
    "office", "work", "meeting", "business formal", "new job", "first day at work", "출근", "오피스",
    "회사", "직장", "비즈니스 포멀", "첫 출근", "첫출근", "입사", "i'm a lawyer", "i am a lawyer",
    "as a lawyer", "i work in a bank", "i work at a bank", "i'm a banker", "변호사인데", "은행원인데",
)  # fmt: skip
_HOLIDAY = (
    "holiday", "vacation", "cruise", "resort", "크루즈", "리조트", "travel", "trip", "airport", "plane",
    "flight", "long flight", "road trip", "여행", "휴가", "공항", "공항패션", "공항 패션", "비행기",
    "장거리 비행", "honeymoon", "신혼여행", *_CITIES,
)  # fmt: skip
_DATE = (
    "date", "date night", "dinner", "valentine", "valentine's day", "데이트", "소개팅", "발렌타인", "과팅",
    "단체 미팅", "blind date", "fine dining", "fancy restaurant", "nice restaurant", "고급 레스토랑",
    "파인다이닝", "파인 다이닝", "저녁 약속", "디너", "meeting my boyfriend", "meeting my girlfriend",
    "meeting my bf", "meeting my gf", "meeting my partner", "seeing my boyfriend", "seeing my girlfriend",
    "meet my boyfriend", "meet my girlfriend", "meeting a guy", "meeting a girl", "남친 만나", "여친 만나",
    "남자친구 만나", "여자친구 만나",
)  # fmt: skip
_THEIR_FAMILY = tuple(  # "meeting my girlfriend's parents": not a date with her
    f"{verb} my {partner}'s {who}"
    for verb in ("meeting", "meet", "seeing")
    for partner in ("boyfriend", "girlfriend", "partner", "bf", "gf")
    for who in ("parents", "mom", "mum", "mother", "dad", "father", "family")
)
_SCHOOL = (
    "school", "campus", "class", "university", "college", "uni", "학교", "캠퍼스", "등교", "대학", "개강",
)  # fmt: skip
_FAMILY = (
    "meeting the parents", "meet the parents", "meet her parents", "meet his parents",
    "girlfriend's parents", "boyfriend's parents", "partner's parents", "boyfriend's mom",
    "boyfriend's mum", "boyfriend's mother", "boyfriend's family", "girlfriend's mom", "girlfriend's mum",
    "girlfriend's mother", "girlfriend's family", "남친 어머니", "여친 어머니", "남친 엄마", "여친 엄마",
    "시댁", "처가", "예비 시댁", "in-laws", "여친 부모님", "남친 부모님", "여자친구 부모님",
    "남자친구 부모님", "상견례", "부모님 뵙", "부모님께 인사", "인사드리러", *_THEIR_FAMILY,
)  # fmt: skip
_SKI = (
    "ski", "skiing", "ski trip", "snowboard", "snowboarding", "스키장", "스키 타러", "스키복", "스키웨어",
    "보드복", "스노보드", "보드장",
)  # fmt: skip
_CONCERT = (
    "concert", "gig", "movie night", "music festival", "summer festival", "festival", "festivals", "락페",
    "워터밤", "콘서트", "공연", "영화관", "페스티벌", "축제",
)  # fmt: skip
_OUTING = (
    "amusement park", "theme park", "disneyland", "day out", "sightseeing", "city walk", "zoo",
    "baseball game", "football game", "ball game", "야구장", "야구 보러", "축구 보러", "놀이공원",
    "놀이동산", "에버랜드", "롯데월드", "나들이", "picnic", "피크닉", "소풍", "관광", "동물원",
    "football match", "soccer match", "soccer game", "basketball game", "match day", "축구장", "농구장",
    "hockey game", "hockey match", "baseball match", "배구장",
)  # fmt: skip
_RAIN = (
    "rain", "rainy", "raining", "rainy day", "monsoon", "비 오는", "비오는", "비 올", "장마", "우천",
    "비 온대", "비온대", "비가 와", "비가 온", "비 와서", "비와서", "비 와요", "waterproof",
    "water-resistant", "water resistant", "방수",  # (listings never say so: the rain's own pieces)
)  # fmt: skip
_PARTY = (
    "birthday party", "club", "clubbing", "rave", "클럽", "prom", "christmas party", "year-end party",
    "new year's eve", "생일 파티", "연말 파티", "크리스마스 파티", "송년회", "연말 모임", "신년회", "클럽",
    "night out", "girls' night", "girls night", "bachelorette", "hen party", "bachelor party",
)  # fmt: skip

OCCASIONS: tuple[Occasion, ...] = (
    Occasion(
        "wedding",
        "formal",
        None,
        _WEDDING,
    ),
    Occasion(  # a dress in the wedding's soft colours (the bride chooses; never her white, rarely black)
        "bridesmaid",
        "formal",
        None,
        ("bridesmaid", "bridesmaids", "maid of honor", "maid of honour", "들러리", "브라이드메이드"),
        colours=("pink", "purple", "blue", "beige", "green", "burgundy", "navy", "grey"),
        wears="dress",
    ),
    Occasion("interview", "formal", None, ("interview", "job interview", "면접")),
    Occasion("court", "formal", None, ("to court", "court hearing", "court date", "법원", "재판")),  # sober
    Occasion(
        "office",
        "formal",
        None,
        _OFFICE,
    ),
    Occasion(
        "funeral",
        "formal",
        None,
        ("funeral", "장례식", "조문"),
        ("black", "navy", "grey", "white"),
        plain=True,
    ),
    Occasion(
        "gym",
        "sports",
        None,
        _GYM,
    ),
    Occasion("running", "sports", None, ("running", "jogging", "run", "러닝", "조깅", "달리기")),
    Occasion(
        "hiking",
        "sports",
        None,
        ("hiking", "hike", "trekking", "등산", "하이킹", "gorpcore", "고프코어"),  # (its look: the trail's)
        prefers=OUTDOOR_PREFERS,
        refuses=OUTDOOR_REFUSED,
        mixes="casual",
        brands=OUTDOOR_BRANDS,
    ),  # fmt: skip
    Occasion(  # a round of golf: a polo shirt and sportswear (no golf kit carried)
        "golf",
        "sports",
        None,
        ("golf", "golfing", "golf course", "골프", "골프웨어", "골프장", "라운딩", "스크린 골프"),
        wears="polo",
    ),
    Occasion("beach", "casual", "summer", _BEACH, prefers=BEACH_PREFERS, refuses=BEACH_REFUSED),
    Occasion(
        "holiday",
        "casual",
        None,
        _HOLIDAY,  # fmt: skip
    ),
    Occasion(
        "date",
        "casual",
        None,
        _DATE,
        smart=True,
    ),
    Occasion(
        "smart",  # smart casual: also "less formal" (`parser._style`)
        "casual",
        None,
        _SMART,
        smart=True,
    ),
    Occasion(  # a guest on the sand in summer: smart casual in light colours, loafers or sandals
        "beach_wedding",
        "casual",
        "summer",
        _BEACH_WEDDING,
        colours=("beige", "white", "blue", "pink", "grey", "green", "khaki", "brown", "yellow", "purple"),
        smart=True,
        prefers=BEACH_WEDDING_PREFERS,
        refuses=BEACH_WEDDING_REFUSED,
    ),
    Occasion(
        "school",
        "casual",
        None,
        _SCHOOL,
    ),
    Occasion("graduation", "formal", None, ("graduation", "졸업식", "입학식", "졸업사진", "졸업 사진")),
    Occasion(  # meeting a partner's parents, the families' first meeting (상견례): neat and formal
        "family",
        "formal",
        None,
        _FAMILY,
        smart=True,
    ),
    Occasion("camping", "casual", None, _OUTDOORS, prefers=OUTDOOR_PREFERS, refuses=OUTDOOR_REFUSED),
    Occasion(  # a winter's sporty day out: the cold's layers, casual
        "ski", "casual", "winter", _SKI, prefers=SNOW_PREFERS, refuses=OUTDOOR_REFUSED
    ),
    Occasion(
        "concert",
        "casual",
        None,
        _CONCERT,
        refuses=ON_FOOT_REFUSED,
    ),
    Occasion(  # a day on foot: an amusement park, sightseeing — begun from sneakers
        "outing",
        "casual",
        None,
        _OUTING,
        wears="sneakers",
        refuses=ON_FOOT_REFUSED,
    ),
    Occasion("festival", "ethnic", None, ("diwali", "eid", "holi", "navratri", "festive")),  # India's
    Occasion(
        "rain",
        "casual",
        None,
        _RAIN,
        wears="raincoat",
        shoes=frozenset({"Boots"}),  # canvas and mesh soak through
    ),
    Occasion(
        "party",
        "party",
        None,
        _PARTY,
    ),
    Occasion(  # an invitation's dress codes (`vocabulary.DRESS_CODES`)
        "black_tie",
        "formal",
        None,
        ("black tie", "black-tie", "white tie", "tuxedo", "gala", "블랙 타이", "블랙타이", "턱시도", "갈라"),
    ),
    Occasion("cocktail", "party", None, ("cocktail", "cocktail party", "cocktail attire", "칵테일")),
)


_NAMED = {o.name: o for o in reversed(OCCASIONS)}  # (the first of a name, as a scan finds it)


def occasion_named(name: str | None) -> Occasion | None:
    """The occasion of that name ("funeral"), None for none."""
    return _NAMED.get(name or "")


def occasion_after(
    current: str | None, said: str, less: bool = False, style: str | None = None
) -> str | None:
    """The occasion once another is said: "not too formal" (smart casual) of a look that is smart casual
    already (a date's) keeps that occasion, "less dressy" of it is plain casual (None), and so is either
    of a look with no occasion whose `style`, when a dressy one was toned down, is casual; any other
    (and "business casual", named) replaces it."""
    occasion = occasion_named(current)
    smart = occasion is not None and occasion.smart
    if said != "smart" or not (smart or occasion is None and style == "casual"):
        return said
    return None if less or not smart else current


def in_season(name: str | None, season: str | None) -> bool:
    """Whether the occasion of that name can be kept in `season`: a beach is not a winter's, a ski
    trip not a summer's; any occasion is kept when no season is said."""
    occasion = occasion_named(name)
    return occasion is None or season is None or occasion.season in (None, season)


def occasion_said(matches: list[Match]) -> str | None:
    """The occasion a message names: the most specific ("meeting her parents", not "meeting"; "a trip to
    guam" the beach, a holiday being any trip; a wedding with a beach a beach wedding), the rain's last
    ("비 오는 날 출근룩": the office's)."""
    named = [m for m in matches if m.kind == "occasion" and not m.negated]
    specific = (
        max(  # (and not the office's of "회사 면접", nor the school's of "대학 면접": an interview there)
            named,
            key=lambda m: (
                m.label != "rain",
                m.label != "holiday",
                m.end - m.start,
                m.label not in ("office", "school"),
            ),
            default=None,
        )
    )
    labels = {m.label for m in named}  # "a wedding in Bali", "바닷가에서 하는 결혼식", "the mother of the
    by_sea = "wedding" in labels and bool(labels & {"beach", "beach_wedding"})  # bride at a beach wedding"
    if specific is not None and specific.label in ("wedding", "beach") and by_sea:
        return "beach_wedding"
    return specific.label if specific else None
