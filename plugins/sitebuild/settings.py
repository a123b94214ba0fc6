"""Declare a plugin's settings once: name, default and what each does.

Each plugin has one table (its `settings.py`); the plugin reads its settings through it,
and tests/test_docs.py fails when a declared setting is missing from docs/settings.md or
does not carry the plugin's prefix.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One setting: its name, its default, and what it does.

    A setting whose default is a whole number takes only whole numbers, from `minimum` on.
    """

    name: str
    default: object
    help: str
    minimum: int = 0

    def problem(self, value) -> str | None:
        """Say what is wrong with `value` for this setting, if anything."""
        if isinstance(self.default, bool) or not isinstance(self.default, int):
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            return f"{self.name}: {value!r} is not a whole number of {self.minimum} or more"
        return None


class SettingsTable:
    """A plugin's settings, each under the plugin's prefix."""

    def __init__(self, prefix: str, *settings: Setting):
        wrong = [s.name for s in settings if not s.name.startswith(prefix)]
        if wrong:
            raise ValueError(f"settings without the prefix {prefix}: {', '.join(wrong)}")
        self.prefix = prefix
        self.settings = {setting.name: setting for setting in settings}

    def __iter__(self):
        return iter(self.settings.values())

    def __contains__(self, name: str) -> bool:
        return name in self.settings

    def value(self, settings: dict, name: str):
        """Return a setting's value in `settings`, or its default (a copy, never shared)."""
        if name in settings:
            return settings[name]
        return copy.deepcopy(self.settings[name].default)

    def defaults(self) -> dict:
        """Return every setting's default, by name."""
        return {name: copy.deepcopy(s.default) for name, s in self.settings.items()}
