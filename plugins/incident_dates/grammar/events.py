"""Events the text names without dating them, and the days every language counts from:
the full-scale invasion, "then"."""

from __future__ import annotations

from ..expression import CLOCK_UNITS, Calendar, DayShift, Event, Offset
from .common import count

# Nouns of what happens, which some rules name ("an overnight attack") but which mean
# nothing to dates: they may name an event ("the day after the attack", "the attack
# Thursday").
_EVENT_NOUN_WORDS = (
    "attack attacks strike strikes blast blasts explosion explosions shooting raid raids "
    "bombing shelling crash fire quake earthquake assault ambush protest protests vote "
    "election meeting talks killing killings collapse flood storm verdict ruling clashes "
    "fighting offensive massacre accident incident derailment stampede breach airstrike "
    "airstrikes bombardment bombardments shootings bombings crashes fires floods "
    "quakes aftershock aftershocks tremor eruption landslide tornado hurricane "
    "celebrations ceremony parade rally march riots unrest uprising coup ceasefire truce "
    "invasion incursion clash battle siege evacuation hearing trial sentencing summit "
    "удар удара удару ударом удары ударов атака атаки атаку атакой обстрел обстрела обстрелу "
    "обстрелы обстрелов взрыв взрыва взрыву взрывы взрывов теракт теракта нападение нападения "
    "пожар пожара авария аварии катастрофа катастрофы землетрясение землетрясения крушение "
    "крушения обстріл обстрілу обстріли обстрілів вибух вибуху вибухи вибухів напад нападу "
    "пожежа пожежі аварія аварії катастрофи землетрус землетрусу теракту"
)
EVENT_NOUNS = frozenset(_EVENT_NOUN_WORDS.split())
# The words of an event a text names without dating it: "after [the dam breach]". A
# <plain> word is one neither the lexicon nor any rule names ("the day after the vote on
# Sunday" is no such count).
EVENT = (
    "the|a|an|his|her|its|their|this? [start of|end of|начала|конца|окончания|початку|кінця"
    "|закінчення]? the? <plain> <plain>? <plain>? <plain>?"
)
# Words that begin a clause, not an event's name: "three days after he said".
_PRONOUN_WORDS = (
    "i you he she it we they that this him her them "
    "я ты он она оно мы вы они него нее неё них того этого "
    "я ти він вона воно ми ви вони нього неї них цього"
)
PRONOUNS = frozenset(_PRONOUN_WORDS.split())


def from_event(amount, unit: str, sign: int, words=()):
    """'Ten hours after the dam breach', «за день до заседания»: counted from the event, on
    the day the text counts from (the story's day, else the report's).

    Only hours and days are so counted: "a year after the invasion" is no year to tell
    from the report. One Latin word may be an incident's id mistyped ('nine days after
    elsewhere'): that is refused, so that the refusal can name it.
    """
    named = [word for word in words if word]
    if (unit not in CLOCK_UNITS and unit != "day") or not named or named[0] in PRONOUNS:
        return None
    if len(named) < 2 and named[0].isascii() and named[0] not in EVENT_NOUNS:
        return None
    return Offset(count(amount), unit, sign, Event(" ".join(named)))


# Words for the time the text is about ("then", «тогда»), which a day of its story names.
THEN = frozenset(
    {"then", "at the time", "at that time", "тогда", "в то время", "на тот момент", "тоді",
     "на той момент", "в той час", "у той час"}
)  # fmt: skip

# The day Russia's full-scale invasion of Ukraine began, which reporting counts from.
FULL_SCALE_INVASION = Calendar(2022, 2, 24)


def war_day(number: int, unit: str):
    """'Day 1,345 of the war': the full-scale invasion's first day is its day 1."""
    if unit != "day" or number < 1:
        return None
    return DayShift(number - 1, FULL_SCALE_INVASION)
