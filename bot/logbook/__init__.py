"""The anonymous logbook, its write side: one row per help request, nothing that points at a
person. record.py says what a row holds; store.py (SQLite) and postgres.py store it. Reading
and exporting counts is bot/reports/."""

from bot.logbook.record import (
    COLUMNS,
    FOR_WHOM,
    KINDS,
    Logbook,
    LogbookError,
    RequestRecord,
)
from bot.logbook.store import open_logbook

__all__ = ["COLUMNS", "FOR_WHOM", "KINDS", "Logbook", "LogbookError", "RequestRecord", "open_logbook"]
