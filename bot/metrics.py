"""Prometheus metrics. Counts and timings only: no label ever holds user data (labels are
channel names, event kinds and outcome words from fixed sets).

/metrics is not public: on the chat port it answers only a bearer token from the environment
variable `[metrics] token_env` names (404 without one configured), or it is served on a port of
its own (`[metrics] port`, on `[metrics] host`). Emergencies are exposed coarsely: rounded down
to `emergency_step` and as of the end of the last full `emergency_period_seconds`, so that
watching the figure cannot time one person's emergency.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

REGISTRY = CollectorRegistry(auto_describe=True)


class CoarseCounter(Collector):
    """A labelled counter whose exposed value moves only in steps and only once per period.

    `inc` adds to the current period; at a period boundary the period's count joins the closed
    total, and the exposition shows the closed total rounded down to `step`. Same interface as
    a prometheus Counter for what the bot uses: `.labels(*values).inc(amount)`.
    """

    def __init__(self, name: str, documentation: str, labelnames: Sequence[str], *,
                 step: int = 5, period: float = 3600.0,
                 clock: Callable[[], float] = time.time, registry: CollectorRegistry | None = None):
        self.name, self.documentation, self.labelnames = name, documentation, tuple(labelnames)
        self.step, self.period, self.clock = step, period, clock
        self._lock = threading.Lock()
        self._closed: dict[tuple[str, ...], int] = {}
        self._open: dict[tuple[str, ...], int] = {}
        self._index = int(clock() // period)
        if registry is not None:
            registry.register(self)

    def configure(self, step: int, period: float) -> None:
        with self._lock:
            self._roll()
            self.step, self.period = max(1, step), max(1.0, period)
            self._index = int(self.clock() // self.period)

    def _roll(self) -> None:
        index = int(self.clock() // self.period)
        if index != self._index:
            for key, n in self._open.items():
                self._closed[key] = self._closed.get(key, 0) + n
            self._open.clear()
            self._index = index

    def labels(self, *values: str) -> _Child:
        if len(values) != len(self.labelnames):
            raise ValueError("wrong number of label values")
        return _Child(self, tuple(str(v) for v in values))

    def _inc(self, key: tuple[str, ...], amount: int) -> None:
        with self._lock:
            self._roll()
            self._open[key] = self._open.get(key, 0) + amount

    def exposed(self, *values: str) -> int:
        with self._lock:
            self._roll()
            n = self._closed.get(tuple(values), 0)
            return n - n % self.step

    def describe(self) -> Iterator[CounterMetricFamily]:
        yield CounterMetricFamily(self.name, self.documentation, labels=self.labelnames)

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(self.name, self.documentation, labels=self.labelnames)
        with self._lock:
            self._roll()
            keys = sorted(set(self._closed) | set(self._open))
            for key in keys:
                n = self._closed.get(key, 0)
                family.add_metric(list(key), n - n % self.step)
        yield family


class _Child:
    def __init__(self, parent: CoarseCounter, key: tuple[str, ...]):
        self._parent, self._key = parent, key

    def inc(self, amount: int = 1) -> None:
        self._parent._inc(self._key, int(amount))


UPDATES = Counter("companion_updates_total", "Inbound events handled, by channel",
                  ["channel"], registry=REGISTRY)
REPLIES = Counter("companion_replies_total", "Replies produced, by channel",
                  ["channel"], registry=REGISTRY)
EMERGENCIES = CoarseCounter("companion_emergencies", "Messages answered as immediate danger, "
                            "rounded down and as of the last full period",
                            ["channel"], registry=REGISTRY)
WEBHOOK_AUTH_FAILURES = Counter("companion_webhook_auth_failures_total",
                                "Webhook requests refused for a bad or missing signature/secret",
                                ["channel"], registry=REGISTRY)
ERRORS = Counter("companion_errors_total", "Errors while handling or sending, by channel and stage",
                 ["channel", "stage"], registry=REGISTRY)
PLATFORM_EVENTS_IGNORED = Counter("companion_platform_events_ignored_total",
                                  "Platform events the bot does not act on, by channel and type",
                                  ["channel", "event"], registry=REGISTRY)
HANDLING_SECONDS = Histogram("companion_handling_seconds", "Time to handle one inbound event",
                             ["channel"], registry=REGISTRY,
                             buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5))
UNCOUNTED = Counter("companion_help_requests_uncounted_total",
                    "Help requests answered but not counted in the logbook: over the per-client "
                    "or the global limit of counted requests", ["channel", "limit"],
                    registry=REGISTRY)
SIGNIN = Counter("companion_officer_signin_total", "Officer sign-in attempts by outcome",
                 ["outcome"], registry=REGISTRY)
HANDOFFS = Counter("companion_handoffs_total", "Requests for a counsellor by channel and outcome "
                   "(queued, unavailable, taken, ended, left)", ["channel", "outcome"],
                   registry=REGISTRY)


def exposition() -> bytes:
    return generate_latest(REGISTRY)


def configure(settings: Any) -> None:
    EMERGENCIES.configure(settings.metrics.emergency_step,
                          settings.metrics.emergency_period_seconds)


def routes(settings: Any) -> list[Any]:
    """The /metrics route for the chat port: present only when a bearer token is configured."""
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    configure(settings)
    token = settings.secret(settings.metrics.token_env)
    if not token:
        return []
    expected = f"Bearer {token}".encode()

    async def metrics_endpoint(request: Request) -> Response:
        given = request.headers.get("authorization", "").encode("latin-1", "replace")
        if not hmac.compare_digest(given, expected):
            return Response("Not Found", status_code=404, media_type="text/plain")
        return Response(exposition(), media_type=CONTENT_TYPE_LATEST)

    return [Route("/metrics", metrics_endpoint, methods=["GET"])]


def serve_separately(settings: Any) -> Any | None:
    """Start /metrics on `[metrics] host:port` in a daemon thread (prometheus_client's own small
    server); None when no port is configured. Returns the server (call .shutdown() to stop)."""
    if not settings.metrics.port:
        return None
    from prometheus_client import start_http_server

    configure(settings)
    server, _thread = start_http_server(settings.metrics.port, settings.metrics.host,
                                        registry=REGISTRY)
    return server
