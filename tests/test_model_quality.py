"""The shipped checkpoint, run through the real Analyzer path, on small held-out samples: a guard
against train/inference mismatches (preprocessing, feature caches, label order), not the benchmark
(`stylist evaluate TASK` reports the real numbers on the full held-out splits)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from inference import Analyzer
from inference.images import open_rgb
from shared_data import is_held_out_product, load_photos, load_products, split_photos
from tests.conftest import DATA


def test_category_on_held_out_senders(analyzer: Analyzer) -> None:
    _, val = split_photos(load_photos())
    sample = val[::8][:72]
    analyses = analyzer.analyze([open_rgb(p.path) for p in sample])
    accuracy = np.mean([a.category.label == p.category for a, p in zip(analyses, sample, strict=True)])
    assert accuracy > 0.6


def test_product_heads_on_held_out_products(analyzer: Analyzer) -> None:
    products = [p for p in load_products(limit=4000) if is_held_out_product(p.id) and p.usage and p.colour][
        :150
    ]
    analyses = analyzer.analyze([open_rgb(p.path) for p in products])
    usage = np.mean([a.style.label == p.usage for a, p in zip(analyses, products, strict=True)])
    colour = np.mean(
        [a.attributes["colour"].label == p.colour for a, p in zip(analyses, products, strict=True)]
    )
    assert usage > 0.55 and colour > 0.5  # a broken pipeline scores far below (chance is 0.2 and 0.06)


def test_gender_head_on_held_out_products(analyzer: Analyzer) -> None:
    """The gender head (`training/shot_heads.py`) on held-out men's and women's tees and shirts, as
    shots: what the answer's gender leans on for products (a swapped label order scores near 0)."""
    products = [
        p
        for p in load_products(limit=4000)
        if is_held_out_product(p.id) and p.gender in ("men", "women") and p.category in ("t-shirt", "shirt")
    ][:80]
    analyses = analyzer.analyze([open_rgb(p.path) for p in products])
    assert all(a.gender is not None and a.real_photo is not None for a in analyses)
    assert np.mean([a.real_photo < 0.5 for a in analyses]) > 0.9  # type: ignore[operator]  # shots, per the gate
    right = np.mean([a.gender.label == p.gender for a, p in zip(analyses, products, strict=True)])  # type: ignore[union-attr]
    assert right > 0.8


def test_embedding_finds_the_same_article_type(analyzer: Analyzer) -> None:
    """Held-out products against a small gallery, embedded as the catalogue build does."""
    products = [p for p in load_products(limit=3000) if p.category]
    gallery = [p for p in products if not is_held_out_product(p.id)][:600]
    queries = [p for p in products if is_held_out_product(p.id)][:60]
    size = analyzer.config.catalog_input_size
    _, g = analyzer.embed([open_rgb(p.path) for p in gallery], size)
    _, q = analyzer.embed([open_rgb(p.path) for p in queries], size)
    assert g.shape == (len(gallery), analyzer.config.index_dim)
    assert np.allclose(np.linalg.norm(g, axis=1), 1.0, atol=1e-3)
    top = np.argsort(-(q @ g.T), axis=1)[:, :5]
    types = np.array([p.article_type for p in gallery])
    precision = np.mean([np.mean(types[row] == p.article_type) for row, p in zip(top, queries, strict=True)])
    assert precision > 0.6  # a broken embedding (wrong weights, colour stats, sizes) lands far below
    photo = open_rgb(queries[0].path)
    assert np.allclose(analyzer.analyze([photo])[0].embedding, analyzer.embed([photo])[1][0], atol=1e-4)


def test_category_is_measured_on_shots_and_shop_screenshots(analyzer: Analyzer, tmp_path: Path) -> None:
    """`stylist evaluate category --data DIR` on a folder in the products' format: both domains, the
    screenshot a phone-sized page holding the shot (not the shot itself)."""
    import csv

    from shared_data.screenshots import HEIGHT, WIDTH, shop_screenshot
    from training.evaluate import evaluate_category_products

    source = DATA / "products"
    with open(source / "styles.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["articleType"] == "Tshirts"][:4]
    (tmp_path / "images").mkdir()
    with open(tmp_path / "styles.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            (tmp_path / "images" / f"{row['id']}.jpg").symlink_to(source / "images" / f"{row['id']}.jpg")
    shot = Image.open(source / "images" / f"{rows[0]['id']}.jpg")
    page = shop_screenshot(shot, rows[0]["productDisplayName"], seed=1)
    assert page.size == (WIDTH, HEIGHT) and page.getpixel((WIDTH // 2, HEIGHT - 30)) != (255, 255, 255)
    assert shop_screenshot(shot, "x", seed=1).tobytes() == shop_screenshot(shot, "x", seed=1).tobytes()
    metrics = evaluate_category_products(analyzer, tmp_path)
    domains = metrics["domains"]
    assert set(domains) == {"product_shots", "shop_screenshots"}  # type: ignore[arg-type]
    for figures in domains.values():  # type: ignore[union-attr]
        assert figures["n"] == 4 and 0.0 <= figures["accuracy"] <= figures["top3_accuracy"] <= 1.0


def test_the_ten_label_figure_answers_the_likeliest_of_the_ten() -> None:
    """Photos of the other classes are left out; an answer outside the ten counts by its likeliest
    of the ten among its top three (a polo answered for a T-shirt, T-shirt second, is right)."""
    from training.evaluate import _ten_label_accuracy

    truth = ["t-shirt", "polo", "dress", "shoes"]
    tops = [
        [("polo", 0.6), ("t-shirt", 0.3), ("shirt", 0.1)],
        [("polo", 0.9), ("t-shirt", 0.1), ("top", 0.0)],  # not one of the ten: not counted
        [("skirt", 0.5), ("dress", 0.4), ("top", 0.1)],
        [("blouse", 0.5), ("top", 0.3), ("body", 0.2)],  # none of the ten in its top three: wrong
    ]
    assert _ten_label_accuracy(truth, tops) == 1 / 3
    assert _ten_label_accuracy(["polo"], [[("polo", 1.0)]]) is None
