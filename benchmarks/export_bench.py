"""How long an officer waits for an export: 1,000,000 rows grouped by month × ward × kind.

    .venv/bin/python -m benchmarks.export_bench       # builds a synthetic logbook in a tmp dir
    .venv/bin/python -m benchmarks.export_bench --db /tmp/bench.db --rows 1000000

Target: under 3 s per export (CSV, JSON, XLSX) of a full year. Prints the SQL grouping time,
the suppression time and each format's end-to-end time (best of --repeat runs).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.synthetic_logbook import check_target, generate, ward_names
from bot.config import load_config
from bot.reports.export import count_table, export_counts
from bot.reports.export_query import grouped_counts, open_readonly

BY = ("month", "ward", "kind")
TARGET_SECONDS = 3.0


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this file")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--report", action="store_true", help="also time the HTML report")
    args = parser.parse_args(argv)
    tmp = None
    path = args.db
    if path is None:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench-logbook.db"
    if not path.exists():
        check_target(path, None, replace=False)
        t0 = time.perf_counter()
        generate(path, args.rows, args.year, 1, ward_names(None))
        print(f"generated {args.rows:,} rows in {time.perf_counter() - t0:.1f} s")
    settings = dataclasses.replace(load_config(), logbook_url=f"sqlite:///{path.resolve()}")
    start, end = date(args.year, 1, 1), date(args.year, 12, 31)

    def sql_only() -> None:
        conn = open_readonly(settings.logbook_path)
        grouped_counts(conn, start, end, BY)
        conn.close()

    sql = best_of(args.repeat, sql_only)
    table_time = best_of(args.repeat,
                         lambda: count_table(settings, start=start, end=end, by=BY))
    table = count_table(settings, start=start, end=end, by=BY)
    hidden = sum(1 for r in table.rows if not r.shown)
    print(f"rows in logbook: {args.rows:,}; table {' × '.join(BY)}: {len(table.rows)} cells, "
          f"{hidden} hidden; total {table.total.count}")
    print(f"SQL GROUP BY: {sql:.2f} s; count_table (SQL + suppression): {table_time:.2f} s")
    worst = 0.0
    for fmt in ("csv", "json", "xlsx"):
        seconds = best_of(args.repeat, lambda fmt=fmt: export_counts(
            settings, start=start, end=end, by=BY, fmt=fmt))
        worst = max(worst, seconds)
        print(f"export {fmt:4}: {seconds:.2f} s")
    sparse = ("week", "ward", "kind")
    seconds = best_of(1, lambda: count_table(settings, start=start, end=end, by=sparse))
    print(f"finer table {' × '.join(sparse)} (more small cells to protect): {seconds:.2f} s")
    if args.report:
        from bot.reports.export import render_report

        seconds = best_of(1, lambda: render_report(settings, start=start, end=end))
        print(f"HTML report with 5 charts: {seconds:.2f} s")
    verdict = "OK" if worst < TARGET_SECONDS else "OVER TARGET"
    print(f"slowest format {worst:.2f} s (target < {TARGET_SECONDS:.0f} s): {verdict}")
    if tmp is not None:
        tmp.cleanup()
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
