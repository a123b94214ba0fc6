"""English words that bound or qualify a day without moving it: 'since', 'by', 'early on'."""

from __future__ import annotations

from ...expression import Bound, Edge
from ..clocks import unwrap
from ..patterns import rules

BOUNDABLE = "<day|month|year|week|period|part|night|time|interval|edge>"


def _bound(kind: str):
    return lambda value: Bound(kind, value)


RULES = rules(
    "en.modifiers",
    ("since", f"since|from the? {BOUNDABLE}", _bound("since")),
    # "Working as late as about 7:30 p.m. Saturday": the time itself.
    ("as-late-as", f"as late|early as {BOUNDABLE}", lambda value: value),
    # "A week-long truce beginning tomorrow": from the day named.
    ("from", f"beginning|starting|commencing|effective on? {BOUNDABLE}", _bound("from")),
    ("until", f"until|till|til|through|to the? {BOUNDABLE}", _bound("until")),
    ("until", f"up to {BOUNDABLE}", _bound("until")),
    ("by", f"by {BOUNDABLE}", _bound("by")),
    # "Scheduled for Sunday", "a curfew for Tuesday night": the day itself (a count after
    # "for" is a length: "for three days").
    ("for", "for <day|part|night|month|week>", lambda value: value),
    # "A party scheduled for 8 p.m. Saturday": a time with its day ("for 258 hours" is none).
    ("for", "for <time>", lambda value: value if getattr(unwrap(value)[0], "base", None) else None),
    # "Of last week", "of 1973": the time the words belong to.
    ("of", "of <day|week|month|year>", lambda value: value, None, -1),
    ("by", f"no later than {BOUNDABLE}", _bound("by")),
    ("as-of", f"as of|per {BOUNDABLE}", _bound("as-of")),
    ("as-of", f"as at {BOUNDABLE}", _bound("as-of")),
    ("around", f"around|about|circa|approximately|roughly {BOUNDABLE}", _bound("around")),
    # "Just last month", "only last week": the period named.
    ("just", "just|only <week|month|year>", lambda value: value),
    # "Towards mid-morning", "toward the evening": that part of the day.
    ("toward", "toward|towards the? <part|time>", _bound("around")),
    # "Sometime after 10pm", "some time on Friday": when, no closer than that.
    ("around", f"[sometime|some time] {BOUNDABLE}", _bound("around")),
    ("before", f"[before|prior to] {BOUNDABLE}", _bound("before")),
    ("after", f"after|following {BOUNDABLE}", _bound("after")),
    # "Post-1959 Cuba", "the pre-2014 border": after or before the year.
    ("after", "post - <year>", _bound("after")),
    ("before", "pre - <year>", _bound("before")),
    # "Shortly after dawn on Monday", "just before midnight": the bound, near it.
    (
        "shortly",
        f"shortly|just|soon|right|immediately {BOUNDABLE}",
        lambda value: (
            value if isinstance(value, Bound) and value.kind in ("after", "before") else None
        ),
    ),
    ("throughout", f"throughout|over|within|across the? {BOUNDABLE}", _bound("throughout")),
    # "Earlier in September", "earlier in 2025": the month or year named, earlier in it;
    # what was earlier is not ahead of the report.
    ("earlier-in", "earlier in|during <month|year|period>", _bound("earlier")),
    # "As recently as November": the time named, not after the report.
    ("earlier-in", f"as recently as {BOUNDABLE}", _bound("earlier")),
    ("at-least", f"at least|most {BOUNDABLE}", _bound("at-least")),
    # "Storms continued into Tuesday morning": the day the text goes on into.
    ("into", f"into {BOUNDABLE}", lambda value: value),
    # "All day today", "all day Monday": that day, the whole of it.
    ("all-day", "all day <day>", lambda day: day),
    # "The rest of Thursday morning": what is left of the time named, valued as it.
    ("rest-of", "the? rest of <day|part|night|week>", lambda value: value),
    ("edge-of-day", "early|late <day>", lambda day: Edge("early", day)),
    ("edge-of-day", "early|late|earlier|later on <day>", lambda day: Edge("early", day)),
    ("edge-of-day", "earlier|later <day>", lambda day: Edge("early", day)),
    ("edge-of-day", "<day> early|late", lambda day: Edge("early", day)),
)
