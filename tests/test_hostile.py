"""Hostile and malformed input: each case is refused with its file and field, or built inert.

The rejected cases are checked one by one against the archive loader (what `invoke validate`
and the build run); the neutralised ones are built together into one site, which the
output scanner (tests/scanner.py) must find free of anything live.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from conftest import INCIDENT, ROOT, ArchiveFolder
from hypothesis import given, settings
from hypothesis import strategies as st
from scanner import scan_csv, scan_feed, scan_html, scan_json, scan_site
from sitebuild.build import build_site, load_settings

from incidents import ArchiveInvalid
from incidents.pelican_layer import load_from_settings

FILE = "2023-06-01-shebekino-shelling.md"


@dataclass
class Rejected:
    """A file the archive must refuse, with the field and words of the error."""

    name: str
    replacements: dict = field(default_factory=dict)
    raw: bytes | None = None
    registry: tuple[str, str] | None = None
    field: str = ""
    message: str = ""
    file: str = FILE


def fm(old: str, new: str) -> dict:
    return {old: new}


BILLION_LAUGHS = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]"
        for i in range(8)
    ]
)
DEEP = "deep: " + "[" * 60 + "]" * 60

REJECTED = [
    # Paths and ids: nothing may name a file or folder outside its place.
    Rejected(
        "id traversal",
        fm("id: 2023-06-01-shebekino-shelling", "id: ../../etc/passwd"),
        field="id",
        message="not a valid id",
    ),
    Rejected(
        "id with slash",
        fm("id: 2023-06-01-shebekino-shelling", "id: 2023/06/x"),
        field="id",
        message="not a valid id",
    ),
    Rejected(
        "id homoglyph",
        fm("id: 2023-06-01-shebekino-shelling", "id: 2023-06-01-sh\u0435bekino"),
        field="id",
        message="not a valid id",
    ),
    Rejected(
        "id not the file name",
        fm("id: 2023-06-01-shebekino-shelling", "id: 2023-06-01-other"),
        field="id",
        message="does not match",
    ),
    Rejected(
        "tag traversal",
        fm("tags: [shelling]", "tags: [../../x]"),
        field="tags[0]",
        message="not a valid id",
    ),
    Rejected(
        "tag with spaces",
        fm("tags: [shelling]", "tags: [a b]"),
        field="tags[0]",
        message="not a valid id",
    ),
    Rejected(
        "tag as a mapping", fm("tags: [shelling]", "tags: {a: b}"), field="tags", message="list"
    ),
    Rejected(
        "contradicts traversal",
        fm("contradicts: [injured]", "contradicts: [../x]"),
        field="claims[1].contradicts[0]",
    ),
    # Pelican metadata that would steer output paths or templates.
    Rejected(
        "save_as",
        fm("tags: [shelling]", "tags: [shelling]\nsave_as: ../../outside.html"),
        field="save_as",
        message="unknown field",
    ),
    Rejected(
        "url",
        fm("tags: [shelling]", "tags: [shelling]\nurl: ../x/"),
        field="url",
        message="unknown field",
    ),
    Rejected(
        "slug",
        fm("tags: [shelling]", "tags: [shelling]\nslug: ../x"),
        field="slug",
        message="unknown field",
    ),
    Rejected(
        "template",
        fm("tags: [shelling]", "tags: [shelling]\ntemplate: ../../etc/passwd"),
        field="template",
        message="unknown field",
    ),
    Rejected(
        "status draft",
        fm("tags: [shelling]", "tags: [shelling]\nstatus: draft"),
        field="status",
        message="unknown field",
    ),
    Rejected(
        "lang",
        fm("tags: [shelling]", "tags: [shelling]\nlang: ru"),
        field="lang",
        message="unknown field",
    ),
    # URLs: only http and https.
    Rejected(
        "javascript url",
        fm("url: https://daily.example/shelled", "url: javascript:alert(1)"),
        field="sources[0].url",
    ),
    Rejected(
        "data url",
        fm("url: https://daily.example/shelled", "url: 'data:text/html,<script>alert(1)</script>'"),
        field="sources[0].url",
    ),
    Rejected(
        "vbscript url",
        fm("url: https://daily.example/shelled", "url: vbscript:msgbox(1)"),
        field="sources[0].url",
    ),
    Rejected(
        "scheme-relative url",
        fm("url: https://daily.example/shelled", "url: //evil.example/x"),
        field="sources[0].url",
    ),
    Rejected(
        "url breaking out of its attribute",
        fm(
            "url: https://daily.example/shelled",
            "url: 'https://x.example/\" onmouseover=\"alert(1)'",
        ),
        field="sources[0].url",
    ),
    Rejected(
        "url with markup",
        fm("url: https://daily.example/shelled", "url: 'https://x.example/a?x=\"><script>'"),
        field="sources[0].url",
    ),
    Rejected(
        "url with spaces",
        fm("url: https://daily.example/shelled", "url: https://x.example/a b"),
        field="sources[0].url",
    ),
    Rejected(
        "javascript archive url",
        fm(
            "    url: https://daily.example/shelled",
            "    url: https://daily.example/shelled\n    archive_url: JAVASCRIPT:alert(1)",
        ),
        field="sources[0].archive_url",
    ),
    Rejected(
        "file url",
        fm("url: https://daily.example/shelled", "url: file:///etc/passwd"),
        field="sources[0].url",
    ),
    Rejected(
        "registry outlet javascript url",
        registry=(
            "outlets",
            "daily:\n  name: The Daily\n  url: javascript:alert(1)\nweekly:\n  name: The Weekly\n",
        ),
        field="daily.url",
        file="outlets.yaml",
    ),
    # Sizes and shapes.
    Rejected(
        "title over the limit",
        fm("title: Shelling of Shebekino", "title: " + "x" * 5000),
        field="title",
        message="long",
    ),
    Rejected(
        "summary over the limit",
        fm(
            "summary: The town was shelled; the governor reported injuries.",
            "summary: " + "y" * 20000,
        ),
        field="summary",
        message="long",
    ),
    Rejected(
        "statement over the limit",
        fm("statement: Twelve people were injured.", "statement: " + "z" * 50000),
        field="claims[0].statement",
        message="long",
    ),
    Rejected(
        "author over the limit",
        fm(
            "    url: https://daily.example/shelled",
            "    url: https://daily.example/shelled\n    author: " + "a" * 1000,
        ),
        field="sources[0].author",
        message="long",
    ),
    Rejected("oversized file", raw=(INCIDENT + "x" * 300_000).encode(), message="at most"),
    Rejected(
        "title with a line break",
        fm("title: Shelling of Shebekino", 'title: "Shelling\\nof Shebekino"'),
        field="title",
    ),
    Rejected("empty title", fm("title: Shelling of Shebekino", 'title: "   "'), field="title"),
    Rejected(
        "count too large",
        fm("injured: {min: 12}", "injured: 1e100"),
        field="claims[0].numbers.injured",
    ),
    Rejected(
        "negative count", fm("injured: {min: 12}", "injured: -5"), field="claims[0].numbers.injured"
    ),
    Rejected(
        "count as text",
        fm("injured: {min: 12}", "injured: twelve"),
        field="claims[0].numbers.injured",
    ),
    Rejected(
        "min above max",
        fm("injured: {min: 12}", "injured: {min: 12, max: 3}"),
        field="claims[0].numbers.injured",
    ),
    Rejected(
        "latitude out of range",
        fm("  precision: settlement", "  precision: settlement\n  coordinates: {lat: 999, lon: 0}"),
        field="location.coordinates.lat",
    ),
    # YAML that would do more than describe data.
    Rejected(
        "billion laughs",
        raw=f"---\n{BILLION_LAUGHS}\n---\n".encode(),
        message="anchors and aliases",
    ),
    Rejected(
        "merge key alias",
        fm("location:\n", "base: &b {country: RU}\nlocation:\n  <<: *b\n"),
        message="anchors and aliases",
    ),
    Rejected("deep nesting", raw=f"---\n{DEEP}\n---\n".encode(), message="nested more than"),
    Rejected(
        "python object tag",
        fm("title: Shelling of Shebekino", 'title: !!python/object/apply:os.system ["id"]'),
        message="invalid YAML",
    ),
    Rejected(
        "duplicate key",
        fm("title: Shelling of Shebekino", "title: Shelling of Shebekino\ntitle: Again"),
        field="title",
        message="duplicate key",
    ),
    Rejected(
        "non-text key",
        fm("tags: [shelling]", "tags: [shelling]\n[1, 2]: x"),
        message="a key must be plain text",
    ),
    Rejected(
        "tab indentation", fm("  place: shebekino", "\tplace: shebekino"), message="invalid YAML"
    ),
    Rejected("front matter as a list", raw=b"---\n- a\n- b\n---\nbody\n", message="mapping"),
    Rejected(
        "no front matter",
        raw=b"Just a body, no fields.\n",
        message="does not start with YAML front matter",
    ),
    Rejected("front matter not closed", raw=b"---\nid: x\ntitle: y\n", message="not closed"),
    Rejected("empty file", raw=b"", message="does not start with YAML front matter"),
    # Encodings.
    Rejected(
        "latin-1 text",
        raw=INCIDENT.replace("Shelling of", "Caf\u00e9 of").encode("latin-1"),
        message="not UTF-8",
    ),
    Rejected("NUL bytes", raw=INCIDENT.encode() + b"\x00\x00", message="NUL"),
    Rejected(
        "broken UTF-16", raw=b"\xff\xfe" + INCIDENT.encode("utf-16-le")[:-1], message="UTF-16"
    ),
    Rejected(
        "control character",
        fm("statement: Twelve people were injured.", 'statement: "Twelve\\x1b[31m injured"'),
        field="claims[0].statement",
    ),
    # YAML 1.1 surprises are kept as text, so they fail where text is not allowed.
    Rejected(
        "country no in lower case",
        fm("  place: shebekino\n", "  name: Oslo\n  country: no\n"),
        field="location.country",
    ),
    Rejected(
        "published as yes",
        fm("published: 2023-06-01", "published: yes"),
        field="sources[0].published",
    ),
    # Values outside their vocabularies.
    Rejected(
        "status with markup",
        fm("status: unverified", "status: <script>alert(1)</script>"),
        field="claims[0].status",
    ),
    Rejected("unknown claim kind", fm("kind: casualties", "kind: rumour"), field="claims[0].kind"),
    Rejected(
        "language with markup",
        fm(
            "    language: en\n    url: https://daily.example/shelled",
            "    language: <b>en</b>\n    url: https://daily.example/shelled",
        ),
        field="sources[0].language",
    ),
    Rejected(
        "unknown source in reported_by",
        fm("reported_by: [daily]", "reported_by: [tabloid]"),
        field="claims[0].reported_by[0]",
    ),
    Rejected(
        "date that is a script",
        fm("date: Thursday", "date: javascript:alert(1)"),
        field="date",
        message="not a date expression",
    ),
    Rejected(
        "date counting from a missing incident",
        fm("date: Thursday", "date: nine days after 2023-05-22-nowhere"),
        field="date",
        message="no incident",
    ),
    Rejected(
        "date counting from itself",
        fm("date: Thursday", "date: the day after 2023-06-01-shebekino-shelling"),
        field="date",
        message="cycle",
    ),
    Rejected(
        "registry id traversal",
        registry=("places", "../x:\n  name: X\n  kind: town\n  country: RU\n"),
        file="places.yaml",
        message="not a valid id",
    ),
    Rejected(
        "registry name with a line break",
        registry=(
            "actors",
            'governor:\n  name: "Regional\\nGovernor"\n  kind: official\nmilitia:\n  name: The Militia\n  kind: armed-group\n',
        ),
        file="actors.yaml",
        field="governor.name",
    ),
]


def write_case(folder: ArchiveFolder, case: Rejected) -> None:
    if case.registry:
        folder.write_incident()
        folder.write_registry(*case.registry)
    elif case.raw is not None:
        folder.write(FILE, case.raw)
    else:
        folder.write_incident(case.replacements)


@pytest.mark.parametrize("case", REJECTED, ids=[case.name for case in REJECTED])
def test_hostile_input_is_rejected_naming_file_and_field(folder, case):
    write_case(folder, case)
    errors = folder.load().errors
    assert errors, f"{case.name}: accepted"
    matching = [
        problem
        for problem in errors
        if problem.path.endswith(case.file)
        and (not case.field or problem.field.startswith(case.field))
        and case.message.lower() in problem.message.lower()
    ]
    assert matching, "\n".join(problem.format() for problem in errors)
    assert all(problem.line >= 1 and problem.column >= 1 for problem in errors)


def test_the_corpus_is_large_enough():
    assert len(REJECTED) + len(NEUTRALISED) >= 60


def test_symbolic_links_out_of_the_content_folder_are_refused(folder, tmp_path):
    folder.write_incident()
    secret = tmp_path / "secret.txt"
    secret.write_text("---\nid: x\n---\nsecret\n")
    os.symlink(secret, folder.incidents / "2023-06-02-link.md")
    os.symlink(tmp_path, folder.content / "pages" / "escape")
    # A link that stays inside the content folder is fine.
    os.symlink(folder.registries / "places.yaml", folder.registries / "places-copy.yaml")
    settings = load_settings(ROOT / "pelicanconf.py", {"PATH": str(folder.content)})
    problems = load_from_settings(settings, root=folder.root).errors
    assert sorted(p.path for p in problems) == [
        "content/incidents/2023-06-02-link.md",
        "content/pages/escape",
    ]
    assert all(
        "symbolic link to somewhere outside the content folder" in p.message for p in problems
    )
    output = tmp_path / "output"
    with pytest.raises(ArchiveInvalid):
        build_site(ROOT / "pelicanconf.py", output, {"PATH": str(folder.content)})
    assert not output.exists()


# --- Built, with the payload inert ----------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
NEUTRALISED = {
    "script in title": fm("title: Shelling of Shebekino", f"title: '{SCRIPT}'"),
    "attribute breakout in summary": fm(
        "summary: The town was shelled; the governor reported injuries.",
        "summary: '\"><img src=x onerror=alert(1)> and </script><script>alert(2)</script>'",
    ),
    "script and handlers in body": {
        "The town was shelled, **according to** the governor.": (
            f"{SCRIPT}\n\n<img src=x onerror=alert(1)>\n\n<svg onload=alert(1)></svg>\n\n"
            '<iframe src="https://evil.example"></iframe>\n\n<style>body{display:none}</style>\n\n'
            '<form action="https://evil.example"><input name=x></form>\n\n'
            '<object data="x.swf"></object> <embed src="x.swf">\n\n'
            '<base href="https://evil.example/">\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n\n'
            '<a href="java&#x09;script:alert(1)">tab</a> <a href=" javascript:alert(1)">space</a>\n\n'
            '<a href="JaVaScRiPt:alert(1)">case</a> <p style="background:url(javascript:alert(1))">s</p>\n\n'
            '<!--<script>alert(1)</script>-->\n\n<math><mi xlink:href="javascript:alert(1)">m</mi></math>'
        )
    },
    "markdown links with unsafe schemes": {
        "The town was shelled, **according to** the governor.": (
            "[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
            "[vb](vbscript:msgbox) ![img](javascript:alert(1)) <javascript:alert(1)>"
        )
    },
    "script in claim statement": fm(
        "statement: Twelve people were injured.", f"statement: '</script>{SCRIPT}'"
    ),
    "template syntax in source title": fm("title: Town shelled", "title: '{{ 7*7 }} {% raw %}'"),
    "markup in location detail": fm(
        "  precision: settlement", "  precision: settlement\n  detail: '<b onclick=alert(1)>x</b>'"
    ),
    "scheme in author": fm(
        "    url: https://daily.example/shelled",
        "    url: https://daily.example/shelled\n    author: 'javascript:alert(1)'",
    ),
    "xml breakout in title": fm(
        "title: Shelling of Shebekino", "title: ']]></title><script>x</script>'"
    ),
    "spreadsheet formula in summary": fm(
        "summary: The town was shelled; the governor reported injuries.",
        'summary: "=HYPERLINK(\\"https://evil.example\\")"',
    ),
    "formula in title": fm("title: Shelling of Shebekino", "title: '@SUM(1+1)*cmd|'"),
    "country NO stays Norway": fm("  place: shebekino\n", "  name: Oslo\n  country: NO\n"),
    "unquoted date stays text": fm("date: Thursday", "date: 2023-06-01"),
    "unicode direction override": fm(
        "title: Shelling of Shebekino", "title: 'Shelling \u202egnp.exe'"
    ),
    "script in note": fm(
        "    url: https://daily.example/shelled",
        f"    url: https://daily.example/shelled\n    note: '{SCRIPT}'",
    ),
    "html entities in statement": fm(
        "statement: Twelve people were injured.",
        "statement: '&lt;script&gt;alert(1)&lt;/script&gt;'",
    ),
    "quote and ampersand in url": fm(
        "url: https://daily.example/shelled", "url: \"https://daily.example/a?x=1&y='2'\""
    ),
}


def neutralised_site(root: Path) -> tuple[Path, ArchiveFolder]:
    """Write every neutralised case as its own incident, with hostile registries, and build."""
    folder = ArchiveFolder(root)
    folder.write_registry(
        "actors",
        "governor:\n  name: '<img src=x onerror=alert(1)>'\n  kind: official\n"
        "  description: '<script>alert(1)</script>'\n"
        "militia:\n  name: The Militia\n  aliases: ['</a><script>x</script>']\n  kind: armed-group\n",
    )
    for number, replacements in enumerate(NEUTRALISED.values(), start=1):
        incident_id = f"2023-06-01-case-{number:02d}"
        replacements = {"id: 2023-06-01-shebekino-shelling": f"id: {incident_id}", **replacements}
        folder.write_incident(replacements, name=f"{incident_id}.md")
    folder.write(
        "2023-06-01-case-bom-crlf.md",
        b"\xef\xbb\xbf"
        + INCIDENT.replace("2023-06-01-shebekino-shelling", "2023-06-01-case-bom-crlf")
        .replace("\n", "\r\n")
        .encode(),
    )
    (folder.content / "pages" / "about.md").write_text(
        f"Title: About\n\nHello {SCRIPT} <img src=x onerror=alert(1)> [x](javascript:alert(1))\n"
    )
    output = root / "output"
    build_site(ROOT / "pelicanconf.py", output, {"PATH": str(folder.content)})
    return output, folder


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    return neutralised_site(tmp_path_factory.mktemp("hostile"))[0]


def test_every_neutralised_case_builds_and_the_output_has_nothing_live(hostile_site):
    assert len(list((hostile_site / "incidents").iterdir())) == len(NEUTRALISED) + 1
    assert scan_site(hostile_site) == []


def test_payloads_are_shown_as_text(hostile_site):
    page = (hostile_site / "incidents" / "2023-06-01-case-01" / "index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    template = (hostile_site / "incidents" / "2023-06-01-case-06" / "index.html").read_text()
    assert "{{ 7*7 }}" in template and "49" not in template
    oslo = (hostile_site / "incidents" / "2023-06-01-case-12" / "index.html").read_text()
    assert ", NO" in oslo
    csv_text = (hostile_site / "data" / "incidents.csv").read_text()
    assert "'=HYPERLINK" in csv_text and "'@SUM" in csv_text


@pytest.mark.parametrize(
    ("scan", "text"),
    [
        (scan_html, "<p><script>alert(1)</script></p>"),
        (scan_html, '<img src="x" onerror="alert(1)">'),
        (scan_html, '<a href="java&#x09;script:alert(1)">x</a>'),
        (scan_html, '<a href=" JAVASCRIPT:alert(1)">x</a>'),
        (scan_html, '<iframe src="https://x.example"></iframe>'),
        (scan_html, '<meta http-equiv="refresh" content="0;url=x">'),
        (scan_html, '<form action="https://x.example/steal"><input name="q"></form>'),
        (scan_html, '<script src="https://cdn.example/x.js"></script>'),
        (
            scan_html,
            '<script type="application/json">{"a": "</b><img src=x onerror=alert(1)>"}</script>',
        ),
        (scan_html, '<script type="application/json">alert(1)</script>'),
        (scan_html, '<p style="background:url(x)">x</p>'),
        (scan_json, '{"body_html": "<b onmouseover=alert(1)>x</b>"}'),
        (scan_json, '{"sources": [{"url": "javascript:alert(1)"}]}'),
        (
            scan_feed,
            '<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary type="html">&lt;script&gt;x&lt;/script&gt;</summary></entry></feed>',
        ),
        (scan_feed, '<feed xmlns="http://www.w3.org/2005/Atom"><link href="javascript:x"/></feed>'),
        (scan_csv, "id,title\r\nx,=cmd|' /C calc'!A0\r\n"),
    ],
)
def test_the_scanner_finds_what_is_live(scan, text):
    assert scan(text, "planted")


def test_the_scanner_passes_the_shipped_site(shipped_site):
    assert scan_site(shipped_site) == []


def test_the_sample_site_expected_output_is_clean():
    assert scan_site(Path(__file__).parent / "sample-site" / "expected") == []


# --- Whatever the bytes, the reader answers with problems, never a traceback -------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)
)
yaml_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)
field_names = st.sampled_from(
    ["id", "title", "summary", "date", "location", "sources", "claims", "tags", "actors"]
)


def load_one(text: str | bytes):
    with tempfile.TemporaryDirectory() as directory:
        folder = ArchiveFolder(Path(directory))
        folder.write(FILE, text)
        return folder.load()


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(field_names, yaml_values, max_size=9), st.text(max_size=200))
def test_any_front_matter_is_answered_with_problems(front_matter, body):
    text = "---\n" + yaml.safe_dump(front_matter, allow_unicode=True) + "---\n" + body
    archive = load_one(text)
    assert archive.errors or archive.incidents


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: "---\n" + t))
def test_any_bytes_are_answered_with_problems(raw):
    archive = load_one(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
    assert archive.errors or archive.incidents


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(INCIDENT.splitlines()), st.text(max_size=40))
def test_a_valid_file_with_any_line_replaced_is_answered(line, replacement):
    text = INCIDENT.replace(line, replacement, 1) if line else INCIDENT
    archive = load_one(text)
    assert archive.errors or archive.incidents
