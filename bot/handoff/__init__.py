"""A live chat with a counsellor: the queue, the live relay, and when one is offered.

`Desk` (desk.py) holds the queue and each live conversation's messages over a `Board`: in memory
for one process (board.py) or in Redis for several (redis_board.py), every key with a short TTL.
This package never reaches a platform: the engine (core) adds what the person types, the server
delivers what a counsellor writes through the person's own channel.
"""

from bot.handoff.desk import Desk, Ticket, open_desk
from bot.handoff.hours import within_hours

__all__ = ["Desk", "Ticket", "open_desk", "within_hours"]
