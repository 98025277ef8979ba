"""The anonymous logbook: one row per help request, nothing that points at a person."""

from bot.logbook.store import (
    COLUMNS,
    FOR_WHOM,
    KINDS,
    Logbook,
    LogbookError,
    RequestRecord,
    open_logbook,
)

__all__ = ["COLUMNS", "FOR_WHOM", "KINDS", "Logbook", "LogbookError", "RequestRecord", "open_logbook"]
