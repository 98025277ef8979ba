"""What a help request's answers so far give the logbook. Apart from help_request.py because
the emergency flow opens the same row and the help flow builds on the emergency flow."""

from __future__ import annotations

from bot.logbook import KINDS

KIND_CHOICES = tuple(k for k in KINDS if k != "unknown")


def row_fields(state: dict, writer: str | None = None) -> dict:
    """The logbook fields the answers so far give. A child telling of their own home is counted
    as asking for themselves, with the kind the logbook keeps for violence against children."""
    fields: dict = {}
    who = state.get("who")
    if who == "self":
        fields["for_whom"] = "self"
    elif who in ("other", "child"):
        fields["for_whom"] = "other"
    kind = state.get("kind")
    if kind in KIND_CHOICES:
        fields["kind"] = kind
    elif who == "child" and "kind" in state:
        fields["kind"] = "child_abuse"
    if writer == "child":  # a child's own home, or a child friend: violence against children
        if who in ("self", "child", None):
            fields["for_whom"] = "self"
        if fields.get("kind") not in ("trafficking", "online", "economic"):
            fields["kind"] = "child_abuse"
    if state.get("ward"):
        fields["ward"] = state["ward"]
    if state.get("safe") == "no":
        fields["urgent"] = 1
    return fields
