"""Write a synthetic logbook of N rows for benchmarks (never the configured, real logbook).

    .venv/bin/python -m benchmarks.synthetic_logbook /tmp/bench.db --rows 1000000 --year 2026

Rows follow a plausible shape (more Telegram than web, most requests for oneself, a few busy
wards and a long tail, ~12 % urgent) so that grouping and suppression meet realistic tables.
The schema is created by the real store (bot.logbook.store), then rows are bulk-inserted.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

from bot.config import load_config
from bot.logbook.store import KINDS, TABLE, SqliteLogbook

CHANNELS = (("telegram", 50), ("zalo", 35), ("web", 15))
LANGUAGES = (("vi", 90), ("en", 10))
FOR_WHOM = (("self", 60), ("other", 30), ("unknown", 10))
KIND_WEIGHTS = (30, 25, 8, 10, 12, 2, 5, 4, 4)


class RefusedPath(Exception):
    pass


def check_target(path: Path, config: str | None, replace: bool) -> None:
    """Refuse the configured logbook, and any existing file unless --replace."""
    settings = load_config(config)
    real = settings.logbook_path
    if real is not None and path.resolve() == real.resolve():
        raise RefusedPath(f"{path} is the configured logbook; benchmarks never write it")
    if path.exists() and not replace:
        raise RefusedPath(f"{path} exists; pass --replace to overwrite it")


def generate(path: Path, rows: int, year: int, seed: int, wards: list[str]) -> None:
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    SqliteLogbook(path).close()  # the real schema and user_version
    first = date(year, 1, 1)
    n_days = (date(year, 12, 31) - first).days + 1
    days = sorted(rng.randrange(n_days) for _ in range(rows))
    day_text = [(first + timedelta(days=d)).isoformat() for d in range(n_days)]
    ward_values: list[str | None] = [*wards, None]
    ward_weights = [1 / (i + 1) for i in range(len(wards))] + [sum(1 / (i + 1) for i in
                                                                   range(len(wards))) / 4]

    def pick(pairs: tuple[tuple[str, int], ...]) -> list[str]:
        return rng.choices([v for v, _ in pairs], [w for _, w in pairs], k=rows)

    columns = (
        (day_text[d] for d in days), pick(CHANNELS), pick(LANGUAGES), pick(FOR_WHOM),
        rng.choices(KINDS, KIND_WEIGHTS, k=rows), rng.choices(ward_values, ward_weights, k=rows),
        rng.choices((1, 0), (12, 88), k=rows), rng.choices((0, 1, 2, 3), (25, 35, 25, 15), k=rows),
    )
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO {TABLE} (day, channel, language, for_whom, kind, ward, urgent, "
        f"providers_shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", zip(*columns, strict=True))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def ward_names(config: str | None) -> list[str]:
    from bot.knowledge.wards import WardIndex

    return [w.name for w in WardIndex.load(load_config(config).wards_file).wards]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the SQLite file to write")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--config", default=None, help="config whose logbook must not be touched")
    parser.add_argument("--replace", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    try:
        check_target(args.output, args.config, args.replace)
    except RefusedPath as exc:
        print(f"synthetic_logbook: {exc}", file=sys.stderr)
        return 2
    generate(args.output, args.rows, args.year, args.seed, ward_names(args.config))
    print(f"{args.output}: {args.rows} rows for {args.year}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
