"""Help request, for oneself or someone else:
are you safe now → who it is for → kind of violence → ward or location → what fits.

Every step offers Skip and the menu, so the person is never trapped. The request is counted when
it begins; each answer fills in the same anonymous row.
"""

from __future__ import annotations

from bot.config import Hotline
from bot.core.flows.emergency import danger_replies
from bot.core.messages import Button, Location
from bot.core.render import (
    bullet,
    hotline_lines,
    menu_buttons,
    phone_button,
    provider_buttons,
    provider_card,
)
from bot.core.turn import Turn
from bot.knowledge.providers import Found
from bot.logbook import KINDS

STEPS = ("safe", "who", "kind", "where")
KIND_CHOICES = tuple(k for k in KINDS if k != "unknown")
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


def begin(turn: Turn, for_whom: str | None = None) -> None:
    """Start a request, taking what the person already said (free-text entities) as answers."""
    state: dict = {}
    turn.session.help = state
    turn.session.goto("help", None)
    who = for_whom or turn.entity("for_whom")
    if who:
        state["who"] = who
    if (kind := turn.entity("kind")) in KIND_CHOICES:
        state["kind"] = kind
    if (ward := turn.entity("ward")) and turn.services.wards.get(ward):
        state["ward"] = ward
    turn.services.counter.open(turn, **_row_fields(state))
    ask_next(turn)


def _row_fields(state: dict) -> dict:
    fields: dict = {}
    who = state.get("who")
    if who in ("self", "other"):
        fields["for_whom"] = who
    elif who == "child":
        fields["for_whom"] = "other"
    kind = state.get("kind")
    if kind in KIND_CHOICES:
        fields["kind"] = kind
    elif who == "child" and "kind" in state:
        fields["kind"] = "child_abuse"
    if state.get("ward"):
        fields["ward"] = state["ward"]
    if state.get("safe") == "no":
        fields["urgent"] = 1
    return fields


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


def _skip_menu(turn: Turn, prefix: str) -> tuple[Button, ...]:
    return (Button(turn.t("skip"), f"h:{prefix}:skip"), Button(turn.t("back_to_menu"), "menu"))


def _ask_safe(turn: Turn) -> None:
    about_other = turn.session.help.get("who") in ("other", "child")
    turn.say(turn.t("help_safe_q_other" if about_other else "help_safe_q"),
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


def _ask_where(turn: Turn) -> None:
    turn.say(turn.t("help_where_q"),
             (Button(turn.t("share_location"), "h:loc"), Button(turn.t("pick_ward"), "h:ward"),
              *_skip_menu(turn, "where")), request_location=True)


ASK = {"safe": _ask_safe, "who": _ask_who, "kind": _ask_kind, "where": _ask_where}


def answer(turn: Turn, step: str, value: str) -> None:
    """Record one answer (a button or an understood text) and move on."""
    state = turn.session.help
    if step == "safe":
        state["safe"] = value
        if value == "no":
            danger_replies(turn)
    elif step == "who":
        state["who"] = value if value in ("self", "other", "child") else "skip"
    elif step == "kind":
        state["kind"] = value if value in KIND_CHOICES else "skip"
    elif step == "where":
        state["where"] = "skip"
    turn.services.counter.update(turn, **_row_fields(state))
    ask_next(turn)


def on_payload(turn: Turn, action: str, arg: str) -> None:
    if turn.session.flow != "help":
        turn.session.help = turn.session.help or {}
        turn.session.flow = "help"
    if action in ("safe", "who", "kind", "where"):
        answer(turn, action, arg)
    elif action == "loc":
        _ask_where(turn)
    elif action == "ward":
        turn.say(turn.t("ward_pick_q"),
                 tuple(Button(w.name, f"h:w:{w.name}") for w in turn.services.wards.wards)
                 + _skip_menu(turn, "where"))
    elif action == "w":
        ward = turn.services.wards.get(arg)
        if ward is None:
            _ask_where(turn)
            return
        set_ward(turn, ward.name, None)
    else:
        ask_next(turn)


def on_text(turn: Turn, text: str) -> bool:
    """A typed answer to the current step; False when it answers nothing here."""
    step = turn.session.step
    if step == "where":
        match = turn.services.wards.lookup(text) or turn.services.wards.find_in(text)
        if match is not None:
            set_ward(turn, match.ward.name, match.old_name)
            return True
    intent = turn.understanding.intent if turn.understanding else None
    if step == "safe" and intent in ("affirm", "deny"):
        answer(turn, "safe", "yes" if intent == "affirm" else "no")
        return True
    if step == "who" and (who := turn.entity("for_whom")):
        answer(turn, "who", who)
        return True
    if step == "kind" and (kind := turn.entity("kind")) in KIND_CHOICES:
        answer(turn, "kind", kind)
        return True
    if step in ("who", "kind", "where") and intent == "deny":
        answer(turn, step, "skip")
        return True
    return False


def set_ward(turn: Turn, ward: str, old_name: str | None) -> None:
    if old_name:
        found = turn.services.wards.get(ward)
        turn.say(turn.t("ward_old_name", old=old_name, new=found.label if found else ward))
    turn.session.help["ward"] = ward
    turn.services.counter.update(turn, ward=ward)
    ask_next(turn)


def on_location(turn: Turn, location: Location) -> None:
    turn.session.help["where"] = "location"
    turn.say(turn.t("location_thanks"))
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
    kind = state.get("kind") if state.get("kind") in KIND_CHOICES else None
    if kind is None and state.get("who") == "child":
        kind = "child_abuse"
    wanted = SERVICES_FOR_KIND.get(kind or "", ())
    found = _providers(turn, location, wanted)
    hotlines = fitting_hotlines(turn)
    turn.say(f"{turn.t('help_result_title')}\n{hotline_lines(hotlines, turn.lang)}",
             tuple(phone_button(turn.lang, h) for h in hotlines[:3]))
    if found:
        cards = "\n\n".join(provider_card(turn.services.content, turn.lang, f) for f in found)
        turn.say(cards, provider_buttons(turn.lang, found))
    points = turn.services.content.kind_points.get(kind or "unknown")
    if points:
        turn.say(f"{turn.t('help_safety_title')}\n{bullet(points.lines[turn.lang])}")
    turn.services.counter.update(turn, providers_shown=len(found), **_row_fields(state))
    turn.say(turn.t("help_done"), menu_buttons(turn.services.content, turn.lang))
    turn.session.goto(None)


def _providers(turn: Turn, location: Location | None, wanted: tuple[str, ...]) -> list[Found]:
    directory = turn.services.directory
    ward = turn.session.help.get("ward")
    if location is not None:
        found = directory.near(location.lat, location.lon, limit=20)
    elif ward:
        found = directory.in_ward(ward, limit=20)
    else:
        found = directory.city_wide(limit=20)
    if wanted:
        found = [f for f in found if set(f.provider.services) & set(wanted)]
    return found[:4]
