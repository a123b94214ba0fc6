"""Rule shapes Russian and Ukrainian share, filled in by each language with its own words.

Both languages say «в ночь на субботу» / «у ніч на суботу», «утром 3 марта» / «вранці 3
березня», «три дня назад» / «три дні тому»: one shape, two vocabularies. `SHARED` holds
the rules made of kinds alone (an adverb of a part of the day before a date), defined
once; each language's package calls the factories below with its words (phrases joined
by '|') to get the rules that name words, and the rule names carry the language
('ru.nights.night-into').
"""

from __future__ import annotations

from dataclasses import replace

from ..expression import (
    Bound,
    Calendar,
    Clock,
    DayShift,
    Duration,
    Edge,
    Night,
    Offset,
    PartOfDay,
    Relative,
    Vague,
    Weekday,
)
from ..expression_periods import Century, Decade, Quarter, Season
from .clocks import unwrap
from .common import SHIFTS, apposition, duration, winter_across
from .events import EVENT, EVENT_NOUNS, HAPPENED_NOUNS, named_event
from .patterns import rules

BOUNDABLE = "<day|month|year|week|period|part|night|time|interval|edge>"
UNIT = "<unit|units>"


def _decade(start: int):
    """«1980-х», «90-х»: the decade from that year («1900-х» too, not the century)."""
    if start % 10 or 100 <= start < 1000 or start > 9990:
        return None
    return Decade(start if start >= 1000 else 1900 + start if start >= 30 else 2000 + start)


def _part_of(part, day):
    return None if isinstance(day, PartOfDay | Night) else PartOfDay(part, day)


def _part_or_night(part):
    return Night() if part == "night" else PartOfDay(part)


# The hours past noon that each part of the day holds on a 24-hour clock.
_HOURS_OF_PART = {"daytime": range(13, 18), "afternoon": range(13, 18), "evening": range(17, 24)}


def _clock_hour(hour: int, part: str):
    """«в 3 часа ночи», «о 5 ранку», «в 11 вечера»: the part of the day sets the clock's half."""
    if hour > 12:
        # «в 14 часов дня», «в 20 часов вечера»: a 24-hour clock, its part said again.
        return hour if hour in _HOURS_OF_PART.get(part, ()) else None
    if not 0 <= hour <= 12:
        return None
    if (part in ("afternoon", "evening") and hour < 12) or (part == "daytime" and hour < 8):
        hour += 12
    elif part == "night" and hour >= 9:
        hour = (hour + 12) % 24
    elif part == "morning" and hour == 12:
        hour = 0
    return hour


def clock_of_part(value, part: str):
    if isinstance(value, int):
        # «в 3 утра», «о 5 ранку»; but «три дня» is three days, not 3 in the afternoon.
        value = Clock(value) if value <= 12 and part != "daytime" else None
    clock, wrap = unwrap(value)
    if not isinstance(clock, Clock):
        return None
    hour = _clock_hour(clock.hour, part)
    return None if hour is None else wrap(replace(clock, hour=hour))


# The parts of a day a demonstrative can point at (the night has its own words).
_DAY_PARTS = frozenset({"morning", "afternoon", "evening"})


def _relative_part(shift: int, part: str):
    if part == "night":
        return Night(DayShift(shift - 1))
    return PartOfDay(part, DayShift(shift))


def _event_on(noun: str, day):
    """«удар 30 жовтня»: the date of what the noun names; if it happened, before the report."""
    if noun not in EVENT_NOUNS or not isinstance(day, Calendar):
        return None
    return Bound("happened", day) if noun in HAPPENED_NOUNS else day


# The endings of a past participle («прогремевшего», «состоявшейся»; «який відбувся» is a
# clause): Russian only, Ukrainian says it with a verb.
_PAST_PARTICIPLE = tuple(
    "вш" + ending + reflexive
    for ending in ("его", "ей", "ем", "ему", "ий", "ая", "ее", "ую")
    for reflexive in ("", "ся")
)


def _a_year_back(day):
    if isinstance(day, Calendar) and day.day and day.year is None and day.year_shift is None:
        return replace(day, year_shift=-1)
    return None


def _with_year(day, year):
    if isinstance(day, Calendar) and day.year is None and day.day:
        return Calendar(year, day.month, day.day)
    return None


SHARED = rules(
    "slavic",
    ("part", "<part-adverb>", PartOfDay),
    ("part-of-day", "<part-adverb> ,? <day>", _part_of),
    ("part-of-day", "<day> ,? <part-adverb>", lambda day, part: _part_of(part, day)),
    # «в вечернее время в среду»: the part, then its day.
    ("part-of-day", "<part> <day>", lambda part, day: PartOfDay(part.part, day)
     if isinstance(part, PartOfDay) and part.base is None else None),
    # «в четверг, в вечерний час пик»: the day, then its part.
    ("part-of-day", "<day> ,? <part>", lambda day, part: PartOfDay(part.part, day)
     if isinstance(part, PartOfDay) and part.base is None else None),
    ("weekday-part", "<weekday-adjective> <part-noun|part-adverb>",
     lambda weekday, part: PartOfDay(part, Weekday(weekday))),
    # «удар 30 жовтня», «взрыв 5 марта»: the date of what the noun names (a weekday so told,
    # «обстрел в четверг», is refused, naming the noun).
    ("event-on-day", "<plain> <day>",
     lambda word, day: _event_on(word, day),
     None, -1),
    # «прогремевшего 28 февраля», «произошедшей 5 марта»: a participle copied with its date.
    ("participle-then-date", "<plain> <day>",
     lambda word, day: day if word.endswith(_PAST_PARTICIPLE) else None, None, -1),
    # «воскресного удара», «вчерашнего обстрела»: the day of what the noun names.
    ("weekday-adjective", "<weekday-adjective> <word>",
     lambda weekday, noun: Weekday(weekday) if noun in EVENT_NOUNS else None, None, -1),
    # «сьогоднішній нічний удар»: the night that ended that day, or that day's part.
    ("relative-part-adjective", "<relday-adjective> <part-adjective> <word>?",
     lambda shift, part, *_: _relative_part(shift, part)),
    ("relative-adjective", "<relday-adjective> <word>",
     lambda shift, noun: DayShift(shift) if noun in EVENT_NOUNS else None, None, -1),
    # «на сегодняшнем заседании», «вчерашнего неудачного штурма»: the day of what the
    # words name, whatever it is (a word of dates after it is read by the rules above).
    ("relative-adjective", "<relday-adjective> <plain> <plain>?",
     lambda shift, *_: DayShift(shift), None, -2),
    # «Після грудневого вибуху», «после мартовских событий»: the month of what the
    # words name, the nearest such.
    ("month-adjective", "<month-adjective> <plain> <plain>?",
     lambda month, *_: Bound("happened", Calendar(None, month)), None, -2),
    # «недільних (виборах)»: a weekday's adjective alone, its noun left out of the text.
    ("weekday-adjective", "<weekday-adjective>", Weekday, None, -2),
    # «во время очередной пятничной молитвы»: an adjective before it changes nothing.
    ("weekday-adjective", "<plain> <weekday-adjective> <plain>",
     lambda _, weekday, __: Weekday(weekday), None, -2),
    # «во время пятничной молитвы»: the weekday of what the words name.
    ("weekday-adjective", "<weekday-adjective> <plain> <plain>?",
     lambda weekday, *_: Weekday(weekday), None, -2),
    # «до 9 липня включно», «до 31 декабря включительно»: the last day counted in.
    ("inclusive", f"{BOUNDABLE} включно|включительно", lambda value: value),
    ("part-noun", "<part-noun>", PartOfDay),
    ("part-noun-of-day", "<part-noun> <day>", _part_of),
    ("part-adjective", "<part-adjective>", _part_or_night),
    # «ночная атака», «ранковий обстріл»: the part of the day of what the noun names.
    ("part-adjective", "<part-adjective> <word>", lambda part, _: _part_or_night(part), None, -1),
    # «нічного масованого удару», «ночной российской атаки»: an adjective between.
    ("part-adjective", "<part-adjective> <word> <word>",
     lambda part, *_: _part_or_night(part), None, -1),
    ("ordinal-date", "<ordinal-day> <monthname>", lambda day, month: Calendar(None, month, day)),
    # «в 1988-м»: a year with the ending of its ordinal.
    ("year-ordinal", "<yearnum> - м", lambda year: Calendar(year)),
    ("dateline", "<daynum> <month-abbreviation> .?", lambda day, month: Calendar(None, month, day)),
    # «31 числа», «20-го числа»: that day of the month the text is in.
    ("day-of-month", "<daynum> числа|число", lambda day: Calendar(None, None, day)),
    ("ordinal-date", "<tens-ordinal> <ordinal-day> <monthname>",
     lambda tens, day, month: Calendar(None, month, tens + day) if day < 10 else None),
    ("duration", "<units-instrumental>", lambda unit: Duration(None, unit)),
    # «Трехдневный траур», «шестирічного», «двогодинна»: a length in one adjective.
    ("compound-length", "<compound-length>", lambda length: Duration(*length)),
    # Ages are lengths of time, as TimeML values them: «69-летний», «12-річна».
    ("age", "<amount> - <age-unit>", lambda amount, unit: Duration(amount, unit)),
    # «17 летняя», «15 річна»: the hyphen left out, as copied text often has it (figures
    # only: «два летних месяца» are summer months).
    ("age", "<count> <age-unit>", lambda amount, unit: Duration(amount, unit)),
    # «лежат неделю», «ремонтували рік»: one unit in the accusative, a length (not «год»,
    # «день», «час», which name other things alone).
    *(
        ("unit-alone", words, lambda unit=unit: Duration(1, unit), None, -1)
        for words, unit in (
            ("неделю|тиждень", "week"), ("годину", "hour"), ("добу", "day"),
            ("минуту|хвилину", "minute"), ("рік", "year"), ("месяц|місяць", "month"),
        )
    ),
    # «с 20-минутной задержкой», «з 5-річною перервою»: the length the adjective tells.
    ("length-of-noun", "с|со|з|із|после|після? <amount> - <age-unit> <plain>",
     lambda amount, unit, noun: Duration(amount, unit), None, -1),
    # «событиям четырехлетней давности»: as long ago as the length says.
    ("ago-compound", "<compound-length> давности|давнини",
     lambda length: Offset(length[0], length[1], -1)),
    # «до 13-ти років», «8-ми лет»: a count written with its case ending.
    ("duration", "<count> - ти|ми|и|ех <units>", duration),
    # «2-х дней», «22-х років»; «90-х років» is a decade («-х» follows no round count).
    ("duration", "<count> - х <units>", lambda n, unit: duration(n, unit) if n % 10 else None),
    ("nth-day", "<ordinal-plural> <unit>", lambda n, unit: Duration(n, unit) if unit == "day"
     else None),
    ("season", "<season-adverb>", Season),
    ("shifted-season", "<shift> <season-adverb>",
     lambda shift, season: Season(season, None, SHIFTS[shift])),
    ("season-year", "<season-adverb> <yearnum>", lambda season, year: Season(season, year)),
    ("hour", "<hour-ordinal>", Clock),
    ("hour", "<hour-ordinal> години|годині", Clock),
    ("hour-of-part", "<time|count|numword> <part-genitive>", clock_of_part),
    # «в XIV веке», «в 14 веке», «у XXI столітті»: the century (14 is the 1300s).
    ("century", "<roman|count> век|века|веке|веком|столетие|столетия|столетии|століття|столітті"
     "|сторіччя|сторіччі", lambda number: Century(number) if 1 <= number <= 21 else None,
     None, 1),
    # «недельный», «місячний»: one unit's length (not «дневной», the daytime's).
    ("one-unit-adjective", "<age-unit>", lambda unit: Duration(1, unit)
     if unit in ("week", "month") else None, None, -1),
    # «тридцать семь», «двадцять п'ять»: tens and units, one number.
    ("compound-number", "<numword> <numword>", lambda tens, units: tens + units
     if tens in (20, 30, 40, 50, 60, 70, 80, 90) and 1 <= units <= 9 else None, "numword"),
    # «с 6-ти часов утра»: a count written with its case ending.
    ("hour-of-part", "<count> - ти|ми|х|ех <units|unit> <part-genitive>",
     lambda hour, unit, part: clock_of_part(hour, part) if unit == "hour" else None),
    # «в 5-6 утра», «около 7-8 часов вечера»: the first of two hours in a row or so.
    ("hours-of-part", "<count> - <count> <part-genitive>", lambda first, last, part:
     clock_of_part(first, part) if first < last <= first + 3 else None),
    ("hours-of-part", "<count> - <count> <units|unit> <part-genitive>",
     lambda first, last, unit, part:
     clock_of_part(first, part) if unit == "hour" and first < last <= first + 3 else None),
    # «друга година ночі», «третий час ночи»: the hour as an ordinal with its noun.
    ("hour-of-part", "<ordinal-day> година|час <part-genitive>", clock_of_part),
    # «вторые сутки подряд», «другий день поспіль»: a length, counted up to now.
    ("in-a-row", "<duration> подряд|поспіль", lambda length: length),
    # «28.02.2015 г.», «28-02-2015 року»: a date in figures with the word for its year.
    ("figures-date-year-word", "<day> года|г|року|р .?", lambda day: day
     if isinstance(day, Calendar) and day.day and day.year is not None else None),
    # «Третий раз за день», «втретє за день»: the day so far, the report's (not «за сутки»,
    # «за добу», lengths).
    ("day-so-far", "за день", lambda: Bound("since", DayShift(0)), None, 1),
    # «многие годы», «долгие месяцы», «багато років»: lengths nobody counted.
    ("many-units", "многие|многих|долгие|долгих|довгі|довгих|багато <units>",
     lambda unit: Duration(None, unit)),
    # «с самого утра», «з самого ранку»: the morning, from its start.
    ("from-the-morning", "с|з|із самого|раннего|раннього утра|ранку", lambda: "morning",
     "part-adverb"),
    # «Обновлено 27 марта», «Оновлено 27 березня»: the day of the update.
    ("updated-on", "обновлено|оновлено <day>", lambda day: day),
    ("month-of-year", "<monthname> <shift> <unit>",
     lambda month, shift, unit: Calendar(None, month, year_shift=SHIFTS[shift])
     if unit == "year" else None),
    # «4 сентября с.г.» («сего года»), «4 вересня ц.р.» («цього року»): this year.
    ("date-of-year", "<day> [с . г .|с . г|т . г .|т . г|ц . р .|ц . р|п . р .|п . р]",
     lambda day: replace(day, year_shift=0)
     if isinstance(day, Calendar) and day.day and day.year is None else None),
    # «24 февраля прошлого года», «із 24 лютого минулого року».
    ("date-of-year", "<day> <shift> <unit>",
     lambda day, shift, unit: replace(day, year_shift=SHIFTS[shift])
     if unit == "year" and isinstance(day, Calendar) and day.day and day.year is None
     else None),
)  # fmt: skip


def parts(prefix: str, w: dict) -> list:
    """«рано утром», «на утро 8 августа», «во второй половине дня», «до позднего вечера»."""
    return rules(
        prefix,
        # «рано вранці», «рано-вранці»: the part of the day; its first hours are not told.
        ("early-part", f"[{w['early']}] -? <part-adverb>", PartOfDay),
        ("early-part-of-day", f"[{w['early']}] -? <part-adverb> ,? <day>", _part_of),
        (
            "day-early-part",
            f"<day> [{w['early']}] <part-adverb>",
            lambda day, part: _part_of(part, day),
        ),
        (
            "as-of-part",
            f"[{w['as_of']}|{w['by']}] <part-noun> <day>?",
            # «Станом на вечір»: as of the report's own evening, if it had come.
            lambda part, day: _part_of(part, day) if day else Bound("as-of", PartOfDay(part)),
        ),
        ("late-part", f"[{w['late_adjective']}] <part-noun|part-genitive>", _part_or_night),
        # Dawn and dusk are read as the morning and the evening, as TimeML values them.
        ("dawn", f"[{w['dawn']}]", lambda: "morning", "part-adverb"),
        ("dusk", f"[{w['dusk']}]", lambda: "evening", "part-adverb"),
        ("rush-hour", f"[{w['rush_hour']}]", lambda: "morning", "part-adverb"),
        ("half-of-day", f"[{w['first_half']}]", lambda: PartOfDay("morning")),
        ("half-of-day", f"[{w['second_half']}]", lambda: PartOfDay("afternoon")),
        ("afternoon", f"[{w['afternoon_words']}]", lambda: "afternoon", "part-adverb"),
        ("midday", f"[{w['midday_words']}]", lambda: "midday", "part-adverb"),
        ("toward-evening", f"[{w['toward_evening']}]", lambda: "evening", "part-adverb"),
        ("toward-morning", f"[{w['toward_morning']}]", lambda: "morning", "part-adverb"),
        # «этим утром», «цього вечора», «тем же вечером»: the report's own; «минувшего
        # вечера», «вчорашнім ранком»: the day before's.
        (
            "this-part",
            f"[{w['this_part']}] <part-adverb|part-noun|part-genitive>",
            lambda part: PartOfDay(part, DayShift(0)) if part in _DAY_PARTS else None,
        ),
        # «На следующее утро», «наступного вечора»: of the day after, as «на следующий день».
        (
            "next-part",
            f"[{w['next_part']}] <part-adverb|part-noun|part-genitive>",
            lambda part: PartOfDay(part, DayShift(1)) if part in _DAY_PARTS else None,
        ),
        (
            "last-part",
            f"[{w['last_part']}] <part-adverb|part-noun|part-genitive>",
            lambda part: PartOfDay(part, DayShift(-1)) if part in _DAY_PARTS else None,
        ),
        ("current-night", f"[{w['current_night']}]", lambda: Night()),
    )


def days(prefix: str, w: dict) -> list:
    """«накануне», «на следующий день», «в тот же день», «за день до <id>», «2014 года»."""
    return rules(
        prefix,
        ("day-after", f"[{w['next_day']}]", lambda: DayShift(1)),
        ("same-day", f"[{w['same_day']}]", lambda: DayShift(0)),
        # «того страшного дня», «цього кривавого дня»: that day, described.
        ("same-day", f"[{w['that_of_day']}] <plain> [{w['day_gen']}]", lambda _: DayShift(0)),
        ("day-before", f"[{w['eve']}|{w['day_before']}] <day>", lambda day: DayShift(-1, day)),
        # «Накануне беспорядков», counted from the riots' incident: its eve (from a
        # report, refused: which riots?).
        ("day-before", f"[{w['eve']}] {EVENT}", _eve_of_story_event, None, -2),
        ("day-after", f"[{w['next_day']}] [{w['after']}] <day>", lambda day: DayShift(1, day)),
        ("date-year", f"<day> ,? <yearnum> [{w['year_word']}] .?", _with_year),
        # «25 травня торік», «25 мая в прошлом году»: the date a year back.
        ("date-last-year", f"<day> [{w['last_year_after']}]", _a_year_back),
        # «Вчора (15 листопада – ред.)»: the editor's gloss names the day.
        ("editor-gloss", f"<day> ( <day> -? [{w['editor']}] .? )", apposition),
        # «Сьогодні ж вранці», «вчера же»: the particle changes nothing.
        ("emphatic", "<relday> же|ж", lambda shift: shift, "relday"),
        ("year", f"<yearnum> [{w['year_word']}] .?", Calendar),
        # «в 1958-м году», «у 2014-му році»: the year with its ordinal ending.
        ("year", f"<yearnum> - м|му|го|й|ий|ому|ого [{w['year_word']}] .?", Calendar),
        ("birth-year", f"<yearnum> [{w['birth_year']}] .?", Calendar),
        # «Ранее в субботу», «раніше сьогодні»: earlier on that day, valued as the day.
        ("earlier-on", f"[{w['earlier_later']}] <day>", lambda day: day),
        # «Ранее утром», «пізніше ввечері»: earlier or later in that part of the day.
        (
            "earlier-on",
            f"[{w['earlier_later']}] <part-adverb>",
            lambda part: PartOfDay(part, DayShift(0)) if part in _DAY_PARTS else None,
        ),
        (
            "month-year",
            f"<monthname> <yearnum> [{w['year_word']}] .?",
            lambda month, year: Calendar(year, month),
        ),
        ("past-day", f"[{w['past_day']}]", lambda: DayShift(-1)),
        # «вечером прошлого дня»: the day before the one the text counts from.
        ("previous-day", f"[{w['previous_day']}]", lambda: DayShift(-1)),
        ("since-day-start", f"[{w['day_start']}]", lambda: Bound("since", DayShift(0))),
        ("from-today", f"[{w['from_today']}]", lambda: Bound("since", DayShift(0))),
        ("weekday-day", f"<weekday-adjective> [{w['day_word']}]", Weekday),
        # «Звичайний суботній день», «обычный субботний день»: the weekday, described.
        ("weekday-day", f"[{w['ordinary']}] <weekday-adjective> [{w['day_word']}]", Weekday),
        ("day-all-day", f"<day> [{w['whole_day']}]", lambda day: day),
        ("relative-day", f"<relday> [{w['day_word']}]", DayShift),
        # «дня вчерашнего», «итоги дня сегодняшнего»: the noun first, as in a heading
        # (not «днем», which with «сегодня» is the daytime).
        ("relative-day", "день|дня|дню <relday>", DayShift),
    )


def _eve_of_story_event(*words):
    event = named_event(words)
    return DayShift(-1, replace(event, of_the_story=True)) if event else None


def periods(prefix: str, w: dict) -> list:
    """«на прошлой неделе», «в начале апреля», «в выходные», «торік»."""
    return rules(
        prefix,
        (
            "weekend",
            f"<shift>? [{w['weekend']}]",
            lambda shift: Relative("weekend", SHIFTS[shift] if shift else None),
        ),
        # «все выходные», «усі вихідні»: the weekend, all of it.
        ("weekend", f"[{w['all_of']}] [{w['weekend']}]", lambda: Relative("weekend", None)),
        ("edge", f"[{w['beginning']}] <month|year|week>", lambda base: Edge("early", base)),
        ("edge", f"[{w['middle']}] <month|year|week>", lambda base: Edge("mid", base)),
        ("edge", f"[{w['end']}] <month|year|week>", lambda base: Edge("late", base)),
        # «в 1980-х годах», «90-х років»: a decade by its first year; «наприкінці 1980-х»
        # keeps the decade, as "the late 1980s" does.
        ("decade", "<number> - х годов|годах|годы|років|роках|роки?", _decade, "decade-words"),
        ("decade", "<decade-words>", lambda decade: decade),
        (
            "edge-of-decade",
            f"[{w['beginning']}|{w['middle']}|{w['end']}] <decade-words>",
            lambda decade: decade,
        ),
        (
            "edge-of-period",
            f"[{w['beginning']}] <unit>",
            lambda unit: (
                Edge("early", Relative(unit)) if unit in ("month", "year", "week") else None
            ),
        ),
        (
            "edge-of-period",
            f"[{w['end']}] <unit>",
            lambda unit: (
                Edge("late", Relative(unit)) if unit in ("month", "year", "week") else None
            ),
        ),
        (
            "season-year",
            f"<season-adverb|season> <yearnum> [{w['year_word']}]",
            lambda season, year: Season(season, year),
        ),
        # «в 4 кварталі 2024 року», «в первом квартале текущего года»: a calendar quarter.
        # A figure is a count in «за 3 квартала» (three quarters): read only in the
        # locative, «в 4 кварталі».
        (
            "quarter-of-year",
            f"<ordinal-day> [{w['quarter_word']}] <yearnum> [{w['year_word']}]",
            lambda n, year: Quarter(n, year) if 1 <= n <= 4 else None,
        ),
        (
            "quarter-of-year",
            f"<count> [{w['quarter_in']}] <yearnum> [{w['year_word']}]",
            lambda n, year: Quarter(n, year) if 1 <= n <= 4 else None,
        ),
        (
            "quarter-of-year",
            f"<ordinal-day> [{w['quarter_word']}] <shift> [{w['year_word']}]",
            lambda n, shift: Quarter(n, None, SHIFTS[shift]) if 1 <= n <= 4 else None,
        ),
        (
            "quarter-of-year",
            f"<count> [{w['quarter_in']}] <shift> [{w['year_word']}]",
            lambda n, shift: Quarter(n, None, SHIFTS[shift]) if 1 <= n <= 4 else None,
        ),
        (
            "season-across-years",
            f"<season-adverb|season> <yearnum> -|/ <number> [{w['years_word']}]?",
            winter_across,
        ),
        # «летом прошлого года», «взимку минулого року»: the season of the year shifted.
        (
            "season-of-shifted-year",
            f"<season-adverb|season> <shift> [{w['year_word']}]",
            lambda season, shift: Season(season, None, SHIFTS[shift]),
        ),
        ("last-year", f"[{w['last_year']}]", lambda: Relative("year", -1)),
        ("this-year", f"[{w['this_year']}]", lambda: Relative("year", 0)),
        # «За останній час»: recently («час» is Ukrainian "time", not the Russian hour that
        # the last hour's rule reads), as «последнее время» is.
        ("recent-time", f"[{w['recent_time']}]", lambda: Vague("PAST_REF"), None, 2),
        # «починаємо новий тиждень», «новую неделю»: the week of the day counted from.
        ("new-week", f"[{w['new_week']}]", lambda: Relative("week", 0)),
        # «в конце того же месяца»: the month, week or year of the day the text counts from.
        (
            "same-period",
            f"[{w['same']}] <unit>",
            lambda unit: Relative(unit, 0) if unit in ("week", "month", "year") else None,
        ),
    )
