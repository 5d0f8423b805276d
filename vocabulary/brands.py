"""Brands a shopper asks for by name ("nike shoes", "나이키 운동화", "levi's jeans"): how the
catalogue's product names begin for each, the words people say for it in English and Korean, and the
well-known brands the catalogue does not carry (said so, rather than ignored: "zara dresses")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .wear import SPORTY_WEAR


@dataclass(frozen=True)
class Brand:
    """One brand: its name as shown (English, Korean), how catalogue names begin with it, and the
    words a message names it by."""

    name: str
    korean: str
    prefixes: tuple[str, ...] = ()  # lower case; none: not in the catalogue
    words: tuple[str, ...] = ()


def _brand(name: str, korean: str, *words: str, prefixes: tuple[str, ...] | None = None) -> Brand:
    """A brand whose catalogue names begin with its own name unless `prefixes` says otherwise."""
    own = name.lower()
    return Brand(name, korean, (own,) if prefixes is None else prefixes, (own, *words, korean))


_EVERYDAY_KO = frozenset({"자라", "망고", "갭"})  # also "grow", the fruit, "a gap": shown, not read

BRANDS: dict[str, Brand] = {  # by key: the name in lower case, letters and digits only ("levis")
    re.sub(r"[^a-z0-9]", "", b.name.lower()): b
    for b in (
        _brand("Nike", "나이키"),
        _brand("Adidas", "아디다스"),
        _brand("Puma", "푸마"),
        _brand("Reebok", "리복"),
        _brand("Fila", "휠라", "필라"),
        _brand("Asics", "아식스"),
        _brand("Converse", "컨버스"),
        _brand("Vans", "반스"),
        _brand("Skechers", "스케쳐스", "sketchers"),
        _brand("Crocs", "크록스"),
        _brand("Timberland", "팀버랜드"),
        _brand("Clarks", "클락스"),
        _brand("Levi's", "리바이스", "levis", "levi", prefixes=("levi's", "levis")),
        _brand("Wrangler", "랭글러"),
        _brand("Lee Cooper", "리쿠퍼", "leecooper"),
        Brand("Lee", "리", ("lee",), ("lee",)),  # "리" is too common a Korean syllable to read as Lee
        _brand("U.S. Polo Assn.", "유에스폴로", "us polo", "u.s. polo", "uspa", prefixes=("u.s. polo",)),
        _brand(
            "Benetton",
            "베네통",
            "united colors of benetton",
            "ucb",
            prefixes=("united colors of benetton", "ucb"),
        ),
        _brand("Quiksilver", "퀵실버"),
        _brand("Roxy", "록시"),
        _brand("Fossil", "파슬"),
        _brand("Ray-Ban", "레이밴", "rayban", "ray ban"),
        _brand("French Connection", "프렌치커넥션", "fcuk"),
        _brand("Allen Solly", "알렌솔리"),
        _brand("Woodland", "우드랜드"),
        _brand("Quechua", "퀘차"),
        _brand("Pepe Jeans", "페페진스", "pepe", prefixes=("pepe",)),
        _brand("H&M", "에이치앤엠", "h & m", prefixes=("hm",)),  # not "hm" said: a hesitation
        Brand("Lotto", "로또", ("lotto",), ("lotto",)),  # "로또" is the lottery
        _brand("Spykar", "스파이카"),
        _brand("Wildcraft", "와일드크래프트"),
        _brand("Fastrack", "패스트트랙"),
        # well known, not in the catalogue: a search says so and shows other brands
        *(
            Brand(name, korean, (), (name.lower(), *words, *(() if korean in _EVERYDAY_KO else (korean,))))
            for name, korean, *words in (
                ("Zara", "자라"),
                ("Uniqlo", "유니클로"),
                ("Gucci", "구찌"),
                ("Prada", "프라다"),
                ("Chanel", "샤넬"),
                ("Louis Vuitton", "루이비통", "lv"),
                ("New Balance", "뉴발란스", "newbalance"),
                ("Tommy Hilfiger", "타미힐피거", "tommy"),
                ("Lacoste", "라코스테"),
                ("Ralph Lauren", "랄프로렌", "polo ralph lauren"),
                ("The North Face", "노스페이스", "north face", "tnf"),
                ("Musinsa Standard", "무신사 스탠다드", "무신사"),
                ("Spao", "스파오"),
                ("Topten", "탑텐"),
                ("Mango", "망고"),
                ("Calvin Klein", "캘빈클라인", "ck"),
                ("Gap", "갭"),
            )
        ),
    )
}
_ORDERED = sorted(((p, k) for k, b in BRANDS.items() for p in b.prefixes), key=lambda pk: -len(pk[0]))
_PREFIX = re.compile(  # the longest first: "Lee Cooper …" is not Lee's
    "^(?:" + "|".join(f"(?P<b{i}>{re.escape(p)})" for i, (p, _) in enumerate(_ORDERED)) + r")(?![a-z0-9])"
)
_GROUPS = {f"b{i}": key for i, (_, key) in enumerate(_ORDERED)}


def brand_of(name: str) -> str | None:
    """The brand (a key of BRANDS) a catalogue product's name begins with, None for another."""
    found = _PREFIX.match(name.lower())
    return _GROUPS[found.lastgroup] if found and found.lastgroup else None


def carries(brand: str) -> bool:
    """Whether the catalogue carries the brand at all ("zara" is known, not carried)."""
    return bool(BRANDS[brand].prefixes) if brand in BRANDS else False


# Sportswear makers: a formal look that falls back to casual pieces takes theirs last (a rain jacket
# by a running brand is no coat for an interview), as it does sporty kinds (`vocabulary.SPORTY_WEAR`).
SPORTY_KINDS = SPORTY_WEAR | {"Rain Jacket", "Tracksuits"}
SPORTS_BRANDS = frozenset(
    {"nike", "adidas", "puma", "reebok", "fila", "asics", "wildcraft", "quechua", "lotto"}
)


# A team's fan merchandise, read from the name: a club's or a national side's shirt or cap is worn to
# the match, not with a coat and a skirt — an outfit of another style takes it last (the issue's
# "Arsenal cap" on an elegant street look).
FAN_MERCH = re.compile(
    r"\b(?:arsenal|chelsea|manchester united|man utd|liverpool|barcelona|real madrid|juventus|ac milan"
    r"|bayern|mumbai indians|kochi tuskers|chennai super kings|kolkata knight riders|rajasthan royals"
    r"|royal challengers|delhi daredevils|kings xi punjab|deccan chargers|pune warriors|team india|fanwear"
    r"|fan wear|football|cricket|lfc|cfc|fcb)\b",  # (Liverpool's, Chelsea's, Barcelona's initials)
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)  # asked of every candidate of a look's slot: once per product
def fan_merch(name: str) -> bool:
    """Whether a product's name says it is a team's merchandise (or kit for a ball game)."""
    return bool(FAN_MERCH.search(name))


@lru_cache(maxsize=65536)  # asked of every candidate of a formal look's fallback: once per product
def sporty(name: str, article_type: str | None) -> bool:
    """Whether a product reads as sportswear: a sports maker's, or a sporty kind (a rain jacket)."""
    return brand_of(name) in SPORTS_BRANDS or (article_type or "") in SPORTY_KINDS
