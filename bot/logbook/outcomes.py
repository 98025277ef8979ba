"""The anonymous outcome count: one row per answered check-in, in its own table.

`help_outcomes(id, day, channel, language, kind, outcome)`: the day (no time of day), the
channel, the language, the kind of request the check-in followed (or "unknown") and the answer.
No id of anyone, and nothing links a row to the help request it followed: the two tables share
no key, so an outcome cannot be joined back to a request.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.logbook.record import KINDS

OUTCOME_TABLE = "help_outcomes"
# reached a service and got help / reached one, no help yet / not yet / would rather not say
OUTCOMES = ("reached_helped", "reached_waiting", "not_yet", "rather_not")
OUTCOME_COLUMNS = ("id", "day", "channel", "language", "kind", "outcome")

SQLITE_DDL = (f"CREATE TABLE IF NOT EXISTS {OUTCOME_TABLE} (id INTEGER PRIMARY KEY, "
              "day TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, "
              "kind TEXT NOT NULL, outcome TEXT NOT NULL)")
PG_DDL = (f"CREATE TABLE IF NOT EXISTS {OUTCOME_TABLE} (id BIGSERIAL PRIMARY KEY, "
          "day TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, "
          "kind TEXT NOT NULL, outcome TEXT NOT NULL)")


@dataclass(frozen=True)
class OutcomeRecord:
    day: str
    channel: str
    language: str
    kind: str
    outcome: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        if len(self.day) != 10:
            raise ValueError("day must be YYYY-MM-DD")

    def values(self) -> tuple[str, str, str, str, str]:
        return (self.day, self.channel, self.language, self.kind, self.outcome)
