"""Rules on the leaflet's own suppression comments."""

from __future__ import annotations

from collections.abc import Iterator

from audit.checks import CheckContext, Hit, all_rules, rule
from audit.load.suppressions import ALL
from audit.model import Span
from audit.report import Severity
from audit.rulenames import unknown


@rule("suppressions.unknown-rule", Severity.warning)
def unknown_rule(context: CheckContext) -> Iterator[Hit]:
    """A suppression comment names a rule that does not exist.

    ## What it does
    Reports each `<!-- leaflet-audit: disable=... -->` comment that names no
    rule id or family, with the nearest real name.

    ## Why is this bad?
    A mistyped name silences nothing, so the findings it was meant to silence
    still appear, or, worse, the author believes a rule is off that is on.

    ## Example
    `<!-- leaflet-audit: disable=spelling.unknwon -->`

    ## Use instead
    `<!-- leaflet-audit: disable=spelling.unknown -->`
    """
    rule_ids = list(all_rules())
    for region in context.leaflet.suppressions:
        if region.rule == ALL:
            continue
        for complaint in unknown([region.rule], rule_ids):
            yield Hit(
                f"The suppression comment names no rule: {complaint}; it silences nothing.",
                Span(region.start_line, 1, region.start_line, 1),
                region.rule,
            )
