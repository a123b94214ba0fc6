"""Build sites end to end: golden output, reproducibility, and builds that must not publish."""

from __future__ import annotations

import difflib
import gzip
import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from sitebuild.build import BuildFailed, build_site, stamp_of

import tasks
from incidents import ArchiveInvalid

SAMPLE = Path(__file__).parent / "sample-site"
# Set to rewrite tests/sample-site/expected/ after an intended change; review the diff.
UPDATE = os.environ.get("ARCHIVE_UPDATE_GOLDEN") == "1"


# The sample site's own name and featured periods, whatever the shipped archive's are.
SAMPLE_SETTINGS = {
    "SITENAME": "Sample Archive",
    "SITESUBTITLE": "Three incidents the tests own",
    # The sample files' days in git would change with each commit of them, after the
    # golden output was written: the history is tested on a repository of its own.
    "INCIDENTS_GIT_DATES": False,
    "TIMELINE_FEATURED_PERIODS": [
        {
            "title": "The two raids",
            "start": "2023-05-22",
            "end": "2023-05-31",
            "description": "From the night raid to the second one <b>nine days</b> later.",
        },
        {"title": "One day", "id": "june-first", "start": "2023-06-01"},
    ],
}


def build(content: Path, output: Path, **overrides) -> Path:
    settings = {"PATH": str(content), **SAMPLE_SETTINGS, **overrides}
    build_site(tasks.ROOT / "pelicanconf.py", output, settings)
    return output


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_sample_site_matches_the_expected_output(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    expected_dir = SAMPLE / "expected"
    # The theme's static files (stylesheet, scripts, vendored libraries) are copied as they
    # are: compared with the theme itself, not kept twice in expected/.
    built = tree(output)
    theme = {n: c for n, c in built.items() if n.startswith("theme/")}
    assert theme == {f"theme/{n}": c for n, c in tree(tasks.ROOT / "theme" / "static").items()}
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(
            output,
            expected_dir,
            ignore=lambda folder, names: ["theme"] if Path(folder) == output else [],
        )
    built, expected = {n: c for n, c in built.items() if n not in theme}, tree(expected_dir)
    assert sorted(built) == sorted(expected)
    differences = [golden_diff(name, content, built[name]) for name, content in expected.items()]
    differences = [difference for difference in differences if difference]
    if differences:
        pytest.fail("\n".join(differences) + "\n(ARCHIVE_UPDATE_GOLDEN=1 rewrites expected/)")


def readable(name: str, content: bytes) -> list[str] | None:
    """Return a file's lines for a diff: gzipped files decompressed; None for other binaries."""
    if name.endswith(".gz"):
        content = gzip.decompress(content)
    try:
        return content.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return None


def golden_diff(name: str, expected: bytes, built: bytes) -> str:
    """Say how a built file differs from the expected one, readably; '' when it does not."""
    if expected == built:
        return ""
    before, after = readable(name, expected), readable(name, built)
    if before is None or after is None:
        return f"binary file {name} differs ({len(expected)} bytes expected, {len(built)} built)"
    return "\n".join(
        difflib.unified_diff(before, after, f"expected/{name}", f"built/{name}", lineterm="")
    )


def test_a_golden_difference_reads_as_text_even_in_gzipped_files():
    gzipped = golden_diff(
        "index/a.json.gz", gzip.compress(b'{"a": 1}\n'), gzip.compress(b'{"a": 2}\n')
    )
    assert '-{"a": 1}' in gzipped and '+{"a": 2}' in gzipped
    assert golden_diff("picture.png", b"\x89PNG\xff", b"\x89PNG\xfe").startswith(
        "binary file picture.png differs"
    )
    assert golden_diff("same.html", b"x", b"x") == ""


def test_the_same_input_builds_byte_identical_output(tmp_path):
    first = tree(build(SAMPLE / "content", tmp_path / "first"))
    second = tree(build(SAMPLE / "content", tmp_path / "second"))
    assert first == second


def test_invalid_content_leaves_the_previous_output_intact(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE / "content", content)
    output = build(content, tmp_path / "output")
    before = tree(output)
    broken = content / "incidents" / "2023-06-01-shebekino-shelling.md"
    broken.write_text(broken.read_text().replace("status: unverified", "status: maybe"))
    (content / "incidents" / "2023-05-22-border-night-raid.md").unlink()
    with pytest.raises(ArchiveInvalid) as raised:
        build(content, output)
    assert "claims[0].status" in str(raised.value.code)
    assert tree(output) == before
    assert names_in(tmp_path) == [
        ".output.manifest.json",
        ".search-index",
        "content",
        "output",
    ]


def test_a_pelican_error_fails_the_build_and_keeps_the_output(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    theme = tmp_path / "theme"
    shutil.copytree(tasks.ROOT / "theme", theme)
    (theme / "templates" / "incident.html").write_text("{% extends 'base.html' %}{% block x %}")
    with pytest.raises(BuildFailed):
        build(SAMPLE / "content", output, THEME=str(theme))
    assert tree(output) == before


def test_a_failed_search_export_fails_the_build_and_keeps_the_output(tmp_path, monkeypatch):
    import search.export

    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)

    def broken(self, documents):
        raise OSError("disk full")

    # The export runs in a forked process, which inherits the patch.
    monkeypatch.setattr(search.export.Exporter, "export", broken)
    with pytest.raises(BuildFailed, match="search export failed: OSError: disk full"):
        build(SAMPLE / "content", output, SITENAME="Changed")
    assert tree(output) == before
    # A process that dies without a word (killed, out of memory) fails the build too.
    monkeypatch.setattr(search.export.Exporter, "export", lambda self, documents: os._exit(3))
    with pytest.raises(BuildFailed, match="its process stopped with code 3"):
        build(SAMPLE / "content", output, SITENAME="Changed")
    assert tree(output) == before


def test_a_build_that_fails_after_the_export_started_leaves_no_process_behind(
    tmp_path, monkeypatch
):
    import multiprocessing

    import search.export

    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    started_marker = tmp_path / "export-started"

    def slow_export(self, documents):
        started_marker.touch()
        time.sleep(60)

    # The export takes long; the pages, meanwhile, fail to render.
    monkeypatch.setattr(search.export.Exporter, "export", slow_export)
    theme = tmp_path / "theme"
    shutil.copytree(tasks.ROOT / "theme", theme)
    (theme / "templates" / "incident.html").write_text("{% extends 'base.html' %}{% block x %}")
    started = time.monotonic()
    with pytest.raises(BuildFailed):
        build(SAMPLE / "content", output, THEME=str(theme))
    assert started_marker.exists(), "the export never started"
    assert multiprocessing.active_children() == []
    assert time.monotonic() - started < 30, "the build waited for the export"
    assert tree(output) == before


def test_files_read_and_pages_rendered_on_two_cores_are_the_same_bytes(tmp_path, monkeypatch):
    import incidents.archive
    import timeline.pelican_layer

    monkeypatch.setattr(incidents.archive, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(timeline.pelican_layer, "PARALLEL_MIN_PAGES", 1)
    output = build(
        SAMPLE / "content",
        tmp_path / "output",
        INCIDENTS_WORKERS=2,
        TIMELINE_WORKERS=2,
        INCIDENTS_CACHE_PATH="",
    )
    pages = {
        name: content for name, content in tree(output).items() if not name.startswith("theme/")
    }
    assert pages == tree(SAMPLE / "expected")


def test_the_home_page_lists_the_latest_incidents_and_says_so(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output", TIMELINE_HOME_INCIDENTS=2)
    home = (output / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<h3><a href="./incidents/([^/]+)/', home)
    assert listed == ["2023-05-31-second-raid", "2023-06-01-shebekino-shelling"]
    assert "The 2 latest incidents, from 31 May 2023" in home
    assert 'href="./timeline/2023/05/"' in home


def test_a_malformed_setting_stops_the_build_with_its_name_and_keeps_the_output(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    periods = [{"title": "Soon", "start": "soon"}]
    with pytest.raises(SystemExit) as stopped:
        build(SAMPLE / "content", output, TIMELINE_FEATURED_PERIODS=periods)
    assert "TIMELINE_FEATURED_PERIODS[0].start: 'soon' is not a day" in str(stopped.value)
    assert tree(output) == before


def test_a_count_setting_given_no_whole_number_stops_the_build_naming_it(tmp_path):
    with pytest.raises(SystemExit) as stopped:
        build(SAMPLE / "content", tmp_path / "output", TIMELINE_FEED_MAX_ITEMS="ten")
    assert "TIMELINE_FEED_MAX_ITEMS: 'ten' is not a whole number of 1 or more" in str(stopped.value)
    with pytest.raises(SystemExit) as stopped:
        build(SAMPLE / "content", tmp_path / "output", TIMELINE_WORKERS=-1)
    assert "TIMELINE_WORKERS: -1 is not a whole number of 0 or more" in str(stopped.value)
    assert not (tmp_path / "output").exists()


def test_a_misspelt_plugin_setting_stops_the_build_naming_the_setting_meant(tmp_path):
    with pytest.raises(SystemExit) as stopped:
        build(SAMPLE / "content", tmp_path / "output", TIMELINE_HOME_INCIDENT=5)
    assert "TIMELINE_HOME_INCIDENT is not a setting of the timeline plugin" in str(stopped.value)
    assert "did you mean TIMELINE_HOME_INCIDENTS?" in str(stopped.value)
    assert not (tmp_path / "output").exists()


def test_an_interrupted_build_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    from pelican import Pelican

    real_run = Pelican.run

    def run_then_interrupt(self):
        real_run(self)  # every file written to the staging folder...
        raise KeyboardInterrupt  # ...then Ctrl-C before the swap

    monkeypatch.setattr(Pelican, "run", run_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        build(SAMPLE / "content", output, SITESUBTITLE="Another subtitle")
    assert tree(output) == before
    assert names_in(tmp_path) == [
        ".output.manifest.json",
        ".search-index",
        "output",
    ]


def test_a_build_stopped_between_its_renames_gets_the_previous_site_back(tmp_path):
    output = build(SAMPLE / "content", tmp_path / "output")
    before = tree(output)
    # The state a kill between "output -> previous" and "staging -> output" leaves behind.
    output.rename(tmp_path / ".output.previous")
    (tmp_path / ".output.staging").mkdir()
    (tmp_path / ".output.staging" / "half.html").write_text("half")
    content = tmp_path / "content"
    shutil.copytree(SAMPLE / "content", content)
    broken = content / "incidents" / "2023-06-01-shebekino-shelling.md"
    broken.write_text(broken.read_text().replace("status: unverified", "status: maybe"))
    with pytest.raises(ArchiveInvalid):
        build(content, output)
    assert tree(output) == before
    assert names_in(tmp_path) == [
        ".output.manifest.json",
        ".search-index",
        "content",
        "output",
    ]


def test_a_build_with_the_last_inputs_keeps_the_output_unless_it_was_touched(tmp_path):
    settings = {"PATH": str(SAMPLE / "content"), **SAMPLE_SETTINGS}
    output = tmp_path / "output"
    assert build_site(tasks.ROOT / "pelicanconf.py", output, settings) is True
    before = tree(output)
    assert build_site(tasks.ROOT / "pelicanconf.py", output, settings) is False
    next(output.rglob("incidents/*/index.html")).write_text("edited by hand")
    (output / "timeline" / "stray.html").write_text("a file no build wrote")
    assert build_site(tasks.ROOT / "pelicanconf.py", output, settings) is True
    assert tree(output) == before


def test_a_stamp_of_the_wrong_shape_costs_a_reading_not_the_build(tmp_path):
    settings = {"PATH": str(SAMPLE / "content"), **SAMPLE_SETTINGS}
    output = tmp_path / "output"
    assert build_site(tasks.ROOT / "pelicanconf.py", output, settings) is True
    stamp = stamp_of(output)
    record = json.loads(stamp.read_text(encoding="utf-8"))
    for files in ({"at": "yesterday"}, {"at": 1, "files": {"a.md": [1, 2]}}, None, []):
        stamp.write_text(json.dumps({**record, "files": files}), encoding="utf-8")
        assert build_site(tasks.ROOT / "pelicanconf.py", output, settings) is False


def test_the_replaced_site_waits_beside_the_output_until_the_next_build_removes_it(tmp_path):
    from sitebuild.build import replaced_of

    output = build(SAMPLE / "content", tmp_path / "output")
    replaced = replaced_of(output.resolve())
    assert not replaced.exists()
    first = tree(output)
    build(SAMPLE / "content", output, SITESUBTITLE="Another subtitle")
    assert tree(replaced) == first
    (replaced / "marker.html").write_text("left by the build before")
    # Nothing changed: the build ends before Pelican runs, and leaves it.
    build(SAMPLE / "content", output, SITESUBTITLE="Another subtitle")
    assert (replaced / "marker.html").exists()
    second = tree(output)
    build(SAMPLE / "content", output)
    assert tree(replaced) == second  # the older one is gone, marker and all
    assert tree(output) == first
    assert names_in(tmp_path) == [
        ".output.manifest.json",
        ".output.replaced",
        ".output.stamp.json",
        ".search-index",
        "output",
    ]


def test_a_build_gives_what_it_set_aside_back_to_the_collector(tmp_path):
    import gc

    build(SAMPLE / "content", tmp_path / "output")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    content = tmp_path / "content"
    shutil.copytree(SAMPLE / "content", content)
    broken = content / "incidents" / "2023-06-01-shebekino-shelling.md"
    broken.write_text(broken.read_text().replace("status: unverified", "status: maybe"))
    with pytest.raises(ArchiveInvalid):
        build(content, tmp_path / "output")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
