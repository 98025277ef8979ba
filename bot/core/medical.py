"""A medical emergency or a fire that no one caused: 115 (or 114) first, not violence advice.

People write to a helpline about what frightens them most right now, and that is not always
violence: "ba em tự nhiên ngất xỉu không tỉnh", "my mom collapsed and isn't breathing", "con em
uống nhầm thuốc diệt chuột", "nhà hàng xóm cháy rồi". The danger lexicon (bot/core/safety.py)
reads "bất tỉnh" or "not breathing" as the harm of a beating, and the classifier as an emergency,
so these got a witness's advice ("no need to step in between them"), or none at all ("ông nội em
bị đột quỵ, không nói được" read as "unable to speak safely"). This reader tells them apart so
the engine answers with the ambulance or the fire service first.

Only when nothing in the message tells of violence (a blow, a threat, a weapon, poison given by
someone) or of wanting to die: then the violence and self-harm readings keep the message, and
115 is in their numbers too. An accident said as one ("uống nhầm", "by accident") is no wish to
die, even though the poison is one of the self-harm lexicon's means.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from bot.core import answers, self_harm
from bot.core.safety import (
    DENTISTRY,
    HOW_TO_HELP,
    PETROL_POURED,
    POULTRY_KILLED,
    ROAD_CRASH_HANDLED,
    a_lesson_asked,
    bitten_or_for_the_vet,
    is_danger,
    on_screen,
)
from bot.nlu.lexicon import AnyOf
from bot.nlu.prefilter import screened

# An illness or an accident, which by its own word no one caused ("đột quỵ", "co giật", "điện
# giật", "a stroke", "hit by a car"). ("tai biến" with a body word, never "tại biển", at the sea)
_CAUSE = screened(
    r"\b((len|bi|lam) co giat|co giat|dong kinh|dot quy|tai bien (mach mau nao|nao)|bi tai bien|"
    r"meo mieng|nhoi mau (co tim|nao)|ngung tim|len con dau tim|duoi nuoc|chet duoi|"
    r"(bi )?dien giat|ngo doc|soc phan ve|(bi )?tai nan( giao thong| xe)?|(bi )?xe (tong|dung))\b|"
    r"\b((having|had) a (seizure|fit|stroke|heart attack)|seizures?|convuls\w*|stroke|"
    r"heart attack|cardiac arrest|drowning|electrocuted|allergic reaction|anaphyla\w*|"
    r"car accident|hit by a (car|truck|motorbike|bike))\b|"
    # (2026-12-07) a cut of one's own doing that bleeds a lot ("đang thái rau thì bị đứt tay chảy
    # máu nhiều", "sliced her hand open on the mandoline, it won't stop bleeding"); a little
    # blood ("chảy máu chút xíu") is no emergency, and who held the knife is read below
    r"\b(dut (tay|ngon tay|chan|ngon chan|co tay)|(bi|lo tay|lo) (cat vao|cat trung|cat phai) (tay|chan|"
    r"ngon tay|ngon chan|co tay))( \w+){0,3} (chay (nhieu|rat nhieu|qua troi) mau|chay mau (nhieu|"
    r"rat nhieu|qua troi|khong cam|khong ngung|lenh lang|dam dia|xoi xa|tung toe))\b"
    r"(?!( \w+){0,2} (khi|luc) (got|cat|thai|nau|lam bep|rua|bam|cao|tia))|"
    # (English: the one cut is the one cutting, "she cut her hand", "i sliced my finger")
    r"\b(i (accidentally )?(cut|sliced|slashed) my|(she|mom|my mom|my mother|grandma|my grandma|my wife|"
    r"my sister|my daughter) (accidentally )?(cut|sliced|slashed) her|(he|dad|my dad|my father|grandpa|"
    r"my grandpa|my son|my brother) (accidentally )?(cut|sliced|slashed) his) (own )?(hand|finger|thumb|"
    r"wrist|arm|leg|foot)( open)?( \w+){0,6} (bleeding (a lot|heavily|badly|everywhere|so much)|"
    r"(won'?t|will not|does not|doesn'?t) stop bleeding|blood everywhere)\b|"
    # drowning, a bite, choking on food, bleeding in pregnancy, no one named as the cause
    r"\b((roi|rot|te|nga|tut) xuong (ao|song|ho|nuoc|kenh|muong|gieng|rach)|(bi )?(ran|cho dai) can|"
    r"hoc (xuong|do an|keo|thuc an)|mac nghen|(mang thai|co thai|co bau|dang bau)( \w+){0,5} "
    r"chay (nhieu )?mau|fell (in|into) (the |a )?(pond|river|pool|water|canal|well)|"
    r"(snake|dog) bite|bitten by a (snake|dog)|choking on (a |an |some |his |her )?\w+)\b|"
    # pregnancy and birth: bleeding, waters broken, labour at home
    # (folded letters shared with everyday words are read with their marks, _CAUSE_MARKED:
    # "vỡ ối" is "vợ ơi", "chuyển dạ" "chuyện đã", "đang đẻ" "đang để", "hóc hạt" "học hát",
    # "bị ong" "bị ông", "nói đớ" "nói đó", "cơn hen" "còn hẹn")
    r"\b((mang thai|co thai|co bau|dang bau|bau|mang bau)( \w+){0,6} (ra (nhieu )?(mau|huyet)|"
    r"dau bung( \w+){0,2} ra mau|(bi )?vo oi|chuyen da|dau de)|bang huyet|sinh non|sinh o nha|"
    r"in labou?r|water( has)? broke|miscarr\w*|giving birth)\b|"
    # choking on milk; a small object swallowed
    r"\b(sac (sua|nuoc|bot)|nuot (phai )?(vien|dong xu|nam cham|pin|hat|do choi|cuc)|"
    r"choking on|choked on|swallowed (a |an )?(coin|magnet|battery|button|toy))\b|"
    # a stroke's signs, the heart, breathing, stings, burns, heat, fumes, sugar, falls, bites
    r"\b(mieng (bi )?meo|(tu nhien|dot nhien|bong nhien|dot ngot)( \w+){0,3} noi ngong|"
    r"(te liet|liet|yeu|te) (mot ben|nua ben)|"
    r"noi ngong( \w+){0,3} (yeu|te|liet|meo)|yeu nua nguoi|liet nua nguoi|te nua nguoi|"
    r"dau nguc( du doi| trai| qua)?|len con hen|hen suyen|"
    r"(bi )?ong (vo ve|bo ve)( \w+){0,2} (dot|chich|can)|bi ong (vo ve|bo ve)|bong nuoc soi|say nang|soc nhiet|"
    r"ngat khoi|khoi than|ngo doc khi|ro ri gas|ha duong huyet|tut duong huyet|"
    r"(te|nga|roi|rot) (tu|tren|khoi) (thang|gian giao|mai nha|mai|cay|lau|tang)|"
    r"(te|nga|truot chan|vap|te xe|nga xe|roi|rot)( \w+){0,6} (chay mau|bat tinh|gay (tay|chan|xuong)|"
    r"u dau|bat dong|khong nhuc nhich)|"
    r"bi nghen( \w+){0,3}|nghen (tho|khong tho|khong noi|thuc an|com|banh)|"
    r"(tam|boi|lan|te|roi|rot)( \w+){0,3} (bi )?(chim|duoi nuoc)|bi chim( \w+)? (xuong )?(song|ao|ho|kenh|nuoc)|"
    # a stranger in the water ("có người vừa nhảy sông"): a rescue, 115; someone known who
    # wants to is read by the self-harm readers, never here
    r"soc thuoc|di ung thuoc|(co nguoi|ai do|mot nguoi|nguoi la)( \w+){0,2} "
    r"(vua |da |moi )?nhay (xuong )?(song|cau|kenh|ho)|"
    r"fell (off|from|out of) (a |the |his |her )?(\w+ )?(ladder|roof|tree|scaffold\w*|balcony|stairs|"
    r"window|motorbike|bike)|(jumped|fell) (into|off) (the |a )?(river|bridge|canal|lake)|"
    r"(drowning|drowned|went under)|"
    r"bi cho can|ran (can|chich|mo)|an (ca noc|nam doc|la ngon)|"
    r"chest pain|asthma( attack)?|stung by|bee stings?|wasp|"
    r"(got |was |is )?(badly )?burn(ed|t) (by|with|from) (boiling|hot)|heat ?stroke|"
    r"carbon monoxide|fumes|low (blood )?sugar|hypoglyc\w*|"
    r"fell (off|from) (a |the )?(ladder|roof|tree|scaffold\w*|balcony|stairs)|"
    # a fall with no getting up ("mẹ em ngã trong nhà tắm không dậy nổi", "fell and can't get
    # up"); a seizure misspelt ("co giựt"), an allergy that swells, labour pains, a miscarriage
    # bleeding, turning blue, an ambulance asked for
    r"(nga|te|te nga|bi nga|bi te|truot chan|vap)( \w+){0,5} (khong|ko|k|hong|hok) "
    r"(day|dung day|ngoi day|dung len|dung)( noi| duoc| dc| lên)?|"
    r"fell( down| over)?( \w+){0,3} and (can'?t|cannot|couldn'?t|isn'?t|is not|won'?t) "
    r"(get up|stand|move|respond)|"
    r"co giut|di ung( \w+){0,4} (kho tho|sung|noi me day)|(ong|kien) (dot|chich|can)( \w+){0,3} "
    r"(sung|di ung|kho tho)|dau bung (de|sanh|sinh)|(say thai|sau khi pha thai)( \w+){0,4} "
    r"(ra|chay) (nhieu |rat nhieu )?mau|turning blue|"
    r"(goi|can|kiem|tim|cho) (giup |dum |gium )?(xe )?(cap cuu|115)( giup| dum| gium)?( em| toi| minh)?$|"
    r"(call|need|get) (an |the )?ambulance)\b")
# "xỉu" and "ngất" with their marks, said alone ("ba em xỉu"): a collapse (folded, "xíu" is a bit,
# "ngắt" to cut off)
_RESULT_MARKED = screened(r"(?<!\w)(xỉu|ngất)(?!\w)(?! (ngây|đi mất|ngang))")
_CAUSE_MARKED = screened(
    r"\b(ngất ngay|vỡ ối|chuyển dạ|đang đẻ|đẻ ở nhà|sắp đẻ|hóc|bị ong|ong (đốt|chích)|nói đớ|chó cắn|"
    r"cơn hen|bị bỏng|bỏng (nặng|nước|dầu|lửa))")
# What may as well be the harm of a blow ("ngất xỉu", "bất tỉnh", "not breathing"): a medical
# emergency only when nothing else is told with it ("ba em tự nhiên ngất xỉu không tỉnh", "my
# mom collapsed and isn't breathing"); "ổng đè em xuống, em ngất xỉu" is his violence.
# ("ngất" alone also folds from "ngắt", to cut off, and "xỉu" from "xíu", a bit)
_RESULT = screened(
    r"\b(ngat xiu|te xiu|xiu (roi|luon)|(bi|da|vua|tu nhien|dot nhien|lan ra|nga ra|te ra) "
    r"(ngat|xiu)(?! (ket noi|dien|loi|mang|mach|song|nuoc))|ngat (roi|luon|lim|di)|"
    r"bat tinh|"
    r"(?<!ly )hon me(?! (em|toi|con|minh|tui|dan|di|noi|bao|ke|chong|vo))|ngung tho|tat tho|"
    r"khong con tho|bong nang|tim tai|nga quy|te quy|quy xuong)\b|"
    # "ba e xiu" said alone (with no marks, "xíu" is a bit: "bà em xíu nữa về")
    r"\b(ba|me|ong|ba noi|ba ngoai|ong noi|ong ngoai|ck|chong|vo|vk|con|be|em be)"
    r"( (e|em|toi|tui|minh))? xiu$|"
    r"\b(passed out|fainted|collapsed|unconscious|not breathing|isn'?t breathing|"
    r"(doesn'?t|does not|won'?t|will not) (wake|breathe)|stopped breathing|"
    r"bleeding (heavily|a lot|badly)|badly burn\w*)\b|"
    # (2026-12-07) breath failing, said alone ("em khó thở quá", "giờ thở không nổi", "my chest is
    # tight and i can't get air"); never a life that stifles ("sống với ổng ngột ngạt khó thở")
    r"^(?!.*\b(song|o voi|ngot ngat|cuoc song|tinh cam|moi quan he|khong khi|ap luc|nha nay|cong viec|"
    r"life|living with|relationship|this house)\b).*"
    r"\b(kho tho|tho (khong|ko|k|hong) (noi|duoc|dc|ra)|ngop tho|nghet tho|hut hoi|tho doc|"
    r"(can'?t|cannot|can not) (get|catch) (any )?(air|my breath)|struggling to breathe|short of breath)\b")
# What may stand beside such a word when nothing else is told: who, when, where, what they were
# doing, how they look, a cry for help. Tried longest first, so "ăn cơm" goes whole rather than
# leaving "cơm" behind "an", and "cầu thang" rather than "thang" behind "cậu".
_FILLERS = (
    "dang an com|luc an com|dang an toi|dang an trua|an trua|an toi|an sang|com|a few minutes ago|tu tren cau thang|down the stairs|mat trang bech|tay chan lanh|"
    "an old woman|phai lam sao|tu cau thang|an hour ago|an old lady|mat tai met|sui bot mep|"
    "an old man|mot ong cu|di cho ve|di hoc ve|di lam ve|mot ba cu|va mo hoi|after falling|"
    "while walking|minutes? ago|this morning|dong nghiep|living room|ngoai ruong|a stranger|"
    "bong nhien|khong biet|ngoai dong|nguoi lanh|phut truoc|the stairs|trang bech|bac thang|"
    "benh vien|cau thang|cong vien|dang choi|dot nhien|lam ruong|lanh toat|mot nguoi|ngoai cho|"
    "ngoai san|nguoi nha|ong ngoai|phat hien|phong ngu|right now|thang nho|trong luc|xuong dat|"
    "xuong san|and fell|ba ngoai|cay xang|dang nau|dang ngu|dang tam|dot ngot|hang xom|"
    "just now|lam vuon|luc dang|mat trom|nguoi la|nhip tho|old lady|sang nay|thang be|tinh lai|"
    "tu nhien|vai phut|van chua|a child|a woman|anh kia|bat ngo|bay gio|bo song|chay bo|"
    "chi kia|cho nay|chu kia|con nho|cong ty|dang an|dang di|dua nho|hom nay|ko biet|lam sao|"
    "lop hoc|luc nay|mat tim|moi tim|mot anh|mot chi|mot chu|mot ong|nau com|nha tam|nha tho|"
    "old man|ong kia|ong noi|quan an|sau khi|tai mat|tai met|tim tai|toi qua|tren xe|tu dung|"
    "wake up|xe buyt|an com|anh ay|at the|ba kia|ba noi|ben xe|co gai|co kia|con be|di cho|"
    "di hoc|di lam|lam gi|luc an|mo hoi|mot ba|mot co|nau an|ong ay|ong cu|a guy|a kid|a man|"
    "ai do|ba ay|ba cu|co ay|di bo|em be|grandfather|grandmother|neighbou?r|breakfast|"
    "breathing|classroom|colleague|bathroom|coworker|daughter|sleeping|somebody|stranger|"
    "suddenly|bedroom|brother|grandma|grandpa|husband|kitchen|outside|someone|tonight|walking|"
    "auntie|church|dinner|eating|father|friend|inside|market|mother|office|pagoda|people|"
    "person|please|school|should|sister|stairs|street|temple|truong|after|child|chong|class|"
    "duong|field|floor|khong|lunch|ngoai|nguoi|phong|pulse|ruong|still|store|their|today|trong|"
    "uncle|while|xuong|aunt|baby|blue|bong|chau|choi|chua|dang|dong|face|fall|farm|fell|giup|"
    "have|help|hoai|home|just|lady|lanh|luon|mach|minh|nang|ngat|onto|pale|park|quan|road|room|"
    "shop|thay|tinh|trai|tren|what|wife|work|xanh|ago|and|anh|bac|ban|bed|bep|bus|cau|chi|cho|"
    "chu|con|cua|cuu|dad|dat|day|gai|gap|gio|guy|has|her|him|his|khi|kia|kid|lam|lan|lop|mat|"
    "moi|mom|nam|nay|nga|nha|nhe|noi|now|nua|ong|our|qua|roi|run|san|sao|she|son|tai|tam|the|"
    "thi|tho|tim|toi|tui|van|voi|vua|was|xiu|yet|ai|an|at|ay|ba|be|bi|bo|ck|co|cu|da|di|do|em|"
    "ha|he|in|is|ko|la|ma|me|my|ne|oi|on|ra|te|up|vk|vo|we|a|i|o|u"
)
_ONLY_WHO_AND_WHEN = re.compile(r"\b(" + _FILLERS + r")\b")
# Breathing or waking, said of someone else ("ba em không thở", "gọi mẹ không tỉnh"): the
# writer's own "không thở được" is as often the weight of a marriage as a body.
_OTHERS_BODY = screened(
    r"\b(ba|me|ong|ba noi|ba ngoai|ong noi|ong ngoai|chong|vo|con|be|em be|chau|nguoi nha|"
    r"co ay|anh ay|ong ay|bac|my (mom|mother|dad|father|son|daughter|baby|grandma|grandpa|husband|"
    r"wife))( \w+){0,3} ((khong|ko|k|hong) (con )?tho|(khong|ko|k|hong|chua|van chua|van khong) tinh( lai)?|"
    r"chay mau (nhieu|khong cam|khong ngung|qua troi)|"
    r"goi khong tinh|lay khong tinh)\b")
# Swallowed or drunk by mistake: an accident to report to 115, never a wish to die.
_ACCIDENT = screened(
    r"\b(uong|an|nuot|hit) (nham|phai)( \w+){0,5}|"
    r"\b(accidentally|by accident|by mistake) (drank|swallowed|ate|took)( \w+){0,5}|"
    r"\b(drank|swallowed|ate|took)( \w+){0,8} by (accident|mistake)\b|"
    # a child or an elder who drank or ate what no one drinks ("my daughter drank kerosene")
    r"\bmy \w+( \w+)? (drank|swallowed|ate) (some |the |a )?(kerosene|bleach|rat poison|poison|"
    r"pesticide|petrol|gasoline|detergent|battery|batteries|lye|acid)\b")
# A building on fire. ("cháy" folds like "chạy", to run, "chảy", to flow: without the marks only
# "bị cháy", and never "chạy qua nhà hàng xóm", to run to the neighbour's.)
# (folded: "xưởng" is also "xuống", down; "chợ" "cho", to give; "quán" "quần", trousers: those
# only with their marks, _FIRE_MARKED)
_BUILDING = r"(nha|phong|bep|can ho|chung cu|tiem|day tro|khu tro|phong tro)"
# "cháy túi" (broke), "cháy hàng" (sold out), "cháy nắng" (sunburnt): no fire
_NOT_A_FIRE = (r"(?! (nuoc|tui|toi|tien|vi|hang|nang|da|mat|den|khuyen mai|quang cao|chuong trinh|di|ra|"
               r"qua|theo|vao|tron|lai|ve|"
               # (2026-12-07) "chạy" (to run, to ride) folds like "cháy": "ổng đang chạy xe theo"
               r"xe|kiem|tim|den|sang|duoi|ruot|nhanh|bo|khap|vong|lung tung|long vong|ngang|qua lai|toi lui|"
               # (2026-12-07) "chảy máu" (bleeding) folds like "cháy" too: "làm móng ở tiệm, bị chảy máu"
               r"mau|mau cam|mu|nuoc mat|nuoc mui|dai|"
               # (2026-12-07, the eighteenth reading) "em ko chạy được" (cannot run away)
               r"duoc|dc|noi|kip|thoat|di dau|dau duoc))")
_FIRE_FOLDED = screened(
    rf"\b{_BUILDING}( \w+){{0,3}} bi chay\b{_NOT_A_FIRE}|\bhoa hoan\b|\bchay no\b|"
    rf"\b{_BUILDING}( \w+){{0,4}} dang chay\b{_NOT_A_FIRE}|\bchay nha\b{_NOT_A_FIRE}|\bchay rung\b|"
    r"\bchap dien( \w+){0,3} chay\b|\blua (lan|boc)( \w+){0,3} (nha|mai|phong|tang)\b|"
    r"\b(caught|catching) fire\b|\bburning down\b|\b(wild|forest|bush) ?fire\b|"
    rf"\b{_BUILDING}( \w+){{0,3}} (is |dang )?on fire\b|"
    r"\bsmoke (is )?(everywhere|filling|coming)\b|"
    r"\b(house|home|flat|apartment|building|kitchen|room|shop)( \w+){0,3} (is |are )?"
    r"(on fire|burning)\b|\bthere ?s a fire\b|\bfire (in|at|next door)\b|"
    # the house said burning without its marks, at the end ("nha chay", "nha ben canh chay lon
    # lam"): "nhà em chạy xe ôm" (runs a motorbike taxi) goes on after it
    r"\bnha( \w+){0,3} chay( (lon|to|du doi|lam|het|sach|rui|roi|r|kia|ne|a|oi|qua|ghe|that))*$|"
    r"\b(boc chay|boc lua)\b|"
    # a fire or smoke in English, a cry ("fire!!!", "help fire", "kitchen fire help")
    r"^(help )?fire( help)?$|\bthere'?s a fire\b|\bsomething('?s| is) burning\b|"
    r"\b(smell|smells|smelling)( of| like)? (smoke|burning|fire)\b|\bburning (plastic|smell)\b|"
    r"\belectrical fire\b|\b(trapped|stuck)( \w+){0,3} fire\b|\bfire( \w+){0,3} (trapped|stuck)\b|"
    r"^chay chay\b|\b(?<!khong )(?<!ko )(?<!k )(?<!chang )chay(?! (duoc|dc|noi|kip|thoat|tron|di|ra)\b)( \w+)? cuu (voi|toi|em|con)\b|\bkhoi (day|mu|bao trum) (nha|phong|bep)\b|"
    r"\bco mui khet\b|\bmui khet (qua|lam|trong nha)\b|\b(kitchen|stove|pan|oven|motorbike|motorcycle|scooter|car|bike|"
    r"house|apartment|flat|room) (fire|is on fire|caught fire)\b|\bfull of smoke\b|"
    r"\bsmoke (in|from) (the|my|our)\b|"
    # (2026-12-07, the fourteenth reading) smoke in the house without its marks ("trong nhà bây
    # giờ có khói"): "khói" folds like "khỏi" (cured, out of), so only inside a room or a house
    # and never followed by what "khỏi" goes with
    r"^(?!.*\b(hut thuoc|thuoc la|vape|nuong|do nuong|dot nhang|thap nhang)\b).*"
    r"\b(trong nha|trong phong|trong bep|nha|phong|bep)( \w+){0,3} (co|day|boc|nhieu|ngun ngut|toan) khoi\b"
    r"(?! (benh|chua|han|ha|khong|ko|k|qmark|duoc|dc|roi|nha|phong|cua|day|thuoc|nhang|huong|xe|bui|than|"
    r"dot rac|nuong|bep|vape)\b)")
_FIRE_MARKED = screened(r"\b(nhà|phòng|bếp|căn hộ|chung cư|tiệm|xưởng|dãy trọ|khu trọ|"
                          r"phòng trọ|chợ|quán)( \w+){0,4} (bị |đang )?cháy"
                          r"(?! (máu|túi|tiền|ví|hàng|nắng|da|mặt|đèn|màu|không đều|yếu|riu riu))\b|"
                          r"\bcháy (nhà|phòng|bếp|chợ|xưởng|lớn|to|rừng|rồi)\b|\bhoả hoạn|\bhỏa hoạn|"
                          r"\btầng( \w+){0,3} (đang |bị )?cháy\b|"
                          # (a stove's flame asked about: "bếp ga lửa cháy màu đỏ là bị gì")
                          r"\blửa (lan|bốc|cháy(?! (màu|không đều|yếu|nhỏ|riu riu|xanh|đỏ|vàng)))\b|"
                          r"\bkhói (bốc|lên|đầy|mù)|\bchập điện( \w+){0,3} cháy\b|"
                          r"\bbốc (cháy|lửa)\b|^\W*cháy\W*$|^(có )?cháy( rồi| nhà)?\W*$|"
                          r"\bcó cháy\b|\bchập cháy\b|\bcháy (khu trọ|dãy trọ|phòng trọ|nhà trọ|"
                          r"chung cư|xưởng|công ty|chợ|quán)\b|"
                          # a burning smell ("có mùi khét", "ngửi thấy mùi khét lẹt"); never a
                          # pot burnt ("nấu ăn làm khét nồi")
                          r"\bmùi khét\b(?! (nồi|cơm|chảo|đồ ăn))|^cháy cháy\b")
# Smoke, said as such ("có khói", "khói quá", "bốc khói"); never the smoke of cigarettes,
# incense or traffic told anywhere in the message ("ổng hút thuốc khói quá")
_SMOKE_MARKED = screened(r"\b(có|đầy|bốc|nhiều|ra|mù mịt) khói\b|^khói\b|"
                           r"\bkhói (quá|nhiều|lắm|dữ|ghê|mù|đen)\b")
_NOT_THAT_SMOKE = re.compile(r"\b(thuốc|hút|nhang|hương|xe cộ|bụi|khói xe|than tổ ong|đốt rác)\b")
# Gas smelt or leaking: the fire service's (114), with its own line (bot/core/flows/emergency)
_GAS = screened(r"\b(mui|ro ri|ro|xi|ho|bi ro|bi xi) (gas|ga)\b|\b(gas|ga) (bi )?(ro|xi|ro ri)\b|"
                  r"\bgas (is )?leak\w*|"
                  r"\bgas leak\w*|\bleaking gas\b|\bsmell(s|ing)?( of| like)? gas\b")
# Someone did it: a blow, a push, a threat, poison given, a fire set. Then it is violence, read
# by the danger lexicon with the medical words left in.
_DONE_BY_SOMEONE = AnyOf(
    r"\b(danh|dap|bop co|siet co|bop|bi xo|xo (nga|em|toi|me|chi|con|no|ba|ong|vo|be|minh)|"
    r"(xo|day|xo day|xo xuong|day xuong)( \w+){0,3} (te|nga|xuong|roi)|"
    r"day (nga|em xuong|no)|"
    # (words that fold like others only with what they act on: "đâm" like "đậm", "đá" like
    # "dạ", "chọi" like "chơi", "bắn" like "bạn", "đè" like "để", "ném", "lôi", "đốt" like "đột")
    r"(bi )?dam( \w+){0,2} (bang dao|bang keo|bang kim)|dam (me|ba|em|chi|vo|con|no|toi|anh|ong|ba)|"
    r"da (vao|vo|bung|me|em|toi|chi|con|no|ba|ong|vo)|choi (cuc|da|gach|ghe|chai|ly|do)|"
    r"ban (chet|vao|trung)|bi ban|ban sung|keo toc|nam toc|loi xenh|"
    r"loi (em|me|chi|no|co ay|ba|con|vo)( \w+)? (ra|vao|di|xenh|xuong)|"
    r"de (em|me|chi|co ay) xuong|de (len|xuong) nguoi|xam hai|ep (\w+ )?uong|nem (chai|ly|do|dao|"
    r"ghe|cuc|dien thoai|ban)|tat axit|tat a xit|axit|do xang|tat xang|tuoi xang|rai xang|"
    r"dot (nha|phong|xe|do|em|toi|me|minh|bang|lua|chay|con|chi|vo)|(ong ay|chong|ck|no|han|ai do|"
    r"thang do|ke|nguoi ta) (da |vua |lai )?dot\b|dot$|chay nha do|"
    r"threw|throw\w*|dragg\w*|drag|smash\w*|drowned (my|her|him|the|our)|poured|gasoline|petrol|"
    r"set fire|lit (the|our|my)|arson|shot|stabbed|"
    r"dim (dau|dau con|con|em|no|be|chi|me|nguoi|xuong)|bi dim|held (her|him|my \w+) under|"
    r"(nhan|up|an|dim|ghi) (dau|mat)( \w+){0,3} (vao|xuong|vo) (nuoc|lu|chau|thau|ho|song|ao|bon|xo)|"
    r"de (\w+ ){0,2}xuong|(bo|tron|cho) thuoc (vao|cho)|bat (\w+ ){0,2}uong thuoc|"
    r"bo doi|khong cho (an|uong)|nhot (\w+ ){0,3}(trong|o)|khoa cua nhot|"
    r"bi tat|tat (vao )?(mat|em|toi|chi)|bi dam|dam (bang )?dao|chem|dau doc|bo thuoc|hanh hung|"
    # a hurt made by someone ("chồng tôi làm tôi chảy máu", "ổng làm con bất tỉnh", "he made me bleed")
    r"lam (toi|em|minh|tui|me|ma|chi|con|vo|be|no|ba|ong|co ay|chau|e|t)( \w+)? (chay mau|bi thuong|"
    r"gay|bat tinh|ngat|xiu|bong|u dau|be dau|vo dau|sung|bam)|"
    r"made (me|her|him|us|them|my \w+) (bleed|pass out|faint|black out)|"
    # (2026-12-07, the fourteenth reading) whipped with a belt, tied to a post, a hammer held up
    # ("ba đang quất em trai e bằng dây nịt… nó xỉu rồi", "bị thằng con trói vào cột… bà xỉu rồi",
    # "hắn cầm cây búa đứng ở cửa phòng ngủ, tay em đang chảy máu")
    r"quat (em|con|toi|tui|no|me|ma|vo|ba|chi|be|thang|con be|em trai|em gai|vao|vo|lia)|"
    r"(bang|cam) (day nit|that lung|roi may|roi da|cay roi|day dien|mac ao)|"
    r"troi (vao|vo|o|lai|chat|tay|chan|em|toi|tui|me|ma|ba|no|con|chi|be)( \w+)? (cot|ghe|giuong|cay|lai|chat|"
    r"tay|chan)|bi troi|"
    r"cam (cay |cai |con )?(bua|rua|dao|ma tau|kiem|gay|cuoc|xeng|thanh sat|ong tuyp|dui cui)"
    r"(?! (thai|cat|chat|bam|got|lam|mo|xat|lang|nau|do|dong|sua|dap (da|toi|hat)))|"
    r"bao hanh|bi hiep|hiep dam|hiep (em|toi|chi|me|co ay|con|minh)|cuong hiep|tan cong|dot (nha|phong|xe|do)|phong hoa|doa|de doa|giet|"
    r"hits? (me|her|him|us|them|my|our|mom|mum|dad|mother|father|the|a|his|your)\b(?! head)|"
    r"shook (the |my |her |his |our )?(baby|child|kid|her|him|son|daughter)|beat\w*|punch\w*|kick\w*|push\w*|shov\w*|slap\w*|strangl\w*|chok\w* (me|her|him|us|them|my)|stab\w*|"
    r"attack(s|ed|ing)? (me|her|him|us|them|my)|poisoned (me|her|him|us|them)|rap(e|ed)|set (the |our |my )?\w* on fire|"
    r"threat\w*|kill)\b")
# Words that look like a blow but are none: a heartbeat ("tim đập yếu"), a head hit in a fall
# ("té đập đầu xuống nền"), fishing ("đánh cá"), being sick ("threw up"), a vehicle or an
# animal that hit someone ("a truck hit my dad", "the buffalo kicked my uncle").
_NOT_AN_ACT = screened(
    r"\b(tim (\w+ )?dap( yeu| nhanh| manh| loan| cham)?|dap dau (xuong|vao|vo)|"
    r"(te|nga|truot chan|vap)( \w+){0,3} dap (dau|dau xuong|mat|nguoi)|"
    r"danh (ca|vay ca|bat ca|luoi|bat)|threw up|throw(ing|s)? up|"
    r"(car|truck|bus|motorbike|motorcycle|scooter|bike|van|vehicle|train|lorry) "
    r"(hit|knocked (down|over)?|ran over|struck)|"
    r"(buffalo|cow|horse|trau|bo|ngua|con trau|con bo) (kicked|kick|da|hit)|"
    r"heart( is)? (beating|pounding)|heartbeat)\b")


@lru_cache(maxsize=1024)   # (read by four of this module's readers of one message)
def without_non_acts(text: str) -> tuple[str, ...]:
    """The message's forms (answers.forms) with the blows that are none taken out."""
    return tuple(_NOT_AN_ACT.sub(" ", f) for f in answers.forms(text))


# A cry for help and what a body does, left out before the danger lexicon reads what remains:
# "cứu với" and "bất động" are danger there, and here they are the emergency itself.
_CRY_AND_BODY = re.compile(
    r"\b(cuu( (em|toi|minh|tui|con|chau|me|ba|voi|giup))*( voi)?|giup( (em|toi|minh|tui|do|voi))+|"
    r"help( me| us| please)*|please help|somebody help|someone help|mn oi|moi nguoi oi|lam on|"
    r"bat dong|khong (con )?(cu dong|phan ung|tinh|tho|nhuc nhich)( duoc)?|kho tho|"
    r"tho (khong noi|yeu|doc|gap)|khong tho noi|not moving|isn'?t moving|can'?t breathe|"
    r"(won'?t|will not|doesn'?t|does not) (respond|move|wake up)|not responding|unresponsive|"
    r"limp|so qua|so lam|hoang qua|hoang loan|scared|terrified|panick\w*|ngat( ngay| luon| roi)?)\b")
# Suddenly, on its own ("tự nhiên ngất xỉu", "đột nhiên", "suddenly"): a collapse no one caused,
# believed even after a story of violence told in the chat
_SUDDEN = screened(r"\b(tu nhien|dot nhien|tu dung|bong nhien|dot ngot|suddenly|out of nowhere)\b")
# A verb of harm among the words left beside a collapse: "nó đâm mẹ em, mẹ em chảy máu" is his
# violence, whatever verb the lexicon lacks (folded; a few fold like everyday words, so a
# collapse said with "đá" or "bắt" is left to the violence reading, which answers with 115 too).
_HARM_WORDS = frozenset(
    "dam chem dap danh xo day de bop siet tat dot nem choi ban quat cat troi nhot dim nhan bat "
    "hiep ep giet dao sung keo lot chui doa hanh dap dam da dau bam rach thit cuong "
    "hit hits beat beats beating punch punched kick kicked push pushed shove shoved slap slapped "
    "stab stabbed choke choked strangle strangled attack attacked threw drag dragged rape raped "
    "knife gun hurt hurts hurting drugged spiked".split())
# At most this many words beside a collapse that no list explains: a message that says much
# more tells of something else, and is left to the other readings.
_MAX_UNEXPLAINED = 10


# Past or habit ("em hay bị ngất", "hồi trước ba em bị đột quỵ"): a worry, not a call now.
_NOT_NOW = screened(r"\b(hay bi|thuong bi|tung bi|hoi truoc|hoi xua|nam ngoai|nam truoc|hay (ngat|xiu)|"
                      r"may nam|lau roi|used to|years ago|last year|nam (19|20)\d\d|"
                      r"in (19|20)\d\d|nam mot cho|bi liet|liet (nua nguoi|giuong)|"
                      # asking ("cho hỏi", "hỏi về", "làm sao sơ cứu"), never "hồi nãy",
                      # "hồi sáng" (just now) or "dầu hôi" (kerosene), which fold alike
                      r"(cho hoi|muon hoi|xin hoi|hoi ve|hoi cach|tim hieu|muon biet|nghia la|"
                      r"la gi|so cuu( \w+){0,3} (the nao|sao|nhu the nao)|lam sao (de )?so cuu|"
                      r"dang nam vien|nam vien|da xuat vien|tuan truoc|thang truoc|"
                      r"last week|in (the )?hospital now|hoi nho|moi lan|hom qua|dem qua|toi qua|"
                      # (2026-12-07, the tenth reading) over, and prevention asked ("choked on a
                      # candy yesterday but we got it out, how do we prevent it")
                      r"yesterday|last night|the other day|got it out|(how|ways) (do|can|to|should) (we |i )?"
                      r"(prevent|avoid)|phong ngua|"
                      # (everyone safe, a light accident, a jab asked about: "cháy nhà hàng xóm hôm
                      # qua, mọi người đều an toàn", "tai nạn giao thông nhẹ", "có cần tiêm phòng
                      # dại không")
                      r"(moi nguoi|ca nha|tat ca|ai cung) (deu )?(an toan|khong sao|binh an|on)|"
                      r"(tai nan|va cham|va quet)( giao thong| xe)? nhe|"
                      r"co can (di )?(tiem|tiem phong|chich ngua|kham|khau|bang bo|nhap vien|di vien)( \w+){0,3} "
                      r"(khong|ko|k|hong))\b|"
                      # idioms: "mệt xỉu", "tức muốn xỉu", "muốn đột quỵ luôn", "cháy máy"
                      r"(met|tuc|cuoi|(?<!ve )so|doi|met muon|tuc muon|muon) (xiu|ngat|dot quy)|"
                      r"say nang (anh|chi|em|co|cau|ban|nguoi|ong|thang|con|ai|mat)|"
                      r"(muon|chac|sap|muon chet) (tat tho|ngung tho|ngat|xiu)|"
                      r"bong nhe|(boi|thoa|xoa) (gi|thuoc gi)|cho (do|bot) (rat|dau|sung)|"
                      r"chay may|deadline|chay tui|chay deadline|"
                      # (2026-12-07) news, a drill, a kitchen mishap laughed at, a faint foreseen,
                      # a scrape said small ("coi thời sự thấy cháy chung cư", "diễn tập phòng cháy",
                      # "nướng bánh cháy đen thui kkk", "mai thuyết trình xong chắc e ngất", "just
                      # a scraped knee")
                      r"(coi|xem|doc|thay|nghe) (thoi su|bao|tin tuc|tin|tv|ti vi|tren mang)|thoi su|tin tuc|"
                      r"on the news|in the news|read about|dien tap|tap huan|fire drill|"
                      r"(chay|khet) (den|den thui|khet)( \w+){0,4} (kkk|haha|hihi|huhu)|"
                      r"(chac|se|chac chan) (e |em |toi |tui |minh )?(ngat|xiu)( mat| luon)?|"
                      r"just a (scrape|scratch|bruise|scraped knee|small cut|graze)|nothing serious|"
                      # (2026-12-07) a scrape, a graze, a bump, or a beauty "wow" ("fell off his
                      # bike and scraped his knee", "trầy đầu gối", "cảnh đẹp ngất ngây")
                      r"(scraped|grazed|skinned|bumped|scratched) (his|her|my|their|a) (knee|knees|elbow|"
                      r"elbows|hand|hands|palm|palms|arm|leg|chin|forehead)|(small|little|tiny|minor) "
                      r"(scrape|scratch|graze|bruise|cut)|what (do|should|can) i put on (it|the \w+|his \w+|her \w+)|"
                      r"tray (xuoc|da|dau goi|chan|tay|khuyu tay|cui cho)|xuoc (da|nhe|chut)|"
                      r"dep (ngat|ngat ngay|me hon|xiu)|"
                      r"(its|it's|it is) fine now|tuong (chet|chet duoi)( \w+){0,3} (haha|kkk|hihi)|"
                      r"drowning in (\w+ )?(laundry|work|emails?|homework|paperwork|reports?|tasks|tickets|orders|"
                      r"meetings|messages|exams|essays|assignments|dishes|deadlines|"
                      # (2026-12-08) debt: no water, though the wish may be told beside it (self_harm)
                      r"debts?|bills|loans?)|chet chim trong (no|no nan))\b")


# (2026-12-07, the thirteenth reading) a mishap told laughing ("chết cười", "cười bể bụng", "lmao")
_LAUGHED = screened(r"\b(chet cuoi|cuoi (chet|bo|te ghe|be bung|dau bung|ra nuoc mat|xiu)|lmao|rofl|"
                    r"dying of laughter|died laughing)\b")


def emergency_kind(text: str, *, after_story: bool = False) -> str | None:
    """"medical" or "fire" when the message tells of one now with nothing done by anyone, and no
    wish to die; else None (the danger and self-harm readings decide). `after_story`: violence
    was told before in the chat, so a collapse alone ("giờ mẹ em bất tỉnh rồi") is read as its
    harm, and only a fire or an illness or accident named by its own word counts."""
    forms = without_non_acts(text)
    if any(_NOT_NOW.search(f) for f in forms) or any(_DONE_BY_SOMEONE.search(f) for f in forms):
        return None
    marked = unicodedata.normalize("NFC", text).lower()
    if "ngất ngây" in marked:
        return None   # delighted, never fainted
    if any(_LAUGHED.search(f) for f in forms):
        return None   # "chết cười với thằng bạn, nó té xuống ao cá": a laugh told, no one in danger
    if any(_AN_ANIMAL.match(f) or _ANIMAL_BIRTH.search(f) for f in forms):
        return None   # "con chó nhà em bị xe tông": a vet, never 115 (nor a sad owner's alarm)
    if care_asked_after_play(text):
        return None   # "broke his arm at football practice, is it normal for the cast to itch"
    if any(ROAD_CRASH_HANDLED.search(f) for f in forms):
        return None   # "thấy tai nạn xe, công an tới xử lý rồi, mà tim còn đập mạnh": seen, handled
    if _FIRE_MARKED.search(marked) or any(_FIRE_FOLDED.search(f) or _GAS.search(f)
                                          for f in _fire_forms(text, forms)) or \
            (_SMOKE_MARKED.search(marked) and not _NOT_THAT_SMOKE.search(marked)):
        return "fire" if not _wish_or_violence(forms, None) else None
    body = next((p for p in (_ACCIDENT, _CAUSE) if any(p.search(f) for f in forms)), None) or \
        (_CAUSE if _CAUSE_MARKED.search(marked) else None)
    if body is None and (not after_story or any(_SUDDEN.search(f) for f in forms)) and \
            (any(p.search(f) for p in (_RESULT, _OTHERS_BODY) for f in forms) or
             _RESULT_MARKED.search(marked)) and \
            any(_says_nothing_else(f) for f in forms):
        body = _RESULT   # fainted, not breathing, and nothing else told
    if body is None or _wish_or_violence(forms, _ACCIDENT if body is _ACCIDENT else None):
        return None
    return "medical"


# An animal the one hurt ("con chó nhà em bị xe tông chết rồi", "my dog got hit by a car")
_AN_ANIMAL = screened(r"^((toi|em|minh|tui|e) )?(con|my|our|the) (cho|meo|ga|vit|heo|lon|bo|trau|de|"
                        r"ngua|chim|ca|tho|cun|dog|cat|puppy|kitten|bird|rabbit|pet|hamster|chicken)\b")


# (2026-12-08, the nineteenth reading) A beast about to give birth ("heo nái nhà tui sắp đẻ",
# "our cow is calving tonight"): the farm's care or a vet. ("chó mẹ" is read only after "con":
# folded, "cho me" is also "for mom", who may be the one giving birth)
_ANIMAL_BIRTH = screened(r"\b(" + self_harm.ANIMAL_BIRTH + r")\b")


# Bleeding after an illness or an accident ("tai nạn xe, chảy máu nhiều"): the accident's harm
_BLEEDING = re.compile(r"\bchay (nhieu |rat nhieu )?mau( \w+)?|\bbleeding\b")


# Bleeding while pregnant ("thai 8 tuần ra máu", "im 8 weeks pregnant and bleeding")
_PREGNANT_BLEEDING = screened(
    r"\b((mang thai|co thai|co bau|dang bau|mang bau|bau|thai( \w+)? (tuan|thang))( \w+){0,6} "
    r"(ra|chay) (nhieu |it |chut |rat nhieu )?(mau|huyet)|"
    r"pregnan\w*( \w+){0,4} (and )?(i'?m |i am |am |is |she'?s )?(bleeding|spotting)|"
    r"(bleeding|spotting)( \w+){0,4} pregnan\w*)\b")


def pregnancy_bleeding(text: str) -> bool:
    """Bleeding told or asked about in a pregnancy: a doctor the same day (its own line)."""
    return answers.said(_PREGNANT_BLEEDING, text)


# A period's pain ("em bị đau bụng kinh", "period cramps"): a health matter, never violence
_PERIOD = screened(r"\b(dau bung kinh|dau bung (hanh kinh|den thang|khi co kinh|truoc ky kinh)|"
                     r"hanh kinh|kinh nguyet|period (pain|cramps)|menstrual (pain|cramps))\b")


def names_only_illness(text: str) -> bool:
    """An illness, an accident, a collapse or a fire is named, and no act of anyone, no danger
    from someone and no wish to die: a habit or a question ("mẹ em hay bị ngất khi đứng lâu",
    "làm sao sơ cứu người bị đột quỵ") is then no violence, whatever the classifier heard."""
    forms = without_non_acts(text)
    if any(_DONE_BY_SOMEONE.search(f) for f in forms):
        return False
    named = any(p.search(f) for p in (_ACCIDENT, _CAUSE, _RESULT, _OTHERS_BODY, _FIRE_FOLDED,
                                      _PREGNANT_BLEEDING, _PERIOD)
                for f in forms) or bool(_CAUSE_MARKED.search(unicodedata.normalize("NFC", text).lower()))
    return named and not _wish_or_violence(forms, _ACCIDENT)


def _says_nothing_else(form: str) -> bool:
    """Besides the collapse, only who, when, where, what they were doing, how they look or a cry
    for help, and no verb of harm: "ông già bán vé số ngất ngay trước cửa nhà em"."""
    rest = _ONLY_WHO_AND_WHEN.sub(" ", _CRY_AND_BODY.sub(" ", _RESULT.sub(
        " ", _OTHERS_BODY.sub(" ", _WEATHER.sub(" ", form))))).split()
    return len(rest) <= _MAX_UNEXPLAINED and not any(word in _HARM_WORDS for word in rest)


# The weather, or "trời ơi" ("trời nắng quá bà xỉu rồi"): "trời" folds like "trói" (tied up), a
# word of harm; the sky is no one's act
_WEATHER = re.compile(r"\btroi (oi|nang|mua|lanh|nong|ret|oi a|oi la|dat|gio|bao)\b( (qua|lam|gat|to|nhu do))?")


# A fire set, or threatened with petrol, by the one who hurts ("chồng em đốt nhà rồi", "nó châm
# lửa đốt phòng trọ em", "he set our house on fire"): the fire service too, beside the police.
_ARSON = screened(
    r"\b(dot (nha|phong|phong tro|can nha|xe|tiem|quan)|cham lua|tuoi xang|rai xang|"
    r"tat xang|phong hoa|set (the |our |my |her |his )?\w* ?on fire|set fire|"
    r"mo (binh )?(gas|ga)( \w+){0,3} (no|dot)|cho no (ca )?nha|"
    r"(binh ga|binh gas|ga mini)( \w+){0,6} (cho no|no tung|lam no)|"
    r"poured (gasoline|petrol|fuel)|lit (it|the house|a fire|the place)|"
    r"burn(ing|ed|t)? (down )?(the|our|my|her) (house|home|room|flat|place)|"
    r"blow(ing|s)? (up )?(the|our|my|her|this) (house|home|room|flat|apartment|place|building)|"
    r"blow (it|us|everyone|us all) up)\b")


# Badly hurt now, whoever did it and whoever is hurt (the writer, a child, or the one who hit,
# fallen in his rage): unconscious, not breathing, turning blue, a seizure, bleeding that will
# not stop, a stroke's or a heart attack's signs, acid or boiling water, a stab or a slash, a
# blow to the head or the belly with what follows it. Beside violence, 115 leads the answer.
_INJURED = AnyOf(   # (only asked whether: its branches cost half the whole, bot/nlu/lexicon.py)
    r"\b(bat tinh|ngat xiu|te xiu|(?<!ly )hon me(?! (em|toi|con|minh|tui|dan|di|noi|bao|ke|"
    r"chong|vo))|ngung tho|tat tho|"
    r"(khong|ko|k|hong) (con )?tho( duoc| dc| nua)?\b(?! (dai|phao))|khong tho noi|"
    r"tim tai|tim ngat|co giat|giat giat|dot quy|meo mieng|len con dau tim|om nguc|"
    r"(chay mau|mau chay|ra mau)( \w+){0,2} (nhieu|rat nhieu|khong cam|ko cam|khong ngung|"
    r"ko ngung|khong dung|qua troi|lenh lang|dam dia)|"
    r"(mau|chay mau)( \w+){0,2} (khong|ko|chua|van chua) (cam|ngung|dung)( duoc| dc| lai)?|"
    r"tieu ra mau|oi ra mau|non ra mau|nam bat dong|bat dong|nam im (luon|roi|khong)|"
    r"chay mau( \w+){0,2} nam im|"
    r"(ngat|xiu) (roi|luon)|"
    r"khong (cu dong|nhuc nhich|phan ung)|"
    r"(khong|ko|chua|van chua|van khong) tinh(?! tao)( lai| day)?|lim dim|"
    r"tat axit|tat a xit|axit|nuoc soi|phong nuoc soi|bong nuoc soi|bong nang|"
    r"(choang|chong mat|choang vang)( \w+){0,3} (sap xiu|muon xiu|xiu|ngat|non|oi|buon oi|"
    r"khong thay|mo mat)|"
    r"bi dam|bi (chong|ck|no|han|ong ay|anh ay|ba|bo|duong|ny|ban trai|nguoi ta|thang \w+) dam|"
    # (2026-12-07, the ninth reading) "bị người yêu nó đâm", lying sprawled, pale as death
    r"bi (nguoi yeu|ny|ban trai|ban gai|vo|vk|ai do|ke la|thang kia|con kia|ong chu|ban)( no| cua no| minh)? "
    r"dam|nam song soai|mat (tai met|tai nhot|trang bech|xanh (nhot|le|met))|"
    r"dam (em|toi|chi|me|con|no|vo|ba)|(?<!tinh )(?<!doi )(?<!doa )(?<!dinh )(?<!muon )(?<!se )(?<!sap )chem(?! (gio|chuoi|cui|dua|mia|cay|co|rau|la|thit|ca|ga|vit|heo|bo|xuong|gia|diem|tien|\d|mot|hai|ba|nam|may|dat|qua))(?<!sua chem)|"
    r"passed out|unconscious|not breathing|isn'?t breathing|stopped breathing|can'?t breathe|"
    r"(not|isn'?t|won'?t) wak(e|ing) up|turning blue|seizure|"
    r"(bleeding|bleed|bleeds|bled) (a lot|heavily|badly|everywhere|so much)|"
    r"(the )?bleeding (wont|won'?t|will not|does not|doesn'?t|isn'?t going to) stop|"
    r"i'?m bleeding|im bleeding|stabbed|acid|boiling water(?! (in|into|on|over|for) (the |a |my |some )?"
    r"(teapot|pot|kettle|cup|mug|bowl|noodles|tea|jar|flask|pan|rice|pasta))|breathing (weird|strange|funny)|"
    r"grabbed (his|her) chest|heart attack|a stroke|"
    # strangled and short of breath, unconscious a moment, the head broken, a bone broken,
    # burns of oil or an iron, poison forced down, a child limp or blue, a pregnancy kicked
    r"tho (khong|ko|k|hong) (noi|duoc|dc)|khong tho duoc|blacked out|"
    r"(ngat|xiu)( \w+){0,3} (moi|vua) tinh|(moi|vua) tinh (lai|day)|"
    r"vo dau|be dau|mau chay (vo|vao) mat|(keep|kept|is|am|i'?m) (throwing up|vomiting)|"
    r"gay (tay|chan|xuong|suon|mui|co)|xuong (loi|troi) ra|broke (my|her|his) (arm|leg|ribs?|nose|jaw)|"
    r"broken (arm|leg|bone|ribs?|nose|jaw)|dau soi|ban ui|bong rop|"
    # (burnt skin; never the sun's or a salon's: "ra nắng 5 phút cháy da", "nhuộm tóc cháy da đầu")
    r"(?<!nang )(?<!phut )(?<!phoi )chay da(?! dau)(?!.*\b(nhuom|uon toc|duoi toc|salon|tiem toc|ra nang|di nang|phoi nang|troi nang|nang gat|nang doc)\b)|"
    r"(ep|bat|buoc) (\w+ ){0,2}(uong|nuot|an) (xang|thuoc|nuoc tay|axit|thuoc sau|thuoc chuot|"
    r"thuoc diet chuot)|rot (thuoc|xang)( \w+){0,3} (vo|vao) (mieng|mom)|"
    r"forced (me|her|him|my \w+) to (drink|swallow|eat)|"
    r"mem nhun|moi tim|tho kho khe|tho yeu|goi (khong|ko|k|hong) (day|tinh)|"
    r"(khong|ko|k) (khoc|cu dong) nua( \w+){0,3} (nam im|mem|tim|lim)|nam im$|"
    r"(not|isn'?t) (moving|crying|responding)|limp|floppy|"
    r"(be|thai|em be)( trong bung)? (khong|ko|k) (con )?dap( nua)?|"
    r"baby (isn'?t|is not|stopped|has stopped) (kicking|moving)|"
    r"bung dau quan|dau quan|dau bung du doi|"
    # (2026-12-08, the nineteenth reading) poison put in her food, eaten ("he put rat poison in
    # my soup, i ate it"): swallowed, whatever she feels yet
    r"(rat poison|poison|bleach|pesticide|weed ?killer|antifreeze|cyanide|arsenic|insecticide)\b.*\b(i|she|he|"
    r"we|my \w+) (ate|drank|swallowed|had) (it|some|half|the)\b|"
    r"(thuoc chuot|thuoc doc|thuoc sau|thuoc tru sau|thuoc diet co|diet co|xyanua|thach tin)\b.*\b(an|uong|nuot)"
    r"( (phai|vao|het|nham|lon|nhieu|it))? (roi|het|xong|vao|mat|phai)\b|"
    r"(te|nga|roi|rot) (tu|tren) (lau|tang)( \w+)? xuong|(dang|van|con) chay mau|"
    r"(is|are|i'?m|im|still) bleeding|collapsed|fainted|clutching (his|her) chest|"
    r"dam (vao|vo) (co|nguc|bung)|need (an |the )?ambulance|"
    # (2026-12-07) a blow or a fall on the head, then speech or waking gone ("xô ngã đập đầu, giờ
    # bà không nói được nữa", "hit her head on the floor and now she's slurring")
    r"(dap|dam|va|te|nga|dong|dap dau|u) (\w+ ){0,2}dau( \w+){0,6} (khong|ko|k|hong) (con )?(noi|nhin|nghe|"
    r"nhuc nhich|biet gi)( duoc| dc)?( nua| gi)?|"
    r"(dap|dam|va|te|nga) (\w+ ){0,2}dau( \w+){0,6} (noi ngong|noi lap|noi ngong|lo mo|mat tinh|non oi|"
    r"oi lien tuc|co giat|mat mo)|"
    r"(hit|banged|smashed|slammed) (her|his|my|their) head( \w+){0,6} (can'?t|cannot|won'?t|isn'?t able "
    r"to) (talk|speak|stand|see|wake)|(hit|banged|smashed|slammed) (her|his|my|their) head( \w+){0,6} "
    r"(slurring|confused|throwing up|vomiting)|"
    # a bone broken, told after it ("chân em gãy rồi")
    r"(chan|tay|xuong|suon|mui|rang|co tay)( (em|toi|minh|tui|con|be|me|ba|chi))? (bi )?gay( roi| r| luon)|"
    # hurt, and the nearest hospital asked for ("my wife is hurt where is the nearest hospital")
    r"(is|got|was|are|been) (badly |seriously |very |really )?(hurt|injured|wounded)\b.*\b(hospital|"
    r"clinic|emergency room)|(hospital|clinic|emergency room)\b.*\b(is|got|was|are|been) (badly |"
    r"seriously |very |really )?(hurt|injured|wounded)|bi thuong\b.*\b(benh vien|phong kham|tram y te)|"
    r"(benh vien|phong kham|tram y te)\b.*\bbi thuong)\b")
# Said now, though a past is told first ("tối qua ổng đánh em…, giờ về thấy ổng nằm bất tỉnh")
_IDIOM = screened(r"\b((met|tuc|cuoi|so|doi|met muon|tuc muon|muon) (xiu|ngat|dot quy)|"
                    # (2026-12-07, the thirteenth reading) a laugh told ("chết cười với thằng bạn, nó té
                    # xuống ao cá"), poultry for the pot ("cắt cổ gà xong nhúng nước sôi")
                    r"chet cuoi|cuoi (chet|bo|te ghe|dau bung|ra nuoc mat)|"
                    + POULTRY_KILLED + "|" +
                    # (2026-12-07, the ninth reading) a nosebleed in dry weather
                    r"nosebleeds?|"
                    # (2026-12-07, the tenth reading) nosebleeds that come often, gums that bleed
                    # at brushing ("hay chảy máu cam", "lợi sưng chảy máu khi đánh răng")
                    r"(hay|thuong|hay bi|thuong bi|thuong xuyen|de) chay mau cam|chay mau cam (hoai|thuong xuyen|"
                    r"moi ngay|hang ngay|hoai vay|mua kho|khi troi)|(tooth|teeth|wisdom tooth)( \w+){0,2} (pulled|extracted|"
                    r"out|removed)( \w+){0,8} bleed\w*|(gum|gums) (is |are )?(still )?bleed\w*|"
                    r"(loi|nuou|chan rang|rang khon)( \w+){0,5} "
                    r"(chay mau|ra mau)|(chay mau|ra mau) (chan rang|loi|nuou|khi danh rang)|(my|his|her|the kid'?s|\w+'?s) nose (keeps |is |has been |started |"
                    r"starts |began |just started )?bleed\w*( \w+){0,3} "
                    r"(dry|weather|air|heat|winter|normal|often|every)|"
                    # (2026-12-07, the eighth reading) a fright, and meat served rare ("nearly
                    # gave me a heart attack", "suýt đứng tim", "the steak is still bleeding")
                    r"(nearly|almost|practically|just about|about to) (gave|give|giving|had|have|having) "
                    r"(me |us |her |him |my \w+ )?a heart attack|suyt (dung tim|dau tim|len tim|ngat)|"
                    r"(steak|beef|meat|lamb|roast|burger|bit tet|thit bo|thit|tiet canh)( \w+){0,8} "
                    r"(bleed\w*|chay mau|ra mau|con mau|blood\w*)|(rare|medium rare|tai|chin tai)( \w+){0,3} "
                    r"(bleed\w*|chay mau)|"
                    # (2026-12-07) a grade or a price "cut", chores one "drowns" in
                    r"chem (diem|gia|tien)|drowning in (\w+ )?(laundry|work|emails?|homework|paperwork|reports?|"
                    r"tasks|tickets|orders|meetings|messages|exams|essays|"
                    r"assignments|dishes|deadlines)|"
                    r"cuoi (dau bung|dau ca bung|dau ruot|bo bung|te ghe|chay nuoc mat)|"
                    r"(laughed|laughing) so (hard|much)|"
                    r"xiu ngang|chet (cuoi|dung|lang|khiep|met|do)|dung hinh|chay tui|chay nang|"
                    r"chay het minh|say xe|cam sot|hay bi chay mau cam|dut tay|bong nhe|nong chay da|"
                    # a flame's colour ("bếp ga lửa cháy màu đỏ", folded "chảy máu đỏ")
                    # (a colour named: "trong bếp đầu chảy máu" is a head bleeding in the kitchen)
                    r"(lua|ngon lua|bep ga|bep gas|bep)( \w+){0,2} chay mau (do|xanh|vang|cam|tim|la|hong|"
                    r"trang|xanh la|xanh duong|xanh lam)\b|"
                    # (2026-12-07, the seventeenth reading) a finger cut at the chopping board ("i cut
                    # my finger slicing onions, it stopped bleeding")
                    r"(cut|nicked|sliced) my (own )?(finger|fingers|thumb|fingertip)( \w+){0,2} (while |when )?"
                    r"(slicing|chopping|cutting|peeling|dicing|cooking|grating)|"
                    # a small cut ("chảy máu ít", "chảy máu chút xíu", clipping nails)
                    r"chay mau (it|chut|chut xiu|mot chut|nhe|ti|ti xiu|xiu)|cat mong (tay|chan)|"
                    # a tooth pulled ("nhổ răng khôn chảy máu nhiều vậy có sao ko")
                    r"nho rang|rang khon|nha si|" + DENTISTRY + r"|wisdom tooth|dentist|"
                    # already cared for ("đang ở nhà thương", "we're at the hospital now")
                    r"(dang|da) (o|nam|vao) (nha thuong|benh vien)|(at|in) (the )?hospital|"
                    # on a screen ("phim này có cảnh chảy máu", "đọc báo thấy…"), not in the room
                    r"phim|bo phim|canh phim|doc bao|tren bao|xem tin|doc tin|in a movie|on tv)\b")
# Once, before ("có lần em bất tỉnh", "hôm trước", "once he choked me till i passed out")
_PAST_TOLD = screened(r"\b(co lan|nhieu lan|may lan|lan truoc|da tung|tung|truoc day|hom truoc|"
                        r"bua truoc|hom bua|nam ngoai|thang truoc|tuan truoc|hoi do|luc do|"
                        r"once|last time|used to|before|years ago|last (week|month|year))\b")
# (and dizziness beside "sắp xỉu", a body's state, never the idiom of being worn out)
_NOW_TOLD = re.compile(r"\b(gio|bay gio|luc nay|dang|van|now|right now|still|choang)\b")


@lru_cache(maxsize=1024)   # (asked of one message by up to four readers of the danger check)
def injured_now(text: str) -> bool:
    """Someone badly hurt now ("ổng đánh em chảy máu đầu nhiều lắm", "ba dượng đánh con em bất
    tỉnh", "he was beating me then grabbed his chest and fell"): never a question, a habit or
    an idiom ("mệt xỉu")."""
    forms = answers.forms(text)   # ("threw up" is no blow, but is a sign after one)
    if not any(_INJURED.search(f) for f in forms):
        return False
    if any(_IDIOM.search(f) for f in forms):
        return False   # "tức muốn xỉu, giờ sao": an idiom, whatever "giờ" says
    if any(on_screen(f) for f in forms):
        return False   # "xem đấu MMA, ông kia bị đấm gãy mũi": a fight watched, no one here hurt
    if any(HOW_TO_HELP.search(f) for f in forms) and not any(_NOW_TOLD.search(f) for f in forms):
        return False   # "bạn em bị chồng đánh gãy tay, làm sao để giúp nó": how to help, asked
    if any(_SPORT_BRUISE.search(f) for f in forms) and not any(_SEVERE.search(f) for f in forms):
        return False   # "đi học boxing bị đấm bầm mắt": a bruise from a class, nothing worse
    if _no_ones_wound(forms):
        return False
    if care_asked_after_play(text):
        return False   # "broke his arm playing football, which hospital is good for kids": on the way
    if any(_ACID_EVERYDAY.search(f) for f in forms) and \
            not any(_SEVERE.search(f) or _ACID_THROWN.search(f) for f in forms):
        return False   # "lau nhà bằng axit có hại sàn không": cleaning asked about, no burn
    past = any(_NOT_NOW.search(f) or _PAST_TOLD.search(f) for f in forms)
    return not past or any(_NOW_TOLD.search(f) for f in forms)


def _no_ones_wound(forms: Sequence[str]) -> bool:
    """Blood that is no one's wound: a tattoo's ("xăm hình có chảy máu nhiều không"), an insect's
    bite scratched or a pet's paw for the vet ("gãi tới chảy máu"), first aid learnt ("sơ cứu
    người bị đâm thì cầm máu sao"); never with someone's act or a now told beside it."""
    if any(_BODY_ART.search(f) for f in forms) and not any(_DONE_BY_SOMEONE.search(f) for f in forms):
        return True
    if any(bitten_or_for_the_vet(f) for f in forms):
        return True
    return any(a_lesson_asked(f) for f in forms) and not any(_NOW_TOLD.search(f) for f in forms)


# (2026-12-07, the eighth reading) Acid used to clean, in skincare, a lesson or a stomach ("lau
# nhà bằng axit có hại sàn không", "axit salicylic trị mụn", "acid reflux"): asked about, no one
# burnt; thrown on someone ("tạt", "hắt", "threw") is never this
_ACID_EVERYDAY = screened(
    r"\b((lau|chui|tay|rua|ve sinh|co|danh|thong|clean\w*|scrub\w*) (\w+ ){0,3}(bang |voi |with )?(axit|acid)|"
    r"(axit|acid) (tay|lau|thong|chanh|citric|folic|uric|amin|amino|hyaluronic|salicylic|boric|lactic|"
    r"glycolic|acetic|sulfuric|clohydric|hcl|da day|reflux|rain|test|base|mantle|cleaner)|"
    r"(citric|folic|uric|hyaluronic|salicylic|boric|lactic|glycolic|acetic|amino|stomach) (axit|acid)|"
    r"(mua|pha|ban) axit|(bai|mon|thi nghiem|phong thi nghiem|hoa hoc|chemistry|lab|serum|toner|kem) "
    r"(\w+ ){0,3}(axit|acid)|(axit|acid) (\w+ ){0,3}(co hai|co sao|an mon|lam hong|hong san|damage\w*|"
    r"ruin\w*|safe|skin ?care|tri mun|acne))\b")
_BODY_ART = screened(r"\b(" + self_harm.BODY_ART + r")\b")
_ACID_THROWN = screened(r"\b(tat|hat|nem|xoi|do len|do vao|tat vao|threw|throw\w*|splash\w*|thrown|poured)\b")


# A bruise or a swelling from a sport or a martial-arts class ("đi học boxing bị đấm bầm mắt",
# "got a black eye at muay thai practice"); a break, a faint or much blood is still 115
_SPORT_BRUISE = screened(
    r"^(?=.*\b(bam|sung|tray|tim|u dau|bruis\w*|black eye|swollen|swelling|sore|scrape\w*|"
    # (2026-12-08) a nose that bleeds from a kick in class ("học Vovinam bị bạn đá trúng mũi chảy máu")
    r"mui( \w+){0,2} chay mau|chay mau (cam|mui)|nose( \w+)? bleed\w*|bloody nose|nosebleed)\b)"
    r".*\b((trong |luc |buoi )tap|(hoc|tap|lop|thi dau|dau tap|clb|cau lac bo|vo duong|tran|choi|di) (vo|boxing|quyen anh|karate|"
    r"taekwondo|judo|vovinam|muay|kickboxing|mma|vat|da bong|da banh|bong da|bong ro|bong chuyen|rugby|"
    r"vo thuat)|(boxing|karate|taekwondo|judo|muay thai|mma|kickboxing|football|soccer|rugby|hockey|"
    r"basketball|jiu ?jitsu|bjj|wrestling) (class|practice|training|match|game|lesson|gym|session)|"
    r"sparring|at (boxing|karate|judo|muay thai|mma|practice|training))\b")
# (2026-12-08, the twenty-second reading) Hurt at a sport, and where to be seen asked ("my son
# broke his arm playing football, which hospital in Da Nang is good for kids", "con bị gãy tay lúc
# đá banh, bệnh viện nào khám tốt"): a place of care looked for, no ambulance called for
_SPORT_INJURY = screened(
    r"\b(playing|at|during|in) (football|soccer|basketball|volleyball|badminton|rugby|hockey|baseball|tennis|"
    r"practice|training|the match|the game|pe|gym class|recess)\b|\b(da banh|da bong|choi bong|bong da|bong ro|"
    r"bong chuyen|cau long|tap the duc|the duc|gio ra choi|tap luyen|thi dau)\b")
_CARE_ASKED = screened(
    r"\b(which|what|any|a good) (hospital|clinic|doctor|orthopedic\w*|children'?s hospital|pediatrician|"
    r"specialist)\b|\b(recommend|suggest) (a |an )?(hospital|clinic|doctor)\b|\b(benh vien|phong kham|bac si|"
    r"cho) nao( \w+){0,3} (tot|uy tin|gioi|kham|chuyen)\b|\b(chi|gioi thieu) (giup |gium |dum )?(benh vien|"
    r"phong kham|bac si)\b")
_SEVERE = screened(r"\b(gay|nut xuong|(?<!mui )chay (nhieu |rat nhieu )?mau(?! cam)|bat tinh|ngat|xiu|kho tho|non mau|"
                   r"co giat|broken|broke my|fracture\w*|unconscious|passed out|fainted|bleeding|"
                   r"concussion|chan thuong so nao|vo dau)\b")


# A hurt of the body told after violence was told ("giờ tui khó thở" after being choked, "đau
# đầu quá, choáng váng" after a chair, "bụng em đau quá" when pregnant, "chảy nhiều lắm", "cổ
# nằm không dậy", "i think my arm is broken"): milder words than `_INJURED`, read only once a
# story of violence is known, where any of them is a reason for 115 (never "not understood").
_HURT_AFTER = screened(
    r"(?<!khong )(?<!ko )(?<!het )(?<!do )(?<!bot )(?<!chua )"
    r"\b(kho tho|tho kho|tho (khong|ko|k) (noi|duoc|dc)|tho dau|nghet tho|ngop tho|"
    r"dau (dau|bung|nguc|co|lung|suon|xuong suon|hong)|"
    # ("giờ bụng e hơi đau": a little, beginning, still: a hurt all the same)
    r"(bung|dau|nguc|co|lung|tay|chan|mat|suon)( (em|toi|minh|tui|chi|con|co|no|be))?"
    r"( (hoi|hoi hoi|cung|bat dau|van|van con|dang|lai))? (dau|nhuc|sung|"
    r"ra mau)( (qua|lam|qua troi|du qua|that|du lam|nhu bua bo))?$|dau nhu bua bo|"
    r"(dau|nguc|bung)( (em|toi|minh|tui|chi|con))? (dau|nhuc) (qua troi|qua|lam|du doi|du qua)\b|"
    r"nhuc dau|choang|chong mat|hoa mat|mo mat|xay xam|muon xiu|sap xiu|bi xiu|xiu (roi|mat)|"
    r"(ngat xiu|bi ngat|sap ngat|ngat di)(?! (ket|mach|dien|song|lien lac|internet|mang))|"
    r"buon oi|buon non|oi mua|non mua|(oi|non) (\d+|mot|hai|ba|nhieu|hoai) lan|oi hoai|non hoai|"
    r"u tai|tai (\w+ )?u|khong nghe (duoc|thay|ro)|noi khan|khan tieng|nuot dau|kho nuot|"
    r"chay mau|mau chay|ra mau|ra huyet|ra nuoc|vo oi|say thai|mat mau|"
    r"chay (nhieu|hoai|quai|hoai khong)|"
    r"(bi )?gay (tay|chan|xuong|mui|rang|suon|roi)|bi gay|trat (tay|chan|khop)|"
    r"(tay|chan|xuong|suon|mui|co tay)( \w+){0,4} (chac|co le|hinh nhu|nghi|chac la|so)( la)? "
    r"(bi )?gay|"
    r"sung (vu|tay|chan|mat|dau|het)|rach (da|dau|moi|mat)|u dau|bi thuong|thuong nang|"
    r"nam (im|bat dong|duoi dat|khong (day|nhuc nhich|cu dong))|khong (day|dung|di|cu dong|"
    r"nhuc nhich) (duoc|noi|dc)|te (tay|chan|nguoi)|"
    # pregnant and struck, or pregnant and in pain ("e bầu mà bị ổng xô té", "đạp vô bụng")
    r"(bau|thai|mang thai|co thai|pregnant)\b.*\b(xo|te|nga|da|dap|dam|dau bung|bung dau|ra mau|kick\w*|"
    r"hit|push\w*|punch\w*|cramp\w*|bleed\w*|pain)|"
    r"(kick\w*|hit|push\w*|punch\w*|da|dap|xo|dam)( \w+){0,4} (stomach|belly|bung)\b.*\b(pregnant|bau|"
    r"mang thai|co thai)|"
    r"(?<!not )(?<!n't )(hurt|injured|bleeding|dizzy|faint|nauseous|cramps|cramping)|"
    r"(broken|swollen|bleeding) (arm|leg|nose|rib|ribs|wrist|jaw|hand|head|tooth|teeth)|"
    r"(is|are|feels?|think it'?s) (broken|swollen|bleeding)|(ribs?|head|chest|stomach|neck|throat) "
    r"(hurts?|is hurting|aches?)|hurts? (to|when i) (breathe|swallow|walk|move)|"
    r"(can'?t|cannot) (breathe|stand|walk|move|see|hear)|throwing up|threw up|vomit\w*|"
    r"water broke|passed out|won'?t wake up)\b")
_ABOUT_TO_FAINT = screened(r"\b(em|toi|minh|tui|chi|con|chau) muon (xiu|ngat)\b")
# Said to be minor or over ("bầm tím chút thôi, không sao đâu", "ổn rồi", "it's fine now")
_HURT_OVER = re.compile(r"\b(on roi|khong sao|het (dau|roi)|do (roi|hon|nhieu)|chut thoi|nhe thoi|"
                        r"(chay mau|ra mau)( \w+){0,2} (chut xiu|ti xiu|mot chut|chut it|xiu xiu)|"
                        r"(da|di) kham (roi|xong)|fine now|ok now|okay now|better now|just (a )?bruises?|"
                        r"not (that )?bad|it'?s fine|i'?m fine|(already|just) (went|saw|been)|"
                        r"(doctor|hospital) already)\b")


def hurt_after_violence(text: str, *, words: int = 16) -> bool:
    """A hurt of the body, said in a short message after (or with) a story of violence."""
    if len(text.split()) > words:
        return False
    # ("em muốn xỉu" after a beating is about to faint, never the idiom "tức muốn xỉu")
    forms = [_ABOUT_TO_FAINT.sub(r"\1 sap \2", f) for f in answers.forms(text)]
    if any(HOW_TO_HELP.search(f) for f in forms) and not any(_NOW_TOLD.search(f) for f in forms):
        return False   # "bạn em bị chồng đánh gãy tay, làm sao để giúp nó": how to help, asked
    if any(on_screen(f) for f in forms):
        return False   # a fight watched ("xem đấu MMA, ông kia bị đấm gãy mũi")
    if _no_ones_wound(forms):
        return False
    if any(_SPORT_BRUISE.search(f) for f in forms) and not any(_SEVERE.search(f) for f in forms):
        return False   # a kick in a Vovinam class, a bruise at practice: no one's violence
    return any(_HURT_AFTER.search(f) for f in forms) and \
        not any(_IDIOM.search(f) or _HURT_OVER.search(f) or _PERIOD.search(f) for f in forms) and \
        not any(_PAST_TOLD.search(f) and not _NOW_TOLD.search(f) for f in forms)


# Told dead, after an emergency ("ba em mất rồi", "she died", "không qua khỏi"): "chết rồi"
# alone is also "oh no!", so only with the one who died before it
_DIED = screened(
    r"\b(ba|me|bo|ma|ong|ba noi|ba ngoai|ong noi|ong ngoai|no|chong|ck|vo|vk|con|be|em be|chau|"
    r"anh ay|chi ay|co ay|ong ay|ba ay|nguoi do|nguoi ay)( \w+){0,2} (mat|chet|qua doi|di roi|"
    r"khong con nua)( roi| luon| that roi| that| mat roi)*$|\b(khong qua khoi|da qua doi|da mat)\b|"
    r"\b(she|he|they|my \w+)( \w+)? (died|is dead|has died|passed away|didn'?t make it|is gone)\b")
# 115 not answering ("115 ko bắt máy", "gọi cấp cứu hoài ko được", "the ambulance line is busy")
_NO_ANSWER = screened(
    r"\b(115|cap cuu|cuu hoa|114)( \w+){0,3} (khong|ko|k|chua|hong|van khong|van chua) "
    r"(bat may|nghe( may)?|tra loi|lien lac duoc|goi duoc|goi dc|ai bat|ai nghe)\b|"
    r"\bgoi (115|114|cap cuu|cuu hoa)( \w+){0,2} (khong|ko|k|hong) (duoc|dc|ai nghe|ai bat may)\b|"
    r"\b(115|114|ambulance|the line)( \w+){0,2} (is |was )?(not answering|isn'?t answering|"
    r"no answer|not picking up|busy|won'?t pick up)\b|\bcan'?t get through\b")


# What to do now, asked in an emergency ("giờ làm sao", "phải làm gì", "now what")
_WHAT_NOW = screened(
    r"^((gio|vay|roi|the|em|toi|minh|tui|con|chau|e|bay gio|gio em|gio toi|gio con|giup em voi|"
    r"giup toi voi|giup con voi|giup voi|cuu em voi|cuu voi) )*(lam sao|lam gi|sao|sao day|"
    r"phai lam sao|phai lam gi|nen lam gi|lam gi tiep|lam sao tiep|sao nua|sao nua day|"
    r"phai lam sao day|lam sao bay gio|(khong|ko|k|hong|chang|hok) biet (phai )?(lam sao|lam gi))"
    r"( (day|nua|a|bay gio|tiep|gio|ha|vay|oi|het))*$|"
    r"^(so |help me |help |please |help me please )?(what (do|should|can) i do( now| next)?|now what|"
    r"what now|what next|what do i do)$")


def asks_what_now(text: str) -> bool:
    """"giờ làm sao", "phải làm gì", "now what": in an emergency, its numbers and steps again."""
    return any(_WHAT_NOW.match(_QMARKS.sub("", f).strip(" ?!.")) for f in answers.forms(text))


_QMARKS = re.compile(r"( qmark)+$")   # the normaliser's word for a trailing "?"


def told_dead(text: str) -> bool:
    """The one in the emergency is said to have died."""
    return answers.said(_DIED, text)


def line_not_answering(text: str) -> bool:
    """The emergency line does not answer."""
    return answers.said(_NO_ANSWER, text)


def gas_told(text: str) -> bool:
    """Gas smelt or leaking ("mùi gas nồng lắm", "i smell gas"): its own line beside 114."""
    return answers.said(_GAS, text)


def _fire_forms(text: str, forms: Sequence[str]) -> list[str]:
    """The folded forms as the fire patterns read them: "chạy" typed with its marks (to run, "tui
    mới chạy qua") is never "cháy" (burning), which folds the same."""
    marked = unicodedata.normalize("NFC", text).lower()
    if "chạy" in marked and "cháy" not in marked:
        return [_RUN.sub("chay_run", f) for f in forms]
    return list(forms)


_RUN = re.compile(r"\bchay\b")


def fire_told(text: str) -> bool:
    """A building on fire, or a fire set or threatened, in the words of a violence story."""
    marked = unicodedata.normalize("NFC", text).lower()
    return bool(_FIRE_MARKED.search(marked)) or any(
        _FIRE_FOLDED.search(f) or _ARSON.search(f) or _FUEL_READY.search(f)
        for f in _fire_forms(text, answers.forms(text))) or \
        bool(_SMOKE_MARKED.search(marked) and not _NOT_THAT_SMOKE.search(marked))


# A fire promised ("ổng la tối nay ko mở thì ổng đốt nhà", "he says he'll set the house on
# fire"), or made ready (petrol poured, a lighter in his hand): no fire yet
_FIRE_THREAT = screened(
    # ("says hell burn the house": "he'll" typed without its apostrophe)
    # (2026-12-07) said, or set for tonight ("nói tối nay qua đốt nhà")
    r"\b(doa|de doa|se|dinh|tinh|sap|neu|thi|la|muon|doi|noi|bao|hu|nhan tin|toi nay|dem nay|toi ni|dem ni|"
    r"threat\w*|will|ll|gonna|going to|wants? to|"
    r"unless|if|or|says|said|saying|hell|shell|theyll)\b( \w+){0,6}? (dot|set|burn|cham lua|phong hoa|"
    # (2026-12-07, the twelfth reading) a blast threatened, "dọa cho nổ cả nhà", "he'll blow
    # the house up": none yet, the police first as for a fire promised
    r"cho no|lam no|kich no|no tung|blow|explode)\b( \w+){0,5}")
_FUEL_READY = screened(
    r"\b(tuoi|rai|tat|xit) (xang|dau hoa)\b|" + PETROL_POURED + r"|\bpour(s|ed|ing)? (\w+ )?(gasoline|petrol|fuel|"
    r"kerosene)\b|\b(smell|smells|smelling)( of| like)? (petrol|gasoline|kerosene)\b|"
    r"\b(cam|giu|bat) (cai |cay )?bat lua\b|\b(holding|has|got|with) a lighter\b")
_BURNING_MARKED = screened(r"\b(đang cháy|bị cháy|cháy (lớn|to|rồi|nhà|phòng|bếp)|bốc cháy|lửa (lan|bốc|cháy))\b")


def fire_threatened(text: str) -> bool:
    """A fire promised or made ready, none burning yet (`_FIRE_THREAT`, `_FUEL_READY`): the
    police first, who can stop him, the fire service beside them."""
    forms = _fire_forms(text, answers.forms(text))
    rest = [_FUEL_READY.sub(" ", _FIRE_THREAT.sub(" ", f)) for f in forms]
    if rest == forms:
        return False
    marked = unicodedata.normalize("NFC", text).lower()
    burning = bool(_BURNING_MARKED.search(marked)) or any(
        _FIRE_FOLDED.search(f) or _ARSON.search(f) for f in rest) or \
        bool(_SMOKE_MARKED.search(marked) and not _NOT_THAT_SMOKE.search(marked))
    return not burning


def done_by_someone(text: str) -> bool:
    """Someone is said to have done it: a blow, a push, a threat, poison given, a fire set
    ("ổng xô nó té đó" after "ba em ngất xỉu")."""
    return any(_DONE_BY_SOMEONE.search(f) for f in without_non_acts(text))


def _wish_or_violence(forms: tuple[str, ...], accident: re.Pattern[str] | None) -> bool:
    """A wish to die, or danger from someone, in what is left once the medical words are out
    (the lexicon reads "bất tỉnh" as a beating's harm, and a poison as a means)."""
    for form in forms:
        rest = _CRY_AND_BODY.sub(" ", _BLEEDING.sub(" ", _CAUSE.sub(" ", _RESULT.sub(
            " ", _OTHERS_BODY.sub(" ", form)))))
        if accident is not None:
            rest = accident.sub(" ", rest)
        if self_harm.level(rest) is not None or is_danger(rest):
            return True
    return False


# Help has come ("xe cấp cứu tới rồi", "đã gọi 115", "the ambulance is here", "we're at the
# hospital"): said after the numbers, it asks for no numbers again.
_HELP_CAME = screened(
    r"\b(xe cap cuu|cap cuu|115|cuu hoa|114|bac si|cong an)( (?!(chua|khong|ko|k|van|hong)\b)\w+){0,2} "
    r"(toi|den|den noi|vao|o day|"
    r"roi|dang toi|dang den|den roi|toi roi)\b|\b(da|vua|moi) goi (115|114|cap cuu|cuu hoa|xong)\b|"
    r"\b(dang|da) (o|toi|den|vao) (benh vien|bv|tram y te)\b|"
    r"\b(ambulance|paramedics|firefighters|fire brigade|fire truck|doctor)( \w+){0,2} "
    r"(is|are|has|have|just)? ?(here|came|arrived|on (the|their) way)\b|"
    r"\b(called|i called|we called) (115|114|an ambulance|the ambulance|the fire)\b|"
    r"\b(at|in) (the )?hospital\b|(?<!khong )(?<!ko )(?<!chua )(?<!hong )\b(con |da )?tinh lai roi\b|"
    r"\b(da |con )tinh roi\b|\btho lai (roi|duoc( roi)?)\b|"
    r"\b(woke up|is awake|is breathing|breathing again|came to)\b|"
    # out of the fire ("mọi người ra hết rồi", "we got out, everyone is safe")
    r"\b(ra (ngoai )?het roi|thoat ra (duoc )?roi|(moi nguoi|ca nha) (da )?(ra|thoat ra|an toan)"
    r"( het| duoc)? roi|(we|everyone|they) (all )?got out|everyone is (out|safe))\b")


# Bad news or help not yet come ("chưa tới", "không tỉnh", "is not here yet", "nobody answered"):
# never "glad help is there"
_NOT_YET = re.compile(r"\b(chua|khong|ko|hong|ngung|tat|van chua|not|no one|nobody|hasn'?t|"
                      r"haven'?t|isn'?t|didn'?t|won'?t|can'?t|still)\b")


def help_came(text: str) -> bool:
    """Help came, or the person is at the hospital, told after a medical emergency."""
    forms = answers.forms(text)
    return len(text.split()) <= 12 and any(_HELP_CAME.search(f) for f in forms) and \
        not any(_NOT_YET.search(f) for f in forms)


# What the body does after it ("nó ói rồi", "em bé tím tái", "she's throwing up"): told after a
# medical emergency, the ambulance's number again.
_SYMPTOM = re.compile(r"\b(oi|non|mua|non mua|kho tho|tim tai|sui bot( mep)?|lim di|chong mat|"
                      r"dau bung|co giat|run|lanh ngat|khong noi duoc|vomit\w*|throwing up|threw up|"
                      r"dizzy|(can'?t|cannot) breathe|turning blue|shaking|foaming|"
                      r"(khong|ko|hong) (con )?tho( nua)?|ngung tho|tho yeu|tim tai|bat tinh|"
                      r"ngat|xiu|khong tinh|mac ket|ket (lai )?(ben )?trong|con (\w+ ){0,2}trong nha|"
                      r"trapped|still inside|stopped breathing|not breathing|unconscious|"
                      r"passed out|bleeding)\b")


# The emergency goes on, told after its numbers ("cứu hỏa chưa tới", "em vỗ lưng rồi mà chưa
# ra", "vẫn còn khói", "i'm stuck on the balcony", "the ambulance is taking forever")
_STILL = re.compile(r"\b(chua (toi|den|ra|tinh|tho|thay|co ai|ai toi|het)|van (chua|con|khong)|"
                    r"con (\w+ ){0,2}(ket|trong|o tren|o duoi)|ket (lai|o|tren|trong)|mac ket|"
                    r"lon lam|lan (qua|sang|toi|len)|khoi (qua|nhieu|day|den|bay)|"
                    r"not (here|there|coming|answering|breathing|waking)|still|stuck|trapped|"
                    r"taking (forever|so long|too long)|no one (came|is coming|answered)|"
                    r"getting worse|what (do|should) i do)\b")
# What follows an emergency's numbers and is no part of it: a thank-you, a greeting, a yes or
# no to nothing, a language, the bot itself
_ASIDE_INTENTS = frozenset({"thanks", "greet", "goodbye", "affirm", "deny", "change_language",
                            "privacy", "quick_exit", "bot_challenge", "ask_human"})


# The services themselves, named ("the ambulance is not here yet", "cứu hỏa chưa tới")
_SERVICES = re.compile(r"\b(the |an )?(ambulance|paramedics|fire (truck|brigade|fighters)|"
                       r"firefighters|police|xe cap cuu|cap cuu|cuu hoa|cong an|115|114|113)\b")


def without_its_words(text: str) -> str:
    """The message with the medical and fire words, the services, the cries and the body's
    states left out, for the danger lexicon to read what else it says."""
    return " ".join(_SERVICES.sub(" ", _CRY_AND_BODY.sub(" ", _STILL.sub(" ", _BLEEDING.sub(
        " ", _CAUSE.sub(" ", _RESULT.sub(" ", _OTHERS_BODY.sub(" ", f)))))))
        for f in answers.forms(text))


def still_going(text: str, understanding: object = None) -> bool:
    """Told after a medical emergency's or a fire's numbers: it goes on, or a sign of the body,
    or the classifier hears no aside ("cảm ơn", "ok")."""
    forms = answers.forms(text)
    if any(_STILL.search(f) for f in forms) or symptom(text):
        return True
    intent = getattr(understanding, "intent", None)
    return intent is not None and intent not in _ASIDE_INTENTS and len(text.split()) >= 4 and \
        not any(_DONE_BY_SOMEONE.search(f) for f in forms)


def symptom(text: str) -> bool:
    """A sign in the body, told after a medical emergency."""
    return any(_SYMPTOM.search(f) for f in answers.forms(text))


# Which medicine to take for a common ailment, asked ("em bị đau đầu, uống thuốc gì", "sốt nên
# uống thuốc nào", "what medicine should i take for a headache"): a health question the bot
# cannot answer, and no crisis (the classifier hears one in "uống thuốc"). Pills that sedate, or
# how many of them, are never read as this.
_AILMENT = (r"(dau dau|nhuc dau|dau bung|dau bao tu|dau da day|dau rang|dau hong|dau lung|"
            r"dau vai|dau co|dau chan|dau tay|dau nguc|dau mat|sot|cam|cum|ho|so mui|nghet mui|"
            r"tieu chay|ngo doc thuc pham|di ung|ngua|noi man|say xe|dau bung kinh|"
            r"headache|migraine|fever|cold|flu|cough|sore throat|toothache|stomach ?ache|"
            r"back pain|period pain|cramps|allergy|diarrh?o?ea|runny nose|pain)")
_MEDICINE_ASKED = screened(
    r"\b(uong|dung|mua|xai|lay|chon) (thuoc|vien|loai) (gi|nao)\b|"
    r"\bthuoc( \w+){0,2} (gi|nao) (thi |la )?(tot|hieu qua|nhanh|de|cho|giam|tri|chua|het|bot)\b|"
    # how many a day ("paracetamol uống mấy viên một ngày", "how many tablets a day")
    r"\b(uong|dung) (toi da |dem da |it nhat |duoc )?(may|bao nhieu) (vien|lan|lieu|goi|ml)( \w+){0,2} (mot|1|moi) "
    r"(ngay|lan|buoi)\b|"
    r"\b(mot|1|moi) (ngay|lan) (uong|dung) (toi da |duoc )?(may|bao nhieu) (vien|lan|lieu|goi)\b|"
    r"\bhow many (\w+ )?(pills?|tablets?|capsules?|mg|doses?)( \w+){0,4} (a|per|each) day\b|"
    r"\bhow many (\w+ ){0,2}(can|should) i take (a|per|each|in a) day\b|"
    r"\bwhat (can|should) i take for\b|"
    # (2026-12-07) a side effect asked ("the pills for my allergies make me sleepy, is that
    # normal", "thuốc dị ứng uống vô buồn ngủ quá có sao ko")
    r"\b(side effects?|tac dung phu)\b|\b(make|makes|made|lam) (me |em |toi )?(so |really |rat |hoi )?"
    r"(sleepy|drowsy|dizzy|buon ngu|chong mat)( \w+){0,3} (is (that|it|this) normal|co sao (khong|ko|k)|"
    r"binh thuong (khong|ko|k))\b|\b(uong|dung)( \w+){0,2} (vo|vao|xong)( \w+){0,2} (buon ngu|chong mat|met)"
    r"( \w+){0,3} (co sao|co bi gi|binh thuong)( \w+)? (khong|ko|k)\b|"
    # "em bị ho, uống gì": which, asked bare after the ailment
    r"\b(uong|dung) (gi|thuoc gi)( (a|ha|vay|day|bay gio|qmark|cho nhanh khoi|cho khoi|bay h))*$|"
    # taken for an ailment and no better ("uống thuốc cảm rồi vẫn chưa đỡ")
    r"\b(uong|dung) thuoc (cam|ho|sot|ha sot|giam dau|dau dau|dau bung|khang sinh|tieu chay|di ung|"
    r"da day|cam cum)( \w+){0,3} (van )?(chua|khong|ko|k|hong) (do|het|bot|khoi|giam)\b|"
    r"\b(uong|dung|xai) (gi|cai gi) (cho|de|thi) (het|bot|giam|khoi|do)\b|"
    r"\b(what|which) (medicine|medication|meds|pills?|tablets?|painkillers?|drugs?) "
    r"(should|can|do|could) i (take|use|buy|get)\b|"
    r"\b(what|which) (medicine|medication|meds|pills?|tablets?|painkillers?) (is|are) "
    r"(good|best|ok)\b|"
    rf"\b(medicine|medication|meds|pills?|tablets?|something) (for|to treat|to stop) (a |my |the )?{_AILMENT}\b")
_NOT_ORDINARY = re.compile(r"\b(thuoc ngu|an than|thuoc chuot|thuoc sau|thuoc tru sau|diet co|"
                           r"thuoc ray|ca vi|ca hop|qua lieu|sleeping pills?|sleeping tablets?|"
                           r"sedatives?|overdose|poison|rat poison|pesticide)\b")
# An amount asked is ordinary only as a daily dose ("mấy viên một ngày"; never "mấy viên thì…")
_AMOUNT = re.compile(r"\b(bao nhieu vien|may vien|how many)\b")
_PER_DAY = re.compile(r"\b(mot|1|moi) (ngay|lan|buoi)\b|\b(a|per|each) day\b")
_AILMENT_NAMED = re.compile(rf"\b{_AILMENT}\b|\b(giam dau|ha sot|paracetamol|ibuprofen|panadol|"
                            r"efferalgan|aspirin|painkillers?|khang sinh|thuoc cam|thuoc ho|thuoc di ung|allerg\w*|"
                            r"antihistamines?|hay fever)\b")


# A sting or a bite of a small insect, swollen where it bit ("bị ong đốt sưng hết tay", "my kid
# got stung by a bee, his hand is swollen"): a pharmacist or a doctor, 115 should it spread
# (bot/core/flows/emergency.medicine_question). Hornets, snakes, scorpions, a baby, many stings,
# or a sign of the whole body (breath, face, throat, a faint) stay 115 now.
_MINOR_STING = screened(
    r"\b(bi (ong|kien|muoi) (dot|can|chich)|(ong(?! (ay|ta|do|kia|chu|noi|ngoai|xa|gia|lao|bo))|kien|muoi)"
    r"( \w+)? (dot|can|chich)|(bee|ant|mosquito) "
    r"(stung|sting|stings|bit|bite|bites)|(stung|bitten) by (a |an |some )?(bee|ant|mosquito))\b")
_STING_SEVERE = screened(
    r"\b(ong (vo ve|bap cay|dat|ho|mat cap)|hornets?|wasps?|ran|snake|bo cap|scorpion|ret|"
    r"(vao|vo|o|trong) (mat|mi mat|hong|mieng|luoi)|in (the|his|her|my|your) (eye|mouth|throat)|"
    r"kho tho|tho (kho|khong|ko)|(sung|bam tim|phu) (mat|moi|hong|co|luoi|mi mat)|ngat|xiu|bat tinh|"
    r"choang|non|tim tai|"
    r"noi me day|khap nguoi|toan than|nhieu (vet|mui|cho|con)|ca dan|bay ong|to ong|di ung|soc|phan ve|"
    r"so sinh|em be|be \d+ thang|\d+ thang tuoi|baby|infant|newborn|"
    r"breath\w*|face|lips?|throat|tongue|eyes? (swollen|swelling)|faint\w*|dizzy|passed out|hives|"
    r"all over|allerg\w*|anaphyla\w*|swarm|many stings|multiple stings|epipen)\b")


def minor_sting(text: str) -> bool:
    """A small insect's sting or bite with only its own swelling, no one's act and no word of
    dying (`_MINOR_STING`, never `_STING_SEVERE`)."""
    forms = answers.forms(text)
    return any(_MINOR_STING.search(f) for f in forms) and \
        not any(_STING_SEVERE.search(f) or _DONE_BY_SOMEONE.search(f) for f in forms) and \
        self_harm.level(text) is None


# Asked what to put on it or take ("ai có thuốc gì chỉ với", "thì bôi gì", "what cream should i
# use"): a question for the pharmacist, beside a small sting
_WHAT_FOR_IT = screened(
    r"\b(thuoc gi|boi gi|xoa gi|thoa gi|uong gi|chuom gi|lam sao|lam gi|phai lam sao|co sao (khong|ko|k)|co can "
    r"(\w+ ){0,3}(khong|ko|k)|what (should|can|do) (i|we) (put|use|take|apply|do)|what (cream|medicine|to do)|"
    r"anything (for|to help)|how (do|can) (i|we) (treat|stop))\b")


def sting_asked(text: str) -> bool:
    """A small sting or bite (`minor_sting`) with what to do for it asked."""
    return minor_sting(text) and any(_WHAT_FOR_IT.search(f) for f in answers.forms(text))


# The one hurt is a pet ("con chó nhà tui bị chảy máu chân", "my dog has a small cut"), with
# nothing of the body's failing told
_ANIMAL_HURT = screened(r"\b(chay mau|ra mau|bi thuong|vet thuong|que|khap khieng|sung|cut|bleed\w*|hurt|"
                        r"injur\w*|limp\w*|wound\w*|swollen)\b")


def pet_or_bite(text: str) -> bool:
    """A pet's hurt, or an animal's or an insect's bite, asked about (a vet, a health station),
    with no blow told, no word of dying and nothing severe (`_INJURED`, `_STING_SEVERE`)."""
    forms = answers.forms(text)
    if any(_ANIMALS_FIGHT.search(f) and _ANIMAL_HURT.search(f) and not _A_PERSON.search(f)
           for f in forms) and not self_harm.level(text):
        return True   # "my two dogs got into a fight and one is bleeding": the bleeding is a dog's
    if any(_INJURED.search(f) or _STING_SEVERE.search(f) for f in forms) or self_harm.level(text):
        return False
    return any(bitten_or_for_the_vet(f) or _ANIMAL_BIRTH.search(f) or (
        (_AN_ANIMAL.match(f) or _ANIMALS_FIGHT.search(f)) and _ANIMAL_HURT.search(f) and
        not _DONE_BY_SOMEONE.search(f)) for f in forms)


# (2026-12-08, the nineteenth reading) Beasts fighting each other ("con gà nhà tui đá nhau với
# con gà nhà hàng xóm, mào chảy máu", "our dogs got into a fight"): the vet's
# (a person named beside it, "the dogs fought and bit my son", is read as a person hurt)
_A_PERSON = re.compile(r"\b(me|i|i'?m|im|my (son|daughter|kid|kids|child|baby|wife|husband|mom|mum|dad|brother|"
                       r"sister|friend)|him|her|he|she|someone|person|people|man|woman|boy|girl|nguoi|em|toi|tui|"
                       r"chau|con (toi|em|tui)|ong|ba)\b")
_ANIMALS_FIGHT = screened(
    r"\b(con )?(ga|ga trong|ga choi|ga mai|cho|meo|cun|vit|ngong)( \w+){0,6} (da nhau|can nhau|danh nhau|mo nhau|"
    r"cap nhau|choang nhau|cau nhau)\b|\b(rooster|roosters|cock|hens?|chickens?|dogs?|cats?|puppies|geese|goose)"
    r"( \w+){0,4} (fight\w*|fought|peck\w*|got into a fight|attack\w* (each other|another|the other))\b")


# (2026-12-07, the sixteenth reading's leftovers) an everyday ailment, and whether it is serious
# asked ("cổ họng em đau quá, nuốt không được, có sao không", "sore throat for 3 days, should i
# see a doctor"): a doctor or the health station, never the danger block the classifier hears in
# "nuốt không được"
_THROAT_OR_AILMENT = re.compile(rf"\b{_AILMENT}\b|\b(co hong|hong)( \w+){{0,2}} (dau|rat|sung|viem|kho)\b|"
                                r"\bviem (hong|amidan|xoang|hong)\b|\b(sore|scratchy|swollen) throat\b|"
                                r"\b(cut|nicked|sliced) my (own )?(finger|fingers|thumb|hand|fingertip)\b|"
                                r"\b(small|minor|little|tiny) (cut|scrape|graze|burn)\b|"
                                r"\b(dut|cat vao|cua vao) tay\b|"
                                # (2026-12-08) a tooth pulled or filled, its gum sore
                                r"\b(nho rang|rang khon|tram rang|lay cao rang|nieng rang|rang sau|dau rang|"
                                r"sung loi|sung nuou|wisdom tooth|tooth (pulled|extracted|out)|toothache)\b|"
                                r"\bmui( \w+){0,2} chay mau\b|"
                                # (2026-12-08, the nineteenth reading) a nosebleed
                                r"\b(nosebleeds?|chay mau cam|nose (keeps |is |has been |started |starts |"
                                r"began |just started )?bleed\w*)\b")
_SERIOUS_ASKED = screened(r"\b(co sao|co bi gi|co nguy hiem|co nang|co can di (kham|bac si|benh vien|vien)|"
                          r"co phai di (kham|bac si|vien))( \w+)? (khong|ko|k|hong|hok|hem)\b|"
                          r"\b(bi|la) (benh )?(gi|j) (vay|the|day|a|ha)?\s*(qmark)?$|"
                          r"\bis (it|this|that) (serious|normal|dangerous|bad)\b|"
                          r"\bshould i (see|go to|call) (a |the )?(doctor|clinic|gp|hospital)\b|"
                          # (a small cut at home: "do i need a plaster or stitches")
                          r"\bdo i need (a |an )?(plaster|band ?aid|bandage|stitches|tetanus shot|tetanus jab)\b|"
                          r"\bco can (may|khau|tiem uon van|bang)( \w+)? (khong|ko|k)\b|"
                          # (how it is stopped: "how do i stop it", "làm sao cầm máu")
                          r"\bhow (do|can|should) (i|you|we) (stop|make it stop)\b|\b(lam sao|lam the nao|"
                          r"cach) (de )?(cam|ngung|het|dung)( mau| chay mau)?\b")


# First aid asked as a lesson ("làm sao sơ cứu người bị ngất", "how do i do first aid for someone
# who fainted"): what to do, asked with no one collapsed now
_FIRST_AID_ASKED = screened(
    r"\b(lam sao|lam the nao|cach|nen lam gi|phai lam gi|hoc)( de)? (so cuu|cap cuu ban dau|xu ly|giup)( \w+){0,3} "
    r"(nguoi|ai|mot nguoi|be|tre|nguoi gia)( \w+){0,2} (bi |dang bi )?(ngat|xiu|ngat xiu|co giat|dot quy|hoc|"
    r"sac|bong|dien giat|duoi nuoc|say nang|ha duong huyet)\b|"
    r"\bso cuu (nguoi |khi )?(bi )?(ngat|xiu|co giat|dot quy|hoc|bong|dien giat|duoi nuoc)( \w+){0,2} "
    r"(the nao|nhu the nao|ra sao|sao|lam sao)\b|"
    r"\bhow (do|can|should|would) (i|you|we|one) (do |give |perform )?(first aid|cpr|help|treat)( \w+){0,3} "
    r"(someone|somebody|a person|a child|people|anyone)( who)? (has |is |was |having )?(fainted|faints|fainting|"
    r"passed out|passes out|unconscious|having a seizure|seizures?|choking|chokes|burned|burnt|drowning|"
    r"a stroke|stroke)\b|\bfirst aid for (fainting|seizures?|choking|burns?|a stroke|strokes)\b")


def care_asked_after_play(text: str) -> bool:
    """Hurt at a sport, and where to be seen asked, with no one's act told (`_SPORT_INJURY`,
    `_CARE_ASKED`): the health answer, never the ambulance's numbers first."""
    forms = answers.forms(text)
    return any(_SPORT_INJURY.search(f) for f in forms) and \
        any(_CARE_ASKED.search(f) or _SERIOUS_ASKED.search(f) or _AFTERCARE.search(f) for f in forms) and \
        not any(_DONE_BY_SOMEONE.search(f) for f in forms)


# (2026-12-08, the twenty-third reading) The days after, asked about ("is it normal for the cast to
# itch", "bó bột bị ngứa có sao không")
_AFTERCARE = screened(r"\b(cast|splint|stitches|bo bot|nep|chi khau|vet khau|bang)( \w+){0,3} (itch\w*|ngua|hurt\w*|"
                      r"dau|smell\w*|hoi|loose|long|wet|uot)\b")


def first_aid_asked(text: str) -> bool:
    """First aid asked as a lesson (`_FIRST_AID_ASKED`), with no one collapsed now told."""
    forms = answers.forms(text)
    return any(_FIRST_AID_ASKED.search(f) for f in forms) and \
        not any(_NOW_TOLD.search(f) or _DONE_BY_SOMEONE.search(f) for f in forms)


def ailment_asked(text: str) -> bool:
    """An everyday ailment named and whether it is serious asked, with no one's act, no injury
    or emergency told and no word of dying: a health question (`emergency.medical_not_now`)."""
    forms = answers.forms(text)
    if not any(_SERIOUS_ASKED.search(f) for f in forms) or \
            not any(_THROAT_OR_AILMENT.search(f) for f in forms):
        return False
    if any(_NOT_ORDINARY.search(f) or _DONE_BY_SOMEONE.search(f) for f in forms):
        return False
    return not injured_now(text) and emergency_kind(text) is None and self_harm.level(text) is None


def asks_for_medicine(text: str) -> bool:
    """Which medicine for a common ailment, asked, with no sedative, poison or amount, no one's
    act and no word of dying: where to ask instead is the answer."""
    forms = answers.forms(text)
    if not any(_MEDICINE_ASKED.search(f) for f in forms) or \
            not any(_AILMENT_NAMED.search(f) for f in forms):
        return False
    if any(_NOT_ORDINARY.search(f) or _DONE_BY_SOMEONE.search(f) for f in forms) or (
            any(_AMOUNT.search(f) for f in forms) and not any(_PER_DAY.search(f) for f in forms)):
        return False
    return self_harm.level(text) is None

