"""Entities the help-request flow can use directly: the kind of violence, the ward, for whom.

Rules over the normalised, folded, abbreviation-expanded text (bot/nlu/normalize.py), because the
words that matter here ("bị", "đánh", "con tôi") are few and exact, and a rule can be read and
corrected by a person. "hang xom toi bi chong danh" gives for_whom=other, kind=physical.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from bot.knowledge.wards import WardIndex
from bot.nlu.lexicon import AnyOf, as_screened
from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened

KINDS = ("physical", "psychological", "sexual", "economic", "online", "trafficking",
         "child_abuse", "other")

# Checked in this order; the first kind that matches wins, so the most specific and most serious
# kinds come first ("bị lừa bán sang Trung Quốc rồi bị đánh" is trafficking).
# A threat of suicide made to keep the writer from leaving or saying no ("người yêu dọa tự tử
# nếu em chia tay", "he says he'll kill himself if i leave"): pressure and control, told by the
# one it is aimed at, not that person's own wish to die (bot/core/self_harm.py).
SUICIDE_AS_LEVERAGE = (
    r"(doa|de doa|noi|bao|nhan|nhan tin|tuyen bo|doi)( la| rang)?( (ong|ong ay|anh|anh ay|no|han|"
    r"co ay|chi ay|ba ay|chong|vo))?( se| sap)? (tu tu|tu sat|chet|"
    r"nhay (song|cau|lau)|uong thuoc (sau|tru sau|ray|chuot|ngu))\b.{0,40}\b(neu|khi|ma|he|thi) (toi|em|minh|tui|"
    r"tao|con)? ?(chia tay|bo|di|ly hon|ly di|roi xa|khong|ko|tu choi|dam|quay ve|ve)|"
    # "ny e dọa nếu e chia tay sẽ tự tử": the condition said between the threat and the act
    r"(doa|de doa|noi|bao|tuyen bo)( la| rang)? (neu|khi|ma) (toi|em|minh|tui|tao|con)? ?(chia tay|bo|"
    r"bo di|di|ly hon|ly di|roi xa|tu choi)( \w+)?( thi)?( (no|anh|han|anh ay|ong ay|co ay|chi ay|ba ay))?"
    r"( se| sap)? (tu tu|tu sat|chet|nhay (song|cau|lau))|"
    r"(chia tay|ly hon|ly di|bo di|bo (anh|ong|no|han)|roi xa|tu choi)\b.{0,40}\b(doa|de doa|doi)( se)? "
    r"(tu tu|tu sat|chet|nhay (song|cau|lau))|"
    r"((neu|he|ma|khi) (toi|em|minh|tui|tao|con)|(toi|em|minh|tui|tao|con) (ma|neu|khi)) "
    r"(chia tay|bo|di|ly hon|ly di|roi xa|khong|ko|tu choi|ve|ve ngoai|ve nha ngoai|ve nha me|ve que)"
    r"\b.{0,30}\b((thi|la) )?(ong|anh|no|han|co|chong|vo|ba|ong ay|anh ay|co ay|chi ay|ba ay)( ta| ay)?"
    r"( se| sap)? (tu tu|tu sat|chet|nhay (song|cau|lau)|uong thuoc (sau|tru sau|ray|chuot|ngu))|"
    r"if (i|we) (leave|left|break up|go|divorce|do not|don't|say no)\b.{0,30}\b(he|she|they)"
    r"( will|'ll| would| is going to| says he will| says she will| said he would| said she would)"
    r"( \w+)? (kill|hurt) (himself|herself|themselves)|"
    # (never the writer's own: "i'm gonna jump off the roof if i fail" is her wish, no leverage)
    r"(?<!\bi )(?<!\bi am )(?<!\bi'm )(?<!\bim )(?<!\bi was )(threat\w*|says?|said|will|would|gonna|going)"
    r"( that)?( (he|she|they))?( will| would|'ll| is going)?"
    r"( to)? (kill (himself|herself|themselves)|commit suicide|end (his|her|their) (life|lives)|"
    r"hurt (himself|herself|themselves)|suicide|drink (poison|pesticide|bleach)|take (pills|poison)|"
    r"overdose|jump( off (a|the) (bridge|roof|building))?)\b.{0,30}\b(if|when|whenever|every time|unless) "
    r"(i|we)\b")
# "hiếp" read as rape, not as bullying: never after "ăn", "ức", "uy", "áp", "ỷ lớn", nor after
# "hà" ("hà hiếp", to bully) unless a title names a man called Hà ("thằng/thầy/bác Hà hiếp em";
# "ông chủ hà hiếp em" is bullying). Put right before "hiep" in every pattern that reads rape.
_HA_TITLES = ("thang", "anh", "ong", "ten", "thay", "bac", "cau", "duong")
HIEP_AS_RAPE = (r"(?<!\ban )(?<!\buc )(?<!" + "".join(rf"(?<!\b{t} )" for t in _HA_TITLES)
                + r"(?<!(?<!\bong )(?<!\bba )\bchu )\bha )(?<!\by lon )(?<!\buy )(?<!\bap )")

_KIND_PATTERNS: list[tuple[str, str]] = [
    ("trafficking", r"mua ban nguoi|lua ban|tien chuoc|chuoc (nguoi|ve)|viec nhe luong cao|"
                    # a job far away promised by someone met online, a child married abroad
                    r"hua (dua|cho|dan) (\w+ ){0,3}(len|di|ve|qua|sang) (tp|thanh pho|sai gon|ha noi|"
                    r"nuoc ngoai|trung quoc|campuchia|dai loan|han quoc)|"
                    r"ga (\w+ ){0,2}(cho|sang|qua) (nguoi )?(ben )?(trung quoc|dai loan|han quoc|nuoc ngoai)|"
                    r"(giu|nhot|giam|ket) (o|tai|lai o|lai tai|ben) (\w+ )?(campuchia|cambodia|"
                    r"trung quoc|lao|myanmar|thai lan|malaysia|nuoc ngoai|bien gioi)|"
                    r"ransom|held (in|abroad|captive)|easy work high pay|bi ban (sang|qua|cho|di|lam)|ban (sang|qua) "
                    r"(trung quoc|campuchia|lao|nuoc ngoai)|lua (sang|qua|di) (trung quoc|campuchia|"
                    r"lao|bien gioi|nuoc ngoai|lam)|giu (het )?(giay to(?! (dat|nha|so do|so hong|xe|nha dat|tai san))|"
                    r"ho chieu|can cuoc)|"
                    r"traffick\w*|\bsold (me|her|him|us|them|into|across|to)\b|(was|were|been|got) sold|"
                    r"passport|forced labou?r|job abroad|mai moi|broker|near the border|"
                    r"guards? outside|keeping (us|me|them) (in|at|locked)|"
                    # the signs before it happens ("tuyển đi làm nhà hàng ở Malaysia, họ bảo nộp hộ
                    # chiếu trước") and sex work forced to pay a debt ("chủ nợ bắt em đi làm gái")
                    r"(nop|dua|gui|giao|thu) (\w+ )?(ho chieu|passport)|(tuyen|moi|ru|rủ) (\w+ ){0,2}"
                    r"(di )?(lam|xuat khau lao dong)( \w+){0,4} (o |tai |sang |qua )?(nuoc ngoai|"
                    r"malaysia|campuchia|cam pu chia|trung quoc|dai loan|han quoc|nhat|thai lan|lao|"
                    r"myanmar|dubai|singapore|abroad)|bat (\w+ ){0,2}(di )?(lam gai|ban dam|tiep khach|"
                    r"di khach)|lam gai (de )?tra no|tra no bang (than xac|lam gai)"),
    ("sexual", r"dung (vao|cham) (nguoi|nguc|vung kin|than the|dui|cho kin)|"
               # rubbing against her on a bus ("cứ cọ vào người em"), a grown-up coming into a
               # child's room at night ("chú em hay vào phòng em ban đêm")
               r"(co|chà|cha|ap|ti|dui) (\w+ )?(vao|vo|sat) (nguoi|dui|mong|nguc|lung)|"
               r"(chu|cau|bac|duong|bo duong|cha duong|anh ho|ong|thay)( \w+)? (hay |cu |thuong |dem nao cung )?"
               r"(vao|len|chui vao|lan vao|mo cua) (phong|giuong|mung) (toi|em|con|chau|minh)( \w+){0,2} "
               r"(ban dem|luc ngu|khi ngu|nua dem|dem|moi dem)|"
               r"cuong buc|thay phien (nhau )?(lam nhuc|hiep)|gio tro (doi bai|do bai|dam o|bi oi)|"
               r"hiep dam|cuong hiep|bi (\w+ ){0,3}" + HIEP_AS_RAPE + r"hiep\b(?! dap)|" + HIEP_AS_RAPE + r"hiep (toi|em|minh|chi|co)|xam hai|sam so|quay roi|so (dui|nguc|mong|vu|soang|"
               r"vao nguoi|vao dui|vao nguc|cho kin|vung kin|vao cho kin|vao vung kin|bo phan)|"
               # "cho e tiền rồi bắt e cho ổng sờ": touched, for money or by force
               r"(bat|ep|de) (\w+ ){0,2}cho (ong ay|ong|no|han|chu|anh|thang do|ong ta) (so|hon|om)\b|"
               # "anh họ tui hay sờ tui": touched, again and again ("sợ tui" is said otherwise)
               r"(hay|cu|thuong|lai|dem nao cung|toi nao cung|hoai) so (toi|tui|em|con|chau|minh|be)\b"
               r"(?! (bao|noi|ke|di|buon|la|mach|biet))|dung cham|ga gam|ga tinh|ga (em|toi|di)|bay ba|"
               r"khoe hang|cham vao (vung kin|nguc|dui)|grop\w*|catcall\w*|ep (toi |em |minh |co ay |chi ay |)?"
               r"quan he|tinh duc|dam o|du do|so mo|rape[ds]?|raping|sexual\w*|molest\w*|"
               r"groom\w*|touch(ed|es|ing)? (me|her|him)|forced? (me |her )?(to have )?sex|harass\w*|"
               r"porn\w*|phim (sex|nguoi lon)|rinh (\w+ ){0,2}tam|nhin trom|khach san|"
               r"nhin (toi|em|minh|tui|con|chau|chi|co ay|no) (tam|thay do)|"
               r"watch(es|ing)? me (shower|bath|undress)\w*|peep\w*|chup (\w+ )?duoi vay|"
               r"chup trom|chup len|quay len|quay trom|camera (giau|an|quay len|quay trom)|"
               r"(secretly |hidden camera )?film(ed|ing)? me (in the )?(shower|bath\w*|toilet|changing|"
               r"undress\w*)|secretly (filmed|recorded|photographed) me|hidden camera|"
               r"exposed? (himself|herself)|khoe (hang|cho kin)|binh pham (nguc|than)|"
               r"chuyen tuc|dirty (jokes|comments|messages)|sexual comments"),
    ("online", r"nick gia|lap nick|fake (account|profile)|anh nong|clip|tung anh|dang anh|anh (cua|rieng)|len mang|tren mang|mang xa hoi|"
               r"facebook|zalo|tiktok|hack|tong tien|truc tuyen|\bonline\b|photos?|pictures?|"
               r"\bnudes?\b|blackmail\w*|social media|internet|messages? threat"),
    ("physical", r"\bdanh\b|dap|\bbi dam\b|dam (toi|em|chet|minh)|"
                 # (a price "cut", "tiệm sửa chém 2 củ", "chém giá": no blade)
                 r"\bchem\b(?! (gia|tien|diem|\d|mot|hai|ba|nam|may|dat|qua)\b)(?<!sua chem)|bop co|siet co|"
                 r"bam tim|chay mau|hanh hung|\bbi tat\b|tat (toi|em|vao|minh)|\bxo (nga|toi|em)|"
                 r"\bda (vao|toi|em)\b|the chat|the xac|vu phu|cam dao|\bhits?\b|hitting|\bbeat"
                 r"\w*|punch\w*|kick\w*|(?<!song )(?<!this )(?<!beat )(?<!track )(?<!album )slap\w*|chok\w*|strangl\w*|stab\w*|knife|bruis\w*|"
                 r"bleed\w*|physical\w*|attack\w*|push\w*|shov\w*|(?<!goi )(?<!thuc )day (toi|em|minh|tui|nga|te|xuong)|"
                 r"(bi|hay|lai|da) (\w+ ){0,2}(?<!khuyet )tat\b|quat|throws? (\w+ ){0,2}at (me|her|us)|"
                 r"(dap|dam|da) (vo|vao) (bung|dau|mat|nguoi|lung|nguc)|"
                 r"(cam|di|chia|vung|rut|lay) (\w+ )?(dao|bua|sung|gay|keo|ong tuyp|chai|ghe)|"
                 r"sung|dao phay|ong tuyp|guns?|lighter|gasoline|petrol|hammer|"
                 # burnt with cigarettes or an iron ("burns me with cigarettes", "dí thuốc lá")
                 r"burn(s|ed|t|ing)? (me|her|him|us|my)|di (dieu |tan )?thuoc la|ban la (vao|len)|"
                 r"(cigarette|iron) burns?"),
    ("economic", r"tien|kinh te|tai san|\bluong\b|luong huu|chiem (nha|dat|so|het)|vay no|"
                 r"dung ten|no nan|the ngan hang|so do|giay to nha|\d+ (ngan|nghin|trieu)|"
                 # money kept from her: the account locked, not a coin left
                 r"tai khoan ngan hang|the atm|khong (co|con|dua|cho) (mot )?(dong|xu|cac) nao|"
                 r"bank accounts?|ban het (do|tai san|nha|dat|xe|vang|ruong|do dac)|"
                 r"(gianh|tranh|cuop) (dat|nha)|money|salary|income|pension|financ\w*|"
                 r"economic\w*|bank card|id card|sold (my|our) (house|land|home)|debt\w*"),
    ("psychological", r"chui|mang nhiec|xuc pham|de doa|\bdoa\b|kiem soat|theo doi|nhuc ma|"
                      # watching a phone, messages or whereabouts ("cài định vị", "reads my texts")
                      r"an hiep|doc (het |trom )?tin nhan|(kiem tra|luc|xem trom) dien thoai|cai dinh vi|"
                      r"(reads?|checks?|goes through|monitors?) (all |every )?(of )?my (messages|"
                      r"texts|phone|emails?|chats?)|track\w* (me|my (phone|location|car))|"
                      r"spy(ing)? on me|spies on me|tracking app|"
                      # ("tư vấn tâm lý", "sức khỏe tinh thần": counselling and mental health
                      # asked for, not harm done)
                      r"che bai|(?<!tu van )(?<!ho tro )(?<!chuyen gia )(?<!bac si )(?<!tri lieu )"
                      r"(?<!suc khoe )(?<!cham soc )(?<!tro giup )(?<!phong kham )"
                      r"(tinh than|tam ly)(?! (hoc|tri lieu|vien)\b)|cam (ra|di|gap)|"
                      r"khong cho (toi |em |minh )?"
                      # ("well controlled", "under control", "birth control": an illness kept in
                      # hand, contraception; never control by someone)
                      r"(ra ngoai|di|gap)|insult\w*|yell\w*|shout\w*|threat\w*|"
                      r"(?<!well )(?<!under )(?<!birth )(?<!self )(?<!remote )control\w*|"
                      r"humiliat\w*|emotional\w*(?! (support|help|care|health))|psychologically|psychological(?! (support|"
                      r"counsel\w*|help|care|therapy|services?|health))|stalk\w*|isolat\w*|"
                      r"call(s|ing)? me (stupid|names)|tu mat|hat hui|"
                      # "kỳ thị" (discrimination), not "ký thì sao" (signs, then what?)
                      r"(?<!chiu )(?<!khong )ky thi(?! (sao|phai|moi|duoc|chac|con|thoi))|mang chui|"
                      r"chua benh|disown\w*|conversion therapy|worthless|useless|stupid|"
                      r"gaslight\w*|crazy|cam (\w+ )?(di lam|di hoc|gap|ra|di|ve|vo|vao)|"
                      # (a door the writer locks, "em khóa cửa bên ngoài rồi đi làm", is no control)
                      r"nghi hoc|khong cho (\w+ ){0,2}(di|ra|ve|gap|vo|vao|hoc)|"
                      r"(?<!^em )(?<!^e )(?<!^toi )(?<!^tui )(?<!^minh )(?<!^con )khoa cua|"
                      r"duoi (\w+ ){0,3}(ra khoi|khoi|ra) nha|gianh con|take the (kids|children)|"
                      r"(will not|won't|do not) let me|checks? (my phone|who i)|ghen|tra hoi|"
                      r"bat (\w+ )?o nha|scream\w*|dap do|nem do|(smash\w*|throw\w*) things|"
                      # followed, watched for ("cứ theo em về nhà", "rình rập", "follows me home")
                      r"(theo|bam theo|di theo) (toi|em|minh|tui|chi|co ay|con) (ve|di|den|toi|tu)|"
                      r"rinh rap|follow(s|ed|ing)? (me|her) (home|everywhere|to work|to school)|"
                      r"toxic|doc hai|red flags?|manipulat\w*|thao tung|"
                      # a threat of suicide to keep the writer (SUICIDE_AS_LEVERAGE)
                      + SUICIDE_AS_LEVERAGE),
    ("other", r"ep (cuoi|hon|lay chong|de)|tao hon|forced marriage|bo doi|hungry|"
              r"bat (\w+ ){0,2}(cuoi|lay chong|lay vo|lay ong|lay nguoi|lay thang|lay anh)|"
              r"khong cho (\w+ )?an(?! (toan|tam|ui|ninh)\b)|bo (roi|rot)|ruong bo|abandon\w*|"
              r"bat (\w+ ){0,2}nhin (an|doi)|"
              # (hunger said, "i'm starving", is no one starved: 2026-12-07, the sixteenth reading)
              r"(?<!i'm )(?<!im )(?<!i am )(?<!so )(?<!literally )(?<!absolutely )(?<!just )starv\w*|"
              r"(left|leave\w*) (\w+ )?(alone|for days)|bo (\w+ )?mot minh|bo mac|bo be"),
]
# (only asked whether each matches: physical and psychological, long alternations tried on every
# message, cost a third less as the lists of their branches, bot/nlu/lexicon.AnyOf; the others
# as screened patterns, measured on the benchmark mix)
_AS_BRANCHES = frozenset({"sexual", "physical", "psychological"})
_KIND_RES = [(kind, AnyOf(rf"\b(?:{pattern})\b") if kind in _AS_BRANCHES else
              screened(rf"\b(?:{pattern})\b")) for kind, pattern in _KIND_PATTERNS]
_SEXUAL = dict(_KIND_RES)["sexual"]
# Compiled once, shared by bot/core/self_harm.py and bot/core/disclosure.py.
LEVERAGE = screened(rf"\b(?:{SUICIDE_AS_LEVERAGE})\b")
_HELP = ("emergency", "seek_help", "help_other")
_NEGLECT = re.compile(r"\b(bo doi|khong cho (\w+ )?an|bo mac|bo be|luong huu|chiem|lay het|"
                      r"bo (\w+ )?mot minh|khong ai (cham|dua|nuoi|lo)|"
                      r"not fed|no food|neglect\w*|pension)\b")
_HOUSEHOLD = re.compile(r"\b(me|ma|ba|bo|cha|anh|chi|em) (con|em|toi|minh|tui)\b|"
                        r"\bmy (mom|mother|mum|dad|father|sister|brother|stepmom|stepmother)\b")
_CHILD_ABUSE = screened(r"xam hai tre em|bao hanh tre em|child abuse|tre em bi")

_WHO_CHILD = screened(
    r"(?<!me )\bcon (gai |trai |be |nho |ut )?(toi|em|minh|tui|cua toi|cua em|cua minh|nha toi)\b|"
    r"(?<!la )(?<!cung la )\bcon (gai|trai|be|nho)\b|\bcon (no|ho|ay|cua no|cua ho)\b|\bthang (nho|be)\b|"
    r"\blittle (girl|boy|kid|child)\b|\b(dua be|dua nho|dua tre|be gai|be trai|chau be|tre em|tre nho|"
    r"hoc sinh|chau gai|chau trai|chau (toi|em|minh))\b|\bbe \d+ tuoi\b|"
    r"\bmy ((\d{1,2} ?(yo|y o|year old|years old|yr old)|little|young|teenage|baby) )?(son|daughter|"
    r"child|children|baby|niece|nephew|grandchild|student|kid|kids|boy|girl)\b|"
    r"\b(a|the|this|that) (child|little girl|little boy)\b|\bchild(ren)? (next door|is|are)\b|"
    # ("i am a student": the writer, perhaps at a university, never a child helped)
    r"(?<!i am a )(?<!im a )(?<!i m a )(?<!i'm a )\bstudent\b|\bchildren\b")
_WHO_OTHER = screened(
    r"\bban (toi|em|minh|tui|than|gai|trai|cua|hoc|be)\b|\bnguoi ban\b|\bhang xom\b|"
    r"\bban cung (lop|phong|truong|xom|cong ty)\b|\bnhan vien\b|"
    r"\b(chi|anh|em|co|di|ba|ong|bac|chu|cau|mo) (gai|trai|ho|ay|dau|re|ta kia)\b|"
    r"\bchi (toi|em|minh|tui)\b|\bem (toi|minh|tui|cua toi)\b|\b(me|ba|bo|ba ngoai|ba noi|"
    r"ong ngoai|ong noi|vo|di|co|cau) (toi|em|minh|tui|cua toi)\b|\bme em\b|\bnha ben\b|"
    r"\bdong nghiep\b|\bnguoi (quen|than|khac|phu nu)\b|\bphu nu\b|\bai do\b|\bco ay\b|"
    # someone a village head, a teacher or a health worker speaks of ("có người dân bị chồng
    # đánh", "một chị trong xóm")
    r"\bnguoi dan\b|\bmot (chi|co|ba|nguoi|em|ban|chu|bac|cu|be|chau|gia dinh)\b|\bcho ban$|"
    r"\bbenh nhan\b|\bthan chu\b|"
    r"\b(ba cu|ong cu|cu ba|cu ong|ba gia|ong gia|anh (toi|tui|cua toi|cua em))\b|"
    r"\bmy (coworker|co worker|roommate|classmate|boss|employee|maid|helper)\b|"
    # (2026-12-07, the sixteenth reading) "how can I support a coworker who…", "one of my students"
    r"\b(a|an|one of my|one of our|our) (coworker|co worker|colleague|classmate|roommate|friend|neighbou?r|"
    r"student|patient|client|employee|co-worker|workmate|teammate)s?\b|"
    r"\bmy (friend|best friend|sister|brother|mom|mother|neighbou?r|cousin|colleague|"
    r"grandmother|aunt|wife|friends)\b|\bneighbou?rs?\b|\bsomeone (i know|else)\b|"
    r"\ba (woman|friend|girl)\b|\b(her|him|she|they)\b|\bfriend\b|"
    # a stranger's partner or child, seen ("a guy is beating his girlfriend in the park")
    r"\b(his|their) (wife|girlfriend|gf|partner|kids?|children|child|daughter|son|mother|mom|"
    r"mum|sister|baby)\b|\b(a|the|this|that) (lady|woman|women|young woman)\b")
_WHO_SELF = re.compile(r"\b(toi|minh|tui|tao|em|me con|i|me|my|myself|us|we)\b")
_SELF_OVERRIDE = screened(r"\bme con (toi|em|minh)\b")
# ("cầm dao" is holding a knife: "cấm" and "cầm" fold alike, and a weapon is no one forbidden)
_VIOLENT_VERB = (r"cam(?! (?:dao|bua|gay|keo|sung|chai|ghe|xang|axit|ong tuyp|cay|roi|thanh sat|"
                 r"kim|vat))|bat|giu|nhot|khoa|duoi|ruot|chases?|chasing|chased|bo doi|khong cho|forbids?|forces?|locks?|danh|dap|chui|bop co|siet co|xam hai|hiep dam|de doa|doa|tat|hanh ha|bao hanh|"
                 # rape and groping in other words ("chồng bạn em hiếp em", "sờ soạng em")
                 r"cuong hiep|cuong buc|" + HIEP_AS_RAPE +
                 r"hiep(?! (?:dam|hoi|si|uoc|dinh|dong|luc))|so soang|so mo|"
                 r"ep|kiem soat|quay roi|sam so|hits?|hitting|beats?|beating|beaten|hurts?|hurting|"
                 r"abuses?|abused|abusing|kicks?|kicked|kicking|chokes?|choked|choking|rapes?|raped|"
                 r"threatens?|threatened|insults?|insulted|controls?|controlled|touch(?:es|ed)?|"
                 r"slaps?|slapped|punch(?:es|ed)?|push(?:es|ed)?|shoved?|strangled?|grabbed")
_PASSIVE = screened(r"((?:\w+ ){0,4}?)(?:(?:dang|hay|thuong|van|lai|vua|moi|da|cung|thuong "
                      r"xuyen) )*bi\b")
_PASSIVE_EN = screened(r"((?:\w+ ){1,3})(?:is|was|gets|got|has been|is being|was being|"
                         r"keeps getting) (?:being )?(?:beaten|hit|abused|hurt|raped|threatened|"
                         r"attacked|harassed|trafficked|bullied|touched|groomed|controlled|"
                         r"assaulted|molested|slapped|kicked|blackmailed|stalked|insulted)\b")
_FIRST_SELF = re.compile(r"^(toi|tui|minh|tao|me(?! (em|toi|minh|tui|con|cua|chong|ke|no|ho|ay|"
                         r"nuoi|vo)\b)|em(?! (gai|trai|ho|dau|re|be|toi|minh|tui|cua|nho|ut|ay|"
                         r"no)\b))\b")
# "… đánh vợ …": the one hurt is a wife, the writer's only when her own husband is the one named
# ("chồng em say về đánh vợ con").
_WIFE_OBJECT = screened(r"^(vo|wife|his wife)\b")
_WRITERS_HUSBAND = re.compile(r"\b(chong|ong xa|my husband)(?! (chi|co|ba|cua chi|cua co|cua ba|"
                              r"ay|no|ho)\b)(?: (toi|em|minh|tui|tao|cua toi|cua em))?\b")
_OBJECT = screened(rf"\b(?:{_VIOLENT_VERB}) ((?:\w+ ?){{1,3}})")
_BOUNDARY = re.compile(r"\b(va|nhung|ma|thi|roi|vi|khi|nen|qmark|voi|can|la|phai|muon|biet|nghi|"
                       r"thay|ke|noi|hoi|giup|and|but|so|because|when|think|saw|that)\b")


# "quấy rối" alone is harassment of any kind; it is sexual unless only a pursuit is told around
# it ("chồng cũ cứ đến nhà quấy rối", "nhắn tin quấy rối"), which is control and fear.
_HARASS = screened(r"\bquay roi\b(?! tinh duc)")
_PURSUIT = re.compile(r"\b(chong cu|vo cu|nguoi yeu cu|ny cu|ban trai cu|ex|den nha|toi nha|truoc nha|"
                      r"nhan tin|goi dien|dien thoai|tin nhan|facebook|zalo|theo (toi|em|minh|tui))\b")


# An act said not to happen ("he doesn't hit me but he controls the money", "ảnh không đánh em
# nhưng…"): not the kind told. Only a negation right before the verb, and only physical acts,
# the ones people rule out before telling the rest.
_NOT_DONE = screened(r"\b(does not|do not|did not|doesn't|don't|didn't|doesnt|dont|didnt|"
                       r"has never|have never|never|khong bao gio|"
                       r"chua bao gio|chua tung|khong he|khong co|khong)( \w+)? (hit|hits|beat|beats|"
                       r"punch\w*|slap\w*|kick\w*|hurt|hurts|danh|dap|tat|xo|dam|quanh)\b"
                       r"( (toi|em|minh|tui|me|her|us))?")


def kind_of(expanded: str, for_whom: str | None) -> str | None:
    """The kind of violence the text describes, or None when it names none."""
    if _NOT_DONE.search(expanded):
        expanded = _NOT_DONE.sub(" ", expanded)
    found = next((kind for kind, pattern in _KIND_RES if pattern.search(expanded)), None)
    if found == "sexual" and _HARASS.search(expanded) and _PURSUIT.search(expanded) and \
            not _SEXUAL.search(_HARASS.sub(" ", expanded)):
        found = next((kind for kind, pattern in _KIND_RES[2:] if pattern.search(expanded)),
                     "psychological")
    if _CHILD_ABUSE.search(expanded):
        return "child_abuse"
    if for_whom == "child" and found not in (None, "trafficking"):
        return "child_abuse"
    return found


def _classify(phrase: str) -> str | None:
    if _SELF_OVERRIDE.search(phrase):
        return "self"
    if _WHO_CHILD.search(phrase):
        return "child"
    if _WHO_OTHER.search(phrase):
        return "other"
    if _WHO_SELF.search(phrase):
        return "self"
    return None


def _clip(phrase: str, keep_end: bool) -> str:
    """Cut a candidate phrase at a conjunction, keeping the part next to the verb."""
    parts = [p.strip() for p in _BOUNDARY.split(phrase)]
    if not keep_end:
        return parts[0]
    # the part next to the verb; when the boundary word is right before it ("tôi là đàn ông mà
    # bị…"), the subject is in the part before
    return parts[-1] or next((p for p in reversed(parts[:-2:2]) if p), "")


_PRONOUN_END = re.compile(r"(?:^|\s)(toi|em|minh|tui|tao)$")
_OWNER_CHILD = screened(r"\b(con|con gai|con trai|con be|chau|chau gai|chau trai|be|hoc sinh|"
                          r"thang em|con em|dua em|be em)"
                          r"(?: \w+)? (cua )?(toi|em|minh|tui|tao)$")
_OWNER_OTHER = re.compile(r"\b(ban|ban than|ban gai|ban trai|hang xom|chi|chi gai|chi ho|chi dau|"
                          r"em gai|em trai|em ho|em dau|anh|anh trai|anh ho|me|ba|bo|ba ngoai|"
                          r"ba noi|ong|co|di|cau|chu|bac|mo|thim|dong nghiep|nguoi quen|"
                          r"nguoi than|vo|chong|nguoi yeu|ny)(?: \w+)? (cua )?(toi|em|minh|tui|tao)$|"
                          # "bạn cùng phòng trọ em", "chị cùng công ty tôi"
                          r"\b(ban|chi|anh|em|co) (cung|chung) (phong|lop|nha|tro|phong tro|cong ty|xom|truong)"
                          r"(?: \w+)? (cua )?(toi|em|minh|tui|tao)$")


# A parent or grandparent named alone before "bị" is the writer's ("mẹ bị bố đánh", "ông nội bị
# con cháu bỏ mặc"): someone else, though "me" is also the English pronoun.
_KIN_ALONE = screened(r"(?:^|\s)(me|bo|cha|ma|ong noi|ong ngoai|ba noi|ba ngoai)$")


def _classify_subject(phrase: str) -> str | None:
    """The subject before "bị": a phrase ending in a pronoun is that person ("… em bị" is the
    writer) unless the pronoun is a possessor ("mẹ tôi bị", "con em bị")."""
    if _KIN_ALONE.search(phrase):
        return "other"
    if _PRONOUN_END.search(phrase):
        if _OWNER_CHILD.search(phrase):
            return "child"
        if _OWNER_OTHER.search(phrase) and not _SELF_OVERRIDE.search(phrase):
            return "other"
        return "self"
    return _classify(phrase)


# Money, a pension, a home or papers that belong to the writer, taken or held: taking them makes
# the writer the victim, whoever takes them ("con trai tôi lấy hết lương hưu của tôi" is about me,
# not a child). The property alone is no story: "hàng xóm nhà em" is only where the neighbour is.
_PROPERTY = (r"luong huu|luong|tien|nha|dat|so tiet kiem|tai san|giay to|ho chieu|can cuoc|"
             r"dien thoai|vang|tro cap|the atm|the ngan hang")
_TAKES = (r"lay|chiem|giu|ban|cam|tieu|xai|an cap|an trom|trom|cuop|thu|quan ly|kiem soat|"
          r"khong tra|khong dua|doi|nam|om|phung phi|cam co|the chap|dot|dap|pha|khoa|tich thu|"
          r"duoi (\w+ )?(ra )?khoi")
_PROPERTY_EN = (r"pension|money|salary|wages|income|house|home|savings|papers|passport|phone|"
                r"land|id|card|bank card|gold")
_TAKES_EN = (r"takes?|took|taking|keeps?|kept|keeping|spends?|spent|spending|sold|sells?|"
             r"controls?|controlling|stole|steals?|stealing|hides?|hid|withholds?|withheld|"
             r"grabs?|grabbed|uses?|used|locks? up|locked up|smashed|smashes|broke|breaks")
_OWN_PROPERTY = screened(
    rf"\b({_TAKES})( \w+){{0,2}} ({_PROPERTY})( \w+)? (cua )?(toi|em|minh|tui|tao)\b|"
    r"\b(bo doi|khong cho an|khong cho) (toi|em|minh|tui)\b|"
    rf"\b({_TAKES_EN})( all( of)?)? my ({_PROPERTY_EN})\b")


# A place the writer names as theirs, right before "bị" ("chị hàng xóm kế bên nhà em bị…"):
# "em" owns the house; the subject is said before it.
_PLACE_OF_WRITER = screened(r"\b((o|ke ben|ben|canh|gan|sat|truoc|sau) )?(nha|phong|phong tro|"
                              r"xom|lop|truong|cong ty|cho lam|khu|hem|ngo|tro) (cua )?"
                              r"(toi|em|minh|tui|tao)\s*$")
# "mình là nam, bị vợ chửi": an identity said of the subject, who is before "là".
_IDENTITY = re.compile(r"^(nam|nu|dan ong|dan ba|phu nu|con trai|con gai|nam gioi|nu gioi|"
                       r"nguoi chuyen gioi|chuyen gioi|dong tinh|gay|les|sinh vien|hoc sinh|"
                       r"cong nhan|giup viec|osin)$")


def _subject_before_bi(expanded: str, match: re.Match[str]) -> str:
    """The words before "bị" that name its subject: the clipped phrase, unless it is only a place
    of the writer's ("kế bên nhà em") or an identity ("là nam"): then the words before those."""
    phrase = _clip(match.group(1), keep_end=True)
    head = expanded[:match.end(1)]
    if _PLACE_OF_WRITER.search(head):
        words = _PLACE_OF_WRITER.sub("", head).split()[-4:]
        return _clip(" ".join(words), keep_end=True) if words else phrase
    parts = [p.strip() for p in _BOUNDARY.split(match.group(1))]
    while len(parts) > 1 and parts[-1] in ("", "ma", "thi", "nen", "va", "nhung", "roi"):
        parts.pop()   # "tui là đàn ông mà bị…": the identity before the "mà"
    if len(parts) >= 3 and parts[-2] == "la" and _IDENTITY.match(parts[-1]):
        if parts[-3]:
            return parts[-3]
        before = expanded[:match.start(1)].split()   # "tui" right before "là đàn ông"
        if before and _WHO_SELF.fullmatch(before[-1]):
            return before[-1]
    return phrase


# A threat to take the children away is made to the writer ("he threatened to take the kids
# if I leave", "ổng dọa bắt con đi"): the writer is the one threatened, not the children.
_CHILDREN_THREAT = screened(
    r"\bthreat\w* to (take|keep|steal|snatch) (away )?(the|my|our) (kids|children|child|son|"
    r"daughter|baby)\b|\b(doa|de doa|noi se|doa la|se) (se )?(bat|gianh|mang|dem|lay|cuop|bong|giu) "
    r"(het |quyen nuoi )?(con|cac con|may dua nho|be|hai dua nho)\b")


_AGE_SAID = re.compile(r",? (nam nay |nay )?\d{1,2} ?(tuoi|t)\b,?|"
                       r",? (sinh nam|sinh|sn|nam sinh) (19|20)\d\d\b,?|,? 2k\d{1,2}\b,?")
# "con" alone, hurt by a parent or a partner named without "nó" ("cô ơi con bị ba đánh", "con bị
# chồng đánh"): the writer, who calls themself "con" to an elder; a parent speaking of a child
# says "con tôi" or "ba nó".
_CON_SELF = screened(r"^((da|vang|thua|chao|xin chao|hello|alo|(co|thay|co giao|thay giao|chu|bac|di|anh|chi|"
                       r"ad|admin|ban|bot|co chu|chu oi|ong|ba)( oi| a)?) )*(con|con thi|con la|con cung|"
                       # "cháu" speaking to an elder ("cô ơi cháu bị ba đánh"): the writer, a child
                       r"chau|chau thi|chau la|chau cung) "
                       r"(dang |hay |thuong |van |lai |vua |moi |da )*bi "
                       r"(ba|bo|me|ma|cha|bo duong|ba duong|cha duong|me ke|me duong|di ghe|chong|"
                       r"vo|ban trai|nguoi yeu|ong xa|anh|chu|cau|bac|duong|anh ho|ong noi|ong ngoai|"
                       r"thay|thay giao|co giao|ba noi|ba ngoai|hang xom)(?! (no|cua no|nha no|ay|"
                       r"cua con|cua chau)\b)")


# A child who told the parent writing ("con tui 5 tuổi về kể là bị ông bảo vệ…"): the child.
_TOLD_BY_CHILD = as_screened(re.compile(r"\b(con|be|chau|con gai|con trai|hoc sinh|hoc tro)( cua)? (toi|em|minh|tui)\b"
                            r".*\b(ke|noi|khai|tam su|thu nhan|mach)( lai)?( voi (toi|em|minh|tui|co|thay))?"
                            r"( la| rang)?( no| con| be| chau| em)? bi\b|"
                            # a teacher's pupil: "có bé trong lớp bị…", "học sinh lớp em kể bị…"
                            r"(?<!\bla )(?<!\bla mot )\b(be|hoc sinh|hs|hoc tro|dua|mot em|co be)( \w+)? "
                            r"(trong |cua |o )?lop"
                            r"( \d+| (toi|em|minh|tui|co|thay|chu nhiem))?( (ke|noi|tam su|khai)( la| rang)?)?"
                            r" bi\b"))
# Someone in the writer's care tells it: a patient, a client, a pupil of a given class ("bệnh nhân
# nữ 16 tuổi nói bị cha ruột hiếp", "thân chủ của tôi kể bị chồng đánh"): not the writer.
_TOLD_BY_CLIENT = screened(r"\b(benh nhan|than chu|khach hang|nguoi benh|san phu|client|patient|"
                             r"nguoi (den|toi|dan)|mot nguoi|chi em|phu nu)\b"
                             r"( \w+){0,5} (ke|noi|khai|tam su|thu nhan|bao|cho biet|trinh bao|to cao)"
                             r"( la| rang)?"
                             r"( (no|co ay|chi ay|em ay|ba ay|anh ay))? bi\b")


_CLIENT_CHILD = re.compile(r"\b(1[0-7]|[2-9]) ?(tuoi|t)\b|\bhoc (lop|sinh)\b|\b(be|chau) (gai|trai)\b")
_TRAILING_BUT = re.compile(r"(\s|^)(ma|thi|nen|roi)$")


# The writer hurt as a child, told as an adult ("i was sexually abused as a kid by my uncle",
# "em bị xâm hại hồi nhỏ"): the writer, not a child today.
_SELF_AS_CHILD = screened(
    r"\b(i was|i got|i have been|i've been|i had been)\b.*\b(as a (kid|child|teen\w*|little girl|little boy)|"
    r"when i was (a )?(kid|child|little|young|teen\w*|\d+)|growing up)\b|"
    r"\b(toi|em|minh|tui) (da |tung )?bi\b.*\b(hoi nho|luc nho|hoi be|hoi con nho|luc con nho|hoi \d+ tuoi)\b")


# The writer's guess about someone else, said inside the sentence ("who i think is being abused",
# "who i suspect is being hit"): no word of whom it is done to
_HEDGE = re.compile(r"\b(i|we) (think|guess|believe|suspect|fear|worry|feel like|am sure|am afraid)\b( that)?\s*$")


@lru_cache(maxsize=1024)   # (asked of one text by the entities and the for-whom rule)
def victim(expanded: str) -> str | None:
    """Who the sentence says the violence happens to ("self", "other", "child"), read only from
    the victim's usual places: before "bị" / "is beaten", right after a violent verb, or as the
    owner of what is taken."""
    if _CHILDREN_THREAT.search(expanded):
        return "self"
    if _TOLD_BY_CHILD.search(expanded):
        return "child"
    if _TOLD_BY_CLIENT.search(expanded):
        return "child" if _CLIENT_CHILD.search(expanded) else "other"
    if _SELF_AS_CHILD.search(expanded):
        return "self"
    if _CON_SELF.search(expanded):
        return "self"
    # An age between the subject and "bị" ("con trai tôi 16 tuổi bị…") is not the subject.
    ageless = _AGE_SAID.sub("", expanded) if _DIGIT.search(expanded) else expanded   # (each age has a digit)
    for match in _PASSIVE.finditer(ageless):
        raw = _TRAILING_BUT.sub("", match.group(1).strip())   # "… mà bị": "mà" is no "má"
        if not raw and match.start() == 0:
            return "self"      # "bị bạn trai đánh bầm mắt…": the writer, left unsaid
        if _KIN_ALONE.search(raw):
            return "other"     # "ông nội bị…": read before "nội" is cut as "nói" (to say)
        if _SELF_OVERRIDE.search(raw):
            return "self"      # "mẹ con em bị…": the writer and her children, the writer first
        if _PRONOUN_END.search(raw) and _OWNER_CHILD.search(raw):
            return "child"
        if _PRONOUN_END.search(raw) and _OWNER_OTHER.search(raw):
            return "other"     # "ông nội tôi bị…", whatever word the clipping cuts at
        who = _classify_subject(_subject_before_bi(ageless, match))
        if who:
            return who
    if _OWN_PROPERTY.search(expanded):
        return "self"
    candidates: list[str] = []
    for match in _PASSIVE_EN.finditer(expanded):
        # ("a coworker who i think is being abused": the writer's guess, not the one it is done to)
        candidates.append(_clip(_HEDGE.sub(" ", match.group(1)), keep_end=True))
    for match in _OBJECT.finditer(expanded):
        candidates.append(_clip(match.group(1), keep_end=False))
    for phrase in candidates:
        if _WIFE_OBJECT.search(phrase) and not _WRITERS_HUSBAND.search(expanded):
            return "other"  # "hàng xóm nhà em đánh vợ suốt": his wife, whoever writes after it
        if _FIRST_SELF.search(phrase):
            return "self"  # the object right after the verb is the writer ("cấm em đi làm")
        who = _classify(phrase)
        if who:
            return who
    return None


# The writer's own age: "con 12 tuổi", "em 14t", "con học lớp 5", "I'm 13", "tôi già rồi".
_WRITER_AGE = screened(r"\b(?:con|em|toi|chau|minh|tui|tao|i am|im)(?: nam nay| nay| moi| da| chi)? "
                         r"(\d{1,2}) ?(?:tuoi|t|years? old|years?|yo)\b|\bhoc lop (\d{1,2})\b|"
                         r"\b(?:i am|im) (\d{1,2})\b(?! (?:minutes|hours|km|weeks|months|days|mins?|hrs?))|"
                         r"\(lop (\d{1,2})\)|\blop (\d{1,2})\b|"
                         # "em năm nay 16, ba mẹ ép…": the unit left out after "năm nay"
                         r"\b(?:con|em|toi|chau|minh|tui|tao) (?:nam nay|moi|chi|moi co|chi co|co) "
                         r"(\d{1,2})\b(?! ?(nam|thang|ngay|"
                         r"tuan|lan|nguoi|dua|dong|trieu|nghin|ngan|k|gio|phut|kg|cm|m|tuoi)\b)|"
                         # the whole message an age ("tui 16", "em 14 a"), where whom was asked
                         r"^(?:con|em|e|toi|chau|minh|tui|tao) (\d{1,2})(?: roi| a| nha| thoi)?$")
_FOR_ME_END = re.compile(r"(^|\b(la|da|vang) )cho (em|e|toi|minh|tui|con|chau) $")
# "con gái tôi 8 tuổi", "ông nội tôi 80 tuổi": the age of someone the writer speaks of.
# ("đứa cháu 10 tuổi", "thằng nhỏ 7 tuổi": "đứa", "thằng" say it is someone else, not "cháu" of
# a writer speaking to an elder)
_POSSESSED = re.compile(r"\b(con|gai|trai|be|chau|noi|ngoai|ong|ba|bo|me|cha|chong|vo|anh|chi|"
                        r"em|ban|dau|re|ut|my|his|her|our|dua|thang|con nho|nhoc|hoc sinh|"
                        r"(be|con|chau|dua|thang) nha)\s*$")
_OWNER_BEFORE = re.compile(r"\b(con|gai|trai|be|chau|ban|em|anh|chi|con gai|con trai) "
                           r"(toi|em|minh|tui|cua toi|cua em)\s*$")
_CHILD_WRITER = screened(r"\b((ba|bo|cha) (con|chau)|me (con|chau)(?! (toi|em|minh|tui))|"
                           # "em mười mấy tuổi", "em đang tuổi teen": a teen, without a number
                           r"(em|con|chau|tui|minh|toi) (moi |chi |nay |nam nay |dang )?(muoi (may|mot|hai|"
                           r"ba|bon|lam|sau|bay|tam|chin) tuoi|tuoi (teen|day thi|moi lon))|"
                           r"con (la hoc sinh|dang di hoc)|em (la|con la) hoc sinh|"
                           # "cháu"/"con" for oneself, hurt by a parent, an uncle, a step-parent
                           # ("cháu bị chú đánh", "con bị ba đánh bầm mình", "chú hay đánh cháu")
                           # ("con" is also an adult's word to an elder: only "cháu" counts here)
                           r"^chau (bi|hay bi|dang bi|so|rat so)( \w+)? (ba|bo|me|ma|cha|chu|cau|"
                           r"duong|bo duong|cha duong|me ke|ong|ong noi|ong ngoai|di|co|thim|mo)\b|"
                           # a step-parent's doing to "con" ("mẹ kế bắt con nhịn đói"): the child
                           r"\b(me ke|di ghe|cha duong|bo duong|ba duong|cha ghe) (\w+ ){0,2}(bat|danh|nhot|"
                           r"chui|doa|dap|bo doi|hanh ha) con\b(?! (toi|em|minh|tui|cua))|"
                           r"\b(chu|cau|duong|bo duong|cha duong|me ke|ba|bo|me|ong)( \w+)? (hay |cu |dang )?"
                           r"(danh|dap|chui|sam so|so|nhot|bat nat|om|hon) chau( (hoai|suot|nua|a))*$|"
                           # a pupil's school level ("mình học cấp 2", "em đang học cấp 3")
                           r"(em|con|chau|tui|minh|toi|e) (dang |con |moi )?(hoc |la hoc sinh )?cap "
                           r"(1|2|3|mot|hai|ba)\b|"
                           # a kindergartner ("con mới học mẫu giáo")
                           r"(em|con|chau|be|e) (dang |con |moi )?(hoc |di hoc )?(mau giao|mam non|"
                           r"lop la|lop choi|lop mam)\b|"
                           # a child's own "con" ("chú hàng xóm bắt con cởi đồ, con sợ", "con ko dám
                           # nói với ai"): never "con tôi sợ", whose child it is said first
                           r"(?<!\bdua )(?<!\bbe )con (so( lam| qua)?|khong dam (noi|ke|ve|di)|phai lam sao|"
                           r"can (giup|cuu)|muon tron|khong muon ve nha)|i am a (kid|"
                           # ("a student" alone may be at a university: only a pupil is a child)
                           r"child|(school|high school|middle school|primary school|secondary school) "
                           r"student|schoolgirl|schoolboy|pupil|teenager|teen|minor)|"
                           r"my (dad|mom|father|mother|stepdad) "
                           r"(hits|beats|hurts) me)\b")
_OLDER_WRITER = screened(r"(?<!me )(?<!ma )(?<!ba )(?<!bo )(?<!cha )(?<!ong )(?<!noi )(?<!ngoai )"
                           r"\b((toi|minh|tui|tao) (da |la |cung )?(gia roi|gia yeu|da gia|nguoi gia|"
                           r"lon tuoi|cao tuoi)|tuoi gia|luong huu|(con trai|con gai) (toi|tui|"
                           r"cua toi) (lay|chiem|giu|danh|chui|bo)|old age|elderly|my pension|"
                           r"i am (old|elderly|retired|a grandmother|a grandfather)|"
                           r"my (son|daughter|children) (take|takes|took|keep|keeps))\b")


# "em là con trai, 16 tuổi", "tôi là học sinh lớp 8": the age said right after who the writer is.
_IDENTITY_AGE = screened(
    r"\b(?:toi|em|minh|tui|tao|con) (?:la |cung la )?(?:con trai|con gai|hoc sinh|sinh vien|nam|nu|"
    r"be trai|be gai|dua con)(?: nam nay| nay)? (\d{1,2}) ?(?:tuoi|t|years? old)\b|"
    r"\bi am a (?:boy|girl|student|teen|teenager|kid)(?: and| aged)? (?:i am )?(\d{1,2})\b")


_SPOUSE_END = re.compile(r"\b(chong|vo)\s*$")
# A pronoun just ended ("… đánh mẹ em", "ba em đánh em"): the "em 10 tuổi" after it is a new
# clause (the comma is gone), the writer's own age
_OWNED_END = re.compile(r"\b(me|ma|ba|bo|cha|chong|vo|chi|anh|ban|co|di|chu|bac|cau|ong|ny|danh|dap|"
                        r"chui|doa|hiep|xo|tat|nhot) (toi|em|minh|tui)\s*$")
# The word a child writer calls themself by, first in the message ("cháu bị…", "con bị…")
_GRADE_EN = screened(r"\b(i'?m|i am|im) (in )?(\d{1,2})(st|nd|rd|th) grade\b|\b(i'?m|i am|im) in "
                       r"(grade|year) (\d{1,2})\b")
_WRITER_WORD = re.compile(r"^(chau|con|be|em) (bi|dang|hay|da|moi|vua|so|muon|can|khong)\b")
_PUPIL_BEFORE = re.compile(r"(?<!\bla )\b(hoc sinh|dua|thang|con be|em be|be|chau|nhoc|mot em|dua nho)\s*$")


# The writer introduced by their work with people who are hurt ("tôi là giáo viên", "em là y tá",
# "i'm a social worker"): a professional asking for someone in their care, not a child, and not
# the one the story is about unless they say so.
PROFESSIONAL = screened(
    # (never a parent's job: "mẹ em là giáo viên", "ba em là công an")
    r"(?<!\bme )(?<!\bma )(?<!\bba )(?<!\bbo )(?<!\bcha )(?<!\bchi )(?<!\banh )(?<!\bco )(?<!\bdi )"
    r"(?<!\bchu )(?<!\bbac )(?<!\bong )(?<!\bvo )(?<!\bchong )(?<!\bban )(?<!\bcau )(?<!\bduong )"
    r"\b(toi|em|minh|tui|chau) (la|dang la|lam|dang lam) (giao vien|co giao|thay giao|giao vien chu nhiem|"
    r"bac si|y ta|y si|dieu duong|ho sinh|nu ho sinh|cong an|canh sat|can bo|nhan vien (xa hoi|"
    r"cong tac xa hoi|y te|tu van)|cong tac vien|truong (ap|thon|khu pho|to dan pho)|to truong|"
    r"chu tich hoi phu nu|hoi phu nu|luat su|tu van vien|chuyen vien|hieu truong|giam thi)\b|"
    r"\bi('m| am) (a |an )?(teacher|nurse|doctor|midwife|social worker|police officer|counsel+or|"
    r"lawyer|case ?worker|health worker|principal|volunteer)\b|"
    # "gv cấp 1 đây", "công an phường đây", "y tá trạm xá đây": the role, then "here"
    r"^(gv|giao vien|co giao|thay giao|bac si|y ta|y si|can bo|cong an|canh sat|to truong|"
    r"truong ap)( \w+){0,3} (day|ne)\b")
# (whether it matches, asked of every message: as the list of its branches, bot/nlu/lexicon.AnyOf,
# 2.5 → 1.6 µs a form on the benchmark mix; `PROFESSIONAL` itself is kept for `sub`)
_PROFESSIONAL_ANY = AnyOf(PROFESSIONAL.pattern, PROFESSIONAL.flags)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)   # (asked of one text by the entities and the disclosure reader)
def age_group(expanded: str) -> str | None:
    """"child" when the writer says they are a child or a teen, "older" when they say they are
    old (60 or more, "tôi già rồi", a pension taken by their son), else None. An age said of
    someone else ("con gái tôi 8 tuổi") is not the writer's."""
    professional = _PROFESSIONAL_ANY.search(expanded) is not None
    # (an age, a school year, a birth year: each pattern that reads one needs a digit, absent
    # from most messages, where they are not tried at all)
    digits = _DIGIT.search(expanded) is not None
    said = _IDENTITY_AGE.search(expanded) if digits else None
    if said:
        age = int(next(g for g in said.groups() if g))
        if age < 18:
            return "child"
        if age >= 60:
            return "older"
    for match in _WRITER_AGE.finditer(expanded) if digits else ():
        before = expanded[:match.start()]
        school_year = any(match.group(i) for i in (2, 4, 5))
        age = int(next(g for g in match.groups() if g))
        # "…bắt em lấy chồng, em mới 15 tuổi": the comma is gone, but a husband or wife of 15
        # is not what is said; a child's own age is
        spouse_before = age < 18 and _SPOUSE_END.search(before) is not None
        said_i_am = match.group(0).startswith(("i am", "im"))   # "…hurts me, im 14": the writer
        # ("ba e đang đánh mẹ e, e 10 tuổi": "mẹ e" ends before the writer's own "e 10 tuổi")
        owner_ended = _OWNED_END.search(before) is not None or \
            _FOR_ME_END.search(before) is not None   # ("cho em, em 14t": the writer, twice)
        if not said_i_am and not owner_ended and \
                (_OWNER_BEFORE if school_year else _POSSESSED).search(before) and not spouse_before:
            continue
        pupil = _PUPIL_BEFORE.search(before)
        if pupil and (writer_word := _WRITER_WORD.match(expanded)) and \
                pupil.group(1) == writer_word.group(1):
            pupil = None   # "cháu bị ba đánh, cháu học lớp 4": the writer's own word for self
        if school_year and (pupil or professional):
            continue    # "một học sinh lớp 5", said by a teacher: the pupil's class
        if school_year:
            return "child" if age <= 12 else None
        if age < 18:
            return "child"
        if age >= 60:
            return "older"
    born = _BIRTH_YEAR.search(expanded) if digits else None
    if born and not _POSSESSED.search(expanded[:born.start()]):
        year = int(next(g for g in born.groups() if g))
        age = date.today().year - (2000 + year if year < 100 else year)
        if 0 < age < 18:
            return "child"
        if 60 <= age < 110:
            return "older"
    if _CHILD_WRITER.search(expanded) and not professional:
        return "child"
    if digits and (grade := _GRADE_EN.search(expanded)) is not None and \
            int(grade.group(3) or grade.group(7)) <= 12:
        return "child"   # "i'm in 8th grade", "im in year 9": a pupil
    if _OLDER_WRITER.search(expanded):
        return "older"
    return None


# The writer's birth year ("em sinh năm 2011", "e sn 2010", "tui 2k9" as teenagers write it,
# "i was born in 2012"): the age it gives this year. A year of someone else's birth ("con em
# sinh năm 2015") is theirs.
_BIRTH_YEAR = screened(
    r"\b(?:con|em|e|toi|chau|minh|tui|tao)(?: (?:la|thi|nam nay))? (?:sinh nam|sinh|sn|nam sinh|de nam) "
    r"((?:19|20)\d\d)\b|"
    r"\b(?:con|em|e|toi|chau|minh|tui|tao)(?: (?:la|thi))? 2k(\d{1,2})\b|"
    r"\bi (?:was|am) born in ((?:19|20)\d\d)\b|^(?:sinh nam|sn|nam sinh) ((?:19|20)\d\d)\b")


_HURTER_NAMED = re.compile(r"\b(ong ay|anh ay|anh ta|ong ta|han|han ta|thang do|thang cha do|"
                           r"lao ta|lao|he|him|his)\b")


# The writer named as the one it is done to ("chồng bạn em hiếp em", "em bị ba bạn em sờ soạng"):
# the writer's own, however much another person ("bạn em") is named and the classifier hears a
# request for someone else.
_DONE_TO_WRITER = screened(
    rf"\b(?:{_VIOLENT_VERB}) (?:ca |luon |vao |vo )?(toi|tui|minh|tao|em)\b"
    r"(?! (gai|trai|ho|dau|re|be|ay|no|nho|ut|cua|toi|minh|tui)\b)|"
    r"^(toi|tui|minh|em) (cung |dang |vua |da |hay |bi )*bi\b")


# A partner named as the one who hurts, with no one else after the verb ("vk đánh", "ck chửi hoài",
# "vợ em hay đánh"): the writer, who leaves "me" unsaid, as Vietnamese does.
_PARTNER_HURTS_WRITER = screened(
    r"^(vo|chong|nguoi yeu|ban trai|ban gai|vo cu|chong cu|ban trai cu|ban gai cu)( (toi|em|minh|"
    r"tui|anh))?( (hay|cu|lai|da|vua|dang|thuong|moi|suot ngay))* (danh|chui|dap|tat|xo|doa|de doa|"
    r"bop co|dam|da|bao hanh|hanh ha|kiem soat)( (hoai|suot|luon|nhieu|lam|qua|nua|mai|suot ngay|"
    r"hang ngay|a|roi))*$|"
    # a partner holding a weapon, or threatening with one, and no one else named ("vợ tui đang
    # cầm dao", "vo toi dang cam dao doi chem toi"): the writer is the one in danger
    r"^(vo|chong|nguoi yeu|ban trai|ban gai|vo cu|chong cu|ban trai cu|ban gai cu)( (toi|em|minh|"
    r"tui|anh))?( (dang|da|vua|lai|moi|cu))* (cam|cam theo|vung|lay|xach|rut) (\w+ )?(dao|keo|rua|"
    r"bua|gay|cay|mac|dao phay|dao thai|sung|chai|ghe)( (doi|doa|de doa|dinh|muon) (chem|dam|giet|"
    r"danh|dap)( (toi|em|minh|tui|anh))?)?( (roi|kia|ne|a|do|nua))*$")


# A weapon turned on the writer ("ổng cầm kéo dí tui", "cầm dao đuổi em")
_WEAPON_AT_WRITER = screened(r"\b(cam|vung|lay|xach|cam theo) (\w+ )?(dao|keo|rua|bua|gay|cay|mac|chai|"
                               r"ghe|sung|dao phay|dao thai) (di|doa|chem|dam|duoi|ruot|danh|dap|chi vao) "
                               r"(toi|em|tui|minh|tao)\b")
# The writer afraid, said as such ("em sợ quá", "tui sợ lắm", "i'm scared")
_WRITER_AFRAID = screened(r"\b(toi|em|minh|tui|tao) (rat |dang |that su |cung )?(so|hoang so|run) "
                            r"(qua|lam|that|lam luon|qua troi|muon chet)\b|\b(i'm|i am|im) "
                            r"(so |really |very )?(scared|afraid|terrified)\b")


# English written into a Vietnamese message ("my husband hits me, tôi nên làm gì"): "me" there
# is the writer, though the Vietnamese reading folds it as "mẹ" (mother).
_ENGLISH_DONE_TO_ME = screened(
    r"\bmy (husband|wife|boyfriend|girlfriend|partner|ex|dad|father|mom|mother|stepdad|stepfather|"
    r"brother|uncle|boss) (always |often |keeps |still |just )?(hits|beats|hurts|abuses|kicks|slaps|"
    r"chokes|rapes|threatens|hit|beat|hurt|abused|kicked|slapped|choked|raped|threatened) me\b")


# The writer's own body named as where he touched ("cọ vào người em", "sờ vào đùi tôi"): the
# writer's, however the man is named ("ông già" is otherwise someone else).
_BODY_OF_WRITER = screened(r"\b(vao|vo|sat) (nguoi|dui|nguc|mong|lung|vung kin|cho kin) "
                             r"(toi|em|minh|tui)\b(?! (gai|trai|ho|ay|no)\b)")


# An adult son or daughter who hurts the parent writing ("con trai tôi đang đánh tôi", "con tôi
# đập đồ, dọa giết tôi nếu không đưa tiền"): the writer is the one hurt, the "con" no child at risk.
CHILD_HURTS_WRITER = screened(
    r"\bcon( trai| gai| ruot)?( (toi|em|minh|tui|cua toi|cua em))( \d+ tuoi)?"
    r"( (?!(toi|em|minh|tui|bi)\b)\w+){0,6} "
    r"(danh|dap|xo|doa|de doa|chui|bop co|dam|tat|duoi|bat|ep|nhot|giet|lay (het |sach )?tien)"
    r"( (?!(toi|em|minh|tui|bi)\b)\w+){0,2} (toi|em|minh|tui)\b(?! (gai|trai|be|nho|ut|no|phai|nen|"
    r"can|lo|rat|muon|so|thay|dang|co|khong|ko|biet|hoi|xin)\b)|"
    # an older writer who speaks of herself as "bà", "ông", "tui" ("bà bị thằng con đánh gãy
    # tay", "bà bị con trai nhốt", "con trai bà say rượu đang đập cửa phòng bà", "thằng con
    # trai nghiện… dọa giết tui"): a parent hurt by a grown child, never a child's case
    r"(^|\boi |\b(toi|tui|minh|tao) )((ba|ong|toi|tui|minh|tao) )?(\d{2} ?(t|tuoi) )?"
    r"((da|dang|vua|moi|lai|cung|thi|hay|"
    r"thuong|van) )*bi (thang |con |dua )?(con|con trai|"
    r"con gai|con re|"
    r"con dau|chau)( (trai|gai|ruot|lon|ut|no))?( \w+){0,2} (danh|dap|xo|doa|de doa|chui|bop co|dam|"
    r"tat|duoi|ep|nhot|giet|lay|giut|gianh|dap pha|hanh ha|bo doi|khoa cua)\b|"
    r"\bcon (trai|gai|re|dau) (ba|ong)( (?!bi\b)\w+){0,5} (danh|dap|xo|doa|de doa|chui|nhot|giet|lay|"
    r"dap cua|pha cua|duoi)( \w+){0,3} (ba|ong)\b|"
    r"\b(thang|dua) con( trai| gai)?( (?!(bi|re|dau)\b)\w+){0,8} (danh|dap|xo|doa|de doa|chui|bop co|"
    r"dam|nhot|giet|lay (het |sach )?tien)( (?!(con|vo|chong|me|ba|em|chi|anh|bi)\b)\w+){0,2} "
    r"(toi|tui|minh|tao)\b|"
    # a grown son breaking things, the door, or armed ("thằng con tui đang cầm dao đòi chém tui",
    # "con trai tôi nghiện, nó đang đập cửa đòi tiền", "thằng con say xỉn về đập phá")
    r"\b((thang|dua) con|con (trai|gai))( (toi|tui|minh|em|ba|ong))?( \w+){0,8} (dap cua|pha cua|"
    r"doi tien|dap pha|dap do|pha do|quay pha|cam dao|cam rua|chem)\b|"
    r"\bmy (adult |grown |grown up )?(son|daughter)( \w+){0,4} (hits?|hitting|beats?|beating|hurts?|"
    r"hurting|threatens?|threatening|pushe[sd]|shoves?|steals from|takes my money|yells at) me\b")


def for_whom_of(expanded: str, intent: str | None) -> str | None:
    """Who the violence is happening to: "self", "other" or "child" (None when unclear).

    The victim is looked for where Vietnamese and English put it: before "bị" / "is beaten", or
    right after a violent verb ("đánh mẹ em"); failing that, any mention of a child or another
    person counts, then the first person. The intent breaks a tie: help_other means someone else.
    """
    if _PARTNER_HURTS_WRITER.match(expanded) or _BODY_OF_WRITER.search(expanded) or \
            CHILD_HURTS_WRITER.search(expanded) or _ENGLISH_DONE_TO_ME.search(expanded):
        return "self"
    if _WEAPON_AT_WRITER.search(expanded):
        return "self"   # "ổng cầm kéo dí tui" ("dí tui" folds like "dì tui", my aunt)
    who = victim(expanded)
    if who:
        return "other" if who == "self" and intent == "help_other" and \
            _WHO_OTHER.search(expanded) and not _DONE_TO_WRITER.search(expanded) else who
    if intent != "help_other" and _WRITER_AFRAID.search(expanded):
        # no one named as hurt, and the writer afraid ("chồng cũ cứ tới nhà la lối đòi gặp
        # con, em sợ quá"): the writer's own, whoever else is named
        return "self"
    if intent == "seek_help" and _WHO_SELF.search(expanded) and not _WHO_CHILD.search(expanded):
        return "self"  # the classifier reads the whole message as the writer's own
    # "ổng", "anh ấy", "hắn", "him" with no victim found are the one who hurts, not someone the
    # writer worries about ("ổng đang cầm dao", "tiền bạc, ổng giữ hết lương"): not "other"
    who = _classify(_HURTER_NAMED.sub(" ", expanded))
    if who == "self" and intent == "help_other":
        return "other"
    if who is None and intent == "help_other":
        return "other"
    if who is None and intent in ("seek_help", "emergency", "self_harm"):
        return "self"
    return who


# A ward is a firm match when the person named a place: a type word or a place preposition right
# before the name, or a message that is little more than the name.
_PLACE_CUE = re.compile(r"\b(p|phuong|x|xa|q|quan|huyen|thi tran|tt|khu vuc|kv|o|tai|song o|"
                        r"song tai|nha o|gan|ben|thuoc|ward|commune|in|at|near|from|live)$")
# Ward names that are also everyday words ("sống an bình" = a peaceful life, "thời bình" =
# peacetime): with no place cue they are not read as a ward at all.
COMMON_WORD_NAMES = frozenset({"an binh", "an hoa", "phu loi", "thoi binh", "binh an"})
_FILLER = frozenset({"em", "e", "toi", "tui", "minh", "o", "a", "nha", "nhe", "day", "do",
                     "ah", "i", "thanh", "pho", "tp", "can", "tho", "qmark", "ak", "nhen", "nghen"})


# A place named only to be denied ("không phải Ninh Kiều", "chứ ko phải", "not", "isn't")
DENIED_BEFORE = re.compile(r"\b(khong phai|ko phai|k phai|hong phai|chu khong phai|khong phai la|"
                            r"ko phai la|not|not in|isn't|isnt|it's not|its not)( o| phuong| xa| p)?$")


def ward_entities(text: str, wards: WardIndex) -> dict[str, str]:
    """The ward named in the text: its current name, the old name if an old one was typed, and
    "ward_weak": "1" when nothing around the name says it is a place (the engine confirms it)."""
    match = wards.find_in(text)
    if match is None:
        return {}
    found = {"ward": match.ward.name}
    if match.old_name:
        found["ward_old"] = match.old_name
    key = fold(match.old_name or match.ward.name)
    plain = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
    at = re.search(rf"(?<!\w){re.escape(key)}(?!\w)", plain)
    if at is None:  # typed with a prefix the index strips ("p.ninh kieu"): a place was named
        return found
    before = plain[:at.start()].strip()
    if DENIED_BEFORE.search(before):
        # "không phải Ninh Kiều, Bình Thủy", "not ninh kieu, cai rang": the place said after
        return ward_entities(plain[at.end():], wards)
    rest = [w for w in (before + " " + plain[at.end():]).split() if w not in _FILLER]
    if _PLACE_CUE.search(before) or not rest:
        return found
    if key in COMMON_WORD_NAMES:
        return {}
    found["ward_weak"] = "1"
    return found


# An older writer speaking of themself as "bà" or "ông", typed with the marks ("cho bà hỏi", "bà
# hỏi cho bà", "dạ bà an toàn", "bà nè con", "thằng con bà nó đánh bà", "ông già rồi"): folded,
# "bà" is also "ba", dad, so only the marked words are read
_OLDER_SELF = screened(
    r"\bcho (bà|ông) hỏi\b|\b(bà|ông) hỏi (cho|giùm|giúp) (bà|ông)\b|^(dạ |vâng |ừ )?(bà|ông) "
    r"(nè|đây|an toàn|không biết|ko biết|già rồi|sợ quá|sợ lắm|hỏi|năm nay \d+)\b|"
    r"\b(thằng|con) (con|con trai|con gái|con dâu|con rể|cháu)( của)? (bà|ông) (nó|nó đánh|nó chửi)\b|"
    r"\b(bà|ông) (già|yếu|bệnh) rồi\b")
# …and told as the one hurt ("chửi bà", "xô bà té", "đánh ông", "bà bị")
_HARM_TO_OLDER_SELF = re.compile(
    r"\b(đánh|chửi|xô|đẩy|đuổi|bỏ đói|nhốt|đập|tát|lấy tiền của|giành đất của|lấy đất của) "
    r"(bà|ông)\b|(^|[,.;] |\b(dạ|thì|mà|là|giờ|nay|rồi) )(bà|ông) bị\b")


@lru_cache(maxsize=1024)   # (asked of one text by the entities and the engine)
def older_self(text: str) -> bool:
    """The writer speaks of themself as "bà" or "ông" (an older person writing)."""
    marked = _marked(text)
    if "bà" not in marked and "ông" not in marked:
        return False   # (every rule names one of the two: a miss costs two substring tests)
    return _OLDER_SELF.search(marked) is not None


def _marked(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def extract(text: str, expanded: str, intent: str | None, wards: WardIndex | None) -> dict[str, str]:
    entities: dict[str, str] = {}
    age = age_group(expanded)
    older_writing = older_self(text)
    if older_writing:
        age = "older"   # ("cho bà hỏi… thằng con bà nó… xô bà té": no child, whatever "ba" reads)
    # a threat of suicide to keep the writer: the writer is the one pressed, whoever threatens
    who = "self" if LEVERAGE.search(expanded) else for_whom_of(expanded, intent)
    if older_writing and _HARM_TO_OLDER_SELF.search(_marked(text)):
        who = "self"
    if age == "older" and who == "child":
        # an older person's "con trai tôi" is a grown son: the abuser or another adult
        who = "other" if victim(expanded) == "child" else "self"
    if age == "child" and ((who in ("self", None) and (who or intent in _HELP)) or
                           (who == "other" and _HOUSEHOLD.search(expanded))):
        who = "child"  # a child or teen writing about their own home (also as a witness of
        # violence against a parent or sibling): a child protection case
    kind = kind_of(expanded, who)
    if age == "older" and kind in (None, "other") and _NEGLECT.search(expanded):
        kind = "economic"  # neglect and taking an older person's means (Law 13/2022 Art. 3)
        who = who or "self"
    if age:
        entities["age_group"] = age
    if kind:
        entities["kind"] = kind
    if who and (intent in _HELP or intent == "self_harm" or kind):
        entities["for_whom"] = who
    if wards is not None:
        entities.update(ward_entities(text, wards))
    return entities
