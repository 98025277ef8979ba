"""`companion serve`: run the one server (web chat, officer pages, platform webhooks).

With nothing configured it still serves the web chat on this machine and prints the address to
open. Each platform channel that is off says once why (which environment variable to set).
SIGTERM or Ctrl-C stops it cleanly: no new connections, the events in hand are finished, then the
channels stop and the logbook closes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import socket
import sys
from typing import Any

from bot.cli import CommandError, add_config_option
from bot.config import Settings

GRACE_SECONDS = 10


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "serve", help="run the server: web chat, officer dashboard, Telegram/Zalo webhooks",
        description="Run the one server: the web chat at /, the officer dashboard at /officer, "
                    "/healthz, /metrics and the webhooks of every configured channel; with "
                    "COMPANION_FOLLOWUP_KEY set, it also sends the follow-up check-ins people "
                    "asked for on Telegram and Zalo (README, \"Follow-up check-in\").",
    )
    add_config_option(parser)
    parser.add_argument("--host", default=None,
                        help="address to listen on (default: [server] host, 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None,
                        help="TCP port (default: [server] port, 8080)")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes sharing the port (default 1); more than one "
                             "needs Redis sessions and COMPANION_SESSION_SECRET (README, "
                             "\"Several workers\")")
    parser.add_argument("--telegram-polling", action="store_true",
                        help="receive Telegram updates by polling instead of a webhook "
                             "(for a machine without a public https address)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    host = args.host or settings.server.host
    port = settings.server.port if args.port is None else args.port
    if not 0 < port < 65536:
        raise CommandError(f"--port must be 1-65535, got {port}")
    _configure_logging()
    workers = args.workers
    if workers < 1 or workers > 64:
        raise CommandError(f"--workers must be 1-64, got {workers}")
    if workers > 1:
        return _run_workers(args, settings, host, port, workers)

    from bot.channels.registry import configured_channels
    from bot.runtime import build_runtime
    from bot.server import create_app

    _check_affinity(settings)
    try:
        runtime = build_runtime(settings)
    except Exception as exc:  # each service raises its own one-line error type
        raise CommandError(f"cannot start: {exc}") from None
    try:
        options = {"telegram_polling": True} if args.telegram_polling else {}
        channels, off = configured_channels(runtime, options)
        for name, reason in off.items():
            print(reason or f"{name}: off", file=sys.stderr)
        if args.telegram_polling and not any(c.name == "telegram" for c in channels):
            reason = off.get("telegram", "the Telegram channel is not available")
            raise CommandError(f"--telegram-polling: {reason}")
        sock = _bind(host, port)
        _pin(settings)
        app = create_app(runtime, channels)
        _serve_metrics(settings)
        shown = "127.0.0.1" if host in ("0.0.0.0", "") else "[::1]" if host == "::" else host
        url = f"http://{shown}:{port}/"
        _run_until_signal(app, sock, url)
        print("Helpline Companion stopped.", flush=True)
        return 0
    finally:
        runtime.close()


def _serve_metrics(settings: Settings) -> None:
    """/metrics on its own port when `[metrics] port` is set (a daemon thread)."""
    from bot import metrics

    try:
        if metrics.serve_separately(settings) is not None:
            print(f"Metrics: http://{settings.metrics.host}:{settings.metrics.port}/metrics",
                  flush=True)
    except OSError as exc:
        raise CommandError(f"cannot serve metrics on {settings.metrics.host}:"
                           f"{settings.metrics.port} ({exc.strerror or exc})") from None


def _check_affinity(settings: Settings) -> None:
    """A `[server] cpu_affinity` this process cannot have is one line before anything starts."""
    import os

    from bot.http.affinity import AffinityError, choose, supported

    try:
        if supported(settings.server.cpu_affinity):
            choose(settings.server.cpu_affinity, os.sched_getaffinity(0))
    except AffinityError as exc:
        raise CommandError(str(exc)) from None


def _pin(settings: Settings, worker: int = 0) -> None:
    """The server's threads on one CPU, `[server] cpu_affinity` (bot/http/affinity.py); only
    once it is about to serve, so a command that stops early leaves its caller's CPUs alone."""
    from bot.http.affinity import AffinityError, pin

    try:
        pin(settings.server.cpu_affinity, worker)
    except AffinityError as exc:
        raise CommandError(str(exc)) from None


def _configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _bind(host: str, port: int) -> socket.socket:
    """Bind before starting, so a busy port is one clear line rather than a server log."""
    try:
        family, *_, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # asyncio sets TCP_NODELAY only on sockets created with proto IPPROTO_TCP; without it
        # every small response waits ~40 ms for the client's delayed ACK (Nagle).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        raise CommandError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                           "choose another with --port") from None
    sock.setblocking(False)
    return sock


def _run_until_signal(app: Any, sock: socket.socket, url: str) -> None:
    import uvicorn

    from bot.http.protocol import stopping_server, uvicorn_options

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                            timeout_graceful_shutdown=GRACE_SECONDS, server_header=False,
                            **uvicorn_options(app.state.runtime.settings))
    server = stopping_server(config)

    async def serve() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        if server.started:
            print(f"Helpline Companion is running: open {url}", flush=True)
            print(f"Officer dashboard: {url}officer", flush=True)
        await task

    # uvicorn re-raises the signal it caught once it has shut down; with these handlers in place
    # that ends here, so the logbook is closed and the exit status is 0.
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        asyncio.run(serve())
    except SystemExit as exc:  # uvicorn exits this way when the app fails to start
        raise CommandError("the server could not start (see the lines above)", 1) from exc
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()


# -- several workers ------------------------------------------------------------------------------
# The parent checks the configuration (building the runtime once, which also warms the NLU model
# cache), binds the port, then forks `workers` processes that each build their own runtime and
# serve the one listening socket. It restarts a worker that dies and passes SIGTERM/SIGINT on.

RESTART_DELAY = 0.5


def _run_workers(args: argparse.Namespace, settings: Settings, host: str, port: int,
                 workers: int) -> int:
    import multiprocessing
    import os
    import time

    from bot.runtime import build_runtime
    from bot.sessions import SessionConfigError, require_shared_secret

    if args.telegram_polling:
        raise CommandError("--telegram-polling works with one worker only (one poller per bot)")
    if settings.metrics.port:
        raise CommandError("--workers: [metrics] port cannot be shared by several workers; "
                           "serve /metrics on the chat port with [metrics] token_env instead")
    _check_affinity(settings)
    if not settings.sessions.url.startswith(("redis://", "rediss://")):
        raise CommandError("--workers needs a shared session store: set [sessions] url to a "
                           "redis:// URL (README, \"Several workers\")")
    try:
        require_shared_secret()
        build_runtime(settings).close()
    except SessionConfigError as exc:
        raise CommandError(str(exc)) from None
    except Exception as exc:
        raise CommandError(f"cannot start: {exc}") from None
    if not settings.secret(settings.web.cookie_secret_env):
        print(f"{settings.web.cookie_secret_env} is not set: each worker signs officer cookies "
              "with its own key, so officer sign-ins will not hold across workers",
              file=sys.stderr, flush=True)
    sock = _bind(host, port)
    context = multiprocessing.get_context("fork")
    stopping: list[int] = []

    def spawn(index: int) -> Any:
        process = context.Process(target=_worker, args=(settings, sock, index), daemon=False)
        process.start()
        return process

    def stop(signum: int, _frame: Any) -> None:
        stopping.append(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    procs = [spawn(i) for i in range(workers)]
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else "[::1]" if host == "::" else host
    print(f"Helpline Companion is running with {workers} workers: open http://{shown}:{port}/",
          flush=True)
    try:
        while not stopping:
            time.sleep(0.2)
            for i, process in enumerate(procs):
                if not process.is_alive() and not stopping:
                    print(f"worker {process.pid} exited ({process.exitcode}); restarting",
                          file=sys.stderr, flush=True)
                    time.sleep(RESTART_DELAY)
                    procs[i] = spawn(i)     # on the CPU its predecessor had
    finally:
        for process in procs:
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + GRACE_SECONDS + 5
        for process in procs:
            process.join(timeout=max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()
    print("Helpline Companion stopped.", flush=True)
    return 0


def _worker(settings: Settings, sock: socket.socket, index: int) -> None:
    """One worker process, number `index`: its own runtime (connections, threads), the shared
    socket, its own CPU under `[server] cpu_affinity = "auto"`."""
    import uvicorn

    from bot.channels.registry import configured_channels
    from bot.http.protocol import stopping_server, uvicorn_options
    from bot.runtime import build_runtime
    from bot.server import create_app

    # uvicorn re-raises the signal it caught once it has shut down: a no-op handler lets the
    # runtime close (the spool replayed, the logbook closed) before the process ends.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    _pin(settings, index)
    runtime = build_runtime(settings)
    try:
        channels, _off = configured_channels(runtime, {})
        app = create_app(runtime, channels)
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                                timeout_graceful_shutdown=GRACE_SECONDS, server_header=False,
                                **uvicorn_options(settings))
        server = stopping_server(config)
        with contextlib.suppress(SystemExit):
            asyncio.run(server.serve(sockets=[sock]))
    finally:
        runtime.close()
