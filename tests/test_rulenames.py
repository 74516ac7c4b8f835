from __future__ import annotations

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.rulenames import known_names, unknown

runner = CliRunner()
IDS = ["spelling.run-on", "spelling.unknown", "sections.missing"]


def test_ids_and_their_families_are_names():
    assert known_names(IDS) == {"spelling", "spelling.run-on", "spelling.unknown", "sections", "sections.missing"}


def test_a_mistyped_name_is_reported_with_the_nearest_real_one():
    assert unknown(["spelling.runon", "speling", "spelling.*", "sections"], IDS) == [
        "'spelling.runon' (did you mean 'spelling.run-on'?)",
        "'speling' (did you mean 'spelling'?)",
    ]


@pytest.fixture
def leaflet(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("# Bone\n\n## What is it?\n\nSolid tumoursfrom elsewhere.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_an_unknown_rule_on_the_command_line_is_an_error_with_a_suggestion(leaflet, flag):
    result = runner.invoke(app, ["check", str(leaflet), flag, "spelling.runon"])
    assert result.exit_code == 2
    assert f"{flag}: no such rule 'spelling.runon' (did you mean 'spelling.run-on'?)" in result.stderr


def test_rules_may_be_given_comma_separated(leaflet):
    result = runner.invoke(app, ["check", str(leaflet), "-f", "json", "--select", "spelling.run-on,sections.missing"])
    assert result.exit_code == 1
    assert '"spelling.run-on"' in result.stdout and '"spelling.unknown"' not in result.stdout


@pytest.mark.parametrize("line", ['select = ["spelling.runon"]', 'ignore = ["speling"]',
                                  '[severity]\n"spelling.unknwn" = "error"'])
def test_an_unknown_rule_in_the_configuration_is_an_error_naming_the_file(leaflet, line):
    (leaflet.parent / "leaflet-audit.toml").write_text(line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(leaflet)])
    assert result.exit_code == 2
    assert "leaflet-audit.toml: " in result.stderr and "no such rule" in result.stderr and "did you mean" in result.stderr


def test_every_unknown_rule_in_the_configuration_is_named_on_one_line(leaflet):
    (leaflet.parent / "leaflet-audit.toml").write_text('ignore = ["speling"]\n[severity]\n"spelling.unknwn" = "error"\n',
                                                      encoding="utf-8")
    result = runner.invoke(app, ["check", str(leaflet)])
    assert result.exit_code == 2
    line = result.stderr.strip().splitlines()[-1]
    assert "ignore: no such rule 'speling'" in line and "severity: no such rule 'spelling.unknwn'" in line


def test_spell_takes_quiet_and_a_rule_selection(leaflet):
    result = runner.invoke(app, ["spell", str(leaflet), "-q", "--ignore", "spelling.unknown"])
    assert result.exit_code == 1
    assert result.stdout == (f"{leaflet}:5:7: warning [spelling.run-on] 'tumoursfrom' looks like words run together: "
                             "'tumours from'.\n")
