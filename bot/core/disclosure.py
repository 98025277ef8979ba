"""Recognising a disclosure: a message that tells of violence, fear or distress.

A counsellor's first words to "ck e say xỉn, e sợ lắm" are not a menu: they are "I believe you,
it is not your fault", then one next step. This module decides whether a message is such a
disclosure and which acknowledgement fits the writer (a child, an older person, an LGBT+ person,
someone speaking for another…); the words themselves are in data/content/ui.yml
`disclosure_ack`. Rules over the folded text, plus the classifier's help intents when present.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.answers import forms
from bot.core.safety import animals_only, in_a_game, seen_on_screen, without_things_done
from bot.nlu.entities import HIEP_AS_RAPE, LEVERAGE, age_group, kind_of, older_self
from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened

if TYPE_CHECKING:
    from bot.nlu.understanding import Understanding

HELP_INTENTS = ("seek_help", "help_other")

_PERSONAL = re.compile(r"\b(toi|em|minh|tui|tao|con|chau|i|me|my|we|us|our|chong|vo|nguoi yeu|"
                       r"ba|bo|me|anh ay|chi ay|ban|nha)\b")
_CONCEPT_QUESTION = screened(r"\b(la gi|nghia la gi|dinh nghia|what is|what are|what does|"
                               r"meaning of|define|la nhu the nao|gom nhung gi|co may loai|"
                               # "mua bán người có dấu hiệu gì", "dấu hiệu nhận biết xâm hại"
                               r"dau hieu nhan biet|nhan biet (nhu )?the nao|"
                               r"what are the signs|signs of)\b|"
                               r"\bco (nhung )?dau hieu (gi|nao)( khong| ko| qmark)?$|"
                               # "bạo lực tình dục trong hôn nhân là sao"
                               r"\b(bao luc|xam hai|hiep dam|cuong hiep|quay roi|mua ban nguoi|buon ban "
                               r"nguoi|kiem soat|bao hanh)( \w+){0,6} la sao\b|"
                               # "tôi là phụ huynh, muốn biết dấu hiệu con bị xâm hại"
                               r"\b(muon biet|tim hieu|hoi ve|cho (toi|em|minh) biet) (cac |nhung )?"
                               r"dau hieu\b")
# Teaching a child about it ("làm sao để nói chuyện với con về xâm hại", "how do I teach my kids
# about body safety"), with nothing told of a child hurt ("con tôi bị xâm hại, tôi nên nói
# chuyện với con thế nào" is told).
_TEACHING = screened(r"\b(phu huynh|ba me|bo me|cha me)( \w+){0,3} (nen|can|muon biet|lam sao|"
                       r"noi gi|day)\b|"
                       r"\b((noi chuyen|day|giai thich|giao duc|huong dan|noi) (voi |cho )?"
                       r"(con|tre|be|cac con|hoc sinh|chau)( cai| cach| ve| nhung)?|"
                       r"(talk|speak) to (my |our )?(child|children|kids?|son|daughter|students?)"
                       r" about|teach (my |our )?(child|children|kids?|son|daughter|students?))\b")
_TOLD = re.compile(r"\b((?<!tranh )(?<!phong )(?<!khoi )(?<!de khong )bi|was|were|has been|"
                   r"have been|got|gets)\b")   # "phòng tránh bị xâm hại" is to avoid it
# Whether the law punishes something, asked in general ("is marital rape a crime", "cưỡng hiếp
# trong hôn nhân có phạm tội không")…
_LAW_QUESTION = screened(r"^(is|are|was) [a-z ]{2,40} (a crime|illegal|against the law|"
                           r"punishable)\b|"
                           r"^(\w+ ){1,6}co (phai la )?(pham toi|pham phap|vi pham phap luat|"
                           r"bi xu ly|bi phat|la toi)( khong| ko| k| qmark)")
# …unless someone in it is named: "is it a crime that my husband hits me" tells of him.
_TOLD_TOO = re.compile(r"\b(toi|em|minh|tui|me|my|i was|i am|he|she|anh ta|chong|vo)\b")
# Other questions in general, about people in general, the numbers or the law ("tổng đài 111 có
# tư vấn cho người bị chồng đánh không", "đánh vợ có bị đi tù không", "what number do i call for
# trafficking", "tại sao phụ nữ bị đánh mà ko bỏ đi", "do i need photos as evidence"): asked,
# not told, unless the writer is in them (_TOLD_SELF).
_GENERAL_QUESTION = screened(
    r"\b(cho|ve|giup|voi) (nguoi|phu nu|nhung nguoi|ai|nan nhan|tre em|nguoi ta) bi\b.*"
    r"\b(khong|ko|k|hong|qmark|nao|gi|o dau)$|"
    r"\bco bi (di tu|o tu|tu|xu ly|phat|bat|truy cuu|ngoi tu)( \w+)?( khong| ko| k| hong| qmark)|"
    r"^(what|which) (number|numbers|hotline|line|phone)\b|\b(goi|call) (so|number) (nao|may|gi)\b|"
    r"^(tai sao|vi sao|sao|why (do|does|don't|do not|would|are|is))\b.*\b(phu nu|dan ba|nguoi ta|nan nhan|"
    r"women|victims|people|men|dan ong)\b|"
    r"\b(bang chung|chung cu|evidence|proof)\b.*\b(khong|ko|k|qmark|gi|nao|what|which)\b|"
    r"^(do|does|should|can) i (need|keep|have)\b.*\b(evidence|proof|photos?|pictures?)\b|"
    # a case put ("nếu chồng đánh vợ thì vợ nên làm gì", "what should a woman do if…")
    r"^(neu|gia su|gia du|khi) (chong|vo|mot nguoi|ai do|ai|nguoi ta|phu nu|mot phu nu|mot co gai)\b"
    r".*\b(nen|phai|lam gi|lam sao|the nao|ra sao)\b|"
    r"^(what|how) (should|can|could|would|do|does) (a woman|a man|someone|a person|one|people|a wife|"
    r"a victim|victims)\b")
_TOLD_SELF = re.compile(r"\b(toi|em|minh|tui|i|me|my|i'm|i am)\b( \w+){0,2} (bi|dang bi|was|am being|got)\b|"
                        r"\b(chong|vo|ny|ban trai|ck|vk) (toi|em|minh|tui)\b|\bmy (husband|wife|partner|"
                        r"boyfriend|girlfriend|ex|dad|father|mom|mother)\b")
# "sợ" (afraid) and "số" (number) fold alike: "cho tôi số điện thoại 111" is no fear. Typed
# with marks the word says which; typed without, what follows the number does.
_NUMBER = r"(dien thoai|dt|tong dai|hotline|duong day nong|lien lac|dien|\d)"
_MARKED_NUMBER = screened(r"\b(số|sổ|sở)\b")
_FEAR = screened(
    r"\b((em|toi|minh|tui|con|chau|rat|that|qua|dang|van|cung|hay|luon|nen) so(?! ?" + _NUMBER + r")|"
    r"so (lam|qua|hai|that|ghe|chet|ve nha|anh ay|chong|no|ong ay|ba ay)|hoang so|run so|lo so|khong dam (ke|noi|ve|ve nha|"
    r"bao|len tieng|cho ai biet)|cuu (voi|em|toi)|"
    r"scared|afraid|terrified|frightened|trapped|"
    r"(do not|dont) dare|giat minh|mat ngu|"
    r"run len|am anh|ac mong|nightmares?|can not sleep|jump every time)\b|"
    # fine for now, but he comes back ("tạm ổn nhưng tối ổng về", "ok but he's back tonight")
    r"\b(nhung|ma)\b.*\b(dem|dem nay|toi nay|lat|lat nua|chieu|mai|sap)\b.*\b(ong ay|anh ay|anh ta|"
    r"chong|no|han|ba ay|ong ta)\b.*\b(ve|den|quay lai|quay ve)\b|"
    r"\bbut\b.*\b(he|she)( is|'s|'ll| will)? (comes?|coming|gets?|getting|be) (back|home)\b")
# Sadness, exhaustion, shame, heartbreak, not knowing what to do: distress without fear. Alone
# (nothing told of violence, no story) it is met as distress is ("I'm here with you, would you
# like to tell me what is happening?"), not with "are you safe?" and a form.
# Not knowing how to begin ("mình không biết nói sao nữa"): nothing told yet, a few words are
# enough; never "thank you for telling me", whatever the classifier says.
_CANNOT_SAY_WORDS = (r"khong biet (phai )?(noi|ke|viet|bat dau|mo loi)( \w+)? (sao|the nao|tu dau|gi|"
                     r"nhu the nao)|(do not|dont) know how to (say|tell|start|explain|put)|"
                     r"(do not|dont) know where to (start|begin)")
_CANNOT_SAY = re.compile(rf"\b({_CANNOT_SAY_WORDS})\b")
_DOWN = screened(
    r"\b(khoc|buon (lam|qua|that|ghe)|buon|met moi|met (lam|qua)|bat luc|co don|tuyet vong|be tac|"
    r"xau ho|nhuc nha|khong biet (phai )?lam (sao|gi|the nao)|dau long|dau kho|tan nat|suy sup|"
    r"cang thang|ap luc|stress\w*|tram cam|chan nan|ngoai tinh|cam sung|co bo|"
    # "chán quá" said alone ("chân", a leg, folds the same: never after a pain or a hurt)
    r"(?<!dau )(?<!moi )(?<!nhuc )(?<!te )(?<!gay )(?<!sung )(?<!ban )(?<!co )(?<!ngua )"
    r"chan (qua|lam|ghe|that|thiet|vl|vcl|oi|qua di|that su|doi|nan)|"
    r"crying|hopeless|helpless|ashamed|(do not|dont) know what to do|nobody to tell|alone|lonely|"
    r"sad|so sad|upset|heartbroken|depressed|exhausted|overwhelmed|cheated|cheating|affair|"
    # wanting to get away, said alone: tell me more, help one tap away
    r"(muon|dinh|tinh) (bo tron|tron di|tron khoi|bo nha|bo nha di|chay tron|thoat khoi)|"
    r"run away|running away|escape from|"
    # not knowing how to begin, or finding it hard to say (below)
    rf"{_CANNOT_SAY_WORDS}|kho (noi|ke|mo loi) (qua|lam)|hard to (say|explain|talk about))\b")
# What the entity rules may miss, as a counsellor would hear it; used only when they found none.
_KIND_HINTS: list[tuple[str, re.Pattern[str]]] = [
    ("trafficking", re.compile(r"\b(viec nhe luong cao|dong coc|dat coc|giu (ho chieu|giay to|"
                               r"can cuoc)|tien chuoc|lua ban|easy job|high pay|took my passport|"
                               r"keep(s|ing)? my (passport|id))\b")),
    ("online", re.compile(r"\b(anh (khoa than|nong|nude|nhay cam)|ghep (anh|mat)|tung (tin nhan|"
                          r"anh|clip|video)|len (fb|facebook|mang|nhom)|posted my|leak\w*|deepfake|"
                          r"sextort\w*|nudes?)\b")),
    ("sexual", re.compile(r"\b(so (chan|dui|nguc|mong|nguoi|vung kin|soang)|ngoi len dui|sam so|"
                          r"(nhin|rinh|xem|quay) (trom |len )?(\w+ )?(tam|thay do|thay quan ao)|"
                          r"watch\w* me (shower|bath|chang|undress)\w*|"
                          r"chuyen tuc|noi tuc|binh pham (nguc|co the|than hinh|vong)|"
                          r"touch\w* (my|me|her)|grop\w*|flash\w*|dirty jokes?)\b")),
    ("psychological", re.compile(r"\b(bi (\w+ ){0,3}(mang|chui|xuc pham|coi thuong|khinh|nhuc ma|"
                                 r"lam nhuc|bat nat|de doa|doa)|noi (toi|em|minh|tui)? ?an hai|"
                                 r"an bam|vo dung|do an hai)\b")),
]
_ABUSE = screened(r"\b(quay roi|bat nat|de doa|doa|chui|boi nho|lam nhuc|xuc pham|khung bo|"
                    r"theo doi|tong tien|lua|harass\w*|bull\w*|threat\w*|stalk\w*|abus\w*|"
                    r"blackmail\w*|insult\w*|scam\w*|dick pics?|nudes|unsolicited|"
                    r"(gui|send|sent|sends) (me |cho (toi|em|minh|tui) )?(anh|hinh|clip)? ?(nong|nude|khieu dam|"
                    r"sex|explicit|sexual|nhay cam|dick pics?|nudes))\b")
_PLATFORM = re.compile(r"\b(online|truc tuyen|facebook|fb|zalo|tiktok|instagram|messenger|"
                       r"mang xa hoi|tren mang)\b")
_REJECTED = screened(r"\b(tu mat|tu bo|ruong bo|duoi (\w+ )?(ra khoi|khoi|ra) nha|bi duoi|khong nhan "
                       r"(toi|em|minh|con)|cam (toi|em|minh|con) (ra ngoai|di|gap)|nhot|co lap|"
                       r"disowned|kicked (me )?out|threw me out|thrown out|cut me off|isolat\w*)\b")
_EMOJI_ONLY = re.compile(r"^((emosad|emofear|emoplease)\s*)+$")

# ("gãy tay", a broken arm, folds to "gay tay": a bone named after it is no identity)
_LGBT = screened(r"\b(chuyen gioi|dong tinh|song tinh|lgbt\w*|les|"
                   r"gay(?! (tay|chan|xuong|co|mui|rang|suon|ngon|lung|canh|xuong suon|rang)\b)|"
                   r"bede|queer|transgender|"
                   r"trans (woman|man|girl|boy|person)|nonbinary|non binary|bisexual|lesbian|"
                   r"(i am|im|i'm) (a )?(trans|gay|bi|lesbian|queer)|"
                   r"tu mat|chua (benh )?(dong tinh|gay|les)|bi out|come out|coming out|outed|"
                   r"conversion)\b")
_WORK = re.compile(r"\b(cho lam|noi lam|cong ty|xuong|sep|quan ly|dong nghiep|workplace|at work|"
                   r"boss|manager|coworker|colleague|supervisor)\b")
# ("năm nay" folds to "nam nay": a bare "nam" counts only after "là".)
_MAN = screened(r"\b((toi|minh|tui|em|tao) (la |cung la )(dan ong|nam|nam gioi|con trai)|"
                  r"(toi|minh|tui|tao) (dan ong|nam gioi)|"
                  r"anh bi vo|(bi|the) vo (danh|chui|hanh ha|bao hanh)|vo (toi|anh|tui|minh) "
                  r"(danh|chui|hanh ha|bao hanh)|i am a (man|guy|male)|im a (man|guy)|as a man|"
                  # "vk đánh", "vợ em hay chửi" said first, the writer left unsaid
                  r"^vo( em)?( (hay|cu|lai|thuong|da|vua|dang))* (danh|chui|dap|tat|hanh ha|bao hanh)"
                  r"( (hoai|suot|luon|nhieu|lam|qua|nua|a|roi))*$|"
                  r"my wife (hits|beats|abuses|hurts))\b")


# A friend or neighbour the story is about, never the grown-up who does it ("chú hàng xóm bắt con
# cởi đồ": the neighbour hurts the child writing)
_FRIEND = re.compile(r"(?<!chu )(?<!ong )(?<!bac )(?<!anh )(?<!thang )\b(ban|ban cung lop|ban than|ban hoc|"
                     r"classmate|friend|hang xom|neighbou?r)\b(?!( \w+){0,2} (bat|danh|dap|so|sam so|ep|"
                     r"doa|chui|hiep|xam hai|rinh|theo|dua|keo|vao|goi|hit|touch\w*|made|make|forced))")
_OTHER_VICTIM = re.compile(r"\b(con dau|con gai|con trai|chau|vo|chong|ba|ong|me|chi|em)( \w+)? "
                           r"(toi|tui|em|minh)? ?bi\b")


def writer_is_victim(texts: list[str], writer: str | None, who: str | None) -> bool:
    """A child or an older person writing is asking for themselves, unless they clearly speak of
    someone else: a child of a friend or classmate, an older person of a family member who "bị"
    hurt. A child witnessing violence at home is asking for themselves."""
    if writer == "child":
        return not (who == "other" and any(_FRIEND.search(t) for t in texts))
    if writer == "older":
        return not any(_OTHER_VICTIM.search(t) for t in texts)
    return False


@dataclass(frozen=True)
class Disclosure:
    """What a disclosure tells: the acknowledgement to give, and what is known of it."""

    variant: str          # a key of ui.yml disclosure_ack
    kind: str | None      # the kind of violence, when named
    violence: bool        # violence was described (not only fear or distress)
    writer_child: bool
    writer_older: bool
    told: bool = True     # the words themselves tell of violence or fear (not only a help intent)


def writer_age(texts: list[str]) -> str | None:
    """"child" or "older" when the writer says so, in either reading of the text (the rule lives
    with the other entity rules: bot/nlu/entities.age_group)."""
    return next((age for t in texts if (age := age_group(t))), None)


_CALM_EMOJI = re.compile(r"^((emosmile|emook|emoheart|emowave)\s*)+$")


# Sad or crying faces typed in characters: ":(", ":'(", ":((", "T_T", "ToT".
# Crying written as sounds: "huhu", "hu hu hu", "hic hic", "hix", "oa oa".
_CRYING = screened(r"^((hu){2,}|hu|hic|hix|oa|u hu)( ((hu)+|hic|hix|oa))*$")
_SAD_FACES = re.compile(r"^(\s*(:'?-?\(+|;-?\(+|:'-?\(+|\)+-?'?:|T[_.\-]?T|ToT|QQ))+\s*$")


def is_emoji_distress(text: str) -> bool:
    """Only crying, fearful or pleading emoji ("😭😭😭", "🙏🙏", "🥺"), sad faces typed in
    characters (":(", "T_T") or crying written as sounds ("huhu", "hic hic"): any message of
    symbols alone that is not a smile, a heart or a thumbs-up is met as distress, never as
    thanks."""
    stripped = text.strip()
    if stripped and (_SAD_FACES.match(stripped) or _CRYING.match(fold(stripped).strip(" .!…"))):
        return True
    if not stripped or any(ch.isalnum() for ch in stripped):
        return False
    texts = [t for t in forms(text) if t]
    if any(_EMOJI_ONLY.match(t) for t in texts):
        return True
    return not any(_CALM_EMOJI.match(t) for t in texts) and any(ord(ch) > 0x2000 for ch in stripped)


_COST = screened(r"\b(mat|ton|tinh|tra|dong) (phi|tien|cuoc)\b|\bmien phi\b|\bbao nhieu tien\b|"
                   r"\bchi phi\b|\b(cost|costs|free|pay|charge|fee|fees)\b")
_COST_ASKED = screened(r"\b(mat|ton|tinh|tra|dong) (phi|tien|cuoc)\b.*\b(khong|ko|k|chua|qmark)"
                         r"( (ban|ban oi|a|vay|ha|nhi|nha))*$|"
                         r"\b(co )?mien phi (khong|ko|k)\b|\bbao nhieu tien\b|\bchi phi\b.*qmark|"
                         r"\b(how much|does it cost|is it free|do i (have to|need to) pay)\b")


# Abuse named without its kind: with a request for help, that is told.
_ABUSED = screened(r"\b(bao hanh|bao luc|nguoc dai|hanh ha|hanh hung|danh dap|an hiep|abused|"
                     r"abuse|abusing|abusive|violence|violent|mistreat\w*|maltreat\w*|"
                     r"(hurts|hurting|hurt|harms|harming) (me|us|my|her|him)|lam (toi|em|minh) dau)\b")


def asks_in_general(text: str) -> bool:
    """A question about people in general, a number or the law, with the writer not in it."""
    return any(_GENERAL_QUESTION.search(t) and not _TOLD_SELF.search(t) for t in forms(text))


# (2026-12-07, the sixteenth reading) a film, a book or the news about it, watched or read ("I
# watched a documentary about human trafficking", "em vừa xem phóng sự về buôn bán người"), with
# nothing told as done to anyone
_WATCHED_ABOUT = screened(
    r"\b(watched|watching|saw|seen|read|reading|listened to|listening to|heard) (a|an|the|this|that|some)"
    r"( \w+){0,2} (documentary|doc|film|movie|book|novel|article|news ?(story|report)?|report|series|podcast|"
    r"talk|ted talk|video|show|episode|play)( \w+){0,3} (about|on)\b|"
    r"\b(xem|doc|nghe|coi)( \w+)? (phim tai lieu|phim|phong su|bai bao|bao|tin tuc|ban tin|sach|truyen|video|"
    r"clip|podcast|bai viet)( \w+){0,3} (ve|noi ve|ke ve)\b")


# Harm done to someone, told ("bị đánh", "was abused", "got raped"): a story beside a film named
# ("it was eye opening" is no one's harm)
_DONE_TO_SOMEONE_TOLD = re.compile(
    r"\b((?<!tranh )(?<!phong )(?<!khoi )bi|was|were|got|gets|been|has been|have been) (\w+ ){0,2}(beat\w*|hit|"
    r"abused|raped|traffick\w*|sold|hurt|attack\w*|assault\w*|molest\w*|touched|stabbed|choked|strangled|"
    r"danh|dap|hiep|cuong hiep|ban|lua|xam hai|bao hanh|sam so|dam|chem|tat|xo|bop co)\b")


def _asks_about_a_concept(text: str) -> bool:
    """"bạo lực là gì", "is marital rape a crime": a question about violence, not a story of it;
    nor a film or the news about it, watched ("I watched a documentary about trafficking")."""
    return bool(_CONCEPT_QUESTION.search(text)) or (
        bool(_WATCHED_ABOUT.search(text)) and not _DONE_TO_SOMEONE_TOLD.search(text)) or (
        bool(_LAW_QUESTION.search(text)) and not _TOLD_TOO.search(text)) or (
        bool(_TEACHING.search(text)) and not _TOLD.search(text)) or (
        bool(_GENERAL_QUESTION.search(text)) and not _TOLD_SELF.search(text))


# What is done to someone for who they are ("bắt đi chữa bệnh", "bị out", "conversion therapy"):
# who they are said alone ("i'm gay", "em là les") is no harm told.
_STICK = re.compile(r"(?<!\w)gậy(?!\w)", re.IGNORECASE)
_LGBT_HARM = screened(r"\b(tu mat|chua (benh )?(dong tinh|gay|les)|bi out|outed|conversion)\b")


# (2026-12-08, the nineteenth reading) Siblings' squabble over a thing, no one badly hurt ("my
# little brother punched me over the xbox controller, mum grounded him lol", "thằng em đánh em vì
# giành cái điều khiển"): no story of violence to believe
_SQUABBLE = screened(
    r"^(?!.*\b(bleed\w*|broke|broken|unconscious|knocked out|chay mau|gay|bat tinh|ngat|xiu)\b).*"
    r"\b((little|big|younger|older|baby|kid|twin) )?(brother|sister|bro|sis|cousin|em trai|em gai|thang em|con em|"
    r"anh hai|chi hai|anh trai|chi gai)( \w+){0,3} (punched|hit|kicked|slapped|bit|pinched|scratched|shoved|"
    r"pushed|dam|danh|dap|can|cao|nhec|xo|day)( \w+){0,4} (over|for|because of|vi|tranh|gianh|de gianh) (the |a |"
    r"my |his |her |cai |con )?(xbox|ps4|ps5|playstation|controller|remote|game|games|toy|toys|phone|charger|"
    r"snack|cookie|candy|tv|ipad|tablet|switch|seat|front seat|dieu khien|do choi|dien thoai|banh|keo|tivi|"
    r"may tinh|cho ngoi|choi game)\b")


def detect(text: str, understanding: Understanding | None) -> Disclosure | None:
    """The disclosure this message makes, or None when it makes none."""
    texts = forms(text)
    if not any(texts) or any(_asks_about_a_concept(t) for t in texts):
        return None
    # "Nhà tạm lánh có mất tiền không": what something costs is asked, no money is taken.
    kind_texts = [_COST.sub(" ", t) for t in texts] if any(_COST_ASKED.search(t) for t in texts) \
        else texts
    # ("mẹ em đang cầm dao thái thịt", "holding a knife to slice the tomatoes", "đấm bao cát":
    # what is done to a thing is no blow, unless more is said after it)
    kind_texts = [without_things_done(t) for t in kind_texts]
    if seen_on_screen(text) and not any(_DONE_TO_SOMEONE_TOLD.search(t) for t in texts):
        return None   # "the mystery i'm reading has the butler strangle the maid": a plot, no story
    if in_a_game(text) or animals_only(text) or any(_SQUABBLE.search(t) for t in texts):
        # "em bị bắn hoài trong free fire", "con mèo đánh nhau với con chó": no story told
        return None
    kind = next((k for t in kind_texts if (k := kind_of(t, None))), None)
    personal = any(_PERSONAL.search(t) for t in texts)
    hinted = next((k for k, p in _KIND_HINTS for t in texts if p.search(t)), None)
    if kind is None or (hinted in ("trafficking", "online", "sexual") and
                        kind in ("economic", "psychological", "physical", "other")):
        kind = hinted or kind
    if kind is None and _TOUCHED.search(unicodedata.normalize("NFC", text).casefold()):
        kind = "sexual"   # "chú sờ con": "sờ" (touch) folds like "sợ" (fear), read with its mark
    if kind is None and personal and any(_REJECTED.search(t) or _LGBT_HARM.search(t) for t in texts):
        kind = "psychological"  # disowned, thrown out, isolated, "fixed": Law 13/2022 Art. 3
    # Trafficking, online and sexual abuse are often told without a pronoun ("có người rủ đi
    # Hàn làm việc nhẹ lương cao, đóng cọc…").
    # A platform named alone ("có tư vấn viên nào online không", "bạn có online không") is no
    # story of abuse: "online" needs something done there (hacked, leaked, threatened…).
    abuse = hinted == "online" or any(_ABUSE.search(t) for t in texts)
    if kind == "online" and not abuse and not any(
            kind_of(_PLATFORM.sub(" ", t), None) == "online" for t in texts):
        # the platform is only where it happens: what is done there may still be told
        # ("đòi mật khẩu facebook rồi đọc hết tin nhắn" is control)
        kind = next((k for t in kind_texts if (k := kind_of(_PLATFORM.sub(" ", t), None))), None)
    violence = bool(kind) and (personal or kind in ("trafficking", "sexual") or
                               (kind == "online" and abuse))
    lowered = text.casefold()
    fear_texts = forms(_MARKED_NUMBER.sub("numero", lowered)) if _MARKED_NUMBER.search(lowered) \
        else texts
    fear = any(_FEAR.search(t) for t in fear_texts)
    down = any(_DOWN.search(t) for t in texts)
    intent = understanding.intent if understanding is not None else None
    if not (violence or fear or down or intent in HELP_INTENTS):
        return None
    age = "older" if older_self(text) else writer_age(texts)   # ("cho bà hỏi…": no child)
    who = understanding.entities.get("for_whom") if understanding is not None else None
    if who == "other" and any(_MINE_SHOWN.search(t) for t in texts):
        who = "self"   # "bồ cũ dọa tung clip nóng của e": her own images, never a bystander's
    # A story the classifier is sure is a request for help ("mẹ chồng bắt tôi nhịn ăn vì sinh
    # con gái") is told too, though no rule names its kind; a few words asking for help ("tôi
    # cần giúp", "I need a lawyer") or a weak guess ("cho tôi địa chỉ sở lao động") tell nothing
    # to believe: the request begins as the button's does.
    # (a wish to run away said alone, "e muốn bỏ trốn khỏi nhà", tells nothing yet: asked about)
    story = intent in HELP_INTENTS and understanding is not None and \
        not any(_RUN_AWAY_ONLY.match(t) for t in texts) and (
        (understanding.confidence >= 0.6 and len(text.split()) >= 5)
        or any(_ABUSED.search(t) for t in texts))   # "tôi bị bạo hành", "i am being abused"
    if down and not (violence or fear or (story and not any(_CANNOT_SAY.search(t) for t in texts))):
        # "tôi buồn quá", "i'm so stressed", "chồng em ngoại tình": distress, nothing told
        return Disclosure("down", None, False, age == "child", age == "older", told=True)
    # ("gậy", a stick or a white cane, folds like "gay": never the LGBT+ words)
    variant = _variant(forms(_STICK.sub("cây", text)) if _STICK.search(text) else texts,
                       kind, age, who, violence, intent, fear, down)
    return Disclosure(variant, kind, violence or intent in HELP_INTENTS, age == "child",
                      age == "older", told=violence or fear or down or story)


# A wish to run away from home, said alone ("em muốn bỏ trốn khỏi nhà", "i want to run away")
_RUN_AWAY_ONLY = re.compile(r"^((toi|em|e|minh|tui|con|chau|i) )?(rat |chi |dang |that su |really |just )?"
                            r"(muon|want to|wanna) (bo tron|tron|bo nha|bo nha di|bo di|chay tron|roi khoi nha|"
                            r"tron khoi nha|bo tron khoi nha|run away|leave home)( (khoi nha|di|lam|qua|from home|"
                            r"so bad))*$")


# Touched, told with the mark of "sờ" ("chú sờ con", "anh họ sờ em", "sờ vào chỗ kín"): never
# "sờ trán" (a fever checked)
_TOUCHED = screened(r"\bsờ (mó |soạng |mò |vào |vô |lên )?(con|em|cháu|mình|tui|tôi|bé|ngực|đùi|mông|"
                      r"vùng kín|chỗ kín|người con|người em|người cháu)\b|\bsờ (mó|soạng)\b")


_RAPE = screened(r"\b(hiep dam|cuong hiep|cuong ep quan he|ep quan he|" + HIEP_AS_RAPE + r"hiep|rape[ds]?|raping|"
                   r"forced (me )?(to have )?sex)\b")


def _variant(texts: list[str], kind: str | None, age: str | None, who: str | None,
             violence: bool, intent: str | None, fear: bool = False, down: bool = False) -> str:
    if age == "child":
        return "child"
    if age == "older" and who not in ("other", "child"):
        return "older"   # (a grandmother asking for her grandchild: the helper's words, below)
    if any(_LGBT.search(t) for t in texts):
        return "lgbt"
    if any(_MAN.search(t) for t in texts):
        return "man"
    if any(LEVERAGE.search(t) for t in texts):
        return "leverage"   # "dọa tự tử nếu em chia tay": pressure on the writer
    # (the classifier's "for someone else" yields to the words that name the writer as the one
    # hurt: "ck chửi hoài", "chồng bạn em hiếp em")
    if (who in ("other", "child") or (intent == "help_other" and who != "self") or
            any(RELAYED.search(t) for t in texts)) and age in (None, "older"):
        # (an older writer asking for a grandchild, too; a teacher, a parent, a nurse told of it
        # by a pupil, a daughter, a patient: "1 bé trong lớp kể chú ruột hay sờ vùng kín")
        # (a parent of their own child: "con gái em 9 tuổi bị ông hàng xóm sờ mó")
        if age is None and violence and any(_MY_CHILD.search(t) for t in texts):
            return "parent"
        return "other_person"
    if kind == "sexual" and any(_WORK.search(t) for t in texts) and \
            not any(_RAPE.search(t) for t in texts):
        return "work"   # harassment at work; rape at work is told as rape, not harassment
    if kind in ("sexual", "online", "trafficking"):
        return kind
    if not violence and (fear or intent not in HELP_INTENTS):
        return "fear"    # "em sợ quá": afraid, nothing told of violence (whatever the classifier)
    if not violence and down:
        return "down"    # sad or worn out, telling a story with no violence named
    return "default"


# (2026-12-07, a third resident test) The writer's own child ("con gái em 9 tuổi", "bé nhà tôi",
# "my son"): a parent, thanked as one, never "that person"
_MY_CHILD = re.compile(r"\b(con (gai|trai|nho|ut|lon) (toi|em|minh|tui|e)|con (toi|em|minh|tui|e)|(be|chau) nha "
                       r"(toi|em|minh|tui)|my (daughter|son|child|kid|little one|baby|toddler|boy|girl))\b")
# The writer's own images threatened or shared ("dọa tung clip nóng của e", "leaked my photos")
_MINE_SHOWN = re.compile(r"\b(clip|video|anh|hinh|hinh anh|anh nong|clip nong|anh nude|nude)( \w+){0,2} (cua|of) "
                         r"(e|em|toi|minh|tui|me)\b|\bmy (photos?|pictures?|pics|nudes|videos?|clips?)\b")


# (2026-12-07, a third resident test) A rape told as days-recent ("tối qua e bị bạn trai cũ cưỡng
# hiếp", "he raped me last night"): the hours for care matter now (PEP within 72 hours)
_RECENT = screened(r"\b(toi qua|dem qua|hom qua|sang nay|chieu nay|trua nay|toi nay|dem nay|hom kia|"
                   r"(2|hai|ba|3) (hom|ngay) (truoc|nay)|vua|moi day|may tieng truoc|vai tieng truoc|"
                   r"last night|yesterday|this morning|earlier today|tonight|this afternoon|"
                   r"(two|2|three|3) days ago|(a few|few|\d+) hours ago)\b")


def recent_rape_told(text: str) -> bool:
    """A rape told, with a time of the last days beside it (`_RECENT`)."""
    texts = forms(text)
    return any(_RAPE.search(t) for t in texts) and any(_RECENT.search(t) for t in texts)


def own_images_told(text: str) -> bool:
    """The writer's own images threatened or shared (`_MINE_SHOWN`): the request is theirs."""
    return any(_MINE_SHOWN.search(t) for t in forms(text))


# Told to the writer by the one it happens to ("1 bé trong lớp kể…", "học sinh tâm sự với tôi",
# "my daughter (7) told me…", "a patient disclosed…"): the writer helps, it is not their own
RELAYED = screened(
    r"\b(be|hoc sinh|hoc tro|chau|con be|thang be|con gai (toi|em|minh|tui)|con trai (toi|em|minh|tui)|"
    r"benh nhan|khach hang|than chu|nguoi benh|student|pupil|patient|client|my (daughter|son|child|kid|"
    r"niece|nephew|granddaughter|grandson|friend))\b( \w+){0,6} (ke|ke lai|tam su|thu nhan|noi voi (toi|"
    r"em|minh|tui|co|thay)|told me|told us|disclosed|confided)\b")


# The writer is the one who hurts ("em đánh con vì nó không chịu học", "tôi lỡ tát vợ", "i hit my
# kid"): a parent's or a partner's question, never "it is not your fault" to the writer.
_WRITER_HURTS = [
    re.compile(r"^((thuc ra|that ra|hom qua|toi qua|hom nay|luc nay|nay) )?(toi|em|minh|tui|tao|anh|"
               r"chi)( (hay|da|vua|lo|cu|thuong|moi|tung|nong qua nen|gian qua nen|lo tay))* (danh|dap|"
               r"tat|xo|dam|quat|nhot|chui|mang) (?P<whom>con(?! (ga|heo|lon|vit|ngan|chuot|trau|meo|ran|"
               r"ca|bo|de|cho|muoi|ruoi|gian|sau|bai|quay|diem|so|tau|thuyen|nhen|kien)\b)|be|chau|no|"
               r"vo|chong|ban gai|ban trai|"
               r"nguoi yeu|ny|ck|vk)( (toi|em|minh|tui|gai|trai|nho|lon))*\b"
               r"(?! (toi|em|minh|tui|chet|qua|nua)\b)"),
    re.compile(r"^(i|i just|i have|i've)( \w+)? (hit|beat|slapped|smacked|spanked|hurt|pushed|kicked|"
               r"punched) my (?P<whom>kid|kids|child|children|son|daughter|wife|husband|girlfriend|"
               r"boyfriend|partner)\b"),
    # the hurt told after a temper or jealousy, or as a wish to stop ("em hay nổi nóng rồi đánh
    # ny", "anh hay mất bình tĩnh với vk, lỡ tát cô ấy", "tôi ghen quá hay kiểm tra đt vợ",
    # "i yell at my wife and sometimes push her")
    # (the writer first, with only how often between: "anh ấy hay nổi nóng rồi đánh con", "em
    # sợ lắm, chồng em nổi nóng lên là đánh con", "i saw him hit my son" are his)
    re.compile(r"^(toi|em|minh|tui|tao)( (hay|cu|thuong|de|rat|qua|lai|moi khi|khi|luc|da|vua|lo))* "
               r"(noi nong|mat binh tinh|nong gian|gian qua|khong kiem che|khong kiem soat)"
               r"( (len|qua|lam|roi|la|nen|thi|vay|va))* (danh|dap|tat|xo|dam|quat)"
               r"( (luon|ca|vao|vo))? (?P<whom>con|vo|chong|ban gai|ban trai|nguoi yeu|be|chau)\b"),
    # "anh hay mất bình tĩnh với vk, lỡ tát cô ấy": "lỡ" (by mistake) says the writer did it
    re.compile(r"^(toi|em|minh|tui|tao|anh)( (hay|cu|thuong|de|rat|da|lai))* (mat binh tinh|noi nong) voi "
               r"(?P<whom>vo|chong|con|ban gai|ban trai|nguoi yeu|be|chau)( (roi|va|nen|thi|la|ma))* lo "
               r"(tay )?(danh|tat|xo|dam|quat)\b"),
    re.compile(r"^(toi|em|minh|tui)( (hay|rat|qua|cu|thuong|de|lai))* (ghen|hay ghen|ghen tuong)"
               r"( (qua|lam|nen|roi|hay|cu|thuong|len))* (kiem tra|doc|xem|theo doi|cam|giu) (\w+ ){0,2}"
               r"(?P<whom>vo|chong|ban gai|ban trai|nguoi yeu)\b"),
    re.compile(r"^i( (sometimes|often|always|usually|keep|kept|have|just|also|even|still|get angry and|"
               r"lose my temper and))* (yell at|scream at|shout at|hit|push|shove|slap|grab|hurt) my "
               r"(?P<whom>wife|husband|girlfriend|boyfriend|partner|kids?|children|son|daughter)\b"),
    re.compile(r"^i (hit|pushed|slapped|hurt|shoved|grabbed|choked) my (?P<whom>wife|husband|"
               r"girlfriend|boyfriend|partner|kids?|children|son|daughter)\b"),
]
_CHILDREN = frozenset("con be chau no kid kids child children son daughter".split())


# …unless the writer is hurt in the same story ("em chửi chồng một câu mà ổng đánh em nhập viện")
_WRITER_HURT_TOO = re.compile(r"\b(danh|dap|tat|xo|dam|quat|bop|siet|chem|dot|nhot|hiep|doa|"
                              r"hit|hits|beat|beats|slapped|punched|kicked|choked)( lai)? (em|toi|minh|"
                              r"tui|me)\b|\bbi (\w+ ){0,3}(danh|dap|tat|xo|dam|hiep|nhot|doa)\b|"
                              # he hurts her back ("em tát ck một cái, ổng đạp vào bụng em")
                              r"\b(ong ay|ong|anh ay|han|thang do|thang cha|he|she)( \w+)? (danh|dap|tat|"
                              r"xo|dam|quat|bop|siet|chem|dot|nhot|da|hit|hits|beat|beats|slapped|"
                              r"punched|kicked|choked)\b")


def writer_hurts(text: str) -> str | None:
    """"child" or "partner" when the writer tells of hurting their own child or partner."""
    if any(_WRITER_HURT_TOO.search(f) for f in forms(text)):
        return None
    for form in forms(text):
        for pattern in _WRITER_HURTS:
            if found := pattern.search(form):
                return "child" if found.group("whom") in _CHILDREN else "partner"
    return None
