"""`stylist bench …`, `stylist serve` and `stylist worker`: throughput and latency, and the model as
an HTTP service (Ray Serve; `stylist worker` is its one-replica form)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import replace
from pathlib import Path

from application import Settings

# Stylist's Fashion-MNIST model and its partner (`stylist train fashion-mnist`), committed: 1.6 MB each.
FASHION_MNIST_WEIGHTS = Path(__file__).resolve().parents[1] / "inference" / "weights" / "fashion-mnist.pt"
FASHION_MNIST_PARTNER = FASHION_MNIST_WEIGHTS.with_name("fashion-mnist-partner.pt")


def bench_worker(args: argparse.Namespace) -> int:
    from inference import Analyzer
    from inference.bench import bench_batching, run_load
    from inference.images import open_rgb
    from inference.remote import RemoteWorker
    from shared_data import load_photos

    settings = Settings.from_env()
    images = [open_rgb(p.path) for p in load_photos(settings.data_dir)[:64]]
    if args.url:  # a running target: `stylist serve`/`worker`, or anything that speaks its protocol
        remote = RemoteWorker(args.url, settings.inference_timeout_s, token=settings.worker_token)

        async def measure() -> list[dict[str, object]]:
            try:
                return [{"url": args.url} | await run_load(remote, images, args.requests, args.concurrency)]
            finally:
                await remote.close()

        rows = asyncio.run(measure())
    else:
        analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
        rows = asyncio.run(bench_batching(analyzer, images, args.requests, args.concurrency, args.max_batch))
    for row in rows:
        print(json.dumps(row) if args.json else row)
    return 0


def worker_settings(settings: Settings, args: argparse.Namespace) -> Settings:
    """The settings the model is served with: the environment's, overridden only by the flags given
    on the command line (flags default to None, so STYLIST_MAX_BATCH and friends count)."""
    given = {
        "worker_max_batch": args.max_batch,
        "worker_max_wait_ms": args.batch_wait_ms,
        "worker_queue_size": args.queue_size,
    }
    return replace(settings, worker_url="", **{k: v for k, v in given.items() if v is not None})


def serve(args: argparse.Namespace) -> int:
    """`stylist serve` (and `stylist worker`: one replica, no GPU flag, no cluster)."""
    from inference.serve import run

    settings = worker_settings(Settings.from_env(), args)
    run(
        str(settings.checkpoint),
        settings.device,
        replicas=getattr(args, "replicas", 1),
        num_gpus=getattr(args, "num_gpus", 0.0),
        max_batch=settings.worker_max_batch,
        batch_wait_ms=settings.worker_max_wait_ms,
        queue_size=settings.worker_queue_size,
        host=args.host,
        port=args.port,
        address=getattr(args, "address", ""),
        token=settings.worker_token,
    )
    return 0


def bench_fashion_mnist(args: argparse.Namespace) -> int:
    from training.fashion_mnist import bench_saved

    weights, partner = Path(args.weights), Path(args.partner) if args.partner else None
    for path in (weights, partner):
        if path is not None and not path.exists():
            print(
                f"{path} is missing: run `stylist train fashion-mnist --model stylist` first", file=sys.stderr
            )
            return 2
    print(json.dumps({"weights": str(weights), "partner": args.partner} | bench_saved(weights, partner)))
    return 0


def bench_index(args: argparse.Namespace) -> int:
    from matching import ProductIndex
    from matching.bench import bench_sizes

    settings = Settings.from_env()
    if not settings.index_path.exists():
        print("no catalogue index: run `stylist catalog build` first", file=sys.stderr)
        return 2
    _, real = ProductIndex.load(settings.index_path).all_vectors()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    for row in bench_sizes(real, sizes, compact=args.compact):
        rows.append(row)
        print(json.dumps(row) if args.json else row, flush=True)
    _plot_index(rows, Path(args.plot))
    return 0


def _plot_index(rows: list[dict[str, object]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    n = [r["n"] for r in rows]
    left.plot(n, [r["recall_at_10"] for r in rows], "o-")
    left.set(
        xscale="log", xlabel="products", ylabel="recall@10", title="recall vs exact search", ylim=(0.8, 1.0)
    )
    right.plot(n, [r["p50_ms"] for r in rows], "o-", label="p50")
    right.plot(n, [r["p95_ms"] for r in rows], "o-", label="p95")
    right.set(xscale="log", xlabel="products", ylabel="ms (1 thread)", title="single-query latency")
    right.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)


def _serving_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-batch", type=int, default=None, help="default STYLIST_MAX_BATCH (16)")
    p.add_argument("--batch-wait-ms", type=float, default=None, help="default STYLIST_MAX_WAIT_MS (5)")
    p.add_argument("--queue-size", type=int, default=None, help="default STYLIST_QUEUE_SIZE (64); then 503")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8700)


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bench = sub.add_parser("bench", help="benchmarks").add_subparsers(dest="target", required=True)
    p = bench.add_parser("worker", help="inference throughput and latency with dynamic batching on and off")
    p.add_argument("--requests", type=int, default=128)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--max-batch", type=int, default=16)
    p.add_argument(
        "--url", default="", help="measure a running worker there instead (STYLIST_WORKER_TOKEN sent)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bench_worker)

    p = sub.add_parser("worker", help="the model as an HTTP service on this box (`serve`, one replica)")
    _serving_flags(p)
    p.add_argument("--max-wait-ms", dest="batch_wait_ms", type=float, default=None, help="as --batch-wait-ms")
    p.set_defaults(func=serve)

    p = sub.add_parser("serve", help="the analyzer as a Ray Serve deployment (the worker's protocol)")
    p.add_argument("--replicas", type=int, default=1)
    p.add_argument("--num-gpus", type=float, default=0.0, help="GPUs per replica")
    p.add_argument("--address", default="", help="join this Ray cluster instead of starting one")
    _serving_flags(p)
    p.set_defaults(func=serve)

    p = bench.add_parser(
        "fashion-mnist", help="test accuracy and CPU images/s of the trained Fashion-MNIST model"
    )
    p.add_argument("--weights", default=str(FASHION_MNIST_WEIGHTS))
    p.add_argument(
        "--partner",
        default=str(FASHION_MNIST_PARTNER),
        help="second model asked about unsure images ('' for none)",
    )
    p.set_defaults(func=bench_fashion_mnist)
    p = bench.add_parser("index", help="vector index recall and latency at several catalogue sizes")
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--compact", action="store_true", help="the <=100 bytes/vector IVF-PQ option")
    p.add_argument("--plot", default="reports/bench/index.png")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bench_index)
