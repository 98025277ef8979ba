"""Turning content and directory entries into `Reply` objects in the person's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.config import Hotline
from bot.core.messages import Button, Reply
from bot.knowledge.content import Content
from bot.knowledge.providers import Found, Provider

MENU_ITEMS = ("help", "numbers", "near", "learn", "other", "privacy", "language")


def menu_buttons(content: Content, lang: str) -> tuple[Button, ...]:
    return tuple(Button(content.t(lang, f"menu.{item}"), f"m:{item}") for item in MENU_ITEMS)


def menu_reply(content: Content, lang: str, text: str | None = None) -> Reply:
    return Reply(text or content.t(lang, "menu_prompt"), menu_buttons(content, lang))


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


def provider_card(content: Content, lang: str, found: Found) -> str:
    """Name, services, address (never for confidential places), phone, hours, map, last check."""
    p: Provider = found.provider
    t = content.t
    field_names = {k: t(lang, f"field_names.{k}") for k in ("address", "phones", "hours")}
    services = ", ".join(t(lang, f"services.{s}") for s in p.services)
    lines = [p.text(p.name, lang), f"{t(lang, 'provider_services')}: {services}"]
    if p.description:
        lines.append(p.text(p.description, lang))
    address = p.public_address()
    if p.confidential:
        lines.append(t(lang, "provider_address_hidden"))
    elif address:
        lines.append(f"{t(lang, 'provider_address')}: {address}")
    phones = ", ".join(p.phones) if p.phones else t(lang, "provider_no_phone")
    lines.append(f"{t(lang, 'provider_phone')}: {phones}")
    hours = p.text(p.hours, lang) if p.hours else t(lang, "provider_hours_unknown")
    lines.append(f"{t(lang, 'provider_hours')}: {hours}")
    location = p.public_location()
    if location:
        approx = f" ({t(lang, 'provider_approx')})" if location.approximate_km else ""
        lines.append(f"{t(lang, 'provider_map')}: {map_link(location.lat, location.lon)}{approx}")
    if found.distance_km is not None:
        lines.append(t(lang, "provider_distance", km=f"{found.distance_km:.1f}"))
    if p.verified_on:
        date = p.verified_on.strftime("%d/%m/%Y") if lang == "vi" else p.verified_on.isoformat()
        lines.append(f"{t(lang, 'provider_verified')}: {date}")
    pending = [field_names[f] for f in p.unverified if f in field_names]
    if pending:
        lines.append(f"{t(lang, 'provider_unverified')}: {', '.join(pending)}")
    return "\n".join(lines)


def map_link(lat: float, lon: float) -> str:
    return f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=16/{lat:.5f}/{lon:.5f}"


def provider_buttons(lang: str, found: Sequence[Found]) -> tuple[Button, ...]:
    """One tap to call each provider's number (deduplicated), where the channel can dial."""
    seen: list[str] = []
    for f in found:
        for number in f.provider.phones:
            if number not in seen:
                seen.append(number)
    verb = "Gọi" if lang == "vi" else "Call"
    return tuple(Button(f"{verb} {n}", f"tel:{n.replace(' ', '')}", kind="phone",
                        value=n.replace(" ", "")) for n in seen)
