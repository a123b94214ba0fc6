"""Settings for building the archive locally: `invoke build`, `invoke serve`."""

SITENAME = "Belgorod Raids Incident Archive"
SITESUBTITLE = "Incidents of the May–June 2023 raids, with their sources and competing claims"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
# Pelican reads no articles: the incidents plugin reads INCIDENTS_PATHS, all files at once,
# and the timeline plugin writes the incident pages with everything else it writes.
ARTICLE_PATHS: list[str] = []
INCIDENTS_PATHS = ["incidents"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
THEME = "theme"

# Where the timeline's map opens: the Belgorod region (tiles: openstreetmap.org, the default).
TIMELINE_MAP_VIEW = {"lat": 50.6, "lon": 36.8, "zoom": 8}

# Named spans of days, listed on the timeline, each with a page of its incidents.
TIMELINE_FEATURED_PERIODS = [
    {
        "title": "Incursion into Grayvoron district",
        "start": "2023-05-22",
        "end": "2023-05-24",
        "description": "Armed groups cross the border at Kozinka; drones over Belgorod.",
    },
    {
        "title": "Fighting around Shebekino",
        "start": "2023-06-01",
        "end": "2023-06-05",
        "description": "Shelling of Shebekino and renewed incursion attempts.",
    },
]

PLUGIN_PATHS = ["plugins"]
# sitebuild first: the others use what it declares, and it checks their settings.
PLUGINS = ["sitebuild", "incident_dates", "incidents", "timeline", "search"]
INCIDENTS_REGISTRY_PATH = "registries"
INCIDENTS_SCHEMA_SAVE_AS = "schema/{name}"
INCIDENTS_CACHE_PATH = "cache/incidents"

PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# The timeline and search plugins write the home and search pages.
DIRECT_TEMPLATES: list[str] = []
DEFAULT_PAGINATION = False

# Pages per category, author, tag and archive are not part of the archive's design;
# the timeline plugin builds the archive's own day, place, actor, outlet and tag pages.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

JINJA_ENVIRONMENT = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
}
# Pelican's own Markdown reader is used for pages only; incident bodies go through nh3.
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.smarty": {},
    },
    "output_format": "html5",
}
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
