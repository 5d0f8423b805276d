"""EfficientNet-Lite0 split in two at stage 6, for fine-tuned tails that share the trunk.

The trunk (stem, stages 1–5) runs once per photo. The original tail (stages 6–7, head convolution,
pooling) gives the features every head reads; fine-tuned copies of the tail give the category
(`CategoryNet`, trained by `training.finetune`) and the product embedding of the vector
index (`EmbeddingNet`, trained by `training.embedding`).
"""

from __future__ import annotations

import copy
from pathlib import Path

import torch
from torch import nn

from .backbones import LITE0_TAPS, create_backbone, stage_statistics
from .config import ModelConfig

SPLIT_BLOCK = 11  # blocks[:11] are stages 1–5 (output 112 × 14 × 14 at 224 px)


def trunk_and_tail(config: ModelConfig) -> tuple[nn.Module, nn.Module]:
    """Split the Lite0 backbone into a frozen trunk and a trainable tail (both eval mode)."""
    net = create_backbone(config.backbone, config.backbone_weights).net  # type: ignore[union-attr]
    return LiteTrunk(net).eval(), LiteTail(net).eval()


class LiteTrunk(nn.Module):
    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.stem = nn.Sequential(net._conv_stem, net._bn0, net._swish)
        self.blocks = nn.ModuleList(net._blocks[:SPLIT_BLOCK])
        self.drop = net._global_params.drop_connect_rate
        self.n_blocks = len(net._blocks)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.with_stages(x)[0]

    def with_stages(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The activations the tails read and the `stage_statistics` of the stages on the way."""
        x, taps = self.with_taps(x)
        return x, stage_statistics(taps)

    def with_taps(self, x: torch.Tensor) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """The activations the tails read and the maps of the last blocks of stages 2–5 (`LITE0_TAPS`:
        strides 4, 8, 16, 16), which the parsing decoder reads."""
        x, taps = self.stem(x), []
        for idx, block in enumerate(self.blocks):
            x = block(x, drop_connect_rate=(self.drop or 0) * idx / self.n_blocks)
            if idx in LITE0_TAPS:
                taps.append(x)
        return x, taps


class LiteTail(nn.Module):
    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(copy.deepcopy(list(net._blocks[SPLIT_BLOCK:])))
        self.head = nn.Sequential(copy.deepcopy(net._conv_head), copy.deepcopy(net._bn1), nn.ReLU6())
        self.drop = net._global_params.drop_connect_rate
        self.n_blocks = len(net._blocks)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for offset, block in enumerate(self.blocks):
            rate = (self.drop or 0) * (SPLIT_BLOCK + offset) / self.n_blocks
            x = block(x, drop_connect_rate=rate if self.training else None)
        return self.head(x).mean(dim=(2, 3))


class CategoryNet(nn.Module):
    """Fine-tuned tail + classifier."""

    def __init__(self, tail: nn.Module, n_classes: int, dropout: float = 0.3) -> None:
        super().__init__()
        self.tail = tail
        self.classifier = nn.Sequential(nn.Dropout(dropout), nn.Linear(1280, n_classes))

    def forward(self, acts: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.tail(acts))


class EmbeddingNet(nn.Module):
    """Fine-tuned tail + projection: the L2-normalised product embedding the vector index holds.

    Trained on product shots to tell article types apart (cosine softmax) with colour as a second
    task, reading the pooled tail features and the pixel colour features (standardised inside).
    """

    def __init__(self, tail: nn.Module, colour_dim: int, dim: int = 256, hidden: int = 1024) -> None:
        super().__init__()
        self.tail = tail
        self.register_buffer("colour_mean", torch.zeros(colour_dim))
        self.register_buffer("colour_std", torch.ones(colour_dim))
        self.project = nn.Sequential(
            nn.Dropout(0.1),
            nn.Linear(1280 + colour_dim, hidden),
            nn.GELU(),
            nn.Dropout(0.2),
            nn.Linear(hidden, dim),
        )

    def forward(self, acts: torch.Tensor, colour: torch.Tensor) -> torch.Tensor:
        colour = (colour - self.colour_mean) / self.colour_std
        pooled = self.tail(acts).float()
        return nn.functional.normalize(self.project(torch.cat([pooled, colour.float()], dim=1)), dim=1)


def save_half(module: nn.Module, path: Path) -> None:
    """Save a fine-tuned net's state dict in half precision (half the file size)."""
    torch.save({k: v.half() if v.is_floating_point() else v for k, v in module.state_dict().items()}, path)


def load_half(module: nn.Module, path: Path) -> None:
    """Load a state dict saved by `save_half` into a float32 module."""
    state = torch.load(path, map_location="cpu", weights_only=True)
    module.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()})
