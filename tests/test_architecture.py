"""The shape of the code, checked: dependencies point one way, no two modules import each other, and
no module outgrows what a newcomer can read in one sitting."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 450

# package -> the project packages it may import (its own modules always)
ALLOWED: dict[str, set[str]] = {
    "vocabulary": set(),
    "storage": set(),
    "shop_client": set(),
    "shared_data": {"vocabulary"},
    "inference": {"vocabulary"},
    "matching": {"vocabulary"},
    "understanding": {"vocabulary"},
    "catalog": {"inference", "matching", "storage", "shop_client", "shared_data", "vocabulary"},
    "training": {"inference", "matching", "storage", "shared_data", "vocabulary"},
    "application": {
        "catalog",
        "inference",
        "matching",
        "storage",
        "shop_client",
        "shared_data",
        "understanding",
        "vocabulary",
    },
    "evaluation": {"application", "catalog", "inference", "matching", "storage", "shared_data", "vocabulary"},
    "bot": {"application", "vocabulary"},
    "cli": set(),  # filled below: the CLI may use every layer
}
ALLOWED["cli"] = set(ALLOWED) - {"cli"}


def modules() -> dict[str, Path]:
    found = {}
    for package in ALLOWED:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports(name: str, path: Path) -> set[str]:
    """Every project module `name` imports, anywhere in it (function-local and TYPE_CHECKING too)."""
    is_package = path.name == "__init__.py"
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            out.add(target)
            out.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in out if m.split(".")[0] in ALLOWED}


def test_dependencies_point_one_way() -> None:
    wrong = []
    for name, path in modules().items():
        package = name.split(".")[0]
        for target in imports(name, path):
            other = target.split(".")[0]
            if other != package and other not in ALLOWED[package]:
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_no_two_modules_import_each_other() -> None:
    found = modules()
    graph = {
        name: {t for t in imports(name, path) if t in found and t != name} for name, path in found.items()
    }
    pairs = sorted(
        f"{a} <-> {b}"
        for a, targets in graph.items()
        for b in targets
        if a < b
        and a in graph.get(b, set())
        and not (found[a].name == "__init__.py" and b.startswith(a + "."))
    )
    assert pairs == []


def test_no_module_is_over_the_size_limit() -> None:
    long = {
        name: n
        for name, path in modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_bot_imports_no_training_code() -> None:
    assert not [
        (name, target)
        for name, path in modules().items()
        if name.startswith(("bot", "application"))
        for target in imports(name, path)
        if target.split(".")[0] == "training" or target.startswith("inference.training")
    ]
