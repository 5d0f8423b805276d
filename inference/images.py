"""Decoding untrusted image bytes safely, and the tensor transforms derived from a model config.

Every photo a user sends passes `decode_image`: it refuses what is not a still image of a sane size
before decoding pixels, honours EXIF orientation and converts any mode (CMYK, 16-bit, palette,
alpha) to 8-bit RGB.
"""

from __future__ import annotations

import io
import math
import warnings
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_ASPECT = 20  # longest side over shortest, as Telegram allows for photos: a strip is not a garment
MAX_SIDE = 2048  # the longest side kept once decoded (the model sees 224-512): memory stays bounded
ORIENTATION = 0x0112
TRANSPOSE = {  # EXIF orientation → the transpose that makes the picture upright
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
ALLOWED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO"})


class ImageRejected(ValueError):
    """The bytes are not an image Stylist can read; `reason` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def decode_image(data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Validate and decode image bytes into an upright 8-bit RGB PIL image."""
    if not data:
        raise ImageRejected("empty")
    if len(data) > max_bytes:
        raise ImageRejected("too_large", f"{len(data)} bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise ImageRejected("too_many_pixels", str(exc)) from exc
    except UnidentifiedImageError as exc:  # an image signature with garbage after it is a damaged image
        raise ImageRejected("corrupt" if _looks_like_image(data) else "not_an_image", str(exc)) from exc
    except OSError as exc:
        raise ImageRejected("corrupt", str(exc)) from exc
    if image.format not in ALLOWED_FORMATS:
        raise ImageRejected("not_an_image", f"format {image.format}")
    width, height = image.size
    if width * height > max_pixels:
        raise ImageRejected("too_many_pixels", f"{width}x{height}")
    if max(width, height) > MAX_ASPECT * max(min(width, height), 1):  # before a pixel is decoded
        raise ImageRejected("odd_shape", f"{width}x{height}")
    if getattr(image, "is_animated", False) and getattr(image, "n_frames", 1) > 1:
        raise ImageRejected("animated")
    if width < 8 or height < 8:
        raise ImageRejected("too_small", f"{width}x{height}")
    if image.format == "JPEG":  # decoded at 1/2, 1/4 or 1/8 scale straight away when that suffices
        image.draft(image.mode, (MAX_SIDE, MAX_SIDE))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            orientation = image.getexif().get(ORIENTATION, 1)  # (a PNG's is read by loading it)
            image.load()
    except (OSError, SyntaxError, ValueError) as exc:  # truncated or corrupt pixel data
        raise ImageRejected("corrupt", str(exc)) from exc
    image = shrink(image)
    if orientation in TRANSPOSE:
        image = image.transpose(TRANSPOSE[orientation])
    return to_rgb(image)


def shrink(image: Image.Image, max_side: int = MAX_SIDE) -> Image.Image:
    """The decoded image reduced by a whole factor until its longest side is at most `max_side`,
    before any conversion copies it (a 16-bit picture goes to 8-bit grey on the way)."""
    factor = math.ceil(max(image.size) / max_side)
    if image.mode.startswith("I;16"):
        array = np.asarray(image)[::factor, ::factor].astype(np.float32)
        return Image.fromarray(np.clip(array / 65535.0 * 255.0, 0, 255).astype(np.uint8), "L")
    if factor <= 1:
        return image
    if image.mode not in ("L", "LA", "I", "F", "RGB", "RGBA", "CMYK"):
        image = image.convert("RGBA" if image.mode in ("P", "PA") else "L")
    return image.reduce(factor)


def _looks_like_image(data: bytes) -> bool:
    return data.startswith((b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    )


def to_rgb(image: Image.Image) -> Image.Image:
    """Convert any PIL mode to 8-bit RGB; transparency is composited onto white."""
    if image.mode == "RGB":
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        array = np.asarray(image, dtype=np.float32)
        top = 65535.0 if image.mode.startswith("I;16") or array.max() > 255 else 255.0
        return Image.fromarray(np.clip(array / top * 255.0, 0, 255).astype(np.uint8)).convert("RGB")
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def to_tensor(
    images: list[Image.Image], size: int, mean: tuple[float, ...], std: tuple[float, ...]
) -> torch.Tensor:
    """Resize the shorter side of each image to `size`, take the centre square (where the garment
    is) and normalise into one (N, 3, size, size) float batch."""
    return stack_normalised([centre_crop(image, size) for image in images], mean, std)


def stack_normalised(
    images: list[Image.Image], mean: tuple[float, ...], std: tuple[float, ...]
) -> torch.Tensor:
    """Same-size RGB images as one normalised (N, 3, H, W) float batch."""
    batch = np.stack([np.asarray(image, dtype=np.uint8) for image in images])
    tensor = torch.from_numpy(batch).permute(0, 3, 1, 2).float().div_(255.0)
    mean_t = torch.tensor(mean).view(1, 3, 1, 1)
    std_t = torch.tensor(std).view(1, 3, 1, 1)
    return (tensor - mean_t) / std_t


def centre_crop(image: Image.Image, size: int) -> Image.Image:
    """Resize so the shorter side is `size`, then cut the centre size×size square."""
    image = to_rgb(image)
    scale = size / min(image.size)
    new = (max(size, round(image.width * scale)), max(size, round(image.height * scale)))
    resized = image.resize(new, Image.Resampling.BILINEAR, reducing_gap=3.0)
    left, top = (new[0] - size) // 2, (new[1] - size) // 2
    return resized.crop((left, top, left + size, top + size))


def fit_inside(size: tuple[int, int], canvas: tuple[int, int]) -> tuple[int, int, int, int, float]:
    """Where an image of `size` (width, height) lands when scaled to fit the canvas and centred:
    (left, top, width, height, scale)."""
    scale = min(canvas[0] / size[0], canvas[1] / size[1])
    width, height = max(1, round(size[0] * scale)), max(1, round(size[1] * scale))
    return (canvas[0] - width) // 2, (canvas[1] - height) // 2, width, height, scale


def letterbox(
    image: Image.Image, size: int | tuple[int, int], fill: tuple[int, int, int] = (255, 255, 255)
) -> Image.Image:
    """Fit the image inside a size×size square (or a (width, height) canvas) without cropping,
    padding the rest with `fill`."""
    image = to_rgb(image)
    canvas_size = (size, size) if isinstance(size, int) else size
    left, top, width, height, _ = fit_inside(image.size, canvas_size)
    resized = image.resize((width, height), Image.Resampling.BILINEAR, reducing_gap=3.0)
    canvas = Image.new("RGB", canvas_size, fill)
    canvas.paste(resized, (left, top))
    return canvas


def open_rgb(path: Path, flip: bool = False) -> Image.Image:
    """An image file as RGB (`to_rgb`), EXIF orientation applied, mirrored when `flip`."""
    with Image.open(path) as image:
        image = to_rgb(ImageOps.exif_transpose(image))
    return ImageOps.mirror(image) if flip else image
