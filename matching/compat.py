"""Category compatibility learned from garments worn together in street outfits (Clothing Co-Parsing
`outfit_tags.csv`), and its evaluation: hide one garment of a held-out outfit and see whether its slot
is among the three slots suggested from the rest (hit-rate@3), against a popularity baseline."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

from vocabulary import OUTFIT_SLOTS, SLOTS, STREET_SLOTS

DEFAULT_STATS = Path(__file__).resolve().parent / "data" / "cooccurrence.json"


def load_outfits(path: Path) -> list[tuple[str, frozenset[str]]]:
    """(photo id, slots worn) for every street outfit with at least two slots."""
    outfits = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            slots = frozenset(
                STREET_SLOTS[label] for label in row["labels"].split(";") if label in STREET_SLOTS
            )
            if len(slots) >= 2:
                outfits.append((row["photo"], slots))
    return outfits


def is_held_out(photo: str, fraction: float = 0.2) -> bool:
    return int.from_bytes(hashlib.sha1(f"outfit:{photo}".encode()).digest()[:4], "big") / 2**32 < fraction


@dataclass
class Compatibility:
    """P(slot b worn | slot a worn), estimated with add-one smoothing from outfits."""

    slot_counts: dict[str, int] = field(default_factory=dict)
    pair_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    outfits: int = 0

    @classmethod
    def fit(cls, outfits: list[frozenset[str]]) -> Compatibility:
        slots: Counter[str] = Counter()
        pairs: dict[str, Counter[str]] = {s: Counter() for s in SLOTS}
        for worn in outfits:
            slots.update(worn)
            for a, b in permutations(worn, 2):
                pairs[a][b] += 1
        return cls(dict(slots), {a: dict(c) for a, c in pairs.items()}, len(outfits))

    def p(self, b: str, given: str) -> float:
        return (self.pair_counts.get(given, {}).get(b, 0) + 1) / (self.slot_counts.get(given, 0) + 2)

    def popularity(self, slot: str) -> float:
        return (self.slot_counts.get(slot, 0) + 1) / (self.outfits + 2)

    def suggest(self, worn: frozenset[str] | set[str], k: int = 3) -> list[str]:
        """The k slots most likely to complete an outfit that already has `worn`."""
        candidates = [s for s in SLOTS if s not in worn]
        if not worn:
            return sorted(candidates, key=self.popularity, reverse=True)[:k]
        score = {s: sum(self.p(s, a) for a in worn) / len(worn) for s in candidates}
        return sorted(candidates, key=score.__getitem__, reverse=True)[:k]

    def popular(self, worn: frozenset[str] | set[str], k: int = 3) -> list[str]:
        """The baseline: the k most common slots not already worn."""
        return sorted((s for s in SLOTS if s not in worn), key=self.popularity, reverse=True)[:k]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.__dict__, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = DEFAULT_STATS) -> Compatibility:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def evaluate_hit_rate(compat: Compatibility, held_out: list[frozenset[str]], k: int = 3) -> dict[str, float]:
    """Leave-one-garment-out over held-out outfits: hit-rate@k of the learned model, the popularity
    baseline and the hand-written slot rules (the rules suggest slots for one anchor garment, so the
    anchor is each remaining garment in turn)."""
    hits = {"learned": 0, "popularity": 0, "rules": 0}
    trials = 0
    for worn in held_out:
        for hidden in worn:
            rest = worn - {hidden}
            trials += 1
            hits["learned"] += hidden in compat.suggest(rest, k)
            hits["popularity"] += hidden in compat.popular(rest, k)
            anchor = max(rest, key=compat.popularity)
            hits["rules"] += hidden in OUTFIT_SLOTS.get(anchor, ())[:k]
    return {f"hit_rate_at_{k}_{name}": round(n / max(trials, 1), 4) for name, n in hits.items()} | {
        "trials": trials,
        "outfits": len(held_out),
    }
