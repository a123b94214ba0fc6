"""The compiled-template cache: used only for the same source, Jinja and environment options."""

from __future__ import annotations

from jinja2 import DictLoader, Environment

from timeline.templates import FOLDER, environment_key, template_cache


def render(cache, source: str, **options) -> str:
    environment = Environment(
        loader=DictLoader({"page.html": source}), bytecode_cache=cache, **options
    )
    return environment.get_template("page.html").render(name="<b>")


def test_a_compiled_template_is_used_again_only_for_the_same_source(tmp_path):
    cache = template_cache(tmp_path, {})
    assert render(cache, "Hello {{ name }}") == "Hello <b>"
    assert list((tmp_path / FOLDER).rglob("*.cache")), "nothing was kept"
    assert render(template_cache(tmp_path, {}), "Bye {{ name }}") == "Bye <b>"


def test_other_environment_options_get_a_cache_of_their_own(tmp_path):
    source = "{% if name %}\nkept{% endif %}"
    assert render(template_cache(tmp_path, {}), source) == "\nkept"
    # Trimming is compiled in: a template compiled without it would keep the line break.
    trimming = template_cache(tmp_path, {"trim_blocks": True})
    assert render(trimming, source, trim_blocks=True) == "kept"
    folders = [folder.name for folder in (tmp_path / FOLDER).iterdir()]
    assert folders == [environment_key({"trim_blocks": True})]


def test_extensions_are_part_of_the_key():
    assert environment_key({"extensions": ["jinja2.ext.do"]}) != environment_key({})
