"""The user's own photo again, for the collage: decoded safely and cut to a garment's box."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
from PIL import Image

from inference import ImageRejected, decode_image
from inference.images import MAX_BYTES
from inference.parsing import crop_with_margin

__all__ = ["MAX_BYTES", "fetch_pictures", "garment_picture"]

log = logging.getLogger(__name__)


def garment_picture(data: bytes, box: list[int] | None = None) -> Image.Image | None:
    """The photo, cut to the garment's box for a garment of an outfit photo (None if unreadable)."""
    try:
        image = decode_image(data)
    except ImageRejected as exc:
        log.info("no user image for the collage: %s", exc.reason)
        return None
    return crop_with_margin(image, (box[0], box[1], box[2], box[3])) if box and len(box) == 4 else image


async def fetch_pictures(
    http: aiohttp.ClientSession, urls: list[str], timeout_s: float = 3.0, max_bytes: int = 5 * 1024 * 1024
) -> dict[str, bytes]:
    """The pictures of shop products (http(s) URLs) for the collage, fetched together within one
    deadline; what fails or is not an image is simply missing (its tile shows a blank)."""

    async def one(url: str) -> tuple[str, bytes | None]:
        try:
            async with http.get(url, timeout=aiohttp.ClientTimeout(total=timeout_s)) as response:
                if response.status != 200 or not response.content_type.startswith("image/"):
                    return url, None
                data = await response.content.read(max_bytes + 1)
                return url, data if len(data) <= max_bytes else None
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.info("no picture for the collage from %s: %s", url, type(exc).__name__)
            return url, None

    wanted = sorted({u for u in urls if u.startswith(("http://", "https://"))})
    try:
        async with asyncio.timeout(timeout_s + 0.5):
            found = await asyncio.gather(*(one(u) for u in wanted))
    except TimeoutError:
        return {}
    return {url: data for url, data in found if data}
