"""Short-lived per-person state behind one narrow interface (`SessionStore`)."""

from bot.sessions.base import (
    SessionConfigError,
    SessionStore,
    open_session_store,
    require_shared_secret,
    session_key,
)

__all__ = ["SessionConfigError", "SessionStore", "open_session_store", "require_shared_secret",
           "session_key"]
