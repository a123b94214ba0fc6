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
# (Not through sitebuild.lazy: the engine imports nothing of the site's.)
_LAZY = {
    "order_by_anchors": "anchors",
    "anchor_candidates": "resolver",
    "anchors_in": "resolver",
    "resolve": "resolver",
    "resolve_stated": "resolver",
}


def __getattr__(name: str):
    """Import an export of the engine's when it is first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_LAZY[name]}", __name__), name)


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
