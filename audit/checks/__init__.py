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

from audit.model import Leaflet, Span
from audit.report import Finding, Severity
from audit.schema import LeafletSchema
from audit.structure import MatchedSection

FAMILIES = ("audit.checks.sections",)


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a check may read about one leaflet."""

    leaflet: Leaflet
    schema: LeafletSchema
    sections: tuple[MatchedSection, ...]

    def covered(self) -> set[str]:
        return {section_id for matched in self.sections for section_id in matched.ids}


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check found: the message, where, and what to do about it."""

    message: str
    span: Span
    text: str = ""
    suggestions: tuple[str, ...] = ()
    section: str | None = None


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
    """Every rule, by id, in id order."""
    for family in FAMILIES:
        importlib.import_module(family)
    return dict(sorted(_REGISTRY.items()))


def run_checks(context: CheckContext, rules: Iterable[Rule] | None = None) -> list[Finding]:
    selected = list(all_rules().values()) if rules is None else list(rules)
    findings = [_finding(r, hit) for r in selected for hit in r.check(context)]
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def _finding(rule_: Rule, hit: Hit) -> Finding:
    return Finding(
        rule=rule_.id,
        severity=rule_.severity,
        message=hit.message,
        line=hit.span.line,
        column=hit.span.column,
        end_line=hit.span.end_line,
        end_column=hit.span.end_column,
        text=hit.text,
        suggestions=list(hit.suggestions),
        section=hit.section,
    )
