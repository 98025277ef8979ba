"""Keys of requests opened once (`open_request_once`), which are also their row ids.

A key ("p" and a number) is made before the row is written and kept in the person's day mark,
so that a write repeated after a crash is recognised: the row's id *is* the key's number, and an
open is one `INSERT … ON CONFLICT (id) DO NOTHING`, without a look-up or a table of keys.

The numbers are a random prefix chosen per process (again after a fork, and after 2^18 keys)
followed by a counter: ids stay unique across processes without asking anyone, and a process's
rows land next to each other in the table's B-tree like counted ids do (fully random ids made
each insert touch a random page, slower as the table grows). Nothing in a key points at a person
or says when it was made; within one process it says the order, as counted ids always did.
"""

from __future__ import annotations

import os
import secrets
import threading

_COUNTER_BITS = 18
_PREFIX_BITS = 44          # a prefix shared by two processes: ~k²/2^45 for k process lifetimes
_MAX_ROW_ID = 2**63 - 1


class _KeyMaker:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._renew()

    def _renew(self) -> None:
        self._base = (secrets.randbits(_PREFIX_BITS) | 1) << _COUNTER_BITS   # never 0
        self._left = 1 << _COUNTER_BITS
        self._next = self._base

    def __call__(self) -> int:
        with self._lock:
            if not self._left:
                self._renew()
            number = self._next
            self._next += 1
            self._left -= 1
            return number


_make = _KeyMaker()
os.register_at_fork(after_in_child=_make._renew)   # workers forked by `serve --workers`


def new_request_key() -> str:
    """A new key for `open_request_once`."""
    return f"p{_make()}"


def key_row_id(key: str) -> int:
    """The row id of the request opened once under `key` (any "p<number>" key, including the
    fully random ones older versions made, which may still be in a day mark or a spool)."""
    digits = key[1:] if key.startswith("p") else ""
    if not digits.isdigit() or not 0 < int(digits) <= _MAX_ROW_ID:
        raise ValueError("not a request key from new_request_key()")
    return int(digits)
