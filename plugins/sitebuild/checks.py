"""Stop a build whose settings name a plugin setting no plugin declares, or a wrong value."""

from __future__ import annotations

import difflib
import sys

from .settings import SettingsTable


class SettingInvalid(SystemExit):
    """A setting cannot be used; exits with what is wrong in it, and no traceback."""


def unknown_settings(settings: dict, tables: list[SettingsTable]) -> list[str]:
    """Say, for each setting under a plugin's prefix that the plugin lacks, what was meant."""
    problems = []
    for table in tables:
        declared = [setting.name for setting in table]
        for name in sorted(settings):
            if name.startswith(table.prefix) and name not in table:
                close = difflib.get_close_matches(name, declared, n=1, cutoff=0.6)
                hint = f": did you mean {close[0]}?" if close else ""
                problems.append(
                    f"{name} is not a setting of the {table.prefix[:-1].lower()} plugin{hint}"
                )
    return problems


def wrong_values(settings: dict, tables: list[SettingsTable]) -> list[str]:
    """Say, for each plugin setting given a value it cannot take, what is wrong."""
    return [
        problem
        for table in tables
        for setting in table
        if setting.name in settings and (problem := setting.problem(settings[setting.name]))
    ]


def check_plugin_settings(pelican) -> None:
    """Stop the build, naming every unknown or wrong plugin setting (a Pelican signal handler)."""
    tables = [
        module.SETTINGS
        for name in pelican.settings.get("PLUGINS", [])
        if isinstance(
            getattr(module := sys.modules.get(str(name)), "SETTINGS", None), SettingsTable
        )
    ]
    problems = unknown_settings(pelican.settings, tables) + wrong_values(pelican.settings, tables)
    if problems:
        raise SettingInvalid("settings: " + "; ".join(problems))
