"""Resolve dates as news reports write them: a pure engine with a thin Pelican layer."""

from .resolution import (
    CENTURY,
    DAY,
    DAYS,
    DECADE,
    MONTH,
    PART_OF_DAY,
    PRECISIONS,
    QUARTER,
    SEASON,
    VAGUE,
    WEEK,
    YEAR,
    DateNotUnderstood,
    ReferenceNeeded,
    Resolution,
)
from .resolver import resolve

__all__ = [
    "CENTURY",
    "DAY",
    "DAYS",
    "DECADE",
    "MONTH",
    "PART_OF_DAY",
    "PRECISIONS",
    "QUARTER",
    "SEASON",
    "VAGUE",
    "WEEK",
    "YEAR",
    "DateNotUnderstood",
    "ReferenceNeeded",
    "Resolution",
    "register",
    "resolve",
]


def register():
    """Give Pelican's templates the date filters."""
    # Imported here so that using the engine never imports Pelican.
    from .pelican_layer import connect

    connect()
