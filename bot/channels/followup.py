"""Sending due check-ins through the channel each one came from (the scheduler's `deliver`).

A check-in goes out only through a platform channel running in this process that can write
first (`send_followup`: Telegram, Zalo). The platform rules decide what a failure means:
- Telegram: 403 (the person blocked the bot or left) → the check-in is dropped;
- Zalo: past the reply window after the person's message (`[followup] zalo_window_hours`,
  48 h) a message is "proactive" and needs a verified OA with quota; unless
  `[followup] zalo_proactive` is true the check-in is dropped with a log line, and Zalo's own
  "outside the window" answer drops it too.
Logs name the channel and the reason, never the person.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from bot.channels.base import Channel
from bot.followup.scheduler import Scheduler
from bot.followup.store import Due

log = logging.getLogger("companion.followup")


class FollowupSender:
    def __init__(self, runtime: Any, channels: Sequence[Channel]):
        self.runtime = runtime
        self.followups = runtime.followups
        self.channels = {c.name: c for c in channels if hasattr(c, "send_followup")}

    async def deliver(self, due: Due) -> str:
        """"sent", "drop" or "retry" for one claimed check-in."""
        config = self.followups.config
        channel = self.channels.get(due.channel)
        if channel is None:
            log.warning("follow-up: the %s channel is not running in this process; a check-in "
                        "waits", due.channel)
            return "retry"
        if due.channel == "zalo" and not config.zalo_proactive and \
                self.followups.now() - due.asked_at > self.followups.zalo_window():
            log.warning("follow-up: a Zalo check-in is past Zalo's %d-hour reply window and "
                        "[followup] zalo_proactive is off (it would be a proactive message); "
                        "dropped", config.zalo_window_hours)
            return "drop"
        ttl = int(config.answer_hours * 3600)
        replies = await asyncio.to_thread(self.runtime.engine.checkin, due.channel,
                                          due.recipient, due.language, due.kind, ttl)
        result = await channel.send_followup(  # type: ignore[attr-defined]
            due.recipient, replies, answer_seconds=ttl)
        if result == "blocked":
            log.warning("follow-up: a check-in on %s was refused by the platform (blocked, or "
                     "outside its window); dropped", due.channel)
            return "drop"
        return "sent" if result == "sent" else "retry"


def start_scheduler(runtime: Any, channels: Sequence[Channel]) -> Scheduler | None:
    """The scheduler of `companion serve` (started in the server's lifespan), or None when
    check-ins are off or no channel here can send one."""
    followups = getattr(runtime, "followups", None)
    if followups is None:
        return None
    sender = FollowupSender(runtime, channels)
    if not sender.channels:
        log.info("follow-up: no Telegram or Zalo channel here; check-ins are not sent by this "
                 "process")
        return None
    config = followups.config
    scheduler = Scheduler(followups.store, followups.key, sender.deliver, now=followups.now,
                          interval=config.interval_seconds, lease=config.lease_seconds,
                          max_attempts=config.max_attempts)
    scheduler.start()
    log.info("follow-up: check-in scheduler started (%s)", ", ".join(sorted(sender.channels)))
    return scheduler
