"""Rerun the README's `$ printf '…' | stylist chat` transcripts and write their output in place, links
shortened to `<…>` and abbreviated photo names ("ea7b…18.jpg") read as the one file they name.

usage: .venv/bin/python scripts/transcripts.py FIRST_USER_ID [BLOCK ...]
Each block runs as its own user (FIRST_USER_ID, then the next ids) on the database `scripts/run` built;
BLOCK numbers (0 the first transcript) rerun only those.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMAND = re.compile(r"^\$ printf '.*\| stylist chat")
ABBREVIATED = re.compile(r"(\.\./shared/data/[\w/]+)/([\w-]+)…([\w-]*\.jpg)")  # "ea7b…18.jpg"
LINK = re.compile(r"<https?://[^>\s]*>")


def photos(command: str) -> dict[str, str]:
    """Each abbreviated photo name of a command and the one file it names (its path as written)."""
    named = {}
    for m in ABBREVIATED.finditer(command):
        hits = sorted((ROOT / m[1]).glob(f"{m[2]}*{m[3]}"))
        if len(hits) != 1:
            raise SystemExit(f"{m[0]} names {len(hits)} files")
        named[m[0]] = f"{m[1]}/{hits[0].name}"
    return named


def run(command: str, user: int) -> list[str]:
    """The transcript of one `$ printf …` line, run as `user` (the photos it echoes abbreviated again)."""
    named, shell = photos(command), command[2:]
    for short, full in named.items():
        shell = shell.replace(short, full)
    shell = shell.replace("| stylist chat", f"| .venv/bin/stylist chat --user {user}")
    done = subprocess.run(["bash", "-c", shell], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    said = LINK.sub("<…>", done.stdout).rstrip("\n")
    for short, full in named.items():
        said = said.replace(full, short)
    return [line.rstrip() for line in said.split("\n")]


def main(argv: list[str]) -> None:
    first, only = int(argv[0]), {int(a) for a in argv[1:]}
    lines, out, i, block = README.read_text(encoding="utf-8").split("\n"), [], 0, 0
    while i < len(lines):
        out.append(lines[i])
        if not COMMAND.match(lines[i]):
            i += 1
            continue
        end = lines.index("```", i + 1)
        if only and block not in only:
            out += lines[i + 1 : end]
        else:
            said = run(lines[i], first + block)
            out += said
            print(f"transcript {block}: {end - i - 1} lines before, {len(said)} now", flush=True)
        i, block = end, block + 1
    README.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
