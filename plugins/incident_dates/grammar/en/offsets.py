"""English counts of time: 'three days ago', 'nine days after <id>', 'in two weeks', durations."""

from __future__ import annotations

from ...expression import (
    CLOCK_UNITS,
    EARLIER,
    LATER,
    Anniversary,
    DayShift,
    Duration,
    Event,
    InTime,
    Offset,
    Vague,
)
from ..common import count, days_and_nights, duration
from ..events import EVENT, counts_anniversaries, from_event, near_event
from ..patterns import rules

BEFORE = "ago|earlier|back|previously|prior"
# After a moment of the story ("ten days later"); "hence" and "from now" count from now.
AFTER = "later|afterwards|on"
UNIT = "<unit|units>"
# An amount no one counted: "a few", "several".
FEW = "few"


def _offset(sign: int):
    return lambda amount, unit, base=None: Offset(count(amount), unit, sign, base)


def _later(amount, unit):
    return Offset(count(amount), unit, 1, told=LATER)


# Who has an age in reporting: "a 3-year-old boy", "a 78-year-old man".
_PERSONS = (
    "boy|girl|man|woman|child|son|daughter|resident|soldier|driver|teenager|student|suspect"
    "|victim|mother|father|passenger|pilot|officer|person|baby|toddler|civilian|volunteer"
)


def _age(years: int):
    """'Aged 27': a length in years, if it can be a person's age."""
    return Duration(years, "year") if 0 < years <= 130 else None


def _age_of(amount):
    """An age counted in words or figures; an uncounted one ("a few") is none."""
    return _age(amount) if isinstance(amount, int) else None


def _between_events(sign: int):
    # "Two years after [launching an invasion]": 'after' and 'before' need an object, and
    # the text ends first, so the count is from an event the text does not name, never
    # from the report: a length of time. Read as "later" and "earlier" are: from an
    # incident, the day it lands on ("three days before" the story's day); from a report,
    # a length. Hours and minutes counted back are the report's day, as "hours earlier" is.
    def build(amount, unit):
        if sign < 0 and unit in CLOCK_UNITS:
            return Offset(count(amount), unit, sign)
        return Offset(count(amount), unit, sign, told=LATER if sign > 0 else EARLIER)

    return build


# Half of a unit in the next smaller one, as TimeML writes it: "half a day" is PT12H.
_HALVES = {
    "hour": (30, "minute"), "day": (12, "hour"), "year": (6, "month"), "decade": (5, "year"),
    "century": (50, "year"),
}  # fmt: skip


# "A year and a half ago": counted in the next smaller unit, as the month it lands in.
_SMALLER = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60)}


def _and_a_half_ago(length):
    if not (isinstance(length, Duration) and isinstance(length.count, float)) or length.more:
        return None
    if length.unit not in _SMALLER:
        return None
    unit, per = _SMALLER[length.unit]
    return Offset(int(length.count * per), unit, -1)


def half(unit: str) -> Duration:
    """'Half an hour', 'half a year': half the unit, or some of it if it has no half."""
    return Duration(*_HALVES[unit]) if unit in _HALVES else Duration(None, unit)


def _lengths_not_hours_of_clock(first, last, unit: str) -> bool:
    """Tell whether a range of counts is of lengths: "from 22 to 6 hours", "between 0600 and
    1800 hours" are hours of the clock."""
    if unit not in CLOCK_UNITS:
        return True
    return isinstance(first, int) and isinstance(last, int) and first < last < 24


RULES = rules(
    "en.offsets",
    ("vague-count", "a? few|several|couple|number of?", lambda: FEW, "amount"),
    ("vague-count", "some|many", lambda: FEW, "amount"),
    (
        "approximate-count",
        "about|some|nearly|almost|around|roughly|just|only|over <amount>",
        lambda count: count,
        "amount",
    ),
    ("approximate-count", "just|well? under <amount>", lambda count: count, "amount"),
    ("approximate-count", "more|less|fewer than <amount>", lambda count: count, "amount"),
    (
        "approximate-count",
        "[slightly|a little|a bit] more|less|fewer than <amount>",
        lambda count: count,
        "amount",
    ),
    ("approximate-count", "at least|most <amount>", lambda count: count, "amount"),
    ("approximate-count", "no more|less|fewer than <amount>", lambda count: count, "amount"),
    ("approximate-count", "a couple of", lambda: 2, "amount"),
    # "A good 90 minutes", "approx. 30 minutes": about the count.
    ("approximate-count", "a good <amount>", lambda count: count, "amount"),
    ("approximate-count", "barely|scarcely <amount>", lambda count: count, "amount"),
    ("approximate-count", "approx .? <amount>", lambda count: count, "amount"),
    ("exactly", "exactly|precisely <amount>", lambda count: count, "amount"),
    # "Just half an hour", "about half a day": a length told without a count.
    (
        "approximate-length",
        "about|just|only|nearly|almost|around|roughly|some|over <duration>",
        lambda length: length,
    ),
    # "The best part of two days", "the better part of a decade": most of that length.
    ("approximate-length", "the best|better|greater part of <duration>", lambda length: length),
    ("ago", f"<amount> -? {UNIT} or? so? {BEFORE}", _offset(-1)),
    # "Half a year ago": six months back, the month (as "six months ago" is).
    ("ago", f"half a year {BEFORE}", lambda: Offset(6, "month", -1)),
    ("ago", f"<duration> {BEFORE}", _and_a_half_ago),
    # "Exactly half a year ago", as «ровно полгода назад»: that day, six months back.
    (
        "exactly-ago",
        f"exactly|precisely half a year {BEFORE}",
        lambda: Offset(6, "month", -1, exact=True),
    ),
    ("later", f"<amount> -? {UNIT} or? so? {AFTER}", _later),
    ("later", f"<amount> -? {UNIT} or? so? hence", _offset(1)),
    ("later", f"<amount> -? {UNIT} from now", _offset(1)),
    # "Two days after that": the day the text counts from is what "that" points at.
    ("from-then", f"<amount> -? {UNIT} after that|this", _later),
    ("from-then", f"<amount> -? {UNIT} before that|this", _offset(-1)),
    (
        "from-then",
        "the|a <unit> after that|this",
        lambda unit: Offset(1, unit, 1, told=None if unit == "day" else LATER),
    ),
    ("from-then", "the|a <unit> before that|this", lambda unit: Offset(1, unit, -1)),
    ("between-events", f"<amount> -? {UNIT} or? so? after", _between_events(1)),
    ("between-events", f"<amount> -? {UNIT} or? so? [before|prior to]", _between_events(-1)),
    ("after-a-while", f"after|following <amount> full? {UNIT}", duration),
    # "In the first two hours of the eruption": the length of them.
    (
        "first-of-event",
        f"in|during|over|within? the first <amount> {UNIT} of {EVENT}",
        lambda n, unit, *words: duration(n, unit),
    ),
    # "Shortly before the attack", "hours after the first bomb": on the event's day.
    (
        "near-event",
        f"shortly|just|immediately|right|soon [before|after|prior to] {EVENT}",
        near_event,
        None,
        -1,
    ),
    (
        "near-event",
        f"just|only|mere? hours|minutes|moments [before|after|prior to] {EVENT}",
        near_event,
        None,
        -1,
    ),
    (
        "near-event",
        f"half an|a hour [before|after|prior to] {EVENT}",
        near_event,
        None,
        -1,
    ),
    (
        "hours-later",
        "just|only|mere? hours|minutes|moments later|after|earlier|before",
        lambda: DayShift(0),
        None,
        1,
    ),
    # "[The attack came] days after [a powerful earthquake struck]": some time before the
    # report, as "days earlier" is.
    (
        "between-events",
        "just|only|mere? <units> after|before",
        lambda unit: None if unit in CLOCK_UNITS else Vague("PAST_REF"),
    ),
    ("hours-later", "half an|a hour later|after|earlier|before", lambda: DayShift(0)),
    ("counted-before", f"<amount> -? {UNIT} [before|prior to|earlier than] <day>", _offset(-1)),
    ("counted-after", f"<amount> -? {UNIT} after|from|following <day>", _offset(1)),
    # "Ten hours after the dam breach": from an event the text names but does not date.
    (
        "from-event",
        f"<amount> -? {UNIT} after|following {EVENT}",
        lambda n, unit, *words: from_event(n, unit, 1, words),
        None,
        -1,
    ),
    (
        "from-event",
        f"<amount> -? {UNIT} [before|ahead of|prior to] {EVENT}",
        lambda n, unit, *words: from_event(n, unit, -1, words),
        None,
        -1,
    ),
    (
        "from-event",
        f"<units> after|following {EVENT}",
        # "Hours after the accident": the same day; "days after", a length (see above).
        lambda unit, *words: from_event("few", unit, 1, words) if unit in CLOCK_UNITS else None,
        None,
        -1,
    ),
    (
        "from-event",
        f"the|a? <unit> after|following {EVENT}",
        lambda unit, *words: from_event(1, unit, 1, words) if unit == "day" else None,
        None,
        -1,
    ),
    (
        "from-event",
        f"the|a? <unit> [before|ahead of|prior to] {EVENT}",
        lambda unit, *words: from_event(1, unit, -1, words) if unit == "day" else None,
        None,
        -1,
    ),
    ("counted-before", "a <unit> before <day>", lambda unit, day: Offset(1, unit, -1, day)),
    ("counted-after", "a <unit> after <day>", lambda unit, day: Offset(1, unit, 1, day)),
    ("in-time", f"in <amount> {UNIT} time?", lambda amount, unit: InTime(count(amount), unit)),
    ("in-time", "in a <unit>", lambda unit: InTime(1, unit)),
    # "A 22-foot rise in just three hours": "just" and "only" make it a length.
    ("in-just", f"in [just|only|mere|a mere|little] <amount> {UNIT}", duration, None, 1),
    ("in-just", "in just|only|mere <units>", lambda unit: Duration(None, unit)),
    # "Every night", "daily": how often, written as the length between, as TimeML does.
    ("recurrence", "every|each <unit>", lambda unit: Duration(1, unit)),
    # "Every 20 minutes", "every three hours": the length between.
    ("recurrence", f"every <amount> {UNIT}", duration),
    # "Three nights in a row", "for five straight nights": as many days.
    ("nights-in-a-row", "<amount> nights in a row|running", lambda n: duration(n, "day")),
    ("nights-in-a-row", "<amount> straight|consecutive nights", lambda n: duration(n, "day")),
    ("recurrence", "every|each night|evening|morning", lambda: Duration(1, "day")),
    ("recurrence", "every|each <weekday>", lambda _: Duration(1, "week")),
    (
        "recurrence",
        "on? mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays",
        lambda: Duration(1, "week"),
    ),
    *(
        ("recurrence", adverb, lambda unit=unit: Duration(1, unit))
        for adverb, unit in (
            ("hourly", "hour"),
            ("daily", "day"),
            ("everyday", "day"),
            ("nightly", "day"),
            ("weekly", "week"),
            ("monthly", "month"),
            ("yearly", "year"),
            ("annually", "year"),
        )
    ),
    ("within", f"within|for|over|during <amount> {UNIT}", duration),
    # "For three straight days", "a fifth consecutive night": counted one after another.
    (
        "within",
        f"within|for|over|during? <amount> straight|consecutive|successive|running {UNIT}",
        duration,
    ),
    # "Five years to the day (since the attack)": the anniversary, counted as one is.
    (
        "to-the-day",
        "<amount> years to the day",
        lambda years: (
            Anniversary(n, Event("the day"))
            if (n := count(years)) is not None and counts_anniversaries(n)
            else None
        ),
    ),
    # "From six to nine years", "between 10 and 15 minutes": a range of lengths, as its first.
    (
        "length-range",
        f"from|between <amount> to|and <amount> {UNIT}",
        lambda first, last, unit: (
            duration(first, unit) if _lengths_not_hours_of_clock(first, last, unit) else None
        ),
    ),
    ("within", "within|for|over|during a|an|one <unit>", lambda unit: Duration(1, unit)),
    (
        "within",
        "within|for|over|in the past|last|next|first|coming <unit>",
        lambda unit: Duration(1, unit),
    ),
    ("within", f"within|for|over|in the past|last|next|first|coming <amount> {UNIT}", duration),
    # "During past 6 hours": a report's shorthand, with no article.
    ("within", f"during|over|in past|last <amount> {UNIT}", duration),
    # "Within a week of the case": the length from the event.
    (
        "within-of-event",
        f"within <amount>? <unit> of {EVENT}",
        lambda amount, unit, *_: Duration(count(amount) if amount else 1, unit),
        None,
        -1,
    ),
    # "Over the course of the past 18 months", "for almost the entire past week".
    (
        "within",
        f"over the course of the past|last <amount> {UNIT}",
        duration,
    ),
    (
        "within",
        "for? almost|nearly? the entire|whole past|last <unit>",
        lambda unit: Duration(1, unit),
    ),
    (
        "within",
        "within|for|over|in the past|last|next|first|coming <units>",
        lambda unit: Duration(None, unit),
    ),
    ("past-span", f"the past|last|next|coming|first <amount> {UNIT}", duration),
    # "For the first time in months", "for the first time in 20 years": a span back to now.
    ("first-time-in", "for the? first time in <units>", lambda unit: Duration(None, unit)),
    ("first-time-in", f"for the? first time in <amount> {UNIT}", duration),
    ("duration", f"<amount> - {UNIT}", duration),
    ("duration", f"<amount> full? {UNIT} of", duration),
    ("duration", "a|an|one full? <unit>", lambda unit: Duration(1, unit)),
    ("duration", "half an|a <unit>", half),
    ("duration", "a half <unit>", half),
    ("duration", "more|less than half an|a <unit>", half),
    (
        "quarter-hour",
        "a|one? quarter of an hour",
        lambda: Duration(15, "minute"),
    ),
    ("quarter-hour", "a? quarter - hour", lambda: Duration(15, "minute")),
    ("duration", "for|over <units>", lambda unit: Duration(None, unit)),
    # "Up to 41 hours": as long as that at most.
    ("up-to-length", "up to <amount> -? <unit|units>", duration),
    # "A maximum of 14 days", "for not more than (a) week": the length named.
    ("up-to-length", "a maximum|minimum of <amount> -? <unit|units>", duration),
    (
        "up-to-length",
        "for? not|no more|less than a? <unit>",
        lambda unit: Duration(1, unit),
    ),
    ("duration", "in the <units> since|after|before", lambda unit: Duration(None, unit)),
    ("duration", "in the <unit> since|after|before", lambda unit: Duration(1, unit)),
    ("duration", "<units>", lambda unit: Duration(None, unit)),
    ("period-of", f"a|the period of <amount> {UNIT}", duration),
    # "A three-day official mourning period": the nouns before "period" say what of.
    (
        "period-of",
        f"a|an? <amount> -? {UNIT} <plain>? <plain>? period",
        lambda n, unit, *_: duration(n, unit),
    ),
    ("period-of", "for a period of <duration>", lambda duration: duration),
    ("period-of", "over|during a|the? <duration> period", lambda duration: duration),
    # Words around a length that leave it as it is: "40 minutes or more", "for months now",
    # "for 2.5 days", "in a single day", "a weeklong siege", "a three-day-long strike".
    ("around-duration", "for|over|during|within <duration>", lambda duration: duration),
    ("around-duration", "<duration> or more|less|so|longer", lambda duration: duration),
    ("around-duration", "<duration> now", lambda duration: duration),
    ("single", "in? a|one single <unit>", lambda unit: Duration(1, unit)),
    ("long", "<long-unit>", lambda unit: Duration(1, unit)),
    ("long", "a? <unit> - long", lambda unit: Duration(1, unit)),
    # "An 18-month-long blockade", "the 18-month long siege", "a years-long war".
    ("long", f"a|an|the? <amount> - {UNIT} -? long", duration),
    ("long", "a? <unit> long", lambda unit: Duration(1, unit)),
    ("long", "a|the? <units> - long", lambda unit: Duration(None, unit)),
    # "50 days and nights", "three days and three nights": as many days.
    (
        "days-and-nights",
        "<amount> days and <amount>? nights",
        lambda days, nights: days_and_nights(duration(days, "day"), nights),
    ),
    # Ages are lengths of time, as TimeML values them: "a 69-year-old", "three years old".
    ("age", f"a|an? <amount> -? {UNIT} -? old", duration),
    # "A 34-month-old conflict": the age of what the noun names.
    ("age", f"a|an|the? <amount> - {UNIT} - old <plain>", lambda n, unit, _: duration(n, unit)),
    # "A 25-year lease", "one-hour power outages": the length of what the nouns name.
    (
        "length-of",
        "a|an|the? <amount> -? <unit> <plain> <plain>? <plain>?",
        lambda n, unit, *_: duration(n, unit),
        None,
        -1,
    ),
    # "After a two-hour clash": the length of what came before.
    (
        "length-of",
        "after|following|during a|an <amount> - <unit> <plain> <plain>?",
        lambda n, unit, *_: duration(n, unit),
        None,
        -1,
    ),
    # "A 60-day state of emergency".
    (
        "length-of",
        "a|an|the? <amount> - <unit> <plain> of <plain>",
        lambda n, unit, *_: duration(n, unit),
        None,
        -1,
    ),
    # "Three months into the conflict": as long as it has lasted.
    ("into", f"<amount> {UNIT} into {EVENT}", lambda n, unit, *_: duration(n, unit), None, -1),
    ("into", f"<amount> {UNIT} into the war|invasion", lambda n, unit: duration(n, unit)),
    # "After 15 months of war", "in months of indirect talks": how long it lasted.
    *(
        rule
        for what in ("war|fighting", EVENT)
        for rule in (
            (
                "span-of",
                f"after|in|over <amount> {UNIT} of {what}",
                lambda n, unit, *_: duration(n, unit),
                None,
                -1,
            ),
            (
                "span-of",
                f"after|in|over <units> of {what}",
                lambda unit, *_: Duration(None, unit),
                None,
                -1,
            ),
        )
    ),
    ("around-duration", "through|throughout|across <duration>", lambda duration: duration),
    # "After weeks of shelling", "months of talks": some weeks, some months.
    ("units-of", "<units> of", lambda unit: Duration(None, unit)),
    # "Weeks of protests", "months of fighting": some of them, of what lasted.
    ("units-of", f"<units> of {EVENT}", lambda unit, *_: Duration(None, unit), None, -1),
    ("units-of", "<units> of war|fighting", lambda unit: Duration(None, unit)),
    # "A woman aged 27", "two men aged 24 and 32": an age, the first of those listed.
    ("aged", "aged <count>", lambda years: _age(years)),
    # "An 18yo", "18 y.o.": an age, as live blogs and posts write it.
    ("aged", "<count> yo|y.o", lambda years: _age(years)),
    ("aged", "at|under|over|above|below|from|since the age of <count>", lambda years: _age(years)),
    # "Between the ages of 5 and 61", "ranged in age from 14 to 27": the first age.
    ("aged", "between the ages of <count> and <count>", lambda years, _: _age(years)),
    ("aged", "ranged? in age from <count> to <count>", lambda years, _: _age(years)),
    # "Sentenced to 14 years in prison": the sentence's length.
    ("sentence", f"to? <amount> {UNIT} in prison|jail|custody|detention", duration),
    # "Three months of demonstrations", "a week of unrest": the length of what the words
    # name ("the first two hours of the eruption" is read above).
    ("length-of-event", f"a|an? <amount> {UNIT} of <plain>", lambda n, unit, _: duration(n, unit)),
    ("length-of-event", "a|an <unit> of <plain>", lambda unit, _: Duration(1, unit)),
    # "For more than 12 hours a day", "up to eight hours a day": the length each day.
    ("per-day", "<duration> a|per day|week|night", lambda length: length),
    # "After weeks of [talks]", "for days at a time", "only hours away": lengths nobody
    # counted.
    ("uncounted-length", "after <units> of", lambda unit: Duration(None, unit)),
    ("uncounted-length", "for <units> at a time", lambda unit: Duration(None, unit)),
    # "For a matter of hours", "in the span of 24 hours".
    ("uncounted-length", "for? a matter of <units>", lambda unit: Duration(None, unit)),
    ("span-of-length", "in|within? the span|space of <duration>", lambda length: length),
    ("uncounted-length", "only|just|mere <units> away", lambda unit: Duration(None, unit)),
    # "The deadliest in years", "the worst in decades": measured back over them.
    (
        "uncounted-length",
        "the <plain> in <units>",
        lambda word, unit: Duration(None, unit) if word.endswith("est") else None,
    ),
    # "Around 15 minutes away": the length to it.
    ("away", "<duration> away", lambda length: length),
    # "Lasting several days": the length.
    ("lasting", "lasting|lasted <duration>", lambda length: length),
    # "Two hours apart", as «с разницей в два часа»: the length between.
    ("apart", "<duration> apart", lambda length: length),
    # "During his 27 years in power", "her two years as mayor": a length someone had.
    ("held-for", f"his|her|their|its <amount> {UNIT}", duration),
    # (Not "in power|office" as words: a rule's words are no event's, and "the post office
    # explosion" is one.)
    (
        "held-for",
        f"his|her|their|its <amount> {UNIT} in <plain>",
        lambda n, unit, _: duration(n, unit),
    ),
    # "A year since the shooting": the length since it.
    ("since-then", f"a|an? <amount>? {UNIT} since", lambda n, unit: duration(n or 1, unit)),
    # "A 3-year-old boy": the age, of whoever has it.
    (
        "aged",
        f"a|an? <amount> - year - old {_PERSONS}",
        lambda years: None if years == FEW else _age(years),
    ),
    ("aged", "aged <count> and|, <count>", lambda years, _: _age(years)),
    # "Aged six to 11", "aged between 11 and 17", "between 50 and 80-year-old": the first.
    ("aged", "aged between? <amount> to|-|and <amount>", lambda years, _: _age_of(years)),
    ("aged", "between <amount> and <amount> - year - old", lambda years, _: _age_of(years)),
    ("another-unit", "another|a whole|full? <unit>", lambda unit: Duration(1, unit)),
    # "Extended for another two days", "for two more days", "by one day": the length added.
    ("another-count", f"for? another <amount> {UNIT}", duration),
    ("another-count", f"for? <amount> more {UNIT}", duration),
    ("another-count", f"by <amount> {UNIT}", duration),
    # "In less than 24 hours": within that length, not a day ahead.
    ("within", f"in less|fewer than|under <amount> {UNIT}", duration),
)
