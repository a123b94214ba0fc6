"""The input stamp: a build with nothing changed reads no file whose stat is as recorded."""

from __future__ import annotations

import os
import time

import pytest
from sitebuild import stamp
from sitebuild.stamp import input_stamp

SECONDS_NS = 10**9


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


def _made_later(record: dict, seconds: int = 3) -> dict:
    """Return the record as if made `seconds` later, long after its files last changed."""
    return {**record, "at": record["at"] + seconds * SECONDS_NS}


def _forged(record: dict, path) -> dict:
    """Return the record with a digest for `path` that is not the file's."""
    files = dict(record["files"])
    files[str(path)] = [*files[str(path)][:4], "0" * 32]
    return {**record, "files": files}


def test_a_file_as_recorded_is_not_read_again(site, monkeypatch):
    settings, settings_file, incident = site
    first, record = input_stamp(settings, settings_file)
    assert str(incident) in record["files"]

    def refuse(*args, **kwargs):
        raise AssertionError(f"read again: {args[0]}")

    monkeypatch.setattr(stamp, "open", refuse, raising=False)
    assert input_stamp(settings, settings_file, _made_later(record))[0] == first


def test_a_file_changed_just_before_the_record_is_read_again(site):
    settings, settings_file, incident = site
    first, record = input_stamp(settings, settings_file)
    # A digest that is not the file's: a file changed within the same tick of the clock as
    # the record would look so. Changed that close to the record, the file is read again…
    assert input_stamp(settings, settings_file, _forged(record, incident))[0] == first
    # …and changed long before it, it is not (the forged digest is taken).
    later = _forged(_made_later(record), incident)
    assert input_stamp(settings, settings_file, later)[0] != first


def test_a_file_rewritten_with_its_old_times_put_back_is_read_again(site):
    settings, settings_file, incident = site
    first, record = input_stamp(settings, settings_file)
    before = incident.stat()
    time.sleep(0.01)
    incident.write_text(incident.read_text().replace("Body.", "Dody."))
    # As `touch -r` or an archive tool would: only the inode's change time tells.
    os.utime(incident, ns=(before.st_atime_ns, before.st_mtime_ns))
    again, _ = input_stamp(settings, settings_file, _made_later(record))
    assert again != first


def test_the_stamp_is_the_same_with_or_without_the_record(site):
    settings, settings_file, incident = site
    first, record = input_stamp(settings, settings_file)
    assert input_stamp(settings, settings_file, _made_later(record))[0] == first
    incident.write_text("---\ntitle: Another raid\n---\n")
    fresh = input_stamp(settings, settings_file)[0]
    assert input_stamp(settings, settings_file, _made_later(record))[0] == fresh


def test_a_file_whose_digest_the_stamp_knows_and_the_cache_holds_is_not_read(
    folder, tmp_path, monkeypatch
):
    from incidents import archive as archive_module
    from incidents.reading import digest_of

    first = folder.write_incident()
    second = folder.write_incident({"2023-06-01-shebekino-shelling": "2023-06-02-other"},
                                   "2023-06-02-other.md")  # fmt: skip
    cache = tmp_path / "cache"
    paths = sorted(folder.incidents.iterdir())
    read = []
    real = archive_module.read_bytes

    def counting(path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(archive_module, "read_bytes", counting)

    def load(known):
        return archive_module.load_archive(
            paths, folder.registries, folder.root, cache_dir=cache, known_digests=known
        )

    cold = load({})
    assert sorted(read) == [first.name, second.name]
    known = {str(path): digest_of(path.read_bytes()) for path in paths}
    read.clear()
    warm = load(known)
    assert read == []
    assert [i.id for i in warm.incidents] == [i.id for i in cold.incidents]
    # A digest the cache holds nothing under: the file is read.
    read.clear()
    load({**known, str(second): "0" * 32})
    assert read == [second.name]
