"""The keys of what the plugins hand each other, and the templates, in Pelican's context.

Each is set by one plugin, in the stage named, and read by the later ones:

- incidents, when the article generator starts (before any context is generated):
  INCIDENT_ARCHIVE, the checked archive (incidents, registries, problems);
- timeline, in its generator's context: TIMELINE_INDEX (cross-links), TIMELINE_URLS,
  TIMELINE_FEATURED, TIMELINE_EXPORT_VERSION, TIMELINE_HOME_INCIDENTS, TIMELINE_MAP (the
  map's tiles, attribution and first view), TIMELINE_HISTOGRAM (the bars of the whole
  timeline);
- search, in its generator's context (after the timeline's): SEARCH_EXPORT_URL,
  SEARCH_PAGE_URL, SEARCH_META_JSON.
"""

INCIDENT_ARCHIVE = "incident_archive"
TIMELINE_INDEX = "timeline_index"
TIMELINE_URLS = "timeline_urls"
TIMELINE_FEATURED = "timeline_featured"
TIMELINE_EXPORT_VERSION = "timeline_export_version"
TIMELINE_HOME_INCIDENTS = "timeline_home_incidents"
TIMELINE_MAP = "timeline_map"
TIMELINE_HISTOGRAM = "timeline_histogram"
SEARCH_EXPORT_URL = "search_export_url"
SEARCH_PAGE_URL = "search_page_url"
SEARCH_META_JSON = "search_meta_json"
# Set by sitebuild.build_site, not by hand: the output the new build replaces, and the
# digest of each input file its stamp read or trusted (by path), so that the archive need
# not read again a file whose stage-1 result the cache holds.
PREVIOUS_OUTPUT_SETTING = "ARCHIVE_PREVIOUS_OUTPUT"
FILE_DIGESTS_SETTING = "ARCHIVE_FILE_DIGESTS"
