"""One row per leaflet, for a reviewer's spreadsheet.

Text from leaflets and file names (a title ``=HYPERLINK(...)``, a file named
``+cmd.md``) must not become a live formula when the sheet is opened: a text
cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading apostrophe, as OWASP advises against CSV injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from audit.render._words import failed_items
from audit.report import LeafletResult, Report
from audit.stream import ReportStream

COLUMNS = [
    "path", "title", "format", "status", "sections_found", "missing_sections", "errors", "warnings", "info",
    "grade", "flesch_reading_ease", "words", "error", "thin_sections",
    "pemat_understandability", "pemat_actionability", "literacy_items_failed", "main_findings",
]
MAIN_FINDINGS = 3
"""Findings said in words in a row's last cell: why a leaflet failed, for a reviewer who reads the sheet alone."""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def render_csv(report: Report) -> str:
    return "".join(stream_csv(ReportStream.of(report)))


def stream_csv(stream: ReportStream) -> Iterator[str]:
    yield _row(COLUMNS)
    for result in stream:
        counts = result.counts()
        readability = result.readability
        status = result.verdict(stream.fail_on)
        literacy = result.literacy
        yield _row([
            _inert(result.path),
            _inert(result.title or ""),
            result.format or "",
            status,
            " ".join(sorted({i for s in result.sections for i in s.covers})),
            " ".join(result.missing_sections),
            counts.error,
            counts.warning,
            counts.info,
            readability.consensus_grade if readability else "",
            readability.flesch_reading_ease if readability else "",
            readability.words if readability else "",
            _inert(result.error or ""),
            " ".join(result.thin_sections),
            _score(literacy.pemat_understandability if literacy else None),
            _score(literacy.pemat_actionability if literacy else None),
            "; ".join(failed_items(literacy)) if literacy else "",
            _inert(_main_findings(result)),
        ])


def _main_findings(result: LeafletResult) -> str:
    """The errors first, then the warnings, each "line N: message", the first few of them ("... and 12 more")."""
    ranked = sorted((f for f in result.findings if f.severity.value != "info"),
                    key=lambda f: (f.severity.value != "error", f.line))
    said = [f"line {f.line}: {f.message}" for f in ranked[:MAIN_FINDINGS]]
    more = len(ranked) - len(said)
    return " | ".join(said) + (f" | ... and {more} more" if more else "")


def _row(cells: list[object]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()
