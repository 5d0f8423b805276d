"""The user's own photo again, for the collage: decoded safely and cut to a garment's box."""

from __future__ import annotations

import logging

from PIL import Image

from inference import ImageRejected, decode_image
from inference.images import MAX_BYTES
from inference.parsing import crop_with_margin

__all__ = ["MAX_BYTES", "garment_picture"]

log = logging.getLogger(__name__)


def garment_picture(data: bytes, box: list[int] | None = None) -> Image.Image | None:
    """The photo, cut to the garment's box for a garment of an outfit photo (None if unreadable)."""
    try:
        image = decode_image(data)
    except ImageRejected as exc:
        log.info("no user image for the collage: %s", exc.reason)
        return None
    return crop_with_margin(image, (box[0], box[1], box[2], box[3])) if box and len(box) == 4 else image
