"""The JSON report: the public contract, exactly the report model's fields."""

from __future__ import annotations

from audit.report import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2, by_alias=True) + "\n"
