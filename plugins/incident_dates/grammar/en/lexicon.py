"""English words of dates: what each form means to the rules."""

from __future__ import annotations

from ...expression import COMING, LAST, NEXT, PREVIOUS, THIS
from ..patterns import merge, words

NUMBERS = {
    1: "one a an", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
    8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
    14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
    19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
    70: "seventy", 80: "eighty", 90: "ninety", 100: "hundred",
}  # fmt: skip
ORDINALS = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
    8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
    14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
    19: "nineteenth", 20: "twentieth", 30: "thirtieth",
}  # fmt: skip

LEXICON = merge(
    words("weekday", {
        0: "monday mon", 1: "tuesday tue tues", 2: "wednesday wed", 3: "thursday thu thur thurs",
        4: "friday fri", 5: "saturday sat", 6: "sunday sun",
    }),
    words("monthname", {
        1: "january jan", 2: "february feb", 3: "march mar", 4: "april apr", 5: "may",
        6: "june jun", 7: "july jul", 8: "august aug", 9: "september sep sept",
        10: "october oct", 11: "november nov", 12: "december dec",
    }),
    words("numword", NUMBERS),
    words("tens", {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
                   70: "seventy", 80: "eighty", 90: "ninety"}),
    words("tens", {20: "twenties", 30: "thirties", 40: "forties", 50: "fifties", 60: "sixties",
                   70: "seventies", 80: "eighties", 90: "nineties"}),
    words("unitword", {n: NUMBERS[n] for n in range(1, 10)}),
    words("teenword", {n: NUMBERS[n] for n in range(10, 20)}),
    words("ordword", ORDINALS),
    words("tens-ord", {20: "twentieth", 30: "thirtieth"}),
    words("daypart", {
        "morning": "morning mornings dawn daybreak sunrise midmorning mid-morning",
        "afternoon": "afternoon midafternoon mid-afternoon",
        "evening": "evening dusk sunset",
        "daytime": "daytime", "midday": "midday lunchtime noontime",
    }),
    words("unit", {
        "second": "second sec", "minute": "minute min", "hour": "hour hr", "day": "day", "week": "week",
        "fortnight": "fortnight", "month": "month", "year": "year", "decade": "decade",
        "century": "century",
    }),
    words("long-unit", {
        "hour": "hourlong", "day": "daylong", "week": "weeklong", "month": "monthlong",
        "year": "yearlong",
    }),
    words("units", {
        "second": "seconds secs", "minute": "minutes mins", "hour": "hours hrs", "day": "days", "week": "weeks",
        "fortnight": "fortnights", "month": "months", "year": "years", "decade": "decades",
        "century": "centuries",
    }),
    words("shift", {LAST: "last past", NEXT: "next", THIS: "this current", PREVIOUS: "previous",
                    COMING: "coming following"}),
    words("season", {"SP": "spring", "SU": "summer", "FA": "autumn fall", "WI": "winter"}),
    words("edgeword", {"early": "early", "mid": "mid middle", "late": "late"}),
    words("relday", {0: "today", -1: "yesterday", 1: "tomorrow"}),
    words("meridiem", {"am": "am", "pm": "pm"}),
    words("zone", {
        "UTC": "gmt utc z zulu", "Europe/Moscow": "msk", "America/New_York": "et est edt",
        "America/Chicago": "ct cst cdt", "America/Denver": "mt mst mdt",
        "America/Los_Angeles": "pt pst pdt",
        "Europe/Berlin": "cet cest", "Europe/London": "bst", "Europe/Kyiv": "eet eest",
        # Zones news pages stamp in Asia, Australia and the Pacific; abbreviations that are
        # also English words ("cat", "eat", "west") are left out.
        # Not "ist", which is India's, Israel's and Ireland's.
        "Asia/Jerusalem": "idt", "Asia/Karachi": "pkt",
        "Asia/Hong_Kong": "hkt", "Asia/Singapore": "sgt", "Asia/Manila": "pht",
        "Asia/Tokyo": "jst", "Asia/Seoul": "kst", "Australia/Sydney": "aest aedt",
        "Australia/Perth": "awst", "Pacific/Auckland": "nzst nzdt",
        "Africa/Johannesburg": "sast", "America/Anchorage": "akst akdt",
        "Pacific/Honolulu": "hst",
    }),
    words("place-zone", {
        "Europe/Moscow": "moscow", "Europe/Kyiv": "kyiv kiev ukrainian", "UTC": "greenwich",
        "Asia/Jerusalem": "israel israeli", "Europe/Minsk": "minsk belarus",
        "Europe/London": "british uk",
        "America/New_York": "eastern", "America/Chicago": "central",
        "America/Denver": "mountain", "America/Los_Angeles": "pacific",
    }),
)  # fmt: skip
