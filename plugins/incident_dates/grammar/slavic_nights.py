"""Nights in Russian and Ukrainian: «ночью», «в ночь на субботу», «в ночь с пятницы на
субботу», «всю ночь на четверг», «минувшей ночью». Shapes both languages share, filled in by
each with its words, as in `slavic.py`."""

from __future__ import annotations

from dataclasses import replace

from ..expression import Calendar, Clock, DayShift, Night, PartOfDay, Weekday
from .events import EVENT, night_before_event
from .patterns import rules


def nights(prefix: str, w: dict) -> list:
    """«ночью», «в ночь на субботу», «в ночь с пятницы на субботу», «минувшей ночью»."""
    night = f"[{w['night_noun']}]"
    return rules(
        prefix,
        ("night", f"[{w['night_adverb']}|{w['night_noun']}|{w['night_gen']}]", lambda: Night()),
        ("last-night", f"[{w['last_night']}]", lambda: Night(DayShift(-1))),
        # «той ночью», «тієї ж ночі»: the night of the day the text counts from.
        ("that-night", f"[{w['that_night']}]", lambda: Night(DayShift(0))),
        # «позже ночью», «в начале ночи»: the night, a part of it named.
        ("part-of-night", f"[{w['earlier_later']}|{w['beginning']}] <night>", lambda night: night),
        ("all-night", f"[{w['all_night']}]", lambda: Night()),
        # «Тревожная ночь», «неспокійну ніч»: a night described, read as «ночью» is.
        (
            "described-night",
            f"<plain> {night}",
            _described_night(tuple(w["night_adjective_endings"].split("|"))),
            None,
            -1,
        ),
        # «всю ночь на четверг», «усю ніч проти неділі»: the night into the day named.
        (
            "all-night",
            f"[{w['all_night']}] [{w['into']}] <day>",
            lambda day: Night(day, before=True),
        ),
        ("night-into", f"{night} [{w['into']}] <day>", lambda day: Night(day, before=True)),
        # «ночь среды», «ніч понеділка»: the night into the weekday named.
        (
            "night-into",
            f"{night} <weekday>",
            lambda weekday: Night(Weekday(weekday), before=True),
        ),
        # «Вечером и в ночь на 1 июня»: an evening and the night after it, that night.
        (
            "evening-and-night-into",
            f"<part> [{w['and']}] [{w['preposition']}]? {night} [{w['into']}] <day>",
            lambda part, day: Night(day, before=True) if _is_evening(part) else None,
        ),
        (
            "night-from-to",
            f"{night} [{w['from']}] <day|daynum> [{w['into']}] <day>",
            _night_between,
        ),
        ("night-of-date", f"[{w['night_adverb']}] ,? <day>", lambda day: Night(day, before=True)),
        # «Вночі з суботи на неділю», «ночью с пятницы на субботу».
        (
            "night-from-to",
            f"[{w['night_adverb']}] [{w['from']}] <day> [{w['into']}] <day>",
            _night_between,
        ),
        # «вночі проти 26 грудня», «ночью на субботу»: the night before the day named.
        (
            "night-of-date",
            f"[{w['night_adverb']}] [{w['into']}] <day>",
            lambda day: Night(day, before=True),
        ),
        # «в 3 часа ночи с пятницы на субботу»: a time in the night the two days name.
        (
            "time-in-night-from-to",
            f"<time> [{w['from']}] <day> [{w['into']}] <day>",
            lambda time, first, second: _time_in_night(time, _night_between(first, second)),
        ),
        (
            "time-in-night-from-to",
            f"<time> [{w['from']}] <daynum> [{w['into']}] <day>",
            lambda time, first, second: _time_in_night(time, _night_of_numbers(first, second)),
        ),
        # «(атака) с 20 на 21 октября»: two days in a row joined by «на» name a night.
        ("night-from-to", f"[{w['from']}] <daynum> [{w['into']}] <day>", _night_of_numbers),
        # «ночью со 2 на 3 апреля»: the same, told with the night.
        (
            "night-from-to",
            f"[{w['night_adverb']}] [{w['from']}] <daynum> [{w['into']}] <day>",
            _night_of_numbers,
        ),
        # «в ночь с третьего на четвертое июня»: the first day as an ordinal word.
        (
            "night-from-to",
            f"{night}? [{w['from']}] <ordinal-day> [{w['into']}] <day>",
            _night_of_numbers,
        ),
        # «в ночь перед штурмом», «у ніч перед атакою»: the night into the event's day.
        (
            "night-before-event",
            f"{night} [{w['just_before']}] {EVENT}",
            night_before_event,
            None,
            -1,
        ),
        ("eve-night", f"[{w['eve']}] <night>", lambda night: night),
        ("date-at-night", f"<day> ,? [{w['night_adverb']}]", _night_of_weekday),
        (
            "relative-night",
            f"<relday> [{w['night_adverb']}]",
            lambda shift: Night(DayShift(shift)) if shift else Night(),
        ),
        ("at-hour-in-the-night", f"[{w['night_adverb']}] <time>", lambda clock: clock),
    )


def _described_night(endings: tuple[str, ...]):
    """Read a word before the night as an adjective if it ends as one agreeing with it."""
    return lambda word: Night() if len(word) > 4 and word.endswith(endings) else None


def _night_of_weekday(day):
    """«в пятницу ночью»: a weekday's night begins that evening; a date's ends that morning."""
    return Night(day, before=not isinstance(day, Weekday))


def _time_in_night(time, night):
    """A time of day with no day of its own, in the night two days name."""
    if night is None or not isinstance(time, Clock) or time.base is not None:
        return None
    return replace(time, base=night)


def _night_between(first, second):
    """«в ночь с пятницы на субботу»: the night before the second day, which must follow."""
    if (
        isinstance(first, Weekday)
        and isinstance(second, Weekday)
        and (second.weekday != (first.weekday + 1) % 7)
    ):
        return None
    return Night(second, before=True)


def _night_of_numbers(first: int, second):
    """«с 20 на 21 октября»: the night before the second day, if it follows the first."""
    if isinstance(second, Calendar) and second.day == first + 1:
        return Night(second, before=True)
    return None


def _is_evening(part) -> bool:
    return isinstance(part, PartOfDay) and part.base is None and part.part == "evening"
