"""The read side of the anonymous logbook: periods, small-cell suppression, exports (CSV, XLSX,
JSON), the HTML report and its charts, reading SQLite or PostgreSQL through one reader interface
(`reader.py`, opened by `reader_open.open_reader`). The write side is `bot/logbook/`."""
