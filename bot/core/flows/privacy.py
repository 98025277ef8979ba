"""Privacy: what is kept, in plain words; "clear this chat" ends the session and asks the
channel to forget (the `forget` action)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.answers import forms, said, toi_kept_as_writer
from bot.core.flows import handoff
from bot.core.messages import Button
from bot.core.turn import Turn
from bot.nlu.lexicon import as_screened
from bot.nlu.prefilter import Screened, screened


def show(turn: Turn) -> None:
    turn.session.goto("privacy")
    text = turn.t("privacy_text")
    service = getattr(turn.services, "followups", None)
    if service is not None and service.offers(turn.inbound.channel):
        text = f"{text}\n\n{turn.t('fu_privacy')}"   # what a check-in keeps, if asked for
    buttons = (Button(turn.t("privacy_clear"), "p:clear"), Button(turn.t("privacy_keep"), "menu"))
    if asks_about_the_phone(turn.inbound.text or ""):
        # "can my husband see this on my phone?": the phone first, then what the bot keeps
        turn.say(turn.t("privacy_on_phone"))
        buttons = (*buttons[:1], Button(turn.t("pathways.guide_titles.digital"), "pw:g:digital"),
                   *buttons[1:])
    turn.say(text, buttons)


# Someone seeing this chat on the writer's phone, asked ("ck tui coi đt thì có thấy tin nhắn này
# ko", "can my husband see this chat on my phone"): the messages stay in the app until deleted.
_ON_PHONE = screened(
    r"\b(dien thoai|dt|may|phone|app|ung dung)\b.*\b(thay|xem|doc|coi|biet|see|read|find)\b|"
    r"\b(thay|xem|doc|coi|biet|see|read|find)\b.*\b(dien thoai|dt|phone|app|ung dung)\b|"
    r"\b(con|van) (luu|hien|nam) (tren|trong) (may|dien thoai|dt)\b|"
    r"\b(stay|stays|saved|remain\w*) on (my|the) phone\b|"
    # he, named, reading this chat ("ổng đọc được tin nhắn này ko", "can he see this chat"): only
    # on her phone could he
    r"\b(ong ay|ong|chong|anh ay|anh ta|no|han|bo|me|ba|nguoi yeu|ban trai|ban gai|vo|he|she|"
    r"my (husband|boyfriend|girlfriend|partner|wife|dad|mom|mum|parents))( \w+)? (co the |co )?"
    r"(doc|xem|thay|coi|see|read|find)( duoc)? (tin nhan|cuoc tro chuyen|doan chat|chat|this|these)\b")


def asks_about_the_phone(text: str) -> bool:
    """The question is what someone holding the writer's phone could see."""
    return said(_ON_PHONE, text)


# The classifier's quick-exit guess wipes the conversation, so it is followed only when the words
# ask for it: a word for deleting, hiding or leaving, or someone arriving ("ổng về rồi", "he is
# home"). "she is at home", said of a sister the person is worried about, is not a request to
# forget everything (it once was, at 0.47).
_LEAVE = re.compile(r"\b(xoa|huy|an di|giau|thoat|dong|tat|quen|dung lai|delete|clear|erase|wipe|"
                    r"hide|exit|close|forget|get rid|quit)\b")
# ("tắt", "đóng", "giấu", "quên", "huỷ" fold like "tật" in "khuyết tật", "đồng", "giàu", "quen",
# the name Huy: a word of leaving only as the whole message or with what it acts on)
_ACTED_ON = r"( (di|lai|het|ngay|nhanh|le|luon|may|man hinh|dien thoai|dt|app|ung dung|chat|tab|" \
            r"cua so|cuoc (tro )?chuyen|tin nhan|nhung gi|di nha|giup|gium|dum))+"
# (English leave-words only with the chat as their object, or alone: "hide the knives" is a plan)
_LEAVE_NOT_DELETE = re.compile(r"\b(an di|thoat|dung lai)\b|"
                               r"\b(hide|close|exit|quit|forget|get rid of) (this|everything|all( of)? "
                               r"(this|it)|(the|this|my|these) (app|chat|screen|conversation|convo|"
                               r"messages?|window|tab|page|bot|phone screen))\b|\b(hide|close|exit|quit|"
                               r"get rid of) it\b|\b(hide|close|exit|quit)( (now|quick|quickly|fast|pls|"
                               r"please|asap|everything))*$|"
                               rf"\b(huy|giau|dong|tat|quen){_ACTED_ON}\b|"
                               r"^(huy|giau|dong|tat|quen)$")
_SOMEONE = re.compile(r"\b(he|hes|him|chong|ong ay|anh ay|ba ay|no|co nguoi|someone|husband|"
                      r"boyfriend|dad|father|bo|ba|anh ta|ong ta|han|thang do|thang cha)\b")
# Not coming ("ck ko về nhà nữa", "he's not coming back"): no arrival to leave for
_NOT_COMING = re.compile(r"\b(khong|ko|k|chang|chua|hong) (\w+ )?(ve|toi|den)\b|\b(not|never|won't|wont) "
                         r"(coming|come) (back|home)\b|\bisn't coming\b")
_ARRIVES = re.compile(r"\b(ve|toi$|toi (roi|r|noi|day|kia)|den|o day|vao|(?<!at )home|here|coming|back|"
                      r"came|walking in|arriv\w*)\b")    # "tới", not "tôi" (I): same letters


_THIS_CHAT = re.compile(r"\b(this (chat|conversation)|these messages|(cuoc tro chuyen|doan chat|"
                        r"tin nhan|doan hoi thoai) (nay|o day|voi (ban|bot)))\b")
_HOW = re.compile(r"\b(how|lam sao|lam the nao|cach|the nao|can i|co the|duoc khong|qmark)\b")


def asks_how_to_clear(text: str) -> bool:
    """A question about deleting this conversation ("how do I delete this chat", "làm sao xóa
    cuộc trò chuyện này"): answered with what is kept and the clear button, not a safety
    article (the classifier's learn_safety) nor an unasked wipe."""
    return any(_LEAVE.search(t) and _THIS_CHAT.search(t) and _HOW.search(t) for t in forms(text))


# Who can read this chat, asked of the bot ("ai đang đọc tin nhắn của tôi vậy", "can anyone see
# these messages"): what is kept, not a story of a partner reading the person's phone (those
# name him: "chồng em đọc hết tin nhắn").
_WHO_READS = screened(
    r"\b(ai|co ai|nguoi nao|nhung ai) (dang |co the |se |duoc )?(doc|xem|thay|biet|luu) (duoc )?"
    r"(tin nhan|cuoc tro chuyen|doan chat|nhung gi|noi dung)|"
    r"\bwho (is |can |will |could |else )?(read|reads|reading|see|sees|seeing|keeps?) "
    r"(my|this|these|the|our) (messages?|chats?|conversation|texts?)|"
    r"\b(can|does|do|will|could) (anyone|someone|anybody|a person|a human|you|the police|"
    r"the government) (else )?(read|see|keep|save) (my|this|these|the|our) "
    r"(messages?|chats?|conversation|texts?)\b|"
    # the fear that he finds it ("i'm scared he'll find this chat", "sợ chồng đọc được tin nhắn
    # này"): what is kept, and the button that clears it
    r"\b(he|she|they|someone|my (husband|boyfriend|partner|wife|dad|father|mom|mother))"
    r"( will| would| might| could| may| is going to|'ll|'d)? (find|see|read|check|discover) (this|these|"
    r"our|my) (chats?|messages?|conversation|texts?)\b|"
    r"\b(so|lo|ngai)( \w+){0,3} (doc|xem|thay|biet|phat hien|kiem tra) (duoc )?(tin nhan|"
    r"cuoc tro chuyen|doan chat)( (nay|o day|voi (ban|bot)))\b|"
    # "ck tui coi đt thì có thấy tin nhắn này ko", "can my husband see this chat on my phone"
    r"\b(co )?(thay|doc|xem|coi|biet) (duoc )?(tin nhan|cuoc tro chuyen|doan chat|chat) (nay|voi bot|"
    r"o day)\b.*\b(khong|ko|k|hong|qmark)\b|"
    r"\b(can|could|will|would) (he|she|they|my (husband|boyfriend|partner|wife|dad|mom)) "
    r"(see|read|find) (this|these|the|my) (chats?|messages?|conversation)\b")


def asks_who_reads(text: str) -> bool:
    """"ai đang đọc tin nhắn của tôi vậy", "who can see this chat": a question about this
    conversation's privacy."""
    return said(_WHO_READS, text)


# Someone coming later is no reason to wipe the chat now ("tạm ổn nhưng tối ổng về": tonight;
# "tối" is read "đêm").
_LATER = re.compile(r"\b(dem nay|dem|chieu nay|chieu|sang mai|mai|ngay mai|lat nua|lat|sap|se|"
                    r"cuoi tuan|tonight|later|tomorrow|soon|will|this (evening|weekend))\b")


# A delete refused ("đừng xoá nha", "ko xoá đâu", "không cần xoá", "don't delete"; "đừng" is
# read "khong nen", and typed without marks it is "dung" before the verb), an escape told ("em
# trốn thoát rồi", "thoát ra được"), or "huỷ" alone (cancel: the counsellors' queue, a step) is
# no request to wipe the chat.
_REFUSED = screened(r"\b(khong|ko|k|khong nen|khong can|chua|dung|khoi|khoan|dont|do not|don't|not|"
                      r"never|no need to)( (can|nen|duoc|muon|phai|co|ma|need|to|want|have|gi|het|you|dare)){0,2} "
                      r"(xoa|huy|an di|delete|clear|erase|wipe)\b(?! (la|thi|ma)\b)")
# …unless a plain delete is said too ("ko kịp rồi, xoá đi", "ko xoá là ổng thấy đó, xoá lẹ")
def _not_after(*words: str) -> str:
    """Lookbehinds refusing each of `words` as a whole word before what follows ("thấy xoá đi"
    is no "hay xoá", a habit; "nhóc xoá" no "có xoá")."""
    return "".join(rf"(?<!\b{w} )" for w in words)


_WIPE_SAID = screened(_not_after("khong", "ko", "dung", "nen", "can", "dont", "don't", "not", "dare",
                                   "khong muon", "chang muon", "khoan", "co", "ma") +
                        r"\b(xoa|delete|clear|erase|wipe)( \w+)? (di|le|lien|ngay|nhanh|gap|giup|gium|"
                        r"dum|het|now|it|this|everything|all)\b")
_ESCAPED = re.compile(r"\b(tron thoat|chay thoat|thoat (ra|khoi|duoc|than|nan|roi|\w+ duoc)|"
                      r"da thoat|vua thoat|moi thoat)")
_CANCEL_ALONE = re.compile(r"^(huy|huy bo|huy yeu cau|cancel|thoi huy)( nha| nhe| a| di)?$")
_WIPE = re.compile(r"\b(xoa|an di|giau|dong|tat|quen|delete|clear|erase|wipe|hide|close|forget|"
                   r"get rid)\b|\b(huy|thoat|exit|quit)\b.*\b(tro chuyen|chat|tin nhan|het|"
                   r"tat ca|doan chat|conversation|messages?|everything|app|ngay|nhanh|now)\b")


def cancels(text: str) -> bool:
    """"huỷ", "cancel" alone: what was under way is dropped (the menu), the chat is kept."""
    return any(_CANCEL_ALONE.match(t) for t in forms(text))


# "ko, xoá đi", "ko ko, xoá lẹ": a "no" said first, then the delete asked for
_NO_THEN = re.compile(r"^\s*((ko|không|khong|k|no|hông|hong|kg)\s*){1,2}[,.!;]")


@lru_cache(maxsize=256)   # (asked of one message by three readers of this module)
def refuses_delete(text: str) -> bool:
    """"đừng xoá nha", "ko xoá đâu", "don't delete": the person wants the chat kept."""
    if _NO_THEN.match(text.casefold()):
        return False
    texts = forms(text)
    return any(_REFUSED.search(t) for t in texts) and not any(_WIPE_SAID.search(t) for t in texts)


def asks_to_leave(text: str) -> bool:
    """True when the words themselves ask to delete, hide or leave, or tell of someone coming
    now (not later); never a delete refused or an escape told."""
    texts = forms(text)
    if refuses_delete(text) or any(_CANCEL_ALONE.match(t) for t in texts) or \
            _ALL_MARKED.match(text.casefold().strip(" .!")):
        return False
    if asks_to_delete_now(text):
        return True
    # (a delete word only told or asked about, "chồng em hay xoá tin nhắn", "he threatened to
    # delete my photos", is no request: the other words of leaving still are)
    # (someone arriving said alone is the quick exit, "ổng về rồi", "he's back"; told with more,
    # "ổng về rồi, ổng đang chửi", "he's back and drunk", it is a story read for danger)
    short = len(text.split()) <= 5
    return any((_LEAVE_NOT_DELETE.search(t) and (not _ESCAPED.search(t) or _WIPE.search(t))) or
               (short and _SOMEONE.search(t) and _ARRIVES.search(t) and not _LATER.search(t)
                and not _AWAY.search(t) and not _NOT_COMING.search(t))
               for t in texts)


# "tất", "xem tất cả" typed with the marks of "all" ("tắt", switch off, folds the same): a list
# asked for in full, never a screen to wipe
_ALL_MARKED = re.compile(r"^((xem|coi|cho (em|tôi|mình) xem) )?tất( cả| hết)?( (đi|nha|nhé|luôn|ạ))*$")


# A delete asked for now, in so many words: the whole message ("xoá", "xoá đi", "delete"), or a
# delete said as a request ("ck về rồi xoá nhanh", "ông ấy về rồi, xoá giúp em", "delete this");
# never a delete told or asked about ("chồng em hay xoá tin nhắn", "ổng bắt em xoá hết ảnh",
# "làm sao để xoá ảnh", "he made me delete my instagram", "em đã xoá rồi"). It is the quick exit
# before anything else, danger included (the person asked for a clean screen), and in the
# counsellors' queue and live chat, where everything else typed goes to the counsellor.
# ("đây", now: "e phải xoá tin nhắn đây", 2026-12-07, the fourteenth reading)
_NOW_WORDS = (r"(di|dj|le|lien|ngay|nhanh|gap|mau|giup|gium|dum|ho|luon|now|it|this|everything|all|"
              r"please|pls|nha|nhe|day)")
_OBJECTS = (r"( (het|tat ca|tin nhan|chat|cuoc tro chuyen|tro chuyen|doan tro chuyen|lich su|"
            # the menu's own words ("Riêng tư / xoá trò chuyện"), and a history ("xoá lịch sử chat")
            r"lich su chat|lich su tin nhan|lich su tro chuyen|cuoc noi chuyen|"
            r"doan chat|doan nay|nay|het luon|luon|cho em|may|nhung|cac|may cai|may tin|"
            # "delete my messages", "remove what i wrote", "clear the conversation"
            r"my messages|the messages|messages|my texts|my history|the history|chat history|history|"
            r"my chat|the chat|the conversation|this conversation|conversation|convo|what i wrote|"
            r"what i said|what i typed|everything i (wrote|said|typed)))")
# (a yes said first, "có xoá đi", "ừ, xoá", "yes delete": the delete; "có xoá được không" asks)
_DELETE_ALONE = screened(r"^((co|u|uh|um|ok|oke|okay|vang|da|duoc|dc|yes|yeah|yep|sure) )?"
                           r"((please|pls|can you|could you|ban|ban oi|lam on) )?"
                           r"(xoa|xoa het|delete|clear|wipe|erase|delete all|clear all|remove)"
                           rf"({_OBJECTS}|( {_NOW_WORDS}))*( (em|toi|minh|the chat|this chat))?"
                           r"( (voi|nha|nhe|a|di))*$")
_NOT_ASKED = _not_after(
    "khong", "ko", "dung", "nen", "can", "dont", "don't", "not", "dare", "co", "ma", "bat", "bat em",
    "bat toi", "hay", "thuong", "de", "sao", "cach", "da", "vua", "moi", "dang", "doi", "doi em", "ep",
    "khoan", "se", "to", "threatened to")
_DELETE_ASKED = Screened(re.compile(
    _NOT_ASKED + rf"\b(xoa|delete|clear|erase|wipe|remove){_OBJECTS}{{0,3}} {_NOW_WORDS}\b"
    # (a question after it, "xoá đi được không", is none; "đừng" after it, folded "không nên",
    # starts a new clause: "e phải xoá tin nhắn đây, đừng gọi lại nha")
    r"(?! (duoc|dc|khong|ko|k|qmark|the nao|sao|ra sao|roi)\b(?! nen\b))|"
    # a delete said last ("he's here delete", "ổng về rồi em sợ, xoá")
    + _NOT_ASKED + r"\b(xoa|delete|clear|wipe)( (di|dj|mau|le|nhanh|now|it|this))*$|"
    # …or with what to delete, last ("xoá đoạn chat này")
    + _NOT_ASKED + rf"\b(xoa|delete|clear|wipe|remove){_OBJECTS}{{1,3}}( pls| please| now| qmark)*$"))
_DELETE_TOLD = re.compile(r"\bthi (co )?sao\b|\bco sao (khong|ko|k|hong)\b|\blich su xoa\b|"
                          r"\b(kiem tra|check|xem|doc)( \w+){0,3} xoa\b|"
                          r"\b(how|lam sao|cach|co nen|should|made me|make me|bat|ep|doi|"
                          r"tell me how|is it safe|can i|could i|do you|does it|did you|have you|"
                          r"will you keep|why)\b|"
                          # someone else deleting ("chồng em xoá hết luôn ảnh của em")
                          r"\b(chong|ong|ong ay|no|anh ay|anh ta|han|he|she|they|nguoi ta)"
                          r"( (em|toi|minh|tui))? (xoa|delete|deleted|deletes)\b")


# Leaving asked for in so many words ("exit", "thoát nhanh"), or a goodbye because someone came
# ("gotta go he's back", "phải đi đây ổng về rồi"): the quick exit, whatever the classifier heard
# (it hears a goodbye); "he went back to his hometown" is no arrival ("về quê": not "về").
_EXIT_ALONE = re.compile(r"^(exit|quit|quick exit|exit chat|close chat|close this|thoat|thoat ra|"
                         r"thoat nhanh|an di|giau di|an chat|tat di)( (di|nhanh|now|ngay|nha|le|gap|pls|"
                         r"please))*$")
_GOING = screened(r"\b(gotta go|got to go|have to go|gtg|g2g|must go|need to go|bye|phai di|"
                    r"di day|em di day|off day|phai off|tam biet|em off|bye bye)\b")
_AWAY = re.compile(r"\bve (que|nha (ngoai|noi|me|ba|ong)|quê)\b|"
                   r"\bve (ngoai|noi)\b(?! (ngo|cong|cua|san|duong|hem|pho|kia|day|nay))|"
                   r"\b(went|gone) back to\b")


def asks_to_exit_now(text: str) -> bool:
    """"exit" alone, or a goodbye because he is back ("gotta go he's back"): the quick exit."""
    texts = forms(text)
    if refuses_delete(text):
        return False
    return any(_EXIT_ALONE.match(t) for t in texts) or any(
        _GOING.search(t) and _SOMEONE.search(t) and _ARRIVES.search(t) and not _LATER.search(t)
        and not _AWAY.search(t) and not _NOT_COMING.search(t) for t in texts)


# He is back, said alone and nothing else ("ổng về rồi", "ck e về tới rồi", "he's home"): the
# quick exit in any state, a step of the request included, as it is at the start; with more
# told ("ổng về rồi, em sợ quá") it is a story read for danger first.
_BACK_ALONE = screened(
    r"^((ong ay|ong|no|chong|ck|anh ay|anh ta|anh|han|ba ay|thang do|nguoi do|thang cha|"
    # ("ảnh về rồi", he in the south; "ba em về rồi", "dượng về rồi": the one a child fears)
    r"ba|bo|cha|duong|ba duong|bo duong|cha duong)"
    r"( (em|toi|minh|tui|e|con|no))?( (da|vua|moi|dang|lai))* ((ve|quay ve|quay lai|ve nha)"
    r"( (nha|toi|den|roi toi))?( (roi|r|kia|day|ne|a|do))*|"
    # ("tới", "đến", "vô" only with "rồi": "chồng tôi nè" is no arrival)
    r"(ve toi|ve den|toi|den|vo)( nha)? (roi|r)( (kia|ne|a|do))*|"
    # at the end of the alley, at the gate ("ổng về tới đầu hẻm rồi", "tới cổng rồi")
    r"(ve |)(toi|den) (dau hem|dau ngo|cong|ngo|cua|dau xom|duoi nha|truoc nha)( roi| r)?( (kia|ne|a|do))*)|"
    # his motorbike heard ("nghe tiếng xe ổng", "tiếng xe ổng về kìa")
    r"^(nghe )?tieng xe (cua )?(ong ay|ong|chong|ck|no|han|anh ay)( ve| toi| den)?( (roi|kia|ne|a|do))*$|"
    r"(he|hes|he is|he s|my (husband|boyfriend|dad|father|ex)( is)?|(hubby|husband|bf|boyfriend)"
    r"('s| s| is)?)( just)? (back|home|here|coming|back home|at the door|outside|"
    # ("my husband just came back", "he just got home", "he just walked in")
    r"came back|came home|came in|got home|got back|got in|walked in|arrived|arrived home|"
    r"pulled up|coming home|is coming home|is home|is here)( (now|already|omg|oh no|oh god|shit|"
    r"help|pls|please|fuck))*)$|"
    # he has the phone now ("he is looking at my phone", "ổng đang coi điện thoại em", "ổng giật
    # điện thoại"): the screen wiped at once
    r"^(he|hes|he is|he s|my (husband|boyfriend|partner|ex)( is)?)( just)? (looking at|checking|reading|"
    r"going through|grabbing|took|taking|has|grabbed) my (phone|messages|texts)( (now|omg|oh no|help))*$|"
    r"^(ong ay|ong|no|chong|ck|anh ay|han)( (dang|vua|moi))+ (coi|xem|doc|kiem tra|lay|giat|cam) "
    r"(dien thoai|dt|tin nhan|may)( (cua )?(em|toi|tui|minh))?( (roi|kia|ne|a))*$")


def names_him_coming(text: str) -> bool:
    """Someone (he, the husband) and an arrival named in the message ("ổng tới", "nó về"), not
    a going away: a quick exit asked for so keeps 113, 115 and 111 on its one line."""
    return any(_SOMEONE.search(t) and _ARRIVES.search(t) and not _AWAY.search(t) and
               not _NOT_COMING.search(t) for t in forms(text))


def he_is_back(text: str) -> bool:
    """"ổng về rồi", "he's back" said alone: the clean screen, whatever step the chat is at."""
    # ("tôi", typed with its mark, is never "tới": "chồng tôi nè" is no arrival)
    texts = forms(toi_kept_as_writer(text))
    return (any(_BACK_ALONE.match(t) for t in texts) or
            bool(_COMING_MARKED.match(text.casefold().strip()))) and not refuses_delete(text)


# "ổng tới", "nó đến", "chồng em tới kìa" typed with the marks of "tới" (unmarked "toi" is also
# "tôi": "ba toi" is "my dad", so only "tới rồi" counts there, in `_BACK_ALONE`)
_COMING_MARKED = re.compile(
    r"^(ổng|ông ấy|ông ta|nó|hắn|ảnh|anh ấy|anh ta|bả|thằng đó|thằng chả|chồng|ck|ba|bố|dượng)"
    r"( (em|tôi|tui|mình|e|con))?( (đang|đã|sắp|lại))? (tới|đến|vô)( (rồi|r|kìa|nè|đó|à))*\s*[.!]*$")


# A delete put off ("tí nữa em tự xoá", "khi nào xong thì xoá giúp em", "nhớ nhắc em xoá tin
# nhắn nha", "i'll delete it later"): nothing is wiped now, in the middle of a story.
_DELETE_LATER = as_screened(re.compile(
    r"\b(ti nua|lat nua|chut nua|lat|chut|khi nao|khi xong|noi chuyen xong|xong (thi|se|em|roi em)|"
    r"sau (do|khi|nay)|de sau|nho nhac|nhac (em|toi|minh)|tu xoa|se xoa|mai|ngay mai|sang mai|"
    r"chieu|dem|toi nay|cuoi tuan|de (em|toi|minh|tui) xoa|"
    r"later|remind|after (we|i|this|that)|when (i|we)|i'?ll|i will|will delete|going to delete)\b"))


def puts_off_delete(text: str) -> bool:
    """A delete said for later, and nothing more ("mai xoá", "để tối về xoá", "lát xoá"): said
    back, that "xoá" typed then clears it at once."""
    texts = forms(text)
    return len(text.split()) <= 6 and any(_DELETE_LATER.search(t) for t in texts) and \
        any(re.search(r"\b(xoa|delete|clear|erase|wipe)\b", t) for t in texts) and \
        not refuses_delete(text)


# "đông" (east; a ward's "Đông…"), "đồng", "động", "đống" typed with their marks: folded they are
# "dong", as "đóng" (close) is, which alone asks to leave the chat
_NOT_CLOSE = re.compile(r"\b[đĐdD][ôồộốổỗòỏõọÔỒỘỐỔỖÒỎÕỌ]ng\b")


def misheard_close(text: str) -> bool:
    """"đông", "đồng"… typed with their marks and no other word of leaving: what the classifier
    may hear as "đóng" (close) is not asked."""
    return _NOT_CLOSE.search(text) is not None and \
        _LEAVE_MARKED.search(text.casefold()) is None


_LEAVE_MARKED = re.compile(r"\b(đóng|xoá|xóa|thoát|ẩn|tắt|huỷ|hủy|giấu|quên|exit|close|delete|hide)\b")


def asks_to_delete_now(text: str) -> bool:
    """The words ask to delete this chat now (`_DELETE_ALONE`, `_DELETE_ASKED`); a "no" said
    first ("ko, xoá đi") is read apart from the delete after it; a delete put off is none."""
    text = _NOT_CLOSE.sub("phuong", text)
    if refuses_delete(text) or any(_DELETE_LATER.search(t) for t in forms(text)):
        return False
    said_no = _NO_THEN.match(text.casefold())
    texts = forms(text[said_no.end():] if said_no else text)
    return any(_DELETE_ALONE.match(t) for t in texts) or \
        any(_DELETE_ASKED.search(t) and not _DELETE_TOLD.search(t) for t in texts)


def clear(turn: Turn, *, in_danger: bool = False) -> None:
    """Quick exit: one neutral line, nothing else, and the session is gone (a pending check-in,
    and the counsellors' queue or chat, too). `in_danger`: the same message told of danger
    ("nó về rồi, em sợ, xoá đi"): the one line also carries 113, 115 and 111, so a delete
    asked for in danger is never an emergency left unanswered."""
    from bot.core.flows import followup

    followup.forget(turn)  # a pending check-in goes too
    handoff.quit_silently(turn)
    turn.replies.clear()
    # (danger told earlier in this conversation, or the crisis pathway open: the one line keeps
    # the numbers too, "em muốn chết" then "xoá đi")
    in_danger = in_danger or bool(turn.session.emergency) or turn.session.flow == "crisis"
    turn.say(turn.t("cleared_danger" if in_danger else "cleared"), forget=True)
    turn.end_session = True
