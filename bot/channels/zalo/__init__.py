"""Zalo Official Account: one room for the platform. `channel` (the Channel protocol),
`webhook` (signed events in), `mapping` (events → Inbound, Reply → message/cs), `client` (the
OA API over httpx), `tokens` (the access/refresh token pair, shared between workers)."""

from bot.channels.zalo.channel import from_runtime

__all__ = ["from_runtime"]
