"""Safe decoding of untrusted image bytes."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from inference.images import ImageRejected, decode_image, letterbox, to_tensor
from tests.conftest import encode


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise for display
    data = encode(image, "JPEG", exif=exif)
    assert decode_image(data).size == (20, 40)


@pytest.mark.parametrize("mode", ["CMYK", "I;16", "RGBA", "LA", "P", "L", "1"])
def test_any_mode_becomes_rgb(mode: str) -> None:
    image = Image.new(mode, (32, 32))
    fmt = "JPEG" if mode == "CMYK" else "PNG"
    decoded = decode_image(encode(image, fmt))
    assert decoded.mode == "RGB" and decoded.size == (32, 32)


def test_transparent_pixels_become_white() -> None:
    decoded = decode_image(encode(Image.new("RGBA", (16, 16), (255, 0, 0, 0))))
    assert decoded.getpixel((0, 0)) == (255, 255, 255)


def test_sixteen_bit_is_scaled_not_clipped() -> None:
    decoded = decode_image(encode(Image.new("I;16", (16, 16), 32768)))
    assert 120 <= decoded.getpixel((0, 0))[0] <= 135


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"hello world", "not_an_image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "corrupt"),
        (b"%PDF-1.4 not an image", "not_an_image"),
    ],
)
def test_rejections(data: bytes, reason: str) -> None:
    with pytest.raises(ImageRejected) as info:
        decode_image(data)
    assert info.value.reason == reason


def test_limits() -> None:
    with pytest.raises(ImageRejected, match="too_large"):
        decode_image(b"\xff" * 101, max_bytes=100)
    with pytest.raises(ImageRejected, match="too_many_pixels"):
        decode_image(encode(Image.new("L", (8000, 6000)), "PNG"))
    with pytest.raises(ImageRejected, match="too_small"):
        decode_image(encode(Image.new("RGB", (4, 4))))


def test_a_strip_is_refused_before_its_pixels_are_decoded() -> None:
    """8 x 100,000 px compresses to a few kB but would cost gigabytes once scaled for the model."""
    data = encode(Image.new("RGB", (8, 100_000)), "PNG")
    with pytest.raises(ImageRejected, match="odd_shape"):
        decode_image(data)
    assert decode_image(encode(Image.new("RGB", (40, 800)))).size == (40, 800)  # 1:20 still passes


def test_truncated_is_corrupt() -> None:
    data = encode(Image.effect_noise((256, 256), 50).convert("RGB"), "JPEG")
    with pytest.raises(ImageRejected, match="corrupt"):
        decode_image(data[: len(data) // 2])


def test_letterbox_keeps_whole_image() -> None:
    boxed = letterbox(Image.new("RGB", (100, 50), "black"), 64)
    assert boxed.size == (64, 64)
    assert boxed.getpixel((32, 2)) == (255, 255, 255) and boxed.getpixel((32, 32)) == (0, 0, 0)
    batch = to_tensor([boxed, boxed], 32, (0.5, 0.5, 0.5), (0.5, 0.5, 0.5))
    assert batch.shape == (2, 3, 32, 32) and float(batch.max()) == pytest.approx(1.0)


def test_animated_rejected() -> None:
    frames = [Image.new("RGB", (20, 20), c) for c in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:])
    with pytest.raises(ImageRejected, match="animated"):
        decode_image(out.getvalue())


@pytest.mark.parametrize(
    ("mode", "size", "fmt"),
    [("I;16", (6000, 6000), "PNG"), ("RGB", (4000, 3000), "JPEG"), ("P", (5000, 1000), "PNG")],
)
def test_big_pictures_are_reduced_before_they_are_converted(
    mode: str, size: tuple[int, int], fmt: str
) -> None:
    """Memory is bounded by the reduced picture: the longest side is at most MAX_SIDE, the shape kept."""
    from inference.images import MAX_SIDE

    image = decode_image(encode(Image.new(mode, size, 200 if mode != "RGB" else (200, 10, 10)), fmt))
    assert image.mode == "RGB" and max(image.size) <= MAX_SIDE
    assert abs(image.size[0] / image.size[1] - size[0] / size[1]) < 0.02
