"""The analyzer: one backbone forward per photo, every head reading the same features."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch import nn

from vocabulary import PARSED_CATEGORIES

from .analysis import Analysis, GarmentItem, Prediction
from .backbones import create_backbone
from .colour import colour_features_batch
from .config import DEFAULT_CHECKPOINT, ModelConfig
from .foreground import garment_mask
from .heads import Heads, load_checkpoint
from .images import stack_normalised, to_tensor
from .lite_split import CategoryNet, EmbeddingNet, LiteTail, load_half, trunk_and_tail
from .parsing import (
    PARSE_SIZE,
    OutfitGate,
    Parse,
    ParsedItem,
    ParsingHead,
    is_outfit,
    item_mask,
    items_from_probabilities,
    letterbox_image,
    margin_box,
    parsing_inputs,
)

log = logging.getLogger(__name__)


@dataclass
class Forward:
    """What one backbone forward gives the heads (None where nothing asked for it)."""

    pooled: torch.Tensor = field(default_factory=lambda: torch.zeros(0))
    stages: torch.Tensor | None = None
    category: torch.Tensor | None = None  # logits of the fine-tuned category tail
    embedding: torch.Tensor | None = None


def pick_device(preference: str = "auto") -> torch.device:
    """CUDA when present (or asked for), else CPU."""
    if preference == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(preference)


def l2_normalise(features: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(features, axis=1, keepdims=True)
    return (features / np.maximum(norms, 1e-12)).astype(np.float32)


class Analyzer:
    """Backbone + heads. Thread-compatible: call from one thread (the inference worker) at a time."""

    def __init__(
        self,
        config: ModelConfig,
        heads: Heads,
        device: torch.device | None = None,
        category_net: nn.Module | None = None,
        embedding_net: nn.Module | None = None,
        parsing_head: nn.Module | None = None,
        outfit_gate: OutfitGate | None = None,
        clothing_gate: OutfitGate | None = None,
        domain_gate: OutfitGate | None = None,
    ) -> None:
        self.config = config
        self.device = device or pick_device()
        self.heads = heads.eval().to(self.device)
        self.category_net = category_net
        self.embedding_net = embedding_net
        self.parsing_head = parsing_head
        self.outfit_gate = outfit_gate.eval().to(self.device) if outfit_gate is not None else None
        self.clothing_gate = clothing_gate.eval().to(self.device) if clothing_gate is not None else None
        self.domain_gate = domain_gate.eval().to(self.device) if domain_gate is not None else None
        # The embedding space: catalogue vectors made under another key must be embedded again.
        self.index_key = f"{config.backbone}:{config.embedding_model or 'features'}"
        if category_net is None and embedding_net is None and parsing_head is None:
            self.backbone: nn.Module = create_backbone(config.backbone, config.backbone_weights)
            self.trunk: nn.Module | None = None
        else:  # one trunk forward; the original tail for the heads, fine-tuned tails after it
            self.trunk, self.backbone = trunk_and_tail(config)
        for module in (self.backbone, self.trunk, self.category_net, self.embedding_net, self.parsing_head):
            if module is not None:
                module.eval().to(self.device)
                if self.device.type == "cuda":
                    module.to(memory_format=torch.channels_last)

    @classmethod
    def from_checkpoint(cls, path: Path | str | None = None, device: str = "auto") -> Analyzer:
        """Load a checkpoint (default: the one shipped in `inference/weights`)."""
        path = Path(path) if path else DEFAULT_CHECKPOINT
        config, heads = load_checkpoint(path)
        category_net = embedding_net = None
        if config.category_model:
            category_net = CategoryNet(_bare_tail(config), len(config.heads["category"].labels))
            load_half(category_net, path.with_name(config.category_model))
        if config.embedding_model:
            embedding_net = EmbeddingNet(_bare_tail(config), config.colour_dim, config.embedding_dim)
            load_half(embedding_net, path.with_name(config.embedding_model))
        parsing_head = outfit_gate = None
        if config.parsing_model:
            parsing_head = ParsingHead()
            load_half(parsing_head, path.with_name(config.parsing_model))
        if config.parsing_model:
            outfit_gate = _gate(config, path, config.outfit_gate_model)
        clothing_gate = _gate(config, path, config.clothing_gate_model)
        domain_gate = _gate(config, path, config.domain_gate_model)
        log.info("loaded %s (%s, heads: %s)", path, config.backbone, list(config.heads))
        analyzer = cls(
            config,
            heads,
            pick_device(device),
            category_net,
            embedding_net,
            parsing_head,
            outfit_gate,
            clothing_gate,
            domain_gate,
        )
        if config.embedding_model:
            digest = hashlib.sha1(path.with_name(config.embedding_model).read_bytes()).hexdigest()[:12]
            analyzer.index_key += f":{digest}"
        return analyzer

    def _autocast(self) -> contextlib.AbstractContextManager[object]:
        if self.device.type == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def _forward(
        self, images: Sequence[Image.Image], size: int | None, with_category: bool, colour: np.ndarray | None
    ) -> Forward:
        """One backbone forward: pooled features, stage statistics (when a head reads them), category
        probabilities from a fine-tuned category tail (when asked and present) and index embeddings
        from the embedding net (when present)."""
        size = size or self.config.input_size
        batch = to_tensor(list(images), size, self.config.mean, self.config.std).to(self.device)
        if self.device.type == "cuda":
            batch = batch.to(memory_format=torch.channels_last)
        out = Forward()
        with torch.inference_mode(), self._autocast():
            if self.trunk is None:
                if self.config.stage_dim:
                    pooled, stages = self.backbone.with_stages(batch)  # type: ignore[operator]
                    out.stages = stages.float().cpu()
                else:
                    pooled = self.backbone(batch)
                out.pooled = pooled.float().cpu()
                return out
            acts, stages = self.trunk.with_stages(batch)  # type: ignore[operator]
            out.pooled = self.backbone(acts).float().cpu()
            out.stages = stages.float().cpu() if self.config.stage_dim else None
            if with_category and self.category_net is not None:
                out.category = self.category_net(acts).float().cpu()
            if self.embedding_net is not None and colour is not None:
                pixels = torch.from_numpy(colour).to(self.device)
                out.embedding = self.embedding_net(acts, pixels).float().cpu()
            return out

    def features(self, images: Sequence[Image.Image], size: int | None = None) -> torch.Tensor:
        """Raw pooled backbone features, (N, feature_dim) float32 on the CPU."""
        return self._forward(images, size, with_category=False, colour=None).pooled

    def embed(
        self, images: Sequence[Image.Image], size: int | None = None
    ) -> tuple[torch.Tensor, np.ndarray]:
        """Pooled features and the L2-normalised index embeddings (N, config.index_dim)."""
        colour = colour_features_batch(list(images)) if self.embedding_net is not None else None
        out = self._forward(images, size, with_category=False, colour=colour)
        return out.pooled, self._embeddings(out.pooled, out.embedding)

    def _embeddings(self, features: torch.Tensor, embedding: torch.Tensor | None) -> np.ndarray:
        if embedding is not None:
            return embedding.numpy().astype(np.float32)
        return l2_normalise(features.numpy())

    def predict(
        self,
        features: torch.Tensor,
        colour: np.ndarray | None = None,
        category: torch.Tensor | None = None,
        embedding: torch.Tensor | None = None,
        stages: torch.Tensor | None = None,
        share: torch.Tensor | None = None,
    ) -> list[Analysis]:
        """Run every head on backbone features (and pixel colour features and stage statistics, when
        a head reads them) and assemble one Analysis per row; `share`: the domain gate's answer for
        the rows, when already asked."""
        logits = self._head_logits(features, colour, stages)
        if category is not None:
            logits["category"] = category
        probs = {name: self.probabilities(name, out) for name, out in logits.items()}
        share = share if share is not None else self.photo_share(features)
        probs = self._mixed(share, probs)
        cluster_ids = self._clusters(features)
        embeddings = self._embeddings(features, embedding)
        analyses = []
        for i in range(features.shape[0]):
            preds = {name: self._prediction(name, p[i]) for name, p in probs.items()}
            attributes = {
                name: pred for name, pred in preds.items() if self.config.heads[name].kind == "attribute"
            }
            cluster = int(cluster_ids[i]) if cluster_ids is not None else -1
            analyses.append(
                Analysis(
                    category=preds["category"],
                    attributes=attributes,
                    style=preds["usage"],
                    cluster=cluster,
                    cluster_name=self.config.cluster_names[cluster] if cluster >= 0 else "",
                    embedding=embeddings[i],
                    gender=preds.get("gender"),
                    real_photo=float(share[i]) if share is not None else None,
                )
            )
        return analyses

    def _head_logits(
        self, features: torch.Tensor, colour: np.ndarray | None, stages: torch.Tensor | None
    ) -> dict[str, torch.Tensor]:
        inputs = {"backbone": features.to(self.device)}
        if colour is not None:
            inputs["colour"] = torch.from_numpy(colour).to(self.device)
        if stages is not None:
            inputs["stages"] = stages.to(self.device)
        with torch.inference_mode():
            return {name: value.float().cpu() for name, value in self.heads(inputs).items()}

    def photo_share(self, pooled: torch.Tensor) -> torch.Tensor | None:
        """How likely each image is a real photo rather than a product shot or shop screenshot (the
        domain gate, `training/photo_heads.py`); None without a gate."""
        if self.domain_gate is None:
            return None
        with torch.inference_mode():
            return self.domain_gate(pooled.to(self.device)).float().cpu()

    def _mixed(self, share: torch.Tensor | None, probs: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """A head with a real-photo twin (`HeadConfig.photo_of`) answers as the mixture of both, by
        the domain gate: the product head on shots, the photo head on real photos (and on shots of
        shoes and bags, for pattern). The twins themselves are not answers of their own."""
        twins = {name: h.photo_of for name, h in self.config.heads.items() if h.photo_of in probs}
        for twin, head in twins.items():
            if share is not None:
                d = share.unsqueeze(1)
                if head == "pattern" and "category" in probs:  # shoes, bags: the photo head's pattern
                    rows = torch.tensor(self.config.photo_pattern_labels)[probs["category"].argmax(1)]
                    d = torch.maximum(d, rows.float().unsqueeze(1))
                probs[head] = d * probs[twin] + (1 - d) * probs[head]
            del probs[twin]
        return probs

    def probabilities(self, head: str, logits: torch.Tensor) -> torch.Tensor:
        """A head's calibrated probabilities: its logits divided by its temperature, softmaxed."""
        return torch.softmax(logits.float() / self.config.heads[head].temperature, dim=1).cpu()

    def head_inputs(
        self, images: Sequence[Image.Image], masks: list[np.ndarray | None] | None = None
    ) -> dict[str, torch.Tensor]:
        """The raw inputs every head reads ("backbone", "colour", "stages"), as the Analyzer computes
        them for photos: what the photo heads train on and calibration scores."""
        colour = self.colour_features(images, masks)
        out = self._forward(images, None, with_category=False, colour=None)
        inputs = {"backbone": out.pooled}
        if colour is not None:
            inputs["colour"] = torch.from_numpy(colour)
        if out.stages is not None:
            inputs["stages"] = out.stages
        return inputs

    def logits(
        self, images: Sequence[Image.Image], masks: list[np.ndarray | None] | None = None
    ) -> dict[str, torch.Tensor]:
        """Every head's raw logits (before its temperature), the fine-tuned category tail's
        included: what calibration fits temperatures on."""
        colour = self.colour_features(images, masks)
        out = self._forward(images, None, with_category=True, colour=None)
        logits = self._head_logits(out.pooled, colour, out.stages)
        if out.category is not None:
            logits["category"] = out.category
        return logits

    def colour_features(
        self, images: Sequence[Image.Image], masks: list[np.ndarray | None] | None = None
    ) -> np.ndarray | None:
        """Pixel colour features of each image's garment region (None when no head reads them): the
        pixels `masks` gives each image, else the whole image less a plain white background."""
        if not self.config.colour_dim:
            return None
        return colour_features_batch(list(images), masks)

    def analyze(self, images: Sequence[Image.Image]) -> list[Analysis]:
        """Analyse decoded RGB photos: one batched forward for every head; with a parsing decoder, a
        second on the whole photos that the outfit gate lets through (all of them without a gate), and
        for the photos of an outfit a third on their garments' crops (all of them in one batch)."""
        if not images:
            return []
        analyses, forward = self._analyze_batch(images)
        if self.clothing_gate is not None:
            with torch.inference_mode():
                clothing = self.clothing_gate(forward.pooled.to(self.device)).float().cpu().numpy()
            for analysis, p in zip(analyses, clothing.tolist(), strict=True):
                analysis.clothing = float(p)
                analysis.shows_clothing = bool(p >= float(self.clothing_gate.threshold))
        if self.parsing_head is None:
            return analyses
        gate = self.may_be_outfit(forward.pooled)
        maybe = [i for i, ok in enumerate(gate) if ok and analyses[i].shows_clothing]
        crops, masks, owners = [], [], []
        for i, parse in zip(maybe, self.parse([images[i] for i in maybe]) if maybe else [], strict=True):
            if parse.outfit:
                for item in parse.items:
                    region = margin_box(item.box, images[i].size)
                    crops.append(images[i].crop(region))
                    masks.append(item_mask(parse.probs, parse.box, item.label, region))
                    owners.append((i, item))
        if not crops:
            return analyses
        seen, crops_forward = self._analyze_batch(crops, masks)
        for row, ((i, parsed), crop) in enumerate(zip(owners, seen, strict=True)):
            logits = crops_forward.category
            probs = self.probabilities("category", logits[row : row + 1])[0] if logits is not None else None
            category = self._slot_category(parsed, crop, probs)
            analyses[i].items.append(
                GarmentItem(parsed.label, parsed.share, parsed.box, category, crop.attributes, crop.embedding)
            )
        return analyses

    def _analyze_batch(
        self, images: Sequence[Image.Image], masks: list[np.ndarray | None] | None = None
    ) -> tuple[list[Analysis], Forward]:
        """Analyses of photos (or garments cut from a photo, with each garment's own pixels as its
        colour region) and the forward they came from."""
        colour = self.colour_features(images, masks)
        out = self._forward(images, None, with_category=True, colour=colour)
        share = self.photo_share(out.pooled)
        if masks is None and colour is not None:  # the embedding read the region as the catalogue's was
            colour = self._foreground_colour(images, share, colour)
        return self.predict(out.pooled, colour, out.category, out.embedding, out.stages, share), out

    def _foreground_colour(
        self, images: Sequence[Image.Image], share: torch.Tensor | None, colour: np.ndarray
    ) -> np.ndarray:
        """The colour heads read a real photo's foreground (`inference.foreground`), not the floor or
        bed around the garment; a product shot's or screenshot's white is already left out (on
        product shots the foreground cost two points of colour accuracy, so the domain gate decides)."""
        if share is None:
            return colour
        real = [i for i, d in enumerate(share.tolist()) if d >= 0.5]
        if not real:
            return colour
        colour = colour.copy()
        chosen = [images[i] for i in real]
        colour[real] = colour_features_batch(chosen, [garment_mask(image) for image in chosen])
        return colour

    def may_be_outfit(self, pooled: torch.Tensor) -> np.ndarray:
        """Which photos the outfit gate sends on to the parse (all of them without a gate)."""
        if self.outfit_gate is None:
            return np.ones(len(pooled), dtype=bool)
        with torch.inference_mode():
            return (self.outfit_gate(pooled.to(self.device)) >= self.outfit_gate.threshold).cpu().numpy()

    def _slot_category(self, parsed: ParsedItem, crop: Analysis, probs: torch.Tensor | None) -> Prediction:
        """The crop's category among those its parsing class allows (a bag is a bag)."""
        allowed = PARSED_CATEGORIES[parsed.label]
        if not allowed:
            return Prediction(parsed.label, parsed.confidence, [(parsed.label, parsed.confidence)])
        labels = self.config.heads["category"].labels
        known = (
            dict(zip(labels, probs.tolist(), strict=True)) if probs is not None else dict(crop.category.top)
        )
        ranked = sorted(((known.get(c, 0.0), c) for c in allowed), reverse=True)
        mass = sum(p for p, _ in ranked) or 1.0
        top = [(c, p / mass) for p, c in ranked[:3]]
        return Prediction(top[0][0], top[0][1], top)

    def parse(self, images: Sequence[Image.Image], stride: int = 4) -> list[Parse]:
        """Garment parsing of whole photos (letterboxed): class probabilities on a grid `stride`
        input pixels apart (1: every pixel, for evaluation), the items worth answering, and whether
        the photo shows someone wearing an outfit."""
        if self.parsing_head is None or self.trunk is None:
            raise RuntimeError("this checkpoint has no parsing decoder (stylist train parsing)")
        boxed = [letterbox_image(image) for image in images]
        batch = stack_normalised([b[0] for b in boxed], self.config.mean, self.config.std).to(self.device)
        if self.device.type == "cuda":
            batch = batch.to(memory_format=torch.channels_last)
        size = (PARSE_SIZE[1] // stride, PARSE_SIZE[0] // stride)
        with torch.inference_mode(), self._autocast():
            fine, coarse = parsing_inputs(self.trunk.with_taps(batch)[1])  # type: ignore[operator]
            logits = self.parsing_head(fine, coarse).float()
            upsampled = torch.nn.functional.interpolate(
                logits, size=size, mode="bilinear", align_corners=False
            )
            probs = upsampled.softmax(1).cpu().numpy()
        out = []
        for image, (_, box), p in zip(images, boxed, probs, strict=True):
            items = items_from_probabilities(p, box, image.size)
            out.append(Parse(p, box, items, is_outfit(p, box, items)))
        return out

    def clusters_of(self, features: torch.Tensor) -> np.ndarray:
        """Style cluster of each feature row (-1 when the model has no clusters)."""
        ids = self._clusters(features)
        return ids if ids is not None else np.full(features.shape[0], -1)

    def _clusters(self, features: torch.Tensor) -> np.ndarray | None:
        centroids = self.heads.centroids.cpu()
        if centroids.numel() == 0:
            return None
        normalised = torch.nn.functional.normalize(features.float(), dim=1)
        return (normalised @ centroids.T).argmax(dim=1).numpy()

    def _prediction(self, head: str, probs: torch.Tensor, k: int = 3) -> Prediction:
        labels = self.config.heads[head].labels
        values, indices = probs.topk(min(k, len(labels)))
        top = [(labels[j], float(v)) for v, j in zip(values.tolist(), indices.tolist(), strict=True)]
        return Prediction(label=top[0][0], confidence=top[0][1], top=top)


def _bare_tail(config: ModelConfig) -> LiteTail:
    """A tail of the right shape whose weights a fine-tuned checkpoint will replace."""
    return LiteTail(create_backbone(config.backbone, None).net)


def _gate(config: ModelConfig, checkpoint: Path, file: str) -> OutfitGate | None:
    """A logistic gate on the pooled features saved beside the checkpoint, None when not shipped."""
    if not file:
        return None
    gate = OutfitGate(config.feature_dim)
    load_half(gate, checkpoint.with_name(file))
    return gate
