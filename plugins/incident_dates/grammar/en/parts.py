"""English parts of days and nights: 'Monday morning', 'the night of May 22', 'overnight'."""

from __future__ import annotations

from dataclasses import replace

from ...expression import Bound, Calendar, Clock, DayAfterStory, DayShift, Night, PartOfDay, Weekday
from ..clocks import unwrap
from ..events import EVENT, EVENT_NOUNS, named_event, night_before_event
from ..patterns import rules


def _part_of(part: str, day):
    return PartOfDay(part, day)


def _night_between(first, second):
    """'The night of Monday-Tuesday', 'the night of 22 to 23 May': the night before the second."""
    weekdays = isinstance(first, Weekday) and isinstance(second, Weekday)
    if weekdays and (second.weekday != (first.weekday + 1) % 7 or first.shift or second.shift):
        return None
    return Night(second, before=True)


# Words before a part of the day that count it, not describe it: "a single night".
_QUANTITIES = frozenset({"single", "further", "whole", "full", "extra", "second", "third"})


def _time_of_night(value, night):
    """'9:30 Saturday night': the clock of that night, on its evening (9:30 is 21:30) or,
    in the small hours, its morning."""
    clock, wrap = unwrap(value)
    if isinstance(clock, Clock) and clock.base is None and isinstance(night, Night):
        # 12:30 of a night is its small hours: 00:30 the next morning.
        hour = {12: 0}.get(clock.hour, clock.hour + 12 if 7 <= clock.hour < 12 else clock.hour)
        return wrap(replace(clock, hour=hour, base=night))
    return None


def _night_into_number(first, day: int):
    """'The night of June 3 to 4': the night of the first day, if the second follows it."""
    if isinstance(first, Calendar) and first.day and day == first.day + 1:
        return Night(first)
    return None


# Words that relate a part of the day to something else, never name what happened in it.
_RELATING = frozenset({"before", "after", "of", "on", "in", "at", "to", "and", "or", "since"})


def _part_of_event(part: str, *words):
    return None if _RELATING & set(words) else PartOfDay(part)


RULES = rules(
    "en.parts",
    ("part", "early|late? <daypart>", lambda part: PartOfDay(part)),
    ("mid-part", "mid -? <daypart>", lambda part: PartOfDay(part)),
    ("mid-part", "mid - day", lambda: PartOfDay("midday")),
    # "Since the beginning of the evening": that part of the day.
    ("part", "the start|beginning|end of the <daypart>", lambda part: PartOfDay(part)),
    ("part-of-day", "<day> early|late|mid? -? <daypart>", lambda day, part: _part_of(part, day)),
    ("part-of-day", "<day> ,? at|in the? <daypart>", lambda day, part: _part_of(part, day)),
    # "On August 21, 2015, at the end of the afternoon": that day's part.
    (
        "part-of-day",
        "<day> ,? at|in? the start|beginning|end of the <daypart>",
        lambda day, part: _part_of(part, day),
    ),
    # "Just after daylight Thursday", "at first light": the morning.
    (
        "daylight",
        "[just after|shortly after|after|before|at|by] daylight",
        lambda: PartOfDay("morning"),
    ),
    ("daylight", "at? first light", lambda: PartOfDay("morning")),
    (
        "daylight",
        "[just after|shortly after|after|before|at|by] daylight <day> morning?",
        lambda day: PartOfDay("morning", day),
    ),
    (
        "part-of-day",
        "early|late|mid? -? <daypart> on|of? <day>",
        lambda part, day: _part_of(part, day),
    ),
    # "Early in the morning Saturday", "late in the evening on May 3".
    (
        "part-of-day",
        "early|late? in the <daypart> on? <day>",
        lambda part, day: _part_of(part, day),
    ),
    (
        "this-part",
        "early|earlier|late|later? this <daypart>",
        lambda part: PartOfDay(part, DayShift(0)),
    ),
    ("by-the-part", "by the <daypart>", lambda part: Bound("by", PartOfDay(part))),
    ("nighttime", "nighttime|nightime", lambda: Night()),
    ("late-night", "late - night", lambda: Night()),
    # "As night fell": the night of the day the text counts from.
    ("nightfall", "as|when|after|before night|darkness fell", lambda: Night(DayShift(0))),
    # "At nightfall", "nightfall Saturday": the night, from its start.
    ("nightfall", "at? nightfall", lambda: Night()),
    ("nightfall", "at? nightfall on? <day>", lambda day: Night(day)),
    ("into-part", "well|late|far into the <daypart>", PartOfDay),
    ("near-part", "sometime|some? time? near|around|about <daypart>", PartOfDay),
    (
        "that-weekday-part",
        "on? that <weekday> <daypart>",
        lambda day, part: PartOfDay(part, Weekday(day)),
    ),
    # "A difficult morning", "a harrowing night": the part of the day, described.
    (
        "described-part",
        "a|an <plain> <daypart>",
        lambda word, part: None if word in _QUANTITIES else PartOfDay(part),
        None,
        -1,
    ),
    (
        "described-part",
        "a|an <plain> night",
        lambda word: None if word in _QUANTITIES else Night(),
        None,
        -1,
    ),
    # "A night of unrest", "the night of violence": the night, described by what it held.
    ("described-part", "a|the night of <plain>", lambda word: Night(), None, -1),
    # "Overnight Friday": the night of that day, into the next.
    (
        "overnight-weekday",
        "overnight <day>",
        lambda day: Night(day) if isinstance(day, Weekday) else None,
    ),
    ("time-of-night", "<time> ,? <night>", _time_of_night),
    ("nighttime", "night - time", lambda: Night()),
    # "The attack Thursday", "the blast Monday": the day of what the noun names (AP style).
    # "In a referendum January 21": the date of the event the noun names.
    (
        "event-day",
        "in|at? a|an <plain> <day>",
        lambda noun, day: day if noun in EVENT_NOUNS and isinstance(day, Calendar) else None,
        None,
        -1,
    ),
    (
        "event-day",
        "the <plain> <day>",
        lambda noun, day: day if noun in EVENT_NOUNS and isinstance(day, Weekday) else None,
        None,
        -1,
    ),
    # "The morning rush hour"; alone, rush hour is the morning's, when attacks on commuters
    # are reported (Brussels, Kyiv): "evening rush hour" says so.
    ("rush-hour", "<daypart> rush hour", lambda part: part, "daypart"),
    ("rush-hour", "the? height|peak of? the? rush hour", lambda: "morning", "daypart"),
    ("rush-hour", "rush hour", lambda: "morning", "daypart"),
    ("early-hours", "the? early|small|wee hours", lambda: PartOfDay("early hours")),
    (
        "early-hours-of",
        "the? early|small|wee hours of|on? <day>",
        lambda day: PartOfDay("early hours", day),
    ),
    ("early-hours", "the? early morning hours", lambda: PartOfDay("early hours")),
    # "In the early hours of 2017": the first day of that year.
    (
        "early-hours-of-year",
        "in? the early|first hours of <yearnum>",
        lambda year: Calendar(year, 1, 1),
    ),
    # "In the early hours of Tuesday morning": of that day.
    (
        "early-hours-of",
        "the? early|small|wee hours of <part>",
        lambda part: PartOfDay("early hours", part.base) if part.base is not None else None,
    ),
    # "As dawn broke on Sunday": that day's morning.
    ("dawn-broke", "as|when dawn|day broke|rose", lambda: PartOfDay("morning")),
    # "Pre-dawn", "predawn": the morning, before its light.
    ("pre-dawn", "pre - dawn", lambda: PartOfDay("morning")),
    # "That night on Sept. 26": the night of that day.
    ("that-night-on", "that night on|of <day>", lambda day: Night(day)),
    ("dawn-broke", "as|when dawn broke|rose on? <day>", lambda day: PartOfDay("morning", day)),
    ("night", "night|overnight", lambda: Night()),
    ("night", "the night", lambda: Night()),
    ("night", "the night before", lambda: Night(DayShift(-1))),
    # "The evening before": that part of the day before the one the text counts from.
    ("part-before", "the <daypart> before", lambda part: PartOfDay(part, DayShift(-1))),
    # "Early in the morning", "later in the afternoon", "late in the night": the part alone.
    ("part-in", "early|late|earlier|later in the <daypart>", lambda part: PartOfDay(part)),
    # "Early in the morning of 5 September": that day's part.
    (
        "part-in",
        "early|late|earlier|later? in the <daypart> of|on <day>",
        lambda part, day: _part_of(part, day),
    ),
    # "The night between Tuesday and Wednesday": the night of the first.
    ("night-between", "the? night between <day> and <day>", _night_between),
    ("night-in", "early|late|earlier|later in|at|into the? night", lambda: Night()),
    # "Later that evening": that part of the day the text counts from.
    ("that-part", "earlier|later? that <daypart>", lambda part: PartOfDay(part, DayShift(0))),
    # "Thursday, during the evening rush hour": the day, then its part.
    (
        "day-then-part",
        "<day> ,? in|during the <daypart> <word>? <word>?",
        lambda day, part, *_: PartOfDay(part, day),
        None,
        -1,
    ),
    # "An evening press conference": the part of the day of what the nouns name.
    ("part-of-event", "a|an|the <daypart> <word> <word>?", _part_of_event, None, -1),
    # "A Friday night", "a Sunday morning": the part of that day; "on a Tuesday", the day.
    ("a-part", "a|an <part|night>", lambda value: value if value.base is not None else None),
    ("a-part", "a <weekday>", Weekday),
    # "Later that night": the night of the day the text counts from.
    ("that-night", "earlier|later? that night", lambda: Night(DayShift(0))),
    ("that-night", "earlier|later? that|the same night", lambda: Night(DayShift(0))),
    # "The morning after [the concert]", "the morning after the attack": reports tell it
    # the morning after last night's, their own; told of an incident, the next day's.
    ("part-after", "the <daypart> after", lambda part: PartOfDay(part, DayAfterStory())),
    (
        "part-after",
        f"the <daypart> after {EVENT}",
        lambda part, *_: PartOfDay(part, DayAfterStory()),
        None,
        -1,
    ),
    # "The morning after <incident-id>", "the evening before May 22": of the day after or
    # before the day named, as "the day after" it is.
    (
        "part-after-day",
        "the <daypart> after <day>",
        lambda part, day: PartOfDay(part, DayShift(1, day)),
    ),
    (
        "part-after-day",
        "the <daypart> before <day>",
        lambda part, day: PartOfDay(part, DayShift(-1, day)),
    ),
    # "The next morning", "the following evening": of the day after, as "the next day" is.
    ("next-part", "the next|following <daypart>", lambda part: PartOfDay(part, DayShift(1))),
    # The night that ended this morning, whatever the tense: never the coming one.
    ("last-night", "last night", lambda: Night(DayShift(-1))),
    ("last-night", "late|early last night", lambda: Night(DayShift(-1))),
    # "This night we had a hard time": a night read by the clause's tense, as "overnight".
    ("this-night", "this night", lambda: Night()),
    ("tonight", "tonight", lambda: Night(DayShift(0))),
    ("night-of", "the? night of|on <day>", lambda day: Night(day)),
    ("day-night", "<day> night", lambda day: Night(day)),
    ("night-before", "the? night before|into|to <day>", lambda day: Night(day, before=True)),
    ("overnight-into", "overnight into|to|on <day>", lambda day: Night(day, before=True)),
    # "In the evening and overnight into June 1": an evening and the night after it.
    (
        "evening-and-night-into",
        "<part> and overnight into|to <day>",
        lambda part, day: (
            Night(day, before=True)
            if isinstance(part, PartOfDay) and part.base is None and part.part == "evening"
            else None
        ),
    ),
    ("overnight-day", "<day> overnight", lambda day: Night(day, before=True)),
    ("night-between", "the? night of|from <day> -|to|into|and <day>", _night_between),
    (
        "night-between",
        "the? night of|from <daynum> -|to|into|and <day>",
        lambda first, day: Night(day, before=True),
    ),
    # "The night of June 3 to 4": the second day given by its number alone.
    ("night-between", "the? night of|from <day> -|to|into|and <daynum>", _night_into_number),
    ("overnight-between", "overnight <day> -|to|into <day>", _night_between),
    # "The night before the shooting": the night into the day the text counts from.
    ("night-before-event", f"the? night before {EVENT}", night_before_event, None, -1),
    # "The Friday night fire": that weekday's night, of what the noun names.
    (
        "weekday-night-noun",
        "the <weekday> night <plain>",
        lambda weekday, _: Night(Weekday(weekday)),
    ),
    # "Thursday night's attack", "Thursday evening's shooting": that part of that day.
    (
        "part-of-day-event",
        "the? <night|part> <plain>? <plain>",
        lambda value, *words: (
            value if value.base is not None and words[-1] in EVENT_NOUNS else None
        ),
        None,
        -1,
    ),
    # "A late-night meeting on Wednesday": that day's night.
    ("late-night-of", "a|the late - night <plain> on <day>", lambda _, day: Night(day)),
    # "The previous night", told of a day of the story: the night into it.
    ("previous-night", "the previous|preceding night", lambda: Night(DayShift(-1))),
    (
        "part-before-event",
        f"the <daypart> before {EVENT}",
        lambda part, *words: (
            PartOfDay(part, DayShift(-1, event)) if (event := named_event(words)) else None
        ),
        None,
        -1,
    ),
    ("all-night", "all|through|throughout the? night", lambda: Night()),
    ("all-night", "[the whole|the entire] night", lambda: Night()),
    # "After dinner", "after supper": the evening.
    ("after-dinner", "after dinner|supper", lambda: PartOfDay("evening")),
    ("after-dinner", "<day> ,? after dinner|supper", lambda day: PartOfDay("evening", day)),
    ("after-dinner", "after dinner|supper on? <day>", lambda day: PartOfDay("evening", day)),
    # "All evening", "the whole morning": that part of the day, as "all night" is.
    ("all-part", "[all|the whole|the entire] <daypart>", PartOfDay),
    ("all-day", "[all|the whole|the entire] day", lambda: DayShift(0)),
    ("a-night", "a|one night", lambda: Night()),
    # "By the end of the day": that day's evening.
    (
        "end-of-day",
        "by|at|until|before? the end of the day",
        lambda: PartOfDay("evening", DayShift(0)),
    ),
    # "An overnight [Russian air strike]", "an overnight thunderstorm": the night it was.
    ("an-overnight", "an overnight", lambda: Night()),
    (
        "an-overnight",
        "an? overnight <plain>",
        lambda noun: Night() if noun in EVENT_NOUNS else None,
        None,
        -1,
    ),
    (
        "night-attack",
        "the? night|overnight attack|attacks|strike|strikes|raid|raids|assault|shelling",
        lambda: Night(),
    ),
    ("local-time", "<part|day|time|night> ,? local time", lambda value: Bound("local-time", value)),
)
