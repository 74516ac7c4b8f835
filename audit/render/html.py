"""The HTML report: one self-contained file for reviewers and editors, from the report alone.

No network assets and no script at all: styles are inline, the chart is inline
SVG, explanations open on hover and keyboard focus through CSS. A Content
Security Policy forbids scripts besides, so a leaflet's ``<script>`` or
``onerror=`` could not run even if escaping ever failed; every piece of
leaflet text passes through :func:`html.escape`.

Severity is never shown by colour alone: each has its own underline style and
its name in the explanation and the list.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from dataclasses import dataclass
from html import escape

from audit.readability.shown import GRADE_SHOWN_UP_TO, ease, grade
from audit.render._words import audited_folder, passes, pemat, plural
from audit.report import Finding, LeafletResult, Report

_CSS = """
:root { --error: #b00020; --warning: #8a5300; --info: #1d4f91; --ink: #1b1b1b; --muted: #555; --line: #ccc; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 78rem;
       padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; border-top: 2px solid var(--line); padding-top: 1rem; }
h3 { font-size: 1.1rem; }
a { color: #0b4f9c; } a:focus, mark:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid var(--line); padding: .3rem .5rem;
  text-align: left; vertical-align: top; } th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #1b5e20; font-weight: 600; } .fail { color: var(--error); font-weight: 600; }
.warned { color: #8a4b00; font-weight: 600; }
.scorecard { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
.scorecard li { border: 2px solid var(--line); border-radius: .4rem; padding: .3rem .6rem; }
.scorecard .present { border-color: #2e7d32; } .scorecard .missing { border-color: var(--error); border-style: dashed; }
.scorecard .thin { border-color: var(--warning); border-style: dotted; }
.cards { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; } .cards > div { flex: 1 1 20rem; }
ul.checklist { list-style: none; padding: 0; margin: 0; } ul.checklist li { padding: .1rem 0; }
ul.checklist .item-na { color: var(--muted); }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
ol.source { font: 14px/1.6 ui-monospace, monospace; padding-left: 3.5rem; white-space: pre-wrap;
  word-break: break-word; background: #fafafa; border: 1px solid var(--line); }
ol.source li::marker { color: var(--muted); }
ol.source li { padding-left: 2ch; text-indent: -2ch; }  /* a wrapped line hangs: it continues, it is no new line */
mark { background: transparent; color: inherit; position: relative; text-decoration-thickness: 2px;
  text-underline-offset: 3px; cursor: help; }
mark.sev-error { text-decoration: underline double var(--error); background: #fde7ea; }
mark.sev-warning { text-decoration: underline wavy var(--warning); }
mark.sev-info { text-decoration: underline dotted var(--info); }
mark.shade-long { background: #fff3c4; } mark.shade-hard-sentence { background: #ffe0cc; }
mark.shade-hard { background: #e3efff; }
mark .tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: 24rem; max-width: 80vw;
  background: #1b1b1b; color: #fff; padding: .4rem .6rem; border-radius: .3rem; font: 14px/1.4 system-ui, sans-serif;
  white-space: normal; }
mark:hover > .tip, mark:focus > .tip, mark:focus-within > .tip { display: block; }
span.tag { color: #8a8a8a; font-size: .85em; }
.findings ol { padding-left: 1.2rem; } .findings li { margin-bottom: .5rem; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .35rem; border-radius: .25rem;
  border: 1px solid currentColor; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); } .badge.info { color: var(--info); }
code.rule { font-size: .85rem; color: var(--muted); }
figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
.legend span { margin-right: 1rem; }
svg.chart { max-width: 100%; height: auto; }
.furniture { color: #8a8a8a; }
.missing-note { border: 2px dashed var(--error); padding: .3rem .6rem; }
td a { overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  body { padding: .5rem .75rem 2rem; }
  table.summary .optional { display: none; }  /* narrow screens keep leaflet, sections, grade and result */
  th, td { padding: .25rem .3rem; font-size: .9rem; }
}
"""

_SYMBOL = {"error": "✖", "warning": "⚠", "info": "ℹ"}
_FURNITURE = ' class="furniture" title="site furniture (menu, banner, footer): not read as leaflet text"'
_LABEL_LINES = 3  # a long heading wraps onto this many lines in the chart, then ends with "…"
_VERDICTS = {
    "pass": '<span class="pass">✓ pass</span>',
    "pass with warnings": '<span class="warned">⚠ pass with warnings</span>',
    "fail": '<span class="fail">✗ fail</span>',
    "unreadable": '<span class="fail">unreadable</span>',
}


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int  # 0-based column where the mark starts on this line
    end: int
    finding: Finding
    number: int  # index of the finding in its leaflet
    opens: bool  # the finding starts on this line


def _classes(finding: Finding) -> str:
    classes = [f"sev-{finding.severity.value}", "rule-" + finding.rule.replace(".", "-")]
    if finding.rule == "readability.long-sentence":
        classes.append("shade-long")
    elif finding.rule == "readability.hard-sentence":
        classes.append("shade-hard-sentence")
    elif finding.rule == "readability.hard-word":
        classes.append("shade-hard")
    return " ".join(classes)


def _missing_note(result: LeafletResult, prefix: str) -> str:
    """Missing sections have no text to mark: they are named at the top of the text, each linked to its finding."""
    links = [
        f'<a href="#{prefix}-f{index}">{escape(finding.section or finding.message)}</a>'
        for index, finding in enumerate(result.findings)
        if finding.rule == "sections.missing"
    ]
    return f'<p class="missing-note">✖ Missing from this text: {", ".join(links)}</p>' if links else ""


def _line_marks(result: LeafletResult, lines: list[str]) -> dict[int, list[_Mark]]:
    marks: dict[int, list[_Mark]] = {}
    for number, finding in enumerate(result.findings):
        if not finding.text:
            continue  # nothing in the text to point at (a missing section): listed only
        for line in range(finding.line, min(finding.end_line, len(lines)) + 1):
            start = finding.column - 1 if line == finding.line else 0
            end = finding.end_column - 1 if line == finding.end_line else len(lines[line - 1])
            if end > start:
                marks.setdefault(line, []).append(_Mark(start, end, finding, number, line == finding.line))
    return marks


_TAG = re.compile(r"<[^<>]*>|<[^<>]*$|^[^<>]*>")


def _muted_tags(text: str) -> str:
    """Escaped source text with its markup (HTML leaflets) greyed, so the prose stands out."""
    out, position = [], 0
    for tag in _TAG.finditer(text):
        out.append(escape(text[position : tag.start()]))
        out.append(f'<span class="tag">{escape(tag.group())}</span>')
        position = tag.end()
    out.append(escape(text[position:]))
    return "".join(out)


def _render_line(text: str, marks: list[_Mark], prefix: str, markup: bool) -> str:
    """A source line with each finding's characters wrapped in <mark>, overlaps split into pieces."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    opened: set[int] = set()
    for start, end in itertools.pairwise(cuts):
        piece = escape(text[start:end])
        covering = [m for m in marks if m.start <= start and end <= m.end]
        if not covering:
            out.append(_muted_tags(text[start:end]) if markup else piece)
            continue
        innermost = min(covering, key=lambda m: m.end - m.start)
        classes = " ".join(dict.fromkeys(" ".join(_classes(m.finding) for m in covering).split()))
        described = " ".join(f"{prefix}-f{m.number}" for m in covering)
        tips = "".join(
            f'<span class="tip" role="tooltip">{_SYMBOL[m.finding.severity.value]} '
            f"{escape(m.finding.severity.value)} · {escape(m.finding.message)}</span>"
            for m in covering
            if m.opens and m.start == start and m.number not in opened
        )
        opened.update(m.number for m in covering if m.start == start)
        out.append(
            f'<mark class="{classes}" tabindex="0" aria-describedby="{described}" '
            f'data-rule="{escape(innermost.finding.rule)}">{piece}{tips}</mark>'
        )
    return "".join(out)


def _graded(words: int | None, min_words: int | None) -> bool:
    """The whole leaflet (no count given) is always graded; a section only with enough words."""
    return words is None or words >= (min_words or 0)


def _chart(result: LeafletResult, target: float | None, min_words: int | None) -> str:
    """Horizontal bars of consensus grade against the target line.

    A section too short to grade has no bar and no grade, only its word count: a grade of 19.9 beside "too
    short to grade" (a department's name as the introduction) contradicts itself. Values and notes stand in their
    own column right
    of the bars, so the target line never runs through a label; long headings
    wrap onto up to three lines. The drawing scales to the page's width.
    """
    rows = [
        (s.heading or "(introduction)", s.readability.consensus_grade, s.readability.words)
        for s in result.sections if s.readability
    ]
    if result.readability is not None:
        rows.insert(0, ("Whole leaflet", result.readability.consensus_grade, None))
    if not rows:
        return ""
    graded_values = [value for _, value, words in rows if _graded(words, min_words)]
    # an off-scale figure would shrink every other bar to nothing: the scale stops at the last grade shown
    top = max(min(max([*graded_values, 12.0]), GRADE_SHOWN_UP_TO), target or 0)
    bar_left, width, line_height = 230, 400, 15
    notes_left = bar_left + width + 12
    wrapped = [textwrap.wrap(label, 30, max_lines=_LABEL_LINES, placeholder=" …") or [""] for label, _, _ in rows]
    heights = [max(24, 10 + line_height * len(lines)) for lines in wrapped]
    height = sum(heights) + 30
    total_width = notes_left + 215
    parts = [
        f'<svg role="img" aria-labelledby="{{id}}-chart-title" class="chart" width="{total_width}" '
        f'height="{height}" viewBox="0 0 {total_width} {height}" preserveAspectRatio="xMinYMin meet" '
        'xmlns="http://www.w3.org/2000/svg">',
        '<title id="{id}-chart-title">Reading grade by section against the target</title>',
    ]
    y = 10
    for (label, value, words), lines, row_height in zip(rows, wrapped, heights):
        graded = _graded(words, min_words)
        middle = y + row_height / 2
        over = graded and target is not None and value > target
        first = middle - line_height * (len(lines) - 1) / 2 + 5
        spans = "".join(
            f'<tspan x="{bar_left - 8}" y="{first + line_height * number:.1f}">{escape(text)}</tspan>'
            for number, text in enumerate(lines)
        )
        parts.append(f'<text text-anchor="end" font-size="13">{spans}</text>')
        if graded:
            tooltip = f"<title>{escape(label)}: grade {grade(value)}{' (over target)' if over else ''}</title>"
            fill = "#b00020" if over else "#2e7d32"
            outline = ' stroke="#000" stroke-dasharray="4 2"' if over else ""
            parts.append(
                f'<rect x="{bar_left}" y="{middle - 8:.1f}" width="{max(1.0, width * min(value, top) / top):.1f}" height="16" '
                f'fill="{fill}"{outline}>{tooltip}</rect>'
            )
            note = f"{grade(value)}{' ▲ over target' if over else ''}"
        else:
            note = f"{words} {'word' if words == 1 else 'words'}: too short to grade"
        parts.append(f'<text x="{notes_left}" y="{middle + 5:.1f}" font-size="13">'
                     f"{escape(note)}</text>")
        y += row_height
    if target is not None:
        x = bar_left + width * target / top
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="5" y2="{height - 18}" stroke="#1b1b1b" stroke-width="2" '
                     'stroke-dasharray="6 3"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle" font-size="12">target {target:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _scorecard(result: LeafletResult, report: Report) -> str:
    thin = {f.section for f in result.findings if f.rule == "sections.empty"}
    items = []
    for section_id in report.required_sections:
        if section_id in result.missing_sections:
            state, label = "missing", "✗ missing"
        elif section_id in thin:
            state, label = "thin", "! thin"
        else:
            state, label = "present", "✓ present"
        items.append(f'<li class="{state}"><strong>{escape(section_id)}</strong>: {label}</li>')
    return f'<ul class="scorecard">{"".join(items)}</ul>'


_ITEM_STATUS = {"pass": ('<span class="pass">✓</span>', "item-pass"),
                "fail": ('<span class="fail">✗</span>', "item-fail"),
                "not applicable": ('<span class="na">–</span>', "item-na")}


def _checklist(result: LeafletResult, prefix: str, linked: bool) -> str:
    """The health-literacy items beside the scorecard, each linking to its evidence in the text."""
    literacy = result.literacy
    if literacy is None:
        return ""
    items = []
    for item in literacy.items:
        symbol, state = _ITEM_STATUS[item.status]
        where = ""
        if item.line is not None:
            where = f' <a href="#{prefix}-l{item.line}">line {item.line}</a>' if linked else f" line {item.line}"
        items.append(f'<li class="{state}">{symbol} <strong>{escape(item.instrument)} {escape(item.item)}</strong> '
                     f'{escape(item.criterion)} <code class="rule">{escape(item.rule)}</code>{where}</li>')
    return (f'<div><h3>Health-literacy checklist</h3><p>{escape(pemat(literacy))}.</p>'
            f'<ul class="checklist">{"".join(items)}</ul><p class="legend">{escape(literacy.note)}</p></div>')


def _leaflet(number: int, result: LeafletResult, report: Report) -> str:
    prefix = f"leaflet-{number}"
    title = f" — {escape(result.title)}" if result.title else ""
    head = f'<section id="{prefix}" aria-labelledby="{prefix}-h"><h2 id="{prefix}-h">{escape(result.path)}{title}</h2>'
    if result.error is not None:
        return f"{head}<p><strong>Could not be audited:</strong> {escape(result.error)}</p></section>"
    counts = result.counts()
    source_shown = result.path in report.sources
    parts = [
        head,
        f'<div class="cards"><div><h3>Scorecard</h3>{_scorecard(result, report)}</div>'
        f"{_checklist(result, prefix, source_shown)}</div>",
        f"<p>Findings: {plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}, {counts.info} info.</p>",
    ]
    chart = _chart(result, report.max_grade, report.section_min_words).replace("{id}", prefix)
    if chart:
        r = result.readability
        caption = (f"Consensus reading grade (median of five formulas; US grade, UK reading age is grade + 5). "
                   f"Whole leaflet: grade {grade(r.consensus_grade)}, Flesch reading ease {ease(r.flesch_reading_ease)}, "
                   f"formulas spread {grade(r.grade_spread)} grades." if r else "")
        parts.append(f"<figure>{chart}<figcaption>{escape(caption)}</figcaption></figure>")
    source = report.sources.get(result.path)
    listing = ""
    if source is not None:
        lines = source.split("\n")
        marks = _line_marks(result, lines)
        furniture = set(result.furniture_lines)
        items = "".join(
            f'<li id="{prefix}-l{n}" value="{n}"{_FURNITURE if n in furniture else ""}>'
            f'{_render_line(text, marks.get(n, []), prefix, result.format == "html") or " "}</li>'
            for n, text in enumerate(lines, start=1)
        )
        listing = (f'<div><h3>Text</h3><p class="legend"><span>✖ double underline: error</span>'
                   f'<span>⚠ wavy underline: warning</span><span>ℹ dotted underline: info</span>'
                   f'<span>yellow: long sentence</span><span>orange: hard sentence</span>'
                   f'<span>blue: plainer word exists</span><span class="furniture">grey: site furniture, not read</span></p>'
                   f'{_missing_note(result, prefix)}<ol class="source">{items}</ol></div>')
    entries = []
    for index, finding in enumerate(result.findings):
        suggestion = (f"<br>Suggestion: <em>{escape(finding.suggestions[0])}</em>" if finding.suggestions else "")
        where = f'<a href="#{prefix}-l{finding.line}">line {finding.line}:{finding.column}</a>'
        entries.append(
            f'<li id="{prefix}-f{index}"><span class="badge {finding.severity.value}">'
            f'{_SYMBOL[finding.severity.value]} {finding.severity.value}</span> {where} <code class="rule">'
            f"{escape(finding.rule)}</code><br>{escape(finding.message)}{suggestion}</li>"
        )
    findings = f'<ol>{"".join(entries)}</ol>' if entries else "<p>No findings.</p>"
    parts.append(f'<div class="layout">{listing}<aside class="findings"><h3>Findings</h3>{findings}</aside></div>')
    parts.append("</section>")
    return "".join(parts)


def _summary(report: Report) -> str:
    rows = []
    for number, result in enumerate(report.leaflets):
        link = f'<a href="#leaflet-{number}">{escape(result.path)}</a>'
        if result.error is not None:
            rows.append(f'<tr><td>{link}</td><td colspan="7">could not be audited</td>'
                        f'<td class="fail">unreadable</td></tr>')
            continue
        counts = result.counts()
        shown = grade(result.readability.consensus_grade) if result.readability else "–"
        verdict = _VERDICTS[result.verdict(report.fail_on)]
        rows.append(
            f"<tr><td>{link}</td><td class=\"optional\">{escape(result.title or '')}</td>"
            f"<td>{escape(', '.join(result.missing_sections)) or '–'}</td>"
            f"<td>{escape(', '.join(result.thin_sections)) or '–'}</td><td class=\"num\">{shown}</td>"
            f'<td class="num optional">{counts.error}</td><td class="num optional">{counts.warning}</td>'
            f'<td class="num optional">{counts.info}</td><td>{verdict}</td></tr>'
        )
    return (
        '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><table class="summary"><thead><tr>'
        '<th scope="col">Leaflet</th><th scope="col" class="optional">Title</th><th scope="col">Sections missing</th>'
        '<th scope="col">Sections thin</th><th scope="col">Grade</th><th scope="col" class="optional">Errors</th>'
        '<th scope="col" class="optional">Warnings</th><th scope="col" class="optional">Info</th>'
        f'<th scope="col">Result</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>'
    )


def render_html(report: Report) -> str:
    summary = report.summary
    target = f" Reading grade target: {report.max_grade:g}." if report.max_grade is not None else ""
    intro = (f"{plural(summary.leaflets, 'leaflet')}: {passes(summary, report.passed_with_warnings)}, {summary.failed} failed, "
             f"{summary.errors} could not be audited. Schema {escape(report.schema_)}; a leaflet fails on findings "
             f"at or above {escape(report.fail_on)}.{target}")
    body = "".join(_leaflet(number, result, report) for number, result in enumerate(report.leaflets))
    folder = audited_folder(report)
    name = "Leaflet audit report" + (f": {escape(folder)}" if folder else "")  # one centre's among others
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">"
        f"<meta name=\"generator\" content=\"leaflet-audit\"><title>{name}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{name}</h1><p>{intro}</p><p>leaflet-audit {escape(report.tool.version)}</p>'
        f"</header><main>{_summary(report)}{body}</main></body></html>\n"
    )
