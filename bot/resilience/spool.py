"""An append-only spool of logbook writes that could not be made, replayed later.

Each process appends to a file of its own in the spool directory (`spool-<pid>-<token>.jsonl`),
one JSON line per write, `fsync`ed before the turn goes on: a write the bot acknowledged survives
a crash. The process holds an exclusive `flock` on each of its files, so a file nobody holds the
lock on belongs to a process that died (kill -9): any process may replay it. Replaying a
help request is idempotent (each spooled write carries a key the logbook remembers), so a replay
interrupted by a crash can simply start again; a replay stopped by a failure also writes how far
it got, so the keyless counts (check-in outcomes, handoffs) are not applied twice. A torn last
line (a crash mid-write) is skipped.

Nothing in a line points at a person: it holds the anonymous logbook fields and random keys.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("companion.spool")


class Spool:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._fd: int | None = None          # the file new writes go to
        self._path: Path | None = None
        self._held: dict[Path, int] = {}     # our files waiting to be replayed → locked fd
        self._pending = 0                    # our entries not yet replayed

    # -- writing ----------------------------------------------------------------------------
    def append(self, entry: dict[str, Any]) -> None:
        line = (json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        with self._lock:
            fd = self._open()
            os.write(fd, line)
            os.fsync(fd)
            self._pending += 1

    def _open(self) -> int:
        if self._fd is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self.directory / f"spool-{os.getpid()}-{secrets.token_hex(4)}.jsonl"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._fd, self._path = fd, path
            self._held[path] = fd
        return self._fd

    @property
    def pending(self) -> int:
        """Entries this process spooled and has not replayed yet."""
        return self._pending

    def has_orphans(self) -> bool:
        return any(self._orphans(probe_only=True))

    # -- replaying --------------------------------------------------------------------------
    def replay(self, apply: Callable[[dict[str, Any]], None]) -> int:
        """Apply every spooled entry in order (ours first, then files of dead processes); stop at
        the first failure (raised to the caller) and keep what is left for the next attempt.
        Returns the number of entries applied."""
        with self._lock:
            # New writes go to a fresh file while this one is replayed.
            if self._fd is not None:
                self._fd, self._path = None, None
            ours = list(self._held.items())
        applied = 0
        # Files of dead processes first: an update of ours may name a row one of them opened.
        orphans = self._orphans(probe_only=False)
        try:
            for path, _fd in orphans:
                applied += self._replay_file(path, apply, own=False)
        finally:
            for _path, fd in orphans:
                os.close(fd)
        for path, fd in ours:
            applied += self._replay_file(path, apply, own=True)
            with self._lock:
                if path != self._path:
                    self._held.pop(path, None)
                    os.close(fd)
        return applied

    def _replay_file(self, path: Path, apply: Callable[[dict[str, Any]], None], own: bool) -> int:
        """Apply the file's entries from where the last attempt stopped. When an entry fails, how
        many came before it is written beside the file (`<file>.applied`), so the next attempt
        does not apply them again: counts without a key of their own (check-in outcomes,
        handoffs) would otherwise be counted twice. Only a crash between an entry and the end
        of its file can still repeat that file's keyless counts."""
        entries = _read(path)
        progress = path.with_name(path.name + ".applied")
        start = min(_applied(progress), len(entries))
        done = start
        try:
            for entry in entries[start:]:
                apply(entry)
                done += 1
        finally:
            if own:
                with self._lock:
                    self._pending = max(0, self._pending - (done - start))
            if done < len(entries) and done > start:
                _write_applied(progress, done)
        path.unlink(missing_ok=True)
        progress.unlink(missing_ok=True)
        if done > start:
            log.info("logbook spool: %d write(s) replayed", done - start)
        return done - start

    def _orphans(self, probe_only: bool) -> list[tuple[Path, int]]:
        """Spool files whose owner is gone: we can take their lock."""
        found: list[tuple[Path, int]] = []
        if not self.directory.is_dir():
            return found
        for path in sorted(self.directory.glob("spool-*.jsonl")):
            if path in self._held:
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except FileNotFoundError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            if not path.exists():      # replayed and removed by another process meanwhile
                os.close(fd)
                continue
            if probe_only:
                os.close(fd)
                found.append((path, -1))
                break
            found.append((path, fd))
        return found

    def close(self) -> None:
        with self._lock:
            for path, fd in self._held.items():
                os.close(fd)
                if path.exists() and path.stat().st_size == 0:
                    path.unlink(missing_ok=True)
            self._held.clear()
            self._fd, self._path = None, None


def _applied(progress: Path) -> int:
    """How many entries of a spool file an earlier, interrupted replay applied (0: none)."""
    try:
        return max(0, int(progress.read_text(encoding="ascii").strip() or 0))
    except (FileNotFoundError, ValueError):
        return 0


def _write_applied(progress: Path, count: int) -> None:
    """Record replay progress durably: written to a temporary file, synced, renamed over."""
    temporary = progress.with_name(progress.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, str(count).encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, progress)


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    entries = []
    for raw in data.splitlines():
        try:
            entry = json.loads(raw)
        except ValueError:     # a line torn by a crash mid-write: it was never acknowledged
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries
