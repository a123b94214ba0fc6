"""Write Atom feeds of incidents: all of them, per place and per actor."""

from __future__ import annotations

import html
from datetime import datetime, time, timezone

from feedgenerator import Atom1Feed

from incidents.model import Incident

from .exports import absolute
from .urls import Urls

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class StableAtomFeed(Atom1Feed):
    """An Atom feed whose 'updated' never falls back to the build's clock."""

    def latest_post_date(self) -> datetime:
        """Return the newest entry's time, or the epoch for a feed with no entries."""
        return max((item["updateddate"] for item in self.items), default=EPOCH)


def newest(incidents: list[Incident], limit: int) -> list[Incident]:
    """Return the `limit` newest incidents, newest first."""
    return sorted(incidents, key=lambda i: i.sort_key, reverse=True)[:limit]


def atom_feed(
    incidents: list[Incident],
    title: str,
    page_url: str,
    feed_url: str,
    urls: Urls,
    site_url: str,
    site_name: str,
) -> str:
    """Return an Atom feed of `incidents`, newest first; times come from the incidents only."""
    feed = StableAtomFeed(
        title=title,
        link=absolute(site_url, page_url),
        description="",
        feed_url=absolute(site_url, feed_url),
        feed_guid=f"urn:incident-archive:feed:{feed_url}",
        author_name=site_name,
        language="en",
    )
    for incident in sorted(incidents, key=lambda i: i.sort_key, reverse=True):
        day = datetime.combine(incident.date.start, time(0, 0), tzinfo=timezone.utc)
        # Atom's summary is typed as HTML; contributors' text is plain, so escape it.
        summary = html.escape(f"{incident.summary} ({incident.location.name})")
        feed.add_item(
            title=incident.title,
            link=absolute(site_url, urls.incident(incident.id)),
            description=summary,
            unique_id=f"urn:incident-archive:incident:{incident.id}",
            pubdate=day,
            updateddate=day,
            categories=list(incident.tags),
        )
    return feed.writeString("utf-8")
