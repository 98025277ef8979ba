"""`open_reader`: the reader for the logbook a config names. Apart from reader.py (the interface
both implementations import) so that the interface never imports its implementations."""

from __future__ import annotations

from typing import Any

from bot.reports.reader import LogbookReader, LogbookReadError


def open_reader(settings: Any) -> LogbookReader:
    """A reader for the logbook named by `settings.logbook_url`; `LogbookReadError` (one line
    for a person, never the URL's password) when it cannot be opened."""
    url: str = settings.logbook_url
    if url.startswith("sqlite:///"):
        from bot.reports.reader_sqlite import SqliteReader

        return SqliteReader(settings.logbook_path)
    if url.startswith(("postgresql://", "postgres://")):
        from bot.reports.reader_postgres import PostgresReader

        return PostgresReader(url)
    raise LogbookReadError(f"unknown logbook URL scheme: {url.split(':', 1)[0]}")
