"""Anonymous counts of handoffs to a counsellor: one row per day, channel, language and outcome
with how many times it happened, nothing else (no id, no text, no time of day, no counsellor).

Outcomes: `queued` (joined the queue), `unavailable` (asked while nobody was online or outside
the hours: the honest answer), `taken` (a counsellor took the chat), `left` (left the queue
before anyone took it), `ended` (a live chat ended, by either side). The table lives beside the
help requests in the same logbook (SQLite or PostgreSQL), created on first use, and is read
with the same small-cell suppression as every other export (bot/reports/handoffs.py).
"""

from __future__ import annotations

from dataclasses import dataclass

HANDOFF_TABLE = "handoff_counts"
OUTCOMES = ("queued", "unavailable", "taken", "left", "ended")
CHANNELS = ("telegram", "zalo", "web", "console")

SQLITE_DDL = (f"CREATE TABLE IF NOT EXISTS {HANDOFF_TABLE} (day TEXT NOT NULL, "
              "channel TEXT NOT NULL, language TEXT NOT NULL, outcome TEXT NOT NULL, "
              "n INTEGER NOT NULL, PRIMARY KEY (day, channel, language, outcome))")
SQLITE_ADD = (f"INSERT INTO {HANDOFF_TABLE} (day, channel, language, outcome, n) "
              "VALUES (?, ?, ?, ?, 1) ON CONFLICT (day, channel, language, outcome) "
              "DO UPDATE SET n = n + 1")
POSTGRES_DDL = SQLITE_DDL.replace("n INTEGER", "n BIGINT")
POSTGRES_ADD = SQLITE_ADD.replace("?", "%s").replace("SET n = n + 1",
                                                      f"SET n = {HANDOFF_TABLE}.n + 1")


@dataclass(frozen=True)
class HandoffCount:
    day: str
    channel: str
    language: str
    outcome: str

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        if self.channel not in CHANNELS:
            raise ValueError(f"channel must be one of {CHANNELS}")
        if self.language not in ("vi", "en"):
            raise ValueError("language must be vi or en")
        if len(self.day) != 10:
            raise ValueError("day is YYYY-MM-DD")

    def values(self) -> tuple[str, str, str, str]:
        return (self.day, self.channel, self.language, self.outcome)
