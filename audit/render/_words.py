"""Wording shared by the renderers that write sentences for people."""

from __future__ import annotations

from audit.report import Report, SeverityCounts


def plural(count: int, noun: str) -> str:
    """'1 leaflet', '2 leaflets'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def finding_counts(counts: SeverityCounts) -> str:
    """'1 error, 15 warnings, 2 info'."""
    return ", ".join([plural(counts.error, "error"), plural(counts.warning, "warning"), f"{counts.info} info"])


def passes(report: Report) -> str:
    """'6 passed (4 with warnings)': a pass with warnings is counted apart, as reviewers read it."""
    warned = report.passed_with_warnings
    return f"{report.summary.passed} passed" + (f" ({warned} with warnings)" if warned else "")
