"""Classifier heads on pooled backbone features, and their checkpoint file."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from .config import HeadConfig, ModelConfig
from .lite_split import load_half, save_half


def input_dim(config: ModelConfig, head: HeadConfig) -> int:
    dims = {"backbone": config.feature_dim, "colour": config.colour_dim, "stages": config.stage_dim}
    return sum(dims[name] for name in head.inputs)


class Ensemble(nn.Module):
    """Heads trained from different seeds; the log of their mean probabilities, so a softmax of the
    output is the average of the members' answers."""

    def __init__(self, members: list[nn.Module]) -> None:
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        probs = torch.stack([m(x).float().softmax(dim=1) for m in self.members]).mean(dim=0)
        return probs.clamp_min(1e-12).log()


def build_head(feature_dim: int, config: HeadConfig, dropout: float = 0.2) -> nn.Module:
    """A linear head, or a one-hidden-layer MLP when `config.hidden` is set; an `Ensemble` of such
    heads when `config.members` > 1."""
    if config.members > 1:
        single = HeadConfig(labels=config.labels, hidden=config.hidden)
        return Ensemble([build_head(feature_dim, single, dropout) for _ in range(config.members)])
    if config.hidden:
        return nn.Sequential(
            nn.Dropout(dropout),
            nn.Linear(feature_dim, config.hidden),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(config.hidden, len(config.labels)),
        )
    return nn.Sequential(nn.Dropout(dropout), nn.Linear(feature_dim, len(config.labels)))


class Heads(nn.Module):
    """Every head of a model, the standardisation of the inputs they share, and the style centroids."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.inputs = {name: list(h.inputs) for name, h in config.heads.items()}
        self.register_buffer("feature_mean", torch.zeros(config.feature_dim))
        self.register_buffer("feature_std", torch.ones(config.feature_dim))
        self.register_buffer("colour_mean", torch.zeros(config.colour_dim))
        self.register_buffer("colour_std", torch.ones(config.colour_dim))
        self.register_buffer("stage_mean", torch.zeros(config.stage_dim))
        self.register_buffer("stage_std", torch.ones(config.stage_dim))
        self.register_buffer("centroids", torch.zeros(len(config.cluster_names), config.feature_dim))
        self.heads = nn.ModuleDict(
            {name: build_head(input_dim(config, h), h) for name, h in config.heads.items()}
        )

    def standardise(self, inputs: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        out = {"backbone": (inputs["backbone"] - self.feature_mean) / self.feature_std}
        if "colour" in inputs:
            out["colour"] = (inputs["colour"] - self.colour_mean) / self.colour_std
        if "stages" in inputs:
            out["stages"] = (inputs["stages"] - self.stage_mean) / self.stage_std
        return out

    def forward(self, inputs: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """Logits of every head from raw inputs: {"backbone": pooled, "colour": ..., "stages": ...}."""
        x = self.standardise(inputs)
        return {
            name: head(torch.cat([x[i] for i in self.inputs[name]], dim=1))
            for name, head in self.heads.items()
        }


def save_checkpoint(config: ModelConfig, heads: Heads, config_path: Path) -> None:
    """Write the config JSON and the heads' weights beside it (same name, `.pt`, half precision)."""
    config.save(config_path)
    save_half(heads, config_path.with_suffix(".pt"))


def load_checkpoint(config_path: Path) -> tuple[ModelConfig, Heads]:
    """Read a config JSON and the heads' weights beside it."""
    config = ModelConfig.load(config_path)
    heads = Heads(config)
    load_half(heads, config_path.with_suffix(".pt"))
    return config, heads.eval()
