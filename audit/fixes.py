"""Applying safe fixes to a leaflet's own file: planned as a diff first, written atomically if asked.

A fix replaces exactly the characters its finding points to, and only when
those characters in the file are still the finding's text (a word split by
markup, ``tumour<b>s</b>from``, is left for a person). The file keeps its
byte-order mark and its line ends, and is written whole or not at all, only if
nobody has changed it since it was read (:mod:`audit.files`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.files import Snapshot, WriteError, write_text
from audit.report import Finding, on_one_line

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass
class FixPlan:
    path: str
    original: str
    fixed: str
    applied: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)
    bom: bool = False
    read: Snapshot | None = None  # the file as it was read, so a later edit by someone else is never overwritten

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        return "".join(
            difflib.unified_diff(
                self.original.splitlines(keepends=True),
                self.fixed.splitlines(keepends=True),
                fromfile=on_one_line(self.path if Path(self.path).is_absolute() else f"a/{self.path}"),
                tofile=on_one_line(self.path if Path(self.path).is_absolute() else f"b/{self.path}"),
            )
        )


def _lines(text: str) -> list[str]:
    lines = _LINE.findall(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def plan(path: str, findings: list[Finding]) -> FixPlan:
    """The file with every safe, single-line fix applied, right to left so positions hold."""
    data = Path(path).read_bytes()
    bom = data.startswith(b"\xef\xbb\xbf")
    safe = [f for f in findings if f.fix is not None and f.fix.safe]
    try:
        original = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # a page read in the charset it declares: written back in UTF-8 it would change
        if safe:
            raise WriteError(f"{path}: not UTF-8 (it declares another charset); fix writes UTF-8 only, so it is left "
                             "as it is: save it as UTF-8 to fix it") from None
        return FixPlan(path, "", "", bom=bom, read=Snapshot.of(Path(path), data))  # nothing to fix
    lines = _lines(original)
    result = FixPlan(path, original, original, bom=bom, read=Snapshot.of(Path(path), data))
    for finding in sorted(safe, key=lambda f: (f.line, f.column), reverse=True):
        assert finding.fix is not None
        index = finding.line - 1
        start, end = finding.column - 1, finding.end_column - 1
        if finding.end_line != finding.line or index >= len(lines) or lines[index][start:end] != finding.text:
            result.skipped.append(finding)
            continue
        lines[index] = lines[index][:start] + finding.fix.replacement + lines[index][end:]
        result.applied.append(finding)
    result.applied.reverse()
    result.fixed = "".join(lines)
    return result


def write_fixed(fix_plan: FixPlan, read_only_ok: bool = False) -> None:
    """Replace the file with its fixed text, keeping its byte-order mark, if it is as it was read."""
    text = ("\ufeff" if fix_plan.bom else "") + fix_plan.fixed
    write_text(Path(fix_plan.path), text, unchanged_since=fix_plan.read, read_only_ok=read_only_ok)
