"""The two value types every channel speaks: what a person sent (`Inbound`) and what the bot says
(`Reply`).

They carry no platform detail, so the engine never learns which messenger a person uses beyond the
channel's name (which the anonymous logbook counts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ButtonKind = Literal["choice", "phone", "url"]


@dataclass(frozen=True, slots=True)
class Location:
    """A point a person shared. It is used once to rank providers and never stored."""

    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Inbound:
    """One event from a person.

    `user` is the channel's own opaque id. It keys the short-lived session and nothing else: the
    engine never logs it and the logbook never sees it.
    Exactly one of `text`, `payload`, `location` or `command` is normally set.
    """

    channel: str
    user: str
    text: str | None = None
    payload: str | None = None
    location: Location | None = None
    command: str | None = None
    language_hint: str | None = None

    @property
    def kind(self) -> str:
        if self.command is not None:
            return "command"
        if self.payload is not None:
            return "payload"
        if self.location is not None:
            return "location"
        return "text"


@dataclass(frozen=True, slots=True)
class Button:
    """A choice offered to the person.

    `kind` lets a channel use the platform's best widget: a `phone` button dials `value` (Zalo's
    oa.open.phone, a tel: link on the web); a `url` button opens `value`. Channels that have no
    such widget show the label and value as text. `payload` is what comes back when a `choice`
    button is pressed.
    """

    label: str
    payload: str
    kind: ButtonKind = "choice"
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """One message from the bot.

    `forget` asks the channel to erase what it can of this conversation (quick exit): Telegram
    deletes the messages, the web chat drops its cookie and leaves the page. `language` is the
    language the engine wrote it in ("vi" | "en"; None when not known): channels use it rather
    than guess from the words. It is not part of the JSON-lines shape, nor of equality.
    """

    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    request_location: bool = False
    forget: bool = False
    language: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, object]:
        """The JSON-lines shape of DESIGN.md (`label`/`payload` per button)."""
        data: dict[str, object] = {
            "text": self.text,
            "buttons": [_button_json(b) for b in self.buttons],
            "request_location": self.request_location,
        }
        if self.forget:
            data["forget"] = True
        return data


def _button_json(button: Button) -> dict[str, str]:
    data = {"label": button.label, "payload": button.payload}
    if button.kind != "choice":
        data["kind"] = button.kind
        data["value"] = button.value or ""
    return data
