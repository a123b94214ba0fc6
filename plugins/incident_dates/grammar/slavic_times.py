"""Times of day and spans in Russian and Ukrainian: «в 3 часа ночи», «с 6 по 11 августа».

The rule shapes both languages share, filled in by each with its words (`ru/words.py`,
`uk/words.py`), as in `slavic.py`.
"""

from __future__ import annotations

from dataclasses import replace

from ..expression import Bound, Calendar, Clock, DayShift, Interval
from .clocks import before_midnight, on_day, time_span, unwrap, zoned
from .patterns import rules
from .slavic import UNIT, clock_of_part
from .spans import bare_parts_and, day_span, months_and, parts_and, same_month


def times(prefix: str, w: dict) -> list:
    """«в 3 часа ночи», «около 04:00 мск», «по местному времени», «в полночь»."""
    return rules(
        prefix,
        # «с нуля часов с 7 на 8 мая»: midnight in the night named, on its second day.
        ("midnight-of-night", f"[{w['zero_hours']}] <night>", lambda night: Clock(0, base=night)),
        # "N часов" alone is a length of time; a preposition or the part of the day after
        # it makes it an hour of the clock: «в 3 часа», «3 часа ночи».
        (
            "hour",
            f"[{w['at_hour']}] <count|numword> [{w['hour_word']}]",
            lambda hour: Clock(hour) if hour <= 24 else None,
        ),
        (
            "hour-of-part",
            f"<count|numword> [{w['hour_word']}] <part-genitive>",
            lambda hour, part: clock_of_part(hour, part),
        ),
        ("midnight", f"[{w['midnight']}]", lambda: Clock(0)),
        # «в полночь с субботы на воскресенье»: the midnight that begins the second day.
        (
            "midnight-between",
            f"[{w['midnight']}] [{w['from']}] <day> [{w['into']}] <day>",
            lambda first, second: on_day(Clock(0), second),
        ),
        # «в три часа после полуночи», «о третій годині після опівночі»: 3:00 in the night.
        (
            "hour-after-midnight",
            f"<time> [{w['after']}] [{w['midnight']}]",
            lambda clock: clock if isinstance(clock, Clock) and clock.hour < 12 else None,
        ),
        (
            "one-oclock",
            f"[{w['at_hour']}]? [{w['one_oclock']}] <part-genitive>",
            lambda part: clock_of_part(Clock(1), part),
        ),
        # «о 5-й ранку», «о 6-й годині»: the hour as an ordinal in figures.
        (
            "hour-ordinal-figures",
            f"[{w['at_hour']}]? <ordinal> [{w['hour_word']}]",
            lambda hour: Clock(hour) if hour <= 24 else None,
        ),
        ("hour-ordinal-figures", "<ordinal> <part-genitive>", clock_of_part),
        (
            "before-midnight",
            f"[{w['before_bound']}] [{w['midnight']}]",
            before_midnight,
            None,
            1,
        ),
        (
            "before-midnight",
            f"[{w['for']}] <amount> {UNIT} [{w['before']}] [{w['midnight']}]",
            before_midnight,
            None,
            1,
        ),
        (
            "before-midnight",
            f"[{w['about']}]? [{w['for']}] [{w['half_hour']}] [{w['before']}] [{w['midnight']}]",
            before_midnight,
            None,
            1,
        ),
        ("noon", f"[{w['noon']}]", lambda: Clock(12)),
        # «22 часа мск», «20 часов по московскому времени»: a zone makes the hours a clock.
        (
            "zoned-hour",
            f"<count|numword> [{w['hour_word']}] <zone>",
            lambda hour, zone: zoned(Clock(hour), zone) if hour <= 24 else None,
        ),
        (
            "zoned-hour",
            f"<count|numword> [{w['hour_word']}] [{w['moscow_time']}]",
            lambda hour: zoned(Clock(hour), "Europe/Moscow") if hour <= 24 else None,
        ),
        (
            "zoned-hour",
            f"<count|numword> [{w['hour_word']}] [{w['kyiv_time']}]",
            lambda hour: zoned(Clock(hour), "Europe/Kyiv") if hour <= 24 else None,
        ),
        ("zone", f"<time> [{w['moscow_time']}]", lambda clock: zoned(clock, "Europe/Moscow")),
        ("zone", f"<time> [{w['kyiv_time']}]", lambda clock: zoned(clock, "Europe/Kyiv")),
        ("zone", f"<time> [{w['local_time']}]", lambda clock: Bound("local-time", clock)),
        # «в 22:00 (по местному времени)», «о 7:00 (за київським часом)»: the zone in brackets.
        ("zone", f"<time> ( [{w['local_time']}] )", lambda clock: Bound("local-time", clock)),
        ("zone", f"<time> ( [{w['moscow_time']}] )", lambda clock: zoned(clock, "Europe/Moscow")),
        ("zone", f"<time> ( [{w['kyiv_time']}] )", lambda clock: zoned(clock, "Europe/Kyiv")),
        ("zone", f"<time> [{w['by_city']}] <place-zone>", zoned),
        ("zone", f"<time> ( [{w['by_city']}] <place-zone> )", zoned),
        # «по московскому времени в 13:00», «за київським часом о 13:00»: the zone first.
        ("zone-first", f"[{w['moscow_time']}] <time>", lambda clock: zoned(clock, "Europe/Moscow")),
        ("zone-first", f"[{w['kyiv_time']}] <time>", lambda clock: zoned(clock, "Europe/Kyiv")),
        # «в 10:30 (совпадает с Москвой)»: a local clock said to be Moscow's.
        (
            "zone",
            f"<time> ( [{w['same_as_moscow']}] )",
            lambda clock: zoned(clock, "Europe/Moscow"),
        ),
        # «12 часов по Киеву»: a city's zone makes the hours a clock too.
        (
            "zoned-hour",
            f"<count|numword> [{w['hour_word']}] [{w['by_city']}] <place-zone>",
            lambda hour, zone: zoned(Clock(hour), zone) if hour <= 24 else None,
        ),
        ("zone", f"<time> [{w['by_city']}] <zone-adjective> [{w['time_word']}]?", zoned),
        # «в 12:44 по времени Астаны», «о 10:00 за часом Брюсселя»: the city's time.
        ("zone", f"<time> [{w['by_city']}] [{w['time_word']}] <city-genitive>", zoned),
        (
            "zoned-hour",
            f"<count|numword> [{w['hour_word']}] [{w['by_city']}] <zone-adjective> "
            f"[{w['time_word']}]?",
            lambda hour, zone: zoned(Clock(hour), zone) if hour <= 24 else None,
        ),
        # «в 1.30 по времени UTC», «о 5:00 за UTC»: a zone named by its abbreviation.
        ("zone", f"<time> [{w['by_zone']}] <zone>", zoned),
        ("approximate-time", f"[{w['about']}] <time>", lambda clock: Bound("around", clock)),
        # «ближе к полуночи», «ближче до 15:00»: a time approached, not yet reached.
        ("closer-to", f"[{w['closer_to']}] <time>", _closer_to),
        # «часов в пять утра» (Russian only): the hour word first makes the hour approximate.
        *(
            [
                (
                    "inverted-hour",
                    f"[{w['approx_hour']}] [{w['at_hour']}] <time>",
                    lambda clock: Bound("around", clock),
                )
            ]
            if "approx_hour" in w
            else []
        ),
        # An update's time is after the publication, on its day: never the day before.
        ("updated-at", f"[{w['updated']}] <time>", lambda clock: on_day(clock, DayShift(0))),
        # «в 5 часов 30 минут», «о 7 годині 15 хвилин» (without «в», a length); «около
        # 15.00 часов».
        (
            "hour-minutes",
            f"[{w['at_hour']}] <count|numword> [{w['hour_word']}] <count> [{w['minute_word']}]",
            lambda hour, minute: Clock(hour, minute) if hour <= 24 and minute < 60 else None,
        ),
        ("clock-hours", f"<time> [{w['hour_word']}]", lambda clock: clock),
    )


def _closer_to(value):
    """«Ближе к полуночи»: the midnight approached is the one that ends the day."""
    clock, wrap = unwrap(value)
    if isinstance(clock, Clock) and (clock.hour, clock.minute) == (0, 0) and clock.base is None:
        value = wrap(replace(clock, hour=24))
    return Bound("before", value)


def _hour_before(hour: int, minutes: int = 30):
    """«половина четвертого», «пів на п'яту»: minutes into the hour before the one named."""
    return Clock((hour - 1) or 12, minutes) if 1 <= hour <= 12 else None


def _minutes_to(minutes: int, hour: int):
    """«без пятнадцати шесть», «за десять хвилин п'ята»: minutes before the hour named."""
    if not (1 <= hour <= 12 and 0 < minutes < 60):
        return None
    return Clock((hour - 1) or 12, 60 - minutes)


def spoken_times(prefix: str, w: dict) -> list:
    """The clock in words: «в половине четвертого», «без четверти пять», «пів на п'яту»."""
    at = f"[{w['at_hour']}]?"
    return rules(
        prefix,
        ("half-past", f"{at} [{w['half_to']}] <ordinal-day>", _hour_before),
        ("half-past", f"{at} <half-hour-word>", _hour_before),
        (
            "quarter-past",
            f"{at} [{w['quarter_to']}] <ordinal-day>",
            lambda hour: _hour_before(hour, 15),
        ),
        (
            "quarter-to",
            f"{at} [{w['quarter_before']}] <ordinal-day|numword>",
            lambda hour: _minutes_to(15, hour),
        ),
        (
            "minutes-to",
            f"{at} [{w['minutes_before']}] <count|numword> [{w['minute_word']}]? "
            "<ordinal-day|numword>",
            _minutes_to,
        ),
    )


def ranges(prefix: str, w: dict) -> list:
    """«с 6 по 11 августа», «с 00:20 до 02:00», «с понедельника по среду»."""
    return rules(
        prefix,
        ("days-of-month", f"[{w['since']}] <daynum> [{w['to']}] <day>", same_month),
        ("day-to-day", f"[{w['since']}] <day> [{w['to']}] <day>", day_span),
        # «Відучора й до сьогодні», «со вчерашнего дня и до сегодняшнего утра».
        (
            "day-to-day",
            f"[{w['since_yesterday']}] [{w['and']}]? [{w['to']}] <day>",
            lambda day: day_span(DayShift(-1), day),
        ),
        # «8 октября — 31 октября», «з 1 — по 5 травня»: a dash joins the two ends.
        ("day-to-day", f"[{w['since']}]? <day> - [{w['to']}]? <day>", day_span),
        ("days-of-month", f"[{w['since']}] <daynum> - [{w['to']}]? <day>", same_month),
        ("month-to-month", f"[{w['since']}] <month> [{w['to']}] <month>", Interval),
        ("months-and", f"<month> [{w['and']}] <month>", months_and),
        # «1992-1994 годов», «у 2023 – 2024 роках», «с 1992 по 1994 год»: whole years.
        (
            "year-to-year",
            f"[{w['preposition']}]? <yearnum> - <yearnum> [{w['years_word']}] .?",
            _years,
        ),
        (
            "year-to-year",
            f"[{w['since']}] <yearnum> [{w['to']}] <yearnum> "
            f"[{w['year_word']}|{w['years_word']}] .?",
            _years,
        ),
        # «за январь - август 2023 года»: the year said once, for both months.
        (
            "months-of-year",
            f"[{w['over']}]? <monthname> - <monthname> <yearnum> [{w['year_word']}]?",
            lambda first, last, year: (
                Interval(Calendar(year, first), Calendar(year, last)) if first < last else None
            ),
        ),
        # «за первые 7 месяцев 2023 года», «за восемь месяцев 2024 года»: from January.
        (
            "months-of-year",
            f"[{w['over']}]? [{w['first_ones']}]? <amount> <units> <yearnum> [{w['year_word']}]?",
            lambda n, unit, year: (
                Interval(Calendar(year, 1), Calendar(year, n))
                if unit == "month" and isinstance(n, int) and 1 <= n <= 12
                else None
            ),
        ),
        # «з ранку 23 серпня до ранку 24 серпня»: from one part of a day to another.
        ("part-to-part", f"[{w['since']}] <part> [{w['to']}] <part>", _parts),
        # «вночі та вранці 19 листопада», «в минувшие вечер и ночь»: parts of days joined.
        ("parts-and", f"<part|night> [{w['and']}] <part|night>", parts_and),
        (
            "parts-and",
            f"[{w['recent']}]? <part|night> [{w['and']}] <part|night>",
            bare_parts_and,
            "joined-parts",
        ),
        ("time-to-time", f"[{w['since']}] <time> [{w['and']}]? [{w['to']}] <time>", time_span),
        ("time-to-time", f"[{w['between']}] <time> [{w['and']}] <time>", time_span),
        # «з 18 години і до опівночі»: the first hour's own words hold its «з».
        ("time-to-time", f"<time> [{w['and']}]? [{w['to']}] <time>", time_span, None, -1),
        # «с 8 до 16 часов четверга»: hours named by their numbers, the hour's noun once.
        (
            "hours-to-hours",
            f"[{w['since']}] <count> [{w['to']}] <count> [{w['hours_of_span']}] <day>?",
            _hours,
        ),
        # «21 и 22 декабря», «сегодня и завтра», «в субботу и воскресенье».
        ("days-and", f"<daynum> [{w['and']}] <day>", same_month),
        # «24, 25 и 26 июня»: the first and the last of the days listed.
        (
            "days-and",
            f"<daynum> , <daynum> [{w['and']}] <day>",
            lambda first, _, last: same_month(first, last),
        ),
        ("day-and-day", f"<day> [{w['and']}] <day>", day_span),
        # «в период с 26 по 27 августа», «за період з 1 по 7 травня»: the span itself.
        ("in-the-period", f"[{w['in_the_period']}] <interval>", lambda span: span),
        # «у період з 05:00 до 07:00»: a span of the clock, told as its first time.
        ("in-the-period", f"[{w['in_the_period']}] <time>", lambda clock: clock),
    )


def _years(first: int, last: int):
    """«1992-1994 годов»: the years from the first to the last, which must follow it."""
    return Interval(Calendar(first), Calendar(last)) if first < last else None


def _parts(first, last):
    """«з ранку 23 серпня до ранку 24 серпня»: the days from one to the other; «с утра до
    вечера», naming no day, the day counted from."""
    if first.base is None and last.base is None:
        return DayShift(0)
    return Interval(first, last)


def _hours(first: int, last: int, day=None):
    """«с 8 до 16 часов»: the span of two hours of a day, the day given after them; «с 22
    до 6 часов» runs into the next morning."""
    if not (0 <= first <= 24 and 0 <= last <= 24) or first == last:
        return None
    last_day = DayShift(1, day) if last < first and day is not None else day
    return time_span(Clock(first, base=day), Clock(last, base=last_day))
