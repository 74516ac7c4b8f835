from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from tests.conftest import FIXTURES, PROJECT, TESTS

runner = CliRunner()
LEAFLETS = PROJECT / "leaflets"
COMPLETE = str(LEAFLETS / "kidney-cryoablation.txt")  # no findings
WARNINGS_ONLY = str(LEAFLETS / "vertebroplasty.html")  # a thin section
MISSING = str(LEAFLETS / "lung-ablation.md")  # a missing section: an error


@pytest.mark.parametrize(
    ("path", "fail_on", "code"),
    [
        (COMPLETE, "error", 0),
        (WARNINGS_ONLY, "error", 0),
        (WARNINGS_ONLY, "warning", 1),
        (MISSING, "error", 1),
        (MISSING, "never", 0),
        (WARNINGS_ONLY, "info", 1),
    ],
)
def test_exit_code_follows_fail_on(path, fail_on, code):
    assert runner.invoke(app, ["check", path, "--fail-on", fail_on]).exit_code == code


def test_unreadable_input_exits_2_after_auditing_the_rest(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 leaflet".encode("latin-1"))
    result = runner.invoke(app, ["check", str(bad), MISSING, str(tmp_path / "absent.md")])
    assert result.exit_code == 2
    assert f"{MISSING}:1:3: error [sections.missing]" in result.stdout
    assert f"leaflet-audit: error: {bad}: not UTF-8 text" in result.stderr
    assert f"{tmp_path / 'absent.md'}: no such file" in result.stderr
    assert "3 leaflets: 0 passed, 1 failed, 2 could not be audited" in result.stdout


def test_folders_are_searched_recursively_for_leaflet_extensions(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("# A\n\n## Risks\n\nSome text.\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = runner.invoke(app, ["check", "--format", "json", str(tmp_path)])
    paths = [leaflet["path"] for leaflet in json.loads(result.stdout)["leaflets"]]
    assert paths == [str(tmp_path / "sub" / "a.md")]


def test_folder_without_leaflets_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "no leaflet files found" in result.stderr


def test_files_named_but_excluded_leave_nothing_to_audit_and_a_folder_left_empty_is_reported(tmp_path, monkeypatch):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "idea.md").write_text("# Idea\n\nA tumur.\n", encoding="utf-8")
    (tmp_path / "leaflet-audit.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--force-exclude", "drafts/idea.md"])
    assert result.exit_code == 0, result.stderr
    assert "nothing to audit" in result.stderr and "tumur" not in result.stdout
    folder = runner.invoke(app, ["check", "drafts"])  # a folder named that leaves nothing: said, as a mistyped one is
    assert folder.exit_code == 2 and "the configuration excludes or ignores them all" in folder.stderr


def test_a_folder_without_leaflets_named_beside_a_leaflet_is_reported_and_the_leaflet_audited(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.md").write_text("# Lung biopsy\n\n## What is it?\n\nA needle test.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "a.md"), str(tmp_path / "empty"), "--format", "json"])
    assert result.exit_code == 2
    assert f"leaflet-audit: error: {tmp_path / 'empty'}: no leaflet files found in this folder" in result.stderr
    audited = [leaflet["path"] for leaflet in json.loads(result.stdout)["leaflets"] if leaflet["error"] is None]
    assert audited == [str(tmp_path / "a.md")]


def test_standard_input_is_read_with_dash():
    text = (FIXTURES / "scraped-page.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["check", "-", "--format", "json"], input=text)
    leaflet = json.loads(result.stdout)["leaflets"][0]
    assert leaflet["path"] == "<stdin>"
    assert leaflet["format"] == "text"
    assert leaflet["title"] == "Hepatic embolisation"


def test_unknown_option_value_is_a_usage_error():
    assert runner.invoke(app, ["check", COMPLETE, "--fail-on", "sometimes"]).exit_code == 2


@pytest.mark.parametrize("option, given, suggested", [
    ("--fail-on", "warn", "warning"), ("--format", "jsn", "json"), ("--input-format", "txt", "text"),
])
def test_a_mistyped_choice_is_named_with_the_nearest_right_one(option, given, suggested):
    result = runner.invoke(app, ["check", COMPLETE, option, given])
    assert result.exit_code == 2
    assert f"'{given}' is not one of" in result.output and f"Did you mean '{suggested}'?" in result.output
    assert "Value error" not in result.output


def test_a_choice_is_read_in_any_case():
    result = runner.invoke(app, ["check", COMPLETE, "--language", "en-gb", "--format", "JSON"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["leaflets"][0]["path"].endswith("kidney-cryoablation.txt")


def test_text_output_lists_sections_findings_and_a_summary():
    result = runner.invoke(app, ["check", MISSING, "--ignore", "literacy,grammar"])
    assert "What is lung ablation?  [definition; 39 words]" in result.stdout
    assert "missing: risks" in result.stdout
    assert "suggestion: What are the risks?" in result.stdout
    assert "readability: grade 6.6 (FKGL 6.6, spread 2.2), Flesch reading ease 77.2" in result.stdout
    *_, summary, frequent = result.stdout.rstrip().splitlines()
    assert summary.endswith("findings: 1 error, 1 warning, 0 info")
    assert frequent == "most frequent: 1 readability.long-sentence, 1 sections.missing"


def test_text_output_counts_one_sentence_in_the_singular(tmp_path):
    leaflet = tmp_path / "tiny.md"
    leaflet.write_text("# Tiny\n\n## What is it?\n\nA short note.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(leaflet), "--select", "readability"])
    assert "1 sentence of 3.0 words on average" in result.stdout


def test_sections_command_explains_each_mapping():
    result = runner.invoke(app, ["sections", str(LEAFLETS / "bone-metastases.md")])
    assert result.exit_code == 0
    assert "How are they treated?  -> treatments" in result.stdout
    assert "Other treatments  -> folded into the section above" in result.stdout
    assert "because 'contact us' matched contact phrase" in result.stdout


def test_rules_lists_every_rule_and_documents_one():
    listing = runner.invoke(app, ["rules"]).stdout
    for rule_id in ("sections.missing", "sections.empty", "sections.order", "sections.duplicate"):
        assert rule_id in listing
    severity_columns = {re.search(r" (?:error|warning|info) ", line).start() for line in listing.splitlines()}
    assert len(severity_columns) == 1  # the longest rule id does not push its row out of line
    doc = runner.invoke(app, ["rules", "sections.missing"]).stdout
    assert "## Why is this bad?" in doc
    assert runner.invoke(app, ["rules", "no.such-rule"]).exit_code == 2


def test_rules_with_a_family_lists_that_family_as_select_reads_it():
    listing = runner.invoke(app, ["rules", "spelling"]).stdout.splitlines()
    assert [line.split()[0] for line in listing] == ["spelling.run-on", "spelling.unknown", "spelling.variant"]


def test_schema_validate_names_the_file_and_field_of_a_broken_schema(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "x"\ntitle = "X"\nsections = []\n', encoding="utf-8")
    result = runner.invoke(app, ["schema", "validate", str(broken)])
    assert result.exit_code == 2
    assert f"{broken}: sections: List should have at least 1 item" in result.stderr
    good = runner.invoke(app, ["schema", "validate", str(PROJECT / "schemas" / "patient-leaflet.toml")])
    assert good.exit_code == 0 and "valid schema 'patient-leaflet'" in good.stdout


def test_check_with_a_broken_schema_exits_2_with_one_line(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("name = \n", encoding="utf-8")
    result = runner.invoke(app, ["check", COMPLETE, "--schema", str(broken)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "not valid TOML" in result.stderr


def test_user_schema_changes_what_is_required(tmp_path):
    schema = tmp_path / "risks-only.toml"
    schema.write_text(
        'name = "risks-only"\ntitle = "Risks only"\n[[sections]]\nid = "risks"\ntitle = "Risks"\n'
        'example = "Risks"\nmin_words = 1\nphrases = ["risks?"]\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", MISSING, "--schema", str(schema), "--format", "json"])
    document = json.loads(result.stdout)
    assert document["schema"] == "risks-only"
    assert document["leaflets"][0]["missing_sections"] == ["risks"]


def test_schema_show_and_export():
    shown = json.loads(runner.invoke(app, ["schema", "show"]).stdout)
    assert shown["name"] == "patient-leaflet"
    exported = json.loads(runner.invoke(app, ["schema", "export"]).stdout)
    assert exported["title"] == "LeafletSchema"


def test_installed_module_runs_as_a_real_process():
    completed = subprocess.run(
        [sys.executable, "-m", "audit", "check", MISSING, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert json.loads(completed.stdout)["summary"]["failed"] == 1


def test_spell_shows_only_spelling_findings_and_fails_on_warnings(tmp_path):
    path = tmp_path / "leaflet.md"
    path.write_text("# Bone\n\nSolid tumoursfrom elsewhere.\n", encoding="utf-8")
    result = runner.invoke(app, ["spell", str(path)])
    assert result.exit_code == 1
    assert "[spelling.run-on] 'tumoursfrom'" in result.stdout
    assert "sections.missing" not in result.stdout


def test_accept_flag_silences_listed_words_and_a_missing_list_is_a_usage_error(tmp_path):
    path = tmp_path / "leaflet.md"
    path.write_text("# Bone\n\nThe frobnicator helps.\n", encoding="utf-8")
    assert "frobnicator" in runner.invoke(app, ["spell", str(path)]).stdout
    accept = tmp_path / "accept.txt"
    accept.write_text("frobnicator\n", encoding="utf-8")
    assert runner.invoke(app, ["spell", str(path), "--accept", str(accept)]).exit_code == 0
    missing = runner.invoke(app, ["spell", str(path), "--accept", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "nope.txt: cannot read accept list: No such file or directory\n" in missing.stderr
    assert "Errno" not in missing.stderr


def test_language_flag_overrides_the_majority(tmp_path):
    path = tmp_path / "leaflet.md"
    path.write_text("# Bone\n\nThe tumor and anemia and one tumour.\n", encoding="utf-8")
    default = runner.invoke(app, ["spell", str(path), "--format", "json"]).stdout
    british = runner.invoke(app, ["spell", str(path), "--format", "json", "--language", "en-GB"]).stdout
    assert [f["text"] for f in json.loads(default)["leaflets"][0]["findings"]] == ["tumour"]
    assert [f["text"] for f in json.loads(british)["leaflets"][0]["findings"]] == ["tumor", "anemia"]


def test_quiet_prints_finding_lines_only():
    result = runner.invoke(app, ["check", MISSING, "-q"])
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(f"{MISSING}:") for line in lines)


def test_quiet_names_an_unreadable_file_once_on_standard_error(tmp_path):
    absent = str(tmp_path / "absent.md")
    result = runner.invoke(app, ["check", absent, MISSING, "-q"])
    assert absent not in result.stdout
    assert result.stderr.count(absent) == 1 and result.exit_code == 2


def test_short_help_flag_and_a_rule_name_close_to_one_are_understood():
    assert runner.invoke(app, ["check", "-h"]).exit_code == 0
    mistyped = runner.invoke(app, ["rules", "literacy.warning-sign"])
    assert mistyped.exit_code == 2 and "did you mean 'literacy.warning-signs'?" in mistyped.stderr


def test_colour_only_when_forced_onto_a_terminal_and_never_with_no_color():
    plain = runner.invoke(app, ["check", MISSING]).stdout
    assert "\x1b[" not in plain
    forced = runner.invoke(app, ["check", MISSING], env={"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm"}).stdout
    assert "\x1b[31m" in forced or "\x1b[1;31m" in forced
    refused = runner.invoke(app, ["check", MISSING], env={"FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm"}).stdout
    assert "\x1b[31m" not in refused and "\x1b[1;31m" not in refused


def test_progress_is_reported_per_file_and_the_bar_needs_a_large_batch_on_a_terminal(tmp_path, schema):
    from audit.cli import _progress
    from audit.engine import audit_paths

    seen: list[str] = []
    audit_paths([str(LEAFLETS)], schema, progress=seen.append)
    assert len(seen) == 7
    with _progress(5) as small:
        assert small is None
    with _progress(500) as unwatched:  # standard error is not a terminal under the test runner
        assert unwatched is None


@pytest.mark.parametrize("choice", [[], ["--select", "spelling,sections", "--language", "en-US"]])
def test_several_processes_give_a_byte_identical_report(choice):
    folders = [str(LEAFLETS), str(PROJECT / "tests" / "cases" / "documents")]
    one = runner.invoke(app, ["check", *folders, "-f", "json", "--fail-on", "never", *choice])
    two = runner.invoke(app, ["check", *folders, "-f", "json", "--fail-on", "never", "--jobs", "2", *choice])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    from audit.engine import discover

    assert len(json.loads(two.stdout)["leaflets"]) == len(discover(folders)) > 10


def _labelled_fold(folder: Path, source: Path, files: list[str]) -> Path:
    """A fold of a few corpus leaflets with their label rows."""
    folder.mkdir()
    rows = [line for line in (source / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
            if line.split("\t", 1)[0] in files]
    (folder / "labels.tsv").write_text("file\tline\tids\theading\n" + "\n".join(rows) + "\n", encoding="utf-8")
    for name in files:
        shutil.copy(source / name, folder / name)
    return folder


def test_schema_train_writes_weights_a_custom_schema_then_uses(tmp_path):
    corpus = TESTS / "corpora" / "sections"
    first = _labelled_fold(tmp_path / "one", corpus / "train-a", ["tace.md", "picc-line.md", "ivc-filter.md"])
    second = _labelled_fold(tmp_path / "two", corpus / "train-d", ["liver-biopsy.md", "nephrostomy-stones.md"])
    schema_text = resources.files("audit.schemas").joinpath("patient-leaflet.toml").read_text(encoding="utf-8")
    own = tmp_path / "own.toml"
    own.write_text(schema_text.replace('name = "patient-leaflet"', 'name = "own-leaflet"'), encoding="utf-8")

    result = runner.invoke(app, ["schema", "train", str(first), str(second), "--schema", str(own)])
    assert result.exit_code == 0, result.output
    assert "cross-validated by folder" in result.output and 'model = "own.weights.json"' in result.output
    weights = json.loads((tmp_path / "own.weights.json").read_text(encoding="utf-8"))
    assert weights["schema"] == "own-leaflet" and weights["data"]["folds"] == ["one", "two"]

    again = runner.invoke(app, ["schema", "train", str(first), "--schema", str(own)])
    assert again.exit_code == 2 and "exists; give --force" in again.output

    own.write_text(schema_text.replace('name = "patient-leaflet"', 'name = "own-leaflet"\nmodel = "own.weights.json"'),
                   encoding="utf-8")
    checked = runner.invoke(app, ["sections", str(FIXTURES / "sections" / "unphrased.md"), "--schema", str(own)])
    assert checked.exit_code == 0 and "model matched" in checked.output


def test_a_schema_naming_missing_weights_is_an_error_naming_the_file(tmp_path):
    schema_text = resources.files("audit.schemas").joinpath("patient-leaflet.toml").read_text(encoding="utf-8")
    own = tmp_path / "own.toml"
    own.write_text(schema_text.replace('name = "patient-leaflet"', 'name = "own"\nmodel = "absent.weights.json"'),
                   encoding="utf-8")
    result = runner.invoke(app, ["schema", "validate", str(own)])
    assert result.exit_code == 2 and "own.toml: model: no weights file" in result.output


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_flag_prints_the_installed_version(flag):
    from importlib.metadata import version

    result = CliRunner().invoke(app, [flag])
    assert result.exit_code == 0
    assert result.output == f"leaflet-audit {version('leaflet-audit')}\n"


def test_help_and_version_start_without_pydantic_or_the_word_data():
    probe = "import sys, audit.cli; print(sorted(m for m in ('pydantic', 'audit.lexicon', 'audit.engine') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=PROJECT)
    assert loaded.stdout.strip() == "[]"


def test_one_markdown_file_is_audited_without_the_gitignore_reader_or_the_html_loader():
    probe = (
        "import sys; from audit.engine import audit_paths, discover; from audit.schema import load_schema; "
        "audit_paths(discover(['leaflets/bone-metastases.md']), load_schema()); "
        "print(sorted(m for m in ('pathspec', 'audit.load.html') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=PROJECT)
    assert loaded.stdout.strip() == "[]"


def test_the_package_api_loads_its_names_on_first_use():
    import audit

    assert audit.load_schema().name == "patient-leaflet"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        audit.nothing  # noqa: B018


def test_shell_completion_is_offered_for_bash():
    import subprocess
    import sys
    from pathlib import Path

    command = Path(sys.executable).parent / "leaflet-audit"
    if not command.exists():
        pytest.skip("the leaflet-audit command is not installed beside this Python")
    shown = subprocess.run([str(command), "--show-completion", "bash"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and "_leaflet_audit_completion" in shown.stdout


def test_help_sentences_are_whole():
    from typer.testing import CliRunner

    from audit.cli import app

    help_text = CliRunner().invoke(app, ["check", "--help"], terminal_width=200).stdout
    shown = " ".join(help_text.replace("│", " ").split())
    assert "found (default: error; spell: warning; readability: never)." in shown
    assert not re.search(r" \.(\s|$)", shown)  # no sentence ends in a space: a bracket eaten as markup once did


def test_option_help_names_values_not_python_types():
    from typer.testing import CliRunner

    from audit.cli import app

    for command in (["check"], ["fix"], ["spell"]):
        help_text = CliRunner().invoke(app, [*command, "--help"], terminal_width=200).stdout
        ours = [line for line in help_text.split("Options", 1)[1].splitlines() if "--help" not in line]
        assert not [line for line in ours if re.search(r"<(list\[|path|int|bool|str)", line)], command


def test_an_output_file_that_is_an_existing_leaflet_not_in_the_run_is_refused(tmp_path):
    sibling = tmp_path / "lung-ablation.md"
    sibling.write_text("# Lung ablation\n\nA leaflet someone wrote.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", MISSING, "-o", str(sibling)])
    assert result.exit_code == 2 and "is not a leaflet-audit report" in result.stderr
    assert sibling.read_text(encoding="utf-8") == "# Lung ablation\n\nA leaflet someone wrote.\n"


@pytest.mark.parametrize(("fmt", "name", "theirs"), [
    ("csv", "budget.csv", "item,cost\nstents,1200\n"),
    ("json", "settings.json", '{"theme": "dark"}\n'),
    ("sarif", "notes.json", '{"todo": ["call the ward"]}\n'),
    ("text", "README", "Our content repository.\n"),
])
def test_an_output_file_the_user_owns_is_refused_whatever_its_name(tmp_path, fmt, name, theirs):
    own = tmp_path / name
    own.write_text(theirs, encoding="utf-8")
    result = runner.invoke(app, ["check", MISSING, "-f", fmt, "-o", str(own)])
    assert result.exit_code == 2 and "is not a leaflet-audit report" in result.stderr
    assert own.read_text(encoding="utf-8") == theirs


@pytest.mark.parametrize(("fmt", "name"), [
    ("text", "report.txt"), ("text", "quiet.txt"), ("json", "report.json"), ("html", "report.html"),
    ("markdown", "report.md"), ("csv", "report.csv"), ("github", "annotations.txt"), ("sarif", "report.sarif"),
])
def test_an_earlier_report_is_replaced_by_the_next(tmp_path, fmt, name):
    out = tmp_path / name
    quiet = ["-q"] if name == "quiet.txt" else []
    for _ in range(2):
        result = runner.invoke(app, ["check", MISSING, "-f", fmt, "-o", str(out), *quiet])
        assert result.exit_code == 1, result.stderr
    assert out.stat().st_size > 0


def test_missing_sections_are_listed_only_where_the_rule_that_reports_them_ran():
    assert "missing: risks" in runner.invoke(app, ["check", MISSING]).stdout
    assert "missing:" not in runner.invoke(app, ["check", MISSING, "--select", "spelling"]).stdout


@pytest.mark.parametrize("command", [
    ["check"], ["spell"], ["readability"], ["fix"], ["sections"], ["rules"], ["report"],
    ["schema", "validate"], ["schema", "train"], ["schema", "export"], ["schema", "show"],
])
def test_every_usage_line_names_its_arguments_in_capitals(command):
    result = runner.invoke(app, [*command, "--help"])
    usage = next(line for line in result.output.splitlines() if line.startswith("Usage:"))
    placeholders = re.findall(r"[\[{]([^\]}]+)[\]}]", usage.removeprefix("Usage:"))
    assert placeholders, usage
    assert all(name == "OPTIONS" or name.isupper() for name in placeholders), usage
