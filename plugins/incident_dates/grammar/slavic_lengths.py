"""Lengths of time in Russian and Ukrainian: «в течение суток», «за считанные секунды»,
«полтора года», «уже четвертую неделю».

Rule shapes both languages share, filled in by each with its words, as in `slavic.py`;
read after the counts of `slavic_offsets.py`, under the same family's name.
"""

from __future__ import annotations

from ..expression import CLOCK_UNITS, DayShift, Duration, Night, Vague
from .common import duration
from .patterns import rules
from .slavic import UNIT


def lengths(prefix: str, w: dict) -> list:
    """«за минуты», «ещё сутки», «в течение двух часов», «півдоби», «третий год»."""
    return rules(
        prefix,
        # «за минуты», «за считанные секунды»: within some of them, untold how many.
        (
            "within-units",
            f"[{w['within_units']}] <units>",
            lambda unit: Duration(None, unit) if unit in CLOCK_UNITS else None,
            None,
            1,
        ),
        # «ещё сутки», «ще тиждень»; «в течение следующих суток»: one unit's length.
        (
            "duration",
            f"[{w['particle']}] <unit>",
            lambda unit: Duration(1, unit) if unit not in ("second", "minute") else None,
        ),
        ("duration", f"[{w['during']}] [{w['last_few']}] <unit>", lambda unit: Duration(1, unit)),
        ("duration", f"[{w['for']}] [{w['last_few']}]? <amount> {UNIT}", duration),
        ("duration", f"[{w['last_few']}] <amount> {UNIT}", duration),
        # «після кількох годин [виходу]»: a length of time after an event the text leaves out.
        ("after-a-while", f"[{w['after']}] <amount> {UNIT}", duration),
        (
            "duration",
            f"[{w['for']}|{w['about']}|{w['whole']}] <unit>",
            lambda unit: Duration(1, unit) if unit != "day" else None,
        ),
        (
            "duration",
            f"[{w['for']}|{w['about']}] <unit>",
            lambda unit: Duration(1, unit) if unit == "day" else None,
        ),
        # «до години», «от года»: up to, or from, one hour or year (not «до дня»: a day).
        (
            "duration",
            f"[{w['duration_words']}] <unit>",
            lambda unit: Duration(1, unit) if unit in ("hour", "month", "year") else None,
        ),
        (
            "duration",
            f"[{w['during']}] <amount>? <unit>",
            lambda n, unit: duration(1 if n is None else n, unit),
        ),
        ("duration", f"[{w['during']}] <amount> <units>", duration),
        (
            "duration",
            f"[{w['for']}|{w['about']}]? [{w['half_hour']}]",
            lambda: Duration(30, "minute"),
        ),
        (
            "quarter-hour",
            f"[{w['for']}|{w['about']}]? [{w['quarter_hour']}]",
            lambda: Duration(15, "minute"),
        ),
        ("half-day", f"[{w['half_day']}]", lambda: Duration(12, "hour")),
        ("half-year", f"[{w['half_year']}]", lambda: Duration(6, "month")),
        # «уже четвертую неделю»: as long as the ordinal counts, up to now.
        (
            "nth-unit",
            f"[{w['particle']}] <ordinal-day> <unit>",
            lambda n, unit: Duration(n, unit) if unit not in ("second", "minute") else None,
        ),
        ("nth-unit", "<ordinal-day> <unit> подряд|поспіль", lambda n, unit: Duration(n, unit)),
        # «другу ніч поспіль», «вторую ночь подряд»: the night just passed, again.
        ("nth-night", f"<ordinal-day> [{w['night_noun']}] подряд|поспіль", lambda _: Night()),
        # «Третий год» alone: a length; «на третий день» is a day, so days need «уже».
        (
            "nth-unit",
            "<ordinal-day> <unit>",
            lambda n, unit: Duration(n, unit) if unit in ("week", "month", "year") else None,
        ),
        # «на несколько ближайших недель»: the count before the words of nearness.
        ("duration", f"[{w['for']}] <amount> [{w['last_few']}] {UNIT}", duration),
        # «в первые два часа извержения», «за перші три дні війни»: the length of them.
        (
            "first-of-event",
            f"[{w['for']}]? [{w['first_ones']}] <amount> {UNIT} <plain> <plain>?",
            lambda n, unit, *words: duration(n, unit),
        ),
        (
            "approximate-duration",
            f"[{w['about']}|{w['during']}|{w['for']}] <duration>",
            lambda value: value,
        ),
        # «в последние недели», «за останні місяці»: recent time, with no length told.
        (
            "recent",
            f"[{w['recent']}] <units>",
            lambda unit: Vague("PAST_REF"),
        ),
        ("recent", f"[{w['recent']}] [{w['decades']}]", lambda: Vague("PAST_REF")),
        ("apart", f"[{w['apart']}] <duration>", lambda duration: duration),
        # «Три ночи подряд», «п'ять ночей поспіль»: as many days.
        (
            "nights-in-a-row",
            f"<amount> [{w['nights']}] [подряд|поспіль]",
            lambda n: duration(n, "day"),
        ),
        # «За три дня боев», «спустя четыре дня эвакуации», «за два роки захисту»: the length
        # of what the words name.
        (
            "length-of-event",
            f"[{w['over']}|{w['later']}|{w['after']}]? <amount> {UNIT} <plain> <plain>?",
            lambda n, unit, *_: duration(n, unit),
            None,
            -1,
        ),
        # «За годы гражданской войны», «прошли годы»: lengths nobody counted.
        (
            "uncounted-length-of",
            f"[{w['over']}] <units> <plain> <plain>?",
            lambda unit, *_: Duration(None, unit),
            None,
            -1,
        ),
        ("uncounted-length-of", f"[{w['passed']}] <units>", lambda unit: Duration(None, unit)),
        # «Впервые за три года», «уперше за 3 роки»: the length measured back.
        ("first-time-in", f"[{w['first_time']}] [{w['over']}] <duration>", lambda length: length),
        # «Трехдневное перемирие»: the length the adjective names.
        (
            "compound-length-of",
            "<compound-length> <plain>",
            lambda length, _: Duration(*length),
            None,
            -1,
        ),
        # «Через 3 с половиной часа», «через півтори години»: hours and minutes later, the
        # length (so counted, the day stays the story's).
        (
            "later-length",
            f"[{w['later']}] <duration>",
            lambda length: length if length.unit in CLOCK_UNITS else None,
        ),
        # «лет 20», «часов пять»: about so many, the unit first.
        ("inverted-count", "<units> <count|numword>", lambda unit, n: duration(n, unit), None, -1),
        # «С разницей в час»: one unit.
        ("apart", f"[{w['apart']}] <unit>", lambda unit: Duration(1, unit)),
        # «от шести до девяти лет», «від 2 до 5 років»: a range of lengths, as its first
        # («с 8 до 16 часов» is hours of the clock).
        (
            "length-range",
            f"[{w['from_length']}] <amount> [{w['until']}] <amount> {UNIT}",
            lambda first, _, unit: duration(first, unit) if unit not in CLOCK_UNITS else None,
        ),
        (
            "length-range",
            f"[{w['from_length']}] <duration> [{w['until']}] <duration|unit|units>",
            # «от 8 часов до 16 часов» may be hours of the clock; «от часа до суток» is not.
            lambda first, last: (
                None
                if first.unit in CLOCK_UNITS and getattr(last, "unit", last) in CLOCK_UNITS
                else first
            ),
        ),
        # «за неполные сутки», «меньше чем за год», «менш ніж за два тижні»: the length.
        (
            "within-length",
            f"[{w['for']}]? [{w['incomplete']}] <unit>",
            lambda unit: Duration(1, unit),
        ),
        ("within-length", f"[{w['for']}]? [{w['incomplete']}] <duration>", lambda length: length),
        ("within-length", f"[{w['about']}] [{w['for']}] <unit>", lambda unit: Duration(1, unit)),
        ("within-length", f"[{w['about']}] [{w['for']}] <duration>", lambda length: length),
        # «за последнюю неделю», «протягом останнього тижня»: the length up to the report,
        # as "over the past week" is (a day is another matter: «за минулу добу» is
        # yesterday).
        (
            "last-length",
            f"[{w['over']}|{w['during']}] [{w['latest']}] <unit>",
            lambda unit: Duration(1, unit) if unit != "day" else None,
            None,
            1,
        ),
        # «у 30-денний строк», «в 60-дневный период»: the length of the term.
        ("term", f"[{w['preposition']}]? <duration> [{w['term']}]", lambda length: length),
        (
            "hours-later",
            f"[{w['later']}] [{w['few']}] <units>",
            lambda unit: DayShift(0) if unit in CLOCK_UNITS else None,
        ),
        (
            "hours-later",
            f"[{w['few_instrumental']}] <units-instrumental> [{w['earlier_later']}]",
            lambda unit: DayShift(0) if unit in CLOCK_UNITS else None,
        ),
    )
