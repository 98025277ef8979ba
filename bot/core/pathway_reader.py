"""Which companion pathway a typed request asks for, and the typed answers inside a pathway.

A request for a pathway is a request for information or a tool ("lập kế hoạch an toàn", "how do I
turn off location sharing", "bị tống tiền ảnh nóng thì làm sao"), not a story: a story ("sếp sàm
sỡ em") is a disclosure, believed first and answered with a help request whose end offers the
fitting pathway. So a topic that names a tool (the danger check, the safety plan, phone safety,
emergency contraception) opens it by itself, while a topic that names a situation (work, online
blackmail, a passport held, LGBT+, older people, men, children) opens its guide only when the
message asks something ("làm sao", "what can I do", "?") or names the audience ("dành cho…").

Danger is never read here: the engine's danger check runs before this reader on every message,
so "vừa bị hiếp" gets 113/115/111 first whatever it asks. The patterns work on the folded,
abbreviation-expanded forms (bot/core/answers.forms), so diacritics and chat shorthand do not
matter. Why not classifier intents: the held-out sets label "how do I make a safety plan" and
"is there a tracking app on my phone" as learn_safety, so new intents would move those floors;
these requests are specific enough for rules, measured on tests/nlu/heldout_pathways.yml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core import faq, situations
from bot.core.answers import forms, is_skip, read_yes_no, said
from bot.core.safety import NATURE_ASKED
from bot.nlu.entities import HIEP_AS_RAPE, age_group
from bot.nlu.prefilter import Screened, screened

GUIDES = ("digital", "assault", "child", "older", "men", "lgbt", "work", "online", "trafficking")


def _re(*parts: str) -> Screened:
    """One pattern of alternatives, tried only where one of its words occurs (a turn asks every
    tool and situation of the list: bot/nlu/prefilter.py)."""
    return screened("|".join(parts))


# A question or a request for information.
_ASKS = _re(
    r"\b(lam (gi|sao|the nao)|phai lam|the nao|ra sao|nhu the nao|the thi|cach|huong dan|thong tin|"
    r"giup|tu van|meo|nen (lam|bao|goi|di)|can biet|muon biet|co (phai|sao|duoc|nen)|o dau|"
    r"goi (ai|dau|so nao)|bao (ai|o dau)|luat|quyen|sao (vay|day|ta)|gi khong|duoc khong)\b",
    r"\bkhong( a| ad| nhi| vay)?( qmark)?$", r"\bqmark\b",
    r"\b(what|how|where|who|which|can i|could i|should i|do i|is it|is there|are there|help|tips?|"
    r"guide|info|information|advice|rights?|law|options?)\b")
# Naming the audience: "dành cho người cao tuổi", "for teens".
_FOR = r"\b(danh cho|thong tin cho|huong dan cho|tai lieu cho|ho tro cho|info for|information for|" \
       r"help for|support for|resources for|advice for|guide for|anything for|something for|for)\b"

_TOOLS: list[tuple[str, Screened]] = [
    ("menu", _re(r"\b(ho tro them|them ho tro|cac lo trinh|more support|other support|"
                 r"support pathways?|companion pathways?)\b")),
    ("check", _re(
        r"\b(kiem tra|danh gia|do|xem|test|trac nghiem|bai kiem tra|cham diem) (muc do |muc |nguy co |"
        r"rui ro )?(nguy hiem|rui ro|nguy co)\b",
        r"\bmuc (do )?(nguy hiem|nghiem trong|rui ro)\b",
        r"\b(co|la) (nguy hiem|nghiem trong) (lam )?(khong|chua|ko)\b",
        r"\b(anh ay|chong|no|han|nguoi yeu|ong ay|ban trai) co (nguy hiem|dang so) (khong|ko)\b",
        r"\bdanger (check|assessment|test|quiz|screen\w*|level)\b",
        r"\b(risk|lethality) (assessment|check|screen\w*|level|quiz)\b",
        r"\b(check|assess|measure|rate|gauge) (my |the |how much )?(danger|risk)\b",
        r"\bhow (dangerous|serious|risky|bad) is (it|this|my|he|she|the situation)\b",
        r"\b(check|know|see|find out|tell me|assess) how (dangerous|serious|risky|bad) (my |this |the )?"
        r"(situation|relationship|it|he|she|things)\b",
        r"\b(is|could) (he|she|my (husband|partner|boyfriend|wife|ex)) (be )?(dangerous|lethal)\b",
        r"\bam i at risk\b")),
    ("plan", _re(
        r"\bke hoach (an toan|bo tron|thoat than|roi di|ra di|chay tron|tau thoat|tron)\b",
        r"\b(chuan bi|mang theo|goi ghem) (gi|nhung gi|do|san)?\b.*\b(bo di|roi (di|nha|khoi)|ra di|"
        r"tron|chay tron|thoat)\b",
        r"\b(tui do|tui) (khan cap|de san|so tan)\b",
        r"\bsafety plan\w*\b", r"\b(escape|exit|leaving|safety) plan\b",
        r"\b(plan|prepare|preparing|get ready|ready) (for |to )?(leave|leaving|escape|escaping|"
        r"get out|getting out)\b",
        r"\b(go bag|grab bag|emergency bag|bag ready)\b")),
    ("digital", _re(
        r"\b(tat|an|dung|ngung|kiem tra|xem|chan|bo) (chia se |che do |tinh nang )?(vi tri|dinh vi|gps)\b",
        r"\b(dien thoai|dt|may|zalo|facebook|fb|tai khoan) (cua (toi|em|minh) )?co (bi )?"
        r"(theo doi|cai (app|ung dung|phan mem)|hack|nghe len|gian diep|dinh vi|xam nhap)",
        r"\b(ung dung|app|phan mem) (theo doi|gian diep|nghe len|doc tin nhan|dinh vi)\b",
        r"\b(doi|bao mat|bao ve|lay lai) (mat khau|pass|tai khoan|nick|facebook|zalo|fb)\b",
        r"\ban toan (so|tren mang|dien thoai|cong nghe|mang xa hoi)\b", r"\btai khoan dung chung\b",
        r"\b(location|gps) (sharing|tracking|settings?|history)\b",
        r"\b(turn off|stop|hide|disable|switch off|share|sharing) (my )?(location|gps)\b",
        r"\b(spy|spyware|stalkerware|tracking|tracker|monitoring|stalking) (app|apps|software)\b",
        r"\b(stalkerware|spyware)\b",
        r"\b(phone|account|accounts|messages|facebook|email) (is |are )?(being )?(tracked|hacked|"
        r"monitored|bugged|read)\b",
        r"\b(tracking|monitoring|reading|checking) my (phone|messages|location|texts|chats)\b",
        r"\b(change|secure|protect|lock) (my )?(passwords?|accounts?|phone|facebook)\b",
        r"\b(digital|online|phone|tech|cyber) (safety|security)\b",
        r"\bshared accounts?\b",
        # this app hidden, no trace left, safe on the phone ("làm sao ẩn app này", "có cách nào
        # không để lại dấu vết", "làm sao để an toàn khi dùng đt", "how do i hide this app")
        r"\b(an|giau|khoa) (app|ung dung|cai app|tin nhan|zalo|messenger)\b",
        r"\b(khong|ko|k|hong) (de lai|de|luu) (dau vet|lich su)\b",
        r"\b(xoa|an|giau) (het )?(dau vet|lich su|tin nhan)\b",
        r"\ban toan (khi|luc) (dung|xai|su dung) (dt|dien thoai|mang|zalo|facebook|app)\b",
        r"\b(hide|lock) (this|the) (app|chat)\b", r"\b(leave|leaving) no (trace|traces|history)\b",
        r"\bkeep my phone (safe|private)\b",
        # something put on the phone, and everything known ("he installed something on my phone,
        # he knows everything i text", "ổng cài gì đó vào đt, biết hết em nhắn gì")
        r"\b(installed|put|added|downloaded) (something|an app|some app|an application|a program|software)"
        r"( \w+){0,2} (on|in|to) (my|our) (phone|laptop|computer)\b",
        r"\bknows (everything|all|what) i (text|type|write|say|send|message)\b",
        r"\b(cai|tai|gan) (gi do|cai gi|app|ung dung|phan mem|cai app)( \w+){0,2} (vao|len|tren) "
        r"(dien thoai|dt|may)( (cua )?(toi|em|minh|tui))?\b",
        r"\bbiet (het|tat ca|moi thu)( nhung gi| cai gi)? (toi|em|minh|tui) (nhan|nhan tin|noi|go|viet|chat)\b")),
    ("assault", _re(
        r"\b(thuoc )?(tranh thai|ngua thai) khan cap\b", r"\bthuoc (uong )?sau (khi )?quan he\b",
        r"\b(pep|du phong (hiv|sau phoi nhiem)|phoi nhiem hiv|thuoc (chong|phong) hiv)\b",
        r"\b(sau khi|sau) (bi )?(hiep|hiep dam|cuong hiep|xam hai( tinh duc)?|cuong dam|ep quan he)\b",
        r"\b(hiep dam|cuong hiep|xam hai tinh duc|cuong dam)\b.*\b(lam (gi|sao)|the nao|ra sao|"
        r"di kham|kham|bang chung|o dau|giu|can)\b",
        r"\b(morning after pill|emergency contracepti\w*|plan b pill|post exposure|pep|"
        r"hiv prevention|rape kit|forensic exam\w*)\b",
        r"\b(after|following) (a |the |my |being )?(rape|raped|sexual assault|sexually assaulted|"
        r"assault)\b",
        r"\b(rape|raped|sexual assault|sexually assaulted)\b.*\b(what|how|where|evidence|doctor|"
        r"hospital|clinic|do now)\b")),
]

# "gãy tay" (a broken arm) folds to "gay tay": a bone named after "gay" is no identity. The same
# exclusion as bot/core/disclosure._LGBT, so the guide and the acknowledgement agree.
_GAY = r"gay(?! (tay|chan|xuong|co|mui|rang|suon|ngon|lung|canh|xuong suon|rang)\b)"

# A parent or grandparent of 60 or more ("mẹ tôi 80 tuổi bị con dâu đánh"): the writer asks for
# an older person. (The writer's own age is read by bot/nlu/entities.age_group.)
_OLDER_RELATIVE = (r"\b(me|ma|ba|bo|cha|ong|ba noi|ba ngoai|ong noi|ong ngoai|bo me|ba me|cha me|"
                   r"ong ba)( (toi|em|minh|tui|cua (toi|em|minh|tui)))?( nam nay| da| nay| gan| hon)? "
                   r"([6-9]\d|1[01]\d) tuoi\b")
_OLDER_RELATIVE_EN = (r"\bmy (mother|father|mom|mum|dad|parents|grandmother|grandfather|grandma|"
                      r"grandpa)( is| who is| aged|,)? ([6-9]\d|1[01]\d)\b")

_SITUATIONS: list[tuple[str, Screened]] = [
    ("digital", _re(
        r"\b(bi )?(dinh vi|theo doi|nghe len|doc trom|xem trom)\b.*\b(dien thoai|dt|zalo|facebook|fb|"
        r"messenger|tin nhan|may)\b",
        r"\b(dien thoai|dt|may|zalo|facebook|fb|tai khoan) (cua (toi|em|minh) )?(bi )?"
        r"(theo doi|cai (app|ung dung|phan mem)|hack|nghe len|gian diep|dinh vi|xam nhap)\b",
        r"\b(xoa|an|giau) (lich su|cuoc goi|nhat ky|dau vet)\b",
        r"\b(luon |lai )?biet (het )?(toi|em|minh|tui|to) (dang )?(o dau|di dau|nhan gi|noi gi)\b",
        r"\b(tracks?|tracked|tracking|monitors?|monitored|monitoring|reads?|reading|checks?|checking|"
        r"spies on|spying on|bugged|hacked|follows?|following) (all )?(my|our) (phone|location|"
        r"messages|texts|chats|whereabouts|emails?|accounts?|calls)\b",
        r"\b(always )?knows where i (am|go|went)\b",
        r"\b(delete|clear|erase|hide) (my )?(call|browser|browsing|search)s? (history|log|logs)\b")),
    ("trafficking", _re(
        # (a phone alone is taken by husbands far more often than by traffickers: control, not
        # this guide; "my husband took my phone and money" once opened it)
        r"\b(giu|lay|thu|tich thu|cam|khong tra) (mat )?(ho chieu|passport|can cuoc|cccd|cmnd|"
        r"giay to)\b",
        r"\b(bi )?lua (di lam|sang|qua|ra nuoc ngoai|xuat khau lao dong|ban)\b",
        r"\b(viec nhe luong cao|mua ban nguoi|buon ban nguoi|buon nguoi|xuat khau lao dong)\b",
        r"\b(took|taken|take|kept|keeps?|keeping|holding|holds?|confiscated|has) (away )?(my |our |her |"
        r"his |their )?(passport|id card|documents|papers)\b",
        r"\btraffick\w*\b", r"\btricked into (work|working|a job|going)\b",
        r"\b(job|work) (offer )?(abroad|overseas)\b", r"\b(easy job|high pay)\b")),
    ("online", _re(
        r"\b(tong tien|doa (tung|dang|phat tan|gui)|tung (anh|clip|video)|anh (nong|nhay cam|khoa than|"
        r"nude|rieng tu)|clip (nong|nhay cam|rieng tu)|ghep (anh|mat)|deepfake|quay roi (tren|qua) "
        r"mang|bi (chui|boi nho|noi xau) tren mang|khung bo tin nhan)\b",
        r"\b(sextort\w*|blackmail\w*|nudes?|intimate (images?|photos?|pictures?|videos?)|"
        r"revenge porn|deepfakes?|cyber ?bully\w*|online (harassment|abuse|threats?)|"
        r"harass\w* (me )?online|private (photos?|pictures?|videos?))\b")),
    ("work", _re(
        r"\b(quay roi|sam so|dung cham|ga gam|ga tinh|ga (di )?ngu|noi tuc|chuyen tuc)\b.*"
        r"\b(cong ty|noi lam viec|cho lam|sep|dong nghiep|xuong|quan ly|to truong|co quan|cong viec)\b",
        r"\b(cong ty|noi lam viec|cho lam|sep|dong nghiep|xuong|quan ly|co quan)\b.*"
        r"\b(quay roi|sam so|dung cham|ga gam|ga tinh)\b",
        r"\bbo luat lao dong\b.*\bquay roi\b|\bquay roi tinh duc noi lam viec\b",
        r"\b(sexual(ly)? harass\w*|harass\w*|groped|grope|touch\w* me|inappropriate)\b.*"
        r"\b(work|workplace|job|boss|manager|coworkers?|colleagues?|office|supervisor|factory)\b",
        r"\b(work|workplace|boss|manager|coworker|colleague|supervisor)\b.*\b(sexual(ly)? harass\w*|"
        r"harass\w*|grop\w*)\b")),
    ("lgbt", _re(
        r"\b(lgbt\w*|dong tinh|chuyen gioi|song tinh|les|" + _GAY + r"|queer|bede|pe de|nguoi trans)\b",
        r"\b(transgender|trans (woman|man|girl|boy|person|people)|nonbinary|non binary|bisexual|"
        r"lesbian|coming out|come out|outed|conversion therapy)\b")),
    ("older", _re(
        r"\b(nguoi gia|nguoi cao tuoi|cao tuoi|ong ba|cha me gia|bo me gia|luong huu|hoi nguoi cao tuoi)\b",
        r"\b(elderly|older (people|person|adults?|parents?)|seniors?|aging parents?|elder abuse|"
        r"pension)\b", _OLDER_RELATIVE, _OLDER_RELATIVE_EN)),
    ("men", _re(
        r"\b(dan ong|nam gioi|phai manh|nguoi chong) (bi|cung bi|gap) (vo )?(danh|bao hanh|bao luc|"
        r"hanh ha|chui)\b", r"\bnam gioi bi bao luc\b", r"\b(chong|dan ong) bi vo (danh|bao hanh)\b",
        # (passive: "men being hit", "husbands who are abused"; "my husband hit me" is his act)
        r"\b(men|man|male|males|husbands?|guys?) (who are |being |who get |get |getting |are |is )"
        r"(abused|beaten|hit|battered)\b",
        r"\b(men|male|males|husbands|guys) (facing |experiencing )?(abuse|violence|domestic violence)\b",
        r"\b(abused|battered) (men|husbands?|males?)\b", r"\bmale victims?\b",
        # (2026-12-07) whether a man can be helped, asked ("đàn ông có được giúp không", "can
        # men get help too", "do you help guys")
        r"\b(dan ong|nam gioi|phai manh|nguoi chong)( cung| thi)? (co (duoc|dc)|duoc|cung duoc|co the "
        r"duoc|co ai) (giup|ho tro|giup do|bao ve|tu van|nghe)( \w+){0,2} (khong|ko|k|hong|kg|qmark)\b",
        r"\b(can|do|does|will) (men|a man|guys|a guy|males|husbands|a husband) (get|be|also get|also be|"
        r"ask for|call for) (help|helped|support|supported)\b|"
        r"\b(cho|noi|o) (nao|dau)( \w+)? (giup|ho tro|giup do|tu van|nhan) (cho )?(dan ong|nam gioi)\b|"
        r"\b(do|can|will) you (help|support) (men|guys|"
        r"males|a man|a guy|husbands)\b")),
    # A child or teenager speaking of themself (a parent asking how to protect their child is
    # not the audience of this guide, which speaks to the child). An age told is read by
    # bot/nlu/entities.age_group (under 18, the writer's own, not "mẹ tôi 80 tuổi"): "tôi 45
    # tuổi" once opened this guide, any \d{1,2} being read as a child's age.
    ("child", _re(
        r"\b(toi|em|con|minh|chau|tui) (la |dang la |van la )?(hoc sinh|tre em|tre con|ban nho|tuoi teen|"
        r"thieu nien|vi thanh nien|hoc lop \w+)\b",
        r"\b(i am|im|i'm) (a |only |just )?(kid|child|teen|teenager|student|minor)\b")),
]
# An adult who helps a pupil: a teacher or school counsellor by their own words, or a pupil
# spoken of ("một em học sinh", "có em học sinh kể…", "học sinh của tôi"). "em học sinh" is
# then the pupil, not a child writing "em (là) học sinh": the guide speaking to the child does
# not answer them; the help request for someone else does.
_HELPS_A_PUPIL = _re(
    r"\b(toi|minh|tui|em) (la|lam|dang lam|lam nghe) (mot )?(giao vien|co giao|thay giao|"
    r"giao vien chu nhiem|co chu nhiem|thay chu nhiem|hieu truong|hieu pho|tu van|tu van vien|"
    r"chuyen vien tu van|nhan vien (tu van|cong tac xa hoi)|can bo (tu van|doan|doi)|"
    r"tong phu trach|bao mau|tam ly hoc duong)\b",
    r"\b(mot|co|cac|nhung|hai|vai|may)( \d+)? (em|ban|chau) hoc sinh\b",
    r"\b(em|ban|chau) hoc (sinh|tro) (cua|lop|trong lop|chu nhiem cua) (toi|minh|tui)\b",
    r"\bhoc (sinh|tro) (cua|lop|trong lop) (toi|minh|tui)\b",
    r"\b(em|ban) hoc sinh (noi|ke|tam su|nhan tin|chia se|thu nhan|tiet lo|bao (la|voi|rang|cho))\b",
    r"\b(i am|im|i'm|as) (a |the )?(teacher|school counsell?or|counsell?or|social worker|"
    r"headteacher|head teacher|principal|school nurse)\b",
    r"\b(my|our) (pupils?|students?)\b|\b(a|one) (pupil|student) (of mine|in my class)\b")

# Naming the audience opens its guide by itself ("dành cho người cao tuổi", "info for teens").
_AUDIENCE_WORDS: list[tuple[str, str]] = [
    ("child", r"tre em|tre con|ban nho|cac em nho|hoc sinh|tuoi teen|thieu nien|vi thanh nien|"
              r"children|kids|teens|teenagers|young people|students"),
    ("older", r"nguoi cao tuoi|nguoi gia|ong ba|older people|the elderly|elderly people|seniors"),
    ("men", r"nam gioi|dan ong|men|male victims"),
    ("lgbt", r"nguoi lgbt\w*|lgbt\w*|nguoi dong tinh|nguoi chuyen gioi|lgbt\w* people|" + _GAY + r" people|"
             r"trans people"),
]
_AUDIENCE = [(key, re.compile(_FOR + r"\s+(the |cac |nhung )?(" + words + r")\b"))
             for key, words in _AUDIENCE_WORDS]
# Who one is, said alone ("i'm gay", "em là les"), or the audience and a word of help ("lgbt
# support"): its guide, never a disclosure of harm no one told.
_AUDIENCE.append(("lgbt", re.compile(
    r"^((i am|im|i'm|toi la|em la|minh la|tui la|con la)( a| mot| nguoi)? (gay|lesbian|les|trans|"
    r"transgender|bisexual|bi|queer|nonbinary|non binary|dong tinh|chuyen gioi|song tinh|lgbt\w*|"
    r"bede|pe de)|(lgbt\w*|gay|queer|trans|dong tinh|chuyen gioi) (support|help|guide|resources|info|"
    r"ho tro|giup do|huong dan))( (a|nha|do|day|thoi|please|pls))*$")))

_STOP = screened(r"^((toi |em |minh |i )?(muon |want to |would like to |wanna )?(thoi|dung|dung lai|"
                   r"ngung|ngung lai|huy|thoat|ra|menu|ve menu|quay lai|tro lai|lui lai|go back|"
                   r"thoi khong|thoi khoi|"
                   r"thoi di|khong lam nua|khong muon lam nua|stop|stop this|stop it|quit|exit|"
                   r"thoi khong (lam|muon lam|tiep|muon tiep)( nua)?|thoi (em |toi |minh )?khong "
                   r"(lam|tiep)( nua)?|"
                   r"cancel|end|enough|back|main menu|back to menu|leave|no more|i am done|"
                   r"ket thuc|xong roi|thoi xong|finish|finished|"
                   r"im done|that is enough))( nha| nhe| a| di| thoi| day| lai| please| now)*$")
_CLEAR = re.compile(r"^(xoa|xoa (het|tin nhan|cuoc tro chuyen|tro chuyen|chat|lich su)( nay)?|"
                    r"clear|clear (this |the )?chat|delete (this |the )?chat|quick exit)$")
_NEXT = re.compile(r"^(tiep|tiep di|tiep theo|xem tiep|them|next|more|continue|go on)"
                   r"( nha| nhe| a| di)*$")


# "Xoá tin nhắn này", "clear this chat": the quick exit, never a request for the phone guide.
_QUICK_EXIT = screened(r"\b(xoa|clear|delete|erase|remove)\b.*\b(tro chuyen|doan chat|chat|"
                         r"tin nhan (nay|o day|voi bot|di|ngay|het)|o day|this|conversation)\b|"
                         r"\b(thoat nhanh|quick exit)\b")


# Teaching a child about the body or abuse ("nên nói với con nhỏ về xâm hại tình dục như thế
# nào", "nói với con gái 6 tuổi về vùng kín ra sao"), with no child hurt told.
_TEACHING = screened(r"\b(noi chuyen|day|giai thich|giao duc|huong dan|noi|dan) (voi |cho )?"
                       r"(con|tre|be|cac con|hoc sinh|chau)( (nho|gai|trai|be))?( \d+ tuoi)? (ve|cach|cai|"
                       r"khong (cho|de)|biet|nhan biet)\b|"
                       r"\b(talk|speak|explain) to (my |our )?(child|children|kids?|son|daughter)\b.*\babout\b|"
                       r"\bteach (my |our )?(child|children|kids?|son|daughter)\b")
_TOLD_CHILD = re.compile(r"\b(bi|da bi|vua bi|was|were|has been|got)\b")


def teaches_a_child(text: str) -> bool:
    """How to talk with a child about the body or abuse, asked, with no child hurt told."""
    return said(_TEACHING, text) and not said(_TOLD_CHILD, text)


# An age told in numbers ("tôi 45 tuổi", "em 17t", "i'm 14", "con năm nay 12").
_AGE_IN_NUMBERS = re.compile(r"\b(\d{1,3}) ?(tuoi|t|years? old|yo)\b|\b(i am|im|nam nay) (\d{1,2})\b")
CHILD_UNDER = 18   # a child, for this guide: under 18 (the content's "dưới 18 tuổi", a minor)


# Family named in a story of touching ("my stepdad touches me when mom is at work"): abuse at
# home, whatever the word "work" says.
_KIN_DOER = screened(r"\b(step ?dad|step ?father|dad|father|uncle|brother|cousin|grand(pa|father)|"
                       r"ba duong|bo duong|cha duong|anh trai|anh ho|ong noi|"
                       r"ong ngoai|ba ruot|bo ruot|cha ruot)\b")


def _age_told(texts: list[str]) -> str | None:
    """"child" (under 18) or "older" (60 or more) for the writer's own age told in numbers, by
    the entity rules (bot/nlu/entities.age_group: "mẹ tôi 80 tuổi" is not the writer's age);
    None for an adult's age or none told. Only a number counts here: "my dad hits me" is read
    as a child by those rules too, but as a story, answered by the help request, not a guide;
    and "i am 25, my dad hits me" is no child whatever those words say."""
    numbers = [int(m.group(1) or m.group(4)) for t in texts for m in _AGE_IN_NUMBERS.finditer(t)]
    if not numbers:
        return None
    age = next((age for t in texts if (age := age_group(t))), None)
    if age == "child" and min(numbers) >= CHILD_UNDER:
        return None
    return age


# A body's sign asked about ("ra máu có nguy hiểm ko", "sốt 39 độ có nguy hiểm không", "is
# bleeding at 8 weeks dangerous"): a health question, never the check of his danger
_BODY_ASKED = screened(
    r"\b(ra mau|chay mau|ra huyet|dau bung|dau dau|dau nguc|chong mat|sot|thai|mang thai|co bau|"
    r"dang bau|non|oi mua|bam tim|vet thuong|gay (tay|chan|xuong)|kho tho|nhuc dau|u tai|"
    r"bi thuong|ngat|xiu|co giat|bleeding|pregnan\w*|dizzy|fever|headache|vomit\w*|bruis\w*|"
    r"wound|injur\w*)\b")


@lru_cache(maxsize=4096)   # asked of one message by the danger check and the engine
def requested(text: str) -> str | None:
    """The pathway a typed request asks for: "menu", "check", "plan", a guide id, or None."""
    texts = forms(text)
    if any(_QUICK_EXIT.search(t) for t in texts):
        return None
    if teaches_a_child(text) or ("111" in text and faq.topic(text) == "hotline_111"):
        return None   # "nên nói với con nhỏ về xâm hại thế nào": the children's article;
        # "is 111 only for children?": whom the number is for, not the children's guide
    for key, pattern in _TOOLS:
        if key == "check" and any(_BODY_ASKED.search(t) or NATURE_ASKED.search(t) for t in texts):
            continue   # "thai 8 tuần ra máu có nguy hiểm ko": the body's danger, not his; a storm's
        if any(pattern.search(t) for t in texts):
            return key
    asks = any(_ASKS.search(t) for t in texts)
    if asks:
        age = _age_told(texts)
        for key, pattern in _SITUATIONS:
            if key == "child" and any(_HELPS_A_PUPIL.search(t) for t in texts):
                continue   # a teacher asking about a pupil: not the child's own guide
            if key == "trafficking" and situations.kept_by_family(texts):
                continue   # "ck giữ giấy tờ của em": a husband's control, not trafficking
            if key == "work" and (age == "child" or any(_KIN_DOER.search(t) for t in texts)):
                continue   # "i'm 14 and my stepdad touches me when mom is at work": not the job's
            if age == key or any(pattern.search(t) for t in texts):
                return key
    for key, pattern in _AUDIENCE:
        if any(pattern.search(t) for t in texts):
            return key
    return None


def asks_for_information(text: str) -> bool:
    """A request for a pathway other than a held person's: only the danger lexicon (not the
    classifier's guess) may read it as an emergency, as for a direct question. "kiểm tra mức độ
    nguy hiểm" asks for the check; "đang bị giữ" still fires the lexicon."""
    return requested(text) not in (None, "trafficking")


_ASSAULT = screened(r"\b(" + HIEP_AS_RAPE + r"hiep(?! dap)|hiep dam|cuong hiep|xam hai tinh duc|ep quan he|cuong dam|rape[ds]?|"
                      r"raping|sexually (assaulted|abused)|sexual assault)\b")


def tells_of_assault(text: str) -> bool:
    """The message speaks of a sexual assault (for the aftercare offer after the numbers)."""
    return any(_ASSAULT.search(t) for t in forms(text))


_MENU = screened(r"^((quay |tro )?(ve|lai)( lai)? |quay lai |tro lai |back to |go back to |"
                   r"(show|open) (me )?)?(the )?(main )?menu( chinh)?( di| nha| nhe| please| pls| a)?$|"
                   r"^(quay lai|tro lai|lui lai|back|go back|previous|previous page)"
                   r"( (di|nha|nhe|a|please|pls))?$")


def asks_for_menu(text: str) -> bool:
    """A stop word that names the menu ("menu", "về menu", "quay lại")."""
    return any(_MENU.match(t.strip(" .!")) for t in forms(text))


_BARE_DUNG = re.compile(r"^\s*dung( (roi|r|a|ak|vay|ha|nha))*\s*[.!]*\s*$")


# Whether to pay, asked after a threat to share images ("em có nên chuyển tiền ko", "should i pay
# him"): the online guide's first point, when the conversation told of blackmail.
_PAY_ASKED = screened(
    r"\b(co nen|nen|phai|can|co phai) (chuyen|tra|gui|dua|nop|chuyen khoan)( \w+){0,2} (tien|cho (no|han|"
    r"ho|nguoi do))\b|\b(should|do|must) i (pay|send (him|her|them) (the )?money|give (him|her|them) "
    r"(the )?money)\b|\bif i (pay|send the money)\b|"
    r"\b(co nen|nen|co can|phai) (chuyen|tra|gui|dua|nop|chuyen khoan)( tien| cho no| no| cho han)?"
    r"( (khong|ko|k|hong|chua|qmark))+$")


def asks_whether_to_pay(text: str) -> bool:
    return any(_PAY_ASKED.search(t) for t in forms(text))


def answer(text: str, yes_no: bool = False) -> str | None:
    """A typed answer inside a pathway: "clear" (quick exit), "stop", "skip", "yes", "no",
    "next", or None. `yes_no`: a yes/no question was asked, where "dung" typed bare is "đúng"."""
    texts = forms(text)
    folded = [t.strip(" .!") for t in texts]
    if any(_CLEAR.match(t) or _QUICK_EXIT.search(t) for t in folded):
        return "clear"
    if is_skip(text) or any(re.match(r"^((toi|em|minh|tui|i|i am|im) )?(khong biet|khong ro|khong chac|"
                                     r"chua chac|not sure|dunno|i do not know|no idea|"
                                     r"cannot say|can not say|hard to say)\b", t)
                            for t in folded):
        return "skip"
    # "dừng" and "đúng" fold alike; only the diacritic tells them apart, and "dung" typed bare
    # is "đúng" (right) far more often at these yes/no questions ("dừng" bare is "dung lai")
    if "đúng" not in text.lower() and not (yes_no and _BARE_DUNG.match(text.casefold())) and \
            any(_STOP.match(t) for t in folded):
        return "stop"
    if re.match(r"^(thôi )?dừng( rồi| nha| nhé| đi| thôi| ạ)*[ .!]*$", text.casefold().strip()):
        return "stop"   # "dừng rồi" with its mark: stopped, never "đúng rồi" (right)
    if any(_NEXT.match(t) for t in folded):
        return "next"
    if any(t in ("y", "yes please") for t in folded) or (yes_no and any(t == "c" for t in folded)):
        return "yes"   # ("c" typed for "có" where yes or no is asked)
    if any(t == "n" for t in folded):
        return "no"
    return read_yes_no(text)


# Answers to the danger check's "has that person ever…?" as people give them: a yes hedged or
# told by how often ("hình như có", "có vài lần", "thỉnh thoảng", "i think so", "sometimes"),
# a no hedged ("chắc không", "chưa bao giờ", "i don't think so"). A risk only half admitted
# is still counted: the check gives what may help, never a score.
_HEDGED_NO = re.compile(
    r"^((toi|em|minh|tui|i) )?((nghi|think|guess) )?(hinh nhu|chac|chac la|co le|nghi la|"
    r"probably|maybe)( la)? (khong|ko|chua|not|no)\b|"
    r"^(cung (khong|ko|hong|chua|khong co)|chua (bao gio|tung|lan nao)|khong (bao gio|lan nao|co dau)|not that i know|"
    r"i (do not|don't|dont) think so|no never|never ever|not really)\b|"
    # no worse than before ("cũng vậy thôi", "vẫn như cũ", "about the same")
    r"^(cung|van|thi)? ?(vay|nhu cu|the|nhu vay|nhu truoc)( thoi| a| ha| nha)*$|"
    r"^(about |pretty much |just )?the same( as (before|always))?$")
_HEDGED_YES = re.compile(
    r"^((toi|em|minh|tui) )?((nghi|thay) )?(hinh nhu|chac|chac la|co le|co the|nghi la)( la)? "
    r"(co|roi|vay|tung)\b|"
    r"^(co|da|roi|tung) ?(tung|mot lan|vai lan|nhieu lan|may lan|roi|hoai|suot|mot hai lan)\b|"
    r"^(tung|tung roi|mot lan|vai lan|nhieu lan|may lan|thinh thoang|doi khi|thuong xuyen|"
    r"hay lam|suot|suot ngay|lien tuc|thuong|hoai|hoai a|nhieu|lan nao cung|lau lau|"
    r"lau lau (mot lan|1 lan)|(1|2|3|mot|hai|ba) lan|cung co|hen xui|nua co nua khong|"
    r"(hoi truoc|truoc day|truoc kia|ngay truoc|hoi do|luc truoc|truoc)( thi)? (co|tung)|"
    r"co (1|mot|hai|2|vai|may) lan)\b|"
    # a hedge said alone ("có thể", "có lẽ", "kinda", "hardly ever"): it may have happened, which
    # the check counts (a risk half admitted is still counted)
    r"^(co the|co le|chac co|co khi|it khi|hiem khi|hoa hoan|thi thoang)( (a|ha|nha|thoi|vay|roi))?$|"
    r"^(kinda|kind of|sort of|hardly ever|rarely|not often|seldom|almost never|on and off)$|"
    r"^(maybe|probably|perhaps|possibly|i guess so|i guess|kind of|sort of|sometimes|once|"
    r"twice|a few times|many times|a lot|often|all the time|he did|she did|he has|she has|"
    r"yes once|more than once)\b|"
    # thinking he could ("i honestly think he could", "nhiều khi em nghĩ vậy", "em nghĩ là có")
    r"^((i|we) )?((honestly|really|actually|sometimes|kind of) )?(think|thought|believe|feel)"
    r"( that)? ((he|she|they)( (could|would|might|will|can|does|did|has|is))?( (honestly|really))?|"
    r"so)$|"
    r"^((khong biet nua|ko biet nua|chac|nhieu khi|doi khi|co luc) )*((em|toi|minh|tui) )?"
    r"(cung |hay |van )?(nghi|so|tuong|thay) (vay|the|la co|la vay|la the|ong ay co the|no co the)\b")


def hedged_answer(text: str) -> str | None:
    """"yes" or "no" for an answer to the danger check said softly or by how often; None
    when it is neither (read `answer` first: "không biết" is a skip there)."""
    texts = [t.strip(" .!") for t in forms(text)]
    if any(_HEDGED_NO.match(t) for t in texts):
        return "no"
    if any(_HEDGED_YES.match(t) for t in texts):
        return "yes"
    return None


# An answer to a question of the danger check that tells the act itself ("nó từng bóp cổ em",
# "he choked me once", "he checks my phone all the time"): yes, unless it is denied ("ổng chưa
# bao giờ bóp cổ em", "he never threatened to kill me"). Each question's own acts, so a word of
# another question is no answer to this one.
_CHECK_ACTS = {
    "worse": r"(nhieu hon|nang hon|thuong xuyen hon|du hon|ghe hon|te hon|hoai|more often|more "
             r"and more|worse|harder|every day|daily|all the time)",
    "weapon": r"(dao|gay|sung|bua|keo|hung khi|ong tuyp|cay sat|cay|xa beng|axit|a xit|acid|knife|"
              r"knives|gun|stick|bat|weapon|hammer|bottle|chai|"
              # (the question asks of a threat to use one too: "không dùng nhưng có dọa")
              r"doa|de doa|doa dung|threat\w*)",
    # (threats said without their words, "ổng dọa hoài": counted, as a risk half told is)
    "kill": r"(giet|thu tieu|chet|kill\w*|murder\w*|dead|die|doa|de doa|threat\w*)",
    "choke": r"(bop co|siet co|bop|siet|khong tho|ngat|ngop|choke\w*|chok\w*|strangl\w*|breath\w*|"
             r"throat|neck|"
             # smothered: "đè gối lên mặt", "bịt mũi", "dìm nước", "a pillow over my face"
             r"de goi|chup goi|bit (mui|mieng|mat|mom)|dim (nuoc|dau|xuong nuoc)|ngat tho|"
             # pinned by the neck ("chẹn cổ em vô tường", "đè cổ em xuống giường", "dí gối")
             r"chen co|de co|ghi co|kep co|ke co|di goi|up goi|"
             r"smother\w*|suffocat\w*|pillow|under water|underwater)",
    "jealous": r"(ghen|kiem soat|kiem tra|doc tin nhan|xem dien thoai|theo doi|khong cho|cam em|"
               r"quan ly|jealous\w*|control\w*|check\w*|track\w*|follow\w*|won't let|wont let|"
               r"does not let|doesn't let|doesnt let|spy\w*|monitor\w*)",
}
# "nó" typed without its mark is "no": before a verb it is him ("no tung bop co em")
_HE_NO = re.compile(r"\bno (tung|da|hay|co|dang|van|bop|siet|danh|dap|doa|de doa|cam|ghen|kiem|lay|"
                    r"dung|noi|bao|thuong|lai|cu|suyt|xiet|chui|giet|doc|xem|theo)\b")
_DENIED = re.compile(r"\b(khong|ko|chua|chang|never|not|didn't|didnt|hasn't|hasnt|has never|did not|"
                     r"does not|doesn't|doesnt|no)\b")


_NOW = re.compile(r"\b(dang|bay gio|luc nay|ngay luc nay|right now|now|rn|(is|are|am) \w+ing|"
                  # just done ("nó vừa đâm em", "he just hit me"): no note for a plan
                  r"vua|vua moi|just now|just (hit|stabbed|beat|choked|attacked|hurt|cut|punched|kicked|"
                  r"pushed|raped|burned))\b")


def says_now(text: str) -> bool:
    """The message tells of something happening now ("đang", "right now", "is hitting")."""
    return any(_NOW.search(t) for t in forms(text))


def check_statement(question: str, text: str) -> str | None:
    """"yes" or "no" when the answer tells of (or denies) the act the question asks about."""
    acts = _CHECK_ACTS.get(question)
    if acts is None or len(text.split()) < 2:
        return None
    act = re.compile(rf"\b{acts}\b")
    for t in forms(text):
        t = _HE_NO.sub(r"nguoi do \1", t)
        found = act.search(t)
        if found:
            # the denial is the act's own, said just before it ("chưa bao giờ bóp cổ", "never
            # choked"), never a condition before it ("nếu em không về thì ổng giết em")
            before = t[:found.start()]
            if _IF.search(before):
                before = _THEN.split(before)[-1]
            denials = list(_DENIED.finditer(before))
            # a denial of another clause ("em không biết nữa, nó từng bóp cổ em": a new subject
            # after it) is not this act's; said of speech ("he never said he'll…") it is
            # ("ko, nhưng có lần ổng đè gối lên mặt em": the no was to the words of the
            # question, the act comes after a "but")
            after_denial = before[denials[-1].end():] if denials else ""
            denied = bool(denials) and not _NEW_SUBJECT.search(after_denial) and \
                not _BUT.search(after_denial)
            return "no" if denied else "yes"
    return None


_BUT = re.compile(r"\b(nhung|ma|but|though|although|tuy nhien)\b")
_NEW_SUBJECT = screened(r"(?<!said )(?<!says )(?<!noi )(?<!bao )(?<!la )(?<!that )\b(nguoi do|ong ay|"
                          r"anh ay|ba ay|chi ay|co ay|han|chong|ck|vo|he|she|they|ong ta|anh ta|thang do|"
                          r"thang cha|con do|nguoi yeu|ban trai|my (husband|boyfriend|partner|ex|wife|"
                          r"girlfriend|dad|father))\b|\b(but|nhung|ma|tuy vay|though)\b")


_IF = re.compile(r"\b(neu|if|hen|unless)\b")
_THEN = re.compile(r"\b(thi|la|then|he'll|he will|she'll|she will|they'll|or else|otherwise)\b")


# Which card of the phone-safety guide a request is about (0: location sharing).
_DIGITAL_CARDS = [
    (1, re.compile(r"\b(theo doi|nghe len|gian diep|doc trom|xem trom|hack|spy\w*|stalkerware|"
                   r"track\w*|monitor\w*|bugged|app la|ung dung la)\b")),
    (2, re.compile(r"\b(mat khau|pass|password\w*|tai khoan|account\w*|xac thuc|two (step|factor))\b")),
    (3, re.compile(r"\b(xoa|an(?! toan)|giau|lich su|nhat ky|dau vet|delete|clear|erase|history|log|"
                   r"logs|trace|"
                   r"bang chung|evidence|screenshot\w*|chup man hinh)\b")),
]


def digital_card(text: str) -> int:
    """The card of the phone-safety guide that answers this request; 0 for location."""
    texts = forms(text)
    if any(re.search(r"\b(vi tri|dinh vi|location|gps)\b", t) for t in texts):
        return 0
    for card, pattern in _DIGITAL_CARDS:
        if any(pattern.search(t) for t in texts):
            return card
    return 0


_WHO_SEES = re.compile(r"\bai (doc|xem|biet|thay|coi)( duoc)?\b|\bwho (can |will |could )?(see|read)\b")


def asks_who_sees(text: str) -> bool:
    """"câu trả lời này có ai đọc được ko", "who will see my answers?"."""
    return any(_WHO_SEES.search(t) for t in forms(text))


_WHY_ASKED = re.compile(r"\b(tai sao|vi sao|sao (lai )?hoi|hoi (cai nay|chi|de lam gi)|de lam gi|"
                        r"why (are you asking|do you ask|ask|this question|these questions)|"
                        r"what is this for|why)\b")


def asks_why(text: str) -> bool:
    """"sao lại hỏi cái này", "why are you asking me this": why the question is asked."""
    return len(text.split()) <= 10 and any(_WHY_ASKED.search(t) for t in forms(text))
