"""What a flow works with for one inbound event: the event, the session, the services, and the
replies being built."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.core.messages import Button, Inbound, Reply
from bot.core.session import Session

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.core.counting import RequestCounter
    from bot.knowledge.content import Content
    from bot.knowledge.providers import ProviderDirectory
    from bot.knowledge.wards import WardIndex


@dataclass(frozen=True)
class Services:
    """The engine's collaborators, each behind a narrow interface."""

    settings: Settings
    content: Content
    directory: ProviderDirectory
    wards: WardIndex
    counter: RequestCounter
    understander: Any = None
    followups: Any = None       # bot.followup.Followups, or None when check-ins are off
    handoff: Any = None    # bot.handoff.Desk: the counsellors' queue and live chats


@dataclass
class Turn:
    inbound: Inbound
    session: Session
    services: Services
    replies: list[Reply] = field(default_factory=list)
    end_session: bool = False
    writes: Any = None   # the logbook writes gathered for the end of the turn (counting.py)
    told_age: bool = False   # this message said the writer is a child or older (Engine._read)
    cards_shown: bool = False   # this turn showed numbered provider cards (services.say_providers)
    _understanding: Any = field(default=None, repr=False)
    _unread: str | None = field(default=None, repr=False)

    def read_later(self, text: str) -> None:
        """Understand `text` when a flow first asks (`understanding`, `entity`), not before: a
        recognised answer to the current step ("có", "bỏ qua") is read by the danger patterns and
        the step alone, and then never pays for the classifier. The result is the same whenever
        it is computed: understanding a text depends on nothing else."""
        self._understanding, self._unread = None, text

    @property
    def understanding(self) -> Any:
        if self._unread is not None:
            text, self._unread = self._unread, None
            understander = self.services.understander
            self._understanding = understander.understand(text) if understander else None
            if getattr(self._understanding, "intent", None) == "change_language" and understander:
                # "my vietnamese partner is abusive": a language named as what someone is, not
                # asked for; the rest of the message is what it says (bot/core/flows/language.py)
                from bot.core.language_request import rest_after_asking, without_language_named

                if (rest := without_language_named(text)) is not None:
                    self._understanding = understander.understand(rest)
                elif (rest := rest_after_asking(text)) is not None and \
                        getattr(understood := understander.understand(rest), "intent", None) \
                        not in (None, "change_language", "greet", "affirm", "deny", "thanks"):
                    # "do you speak english? my boyfriend hurt me": the language is switched
                    # (Engine._follow_language), and what it is about is read too
                    self._understanding = understood
        return self._understanding

    @understanding.setter
    def understanding(self, value: Any) -> None:
        self._understanding, self._unread = value, None

    @property
    def lang(self) -> str:
        return self.session.language

    def t(self, key: str, **values: Any) -> str:
        return self.services.content.t(self.lang, key, **values)

    def say(self, text: str, buttons: tuple[Button, ...] = (), request_location: bool = False,
            forget: bool = False) -> None:
        self.replies.append(Reply(text, tuple(buttons), request_location, forget, self.lang))

    def entity(self, name: str) -> str | None:
        if self.understanding is None:
            return None
        value = self.understanding.entities.get(name)
        return value if isinstance(value, str) and value else None
