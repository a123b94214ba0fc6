"""Resolve dates as news reports write them: a pure engine with a thin Pelican layer."""

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
_LAZY = {
    "order_by_anchors": "anchors",
    "anchor_candidates": "resolver",
    "anchors_in": "resolver",
    "resolve": "resolver",
    "resolve_stated": "resolver",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
