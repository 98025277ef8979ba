"""The web chat: one room for the page at `/`, its JSON API (`chat`), its static files and
template. `channel` is the Channel protocol side (routes only: a browser asks, the server
answers in the same exchange)."""

from bot.channels.web.channel import WebChannel

__all__ = ["WebChannel"]
