"""The curated danger lexicon: the high-recall first layer of emergency detection.

It runs before anything else on every text, in every state, so that "cuu toi voi, ck dang danh
toi" gets 113, 115 and 111 first whatever the conversation was doing. Patterns are matched on the
folded text (no diacritics, lower case, repeated letters squashed) after chat abbreviations are
expanded (bot/nlu/normalize.py), in both the Vietnamese and the English reading of the
abbreviations, so "ck đg đánh e", "chong dang danh em" and "chồng đang đánh em" are the same
sentence here.

Recall matters more than precision: a false alarm costs one extra message with emergency numbers;
a missed emergency can cost a life. Questions *about* violence ("bạo lực thể chất là gì") contain
no sign of danger happening now and do not match; a few words that are also the names of things
people ask about ("số cấp cứu", "túi đồ khẩn cấp", "emergency numbers") count only when the text
is not such a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core import answers, self_harm
from bot.core.content_words import has_content
from bot.core.situations import IMAGES_THREAT, LOCKED_FROM_OUTSIDE
from bot.nlu.entities import HIEP_AS_RAPE
from bot.nlu.lexicon import AnyOf, Lexicon, as_screened
from bot.nlu.normalize import normalize
from bot.nlu.prefilter import screened

if TYPE_CHECKING:
    from bot.nlu.understanding import Understanding

_PERSON = r"(toi|em|minh|con|chau|me|chung toi|tui|ho|nguoi|chi|anh|ban|be|vo|ba|bo)"
# "con" before an animal's name is the animal ("con mèo", "con chó"), no person
_NOT_AN_ANIMAL = r"(?! (meo|cho|ga|heo|lon|vit|chuot|ran|muoi|ruoi|gian|trau|bo|ca|nhen|cun)\b)"
# ("khuyết tật", a disability, folds to "khuyet tat": no slap)
_HARM = (r"(danh|dam|chem|dap|bop co|siet co|dot|(?<!khuyet )tat|xo|hanh hung|cuong hiep|hiep dam|xam hai|"
         r"danh dap|bat coc|nhot|khoa)")

# Killing an animal (or time) is no threat: "mai giết con gà", "sẽ giết heo ăn Tết".
# ("cá", "bò", "dê", "chó" fold like "cả", "bỏ", "để", "cho": only with "con" before them.)
_NOT_ANIMAL = (r"(?! ((con )?(ga|heo|lon|vit|ngan|chuot|trau|meo|ran|muoi|gian|thoi gian)|"
               r"con (ca|bo|de|cho))\b)")

# What is done to a thing, not a person: "vừa đốt nhang", "đang đốt rác", "tát nước", "đập
# muỗi". Only objects whose folded letters are no other word: "rơi" is "rồi" ("nó đánh rồi"),
# "máy" is "mày", "đá" is a kick, "xe" may be his smashing her motorbike: those stay danger.
# ("đánh máy", "chém gió", "đập đá banh", "đánh đàn", "đánh trứng", "đốt rơm", "khoá xe", "nhốt con
# chó": each object folds to no person's word; "máy" only with what is typed after it)
# (never a word that folds like one of violence: "cổ" the throat is "cỏ", "trúng" a hit is
# "trứng", "giờ" now is "gió", "ra máu" is "rạ", "con cho tới chết" is "con chó", "cô" a person)
_THINGS = (r"(nhang|huong(?<=dot huong)|rac|lua(?<=dot lua)|vang ma|nuoc|muoi|ruoi|gian|cau long|son|"
           r"phan|giay|"
           r"co vua|co tuong|may (tinh|chu|bai|bao cao|van ban|luan van|tai lieu|hop dong|"
           r"giay to|don)|da (banh|bong|cau|ga)|bong (da|ban|chuyen|ro)|banh (mi|keo|ngot)|"
           r"dan (guitar|ghi ta|piano|organ|bau|tranh)|trung (ga|vit|lam banh)|"
           r"ca (ngoai|o|tren|duoi) (song|bien|ho|ao|dam|ruong|kenh)|rom|co kho|"
           r"la (kho|cay|ngoai|sau|o|trong|rung)|chuoi|cui|xe(?<=khoa xe)|hop|thung|"
           r"gio(?<=chem gio)(?! (nay|day|roi|em|toi|minh|tui|con|chi|me|thi|no))|"
           r"con (ga|heo|lon|vit|ngan|chuot|trau|meo|ran)|con cho (vao|trong) (chuong|long|cui))")
_NOT_A_PERSON = rf"(?! {_THINGS}\b)"
# What the classifier may still call an emergency though a thing is all that is struck ("em
# đang đánh máy báo cáo", "đánh răng", "đánh giày", "đi đánh lẻ", "chặt củi"): the verb and its
# thing are taken out before asking whether any word of violence is left.
# Poultry or a pig killed for the pot ("cắt cổ gà xong nhúng nước sôi", "cắt tiết vịt"): no one hurt
# (also read so by the injury reader, bot/core/medical.py)
POULTRY_KILLED = r"(cat|cua|chat) (co|tiet) (con )?(ga|vit|ngan|ngong|heo|lon|de|bo|ca)"
_THING_DONE = screened(
    r"\b(danh may (tinh|chu|bai|bao cao|van ban|luan van|tai lieu|hop dong|giay to|don)|chai rang|"
    r"lau giay|trang diem|danh phan|danh le|danh bai|danh (cau long|bong ban|tennis|golf|co vua|"
    r"co tuong)|danh dan (guitar|ghi ta|piano|organ)|danh trung (ga|vit|lam banh)|dot (rom|rac|"
    r"nhang|vang ma|la kho|co kho)|chat cui|chem gio|chem chuoi|dap da (banh|bong)|khoa xe|"
    r"dap (muoi|ruoi|gian)|"
    # (2026-12-07, the eighteenth reading) a knife shopped for the kitchen, a scream of "bloody
    # murder" over sweets ("where can i buy a good sharp knife for sushi", "mua dao thái thịt ở đâu")
    r"(buy|buying|bought|purchase|order|ordering|find|get|recommend|sharpen|mua|dat|tim|mai)( \w+){0,3} "
    r"(knife|knives|cleaver|dao|bo dao)( \w+){0,3} (for|to|de|lam|thai|gọt|got|cat) (sushi|sashimi|cooking|"
    r"the kitchen|kitchen|fish|meat|vegetables|veggies|bread|steak|fruit|chef|ca|thit|rau|trai cay|banh mi|bep)|"
    r"(scream\w*|yell\w*|shriek\w*|cry|cried|crying|holler\w*) bloody murder|"
    # (2026-12-07, the seventeenth reading) a finger cut at the chopping board ("i cut my finger
    # slicing onions, it stopped bleeding", "tự cắt vào tay lúc thái hành")
    r"(cut|nicked|sliced|caught) my (own )?(finger|fingers|thumb|hand|fingertip)( \w+){0,2} (while |when |by )?"
    r"(slicing|chopping|cutting|peeling|dicing|cooking|opening|grating|making)|"
    r"(tu |lo )?(cat|cua|dut) (vao |trung )?(tay|ngon tay)( \w+){0,2} (luc|khi|trong luc) (thai|cat|got|bam|"
    r"nau|lam bep|rua)|"
    # (2026-12-07, the sixteenth reading) food "murdered" by the hungry ("i'm going to murder this
    # pizza, i'm starving", "gonna destroy that buffet")
    r"(murder|murdering|kill|killing|destroy|destroying|demolish|demolishing|annihilate|crush|crushing|"
    r"devour|devouring|smash|smashing) (this|that|a|the|my|these|those|an entire|a whole|the whole) (\w+ )?"
    r"(pizza|burger|food|meal|plate|buffet|cake|sandwich|steak|pho|bowl|noodles|fries|ramen|dessert|snacks?|"
    r"tacos?|sushi|wings|ice cream|hotpot|hot pot|banh mi|bbq|barbecue|breakfast|lunch|dinner|feast)|"
    # (2026-12-07, the thirteenth reading) poultry killed for the pot ("cắt cổ gà xong nhúng nước
    # sôi"), a process killed on a computer ("how do you kill a process in linux")
    + POULTRY_KILLED + "|" + self_harm.KILL_A_PROCESS + "|" +
    # (2026-12-07, the twelfth reading) a wall or a floor knocked down in building work ("thợ nói
    # phải đập bỏ bức tường cũ", "đập tường làm lại nhà tắm")
    r"(dap|pha|duc) (bo|do|thong) (buc |mang |mot |cai )?(tuong|vach|nha cu|nha bep|nha tam)( cu)?|"
    r"(dap|pha|duc) (bo |do |thong )?(nen nha|nen gach|gach men|san gach|be tong|vach ngan|tran nha)|"
    r"(dap|duc) (buc )?tuong (cu )?(de )?(lam lai|xay|sua|mo rong|lam cua|thong phong|lat gach)|"
    # a sandbag in training ("đấm bao cát", "hit the punching bag")
    r"(dam|da|danh) (vao |vo )?(bao cat|bao dam|bia|dich)|(hit|hits|hitting|punch\w*|kick\w*) (the |a )?"
    r"(punching bag|heavy bag|sandbag|pads|mitts)|"
    # (2026-12-07) a ball in a game ("got hit by a dodgeball in PE", "bị bóng đập vào mặt lúc đá banh")
    r"(got |get |was |been )?(hit|hits|struck|smacked) (in the \w+ )?(by|with) (a |anh |the )?(dodgeball|ball|football|soccer ball|basketball|"
    r"volleyball|baseball|tennis ball|shuttlecock|puck|frisbee)|dodgeball|"
    # a massage ("mát xa bóp cổ vai gáy", "bóp vai cho mẹ")
    r"(mat xa|massage|xoa bop|bam huyet)( \w+){0,3}|bop (co )?vai( gay)?|bop co gay|bop chan|"
    # a kitchen cut ("đang học nấu ăn, cắt hành bằng dao bị đứt tay chút xíu")
    # (not "tỏi" = "tôi", "cá" = "cả": "cầm dao chặt tôi", "chặt cả tay em" are blows)
    r"(hoc )?nau (an|com|canh)|(cat|thai|bam|got|chat|lam) (hanh|rau|thit|ot|cu|trai cay|tao|"
    r"xoai|dua|ga|suon)( bang dao)?|(lo tay |bi |lo )?(dut|cat vao) tay( (chut xiu|chut|xiu|nhe|ti|"
    r"mot chut|chay mau chut xiu))?)\b(?! (toi|em|minh|tui|con|chi|me|vo|co|ba|bo|anh|nguoi|tay|chan|"
    r"dau|mat|ca)\b)")
# A knife (or a cleaver) on food, whoever holds it and whenever ("mẹ em đang cầm dao thái rau",
# "ck mài dao để làm thịt gà", "holding a knife to chop veggies", "he chopped a chicken with a
# knife"): taken out before the lexicon reads the message and before asking whether a word of
# violence is left, so what else is said ("…rồi dọa giết em") is still read.
# (only words that fold to no person's or body's word: not "tỏi" = "tôi", "bò" = "bố", "cua" =
# "cửa", "cá" = "cả")
_FOOD = (r"(thit|thit ga|thit heo|thit bo|rau|hanh|ot|trai cay|xoai|banh|banh mi|xuong|suon|gung|ga|vit|"
         r"heo|muc|tom|khoai|ca rot|ca chua|thom|mit|du du|dua hau|bi dao|cu hanh)"
         r"(?! (toi|em|minh|tui|con|chi|me|vo|co|ba|bo|anh|nguoi|tay|chan|dau|mat|cua)\b)")
_FOOD_EN = (r"(veggies|vegetables|onions?|garlic|meat|chicken|fish|pork|beef|bread|fruit|carrots?|potato(es)?|"
            r"tomato(es)?|apples?|mango(es)?|lemons?|herbs|cake|steak|ribs|bones?|salad|cabbage|pineapple|"
            r"melon|watermelon|papaya|cucumbers?|peppers?|chillies|chilis?|ginger|squid|shrimp|crab|duck)")
_FOOD_CUT = screened(
    rf"\b((cam|dung|lay|mai|cam cay) )?dao( \w+){{0,2}} ((de|roi|ma) )?(chat|thai|cat|bam|got|lang|xat|mo|loc|"
    rf"lam|pha|loc thit|lam thit) (\w+ )?{_FOOD}\b|"
    rf"\b(holding|holds|held|using|uses|used|grabbed|grabs|with|got|took) (a |anh |the |my |his |her |our )?(big |"
    rf"kitchen |bread |sharp |small |chef'?s? |paring )?(knife|cleaver)( \w+){{0,2}} to (chop|slice|cut|dice|"
    rf"peel|gut|fillet|carve|mince)( up)? (\w+ )?{_FOOD_EN}\b|"
    rf"\b(chopped|chopping|chops|chop|sliced|slicing|slices|slice|cutting|cuts|cut|diced|dicing|gutted|"
    rf"gutting|carved|carving|minced|mincing|peeling|peeled|debone|deboning|deboned|fillet|filleting)( up)? "
    rf"(a |an |anh |the |some |our |my )?(\w+ )?"
    rf"{_FOOD_EN}( (with|using|without) (a|anh|the|his|her|my|our) (\w+ )?(knife|cleaver))?\b")


def without_food_cut(form: str) -> str:
    """The form with a knife on food taken out, when that is how the message ends (at most three
    words after it, none of violence): "…rồi dọa giết em" or "then came at me" after it keep
    the knife in, for the lexicon and the classifier to read."""
    if not _FOOD_CUT.could_match(form):
        return form
    found = _FOOD_CUT.search(form)
    if found is None:
        return form
    after = form[found.end():]
    if len(after.split()) > 3 or _VIOLENCE_LEFT.search(after) or _TENSE.search(form):
        return form
    return form[:found.start()] + " " + after


# Drink, rage or shouting beside the knife ("ổng say rồi đang cầm dao chặt thịt"): not cooking only
_TENSE = re.compile(r"\b(say|say xin|xin|nhau|gian|tuc|dien|noi dien|chui|quat|ham ham|gay gat|"
                    r"drunk|angry|mad|furious|yell\w*|scream\w*|shout\w*|threat\w*|doa|glar\w*)\b")


_VIOLENCE_LEFT = re.compile(r"\b(danh|dap|chem|dam|giet|dot|tat|xo|bop|siet|hiep|cuu|khoa|nhot|"
                            r"do|so|chay mau|bi thuong|hit|beat|kill|stab|choke|rape|help|save|doa|"
                            r"de doa|chet|mau|cat|trung|dao|sung|keo|bua|nhap vien|thuong|cap cuu|"
                            r"nguy|xiu|ngat|gay|dau|khoc|la het|keu)\b")


def only_things_struck(text: str) -> bool:
    """Every word of violence in the text strikes a thing (a keyboard, teeth, shoes, firewood):
    the classifier's emergency alone is then not believed."""
    forms = expand(text)
    cut = [without_food_cut(f) for f in forms]
    return any(_THING_DONE.search(f) or c != f for f, c in zip(forms, cut, strict=True)) and \
        not any(_VIOLENCE_LEFT.search(_THING_DONE.sub(" ", c)) for c in cut)


# "nhốt con chó lại": "con" is an animal's word too.
_ANIMAL_AFTER_CON = r"(?! (ga|heo|lon|vit|ngan|chuot|trau|meo|ran|ca|bo|de|cho)\b)"

# Petrol or oil poured out, around or on something ("đổ xăng ra nền", "đổ dầu quanh nhà"): arson
# made ready. "đổ xăng" alone is filling a tank ("anh đi đổ xăng rồi ghé chợ"). Read by the danger
# lexicon here and by the fire reading (bot/core/medical.py).
PETROL_POURED = (r"\bdo (xang|dau hoa|dau)( \w+){0,2} (ra (nen|san|nha|cua|phong)|quanh|khap|len (nguoi|nha|"
                 r"cua|giuong|nen|san)|xung quanh|vao (nguoi|nha|phong|cua))\b")


_VI_PATTERNS = [
    rf"\bcuu {_PERSON}\b", r"\bcuu\b.*\bvoi\b", r"^cuu\b", r"(?<!cap )(?<!xe )(?<!cuu )\bcuu$", r"\bcuu mang\b",
    # a short cry for help, as "help me" is read ("giúp với!", "giúp em với", "cần giúp gấp")
    r"^((giup|giup do)( (toi|em|minh|tui|con|chau|tao|chi))?( (voi|vs|gap|nhanh|ngay|lien))+"
    r"( (a|nha|di|ad|ban|oi|di ma))* ?)+( (nhanh len|nhanh|lam on|please|di|gap))*$",
    r"^(can|em can|toi can) giup( do)? gap( (lam|qua|a))*$",
    r"\bai cuu\b", r"\bkeu cuu\b",
    # a cry for help heard ("nhà bên có tiếng đàn bà la cứu", "nghe con nít hét cứu")
    r"\b(tieng|nghe|co nguoi|co ai|dan ba|phu nu|con nit|tre con|be|chi ay|co ay|ba ay)( \w+){0,3} "
    r"(la|het|gao|ten|keu|la lang) (len )?cuu\b",
    # a blade or a hammer brought down on the writer or a body ("ổng cầm dao chặt tôi", "ck cam dao
    # chat ca tay em")
    r"\b(cam|lay|vung|rut|xach) (dao|dao phay|dao rua|dao chat|rua|kiem|ma tau|mac|bua|riu|kéo|keo)"
    r"( \w+){0,2} (chat|chem|dam|dap|cat|rach|xien|bo) (ca |vao |vo )?(toi|em|minh|tui|con|chi|me|vo|e|"
    r"tay|chan|dau|co (toi|em|minh|tui|e|chi|me|con|vo)|mat|nguoi|lung|bung)\b",
    # shots fired at the writer or her home ("ổng đang bắn súng vào nhà em", "he is shooting at us")
    r"\bban( sung)+ (vao|vo) (em|toi|minh|tui|nha|nguoi|me|con|chi|xe)\b|"
    r"\bshoot(ing|s)? (at|into) (me|us|her|him|my|our|the (house|car|door|window))\b",
    # taken away in a vehicle against her will ("e bi ep len xe", "tài xế khóa cửa chở e đi đường
    # lạ, ko chịu dừng")
    r"\bbi (bat|keo|loi|ep|day|xo|nhet|luoi|bat coc) (\w+ )?(len|vao|vo|xuong) (xe|o to|oto|taxi|xe tai|"
    r"xe van|xe hoi|cop xe)\b|"
    r"\b(khoa cua|khoa het cua)( xe)?( \w+){0,3} (cho|dua|chay|lai)( \w+){0,2} (em|toi|minh|tui|e|con|chau|"
    r"chi)\b.*\b(la|khong (chiu |cho )?dung|ko (chiu |cho )?dung|khong biet di dau|ko biet di dau|khong cho "
    r"xuong|ko cho xuong)\b",
    # followed, still now ("bị mấy thằng chạy xe theo sau từ lúc tan ca, giờ vẫn còn")
    r"\b(bi|co) (\w+ ){0,3}(chay xe |di xe |di |chay )?(theo|bam theo|bam duoi|duoi theo)( sau| duoi)?\b"
    r"( \w+){0,8} (gio|bay gio|luc nay) (van|con|van con|van dang)\b",
    # drunk and smashing things at home ("ổng say xỉn về đập đồ", "ck say rượu về đập phá đồ đạc")
    r"\b(say|say xin|xin|say ruou|nhau say|xin ruou)\b( \w+){0,4} (dap|dap pha|pha|quang|nem|dap be|dap vo) "
    r"(het |tung |lung tung )?(do|do dac|ban ghe|chen bat|chen|bat|ly|tivi|cua|nha)\b|"
    # a dog set on the writer ("ổng thả chó cắn em", "he set his dog on me")
    r"\b(tha|xua|xui|suy) (con )?cho( \w+)? (can|duoi|vo|tan cong) (em|toi|minh|tui|e|con|chi|me|nguoi)\b|"
    r"\bset (the|his|her|their|a) dogs? on (me|us|her|him|my)\b",
    # a death threat as a choice ("đêm nay 1 là e chết 2 là ổng chết", "một là mày chết")
    r"\b(1|mot) la (em|e|toi|tui|minh|tao|may|co ay|ba|me|con|chi|vo|ong|ong ay|han|no)( \w+){0,2} chet\b",
    # sex forced, with blows for a refusal ("ổng ép e quan hệ, e ko chịu là ổng đánh")
    r"\b(ep|bat|buoc|cuong ep) (em|e|toi|tui|minh|chi|con|co ay|vo|be)( \w+){0,2} (quan he|lam chuyen (do|ay|kia)|"
    r"ngu voi|lam tinh)\b.*\b(danh|dap|bop co|doa giet|tat|dam)\b",
    rf"\b(dang|van dang|lai dang|vua|moi|van con|con dang|van con dang|van cu) (bi )?{_HARM}\b{_NOT_A_PERSON}",
    # beating that has not stopped ("ổng đánh em từ chiều tới giờ vẫn chưa ngừng", "nãy giờ")
    r"\b(danh|dap|hanh ha|dam)\b.*\b(den gio|toi gio|nay gio|tu chieu|tu sang|tu toi|ca buoi)\b.*"
    r"\b(chua (ngung|dung|thoi|ngot|tha)|van (con )?(danh|dap|dang))\b|"
    r"\b(den gio|toi gio|nay gio)\b( \w+){0,3} (van |con |van con )(danh|dap)\b|"
    r"\b(danh|dap) (toi|em|minh|tui|con|me|chi) (nay gio|tu nay toi gio|tu nay den gio)\b",
    rf"\bdang bi (\w+ ){{1,3}}{_HARM}\b",
    # (never an animal: "mẹ đang cầm chổi đánh con mèo")
    rf"\bdang\b(\s\w+){{1,3}}\s(danh|dap pha|chem|dam|bop co|siet co) {_PERSON}\b{_NOT_AN_ANIMAL}",
    r"\b(danh|dam|chem|dap|dot) (toi|em|con|minh|me|chau|vo|nguoi) (dang|qua|chet|nua|lien tuc)\b",
    # "đòi giết", "tính chém": a threat made, as "dọa giết" is ("đói", "đợi" and "đổi" fold the
    # same, and none of them comes right before "giết").
    rf"\b(doa|de doa|muon|se|sap|dinh|quyet|doi) (giet|kill|chem|dam|dot|tat (axit|a xit|anh xit|acid)|ban sung|(bop|danh|dap|siet co) chet)\b{_NOT_ANIMAL}",
    rf"\b(tinh|toan) (giet|chem)\b{_NOT_ANIMAL}",       # ("tình đậm": love, not a knife)
    r"\b(sap|se) bi (giet|danh chet|dam|chem)\b", r"\bbi (dam|chem)\b",
    # stabbed by someone named ("em bị chồng đâm", "bị ck chém", "bị thằng đó đâm"); never "bị gai
    # đâm", a thorn, nor "bị xe đâm", which is read as an accident (bot/core/medical.py)
    r"\bbi (chong|ck|vo|no|han|ong ay|ong ta|anh ay|anh ta|ba|bo|cha|duong|ba duong|bo duong|"
    r"nguoi yeu|ny|ban trai|nguoi ta|ke la|thang (do|kia|ay|nay|\w+)|bon (no|do|chung)|tui no|"
    r"chung no|ke cuop|cuop|em chong|anh chong|ba chong|me chong)( cu)? (dam|chem)\b",
    # A threat told ("ổng nói em mà bỏ đi là ổng giết", "nó nhắn nếu báo công an thì nó chém"):
    # saying and killing within a few words, never an animal or time being killed.
    r"\b(noi|doa|de doa|bao|nhan|nhan tin|tuyen bo|hua)\b(\s\w+){0,8}?\s(se |thi |la )?"
    rf"(giet|kill|chem|dam|tat (axit|a xit|anh xit|acid)|dot nha|thieu song)\b{_NOT_ANIMAL}",
    # (2026-12-07, the twelfth reading) a blast threatened with gas or petrol at hand ("anh ta xách
    # bình ga vào phòng, dọa cho nổ tung", "he says he'll blow the house up")
    r"\b(binh ga|binh gas|gas|ga mini|xang|dau hoa|thuoc no|min)\b.*\b(doa|de doa|noi|bao|nhan)( \w+){0,4} "
    r"(cho no|no tung|lam no|kich no|cho no tung)\b|\b(doa|de doa)( \w+){0,4} (cho no|no tung|lam no|kich no)"
    r"( \w+){0,2} (nha|phong|ca nha|het|tat ca|chet)\b",
    r"\b(threaten\w*|says?|said|saying|will|ll|gonna|going to)( \w+){0,3} (to )?blow (up )?(the|our|my|this|her) "
    r"(house|place|flat|apartment|building|room|home)( up)?\b|\b(threaten\w*|says?|said|will|ll|gonna|going "
    r"to) (\w+ ){0,3}blow (it|us|us all|everyone|the house|the place) up\b",
    # …or death promised to the writer ("ổng nói em sẽ chết nếu em bỏ đi", "nó bảo mày mà bỏ đi
    # là mày chết", "bỏ ảnh thì chết với ảnh"); not "chết đi cho rồi", an insult, not a threat
    r"\b(noi|bao|doa|de doa|nhan|nhan tin|tuyen bo|canh cao)\b(\s\w+){0,6}?\s(toi|em|minh|tui|may|"
    r"mi|con) (se|sap|chac chan se) chet\b(?! (di|cho|doi|mat|duoc|vi|no|khiep|me|met|cuoi|thom|ngat)\b)",
    r"\b(noi|bao|doa|de doa|nhan|nhan tin|tuyen bo|canh cao)\b(\s\w+){0,8}?\s(neu|ma|hen)\b"
    r"(\s\w+){1,8}?\s(thi|la)( (toi|em|minh|tui|may|mi|con))? (se )?chet\b(?! (di|cho|doi|mat|duoc|vi|no|khiep|me|met|cuoi|thom|ngat)\b)",
    r"(?<!muon )(?<!cung )\bchet voi (tao|tui|tau|anh|ong|anh ay|ong ay|han|no)\b",
    rf"\bgiet (toi|em|con{_NOT_ANIMAL}|minh|me|chau|vo|chong|het|chet)\b",
    # a serious injury done ("đánh em gãy tay rồi", "đập chảy máu đầu"): 115 first
    # ("vo" is "vợ" as often as "vỡ", "moi" is "mỗi", "mat" is "mất": none of them here)
    r"\b(danh|dap|xo|da|dam|chem|quanh|nem|bop|dap dau)\b(\s\w+){0,4}?\s(gay|be|rach|chay mau|"
    r"toac|bong) (tay|chan(?! rang)|xuong|mui|rang|suon|dau|tran|co tay|ngon tay)\b",
    # locked in for days ("chị gái em bị chồng nhốt trong nhà mấy ngày nay"): held now
    r"(?<!\btu )\b(nhot|giam|khoa trai|khoa cua)\b(?! (con )?(ga|heo|lon|vit|chuot|trau|meo|ran|bo|de|"
    r"cho)\b)(\s\w+){0,5}\s(may ngay|may hom|may bua|nhieu ngay|"
    r"ca tuan|tu hom qua|tu toi qua|suot)( nay| roi)?\b",
    # pregnant and hit: a danger to two lives ("có bầu mà bị đá vào bụng")
    r"\b(co thai|mang thai|co bau|dang bau|bung bau|mang bau)\b.*\b(danh|dap|xo|dam|da vao|"
    r"da bung|dap vao|dam vao)\b|\b(danh|dap|xo|dam|da vao|dap vao|dam vao)\b.*\b(co thai|"
    r"mang thai|co bau|dang bau|bung bau|mang bau)\b",
    # shelter needed now ("cần chỗ trú ẩn gấp"): someone leaving in a hurry
    r"\bcan (\w+ ){0,2}(cho|noi|nha) (tru an|tam lanh|lanh nan|tron|o tam)( \w+){0,2} "
    r"(gap|ngay|khan cap|lien|toi nay|dem nay)\b",
    # "giết cả nhà" (never "cá": a fish is killed alone, not with "nhà" or "gia đình" after)
    r"\bgiet (ca|het ca) (nha|gia dinh|hai|ba|me con|bo con|lu)\b", r"\bgiet nguoi\b",
    # ("tránh bếp vì có dao kéo", "bếp có dao": where knives are kept, said in a plan, no one
    # holding one)
    r"\b(cam|(?<!vi )(?<!bep )(?<!ngan )(?<!tu )co|rut|vung|dang cam) (dao|rua|keo|sung|gay|bua|xang|axit|ma tau|riu|liem|"
    r"xa beng|tuyp|(ong|cay|thanh) (tuyp|sat|thep))\b(?! nuoc)"
    # ("cầm dao thái rau", "cầm kéo cắt cỏ", "cầm búa đóng đinh": cooking, the garden, repairs)
    # (never when a person comes after: "cầm dao dọa cắt cổ em" is the throat, not the grass)
    r"(?!( \w+){0,2} ((thai|chat|cat|bam|got|lang|xat|bo|mo|lam) (rau|thit|ca|ga|vit|cu|trai cay|"
    r"hanh|toi|cui|co|chuoi|dua|xoai|banh|heo|bi|mit|giay|vai)|nau (com|an|canh)|"
    r"dong (dinh|coc)|chat cui|lam (bep|com|vuon|ruong|co)|sua (xe|nha|do))\b"
    r"(?! (toi|em|minh|tui|con|chi|me|vo|co|ba|bo|anh|may|no)\b)(?!.*\b(doa|giet|dam|chem)\b))",
    # the throat threatened ("nó dọa cắt cổ em")
    r"\b(doa|de doa|se|doi|dinh) (cat co(?! tay)|cat tiet|cat mat|rach mat)\b|\bcat co (toi|em|minh|"
    r"tui|con|may|me|vo|chi)\b",
    # (denied: "ổng chưa bao giờ bóp cổ em" answers the danger check's question with a no)
    r"(?<!chua bao gio )(?<!khong bao gio )(?<!chua tung )(?<!khong he )(?<!chua )(?<!chang )"
    r"\b(bop|siet) co\b(?! (tay|chan|vai)\b)", r"(?<!lua )(?<!bep )(?<!bep gas )(?<!bep ga )(?<!lua bep gas )\bchay (nhieu )?mau\b(?! (do|xanh|vang|cam|tim)\b)(?!( \w+){0,2} (khi|luc) (got|cat|thai|nau|"
    r"lam bep|rua|bam|cao|tia)\b)(?! (chan rang|nuou|loi|cam)\b)"
    # (a little blood: "bị chảy máu khóe chút xíu" at the nail salon)
    r"(?!( \w+){0,2} (chut xiu|chut|xiu|ti xiu|it thoi|mot chut|chut it)\b)", r"\b(bi thuong|thuong) nang\b",
    r"(?<!muon )(?<!gan )(?<!suyt )(?<!sap )(?<!met )(?<!ngot )(?<!chac )(?<!chac e )(?<!chac em )"
    r"(?<!chac toi )(?<!chac tui )(?<!chac minh )(?<!se )(?<!dep )\b(ngat|bat tinh)\b(?! mat| luon| mui| ket noi| dien| mang| song| quang)", r"\bbat dong\b",
    # "xỉu" (fainted) typed without marks: only as fainting is said, never "chờ xíu", "hỏi xíu"
    # (a little), which folds the same
    r"\b(bi|nga|ngat|lan ra|vua|da|dang|nam) xiu\b|(?<!cho )(?<!doi )(?<!hoi )(?<!noi )(?<!ti )"
    r"(?<!chut )(?<!mot )\bxiu (roi|ngang|tai cho|di roi|luon roi)\b",
    r"\bbi (\w+ ){0,3}" + HIEP_AS_RAPE + r"hiep\b(?! dap)", r"\bmau chay\b",
    # said actively, as English "raped me" is read ("anh ta hiếp em tối qua", "chồng bạn em hiếp
    # em"); not bullying ("ăn hiếp", "ức hiếp") nor what he keeps doing ("hay/cứ hiếp")
    HIEP_AS_RAPE + r"(?<!\bhay )(?<!\bthuong )(?<!\bxuyen )(?<!\bcu )(?<!\bluon )"
    r"\b(hiep|cuong hiep|hiep dam|cuong buc) (toi|em|minh|tui|chi|con|no|ban ay|em ay|co ay|"
    r"chau|be)\b(?! (gai|trai|ho|dau|re)\b)",
    r"\b(nem|quang|dap|xo) (\w+ ){0,2}vao tuong\b",
    r"\b(khong|chang|ko|k) (con )?(khoc|tho|cu dong|nhuc nhich|phan ung|mo mat|tinh)( \w+)? (nua|duoc)\b",
    # a miscarriage or bleeding from a blow in pregnancy or to the genitals ("em sảy thai rồi")
    r"\b(bi |vua |da |moi )?say thai\b", r"\bra mau (vung kin|am dao|duoi)\b",
    r"\b(di|chay xe|chay|bam|lai xe|di xe) theo (em|toi|minh|chi|con|tui|be)\b.*"
    r"\b(toi gio|nay gio|den gio|van|mai|ve toi|ve den)\b", r"\bvan (di |chay |bam )?theo\b(?! doi)",
    r"\b(bat|keo|loi|ep) (toi|em|minh|con|chau|chi) (len xe|di dau|vao xe)\b", r"\b(di|chia|gi) sung\b", r"\bsung (vao|ke) (dau|co|nguoi)\b", r"\btroi (toi|em|minh|con|lai|tay|chan)\b", r"\bbat coc\b", rf"(?<!tu )\b(nhot|khoa|giam) (toi|em|con{_ANIMAL_AFTER_CON}|minh|chau|lai)\b",
    # locked in and not let out ("nó khóa cửa không cho em ra", "mẹ chồng khóa cửa phòng em lại")
    # (never the writer locking, "e khóa cửa ko cho con ra đường vì trời mưa", nor a grounding for
    # homework or play)
    r"^(?!.*\b(vi|de|so)( \w+){0,4} (hoc|bai|choi|game|thi|mua|ngu|om|benh|sot|xe|duong|nang|tre|"
    r"khuya|an toan|tai nan|lanh|bao|dich|covid|chet duoi)\b)"
    r"(?!.*\b(di choi|choi voi|choi game|game|net|hoc them|giong bao|co bao|sap co bao|moi \d+ tuoi|con nho)\b)"
    r".*(?<!\btoi )(?<!\bem )(?<!\be )(?<!\bminh )(?<!\btui )(?<!\bme )"
    r"\b(khoa|chot|nhot)( trai)?( cua)?( phong| nha)?( (toi|em|minh|tui|con|chau|e|lai))*( \w+){0,3} "
    r"(khong|ko|k|hong|chang|kg) (cho|de)( (toi|em|minh|tui|con|chau|e|tao))? (ra|di|ra ngoai|ra khoi|"
    r"thoat|ve|di dau)\b|"
    r"(?<!toi )(?<!em )(?<!minh )(?<!tui )(?<!\be )\bkhoa cua( phong)? (toi|em|minh|tui|con|chau|e) lai\b|"
    # (2026-12-07) beaten and locked in, in either order ("bà chủ lấy móc đánh tôi, khóa cửa không
    # cho ra"): "tôi" before the lock is the one beaten, not the one locking
    r"\b(danh|dap|tat|xo|dam|da)( \w+)? (toi|em|minh|tui|e|chau)\b( \w+){0,2} (khoa|chot|nhot)( trai)? "
    r"(cua|phong|lai)\b|\b(khoa|chot|nhot)( trai)? (cua|phong)( \w+){0,4} (roi )?(danh|dap|tat|dam|da) "
    r"(toi|em|minh|tui|e|chau)\b",
    # (2026-12-07) locked in with the line cut ("khóa trái cửa, cắt dây điện thoại bàn")
    r"\b(khoa trai|khoa) (cua|phong)\b.*\bcat (\w+ )?(day )?(dien thoai|dt|wifi|mang|internet)\b|"
    r"\bcat (\w+ )?(day )?(dien thoai|dt|wifi|mang|internet)\b.*\b(khoa trai|khoa) (cua|phong)\b",
    # a child afraid to go home to a beating promised ("bố dượng dặn về là biết tay, cháu không
    # dám về")
    r"\b(khong|ko|k|hong) dam (ve|ve nha|di ve)\b.*\b(biet tay|danh|dap|giet|xu|chet)\b|"
    r"\b(biet tay|se bi danh|danh chet|dap chet|giet)\b.*\b(khong|ko|k|hong) dam (ve|ve nha|di ve)\b",
    # an old parent pushed down ("xô bà té", "đẩy mẹ ngã")
    # (a habit or a condition told, "không đưa là nó xô bà té", "hay xô mẹ ngã": a story)
    r"^(?!.*\b(hay|thuong|moi lan|lan nao|hoai|neu|cu doi|(khong|ko|k) (dua|cho)( \w+)? (la|thi))\b)"
    r".*\b(xo|day|do) (\w+ )?(ba|me|ma|ong|ba noi|ba ngoai|ong noi|ong ngoai)( \w+){0,2} (te|nga|lan)\b",
    # a man staying the night who comes into the child's room ("tối nay chú qua ngủ lại, lần nào
    # chú cũng vô phòng em")
    r"^(?=.*\b(toi nay|dem nay)\b)(.*\b(ngu lai|o lai|ngu chung|qua ngu|ngu nho)\b.*\b(vo|vao|lan vao|"
    r"mo cua vao|mo cua) phong (em|e|con|chau|toi|tui|minh)\b|.*\b(vo|vao|lan vao) phong (em|e|con|chau|"
    r"toi|tui|minh)\b.*\b(ngu lai|o lai|ngu chung|qua ngu)\b)",
    # a beating arranged, weapons brought ("tụi lớp 9 hẹn 5h sau trường xử e, đứa nào cũng mang cây")
    r"\b(hen|rinh|doi|chan|cho|ru)( \w+){0,5} (xu|danh|dap|oanh|uynh|dan|dam) (em|e|tao|toi|tui|minh|"
    r"con|chau)\b.*\b(mang|cam|co|xach) (theo )?(cay|gay|dao|gach|ma tau|day xich|tuyp|kiem|hung khi)\b",
    # the first client set for tonight ("khách đầu tiên 9h tối nay")
    r"\bkhach (dau tien|dau)\b( \w+){0,4} (toi nay|dem nay|luc \d+)\b",
    # held: the phone taken and the door locked, in either order
    # (a grounded teenager is no emergency: "mẹ thu điện thoại, khóa cửa không cho đi chơi")
    # (by him: never the writer taking her own phone and locking up before work)
    r"^(?!.*\b(choi|game|hoc bai|hoc|thi|di lam|can than|ngu|ngu som|om|benh)\b).*\b(no|han|ong ay|ong ta|"
    r"ong xa|anh ta|"
    r"anh ay|chong|ck|ba|bo|me chong|bo chong|nguoi yeu|ny|ban trai|duong|bo duong|cha duong|ho|"
    r"chung no|bon no)( \w+){0,2} ((lay|giu|thu|cam) (het |luon )?(dien thoai|dt)\b.*\b(khoa|chot|nhot) "
    r"(cua|phong|nha|lai)|(khoa|chot|nhot) (cua|phong|nha|lai)\b.*\b(lay|giu|thu|cam) (het |luon )?"
    r"(dien thoai|dt))\b",
    r"\b(toi|em|minh|con|chau) (dang )?((cam )?thay )?(khong an toan|gap nguy hiem|nguy hiem)\b",
    # "not safe" said alone, or of home, here ("ko an toàn", "không an toàn lắm", "ở nhà không an
    # toàn"): an answer to the question everyone asks, at any step; never asked as a question
    r"^((that su|that|van|cung|dang|con) )?(khong|ko|hong|chang|khong duoc) an toan"
    r"( (lam|qua|roi|nua|gi ca|chut nao|ti nao|luc nay|bay gio|gi het|dau|chut xiu nao))*$",
    r"\b(o nha|nha (toi|em|minh|tui|con)|o day|cho nay|cho (toi|em|minh|tui) o|o nha (toi|em|minh|"
    r"tui)) (dang |cung |van |that su |luc nay |bay gio )?(khong|ko|hong|chang) (con )?an toan\b"
    r"(?! (khong|ko|k|qmark|a|ha|chu|sao|nhu the nao|the nao)\b)"
    r"(?!.*\b(so nao|goi ai|muon don|don di|chuyen di|chuyen nha|don nha)\b)",
    r"\bnguy hiem (lam|qua)\b", r"\bgap (lam|qua)\b",
    r"\bkhong an toan\b.*\b(bay gio|luc nay|ngay bay gio|nua)\b",
    # no longer safe, or a "safe" said before taken back ("giờ em hết an toàn rồi", "lúc nãy em
    # an toàn, giờ thì không", "ban nãy em nói an toàn nhưng giờ ko còn nữa")
    r"(?<!khi nao )(?<!khi nao la )(?<!bao gio )(?<!neu )(?<!thay )(?<!khi )\b(het|khong con|chang con|hong con) an toan\b"
    r"(?! (khong|chua|qmark|thi|nua muon|nua nen|la sao|la gi|nghia la)\b)"
    r"(?!.*\b(so nao|goi ai|muon don|don di|chuyen di)\b)",
    r"\ban toan\b(\s\w+){0,4}?\s(gio|bay gio)( thi| lai)? (khong|het|chang|hong)( con)?\b"
    r"(?! (sao|van de|co gi|can|lo|bi gi|dau)\b)",
    # petrol poured round the house or on a person ("nó lấy xăng tưới quanh nhà"): arson in hand
    r"\b(xang|dau hoa|dau lua)\b(\s\w+){0,3}?\s(tuoi|do|rai|vay|hat)\b(\s\w+){0,2}?\s(quanh|khap|"
    r"len|vao|truoc|ra) (nha|nguoi|phong|cua|giuong|san)\b|\b(tuoi|rai|vay) xang\b",
    PETROL_POURED,
    # slang threats ("tối nay qua xử em", "về tới nhà là xử đẹp", "tao sẽ cho mày biết tay",
    # "về sẽ cho em một trận")
    r"\b(se|sap|toi nay|dem nay|ve|ve (toi |den )?nha la|ve la|de|doi|roi)( \w+){0,3} xu (dep )?"
    r"(em|may|toi|tui|mi|con(?! (ga|vit|heo|lon|ca|bo|de|ngan|cho|meo))|chung may)\b",
    r"\bcho (may|mi|em|toi|tui|con|chung may) biet tay\b",
    r"\b(se|sap|toi nay|dem nay|ve|noi|doa|nhan)( \w+){0,4} cho (may|mi|em|toi|tui|con) (mot|1) tran\b",
    r"\b(tao|tui|qua|tau|noi|doa|nhan|nhan tin|bao)\b( \w+){0,5} cho (may|mi|em|toi|tui|con) (mot|1|may) "
    r"bai hoc\b(?! (tieng|toan|van|ly|hoa|su|dia|lich su|english|them|bai tap|o truong|tren lop|"
    r"hoc|ve nha|moi))",
    # "tao xử con đó tối nay"
    r"\b(tao|tui|tau|qua) (se )?xu (dep )?(may|mi|con do|con kia|thang do|thang kia|em|chung may)\b",
    # held for work or sex ("họ thu điện thoại, không cho ra ngoài", "bị bán vào quán karaoke, bắt
    # tiếp khách"): trafficking happening now
    r"\b(ho|chung no|bon no|tui no|bon ho|cong ty|chu|ong chu|ba chu|nguoi ta|tu no|boss|quan ly|"
    r"chu quan|chu nha hang)( \w+)? (thu|giu|lay|tich thu) (het )?(dien thoai|ho chieu|giay to|cmnd|"
    r"can cuoc)\b.*\b(khong|ko|k) cho (ra ngoai|ve|di dau|di|lien lac|goi)\b",
    r"\bbi (thu|giu|tich thu) (het )?(ho chieu|passport)\b(?!.*\b(visa|thi thuc|ho so|lay lai|tra lai|"
    r"tuan sau|mai|san bay)\b)",
    r"\b(quan|karaoke|nha nghi|chu quan|ma ma|tu ba|chu|ho|bon no)( \w+){0,2} bat (\w+ )?tiep khach\b|"
    r"\btiep khach\b.*\b(khong|ko|k) cho (ve|ra ngoai|di)\b(?! som)",
    r"\b(bi )?(ep|bat|cuong ep) (\w+ )?tiep khach (o |tai )?(karaoke|quan|nha nghi|bar|pub|massage)\b|"
    r"\bbi (ep|cuong ep) tiep khach\b",
    r"\bbi (ban|lua ban) (vao|cho) (quan|nha nghi|khach san|karaoke|nha chua|tiem)\b"
    r"(?!.*\b(gio|bay gio) (da |duoc )?(ve|thoat|tron)\b)|\bbat (em|toi|chung em|tui|minh|con)? ?"
    r"(ban dam|di khach|ngu voi khach)\b",
    # drunk and smashing, told with fear or flight ("ck say xỉn về, đập phá hết đồ đạc, em ôm con
    # trốn sang nhà hàng xóm"); cursing and throwing things now
    r"\bsay\b(\s\w+){0,3}?\s(ve|ve nha|toi)\b.*\b(dap pha|dap do|dap het|nem do|quang do|dap)\b.*"
    r"\b(so|tron|chay|om con|bo chay|tron sang|chay qua|chay sang)\b",
    r"\b(dang|vua|lai) (chui|chui boi|chui bay|la het|la loi)( \w+){0,3} (va|roi|con|voi) (nem|dap|quang|"
    r"dap pha) (do|do dac|het)\b",
    # the house set on fire, or fire set around it ("ck đốt nhà, Hương còn trong đó", "ck đốt
    # rơm quanh nhà, em với con ở trong")
    r"\b(chong|ck|ong ay|no|han|anh ay|thang do|ba|bo|nguoi yeu|chong cu)( \w+)? (dot|phong hoa|chay) "
    r"(nha|phong|xe)\b|\b(dot|tuoi xang|do xang|rai xang)( \w+){0,2} quanh (nha|phong|cua)\b",
    # things thrown at her ("quăng ghế vô em")
    r"\b(quang|nem|ne|phang|liang) (\w+ ){0,2}(vo|vao|trung) (em|toi|minh|tui|con|me|chi|vo|nguoi "
    r"(em|toi|minh)|dau (em|toi|minh)|mat (em|toi|minh))\b",
    # someone who does not wake ("mẹ em lại uống thuốc ngủ, giờ gọi không dậy")
    r"\b(goi|lay|lac|keu)( mai| hoai| may lan)? (khong|ko|chang) (day|tinh|tra loi|phan ung)\b",
    # fire thrown at a room or a person ("ck đốt lửa rồi ném vào phòng em")
    r"\b(lua|xang|dot|bat lua|que dom)\b.*\b(nem|quang|tat|vut) (vao|len) (phong|nguoi|nha|giuong|mat) "
    r"(toi|em|minh|tui|con|chi|me|vo)\b",
    # a child lost or away from home, lured or driven off by a stranger ("e lạc mất ba mẹ, có
    # chú kia kêu e đi theo", "có 1 cô lạ rủ e về nhà cô làm việc", "1 ông nói chở e về mà chạy
    # xa lắm rồi"): danger now, 113 and 111
    r"\b(chu|co|ong|ba|anh|chi|nguoi la|mot nguoi|ai do)( (kia|la|nao do|nay))?( \w+){0,2} "
    r"(ke|keu|ru|du|bao|doi|ep)( \w+){0,2} (em|con|chau|be|toi|minh|tui) (di theo|ve nha|len xe|"
    r"di lam|ve lam|lam viec|di xa|di voi)\b",
    r"\b(cho|dua|dan) (em|con|chau|be|toi|minh|tui) (ve|di)( \w+){0,4} (xa lam|xa qua|la lam|"
    r"khong phai duong|khong biet di dau)\b",
    # held under water or pushed in ("nhấn đầu con vào lu nước", "úp mặt nó vào chậu nước", "trấn
    # nước em trong bồn", "đẩy mẹ em xuống kênh"): drowning now
    r"\b(nhan|up|dim|an|ghi|tran)( \w+){0,2} (dau|mat)( \w+){0,3} (vao|xuong|vo|trong) (nuoc|lu|chau|"
    r"thau|ho|song|ao|bon|xo|kenh|muong)\b|\btran nuoc\b|"
    r"\b(day|xo|quang|nem)( \w+){0,3} xuong (kenh|song|ao|ho|gieng|muong|rach)\b",
    # poison or a sleeping drug given ("bỏ thuốc gì vô đồ ăn của em", "cho em gái ăn cơm trộn thuốc
    # trừ sâu", "cho em uống thuốc ngủ liều cao")
    r"\b(bo|tron|cho|bat|ep|lay)( \w+){0,4} (thuoc gi|thuoc tru sau|thuoc chuot|thuoc diet chuot|"
    r"thuoc diet co|thuoc ngu|thuoc an than|thuoc me|chat doc|thuoc doc)\b",
    # a fire set on her home or room ("nó châm lửa đốt phòng trọ em", "chồng em đốt nhà rồi"):
    # the police and the fire service now
    r"\b((cham lua|chum lua|tuoi xang|do xang)( \w+){0,2} |phong hoa |)dot (nha|phong|phong tro|"
    r"can nha)( (em|toi|minh|tui|con|chi|me|tao|cua em|cua toi))?( (roi|luon|het|ngay|that))+\b|"
    r"\b(cham lua|chum lua)( \w+){0,2} dot (nha|phong|phong tro|can nha)\b",
    # boiling water or oil thrown ("ck tát nước sôi", "tạt nước sôi vào em"): a burn now
    r"\b(chong|ck|ong ay|ong|no|han|anh ay|thang do|thang cha|ba|bo|me ke|nguoi yeu|vo)( \w+)? "
    r"(doa )?(tat|hat|xoi|nem|do) (\w+ )?(nuoc soi|nuoc nong|nc soi|nc nong|dau soi|dau nong|nuoc dang soi)\b"
    r"(?! (vao|len) (ly|to|chen|noi|am|binh|bon|chau|mi|rau)\b)",
    r"\b(tat|hat|nem|xoi|do) (\w+ )?(nuoc soi|nuoc nong|nc soi|nc nong|dau soi|dau nong|axit|a xit|anh xit|acid) (vao|len|vo) "
    r"(mat|nguoi|dau|lung|nguc|em|toi|minh|tui|con|chi|me|vo)\b",
    r"\b(nuoc soi|nuoc nong|dau soi|axit|a xit|acid)\b.*\bdoa (tat|hat|do|xoi|nem)\b",
    # rape in other words ("bị cưỡng bức", "tụi nó thay phiên nhau làm nhục em", "giở trò đồi
    # bại"): as "bị … hiếp" is read, care within hours matters (115 first), unless long past
    r"\bbi (\w+ ){0,4}cuong buc\b(?! (ket hon|lay chong|lay vo|hon nhan|lao dong))", r"\bthay phien (nhau )?(lam nhuc|hiep|cuong buc)\b",
    r"\bgio tro (doi bai|do bai|dam o)\b",
    # forced sex or "làm bậy" told as just now ("hồi nãy anh rể ép em quan hệ", "tui mới bị thằng
    # hàng xóm làm bậy"), or drugged and waking somewhere ("bị bỏ thuốc vào ly nước, tỉnh dậy ở
    # nhà nghỉ"): care within hours matters, as for "bị hiếp"
    r"\b(vua|moi|hoi nay|nay gio|luc nay|toi nay|dem nay|dem qua|toi qua|sang nay|trua nay|chieu nay|"
    r"hoi chieu|hoi sang|hoi toi|hoi khuya|hoi trua)\b"
    r"( \w+){0,6} ((ep|bat|cuong ep|ep buoc) (\w+ ){0,2}(lam )?(quan he|lam chuyen do|chuyen do|ngu voi|"
    r"lam tinh)|lam (chuyen do|chuyen bay|bay) (voi|vo) (em|con|chau|toi|tui|minh|e|chi))\b",
    r"\b((ep|bat|cuong ep|ep buoc)( (em|toi|minh|tui|chi|con|chau|e))? (lam )?(quan he|lam chuyen do|"
    r"chuyen do|ngu voi|lam tinh)|gio tro)\b.*\b(vua|moi|hoi nay|nay gio|luc nay|toi nay|dem nay|"
    r"dem qua|toi qua|sang nay|hoi chieu|hoi sang|hoi toi|hoi khuya|hoi trua|chieu nay|trua nay)\b",
    r"\b(vua|moi|hoi nay|luc nay|toi nay|dem qua|toi qua|sang nay) bi (\w+ ){0,4}(lam bay|lam chuyen do|"
    r"lam chuyen bay|xam hai|lam nhuc)\b",
    # made drunk or drugged, then undressed or in a motel, remembering nothing ("tỉnh dậy thì thấy
    # đồ bị cởi", "sáng ra thấy mình nằm trong khách sạn với ảnh, em không nhớ gì")
    r"\bchuoc (say|ruou|thuoc)\b.*\b(gio tro|lam bay|lam chuyen do|xam hai|hiep)\b",
    # heard through the wall ("tôi nghe nhà bên có tiếng trẻ con khóc và tiếng đánh")
    # (not a habit told: "đêm nào cũng nghe tiếng đánh vợ" asks what to do about it)
    r"^(?!.*\b(dem nao|ngay nao|toi nao|hay|thuong|thuong xuyen|suot|moi dem|moi toi|moi ngay|hoai)\b)"
    r".*\bnghe (\w+ ){0,10}tieng (danh|dap|keu cuu|dam|dap pha)\b",
    # seen or heard now ("tôi đang nhìn thấy một người đàn ông đánh phụ nữ", "ổng đánh vợ ngoài
    # sân, đang diễn ra", "nghe như bị đánh")
    r"\bdang (nhin thay|thay|chung kien|nghe thay|nghe)( \w+){0,8} (danh|dap|chem|bop co|hanh hung|"
    r"xo|da|ruot|duoi)\b",
    r"\b(danh|dap|chem|bop co|hanh hung|xo|ruot|duoi danh)\b.*\b(dang dien ra|dang xay ra)\b",
    r"\bnghe (nhu|giong|giong nhu|nhu la) (dang )?bi (danh|dap|bop co)\b",
    # a child held under water or strung up to be beaten ("chồng dìm nước con", "ck treo con lên
    # đánh"): a life at risk now
    r"\b(dim|nhan) (nuoc|xuong nuoc)( \w+)? (con|be|chau|thang be|con be|em|toi)\b|"
    r"\b(dim|nhan) (con|be|chau|thang be|con be|em|toi|dau (con|be|chau|em|toi))( \w+){0,2} "
    r"(xuong |vao |trong )?(nuoc|lu|thau|ho|song|ao|chau|xo)\b|"
    r"\btreo (con|be|chau|thang be|con be|em|toi)( \w+){0,2} (len )?(de )?(danh|dap|quat)\b",
    # a threat to sell the writer ("chồng dọa bán em qua Trung Quốc", "ck doa ban e sang tq")
    r"\b(doa|de doa|noi|tinh|muon|se|doi) ban (em|toi|minh|tui|e|chi|con)( \w+){0,2} (qua|sang|cho|"
    r"di|ra nuoc ngoai)\b",
    # drunk and hitting ("ck say rồi đánh em", "ổng xỉn rồi đập em")
    r"\b(say|say xin|xin|say ruou|nhau say) (roi |r |xong |ve |ve roi )?(danh|dap|bop co|chem|xo) "
    r"(em|toi|minh|tui|con|chau|e|me)\b",
    # hit now, said with the time ("ck đánh e bây giờ", "ck danh e luc nay")
    r"\b(danh|dap|bop co|siet co|chem|dam|xo) (em|toi|minh|tui|con|chau|e) (bay gio|luc nay|ngay luc nay|"
    r"gio nay|ngay bay gio)\b",
    # struck again ("nó lại đánh em", "ck lại đập em rồi"): it has begun again, the numbers first
    r"\b(no|ong ay|chong|ck|anh ay|han|ba|bo|cha|duong|thang do|nguoi do)( \w+)? (lai|lai con) "
    r"(danh|dap|bop co|siet co|chem|dam|xo) (em|toi|minh|tui|con|chau|me|e)\b",
    # put out of the home tonight, nowhere to sleep ("bị đuổi ra khỏi nhà giữa đêm, không có chỗ
    # ngủ"): a place for tonight, now
    r"\b(duoi|tong|day) (\w+ ){0,3}(ra khoi nha|ra duong|ra ngoai)\b.*\b(giua dem|dem nay|toi nay|"
    r"khong co cho (ngu|o|di)|ngoai duong)\b",
    # still beating now ("giờ ổng vẫn đánh"), chasing her ("ổng dí e chạy khắp xóm"), a stranger
    # trailing her ("kẻ lạ bám theo"), nearly home ("ổng về tới đầu hẻm rồi")
    r"\b(gio|bay gio|hien gio|luc nay|nay gio)( \w+){0,2} van (con )?(dang )?(danh|dap|bop co|chem)\b",
    r"\b(di|ruot|duoi) (em|e|toi|tui|minh|chi|vo|con|me)( \w+){0,2} chay\b",
    r"\b(ke la|nguoi la|thang la|ai do|co nguoi|co thang|mot thang|mot nguoi)( \w+){0,2} "
    r"((bam theo|bam duoi|rinh rap)( (em|toi|minh|tui|chi|con|e))?|(di theo|chay theo) (em|toi|minh|"
    r"tui|chi|e))\b",
    r"\b(ve|toi|den) (toi |den )?(dau hem|dau ngo|dau xom|cong nha|truoc cong)( roi| r)?\b",
    # struck again today, told in a story ("tối nay ổng lại đánh nữa"), or rushed in on
    # ("ba em xông vô đánh em")
    r"\b(toi nay|hom nay|dem nay|sang nay|trua nay|chieu nay|vua roi|luc nay)\b( \w+){0,3} (lai |vua |moi )?"
    r"(danh|dap|bop co|chem|dam) (em|toi|minh|tui|con|nua)\b",
    r"\b(xong|lao|nhao) (vo|vao|toi|den) (\w+ ){0,2}(danh|dap|chem|dam|bop co)\b",
    r"\b(tinh day|tinh lai|sang ra|thuc day)\b.*\b(quan ao|do) (bi )?(coi|lot|mat|xoc xech)\b",
    r"\b(quan ao|do) bi coi\b.*\b(khong nho|tinh day|chong mat|uong)\b",
    r"\b(nha nghi|khach san)\b.*\bkhong (nho|biet) (gi|chuyen gi)\b|"
    r"\bkhong (nho|biet) (gi|chuyen gi)\b.*\b(nha nghi|khach san)\b",
    r"\bbi (\w+ ){0,2}(bo|cho|pha|bo them) thuoc (vao|trong) (ly|coc|nuoc|do uong|bia|ruou|tra sua|chai)\b",
    r"\btinh (day|lai) (thi )?(dang )?(o|trong) (nha nghi|khach san|phong tro la|phong la|cho la|nha la)\b",
    # he is back, drunk or raging ("ổng về rồi, ổng đang chửi", "ổng về rồi mà say xỉn")
    r"\b(ong|ong ay|chong|no|han|anh ay|anh ta|ba ay|thang do|ong ta|thang cha|bo|ba|cha|"
    r"nguoi yeu|ban trai|chong cu|nguoi yeu cu)( \w+)? (ve|toi|den|vo) (roi|toi noi|den noi|nha roi)\b"
    r"(?!.*\b(di lam|di roi|di nhau|ngu roi|ve que|di choi)\b)"
    r".*\b(dang (chui|la het|quat|dap|pha|dien|danh|doa)|say (xin|roi|khuot|bi ti|quac|mem|li bi)|xin roi|"
    r"nhau say|dap do|pha do|la het(?! *$)|chui boi)\b",
    r"\b(he|hes|he's|he is|my (husband|boyfriend|ex|dad|father))( is)? (back|home|here)( now)?"
    r"(,| and|,? he's|,? he is)* (drunk|yelling|shouting|screaming|angry|raging|smashing|breaking)\b",
    # he is back and she is afraid, or asks what to do ("ổng về rồi, em sợ quá", "nó về rồi làm
    # sao đây"); "ổng về rồi" alone is the quick exit (bot/core/flows/privacy.py)
    # (afraid of him, or "làm sao đây" at the end; not "sợ bị la vì điểm kém", "sợ ổng buồn",
    # "làm sao để xin ba cho đi học", nor once he has left again)
    r"\b(ong|ong ay|chong|no|han|anh ay|anh ta|ba ay|thang do|ong ta|thang cha|bo|ba|cha|"
    r"nguoi yeu|ban trai|chong cu|nguoi yeu cu)( \w+)? (ve|toi|den|vo) (roi|toi noi|den noi|nha roi)\b"
    r"(?!.*\b(di lam|di roi|di nhau|ngu roi|ve que|di choi)\b)"
    r".*(\b(so|hoang|run)\b(?!( qua| lam)? (bi la|bi mang|bi phat|diem|mat viec|that vong|hoc|thi|"
    r"(ong|anh|chong|no|ba|bo|ma|me)( \w+)? (buon|lo|that vong|la|mang|gian doi|biet chuyen))\b)|"
    r"\b(cuu|nguy hiem)\b|\blam sao (day|bay gio|gio)\b|"
    r"\blam sao( (day|bay gio|gio|di|a|ha|nay|nha|chi|anh|em|ban|vay|the|bot))*$)",
    r"\b(dang|bay gio) (bi )?(duoi|duoi theo|rinh|cho ngoai cua)\b", r"\bduoi theo (toi|em|minh)\b",
    # watching the writer's home night after night ("thằng cha đó rình nhà tui mấy đêm rồi")
    r"\brinh (nha|phong|cua|truoc nha) (toi|em|minh|tui|chi|con|chau)\b",
    # left stranded far from home ("ổng chở em đi xa rồi bỏ lại giữa đường")
    r"\b(bo|vut|tha|de) (toi|em|minh|tui|chi|con|chau )?(lai )?(giua duong|ngoai duong|mot minh giua)\b|"
    r"\bdi xa\b.*\bbo (toi |em |minh |tui |chi |con )?lai\b",
    r"\b(o|dung|rinh|cho|theo doi) (ngoai|truoc) cua\b", r"\bdang (tron|nup)\b", r"\btron trong\b",
    # the one who follows her standing at her home or work now ("giờ đang đứng dưới nhà",
    # "hôm nay nó đứng trước cổng cty em")
    r"\b(theo doi|rinh|rinh rap|bam theo|di theo|chan duong|stalk\w*)\b.*\b(gio|dang|bay gio|hom nay|toi nay|"
    r"luc nay)( \w+){0,3} "
    r"(dung|ngoi|dau xe|cho|rinh|lang vang|dang dung) (duoi|truoc|ngoai|o truoc|o ngoai|o duoi|"
    r"trong) (nha|cong|cua|cty|cong ty|truong|phong tro|nha tro|xom tro|cho lam|hem)\b",
    r"\b(no|han|anh ta|chong|ong ay|no ay|hanh) dang (toi|den|ve|dien|dap cua|pha cua|tim)\b",
    # the one who hurts (or threatens) at her gate or door now, however the time is said ("ck cũ
    # em giờ đang đứng ngoài cổng", "nó là chồng cũ em, giờ đang đứng ngoài cổng")
    # (a husband sitting in front of the house is no danger said: the ex, or "nó" after a threat)
    r"\b(no|han|anh ta|chong cu|vo cu|nguoi yeu cu|ban trai cu|ny cu|thang do|"
    r"thang cha|ke do|nguoi do)( \w+){0,3} (gio|bay gio|luc nay|dang|van|con)( dang| van| con)? "
    r"(dung|ngoi|cho|rinh|lang vang|dau xe)( o)? (ngoai|truoc|duoi) (cong|cua|nha)\b",
    r"\bdang (dien len|dap cua|pha cua)\b",
    r"\b(chut nua|lat nua|ti nua|sap|xiu nua|mot chut nua)\b( \w+){0,3} (ong ay|anh ay|chong|no|han|anh ta|"
    r"ba ay|ong ta) (ve|toi|den|qua)\b.*\b(so|hoang|run)\b",
    r"\b(ong ay|anh ay|anh ta|ong ta|chong|no|han|thang do|thang cha do|ba ay|nguoi yeu cu|chong cu)"
    r"( \w+)? (dang|van dang|van) (di )?(tim|kiem|luc tim|san) (toi|em|minh|tui|chi|con|chau)\b",
    # (2026-12-07, the thirteenth reading) fled from those who held her, and they search now
    # ("bỏ chạy mà họ đang đi tìm", "trốn ra được, bọn nó đang lùng")
    r"\b(bo chay|tron|tron ra|chay thoat|thoat ra|tron thoat)\b.*\b(ho|nguoi ta|bon ho|bon no|tui no|chung no|chu|"
    r"ong chu|ba chu)( \w+)? (dang|van dang|van) (di )?(tim|kiem|lung|luc tim|san|duoi theo)\b",
    # …unless the writer then says they are back ("giờ về rồi", "trốn về được"): a survivor's
    # story, heard as a disclosure, not an emergency.
    r"\bbi (lua )?(ban|mua|lua) (sang|qua) (trung quoc|campuchia|bien gioi|nuoc ngoai|lao|"
    r"myanmar|han|dai loan)\b(?!.*\b((gio|da|vua|moi) (tron |chay )?ve|tron ve duoc|ve roi|"
    r"ve (nha|nuoc|viet nam|vn|que) (roi|duoc))\b)", r"\b(doi|dong|tra|nop) tien chuoc\b", r"\bbi troi\b",
    r"\b(khong|chua) tinh (lai|day)\b",
    r"\b(dang|bi) (giu|giam giu|nhot) (o|tai|trong)\b", r"\b(dang )?giu (toi|em|minh) (lai|o)\b",
    # kept abroad by those who took them ("đi làm bên Myanmar, giờ họ ko cho về"; "bị môi giới
    # lừa lấy chồng Trung Quốc, giờ đang ở bên đó")
    r"\b(ho|chung no|tui no|bon no|bon ho|nguoi ta|chu|ong chu) (khong|ko|chang) cho (\w+ )?ve\b",
    r"\b(ho|chung no|tui no|bon no|bon ho|may thang do|bon buon nguoi)( sap| se| mai| dang| chuan bi)* (dua|cho|chuyen|"
    r"dan|ban|cho xe) (tui|em|toi|chung em|bon em|tui em|tui tao|minh|chung toi|chi em|may dua)( \w+){0,2} "
    r"(qua|sang|vuot) (bien gioi|ben kia bien gioi)\b",
    r"\b(lua|moi gioi|mai moi|ban)\b.*\b(trung quoc|campuchia|myanmar|lao|dai loan|malaysia|"
    r"nuoc ngoai)\b.*\b(gio|dang|van|con)( dang| van| con)? o (ben )?(do|day|kia|nay|ben do)\b",
    # held and kept from going home; not kept from visiting family ("không cho em về nhà
    # ngoại"), which is control told, not danger now
    r"\bkhong cho (toi|em|minh) ve\b(?! (nha |ben |que )?(ngoai|noi|me|bo|ba|bo me|ba me|cha me|me de|"
    r"tham|an tet|que))",
    r"\b(nguy kich|nguy hiem den tinh mang)\b",
    r"\bbao cong an\b.*\b(giup|ngay|nhanh)\b",
    r"\bgoi (giup|ho|gium|dum) (113|115|cong an|cap cuu)\b",
    r"\bgoi (113|115|cong an|canh sat|cap cuu) (giup|ho|gium|dum|di|ngay|voi)\b",
    r"\blam on goi\b",
    # a bystander asking whether to break in or step between them ("có nên phá cửa vô ko",
    # "tôi có nên xông vô can ko", "should i break the door"): it is happening now, next door
    r"\b(co nen|nen|co can|co phai)( \w+)? ((pha|dap) cua (vo|vao)|xong (vo|vao)|(nhay|lao|chay) "
    r"(vo|vao) (can|cuu|giua))\b",
    # hit again, said as it happens ("e bị đánh nữa rồi nè", "lại bị đánh nữa rồi"), the
    # message ending there: not a story of yesterday ("… hôm qua")
    r"^(?!.*\b(tuan truoc|hom qua|hom truoc|thang truoc|nam ngoai|luc truoc|hoi truoc|truoc day|"
    r"bua truoc|hom kia|so|khong muon|ko muon|se|chac|neu|mai|lo)\b).*\b(bi|lai bi|dang bi) "
    r"(danh|dap|dam|bop co|chem|ruot|duoi danh)( (em|toi|minh|tui|ca))? (nua|tiep)"
    r"( roi| nua| ne| a| kia| day| qua| huhu| cuu| voi)*$",
    # someone old or hurt down on the floor, unable to get up ("bị xô ngã, giờ nằm đất", "nằm dưới
    # đất không đứng dậy được")
    r"\b(xo|dap|danh|xo day|dam)( \w+){0,3} (nga|te)\b.*\b(nam (duoi )?(dat|san|nen nha)|"
    r"khong (dung|ngoi) (day|len) (duoc|noi|dc)|bat tinh|ngat|bat dong)\b",
    r"\bnam (duoi |tren )?(dat|san|nen nha)( \w+){0,3} (khong|ko|chua) (dung|ngoi|day) (day |len )?"
    r"(duoc|noi|dc)\b",
    # someone else cutting or burning the writer ("chồng tôi lấy dao rạch tay tôi")
    self_harm.HARM_BY_ANOTHER_DONE,
    # death promised by him ("ck e nói tối nay cho e chết", "nó dọa làm mày chết"); never "cười
    # chết", "chết mệt" or "chết đi cho rồi", an insult
    r"\b(noi|bao|doa|de doa|nhan|nhan tin|tuyen bo|hua|the)\b(\s\w+){0,6}?\s(cho|lam) (toi|em|minh|tui|"
    r"may|mi|con|me|e) chet\b(?! (di|cho|doi|mat|duoc|vi|no|khiep|me|met|cuoi|thom|ngat|cuoi)\b)",
    # a children's life threatened with his own ("ổng dọa ôm con nhảy sông", "ck dọa ôm con tự
    # tử"): his threat, the children in danger (never the writer's own wish: bot/core/self_harm.py)
    r"\b(doa|de doa|noi|bao|nhan tin|tuyen bo)\b( \w+){0,3} (om|mang|dan|giet|bop co|dim) (theo )?"
    r"(con|be|dua nho|may dua nho|cac con|hai dua|em be|tui nho|chau)( \w+){0,3} (chet|tu tu|nhay song|"
    r"nhay cau|chet chung|chet theo)\b",
    # screaming heard next door or in the street, now ("nghe tiếng la hét bên nhà hàng xóm",
    # "nhà bên cạnh có người la hét, hình như bị đánh"): someone may be hurt this minute
    r"^(?!.*\b(bong da|da banh|da bong|co vu|karaoke|hat hò|hat ho|nhau nhet|an mung|ghi ban|"
    r"world cup|tran dau|xem phim|choi game|dam cuoi|dam gio|sinh nhat|choi dua|giut giai)\b)"
    r"(.*\b(nghe|co) (tieng |thay )?(nguoi |con nit |tre con |em be |phu nu |dan ba |chi ay |co ay )?"
    r"(la het|keu cuu|gao thet|thet len|la khoc|khoc thet|la lon|keu la)\b.*\b(hang xom|nha ben|"
    r"ben canh|ke ben|nha ke|phong ben|doi dien|ngoai duong|trong xom|xom tro|phong tro ben)\b|"
    r"\b(hang xom|nha ben canh|ben canh|nha ke ben|phong ben|nha doi dien)\b( \w+){0,4} "
    r"(la het|keu cuu|gao thet|khoc thet|la khoc)\b|"
    r"\b(la het|keu cuu|gao thet|khoc thet)\b( \w+){0,4} (hinh nhu|chac|co le|nhu la|nghe nhu)"
    r"( la)? (bi|dang bi) (danh|dap|hanh hung|bop co|dam|chem)\b)",
    # a man beating a woman or a child in the street, seen now ("có người đàn ông đánh phụ nữ
    # ngoài đường", "co thang danh con gai ngoai duong")
    r"\b(co|mot|may) (thang|nguoi|ong|ga|ten|nguoi dan ong|thang cha|nguoi dan ba|ba)( \w+){0,2} "
    r"(dang )?(danh|dap|dam|bop co|xo|ruot|da) (mot |con |nguoi |co )?(con gai|phu nu|co gai|chi|co|"
    r"em be|dua nho|con nit|ba|nguoi|vo|tre con)( \w+){0,3} (ngoai duong|giua duong|o ngoai|truoc nha|"
    r"trong hem|ngoai hem|o cho|ben duong|tren duong|o day|ngay day)\b",
    # a small child hurt now ("ổng quăng đứa nhỏ", "ba đâm bé", "bả đánh con bả dữ lắm, thằng
    # nhỏ la quá trời")
    r"\b(quang|nem|vut|liang|dap) (\w+ )?(dua nho|thang nho|con nho|em be|con be|dua be|be)\b"
    r"(?! (hinh|anh|bong|do choi|gau|sach|vo|xuong duoc))",
    r"\b(dam|chem|bop co|siet co|dim nuoc|dim) (be|dua nho|thang nho|con nho|em be|chau be|con be)\b",
    r"\b(danh|dap|bop co)\b( \w+){0,4} (du lam|du qua|du man|du vay|ghe lam|ghe qua)\b.*"
    r"\b(thang nho|con nho|dua nho|be|con be|em be|tui nho)\b( \w+){0,2} (la|khoc|het|thet|keu)",
    # drunk, home, hitting a parent or a child ("tia say ve danh ma", "say về đánh bà")
    r"\b(say|say xin|xin|say ruou|nhau say) (roi |r |xong |ve |ve roi )?(danh|dap|bop co|chem|xo) "
    r"(ma|ba|bo|me|tia|be|dua nho|con nho|thang nho|em be|ong|ba noi|ba ngoai)\b",
    # made to drink, drugged ("tụi nó ép em uống", "bị ép uống rượu", "nó chuốc thuốc em", "nó
    # bỏ thuốc vào nước em"): her body and her will taken now
    r"\b(tui no|bon no|chung no|may thang|may nguoi|ho|no|han|thang do|ong ay|ong ta|anh ta|chong|"
    r"sep|ong chu|ba chu|khach)( \w+){0,2} (ep|bat|buoc|chuoc) (toi|em|minh|tui|chi|con|e)"
    r"( \w+){0,2} (uong|nhau|say|ruou|thuoc)\b|"
    r"\b(bi|dang bi) (ep|bat|buoc|chuoc) (uong|nhau|ruou|thuoc|say)\b|"
    r"\bchuoc (ruou|thuoc|bia|cho say|say)\b|\bchuoc (toi|em|minh|tui|chi|con|e) (say|ruou|thuoc)\b|"
    r"\bchuoc thuoc (toi|em|minh|tui|chi|con|e)\b",
    r"\b(tui no|bon no|chung no|ai do|nguoi la|ke la|no|han|thang do|ong ay|anh ta|ho)( \w+)? "
    r"(bo|cho|pha|bo them|tron|bo bot) (thuoc|bot|gi do|cai gi do) (\w+ )?(vao|trong|vo) (ly|coc|nuoc|"
    r"do uong|bia|ruou|tra sua|chai|do an|com)\b",
    # stopped, followed, lured ("có mấy thằng chặn e lại", "thằng đó chặn đường e", "có xe chạy
    # theo em", "em bị bám đuôi", "có người lạ dụ e đi")
    r"\bchan (duong|dau|xe|loi) (toi|em|minh|tui|chi|con|e|chau)\b|"
    r"\bchan (toi|em|minh|tui|chi|e) lai\b",
    r"\b(xe|co xe|chiec xe|xe may|oto|o to|thang|may thang|tui no|bon no|ong do|thang do)( \w+){0,2} "
    r"(chay theo|bam theo|di theo|duoi theo|bam duoi) (toi|em|minh|tui|chi|e|con)\b",
    r"\b(bi|dang bi) (bam duoi|bam theo|theo duoi|ruot duoi)\b",
    r"\b(nguoi la|ke la|thang la|ong la|ba la|co nguoi|mot ong|mot thang)( \w+){0,2} (du|lua|ru|keo) "
    r"(toi|em|minh|tui|chi|con|e|chau|be)( \w+){0,2} (di|theo|len xe|vao|vo|ve)\b",
    # (2026-12-07) held by people and not let go home ("em bị một đám người giữ trong quán karaoke,
    # ko cho về"; never kept in class for homework or the rain)
    r"^(?!.*\b(vi|de|do|tai) (\w+ ){0,4}(bai|hoc|thi|mua|om|benh|phat|tre|kiem tra|lam bai)\b)"
    r".*\b(bi|dang bi)( \w+){0,4} (giu|nhot|giam|khoa|bat o|bat)( lai)? (trong|o|tai|ngoai)\b( \w+){0,5} "
    r"(khong|ko|k|hong|chang) (cho|de) (\w+ )?(ve|di|ra|ra ngoai|thoat|ve nha)\b",
    # (2026-12-07, the fourteenth reading) something held up and brought down on someone now ("ba e
    # đang cầm ghế đập mẹ e", "ổng đang vác cây phang chị")
    r"\b(dang|lai|van dang) (cam|lay|vac|cam cai|cam cay|vo|vo lay|chup|nhac)( \w+){0,2} (dap|danh|nem|chem|dam|"
    r"phang|quat|choi|ne|dong|tap) (vao |vo |len )?(me|ma|ba|chi|em|e|con|vo|toi|tui|minh|be|no|co|ba noi|ba ngoai|"
    r"ong|anh|bac|di|co ay|chi ay|thang be|con be|em trai|em gai)\b" + _NOT_AN_ANIMAL,
    # a knife sharpened after a threat, or no one left alive said ("hồi nãy ổng nói tối nay ko ai
    # sống sót đâu, giờ ổng đang mài dao")
    r"\b(doa|de doa|(?<!ong )(?<!ba )noi|giet|song sot|toi nay|dem nay)\b.*\b(dang|ngoi|lay dao ra|cam dao) mai (dao|rua|"
    r"ma tau|keo)\b|\b(dang|ngoi) mai (dao|rua|ma tau)\b.*\b(doa|giet|song sot|toi nay|dem nay)\b",
    r"\b(khong|ko|k|chang) ai (song sot|song|thoat|con song)( \w+)?( dau| het| duoc)?\b"
    r"(?!.*\b(phim|game|truyen|movie|film|zombie)\b)",
    # (2026-12-07, second reading) a score to settle, at a time said ("ổng nói chờ con ngủ rồi tính
    # sổ với tao", "tối nay nó sẽ xử em")
    r"(\btinh so\b(?! sach)|\b(tinh so voi|xu|xu dep|cho biet tay|day (cho )?(mot )?bai hoc|bao thu) "
    r"(tao|may|em|e|toi|tui|minh|co ta|chi|me con|vo|con(?! (ga|vit|heo|lon|ca|bo|de|cho|meo|tom|cua|oc|"
    r"ngan|ngong|chim|ech|luon|muc))|no|ca nha)\b)"
    r"(.*\b(toi nay|dem nay|lat nua|chut nua|ngu roi|ngu xong|ve roi|ve toi|xong roi))|"
    r"\b(toi nay|dem nay|lat nua|chut nua|(cho|doi|dot) (con|be|may dua nho|tui nho|tui no|may dua|bon tre|"
    r"tre|may dua con) ngu)\b.*(\btinh so\b(?! sach)|"
    r"\b(tinh so voi|xu|xu dep|cho biet tay|day (cho )?(mot )?bai hoc) (tao|may|em|e|toi|tui|minh|co ta|"
    r"chi|me con|vo|con(?! (ga|vit|heo|lon|ca|bo|de|cho|meo|tom|cua|oc|ngan|ngong|chim|ech|luon|muc))|no|"
    r"ca nha)\b)",
    # made to kneel for hours, a blow if she rises ("ck bắt e quỳ từ 9h tối tới giờ")
    r"\bbat (toi|em|e|minh|tui|con|chi|me) quy\b(?!( \w+){0,3} (lay|cung|chua|nha tho|le))",
    # speaking low, he is just outside ("e ko dám nói to, anh ta ngay ngoài rèm")
    r"\b(khong|ko|k) dam (noi|nhan|go|goi|khoc)( to| lon| nhieu| thanh tieng)?\b.*\b(ngay|dang|o) "
    r"(ngoai|ben ngoai|sau|canh|phong ben|ngoai cua|ngoai rem)\b",
    # locked in and made to serve clients ("bị ông chủ tiệm massage nhốt, bắt tiếp khách")
    r"\b(nhot|giam|giu|khoa trai)\b.*\bbat (\w+ ){0,2}tiep khach\b|\bbat (\w+ ){0,2}tiep khach\b.*"
    r"\b(nhot|giam|khoa trai)\b|^(?!.*\b(hay|thuong|cu|tung|hoi) bi\b).*"
    r"\b(bi|dang bi)( \w+){1,6} (nhot|giam|khoa trai)\b"
    r"(?!.*\b(vi|de|do|tai) (\w+ ){0,4}(bai|hoc|thi|mua|om|benh|phat|tre|lam bai)\b)",
    # a drinking night feared, after a hospital stay ("đêm nay ổng mà uống nữa là e ko sống nổi, lần
    # trước e nằm viện 2 tuần")
    r"\b(uong|nhau|say)\b.*\b(nam vien|nhap vien|cap cuu|gay tay|gay chan|khau|bat tinh)\b.*\b(toi nay|"
    r"dem nay|lat nua)\b|\b(toi nay|dem nay|lat nua)\b.*\b(uong|nhau|say)\b.*\b(nam vien|nhap vien|"
    r"cap cuu|gay tay|gay chan|khau|bat tinh)\b",
    # a door barricaded against someone trying to come in ("e chặn cửa bằng tủ rồi")
    r"^(?!.*\b(gio|mua|bao|meo|cho cho|con cho|con meo|cho be|tre con|lanh|bui)\b)"
    r".*(\b(chan|chen|chot|khoa|den) cua (lai )?bang (tu|ban|ghe|giuong|ke|thung)\b|"
    r"\b(lay|keo|day) (tu|ban|ghe|giuong|ke) (ra )?(chan|chen|den) cua\b)",
    # a friend or the writer in a house where someone keeps coming into her room at night, and
    # tonight no one else is home ("my uncle keeps coming into my room… tonight everyone is out")
    r"\b(keeps? coming|comes|came|sneaks?|snuck) (into|in) my (room|bed)\b.*\b(tonight|everyone('?s| is)? "
    r"(out|away|gone|asleep)|alone)\b",
    r"\b(cu|hay|hay lén|len) (vao|vo|mo cua vao) phong (toi|em|e|minh|tui|con|chau)\b.*\b(toi nay|dem nay|"
    r"khong co ai|ko co ai|ca nha di|moi nguoi (di|ngu))\b",
    # a driver off the way, the map turned off ("tài xế… tắt định vị rồi chạy vô đường vắng")
    r"^(?!.*\b(het pin|mat song|loi app|sap pin|sac pin)\b)"
    r".*\b(tai xe|xe om|grab|taxi|ong tai|bac tai)\b.*\b(tat (dinh vi|gps|app|ung dung|map)|chay (vo|vao) "
    r"duong vang|khong (chay|di) (ve )?(huong|duong) (nha|ve)|sai duong roi)\b",
    r"\b(driver|cab|uber|grab)\b.*\b(turned off (the )?(gps|app|map)|(driving|going) the wrong way|"
    r"won'?t (stop|let me out)|(empty|deserted|dark) road)\b",
    # (2026-12-07, third reading) kept in a room by a client, a door locked behind ("bà chủ khóa cửa
    # sau, ông khách trong phòng ko cho em ra")
    r"^(?!.*\b(choi|hoc|game|mua|benh|om|tre|khuya|an toan|nang|di choi|net|ban be|ra duong|lanh|"
    r"sot)\b)(?=.*\b(khoa|chot|trong phong|nhot|giu|tiem|quan)\b).*"
    r"\b(ong|ba|thang|nguoi|no|han|anh ta|ong khach|khach|chu|sep|tui no|ho)( \w+){0,4} (khong|ko|k) "
    r"cho (em|e|toi|tui|minh|chau|chi) (ra|ve|di|ra ngoai|thoat)\b",
    # summoned to his home tonight, alone, or else ("thầy nhắn bắt em tối nay qua nhà thầy một mình,
    # ko qua thì đánh rớt")
    r"\b(bat|doi|ep|keu)( \w+){0,3} (toi nay|dem nay)( \w+){0,2} (qua|den|toi|sang|len) (nha|phong|khach san|"
    r"nha nghi)\b.*\b(mot minh|(khong|ko|k) (qua|den|toi|len) thi)\b",
    # a lock worked at night at her room ("lão chủ trọ… đang lạch cạch ổ khóa")
    r"^(?!.*\b(cho tho|tho sua|sua dien|sua nuoc|cho khach)\b)(?=.*\b(nua dem|dem nao|dem|khuya|\dh sang|"
    r"toi nao)\b).*\b(dang|gio|lai dang)( \w+){0,3} "
    r"(lach cach|mo khoa|nay khoa|xoay o khoa|tra chia|ve o khoa)\b",
    # a knife carried on the way, or the whole family threatened ("chồng vừa vác dao chạy qua nhà
    # mẹ đẻ, nói là sẽ xử cả nhà")
    r"\b(vac|xach|mang|cam theo|giat) (dao|rua|ma tau|sung|bua)\b( \w+){0,4} (chay|di|qua|sang|toi|den|vo|"
    r"vao) (nha|phong|cho|kiem|tim)\b",
    r"\b(se|doa|noi|thi) (xu|giet|chem|dot) (ca nha|het ca nha|me con|ca ho)\b",
    # (2026-12-07, the tenth reading) a child or a kinsman taken into a vehicle by others
    # ("tụi nó bắt em trai tôi lên xe bảy chỗ", "họ lôi con gái chị vào ô tô"); never "bắt xe",
    # hailing a ride, which names no one taken
    r"\b(bat|loi|keo|nhet|ep|day|bong) (em trai|em gai|con trai|con gai|chau|be|con|em|chi|me|vo|ban)"
    r"( (toi|em|minh|tui|e|t|chi|cua (toi|em|minh|tui)))? (len|vao|vo) (xe|oto|o to|xe hoi|taxi|xe tai|"
    r"xe khach|xe van|ghe|thuyen)\b",
    # pulled into a car and driven off ("nó lôi lên xe chở đi đâu ko biết")
    r"\b(loi|keo|bat|ep|nhet|day)( \w+){0,2} (len|vao|vo) (xe|oto|o to|taxi|xe hoi)\b( \w+){0,3} (cho|chay|"
    r"di|phong)\b",
    # cornered and unable to get out ("tụi nó chặn em ở nhà vệ sinh… em ko ra được")
    r"\b(chan|vay|giu|nhot|bao vay|don)\b.*\b(khong|ko|k) (ra|thoat|chay) (duoc|dc|noi)\b",
    # a deadline with a hand to be cut ("trong 2 tiếng ko chuyển đủ… thì cho người qua chặt tay")
    r"\b(doa|noi|se|thi|cho nguoi)( \w+){0,4} (chat|cat) (tay|chan|ngon tay)\b|"
    r"\b(trong|truoc) \d+ ?(tieng|gio|h|phut)\b.*\b(cho nguoi (qua|toi|den)|giet|chem|danh)\b",
    # dragged by the hair ("nó nắm tóc kéo chị em ra đường", "túm tóc lôi mẹ đi")
    r"\b(nam|tum|giat|nau|loi) toc (toi|em|e|minh|tui|me|ma|chi|vo|con|co|be|chi ay|co ay|nguoi ta)\b|"
    r"\b(nam|tum|giat|nau|loi) toc\b( \w+){0,2} (keo|loi|dap) (toi|em|e|minh|tui|me|ma|chi|vo|con|co|be|no)\b|"
    # (2026-12-07, the eleventh reading) beaten, and screaming now ("bà hàng xóm bị con trai đánh,
    # đang la hét bên kia tường"); a group beating filmed as it happens ("tụi nó đang quay clip
    # đánh hội đồng con em")
    r"\bbi (\w+ ){0,3}(danh|dap|chem|dam|danh dap|hanh hung)\b.*\b(dang|van dang|van con) (la het|keu cuu|"
    r"khoc thet|gao thet|ket cuu|la hoang|la lon)\b",
    r"\b(dang|vua) (quay (clip|video) |livestream |live |quay live )?danh hoi dong\b|\b(dang|vua) quay "
    r"(clip|video)( \w+){0,2} (danh|dap|lot do|xe ao|hanh hung)\b",
    # (2026-12-07, the tenth reading) dragged by the hair somewhere ("bố lôi tóc kéo ra giữa sân")
    # (never hair held back while washing it: "nắm tóc kéo ra sau")
    r"\b(nam|tum|giat|nau|loi) toc( \w+){0,3} (keo|loi|ruot) ((ra|vao|vo) (giua|ngoai|san|duong|cua|khoi|"
    r"buong|phong|nha|hem|ngo|bep|chuong)|di|le|let|xenh xech)\b",
    # (2026-12-07, the sixth reading) dragged somewhere now ("chồng em đang lôi em ra ngoài ruộng",
    # "ổng đang kéo em vô phòng"; never a friend pulling her out to have fun)
    r"\b(dang|vua|lai) (loi|keo|ruot|tha|xoc|nam tay keo|nam ao keo) (toi|em|e|minh|tui|me|ma|chi|vo|"
    r"con|co|be|chi ay|co ay)( \w+)? (ra|vao|vo|di|xuong|len|theo|qua)\b(?!( \w+){0,2} (choi|shopping|mua sam|"
    r"an (uong|com|kem|sang|toi)|nhau|cafe|ca phe|karaoke|hat|du lich|xem phim|tap|gym|chay bo|nhay|dance|"
    r"selfie|chup hinh|chup anh|nha tho|le|chua|hoc|truong|lop|kham|bac si|nha sy|cho|sieu thi|dam cuoi|"
    r"dam gio|ve que|tiem)\b)",
    r"\b(is|he'?s|she'?s|they'?re|are|keeps?) (dragging|pulling|hauling) (me|us|her|my \w+) (into|out of|"
    r"outside|across|through|down the|up the|away|back|(to|toward|towards) (the|his|a|their) (car|van|truck|"
    r"room|bedroom|basement|bathroom|house|field|woods|river|back))\b(?!.*\b(party|dance|club|fun|"
    r"shopping|game|movie|karaoke|church|school|class|gym|mall|market|wedding|dentist|doctor|store)\b)",
    # hit, and now lying still ("ba đánh mẹ giờ mẹ nằm im ko dậy", "xô bà té, bà ko dậy nổi")
    r"^(?!.*\bngu\b).*\b(danh|dap|xo|da|dam|tat|quang|nem) (me|ma|ba noi|ba ngoai|ba|chi|em|con|vo|no|be|"
    r"co ay|chi ay|nguoi ta|ong noi|ong ngoai)\b.*\b(nam im|nam bat dong|(khong|ko|k|hong|chang) (day|"
    r"dung day|ngoi day|dung len|day noi|day duoc|cu dong|nhuc nhich|tinh|mo mat|tra loi))\b",
    # beaten, with no one stepping in ("bả đánh con nhỏ quá trời mà ko ai can")
    r"\b(danh|dap|hanh ha)\b( \w+){0,6} (ma |nhung )?(khong|ko|k|chang|chua) (ai|co ai|thay ai) "
    r"(can|can ngan|vao can|ra can|giup|dam can|lam gi)\b",
    # wanting to leave, held back ("e muốn về mà ảnh lôi lại", "định đi thì nó giữ tay kéo vô")
    r"\b(muon|doi|dinh|xin) (ve|di|ra|ve nha|ra ngoai|di ve)\b( \w+){0,3} (ma|nhung|thi) (anh|ong|no|han|"
    r"ny|ck|chong|anh ta|ong ta|anh ay|ong ay|bo|ba|thang do)( \w+)? (loi|keo|giu|chan|khong cho|ko cho|"
    r"k cho|giat)( \w+)? (lai|vo|vao|ve|tay|di|ra)?\b",
    # drunk home, tonight feared ("ổng say về r… tối nay chắc ko yên đâu")
    r"\b(say|say xin|nhau|xin|xay xin) (ve|ve roi|ve r|ve nha)\b.*\b(toi nay|dem nay|lat nua|chut nua)"
    r"( \w+){0,3} (khong|ko|k|chang) (yen|xong|thoat|song)\b",
    # a threat with a time to come ("dọa tung clip, nói nửa tiếng nữa qua tận nhà")
    r"\b(doa|de doa|tung clip|tung anh|giet|xu|danh|chem)\b.*\b(nua tieng|muoi phut|lat nua|chut nua|"
    r"\d+ phut)( nua)? (qua|toi|den|ghe|len|xuong) (tan )?(nha|cho|phong|tro|cong ty)\b",
    # a photo of her home sent ("nó gửi hình cổng nhà em rồi nói gặp sớm")
    r"\b(no|han|anh ta|ong ta|ong ay|ck|chong|ny|nyc|ny cu|thang do|thang kia|ex|nguoi la|so la)"
    r"( \w+){0,2} gui (cho (e|em|toi|tui|minh) )?(hinh|anh|tam hinh|tam anh|clip) (chup )?(cong|cua|"
    r"truoc nha|nha|cua so|cua phong) (nha |phong )?(e|em|toi|tui|minh)\b",
    # (2026-12-07, fourth reading, from heldout_eleventh's misses; in other words than its lines)
    # come to take the child now ("chồng cũ đang ở dưới nhà đòi lên giành con")
    r"\b(dang|van|gio|vua)( \w+){0,6} (doi|muon|se|dinh|toi|den) (len|vo|vao|qua|toi|xong vao|xong vo)( \w+){0,2} "
    r"(bat|dem|gianh|cuop|lay|bong|dat) (con|be|chau|thang be|con be|thang nho|con nho|may dua nho)\b",
    # a blow, then blood from within ("bị đấm vô bụng, giờ ói ra máu"): however small the blow
    # is said to be
    r"\b(danh|dap|dam|da|dap|xo|bop co|siet co|dam)\b.*\b(ho|oi|non|khac|tieu|di ngoai|oe) ra (mau|mau "
    r"tuoi|mau bam)\b",
    # beaten and left somewhere unknown ("nó đánh rồi bỏ em lại ngoài quốc lộ, ko biết chỗ nào")
    r"\b(bo|vut|quang|da|duoi|day)( \w+){0,3} (lai |xuong )?(giua|o|ngoai|tren|ben|dau|cuoi) (duong|deo|dong|"
    r"rung|nui|cau|quoc lo|bai|dong khong|ruong|nghia dia|bo song|bo ke|cho vang|xa lo|cao toc)\b.*\b("
    r"(khong|ko|k|chang) biet (day la|cho nay la|dang o|minh o|o) (dau|cho nao|cho nao het)|het pin|pin "
    r"(con|sap het|yeu)|\d+ ?% ?pin|lac duong)\b",
    # a friend's check-in deadline passed, and no answer ("dặn 9h chưa nhắn thì báo công an, giờ
    # 10h rồi gọi ko ai nghe")
    r"\b(neu|ma|qua)( \w+){0,5} (chua|khong|ko|k) (nhan|goi|bao|lien lac|tra loi)( \w+){0,3} (thi|la) "
    r"(bao|goi) (cong an|113|canh sat|police)\b.*\b(gio|bay gio|da|qua)( \w+){0,4} (khong|ko|k|chua)( ai| co ai)? "
    r"(bat may|nghe may|nghe|tra loi|lien lac|rep|nhan|thay)\b",
    # a crowd come to "teach a lesson" at her door ("cả đám đang đứng trước nhà đòi dạy nó một
    # bài học")
    r"\b(dang|dung|tu tap|keo den|keo toi|vay|bu|kéo)( \w+){0,5} (truoc|ngoai|o) (cua|cong|nha|phong|tro|"
    r"phong tro)\b.*\b(day (cho )?(\w+ ){0,2}(mot |1 )?bai hoc|xu|danh|dap|xong vo|xong vao|pha cua|doi vao|"
    r"doi vo)\b",
    # he says he knows her way home and waits for her tonight ("nói biết đường em về, tối nay
    # đón em ở đầu hẻm")
    r"^(?=.*\b(so la|nguoi la|la mat|thang|han|nyc|ny cu|chong cu|ck cu|doa|de doa|lien tuc|theo doi|"
    r"rinh|ex)\b).*\b(biet|nam ro)( \w+){0,6} (duong|nha|cho o|gio)\b.*\b(toi nay|dem nay|chieu nay|lat nua|"
    r"chut nua|hom nay)( \w+){0,3} (cho|doi|don|rinh|phuc|gap)\b",
    # tied up or locked in by kin, found, and the doer still there ("bà bị con trai trói ở buồng,
    # nó vẫn còn trong nhà")
    r"\b((troi|xich)( \w+){0,3} (vo|vao|o|trong) (giuong|ghe|cot|buong|phong|chuong|kho)|nhot( \w+){0,3} "
    r"(vo|vao|o|trong) (chuong|kho|buong))\b.*"
    r"\b(con|van|dang)( con| dang| van)* o (day|nha|trong nha|ngoai|do|ben ngoai)\b",
    # (2026-12-07, the eighth reading) kept in a pen, a store or a cellar, unfed or beaten there
    # ("ông chủ nhốt trong chuồng không cho ăn, đánh suốt"); never the animals kept there
    r"\b(nhot|giam|xich|troi)( lai)?(?! (con |may con |dan |bay |cap )?(ga|heo|lon|vit|bo|trau|de|cho|meo|"
    r"cun|chim|ngan|ngong)\b)( \w+){0,2} (vo|vao|o|trong) (chuong|kho|nha kho|ham|buong|thung|container|"
    r"xuong)\b"
    r".*\b((khong|ko|k|chang|hong) cho (an|uong|ra|ve|di|ngu)|bo doi|danh (suot|hoai|hang ngay|moi ngay|lien "
    r"tuc|hoai hoai|quai)|(danh|dap) (em|con|toi|tui|chau|minh|tui em|tui con))\b",
    # his own threat to her life, and tonight feared ("lần trước ổng nói lần sau là mất mạng, tối
    # nay ổng nhậu về")
    r"\b(noi|doa|bao|tuyen bo)( \w+){0,3} (lan sau|lan toi|lan nua)( la| thi| se)? (mat mang|chet|giet|"
    r"khong song|ko song|khong tha|ko tha)\b.*\b(toi nay|dem nay|sap ve|chut nua|lat nua|hom nay)\b|"
    r"\b(toi nay|dem nay|sap ve|chut nua|lat nua)\b.*\b(noi|doa|bao)( \w+){0,3} (lan sau|lan toi|lan nua)"
    r"( la| thi| se)? (mat mang|chet|giet|khong song|ko song)\b",
    # dragged somewhere by a group, clothes pulled and filmed, texting in secret ("tụi nó lôi em
    # vô kho, giật đồ quay clip")
    r"\b(keo|loi|dan|ep|bat)( \w+){0,3} (vo|vao|ra) (nha ve sinh|toilet|wc|kho|phong|nha kho|goc|hem|"
    r"bai|lum|phong tap|san sau)\b.*\b(giat|giut|xe|coi|lot)( \w+){0,2} (ao|quan|do|vay)\b",
    # a live-in worker kept in, her phone taken, and he comes again tonight ("bà chủ giữ đt, ông
    # chủ vào phòng tui, tối nay ổng lại về")
    r"\b((vao|vo|xong vao|mo cua) phong (tui|em|toi|e|chau|chi|con)|so soang|dong cham|lam bay|cuong hiep|"
    r"hiep dam)\b.*\b(toi nay|dem nay)( \w+){0,3} (lai )?(ve|toi|den|vo|vao|qua|len)\b",
    # a nude video demanded, or they come to the house ("ko gửi clip thì tối nay tới nhà")
    r"\b(khoa than|nude|anh nong|clip nong|hinh nong|video nong)\b.*\b(khong|ko|k|chua)( \w+){0,2} "
    r"(thi|la)( \w+){0,3} (toi nay|dem nay|mai|chut nua|lat nua|sap)( \w+){0,2} (toi|den|qua|len|xuong|ghe)"
    r"( tan)? (nha|phong|truong|cho lam|tro)\b",
    r"\b(khong|ko|k|chua) (gui|quay|chup|dua|send)( \w+){0,3} (khoa than|nude|anh nong|clip nong|hinh nong|"
    r"video nong)( \w+){0,3} (thi|la)( \w+){0,3} (toi nay|dem nay|mai|chut nua|lat nua|sap)( \w+){0,2} (toi|den|"
    r"qua|len|xuong|ghe)( tan)? (nha|phong|truong|cho lam|tro)\b",
    # whispered, he asleep near, and taken away tomorrow ("ảnh ngủ phòng bên… mai chở em về quê
    # ảnh ko ai biết")
    r"\b(nho|khe|nhe) (thoi|tieng)\b.*\b(ngu|nam|o)( \w+){0,2} (phong ben|ben canh|ngoai phong khach|ke ben)\b"
    r".*\b(mai|sang mai|toi mai|ngay mai)( \w+){0,4} (cho|dua|bat|dem|dan) (\w+ ){0,2}(ve|di|len|xuong|qua)\b",
    r"\b(cho|dua|bat|dem|dan) (e|em|toi|tui|minh|chi)( \w+){0,3} (ve|di|toi|den|len|xuong) (\w+ ){0,3}"
    r"(khong|ko|k|chang) (ai|co ai) (biet|tim|thay|lien lac)\b",
    # held in a room by a client who beat her ("khách đánh, giữ chị trong nhà nghỉ, chị mượn đt")
    r"\b(giu|nhot|khoa)( \w+){0,3} (trong|o|tai) (nha nghi|khach san|phong|nha tro|can ho|xe)\b.*"
    r"\b(muon|lay len|len|tron)( \w+){0,2} (dien thoai|dt|may|dthoai)\b",
    # (2026-12-07, the eighth reading) a small child beaten, and now a sign of harm ("ck đánh bé
    # bằng thắt lưng, giờ bé khóc không ra tiếng", "đánh con xong nó lịm đi")
    r"\b(danh|dap|quat|tat|lac|nem|da|dun)( \w+){0,2} (be|con|chau|thang be|con be|em be|thang nho|con nho)\b"
    r".*\b(khoc (khong|ko|k|hong) (con )?ra tieng|khong (con )?khoc (duoc|dc|nua)|lim (di|dan)|lim dim|"
    r"mat (lo do|trang da)|li bi|tim tai|(khong|ko) (cu dong|phan ung|nhuc nhich)|tho (yeu|thoi thop))\b",
    # just dragged into bushes, an alley, a car: an assault now ("vừa bị kéo vào bụi cây, áo rách")
    r"\b(vua|moi|vua moi|vua roi) bi (\w+ ){0,2}(keo|loi|loi keo|ep|bat|dua|day) (vao|vo|ra|xuong) "
    r"(bui|bui cay|bui rap|hem|hem toi|goc|xe|nha nghi|nha hoang|ruong|vuon|cho toi|phong|kho|gam cau|"
    r"bai dat)\b",
    # someone to come now, asked for ("tôi cần người đến ngay", "cho công an tới liền giùm")
    r"\b(can|xin|goi|mong|cho) (nguoi|ai do|cong an|canh sat|nguoi giup|113|ai)( \w+)? (den|toi|qua|ra|vo) "
    r"(ngay|lien|gap|lien bay gio|ngay lap tuc|ngay bay gio)\b(?! (mai|hom khac|tuan|khi)\b)",
    # (2026-12-07, the ninth reading) a window or a lock being forced now ("có người đang cạy cửa
    # sổ nhà bà"); followed and blocked on the road, or forced onto their bike ("2 thằng chạy xe
    # theo sát, chặn đầu xe em, bắt em leo lên xe tụi nó"); beaten on a boat still at sea
    r"^(?!.*\b(quen|mat|lam mat|hong|ket) (chia khoa|khoa)|.*\btho (khoa|sua khoa)\b)"
    r".*\b(co nguoi|co ai|nguoi la|ke la|ke gian|trom|ai do|thang (nao|do|kia|cha)|tui no|bon no|may thang|han|"
    r"no|ong ta|chong cu|ck cu|nyc|ex)( \w+)? (dang|vua|dang co)( \w+)? (cay|pha|be|dap|dap pha|mo trom|bay|"
    r"cua) (cua|cua so|khoa|o khoa|song cua|then cua|cong|cua sau)\b",
    r"\b(theo sat|bam theo|bam duoi|chay theo|di theo)\b.*\b(chan (dau )?xe|chan duong|ep xe|ep (vao )?le)\b|"
    r"\b(chan (dau )?xe|chan duong|ep xe)\b.*\b(bat|ep|keo|loi|xo|day)( \w+){0,2} (len|vao|vo) xe\b",
    r"^(?=.*\b(tau ca|ghe ca|thuyen ca|tau danh ca|ghe danh ca)\b)(?=.*\b(danh|dap|nem xuong bien|"
    r"roi xuong bien|xo xuong bien)\b).*\b(dang|van|con) (o )?(ngoai khoi|tren bien|giua bien|ngoai bien)\b",
    # home, and the knife promised for this time ("ổng về rồi, lần trước nói lần này sẽ dùng dao")
    r"\b(ve|toi|den|sap ve|dang ve|vo nha)( roi)?\b.*\b(lan nay|lan sau|lan toi|hom nay|toi nay) (se|thi|la|"
    r"chac) (dung|cam|lay|xai|mang|co) (dao|sung|bua|axit|xang|ma tau|rua)\b",
    # (2026-12-07) a child shut in and starved ("ổng nhốt con cho đói mấy ngày nay")
    r"\b(nhot|khoa trai|giam)( \w+)? (con|be|chau|em be|dua nho|thang be|con be|con nho|thang nho)"
    r"( \w+){0,3} (cho |de |bat )?(doi|nhin doi|khat|khong cho an|khong cho uong)\b",
    # (2026-12-07, the sixteenth reading) a blade or a gun held against her body ("gã kề dao vào
    # hông em bảo im", "nó dí súng vô lưng tôi"; Southern "hông", the hip, reads "không" once
    # expanded); never a knife to a chicken's neck
    r"\b(ke|di|chia|gi|ep|an|chi) (dao|con dao|kiem|keo|ma tau|sung|dao gam|dao phay|mui dao|luoi dao)( \w+)? "
    r"(vao|vo|len|sat|ngay|o) (co|hong|khong|bung|lung|suon|mang suon|nguoi|mat|eo|ngang hong|dau|ngực|nguc|"
    r"hong|tim|bong)( \w+)? (em|toi|tui|minh|e|chi|con|tao|tau|me|ba|chau|vo|co ay|chi ay|nguoi ta)\b"
    r"(?! (ga|vit|heo|lon|bo|ca|cho|meo|de|ngan|ngong|chim|trau|ech|luon|ran)\b)",
    # (2026-12-07, the sixteenth reading) a man of the family in a child's room again by night
    # ("dượng lại mò vào phòng con", "bố dượng tối nào cũng vô phòng em"); never a visit by day
    r"\b(duong|bo duong|cha duong|ba duong|chu|cau|ong noi|ong ngoai|ban trai (cua )?me|nguoi yeu (cua )?me|"
    r"bo cua me)( \w+)? ((toi nao cung|dem nao cung|moi dem|moi toi|dem qua|toi qua|nua dem|ban dem|dem nay|"
    r"khuya)( lai)? (vao|vo|mo vao|mo vo|len vao|len vo|chui vao|chui vo|lan vao)|(lai )?(mo vao|mo vo|"
    r"len vao|len vo|lan vao|chui vao|chui vo)) (phong|giuong|man|chan|mung) (em|con|chau|toi|tui|minh|e)\b",
    # (2026-12-07, the sixteenth reading) no voice to speak with him right outside ("em không nói to
    # được, nó ngồi ngay ngoài", "ổng ở phòng bên, em ko dám nói thành tiếng"), either order
    r"\b(khong|ko|k|chang) (the |dam |duoc )?(noi|goi|la|khoc) (to|lon|thanh tieng|ra tieng|duoc|dien thoai|dien)\b"
    r".*\b(no|han|ong ay|ong ta|chong|ck|ong|thang do|anh ta|gia|bo|ba duong|duong|bon no|tui no)( dang| van)? "
    r"(ngoi|dung|o|nam|ngu|rinh|canh)( ngay| ngay ben| ben| ngoai| o)* (ngoai|ben ngoai|phong ben|ngoai cua|"
    r"truoc cua|sau lung|ke ben|ben canh|canh cua|phong khach)\b|"
    r"\b(no|han|ong ay|ong ta|chong|ck|ong|thang do|anh ta|gia|bo|ba duong|duong|bon no|tui no)( dang| van)? "
    r"(ngoi|dung|o|nam|ngu|rinh|canh)( ngay| ngay ben| ben| ngoai| o)* (ngoai|ben ngoai|phong ben|ngoai cua|"
    r"truoc cua|sau lung|ke ben|ben canh|canh cua|phong khach)\b.*\b(khong|ko|k|chang) (the |dam |duoc )?"
    r"(noi|goi|la|khoc) (to|lon|thanh tieng|ra tieng|duoc|dien thoai|dien)\b",
    # (2026-12-07, the seventeenth reading) a call cut off by screams ("đang gọi thì nghe nó la hét
    # rồi mất tín hiệu", "nghe chị ấy khóc thét rồi tắt máy")
    r"\b(dang goi|dang noi chuyen|goi dien|dang video|dang facetime)( \w+){0,4} (thi )?(nghe|nge)( \w+){0,3} "
    r"(la het|het len|thet|khoc thet|keu cuu|la len|van xin|gao)( \w+){0,4} (roi |thi )?(tat may|mat tin hieu|"
    r"cup may|mat song|khong nghe may|khong bat may|im bat|dut|mat ket noi)\b",
    # his hand on her phone as she writes, and someone begged to come ("hắn đang giật điện thoại,
    # nhà em dãy trọ cuối, tới nhanh")
    r"\b(han|no|ong ay|ong ta|chong|ck|anh ta|thang do|gia|ong)( dang| vua)? (giat|gianh|cuop|lay|dap|nem|"
    r"doi) (dien thoai|dt|dth|phone|may)\b.*\b(toi|den|qua|cuu|lai) (nhanh|gap|lien|ngay|giup|dum|gium)"
    r"( len| di| voi)?\b",
    # (2026-12-07, the eighteenth reading) shut in by the one she works for or lives with, and
    # kept without food ("chủ nhà khóa em trong nhà kho, hai ngày rồi không cho ăn"); shut in
    # alone is read below (situations.LOCKED_FROM_OUTSIDE)
    r"\b(khoa|khoa trai|nhot|giam|nhet)( \w+)? (em|toi|tui|minh|e|chung em|tui em|con|chi|chau)( lai)? (trong|o trong|"
    r"vao|vo|o) (\w+ ){0,2}(nha kho|kho|phong|nha ve sinh|toilet|buong|chuong|xe|thung|tang ham|ham|nha|can phong)"
    r"\b.*\b(khong|ko|k|chua|chang) (cho )?(an|uong|ra|ve|goi|dung dien thoai)\b",
    # taken across a border, on the road now ("ông chủ đưa e qua tq, e đang trên xe ko biết ở
    # đâu", "họ chở tụi em sang campuchia, bị lấy điện thoại")
    r"\b((dua|cho|cho xe|dan|ban|chuyen|keo)( \w+)? (em|toi|tui|minh|e|chung em|tui em|con|chi|chau|bon em|"
    r"may dua)|bi( \w+){0,2} (dua|cho|cho xe|dan|ban|chuyen|keo)) (qua|sang|di|len|vuot) (tq|trung quoc|ben tau|"
    r"campuchia|cam|lao|myanmar|mien dien|bien gioi|"
    r"malaysia|thai lan|dai loan)\b.*\b(dang (o )?tren (xe|tau|thuyen|duong)|khong biet (dang )?(o )?(dau|"
    r"cho nao)|ko biet (o )?dau|bi (bit mat|lay (het )?(dien thoai|giay to|ho chieu)|troi|nhot))\b",
    # (2026-12-08, the nineteenth reading) screams next door that sound like someone held down or
    # beaten ("con gái nhà bên la hét, nghe như bị ai đó đè, cửa khóa trong")
    r"\b(la het|la len|keu cuu|khoc thet|gao thet|thet len|ket cuu|van xin)( \w+){0,4} (nghe nhu|hinh nhu|co ve|"
    r"nhu la)( bi| dang bi)?( \w+){0,3} (de|ghi|danh|bop co|siet co|hiep|cuong hiep|giet|dap|troi|bit mieng|"
    r"sam so|so soang)\b",
    r"\bbi (ai do|nguoi ta|thang nao|ong nao|no|han|ong ta|thang do|gia) (de|ghi chat|bit mieng|bop co|siet co)"
    r"( \w+)?\b.*\b(cua (khoa|dong)|khoa (cua|trong)|la het|keu cuu|khoc thet)\b|"
    r"\b(cua (khoa|dong)|khoa (cua|trong)|la het|keu cuu|khoc thet)\b.*\bbi (ai do|nguoi ta|thang nao|ong nao|"
    r"no|han|ong ta|thang do|gia) (de|ghi chat|bit mieng|bop co|siet co)\b",
    # a child led into a motel by a grown man ("đứa em họ 12 tuổi bị ông chú dẫn vào nhà nghỉ")
    r"\b((1[0-5]|[1-9]) tuoi|be gai|con be|hoc sinh|lop [1-9])\b.*\b(dan|dua|keo|cho|lua|du|ep|dat|bong)"
    r"( \w+){0,2} (vao|vo|toi|den|len|di) (nha nghi|khach san|motel|hotel|nha tro|phong tro|phong)\b",
    # (2026-12-08, the twenty-second reading) a child beaten and screaming at an address, seen or
    # heard ("nhà số 14 hẻm 92 có đứa nhỏ bị đánh la quá trời"); one beaten, then shut in ("ông chủ
    # tiệm đánh con bé giúp việc rồi nhốt nó trong kho"); papers taken abroad, and he comes into her
    # room by night ("ổng lấy hộ chiếu, tối nào cũng vào phòng e")
    r"\b(dua nho|dua be|con nit|thang nho|con nho|be|dua tre|tre con|con be|thang be|em be)( \w+){0,2} bi (danh|dap|"
    r"quat|bop|dam|don|xu)( \w+){0,3} (la|khoc|het|thet|keu|gao|la het|khoc thet)( \w+)? (qua troi|qua|lam|du|"
    r"du lam|ghe|tham thiet|om som|nay gio|khong ngung)\b",
    r"\b(danh|dap|don|quat)( \w+){0,4} (roi|xong|xong roi|con|va|sau do) (nhot|khoa|giam|nhet)( \w+){0,2} (trong|vao|"
    r"vo|o) (\w+ ){0,2}(kho|nha kho|phong|toilet|nha ve sinh|chuong|ham|buong|nha tam)\b",
    r"\b(lay|giu|thu|tich thu|cam|giat) (het |luon )?(ho chieu|passport|giay to)\b.*\b((vao|vo|xong vao|mo cua) "
    r"phong (e|em|toi|tui|minh|chau)|so soang|sam so|hiep|cuong hiep|ep (e|em|toi|tui|chau) (ngu|quan he|lam chuyen))"
    r"\b|\b((vao|vo|xong vao|mo cua) phong (e|em|toi|tui|minh|chau)|so soang|sam so|hiep|cuong hiep)\b.*\b(lay|"
    r"giu|thu|tich thu|cam|giat) (het |luon )?(ho chieu|passport|giay to)\b",
    # (2026-12-08, the twenty-third reading) a friend not heard from, her last message that they are
    # taking her somewhere ("k liên lạc dc bn e từ tối qua, tin cuối nó gửi là họ đang chở nó đi
    # đâu đó"); a driver off the road who will not let her out ("tài xế chạy sai đường khóa cửa ko
    # cho xuống")
    r"\b(khong|k|ko|mat|chua) lien lac( duoc| dc)?\b.*\b(ho|tui no|nguoi ta|bon no|may nguoi|may thang|ong ta|han|"
    r"tui ho) (dang )?(cho|dua|dan|keo|chuyen|bat|ep) (no|ban em|ban toi|em ay|chi ay|co ay|em toi|con toi|con em|"
    r"chau|be|nguoi ta) di\b",
    r"\b(tai xe|xe om|grab|taxi|lai xe|bac tai|xe khach|xe)\b.*\b(khoa cua|chay sai duong|di sai duong|cho sai duong|"
    r"re vao hem|chay lung tung)( \w+){0,4} (khong|ko|k|chang|hong) (chiu )?(cho|dung|ngung)( (em|toi|tui|minh|e|"
    r"chau))? (xuong|ra|xe|lai)\b",
    # a coded order with one beside her ("shop ơi e đặt đôi giày, giao gấp tới số 12…, người nhà e
    # đang đứng cạnh nên e ko gọi được")
    r"\b(dat|order|mua)\b.*\b(giao|ship|gui)\b.*\b(dang (dung|ngoi|o)( ngay)? (canh|ben canh|ke ben|ke|sau lung)|"
    r"o (ngay )?(ben canh|canh))\b.*\b(khong|ko|k) (goi|noi|nghe may|nhan tin)( duoc| dc)?\b",
    # pinned under him ("nó đang đè lên người em", "ổng ghì chặt em xuống giường")
    r"\b(dang|no|han|ong ay|ong ta|anh ta|chong|ck|thang do|gia)( dang)? (de|ghi|ghi chat|kep chat|bit mieng)"
    r"( len)? (nguoi|co|mieng|mat) (em|e|toi|tui|minh|chau|con)\b|\b(de|ghi chat) (em|toi|tui|chau|con) "
    r"xuong (giuong|san|dat|nen|ghe|sofa)\b",
    # poisoned by someone's hand, eaten and now in pain ("chồng bỏ thuốc chuột vô cháo của em, em
    # ăn rồi, giờ đau bụng dữ dội")
    r"\b(chong|ck|vo|vk|ong ay|ba ay|no|han|anh ta|ong ta|me chong|bo chong|nguoi ta|ai do|thang do|"
    r"gia|mu)( \w+)? (bo|tron|cho|bom|nho|xit|rac|pha) (thuoc chuot|thuoc doc|thuoc sau|thuoc tru sau|"
    r"thuoc diet co|doc|thuoc ngu|thuoc me|xyanua|thach tin|axit|a xit)( \w+){0,2} (vao|vo|trong) "
    r"(\w+ ){0,3}(chao|com|canh|nuoc|ly|coc|do an|thuc an|sua|tra|ca phe|cafe|bat|chen|mon|thit|banh)\b",
    # a coded order: food asked to an address by one who cannot speak ("cho em đặt 1 pizza giao
    # tới số 12…, đừng gọi lại, anh ấy đang ở đây"); a real order says none of this
    r"\bpizza\b.*\b(dung|khong|ko|k|khong nen|dung co) (goi lai|goi dien lai|call lai)\b|"
    r"\b(dat|goi|order)( \w+){0,3} (pizza|do an|com|ga ran|tra sua|banh)\b.*\b(anh ay|ong ay|ong ta|han|no|"
    r"chong|ck|anh ta|ong)( dang)? (o day|o ben canh|ngoi (ke|canh|ben canh)|dang nghe|dang nhin)\b",
]

# New shoes or a horse broken in ("he's breaking in his new boots"): no one breaking into a home
_NOT_NEW_GEAR = r"(?! (his |her |my |the |a |new |those |these )*(new )?(boots|shoes|sneakers|jeans|gloves?|saddle|horse|" \
                r"colt|puppy|car|engine|bike|glove|mitt)\b)"
_EN_PATTERNS = [
    r"^help$", r"^help (help|please|pls)\b", r"\bsave me\b", r"\bsos\b",
    # (2026-12-07, the fourteenth reading) told from the next room: tied up by him, a promise she
    # will not leave alive, someone smashing glass below her ("he tied me up this morning", "said
    # i'm not leaving this house alive", "man breaking glass downstairs")
    r"\b(he|she|they|husband|boyfriend|dad|father)( \w+)? (tied|tie|ties|tying|taped|chained) (me|us|my \w+) "
    r"(up|down|to)\b",
    r"\b(not|never|won'?t be|aren'?t|ain'?t|isn'?t) (leaving|leave|getting out of|get out of|walking out of|making it "
    r"out of|make it out of) (this|the|that|here|his) ?(house|home|room|flat|apartment|place|car|alive)( \w+)?\b"
    r"(?<=alive)|\b(leave|leaving|get out|getting out|walk out|make it out)( of)?( this| the| here)?( \w+)? alive\b"
    r"(?<!\bto leave alive)(?!.*\b(game|movie|film|show|book|escape room|level)\b)",
    r"\b(man|men|guy|someone|somebody|stranger|he|they|husband|boyfriend)( is| are| s)? (breaking|smashing) "
    r"(the |a |our |my |all the )?(glass|windows?|door|doors|in|through)\b(?!.*\b(movie|film|game|video)\b)" +
    _NOT_NEW_GEAR,
    # (2026-12-07) taken over a border by those who hold them ("they're moving us across the
    # border tomorrow morning", "họ sắp đưa tụi em qua biên giới"); never a company's trip
    r"\b(they|these men|the men|the boss|the broker|the agent|the traffickers|those men|he)( are|'re| re| is|'s| s| will|'ll| ll|"
    r" gonna| going to)? (moving|move|taking|take|sending|send|selling|sell|smuggling|smuggle|transporting|"
    r"transport) (us|me|my \w+|the girls|the women)( \w+){0,3} (across|over|through) (the )?border\b",
    # (2026-12-07) smashing the home's things now ("he's breaking everything and the kids are here")
    r"\b(he|husband|boyfriend|dad|father|stepdad|my ex|ex)( is|'s| s)? (breaking|smashing|throwing|wrecking) "
    r"(everything|all (our|my|the) (things|stuff)|the furniture|furniture|plates|dishes|the tv|chairs)\b"
    r"(?!.*\b(movie|film|game|video|lego|toys?)\b)",
    # someone crying for help, or violence said to be happening now ("a woman yelling help", "he
    # is beating her, it's happening right now")
    r"\b(yelling|screaming|shouting|crying|calling) (out )?(for )?help\b",
    # hit now, in few words ("husband beat me now", "mother in law hit me now", "he still here"
    # after a blow), or "help" with the blow ("help, husband beat me")
    r"\b(beat|beats|beating|hit|hits|hitting|kick|kicks|kicking|punch\w*|slap\w*|chok\w*|hurt|"
    r"hurts|hurting) (me|us)( \w+)? (now|still|again now|right now)\b",
    r"\b(beat|hit|kick\w*|punch\w*|slap\w*|chok\w*|hurt)\w* (me|us)\b.*\b(he|she|they|him)( is| s)? "
    r"still (here|home|in the house|outside|there)\b",
    r"^(help|help me|please help|pls help|please help me)\b.*\b(beat|beats|beating|hit|hits|hitting|"
    r"kill\w*|chok\w*|hurt\w*|rape\w*)\b",
    # drunk and smashing, hiding from him, locked in (as "ổng say xỉn về đập đồ", "em trốn trong
    # nhà tắm", "nhốt em trong phòng" are read; said in few words by a foreign spouse too)
    r"\b(drunk|wasted)\b.*\b(smash\w*|break\w*|throw\w*|wreck\w*)\b|"
    r"\b(smash\w*|breaking|throwing|wrecking)\b.*\b(drunk|wasted)\b",
    r"\b(toilet|bathroom|closet|wardrobe|under (the|my) bed)\b.*\bhid(e|ing)\b|"
    r"\bhid(e|ing) (in|inside|under) (the |my )?(toilet|bathroom|closet|wardrobe|bed)\b",
    r"\block(s|ed)? (me|us)( \w+)? (in (a |the |my )?)?(room|house|inside|toilet|bathroom)\b",
    r"\b(hit\w*|beat\w*|fight\w*|attack\w*|hurt\w*|chok\w*|stab\w*)\b.*\b(happening|going on) "
    r"(right )?now\b",
    # hitting heard or seen now ("I can hear my neighbour hitting her kids", "there is someone
    # hitting my friend")
    r"\bhear (\w+ ){0,4}(hitting|beating|being hit|being beaten)\b|\bi hear (hitting|beating|"
    r"screaming and hitting)\b|\b(there is|theres|there's) (someone|somebody|a man|a guy) (hitting|"
    r"beating|attacking|stabbing)\b",
    # a fire set on her home ("he set our house on fire", "he's burning the house down")
    r"\b(he|she|they|my (husband|boyfriend|ex|partner|dad|father|stepdad))( \w+){0,2} (set|sets|setting|"
    r"lit) (the |our |my |her |his )?\w+( \w+)? on fire\b|"
    r"\b(held|holds|holding|pushed|pushes|forced)( [\w']+){0,4} (head|face) (in|under|into) (the |a )?"
    r"(water|bucket|tub|bath|basin|river|pond)\b|"
    r"\b(held|holds|holding|pushed|pushes|pushing|keeps|keeping|kept) (her|him|me|them|(my|his|her|our|"
    r"the) (little |baby |younger |older |big |step)?(brother|sister|son|daughter|baby|child|kid|boy|girl|"
    r"wife|mom|mother|dad|father))( \w+)? under (the |a )?(water|bath ?water)\b|\b(poisoned|drugged|spiked)( \w+){0,3} "
    r"(me|her|him|my|food|drink)\b|"
    r"\b(he|she|they)( is| s|s)? (burning|burnt|burned) (down )?(the|our|my|her) (house|home|room|flat)\b",
    # a knife or a gun emoji held ("ck cầm 🔪", "ổng cầm 🔪 dí em"), as the word would be
    r"\b(cam|co|rut|vung|chia|di|lay|dang cam|holding|has|have|with|got)( \w+)? emozq\b",
    # only emoji, one of them an ambulance, a police car, a knife, a gun or blood (normalize.py)
    r"^((emosad|emofear|emoangry|emoplease|sos) )*emozq( (emozq|emosad|emofear|"
    r"emoangry|emoplease|sos))*$",
    # someone killing someone, said now ("he is killing my mom"); never "my back is killing me"
    r"\b(he|she|they|someone|somebody|husband|boyfriend|partner|dad|father|stepdad|brother|guy|man|"
    r"neighbou?r|ex)('s| is| are)? killing (me|her|him|them|us|my|our|someone|somebody|the)\b",
    # choked or hurt just now ("bf choked me rn"): happening or just done
    r"\b(choked|strangled|choking|strangling|stabbed|beat|beating|hit|punched|kicked|attacked) "
    r"(me|her|him|us)( \w+){0,2} (rn|right now|just now|a minute ago|minutes ago)\b",
    # a knife or a gun emoji between him and her ("ck 🔪 e")
    r"\b(chong|ong|ong ay|no|han|anh ay|bo|ba|cha|he|him)( \w+)? emozq (em|toi|minh|tui|con|me|vo|"
    r"me|her|us)\b",
    r"\b(is|are|keeps?|started|was) (hitting|beating|choking|strangling|stabbing|attacking|"
    r"hurting|raping|kicking|punching) (me|us|my|her|him|the(?! (odds|record|game|heat|traffic|"
    r"clock|drums?|ball|system|competition|deadline|crowd|rush|market|other team|snooze|button|"
    r"books|gym|road|sack|hay|keys|brakes|notes|wall|jackpot|target|spot)\b))\b",
    r"\b(hitting|beating|choking|strangling|attacking|hurting|kicking|punching) me\b",
    # someone else hurt now, told by the one who sees it ("someone is hitting a woman outside",
    # "a guy is beating his girlfriend"): a person named, never "hitting a ball"
    # (never a small child's doing asked about: "my toddler keeps hitting his mom, is that normal")
    r"^(?!.*\b(my|our) (toddler|baby|little (boy|girl|one)|[1-6] ?(year|yr)s? old|(\w+ )?(son|daughter|"
    r"kid|child|boy|girl))\b( \w+){0,2} (keeps?|is|started|always|kept)\b).*"
    r"\b(is|are|keeps?|started) (hitting|beating|choking|strangling|stabbing|attacking|raping|"
    r"kicking|punching) (someone|somebody|(a|an|this|that|some|his|their|our|the) "
    r"((young|old|pregnant) )?(woman|women|girl|lady|wife|girlfriend|gf|partner|mother|mom|mum|"
    r"person|neighbou?r))\b",
    # someone taken by force, seen ("a man is dragging a girl into a car")
    r"(?<!\bi was )(?<!\bi am )(?<!\bim )(?<!\bi'm )(?<!\bwe were )"
    r"\b(dragging|dragged|pulling|forcing|shoving|pushing) (a|the|this|that|some|her|his|my) "
    r"((young|little) )?(girl|woman|lady|kid|child|boy|teen|teenager|wife|girlfriend) (into|in) "
    r"(a|the|his|their) (car|van|truck|taxi|room|house|boat)\b",
    r"\b(going to|gonna|will|wants to|threatens? to|threatened to|trying to|tried to) "
    r"(kill|hurt|stab|shoot|burn|rape)\b"
    # (2026-12-07) an idiom's object ("gonna kill it at the interview", "trying to kill my sugar
    # cravings", "who wants to shoot some hoops")
    r"(?! (it|time|some time|the (time|game|interview|exam|test|presentation|round|boss|lights?|engine|music|"
    r"mood|vibe|bugs?|weeds?|pests?|breeze|messenger)|my (sugar |junk food |snack |late night )?(cravings?|"
    r"habit|appetite|vibe)|(some )?(hoops|pool|photos|pictures|a video|the breeze|an email|a message|a text)|"
    r"off (an|a) (email|message|text))\b)",
    # a beating promised for tonight ("he's gonna beat me when he gets home tonight")
    r"\b(going to|gonna|will|'ll) (beat|hit|punch|choke|strangle) (me|us|her)\b(?! at\b).*\b(tonight|when he "
    r"(gets|comes) (home|back)|when he is back|later|after work)\b",
    r"\bkill (me|us|her|him|myself|the kids?|the children)\b",
    # (2026-12-07) murder promised ("he said he would murder me over a pizza"); never a film's or a
    # game's ("murder mystery", on screen, is read before)
    r"\b(he|she|they|husband|boyfriend|bf|ex|dad|father|stepdad|partner)( \w+){0,3} (would|will|'ll|ll|is going "
    r"to|gonna|wants to|threatened to|swore to|promised to) murder (me|us|her|him|the kids?|the children|my \w+)\b",
    # (2026-12-07) phones or passports taken and a move tonight ("broker say tonight move us…
    # they took our phones")
    r"\b(took|take|taken|confiscated|collected) (all )?(our|my|the) (phones?|passports?)\b.*\b(tonight|move us|"
    r"moving us|taking us)\b|\b(tonight|move us|moving us|taking us)\b.*\b(took|taken|confiscated|"
    r"collected) (all )?(our|my) (phones?|passports?)\b",
    # the first client set ("first customer is at 9 tonight")
    r"\b(first|next) (customer|client|guest)\b( \w+){0,3} (tonight|at \d+|is here|is coming|arrives)\b",
    # a beating promised for when the child is home ("daddy said tonight will be worse")
    r"\b(said|says|told (her|him|me))( that)? (tonight|it|when (i|she|he) get\w* home)( \w+){0,2} "
    r"(will|'ll|is going to|gonna) be worse\b",
    r"\b(scared|afraid|too scared|terrified) to go (back )?home\b.*\b(belt|beat\w*|hit|kill|worse|marks|"
    r"bruises?)\b",
    # shut in, or the means to move taken ("my carer took my wheelchair away and shut me in")
    r"\b(shut|locked) (me|us) (inside)\b|\bshut (me|us) (in|up)\b(?!.*\b(by accident|accidentally|joke|game|prank)\b)",
    r"\b(took|takes|taken|hid|hides|hidden|removed) (away )?my (wheelchair|crutches|walker|walking (stick|"
    r"frame)|hearing aids?|cane)\b(?!.*\b(repair\w*|fix\w*|clean\w*|charg\w*|service)\b)",
    # a weapon held, drawn or brought by someone ("he has a knife", "her dad is at her door with a
    # machete"); never a knife named alone ("best knife for filleting fish", "sharpen a knife")
    r"\b(with|has|have|had|got|holding|holds|held|pulled|pulls|pulling|grabbed|grabs|grabbing|"
    r"waving|waves|brandishing|carrying|carries|swinging|swings|brought|bring(ing)?|points?|pointed|"
    r"pointing|wielding)( out)?( a| an| his| her| the| their| my| this| that| some| big| huge| kitchen| "
    r"rusty)* (knife|knives|gun|guns|pistol|rifle|machete|cleaver|axe|hatchet|hammer|sickle|crowbar|"
    r"iron bar|metal (bar|pipe)|broken bottle|baseball bat|bat|blade)\b(?!.*\b(fish|meat|vegetables?|"
    r"onions?|bread|cake|chop|slice|dice|fillet\w*|sharpen\w*|cook\w*|kitchen drawer|shop|store|buy|"
    r"recommend\w*|game|movie|film)\b)",
    r"\b(knife|knives|gun|pistol|machete|cleaver|axe|hammer|blade)( \w+){0,2} (at|to|against|on) "
    r"(my|her|his|our|their|the) (throat|neck|head|face|chest|door|belly|stomach)\b",
    # death promised to the writer ("he said i'll die if i leave", "you're dead if you tell")
    r"\b(said|says|told me|tells me|threatened|threatens|warned( me)?)( that)? (i|you)('ll| will| "
    r"would|'d| am going to| are going to|'re going to| am| are|'re|'m) (die|be dead|dead|end up "
    r"dead)\b(?! (to|of|from|tired|with|laughing)\b)",
    r"\byou('re| are) (so )?dead if\b",
    r"\b(i am|we are|she is|he is) (not safe|unsafe|in danger)\b", r"\bin danger\b",
    # "not safe" said alone or of home, here; "i don't feel safe (at home)"
    r"^((really|still|just) )?(not|un) ?safe( (here|at home|now|right now|anymore|at all|"
    r"tonight))*$", r"\b(i|we) (do not|dont|don't|cannot|can not|can't) feel safe\b(?! (online|with "
    r"(money|my money|the app|apps|social media)))",
    r"\b(home|my home|my house|our house|this place|it here|here) (is not|isn't|isnt|is no longer|"
    r"is un) ?safe\b(?! (for (kids|children|pets)|to (eat|drink|use|store)))",
    r"\b(bleeding|unconscious|passed out)\b", r"\bcan not (breathe|escape|get out\b(?! of (bed|my bed|the bed|debt|it|this|my head|my mind)))",
    # a serious injury done ("he broke my arm"): 115 first
    r"\b(broke|broken|fractured|cracked|smashed) (my|her|his|our) (arm|nose|ribs?|jaw|leg|"
    r"wrist|hand|fingers?|tooth|teeth|skull|head|collarbone)\b",
    r"\b(pregnant)\b.*\b(kick\w*|hit|hits|punch\w*|beat\w*|push\w*|stomp\w*)\b|"
    r"\b(kick\w*|hit|hits|punch\w*|beat\w*|push\w*|stomp\w*)\b.*\bpregnant\b",
    r"\b(kicked|punched|stomped on|hit) (me|her) in the (stomach|belly)\b",
    r"\bneed (a |some )?(shelter|safe place|place to stay|place to hide)( \w+){0,2} (now|tonight|"
    r"urgently|right now|asap)\b",
    r"\blocked (me|us) (in|up)\b", r"\blocked (in|up)\b", r"\bbreaking (in|into|down)\b" + _NOT_NEW_GEAR,
    r"\b(should|must) i (break (in|down|into|the door|their door|down the door)|go in there)\b",
    r"\bhiding (in|from)\b", r"\bfollowing (me|us)\b(?! (on|in) (instagram|insta|ig|facebook|fb|tiktok|twitter|x|"
    r"social|online|youtube)\b)",
    # (a jab: "the shot at the doctor hurt a bit", "flu shot", "got my booster shot")
    r"\bstabbed\b|(?<!flu )(?<!booster )(?<!vaccine )(?<!covid )(?<!tetanus )(?<!the )(?<!a )"
    r"\bshot\b(?! (at the (doctor|clinic|pharmacy|hospital)|of (espresso|tequila|vodka|whisky|"
    r"whiskey)|glass|put|clock))",
    r"\b(being|was just) (raped|attacked|assaulted|followed|trafficked|held|beaten|hit|choked)\b",
    # raped, as "bị … hiếp" is read in Vietnamese: care within hours matters (115 first), unless
    # told as long past (_LONG_AGO)
    r"\b(was|got|been|were|get|getting) raped\b", r"\braped (me|her|us|my)\b",
    r"\b(will not|do not|would not) let (me|us) (leave|go|out)\b(?! anywhere| to | with| alone)",
    r"\b(taking|took|dragging|dragged|forcing|forced) (me|us|her) (somewhere|away|into (a|the|his))\b",
    # (2026-12-07, the seventh reading) kept upstairs, a weapon fetched, a whipping just now ("they
    # keep us upstairs in the karaoke", "he went to get his belt", "ổng vừa quất dây nịt vô lưng
    # tui", "ổng đánh tui, giờ đi lấy thêm cây")
    r"\b(they|he|she|the (boss|owner|manager|agent|madam|mama ?san|broker)) (keep|keeps|kept|are keeping|is "
    r"keeping|hold|holds|are holding|is holding) (us|me|the girls|all of us|them) (upstairs|downstairs|locked|"
    r"inside|in (the|a|this) (room|back|basement|karaoke|bar|building|house|compound|massage))\b"
    r"(?!.*\b(storm|rain|flood|typhoon|covid|quarantine|for (our|my) safety)\b)",
    r"\b(he|she|they)( is|'s| has| just| have)? (gone|went|going|gonna go|ran|run) (to |and )?(get|fetch|grab) "
    r"(a |his |her |the |their |another |more |some )?(knife|knives|gun|belt|stick|bat|hammer|machete|rope|"
    r"axe|cleaver|petrol|gasoline|acid|lighter)\b",
    r"^(?!.*\b(di cho|ra cho|tiem|cua hang|mua|ban|sieu thi)\b)"
    r".*\b(ong|ong ay|ong ta|no|han|chong|ck|ba|bo|thang|anh ta|anh ay|bo duong|ba duong|cha duong|me ke)"
    r"( \w+){0,2} (gio |dang |vua |lai |con )?(di|chay|vo|xuong|ra|qua)( \w+){0,2} (lay|kiem|tim|vac) (them )?(roi|dao|"
    r"ma tau|bua|xang|dui|riu|that lung|day nit|axit|sung)\b(?!.*\b(de (lam|trong|nau|sua|chat|cat|got|bo|"
    r"thai)|lam (hang rao|bep|vuon|banh|co)|nau|trong|cat banh|chat (ga|thit|cui)|got|do xe|xe may|xe)\b)",
    r"\b(danh|quat|dap|chem|dam|da|tat|vut)\b.*\b(gio|dang|vua|lai|con) (di |chay |vo |xuong )?(lay|kiem|tim|"
    r"vac) (them )?(cay|gay|roi|dao|ma tau|bua|kieng|ghe|xang|dui|riu|that lung|day nit|axit)\b",
    r"\b(vua|dang|lai|cu) (quat|vut|danh|quet|dap) (bang )?(day nit|that lung|day lung|roi|day dien|cay|gay|"
    r"roi may|day)( \w+){0,2} (vo|vao) (lung|nguoi|chan|tay|mat|dau|mong|dit|ma)\b",
    r"\b(outside|at) my door\b", r"\bright now\b.*\b(hit|hurt|attack|threat|beat)",
    # he is coming ("he's on his way", "is coming tonight"), as "ổng đang tới" is read
    # choked or strangled, now or with the body still telling of it ("he strangled me last night
    # and i can't stop coughing"): a medical danger as the Vietnamese "bóp cổ" is read
    # (as "chồng bóp cổ em" is: strangling, unless told as long past, is the gravest warning sign)
    r"\b(choked|strangled|choking|strangling) (me|us)\b(?!.*\b(years?|months?) ago\b)",
    r"\b(put|puts|had|has|got|wrapped|squeezed|holding)( \w+){0,2} hands? (around|round|on) (my|her) (neck|"
    r"throat)\b(?!.*\b(years?|months?) ago\b)",
    # held now for gain, here or abroad, the writer or someone dear: taken by a broker, locked
    # up, a ransom asked ("em gái tôi bị môi giới đưa sang Đài Loan lấy chồng giờ bị nhốt", "con
    # gái tôi đi làm bên Campuchia bị giữ, đòi 50 triệu chuộc", "the boss locks us in at night")
    r"\b(moi gioi|lay chong|xuat khau lao dong|xkld|di lam|dua sang|dua qua|lua sang|lua qua|"
    r"sang (dai loan|trung quoc|campuchia|cam|lao|han quoc|malaysia|myanmar)|ben (campuchia|cam|lao|"
    r"trung quoc|dai loan|myanmar))( \w+){0,8} (bi |dang bi |gio bi )?(nhot|giam|giu lai|bi giu|bat giu|"
    r"khong cho ve|khong cho ra|danh dap)\b|"
    r"\b(doi|bat|doi tien|doi \d+ (trieu|tr|ty)|doi (\w+ ){0,2}tien) ?(\w+ ){0,2}chuoc\b|\btien chuoc\b|"
    r"\bransom\b|\b(boss|employer|owner|company|they|agent|broker)( \w+)? (locks?|locked|keeps?|kept) "
    r"(us|me|her|them) (in|inside|locked)\b",
    # acid, boiling water or petrol thrown on someone ("em bị tạt axit", "ck tạt nước sôi vào
    # người em"): a burn to treat now and violence, whoever tells it
    r"\b(bi |da |vua )?tat (axit|a xit|acid|nuoc soi|dau soi|xang)\b|\b(acid|boiling water) "
    r"(attack|thrown|on (me|her|my|his))\b|\b(threw|thrown|splashed|poured) (acid|boiling water)\b"
    r"(?! (in|into|over|for) (the |a |my |some )?(teapot|pot|kettle|cup|mug|bowl|noodles|tea|jar|flask|"
    r"pan|rice|pasta|sink)\b)",
    # (a child threatened with being beaten to death, "nếu em ko đổi thì đánh chết")
    r"\b(doa|noi|bao|se|thi|tao)( \w+){0,2} (danh|dap) (chet|cho chet)\b(?! (di duoc|duoc|luon a))",
    # poison kept for her, his threat to kill the family, a knife sharpened while he stares, him
    # waiting at her door ("ck mua thuốc chuột về để trong phòng ngủ, nói để dành cho e", "nếu e
    # ly hôn thì cả nhà cùng chết", "ck mài dao suốt buổi tối, nhìn e", "ny cũ đang đứng dưới nhà")
    r"\b(thuoc chuot|thuoc diet chuot|thuoc doc|thuoc tru sau|axit|xang)( \w+){0,8} (de danh|danh rieng|danh) "
    r"(cho )?(toi|em|minh|tui|e|may|con)\b|\b(thuoc chuot|thuoc diet chuot|thuoc doc|thuoc tru sau|axit)"
    r"( \w+){0,8} (bat|ep|doa|de) (toi|em|minh|tui|e|may|con) (uong|an|nuot)\b",
    # (said after the condition too: "nếu em ly hôn, ổng nói cả nhà cùng chết")
    r"\b(neu|khi|ma) (toi|em|e|minh|tui|may) (ly hon|ly di|bo di|chia tay)( \w+){0,3} (ong|ong ay|ck|chong|no|han|"
    r"anh ta|ba ta)( \w+)? (noi|doa|bao|tuyen bo)( la| rang)? (ca nha|ca hai|tat ca|me con|ca lu|ca me con|may|em|"
    r"toi)( \w+)? (cung |se )?chet\b(?! (doi|kho|met|mat))",
    r"\b(noi|doa|de doa|bao|tuyen bo|nhan tin)( la| rang)? (neu|khi|ma) (toi|em|e|minh|tui|may) (ly hon|ly di|"
    r"bo di|chia tay|bo (anh|ong|no|han|chong|ck|tao))( \w+){0,3} (thi )?(ca nha|ca hai|tat ca|me con|ca lu|"
    r"ca me con|may|em|toi)( \w+)? (cung |se )?chet\b(?! (doi|kho|met|mat))",
    r"\bmai dao\b( \w+){0,5} (nhin|doa|chui) (toi|em|minh|tui|e|tao|may|con)\b",
    # (an ex, or one who followed her: never "chồng em đang ngồi trước nhà nói chuyện với hàng xóm")
    r"\b(ny cu|nguoi yeu cu|chong cu|ck cu|vo cu|ex|(di theo|theo doi|bam theo|rinh|tim ra) (toi|em|minh|"
    r"tui|e))( \w+){0,8} (dang |van |cu )?(dung|rinh|doi|cho|lang vang)( \w+)? (duoi|truoc|ngoai|o ngoai) "
    r"(nha|cong|cua|phong|phong tro|cho lam|cong ty)\b(?!.*\b(don (be|con|chau)|de don|dua (be|con)|"
    r"tra (be|con)|tham (be|con))\b)",
    # drunk or raging and on his way back ("he was drunk and he is coming back")
    r"\b(drunk|furious|raging|wasted)\b.*\b(coming|on his way) (back|home|here|over)\b",
    # hurt badly, in English as in Vietnamese ("i can't stand up", "threw me against the wall")
    r"\b(beat|beaten|hit|kicked|punched|stomped|hurt|attacked)\b.*\b(can't|cant|cannot|can not) (stand|walk|get) up\b|"
    r"\b(threw|thrown|slammed|smashed|pushed|shoved) "
    r"(me|her|him|our baby|the baby|my baby|our son|our daughter|my son|my daughter|the kid|our kid|my kid) "
    r"(against|into|onto|on|down) (the )?(wall|floor|door|table|ground|stairs)\b",
    # he is heard coming ("i can hear him coming up the stairs", "he's banging on the door")
    r"\bi (can )?hear him (coming (up the stairs|upstairs|for me|to (my|the) (room|door))|banging|"
    r"breaking|kicking|trying to (get|break|open)|outside (my|the) (door|room)|at the door)\b|"
    r"\b(he)('s| is) (coming|walking|running) (up the stairs|upstairs|to my room|to my door)\b|"
    r"\b(he)('s| is) (banging|kicking|pounding) on (my|the) door\b",
    # (2026-12-07, the ninth reading) breaking in now; beaten on a boat still at sea
    r"\b(someone|somebody|a man|a guy|he|they|men)( is|'s| are|'re)? (trying to )?(break(ing)? in(to)?|"
    r"pry(ing)? (open )?(the|my|our|her) (window|door|lock)|forc(e|ing) (open )?(the|my|our|her) (door|"
    r"window|lock))\b",
    r"^(?=.*\b(fishing boat|trawler|fishing vessel)\b)(?=.*\b(beat\w*|hit\w*|threw|thrown|overboard)\b)"
    r".*\b(still|we'?re|we are|i'?m|i am) (at sea|out at sea|offshore)\b",
    # (2026-12-07, the eighth reading) outside her window now, or over the fence ("my ex is
    # outside my window right now, he jumped the fence")
    r"\b(he|ex|husband|boyfriend|bf|partner|dad|father|stepdad|stalker|man|guy)( is|'s| are|'re)? "
    r"(outside|at|by|under|below) (my|the|our) (window|door|gate|house|bedroom|room|apartment|flat)( \w+){0,2} "
    r"(right now|now|again tonight)\b|"
    r"\b(he|ex|husband|boyfriend|stalker|someone) (just )?(jumped|climbed|got) (over )?(the|our|my) "
    r"(fence|wall|gate|balcony)\b|"
    r"\b(need|send|get) (someone|somebody|the police|police|help|a cop|cops)( to come)?( here)? (right now|now|"
    r"asap|immediately|right away)\b(?! (or|if|with|for|on|in|to|about)\b)",
    r"\b(he|she|they)('s| is| are|'re) (on (his|her|their) way|coming (back |home |over |here |"
    r"for me )?(now|tonight|right now))\b|\bis coming tonight\b",
    r"\b(can|could) hear (it|them|him|her|the screaming|screaming|shouting|her screaming|"
    r"her crying)( \w+)? (now|right now)\b",
    r"\b(is|was|are) not (waking up|breathing|moving|responding)\b",
    r"\b(will not|won't) wake up\b", r"\bkeeping (us|me|her|them) (in|at|locked)\b",
    r"\bguards? (outside|at the door)\b", r"\bransom\b",
    r"\b(took|taken|brought|sold|smuggled|moved) (me|us|her) (across|over|past) the border\b",
    r"\b(do not|dont|don't) know where i am\b.*\b(help|took|taken|brought|they|he)\b|"
    r"\b(help|took|taken|brought|they|he)\b.*\b(do not|dont|don't) know where i am\b",
    # death promised by him ("he said ill be dead by morning", "he told me i won't live to see
    # tomorrow")
    r"\b(he|she|they|my (husband|boyfriend|partner|ex|dad|father|stepdad))( \w+){0,2} (said|says|told me|"
    r"threatened|threatens|texted|swore)( that)?( \w+){0,2} (i'?ll|i will|i would|i'd|im going to|"
    r"i'm going to|i am going to|i'?m gonna|you'?ll|you will) (be dead|die|not (live|survive|make it|"
    r"see (tomorrow|the morning)))\b(?! (laughing|of (laughter|embarrassment|shame|boredom|envy)|"
    r"from (laughing|embarrassment)|when you see|when i see|of cuteness))",
    # children threatened ("he said he will kill the kids", "he threatened to take the kids and
    # jump")
    r"\b(he|she|my (husband|boyfriend|partner|ex))( \w+){0,2} (said|says|told me|threatened|threatens|"
    r"texted|swore)( that)?( \w+){0,2} (he|she)?('ll| will| would|'d| is going to| is gonna| gonna|"
    r" to)? (kill|hurt|drown|take) (the|my|our|her|his) (kids?|children|baby|son|daughter)\b",
    # a child beaten now ("stepdad beating kid", "he is hitting my son"); never asked about ("is
    # beating a child illegal")
    r"(?<!is )(?<!about )(?<!of )(?<!stop )(?<!by )\b(beating|hitting|punching|kicking|choking|"
    r"strangling|slapping) (up )?(the |my |a |her |his |our |their )?(kid|kids|child|children|baby|son|"
    r"daughter|toddler|little (boy|girl|one))\b",
    # a door forced while she hides ("he keeps slamming his shoulder into the door"), taken away
    # in a vehicle ("they pushed me into a van", "the driver locked the doors and won't stop"),
    # a drink's sudden effect with a stranger wanting to take her ("vision going blurry after
    # one beer and the guy wants to drive me somewhere")
    r"\b(he|she|they|someone|somebody|my (husband|ex|boyfriend|partner|dad|father|stepdad)|the (guy|man))"
    r"( \w+){0,3} (slamming|slams|slammed|ramming|rams|kicking|kicks|banging|bangs|pounding|pounds|"
    r"breaking|smashing|forcing)( \w+){0,3} (into|on|at|against|down|in|open) the (door|window)\b|"
    r"\b(pushed|forced|dragged|threw|shoved|pulled|bundled|grabbed) (me|her|us|my \w+) (into|in) (a|the|his|"
    r"their|an) (\w+ )?(car|van|truck|taxi|vehicle|trunk|boot)\b|"
    r"\b(locked|locks|lock) (the|all the|his|its) doors?\b.*\b(won'?t (stop|let me out|let me go)|"
    r"don'?t know where|strange (road|place|way)|wrong way)\b|"
    r"\b(don'?t|do not) know where (we'?re|we are|he'?s|he is|they'?re|they are) (going|taking me|driving)\b|"
    r"\b(blurry|dizzy|woozy|spinning|can'?t stand|cant stand|fuzzy|numb)\b.*\bafter (one|a|1|two|2|half a) "
    r"(drink|beer|glass|sip|cocktail|shot)\b.*\b(guy|man|he|someone|stranger|wants|drive|take me)\b|"
    # drugged ("i think i was drugged", "someone spiked my drink")
    r"\b(i was|i've been|ive been|i got|been|was|i think i was|i think i got) (drugged|spiked|roofied)\b|"
    r"\b(drugged|spiked|roofied) (me|my drink)\b|\bput something in my (drink|food|water)\b",
    # (2026-12-07) something put in her drink by him, and the body going now ("ông ấy bỏ cái gì vào
    # nước cho tôi uống, giờ tay chân tê hết"); never a sweet drink asked about
    r"\b(bo|cho|tron|pha|bo thuoc|cho thuoc)( \w+)? (gi|j|thuoc|thu gi|cai gi|chat gi|cai j|thu j|thuoc gi)"
    r"( \w+)? (vao|vo) (nuoc|ly|coc|do an|com|chai|bia|ruou|tra|sua|chen|do uong)( \w+){0,3} (cho )?(toi|em|e|"
    r"minh|tui|con|chi|tao|tau|me|vo) (uong|an)\b( \w+){0,8} (te|te liet|chong mat|lo mo|buon ngu|mat lu|"
    r"khong dung|ko dung|k dung|choang|nang dau|mo mat|mo mit|run|yeu|lit|ngat|xiu|kho tho|non|oi)\b",
    # followed, grabbed, trapped, assaulted just now ("a guy follows me", "someone grabbed me",
    # "i am trapped", "i got assaulted tonight"); never followed online
    r"\b(a (guy|man|stranger|car|van|person|group of (guys|men))|someone|somebody|some (guy|guys|men|man)|"
    r"he|they)( is| are|'s|'re)? (following|follows|followed|chasing|tailing) (me|us)\b"
    r"(?! (on|in) (instagram|insta|ig|facebook|fb|tiktok|twitter|x|social|online|youtube|twitch)\b)",
    # (2026-12-07, the twelfth reading) an end promised for tonight ("he just said tonight's the
    # night he finishes it"), someone dragged out now ("my housemate is being dragged out by her agent")
    r"\b(he|she|they)( just)? (said|says|told me|swore|warned)( that)? (tonight|today|this)( is|'s| s)?"
    r"( the (night|day))? (he|she|they)('ll| will| is going to| s going to| gonna)? (finish|finishes|end|ends) "
    r"(it|me|us|this|her|you)\b|\b(he|she|they)('ll| will| is going to| gonna) finish (me|us|her|you) (off )?"
    r"(tonight|today|now)\b",
    r"\b(is|are|'s|'re) being dragged (out|away|off|into|down)\b",
    # (2026-12-07, the twelfth reading) the one who followed her, there now ("there's a man in
    # the stairwell who followed me from the bus stop", "có thằng lạ đi theo em từ bến xe, giờ
    # đứng dưới nhà")
    r"\bthere(?:'s| is| s|s) (a|some|this|that) (guy|man|stranger|person|boy|car|van|men|guys)( \w+){0,6} "
    r"(who|that) (followed|was following|has been following|is following|kept following|keeps following) "
    r"(me|us)\b(?! (on|in) (instagram|insta|ig|facebook|fb|tiktok|twitter|x|social|online|youtube|twitch)\b)",
    r"\bco (1 |mot |may |hai |2 )?(thang|nguoi|ong|ga|ten|dua|ke)( la)?( \w+){0,4} (di theo|bam theo|chay theo) "
    r"(em|toi|minh|tui|chau|con)( \w+){0,4} (gio|bay gio|luc nay|dang)( \w+){0,2} "
    r"(dung|ngoi|o|rinh|cho|dau xe|lang vang)\b",
    r"\b(someone|somebody|a (guy|man|stranger)|some (guy|guys|men)|he|they)( just)? (grabbed|groped|"
    r"dragged|pulled) (me|my (arm|hair|body|breast|butt))\b",
    r"^(i'?m|im|i am) (stuck|trapped|locked in|locked up)( (in here|here|in (a|the|my|his) (room|house|"
    r"bathroom|car|apartment|flat)))?( (help|please|now|right now|pls))*$",
    r"\b(assaulted|attacked|raped|sexually assaulted|jumped|groped|touched)\b( \w+){0,6} (tonight|just now|"
    r"right now|an hour ago|minutes ago|earlier tonight)\b|\b(just|just got|just been|was just) "
    r"(assaulted|attacked|raped|groped)\b",
    # (2026-12-07) hands on a throat, a choking done to someone ("dad has both hands on mum's
    # throat", "he is choking my mom")
    r"\bhands? (on|around|round) (my |her |his |their |our )?([a-z]+'?s )?throat\b|"
    r"\bhands? (around|round) (my |her |his |their |our )?([a-z]+'?s )?neck\b",
    r"\b(chok|strangl|throttl)\w* (me|her|him|them|mum|mom|my (mum|mom|mother|sister|wife|daughter|son|"
    r"brother|friend|girlfriend|grandma|gran|nan))\b",
    # dragged by the hair ("he's dragging her out by her hair")
    r"\b(dragg\w*|pull\w*|yank\w*|haul\w*) (me|her|him|them|mum|mom|my \w+)( \w+){0,2} by (the |my |her "
    r"|his |their )?hair\b",
    # hit, and now not getting up ("my brother hit our grandma and she's not getting up")
    r"\b(hit|beat|pushed|punched|kicked|shoved|threw|slammed|knocked) (her|him|me|mum|mom|my \w+|our \w+|"
    r"grandma|grandpa|gran|nan)\b.*\b(she|he|mum|mom|grandma|grandpa|gran|nan|they)('?s| is| was| has|"
    r" isn'?t| won'?t| can'?t| doesn'?t| hasn'?t| didn'?t)? (not |still not |still )?(getting up|get up|"
    r"got up|moving|move|moved|waking up|wake up|responding|respond|breathing)\b",
    # a friend pulled outside while she can barely stand ("some men at the bar keep pulling my
    # friend outside, she can barely stand")
    r"\b(pull\w*|dragg\w*|tak\w*|carry\w*|walk\w*|lead\w*) (my (friend|sister|cousin)|her|me)( \w+){0,2} "
    r"(outside|out|to (his|their|a) (car|room|van))\b.*\b(barely|can'?t|cannot|hardly) (stand|walk|talk|"
    r"stay awake)\b",
    # (2026-12-07, second reading) blocking the door, with a threat ("my bf is blocking the door")
    r"\b(he|she|they|my (bf|boyfriend|husband|partner|ex|dad|father|stepdad)|he'?s|hes)( is| keeps| just)? "
    r"(blocking|standing in) (the|my) (door|doorway|exit|way out)\b(?!( \w+){0,3} (with (boxes|the|his|a|"
    r"furniture)|while (we|i|they)|moving|parked|parking))",
    # passports or papers taken by those who brought them ("took our passports, guards at the gate")
    r"^(?!.*\b(is it|is that|legal|allowed|can (they|he|she|my))\b)"
    r"(?=.*\b(our (passports?|papers|documents|ids?)|guards?|can'?t leave|cannot leave|won'?t let (us|me) "
    r"(leave|go|out)|trapped|not allowed (out|to leave)|gate|nobody speaks|brought (us|me) here)\b)"
    r".*\b(took|taken|take|kept|keep|keeping|holding|holds|hold|have|has) (away )?(our|my|all our|her) "
    r"(passports?|papers|"
    r"documents|ids?|id cards?|phones?)\b(?!.*\b(renew\w*|visa office|embassy (is|will)|for the (visa|"
    r"application)|safe ?keeping)\b)",
    # hiding with a child, and he searches ("in the closet with my daughter, he keeps shouting")
    r"\b(hiding|hidden|in the (closet|wardrobe|bathroom|basement|attic|cupboard)|locked (myself|ourselves|"
    r"us) in)\b.*\b(he|they|she)('s| is| are| keeps?| just)? (shouting|yelling|banging|looking|searching|"
    r"knows|kicking|trying)\b",
    # a photo of her car at her work, from the ex ("my ex just texted a picture of my car")
    r"\b(my ex|the ex|ex|stalker|that guy|the guy)( \w+){0,2} (sent|texted|messaged|posted)( me)? (a |this )?"
    r"(photo|picture|pic|video) of (my|our|me)\b",
    # (2026-12-07, third reading) shoes and phone hidden at his place ("he hid my shoes and phone")
    r"\b(he|they|the guy|this guy)( \w+)? (hid|hidden|has hidden|locked up) my (shoes|phone|keys|clothes)\b|"
    r"\b(he|they|the guy|this guy)( \w+)? (took|has taken) my (shoes|clothes)\b",
    # pushed over and unable to get up ("my grandson pushed me over… i cant get up")
    r"\b(pushed|knocked|shoved|threw|hit|kicked|tripped) me\b.*\b(can'?t|cannot|unable to) (get up|stand "
    r"up|stand|move)\b",
    # a pillow over her face, and he comes home soon ("put a pillow over my face… home in an hour")
    r"\b(pillow|hand|hands|bag|plastic bag|towel) over my (face|mouth|head|nose)\b",
    r"\b(up|bit|de) (goi|khan|tui ni lon|bao) (len|vao) (mat|mieng|mui|dau) (toi|em|e|tui|minh)\b",
    # minutes away, to take or hurt her ("they'll drag her… they're 10 min away")
    r"\b(drag|take|hurt|kill|beat|grab|force)\b.*\b(\d+|ten|five|twenty|fifteen) ?(min|mins|minutes) "
    r"(away|out)\b|\b(\d+|ten|five|twenty|fifteen) ?(min|mins|minutes) (away|out)\b.*\b(drag|take her|hurt|"
    r"kill|beat|grab|force)\b",
    # waiting for her after work, with a black eye seen ("says he'll be waiting in the car park")
    r"\b(black eye|bruis\w*|hit her|beats? her|threaten\w*)\b.*\b(he'?ll|he will|he'?s|he is) (be )?waiting"
    r"( for (her|me))? (in|at|outside|by)\b",
    # a child's photo and "or else" ("texted a pic of my kid at the school gate, saying pay by 5pm
    # or else")
    r"\b(photo|pic|picture)s? of my (kid|kids|son|daughter|child|children|wife|mom|mother)\b.*\b(or else|"
    r"otherwise)\b",
    # a photo of her home sent as a threat ("he just sent me a photo of my gate")
    r"\b(he|she|they|someone|somebody|my ex|the ex|a stranger|an unknown number|this guy|that guy)"
    r"( just| has| had| then)? (sent|texted|messaged|dm'?d) me (a |this )?(photo|picture|pic|video) of "
    r"(my|our) (gate|house|home|door|front door|building|street|window|flat|apartment)\b",
    # a blow, then blood from within ("he punched my stomach, now i'm coughing blood")
    r"\b(hit|beat|punched|kicked|stomped|slammed|choked)\b.*\b(coughing|throwing|threw|vomiting|puking|"
    r"spitting|peeing|pissing) (up )?blood\b",
    # (2026-12-07, fourth reading) parked outside, watching, for hours ("his car has been across
    # the road since noon", "he's been sitting outside my building for two hours")
    r"\b(found|knows|figured out|got|tracked down) (out )?(my|where i) (new )?(address|place|apartment|"
    r"flat|live|work|am staying)\b.*\b(parked|sitting|waiting|standing|outside|across the (street|road)|"
    r"watching)\b",
    r"\b(car|truck|van|bike)('?s| is| has)? (been )?(parked|sitting|idling) (outside|across|in front|down "
    r"the street|by|near)\b.*\b(\d+|two|three|four|five|an|a few|several) (hours?|hrs?)\b",
    # driving wildly and saying they both die ("doing 150 and screaming we'll die together")
    r"\b(we'?(ll|re going to|re gonna)|we will|were gonna|both of us|us both)( \w+)? (both )?(die|crash|go) "
    r"(together|tonight)\b|\b(die|dying|crash) together\b.*\b(driv\w*|car|speed\w*|\d{2,3} ?(kmh|km|mph)?)\b|"
    r"\b(driv\w*|doing|going|speed\w*) (like |at |over )?\d{3}\b.*\b(die|kill|crash)\b",
    r"\b(cung chet|chet chung|chet ca hai|chet ca lu|chet het)\b.*\b(chay|phong|lai|xe|toc do)\b|"
    r"\b(chay|phong|lai)( \w+){0,3} \d{2,3} ?(km|kmh|cay)?\b.*\b(cung chet|chet chung|chet ca hai)\b",
    # a child dragged off by an adult, crying ("my uncle pulled my little sister into his room
    # and she's crying")
    r"\b(dragged|pulled|took|carried|forced|pushed)( my)? (little |baby )?(cousin|sister|brother|niece|"
    r"nephew|daughter|son|kid|child|girl|boy)\b( \w+){0,3} (into|in|to|behind)( the| his| a)? (shed|room|"
    r"bedroom|bathroom|car|garage|barn|basement|woods|back)\b",
    # beaten and dumped on a road, lost, battery low ("he hit me and left me on the highway, 4%")
    r"\b(left|dumped|kicked|threw|pushed) me (out )?(on|at|by|in|off)( the)? (side of the road|road|"
    r"roadside|highway|middle of nowhere|motorway|woods|field|pass|bridge)\b.*\b(don'?t know where|no idea "
    r"where|lost|battery|\d+ ?%|phone( is)? (dying|about to die|almost dead))\b",
    # a deadline to check in, passed ("said call the cops if she didn't text by 10, it's 11")
    r"\b(if|unless) (she|he|i|they) (doesn'?t|does not|don'?t|didn'?t|hasn'?t|haven'?t) (text|call|message|"
    r"check in|reply)\w*( \w+){0,4} (call|tell|get) (the )?(police|cops|911|113)\b.*\b(now|it'?s|already|"
    r"still|not (answering|picking up|replying))\b",
    # (2026-12-07, the seventeenth reading) no voice with him near ("can't talk, he's in the next
    # room", "he's right outside the door, i can't speak"), either order
    r"\b(can'?t|cannot|can not|cant|unable to|too scared to) (talk|speak|call|say much|make a sound|be heard)"
    r"( \w+){0,4} (he|she|they|my husband|my bf|my boyfriend|my partner|my dad|my stepdad|my ex|the guy|that guy)"
    r"( is|'s| s| are|'re| re)? (in the next room|next door|right outside|just outside|outside (the|my) door|"
    r"in the other room|downstairs|upstairs|in the hall(way)?|in the living room|right here|right there|"
    r"here|home|back|behind (the|my) door|listening)\b|"
    r"\b(he|she|they|my husband|my bf|my boyfriend|my partner|my dad|my stepdad|my ex)( is|'s| s| are|'re| re)? "
    r"(in the next room|right outside|just outside|outside (the|my) door|in the other room|right here|"
    r"behind (the|my) door|listening)( \w+){0,4} (i )?(can'?t|cannot|can not|cant) (talk|speak|call|make a sound)\b",
    # a friend's call cut off by her screams ("my friend stopped answering mid-call, the last thing
    # i heard was her screaming his name", "đang gọi thì nghe nó la hét rồi mất tín hiệu")
    r"\b(last thing i heard|then i heard|all i heard|i (could )?hear|i heard) (was )?(her|him|them|my \w+|"
    r"someone) (scream\w*|yell\w* for help|crying for help|begging|beg\w*)\b.*\b(call|line|phone|hung up|"
    r"went dead|cut off|stopped answering|no answer|not answering|mid-call)\b|"
    r"\b(mid ?-?call|on the phone|line went dead|call (dropped|cut off|ended)|stopped answering)\b.*\b(heard|hear)"
    r"( was)? (her|him|them|my \w+|someone) (scream\w*|yell\w*|crying|beg\w*)\b",
    # the one who threatens her at her door now, "or else" ("the guy blackmailing me with my photos
    # is downstairs now, says come down or else")
    r"\b(come (down|out|outside|downstairs)|open (the|this|your) door|let me in|get down here)( now)? or else\b|"
    r"\b(blackmail\w*|threaten\w*|stalk\w*|harass\w*)( \w+){0,6} (is|'s| s) (downstairs|outside|at my door|"
    r"at the door|in front of my (house|building|home|door|work)|"
    # (2026-12-08, the nineteenth reading) "he's at the hostel reception now asking for my room"
    r"at (the |my )?(\w+ )?(reception|front desk|lobby|gate|entrance|front door)|at my (building|house|place|work|school|"
    r"office|gate)|in my lobby|in the lobby)( \w+){0,3} (now|right now|tonight)\b",
    # (2026-12-07, the eighteenth reading) a bone broken by his blow, told with him there ("hit in
    # the face, nose broken i think", "he's here, my jaw is bleeding")
    r"\b(hit|punched|kicked|slapped|struck|smashed|elbowed|headbutted)( me)? (in|on|across) (the |my )?(face|"
    r"nose|mouth|jaw|head|eye|ribs|stomach)\b.*\b(broken|broke|bleeding|blood|cracked|can'?t see|swollen shut|"
    r"loose)\b|\b(nose|jaw|arm|wrist|rib|ribs|cheekbone|finger|fingers|collarbone|tooth|teeth)( is| are|'s)? "
    r"(broken|cracked|dislocated|knocked out)\b.*\b(he|she|they)('s| is| are|'re)? (here|still here|home|"
    r"back|outside)\b|\b(he|she|they)('s| is| are|'re)? (here|still here|home|back)\b.*\b(nose|jaw|arm|"
    r"wrist|rib|ribs|cheekbone|collarbone|tooth|teeth)( is| are|'s)? (broken|cracked|dislocated|knocked out)\b",
    # (2026-12-07, the sixteenth reading) a door held shut against him with furniture ("the handle
    # keeps turning, i pushed the dresser against it", "i barricaded my door")
    r"\b(pushed|put|moved|shoved|dragged|jammed|wedged|propped|stacked)( \w+){0,2} (dresser|wardrobe|chair|"
    r"chairs|bed|table|desk|sofa|couch|cabinet|drawers|chest of drawers|fridge|furniture|bookshelf|shelf) "
    r"(against|in front of|behind|under) (the |my |our )?(door|doorknob|door handle|handle)\b|"
    r"\b(door|handle|doorknob|knob)\b.*\b(pushed|put|moved|shoved|dragged|jammed|wedged|propped)( \w+){0,2} "
    r"(dresser|wardrobe|chair|chairs|bed|table|desk|sofa|couch|cabinet|drawers|fridge|furniture|bookshelf) "
    r"(against|in front of) it\b|\bbarricad\w* (myself|me|us|the door|my door|the room|in)\b",
    # a man of the family in a child's room again, or by night ("my stepdad is in my room again",
    # "my uncle keeps coming into my bed at night")
    r"\b(step ?dad|stepfather|step father|mom'?s boyfriend|mum'?s boyfriend|moms boyfriend|mums boyfriend|"
    r"uncle|step ?brother|grandpa|step ?grandpa)( is|'s| s| was)? (in|inside|back in|coming in(to)?|came in(to)?|"
    r"comes in(to)?|keeps coming in(to)?|sneaking in(to)?|snuck in(to)?|sneaks in(to)?|getting in(to)?|got in(to)?) "
    r"my (bed ?room|room|bed)( \w+){0,3} (again|at night|every night|tonight|last night)\b",
    # marks of a strangling on her, told with him near ("bruises all over my neck, he's in the
    # next room"); the throat too hurt to swallow
    r"\b(bruises?|bruised|finger ?marks?|red marks?|marks|purple) (all )?(over|on|around|across) my (neck|throat)\b|"
    r"\bmy (neck|throat) (is |was )?(all )?(bruised|swollen|purple)\b|"
    r"\b(can'?t|cannot|can not|hard to|it hurts to) (swallow|breathe)( \w+){0,4} (after|since) (he|she|they|my "
    r"\w+) (choked|strangled|squeezed)\b",
    # (2026-12-08, the nineteenth reading) held down by him now ("he's holding me down and i can
    # barely breathe", "he pinned me to the bed"); told long ago, it is a disclosure (_LONG_AGO)
    r"\b(holding|pinning|pressing|sitting on|kneeling on|pinned|held) me (down|to the (bed|floor|wall|ground|"
    r"couch|sofa))\b|\b(he|she|they|someone|somebody|a (guy|man)|(my |the |this )?(boyfriend|bf|husband|ex|"
    r"partner|date|boss|uncle|stepdad|step dad|stepfather|brother|cousin|neighbou?r|landlord|guy|man|stranger))"
    r"('s| is| are|'re)? (on top of|lying on|sitting on|kneeling on) me\b",
    # a grown-up at home hitting another, told by the one who sees it ("dad's hitting mum with a
    # chair", "my stepdad is kicking my mom")
    r"\b(dad|daddy|father|stepdad|step dad|stepfather|papa|husband|boyfriend|uncle|brother|grandpa|he|she|"
    r"mom|mum|mother|stepmom|stepmum)('s| s|s| is| are| keeps| started) (hitting|beating|choking|strangling|kicking|"
    r"punching|attacking|hurting|stabbing|slapping|throwing (things|stuff|chairs|plates) at) (mom|mum|mother|"
    r"mommy|mummy|dad|father|my (mom|mum|mother|dad|father|sister|brother|grandma|gran|nan|aunt|stepmom)|"
    r"grandma|gran|nan|her|him|us)\b",
    # poisoned by someone's hand ("he put rat poison in my soup, i ate it")
    r"\b(he|she|they|husband|wife|boyfriend|girlfriend|partner|ex|mother in law|father in law|someone|somebody)"
    r"( \w+)? (put|slipped|mixed|poured|added|stirred|spiked) (\w+ ){0,2}(rat poison|poison|bleach|pesticide|"
    r"weed ?killer|antifreeze|cyanide|arsenic|insecticide)( \w+){0,2} (in|into) (my|the|our|her|his) \w+\b",
    # a child led into a motel by a grown man ("a 13 year old girl walked into the motel with a
    # man twice her age")
    r"\b((1[0-5]|[1-9]) ?(yo|y/o|years? old|yr old)|little girl|schoolgirl|young girl|my (niece|little "
    r"cousin|little sister|daughter))\b.*\b(taken|led|walked|dragged|brought|lured|going|went|pulled)( \w+){0,3} "
    r"(into|to|in) (a |the |some )?(motel|hotel|guesthouse|guest house|hotel room|love hotel)\b",
    # (2026-12-08, the twenty-third reading) a friend not heard from since someone took her away, a
    # driver who locked the doors and will not stop
    r"\b(can'?t|cannot|couldn'?t) (reach|get hold of|contact)( \w+){1,3}\b.*\b(they'?re|they are|he'?s|he is|"
    r"someone'?s|someone is) (taking|driving|moving) (her|him|them|me)\b",
    r"\b(driver|taxi|cab|grab|uber)( \w+){0,6} (locked the doors?|won'?t (let me (out|off)|stop)|is going the "
    r"wrong way|took a wrong turn)\b.*\b(locked|won'?t (let me|stop)|scared|help)\b",
    # (2026-12-08, the twenty-second reading) papers taken abroad, and he comes into her room
    r"\b(took|takes|has|kept|keeps|holding|holds) (my )?(passport|papers|documents|id)\b.*\b(comes? (into|in) my "
    r"room|enters my room|touches me|rapes? me|forces me)\b",
    # (2026-12-08, the twenty-first reading) a coded order with one beside her ("can i order shoes to
    # 12 tran cung, someone's standing next to me so i can't call")
    r"\b(order|deliver\w*|send)\b.*\b(standing|sitting|is|'s|are|'re)( right)? (next to|beside|behind) me\b.*"
    r"\b(can'?t|cannot|can not) (call|talk|speak)\b",
    # a coded order ("can i order a large pizza to 14 tran hung dao… don't call back, he's here")
    r"\bpizza\b.*\b(don'?t|do not|dont|please don'?t) (call|ring|phone) (me )?back\b|"
    r"\b(order|deliver\w*|send)( \w+){0,4} (pizza|food|takeaway|takeout)\b.*\b(he'?s|he is|she'?s|she is|"
    r"they'?re|they are) (here|right here|next to me|watching|listening|beside me)\b",
]

# Words that are also the names of things people ask about: danger only outside such questions.
_SOFT_PATTERNS = [r"\bcap cuu\b", r"\bkhan cap\b", r"\bemergency\b", r"\bhelp me\b",
                  # (2026-12-08, the twenty-first reading) hurry asked, and nothing else ("làm ơn
                  # nhanh lên", "pls hurry")
                  r"^((lam on|xin|please|pls|plz) )*(nhanh len|nhanh giup|nhanh di|toi nhanh|den nhanh|toi lien|"
                  r"hurry|hurry up|come quick|come quickly|gap|gap gap|gap lam|gap qua|urgent)( (len|giup|gium|dum|"
                  r"di|voi|please|pls|plz|nha|lam on))*$",
                  # ("please don't call the police": the police refused, no call for them)
                  r"(?<!not )(?<!don't )(?<!dont )(?<!never )(?<!no )\bcall (the )?police\b",
                  r"\bambulance\b"]   # "ambulance" as "cấp cứu"
_QUESTION = screened(r"\b(so|so dien thoai|gi|the nao|nao|bao nhieu|la may|tui do|toi do|gom|"
                       r"o dau|mua|thuoc|tranh thai|ngua thai|contraception|pill|"
                       r"number|numbers|kit|bag|plan|what|which|how|can you|could you|find|where|"
                       r"qmark)\b")

# Searched as lexicons (bot/nlu/lexicon.py): the same answers as trying each pattern, 2.3× faster.
# (2026-12-07, the thirteenth reading) sextortion as it happens: images to be spread with the
# time running now, or made to undress on camera (bot/core/situations.py, its advice)
# (2026-12-07, the fourteenth reading) locked in from outside by him (bot/core/situations.py)
_PATTERNS = Lexicon(_VI_PATTERNS + _EN_PATTERNS + [IMAGES_THREAT, LOCKED_FROM_OUTSIDE])
_SOFT = Lexicon(_SOFT_PATTERNS)

# Below the engine's threshold the classifier still votes for danger when emergency is its best
# guess with at least this confidence: recall first.
EMERGENCY_MIN_CONFIDENCE = 0.3


# Everyday hyperbole ("this heat is going to kill me", "my boss will kill me lol").
_JOKING = screened(r"\b(heat|traffic|exam|homework|boss|deadline|hangover)\b")
# A boss or a teacher's "… là chết với sếp" (you'll be in trouble), said of work or school
_JOKING_VI = screened(r"\b(sep|thay giao|co giao|giao vien|deadline|di tre|thi rot|bai tap|kiem tra)\b.*"
                        r"\bchet\b|\bchet\b.*\b(sep|deadline)\b")
_LAUGHING = screened(r"\b(lol|haha\w*|hihi\w*|hehe\w*|kkk+|jk|just kidding)\b")
# (2026-12-08) The writer's own anger, wishing a blow she will not strike ("anh ny quên sinh nhật
# e, giận muốn đấm cho 1 cái", "tức muốn tát nó ghê", "so mad i could punch him"): no one in danger
_ANGER_WISH = screened(r"\b(gian|tuc|buc|cay|ghet|uc|que) (qua |lam |ghe |muon |chi muon |that )*(muon|chi muon) "
                       r"(dam|danh|tat|dap|bop co|vat|xe xac|ban|cho an)( cho)?( no| anh ay| ong ay| may| ny| han| "
                       r"ong| ang| anh)?( \w+)?( (1|mot|may|vai) (cai|phat|bat tai|tat|dam|cu))?( cho bo| cho hả)?\b|"
                       r"\b(so|too) (mad|angry|pissed)( \w+){0,2} (i|that i) (could|want to|wanna) (punch|slap|hit|strangle|"
                       r"kill)\b")
# Laughter typed as a face ("tức muốn bóp cổ nó =))", ":v", "😂"): read on the raw text, since
# the folded forms keep no punctuation
_LAUGHING_FACE = re.compile(r"[=:;]\)\)+|[=:]\]\]+|(?<!\w):v\b|\bxD\b|=D\b|[\U0001F602\U0001F923\U0001F606"
                            r"\U0001F605\U0001F639]|"
                            # (2026-12-08) "kkk", which the teen-code reading turns into "không"
                            r"(?<!\w)[kK]{3,}(?!\w)")
# Something done as it is written ("ổng đang đánh e =))": a bitter face is no joke); "đang" alone
# is not enough, "ghét cay ghét đắng" folds to the same letters
_DOING_NOW = re.compile(r"\b(dang|vua|moi|van|lai) (bi )?(danh|dap|chem|dam|bop|siet|doa|ruot|duoi|theo|"
                        r"khoa|nhot|keo|loi|hiep|sam so|so)\b|"
                        # (2026-12-07, the thirteenth reading) writing from a hiding place now
                        # ("i'm texting from the toilet", "em đang nhắn trong nhà vệ sinh")
                        r"\b(texting|writing|typing|messaging|hiding)( you| this)? (from|in) (the |a |my )?(toilet|"
                        r"bathroom|closet|wardrobe|cupboard|loo)\b|\bdang (nhan|nhan tin|go|tron|nup)( \w+){0,2} (trong|o) "
                        r"(nha ve sinh|toilet|wc|nha tam|tu)\b")
# "if the boss finds out he'll kill me", over a mishap ("sếp mà biết chắc giết e luôn, lỡ làm
# đổ cà phê lên laptop", "mom's gonna kill me, i broke her vase"): trouble feared, not a blow
_IF_FOUND_OUT = screened(r"\b(ma|neu|if|when|once) (\w+ ){0,2}(biet|phat hien|thay|hay tin|find out|finds "
                         r"out|found out|sees|see this)\b|\b(gonna|going to|will|is gonna) kill me\b|"
                         # (2026-12-07, the eighteenth reading) "sếp giết em mất vì đi trễ"
                         r"\b(sep|me|ma|ba|bo|co giao|thay giao|co|thay|vo|chong|ck|vk|quan ly|truong phong) (\w+ )?"
                         r"(giet|xu|chem|lot da|an thit) (em|toi|tui|minh|e|tao|con) (mat|chet|luon|chac|mat thoi|"
                         # (2026-12-08) "về trễ là bả giết e đó"
                         r"do|day|that|lien|ngay)\b")
_MISHAP = screened(r"\b(lo (tay|quen|lam)|lam (do|hu|vo|be|mat|hong|gay|chay|tray|mop)|quen (mat|nop|mang|"
                   r"lam)|di tre|tre gio|ve tre|den tre|ve muon|di muon|tre hen|ve khuya|diem (kem|thap|liet)|thi rot|rot mon|spill\w*|spilt|broke (his|her|"
                   r"their|the|my (\w+ )?(mom|dad|boss))|lost (his|her|the)|crash\w* (his|her|the|dad|mom)|"
                   r"scratch\w* (his|her|the|dad|mom)|do (ca phe|nuoc|tra sua)|quen (khoa|tat))\b")
# Violence told as long past ("hồi năm ngoái", "years ago") is a disclosure, not an emergency,
# unless something is said to happen now.
_LONG_AGO = as_screened(re.compile(r"\b(hoi nam ngoai|nam ngoai|nam truoc|may nam truoc|hoi nho|hoi be|"
                       r"hoi con nho|hoi con be|luc nho|luc con nho|hoi (\d+|muoi \w+) tuoi|"
                       r"hoi xua|ngay xua|thang truoc|may thang truoc|last year|last month|years ago|"
                       r"months ago|a long time ago|long ago|when i was (a )?(kid|child|little|"
                       r"young|teen\w*|\d+)|as a (kid|child|teen\w*)|"
                       # once, before ("có lần em ngất vì ổng đánh", "trước đây em từng bị")
                       r"co lan|co mot lan|truoc day|da tung|tung bi|hoi do|lan truoc|"
                       r"once he|one time he|"
                       # (2026-12-07) a year named ("back in 2019 my ex was violent", "hồi năm 2018")
                       r"back in (19|20)\d\d|(in|since) (19|20)\d\d|(hoi |tu )?nam (19|20)\d\d)\b"))
# ("and now i see him every day at work" tells what life is like since, not danger now)
_NOW = re.compile(r"\b(dang|bay gio|luc nay|ngay bay gio|ngay luc nay|right now|toi nay|dem nay|tonight|"
                  r"ngay lap tuc|immediately|asap|right away|nghe tieng xe|(den|toi|qua) (ngay|lien)|"
                  r"now(?! i (see|work|live|feel|am|have|keep|still|can|cannot|do)))\b")


# (2026-12-07, the eleventh reading) Well now, said after a story long past ("she moved out 2
# years ago and is happy now", "bây giờ em ổn rồi"): "now" there is no danger now; never "not
# safe now", which says no such thing
_WELL_NOW = re.compile(r"\b(is|am|are|i'?m|she'?s|he'?s|we'?re|they'?re|feel|feels)( doing)? (happy|fine|ok|"
                       r"okay|good|well|safe|better|free|great) now\b|\bbay gio (\w+ ){0,2}(da )?(on|an toan|"
                       r"hanh phuc|khoe|binh yen|song tot|on dinh)( roi| lam| hon)?\b")


def danger_now_said(text: str) -> bool:
    """A word that puts the message in the present ("đang", "bây giờ", "right now", "rn",
    "tonight"), not "fine now" after a story long past."""
    return any(_now_told(f) or _NOW_SAID.search(_WELL_NOW.sub(" ", f)) for f in expand(text))


def _now_told(form: str) -> bool:
    """`_NOW` in the form, read without a well-being told (`_WELL_NOW`)."""
    return bool(_NOW.search(_WELL_NOW.sub(" ", form) if _WELL_NOW.search(form) else form))


# Harm to oneself is no violence from another ("I want to kill myself", "tự giết mình"): the
# violence patterns ("kill ...", "giết ...") read the text without it; the self-harm pathway
# answers it (bot/core/self_harm.py), never the advice for someone being attacked.
_SELF_DIRECTED = screened(
    r"\b(kill|hurt|harm|stab|cut|burn|shoot|hang|starve|strangle|choke)(ing|ed|s)? "
    r"(myself|ourselves|yourself|themselves|himself|herself)\b|"
    r"\btu (giet|sat hai|hai|lam hai|lam dau|dam|cat|dot|treo co)( chinh)?( minh| ban than)?\b|"
    r"\b(giet|hai|lam hai|lam dau|dam|cat) (chinh minh|ban than( minh| toi| em)?)\b|"
    # the writer's own blade, head against the wall, or sleep with no waking ("em cầm dao rạch tay
    # mình", "em đập đầu vào tường hoài", "ngủ một giấc không tỉnh lại"): self-harm, read by
    # bot/core/self_harm.py, never the advice for being attacked
    r"\b(cam|lay|dung) (dao|dao lam|luoi lam|lam|keo|manh chai)( \w+){0,2}? (rach|cat|cua|dam|"
    r"chich) (tay|co tay|chan|dui|minh|ban than)( (minh|chinh minh))?\b(?! (toi|em|tui|con|cua|chau|"
    r"be|me|vo)\b)|"
    r"^((toi|em|minh|tui|con) )?(dang |van )?(cam|co) (san )?(dao lam|luoi lam|lam|day thung)\b|"
    r"^((toi|em|minh|tui|con) )?((hay|cu|lai|thuong|da|vua|dang|muon|tu|chi muon|cu muon) )*"
    r"(dap|dam|dap dau|dong) (dau |tay )?(vao|vo) tuong( \w+)?$|"
    # (2026-12-07) the same, told after what set it off ("mỗi lần ba chửi là em đập đầu vào tường"):
    # the writer starts the clause; never "nắm tóc em rồi đập đầu vào tường", his act
    r"\b(la|thi|nen|roi|xong) (toi|em|minh|tui|con|e) ((hay|cu|lai|thuong|da|vua|dang|muon|tu|chi muon|"
    r"cu muon) )*(dap|dam|dap dau|dong) (dau |tay )?(vao|vo) tuong\b|"
    r"\bngu (mot giac )?(\w+ ){0,3}(khong|ko|chang|khoi) (bao gio |can |con )?(tinh lai|tinh day|"
    r"thuc lai|thuc day)\b|"
    r"\b(i have|i've got|ive got|i got|i am holding|im holding|i'm holding) (a|the|my) (knife|"
    r"razor|blade)\b(?=.*\b(end it|die|kill myself|end my life|do it)\b)")


# On a screen or in a book ("phim này có cảnh chảy máu nhiều quá", "in a movie"): not in the room
_GAMES = (r"(in|trong) (pubg|free fire|ff|lien quan|lmht|lol|league of legends|fortnite|valorant|minecraft|"
          r"among us|rank|ranked|"
          r"roblox|genshin|elden ring|gta|call of duty|cod|dota|csgo|cs2|cs go|mobile legends|overwatch|apex|"
          r"counter strike|dark souls|tekken|mortal kombat|street fighter|resident evil|hollow knight|"
          r"sekiro|bloodborne|zelda|pokemon|monster hunter|god of war|the witcher|witcher|diablo|"
          r"black myth|wukong|silksong|cuphead|hades)")
# (asked only whether it matches: as the list of its branches, bot/nlu/lexicon.AnyOf, it costs
# half as much on the benchmark mix)
_ON_SCREEN = AnyOf(r"\b(phim|bo phim|canh phim|tren phim|xem phim|doc truyen|tieu thuyet|tren tivi|"
                   # (2026-12-07, the sixteenth reading) the news, a documentary ("em vừa xem phóng sự
                   # về buôn bán người", "a documentary about trafficking")
                   r"phim tai lieu|phong su|ban tin|thoi su|doc bao|xem bao|bai bao|documentar(y|ies)|"
                   r"news (report|story|segment)|on the news|in the news|"
                   # (2026-12-07, the seventeenth reading) a mystery read ("the murder mystery i'm
                   # reading has a twist where the butler strangles the maid")
                   r"murder mystery|mystery (novel|book|series)|whodunit|plot twist|twist where|crime (novel|"
                   r"fiction)|detective (novel|story|series)|true crime|i'?m reading|the book i'?m reading|"
                   r"truyen trinh tham|tieu thuyet trinh tham|"
                        # (2026-12-07, the eighth reading) a story read ("truyện ngôn tình này nam
                        # chính bị đâm chết ở chương cuối", "the main character dies in chapter 40")
                        r"truyen (ngon tinh|tranh|chu|kiem hiep|trinh tham|ma|dam my|bach hop|nay|do)|"
                        r"(chuong|tap) (cuoi|\d+)|nam chinh|nu chinh|nhan vat( chinh)?|manga|"
                        r"(horror|scary|action|crime|thriller|war|zombie|that|this|the|a) (movie|film|show|"
                        r"series|drama|episode|flick)|"
                        # a match watched, a meme, a game console ("trận hôm qua đá như đánh nhau,
                        # thẻ vàng tùm lum", "'tao giết mày' khi tag nó vào meme",
                        # "shouting I'm gonna kill you at his Xbox")
                        r"the (vang|do)|trong tai|ghi ban|ban thang|hiep (1|2|mot|hai)|yellow cards?|"
                        r"red cards?|referee|(vao|vo|in|into|a|the|cai) memes?|xbox|playstation|ps4|ps5|"
                        r"nintendo|console|controller|fifa|"
                        r"manhwa|anime|light novel|webtoon|novel|chapter|the main character|the (hero|villain|"
                        r"heroine|protagonist|lead)|fanfic\w*|"
                        r"tren tv|in a movie|in the movie|on tv|in a book|in the book|"
                        # a game, the news ("game này giết em rồi", "xem tin vụ giết người chưa")
                        r"trong game|game (nay|do|kia|nay no)|choi game( \w+)? (giet|danh|ban|chem)|"
                        r"tin tuc|ban tin|xem tin|doc tin|tren bao|doc bao|"
                        r"video game|in the game|in a game|on the news|in the news|"
                        # (2026-12-07, fourth reading) a fight watched, a documentary or a podcast
                        # ("xem boxing tối qua máu me tùm lum", "a true crime doc about a guy who…")
                        r"xem (\w+ )?(dau|tran dau|tran|boxing|quyen anh|mma|ufc|vo|vo dai|kickboxing|vat|"
                        r"bong da|da banh)|(tran|tran dau|giai) (mma|ufc|boxing|quyen anh|vo dai|kickboxing)|"
                        r"(coi|xem) tran|doi thu|game among us|escape room|"
                        # (2026-12-07, the thirteenth reading) a match named by its clubs ("trận MU với
                        # Liverpool tối qua đá như muốn giết nhau")
                        r"tran (\w+ ){1,3}(voi|vs|gap) (liverpool|chelsea|arsenal|man city|man utd|barca|barcelona|psg|"
                        r"bayern|juventus|real madrid|hagl|thai lan|indonesia|malaysia|singapore|han quoc|nhat ban|"
                        r"trung quoc|viet nam|\w+ fc)\b|(man city|man utd|manchester|liverpool|chelsea|arsenal|"
                        r"real madrid|barca|barcelona|psg|bayern|juventus|hagl|hanoi fc|tuyen viet nam|"
                        r"doi tuyen)\b( \w+){0,6} (da|choi|thi dau)|"
                        # (2026-12-07, the tenth reading) a match told, a party game, a detective
                        # comic ("trận hôm qua… thủ môn cứu thua", "chơi ma sói tui làm sói",
                        # "truyện Conan tập mới có vụ án")
                        r"tran (hom qua|toi qua|dem qua|chung ket|ban ket|giao huu)|thu mon|cuu thua|"
                        r"doi tuyen|world cup|sea games|aff cup|ma soi|werewolf|mafia game|conan|"
                        r"tap moi|"
                        # (2026-12-07, the eleventh reading) a film's ending cried over, a fish
                        # landed ("xem phim Bố Già đoạn cuối", "câu được con cá lóc bự")
                        r"doan cuoi|doan ket|cai ket|di cau|cau ca|cau duoc|ca loc|ca tre|ca chep|"
                        r"caught a (fish|catfish|carp|bass|trout)|"
                        # (2026-12-07, the sixth reading) a game's boss beaten, a game played by
                        # its name ("chơi Elden Ring giết con boss cuối", "beat the final boss")
                        r"(giet|danh|ha|ban|chem|beat|beaten|killed?|defeat\w*) (duoc |xong )?(con |thang |"
                        r"the |that |this |a )?(final )?boss|boss (cuoi|fight|battle|level|rush)|final boss|"
                        r"trum cuoi|(choi|playing|played|play) (\w+ ){0,2}(pubg|free fire|lien quan|valorant|"
                        r"minecraft|roblox|genshin|elden ring|dark souls|hollow knight|sekiro|bloodborne|"
                        r"gta|call of duty|fortnite|overwatch|tekken|resident evil|zelda|pokemon|"
                        r"monster hunter|god of war|witcher|diablo|black myth|wukong)|"
                        r"documentar\w*|true crime|(a|the|this|that) doc (about|on)|podcast|netflix|"
                        r"(watch|watched|watching) (\w+ ){0,2}(fight|match|bout|boxing|mma|ufc|wrestling)|"
                        r"phim tai lieu|review|(quyen|cuon) sach|sach (noi|ve|nay)|nhieu canh|"
                        r"canh (ban nhau|danh nhau|chem nhau|giet nguoi)|"
                        # a game by its name ("bị bắn hoài trong PUBG", "keep getting shot in fortnite")
                        + _GAMES + r")\b")
# A game by a name that is nothing else ("tối nay bắn pubg hông"; never "lol", "ff", "cod")
# (no person named as the doer: "ổng đánh em vì em chơi trong liên quân" is his blow)
_GAME_NAMED = screened(r"\b(pubg|free fire|lien quan|lmht|league of legends|fortnite|valorant|minecraft|among us|"
                       r"roblox|genshin|elden ring|call of duty|dota|csgo|cs2|mobile legends|overwatch|"
                       r"counter strike|tekken|mortal kombat|street fighter|elden ring|hollow knight|sekiro|"
                       r"bloodborne|dark souls|monster hunter|black myth|boss (fight|battle|level|stage)|"
                       r"final boss|raid boss|danh boss|san boss|con boss|boss cuoi|trum cuoi|tro choi nay|"
                       r"game nay|van game|man choi)\b")
# Harmless by what is said around the verb: a blow in play, a kitchen knife on food, a car
# bumped with no one hurt, a parent's "will kill me" over grades, a plant's shoots, a small cut.
# (Each screened: read on every form of every message, so a miss must cost a set lookup.)
_PLAY = screened(r"\b(as a joke|jokingly|for fun|playfully|messing around|just playing|danh yeu|"
                 r"dua thoi|gion thoi|choc thoi|"
                 # a martial-arts class ("thầy dạy võ bảo e đấm mạnh hơn", "boxing class was brutal")
                 r"(hoc|day|lop|tap|thay day|clb|cau lac bo|vo duong) (vo|boxing|karate|taekwondo|judo|"
                 r"vovinam|muay|kickboxing|vo thuat|mma)|(boxing|karate|taekwondo|judo|martial arts|"
                 r"kickboxing|mma|muay thai|self[- ]defen[cs]e) (class|practice|lesson|training|gym)|sparring)\b")
# (2026-12-07, the tenth reading) A knock in a game played, a choke on food that is over
# ("our goalkeeper took a penalty kick to the face lol", "my toddler choked on a grape last week,
# we got it out"): no one's blow, nothing happening now (never with a blow to the writer told)
_KNOCK_IN_PLAY_OR_OVER = screened(
    r"\b((penalty|free|corner) kicks?|goalkeeper|goalie|(during|at|in) (the |our |a |his |her )?(match|game|"
    r"practice|training|scrimmage)|(football|soccer|basketball|volleyball|rugby|hockey) (practice|training|"
    r"match|game)|thu mon|(da banh|da bong|bong ro|bong chuyen|thi dau|tap luyen)( \w+){0,3} (bi )?(trung|va|"
    r"dap|te)|"
    r"(choked|hoc|mac nghen|nghen)( \w+){0,3} (on|phai|vi) (a |an |the |his |her )?(grapes?|candy|candies|coins?|"
    r"food|peanuts?|nuts?|bones?|fish ?bones?|popcorn|toys?|xuong|xuong ca|keo|hot|com|thach|banh)\b"
    r"(?=.*\b(last (week|month|night|time|year)|got it out|is (fine|ok|okay) now|prevent\w*|tuan truoc|"
    r"hom truoc|bua truoc|lay ra (duoc|roi)|gio (on|het) roi|phong ngua)\b))\b")
# An animal the doer ("có con chó cứ đi theo e về nhà", "my cat scratched me", "the dog keeps
# following me around the kitchen"), a tooth pulled ("nhổ răng khôn chảy máu nhiều"), photos
# shot ("he shot some great photos at the wedding")
_ANIMAL_DOES = screened(
    r"\b(con cho|con meo|chu cho|cho hoang|con cho hoang|the dog|my dog|a dog|our dog|the cat|my cat|"
    r"a cat|our cat|stray dog|stray cat|puppy|kitten|"
    # (2026-12-08, the nineteenth reading) a rooster's or a goose's doing ("our rooster attacks
    # everyone", "con gà trống nhà tui đá nhau với con gà hàng xóm")
    r"rooster|roosters|the goose|our goose|con ga|ga trong|ga choi|con ngong|dogs|cats|puppies|kittens)"
    r"( \w+){0,3} (di theo|chay theo|theo|follow\w*|"
    r"scratch\w*|bit|bites|cao|can|sua|attack\w*|pounc\w*|knock\w*|stare\w*|look\w* (at )?me|ate|chew\w*|"
    r"destroy\w*|murder\w*|shred\w*|tha|xo do|lam do|lam vo|lam be|can nat|cao nat|"
    # (2026-12-07) animals fighting each other ("con mèo nhà tui đánh nhau với con chó")
    r"danh nhau|can nhau|choang nhau|ruot nhau|da nhau|mo nhau|fight\w*|fought)\b")
# An animal chased ("ck e rượt theo con chó ra tới đầu hẻm"), a hook or a thorn that pricked
# ("lưỡi câu đâm vô tay chảy máu chút xíu")
_ANIMAL_CHASED = screened(r"\b(ruot|duoi|chay|duoi bat|bat) theo (con |may con )?(cho|meo|ga|vit|heo|lon|bo|"
                          r"chuot|trau|de)\b|\bchas(e|ed|ing) (the|my|our|a) (dog|cat|chicken|puppy)\b")
# (2026-12-07) an animal tied or shut in ("my husband tied up the dog outside", "ổng cột con chó
# ngoài sân"): no one held, unless the rest of the message says so ("he tied me up and locked the
# dog in the bathroom")
_ANIMAL_TIED = screened(r"\b(tied|tie|ties|tying|chained|chain|chains|leashed|locked|shut) (up )?(the|our|my|"
                          r"his|her|a) (dog|dogs|cat|cats|puppy|goat|pig|buffalo|cow|horse|chicken|chickens)\b|"
                          # (folded, "con chó" is "con cho", the child and "for", "con bò" is
                          # "con bố": only animals no person's word folds to)
                          r"\b(troi|buoc|cot|xich) (\w+ )?(con|may con|bay) (meo|ga|vit|heo|lon|trau|de|ngua|"
                          r"cun)\b")
_PRICKED = screened(r"\b(luoi cau|gai|dinh|kim|manh chai|manh kinh|manh ly|xuong ca|fish ?hook|hook|thorn|"
                    r"splinter|nail|needle)( \w+){0,2} (dam|chich|cua|cat|ghim|dam trung|stuck|pricked|poked|"
                    r"went) (vo|vao|trung|into|in)?( \w+)? ?(tay|chan|ngon|ngon tay|finger|hand|foot|thumb)\b")
# Dentistry, never "chủ nhà khóa em" (the landlord locked me in), which folds to the same letters
# (shared with bot/core/medical.py)
DENTISTRY = r"nha khoa(?! (em|toi|tui|minh|e|con|chi|chau|trai|lai|cua|chung em|tui em|bon em)\b)"
_DENTAL = screened(r"\b(nho rang|rang khon|nha si|" + DENTISTRY + r"|wisdom tooth|tooth (was )?(pulled|extracted)|"
                   r"dentist)\b")
# (2026-12-07, the eighth reading) body art chosen: a tattoo, a piercing, brows or lips done
# ("xăm hình có chảy máu nhiều không", "will my tattoo bleed"); never a blade in someone's hand
# ("ổng lấy dao rạch hình xăm của em")
_BODY_ART = screened(r"\b(" + self_harm.BODY_ART + r")\b")
_A_DOER_WITH_A_BLADE = re.compile(r"\b(ong|ong ay|ong ta|no|han|chong|ck|thang|bo|ba|me|anh ta|he|she|"
                                  r"they|him|his)\b.*\b(rach|cat|dam|chem|dao|knife|cut|slash\w*|stab\w*|"
                                  r"burn\w*|dot|di)\b")
# Meat served rare ("it's still bleeding all over the plate" of a steak): no one's blood
_MEAT_RARE = screened(r"\b(steak|beef|meat|lamb|roast|burger|bit tet|thit bo|tiet canh)( [\w']+){0,8} (bleed\w*|"
                      r"chay mau|ra mau|con mau|blood\w*)\b|\b(rare|medium rare|chin tai)( \w+){0,3} (bleed\w*|"
                      r"chay mau)\b")
# (2026-12-07, the ninth reading) first aid learnt, how to sharpen a knife asked ("e học y, sơ cứu
# người bị đâm thì ép vết thương thế nào", "how do I sharpen a kitchen knife"): a lesson, a chore
# A nosebleed of dry air ("my nose keeps bleeding in this dry weather", "chảy máu cam")
_NOSEBLEED = screened(r"\b(nosebleeds?|chay mau cam|(my|his|her|the kid'?s|\w+'?s) nose (keeps |is |has been |started |"
                      r"starts |began |just started )?bleed\w*)\b")
_LESSON_OR_CHORE = screened(r"\b(so cuu|cap cuu ban dau|first aid|cpr|hoc y|sinh vien y|truong y|hoc dieu "
                            r"duong|thi thuc hanh|nursing (school|student|exam)|med(ical)? (school|student)|"
                            # (a knife sharpened only as asked how: his sharpening is a threat)
                            r"how (do|can|to|should) (i|you|we|one) sharpen|cach (mai|liec) (dao|keo)|"
                            r"(mai|liec) (dao|keo) (the nao|sao|bang gi|kieu gi))\b")
# (2026-12-07, the eighth reading) an insect's bite scratched till it bled ("bị muỗi chích sưng
# hết chân, gãi tới chảy máu"): no one's blow ("ông" folds like "ong", a bee: never read here)
_BITTEN = screened(r"\b(muoi|kien|con trung|rep|bo chet|ve cho|bo xit)( \w+)? (chich|dot|can|bu)\b|"
                   r"\bgai( \w+){0,2} (toi|den|cho|ra|muc)( \w+)? (chay mau|tray|ra mau|tuom mau|rom mau)\b|"
                   r"\b(mosquito|bug|insect|flea|tick|ant)s? (bites?|bit|stings?|stung)\b|"
                   r"\bscratch\w*( \w+){0,3} (till|until|so much) (it |they )?(bled|bleed\w*)\b|"
                   # (2026-12-07, the ninth reading) a dog's bite, farm birds pecking ("con gà
                   # trống bị chó cắn chảy máu cổ", "our hen keeps pecking the chicks")
                   r"\b(bi|duoc) (cho|meo|chuot|khi|cho dai)( \w+){0,3} (can|cao)\b|"
                   # (2026-12-07, the tenth reading) a pet choking on a hairball, for the vet
                   r"\b(cats?|kitten|kitty|dogs?|puppy|pet)( \w+){0,2} (chok\w*|gag\w*|cough\w*) (on|up) "
                   r"(a |its |his |her )?(hairballs?|fur|grass|bones?|food|treats?)\b|"
                   r"\b(hens?|roosters?|chickens?|chicks|ducks?|geese|goose|goats?|pigs?|cows?)( \w+){0,3} "
                   r"(peck\w*|bit|bites|bite|kick\w*|butt\w*)\b|"
                   # a pet's hurt, for the vet ("con chó bị chảy máu chân, có cần đi thú y ko")
                   # ("vết", a mark or a cut, folds to "vet": only the English vet's own phrases)
                   r"\b(thu y|bac si thu y|phong kham thu y|(the|a|to the|my|our|see a|see the) vets?|"
                   r"vet (or not|visit|clinic|bill|said|says)|veterinar\w*)\b|"
                   # an animal's bite and its vaccine ("mèo cắn chảy máu, có cần chích ngừa dại ko")
                   r"\b(chich ngua|tiem ngua|tiem phong|vac xin|vaccine|tiem|chich) (\w+ )?(dai|uon van)\b|"
                   r"\b(rabies|tetanus)\b|\b(con (cho|meo|chuot|khi|cun)|meo|(the|my|a|our) (dog|cat|rat|monkey|"
                   r"puppy|kitten))( \w+){0,3} (can|cao|bit|bites|scratched)\b")
# "dẫm mảnh chai" (stepped on glass) folds like "đâm", a stab: read without it
_STEPPED_ON = re.compile(r"\b(dam|giam|dap) (phai |len |trung |vao )?(manh chai|manh kinh|chai vo|kinh vo|"
                         r"dinh|gai|oc|manh sanh|manh ly)\b")
_PHOTOS_SHOT = screened(r"\b(shot|shoot|shooting|shoots) (\w+ ){0,2}(photos?|pictures?|pics|videos?|footage|"
                        r"film|movie|scenes?|vlog|commercial|ads?)\b|\bban (anh|hinh)\b")
_KITCHEN_KNIFE = screened(
    # (not "tỏi" = "tôi", "cá" = "cả", "bí"/"bầu" = "bị"/a pregnancy: "cầm dao chặt tôi" is a blow)
    r"\bdao\b( \w+){0,2} (chat|thai|cat|bam|got|lang|xat|mo|bo) (\w+ )?(thit|rau|hanh|ga|vit|heo|"
    r"trai cay|xoai|tao|dua|banh|xuong|suon|chanh|ot|gung)\b(?! (toi|em|minh|tui|con|chi|me|vo|tay|chan|dau|"
    r"mat|co|nguoi)\b)|"
    # (2026-12-07, the sixth reading) a knife or scissors looked for (self_harm.TOOL_LOOKED_FOR)
    + self_harm.TOOL_LOOKED_FOR)
_CAR_NO_HURT = screened(
    r"\b(khong ai (sao|bi gi|bi thuong)|khong sao ca|nobody (was )?(hurt|injured)|no one (was )?(hurt|"
    r"injured)|everyone is (fine|ok))\b")
_CAR_STRUCK = re.compile(r"\b(xe|o to|oto|xe may|xe tai|car)\b.*\b(dam|tong|va|quet|hit|bumped|"
                         r"crashed)\b")
_GRADES = screened(r"\b(thi rot|rot roi|thi truot|diem kem|diem thap|bai kiem tra|hoc ba|grades?|"
                   r"report card|failed (my|the) (exam|test)|"
                   # (2026-12-07, the seventh reading) a target missed at work ("kpi tháng này ko
                   # đạt chắc sếp giết em mất")
                   r"kpi|doanh so|chi tieu|target|quota|bao cao|tre han|tre deadline|missed (the|my) "
                   r"deadline)\b")
_KILL_WORD = re.compile(r"\b(giet|kill)\b")
# "Đánh" of teeth, a ball, an instrument, letters or cards ("lợi chảy máu khi đánh răng"): no blow
_NOT_STRUCK = (r"(?! (rang|bong|dan|chu|thuc|bai|son|phan|cau long|golf|tennis|bac|vong|giay|bong ban|"
               r"bong chuyen|bong ro)\b)")
_BLOWS = re.compile(rf"\b(danh{_NOT_STRUCK}|chem|dam|dao|sung|bop co|hit|hits|beat|beats|hurt)\b")
_PLANT = screened(r"\bcay( \w+){0,3} dam (choi|re|hoa|nu|canh)\b")
# (a small cut in the kitchen or from nail clippers: "bị dao cắt vào tay lúc gọt xoài, chảy máu ít")
_SMALL_CUT = screened(
    r"\bchay mau (it|chut|chut xiu|mot chut|nhe|ti|ti xiu|xiu)\b(?! (nua|roi|ma|nhung))|"
    r"\bcat mong (tay|chan)\b|\bdao (cat|cua|cha) (vao |trung )?(tay|ngon tay|ngon)( \w+){0,2} "
    r"(luc|khi) (got|cat|thai|nau|lam bep|rua|bam)\b|"
    # (2026-12-07, the ninth reading) "đứt tay lúc làm cá, máu chảy chút xíu"
    r"\bmau chay (it|chut|chut xiu|mot chut|ti|ti xiu|xiu)\b(?! (nua|roi|ma|nhung))|"
    r"\b(dut|cat|cua|chat) (vao |trung )?(tay|ngon tay|ngon)( \w+){0,2} (luc|khi) (lam ca|lam thit|lam ga|"
    r"nau an|nau|got|thai|cat|rua|bam|chat)\b")
_BLOWS_TO_SOMEONE = re.compile(rf"\b(danh{_NOT_STRUCK}|chem|dam|dap|bop|tat|xo|hanh hung|hit|hits|beat|beats|"
                               r"stabbed|punched)\b")


# (2026-12-08, the twenty-second reading) a bone broken at play ("broke his arm playing football",
# "đá banh bị gãy chân")
_HURT_AT_PLAY = screened(
    r"\b(broke|broken|sprain\w*|twist\w*|hurt|injur\w*|fractur\w*|dislocat\w*)( \w+){0,3} (playing|at|during) "
    r"(football|soccer|basketball|volleyball|badminton|rugby|hockey|baseball|tennis|practice|training|the match|"
    r"the game|pe|gym class|recess)\b|\b(da banh|da bong|choi bong|tap the duc|the duc|gio ra choi|thi dau)"
    r"( \w+){0,4} (bi )?(gay|trat|bong gan|sai khop|trat khop|rach)\b")
# Sore from sport ("my back hurts from the gym", "tập gym xong đau cơ muốn chết", "đá banh về
# nhức chân quá"): a body tired by its own exercise, no blow
_SPORT_SORE = screened(
    r"\b(from|after) (the |my |a )?(gym|workout|training|leg day|run|running|practice|yoga|"
    r"football|soccer|basketball|hike|hiking|lifting)\b|"
    r"\b(tap gym|gym|tap ta|tap the duc|tap the hinh|chay bo|da banh|da bong|tap yoga|leo nui|"
    r"boi loi|danh cau long|cau long)\b( \w+){0,4} (dau|moi|nhuc|chuot rut|ra ri|e am)\b|"
    r"\b(dau|moi|nhuc|chuot rut)( \w+){0,4} (vi|do|sau khi|sau buoi) (tap|gym|chay bo|da banh|"
    r"da bong|leo nui|boi)\b")

# A price or a grade "cut", a memorial day, ball games and golf, chores one "drowns" in ("ra chợ bị
# chém giá", "thầy nói chém điểm", "tuần sau giỗ đầu bà", "shot a hole in one", "drowning in
# laundry"): no blade, no grave danger
_NOT_A_BLADE = screened(
    r"\bchem (diem|gia|tien|\d+ (cu|trieu|nghin|k|ngan))\b|\b(gio dau(?! (bung|dau|nguc|lung|vai|chan|tay|co|hong|"
    # ("giờ đau bụng dữ dội", now in pain, folds like "giỗ đầu", a first memorial day)
    r"rang|qua|lam|du|nhuc|that|ghe|kinh|buot|rat|nhieu|het|toan|am i))|dam gio|(?<!cong )(?<!bao )an gio|mam cung|le gio|"
    r"ngay gio)\b|\b((shoot|shooting|shot|play|playing)( some| a few)? )?(hole in one|mini golf|golf|hoops|basketball|billiards|darts|archery|paintball|"
    r"laser tag|nerf)\b|\bdrowning in (\w+ )?(laundry|work|emails?|homework|paperwork|reports?|tasks|tickets|"
    r"orders|meetings|messages|exams|essays|assignments|dishes|"
    r"deadlines)\b|\b(cut|sliced|nicked) my (finger|thumb|hand)( \w+){0,2} (slicing|chopping|cutting|"
    r"cooking|peeling)\b")

# An animal slaughtered for a feast ("nhà bên mổ bò làm đám giỗ, máu me tùm lum"), no person hurt
_SLAUGHTER = screened(
    # ("cả" folds like "cá" and "đi làm ca" is a shift: neither is read)
    r"\b(mo|giet|choc tiet|lam thit|thit|xe thit) (mot |hai |ba |may |vai |dan |cap )?(con )?(bo|heo|lon|ga|vit|"
    r"de|trau|ngan|ngong)\b(?! (toi|em|minh|tui|con|chi|me|vo|ba|anh)\b)|\b(slaughter\w*|butcher\w*) (a |the |our |"
    r"two |\w+ )?(pig|cow|goat|chicken|duck|buffalo|lamb)s?\b")
_FEAST = re.compile(r"\bdam (gio|cuoi|tang|ma|hoi|hieu|day thang|thoi noi)\b")
# The writer's own exasperation (self_harm.EXASPERATED)
_EXASPERATED = screened(self_harm.EXASPERATED)
# (one screen for them all: on nearly every form none of their words occurs)
_HARMLESS_ANY = screened("|".join(f"(?:{p.pattern})" for p in (
    _PLAY, _KITCHEN_KNIFE, _ANIMAL_TIED, _CAR_NO_HURT, _GRADES, _PLANT, _SMALL_CUT, _ANIMAL_DOES, _DENTAL,
    _PHOTOS_SHOT, _ANIMAL_CHASED, _PRICKED, _SPORT_SORE, _NOT_A_BLADE, _EXASPERATED, _SLAUGHTER,
    _BITTEN, _MEAT_RARE, _BODY_ART, _LESSON_OR_CHORE, _NOSEBLEED, _KNOCK_IN_PLAY_OR_OVER, _HURT_AT_PLAY)))


def harmless(text: str) -> bool:
    """A blow in play, a knife on food, meat served rare, a bite scratched (`_harmless`), told of
    nothing happening now."""
    return any(_harmless(f) and not _NOW.search(f) for f in expand(text))


def seen_on_screen(text: str) -> bool:
    """A film, a game, a documentary or the news is where it happens (`on_screen`), told of
    nothing happening now ("just watched a documentary on trafficking, wow")."""
    return any(on_screen(f) and not _NOW.search(f) for f in expand(text))


def a_lesson_asked(form: str) -> bool:
    """First aid or how to sharpen a knife asked as a lesson (`_LESSON_OR_CHORE`), with no blow to
    the writer told."""
    return bool(_LESSON_OR_CHORE.search(form)) and not _BLOW_TO_WRITER.search(form)


def bitten_or_for_the_vet(form: str) -> bool:
    """An insect's bite scratched till it bled, or a pet's hurt asked of a vet (`_BITTEN`), with
    no blow to anyone told: no one's wound to send 115 for (bot/core/medical.py)."""
    return bool(_BITTEN.search(form)) and not _BLOWS_TO_SOMEONE.search(_STEPPED_ON.sub(" ", form))


def _harmless(form: str) -> bool:
    """A blow in play, a knife on food, a car bumped with no one hurt, an exam's "kill", a
    plant's shoots, a body sore from sport, a small cut (with no blow to anyone told beside the
    last three)."""
    if not _HARMLESS_ANY.could_match(form):
        return False
    if _PLAY.search(form) or _KITCHEN_KNIFE.search(form) or _PLANT.search(form) or \
            _EXASPERATED.search(form) or \
            (_CAR_NO_HURT.search(form) and _CAR_STRUCK.search(form)):
        return True
    if _ANIMAL_DOES.search(form) and not _SOMEONE_KILLS.search(form) and \
            not _BLOWS_TO_SOMEONE.search(form):
        return True   # (an animal, with no person named who might be the one following)
    if _ANIMAL_TIED.search(form) and not _BLOWS_TO_SOMEONE.search(form) and \
            not _PATTERNS.any(_ANIMAL_TIED.sub(" ", form)):
        return True   # the dog tied up, and no one else held or hurt
    if _SLAUGHTER.search(form) and not _BLOWS_TO_SOMEONE.search(
            _FEAST.sub(" ", _SLAUGHTER.sub(" ", form))):
        return True   # (a feast's "đám giỗ" folds like "đâm", a stab: read without it)
    if (_DENTAL.search(form) or _PHOTOS_SHOT.search(form) or _ANIMAL_CHASED.search(form) or
            _BITTEN.search(form) or _MEAT_RARE.search(form) or _NOSEBLEED.search(form)) and \
            not _BLOWS_TO_SOMEONE.search(_STEPPED_ON.sub(" ", form)):
        return True
    if (_LESSON_OR_CHORE.search(form) or _KNOCK_IN_PLAY_OR_OVER.search(form)) and \
            not _BLOW_TO_WRITER.search(form):
        return True
    if _BODY_ART.search(form) and not _BLOWS_TO_SOMEONE.search(form) and \
            not _A_DOER_WITH_A_BLADE.search(form):
        return True
    if _PRICKED.search(form) and _SMALL_CUT.search(form) and \
            not _BLOWS_TO_SOMEONE.search(_PRICKED.sub(" ", form)):
        return True   # a hook or a thorn, a little blood: no blow
    if _GRADES.search(form) and _KILL_WORD.search(form) and not _BLOWS.search(form):
        return True
    if (_SPORT_SORE.search(form) or _NOT_A_BLADE.search(form) or _HURT_AT_PLAY.search(form)) and \
            not _BLOWS_TO_SOMEONE.search(form):
        return True
    return bool(_SMALL_CUT.search(form)) and not _BLOWS_TO_SOMEONE.search(form)


# Kept in for a reason a family gives ("mẹ khóa cửa ko cho e ra vì chưa học bài xong", "anh hai
# khóa cửa lại ko cho e ra ngoài vì e bị ốm", "ck khóa cửa ko cho e ra vì sắp có bão", "e khóa
# cửa ko cho con ra đường vì trời mưa", "dad grounded me for my grades"): a rule of the house,
# not a captive. The classifier hears the lock; it is believed only with blows, a threat, days
# held or no reason given (the lexicon reads those, `_VI_PATTERNS`).
_KEPT_IN = screened(
    # (2026-12-07) shut in by her own hand ("em tự nhốt mình trong phòng học bài", "locked myself
    # in to study")
    r"\btu (nhot|khoa|giam) (minh|ban than|cua)\b|\blocked myself (in|inside)\b|"
    r"\b(khoa|chot|nhot|giu|bat)( trai)?( cua| cong)?( phong| nha)?( (lai|con|em|e|toi|tui|minh))*"
    r"( \w+){0,3} (khong|ko|k|hong|chang|kg) (cho|de) (\w+ )?(ra|di|ra ngoai|ra duong|di choi|ra khoi|"
    r"xuong|ve)\b|\b(cam tuc|bat o nha|bi cam tuc|khong cho (\w+ )?(ra khoi nha|ra ngoai|di choi))\b|"
    r"\b(grounded|locked|kept|keeps?|keeping|won'?t let|wouldn'?t let|doesn'?t let|didn'?t let)"
    r"( \w+){0,2} (me|us|him|her|them|the kids|my (son|daughter|kids?|sister|brother))( \w+){0,2} "
    r"(in|inside|home|at home|indoors|out|go out|leave)\b|"
    # ("my mum locked the door so i can't go out till my homework is done")
    r"\b(locked|locks|locking) the (front )?(door|gate)( \w+){0,2} (so )?(i|we) (can'?t|cannot|couldn'?t|can not) "
    r"(go out|leave|get out|go)\b")
_A_REASON = screened(
    r"\b(vi|de|so|tai|do|because|cause|cuz|bc|since|due to|for|until)\b( \w+){0,5} (hoc|bai|bai tap|"
    r"choi|game|thi|mua|ngu|om|benh|sot|cam|ho|xe|duong|nang|tre|khuya|toi|an toan|tai nan|lanh|bao|dich|"
    r"covid|cach ly|chet duoi|lu|ngap|homework|grades?|exams?|tests?|studying|study|rain\w*|storm|"
    r"typhoon|flood\w*|sick|ill|fever|flu|cold|bedtime|curfew|late|dark|traffic)\b|"
    r"\b(giong bao|co bao|sap co bao|mua bao|troi mua|mua to|di choi|choi game|hoc bai|hoc them|"
    r"ngu som|dang om|bi om|bi sot|cach ly|moi \d+ tuoi|con nho|storm|typhoon|homework|curfew|"
    r"bedtime)\b")
_THREAT_OR_HARM = re.compile(r"\b(doa|de doa|giet|chem|dao|sung|bop co|may ngay|may hom|tu hom qua|"
                             r"suot|lay (het )?(dien thoai|dt|giay to|ho chieu)|threat\w*|kill|knife|gun|"
                             r"days|since yesterday|took my (phone|passport))\b")


# Touched in a crowd ("trên xe buýt có ông cứ cọ vào người em", "a man on the train kept
# rubbing against me"): sexual harassment told, which the disclosure answers with its own "are
# you safe?"; the classifier's emergency alone is not believed for it (no weapon, no one dragging
# or following her, no threat: the lexicon reads those)
_CROWD = screened(r"\b(xe buyt|xe bus|xe khach|xe do|tau|tau dien|metro|thang may|cho dong|hang doi|"
                  r"rap phim|bus|train|subway|tube|tram|elevator|lift|crowd|queue|line|"
                  # or at work, by one above her ("thằng tổ trưởng cứ lấy cớ đụng vào người em")
                  r"cong ty|cho lam|xuong|to truong|quan ly|sep|truong phong|giam doc|dong nghiep|"
                  r"at work|boss|manager|supervisor|coworker|colleague|team lead)\b")
_TOUCHED = screened(r"\b(co (vao|xat|sat)|co (nguoi|than) vao|ap sat|ep sat|so (vao|mo|soang|dui|nguc|mong|nguoi)|"
                    r"sam so|boc hot|mo mam|"
                    r"dung (vao|cham)|rubb\w*|touch\w*|grop\w*|press\w* (himself|against)|"
                    r"brush\w* against)\b")
_DRAGGED_OR_THREAT = re.compile(r"\b(keo|loi|bat|ep|doa|dao|sung|theo|di theo|chay theo|dragg\w*|"
                                # (2026-12-08) held there ("quản lý sàm sỡ và giữ em trong kho")
                                r"giu (em|toi|tui|minh|chau|con|e)|nhot|khoa (cua|em|toi|tui|chau)|locked|"
                                r"won'?t let me (go|leave)|"
                                r"pull\w*|grabb\w*|follow\w*|threat\w*|knife|gun|forc\w*|"
                                # (2026-12-07) no way off ("tài xế ko dừng xe", "won't let me off")
                                r"(khong|ko|k|chang) (chiu )?(dung xe|dung lai|cho (em |toi )?xuong)|"
                                r"won'?t (stop|let me (off|out|get off)))\b")


# (2026-12-08, the nineteenth reading) Hands on her now, in a room, a car, a home ("dượng đang
# sờ soạng em", "my uncle keeps touching me"); never bare "sờ", which folds like "sợ". In a bus,
# a train, a crowd or at work (`touched_in_a_crowd`) it is the disclosure's, with its own "are you
# safe?", unless she is held or threatened there.
_GROPED_NOW = screened(
    r"\b(dang|cu|van|lien tuc|lai)( \w+)? (so soang|so mo|sam so|boc hot|mo mam|dung cham|cham vao|ep sat vao|"
    r"co ep)( \w+){0,2} (em|e|toi|tui|minh|chau|con|nguoi em|nguoi toi|dui em|nguc em|chan em)\b|"
    r"\b(guy|man|men|stranger|driver|uncle|teacher|dude|he|someone|somebody|step ?dad|stepfather|cousin|"
    r"brother|grandpa)( next to me| beside me| behind me)?('s| is| keeps| kept| started| has been| been)"
    r"( \w+)? (groping|touching|feeling|rubbing (himself )?(against|on)|pressing (himself )?(against|on)) "
    r"(me|my)\b")


def touched_in_a_crowd(form: str) -> bool:
    """Touched in a bus, a train, a lift, a crowd or at work, with no one dragging, following or
    threatening."""
    return bool(_CROWD.search(form) and _TOUCHED.search(form)) and \
        not _DRAGGED_OR_THREAT.search(form)


def kept_in_for_a_reason(form: str) -> bool:
    """Kept in, with a family's reason and no blow, threat or days held (`_KEPT_IN`)."""
    return bool(_KEPT_IN.search(form) and _A_REASON.search(form)) and \
        not _BLOWS_TO_SOMEONE.search(form) and not _THREAT_OR_HARM.search(form)


# Work or study said to kill the writer ("dự án này đang giết chết tôi vì deadline", "bài tập
# giết em mất", "this assignment is killing me"), with no blow and no person said to threaten
_WORK_KILLS = screened(
    r"\b(deadline|du an|bai tap|cong viec|bao cao|luan van|do an|tang ca|on thi|mon (toan|hoa|ly)|kpi|"
    # (2026-12-08, the nineteenth reading) "sếp giao việc như muốn giết người ta", "thi cuối kỳ
    # giết e mất thôi" (never bare "thi", which folds like "thì")
    r"giao viec|don viec|nhieu viec|viec nhieu|dong viec|doanh so|chi tieu ban hang|thi cuoi ky|thi giua ky|"
    r"ky thi|bai thi|mon thi|de thi|thi dai hoc|thi tot nghiep|thi hoc ky|exams?|midterms?|"
    r"project|homework|assignment|thesis|overtime|this (job|class|course|exam)|finals)\b"
    r"( \w+){0,10} (giet|kill(s|ing)?)\b|\b(giet|kill(s|ing)?)( \w+){0,6} (vi|because of|with) "
    r"(deadline|du an|bai tap|cong viec|bao cao|tang ca|kpi|project|homework|assignments?|overtime)\b")
_SOMEONE_KILLS = re.compile(r"\b(doa|de doa|threat\w*|chong|ck|ong ay|anh ay|han|thang|he|she|husband|"
                            r"boyfriend|ex|dad|father|bo|ba duong|cha)\b")


def without_things_done(form: str) -> str:
    """The form with what is done to things taken out: a knife on food said last, a keyboard
    typed, a sandbag punched, a massage (`_THING_DONE`, never before a person's word)."""
    form = _THING_DONE.sub(" ", without_food_cut(form))
    if _PRICKED.could_match(form) and _SMALL_CUT.search(form):
        form = _SMALL_CUT.sub(" ", _PRICKED.sub(" ", form))   # a thorn or a hook, a little blood
    return form


# A blow to the writer herself ("đang xem phim thì ổng đánh em"): a screen named beside it is
# only where she was, never where the blow happened
_BLOW_TO_WRITER = re.compile(r"\b(danh|dam|dap|chem|da|tat|xo|bop co|siet co|dot|hit|hits|beat|beats|"
                             r"punched|kicked|slapped|choked|pushed|shoved|stabbed|grabbed)( \w+)? "
                             r"(em|e|toi|tui|minh|me|us)\b|"
                             # (2026-12-07) the writer's passive, her subject left out ("đang xem phim
                             # thì bị chồng đánh"); never a character's ("nữ chính bị chồng đánh")
                             r"(^|\b(thi|roi|xong|ma|luc|khi|em|e|toi|minh|tui|chi|con) )bi (\w+ ){0,2}(danh|dam|dap|"
                             r"chem|tat|xo|bop co|siet co|dot|hiep|cuong hiep|sam so|dam chem)\b")


def on_screen(form: str) -> bool:
    """A film, a game, the news or a fight watched is where it happens (`_ON_SCREEN`), read on one
    folded form; never with a blow to the writer told beside it."""
    if _GAME_NAMED.search(form) and not _SOMEONE_KILLS.search(form):
        return True   # (2026-12-07) "the boss fight in Elden Ring choked me": the game's "me"
    return bool(_ON_SCREEN.search(form)) and not _BLOW_TO_WRITER.search(form)


# A screen's or a match's story by its own word: the subset of `_ON_SCREEN` that no story of the
# writer's own life uses ("that horror movie where he strangles the babysitter", "shouting
# 'I'm gonna kill you' at his Xbox")
_WATCHED = screened(r"\b(phim|bo phim|movie|movies|film|films|tv show|series|drama|episode|anime|manga|"
                    r"truyen (tranh|ngon tinh|chu|kiem hiep)|novel|chapter|video game|xbox|playstation|ps4|"
                    r"ps5|nintendo|console|the vang|the do|trong tai|referee|tran dau|the match)\b")


def watched(text: str) -> bool:
    """Told of a film, a story, a game or a match (`_WATCHED`), with no blow to the writer."""
    return any(_WATCHED.search(f) and not _BLOW_TO_WRITER.search(f) for f in expand(text))


def animals_only(text: str) -> bool:
    """Animals doing it to each other or to things, and no person named as doing or taking a
    blow ("con mèo nhà tui đánh nhau với con chó"): no story of violence told."""
    return any(_ANIMAL_DOES.search(f) and not _SOMEONE_KILLS.search(f) and
               not _BLOWS_TO_SOMEONE.search(_ANIMAL_DOES.sub(" ", f)) for f in expand(text))


def in_a_game(text: str) -> bool:
    """A game is named as where it happens, with no person named as the doer ("em bị bắn hoài
    trong free fire"): a blow in a game is no story of violence to thank the writer for."""
    return any(_GAME_NAMED.search(f) and not _SOMEONE_KILLS.search(f) for f in expand(text))


# Whether to see a dentist asked ("răng khôn đang mọc, lợi chảy máu, có cần đi nha sĩ không"): a
# tooth's "đang" (coming in now) is no danger happening now
_DENTIST_ASKED = re.compile(r"\b(co can|nen|phai|should i|do i need to) (\w+ )?(di |go to |see )?(nha si|nha khoa|"
                            r"bac si|a dentist|the dentist|dentist)\b")


def _dentist_asked(form: str) -> bool:
    return bool(_DENTAL.search(form) and _DENTIST_ASKED.search(form))


def _trouble_feared(form: str) -> bool:
    """"Mom will kill me if she finds out", over a mishap (`_IF_FOUND_OUT`, `_MISHAP`), with no
    blow told and nothing said to happen now."""
    return bool(_IF_FOUND_OUT.search(form) and _MISHAP.search(form)) and \
        not _NOW_SAID.search(form) and not _BLOWS_TO_SOMEONE.search(form)


def _joking(form: str) -> bool:
    """Laughter, hyperbole about heat or a boss, a story from long ago, or one on a screen."""
    if _LAUGHING.search(form) or on_screen(form) or \
            (_ANGER_WISH.search(form) and not _NOW_SAID.search(form) and not _BLOWS_TO_SOMEONE.search(
                _ANGER_WISH.sub(" ", form))) or \
            (_harmless(form) and (not _NOW.search(form) or _dentist_asked(form))):
        return True
    if _LONG_AGO.search(form) and not _NOW.search(form):
        return True
    if _trouble_feared(form):
        return True
    if _JOKING_VI.search(form) and not re.search(r"\b(giet|chem|dam|danh|dao|sung)\b", form):
        return True
    if _WORK_KILLS.search(form) and not _BLOWS.search(form) and not _SOMEONE_KILLS.search(form):
        return True   # "dự án này đang giết chết tôi vì deadline": work, not a person, kills
    return bool(_JOKING.search(form)) and bool(re.search(r"\bkill(ing)? me\b", form))


def danger_signs(text: str) -> list[str]:
    """The lexicon patterns that match (for tests and evaluation; never logged with the text)."""
    signs: list[str] = []
    for form in expand(text):
        signs += [p.pattern for p in _PATTERNS.matching(form) if p.pattern not in signs]
        if not _QUESTION.search(form):
            signs += [p.pattern for p in _SOFT.matching(form) if p.pattern not in signs]
    return signs


# "nên ổng mới đánh" (that is why he hit): "mới" after "nên" is cause, not "just now".
_CAUSAL_MOI = re.compile(r"\b(nen|vi vay|cho nen)((?: \w+){0,3}) moi\b")


# Street names with a weapon's letters ("Trần Hưng Đạo" folds to "…hung dao", a knife): a place,
# in every Vietnamese city, never a knife
_WEAPON_NAMED_STREET = re.compile(r"\b(duong |hem |pho )?(tran )?hung dao( vuong)?\b")


@lru_cache(maxsize=1024)   # (read by is_danger and four other readers of one message)
def expand(text: str) -> tuple[str, ...]:
    """The text as the lexicon reads it: folded, squashed, abbreviations expanded (vi and en)."""
    forms = [normalize(text, "vi").expanded, normalize(text, "en").expanded]
    forms = [_CAUSAL_MOI.sub(r"\1\2", f) if " moi" in f else f for f in forms]
    if "hung dao" in forms[0]:
        forms = [_WEAPON_NAMED_STREET.sub(" ", f) for f in forms]
    if "danh may" in forms[0] and "đánh máy" in text.casefold():
        # typing, written with its marks ("em đang đánh máy"): folded, "máy" is "mày" (you)
        forms = [f.replace("danh may", "typing") for f in forms]
    return tuple(forms) if forms[0] != forms[1] else (forms[0],)


# How to help someone, asked ("làm sao để giúp đứa bạn đang bị chồng đánh", "how do i help my
# friend"): "đang bị" is her life, not this minute, unless a word of now is said.
HOW_TO_HELP = screened(r"\b(lam sao|lam the nao|cach nao|nen lam gi|phai lam gi|cach)( de| nao de)? "
                         r"(giup|ho tro|cuu|noi chuyen voi|khuyen)\b|\bhow (do|can|should|could) i "
                         r"(help|support|talk to)\b|\bwhat (should|can|do) i (say|tell|do) (to|for) "
                         r"(her|him|them|my friend)\b|\bnen (noi|khuyen) (gi|sao|the nao) (voi|cho) "
                         r"(no|ban|chi|em|co ay|ban ay|nguoi ay)\b")
_NOW_SAID = re.compile(r"\b(bay gio|luc nay|ngay bay gio|ngay luc nay|right now|now|rn|toi nay|dem nay)\b")
# What he does as a habit, told with no "now" ("hàng xóm đánh vợ mỗi tối", "ổng hay chửi em",
# "he hits her every weekend"): a story, answered by the disclosure's own question "are you safe
# now?"; the classifier's emergency alone is not believed for it (the lexicon still is)
_HABIT = screened(r"\b(moi (toi|dem|ngay|sang|chieu|lan|khi|bua|tuan|thang)|hang (dem|ngay|tuan|thang)|"
                  r"thuong xuyen|thuong hay|suot ngay|ngay nao cung|toi nao cung|dem nao cung|"
                  r"lan nao cung|hoai|every (night|day|evening|weekend|time|week)|always|often|"
                  r"regularly|all the time)\b")
_NOW_NEAR = re.compile(r"\b(gio|nay gio|vua|vua moi|tu chieu|tu sang|tu toi|hom nay|just|tonight|"
                       r"today|currently|still)\b")


# Only someone's age told ("he is in his fifties", "ông ấy chắc 50 tuổi"), as asked about the
# person: the classifier hears a person and guesses danger
_AGE_TOLD = screened(
    r"^((he|she|they|him|her|ong ay|ong ta|anh ta|anh ay|ba ay|chi ay|co ay|no|han|ong|anh|chong|ck|"
    r"ba|bo|me)( (is|s|are|la|chac|khoang|tam|co le|chac la|probably|maybe|about|around|like))* )?"
    r"(in (his|her|their) (late |early |mid )?(teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties|20s|30s|40s|50s|60s|70s)|\d{1,2}( tuoi| years old| yo| something)?|"
    r"(ngoai |hon |gan )?\d{1,2}( tuoi)?( roi)?|(nam|sau|bon|ba|bay) muoi (may |hon )?tuoi)"
    r"( (roi|thoi|a|nha|i think|or so|something))*$")


def _habit_only(forms: list[str]) -> bool:
    """A habit told (`_HABIT`) and nothing said of now."""
    return any(_HABIT.search(f) for f in forms) and not any(
        _NOW.search(f) or _NOW_SAID.search(f) or _NOW_NEAR.search(f) for f in forms)


# (2026-12-08, the nineteenth reading) "send help" as a joke ("baby shark is stuck in my head, send
# help 😂", "this homework is killing me send help"): laughed, or said of a song, a craving, a
# chore; never with danger now told
_SEND_HELP = re.compile(r"\bsend (help|someone)\b")
_JOKE_OR_HYPERBOLE = screened(r"\b(lol|lmao|lmfao|haha\w*|hehe\w*|hihi\w*|rofl|jk|xd|kidding|stuck in my head|"
                              r"earworm|killing me|so bored|obsessed|addicted|can'?t stop (eating|watching|"
                              r"laughing|listening|singing|scrolling|playing)|too (cute|funny|much)|cringe|"
                              r"i'?m dying|im dying|dying of (laughter|boredom|cuteness))\b")


def send_help_joked(text: str) -> bool:
    """"send help" said as a joke (`_JOKE_OR_HYPERBOLE`, or a laughing face), nothing happening."""
    forms = expand(text)
    return any(_SEND_HELP.search(f) for f in forms) and (
        bool(_LAUGHING_FACE.search(text)) or any(_JOKE_OR_HYPERBOLE.search(f) for f in forms)) and \
        not any(_NOW_SAID.search(f) or _DOING_NOW.search(f) for f in forms) and \
        not any(_PATTERNS.any(_SEND_HELP.sub(" ", f)) for f in forms)


def _laughed_off(text: str, forms: Sequence[str]) -> bool:
    """A laughing face typed (`_LAUGHING_FACE`, read on the raw text), or laughter with the one
    who "will kill" called kind after all (`_KIND_AFTER_ALL`), and nothing done now."""
    return (bool(_LAUGHING_FACE.search(text)) or any(
        _LAUGHING.search(f) and _KIND_AFTER_ALL.search(f) for f in forms)) and \
        not any(_NOW_SAID.search(f) or _DOING_NOW.search(f) for f in forms)


# (2026-12-07, the eleventh reading) The one said to "kill" called kind after all ("boss said he'll
# kill us if we miss the shipment haha, he's actually a sweetheart", "thật ra sếp hiền lắm")
_KIND_AFTER_ALL = screened(r"\b(he'?s|she'?s|they'?re|is|are) (actually|really|honestly|secretly) (a |such a )?"
                           r"(sweetheart|sweet|nice|kind|lovely|great guy|teddy bear|softie|good guy)\b|"
                           r"\b(thuc ra|that ra|chu) (ong ay|ong|ba|chi|anh|sep|ong sep|ba sep|ong chu|ba chu)"
                           r"( \w+)? (hien|tot|de thuong|vui tinh|thuong nhan vien)\b")


# A story read, a prank planned, a faint promised by a deadline ("nhân vật chính bị chồng nhốt
# trong lâu đài", "giả vờ bắt cóc nó rồi bịt mắt đưa đi ăn lẩu", "chắc tui xỉu ngang luôn"): no one
# in danger. Fiction is named by words no one in danger writes (never "phim": "đang xem phim thì
# ổng đánh em" is a blow now).
_FICTION = screened(r"\b(nhan vat( chinh)?|trong truyen|cuon truyen|tieu thuyet|spoil\w*|main character|"
                    r"the heroine|the protagonist|in the novel|fanfic\w*)\b")
_NOT_REAL = screened(r"\b(gia vo|gia bo|gia lam|bay tro|tro dua|prank\w*|pretend(ing)? to|fake)( \w+){0,2} "
                     r"(bat coc|troi|nhot|kidnap\w*|tie (her|him|them) up)\b|"
                     r"\bchac (\w+ ){0,2}xiu( ngang)?( luon| mat| that| qua)*\b")


# The last message's answer: several readers of one turn ask `is_danger` of the same text (1.6
# times a turn on the benchmark mix, 5% of a turn's time); one message only is kept, so nothing
# of a chat stays in memory (as self_harm._words_level keeps its last answer).
_last_danger: tuple[str | None, bool] = (None, False)


def is_danger(text: str) -> bool:
    """True when the text shows a sign of immediate danger."""
    global _last_danger
    last = _last_danger
    if last[0] == text:
        return last[1]
    found = _read_danger(text)
    _last_danger = (text, found)
    return found


def _read_danger(text: str) -> bool:
    """`is_danger`, read."""
    forms = expand(text)
    if any(HOW_TO_HELP.search(f) for f in forms) and not any(_NOW_SAID.search(f) for f in forms):
        return False
    if any(_LONG_AGO.search(f) for f in forms) and not any(_now_told(f) for f in forms):
        return False   # long past in either reading ("as a teen" is "as anh teen" in the other)
    if _laughed_off(text, forms):
        return False   # "tức muốn bóp cổ nó =))": laughed at, nothing happening now
    for form in forms:
        if _joking(form) or (_FICTION.search(form) and not _NOW_SAID.search(form)):
            continue
        if self_harm.NO_WAKING_THREAT.search(form):
            return True   # his promise she will not wake up (self_harm.py)
        if _NOT_REAL.could_match(form):
            form = _NOT_REAL.sub(" ", form)
        form = _SELF_DIRECTED.sub(" ", form)
        form = without_food_cut(form)   # a knife on food, said last: what else is said
        if _NOT_A_BLADE.could_match(form):
            form = _NOT_A_BLADE.sub(" ", form)   # "chém điểm", "chém giá": a grade, a price
        if _NUMBER_ASKED.could_match(form):
            form = _NUMBER_ASKED.sub(" ", form)  # "tôi cần số điện thoại cấp cứu": a number asked
        if _PATTERNS.any(form) or (_GROPED_NOW.search(form) and not touched_in_a_crowd(form)):
            return True
        if not _QUESTION.search(form) and _SOFT.any(form):
            return True
    return False


# (2026-12-07) An emergency line's number asked ("tôi cần số điện thoại cấp cứu", "sdt công an
# phường"): a number to give, never a cry for help (what else is said is still read)
_NUMBER_ASKED = screened(r"\b(so|sdt|so dien thoai|so dt|dien thoai|hotline|duong day nong|number|phone number)"
                         r"( cua| of| for| the)? (cap cuu|cuu hoa|cuu thuong|xe cap cuu|cong an( phuong| xa)?|"
                         r"canh sat|113|115|114|111|ambulance|police)\b")


# What the law makes of an act, asked ("tát con có bị bắt không", "đánh vợ có bị phạt không",
# "is it a crime to slap my wife"): a question to answer, which the classifier may hear as an
# emergency for its violent verb; only the lexicon can still find danger in it.
_LAW_ASKED = screened(
    r"\bco (bi )?(bat|phat|tu|di tu|xu|xu phat|truy cuu|pham toi|pham phap|vi pham)( \w+){0,3} "
    r"(khong|ko|k|hong|kg)\b|\bco (pham|vi pham) (phap luat|luat|toi)\b|"
    r"\b(is it|is that) (a crime|illegal|against the law)\b|\bcan (i|he|she|you) (be|get) "
    r"(arrested|fined|jailed|charged)\b")


# Idioms of money, work or shock, and a test message ("cháy túi rồi", "chết dở rồi bị sếp mắng",
# "just testing"): the classifier hears an emergency in them; only the lexicon may still find one
_IDIOM_OR_TEST = screened(
    r"\b(chay tui|chay vi|chay tien|chay luong|het sach tien|chet do|chet cuoi|cuoi chet|chet met|"
    r"met chet|chet khiep|bi sep (mang|chui|la)|sep (mang|chui|la) (em|toi|minh|tui)|deadline|"
    r"just testing|only testing|testing( testing)?|test thu|thu thoi|this is a test|im broke|"
    r"i'?m broke|chay (xe om|xe tai|grab|xe khach|taxi|xe)|cam sot|bi cam|dut tay|chay mau cam|"
    r"say xe|"
    # (2026-12-07) a kettle filled, keys locked in a car ("poured boiling water into the teapot",
    # "my keys are sitting on the driver seat behind a locked door")
    r"poured( \w+){0,3} (into|in) (the|a|my) (teapot|kettle|cup|mug|pot|glass|bowl|sink|bottle)|"
    r"my keys (are|were) (sitting|locked|inside|in the car|on the (driver|passenger) seat)|"
    # someone sitting and chatting with a neighbour ("chồng em đang ngồi trước nhà nói chuyện với
    # hàng xóm"): his being there is no danger told
    r"(ngoi|dung)( \w+){0,4} (noi chuyen|tam su|uong tra|uong nuoc|uong cafe|uong ca phe|choi co|danh co|"
    r"tan gau) (voi|cung) (hang xom|ban|may ong|nguoi ta|ong hang xom|ba hang xom)|(sitting|standing)( \w+){0,3} "
    r"(talking|chatting) (to|with) (a|the|our|his|my) (neighbou?rs?|friends?)|"
    # the wind at the door ("gió đang thổi mạnh đập cửa hoài", "the storm keeps banging the
    # shutters"; never "giờ ổng đập cửa": "thổi", blowing, is said)
    r"(gio|bao|gio bao|gio lon)( dang| to| manh| lon| qua)* thoi( \w+){0,3} (dap|giat|lay|rung)( \w+)? "
    r"(cua|mai|cua so|mai ton)|(wind|storm|gale)( \w+){0,3} (bang\w*|slam\w*|shak\w*|rattl\w*) (the )?"
    r"(door|doors|window|windows|shutters|roof)|"
    r"locked (my )?keys (in|inside)|"
    # (2026-12-07) a baby's own nights ("my baby is teething and screaming all night", "bé mọc răng
    # quấy khóc cả đêm")
    r"teething|colic|colicky|sleep regression|moc rang|quay khoc|khoc dem|quay dem|"
    # a massage, crops sprayed ("mát xa bóp cổ vai gáy", "ba e đang phun thuốc trừ sâu ngoài ruộng")
    r"mat xa|massage|xoa bop|bam huyet|cao gio|giac hoi|"
    r"(phun|xit|rai|tuoi) (thuoc|phan)( \w+){0,3} (ngoai |o |tren |cho )?(ruong|vuon|lua|rau|cay|dong|ray|ao|"
    r"canh dong|ray lua)|"
    # food burnt ("nướng mực cháy đen hết trơn", "cơm bị cháy khét")
    r"(nuong|chien|rang|xao|com|noi com|chao|banh|muc|thit|trung|mon)( \w+){0,2} (bi )?chay (den|khet|xem|"
    r"het|mat|roi|queo)|"
    # social media ("my husband is following me on instagram", "ổng theo dõi em trên tiktok")
    r"(follow\w*|theo doi|tag\w*|block\w*|chan|like\w*|tha tim|unfriend\w*|huy ket ban)( \w+){0,3} "
    r"(on|tren) (instagram|insta|ig|facebook|fb|tiktok|zalo|twitter|threads|youtube|mang xa hoi|"
    r"social media|messenger|snapchat|linkedin)|"
    r"(chay|tron|qua|sang|ve) (qua |sang |ve )?nha (me|ba|ngoai|noi|me ruot|ban|hang xom)"
    r"( \w+){0,3} (ngu|o) roi)\b|^(test|testing|thu|alo test)( \w+)?$")


# (2026-12-07) the weather's or the sea's danger ("bão sắp vào, nhà em gần biển, có nguy hiểm
# không", "is the typhoon dangerous for us"): nature's, never a person's
NATURE_ASKED = screened(
    # ("bão", "lũ", "lụt" fold like "báo"/"bảo", "lu" (a jar), "lút": only with their own company)
    r"\b(sieu bao|con bao|bao so \d+|bao (sap|dang|da|se) (vao|vo|do bo|toi|den|ve|ap)|mua bao|ap thap|"
    r"ap thap nhiet doi|lu lut|lu quet|lu ong|lu len|nuoc lu|mua lu|ngap lut|trieu cuong|song than|dong dat|"
    r"sat lo( dat)?|loc xoay|mua da|storm|typhoon|hurricane|cyclone|flood\w*|tsunami|earthquake|landslide|"
    r"tornado|king tide)\b")


# Quiet asked for a sleeper ("em không nói to được vì con đang ngủ ở phòng bên"): a reason of the
# home's, never him near
_QUIET_FOR_A_SLEEPER = screened(r"\b(vi|tai|do|because|cause|cuz) (\w+ ){0,3}(dang |van |con |is |are |"
                                r"still )?(ngu|sleeping|asleep|napping|ngu trua|ngu say)\b")


def is_violent_danger(text: str, understanding: Understanding | None) -> bool:
    """Danger from violence now: the lexicon, or the classifier's emergency intent (also when it
    is only the best guess, above EMERGENCY_MIN_CONFIDENCE). A threat of suicide made to keep
    the writer ("she says she'll hurt herself if I leave") is read by the lexicon alone: the
    classifier hears harm in it, but none is done to the writer unless the words say so."""
    forms = expand(text)
    if any(_LONG_AGO.search(f) for f in forms) and not any(_now_told(f) for f in forms):
        return False   # "he raped me 2 years ago": told, heard as a disclosure
    if any(HOW_TO_HELP.search(f) for f in forms) and not any(_NOW_SAID.search(f) for f in forms):
        return False   # "làm sao để giúp bạn đang bị chồng đánh": asked, the guide for helpers
    if any(_LAW_ASKED.search(f) for f in forms) and not any(_NOW_SAID.search(f) for f in forms):
        return is_danger(text)   # "tát con có bị bắt không": the law asked, not danger heard
    if understanding is not None and understanding.top_intent == "emergency" and \
            not self_harm.used_as_leverage(text) and not only_things_struck(text) and \
            not any(_IDIOM_OR_TEST.search(f) or _trouble_feared(f) or
                    (_ANGER_WISH.search(f) and not _NOW_SAID.search(f)) or
                    # (typing, "đánh máy", with no blow or threat told beside it: "i'm typing from
                    # the laptop" after "he kicked the door in" is no idle typing)
                    ("typing" in f and not _DOING_NOW.search(f) and not _HARM_WORD.search(f))
                    for f in forms) and \
            not any((on_screen(f) or _harmless(f)) and not _NOW.search(f)
                    for f in forms) and \
            not any(kept_in_for_a_reason(f) or touched_in_a_crowd(f) or _AGE_TOLD.search(f)
                    for f in forms) and \
            not _habit_only(forms) and not _safe_place_told(text) and \
            not any((NATURE_ASKED.search(f) or _QUIET_FOR_A_SLEEPER.search(f)) and
                    not _HARM_WORD.search(f) for f in forms) and \
            not self_harm.thanked_and_better(text) and \
            not _fled_with_nowhere_to_go(forms) and \
            not any((_LANGUAGE_ASKED.search(f) or _FEEDBACK.search(f)) and not _HARM_WORD.search(f)
                    for f in forms) and \
            not _not_danger_told(forms) and \
            not any((_HEARTBREAK.search(f) or _COURSE_ASKED.search(f) or _OUTING.search(f) or
                     _HOUSING_SEARCH.search(f) or ROAD_CRASH_HANDLED.search(f) or
                     _BIRTH_WENT_WELL.search(f)) and
                    not _HARM_WORD.search(_NOT_A_LOCK.sub(" ", _COURSE_ASKED.sub(" ", f))) for f in forms) and \
            not any(_LOCKED_ON_LEAVING.search(f) and not _BLOWS_TO_SOMEONE.search(f) and
                    not _THREAT_OR_HARM.search(f) for f in forms) and \
            not any((_WOKEN.search(f) or _LURE_OFFERED.search(f)) and not _MORE_THAN_MONEY.search(f) and
                    not _NOW_SAID.search(f) and not _HARM_WORD.search(_WOKEN.sub(" ", f))
                    for f in forms) and \
            not _laughed_off(text, forms) and not send_help_joked(text) and \
            not any((_NOT_REAL.search(f) or _FICTION.search(f)) and not _NOW_SAID.search(f)
                    for f in forms) and \
            has_content(text) and (
            understanding.intent == "emergency"
            or understanding.confidence >= EMERGENCY_MIN_CONFIDENCE):
        return True
    return is_danger(text)


# (2026-12-07, the ninth reading) A language asked about ("bao giờ hệ thống hỗ trợ tiếng Khmer",
# "do you speak Chinese"): the classifier hears an emergency in a foreign word; a question
_LANGUAGE_ASKED = screened(r"\b(tieng (khmer|kho me|anh|hoa|trung|han|nhat|phap|cham|thai|lao|viet|dan toc)|"
                           r"(speak|support|in|understand) (english|khmer|chinese|korean|japanese|french|thai|"
                           r"vietnamese|lao)|ngon ngu|language|tieng me de|thong dich|phien dich|interpret\w*|"
                           r"translat\w*)\b")


# (2026-12-07, a third resident test) The bot itself to be rated ("đánh giá giúp e bot này", read
# "nhận xét giúp em": the classifier hears "help me"): feedback, no danger
_FEEDBACK = screened(r"\b(nhan xet|gop y|phan hoi|review|rate|feedback|cham diem)( \w+){0,3} (bot|chatbot|app|"
                     r"ung dung|dich vu|trang web|web|trang nay|tro ly|assistant)\b")


# A heartbreak or a course asked for, with no word of harm ("feeling kinda sad today, my gf broke
# up with me", "tháng sau có lớp tập huấn phòng chống bạo lực giới ko, em muốn đăng ký"): the
# classifier hears violence in "broke" and in "bạo lực"; sadness and a question, not danger
_HEARTBREAK = screened(r"\b(broke up|broken up|breaking up|break up|dumped me|left me for|cheated on me|"
                       r"chia tay|that tinh|tan vo|bo (em|toi|tui|minh) (roi|theo|di)|cam sung)\b")
_COURSE_ASKED = screened(r"\b((lop|khoa|buoi|chuong trinh) (tap huan|hoc|dao tao|ky nang|truyen thong)|tap huan|"
                         # (2026-12-07, the twelfth reading) a self-defence class ("lớp dạy tự vệ cho
                         # phụ nữ, đăng ký ở đâu", "any self-defense classes for women?")
                         r"(lop|khoa|hoc|day|clb|cau lac bo)( hoc| day)? (tu ve|vo tu ve|vo thuat|karate|"
                         r"taekwondo|judo|vovinam|boxing|kick boxing)|self[- ]?defen[cs]e (class|classes|course|"
                         r"courses|lessons?|workshop|training)|"
                         # (2026-12-07, the tenth reading) a school project's materials asked ("lớp em
                         # làm dự án phòng chống bạo lực học đường, chị có tài liệu nào")
                         r"(lam|viet|chuan bi) (du an|de tai|bai thuyet trinh|thuyet trinh|tieu luan|bai tap nhom)|"
                         r"(co|xin|gui|can) (\w+ ){0,2}tai lieu|school project|class project|"
                         r"hoi thao|workshop|training (course|session|class)|seminar|volunteer\w*|tinh nguyen|"
                         r"dang ky (tham gia|hoc|lop|khoa)|sign up for|"
                         # (2026-12-07, the fourteenth reading) a course followed ("em đang theo dõi
                         # khóa học tiếng Anh"); a phone chosen ("tư vấn giúp mình điện thoại 5 triệu")
                         r"(theo doi|hoc|xem) (\w+ )?(khoa hoc|lop hoc|bai giang|kenh|course|lesson|tutorial)|"
                         r"(tu van|goi y|recommend|suggest)( \w+){0,3} (dien thoai|laptop|may tinh|tai nghe|phone|"
                         r"xe may|may anh|camera))\b")
# (2026-12-08, the twenty-third reading) A road collision seen and handled by the traffic police
# ("vừa chứng kiến va chạm xe ở ngã tư, cảnh sát giao thông xử lý r, giờ vẫn còn run"): shaken,
# no one in danger
ROAD_CRASH_HANDLED = screened(
    r"\b(va cham|tai nan|dung xe|tong xe|crash|collision|car accident|accident)\b.*\b(csgt|canh sat giao thong|"
    r"cong an|police|cops|ambulance|xe cap cuu|cap cuu)( \w+){0,2} (da )?(xu ly|toi|den|giai quyet|lo|came|arrived|"
    r"handled|sorted|took care)( roi| xong| het)?\b")
# (2026-12-08, the nineteenth reading) A room looked for to rent ("tìm phòng trọ gần ĐH Bách Khoa",
# "looking for a flat near the university"): "khoa" (a faculty) folds like "khóa" (locked)
_HOUSING_SEARCH = screened(r"\b(tim|kiem|thue|can thue|can tim|dang tim|looking for|find|finding|rent\w*)( \w+){0,2} "
                           r"(phong tro|nha tro|phong|can ho|nha nguyen can|ky tuc xa|ktx|o ghep|room|rooms|"
                           r"apartment|flat|dorm|studio|place to rent|roommate)\b")
# ("khoa" of a school or a clinic, never a lock: "Bách Khoa", "nha khoa", "khoa Luật")
_NOT_A_LOCK = re.compile(r"\b(bach khoa|nha khoa|khoa hoc|phu khoa|nhi khoa|san khoa|noi khoa|ngoai khoa|"
                         r"chuyen khoa|da khoa|khoa (y|luat|duoc|van|su|toan|ly|hoa|anh|kinh te|cntt))\b")
# (2026-12-07, the fourteenth reading) a night out proposed to friends ("tối nay đánh chén ở quán
# nhậu đầu hẻm nghen mấy ông", read "ăn uống"; "drinks after work tonight guys?"): the classifier
# hears a gathering by night; with no word of harm, an invitation
_OUTING = screened(r"\b(toi nay|chieu nay|mai|toi mai|cuoi tuan|thu \w+|tonight|tomorrow|this weekend|after work)\b"
                   r"( \w+){0,5} (an uong|di nhau|nhau|lai rai|quan nhau|karaoke|di hat|an lau|an nuong|cafe|ca phe|"
                   r"tra sua|drinks?|beers?|dinner|karaoke|bbq|hotpot|party)\b(?!.*\b(so|sợ|scared|afraid|cuu|help|"
                   r"roi ve|ve nha|ve (la|thi|se)|comes? home|gets? home|drunk|say xin)\b)|"
                   r"\b(an uong|di nhau|nhau|lai rai|karaoke|an lau|cafe|ca phe|drinks?|beers?)\b( \w+){0,6} "
                   r"(nghen|nhen|nha|nhe|ha|hen) (may ong|may ba|anh em|ae|moi nguoi|ca nha|tui bay|chi em|may dua)\b|"
                   r"\b(who'?s in|you guys (in|coming)|anyone (in|coming|up for))\b")
_BIRTH_WENT_WELL = screened(r"\b(" + self_harm.BIRTH_WENT_WELL + r")\b")
# Woken up ("chồng em đánh thức em dậy lúc 5h", read "gọi dậy"; "he woke me up at 5"): no blow
_WOKEN = screened(r"\b(goi (\w+ ){0,2}day|danh thuc|woke (me|us|him|her|them) up|wakes? (me|us) up)\b")
# A trip abroad offered with money or a husband promised ("có người rủ em qua Trung Quốc lấy chồng,
# được cho 50 triệu"): the trafficking signs to read before going (a disclosure), not danger now
# unless she is held, forced or it happens now
_LURE_OFFERED = screened(r"\b(ru|moi|hua|du|dan du|offer\w*|promis\w*|invit\w*)( \w+){0,4} (qua|sang|di|to) "
                         r"(trung quoc|dai loan|han quoc|nhat|nhat ban|malaysia|campuchia|cambodia|lao|thai lan|"
                         r"nuoc ngoai|abroad|china|taiwan|korea|japan)\b( \w+){0,6} (lay chong|lam viec|lam|viec|"
                         r"marry|married|work|job|wife)\b")
# The writer's own door locked on the way out ("em khóa cửa bên ngoài rồi đi làm", "i locked the
# door and left for work"): no one shut in
_LOCKED_ON_LEAVING = screened(r"^((toi|em|minh|tui|e|i) )?(vua |da |moi )?(khoa|chot|locked) (trai )?(cua|cong|nha|"
                              r"the door|the gate|up)( \w+){0,3} (roi |and |then )?(di|ra|left|went|go|going)( \w+)? "
                              r"(lam|hoc|cho|choi|ve que|cong tac|sieu thi|to work|to school|for work|out|shopping)\b")
_HARM_WORD = re.compile(r"\b(danh|dap|da|dam|tat|bop|siet|chem|cat|dot|hit|hits|hitting|beat\w*|kick\w*|"
                        r"punch\w*|slap\w*|chok\w*|stab\w*|threat\w*|doa|giet|kill\w*|hurt\w*|rape\w*|"
                        r"hiep|cuong|nhot|khoa|locked|follow\w*|theo doi|mau|blood|dao|sung|knife|gun)\b")


# Fled, and now out somewhere with nowhere to go ("vừa thoát khỏi nhà ổng, giờ ngồi ở bến xe ko
# biết đi đâu", "i got out tonight, i'm at a gas station and have nowhere to sleep"): a shelter
# needed now, which the help request answers; the classifier's "emergency" on the flight told is
# not believed (the lexicon still is: "he is following me" is danger)
_FLED = screened(r"\b((chay|tron|thoat|bo di|bo chay|ra) (duoc )?(ra )?(khoi|ra khoi) (nha|phong|cho|can ho|"
                 r"tro)|(got|ran|snuck|climbed) (out|away)|escaped|i left (him|them|the house)|left (him|home) "
                 r"(tonight|today|this morning))\b")
_NOWHERE_TO_GO = screened(r"\b((khong|ko|k|chang|chua) (biet|co cho|co noi) (di|o|ngu|ve|tru)( \w+)? (dau|"
                          r"nao|dem nay|toi nay)|nowhere to (go|sleep|stay)|(don'?t|do not|dont) know where "
                          r"to go|no place to (go|sleep|stay))\b")
_STILL_AFTER_ME = re.compile(r"\b(theo|duoi|ruot|tim|kiem|goi|following|chasing|looking for|coming|"
                             r"behind me|found me)\b")


# Said of the chat itself, not of danger ("đừng nhắn, điện thoại này của ổng", "don't text, it's
# his phone"): the classifier hears him in it; the check-in is declined, the lexicon still read
_HIS_PHONE = screened(r"\b(dien thoai|dt|may|sim|so|so nay)( nay| nay la| nay cua| la)? (cua|la cua) (ong|"
                      r"ong ay|ong ta|anh|anh ay|anh ta|chong|ck|han|no|ba|bo|me)\b|\b(this|it'?s|its|that'?s) "
                      r"(is )?(his|my husband'?s|my boyfriend'?s|her|their) (phone|number)\b")
# A threat that waits on her leaving ("he threatened to take the kids if i leave", "ổng dọa nếu
# em ly hôn thì giành con"): control told (a disclosure), not danger now unless now is said
_IF_SHE_LEAVES = screened(r"\b(threat\w*|said|says|doa|de doa|noi|bao)\b.*\b(if|neu|ma)( \w+)? (i|em|e|toi|tui|"
                          r"minh|she|we) (leave|leaves|left|go|divorce|ly hon|ly di|bo di|bo (anh|ong|han|"
                          r"no)|di)\b|\b(if|neu) (i|em|e|toi|tui|minh) (leave|ly hon|ly di|bo di)\b.*\b(take|"
                          r"gianh|bat|lay|dem) (the )?(kids|children|con|cac con|may dua nho)\b")
# Who to call, asked ("bị công ty giữ hộ chiếu thì gọi ai", "who can help if my boss has my
# passport"): a question, answered by its guide; the classifier's alarm alone is not believed
_WHO_TO_CALL = screened(r"\b(thi|nen|phai)? ?(goi|bao|lien he|hoi) (ai|so nao|so gi|dau|cho ai|o dau)"
                        r"( (a|ha|vay|day|duoc|nhi))*$|\bwho (can|should|do|could) (i|we) (call|contact|ask|"
                        r"talk to)\b|\bwho can help\b")
# Money kept from her, and nothing else told ("chồng giữ hết tiền, em thấy ngột ngạt lắm"):
# economic control, a story to believe, never a siren by itself
_MONEY_KEPT = screened(r"\b(giu|quan|cam|thu|lay) (het |sach )?(tien|luong|the atm|the|so tiet kiem|vang)|"
                       r"(khong|ko|k) (cho|dua) (\w+ )?(tien|dong nao|xu nao)|kiem soat (tien|chi tieu)|"
                       r"(takes?|took|keeps?|kept|controls?) (all )?(my|the|our) (money|salary|wages|card|"
                       r"pay)\b")
# Pictures made or spread of her ("ghép mặt em vào ảnh nóng rồi gửi cả lớp"), or her papers kept
# at work ("my boss took my passport and says i can't quit"): online abuse and exploitation told,
# urgent only with a threat to come, a lock, a blow or now said (the lexicon reads those)
_IMAGES_OR_PAPERS = screened(r"\b(ghep( \w+){0,2} (anh|mat|hinh|clip)|anh (nong|khoa than|nude|sex)|tung (anh|clip|hinh)|"
                             r"deepfake|photoshopp\w*|leaked|nudes?|(took|keeps?|kept|holds?|holding|has|giu|"
                             r"thu|lay|cam) (het )?(my|our|her|cua (em|toi|tui|minh))? ?(passports?|ho chieu|"
                             r"giay to|can cuoc|cccd|cmnd|id cards?))\b")
_MORE_THAN_MONEY = re.compile(r"\b(danh|dap|chem|dam|giet|doa|de doa|bop|siet|nhot|khoa(?! than)|dao|sung|hit|beat|"
                              r"kill|threat\w*|lock\w*|knife|gun|choke\w*|hurt|guards?|canh|trapped|"
                              r"khong cho (ve|ra|di)|ko cho (ve|ra|di)|can'?t leave|won'?t let|alive|die|dead|"
                              r"chet|mat mang|song sot|xo|day xuong|nem xuong|push\w*|shov\w*|drown\w*|"
                              r"toi luot|den luot|never see|xu|xu ly|ep (o lai|o|lam|di)|bat o lai|giu (lai|o lai)|"
                              r"forced|force|make me|held|hold(ing)? me|"
                              # (2026-12-07, the thirteenth reading) texting in secret, to be taken
                              # across ("tin nhắn này e gửi lén…, mai chở e qua bên kia sông")
                              r"gui len|nhan len|nhan trom|secretly|in secret|"
                              r"(cho|dua|dem|chuyen) (\w+ ){0,2}(qua|sang) (ben kia|bien gioi|nuoc ngoai|trung quoc|"
                              r"campuchia|lao))\b")
# Someone coming ("tối nay tới nhà", "told people to go visit me", "on his way")
_COMING = re.compile(r"\b(toi|den|qua|ghe|len|xuong) (tan )?(nha|phong|tro|truong|cho lam)\b|\b(visit|come|"
                     r"coming|on (his|their) way|show up|find me)\b")


def _not_danger_told(forms: Sequence[str]) -> bool:
    """His phone named, a threat that waits on her leaving, who to call asked, or money kept with
    nothing more: the classifier's "emergency" on these is not believed (nothing said of now)."""
    if any(_NOW_SAID.search(f) or _NOW.search(f) or _DOING_NOW.search(f) for f in forms):
        return False
    return any(_HIS_PHONE.search(f) or _IF_SHE_LEAVES.search(f) or _WHO_TO_CALL.search(f) or
               _STAYS_WITH_HIM.search(f) or
               ((_MONEY_KEPT.search(f) or _IMAGES_OR_PAPERS.search(f)) and
                not _MORE_THAN_MONEY.search(f) and not _COMING.search(f)) for f in forms)


# (2026-12-07, the twelfth reading) one who will not leave him, told ("my mom won't leave my dad
# even though he hurts her", "mẹ em không chịu bỏ bố dù bị đánh hoài"): a story and a worry, with
# nothing said of now
_STAYS_WITH_HIM = screened(
    r"\b(won'?t|will not|wont|refuses to|doesn'?t want to|does not want to|never) leave (him|my (dad|father|"
    r"stepdad|stepfather)|her (husband|boyfriend|partner)|his (wife|girlfriend))\b|"
    r"\b(khong|ko|chang|nhat dinh khong) (chiu|muon|dam) (bo|roi bo|ly hon|ly di)( voi)? (ba|bo|chong|ong ay|"
    r"ba ay|ong ta|dong chong|cha)\b")


def _fled_with_nowhere_to_go(forms: Sequence[str]) -> bool:
    return any(_FLED.search(f) and _NOWHERE_TO_GO.search(f) and not _STILL_AFTER_ME.search(f)
               for f in forms)


def _safe_place_told(text: str) -> bool:
    """A few words saying only that someone is somewhere safe ("my cousin is staying at her
    aunt's house now", "em đang ở nhà ngoại"): the classifier's emergency on the people named is
    not believed (the lexicon still is)."""
    # (longer, with safety felt there: "I've been staying at my sister's place for a month now
    # and feel safe")
    return (len(text.split()) <= 12 or answers.says_safe_now(text)) and answers.at_safe_place(text)


# An assault told ("bị hiếp xong không ai tin", "i was raped"): beside a wish to die with nothing
# said of now, the wish is what is answered first (the crisis pathway; 115 and 111 in its reply)
_ASSAULT_TOLD = screened(r"\b(bi |da bi )?(hiep dam|cuong hiep|hiep|xam hai( tinh duc)?|lam nhuc|"
                         r"raped|rape|sexually assaulted|assaulted)\b")


_ASSAULT_NOW = re.compile(r"\b(dang|vua|van|is|are|keeps?)( \w+)? (cuong hiep|hiep|xam hai|raping|"
                          r"assaulting|molesting)\b")


def only_an_assault_told(text: str) -> bool:
    """The lexicon's danger is only an assault told (`_ASSAULT_TOLD`), with nothing of now."""
    forms = expand(text)
    if any(_NOW_SAID.search(f) or _DOING_NOW.search(f) or _ASSAULT_NOW.search(f) for f in forms):
        return False
    rest = [_ASSAULT_TOLD.sub(" ", f) for f in forms]
    return rest != list(forms) and not any(is_danger(r) for r in rest)


def is_emergency(text: str, understanding: Understanding | None) -> bool:
    """The alarm, as evaluation counts it: danger to life from violence, or any sign of suicide
    or self-harm (the engine then picks the pathway: bot/core/self_harm.py)."""
    return is_violent_danger(text, understanding) or self_harm.level(text, understanding) is not None


# Someone else, in the words of one who asks how to help ("đứa bạn thân", "my friend", "chị tôi").
_SOMEONE = re.compile(r"\b(ban|ban than|dua ban|chi|em gai|em|me|ma|co|nguoi|hang xom|dong nghiep|"
                      r"friend|sister|mother|mom|neighbou?r|colleague|cousin|someone|her|him)\b")


def asks_how_to_help(text: str) -> bool:
    """How to help someone else is asked, with no danger now: the guide for helpers."""
    forms = expand(text)
    # ("she's fine now" is no danger now: `_WELL_NOW`, read without it)
    return any(HOW_TO_HELP.search(f) and _SOMEONE.search(f) for f in forms) and not is_danger(text) \
        and not any(_NOW_SAID.search(_WELL_NOW.sub(" ", f)) for f in forms) and \
        not any(_ONLY_QUARRELS_OVER.search(f) and not _HARM_WORD.search(f) and not _ABUSE_NAMED.search(f)
                for f in forms)


# (2026-12-07, the seventeenth reading) quarrels of the past, made up since, and how to be closer
# asked ("hồi trước ba mẹ hay cãi nhau, giờ hòa thuận rồi, muốn hỏi cách nói chuyện với ba mẹ cho
# gần gũi hơn"): no one to help out of violence
_ONLY_QUARRELS_OVER = screened(r"\b(hoa thuan|lam lanh|lam hoa|hoa giai|het cai nhau|khong con cai nhau|"
                               r"gan gui hon|than thiet hon|hieu nhau hon|made up|get along( better)?|"
                               r"closer to|bond with|get closer)\b")
_ABUSE_NAMED = re.compile(r"\b(bao luc|bao hanh|nguoc dai|hanh ha|xam hai|abus\w*|violen\w*|control\w*|"
                          r"kiem soat|chui|xuc pham|lang ma)\b")

