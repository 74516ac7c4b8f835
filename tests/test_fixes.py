from __future__ import annotations

from typer.testing import CliRunner

from audit.cli import app
from audit.fixes import plan, write_fixed
from audit.report import Finding, Fix, Severity

runner = CliRunner()
SLIPPED = "Bone leaflet\n\nWhat is it?\n\nSolid tumoursfrom elsewhere spread to the tumour and tumours.\nA tumour can cause anaemia and hypercalcemia.\n"


def finding(line, column, text, replacement, safe=True):
    return Finding(rule="spelling.run-on", severity=Severity.warning, message="m", line=line, column=column,
                   end_line=line, end_column=column + len(text), text=text,
                   fix=Fix(replacement=replacement, safe=safe))


def test_plan_applies_safe_fixes_only_and_keeps_line_ends(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"one twothree\r\nfour fivesix\r\n")
    planned = plan(str(path), [finding(1, 5, "twothree", "two three"), finding(2, 6, "fivesix", "five six", safe=False)])
    assert planned.fixed == "one two three\r\nfour fivesix\r\n"
    assert [f.text for f in planned.applied] == ["twothree"]


def test_plan_skips_a_fix_whose_text_is_not_in_the_file_as_one_run(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<p>Solid tumour<b>s</b>from here</p>\n", encoding="utf-8")
    planned = plan(str(path), [finding(1, 10, "tumoursfrom", "tumours from")])
    assert not planned.changed
    assert len(planned.skipped) == 1


def test_write_is_atomic_and_keeps_the_byte_order_mark(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffone twothree\n".encode())
    planned = plan(str(path), [finding(1, 5, "twothree", "two three")])
    write_fixed(planned)
    assert path.read_bytes() == "\ufeffone two three\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_fix_command_shows_a_diff_and_changes_nothing(tmp_path):
    path = tmp_path / "leaflet.txt"
    path.write_text(SLIPPED, encoding="utf-8")
    result = runner.invoke(app, ["fix", str(path)])
    assert result.exit_code == 0
    assert "-Solid tumoursfrom elsewhere" in result.stdout
    assert "+Solid tumours from elsewhere" in result.stdout
    assert "+A tumour can cause anaemia and hypercalcaemia." in result.stdout
    assert path.read_text(encoding="utf-8") == SLIPPED


def test_fix_that_changes_nothing_says_how_many_findings_it_left_for_review(tmp_path):
    uncertain = tmp_path / "uncertain.md"
    uncertain.write_text("# Tumor care\n\nThe tumour colour changes. We treat the tumor color.\n", encoding="utf-8")
    result = runner.invoke(app, ["fix", str(uncertain)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "2 spelling finding(s) not safe to fix" in result.stderr
    certain = tmp_path / "certain.md"
    certain.write_text("# Tumor care\n\nThe tumor color changes. We treat the tumour.\n", encoding="utf-8")
    fixed = runner.invoke(app, ["fix", str(certain)])
    assert "+The tumor color changes. We treat the tumor." in fixed.stdout
    assert "not safe to fix" not in fixed.stderr


def test_fix_write_applies_safe_fixes_and_says_so(tmp_path):
    path = tmp_path / "leaflet.txt"
    path.write_text(SLIPPED, encoding="utf-8")
    result = runner.invoke(app, ["fix", "--write", str(path)])
    assert result.exit_code == 0
    assert "applied 2 fix(es)" in result.stderr
    fixed = path.read_text(encoding="utf-8")
    assert "Solid tumours from elsewhere" in fixed and "hypercalcaemia" in fixed
    assert runner.invoke(app, ["spell", str(path)]).exit_code == 0


def test_fix_never_touches_a_file_it_could_not_read(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 tumoursfrom")
    result = runner.invoke(app, ["fix", "--write", str(bad)])
    assert result.exit_code == 2
    assert bad.read_bytes() == b"Caf\xe9 tumoursfrom"


def test_typo_suggestions_are_never_applied(tmp_path):
    path = tmp_path / "leaflet.txt"
    text = "Title\n\nWhat is it?\n\nYou will recieve a letter.\n"
    path.write_text(text, encoding="utf-8")
    runner.invoke(app, ["fix", "--write", str(path)])
    assert path.read_text(encoding="utf-8") == text


def test_fix_check_fails_while_a_safe_fix_is_pending_and_writes_nothing(tmp_path):
    from typer.testing import CliRunner

    from audit.cli import app

    leaflet = tmp_path / "a.md"
    leaflet.write_text("# Bone\n\n## What is it?\n\nSolid tumoursfrom elsewhere.\n", encoding="utf-8")
    pending = CliRunner().invoke(app, ["fix", "--check", str(leaflet)])
    assert pending.exit_code == 1 and "+Solid tumours from elsewhere." in pending.stdout
    assert "tumoursfrom" in leaflet.read_text(encoding="utf-8")
    CliRunner().invoke(app, ["fix", "--write", str(leaflet)])
    assert CliRunner().invoke(app, ["fix", "--check", str(leaflet)]).exit_code == 0


def test_fix_leaves_a_page_in_another_charset_as_it_is_and_says_why(tmp_path):
    page = tmp_path / "biopsy.html"
    data = (b'<html><head><meta charset="windows-1252"><title>Biopsy</title></head><body><h1>Biopsy</h1>\n'
            b"<h2>What is a biopsy?</h2>\n<p>Tissue comes from the tumoursfrom the bone. Caf\xe9.</p></body></html>\n")
    page.write_bytes(data)
    result = runner.invoke(app, ["fix", "--write", str(page)])
    assert result.exit_code == 2
    assert "not UTF-8 (it declares another charset); fix writes UTF-8 only" in result.stderr
    assert page.read_bytes() == data
