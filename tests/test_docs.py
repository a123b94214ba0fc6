"""Fail when a task, setting or field exists without documentation."""

from __future__ import annotations

import ast
import json
import re

from conftest import ROOT
from invoke import Collection
from sitebuild.context import PREVIOUS_OUTPUT_SETTING

import incidents
import search
import tasks
import timeline

README = (ROOT / "README.md").read_text()
SETTINGS_DOC = (ROOT / "docs" / "settings.md").read_text()
FORMAT_DOC = (ROOT / "docs" / "incident-format.md").read_text()


def settings_assigned_in(path):
    tree = ast.parse(path.read_text())
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
    return names


def test_readme_starts_with_the_install_and_test_commands():
    commands = re.findall(r"^    (python3 .+)$", README, re.M)
    assert commands[:2] == [
        "python3 -m pip install -r requirements.txt && python3 -m invoke setup build",
        "python3 -m invoke test",
    ]
    assert (ROOT / ".ci" / "run").read_text().rstrip().endswith(commands[1])


def test_every_task_is_documented_in_the_readme():
    names = Collection.from_module(tasks).task_names
    assert names
    for name in names:
        assert f"`invoke {name}" in README, f"task {name} is not in README.md"


PLUGIN_SETTINGS = [incidents.SETTINGS, timeline.SETTINGS, search.SETTINGS]


def test_every_setting_is_documented():
    assigned = settings_assigned_in(ROOT / "pelicanconf.py") | settings_assigned_in(
        ROOT / "publishconf.py"
    )
    declared = {setting.name for table in PLUGIN_SETTINGS for setting in table}
    for name in assigned | declared | {PREVIOUS_OUTPUT_SETTING}:
        assert f"`{name}`" in SETTINGS_DOC, f"{name} is not in docs/settings.md"


def test_plugin_settings_carry_their_plugin_prefix_and_say_what_they_do():
    for table, prefix in zip(PLUGIN_SETTINGS, ("INCIDENTS_", "TIMELINE_", "SEARCH_"), strict=True):
        assert table.prefix == prefix
        for setting in table:
            assert setting.name.startswith(prefix) and setting.help.strip(), setting.name


def test_settings_a_plugin_sets_in_pelicanconf_are_declared():
    assigned = settings_assigned_in(ROOT / "pelicanconf.py")
    for table in PLUGIN_SETTINGS:
        for name in assigned:
            if name.startswith(table.prefix):
                assert name in table, f"{name} is set in pelicanconf.py but declared nowhere"


def test_every_field_of_the_incident_schema_is_documented():
    schema = json.loads(
        (ROOT / "plugins" / "incidents" / "schema" / "incident.schema.json").read_text()
    )
    fields = set(schema["properties"])
    for definition in schema["$defs"].values():
        fields.update(definition.get("properties", {}))
    for name in fields:
        assert f"`{name}`" in FORMAT_DOC, f"field {name} is not in docs/incident-format.md"


def test_the_workflows_run_the_documented_commands():
    import yaml

    workflows = ROOT / ".github" / "workflows"
    pull_request = yaml.safe_load((workflows / "pull-request.yml").read_text())
    steps = [step.get("run", "") for step in pull_request["jobs"]["check"]["steps"]]
    assert "python3 -m invoke validate --format github" in steps
    assert "python3 -m invoke build" in steps
    assert "python3 -m invoke test" in steps
    publish = yaml.safe_load((workflows / "publish.yml").read_text())
    build_steps = publish["jobs"]["build"]["steps"]
    assert "python3 -m invoke publish" in [step.get("run", "") for step in build_steps]
    assert publish["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert (ROOT / ".github" / "pull_request_template.md").exists()
    assert "invoke new" in (ROOT / "CONTRIBUTING.md").read_text()
