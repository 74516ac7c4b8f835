"""Hostile and careless input, as an accreditation body or a CI job on strangers' pull requests meets it.

Each case must end in a report or in one line naming the file and the problem
(exit 2), never in a traceback or a hang; no file, link, device or FIFO is ever
replaced or lost; nothing from a leaflet acts in another tool.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from audit.cli import app
from audit.files import Snapshot, WriteError, write_text
from audit.schema import SchemaError, parse_schema, repeats_a_repetition

runner = CliRunner()
LEAFLET = "# Bone metastases\n\n## What are they?\n\nCancer that has spread to the bone. Solid tumoursfrom elsewhere.\n"


def run(*args: str, stdin: bytes | None = None):
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("leaflet-audit: error:")]
    assert len(lines) >= 1, result.stderr
    return lines[0]


# -- input that is not a leaflet file ----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_an_error_not_a_wait_for_a_writer(tmp_path):
    pipe = tmp_path / "leaflet.md"
    os.mkfifo(pipe)
    result = run("check", str(pipe))
    assert result.exit_code == 2
    assert f"{pipe}: not a regular file (a named pipe)" in one_error_line(result)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_that_never_ends_is_an_error_not_a_read_until_memory_runs_out():
    result = run("check", "/dev/zero", "--input-format", "text")
    assert result.exit_code == 2 and "/dev/zero: not a regular file (a device)" in one_error_line(result)


def test_links_in_a_folder_that_loop_or_lead_nowhere_are_named_and_the_folder_goes_on(tmp_path):
    (tmp_path / "loop1.md").symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(tmp_path / "loop1.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "deleted.md")
    (tmp_path / "good.md").write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("leaflet-audit: error:")]
    assert f"leaflet-audit: error: {tmp_path / 'gone.md'}: broken link: it points to '{tmp_path / 'deleted.md'}', " \
           "which does not exist" in errors
    assert sum("Too many levels of symbolic links" in line for line in errors) == 2
    assert "tumoursfrom" in result.stdout  # the readable leaflet is audited


def test_a_file_over_the_size_limit_is_named_and_the_batch_goes_on(tmp_path):
    (tmp_path / "leaflet-audit.toml").write_text("max-file-size = 0.001\n", encoding="utf-8")  # 1,000 bytes
    (tmp_path / "big.md").write_text(LEAFLET + "More text here. " * 100, encoding="utf-8")
    (tmp_path / "small.md").write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path), "-f", "json")
    results = {os.path.basename(r["path"]): r for r in json.loads(result.stdout)["leaflets"]}
    assert "larger than the 0.001 MB limit" in results["big.md"]["error"]
    assert results["small.md"]["error"] is None and results["small.md"]["findings"]


def test_standard_input_over_the_size_limit_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "leaflet-audit.toml").write_text("max-file-size = 0.001\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check", "-", "--input-format", "text", stdin=b"Title\n\n" + b"word " * 1000)
    assert result.exit_code == 2 and "<stdin>: larger than the 0.001 MB limit" in one_error_line(result)


@pytest.mark.parametrize("output_format", ["text", "json", "html", "markdown", "csv", "sarif", "github"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path, output_format):
    name = os.fsdecode(b"bad\xffname.md")
    (tmp_path / name).write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path), "-f", output_format)
    assert result.exit_code == 1
    if output_format == "json":
        assert json.loads(result.stdout)["leaflets"][0]["path"].endswith("bad\\xffname.md")


# -- what a leaflet's text must not do in other tools ---------------------------------------------------


def test_a_spreadsheet_never_reads_a_title_or_file_name_as_a_formula(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "+cmd.md").write_text('# =HYPERLINK("https://evil.example","x")\n\n## What is it?\n\nText.\n',
                                     encoding="utf-8")
    result = run("check", "+cmd.md", "-f", "csv")
    row = next(iter(csv.DictReader(io.StringIO(result.stdout))))
    assert row["title"] == '\'=HYPERLINK("https://evil.example","x")' and row["path"] == "'+cmd.md"


def test_sarif_uris_keep_hashes_queries_percents_and_spaces_in_the_name(tmp_path):
    (tmp_path / "a b#1?%.md").write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path / "a b#1?%.md"), "-f", "sarif")
    uri = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].endswith("/a%20b%231%3F%25.md") and uri["uri"].startswith("file:///")


def test_a_file_name_with_a_line_break_never_starts_a_workflow_command_on_standard_error(tmp_path):
    (tmp_path / "x\n::warning file=a::pwned.md").write_text("", encoding="utf-8")  # empty: an error line names it
    result = run("check", str(tmp_path), "-f", "github")
    assert result.exit_code == 2
    assert not any(line.startswith("::") for line in result.stderr.splitlines())
    assert all(line.startswith("::") for line in result.stdout.splitlines())  # annotations: escaped by the runner's rules


def test_markdown_report_shows_leaflet_text_and_never_renders_it_as_links_images_or_html(tmp_path):
    title = "![x](https://evil.example/x.png) [link](https://evil.example) &lt;b&gt;bold&lt;/b&gt; https://evil.example"
    (tmp_path / "x.html").write_text(f"<h1>{title}</h1><h2>What is it?</h2><p>Text.</p>", encoding="utf-8")
    report = run("check", str(tmp_path / "x.html"), "-f", "markdown").stdout
    html = MarkdownIt("commonmark").enable("table").render(report)
    assert "<img" not in html and "<a " not in html and "<b>" not in html
    assert "![x](https://evil.example/x.png)" in html  # shown as written


def test_escape_sequences_in_a_leaflet_are_shown_not_sent_to_the_terminal(tmp_path):
    (tmp_path / "x.md").write_text("# T\n\n## What is it?\x1b]0;pwned\x07\n\nThe text \x1b[2Jhere.\n",
                                  encoding="utf-8")
    result = run("check", str(tmp_path / "x.md"))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b" in result.stdout


# -- writes ----------------------------------------------------------------------------------------------


def test_output_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "x.md").write_text(LEAFLET, encoding="utf-8")
    (tmp_path / "real.json").write_text("", encoding="utf-8")  # an earlier, empty output: replaceable
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    run("check", str(tmp_path / "x.md"), "-f", "json", "-o", str(tmp_path / "link.json"))
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "real.json").read_text(encoding="utf-8"))["leaflets"]


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_output_onto_a_device_writes_to_it_and_never_replaces_it(tmp_path):
    (tmp_path / "x.md").write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path / "x.md"), "-o", "/dev/null")
    assert result.exit_code == 1 and stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a disk that is always full)")
def test_a_full_disk_is_one_line_and_exit_2():
    with pytest.raises(WriteError, match="/dev/full: cannot write: No space left on device"):
        write_text(__import__("pathlib").Path("/dev/full"), "report")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_onto_a_named_pipe_feeds_its_reader(tmp_path):
    (tmp_path / "x.md").write_text(LEAFLET, encoding="utf-8")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    run("check", str(tmp_path / "x.md"), "-f", "json", "-o", str(pipe))
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and json.loads(received[0])["leaflets"]


@pytest.mark.parametrize("where", ["missing/out.json", "."])
def test_output_into_a_missing_folder_or_onto_a_folder_is_one_line(tmp_path, where):
    (tmp_path / "x.md").write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path / "x.md"), "-o", str(tmp_path / where))
    assert result.exit_code == 2
    assert "does not exist" in one_error_line(result) or "is a directory" in one_error_line(result)


def test_fix_on_a_symlink_fixes_the_file_it_points_to(tmp_path):
    (tmp_path / "real.md").write_text(LEAFLET, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(tmp_path / "real.md")
    run("fix", "--write", str(tmp_path / "link.md"))
    assert (tmp_path / "link.md").is_symlink()
    assert "tumours from" in (tmp_path / "real.md").read_text(encoding="utf-8")


def test_fix_keeps_a_hard_link_shared(tmp_path):
    (tmp_path / "a.md").write_text(LEAFLET, encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "b.md")
    run("fix", "--write", str(tmp_path / "a.md"))
    assert os.path.samefile(tmp_path / "a.md", tmp_path / "b.md")
    assert "tumours from" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_fix_leaves_a_read_only_leaflet_alone_unless_forced(tmp_path):
    leaflet = tmp_path / "a.md"
    leaflet.write_text(LEAFLET, encoding="utf-8")
    leaflet.chmod(0o444)
    refused = run("fix", "--write", str(leaflet))
    assert refused.exit_code == 2 and "is read-only; left as it is (--force rewrites it)" in one_error_line(refused)
    assert leaflet.read_text(encoding="utf-8") == LEAFLET
    run("fix", "--write", "--force", str(leaflet))
    assert "tumours from" in leaflet.read_text(encoding="utf-8")
    assert stat.S_IMODE(leaflet.stat().st_mode) == 0o444


def test_a_file_changed_after_it_was_read_is_never_overwritten(tmp_path):
    leaflet = tmp_path / "a.md"
    leaflet.write_text(LEAFLET, encoding="utf-8")
    read = Snapshot.of(leaflet, leaflet.read_bytes())
    leaflet.write_text(LEAFLET + "\nA colleague's edit.\n", encoding="utf-8")
    with pytest.raises(WriteError, match="changed since it was read"):
        write_text(leaflet, "fixed", unchanged_since=read)
    assert leaflet.read_text(encoding="utf-8").endswith("A colleague's edit.\n")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_as_root_leaves_the_file_with_its_owner(tmp_path):
    leaflet = tmp_path / "a.md"
    leaflet.write_text(LEAFLET, encoding="utf-8")
    os.chown(leaflet, 12345, 12345)
    run("fix", "--write", str(leaflet))
    assert "tumours from" in leaflet.read_text(encoding="utf-8")
    assert (leaflet.stat().st_uid, leaflet.stat().st_gid) == (12345, 12345)


def test_a_report_never_replaces_a_leaflet_named_like_it(tmp_path):
    (tmp_path / "report.md").write_text(LEAFLET, encoding="utf-8")
    result = run("report", str(tmp_path), "--into", str(tmp_path))
    assert result.exit_code == 2 and "is one of the leaflets being audited" in one_error_line(result)
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == LEAFLET
    assert not (tmp_path / "report.html").exists()  # refused before anything was written


def test_a_report_never_replaces_a_leaflet_that_only_mentions_the_tool_in_a_suppression_comment(tmp_path):
    other = tmp_path / "other.md"
    other.write_text("<!-- leaflet-audit: disable=spelling.unknown -->\n" + LEAFLET, encoding="utf-8")
    (tmp_path / "one.md").write_text(LEAFLET, encoding="utf-8")
    result = run("check", str(tmp_path / "one.md"), "-f", "markdown", "-o", str(other))
    assert result.exit_code == 2 and "exists and is not a leaflet-audit report" in one_error_line(result)
    assert other.read_text(encoding="utf-8").startswith("<!-- leaflet-audit: disable")


# -- schemas ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["(a+)+b", "(\\w+ )*risk", "([a-z]+)*x", "(?:(?:a+))+", "(a+){2,}"])
def test_a_phrase_that_repeats_a_repetition_is_refused(phrase):
    assert repeats_a_repetition(phrase)
    source = f'name = "x"\ntitle = "X"\n[[sections]]\nid = "risks"\ntitle = "Risks"\nphrases = [{json.dumps(phrase)}]\n'
    source += 'example = "Risks"\n'
    with pytest.raises(SchemaError, match="repeats a repetition"):
        parse_schema(source, "own.toml")


@pytest.mark.parametrize("phrase", ["risks?", "(ab)+", "(a|b)*", "(\\w+ ){0,4}risk", "[(a+)]+"])
def test_ordinary_phrases_are_allowed(phrase):
    assert not repeats_a_repetition(phrase)


def test_report_outside_the_project_is_an_error_not_an_empty_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("report")
    assert result.exit_code == 2 and "leaflets: no such folder of leaflets" in one_error_line(result)
    assert not (tmp_path / "reports").exists()


def test_pre_commit_hooks_take_leaflets_and_never_a_repositorys_own_readme():
    import re
    from pathlib import Path

    import yaml

    hooks = yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} == {"leaflet-audit", "leaflet-audit-spelling"}
    for hook in hooks:
        taken = [name for name in ["leaflets/bone.md", "README.md", "docs/CHANGELOG.md", "centre/readme-first.html",
                                   "LICENSE.txt", "leaflets/ablation.txt"]
                 if re.search(hook["files"], name) and not re.search(hook["exclude"], name)]
        assert taken == ["leaflets/bone.md", "centre/readme-first.html", "leaflets/ablation.txt"]
    assert all("--force-exclude" in hook["entry"] for hook in hooks)


@pytest.mark.parametrize("command", ["check", "spell", "readability"])
def test_a_file_name_with_a_line_break_never_starts_a_line_of_text_output(tmp_path, command):
    name = tmp_path / "x\n::error file=README.md,line=1::pwned.md"
    name.write_text(LEAFLET, encoding="utf-8")
    result = run(command, str(tmp_path))
    assert result.stdout.strip()
    assert not any(line.startswith("::") for line in result.stdout.splitlines())
    assert "x\\x0a::error" in result.stdout


def test_each_pre_commit_hook_passes_a_commit_that_stages_only_excluded_drafts(tmp_path, monkeypatch):
    from pathlib import Path

    import yaml

    hooks = yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "idea.md").write_text("# Idea\n\nA tumur andfull of slips.\n", encoding="utf-8")
    (tmp_path / "leaflet-audit.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for hook in hooks:
        result = run(*hook["entry"].split()[1:], "drafts/idea.md")
        assert result.exit_code == 0, (hook["id"], result.stderr)


def test_a_fault_of_ours_in_one_leaflet_is_reported_for_it_and_the_batch_goes_on(tmp_path, schema):
    from audit.checks import Rule
    from audit.engine import audit_paths
    from audit.report import Severity

    def breaks_on_ablation(context):
        """Raises on one leaflet, as a rule's bug would."""
        if "ablation" in (context.leaflet.title or "").lower():
            raise StopIteration
        return iter(())

    (tmp_path / "a-ablation.md").write_text("# Liver ablation\n\nText.\n", encoding="utf-8")
    (tmp_path / "b-biopsy.md").write_text("# Liver biopsy\n\nText.\n", encoding="utf-8")
    report = audit_paths([str(tmp_path)], schema, rules=[Rule("test.breaks", Severity.warning, breaks_on_ablation)])
    broken, fine = report.leaflets
    assert broken.error is not None and broken.error.startswith("internal error, please report it: StopIteration")
    assert fine.error is None and report.summary.errors == 1
