"""Help request, for oneself or someone else:
are you safe now → who it is for → kind of violence → ward or location → what fits.

Every step offers Skip and the menu, so the person is never trapped. The request is counted when
it begins; each answer fills in the same anonymous row.

Every step takes typed answers as well as buttons (bot/core/answers.py reads them), and any
message is read for every step at once: "cho em" at the safety question answers "for whom",
"không an toàn" at any step makes the request urgent with 113/115/111 first, a ward named early
is kept. Nothing already answered is asked again, and the request never restarts by itself.
"""

from __future__ import annotations

import re

from bot.config import Hotline
from bot.core import answers, situations
from bot.core.flows import followup, handoff, pathways, services
from bot.core.flows.emergency import danger_replies
from bot.core.flows.help_row import KIND_CHOICES, row_fields
from bot.core.flows.services import offer_choice, outside_province, say_providers
from bot.core.messages import Button, Location
from bot.core.render import bullet, hotline_lines, menu_buttons, phone_button
from bot.core.turn import Turn
from bot.knowledge.content import SafetyText
from bot.knowledge.providers import Found
from bot.knowledge.wards import WardMatch
from bot.nlu.normalize import fold

STEPS = ("safe", "who", "kind", "where")
# Which services fit which kind of violence (the person can still filter in "services near me").
SERVICES_FOR_KIND = {
    "physical": ("health", "police", "shelter", "counselling"),
    "sexual": ("health", "counselling", "shelter", "police"),
    "psychological": ("counselling", "social_work", "legal_aid"),
    "economic": ("legal_aid", "social_work", "counselling"),
    "online": ("police", "counselling", "legal_aid"),
    "trafficking": ("police", "shelter", "social_work"),
    "child_abuse": ("health", "social_work", "police", "counselling"),
}


def begin(turn: Turn, for_whom: str | None = None, prefill: dict | None = None) -> None:
    """Start a request, taking what the person already said (free-text entities) as answers."""
    state: dict = dict(prefill or {})
    if turn.inbound.text and turn.session.emergency not in (None, "medical", "fire", "self_harm") \
            and turn.session.help.get("safe") == "no" and "safe" not in state:
        # "em cần giúp" typed after the danger numbers: never "are you safe?" again (the menu's
        # "I need help now" button still asks it: a new request)
        state["safe"] = "no"
    turn.session.help = state
    turn.session.goto("help", None)
    who = for_whom or state.get("who") or turn.entity("for_whom")
    if who:
        state["who"] = who
        if not for_whom:     # read from the story, not chosen: "cho con gái tôi" corrects it
            state["who_inferred"] = True
    if "kind" not in state and (kind := turn.entity("kind")) in KIND_CHOICES:
        state["kind"] = kind
    if "safe" not in state and turn.inbound.text and answers.says_safe_now(turn.inbound.text):
        state["safe"] = "yes"   # "… giờ em an toàn rồi": not asked again
    if turn.inbound.text and answers.kin_hurts(turn.inbound.text):
        state["kin"] = True     # "chú em hay sàm sỡ em": "chú đang ở nhà" is then not safe
    if turn.inbound.text and (asked := services.service_in(turn.inbound.text)):
        state["service"] = asked   # "…, em cần chỗ tạm lánh": that kind of help leads the list
    if (ward := turn.entity("ward")) and turn.services.wards.get(ward) and \
            not turn.entity("ward_weak"):
        state["ward"] = ward
    near = turn.session.near
    if "ward" not in state and near.get("ward") and turn.services.wards.get(near["ward"]):
        state["ward"] = near["ward"]   # searched a moment ago ("Ninh Kiều", then the story)
    elif "ward" not in state and "lat" in near and "lon" in near:
        state["where"] = "near"        # a location shared a moment ago: its help, not the question
    turn.services.counter.open(turn, **row_fields(state, turn.session.writer))
    ask_next(turn)


def ask_next(turn: Turn) -> None:
    state = turn.session.help
    for step in STEPS:
        if step == "where" and ("ward" in state or "where" in state):
            continue
        if step not in state:
            turn.session.goto("help", step)
            ASK[step](turn)
            return
    finish(turn)


def after_danger(turn: Turn) -> None:
    """Danger told in the middle of the request (the numbers and advice already said): help near
    the person next, not more questions; whom it is for and what kind, if not said, stay
    unanswered in the row."""
    state = turn.session.help
    for step in ("who", "kind"):
        state.setdefault(step, "skip")
    # the ward said with the danger ("ở thốt nốt, mà ổng đang về tới rồi"): kept, and its help
    ward = answers.read_ward(turn.inbound.text or "", turn.services.wards)
    if ward is not None and ward[1] and "ward" not in state:
        set_ward(turn, ward[0].ward.name, ward[0].old_name)
        return
    ask_next(turn)


def _skip_menu(turn: Turn, prefix: str) -> tuple[Button, ...]:
    return (Button(turn.t("skip"), f"h:{prefix}:skip"), Button(turn.t("back_to_menu"), "menu"))


def _ask_safe(turn: Turn) -> None:
    about_other = _about_someone_else(turn)
    # (a parent asking for their own child: "your child and you", never "that person")
    key = ("help_safe_q_child" if turn.session.help.get("who") == "child" else "help_safe_q_other") \
        if about_other else "help_safe_q"
    turn.say(turn.t(key),
             (Button(turn.t("help_safe_yes"), "h:safe:yes"), Button(turn.t("help_safe_no"), "h:safe:no"),
              *_skip_menu(turn, "safe")))


def _ask_who(turn: Turn) -> None:
    turn.say(turn.t("help_who_q"),
             (Button(turn.t("help_who_self"), "h:who:self"), Button(turn.t("help_who_other"), "h:who:other"),
              Button(turn.t("help_who_child"), "h:who:child"), *_skip_menu(turn, "who")))


def _ask_kind(turn: Turn) -> None:
    turn.say(turn.t("help_kind_q"),
             tuple(Button(turn.t(f"kinds.{k}"), f"h:kind:{k}") for k in KIND_CHOICES)
             + _skip_menu(turn, "kind"))


def _about_someone_else(turn: Turn) -> bool:
    """The request is for another person: never a child writing of their own case, which the
    entity rules record as "child" ("em 14 tuổi, ba em đánh em": "you", never "that person")."""
    who = turn.session.help.get("who")
    return who == "other" or (who == "child" and turn.session.writer != "child")


def _ask_where(turn: Turn) -> None:
    # (for someone else, the help near them is asked for: "where is that person?")
    key = "help_where_q_other" if _about_someone_else(turn) else \
        "help_where_q"
    turn.say(turn.t(key),
             (Button(turn.t("share_location"), "h:loc"), Button(turn.t("pick_ward"), "h:ward"),
              *_skip_menu(turn, "where")), request_location=True)


ASK = {"safe": _ask_safe, "who": _ask_who, "kind": _ask_kind, "where": _ask_where}


def answer(turn: Turn, step: str, value: str) -> None:
    """Record one answer (a button or an understood text) and move on."""
    record(turn, {step: value}, current=step)
    ask_next(turn)


def record(turn: Turn, updates: dict[str, str], current: str | None = None,
           text: str = "") -> None:
    """Take answers to any steps: the current step's answer always, others only when not yet
    answered. Unsafe comes first of all: 113/115/111 before anything else is said."""
    state = turn.session.help
    was_unsafe = state.get("safe") == "no"
    who_before = state.get("who")
    said_before = len(turn.replies)
    for step, value in updates.items():
        writer_too = step == "who" and value == "self" and state.get("who") in ("other", "child") \
            and answers.says_writer_too(text)
        corrects = step == "who" and value != state.get("who") and (
            state.pop("who_inferred", False) or answers.corrects(text) or
            answers.corrects_whom(text) or writer_too)
        if step != current and step in state and not (step == "safe" and value == "no") and \
                not corrects:
            continue  # an early answer fills a gap; only "not safe" overrides what was said
        if step == "safe":
            state["safe"] = value
        elif step == "who":
            state["who"] = value if value in ("self", "other", "child") else "skip"
        elif step == "kind":
            state["kind"] = value if value in KIND_CHOICES else "skip"
        elif step == "where":
            state["where"] = "skip"
    if state.get("safe") == "no" and not was_unsafe:
        danger_replies(turn, situations.detect(text, writer_is_child=turn.session.writer == "child",
                                               about_other=state.get("who") == "other",
                                               about_child=state.get("who") == "child"))
    elif updates.get("safe") == "yes" and current == "safe":
        about_other = _about_someone_else(turn)
        key = "help_safe_ack_other" if about_other else "help_safe_ack"
        # ("chắc vậy", "hình như không sao": probably safe; the numbers stay named)
        turn.say(turn.t(f"{key}_hedged" if answers.hedged(text) else key))
    if who_before in ("other", "child") and state.get("who") == "self" and \
            answers.says_writer_too(text):
        # the writer's own story, told after someone else's: believed, and the request is
        # now theirs (one request per person a day: the row says so)
        turn.say(turn.t("disclosure_ack.default"))
        turn.session.acknowledged = True
    elif current != "who" and who_before is not None and state.get("who") != who_before and \
            state.get("who") in ("self", "other", "child"):
        # "cho mẹ tôi" typed at another step changed whom the request is for: say it was heard
        turn.say(turn.t(f"help_who_noted.{state['who']}"))
    elif current in ASK and current not in updates and updates and \
            len(turn.replies) == said_before:
        # "physical and emotional" typed at the safety question (or again, at the ward
        # question, when it was already known): kept, and said to be, before the same question
        # again (not a silent repeat)
        turn.say(turn.t("help_noted"))
        if current == "safe" and "safe" not in state:
            state["safe_noted"] = noted = int(state.get("safe_noted", 0)) + 1
            if noted >= 2:
                # later answers typed twice while "are you safe?" stands ("cho em", then "bị
                # đánh"): never the same question a third time; the numbers said, on it goes
                state["safe"] = "skip"
                turn.say(turn.t("help_safe_unanswered"))
    turn.services.counter.update(turn, **row_fields(state, turn.session.writer))


def on_payload(turn: Turn, action: str, arg: str) -> None:
    if turn.session.flow != "help":
        turn.session.help = turn.session.help or {}
        turn.session.flow = "help"
    if action in ("safe", "who", "kind", "where"):
        answer(turn, action, arg)
    elif action == "loc":
        _ask_where(turn)
    elif action == "ward":
        turn.session.goto("help", "where")
        services.ward_picker(turn, "h", _skip_menu(turn, "where"))
    elif action == "w":
        ward = turn.services.wards.get(arg)
        if ward is None:
            _ask_where(turn)
            return
        set_ward(turn, ward.name, None)
    elif action == "confirm" and arg == "yes" and turn.session.help.get("pending_ward"):
        set_ward(turn, turn.session.help.pop("pending_ward"), None)
    elif action == "confirm":
        turn.session.help.pop("pending_ward", None)
        _ask_where(turn)
    else:  # "resume" and anything stale: the next unanswered step
        ask_next(turn)


def read_all(turn: Turn, text: str) -> dict[str, str]:
    """Every step's answer this message gives, the current step read most generously."""
    step = turn.session.step
    found: dict[str, str] = {}
    if answers.kin_hurts(text):
        turn.session.help["kin"] = True
    # (an uncle or a grandfather at home is the one who may hurt when a child writes, or when
    # the story named him)
    child = turn.session.writer == "child" or bool(turn.session.help.get("kin"))
    readers = {"safe": lambda t: answers.read_safe(t, places=True, fear_counts=True, child=child),
               "who": answers.read_who,
               "kind": answers.read_kind}
    if step in readers and (value := readers[step](text)):
        found[step] = value
    if "safe" not in found and answers.says_unsafe(text, unsure_counts=step == "safe"):
        found["safe"] = "no"
    # "i'm staying with my sister now" names where the person is, not who is hurt.
    place = answers.at_safe_place(text)
    # At another step, only a short reply or one that says whom it is for ("là cho bạn em") is
    # read as the answer: in "mẹ em không tin em" the mother is no one the request is for.
    said_for = len(text.split()) <= 4 or answers.says_whom_for(text) or \
        answers.corrects_whom(text) or \
        (answers.corrects(text) and len(text.split()) <= 8 and   # "à nhầm, cho bạn em"
         not answers.says_writer_too(text) and   # ("actually it's me, not my friend": below)
         turn.entity("for_whom") != "self")      # ("à nhầm, ck bạn em đánh em": the writer's)
    if "who" not in found and not place and (step == "who" or said_for) and \
            not (step != "who" and "who" in turn.session.help and answers.names_partner_alone(text)) \
            and (who := answers.read_who(text)) and who != "skip":
        # ("my husband" typed where the kind or the place is asked, after whom was answered:
        # who does it, never a change of whom the help is for)
        found["who"] = who
    if found.get("who") in ("other", None) and turn.session.writer == "older" and \
            answers.older_asks_for_self(text):
        found["who"] = "self"   # "cho bà", "bà hỏi cho bà thôi": the grandmother's own
    # Who a story is about fills a gap, never corrects what was inferred before: "vì sợ anh
    # ấy biết" names him, not the person hurt (an explicit "cho bạn tôi" does correct it).
    if "who" not in found and turn.session.help.get("who") in ("other", "child") and \
            answers.says_writer_too(text):
        found["who"] = "self"   # "à mà em cũng bị ck em đánh nữa": the writer, now
    if "who" not in found and "who" not in turn.session.help and step == "who" and \
            turn.told_age and len(text.split()) <= 6:
        # "em 15 tuổi", "tui 70 tuổi rồi": the writer's own age, theirs (before the entity,
        # which hears a child in "em 14 tuổi" and would make the request someone else's)
        found["who"] = "self"
    if "who" not in found and "who" not in turn.session.help and not place and \
            (len(text.split()) >= 4 or step == "who") and (who := turn.entity("for_whom")):
        # read from a story, not guessed from a short reply ("tui ổn rồi"); where whom is asked,
        # "bị ba đánh" (the writer, left unsaid) answers it
        found["who"] = who
    if "kind" not in found and (kind := turn.entity("kind") or answers.read_kind(text)) \
            and kind != "skip":
        found["kind"] = kind
    if step == "where" and (answers.is_skip(text) or answers.does_not_know_where(text)):
        found["where"] = "skip"
    elif step != "where" and "where" not in found and answers.names_unknown_place(text):
        found["where"] = "skip"  # "i don't know my ward" said early: that step is passed
    if step in ("who", "kind", "where") and step not in found and \
            answers.read_yes_no(text) == "no":
        found[step] = "skip"  # a bare "không" / "no" to an optional question passes it
    return found


def on_text(turn: Turn, text: str) -> bool:
    """A typed message during the request; False when it answers no step (the engine then tries
    the message's intent, and comes back here with a hint if nothing fits)."""
    state = turn.session.help
    step = turn.session.step
    if len(text.split()) >= 3 and (asked := services.service_in(text)):
        state["service"] = asked   # "em cần người tư vấn" said at any step: it leads the list
    if step in ASK and answers.wants_to_stop(text):
        # "thôi em không muốn làm nữa": no more questions, the way back kept open
        turn.session.goto(None)
        turn.say(turn.t("help_stopped"), menu_buttons(turn.services.content, turn.lang))
        return True
    if state.get("who") in ("other", "child"):
        text = answers.their_place(text)   # "em ở Ninh Kiều nhưng chị em ở Long Mỹ": Long Mỹ
    ward = answers.read_ward(text, turn.services.wards)
    if step == "confirm_ward" and not (ward and ward[1]) and \
            (yes_no := answers.read_yes_no(text)):
        on_payload(turn, "confirm", yes_no)
        return True
    if ward is None and step == "where" and len(text.split()) <= 6 and \
            (place := turn.services.wards.province_named(text)) is not None:
        # "ở Hậu Giang", "TP HCM" ("chí minh" also folds like "chị mình"), "Cần Thơ"
        answer = services.province_answer(turn, place)
        if answer == "merged":
            _ask_where(turn)
        else:
            state["where"] = "outside" if answer == "outside" else "city"
            finish(turn)
        return True
    if step == "kind" and "who" in state and answers.names_partner_alone(text):
        # "chồng", "my husband", "bạn trai cũ" where the kind is asked: who does it, told; the
        # kind asked again, never the request begun again
        turn.say(turn.t("help_kind_by_whom"))
        ASK["kind"](turn)
        return True
    if (corrected := _ward_corrected(turn, text)) is not None:
        # "à nhầm, An Bình", "không phải Cái Khế, em ở An Bình": the new ward, and the request
        # goes on where it was ("không phải" here is no answer to the step)
        set_ward(turn, corrected.ward.name, corrected.old_name)
        return True
    updates = read_all(turn, text)
    weak_elsewhere = ward is not None and not ward[1] and step not in ("where", "confirm_ward")
    if ward is None and step == "where" and not updates and \
            len(choices := turn.services.wards.candidates(text)) > 1:
        offer_choice(turn, "h", choices, "h:where:skip")
        return True
    if ward is None and step == "where" and not updates and \
            (close := turn.services.wards.close_to(text)):
        services.offer_close(turn, "h", close, "h:where:skip")   # "ninh kìu"
        return True
    if ward is None and step == "where" and not updates and answers.names_a_street(text):
        turn.say(turn.t("ward_street"))   # "đường Hòa Bình": a street, its ward asked
        _ask_where(turn)
        return True
    if ward is None and step == "where" and not updates and \
            (name := answers.unknown_ward_named(text)) is not None:
        # "phường 9", "xã tân lập": no such unit, said, and the place asked again (the request
        # is never left for the services screen)
        turn.say(turn.t("ward_unknown", text=name))
        _ask_where(turn)
        return True
    if not updates and (ward is None or weak_elsewhere):
        return False
    record(turn, updates, current=step, text=text)
    if step == "safe" and "safe" not in state:
        # the other steps answered instead, three times (whom, "tình dục", then "Cái Răng"):
        # the safety question passed over, as its "skip" button does, not asked a fourth time
        state["safe_passed"] = state.get("safe_passed", 0) + 1
        if state["safe_passed"] >= 3:
            state["safe"] = "skip"
    if ward is not None and "ward" not in state:
        match, firm = ward
        if firm:
            set_ward(turn, match.ward.name, match.old_name)
            return True
        if step in ("where", "confirm_ward") and not updates:
            state["pending_ward"] = match.ward.name
            turn.session.goto("help", "confirm_ward")
            turn.say(turn.t("ward_confirm_q", ward=match.ward.label_in(turn.lang)),
                     (Button(turn.t("confirm_yes"), "h:confirm:yes"),
                      Button(turn.t("confirm_no"), "h:confirm:no")))
            return True
    ask_next(turn)
    return True


def _ward_corrected(turn: Turn, text: str) -> WardMatch | None:
    """Another ward than the one kept, said as a correction: the new one, else None."""
    kept = turn.session.help.get("ward")
    if not kept:
        return None
    folded = fold(text)
    # ("ko phải đánh, chửi thôi. ổng đi nhậu ở An Bình" denies a word, not the ward kept)
    said_not_it = re.search(rf"\b(khong phai|ko phai|k phai|not|sai|chu khong phai)( (o|la|phuong|xa|"
                            rf"ward))? {re.escape(fold(kept))}\b", folded)
    # ("sai rồi, An Bình", "nhầm, An Bình": said wrong first, then the ward)
    wrong_first = re.match(r"^(sai|nham|khong phai|ko phai|k phai|not|wrong)( roi| nha| a| do)*\b", folded)
    if not (answers.corrects(text) or answers.asks_about_another(text) or said_not_it or wrong_first):
        return None
    rest = folded.replace(fold(kept), " ")          # the ward said not to be it, taken out
    ward = answers.read_ward(rest, turn.services.wards)
    if ward is None or not ward[1] or ward[0].ward.name == kept:
        return None
    return ward[0]


def hint(turn: Turn) -> None:
    """A typed message that fits no step and carries no intent: say how to answer, ask again."""
    step = turn.session.step
    if answers.not_believed(turn.inbound.text or ""):
        # "ko ai tin tôi cả": believed here, before the question again (never "answer yes or no")
        turn.say(turn.t("not_believed_ack"))
    elif step in ASK:
        turn.say(turn.t(f"step_hint.{step}"))
    if step in ASK:
        ASK[step](turn)
    else:
        ask_next(turn)


def explain(turn: Turn) -> None:
    """"là sao?" / "what do you mean?" at a step: what the safety question means (the others
    say it in their hint), how to answer, and the question again."""
    if turn.session.step == "safe":
        turn.say(turn.t("step_meaning.safe"))
    hint(turn)


def answers_the_open_question(turn: Turn, text: str) -> bool:
    """After a side question, with "carry on?" offered: the message answers the question the
    request was at ("cho tôi" to "who is it for?"), which takes the request up again there."""
    state = turn.session.help
    step = next((s for s in STEPS if s not in state), None)
    if step is None or (step == "where" and "ward" in state):
        return False
    readers = {"safe": lambda t: answers.read_safe(t, places=True),
               "who": answers.read_who, "kind": answers.read_kind}
    value = readers[step](text) if step in readers else None
    if step == "where":
        found = answers.read_ward(text, turn.services.wards)
        value = "ward" if found is not None and found[1] else None
    if not value or value == "skip" or len(text.split()) > 6:
        return False
    turn.session.goto("help", step)
    return True


def is_unfinished(turn: Turn) -> bool:
    """A request was begun and some of its steps are still open."""
    state = turn.session.help
    if not state:   # asked, nothing answered yet: still under way while its question stands
        return turn.session.flow == "help" and turn.session.step in ASK
    return any(s not in state for s in STEPS if s != "where") or (
        "ward" not in state and "where" not in state)


def offer_resume(turn: Turn) -> None:
    turn.say(turn.t("resume_q"), (Button(turn.t("resume_yes"), "h:resume"),
                                  Button(turn.t("resume_no"), "menu")))


def set_ward(turn: Turn, ward: str, old_name: str | None) -> None:
    if old_name:
        found = turn.services.wards.get(ward)
        turn.say(turn.t("ward_old_name", old=old_name,
                        new=found.label_in(turn.lang) if found else ward))
    turn.session.help["ward"] = ward
    turn.services.counter.update(turn, ward=ward)
    step = turn.session.step
    if step in ASK and step not in ("where", "confirm_ward") and not old_name:
        turn.say(turn.t("help_noted"))  # a ward typed at the safety question: kept, said so
    ask_next(turn)


def on_location(turn: Turn, location: Location) -> None:
    if outside_province(turn, location, ()):
        turn.session.help["where"] = "outside"
        finish(turn)
        return
    turn.session.help["where"] = "location"
    turn.say(turn.t("location_thanks"))
    if (unit := turn.services.wards.nearest(location.lat, location.lon)) is not None:
        turn.session.help["ward"] = unit[0].name  # the unit's name only, never coordinates
    finish(turn, location)


def fitting_hotlines(turn: Turn) -> list[Hotline]:
    """113 first in danger; 111 first for children and trafficking; the women's line; the city's."""
    state = turn.session.help
    settings = turn.services.settings
    ids: list[str] = []
    if state.get("safe") == "no":
        ids += ["police", "ambulance"]
    if state.get("who") == "child" or state.get("kind") in ("child_abuse", "trafficking"):
        ids.insert(0, "national")
    ids += ["national", "women", "city_social_work"]
    known = {h.id: h for h in settings.hotlines}
    return [known[i] for i in dict.fromkeys(ids) if i in known]


def finish(turn: Turn, location: Location | None = None) -> None:
    state = turn.session.help
    near = turn.session.near
    if location is None and state.get("where") == "near" and "lat" in near and "lon" in near:
        location = Location(float(near["lat"]), float(near["lon"]))
    kind = state.get("kind") if state.get("kind") in KIND_CHOICES else None
    if kind is None and state.get("who") == "child":
        kind = "child_abuse"
    wanted = SERVICES_FOR_KIND.get(kind or "", ())
    found = _providers(turn, location, wanted)
    if (asked := state.get("service")) is not None:
        # the kind of help asked for in words ("em cần chỗ tạm lánh") first, then the rest
        first = [f for f in _providers(turn, location, (asked,)) if asked in f.provider.services]
        found = (first + [f for f in found if f.provider.id not in
                          {g.provider.id for g in first}])[:4]
    hotlines = fitting_hotlines(turn)
    turn.say(f"{turn.t('help_result_title')}\n{hotline_lines(hotlines, turn.lang)}",
             tuple(phone_button(turn.lang, h) for h in hotlines[:3]))
    if found:
        ward = state.get("ward")
        turn.session.near = ({"lat": round(location.lat, 2), "lon": round(location.lon, 2)}
                             if location else {"ward": ward} if ward else {})
        say_providers(turn, None, found)
    points = _kind_points(turn, kind or "unknown")
    if points:
        turn.say(f"{turn.t('help_safety_title')}\n{bullet(points.lines[turn.lang])}")
    turn.services.counter.update(turn, providers_shown=len(found), **row_fields(state, turn.session.writer))
    pathways.offer_after_request(turn)  # issue 14: danger check, safety plan, the fitting guide
    turn.say(turn.t("help_done"),
             handoff.offer(turn) + menu_buttons(turn.services.content, turn.lang))
    turn.session.goto(None)
    followup.offer(turn)


def _kind_points(turn: Turn, kind: str) -> SafetyText | None:
    """The kind's closing points, said to the right person: of the one helped when the request
    is for someone else, of a child to an adult, to a child of their own case (safety.yml
    `kind_variants`); the kind's own points otherwise."""
    points = turn.services.content.kind_points
    who = turn.session.help.get("who")
    child_writer = turn.session.writer == "child"
    own = who in (None, "self", "child")   # (a child's own case is recorded as "child")
    if child_writer and own:
        variant = f"{kind}_child_self"
    elif child_writer and kind not in ("online", "trafficking"):
        # a child of someone else's case ("em gái em bị ba đánh", "nhỏ bạn em"): a trusted
        # adult and 111, never an adult's steps
        variant = "child_abuse_child_other"
    elif who == "child" and kind == "sexual":
        variant = "sexual_child"
    elif who == "child" and kind not in ("online", "trafficking"):
        # an adult asking for a child hit, scolded or neglected: the child's case (111, listen,
        # the school), never the adult's own points ("agree a signal with a neighbour")
        variant = "child_abuse"
    elif who in ("other", "child"):
        variant = f"{kind}_other"
    elif kind == "sexual" and turn.session.pathway.get("fits") == "work":
        # harassment at work told ("đồng nghiệp nhắn tin gạ gẫm", "sếp sờ soạng"): its own points,
        # never the care after a rape (PEP, emergency contraception)
        variant = "sexual_harassment"
    else:
        variant = kind
    if child_writer and own and variant not in points and \
            kind not in ("online", "trafficking"):   # (their own points fit a child too)
        # a child of their own case, of a kind with no child's words ("physical", "online"):
        # the child's points (a trusted adult, 111), never the adult's ("agree a signal with
        # a neighbour", "ask about a no-contact order")
        variant = "child_abuse_child_self"
    return points.get(variant) or points.get(kind)


def _providers(turn: Turn, location: Location | None, wanted: tuple[str, ...]) -> list[Found]:
    directory = turn.services.directory
    ward = turn.session.help.get("ward")
    if turn.session.help.get("where") == "outside":
        return []  # the directory covers the configured province only
    if location is not None:
        found = directory.near(location.lat, location.lon, limit=20)
    elif ward:
        found = directory.in_ward(ward, limit=20)
    else:
        found = directory.city_wide(limit=20)
    if wanted:  # the law's reporting places (the ward's committee, police) fit every kind
        found = [f for f in found
                 if f.provider.reporting_place or set(f.provider.services) & set(wanted)]
    return found[:4]
