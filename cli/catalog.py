"""`stylist catalog build|ingest-naver` and `stylist shop search`: the product catalogue and Naver."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from application import Settings


async def catalog_build(args: argparse.Namespace) -> int:
    from catalog import build_catalog
    from inference import Analyzer
    from storage import migrated_sessions

    settings = Settings.from_env()
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    async with migrated_sessions(settings.database_url) as sessions:
        stats = await build_catalog(
            sessions, analyzer, settings.index_path, settings.data_dir, limit=args.limit
        )
    print(
        json.dumps(stats)
        if args.json
        else f"catalog: added {stats['added']}, embedded again {stats['embedded_again']}, "
        f"unreadable {stats['unreadable']}, total {stats['total']}, {stats['seconds']} s"
    )
    return 0


def _naver_error(exc: Exception) -> int:
    """Print a Naver API error as JSON (its code and message) and return the exit status."""
    code = getattr(exc, "code", "") or type(exc).__name__
    print(json.dumps({"error": code, "message": getattr(exc, "message", str(exc))}, ensure_ascii=False))
    return 1


async def shop_search(args: argparse.Namespace) -> int:
    import aiohttp

    from application.naver import naver_client
    from shop_client import NaverError

    settings = Settings.from_env()
    if not settings.has_naver:
        print("NAVER_CLIENT_ID and NAVER_CLIENT_SECRET are not set", file=sys.stderr)
        return 2
    async with aiohttp.ClientSession() as http:
        client = naver_client(settings, http)
        try:
            if args.min_price is not None or args.max_price is not None:  # cheaper: sort=asc + bounds here
                items = await client.cheaper(
                    args.query, min_price=args.min_price, max_price=args.max_price, limit=args.display
                )
                total = len(items)
            else:
                result = await client.search(
                    args.query,
                    display=args.display,
                    start=args.start,
                    sort=args.sort,
                    naverpay_only=args.naverpay,
                    exclude=tuple(x for x in args.exclude.split(",") if x),
                )
                items, total = result.items, result.total
        except NaverError as exc:
            return _naver_error(exc)
    for item in items:
        if args.json:
            print(json.dumps(item.to_dict(), ensure_ascii=False))
        else:
            print(f"{item.title} · {item.lprice or '-'} · {item.mall_name} · {item.link}")
    if not args.json:
        print(f"{len(items)} of {total} results")
    return 0


async def ingest_naver_command(args: argparse.Namespace) -> int:
    import aiohttp

    from application.naver import naver_client
    from catalog import ingest_naver
    from inference import Analyzer
    from shop_client import NaverError
    from storage import migrated_sessions

    settings = Settings.from_env()
    if not settings.has_naver:
        print("NAVER_CLIENT_ID and NAVER_CLIENT_SECRET are not set", file=sys.stderr)
        return 2
    analyzer = Analyzer.from_checkpoint(settings.checkpoint, settings.device)
    try:
        async with migrated_sessions(settings.database_url) as sessions, aiohttp.ClientSession() as http:
            stats = await ingest_naver(
                naver_client(settings, http, sessions),
                http,
                sessions,
                analyzer,
                settings.index_path,
                settings.index_path.parent / "images" / "naver",
                args.query,
                pages=args.pages,
            )
    except NaverError as exc:
        return _naver_error(exc)
    print(json.dumps(stats.to_dict()))
    return 0


async def catalog_audit(args: argparse.Namespace) -> int:
    from catalog import audit_catalog, record_version
    from matching import ProductIndex
    from storage import migrated_sessions

    settings = Settings.from_env()
    if not settings.index_path.exists():
        print("no catalogue index: run `stylist catalog build` first", file=sys.stderr)
        return 2
    async with migrated_sessions(settings.database_url) as sessions:
        index = ProductIndex.load(settings.index_path)
        result = await audit_catalog(sessions, index)
        await record_version(sessions, settings.index_path, len(index), "audit")  # what is kept out changed
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"audit: {result['hidden']} of {result['products']} products kept out ({result['by_reason']})")
        for example in result["examples"]:  # type: ignore[attr-defined]
            print(f"  {example['product_id']}: {example['name']} -> {example['reason']}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    catalog = sub.add_parser("catalog", help="the product catalogue").add_subparsers(
        dest="action", required=True
    )
    p = catalog.add_parser("build", help="embed the product shots into the database and the index")
    p.add_argument("--limit", type=int, default=None, help="only the first N products")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda a: asyncio.run(catalog_build(a)))

    p = catalog.add_parser("audit", help="keep products whose picture disagrees with their metadata out")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda a: asyncio.run(catalog_audit(a)))

    p = catalog.add_parser("ingest-naver", help="add Naver Shopping products for a query")
    p.add_argument("--query", required=True)
    p.add_argument("--pages", type=int, default=1, help="pages of 100 results")
    p.set_defaults(func=lambda a: asyncio.run(ingest_naver_command(a)))

    shop = sub.add_parser("shop", help="Naver Shopping").add_subparsers(dest="action", required=True)
    p = shop.add_parser("search", help="search Naver Shopping and print the parsed items")
    p.add_argument("query")
    p.add_argument("--sort", default="sim", help="sim, date, asc or dsc")
    p.add_argument("--display", type=int, default=10, help="1..100")
    p.add_argument("--start", type=int, default=1, help="1..1000")
    p.add_argument("--exclude", default="", help="comma-separated: used, rental, cbshop")
    p.add_argument("--naverpay", action="store_true", help="only Naver Pay products")
    p.add_argument("--min-price", type=int, default=None, help="cheapest first, at least this price (KRW)")
    p.add_argument("--max-price", type=int, default=None, help="cheapest first, at most this price (KRW)")
    p.add_argument("--json", action="store_true", help="one JSON object per item per line")
    p.set_defaults(func=lambda a: asyncio.run(shop_search(a)))
