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
from bot.nlu.entities import CHILD_HURTS_WRITER, HIEP_AS_RAPE, PROFESSIONAL
from bot.nlu.lexicon import as_screened
from bot.nlu.prefilter import Screened, screened

SITUATIONS = ("self_harm", "sexual_assault", "sexual_assault_other", "held", "locked_in", "hiding",
              "weapon", "pregnant", "strangled", "child", "child_self", "put_out", "witness",
              "followed", "threatened", "images_threat", "home_violence")

# Held for gain, the trafficking advice's case (111 as the anti-trafficking line, "rescue"
# services asking for a deposit): kidnapped, ransomed, sold, tricked abroad, a passport held,
# a debt to work off: trafficking, whoever does it.
_FOR_GAIN = screened(
    r"\b(bat coc|bi ban (sang|qua|cho)|lua (sang|qua|ban)|viec nhe luong cao|luong cao|hua viec|"
    r"tien chuoc|chuoc|giu (ho chieu|passport)|mua ban nguoi|buon ban nguoi|buon nguoi|"
    r"kidnapp\w*|trafficked|traffickers?|ransom|sold (me|us|her)|took my passport|"
    r"(boss|employer|owner|company|agent|broker)( \w+)? (locks?|locked|keeps?|kept) (us|me|her|them) "
    r"(in|inside|locked)|"
    r"(say|says) (i|we) owe|owe them|debt bondage|bat (tra no|lam tra no)|"
    # (2026-12-07) papers held by an employer, wages kept ("chủ giữ giấy tờ tùy thân không cho
    # về", "chủ lấy hết CCCD, ko trả lương")
    r"(chu|ong chu|ba chu|cong ty|chu quan|chu xuong|chu nha hang|chu tiem|chu thau|cai|quan ly|sep|"
    r"boss|employer)( \w+){0,4} (giu|lay|thu|cam|tich thu) (het |luon )?(giay to|cccd|can cuoc|cmnd|"
    r"ho chieu|passport)|(khong|ko|k) tra luong( \w+){0,4} (khong|ko|k) cho (ve|ra|di|nghi)|"
    # sold into a bar, made to sell sex ("bị bán vào quán karaoke, họ bắt tiếp khách")
    r"(ban|lua ban) (vao|cho) (quan|nha nghi|khach san|karaoke|nha chua|tiem)|bat (\w+ )?(ban dam|"
    r"di khach|ngu voi khach)|(quan|karaoke|nha nghi)( \w+){0,4} bat (\w+ )?tiep khach)\b")
# Being locked in, kept from leaving, a phone or papers taken.
_CONFINED = re.compile(
    r"\b(giam giu|bi giam|bi giu|bi nhot|nhot (toi|em|minh|con|chau|lai)|khoa (toi|em|minh) (trong|lai)|"
    r"giu (toi|em|minh|chi|con) (lai|o)|khong cho (toi|em|minh|con) (ve|ra|di)|"
    r"giu (giay to|dien thoai)|thu (het )?(dien thoai|ho chieu|giay to)|khong cho (ra ngoai|ve|lien lac)|"
    r"locked (me |us )?(in|up)|held (captive|against|hostage)|"
    r"(will not|won't|do not) let (me|us) (leave|go|out)|took my phone|"
    r"(can not|cannot|cant|not allowed to) (leave|go home|get out)|"
    r"khong duoc (ve|ra ngoai|roi di)|bat tra)\b")
# Confinement is held for gain only when strangers, an employer, a broker or a place abroad hold
# the person ("bọn nó nhốt em không cho về", "chủ quán giữ giấy tờ"). A partner, parent, child or
# in-law who does it, or a "he" not named further, is domestic violence (Law 13/2022 Art. 3:
# isolation): "ck nhốt e trong phòng", "he locked me in the room and took my phone" got the
# anti-trafficking advice, and so did a lesbian locked in by her family.
_HELD_BY_STRANGERS = re.compile(
    r"\b(bon (no|chung|ho|nguoi|lua dao|buon nguoi|giang ho|con do|xa hoi den)|chung no|tui no|"
    r"nguoi la|ke la|lua dao|ong chu|ba chu|chu (quan|nha hang|xuong|tiem|co so|cong ty|lo|tau|ghe|"
    r"nha tro)|cong ty|nha xuong|xuong (may|san xuat|che bien)|sep|moi gioi|tuyen dung|nuoc ngoai|"
    r"campuchia|cam pu chia|trung quoc|myanmar|malaysia|thai lan|dai loan|bien gioi|song bac|casino|"
    r"strangers?|gang|employer|boss|recruiter|broker|agency|agent|company|factory|abroad|overseas|"
    r"cambodia|china|compound|"
    # "người ta", "họ", "they" holding the writer ("họ nhốt em ở đây, ko cho về", "they are
    # keeping me here"): not family, whom the writer would name
    r"nguoi ta|ho (nhot|giu|khoa|bat|khong cho)|they( are| have|'re)? (keeping|kept|keep|holding|"
    r"held|locked|lock|took|taken|wont let|won't let|will not let))\b")
# The one who holds named as family: "ck nhốt e", "bị ba mẹ nhốt", "my parents locked me in".
# (Only weighed against the words above, so a word that folds like another, "má" and "mà",
# "vợ" and "vô", counts only with its owner: "mà không cho về" is no mother.)
_FAMILY = (r"(chong|nguoi yeu|ban trai|ban gai|bo me|ba me|ba ma|cha me|gia dinh|nha (chong|vo)|"
           r"me chong|bo chong|me vo|bo vo|con dau|con re|con trai|con gai|anh trai|chi gai|"
           r"em trai|em gai|(bo|cha|me|ba|ma) (duong|ke)|ong xa|ba xa|ong noi|ong ngoai|ba noi|"
           r"ba ngoai|bo|cha|me|ba(?! chu)|(ma|vo|duong) (toi|em|minh|tui|anh)|"
           r"nha (toi|em|minh|tui))")
_HELD_BY_FAMILY = screened(
    r"\b" + _FAMILY + r"( (toi|em|minh|tui|cua (toi|em|minh|tui)))?( lai| da| con| cu| hay)?"
    r" (nhot|khoa|giam|giu|khong cho|lay|thu|cam)\b|"
    r"\bbi " + _FAMILY + r" (nhot|khoa|giam|giu)\b|"
    r"\b(my )?(husband|wife|partner|boyfriend|girlfriend|ex|parents|mom|mum|mother|dad|father|"
    r"stepdad|stepfather|stepmom|son|daughter|in laws?|mother in law|father in law|family|"
    r"brother|sister) (has |had )?(locked|lock|locks|keeps|kept|wont let|won't let|will not let|"
    r"took|takes)\b")

# Locked in a room or the house by the one who hurts ("bme … nhốt em trong phòng", "con dâu nhốt
# tôi trong phòng", "he locked me in"): "stay near a way out" cannot be done; who to call can.
# (2026-12-07, the fourteenth reading) locked in from outside by him ("ck khóa trái cửa bên ngoài
# rồi bỏ đi", "ổng chốt cổng từ ngoài"): kept in, never her own door locked on her way out
LOCKED_FROM_OUTSIDE = (
    r"\b(chong|ck|ong|ong ay|ong ta|anh ta|han|no|bo|ba|me|ho|bon no|chu|chu nha|cha|bo duong|ba gia)"
    r"( (em|toi|tui|minh|e|con))?( \w+){0,2} (khoa|chot|cai) (trai |chat )?(cua|cong|phong)( \w+){0,3} "
    r"(ben ngoai|tu ngoai|tu ben ngoai|o ngoai|phia ngoai|ngoai)\b")
_LOCKED_OUT_OF_REACH = screened(LOCKED_FROM_OUTSIDE)
# Shut in by someone else, by any words ("bị nhốt", "locked us in", "khoá cửa ngoài"): never her
# own door locked against him, which she can open
_SHUT_IN = screened(LOCKED_FROM_OUTSIDE + r"|\bbi (\w+ ){0,3}(nhot|giam)\b|\bkhoa (cua )?nhot\b|"
                    r"\b(locked|shut) (me|us|her|them|my \w+) (in|inside|up)\b")


def shut_in(text: str) -> bool:
    """Someone else has shut the writer (or those with her) in: a fire's "get out now" is then
    what she cannot do (bot/core/flows/emergency.py)."""
    return any(_SHUT_IN.search(t) for t in forms(text))
_LOCKED_IN = screened(
    LOCKED_FROM_OUTSIDE + r"|"
    r"\b(nhot|khoa|giam)( \w+){0,3} (trong|lai|o trong)\b|\bbi (\w+ ){0,3}(nhot|giam)\b|"
    r"\bkhoa (cua )?nhot\b|\blocked (me |us )?(in|up|inside)\b|\bkeeps? (me|us) locked\b")

# (2026-12-07, the thirteenth reading) Private images to be spread unless she pays or obeys, with
# the time running now ("dọa tung ảnh nóng nếu tối nay ko chuyển tiền", "45 minutes left before
# everyone sees the video"), or made to undress on camera now: sextortion as it happens. Danger
# now (report to 113), with the online guide's points, never a kitchen's or a door's.
IMAGES_THREAT = (
    r"\b(doa|de doa|threat\w*|se|will|ll|gonna|going to|says?|said|bao|noi)\b( \w+){0,6} (tung|dang|gui|phat tan|"
    r"post|share|send|leak|upload|show)( \w+){0,4} (anh|clip|video|hinh|nudes?|photos?|pictures?|pics)\b.*"
    r"\b(toi nay|dem nay|hom nay|truoc \d+|trong \d+|\d+ (phut|tieng|gio) nua|tonight|today|by midnight|"
    r"midnight|in \d+ (minutes?|hours?|mins?)|within \d+|countdown)\b|"
    r"\b(countdown|dem nguoc|\d+ (minutes?|mins?|hours?|phut|tieng) (left|nua|con lai))\b.*\b(see|sees|seen|thay|"
    r"xem|post\w*|share\w*|send\w*|tung|gui|dang)\b.*\b(video|clip|anh|hinh|photos?|pictures?|nudes?|pics)\b|"
    r"\b(video|clip|anh|hinh|photos?|pictures?|nudes?|pics)\b.*\b(countdown|dem nguoc|\d+ (minutes?|mins?|hours?|"
    r"phut|tieng) (left|nua|con lai))\b|"
    r"\b(toi nay|dem nay|hom nay|truoc \d+|trong \d+|\d+ (phut|tieng|gio) nua|tonight|by midnight|"
    r"in \d+ (minutes?|hours?|mins?))\b.*\b(khong|ko|k|chua|if|unless|neu)\b.*\b(tung|dang|gui|phat tan|post|share|"
    r"send|leak|upload)( \w+){0,4} (anh|clip|video|hinh|nudes?|photos?|pictures?|pics)\b|"
    # (2026-12-07, the fourteenth reading) the pictures held, money asked, "or" they are sent
    # ("someone has my nudes… pay or he sends them to my parents", "nó giữ clip của em, đòi 10
    # triệu, ko thì gửi cho cả lớp"): the blackmail running now
    r"\b(nudes?|photos?|pictures?|pics|videos?|clip|anh|hinh)\b.*\b(pay|money|cash|tien|trieu|chuyen khoan|"
    r"doi \d+|(wants?|asks? for|asking for|demands?|demanding) \d+|\d+ ?(usd|dollars?|bucks|tr|trieu))\b.*\b(?<!hay )(or|or else|otherwise|neu khong|neu ko|khong thi|ko thi|k thi|hong thi|hok thi)\b( [\w']+){0,3} "
    r"(send|sends|post|posts|share|shares|leak|leaks|upload|uploads|show|shows|tung|dang|gui|phat tan)\b|"
    r"\b(ep|bat|bat buoc|doa|forcing|forces|making|made|wants?) (\w+ ){0,3}(coi|thao|undress|strip|take off)"
    r"( \w+){0,3} (qua|truoc|tren|on|over|in front of) (the )?(camera|cam|webcam|video call|goi video)\b")
_IMAGES_THREAT = screened(IMAGES_THREAT)


_RULES: list[tuple[str, re.Pattern[str] | Screened]] = [
    ("images_threat", _IMAGES_THREAT),
    ("sexual_assault", re.compile(
        r"\b(hiep dam|cuong hiep|xam hai tinh duc|bi xam hai|ep quan he|rape[ds]?|raping|"
        r"bi (\w+ ){0,6}" + HIEP_AS_RAPE + r"hiep\b(?! dap)|\bhiep xong\b|" + HIEP_AS_RAPE + r"hiep (toi|em|minh|chi|co|con|tui)|"
        r"sexually (assaulted|abused)|forced (me )?(to have )?sex|bi (lam nhuc|sam so) (tinh duc)?|"
        # "cưỡng bức", taken in turns, "giở trò đồi bại" (words for rape, and gang rape)
        r"cuong buc|thay phien (nhau )?(lam nhuc|hiep|cuong buc)|lam nhuc (toi|em|minh|tui|chi|con)|"
        r"gio tro (doi bai|do bai|bi oi|dam o)|doi bai|gang raped?|"
        # forced sex or "làm bậy" told in other words, a drink drugged ("bị bỏ thuốc vào ly")
        r"(ep|bat|cuong ep|ep buoc) (\w+ ){0,2}(quan he|lam chuyen do|ngu voi|lam tinh)|"
        r"bi (\w+ ){0,4}(lam bay|lam chuyen bay)|"
        r"bi (\w+ ){0,2}(bo|cho|pha|bo them) thuoc (vao|trong) (ly|coc|nuoc|do uong|bia|ruou|tra sua|chai)|"
        r"(drugged|spiked) (my |her )?(drink|drinks|glass)|(drugged|roofied) me|"
        r"lam (chuyen do|chuyen bay|bay) (voi|vo) (em|con|chau|toi|tui|minh|e|chi)|gio tro|"
        r"chuoc (say|ruou|thuoc)|(quan ao|do) (bi )?(coi|lot)|"
        r"(tinh day|tinh lai|sang ra|thuc day)( \w+){0,6} (o|trong|nam trong) (nha nghi|khach san))\b")),
    # held for gain (kidnapped, sold, a debt to work off), or confined by strangers or an
    # employer: the anti-trafficking advice; confined by family reads on (see _held_for_gain)
    ("held", re.compile(_FOR_GAIN.pattern + "|" + _CONFINED.pattern)),
    # hiding from him, behind a door ("em đang trốn trong nhà vệ sinh, ổng đang phá cửa", "i'm
    # hiding in the bathroom"): "stay away from the bathroom" would contradict where she is
    # ("chửi" folds like "chui", "từ" like "tủ": neither is read)
    ("hiding", re.compile(
        r"\b(tron|nup|khoa cua|chot cua|khoa minh)( \w+)? (trong|o trong|o|vao|duoi|sau)( \w+){0,2} "
        r"(nha ve sinh|nha tam|phong tam|wc|toilet|tu quan ao|gam giuong|phong|buong|nha kho|"
        r"kho|cua)\b|\b(tron|nup)( \w+)? (trong|vao|o trong) tu\b(?! (hom|sang|chieu|dem|luc|khi|nam|"
        r"thang|tuan|qua|nay|do|dau|bao gio)\b)|"
        r"\b(i am|i'm|im|we are|i have been) (hiding|locked myself)\b|\bhiding (in|inside|"
        r"under) (the|my|a)\b|\bi (locked|shut|barricaded) myself (in|inside)\b")),
    # Words that fold like others ("kéo tóc" is pulling hair, "gãy" broken, "sưng" swollen,
    # "rứa" so, "dạo này" lately) are a weapon only when held, used or thrown.
    ("weapon", re.compile(
        r"\b(dao(?! (nay|gan day|truoc|do|choi|pho|quanh|mat|dong)\b)|xang|axit|acid|day thung|"
        r"thanh sat|ma tau|riu|ong tuyp|knife|knives|gun|hammer|axe|weapon|scissors|bottle|petrol|"
        r"gasoline)\b|"
        r"\b(cam|lay|dung|bang|vung|rut|chia|di|cay|con|khau|nem|quang|dap|phang|dam|cai|co) "
        # ("đập gãy mũi": a bone broken, no stick; the bones of bot/core/disclosure._LGBT)
        r"(\w+ )?(keo|sung|bua|gay(?! (tay|chan|xuong|co|mui|rang|suon|ngon|lung|canh)\b)|rua|chai|"
        r"(?<!\bdi )ghe|bat)\b")),   # ("dì ghẻ", a stepmother, folds like "dí ghế")
    # pregnant and hurt ("em mang thai 8 tháng, ck đánh em ra máu"): 115 for a blow or bleeding
    # (the writer pregnant now: never a daughter's, a wife's, a past pregnancy, "không có thai",
    # or "cô Thái", the teacher)
    ("pregnant", re.compile(
        r"(?<!gai )(?<!chi )(?<!vo )(?<!dau )(?<!ban )(?<!hoi )(?<!luc )(?<!khi )(?<!nam )(?<!\bme )"
        r"(?<!\bny )(?<!yeu )(?<!chau )(?<!\bco )(?<!\bdi )(?<!thim )(?<!\bmo )"
        r"(^|\b)(toi|em|minh|tui|chi|tao)( (dang|da|moi|cung|van))* (mang thai|co thai|co bau|dang bau|"
        r"mang bau|bau)\b(?! (dua dau|lan truoc|hoi do|nam ngoai))|"
        r"^(dang |da )?(mang thai|co bau|dang bau|mang bau|bau \d+ thang)\b|"
        r"\b(i am|i'm|im)( \d+ (months?|weeks?))? pregnant\b")),
    # choked or strangled ("ổng vừa bóp cổ em xong", "he strangled me"): a medical check even when
    # it seems fine (the danger check's source); never denied ("chưa bao giờ bóp cổ")
    ("strangled", re.compile(
        r"(?<!chua bao gio )(?<!khong bao gio )(?<!chua tung )(?<!khong he )(?<!chua )(?<!chang )"
        r"\b(bop|siet|boc) co (toi|em|minh|tui|e|tao)\b|\b(bi|vua bi|da bi)( \w+){0,2} (bop|siet) co\b|"
        r"(?<!chua bao gio )(?<!khong bao gio )(?<!chua )\b(bop|siet) co\b( \w+){0,3} (xong|roi|khong tho|"
        r"ko tho|kho tho|nghet tho|ngat)\b|\b(choked|strangled) (me|us)\b|\b(choking|strangling) me\b")),
    ("child", re.compile(
        # ("mẹ con em": the writer and her child, the writer first: not the advice for a child)
        r"\b((?<!me )(?<!ma )con (toi|em|minh|tui|gai|trai|be|nho)|dua (be|nho|tre)|be (gai|trai)|chau (be|nho)|"
        # ("thằng nhỏ nhà tui", "ổng đang đánh bé", "thằng con 5 tuổi")
        r"thang (nho|be|con|cu)|(danh|dap|xo|tat|quang|nem|bop co) (\w+ )?be$|"
        # ("ck xiết cổ con", "chồng dìm nước con": the child, named last)
        r"(siet co|bop co|dim nuoc|dim|treo|danh|dap|xo|tat) (\w+ )?(con|be)$|"
        r"(dim|nhan) (dau )?(con|be|chau)\b|"
        r"con (\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) tuoi|"
        r"tre (em|con|nho)|my (son|daughter|child|baby|kid)|the (child|children|baby|kids?)|"
        r"a (child|little (girl|boy))|children|"
        # a pupil a teacher or counsellor tells of ("có em học sinh kể bị mẹ nhốt")
        r"(mot|co|cac|nhung|hai|vai|may) (em|ban|chau) hoc sinh|em hoc sinh|hoc (sinh|tro) (cua|lop) "
        r"(toi|minh|tui)|(my|our) (pupils?|students?))\b")),
    # put out of the home, nowhere to sleep ("bị đuổi ra khỏi nhà giữa đêm", "he kicked me out"):
    # a place for tonight, not "stay away from the kitchen"
    ("put_out", re.compile(
        r"\b((duoi|tong|day|keo) (\w+ ){0,3}(ra khoi nha|ra duong|ra ngoai|di)|khong co cho (ngu|o|"
        r"ngu dem nay|tru)|ngu (ngoai duong|ngoai hien|ngoai via he)|kicked (me |us )?out|"
        r"bo (toi |em |minh |tui |chi )?(lai )?(giua duong|ngoai duong)|di xa\b.*\bbo (\w+ )?lai|"
        r"(left|dumped|abandoned) (me|us) (on the road|far away|somewhere)|"
        r"threw (me|us) out|thrown out|locked (me|us) out|nowhere to (sleep|go|stay)|"
        # the writer out in the street ("e đang ở ngoài đường"), not one who sees someone there
        r"(toi|em|minh|tui|con)( dang| phai| van| dang phai)? (o|ngu|ngoi|lang thang|di lang thang) "
        r"(ngoai|tren|giua) duong)\b")),
    ("witness", re.compile(
        r"\b(hang xom|nha ben|nha hang xom|nha ke ben|ke ben|nha ben canh|nha doi dien|phong ben|phong ke ben|"
        r"xom tro|day tro|ngoai duong|tren duong|giua duong|nguoi ta|ong kia|"
        r"mot (nguoi|co|chi|ba|anh) (phu nu|gai|dan ong)?|nghe (thay )?tieng (la|het|khoc|danh)|"
        r"(toi|em|minh) (thay|nghe)|neighbou?rs?|next door|on the street|a woman|someone is|"
        r"i (can )?(see|hear|saw|heard)|a man is|a girl|"
        # a friend or relative who messages or calls from elsewhere ("bạn em nhắn tin nói ck nó
        # đang đánh nó", "bạn thân em đang bị ck đánh, nó nhắn em cứu"): the writer is not there
        r"(ban|ban than|chi|chi gai|em gai|em trai|me|ma|ba|bo|co|di|ban gai|dong nghiep)"
        r" (toi|em|minh|tui)( \w+){0,8} (nhan tin|nhan|goi dien|goi|inbox|texted|called)\b(?! (cho )?"
        r"(tui|toi|minh) (bi|dang bi))(?!.*\b(doa|de doa|chui|threat\w*)\b)|"
        r"(my (friend|sister|mom|mother|cousin|colleague)) (texted|called|messaged)( me)?|"
        # (2026-12-07) a friend's check-in agreed ("nhỏ bạn dặn nếu 9h chưa nhắn thì báo công an",
        # "she said if she didn't text by 10 call the police"): the writer is not there
        r"(dan|dan do|noi|nhan|bao|said|told me)( \w+){0,5} (neu|if)( \w+){0,4} (chua|khong|ko|k|doesn'?t|"
        r"didn'?t|don'?t|hasn'?t) (nhan|goi|bao|lien lac|tra loi|text|call|check in|message)\w*)\b")),
    ("followed", re.compile(
        r"\b(duoi theo|theo doi|bam theo|rinh|ngoai cua|truoc cua|truoc nha|following (me|us)|"
        r"(di|chay) theo (em|toi|minh|tui|e)|"
        # (2026-12-07) riding after her ("ổng đang chạy xe theo em", "nó lái xe bám theo")
        r"(chay|lai|phong|di) xe( \w+)? (theo|bam theo|duoi theo|theo sau)|theo sau (em|toi|minh|tui|e)|"
        r"(van|van dang|van con|con) (dang )?(theo|bam theo|duoi theo|rinh)( sau)?( (em|toi|minh|tui|e))?$|"
        r"followed|stalk\w*|outside (my|the) (door|house|home)|(still )?behind me)\b")),
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


# (each rule is only asked whether it matches: tried only where its words occur, bot/nlu/prefilter.py)
_RULES[:] = [(situation, as_screened(pattern)) for situation, pattern in _RULES]
_CHILD_TOLD = dict(_RULES)["child"]
_ON_STREET = re.compile(r"\b(ngoai duong|tren duong|giua duong|on the street|in the street|"
                        r"outside)\b")


def kept_by_family(texts: list[str]) -> bool:
    """A partner, parent, child or in-law named as the one who locks the person in or keeps
    their papers or phone, with nothing told of gain (ransom, sale, a debt, a passport): domestic
    control, not trafficking (also read by bot/core/pathway_reader for the trafficking guide).
    `texts` are the folded forms (bot/core/answers.forms)."""
    return not any(_FOR_GAIN.search(t) for t in texts) and \
        any(_HELD_BY_FAMILY.search(t) for t in texts)


def _held_for_gain(texts: list[str]) -> bool:
    """The "held" rule's words read as held for gain, not as locked in by family or by a "he"."""
    if any(_FOR_GAIN.search(t) for t in texts):
        return True
    return any(_HELD_BY_STRANGERS.search(t) for t in texts) and not kept_by_family(texts)


# …as the one hurt or threatened, not only as the owner of a kin word ("mẹ em", "my mom") or
# the one afraid ("em sợ lắm"): "ổng có súng, đang chĩa vô em", "đánh cả em", "mẹ con em",
# "he's hitting me and my mom", "em cũng bị".
def _writer_in_it(text: str) -> bool:
    """The writer is in the danger told: named as the one it is done to, or (Vietnamese drops
    the object: "em lỡ làm bể chén nên ổng mới đánh") named at all, other than as the owner of
    a kin word ("mẹ em") or as the one who is afraid, sees or hears ("em sợ lắm", "tôi nghe")."""
    if PROFESSIONAL.search(text):
        # "tôi là giáo viên, học sinh lớp 6 kể bị chú hiếp, tôi phải làm gì": the commas gone,
        # "hiếp tôi" is no act on the teacher
        text = _FEELS.sub(" ", PROFESSIONAL.sub(" ", text))
    if _WRITER_TARGETED.search(text):
        return True
    rest = _FEELS.sub(" ", _OWNED.sub(r"\1", text))
    return bool(_WRITER_VI.search(rest))


_KIN = (r"(me|ma|ba|bo|cha|chi|anh|ban|co|di|chu|bac|ong|con|vo|chong|chau|ny|nguoi yeu|gai|trai|"
        r"hai|re|dau|than|ut|ho|noi|ngoai|cau|mo|thim|duong|ghe)")
_NOT_OWNED = "".join(rf"(?<!\b{k} )" for k in _KIN[1:-1].split("|"))   # "mẹ em", "chị tôi"
_WRITER_TARGETED = screened(
    r"\b(danh|dap|dam|chem|chia|quanh|bop|tat|da|xo|nem|doa|giet|ban|cat|dot|chui|hiep|sam so|"
    rf"nhot|khoa|keo|tum|bat)( (?!{_KIN}\b)\w+)?( (vo|vao|ca|luon))? {_NOT_OWNED}(toi|em|minh|tui|tao)\b"
    r"(?! (gai|trai|re|dau|ho|be|ut)\b)|"     # "đánh em gái em": a younger sister, not the writer
    rf"\bme con (toi|em|minh|tui)\b|\b{_NOT_OWNED}(toi|em|minh|tui|tao) (cung |dang |vua |con )?bi\b|"
    # pointed, shot or thrown at the writer ("đang chĩa vô em"; "đánh vô em" folds like "đánh
    # vợ em", so only these verbs)
    r"\b(chia|ban|nem|quang|tat|xit)( \w+)? (vo|vao) (toi|em|minh|tui|tao)\b|"
    # English: "me" after what is done ("me" alone is also "mẹ", mother, folded)
    r"\b(hitting|beating|hurting|hit|hits|beat|beats|hurt|hurts|attacking|attacked|threatening|"
    r"threatened|kill|killing|stab|stabbed|choking|choked|raping|raped|at|pointing|kicking|"
    r"punching|pushing|grabbing|grabbed) (me|us)\b|\b(me and|and me|myself)\b")
# Done to the writer, the verb right before them ("người ta đang đánh em", "someone is hitting
# me"); not "… đang đánh nó, em phải làm sao", where the writer only asks.
_DONE_TO_WRITER = screened(
    r"\b(danh|dap|dam|chem|chia|quanh|bop co|tat|xo|doa|giet|chui|hiep|sam so|keo|tum|"
    r"theo doi|duoi theo|bam theo|rinh)( (vo|vao|ca|luon))? (toi|em|minh|tui|tao)\b"
    r"(?! (gai|trai|re|dau|ho|be|ut|phai|nen|can|co the|lam|vao phong|vo phong|vao trong|vao nha|"
    r"vo nha|ve nha|ra ngoai|di)\b)|"
    r"\b(hitting|beating|hurting|attacking|threatening|choking|raping|pointing|kicking|punching|"
    r"pushing|grabbing|following|stalking|chasing|watching) (me|us)\b")
# A threat to sell the writer ("dọa bán em qua Trung Quốc", "doa ban e sang tq")
_SELL_THREAT = screened(r"\b(doa|de doa|noi|tinh|muon|se|doi) ban (em|toi|minh|tui|e|chi)( \w+){0,2} "
                          r"(qua|sang|cho|di|ra nuoc ngoai)\b")


def names_a_child(text: str) -> bool:
    """A child is named in the message ("con tôi", "1 bé", "my daughter", "học sinh lớp tôi")."""
    return any(_CHILD_TOLD.search(t) or _A_CHILD.search(t) for t in forms(text))


# ("1 bé trong lớp", "một bé gái", "bé 7 tuổi": a little one, not "bé" as the writer's name)
_A_CHILD = re.compile(r"\b(1|mot|co|mot em) be\b|\bbe \d{1,2} tuoi\b|\b(daughter|son) \(?\d{1,2}\)?\b")


def writer_pregnant(text: str) -> bool:
    """The writer says she is pregnant now ("em đang có bầu", "I'm pregnant"), with no one
    else's pregnancy named: after the danger numbers, 115 leads and the pregnancy's advice."""
    rule = _PREGNANT_RULE
    found = forms(text)
    return any(rule.search(t) for t in found) and not any(_CHILD_TOLD.search(t) for t in found)


def done_to_writer(text: str) -> bool:
    """Someone does it to the writer, the verb right before them ("ổng đánh em chảy máu")."""
    return any(_DONE_TO_WRITER.search(t) for t in forms(text))


_OWNED = re.compile(rf"\b{_KIN} (toi|em|minh|tui|tao)\b")
_MY_KIN_EN = re.compile(r"\bmy (husband|wife|partner|boyfriend|girlfriend|ex|fianc\w*|father|dad|"
                        r"mother|mom|son|daughter|brother|sister|uncle|stepfather|stepdad|friend|"
                        r"neighbou?r|colleague|cousin|aunt|niece|student|client|patient)\b")


# Someone else as the message's first word ("ck mua thuốc chuột về…", "mẹ mua…", "nó…"): the
# doer of what follows, not the writer
_OTHER_FIRST = re.compile(r"^(ck|chong|vk|vo|me|ma|ba|bo|cha|anh|chi|ny|nguoi yeu|ong|ba noi|ba ngoai|"
                          r"ong noi|ong ngoai|ong ay|anh ay|anh ta|ong ta|no|han|ho|nguoi ta|he|she|they)\b")


def names_kin(text: str) -> bool:
    """The writer's own family or partner named ("mẹ em", "my husband"), or someone else as the
    message's first word ("ck mua thuốc chuột về")."""
    return any(_OWNED.search(t) or _MY_KIN_EN.search(t) or _OTHER_FIRST.match(t) for t in forms(text))


def tells_own(text: str) -> bool:
    """The writer's own family or partner named, or something done to the writer ("chồng em",
    "my husband forces me", "ổng đánh em"): a question asked from inside a story, whose story
    is then believed; not "đánh vợ bị phạt bao nhiêu", asked from outside."""
    return any(_OWNED.search(t) or _MY_KIN_EN.search(t) or _DONE_TO_WRITER.search(t)
               for t in forms(text))
_FEELS = re.compile(r"\b(toi|em|minh|tui|tao)( rat| dang| cung| that| nghe)? (so|hoang|run|thay|nghe|khoc|"
                    r"biet|lo lang|tron|nup|o trong phong)\b|"
                    # "em phải làm sao", "em nên gọi ai": the writer asks what to do
                    r"\b(toi|em|minh|tui|tao) (phai|nen|can|co the) (lam sao|lam gi|goi ai|giup|lam the nao)\b|"
                    # "em thì an toàn nhưng chị em thì ko": the writer says they are safe
                    r"\b(toi|em|minh|tui|tao)( thi| van| cung)? (an toan|on|khong sao)\b|"
                    # far away, or told by message ("tôi ở Sài Gòn không về được", "nó nhắn tin
                    # cầu cứu tôi"): the writer is not where it happens
                    r"\b(toi|em|minh|tui|tao)( thi| dang| con)? (o xa|o (sai gon|ha noi|nuoc ngoai|"
                    r"tinh khac|thanh pho khac|cong ty|truong|cho lam)|khong ve (duoc|dc|kip)|"
                    r"di lam xa)\b|"
                    r"\b(nhan tin|goi dien|goi|nhan) (cau cuu|cuu|ke|bao|cho)( \w+)? (toi|em|minh|tui)\b")
_WRITER_VI = re.compile(r"\b(toi|em|minh|tui|tao)\b(?! (gai|trai|re|dau|ho|be|ut|nho)\b)")


# The writer hiding ("im hiding in my room", "em đang trốn trong tủ"): the one to keep quiet and safe
_WRITER_HIDES = re.compile(r"\b(i am|i'm|im|we are|i have been) hiding\b|\b(toi|em|minh|tui|con|chau)"
                           r"( dang| van| da)? (tron|nup)\b")


def detect(text: str, *, writer_is_child: bool = False, self_harm_now: bool = False,
           about_other: bool = False, about_child: bool = False) -> str:
    """`_detect`, with the child's advice said to the child when a child writes of their own
    home ("child_self": "run to a neighbour you know", "not your fault"), not about "the
    child" to an adult, and the aftercare of a rape said of the one it happened to when the
    writer asks for someone else or for their child ("sexual_assault_other"; `about_child`: the
    request is for a child, which weighs only here)."""
    if not self_harm_now and any(_SELL_THREAT.search(t) for t in forms(text)):
        # "chồng dọa bán em qua Trung Quốc": "bán em" (sell me) folds like "bạn em" (my friend),
        # which read the writer as someone else's helper; the threat is to the writer
        return "held"
    found = _detect(text, writer_is_child=writer_is_child, self_harm_now=self_harm_now,
                    about_other=about_other)
    if found == "child" and writer_is_child and not about_other:
        return "child_self"
    if about_child and not writer_is_child and found in ("home_violence", "weapon", "witness"):
        return "child"   # the request is for a child ("thằng nhỏ nhà tui", "cho con tôi"): 111 too
    if found == "witness_child":
        return "child_self"   # a child who sees a parent hurt ("ba e đang đánh mẹ e, e 10t")
    if writer_is_child and not about_other and found in ("home_violence", "weapon"):
        return "child_self"   # a child's own home: a neighbour they know and 111, never "the kitchen"
    # someone else was raped and the writer helps ("bạn em bị cưỡng hiếp tối qua, em phải làm
    # sao"): the same care, said of the one it happened to, not "it is not your fault" to the
    # friend, unless the writer tells of it done to them too
    if found == "sexual_assault" and (about_other or (about_child and not writer_is_child)) and \
            not any(_writer_in_it(t) for t in forms(text)):
        return "sexual_assault_other"
    return found


def _detect(text: str, *, writer_is_child: bool = False, self_harm_now: bool = False,
            about_other: bool = False) -> str:
    """One of SITUATIONS; "home_violence" when nothing more specific is said, or "witness"
    when the one in danger is someone else (`about_other`: "ổng đang đánh bả", asked for a
    friend): the writer is not the one to tell to shield their head."""
    if self_harm_now:
        return "self_harm"
    texts = [_AT_NEIGHBOURS.sub(" ", t) for t in forms(text)] if text else []
    for situation, pattern in _RULES:
        if any(pattern.search(t) for t in texts):
            if situation == "held" and not _held_for_gain(texts):
                if any(_LOCKED_IN.search(t) for t in texts) and not about_other and (
                        not any(_CHILD_TOLD.search(t) for t in texts) or
                        any(CHILD_HURTS_WRITER.search(t) for t in texts)):
                    return "locked_in"   # by a partner, a parent, a child: no trafficking
                continue   # a phone or papers kept by family, or a child: read on
            if situation == "strangled" and (about_other or writer_is_child):
                continue   # someone else's, or a child's: the witness's or the child's advice
            if situation in ("pregnant", "hiding") and (
                    about_other or any(_CHILD_TOLD.search(t) for t in texts)) and not (
                    situation == "hiding" and any(_WRITER_HIDES.search(t) for t in texts)):
                # someone else's, or a child's: read on (the witness's, the child's); the writer
                # hiding ("my dad is hitting my mom, im hiding in my room") is in danger too
                continue
            # "someone is hitting me", "người ta đánh em", "hàng xóm đang chửi em": the one
            # seen or heard is doing it to the writer, who is no bystander (read on)
            if situation == "witness" and any(_DONE_TO_WRITER.search(t) for t in texts):
                if any(_ON_STREET.search(t) for t in texts):
                    return "followed"   # set upon in the street: a busy place, 113
                continue
            if situation == "witness" and writer_is_child:
                return "child"
            if situation == "put_out" and any(dict(_RULES)["followed"].search(t) for t in texts):
                return "followed"   # out in the street and chased: a busy place, 113
            if situation == "weapon" and about_other and \
                    not any(_DONE_TO_WRITER.search(t) for t in texts):
                return "witness"   # a neighbour hit with a chair, seen: the bystander's advice
            if situation == "child" and not writer_is_child and \
                    any(CHILD_HURTS_WRITER.search(t) for t in texts):
                continue   # "con trai tôi đang đánh tôi": a parent hurt by a grown child
            if situation == "child" and not any(
                    pattern.search(_WITH_THE_CHILDREN.sub(" ", t)) for t in texts):
                # "giờ e đứng ngoài đường với 2 đứa nhỏ": the children are with her, no one
                # named hurting them; her own danger's advice (read on)
                continue
            return situation
    if not about_other and not writer_is_child and any(_LOCKED_OUT_OF_REACH.search(t) for t in texts):
        return "locked_in"   # "ck khóa trái cửa bên ngoài rồi bỏ đi": shut in by him
    if not about_other and not writer_is_child and any(_LOCKED_IN.search(t) for t in texts) and \
            any(CHILD_HURTS_WRITER.search(t) for t in texts):
        return "locked_in"   # "bà bị con trai nhốt trong phòng": a parent locked in by a grown child
    if writer_is_child:
        return "witness_child" if about_other else "child"
    # the writer named in it ("ổng có súng, đang chĩa vô em"): the writer is in danger too, and
    # the advice is theirs, whatever the request was recorded for
    # (read clause by clause: the comma folding drops would make "ba đánh, tôi ở Sài Gòn"
    # "đánh tôi")
    if about_other and not any(_writer_in_it(t) for t in _clause_forms(text)):
        return "witness"
    return "home_violence"


# (2026-12-07, a third resident test) The children with the writer ("với 2 đứa nhỏ", "ôm con
# chạy ra ngõ", "dẫn theo bé"): where they are, not a child hurt
_WITH_THE_CHILDREN = re.compile(r"\b(voi|cung|dan theo|dat theo|om|dan|dat|bong|be) (\d+ |hai |ba |mot |may |"
                                r"hai dua |ba dua )?(dua nho|dua con|dua|be|con|chau|con nho|tui nho|con nit)"
                                r"( nho| cua (em|toi|minh|tui))?\b")


def _clause_forms(text: str) -> list[str]:
    """The forms of each comma- or stop-separated part of `text`."""
    parts = [p for p in re.split(r"[,.;!?\n]+", text) if p.strip()]
    return [f for part in parts for f in forms(part)] if len(parts) > 1 else forms(text)


_PREGNANT_RULE = dict(_RULES)["pregnant"]
