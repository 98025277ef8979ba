"""`[server] cpu_affinity`: which CPU a server process (or each worker) is kept on, that every
thread of the process is kept there, and that `companion serve` does it (bot/http/affinity.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.http.affinity import AffinityError, choose, pin
from tests.configs import configure

ROOT = Path(__file__).resolve().parents[2]
LINUX = hasattr(os, "sched_setaffinity")


def test_auto_takes_the_last_cpu_and_spreads_workers_downwards() -> None:
    assert choose("auto", {0, 1}) == 1
    assert [choose("auto", {0, 1, 2, 3}, w) for w in range(6)] == [3, 2, 1, 0, 3, 2]
    assert choose("auto", {2, 5, 7}, 1) == 5          # only the CPUs this process may use


def test_a_number_names_the_cpu_and_workers_follow_it() -> None:
    assert choose(0, {0, 1}) == 0
    assert [choose(2, {0, 1, 2, 3}, w) for w in range(4)] == [2, 1, 0, 3]


def test_off_or_a_single_allowed_cpu_leaves_the_threads_free() -> None:
    assert choose("off", {0, 1}) is None
    assert choose("auto", {3}) is None
    assert choose(3, {3}) is None


def test_a_cpu_the_process_may_not_use_is_one_clear_line() -> None:
    with pytest.raises(AffinityError, match=r"cpu_affinity = 9: this process may run only on "
                                            r"CPU 0, 1"):
        choose(9, {0, 1})
    with pytest.raises(AffinityError, match="may run only on CPU 3"):
        choose(1, {3})


@pytest.mark.skipif(not LINUX or len(os.sched_getaffinity(0)) < 2,
                    reason="needs Linux and two CPUs")
def test_pin_keeps_threads_already_running_and_threads_started_later() -> None:
    """Run in a child process: pinning this test process would slow the rest of the suite."""
    code = """
import os, threading
from bot.http.affinity import pin
stop = threading.Event()
early = threading.Thread(target=stop.wait); early.start()
cpu = pin("auto")
seen = {}
late = threading.Thread(target=lambda: seen.update(late=os.sched_getaffinity(0))); late.start()
late.join()
print(cpu, sorted(os.sched_getaffinity(early.native_id)), sorted(seen["late"]),
      sorted(os.sched_getaffinity(0)))
stop.set()
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    last = max(os.sched_getaffinity(0))
    assert out == [str(last), f"[{last}]", f"[{last}]", f"[{last}]"]


def test_pin_off_changes_nothing() -> None:
    before = os.sched_getaffinity(0) if LINUX else None
    assert pin("off") is None
    if LINUX:
        assert os.sched_getaffinity(0) == before


@pytest.mark.skipif(not LINUX or len(os.sched_getaffinity(0)) < 2,
                    reason="needs Linux and two CPUs")
@pytest.mark.parametrize("setting, cpus", [("auto", "last"), ("off", "all")])
def test_serve_keeps_its_threads_on_one_cpu(project_copy: Path, setting: str,
                                            cpus: str) -> None:
    from tests.server.test_server_serve import _free_port, _start

    settings = configure(project_copy, {"server": {"cpu_affinity": setting}})
    proc, _url = _start(settings.path, _free_port())
    try:
        threads = [int(t) for t in os.listdir(f"/proc/{proc.pid}/task")]
        masks = {frozenset(os.sched_getaffinity(t)) for t in threads}
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    allowed = frozenset(os.sched_getaffinity(0))
    assert masks == ({frozenset({max(allowed)})} if cpus == "last" else {allowed})


def test_serve_refuses_a_cpu_it_may_not_use(project_copy: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    settings = configure(project_copy, {"server": {"cpu_affinity": 4095}})
    before = os.sched_getaffinity(0) if LINUX else None
    for workers in ("1", "2"):
        code = main(["--config", str(settings.path), "serve", "--workers", workers])
        err = capsys.readouterr().err.strip()
        assert code == 2
        assert len(err.splitlines()) == 1
        assert ("cpu_affinity = 4095: this process may run only on CPU" in err
                or "cannot keep a process on one CPU" in err)
    if LINUX:
        assert os.sched_getaffinity(0) == before       # nothing was pinned on the way out
