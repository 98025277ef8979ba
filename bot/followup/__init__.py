"""The opt-in follow-up: one check-in message a person asked for, and nothing else about them.

keys.py seals what is kept (AES-GCM under a key from the environment) and finds a person's row
by a keyed hash; store.py (SQLite) and postgres.py keep the rows; scheduler.py sends the due ones
exactly once across processes (claims with a lease); service.py is what the dialogue uses
(offer, schedule, cancel, write the anonymous outcome). Sending itself is the channels' job
(bot/channels/followup.py), so this package imports no channel and no dialogue code.
"""

from bot.followup.keys import FollowupKey, FollowupKeyError
from bot.followup.service import Followups, open_followups
from bot.followup.store import Due, FollowupStore

__all__ = ["Due", "FollowupKey", "FollowupKeyError", "FollowupStore", "Followups", "open_followups"]
