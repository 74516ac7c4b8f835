"""Files this tool wrote, told by their first and last few kilobytes, in any output format.

Two places need to know: writing a report may replace an earlier report but never a file the user owns, and
searching a folder for leaflets must not audit the reports an earlier run left there ("report.md",
"report.html" beside the leaflets). A leaflet that only mentions the tool (an inline
``<!-- leaflet-audit: disable=... -->``) is not a report.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_OURS_AT_TOP = re.compile(
    r'"name":\s*"leaflet-audit"|<meta name="generator" content="leaflet-audit">|<title>Leaflet audit report(?:: [^<]*)?</title>'
    r"|\A# Leaflet audit\b|\Apath,title,format,status,|\A::(?:error|warning|notice) "
    r"|\A\S[^\n]*:\d+:\d+: (?:error|warning|info) \[[a-z]+\.[a-z-]+\]"
)
"""JSON and SARIF name the tool; HTML names itself the generator; Markdown and CSV open with their own title or
header row; GitHub annotations and text findings open with their own line shapes."""
_TEXT_SUMMARY = re.compile(r"^\d+ leaflets?: .*\(fail-on: \w+(?:, target grade [\d.]+)?\); findings: ", re.MULTILINE)
"""A text report ends with its summary line."""
_ENDS = 4096


def written_by_us(path: Path) -> bool:
    """Whether the file at ``path`` is a report of this tool (an empty or unreadable file is not)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_ENDS).decode("utf-8", "replace")
            if _OURS_AT_TOP.search(head):
                return True
            size = stream.seek(0, os.SEEK_END)
            stream.seek(max(size - _ENDS, 0))
            tail = stream.read().decode("utf-8", "replace")
    except OSError:
        return False
    return bool(_TEXT_SUMMARY.search(tail))
