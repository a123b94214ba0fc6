"""Named days that reporting uses, computed per year where they move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Gregorian, Hijri
from lunardate import LunarDate
from pyluach.dates import HebrewDate
from pyluach.hebrewcal import Year as HebrewYear

# Hebrew months as pyluach numbers them, from Nisan; a new Hebrew year starts at Tishrei.
NISAN, TISHREI, KISLEV, ADAR, ADAR_II = 1, 7, 9, 12, 13


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _easter_plus(days: int, method: int) -> Callable[[int], date]:
    return lambda year: easter(year, method) + timedelta(days=days)


def _victory_day_ukraine(year: int) -> date:
    # Ukraine has marked the victory over Nazism on 8 May since 2023, on 9 May before.
    return date(year, 5, 8 if year >= 2023 else 9)


def _christmas_ukraine(year: int) -> date:
    # Ukraine's churches and state moved Christmas from 7 January to 25 December in 2023.
    return date(year, 12, 25) if year >= 2023 else date(year, 1, 7)


def _defenders_day_ukraine(year: int) -> date:
    # Defenders' Day moved from 14 October to 1 October in 2023.
    return date(year, 10, 1 if year >= 2023 else 14)


def _hebrew(month: int, day: int) -> Callable[[int], date]:
    """Return the civil day (from the morning; the feast begins the evening before) in a year."""

    def day_in(year: int) -> date:
        # A Hebrew year starts in the autumn: its first months fall in one civil year,
        # the rest in the next.
        for hebrew_year in (year + 3761, year + 3760):
            leap = HebrewYear(hebrew_year).leap
            found = HebrewDate(hebrew_year, ADAR_II if month == ADAR and leap else month, day)
            if found.to_pydate().year == year:
                return found.to_pydate()
        raise ValueError(f"no {month}/{day} of the Hebrew calendar in {year}")

    return day_in


def _lunar_new_year(year: int) -> date:
    """Return the first day of the Chinese calendar's year that begins in a civil year."""
    return LunarDate(year, 1, 1).to_solar_date()


def _last_monday_of_may(year: int) -> date:
    return date(year, 5, 31) - timedelta(days=date(year, 5, 31).weekday())


def _hijri(month: int, day: int) -> Callable[[int], list[date]]:
    """Return the days, by the Umm al-Qura calendar, on which a feast falls in a civil year."""

    def days_in(year: int) -> list[date]:
        # A lunar year is 11 days shorter: a feast falls once in most years, twice in some.
        hijri_year = Gregorian(year, 1, 1).to_hijri().year
        found = []
        for candidate in (hijri_year, hijri_year + 1):
            day_of = Hijri(candidate, month, day).to_gregorian()
            if day_of.year == year:
                found.append(date(day_of.year, day_of.month, day_of.day))
        return found

    return days_in


def _ramadan_end(year: int) -> list[date]:
    """Return the last days of Ramadan in a civil year: each the eve of Eid al-Fitr."""
    eids = _hijri(10, 1)(year) + _hijri(10, 1)(year + 1)
    return [eid - timedelta(days=1) for eid in eids if (eid - timedelta(days=1)).year == year]


# key: (English name, the day in a given year)
HOLIDAYS: dict[str, tuple[str, Callable[[int], date | list[date]]]] = {
    "new-years-eve": ("New Year's Eve", _fixed(12, 31)),
    "new-years-day": ("New Year's Day", _fixed(1, 1)),
    "christmas-eve": ("Christmas Eve", _fixed(12, 24)),
    "christmas": ("Christmas", _fixed(12, 25)),
    "orthodox-christmas-eve": ("Orthodox Christmas Eve", _fixed(1, 6)),
    "orthodox-christmas": ("Orthodox Christmas", _fixed(1, 7)),
    "christmas-ukraine": ("Christmas", _christmas_ukraine),
    "easter": ("Easter", _easter_plus(0, EASTER_WESTERN)),
    "maundy-thursday": ("Maundy Thursday", _easter_plus(-3, EASTER_WESTERN)),
    "good-friday": ("Good Friday", _easter_plus(-2, EASTER_WESTERN)),
    "holy-saturday": ("Holy Saturday", _easter_plus(-1, EASTER_WESTERN)),
    "palm-sunday": ("Palm Sunday", _easter_plus(-7, EASTER_WESTERN)),
    "orthodox-easter": ("Orthodox Easter", _easter_plus(0, EASTER_ORTHODOX)),
    "orthodox-maundy-thursday": ("Orthodox Maundy Thursday", _easter_plus(-3, EASTER_ORTHODOX)),
    "orthodox-good-friday": ("Orthodox Good Friday", _easter_plus(-2, EASTER_ORTHODOX)),
    "orthodox-holy-saturday": ("Orthodox Holy Saturday", _easter_plus(-1, EASTER_ORTHODOX)),
    "orthodox-palm-sunday": ("Orthodox Palm Sunday", _easter_plus(-7, EASTER_ORTHODOX)),
    # The last day of Maslenitsa, the eve of Orthodox Lent.
    "forgiveness-sunday": ("Forgiveness Sunday", _easter_plus(-49, EASTER_ORTHODOX)),
    "orthodox-trinity": ("Orthodox Trinity Sunday", _easter_plus(49, EASTER_ORTHODOX)),
    "pentecost": ("Pentecost", _easter_plus(49, EASTER_WESTERN)),
    "victory-day": ("Victory Day", _fixed(5, 9)),
    "victory-day-ukraine": ("Day of Remembrance and Victory", _victory_day_ukraine),
    "ukraine-independence-day": ("Independence Day of Ukraine", _fixed(8, 24)),
    "ukraine-constitution-day": ("Constitution Day of Ukraine", _fixed(6, 28)),
    "ukraine-defenders-day": ("Defenders' Day of Ukraine", _defenders_day_ukraine),
    "ukraine-freedom-day": ("Day of Freedom and Dignity", _fixed(11, 21)),
    "ukraine-remembrance-day": ("Day of Remembrance of the Defenders of Ukraine", _fixed(8, 29)),
    "boxing-day": ("Boxing Day", _fixed(12, 26)),
    "bastille-day": ("Bastille Day", _fixed(7, 14)),
    # The fourth Thursday of November.
    "thanksgiving": (
        "Thanksgiving",
        lambda year: date(year, 11, 22 + (3 - date(year, 11, 22).weekday()) % 7),
    ),
    # The day after Thanksgiving, which news of shops and crowds names.
    "black-friday": (
        "Black Friday",
        lambda year: date(year, 11, 23 + (3 - date(year, 11, 22).weekday()) % 7),
    ),
    "memorial-day": ("Memorial Day", _last_monday_of_may),
    "veterans-day": ("Veterans Day", _fixed(11, 11)),
    # The Chinese calendar's new year (Spring Festival, Tết, Seollal), between 21 January
    # and 20 February; the lunardate tables cover 1900 to 2099.
    "lunar-new-year": ("Lunar New Year", _lunar_new_year),
    "lunar-new-years-eve": (
        "Lunar New Year's Eve",
        lambda year: _lunar_new_year(year) - timedelta(days=1),
    ),
    "russia-day": ("Russia Day", _fixed(6, 12)),
    "russia-unity-day": ("Unity Day", _fixed(11, 4)),
    "defender-of-the-fatherland-day": ("Defender of the Fatherland Day", _fixed(2, 23)),
    "womens-day": ("International Women's Day", _fixed(3, 8)),
    "childrens-day": ("International Children's Day", _fixed(6, 1)),
    "labour-day": ("Labour Day", _fixed(5, 1)),
    "valentines-day": ("Valentine's Day", _fixed(2, 14)),
    "rosh-hashanah": ("Rosh Hashanah", _hebrew(TISHREI, 1)),
    "yom-kippur": ("Yom Kippur", _hebrew(TISHREI, 10)),
    "sukkot": ("Sukkot", _hebrew(TISHREI, 15)),
    # Shemini Atzeret and Simchat Torah are one day in Israel, 22 Tishrei.
    "simchat-torah": ("Simchat Torah", _hebrew(TISHREI, 22)),
    "hanukkah": ("Hanukkah", _hebrew(KISLEV, 25)),
    "purim": ("Purim", _hebrew(ADAR, 14)),
    "passover": ("Passover", _hebrew(NISAN, 15)),
    "ramadan-start": ("the first day of Ramadan", _hijri(9, 1)),
    "ramadan-end": ("the last day of Ramadan", _ramadan_end),
    "eid-al-fitr": ("Eid al-Fitr", _hijri(10, 1)),
    "eid-al-adha": ("Eid al-Adha", _hijri(12, 10)),
    # "Eid" alone: whichever of the two is nearest, as the story's day makes plain.
    "eid": ("Eid", lambda year: sorted(_hijri(10, 1)(year) + _hijri(12, 10)(year))),
}
HOLIDAY_NAMES = {key: name for key, (name, _) in HOLIDAYS.items()}


def holiday_days(key: str, year: int) -> list[date]:
    """Return the days of holiday `key` in `year`: one, or two for a lunar feast in some years."""
    found = HOLIDAYS[key][1](year)
    return found if isinstance(found, list) else [found]


def holiday_day(key: str, year: int) -> date:
    """Return the first day of holiday `key` in `year`."""
    return holiday_days(key, year)[0]
