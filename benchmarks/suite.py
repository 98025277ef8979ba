"""The benchmark suite: every row of issue 17's table against its baseline, in the same run.

    .venv/bin/python -m benchmarks            # full run (several minutes), a table of ratios
    .venv/bin/python -m benchmarks --json     # the same as JSON
    .venv/bin/python -m benchmarks --smoke    # a short run that only proves every row runs (CI)

Each row measures the bot and its baseline alternately (bot, baseline, bot, baseline, …;
`--reps` repetitions) and reports the medians and their ratio, because on a shared 2-core
machine absolute figures move with the load while a ratio taken minutes apart does not mean
much. The baselines are part of the suite: an engine turn against the NLU alone, the Telegram
webhook against a bare python-telegram-bot echo bot on the same fake Bot API, the web chat
against a bare Starlette JSON echo under uvicorn, the logbook against a bare SQL INSERT at the
same durability, a cold start against importing the frameworks, the HTML report against a CSV
export of the same table. The load average at the start and the end is printed with the table.

A goal is a figure the issue sets; `met` says whether this run reached it. Nothing here fails a
build on timing: the smoke mode (tests/test_benchmarks_smoke.py) only checks that it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Row:
    """One line of the table: the bot's figure, the baseline's, their ratio and the goal."""

    what: str
    figure: float
    unit: str
    baseline: str
    base_figure: float | None
    base_unit: str = ""
    ratio: float | None = None
    ratio_means: str = ""        # how to read the ratio ("turn / NLU time", …)
    goal: str = ""
    met: bool | None = None
    note: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)


@dataclass
class Mode:
    smoke: bool
    reps: int

    def size(self, full: int, smoke: int) -> int:
        return smoke if self.smoke else full


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def interleave(reps: int, bot: Callable[[], float], base: Callable[[], float]
               ) -> tuple[list[float], list[float]]:
    """Alternate the two measurements `reps` times (bot first, then baseline first, …) so a
    change of load on the machine touches both alike."""
    mine: list[float] = []
    theirs: list[float] = []
    for rep in range(reps):
        if rep % 2 == 0:
            mine.append(bot())
            theirs.append(base())
        else:
            theirs.append(base())
            mine.append(bot())
    return mine, theirs


def _rows(mode: Mode, only: set[str] | None) -> list[Row]:
    import importlib

    groups = [("engine", "rows_engine", "run"), ("telegram", "rows_telegram", "run"),
              ("web", "rows_web", "run"), ("start", "rows_start", "run_cold_start"),
              ("report", "rows_start", "run_report")]
    rows: list[Row] = []
    for name, module, function in groups:
        if only and name not in only:
            continue
        started = time.perf_counter()
        try:
            run: Callable[[Mode], list[Row]] = getattr(
                importlib.import_module(f"benchmarks.{module}"), function)
            found = run(mode)
        except Exception as exc:   # one broken row must not hide the others
            found = [Row(f"{name}: failed", float("nan"), "", "", None,
                         note=f"{type(exc).__name__}: {exc}")]
        for row in found:
            row.note = (row.note + f" [{time.perf_counter() - started:.0f} s]").strip()
        rows.extend(found)
        print(f"  … {name} done", file=sys.stderr, flush=True)
    return rows


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    if value != value:  # nan
        return "n/a"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}" if abs(value) < 10 \
        else f"{value:,.1f}"
    return f"{text} {unit}".strip()


def table(rows: list[Row]) -> str:
    lines = ["| what | bot | baseline in the same run | ratio | goal | met |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        ratio = "–" if r.ratio is None else f"{r.ratio:.2f}× ({r.ratio_means})"
        met = "–" if r.met is None else ("yes" if r.met else "NO")
        base = f"{r.baseline}: {_fmt(r.base_figure, r.base_unit)}" if r.baseline else "–"
        lines.append(f"| {r.what} | {_fmt(r.figure, r.unit)} | {base} | {ratio} | {r.goal} | "
                     f"{met} |")
    notes = [f"- {r.what}: {r.note}" for r in rows if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--smoke", action="store_true",
                        help="tiny sizes, one repetition: proves every row runs (CI)")
    parser.add_argument("--reps", type=int, default=None,
                        help="repetitions of each bot/baseline pair (default 3; smoke 1)")
    parser.add_argument("--only", default="",
                        help="comma-separated groups: engine,telegram,web,start,report")
    args = parser.parse_args(argv)
    mode = Mode(args.smoke, args.reps or (1 if args.smoke else 3))
    load_before = os.getloadavg()
    started = time.perf_counter()
    rows = _rows(mode, set(filter(None, args.only.split(","))) or None)
    elapsed = time.perf_counter() - started
    load_after = os.getloadavg()
    context: dict[str, Any] = {
        "mode": "smoke" if mode.smoke else "full", "reps": mode.reps,
        "cpus": os.cpu_count(), "seconds": round(elapsed, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
    }
    if args.json:
        print(json.dumps({"context": context, "rows": [asdict(r) for r in rows]},
                         ensure_ascii=False, indent=1))
    else:
        print(table(rows))
        print(f"\n{context['mode']} run, {mode.reps} repetition(s) per pair, {elapsed:.0f} s; "
              f"{context['cpus']} CPUs; load average before {context['load_average_before']}, "
              f"after {context['load_average_after']}")
    return 0
