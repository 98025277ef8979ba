"""The features the built-in classifier reads, as plain functions of normalised text.

The same functions feed scikit-learn's vectorisers at training time and the compiled model at
prediction time, so the two cannot drift apart, and predicting needs no scikit-learn import.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.nlu.prefilter import LiteralIndex

CHAR_SIZES = (2, 3, 4, 5)
LANGUAGE_SIZES = (1, 2, 3)


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries (like scikit-learn's `char_wb`): robust to typos,
    missing diacritics and words glued together."""
    return [gram for word in text.split() for gram in char_word_grams(word)]


def char_word_grams(word: str) -> list[str]:
    """`char_ngrams` of one word: a message's are its words' in order (the model caches them)."""
    return _padded_grams(word, CHAR_SIZES)


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams: they carry order ("bi danh" vs "danh con") that characters miss."""
    tokens = text.split()
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def language_ngrams(text: str) -> list[str]:
    """Short character n-grams of the folded (unexpanded) text, for telling English from
    Vietnamese typed without diacritics: "ngu", "uoc", "kh" versus "th ", "ing", "ee"."""
    words = text.split()
    return [gram for word in words for gram in language_word_grams(word)] + words


def language_word_grams(word: str) -> list[str]:
    """The n-grams `language_ngrams` takes from one word (it adds the words themselves)."""
    return _padded_grams(word, LANGUAGE_SIZES)


def _padded_grams(word: str, sizes: tuple[int, ...]) -> list[str]:
    padded = f" {word} "
    length = len(padded)
    grams: list[str] = []
    for size in sizes:
        grams.extend(padded[i:i + size] for i in range(length - size + 1))
    return grams


# Concepts shared by both languages and by every way of saying one thing: "quánh", "đánh",
# "beat" and "slap" are all `k_hit`. With a few thousand examples the classifier cannot learn each
# word for each intent; a concept seen in training carries over to a word it never saw in that
# intent. Matched on the normalised (folded, abbreviation-expanded) text.
_CONCEPTS: dict[str, str] = {
    "hit": r"danh|dap|tat|dam|chem|bop co|siet co|xo nga|day nga|hanh hung|bao hanh|bao luc|"
           r"phang|nem|hit\w*|beat\w*|punch\w*|kick\w*|slap\w*|chok\w*|strangl\w*|push\w*|"
           r"attack\w*|abus\w*|violen\w*|assault\w*|bruis\w*|hurt\w*",
    "insult": r"chui|mang|xuc pham|si nhuc|nhuc ma|che bai|de doa|doa|kiem soat|theo doi|"
              r"insult\w*|yell\w*|shout\w*|threat\w*|humiliat\w*|control\w*|stalk\w*|jealous",
    "sex": r"hiep|cuong hiep|xam hai|sam so|so mo|so soang|so dui|quay roi|ga gam|quan he|"
           r"tinh duc|dung cham|rape\w*|sexual\w*|touch\w*|grop\w*|harass\w*|molest\w*|sex",
    "money": r"tien|luong|luong huu|tai san|kinh te|chiem|money|pension|salary|income|financ\w*",
    "online": r"anh nong|anh rieng|clip|tung anh|dang anh|len mang|tren mang|facebook|fb|zalo|"
              r"tiktok|online|photos?|pictures?|nudes?|videos?|tong tien|blackmail\w*|internet",
    "traffic": r"lua ban|ban sang|campuchia|trung quoc|ho chieu|giay to|viec nhe luong cao|"
               r"tien chuoc|nuoc ngoai|bien gioi|traffick\w*|passport|abroad|ransom|cambodia|"
               r"china|job offer",
    "weapon": r"dao|keo|bua|cay gay|cam gay|chai|cai ghe|day thung|day nit|tuoi xang|do xang|"
              r"axit|sung|knife|scissors|hammer|stick|bottle|chair|rope|cord|belt|gun|acid|"
              r"poured (gasoline|petrol)",
    "now": r"dang|bay gio|luc nay|ngay bay gio|vua|vua moi|vua xong|right now|now|currently|"
           r"toi nay|dem nay|just|an hour ago|minutes ago",
    "past": r"hom qua|tuan truoc|thang truoc|nam truoc|hoi nho|truoc day|may nam|bua truoc|"
            r"may bua truoc|hom truoc|hom kia|lan truoc|co lan|hoi do|luc truoc|yesterday|"
            r"last (night|week|month|year)|ago|used to|when i was|once|before",
    "habit": r"hay|thuong|thuong xuyen|suot|hoai|moi lan|lan nao|hang dem|hang ngay|dem nao|"
             r"ngay nao|often|always|every (time|night|day|week)|whenever|keeps?",
    "help": r"giup|cuu|ho tro|help|save|support",
    "partner": r"chong|vo|nguoi yeu|ban trai|ban gai|chong cu|husband|wife|boyfriend|"
               r"girlfriend|partner|ex",
    "family": r"bo|ba|me|cha|duong|me ke|me chong|nha chong|con dau|con trai|con gai|"
              r"gia dinh|dad|father|mom|mother|mum|stepdad|stepfather|uncle|son|daughter|"
              r"family|parents|in laws?",
    "others": r"ban (toi|em|minh|than)|hang xom|dong nghiep|nguoi quen|chi (toi|em|gai|ho)|"
              r"em gai|anh trai|friend|neighbou?rs?|colleague|coworker|sister|brother|cousin|"
              r"niece|classmate|student",
    "self": r"toi|em|minh|tao|i|me|my|myself",
    "die": r"chet|tu tu|tu sat|khong muon song|chan song|bien mat|ket thuc|ket lieu|giai thoat|"
           r"die|dead|death|dying|suicid\w*|not want to live|end (it|my life|everything)|"
           r"disappear",
    "selfharm": r"(rach|cat|cua|cao|dot) (tay|dui|chan|co tay|ban tay)|lam dau ban than|tu hai|"
                r"thuoc ngu|uong thuoc|vi thuoc|(cut|cutting|slit|burn|burned|scratch\w*) (my )?"
                r"(arms?|legs?|wrists?|thighs?|skin)|"
                r"lo thuoc|thuoc chuot|treo co|nhay cau|pills|tablets|cut(ting)? myself|"
                r"hurt(ing)? myself|overdos\w*|wrists?|blade|poison",
    "fear": r"so|hoang|run|lo lang|khoc|emosad|emofear|scared|afraid|fear|terrified|worried|"
            r"cry\w*|panic\w*",
    "collapse": r"ngat|bat tinh|xiu|khong tinh|khong tho|faint\w*|unconscious|passed out|"
                r"not breathing|chay mau|bleed\w*",
    "question": r"gi|nao|sao|the nao|bao lau|bao nhieu|o dau|khong qmark|qmark|what|how|where|"
                r"which|who|can i|is it|is there|do i|co phai",
    "law": r"luat|phap luat|phap ly|quyen|ly hon|toa|trinh bao|to cao|to giac|bao cao|lenh|"
           r"cam tiep xuc|xu phat|phat|nuoi con|law|legal|rights?|divorce|court|report\w*|"
           r"order|custody|penalty|illegal|crime|sue",
    "police": r"cong an|canh sat|police",
    "phone": r"so|so dien thoai|hotline|tong dai|duong day nong|111|113|115|1900|1800|number|"
             r"phone|mien phi|mat phi|ton tien|free|cost",
    "place": r"o dau|dia chi|gan|cho nao|noi nao|trung tam|benh vien|nha tam lanh|"
             r"nha binh yen|where|near\w*|address|shelter|hospital|cent(re|er)|clinic|office",
    "human": r"nguoi that|tu van vien|nhan vien|chuyen vien|can bo|goi lai|lien he|truc tiep|"
             r"human|person|counsel\w*|staff|call me back|callback|agent|social worker",
    "bot": r"bot|robot|may|tu dong|chatbot|tri tue nhan tao|machine|automated|ai",
    "privacy": r"luu|bi mat|rieng tu|an danh|du lieu|ai biet|ai doc|save|store\w*|data|"
               r"private|privacy|anonymous|secret|record\w*|track\w*|confidential",
    "delete": r"xoa|thoat|xoa het|an di|delete|erase|clear|wipe|exit|hide|close",
    "thanks": r"cam on|thanks|thank|appreciate\w*|grateful",
    "greet": r"chao|xin chao|hello|hi|hey|alo|morning",
    "bye": r"tam biet|bye|goodbye|see you|di day|off|ngu day|later",
    "yes": r"co|vang|u|ok|dung|yes|yeah|sure|correct|dong y|agree",
    "no": r"khong|chua|not|nope|never|khoi",
    "lang": r"tieng anh|tieng viet|ngon ngu|english|vietnamese|language",
    "equal": r"binh dang|gioi|dinh kien|nam nu|dan ong|phu nu|con trai|equal\w*|gender|"
             r"stereotype\w*|women|men|girls|boys",
    "safety": r"an toan|ke hoach|bao ve|phong tranh|cach|safe|safety|protect|plan|tips?",
    "hyper": r"doi|nong|lanh|cuoi|buon ngu|met|them|ket xe|hungry|starving|hot|laugh\w*|"
             r"bored|tired|joke",
    "young": r"tuoi|lop|hoc sinh|tre em|years old|grade|child|kid|school|teen\w*",
    "old": r"gia roi|gia yeu|nguoi gia|tuoi gia|(toi|tui|minh|ba|ong) gia|lon tuoi|cao tuoi|"
           r"luong huu|old|elderly|pension|retired",
    "lgbt": r"dong tinh|chuyen gioi|les|gay(?! (tay|chan|xuong|mui|rang|suon|co|ngon))|lgbt\w*|"
            r"trans|bisexual|chua benh|conversion",
}
_CONCEPT_RES = [(name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in _CONCEPTS.items()]
# Only the concepts whose words occur in a text are looked for (one pass: bot/nlu/prefilter.py);
# the tokens are sorted by position and name, so which are looked for first changes nothing.
_CONCEPT_INDEX = LiteralIndex([pattern for _, pattern in _CONCEPT_RES])


def concepts(text: str) -> list[str]:
    """Concept tokens in the order they occur, and each pair of neighbours ("k_now k_hit")."""
    found: list[tuple[int, str]] = []
    for i in _CONCEPT_INDEX.candidates(text):
        name, pattern = _CONCEPT_RES[i]
        found.extend((m.start(), f"k_{name}") for m in pattern.finditer(text))
    found.sort()
    names = [name for _, name in found]
    return names + [f"{a} {b}" for a, b in pairwise(names) if a != b]
