"""Real photos labelled by looking: each garment's colour on the 16-name palette, the neighbouring
palette colour it could also fairly be called (empty when there is none) and its pattern.

`shared_data/labels/clothing_attributes.csv` holds 240 training-side clothing photos (senders
outside the held-out split), labelled one contact sheet of 16 at a time: the colour of most of the
garment's visible fabric, not of its print, logo or the floor; "multi" only when no colour covers
most of it; the neighbour when the shade sits between two palette names (dark navy / black, beige /
white); pattern "printed" for graphics and logos covering a real part of the front, "solid" for a
plain garment with a small logo. They train and choose the photo side of the colour and pattern
heads (`training/photo_heads.py`, folds by sender). `clothing_patterns.csv` adds 80 training-side photos
chosen for their likely pattern (`PATTERN_LABELS`). `clothing_attributes_heldout.csv` holds 96
photos of held-out senders labelled the same way, for reporting once, never for choosing
(`stylist evaluate attributes --labels shared_data/labels/clothing_attributes_heldout.csv`); any
such file with its images in a folder can be scored with `--data DIR`.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from inference.analysis import Prediction
from inference.analyzer import Analyzer
from inference.images import open_rgb
from vocabulary import COLOURS, LOW_CONFIDENCE, PATTERNS

from .fit import confusion, per_class

DEFAULT_LABELS = Path(__file__).resolve().parents[1] / "shared_data" / "labels" / "clothing_attributes.csv"
# 80 more training-side photos, chosen because the shipped model gave their pattern a fair chance of
# being striped, checked, floral or dotted (the rare patterns: 31 of the 240 above), labelled the same
# way; they train the pattern twin, and its out-of-fold figures are reported per file, the random
# sample's apart (`training.photo_heads`).
PATTERN_LABELS = DEFAULT_LABELS.with_name("clothing_patterns.csv")
TRAINING_LABELS = (DEFAULT_LABELS, PATTERN_LABELS)


@dataclass(frozen=True)
class LabelledPhoto:
    """One real photo with the colour, neighbouring colour and pattern seen in it."""

    path: Path
    colour: str
    neighbour: str  # "" when the colour has no fair neighbour
    pattern: str

    def colour_ok(self, answered: str) -> bool:
        """The answered colour is the one seen, or its labelled neighbour."""
        return answered in (self.colour, self.neighbour)


def load_labels(labels: Path, images: Path) -> list[LabelledPhoto]:
    """Rows of `image,colour,neighbour,pattern` whose image `images/ID.jpg` exists; a label outside
    the vocabulary is an error, not a silent skip."""
    out = []
    with open(labels, newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            colour, neighbour, pattern = row["colour"], row.get("neighbour", "") or "", row["pattern"]
            for value, vocabulary in ((colour, COLOURS), (neighbour or colour, COLOURS), (pattern, PATTERNS)):
                if value not in vocabulary:
                    raise ValueError(f"{labels}:{line}: {value!r} is not in the vocabulary")
            path = images / f"{row['image']}.jpg"
            if path.exists():
                out.append(LabelledPhoto(path, colour, neighbour, pattern))
    return out


def score_attributes(photos: list[LabelledPhoto], answers: list[dict[str, Prediction]]) -> dict[str, object]:
    """What a shopper sees of the colour and pattern answers on labelled photos: the colour right
    (the seen one or its labelled neighbour), exactly right, how often the answer hedges between two
    colours (calibrated confidence below `LOW_CONFIDENCE`) and how often a hedge was needed (the
    first candidate wrong); pattern accuracy, macro-F1 and the per-class table."""
    colours = [a["colour"] for a in answers]
    patterns = [a["pattern"] for a in answers]
    ok = np.array([p.colour_ok(c.label) for p, c in zip(photos, colours, strict=True)])
    hedged = np.array([c.confidence < LOW_CONFIDENCE and len(c.top) > 1 for c in colours])
    either = np.array(
        [
            p.colour_ok(c.label) or (h and p.colour_ok(c.top[1][0]))
            for p, c, h in zip(photos, colours, hedged, strict=True)
        ]
    )
    labels = list(PATTERNS)
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[p.pattern] for p in photos])
    pred = np.array([index[a.label] for a in patterns])
    table = per_class(confusion(pred, y, len(labels)), labels)
    present = {label: row for label, row in table.items() if row["support"]}
    wrong = sorted((i for i in range(len(photos)) if not ok[i]), key=lambda i: -colours[i].confidence)
    return {
        "n": len(photos),
        "colour": {
            "right": float(ok.mean()),
            "exact": float(np.mean([p.colour == c.label for p, c in zip(photos, colours, strict=True)])),
            "hedged": float(hedged.mean()),
            "hedged_when_right": float(hedged[ok].mean()) if ok.any() else 0.0,
            "right_or_second_named": float(either.mean()),
        },
        "pattern": {
            "accuracy": float((pred == y).mean()),
            "macro_f1": float(np.mean([row["f1"] for row in present.values()])),
            "per_class": present,
        },
        "colour_failures": [
            {
                "image": str(photos[i].path),
                "true": photos[i].colour + (f" / {photos[i].neighbour}" if photos[i].neighbour else ""),
                "predicted": colours[i].label,
                "confidence": colours[i].confidence,
            }
            for i in wrong[:12]
        ],
    }


def evaluate_attributes(analyzer: Analyzer, labels: Path, images: Path, batch: int = 32) -> dict[str, object]:
    """The colour and pattern answers (`stylist analyze`'s `attributes`) on labelled real photos."""
    photos = load_labels(labels, images)
    answers: list[dict[str, Prediction]] = []
    for start in tqdm(range(0, len(photos), batch), desc="evaluate attributes", unit="batch"):
        chunk = [open_rgb(p.path) for p in photos[start : start + batch]]
        answers += [a.attributes for a in analyzer.analyze(chunk)]
    result: dict[str, object] = {"task": "attributes", "data": f"{labels} ({images})"}
    if labels.resolve() == DEFAULT_LABELS.resolve():
        result["note"] = (
            "the photo twin of the pattern head trained on these labels: its pattern figures are in-sample; "
            "`stylist train photo-heads` prints them out of fold"
        )
    return result | score_attributes(photos, answers)


def write_attributes_card(metrics: dict[str, object], out_dir: Path, command: str) -> Path:
    """metrics.json and a Markdown card with the most confident colour mistakes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    colour, pattern = metrics["colour"], metrics["pattern"]
    rows = "\n".join(
        f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        for label, m in pattern["per_class"].items()  # type: ignore[index]
    )
    failures = "\n".join(
        f"| {Path(str(f['image'])).name} | {f['true']} | {f['predicted']} | {float(f['confidence']):.2f} |"
        for f in metrics["colour_failures"]  # type: ignore[union-attr]
    )
    card = f"""# Model card: colour and pattern on real photos

- Data: {metrics["data"]}, n = {metrics["n"]}{f" ({metrics['note']})" if "note" in metrics else ""}
- Produced by: `{command}`
- Colour right (the seen colour or its labelled neighbour) **{colour["right"]:.3f}**, exactly \
{colour["exact"]:.3f}; the answer hedges between two colours for {colour["hedged"]:.3f} \
(right or its second candidate named: {colour["right_or_second_named"]:.3f})
- Pattern accuracy {pattern["accuracy"]:.3f}, **macro-F1 {pattern["macro_f1"]:.3f}** (classes present)

| pattern | precision | recall | F1 | support |
|---|---|---|---|---|
{rows}

## The most confident colour mistakes

| image | seen (/ neighbour) | answered | confidence |
|---|---|---|---|
{failures}
"""
    path = out_dir / "README.md"
    path.write_text(card, encoding="utf-8")
    return path
