"""Wording shared by the renderers that write sentences for people."""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from audit.report import Literacy, Report, SeverityCounts, Summary


def plural(count: int, noun: str) -> str:
    """'1 leaflet', '2 leaflets'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def finding_counts(counts: SeverityCounts) -> str:
    """'1 error, 15 warnings, 2 info'."""
    return ", ".join([plural(counts.error, "error"), plural(counts.warning, "warning"), f"{counts.info} info"])


def passes(summary: Summary, warned: int) -> str:
    """'6 passed (4 with warnings)': a pass with warnings is counted apart, as reviewers read it."""
    return f"{summary.passed} passed" + (f" ({warned} with warnings)" if warned else "")


def pemat(literacy: Literacy) -> str:
    """'PEMAT-P understandability 40%, actionability 100% (automated estimate)'; '–' for an item set not judged."""

    def percent(value: float | None) -> str:
        return f"{value:g}%" if value is not None else "–"

    return (f"PEMAT-P understandability {percent(literacy.pemat_understandability)}, actionability "
            f"{percent(literacy.pemat_actionability)} (automated estimate)")


def failed_items(literacy: Literacy) -> list[str]:
    """The instrument items failed, each once: 'PEMAT-P 4', 'DISCERN 12'."""
    return list(dict.fromkeys(f"{i.instrument} {i.item}" for i in literacy.items if i.status == "fail"))


def audited_folder(report: Report) -> str | None:
    """The folder all the report's leaflets share ("centre-a"), to name a report a reviewer prints among others for
    other centres; ``None`` where they share none but the folder the run started in or one above it."""
    folders = [os.path.dirname(result.path) for result in report.leaflets if result.path != "<stdin>"]
    if not folders:
        return None
    try:
        shared = os.path.commonpath(folders)
    except ValueError:  # absolute and relative paths mixed
        return None
    if shared in ("", ".") or Path.cwd().is_relative_to(os.path.abspath(shared)):
        return None  # the run's own folder, or one above it, names nothing
    return PurePath(shared).as_posix()
