"""Events the text names without dating them, and the days every language counts from:
the full-scale invasion, "then"."""

from __future__ import annotations

import re

from ..expression import (
    CLOCK_UNITS,
    Anchor,
    Anniversary,
    Bound,
    Calendar,
    CountedDay,
    DayShift,
    Duration,
    Event,
    Holiday,
    Invasion,
    Night,
    Offset,
    Vague,
)
from .common import count
from .patterns import rules

# Nouns of what happens unscheduled: a day named beside one has passed ("the blast on
# Monday", «удар 30 жовтня»), whatever the clause around it looks to.
_HAPPENED_WORDS = (
    "attack attacks strike strikes blast blasts explosion explosions shooting shootings raid "
    "raids bombing bombings shelling crash crashes fire fires quake quakes earthquake assault "
    "ambush killing killings collapse massacre accident derailment stampede breach airstrike "
    "airstrikes bombardment bombardments aftershock aftershocks tremor eruption landslide "
    "landslides mudslide mudslides avalanche avalanches bomb bombs rampage disaster disasters "
    "tragedy "
    "slaying slayings murder murders assassination stabbing stabbings hijacking kidnapping "
    "abduction collision blaze wildfire sinking убийство убийства убийстве вбивство вбивства "
    "удар удара удару ударом удары ударов ударів ударах атака атаки атаку атакой атак атаках "
    "обстрел обстрела обстрелу обстрелом обстрелы обстрелов обстреле взрыв взрыва взрыву "
    "взрывом взрывы взрывов взрыве теракт теракта теракте нападение нападения пожар пожара "
    "пожаре авария аварии катастрофа катастрофы землетрясение землетрясения крушение "
    "крушения обстріл обстрілу обстрілом обстріли обстрілів вибух вибуху вибухом вибухи "
    "вибухів напад нападу пожежа пожежі аварія аварії катастрофи землетрус землетрусу теракту"
)
HAPPENED_NOUNS = frozenset(_HAPPENED_WORDS.split())
# Nouns of what happens, which some rules name ("an overnight attack") but which mean
# nothing to dates: they may name an event ("the day after the attack", "the attack
# Thursday"), scheduled or not.
_SCHEDULED_WORDS = (
    "protest protests vote election meeting talks flood floods storm thunderstorm verdict "
    "ruling clashes fighting offensive incident tornado hurricane celebrations ceremony "
    "parade rally march riots unrest uprising coup ceasefire truce invasion incursion "
    "clash battle siege evacuation hearing trial sentencing summit landing takeoff departure "
    "arrival launch operation operations surgery funeral funerals burial arrest detention "
    "release referendum inauguration deadline ultimatum withdrawal annexation mobilization "
    "counteroffensive swap exchange marathon match concert visit speech events "
    "марш марша акция акции "
    "митинг митинга протест протеста акція акції мітинг мітингу протесту "
)
EVENT_NOUNS = HAPPENED_NOUNS | frozenset(_SCHEDULED_WORDS.split())
# Words a rule reads ("post-1959", "pre-2014", «специальной военной операции») that also
# name things: "two days after the post office explosion", «через неделю после операции».
NAMING_WORDS = frozenset({"post", "pre", "операции", "операция", "операцию"})
# The words of an event a text names without dating it: "after [the dam breach]". A
# <plain> word is one neither the lexicon nor any rule names ("the day after the vote on
# Sunday" is no such count); an ordinal may come first ("after [the first bombing]").
EVENT = (
    "the|a|an|his|her|its|their|this? <event-edge>? the? first|second|third|initial|earlier|"
    "previous|latest? <plain> <plain>? <plain>? <plain>?"
)
# "The start of [the talks]", «начала [переговоров]»: an edge of the event, one item, so that
# the rules naming events do not multiply by its phrases.
# Named "common", as the rules every script's texts may use are.
RULES = rules(
    "common",
    *(
        ("event-edge", phrase, lambda phrase=phrase: phrase, "event-edge")
        for phrase in (
            "start of",
            "end of",
            "beginning of",
            "начала",
            "конца",
            "окончания",
            "початку",
            "кінця",
            "закінчення",
        )
    ),
)
# Words that begin a clause, not an event's name: "three days after he said", «после
# того, как».
_PRONOUN_WORDS = (
    "i you he she it we they that this him her them "
    "я ты он она оно мы вы они него нее неё них того этого "
    "я ти він вона воно ми ви вони нього неї них цього"
)
PRONOUNS = frozenset(_PRONOUN_WORDS.split())


def from_event(amount, unit: str, sign: int, words=()):
    """'Ten hours after the dam breach', «за день до заседания»: counted from the event, on
    the day the text counts from (the story's day, else the report's).

    Only hours and days are so counted: "a week before the election", «за неделю до
    выборов» is no week to tell from the report, but the length between the two events
    (`P1W`), as TimeML values it. One Latin word may be an incident's id mistyped ('nine
    days after elsewhere'): that is refused, so that the refusal can name it.
    """
    event = undated_event(words)
    if event is None:
        return None
    if unit not in CLOCK_UNITS and unit != "day":
        return Duration(count(amount), unit)
    return Offset(count(amount), unit, sign, event)


def undated_event(words) -> Event | None:
    """Return the event a count names, or None: a pronoun's clause, or one Latin word that
    may be an incident's id mistyped ('nine days after elsewhere'), to be refused."""
    event = named_event(words)
    if event is None:
        return None
    if " " not in event.words and event.words.isascii() and event.words not in EVENT_NOUNS:
        return None
    return event


def near_event(*words):
    """'Shortly before the attack', «через полчаса после вылета»: on the event's day, the
    day counted from (the story's, else the report's), as a count of hours from it is."""
    event = undated_event(words)
    return Bound("on-the-day-of", event) if event else None


def counts_anniversaries(years) -> bool:
    """Tell whether an ordinal can count an anniversary (none said, or 1st to 199th)."""
    return years is None or 1 <= years < 200


def anniversary_of(years, base):
    """'The second anniversary of the invasion', «первую годовщину 24 февраля»: of a day."""
    if not counts_anniversaries(years):
        return None
    if not isinstance(base, Calendar | Holiday | Invasion | Anchor):
        return None
    return Anniversary(years, base)


def anniversary_of_event(years, *words):
    """'The first anniversary of the tragedy', «в роковини трагедії»: of an event not dated."""
    event = named_event(words)
    if event is None or not counts_anniversaries(years):
        return None
    return Anniversary(years, event)


def named_event(words) -> Event | None:
    """Return the event the words of an EVENT slot name, or None for a pronoun's clause."""
    named = [word for word in words if word]
    if not named or named[0] in PRONOUNS:
        return None
    return Event(" ".join(named))


def night_before_event(*words):
    """'The night before the shooting', «в ночь перед штурмом»: the night into its day."""
    event = named_event(words)
    return Night(event, before=True) if event else None


def day_of_event(*words):
    """'On the day of the attack', «в день пожара»: the event's day, the day counted from."""
    return Bound("on-the-day-of", Event(" ".join(word for word in words if word)))


# Words for a time after the one the text is about: ahead of it, or later that day.
LATER = frozenset(
    {"later", "later on", "soon after", "shortly after", "позже", "позднее", "впоследствии",
     "вскоре", "вскоре после этого", "пізніше", "згодом", "невдовзі", "незабаром"}
)  # fmt: skip
# Words for the time the text is about ("then", «тогда»), which a day of its story names.
THEN = frozenset(
    {"then", "at the time", "at that time", "since then", "тогда", "в то время", "с тех пор",
     "на тот момент", "тоді", "відтоді", "з того часу", "на той момент", "в той час",
     "у той час"}
)  # fmt: skip

# The day Russia's full-scale invasion of Ukraine began, which reporting counts from.
FULL_SCALE_INVASION = Invasion()


# A sentence about Russia's war on Ukraine, in which a bare count of days ("the 1,000th
# day", «120-й день», «791-ша доба») is the war's: the war or the invasion by any of its
# names, and in English with the countries, as English counts the days of other wars too.
_WAR_IN_SENTENCE = re.compile(
    r"\b(?:войн|війн|спецоперац|сво\b|вторжен|вторгнен|агресі|агресси)"
    r"|\b(?:war|invasion|invaded|invade)\b.*\b(?:ukrain|russia)"
    r"|\b(?:ukrain|russia)\w*\b.*\b(?:war|invasion|invaded|invade)\b"
)


# Other wars whose days reporting counts: the Second World War's, by any of its names.
_OTHER_WARS = re.compile(r"отечествен|мировой|світової|world war|wwii|ww2")


def names_the_war(sentence: str) -> bool:
    """Tell whether a sentence speaks of Russia's war on Ukraine, whose days it may count."""
    lowered = sentence.lower()
    return bool(_WAR_IN_SENTENCE.search(lowered)) and not _OTHER_WARS.search(lowered)


def counted_day(number: int, unit: str = "day"):
    """'The 120th day', «791-ша доба»: a count of days from a start the sentence names."""
    return CountedDay(number) if unit == "day" and number >= 1 else None


def war_day(number: int, unit: str):
    """'Day 1,345 of the war': the full-scale invasion's first day is its day 1."""
    if unit != "day" or number < 1:
        return None
    return DayShift(number - 1, FULL_SCALE_INVASION)


def vague_phrases(prefix: str, phrases: dict[str, tuple[str, ...]]) -> list:
    """ "Recently", «сейчас», «в ближайшее время»: a direction in time, by phrase."""
    return rules(
        prefix,
        *(
            (
                direction.lower().replace("_ref", ""),
                phrase,
                lambda value=direction, then=phrase in THEN, later=phrase in LATER: Vague(
                    value, then, later
                ),
            )
            for direction, listed in phrases.items()
            for phrase in listed
        ),
    )
