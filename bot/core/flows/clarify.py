"""A short clarifying question instead of "not understood", when the classifier is unsure but
its best guesses are things the bot can help with."""

from __future__ import annotations

from bot.core import self_harm
from bot.core.messages import Button
from bot.core.turn import Turn

# Intents worth offering as a choice; greetings and the like are not worth a question.
OFFERABLE = ("seek_help", "help_other", "ask_hotline", "find_provider", "learn_gbv",
             "learn_rights", "learn_safety", "learn_equality", "privacy", "ask_human", "self_harm")
MIN_SHARE = 0.15


def options(turn: Turn) -> list[str]:
    """Up to three helpful intents among the classifier's best guesses."""
    ranking = getattr(turn.understanding, "ranking", ()) or ()
    found = [intent for intent, share in ranking[:3] if intent in OFFERABLE and share >= MIN_SHARE]
    text = turn.inbound.text or ""
    if "self_harm" in found and (self_harm.everyday(text) or self_harm.as_a_topic(text)):
        # "mai thi toán rồi chết chắc luôn": an exam's "dead", never offered as thoughts of dying
        found.remove("self_harm")
    return found[:3]


def ask(turn: Turn, intents: list[str]) -> None:
    turn.say(turn.t("clarify_q"),
             tuple(Button(turn.t(f"clarify_labels.{i}"), f"c:{i}") for i in intents)
             + (Button(turn.t("back_to_menu"), "menu"),))
