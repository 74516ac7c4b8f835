"""Machine formats: GitHub annotations, SARIF, Markdown and CSV, each from the one report."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.engine import audit_paths
from audit.render.csv import render_csv
from audit.render.github import render_github
from audit.render.html import render_html
from audit.render.markdown import render_markdown
from audit.render.sarif import render_sarif
from audit.render.text import render_text
from tests.conftest import FIXTURES, PROJECT

runner = CliRunner()
SARIF_SCHEMA = PROJECT.parent / "shared" / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def samples(schema):
    return audit_paths([str(PROJECT / "leaflets")], schema)


def test_github_annotations_are_one_line_per_finding_with_file_and_line(samples):
    lines = render_github(samples).splitlines()
    assert len(lines) == samples.summary.findings.error + samples.summary.findings.warning + samples.summary.findings.info
    for line in lines:
        assert line.startswith(("::error ", "::warning ", "::notice "))
        assert ",line=" in line and ",endColumn=" in line
    assert any(line.startswith("::error file=") and "lung-ablation.md,line=1,col=3" in line for line in lines)


def test_github_escapes_percent_newlines_and_property_separators(schema, tmp_path):
    from audit.engine import audit_paths as audit
    from audit.report import Finding, LeafletResult, Severity

    report = audit([str(FIXTURES / "scraped-page.txt")], schema)
    report.leaflets = [LeafletResult(path="dir,with:odd%name.md", findings=[Finding(
        rule="spelling.unknown", severity=Severity.info, message="50% sure\nsecond line", line=1, column=1,
        end_line=1, end_column=2, text="x")])]
    (line,) = render_github(report).splitlines()
    assert line == ("::notice file=dir%2Cwith%3Aodd%25name.md,line=1,col=1,endLine=1,endColumn=2,"
                    "title=spelling.unknown::50%25 sure%0Asecond line")


def test_github_output_for_the_seed_page_names_its_file_and_lines(seed_page):
    result = runner.invoke(app, ["check", str(seed_page), "--format", "github"])
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("::error", "::warning", "::notice")) for line in lines)
    assert all(f"file={seed_page}".replace(",", "%2C").replace(":", "%3A") in line for line in lines)
    assert any("line=9,col=134" in line and "spelling.run-on" in line for line in lines)


def _sarif(report) -> dict:
    return json.loads(render_sarif(report))


def test_sarif_has_rules_with_help_and_results_with_regions(samples):
    document = _sarif(samples)
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"sections.missing", "spelling.run-on", "readability.grade"} <= {r["id"] for r in rules}
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    result = next(r for r in run["results"] if r["ruleId"] == "spelling.run-on")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 11, "startColumn": 196, "endLine": 11, "endColumn": 207,
                      "snippet": {"text": "cancercells"}}
    assert rules[result["ruleIndex"]]["id"] == "spelling.run-on"


def test_sarif_parses_with_the_sarif_object_model_from_pypi(samples):
    from sarif_pydantic import Sarif

    Sarif.model_validate(_sarif(samples))


def test_sarif_of_the_samples_is_valid_against_the_official_schema(samples):
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"the official SARIF schema is only in the developers' workspace ({SARIF_SCHEMA})")
    jsonschema.validate(_sarif(samples), json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_markdown_has_a_summary_table_then_findings_per_leaflet_with_cells_escaped(schema):
    report = audit_paths([str(FIXTURES / "hostile" / "hostile.md"), str(PROJECT / "leaflets")], schema)
    text = render_markdown(report)
    assert text.startswith("# Leaflet audit\n")
    assert "| Leaflet | Title | Missing sections | Thin sections | Grade | Errors | Warnings | Info | Result |" in text
    assert "## `" in text and "| Line | Severity | Rule | Finding | Suggestion |" in text
    assert "<script>" not in text
    for row in text.splitlines():
        if row.startswith("| `") and "hostile" in row:
            assert row.count(" | ") == 8  # no cell broke the table


def test_csv_has_one_row_per_leaflet(samples):
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["check", str(PROJECT / "leaflets"), "-f", "csv"]).stdout)))
    assert len(rows) == len(samples.leaflets)
    lung = next(r for r in rows if r["path"].endswith("lung-ablation.md"))
    assert (lung["status"], lung["missing_sections"], lung["errors"]) == ("fail", "risks", "1")
    assert float(lung["grade"]) == 6.6


def test_every_format_can_go_to_an_output_file(tmp_path):
    for fmt in ("text", "json", "html", "markdown", "sarif", "github", "csv"):
        target = tmp_path / f"report.{fmt}"
        result = runner.invoke(app, ["check", str(PROJECT / "leaflets"), "-f", fmt, "-o", str(target)])
        assert result.exit_code == 1, fmt
        assert result.stdout == ""
        assert target.stat().st_size > 100
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_output_never_overwrites_a_leaflet_being_audited(tmp_path):
    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text("# A\n\n## Risks\n\nSome text.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(leaflet), "-o", str(leaflet)])
    assert result.exit_code == 2 and "is one of the leaflets being audited" in result.stderr
    assert leaflet.read_text(encoding="utf-8") == "# A\n\n## Risks\n\nSome text.\n"


def test_every_format_shows_the_health_literacy_checklist(schema, seed_page, tmp_path):
    report = audit_paths([str(seed_page)], schema, keep_sources=True)
    text = render_text(report)
    assert "health literacy: PEMAT-P understandability" in text
    assert "items failed: PEMAT-P 4, PEMAT-P 5" in text
    markdown = render_markdown(report)
    assert ("| DISCERN | 12 | Does it describe what would happen if no treatment is used? "
            "| `literacy.no-treatment-option` | ❌ fail |") in markdown
    assert "| DISCERN | 14 | Does it describe more than one treatment choice? | `literacy.single-option` | ✅ pass |" \
        in markdown
    row = next(csv.DictReader(io.StringIO(render_csv(report))))
    assert row["pemat_actionability"] and "DISCERN 12" in row["literacy_items_failed"]
    html = render_html(report)
    assert "<h3>Health-literacy checklist</h3>" in html
    assert ('<strong>PEMAT-P 4</strong> Medical terms are defined when used <code class="rule">literacy.term-undefined'
            '</code> <a href="#leaflet-0-l26">line 26</a>') in html


def test_sarif_and_github_place_findings_by_the_path_from_the_repositorys_root_wherever_the_run_started(
        tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    centre = tmp_path / "centre a"
    centre.mkdir()
    (centre / "lung ablation.md").write_text("# Lung ablation\n\nSolid tumoursfrom elsewhere.\n", encoding="utf-8")
    monkeypatch.chdir(centre)
    github = runner.invoke(app, ["check", ".", "-f", "github"]).stdout
    assert "file=centre a/lung ablation.md," in github
    sarif = json.loads(runner.invoke(app, ["check", ".", "-f", "sarif"]).stdout)
    run = sarif["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "centre%20a/lung%20ablation.md", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}


def test_html_and_markdown_reports_name_the_folder_their_leaflets_share(tmp_path):
    centre = tmp_path / "centre-a"
    centre.mkdir()
    (centre / "one.md").write_text("# Lung ablation\n\nText.\n", encoding="utf-8")
    (centre / "two.md").write_text("# Liver ablation\n\nText.\n", encoding="utf-8")
    html = runner.invoke(app, ["check", str(centre), "-f", "html"]).stdout
    assert f"<title>Leaflet audit report: {centre.as_posix()}</title>" in html
    markdown = runner.invoke(app, ["check", str(centre), "-f", "markdown"]).stdout
    assert markdown.startswith("# Leaflet audit: ") and "centre" in markdown.splitlines()[0]


def test_csv_says_in_words_why_a_leaflet_failed_errors_first(tmp_path):
    leaflet = tmp_path / "lung.md"
    leaflet.write_text("# Lung biopsy\n\n## What is it?\n\nA needle takes a small piece of your lung.\n", encoding="utf-8")
    row = next(csv.DictReader(io.StringIO(runner.invoke(app, ["check", str(leaflet), "-f", "csv"]).stdout)))
    said = row["main_findings"].split(" | ")
    assert said[0].startswith("line 1: Required section") and "missing" in said[0]
    assert len(said) == 4 and said[-1].startswith("... and ") and said[-1].endswith(" more")
