"""Resolve dates as news reports write them: a pure engine with a thin Pelican layer."""

from sitebuild.lazy import lazy_exports

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

# The engine's functions, and the grammar they build, are imported when first asked for:
# a process that only reads a resolution (a build with nothing changed) never builds it.
__getattr__ = lazy_exports(
    __name__,
    {
        "order_by_anchors": "anchors",
        "anchor_candidates": "resolver",
        "anchors_in": "resolver",
        "resolve": "resolver",
        "resolve_stated": "resolver",
    },
)

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
