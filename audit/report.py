"""The report: findings and results as published in JSON, and read by every renderer.

These pydantic models are the JSON contract (their JSON Schema is exported to
``schemas/report.schema.json``). Fields may be added; none may be renamed or
removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_serializer

REPORT_VERSION = 1


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


FailOn = Literal["error", "warning", "info", "never"]


def at_or_above(severity: Severity, fail_on: FailOn) -> bool:
    return fail_on != "never" and severity.rank >= Severity(fail_on).rank


_BREAKS_A_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def on_one_line(text: str) -> str:
    """A file's name, title or heading with its control characters and line breaks written as ``\x0a``: in a
    line-based output each line starts where the tool starts it, so a name such as "x\n::error file=README.md::"
    never begins a line that a CI runner acts on."""
    return _BREAKS_A_LINE.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


def shown_path(path: str) -> str:
    """A path as any output can carry it: bytes of a file's name that are not UTF-8, which Python keeps
    as lone surrogates, written as ``\\xNN`` (a JSON or HTML file cannot hold them raw)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Fix(_Model):
    """A replacement for a finding's text. Safe fixes are applied by `leaflet-audit fix --write`."""

    replacement: str
    safe: bool = Field(description="True when there is one clear right answer and applying it needs no review.")


class Finding(_Model):
    """One thing a reviewer should look at, pointing into the original file."""

    rule: str = Field(description="Stable rule id, e.g. 'sections.missing'.")
    severity: Severity
    message: str = Field(description="What is wrong, in words a reviewer understands.")
    line: int = Field(ge=1, description="1-based line of the first character concerned.")
    column: int = Field(ge=1, description="1-based column of the first character concerned.")
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="Column just after the last character concerned (exclusive).")
    text: str = Field(description="The text concerned, as it reads in the leaflet ('' when nothing is there).")
    suggestions: list[str] = Field(default_factory=list, description="Replacements or additions, best first.")
    section: str | None = Field(None, description="The required section concerned, if any.")
    fix: Fix | None = Field(None, description="A replacement for `text`, when there is one.")


class Readability(_Model):
    """Readability of some prose (headings, titles, table cells and site furniture excluded).

    Grades are US school grades (add 5 for a UK reading age). Field names are the
    columns of `leaflet-audit readability`.
    """

    words: int
    sentences: int
    syllables: int = Field(description="By the CMU Pronouncing Dictionary, Pyphen for words it lacks.")
    mean_sentence_length: float = Field(description="Words per sentence.")
    polysyllable_share: float = Field(description="Share (0-1) of words with three syllables or more.")
    flesch_reading_ease: float = Field(description="0-100, higher is easier; 60 or more is plain English.")
    flesch_kincaid_grade: float
    smog: float
    gunning_fog: float
    coleman_liau: float
    ari: float = Field(description="Automated Readability Index.")
    dale_chall: float = Field(description="Dale-Chall score (not a grade): 4.9 or less is easy for grade 4.")
    consensus_grade: float = Field(description="Median of FKGL, SMOG, Fog, Coleman-Liau and ARI.")
    grade_spread: float = Field(
        description="Highest minus lowest of those grades; wide on medical vocabulary, where formulas disagree most."
    )


class SectionResult(_Model):
    id: str | None = Field(description="The required section this is (the first, for a combined heading); null for an extra.")
    heading: str | None = Field(description="The heading as written; null for an untitled introduction.")
    line: int
    end_line: int
    words: int = Field(description="Words of body, sub-sections folded into it included.")
    covers: list[str] = Field(default_factory=list, description="Every required section the heading names.")
    extra: str | None = Field(None, description="The schema's extra section the heading names, if any.")
    matched_by: str = Field("", description="Why the heading was mapped as it was.")
    readability: Readability | None = Field(None, description="Null when the section has no prose.")


ItemStatus = Literal["pass", "fail", "not applicable"]


class InstrumentItem(_Model):
    """One text-checkable item of a health-literacy instrument, as judged on one leaflet."""

    instrument: str = Field(description="'PEMAT-P', 'DISCERN', 'EQIP-36' or 'CDC CCI'.")
    item: str = Field(description="The item's number in its instrument.")
    criterion: str = Field(description="The item as a reviewer reads it (paraphrased).")
    rule: str = Field(description="The rule that judges it; its findings are where it fails.")
    status: ItemStatus
    line: int | None = Field(None, description="Where to look: the first finding, or where the text meets it.")
    evidence: str = Field("", description="What was found: the failing text, or the words that meet the item.")


class Literacy(_Model):
    """Automated estimates over the text-checkable items of PEMAT-P, DISCERN, EQIP-36 and the CDC index."""

    note: str = Field(
        "Automated estimate over the items that can be judged from the text alone; not the full instrument, "
        "which a reviewer scores by hand (visual aids, accuracy, logical order are not judged).",
    )
    pemat_understandability: float | None = Field(
        description="Percent (0-100) of the judged PEMAT-P understandability items met; null when none applies."
    )
    pemat_actionability: float | None = Field(
        description="Percent (0-100) of the judged PEMAT-P actionability items met; null when none applies."
    )
    active_voice_share: float | None = Field(None, description="Share (0-1) of prose sentences in the active voice.")
    items: list[InstrumentItem] = Field(default_factory=list)


class SeverityCounts(_Model):
    error: int = 0
    warning: int = 0
    info: int = 0


class LeafletResult(_Model):
    path: str
    title: str | None = None
    format: Literal["text", "markdown", "html"] | None = None
    sections: list[SectionResult] = Field(default_factory=list)
    missing_sections: list[str] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    readability: Readability | None = Field(None, description="The whole leaflet's prose; null without prose.")
    error: str | None = Field(None, description="Why the leaflet could not be audited (one line); null when it was.")
    furniture_lines: list[int] = Field(
        default_factory=list,
        description="Lines set aside as site furniture, not leaflet text (menus, cookie banners, footers).",
    )
    literacy: Literacy | None = Field(
        None, description="Health-literacy instrument items judged from the text; null when no literacy rule ran."
    )

    @field_serializer("path")
    def _path_as_text(self, path: str) -> str:
        """A file name's bytes that are not UTF-8 (kept in memory as Python keeps them) written as ``\\xNN``."""
        return shown_path(path)

    def counts(self) -> SeverityCounts:
        counts = SeverityCounts()
        for finding in self.findings:
            setattr(counts, finding.severity.value, getattr(counts, finding.severity.value) + 1)
        return counts

    def fails(self, fail_on: FailOn) -> bool:
        return any(at_or_above(finding.severity, fail_on) for finding in self.findings)

    @property
    def thin_sections(self) -> list[str]:
        """Required sections present but too short (``sections.empty``), in the order found."""
        return list(dict.fromkeys(f.section for f in self.findings if f.rule == "sections.empty" and f.section))

    def verdict(self, fail_on: FailOn) -> Verdict:
        """What a reviewer reads: a pass with warnings (or errors below ``fail_on``) is not a clean pass."""
        if self.error is not None:
            return "unreadable"
        if self.fails(fail_on):
            return "fail"
        counts = self.counts()
        return "pass with warnings" if counts.error or counts.warning else "pass"


Verdict = Literal["pass", "pass with warnings", "fail", "unreadable"]


class Summary(_Model):
    leaflets: int
    passed: int
    failed: int
    errors: int = Field(description="Leaflets that could not be audited.")
    findings: SeverityCounts
    by_rule: dict[str, int] = Field(
        default_factory=dict, description="Findings counted by rule id, the most frequent first (ties by id)."
    )


class ToolInfo(_Model):
    name: Literal["leaflet-audit"] = "leaflet-audit"
    version: str


class Report(_Model):
    version: Literal[1] = REPORT_VERSION
    tool: ToolInfo
    schema_: str = Field(alias="schema", description="Name of the leaflet schema audited against.")
    fail_on: FailOn = Field("error", description="Findings at or above this severity make a leaflet fail.")
    leaflets: list[LeafletResult]
    summary: Summary
    required_sections: list[str] = Field(default_factory=list, description="The schema's required section ids, in order.")
    max_grade: float | None = Field(None, description="The schema's readability target (school grade).")
    section_min_words: int | None = Field(None, description="Sections with fewer words are not graded on their own.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    _sources: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def passed_with_warnings(self) -> int:
        """Of the leaflets that passed, those with warnings (or errors below fail-on): a reviewer reads them apart."""
        return sum(1 for result in self.leaflets if result.verdict(self.fail_on) == "pass with warnings")

    @property
    def sources(self) -> dict[str, str]:
        """Each leaflet's text by path, when the run kept it (for the HTML report); never serialised."""
        return self._sources

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings at or above fail-on, 2 an input could not be audited."""
        if self.summary.errors:
            return 2
        return 1 if self.summary.failed else 0


@dataclass
class Tally:
    """The summary kept up to date as results come in, so that a report streamed leaflet by leaflet
    never has to keep them all to count them."""

    fail_on: FailOn
    leaflets: int = 0
    failed: int = 0
    errors: int = 0
    passed_with_warnings: int = 0
    findings: SeverityCounts = field(default_factory=SeverityCounts)
    by_rule: dict[str, int] = field(default_factory=dict)

    def add(self, result: LeafletResult) -> None:
        self.leaflets += 1
        verdict = result.verdict(self.fail_on)
        if verdict == "unreadable":
            self.errors += 1
            return
        self.failed += verdict == "fail"
        self.passed_with_warnings += verdict == "pass with warnings"
        counts = result.counts()
        self.findings.error += counts.error
        self.findings.warning += counts.warning
        self.findings.info += counts.info
        for finding in result.findings:
            self.by_rule[finding.rule] = self.by_rule.get(finding.rule, 0) + 1

    @property
    def summary(self) -> Summary:
        return Summary(
            leaflets=self.leaflets,
            passed=self.leaflets - self.errors - self.failed,
            failed=self.failed,
            errors=self.errors,
            findings=self.findings.model_copy(),
            by_rule=dict(sorted(self.by_rule.items(), key=lambda item: (-item[1], item[0]))),
        )


def summarise(leaflets: list[LeafletResult], fail_on: FailOn) -> Summary:
    tally = Tally(fail_on)
    for leaflet in leaflets:
        tally.add(leaflet)
    return tally.summary
