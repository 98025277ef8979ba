"""What the report's covering indexes (bot/logbook/indexes.py) cost the logbook's writes.

Two copies of the same synthetic logbook (1,000,000 rows; 20,000 in smoke mode), one opened by
the store as it is (with the indexes), one with them dropped after opening. Each then takes the
same requests the way the engine writes them (one insert under a key, then updates: for whom,
kind, ward with providers shown), alternately, so the load on the machine touches both alike.
Kinds and wards vary per request, as they do in real use, so index pages all over are touched.

    .venv/bin/python -m benchmarks.index_write_bench   # prints the row
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.suite import Mode, Row, interleave, median


def index_write_row(mode: Mode, source: Path | None = None, wards: list[str] | None = None,
                    ) -> Row:
    """`source`: an existing synthetic logbook to copy (the report row's), else one is made."""
    from benchmarks.synthetic_logbook import generate, ward_names
    from bot.logbook.indexes import COVERING
    from bot.logbook.record import KINDS, RequestRecord
    from bot.logbook.store import SqliteLogbook
    from bot.resilience.logbook import ResilientLogbook, new_request_key

    requests = mode.size(2000, 200)
    wards = wards or ward_names(None)
    tmp = Path(tempfile.mkdtemp(prefix="bench-index-"))
    try:
        if source is None:
            source = tmp / "source.db"
            generate(source, mode.size(1_000_000, 20_000), 2026, 1, wards)
        books = {}
        for name in ("with", "without"):
            shutil.copyfile(source, tmp / f"{name}.db")
            inner = SqliteLogbook(tmp / f"{name}.db")   # creates the indexes if missing
            if name == "without":
                for index in COVERING.values():
                    inner.conn.execute(f"DROP INDEX IF EXISTS {index}")
            books[name] = ResilientLogbook(inner, tmp / f"spool-{name}")
        record = RequestRecord(day="2026-12-31", channel="telegram", language="vi")

        def writes(name: str) -> float:
            book = books[name]
            rng = random.Random(7)   # the same requests for both
            t0 = time.perf_counter()
            for _ in range(requests):
                row = book.open_request_once(new_request_key(), record)
                book.update_request(row, for_whom="self")
                book.update_request(row, kind=rng.choice(KINDS))
                book.update_request(row, ward=rng.choice(wards), providers_shown=3)
            return requests / (time.perf_counter() - t0)

        mine, theirs = interleave(mode.reps, lambda: writes("with"), lambda: writes("without"))
        for book in books.values():
            book.close()
        a, b = median(mine), median(theirs)
        return Row("logbook writes with the report's covering indexes (open + 3 updates)", a,
                   "requests/s", "the same logbook without them", b, "requests/s", b / a,
                   "time with / time without", "report it", None,
                   note=f"{requests} requests into a logbook of the report row's size",
                   samples={"bot": mine, "baseline": theirs})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    from benchmarks.suite import table

    print(table([index_write_row(Mode(False, 3))]))
