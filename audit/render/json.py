"""The JSON report: the public contract, exactly the report model's fields.

Written as the leaflets are audited: the report's fields before ``leaflets``
first, then each leaflet, then the summary and the fields after it, with the
bytes ``Report.model_dump_json(indent=2)`` would write for the whole report
(a JSON string holds no line break, so indenting a leaflet's lines cannot
change its strings).
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.report import Report
from audit.stream import ReportStream

_LEAFLETS = '"leaflets": []'
_INDENT = "    "


def render_json(report: Report) -> str:
    return "".join(stream_json(ReportStream.of(report)))


def stream_json(stream: ReportStream) -> Iterator[str]:
    before, _ = _around_leaflets(stream.finished())
    yield before + '"leaflets": ['
    separator = "\n"
    for result in stream:
        body = result.model_dump_json(indent=2, by_alias=True)
        yield separator + _INDENT + body.replace("\n", "\n" + _INDENT)
        separator = ",\n"
    _, after = _around_leaflets(stream.finished())
    yield ("]" if separator == "\n" else "\n  ]") + after + "\n"


def _around_leaflets(report: Report) -> tuple[str, str]:
    """The report's JSON before and after its (empty) list of leaflets."""
    before, after = report.model_dump_json(indent=2, by_alias=True).split(_LEAFLETS, 1)
    return before, after
