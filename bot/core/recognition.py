"""Questions of recognition: "is this abuse?", "is it normal that my husband checks my phone every
day?", "làm sao để biết mình có bị bạo hành tinh thần không"; and of a job offer that may be
trafficking: "có người rủ em sang Campuchia làm việc lương cao, có nên đi không".

People often ask this before they tell anything, or instead of telling. It is a question and
deserves an answer (the warning signs, in the law's terms), not "I believe you" and a form, and
not a diagnosis either: the bot shows the signs and offers to look for help together. A story of
beating or sexual violence asked this way ("chồng đánh em như vậy có phải bạo lực không") is a
disclosure first: the engine believes it and begins the request, so those kinds are left out.
"""

from __future__ import annotations

import re

from bot.core.answers import forms
from bot.nlu.entities import kind_of
from bot.nlu.prefilter import screened

_VIOLENCE = (r"bao luc|bao hanh|nguoc dai|hanh ha|xam hai|quay roi|kiem soat|thao tung|lam dung|"
             r"bao luc (gia dinh|tinh than|kinh te|tinh duc|tren mang)")
_QUESTION_VI = screened(
    # "có phải là bạo lực không", "vậy có được coi là bạo hành không"
    rf"\b(co phai|phai chang|co duoc (coi|xem|tinh)|co bi (coi|xem|tinh)|co tinh|co goi|co the coi|"
    rf"duoc (coi|xem|tinh)|co the goi|goi) (la )?({_VIOLENCE})\b|"
    # "như vậy là bạo lực à", "thế có phải bạo hành không"
    rf"\b(nhu vay|nhu the|vay|the nay|the|dieu do|dieu nay|chuyen do|chuyen nay|viec do|viec nay) "
    rf"(co )?(la|phai la|co phai la|co phai|tinh la) ({_VIOLENCE})\b|"
    # "… có bình thường không", "như vậy là bình thường à"
    r"\b(co|la|vay co|vay la|the co|nhu vay co|nhu vay la) (binh thuong|bt|chuyen binh thuong|"
    r"chuyen thuong)( khong| ko| k| a| qmark| chu|$)|"
    # "… vậy có sao hông", "… có sao ko" (is that all right?), said after what is done
    r"\b(vay|nhu vay|the|the nay|vay thi|nhu the) (co )?(sao|van de gi|gi sai)( khong| ko| k| a| qmark|$)|"
    # "… vậy có tính không", "vậy có phải yêu quá ko" (does that count? is it just love?)
    r"\b(vay|nhu vay|the|the nay|vay thi|nhu the|cai do|chuyen do) (co )?(tinh(?! (tien|phi|cuoc|gia))|duoc tinh|"
    r"bi tinh|tinh la|"
    r"phai yeu|la yeu|phai thuong|la thuong|phai ghen|la ghen)( \w+)?( khong| ko| k| hong| a| qmark|$)|"

    # "làm sao để biết mình có bị …", "làm sao nhận ra mình đang bị kiểm soát"
    r"\b(lam sao|lam the nao|bang cach nao|sao) (de )?(biet|nhan biet|nhan ra|phan biet) "
    r"(duoc )?((minh|toi|em|tui|ban) )?(co )?(dang )?(bi|phai|la)\b|"
    # "em có đang bị bạo hành tinh thần không"
    rf"\b(minh|toi|em|tui) (co )?(dang )?bi ({_VIOLENCE})( \w+)?( khong| ko| k| qmark)\b|"
    # "dấu hiệu (của) bạo lực / bị kiểm soát"
    rf"\bdau hieu (cua |nhan biet |cho thay )?(({_VIOLENCE})|bi)\b|"
    # "mối quan hệ độc hại là gì", "red flag là sao": what an unsafe relationship looks like
    r"\b(moi quan he|quan he|tinh yeu|tinh cam|hon nhan|nguoi yeu) (doc hai|toxic|khong lanh manh)"
    r"( la gi| la sao| nhu the nao| ra sao| gom nhung gi)|\bred flags? (la gi|la sao|gom)\b")
_QUESTION_EN = screened(
    r"\bis (it|this|that)( still| really| also| even| considered)? (normal|ok|okay|fine|abuse|abusive|"
    r"violence|domestic violence|"
    r"controlling|control|harassment)\b|"
    r"\bhow (do|can|would|could) (i|you|someone|one) (know|tell|recogni[sz]e)( if| whether| that|"
    r" when)?\b|"
    r"\bam i (being )?(abused|in an abusive|being controlled|a victim)\b|"
    r"\bis (my|he|she|his|her) ?(husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|"
    r"mother)? (being )?(abusive|controlling|toxic|manipulative)\b|"
    r"\b(does|would|could|do) (this|that|it|these) (count|qualify) as (abuse|violence|"
    r"domestic violence|harassment)\b|"
    r"\bsigns? (of|that)\b.*\b(abus\w*|violen\w*|controlling|control|toxic|unhealthy)\b|"
    r"\bwhat (is|are|makes) (a |an )?(toxic|unhealthy|abusive|controlling) (relationship|partner)s?\b|"
    r"\bwhat are (the )?red flags\b")
# "… có sao ko" (is that all right?) after what is done ("bả chồng chửi tui suốt ngày có sao ko")
_OKAY_ASKED = screened(r"\bco sao (khong|ko|k)( qmark)?$")
# Hitting said not to happen ("chưa đánh bao giờ", "ko đánh nhưng hay chửi", "he never hits
# me"): no beating told, so the question of what the rest is, is still answered.
_NOT_HIT = re.compile(r"\b(khong|ko|k|hong|chua|chang|chu khong|never|not|doesnt|does not|dont|do not|didnt|did not)"
                      r"( \w+){0,2}? (danh|dap|danh dap|hit|hits|beat|beats|hitting|beating)\b"
                      r"( (bao gio|gi|ai|me|her|toi|em))*|"
                      # "chứ có đánh đâu" (he doesn't hit, though)
                      r"\b(chu|nhung) (co|dau co)( \w+)? (danh|dap|danh dap)( (em|toi|minh|tui|ai))? dau\b")
# The kinds a recognition question answers; beating and sexual violence told are disclosures.
_RECOGNISED_KINDS = (None, "psychological", "economic", "online", "other")

# An offer of work or marriage far away, and whether to take it, asked before going.
_OFFER = screened(
    r"\b(viec nhe|luong cao|thu nhap cao|xuat khau lao dong|di lam (o )?nuoc ngoai|"
    r"(a )?job (offer )?(in|at) (cambodia|china|malaysia|korea|japan|taiwan|thailand|laos|myanmar|dubai)|"
    r"high (salary|wage|pay)|"
    r"(sang|qua|di|ra) (campuchia|cam|trung quoc|tq|han quoc|han|nhat|dai loan|malaysia|"
    r"thai lan|lao|myanmar|dubai|nuoc ngoai) (lam|lam viec|lay chong|kiem tien)|"
    r"lay chong (nuoc ngoai|han|trung quoc|tq|dai loan)|tuyen dung|tiep vien karaoke|tiep vien|"
    r"viec (lam )?thoi vu o (trung quoc|tq|campuchia|cam|lao|dai loan)|"
    r"job (offer|abroad|overseas)|work(ing)? (abroad|overseas|in (china|cambodia|malaysia|"
    r"korea|japan|taiwan|thailand|laos|myanmar))|high pay|easy (job|work|money)|"
    r"marry (a foreigner|abroad|someone abroad))\b")
_SHOULD_I = screened(
    r"\b((co )?nen (di|nhan|theo|dong y|nghe)|co (an toan|lua dao|bi lua|dang tin|that|uy tin)"
    r"( khong| ko| k| qmark)|(lua dao|lua|dang tin|uy tin) (khong|ko|k|qmark)|"
    r"should i (go|take|accept|trust)|is (it|this|that) (safe|a scam|legit|real|trustworthy)|"
    r"(a )?scam( qmark)?$|"
    # a red flag told of the offer itself, asked or not ("được cho 50 triệu", "bao lo hết", "bao đi
    # đường"): the warning signs
    r"(duoc|se|hua|hen) (cho|tra|dua|tang)( \w+){0,2} \d+ (trieu|trieu dong|cay vang|chi vang)|bao (lo )?het|bao (di duong|an o|ve may bay|"
    r"tien ve|visa)|lo het (chi phi|giay to)|khong can kinh nghiem)")


def topic(text: str) -> str | None:
    """The tips topic that answers the message's question of recognition, or None: the warning
    signs ("is this abuse?", asked of control, insults, money, not of beating or sexual violence
    told), the signs of trafficking (an offer of work abroad, "should I go?")."""
    texts = forms(text)
    if any(_OFFER.search(t) and _SHOULD_I.search(t) for t in texts):
        return "trafficking_signs"
    if not any(_QUESTION_VI.search(t) or _QUESTION_EN.search(t) or
               (_OKAY_ASKED.search(t) and len(t.split()) >= 6) for t in texts):
        return None
    if all(kind_of(_NOT_HIT.sub(" ", t), None) in _RECOGNISED_KINDS for t in texts):
        return "warning_signs"
    return None


def asks(text: str) -> bool:
    """Whether the message is a question of recognition (`topic`)."""
    return topic(text) is not None
