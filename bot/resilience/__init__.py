"""Keeping the bot answering when its stores fail (DESIGN.md: safety does not depend on storage).

- `ResilientSessionStore` and `ResilientLogbook` wrap the real stores: they never raise into a
  turn, log failures by kind only, count them in metrics, and stop calling a store that has just
  failed (a circuit breaker) so a stalled server costs one short timeout, not one per call.
- Logbook writes that fail are spooled to an append-only file (fsync) with an idempotency key and
  replayed in the background when the logbook is back (`bot/resilience/spool.py`).
- `danger_fallback` is what any failure path sends: 113, 115 and 111 in the person's language.
- `Maintenance` probes each dependency off the event loop (for /healthz) and drives the replay.
"""

from bot.resilience.fallback import danger_fallback
from bot.resilience.logbook import ResilientLogbook
from bot.resilience.sessions import ResilientSessionStore

__all__ = ["ResilientLogbook", "ResilientSessionStore", "danger_fallback"]
