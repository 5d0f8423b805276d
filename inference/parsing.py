"""Garment parsing: which pixels of a photo are a top, a bottom, shoes, a bag, ... so a photo of a
whole outfit can be answered item by item.

A small decoder (`ParsingHead`) reads the trunk's stage-3 (stride 8) and stage-4/5 (stride 16) maps
of a letterboxed photo and labels every pixel with one of `PARSING_CLASSES`. It is trained on the
Clothing Co-Parsing street photos (`training.parsing`), whose 58 labels are folded into the coarse
classes a shopper shops by (`vocabulary.street`). `items_from_probabilities` turns a parse into the
items worth answering (big enough, with their boxes).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

import numpy as np
import torch
from PIL import Image
from torch import nn

from vocabulary import GARMENT_CLASSES, OUTFIT_PERSON_SHARE, PARSING_LABELS, STREET_PIXELS

from .images import fit_inside, letterbox

IGNORE = 255  # letterbox padding in training masks

PARSE_SIZE = (224, 320)  # (width, height) of the letterboxed input: people are photographed upright
# An item smaller than this share of the photo is not worth an answer. In a full-length street photo
# shoes, a bag or a hat cover about 1% (the median of the CCP masks), a top or a bottom 3–9%.
MIN_ITEM_SHARE = {"shoes": 0.005, "bag": 0.005, "hat": 0.005}
MIN_GARMENT_SHARE = 0.02


def ccp_lookup(label_names: list[str]) -> np.ndarray:
    """A 256-entry table from CCP mask values (indices into label_names) to coarse class ids."""
    table = np.zeros(256, dtype=np.uint8)
    for value, name in enumerate(label_names):
        table[value] = PARSING_LABELS.index(STREET_PIXELS.get(name, "background"))
    return table


@dataclass(frozen=True)
class Letterbox:
    """Where a photo sits inside the letterboxed parsing input (pixels of that input)."""

    left: int
    top: int
    width: int
    height: int
    scale: float  # input pixels per photo pixel

    def on_map(self, width: int) -> Letterbox:
        """The same place on a label or probability map `width` cells wide (the input, or a coarser
        map of it)."""
        f = width / PARSE_SIZE[0]
        return Letterbox(
            round(self.left * f),
            round(self.top * f),
            max(1, round(self.width * f)),
            max(1, round(self.height * f)),
            self.scale * f,
        )


def letterbox_geometry(size: tuple[int, int], canvas: tuple[int, int] = PARSE_SIZE) -> Letterbox:
    return Letterbox(*fit_inside(size, canvas))


def letterbox_image(
    image: Image.Image, canvas: tuple[int, int] = PARSE_SIZE
) -> tuple[Image.Image, Letterbox]:
    """The whole photo, scaled to fit the canvas and centred on grey (the ImageNet mean)."""
    return letterbox(image, canvas, fill=(124, 116, 104)), letterbox_geometry(image.size, canvas)


def letterbox_mask(mask: np.ndarray, canvas: tuple[int, int] = PARSE_SIZE) -> np.ndarray:
    """A class-id mask letterboxed like its photo (nearest neighbour), padding = IGNORE."""
    box = letterbox_geometry((mask.shape[1], mask.shape[0]), canvas)
    resized = Image.fromarray(mask).resize((box.width, box.height), Image.Resampling.NEAREST)
    out = np.full((canvas[1], canvas[0]), IGNORE, dtype=np.uint8)
    out[box.top : box.top + box.height, box.left : box.left + box.width] = np.asarray(resized)
    return out


def _conv(cin: int, cout: int, kernel: int = 1) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, kernel, padding=kernel // 2, bias=False), nn.BatchNorm2d(cout), nn.ReLU()
    )


class ParsingHead(nn.Module):
    """A light FPN-style decoder: stride-16 semantics upsampled onto stride-8 detail; logits at
    stride 8 (upsample them to the input size)."""

    def __init__(
        self, fine: int = 40, coarse: int = 192, width: int = 96, n_classes: int = len(PARSING_LABELS)
    ):
        super().__init__()
        self.coarse = _conv(coarse, width)
        self.fine = _conv(fine, width // 2)
        self.fuse = nn.Sequential(_conv(width + width // 2, width, 3), _conv(width, width, 3))
        self.classify = nn.Sequential(nn.Dropout2d(0.1), nn.Conv2d(width, n_classes, 1))

    def forward(self, fine: torch.Tensor, coarse: torch.Tensor) -> torch.Tensor:
        up = nn.functional.interpolate(
            self.coarse(coarse), size=fine.shape[-2:], mode="bilinear", align_corners=False
        )
        return self.classify(self.fuse(torch.cat([up, self.fine(fine)], dim=1)))


def parsing_inputs(taps: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """The decoder's inputs from the trunk's taps (stages 2–5): stage 3, and stages 4 and 5 stacked."""
    return taps[1], torch.cat([taps[2], taps[3]], dim=1)


class OutfitGate(nn.Module):
    """Could this photo show someone wearing an outfit? A logistic regression on the pooled features
    that every photo gets anyway: below `threshold` the photo is a single garment and the parse (a
    second trunk forward) is skipped (`training.outfit_gate`)."""

    def __init__(self, feature_dim: int = 1280) -> None:
        super().__init__()
        self.register_buffer("feature_mean", torch.zeros(feature_dim))
        self.register_buffer("feature_std", torch.ones(feature_dim))
        self.register_buffer("threshold", torch.tensor(0.05))
        self.linear = nn.Linear(feature_dim, 1)

    def logits(self, pooled: torch.Tensor) -> torch.Tensor:
        """The log-odds that each photo shows an outfit, (N,)."""
        return self.linear((pooled.float() - self.feature_mean) / self.feature_std).squeeze(1)

    def forward(self, pooled: torch.Tensor) -> torch.Tensor:
        """The probability that each photo shows an outfit, (N,)."""
        return torch.sigmoid(self.logits(pooled))


@dataclass(frozen=True)
class ParsedItem:
    """One garment or accessory found in a photo: its class, the mean probability of that class over
    its pixels, its share of the photo and its bounding box in the photo's own pixels (left, top,
    right, bottom)."""

    label: str
    confidence: float
    share: float
    box: tuple[int, int, int, int]


@dataclass
class Parse:
    """Garment parsing of one photo: class probabilities over the letterboxed input, where the photo
    sits in it, the items found and whether it is a photo of someone wearing an outfit."""

    probs: np.ndarray  # (classes, H, W) over the letterboxed input, PARSING_LABELS
    box: Letterbox  # where the photo sits in the input (Letterbox.on_map for a coarser map)
    items: list[ParsedItem]
    outfit: bool


def min_share(label: str) -> float:
    return MIN_ITEM_SHARE.get(label, MIN_GARMENT_SHARE)


def spread_box(xs: np.ndarray, ys: np.ndarray) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) spanning the 1st–99th percentile of a region's pixel coordinates,
    so stray pixels elsewhere in the photo do not stretch it (right and bottom exclusive)."""
    x0, x1 = np.percentile(xs, [1, 99])
    y0, y1 = np.percentile(ys, [1, 99])
    return float(x0), float(y0), float(x1) + 1, float(y1) + 1


def _inside(probs: np.ndarray, box: Letterbox) -> tuple[np.ndarray, Letterbox]:
    """The probabilities over the photo itself (letterbox padding cut off) and its box on that map."""
    box = box.on_map(probs.shape[2])
    return probs[:, box.top : box.top + box.height, box.left : box.left + box.width], box


def items_from_probabilities(
    probs: np.ndarray, box: Letterbox, photo_size: tuple[int, int]
) -> list[ParsedItem]:
    """Garment items of a (classes, H, W) probability map over the letterboxed input (at its size or
    coarser), biggest first, boxes (`spread_box`) in photo pixels."""
    inside, box = _inside(probs, box)
    labels = inside.argmax(0)
    items = []
    for name in GARMENT_CLASSES:
        c = PARSING_LABELS.index(name)
        ys, xs = np.nonzero(labels == c)
        share = len(ys) / labels.size
        if share < min_share(name):
            continue
        x0, y0, x1, y1 = (v / box.scale for v in spread_box(xs, ys))
        photo_box = (
            max(0, int(x0)),
            max(0, int(y0)),
            min(photo_size[0], ceil(x1)),
            min(photo_size[1], ceil(y1)),
        )
        confidence = float(inside[c][ys, xs].mean())
        items.append(ParsedItem(name, confidence, float(share), photo_box))
    return sorted(items, key=lambda item: -item.share)


def is_outfit(probs: np.ndarray, box: Letterbox, items: list[ParsedItem]) -> bool:
    """A photo of someone wearing an outfit: skin or hair on 2% of it (a tenth of the street photos show
    less) and at least two garments, shoes included."""
    inside, _ = _inside(probs, box)
    person = float((inside.argmax(0) == PARSING_LABELS.index("person")).mean())
    worn = [item for item in items if item.label not in ("bag", "hat")]
    return person >= OUTFIT_PERSON_SHARE and len(worn) >= 2


def margin_box(
    box: tuple[int, int, int, int], size: tuple[int, int], margin: float = 0.08
) -> tuple[int, int, int, int]:
    """The item's box grown by `margin` of its size on every side (within a photo of `size`)."""
    left, top, right, bottom = box
    dx, dy = (right - left) * margin, (bottom - top) * margin
    return (
        max(0, int(left - dx)),
        max(0, int(top - dy)),
        min(size[0], int(right + dx)),
        min(size[1], int(bottom + dy)),
    )


def crop_with_margin(image: Image.Image, box: tuple[int, int, int, int], margin: float = 0.08) -> Image.Image:
    """The item cut out of its photo with a margin (`margin_box`)."""
    return image.crop(margin_box(box, image.size, margin))


def item_mask(probs: np.ndarray, box: Letterbox, label: str, region: tuple[int, int, int, int]) -> np.ndarray:
    """The garment's own pixels within its crop: over `region` of the photo (left, top, right,
    bottom in photo pixels), the cells of a (classes, H, W) parse labelled the item's class, weighted
    by how sure the parse is of them (0 elsewhere)."""
    inside, on_map = _inside(probs, box)
    left, top, right, bottom = (round(v * on_map.scale) for v in region)
    window = inside[:, top : max(top + 1, bottom), left : max(left + 1, right)]
    c = PARSING_LABELS.index(label)
    return np.where(window.argmax(0) == c, window[c], 0.0).astype(np.float32)
