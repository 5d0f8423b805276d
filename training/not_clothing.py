"""Photos with no garment in them, built offline: what a stylist must answer "I don't see
clothing" to.

No such data set is installed, so the set is made from what is here:
- street backgrounds: Clothing Co-Parsing photos cut to the largest windows without a person or a
  garment in them (by their masks) — real streets, walls, floors;
- synthetic scenes: pages of text, landscapes (sky, hills, water), empty rooms (a wall, a floor and
  a window), plates of food, flat textures and gradients;
- the images shipped inside installed packages (matplotlib's sample data, minus its one portrait).
Each image has a `group` (its source photo or generator seed), so training and held-out images never
share one.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .parsing import ccp_label_names, load_street_photos, raw_mask

WORDS = (
    "invoice",
    "total",
    "amount",
    "date",
    "order",
    "shipping",
    "address",
    "receipt",
    "meeting",
    "notes",
    "chapter",
    "the",
    "of",
    "and",
    "to",
    "in",
    "summary",
    "report",
    "budget",
    "table",
    "figure",
    "results",
    "method",
    "analysis",
    "page",
    "section",
    "quarterly",
    "revenue",
)


@dataclass(frozen=True)
class Scene:
    image: Image.Image
    kind: str  # street-background, text, landscape, room, food, texture, package
    group: str


def _colour(rng: random.Random, low: int = 0, high: int = 255) -> tuple[int, int, int]:
    return (rng.randint(low, high), rng.randint(low, high), rng.randint(low, high))


def text_page(rng: random.Random, size: tuple[int, int] = (300, 400)) -> Image.Image:
    paper = _colour(rng, 220, 255)
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    y = rng.randint(8, 30)
    while y < size[1] - 12:
        x = rng.randint(8, 24)
        while x < size[0] - 30:
            word = rng.choice(WORDS)
            draw.text((x, y), word, fill=_colour(rng, 0, 60))
            x += 7 * len(word) + rng.randint(4, 10)
        y += rng.randint(12, 20)
    return image.rotate(rng.uniform(-4, 4), fillcolor=paper)


def landscape(rng: random.Random, size: tuple[int, int] = (400, 300)) -> Image.Image:
    w, h = size
    sky = np.linspace(np.array(_colour(rng, 90, 200)), np.array(_colour(rng, 180, 255)), h)
    image = Image.fromarray(np.repeat(sky[:, None, :], w, axis=1).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for layer in range(rng.randint(1, 3)):
        base = int(h * rng.uniform(0.45, 0.8))
        points = [(0, h)] + [(x, base - rng.randint(0, 60)) for x in range(0, w + 40, 40)] + [(w, h)]
        draw.polygon(points, fill=_colour(rng, 20 + 30 * layer, 120 + 30 * layer))
    if rng.random() < 0.5:
        draw.ellipse((w * 0.7, h * 0.1, w * 0.7 + 40, h * 0.1 + 40), fill=(250, 240, 200))
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0, 1.5)))


def room(rng: random.Random, size: tuple[int, int] = (400, 300)) -> Image.Image:
    w, h = size
    image = Image.new("RGB", size, _colour(rng, 150, 240))
    draw = ImageDraw.Draw(image)
    horizon = int(h * rng.uniform(0.55, 0.75))
    draw.polygon([(0, h), (w, h), (w * 0.8, horizon), (w * 0.2, horizon)], fill=_colour(rng, 80, 200))
    x0 = rng.randint(20, w // 2)
    draw.rectangle((x0, h * 0.15, x0 + w * 0.25, horizon * 0.75), fill=_colour(rng, 170, 255))
    if rng.random() < 0.6:  # a table or a sofa
        y = horizon + rng.randint(-30, 10)
        draw.rectangle((w * 0.5, y, w * 0.9, y + 40), fill=_colour(rng, 40, 160))
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.2)))


def food(rng: random.Random, size: tuple[int, int] = (320, 320)) -> Image.Image:
    image = Image.new("RGB", size, _colour(rng, 60, 200))
    draw = ImageDraw.Draw(image)
    c, r = size[0] / 2, size[0] * rng.uniform(0.3, 0.45)
    draw.ellipse((c - r, c - r, c + r, c + r), fill=_colour(rng, 225, 255))
    for _ in range(rng.randint(4, 12)):
        x, y, s = c + rng.uniform(-r, r) * 0.6, c + rng.uniform(-r, r) * 0.6, rng.uniform(10, 40)
        draw.ellipse((x - s, y - s * 0.7, x + s, y + s * 0.7), fill=_colour(rng, 30, 230))
    return image.filter(ImageFilter.GaussianBlur(1.0))


def texture(rng: random.Random, size: tuple[int, int] = (300, 300)) -> Image.Image:
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(5, 60), (*size[::-1], 3))
    base = np.array(_colour(rng, 40, 220), dtype=np.float32)
    image = Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0, 3)))


SYNTHETIC = {"text": text_page, "landscape": landscape, "room": room, "food": food, "texture": texture}


def synthetic_scenes(per_kind: int, seed: int = 0) -> Iterator[Scene]:
    for kind, draw in SYNTHETIC.items():
        for i in range(per_kind):
            rng = random.Random(f"{seed}:{kind}:{i}")
            yield Scene(draw(rng), kind, f"{kind}:{i}")


def street_backgrounds(root: Path | None = None, limit: int | None = None) -> Iterator[Scene]:
    """The largest window of each street photo with nothing of a person in it (under 1% of it)."""
    photos, _ = load_street_photos(root)
    names = ccp_label_names(root)
    background = {i for i, name in enumerate(names) if name in ("null", "background", "")}
    for photo in photos[:limit]:
        mask = raw_mask(photo)
        empty = np.isin(mask, list(background))
        window = _empty_window(empty)
        if window is None:
            continue
        with Image.open(photo.photo) as image:
            yield Scene(image.convert("RGB").crop(window), "street-background", f"street:{photo.id}")


def _empty_window(empty: np.ndarray, min_side: int = 96) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the largest of a few candidate windows that is ≥ 99% empty."""
    h, w = empty.shape
    best, best_area = None, 0
    for fw in (0.35, 0.5):
        for fh in (0.3, 0.45, 0.6):
            ww, hh = int(w * fw), int(h * fh)
            if min(ww, hh) < min_side:
                continue
            for left in (0, w - ww):
                for top in range(0, h - hh + 1, max(1, (h - hh) // 4 or 1)):
                    if empty[top : top + hh, left : left + ww].mean() >= 0.99 and ww * hh > best_area:
                        best, best_area = (left, top, left + ww, top + hh), ww * hh
    return best


def package_images() -> Iterator[Scene]:
    """Pictures installed with matplotlib that show no clothing (its portrait excluded)."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "sample_data"
    for path in sorted(folder.glob("*")):
        if path.suffix.lower() in (".png", ".jpg") and "hopper" not in path.name:
            with Image.open(path) as image:
                yield Scene(image.convert("RGB"), "package", f"package:{path.name}")


def not_clothing(per_kind: int = 120, streets: int | None = None, root: Path | None = None) -> list[Scene]:
    """The whole set: street backgrounds, synthetic scenes and package pictures."""
    return [*street_backgrounds(root, streets), *synthetic_scenes(per_kind), *package_images()]
