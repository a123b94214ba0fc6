"""Lengths of time and counts in Russian and Ukrainian: «три дня назад», «через неделю».

Rule shapes both languages share, filled in by each with its words, as in `slavic.py`.
"""

from __future__ import annotations

from ..expression import (
    IN,
    LATER,
    Bound,
    DayAfterStory,
    DayShift,
    Duration,
    Offset,
    PartOfDay,
)
from .common import count, days_and_nights, duration
from .events import EVENT, day_of_event, from_event, near_event
from .patterns import rules
from .slavic import UNIT


def _age(length: Duration):
    """An age: a length in whole years."""
    if not isinstance(length, Duration) or length.unit != "year" or length.count is None:
        return None
    return length


def _day_after_event(words):
    """«Наступного дня після НП»: the day after the event the words name."""
    counted = from_event(1, "day", 1, words)
    return DayShift(1, counted.base) if counted else None


def offsets(prefix: str, w: dict) -> list:
    """«три дня назад», «через неделю», «за два дня до <id>», «спустя девять дней после <id>»."""
    return rules(
        prefix,
        ("vague-count", f"[{w['few']}]", lambda: "few", "amount"),
        ("approximate-count", f"[{w['about']}] <amount>", lambda count: count, "amount"),
        ("ago", f"<amount> {UNIT} [{w['ago']}]", lambda n, unit: Offset(count(n), unit, -1)),
        ("ago", f"<unit> [{w['ago']}]", lambda unit: Offset(1, unit, -1)),
        ("ago", f"[{w['half_year']}] [{w['ago']}]", lambda: Offset(6, "month", -1)),
        (
            "exactly-ago",
            f"[{w['exactly']}] <amount> {UNIT} [{w['ago']}]",
            lambda n, unit: Offset(count(n), unit, -1, exact=True),
        ),
        (
            "exactly-ago",
            f"[{w['exactly']}] [{w['half_year']}] [{w['ago']}]",
            lambda: Offset(6, "month", -1, exact=True),
        ),
        (
            "exactly-ago",
            f"[{w['exactly']}] <unit> [{w['ago']}]",
            lambda unit: Offset(1, unit, -1, exact=True),
        ),
        *(
            (
                "later",
                f"[{w[words]}] [{w['particle']}]? <amount> {UNIT}",
                lambda n, unit, told=told: Offset(count(n), unit, 1, told=told),
            )
            for words, told in (("in", IN), ("later_than_then", LATER))
        ),
        ("later", f"[{w['in']}] <unit>", lambda unit: Offset(1, unit, 1, told=IN)),
        # «Спустя день», as "a day later", is the next day; «спустя неделю» only a length.
        (
            "later",
            f"[{w['later_than_then']}] <unit>",
            lambda unit: DayShift(1) if unit == "day" else Offset(1, unit, 1, told=LATER),
        ),
        (
            "later",
            f"<amount> {UNIT} [{w['afterwards']}]",
            lambda n, unit: Offset(count(n), unit, 1, told=LATER),
        ),
        # «Неделю спустя», «день спустя»: one unit, said after it.
        (
            "later",
            f"<unit> [{w['afterwards']}]",
            lambda unit: DayShift(1) if unit == "day" else Offset(1, unit, 1, told=LATER),
        ),
        (
            "counted-after",
            f"[{w['later']}]? <amount> {UNIT} [{w['after']}] <day>",
            lambda n, unit, day: Offset(count(n), unit, 1, day),
        ),
        (
            "counted-after",
            f"[{w['later']}] <unit> [{w['after']}] <day>",
            lambda unit, day: Offset(1, unit, 1, day),
        ),
        (
            "counted-before",
            f"[{w['for']}] <amount> {UNIT} [{w['before']}] <day>",
            lambda n, unit, day: Offset(count(n), unit, -1, day),
        ),
        (
            "counted-before",
            f"[{w['for']}] <unit> [{w['before']}] <day>",
            lambda unit, day: Offset(1, unit, -1, day),
        ),
        # «три женщины 22, 61 и 67 лет»: ages listed, valued as the first.
        (
            "lengths-listed",
            f"<count> , <count> [{w['and']}] <count> {UNIT}",
            lambda first, _, __, unit: Duration(first, unit) if unit == "year" and first else None,
        ),
        # «дівчата 12 і 17 років»: lengths listed with their unit once, valued as the first.
        (
            "lengths-listed",
            f"<count> [{w['and']}] <count> {UNIT}",
            lambda first, _, unit: Duration(first, unit) if unit == "year" and first else None,
        ),
        # «тремя часами ранее», «кількома днями пізніше»: the count in the instrumental.
        (
            "instrumental-count",
            f"<amount> <units-instrumental> [{w['earlier']}]",
            lambda n, unit: Offset(count(n), unit, -1),
        ),
        (
            "instrumental-count",
            f"<amount> <units-instrumental> [{w['afterwards']}]",
            lambda n, unit: Offset(count(n), unit, 1, told=LATER),
        ),
        # «четырьмя днями ранее»: «днями» counts days only with its number (alone, it is
        # «recently»).
        (
            "instrumental-count",
            f"<amount> днями [{w['earlier']}]",
            lambda n: Offset(count(n), "day", -1),
        ),
        (
            "instrumental-count",
            f"<amount> днями [{w['afterwards']}]",
            lambda n: Offset(count(n), "day", 1, told=LATER),
        ),
        # «за день до этого», «через два дні після цього»: from the day the text counts from.
        (
            "from-then",
            f"[{w['for']}] <amount>? {UNIT} [{w['before']}] [{w['that']}]",
            lambda n, unit: Offset(1 if n is None else count(n), unit, -1),
        ),
        (
            "from-then",
            f"[{w['later']}]? <amount>? {UNIT} [{w['after']}] [{w['that']}]",
            lambda n, unit: Offset(1 if n is None else count(n), unit, 1, told=LATER),
        ),
        # «Непосредственно перед нападением», «незадолго до взрыва», «через полчаса после
        # вылета»: on the event's day.
        (
            "near-event",
            f"[{w['shortly']}|{w['immediately']}] [{w['after']}|{w['before_bound']}] {EVENT}",
            near_event,
            None,
            -1,
        ),
        ("near-event", f"[{w['shortly_before']}] {EVENT}", near_event, None, -1),
        (
            "near-event",
            f"[{w['later']}]? [{w['half_hour']}] [{w['after']}] {EVENT}",
            near_event,
            None,
            -1,
        ),
        # «спустя 12 часов после ЧП», «за день до заседания»: from an event left undated.
        (
            "from-event",
            f"[{w['later']}]? <amount> {UNIT} [{w['after']}] {EVENT}",
            lambda n, unit, *words: from_event(n, unit, 1, words),
            None,
            -1,
        ),
        (
            "from-event",
            f"[{w['for']}] <amount> {UNIT} [{w['before']}] {EVENT}",
            lambda n, unit, *words: from_event(n, unit, -1, words),
            None,
            -1,
        ),
        (
            "from-event",
            f"[{w['for']}] <unit> [{w['before']}] {EVENT}",
            lambda unit, *words: from_event(1, unit, -1, words),
            None,
            -1,
        ),
        (
            "from-event",
            f"[{w['later']}] <unit> [{w['after']}] {EVENT}",
            lambda unit, *words: from_event(1, unit, 1, words),
            None,
            -1,
        ),
        # «часа через два», «года два назад», «минут за 20 до этого»: the unit before its
        # number makes the count approximate.
        *(
            (
                "inverted-count",
                f"{UNIT} [{w[words]}] <amount>",
                lambda unit, n, told=told: Bound("around", Offset(count(n), unit, 1, told=told)),
            )
            for words, told in (("in", IN), ("later_than_then", LATER))
        ),
        (
            "inverted-count",
            f"{UNIT} <amount> [{w['ago']}]",
            lambda unit, n: Bound("around", Offset(count(n), unit, -1)),
        ),
        (
            "inverted-count",
            f"{UNIT} [{w['for']}] <amount> [{w['before']}] [{w['that']}]",
            lambda unit, n: Bound("around", Offset(count(n), unit, -1)),
        ),
        (
            "inverted-count",
            f"{UNIT} [{w['later']}] <amount> [{w['after']}] [{w['that']}]",
            lambda unit, n: Bound("around", Offset(count(n), unit, 1, told=LATER)),
        ),
        (
            "from-event",
            f"[{w['next_day']}] [{w['after']}] {EVENT}",
            lambda *words: _day_after_event(words),
            None,
            -1,
        ),
        # «через полгода», «через пів року»: half a year ahead, a month's precision.
        *(
            (
                "later",
                f"[{w[words]}] [{w['half_year']}]",
                lambda told=told: Offset(6, "month", 1, told=told),
            )
            for words, told in (("in", IN), ("later_than_then", LATER))
        ),
        # «ежедневно», «кожного дня»: how often, written as the length between, as TimeML does.
        *(
            ("recurrence", f"[{w[adverb]}]", lambda unit=unit: Duration(1, unit))
            for adverb, unit in (
                ("daily", "day"),
                ("weekly", "week"),
                ("monthly", "month"),
                ("yearly", "year"),
            )
        ),
        ("recurrence", f"[{w['every']}] <unit>", lambda unit: Duration(1, unit)),
        # «каждые 20 минут», «через кожні три години»: the length between.
        ("recurrence", f"[{w['every_few']}] <amount> {UNIT}", duration),
        # «за оставшиеся две недели», «за решту тижня»: the length that is left.
        (
            "remaining",
            f"[{w['over']}|{w['for']}]? [{w['remaining']}] <duration>",
            lambda length: length,
        ),
        # «прошел год», «исполняется ровно год», «продолжается два месяца»: the length.
        ("passed", f"[{w['passed']}] [{w['exactly']}]? <duration>", lambda length: length),
        (
            "passed",
            f"[{w['passed_unit']}] [{w['exactly']}]? <unit>",
            lambda unit: Duration(1, unit),
        ),
        # «50 дней и ночей», «три дні й три ночі»: as many days, told with their nights.
        (
            "days-and-nights",
            f"<duration> [{w['and']}] <amount>? [{w['nights']}]",
            days_and_nights,
        ),
        ("exactly", f"[{w['exactly']}] <duration>", lambda length: length),
        ("exactly", f"[{w['exactly']}] <unit>", lambda unit: Duration(1, unit)),
        # «в возрасте до 25 лет», «віком 42 та 69 років», «25-річного віку», «50-летней и
        # 45-летней»: an age, the first of those listed.
        ("age", f"[{w['at_age']}] <duration>", _age),
        ("age", f"<duration> [{w['age_noun']}]", _age),
        (
            "age",
            f"<duration> [{w['and']}] <duration>",
            lambda first, last: _age(first) and _age(last) and first,
        ),
        # «каждую субботу», «кожної неділі»: once a week.
        ("recurrence", f"[{w['every']}] <weekday>", lambda _: Duration(1, "week")),
        # «наутро после обстрелов», «вранці після атаки»: told the morning after last night's.
        (
            "morning-after",
            f"[{w['morning_after']}] [{w['after']}] {EVENT}",
            lambda *_: PartOfDay("morning", DayAfterStory()),
            None,
            -1,
        ),
        # «длиной в несколько часов», «тривалістю у два дні»: a length named as such.
        ("lasting", f"[{w['lasting']}] <amount> {UNIT}", duration),
        # «приговорил к девятнадцати годам колонии», «10 років позбавлення волі»: a
        # sentence's length in years, with the punishment named or not.
        (
            "sentenced-to",
            f"[{w['sentenced_to']}]? <amount> <units> [{w['punishment']}]",
            lambda n, unit: duration(n, unit) if unit == "year" else None,
        ),
        (
            "sentenced-to",
            f"[{w['sentenced_to']}] <amount> <units>",
            lambda n, unit: duration(n, unit) if unit == "year" else None,
        ),
        # «к 21 году тюрьмы», «21 рік ув'язнення»: a count ending in one takes the singular.
        (
            "sentenced-to",
            f"[{w['sentenced_to']}]? <amount> <unit> [{w['punishment']}]",
            lambda n, unit: duration(n, unit) if unit == "year" else None,
        ),
        # «днем ранее», «добою раніше», «неделей позже»: one unit, in the instrumental.
        (
            "instrumental-count",
            f"<unit-instrumental> [{w['earlier']}]",
            lambda unit: Offset(1, unit, -1),
        ),
        (
            "instrumental-count",
            f"<unit-instrumental> [{w['afterwards']}]",
            lambda unit: Offset(1, unit, 1),
        ),
        # «в день пожара», «у день атаки»: the day of the event, the day counted from.
        ("day-of-event", f"[{w['on_the_day_of']}] {EVENT}", day_of_event, None, -1),
        # «к концу дня», «наприкінці дня»: the evening of the day; «к концу дня 26 августа».
        ("end-of-day", f"[{w['end_of_day']}]", lambda: PartOfDay("evening", DayShift(0))),
        ("end-of-day", f"[{w['end_of_day']}] <day>", lambda day: PartOfDay("evening", day)),
    )
