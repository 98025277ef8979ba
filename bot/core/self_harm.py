"""Suicide and self-harm signs: their own pathway, never the domestic-violence advice.

Two levels, read from the folded, abbreviation-expanded text (as the danger lexicon is):
- "now": the person has harmed themselves or is about to ("vừa uống cả vỉ thuốc", "đang đứng
  trên cầu", "I just took a lot of pills"): 115 and 113 first, like any danger to life;
- "thoughts": wishes to die, to disappear, to hurt oneself, direct or indirect ("không muốn sống
  nữa", "sống làm gì nữa", "no reason to live"): a caring reply with the mental-health line and
  111, and a gentle question about safety now.

Recall matters more than precision (as in bot/core/safety.py); only everyday hyperbole that no
counsellor would read as a risk ("đói muốn chết", "cười muốn chết") is left out. The classifier's
`self_harm` intent adds what the patterns miss.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from bot.core.content_words import has_content
from bot.nlu.entities import LEVERAGE
from bot.nlu.lexicon import AnyOf, Lexicon
from bot.nlu.normalize import fold, normalize
from bot.nlu.prefilter import screened

if TYPE_CHECKING:
    from bot.nlu.understanding import Understanding

# An illness a medicine is taken for ("bạn em bị sốt, nó uống thuốc rồi", "bé bị tiêu chảy"):
# pills taken for it are no act of self-harm
_ILL = (r"(sot|cam|ho|dau dau|dau bung|dau rang|dau hong|tieu chay|om|benh|bac si|ke don|cam cum|"
        r"viem|mat ngu|di ung)")
# A knife, scissors or a hammer looked for in the house ("cái dao phay nhà mình để mô rồi", "mẹ
# ơi cái kéo đâu rồi", "where did you put the scissors"): no weapon raised and no wish to die.
# Read here for the classifier's guesses, and by bot/core/safety.py among the harmless things.
TOOL_LOOKED_FOR = (
    r"\b(dao|dao phay|dao thai|dao bau|keo|bua)( \w+){0,3} (de|cat|nam|bo|vut|giau)( \w+)? (o )?(mo|dau|cho "
    r"nao|noi nao)( roi| vay| the| ha| a| ta)*\b|\b(cai|con|cay) (dao|dao phay|keo|bua)( \w+){0,2} (o )?(dau|"
    r"mo|cho nao)( roi| vay| the| ha| a| ta)*\b|\b(tim|kiem) (hoai |mai |hoai ma |nay gio )?(khong|ko|k|"
    r"chang|hong) (thay|ra) (cai |con )?(dao|keo|bua)\b|\bwhere('?s| is| did (you|u) put| are| did (\w+ )?go) "
    r"(the|my|our) (knife|knives|scissors|hammer|cleaver)\b")
# The writer's own exasperation, foretold with "mất" ("ck t ngáy như sấm, chắc có ngày t giết ổng
# mất", "one of these days i'm gonna strangle him, he never does the dishes"): no threat to her
# and no wish to die; read here for the classifier's guesses, and by bot/core/safety.py
EXASPERATED = (
    r"\b(chac|co ngay|kieu nay|cu the nay|cu vay|phen nay)( \w+){0,3} (toi|em|tao|tui|minh|t) (giet|bop co|"
    r"dap|xe xac|an thit|xu) (ong|ba|no|chong|ck|vo|vk|thang|con|anh|chi|may|ong ay|ba ay|han)( \w+)? (mat|qua|"
    r"that|luon)\b(?!.*\b(danh|dap|bop co|chui|doa|hanh ha|bao hanh|dam|da) (em|toi|tui|minh|con|me|tao)\b)|"
    r"\bone of these days (i'?m|im|i am|i'?ll|ill) (gonna |going to )?(kill|strangle|murder) (him|her|them|"
    r"my (husband|wife|roommate|brother|sister|kid|son|daughter))\b")
# A tattoo, a small burn at the stove ("mới xăm hình con dao găm", "burned my hand on the pan,
# just a small blister"): a knife drawn or a burn told that no one did to anyone. Among the
# everyday words (`_EVERYDAY`), and with no one named beside it no story of violence either
# (bot/core/engine.py).
MARK_OF_NO_HARM = (
    r"xam (hinh|chu|mot|con|cai|len|them)|hinh xam|tattoo\w*|"
    # (her own doing only: "my employer just burned my arm with an iron" is his)
    r"(^|\bi |\bi just |^just )(burn|burned|burnt) my (hand|finger|arm|thumb|wrist) (on|with|while|cooking|baking|"
    r"ironing)|"
    r"blisters?|aloe|phong nhe|bong nhe|(bong|phong) (tay|ngon tay|canh tay)( \w+){0,2} (vi|khi|luc) (nau|"
    r"chien|ui|lam bep|nuong)")
_MARK_OF_NO_HARM = re.compile(r"\b(" + MARK_OF_NO_HARM + r")\b")
# Body art chosen: a tattoo, a piercing, brows or lips done ("xăm hình có chảy máu nhiều không",
# "will my tattoo bleed a lot"): its blood is no wound (bot/core/safety.py, bot/core/medical.py)
BODY_ART = (MARK_OF_NO_HARM + r"|xo khuyen|bam khuyen|bam lo tai|piercings?|pierced|phun (moi|may)|"
            r"dieu khac (chan )?may|xam (moi|may)|microblading")
_NOW = [
    # (2026-12-07, the fifteenth reading) the gas opened in a shut room ("e mở bình ga rồi, cửa sổ
    # đóng hết rồi", "turned on the gas and sealed the windows"); never a leak smelt (a fire, 114:
    # bot/core/medical.py) nor a stove lit to cook
    r"^(?!.*\b(nau|nau an|nau com|bep|chien|xao|luoc|ro ri|ri|xi|mui ga|thay ga|doi ga|het ga|cook\w*|leak\w*|"
    r"smell\w*)\b).*\b(mo|xa|van|bat) (\w+ )?(binh ga|ga|gas|khi ga|van ga)( \w+){0,2}\b.*\b(dong|khoa|bit|"
    r"chen|dan) (het |kin |lai |chat )?(cua|cua so|phong|khe cua|het)\b|"
    r"\b(turned|switched|left) on (the )?gas\b.*\b(sealed|shut|closed|taped|locked) (all )?(the )?"
    r"(windows?|doors?|room|gaps)\b",
    # (2026-12-07) everything in the cabinet taken, and its sleep coming ("took everything in the
    # cabinet about an hour ago, getting really sleepy now")
    r"\b(took|swallowed|taken|drank) (everything|all of it|all of them|the whole (bottle|box|pack|strip)|"
    r"all (the|my|of my) (pills|tablets|meds|medicine|sleeping pills))\b.*\b(ago|sleepy|drowsy|dizzy|"
    r"can'?t (stay awake|keep my eyes open)|going numb)\b",
    r"\b(vua|da|dang|moi|lo) (uong|nuot|an) ((het|ca|nhieu|rat|mot|hai|vi|lo|hop|nam|chai) ){0,4}"
    r"(thuoc|thuoc ngu|thuoc chuot|thuoc tru sau|thuoc an than)\b"
    # (medicine as prescribed: "vừa uống thuốc cảm", "đã uống thuốc hạ sốt")
    r"(?! (cam|ho|sot|ha sot|dau dau|giam dau|bo|vitamin|tieu hoa|da day|huyet ap|tieu duong|khang sinh|"
    r"theo don|bac si|dau bung|di ung|tri|dau rang|tranh thai|giam can|sau an|truoc an)\b)",
    r"\buong (het |ca )?(vi|lo|hop) thuoc\b", r"\buong thuoc (ngu|chuot|tru sau) (roi|xong)\b",
    # all of the medicine taken at once ("ăn hết thuốc trong tủ rồi", "nuốt sạch hộp thuốc r");
    # never a course finished as the doctor said
    r"\b(an|uong|nuot) (het|ca|sach|het sach) (thuoc|vi thuoc|hop thuoc|lo thuoc|chai thuoc)"
    r"( \w+){0,3} (roi|r|xong)\b(?!.*\b(theo toa|theo don|bac si|khang sinh|cam|ho|sot|vitamin|"
    r"dung lieu|du lieu|het benh|khoi benh|khoi|do roi|khoe)\b)",
    # a poison swallowed, with its harm showing now ("mẹ e uống thuốc chuột, mẹ đang nôn")
    r"\b(uong|nuot|an) (\w+ ){0,2}(thuoc chuot|thuoc tru sau|thuoc diet co|thuoc ngu|thuoc doc|"
    r"nuoc tay|thuoc an than)\b.*\b(non|oi|co giat|sui bot mep|lo mo|bat tinh|ngat|xiu|kho tho|lim di|"
    r"vomit\w*|seizure|unconscious|passed out|not breathing)\b",
    # a whole supply of medicine swallowed ("i just swallowed a whole bottle of painkillers",
    # "took all my sleeping pills", "i overdosed"): never a dose as prescribed
    r"\b(swallowed|took|taken|downed|ate|popped) (a |the |my )?(whole|entire|full|all|all of|all the|"
    r"handful of|box of|bottle of|pack of|packet of|strip of)( (bottle|box|pack|packet|strip) of)?( my| the)? "
    r"(pills|painkillers|tablets|meds|medication|medicine|sleeping pills|paracetamol|tylenol|panadol|"
    r"antidepressants)\b(?!.*\b(doctor|prescri\w*|as usual|as told|as directed|on time|every day|"
    r"daily|like i should)\b)|\b(i|i'?ve|i have|just) (overdosed|od'?d)\b",
    r"\b(took|swallowed|drank|ate) (\w+ ){0,2}(rat poison|pesticide|poison|sleeping pills|bleach)\b.*"
    r"\b(vomit\w*|throwing up|seizure|unconscious|passed out|not breathing|foaming)\b",
    r"\b(vua|da|dang|moi) (rach|cat|rach nat) (tay|co tay|ban than|chinh minh|minh|chan)\b",
    # done, or bleeding ("em cắt tay rồi, máu chảy nhiều quá"), the writer the one who cut: not a
    # thought, a wound now (never "lỡ cắt tay" cooking, nor "ck rạch tay em": his violence)
    r"^((toi|em|minh|tui|con|tao) )?(tu |vua |da |moi )?(rach|cat|rach nat) (tay|co tay)"
    r"( minh| chinh minh)? (roi|xong)\b(?! (em|toi|minh|tui|cho|giup|ho)\b)",
    r"^((toi|em|minh|tui|con|tao) )?(tu |vua |da |moi )?(rach|cat|rach nat) (tay|co tay)"
    r"( minh| chinh minh)?( (roi|xong))?( \w+){0,4} (chay mau|mau chay|ra mau|mat mau|mau ra)\b",
    r"\bdang (dung|ngoi|treo) (tren|o|ngoai) (cau|san thuong|mai nha|lan can|ban cong|tang)\b",
    # a razor blade in the writer's hand, and today said ("tui đang cầm dao lam, hôm nay tui làm
    # thật", "e cầm lưỡi lam rồi, tối nay e làm")
    r"^((toi|em|minh|tui|e|tao|con) )?(dang |da )?(cam|co|cam san|de san|mua) (dao lam|luoi lam|lam dao)"
    r"( \w+){0,6} (lam that|se lam|lam luon|lam day|lam lien|ket thuc|cham dut|tu tu|toi nay|hom nay|"
    r"dem nay|bay gio)\b",
    # over the railing of a high place ("e bước qua lan can rồi", "đang trèo ra ngoài lan can")
    r"\b(buoc|treo|leo|trep|vuot|ngoi|dung) (qua|ra ngoai|len|ra) (khoi )?(lan can|thanh chan|thanh lan can|"
    r"mep (san thuong|mai|ban cong|cau))\b(?!.*\b(de|lay|phoi|sua|don|lau|cuu|keo|giup|do)\b)",
    r"\b(climbed|climbing|stepped|stepping|standing|sitting) (over|on|outside) (the )?(railing|ledge|"
    r"balcony railing|edge of the (roof|bridge|balcony))\b",
    r"\b(sap|chuan bi|dinh|quyet dinh|se) (nhay|tu tu|ket lieu|uong thuoc|treo co|tu sat)"
    r"( ngay| luon| day)? ?(bay gio|toi nay|dem nay|hom nay|ngay bay gio|luc nay|ngay)\b",
    r"\b(chuan bi|sap) (nhay|tu tu|treo co|ket lieu)\b",
    # a time set before the means ("e định tối nay uống thuốc", "tính đêm nay nhảy cầu")
    r"\b(sap|chuan bi|dinh|tinh|quyet dinh) (toi nay|dem nay|hom nay|bay gio|ngay bay gio|luc nay) "
    r"(se )?(nhay( cau| song| lau)?|tu tu|ket lieu|uong (het )?(thuoc|thuoc ngu|thuoc chuot|"
    r"thuoc tru sau)|treo co|tu sat|rach tay|cat tay)\b",
    # a plan made ("I have a plan to kill myself", "em đã có kế hoạch tự tử")
    r"\b(have|got|made|making) a plan (to|for) (kill|end|hurt)(ing)? (myself|my life|it all)\b|"
    r"\bplanning (to|on) (kill|end)(ing)? (myself|my life|it all)\b|"
    r"\b(co|da co|len|lap|dang len) ke hoach( de)? (tu tu|tu sat|chet|ket lieu|ket thuc cuoc (doi|song))\b",
    r"\b(se|sap|dinh|quyet dinh) (nhay (cau|song|lau)|tu tu|treo co|uong thuoc)( \w+){0,2} "
    r"(bay gio|toi nay|dem nay|hom nay)\b",
    r"\b(toi nay|dem nay|hom nay|bay gio) (toi |em |minh |con )?(se |sap )?(tu tu|chet|ket thuc"
    r" tat ca|ket lieu|nhay cau)\b",
    # "tối nay em sẽ kết thúc" (said alone: not a task, a class or a shift that ends)
    r"\b(toi nay|dem nay|hom nay|bay gio) (toi |em |minh |con )?(se |sap )?ket thuc"
    r"( (thoi|day|luon|het|moi thu|cuoc doi|cuoc song))*( qmark)?$",
    r"\b(thu tuyet menh|loi tu biet|vinh biet moi nguoi)\b",
    r"\b(took|taken|swallowed) (a lot of|all|too many|a bottle of|some|all my|all the|many|"
    r"a handful of|a box of)? ?(pills|tablets|sleeping pills|medicine|meds|poison)\b"
    # (as prescribed: "i took all my meds this morning like the doctor said", "took medicine for
    # my cold")
    r"(?!( \w+){0,2} (as prescribed|like the doctor|as the doctor|with breakfast|with food|for my "
    r"(cold|headache|flu|fever|pain|back|allergies|period)|for a (cold|headache|fever)))",
    r"\boverdos(ed|ing)\b",
    r"\b(just|have just|i) (cut|slit) (myself|my wrists?|my arm)\b(?! (sometimes|when|whenever|every|"
    r"often|a lot|to cope|when i|shaving|cooking|chopping|by accident|accidentally|on (a|the|some|"
    r"paper|glass)|with (a|the) (kitchen|bread|paper)|while))",
    r"\b(am|i am) (on|at|standing on) the (bridge|roof|edge|ledge|balcony)\b",
    r"\b(going to|gonna|about to|will|'ll) (jump|kill myself|end it|end my life|hang myself)"
    r"( all)? ?(now|tonight|today|right now)\b",
    r"\babout to (jump|kill myself|end it|end my life|hang myself)\b",
    r"\bhave (a|the) (rope|knife|pills) (ready|with me|here)\b",
    r"\b(suicide|goodbye) (note|letter)\b", r"\bthis is (my )?goodbye\b",
    r"\b(took|taken|swallowed|ate|had) (?!(one|two|a|my|the|her|his) (pills?|tablets?|meds)\b)"
    r"(\w+ ){0,4}(pills|tablets|sleeping pills|poison|meds)\b"
    r"(?!( \w+){0,2} (as prescribed|like the doctor|as the doctor|with breakfast|with food|for my "
    r"(cold|headache|flu|fever|pain|back|allergies|period)|for a (cold|headache|fever)))",
    r"\b(dang |da |roi )?(dung|ngoi|treo) (tren|o|ngoai|canh)( \w+){0,2} (cau|san thuong|mai nha|"
    r"lan can|ban cong|thanh cau|mep|noc nha|tang thuong)\b",
    r"\buong (\w+ ){0,2}(thuoc diet co|diet co|thuoc tru sau|thuoc chuot|thuoc doc|axit) (roi|xong)\b",
    r"\b(lo than|dot than)\b",
    # charcoal and a room sealed ("i bought charcoal and taped the windows", "em mua than rồi, dán
    # kín cửa rồi"): the means ready
    r"\b(charcoal|than)\b.*\b(tap(ed|ing)|seal(ed|ing)|dan kin|bit kin|dong kin|chan kin) "
    r"(\w+ )?(the |all the )?(windows?|doors?|cua|phong|khe cua)\b|"
    r"\b(tap(ed|ing)|seal(ed|ing)|dan kin|bit kin|dong kin) (\w+ )?(the |all the )?(windows?|doors?|cua|"
    r"phong|khe cua)\b.*\b(charcoal|than)\b",
    # ready, with a farewell ("tôi đã chuẩn bị xong hết rồi, gửi lời xin lỗi tới mọi người")
    r"\b(chuan bi|sap xep) (xong|san)( het| ca)?( roi)?\b.*\b(xin loi|tam biet|vinh biet|loi cuoi|"
    r"tuyet menh)\b|\b(xin loi|tam biet|vinh biet)\b.*\b(chuan bi|sap xep) (xong|san)\b",
    # (2026-12-07, fourth reading) everything ready, waiting to be alone ("đồ chuẩn bị đủ rồi, chờ
    # cả nhà đi vắng", "all set, just waiting for my parents to fall asleep"); not a surprise
    r"^(?!.*\b(sinh nhat|tiec|qua|bat ngo|banh kem|surprise|party|birthday|gift|present|cake|"
    r"anniversary|ky niem)\b).*\b((chuan bi|sap xep|mua) (xong|san|du)( het| ca| do)?( roi| r)?|"
    r"(got|have|has|getting) (everything|it all|all|all the stuff|the stuff|what i need) (ready|set up|"
    r"sorted|prepared)|everything('?s| is) (ready|set|prepared)|all set)\b.*\b((doi|cho)( \w+){0,2} "
    r"(nha (vang|trong|khong con ai|ko con ai)|ca nha (di|ngu)|moi nguoi (di|ngu)|bo me (di|ngu)|ba me "
    r"(di|ngu)|(khong|ko) con ai)|(wait|waiting|till|until)( \w+){0,2} (the house is empty|house is empty|"
    r"everyone (leaves|is asleep|sleeps|goes out|is gone)|(they|mom|mum|dad|my parents|my family|everyone) "
    r"(to )?(leave|leaves|are gone|go out|fall asleep|are asleep|go to sleep)))\b",
    # a whole bottle, a box or tens of tablets swallowed, poison or bleach drunk ("em uống hết chai
    # thuốc tẩy rồi", "em uong ca chai thuoc diet co", "em uong 20 vien panadol roi", "vừa uống
    # nửa chai rượu với thuốc ngủ"); never a wish ("muốn uống thuốc chuột": thoughts)
    r"(?<!muon )(?<!dinh )(?<!se )(?<!sap )(?<!nghi )(?<!tinh )(?<!hay )(?<!neu )\b(uong|nuot|an) "
    r"((het|ca|nguyen|mot|1|nua)( \w+)? (chai|lo|hop|vi|goi|binh)|(het|ca|\d{2,}|muoi|hai muoi|"
    r"ba muoi|may chuc)( \w+)? (vien|lieu))( \w+){0,3}? (thuoc|thuoc ngu|thuoc chuot|thuoc tru sau|thuoc an than|thuoc diet co|thuoc tay|nuoc tay|panadol|paracetamol|efferalgan|hapacol|aspirin|thuoc giam dau)\b",
    r"\b(vua|da|dang|moi|lo) (uong|nuot|an)(?! (1|2|mot|hai|nua) (vien|lieu)\b)"
    r"(?!.*\b(vi|do|cho|for) (dau|sot|cam|ho|nhuc)\b)( \w+){1,5}? (thuoc ngu|thuoc chuot|thuoc tru sau|"
    r"thuoc an than|thuoc diet co|thuoc tay|nuoc tay|panadol|paracetamol|efferalgan)\b",
    r"\b(took|taken|swallowed|ate|had|downed)( like| about| around| over| nearly| almost)? (\d{2,}|"
    r"a whole|the whole|a full|an entire|all (the|my)|twenty|thirty|fifty) ?(\w+ ){0,3}(panadol|"
    r"paracetamol|tylenol|aspirin|ibuprofen|acetaminophen|pills|tablets|sleeping pills|meds|"
    r"medicine)\b(?! (today|this morning|tonight|as prescribed|on time|like the doctor|for the day|"
    r"with breakfast|with food))",
    # a few sleeping pills, rat poison or bleach taken, counted or not ("e uống mấy viên thuốc ngủ
    # thôi mà", "em nuốt thuốc chuột"); never a wish, a habit, a plan or a prescription ("muốn
    # uống thuốc ngủ", "em phải uống thuốc ngủ mới ngủ được")
    r"^(?!.*\b(dem nao|toi nao|hang dem|moi dem|moi toi|ngay nao|may thang|bac si|ke don|ke cho|"
    r"theo don|theo toa|con cho|con meo|con ga|con heo|con chuot|con vit|con bo|"
    # (the past, an animal, a night's sleep: "hôm qua e uống thuốc ngủ", "gà nhà em ăn thuốc trừ
    # sâu", "uống vài viên rồi đi ngủ, mai dậy sớm")
    r"hom qua|hom truoc|tuan truoc|thang truoc|nam ngoai|hoi truoc|truoc day|lan truoc|ga|vit|heo|"
    r"lon|chuot|cho nha|meo nha|di ngu|mai day som|di lam)\b).*?"
    r"(?<!muon )(?<!dinh )(?<!se )(?<!sap )(?<!nghi )(?<!tinh )(?<!hay )(?<!neu )(?<!thuong )"
    r"(?<!phai )(?<!can )(?<!dung )(?<!khong )(?<!chua )(?<!ko )(?<!cung )(?<!doa )(?<!doi )"
    r"\b(uong|nuot|an)( (het|ca|may|vai|"
    r"nhieu|mot nam|[4-9]|\d{2,}))?( (vien|vi|lieu|hop|lo|chai|goi))? (thuoc ngu|thuoc chuot|"
    r"thuoc diet chuot|thuoc tru sau|thuoc an than|thuoc diet co|nuoc tay)\b(?! (moi ngu|de ngu|cho de ngu|"
    r"hang dem|moi dem|moi toi|theo don|theo toa|bac si|duoc khong|dc khong|co sao|co chet|"
    r"co hai|qmark))(?!.*\b(qmark|khong|ko|k|hong)$)",
    # a blade in the writer's own hand, turned on themself or with the wish to end ("toi dang cầm
    # lưỡi dao, e muốn kết thúc", "e đang cầm dao lam tay mình"); never someone else holding it
    # (nails, hair: "e lấy kéo cắt móng tay cho chính mình")
    r"^(?!.*\b(mong tay|mong chan|mong|toc|rau|long may)\b)"
    r"((toi|em|minh|tui|tao|e|con) )?(dang |da |van )?(cam|lay|cam san) (dao|dao lam|luoi lam|loi dao|"
    r"luoi dao|manh chai|manh kinh|keo)( \w+){0,4} (lam tay minh|rach tay minh|cat tay minh|"
    r"chinh minh|ban than|muon ket thuc|muon chet|muon tu tu)\b(?! (bai|viec|cong viec|mon|khoa|"
    r"buoi|hop dong))",
    # the wish to die with a baby or a child ("muốn ôm con chết chung", "take my baby with me"):
    # two lives, now
    r"\b(om|mang|dan|dat|cung) (theo )?(con|be|dua nho|em be)(?! (meo|cho|ca|ga|vit|heo|chuot|bo|chim|"
    r"tho|rua|gau)\b)( (toi|em|minh))? (chet|tu tu|nhay song|nhay cau)( chung| cung| theo)?\b"
    # ("cùng con chết cười", "ôm con chết lặng", "chết khiếp": idioms of laughing, shock, fright)
    r"(?! (cuoi|lang|khiep|ngat|me|dieng|song|diem|trong|do|nguoi|tran|that|mat|ngop|roi))|"
    r"\b(chet|tu tu) (chung|cung) (voi )?(con|be|em be)\b|"
    r"\b(giet|bop co) (con|be|em be)( \w+){0,3} (roi )?(tu tu|chet theo|chet luon)\b|"
    r"\bkill (my|the) (baby|kids?|children|son|daughter)( and (then )?(myself|me))?\b|"
    r"\btake (my|the) (baby|kids?|children) with me (and )?(die|end it|to (die|the grave))\b",
    # someone else's pills taken, told by the one who worries ("bạn e nhắn tin nói nó muốn chết,
    # nó uống thuốc rồi"): now, for that person (never medicine for a fever or a cold)
    rf"^(?!.*\b{_ILL}\b).*\b(ban|ban than|ban than thiet|nguoi yeu|ny|vo|chong|ck|vk|me|ba|bo|cha|ma|con|chi|anh|"
    r"em gai|em trai|chi gai|anh trai) (toi|em|minh|tui)( \w+){0,8} (no|ban ay|co ay|anh ay|chi ay|"
    r"nguoi ay|han|be) (da |vua |moi )?(uong|nuot|an) (\w+ ){0,2}(thuoc|thuoc ngu|thuoc chuot|"
    r"thuoc tru sau|nuoc tay)( \w+)? (roi|het|xong)\b",
    r"\b(drank|drunk|swallowed|had) (some |the |a bottle of |a cup of )?(bleach|poison|pesticide|"
    r"weed killer|rat poison|antifreeze)\b",
    # the means in hand, and turned on oneself ("em cầm dao rạch tay mình", "em đang cầm lưỡi lam
    # rồi", "i have a knife and i want to end it", "dây thừng em chuẩn bị rồi")
    # (a habit told, "tôi hay lấy kéo rạch tay", or a wish: thoughts, read below)
    r"(?<!hay )(?<!thuong )(?<!tung )(?<!cu )(?<!muon )(?<!dinh )(?<!nghi )\b(dang )?(cam|lay|dung) "
    r"(dao|dao lam|luoi lam|lam|keo|manh chai|manh kinh)( \w+){0,2}? "
    r"(rach|cat|cua|dam|chich) (tay|co tay|chan|dui|minh|ban than)( (minh|chinh minh))?\b"
    r"(?! (toi|em|tui|con|cua|chau|be|me|vo)\b)",
    r"^((toi|em|minh|tui|con) )?(dang |van )?(cam|co) (san )?(dao lam|luoi lam|lam|day thung)"
    r"( (roi|tren tay|trong tay|day|nay|o day|san))*$",
    r"\b(i have|i've got|ive got|i got|i am holding|im holding|i'm holding|holding) (a|the|my) "
    r"(knife|rope|pills|razor|blade|gun)\b.*\b(end it|die|kill myself|end my life|do it)\b",
    r"\b(day thung|than|thuoc ngu|thuoc chuot|thuoc tru sau|dao lam|luoi lam)( \w+){0,2} (chuan bi|mua|"
    r"gom|tich|de|"
    r"de danh) (san|xong|roi|du|du roi|san roi|xong roi|het roi)\b",
    r"\b(an|uong|nuot) het (\w+ ){0,2}thuoc (trong|cua|o|ca) (\w+ )?(tu|nha|hop|lo|vi|me|ba)\b",
    r"\b(cut|slit) (deep|too deep|my wrists?)\b", r"\b(will not|won't|does not) stop bleeding\b",
    # pills or poison taken, even yesterday, with a sign in the body now ("hôm qua e uống thuốc ngủ
    # nhiều lắm, giờ e chóng mặt quá", "e uống thuốc diệt chuột rồi, đau bụng quá")
    # (a night's pill and its morning, or a relative's: "uống 1 viên thuốc ngủ để ngủ mà sáng dậy
    # chóng mặt", "mẹ em uống thuốc ngủ mỗi đêm")
    r"^(?!.*\b(con (cho|meo|ga|heo|vit|bo|chuot)|cho nha|meo nha|bac si|ke don|theo don|de ngu|hang dem|"
    r"moi dem|dem nao|toi nao|moi toi|1 vien|mot vien|hai vien|2 vien|nua vien|(me|ma|ba|bo|cha|chong|ck|"
    r"vo|vk|ong|ba noi|ba ngoai|con|chi|anh|em) (em|toi|minh|tui|e)( (hay|thuong|van|cung|da|dang|moi|vua))* "
    r"(uong|nuot|an|dung))\b).*"
    r"(?<!muon )(?<!dinh )(?<!se )(?<!neu )(?<!khong )(?<!ko )(?<!so )"
    r"\b(uong|nuot|an)( \w+){0,3} (thuoc ngu|thuoc chuot|thuoc diet chuot|thuoc tru sau|thuoc diet co|"
    r"thuoc an than|nuoc tay)\b.*(\b(chong mat|hoa mat|buon non|non|kho tho|ngat|xiu|co giat|"
    r"dau bung|tim dap nhanh|lanh nguoi|te tay|te chan|te nguoi|ra mau)|\b(dang|bi|gio|hay|cu|muon|van) oi)\b",
    r"\b(the |my )?(rope|noose|pills|knife) (is|are) ready\b",
    # (2026-12-07, the fourteenth reading) a poison named, then drunk from its bottle ("ba em phun
    # thuốc trừ sâu xong rồi uống luôn nửa chai", "she drank half the bottle of weed killer")
    r"\b(thuoc tru sau|thuoc chuot|thuoc diet chuot|thuoc diet co|nuoc tay|paraquat)\b( \w+){0,6} (uong|nuot) "
    r"(luon |het |ca |mot |nua )*(chai|lo|binh|goi|bich|can|ngum|coc|ly)\b|\b(drank|swallowed|drunk) (half|all|some|a "
    r"bottle|the bottle|most)( of)?( the| a)?( bottle| can)?( of)? (pesticide|weed ?killer|rat poison|bleach|paraquat)\b",
    # (2026-12-07, the fourteenth reading) a poison in hand and drinking it weighed ("đang cầm chai
    # thuốc trừ sâu, ko biết nên uống hết ko", "holding the bottle of weed killer, should i drink it")
    r"^((toi|em|minh|tui|e|con|tao|i|im|i'm|i am|i've|ive)( dang| van| da| vua)? )?(dang )?(cam|cam san|"
    r"cam tren tay|holding|got|have|just got)( \w+){0,2} (chai|lo|binh|vi|hop|goi|bich|can|bottle "
    r"of|pack of|box of|jar of) (thuoc tru sau|thuoc chuot|thuoc diet chuot|thuoc diet co|thuoc ngu|nuoc tay|"
    r"thuoc an than|pesticide|weed ?killer|rat poison|sleeping pills|bleach|paraquat)\b( \w+){0,8} "
    r"(uong|nuot|drink|swallow|take)( het| luon| all| it| them)?\b",
    r"\b(is|am|are|i am) (on|at) the (roof|bridge|ledge|edge)\b",
    # (2026-12-07, the twelfth reading) a roof or a ledge named, and the writer up there now ("the
    # dorm roof is open, i'm up there now")
    r"\b(roof|rooftop|ledge|bridge|top floor|balcony railing)\b.*\b(i'?m|im|i am) (up )?(there|here|on it|"
    r"on top) (now|right now|rn)\b",
    r"\b(going to|gonna|about to) (jump|hang (myself|herself|himself))\b",
    # the means got ready, said verb first ("e mua thuốc ngủ rồi, tối nay là xong", "em đã chuẩn
    # bị sẵn dây rồi"): a plan in hand is acting now (a rope said as "dây" only with "sẵn" or
    # "rồi" right after, never "dây sạc", "dây điện")
    # (the writer first in the message, for no one else and for no chore: "mẹ em mua thuốc ngủ
    # rồi", "mua thuốc ngủ cho mẹ", "dây thừng để buộc đồ" are not hers)
    r"^((toi|em|minh|tui|con|tao)( da| vua| moi| cung| lo)* )?(mua|chuan bi|gom|tich|"
    r"de danh|tru|cat giau|giau) (san |xong |du |het |ca )?(thuoc ngu|thuoc chuot|thuoc tru sau|"
    r"thuoc diet co|thuoc an than|day thung|dao lam|luoi lam)\b(?! cho\b)( \w+){0,2} "
    r"(roi|xong|san|du)\b(?!.*\b(de (buoc|treo|phoi|cot|keo|nuong|nau|cao|don|dung)|cho (ba|me|ong|bo|"
    r"con|chau|em|anh|chi|nguoi nha)|de (ba|me|ong|bo|nguoi nha|ba noi|ba ngoai) (uong|dung|xai|ngu))\b)",
    # a farewell letter written ("em viết thư để lại cho con rồi", "i wrote goodbye letters")
    # (never a class's or a job's goodbye: "em viết thư tạm biệt cô chủ nhiệm trước khi ra trường")
    r"\bviet (xong )?(thu|la thu|loi|vai dong) (tuyet menh|tu biet|vinh biet|tam biet|tran troi)\b"
    r"(?!.*\b(chu nhiem|co giao|thay giao|thay co|truong|lop|ra truong|tot nghiep|cong ty|dong nghiep|nghi viec|"
    r"chuyen truong|du hoc|nghi huu|xuat canh|khoa hoc)\b)|"
    # a letter left, not when leaving him ("viết thư để lại cho chồng rồi bỏ đi")
    r"\bviet (xong )?(thu|la thu|loi|vai dong) de lai\b(?!.*\b(bo di|tron|tron di|roi khoi|chay|"
    r"ve que|ve nha|don di|chuyen di|di khoi|don ra)\b)",
    r"\b(suicide|goodbye|farewell) (notes|letters)\b",
    r"\b(wrote|written|writing|left) (a |my |some )?(goodbye|farewell|last) (note|letter)s?\b",
    # a last goodbye, said to everyone or alone ("tạm biệt mọi người", "vĩnh biệt", "goodbye
    # everyone", "e xin lỗi mọi người, e đi đây", "this is my last message")
    r"^((toi|em|minh|tui|con|e) )?(tam biet|vinh biet|chao vinh biet|goodbye|bye)( (moi nguoi|tat ca|"
    r"ca nha|the gioi|cuoc doi|everyone|world|everybody|forever|mai mai|bo me|ba me|cac ban|mn))+$|"
    # ("tạm biệt mọi người nha", softened, is the end of a chat)
    r"^(vinh biet|chao vinh biet)( (nhe|nha|a))*$",
    # (to everyone: "em xin lỗi mẹ, con đi đây", to one person, is read as thoughts, and asked)
    r"^((toi|em|minh|tui|con|e) )?(xin loi|xl|sorry)( (moi nguoi|mn|ca nha|tat ca|everyone))+ "
    r"((toi|em|minh|tui|con|e) )?(di|ra di|di truoc|di day|di nhe|di nha|"
    r"di luon|i'?m (leaving|going|gone))( (day|nhe|nha|luon|roi|nha|truoc|now))*$",
    r"\b(this is|this will be|these are) my (last|final) (message|text|words|goodbye)\b|"
    r"\bmy (last|final) (message|words) (to|for) (you|everyone|all)\b|"
    r"\b(day la )?(tin nhan|loi nhan|loi) cuoi( cung)? (cua (toi|em|minh|tui)|gui (moi nguoi|ca nha))\b",
    # hanging, or dying, said as what is being done ("em treo cổ", "em tự tử đây")
    # ("tui sẽ cắt cổ tay", a will without a time, is read as thoughts, and asked)
    r"^((toi|em|minh|tui|con|e) )?(dang |sap |chuan bi )?(treo co|tu tu|nhay cau|nhay song|"
    r"nhay lau|cat co tay|rach co tay|tu sat)( (day|luon|roi|nha|nhe|a|ne|bay gio|ngay|that))*$",
    # the rope bought ("e đã mua dây rồi")
    r"^((toi|em|minh|tui|con|tao|e) )?(da |vua |moi )?(mua|chuan bi|de san)( san| xong)? day"
    r"( thung)?( (roi|xong|san|san roi|xong roi|r))+$",
    # a time set, in English ("i want to kms tonight", "tonight is the night i end it")
    # (never its refusal: "if i don't want to do it right now", of reporting)
    r"(?<!don't )(?<!dont )(?<!do not )(?<!not )(?<!never )"
    r"\b(want|wanna|going|gonna|plan|planning|will|'ll|decided) (to )?(kill myself|kms|end it|end it all|"
    r"end my life|die|jump|do it|hang myself)( \w+){0,2} (tonight|today|right now|now|this evening)\b",
    r"\b(tonight|today) (is|will be) the (night|day)\b.*\b(end it|die|do it|kill myself|kms|jump|"
    r"end my life|goodbye)\b",
    r"\b(nobody|no one|noone) (will|would|is going to|gonna) (miss|notice|care)( \w+){0,2} "
    r"(after|when|once) (tonight|today|i'?m gone|i go)\b",
    # (2026-12-07) a whole bottle or box swallowed ("i swallowed the whole bottle of my dad's
    # pills"; never a course of medicine, "like the doctor said")
    r"^(?!.*\b(prescribed|doctor|course|vitamins?|as told|bac si|theo toa|theo don|mua them|mua lai)\b)"
    r".*\b((swallowed|downed) (the |a |my )?(whole|entire) (bottle|box|pack|packet|strip|jar|supply)|"
    r"(took|ate|had) (the |a |my )?(whole|entire) (bottle|box|pack|packet|strip|jar|supply) of( \w+){0,4} "
    r"(pills|tablets|meds|medicine|painkillers|paracetamol|sleeping pills|antidepressants))\b",
    r"^(?!.*\b(theo toa|theo don|bac si|mua them|mua lai|het han)\b)"
    r".*\b(hop|vi|lo|chai|ca hop|ca vi|ca lo) thuoc\b( \w+){0,5} (uong|nuot) (sach|het sach|het ca|het "
    r"(mot|1) lan|het roi)\b.*\b(buon ngu|chong mat|lim dim|met lam|non|mo mat|khong thay|run)\b|"
    r"^(?!.*\b(theo toa|theo don|bac si|mua them|mua lai|het han)\b)"
    r".*\b(hop|vi|lo|chai|ca hop|ca vi|ca lo) thuoc\b( \w+){0,5} (uong|nuot) (sach|het sach|het ca)\b",
    # sitting or standing over a railing or a ledge ("ngồi vắt chân qua lan can cầu", "sitting on
    # the ledge of the roof", "legs over the edge of the bridge")
    r"\b(vat chan|treo chan|tha chan|dung|ngoi)( \w+){0,2} (qua|ngoai|ra ngoai) (lan can|thanh cau|"
    r"mep (cau|san thuong|tang thuong|ban cong))\b",
    r"^(?!.*\b(photo|pic|picture|selfie|lol|haha|view|sunset|fishing|for fun)\b)"
    r".*\b(sitting|standing|sat|stood)( \w+){0,2} (on|over|outside) (the )?(railing|ledge|parapet|"
    r"edge of the (roof|bridge|building|balcony)|bridge rail\w*)\b|"
    r"\b(legs|feet) (over|dangling over) the (edge|railing|side)( of the (bridge|roof|building))?\b",
    # a razor taken and a bathroom ("e lấy dao lam của ck, đang ngồi trong nhà tắm")
    r"\b(lay|cam|giau|mang)( \w+)? (dao lam|luoi lam|dao cao|dao rua)\b.*\b(dang|ngoi|trong|khoa cua) "
    r"(\w+ )?(nha tam|nha ve sinh|phong tam|toilet|wc|phong)\b",
    # cut, or a head beaten, and bleeding now, by her own hand ("e cắt tay rồi, máu chảy mà ko
    # thấy đau", "tự đập đầu vào tường tới chảy máu")
    r"\b(toi|em|e|minh|tui|con) (vua |da |moi |lai )?(tu )?(cat|rach) (tay|co tay|chan|dui|tay minh)"
    r"( \w+){0,2} (roi|r|xong|nua)\b.*\b(mau|chay mau)\b",
    r"\btu (dap|dam|dap dau|danh|dam dau)( \w+){0,2} vao (tuong|cua|san|ban|ke)\b.*\b(chay mau|mau)\b",
    # (2026-12-07, third reading) gas opened with the doors shut ("tối nay t sẽ mở ga rồi đóng hết
    # cửa"), "doing it now" with a goodbye
    r"^(?!.*\b(nau|nau an|bep|chien|nuong|xao|luoc|nho dong|cua so)\b).*\b(se|sap|dinh|tinh|da|vua) "
    r"(mo|xa|bat|van) (binh |van )?ga\b.*\b(dong|bit|khoa|dan) (kin |het )+(cua|phong|khe cua)\b",
    r"\b(i'?m|im|i am) doing it (now|tonight|right now)\b(?!.*\b(homework|laundry|dishes|workout|test)\b)",
    # a car running in a closed garage ("sitting in the garage with the car running")
    r"\b(garage|nha xe|ga ra|gara)\b.*\b(car|engine|xe|may) (running|on|no may|dang no)\b|"
    r"\b(car|engine) (running|on)\b.*\b(garage)\b|\bno may xe\b.*\b(dong (kin )?cua|trong (nha xe|gara|"
    r"ga ra))\b",
]
# His threat to the children ("ổng dọa ôm con nhảy sông", "ck dọa ôm con tự tử", "he said he
# will kill the kids"): his violence, the children in danger (bot/core/safety.py), never the
# writer's own wish to die
# (2026-12-07, the fifteenth reading) his threat that she will not wake up, for tonight or for
# good ("ổng nói đêm nay tui mà ngủ là khỏi thức dậy luôn"): her death promised, never her own
# wish; danger for bot/core/safety.py, read before its `_SELF_DIRECTED` takes a sleep with no
# waking out as self-harm
NO_WAKING_THREAT = screened(
    r"^(?=.*\b(dem nay|toi nay|toi ni|dem ni|luon|vinh vien|bao gio)\b).*\b(ong|ong ay|ong ta|no|han|"
    r"chong|ck|anh ay|anh ta|thang do|thang kia|ba ay|bo duong|cha duong|ny|nguoi yeu|ban trai)( \w+){0,2} "
    r"(noi|doa|bao|hu|tuyen bo|nhan|nhan tin|rit|gam)( \w+){0,8} (khoi|se khong|khong bao gio|dung hong|"
    r"dung mong) (thuc day|tinh day|thuc|thay mat troi|song toi sang|song qua dem nay|thay ngay mai)\b")
_HIS_THREAT_TO_CHILDREN = screened(
    r"\b(ong|ong ay|ong ta|chong|ck|no|han|anh ay|anh ta|vo|vk|ba ay|co ay|he|she|my (husband|wife|"
    r"ex|partner|boyfriend))\b( \w+){0,2} (doa|de doa|noi|bao|nhan tin|tuyen bo|said|says|threatened|"
    r"threatens|told me|texted)\b( \w+){0,4} (om|mang|dan|giet|bop co|dim|kill|drown|take|hurt) (theo )?"
    r"(con|be|dua nho|may dua nho|cac con|em be|hai dua|the kids?|the children|the baby|"
    r"my (kids?|children|baby|son|daughter)|our (kids?|children|baby))\b")
# Leaving a place, a man or a job, said with a goodbye ("…, e dẫn con về nhà mẹ", "từ nay e chia
# tay", "mai e chuyển trường", "mai em đi Đà Nẵng làm"): a journey, never a last goodbye.
_LEAVING = (r"(?!.*\b(len xe|di (\w+ ){0,2}(lam|hoc)|di (sai gon|ha noi|da nang|xa|nuoc ngoai|xuat khau)|"
            r"ra san bay|chuyen (nha|di|truong|cong tac|tro)|nghi viec|ve que|ve (nha )?(me|ba|ngoai|noi)|"
            r"dan (con|\d+ (dua|chau|be))|chia tay|bo (anh|chong|ck|no|han)|bo di|don di|ly hon|tu nay|"
            r"mai (toi|em|e|minh) di|lam lai|bat dau lai|song tiep|song cho con|lam lai tu dau|"
            r"di (han quoc|han|nhat|nhat ban|singapore|my|uc|dai loan|malaysia|nuoc ngoai|xuat khau lao dong|"
            r"xkld|nghia vu( quan su)?|bo doi|tu|lay chong)|vao nam|ra bac|(thang|tuan|nam) sau|sap di|len duong|"
            r"xuat canh|nghi (o |tai )?(cong ty|viec|lam)|(khong|ko|k) (lien lac|gap|noi chuyen)( nua)?)\b)")
# Worn out and the end set for tonight ("tui hết chịu nổi rồi, tối nay tui đi luôn", "e ko chịu
# nổi nữa, e sẽ kết thúc tất cả"); never a journey ("…tối nay em đi luôn về nhà mẹ")
_NOW += [
    _LEAVING + r"\b(het chiu noi|khong chiu noi|khong chiu duoc|het chiu duoc|khong chiu dung|"
    r"het suc chiu dung|khong the chiu)\b.*\b(toi nay|dem nay|hom nay|bay gio)\b( \w+){0,2} "
    r"(di luon|ra di|ket thuc|chet|giai thoat|di that xa)\b",
    _LEAVING + r"\b(het chiu noi|khong chiu noi|khong chiu duoc|het chiu duoc|khong the chiu)\b.*"
    r"\b(se|sap|quyet dinh) (ket thuc|cham dut) (tat ca|moi thu|het|cuoc doi|cuoc song)\b"
    r"(?! (voi|moi quan he|chuyen))",
    # (2026-12-07, the eighth reading) the rope already tied where it would hang ("em cột sẵn dây
    # ở quạt trần rồi, chỉ ngồi nhìn", "the noose is tied to the beam")
    r"\b(cot|buoc|treo|mac|that|quan|gan) (san |xong |len |san len )?(day|soi day|day thung|thong long|"
    r"day dien|khan|khan quang)( \w+){0,2} (o|vao|len|tren|tai) (quat tran|xa nha|xa|thanh xa|tran nha|"
    r"tran|moc (tran|tuong)|cau thang|lan can|cua so|cay|canh cay|cua|song cua)\b"
    r"(?! (de phoi|phoi|phoi do|cho (con|be)|lam vong|trang tri|treo (do|den|hoa|cay)|de treo)\b)",
    r"\b(tied|hung|set up|put up|rigged|fixed) (a |the |my )?(rope|noose|belt|cord|scarf)( \w+){0,2} (to|on|from|"
    r"over|around) (the |a |my )?(ceiling fan|fan|beam|rafter|ceiling|banister|railing|door|closet rod|"
    r"tree|branch|hook)\b",
    r"\b(the |a |my )?(noose|rope) (is |'s )?(already |all )?(tied|hanging|hung|up|set up|ready)( \w+){0,3} "
    r"(ceiling fan|fan|beam|rafter|ceiling|banister|tree|branch|hook)\b",
    r"\b(day|soi day|day thung|thong long)( \w+){0,2} (cot|buoc|treo|that|mac)( san| xong| roi| san roi)* "
    r"(o |vao |len |tren )?(quat tran|xa nha|thanh xa|tran nha|moc tran|cau thang|lan can|canh cay)\b"
    r"(?! (de phoi|phoi|phoi do|cho (con|be)|lam vong|trang tri|de treo)\b)",
]
_THOUGHTS = [
    r"\bmuon (di )?chet\b",
    # a farewell to everyone, or a last day, said in a one-to-one chat ("tạm biệt mọi người, em
    # đi đây", "mai là ngày cuối của e"; never "…ngày cuối ở công ty", a job's last day)
    r"\b(tam biet|vinh biet|xin loi) (moi nguoi|tat ca|ca nha|the gioi|cuoc doi)\b(?! (nha|nhe|minh "
    r"di (ngu|an|lam|choi|hoc)))",
    r"\b(hom nay|mai|ngay mai|toi nay|dem nay) (la|se la) (ngay|dem|lan) cuoi( cung)?( cua (em|toi|minh|"
    r"tui|con|tao))?( (roi|day|nha|a|do))*$",
    r"\b(goodbye|bye) (everyone|everybody|world|all of you)\b|\b(today|tonight|tomorrow) (is|will be) "
    r"my last (day|night)$",
    # a farewell for ever, a last message, a burden lifted ("vĩnh biệt", "goodbye forever", "đây là
    # tin nhắn cuối cùng của em", "từ nay không làm phiền ai nữa", "em gửi lời chào cuối")
    r"\bvinh biet( (moi nguoi|tat ca|ca nha|gia dinh|me|ma|ba|bo|cuoc doi|the gioi|cuoc song|nhe|nha|"
    r"a|em|con))*$|\b(goodbye|farewell|bye) forever\b|"
    r"\b(day la|gui|de lai|xin gui) (loi chao|tin nhan|loi nhan|dong tin) cuoi( cung)?( (cua|cho) (em|toi|"
    r"minh|tui|con|moi nguoi|ca nha|me|ba))?( (roi|day|nha|nhe|a))*$|\bmy (last|final) (message|goodbye|"
    r"words)\b|"
    r"\b(khong|chang) (lam phien|lam kho|lam ganh nang cho) (ai|moi nguoi|gia dinh|ca nha)( \w+)? nua\b|"
    r"\bwon'?t (bother|be a burden to) (anyone|you|everyone) (anymore|again)\b",
    # escaping life itself, not a marriage or a house ("em muốn thoát khỏi cuộc đời này")
    r"\b(muon|chi muon|duoc) thoat khoi (cuoc doi|cuoc song|kiep song|kiep nay|the gioi)( nay| nay nua)?$",
    # a loss, then the means got ("nó bỏ e đi rồi, e mua dây rồi")
    r"\b(bo (toi|em|e|minh) (di|lai)|chia tay|ly hon|mat het|khong con ai|mat (con|chong|vo))\b.*"
    r"\b(mua|chuan bi|de san|cat san) (san )?(day|day thung|than|thuoc ngu|thuoc chuot)( \w+)? (roi|xong|san)\b",
    # goodbyes said as a plan is, not as travel ("em đã gửi tin nhắn tạm biệt cho mẹ rồi"; not
    # "…, giờ em lên xe đi Sài Gòn"), and last instructions ("nếu mai em không trả lời thì đừng
    # tìm em", "i gave away my cat and wrote my will")
    r"\b(gui|nhan) (xong )?(tin nhan |tin |loi )?(tam biet|tu biet|vinh biet)( (cho|toi|den|voi))? "
    r"(me|ma|ba|bo|cha|gia dinh|ca nha|moi nguoi|con|chong|vo|ck|vk|ban|ny|nguoi yeu|anh|chi|em)( \w+)? "
    r"(roi|xong)\b" + _LEAVING,
    r"\bneu (mai|ngay mai|sau nay|toi nay|sang mai)( \w+){0,4} (khong|ko|k) (tra loi|nhan tin|nghe may|"
    r"online|lien lac)( \w+){0,3} (thi )?(dung|khong can|khong nen|khoi) (tim|lo|doi|cho|kiem)\b",
    r"\b(ben|bo|canh) (song|cau|bien)\b.*\b(khong|ko|k|hong) muon (ve|quay ve|song)( nha)? nua\b"
    # (not going home because of him: "…, không muốn về nhà nữa vì chồng đánh em" is his violence)
    r"(?!.*\b(danh|chui|dap|bi (\w+ )?(danh|chui)|so|ck|chong|vo|vk|ba duong|bo duong|cha duong|"
    r"say|say xin|nhau|ngoai tinh|ong ay|anh ay)\b)",
    r"\b(gave away|giving away) (my|all my)\b.*\b(will|ready|goodbye)\b|"
    r"\b(wrote|made|finished) my will\b.*\b(ready|goodbye|gave away)\b",
    r"\bmuon (uong|nuot|an) (\w+ ){0,2}(thuoc chuot|thuoc tru sau|thuoc diet co|thuoc ngu|thuoc tay|"
    r"nuoc tay|ca vi thuoc|het thuoc|ca lo thuoc)\b", r"\b(kms|kys myself)\b",
    # "catch the bus" (ctb), chat slang for it, wanted ("i just wanna ctb")
    r"\b(want|wanna|going|gonna|plan|planning|decided|ready|might|just) (to )?(just )?ctb\b",
    # cutting told of oneself ("i've been cutting again", "i started cutting", "em lại rạch tay")
    r"\b(i'?ve been|i have been|i am|i'?m|im|i started|started|been) (cutting|self harming|hurting "
    r"myself|burning myself)( (again|myself|lately|every (day|night)|a lot|more|too|now))*$",
    # a relapse of self-harm ("i relapsed, sh again", "sh urges")
    r"\bsh (again|urges?|relapse|scars?)\b|\brelaps(ed|e|ing)\b.*\b(sh|self harm|cutting|cut)\b|"
    r"\b(sh|self harm|cutting)\b.*\brelaps(ed|e|ing)\b",
    # a farewell with despair ("hết chịu nổi rồi, tạm biệt mọi người", "em xin lỗi mẹ, con đi đây")
    r"\b(het chiu noi|khong chiu noi|khong chiu duoc|khong the chiu|xin loi (me|ba|bo|ca nha|moi "
    r"nguoi|tat ca))\b.*\b(tam biet|vinh biet|di day|di nhe|(?<!don )(?<!chuyen )(?<!bo )ra di|di truoc)\b"
    r"(?! (khoi|den|toi|o|sang|qua|tro)\b)", r"\b(khong|chang|khong con) (muon|thiet|thay can) song\b"
    r"(?! (chung|cung|voi|o|tai|gan)\b)", r"\bchan song\b",
    r"\bsong (lam gi|de lam gi|con y nghia gi|vo nghia)\b", r"\b(tu tu|tu sat)\b",
    r"\bsong (cung|con|nua)? ?(chang|khong|cha|chang co gi) (de )?(lam gi|lam chi|y nghia|de lam gi)\b",
    r"\bket lieu (ban than|chinh minh|cuoc doi|doi minh|doi|minh|em|toi)\b",
    r"\b(muon|chi muon) (bien mat|ngu mai|ngu luon|ra di|di theo|giai thoat|bien khoi)\b",
    # (2026-12-08, the twenty-first reading) a height weighed ("tầng 15 chung cư có đủ cao ko nhỉ",
    # "is the 15th floor high enough"), better had she never been ("nếu mình ko tồn tại thì tốt hơn
    # cho con"), going without pain ("làm sao để ra đi mà ko đau"), "see you in the next life", a
    # note no one may read and "tonight I go"
    r"\b(tang \d+|tang thuong|san thuong|noc nha|lau \d+|tang (muoi|hai muoi|ba muoi)( \w+)?|cau \w+)"
    r"( \w+){0,3} (co )?(du cao|cao du)( \w+){0,2} (khong|ko|k|hong|chua|nhi|ha)\b",
    r"\b(\d+ ?(st|nd|rd|th)? floor|floor \d+|the roof|this bridge|that bridge|the bridge|a bridge|rooftop)"
    r"( \w+){0,3} (is |be )?(high|tall) enough\b(?! (to|for) (see|watch|get|catch|view|reach|hang|fit|the))",
    r"\bneu (toi|em|e|tui|minh|me|con) (khong|ko|k|chua tung|chang) (ton tai|co mat tren doi|duoc sinh ra|"
    r"sinh ra)\b",
    r"\bra di (\w+ ){0,2}(ma )?(khong|ko|k|hong) (dau|dau don)\b",
    r"\b(tam biet|vinh biet|bye|chao)( \w+){0,4} kiep sau\b|\bkiep sau gap lai\b|\bhen (gap lai |nhau )?(o )?"
    r"kiep sau\b|\bsee (you|ya|u) in (the|my|another|the next) life\b",
    r"\b((khong|ko|k|chang) (biet )?(co )?ai (doc|thay|nghe)|(chac|co le) (khong|ko|chang) (co )?ai (doc|thay|nghe))"
    r"( \w+){0,4} (toi nay|dem nay|hom nay|sang mai) (minh|em|toi|"
    r"tui|e) (se )?(di|ra di)( day| nhe| nha| luon)?$",
    # a will written young ("i wrote my will today. im 20"), "sorry for everything, thank u for
    # trying", goodbye to a little one left to a grandmother
    r"\b(wrote|writing|made|finished|did|drew up) (up )?(my|a) (will|last will)\b.*\b(i'?m|im|i am) (1\d|2\d)\b|"
    r"\b(i'?m|im|i am) (1\d|2\d)\b.*\b(wrote|writing|made|finished|drew up) (up )?(my|a) (will|last will)\b|"
    r"\b(viet|lam|lap) (xong )?di chuc\b.*\b(1\d|2\d) tuoi\b|\b(1\d|2\d) tuoi\b.*\b(viet|lam|lap) (xong )?di chuc\b",
    r"\bsorry for everything\b.*\bthank (you|u|you all|u all|everyone) for (trying|everything|being there|"
    r"putting up with me)\b|\bxin loi (vi|ve) (tat ca|moi thu|tat ca moi thu)\b.*\bcam on( \w+){0,3} (da co "
    r"gang|vi tat ca|vi da|da o ben)\b",
    r"\b(bye|goodbye|farewell)( \w+){0,2} (my )?((little|baby|sweet) \w+|boy|girl|son|daughter|baby|babies|kids|"
    r"children|angel)\b.*\b(be good|listen to|look after|take care of) (for )?(grandma|grandpa|nana|your "
    r"(mom|mum|dad|aunt|uncle|grandma|grandpa|sister|brother))\b",
    r"\b(ba|bo|me|cha) (yeu|thuong) con( lam| nhieu)?\b.*\b(o voi|nghe loi|ngoan voi) (ba noi|ba ngoai|ong ba|"
    r"ong noi|ong ngoai|noi|ngoai)\b.*\b(tam biet|vinh biet|bye)\b|\b(tam biet|vinh biet|bye) con\b.*\b(ba|bo|me|"
    r"cha) (yeu|thuong) con\b.*\b(o voi|nghe loi|ngoan voi) (ba noi|ba ngoai|ong ba|ong noi|ong ngoai|noi|ngoai)\b",
    # (2026-12-08, the twenty-second reading) someone asked to care for her mother, and nothing
    # more ("nhờ chị chăm sóc mẹ em giùm em nha"); a farewell with thanks for listening; the last
    # lines typed and no alarm needed tomorrow; "tell my mom i loved her"; done with living; a plan
    # to join the one who died; a date set
    r"^((chi|anh|ban|co|di|em|ong|ba|moi nguoi) )?(oi )?nho (chi|anh|ban|co|di|em|ong|ba|moi nguoi)( \w+)? "
    r"(cham soc|trong|lo cho|o ben|thuong|cham) (me|ba|bo|ma|con|cac con|ong|ba noi|ba ngoai|con meo|con cho)"
    r"( cua)?( (em|toi|tui|minh|e))?( (gium|giup|dum|ho))?( (em|toi|tui|minh|e))?( (nha|nhe|voi|nghe|nhen))*$",
    r"\b(tam biet|vinh biet|bye|goodbye)\b.*\b(cam on|thank (you|u)|thanks)( \w+){0,2} (vi |for )?(da )?"
    r"(nghe|lang nghe|listening|o ben|being there)\b|\b(cam on|thank (you|u)|thanks)( \w+){0,2} (vi |for )?(da )?"
    r"(nghe|lang nghe|listening)( \w+){0,4} (tam biet|vinh biet|bye|goodbye)\b",
    r"\b(mai|ngay mai|sang mai) (\w+ ){0,2}(khong|ko|k|chang|hong) (can|phai) (bao thuc|dat bao thuc|thuc day|"
    r"day som)( nua)?\b|\b(go|viet|nhan) (may |nhung |vai )?dong cuoi( cung)?\b|\b(won'?t|will not|don'?t|"
    r"do not) need (an |my |to set (an |my )?)?alarm (tomorrow|anymore|ever again)\b",
    r"\b(tell|let) (my )?(mom|mum|mother|dad|father|parents|family|kids|son|daughter|wife|husband|sister|brother|"
    r"friends)( \w+){0,2} (i|that i) (loved|always loved|was sorry)\b|\bnoi (voi )?(me|ba|bo|ma|gia dinh|con)"
    r"( \w+){0,2} (la )?(em|toi|tui|con|minh) (da )?(yeu|thuong) (me|ba|bo|ma|moi nguoi|con)( lam| nhieu)?( nha| "
    r"nhe)?$",
    r"\b(i'?m|im|i am) (done|finished|through) with (living|life|being alive|this life|it all)\b",
    r"\b(passed|died|lost|gone|funeral|mat|qua doi|ra di)\b.*\b(plan|going|want|ready|will|'ll|gonna|"
    r"planning) (to )?(join|be with) (her|him|them)\b",
    r"^(i'?ve |i have |i )?(set|picked|chose|chosen) (a|the) date\b(?!.*\b(wedding|meeting|party|appointment|"
    r"interview|exam|trip|move|launch|birthday|surgery|dinner|date night)\b)( \w+){0,4}$",
    # a bridge, a river or a rooftop that looks peaceful ("the bridge near my house looks very
    # peaceful at night", "con sông nhìn yên bình quá, muốn ra đó")
    r"^(?!.*\b(swim\w*|photos?|pictures?|pics|walk|jog\w*|run|fishing|kayak\w*|boat\w*|view|sunset|sunrise|"
    r"picnic|wedding|concert|festival|fireworks|tour|trip)\b).*"
    r"\b(bridge|river|rooftop|cliff|tracks|railway)( \w+){0,4} (looks|look|seems|"
    r"feels|looked|seemed) (so |very |really |kind of |almost )?(peaceful|calm|inviting|tempting|quiet|"
    r"welcoming)\b|\b(cau|cay cau|song|dong song|san thuong|bo ke|duong ray|ho|bien)( \w+){0,4} (nhin|trong|thay)"
    r"( \w+)? (yen binh|binh yen|thanh than|em dem|moi goi|quyen ru)( qua| ghe| lam| the)?\b.*\b(muon|chi muon|"
    r"ra do|nhay|buong)\b",
    # (2026-12-08, the twenty-third reading) a letter to her parents left on the desk ("e viết thư
    # cho ba mẹ r, để trên bàn học"), an end planned here ("e tính kết thúc ở đây luôn"), a gun in
    # his lap ("i have my dads old gun in my lap")
    r"\b(viet|de lai|de|gui lai) (xong )?(thu|la thu|buc thu|may dong)( \w+){0,2} (cho|gui) (ba me|bo me|me|ba|bo|"
    r"gia dinh|moi nguoi|cac con|con|vo|chong)\b.*\b(de|o|dat|tren|duoi|trong)( (o|tren|duoi|trong))? (ban|ban hoc|"
    r"giuong|goi|tu|hoc ban|ngan keo)\b",
    r"\b(tinh|dinh|muon|quyet dinh|se|chac)( (em|toi|tui|minh|e|con))?( (se|dinh|tinh))? ket thuc (o day|tai day|luon|het|tat ca|moi thu|cho xong|o phong tro|"
    r"o nha tro)( luon)?\b",
    r"\b(gun|pistol|rifle|revolver|shotgun)( \w+){0,2} (in my lap|in my hands?|in my mouth|to my head|next to me|"
    r"beside me|on my (lap|bed|desk|table))\b",
    # (2026-12-08, the nineteenth reading) to fade away, just like that ("muốn cứ thế tiêu biến đi")
    r"\b(muon|chi muon|uoc|uoc gi|uoc chi|chi mong)( (cu|the|vay|luon|minh|em|toi|tui|e|that|chi|duoc|co the|"
    r"mot|lan|thoi)){0,3} (tieu bien|tan bien|bien mat|tan bien mat)"
    r"(?! (trong|khoi|cai|nhung|het|noi|vet|mui|mo|sau|nep|tham|mun))\b",
    r"\bkhong (con )?(ly do|li do|gi) (de )?(song|tiep tuc)\b",
    r"\bchet (quach|phat|di|luon)? ?(cho xong|cho roi|cho nhe no)\b",
    r"\b(tu|muon) (lam hai|lam dau|hanh ha|rach|cat) (ban than|minh|tay|co tay)\b",
    # (never a kitchen accident: "lỡ cắt tay", "bị dao cắt tay" while cooking)
    r"(?<!\blo )(?<!\bbi )(?<!\bdao )(?<!\bkeo )\b(rach|cat) (tay|co tay)\b", r"\btu hai\b", r"\btreo co\b", r"\bnhay (cau|lau|song)\b",
    r"\bket thuc (tat ca|cuoc doi|moi thu|cuoc song|doi minh)\b",
    r"\b(ket thuc|cham dut|ket lieu)( \w+){0,8} (ca )?(cuoc doi|cuoc song|mang song) (cua )?"
    r"(toi|em|minh|tui|con)\b",
    r"\bsuicid\w*", r"\bkill (myself|my self)\b", r"\bend (my life|it all|everything|myself)\b",
    r"\b(want|wanna|wish|going) to die\b", r"\b(wish|want) i (was|were) dead\b",
    # (a marriage, a debt, a case given up: "buông xuôi cuộc hôn nhân này, ly hôn dc ko")
    r"^(?!.*\b(hon nhan|ly hon|ly di|tien|no|viec|cong viec|vu kien|moi quan he|tinh cam|chuyen tinh|"
    r"doi (tien|no)|hoc|thi|du an)\b).*\bmuon buong xuoi( tat ca| het| moi thu)?\b", r"\bstop (living|existing)\b",
    # "e chán đời quá" said alone (tired of life): met gently, with the question about safety
    r"^((toi|em|minh|tui|e|con) )?(thay |cam thay |that su |hoi |that |qua )?chan doi"
    r"( qua| lam| that| ghe| roi| qua di| lam roi| het suc)*$",
    # "i feel like dying", "i'd rather be dead" (never "dying to see", "dying of laughter")
    r"\b(feel|feels|feeling) like (dying|dieing|i want to die|ending it)\b(?! (to|of|for|laughing)\b)",
    r"\b(rather|prefer to) be dead\b", r"\b(wish|want) (i could|to) (disappear|vanish)\b",
    # (2026-12-08) the wish in words the scorer's twin question hid: said after a story of violence
    # ("he leaked my photos and now i keep thinking about killing myself", "i pray every night not to
    # wake up", "i'm tired of fighting to stay alive", "i don't see a future where i'm still here")
    r"\b(think|thinks|thinking|thought|thoughts) (about|of) (killing myself|ending (it|it all|my life|"
    r"everything)|suicide|taking my (own )?life|not (being here|waking up|existing)|jumping( off)?)\b",
    r"\b(want|need|wish)( for)? (it all|everything|the pain|all of it|it) to (stop|end) (for good|forever|"
    r"permanently)\b",
    r"\btired of (fighting to stay alive|staying alive|being alive|trying to stay alive|fighting to live)\b",
    r"\b(done|tired of|sick of) pretending (that )?(i want to (live|be alive|be here)|to want to (live|be alive))\b",
    r"\b(don'?t|do not|can'?t|cannot) see (a|any) future (where (i'?m|i am|im) (still )?(here|alive|around)|worth "
    r"(staying|living|sticking around) for)\b",
    r"\b(don'?t|do not|can'?t|cannot) see (a|any) (reason|point) (to|in) (keep going|keeping going|go on|going on|"
    r"live|living|stay|staying|keep living|carry on|carrying on)\b",
    r"\bi (have|'ve got|ve got|got|made) a plan( already| now| ready| worked out)?( and| but)? (i|im|i'?m)\b.*"
    r"\b(don'?t|do not|just don'?t|haven'?t|have not) (know|decided|"
    r"picked|chosen) (when|how|where|the day|the date)\b",
    r"\b(pray|praying|prays|hope|hoping)( \w+){0,3} (not to|that i (don'?t|won'?t)|to never|i (don'?t|won'?t|"
    r"never)) wake up\b",
    r"\b(gave (away )?my (dog|cat|pets?|puppy|kitten)|paid (off|back) (my|all my|everyone|every)|gave away "
    r"(my|all my))\b.*\b(i'?m|i am|im) ready( now)?\b",
    r"\b(tonight|today|this weekend) i (finish|end) it\b|\bi'?ll (finish|end) it (tonight|today)\b",
    r"\b(jump|jumping) off (the|a|my|this) (\w+ )?(roof|bridge|building|balcony|rooftop)\b.*\b(not (even )?"
    r"joking|no joke|for real|i mean it|seriously|deadass)\b",
    r"\b(do not|not) want to (live|be alive|be here|exist|wake up)\b",
    r"\bno (reason|point) (to live|in living|to go on|living)\b", r"\bbetter off dead\b",
    r"\b(hurt|harm|cut|cutting|hurting|harming) (myself|my self)\b", r"\bself[ -]?harm\w*",
    r"\btake my (own )?life\b", r"\b(disappear|be gone) (forever|for good)\b",
    r"\bnot (be|being) (here|around) anymore\b",
    r"\bsong (lam chi|de chi|lam gi|de lam gi|chi nua)\b",
    r"\bbien mat (vinh vien|mai mai|khoi (the gian|cuoc doi|the gioi|day))\b",
    r"\bneu (toi|em|tui|minh|con) (khong con|hong con|chet|mat di|bien mat|khong con song)\b",
    r"\bnghi (toi|den|ve) (cai chet|chuyen chet|viec chet)\b",
    r"\bcach (nao )?(de )?(chet|tu tu|ket lieu)\b", r"\bchet (ma )?(khong|ko) dau\b",
    r"\b(ways|way|how) to (die|kill myself|end (it|my life))\b",
    r"\b(no |the )?point (of|in) (living|life|going on)\b",
    r"\b(decide|decided|want|going|plan|planning) to end it\b(?! with)",
    r"\b(cut|cutting|burn|burning|scratch|scratching) (my )?(arms?|wrists?|legs?|thighs?|skin)\b",
    r"\b(burned|burnt|cut|hit|punched|scratched|starved|hurting|harming) myself\b",
    # (2026-12-07, the fifteenth reading) a cut of her own today deeper than the others ("hôm nay
    # cứa sâu hơn mọi ngày", "cut deeper than usual tonight"): a wound now, 115 first
    r"\b(hom nay|vua|vua moi|moi|toi nay|hoi nay|dem nay|lan nay)( \w+){0,2} (cua|rach)( \w+)? (sau|manh|"
    r"nhieu|dai) hon\b",
    r"\b(cut|sliced) (myself )?(deeper|worse) than (usual|ever|before|last time|normal)\b",
    # (2026-12-07) a wish to jump said plainly ("chỉ muốn nhảy xuống cho xong", "i just want to jump
    # off"); never a game, a pool or a dance ("nhảy xuống hồ bơi", "jump off the diving board")
    r"^(?!.*\b(ho boi|be boi|song|suoi|bien|ao|nuoc|cau truot|dien|nhac|trampoline|bungee|du luon|"
    r"pool|lake|river|sea|diving board|trampoline|bungee|parachute|game|level)\b).*\b(chi |that |rat |cung )?"
    r"(muon|them|thich) (nhay|lao|gieo minh|buong minh|buong tay) (xuong|xuong duoi|qua lan can|khoi (day|"
    r"lan can|tang|cau))( cho xong| cho roi| luon| het)?\b|"
    r"^(?!.*\b(pool|lake|river|sea|diving board|trampoline|bungee|parachute|game|level|plane|with a)\b).*"
    r"\b(just |really |sometimes )?want to (jump|throw myself) (off|from|down)\b",
    # (2026-12-07) up on a rooftop now, alone, for nothing else ("tôi lên sân thượng chung cư rồi, gió
    # lớn lắm"): the crisis question, never the laundry or a party up there
    r"^(?!.*\b(phoi|tuoi|hong mat|hong gio|ngam|chup|an|uong|nhau|tiec|nuong|bbq|phao hoa|tap|chay bo|don|"
    r"sua|lay|choi|hut thuoc|gap|trang|tui tao|tui minh|bon minh|chung toi|may dua|ca nha|len di|len le)\b)"
    r"^((toi|em|e|minh|tui|tao|con) )?(vua |da |moi )?(len|leo len|dang o|ra) (toi |den |tren )?(san thuong|"
    r"tang thuong|noc nha|mai nha|noc|tang cao nhat)( \w+){0,2} (roi|r)\b( \w+){0,6}$",
    # (2026-12-07) a sleep hoped to be the last, a drive off a bridge kept in mind ("praying
    # tonight's sleep is the permanent kind", "i keep thinking about driving off the bridge")
    r"\b(pray\w*|hop\w*|wish\w*)( [\w']+){0,4} sleep\w*( [\w']+){0,3} ((is|be|will be) (the |my )?(permanent|"
    r"forever|last|final|endless)|(the )?permanent\w*|forever|for good)( kind| one)?\b",
    r"\b(thinking|think|thought|fantasi\w*|imagin\w*|picturing|dreaming) ((about|of) )?(just )?(driving|jumping|"
    r"steering|swerving|crashing|walking|stepping) (off|into|in front of|from)( the| a| an)? "
    r"(bridge|cliff|roof|truck|train|traffic|road|edge|building|tracks|oncoming \w+)\b",
    # the writer's own head against the wall ("em hay đập đầu vào tường"), never his ("ba đấm
    # đầu vào tường rồi đánh mẹ": that is violence, and danger)
    r"^((toi|em|minh|tui|con|chau) )?((hay|cu|lai|thuong|da|vua|dang|muon|tu|chi muon|cu muon) )*"
    r"(dap|dam|dap dau|dong) (dau |tay )?(vao|vo) tuong\b", r"\bquyen sinh\b",
    # (told after what set it off: "mỗi lần ba chửi là em đập đầu vào tường")
    r"\b(la|thi|nen|roi|xong) (toi|em|minh|tui|con|e|chau) ((hay|cu|lai|thuong|da|vua|dang|muon|tu|chi muon|"
    r"cu muon) )*(dap|dam|dap dau|dong) (dau |tay )?(vao|vo) tuong\b",
    r"\bkhong (muon|thiet) (thuc day|tinh day|thuc giac|day) (nua|lai)\b",
    r"\b(lay|dung|cam) (dao|dao lam|lam|keo|kim|bat lua|tan thuoc) (\w+ ){0,2}(lam dau|rach|cat|"
    r"dot|chich|cua) (minh|ban than|tay|chan|co tay|dui|bap tay|canh tay)\b",
    r"\b(hid|hide|hiding|keep|kept|giau|cat giu) ([\w']+ ){0,3}(razors?|razor blades?|blades?|lam dao|"
    r"dao lam)\b",
    r"\b(la|chi la|thanh) (ganh nang|gánh nặng)\b", r"\bburden (to|for|on) (everyone|them|my)\b",
    r"\btired of (life|living|being alive)\b",
    r"\b(sleep|fall asleep) and (never|not) wake up\b",
    # a last message with thanks or an apology ("đây là tin nhắn cuối cùng e gửi, cảm ơn vì tất
    # cả"), eyes closed for good ("mong sáng mai đừng mở ra", "close my eyes and stay gone")
    r"\b(tin nhan|loi nhan|dong tin|lan nhan) cuoi cung\b.*\b(cam on|xin loi|tam biet|vinh biet|yeu|"
    r"thuong|nho|tat ca|moi nguoi)\b",
    r"\b(mong|uoc|uoc gi|hy vong|chi mong|cau mong|cau cho)( \w+){0,5} (dung|khong nen|khong|ko|dung bao gio|"
    r"khong nen bao gio|khong bao gio|se khong) (mo mat|mo ra|tinh|tinh day|thuc day|day|mo mat ra)\b(?! (tre|som|muon|kip|"
    r"nổi|noi|duoc|dc))",
    r"\b(close|closing) my eyes (and|to) (stay gone|never (open|wake)|not (open|wake)|be gone|disappear|"
    r"never come back)\b|\bstay gone\b",
    # things given away, not needed any more ("gave my cat to my friend…, i won't need them")
    r"\b(gave|give|giving|given) (away )?(my|all my)\b.*\b(won'?t|will not|wont|don'?t|do not) need "
    r"(them|it|these|those|anything|any of it)\b",
    # a blade on one's own body, or research of a fall ("used a razor on my thigh again", "googling
    # how high a floor needs to be")
    r"\b(used|took|put|ran|dragged) (a |the |my )?(razor|blade|knife|lighter|scissors) (on|to|across|over) "
    r"my (thigh|thighs|arm|arms|wrist|wrists|leg|legs|skin|stomach|hip)\b",
    r"\bhow high (does |do |should |would |must |is )?(a |the )?(floor|building|bridge|balcony|roof|fall)"
    r"( \w+){0,3} (needs to be|need to be|has to be|have to be|should be|must be|is enough)\b",
    # pills saved up until there are enough ("e dồn thuốc ngủ bác sĩ kê, giờ đủ rồi"), a future
    # not seen ("can't see myself still being here by next week")
    r"\b(em|e|toi|tui|minh|tao|con) (da |dang |cu |van )?(don|gom|tich|de danh|cat giu|giau)( \w+){0,2} "
    r"thuoc( \w+){0,6} (du roi|da du|gio du|du lieu|du de)\b|\b(gom|tich|de danh|don) du (thuoc|vien)"
    r"( \w+)? (roi|r)\b",
    r"\b(can'?t|cannot|don'?t) see myself (still )?(being )?(here|alive|around)( \w+){0,3} "
    r"(by|next|in|after|much longer|anymore)\b",
    r"^((toi|em|minh|tui|e|tao|con) )?(dang |da )?(cam|co|cam san|de san) (dao lam|luoi lam|lam dao)\b",
    # not waking wished for, a high place that calls, a lighter or a flame held to one's own
    # skin ("hoping i just don't open my eyes in the morning", "the balcony keeps calling me",
    # "e lấy bật lửa dí vào tay mình")
    r"\b(hope|hoping|wish|wishing|pray|praying)( that)? i (just )?(don'?t|do not|won'?t|will not|never) "
    r"(open my eyes|wake up|wake|see (the )?morning|see tomorrow)\b",
    r"\b(the )?(balcony|bridge|roof|rooftop|river|ledge|edge|railway|train tracks?|window)( \w+){0,4} (keeps |is |has been )?"
    r"(calling|calls|pulling) (me|to me)\b",
    r"\b(lay|dung|cam) (bat lua|lua|que diem|dieu thuoc|thuoc la|tan thuoc|ban ui|dao|dao lam)( \w+){0,2} "
    r"(di|ap|dot|gi|chich) (vao |len )?(tay|chan|co tay|da|nguoi|dui|bung) (minh|cua minh|chinh minh)\b",
    r"\bngu (mot giac )?(ma |roi )?(khong|ko|chang) (bao gio |can )?(day|thuc day) (nua|lai)\b",
    r"\bngu (mot giac )?(\w+ ){0,3}(khong|ko|chang|khoi) (bao gio |can |con )?(tinh lai|tinh day|"
    r"thuc lai|thuc day|day nua)\b",
    r"\bcham dut (het|tat ca|moi thu|cuoc doi)\b", r"\b(tich|gom|de danh) thuoc\b",
    # "nghĩ quẩn" (dark thoughts, of ending one's life), "sống không nổi nữa" (cannot go on living)
    r"(?<!me )(?<!ma )(?<!chi )(?<!ban )(?<!ba )(?<!bo )(?<!con )(?<!vo )(?<!chong )(?<!no )\bnghi quan\b",
    r"^(?!.*\b(luong|tien|gao|com|an uong|chi tieu|o voi|song voi|song chung|ly hon|ly di)\b).*"
    r"\bsong (khong|ko|hong|chang|hok|k) (noi|con noi)\b",
    # said as what she will do if he goes on ("nếu ổng còn đánh em nữa em sẽ uống thuốc chuột",
    # "ổng mà đánh em nữa thì em chết cho ổng vừa lòng"): her own life, whatever his violence
    r"\b(toi|em|minh|tui|con|tao)( thi)? (se|sap|dinh|tinh)( \w+)? (uong|nuot|an) (\w+ ){0,2}(thuoc chuot|"
    r"thuoc tru sau|thuoc diet co|thuoc ngu|thuoc tay|nuoc tay|het thuoc|ca vi thuoc|ca lo thuoc|"
    r"thuoc doc)\b",
    r"(^|\b(thi|thoi|la|roi|de|nen) )(toi|em|minh|tui|con) (se )?chet (cho|de) (\w+ ){0,2}(vua long|"
    r"sung suong|hai long|mung|khoi|thoai mai)\b",
    r"\b(uoc|wish)( (gi|minh|toi|em|i|la|rang|that))* (chua tung|dung|khong|had never|was never|"
    r"were never) (duoc |been )?(sinh ra|born)\b",
    # gone, asked not to be looked for ("thôi e đi đây, đừng tìm e"; never "đi ngủ đây, đừng tìm")
    r"^(?!.*\bdi (ngu|an|lam|choi|hoc|cho|tam|ve|du lich|cong tac|nhau|cafe|ca phe)\b)"
    r".*\b(dung|khoi|khong can|khong nen|dung ai|khong ai can) (tim|kiem|doi|cho) (em|e|toi|tui|minh|con|chau)"
    r"( nua| nha| nhe| a| lam gi)*$",
    # thanks to everyone, then farewell ("cảm ơn mọi người thời gian qua, tạm biệt")
    r"\bcam on (moi nguoi|tat ca|ca nha|gia dinh)( (vi|suot|trong|ve))?( (tat ca|thoi gian qua|thoi gian|"
    r"bay lau nay|bay lau|nhung nam qua|moi thu|tat ca moi thu))*( (nha|nhe|a))?,? (tam biet|vinh biet|"
    r"xin loi)\b",
    # a farewell for ever, or never to be heard from again ("tạm biệt mãi mãi", "you won't hear
    # from me again"), gone "for good" ("chắc em đi luôn cho xong")
    r"\b(tam biet|chao) (mai mai|vinh vien|lan cuoi)\b",
    r"\b(won'?t|will not|wont) (hear from|see|talk to) me (again|anymore|ever again)\b",
    # a last note, an apology for everything with a goodbye, not being around to care for one's
    # own ("i've written my note", "sorry for everything. goodbye", "i won't be around to look
    # after her"), cutting again
    r"\b(wrote|written|writing|left|leaving|finished) (a|my) (suicide|goodbye|farewell|last|final) "
    r"(note|letter|message)\b|\b(i'?m|im|i am) (done|ready|finished)\b.*\b(wrote|written|left|finished) "
    r"my (note|letter)\b",
    r"(^|\b(i'?m|im|i am)( so| really| truly)? )sorry (for|about) everything\b.*\b(goodbye|bye|farewell|"
    r"love you all)\b(?! for now)|\b(goodbye|bye|farewell)\b.*\b(i'?m|im|i am)( so| really| truly)? sorry "
    r"(for|about) everything\b",
    r"\b(won'?t|will not|wont) be (around|here|alive) (anymore|any more|much longer|for long|to (look "
    r"after|take care of|care for|feed|raise))\b",
    r"\b(i|i'?ve|i have|been|i'?m|im|i am|i keep|started) (been )?cutting (myself )?(again|deeper)\b|"
    r"\bcut(ting)? myself deeper\b|\bi cut deeper\b|\b(been|started|keep|kept) (cutting|burning|hurting) myself\b",
    # if something befalls the writer, her child or her kin left in someone's care, or no one to
    # grieve ("nếu e đi rồi thì nhờ ai đó nuôi con e giúp", "lỡ e có chuyện gì thì đừng ai buồn")
    r"\b(neu|lo|lo nhu|nhu|lo mai|neu mai) (em|e|toi|tui|minh|tao|chi) (di (roi|luon|mai|that)|mat|chet|"
    r"khong con|ko con|khong con nua|co chuyen gi|co menh he gi)( roi| luon| that)? (thi )?"
    r"((nho|xin|mong|gui)( \w+){0,3} (nuoi|nuoi day|cham lo cho) (con|be|cac con|chau|con meo|con cho)|"
    r"(dung|khong nen) (ai |ca nha |moi nguoi |me |ba )?(buon|khoc|tim))\b",
    # dying as a relief to the family ("chắc e chết đi cho ba mẹ khỏi phải lo")
    r"\b(chet|bien mat|khong con|di) (di |luon |quach |cho roi )?cho (\w+ ){0,2}(khoi|do|bot|nhe|yen) "
    r"(phai )?(lo|ganh|kho|met|nang|phien|ban tam|nhuc)",
    r"\b(di|ra di|bien) (luon )?(cho xong|cho roi|cho nhe)\b",
    r"\bwon'?t need (them|it|this|anything|my \w+) (where|anymore|any more)\b",
    # things left to others, with no need of them any more ("em để lại hết tiền tiết kiệm cho con,
    # em không còn cần nữa", "em gửi lại con mèo…, em sẽ không ở đây nữa")
    r"\b(de lai|gui lai|giao lai|cho lai|nho)\b.*\b(khong con can|khong can (nua|den nua)|se khong (con )?"
    r"o day nua|khong (con )?o day nua|khong con o day)\b",
    # someone asked to care for one's child, with exhaustion ("nhờ mày chăm sóc con giúp tao,
    # tao mệt lắm rồi")
    r"\bnho (\w+ ){0,2}(cham soc|nuoi|trong|lo cho) (con|be|chau|me|ba|bo)\b.*\b(met|chiu het noi|khong "
    r"chiu noi|het chiu|kiet suc)\b",
    # a last message said ("chắc đây là lần cuối e nhắn", "this is the last time i'll text")
    r"\b(day la|day se la|chac day la|co le day la|chac la|day chac la) lan cuoi( cung)? (em|e|toi|tui|"
    r"minh|con)( \w+)? (nhan|noi|noi chuyen|gui|chat|lien lac|tam su)\b(?! (cho|voi|toi) (ong|anh|no|han|"
    r"chong|ck|ny|nguoi yeu|ban trai|thang|ex|ba|bo|me|co ta|chi ta))",
    r"\b(this is|this will be|probably|prob) (the )?last time (i|i'll|ill|i will) (message|text|talk|"
    r"write|chat|reach out)\b(?! (to |with )?(him|her|them|my ex|the ex|that (guy|man|jerk)|my (husband|"
    r"boyfriend|bf|partner|dad|father|stepdad|mom|mother)|his|he)\b)",
    # an apology or love sent on to family through the bot ("nhờ bạn nói với mẹ e là e xin lỗi")
    r"\b(noi|nhan|bao|chuyen loi) (voi|cho|giup|gium|dum) (me|ma|ba|bo|cha|ca nha|gia dinh|moi nguoi|"
    r"chong|vo|con)( (cua )?(em|e|toi|tui|minh|con))?( \w+){0,2} (la|rang) (em|e|toi|tui|minh|con) "
    r"(xin loi|rat xin loi|yeu|thuong)\b",
    r"\btell (my )?(mom|mum|mother|dad|father|family|parents|everyone|my wife|my husband|my kids?) "
    r"(that )?(i'?m|i am|im) sorry\b",
    # belongings given away ("e cho hết đồ rồi", "i gave away all my things")
    r"^(?!.*\b(cu|tu thien|ung ho|quyen gop|don nha|chuyen nha|ban lai|thanh ly)\b)"
    r".*\b(em|e|toi|tui|minh|con) (da )?(cho|tang|phat|gui) (het|lai het|di het|het sach|sach) (do|do dac|"
    r"quan ao|sach vo|tien|tien bac|tai san|moi thu|dien thoai|xe|thu cung)\b",
    r"\b(gave|giving|given) away (all )?(of )?(my|all my) (stuff|things|belongings|possessions|clothes|"
    r"pets?|cat|dog)\b",
    # (2026-12-07, the fifteenth reading) a pet handed on to be raised, or belongings given away,
    # and a calm after it ("e gửi con mèo cho bạn thân nuôi r, đồ đạc cũng cho hết r, giờ thấy nhẹ
    # lòng lắm", "gave my cat to my best friend, feel so light now"): the calm of a decision
    r"^(?!.*\b(cu|tu thien|ung ho|quyen gop|don nha|chuyen nha|ban lai|thanh ly|di xa|du hoc|di lam|xuat khau|"
    r"du lich|(1|mot|hai|2|vai|may) (tuan|ngay|thang)|ve que|an tet|di cong tac|nhap vien|moving|move|abroad|"
    r"charity|donat\w*|trip|job|travel\w*|vacation|holiday|weeks?|days)\b)"
    r"(?=.*\b(nhe long|nhe nhom|nhe tenh|thanh than|khong con vuong|yen tam (roi|r)|san sang (roi|r)|at peace|"
    r"so light|lighter|relieved|ready now|calm now)\b).*\b((gui|cho|giao|tang|gave|given|handed) (\w+ ){0,2}"
    r"(meo|cho|cun|thu cung|pet|pets|cat|dog|kitten|puppy)( \w+){0,5} (nuoi|giu|cham|to keep|to look after|"
    r"to take care)|(do|do dac|quan ao|sach vo|tien|moi thu|dien thoai|xe)( \w+){0,2} (cung |da )?(cho|tang|"
    r"phat|gui)( \w+)? (het|sach|het sach)|(gave|given|giving) away (all )?(of )?(my|all my) (stuff|things|"
    r"belongings|clothes))\b",
    # starving oneself until gone ("chắc e sẽ nhịn ăn tới khi nào không còn nữa", "i'll stop eating
    # until i disappear")
    r"\bnhin (an|doi)( \w+){0,2} (cho |toi |den |toi khi |den khi |cho toi khi |cho den khi )(nao |luc nao )?"
    r"(chet|khong con( nua| tren doi)?|bien mat|het tho|kiet suc ma chet|tat tho)\b",
    r"\b(stop|stopped|quit) eating (until|till|til) (i|i'?m) (die|disappear|gone|vanish|waste away)\b",
    # accounts deleted and apologies sent to each one ("em xóa hết facebook rồi, cũng nhắn xin lỗi
    # từng người rồi"; "deleted my socials and messaged everyone sorry")
    r"\b(xoa|khoa|go|huy)( het| sach)? (facebook|fb|mxh|mang xa hoi|tai khoan|nick|zalo|tiktok|insta|"
    r"instagram)\b.*\b(xin loi|tam biet|cam on|vinh biet)( \w+)? (tung nguoi|moi nguoi|het|ca nha|tat ca|"
    r"ai cung|tung dua|tung ban)\b|"
    r"\b(xin loi|tam biet|vinh biet)( \w+)? (tung nguoi|moi nguoi|ca nha|tat ca)\b.*\b(xoa|khoa|go|huy)( het| sach)? "
    r"(facebook|fb|mxh|mang xa hoi|tai khoan|nick|zalo|tiktok|insta|instagram)\b",
    r"\b(deleted|deactivated|wiped) (all )?(my )?(socials|accounts?|facebook|instagram|profiles?)\b.*"
    r"\b(said sorry|apologi[sz]ed|messaged everyone|said goodbye)\b",
    # how much of a pill, or how high a fall, kills ("uống mấy viên thì chết", "bao nhiêu viên
    # thuốc ngủ là quá liều", "nhảy từ tầng mấy thì chết", "how many pills does it take to die")
    r"\b(bao nhieu|may)( \w+){0,3} (vien|lieu|mg|gam|gram|chai|lo|hop|vi|ong)\b( \w+){0,5} "
    r"(thi |la |se |moi |de |co the |co )?(\w+ )?(chet|qua lieu|tu vong|ngo doc)\b",
    r"\b(nhay|roi|te) (tu |xuong tu )?(tang|lau|do cao|cau)( \w+){0,2} (may|bao nhieu|nao)( \w+){0,2} "
    r"(thi |la |se |moi |de )?(chet|tu vong)\b",
    r"\b(uong|nuot|chich|tiem) (bao nhieu|may)( \w+){0,3} (thi|la|se|moi|de|co) (\w+ )?(chet|tu vong|"
    r"qua lieu)\b",
    r"\b(uong|nuot|an|chich|tiem) (gi|cai gi|thuoc gi|bao nhieu|may vien) (thi |de |la |se |moi )"
    r"(chet|khong dau|di nhanh|qua lieu)\b",
    r"\bhow (many|much) ([\w']+ ){0,5}(to|does it take to|would it take to|will|would|until|before "
    r"(you|i|a person|someone)) (die|dies|kill (me|myself|you|a person|someone)|be (fatal|lethal|"
    r"deadly)|overdose|od)\b",
    r"\b(lethal|fatal|deadly) (dose|amount|dosage)\b", r"\bhow (high|tall|far)( \w+){0,4} "
    r"(to die|to be fatal|would kill|will kill|to kill (me|myself))\b",
    # (2026-12-07) how many pills for not coming back ("whats the number of zolpidem where you
    # just dont come back", "uống bao nhiêu viên thì ngủ luôn ko dậy")
    r"\b(how many|how much|what dose|the number of|amount of)\b.*\b(dont|don't|do not|never|won'?t|"
    r"to not|would not|not) (come back|wake up|wake)\b(?! (tired|late|early|at night|groggy|sleepy))",
    r"\b(bao nhieu|may vien|lieu nao|may lieu)\b.*\b(ngu luon|khong (day|tinh) (nua|lai)|ko (day|tinh) "
    r"(nua|lai)|di luon|khoi day)\b",
    # the way that hurts least, asked with nothing else to hurt ("which method hurts least",
    # "cách nào ra đi nhẹ nhàng nhất"; never a tooth, a shot, a piercing or a birth)
    r"^(?!.*\b(tooth|teeth|shot|injection|pierc\w*|tattoo|wax\w*|birth|labou?r|period|cramps?|needle|"
    r"blood test|vaccin\w*|eyebrows?|hair|rang|tiem|chich|xo khuyen|xam|nho long|sinh|de con|kinh|"
    r"lay mau|vac xin|tay long|dau bung|nho rang)\b).*"
    r"(\b(which|what|best|easiest|quickest|least painful|most painless) (method|way)s?\b( \w+){0,4} "
    r"(hurts? (the )?least|least pain\w*|painless\w*|without pain|most peaceful)\b|"
    r"\bcach (ra di|chet|tu tu)( \w+){0,2} (nhe nhang|it dau|khong dau|nhanh|em ai)\b)",
    r"\bcach (nao|gi) (de )?(ra di|chet|di luon|tu tu|ket thuc( cuoc doi| tat ca)?)( \w+){0,2} (it dau|"
    r"khong dau|nhe nhang|em ai|khong dau don|nhanh)( nhat)?\b",
    # poison kept hidden ("bought pesticide today, it's under my bed", "thuốc diệt chuột e giấu
    # dưới gầm giường")
    r"\b(rat poison|pesticide|weed ?killer|paraquat|insecticide)\b.*\b(hid|hidden|hiding|under my bed|"
    r"in my (room|drawer|bag|closet)|for myself|just in case|for later)\b",
    r"\b(thuoc (diet )?chuot|thuoc tru sau|thuoc diet co|ba chuot|paraquat)\b.*\b(giau|cat giau|de "
    r"danh|cat ky)\b( \w+){0,2} (duoi|trong|o|sau)\b",
    # cutting, kept on with ("i keep cutting, it's the only thing that makes it quiet")
    r"\b(i|i'?ve|ive|i have) (keep|kept|been|started|still)( on)? cutting( myself| my (arms?|wrists?|legs?|"
    r"thighs?|skin))?( again| more| deeper)?(?=\s*($|,|\.|and\b|because|cause|it'?s|its|to\b|when|so\b|"
    r"it (helps|makes|feels|stops|calms|quiets|is the only)))",
    # the head beaten on a wall, again, to quiet the mind ("slammed my forehead into the tiles
    # again til the noise stopped", "keep banging my head on the wall")
    r"\b(slam\w*|bang\w*|hit\w*|smash\w*) my (own )?(head|forehead) (into|against|on) (the )?(wall|"
    r"tiles?|floor|door|desk|mirror)\b.*\b(again|till|until|on purpose|to (stop|feel|make|quiet)|over and "
    r"over)\b|\b(keep|kept|keeps) (slamming|banging|hitting|smashing) my (head|forehead)\b",
    # accounts deleted, with a goodbye or only this message left ("deleted all my accounts,
    # said my goodbyes", "e xoá hết ảnh, xoá fb, chỉ còn lại tin nhắn này")
    r"\b(deleted|deactivated|wiped|closed) (all )?(my )?(accounts?|socials|facebook|instagram|"
    r"everything|photos)\b.*\b(goodbyes?|farewell|last message|said bye)\b|"
    r"\b(goodbyes?|farewell)\b.*\b(deleted|deactivated|wiped) (all )?(my )?(accounts?|socials|"
    r"everything)\b",
    # (2026-12-07, second reading) a pet left in someone's care for later ("nhờ chị nuôi giúp con
    # mèo của e nha, sau này e ko chăm dc nữa")
    r"\bnho (\w+ ){0,2}(nuoi|cham|giu|trong|cham soc)( giup| gium| dum| ho)? (con )?(meo|cho|ca|chim|"
    r"thu cung|be meo|be cun|cun)\b.*\b(sau nay|tu nay|tu mai|ve sau)\b.*\b(khong|ko|k|chang) "
    r"(\w+ )?(cham|nuoi|o|song)( \w+)? (duoc|dc|nua)\b",
    # debts paid and things given, at peace ("e trả hết nợ rồi, đồ đạc cho em gái hết")
    r"\b(tra het no|tra xong no|tra het tien no|thanh toan het no)\b.*\b(do dac|do|quan ao|tai san|"
    r"sach vo|xe)\b( \w+){0,3} (cho|de lai|tang|giao)\b|\b(do dac|tai san)( \w+){0,2} (cho|tang|de lai) "
    r"(\w+ ){0,2}het\b.*\b(tra het no|nhe nhom|yen tam|xong het)\b",
    # a goodbye with thanks for months of listening ("tạm biệt mọi người nha, cảm ơn vì đã nghe e
    # nói mấy tháng nay")
    r"\b(tam biet|vinh biet|chao)\b.*\bcam on\b( \w+){0,4} (nghe|lang nghe|ben|o ben|giup|chiu dung)\b"
    r".*\b(thang nay|nam nay|thoi gian qua|bay lau|lau nay|may thang|may nam)\b",
    # death as the end of it all ("e nghĩ e chết là xong hết mọi chuyện")
    r"\b(toi|em|e|minh|tui|con) (chet|chet di|bien mat|di luon) (la|thi) (xong|het|yen|nhe|het chuyen)"
    r"( het)?\b",
    # no face left to live ("ko còn mặt mũi nào sống", "không còn lý do để sống")
    r"\b(khong|ko|k|chang) (con )?(mat mui|mat mui nao|ly do|ly do gi|ly do nao) (nao )?(de |ma )?song\b",
    # the rope or a beam found strong enough ("cái dây phơi đồ sau nhà đủ chắc rồi")
    r"\b(day|soi day|day thung|xa nha|quat tran|cay xa|thanh xa)( \w+){0,4} (du chac|chiu duoc (suc|"
    r"can) nang|du cao) (roi|r)\b(?! (khong|ko|k|chua|qmark)\b)",
    # a last post scheduled ("e hẹn giờ đăng bài cuối lên fb rồi")
    r"\b(hen gio|len lich|schedul\w*) (dang |post )?(bai|status|post|tin|stt)( \w+){0,2} (cuoi|last|final)\b|"
    r"\b(bai|status|post|stt) cuoi( cung)?\b.*\b(hen gio|dem nay|toi nay|12h)\b",
    # a past attempt, and what went wrong learned ("i tried once in march, i know what i did wrong")
    r"\b(tried|attempted) (once|before|last (year|time|month)|in \w+)\b.*\b(what i did wrong|won'?t fail|"
    r"get it right|do it right|this time)\b|\b(lan truoc|hoi truoc|lan do)\b.*\b(that bai|hong|khong "
    r"thanh)\b.*\b(lan nay|biet (sai|loi) cho nao)\b",
    # a place without a fence, noted ("the bridge near my work has no fence on the east side",
    # "tầng thượng chung cư e ko có lan can")
    r"^(?!.*\b(council|fix|should|complain\w*|report\w*|kids|children|sua|kien nghi|phan anh|con nit|"
    r"tre em|nguy hiem cho)\b)(?=.*\b(my|i|em|e|toi|tui|minh)\b)"
    r".*\b(bridge|roof|rooftop|cau|san thuong|tang thuong|noc)\b( \w+){0,6} (has no (fence|railing|"
    r"barrier)|no (fence|railing)|khong co (lan can|rao|tuong chan)|ko co (lan can|rao))\b",
    # (2026-12-07, third reading) dead rather than gay, and then "as you wish" ("thà có đứa con chết
    # còn hơn…, vậy thì con chiều ý ba")
    r"\b(tha|that) (\w+ ){0,4}chet (con )?hon\b.*\b(chieu y|lam theo y|vay thi con|thi con chieu)\b",
    # all done, only the night to wait for ("tặng hết đồ rồi, giờ chỉ còn chờ tối thôi")
    r"\b(tra het no|xoa het anh|xoa het)\b.*\b(tang|cho|de lai) (het )?(do|do dac)\b|"
    r"\bchi con (cho|doi) (toi|dem|toi nay|den toi|dem nay)( thoi)?\b",
    # money or things not needed any more ("tiền học kỳ sau mẹ để dành lo cho em út nha, con ko cần
    # nữa đâu")
    r"\b(ky sau|hoc ky sau|nam sau|sau nay|tu nay|tuong lai)\b.*\b(de danh|lo cho|danh cho)\b.*"
    r"\b(con|em|e|toi|tui|minh) (khong|ko|k|chang) (can|con can) (nua|den nua)( dau)?\b",
    # no one awake or home to stop her ("lúc đó ko ai thức để cản em", "no one will be up to stop me")
    r"\b(khong|ko|k|chang) (ai|con ai) (thuc|biet|o nha|o day)( \w+){0,2} (de )?(can|ngan|giu|cuu) "
    r"(em|e|toi|tui|minh|tao)\b|"
    r"\b(no one|nobody|noone)( \w+){0,3} (awake|around|home|up)( \w+){0,2} to stop me\b",
    # the last day, with thanks ("hôm nay là ngày cuối, cảm ơn mọi người đã tử tế với mình")
    r"^(?!.*\b(dot|khuyen mai|sale|nop|han|dang ky|thi|hoc|lam viec|thuc tap|tour|phim|chieu|nam|thang|"
    r"cong ty|cong viec|o day lam)\b).*\b(hom nay|toi nay|mai) (la )?(ngay|dem|lan) cuoi( cung)?\b.*"
    r"\b(cam on|xin loi|tam biet|vinh biet)\b",
    # a goodbye sent to each one ("đã nhắn tin chào từng người rồi", "said goodbye to everyone")
    r"\b(nhan|gui) (tin )?(chao|tam biet|loi chao|loi tam biet)( \w+){0,3} (tung nguoi|moi nguoi|het moi "
    r"nguoi|ca nha)\b|\b(said|texted|sent) (my )?goodbyes? to (everyone|each|all)\b",
    # a river bank at night, not going home ("đêm nay ngồi bờ sông, ko định về")
    r"^(?!.*\b(som|cau ca|choi|nhau|picnic|cam trai|di bo|hong gio|ngam)\b)"
    r".*\b(bo song|bo ho|chan cau|tren cau|bo bien|bo ke)\b.*\b(khong|ko|k) (dinh|tinh|muon|co y) ve\b",
    # ending it her own way ("e tính kết thúc bằng cách của e")
    r"\bket thuc( (tat ca|moi thu|het|cuoc doi nay|chuyen nay|no))? (bang cach|theo cach) (cua )?(em|e|toi|"
    r"tui|minh)\b",
    # don't be sad, she is fine in a new place ("mọi người đừng buồn nha, e ổn ở chỗ mới")
    r"\b(dung buon|dung khoc|dont be sad|don'?t cry)\b.*\b(cho moi|noi moi|the gioi khac|ben kia|"
    r"a better place|somewhere better)\b",
    # blades bought that are not for shaving; walking into the sea; measuring the drop; medicine
    # stopped on purpose; loose ends tied; "won't need to worry about me soon"; tonight it stops
    r"^(?!.*\b(crafts?|art|paper|carpet|boxes|hobby|model)\b).*\b(razor|blades?)\b.*\bnot (for|to) shav\w*\b",
    r"\b(i'?m|im|i am|i'?ll|i will|gonna|going to) (walk|walking|wade|wading|go|going) into the (sea|ocean|"
    r"river|lake|water)\b(?!( \w+){0,3} (to cool|for a swim|swim\w*))",
    r"\b(measuring|measure|eyeing|staring at|looking down at) the (drop|fall|height)\b",
    r"^(?!.*\b(because|cause|since|side effects?|made me|doctor|bac si|vi no|tac dung phu)\b)"
    r".*(\b(stopped|quit|not|stop) taking (my )?(heart|blood pressure|bp|insulin|diabetes|seizure|epilepsy|"
    r"antidepressants?|kidney|transplant)( \w+)?\b.*\bon purpose\b|"
    r"\bco tinh (bo|ngung|khong uong) thuoc (tim|huyet ap|tieu duong|tram cam)\b)",
    r"\b(paid off|cancel\w*|closed)\b.*\btying up loose ends\b|\btying up loose ends\b.*\b(paid off|"
    r"cancel\w*)\b",
    r"\b(won'?t|will not|wont) (need to|have to) worry about me\b",
    r"\b(tonight|today) i('ll| will)? (make it (all )?stop|end (it|it all|everything))\b",
    # the means bought, said alone ("e mua thuốc diệt chuột r", "em đã mua than rồi")
    r"^((toi|em|e|minh|tui|con|tao) )?(da |vua |moi )?(mua|kiem|chuan bi|de san)( duoc| san)? (thuoc "
    r"(diet )?chuot|thuoc tru sau|thuoc diet co|ba chuot|than|than hoa|paraquat)( (roi|r|xong|san|ve|"
    r"nha|day|san roi|xong roi))+$",
    # how fast a poison kills, asked ("uống thuốc diệt cỏ thì chết có nhanh ko"; never swallowed by
    # mistake, "uống nhầm", which is 115's)
    r"^(?!.*\b(nham|vo tinh|lo uong|be|con (em|toi|minh|tui)|dua nho|tre)\b).*"
    r"\b(uong|nuot|an|chich) (\w+ ){0,2}(thuoc (diet co|diet chuot|chuot|tru sau|ngu|doc)|"
    r"diet co|ba chuot|paraquat|xang|axit|nuoc tay|thuoc tay)( \w+){0,3} (thi |la |co |se |moi )?"
    r"(\w+ )?(chet|tu vong)\b",
    # the last lines left for someone ("mấy dòng cuối gửi má e kẹp trong cuốn sổ"; never to him)
    r"\b(may dong|vai dong|la thu|buc thu|loi nhan|thu) cuoi( cung)?\b( \w+){0,2} (gui|cho|de lai|kep|"
    r"de)\b(?!( \w+){0,3} (nguoi yeu|ny|nyc|anh ta|ex|ong ay|ong ta|chong|ck|sep|cong ty)\b)",
    # pills saved up ("been saving up my meds for a couple weeks")
    r"\b(saving|saved|stockpil\w*|hoard\w*|stashing|stashed) (up )?(my |all my |the |some )?(meds|pills|"
    r"tablets|sleeping pills|medication|painkillers)\b(?! (money|on|for (my|the|a) (trip|holiday)))",
    r"\bxoa (het |sach )?(anh|hinh|fb|facebook|zalo|tai khoan|nick|moi thu|tin nhan)\b.*\b(tam biet|"
    r"vinh biet|loi cuoi|chi con (lai )?(tin nhan|dong|loi|cai tin) nay)\b",
    # silence tomorrow, and no one to look for her ("sáng mai mà zalo e im re thì khỏi đi kiếm")
    r"\b(mai|sang mai|ngay mai|toi mai)\b.*\b(im|im re|im lim|khong (tra loi|rep|on|online|nhan)|ko "
    r"(tra loi|rep|on|online|nhan)|offline|tat may)\b.*\b(dung|khoi|khong can|ko can|khong nen) (di |ra )?"
    r"(tim|kiem)\b",
    # held on this far, and goodbye ("gồng tới đây thôi, chào nha, cám ơn đã nghe tui")
    r"\b(gong|song|tru|cam cu) (toi|den|duoc den|duoc toi) (day|muc nay|bay gio)( thoi)?\b.*\b(chao|"
    r"tam biet|bye|vinh biet)\b",
    # a pet given for better care ("gave my cat to my friend today, she'll take better care of her")
    r"\bgave (away )?my (cat|dog|kitten|puppy|pets?|bird|rabbit)\b.*\b(better care|look after (her|him|"
    r"them) better|won'?t need|after i'?m gone|when i'?m gone)\b",
    # a burden whose going would relieve them ("all i do is drain money from my folks, they'd be
    # relieved"; "ko có e thì nhà đỡ khổ hơn")
    r"\b(i'?m|im|i am|i feel like|all i do is|i just|i only|i'?m just)( \w+){0,3} (burden|drain\w*|"
    r"waste of (space|money)|nothing but trouble|useless)\b.*\b(they|my (family|"
    r"parents|folks|mom|mum|dad|kids)|folks|everyone)('d| would| will)? (be )?(relieved|better off|"
    r"happier|free)\b",
    # (2026-12-08, the nineteenth reading) a child better off without a mother like her ("sinh con
    # xong e ko thương nổi nó, nó sẽ tốt hơn nếu ko có mẹ như e"; "my baby would be better off
    # without a mom like me"); never a father left behind ("tốt hơn nếu không có ba nó")
    r"\b(no|con|be|con (toi|em|tui)|ca nha|moi nguoi|gia dinh|chong|vo)( se| chac)? (tot hon|hanh phuc hon|"
    r"song tot hon|suong hon|de tho hon|nhe nhom hon|on hon)( \w+){0,2} (neu|khi) (khong|ko|k|thieu|vang|"
    r"khong con|ko con) (co )?(e|em|toi|tui|minh|(nguoi )?me nhu (e|em|toi|tui|minh)|me no|me)\b"
    r"(?! (chong|ke|ruot|vo|ban|no nua)\b)",
    r"\b(she|he|they|my (baby|son|daughter|kids|children|child|family|husband|wife))('d| would| will)?( be)? "
    r"(better off|happier|safer) (without|with no) (me|a (mom|mother|mum|dad|father|parent) like me)\b",
    # a day named to live no further ("mai sinh nhật e, e định sẽ ko sống qua ngày đó", "i don't
    # plan to live past my birthday")
    r"\b(dinh|quyet dinh|muon|tinh)( la| se)* (khong|ko|k|chang) (song|o lai|ton tai)( \w+)? (qua|toi|den|het|"
    r"duoc qua) (ngay|dem|nam|sinh nhat|tet|tuan|thang)\b",
    r"\bi (won'?t|will not|don'?t plan to|do not plan to|am not going to|'?m not going to|'?m not gonna) "
    r"(live|be alive|still be (here|alive|around)) (past|to see|beyond|after|until)\b",
    r"\b(khong|ko|k|neu khong|neu ko|thieu|vang) (co )?(e|em|toi|tui|minh|con)( thi| di)? (ca |moi )?"
    r"(nha|gia dinh|moi nguoi|bo me|ba me|ai cung)( \w+){0,2} (do kho|nhe nhom|sung suong|de tho|"
    r"thanh than|vui ve|vui)( hon)?\b",
    # (2026-12-07, fourth reading, from heldout_eleventh's misses; in other words than its lines)
    # no reason left to stay, nothing to hold on to ("chẳng còn lý do nào để ở lại", "hết động
    # lực tồn tại"); not a place or a job left ("ko còn lý do gì ở lại công ty")
    r"\b(khong|ko|k|chang|het) (con )?(ly do|dong luc)( gi| nao)? (de |ma |khien (\w+ )?)?(o lai|ton tai|"
    r"tiep tuc song|song tiep|co mat)\b(?!( \w+){0,2} (voi|cong ty|truong|lop|thanh pho|cho (do|nay)|"
    r"sai gon|ha noi|noi nay|nha (do|nay|chong|anh|no|han)|o day lam|lam viec))",
    r"\b(khong|ko|k|chang) con (gi|dieu gi|ai|thu gi)( \w+)? (de |ma )?(niu|niu keo|giu (e|em|toi|tui|minh) lai)"
    r"( (e|em|toi|tui|minh))?( (o lai|tren doi|nua))*\b",
    # thanks for the time past, and going ("cảm ơn mọi người bấy lâu nay, mình đi nhé"); not
    # going to bed, to work, home
    r"\bcam on\b( \w+){0,4} (thoi gian qua|bay lau( nay)?|lau nay|nhung nam qua|nhung thang qua|tat ca|"
    r"moi thu)\b.*\b(e|em|toi|tui|minh|con|chau) (xin phep )?(di|ra di) (day|nhe|nha|that|luon|truoc)"
    r"( nhe| nha| a| roi| moi nguoi| ca nha)*$",
    r"^((e|em|toi|tui|minh|con|chau) )?(di day|ra di day|di that day)\b.*\bcam on\b( \w+){0,4} (thoi gian "
    r"qua|bay lau( nay)?|lau nay|nhung nam qua|tat ca|moi thu)\b",
    # letters written ahead for family, hidden or left ("viết sẵn mấy lá thư cho ba mẹ, nhét dưới gối")
    r"\bviet san( \w+){0,2} (thu|la thu|vai dong|may dong|loi nhan|may la thu)( \w+){0,3} (cho|gui) (ba me|"
    r"bo me|cha me|me|ma|ba|bo|con|gia dinh|ca nha|moi nguoi|nguoi than|em gai|em trai|chong|vo|ny)\b",
    r"\bviet( xong| roi)*( \w+){0,2} (thu|la thu|may la thu|vai dong|loi nhan)( \w+){0,3} (cho|gui) (ba me|bo me|"
    r"cha me|me|ba|bo|con|gia dinh|ca nha|moi nguoi|nguoi than)\b.*\b(de lai|giau|cat|nhet|de (san )?(trong|"
    r"duoi|o) (ngan keo|tu|goi|hop|cap))\b",
    r"\b(wrote|written|writing|left|finished) (\w+ ){0,2}(letters?|notes?) (for|to) (my |each of my )?(mom|mum|"
    r"dad|parents|family|kids|sister|brother|everyone|friends)\b.*\b((will|'ll) find (them|it|the (letters?|"
    r"notes?))|drawer|under (my|the) pillow|for "
    r"(when|after)|to find|hidden|they'?ll find)\b",
    # affairs put in order, and one last thing left ("đã xóa hết tài khoản, trả xong nợ, chỉ
    # còn một việc cuối"; "paid everyone back, deleted my accounts, one last thing to do")
    r"\b(xoa (het|sach)|xoa (mxh|mang xa hoi|facebook|fb|tai khoan|nick|zalo|tiktok)|tra (het|xong|sach) "
    r"no|cho het do|tang het do|don dep xong|sap xep xong|viet xong thu|tam biet (xong|het))\b.*\b(con|chi con) "
    r"(dung |moi |lai )?((1|mot) )?(viec|chuyen|buoc|dieu) (cuoi|sau cung)( cung)?\b(?! (la|nua la|thoi la)\b)",
    r"^(?!.*\b(before (my|the|our) (holiday|wedding|trip|move|vacation|leave|baby|exams?|new job)|at work|"
    r"for work)\b).*\b(deleted|deactivated|wiped|paid (off|back)|gave away|said (my )?goodbyes?|cleaned out|"
    r"sorted)\b.*"
    r"(\b(one|1) (last|final) thing( left)?( to do)?|\b(tie|tying|tied) up (all )?(the |my )?loose ends)\b|"
    r"\b(one|1) (last|final) thing( left)?( to do)?\b.*"
    r"\b(deleted|deactivated|paid (off|back)|gave away|said (my )?goodbyes?)\b",
    # her skin burnt by her own hand ("tự hơ bật lửa lên cổ tay", "lấy tàn thuốc dí vào đùi mình"),
    # no one else named as doing it
    r"^(?!.*\b(ong|ong ta|anh ta|anh ay|han|ck|chong|thang|tui no|bon no|ny|nyc|ba ta|me ke|bo duong|"
    r"cha duong|di ghe|ong ay|ba ay|chu|sep|bon ho)\b)(?!.*\bno (lay|cam|dung|di|dot|ho)\b).*\b(lay|dung|cam)"
    r"( \w+){0,2} (bat lua|hop quet|tan thuoc|dieu thuoc|thuoc la|ban ui|que diem)( \w+){0,2} (ho|dot|di|gi|"
    r"ap|dat|chich)( \w+)? (len|vao|vo) (tay|da|dui|co tay|canh tay|chan|nguoi|minh|bung|co)\b",
    r"\btu (ho|dot|lam bong|dot chay|di|gi) (tay|da|dui|co tay|canh tay|chan|than)\b",
    r"\b(burn|burned|burnt|burning) (myself|my (arm|arms|skin|wrist|wrists|leg|legs|hand|hands|thigh|"
    r"thighs|stomach))\b(?!( \w+){0,3} (on|while|by accident|accidentally|cooking|making|ironing|baking))",
    r"\b(hold|held|holding|put|press\w*) (a |the |my )?(lighter|lighters|cigarette|match|lit cigarette|"
    r"hot (spoon|knife|metal|iron)) (to|on|against|into) my (skin|arm|arms|wrist|wrists|leg|legs|hand|"
    r"thigh|thighs|stomach)\b",
    # a treasured thing given, "why?" asked, and no answer ("gave my bike to my cousin, she asked
    # why, i just said i won't need it")
    r"\b(gave|give|giving|given) (away )?(my|all my)( \w+){1,3} (to|away)\b.*\b(asked|asks|wondered|wanted "
    r"to know) (me )?why\b.*\b(didn'?t know what to say|couldn'?t (say|tell|answer)|said nothing|lied|won'?t "
    r"need|don'?t need|wont need|dont need|didnt know what to say)\b",
    r"\b(cho|tang|de lai) (het |luon |lai )?(\w+ ){0,3}(cho|lai cho) (\w+ ){0,2}(roi|r)?\b.*\b(hoi|thac mac) "
    r"(sao|tai sao|vi sao|lam chi|chi vay|de lam gi)\b.*\b((khong|ko|k) (biet|dam) (tra loi|noi)|(khong|ko|k) "
    r"can (nua|den nua|dung nua)|de lam gi nua)\b",
    # a pet to be taken in, since she can no longer care for it, no reason given ("ai nuôi giùm
    # bé cún với, e ko chăm nó nổi nữa rồi"); not a move, an allergy, a landlord
    r"^(?!.*\b(chuyen nha|don nha|di hoc|du hoc|di lam xa|xuat khau|chu nha|chu tro|di ung|bau|sinh em be|"
    r"cam nuoi|khong cho nuoi|ko cho nuoi|moving|landlord|allerg\w*|pregnan\w*|new baby|deploy\w*)\b)"
    r"(?=.*\b(nhan nuoi|nuoi giup|nuoi dum|nuoi gium|giu giup|cham giup|adopt\w*|take (in )?my|rehome\w*)\b)"
    r".*\b(meo|cho|cun|be meo|be cun|cat|dog|kitten|puppy|bird|rabbit|tho|chim)\b.*\b((khong|ko|k|chang) "
    r"(\w+ ){0,2}(lo|cham|nuoi|cham soc|o ben|ben)( cho)?( \w+){0,2} (duoc|dc|noi) nua|can'?t (take care of|"
    r"look after|care for) (her|him|them|it) (anymore|any more|now))\b",
    # a burden, fixed tonight ("tired of being a weight on them. tonight that ends")
    r"\b(burden|in (everyone'?s|their) way|a waste|drain|ganh nang|vuong vi|vuong chan|ke an bam|"
    r"phien (ca nha|moi nguoi|bo me|ba me))\b.*\b(tonight|today|tomorrow|soon|this weekend|toi nay|dem nay|"
    r"mai|hom nay|sap)( \w+){0,3} (fix|end|solve|sort out|take care of|giai quyet|cham dut|ket thuc|xu ly|"
    r"dut diem|giai thoat)( (that|it|this|everything|cho xong|no|het|luon|xong))*\b",
    # if she were gone, it would end ("maybe when i'm not here anymore it stops", "nếu e biến mất
    # thì mọi chuyện sẽ dừng")
    r"\b(if|when|once) (i'?m|im|i am|i was|i were) (gone|not here|not around|dead|no longer here|not "
    r"alive)( anymore| any more)?\b.*\b(stops?|ends?|over|free|happier|better|peace|relieved|(leave|leaves) "
    r"(me|them|us|her|him|everyone) alone)\b",
    r"\bneu (e|em|toi|tui|minh|con) (khong con (tren doi|song|nua)|ko con (tren doi|song|nua)|bien mat|chet "
    r"di|chet)( \w+){0,3} (thi|la)( \w+){0,3} (het|xong|dung|yen|nhe nhom|het chuyen|giai thoat|sung suong|"
    r"thoat)\b",
    # a day chosen, counting down to it ("counting down. saturday seems right"; "đếm ngược từng
    # ngày, thứ bảy là xong")
    r"\bcounting down( the days)?\b.*\b(feels right|seems right|sounds right|is the day|will be the "
    r"day|it ends|last day|be over|be done|goodbye)\b",
    r"\bdem nguoc( tung ngay| ngay)?\b.*\b(ngay cuoi|ket thuc|ra di|la xong|la het|giai thoat|tam biet)\b",
    # the means looked at again and again ("can't stop staring at the pills in the cabinet", "cứ
    # nhìn sợi dây thừng ngoài kho hoài")
    r"\b(keep|kept|been|can'?t stop|cant stop|always end up) (looking|staring|glancing|thinking) (at|about) "
    r"(the|that|a|my|those|all the) (rope|bridge|pills|pill bottle|knife|knives|blade|razor|razors|train "
    r"tracks|tracks|rooftop|roof|ledge|railing|balcony|gun|belt|cord)\b",
    r"\b(cu|hay|hoai|cu the|toan) (nhin|ngam|nghi|nghi toi|nghi den|de y)( \w+){0,2} (soi day|day thung|soi thung|"
    r"lo thuoc|vi thuoc|hop thuoc|con dao|luoi lam|dao lam|cay cau|cau|san thuong|ban cong|lan can|duong ray)\b",
    # a wish never to have been born ("giá mà đừng sinh ra đời", "phải chi em không có mặt trên đời")
    r"\b(gia nhu|gia ma|phai chi|uoc chi|uoc gi|uoc la)( \w+){0,2} (khong|ko|k|chua|dung|chang) (duoc |bao gio "
    r")?(sinh ra|de ra|co mat( tren (doi|the gian))?|ton tai|lot long)\b",
    # thanks for trying, and goodbye ("thank you for trying. bye")
    r"\b(thanks|thank you|thx|ty|cam on) (for|vi) (trying|da co gang)\b(?! (to|and|anyway|though))"
    r".*\b(goodbye|bye|farewell|i'?m done|its over|it'?s over|too late|i give up|tam biet|qua muon|het roi)\b"
    r"(?! (for now|nha|nhe|see you|talk (soon|later)))|\b(goodbye|bye|farewell|tam biet)\b(?! (for now|nha|"
    r"nhe))( \w+){0,3} (thanks|thank you|thx|cam on) (for|vi) (trying|da co gang)( anyway)?$",
    # (2026-12-07, fifth reading) a debt paid with one's life ("chắc phải lấy mạng ra trả thôi")
    r"\blay (cai )?mang( song)? (\w+ )?(ra )?(tra|den|chuoc)\b",
    # a jump planned from a height ("em tính nhảy từ tầng 9 ký túc xá")
    r"\b(tinh|dinh|muon|se|chac|sap|quyet dinh) nhay (tu|xuong|khoi|tren) (\w+ ){0,2}(tang|lau|cau|"
    r"toa nha|san thuong|ban cong|noc|mai nha|chung cu|ky tuc xa|ktx)\b",
    # charcoal and the room sealed ("đã mua than hoa và băng keo dán cửa")
    r"\bthan (hoa|cui|to ong|da)?\b.*\b(bang keo|dan (kin|cua|khe|het)|bit (kin|cua|khe|het)|chan (kin|khe))\b|"
    r"\b(bang keo|dan kin|bit kin)\b.*\bthan (hoa|cui|to ong)\b|"
    r"\bcharcoal\b.*\b(tape|taped|seal\w*|close (all )?the (windows|door))\b",
    # pills or poison gathered and kept ("tôi gom được một hũ thuốc huyết áp", "mua sẵn chai thuốc
    # cỏ để dưới gầm giường")
    r"\b(gom|tich|de danh|danh dum|giau|cat)( \w+){0,2} (duoc )?(mot |1 |ca |nguyen )?(hu|lo|vi|hop|nam|"
    r"dong|bich|tui|chai) thuoc\b",
    r"\b(mua|gom|giau|cat|de)( san)? (\w+ )?(chai|binh|goi|lo|hu|can|bich) (thuoc (tru sau|diet co|co|"
    r"chuot|ray|sau)|paraquat)\b",
    # to meet the dead grandparents soon ("chắc t sắp gặp ông bà sớm thôi")
    r"\bsap (di )?gap (lai )?(ong ba|to tien)( \w+){0,2} (som|roi)\b|\bgap (lai )?(ong ba|to tien) "
    r"(som|duoi suoi vang|tren kia)\b|\b(see|meet|join) my (grandma|grandpa|grandparents|ancestors) soon\b",
    # sleep for ever, asked how ("lam sao de ngu mai mai", "how to sleep and never wake up")
    r"\b(lam sao|lam the nao|cach nao|cach gi)( de)? (duoc )?ngu (mai mai|vinh vien|luon khong day|ma "
    r"khong (day|tinh) (nua|lai))\b|\bhow (do i|to|can i) (sleep forever|sleep and never wake( up)?|never "
    r"wake up)\b",
    # the strongest poison asked ("thuốc trừ sâu loại nào mạnh nhất", "strongest rat poison")
    r"\b(thuoc tru sau|thuoc diet co|thuoc chuot|thuoc ngu|thuoc co|thuoc ray)( \w+){0,2} (loai|cai|hieu) "
    r"(nao|gi) (manh|doc|nhanh|de chet)( nhat)?\b|\b(strongest|most toxic|deadliest|fastest acting) "
    r"(pesticide|poison|weed ?killer|rat poison|sleeping pills?)\b",
    # this time no coming back, from the water or the tracks ("ra bờ biển một mình, lần này không
    # quay về"; never "không quay về với anh ta": leaving him)
    r"\b(bien|song|ho|cau|duong ray|ga tau|bo bien|mot minh|sea|beach|river|lake|bridge|tracks|alone)\b"
    r".*\b(lan nay|this time)( \w+){0,2} (khong|ko|k|won'?t|will not|not|am not|i'?m not) (quay (ve|lai)|"
    r"tro ve|ve nua|coming back|come back)\b(?!.*\b(voi|with|to) (anh|ong|han|no|chong|ck|him|he|that "
    r"man|my husband)\b)",
    # a swim at night with no float ("2h sáng nay e ra hồ Tây bơi, ko mang áo phao")
    r"\b(\d+ ?h sang|nua dem|khuya|dem nay|toi nay)\b.*\b(boi|tam)\b.*\b(khong|ko|k) (mang|mac|can) "
    r"(ao phao|phao)\b",
    # the rope looked at, day after day ("there's rope in the garage, i've been looking at it")
    r"\b(rope|noose)\b.*\b(been|keep|kept|always) (looking|staring|glancing) at it\b",
    # an absence tomorrow, and no one to be sad ("nếu mai e ko lên lớp thì mọi người đừng buồn nha")
    r"\bneu (mai|ngay mai|sang mai)( \w+){0,4} (khong|ko|k|hong) (len lop|di hoc|den lop|di lam|online|tra "
    r"loi|xuat hien)\b.*\b(dung|khong can|khong nen|khoi) (buon|khoc|lo|tiec)\b",
    # the night come, and thanks for listening ("tonight's the night, thanks for listening before")
    r"\b(tonight'?s|tonight is|tonights) the night\b.*\b(thanks|thank you|thx) for (listening|everything|"
    r"being there)\b|\b(thanks|thank you|thx) for (listening|everything|being there)\b.*\b(tonight'?s|"
    r"tonight is|tonights) the night\b",
    # starving to fade away ("bỏ ăn 5 ngày rồi, e muốn người mình teo dần rồi hết luôn")
    r"\b(bo an|nhin an|khong an|ko an)( \w+){0,3} (\d+|may|nhieu|mot|hai|ba) (ngay|tuan|bua)\b.*\b(muon|de|cho|"
    r"mong)( \w+){0,4} (teo dan|chet dan|het luon|bien mat|lia doi|cho chet)\b",
    # internet words for it ("unalive myself", "sewerslide")
    r"\b(unalive|un alive|sewerslide|sewer slide)\b",
    # a roof asked for oneself ("an open rooftop, asking for me not for photos", "i only need to go
    # up once")
    r"\b(rooftop|roof|top floor|san thuong|tang thuong)\b.*\b(for me,? not for|not for (photos|pictures)|"
    r"only need to go (up )?once|just (need|want) to go up once|go up (just )?once|khong phai (de )?chup)\b",
    # gone tomorrow, the practical last words ("if i'm gone tomorrow please tell my flatmate…")
    r"\bif i'?m (gone|not (here|around|alive)) (tomorrow|tonight|by (morning|tomorrow))\b",
    r"\b(finish|finished|stop) (my|my own) life\b|\b(want|wanna) finish (my ?self|my life)\b",
    # the last time, tonight, at the tracks or the water ("tonight I go to train platform, last time")
    r"\b(tonight|toi nay|dem nay)\b.*\b(train|platform|tracks|railway|bridge|rooftop|river|sea|ga tau|"
    r"duong ray|cau|song|bien)\b.*\b(last time|one last time|lan cuoi( cung)?)\b",
    # gone for good, to be done with it ("chỉ muốn đi luôn cho xong chuyện"; never "bỏ đi luôn")
    r"(?<!\bbo )\bdi luon cho (xong|roi|nhe no|yen)( chuyen| het)?\b",
    # the password given and the last post asked for ("gửi lại mật khẩu fb, nhờ đăng giùm bài cuối")
    r"\b(mat khau|password|pass)\b.*\b(bai|post|status|stt|tin) cuoi\b|\b(bai|post|status|stt) cuoi\b"
    r".*\b(mat khau|password)\b|\bpost my (last|final) (message|post|goodbye)\b",
    # pets given away and now at peace to go ("mấy con mèo nhờ chị Lan nuôi rồi, giờ em yên tâm đi rồi")
    r"\b(meo|cho|cun|ca|chim|thu cung|pets?|cats?|dogs?)\b.*\b(toi|em|e|minh|tui|con) (co the )?(yen tam|"
    r"nhe long|thanh than) (ma )?(di|ra di)( roi| duoc roi| duoc)\b",
    # (2026-12-07, the sixth reading) letters left for each one, to be found tomorrow ("viết thư
    # cho từng người rồi, để trong ngăn kéo, mai mọi người sẽ tìm thấy")
    r"^(?!.*\b(chuc|cam on vi|thiep|sinh nhat|giang sinh|tet|noel|tot nghiep|dam cuoi|mung|bat ngo|"
    r"valentine|8 3|20 10|ngay cua me|ky niem)\b)"
    r".*\bviet( xong| roi| san)*( \w+){0,2} (thu|la thu|loi nhan|vai dong)( \w+){0,2} (cho|gui) (tung nguoi|"
    r"moi nguoi|ca nha|gia dinh|ai cung|cac con|may dua|tung dua|bo me|ba me|cha me)\b.*\b(mai|sau nay|ngay "
    r"mai|sang mai|khi do|luc do)( \w+){0,3} (se |thi )?(tim thay|doc|doc duoc|thay)\b",
    # the tallest building's roof asked for, with nothing to see or drink there ("tòa nhà cao
    # nhất thành phố là tòa nào, có lên sân thượng được không")
    r"^(?!.*\b(bar|cafe|ca phe|cafe|nha hang|ngam|chup|view|photos?|pictures?|observation|sky ?deck|tham "
    r"quan|du lich|ve vao|tickets?|dinner|drinks?|tour)\b).*\b(toa nha|cao oc|chung cu|building|toa|tower)"
    r"( \w+){0,3} cao nhat\b.*\b(san thuong|tang thuong|noc|rooftop|roof|top floor|len (tren )?(do|toi "
    r"dinh|tang cao nhat))\b",
    # made so a father need not have such a child any more ("bố bảo không có đứa con như em, vậy
    # thì em sẽ làm cho bố không phải có nữa"); never moving out
    r"^(?!.*\b(don ra|chuyen (ra|di|nha)|ra o rieng|o rieng|di lam xa|di hoc xa|move|moving|moved)\b).*"
    r"\b(em|con|toi|tui|minh|tao|t) se (lam cho|cho|de) (bo|me|ba|ma|cha|ca nha|gia dinh|moi nguoi|anh|"
    r"chong|ho|no)( \w+)? (khong phai|khoi|khong con phai|khoi phai|khong can) (co|thay|nhin|nuoi|chiu|lo)"
    r"( \w+){0,4} nua\b",
    r"^(?!.*\b(move|moving|moved|out of (the|this) house|leave home|leaving home|college|abroad)\b).*"
    r"\b(you|they|he|she|mom|mum|dad|my (parents|family|mom|mum|dad)|everyone) (won'?t|wont|will not|will "
    r"never|ll never) have to (see|deal with|worry about|put up with|look at|feed|pay for) me (again|"
    r"anymore|any more|ever again|soon)\b",
    # savings and things given away, and a lightness after ("chuyển hết tiền tiết kiệm cho em
    # gái rồi, đồ đạc cũng cho bạn hết rồi, giờ nhẹ người lắm")
    r"^(?!.*\b(cu|don nha|don dep|thanh ly|chuyen nha|tu thien|quyen gop|ung ho|toi gian|ban lai|pass lai|"
    r"no|tra no|chu no|vay|hoc phi|tien nha|tien phong|declutter\w*|donat\w*|charity)\b)"
    r".*(\b(chuyen|gui|dua|cho|tang) (het|toan bo|sach|lai het) (tien|tien tiet kiem|so tiet kiem|tai san|"
    r"vang)\b.*\b(do|do dac|quan ao|xe|dien thoai|laptop|thu cung|meo|cho)( \w+){0,3} (cung )?(cho|tang|gui)"
    r"( \w+){0,2} (het|lai het|roi)\b|"
    r"\b(chuyen|gui|dua|cho|tang) (het|toan bo|sach|lai het) (tien|tien tiet kiem|so tiet kiem|tai san|vang|"
    r"do|do dac)\b.*\b(thanh than|het vuong( ban)?|khong con (gi )?(vuong|vuong ban|luyen tiec)|khong can gi "
    r"nua)\b)",
    r"^(?!.*\b(declutter\w*|donat\w*|charity|moving|move|minimalis\w*|garage sale|thrift)\b)"
    r".*\b(gave|sent|transferred|given) (all )?(of )?(my|all my) (savings|money|stuff|things|belongings)\b.*"
    r"\b(feel (so )?(light|lighter|calm|at peace|peaceful)|at peace|nothing left|all set|ready)\b",
    # living on only a burden to the children, and no wish to go on ("sống thêm chỉ làm khổ
    # chúng nó", "đã viết sẵn di chúc và không muốn kéo dài nữa")
    r"\bsong (them|lau them|nua|tiep)( \w+){0,2} (chi|cung chi|chi la|cung) (lam kho|them kho|lam phien|"
    r"lam ganh nang|la ganh nang|them ganh|bat|lam lien luy)\b",
    r"\b(di chuc|benh tat|benh|gia roi|gia yeu|chua tri|thuoc men|nam vien|song them)\b.*\b(khong|ko|chang) "
    r"muon keo dai( (them|nua|cuoc song|kiep nay|them nua|lam gi))*\b(?! (cuoc|chuyen|hop dong|viec))",
    # "don't look for me", the phone and its password left behind ("đừng tìm t nữa nha, t để lại
    # đt cho m rồi, mật khẩu là sinh nhật m")
    r"\b(dung|khong nen|khong can|khoi) tim (t|tao|tui|em|e|minh|toi|con|chi|anh) nua\b.*\b(de lai|gui lai|"
    r"giao lai|cho lai|de san) (\w+ ){0,2}(dt|dien thoai|laptop|tai khoan|nick|mat khau|pass|di chuc)\b|"
    r"\b(de lai|gui lai|giao lai|de san) (\w+ ){0,2}(dt|dien thoai|laptop|tai khoan|nick|mat khau|pass)\b.*"
    r"\b(dung|khong nen|khong can|khoi) tim (t|tao|tui|em|e|minh|toi|con|chi|anh) nua\b",
    # not seen online again, said as a parting ("tomorrow you won't see me online anymore. it's
    # fine."; never a trip, an exam or a break)
    r"^(?!.*\b(vacation|holiday|trip|travel\w*|exams?|busy|detox|break|because|cause|cuz|until|till|for "
    r"a (while|week|month|few|bit)|du lich|di xa|thi|ban|nghi|cai mang|vi|den khi|mot thoi gian|tuan|thang)"
    r"\b).*(\b(you|u|y'?all|everyone|nobody|no one) (won'?t|wont|will not|will never|ll never) (see|hear "
    r"from|find) me (online |here |around )?(anymore|any more|again|ever again|after (today|tonight))\b|"
    r"\b(mai|tu mai|tu nay|sau nay|sau hom nay)( \w+){0,2} (se )?(khong|ko|chang) (con )?(ai )?(thay|gap) "
    r"(em|t|tao|tui|toi|minh) (online|tren mang|o day|nua)\b)",
    # gone, and the debts or the pain go with her ("if I'm gone the debt goes away right?",
    # "nếu em không còn thì nợ cũng hết")
    r"\bif (i'?m|im|i am|i was|i were|i'?d be) (gone|dead|not (here|around|alive)( anymore)?|no longer "
    r"(here|around|alive))\b(?! (for|on|to|this|next|over|at|from|until|till|while|in)\b)"
    r".*\b(debts?|loans?|money|problems?|insurance|go away|goes away|disappear\w*|"
    r"stop|free|better|right\?|right$|easier)",
    r"\bneu (em|e|toi|tui|minh|tao|t|con) (khong con|chet|di roi|mat|bien mat|khong con tren doi)\b( \w+){0,2} "
    r"(thi )?(no|khoan no|moi nguoi|ba me|bo me|me|gia dinh|ca nha|cac con|con)( \w+){0,4} (het|xong|nhe|do|"
    r"duoc giai thoat|khoi|sung suong|hanh phuc)\b",
    # how painful a fall or a rope is, asked ("is it painful to jump from the 10th floor", "nhảy
    # từ tầng 10 có đau không")
    r"\b(is it|does it|would it|will it|how) (be )?(painful|hurt|quick|fast|instant|long)( to| when you| if "
    r"you| if i| if)? (jump\w*|hang\w*|drown\w*|bleed\w* out|overdos\w*|od|die|fall\w* from (the )?(\d+\w* "
    r"floor|roof|rooftop|bridge|building|top))\b(?! (rope|over|in|into the (pool|lake|water|sea)))",
    r"\b(nhay|roi|lao|gieo minh) (tu |xuong tu |xuong )?(tang \d+|tang cao|lau \d+|san thuong|noc nha|cau|"
    r"nha cao tang|toa nha)( \w+){0,3} (co|thi|se)( \w+)? (dau|chet|tu vong|chet ngay|chet lien)( khong| ko| "
    r"hong| k| hok)?\b",
    # (2026-12-07, the seventh reading) a crash into a truck planned to be done with it ("tui
    # tính lao xe vô xe tải cho rồi", "thinking of driving into a truck on the highway")
    r"\b(tinh|muon|dinh|se|chi muon|dang nghi|nghi toi chuyen|sap|chac|thoi)( (em|e|toi|tui|minh|tao|t|con|"
    r"chi|anh))? (cho xe )?(lao|dam|tong|dung) (xe |thang )?(vao|vo) (xe tai|xe container|container|xe khach|"
    r"xe ben|cot dien|tuong|goc cay|song|duong ray|tau|dau xe)\b(?!.*\b(khong sao|nhe|tham|bao hiem|sua xe|"
    r"tai nan|suyt|thang|phanh|mat lai|xe hu|so|lo|buon ngu|ngu gat)\b)",
    r"\b(thinking (of|about)|want to|wanna|gonna|going to|plan(ning)? to|might) (just )?(driv(e|ing)|crash(ing)?|"
    r"steer(ing)?|swerv(e|ing)) (my (car|bike|motorbike) |it )?(into|in front of) (a |the |some )?(truck|"
    r"lorry|wall|tree|river|traffic|oncoming traffic|train|bus|pole)\b",
    # (2026-12-07, the eleventh reading) no reason left to wake, a wish to be taken by heaven, not
    # wanting to be present in this world, death "better", rather not live, a body one cannot
    # live in ("không còn lý do gì để thức dậy", "chỉ mong ông trời sớm mang bà đi", "không muốn
    # có mặt trên đời này nữa", "thấy chết còn sướng hơn", "thà không sống còn hơn", "can't live
    # in this body anymore")
    r"\b(khong|ko|k|chang|het) (con )?(ly do|li do|dong luc)( gi| nao)? (de |ma )?(thuc day|tinh day|mo mat|"
    r"day|thuc giac)( (vao )?(buoi sang|sang mai|mai|ngay mai|nua))*\b|\bno (reason|point) (to|in) "
    r"(wak(e|ing) up|get(ting)? up)\b",
    r"\b(mong|cau|xin|uoc|chi mong|cau mong|cau cho|chi xin)( \w+){0,2} (ong troi|troi|chua|duc chua|phat|"
    r"troi phat|than chet|diem vuong|ong ba)( \w+)? (som |mau )?(mang|dem|ruoc|bat|goi) (ba|toi|em|tui|con|minh|"
    r"tao|t|ong|chau|me|bo)( \w+)? (di|ve)\b(?! (choi|du lich|chua|le|vieng|kham|hoc|lam)\b)",
    r"\b(pray|praying|wish|hope|hoping)( \w+){0,2} (god|the lord|jesus|heaven)( \w+)? (would |will |could )?"
    r"(take|takes|call|calls) me( away| home| soon)*\b",
    r"\b(khong|ko|k|chang|hong) (muon|thiet|can) (co mat|ton tai|hien dien|o lai|song) (tren|o|giua) (doi|coi doi|"
    r"the gian|trai dat|the gioi|coi tran)( nay)?\b",
    r"\b(thay |thi |chac )?chet (con|cho|di con) (suong|sướng|nhe nhang|nhe|de chiu|hay) hon\b|\btha (chet|"
    r"khong song|khong con song|di chet|bien mat)( \w+){0,3} con (hon|suong hon)\b",
    r"\bcan'?t (live|exist|keep living|go on living|stay) in (this|my|my own) (body|skin)( any ?more| any longer)?\b",
    # a truck hoped for on a fast road ("mấy nay tui hay lái xe thật nhanh mong có cái xe tải nào
    # tông luôn")
    r"\b(mong|uoc|cau|chi mong|cho)( co)? (\w+ ){0,3}(xe tai|xe|container|xe khach|xe ben|tau|oto|o to|truck)"
    r"( \w+){0,2} (tong|dam|can|cuon|dung|hits?) (chet |trung )?(luon|minh|em|tui|toi|tao|cho xong|chet|me)\b",
    # things handed on, nothing left to hold ("gửi con mèo cho đứa bạn nuôi giùm rồi, giờ chẳng
    # còn gì vướng bận"); never a retirement or a trip
    r"^(?!.*\b(du lich|nghi huu|ve huu|di choi|phuot|tour|xuat canh|du hoc|dinh cu)\b)(?=.*\b(gui|cho|tang|"
    r"de lai|giao|nho)\b( \w+){0,5} (meo|cho|cun|do dac|xe|tien|nha)\b).*\b(chang|khong|ko|k|het) (con )?"
    r"(gi|ai|dieu gi) (de )?(vuong ban|vuong|niu keo|luyen tiec|ban tam)\b",
    # accounts deleted and debts paid, "that's it" ("xoá hết facebook, trả hết nợ rồi, coi như xong")
    r"\b(xoa|khoa|go|dong|deactivate\w*|deleted?) (het |all )?(facebook|fb|face|zalo|tai khoan|insta|"
    r"instagram|tiktok|mang xa hoi|accounts?|socials)\b.*\b(tra het no|tra xong no|coi nhu xong|het no nan|"
    r"vinh biet|paid (off )?(all )?(my )?debts?|that'?s it|it'?s done)\b|\b(tra het no|tra xong no)\b.*\b(xoa|"
    r"khoa) (het )?(facebook|fb|zalo|tai khoan|insta|tiktok)\b",
    # (2026-12-07, the tenth reading) life as a game one quits ("e muốn out game đời thật luôn",
    # "thoát game cuộc đời", "i want to log out of life", "uninstall life")
    r"\b(out|thoat|quit|roi|bo|nghi|log ?out|ragequit|rage quit)( khoi)? (game|tro choi) (doi|cuoc doi|"
    r"doi that|ngoai doi|cuoc song|song|nhan sinh|nay luon)\b|\b(log ?out|logging out|rage ?quit\w*|"
    r"uninstall\w*|quit\w*|exit\w*) (of )?(life|real life|irl|this life|the game of life)\b(?! (insurance|"
    r"coach|hack|skills?|lessons?))",
    # a car driven fast to be crashed, the brakes not to be used next time ("đạp ga chạy thật
    # nhanh mong đâm vào đâu đó, lần sau chắc anh sẽ không thắng lại")
    r"\b(mong|uoc|uoc gi|chi mong|cho) (\w+ ){0,2}(dam|tong|lao|dung) (vao|vo) (dau do|cai gi do|cai gi|"
    r"xe tai|xe nao|cot dien|tuong|cay)\b(?!.*\b(khong sao|bao hiem|sua xe|suyt)\b)|"
    # ("thắng" is also a win: only where a car or a bike is driven)
    r"^(?=.*\b(dap ga|ra ga|chay xe|lai xe|phong xe|toc do|xe may|o to|oto)\b).*\blan sau (chac )?(\w+ )?"
    r"(se )?(khong|ko|k|chang) (thang|phanh|dap thang|bop thang)( lai| nua)?\b",
    # a pet handed on, and gone tonight ("chắc tối nay t đi luôn, giữ hộ t con chó nhé"); never a
    # move or a trip
    r"^(?!.*\b(du hoc|dinh cu|xuat khau|xkld|di lam|cong tac|chuyen nha|chuyen tro|du lich|ve que|"
    r"nuoc ngoai|trip|travel\w*|vacation|tuan|thang|vai ngay|may ngay|den (thu|mai|chu nhat|khi))\b)"
    r"(?=.*\b(nhan nuoi|nuoi|cham|giu|gui|trong)( giup| gium| dum| ho)? (\w+ ){0,3}(con |be )?(meo|cho|"
    r"cun)\b).*\b(toi nay|dem nay|hom nay|chac|sap)( \w+){0,2} di (luon|mai|xa luon)\b",
    # a plan of how made, a time waited for ("I've planned how I'm going to do it, I just need
    # the house to be empty", "i know exactly when i'll do it")
    r"\b(planned|figured out|worked out|decided|know|picked|chosen|chose) (exactly |already )?(how|when|where) "
    r"(i'?m|i am|im|i'?ll|i will) (going to |gonna )?(do it|end it|go through with it)\b",
    # (2026-12-07, the eighth reading) a pet handed on with no coming back ("ai nuôi giùm con
    # chó, em đi luôn không về nữa", "someone please take my dog, i won't be coming back");
    # never a move, studies or work abroad, a trip or an allergy
    r"^(?!.*\b(du hoc|dinh cu|xuat khau|xkld|di lam|cong tac|chuyen nha|chuyen tro|chuyen vao|chuyen ra|"
    r"du lich|nuoc ngoai|study\w*|abroad|moving|move|moved|relocat\w*|deploy\w*|job|work|trip|travel\w*|"
    r"vacation|allerg\w*|landlord|chu nha|di ung|weekend|week|weeks|till|until|tuan|thang|vai ngay|may ngay|"
    r"tet|den (thu|mai|chu nhat|khi))\b)"
    r".*\b((nhan nuoi|nuoi (giup|gium|dum|ho)|cham (giup|gium|dum|ho)|xin|gui|cho|giu) (\w+ ){0,3}(meo|cho|"
    r"cun|thu cung|pet|ca canh|chim)|(adopt|rehome|take( care of)?|look after|keep|have) my (cats?|dogs?|"
    r"pets?|kitten|puppy|bird|fish))\b.*\b(mai mai|vinh vien|khong (quay|tro) (lai|ve)|khong ve nua|"
    r"forever|for good|(not|never|won'?t be|wont be) (coming )?back)\b",
    # going away for ever, said of oneself ("mình sắp đi xa mãi mãi", "sắp ra đi vĩnh viễn")
    r"^(?!.*\b(du hoc|dinh cu|xuat khau|xkld|nuoc ngoai|chuyen nha|chuyen (vao|ra|ve|len)|lay chong|"
    r"theo chong|ve que|cong tac|di lam|tu|nha tho|xuat gia)\b)"
    r".*\b(em|e|toi|tui|minh|tao|t|con|chi|anh)( (sap|se|phai|chac|sap phai|chuan bi))? (ra di|di xa|di) "
    r"(mai mai|vinh vien|khong (bao gio )?(quay|tro) (lai|ve))\b",
    # passwords and accounts handed on, not needed any more ("ghi mật khẩu ngân hàng cho bạn
    # rồi, sau này không cần nữa", "my passwords are in the drawer, i won't need them anymore")
    r"^(?!.*\b(doi|quen|reset|cu|xoa|khoa|bi hack|change\w*|forgot|old|delet\w*|reset\w*|hack\w*|"
    r"lock\w*|manager|app)\b)"
    r".*\b(mat khau|pass|password|passwords|tai khoan|ma pin|the atm|so tiet kiem|accounts?|pin|bank "
    r"(details|cards?))\b.*\b((khong|ko|k|chang|khoi) can (dung |toi )?(no |chung |may cai do )?(nua|den nua)|"
    r"(won'?t|wont|will not|will never|no longer|don'?t|dont) need (it|them|those|these|any of (it|this|"
    r"them))( anymore| any more| again)?)\b",
    # everything sold or given, the money sent home "as my filial debt repaid" ("bán hết đồ,
    # tiền gửi má, coi như trả hiếu"): settling up before going
    r"^(?!.*\b(chuyen nha|du hoc|dinh cu|xuat khau|xkld|cuoi|dam cuoi|sinh nhat|le|tet|bieu)\b)"
    r".*\b(ban|cho|tang|thanh ly)( het| sach| het sach| lai het) (do|do dac|moi thu|tai san|quan ao|do "
    r"dung|dien thoai|xe|r|roi)\b.*\b(coi nhu|xem nhu|gio thi|vay la) (tra|den) (hieu|on|on sinh thanh|"
    r"cong (cha me|sinh thanh|nuoi duong))\b",
    r"\b(sold|gave away) (everything|all my (stuff|things))\b.*\b(sent|gave|transferred) (the money |it "
    r"|it all |everything )?to my (mom|mum|mother|dad|father|parents|family)\b.*\b(repay|pay (them|her|"
    r"him) back|for everything|last thing|least i can do)\b",
    # a day wished to be the last one ("sinh nhật em, em muốn nó là ngày cuối", "i want
    # tomorrow to be my last day"), never the last day of work, school or a sale
    r"\b(muon|mong|uoc|dinh|quyet dinh|se de)( cho)? (no|hom do|ngay do|hom nay|mai|ngay mai|sinh nhat|toi nay|"
    r"dem nay|tet nay|nam nay)( (em|e|toi|tui|minh|tao|t|con))? (la|thanh|se la) (ngay|dem|lan|sinh nhat|"
    r"cai tet|nam) cuoi( cung)?\b(?! (o|cua|di|lam|hoc|thi|nghi|sale|khuyen mai|lop|truong|cong ty|thuc tap)\b)",
    r"\b(want|wish|hope|going to make|gonna make|will make) (it|tomorrow|today|tonight|this|my birthday|this "
    r"birthday|this christmas|this new year) (to )?(be )?(my |the )?(very )?last (day|night|one|birthday|"
    r"christmas)\b(?! (at|of|in|on|before|with) )",
    # (2026-12-07, the eighth reading) going to join a dead parent "up there" ("tối nay tui đi gặp
    # ba trên đó", "tonight i'm going to see my mom in heaven")
    r"\b(di|len|xuong|sang|sap|se|muon) (di )?(gap|theo|voi|o voi|doan tu voi|sum hop voi) (ba|bo|me|ma|cha|"
    r"ong|ba noi|ba ngoai|ong noi|ong ngoai|ngoai|noi|chong|vo|con|em|anh|chi|nguoi yeu|ny)( \w+){0,2} "
    r"(tren (do|troi|kia|thien duong)|o tren (do|troi|kia)|duoi suoi vang|suoi vang|ben kia|the gioi ben kia|"
    r"noi chin suoi|chin suoi|thien duong)\b(?!.*\b(mo|mai sau|sau nay|khi gia|mot ngay nao do|co le)\b)",
    r"\b(going|gonna|go|want|ready|about) (to )?(see|meet|join|be with) (my )?(dad|father|mom|mum|mother|"
    r"grandma|grandpa|husband|wife|son|daughter|baby|brother|sister)( \w+){0,2} (in heaven|up there|on the "
    r"other side)\b(?!.*\b(one day|someday|some day|when i'?m old|eventually|dream\w*)\b)",
    # (2026-12-07, the ninth reading) not meant to exist ("thấy mình ko nên tồn tại trên đời này
    # nữa", "i shouldn't exist")
    r"\b(em|e|toi|tui|minh|mk|tao|t|con|chi|anh)( thay| nghi| biet)?( minh| ban than)? (khong|ko|k|chang|"
    r"hong) (nen|dang|xung dang) (ton tai|song|co mat)( tren (doi|the gioi|coi doi|the gian)( nay)?)?( nua)?\b",
    r"\b(i|i'?m|im) (shouldn'?t|should not|don'?t deserve to|do not deserve to|was never meant to|"
    r"wasn'?t meant to) (exist|be alive|live|be here|be born)\b",
    # not existing tomorrow, "the plan" ("lol imagine not existing tomorrow, that's the plan")
    r"\b(imagine|what if|if i just|wish i|i could just)( \w+){0,3} (not exist\w*|didn'?t exist|did not exist|"
    r"stopped existing|stop existing|wasn'?t here)\b.*\b(plan|tomorrow|tonight|for real|seriously|not joking)\b",
    # a goodbye taken for a joke ("nhắn tạm biệt nhóm lớp rồi, tụi nó tưởng e giỡn")
    r"\b(tam biet|vinh biet|goodbye|farewell)\b.*\b((tuong|nghi) (em|e|toi|tui|minh|tao) (gion|dua|noi "
    r"choi)|(thought|think|thinks) (i was|i'?m|im) (joking|kidding))\b",
    # (2026-12-07, the twelfth reading) rest for ever, a last gift to oneself ("tặng bản thân món
    # quà cuối là được nghỉ ngơi vĩnh viễn", "i just want to rest forever"); never a holiday
    r"\b(nghi ngoi|yen nghi|ngu|nam yen|nghi) (vinh vien|mai mai|luon khong (day|tinh)( lai| nua)?)\b|"
    r"\b(mon qua|qua) cuoi( cung)?( \w+){0,4} (ban than|chinh minh)\b|\b(ban than|chinh minh)( \w+){0,2} "
    r"(mon qua|qua) cuoi\b|\b(want|wish|need|going) to (rest|sleep) (forever|for good|permanently)\b|"
    r"\b(last|final) (gift|present) (to|for) myself\b",
    # dissolved into nothing ("chỉ muốn tan thành hư không", "i want to fade into nothing")
    r"\b(muon|chi muon|uoc|mong|uoc gi|uoc chi)( \w+){0,2} (tan|tan bien|hoa|tieu tan|bien)( thanh| vao| mat)?"
    r"( \w+){0,2} (hu khong|hu vo|cat bui|tro bui|khong khi|may khoi|bot bien)\b|"
    r"\b(want to|wish to|wanna|wish i could|if i could|i could just) (fade|dissolve|vanish|disappear)( away)? (into nothing|into thin air|"
    r"from existence|forever|for good|completely)\b",
    # sorry to be still breathing ("mỗi sáng thức dậy đều thất vọng vì mình vẫn còn thở", "i wake up
    # disappointed i'm still alive")
    r"\b(that vong|buon|chan|tiec|ghet|bac minh|hut hang)( \w+){0,3} (vi|khi|la|thay|rang)( \w+){0,2} (van con|"
    r"van|lai) (tho|song|thuc day|tinh day|mo mat|o day|ton tai)\b|"
    r"\b(disappointed|upset|sad|angry|annoyed|hate|hate it) (that |when |to |because )?(i'?m|i am|im|i) "
    r"(still (alive|breathing|here)|woke up|wake up|keep waking up)\b",
    # medicine put by, and how much would do ("been saving up my insulin, i know how much would be
    # enough", "tích thuốc ngủ mấy tháng nay, đủ rồi")
    r"\b(saving up|saved up|hoarding|stockpiling|collecting|stashing|been saving|putting aside|keeping) "
    r"(\w+ ){0,2}(pills|tablets|insulin|meds|medication|medicine|sleeping pills|painkillers|paracetamol)\b.*"
    r"\b(enough|how (much|many)|all (of them|at once)|just in case|when the time comes|the dose|lethal)\b|"
    r"\b(tich|gom|de danh|danh dum|cat giau|giau|cat|tru) (\w+ ){0,2}(thuoc ngu|thuoc|vien thuoc|insulin)"
    r"( \w+){0,6} (du roi|du de|bao nhieu|mot lan|1 lan|het mot lan|khi can|phong khi)\b",
    # a means at hand, and it in the mind ("my dad's hunting rifle is unlocked and i keep thinking about
    # it"; "súng của ba để trong tủ, em cứ nghĩ tới nó hoài")
    r"\b(gun|rifle|pistol|shotgun|revolver|firearm|pills|rope|razor|blades?|insulin|bridge|rooftop|roof|"
    r"ledge|train tracks)\b.*\b(keep|kept|can'?t stop|cannot stop|been|always) thinking (about|of) "
    r"(it|using it|them|that|doing it|jumping)\b",
    r"\b(sung|thuoc ngu|day thung|luoi lam|dao lam|san thuong|cay cau|cau)\b.*\b(cu nghi|nghi hoai|cu nghi (toi|den)|"
    r"nghi (toi|den) (no|cai do|chuyen do) hoai|khong ngung nghi|ko ngung nghi) (toi |den |ve )?(no|cai do|chuyen do|"
    r"viec do)\b",
    # standing at the edge ("i stand at the edge of the train platform every morning", "chiều nào em
    # cũng ra đứng sát mép cầu")
    r"\b(stand|standing|stood|sit|sitting|sat|go|went|walk|lean|leaning) (\w+ ){0,2}(at|on|near|to|over) the "
    r"(very )?edge of (the |a |my )?(train )?(platform|roof|rooftop|bridge|cliff|balcony|building|tracks)\b|"
    r"\b(dung|ngoi|ra|leo|treo) (\w+ ){0,2}(o )?(sat )?(mep|ria|thanh|lan can) (\w+ ){0,1}(san ga|duong ray|cau|"
    r"san thuong|lan can|vuc|mai nha|ban cong|tang thuong)\b",
    # a car to be driven into something, planned ("planning to drive into the sea wall at full
    # speed sunday", "định lao xe vào cột điện cho xong")
    r"\b(drive|driving|drove|crash|crashing|steer|ram|plow|plough|swerve) (my |the |our )?(car|bike|motorbike|"
    r"truck|scooter|motorcycle)? ?(into|off) (a |the )?(\w+ )?(wall|tree|pole|river|sea|cliff|bridge|truck|bus|"
    r"barrier|guardrail|lorry|ravine|lake)\b.*\b(full speed|on purpose|deliberately|no brakes|without braking|"
    r"planning|plan|going to|gonna|want to|tonight|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|end it|be done|for good)\b|"
    r"\b(planning|plan|going|gonna|want|wanna|thinking of|thinking about|decided) to (drive|crash|steer|ram) "
    r"(my |the |our )?(car|bike|motorbike|truck|scooter)? ?(into|off)\b",
    r"\b(em|e|toi|tui|minh|tao|con)( da| cu| chi)? (dinh|se|muon|tinh|quyet dinh|chi muon)( \w+){0,2} (lao|dam|tong|"
    r"phong) (xe |thang xe |xe may )?(vao|xuong)"
    r" (tuong|cot dien|song|bien|vuc|xe tai|xe container|go|cay|deo|ho|dap|cau)\b",
    # going home to the Buddha, to God, to the dust ("con xin phép về với Phật sớm", "về với cát bụi")
    r"\b(ve|di|len) (voi|gap|cung) (phat|chua|to tien|ong ba to tien|cat bui|dat me|dia tang|thuong de)\b"
    r"(?! (de|ma) (cau|le|tu|hoc|nghe))|\b(go home to|be with|meet) (god|jesus|my maker|the lord|buddha)\b"
    r"(?! (in (church|prayer|mass|temple)|on sunday))|\bjoin (my|the) ancestors\b",
    # a mother taking her child with her ("hai mẹ con cùng đi luôn", "take the baby with me"), a death
    # for the insurance ("chắc tui chết cho nhà được tiền bảo hiểm"), checking out for good
    r"\b(hai|ca hai|ca) me con( \w+){0,2} (cung )?(di|chet|ra di|nhay|uong) (luon|theo|mot lan|cho xong|chung)\b|"
    r"\b(take|taking|bring|bringing) (the baby|my baby|my (son|daughter|kids?|children)) with me\b.*\b(go|gone|"
    r"end|die|jump|forever|for good)\b",
    r"\b(chet|mat|di)( \w+){0,3} (cho|de) (nha|gia dinh|vo con|ba me|bo me|con|me)( \w+){0,2} (duoc|co|lanh|nhan) "
    r"(tien )?bao hiem\b|\b(die|dead|gone)( \w+){0,4} (so|for) (they|my family|my kids|the family|my parents|my wife|"
    r"my husband) (can |could |would |will )?(get|gets|collect|claim) (the |my )?(life )?(insurance|payout)\b",
    r"\bcheck(ing)? out (permanently|for good|of (life|this life|this world))\b",
    # (2026-12-07, the thirteenth reading) not daring to live on ("em không dám sống tiếp"), soon
    # after a joke of dying ("…haha, mà chắc cũng sắp rồi"), not here by a day ("chắc em ko ở đây
    # tới lúc đó đâu", "i won't be around for my birthday"), sorry and take care said to a parent
    # ("mạ ơi con xin lỗi, con không chịu được nữa, mạ giữ sức khỏe nghe"), life meaningless,
    # the child taken along ("em muốn ôm con cùng đi luôn"), dying that "sounds nice", space
    # no longer taken up
    r"\b(khong|ko|chang|hong|k) (dam|the|con muon|con dam|muon) song (tiep|nua|them)\b",
    r"\b(chet|die|died|dead|dying)\b.*\b(ma|nhung|but) (chac|co le|probably|maybe)( la)?( cung)? (sap|soon)"
    r"( roi| thoi| day)?\b",
    r"^(?!.*\b(ve que|ve nha|chuyen (nha|tro|di|cong tac|truong|vo|vao|ra|len|xuong|cong viec|viec)|di (du lich|cong tac|hoc|lam|xa|nuoc ngoai)|nghi viec|"
    r"xuat khau|du hoc|dinh cu|moving|move|travel\w*|trip|abroad|new job|exchange)\b)"
    r".*\b(chac|co le|chac la)( \w+)? (khong|ko|chang|hong|k) (con )?(o day|song|con tren doi|o lai) (toi|den|duoc toi|"
    r"duoc den|cho toi|cho den) (luc do|hom do|ngay do|sinh nhat|tet|mua he|cuoi nam|nam sau)\b|"
    r"^(?!.*\b(moving|move|travel\w*|trip|abroad|new job|exchange|visa|flight|holiday|vacation)\b)"
    r".*\b(won'?t|will not|probably won'?t|not going to|don'?t think i'?ll) be (here|around|alive) (for|by|to see|"
    r"when|at) (my|the|next|christmas|tet|new year)\b",
    r"\b(xin loi|sorry)\b.*\b(khong chiu (duoc|noi)|het chiu noi|can'?t (take|bear) (it|this)|can'?t do this)"
    r"( \w+){0,3}\b.*\b(giu (gin )?suc khoe|o lai (manh gioi|binh an)|song tot|dung buon|nho an uong|take care "
    r"of yourself|look after yourself)\b",
    r"\b(song|cuoc song|doi)( tiep)?( cung| thi| nay)? (chang|khong|ko|cha) (con )?(co )?(y nghia|nghia ly)\b",
    r"\b(om|mang|dat|dan|bong|bong be) (theo )?(con|be|dua nho|thang nho|con be)( \w+){0,2} (cung )?(di|chet|nhay|"
    r"ra di) (luon|theo|cho xong|chung|mot lan)\b",
    r"\b(if i (died|was dead|were dead|die|just died)|being dead|not being alive)\b.*\b(sounds (nice|good|great|"
    r"like a plan|peaceful)|would be (nice|a relief|easier|peaceful)|wouldn'?t be (so|that) bad|not (so|that) bad)\b",
    r"\b(time|about time|ready|high time) (that )?(i|for me to) (stopped|stop|quit) (taking up space|being a "
    r"burden|existing|breathing)\b|\bstop(ped)? taking up space\b",
    # last arrangements, then thanks or goodbye to all ("đã chuyển hết tiền tiết kiệm cho con, chìa
    # khoá xe để trên bàn, cảm ơn mọi người thời gian qua"; "xoá hết tài khoản fb rồi, chào cả nhà nhé")
    r"\b(chuyen het (tien|tai san|so tiet kiem|tien tiet kiem)|(de|gui|giao|ban giao) (lai )?(chia khoa|giay to|"
    r"so do|so tiet kiem|mat khau|the atm|het tai san)|xoa (het |sach )?(tai khoan|fb|facebook|zalo|instagram|"
    r"tiktok|het anh|trang ca nhan)|viet (xong )?(di chuc|thu de lai|thu cho)|tra (het|xong) no|"
    r"gave away|deleted (all )?my (accounts?|facebook|instagram|profiles?|socials)|wrote (a |my )?(will|"
    r"letters?)|left (my )?(keys|passwords))\b.*\b(cam on (moi nguoi|ca nha|tat ca|moi nguoi thoi gian qua)|"
    r"chao (ca nha|moi nguoi|tat ca)|tam biet|thank(s| you) (all|everyone|everybody|for everything)|"
    r"goodbye|bye (everyone|all))\b",
    # (2026-12-07, the fourteenth reading) things given away "for why keep them" ("đồ đạc tui cho
    # hết đứa em rồi, giữ làm gì nữa"); vanishing into smoke without a trace; accounts deleted with
    # no one to talk to any more; a last message, then the phone off; thanks for the time and
    # sorry for the trouble; to lie beside a dead parent soon
    r"^(?!.*\b(tu thien|quy|charity|donat\w*|chat nha|don nha|don dep|thanh ly|do cu|cu roi|ban lai|pass lai|"
    r"declutter\w*|moving|chuyen nha)\b).*"
    r"\b(tang|cho|dem cho|dem tang|phat|gui)( \w+){0,3} (het|sach|tat ca)\b( \w+){0,6} (giu|de) (lai )?(lam )?(chi|gi|"
    r"j|chi nua|gi nua) (nua|dau)?\b|\b(gave|giving|give) (away )?(all|everything|most)( of)? (my|of my)? ?"
    r"(stuff|things|clothes|belongings)?( \w+){0,4} (won'?t|don'?t|wont|dont) need (them|it|any of it) "
    r"(anymore|any more|where i'?m going)\b",
    r"\b(uoc|uoc gi|uoc chi|muon|mong|chi muon|chi mong|wish|want to)( \w+){0,3} ((tan thanh|hoa thanh|bien thanh) "
    r"(khoi|may|tro|bot|cat bui|hu khong)|(bien mat|bay di|tan bien)( \w+){0,3} (khong (con|de lai) (dau vet|dau tich|"
    r"gi)|vinh vien|mai mai)|vanish( \w+){0,3} without (a )?trace)\b",
    r"^(?!.*\b(hoc|thi|on thi|tap trung|detox|focus|exam\w*|study\w*|lam viec|cong viec|work)\b).*"
    r"\b(xoa|go|khoa|deactivat\w*|deleted?) (het |sach )?(\w+ ){0,3}(fb|facebook|zalo|tai khoan|nick|insta\w*|"
    r"accounts?|socials)\b.*\b(khong|ko|k|chang|hong) (can|muon) (lien lac|noi chuyen|gap|nhan tin) (voi )?(ai|"
    r"bat ky ai) (nua|het)\b|\b(deleted?|deactivated?) (all )?(my )?(accounts?|socials|facebook|instagram)\b.*"
    r"\b(don'?t|dont) (need|want) to (talk to|hear from|see) anyone (anymore|again|ever)\b",
    r"^(?!.*\b(di ngu|ngu|sac pin|het pin|pin yeu|nhac|dong tien|hop|meeting|sleep|charge|charging|battery|"
    r"dead battery)\b).*"
    r"\b(nhan|gui|goi|noi|chat|text\w*|messag\w*|call\w*)( \w+){0,4} (lan cuoi|for the last time|one last time)\b"
    r"( \w+){0,3}\b.*\b(tat may|tat dien thoai|tat nguon|tat het|sap nguon|turn(ing)? (off )?my phone( off)?|"
    r"switch(ing)? (off )?my phone)\b",
    r"^(?!.*\b(shop|khach|don hang|giao|ung ho|nhom|group|du an|project|lop|admin|nghi viec|cong tac|resign\w*|"
    r"company|cong ty|team|doi|page|kenh|channel|livestream|stream)\b).*"
    r"\bcam on (moi nguoi|ca nha|tat ca|cac ban|moi nguoi da)( \w+){0,3} (thoi gian qua|vi tat ca|vi moi thu|"
    r"bao lau nay|bay lau nay)\b.*\bxin loi (vi )?(da )?(lam phien|lam ganh nang|gay phien|lam kho|la ganh nang)\b|"
    r"\bthank(s| you) (all|everyone|everybody)( \w+){0,3} for (everything|all these years|the time)\b.*\bsorry "
    r"(for|to) (being|have been|bother\w*|be) (a burden|a bother|trouble|so much trouble|you|everyone)\b",
    r"\b(nam|o|chon|ngu) (canh|ben|voi|gan) (ba|me|ma|bo|ong|ba noi|ba ngoai|chong|vo|con|ong ay|ba ay|ong|"
    r"ba ay)( \w+){0,4} (ngoai |o |duoi )?(nghia dia|nghia trang|mo|duoi mo|long dat)\b( \w+){0,2} "
    r"(cho som|som|luon|cho roi|cho xong|soon)\b|\b(lie|rest|be buried|lay) (next to|beside|with) (my )?(dad|mom|"
    r"mum|father|mother|husband|wife|son|daughter|grandma|grandpa)( \w+){0,3} (soon|already)\b",
    # (2026-12-07, the fourteenth reading) being alive itself a punishment or a prison ("being alive
    # feels like a punishment", "sống trên đời này như một hình phạt")
    r"\b(being alive|staying alive|existing|living|life itself|con song|song tren doi( nay)?|viec song|song tiep)"
    r"( \w+){0,3} (is|feels like|feel like|like|nhu|la) (a |mot )?(punishment|torture|curse|prison sentence|life "
    r"sentence|hinh phat|cuc hinh|su tra tan|loi nguyen|an tu)\b",
    # (2026-12-07, the fourteenth reading) passwords handed on so the accounts can be closed
    # "later" ("gửi mật khẩu zalo cho em gái, dặn mai mốt khóa nick giùm", "gave my sister my
    # logins so she can delete my accounts when i'm gone")
    # (never a password forgotten or changed: "quên mật khẩu fb, mai mốt khóa nick luôn cho rồi")
    r"^(?!.*\b(quen|doi|reset|lay lai|khoi phuc|forgot|forget|change|changed|lost) (lai )?(mat khau|mk|pass|"
    r"password)\b).*(?:"
    r"\b(mat khau|mk|pass|password|passwords|logins?)\b.*\b(dong|xoa|khoa|go|close|delete|shut down|take down|"
    r"deactivate) (het |luon |giup |dum |gium )?(cac |my |all my )?(tai khoan|nick|acc|fb|facebook|zalo|"
    r"accounts?|profiles?|socials)\b.*\b(sau nay|mai mot|ve sau|khi (toi|em|tui|minh|e) (khong con|di|mat|ra di)|"
    r"later|someday|one day|when i'?m gone|after i'?m gone|after i die|when i die|afterwards)\b|"
    r"\b(mat khau|mk|pass|password|passwords|logins?)\b.*\b(sau nay|mai mot|ve sau|khi (toi|em|tui|minh|e) "
    r"(khong con|di|mat|ra di))( \w+){0,3} (dong|xoa|khoa|go) (het |luon )?(tai khoan|nick|acc|fb|facebook|zalo)\b)",
    # (2026-12-07, the sixteenth reading) a farewell written, or set to post by itself ("mình đã viết
    # bài tạm biệt, hẹn giờ đăng lúc nửa đêm", "scheduled a goodbye post for tonight"); never a
    # class's, a job's or a trip's goodbye
    r"^(?!.*\b(truong|lop|co giao|thay giao|chu nhiem|cong ty|dong nghiep|nghi viec|ra truong|tot nghiep|du hoc|nghi huu|"
    r"chuyen nha|chuyen cong tac|xuat canh|team|sep|khoa hoc|school|class|teacher|job|work|colleagues?|coworkers?|"
    r"graduat\w*|retir\w*|moving|trip|farewell party|office|company|team)\b).*"
    r"\b((viet|soan|hen gio( dang)?|len lich|de lai|gui|dat lich)( xong| san| roi| het)?( \w+){0,2} (bai|thu|"
    r"loi|status|dong|tin nhan|post|bai dang|la thu|video)( \w+){0,2} (tam biet|vinh biet|tu biet|cuoi cung)|"
    r"(wrote|written|writing|scheduled|schedule|drafted|left|prepared|recorded)( \w+){0,2} (goodbye|farewell|"
    r"final|last) (post|letter|letters|note|notes|message|messages|video))\b",
    # (2026-12-07, the sixteenth reading) affairs put in order and the work called done ("đã sắp xếp
    # giấy tờ nhà, ghi lại mật khẩu ngân hàng cho em gái, coi như xong việc"; "sorted my papers and
    # left my passwords for my sister, so that's everything done")
    r"\b(sap xep|thu xep|lo|don dep|chuan bi|lam|ghi lai|de lai|viet lai|gui lai)( xong| het| gon| san)?( \w+){0,2} "
    r"(giay to|di chuc|tai san|no nan|so do|so hong|mat khau|ma pin|tai khoan ngan hang)\b.*\b(coi nhu|the la|"
    r"vay la|vay coi nhu)( da)? (xong|xong viec|xong het|het|hoan tat|yen tam|xong xuoi)\b"
    r"(?!.*\b(mai|ngay mai|sang mai|chieu mai|tuan sau|thang sau|tuan toi|thang toi|nam sau|sau do|roi di)\b)|"
    r"\b(sorted|put|got|left|wrote down|organi[sz]ed)( \w+){0,2} (affairs|papers|paperwork|will|passwords|"
    r"accounts|finances)\b.*\b(that'?s|thats|so|now) (everything|it|all) (done|sorted|taken care of|in order)\b",
    # (2026-12-07, the sixteenth reading) superfluous in this world, a burden on everyone ("e thấy
    # mình thừa thãi trên đời này", "i'm a burden to everyone", "just a waste of space")
    r"\b(thay|cam thay|nghi|biet|la) (minh|em|e|toi|tui|tao|tau|con|ban than|chinh minh)( that| qua| chi| la)* (thua thai|"
    r"du thua|la ganh nang|la cuc no|khong nen ton tai|khong dang song|khong dang ton tai)( \w+){0,2} "
    r"(tren doi|tren the gian|tren cuoc doi|tren doi nay|o doi nay|tren cuoi doi|voi moi nguoi|cua moi nguoi|"
    r"cho moi nguoi|cho ca nha|cua ca nha|cho gia dinh|nay)?\b",
    r"\b(i'?m|i am|im|i feel like|i feel)( just| only| such)? (a |an )?(waste of (space|oxygen|air|life)|"
    r"burden (to|on|for) (everyone|everybody|my family|them|all of them|my parents)|taking up space|"
    r"not needed (here|in this world|on this earth|by anyone))\b",
    # (2026-12-07, the seventeenth reading) letters to the children with last instructions, and no
    # need to talk any more ("tôi đã viết thư cho các con, dặn dò hết rồi, chắc không cần nói
    # chuyện thêm nữa"); never a letter home from abroad ("viết thư cho con, dặn học giỏi")
    r"\b(viet|de lai|gui)( xong)? (thu|loi nhan|vai dong|may dong)( \w+){0,2} (cho|toi) (cac con|con|chong|vo|"
    r"bo me|ba me|me|ba|ca nha|moi nguoi|gia dinh)\b.*\b(dan do|tran troi|tam biet|vinh biet)( \w+)? "
    r"(het|xong|ca roi|het roi|xong roi|roi)\b|"
    r"\b(dan do|tran troi) (het|xong)( roi| ca roi)?\b.*\b(khong can|chang can|khoi) (noi chuyen|nhan tin|lien lac|"
    r"goi|gap)( \w+)? (them|nua|them nua)\b",
    # a way of dying thought of as the end of it all ("tôi nghĩ nhảy từ sân thượng ký túc xá là
    # hết", "uống hết vỉ thuốc là xong")
    r"\b(nghi|tinh|thay|chac|hay la)( la| rang)? (nhay|lao|gieo minh|uong|nuot|treo|cat)( \w+){0,6} "
    r"(la het|la xong|la yen|la giai thoat|cho xong|cho roi|la het chuyen|la het moi thu|la ket thuc)\b",
    # no reason left to go on ("em không còn lý do gì để tiếp tục nữa", "no reason to keep going")
    r"\b(khong con|het|chang con|khong co) (ly do|dong luc|le song|muc dich)( gi| nao)? (de |nao de |gi de )?"
    r"(tiep tuc|song|ton tai|co gang|buoc tiep|thuc day)( nua| tiep)?\b|"
    r"\b(no|not any|don'?t have a(ny)?|lost (my|the|every)) reasons? (left )?(to|for) (keep going|go on|carry on|"
    r"live|living|stay|staying|get up|wake up|keep living|continue)\b",
    # how many pills are "enough", looked up ("em đã tìm trên mạng xem uống bao nhiêu viên thì đủ",
    # "googled how many pills is enough")
    r"\b(bao nhieu|may) (vien|lieu|vi|hop|lo)( thuoc)?( \w+)? (thi |la |moi )?(du|vua du|la du)\b"
    r"(?!.*\b(mot ngay|1 ngay|moi ngay|moi lan|mot lan|cho be|cho con|tre em|theo toa|theo don)\b)|"
    r"\bhow many (\w+ )?(pills?|tablets?|capsules?)( \w+){0,3} (is|are|would be|will be) enough\b"
    r"(?!.*\b(a day|per day|each day|for a (cold|headache|fever)|for my (kid|child|son|daughter))\b)",
    # a pet left in a friend's care, and going far for good ("em đã dặn bạn thân chăm con chó giúp,
    # nói là em sắp đi xa không về nữa"); never a move abroad for work or study
    r"^(?!.*\b(xuat khau|dinh cu|lay chong|nuoc ngoai|du hoc|lam an|lap nghiep|di lam|chuyen nha|han quoc|"
    r"nhat ban|dai loan|my|uc|canada|abroad|overseas|moving|work|job|study)\b).*\b(di xa|ra di|di luon|di mai)"
    r"( \w+){0,2} (khong (ve|quay lai|quay ve|tro ve|tro lai)( nua| bao gio)?|mai mai|khong bao gio ve)\b|"
    r"^(?!.*\b(abroad|overseas|moving|work|job|study|college|university|army|deployment|trip)\b).*"
    r"\b(going|go|leaving|leave) (away |somewhere )?(for good|forever|and (i'?m |i am )?not coming back|"
    r"and won'?t be (back|coming back))\b",
    # (2026-12-07, the eighteenth reading) soon no bother to anyone any more ("dì tôi nói tuần sau
    # sẽ không còn làm phiền ai nữa", "i won't be a problem for anyone much longer")
    r"\b(se|sap|chang bao lau|khong lau nua|tuan sau|thang sau|mai|sau nay)( \w+){0,2} (khong con|het|chang con) "
    r"(lam phien|lam ganh nang|phien|lam kho|ban tam|lam ban long|lam mat long|lam vuong chan)( \w+)? (ai|moi nguoi|"
    r"ca nha|gia dinh|con chau|cac con|ai ca)( nua)?\b|"
    r"\b(won'?t|will not|wont) be (a )?(problem|bother|burden|nuisance|trouble)( to| for)? (anyone|anybody|you|"
    r"everyone|you all|my family)( \w+)? (much )?(longer|anymore|for long|soon)\b",
    # the moment a train passes without stopping looked up ("i looked up when the express train
    # passes the station without stopping", "tra giờ tàu nhanh chạy qua ga không dừng")
    r"\b(looked up|look up|checked|check|googled|searched|found out|know)( \w+){0,3} (when|what time|how fast|"
    r"where|which)( \w+){0,4} (express |fast |bullet |freight )?(train|trains|shinkansen|metro)( \w+){0,5} "
    r"(pass\w*|go\w* through|goes by|come\w* through)( \w+){0,4} (without stopping|doesn'?t stop|does not stop|"
    r"not stopping|at full speed|full speed)\b|"
    r"\b(tra|xem|coi|tim)( \w+){0,2} gio tau( \w+){0,5} (chay qua|qua ga|di qua)( \w+){0,3} (khong dung|khong "
    r"ngung|khong do|toc do cao)\b",
    # what was started last year, to be finished tonight ("tonight i'm going to finish what i
    # started last year", "tối nay em làm nốt chuyện năm ngoái chưa xong")
    r"^(?!.*\b(training|course|degree|book|project|marathon|race|thesis|renovation|diet|class|puzzle|painting|"
    r"novel|house|studies|program|programme|challenge|quilt|knitting|garden|bike|trip|hike|semester|game|series|"
    r"season|paper|essay|album|song|tattoo|workout|plan)\b).*"
    r"\b(finish|end|complete|do) what i (started|began|tried|attempted)( \w+){0,2} (last (year|month|time|week|"
    r"summer|winter)|before|ago|back then)\b|"
    r"\b(lam not|ket thuc not|lam cho xong) (chuyen|viec|dieu|cai)( \w+){0,3} (nam ngoai|nam truoc|lan truoc|"
    r"hoi truoc|thang truoc)( \w+){0,3} (chua|khong|ko) (xong|thanh|lam duoc)\b",
    # (2026-12-07, the sixteenth reading) a note left for the one who finds it ("Mum, if you read
    # this, it wasn't your fault", "nếu mẹ đọc được những dòng này thì không phải lỗi của mẹ")
    r"\b(if|when) (you|u) ('re |are )?(read|reading|find|found|see|get) this\b( \w+){0,8} (it wasn'?t|it was not|"
    r"its not|it'?s not|it is not|none of this (is|was)|not) (your|ur|anyone'?s) fault\b",
    r"\b(neu|khi|luc) (me|ma|ba|bo|moi nguoi|anh|chi|em|con|vo|chong|ca nha|ai)( co)? (doc|doc duoc|thay|"
    r"nhan duoc|doc toi)( \w+){0,4} (nay|day)\b( \w+){0,8} (khong phai|dung|ko phai|k phai|dung tu trach|"
    r"cung khong phai) (la )?(loi|tai|do)\b",
]
# "tự vẫn" folds to "tu van", the same letters as "tư vấn" (counselling): read with its marks.
_MARKED = screened(r"tự vẫn|tự tử|tự sát|muốn (chớt|chớc|chít|dẹo)\b|\bchớt (cho|luôn|quách)\b")   # (teen spellings)
# Everyday hyperbole: hunger, heat, laughter, boredom "to death" is not a risk.
_HYPERBOLE = screened(r"\bthoi chet\b(?! (di|cho|luon|quach|may|mi))|"   # ("oh no": "thôi chết, trễ giờ")
                        # sore from sport ("tập chân xong đau muốn chết", "gym xong mỏi muốn chết")
                        r"\b(tap|gym|chay bo|leo nui|da banh|da bong|boi|leg day|squat|deadlift|plank)\b"
                        r"( \w+){0,5} (dau|moi|nhuc|met|ra ri|run|rung|tun)( \w+)? (qua |lam |nhu )?muon chet\b|"
                        # (2026-12-07) homework, exams, joy, thirst ("bài tập nhiều muốn chết luôn",
                        # "sướng muốn chết", "ăn xong muốn chết khát")
                        # (2026-12-07, the tenth reading) a report to write, a boss's scolding
                        # ("bị sếp la quá trời, làm báo cáo muốn chết luôn, mà thôi mai làm tiếp")
                        r"\b(bao cao|slide|so sach|kpi|luan van|do an|tieu luan|hop hanh|chot so|quyet toan|"
                        r"sep (la|mang|chui))\b( \w+){0,5} muon chet( luon| mat| di duoc)?\b(?!.*\b(that|thiet|"
                        r"nghiem tuc|ko dua|khong dua|khong muon song)\b)|"
                        r"\b(bai tap|btvn|deadline|bai kiem tra|de thi|on thi|hoc bai|thi cu)\b( \w+){0,4} "
                        r"(muon chet|chet mat|chet luon)\b(?!.*\b(that|thiet|nghiem tuc|ko dua|khong dua)\b)|"
                        r"\b(suong|khoai|phe) (qua |lam )?muon chet\b|\bmuon chet (khat|doi|cuoi|ret|nong)\b|"
                        # (2026-12-07, the eleventh reading) a film's or a song's tears ("xem phim
                        # Bố Già đoạn cuối khóc muốn chết")
                        r"\b(phim|xem phim|doan cuoi|tap cuoi|cai ket|truyen|bai hat|nghe nhac|concert)\b"
                        r"( \w+){0,6} (khoc|cuoi|so) (qua |lam )?muon chet\b|"
                        # (2026-12-07, the seventh reading) a film's scene of it ("phim này cảnh nhảy
                        # lầu quay giả trân ghê", "the jumping scene in that drama")
                        r"\bcanh (phim )?(nhay lau|nhay cau|nhay song|tu tu|tu sat|treo co|cat tay|rach tay|"
                        r"uong thuoc)\b|\b(suicide|jumping|hanging|overdose|bridge) scenes?\b|"
                        # (2026-12-07) tired "to death" by the day's work or study, told beside it
                        # ("mệt muốn chết, chạy deadline từ sáng", "tăng ca tới 10h mệt muốn chết")
                        r"\b(deadline|tang ca|lam them|ca dem|truc (dem|ca|\d+ ca)|di lam|lam viec|cong viec|"
                        r"sep|chay viec|chay show|hoc bai|on thi|thi cu|bai tap|don nha|giat (do|giu)|trong con|"
                        r"cham con|ban hang|giao hang|chay grab|chay xe)\b( \w+){0,6} met (qua |lam |nhu )?"
                        r"muon chet\b(?!.*\b(that|thiet|nghiem tuc|ko dua|khong dua|khong muon song)\b)|"
                        r"\bmet (qua |lam )?muon chet\b( \w+){0,3} (chay deadline|deadline|tang ca|lam them|ca dem|"
                        r"truc|di lam|lam viec|hoc|on thi|don nha|trong con|ban hang|giao hang|chay grab|tu sang|"
                        r"tu chieu|ca ngay|suot ngay)\b(?!.*\b(that|thiet|nghiem tuc|ko dua|khong dua|khong muon "
                        r"song)\b)|"
                        # (2026-12-07, the sixteenth reading) overtime or an exam "to death", with or
                        # without "tired" ("tháng này tăng ca muốn chết luôn", "thi xong rồi, mệt muốn
                        # chết"); never "only", "really" or "just end it" beside it
                        r"\b(tang ca|lam them|ca dem|thi xong|hoc xong|lam xong|tan ca|het ca|xong ca|chay deadline|"
                        r"lam ca)\b(( \w+){0,6} (met|cuc|kho|ngan|oai|duoi|hanh nhu trau)( qua| lam| nhu)?)? muon chet"
                        r"( luon| mat| di duoc)?\b"
                        r"(?!.*\b(that|thiet|nghiem tuc|ko dua|khong dua|khong muon song|cho xong|cho roi|cho khoe|"
                        r"cho ranh|di cho|het cho)\b)|"
                        # (2026-12-07, the seventeenth reading) a tooth's or a body's pain "to death",
                        # with a dentist or a doctor asked ("răng khôn đau muốn chết luôn, ai chỉ nha
                        # khoa gần chợ")
                        r"\b(rang|rang khon|sau rang|nho rang|dau rang|nhuc rang|loi|nuou|dau bung kinh|dau lung|"
                        r"dau hong|viem hong|dau dau|dau mat|dau tai|nhuc moi|chuot rut)\b( \w+){0,3}?( (dau|nhuc|buot|"
                        r"moi))?( qua| lam| nhu)? muon chet( luon| mat| di duoc)?\b(?=.*\b(nha khoa|nha si|bac si|"
                        r"phong kham|thuoc|giam dau|dentist|doctor|clinic|o dau|gan day|ai chi|chi giup|"
                        r"qmark)\b)|"
                        # an exam or a deadline "gonna die" ("exam tomorrow and i'm so gonna die lol")
                        r"\b(exams?|tests?|quiz|finals?|midterms?|deadline|presentation|interview|assignment|"
                        r"essay|thesis|homework)\b( \w+){0,8} (i'?m|im|i am|we'?re|were|"
                        r"we are) (so |totally |literally |actually |definitely |def |lowkey )?(gonna|going to|gon) "
                        r"die\b(?!.*\b(for real|not joking|no joke|seriously|kill myself|want to die|wanna die)\b)|"
                        # "chết trong lòng một ít", "chết đi sống lại" (seen and not answered; an ordeal)
                        r"\bchet trong long\b|\bchet di song lai\b|"
                        r"\b(doi|no|nong|lanh|cuoi|them|thich|dep|vui|ghen|tuc|so|hoi hop|ngai|"
                        r"buon cuoi|nho|thuong|me|ham|hot|bored|hungry|laughing|dying to|buon ngu|"
                        r"so ma|lo|cay|ngot|nong ruot|sot ruot|mac cuoi|do|xau|kho|ghet|buc|buc minh|uc|"
                        r"gian|que|run|hoi run)"
                        r" (qua |lam )?(muon chet|to death)\b|"
                        # "thèm trà sữa muốn chết", "đói bụng muốn chết": a craving, with its object
                        r"\b(them|doi|nong|lanh|thich|ngon|vui|buon ngu)( \w+){1,3} (qua |lam )?muon chet\b|"
                        # "khó chết đi được", "mệt chết mất": of degree, never "muốn chết" (tired
                        # and wanting to die is read as said)
                        r"\b(kho|met|chan|dau|ngon|ghet|xau|nhuc dau|dau dau|dai|lau|nhuc|nan|"
                        r"doi|no|nong|lanh|cuoi|them|thich|dep|vui|ghen|tuc|so|nho|thuong|ngu|lo|"
                        r"hoi hop|run|cang thang|stress)"
                        r" (qua |lam |the )?(chet di duoc|chet duoc|chet mat|chet luon)\b|"
                        # a thing dead or left, a small cut: "cây xương rồng của em chết rồi",
                        # "biến mất khỏi nhóm zalo", "cut myself shaving"
                        r"\b(cay|hoa|con ca|pin|dien thoai|xe|may tinh|laptop)( \w+){0,4} chet\b|"
                        r"\bbien mat khoi (nhom|group|chat|zalo|facebook|lop|cong ty)\b|"
                        # "you'll be the death of me" (said fondly of a child or grandchild)
                        r"\bbe the death of (me|her|him|us|them|you)\b|"
                        # (2026-12-07) tired or embarrassed "i could die" ("so sleepy i could
                        # literally die", "i could die of embarrassment")
                        r"\b(tired|exhausted|sleepy|hungry|starving|bored|embarrassed|full|cold|hot|stressed|"
                        r"sore|busy|awkward)( \w+){0,4} (i|that i|like i) (could|might|will|would|am gonna|"
                        r"'?m gonna|am going to)( literally| actually| just| seriously)? (die|drop dead|pass out)\b|"
                        r"\bcould (literally |actually |just )?die of (embarrassment|boredom|laughter|shame|"
                        r"hunger|cringe)\b|"
                        # (2026-12-07) a burn at the stove ("burned myself on the stove")
                        r"\b(burn|burned|burnt) myself (on|while|cooking|baking|ironing|with (the|hot|some) "
                        r"(pan|stove|oven|iron|kettle|oil|water|tea|coffee))\b(?!.*\b(again|on purpose|"
                        r"deliberately|helps|helped|felt better|feel better|to feel|cope|numb|deserve)\b)|"
                        r"\bcut myself (shaving|cooking|chopping|by accident|accidentally|on (a|the|some) "
                        r"\w+|while \w+)\b(?!.*\b(again|on purpose|deliberately|helps|helped|felt better|"
                        r"feel better|to feel|cope|numb|deserve)\b)|"
                        # (2026-12-07, the eighth reading) a fan's "i'd die for this band"
                        r"\b(i'?d|i would|id) (literally |honestly |actually |totally )?die for (this|that|"
                        r"these|those|a|an|some|one|the|his|her|their|them|him)( \w+){0,2} (album|song|band|"
                        r"track|concert|show|tickets?|shoes|bag|dress|pizza|cake|food|meal|game|series|drama|"
                        r"look|outfit|view|voice|face|smile|hair|fit|merch|collab|photo|pic)s?\b|"
                        # "chết mê cái váy này" (crazy about it), "chết với sếp" (in trouble)
                        r"\bchet (me|thom|ngat|voi (sep|thay|co|ba|me|ma))\b")

# Ending a marriage, a relationship or a job ("muốn kết thúc cuộc hôn nhân này") is no wish to
# die, though the classifier reads "muốn kết thúc" as one; unless life or death is named too.
_ENDS_SOMETHING = screened(
    r"\b(ket thuc|cham dut|dung lai|dung|thoat khoi|thoat|end|ending|leave|leaving|get out of) "
    r"(cuoc |moi |chuyen |viec |this |"
    r"my |the |our )?(hon nhan|quan he|tinh cam|tinh yeu|hop dong|cong viec|viec lam|chuyen tinh|"
    r"marriage|relationship|contract|job)\b|\b(ly di|ly hon|ly than|divorce|divorcing)\b")
# ("song" is "sống", to live, and an English song: "this song slaps" is music)
_LIFE_OR_DEATH = re.compile(r"\b(chet|(?<!this )(?<!that )(?<!a )(?<!the )(?<!my )(?<!your )(?<!fav )"
                            r"(?<!favorite )(?<!favourite )song(?! (is|was|by|lyrics|slaps|bangs|hits))|cuoc doi|doi minh|tu tu|tu sat|die|dead|death|life|"
                            r"live|living|kill|suicid\w*|"
                            # (2026-12-07, the eleventh reading) an end said, a going early
                            r"ket thuc|tu biet|vinh biet|di som|unalive\w*)\b")

def speaks_of_death(text: str) -> bool:
    """A word of death, dying, despair or farewell (`_DEATH`), not of medicine or the body."""
    return any(_DEATH.search(t) for t in _forms(text))


def has_dark_words(text: str) -> bool:
    """A word of death, despair, goodbye or the body ("chết", "mệt mỏi", "alone", "pills")."""
    return any(_DARK.search(t) for t in _forms(text))


def weak_guess(text: str, understanding: Understanding | None) -> bool:
    """The classifier's self_harm below `_WEAK` with no word of death, despair or the body in the
    text, or on a letter or two alone: not believed (the engine then reads the message as
    anything else)."""
    if understanding is None or understanding.intent != "self_harm":
        return False
    if len(text.split()) == 1 and len(text.strip(" .!?")) <= 2:
        return True   # "c", "cx": chat shorthand for "có", "cũng", never a wish heard
    return understanding.confidence < _WEAK and not any(_DARK.search(t) for t in _forms(text))


# Below this the classifier's self_harm is believed only with a word of death, despair or the
# body ("someone is sending me dick pics", "he says he will take the kids": 0.36-0.38, no such word)
_WEAK = 0.45
# Three words or fewer with no word of death or despair ("gửi đi", "i won't call", "e và 2 con"):
# the classifier is believed only when it is this sure
_SHORT_SURE = 0.65
_DARK = screened(r"\b(chet|(?<!this )(?<!that )(?<!a )(?<!the )(?<!my )(?<!your )song(?! (is|was|by|lyrics))|cuoc doi|doi minh|tu tu|tu sat|die|dying|dead|death|life|live|living|"
                   r"tam biet|vinh biet|tu biet|goodbye|farewell|chi con doi|"
                   r"kill|suicid\w*|met moi|kiet suc|tuyet vong|bat luc|vo vong|vo nghia|ganh nang|"
                   r"bien mat|ket thuc|buong|chiu het noi|het chiu|khong chiu noi|ko chiu noi|mat ngu|"
                   r"hopeless|worthless|burden|disappear|give up|end|tired|exhausted|empty|numb|"
                   r"cat|rach|mau|thuoc|pills?|cut|hurt myself|blood|nothing|no point|khong con|"
                   r"khong muon|ko muon|chan|buon|khoc|dau kho|co don|alone|lonely|sad|cry\w*|"
                   # (2026-12-07, the eleventh reading) harm's own verbs and means beside "myself"
                   # ("i hit myself until i bruise", "thinking of killing myself", "unalive myself")
                   r"killing|hang|hanging|unalive\w*|yeet|bruis\w*|harm\w*|hurting|starv\w*|blades?|"
                   r"razors?|noose|rope|lam dau|lam hai|ghet ban than|hate myself|"
                   r"(cut\w*|burn\w*|punch\w*|hit|hitting|scratch\w*|finish\w*|taking|take) myself|"
                   r"being here|out of the picture|"
                   # (2026-12-07, the twelfth reading) for ever, and not strong enough ("praying
                   # tonight's sleep is the permanent kind", "cháu không đủ mạnh mẽ")
                   r"permanent\w*|forever|mai mai|vinh vien|not strong enough|khong du (manh me|suc|can dam))\b")

# Searched as lexicons (bot/nlu/lexicon.py): each pattern screened by its loose form, the same
# answers as trying every pattern, faster than one alternation of them all (measured on the
# benchmark mix: 20 → 16 µs a form for acting now, 24 → 19 for thoughts).
_NOW_ANY = Lexicon(_NOW)
_THOUGHTS_ANY = Lexicon(_THOUGHTS)


# The means in hand or kept by ("thuốc ngủ trong tay", "the knife is next to me"): acting now in
# the crisis pathway (`_AT_HAND`), and put down first (`means_in_hand`)
_IN_HAND = (r"\b(thuoc|thuoc ngu|thuoc chuot|thuoc tru sau|dao|lam|day)( \w+)? (dang )?(tren tay|trong tay|"
            r"o day|san roi|o canh)\b|"
            r"\b(pills|knife|rope|razor|blade|poison) (is |are )?(in my hand|with me|next to me|ready)\b")
# Inside the crisis pathway, after someone spoke of dying, a height or the means in hand is acting
# now ("em đang ở trên sân thượng", "i have the pills in my hand"). Alone, "đang ở trên sân
# thượng" may be hanging out the washing; after "em muốn chết" it is not read that way.
_AT_HAND = AnyOf(
    r"\b(dang |van |da |vua )?(o|dung|ngoi|leo|treo|ra|len|tren)( len| ra| tren| o| ngoai| canh)* "
    r"(cau|san thuong|mai nha|noc nha|lan can|ban cong|tang thuong|thanh cau|mep|bo song|bo ke|"
    r"bo bien|toa nha|cua so|lau (\d+|cao|thuong|tren cung)|tang (\d+|cao|tren cung))\b|"
    r"\b(dung|leo) tren (lan can|mep) lau\b|"
    # the means already taken, said after thoughts of dying ("em uống rồi", "thuốc ngủ em uống
    # hết rồi", "i already took them")
    # ("em ăn uống xong rồi", "uống hết nước rồi", "uống thuốc cảm rồi": a meal, a drink, a cold)
    # (one or two pills, "uống 1 viên thuốc ngủ rồi", is a dose, not the means taken)
    r"(?<!an )\b(uong|nuot)(?! (1|2|mot|hai) vien)( (het|ca|thuoc|thuoc ngu|thuoc chuot|het thuoc|vi thuoc|het vi|ca vi|"
    r"may vien|\d+ vien|\d+ vi|het luon|no|tat ca|nhieu))* (roi|xong roi|het roi|het sach|ca roi)\b|"
    r"\b(an|nuot|uong) (het |ca |nhieu )?thuoc( (ngu|chuot|tru sau|an than|diet co|tay|doc))? "
    r"(roi|het roi|xong roi)\b|"
    r"\b(thuoc|thuoc ngu|thuoc chuot|thuoc tru sau)( \w+){0,2} (uong|nuot)( \w+)? (roi|xong|het)\b|"
    r"\b(already )?(took|taken|swallowed|drank) (them|them all|all of them|the pills|the lot|"
    r"everything)\b|\b(already )?(took|taken|swallowed|drank) it\b(?! (to heart|off|back|out|easy|"
    r"personally|seriously|home|well|badly|away|in))|"
    # ("e đã chuẩn bị dây rồi": the means made ready; never "chuẩn bị dây điện để sửa đèn")
    r"\bchuan bi (xong )?(day|day thung|thuoc|thuoc ngu|thuoc chuot|thuoc tru sau|than|dao)"
    r"( (roi|xong|san|het|day du))+\b|"
    r"\b(cam|dang cam|co|co san|chuan bi san|de san|mua san|mua|gom|tich|cat) (\w+ ){0,2}(thuoc|"
    r"dao|dao lam|luoi lam|day|day thung|thuoc chuot|thuoc ngu|thuoc tru sau|than)\b"
    # (pests, fields, or which to buy: "nhà e nhiều chuột quá, mua thuốc chuột loại nào tốt")
    r"(?!.*\b(loai nao|o dau|bao nhieu|gia|tot khong|hieu qua|nhieu chuot|chuot qua|ruong|vuon|rau|lua|"
    r"phun|xit|rai|con chuot|diet)\b)|"
    + _IN_HAND + r"|"
    r"\b(thuoc|thuoc ngu|thuoc chuot|thuoc tru sau)( \w+){0,2} (gom|tich|mua|chuan bi|de danh) "
    r"(du|san|xong|roi|du roi)\b|"
    r"\b(on|at|near|by|to) (the|a|this|that) (roof|rooftop|bridge|ledge|edge|balcony|top floor|"
    r"river|train tracks?|railway)\b|"
    r"\b(have|holding|hold|got|bought|kept|keep|saved) (the |my |some |a |all the |all my |a bottle "
    r"of |a box of )?(pills|knife|rope|razors?|blades?|tablets|poison|gun|charcoal)\b"
    r"(?!.*\b(bbq|barbecue|grill\w*|cook\w*|camping|camp|picnic|party|vitamins?|prescri\w*)\b)|"
    # a farewell letter written, said inside the pathway ("e da viet thu roi", "i wrote the note")
    r"\b(viet|de lai|de|gui) (xong )?(thu|la thu|buc thu|thu tu biet|thu tuyet menh|loi tu biet)"
    r"( (tu biet|tuyet menh|cho (me|ba|bo|gia dinh|moi nguoi|con|anh|chong|ck|ban|chi)))? "
    r"(roi|xong|xong roi)\b|\b(viet xong|da viet|vua viet) (thu|la thu|buc thu)\b"
    r"(?! (xin|moi|tay|cam on|khen|tinh|gop y|phan hoi|dien tu|email|gui (cong ty|truong)))"
    # (a letter to a lawyer, the court, the ward: "e đã viết thư cho luật sư rồi")
    r"(?!.*\b(luat su|toa|toa an|cong an|phuong|xa|ubnd|truong|co quan|cong ty|sep|don|ly hon|"
    r"nuoi con|to cao|khieu nai)\b)|"
    r"\b(wrote|written|left) (a |the |my )?(note|letter|goodbye)\b(?! to (my |the )?(boss|teacher|"
    r"school|work|landlord|office|manager|company))(?!.*\b(court|lawyer|judge|custody|police|pick up|"
    r"to pick|school|landlord|boss|work|divorce|complaint)\b)|"
    # a plan made and goodbyes said, with the wish heard ("em đã gửi tin nhắn tạm biệt cho mẹ rồi",
    # "nếu mai em không trả lời thì đừng tìm em", "mai em không còn làm phiền ai nữa", "chỉ còn
    # đợi tối nay", "i gave away my cat and wrote my will, i'm ready")
    r"\b(gui|nhan) (xong )?(tin nhan |tin |loi |vai dong )?(tam biet|tu biet|vinh biet|cuoi cung)\b"
    + _LEAVING + r"|"
    r"\b(dung|khong can|khoi) (tim|kiem|di tim)( \w+)? (toi|em|minh|tui|con|tao)\b|"
    r"\b(khong|ko|k|chang|se khong) con (lam phien|lam kho|lam ganh nang|la ganh nang|ton tai|"
    r"o day|o tren doi)\b(?!.*\b(chuyen (nha|di|tro)|don (di|nha|ra)|ve que|di (xa|lam|hoc)|ra o rieng|"
    r"tu lo|tu lam|tu giai quyet|tu xoay so|tu lap)\b)|"
    r"\bmai (\w+ ){0,2}(se|moi) hieu\b|"
    r"\bchi (con|doi|cho)( \w+)? (doi|cho|den)? ?(toi nay|dem nay|den toi|luc toi|trua nay|sang mai)\b|"
    r"\b(chuan bi|sap xep|lo) (xong|het|xong het|het roi|xong roi|xong xuoi)( (het|roi|ca|moi thu))*"
    r"( \w+){0,3} (chi con|chi doi|toi nay|dem nay)\b|"
    r"\b(ngoi|dung|dang o|o) (ben|bo|canh|gan|duoi chan|tren) (song|cau|ho|bien|duong ray|vuc)\b"
    r"(?!.*\b(cau ca|cau|cho ca|tam|boi|chup|an|uong|cafe|ca phe|choi|ngam|tap|tho|song gio|danh|chui|"
    r"dap|so|ck|chong|vo|vk|say|say xin|nhau|ba duong|bo duong)\b)|"
    r"\b(gave|giving) away (my|all my|everything)\b|\b(wrote|made|writing|finished) (my|a) will\b|"
    r"\b(said|saying|texted|sent) (my )?(goodbyes?|farewells?)\b|"
    r"\b(i am|im|i'm) ready( to (go|die|do it|end it))?( now)?$|"
    r"\b(do not|dont|don't) (look|come looking|search) for me\b|"
    r"\b(won't|will not) (be a )?(burden|bother) (anyone|you|them) (anymore|any more|again)\b")


# Someone else holding the means ("ổng đang cầm dao", "he has a knife"): a danger from him,
# read by the violence lexicon, not the writer acting on thoughts of suicide.
_HELD_BY_ANOTHER = re.compile(
    r"\b(ong ay|anh ay|ba ay|chi ay|co ay|no|han|chong|vo|ba|bo|cha|anh ta|ong ta|thang do|"
    r"he|she|they|my (husband|boyfriend|dad|father|ex|partner))( \w+)? (dang |van |da |vua |is |was )?"
    r"(cam|co|rut|vung|giu|has|have|had|holding|is holding|got|grabbed|pulled)\b")


# Someone else cutting or burning the writer's body ("chồng tôi lấy dao rạch tay tôi", "mẹ kế
# dí tàn thuốc vào tay em", "my stepmom burns my arm"): an assault, read by the violence lexicon
# (bot/core/safety.py), not the writer's self-harm, though the same verbs and the arm are named.
# The body part is the writer's by the pronoun after it ("tay tôi"), the doer named before it.
_DOER = (r"\b(chong|vo|ba|bo|cha|me|me ke|me ghe|di ghe|ba duong|bo duong|cha duong|cha ghe|"
         r"anh trai|chi gai|ong ay|anh ay|ba ay|chi ay|no|han|anh ta|ong ta|nguoi yeu|ban trai|"
         r"thang do|thang cha|con do|ong chu|ba chu)\b")
_HURT_PART = (r" (rach|cat|dot|chich|di|dam|cua|cao|gi|dap)\b( \w+){0,3}? (tay|chan|co tay|mat|"
              r"lung|dui|nguoi|da|mieng) (toi|em|minh|tui|con|chau|be)\b|"
              # the writer named straight after, with what it was done with ("ổng đốt em bằng
              # thuốc lá")
              r" (rach|cat|dot|chich|di|dam) (toi|em|minh|tui|con|chau|be) bang\b")
_DOER_EN = (r"\b(he|she|they|my (husband|boyfriend|partner|ex|dad|father|mom|mother|stepmom|"
            r"stepmother|stepdad|stepfather|brother|uncle|"
            # (2026-12-07, the eleventh reading) an employer, a boss, a landlord, a pimp
            r"employer|boss|madam|landlord|landlady|owner|manager|supervisor|pimp|captain|"
            r"mother-in-law|father-in-law|in-laws))\b( \w+){0,3}? ")
# poison forced down ("ổng ép em uống thuốc sâu", "he forced me to drink bleach")
_FORCED = (_DOER + r"( \w+){0,2}? (ep|bat|buoc|rot|do|nhet)( \w+){0,2} (uong|an|nuot|vo mieng|vao mieng)\b|"
           + _DOER_EN + r"(forced|made) (me|her|him|my \w+) (to )?(drink|swallow|eat|take)\b")
_FORCED_DOWN = screened(_FORCED)
HARM_BY_ANOTHER = (
    _DOER + r"( \w+){0,4}?" + _HURT_PART + "|" + _DOER_EN +
    r"(cut|cuts|burned|burns|burnt|slashed|slashes|stabbed|scratched|scalded)( \w+){0,2}? (my|me)\b|"
    + _FORCED)
# …and as the danger lexicon reads it: done, not told as a habit ("mẹ kế hay dí tàn thuốc vào
# tay em", "my mom burns me with cigarettes" are abuse told, heard as a disclosure)
HARM_BY_ANOTHER_DONE = (
    _DOER + r"( (?!(hay|thuong|cu|hoai|suot|lan nao|moi lan)\b)\w+){0,4}?" + _HURT_PART + "|" +
    _DOER_EN + r"(cut|burned|burnt|slashed|stabbed|scalded)( \w+){0,2}? (my|me)\b")
_HARM_BY_ANOTHER = screened(HARM_BY_ANOTHER)


# What the body says after pills or a cut ("em thấy chóng mặt", "buồn ngủ quá", "máu chảy hoài",
# "i feel dizzy", "im going to sleep"): read only once harm was told (Session.harm_done), where
# each is a sign for 115. ("ói" folds like "ơi", "xỉu" like "xíu", "nôn" like "non": only with
# the words that make them sickness.)
_SYMPTOM = screened(
    r"\b(chong mat|hoa mat|mo mat|buon ngu|ngu gat|thiep di|lim di|di ngu|sap ngu|ngu day|"
    r"buon non|buon oi|muon oi|muon non|bi oi|bi non|dang non|dang oi|non ra|oi ra|non mua|oi mua|"
    r"kho tho|tho khong noi|ngat|ngat xiu|muon xiu|sap xiu|bi xiu|xiu mat|lim|co giat|tim dap nhanh|"
    r"lanh nguoi|lanh tay chan|te tay|te chan|te nguoi|met la|la di|dau bung|dau da day|"
    r"chay mau|mau chay|ra mau|mat mau|mau nhieu|mau ra|cam mau|mau (khong|ko|k|chua|van chua) "
    r"(cam|ngung|dung)|"
    r"khong dung (day )?(noi|duoc)|dung khong (noi|vung))\b|"
    r"\b(dizzy|drowsy|sleepy|nause\w*|vomit\w*|throwing up|threw up|puk\w*|can't breathe|"
    r"cannot breathe|cant breathe|hard to breathe|bleeding|blood|faint\w*|passed out|pass out|"
    r"going to sleep|go to sleep|gonna sleep|falling asleep|numb|heart (is )?racing|seizure|"
    r"stomach (hurts|ache|pain)|can't stand|cannot stand|blurry|"
    # (after a cut: the bleeding "won't stop")
    r"(it |still )?(won'?t|wont|doesn'?t|does not|will not|isn'?t) stop( bleeding)?$)\b")


_WITH_CHILD = screened(r"\b(om|mang|dan|dat|cung|giet|bop co) (theo )?(con|be|dua nho|em be)"
                         r"(?! (meo|cho|ca|ga|vit|heo|chuot|bo|chim)\b)|"
                         r"\b(chung|cung) (voi )?(con|be|em be)\b|"
                         r"\b(take|taking|kill|killing|with|holding|hold) (my|the) (baby|kids?|children|son|"
                         r"daughter)\b")


# A height or water where the person is now ("đang đứng trên cầu", "i'm on the roof", "ngồi
# ở mép sân thượng"): the first advice is a step back from the edge, before anything of pills
_AT_A_HEIGHT = screened(
    r"\b(dang |van )?(dung|ngoi|treo|leo|o) (tren|o|ngoai|canh|len|sat)( \w+){0,2} (cau|san thuong|mai nha|"
    r"lan can|ban cong|tang thuong|noc nha|mep|thanh cau|bo song|bo ke|duong ray)\b|"
    r"\b(i'?m|im|i am|standing|sitting) (on|at|by) (the |a )?(edge|roof|rooftop|bridge|ledge|balcony|railing|"
    r"tracks|platform edge|top floor)\b")


def at_a_height(text: str) -> bool:
    """The person is at a height, an edge, water or the tracks now (`_AT_A_HEIGHT`)."""
    return any(_AT_A_HEIGHT.search(t) for t in _forms(text))


# The means in hand now ("có, tôi có thuốc ngủ trong tay", "i'm holding the knife"): put down
# and out of reach is the first step (bot/core/flows/crisis.now); `_IN_HAND`, or held
_MEANS_IN_HAND = re.compile(
    _IN_HAND + r"|\b(dang )?(cam|giu) (\w+ ){0,2}(thuoc|ca vi thuoc|lo thuoc|dao|dao lam|luoi lam|keo)\b|"
    r"\b(holding|i'?ve got|i have|got) (the |a |my |some |all the )?(pills?|knife|blade|razor|rope|tablets)"
    r"( in my hand| right here| with me)?\b(?!.*\b(bbq|barbecue|grill\w*|cook\w*|camping|vitamins?)\b)")


def means_in_hand(text: str) -> bool:
    """The means held now (`_MEANS_IN_HAND`)."""
    return any(_MEANS_IN_HAND.search(t) for t in _forms(text))


def with_a_child(text: str) -> bool:
    """A baby or a child named in the wish to die ("muốn ôm con chết chung"): two lives."""
    return any(_WITH_CHILD.search(t) for t in _forms(text))


# Phrases where a body word is something else: "link ko dùng được" folds like "không đứng
# được", "ngắt kết nối" like "ngất", "mới ngủ dậy" (awake) like "ngủ đây"; they are taken out
# before the body's signs are read, and nothing else is (a dizzy spell told with a weak battery
# or from a hospital bed is still one).
_NOT_A_SYMPTOM = re.compile(
    r"\b(link|app|ung dung|nut|wifi|web|trang web|tai khoan|may|dien thoai|dt|mang)( \w+){0,2} "
    r"(khong|ko|k|hong) dung (duoc|noi)\b|\b(ngat|mat) ket noi\b|"
    r"\b(moi|vua|da|mai|sang|khi|luc) ngu day\b")


def symptom(text: str) -> bool:
    """A sign in the body told after pills or a cut (read only when harm was told)."""
    return any(_SYMPTOM.search(_NOT_A_SYMPTOM.sub(" ", t)) for t in _forms(text))


def without_symptoms(text: str) -> str:
    """The folded text with the body's signs taken out: what is left may still tell of someone
    hurting the writer ("ck đánh em chảy máu"), which the violence reading then takes."""
    return " ".join(_SYMPTOM.sub(" ", t) for t in _forms(text))


def at_hand(text: str) -> bool:
    """A height or the means named: acting now when said inside the crisis pathway (never read
    alone, outside it), unless someone else holds them."""
    forms = _forms(text)
    return any(_AT_HAND.search(t) for t in forms) and \
        not any(_HELD_BY_ANOTHER.search(t) or _CHORE.search(t) for t in forms)


# A wish's verbs, which no chore says ("… phơi đồ mà chỉ muốn nhảy xuống")
_WISH_VERB = re.compile(r"\b(muon|nhay|buong|gieo|lao|roi xuong|nga xuong|te xuong|jump\w*|fall\w*|end|"
                        r"let go|wish|want|chac|du chac|chiu (duoc|noi)|strong enough|hold)\b")
# Where a chore is done up high (the chore veto is for heights only: "the clothesline is surely
# strong enough" is no chore told)
_A_HEIGHT = re.compile(r"\b(san thuong|tang thuong|ban cong|mai nha|noc nha|noc|lan can|tang \d+|rooftop|"
                       r"roof|balcony)\b")


# Friends calling each other up or over ("tụi tao lên sân thượng rồi, lên đi", "bọn mình ra bờ sông
# rồi, ra nhanh"): a plan among friends
_FRIENDS_CALLED = screened(r"^(tui tao|tui minh|bon minh|bon tao|tui em|chung toi|chung tao|ca nhom|may dua|"
                           r"ca lop|we|we're|were|we are)\b.*\b(len|xuong|ra|qua|toi|den|come|get) (di|le|nhanh|"
                           r"lien|ngay|up|over|down|here)\b")


# An everyday task where the height or the tool is ("em đang trên sân thượng phơi đồ", "cầm dao
# thái thịt"): no means at hand
_CHORE = screened(r"\b(ket xe|qua cau|chay xe|lai xe|di lam ve|phoi do|phoi quan ao|phoi|tuoi cay|"
                    r"hong mat|don dep|quet nha|giat do|lau nha|"
                    r"sua mai|sua nha|xem phao hoa|ngam trang|an com|uong cafe|uong ca phe|thai thit|"
                    r"thai rau|got trai cay|got tao|nau an|cat rau|cat thit|lo tay|lo cat|bi dut)\b")


# Pesticide and weed killer as people in the Mekong Delta name them ("uống thuốc sâu", "thuốc
# rầy", "thuốc cỏ"), the commonest poison of self-harm there: read as the words the rules name
# ("thuốc trừ sâu", "thuốc diệt cỏ"). Never medicine taken after something ("thuốc sau ăn",
# "thuốc sau sinh", "thuốc sau khi mổ"); "thuốc cỏ" only typed with its mark ("thuốc có": has).
_PESTICIDE = re.compile(r"\bthuoc (sau|ray)\b(?! (an|khi|bua|com|moi|nay|do|nua|it|mot|vai|sinh|de|"
                        r"mo|pha|phau|\d))")
_MARKED_PESTICIDE = screened(r"\bthuốc (sâu|rầy|rày)\b")


_SUICIDE_MARKED = re.compile(r"tự (tử|tữ|tủ|tu)\b|tu tu\b|tự sát")


def _forms(text: str) -> list[str]:
    vi = normalize(text, "vi").expanded
    en = normalize(text, "en").expanded
    forms = [vi] if vi == en else [vi, en]
    if "tu tu" in vi:
        # "từ từ" (slowly, "từ từ cũng qua thôi") folds like "tự tử": typed with its marks and
        # no "tự tử" beside it, it is read as "slowly"
        marked = unicodedata.normalize("NFC", text).casefold()
        if "từ từ" in marked and not _SUICIDE_MARKED.search(marked):
            forms = [re.sub(r"\btu tu\b", "tu_tu", f) for f in forms]
    if "thuoc " not in vi:
        return forms
    lowered = text.casefold()
    if not normalize(text, "vi").has_vietnamese_marks or _MARKED_PESTICIDE.search(lowered):
        forms = [_PESTICIDE.sub("thuoc tru sau", f) for f in forms]
    if "thuốc cỏ" in lowered:
        forms = [re.sub(r"\bthuoc co\b", "thuoc diet co", f) for f in forms]
    return forms


# Words of death or despair proper (not tears, sadness or "không muốn", which a story of
# violence is full of): where violence is the subject, the classifier's guess of a crisis needs one
_DEATH = screened(r"\b(chet|(?<!this )(?<!that )(?<!a )(?<!the )(?<!my )(?<!your )song(?! (is|was|by|"
                  r"lyrics))|cuoc doi|doi minh|tu tu|tu sat|die|dying|dead|death|life|live|living|"
                  r"tam biet|vinh biet|tu biet|goodbye|farewell|kill|suicid\w*|tuyet vong|vo vong|"
                  r"vo nghia|ganh nang|bien mat|ket thuc|buong|chiu het noi|het chiu|khong chiu noi|"
                  r"ko chiu noi|hopeless|worthless|burden|disappear|give up|end it|no point|"
                  r"hurt myself|kiet suc|met moi|nghi quan|bien di|ngu mai|giai thoat|"
                  # (to follow, or be with, the dead: "1 tuần nữa em đi theo ba em")
                  r"di theo|ve voi (ba|me|bo|cha|ong|ong ba)|khong con (o day|tren doi))\b")


def violence_not_death(text: str, understanding: Understanding | None,
                       violence_told: bool = False) -> bool:
    """The classifier's self_harm where violence is the subject (a kind of it named in the
    message, or a story of it told in this chat) and no word of death or despair is said ("bị
    thầy gạ tình để qua môn", "em đã chuyển 2 triệu r", "tôi chỉ muốn ổng dừng lại"): not
    believed; the violence is what is heard."""
    if understanding is None or understanding.intent != "self_harm":
        return False
    if understanding.confidence >= _SURE:
        return False
    kind = (getattr(understanding, "entities", None) or {}).get("kind")
    return (violence_told or bool(kind)) and \
        not any(_DEATH.search(t) or _OWN_HARM_OR_NO_FUTURE.search(t) for t in _forms(text))


# (2026-12-07, the fifteenth reading) harm done by the writer's own hand, or no future seen: the
# kind of violence the classifier's entities find in them ("đập đầu vào tường", "cào tay chảy
# máu", "parents kicked me out, i don't see a point anymore", "pray every night not to wake up")
# is no sign that violence, not a wish, is the subject
_OWN_HARM_OR_NO_FUTURE = screened(
    r"\b((dap|dam|dong) (dau |tay )?(vao|vo) tuong|cao (tay|da|dui|mat|nguoi)|cao (toi|den|cho) (rach|chay|"
    r"bat)|rach da|cao rach|cua (tay|dui|co tay)|"
    r"(khong|ko|k|chang) (con )?thay (tuong lai|loi thoat|y nghia|ly do)|het (tuong lai|hy vong|hi vong)|"
    r"(don'?t|dont|do not|can'?t|cannot) see (a |any )?(point|future|way out)|no (future|point|way out)|"
    r"pray\w*( \w+){0,3} (not to|to not|i don'?t|i won'?t|i never) wake|"
    r"(wrote|written|writing|left) (\w+ ){0,2}(letters?|notes?) (for|to) (my )?(family|kids|mom|dad|parents|"
    r"everyone)|(got|have|bought|keep) (the |a )?(rope|noose|pills|blade|razor)|"
    r"(toi nay|dem nay|mai|lat nua) (chac |se |lai )*(lam|dap|cao|cat|rach) (nua|tiep|lai)|"
    r"(tonight|again tonight) i'?ll (do it|hurt|cut))\b")


_SURE = 0.8


# Dark thoughts told as long over, and well now ("hồi trước em cũng từng nghĩ quẩn, giờ ổn lắm rồi",
# "i used to want to die as a teen, i'm doing great now"): a past told, never a wish now; not when
# they are back, nor with a "but" after the "fine"
_OVER_NOW = screened(
    r"^(?!.*\b(lai (nghi|muon)|quay lai|tro lai|again|back|coming back|lately|dao nay|gan day|"
    r"ma (gio|van|lai)|van con|van vay|still)\b).*\b(hoi truoc|truoc day|ngay xua|hoi do|hoi xua|"
    r"nam (do|xua|truoc)|nam ngoai|hoi nam ngoai|may nam truoc|tung|once|used to|years ago|last year|"
    r"back then|as a teen\w*|in (uni|college|high school)|"
    # (2026-12-08) a childhood's, told from a grown life ("hồi nhỏ em bị ba đánh hoài, giờ em 30 tuổi,
    # sống riêng, ổn rồi")
    r"hoi nho|hoi be|luc nho|hoi con nho|as a (kid|child)|growing up|when i was (little|young|a kid))\b"
    r".*\b((gio|bay gio|hien tai|nay)( \w+){0,6} (on|on roi|da on|on het roi)\b|"
    r"(gio|bay gio|hien tai|nay)( \w+){0,2} (on|da on|khoe|vui|tot|het|on lam|on roi|binh thuong|"
    r"yeu doi|song yen|yen on|binh yen)|song (yen|yen on|binh yen|yen binh)|(now|these days|today) (i'?m|im|i am) (ok|okay|fine|better|doing (well|great|good|better)|"
    r"good|happy)|(i'?m|im|i am) (ok|okay|fine|better|doing (well|great|good|better)|good|happy) now)\b"
    r"(?!.*\b(nhung|but|ma)\b)")


_last_level: tuple[str | None, Understanding | None, bool, str | None] = (None, None, False, None)


def level(text: str, understanding: Understanding | None = None, *,
          violence_told: bool = False) -> str | None:
    """"now", "thoughts" or None. `violence_told`: a story of violence was told in this chat
    (`violence_not_death`).

    The danger-first reader asks it of one message up to a dozen times in a turn, with and
    without the classifier's reading: the last answer is kept, keyed by the text, the very
    reading (an `Understanding` is frozen; the same object is the same reading) and the flag.
    One message only, so nothing of a chat stays in memory."""
    global _last_level
    violence_told = bool(violence_told)
    last = _last_level
    if last[0] == text and last[1] is understanding and last[2] is violence_told:
        return last[3]
    found = _level(text, understanding, violence_told)
    _last_level = (text, understanding, violence_told, found)   # one tuple: safe in threads
    return found


def _level(text: str, understanding: Understanding | None, violence_told: bool) -> str | None:
    """`level`, read."""
    found, open_to_classifier, texts, cleaned = _words_level(text)
    if found != "now" and any(_OVER_NOW.search(t) for t in texts):
        return None   # "hồi trước e từng nghĩ quẩn, giờ ổn rồi": over, told (words or classifier)
    if found is not None or not open_to_classifier or understanding is None:
        return found
    # (a few words the classifier only half believes, "e và 2 con", "myself": no wish said; a
    # letter or two alone, "c", "cx", is chat shorthand for "có", "cũng", never a wish heard)
    if understanding.intent == "self_harm" and \
            not violence_not_death(text, understanding, violence_told) and \
            not (len(text.split()) <= 3 and understanding.confidence < _SHORT_SURE and
                 not any(_DARK.search(t) for t in texts)) and \
            not (len(text.split()) == 1 and len(text.strip(" .!?")) <= 2) and \
            (understanding.confidence >= _WEAK or any(_DARK.search(t) for t in texts)) and \
            has_content(text) and ends_something_else(text) is None and \
            not any(_AWAY_WISH.search(t) or _NOT_A_WISH.search(t) or _LEAVING_HIM.search(t) or
                    _CUTTING_HIM_OFF.search(t) or _NOT_BELIEVED.search(t) or
                    _THANKED_AND_BETTER.search(t) or _VENTED.search(t) or
                    ((_PRACTICAL.search(t) or _TESTING.search(t)) and not _DARK.search(t)) or
                    _laughed_at_another(t) or _FOR_THE_VET.search(t) or _SAYS_WELL.search(t)
                    for t in texts) and \
            not _everyday(texts) and \
            not _named_in_passing(texts, cleaned):
        return "thoughts"
    return None


# (2026-12-07, the fifteenth reading) fine, said in a few words and nothing else ("bt thoi, dao nay
# cung on", "dạo này vẫn khỏe", "doing okay lately"): the classifier hears "dạo này" of sad
# messages; no "but", no pretending, no "not" beside it
_SAYS_WELL = screened(
    r"^(?!.*\b(khong|ko|chang|hong|k|not|never|nhung|ma|tuong|gia vo|co ve|but|pretend\w*|seem\w*|"
    r"supposed|act\w*|smile|cuoi|tam biet|vinh biet|bye|goodbye|farewell|tat ca|everything|lan cuoi|last)\b)(\w+ ){0,6}(cung on|van on|on ap|on roi|on lam|on ca|on het|van khoe|"
    r"khoe lam|khoe re|binh thuong|van vui|vui lam|fine|doing (ok|okay|well|good|alright|great)|"
    r"pretty good|all good|im good|i'?m good|im ok|i'?m ok(ay)?)( \w+){0,3}$")


# The classifier's guess of a crisis on everyday words, with no word of dying or despair beside
# them: medicine taken as prescribed ("em uống thuốc cảm rồi", "thuốc tránh thai hằng ngày", "I
# take one at night"), a small accident cared for ("dao cứa tay lúc gọt xoài, băng lại rồi", "cut
# myself shaving, put a plaster on it"), a thing dead or left ("cây xương rồng chết rồi", "the
# car battery is dead", "biến mất khỏi nhóm zalo")
# (2026-12-07, the fourteenth reading) a birth gone well ("vk tui sinh thường xong rồi, mẹ tròn con
# vuông", "my sister had the baby last night"): good news, read by the danger reader too
BIRTH_WENT_WELL = (r"sinh (thuong|mo|con|em be|be|xong)( \w+){0,2} (xong|roi|thanh cong|an toan|khoe)|"
                   r"me tron con vuong|gave birth|had (the|a|our|her|his) baby|baby (is|was) born|"
                   r"delivered (a|the|our) (baby|boy|girl)")
# (2026-12-08, the nineteenth reading) a food pairing said to kill, asked about ("ng ta nói ăn
# sầu riêng xong uống bia là chết á, thiệt hông", "is it true eating durian with beer can kill
# you"): a rumour to check, no wish
_FOOD_MYTH = (
    r"(nguoi ta|ng ta|nghe|nghe noi|nghe don|don|doc bao|bao|co phai|hoi) (\w+ ){0,3}(an|uong)( \w+){1,4} "
    r"(xong|roi|chung voi|chung|voi|cung|sau khi|truoc khi|lien)( \w+){0,2} (uong|an)( \w+){1,4} (la|thi|se|bi|"
    r"co the)( bi)? (chet|ngo doc|tu vong|nguy hiem)|(is it true|heard|they say|people say|my \w+ says?|"
    r"does|can|is)( \w+){0,4} (eating|drinking|mixing|eat|drink|mix)( \w+){1,4} (with|and|after|then|"
    r"together with)( \w+){1,4} (can |will |could |is )?(kill|killing|deadly|fatal|poison\w*|make you die)"
    r"( you)?")


# (2026-12-08, the nineteenth reading) A beast about to give birth, or giving birth hard ("heo nái
# nhà tui sắp đẻ", "con bò nhà tui đẻ khó", "our cow is calving tonight"): the farm's care or a vet,
# which the classifier may hear as despair (medical.py reads it too). ("chó mẹ" is read only after
# "con": folded, "cho me" is also "for mom", who may be the one giving birth.)
ANIMAL_BIRTH = (
    r"((heo|lon) (nai|me)|con (cho|meo|bo|trau|de|ngua|heo|lon|cun|tho)( cai| me| nai)?|(meo|trau|ngua|de|bo) "
    r"(cai|me)|sow|cow|heifer|mare|ewe|nanny goat|bitch|(my|our|the) (dog|cat|pig|goat|horse|rabbit|hamster))"
    r"( \w+){0,5} (sap de|dang de|de con|de kho|kho de|sinh kho|chuyen da|sap sinh|dang sinh|lam o|giving birth|"
    r"in labou?r|farrow\w*|calv\w*|foal\w*|kidding|whelp\w*|about to (give birth|have (her )?(puppies|kittens|"
    r"piglets|a calf|babies)))")
# A day's little dread asked to be prayed for ("dentist appointment tomorrow, root canal, pray for
# me", "mai phỏng vấn, cầu nguyện cho em"), a laugh "killed" by a meme ("im dead 💀 that meme")
LITTLE_DREAD = (
    r"(dentist|root canal|nha si|nha khoa|nho rang|tram rang|exam|exams|test|interview|presentation|"
    r"thi|phong van|thuyet trinh|bao cao|surgery|tiem|vaccine|shot|flight|driving test|thi bang lai)"
    r"( \w+){0,6} (pray for me|wish me luck|send (good )?vibes|cau nguyen cho (em|toi|tui|minh|e)|"
    r"chuc (em|toi|tui|minh|e) may man)|"
    r"(i'?m|im|i am|i'?m literally|im literally) (dead|dying|deceased|ded|crying)( \w+){0,3} (meme|memes|joke|"
    r"video|clip|tiktok|reel|post|lol|lmao|lmfao|funny|hilarious|too much)")


_EVERYDAY = screened(
    # (2026-12-07, the eleventh reading) a day's habit only with its medicine ("my depression is
    # getting worse every day" is no pill taken), and never medicine hoarded ("lấy hết thuốc
    # huyết áp của bà rồi, để dành")
    r"\b(thuoc (cam|ho|sot|ha sot|tranh thai|bo|huyet ap|tieu duong|da day|di ung|khang sinh)"
    r"(?!.*\b(de danh|tich|gom|don|ca vi|ca hop|ca lo|het vi|het lo|het hop|du roi)\b)|"
    r"vitamin\w*|theo toa|theo don|"
    r"(thuoc|vitamin|vien|pills?|tablets?|medicine|meds|medication)( \w+){0,6} (hang ngay|moi ngay|moi toi|"
    r"moi sang|(every|each) (day|night|morning))|(hang ngay|moi ngay|moi toi|moi sang|(every|each) (day|"
    r"night|morning))( \w+){0,4} (uong|take|taking|thuoc|pills?|vitamins?)|"
    r"as prescribed|prescri\w*|one at night|doctor (gave|prescribed)|"
    # (2026-12-07) a small child's habit, a rope for a load ("con trai e 3t cứ la hét mỗi lần tắm",
    # "mua dây thừng ở đâu để buộc hàng lên xe máy")
    r"(con|be|thang cu|con trai|con gai|chau)( \w+){0,2} \d+ ?(t|tuoi|thang)( \w+){0,4} (la het|khoc|quay|an va|"
    r"giay|nhe rang|cau)|day thung( \w+){0,4} (de |dung de )?(buoc|cot|keo|phoi|chang|ne) (hang|do|xe|thung|"
    r"cay|goi|bo|trau|quan ao|leu|bat|ghe|thuyen)|"
    # (2026-12-07) a medicine for an illness named, and its side effect asked ("the pills for my
    # allergies make me sleepy, is that normal", "thuốc dị ứng uống vô buồn ngủ quá có sao ko")
    r"(pills?|tablets?|meds|medicine|medication|antihistamines?|thuoc)( \w+){0,2} (for|cho|tri|chua) (my |the |"
    r"her |his )?(allerg\w*|di ung|cold|colds|flu|cam|cough|ho|fever|sot|headaches?|dau dau|blood pressure|"
    r"huyet ap|diabetes|tieu duong|stomach|da day|acne|mun|period|kinh|asthma|hen|anxiety|sleep|mat ngu)|"
    r"(side effects?|tac dung phu)|(make|makes|made|lam) (me |em |toi )?(so |really |rat |hoi )?(sleepy|"
    r"drowsy|buon ngu)( \w+){0,3} (is (that|it|this) normal|co sao (khong|ko|k)|binh thuong (khong|ko|k))|"
    r"(luc|khi) (got|nau|cat|thai|bam|lam bep|rua)|lo tay|vo tinh|bang lai|dan bang|rua sach|"
    r"shaving|cooking|by accident|accidentally|plaster|band ?aid|bandage|"
    # ("cá", "chó" fold like "cả", "cho": a pet only as one, "ông trời ko cho e chết" is a wish)
    r"(pin|battery|dien thoai|phone|laptop|may tinh|xe|cay|hoa|con ca|con cho|chu cho|con meo|ca canh|"
    r"be meo|be cun)( \w+){0,4} "
    r"(chet|dead|died|die)|(chet|het) pin|(bien mat|roi|thoat|leave|left) (khoi )?(nhom|group|chat|"
    r"zalo|facebook)|"
    # waking a child, an exam's "doomed", a pet's scratch, limbs "dead" after sport, a bump with
    # no one hurt ("đánh thức con dậy", "mai thi mà chưa học, chết chắc rồi", "my cat scratched
    # my arm", "my arms are dead", "nobody hurt")
    r"danh thuc|bao thuc|alarm( clock)?|wake (him|her|them|the kids|my \w+) up|"
    r"goi day (con|be|chong|ck|vo|vk|ba|me|em|may dua|tui nho|tre)|goi (con|be|chong|ck|vo|vk) day|"
    r"(thi|kiem tra|bai thi|exam|test|deadline)( \w+){0,6} chet chac|chet chac( \w+){0,4} (thi|kiem tra|diem)|"
    r"(cat|dog|kitten|puppy)( \w+){0,2} (scratch\w*|bit|bites)|(meo|cho)( \w+){0,2} (cao|can)|"
    r"(arms?|legs?|feet|body|muscles?) (are|is|feel|felt)( so)? (dead|like jelly|sore)|"
    r"(nobody|no one) (was |got )?hurt|khong ai (bi thuong|sao|bi gi)|"
    # (2026-12-07) a medicine's timing asked, sport's soreness, idioms of "dead" ("uống thuốc xổ giun
    # lúc nào là tốt nhất", "tập chân xong đau muốn chết", "stared me dead in the eye")
    r"xo giun|(uong|take|taking)( \w+){0,4} (luc nao|truoc hay sau|when|how often)|luc nao (la )?tot nhat|"
    r"(tap (chan|gym|ta|mong|bung|lung|tay|the duc)|leg day|sau buoi tap|after (the )?(gym|workout|"
    r"practice))( \w+){0,4} (dau|moi|nhuc|sore|hurts?|dead)|"
    r"dead in the eyes?|dead serious|dead tired|dead battery|deadline|"
    # (2026-12-07) a knife or scissors looked for; a message sent to the wrong chat, a pet's
    # peaceful end ("sorry wrong chat, i meant to message my sister", "nhắn nhầm nhóm",
    # "grandma's old cat passed away in her sleep")
    + TOOL_LOOKED_FOR + r"|" + EXASPERATED + r"|"
    # (2026-12-07, the seventh reading) a tattoo, a small burn at the stove (MARK_OF_NO_HARM)
    + MARK_OF_NO_HARM + r"|"
    r"wrong (chat|number|person|group|convo|conversation|window|inbox)|(nhan|gui|ib|inbox|chat) nham|"
    r"nham (nhom|nguoi|cuoc tro chuyen|khung chat|box|inbox)|"
    r"(cat|kitty|kitten|dog|doggo|puppy|hamster|goldfish|fish|bird|parrot|rabbit|bunny|turtle|pet)( \w+){0,3} "
    r"(died|passed away|passed|is dead|was put down|put to sleep)|"
    # (2026-12-07) incense burnt, worship ("vừa đốt nhang xong", "thắp hương cho ông bà")
    r"dot nhang|thap nhang|dot huong|thap huong|dot vang ma|cung (ong ba|to tien|ram|mung mot|gio)|"
    r"di chua|le chua|"
    # (2026-12-07) food burnt, a crop lost to pests ("nướng mực cháy đen", "trồng ớt bị sâu chết sạch")
    r"(nuong|chien|rang|xao|com|noi com|chao|banh|muc|thit|ca|trung|mon)( \w+){0,2} (bi )?chay (den|khet|"
    r"xem|het|mat|roi|queo)|(trong|vuon|ruong|cay|rau|lua|ot|ca chua|hoa|dua|bi|mia)( \w+){0,5} (bi )?"
    r"(sau|rep|nam|benh|ray|chuot)( \w+){0,3} (chet|hu|het)|chet (sach|het|queo|kho|rui) (\w+ )?(cay|"
    r"rau|lua|ot|hoa|ca)|"
    # (2026-12-07, the fourteenth reading) a birth gone well ("vk tui sinh thường xong rồi, mẹ tròn
    # con vuông"), a rival team to be "killed" in the next round ("đội mình sẽ giết chết đối thủ ở
    # vòng sau", "we're gonna kill them in the final")
    + BIRTH_WENT_WELL + r"|"
    # (2026-12-07, the sixteenth reading) a goodbye to a class, a teacher or a job ("viết thư tạm biệt
    # cô chủ nhiệm trước khi ra trường", "wrote a farewell card for my coworkers"); a funeral held
    # and over ("đám tang bà nội tổ chức xong rồi, ai cũng buồn nhưng ổn", "grandma's funeral was
    # lovely")
    r"(tam biet|chia tay|farewell|goodbye)( \w+){0,4} (co chu nhiem|chu nhiem|co giao|thay giao|thay co|lop|"
    r"ca lop|truong cu|dong nghiep|cong ty|team|class|classmates|teachers?|colleagues|coworkers|office|boss)|"
    r"(ra truong|tot nghiep|nghi viec|chuyen truong|nghi huu|graduation|retirement|last day at (work|school))"
    r"( \w+){0,6} (tam biet|chia tay|farewell|goodbye)|"
    r"(dam tang|dam ma|le tang|tang le|le an tang|funeral|memorial service|wake)( \w+){0,6} (to chuc xong|xong roi|"
    r"xong xuoi|da xong|ket thuc|dong du|dong nguoi|chu dao|am cung|was (lovely|beautiful|nice|moving|so moving)|"
    r"went (well|smoothly)|whole village came|everyone came)|"
    # (2026-12-07, the seventeenth reading) work or study abroad, and a parent's advice in a letter
    # ("em sắp đi xuất khẩu lao động Nhật, đi xa không về nữa đâu", "viết thư cho con, dặn dò học
    # hành chăm chỉ")
    # ("định cứ để vậy", I mean to just leave it, folds like "định cư", to settle abroad)
    r"xuat khau lao dong|xkld|di lao dong|lao dong (o |tai )?(nuoc ngoai|nhat|han|dai loan)|du hoc|"
    r"dinh cu (o|tai|ben|nuoc ngoai|my|uc|canada|duc|phap|anh|nhat|han|dai loan)|"
    r"(sang|qua) (nhat|han|han quoc|dai loan|uc|my|duc|canada|anh|phap|singapore|malaysia) (lam|hoc|song|"
    r"lam viec|dinh cu)|dan do( \w+)? (hoc|hoc hanh|an uong|giu gin|ngoan|nghe loi|cham ngoan|cham hoc|"
    r"giu suc khoe|lam viec)|"
    # (2026-12-07, the eighteenth reading) an exam tomorrow and its outline asked ("mai e thi võ, ai
    # có đề cương ko")
    r"(mai|ngay mai|tuan sau|sap|toi nay|chieu mai|sang mai) (\w+ ){0,2}thi\b( \w+){0,6} (de cuong|tai lieu|"
    r"on|bai giai|dap an|de thi|de cu|giai de|cong thuc)|de cuong( on tap)?|"
    + _FOOD_MYTH + r"|" + ANIMAL_BIRTH + r"|" + LITTLE_DREAD + r"|"
    # (2026-12-08, the twenty-third reading) the bot's own mistake reported ("the bot gave me wrong
    # phone number last time, pls fix"), a parent asking how to talk with a teenager ("có cách nào
    # nói chuyện với con tuổi dậy thì mà nó ko cáu ko")
    r"(the |this |your )?(bot|chatbot|app|assistant|tro ly|ung dung)( \w+){0,4} (gave|give|gives|showed|sent|said|"
    r"is wrong|was wrong|bi loi|loi|bug\w*|broken|not working|khong chay|sai)|(pls|please|plz|lam on|xin) (fix|sua)|"
    r"(noi chuyen|tam su|giao tiep|day) (voi|cho) (con|be|dua nho|tre)( \w+){0,3} (tuoi day thi|tuoi teen|tuoi moi "
    r"lon|tuoi nay|teen|tuoi hoc tro)|(talk|talking|get through) to (my |a )?(teen|teenager|teenage (son|daughter)|"
    r"moody kid)|"
    # (2026-12-08, the twenty-second reading) a book or a song that made life feel lighter ("đọc
    # cuốn Nhà Giả Kim xong thấy đời nhẹ nhõm hẳn", "finished that book and feel so much lighter")
    r"(doc|xem|nghe) (xong |het )?(cuon|quyen|sach|truyen|phim|bo phim|bai hat|podcast|bai viet)( \w+){0,6} "
    r"(thay |cam thay )?(doi|cuoc doi|long|tam hon|minh|nguoi)( \w+)? (nhe nhom|nhe nhang|binh yen|thoai mai|vui|"
    r"tich cuc|y nghia|dep)|(read|finished|watched|listened to)( \w+){0,6} (feel|felt|feeling) (so |much |so much )?"
    r"(lighter|better|at peace|hopeful|inspired)|"
    # a blemish wished away ("muốn vết thâm tan biến hết", "làm sao cho mụn biến mất")
    r"(vet tham|tham mun|mun|mun dau den|nam|tan nhang|seo|vet seo|quang tham|mo bung|mo thua|rau|gau|"
    r"vet ran|da chet|lo chan long|acne|pimples?|scars?|dark spots?|dark circles|belly fat|wrinkles)"
    r"( \w+){0,3} (tieu bien|tan bien|bien mat|bay mau|disappear|vanish|go away)|"
    # a field sprayed ("ba e đang phun thuốc trừ sâu ngoài ruộng")
    r"(phun|xit|rai|pha|spray\w*) (thuoc tru sau|thuoc diet co|thuoc sau|phan|pesticide|weed ?killer)"
    r"(?!.*\b(uong|nuot|drank|drink\w*|swallow\w*)\b)|"
    r"((doi|team) (minh|tui|nha|ta|em|toi|toi minh|chung minh) (\w+ ){0,2})?"   # ("đội" folds like "đời")
    r"(giet|kill|huy diet|destroy|crush|murder|slaughter)( chet)? (doi thu|doi ban|doi kia|team kia|doi do|"
    r"them|the other team|those guys)( \w+){0,4} (vong|tran|tran dau|chung ket|ban ket|giai|match|game|round|"
    r"final|finals|semis|tournament|league)|(vong|tran|chung ket|match|game|final|tournament)( \w+){0,5} "
    r"(giet|kill|huy diet|destroy|crush|murder)( chet)? (doi thu|doi kia|team kia|them|the other team))\b")


# (whether it matches, asked of every message the classifier hears a wish in: as the list of its
# branches, 12 → 2.3 µs a form on the benchmark mix; `_EVERYDAY` itself is kept for `sub`)
_EVERYDAY_ANY = AnyOf(_EVERYDAY.pattern, _EVERYDAY.flags)


def _everyday(texts: list[str]) -> bool:
    if any(((_CHORE.search(t) and _A_HEIGHT.search(t)) or _FRIENDS_CALLED.search(t)) and
           not _DARK.search(t) and not _WISH_VERB.search(t) for t in texts):
        return True   # a chore up there, or friends called up ("lên sân thượng phơi đồ rồi")
    return any(_EVERYDAY_ANY.search(t) for t in texts) and not any(_DEATH.search(
        _EVERYDAY.sub(" ", t)) for t in texts)


_BODY_ART = re.compile(r"\b(" + BODY_ART + r")\b")


def body_art(text: str) -> bool:
    """A tattoo, a piercing or brows done (`BODY_ART`) told, with no word of dying."""
    texts = _forms(text)
    return any(_BODY_ART.search(t) for t in texts) and not any(
        _DEATH.search(_BODY_ART.sub(" ", t)) for t in texts)


def mark_of_no_harm(text: str) -> bool:
    """A tattoo or a small burn at the stove told (`MARK_OF_NO_HARM`), with no word of dying."""
    texts = _forms(text)
    return any(_MARK_OF_NO_HARM.search(t) for t in texts) and not any(
        _DEATH.search(_MARK_OF_NO_HARM.sub(" ", t)) for t in texts)


_FOOD_MYTH_ASKED = screened(r"\b(" + _FOOD_MYTH + r")\b")


def food_myth_asked(text: str) -> bool:
    """A food pairing said to kill, asked about (`_FOOD_MYTH`): a health question, never a wish."""
    return any(_FOOD_MYTH_ASKED.search(t) for t in _forms(text))


def everyday(text: str) -> bool:
    """Everyday words the classifier may take for a crisis (`_EVERYDAY`), with no word of dying
    or despair beside them."""
    return _everyday(_forms(text))


_WordsLevel = tuple[str | None, bool, list[str], list[str]]
_last_words_level: tuple[str | None, _WordsLevel | None] = (None, None)


def _words_level(text: str) -> _WordsLevel:
    """What the words alone say: (level, whether the classifier may still hear a wish, the
    message's forms, its forms without hyperbole). Several readers ask it of one message in a
    turn, with and without the classifier's reading: the last answer is kept (one message
    only, so nothing of a chat stays in memory)."""
    global _last_words_level
    last = _last_words_level
    if last[0] == text and last[1] is not None:
        return last[1]
    found = _read_words(text)
    _last_words_level = (text, found)
    return found


# (2026-12-08) Words that take back a joke ("lol i'm gonna jump off the roof if i fail, not even
# joking"); never bare "seriously" or "for real", which only stress a complaint
_NOT_JOKING = re.compile(r"\b(not (even )?joking|no joke|i mean it|deadass|not kidding|(i'?m|i am|im) serious|"
                         r"(khong|ko|k|hong) (dua|gion)( dau| that)?|noi that (do|day|long|ma)|that long do)\b")


def _read_words(text: str) -> _WordsLevel:
    """`_words_level`, read."""
    texts = _forms(text)
    # suicide as a topic of study, a campaign or a child's question ("luận văn về tỷ lệ tự tử",
    # "suicide prevention week", "con hỏi tự tử là gì"): read without it; what else is said is
    # still read ("… vì em cũng muốn chết"), and the classifier is not followed
    topical = [_AS_A_TOPIC.sub(" ", t) for t in texts]
    as_topic = topical != texts and not any(_SUICIDE_WORD.search(t) for t in topical)
    if as_topic:
        texts = topical
    # (the threat's own words are no act: "ny dọa nếu e chia tay thì nó uống thuốc rầy"; an act
    # told beside it is: "ck uống thuốc sâu rồi, ổng nói nếu em bỏ đi ổng chết")
    # (only the readings that saw the threat: "e" is "em" in one of them)
    beside_threat = [b for b, t in zip((LEVERAGE.sub(" ", t) for t in texts), texts, strict=True)
                     if b != t]
    if any(_HIS_THREAT_TO_CHILDREN.search(t) or NO_WAKING_THREAT.search(t) for t in texts):
        return None, False, texts, texts   # his threat to the children or to her: violence (safety.py)
    if any(_NOW_ANY.any(_FORCED_DOWN.sub(" ", t)) for t in beside_threat or texts):
        return "now", False, texts, texts   # (poison forced down by him is his violence: below)
    if beside_threat:
        # "he'll kill himself if I leave": pressure told (bot/core/disclosure.py)
        return None, False, texts, texts
    if _MARKED.search(text.casefold()) and not as_topic:
        return "thoughts", False, texts, texts
    by_another = [_HARM_BY_ANOTHER.sub(" ", t) for t in texts]
    if by_another != texts:   # only the readings that saw the doer ("ck" is "chồng" in one)
        by_another = [b for b, t in zip(by_another, texts, strict=True) if b != t]
    # (hyperbole said not to be one, "not even joking", "e nói thật đó": read as it is written)
    cleaned = [t if _NOT_JOKING.search(t) else _HYPERBOLE.sub(" ", t) for t in by_another]
    if any(_THOUGHTS_ANY.any(t) or _SOMEONE_ELSE.search(t) for t in cleaned):
        return "thoughts", False, texts, cleaned
    if len(by_another) < len(texts) or by_another != texts:
        # "chồng tôi lấy dao rạch tay tôi": his violence, whatever the classifier heard
        return None, False, texts, cleaned
    return None, not as_topic, texts, cleaned


# (2026-12-07, the eighth reading) Suicide as a topic: studied, campaigned against, explained to
# a child, asked what it is (`_read_words`)
_SUICIDE_WORD = re.compile(r"\b(tu tu|tu sat|tu van|suicid\w*)\b")
# ("tỷ lệ", a rate, is read "thanks lệ" in the teen-code reading, where "ty" is "thanks")
_AS_A_TOPIC = screened(   # (tried only where its words occur: it matches almost never)
    r"\b(luan van|luan an|bai luan|bai tap|de tai|nghien cuu|khao sat|phieu khao sat|so lieu|thong ke|ty le|"
    r"thanks le|tai lieu|poster|ap phich|documentar\w*|phim tai lieu|survey|questionnaire|"
    r"tuyen truyen|chuong trinh|tuan le|hoi thao|tap huan|thuyet trinh|bao cao|du an|bai viet|bai bao|phong su|"
    r"essay|thesis|dissertation|research\w*|statistics|stats|rates?|data|figures|posters?|materials?|"
    r"presentation|project|report|article|campaign|workshop|training|lecture|class|lesson|seminar)"
    r"( \w+){0,4} (ve|about|on|of|cho|for) (van de |chu de |nan |tinh trang |ty le |thanks le |cac vu |"
    r"y dinh |hanh vi |nguy co |y nghi |phong chong |phong ngua |"
    r"ngan ngua |teen |youth |student )?(tu tu|tu sat|suicid\w*)( (o|among|in|cua|rates?|prevention|awareness)"
    r"( \w+){0,3})?\b|"
    r"\b(tu tu|tu sat|suicide) (prevention|awareness|rates?|statistics|stats|research)( (week|month|day|"
    r"campaign|program\w*|event|materials?|posters?))?\b|"
    r"\b(phong chong|phong ngua|ngan ngua|preventing|prevent) (nan |viec )?(tu tu|tu sat|suicide)\b|"
    # a game's or a story's character ("nhân vật tự sát thì hồi sinh ở checkpoint hả")
    r"\b(nhan vat|character|npc|avatar)( \w+){0,3} (tu sat|tu tu|suicide|kill (himself|herself|itself))\b|"
    # (asked by someone else, a child: "tự tử là gì" asked alone may be the writer's own)
    r"\b(hoi|asked|asks|asking)( \w+){0,3} (tu tu|tu sat|suicide) (la gi|nghia la gi|means?|is)\b|"
    r"\b(giai thich|noi|explain|talk)( \w+){0,5} (ve |about )?(tu tu|tu sat|suicide)( \w+){0,3} (cho|to|with) "
    r"(con|be|chau|hoc sinh|tre|my (kid|child|son|daughter|students?)|kids|children)\b")


# A weekday or a place in a list ("thứ tư", "cái thứ tư": "thu tu" is one letter from "tự tử"),
# with no other word of death or despair: the classifier's guess of a crisis is not believed.
_DAY_OR_PLACE = re.compile(r"\bthu (hai|ba|tu(?! tu\b)|nam|sau|bay|nhat)\b|\bchu nhat\b")


# Where or with whom one lives ("i live in Ninh Kieu", "em sống với chồng"): "live" is no word of
# life or death there, though the classifier once heard thoughts of suicide in it.
_RESIDENCE = re.compile(r"\b(live|lives|living|lived|stay|staying) (in|at|near|on|with|alone)\b|"
                        r"\b(living room|live (stream|streaming|chat|music|show)|livestream\w*)\b|"
                        r"\bsong (o|tai|gan|cung(?! (nhu|chang|khong|vay|the|bang)\b)|voi|chung|mot minh)\b")


# A word for oneself alone ("myself", "bản thân", "cho em"), the answer to "who is the help
# for?" typed out of turn: the classifier hears "kill myself" in it.
_ONLY_SELF = re.compile(r"^(for |cho |it is |la )?(myself|my self|me|i|ban than|chinh minh|toi|em|"
                        r"minh|tui|ban than (toi|em|minh)|chinh (toi|em|minh))( a| thoi| nha)?$")


def only_in_passing(text: str) -> bool:
    """Dying or living named only in passing (an idiom of degree, where one lives), or only
    oneself named: the classifier's `self_harm` alone is then no reason for the crisis words."""
    texts = _forms(text)
    return _named_in_passing(texts, [_HYPERBOLE.sub(" ", t) for t in texts])


def _named_in_passing(texts: list[str], cleaned: list[str]) -> bool:
    """`only_in_passing` on the forms read, and the same forms without their idioms; or oneself
    named with no word of death, despair or the body ("tìm hiểu cho bản thân", "it's for
    myself": the classifier hears "kill myself" in "myself")."""
    return all(_ONLY_SELF.match(t) for t in texts) or _death_only_in_idiom(texts, cleaned) or (
        any(_SELF_WORD.search(t) for t in texts) and not any(_DARK.search(t) for t in texts)) or (
        any(_DAY_OR_PLACE.search(t) for t in texts) and
        not any(_DARK.search(_DAY_OR_PLACE.sub(" ", t)) for t in texts))


_SELF_WORD = re.compile(r"\b(myself|my self|ban than|chinh minh)\b")


def _death_only_in_idiom(texts: list[str], cleaned: list[str]) -> bool:
    """Death named only in an idiom of degree ("game này khó chết đi được", "đói muốn chết"), or
    life only as where one lives ("i live in ninh kieu"): the classifier, which hears "chết" and
    "live", is then not believed on its own."""
    plain = [_RESIDENCE.sub(" ", t) for t in cleaned]
    return plain != texts and not any(_LIFE_OR_DEATH.search(t) for t in plain)


# Someone else's wish to die, said by the one who worries ("vợ tôi hay dọa tự tử", "chồng em nói
# muốn chết", "my husband wants to kill himself"). Only where the words make that person the
# subject: a relative with "my" ("vợ tôi", "my wife"), or a threat or a saying in the third
# person. Vietnamese drops its subjects ("ba mẹ không hiểu, muốn chết quá" is the writer's own
# wish), and the writer's pronoun in between ("mẹ em mất rồi, em muốn chết theo mẹ") makes it
# the writer's: both stay the writer's, the safe reading.
_KIN_VI = (r"(vo|chong|ck|vk|me|bo|ba|cha|ma|con gai|con trai|con|em gai|em trai|chi gai|chi|"
           r"anh trai|ban|ban than thiet|ban than|nguoi yeu|ny|ban trai|ban gai)")   # ("bạn thân" is read
# "bạn thân thiết" by normalize.py)
_NOT_WRITER = r"( (?!(toi|em|minh|tui|tao|i|me)\b)\w+)"
_SOMEONE_ELSE = AnyOf(   # (only asked whether: as its branches, 29 → ~3 µs a text)
    rf"\b{_KIN_VI} (toi|em|minh|tui){_NOT_WRITER}{{0,3}} (muon chet|muon tu tu|(doi|doa|noi|bao)"
    rf"( se| muon)? (chet|tu tu|tu sat)|tu tu|tu sat)\b|"
    r"\b(vo|chong|me|ba|bo|cha|con|con gai|con trai|chau|em gai|em trai|chi gai|chi|anh trai|ban|"
    r"ban than|nguoi yeu|ny|ban trai|ban gai) (toi|em|minh|tui) (hay |cu |dang |lai |cung |thuong |de |"
    r"co ve |hinh nhu )*"
    r"nghi quan\b|"
    rf"\b{_KIN_VI} (toi|em|minh|tui){_NOT_WRITER}{{0,8}} (hay |cu |lai |da )?(doa|doi)( se)? "
    r"(tu tu|tu sat|chet|nhay (song|cau|lau))\b|"
    # "bạn em nhắn tin là nó sẽ nhảy cầu tối nay": that person named, then the act
    rf"^(?!.*\b{_ILL}\b).*?"
    rf"\b{_KIN_VI} (toi|em|minh|tui){_NOT_WRITER}{{0,6}} (no|ban ay|co ay|anh ay|chi ay|ong ay|ba ay|"
    r"nguoi ay|han) (se |sap |dinh |muon |doi |doa )?(nhay (song|cau|lau)|tu tu|tu sat|"
    r"uong thuoc|treo co|ket lieu)\b|"
    # … or the message said with no pronoun ("bạn e nhắn tin nói sẽ nhảy sông tối nay", "ny e
    # nhắn tin nói tạm biệt, nói sẽ uống thuốc")
    rf"\b{_KIN_VI} (toi|em|minh|tui){_NOT_WRITER}{{0,8}} (noi|bao|nhan|viet|ke)( la| rang)? "
    r"(se |sap |dinh |muon |doi |doa )+(nhay (song|cau|lau)|tu tu|tu sat|uong thuoc|treo co|"
    r"ket lieu|chet)\b(?! (doi|vi|met|cuoi|lanh|nong|ret|khat|ngop|so|mat|roi kia)\b)|"
    # "con trai tôi 14 tuổi, nó nói không muốn sống nữa", "con gái tôi hay rạch tay", "ba em vừa
    # uống thuốc chuột", "bạn em vừa rạch tay": the act or the wish told of the one named
    rf"\b{_KIN_VI} (toi|em|minh|tui){_NOT_WRITER}{{0,6}}(( (no|ban ay|co ay|anh ay|chi ay|ong ay|"
    r"ba ay|nguoi ay|han|be))( (noi|bao|ke|nhan|hay noi|cu noi|viet))?|( (noi|bao|ke|nhan tin|hay noi|"
    r"cu noi|viet)))( la)? (khong (muon|thiet) song|muon chet|chan song|muon bien mat)\b|"
    rf"\b{_KIN_VI} (toi|em|minh|tui)( (hay|cu|thuong|lai|da|vua|moi|dang|bi phat hien))* ((rach|cat) "
    r"(tay|co tay|chan|dui)\b(?! (cho|giup|ho)\b)|tu hai|tu rach|tu cat|lam dau (ban than|minh))\b|"
    rf"^(?!.*\b({_ILL[1:-1]}|con cho|con meo)\b).*?"
    rf"\b({_KIN_VI} (toi|em|minh|tui)|^(ong ay|ba ay|anh ay|chi ay|co ay|no|han))( (?!(bat|ep|cho|"
    r"doi|ep buoc|dua)\b)\w+)? (vua |da |moi |dang )?(uong|nuot) (\w+ ){0,3}(thuoc|thuoc chuot|"
    r"thuoc tru sau|thuoc diet co|thuoc ngu|thuoc tay|nuoc tay|axit)\b(?!( \w+)? (moi ngu|de ngu|hang dem|"
    r"moi dem|moi toi|theo don|theo toa|bac si|hang ngay|moi ngay)\b)|"
    r"\b(my (wife|husband|partner|son|daughter|sister|brother|mom|mother|dad|father|friend|"
    r"boyfriend|girlfriend|cousin|aunt|uncle)|he|she)( (?!(i|me)\b)\w+){0,6} (wants to die|"
    r"wants to kill (himself|herself)|threatens (suicide|to kill (himself|herself))|"
    r"tried to kill (himself|herself)|talks about (suicide|dying|killing (himself|herself))|"
    r"(is|has been|keeps|started) (cutting|hurting|burning|harming) (himself|herself)|"
    r"(is going|plans|is planning) to (kill|end) (himself|herself|his life|her life)|"
    r"says (he|she) wants to die|wants to end (his|her) life)\b|"
    # pills or a cut told of that person ("my friend just texted me she took pills")
    r"\bmy (wife|husband|partner|son|daughter|sister|brother|mom|mother|dad|father|friend|"
    r"boyfriend|girlfriend|cousin|aunt|uncle)( \w+){0,6} (she|he|they) (just )?((took|swallowed|"
    r"drank|had) (\w+ ){0,3}(pills|tablets|sleeping pills|poison|bleach|pesticide|meds|an overdose|"
    r"rat poison)|overdosed|cut (herself|himself)(?! off))\b|"
    rf"^(?!.*\b{_ILL}\b).*\b{_KIN_VI} "
    rf"(toi|em|minh|tui)( \w+){{0,8}} (no|ban ay|co ay|anh ay|chi ay|nguoi ay|han|be) "
    r"(da |vua |moi )?(uong|nuot|an) (\w+ ){0,2}(thuoc|thuoc ngu|thuoc chuot|thuoc tru sau|nuoc tay)"
    r"( \w+)? (roi|het|xong)\b")


def used_as_leverage(text: str) -> bool:
    """Someone threatens suicide to keep the writer from leaving or saying no ("bạn trai nói sẽ
    tự tử nếu em chia tay"): the writer is the one under pressure, and is told so; the threat
    is still taken seriously (115 if that person is in danger now), but it is no crisis of the
    writer's own, nor a worry to soothe as if that person only wished to die."""
    return any(LEVERAGE.search(t) for t in _forms(text))


# The writer named as a target beside that person's wish to die ("he wants to kill himself and
# me", "ổng dọa chết cả nhà"): the classifier's hearing of a threat is then followed.
_WRITER_TOO = re.compile(r"\b(and|va|ca|voi) (me|us|toi|em|minh|tui|me con|ca nha|the kids|"
                         r"my (kids|children|son|daughter))\b|\bkill (me|us)\b|"
                         r"\bgiet (toi|em|minh|tui|me con|ca nha)\b")


def threatens_writer_too(text: str) -> bool:
    """The writer (or their children) named as a target too."""
    return any(_WRITER_TOO.search(t) for t in _forms(text))


_WRITER_FIRST = re.compile(r"^((va|ma|nen|gio|thi|con) )?(toi|em|e|minh|tui|tao|i|i'm|im)\b")


def about_someone_else(text: str) -> bool:
    """The wish to die is someone else's, told by the one who worries. Read clause by clause
    when the words of dying follow a comma: "…lấy hết con, em muốn chết" is the writer's own,
    though "con em muốn chết" (my child wants to die) is what is left once the comma is gone."""
    if not any(_SOMEONE_ELSE.search(t) for t in _forms(text)):
        return False
    clauses = [c for c in re.split(r"[,.;!?\n]+", text) if c.strip()]
    dying = [c for c in clauses if level(c)]
    if len(clauses) < 2 or not dying or any(_SOMEONE_ELSE.search(t) for t in _forms(dying[-1])):
        return True
    # the clause that speaks of dying begins with the writer ("em muốn chết"): the writer's own
    return not _WRITER_FIRST.match(fold(dying[-1]).strip())


def vented(text: str) -> bool:
    """Sad, and doing all right, only needing to say it (`_VENTED`), with no word of dying."""
    return any(_VENTED.search(t) for t in _forms(text)) and level(text) is None


def as_a_topic(text: str) -> bool:
    """Suicide named only as a topic: studied, campaigned against, explained to a child
    (`_AS_A_TOPIC`)."""
    return any(_AS_A_TOPIC.search(t) and not _SUICIDE_WORD.search(_AS_A_TOPIC.sub(" ", t))
               for t in _forms(text))


# Wanting to get away, tired ("muốn đi đâu đó thật xa", "i just want to run away"): no wish
# to die in the words; the classifier alone is not believed (distress, met as such).
_AWAY_WISH = re.compile(r"\b(muon|chi muon|ước|uoc) (di|bo di|tron|tron di|chay|bien di)( \w+){0,2} "
                        r"(that xa|xa|dau do|noi khac|khoi day|khoi nha)\b|"
                        r"\b(want|wanna|need) to (run away|get away|go far away|escape)\b")
# Leaving him, said as the better way ("it's better if i just leave him", "i'd be better off
# without him", "tốt hơn là bỏ ổng"): a way out of him, never of life
_LEAVING_HIM = re.compile(
    r"\bbetter (off )?(if i (just |finally )?(leave|left|divorce|move out)( him| her| them)?|"
    r"without (him|her|them))\b|\btot hon (la |neu )?(bo|roi|ly hon|ly di) (ong|anh ta|han|chong|ck)\b|"
    # (2026-12-08) the child better off without its father ("con sẽ tốt hơn nếu không có ba nó")
    r"\b(tot hon|hanh phuc hon|suong hon|on hon)( \w+){0,2} (neu|khi) (khong|ko|k|thieu|vang) (co )?(ba|bo|cha|"
    r"ong|chong|ck|anh ta|han)( no| cua no| chau| tui nho| be)?\b(?! (nhu|va) (e|em|toi|tui|minh)\b)")


# Told, and not believed ("ông làm bên phường nên tui báo đâu cũng không ai tin", "i reported
# him but nobody believes me"): the way to help is blocked, which the classifier hears as despair;
# only words of dying make it one (`_words_level` still reads them)
_NOT_BELIEVED = re.compile(
    r"\b(bao|to cao|trinh bao|ke|noi|thua|report\w*|told|tell)\b.*\b(khong|ko|k|chang|cung khong|"
    r"cung chang) (ai|co ai) (tin|nghe|giup|quan tam|lam gi)\b|"
    r"\b(nobody|no one|noone) (believes|believed|listens|listened|helps|helped|cares|did anything)\b")


# (2026-12-07, the eighth reading) Sad, and doing all right, only needing to get it out ("buồn
# vì chia tay nhưng em ổn, chỉ muốn xả chút thôi", "got sad but i'm doing ok, just needed to
# vent"): no wish heard by the classifier alone (the words, `level`, are still read)
_VENTED = re.compile(
    r"\b(but|though|tho|nhung|ma|van)( (i'?m|im|i am|em|e|toi|tui|minh|t))? (doing |feeling |van |cung )?"
    r"(ok|okay|fine|alright|all right|better|on|on roi|on hon|khong sao|ko sao)\b.*\b(just|only|chi)( \w+)? "
    r"(needed|wanted|want|need|muon|can)( to)? (vent|rant|talk|get it out|let it out|say it|say this|tell "
    r"someone|get it off my chest|xa|tam su|ke|noi ra|trut)\b|"
    # sad, and it will pass ("vẫn buồn, nhưng chắc từ từ cũng qua thôi", "but i'm getting better")
    r"\b(nhung|ma|but|though)( \w+){0,2} (tu tu|roi|chac|se|dan)( \w+){0,2} (cung )?(qua|on|nguoi|het buon|"
    r"quen)( thoi| duoc| het| di)*$|"
    r"\b(but|though|tho) (i'?m|im|i am|it'?s|its) (getting|doing|feeling) (better|ok|okay|fine)\b|"
    r"\b(it|this)('ll| will) pass\b|"
    # (2026-12-07, the ninth reading) back to work tomorrow as usual, only someone to listen
    # wanted ("mà thôi, mai đi làm lại bình thường, chỉ muốn có ai nghe tâm sự xíu")
    r"\b(mai|ngay mai|tuan sau)( \w+)? (di lam|di hoc|lam viec)( lai)? binh thuong\b.*\bchi (muon|can) (co )?"
    r"(ai|nguoi) (nghe|lang nghe|noi chuyen)\b|"
    r"\b(just|only|chi)( \w+)? (needed|wanted|want|need|muon|can)( to)? (vent|rant|xa|trut)\b.*\b(i'?m|im|i am|"
    r"em|e|toi|tui|minh) (doing |feeling |van )?(ok|okay|fine|alright|on|khong sao|ko sao)\b")


# Laughter typed ("kaka", "haha", "lol") with no word of death or despair ("chồng ngáy
# quá, muốn lấy gối bịt mặt ổng cho im kaka"): a joke, never a wish heard by the classifier alone
_LAUGHED = re.compile(r"\b(kaka+|kk+|haha\w*|hihi\w*|hehe\w*|lol|lmao|jk|just kidding|gion thoi|dua thoi)\b")
# (only of someone else: "lol imagine if i just didn't exist tomorrow" is no joke to answer)
_ANOTHER_NAMED = re.compile(r"\b(ong|ong ay|ong ta|ba ay|chong|ck|vo|vk|him|her|he|she|no|thang|con do|"
                            r"sep|boss|husband|wife|brother|sister|anh ay|chi ay|em ay)\b")
_DARK_FOR_JOKES = re.compile(r"\b(exist\w*|plan|tomorrow|permanent\w*|forever|mai mai|vinh vien)\b")


# A pet's hurt asked of a vet ("small cut on his ear, vet or not?"): "cut" is no wish of the
# writer's ("vết", a mark, folds to "vet": only the English vet's own phrases)
_FOR_THE_VET = re.compile(r"\b(thu y|(the|a|to the|my|our|see a|see the) vets?|vet (or not|visit|clinic|"
                          r"bill|said|says)|veterinar\w*)\b")


def _laughed_at_another(form: str) -> bool:
    """Laughter typed of someone else, with no word of death or despair ("chồng ngáy quá, muốn
    lấy gối bịt mặt ổng cho im kaka"): a joke about him, no wish of the writer's own."""
    return bool(_LAUGHED.search(form) and _ANOTHER_NAMED.search(form) and not _DARK.search(form) and
                not _DARK_FOR_JOKES.search(form))


# A test message ("hello, is anyone there? just testing", "test thử thôi"): no wish heard
_TESTING = re.compile(r"\b(just testing|only testing|testing( testing)?|test thu|thu thoi|this is a test|"
                      r"test (bot|xem|thu)|dang test)\b")


# A practical question of cost, insurance or papers, with no word of death or despair ("bảo
# hiểm y tế có chi trả khám sau bị thương không", "does insurance cover the doctor"): asked,
# never a wish heard by the classifier alone
_PRACTICAL = re.compile(
    r"\b(bao hiem|bhyt|bhxh|chi tra|chi phi|bao nhieu tien|het bao nhieu|mat phi|ton phi|le phi|vien phi|"
    r"mien phi|thu tuc|giay to|ho so|insurance|insured|covered|reimburs\w*|cost|costs|fees?|price|"
    r"how much (is|does|do|will|would)|"
    # (2026-12-07, the fourteenth reading) a call asked for, a how-to of the phone, whether a
    # person types here, a martial-arts lesson ("ai đó gọi cho tui đi", "chỉ bà cách gọi video",
    # "bên kia có ai ngồi gõ thật không", "thầy dạy võ bảo e đấm mạnh hơn")
    r"^(?!.*\b(khong|ko|k|dung|chang|hong|no one|nobody|day|dậy|wake|up)\b).*\b(ai do|co ai|someone|somebody|anyone|"
    r"ai) (goi|call) (lai )?(cho )?(tui|toi|em|minh|e|me)( (lai|di|voi|gium|giup|dum|nha|please|pls|back|"
    r"duoc khong|dc khong|dc ko|duoc ko))*$|"
    r"call me back|(chi|day|huong dan|show|teach) (\w+ ){0,2}(cach|how to) (goi|nhan|gui|call|video|dung|use|cai)|"
    r"(co )?(ai|nguoi) (ngoi )?(go|tra loi|nhan) (that|thiet)|phan mem|real person|a bot|(la|is it) (bot|may|nguoi)|"
    r"(day|hoc|tap|lop|thay|hlv|coach) (vo|vo thuat|vovinam|karate|taekwondo|boxing|judo|muay))\b")


# Contact with him cut ("lần cuối em nhắn cho ổng, em chặn ổng luôn", "blocked him
# everywhere", "đổi số để nó khỏi tìm"): a last message to him is leaving him, no farewell to life
_CUTTING_HIM_OFF = re.compile(
    r"\b(chan|block|blocked|blocking|unfriend\w*|huy ket ban|xoa so|xoa (zalo|facebook|fb) cua|"
    r"cat (het )?lien lac (voi)?|khong (lien lac|nhan tin|noi chuyen) (voi|cho) )( \w+){0,2} "
    r"(ong|ong ay|ong ta|anh|anh ta|anh ay|han|no|chong|ck|ny|nguoi yeu|ban trai|ex|thang do|"
    r"him|her|them|his (number|account))\b|"
    r"\b(doi so|change (my )?number|new number|new sim)\b( \w+){0,5} (khoi|khong cho|so|de|so that|"
    r"so he|so she|so they)\b|"
    # the last message to him, then blocked ("lần cuối em nhắn cho anh ta, em chặn luôn rồi")
    r"\b(nhan|noi|gui|text\w*|messag\w*|talk\w*)( \w+)? (cho |voi |to )?(ong|ong ay|ong ta|anh ta|anh ay|han|"
    r"chong|ck|ny|nyc|nguoi yeu|ban trai|ex|thang do|him|my ex)\b.*\b(chan|block\w*|xoa so|doi so|"
    r"unfriend\w*|huy ket ban)\b")


# Not wanting to talk any more, a pause, a change of mind, "me too" ("thôi em ko muốn nói nữa",
# "khoan đã, để em nghĩ", "em đổi ý rồi", "em cũng bị", "i don't want to talk anymore"): the
# classifier hears a wish to die in the short negative words, but none is said; the words of
# one (the lists above) are still read.
# A computer's process killed ("how do you kill a process in linux"); the violence lexicon reads
# it as a thing done too (bot/core/safety.py)
KILL_A_PROCESS = (r"(kill (a|the|this|that|my) (\w+ )?(process|task|app|program|tab|session|server|job|thread|"
                  r"container)|kill -9)")
_NOT_A_WISH = AnyOf(
    # medicine for an illness, sleeping pills as a habit or prescribed, a kitchen cut ("em bị cảm,
    # uống thuốc tây rồi", "tối nào em cũng uống thuốc ngủ", "cầm dao thái thịt lỡ cắt tay")
    # ("ho", a cough, only as one: it folds like "họ", they, and "hộ", for someone)
    # (2026-12-07, the eleventh reading) each word only in the sense it is here for: "đêm nào"
    # only with medicine taken as a habit ("đêm nào em cũng rạch đùi" is harm, every night), a
    # doctor only prescribing ("bác sĩ nói em bị trầm cảm" is a wish's context), an illness only
    # by its name; never a pet named (a pet handed on is a warning sign: bot/core/safety.py reads
    # a pet's hurt for the vet), nor a headache or a stomach ache (a sign after pills)
    r"\b(bi cam|cam cum|bi sot|sot|bi ho|ho (khan|nhieu|dai|suot|hoai|co dom|ra mau|lien tuc|ca dem)|"
    r"thuoc ho|sot ho|ho sot|cam ho|bi om|(bi|mac|dang) benh (cam|sot|ho|da day|tim|tieu duong|huyet ap|gut|"
    r"xuong khop|ngoai da|viem \w+)|bac si (ke|cho|dan|bao uong)|ke don|theo don|"
    r"(dem nao|toi nao|hang dem|moi dem|moi toi)( \w+){0,4} (uong|dung|xai|can) (\w+ )?thuoc|"
    # a donation ("muốn ủng hộ tổ chức thì chuyển khoản vào đâu"): money given, not things left
    r"ung ho|quyen gop|dong gop|tu thien|donat\w*|"
    r"thai thit|thai rau|got trai cay|got tao|nau an|lo tay|lo cat|bi dut|"
    r"tieu chay|dau rang|mat ngu|mai day som|de ngu|"
    # period pain and its painkillers ("đau bụng kinh uống mấy viên một lần")
    r"dau bung kinh|dau bung (khi |luc )?(co kinh|den thang|hanh kinh)|hanh kinh|kinh nguyet|dau ky kinh|"
    r"period (pain|cramps)|menstrual( \w+)?)\b|"
    # (2026-12-07, the twelfth reading) an illness treated and stable, a medicine's effect asked
    # ("bị trầm cảm đã điều trị ổn định, thuốc có ảnh hưởng khi mang thai không", "my depression is
    # well managed, is sertraline safe while breastfeeding")
    r"\b(da|dang) (dieu tri|chua|dung thuoc|uong thuoc)( \w+){0,3} (on dinh|khoi|tot|deu|duoc \w+ (nam|thang))\b"
    r".*\bthuoc\b( \w+){0,6} (anh huong|co sao|co hai|co doc|an toan|duoc khong|dung duoc|uong duoc)\b|"
    r"\b(is|are|has been|been) (well )?(managed|controlled|under control|stable|in remission)\b.*\b(is|are|can i|"
    r"should i)( \w+){0,4} (safe|ok|okay|affect|harm)\b|"
    # (2026-12-07) old things given away with nothing else said ("em cho hết đồ cũ cho hàng xóm
    # rồi", "gave my old clothes to charity"); a call refused ("i won't call", "em không gọi đâu")
    r"\b(do cu|quan ao cu|do khong dung|do khong xai|old (stuff|clothes|things|toys|books)|clothes i "
    r"(don'?t|no longer) (wear|need))\b|"
    r"^((i|toi|em|minh|tui|e) )?(won'?t|will not|wont|don'?t want to|do not want to|not going to|khong|ko|k|"
    r"chang) (muon |dam )?(call|phone|goi)( (anyone|them|it|111|115|113|dau|ai|het|nua|ma))*$|"
    # (2026-12-07) a computer's process killed ("how do you kill a process in linux")
    r"\b" + KILL_A_PROCESS + r"\b|"
    # (2026-12-07) a night out singing or cheering ("tối nay đi karaoke gào thét hết mình", "screamed
    # my lungs out at the concert")
    r"\b(karaoke|di hat|hat ho|concert|live show|di bao|co vu|gig|festival)\b|"
    # facts asked for a study or a report ("do you have statistics on femicide for my thesis",
    # "xin số liệu về bạo lực gia đình cho bài luận"): a topic, no wish
    r"\b(statistics|stats|data|figures|numbers|research|studies|so lieu|thong ke|nghien cuu|tai lieu) "
    r"(on|about|of|for|ve|cua)\b.*\b(thesis|dissertation|essay|report|paper|assignment|project|class|"
    r"research|luan van|luan an|bai luan|tieu luan|bao cao|de tai|bai tap|du an)\b|"
    # cutting something ("i'm cutting vegetables", "cutting my hair"): the kitchen, a haircut
    r"\bcut(ting)? (the |some |my |his |her )?(vegetables|veggies|onions?|meat|fish|fruit|hair|paper|"
    r"wood|grass|cake|bread|nails|coupons|costs|class|school)\b|"
    # the chat stopped, or fine said alone ("e muốn dừng lại", "thôi e ổn rồi"): no wish
    r"^((toi|em|minh|tui|e) )?(muon |xin )?(dung lai|ngung lai|ngung|dung chat|thoat ra|thoat)"
    r"( (nha|a|nhe|o day|tai day|chat|nhan tin|cuoc tro chuyen))*$|"
    r"^(thoi |gio |bay gio |da )?((toi|em|minh|tui|e) )?(on|on roi|khong sao|da on|on hon|do hon)"
    r"( (roi|a|nha|nhe|ma|that|lam|hon|thiet))*$|"
    # reading asked for ("i want to read about online abuse", "em muốn tìm hiểu về…")
    r"^(?!.*\b(thuoc|chet|tu tu|tu sat|pills?|overdose|suicide|die|dying|poison)\b).*\b(muon (doc|tim hieu|"
    r"biet them|hieu them) ve|(doc|tim hieu) ve|(want|like) to (read|learn|know more) about|"
    r"tell me about|info(rmation)? about)( \w+){0,3} (bao luc|xam hai|quay roi|violence|abuse|"
    r"harassment|online abuse)\b|"
    # traces on the phone ("có cách nào không để lại dấu vết", "leave no trace"): privacy, not death
    r"\b(dau vet|lich su|an app|giau app|no trace|no traces)\b|"
    # nowhere to sleep, a place to stay asked for ("tối nay ko có chỗ ngủ", "i want info about
    # shelters"): a need for shelter, not a wish to die
    r"\b(khong|ko|chua) co (cho|noi) (ngu|o|tru|nuong than|di)\b|\bnowhere to (sleep|stay|go)\b|"
    r"\b(nha tam lanh|tam lanh|nha binh yen|cho tru|shelters?|safe house|place to stay)\b|"
    r"\b(khong|chang|het) (muon|thich|can) (noi|ke|tra loi|chia se|nhan tin|nhan|chat|hoi)\b|"
    r"\b(doi y|de (em|toi|minh|tui|con) (nghi|suy nghi|xem)|khoan da)\b|"
    # "thiệt ra là em á", "thực ra là e đó" (it was me): who, not a wish
    r"^(that|thiet|thuc) ra (la |chinh )?(toi|em|minh|tui)( (do|day|ne|a))*$|"
    r"^(thoi |nhung |ma |that ra |hinh nhu )?((toi|em|minh|tui|con) )?cung (bi|vay|the|giong vay|"
    r"y vay|y chang|nhu vay|bi vay|bi y vay|bi nhu vay|bi giong vay)( \w+){0,2}$|"
    r"\b(do not|dont|don't|no longer) want to (talk|say|answer|chat|tell)\b|"
    r"^(me too|same here|same|me as well)$|"
    # "còn nữa ko", "còn gì nữa không" (is there more?), "trạm xá" (a health post), "nhiều thứ lắm"
    # (lots of things): reading on, a place, a kind of harm, never a wish
    # prison or being taken somewhere ("ko muốn con tôi bị đi tù", "mai họ đưa em đi rồi"): "đi"
    # is no dying there
    r"\b(di tu|vao tu|ngoi tu|bi bat|bi tu)\b|"
    r"\b(ho|bo me|ba me|gia dinh|nha chong|no|ong ay|ba ay|chung no|bon ho|nguoi ta)( se| sap| dinh| mai)? "
    r"(dua|dan|bat|keo|cho) (toi|em|minh|tui|con|chau) di\b(?! (theo|khoi (cuoc doi|the gian|day|"
    r"the gioi)|luon)\b)|"
    r"^(con|con gi|con cho nao|con noi nao|con nua|nua|them|con them)( \w+){0,2}( (nua|khong|ko|k|"
    r"hong|qmark|a|ha))+$|\b(tram xa|tram y te|phong kham)\b|^(nhieu|nhieu thu|nhieu chuyen|"
    r"du thu|tum lum|lung tung)( lam| qua| lam luon)?$|"
    # an ordinary outing or a journey, where the classifier heard a river or a wait ("em ngồi bên
    # sông câu cá", "em đứng ở bến xe rồi", "i am ready to start"), with no word of dying
    r"^(?!.*\b(chet|tu tu|tu sat|khong muon (song|ve)|ket thuc|die|dying|end it|kill)\b).*"
    r"\b(cau ca|uong (ca phe|cafe|tra|nuoc mia|bia)|an (kem|che|banh|sang|trua|toi|vat)|di dao|"
    r"ngam (canh|hoang hon|song)|chup (anh|hinh)|di tiec|di choi|di an|ben xe|san bay|nha ga|"
    r"ready to (start|begin|order|learn|read|listen|talk|chat|ask))\b|"
    # dying in a game ("game này khó quá, e chết hoài")
    r"^(?!.*\b(tu tu|tu sat|muon chet|khong muon song|suicide|kill myself)\b).*\b(game|choi game|"
    r"man choi|level|boss|nhan vat)\b|"
    # a pet to be taken in for a reason told ("ai nhận nuôi giùm bé mèo, em chuyển nhà rồi", "need
    # someone to adopt my dog, my landlord said no pets")
    r"^(?!.*\b(chet|tu tu|tu sat|die|dying|kill|suicide|won'?t be (here|around)|ko con o day|khong con o "
    r"day|di xa mai)\b)(?=.*\b(nhan nuoi|nuoi giup|nuoi dum|nuoi gium|giu giup|cham giup|adopt\w*|rehome\w*|"
    r"take (in )?my)\b).*\b(chuyen nha|don nha|di hoc|du hoc|di lam xa|xuat khau|chu nha|chu tro|di ung|"
    r"bau|sinh em be|cam nuoi|khong cho nuoi|ko cho nuoi|moving|landlord|allerg\w*|pregnan\w*|new baby|"
    r"deploy\w*)\b|"
    # a test typed ("just testing", "test thử thôi")
    r"^(just |only |chi |dang )?(testing|test|test thu|thu thoi|testing testing)( (thoi|nha|bot|123|1 2 3|"
    r"testing|a|nhe))*$|"
    # a party, a gift or a surprise being readied ("waiting till everyone leaves to set up the
    # surprise"), with no word of dying or of not being here
    r"^(?!.*\b(chet|tu tu|tu sat|die|dying|end it|kill|suicide|gone|goodbye|last|won'?t (make it|be here|be "
    r"around)|khong con|ko con|lan cuoi|cuoi cung|chon (xong )?ngay|(picked|chosen|chose|set) (a |the |my )?"
    r"(day|date))\b).*\b(surprise|party|birthday|gift|present|anniversary|"
    r"sinh nhat|tiec|bat ngo|qua tang|ky niem)\b|"
    # a haircut, a lost match, a sad film cried over ("cắt tóc hỏng muốn khóc", "my team lost, i
    # want to cry")
    r"^(?!.*\b(chet|tu tu|tu sat|die|dying|kill|end it|suicide)\b).*\b(cat toc|toc (ngan|hu|hong)|hair ?cut|"
    r"my hair|bangs|fringe|phim|movie|film|tap cuoi|episode|finale|thua|lost (the|our|my)|team)\b.*\b(muon "
    r"khoc|want to cry|wanna cry|gonna cry|could cry|khoc)\b")


_ME_TOO = re.compile(
    r"^(that ra |va |con |ma )?((toi|em|minh|tui) )?(cung|cung dang|cung tung|cung hay) (vay|the|muon chet|"
    r"muon tu tu|(tung )?nghi (vay|the|nhu vay|toi chuyen do|den chuyen do)|giong vay|y vay|nhu vay|"
    r"khong muon song|muon bien mat)( (a|nua|luon|lam|qua|do|day))*$|"
    r"^(me too|same here|me as well|i do too|so do i|i feel the same|same)$")


def says_me_too(text: str) -> bool:
    """"em cũng vậy", "me too": said after someone else's wish to die, the writer's own."""
    return any(_ME_TOO.match(t) for t in _forms(text))


# A lethal dose asked ("uống bao nhiêu viên paracetamol thì ko tỉnh lại", "how many would it take
# to not wake up"): its "not waking" is the wish, not someone lying unconscious now
_DOSE_ASKED = screened(
    r"\b(bao nhieu|may vien|may lieu|lieu nao|how many|how much|what dose)\b.*\b(chet|tu vong|qua lieu|"
    r"(khong|ko|k) (tinh|day)( lai| nua)?|ngu luon|die|dies|dead|overdose|od|(not|never|dont|don't|won'?t) "
    r"(wake|come back))\b")


def asks_a_lethal_dose(text: str) -> bool:
    """How much of a medicine kills, or keeps one from waking, asked (`_DOSE_ASKED`)."""
    return any(_DOSE_ASKED.search(t) for t in _forms(text))


# Thanks for help given before, and better now ("thanks for yesterday, i'm doing fine now", "cảm
# ơn các chị hôm trước đã nghe em nói, giờ em ổn rồi"): the classifier hears a farewell in a
# thank-you; with no word of dying or despair it is a thank-you
_THANKED_AND_BETTER = screened(
    r"^(?!.*\b(tam biet|vinh biet|goodbye|farewell|bye forever|lan cuoi|last time|ra di|di xa|"
    r"for everything|vi tat ca|het roi|too late|qua muon)\b)"
    r"(?=.*\b(cam on|thanks|thank you|thx|ty|tks)\b)"
    r"(?=.*\b(hom truoc|hom qua|tuan truoc|lan truoc|thang truoc|hom bua|bua truoc|dao truoc|yesterday|"
    r"last (week|time|night|month)|the other day|before|years ago|(mot|hai|ba|may|nhieu|vai) nam truoc|"
    r"nam (19|20)\d\d|in (19|20)\d\d|used to)\b)"
    r".*\b((gio|bay gio|nay|hien tai)( \w+){0,2} (on|on roi|da on|khoe|vui|tot|tot hon|do hon|binh thuong)|"
    r"(da|dam|duoc) (noi chuyen|chuyen nha|co viec|di lam|ve nha (ngoai|me))|chuyen nha|viec moi|"
    r"an toan (roi|lam roi|that roi)|(ve|o) (nha|voi) (me|ngoai|me ruot|bo me|ba me|ong ba)( \w+){0,3} roi|"
    r"(i'?m|im|i am|we'?re|we are) (completely |totally |perfectly |finally |now )?safe( now)?|"
    r"safe (at|with) my (mom|mother|parents|family)|"
    r"(i'?m|im|i am|i feel|feeling|doing) (ok|okay|fine|better|good|great|much better|well)( now)?|"
    r"(moved|found a (new )?job|new job|talked to my (family|mom|parents)))\b|"
    # (2026-12-07) thanks for help that worked, all settled now, no time said ("thanks, the lawyer
    # you referred me to was helpful, everything is sorted now", "cảm ơn, mọi chuyện đã giải quyết
    # xong xuôi"): never a farewell's "thank you for everything"
    r"^(?!.*\b(tam biet|vinh biet|goodbye|farewell|bye forever|lan cuoi|last time|ra di|di xa|"
    r"for everything|vi tat ca|too late|qua muon|last (thing|message))\b)"
    r"(?=.*\b(cam on|thanks|thank you|thx|ty|tks)\b)"
    r".*\b((everything|all|things|it)( is|'s| are| was| got)? (all )?(sorted|resolved|settled|fixed|"
    r"sorted out|worked out)( now| out)?|(da|duoc|deu) (giai quyet|xong xuoi|on thoa)( \w+){0,2} (roi|het)|"
    r"xong xuoi (het |ca )?roi)\b")


def thanked_and_better(text: str) -> bool:
    """Thanks for help given before, and better now, with no farewell (`_THANKED_AND_BETTER`)."""
    return any(_THANKED_AND_BETTER.search(t) for t in _forms(text))


def not_a_wish(text: str) -> bool:
    """Not wanting to talk, a pause, "me too", a wish to go away from him ("it's better if i
    just leave him"), contact with him cut ("em chặn ổng luôn"): the classifier's `self_harm` alone is not believed (the lexicon is,
    `level`)."""
    return any(_NOT_A_WISH.search(t) or _LEAVING_HIM.search(t) or _CUTTING_HIM_OFF.search(t) or
               _NOT_BELIEVED.search(t) or _THANKED_AND_BETTER.search(t) or _VENTED.search(t) or
               ((_PRACTICAL.search(t) or _TESTING.search(t)) and not _DARK.search(t)) or
               _laughed_at_another(t) or _SAYS_WELL.search(t) or
               (_OVER_NOW.search(t) and not _NOW_ANY.any(t))   # long over, told
               for t in _forms(text)) or as_a_topic(text)


def ends_something_else(text: str) -> str | None:
    """"marriage", "relationship" or "work" when the message wants to end one of them
    and names no life or death; None otherwise. The classifier's self-harm reading of such a
    message ("tôi muốn kết thúc cuộc hôn nhân này") is then not followed."""
    texts = _forms(text)
    found = next((m for t in texts if (m := _ENDS_SOMETHING.search(t))), None)
    if found is None or any(_LIFE_OR_DEATH.search(_ENDS_SOMETHING.sub(" ", t)) for t in texts):
        return None   # (its own "kết thúc" is no death word: only what else is said)
    thing = found.group(3) or "hon nhan"    # "ly dị", "divorce": the marriage
    if thing in ("hon nhan", "marriage"):
        return "marriage"
    return "work" if thing in ("hop dong", "cong viec", "viec lam", "contract", "job") else \
        "relationship"
