"""The layout: one stage per folder, imports pointing one way, small modules and functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each stage may import the stages before it, never one after it.
STAGES = ["model", "read", "extract", "similarity", "graph", "queries", "publish", "kg87"]
RANK = {"model": 0, "read": 1, "extract": 2, "similarity": 3, "graph": 4, "queries": 4, "publish": 5, "kg87": 6}


def modules() -> list[tuple[str, Path]]:
    return [(stage, path) for stage in STAGES for path in sorted((ROOT / stage).rglob("*.py"))]


def module_name(stage: str, path: Path) -> list[str]:
    """The dotted name of a module as installed (kg87.<stage>.…, the app's modules kg87.…)."""
    parts = list(path.relative_to(ROOT / stage).with_suffix("").parts)
    return ["kg87"] + ([] if stage == "kg87" else [stage]) + parts


def imported_stages(package: list[str], source: str) -> set[tuple[str, int]]:
    """(stage, line) of every kg87 module a module of ``package`` imports, relative imports resolved."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            targets = [base + (node.module.split(".") if node.module else [])]
        for target in targets:
            if target[:1] == ["kg87"]:
                found.add((target[1] if len(target) > 1 and target[1] in RANK else "kg87", node.lineno))
    return found


@pytest.mark.parametrize("stage, path", modules(), ids=lambda v: str(v.relative_to(ROOT)) if isinstance(v, Path) else v)
def test_imports_point_one_way(stage, path):
    name = module_name(stage, path)
    package = name if path.name == "__init__.py" else name[:-1]
    found = imported_stages(package, path.read_text(encoding="utf-8"))
    upward = [(target, line) for target, line in found if RANK[target] > RANK[stage]]
    assert not upward, f"{path.relative_to(ROOT)} imports a later stage: {upward}"


def test_the_import_check_sees_upward_and_relative_imports():
    source = "from kg87.publish.tables import cell\nfrom ..graph import build\nfrom .text import sentences\nimport numpy\n"
    assert {target for target, _ in imported_stages(["kg87", "extract"], source)} == {"publish", "graph", "extract"}


@pytest.mark.parametrize("stage, path", modules(), ids=lambda v: str(v.relative_to(ROOT)) if isinstance(v, Path) else v)
def test_modules_and_functions_stay_small(stage, path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 400, f"{path.relative_to(ROOT)} has more than 400 lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            assert length <= 60, f"{path.relative_to(ROOT)}:{node.lineno} {node.name} has {length} lines"
