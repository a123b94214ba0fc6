"""Numbers as claimants give them, and the labels they count: read, checked, named for readers."""

from __future__ import annotations

import difflib

from .model import QUALIFIERS, Number

# Labels of what is counted, with what readers read. Others are allowed; a label close
# to one of these (a typo) gets the suggestion.
VOCABULARY = {
    "killed": "killed",
    "dead": "dead",
    "injured": "injured",
    "wounded": "wounded",
    "missing": "missing",
    "civilians_killed": "civilians killed",
    "civilians_injured": "civilians injured",
    "civilians_wounded": "civilians wounded",
    "children_killed": "children killed",
    "children_injured": "children injured",
    "military_killed": "military killed",
    "military_injured": "military injured",
    "soldiers_killed": "soldiers killed",
    "fighters_killed": "fighters killed",
    "attackers": "attackers",
    "captured": "captured",
    "detained": "detained",
    "evacuated": "evacuated",
    "displaced": "displaced",
    "hospitalised": "in hospital",
    "drones": "drones",
    "drones_shot_down": "drones shot down",
    "missiles": "missiles",
    "missiles_shot_down": "missiles shot down",
    "shells": "shells",
    "strikes": "strikes",
    "vehicles": "vehicles",
    "tanks": "tanks",
    "armoured_vehicles": "armoured vehicles",
    "aircraft": "aircraft",
    "helicopters": "helicopters",
    "buildings_damaged": "buildings damaged",
    "homes_damaged": "homes damaged",
    "homes_without_power": "homes without power",
    "settlements_flooded": "settlements flooded",
}
SHAPES = (
    "12 or 5.61; several, dozens, hundreds or thousands; or a mapping with one of value, "
    "min and/or max, about, at_least, more_than, up_to, almost, fewer_than, and an "
    "optional unit"
)
_FIGURES = ("value", *QUALIFIERS)


def label(name: str) -> str:
    """Return what readers read for a label: 'civilians killed', 'flooded area km2'."""
    return VOCABULARY.get(name, name.replace("_", " "))


def suggestion(name: str) -> str | None:
    """Return the vocabulary's label a name was probably meant to be, if any."""
    if name in VOCABULARY:
        return None
    close = difflib.get_close_matches(name, VOCABULARY, n=1, cutoff=0.85)
    return close[0] if close else None


def problems(value) -> list[str]:
    """Say what is wrong with a number the schema let through (its mapping's forms)."""
    if not isinstance(value, dict):
        return []
    forms = [key for key in _FIGURES if key in value]
    bounded = "min" in value or "max" in value
    if len(forms) + bounded > 1:
        return [f"gives {' and '.join(forms + ['min/max'] * bounded)}: give one of {SHAPES}"]
    if not forms and not bounded:
        return [f"gives a unit but no figure: write {SHAPES}"]
    low, high = value.get("min"), value.get("max")
    if _is_number(low) and _is_number(high) and low > high:
        return [f"min ({low}) is greater than max ({high})"]
    return []


def number_of(value) -> Number:
    """Return the Number a checked value means."""
    if isinstance(value, str):
        return Number(qualifier=value)
    if not isinstance(value, dict):
        return Number(value=value)
    unit = value.get("unit")
    for key in QUALIFIERS:
        if key in value:
            return Number(value=value[key], qualifier=key, unit=unit)
    if "value" in value:
        return Number(value=value["value"], unit=unit)
    low, high = value.get("min"), value.get("max")
    if low is not None and low == high:
        return Number(value=low, unit=unit)
    # A range open on one side says what "at least" and "up to" say: one number, one form.
    if high is None:
        return Number(value=low, qualifier="at_least", unit=unit)
    if low is None:
        return Number(value=high, qualifier="up_to", unit=unit)
    return Number(min=low, max=high, unit=unit)


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
