"""The check interface: a rule is an id, a default severity, a docstring and a function.

A rule's function takes a :class:`CheckContext` and yields :class:`Hit`s: where
and what, nothing more. The runner adds the rule id and severity, so a check
never repeats its own metadata and configuration (severity overrides, rule
selection) is applied in one place. A new family of rules is a new module in
this package that decorates its functions with :func:`rule` and is listed in
``FAMILIES``; nothing else changes.

Each docstring is the rule's documentation, in the shape ruff uses: a summary
line, then *What it does*, *Why is this bad?*, *Example* and *Use instead*.
``leaflet-audit rules`` prints it.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from audit.config import Settings
from audit.model import Block, Leaflet, Span
from audit.report import Finding, Fix, Severity
from audit.schema import LeafletSchema
from audit.silenced import Silenced
from audit.structure import MatchedSection

FAMILIES = (
    "audit.checks.sections",
    "audit.checks.spelling",
    "audit.checks.readability",
    "audit.checks.literacy",
    "audit.checks.grammar",
    "audit.checks.suppressions",
)


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a check may read about one leaflet."""

    leaflet: Leaflet
    schema: LeafletSchema
    sections: tuple[MatchedSection, ...]
    settings: Settings = field(default_factory=Settings)
    memo: dict[str, object] = field(default_factory=dict, compare=False)
    """Work shared by the rules of one family (one spelling pass serves three rules)."""

    def covered(self) -> set[str]:
        return {section_id for matched in self.sections for section_id in matched.ids}

    def blocks(self) -> list[tuple[Block, str | None]]:
        """Every block of prose, headings included, with the required section it belongs to."""
        found: list[tuple[Block, str | None]] = []
        if self.leaflet.title_block is not None:
            found.append((self.leaflet.title_block, None))
        for matched in self.sections:
            section_id = matched.ids[0] if matched.ids else None
            for part in matched.parts:
                if part.heading is not None:
                    found.append((part.heading.block, section_id))
                found.extend((block, section_id) for block in part.blocks)
        return found


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check found: the message, where, and what to do about it."""

    message: str
    span: Span
    text: str = ""
    suggestions: tuple[str, ...] = ()
    section: str | None = None
    fix: Fix | None = None


CheckFunction = Callable[[CheckContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    check: CheckFunction = field(repr=False)

    @property
    def documentation(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.documentation.split("\n", 1)[0]


_REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under a stable rule id."""

    def register(check: CheckFunction) -> CheckFunction:
        if rule_id in _REGISTRY:
            raise ValueError(f"rule id {rule_id!r} is registered twice")
        if not (check.__doc__ or "").strip():
            raise ValueError(f"rule {rule_id!r} has no docstring: its docstring is its documentation")
        _REGISTRY[rule_id] = Rule(rule_id, severity, check)
        return check

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, by id, in id order.

    Asked for three times a leaflet, so the ordered registry is kept and rebuilt only when a rule has been
    registered since (importing the families and sorting each time cost a quarter of a millisecond a call).
    """
    if len(_IN_ORDER) != len(_REGISTRY) or not _IN_ORDER:
        for family in FAMILIES:
            importlib.import_module(family)
        _IN_ORDER.clear()
        _IN_ORDER.update(sorted(_REGISTRY.items()))
    return dict(_IN_ORDER)


_IN_ORDER: dict[str, Rule] = {}


def run_checks(context: CheckContext, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """Run the rules the settings select, with their configured severities, minus suppressed findings."""
    settings = context.settings
    selected = [r for r in (all_rules().values() if rules is None else rules) if settings.runs(r.id)]
    silenced = Silenced(context.leaflet.suppressions)
    findings = [
        _finding(r, hit, settings.severity_of(r.id, r.severity))
        for r in selected
        for hit in r.check(context)
        if not (silenced and silenced.covers(r.id, hit.span.line))
    ]
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def _finding(rule_: Rule, hit: Hit, severity: Severity) -> Finding:
    return Finding(
        rule=rule_.id,
        severity=severity,
        message=hit.message,
        line=hit.span.line,
        column=hit.span.column,
        end_line=hit.span.end_line,
        end_column=hit.span.end_column,
        text=hit.text,
        suggestions=list(hit.suggestions),
        section=hit.section,
        fix=hit.fix,
    )
