"""Turning content and directory entries into `Reply` objects in the person's language."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from urllib.parse import quote_plus

from bot.config import Hotline
from bot.core.messages import Button, Reply
from bot.knowledge.content import Content
from bot.knowledge.providers import Found, Provider
from bot.nlu.normalize import fold

MENU_ITEMS = ("help", "numbers", "near", "learn", "pathways", "other", "human", "privacy",
              "language")
MENU_LABELS = {"human": "handoff.menu"}   # a pathway's item keeps its label in its own file


def menu_label(content: Content, lang: str, item: str) -> str:
    """`menu.<item>` of ui.yml, or the label a pathway keeps in its own ui/<item>.yml file
    (`MENU_LABELS`, else `<item>.menu_item`)."""
    if item in MENU_LABELS:
        return content.t(lang, MENU_LABELS[item])
    try:
        return content.t(lang, f"menu.{item}")
    except KeyError:
        return content.t(lang, f"{item}.menu_item")


def menu_buttons(content: Content, lang: str) -> tuple[Button, ...]:
    return tuple(Button(menu_label(content, lang, item), f"m:{item}") for item in MENU_ITEMS)


# Typing "English" is asking for a language, read as such (bot/core/flows/language.py), not a
# press of the toggle, which would switch an English writer to Vietnamese.
_NOT_TYPED = frozenset({"language"})


def typed_menu_item(content: Content, text: str) -> str | None:
    """The menu item whose label, in either language, is the whole of `text` ("số khẩn cấp",
    "Services near me!"): people type what they see on a button, and get what the button
    gives. Compared folded (no diacritics or case), end punctuation ignored."""
    typed = _label_form(text)
    if not typed or len(typed) > 60:
        return None
    return _typed_labels(content).get(typed)


# Each content's labels in their folded form, built once (read on every typed message).
_LABELS: weakref.WeakKeyDictionary[Content, dict[str, str]] = weakref.WeakKeyDictionary()


def _typed_labels(content: Content) -> dict[str, str]:
    known = _LABELS.get(content)
    if known is None:
        known = {}
        for item in MENU_ITEMS:
            if item in _NOT_TYPED:
                continue
            for lang in ("vi", "en"):
                try:
                    known.setdefault(_label_form(menu_label(content, lang, item)), item)
                except KeyError:
                    continue
        _LABELS[content] = known
    return known


def _label_form(text: str) -> str:
    # ("..." typed for the label's "…": the same label)
    return fold(text).replace("...", "…").strip(" .!?,;:…\"'")


label_form = _label_form   # the form typed labels are compared in (bot/core/engine.py)


def menu_reply(content: Content, lang: str, text: str | None = None) -> Reply:
    return Reply(text or content.t(lang, "menu_prompt"), menu_buttons(content, lang), language=lang)


def phone_button(lang: str, hotline: Hotline) -> Button:
    digits = hotline.number.replace(" ", "")
    verb = "Gọi" if lang == "vi" else "Call"
    return Button(f"{verb} {hotline.number}", f"tel:{digits}", kind="phone", value=digits)


def hotline_lines(hotlines: Iterable[Hotline], lang: str) -> str:
    lines = []
    for h in hotlines:
        note = f" ({h.note[lang]})" if lang in h.note else ""
        lines.append(f"• {h.number} – {h.label[lang]}{note}")
    return "\n".join(lines)


def bullet(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


CARDS_SHOWN = 3  # cards in the first answer; the rest and the details behind "more"
BUBBLE_LIMIT = 1100  # characters per provider bubble (every channel shows ~1,200 on one screen)
MARK = "*"  # marks an unverified field; one footnote per reply explains it


def display_name(content: Content, lang: str, found: Found) -> str:
    """The name shown: a per-unit office ("UBND {unit}") named after the searched unit, or
    "your ward or commune" when none is known."""
    return found.name(lang, content.t(lang, "provider_your_unit"))


def provider_card(content: Content, lang: str, found: Found, number: int | None = None) -> str:
    """A card that fits a phone (≤ ~300 characters): name, distance, what it offers, phone.
    Unverified fields carry MARK; `provider_footnote` explains it once per reply."""
    p: Provider = found.provider
    t = content.t
    services = ", ".join(t(lang, f"services.{s}") for s in p.services)
    name = display_name(content, lang, found)
    head = f"{number}. {name}" if number is not None else name
    lines = [head]
    if found.distance_km is not None:
        approx = "~" if p.location and p.location.approximate_km else ""
        lines.append(t(lang, "provider_distance", km=f"{approx}{found.distance_km:.1f}"))
    lines.append(f"{t(lang, 'provider_services')}: {services}")
    if p.phones:
        mark = MARK if "phones" in p.unverified else ""
        lines.append(f"{t(lang, 'provider_phone')}: {p.phones[0]}{mark}")
    else:
        lines.append(f"{t(lang, 'provider_phone')}: {t(lang, 'provider_no_phone')}")
    return "\n".join(lines)


def provider_details(content: Content, lang: str, found: Found) -> str:
    """Everything shown about one provider: services, description, address (never for
    confidential places), phones, hours, distance, last check; unverified fields carry MARK."""
    p: Provider = found.provider
    t = content.t

    def mark(field: str) -> str:
        return MARK if field in p.unverified else ""

    services = ", ".join(t(lang, f"services.{s}") for s in p.services)
    lines = [display_name(content, lang, found), f"{t(lang, 'provider_services')}: {services}"]
    if p.description:
        lines.append(p.text(p.description, lang))
    address = p.public_address()
    if p.confidential:
        lines.append(t(lang, "provider_address_hidden"))
    elif address:
        lines.append(f"{t(lang, 'provider_address')}: {address}{mark('address')}")
    phones = ", ".join(p.phones) + mark("phones") if p.phones else t(lang, "provider_no_phone")
    lines.append(f"{t(lang, 'provider_phone')}: {phones}")
    hours = p.text(p.hours, lang) + mark("hours") if p.hours else t(lang, "provider_hours_unknown")
    lines.append(f"{t(lang, 'provider_hours')}: {hours}")
    location = p.public_location()
    if found.distance_km is not None:
        approx = "~" if location and location.approximate_km else ""
        lines.append(t(lang, "provider_distance", km=f"{approx}{found.distance_km:.1f}"))
    elif location and location.approximate_km:
        lines.append(t(lang, "provider_approx"))
    if p.verified_on:
        date = p.verified_on.strftime("%d/%m/%Y") if lang == "vi" else p.verified_on.isoformat()
        lines.append(f"{t(lang, 'provider_verified')}: {date}")
    return "\n".join(lines)


def has_unverified(found: Sequence[Found], compact: bool = True) -> bool:
    """Whether any shown field of these providers carries MARK."""
    fields = {"phones"} if compact else {"address", "phones", "hours"}
    return any(set(f.provider.unverified) & fields for f in found)


def provider_footnote(content: Content, lang: str) -> str:
    return content.t(lang, "provider_unverified_note", mark=MARK)


def map_link(lat: float, lon: float) -> str:
    return f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=16/{lat:.5f}/{lon:.5f}"


def map_search_link(query: str) -> str:
    """A map search for a named place (Google Maps URLs, `api=1`): the ward's People's
    Committee and police have no sourced address, but their names find them."""
    return "https://www.google.com/maps/search/?api=1&query=" + quote_plus(query)


def map_button(content: Content, lang: str, found: Found, number: int | None = None) -> Button | None:
    """The provider's map pin as a URL button (never for confidential places); for the ward's
    own offices, a map search for their name."""
    location = found.provider.public_location()
    query = found.map_query()
    if location is None and query is None:
        return None
    label = content.t(lang, "provider_map_button", n=number if number is not None else "").strip()
    link = map_link(location.lat, location.lon) if location else map_search_link(query or "")
    return Button(label, link, kind="url", value=link)


def provider_buttons(lang: str, found: Sequence[Found]) -> tuple[Button, ...]:
    """One call button per provider (its first number, deduplicated), where the channel can dial."""
    seen: list[str] = []
    for f in found:
        if f.provider.phones and f.provider.phones[0] not in seen:
            seen.append(f.provider.phones[0])
    verb = "Gọi" if lang == "vi" else "Call"
    return tuple(Button(f"{verb} {n}", f"tel:{n.replace(' ', '')}", kind="phone",
                        value=n.replace(" ", "")) for n in seen)


def provider_reply(content: Content, lang: str, title: str | None, found: Sequence[Found],
                   more_payload: str | None) -> Reply:
    """The first answer: the CARDS_SHOWN nearest (or best) cards, one call button each, a map
    button each, and "more" for the rest and the details."""
    shown = list(found[:CARDS_SHOWN])
    cards = [provider_card(content, lang, f, i) for i, f in enumerate(shown, start=1)]
    parts = ([title] if title else []) + ["\n\n".join(cards)]
    if has_unverified(shown):
        parts.append(provider_footnote(content, lang))
    more = (Button(content.t(lang, "provider_more"), more_payload),) if more_payload else ()
    maps = tuple(b for i, f in enumerate(shown, start=1)
                 if (b := map_button(content, lang, f, i)) is not None)
    # Calls first, then "more", then maps: a channel with few button slots (Zalo: 5) keeps these.
    return Reply("\n\n".join(parts), provider_buttons(lang, shown) + more + maps, language=lang)


def detail_replies(content: Content, lang: str, found: Sequence[Found]) -> list[Reply]:
    """Every provider's details, grouped into bubbles of at most BUBBLE_LIMIT characters, each
    with its call and map buttons and the unverified footnote once."""
    replies: list[Reply] = []
    group: list[tuple[Found, str]] = []

    def flush() -> None:
        if not group:
            return
        items = [f for f, _ in group]
        text = "\n\n".join(card for _, card in group)
        if has_unverified(items, compact=False):
            text += "\n\n" + provider_footnote(content, lang)
        maps = tuple(b for f in items if (b := map_button(content, lang, f)) is not None)
        if len(maps) > 1:
            maps = tuple(b for f in items
                         if (b := map_button(content, lang, f, _short(content, f, lang))) is not None)
        replies.append(Reply(text, provider_buttons(lang, items) + maps, language=lang))
        group.clear()

    footnote = len(provider_footnote(content, lang)) + 2
    for f in found:
        card = provider_details(content, lang, f)
        size = sum(len(c) + 2 for _, c in group) + len(card) + footnote
        if group and size > BUBBLE_LIMIT:
            flush()
        group.append((f, card))
    flush()
    return replies


def _short(content: Content, found: Found, lang: str) -> str:
    name = display_name(content, lang, found)
    return name if len(name) <= 18 else name[:17].rstrip() + "…"
