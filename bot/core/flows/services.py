"""Services near me: by shared location (nearest first) or by ward/commune, filterable by service.

A shared location is used for this turn; only a ~1 km rounding of it stays in the session (for
the filter buttons) and it expires with the session.
"""

from __future__ import annotations

import re

from bot.core import ordinals
from bot.core.answers import forms
from bot.core.messages import Button, Location
from bot.core.render import detail_replies, menu_reply, provider_reply
from bot.core.turn import Turn
from bot.knowledge.providers import SERVICES, Found
from bot.knowledge.provinces import ProvinceMatch
from bot.knowledge.wards import WardMatch
from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened

# Words that name a kind of service in a request ("tư vấn pháp lý ở Ninh Kiều", "legal help near"),
# matched on folded text, so the list can start filtered.
SERVICE_WORDS = {
    "shelter": r"tam lanh|tru an|cho o tam|cho o|cho tru|lanh nan|cho ngu|noi ngu|ngu tam|o nho|"
               r"noi o tam|(cho|noi) \w+( \w+)? o tam|o tam (vai|may|mot) (dem|bua|ngay)|"
               r"nha binh yen|dia chi tin cay|shelter|safe house|place to stay|somewhere to stay|"
               r"where to stay|somewhere to sleep|place to sleep|a bed|refuge",
    "legal_aid": r"phap ly|luat su|tro giup phap ly|legal|lawyer|attorney",
    "health": r"benh vien|y te|bac si|kham benh|phong kham|tram xa|tram y te|hospital|doctor|clinic|"
              r"medical|health",
    "counselling": r"tu van|tam ly|counsel|therap|someone to talk",
    "police": r"cong an|canh sat|police",
    "social_work": r"cong tac xa hoi|social work",
}
_SERVICE_PATTERNS = {k: re.compile(rf"\b({v})") for k, v in SERVICE_WORDS.items()}
# Any service word at all: most messages have none, and are answered by one screened search
_ANY_SERVICE = screened("|".join(rf"\b({v})" for v in SERVICE_WORDS.values()))
_CA_TYPED = screened(r"(?<!\w)ca (phường|phuong|xã|xa|quận|quan|huyện|huyen)(?!\w)")


# A service named only to refuse it ("em sợ công an", "không muốn đến bệnh viện", "no police"):
# never the filter the list starts with.
_REFUSED = re.compile(
    # ("số công an" is the police's number: "sợ" only after who is afraid)
    r"(?<!cho )(?<!xin )(?<!hoi )(?<!gui )(?<!dua )(?<!tim )(?<!lay )(?<!giup )(?<!kiem )(?<!biet )"
    r"\b((toi|em|minh|tui|rat|dang|van|cung|that su) (so|ngai)|khong tin|"
    r"(khong|ko|hong|chua|chang) (muon|dam|thich|can)( phai)?|khong nen|"
    r"tru|ngoai|khong phai|afraid of|scared of|(do not|dont|don't) (want|wanna|trust)( to)?|"
    r"rather not|not|without|except)( (bi|bao|goi|den|toi|gap|vao|di|len|nho|bao cho|go to|"
    r"call|see|involve|the))* (" + "|".join(SERVICE_WORDS.values()) + r")\w*|"
    # English "no police" (never "nó vào bệnh viện": "no" straight before the service only)
    r"\bno (police|cops|hospital|doctor|lawyer)\w*")


def service_in(text: str) -> str | None:
    """The one kind of service a sentence names, or None (none, or several). Read with chat
    shorthand spelled out too ("bv" is bệnh viện, "ca phường" công an phường); a service
    named to refuse it ("em sợ công an") is not asked for."""
    raw = {fold(text), *forms(text)}
    if not any(_ANY_SERVICE.search(r) for r in raw) and not _CA_TYPED.search(text.casefold()):
        return None
    # (refused in one reading is refused: "đừng" is read "khong nen" only with its marks)
    refused = {k for r in raw for m in _REFUSED.finditer(r)
               for k, pattern in _SERVICE_PATTERNS.items() if pattern.search(m.group())}
    readings = {_REFUSED.sub(" ", r) for r in raw}
    named = [k for k, pattern in _SERVICE_PATTERNS.items()
             if k not in refused and any(pattern.search(r) for r in readings)]
    if not named and _CA_TYPED.search(text.casefold()) and \
            not _REFUSED.search(_CA_TYPED.sub("cong an", fold(text))):
        named = ["police"]   # "ca phường" typed bare: công an; "cả phường" is the whole ward
    return named[0] if len(named) == 1 else None


_ALL = re.compile(r"^((xem|coi|cho (em|toi|minh) xem|show( me)?) )?(tat ca|het|tat het|het luon|all|everything|"
                  r"all of them|any)( (dich vu|services|cac loai|loai|noi|cho))?( (di|nha|nhe|luon|a))*$")
# Another place wanted where a list was shown ("phường khác", "đổi phường", "xem xã khác",
# "another ward"): the place asked again, never a goodbye
_OTHER_WARD = re.compile(r"^((cho (em|toi|minh) )?(xem|tim|doi|chon|o|den) )?(phuong|xa|khu vuc|quan|huyen)"
                         r" (khac|moi)( (di|nha|nhe|duoc khong|dc ko))*$|"
                         r"^(doi|chon lai|tim lai|doi lai) (phuong|xa|khu vuc|dia diem|noi|cho)( khac)?"
                         r"( (di|nha|nhe))*$|^((show me |try |search )?(another|a different|other) "
                         r"(ward|commune|area|place|district))$|^change (the )?(ward|place|area|commune)$")
# The "more and details" button, typed; or a card's number ("2", "số 2"): its details are there.
_MORE = re.compile(r"^((xem|cho xem|cho (toi|em|minh) xem) )?(them|tiep|chi tiet|them va chi tiet|"
                   r"them chi tiet|dia chi|so dien thoai)( (di|nha|nhe|a|voi))?$|"
                   r"^((show|see|tell me) )?(more|details|more details|more and details|"
                   r"the details|addresses?|phone numbers?)$|^(so |#|number )?[1-9]$")
# "Any other places?" where the list was shown ("còn chỗ nào nữa ko", "nơi khác", "anywhere
# else"): the rest of the list and the details, as "more" gives, not a new search.
_OTHERS = re.compile(r"^((ko con|khong con|hong con|con|co|con co) )?((cho|noi|dia chi|dich vu|gi) )?"
                     r"(nao )?(khac|nua)( (khong|ko|k|hong|hok|ha|a|nua|ne|vay|the|ban|ad|admin|"
                     r"di|nha|nhe|voi|duoc khong|dc ko|dc khong))*$|"
                     r"^((are there|is there|got|show me|give me|tell me) )?(any ?(others?|more)|"
                     r"others?|more|other ones)( (places?|ones?|services?|options?|addresses?))?"
                     r"( (near me|nearby))?$|"
                     r"^((is there|are there) )?(anywhere|anything|what|where) else"
                     r"( (near me|nearby|can i go|could i go|can i get help|is there))?$")


# The list is too far ("xa quá", "gần hơn đc ko", "too far"): it is already the nearest known.
_TOO_FAR = re.compile(r"^(xa (qua|lam|the|vay|wa|qua troi)|qua xa|hoi xa|xa xiu|"
                      r"(co )?(cho|noi) (nao )?gan hon( (di|duoc khong|dc ko|dc khong|khong|ko|nua))*|"
                      r"gan hon( (di|duoc khong|dc ko|dc khong|khong|ko|nua|duoc|dc))*|"
                      r"(it'?s |that'?s )?(too|so) far( away)?|"
                      r"(is there |are there )?(anything|something|somewhere|anywhere) (closer|nearer)|"
                      r"closer( ones?)?|nearer( ones?)?)$")


def says_too_far(text: str) -> bool:
    return bool(_TOO_FAR.match(fold(text).strip(" .!?")))


def too_far(turn: Turn) -> None:
    """The nearest places known were shown: said so, with help by phone and another place."""
    turn.say(turn.t("services_far"), where_buttons(turn, "s"))


def asks_for_more(text: str) -> bool:
    """"còn chỗ nào khác ko", "xem thêm", "any others?": the rest of the list last shown."""
    words = fold(text).strip(" .!?")
    return bool(_MORE.match(words) or _OTHERS.match(words))


def on_results_text(turn: Turn, text: str) -> bool:
    """A kind of service typed where the list asks for one ("y tế", "công an", "tất cả"): the
    same list, filtered, as the buttons give; "xem thêm" or a card's number: the details, as
    the "more" button gives. False when the text is none of these."""
    words = fold(text).strip(" .!?")
    if says_too_far(text) and turn.session.near:
        too_far(turn)
        return True
    if _OTHER_WARD.match(words):
        turn.session.near = {}   # "phường khác", "another ward": where, asked again (same kind)
        begin(turn, turn.session.service)
        return True
    if (_MORE.match(words) or _OTHERS.match(words) or ordinals.position(text) is not None) \
            and turn.session.near.get("ids"):
        show_more(turn, ordinals.position(text))
        return True
    if _ALL.match(words) or (words == "tat" and "tất" in text.casefold()):   # ("tắt": switch off)
        turn.session.service = None
    elif (service := service_in(text)) is not None and len(words.split()) <= 6:
        turn.session.service = service
    else:
        return False
    rerun(turn)
    return True


def begin(turn: Turn, service: str | None = None) -> None:
    """Where to look, asked; a kind of service asked for after a place was given in this
    conversation ("ninh kieu", then "có nhà tạm lánh không") is looked for there at once."""
    turn.session.goto("services", "where")
    turn.session.service = service
    near = turn.session.near
    said = turn.inbound.text or ""
    if service is not None and (("ward" in near and turn.services.wards.get(near["ward"])) or
                                "lat" in near) and \
            not (said and (turn.services.wards.candidates(said) or _ANOTHER_PLACE.search(fold(said)))):
        rerun(turn)
        return
    if said and len(found := turn.services.wards.candidates(said)) > 1:
        offer_choice(turn, "s", found)   # "em ở xã phú hữu, huyện long phú": which one
        return
    turn.say(turn.t("services_q"), where_buttons(turn, "s"), request_location=True)


# Another place said with the kind of service ("gần nhà ngoại e", "e đang ở nhà mẹ"): asked again
_ANOTHER_PLACE = re.compile(r"\b(gan|o|tai|near|in|at) (nha|cho|khu|phuong|xa|ben|my|the|our)\b|"
                            r"\b(nha (ngoai|noi|me|ba|ban|chi|anh))\b")


def where_buttons(turn: Turn, prefix: str) -> tuple[Button, ...]:
    return (Button(turn.t("share_location"), f"{prefix}:loc"),
            Button(turn.t("pick_ward"), f"{prefix}:ward"),
            Button(turn.t("back_to_menu"), "menu"))


# More units than this are not offered as buttons (Telegram allows 100 per keyboard, Zalo 5, and
# a list of 103 fits no phone screen): the person types the name instead, which works for all.
MAX_WARD_BUTTONS = 12


def ward_picker(turn: Turn, prefix: str, tail: tuple[Button, ...] | None = None) -> None:
    """The province's units as buttons when there are few, else a request to type the name."""
    wards = turn.services.wards.wards
    tail = tail if tail is not None else (Button(turn.t("skip"), f"{prefix}:skip"),)
    if len(wards) <= MAX_WARD_BUTTONS:
        turn.say(turn.t("ward_pick_q"),
                 tuple(Button(w.name, f"{prefix}:w:{w.name}") for w in wards) + tail)
        return
    examples = ", ".join(w.name for w in wards[:3])
    turn.say(turn.t("ward_type_q", examples=examples), tail)


def on_payload(turn: Turn, action: str, arg: str) -> None:
    if action == "loc":
        turn.session.goto("services", "where")
        turn.say(turn.t("services_q"), where_buttons(turn, "s"), request_location=True)
    elif action == "ward":
        turn.session.goto("services", "where")
        ward_picker(turn, "s")
    elif action == "w":
        ward = turn.services.wards.get(arg)
        if ward is None:
            turn.say(turn.t("ward_unknown", text=arg), where_buttons(turn, "s"))
            return
        show_ward(turn, WardMatch(ward, None))
    elif action == "more":
        show_more(turn)
    elif action == "f":
        turn.session.service = None if arg == "all" else arg if arg in SERVICES else None
        rerun(turn)
    else:  # "skip" or anything stale: city-wide list
        show_city(turn)


def outside_province(turn: Turn, location: Location, buttons: tuple[Button, ...]) -> bool:
    """A location outside the configured province: say so honestly (the national numbers work
    everywhere); True when it was outside."""
    wards = turn.services.wards
    if not wards.has_centroids or wards.nearest(location.lat, location.lon) is not None:
        return False
    turn.say(turn.t("location_outside"), buttons)
    return True


def province_answer(turn: Turn, place: ProvinceMatch) -> str:
    """A province named where a ward was asked: "merged" (a former province now inside the city:
    its note is said, the ward still asked), "city" (the city itself) or "outside" (said
    honestly: the directory covers the city only, the national numbers work everywhere)."""
    wards = turn.services.wards
    if wards.province_code is not None and place.code == wards.province_code:
        if place.former:
            turn.say(turn.t("place_merged", old=place.typed, new=place.name))
            return "merged"
        return "city"
    named = turn.t("place_now_in", old=place.typed, new=place.name) if place.former else place.name
    turn.say(turn.t("place_outside", place=named))
    return "outside"


def on_province(turn: Turn, place: ProvinceMatch) -> None:
    """The services flow's answer to a province named: the question again with the merger's
    note, the city-wide list, or the honest outside answer and the menu."""
    answer = province_answer(turn, place)
    if answer == "merged":
        begin(turn, turn.session.service)
    elif answer == "city":
        show_city(turn)
    else:
        turn.session.goto(None)
        turn.session.near = {}
        turn.replies.append(menu_reply(turn.services.content, turn.lang))


def offer_choice(turn: Turn, prefix: str, matches: list[WardMatch], skip: str = "s:skip") -> None:
    """Several units fit what was typed: a short choice, never a guess."""
    turn.say(turn.t("ward_choose_q"),
             tuple(Button(m.choice_label, f"{prefix}:w:{m.ward.name}") for m in matches[:8])
             + (Button(turn.t("skip"), skip),))


def offer_close(turn: Turn, prefix: str, matches: list[WardMatch], skip: str = "s:skip") -> None:
    """A name typed with a slip ("ninh kìu"): the units it may mean, to tap, never a guess."""
    turn.say(turn.t("ward_close_q"),
             tuple(Button(m.ward.label, f"{prefix}:w:{m.ward.name}") for m in matches)
             + (Button(turn.t("skip"), skip),))


def choose_if_several(turn: Turn, text: str) -> bool:
    """A typed name that fits several units (an old name, an old district): offer the choice."""
    found = turn.services.wards.candidates(text)
    if len(found) > 1:
        offer_choice(turn, "s", found)
    return len(found) > 1


def on_location(turn: Turn, location: Location) -> None:
    if outside_province(turn, location, where_buttons(turn, "s")):
        return
    turn.session.near = {"lat": round(location.lat, 2), "lon": round(location.lon, 2)}
    turn.say(turn.t("location_thanks"))
    if (unit := turn.services.wards.nearest(location.lat, location.lon)) is not None:
        turn.services.counter.update(turn, ward=unit[0].name)  # the unit's name, never coordinates
    found = turn.services.directory.near(location.lat, location.lon, turn.session.service)
    _show(turn, turn.t("services_found_near"), found)


def on_ward_text(turn: Turn, text: str) -> bool:
    """Try a typed answer as a ward name; True when it was one."""
    found = turn.services.wards.candidates(text)
    if len(found) > 1:
        offer_choice(turn, "s", found)
    elif found:
        show_ward(turn, found[0])
    return bool(found)


def show_ward(turn: Turn, match: WardMatch) -> None:
    ward = match.ward
    if match.old_name:
        turn.say(turn.t("ward_old_name", old=match.old_name, new=ward.label_in(turn.lang)))
    turn.session.near = {"ward": ward.name}
    turn.services.counter.update(turn, ward=ward.name)
    found = turn.services.directory.in_ward(ward.name, turn.session.service)
    _show(turn, turn.t("services_found_ward", ward=ward.label_in(turn.lang)), found)


def show_city(turn: Turn) -> None:
    turn.session.near = {}
    found = turn.services.directory.city_wide(turn.session.service)
    _show(turn, turn.t("services_found_city"), found)


def rerun(turn: Turn) -> None:
    near = turn.session.near
    if "ward" in near:
        ward = turn.services.wards.get(near["ward"])
        if ward is not None:
            show_ward(turn, WardMatch(ward, None))
            return
    if "lat" in near:
        found = turn.services.directory.near(near["lat"], near["lon"], turn.session.service)
        _show(turn, turn.t("services_found_near"), found)
        return
    show_city(turn)


def _show(turn: Turn, title: str, found: list[Found]) -> None:
    turn.session.goto("services", "results")
    if not found:
        turn.say(turn.t("services_none"))
    else:
        say_providers(turn, title, found)
        turn.services.counter.update(turn, providers_shown=len(found))
    filters = tuple(Button(turn.t(f"services.{s}"), f"s:f:{s}") for s in SERVICES)
    turn.say(turn.t("services_filter_q"),
             (Button(turn.t("services_all"), "s:f:all"), *filters,
              Button(turn.t("back_to_menu"), "menu")))
    if found:
        from bot.core.flows import followup

        followup.offer(turn)


def say_providers(turn: Turn, title: str | None, found: list[Found]) -> None:
    """The nearest (or best) cards that fit a phone, with "more" for the rest and the details;
    the shown ids stay in the session (expiring with it) so "more" shows the same list."""
    turn.session.near = {**turn.session.near, "ids": [f.provider.id for f in found]}
    turn.cards_shown = True
    if title:  # its own bubble, without buttons: on Telegram it also lifts the location keyboard
        turn.say(title)
    reply = provider_reply(turn.services.content, turn.lang, None, found, "s:more")
    turn.say(reply.text, reply.buttons)


def show_more(turn: Turn, only: int | None = None) -> None:
    """Details of every provider last shown, in bubbles that fit a phone; `only`: the one card
    of that number ("2" under the list: the second place's details, not all of them)."""
    ids = turn.session.near.get("ids") or []
    by_id = {p.id: p for p in turn.services.directory.providers}
    found = [Found(by_id[i]) for i in ids if i in by_id]
    if not found:
        show_city(turn)
        return
    near = turn.session.near
    directory = turn.services.directory
    again = None  # the same search again: distances, and the unit the ward's offices are named after
    if "lat" in near:
        again = directory.near(near["lat"], near["lon"], limit=len(by_id))
    elif "ward" in near:
        again = directory.in_ward(near["ward"], limit=len(by_id))
    if again is not None:
        found = [f for f in again if f.provider.id in ids]
        found.sort(key=lambda f: ids.index(f.provider.id))
    if only is not None and 1 <= only <= len(found):
        found = [found[only - 1]]
    for i, reply in enumerate(detail_replies(turn.services.content, turn.lang, found)):
        text = f"{turn.t('provider_details_title')}\n\n{reply.text}" if i == 0 else reply.text
        turn.say(text, reply.buttons)
