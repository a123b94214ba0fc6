"""Stop a build whose settings name a plugin setting that no plugin declares (a typo)."""

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


def check_plugin_settings(pelican) -> None:
    """Stop the build, naming every unknown plugin setting (a Pelican signal handler)."""
    tables = [
        module.SETTINGS
        for name in pelican.settings.get("PLUGINS", [])
        if isinstance(
            getattr(module := sys.modules.get(str(name)), "SETTINGS", None), SettingsTable
        )
    ]
    problems = unknown_settings(pelican.settings, tables)
    if problems:
        raise SettingInvalid("settings: " + "; ".join(problems))
