"""Named days and words of time in Russian and Ukrainian: holidays, the war's days,
«тогда», «сейчас», «в ближайшее время». Shapes both languages share, filled in by each."""

from __future__ import annotations

from ..expression import DayShift, Holiday, Interval, Night, Relative
from .common import SHIFTS, ramadan
from .events import (
    EVENT,
    FULL_SCALE_INVASION,
    anniversary_of,
    anniversary_of_event,
    counted_day,
    war_day,
)
from .patterns import rules


def _in_every_case(phrases: str, day_forms: str) -> str:
    """Return `phrases` with those headed by «день» in each of its cases: «ко Дню Победы»."""
    heads = day_forms.split("|")
    found = []
    for phrase in phrases.split("|"):
        head, _, rest = phrase.partition(" ")
        forms = [f"{form} {rest}" for form in heads] if head in heads and rest else [phrase]
        found += [form for form in forms if form not in found]
    return "|".join(found)


def holidays(prefix: str, names: dict[str, str], w: dict) -> list:
    """«День Победы», «Великдень», «вербное воскресенье»: named days, by phrase."""
    return rules(
        prefix,
        *(
            (
                "name",
                f"[{_in_every_case(phrases, w['day_cases'])}]",
                lambda key=key: key,
                "holiday-name",
            )
            for key, phrases in names.items()
        ),
        # «Празднование китайского Нового года», «святкування Різдва»: the holiday's day.
        ("holiday-celebration", f"[{w['celebration']}] <holiday-name>", Holiday),
        (
            "holiday-year",
            f"<holiday-name> <yearnum> [{w['year_word']}]",
            lambda key, year: Holiday(key, year),
        ),
        ("new-year-night", f"[{w['new_year_night']}]", lambda: Night(Holiday("new-years-eve"))),
        # The Christmas night is the one before Christmas Day; Holy Week ends on Holy Saturday.
        (
            "christmas-night",
            f"[{w['christmas_night']}]",
            lambda key=w["christmas"]: Night(Holiday(key), before=True),
        ),
        (
            "holy-week",
            f"[{w['holy_week']}]",
            lambda: Interval(
                DayShift(1, Holiday("orthodox-palm-sunday")), Holiday("orthodox-holy-saturday")
            ),
        ),
        # The Easter night is the one before Easter Sunday, when its services are held.
        (
            "easter-night",
            f"[{w['easter_night']}]",
            lambda: Night(Holiday("orthodox-easter"), before=True),
        ),
        ("new-year", f"[{w['in_the_new_year']}]", lambda: Relative("year", 1)),
        ("ramadan", f"[{w['ramadan']}] <yearnum>? [{w['year_word']}]?", ramadan),
        (
            "ramadan-of-year",
            f"[{w['ramadan']}] <shift> <unit>",
            lambda shift, unit: ramadan(year_shift=SHIFTS[shift]) if unit == "year" else None,
        ),
        # «с начала СВО», «від початку повномасштабного вторгнення»: 24 February 2022.
        (
            "full-scale-invasion",
            f"[{w['start_of']}]? [{w['full_scale_invasion']}]",
            lambda: FULL_SCALE_INVASION,
        ),
        # «с начала войны», «з початку цієї війни», «з початку російського вторгнення»:
        # reporting since 2022 means the full-scale invasion (not «вторжения» alone: «с
        # начала вторжения ВСУ в Курскую область»).
        (
            "full-scale-invasion",
            f"[{w['start_of']}] [{w['war']}|{w['this_war']}|{w['invasion']}]",
            lambda: FULL_SCALE_INVASION,
        ),
        # «к годовщине войны», «до четвертої річниці повномасштабного вторгнення», «в первую
        # годовщину трагедии»: the day that many years on (the war's is the invasion's).
        ("anniversary", f"<ordinal-day|ordinal>? [{w['anniversary']}] <day>", anniversary_of),
        (
            "anniversary",
            f"<ordinal-day|ordinal>? [{w['anniversary']}] [{w['war']}|{w['invasion']}]",
            lambda years: anniversary_of(years, FULL_SCALE_INVASION),
        ),
        (
            "anniversary-of-event",
            f"<ordinal-day|ordinal>? [{w['anniversary']}] {EVENT}",
            anniversary_of_event,
            None,
            -1,
        ),
        # «третю річницю», «до першої річниці»: of the event the text counts from.
        (
            "anniversary-of-event",
            f"<ordinal-day|ordinal> [{w['anniversary']}]",
            lambda years: anniversary_of_event(years, "the event"),
        ),
        # «1345-й день війни»: the war's days are counted from its first, day 1.
        (
            "day-of-the-war",
            f"<ordinal|ordinal-day> <unit> [{w['war']}|{w['full_scale_invasion']}]",
            war_day,
        ),
        # «120-й день», «791-ша доба»: of what, the sentence says (the resolver's context).
        ("counted-day", "<ordinal|ordinal-day> <unit>", counted_day),
        # «На третий день после трагедии», «на третій день з моменту вибуху», «четвертый
        # день протестов»: counted from the incident the event is, never from a report.
        (
            "counted-day-of-event",
            f"<ordinal|ordinal-day> <unit> [{w['after']}|{w['since_moment']}]? {EVENT}",
            lambda number, unit, *words: counted_day(number, unit) if any(words) else None,
            None,
            -1,
        ),
    )
