"""Which platform channels the one server runs, decided from config and the environment.

Each entry names a factory `from_runtime(runtime, options) -> (Channel | None, reason)`: a channel
whose settings or secrets are missing returns None and a one-line reason (e.g. which environment
variable to set), which the server prints once at start-up. The server never imports a platform
library itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from bot.channels.base import Channel

# "module:function" of each platform channel's factory.
FACTORIES: tuple[str, ...] = ("bot.channels.zalo:from_runtime",
                             "bot.channels.telegram:from_runtime")


def configured_channels(runtime: Any, options: Mapping[str, Any] | None = None
                        ) -> tuple[list[Channel], dict[str, str]]:
    """The channels that can run, and for the others the reason they are off (by factory name)."""
    channels: list[Channel] = []
    off: dict[str, str] = {}
    for spec in FACTORIES:
        module_name, _, func_name = spec.partition(":")
        factory = getattr(importlib.import_module(module_name), func_name)
        channel, reason = factory(runtime, dict(options or {}))
        if channel is None:
            off[module_name.rsplit(".", 1)[-1]] = reason
        else:
            channels.append(channel)
    return channels, off
