"""The danger fallback: what a person gets whenever their turn could not be answered normally.

113 (police), 115 (ambulance) and 111 (national hotline) with call buttons, in the person's
language, from the curated content (`fallback_danger` when the content has it, else a short
apology, `engine_failure`, when it has that, followed by `emergency_first`) and the hotline table
in config. Built without touching any store, so it works whatever failed.
"""

from __future__ import annotations

from typing import Any

from bot.core.messages import Reply
from bot.core.render import phone_button

HOTLINES = ("police", "ambulance", "national")


def _text(content: Any, lang: str, key: str) -> str | None:
    try:
        return str(content.t(lang, key))
    except (KeyError, AttributeError):
        return None


def danger_fallback(content: Any, settings: Any, lang: str | None) -> list[Reply]:
    lang = lang if lang in ("vi", "en") else settings.default_language
    text = _text(content, lang, "fallback_danger")
    if text is None:
        apology = _text(content, lang, "engine_failure")
        first = _text(content, lang, "emergency_first") or ""
        text = f"{apology}\n{first}" if apology else first
    numbers = [settings.hotline(h).number for h in HOTLINES]
    if not all(n in text for n in numbers):   # the content must never lose a number here
        text = "\n".join([text, *(f"{settings.hotline(h).number}: {settings.hotline(h).label[lang]}"
                                  for h in HOTLINES)]).strip()
    return [Reply(text, tuple(phone_button(lang, settings.hotline(h)) for h in HOTLINES),
                  language=lang)]
