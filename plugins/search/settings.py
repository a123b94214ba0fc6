"""The search plugin's settings."""

from sitebuild.settings import Setting, SettingsTable

SETTINGS = SettingsTable(
    "SEARCH_",
    Setting(
        "SEARCH_INDEX_PATH",
        "",
        "Where the search documents, the export and the whoosh index live between builds "
        "('' = '.search-index' beside the output).",
    ),
    Setting(
        "SEARCH_EXPORT_URL",
        "search-index/",
        "Where the static export is published in the site, for the search page's module.",
    ),
    Setting("SEARCH_PAGE_URL", "search/", "The search page."),
)
