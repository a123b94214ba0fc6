"""Resolve dates as news reports write them: a pure engine with a thin Pelican layer."""

from .anchors import order_by_anchors
from .resolution import (
    CENTURY,
    DATE,
    DAY,
    DAYS,
    DECADE,
    DURATION,
    INCIDENT,
    MONTH,
    PART_OF_DAY,
    PRECISIONS,
    QUARTER,
    SEASON,
    SOURCE,
    TIME,
    VAGUE,
    WEEK,
    YEAR,
    DateNotUnderstood,
    Reference,
    ReferenceNeeded,
    Resolution,
    UnknownAnchor,
)
from .resolver import anchor_candidates, anchors_in, resolve, resolve_stated

__all__ = [
    "CENTURY",
    "DATE",
    "DAY",
    "DAYS",
    "DECADE",
    "DURATION",
    "INCIDENT",
    "MONTH",
    "PART_OF_DAY",
    "PRECISIONS",
    "QUARTER",
    "SEASON",
    "SOURCE",
    "TIME",
    "VAGUE",
    "WEEK",
    "YEAR",
    "DateNotUnderstood",
    "Reference",
    "ReferenceNeeded",
    "Resolution",
    "UnknownAnchor",
    "anchor_candidates",
    "anchors_in",
    "order_by_anchors",
    "register",
    "resolve",
    "resolve_stated",
]


def register():
    """Give Pelican's templates the date filters."""
    # Imported here so that using the engine never imports Pelican.
    from .pelican_layer import connect

    connect()
