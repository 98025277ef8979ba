"""The one exception a configuration problem raises.

Start-up stops with one line that names the file, the key and what is wrong with it, never a
traceback: the person who reads it runs the bot, and may not read Python.
"""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration problem, phrased for the person running the bot."""
