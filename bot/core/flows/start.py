"""Start: say plainly that this is an automated assistant, what is kept, show 111, offer the menu."""

from __future__ import annotations

from bot.core.render import menu_reply, phone_button
from bot.core.turn import Turn


def start(turn: Turn) -> None:
    turn.session.goto(None)
    settings = turn.services.settings
    turn.say(f"{turn.t('intro')}\n\n{turn.t('hotline_short')}",
             (phone_button(turn.lang, settings.hotline("national")),))
    turn.say(turn.t("kept"))
    turn.replies.append(menu_reply(turn.services.content, turn.lang))


def menu(turn: Turn) -> None:
    turn.session.goto(None)
    turn.replies.append(menu_reply(turn.services.content, turn.lang))


def help_text(turn: Turn) -> None:
    turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t("help_text")))
