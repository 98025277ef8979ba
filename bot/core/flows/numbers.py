"""Emergency numbers: the hotline table from config, each one tap to call where possible."""

from __future__ import annotations

from bot.core.answers import forms
from bot.core.render import hotline_lines, menu_buttons, phone_button
from bot.core.turn import Turn
from bot.nlu.prefilter import screened

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


# The numbers asked for by name ("so cap cuu", "tôi muốn xem số khẩn cấp", "emergency numbers
# please"), as the menu's button asks: the list, not the advice for someone in danger now.
_ASKED = screened(
    r"^((toi|em|minh|tui|cho|xin|cho (toi|em|minh) xin|muon|toi muon|em muon|xem|cho xem|"
    r"\w*muo\w*)( )?)*(xem |xin |biet )?(cac )?(so|sdt|so dien thoai|danh sach so|so dt)( \w+)? "
    r"(cap cuu|khan cap|khan|hotline|tong dai|ho tro|can nho)( (la gi|la so nao|nao|nhe|nha|di|voi|"
    r"khong|ko|qmark|a|ha|gi))*$|"
    r"^((can i|could i|please|i want|i need|i'd like)( (have|get|see|to see|the))*|show me|what are)?"
    r" ?(the )?(emergency|helpline|hotline) (phone )?numbers?( please| pls| qmark)*$|"
    # another country's emergency number asked about ("does 911 work in vietnam", "goi 911 duoc
    # khong", "what is the 999 here"): the numbers of this country
    r"\b(911|999|112|000)\b( \w+){0,5} (work|works|working|here|in vietnam|o viet nam|o day|"
    r"duoc khong|dc khong|duoc ko|co duoc)\b|\b(what is|whats|what s|where is) (the )?"
    r"(911|999|112)\b|\b(vietnam|vietnamese|viet nam)( s)? (911|999|112|emergency number)\b|"
    # the police's number asked ("số công an", "police number pls"): with the others
    r"^((cho |xin |cho (toi|em|minh) xin )?(so|sdt|so dien thoai|so dt) (cua )?(cong an|canh sat)|"
    r"(the )?police( phone)? number)( (la gi|la so nao|nao|nhe|nha|di|voi|please|pls|qmark|a|gi))*$|"
    # (2026-12-07) a number to call asked, in a few words ("cho e so de goi dc ko", "em gọi số
    # nào", "give me a number to call")
    r"^((cho|xin|cho (toi|em|minh|tui|e|con) xin|cho (toi|em|minh|tui|e|con)) )?(so|sdt|so dien thoai|so dt)"
    r"( nao)? (de |ma )?goi( (duoc|dc|di|nao|vay|khong|ko|k|hong|qmark|a|ha|voi|nhe|nha))*$|"
    r"^((toi|em|minh|tui|e|con) )?(nen |phai |co the )?goi (so )?(nao|so nao|cho ai|ai)( (bay gio|gio|vay|"
    r"day|a|ha|qmark|nhi))*$|"
    r"^((can|could) (you|u) )?(give|send|tell) me (a|the|some) (phone )?number(s)? (to|i can) call"
    r"( please| pls| qmark| now)*$")
# The police named alone, as one calls out for them ("police", "công an ơi", "cảnh sát"): someone
# may be in danger and have no time for more words, so the danger's numbers answer, 113 first.
_POLICE_ALONE = screened(r"^(the )?(police|cops|cong an|canh sat)( (oi|di|voi|giup|please|pls|"
                         r"now|help))*$")


def asked_for(text: str) -> bool:
    """The message asks for the emergency numbers and nothing else."""
    return any(_ASKED.search(t.strip(" .!")) for t in forms(text))


def police_called(text: str) -> bool:
    """The message is only the police named, as a call for them (`_POLICE_ALONE`)."""
    return any(_POLICE_ALONE.search(t.strip(" .!")) for t in forms(text))
