"""One collage picture: the user's garment first, then the numbered picks, slot by slot."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

TILE = 256
BORDER = 8


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # very old Pillow
        return ImageFont.load_default()


def _tile(image: Image.Image) -> Image.Image:
    """The picture fitted inside a tile without cropping, on white."""
    return ImageOps.pad(image.convert("RGB"), (TILE, TILE), Image.Resampling.BILINEAR, color="white")


def _open(path: str, pictures: dict[str, bytes]) -> Image.Image | None:
    """A product's picture: fetched bytes for a shop's URL, else a local file; None when unreadable."""
    try:
        source = io.BytesIO(pictures[path]) if path in pictures else Path(path)
        with Image.open(source) as image:
            return image.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def make_collage(
    user_image: Image.Image | None,
    rows: list[list[str]],
    columns: int = 3,
    pictures: dict[str, bytes] | None = None,
) -> bytes:
    """A JPEG with the user's image on the left and numbered tiles, each slot starting a row of its
    own and wrapping after `columns` tiles, so every item listed is pictured."""
    rows = [paths[i : i + columns] for paths in rows for i in range(0, max(1, len(paths)), columns)]
    n_rows = max(1, len(rows))
    left = TILE + 2 * BORDER if user_image is not None else 0
    width = left + columns * (TILE + BORDER) + BORDER
    height = n_rows * (TILE + BORDER) + BORDER
    canvas = Image.new("RGB", (width, max(height, TILE + 2 * BORDER)), "white")
    draw = ImageDraw.Draw(canvas)
    font = _font(28)
    if user_image is not None:
        canvas.paste(_tile(user_image), (BORDER, BORDER))
        draw.rectangle((BORDER, BORDER, BORDER + TILE - 1, BORDER + TILE - 1), outline=(40, 40, 40), width=3)
    number = 1
    for r, paths in enumerate(rows):
        for c, path in enumerate(paths):
            x, y = left + BORDER + c * (TILE + BORDER), BORDER + r * (TILE + BORDER)
            picture = _open(path, pictures or {}) or Image.new("RGB", (TILE, TILE), (235, 235, 235))
            canvas.paste(_tile(picture), (x, y))  # blank when unreadable
            draw.rectangle((x, y, x + 40, y + 38), fill=(20, 20, 20))
            draw.text((x + 8, y + 3), str(number), fill="white", font=font)
            number += 1
    out = io.BytesIO()
    canvas.save(out, format="JPEG", quality=88)
    return out.getvalue()


def full_picture(path: str, pictures: dict[str, bytes], longest: int = 1280) -> bytes | None:
    """One product's own picture as a JPEG of at most `longest` pixels a side (Telegram's photo size),
    not cropped: "show me bigger pictures" sends these instead of the collage's small tiles; None when
    it cannot be had (a shop's picture not fetched, a file unreadable) — no blank tile, bigger."""
    if (opened := _open(path, pictures)) is None:
        return None
    image = ImageOps.contain(opened, (longest, longest), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()
