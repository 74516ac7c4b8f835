"""A pass with warnings reads differently from a clean pass in every format a reviewer reads."""

from __future__ import annotations

import csv
import io

from audit.render.csv import render_csv
from audit.render.html import render_html
from audit.render.markdown import render_markdown
from audit.render.text import render_text
from audit.report import Finding, LeafletResult, Report, Severity, ToolInfo, summarise


def _report() -> Report:
    warning = Finding(rule="spelling.run-on", severity=Severity.warning, message="words run together", line=3,
                      column=1, end_line=3, end_column=12, text="tumoursfrom")
    results = [
        LeafletResult(path="clean.md", title="Clean"),
        LeafletResult(path="warned.md", title="Warned", findings=[warning]),
        LeafletResult(path="broken.md", error="not UTF-8 text"),
    ]
    return Report(tool=ToolInfo(name="leaflet-audit", version="test"), schema="patient-leaflet", fail_on="error",
                  leaflets=results, summary=summarise(results, "error"))


def test_each_leaflet_has_the_verdict_a_reviewer_reads():
    report = _report()
    assert [r.verdict(report.fail_on) for r in report.leaflets] == ["pass", "pass with warnings", "unreadable"]


def test_csv_markdown_html_and_text_show_a_pass_with_warnings_apart_from_a_pass():
    report = _report()
    statuses = [row["status"] for row in csv.DictReader(io.StringIO(render_csv(report)))]
    assert statuses == ["pass", "pass with warnings", "unreadable"]
    assert "⚠️ pass with warnings" in render_markdown(report) and "✅ pass" in render_markdown(report)
    assert "⚠ pass with warnings" in render_html(report)
    for rendered in (render_text(report), render_markdown(report), render_html(report)):
        assert "2 passed (1 with warnings)" in rendered


def test_thin_sections_stand_beside_missing_ones_in_the_summaries():
    thin = Finding(rule="sections.empty", severity=Severity.warning, message="Section 'Risks' has 3 words", line=5,
                   column=1, end_line=5, end_column=8, text="Risks", section="risks")
    results = [LeafletResult(path="thin.md", title="Thin", missing_sections=["causes"], findings=[thin])]
    report = Report(tool=ToolInfo(version="test"), schema="patient-leaflet", fail_on="error", leaflets=results,
                    summary=summarise(results, "error"))
    assert results[0].thin_sections == ["risks"]
    assert next(csv.DictReader(io.StringIO(render_csv(report))))["thin_sections"] == "risks"
    assert "| causes | risks |" in render_markdown(report)
    assert "<td>causes</td><td>risks</td>" in render_html(report)
