"""The timeline plugin's settings: what it writes, where, and how."""

from sitebuild.settings import Setting, SettingsTable

SETTINGS = SettingsTable(
    "TIMELINE_",
    Setting(
        "TIMELINE_CACHE_PATH",
        "cache/timeline",
        "Where each incident's part of each export, its card, and the compiled templates "
        'are kept between builds ("" for nowhere).',
    ),
    Setting("TIMELINE_WORKERS", 0, "Processes that render pages (0: one per core)."),
    Setting(
        "TIMELINE_HOME_INCIDENTS",
        100,
        "The home page and /newest/ list this many of the latest incidents; earlier ones "
        "are on the year, month and day pages.",
        1,
    ),
    Setting(
        "TIMELINE_RELATED_WINDOW_DAYS",
        14,
        "Incidents near in time that share a place or an actor are listed as related.",
    ),
    Setting(
        "TIMELINE_RELATED_MAX",
        12,
        "An incident lists at most this many related incidents: the nearest in time.",
    ),
    Setting(
        "TIMELINE_FEATURED_PERIODS",
        [],
        'Named spans of days, each with a page: [{"title": …, "start": "2023-05-22", "end": …}].',
    ),
    Setting("TIMELINE_FEATURED_URL", "periods/{id}/", "Each featured period's page."),
    Setting("TIMELINE_INCIDENT_URL", "incidents/{id}/", "Each incident's page."),
    Setting("TIMELINE_NEWEST_URL", "newest/", "The timeline, newest first."),
    Setting(
        "TIMELINE_YEAR_URL",
        "timeline/{start:%Y}/",
        "Year pages; {start} is the period's first day.",
    ),
    Setting("TIMELINE_MONTH_URL", "timeline/{start:%Y}/{start:%m}/", "Month pages."),
    Setting("TIMELINE_DAY_URL", "timeline/{start:%Y}/{start:%m}/{start:%d}/", "Day pages."),
    Setting("TIMELINE_PLACES_URL", "places/", "The list of places."),
    Setting("TIMELINE_PLACE_URL", "places/{id}/", "Each place's page; {id} is its registry id."),
    Setting("TIMELINE_ACTORS_URL", "actors/", "The list of actors."),
    Setting("TIMELINE_ACTOR_URL", "actors/{id}/", "Each actor's page."),
    Setting("TIMELINE_OUTLETS_URL", "outlets/", "The list of outlets."),
    Setting("TIMELINE_OUTLET_URL", "outlets/{id}/", "Each outlet's page."),
    Setting("TIMELINE_TAGS_URL", "tags/", "The list of tags."),
    Setting("TIMELINE_TAG_URL", "tags/{id}/", "Each tag's page."),
    Setting("TIMELINE_CLAIMS_URL", "claims/", "The claims by claimant."),
    Setting("TIMELINE_DATA_URL", "data/", "The page that documents the exports."),
    Setting(
        "TIMELINE_EXPORT_URL",
        "data/incidents.{format}",
        "The exports; {format} is json, csv, geojson, ics or schema.json.",
    ),
    Setting(
        "TIMELINE_EXPLORER_URL",
        "data/timeline.json",
        "The short records the timeline's filters and maps load in the browser.",
    ),
    Setting(
        "TIMELINE_MAP_TILES",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        'The map\'s tile URL template, as Leaflet takes it ("" for points on a plain background).',
    ),
    Setting(
        "TIMELINE_MAP_ATTRIBUTION",
        "© OpenStreetMap contributors",
        "The credit the tiles' licence asks for, shown on every map.",
    ),
    Setting(
        "TIMELINE_MAP_VIEW",
        None,
        'Where maps open before their points are shown: {"lat": …, "lon": …, "zoom": …} '
        "(None: fit the points).",
    ),
    Setting(
        "TIMELINE_FEED_MAX_ITEMS",
        100,
        "Each Atom feed carries this many of its newest incidents (the exports carry all).",
        1,
    ),
    Setting(
        "TIMELINE_FEED_ALL_URL",
        "feeds/all.atom.xml",
        "The Atom feed of the whole archive (its newest TIMELINE_FEED_MAX_ITEMS incidents).",
    ),
    Setting("TIMELINE_FEED_PLACE_URL", "feeds/places/{id}.atom.xml", "Atom feeds per place."),
    Setting("TIMELINE_FEED_ACTOR_URL", "feeds/actors/{id}.atom.xml", "Atom feeds per actor."),
)
