"""Keep a server process's threads on one CPU (`[server] cpu_affinity`).

Why: `companion serve` is one event-loop thread plus the turn threads of bot/runtime.py, and
only one of them runs Python at a time (the GIL). Left to the OS on a machine of two cores,
the loop and a turn thread land on different cores, and every hand-over of the GIL, and of a
turn's data, crosses between the cores' caches. Measured on the web chat mix
(benchmarks/rows_web.py, 10 browsers, 2 cores): 0.98 ms of server CPU per turn with the
threads free against 0.67 ms with them on one core, 1,040 against 1,450 turns/s, and a lower
median latency at 1, 10 and 50 browsers. The same code run on the loop itself, with no thread,
costs the same 0.67 ms: the hand-over costs nothing once it stays on one core. The other cores
are left to what else runs there: PostgreSQL, Redis, a proxy, another worker.

`auto` (the default) keeps a process on the last CPU it may use, and spreads `--workers`
over the CPUs from the last down; a number names the CPU (the first of the spread, with
workers); `off` leaves it to the OS. On a system without `sched_setaffinity` (macOS,
Windows) `auto` does nothing and a number is refused.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("companion.server")

AUTO = "auto"
OFF = "off"


class AffinityError(Exception):
    """`[server] cpu_affinity` names a CPU this process may not run on (one line, for people)."""


def choose(setting: str | int, allowed: set[int], worker: int = 0) -> int | None:
    """The CPU for worker number `worker` (0 for a single process), or None to leave the
    threads free: `off`, or only one CPU allowed (a container limited to one core)."""
    if setting == OFF or len(allowed) < 2:
        if isinstance(setting, int) and setting not in allowed:
            raise AffinityError(_not_allowed(setting, allowed))
        return None
    cpus = sorted(allowed, reverse=True)
    if setting == AUTO:
        return cpus[worker % len(cpus)]
    if not isinstance(setting, int) or isinstance(setting, bool):
        raise AffinityError(f'cpu_affinity must be "auto", "off" or a CPU number, got {setting!r}')
    if setting not in allowed:
        raise AffinityError(_not_allowed(setting, allowed))
    return cpus[(cpus.index(setting) + worker) % len(cpus)]


def _not_allowed(cpu: int, allowed: set[int]) -> str:
    shown = ", ".join(str(c) for c in sorted(allowed))
    return f"[server] cpu_affinity = {cpu}: this process may run only on CPU {shown}"


def supported(setting: str | int) -> bool:
    """Whether this system can keep threads on a CPU; a CPU number where it cannot is an
    error, "auto" there quietly does nothing."""
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        return True
    if isinstance(setting, int) and not isinstance(setting, bool):
        raise AffinityError("[server] cpu_affinity: this system cannot keep a process on one "
                            'CPU; set it to "auto" or "off"')
    return False


def pin(setting: str | int, worker: int = 0) -> int | None:
    """Keep every thread of this process, and those it starts later, on the CPU `choose`
    gives; returns it, or None when the threads are left free."""
    if not supported(setting):
        return None
    cpu = choose(setting, os.sched_getaffinity(0), worker)
    if cpu is None:
        return None
    for thread_id in _threads():
        try:
            os.sched_setaffinity(thread_id, {cpu})
        except (ProcessLookupError, PermissionError):   # a thread that has just ended
            continue
    log.info("threads kept on CPU %d ([server] cpu_affinity)", cpu)
    return cpu


def _threads() -> list[int]:
    """This process's thread ids (Linux: /proc/self/task); the calling thread alone elsewhere.

    `sched_setaffinity(0, …)` sets only the calling thread: threads already running (a
    logbook's writer, a health probe) must each be set, or they would stay free."""
    try:
        return [int(entry.name) for entry in Path("/proc/self/task").iterdir()]
    except OSError:
        return [0]
