"""Incident cards rendered once per build and kept between builds (timeline/cards.py)."""

from __future__ import annotations

from types import SimpleNamespace

import jinja2
from markupsafe import Markup

from timeline.cards import SITE_URL_MARK, Cards
from timeline.reuse import Fragments

CARD = jinja2.Environment(autoescape=True).from_string(
    '{% macro card(incident) %}<a href="{{ SITEURL }}/incidents/{{ incident.id }}/">'
    "{{ incident.title }}</a>{% endmacro %}"
)


def cards(store, rendered: list) -> Cards:
    module = CARD.make_module({"SITEURL": SITE_URL_MARK})

    def render(incident):
        rendered.append(incident.id)
        return module.card(incident)

    return Cards(render, store, lambda incident: f"{incident.id:0<32}")


def incident(id_: str, title: str = "A raid"):
    return SimpleNamespace(id=id_, title=title)


def test_a_card_is_the_macro_rendered_with_the_page_site_url():
    made = cards(Fragments(None), [])
    one = incident("a1")
    direct = CARD.make_module({"SITEURL": "../.."}).card(one)
    assert made.html(one, "../..") == direct
    assert made.html(one, "https://example.org") == Markup(
        '<a href="https://example.org/incidents/a1/">A raid</a>'
    )


def test_a_card_is_rendered_once_per_build_and_kept_for_the_next(tmp_path):
    rendered: list = []
    first = cards(Fragments(tmp_path / "cards"), rendered)
    first.prepare([incident("a1"), incident("b2")])
    first.html(incident("a1"), ".")
    first.html(incident("a1"), "../..")
    assert rendered == ["a1", "b2"]
    first.store.save()
    rendered.clear()
    second = cards(Fragments(tmp_path / "cards"), rendered)
    second.prepare([incident("a1"), incident("c3")])
    assert rendered == ["c3"]


def test_a_contributor_cannot_write_the_mark_or_a_site_url():
    made = cards(Fragments(None), [])
    html = made.html(incident("a1", title='<SITEURL> & "quoted"'), "../..")
    assert "&lt;SITEURL&gt; &amp; &#34;quoted&#34;" in html
    assert html.count("../..") == 1
    # The page's SITEURL is escaped as the template would escape it.
    assert 'href="a&amp;b/incidents' in made.html(incident("a1"), "a&b")
