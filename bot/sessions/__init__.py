"""Short-lived per-person state behind one narrow interface (`SessionStore`)."""

from bot.sessions.base import SessionStore, open_session_store, session_key

__all__ = ["SessionStore", "open_session_store", "session_key"]
