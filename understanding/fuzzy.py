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
    if word in KEEP:
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
