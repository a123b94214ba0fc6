"""Render each incident's card once, not on every list page that shows it.

An incident's card (title, date, place, summary, counts) appears on its day, month and
year pages, on each place, actor and tag page that lists it and on the home pages: some
seven times. It is rendered once, with a mark where the page's `SITEURL` goes, kept
between builds by a fingerprint of what it shows, and the mark replaced on each page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

# What a card is rendered with in place of the page's SITEURL. Everything a contributor
# writes is escaped in a card, so "<" can only come from the template: the mark can never
# be written by an incident file.
SITE_URL_MARK = Markup("<SITEURL>")


class Cards:
    """Incidents' cards, by id: kept from an earlier build or rendered once in this one.

    `render` returns an incident's card rendered with `SITE_URL_MARK` as its SITEURL;
    `store` keeps cards between builds (get(key, make)), `key` names what a card shows.
    """

    def __init__(self, render: Callable, store, key: Callable):
        self.render = render
        self.store = store
        self.key = key
        self.made: dict[str, str] = {}

    def prepare(self, incidents: Iterable) -> None:
        """Make every incident's card now (before the pages are rendered on other cores)."""
        for incident in incidents:
            self._card(incident)

    def html(self, incident, site_url) -> Markup:
        """Return an incident's card for a page whose SITEURL is `site_url`."""
        return Markup(self._card(incident).replace(SITE_URL_MARK, str(escape(site_url))))

    def _card(self, incident) -> str:
        card = self.made.get(incident.id)
        if card is None:
            card = self.store.get(self.key(incident), lambda: str(self.render(incident)))
            self.made[incident.id] = card
        return card
