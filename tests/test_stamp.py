"""The input stamp: a build with nothing changed reads no file whose times say it is as recorded."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sitebuild import stamp
from sitebuild.stamp import input_stamp

HOUR_NS = 3600 * 10**9


@pytest.fixture
def site(tmp_path):
    content, theme = tmp_path / "content", tmp_path / "theme"
    (content / "incidents").mkdir(parents=True)
    theme.mkdir()
    (theme / "base.html").write_text("<html></html>")
    settings_file = tmp_path / "pelicanconf.py"
    settings_file.write_text("SITENAME = 'x'\n")
    settings = {"PATH": str(content), "THEME": str(theme), "INCIDENTS_GIT_DATES": False}
    incident = content / "incidents" / "2023-05-22-raid.md"
    incident.write_text("---\ntitle: A raid\n---\nBody.\n")
    return settings, settings_file, incident


def _age(path, nanoseconds=HOUR_NS):
    """Make a file look last changed long before a stamp is taken."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns - nanoseconds, stat.st_mtime_ns - nanoseconds))


def test_a_file_as_recorded_is_not_read_again(site, monkeypatch):
    settings, settings_file, incident = site
    theme = Path(settings["THEME"]) / "base.html"
    _age(incident)
    _age(theme)
    first, files = input_stamp(settings, settings_file)
    assert str(incident) in files

    def refuse(*args, **kwargs):
        raise AssertionError(f"read again: {args[0]}")

    monkeypatch.setattr(stamp, "open", refuse, raising=False)
    assert input_stamp(settings, settings_file, files)[0] == first


def test_a_file_changed_just_before_the_record_is_read_again(site):
    settings, settings_file, incident = site
    first, files = input_stamp(settings, settings_file)
    # A record whose digest is not the file's: a file changed within the same tick of the
    # clock as the record would look so. One changed that close is read again…
    forged = {**files, str(incident): [*files[str(incident)][:4], "0" * 32]}
    assert input_stamp(settings, settings_file, forged)[0] == first
    # …and one changed long before is not (the forged digest is taken).
    _age(incident)
    _, files = input_stamp(settings, settings_file)
    forged = {**files, str(incident): [*files[str(incident)][:4], "0" * 32]}
    assert input_stamp(settings, settings_file, forged)[0] != first


def test_a_file_rewritten_with_its_old_times_put_back_is_read_again(site):
    settings, settings_file, incident = site
    _age(incident)
    first, files = input_stamp(settings, settings_file)
    before = incident.stat()
    time.sleep(0.01)
    incident.write_text(incident.read_text().replace("Body.", "Dody."))
    # As `touch -r` or an archive tool would: only the inode's change time tells.
    os.utime(incident, ns=(before.st_atime_ns, before.st_mtime_ns))
    again, _ = input_stamp(settings, settings_file, files)
    assert again != first


def test_the_stamp_is_the_same_with_or_without_the_record(site):
    settings, settings_file, incident = site
    _age(incident)
    first, files = input_stamp(settings, settings_file)
    assert input_stamp(settings, settings_file, files)[0] == first
    incident.write_text("---\ntitle: Another raid\n---\n")
    assert input_stamp(settings, settings_file, files)[0] == input_stamp(settings, settings_file)[0]
