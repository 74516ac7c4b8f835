"""The readability table: a row for the whole leaflet and one per section, columns as in the JSON."""

from __future__ import annotations

from audit.readability.shown import EASE_SHOWN_DOWN_TO, GRADE_SHOWN_UP_TO
from audit.render._words import finding_counts, passes, plural
from audit.report import LeafletResult, Readability, Report, on_one_line

COLUMNS = [
    ("words", "words", "{:>6}"),
    ("sent", "sentences", "{:>5}"),
    ("syl", "syllables", "{:>6}"),
    ("w/sent", "mean_sentence_length", "{:>6.1f}"),
    ("3+syl", "polysyllable_share", "{:>6.0%}"),
    ("FRE", "flesch_reading_ease", "{:>6.1f}"),
    ("FKGL", "flesch_kincaid_grade", "{:>5.1f}"),
    ("SMOG", "smog", "{:>5.1f}"),
    ("Fog", "gunning_fog", "{:>5.1f}"),
    ("CLI", "coleman_liau", "{:>5.1f}"),
    ("ARI", "ari", "{:>5.1f}"),
    ("D-C", "dale_chall", "{:>5.1f}"),
    ("grade", "consensus_grade", "{:>6.1f}"),
    ("spread", "grade_spread", "{:>6.1f}"),
]
_NAME_WIDTH = 34
_GRADES = frozenset({"flesch_kincaid_grade", "smog", "gunning_fog", "coleman_liau", "ari", "dale_chall",
                     "consensus_grade", "grade_spread"})


def _cell(field: str, fmt: str, value: float) -> str:
    """The figure, or where it leaves the scale (">30", "<-100"): see ``GRADE_SHOWN_UP_TO``."""
    width = len(fmt.format(0.0))  # the column's width, as an ordinary figure fills it
    if field in _GRADES and value > GRADE_SHOWN_UP_TO:
        return f">{GRADE_SHOWN_UP_TO}".rjust(width)
    if field == "flesch_reading_ease" and value < EASE_SHOWN_DOWN_TO:
        return f"<{EASE_SHOWN_DOWN_TO}".rjust(width)
    return fmt.format(value)


def _row(name: str, readability: Readability | None, min_words: int | None = None,
         target: float | None = None, above: bool = False) -> str:
    label = (name if len(name) <= _NAME_WIDTH else name[: _NAME_WIDTH - 1] + "…").ljust(_NAME_WIDTH)
    if readability is None:
        return f"  {label}  (no prose)"
    cells = " ".join(_cell(field, fmt, getattr(readability, field)) for _, field, fmt in COLUMNS)
    if min_words is not None and readability.words < min_words:
        # its figures stand as in the JSON, but no rule judges them: too few words for a formula to mean much
        return f"  {label}{cells}  (under {min_words} words: not judged)"
    if above and target is not None:  # as readability.grade judged it, by the schema's own grade formula
        return f"  {label}{cells}  (above the target, grade {target:g})"
    return f"  {label}{cells}"


def _leaflet(result: LeafletResult, min_words: int | None, target: float | None) -> list[str]:
    if result.error is not None:
        return [f"{on_one_line(result.path)}: cannot audit: {on_one_line(result.error)}"]
    title = f' "{on_one_line(result.title)}"' if result.title else ""
    header = " ".join(fmt.replace(".1f", "").replace(".0%", "").format(name) for name, _, fmt in COLUMNS)
    graded = [finding for finding in result.findings if finding.rule == "readability.grade"]
    lines = [f"{on_one_line(result.path)}{title}", f"  {'':<{_NAME_WIDTH}}{header}",
             _row("(whole leaflet)", result.readability, target=target,
                  above=any(finding.message.startswith("The leaflet ") for finding in graded))]
    for section in result.sections:
        named = f"Section '{section.heading}' " if section.heading else "Section the introduction "
        above = any(finding.line == section.line and finding.message.startswith(named) for finding in graded)
        lines.append(_row(section.heading or "(introduction)", section.readability, min_words, target, above))
    path = on_one_line(result.path)
    lines += [f"  {path}:{finding.line}:{finding.column}: {finding.severity.value} [{finding.rule}] "
              f"{on_one_line(finding.message)}" for finding in result.findings]  # what a failing exit code is for
    return lines


def render_readability(report: Report) -> str:
    out: list[str] = []
    for result in report.leaflets:
        out.extend(_leaflet(result, report.section_min_words, report.max_grade))
        out.append("")
    out.append(
        "Grades are US school grades (UK reading age = grade + 5); grade is the median of FKGL, SMOG, Fog, "
        "Coleman-Liau (CLI) and ARI. Formulas disagree most on medical vocabulary: see spread."
    )
    out.append("Columns and their JSON fields: " + ", ".join(f"{name} = {field}" for name, field, _ in COLUMNS) + ".")
    summary = report.summary
    unreadable = f", {summary.errors} could not be audited" if summary.errors else ""
    target = f", target grade {report.max_grade:g}" if report.max_grade is not None else ""
    out.append(f"{plural(summary.leaflets, 'leaflet')}: {passes(summary, report.passed_with_warnings)}, "
               f"{summary.failed} failed{unreadable} (fail-on: {report.fail_on}{target}); "
               f"findings: {finding_counts(summary.findings)}")
    return "\n".join(out) + "\n"
