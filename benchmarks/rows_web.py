"""The web chat `/api/chat` over real HTTP: the bot's server (`companion serve`, its own
process) against a bare Starlette JSON echo under uvicorn (its own process), at 10 and 50
browsers at once; and the same server on a PostgreSQL logbook with Redis sessions against
SQLite + memory. The load (httpx clients replaying the conversation mix, each with its own
cookie) runs in this process; servers and load share the machine's cores.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.mix import conversations
from benchmarks.project import ROOT, copy_project
from benchmarks.suite import Mode, Row, median

PG_URL = "postgresql://127.0.0.1:5432/companion_bench17"
REDIS_URL = "redis://127.0.0.1:6379/15"
SECRET = "bench-secret-0123456789abcdef"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def _config(work: Path, extra: str) -> Path:
    path = work / "config.toml"
    text = path.read_text(encoding="utf-8")
    # Every request counted: the load comes from one address, far over the per-client limit.
    text = text.replace("[counting]\n", "[counting]\nweb_per_client = 1000000000\n"
                                        "web_global = 1000000000\n", 1)
    for section, line in (item.split("|", 1) for item in extra.split(";") if item):
        text = text.replace(f"[{section}]\n", f"[{section}]\n{line}\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _serve(work: Path, extra: str = "", env: dict[str, str] | None = None,
           module: str = "bot") -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", module, "serve", "--config", str(_config(work, extra)),
         "--port", str(port)], cwd=ROOT, env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_port(port, proc)
    return proc, port


def _echo() -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.echo_server", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_port(port, proc)
    return proc, port


def _event(step: dict[str, Any], last: list[dict[str, Any]]) -> dict[str, Any] | None:
    if "say" in step:
        return {"text": str(step["say"])}
    if "button" in step:
        return {"button": str(step["button"])}
    if "command" in step:
        return {"command": str(step["command"])}
    if "location" in step:
        lat, lon = step["location"]
        return {"location": {"lat": float(lat), "lon": float(lon)}}
    for reply in last:
        for button in reply.get("buttons", []):
            if button.get("label") == step.get("press") and button.get("payload"):
                return {"button": button["payload"]}
    return None


class _Http:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams: a load generator much lighter
    than httpx, so that on a 2-core machine the servers, not the client, set the pace. It keeps
    the one cookie the web chat sets."""

    def __init__(self, port: int):
        self.port = port
        self.cookie = ""
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection("127.0.0.1", self.port)
            sock = self._writer.get_extra_info("socket")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        assert self._reader is not None
        data = json.dumps(body, ensure_ascii=False).encode()
        cookie = f"Cookie: {self.cookie}\r\n" if self.cookie else ""
        self._writer.write(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n{cookie}\r\n".encode() + data)
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name = name.lower()
            if name == "content-length":
                length = int(value)
            elif name == "set-cookie":
                self.cookie = value.strip().split(";", 1)[0]
        payload = await self._reader.readexactly(length)
        return status, json.loads(payload) if payload else None

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


async def _client(port: int, convos: list[dict[str, Any]], start: int, budget: list[int],
                  latencies: list[float]) -> None:
    client = _Http(port)
    k = start
    try:
        while budget[0] > 0:
            convo = convos[k % len(convos)]
            k += 1
            client.cookie = ""                   # a new person for each conversation
            last: list[dict[str, Any]] = []
            for step in convo["steps"]:
                event = _event(step, last)
                if event is None:
                    continue
                if budget[0] <= 0:
                    return
                budget[0] -= 1
                t0 = time.perf_counter()
                status, answer = await client.post("/api/chat", event)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    raise RuntimeError(f"/api/chat answered {status}")
                last = (answer or {}).get("replies", [])
    finally:
        await client.close()


def _load(port: int, clients: int, turns: int, convos: list[dict[str, Any]]
          ) -> tuple[float, float]:
    """Turns per second and median latency (ms) of `turns` requests from `clients` at once."""
    latencies: list[float] = []
    budget = [turns]

    async def go() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(_client(port, convos, i * 7, budget, latencies)
                               for i in range(clients)))
        return time.perf_counter() - started

    elapsed = asyncio.run(go())
    return len(latencies) / elapsed, 1000 * statistics.median(latencies)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc), to report server CPU per turn: with
    the load client on the same two cores, a throughput ratio also measures the client."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _load_cpu(proc: subprocess.Popen[bytes], port: int, clients: int, turns: int,
              convos: list[dict[str, Any]]) -> tuple[float, float, float]:
    """`_load`, plus the server's CPU milliseconds per request."""
    before = _cpu_seconds(proc.pid)
    rate, p50 = _load(port, clients, turns, convos)
    return rate, p50, 1000 * (_cpu_seconds(proc.pid) - before) / turns


Server = tuple[subprocess.Popen[bytes], int]     # a server process and its port
Load = tuple[float, float, float]                # turns/s, p50 ms, server CPU ms per request


def _interleaved(mode: Mode, ours: Server, theirs: Server, clients: int, turns: int,
                 convos: list[dict[str, Any]]) -> tuple[list[Load], list[Load]]:
    """`mode.reps` loads of each server, alternating which goes first, so a change of load on
    the machine touches both alike."""
    mine: list[Load] = []
    base: list[Load] = []
    for rep in range(mode.reps):
        order = [(mine, *ours), (base, *theirs)]
        for target, proc, port in (order if rep % 2 == 0 else order[::-1]):
            target.append(_load_cpu(proc, port, clients, turns, convos))
    return mine, base


def _postgres_ready() -> str | None:
    """Creates the benchmark's own database (never the tests' `test`); None when usable."""
    try:
        import psycopg
        import redis

        with psycopg.connect("postgresql://127.0.0.1:5432/test", autocommit=True,
                             connect_timeout=2) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'companion_bench17'"
                                ).fetchone():
                conn.execute("CREATE DATABASE companion_bench17")
        with psycopg.connect(PG_URL, autocommit=True, connect_timeout=2) as conn:
            conn.execute("DROP TABLE IF EXISTS help_requests, help_request_replays, "
                         "companion_schema")
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).flushdb()
        return None
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def run(mode: Mode) -> list[Row]:
    convos = conversations()
    procs: list[subprocess.Popen[bytes]] = []
    works: list[Path] = []
    try:
        work = copy_project("bench-web-")
        works.append(work)
        bot, bot_port = _serve(work)
        procs.append(bot)
        echo, echo_port = _echo()
        procs.append(echo)
        rows: list[Row] = []
        for clients, turns in ((10, mode.size(3000, 150)), (50, mode.size(5000, 250))):
            _load(bot_port, clients, turns // 5, convos)       # warm-up
            _load(echo_port, clients, turns // 5, convos)
            ours, theirs = _interleaved(mode, (bot, bot_port), (echo, echo_port), clients,
                                        turns, convos)
            a, b = median([r[0] for r in ours]), median([r[0] for r in theirs])
            cpu_a, cpu_b = median([r[2] for r in ours]), median([r[2] for r in theirs])
            rows.append(Row(
                f"web chat /api/chat, {clients} clients (mix)", a, "turns/s",
                "bare Starlette JSON echo under uvicorn", b, "req/s", b / a,
                "echo rate / bot rate", "≤ 2.5×", b / a <= 2.5,
                note=f"p50 {median([r[1] for r in ours]):.1f} ms vs echo "
                     f"{median([r[1] for r in theirs]):.1f} ms; server CPU per request "
                     f"{cpu_a:.2f} ms vs echo {cpu_b:.2f} ms ({cpu_a / cpu_b:.1f}×); "
                     f"load client in the same box",
                samples={"bot": [r[0] for r in ours], "baseline": [r[0] for r in theirs]}))
        rows.append(_canned_row(mode, convos, echo, echo_port, procs))
        echo.terminate()
        rows.append(_stores_row(mode, convos, bot, bot_port, procs, works))
        return rows
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        for work in works:
            shutil.rmtree(work, ignore_errors=True)


def _canned_row(mode: Mode, convos: list[dict[str, Any]], echo: subprocess.Popen[bytes],
                echo_port: int, procs: list[subprocess.Popen[bytes]]) -> Row:
    """The same server with the engine's turn replaced by a canned answer
    (benchmarks/canned_engine_server.py), against the echo: what the server costs around the
    engine. No goal of its own: it tells how much of the rows above is the engine's work."""
    work = copy_project("bench-web-canned-")
    try:
        canned, canned_port = _serve(work, module="benchmarks.canned_engine_server")
        procs.append(canned)
        turns = mode.size(3000, 150)
        _load(canned_port, 10, turns // 5, convos)
        ours, theirs = _interleaved(mode, (canned, canned_port), (echo, echo_port), 10, turns,
                                    convos)
        canned.terminate()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    a, b = median([r[0] for r in ours]), median([r[0] for r in theirs])
    cpu_a, cpu_b = median([r[2] for r in ours]), median([r[2] for r in theirs])
    return Row("web chat /api/chat, engine replaced by a canned answer, 10 clients", a,
               "turns/s", "bare Starlette JSON echo under uvicorn", b, "req/s", b / a,
               "echo rate / server rate", "report it", None,
               note=f"the server around the engine: CPU per request {cpu_a:.2f} ms vs echo "
                    f"{cpu_b:.2f} ms; the rows above less this are the engine's own work "
                    "(NLU, flows, counting) and its share of the GIL",
               samples={"bot": [r[0] for r in ours], "baseline": [r[0] for r in theirs]})


def _stores_row(mode: Mode, convos: list[dict[str, Any]],
                sqlite_proc: subprocess.Popen[bytes], sqlite_port: int,
                procs: list[subprocess.Popen[bytes]], works: list[Path]) -> Row:
    what = "web chat on PostgreSQL logbook + Redis sessions, 50 clients"
    why_not = _postgres_ready()
    if why_not is not None:
        return Row(what, float("nan"), "turns/s", "same server on SQLite + memory", None,
                   note=f"skipped: PostgreSQL/Redis not usable ({why_not})")
    work = copy_project("bench-web-pg-")
    works.append(work)
    shared, shared_port = _serve(
        work, f'logbook|url = "{PG_URL}";sessions|url = "{REDIS_URL}"',
        env={"COMPANION_SESSION_SECRET": SECRET})
    procs.append(shared)
    turns = mode.size(4000, 200)
    _load(shared_port, 50, turns // 5, convos)
    ours, theirs = _interleaved(mode, (shared, shared_port), (sqlite_proc, sqlite_port), 50,
                                turns, convos)
    a, b = median([r[0] for r in ours]), median([r[0] for r in theirs])
    cpu_a, cpu_b = median([r[2] for r in ours]), median([r[2] for r in theirs])
    return Row(what, a, "turns/s", "same server on SQLite + memory", b, "turns/s", a / b,
               "shared stores / embedded", "≥ 0.8×", a / b >= 0.8,
               note=f"server CPU per turn {cpu_a:.2f} ms vs {cpu_b:.2f} ms; sessions and "
                    "logbook writes on the event loop; PostgreSQL and Redis share the box",
               samples={"bot": [r[0] for r in ours], "baseline": [r[0] for r in theirs]})
