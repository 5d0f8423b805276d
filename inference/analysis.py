"""What the model says about a photo: predictions with their confidences, the garments of an outfit
photo, and the wire form the remote worker sends them in."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class Prediction:
    """A head's answer: the top label, its probability, and the runners-up."""

    label: str
    confidence: float
    top: list[tuple[str, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "confidence": round(self.confidence, 4),
            "top": [{"label": label, "confidence": round(p, 4)} for label, p in self.top],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Prediction:
        return cls(raw["label"], raw["confidence"], [(t["label"], t["confidence"]) for t in raw["top"]])


@dataclass
class GarmentItem:
    """One garment of an outfit photo: its parsing class (`inference.parsing`), where it is, and
    what the heads see in its crop."""

    slot: str
    share: float  # of the photo's pixels
    box: tuple[int, int, int, int]  # left, top, right, bottom in the photo's pixels
    category: Prediction
    attributes: dict[str, Prediction]
    embedding: np.ndarray | None = field(default=None, compare=False)  # the crop's, for "shop this item"

    def to_dict(self) -> dict[str, object]:
        return {
            "slot": self.slot,
            "share": round(self.share, 4),
            "box": list(self.box),
            "category": self.category.to_dict(),
            "attributes": {name: p.to_dict() for name, p in self.attributes.items()},
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> GarmentItem:
        return cls(
            raw["slot"],
            float(raw["share"]),
            tuple(raw["box"]),  # type: ignore[arg-type]
            Prediction.from_dict(raw["category"]),
            {name: Prediction.from_dict(p) for name, p in raw["attributes"].items()},
            _unwire(raw["embedding"]) if raw.get("embedding") else None,
        )

    def to_wire(self) -> dict[str, object]:
        return self.to_dict() | ({"embedding": _wire(self.embedding)} if self.embedding is not None else {})


def _wire(vector: np.ndarray) -> str:
    return base64.b64encode(vector.astype(np.float32).tobytes()).decode()


def _unwire(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=np.float32).copy()


@dataclass
class Analysis:
    """What Stylist sees in one photo; `items` lists the garments when it is a photo of an outfit."""

    category: Prediction
    attributes: dict[str, Prediction]
    style: Prediction
    cluster: int
    cluster_name: str
    embedding: np.ndarray  # L2-normalised, float32
    items: list[GarmentItem] = field(default_factory=list)
    clothing: float = 1.0  # the clothing gate's probability that the photo shows a garment at all
    shows_clothing: bool = True  # False: "I don't see clothing" (the gate is sure)
    gender: Prediction | None = None  # the gender head's own answer (men / women), before the neighbours'
    real_photo: float | None = None  # the domain gate: a real photo (1) or a product shot / screenshot (0)

    @property
    def is_outfit(self) -> bool:
        """A photo of someone wearing an outfit: its garments are answered one by one."""
        return bool(self.items)

    def to_wire(self) -> dict[str, object]:
        """Everything, embedding included (base64 float32), for the remote worker's answers."""
        return self.to_dict() | {
            "embedding": _wire(self.embedding),
            "items": [item.to_wire() for item in self.items],
        }

    @classmethod
    def from_wire(cls, raw: dict[str, Any]) -> Analysis:
        return cls.from_dict(raw, _unwire(raw["embedding"]))

    @classmethod
    def from_dict(cls, raw: dict[str, Any], embedding: np.ndarray) -> Analysis:
        """An analysis from `to_dict` (as stored), with its embedding beside it."""
        style = raw["style"]
        return cls(
            category=Prediction.from_dict(raw["category"]),
            attributes={name: Prediction.from_dict(p) for name, p in raw["attributes"].items()},
            style=Prediction.from_dict(style),
            cluster=int(style["cluster"]),
            cluster_name=style["cluster_name"],
            embedding=embedding,
            items=[GarmentItem.from_dict(item) for item in raw.get("items", [])],
            clothing=float(raw.get("clothing", {}).get("confidence", 1.0)),
            shows_clothing=bool(raw.get("clothing", {}).get("shows", True)),
            gender=Prediction.from_dict(raw["seen_gender"]) if raw.get("seen_gender") else None,
            real_photo=raw.get("real_photo"),
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category.to_dict(),
            "attributes": {name: p.to_dict() for name, p in self.attributes.items()},
            "style": {**self.style.to_dict(), "cluster": self.cluster, "cluster_name": self.cluster_name},
            "items": [item.to_dict() for item in self.items],
            "clothing": {"shows": self.shows_clothing, "confidence": round(self.clothing, 4)},
            "seen_gender": self.gender.to_dict() if self.gender else None,
            "real_photo": round(self.real_photo, 4) if self.real_photo is not None else None,
        }
