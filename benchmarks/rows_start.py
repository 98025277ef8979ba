"""Cold start and the HTML report.

Cold start: wall time from launching `companion chat --jsonl` to its first reply line, with the
model cache warm, with an empty cache (a fresh install: the model the package ships is loaded),
and for training data the package has no model for (an operator's own intents: trained on first
use, with a notice), against a fresh interpreter importing the frameworks the bot stands on
(`import telegram, starlette, sklearn`); and the model's load time from the cache. The report: `companion report`'s HTML on a synthetic
logbook of 1,000,000 rows (20,000 in smoke mode) against a CSV export of a table of the same
logbook and the bare SQL GROUP BY; beside it, what the covering indexes the report reads through
cost the logbook's writes on that logbook (benchmarks/index_write_bench.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.project import ROOT, copy_project
from benchmarks.suite import Mode, Row, interleave, median

EVENT = '{"user": "bench", "text": "xin chào"}\n'
FLOOR = "import telegram, starlette, sklearn"


def _first_reply(config: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--jsonl", "--config",
                             str(config)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(EVENT)
    proc.stdin.flush()
    line = proc.stdout.readline()
    seconds = time.perf_counter() - t0
    proc.stdin.close()
    proc.wait(timeout=60)
    if "replies" not in line:
        raise RuntimeError(f"companion chat answered {line[:80]!r}")
    return seconds


def _floor() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", FLOOR], cwd=ROOT, check=True)
    return time.perf_counter() - t0


def run_cold_start(mode: Mode) -> list[Row]:
    from benchmarks.nlu_bench import measure_load

    work = copy_project("bench-start-")
    try:
        config = work / "config.toml"
        text = config.read_text(encoding="utf-8")
        cold_config = work / "cold.toml"

        def cold(own_intents: bool = False) -> float:
            empty = Path(tempfile.mkdtemp(prefix="bench-nlu-cache-"))
            try:
                nlu = f'[nlu]\ncache_dir = "{empty}"\n'
                if own_intents:   # data the bundled model was not made for: trains first
                    intents = empty / "intents"
                    shutil.copytree(work / "intents", intents)
                    with (intents / "vi" / "everyday.yml").open("a", encoding="utf-8") as handle:
                        handle.write("\n- intent: greet\n  examples: |\n    - chào bạn nhé\n")
                    nlu += f'intents_dir = "{intents}"\n'
                cold_config.write_text(text.replace("[nlu]\n", nlu, 1), encoding="utf-8")
                return _first_reply(cold_config)
            finally:
                shutil.rmtree(empty, ignore_errors=True)

        _first_reply(config)   # fills the copy's cache if it was empty, warms the OS file cache
        warm, floor = interleave(mode.reps + 1, lambda: _first_reply(config), _floor)
        cold_runs, floor2 = interleave(max(1, mode.reps), cold, _floor)
        trained = [cold(own_intents=True) for _ in range(1 if mode.smoke else 2)]
        base = median(floor + floor2)
        load = measure_load(str(config), runs=mode.size(5, 1))
        rows = [
            Row("cold start, first reply of `companion chat --jsonl`, warm model cache",
                median(warm), "s", f"`{FLOOR}`", base, "s", median(warm) / base,
                "bot / import floor", "≤ 1.0×", median(warm) / base <= 1.0,
                samples={"bot": warm, "baseline": floor}),
            Row("cold start, no model cache (fresh install: the bundled model)",
                median(cold_runs), "s", f"`{FLOOR}`", base, "s", median(cold_runs) / base,
                "bot / import floor", "≤ 1.0×", median(cold_runs) / base <= 1.0,
                samples={"bot": cold_runs, "baseline": floor2}),
            Row("first start on other training data (trains, with a notice)", median(trained),
                "s", f"`{FLOOR}`", base, "s", median(trained) / base, "bot / import floor",
                note="no goal: an operator's own intents, once", samples={"bot": trained}),
            Row("model load (.npz: the cache, else the bundled model)", load["npz_load_ms"], "ms",
                "", None, goal="< 100 ms", met=load["npz_load_ms"] < 100,
                note=f"whole build_understander {load['build_understander_ms']:.0f} ms"),
        ]
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_report(mode: Mode) -> list[Row]:
    import dataclasses

    from benchmarks.index_write_bench import index_write_row
    from benchmarks.synthetic_logbook import generate, ward_names
    from bot.config import load_config
    from bot.reports.export import export_counts, render_report
    from bot.reports.export_query import grouped_counts, open_readonly

    rows_n = mode.size(1_000_000, 20_000)
    tmp = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        path = tmp / "logbook.db"
        wards = ward_names(None)
        generate(path, rows_n, 2026, 1, wards)
        settings = dataclasses.replace(load_config(), logbook_url=f"sqlite:///{path}")
        start, end = date(2026, 1, 1), date(2026, 12, 31)

        def report() -> float:
            t0 = time.perf_counter()
            render_report(settings, start=start, end=end)
            return time.perf_counter() - t0

        def csv() -> float:
            t0 = time.perf_counter()
            export_counts(settings, start=start, end=end, by=("month", "ward", "kind"),
                          fmt="csv")
            return time.perf_counter() - t0

        def sql() -> float:
            t0 = time.perf_counter()
            conn = open_readonly(settings.logbook_path)
            grouped_counts(conn, start, end, ("month", "ward", "kind"))
            conn.close()
            return time.perf_counter() - t0

        report()   # warm-up: matplotlib's font cache, the OS file cache
        mine, theirs = interleave(mode.reps, report, csv)
        floor = median([sql() for _ in range(mode.reps)])
        a, b = median(mine), median(theirs)
        return [Row(f"HTML report with charts, {rows_n:,}-row logbook", a, "s",
                    "CSV export month×ward×kind of the same logbook", b, "s", a / b,
                    "report / CSV", "< 2 s", a < 2.0,
                    note=f"SQL GROUP BY alone {floor:.2f} s",
                    samples={"bot": mine, "baseline": theirs}),
                # what the report's covering indexes cost the writes, on the same logbook
                index_write_row(mode, source=path, wards=wards)]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
