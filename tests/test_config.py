from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.config import ConfigError, Settings, find_config, read_config, resolve
from audit.report import Severity

runner = CliRunner()
SLIPPED = "# Bone\n\n## What is it?\n\nThe frobnicator helps. Solid tumoursfrom elsewhere.\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "leaflets").mkdir()
    (tmp_path / "leaflets" / "bone.md").write_text(SLIPPED, encoding="utf-8")
    return tmp_path


def rules_found(result) -> list[str]:
    return [f["rule"] for leaflet in json.loads(result.stdout)["leaflets"] for f in leaflet["findings"]]


def test_config_file_is_found_walking_up_from_the_inputs(project):
    (project / "leaflet-audit.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert find_config(project / "leaflets" / "bone.md", print) == project / "leaflet-audit.toml"


def test_pyproject_counts_only_with_a_leaflet_audit_table(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(project / "leaflets", print) is None
    (project / "pyproject.toml").write_text('[tool.leaflet-audit]\nlanguage = "en-GB"\n', encoding="utf-8")
    assert find_config(project / "leaflets", print) == project / "pyproject.toml"
    assert read_config(project / "pyproject.toml").language == "en-GB"


def test_fail_on_never_and_ignored_rule_change_exit_code_and_findings_and_a_flag_adds_to_them(project):
    leaflets = str(project / "leaflets")
    before = runner.invoke(app, ["check", leaflets, "-f", "json"])
    assert before.exit_code == 1 and "spelling.unknown" in rules_found(before)
    (project / "leaflet-audit.toml").write_text('fail-on = "never"\nignore = ["spelling.unknown"]\n', encoding="utf-8")
    after = runner.invoke(app, ["check", leaflets, "-f", "json"])
    assert after.exit_code == 0
    assert "spelling.unknown" not in rules_found(after) and "spelling.run-on" in rules_found(after)
    flagged = runner.invoke(app, ["check", leaflets, "-f", "json", "--fail-on", "error"])
    assert flagged.exit_code == 1
    selected = runner.invoke(app, ["check", leaflets, "-f", "json", "--ignore", "sections"])  # as a hook's args add
    assert "spelling.run-on" in rules_found(selected)
    assert "spelling.unknown" not in rules_found(selected) and not any(r.startswith("sections.") for r in rules_found(selected))


def test_spell_fails_on_warnings_unless_the_configuration_says_otherwise(project):
    leaflets = str(project / "leaflets")
    assert runner.invoke(app, ["spell", leaflets]).exit_code == 1
    (project / "leaflet-audit.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert runner.invoke(app, ["spell", leaflets]).exit_code == 0
    assert runner.invoke(app, ["spell", leaflets, "--fail-on", "warning"]).exit_code == 1


def test_a_broken_pyproject_holding_our_table_is_an_error_and_one_without_it_is_passed_over(project):
    (project / "pyproject.toml").write_text('[tool.leaflet-audit]\nfail-on = "warning"\n[tool.leaflet-audit\n',
                                            encoding="utf-8")
    broken = runner.invoke(app, ["check", str(project / "leaflets")])
    assert broken.exit_code == 2 and "pyproject.toml: not valid TOML" in broken.stderr
    (project / "pyproject.toml").write_text('[tool.black]\nline-length = 88\n[tool.black\n', encoding="utf-8")
    other = runner.invoke(app, ["check", str(project / "leaflets")])
    assert other.exit_code == 1 and "ignored" in other.stderr


def test_per_rule_severity_select_accept_list_and_globs(project):
    (project / "words.txt").write_text("frobnicator\n", encoding="utf-8")
    (project / "leaflets" / "draft.md").write_text(SLIPPED, encoding="utf-8")
    (project / "leaflet-audit.toml").write_text(
        'select = ["spelling"]\naccept-list = ["words.txt"]\nexclude = ["*/draft.md"]\n'
        '[severity]\n"spelling.run-on" = "error"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(project / "leaflets"), "-f", "json"])
    document = json.loads(result.stdout)
    assert [leaflet["path"].rsplit("/", 1)[-1] for leaflet in document["leaflets"]] == ["bone.md"]
    findings = document["leaflets"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("spelling.run-on", "error")]
    assert result.exit_code == 1


def test_bad_config_names_the_file_and_the_key(project):
    config = project / "leaflet-audit.toml"
    config.write_text('fail-on = "sometimes"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(project / "leaflets")])
    assert result.exit_code == 2
    assert f"{config}: fail-on: Input should be 'error', 'warning', 'info' or 'never', not 'sometimes'" in result.stderr
    config.write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"colour: unknown key$"):
        read_config(config)


def test_every_problem_of_a_config_is_told_at_once_with_the_key_meant(project):
    config = project / "leaflet-audit.toml"
    config.write_text('selct = ["spelling"]\nlanguag = "en-GB"\nfail-on = "warn"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_config(config)
    message = str(raised.value)
    assert "\n" not in message
    assert "selct: unknown key (did you mean 'select'?)" in message
    assert "languag: unknown key (did you mean 'language'?)" in message
    assert "fail-on: Input should be" in message and "not 'warn'" in message


def test_explicit_config_flag_and_missing_file(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("conf") / "strict.toml"
    elsewhere.write_text('fail-on = "info"\n', encoding="utf-8")
    assert resolve(elsewhere).fail_on == "info"
    missing = runner.invoke(app, ["check", str(project / "leaflets"), "--config", str(project / "nope.toml")])
    assert missing.exit_code == 2 and "no such configuration file" in missing.stderr


def test_settings_name_rules_by_id_or_family():
    settings = Settings(select=("spelling",), ignore=("spelling.unknown",),
                        severity={"spelling": Severity.info, "spelling.run-on": Severity.error})
    assert settings.runs("spelling.run-on") and not settings.runs("spelling.unknown")
    assert not settings.runs("sections.missing")
    assert settings.severity_of("spelling.run-on", Severity.warning) is Severity.error
    assert settings.severity_of("spelling.variant", Severity.warning) is Severity.info


def test_globs_are_relative_to_the_config_file_whatever_the_working_folder(project):
    (project / "leaflets" / "drafts").mkdir()
    (project / "leaflets" / "drafts" / "wip.md").write_text(SLIPPED, encoding="utf-8")
    (project / "leaflet-audit.toml").write_text('include = ["leaflets/*"]\nexclude = ["leaflets/drafts/*"]\n',
                                                encoding="utf-8")
    result = runner.invoke(app, ["check", str((project / "leaflets").resolve()), "-f", "json", "--fail-on", "never"])
    assert [leaflet["path"].rsplit("/", 1)[-1] for leaflet in json.loads(result.stdout)["leaflets"]] == ["bone.md"]


@pytest.mark.parametrize("broken", ['[project\nname = "x"\n', "tool = 5\n", '[tool]\nleaflet-audit = 5\n'])
def test_a_parent_pyproject_that_cannot_be_used_never_ends_in_a_traceback(project, broken):
    (project / "pyproject.toml").write_text(broken, encoding="utf-8")
    result = runner.invoke(app, ["check", str(project / "leaflets"), "-f", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if broken.startswith("[tool]"):  # a leaflet-audit table that is no table: the user's own mistake
        assert result.exit_code == 2 and "[tool.leaflet-audit] is not a table" in result.stderr
    else:  # some other tool's file: passed over with a warning, the audit runs
        assert result.exit_code == 1 and "spelling.unknown" in rules_found(result)
        assert ("ignored" in result.stderr) == broken.startswith("[project")


def test_a_broken_parent_pyproject_is_named_in_the_warning(project):
    (project / "pyproject.toml").write_text("[project\n", encoding="utf-8")
    warnings: list[str] = []
    assert find_config(project / "leaflets", warnings.append) is None
    assert warnings == [f"{project / 'pyproject.toml'}: not valid TOML: Expected ']' at the end of a table declaration"
                        " (at line 1, column 9); ignored"]


def test_a_configuration_named_with_config_may_be_laid_out_as_a_pyproject(project):
    other = project / "ci-settings.toml"
    other.write_text('[tool.leaflet-audit]\nfail-on = "never"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(project / "leaflets"), "--config", str(other)])
    assert result.exit_code == 0, result.stderr
