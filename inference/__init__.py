"""Garment analysis: a pretrained backbone loaded offline, trained heads, safe image decoding."""

from .analysis import Analysis, GarmentItem, Prediction
from .analyzer import Analyzer, l2_normalise
from .config import DEFAULT_CHECKPOINT, HeadConfig, ModelConfig
from .images import ImageRejected, decode_image
from .worker import LocalWorker, Worker, WorkerBusy, WorkerError

__all__ = [
    "DEFAULT_CHECKPOINT",
    "Analysis",
    "Analyzer",
    "GarmentItem",
    "HeadConfig",
    "ImageRejected",
    "LocalWorker",
    "ModelConfig",
    "Prediction",
    "Worker",
    "WorkerBusy",
    "WorkerError",
    "decode_image",
    "l2_normalise",
]
