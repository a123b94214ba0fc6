"""The incidents plugin's settings."""

from sitebuild.settings import Setting, SettingsTable

SETTINGS = SettingsTable(
    "INCIDENTS_",
    Setting(
        "INCIDENTS_PATHS", ["incidents"], "Folders (or files) of incident files, relative to PATH."
    ),
    Setting(
        "INCIDENTS_REGISTRY_PATH",
        "registries",
        "Folder of places.yaml, actors.yaml and outlets.yaml, relative to PATH.",
    ),
    Setting(
        "INCIDENTS_SCHEMA_SAVE_AS",
        "schema/{name}",
        "Where the JSON Schemas are published in the output, for contributors' editors.",
    ),
    Setting(
        "INCIDENTS_CACHE_PATH",
        "cache/incidents",
        "Where each file's checked reading is kept between builds ('' for nowhere), relative "
        "to the working folder like Pelican's CACHE_PATH.",
    ),
    Setting("INCIDENTS_WORKERS", 0, "Processes that read new and changed files (0: one per core)."),
    Setting(
        "INCIDENTS_GIT_DATES",
        True,
        "Show on each incident the day its file last changed, from the git history of PATH "
        "(nothing where PATH is not in a repository, or for files not committed).",
    ),
)
