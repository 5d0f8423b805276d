"""Settings from the environment (12-factor), with embedded defaults that need no service."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from inference.config import DEFAULT_CHECKPOINT
from shared_data import data_root

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_API_URL = "https://api.telegram.org/bot"


def file_url_for(api_url: str) -> str:
    """The file base URL of a Bot API server: its API URL with the final `/bot` made `/file/bot`."""
    return (
        api_url[: -len("/bot")] + "/file/bot"
        if api_url.endswith("/bot")
        else api_url.rstrip("/") + "/file/bot"
    )


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


@dataclass(frozen=True)
class Settings:
    """Everything configurable. `Settings.from_env()` reads the variables named in the README."""

    telegram_token: str = ""
    telegram_api_url: str = DEFAULT_API_URL
    telegram_file_url: str = ""
    telegram_webhook_url: str = ""  # set: webhook mode (several bot processes behind a balancer)
    telegram_webhook_secret: str = ""  # required in webhook mode: Telegram sends it in a header
    listen: str = "0.0.0.0:8443"  # host:port the webhook server binds in webhook mode
    lease_s: float = 120.0  # webhook mode: a claim this old and not done was left by a dead process
    database_url: str = f"sqlite+aiosqlite:///{PROJECT_ROOT / 'var' / 'stylist.db'}"
    data_dir: Path = field(default_factory=data_root)
    index_path: Path = PROJECT_ROOT / "var" / "catalog.faiss"
    checkpoint: Path = DEFAULT_CHECKPOINT
    device: str = "auto"
    torch_threads: int = 0  # 0: torch's default
    naver_client_id: str = ""
    naver_client_secret: str = ""
    naver_api_url: str = "https://openapi.naver.com"
    naver_timeout_s: float = 5.0
    naver_cache_ttl_s: int = 6 * 3600
    naver_daily_quota: int = 25_000
    inference_timeout_s: float = 60.0
    worker_url: str = ""  # empty: in-process worker; else the URL of `stylist worker`
    worker_token: str = ""  # the bearer token `stylist worker` asks for and the bot presents
    worker_max_batch: int = 16
    worker_max_wait_ms: float = 5.0
    worker_queue_size: int = 64
    retention_days: int = 90  # photos' analyses and conversation state older than this are deleted

    @property
    def file_url(self) -> str:
        return self.telegram_file_url or file_url_for(self.telegram_api_url)

    def make_worker(self):  # type: ignore[no-untyped-def]
        """The inference worker these settings ask for: remote when STYLIST_WORKER_URL is set."""
        if self.worker_url:
            from inference.remote import RemoteWorker

            return RemoteWorker(self.worker_url, self.inference_timeout_s, token=self.worker_token)
        from inference import LocalWorker

        return LocalWorker(
            self.checkpoint,
            self.device,
            self.torch_threads,
            self.inference_timeout_s,
            max_batch=self.worker_max_batch,
            max_wait_ms=self.worker_max_wait_ms,
            queue_size=self.worker_queue_size,
        )

    @property
    def has_naver(self) -> bool:
        return bool(self.naver_client_id and self.naver_client_secret)

    @classmethod
    def from_env(cls) -> Settings:
        defaults = cls()
        return cls(
            telegram_token=_env("TELEGRAM_BOT_TOKEN"),
            telegram_api_url=_env("TELEGRAM_API_URL", DEFAULT_API_URL),
            telegram_file_url=_env("TELEGRAM_FILE_URL"),
            telegram_webhook_url=_env("TELEGRAM_WEBHOOK_URL"),
            telegram_webhook_secret=_env("TELEGRAM_WEBHOOK_SECRET"),
            listen=_env("STYLIST_LISTEN", defaults.listen),
            lease_s=float(_env("STYLIST_LEASE_S", str(defaults.lease_s))),
            database_url=_env("DATABASE_URL", defaults.database_url),
            data_dir=Path(_env("STYLIST_DATA", str(defaults.data_dir))),
            index_path=Path(_env("STYLIST_INDEX", str(defaults.index_path))),
            checkpoint=Path(_env("STYLIST_CHECKPOINT", str(defaults.checkpoint))),
            device=_env("STYLIST_DEVICE", "auto"),
            torch_threads=int(_env("STYLIST_TORCH_THREADS", "0")),
            naver_client_id=_env("NAVER_CLIENT_ID"),
            naver_client_secret=_env("NAVER_CLIENT_SECRET"),
            naver_api_url=_env("NAVER_API_URL", defaults.naver_api_url),
            naver_timeout_s=float(_env("NAVER_TIMEOUT_S", str(defaults.naver_timeout_s))),
            naver_cache_ttl_s=int(_env("NAVER_CACHE_TTL_S", str(defaults.naver_cache_ttl_s))),
            inference_timeout_s=float(_env("STYLIST_INFERENCE_TIMEOUT_S", str(defaults.inference_timeout_s))),
            worker_url=_env("STYLIST_WORKER_URL"),
            worker_token=_env("STYLIST_WORKER_TOKEN"),
            worker_max_batch=int(_env("STYLIST_MAX_BATCH", str(defaults.worker_max_batch))),
            worker_max_wait_ms=float(_env("STYLIST_MAX_WAIT_MS", str(defaults.worker_max_wait_ms))),
            worker_queue_size=int(_env("STYLIST_QUEUE_SIZE", str(defaults.worker_queue_size))),
            retention_days=int(_env("STYLIST_RETENTION_DAYS", str(defaults.retention_days))),
        )
