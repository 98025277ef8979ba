"""Emergency numbers: the hotline table from config, each one tap to call where possible."""

from __future__ import annotations

from bot.core.render import hotline_lines, menu_buttons, phone_button
from bot.core.turn import Turn

ORDER = ("national", "police", "ambulance", "fire", "women", "city_social_work")


def show_numbers(turn: Turn) -> None:
    settings = turn.services.settings
    ordered = sorted(settings.hotlines,
                     key=lambda h: ORDER.index(h.id) if h.id in ORDER else len(ORDER))
    text = f"{turn.t('numbers_title')}\n{hotline_lines(ordered, turn.lang)}"
    buttons = tuple(phone_button(turn.lang, h) for h in ordered[:3])
    turn.say(text, buttons)
    if turn.session.flow != "help":   # mid-request the question comes next, not the menu too
        turn.say(turn.t("menu_prompt"), menu_buttons(turn.services.content, turn.lang))
