"""Words that bound or qualify a day in Russian and Ukrainian: «с», «до», «к», «около»,
«по состоянию на», «ранее, в сентябре», «в канун». Shapes both languages share, filled in
by each with its words, as in `slavic.py`."""

from __future__ import annotations

from ..expression import Bound, DayShift, Edge, Holiday, PartOfDay, Relative
from .patterns import rules
from .slavic import BOUNDABLE
from .spans import edge_days, month_edge_day


def modifiers(prefix: str, w: dict) -> list:
    """«с», «до», «к», «около», «после», «по состоянию на», «в течение» around a day."""

    def bound(kind):
        return lambda value: Bound(kind, value)

    return rules(
        prefix,
        ("since", f"[{w['since']}] {BOUNDABLE}", bound("since")),
        # «с самого утра», «з самого ранку»; «сегодня с утра»: since that part of the day.
        ("since", f"[{w['since']}] самого|самой|самої <part>", bound("since")),
        (
            "since-part-of-day",
            f"<relday> [{w['since']}] самого|самой|самої? <part>",
            lambda shift, part: (
                Bound("since", PartOfDay(part.part, DayShift(shift)))
                if isinstance(part, PartOfDay) and part.base is None
                else None
            ),
        ),
        # «В понедельник с утра», «у суботу з самого ранку»: since that day's part.
        (
            "since-part-of-day",
            f"<day> [{w['since']}] самого|самой|самої? <part>",
            lambda day, part: (
                Bound("since", PartOfDay(part.part, day))
                if isinstance(part, PartOfDay) and part.base is None
                else None
            ),
            None,
            -1,
        ),
        ("until", f"[{w['until']}] {BOUNDABLE}", bound("until")),
        ("by", f"[{w['by']}] {BOUNDABLE}", bound("by")),
        ("around", f"[{w['about']}] {BOUNDABLE}", bound("around")),
        ("after", f"[{w['after']}] {BOUNDABLE}", bound("after")),
        ("before", f"[{w['before_bound']}] {BOUNDABLE}", bound("before")),
        # «вскоре после 22:00», «одразу після вибуху»: the bound, near it.
        (
            "shortly",
            f"[{w['shortly']}] {BOUNDABLE}",
            lambda value: (
                value if isinstance(value, Bound) and value.kind in ("after", "before") else None
            ),
        ),
        ("as-of", f"[{w['as_of']}] {BOUNDABLE}", bound("as-of")),
        ("throughout", f"[{w['during']}] {BOUNDABLE}", bound("throughout")),
        (
            "particle",
            f"[{w['particle']}] <{BOUNDABLE.strip('<>')}|duration|vague>",
            lambda value: value,
        ),
        ("duration-words", f"[{w['duration_words']}] <duration>", lambda value: value),
        ("preposition", f"[{w['preposition']}] {BOUNDABLE}", lambda value: value),
        # «в последний день августа», «у перший день травня»: that day of the month.
        ("month-edge-day", f"[{w['first_day_of']}] <month>", lambda m: month_edge_day("first", m)),
        ("month-edge-day", f"[{w['last_day_of']}] <month>", lambda m: month_edge_day("last", m)),
        # «в последний день Рамадана»: an end of several days.
        ("interval-first-day", f"[{w['first_day_of']}] <interval>", lambda span: span.first),
        ("interval-last-day", f"[{w['last_day_of']}] <interval>", lambda span: span.last),
        (
            "month-edge-day",
            f"[{w['penultimate_day_of']}] <month>",
            lambda m: month_edge_day("penultimate", m),
        ),
        # «в первые дни 2022 года», «в останні дні грудня»: the early or late days.
        ("edge-days", f"[{w['first_days_of']}] <month|year>", lambda m: edge_days("early", m)),
        ("edge-days", f"[{w['last_days_of']}] <month|year>", lambda m: edge_days("late", m)),
        # «за минулу добу», «за минулий тиждень», «за 2023 год»: over the time named.
        (
            "over-the-day",
            f"[{w['over']}] <day|part|night|week|month|year|period|interval>",
            bound("during"),
        ),
        ("whole-day", f"[{w['whole_day']}]", lambda: DayShift(0)),
        # «после ужина», «після вечері»: the evening.
        ("after-dinner", f"[{w['after_dinner']}]", lambda: PartOfDay("evening")),
        (
            "after-dinner",
            f"<day> ,? [{w['after_dinner']}]",
            lambda day: PartOfDay("evening", day),
        ),
        # «весь вечер», «всё утро», «увесь вечір»: that part of the day, as «всю ночь» is.
        ("whole-part", f"[{w['whole_part']}] <part-noun>", PartOfDay),
        # «в течение суток 8 сентября», «за добу 23 вересня»: the day named.
        (
            "whole-day",
            f"[{w['during']}|{w['over']}] [{w['day_unit']}] <day>",
            lambda day: Bound("during", day),
        ),
        ("edge-of-day", f"[{w['early']}] <day>", lambda day: Edge("early", day)),
        ("edge-of-day", f"[{w['end']}] <day>", lambda day: Edge("late", day)),
        # «в канун Нового года», «напередодні Нового року»: the day before the feast.
        (
            "eve-of",
            f"[{w['eve_of']}] <day>",
            lambda day: DayShift(-1, day) if isinstance(day, Holiday) else None,
        ),
        ("exactly-at", f"[{w['exactly']}] <time>", lambda time: time),
        # «з нагоди Дня Свободи і Гідності», «по случаю Дня Победы»: the feast itself.
        (
            "occasion",
            f"[{w['on_the_occasion']}] <day>",
            lambda day: day if isinstance(day, Holiday) else None,
        ),
        # «ранее, в сентябре», «раніше, у вересні»: the time named, earlier than the report.
        (
            "earlier-named",
            f"[{w['earlier']}] , {BOUNDABLE}",
            lambda value: Bound("earlier", value),
        ),
        # «ранее в сентябре», «раніше цього року», «позже в этом месяце»: the month, year
        # or week named, earlier or later in it (later only in a relative one: "later in
        # September", said in September, is this one, which the nearest year cannot tell).
        # Without a preposition only a relative one: «ранее 2025 года» is "before 2025".
        (
            "earlier-in",
            f"[{w['earlier']}] [{w['preposition']}] <month|year|week|period>",
            lambda value: Bound("earlier", value),
        ),
        (
            "earlier-in",
            f"[{w['earlier']}] <month|year|week|period>",
            # «ранее этим летом»: a season told relative to the report is one too.
            lambda value: (
                Bound("earlier", value)
                if isinstance(value, Relative) or getattr(value, "shift", None) is not None
                else None
            ),
        ),
        (
            "later-in",
            f"[{w['later_in']}] <month|year|week|period>",
            lambda value: value if isinstance(value, Relative) else None,
        ),
        # «в течение вечера и ночи», «протягом ранку та дня»: the parts joined.
        ("throughout", f"[{w['during']}] <joined-parts>", lambda value: value),
    )
