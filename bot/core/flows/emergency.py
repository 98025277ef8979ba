"""Emergency: 113, 115 and 111 first, then a few safety steps, then help near the person.

Reached from any state of any flow, before any other handling. It also counts the request as
urgent: someone in danger has sought help even if they never write again.
"""

from __future__ import annotations

from bot import metrics
from bot.core.messages import Button
from bot.core.render import bullet, phone_button
from bot.core.turn import Turn


def danger_replies(turn: Turn) -> None:
    """The numbers, then the safety steps; the first reply always holds 113, 115 and 111."""
    settings = turn.services.settings
    lang = turn.lang
    metrics.EMERGENCIES.labels(turn.inbound.channel).inc()
    turn.say(turn.t("emergency_first"),
             tuple(phone_button(lang, settings.hotline(i)) for i in ("police", "ambulance", "national")))
    steps = turn.services.content.emergency_steps.lines[lang]
    turn.say(f"{turn.t('emergency_steps_title')}\n{bullet(steps)}")
    help_state = turn.session.help
    help_state["safe"] = "no"
    known = {k: help_state[k] for k in ("for_whom", "kind", "ward") if help_state.get(k)}
    turn.services.counter.open(turn, urgent=1, **known)


def emergency(turn: Turn) -> None:
    danger_replies(turn)
    turn.say(turn.t("emergency_offer"),
             (Button(turn.t("share_location"), "s:loc"), Button(turn.t("pick_ward"), "s:ward"),
              Button(turn.t("back_to_menu"), "menu")),
             request_location=True)
    turn.session.goto("services", "where")
