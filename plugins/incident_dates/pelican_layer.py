"""Wire the date engine into Pelican: template filters for resolved dates."""

from pelican import signals

from .formatting import (
    datetime_attribute,
    format_day,
    format_moment,
    format_month,
    format_span,
    format_when,
    precision_label,
    precision_note,
)

FILTERS = {
    "datetime_attribute": datetime_attribute,
    "format_day": format_day,
    "format_moment": format_moment,
    "format_month": format_month,
    "format_span": format_span,
    "format_when": format_when,
    "precision_label": precision_label,
    "precision_note": precision_note,
}


def add_filters(generator):
    """Make the date filters available to every template of `generator`."""
    generator.env.filters.update(FILTERS)


def connect():
    """Connect the date plugin's handlers to Pelican's signals."""
    signals.generator_init.connect(add_filters)
