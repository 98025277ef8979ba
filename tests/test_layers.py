"""Imports go down the layers only, and no module of `bot/` imports itself back through others.

The layer order (DESIGN.md, docs/LAYOUT.md): cli → server → channels → core →
nlu / knowledge / logbook / reports → config / sessions. The imports are read from the source
with `ast`, nothing is imported; an import inside a function or under TYPE_CHECKING counts like
one at the top, since a lazy import only hides a cycle or an upward dependency.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "bot"
# Lower number, lower layer: a module may import its own layer and the ones below.
LAYERS = {"cli": 6, "server": 5, "channels": 4, "core": 3,
          "nlu": 2, "knowledge": 2, "logbook": 2, "reports": 2, "followup": 2, "handoff": 2,
          "config": 1, "sessions": 1}
# What the bot's inner layers must never reach, whatever the order above says.
INNER = ("core", "nlu", "logbook", "knowledge", "reports", "sessions", "config", "followup",
         "handoff")
OUTER = ("channels", "server", "cli")


@cache
def modules() -> dict[str, tuple[Path, bool]]:
    """Dotted module name → (file, is a package's __init__)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if package else parts)] = (path, package)
    return found


def _known(name: str) -> str | None:
    """The module `name` names, or the nearest package of bot/ that holds it."""
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    """The bot modules `module` imports (`from bot.x import y` is bot.x.y when y is a module)."""
    path, package = modules()[module]
    found: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(_known(alias.name) for alias in node.names
                         if alias.name.split(".")[0] == "bot")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if package else module.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            if source.split(".")[0] != "bot":
                continue
            for alias in node.names:
                full = f"{source}.{alias.name}"
                found.add(full if full in modules() else _known(source))
    found.discard(None)
    found.discard(module)
    return {name for name in found if name is not None}


def graph() -> dict[str, set[str]]:
    return {module: imports_of(module) for module in modules()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_the_walker_finds_a_cycle_and_reads_imports() -> None:
    edges = {"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}, "bot.d": {"bot.a"}}
    assert cycles(edges) == [["bot.a", "bot.b", "bot.c"]]
    assert "bot.logbook.record" in imports_of("bot.logbook.store")


def test_no_import_cycle_between_modules() -> None:
    found = cycles(graph())
    assert not found, "import cycles (a lazy import counts too):\n" + "\n".join(
        " ↔ ".join(group) for group in found)


def test_inner_layers_never_import_channels_server_or_cli() -> None:
    wrong = sorted(f"{module} imports {target}"
                   for module, targets in graph().items() if layer(module) in INNER
                   for target in targets if layer(target) in OUTER)
    assert not wrong, "\n".join(wrong)


def test_imports_go_down_the_layers() -> None:
    wrong = sorted(f"{module} ({layer(module)}) imports {target} ({layer(target)})"
                   for module, targets in graph().items() if layer(module) in LAYERS
                   for target in targets
                   if layer(target) in LAYERS and LAYERS[layer(target)] > LAYERS[layer(module)])
    assert not wrong, "\n".join(wrong)


def test_the_running_bot_never_imports_the_fakes() -> None:
    wrong = sorted(f"{module} imports {target}" for module, targets in graph().items()
                   if layer(module) != "testing"
                   for target in targets if layer(target) == "testing")
    assert not wrong, "\n".join(wrong)
