"""Direct answers to direct questions (bot/core/faq.py finds the question; the sourced texts
are in data/content/answers.yml), and the honest answer to "can I talk to a person?"."""

from __future__ import annotations

from bot.core.flows import handoff
from bot.core.messages import Button
from bot.core.render import phone_button
from bot.core.turn import Turn

# The numbers worth a call button under each answer.
CALLS = {"number_cost": ("national", "women"), "retired_number": ("national",),
         "shelter_address": ("women", "national"), "shelter_cost": ("women", "national"),
         "callback": ("national",),
         "no_voice": ("police", "national"), "text_instead_of_call": ("national",),
         "where_to_report": ("police", "national"), "no_contact_order": ("national",),
         "see_doctor": ("ambulance", "women"), "ask_human": ("national", "women"),
         "legal_aid": ("national",), "mental_health": ("mental_health", "national"),
         "hotline_111": ("national",), "hotline_privacy": ("national",), "police_fear": ("national", "women"),
         "hours": ("national",),
         "shelter_tonight": ("women", "national", "police"),
         "penalties": ("national",), "marital_rape": ("national", "police"),
         "referral": ("national", "women", "city_social_work")}
# Answers that lead on to the service directory, filtered to one kind of service.
SERVICE = {"legal_aid": "legal_aid", "penalties": "legal_aid", "referral": "social_work", "police_fear": "counselling", "shelter_tonight": "shelter"}


def _buttons(turn: Turn, key: str) -> tuple[Button, ...]:
    known = {h.id: h for h in turn.services.settings.hotlines}
    calls = tuple(phone_button(turn.lang, known[i]) for i in CALLS.get(key, ()) if i in known)
    service = SERVICE.get(key)
    directory = (Button(turn.t(f"services.{service}"), f"s:f:{service}"),) if service else ()
    return (*directory, *calls, Button(turn.t("back_to_menu"), "menu"))


def answer(turn: Turn, key: str) -> None:
    """The sourced answer for `key`, with the numbers it names one tap away; asking to be
    called back is offered the counsellors' chat when one is online."""
    if key == "callback" and handoff.offer(turn):
        handoff.ask(turn)
        return
    turn.say(turn.services.content.answer(turn.lang, key), _buttons(turn, key))


def ask_human(turn: Turn) -> None:
    """A place in the counsellors' queue when one is online within the hours; otherwise the
    honest answer with 111 (bot/core/flows/handoff.py)."""
    handoff.ask(turn)
