"""Settings for publishing: `invoke publish` builds with these on top of pelicanconf."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

# The address the site is served from, without a trailing slash; links and feeds use it.
SITEURL = os.environ.get("ARCHIVE_SITEURL", "https://belgorod-archive.example.org")
RELATIVE_URLS = False
