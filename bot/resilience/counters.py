"""Counters for store failures and the logbook spool, in the bot's one registry. Labels are
store names, operation names and exception class names: never user data."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

from bot.metrics import REGISTRY

STORE_FAILURES = Counter(
    "companion_store_failures_total",
    "Calls to a store that failed or were skipped because the store is down, by store, "
    "operation and kind (exception class, or 'skipped').",
    ["store", "op", "kind"], registry=REGISTRY)
SPOOLED = Counter(
    "companion_logbook_spooled_total",
    "Logbook writes spooled to disk because the logbook failed.", registry=REGISTRY)
REPLAYED = Counter(
    "companion_logbook_replayed_total",
    "Spooled logbook writes replayed into the logbook.", registry=REGISTRY)
SPOOL_PENDING = Gauge(
    "companion_logbook_spool_pending",
    "Logbook writes waiting in this process's spool.", registry=REGISTRY)
TURN_FALLBACKS = Counter(
    "companion_turn_fallbacks_total",
    "Turns answered with the danger fallback, by channel and reason (error, deadline).",
    ["channel", "reason"], registry=REGISTRY)
DEPENDENCY_UP = Gauge(
    "companion_dependency_up", "1 when the last health probe of a dependency succeeded.",
    ["dependency"], registry=REGISTRY)
