"""`stylist serve`: the analyzer as a Ray Serve deployment, for more than one machine.

It speaks the remote worker's protocol (`inference.remote`: `POST /analyze` with `image` parts →
`{"analyses": [...]}`, `GET /health`), so `STYLIST_WORKER_URL` can point at it, with the bearer token
of `STYLIST_WORKER_TOKEN` when set. Each replica holds one `Analyzer`; `@serve.batch` gathers the
images of concurrent requests into one forward pass — the one batching of the served model
(`stylist worker` is this deployment with one replica; `LocalWorker` batches only inside the
embedded bot). Past `queue_size` requests waiting, callers get 503 (the client's "busy"). Without
`--address` a local Ray instance is started; with it, the deployment joins that cluster (the
multi-machine path).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
import time
from email import policy
from email.parser import BytesParser
from typing import Any

log = logging.getLogger(__name__)


def image_parts(content_type: str, body: bytes) -> list[bytes]:
    """The `image` parts of a multipart/form-data body (standard library parsing)."""
    message = BytesParser(policy=policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body
    )
    if not message.is_multipart():
        return []
    return [
        part.get_payload(decode=True) or b""
        for part in message.iter_parts()
        if part.get_param("name", header="content-disposition") == "image"
    ]


def deployment(
    checkpoint: str,
    device: str,
    replicas: int,
    num_gpus: float,
    max_batch: int,
    batch_wait_ms: float,
    token: str = "",
    queue_size: int = 64,
) -> Any:
    """The bound Serve application: `replicas` replicas of the analyzer, `num_gpus` each."""
    from ray import serve
    from starlette.requests import Request
    from starlette.responses import JSONResponse

    @serve.deployment(
        num_replicas=replicas,
        ray_actor_options={"num_gpus": num_gpus, "num_cpus": 1},
        max_ongoing_requests=4 * max_batch,
        max_queued_requests=queue_size,
    )
    class AnalyzerDeployment:
        def __init__(self) -> None:
            from inference.analyzer import Analyzer

            self.analyzer = Analyzer.from_checkpoint(checkpoint, "cuda" if num_gpus else device)
            self.expected = f"Bearer {token}".encode()

        @serve.batch(max_batch_size=max_batch, batch_wait_timeout_s=batch_wait_ms / 1000)
        async def analyze(self, images: list[Any]) -> list[dict[str, object]]:
            analyses = await asyncio.to_thread(self.analyzer.analyze, images)
            return [analysis.to_wire() for analysis in analyses]

        async def __call__(self, request: Request) -> JSONResponse:
            from inference.images import ImageRejected, decode_image

            if request.url.path.rstrip("/").endswith("/health"):
                return JSONResponse(
                    {
                        "status": "ok",
                        "device": str(self.analyzer.device),
                        "backbone": self.analyzer.config.backbone,
                        "index_dim": self.analyzer.config.index_dim,
                        "index_key": self.analyzer.index_key,
                        "server": "ray-serve",
                    }
                )
            given = request.headers.get("authorization", "").encode()
            if token and not hmac.compare_digest(given, self.expected):
                return JSONResponse({"error": "unauthorized"}, status_code=401)
            if request.method != "POST" or not request.url.path.rstrip("/").endswith("/analyze"):
                return JSONResponse({"error": "not_found"}, status_code=404)
            parts = image_parts(request.headers.get("content-type", ""), await request.body())
            try:
                images = [await asyncio.to_thread(decode_image, data) for data in parts]
            except ImageRejected as exc:
                return JSONResponse({"error": exc.reason}, status_code=400)
            if not images:
                return JSONResponse({"error": "no_image"}, status_code=400)
            started = time.perf_counter()
            analyses = await asyncio.gather(*(self.analyze(image) for image in images))
            log.debug("analysed %d images in %.0f ms", len(images), (time.perf_counter() - started) * 1000)
            return JSONResponse({"analyses": list(analyses)})

    return AnalyzerDeployment.bind()


def run(
    checkpoint: str,
    device: str,
    *,
    replicas: int = 1,
    num_gpus: float = 0.0,
    max_batch: int = 16,
    batch_wait_ms: float = 5.0,
    host: str = "127.0.0.1",
    port: int = 8700,
    address: str = "",
    token: str = "",
    queue_size: int = 64,
) -> None:
    """Deploy and serve until interrupted (a local Ray instance unless `address` names a cluster)."""
    import ray
    from ray import serve

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    if not token and host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s without STYLIST_WORKER_TOKEN: anyone who reaches it is served", host)
    signal.signal(signal.SIGTERM, stop)  # SIGTERM too shuts Serve and the local Ray instance down
    ray.init(address=address or None, include_dashboard=False, log_to_driver=False)
    try:  # interrupted while deploying too: Serve and the local Ray instance are shut down
        serve.start(http_options={"host": host, "port": port})
        app = deployment(checkpoint, device, replicas, num_gpus, max_batch, batch_wait_ms, token, queue_size)
        serve.run(app, name="stylist", route_prefix="/")
        log.warning("stylist serve: %d replica(s) on http://%s:%d (/analyze, /health)", replicas, host, port)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        serve.shutdown()
        ray.shutdown()
