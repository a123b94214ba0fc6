"""The maintainers' commands, run as maintainers run them."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(*args, cwd):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_validate_reports_every_problem_and_exits_1(folder):
    folder.write_incident({"title: Shelling": "titel: Shelling", "place: shebekino": "place: x"})
    folder.write("2023-06-02-other.md", "---\nid: [\n---\n")
    result = run(
        sys.executable, "-m", "invoke", "-r", str(ROOT), "validate", "--content", "content",
        cwd=folder.root,
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        "content/incidents/2023-06-01-shebekino-shelling.md:3:1: titel: unknown field 'titel'"
        in lines
    )
    assert any(
        line.startswith("content/incidents/2023-06-01-shebekino-shelling.md:8:3: location.place:")
        for line in lines
    )
    assert any(line.startswith("content/incidents/2023-06-02-other.md:") for line in lines)
    assert lines[-1] == "3 errors, 0 warnings in 2 files"
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_passes_a_valid_archive(folder):
    folder.write_incident()
    result = run(
        sys.executable, "-m", "invoke", "-r", str(ROOT), "validate", "--content", "content",
        cwd=folder.root,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    shown = "content/incidents/2023-06-01-shebekino-shelling.md"
    assert result.stdout.splitlines() == [
        f"{shown}:6:1: date 'Thursday' → 2023-06-01 (1 June 2023, day),"
        " relative to The Daily published 2023-06-01",
        f"{shown}:31:5: claims[0].stated_on 'Thursday' → 2023-06-01 (1 June 2023, day),"
        " relative to The Daily published 2023-06-01",
        f"{shown}:38:5: claims[1].stated_on 'Friday' → 2023-06-02 (2 June 2023, day),"
        " relative to The Weekly published 2023-06-02T09:00:00+03:00",
        "1 incidents, no problems",
    ]


def test_validate_reports_only_the_paths_asked_for_and_speaks_github(folder):
    folder.write_incident({"status: unverified": "status: maybe"})
    other = folder.write_incident(
        {
            "id: 2023-06-01-shebekino-shelling": "id: 2023-06-01-other",
            "title: Shelling": "titel: x",
        },
        name="2023-06-01-other.md",
    )
    result = run(
        sys.executable, "-m", "invoke", "-r", str(ROOT), "validate", "--content", "content",
        "--format", "github", "--no-dates", str(other.relative_to(folder.root)),
        cwd=folder.root,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "::error file=content/incidents/2023-06-01-other.md,line=3,col=1,title=titel"
        "::unknown field 'titel' (hint: did you mean 'title'?)",
    ]
    clean = run(
        sys.executable, "-m", "invoke", "-r", str(ROOT), "validate", "--content", "content",
        "content/incidents/2023-06-01-shebekino-shelling.md,content/registries",
        cwd=folder.root,
    )  # fmt: skip
    assert clean.returncode == 1
    assert clean.stdout.splitlines()[-1] == "1 error, 0 warnings in 1 file"


def test_plain_pelican_stops_with_the_report_and_no_traceback(folder, tmp_path):
    folder.write_incident({"status: unverified": "status: maybe"})
    result = run(
        sys.executable, "-m", "pelican", str(folder.content), "-s", str(ROOT / "pelicanconf.py"),
        "-o", str(tmp_path / "out"),
        cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 1
    assert "claims[0].status: 'maybe' is not one of" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "out" / "index.html").exists()


def test_invoke_resolve_prints_the_resolution():
    result = run(sys.executable, "-m", "invoke", "resolve", "the night of Monday-Tuesday",
                 "--reference", "2023-05-23", cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "resolves to night of 22\u201323 May 2023 (night)" in result.stdout
    assert "value      2023-05-22TNI" in result.stdout
    assert "read as    the night before Tuesday" in result.stdout
    assert "rules      en.parts.night-between < common.weekday < common.weekday" in result.stdout
    assert "passed" not in result.stdout
    result = run(sys.executable, "-m", "invoke", "resolve", "told reporters Tuesday",
                 "--reference", "2023-06-01", cwd=ROOT)  # fmt: skip
    assert "passed     told, reporters" in result.stdout


def test_invoke_resolve_jsonl_answers_line_by_line():
    lines = '{"id": "a", "text": "Thursday", "reference": "2023-06-01"}\nnonsense\n'
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "resolve", "--jsonl"],
        cwd=ROOT, input=lines, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith('{"id": "a", "value": "2023-06-01"')
    assert second.startswith('{"id": null, "error": "not JSON')


def test_invoke_new_scaffolds_an_incident_and_registry_entries_that_validate(folder):
    folder.write_incident()
    invoke = [sys.executable, "-m", "invoke", "-r", str(ROOT)]
    args = ["--content", "content", "--published", "2023-06-06", "--outlet", "meduza"]
    missing_country = run(
        *invoke, "new", "--title", "Strike", "--date", "Monday", "--place", "new-town", *args,
        cwd=folder.root,
    )  # fmt: skip
    assert missing_country.returncode == 1
    assert "'new-town' is a new place: give its --country" in missing_country.stderr
    made = run(
        *invoke, "new", "--title", "Удар по «Новой» школе", "--date", "the night of Monday-Tuesday",
        "--place", "new-town", "--country", "ru", *args,
        cwd=folder.root,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    path = folder.incidents / "2023-06-05-udar-po-novoi-shkole.md"
    assert path.exists()
    assert "date 'the night of Monday-Tuesday' → 2023-06-05TNI" in made.stdout
    assert "relative to Meduza published 2023-06-06" in made.stdout
    places = (folder.registries / "places.yaml").read_text()
    assert 'new-town:\n  name: "New Town"\n  # kind: city, town, village' in places
    assert "  # coordinates: {lat: …, lon: …}  (from a map, never guessed)" in places
    assert "meduza:" in (folder.registries / "outlets.yaml").read_text()
    checked = run(*invoke, "validate", "--content", "content", "--no-dates", cwd=folder.root)
    assert checked.returncode == 0, checked.stdout
    # The missing url, and the three texts the scaffold left for the contributor to write.
    assert checked.stdout.splitlines()[-1] == "0 errors, 4 warnings in 1 file"
    assert checked.stdout.count("still holds the scaffold's text") == 3
    again = run(
        *invoke, "new", "--title", "Удар по «Новой» школе", "--date", "2023-06-05",
        "--place", "new-town", *args,
        cwd=folder.root,
    )  # fmt: skip
    assert again.returncode == 1
    assert "exists already" in again.stderr


def test_invoke_new_counts_from_other_incidents_and_adds_places_and_actors(folder):
    folder.write_incident()
    invoke = [sys.executable, "-m", "invoke", "-r", str(ROOT)]
    made = run(
        *invoke, "new", "--content", "content", "--title", "Second strike",
        "--date", "two days after 2023-06-01-shebekino-shelling", "--published", "2023-06-04",
        "--outlet", "daily", "--place", "zorino", "--country", "RU", "--kind", "village",
        "--region", "Belgorod Oblast", "--lat", "50.5", "--lon", "36.1",
        "--actor", "militia", "--actor", "new-corps", "--actor-name", "New Corps",
        "--actor-kind", "armed-group",
        cwd=folder.root,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = (folder.incidents / "2023-06-03-second-strike.md").read_text()
    assert "actors: [militia, new-corps]" in text
    assert "relative to incident 2023-06-01-shebekino-shelling (2023-06-01)" in made.stdout
    places = (folder.registries / "places.yaml").read_text()
    assert 'zorino:\n  name: "Zorino"\n  kind: village\n  region: "Belgorod Oblast"' in places
    assert "coordinates: {lat: 50.5, lon: 36.1}" in places
    assert (
        'new-corps:\n  name: "New Corps"\n  kind: armed-group'
        in (folder.registries / "actors.yaml").read_text()
    )
    assert folder.load().errors == []
    refused = run(
        *invoke, "new", "--content", "content", "--title", "Third", "--date", "Thursday",
        "--published", "2023-06-01", "--outlet", "daily", "--place", "shebekino",
        "--actor", "another-corps",
        cwd=folder.root,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "new actors another-corps: give an --actor-name and an --actor-kind" in refused.stderr


def test_invoke_new_explains_itself():
    result = run(sys.executable, "-m", "invoke", "new", "--help", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    for option in ("--title", "--date", "--published", "--kind", "--region", "--actor-name"):
        assert option in result.stdout
    missing = run(sys.executable, "-m", "invoke", "new", "--title", "x", cwd=ROOT)
    assert missing.returncode == 1
    assert "give --date, --published, --outlet, --place" in missing.stderr


def test_a_malformed_day_option_is_named_in_the_error():
    result = run(
        sys.executable, "-m", "invoke", "resolve", "Thursday", "--reference", "1 June", cwd=ROOT
    )
    assert result.returncode == 1
    assert (
        "error: --reference must be YYYY-MM-DD or YYYY-MM-DDTHH:MM with its zone" in result.stderr
    )
    assert "not '1 June'" in result.stderr
    assert "Traceback" not in result.stderr


def test_invoke_init_starts_an_archive_of_another_scope_that_builds(tmp_path):
    dest = tmp_path / "kakhovka"
    started = run(
        sys.executable, "-m", "invoke", "-r", str(ROOT), "init", str(dest),
        "--name", "Kakhovka Dam Archive",
        "--subtitle", "The breach of the Kakhovka dam and the flood, June 2023",
        "--scope", "This archive covers the breach of the Kakhovka dam on 6 June 2023.",
        cwd=tmp_path,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert not list((dest / "content" / "incidents").iterdir())
    assert "Kakhovka dam on 6 June 2023" in (dest / "CONTRIBUTING.md").read_text()
    assert "Kakhovka dam on 6 June 2023" in (dest / "content/pages/about.md").read_text()
    assert not (dest / ".git").exists() and not (dest / "output").exists()
    # The shipped archive's map view is Belgorod's: a new archive's map fits its points.
    assert "\nTIMELINE_MAP_VIEW = None" in (dest / "pelicanconf.py").read_text()
    new = run(
        sys.executable, "-m", "invoke", "new", "--title", "Dam breached", "--date", "overnight",
        "--published", "2023-06-06T08:00:00+03:00", "--outlet", "kyiv-independent",
        "--place", "nova-kakhovka", "--country", "UA", "--kind", "town",
        "--region", "Kherson Oblast",
        cwd=dest,
    )  # fmt: skip
    assert new.returncode == 0, new.stderr
    built = run(sys.executable, "-m", "invoke", "build", cwd=dest)
    assert built.returncode == 0, built.stderr + built.stdout
    home = (dest / "output" / "index.html").read_text(encoding="utf-8")
    assert "Kakhovka Dam Archive" in home and "The breach of the Kakhovka dam" in home
    assert "Belgorod" not in home
    assert "Belgorod" not in (dest / "output" / "about" / "index.html").read_text()
    again = run(sys.executable, "-m", "invoke", "-r", str(ROOT), "init", str(dest),
                "--name", "x", "--subtitle", "y", cwd=tmp_path)  # fmt: skip
    assert again.returncode == 1 and "exists already" in again.stderr


def test_invoke_new_writes_nothing_that_would_not_validate(folder):
    folder.write_incident()
    registries = {path.name: path.read_bytes() for path in folder.registries.iterdir()}
    invoke = [sys.executable, "-m", "invoke", "-r", str(ROOT)]
    result = run(
        *invoke, "new", "--content", "content", "--title", "Strike", "--date", "Monday",
        "--published", "2023-06-05", "--outlet", "daily", "--place", "far-away",
        "--country", "RU", "--lat", "95", "--lon", "36", "--kind", "hamlet",
        cwd=folder.root,
    )  # fmt: skip
    assert result.returncode == 1
    assert "places.yaml" in result.stderr and "far-away.coordinates.lat" in result.stderr
    assert "far-away.kind" in result.stderr
    assert "Nothing was written" in result.stderr
    assert {path.name: path.read_bytes() for path in folder.registries.iterdir()} == registries
    assert sorted(p.name for p in folder.incidents.iterdir()) == [
        "2023-06-01-shebekino-shelling.md"
    ]


def test_invoke_new_says_what_a_length_or_a_missing_folder_needs(folder):
    folder.write_incident()
    invoke = [sys.executable, "-m", "invoke", "-r", str(ROOT), "new", "--title", "Raid",
              "--published", "2023-06-05", "--outlet", "daily", "--place", "shebekino"]  # fmt: skip
    later = run(*invoke, "--content", "content", "--date", "ten days later", cwd=folder.root)
    assert later.returncode == 1
    assert "ten days after <incident-id>" in later.stderr and "Traceback" not in later.stderr
    missing = run(*invoke, "--content", "no-such-folder", "--date", "Monday", cwd=folder.root)
    assert missing.returncode == 1
    assert "--content: no-such-folder is not a folder" in missing.stderr
    assert "Traceback" not in missing.stderr
