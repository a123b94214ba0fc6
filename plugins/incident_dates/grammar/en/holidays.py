"""English names of holidays and named days."""

from __future__ import annotations

from ...expression import Holiday
from ..common import SHIFTS, ramadan
from ..events import (
    EVENT,
    FULL_SCALE_INVASION,
    anniversary_of,
    anniversary_of_event,
    counted_day,
    war_day,
)
from ..patterns import rules

NAMES = {
    "new-years-eve": ("new year eve", "new years eve"),
    "new-years-day": ("new year day", "new years day", "new year"),
    "christmas-eve": ("christmas eve",),
    "christmas": ("christmas", "christmas day", "western christmas", "catholic christmas"),
    "orthodox-christmas": ("orthodox christmas", "orthodox christmas day"),
    "orthodox-christmas-eve": ("orthodox christmas eve",),
    "easter": ("easter", "easter sunday", "easter day", "western easter", "catholic easter"),
    "maundy-thursday": ("maundy thursday", "holy thursday"),
    "good-friday": ("good friday",),
    "holy-saturday": ("holy saturday", "easter eve"),
    "palm-sunday": ("palm sunday",),
    "orthodox-easter": ("orthodox easter", "orthodox easter sunday"),
    "orthodox-maundy-thursday": ("orthodox maundy thursday", "orthodox holy thursday"),
    "orthodox-good-friday": ("orthodox good friday",),
    "orthodox-holy-saturday": ("orthodox holy saturday", "orthodox easter eve"),
    "orthodox-palm-sunday": ("orthodox palm sunday",),
    "forgiveness-sunday": ("forgiveness sunday", "cheesefare sunday"),
    "orthodox-trinity": ("orthodox trinity", "trinity sunday"),
    "victory-day": ("victory day",),
    "valentines-day": ("valentine day", "valentines day", "st valentine day"),
    "ukraine-independence-day": (
        "independence day",
        "ukraine independence day",
        "ukrainian independence day",
    ),
    "ukraine-constitution-day": ("constitution day",),
    "ukraine-defenders-day": ("defenders day", "defender day"),
    "ukraine-freedom-day": ("day of freedom and dignity", "freedom and dignity day"),
    "ukraine-remembrance-day": ("day of remembrance of the defenders of ukraine",),
    "boxing-day": ("boxing day",),
    "bastille-day": ("bastille day",),
    "pentecost": ("pentecost", "pentecost sunday", "pentecost day", "whit sunday", "whitsunday"),
    "thanksgiving": ("thanksgiving", "thanksgiving day"),
    "black-friday": ("black friday",),
    "memorial-day": ("memorial day",),
    "veterans-day": ("veterans day", "veteran day"),
    "lunar-new-year": ("lunar new year", "chinese new year", "spring festival"),
    "lunar-new-years-eve": (
        "lunar new year eve",
        "lunar new years eve",
        "chinese new year eve",
        "chinese new years eve",
    ),
    "russia-day": ("russia day",),
    "russia-unity-day": ("unity day", "national unity day"),
    "defender-of-the-fatherland-day": ("defender of the fatherland day",),
    "womens-day": ("women day", "womens day", "international women day"),
    "childrens-day": ("children day", "international children day", "childrens day"),
    "labour-day": ("labour day", "labor day", "may day"),
    "rosh-hashanah": ("rosh hashanah", "rosh hashana", "rosh ha-shanah", "jewish new year"),
    "yom-kippur": ("yom kippur",),
    "sukkot": ("sukkot", "sukkoth"),
    "simchat-torah": (
        "simchat torah",
        "simhat torah",
        "simchas torah",
        "shemini atzeret",
        "shmini atzeret",
    ),
    "hanukkah": ("hanukkah", "hanukah", "chanukah"),
    "purim": ("purim",),
    "passover": ("passover", "pesach"),
    "ramadan-start": (
        "the start of ramadan",
        "the first day of ramadan",
        "the beginning of ramadan",
    ),
    "eid-al-fitr": ("eid al - fitr", "eid al fitr", "eid ul - fitr"),
    "eid-al-adha": ("eid al - adha", "eid al adha", "eid ul - adha", "kurban bayram"),
    "eid": ("eid", "the eid holiday", "the eid holidays"),
}


_THE_WAR = (
    "[the full - scale invasion|the full - scale war|russia full - scale invasion"
    "|russia full - scale war|russia invasion|russia war|the russian invasion|the invasion"
    "|the war in ukraine] [of ukraine|in ukraine|on ukraine|against ukraine]?"
)


def _named(key: str):
    return lambda: key


RULES = [
    rule
    for key, phrases in NAMES.items()
    for phrase in phrases
    for rule in rules("en.holidays", ("name", phrase, _named(key), "holiday-name"))
] + rules(
    "en.holidays",
    ("holiday-year", "<holiday-name> of <yearnum>", lambda key, year: Holiday(key, year)),
    ("holiday-of", "the holiday|feast|festival of <holiday-name>", Holiday),
    # "The Chinese New Year celebrations", "the celebration of Christmas": the holiday's day.
    ("holiday-celebration", "the? <holiday-name> celebration|celebrations|festivities", Holiday),
    ("holiday-celebration", "the? celebration|celebrations|festivities of <holiday-name>", Holiday),
    ("ramadan", "ramadan <yearnum>?", ramadan),
    (
        "full-scale-invasion",
        "the? start|beginning|outbreak? of? the|russia? full - scale invasion|war "
        "of|in|on|against? ukraine?",
        lambda: FULL_SCALE_INVASION,
    ),
    ("ramadan", "the islamic|muslim? holy|fasting? month of ramadan <yearnum>?", ramadan),
    (
        "ramadan-of-year",
        "<shift> <unit> the? islamic|muslim? holy|fasting? month? of? ramadan",
        lambda shift, unit: ramadan(year_shift=SHIFTS[shift]) if unit == "year" else None,
    ),
    (
        "full-scale-invasion",
        "the? start|beginning? of? [russia invasion|the russian invasion|the invasion] of ukraine",
        lambda: FULL_SCALE_INVASION,
    ),
    # "The second anniversary of Russia's invasion": that day, two years on; "the first
    # anniversary of the tragedy", of an event the text does not date.
    ("anniversary", "the|its <ordword|nth>? anniversary of <day>", anniversary_of),
    (
        "anniversary-of-event",
        f"the|its <ordword|nth>? anniversary of {EVENT}",
        anniversary_of_event,
        None,
        -1,
    ),
    (
        "anniversary-of-event",
        "the|its <ordword|nth> anniversary",
        lambda years: anniversary_of_event(years, "the event"),
    ),
    # "Day 1,345 of the war in Ukraine": the invasion's first day is its day 1. "The war"
    # alone is refused: English reporting counts the days of other wars as well.
    ("day-of-the-war", f"day <count> of {_THE_WAR}", lambda n: war_day(n, "day")),
    ("day-of-the-war", f"the? <nth> day of {_THE_WAR}", lambda n: war_day(n, "day")),
    # "The 1,000th day", "Day 120": of what, the sentence says (the resolver's context).
    ("counted-day", "the? <nth|ordword> day", counted_day),
    ("counted-day", "the? <nth|ordword> consecutive|straight|successive day", counted_day),
    ("counted-day", "day <count>", counted_day),
)
