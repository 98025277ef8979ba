"""A medical emergency or a fire that no one caused: 115 (or 114) first, not violence advice.

People write to a helpline about what frightens them most right now, and that is not always
violence: "ba em tự nhiên ngất xỉu không tỉnh", "my mom collapsed and isn't breathing", "con em
uống nhầm thuốc diệt chuột", "nhà hàng xóm cháy rồi". The danger lexicon (bot/core/safety.py)
reads "bất tỉnh" or "not breathing" as the harm of a beating, and the classifier as an emergency,
so these got a witness's advice ("no need to step in between them"), or none at all ("ông nội em
bị đột quỵ, không nói được" read as "unable to speak safely"). This reader tells them apart so
the engine answers with the ambulance or the fire service first.

Only when nothing in the message tells of violence (a blow, a threat, a weapon, poison given by
someone) or of wanting to die: then the violence and self-harm readings keep the message, and
115 is in their numbers too. An accident said as one ("uống nhầm", "by accident") is no wish to
die, even though the poison is one of the self-harm lexicon's means.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core import answers, self_harm
from bot.core.safety import is_danger

# Something happening to someone's body that needs an ambulance, whoever it happens to.
# ("ngất" alone also folds from "ngắt", to cut off, and "xỉu" from "xíu", a bit: only in their
# medical uses; "tai biến" with a body word, never "tại biển", at the sea)
_BODY = re.compile(
    r"\b(ngat xiu|xiu (roi|luon|ngang)|(bi|da|vua|tu nhien|dot nhien|lan ra|nga ra|te ra) "
    r"(ngat|xiu)(?! (ket noi|dien|loi|mang|mach|song|nuoc))|ngat (roi|luon|lim|di)|bat tinh|hon me|ngung tho|tat tho|khong con tho|"
    r"(len|bi|lam) co giat|co giat|dong kinh|dot quy|tai bien (mach mau nao|nao)|bi tai bien|"
    r"meo mieng|nhoi mau (co tim|nao)|ngung tim|len con dau tim|duoi nuoc|chet duoi|"
    r"(bi )?dien giat|ngo doc|soc phan ve|(bi )?tai nan( giao thong| xe)?|(bi )?xe (tong|dung)|"
    r"bong nang)\b|"
    r"\b(passed out|fainted|collapsed|unconscious|not breathing|isn'?t breathing|(doesn'?t|does not|won'?t|will not) (wake|breathe)|stopped breathing|"
    r"(having|had) a (seizure|fit|stroke|heart attack)|seizures?|convuls\w*|stroke|heart attack|"
    r"cardiac arrest|drown\w*|electrocuted|allergic reaction|anaphyla\w*|car accident|"
    r"hit by a (car|truck|motorbike|bike)|bleeding (heavily|a lot|badly)|badly burn\w*)\b")
# Breathing or waking, said of someone else ("ba em không thở", "gọi mẹ không tỉnh"): the
# writer's own "không thở được" is as often the weight of a marriage as a body.
_OTHERS_BODY = re.compile(
    r"\b(ba|me|ong|ba noi|ba ngoai|ong noi|ong ngoai|chong|vo|con|be|em be|chau|nguoi nha|"
    r"co ay|anh ay|bac|my (mom|mother|dad|father|son|daughter|baby|grandma|grandpa|husband|"
    r"wife))( \w+){0,3} (khong (con )?tho|(khong|chua|van chua|van khong) tinh( lai)?|"
    r"chay mau (nhieu|khong cam|khong ngung|qua troi)|"
    r"goi khong tinh|lay khong tinh)\b")
# Swallowed or drunk by mistake: an accident to report to 115, never a wish to die.
_ACCIDENT = re.compile(
    r"\b(uong|an|nuot|hit) (nham|phai)( \w+){0,5}|"
    r"\b(accidentally|by accident|by mistake) (drank|swallowed|ate|took)( \w+){0,5}|"
    r"\b(drank|swallowed|ate|took)( \w+){0,5} by (accident|mistake)\b")
# A building on fire. ("cháy" folds like "chạy", to run, "chảy", to flow: without the marks only
# "bị cháy", and never "chạy qua nhà hàng xóm", to run to the neighbour's.)
_BUILDING = r"(nha|phong|bep|can ho|chung cu|tiem|xuong|day tro|khu tro|phong tro|cho|quan)"
_FIRE_FOLDED = re.compile(
    rf"\b{_BUILDING}( \w+){{0,3}} bi chay\b|\bhoa hoan\b|\bchay no\b|"
    r"\b(house|home|flat|apartment|building|kitchen|room|shop)( \w+){0,3} (is |are )?"
    r"(on fire|burning)\b|\bthere ?s a fire\b|\bfire (in|at|next door)\b")
_FIRE_MARKED = re.compile(r"\b(nhà|phòng|bếp|căn hộ|chung cư|tiệm|xưởng|dãy trọ|khu trọ|"
                          r"phòng trọ|chợ|quán)( \w+){0,3} (bị |đang )?cháy(?! máu)\b|"
                          r"\bcháy (nhà|phòng|bếp|chợ|xưởng|lớn|to)\b|\bhoả hoạn|\bhỏa hoạn")
# Someone did it: a blow, a push, a threat, poison given, a fire set. Then it is violence, read
# by the danger lexicon with the medical words left in.
_DONE_BY_SOMEONE = re.compile(
    r"\b(danh|dap|bop co|siet co|bop|bi xo|xo (nga|em|toi|me|chi|con|no|ba|ong|vo|be|minh)|"
    r"day (nga|em xuong|no)|"
    r"bi tat|tat (vao )?(mat|em|toi|chi)|bi dam|dam (bang )?dao|chem|dau doc|bo thuoc|hanh hung|"
    r"bao hanh|hiep|cuong hiep|tan cong|dot (nha|phong|xe|do)|phong hoa|doa|de doa|giet|"
    r"hits?(?! by a (car|truck|motorbike|bike))|beat\w*|punch\w*|kick\w*|push\w*|shov\w*|slap\w*|strangl\w*|chok\w*|stab\w*|"
    r"attack\w*|poisoned (me|her|him|us|them)|rap(e|ed)|set (the |our |my )?\w* on fire|"
    r"threat\w*|kill)\b")
# Past or habit ("em hay bị ngất", "hồi trước ba em bị đột quỵ"): a worry, not a call now.
_NOT_NOW = re.compile(r"\b(hay bi|thuong bi|tung bi|hoi truoc|hoi xua|nam ngoai|nam truoc|"
                      r"may nam|lau roi|used to|years ago|last year)\b")


def emergency_kind(text: str) -> str | None:
    """"medical" or "fire" when the message tells of one now with nothing done by anyone, and no
    wish to die; else None (the danger and self-harm readings decide)."""
    forms = answers.forms(text)
    if any(_NOT_NOW.search(f) for f in forms) or any(_DONE_BY_SOMEONE.search(f) for f in forms):
        return None
    marked = unicodedata.normalize("NFC", text).lower()
    if _FIRE_MARKED.search(marked) or any(_FIRE_FOLDED.search(f) for f in forms):
        return "fire" if not _wish_or_violence(forms, None) else None
    body = next((p for p in (_ACCIDENT, _BODY, _OTHERS_BODY) if any(p.search(f) for f in forms)),
                None)
    if body is None or _wish_or_violence(forms, _ACCIDENT if body is _ACCIDENT else None):
        return None
    return "medical"


def done_by_someone(text: str) -> bool:
    """Someone is said to have done it: a blow, a push, a threat, poison given, a fire set
    ("ổng xô nó té đó" after "ba em ngất xỉu")."""
    return any(_DONE_BY_SOMEONE.search(f) for f in answers.forms(text))


def _wish_or_violence(forms: list[str], accident: re.Pattern[str] | None) -> bool:
    """A wish to die, or danger from someone, in what is left once the medical words are out
    (the lexicon reads "bất tỉnh" as a beating's harm, and a poison as a means)."""
    for form in forms:
        rest = _BODY.sub(" ", _OTHERS_BODY.sub(" ", form))
        if accident is not None:
            rest = accident.sub(" ", rest)
        if self_harm.level(rest) is not None or is_danger(rest):
            return True
    return False
