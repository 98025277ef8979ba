"""Prometheus metrics for /metrics. Counts and timings only: no label ever holds user data
(labels are channel names, event kinds and outcome words from fixed sets)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES = Counter("companion_updates_total", "Inbound events handled, by channel",
                  ["channel"], registry=REGISTRY)
REPLIES = Counter("companion_replies_total", "Replies produced, by channel",
                  ["channel"], registry=REGISTRY)
EMERGENCIES = Counter("companion_emergencies_total", "Messages answered as immediate danger",
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
