"""Markdown for pull-request comments and reviewers' notes: a summary table, then findings per leaflet.

Text from leaflets (titles, words, messages quoting them) is escaped so that it
shows as written and never acts: a title ``![x](https://...)`` or
``[link](...)`` must not render as a live image or link, nor a web address as
an autolink, nor ``<b>`` as HTML. Every character Markdown could read as
markup gets a backslash; file names stand in code spans, which act on nothing.
"""

from __future__ import annotations

import re

from audit.readability.shown import grade
from audit.render._words import audited_folder, finding_counts, passes, pemat, plural
from audit.report import LeafletResult, Report

_MARKUP = re.compile(r"([\\`*_{}\[\]()#+!|<>~&:.\-])")


def _cell(text: str) -> str:
    """Leaflet text made inert for a table cell: on one line, every markup character escaped."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def _code(text: str) -> str:
    """A file name for a code span in a table cell: on one line, no backtick to end the span, pipes escaped."""
    return " ".join(text.split()).replace("`", "'").replace("|", "\\|")


def _status(result: LeafletResult, report: Report) -> str:
    return {"unreadable": "⛔ unreadable", "fail": "❌ fail", "pass with warnings": "⚠️ pass with warnings",
            "pass": "✅ pass"}[result.verdict(report.fail_on)]


_STATUS = {"pass": "✅ pass", "fail": "❌ fail", "not applicable": "– not applicable"}


def _checklist(result: LeafletResult) -> list[str]:
    """The instrument items, each with its status and where to look."""
    literacy = result.literacy
    assert literacy is not None
    lines = [f"Health literacy: {pemat(literacy)}.", "", "| Instrument | Item | Criterion | Rule | Status | Line | Evidence |",
             "|---|---:|---|---|---|---:|---|"]
    for item in literacy.items:
        lines.append(f"| {item.instrument} | {item.item} | {_cell(item.criterion)} | `{item.rule}` | {_STATUS[item.status]} "
                     f"| {item.line or ''} | {_cell(item.evidence)} |")
    return [*lines, ""]


def render_markdown(report: Report) -> str:
    summary = report.summary
    folder = audited_folder(report)
    lines = [
        "# Leaflet audit" + (f": {_cell(folder)}" if folder else ""),  # one centre's report among others
        "",
        f"{plural(summary.leaflets, 'leaflet')}: {passes(summary, report.passed_with_warnings)}, {summary.failed} failed, {summary.errors} "
        f"could not be audited (schema `{report.schema_}`, fail-on `{report.fail_on}`). Findings: "
        f"{finding_counts(summary.findings)}.",
        "",
        "| Leaflet | Title | Missing sections | Thin sections | Grade | Errors | Warnings | Info | Result |",
        "|---|---|---|---|---:|---:|---:|---:|---|",
    ]
    for result in report.leaflets:
        counts = result.counts()
        shown = grade(result.readability.consensus_grade) if result.readability else "–"
        lines.append(
            f"| `{_code(result.path)}` | {_cell(result.title or '')} | {_cell(', '.join(result.missing_sections)) or '–'} "
            f"| {_cell(', '.join(result.thin_sections)) or '–'} | {shown} | {counts.error} | {counts.warning} "
            f"| {counts.info} | {_status(result, report)} |"
        )
    for result in report.leaflets:
        lines += ["", f"## `{_code(result.path)}`", ""]
        if result.error is not None:
            lines.append(f"Could not be audited: {_cell(result.error)}")
            continue
        if result.literacy is not None:
            lines += _checklist(result)
        if not result.findings:
            lines.append("No findings.")
            continue
        lines += ["| Line | Severity | Rule | Finding | Suggestion |", "|---:|---|---|---|---|"]
        for finding in result.findings:
            suggestion = _cell(finding.suggestions[0]) if finding.suggestions else ""
            lines.append(
                f"| {finding.line}:{finding.column} | {finding.severity.value} | `{finding.rule}` "
                f"| {_cell(finding.message)} | {suggestion} |"
            )
    return "\n".join(lines) + "\n"
