"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request's lines.

Escaping follows the runner's rules: in the message, ``%``, CR and LF; in a
property (file, title), also ``:`` and ``,``.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.render._repository import from_root
from audit.report import Report
from audit.stream import ReportStream

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _message(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _message(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    return "".join(stream_github(ReportStream.of(report)))


def stream_github(stream: ReportStream) -> Iterator[str]:
    for result in stream:
        lines = []
        path = _property(from_root(result.path)[0])  # the runner reads a path from the repository's root
        if result.error is not None:
            lines.append(f"::error file={path},title=leaflet-audit::{_message(result.error)}")
        for finding in result.findings:
            properties = ",".join([
                f"file={path}",
                f"line={finding.line}",
                f"col={finding.column}",
                f"endLine={finding.end_line}",
                f"endColumn={finding.end_column}",
                f"title={_property(finding.rule)}",
            ])
            lines.append(f"::{_LEVEL[finding.severity.value]} {properties}::{_message(finding.message)}")
        yield "".join(line + "\n" for line in lines)
