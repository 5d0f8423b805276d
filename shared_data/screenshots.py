"""Shop screenshots, synthesised: a product shot as a shopping app shows it on a phone — a status
bar, an app bar with a search field, the picture on white, the name, a price with a discount, stars
and a buy button — so that the category a photo gets can be measured on what people screenshot
from shops, not only on clean product shots. Deterministic per seed."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 360, 640  # a phone screen at half resolution
BRANDS = [(3, 199, 90), (255, 90, 0), (30, 30, 30), (230, 0, 60), (0, 110, 255), (120, 60, 220)]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # an older Pillow: one size
        return ImageFont.load_default()


def shop_screenshot(shot: Image.Image, name: str, seed: int = 0) -> Image.Image:
    """`shot` (a product on white) inside a shopping app's product page, as a phone captures it."""
    rng = random.Random(seed)
    brand = rng.choice(BRANDS)
    canvas = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(canvas)
    dark_bar = rng.random() < 0.5
    draw.rectangle((0, 0, WIDTH, 22), fill=(20, 20, 20) if dark_bar else (250, 250, 250))
    ink = "white" if dark_bar else "black"
    draw.text((10, 4), f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", fill=ink, font=_font(13))
    draw.rectangle((WIDTH - 34, 7, WIDTH - 12, 15), outline=ink)
    top = 22
    if rng.random() < 0.6:  # a coloured app bar with a search field
        draw.rectangle((0, top, WIDTH, top + 48), fill=brand)
        draw.rounded_rectangle((44, top + 9, WIDTH - 44, top + 39), 14, fill="white")
        draw.text(
            (58, top + 16),
            rng.choice(["Search", "Search in the shop", "Find products"]),
            fill=(150, 150, 150),
            font=_font(13),
        )
    else:  # a white one with a back arrow and icons
        draw.line((0, top + 48, WIDTH, top + 48), fill=(225, 225, 225))
        draw.text((12, top + 14), "<", fill="black", font=_font(18))
        for x in (WIDTH - 70, WIDTH - 36):
            draw.rectangle((x, top + 16, x + 18, top + 32), outline=(60, 60, 60), width=2)
    top += 48
    share = rng.uniform(0.72, 1.0)
    size = (round(WIDTH * share), round(WIDTH * share * shot.height / max(shot.width, 1)))
    picture = shot.convert("RGB").resize(size, Image.Resampling.BICUBIC)
    limit = HEIGHT - top - 190
    if picture.height > limit:
        picture = picture.resize(
            (round(picture.width * limit / picture.height), limit), Image.Resampling.BICUBIC
        )
    canvas.paste(picture, ((WIDTH - picture.width) // 2, top + 8))
    y = top + 16 + picture.height
    draw.text((14, y), name[:44], fill=(40, 40, 40), font=_font(14))
    y += 24
    discount = rng.choice([10, 15, 20, 30, 40, 50])
    price = rng.randrange(9_900, 199_000, 1_000)
    draw.text((14, y), f"{discount}%", fill=(235, 40, 40), font=_font(18))
    draw.text((62, y), f"KRW {price:,}", fill="black", font=_font(18))
    y += 28
    draw.text(
        (14, y),
        f"{rng.uniform(3.5, 5):.1f} ({rng.randint(3, 9999):,} reviews)",
        fill=(255, 150, 0),
        font=_font(12),
    )
    draw.rectangle((0, HEIGHT - 56, WIDTH, HEIGHT), fill=(248, 248, 248))
    draw.rounded_rectangle((70, HEIGHT - 48, WIDTH - 12, HEIGHT - 8), 8, fill=brand)
    draw.text(
        (WIDTH // 2, HEIGHT - 36),
        rng.choice(["Buy now", "BUY", "Add to cart"]),
        fill="white",
        font=_font(15),
    )
    draw.ellipse((20, HEIGHT - 40, 44, HEIGHT - 16), outline=(80, 80, 80), width=2)  # the wish button
    return canvas
