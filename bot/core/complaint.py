"""A complaint about the bot itself ("con bot này vô dụng quá, trả lời hoài một câu", "this bot
is useless, it keeps giving me the same answer"): met with an apology, the menu and 111.

Why: "vô dụng" (useless) and "ngu" (stupid) are the words of psychological abuse when a partner
says them to the writer, so a complaint about the bot was believed as a disclosure ("thank you
for trusting me… are you safe?"). The bot as the one found useless is a different message: the
person is frustrated with us, and a human line is the honest offer. Violence or a wish to die
told beside it is read first (bot/core/engine.py)."""

from __future__ import annotations

from bot.core import answers
from bot.nlu.prefilter import screened

# The bot named, or "you" said to it, as the thing that fails
_BOT = r"(bot|chatbot|con bot|app|ung dung|tro ly|tong dai tu dong|cai (bot|app|nay|may nay)|may cai nay)"
_FAILS_VI = (r"(vo dung|vo ich|vo tich su|ngu|do|te|kem|chan|bo tay|lo|toi te|nham|sai bet|"
             r"(khong|ko|k|chang|hong) (hieu|giup|biet|dung|tra loi)( \w+){0,3}|"
             r"tra loi (hoai|mai|lung tung|sai|linh tinh|vo van|giong nhau|y chang|lap lai|toan)( \w+){0,3}|"
             r"lap di lap lai|noi hoai|cu noi|cu hoi)")
_COMPLAINT = screened(
    rf"\b{_BOT}( nay| do| kia)?( \w+)? (qua |that |that la |that su |hoi )?{_FAILS_VI}\b|"
    r"\b(ban|may|mi|em) (tra loi|noi) (hoai|mai|lung tung|sai|linh tinh|vo van|giong nhau|y chang|lap lai) "
    r"(mot|1|cung|cai)( \w+){0,2}\b|"
    r"\b(tra loi|noi) (hoai|mai|cu|lap di lap lai) (mot|1|cung) (cau|cai|kieu|cach|chuyen)\b|"
    # (2026-12-07) "hỏi gì cũng ko hiểu", "mày ngu vl", said to the bot alone
    r"\b(hoi|noi|nhan|go) (gi|cai gi) (cung|ma) (khong|ko|k|chang|hong) (hieu|biet|tra loi)\b|"
    r"^(may|mi|bot|ban|m|chatbot)( \w+)? (ngu|do|ngoc|dot|kho hieu|vo dung)( (vl|vcl|qua|the|vay|that|the nhi|"
    r"thiet|lam|vai))*$|"
    r"\b(this|the|your|stupid|dumb|useless) (bot|chatbot|app|thing|assistant) (is|was|'s|isnt|isn'?t)?"
    r"( so| really| totally| completely)? (useless|stupid|dumb|broken|rubbish|garbage|trash|pointless|"
    r"not helpful|unhelpful|no help|annoying)\b|"
    r"\b(useless|stupid|dumb|pointless) (bot|chatbot|app|assistant)\b|"
    r"\b(you|u|it|bot) (keeps?|keep on) (giving|saying|sending|repeating|asking)( me)? (the )?same "
    r"(answer|thing|reply|question|message)s?\b|"
    r"\b(you|u) (don'?t|dont|do not|never) (understand|get it|listen|help)( anything| me| a thing)?\b")


def about_the_bot(text: str) -> bool:
    """The bot itself found useless, stupid, repeating itself or not understanding."""
    return any(_COMPLAINT.search(form) for form in answers.forms(text))


def without_it(text: str) -> str:
    """The message with the complaint taken out (folded), to read what else it tells."""
    return " ".join(_COMPLAINT.sub(" ", form) for form in answers.forms(text)[:1])
