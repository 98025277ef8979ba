"""Telegram: one room for the platform. `channel` (webhook and polling, the Channel protocol),
`mapping` (updates → Inbound, Reply → Bot API calls), `delivery` (sending, per-chat state),
`checks` (field checks before python-telegram-bot parses an update), `guard` (flood guard and log
redaction), `quickexit` (deleting the conversation), `officer` (/stats and /export)."""

from bot.channels.telegram.channel import SECRET_HEADER, TelegramChannel, from_runtime

__all__ = ["SECRET_HEADER", "TelegramChannel", "from_runtime"]
