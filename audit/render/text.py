"""The terminal report: grouped by file, findings as ``path:line:column``, a summary at the end."""

from __future__ import annotations

from collections.abc import Iterator

from audit.readability.shown import ease, grade
from audit.render._words import failed_items, finding_counts, passes, pemat, plural
from audit.report import LeafletResult, Report, on_one_line
from audit.stream import ReportStream

MOST_FREQUENT = 5
"""Rules named in the summary's last line: where a reviewer's time will go."""


def _leaflet(result: LeafletResult, show_sections: bool, quiet: bool) -> list[str]:
    path = on_one_line(result.path)
    if result.error is not None:
        return [f"{path}: cannot audit: {on_one_line(result.error)}"]
    title = f' "{on_one_line(result.title)}"' if result.title else ""
    lines = [] if quiet else [f"{path} ({result.format}){title}"]
    for section in result.sections if show_sections else []:
        what = ", ".join(section.covers) or (f"extra: {section.extra}" if section.extra else "extra")
        heading = on_one_line(section.heading) if section.heading is not None else "(introduction)"
        lines.append(f"  {section.line:>5}  {heading}  [{what}; {plural(section.words, 'word')}]")
    if result.readability is not None and show_sections:
        r = result.readability
        lines.append(
            f"  readability: grade {grade(r.consensus_grade)} (FKGL {grade(r.flesch_kincaid_grade)}, spread "
            f"{grade(r.grade_spread)}), Flesch reading ease {ease(r.flesch_reading_ease)}, "
            f"{plural(r.sentences, 'sentence')} of {r.mean_sentence_length:.1f} words on average"
        )
    if result.literacy is not None and show_sections:
        failed = failed_items(result.literacy)
        lines.append(f"  health literacy: {pemat(result.literacy)}; items failed: {', '.join(failed) or 'none'}")
    if result.missing_sections and show_sections and any(f.rule == "sections.missing" for f in result.findings):
        # only where the rule ran: "--select spelling" then "missing: risks" above "7 passed" read as a contradiction
        lines.append(f"  missing: {', '.join(result.missing_sections)}")
    for finding in result.findings:
        lines.append(
            f"  {path}:{finding.line}:{finding.column}: {finding.severity.value} "
            f"[{finding.rule}] {on_one_line(finding.message)}"
        )
        if finding.suggestions and not quiet:
            lines.append(f"      suggestion: {' | '.join(finding.suggestions)}")
    return lines


def render_text(report: Report, show_sections: bool = True, quiet: bool = False) -> str:
    return "".join(stream_text(ReportStream.of(report), show_sections, quiet))


def stream_text(stream: ReportStream, show_sections: bool = True, quiet: bool = False) -> Iterator[str]:
    """The report for a terminal, each leaflet as it is audited.

    ``show_sections=False`` keeps to leaflets with findings (``leaflet-audit spell``);
    ``quiet`` prints the finding lines alone, one a line, and no summary.
    """
    for result in stream:
        if not show_sections and result.error is None and not result.findings:
            continue
        if quiet and result.error is not None:
            continue  # standard error names it, in one line: a quiet report is findings alone
        lines = _leaflet(result, show_sections and not quiet, quiet)
        if quiet:
            yield "".join(line.strip() + "\n" for line in lines)
        else:
            yield "".join(line + "\n" for line in lines) + "\n"
    if quiet:
        return
    tally = stream.tally
    summary = tally.summary
    unreadable = f", {summary.errors} could not be audited" if summary.errors else ""
    yield (
        f"{plural(summary.leaflets, 'leaflet')}: {passes(summary, tally.passed_with_warnings)}, {summary.failed} failed"
        f"{unreadable} "
        f"(fail-on: {stream.fail_on}); findings: {finding_counts(summary.findings)}\n"
    )
    if summary.by_rule:
        frequent = ", ".join(f"{count} {rule}" for rule, count in list(summary.by_rule.items())[:MOST_FREQUENT])
        yield f"most frequent: {frequent}\n"
