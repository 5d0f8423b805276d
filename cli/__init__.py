"""The `stylist` command line: one module per command group, each thin over the application, the
catalogue and training."""

from __future__ import annotations

import argparse
import logging
import sys

from bot import logs

from . import analyze, bench, catalog, chat, evaluate, train


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stylist", description=__doc__)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="-v info, -vv debug")
    sub = parser.add_subparsers(dest="command", required=True)
    for group in (analyze, chat, catalog, train, bench, evaluate):
        group.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logs.install()  # no bot token and no name in any log line, at any level
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
