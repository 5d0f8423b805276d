"""One way to ship a trained model: its weights beside the checkpoint, named in its config.

A model of its own (category tail, embedding, parsing decoder, outfit gate) registers through
`register_weights`: the module is saved in half precision as `<checkpoint stem>-<name>.pt` beside
the config, `record` notes it (file name, metrics) in the config, and the config is saved with the
heads it already had. A head on the pooled features joins the heads file (`register_head`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from torch import nn

from inference.config import HeadConfig, ModelConfig
from inference.heads import Heads, load_checkpoint, save_checkpoint
from inference.lite_split import CategoryNet, save_half


def register_weights(
    checkpoint: Path, name: str, module: nn.Module, record: Callable[[ModelConfig, str], None]
) -> Path:
    """Save `module` beside `checkpoint` and let `record(config, file name)` register it there."""
    config, heads = load_checkpoint(checkpoint)
    weights = checkpoint.with_name(f"{checkpoint.stem}-{name}.pt")
    save_half(module, weights)
    record(config, weights.name)
    save_checkpoint(config, heads, checkpoint)
    return weights


def register_category(
    checkpoint: Path, model: CategoryNet, metrics: dict[str, object], trained_on: str
) -> Path:
    """Make a fine-tuned category net the shipped one."""

    def record(config: ModelConfig, file: str) -> None:
        config.category_model = file
        config.heads["category"].metrics = {"accuracy": metrics["accuracy"], "macro_f1": metrics["macro_f1"]}
        config.heads["category"].trained_on = trained_on

    return register_weights(checkpoint, "category", model, record)


def register_head(checkpoint: Path, name: str, head_config: HeadConfig, head: nn.Module) -> None:
    """Add (or replace) one head of the heads file, keeping every other head as it was."""
    config, heads = load_checkpoint(checkpoint)
    config.heads[name] = head_config
    registered = Heads(config)
    kept = {k: v for k, v in heads.state_dict().items() if not k.startswith(f"heads.{name}.")}
    registered.load_state_dict(kept, strict=False)  # the replaced head may have other inputs
    registered.heads[name].load_state_dict(head.state_dict())
    save_checkpoint(config, registered, checkpoint)
