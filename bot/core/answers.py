"""Typed answers to the help request's steps, read as people write them.

A button is unambiguous; a typed answer is not: "không an toàn" and "an toàn rồi" share their
main word, "cho em" means "for me", "bo qua" means skip. Each reader here takes one message and
returns the step's value, or None when the message does not answer that step (it may still carry
an intent, a disclosure, or an answer to another step: the help flow asks every reader, so an
answer given early is kept).

The readers work on the folded, abbreviation-expanded forms of the text (both the Vietnamese
and the English reading of chat shorthand, see bot/nlu/normalize.py), so "ko an toan",
"k an toàn", "hông an toàn" and "not safe" are the same answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.nlu.entities import DENIED_BEFORE, kind_of
from bot.nlu.lexicon import AnyOf
from bot.nlu.normalize import fold, normalize
from bot.nlu.prefilter import Screened, screened

if TYPE_CHECKING:
    from bot.knowledge.wards import WardIndex, WardMatch

# A negation right before "an toàn"/"safe" makes the person unsafe ("chưa an toàn lắm").
_NEG_VI = r"(khong|chua|hong|hong co|hem|cha|chang|ko|k|kg|hok|khum|chua duoc|khong duoc)"
_UNSAFE = [
    re.compile(rf"\b{_NEG_VI} (that su |hoan toan |con |duoc |thay |cam thay |he |lam |may )*an toan\b"),
    re.compile(r"\bkhong biet co an toan\b"),
    # "no safe", "ko safe", "me no safe", "e ko safe now": a foreign spouse's or a teen's few words
    re.compile(r"\b(no|not|khong|chua|hong|never|nope)( (very|so|really|feel|feeling|thay))? safe\b"),
    # "ko biết nó có an toàn ko", "i don't know if she's safe": not known, so not surely safe
    re.compile(r"\b(khong|chua) (biet|ro|chac)( \w+){0,4} (an toan|on|khong sao|co sao)\b|"
               r"\b(do not|dont|don't) know (if|whether) (\w+ ){0,2}(is |am |are |'s )?(safe|ok|okay)\b"),
    re.compile(r"\bnguy hiem\b|\bso (lam|qua)\b.*\b(ve|toi|den)\b"),
    re.compile(r"\b(not|never|no longer|hardly) (really |very |completely |entirely |feeling |feel )?safe\b"),
    re.compile(r"\bunsafe\b|\bin danger\b|\bdanger\b"),
    # "not at the mo", "not tonight", "not since he came back", "i am not", "yeah nah not really":
    # a no in English said with "not" alone (the answer's own words, nothing else)
    re.compile(r"^((yes|no|well|um|uh|honestly|sadly|actually|hmm) )*(not|i am not|i was not|"
               r"not really|probably not|maybe not)( (really|at the (mo|moment)|tonight|today|now|rn|atm|"
               r"right now|yet|anymore|any more|at all|exactly|entirely|quite|since( \w+){1,5}|"
               r"when he( \w+){1,4}|while he( \w+){1,4}))*$"),
    # said in scorn ("an toàn gì nổi", "an toàn đâu mà an toàn")
    re.compile(r"\ban toan (gi|dau|sao|the nao)( (noi|duoc|ma|ma an toan))?\b|\b(sao|lam sao) ma an toan\b"),
    re.compile(r"\b(do not|dont) feel safe\b"),
    # safe for now, but he comes back ("tạm ổn nhưng tối ổng về", "i'm safe but he's back
    # tonight"): not surely safe, as the button "No / not sure" says
    re.compile(r"\b(nhung|ma)\b.*\b(ve|toi nha|quay lai|quay ve|tro ve|tro lai|den tim)\b"),
    re.compile(r"\bbut\b.*\b((comes?|coming|gets?|will be|be|is) (back|home)|tonight|later)\b"),
    # he may come back ("he might come back tonight", "ổng có thể quay lại"): not surely safe
    re.compile(r"\b(he|she|they|my (husband|boyfriend|partner|ex))( might| may| could| will|'ll| is going to)"
               r" (come|be) (back|home|here)\b|\b(ong ay|no|han|chong|ck|anh ay)( co the| chac| sap| se)+ "
               r"(quay lai|quay ve|ve|toi|den)\b"),
    re.compile(r"\bbut\b.*\b(he is|he's|hes|she is|she's|they are|they're) (coming|on (his|her|their) "
               r"way)\b"),
]
# Unsure: an answer of "not safe" to the safety question (the button says "No / not sure"), but at
# another step only not knowing that step's answer ("i don't know my ward" is no alarm).
_UNSURE = screened(r"\bkhong chac\b|\bchua chac\b|\bkhong biet nua\b|\bnot sure\b|\bunsure\b|"
                     r"\bdo not know\b|^(sort of|kind of|kinda|sorta|maybe|somewhat|more or less|i guess|hmm+|"
                     r"not really sure|co le|tam tam|cung tam|hoi hoi|nua nua|cung cung)\b|"
                     # a hedge ("chắc không sao đâu", "chắc vậy", "hình như ổn", "tạm thời thôi"),
                     # never "chắc chắn" (surely)
                     r"^(chac|chac la|hinh nhu)\b(?! (chan|roi|luon|chac)\b)"
                     r"( \w+){0,3}$|"
                     r"^tam thoi( thoi| a| nha)?$|\btam thoi thoi\b|"
                     # ("for now", "yes and no", "vừa có vừa không", "am i ever safe lol")
                     r"^((yes|yeah|ok|safe) )?for now( (yes|i guess|i think|lol))?$|^yes and no$|"
                     r"^(vua co vua khong|co va khong|vua phai vua khong)$|\bam i ever safe\b|"
                     r"^(not really|idk|i dunno|dunno|kinda|sorta)( (lol|tbh))?$")
# A hedge leaning to safe ("chắc là ổn", "chắc vậy", "hình như không sao"): "yes" to the help
# request's question; in the crisis pathway (after words of dying) it stays "not sure"
_HEDGED_SAFE = re.compile(r"^(chac|chac la|hinh nhu|chac cung)( (la|cung|van|tam|thi))* (on|an toan|khong sao|"
                          r"ok|oke|okay|duoc|binh thuong|vay|the|vay a|the a|vay roi)( (roi|a|ma|nha|day|dau|"
                          r"thoi))*$")
def hedged(text: str) -> bool:
    """A "probably safe" ("chắc vậy", "chắc là ổn", "hình như không sao")."""
    return any(_HEDGED_SAFE.match(t) for t in forms(text))


_SAFE = [
    re.compile(r"\ban toan\b"), re.compile(r"\bsafe\b"),
    re.compile(r"\b(khong sao|khong co gi|on roi|van on|binh an|em on|toi on|minh on|tam on|tui on|"
               r"anh on|chi on|co on|chau on|con on|bac on|chu on|"
               r"cung on|tam thoi on|gio on|bay gio on|hien tai on)\b|^on( a| ma| nha| lam| het)?$|"
               r"\b(bay gio|luc nay|hien tai|gio|tam thoi|hom nay)( thi| thi cung| cung| van)? (on|tam on|"
               r"khong sao|an toan|ok|oke|okay|yen|yen roi|da yen|binh yen)\b|"
               # "giờ yên rồi", "đã yên rồi": quiet now
               r"\b(da|gio da|bay gio da|tam) yen( roi| on)?\b|^yen roi\b"),
    re.compile(r"\b(i am|im) (ok|fine|alright|okay)\b|\ball right\b|\bfine now\b|"
               r"\b(she is|he is|they are|she's|he's|we are|shes|hes) (ok|okay|fine|alright|safe)\b"),
]
# Away from the person who hurts them, somewhere safe: "chị ấy đang ở nhà mẹ đẻ rồi", "em qua nhà
# bạn ở rồi", "she's staying with her mum", "he has left". An answer of "safe" to the safety
# question, in words that name a place, never the word "an toàn".
_RELATIVE = (r"(me de|bo me|ba me|cha me|bo|me|ba|ong ba|ong|ba ngoai|ba noi|ong ngoai|ong noi|"
             r"ngoai|noi|nguoi than|ho hang|ban|ban be|ban than|ban gai|hang xom|chi|chi gai|"
             r"anh|anh trai|em gai|em trai|co|di|chu|bac|cau|mo|thim)(?! (chong|ke|ghe|duong|vo)\b)"
             # "ở nhà, ổng đang say": "ổng" (him) is read "ong ay", no grandfather's house
             r"(?! (ay|ta|ay dang|ta dang)\b)")
# The one who hurts is away now ("ổng đi làm rồi", "chồng em không có nhà", "he's at work"):
# safe for the moment, and never with a turn after ("nhưng tối ổng về").
_HURTER = (r"(ong|ong ay|ong ta|ong xa|no|han|anh ta|anh ay|anh|chong|ck|ba ay|ba ta|bo|ba|cha|"
           r"nguoi do|ke do|ban trai|nguoi yeu|bo duong|cha duong|vo)( (em|toi|minh|tui|chi|con))?")
# He is drunk, or smashing things, at home ("em ở nhà, ổng say xỉn đập đồ", "he's drunk"): not
# surely safe, as the button "No / not sure" is.
_HURTER_RAGES = re.compile(
    rf"\b{_HURTER}( \w+){{0,2}} (dang say|say xin|say roi|xin roi|nhau say|dap do|dap pha|"
    r"quang do|nem do|chui bay|la het|dang dien)\b|\b(he is|he's|hes) (drunk|wasted|smashing)\b")
_UNSAFE.append(_HURTER_RAGES)
# Alone at home with the one who hurts ("bà đang ở nhà một mình với cậu"), or a meeting he set
# for today ("ổng hẹn e chiều nay", "nó đòi gặp em tối nay"): not safe
_UNSAFE.append(re.compile(
    r"\bo nha (mot minh )?voi (cau|chu|ong ay|no|han|chong|ck|bo duong|cha duong|duong|nguoi do|"
    r"anh ta|ong ta|thang do)\b|"
    r"\b(ong ay|no|han|nguoi do|anh ta|ong ta|thang do|ong chu|ong)( \w+)? (hen|doi|bat|ep) (gap |"
    r"di gap )?(em|toi|minh|tui|e)?\b.*\b(chieu nay|toi nay|sang nay|trua nay|hom nay|bay gio|luc nay|"
    r"ngay mai|mai)\b"))
# Struck again, or the phone taken, told as the answer ("hôm nay ổng lại đánh nữa", "ổng lấy đt
# rồi", "he took my phone"): not safe. (Kept out of the union of _UNSAFE: "đang", "lại" would
# let it through the screen on nearly every message.)
_STRUCK_AGAIN = screened(
    rf"\b{_HURTER}( (hom nay|toi nay|luc nay|vua nay|gio))? (lai|vua|dang|lai vua|lai dang) (danh|dap|"
    r"bop co|chem|dam|da|tat|xo|chui|doa)\b|"
    r"\b(he|she|they)( is| are)? hitting (me|us) again\b")
_PHONE_TAKEN = screened(
    rf"\b{_HURTER}( (da|vua|moi))? (lay|giat|giut|thu|dap|dap vo|giau|cam) (mat |luon |het )?(dien thoai|"
    r"dt)\b(?!( (cua )?(em|toi|minh|tui|e|con))? (de|xem|coi|doc|kiem tra|choi|goi|nghe))|"
    r"\b(he|she|they) (took|grabbed|smashed|broke|has taken|took away) my phone\b")
# Not gone, or still sitting there ("ảnh chưa đi", "ổng vẫn chưa chịu đi", "nó vẫn ở đây chưa về",
# "ổng còn ngồi đó", "ổng còn ở dưới bếp"): the danger goes on. (Never "ổng chưa về", he has not
# come home yet.)
_NOT_GONE = screened(
    rf"\b{_HURTER}( \w+){{0,2}} chua (di|chiu di|roi di|roi khoi|ra khoi|chiu ve|chiu ngu)\b|"
    rf"\b{_HURTER}( \w+)? (van|con|van con|van dang|con dang)( dang)? (ngoi|dung|nam|rinh|cho|o|ngoi o|"
    r"dung o|nam o) (o )?(do|day|ngoai|ngoai do|duoi bep|trong nha|trong phong|phong khach|"
    r"ngoai phong khach|ngoai san|ngoai cong|ngoai cua|truoc cua|ben ngoai|duoi nha|tren lau|"
    r"ngay day|ke ben|ben canh)\b")


def _marked_pronouns(text: str) -> str:
    """"ảnh" (he) spelled out before folding, which would make it "anh" (brother). ("bả" is the
    normaliser's already: bot/nlu/normalize.MARKED_VI; "ảnh" is left to it unread, being also
    "a photo", and is read so only where the one who hurts is asked about.)"""
    if "ảnh" not in text and "Ảnh" not in text:
        return text
    return re.sub(r"\b[ảẢ]nh\b", "anh ấy", text)


_ACTS_OF_HIM = screened(r"\b(danh|dap|bop co|chem|dam|da|tat|xo|chui|doa|hitting|dien thoai|dt|"
                          r"phone)\b")


def _struck_or_phone(texts: list[str]) -> bool:
    """Struck again, or the phone taken (the verb looked for first: a cheap miss)."""
    return any(_ACTS_OF_HIM.search(t) and (_STRUCK_AGAIN.search(t) or _PHONE_TAKEN.search(t))
               for t in texts)
# The writer safe and someone else not ("em thì an toàn nhưng chị em thì ko", "i'm safe but my
# son isn't"): not everyone the request is about is safe.
_UNSAFE.append(re.compile(
    r"\b(an toan|on)\b.*\b(nhung|con)( \w+){1,3} (thi )?(khong|ko|k|hong|chua|chang)( (an toan|on))?"
    r"( (a|dau|lam|het))?$|"
    r"\b(safe|ok|okay|fine)\b.*\bbut (my |the |our |her |his )?\w+( \w+)? (is not|isnt|isn't|are not|"
    r"arent|aren't)( (safe|ok|okay))?$"))
# The one who hurts at home or coming now, said as the whole of a clause ("cậu đang ở nhà, mẹ đi
# làm rồi", "ổng đang ở nhà", "ổng sắp về"): not safe. (Read clause by clause: the comma keeps
# "ở nhà, mẹ…" from reading as "ở nhà mẹ", at her mother's.) Never a mother or a father alone,
# who may be the one keeping the child safe.
# (an uncle, a grandfather, "ông" may be the one keeping her safe: "cậu em đang ở nhà" is not read)
_HERE_WHO = (r"(ong ay|ong ta|ong xa|no|han|anh ta|anh ay|thang do|thang cha|nguoi do|ke do|chong|ck|"
             r"tui no|bon no|chung no|tui do|may thang do|bon ho|co ay|co ta|ba ay|ba ta|chi ay|chi ta|"
             r"me chong|anh trai|"
             r"ban trai|nguoi yeu|ny|vo|chong cu|vo cu|ny cu|nguoi yeu cu|ban trai cu|bo duong|"
             r"cha duong|duong|bo ke|cha ke|me ke|me ghe)")
_HERE = screened(
    rf"^((nhung|ma|gio|bay gio|luc nay|hien tai|thi|con) )*{_HERE_WHO}( (em|toi|minh|tui|chi|con|"
    r"chau|cu))*( (gio|bay gio|luc nay|hien tai|thi))?( (van|dang|con|cung|da|vua|sap|chuan bi|"
    r"moi|lai))* (o nha|o day|o trong nha|o trong phong|o phong ben|o ben canh|ben canh|o canh|"
    r"ngoai cua|o ngoai cua|truoc cua|ngoai cong|o ngoai cong|truoc cong|o cong|dung ngoai cong|"
    r"dung ngoai cua|dung truoc cong|dung truoc cua|dung truoc nha|dung ngoai ngo|o ngoai ngo|"
    # (still there, said bare: "ổng còn đó", "nó vẫn còn đây", "tụi nó còn ngoài đó")
    r"(?<=con )(do|day|kia|ngoai do|ben ngoai|trong nha|quanh day))"
    r"( voi (em|toi|minh|tui|con|me con em))?"
    r"( (roi|a|do|nay|day|luon|bay gio|luc nay|nua|kia|ne))*$")
_KIN_HERE = re.compile(
    r"^((nhung|ma|gio|bay gio|luc nay|hien tai|thi|con) )*(cau|chu|bac|duong|ong|anh ho|ong noi|"
    r"ong ngoai)( (em|con|chau|toi))?( (van|dang|con|cung|da|vua|moi|lai))* (o nha|o day|o trong nha|"
    r"o phong ben|o ben canh)( (roi|a|do|nay|day|luon|bay gio|luc nay|nua|kia))*$")
# coming, not come ("ổng sắp về", "ổng sắp tới"; "ổng về rồi" alone is the quick exit, privacy.py):
# wherever she is, he may come there
_COMING = screened(
    rf"^((nhung|ma|gio|bay gio|luc nay|hien tai|thi|con) )*({_HERE_WHO[1:-1]}|ong)( (em|toi|minh|tui|chi|"
    r"con|chau|cu))*( (sap|chuan bi|dang tren duong|dang|lat nua|chut nua|ti nua|toi nay|sap sua))+ "
    r"(ve nha|ve|den|toi|quay lai|quay ve|tro ve|tro lai)( (nha|cho|cong ty|truong|phong tro|day)"
    r"( \w+){0,3})?( (roi|a|do|nay|day|luon|bay gio|nua))*$|"
    # (English "he is home", "he's back" said alone are the quick exit, bot/core/flows/privacy.py)
    r"^(he|she|my (husband|boyfriend|partner|ex|stepdad|stepfather|uncle))( is|'s| will be)?"
    r" (coming( back| home)?|on his way)( now| soon| tonight)?$")
# The writer out, away from him ("em đi chợ rồi, ổng ở nhà"): his being home is not hers.
_WRITER_OUT = re.compile(r"^(toi|em|minh|tui)( (dang|da|moi|vua))* (di cho|di lam|di hoc|ra ngoai|"
                         r"o ngoai|o ngoai duong|ngoai duong|o truong|o cong ty|ve que|di choi|"
                         r"o cho|di ra ngoai)\b(?! ve)")


# He has just come back, said in its own clause after a yes ("dạ an toàn. à không, ổng mới
# về", "dạ ổn, ủa ổng về kìa", "yes im safe. wait he just got home"): the yes is taken back.
# (never "ổng về quê rồi", gone to his home village)
_ARRIVED = screened(
    rf"^((a|a khong|ua|oi|oi troi|nhung|ma|ma khong|khong|wait|oh|but|no|oh no|actually) )*"
    rf"{_HURTER}( (da|vua|moi|dang|lai|vua moi))* (ve|toi|den|vo|quay ve|quay lai|ve den|ve toi)"
    r"( (nha|roi|r|kia|ne|a|do|day|ke ben|o ngoai))*$|"
    r"\b(he|my (husband|boyfriend|dad|father|ex|partner))( (just|has|is|s))* "
    r"(got|came|come|coming) (home|back|in)\b|\b(he is|he s|hes) (back|home|here)\b")


def _he_is_with_her(texts: list[str], clauses: list[str], child: bool = False) -> bool:
    """The one who hurts at home or coming ("ổng đang ở nhà", "ổng sắp về"), said with no safe
    place of her own ("em ở nhà mẹ đẻ, ổng đang ở nhà": his home, not hers) and no "an toàn"
    ("cậu ở nhà rồi, em an toàn": the uncle keeps her safe)."""
    if any(_COMING.search(c) for c in clauses):
        return not _any(_SAFE, texts)
    here = [_HERE, _KIN_HERE] if child else [_HERE]
    return _any(here, clauses) and not _matches(_SAFE_PLACE_ANY, clauses) and \
        not _any(_SAFE, texts) and not _any([_WRITER_OUT], clauses)


def _safe_place(texts: list[str], clauses: list[str]) -> bool:
    """A safe place named in the whole message (its anchored rules: "ở trường" said alone) and
    within one clause ("ở nhà, mẹ đi làm" names no mother's house)."""
    return _matches(_SAFE_PLACE_ANY, texts) and _matches(_SAFE_PLACE_ANY, clauses)


def _clauses(text: str) -> list[str]:
    """The forms of each comma-, stop- or line-separated part of `text` (folding drops the
    punctuation that keeps "ở nhà, mẹ đi làm" from reading as "ở nhà mẹ")."""
    parts = [p for p in re.split(r"[,.;!?\n]+", text) if p.strip()]
    return [f for part in parts for f in forms(part)] if len(parts) > 1 else forms(text)


# ("đi nhậu chưa về, không có nhà": away for now, whatever comes later; said again in other words)
_AWAY_VI = (r"(di lam|di vang|di choi|di nhau|di ra ngoai|ra ngoai|di cong tac|ve que|di ve que|"
            r"khong co (o )?nha|khong o nha|vang nha|ngu roi|ngu say|dang ngu|ngu|di roi|di khoi|"
            r"ra khoi nha|bi bat|chua ve( nha)?)")
_AWAY = [
    re.compile(r"^((thi|da|vang|co|u|dung roi|em|toi|minh|tui|chac|chac la|co le|an toan|on|"
               rf"khong sao|luc nay|bay gio|o nha|dang o nha) )*{_HURTER} (da |dang |vua |moi |con )?"
               rf"{_AWAY_VI}( roi| a| nay| bay gio| luc nay)*( {_AWAY_VI}( roi| a| nay| bay gio| luc nay)*)"
               r"{0,2}$"),
    re.compile(r"\b(he|she|they|my (husband|boyfriend|partner|wife|girlfriend|dad|father|stepdad|"
               r"stepfather|mum|mom|mother|ex|ex husband|ex boyfriend))( is|'s| has| was)?"
               r"( just| already)? (at work|out|gone out|went out|gone to work|went to work|"
               r"left for work|not (at )?home|not here|away|asleep|sleeping|fell asleep|"
               r"been arrested|was arrested|in jail)( now| right now| for now| today)?"
               # (2026-12-08) and so safe enough ("he's at work so ok for now")
               r"( (so|and) (i'?m |im |i am |it'?s |its )?(ok|okay|fine|safe|good)( for now| now)?)?$"),
]
_SAFE_PLACE = [
    re.compile(rf"\b(o|ve|sang|qua|den|toi|tron|chay|tru|tam tru|tam lanh|lanh|nuong nho|ngu)"
               rf"( sang| qua| ve| den| o)? (nha|cho|ben|phong tro cua) {_RELATIVE}\b"),
    # got out ("em thoát ra ngoài được rồi", "i got away from him"): away from him now
    re.compile(r"\b(tron thoat|chay thoat|thoat (ra|khoi|duoc)|got away|escaped|got out)\b"),
    re.compile(r"\b(nha tam lanh|nha binh yen|noi tam lanh|cho tam lanh|dia chi tin cay|"
               r"cho an toan|noi an toan|mai am)\b"),
    re.compile(r"\b(da )?(ra|di|don|chuyen) (ra )?khoi (nha|do|cho do|can nha)\b|"
               r"\b(khong|ko) (con )?(o|song) (chung|cung|voi) (voi )?(no|han|anh ta|ong ta|ong ay|ong|"
               r"ba ta|ba ay|ba|chong|vo|nguoi do|anh ay|anh|ho|bo|nguoi yeu|ban trai)( nua)?\b"),
    re.compile(r"\b(at|with|to|staying with|staying at|moved in with|living with|lives with) "
               r"(my|her|his|our|their|a) (mum|mom|mother|parents|family|sister|brother|aunt|uncle|"
               r"grandma|grandmother|grandparents|relatives|friends?|cousin)('?s)?\b"),
    re.compile(r"\b(at|in|to) (a|the) (shelter|safe house|safe place)\b|"
               r"\b(he|she|i|we|they) (has |have |just |already )?(left|moved out|is gone|"
               r"has gone)( (him|her|the house|home|already|now|for good|today))*$"),
]
_SAFE_PLACE += _AWAY
# An uncle or a grandfather away ("chú đi làm rồi"), when he is the one who hurts (read_safe
# `child`): as safe for now as "ổng đi làm rồi".
_KIN_AWAY = re.compile(
    r"^((thi|da|vang|co|u|em|toi|minh|tui|chac|luc nay|bay gio) )*(cau|chu|bac|duong|anh ho|ong noi|"
    rf"ong ngoai)( (em|con|chau|toi))? (da |dang |vua |moi |con )?{_AWAY_VI}( roi| a| nay| bay gio|"
    r" luc nay)*$")
# Out of the home, at school or at work, said alone ("em đang ở trường", "at work rn"): away
# from harm at home for now; a place with more said ("ở trường, thầy gọi em lên phòng") is not.
_SAFE_PLACE.append(re.compile(
    r"^((em|toi|minh|tui|con|chau|chi|anh|i am|i'm|im|i) )?((dang|van|con|hien|moi|da) )*(o|tai|"
    r"at|in|o tren) (truong|lop|truong hoc|cong ty|cho lam|noi lam|xuong|co quan|van phong|school|"
    r"class|college|uni|university|work|the office|office|my office|my work)"
    r"( (roi|a|nha|nhe|thoi|now|right now|rn|rồi))*$"))


def _union(patterns: list[re.Pattern[str]]) -> AnyOf:
    """The rules of a list asked as one: a text matches it exactly when it matches one of them
    (bot/nlu/lexicon.AnyOf: only the rules whose required strings occur are tried)."""
    return AnyOf("|".join(f"(?:{p.pattern})" for p in patterns))


# (built once each list has all its rules)
_UNSAFE_ANY = _union(_UNSAFE)
_SAFE_PLACE_ANY = _union(_SAFE_PLACE)
# …unless the same message turns ("nhưng ổng đang tới"): then the whole message is read.
_BUT = re.compile(r"\b(nhung|ma|tuy|van|but|still|though|however|yet)\b")
# ("i think so", "chắc vậy": a yes said softly, unlike "i guess" or "maybe", which are unsure)
# ("có ai biết ko?", "có ổng ở nhà": "có" that says "is there", never the answer "yes")
_YES = re.compile(r"^(co(?! (ai|gi|nguoi|ong|ba|chong|ck|vo|anh|chi|thang|con|may|cai|cach|"
                  r"so|dich vu|cho|noi|the|phai|duoc|nen|can|le|khi|sao|bao|bi|mat|ton|tinh|phi|"
                  r"tra|bi mat|an danh|luu|ghi|biet)\b)|co a|co roi|vang|da|u|uh|yes|yeah|yep|ok|okay|dung|dung roi|phai|y$|ya$|yea$|"
                  r"(i am|she is|he is|we are|they are)( (still|now))?$|"
                  r"i think so|i believe so|think so|chac vay|chac la vay|chac co|"
                  r"roi|co chu|sure|of course|correct|right|that's right|da vang|vang a|da co)\b")
_NO = re.compile(r"^((da|vang|u|thua|da vang|da thua) )?"
                 # said softly ("chắc ko", "hình như không", "em nghĩ là ko", "probably not")
                 r"((chac|chac la|hinh nhu|co le|nghi la|(em|toi|minh|tui|con) nghi( la)?) )?"
                 r"(khong|ko|k|kg|hok|hong|hem|khum|chua|no|nope|nah|not really|never|"
                 r"khong phai|sai|wrong|chua a|khong a)\b|"
                 r"^(probably|maybe|i guess|i think|perhaps) not\b|^i (do not|dont) think so\b")
# Words right before a place name that say it is one ("ở Ninh Kiều", "phường An Bình").
_PLACE_CUES = frozenset("""phuong p xa x quan huyen thi tran tt o tai gan khu vuc ap khom in at
near ward commune district""".split())
_SKIP = screened(r"\b(bo qua|skip|pass|khong muon (noi|tra loi|ke|chia se)|"
                   r"khong tien (noi|tra loi)|(i would |i'd )?rather not( say)?|"
                   r"prefer not( to say)?|next question|cau khac|de sau|thoi bo qua|khong can|"
                   r"(i )?(do not|dont|don'?t) want to (say|tell|answer|talk about (it|that))|"
                   r"i'?d rather not)\b")
_UNKNOWN = screened(r"^((em|toi|minh|tui|chau|con|chi|anh) )?((cung|thi|van|that su|that|con|hien|"
                      r"gio) )*(khong biet|khong ro|khong chac|chua chac|chiu|khong nho|i do not know|"
                      r"not sure|no idea|dunno|do not know|dont know|idk|i dont know|i'm not sure|"
                      r"im not sure|i am not sure)\b")
# The writer safe, the other not known to be ("em ổn nhưng ko bik chị em sao", "tôi ổn, bạn tôi
# thì không biết", "tui thì an toàn, còn nó thì chưa biết"): "not sure", as the button says
_OTHER_UNKNOWN = screened(
    r"\b(nhung|con|but)\b( \w+){0,4} (thi )?(khong|ko|k|hong|chua|chang) (biet|bik|bit|ro|chac)\b|"
    r"\b(thi|con) (khong|ko|k|hong|chua|chang) (biet|bik|bit|ro|chac)( (sao|the nao|ra sao|nua|"
    r"duoc))?$|"
    r"\b(khong|ko|k|hong|chua|chang) (biet|bik|bit|ro) (\w+ ){1,3}(sao|the nao|ra sao|co sao khong|"
    r"co on khong|an toan khong)\b")
# A correction said with the answer ("à nhầm, cho tui", "sửa lại, cho bạn tui", "i meant for
# my friend"): the new answer replaces the one given before.
CORRECTION = screened(r"\b(nham|nham roi|sua lai|noi lai|chu khong phai|y la|y em la|"
                        r"y toi la|i mean|i meant|actually|sorry|oops|correction|not me)\b|"
                        # "à không, cho tôi", "à cho em": the answer before, taken back
                        r"^a (khong|ko|k|hong|quen|cho)\b")

_WHO_SELF = screened(
    r"^((da|vang|u|uhm|ok) )?(cho |for |la |it is |its |about )?(toi|em|minh|tui|tao|con|chau|ban than|chinh (toi|em|minh)|"
    r"ban than (toi|em|minh)|me|myself|i am|my self|mine)( a| nha| nhe| thoi| day| ah| do| minh| bi| ne)*$|"
    r"\b(cho (toi|em|minh|tui|ban than|chinh minh)|for me|for myself|it is me|it's me|i am the one|"
    r"ban than (toi|em|minh)|chinh (toi|em|minh)( bi)?|la (toi|em|minh) bi|i need help)\b|"
    # "me, my husband", "me - my boyfriend beats me": the writer, and who hurts
    r"^(me|myself|for me)( ,| -|,)? my (husband|boyfriend|partner|ex|wife|girlfriend|bf|hubby)\b")
_WHO_CHILD = screened(
    r"\b(tre em|tre con|dua tre|dua be|dua nho|be gai|be trai|con (toi|em|minh|tui|cua toi|gai|trai)|"
    r"chau (toi|em|minh|gai|trai|be)|a child|the child|children|my (son|daughter|child|kid|baby)|"
    r"hoc sinh|a kid|for a child|cho mot tre|cho tre|cho con|cho chau|dua chau|chau nho|"
    r"be nha (toi|em|minh|tui)|be (toi|em|minh|tui)|cho be|con nha (toi|em|minh|tui)|"
    r"(my|a) (niece|nephew|grandchild|grandson|granddaughter)|my kid|"
    # "my teenage daughter", "my 5 year old", "kid", "baby" said alone
    r"my (teenage |teen |little |young |small |baby |\d{1,2} ?(year|yr)s?[ -]?old )"
    r"(son|daughter|child|kid|boy|girl|baby|sister|brother)|my \d{1,2} ?(year|yr)s?[ -]?old|"
    r"^(a |the |my )?(kid|kids|baby|child|toddler|infant|children)$)\b")
_WHO_OTHER = screened(
    r"\b(nguoi khac|cho (ban(?! than$)|chi|em gai|em trai|anh|me|bo|ba|co|di|hang xom|nguoi quen|nguoi than)|"
    r"ban (toi|em|minh|gai|trai)|ban than(?= \w)|chi (toi|em|minh|gai)|em gai|em trai|anh trai|me (toi|em|minh)|"
    r"hang xom|nguoi quen|nguoi than|dong nghiep|someone else|somebody else|another person|"
    r"a friend|my friend|friend|my (sister|brother|mother|mom|neighbou?r|cousin|colleague|aunt)|"
    # ("wife", "my maid", "for my grandma", "a stranger", "cho đứa em")
    r"^(my |for my |for |a |the )?(wife|girlfriend|maid|helper|housekeeper|nanny|grandma|"
    r"grandmother|grandpa|grandfather|granny|uncle|aunt|roommate|coworker|co worker|employee|"
    r"tenant|student|stranger|classmate|mum|mom|mother|dad|father)( please)?$|"
    r"\b(cho )?(dua|thang|con nho) em( (toi|em|minh|tui|gai|trai|ho|ut))?$|"
    r"neighbou?r|other|others|not me|khong phai (toi|em|minh)|"
    # "cho vợ tui" (for my wife) answers who; "chồng em đánh em" is a story of the writer's own
    r"^(vo|nguoi yeu|ny|ban trai|ban gai) (toi|em|minh|tui)( a| nha)?$|^cho (vo|chong|nguoi yeu|ny|ban trai|ban gai)|"
    r"ban cung (phong|lop|truong|xom|cong ty|tro)|thang ban|con ban|dua ban|ban hoc|"
    # in-laws and kin said alone ("chị dâu em", "mẹ chồng tui", "anh rể"), answering who
    r"^(cho )?(chi dau|em dau|anh re|em re|chi chong|em chong|anh chong|chi vo|em vo|anh vo|"
    r"me chong|bo chong|ba chong|me vo|bo vo|ba vo|chi ho|"
    r"anh ho|em ho|ba noi|ba ngoai|ong noi|ong ngoai|chi hai|chi ba|chi tu|anh hai|anh ba|"
    r"co em|di em|chu em|cau em)( (toi|em|minh|tui|e|t|cua (toi|em|minh|tui)))?( a| nha| do| a)?$|"
    # "for my husband", "my wife" said alone answer who; "my husband hits me" is the writer's own
    r"^((it is|its|it's|about|for) )?my (wife|husband|partner|girlfriend|boyfriend)( please)?$|"
    r"\bfor my (wife|husband|partner|girlfriend|boyfriend)\b|"
    r"my (roommate|classmate)|roommate|classmate)\b")

# Button labels of the kind step, typed ("kinh tế", "tinh than"), and a few plain synonyms.
_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("child_abuse", re.compile(r"\b(xam hai tre em|bao hanh tre em|child abuse)\b")),
    # ("bị bạn bè bắt nạt": "bị bạn" folds like "bị bán", sold: only with where or to whom)
    ("trafficking", re.compile(r"\b(mua ban nguoi|buon nguoi|trafficking|trafficked|"
                               r"bi (lua )?ban (sang|qua|cho|di|vao|ra)|"
                               r"lua ban|sold)\b")),
    ("online", re.compile(r"\b(tren mang|qua mang|online|cyber|mang xa hoi)\b")),
    ("sexual", re.compile(r"\b(tinh duc|sexual|sex)\b")),
    ("economic", re.compile(r"\b(kinh te|tien bac|tien|tai san|economic|financial|money)\b")),
    ("psychological", re.compile(r"\b(tinh than|tam ly|loi noi|chui|psychological|emotional|"
                                 r"mental|verbal)\b")),
    ("physical", re.compile(r"\b(the chat|than the|physical|danh|hit|beat|dam|dap|tat|xo|bop co|"
                            r"quat|punch\w*|kick\w*|slap\w*|push\w*)\b")),
    ("other", re.compile(r"^(khac|other|something else|(loai|cai|hinh thuc|kieu|dang|thu) khac|"
                         r"another (one|kind)|abuse|"
                         r"(bi )?(bao hanh|bao luc|nguoc dai)( gia dinh)?)$")),
]
# More than one kind ("tất cả", "cả hai", "all of the above"): the first the logbook lists, as
# "bị chửi với bị đánh" is; English for kinds the logbook names otherwise
_ALL_KINDS = re.compile(r"^(tat ca|ca hai|ca ba|het|moi thu|ca (danh|chui) (lan|va|voi) (danh|chui)|"
                        r"all|all of (the above|them|it|those)|everything|both|all (three|four|types|kinds))"
                        r"( (a|nha|luon|roi|of them))*$")
_MORE_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("online", re.compile(r"\b(sextortion|revenge porn|leaked (photos|pics|nudes)|doxx\w*|"
                          r"cyber ?bully\w*|stalk\w* online)\b")),
    ("psychological", re.compile(r"\b(body ?shaming|bully\w*|gaslight\w*|humiliat\w*|"
                                 r"insult\w*|yell\w*|scream\w*|name calling|isolat\w*|"
                                 r"miet thi|che bai|coi thuong|cam doan|tay chay|bat nat|an hiep|che gieu|"
                                 r"treu choc|co lap)\b")),
]


def forms(text: str) -> list[str]:
    """The message folded and expanded in both readings of chat shorthand (deduplicated)."""
    return list(_forms(text))


@lru_cache(maxsize=4096)
def _forms(text: str) -> tuple[str, ...]:   # read by most step readers: computed once a message
    vi = normalize(text, "vi").expanded
    en = normalize(text, "en").expanded
    return (vi,) if vi == en else (vi, en)


def _any(patterns: list[re.Pattern[str]], texts: list[str]) -> bool:
    return any(p.search(t) for p in patterns for t in texts)


def _matches(pattern: Screened | AnyOf, texts: list[str]) -> bool:
    return any(pattern.search(t) for t in texts)


def is_skip(text: str) -> bool:
    """"bỏ qua", "skip", "không muốn nói": the person chooses not to answer this step."""
    return any(_SKIP.search(t) for t in forms(text))


_UNKNOWN_WHERE = screened(r"\b(khong biet|khong ro|do not know|not sure|no idea|dunno)\b.*"
                            r"\b(phuong|xa|ward|commune|o dau|cho nao|dia chi|where|address)\b")


# A place said where a place is asked ("em ở Mậu Thân", "gần chợ Xuân Khánh", "i live near the
# bridge"): known or not, an answer, never a crisis the classifier hears in it
_AT_A_PLACE = re.compile(r"^((em|toi|minh|tui|chau|con|i|i'm|im|i am|we) )?((dang|song|live|"
                         r"living|am|stay|staying) )?(o|tai|gan|ben|phia|o gan|o ben|in|at|near)"
                         r"( \w+){1,4}$")


def says_where_at(text: str) -> bool:
    """A place said in a few words, whether or not it is a ward the index knows."""
    return len(text.split()) <= 6 and any(_AT_A_PLACE.match(t) for t in forms(text))


def names_unknown_place(text: str) -> bool:
    """"i don't know my ward", "không biết phường nào": not knowing the place, said in words that
    name it. At any step this is no answer about safety, only a pass on the ward."""
    return any(_UNKNOWN_WHERE.search(t) for t in forms(text))


def does_not_know_where(text: str) -> bool:
    """"không biết", "i don't know my ward", "em không rõ mình ở phường nào": the ward question
    cannot be answered; the request goes on without it (as "bỏ qua" would)."""
    return any(_UNKNOWN.search(t) or _UNKNOWN_WHERE.search(t) for t in forms(text))


def says_unsafe(text: str, *, unsure_counts: bool = True) -> bool:
    """The message says the person is not (or not surely) safe: negation read, never the bare
    word "an toàn". Used at every step of the help flow: unsafe at any point is urgent; being
    unsure counts only where safety is what was asked (`unsure_counts`)."""
    texts = forms(text)
    return _matches(_UNSAFE_ANY, texts) or _struck_or_phone(texts) or \
        (unsure_counts and _unsure(texts))


def _unsure(texts: list[str]) -> bool:
    """Not sure, of safety: "không chắc", "i don't know", but not "i don't know my ward"."""
    return any(_UNSURE.search(t) for t in texts) and not any(_UNKNOWN_WHERE.search(t) for t in texts)


# Fear said in answer to "are you safe?" ("em sợ lắm", "i'm scared"): not surely safe, as the
# button "No / not sure" is; never "không sợ" or "not scared".
_AFRAID = screened(r"(?<!khong )(?<!chang )(?<!het )(?<!bot )(?<!not )(?<!never )"
                     r"\b(so lam|so qua|rat so|so that|so that su|dang so|hoang so|so hai|"
                     r"run qua|run lam|scared|afraid(?! (so|not)\b)|terrified|frightened)\b")


# A "no" that corrects whom the request is for ("không phải em, là chị gái em", "ko phải cho em
# đâu, cho bạn em"): no answer to "are you safe?"
_PERSON = (r"(em|toi|minh|tui|ban|chi|anh|me|ma|ba|bo|ong|con|chau|co|di|cau|chu|em gai|em trai|"
           r"chi gai|anh trai|ban em|hang xom|nguoi khac|nguoi ta|dong nghiep)")
# What a correction puts in place: the words after its comma ("là em", "bạn em", "chị em bị"),
# without the "là" that leads them
_CORRECTED_TAIL = re.compile(r"^(là|la|mà là|ma la|chỉ là|chi la) ")
_WHO_CORRECTED = screened(
    r"^((ua|a|oi|um|uh|da|vang|xin loi|sorry) )*(khong|ko|k|hong|hok) (phai|fai) (la )?(cho )?(em|toi|minh|tui)\b.*\b(la|ma la|cho|ma) "
    r"(chi|em|ban|me|ma|ba|bo|anh|co|di|con|chau|hang xom|dong nghiep|nguoi khac)\b|"
    r"^((ua|a|oi|um|uh|da|vang|xin loi|sorry) )*(khong|ko|k|hong|hok) (phai|fai) (la )?(cho )?(em|toi|minh|tui)( dau| a| nha| nhe)*$|"
    r"^(no|not) (me|for me)\b.*\b(my|for my) (sister|friend|mom|mother|daughter|son|brother|"
    r"neighbou?r|colleague)\b|"
    # "ủa không phải, là em bị", "ko phải, là tui": the writer, put for the one said before
    r"^((ua|a|oi|um|uh|da|vang|xin loi|sorry) )*(khong|ko|k|hong|hok) (phai|fai) (la|ma la) "
    r"(em|toi|minh|tui)( (bi|a|ne|do|day|thoi|ma|nha))*$|"
    # "không phải, ba hỏi cho ba", "ko phải bạn, là em", "không phải em, bạn em", "ko phải em,
    # chị em bị": one person put for another
    rf"^((ua|a|oi|um|uh|da|vang|xin loi|sorry) )*(khong|ko|k|hong|hok) (phai|fai)( la| cho)? ({_PERSON})?( (toi|em|minh|tui|no))?"
    rf"( (dau|a|ma|nha))*[ ,]+((la|ma la|cho|hoi cho|(ba|ong|em|toi|tui|minh) hoi cho) )?{_PERSON}"
    r"( (toi|em|minh|tui|no|nha em|ay))?( (bi|thoi|ma|a|nha|ne|do|day))*$")


_HOW_TO_BE_SAFE = screened(r"\b(lam sao|lam the nao|cach nao|cach|phai lam gi)( de| cho)?( \w+)? "
                             r"an toan\b|\b(de|cho|muon|can) (toi|em|minh|tui|con|me con (toi|em))"
                             r"( duoc)? an toan\b|\b(how|what) (can|do|should) i (do )?(to )?(stay|be|keep) "
                             r"(\w+ )?safe\b|\bhow to (stay|be|keep) (\w+ )?safe\b")


# Not believed or not listened to, said alone ("ko ai tin tôi cả", "chẳng ai nghe em"): a hurt to
# hear (bot/core/disclosure.py), not an answer of "not safe" ("không" is "no ONE", not "no")
_NO_ONE_BELIEVES = re.compile(r"^((nhung|ma|vi|tai|but) )?(khong|ko|k|chang|cha|hong) (ai|co ai|mot ai)( \w+)? "
                              r"(tin|nghe|hieu|giup|quan tam|thuong|benh)( (toi|em|minh|tui|con|chau|ca|het|"
                              r"dau|nua|lam|a|ca ai|ca|luon))*$|"
                              r"^((but|and) )?(nobody|no one|noone) (ever )?(believes|listens to|helps|cares about) "
                              r"(me|us)( anyway| at all)?$")


def not_believed(text: str) -> bool:
    """Not believed or not listened to, said alone (`_NO_ONE_BELIEVES`)."""
    return any(_NO_ONE_BELIEVES.match(t) for t in forms(text))


def read_safe(text: str, *, places: bool = False, fear_counts: bool = False,
              child: bool = False, hedge_unsure: bool = False) -> str | None:
    """"no" (not safe, or not sure), "yes", "skip", or None when the text does not answer.
    `places`: being somewhere away from harm ("ở nhà mẹ đẻ rồi") is "yes" too; the help
    request asks about safety from violence, the crisis pathway about safety from oneself.
    `fear_counts`: where safety is the question asked, "em sợ lắm" is "no" (not surely safe).
    `hedge_unsure`: the crisis pathway's question, where "chắc là ổn" after words of dying is
    "not sure"; elsewhere a hedge leaning to safe is "yes".
    `child`: a child writes; an uncle or a grandfather at home while the mother is out ("cậu đang
    ở nhà, mẹ đi làm rồi") is read as the one who may hurt, as a child's story usually names."""
    text = _marked_pronouns(text)
    texts = forms(text)
    if any(_WHO_CORRECTED.search(t) for t in texts):
        return None   # "không phải em, là chị gái em": whom it is for, corrected; no "no"
    if any(_THEIR_AGE.match(t) for t in texts):
        return None   # "nó 13 tuổi": an age, no "no" ("nó" folds like "no")
    if any(_HOW_TO_BE_SAFE.search(t) for t in texts):
        return None   # "làm sao để an toàn khi dùng đt": a question, no "yes"
    if any(_NO_ONE_BELIEVES.match(t) for t in texts):
        return None   # "ko ai tin tôi cả": not believed, told; no "no" to "are you safe?"
    clauses = _clauses(text)
    if not hedge_unsure and any(_HEDGED_SAFE.match(t) for t in texts):
        return "yes"   # "chắc là ổn", "chắc vậy" to "are you safe?" after violence: probably yes
    if _matches(_UNSAFE_ANY, texts) or _struck_or_phone(texts) or _unsure(texts) or \
            (fear_counts and any(_AFRAID.search(t) for t in texts)) or \
            _he_is_with_her(texts, clauses, child) or \
            (len(clauses) > 1 and any(_ARRIVED.search(c) for c in clauses)) or \
            (len(text.split()) <= 10 and (_matches(_DANGER_GOES_ON, texts) or
                                          _matches(_NOT_GONE, texts))):
        return "no"   # ("ba con đang tìm con", "he is still here": the danger goes on)
    if any(_UNKNOWN_WHERE.search(t) for t in texts):
        return None   # "không biết phường nào": the ward is not known, nothing said of safety
    if any(_OTHER_UNKNOWN.search(t) for t in texts):
        return "no"   # "tôi ổn, bạn tôi thì không biết": the one asked about, not known to be safe
    if _any(_SAFE, texts) or (places and _safe_place(texts, clauses)) or \
            (places and child and _any([_KIN_AWAY], clauses)):
        return "yes"
    if any(_SKIP.search(t) for t in texts):
        return "skip"
    if any(_UNKNOWN.search(t) for t in texts):
        return "no"  # "I don't know" is the button "No / not sure"
    if any(_NO.search(t) for t in (forms(_HE_SHE_NO.sub(r"\1hắn", text)) if "ó" in text.casefold()
                                   else texts)):
        return "no"   # ("nó ổn": "nó", typed with its mark, is he or she, never English "no")
    if _says_yes(text, texts) and not _particle_before_other_answer(texts) and \
            not _asks_back(texts):
        return "yes"
    return None


# An uncle, a grandfather or a cousin named as the one who hurts ("chú em hay sàm sỡ em"): later
# "chú đang ở nhà" answers "are you safe?" with "no", as it does for a child (read_safe `child`).
_KIN_HURTS = re.compile(
    r"\b(cau|chu|bac|duong|anh ho|ong noi|ong ngoai|ong)( (em|toi|minh|tui|con|chau|cua (em|toi|"
    r"minh|tui)))?( (hay|cu|lai|da|vua|dang|thuong|suot ngay|moi|thuong xuyen))* (danh|dap|chui|"
    r"sam so|so mo|so soang|so|xam hai|hiep|ep|doa|de doa|quay roi|dam|tat|nhot|om|hon|dong cham|"
    r"dung cham|rinh)\b")
# "ốm" (ill) folds like "ôm" (hug), "đường số" (street number) like "dượng sờ": those two words
# count only when typed with their marks
_KIN_HURTS_PLAIN = screened(_KIN_HURTS.pattern.replace("|so|", "|").replace("|om|", "|"))


def kin_hurts(text: str) -> bool:
    """An uncle, a grandfather, a cousin or a stepfather told of as the one who hurts."""
    lowered = text.casefold()
    pattern = _KIN_HURTS if ("ôm" in lowered or "sờ" in lowered) else _KIN_HURTS_PLAIN
    return any(pattern.search(t) for t in forms(text))


_GONE_ELSEWHERE = (r"(?! (que|cong ty|co quan|cho|nha (me|ba|bo|ong|ba noi|ba ngoai|ho|ban|no)|quan|"
                   r"xuong|ruong|nha nghi|ben ngoai|nhau|choi|truong|lam))")
# After the numbers were given for violence, a short update that the danger goes on ("ck đang ở
# nhà", "ổng phá cửa rồi", "ba cầm ghế", "he is coming"): the numbers again, never "not understood".
# (he does it: "em đang tới cầu", "em lấy dây rồi", "i'm outside" are the writer's, never his)
_DANGER_GOES_ON = AnyOf(   # (only asked whether: its branches cost half the whole)
    rf"\b{_HURTER}( (dang|da|vua|lai|con|sap|moi))* ((pha|dap|tong|dap pha|bua) (\w+ )?(cua|khoa cua|"
    r"o khoa)|(cam|vung|lay|xach|cam theo) (\w+ )?(ghe|gay|cay|chai|dao|keo|bua|thanh sat|"
    r"roi(?= (quat|danh|vut|may|da|dien|tre|mo))|"
    r"ong tuyp|xang|bat lua|day)|(tim thay|thay|"
    r"bat duoc) (em|toi|minh|tui) (roi|ne)|(dang|van dang|con dang|di) (tim|kiem|lung|lung suc|"
    r"truy) (em|toi|minh|tui|con|chau|e)\b(?! (meo|cho|ga|vit|chim|ca|heo|bo|de|tho|chuot|gau)\b)|(vao|xong vao|dot nhap) (phong|nha|buong)"
    r"(?! (ve sinh|tam|wc|bep|ngu)))\b|"
    # (gone elsewhere: "ông ấy đã về quê rồi", "về công ty", "qua nhà bà nội")
    rf"\b{_HURTER}( (dang|sap|da|vua|lai|moi))+ (toi|den|ve|quay lai|vao)( day| nha| phong)?\b{_GONE_ELSEWHERE}|"
    rf"\b{_HURTER} (toi|den|ve|quay lai|vao)( day| nha| phong)? (roi|r)\b|"
    r"\bdang (pha|dap|tong) cua\b|"
    # (2026-12-07, a third resident test) still raging, things smashed ("ảnh vẫn đang chửi bới
    # đập đồ", "nó còn đang quậy", "he's still yelling and throwing things")
    rf"\b{_HURTER}( (van|con|van con|lai))+( dang)? (chui|chui boi|la|la het|gao|quay|quay pha|dap|dap pha|"
    r"pha|nem|quang|dap do|dap pha do|dap ban|dap ghe)\b|\b(van|con|van con) dang (chui boi|dap do|dap pha|"
    r"quay pha|la het|nem do|quang do)\b|"
    r"\b(he|hes|he is|he s|they|theyre|they are|my (husband|boyfriend|partner|ex))( is| are)? still "
    r"(yelling|screaming|shouting|smashing|throwing|breaking|raging|going)\b|"
    r"\b(he|hes|he is|he s|they|theyre|they are|my (husband|boyfriend|partner|ex))( is| are)? "
    r"(breaking|kicking|banging|smashing|coming|on his way)\b|"
    r"\b(he|hes|he is|he s|they|theyre|they are|my (husband|boyfriend|partner|ex|dad|father))( is| are)?"
    r"( still)? (outside|at the door|here|there|in the house|at home)\b|"
    r"\b(he|hes|he is|he s|they|theyre|they are|my (husband|boyfriend|partner|ex|dad|father))( is| are)?"
    r"( still)? (looking|searching) for (me|us)\b|"
    r"\b(he|my husband|my boyfriend|my partner)( has| is)? (got|grabbed|holding|has) (a |the )?"
    r"(chair|stick|bottle|knife|hammer|belt)\b")


def toi_kept_as_writer(text: str) -> str:
    """"tôi" typed with its mark is never "tới" (arrive): read as another word for the writer
    ("mình", which chat shorthand does not fold back into "tôi" as it does "tui")."""
    marked = text.casefold()
    return marked.replace("tôi", "mình") if "tôi" in marked and "tới" not in marked else text


def someone_else_is_the_danger(text: str) -> bool:
    """"Not safe" because of someone else ("he is drunk and yelling", "ổng đang ở nhà", "ổng phá
    cửa rồi"): said to the crisis pathway's question, that is violence, not the writer's own
    danger to themself."""
    text = toi_kept_as_writer(text)
    texts = [_NOT_SAFE_SAID.sub(" ", t) for t in forms(text)]
    clauses = [_NOT_SAFE_SAID.sub(" ", c).strip() for c in _clauses(text)]
    return _any([_HURTER_RAGES], texts) or _he_is_with_her(texts, clauses) or \
        any(_DANGER_GOES_ON.search(t) for t in texts)


_NOT_SAFE_SAID = re.compile(r"\b(khong|ko|k|kh|hong|hok|chang|chua) an toan\b|\bnot safe\b")


# The one in danger still not answering, told after the numbers ("vẫn ko bắt máy", "she's still
# not picking up"): the danger goes on, its numbers again
_STILL_UNREACHED = screened(
    r"^((nho|con|ban|chi|em|co|no|nhỏ|she|he|they|she'?s|he'?s) )?(van|van chua|van khong|van ko|van k|"
    r"van con|still)( \w+){0,2} (khong|ko|k|chua|not|no|isn'?t|hasn'?t|won'?t)? ?(bat may|nghe may|nghe|"
    r"tra loi|lien lac duoc|lien lac dc|goi duoc|goi dc|rep|doc tin|seen|answer\w*|picking up|replying|"
    r"reachable|online|read)( \w+){0,3}$")


def danger_goes_on(text: str, *, child: bool = False) -> bool:
    """A short message, after the emergency numbers, telling that the danger goes on."""
    if len(text.split()) > 10:
        return False
    text = toi_kept_as_writer(text)
    if re.search(r"\bbà\b", text.casefold()):   # "bà em tới rồi": a grandmother, not "ba" (dad)
        text = re.sub(r"\b[bB]à\b", "bà ngoại", text)
    texts = forms(_marked_pronouns(text))
    return any(_DANGER_GOES_ON.search(t) or _NOT_GONE.search(t) or _STILL_UNREACHED.search(t)
               for t in texts) or \
        _he_is_with_her(texts, _clauses(text), child) or _matches(_UNSAFE_ANY, texts) or \
        _struck_or_phone(texts)


# The writer says, in the story itself, that they are safe now ("ck đánh em, giờ em an toàn
# rồi", "my husband hits me but I am safe now"): the safety question is answered already.
_SAFE_NOW = screened(r"(?<!\bam )(?<!\bare )(?<!\bis )\b(toi|em|minh|tui|i)( (hien tai|bay gio|gio|"
                       r"luc nay|thi|van|dang|da|cung|hien|am|'m))* (an toan|safe)\b(?! (chua|"
                       r"khong|ko|k|hong|qmark|not|yet|hon|here|there)\b)|\b(i'm|im) safe\b"
                       r"(?! (not|yet|here|there)\b)|"
                       # (2026-12-07) safety felt, or "safely" somewhere ("ở nhà chị được 1 tháng, giờ
                       # thấy an toàn", "and feel safe", "i'm safely remarried now")
                       r"(?<!dont )(?<!don't )(?<!not )(?<!never )(?<!khong )(?<!ko )(?<!chua )(?<!chang )"
                       r"(?<!hong )\b(feel|thay|cam thay)( (rat|so|much|really|very|qua|lam|da))? (an toan|safe)\b"
                       r"(?! (chua|khong|ko|k|hong|qmark|not|yet|here|there|enough|when|khi|neu|if)\b)|"
                       r"\b(i'?m|im|i am) (now )?safely\b|"
                       # (2026-12-07, the eleventh reading) well now, after a story long past
                       # ("years ago I escaped… I'm fine now", "giờ em ổn rồi")
                       r"\b(i'?m|im|i am) (fine|ok|okay|doing (fine|well|ok|okay)) now\b(?! (but|except|until)\b)|"
                       r"\b(bay gio|gio|hien tai) (toi|em|minh|tui|chau|con) (da )?(on|on dinh|khoe|binh an) "
                       r"(roi|lai roi)\b(?! (nhung|ma|ma con)\b)")


def says_safe_now(text: str) -> bool:
    """Being safe now said by the writer of themselves, and nothing in the message against it
    (read_safe: he is coming, drunk, at home; a hedge)."""
    texts = forms(text)
    return any(_SAFE_NOW.search(t) for t in texts) and read_safe(text) == "yes" and \
        not any(_turned(t) for t in texts)


def _turned(form: str) -> bool:
    """Safe said with a turn after it, or on a condition before it. A "but" before it turns
    from the past to now ("he used to hit me but i left, i'm safe now"): no turn."""
    found = _SAFE_NOW.search(form)
    if found is None:
        return False
    after = _ASKS_WHETHER.sub(" ", form[found.end():])   # ("i just want to know if i can…")
    return bool(_BUT.search(after) or _IF.search(form[:found.start()]))


_ASKS_WHETHER = re.compile(r"\b(know|ask|asking|wonder|wondering|see|check|tell me|hoi|biet|xem) (if|whether|"
                           r"neu|la)\b")


# "…an toàn nhưng con tôi thì không": safe said with a turn after it (someone else, later)
_BUT = re.compile(r"\b(nhung|ma|but|tuy|song|neu|if|unless|khi|tru khi|mien la|qmark)\b")
# "khi ổng đi làm thì em an toàn", "if he's out i'm safe": safe only on a condition
_IF = re.compile(r"\b(neu|if|unless|khi|tru khi|mien la|when|whenever|while|as long as|chi khi|luc|"
                 r"tuy|song)\b")


# A polite particle before an answer to another step ("dạ thể chất", "vâng cho em"): the particle
# is no "yes, I am safe".
_PARTICLE = re.compile(r"^(da|vang|u|uh|da vang|vang a|ok|okay|yes) (?!(an toan|on|khong sao|roi|co|i am|im|"
                       r"she is|he is|we are|they are)\b)")


def _particle_before_other_answer(texts: list[str]) -> bool:
    for t in texts:
        rest = _PARTICLE.sub("", t, count=1)
        if rest != t and rest and (read_kind(rest) not in (None, "skip") or
                                   read_who(rest) not in (None, "skip")):
            return True
    return False


def at_safe_place(text: str) -> bool:
    """The message says only that the person is away from harm, somewhere named ("đang ở nhà
    mẹ đẻ rồi", "she is staying with her mum"): no turn ("but he is coming") and no unsafe word."""
    texts = forms(text)
    clauses = _clauses(text)
    return _safe_place(texts, clauses) and not _matches(_UNSAFE_ANY, texts) and \
        not any(_BUT.search(t) for t in texts) and not _unsure(texts)


def read_yes_no(text: str) -> str | None:
    """"yes", "no" or None, for confirmations ("Có phải bạn ở …?"). "nó" (he, she) folds like
    English "no": read as "hắn", the same person ("nó đang cầm dao đứng ngoài cửa" is no "no")."""
    texts = forms(_HE_SHE_NO.sub(r"\1hắn", text))
    if any(_NO.search(t) for t in texts):
        return "no"
    if _says_yes(text, texts) and not _asks_back(texts):
        return "yes"
    return None


_HE_SHE_NO = screened(r"(^|[^\w])[nN][óÓ](?!\w)")
# "có, nó dọa giết em rồi": "có" set apart by a comma is the answer, whatever follows it (the
# comma is lost in the folded forms, where "có nó" would be "there is he")
_YES_THEN_PAUSE = screened(r"^\s*(dạ |vâng |da |vang )?(có|co|yes|yeah|yep|ok|okay|vâng|dạ|đúng|"
                             r"dung|rồi|roi)\s*[,.!;:]")


def _says_yes(text: str, texts: list[str]) -> bool:
    return any(_YES.search(t) for t in texts) or bool(_YES_THEN_PAUSE.match(text.casefold()))


# A question asked back ("có ai biết ko?", "ok but is it free?"): no "yes" to the question asked.
_ASKED_BACK = re.compile(r"^\w+( \w+)+ (qmark|khong qmark|ko qmark|khong|ko|k|chua|ha|hong)$")


def _asks_back(texts: list[str]) -> bool:
    return any(_ASKED_BACK.search(t) and len(t.split()) >= 4 for t in texts)


# The age of the one spoken of, as a short reply ("she is 9", "bé mới 7 tuổi"): under 18, the
# request is for a child. ("con 9 tuổi" may be the writer's own age: read as the writer's.)
_THEIR_AGE = re.compile(r"^(she|he|they|her|him|no|be|con be|thang be|chau|chau be|be ay|em ay|"
                        r"nguoi do|ban ay|co be|cau be)( is|'s| la| moi| nay| nam nay| chi| co| has)?"
                        r"( just)? (\d{1,2}) ?(tuoi|t|years old|years|yo)?( roi| thoi| a| nha)*$")


# A relative named alone where whom the help is for is asked ("bà nội", "ông bà em", "ba em",
# "cô giáo", "vk"): help for them. The husband named alone ("chồng em", "ck em") is the one who
# hurts, not whom the help is for: the writer's own request.
_OWNER = r"( (toi|em|minh|tui|noi|ngoai|nha (toi|em|minh|tui)|cua (toi|em|minh|tui)|em ay|chu nhiem))"
_KIN_ALONE = screened(
    r"^(cho )?((ba|bo|cha|ong|ong ba|ba noi|ba ngoai|ong noi|ong ngoai|co giao|thay giao|bac|thim|vo|"
    r"ba xa|bo me|ba me|cha me|ong ba noi|ong ba ngoai|ba con)" + _OWNER + "*|"
    # ("có", "đi", "mẹ/me", "thấy" fold like "cô", "dì", "me", "thầy": only with whose they are)
    r"(me|ma|co|di|cau|chu|mo|thay|duong)" + _OWNER + "+)( a| nha| nhe| do)?$")
_HUSBAND_ALONE = re.compile(r"^(la )?(chong|ong xa|chong cu)( (toi|em|minh|tui|cua (toi|em|minh|tui)))?"
                            r"( a| nha| do| day)?$")


# "cho bà", "bà hỏi cho bà thôi", "cho ông": whom the help is for, said by an older writer of
# themself (the caller knows the writer is older)
_OLDER_FOR_SELF = re.compile(r"^((da|vang) )?((ba|ong) (hoi )?)?(cho|la cho) (ba|ong|tui|toi)"
                             r"( (thoi|nha|ma|ne|a|con|chau))*$|^(ba|ong) (day|ne)( (con|chau))?$")


def older_asks_for_self(text: str) -> bool:
    """"cho bà", "bà hỏi cho bà thôi": an older writer's own request."""
    return any(_OLDER_FOR_SELF.match(t.strip(" .!")) for t in forms(text))


def read_who(text: str) -> str | None:
    """"self", "other", "child", "skip" or None. Only an explicit answer counts here ("cho em",
    "for my sister"); who a longer story is about is read by the entity rules."""
    texts = forms(text)
    if "," in text and any(_WHO_CORRECTED.search(t) for t in texts):
        tail = _CORRECTED_TAIL.sub("", text.split(",", 1)[1].strip().casefold())
        if tail and (who := read_who(tail)) not in (None, "skip"):
            return who   # "không phải bạn, là em": the one said after, not the one denied
    if any(_SKIP.search(t) for t in texts) or any(_UNKNOWN.search(t) for t in texts):
        return "skip"
    for t in texts:
        if (age := _THEIR_AGE.match(t)) is not None:
            return "child" if int(age.group(4)) < 18 else "other"
    if any(_WHO_CHILD.search(t) for t in texts):
        return "child"
    if any(_WHO_OTHER.search(t) or _KIN_ALONE.match(t) for t in texts) or \
            text.strip(" .!").casefold() in ("mẹ", "má", "mẹ ạ", "má ạ", "cho mẹ", "cho má", "cô",
                                             "cho cô", "dì", "cho dì", "cậu", "chú", "thầy"):
        return "other"
    if any(_WHO_SELF.search(t) or _HUSBAND_ALONE.match(t) for t in texts):
        return "self"
    return None


_SAYS_FOR = screened(r"^((khong|not|no|la|it is|its|it's|da|vang|thuc ra|actually) )*(cho|for)\b|"
                       r"\b(khong phai (cho )?(toi|em|minh|tui)|not (for )?me|i am asking for|"
                       r"hoi (cho|giup|ho)|asking for|on behalf of|thay cho|giup (ban|chi|em|me|bo|"
                       r"ba|co|di|hang xom|nguoi))\b")


def says_whom_for(text: str) -> bool:
    """The message says whom the help is for ("là cho bạn em", "i'm asking for my sister"), as
    opposed to naming someone in a story ("mẹ em không tin em")."""
    return any(_SAYS_FOR.search(t) for t in forms(text))


# "là sao?", "ý bạn là gì", "không hiểu", "what do you mean?", "??": the question itself was not
# clear to the person. Only the whole message: "sao em phải chịu" is no such question.
_WHAT_MEANT = re.compile(
    r"^((em|toi|minh|tui|con) )?((ban|bot) )?((la|nghia la|y la|y ban la|y la sao|hoi|hoi gi|"
    r"cau hoi|cai gi|cau nay) )?(sao|gi|the nao|gi co|sao co)( (vay|a|ha|the|nhi|ta|day|ban))*"
    r"( qmark)*$|"
    r"^((em|toi|minh|tui|con) )?(khong|chua|ko|hong|hok|khum) hieu( (gi|het|lam|y|cau hoi|cau nay|"
    r"bot hoi gi|ban hoi gi|ban noi gi|a|ha|qmark))*$|"
    r"^(ha|hm+|huh|what|sorry|eh|pardon)( what)?( qmark)*$|^(qmark ?)+$|"
    r"^(what do you mean|what does (that|this) mean|i (do not|dont|don't) (understand|get it)|"
    r"what is (that|this) question|i am confused|confused|meaning)( (the question|what you mean|"
    r"sorry))*( qmark)*$|"
    # a word of the question asked about ("an toàn là sao", "an toàn nghĩa là gì", "what do
    # you mean by safe"), or why it is asked ("sao lại hỏi em có an toàn ko", "why do you ask")
    r"^(y (ban|bot) la sao |y la sao )?(\w+ ){1,3}(la sao|nghia la gi|nghia la sao|la the nao|"
    r"la y gi)( (vay|a|ha|nhi|ban|bot))*( qmark)*$|"
    r"^what do you mean( by)?( \w+){0,4}( qmark)*$|"
    r"^why (do|did|are|would) you (ask|asking|want to know)( (me|that|this|it))*( qmark)*$|"
    r"^(sao|tai sao|vi sao|sao ma) (ban |bot )?(lai )?hoi( \w+){0,6}( qmark)*$")


def asks_what_is_meant(text: str) -> bool:
    """The whole message asks what the question meant ("là sao?", "what do you mean?")."""
    return any(_WHAT_MEANT.match(t) for t in forms(text))


_SOLD_MARKED = screened(r"\bbị (lừa )?bán\b")


def read_kind(text: str) -> str | None:
    """A kind of violence (the logbook's kinds), "skip" or None."""
    texts = forms(text)
    if any(_SKIP.search(t) for t in texts) or any(_UNKNOWN.search(t) for t in texts):
        return "skip"
    for t in texts:
        described = kind_of(t, None)
        if described:
            return described
    if _SOLD_MARKED.search(text.casefold()):
        return "trafficking"   # "bị bán", with its mark (folded, "bị bạn" is by a friend)
    for kind, pattern in _KIND_WORDS + _MORE_KIND_WORDS:
        if any(pattern.search(t) for t in texts):
            return kind
    if any(_ALL_KINDS.match(t.strip(" .!")) for t in texts):
        return "physical"   # several told: the first of the logbook's order, as "tất cả" is
    return None


_ADDRESS_TAIL = re.compile(
    r"\b(huyen|quan|thi xa|thanh pho|tp|tinh|xa|phuong|thi tran|cu|can tho|hau giang|soc trang|"
    r"ninh kieu|binh thuy|cai rang|o mon|thot not|phong dien|co do|vinh thanh|thoi lai|"
    r"chau thanh a|chau thanh|phung hiep|vi thuy|long my|nga bay|vi thanh|my xuyen|long phu|"
    r"ke sach|cu lao dung|tran de|thanh tri|nga nam|vinh chau|my tu)\b|[,.]")


def read_ward(text: str, wards: WardIndex) -> tuple[WardMatch, bool] | None:
    """The ward a message names and whether that is firm: the whole answer is the name, or a
    place word stands before it ("ở An Bình"). A name met inside an ordinary sentence ("em chỉ
    muốn được sống an bình thôi") is weak: the flow asks before using it."""
    whole = wards.lookup(text)
    if whole is not None:
        return whole, True
    match = wards.find_in(text)
    if match is None:
        return None
    folded = wards.without_streets(fold(text))   # ("đường Châu Văn Liêm, Ninh Kiều")
    name = fold(match.old_name or match.ward.name)
    at = folded.find(name)
    if at < 0 and match.old_name and (digits := wards.digits_of(match.old_name)) is not None and \
            (typed := re.search(rf"(?<!\w){digits}(?!\w)", folded)) is not None:
        name, at = digits, typed.start()   # "phường 4 vị thanh": Phường IV, typed as a number
    if at >= 0 and DENIED_BEFORE.search(" ".join(folded[:at].replace(",", " ").split())):
        # "không phải Ninh Kiều, Bình Thủy": the place said after the one denied, if any
        return read_ward(folded[at + len(name):], wards)
    before = folded[:at].replace(".", " ").split() if at >= 0 else []
    short = len(folded.split()) <= len(name.split()) + 2
    # (an address's tail after the name: "phú hữu châu thành hậu giang", "an bình, ninh kiều,
    # cần thơ": the old district and the province are no ordinary sentence)
    after = _ADDRESS_TAIL.sub(" ", folded[at + len(name):]) if at >= 0 else folded
    if match.old_district:
        after = after.replace(fold(match.old_district).split(" ", 1)[-1], " ")
    tail_only = at >= 0 and len(before) <= 2 and not after.strip(" ,.")
    return match, bool(before and before[-1] in _PLACE_CUES) or short or tail_only


# Two places in one answer, the writer's and the other person's ("em ở Ninh Kiều nhưng chị em
# ở Long Mỹ", "nó ở Thốt Nốt còn em ở Ninh Kiều"): the clauses, and which is the writer's.
_PLACE_CLAUSES = re.compile(r"\s*(?:,|;|\bnhưng\b|\bnhung\b|\bcòn\b|\bcon\b(?= (?:em|toi|tôi|"
                            r"minh|mình|tui|nó|no|chị|chi|anh|bạn|ban)\b)|\bmà\b|\bbut\b|"
                            r"\bwhile\b)\s*")
_WRITERS_CLAUSE = re.compile(r"^(em|e|toi|minh|tui|t|i|i am|im|con|chau)( (dang|thi|hien|van|da))* "
                             r"(o|song|tai|is|live|am|'m|in)\b")


def their_place(text: str) -> str:
    """Where the help is for someone else, the part of the answer that is not the writer's own
    place, when both are given; else the whole answer."""
    parts = [p for p in _PLACE_CLAUSES.split(text) if p and p.strip()]
    if len(parts) < 2:
        return text
    theirs = [p for p in parts if not any(_WRITERS_CLAUSE.match(f) for f in forms(p))]
    return " ".join(theirs) if theirs and len(theirs) < len(parts) else text


def said(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` is found in either reading of the text (`forms`): the one test most
    of the typed-answer readers make."""
    return any(pattern.search(t) for t in forms(text))


# A partner or an in-law named alone ("my husband", "it's my boyfriend", "mẹ chồng"): at the who
# step perhaps whom the help is for; at any later step, who does it, never a change of whom
_PARTNER_ALONE = screened(
    r"^(it'?s |its |it is |la |do |tai )?(my |cua )?(husband|boyfriend|bf|partner|ex|ex husband|"
    r"ex boyfriend|hubby|wife|girlfriend|gf|mother in law|father in law|me chong|bo chong|ba chong|"
    r"cha chong|chong|ck|vo|vk|ny|nguoi yeu|ban trai|ban gai|chong cu|vo cu|ban trai cu|ny cu|"
    r"nguoi yeu cu|ong xa|han|han ta|thang cha|thang cha do|ex boyfriend|my ex)"
    r"( (toi|em|minh|tui|e|did|did it|ay|do))?( (a|nha|do|day))?$")


def names_partner_alone(text: str) -> bool:
    """A partner or an in-law named alone."""
    return any(_PARTNER_ALONE.match(t.strip(" .!")) for t in forms(text))


def corrects_whom(text: str) -> bool:
    """One person put for another ("không phải bạn, là em", "ko phải em, chị em bị")."""
    return said(_WHO_CORRECTED, text)


# Not what was meant, said after the bot heard danger or a story in an everyday message ("không,
# ý tôi là gõ bàn phím máy tính thôi", "không phải vậy, chỉ mệt thôi", "tôi là công an, không
# phải nạn nhân", "I'm not a victim, I'm asking about referrals", "you misunderstood")
_MISREAD = screened(
    r"\b(y (toi|em|minh|tui|con) (la|noi la|chi la)|(toi|em|minh|tui|con) chi (hoi|muon hoi|noi|"
    r"hoi (thu|ve|dinh nghia|thong tin)|tim hieu)|ban (hieu|nghe) (nham|lam|sai)|hieu (nham|lam) (roi|y)|"
    r"khong phai (vay|the|nhu vay|y do|chuyen do)|ko phai (vay|the|nhu vay)|k phai (vay|the)|"
    r"(khong|ko|k|hong) phai (la )?nan nhan|khong (co )?ai (danh|lam hai|hai|bat nat) "
    r"(toi|em|minh|tui)( ca)?|(toi|em|minh|tui) (khong|ko|k) (bi|sao|co bi) (gi|sao)( ca| het)?)\b|"
    r"\b(i mean|i meant|you misunderstood|you got it wrong|not what i meant|that'?s not what i "
    r"(meant|said)|(i'?m|im|i am) not (a victim|in danger|being (hurt|abused))|no ?one is (hurting|"
    r"hitting|abusing) me|nobody is (hurting|hitting|abusing) me|(i'?m|im|i am|i was) (just|only) "
    r"asking)\b")


def says_misread(text: str) -> bool:
    """The message says the bot misheard it: not what was meant, not a victim, only asking."""
    return said(_MISREAD, text)


def corrects(text: str) -> bool:
    """The message corrects an answer given before ("à nhầm, cho tui", "i meant my friend")."""
    return said(CORRECTION, text)


# The writer is hurt too, or it was the writer all along, said after speaking of someone else
# ("à mà em cũng bị ck em đánh nữa", "còn em thì bị ck đánh hoài", "thật ra là em đó",
# "actually it's me, not my friend", "my husband hits me too")
_HURT_VERBS = (r"(danh|dap|chui|hiep|xam hai|quay roi|sam so|doa|de doa|ep|nhot|bat nat|hanh ha|"
               r"bao hanh|bao luc|tat|da|bop|cuong hiep|hanh hung|kiem soat|theo doi)")
_WRITER_TOO = screened(
    rf"\b(toi|em|minh|tui|tao|con) (cung|cung dang|that ra cung) (bi|dang bi|hay bi)( (?!(bi|khi|nghe|thay|vi|luc)\b)\w+){{0,5}}? "
    rf"{_HURT_VERBS}\b|"
    rf"^(a ma |ma |va |voi lai )?(toi|em|minh|tui|tao)( thi| cung)? (bi|dang bi|hay bi)( (?!(bi|khi|nghe|thay|vi|luc)\b)\w+){{0,5}}? "
    rf"{_HURT_VERBS}\b|"
    # "thật ra là em đó" (it was me), not "thật ra là em muốn hỏi…" (what I want is…)
    r"\b(that|thiet|thuc) ra (la |chinh )?(toi|em|minh|tui)( (do|day|ne|a|day a|do a))?$|"
    r"\b(that|thiet|thuc) ra (la |chinh )?(toi|em|minh|tui) (do|day|ne)\b|"
    r"\b(actually|in fact|to be honest|truth is)( \w+){0,2} (it is|its|it's|it was) (me|about me)\b"
    r"(?! who (needs|wants|is asking))|"
    r"\b(it is|its|it's|it was) (me|about me),? not\b|"
    r"\b(hits|beats|hurts|abuses|rapes|threatens) me too\b|\bi am (also|too) being\b")


# The friend's story is the writer's own, told outright ("thôi nói thật, là em", "thật ra người
# đó là tôi", "bạn em chính là em", "ok the friend is me", "I'm the friend")
_REVEALED = screened(
    r"\b(noi that|thu that|that long ma noi|that ra|thiet ra|thuc ra)\b( (thi|la|ma|di|nha))*,?"
    r"( (nguoi do|nguoi ay|ban do|ban ay|nguoi bi danh|nguoi ban do))?( chinh)? (la )?"
    r"(toi|em|minh|tui)( (do|day|ne|a|day a|do a))?$|"
    r"\b(nguoi do|nguoi ay|ban do|ban ay|ban em|ban toi|ban minh|nguoi bi (danh|hai)|nguoi ban do|"
    r"co ay|chi ay)( \w+)? (chinh )?la (toi|em|minh|tui)( (do|day|ne|a))?$|"
    r"\b(the|my|that) friend (is|was) (me|actually me|really me|myself)\b|\bi am the (friend|one)\b|"
    r"\bi'?m the (friend|one)( (he hits|being hit|it'?s about|in danger))?$|"
    r"^(ok |okay |well |fine )?(actually |honestly )?(it'?s|its|it is|it was) (me|about me|really me)$")


def reveals_self(text: str) -> bool:
    """Someone else's story owned as the writer's own (`_REVEALED`)."""
    return said(_REVEALED, text)


def says_writer_too(text: str) -> bool:
    """The writer is hurt too, or was the one hurt, after a story about someone else."""
    return said(_WRITER_TOO, text)


# A pause asked for ("khoan", "đợi chút", "chờ em xíu", "để em nghĩ đã", "hold on"): no answer
# to the question, and nothing to read into it.
_WAIT = screened(
    r"^(khoan( da)?|hold on|wait( a (sec|second|minute|moment|bit))?|one (sec|second|moment)|"
    r"let me think|(doi|cho)( (em|toi|minh|tui|con))? (chut|xiu|ti|mot chut|mot lat|lat|da)|"
    r"(de|cho) (em|toi|minh|tui|con) (nghi|suy nghi|xem)( (da|chut|xiu|them|lai|ti))?)"
    # ("cho em" alone is "for me", an answer: never read as "chờ em")
    r"( (nha|nhe|a|da|please|pls))*$")


def asks_to_wait(text: str) -> bool:
    """The whole message asks for a moment."""
    return any(_WAIT.match(t.strip()) for t in forms(text))


# Another one asked about after a list ("còn Cái Răng thì sao", "what about Cai Rang")
_WHAT_ABOUT = screened(r"^(con|the con|vay con|the|vay)( \w+){1,4} (thi sao|the nao|sao|nua)( (a|ha|nhi|vay))*"
                         r"( qmark)*$|^(what|how) about\b")


def asks_about_another(text: str) -> bool:
    """"còn Cái Răng thì sao", "what about Cai Rang": the same, for another (place)."""
    return said(_WHAT_ABOUT, text)


# A ward or commune named by its type word with a name the map does not know ("phường an lạc").
# (an old number too, "phường 9", "p9": the data has no such unit in any town)
_TYPED_PLACE = re.compile(r"^(o |tai |em o |toi o |tui o )?(?:(phuong|xa|p|ward|commune) "
                          r"(?P<name>[a-z ]{2,30})|(phuong|p|ward) ?(?P<number>\d{1,2}))$")


# Stopping the questions ("thôi em không muốn làm nữa", "em mệt quá không muốn trả lời nữa",
# "i don't want to do this anymore"): the request ends kindly, never read as a wish to die.
_STOP_STEPS = screened(
    r"\b(khong|ko|k|hong|hem) (muon|can|thich) (lam|tra loi|tiep tuc|noi(?=( chuyen)? nua)|"
    r"noi chuyen|hoi|dien|lam tiep|tiep)"
    r"( (tiep|cai nay|may cai nay|nua|het))*( nua)?\b|\bthoi (khoi|bo di|dung lai|khong lam nua)\b|"
    r"\b(dung lai|ngung lai) (di|nha|nhe|thoi)?$|"
    r"\bi (do not|don'?t) want to (continue|answer|do this|go on)\b|\b(stop|quit) (this|these questions)\b|"
    r"^(never ?mind|nvm|forget it|nevermind)( (then|please|pls|thanks))?$|^(thoi|thui|thoai) (bo di|bo qua|"
    r"khoi|khong can( nua)?|de sau)( (nha|nhe|a|di))*$")
_STOP_NOT = re.compile(r"\b(song|chet|ton tai|thuc day|an|uong|di hoc|di lam|ve nha|gap|nhin|"
                       r"live|be alive|wake up)\b")


def wants_to_stop(text: str) -> bool:
    """The person asks to stop the questions (not to stop living: "không muốn sống nữa" is read
    by the self-harm readers, never here)."""
    texts = forms(text)
    return any(_STOP_STEPS.search(t) for t in texts) and not any(_STOP_NOT.search(t) for t in texts)


_STREET_ANSWER = screened(r"^((em|toi|minh|tui|nha (em|toi|minh|tui)|o|tai|so nha|so \d+|\d+) )*"
                            r"(duong|hem|kiet|pho|street|road|dai lo)( \w+){1,5}$|"
                            r"^(\d+ )?\w+( \w+){0,4} (street|road|st|rd)$|"
                            # (a street every city has, typed without "đường")
                            r"^((em|toi|minh|tui) )?((o|tai|gan) )?(\d+ )?(tran hung dao|le hong phong|"
                            r"nguyen trai|hai ba trung|ly thuong kiet|mau than|30 thang 4|3 thang 2)$")


def names_a_street(text: str) -> bool:
    """The answer is a street or an alley with no ward ("đường Hòa Bình", "hẻm 51 Trần Hưng
    Đạo", "30/4 street"): its ward is asked for, the street never taken for one."""
    return any(_STREET_ANSWER.match(f.strip(" .,")) for f in forms(text))


def unknown_ward_named(text: str) -> str | None:
    """The name typed after "phường"/"xã" when the message is only that (the caller has already
    looked it up and found nothing), with its original letters; else None."""
    folded = forms(text)[0].strip()
    found = _TYPED_PLACE.match(folded)
    if found is None:
        return None
    if found.group("number"):
        return found.group("number")
    words = text.strip().split()
    return " ".join(words[-len(found.group("name").split()):])

