"""Start: say plainly that this is an automated assistant, what is kept, show 111, offer the menu."""

from __future__ import annotations

from bot.core.answers import forms
from bot.core.render import menu_reply, phone_button
from bot.core.turn import Turn
from bot.nlu.prefilter import screened

# "bạn giúp được gì", "what can you do": what this is and what it offers, then the menu (not "I
# did not understand"). A subject is needed: "không biết làm gì" is distress, not this question.
_WHAT_IT_DOES = screened(
    r"\b(ban|bot|chatbot|tro ly|trang nay|kenh nay|app nay|ung dung nay|may) (co the |se )?"
    r"(giup|lam|ho tro) (duoc )?(gi|nhung gi|duoc gi|cho (toi|em|minh) (duoc )?(gi|nhung gi))\b|"
    r"\b(bot|chatbot|trang|kenh|app|ung dung) nay (dung )?de (lam )?gi\b|"
    r"\bwhat (can|do|could) you (do|help with)\b|\bhow (can|could|do|will) you help\b|"
    r"\bwhat (are|is) (you|this|this bot|this chat|this for)( for)?\b( qmark)?$|"
    r"\bwhat does this (bot|chat|app|page) do\b|\bwhat can i (ask|do) here\b")


# Asking leave to ask ("bot ơi cho hỏi tí", "can I ask something?"): go ahead, not "not
# understood".
_ASKS_TO_ASK = screened(
    r"^((bot|ad|admin|ban|oi|a|chi|anh|em|alo|hello|hi|xin chao|chao) )*(cho (minh |toi |em |tui |con |chau )?"
    r"hoi( chut| ti| xiu| chut xiu| cai| 1 cau| mot cau| cai nay| viec nay)?|hoi (chut|ti|xiu|cai) (duoc|dc) "
    r"(khong|ko|k)|(can|may|could) i ask( you)?( (something|a question|a few things))?)"
    r"( (nha|nhe|duoc khong|dc khong|ko|khong|a|voi|di|please|qmark))*$")


def asks_to_ask(text: str) -> bool:
    """"cho hỏi tí", "can I ask something?": a question is coming."""
    return any(_ASKS_TO_ASK.match(t.strip()) for t in forms(text))


# Whether anyone is there ("có ai ở đó không", "alo alo có ai hông", "is anyone there?"): a
# person is looked for; the honest answer is who is here, and how to reach a person
_ANYONE_THERE = screened(
    r"^((alo|a lo|hello|hi|hey|e|oi|ad|admin|ban oi)( \w+)?\s)*(co ai( (o do|o day|o ben kia|ben kia|"
    r"truc|nghe|doc|tra loi))?( (khong|ko|k|hong|hok|ko vay|khong vay|khong a|ko a|vay|day khong))?|"
    r"co nguoi( that)? (o do |o day |truc |tra loi )?(khong|ko|k|hong|hok)|"
    r"(is )?(anyone|anybody|someone|somebody) (there|here|listening|reading|around|on)|"
    r"(hello|hi|hey) (anyone|anybody)( there)?)( qmark)*$")


def asks_if_anyone_there(text: str) -> bool:
    """Whether a person is there, asked in so many words."""
    return any(_ANYONE_THERE.match(t.strip()) for t in forms(text))


def asks_what_it_does(text: str) -> bool:
    """A question of what this bot is for ("bạn giúp được gì", "what can you do")."""
    return any(_WHAT_IT_DOES.search(t) for t in forms(text))


def capabilities(turn: Turn) -> None:
    """What this is and what it offers, and the menu."""
    if turn.session.is_new:
        turn.replies.clear()   # a first message: the intro already says it is a bot
    turn.session.goto(None)
    turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t("intro")))


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
