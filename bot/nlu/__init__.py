"""Understanding free text: intent, confidence, entities and language of one message.

`build_understander(settings, wards)` gives the engine an `Understander`: the built-in classifier
(scikit-learn, trained on intents/, cached on disk) or, with `[nlu] backend = "rasa"`, a Rasa
server over HTTP that falls back to the built-in classifier when it does not answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.nlu.data import INTENTS
from bot.nlu.understanding import Understander, Understanding

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.knowledge.wards import WardIndex

__all__ = ["INTENTS", "Understander", "Understanding", "build_understander"]


def build_understander(settings: Settings, wards: WardIndex) -> Understander:
    """The understander `settings.nlu.backend` names ("builtin" or "rasa")."""
    from bot.nlu.builtin import BuiltinUnderstander

    builtin = BuiltinUnderstander.from_settings(settings, wards)
    if settings.nlu.backend == "rasa":
        from bot.nlu.rasa import RasaUnderstander

        return RasaUnderstander(settings.nlu.rasa_url, settings.nlu.rasa_timeout_seconds,
                                settings.nlu.threshold, wards, builtin)
    return builtin
