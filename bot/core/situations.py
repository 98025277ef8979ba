"""Which emergency this is, so the advice after 113/115/111 fits it.

"Avoid the kitchen, protect your head" helps someone being beaten at home; it is wrong for a
person who was just raped, someone on a bridge, a neighbour hearing screams or a worker held
abroad. The situation is read from the message (and what the session already knows) by a few
ordered rules; the first that matches wins, most specific first. The advice texts live in
data/content/safety.yml `situations:`.
"""

from __future__ import annotations

import re

from bot.core.answers import forms

SITUATIONS = ("self_harm", "sexual_assault", "held", "weapon", "child", "put_out", "witness",
              "followed", "threatened", "home_violence")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("sexual_assault", re.compile(
        r"\b(hiep dam|cuong hiep|xam hai tinh duc|bi xam hai|ep quan he|rape[ds]?|raping|"
        r"bi (\w+ ){0,3}(?<!\ban )(?<!\buc )hiep\b(?! dap)|(?<!\ban )(?<!\buc )hiep (toi|em|minh|chi|co|con|tui)|"
        r"sexually (assaulted|abused)|forced (me )?(to have )?sex|bi (lam nhuc|sam so) (tinh duc)?)\b")),
    ("held", re.compile(
        r"\b(bat coc|giam giu|bi giam|bi nhot|nhot (toi|em|minh|con|chau|lai)|khoa (toi|em|minh) "
        r"(trong|lai)|giu (toi|em|minh|chi|con) (lai|o)|khong cho (toi|em|minh|con) (ve|ra|di)|"
        r"bi ban (sang|qua|cho)|lua (sang|qua|ban)|tien chuoc|chuoc|giu (ho chieu|giay to|dien thoai)|"
        r"locked (me |us )?(in|up)|held (captive|against|hostage)|kidnapp\w*|trafficked|ransom|"
        r"(will not|won't|do not) let (me|us) (leave|go|out)|took my (passport|phone)|"
        r"(can not|cannot|cant|not allowed to) (leave|go home|get out)|(say|says) (i|we) owe|"
        r"owe them|debt bondage|khong duoc (ve|ra ngoai|roi di)|bat (tra|tra no|lam tra no))\b")),
    # Words that fold like others ("kéo tóc" is pulling hair, "gãy" broken, "sưng" swollen,
    # "rứa" so, "dạo này" lately) are a weapon only when held, used or thrown.
    ("weapon", re.compile(
        r"\b(dao(?! (nay|gan day|truoc|do|choi|pho|quanh|mat|dong)\b)|xang|axit|acid|day thung|"
        r"thanh sat|ma tau|riu|ong tuyp|knife|knives|gun|hammer|axe|weapon|scissors|bottle|petrol|"
        r"gasoline)\b|"
        r"\b(cam|lay|dung|bang|vung|rut|chia|di|cay|con|khau|nem|quang|dap|phang|dam|cai|co) "
        r"(\w+ )?(keo|sung|bua|gay|rua|chai|ghe|bat)\b")),
    ("child", re.compile(
        # ("mẹ con em": the writer and her child, the writer first: not the advice for a child)
        r"\b((?<!me )(?<!ma )con (toi|em|minh|tui|gai|trai|be|nho)|dua (be|nho|tre)|be (gai|trai)|chau (be|nho)|"
        r"tre (em|con|nho)|my (son|daughter|child|baby|kid)|the (child|children|baby|kids?)|"
        r"a (child|little (girl|boy))|children)\b")),
    # put out of the home, nowhere to sleep ("bị đuổi ra khỏi nhà giữa đêm", "he kicked me out"):
    # a place for tonight, not "stay away from the kitchen"
    ("put_out", re.compile(
        r"\b((duoi|tong|day|keo) (\w+ ){0,3}(ra khoi nha|ra duong|ra ngoai|di)|khong co cho (ngu|o|"
        r"ngu dem nay|tru)|ngu (ngoai duong|ngoai hien|ngoai via he)|kicked (me |us )?out|"
        r"bo (toi |em |minh |tui |chi )?(lai )?(giua duong|ngoai duong)|di xa\b.*\bbo (\w+ )?lai|"
        r"(left|dumped|abandoned) (me|us) (on the road|far away|somewhere)|"
        r"threw (me|us) out|thrown out|locked (me|us) out|nowhere to (sleep|go|stay))\b")),
    ("witness", re.compile(
        r"\b(hang xom|nha ben|nha hang xom|ngoai duong|tren duong|giua duong|nguoi ta|ong kia|"
        r"mot (nguoi|co|chi|ba|anh) (phu nu|gai|dan ong)?|nghe (thay )?tieng (la|het|khoc|danh)|"
        r"(toi|em|minh) (thay|nghe)|neighbou?rs?|next door|on the street|a woman|someone is|"
        r"i (can )?(see|hear|saw|heard)|a man is|a girl)\b")),
    ("followed", re.compile(
        r"\b(duoi theo|theo doi|bam theo|rinh|ngoai cua|truoc cua|truoc nha|following (me|us)|"
        r"followed|stalk\w*|outside (my|the) (door|house|home))\b")),
    # threats sent by message or call ("nhắn tin đe dọa giết em"): keep them, report, 113 if he
    # comes; never "stay away from the kitchen" to someone he is not with
    ("threatened", re.compile(
        r"\b(nhan tin|tin nhan|goi dien|inbox|nhan|facebook|zalo|messenger|mang|online|texts?|"
        r"texting|texted|messages?|messaging|messaged|calls?|calling|called)\b.*"
        r"\b(doa|de doa|threat\w*)\b|\b(doa|de doa|threat\w*)\b.*\b(nhan tin|tin nhan|goi dien|"
        r"inbox|facebook|zalo|messenger|tren mang|online|texts?|texting|messages?)\b")),
]


# The writer gone to a neighbour ("em đang trốn ở nhà hàng xóm", "i ran to my neighbour's"): the
# neighbour is where they are safer, not someone they watch being hurt.
_AT_NEIGHBOURS = re.compile(
    r"\b(o|sang|qua|den|toi|tron|chay|nup|tru|nho|ngu|xin o)( sang| qua| ve| den| o| tam| nho)* "
    r"(nha|cho|phong) (hang xom|nha ben)\b|"
    r"\b(at|to|in|into|with) (my |the |a )?(neighbou?r'?s?( house| home| place| flat)?|next door)\b")


_WRITER_NAMED = re.compile(r"\b(toi|em|tui|minh|tao|i|me|my|myself|us)\b")


def detect(text: str, *, writer_is_child: bool = False, self_harm_now: bool = False,
           about_other: bool = False) -> str:
    """One of SITUATIONS; "home_violence" when nothing more specific is said, or "witness"
    when the one in danger is someone else (`about_other`: "ổng đang đánh bả", asked for a
    friend): the writer is not the one to tell to shield their head."""
    if self_harm_now:
        return "self_harm"
    texts = [_AT_NEIGHBOURS.sub(" ", t) for t in forms(text)] if text else []
    for situation, pattern in _RULES:
        if any(pattern.search(t) for t in texts):
            if situation == "witness" and writer_is_child:
                return "child"
            return situation
    if writer_is_child:
        return "child"
    # the writer named in it ("ổng có súng, đang chĩa vô em"): the writer is in danger too, and
    # the advice is theirs, whatever the request was recorded for
    if about_other and not any(_WRITER_NAMED.search(t) for t in texts):
        return "witness"
    return "home_violence"
