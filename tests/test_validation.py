"""The validator: every kind of problem, reported at its file, line and field, all at once."""

from __future__ import annotations

import pytest
from conftest import INCIDENT

from incidents import format_report
from incidents.problems import ERROR, NOTICE, WARNING

NAME = "content/incidents/2023-06-01-shebekino-shelling.md"


def only_problem(folder, replacements, severity=ERROR):
    folder.write_incident(replacements)
    archive = folder.load()
    assert len(archive.problems) == 1, format_report(archive.problems)
    problem = archive.problems[0]
    assert problem.severity == severity
    return problem


def test_the_valid_incident_has_no_problems(folder):
    folder.write_incident()
    archive = folder.load()
    assert archive.problems == []
    [incident] = archive.incidents
    assert incident.id == "2023-06-01-shebekino-shelling"
    assert incident.location.name == "Shebekino"
    assert incident.location.region == "Belgorod Oblast"
    assert [s.outlet.name for s in incident.sources] == ["The Daily", "The Weekly"]
    assert str(incident.claims[0].numbers["injured"]) == "at least 12"
    assert "<strong>according to</strong>" in incident.body_html


@pytest.mark.parametrize(
    ("replacements", "line", "field", "message"),
    [
        # Unknown key, with the closest known key as a hint.
        ({"title: Shelling": "titel: Shelling"}, 3, "titel", "unknown field"),
        # Wrong type.
        ({"tags: [shelling]": "tags: shelling"}, 5, "tags", "must be a list"),
        # A missing required field is placed at the mapping that lacks it.
        (
            {"summary: The town was shelled; the governor reported injuries.\n": ""},
            2,
            "",
            "summary",
        ),
        # A value outside an enum.
        ({"status: unverified": "status: unconfirmed"}, 33, "claims[0].status", "unverified"),
        # A pattern.
        (
            {"id: 2023-06-01-shebekino-shelling": "id: Shebekino Shelling"},
            2,
            "id",
            "lower-case letters",
        ),
        # References to unknown registry entries, with the closest id as a hint.
        ({"place: shebekino": "place: shebekin"}, 8, "location.place", "places registry"),
        ({"actors: [militia]": "actors: [militias]"}, 10, "actors[0]", "actors registry"),
        ({"outlet: weekly": "outlet: monthly"}, 19, "sources[1].outlet", "outlets registry"),
        ({"claimant: governor": "claimant: mayor"}, 26, "claims[0].claimant", "actors registry"),
        # References inside the file.
        (
            {"reported_by: [daily]": "reported_by: [dayly]"},
            32,
            "claims[0].reported_by[0]",
            "source",
        ),
        (
            {"contradicts: [injured]": "contradicts: [injury]"},
            41,
            "claims[1].contradicts[0]",
            "claim",
        ),
        (
            {"reference: weekly": "reference: monthly"},
            38,
            "claims[1].stated_on.reference",
            "source",
        ),
        # Ranges and dates.
        ({"{min: 12}": "{min: 12, max: 3}"}, 30, "claims[0].numbers.injured", "greater than"),
        ({"published: 2023-06-01": "published: 2023-02-30"}, 15, "sources[0].published", "real"),
        ({"date: Thursday": "date: sometime soon"}, 6, "date", "sometime soon"),
        # Location: a place or a name, not both.
        ({"  precision: settlement": "  name: Shebekino"}, 9, "location.name", "not both"),
        # The file name must be the id.
        (
            {"id: 2023-06-01-shebekino-shelling": "id: 2023-06-01-belgorod-shelling"},
            2,
            "id",
            "does not match",
        ),
        # A claim may not contradict itself.
        (
            {"contradicts: [injured]": "contradicts: [denial]"},
            41,
            "claims[1].contradicts[0]",
            "itself",
        ),
    ],
)
def test_each_error_names_its_line_and_field(folder, replacements, line, field, message):
    problem = only_problem(folder, replacements)
    assert (problem.path, problem.line, problem.field) == (NAME, line, field), problem.format()
    assert message in problem.message + problem.hint, problem.format()


def test_an_unknown_key_hints_at_the_closest_field(folder):
    problem = only_problem(folder, {"title: Shelling": "titel: Shelling"})
    assert problem.hint == "did you mean 'title'?"


def test_a_missing_url_is_a_warning_and_the_incident_still_builds(folder):
    problem = only_problem(folder, {"    url: https://daily.example/shelled\n": ""}, WARNING)
    assert (problem.line, problem.field) == (12, "sources[0]")
    assert "no url" in problem.message
    assert len(folder.load().incidents) == 1


def test_broken_yaml_is_reported_at_its_line(folder):
    problem = only_problem(folder, {"tags: [shelling]": "tags: [shelling"})
    assert problem.path == NAME
    assert problem.line in (5, 6)
    assert "YAML" in problem.message or "yaml" in problem.message.lower()


def test_a_duplicate_key_is_an_error(folder):
    problem = only_problem(folder, {"tags: [shelling]": "tags: [shelling]\ntitle: Again"})
    assert (problem.line, problem.field) == (6, "title")
    assert problem.message == "duplicate key 'title' (first on line 3)"


@pytest.mark.parametrize(
    ("replacements", "line", "field"),
    [
        ({"  - id: weekly": "  - id: daily"}, 18, "sources[1].id"),
        ({"  - id: denial": "  - id: injured"}, 34, "claims[1].id"),
    ],
)
def test_ids_used_twice_in_a_file(folder, replacements, line, field):
    folder.write_incident(replacements)
    problems = folder.load().problems
    assert [(p.line, p.field) for p in problems if "used twice" in p.message] == [(line, field)]


def test_yaml_aliases_are_refused(folder):
    folder.write_incident({"tags: [shelling]": "tags: &t [shelling]\nx: *t"})
    messages = [p.message for p in folder.load().problems]
    assert any("alias" in m or "anchor" in m for m in messages), messages


def test_no_is_text_not_false(folder):
    folder.write_incident({"title: Shelling of Shebekino": "title: NO"})
    [incident] = folder.load().incidents
    assert incident.title == "NO"


def test_a_file_without_front_matter(folder):
    folder.write("2023-06-01-shebekino-shelling.md", "Just a story.\n")
    [problem] = folder.load().problems
    assert (problem.line, problem.severity) == (1, ERROR)
    assert "front matter" in problem.message


def test_a_file_that_is_not_utf8(folder):
    raw = "---\nid: x\ntitle: caf\xe9\n---\n".encode("latin-1")
    folder.write("x.md", raw)
    [problem] = folder.load().problems
    assert problem.line == 3
    assert "UTF-8" in problem.message


def test_a_file_that_is_not_markdown(folder):
    folder.write("notes.txt", "hello")
    [problem] = folder.load().problems
    assert problem.path == "content/incidents/notes.txt"
    assert ".md" in problem.message


def test_duplicate_ids_across_files(folder):
    folder.write_incident()
    folder.write_incident(name="2023-06-01-shebekino-shelling-copy.md")
    problems = [p for p in folder.load().problems if "already used" in p.message]
    assert len(problems) == 1
    assert problems[0].path.endswith("shelling.md") or problems[0].path.endswith("copy.md")


def test_a_reference_to_a_claim_of_another_incident(folder):
    folder.write_incident({"contradicts: [injured]": "contradicts: [2023-06-01-nowhere#injured]"})
    [problem] = folder.load().problems
    assert problem.field == "claims[1].contradicts[0]"
    assert "no incident" in problem.message


def test_registry_errors_name_the_registry_file_and_line(folder):
    folder.write_registry("actors", "governor:\n  name: Governor\n  kind: official\n  rank: 3\n")
    folder.write_incident()
    problems = folder.load().problems
    registry_problems = [p for p in problems if p.path == "content/registries/actors.yaml"]
    assert [(p.line, p.field) for p in registry_problems] == [(4, "governor.rank")]


def test_all_problems_of_all_files_are_reported_at_once(folder):
    folder.write_incident({"title: Shelling": "titel: Shelling", "status: unverified": "status: x"})
    folder.write("2023-06-02-other.md", "---\nid: 2023-06-02-other\n---\n")
    archive = folder.load()
    report = format_report(archive.problems)
    assert report.count(NAME) == 2
    assert "content/incidents/2023-06-02-other.md:2:1" in report
    assert report.splitlines()[-1].startswith(
        f"{len(archive.errors)} errors, 0 warnings in 2 files"
    )
    assert archive.incidents == []


@pytest.mark.parametrize(
    ("replacements", "field", "message"),
    [
        # No usable sources: the dates that need one are not reported again.
        ({"sources:\n": "sources: null\nunused:\n"}, "sources", "must be a list"),
        ({"reported_by: [daily]": "reported_by: daily"}, "claims[0].reported_by", "must be a list"),
        ({"{min: 12}": "99999999999999999999"}, "claims[0].numbers.injured", "at most"),
        ({"date: Thursday": "date: {text: 5}"}, "date.text", "must be text"),
        (
            {"location:\n  place: shebekino\n  precision: settlement\n": "location: []\n"},
            "location",
            "mapping",
        ),
        ({"tags: [shelling]": "5: x"}, "[5]", "unknown field"),
    ],
)
def test_malformed_values_give_one_problem_and_no_cascade(folder, replacements, field, message):
    folder.write_incident(replacements)
    problems = [p for p in folder.load().problems if p.field != "unused"]
    assert [p.field for p in problems] == [field], format_report(problems)
    assert message in problems[0].message


@pytest.mark.parametrize("text", ["- a list\n", "just text\n", "a: [unclosed\n"])
def test_an_unusable_registry_is_reported_once(folder, text):
    folder.write_registry("actors", text)
    folder.write_incident()
    problems = folder.load().problems
    assert [p.path for p in problems] == ["content/registries/actors.yaml"], format_report(problems)


def anchored(folder, name, incident_id, date_text):
    text = INCIDENT.replace("id: 2023-06-01-shebekino-shelling", f"id: {incident_id}", 1)
    text = text.replace("date: Thursday", f"date: {date_text}")
    folder.write(name, text)


def test_dates_counting_from_other_incidents_resolve_in_order(folder):
    folder.write_incident()
    anchored(folder, "b.md", "b", "the day after a")
    anchored(folder, "a.md", "a", "nine days after 2023-06-01-shebekino-shelling")
    archive = folder.load()
    assert [p for p in archive.errors if "file name" not in p.message] == []
    dates = {i.id: i.date for i in archive.incidents}
    assert dates["a"].value == "2023-06-10"
    assert (dates["b"].value, dates["b"].anchor_id) == ("2023-06-11", "a")


def test_a_chain_of_a_thousand_anchored_dates(folder):
    folder.write_incident()
    previous = "2023-06-01-shebekino-shelling"
    for n in range(1000):
        anchored(folder, f"c{n}.md", f"c{n}", f"the day after {previous}")
        previous = f"c{n}"
    archive = folder.load()
    assert [p for p in archive.errors if "file name" not in p.message] == []
    assert {i.id: i.date.value for i in archive.incidents}["c999"] == "2026-02-25"


def test_cycles_and_unknown_anchors_are_reported(folder):
    anchored(folder, "a.md", "a", "the day after b")
    anchored(folder, "b.md", "b", "the day after a")
    anchored(folder, "c.md", "c", "the day after shebekino-shelling")
    problems = [p for p in folder.load().problems if p.field == "date"]
    messages = {p.path.rsplit("/", 1)[-1]: (p.message, p.hint) for p in problems}
    assert messages["a.md"][0] == "the dates count from each other in a cycle: a → b → a"
    assert messages["b.md"][0] == messages["a.md"][0]
    assert messages["c.md"][0] == "no incident has the id 'shebekino-shelling'"


def test_an_incident_date_too_vague_for_the_timeline(folder):
    problem = only_problem(folder, {"date: Thursday": "date: recently"})
    assert (problem.field, problem.line) == ("date", 6)
    assert "too vague" in problem.message


def test_a_reference_by_name_or_alias_is_pointed_at_the_registry_id(folder):
    folder.write_incident(
        {
            "  place: shebekino": "  place: shebekino-town",
            "actors: [militia]": "actors: [the-militia]",
        }
    )
    problems = {problem.field: problem for problem in folder.load().errors}
    assert problems["location.place"].hint == (
        "'shebekino-town' is a name of 'shebekino': write its id, 'shebekino'"
    )
    assert (
        problems["actors[0]"].hint
        == "'the-militia' is a name of 'militia': write its id, 'militia'"
    )


def test_github_annotations_escape_what_would_end_a_property_or_the_message():
    from incidents import Problem, github_annotation

    problem = Problem("a,b:c.md", 3, 1, "claims[0].kind", "bad 100%\nvalue", "use: x, y")
    assert github_annotation(problem) == (
        "::error file=a%2Cb%3Ac.md,line=3,col=1,title=claims[0].kind"
        "::bad 100%25%0Avalue (hint: use: x, y)"
    )


def test_a_length_of_time_cannot_place_an_incident(folder):
    problem = only_problem(folder, {"date: Thursday": "date: for three days"})
    assert (problem.field, problem.line) == ("date", 6)
    assert "a length of time, not a date" in problem.message


def test_a_stated_value_is_kept_and_its_wording_checked(folder):
    archive = (
        folder.write_incident(
            {"date: Thursday": 'date: {text: "at the height of the raid", value: 2023-06-01TNI}'}
        )
        and folder.load()
    )
    assert archive.problems == []
    incident = archive.incidents[0]
    assert (incident.date.value, incident.date.stated_value) == ("2023-06-01TNI", True)
    (field,) = [f for f in archive.resolved if f.field == "date"]
    assert field.format().endswith("(night of 1–2 June 2023, night), relative to stated value")
    problem = only_problem(
        folder, {"date: Thursday": "date: {text: Friday, value: 2023-06-01}"}, WARNING
    )
    assert problem.field == "date"
    assert "reads 'Friday' as 2023-05-26" in problem.message
    assert "stated 2023-06-01" in problem.message


def test_a_date_within_other_words_is_read_with_a_warning_naming_them(folder):
    problem = only_problem(
        folder, {"date: Thursday": "date: officials told reporters Thursday"}, WARNING
    )
    assert problem.field == "date"
    assert "read as 1 June 2023, passing over 'officials', 'told', 'reporters'" in (problem.message)
    assert "write only the words that date it" in problem.hint
    # A slip in a date word is no word beside the date: an error, with the fix.
    problem = only_problem(folder, {"date: Thursday": "date: the nihgt of Thursday"})
    assert "did you mean 'the night of thursday'" in problem.message


def test_a_stated_value_must_be_a_value(folder):
    problem = only_problem(folder, {"date: Thursday": "date: {text: Thursday, value: 1 June}"})
    assert problem.field == "date"
    assert "is not a value: write one of 2023-06-01" in problem.message


def test_times_keep_their_zone_or_take_the_sources(folder):
    archive = folder.write_incident({"date: Thursday": "date: 03:05 Moscow time"}) and folder.load()
    assert archive.problems == []
    assert archive.incidents[0].date.value == "2023-06-01T03:05+03:00"
    # Counted from the Weekly, published with its zone: the time is read in that zone.
    folder.write_incident({"date: Thursday": "date: {text: 'at 1:12 a.m.', reference: weekly}"})
    (problem,) = [p for p in folder.load().problems if p.field == "date"]
    assert problem.severity == WARNING
    assert "gives no zone: read in the zone of the source (2023-06-02T01:12+03:00)" in (
        problem.message
    )
    # The Daily gives a day only: no zone to be had.
    problem = only_problem(folder, {"date: Thursday": "date: at 1:12 a.m."})
    assert "gives a time but no zone" in problem.message
    assert "value: 2023-07-23T01:12+03:00" in problem.hint


def test_what_can_hardly_be_meant_is_warned_about(folder):
    cases = [
        ("date: Thursday", ("date: 0023-06-01", "date", "the year 0023 is implausible")),
        (
            "published: 2023-06-01\n",
            ("published: 2999-06-01\n", "sources[0].published", "'2999-06-01' is in the future"),
        ),
        (
            "url: https://weekly.example/shelling",
            (
                "url: https://daily.example/shelled",
                "sources[1].url",
                "the same article is listed twice",
            ),
        ),
        (
            "date: Thursday",
            (
                "date: Friday, 1 June 2023",
                "date",
                "1 June 2023 was a Thursday, not a Friday: check the date the source gives",
            ),
        ),
        (
            "date: Thursday",
            ("date: yesterday, Friday", "date", "31 May 2023 was a Wednesday, not a Friday"),
        ),
    ]
    for old, (new, field, *messages) in cases:
        folder.write_incident({old: new})
        found = [(p.field, p.message) for p in folder.load().problems if p.severity == WARNING]
        assert any(f == field and all(m in text for m in messages) for f, text in found), (
            old,
            found,
        )
    # A weekday that no nearby year gives the date: read in the year it does, and said so.
    folder.write_incident({"date: Thursday": "date: Friday, 20 May"})
    (problem,) = [p for p in folder.load().problems if p.field == "date"]
    assert (
        "20 May 2023 is a Saturday: read as 20 May 2022, the nearest year in which 20 May is a "
        "Friday; check the weekday, or write the year"
    ) in problem.message
    # By the source's own day, the date is kept and the weekday taken for a slip.
    folder.write_incident({"date: Thursday": "date: Friday, 1 June"})
    (problem,) = [p for p in folder.load().problems if p.field == "date"]
    assert (
        "1 June 2023 is a Thursday, not a Friday: read as 1 June 2023; check the day the "
        "source gives"
    ) in problem.message
    problem = only_problem(folder, {"date: Thursday": "date: 2023-06-02"}, WARNING)
    assert problem.field == "id"
    assert "the id begins with 2023-06-01, but the date resolves to 2 June 2023" in problem.message
    folder.write_incident(
        {"id: 2023-06-01-shebekino-shelling": "id: late", "date: Thursday": "date: 2023-06-05"},
        name="late.md",
    )
    (problem,) = [p for p in folder.load().problems if p.path.endswith("/late.md")]
    assert "after every source that reports it (the latest published 2023-06-02)" in (
        problem.message
    )


def test_editor_and_system_files_are_skipped_with_a_notice(folder):
    for junk in (".DS_Store", "Thumbs.db", "notes.md~", ".2023-06-01-x.md.swp"):
        folder.write(junk, b"\x00junk")
    folder.write_incident()
    archive = folder.load_as_built()
    assert archive.errors == []
    notices = sorted(p.path.rsplit("/", 1)[-1] for p in archive.problems if p.severity == NOTICE)
    assert notices == [".2023-06-01-x.md.swp", ".DS_Store", "Thumbs.db", "notes.md~"]


def test_a_publication_time_needs_its_zone(folder):
    problem = only_problem(folder, {"2023-06-02T09:00:00+03:00": "2023-06-02T09:00:00"})
    assert problem.field == "sources[1].published"
    assert "date-time with its zone" in problem.message


def test_a_claim_language_that_is_no_language_code_is_refused_with_its_field(folder):
    problem = only_problem(
        folder,
        {
            "    statement: Twelve people were injured.\n": (
                "    statement: Twelve people were injured.\n    language: Russian\n"
            )
        },
    )
    assert problem.field == "claims[0].language"
    assert "is not a language code such as en, ru or uk" in problem.message
    folder.write_incident(
        {
            "    statement: Twelve people were injured.\n": (
                "    statement: «Двенадцать человек ранены».\n    language: ru\n"
            )
        }
    )
    assert folder.load().problems == []
