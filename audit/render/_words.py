"""Wording shared by the renderers that write sentences for people."""

from __future__ import annotations

from audit.report import Report


def plural(count: int, noun: str) -> str:
    """'1 leaflet', '2 leaflets'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def passes(report: Report) -> str:
    """'6 passed (4 with warnings)': a pass with warnings is counted apart, as reviewers read it."""
    warned = report.passed_with_warnings
    return f"{report.summary.passed} passed" + (f" ({warned} with warnings)" if warned else "")
