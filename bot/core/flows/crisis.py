"""Suicide and self-harm: its own pathway (bot/core/self_harm.py says which level).

Acting now: 115 and 113 first (as for any danger to life), then a few lines for this moment.
Thoughts: a caring reply with the mental-health line (its hours, to be re-verified) and 111,
then one gentle question about safety now, answerable by button or by typing. Both are counted
in the anonymous logbook as a request for help (urgent when acted on now). Never the
domestic-violence advice, which would answer the wrong question.
"""

from __future__ import annotations

import re

from bot import metrics
from bot.core import answers, self_harm
from bot.core.messages import Button, Reply
from bot.core.render import bullet, menu_reply, phone_button
from bot.core.session import Session
from bot.core.turn import Turn
from bot.nlu.prefilter import screened


def _calls(turn: Turn, ids: tuple[str, ...]) -> tuple[Button, ...]:
    known = {h.id: h for h in turn.services.settings.hotlines}
    return tuple(phone_button(turn.lang, known[i]) for i in ids if i in known)


def now(turn: Turn) -> None:
    """Harm done or about to be: numbers first, advice once per conversation, counted urgent.
    Of someone else ("my wife just took all her pills"): the numbers to call for them."""
    metrics.EMERGENCIES.labels(turn.inbound.channel).inc()
    named = _named(turn)
    # "không chắc" to "are they safe?" is still about them; a new message names its own person
    other = named in ("other", "child") if named else turn.session.crisis_other
    turn.session.crisis_other = other
    who = {"for_whom": "other" if other else "self"}
    turn.say(turn.t("self_harm_now_other" if other else "self_harm_now_first"),
             _calls(turn, ("ambulance", "police", "national")))
    fitted = turn.services.content.situations.get("self_harm")
    in_hand = not other and self_harm.means_in_hand(turn.inbound.text or "")
    if turn.session.emergency != "self_harm" and fitted is not None and not other:
        lines = fitted.lines[turn.lang]
        if self_harm.with_a_child(turn.inbound.text or ""):
            lines = (turn.t("self_harm_with_child"), *lines)   # the baby put somewhere safe first
        if self_harm.at_a_height(turn.inbound.text or ""):
            lines = (turn.t("self_harm_at_a_height"), *lines)  # a step back from the edge first
        if in_hand:
            lines = (turn.t("self_harm_means_in_hand"), *lines)  # put down, out of reach first
        turn.say(bullet(lines))  # never the domestic-violence advice
    elif in_hand:
        # "có, tôi có thuốc ngủ trong tay" after the numbers: what to do with it, not the same
        # message again
        turn.say(turn.t("self_harm_means_in_hand"))
    turn.session.emergency = "self_harm"
    turn.services.counter.open(turn, urgent=1, **who)
    turn.session.goto("crisis", "now")


def _named(turn: Turn) -> str | None:
    """Whose life the message speaks of: "other" only when it says so in words ("vợ tôi hay dọa
    tự tử", "for my friend"), never from who else is named ("mẹ em mất rồi, em muốn chết theo
    mẹ" is the writer's own wish to die); "self" when it names the writer; else None."""
    text = turn.inbound.text or ""
    if self_harm.about_someone_else(text):
        return "other"
    if len(text.split()) <= 4 and answers.read_who(text) in ("other", "child"):
        return "other"      # a short answer: "cho bạn tôi", "my sister"
    who = turn.entity("for_whom") or answers.read_who(text)
    return "self" if who == "self" else None     # "not sure" names no one: still about them


def _who(turn: Turn) -> dict[str, str]:
    """Whose life is at risk, for the anonymous row: the writer unless they speak of a friend."""
    return {"for_whom": "other" if _named(turn) in ("other", "child") else "self"}


def thoughts(turn: Turn) -> None:
    """Thoughts of dying or of self-harm: care, the numbers that fit, one question."""
    who = _who(turn)
    turn.session.crisis_other = who["for_whom"] == "other"
    if turn.session.crisis_other:    # "vợ tôi hay dọa tự tử": words for the one who worries
        key, order = "self_harm_other", ("ambulance", "mental_health", "national")
    elif turn.session.writer == "child":
        key, order = "self_harm_child", ("national", "mental_health")
    else:
        key, order = "self_harm_reply", ("mental_health", "national", "ambulance")
    turn.say(turn.t(key), _calls(turn, order))
    # Reaching out about suicide is seeking help: counted like any request (never the words).
    turn.services.counter.open(turn, **who)
    ask_safe(turn)


def also_thoughts(turn: Turn) -> None:
    """Violence now and thoughts of suicide in one message ("he wants to kill me and I want to
    die"): after the numbers for the danger, the other thing said is not passed over."""
    order = ("national", "mental_health") if turn.session.writer == "child" else \
        ("mental_health", "national")
    turn.say(turn.t("self_harm_also"), _calls(turn, order))


# The steps at which "are you safe right now?" waits for its answer: asked, and asked once
# again after a reply that answered nothing (never a third time: see `hint`)
ASKING = ("safe_q", "safe_again")


def asking_safe(session: Session) -> bool:
    """The crisis pathway waits for the answer to "are you safe right now?"."""
    return session.flow == "crisis" and session.step in ASKING


def ask_safe(turn: Turn, step: str = "safe_q") -> None:
    turn.say(turn.t("self_harm_question_other" if turn.session.crisis_other
                    else "self_harm_question"),
             (Button(turn.t("self_harm_safe"), "x:safe"),
              Button(turn.t("self_harm_not_safe"), "x:unsafe"),
              Button(turn.t("back_to_menu"), "menu")))
    turn.session.goto("crisis", step)


def on_payload(turn: Turn, action: str) -> None:
    if action == "unsafe":
        now(turn)
    else:
        _safe_now(turn)


def on_text(turn: Turn, text: str) -> bool:
    """A typed answer to "are you safe right now?"; False when it answers nothing here. After
    the numbers to call now, a short "no", "ok" or "i won't call" keeps the lines in view and asks
    again (never a bare menu to someone who is not safe)."""
    if turn.session.step == "now" and len(text.split()) <= 8 and (
            answers.read_yes_no(text) is not None or
            any(_ONLY_HEARD.match(t) or _WONT_CALL.search(t) for t in answers.forms(text))):
        turn.say(turn.t("self_harm_still_here"),
                 _calls(turn, ("ambulance", "mental_health", "national")))
        ask_safe(turn)
        return True
    if turn.session.step == "now" and len(text.split()) <= 12 and not acting_or_alone(text) and \
            answers.read_safe(text, fear_counts=True, hedge_unsure=True) == "yes":
        # "giờ em an toàn rồi", "em ổn mà", "thôi e ổn" after the numbers to call now: the
        # question's answer, heard (after pills, `_safe_now` still asks for 115)
        _safe_now(turn)
        return True
    if turn.session.step not in ASKING:
        return False
    if not turn.session.harm_done and any(_TAKEN_BACK.search(t) for t in answers.forms(text)):
        taken_back(turn)
        return True
    if not turn.session.harm_done and says_only_thoughts(text):
        only_thoughts(turn)   # "e chưa làm gì đâu, chỉ nghĩ thôi": no act, the thoughts still heavy
        return True
    if not turn.session.harm_done and any(_ONLY_HEARD.match(t) for t in answers.forms(text)) and \
            answers.read_safe(text) != "no":   # ("k", "ok" in one reading, is "không" in the other)
        # (after pills or a cut, "ok" is read below: 115 asked for again)
        hint(turn)   # "ok", "ừ" after words of dying: heard, not an answer of "safe"; asked again
        return True
    if acting_or_alone(text):
        # ("tối nay e sẽ làm", "i'm going to do it tonight": after words of dying, "it" is that)
        now(turn)   # "em ở một mình", "im alone": alone with those thoughts is no "safe"
        return True
    value = answers.read_safe(text, fear_counts=True, hedge_unsure=True)
    if value == "no" and corrected_to_violence(text):
        return False   # "ko phải, ý em là ck em đánh em hoài": what was meant, read on
    if value == "no":
        now(turn)
    elif value == "yes":
        _safe_now(turn)
    elif value == "skip":
        # "ko muốn nói", "để sau": no answer is no "safe"; the numbers stay within reach and
        # the question stays open, unasked again
        turn.say(turn.t("self_harm_skip_other" if turn.session.crisis_other else "self_harm_skip"),
                 _calls(turn, ("ambulance", "police", "national")))
    else:
        return False
    return True


def taken_back(turn: Turn) -> None:
    """"em chỉ nói vậy thôi", "just kidding", "ko, ý em là em mệt thôi": heard, not argued with,
    and not a goodbye; the lines stay within reach."""
    turn.say(turn.t("self_harm_taken_back"), _calls(turn, ("mental_health", "national")))
    turn.session.goto(None)
    turn.session.crisis_other = False


def says_only_thoughts(text: str) -> bool:
    """Nothing done, only thought of, and no act or time said (`_ONLY_THOUGHTS`)."""
    return not acting_or_alone(text) and any(_ONLY_THOUGHTS.search(t) for t in answers.forms(text))


def only_thoughts(turn: Turn) -> None:
    """Nothing done, only thought of ("e chưa làm gì đâu, chỉ nghĩ thôi", "i haven't done
    anything, just thinking about it"): believed, the thoughts taken seriously, the lines to
    talk to and 115 for if it turns to acting; no question asked a third time."""
    turn.say(turn.t("self_harm_only_thoughts"), _calls(turn, ("mental_health", "national", "ambulance")))
    turn.session.goto(None)


# Nothing done yet, only thoughts (`only_thoughts`)
_ONLY_THOUGHTS = re.compile(
    r"\b(chua|khong|ko|k|hong|chang) (lam|lam gi|co lam gi|dam lam|lam dieu do|lam chuyen do)( (ca|het|"
    r"dau|that))*( (ma|dau))?( (chi|moi|chi la|van chi) (nghi|suy nghi|nghi toi|nghi den|tinh)( (thoi|"
    r"trong dau|vay thoi|nhieu|hoai))*)\b|^(chi|moi|chi la) (nghi|suy nghi|nghi thoi)( (thoi|vay thoi|"
    r"trong dau))*$|\b(haven'?t|have not|didn'?t|did not) (done|do) (anything|it)( yet)?,? (just|only|i'?m just|"
    r"im just) (thinking|thought|thinking about it)\b|^(just|only) (thinking|thoughts)( about it)?$")


# A bare acknowledgement at "are you safe right now?" ("ok", "ừ", "uh huh"): it says the words
# were read, not that the person is safe
# ("k" alone is "không" in chat, read as the "no" it is)
_ONLY_HEARD = re.compile(r"^(ok|oke|okay|okie|kk|u|uh|uh huh|um|umm|hmm|vang|da|da vang|ua|uk|"
                         r"alright|fine then)( (a|ban|nha))?$")
# After words of dying, "it" done tonight ("tối nay e sẽ làm", "e sẽ làm thật", "im going to do
# it tonight"): a time set, acting now
_DOING_IT = re.compile(r"\b(toi nay|dem nay|hom nay|bay gio|ngay bay gio|luc nay)\b( \w+){0,3} "
                       r"(se |sap |dinh )?lam( (that|luon|roi|ngay|do|no|di))*$|"
                       r"\b(se|sap|dinh|quyet dinh) lam (that|luon|ngay|tu tu)\b|"
                       r"\b(going to|gonna|will|'ll|about to) do it( \w+){0,2} (tonight|today|now|"
                       r"right now|soon)\b|\bdoing it (tonight|today|now)\b")
# Alone, said to "are you safe right now?" ("em đang ở một mình", "im alone", "by myself now")
_ALONE = re.compile(r"^((toi|em|minh|tui|con|i'?m|im|i am) )?(dang |van |just )?(o |here )?"
                    r"((nha|phong|tro|phong tro|ktx|ky tuc xa|day|home|at home) )?"   # "ở nhà một mình"
                    r"(mot minh|1 minh|alone|all alone|by myself|on my own)"
                    r"( (a|thoi|het|roi|now|right now|at home|o nha|trong phong|in my room|tonight))*$")


def acting_or_alone(text: str) -> bool:
    """At "are you safe right now?" after words of dying: "tối nay e sẽ làm", "im alone": not
    safe, whatever else the classifier hears in it (`_DOING_IT`, `_ALONE`)."""
    return any(_ALONE.match(t.strip(" .!")) or _DOING_IT.search(t) for t in answers.forms(text))


# Not calling, said after the numbers ("ko gọi đâu", "i won't call", "không muốn gọi")
_WONT_CALL = re.compile(r"\b(khong|ko|k|hong|chang|se khong) (muon |dam |the )?goi\b|\bwon'?t call\b|"
                        r"\b(not|never) (going to|gonna) call\b|\b(do not|dont|don't) (want to )?call\b|"
                        r"\bi can'?t call\b")


# The words of dying taken back, at the question that follows them ("em chỉ nói vậy thôi", "nói
# chơi thôi mà", "i was just joking", "jk"): said often by someone who fears being a bother.
_TAKEN_BACK = re.compile(
    r"^((toi|em|minh|tui|con|e) )?((chi|cung chi) )?(noi|ghi|nhan|viet) (vay|the|choi|dua|cho vui|"
    r"cho do|bua|linh tinh)( (thoi|a|ma|nha|nhe|thoi ma|thoi a|thoi nha|day|nhe|khong sao dau))*$|"
    r"^((toi|em|minh|tui|con|e) )?(dua|gia|noi dua|noi choi)( (thoi|a|ma|nha|nhe|day))+$|"
    r"^(i was |i'm |im |just )?(just )?(kidding|joking|jk|saying|venting)( (lol|haha|sorry|"
    r"don't worry|dont worry|its fine|it's fine|nothing serious))*$|^(jk|lol jk|nvm|never ?mind)$")


def corrected_to_violence(text: str) -> bool:
    """"ko phải, ý em là ck em đánh em hoài": the "no" corrects what was heard, and tells of
    violence from someone else; not an answer of "not safe" to the crisis question."""
    from bot.core import disclosure

    found = disclosure.detect(text, None) if answers.corrects(text) else None
    return found is not None and found.kind is not None


def again(turn: Turn) -> None:
    """Dying spoken of again inside the pathway ("em không muốn sống nữa" after the question):
    after "not safe", the numbers to call now once more; else still here, and the question."""
    if turn.session.step == "now":
        now(turn)
    else:
        hint(turn)


def hint(turn: Turn) -> None:
    """A message that does not answer "are you safe right now?" ("em đang ở nhà bạn", "ok"):
    never "not understood" to someone who spoke of dying; still here, the question again, once.
    A second reply that answers nothing is not met with the same question a third time: the
    numbers stay in view, and the person may go on in their own words."""
    if asking_safe(turn.session) and turn.session.step == "safe_again":
        unanswered(turn)
        return
    turn.say(turn.t("self_harm_still_here"))
    ask_safe(turn, "safe_again" if asking_safe(turn.session) else "safe_q")


def unanswered(turn: Turn) -> None:
    """The question asked twice and not answered: no answer is no "safe"; the numbers, and the
    question left open without asking it again."""
    turn.say(turn.t("self_harm_skip_other" if turn.session.crisis_other else "self_harm_skip"),
             _calls(turn, ("ambulance", "police", "national")))
    turn.session.goto("crisis", "safe_again")


def farewell(turn: Turn) -> None:
    """"tạm biệt", "bye" after words of dying: it may be a last goodbye. The numbers to call now,
    said with care, before anything else; the question stays open for their answer."""
    turn.say(turn.t("self_harm_farewell_other" if turn.session.crisis_other
                    else "self_harm_farewell"), _calls(turn, ("ambulance", "police", "national")))
    ask_safe(turn, "safe_again")


def _safe_now(turn: Turn) -> None:
    if turn.inbound.payload is not None or ends_reminder(turn.inbound.text or ""):
        turn.session.harm_done = False   # said safe: the reminder (given this turn) ends here
    if turn.session.harm_done:
        # "ok", "em ổn mà", "chắc không sao" after pills or a cut: feeling fine is no sign of
        # safety; heard, and 115 asked for again, never "glad you are safe"
        key = "self_harm_still_call_other" if turn.session.crisis_other else "self_harm_still_call"
        turn.say(turn.t(key), _calls(turn, ("ambulance", "police")))
        turn.session.goto("crisis", "now")
        return
    turn.session.goto(None)
    # (the writer's own thoughts: the lines for when they come back, said with the gladness)
    ack = "help_safe_ack_other" if turn.session.crisis_other else "self_harm_safe_ack"
    turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t(ack)))


def symptom(turn: Turn) -> None:
    """Dizzy, sleepy, bleeding or vomiting after pills or a cut ("em thấy chóng mặt", "máu chảy
    hoài"): a medical danger, 115 now, in the crisis pathway (never the violence advice)."""
    metrics.EMERGENCIES.labels(turn.inbound.channel).inc()
    key = "self_harm_symptom_other" if turn.session.crisis_other else "self_harm_symptom"
    turn.say(turn.t(key), _calls(turn, ("ambulance", "police", "national")))
    turn.session.goto("crisis", "now")


def acted_on(turn: Turn) -> bool:
    """Harm done or about to be was told in this conversation (pills, a cut, the means in hand;
    not only "not safe" pressed), and the person has not said they are safe since, wherever
    the conversation went (services, a story, a goodbye)."""
    return turn.session.harm_done


def keep_ambulance_first(turn: Turn) -> None:
    """After pills or a cut, every later answer starts with 115 again, whatever it answers ("em
    thấy chóng mặt", "em ổn mà", "bye", a question, the services): a person who took pills may
    feel fine, or sleepy, and the first reply has scrolled away. Called by the engine for a turn
    that began with `acted_on`; nothing is added to a turn that already gives 115, to a cleared
    chat or to a chat with a counsellor."""
    if turn.end_session or turn.session.handoff:
        return
    if (turn.inbound.text and ends_reminder(turn.inbound.text)) or \
            turn.inbound.payload in ("x:safe", "h:safe:yes"):
        turn.session.harm_done = False   # "em an toàn rồi", "đã gọi 115": this one is the last
    known = {h.id: h for h in turn.services.settings.hotlines}
    ambulance = known.get("ambulance")
    # (115 must come first: the thoughts reply names it only in its last line)
    if ambulance is None or (turn.replies and
                             ambulance.number in "\n".join(turn.replies[0].text.split("\n")[:3])):
        return
    key = "self_harm_now_reminder_other" if turn.session.crisis_other else "self_harm_now_reminder"
    turn.replies.insert(0, Reply(turn.t(key), _calls(turn, ("ambulance", "police")),
                                 language=turn.lang))


# Safe said in so many words, or help reached ("em an toàn rồi", "đã gọi 115", "em đang ở bệnh
# viện"); never "ok", "em ổn mà", "không sao": after pills, feeling fine is no sign of safety.
_SAFE_SAID = screened(
    r"\b(an toan|safe)\b|"
    r"\b((da|vua|moi) goi (115|cap cuu|xe cap cuu)|goi (115|cap cuu|xe) roi|xe cap cuu (den|toi|dang toi) "
    r"roi|(dang |da )?(o )?tren xe cap cuu|(cho|dua) (toi|em|minh|tui|con) (vo|vao|den|toi) (benh vien|vien)|"
    r"called (115|an ambulance|the ambulance)|ambulance (came|is here|is coming))\b|"
    # in hospital, the writer ("em đang ở bệnh viện", "i'm at the hospital"), never "mẹ em…"
    r"^((toi|em|minh|tui|con|i am|i'm|im|we are)( (da|dang|vua|moi|now))* )?(o|den|toi|vao|vo|nam|at|in) "
    r"(the )?(benh vien|vien|tram y te|phong kham|phong cap cuu|khoa cap cuu|cap cuu|hospital|"
    r"emergency room|er)\b")
# A call that did not go through, help not sought or only asked about, "safe" asked or denied:
# the reminder stays ("gọi 115 rồi mà máy bận", "em không muốn đi viện", "is it safe to sleep now")
_NOT_YET = re.compile(
    r"\b(may ban|khong ai (nghe|bat)|khong (nghe|bat) may|khong goi duoc|goi khong duoc|chua|khong muon|"
    r"ko muon|khong the|khong di|ko di|khong can|co nen|nen (di|goi)|duoc khong|dau co|co phai|"
    r"qmark|busy|no (one|answer)|did not|didn't|didnt|do not|don't|dont|can not|can't|cant|cannot|"
    r"should i|is it|will i|not|lam sao|the nao|how|muon|tim|can)\b")


def ends_reminder(text: str) -> bool:
    """The words say she is safe or reached help, with nothing failed, refused or asked."""
    forms = answers.forms(text)
    return answers.read_safe(text) != "no" and \
        any(_SAFE_SAID.search(t) for t in forms) and not any(_NOT_YET.search(t) for t in forms)
