"""Reading files: encodings, front matter, safe YAML with positions, sanitised Markdown."""

from __future__ import annotations

import codecs

import pytest

from incidents.render import render_markdown
from incidents.sourcefile import MAX_FILE_BYTES, FileProblem, decode, read_text, split_front_matter
from incidents.yamlsource import YamlProblem, _needs_event_check, load_yaml


def test_positions_of_keys_and_items():
    document = load_yaml("a: 1\nb:\n  - x\n  - {c: 2}\n")
    assert document.data == {"a": 1, "b": ["x", {"c": 2}]}
    assert document.position(("a",)) == (1, 1)
    assert document.position(("b", 1)) == (4, 5)
    assert document.position(("b", 1, "c")) == (4, 6)
    # An unknown path falls back to its closest known parent.
    assert document.position(("b", 1, "missing")) == (4, 5)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("k: NO", "NO"),
        ("k: yes", "yes"),
        ("k: 2023-06-01", "2023-06-01"),
        ("k: 12:30", "12:30"),
        ("k: 0x10", "0x10"),
        ("k: true", True),
        ("k: null", None),
        ("k: 12", 12),
        ("k: 1.5", 1.5),
    ],
)
def test_yaml_is_read_as_yaml_1_2_core(text, value):
    assert load_yaml(text).data == {"k": value}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x 1\nb: *x\n", "alias"),
        ("a: 1\na: 2\n", "duplicate key 'a'"),
        ("? [a]\n: 1\n", "plain text"),
        ("a: !!python/object:os.system x\n", "tag"),
        ("a: [1\n", ""),
        ("a:" + " [" * 30 + "]" * 30 + "\n", "nested"),
    ],
)
def test_yaml_refuses(text, message):
    with pytest.raises(YamlProblem) as raised:
        load_yaml(text)
    assert message in raised.value.message
    assert raised.value.line >= 1


def test_decode_accepts_utf8_with_bom_and_utf16_and_normalises_line_ends():
    assert decode(codecs.BOM_UTF8 + b"a\r\nb") == "a\nb"
    assert decode("caf\xe9\r\n".encode("utf-16")) == "caf\xe9\n"


def test_decode_refuses_other_encodings_and_nul():
    with pytest.raises(FileProblem, match="UTF-8"):
        decode(b"ok\nok\ncaf\xe9")
    with pytest.raises(FileProblem):
        decode(b"a\x00b")


def test_read_text_refuses_huge_files(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    with pytest.raises(FileProblem, match="at most 262,144"):
        read_text(path)


def test_front_matter_lines_are_counted_from_the_top_of_the_file():
    source = split_front_matter("---\nid: x\ntitle: y\n---\nBody\n")
    assert source.front_matter.data == {"id": "x", "title": "y"}
    assert source.position(("title",)) == (3, 1)
    assert source.body.strip() == "Body"


def test_front_matter_is_required():
    with pytest.raises(FileProblem, match="front matter"):
        split_front_matter("No front matter\n")


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        '<img src=x onerror="alert(1)">',
        '<a href="#" onclick="alert(1)">x</a>',
        "<iframe src=https://evil.example></iframe>",
        '<p style="background:url(javascript:alert(1))">x</p>',
    ],
)
def test_markdown_is_sanitised(markdown):
    html = render_markdown(markdown).lower()
    for dangerous in ("<script", 'href="javascript:', "onerror", "onclick", "<iframe", "style="):
        assert dangerous not in html


def test_markdown_renders_what_contributors_paste():
    html = render_markdown(
        "# Heading\n\n```\nfenced <b>code</b>\n```\n\n1. one\n2. two\n\n> quoted\n\n"
        "~~struck~~ and `inline`\n\n    indented code\n"
    )
    assert "<h2>Heading</h2>" in html  # the page's title is its only first-level heading
    assert "<pre><code>fenced &lt;b&gt;code&lt;/b&gt;\n</code></pre>" in html
    assert "<ol>\n<li>one</li>" in html
    assert "<blockquote>\n<p>quoted</p>" in html
    assert "<s>struck</s>" in html and "<code>inline</code>" in html
    assert "<pre><code>indented code\n</code></pre>" in html


def test_markdown_keeps_links_and_tables():
    html = render_markdown("[a](https://x.example/) **b**\n\n|h|\n|-|\n|c|\n")
    assert '<a href="https://x.example/" rel="nofollow noopener noreferrer">a</a>' in html
    assert "<strong>b</strong>" in html
    assert "<table>" in html


def _block_nested(levels: int) -> str:
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(levels)) + "  " * levels + "x"


@pytest.mark.parametrize(
    "text",
    [
        _block_nested(25),  # no bracket or '&' to send it to the event check
        "deep: " + "[" * 21 + "]" * 21,
        'title: "a ] b"\ndeep: ' + "[" * 25 + "]" * 25,  # a bracket in a quoted text
        "title: Q&A\nlist: " + "[" * 25 + "]" * 25,
    ],
)
def test_yaml_nested_too_deep_is_refused_however_it_is_written(text):
    with pytest.raises(YamlProblem, match="nested more than 20 levels deep"):
        load_yaml(text)


def test_yaml_nested_within_the_limit_and_ampersands_in_text_are_read():
    assert load_yaml(_block_nested(19)).data["k0"]["k1"]["k2"] is not None
    assert load_yaml("title: Q&A *live*\nactors: [a, b]").data == {
        "title": "Q&A *live*",
        "actors": ["a", "b"],
    }


@pytest.mark.parametrize(
    "text",
    [
        # Brackets hidden in quoted texts or comments balance out; depth is still deep.
        "x: " + '["]", ' * 40 + "0" + ', "["]' * 40,
        "x:\n" + "".join(f"{' ' * n}[ # ]\n" for n in range(1, 40)) + "0" + "]" * 39,
        # Compact explicit keys nest on one line.
        "? " * 60 + "a",
        "- ? " * 30 + "a",
    ],
)
def test_yaml_nesting_hidden_from_the_quick_look_is_still_refused(text):
    # Sent to the event check before composing: nested deep enough, the C composer
    # would recurse past the stack.
    assert _needs_event_check(text)
    with pytest.raises(YamlProblem, match="nested more than"):
        load_yaml(text)
