"""Direct questions with one right answer: "who can order no contact?", "is 1900 969 680 free?",
"can I text instead of calling?", "can you call me back?".

The classifier sorts such a question into a broad intent (learn_rights, ask_hotline…), whose
answer is a whole article; a person who asked one thing deserves that thing. These rules pick the
question out of the folded text; the answers themselves live in data/content/answers.yml with
their sources. A question is recognised by its topic words, not by a question mark, since people
often type none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core import disclosure, situations
from bot.core.answers import forms
from bot.nlu.lexicon import AnyOf, ScreenedList, as_screened
from bot.nlu.prefilter import Screened, screened

_POLICE = r"(cong an|canh sat|ca phuong|ca xa|ca quan|ca huyen|ben cong an|police|cops?)"
# ("cho em số…", "gửi em số…", "ck em sợ…": a number asked for, or someone else afraid)
_NOT_ASKING = "".join(f"(?<!{w} )" for w in (
    "cho", "xin", "hoi", "gui", "dua", "tim", "lay", "giup", "kiem", "biet", "chong", "ck", "vo",
    "vk", "ba", "me", "con", "ban", "anh", "chi", "ny"))

# Order matters: the most specific topic first ("1800 1567 còn gọi được không" is about a
# retired number, not about cost).
_TOPICS: list[tuple[str, re.Pattern[str] | Screened | AnyOf]] = [
    ("retired_number", re.compile(r"\b1800 ?1567\b")),
    # whom 111 is for ("is 111 only for children", "người lớn gọi 111 được không")
    ("hotline_111", re.compile(
        r"\b111\b.*\b(chi|chi danh cho|danh cho|only|just)\b.*\b(tre em|tre con|tre nho|children|kids?)\b|"
        r"\b(nguoi lon|adults?|phu nu|women|dan ong|men)\b.*\b(goi|call)\b.*\b111\b|"
        r"\b111\b.*\b(nguoi lon|adults?|phu nu|women)\b.*\b(duoc|khong|ko|qmark|can)\b")),
    # (2026-12-07) whether a call to the hotline stays private ("gọi 111 có bị lộ thông tin ko",
    # "tổng đài có giữ bí mật không", "is calling 111 confidential", "will they tell my husband")
    ("hotline_privacy", re.compile(
        r"\b(111|tong dai|duong day nong|hotline|the hotline|the helpline)\b.*\b((bi )?lo (thong tin|danh tinh|"
        r"ten|so|chuyen|ra)|bi lo|biet (toi|em|minh|tui) la ai|ghi am|luu (so|thong tin|ten|lai)|bao mat|"
        r"giu bi mat|giu kin|bi mat|an danh|nac danh|confidential\w*|anonymous\w*|record(ed|ing)?|"
        r"private|privacy|tell (my|anyone|the police)|find out|see my number|trace)\b|"
        r"\b(is|are|will|would) (calling |a call to |the call to )?(111|the hotline|the helpline|they)( \w+){0,3} "
        r"(confidential|anonymous|private|secret|recorded)\b")),
    ("no_voice", re.compile(
        # ("không dám nói" is not daring to tell anyone, not being unable to speak aloud)
        r"\b(khong (dam|the|tien|duoc phep) goi|khong (the|tien|duoc phep) noi|"
        r"(goi|noi) (dien thoai )?(khong duoc|ko duoc)|(khong|ko|k|hong) (goi|noi)( to)? (duoc|dc)|"
        r"khong noi (duoc|to)|"
        # the one who would hear is in the next room ("ổng ngủ ở phòng bên", "he is in the next
        # room"); never a child crying heard from the next room by a neighbour (a witness's danger)
        r"(ong|ong ay|ong ta|anh|anh ay|anh ta|chong|ck|no|han|bo|ba|ho|he|she|they|hes|shes|theyre|husband|"
        r"boyfriend|bf|dad|father|stepdad)( (em|toi|tui|minh|e))?( is| are| s| dang| van| still| ngu| sleeping| asleep| dang ngu){0,2} (o |ngay |in |in the |right in the )?"
        r"(phong ben( canh)?|next room)|"
        r"(can not|cannot|do not dare to|afraid to|unable to) (call|talk|speak|phone)|"
        r"without (calling|a call|speaking|talking)|no voice|he (will|would|can) hear)\b|"
        # only able to text ("e nhắn tin thôi", "chỉ nhắn được thôi", "i can only text")
        r"^((toi|em|minh|tui) )?chi (co the )?(nhan tin|nhan|text|chat|go chu)( (duoc|dc))?"
        r"( (thoi|a|nha|nhe))*$|^((toi|em|minh|tui) )?(nhan tin|nhan|text|chat|go chu)( (duoc|dc))? "
        r"thoi( (a|nha|nhe))*$|\b(i )?can only (text|type|message|chat)\b")),
    # Texting the police or the hotline, asked; never someone texting threats ("he keeps texting
    # me", "anh ta gửi tin nhắn đe dọa em"): that is a story.
    ("text_instead_of_call", re.compile(
        r"\b(nhan tin (duoc|thay|thay vi|co duoc)|nhan tin (cho |den |toi )?(111|113|115|cong an|"
        r"tong dai)|co (the )?nhan tin (duoc|cho|den|thay)|chi (co the )?nhan tin (duoc|thoi)|"
        r"gui tin nhan (cho |den |toi )?(111|113|115|cong an|tong dai|duoc|co duoc|thay)|"
        r"(gui )?sms (cho |den |toi )?(111|113|115|cong an|tong dai|duoc)|"
        r"(text|message|sms) (to )?(111|113|115|the police|police|the hotline|hotline|instead)|"
        r"(can|could|may) i (text|message|sms)|texting (111|113|115|the police|police|the hotline|"
        r"hotline|instead)|instead of (calling|a call)|"
        r"(bao|to cao|bao tin|trinh bao)( \w+){0,3} (qua|bang) (tin nhan|sms|nhan tin)|"
        r"(report|contact|reach)( \w+){0,3} (by|via|through) (text|sms|message))\b")),
    # afraid of the police, or asking whether this chat tells them ("em sợ công an", "đừng báo
    # công an", "bot có báo công an không", "i don't want the police involved"): the bot tells
    # no one, and help without the police is there. Never "em sợ quá, gọi công an giúp em".
    ("police_fear", re.compile(
        # ("số công an phường" is the police's number: "sợ" said by someone, or with "lắm")
        rf"{_NOT_ASKING}\b((toi|em|minh|tui|rat|cung|van|dang|that su) (so|ngai)|khong tin)"
        rf"( bi| phai)?"
        rf"( (gap|den|toi|dinh toi|dinh den|dinh vao|lam viec voi|len|bao|goi|nho))? {_POLICE}\b"
        rf"(?! (giup|gium|dum|ho|ngay|di|voi)\b)|"
        rf"^(so|ngai)( bi| phai)?( (gap|den|toi|dinh toi|lam viec voi|bao|goi))? {_POLICE}"
        rf"( \w+)?( (lam|qua|lam luon|that))+\b|"
        rf"\b(khong|ko|hong|chua|chang) (muon|dam|thich|can)( phai)? (bao|goi|den|toi|gap|trinh bao|"
        rf"bao cho|bao tin cho|dinh toi|dinh den|dinh vao|lien quan (den|toi)|lam viec voi|nho)"
        rf"( cho)? {_POLICE}\b|"
        rf"\b(khong nen|dung) (bao|goi|bao cho|bao tin cho|nho|keu)( cho)? {_POLICE}\b|"
        # (the bot asked; never "em có thể báo công an ko", whether the writer may report)
        rf"\b(ban|bot|ad|admin|chatbot|he thong|tro ly|tin nhan nay|cuoc tro chuyen nay)"
        rf"( (co|se|co the|co bi|phai|lai))* (bao|bao cho|bao tin cho|chuyen|chuyen cho|noi voi|"
        rf"noi cho|gui cho|dua cho|bao lai)( \w+){{0,2}}? {_POLICE}( \w+){{0,2}} (khong|ko|k|hong|hok|qmark)$|"
        r"\b(afraid of|scared of|fear of|frightened of|do not trust|dont trust|don't trust)( the)? "
        r"(police|cops)\b|"
        r"\b(do not|dont|don't|rather not|never) (want|wanna|like)( to)?( (call|go to|involve|tell|"
        r"see|get|talk to))?( the)? (police|cops)( involved)?\b|"
        r"\b(will|would|do|does|can) (you|this|the bot|this bot|it|this chat) (tell|call|report\w*|"
        r"contact|inform|alert|notify)( it)?( (to|me to))?( the)? (police|cops)\b|"
        r"\b(not the|without( the)?) (police|cops)( please)?$")),
    # whether the bot remembers an earlier chat ("hôm qua e chat với bạn, bạn còn nhớ ko", "do you
    # remember me"): it keeps no conversation, so it does not
    ("remember", re.compile(
        r"\b(ban|bot|ad|admin|may|chi|anh) (con |co )?nho (\w+ ){0,3}(khong|ko|k|hong|hok|qmark)$|"
        # ("con em còn nhỏ, em có nên ly hôn ko": small, not remembering)
        r"(?<!\bcon )(?<!\bbe )(?<!\bchau )(?<!\bem )\b(con nho|co nho) (em|toi|minh|tui|chuyen|cuoc|lan|hom)\b"
        r"(?!.*\b(ly hon|nen|nuoi|con)\b).*\b(khong|ko|k|hong|qmark)$|"
        r"\b(do|did|can) you remember\b|\bremember (me|what i (said|told you)|our (chat|talk))\b")),
    ("callback", re.compile(
        r"\b(goi lai (cho|giup)?|goi (cho|giup) (toi|em|minh)|goi dien (cho|lai cho) (toi|em|minh)|"
        r"call (me )?back|callback|ring me|phone me|call me)\b")),
    # whether calling is seen ("gọi 111 thì ck em có biết ko", "gọi có bị lộ ko", "will he know if
    # i call"): the call log on the phone is the real worry
    ("call_traces", re.compile(
        r"\bgoi\b( \w+){0,4}? (thi |thi co |co |la )?((ai|nguoi nha|gia dinh|chong|vo|ong ay|anh ay|"
        r"no|han|bo|me|ba|ma|nguoi yeu|ban trai)( \w+)? )?(co )?(biet|bi lo|lo ra|bi phat hien|phat hien"
        r"|bi biet)( \w+)?( (khong|ko|k|hong|qmark))+$|"
        r"\b(if i call|calling|call)\b.*\b(will|would|does|can|could) (he|she|they|anyone|someone|"
        r"my (husband|partner|boyfriend|wife|family|parents)) (know|find out|see|be told)\b|"
        r"\b(will|would|does|can) (he|she|they|anyone|my (husband|partner|boyfriend|family)) "
        r"(know|find out|see)( that)? (if )?i (call|called|phone)\b|"
        r"\bshow (up )?(on|in) (my )?(phone|call (history|log))\b")),
    # when they answer or open ("111 làm việc mấy giờ", "có mở cửa chủ nhật ko", "is it open at
    # night"); never "ổng về lúc mấy giờ"
    ("hours", re.compile(
        r"\b((lam viec|mo cua|nghe may|truc|tiep dan|hoat dong)( tu)? (may gio|gio nao|luc nao|den may gio|"
        r"ca ngay|ban dem|24 ?/ ?7|chu nhat|thu bay|cuoi tuan|ngay le|le tet)|gio (lam viec|mo cua|"
        r"hanh chinh|truc)|(co )?(mo cua|lam viec|nghe may|truc) (vao |ca )?(chu nhat|thu bay|cuoi tuan|"
        r"ban dem|dem|ngay le|le tet|bay gio|luc nay)|(nghi|dong cua) (chu nhat|thu bay|cuoi tuan|"
        r"ngay le)|may gio (ho |no |thi )?(lam viec|mo cua|nghe may|truc)|"
        r"what time|opening hours|office hours|working hours|open (on )?(sundays?|saturdays?|"
        r"weekends?|at night|now|today|tonight)|(are|is) (they|it|111|the office) open|"
        r"when (are|is|do) (they|it|111) (open|answer)|24 ?/ ?7( line| open)?|(all night|at night) (line|open)|"
        # (2026-12-07, the twelfth reading) "at night" alone is no question of hours ("they moved
        # us at night from the farm"): only with answering or opening
        r"(answer|pick up|open|work|reply)( the phone| calls)? (at night|all night|overnight)|"
        # (2026-12-07) the hours asked of the service itself ("what are your hours", "are you
        # open 24/7", "tổng đài có trực 24/24 không")
        r"(what are|what'?s|whats) (your|the|its|their) (hours|opening times)|(are|r) (you|u) (open|"
        r"available|there) (24 ?[/ ] ?7|all (day|night)|at night|on weekends|now|today|tonight)|"
        r"(truc|lam viec|hoat dong|nghe may|mo) 24 ?[/ ] ?24|24 ?[/ ] ?24 (khong|ko|k|hong|ha|a))\b")),
    ("shelter_cost", re.compile(
        r"\b(nha binh yen|ngoi nha binh yen|nha tam lanh|noi tam lanh|cho tam lanh|tam lanh|"
        r"shelter|safe house|peace house)\b.*\b(mat (phi|tien)|ton (phi|tien)|tinh (phi|tien)|"
        r"(co )?mien phi|bao nhieu tien|chi phi|tra tien|free|cost|pay|charge|fee)\b|"
        r"\b(mat (phi|tien)|ton (phi|tien)|bao nhieu tien|chi phi|tra tien|cost|pay|fee)\b.*"
        r"\b(nha binh yen|nha tam lanh|noi tam lanh|tam lanh|shelter|safe house|peace house)\b")),
    ("number_cost", re.compile(
        r"\b(mat (phi|tien)|ton (phi|tien)|tinh (phi|tien|cuoc)|co (phi|tinh phi|mat phi)|"
        r"mien phi|phi goi|cuoc goi|free|cost|charge[ds]?|pay|paid|toll)\b")),
    ("see_doctor", re.compile(
        r"\b(di kham|kham benh|kham (o|tai) dau|di bac si|gap bac si|den benh vien|di vien|"
        r"di benh vien|kham thuong tich|giam dinh thuong tich|see a doctor|go to (the |a )?"
        r"(hospital|doctor|clinic)|get checked|medical (check|help|care)|need (a |to see a )?"
        r"(doctor|nurse)|can bac si)\b")),
    # nowhere to sleep tonight, or shelters asked about ("tối nay ko có chỗ ngủ", "bị đuổi ra
    # đường", "i want info about shelters"): how to reach one, their addresses being kept private
    ("shelter_tonight", re.compile(
        r"^((toi|em|minh|tui|e|con|me con (toi|em)) )?((toi nay|dem nay|gio|bay gio) )?(khong|ko|chua|hong|"
        r"chang) (co|con) (cho|noi|nha) (de )?(ngu|o|tru|ve|nuong than)\b(?! (cho|chi|cua|rieng|o|"
        r"thanh pho|tp) )(?!.*\b(tam tru|thuong tru|ho khau|o chung|co bi gi)\b)|"
        r"\b(toi nay|dem nay|gio|bay gio|hien gio)( (toi|em|minh|tui|e|me con em|me con toi))? (khong|ko|chua|hong) "
        r"(co|con) (cho|noi) (de )?(ngu|o|tru)\b|"
        # where to go now ("giờ em đi đâu", "em nên đi đâu bây giờ", "where do i go now")
        r"^((gio|bay gio|vay|the) )?((toi|em|minh|tui|e|con) )?(nen |phai |co the )?(di|chay|tron) (dau|"
        r"dau bay gio|dau gio|dau bh|dau duoc)( (bay gio|gio|day|a|ha|bh))*$|"
        r"^(where (do|should|can) i (go|stay|sleep)( now| tonight)?|where can i go)$|"
        r"\b(khong|ko|chang|hong) (co|con) (cho|noi) nao (de )?(di|o|ngu)\b|"
        # (2026-12-07) out of the house and not knowing where to go ("trốn được ra ngoài rồi mà ko
        # biết đi đâu"); never a weekend's outing
        r"^(?!.*\b(choi|du lich|cuoi tuan|nghi le|hen ho|an uong|cafe|ca phe|shopping|mua sam)\b).*"
        r"\b(khong|ko|k|chang|hong) biet (di|o|ngu|ve|tru) (dau|cho nao)( bay gio| gio| nua| dem nay| toi nay)*$|"
        r"\bnowhere to (sleep|stay|go)\b|\b(no|not have a|don't have a|dont have a|do not have a|"
        r"without a) (place|where|home|bed) to (sleep|stay)\b|"
        r"\b(phai )?ngu (ngoai duong|via he|ngoai hien|gam cau|ngoai cong vien)\b|"
        r"\b(sleep|sleeping) (on the street|outside|rough)\b|"
        r"\b(info|information|tell me|know more|thong tin|tim hieu)( \w+){0,2} (about |ve |on )?"
        r"(the )?(shelters?|safe houses?|nha tam lanh|nha binh yen|cho tam lanh|noi tam lanh)\b"
        r"(?!.*\b(o|gan|tai|quanh|near|in|around|phuong|xa)\b)")),
    ("shelter_address", re.compile(
        r"\b(dia chi|o dau|cho nao|address|where is|location of)\b.*\b(nha binh yen|ngoi nha binh yen|"
        r"nha tam lanh|noi tam lanh|cho tam lanh|tam lanh|shelter|safe house|peace house)\b|"
        r"\b(nha binh yen|ngoi nha binh yen|shelter|safe house|peace house|nha tam lanh)\b.*"
        r"\b(dia chi|o dau|cho nao|address|where)\b")),
    ("no_contact_order", re.compile(
        r"\b(cam (\w+ ){0,3}(tiep xuc|lai gan|den gan)|lenh cam|bien phap cam|khong cho (anh ta|han|no|chong|ong ay|nguoi do) "
        r"(lai gan|den gan|tiep xuc|gap)|no[ -]contact|restraining order|protection order|"
        r"protective order|keep (him|her|them) away( from me)?|"
        r"(court|judge|police)( \w+){0,3} (order|make|tell|force) (him|her|them) (to )?(stay|keep) away)\b")),
    ("where_to_report", re.compile(
        r"\b((bao|to cao|trinh bao|khai bao|to giac|bao tin)( \w+){0,5} (o dau|cho ai|voi ai|"
        r"the nao|nhu the nao|o cho nao|o dau duoc)|bao (cong an|chinh quyen|ubnd|phuong|xa) "
        r"(duoc|the nao|o dau)|(o dau|cho ai|ai) (nhan|tiep nhan) (bao|tin bao|to cao)|"
        # "tôi nên báo ai", "phải trình báo ở đâu": whom to report to, asked
        r"(nen|phai|co the|can|duoc) (bao|to cao|trinh bao|bao tin|to giac)( cho| voi| len)? "
        r"(ai|dau|o dau|noi nao|co quan nao|cho nao|ben nao)|"
        # (2026-12-07) "báo phòng nào dc", "báo khoa nào": which office at a school or a workplace
        r"\bbao (len )?(phong|khoa|ban|bo phan|thay|co) nao\b|"
        r"(where|how|who) (can|do|should) i report|how to report|where to report|report (it|this|him|"
        r"her|abuse|violence) (to|where)|who (do|can) i tell|"
        # "làm sao để báo công an mà chồng không biết", "how can i report him secretly"
        r"(lam sao|lam the nao|cach nao|cach|how)( (de|co the|can i|do i|to))? (bao|to cao|"
        r"trinh bao|bao tin|to giac|report)\b( \w+){0,2} (cong an|chinh quyen|phuong|xa|ubnd|"
        r"police|him|her|it|this|abuse|violence|ma|without|secretly|an danh|bi mat|bao luc|bao hanh)|"
        # said alone: "làm sao để báo", "em muốn báo", "muốn tố cáo", "i want to report it"
        r"^((toi|em|minh|tui|con) )?((muon|can|phai|dinh) )?((lam sao|lam the nao|cach nao) (de )?)?"
        r"(bao(?! tin vui)|to cao|trinh bao|to giac|bao cong an)( (a|nha|di|voi|thi sao|qmark))*$|"
        r"^(i )?(want|need|would like) to report( (it|this|him|her|them))?( (please|now))?$)\b")),
]
# What the law does to the one who hurts ("đánh vợ bị phạt bao nhiêu", "chồng đánh vợ có bị đi tù
# không", "is hitting your wife illegal"): FACTS.md gives no figure, so the answer says it is
# domestic violence under the law, that fines are set by a government decree, and where free
# legal help can say more. Asked, never wished ("em muốn nó bị phạt" is no question): the
# penalty words with a question's words. "phát" (tán, hiện…) folds like "phạt"; "tù" like "tự".
_VIOLENCE_ACT = (r"(danh|bao luc|bao hanh|hanh ha|nguoc dai|chui|de doa|cuong ep|cuong hiep|"
                 r"hiep dam|xam hai|quay roi|ep|tat|dam|da|hit\w*|beat\w*|abus\w*|violen\w*|"
                 r"rap\w*|assault\w*)")
_PENALTY = (r"(muc phat|phat (bao nhieu|the nao|ra sao|gi|tien)|bi phat(?! (tan|hien|trien|song|ra|"
            r"dien|sinh|bieu))|xu phat|bi xu ly|xu ly (the nao|ra sao|nhu the nao|sao|gi)|"
            r"che tai|hinh phat|toi gi|pham toi|pham phap|vi pham (phap )?luat|trai (phap )?luat|"
            r"(di|ngoi|bi|o|lanh an|vao) tu|bi bat(?! (coc|nat|chuoc|di|lam|phai|em|toi))|"
            r"penalty|penalties|punish\w*|fined?|jail|prison|illegal|a crime|against the law|"
            r"arrested)")
_PENALTY_ASKED = screened(
    rf"\b{_VIOLENCE_ACT}\b.*\b{_PENALTY}\b.*\b(bao nhieu|the nao|ra sao|sao|gi|khong|ko|k|hong|"
    rf"chua|qmark|may nam|bao lau|what|how|is|can|will|does)\b|"
    rf"\b(muc phat|hinh phat|che tai|xu phat)\b( \w+){{0,3}} (cho |ve |doi voi |toi )?(toi |hanh vi )?"
    rf"{_VIOLENCE_ACT}\b|"
    r"\b(can|will|could|would|does|do) (he|she|they|my husband|my wife|my partner|the abuser)"
    r"( \w+){0,2} (go to jail|go to prison|be jailed|be punished|be fined|get punished|get fined|"
    r"get jail\w*|face (jail|prison|charges))\b|"
    rf"\b(what is|what's|what are|is there) (the )?(penalty|penalties|punishment|fine)\b.*\b"
    rf"{_VIOLENCE_ACT}|\b(is|are) (it )?{_VIOLENCE_ACT}( \w+){{0,3}} (illegal|a crime|against the law)\b")
_PENALTY_NO_JAIL = screened(_PENALTY_ASKED.pattern.replace(r"(di|ngoi|bi|o|lanh an|vao) tu|", ""))
# Forced sex in marriage, asked about: Law 13/2022 Art. 3 lists it among the acts of domestic
# violence (FACTS.md "Law"). Asked, not told: "chồng ép em quan hệ" is a disclosure.
_MARITAL_RAPE = screened(
    r"\b(hiep dam|cuong hiep|cuong ep (quan he|tinh duc|quan he tinh duc)|ep (vo|chong) quan he|"
    r"ep quan he)( \w+){0,3} (trong hon nhan|vo chong|giua vo chong|voi vo|voi chong)\b.*"
    r"\b(khong|ko|k|hong|qmark|la gi|co phai|co bi|the nao|sao|luat)\b|"
    r"\b(co|la) (bi )?(hiep dam|cuong hiep)( \w+){0,2} (khong|ko|k|hong)\b.*\b(vo|chong)\b|"
    # "chồng ép vợ quan hệ có phải là hiếp dâm không", "hiếp dâm vợ có bị phạt không"
    r"\b((ep|cuong ep|bat|bat ep|ep buoc) (vo|chong)|(vo chong|giua vo chong|trong hon nhan)( \w+){0,2} "
    r"(ep|cuong ep|bat ep|ep buoc))( \w+){0,2} (quan he|quan he tinh duc|ngu|lam chuyen do)\b"
    r"( \w+){0,4} (co phai|co bi|co pham|la|co tinh|co vi pham|bi coi)( la)? (la )?(hiep dam|cuong hiep|"
    r"bao luc|pham phap|pham toi|toi|vi pham|phat|trai phap luat)\b|"
    r"\b(hiep dam|cuong hiep) (vo|chong)( \w+){0,3} (co |bi )?(phat|pham|toi|tu|xu ly|khong|ko|qmark)\b|"
    # "bạo lực tình dục trong hôn nhân là sao, vợ chồng mà cũng tính hả"
    r"\b(bao luc tinh duc|xam hai tinh duc|ep buoc tinh duc) (trong hon nhan|giua vo chong|vo chong)\b.*"
    r"\b(la sao|la gi|co tinh|tinh (khong|ko|ha|a)|cung tinh|co phai|the nao)\b|"
    r"\bvo chong (ma )?cung tinh (ha|a|sao|khong|ko)\b|"
    r"\bmarital rape\b|\b(is it|can it be|is that|is this) (still )?rape( \w+){0,3} (if|when)"
    r"( \w+){0,4} (husband|wife|partner|married)\b|\brape (in|within) (a )?marriage\b|"
    r"\b(husband|wife|spouse)( \w+){0,3} (force|forces|forcing|make|makes)( \w+){0,3} (sex|have sex)"
    r"( \w+){0,4} (illegal|a crime|against the law|rape|allowed|legal)\b")
# A professional's referral asked ("làm sao chuyển gửi nạn nhân đến nơi hỗ trợ", "how do i refer
# a client to Peace House", "quy trình tiếp nhận tin báo bạo lực"): where to connect the person.
_REFERRAL = re.compile(
    r"\b(lam sao|lam the nao|cach|quy trinh|thu tuc|nen|phai)( \w+){0,3} (chuyen gui|chuyen tuyen|gioi thieu|"
    r"ket noi|dua|chuyen|tu van cho|ho tro cho|ho tro|giup)( \w+){0,2} (nan nhan|nguoi bi bao luc|than chu|"
    r"benh nhan|hoc sinh|phu nu|nguoi dan)\b|"
    r"\bquy trinh (tiep nhan|xu ly|ho tro|giai quyet)( \w+){0,3} (bao luc|nan nhan|tin bao|vu viec)\b|"
    r"\bhow (do|can|should) i (refer|connect|link)( \w+){0,2} (client|patient|student|victim|survivor|"
    r"woman|women|someone|her|them)\b|\breferral (process|pathway|procedure|form)s?\b|"
    # ("tôi là công an phường, muốn biết quy trình chuyển tuyến", "how does this programme refer
    # cases")
    r"\bquy trinh (chuyen tuyen|chuyen gui|tiep nhan|phoi hop|xu ly tin bao)\b|"
    r"\b(refer|refers|referring|route|routes) (cases|clients|victims|survivors|people)\b")
# A professional or a student who says so, asking for their work ("tôi là cán bộ phụ nữ phường,
# muốn hỏi quy trình", "mình là sinh viên, đang nghiên cứu về bạo lực gia đình", "I'm a social
# worker, do you have a list of shelters?", "writing a thesis on femicide"): no story to believe
_PROFESSIONAL = screened(
    r"\b(toi|em|minh|tui|chung toi) la (cong an|canh sat|can bo|bac si|y ta|dieu duong|giao vien|"
    r"co giao|thay giao|sinh vien|nha bao|phong vien|nhan vien xa hoi|nhan vien cong tac xa hoi|"
    r"cong tac vien|luat su|nha nghien cuu|nghien cuu sinh|hoc vien|tinh nguyen vien)\b|"
    r"\b(lam|viet|dang lam|dang viet) (luan van|khoa luan|de tai|tieu luan|bai nghien cuu|bai bao|"
    r"phong su)\b|\b(dang )?(nghien cuu|khao sat) (ve )?(bao luc|binh dang gioi|xam hai)\b|"
    r"\bsoan (giao an|bai giang|bai day)\b|"
    r"\b(i'?m|im|i am|we are|we're) (a|an) (police officer|cop|officer|social worker|doctor|nurse|"
    r"teacher|student|researcher|journalist|reporter|lawyer|counsell?or|health worker|volunteer|"
    r"case worker|caseworker|midwife|phd student|graduate student)\b|"
    r"\b(writing|doing|working on) (a|my|our) (thesis|dissertation|paper|research|project|article|"
    r"report|story|study)\b|\b(researching|studying) (gender|domestic|sexual|violence|femicide|abuse)")
# "Is it my fault?" asked about the violence ("chuyện này có phải lỗi của em ko", "tại em hả",
# "did i deserve it"): that it is not, before anything else.
_FAULT_ASKED = screened(
    r"\b(co phai|la|chac|hay la|hoac la|phai chang) (la )?(loi|tai|do|vi) (cua )?(em|toi|minh|tui|chi|"
    r"con|tao)\b( \w+){0,3} ?(khong|ko|k|hong|qmark|a|ha|hay sao|khong a|phai khong|dung khong)?\b|"
    r"\b(loi|tai|do) (cua )?(em|toi|minh|tui|con)( ha| a| phai khong| khong| ko| qmark| hay sao)+\b|"
    r"\b(em|toi|minh|tui|con) (co )?(loi|sai|dang bi|dang doi|dang)( \w+){0,2} (khong|ko|k|hong|qmark|ha)\b|"
    r"\b(is|was) (it|this|that) (all )?my fault\b|\bmy fault( qmark)?$|\b(did|do) i deserve\b|"
    r"\bam i to blame\b|\b(is|was) (it|this) because of me\b")
_TOPICS.insert(0, ("not_your_fault", _FAULT_ASKED))
_TOPICS.insert(0, ("referral", _REFERRAL))
_TOPICS.append(("professional", _PROFESSIONAL))
_TOPICS.insert(0, ("marital_rape", _MARITAL_RAPE))
_TOPICS.insert(1, ("penalties", _PENALTY_ASKED))

# A question about the law's practical side (a lawyer, legal aid, divorce, custody, property):
# FACTS.md gives no figures or outcomes for these, so the answer is where free legal help is.
# Asked, not told: the topic words with a question's words, so "tôi muốn ly hôn" stays a message
# for the classifier and the disclosure reader.
_LEGAL = re.compile(
    r"\b(luat su|tro giup phap ly|tu van phap ly|tu van phap luat|ho tro phap ly|tu van luat|quyen nuoi con|"
    r"(ai|duoc|gianh|tranh) nuoi con|ly hon|ly di|ly than|(ket thuc|cham dut) (cuoc )?hon nhan|"
    r"chia tai san|di kien|khoi kien|kien tung|kien ra toa|ra toa|hau toa|lawyer|attorney|"
    r"legal (aid|advice|help|assistance)|custody|divorce|sue|lawsuit)\b")
_ASKS = re.compile(
    r"\b(qmark|the nao|nhu the nao|sao|lam sao|ai|gi|nao|can gi|thu tuc|mien phi|co the|bao nhieu|"
    r"chi phi|how much|cost|"
    r"(duoc|co|phai|dung) (khong|ko|k)|muon biet|hoi|xin|how|what|who|which|can i|do i|"
    r"is there|free|need|(khong|ko|k|chua|hong)( qmark)?$)\b")
# Where to find legal help ("luật sư gần Ninh Kiều", "legal help near me") is a search of the
# directory (bot/core/flows/services.py), not this answer.
_PLACE = re.compile(r"\b(gan|o dau|cho nao|noi nao|dia chi|phuong|xa|near\w*|where|address|"
                    r"ward|commune)\b")
_TOPICS.append(("legal_aid", re.compile(rf"{_LEGAL.pattern}.*{_ASKS.pattern}|"
                                        rf"{_ASKS.pattern}.*{_LEGAL.pattern}")))
# (2026-12-07, a third resident test) Custody asked by who will raise the child, a question by its
# own words ("con e 2 tuổi thì ai được nuôi", "bố hay mẹ có quyền giữ con"); never a pet to be
# taken in ("ai nuôi giùm con chó")
_TOPICS.append(("legal_aid", re.compile(
    r"\b(ai|nguoi nao|ben nao|bo hay me|ba hay me|cha hay me) (se |duoc |co quyen |duoc quyen )+(nuoi|giu|"
    r"cham soc)( con| be| chau| tui nho)?\b(?! (giup|gium|dum|ho|meo|cho|cun)\b)")))
# Mental health asked about, not lived through in the message: what depression or anxiety is,
# where to find a counsellor for it, or someone else's ("bạn em bị trầm cảm"). The writer's own
# ("em bị trầm cảm", "i'm so depressed") is the crisis pathway's (bot/core/self_harm.py).
_MIND = (r"(tram cam|lo au|roi loan lo au|roi loan tam ly|benh tam ly|benh tam than|"
         r"suc khoe tam than|suc khoe tinh than|khung hoang tam ly|mat ngu|hoang loan|sang chan|"
         r"ptsd|tu van tam ly|ho tro tam ly|tri lieu tam ly|bac si tam ly|chuyen gia tam ly|"
         r"bac si tam than|nha tam ly|depression|depressed|anxiety|panic attacks?|mental health|"
         r"therapist|therapy|psychologist|psychiatrist|insomnia|trauma)")
_MIND_ASKED = screened(
    rf"\b{_MIND}\b( \w+){{0,3}} (la gi|la sao|la benh gi|la the nao|co nguy hiem|co chua|"
    r"chua (duoc|khoi)|dieu tri|co lay|bieu hien|dau hieu|trieu chung)\b|"
    r"\b(dau hieu|trieu chung|bieu hien|the nao la|what is|what are|what's|signs of|symptoms of|"
    rf"how (do|can|to) (i )?(know|tell|help|deal with|cope with|treat|get over))( \w+){{0,3}} {_MIND}\b|"
    rf"\b{_MIND}\b.*\b(phai lam sao|lam sao|lam gi|lam the nao|the nao|giup|goi (so|ai|dau)|"
    r"o dau|so nao|qmark|what (should|can|do) i do|how (do|can) i|where|who can)\b|"
    r"\b(o dau|tim|can|muon|gap|where|find|need|want|see|number|so|duong day|tong dai|line)\b"
    r"( \w+){0,4} (tu van tam ly|ho tro tam ly|tri lieu tam ly|bac si tam ly|chuyen gia tam ly|"
    r"bac si tam than|nha tam ly|therapist|psychologist|psychiatrist|mental health (help|support|"
    r"line|hotline|service))\b")
_MIND_OTHER = re.compile(
    r"\b(ban|vo|chong|con|me|ma|ba|bo|cha|chi|anh|em gai|em trai|chi gai|anh trai|nguoi yeu|"
    r"ban trai|ban gai|dong nghiep|hoc sinh|sinh vien) (toi|em|minh|tui|cua toi|cua em|cua minh)"
    rf"( (?!(toi|em|minh|tui)\b)\w+){{0,3}}( (bi|dang bi|mac|co ve|hinh nhu|nghi bi|bi benh))?"
    rf"( (?!(toi|em|minh|tui)\b)\w+){{0,2}} {_MIND}\b|"
    r"\bmy (friend|wife|husband|partner|son|daughter|mom|mother|dad|father|sister|brother|"
    rf"boyfriend|girlfriend|student|colleague)( \w+){{0,3}} (has|is|seems|suffers from|got)( \w+){{0,2}} {_MIND}\b")
_MIND_OWN = re.compile(
    rf"\b(toi|em|minh|tui|i|i am|i'm|im)( \w+){{0,2}} (bi|mac|dang bi|co|have|am|feel|get|got|"
    rf"suffer from)( \w+)? {_MIND}\b|\bi('m| am) (so |really |very )?(depressed|anxious)\b")
# Whether one has it, asked ("mình bị trầm cảm không", "làm sao biết mình bị trầm cảm", "how do i
# know if i have depression", "am i depressed?"): a question, answered with where support is
_MIND_SELF_ASKED = re.compile(
    rf"\b(how (do|can|would) i (know|tell)|do i have|could i (have|be)|what if i have)\b( \w+){{0,4}} "
    rf"{_MIND}\b|^(am i|am i just|do i have)( \w+)? {_MIND}( or not| or just \w+)?( qmark)*$|"
    rf"\b(lam sao|sao|the nao|lam the nao)( de| ma)? biet (minh|em|toi|tui|con)( \w+){{0,2}} (bi|mac|co) "
    rf"{_MIND}\b|^((co phai|liệu|lieu|co khi) )?(minh|em|toi|tui|con)( co)? (bi|mac)( benh)? {_MIND}"
    r"( (khong|ko|k|hong|chua|ha|a|vay|qmark))+$")
# Before see_doctor: "em muốn gặp bác sĩ tâm lý" is this, not a doctor for an injury.
_TOPICS.insert(next(i for i, (key, _) in enumerate(_TOPICS) if key == "see_doctor"),
               ("mental_health", re.compile(rf"{_MIND_ASKED.pattern}|{_MIND_OTHER.pattern}|"
                                            rf"{_MIND_SELF_ASKED.pattern}")))
# each topic tried only where its words occur (bot/nlu/prefilter.py): a turn asks them all
_TOPICS = [(key, Screened(p) if isinstance(p, re.Pattern) else p) for key, p in _TOPICS]
# (two long alternations of rare words cost less as the list of their branches, measured on the
# benchmark mix: bot/nlu/lexicon.AnyOf)
_AS_BRANCHES = frozenset({"mental_health", "police_fear"})
_TOPICS[:] = [(key, AnyOf(pattern.pattern, pattern.flags) if key in _AS_BRANCHES else
                as_screened(pattern)) for key, pattern in _TOPICS]
TOPIC_KEYS = tuple(key for key, _ in _TOPICS)
# the topics a message's forms could match, found in one step (bot/nlu/lexicon.ScreenedList)
_TOPIC_SCREEN = ScreenedList(pattern for _, pattern in _TOPICS)
_ABOUT_NUMBER = re.compile(r"\b(\d{3}|goi|call|calling|so|number|hotline|tong dai|duong day)\b")
# "có mất tiền ko", "is it free?" asked alone: the cost of the help talked about
_COST_ASKED = re.compile(r"^((nhan|nhan tin|chat|hoi|goi|dung) (o day |cai nay |bot nay )?)?(co )?(mat tien|"
                         r"ton tien|mat phi|ton phi|tinh phi|mien phi|phai tra tien)"
                         r"( khong| ko| k| hong| chu| qmark| ban| ban oi| a| vay| ha)+$|^(is it|is this|are they) (free|paid)( qmark)?$|"
                         r"^(does it|will it) cost( money| anything)?( qmark)?$")


def names_legal_matter(text: str) -> bool:
    """A lawyer, legal aid, divorce, custody or property named ("tôi muốn ly hôn"), asked or not."""
    return any(_LEGAL.search(t) for t in forms(text))


# The writer's or a family member's own work hours, told ("em làm việc ca đêm"): no question of
# when a service opens.
_SOMEONES_WORK = re.compile(r"\b(toi|em|minh|tui|anh|chi|con|chong|vo|ong ay|anh ay|no|han)( \w+)? "
                            r"(lam viec|lam|di lam|truc)\b")


# Another kind of help asked for in the same message ("đừng gọi công an, tìm nhà tạm lánh gần Cái
# Răng"): the search, not the answer about the police
_OTHER_HELP_ASKED = re.compile(r"\b(tim|kiem|cho (em|toi|minh)|can|xin)( \w+){0,2} (nha tam lanh|tam lanh|"
                               r"cho o|cho tru|benh vien|luat su|tu van|tro giup phap ly|shelter|"
                               r"lawyer|hospital|counsel\w*)\b")


# Someone else unwilling ("ck e không dám đến công an đâu", "ba e không muốn báo công an"): told
# of them, not the writer's own fear; the story is read on (a disclosure, a request)
_OTHERS_UNWILLING = re.compile(
    r"\b(chong|ck|vo|vk|ba|me|bo|cha|ma|anh|chi|ban|no|ong ay|anh ay|ba ay|co ay|chi ay|nguoi ta|"
    r"gia dinh|nha chong|hang xom)( (em|toi|minh|tui|e))? (cung |van |lai )?(khong|ko|hong|chua|chang) "
    r"(muon|dam|thich|can|chiu|cho)\b")


# The writer hurt, told ("e bị ck đánh hoài"): her own story, never a professional's referral
_WRITER_HURT = re.compile(r"\b(toi|em|minh|tui|e) (cung |van |dang |hay |thuong |vua )?bi\b|"
                          r"\b(toi|em|minh|tui|e) (muon|can|dinh|se|sap) (to cao|bao|trinh bao|kien|ly hon)\b")
# The writer weighing it herself ("…, e có nên tự đi báo ko"): the answer about the police is hers
_WRITER_WEIGHS = re.compile(r"\b(toi|em|minh|tui|e)( co)? (nen|co nen|co the|dam|muon)( tu)?( di)? (bao|trinh bao|"
                            r"to cao|den|gap)\b")


# Put out of the home, told in the same message: a story the danger reading takes first
_PUT_OUT_NOW = re.compile(r"\b(duoi|tong|day|keo) (\w+ ){0,3}(ra khoi nha|ra duong|ra ngoai)\b|"
                          r"\b(kicked|threw|thrown|locked) (me |us )?out\b")


_THINGS = re.compile(r"(?<!\w)đồ(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)   # asked of one message by several readers in a turn
def topic(text: str) -> str | None:
    """The answers.yml key a direct question asks about, or None."""
    # ("đồ", things or a slur, "đập đồ", "đồ con hoang", folds like "do", because: "có phải
    # do em không" asks of fault, "đập đồ, em ko ngủ" tells a story)
    texts = forms(_THINGS.sub("thứ", text) if "đồ" in text.casefold() else text)
    for index in _TOPIC_SCREEN.candidates(texts):
        key, pattern = _TOPICS[index]
        if not any(pattern.search(t) for t in texts):
            continue
        if key == "number_cost" and not any(_ABOUT_NUMBER.search(t) or _COST_ASKED.match(t)
                                            for t in texts):
            continue
        if key == "legal_aid" and any(_PLACE.search(t) for t in texts):
            continue
        if key == "where_to_report" and "bảo" in text.casefold() and "báo" not in text.casefold():
            continue   # "em muốn bảo…" (I want to tell…): "bảo" and "báo" fold alike
        if key == "remember" and ("nhờ" in text.casefold() or "nhỏ" in text.casefold()) and \
                "nhớ" not in text.casefold():
            continue   # "nhờ" (ask), "nhỏ" (small) fold like "nhớ" (remember)
        if key == "shelter_tonight" and any(_PUT_OUT_NOW.search(t) for t in texts):
            continue   # "bị đuổi ra khỏi nhà giữa đêm, không có chỗ ngủ": the story, danger first
        if key == "police_fear" and (("số" in text.casefold() and "sợ" not in text.casefold()) or
                                     any(_OTHER_HELP_ASKED.search(t) for t in texts) or (
                                         any(_OTHERS_UNWILLING.search(t) for t in texts) and
                                         not any(_WRITER_WEIGHS.search(t) for t in texts))):
            continue   # "số công an phường…": the number; "…, tìm nhà tạm lánh": the search
        if key == "penalties" and "tù" not in text.casefold() and not text.isascii() and \
                not any(_PENALTY_NO_JAIL.search(t) for t in texts):
            continue   # "đi tu" (to become a monk) folds like "đi tù" (to prison)
        if key == "professional" and _tells_violence(text):
            continue   # "tôi là sinh viên, bị bạn trai đánh": her own story, believed
        if key in ("referral", "professional") and (situations.tells_own(text) or
                                                    any(_WRITER_HURT.search(t) for t in texts)):
            continue   # "thủ tục hỗ trợ nạn nhân thế nào, e bị ck đánh hoài": her own story
        if key == "hours" and any(_SOMEONES_WORK.search(t) for t in texts):
            continue   # "em làm việc ca đêm", "chồng em làm việc ban đêm": told, not asked
        return key
    return None


def _tells_violence(text: str) -> bool:
    """A kind of violence told in the message (bot/core/disclosure.py), not only asked about."""
    found = disclosure.detect(text, None)
    return found is not None and found.kind is not None and found.told


def asks_about_mental_health(text: str) -> bool:
    """Depression or anxiety asked about, or someone else's told ("trầm cảm là gì", "bạn em bị
    trầm cảm"), not the writer's own: the classifier's `self_harm` on such words is then no
    reason for the crisis words; the answer is where to find support (answers.yml)."""
    texts = forms(text)
    return topic(text) == "mental_health" and \
        not any(_MIND_OWN.search(t) and not _MIND_OTHER.search(t) and not _MIND_SELF_ASKED.search(t)
                for t in texts)
