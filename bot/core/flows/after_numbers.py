"""What people type once the danger numbers were given, while the danger may go on: the line did
not answer, is someone coming, can the bot call, does a call cost money, "not yet", goodbye.

Each gets the numbers again in a form that answers it; none gets a menu, a goodbye without 113,
or "call 111 first" (the engine asks this module only after a violent emergency was answered:
bot/core/engine.py).
"""

from __future__ import annotations

import re

from bot.core import answers, faq
from bot.core.flows import emergency, services
from bot.core.messages import Button
from bot.core.render import phone_button
from bot.core.safety import is_danger
from bot.core.turn import Turn
from bot.nlu.prefilter import screened

# The emergencies this module follows: violence to the writer or someone near, not a medical
# one, a fire or self-harm (their own pathways answer those).
_NOT_VIOLENT = (None, "medical", "fire", "self_harm")

# 113 called and not answering ("gọi 113 rồi mà ko ai nghe", "công an chưa bắt máy", "i called 113
# but no one answered")
_POLICE_NO_ANSWER = screened(
    r"\b(113|cong an|canh sat)( \w+){0,4} (khong|ko|k|chua|hong|van khong|van chua|chang) (ai )?"
    r"(bat may|nghe( may)?|tra loi|lien lac duoc|goi duoc|goi dc|bat)\b|"
    r"\bgoi (113|cong an|canh sat)( \w+){0,3} (khong|ko|k|hong|chua) (duoc|dc|ai nghe|ai bat( may)?|"
    r"thay ai)\b|"
    r"\b(113|the police|police)( \w+){0,3} (is |was |are )?(not answering|isn'?t answering|no answer|"
    r"not picking up|busy|won'?t pick up|didn'?t (answer|pick up))\b|"
    r"\bcalled (113|the police)( \w+){0,4} (no one|nobody|noone) (answered|picked up)\b")
# Is anyone coming ("có ai tới giúp em không", "công an có tới không", "is someone coming", "are
# the police on their way")
_WHO_COMES = screened(
    r"\b(co ai|ai|cong an|canh sat|nguoi|co nguoi)( co)? (se |sap )?(toi|den|qua|ve)( (giup|cuu|voi))?"
    r"( (em|toi|minh|tui|e))?( (khong|ko|k|hong|chua|a|ha|vay|nhanh khong))+$|"
    r"^(is|are|will) (someone|anyone|somebody|the police|police|help|they|you)( \w+)? "
    r"(coming|on (the|their|its) way|sending (someone|help)|send (someone|help))\b|"
    r"\bcan you send (someone|help|the police)\b|\bbot (co )?(goi|bao) (cong an|113)\b")
# "not yet", "no", "still no" to the danger message's question (where she is, how she is)
_NOT_YET = re.compile(r"^((da |van |em |e |toi |van con )?(chua|chua a|chua dau|khong|ko|k|hong|hk|"
                      r"hok|khong co|ko co|hong co|no|nope|not yet|still no|not really))( (a|nha|"
                      r"het|lam|nua))*$")
# Goodbye, or stopping ("thôi", "bye", "tạm biệt", "em muốn dừng")
_BYE = re.compile(r"^((em |toi |minh )?(muon )?(thoi|dung|dung lai|stop|bye|bye bye|tam biet|"
                  r"goodbye|thoi bo di|thoi khong can|di day|off))( (nha|nhe|a|nhe ban|ad))*$")


def danger_may_go_on(turn: Turn) -> bool:
    """The violence numbers were given, and nothing since says it is over: not safe said, no
    check-in being offered or asked (its own answers read "no", "ok"), at no other step."""
    session = turn.session
    return session.emergency not in _NOT_VIOLENT and session.flow in (None, "services") and \
        session.help.get("safe") != "yes" and not session.followup.get("open") and \
        session.followup.get("checkin") is None


_violent = danger_may_go_on


def over_for_now(turn: Turn) -> None:
    """She is safe, or it is over for now: said so, and the next "ok" or "no" is an ordinary
    answer again (never the numbers once more)."""
    turn.session.help["safe"] = "yes"


def _calls(turn: Turn, order: tuple[str, ...]) -> tuple[Button, ...]:
    settings = turn.services.settings
    return tuple(phone_button(turn.lang, settings.hotline(i)) for i in order)


def asked_before_danger(turn: Turn, text: str) -> bool:
    """Read before the danger check (whose numbers would only be said again): the line not
    answering, someone coming, the bot asked to call, the cost of a call. True when answered."""
    if not _violent(turn):
        return False
    texts = [f.strip(" ?.!") for f in answers.forms(text)]
    if len(text.split()) <= 16 and any(_OVER.search(t) for t in texts) and not is_danger(text) \
            and not any(_STILL_GOING.search(t) for t in texts):
        # "công an tới rồi", "ổng ngủ rồi", "em chạy qua nhà hàng xóm rồi": glad, 113 if he
        # comes back, and help near, if wanted
        # (at a safe place, "em qua nhà hàng xóm rồi", "i'm at my mom's now": glad she is safe)
        safe_there = answers.read_safe(text, places=True) == "yes"
        if turn.session.emergency == "injured" or turn.session.harm_done:
            # ("he stabbed me, im bleeding" then "he left"): his leaving heals nothing, 115 first
            turn.say(turn.t("danger_over_hurt_ack"), _calls(turn, ("ambulance", "police", "national")))
        else:
            turn.say(turn.t("help_safe_ack" if safe_there else "danger_over_ack"),
                     _calls(turn, ("police", "national")))
        over_for_now(turn)
        services.begin(turn, turn.session.service)
        return True
    if any(_POLICE_NO_ANSWER.search(t) for t in texts):
        turn.say(turn.t("police_no_answer"), _calls(turn, ("police", "ambulance", "national")))
        return True
    if any(_WHO_COMES.search(t) for t in texts) or (
            emergency.asks_bot_to_call(text) and len(text.split()) <= 10):
        emergency.call_yourself(turn)   # it sends no one: 113 now, or someone near calls
        return True
    if faq.topic(text) == "number_cost":
        # never "call 111 first" while he may still be there
        turn.say(turn.t("number_cost_in_danger"),
                 _calls(turn, ("police", "ambulance", "national")))
        return True
    return False


# It is over for now: help came, he was taken or left or fell asleep, she got away ("công an tới
# rồi", "ổng bị bắt rồi", "ổng say ngủ rồi", "hàng xóm qua can rồi", "em chạy qua nhà hàng xóm
# rồi", "the police came", "he left", "I ran to my neighbour's")
_OVER = screened(
    r"\b(cong an|canh sat|cs|113|hang xom|nguoi ta|moi nguoi|xe cap cuu|115)( \w+)? (da |vua |moi )?"
    r"(toi|den|qua|qua can|can|vo|vao|ra|ve)( \w+)? (roi|r|kip)\b|"
    r"\b(bi )?(cong an|canh sat|cs) (bat|dua|dan|giu) (\w+ ){0,2}(di|ve|roi|r)\b|"
    r"\b(ong ay|ong|no|han|chong|ck|anh ay|thang do|nguoi do|ba|bo|duong)( \w+)? (bi bat|bi cong an bat|"
    r"ngu (roi|r|say|mat|luon)|say ngu|da ngu|ngu say|di (roi|r|mat|khoi)|bo di|da di|ra khoi nha|"
    r"dung (tay|lai) (roi|r)|thoi (danh|dap) (roi|r))\b|"
    r"\b(em|e|toi|tui|minh|con|chau) (da |vua |moi )?(chay|tron|qua|sang|ra|di|ve)( \w+)? "
    r"(nha (hang xom|ba|me|ong|chi|co|di|ban|ngoai|noi|ba ngoai|ong ngoai)|cho (hang xom|nguoi quen)|"
    r"benh vien|nha thuong|ngoai duong|quan|cho dong nguoi|cong an)\b|"
    r"\b(the )?(police|cops|neighbou?rs?|ambulance|help) (came|come|are here|is here|arrived|got here)\b|"
    r"\b(he|she|they)( has| have| just)? (left|stopped|gone|fell asleep|passed out|got arrested|"
    r"was arrested|is asleep|is gone|went out|drove off)\b|"
    r"\bi (ran|went|got|escaped|fled|am|'m|m) (away )?(to|at|into) (my|a|the|our|her|his) ")


# …unless it goes on all the same ("công an tới rồi mà ổng vẫn đánh em", "he left but he's coming
# back", "ổng ngủ rồi nhưng em vẫn sợ")
_STILL_GOING = re.compile(r"\b(ma|nhung|but|van|van con|van dang|con dang|still|lai|again|sap|sắp|"
                          r"coming back|quay lai|se quay lai|se ve)\b")


def answered_after_danger(turn: Turn, text: str) -> bool:
    """Read after the danger check found nothing new: "not yet", "no" (the numbers and the
    steps again), goodbye (the numbers with it). True when answered."""
    if not _violent(turn):
        return False
    folded = [f.strip(" ?.!") for f in answers.forms(text)]
    if any(_NOT_YET.match(f) for f in folded):
        emergency.on_safer(turn, False)
        return True
    if any(_BYE.match(f) for f in folded):
        turn.say(turn.t("goodbye_in_danger"), _calls(turn, ("police", "ambulance", "national")))
        turn.session.goto(None)
        return True
    return False


def again_in_language(turn: Turn, wanted: str) -> bool:
    """The chat switched language while the danger may go on ("english please", the English
    button): the numbers and the advice again, now in the language asked for, not the menu.
    True when said."""
    if not _violent(turn):
        return False
    situation = turn.session.emergency
    turn.session.language = turn.session.typed = wanted
    turn.say(turn.t("language_set"))
    turn.session.emergency = None   # (the whole block again: it may not have been understood)
    emergency.danger_replies(turn, situation or "home_violence")
    return True
