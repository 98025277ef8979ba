"""Covering indexes for the read side: (kind, day), (ward, day), (channel, day) on help_requests.

Why: a report over a year groups a million rows by kind, by ward and by channel. Without an
index SQLite sorts every row for each GROUP BY (~0.6–0.9 s each at 1M rows); with one of these
it walks the index in value order, never touches the table and needs no sort (~0.15 s), and the
"values ever seen" of ward and channel become a few index seeks instead of a full scan
(bot/reports/reader_covering.py). The price is paid on writes: each insert, and each update of
kind or ward, also writes these indexes' pages (benchmarks/index_write_bench.py, in the report
group). Measured on the 2-core machine, interleaved, a request opened + 3 updates on a 1M-row
SQLite logbook: none ~160 µs, ward only ~220, ward + channel ~245, all three ~280 (1.8–2.3×
across runs); a year's report: all three ~0.65 s, ward + channel ~1.1 s, ward only ~1.3 s, none
~2.1 s. On PostgreSQL a request costs ~8% more (its round trips dominate). Taking a dimension
out of COVERING takes its index out of new logbooks; the readers use whichever exist.

Both stores create them with IF NOT EXISTS every time they open, so a logbook made before them
gets them on the bot's next start (a one-off build: about 3 s at 1M rows on SQLite). They change
no column, so the schema version stays; a reader that finds them missing (an old logbook not yet
opened by this version) reads as before.
"""

from __future__ import annotations

from bot.logbook.record import TABLE

# dimension → index name; the same names in SQLite and PostgreSQL.
COVERING: dict[str, str] = {dim: f"idx_{TABLE}_{dim}_day" for dim in ("kind", "ward", "channel")}

DDL: tuple[str, ...] = tuple(f"CREATE INDEX IF NOT EXISTS {name} ON {TABLE} ({dim}, day)"
                             for dim, name in COVERING.items())
