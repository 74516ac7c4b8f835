"""Rules on the leaflet's own suppression comments."""

from __future__ import annotations

from collections.abc import Iterator

from audit.checks import CheckContext, Hit, all_rules, rule
from audit.load.suppressions import ALL, malformed_directives
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


@rule("suppressions.malformed", Severity.warning)
def malformed(context: CheckContext) -> Iterator[Hit]:
    """A comment addressed to leaflet-audit that is not a suppression it reads.

    ## What it does
    Reports each HTML comment in a Markdown or HTML leaflet that opens with
    "leaflet-audit" but is not `leaflet-audit: disable=RULES` or
    `leaflet-audit: enable=RULES` (a missing colon, another tool's
    `disable-next-line`, `ignore=`), at its line.

    ## Why is this bad?
    It silences nothing, so the author believes a rule is off that is on, and
    the findings it was meant to silence appear with no word of why.

    ## Example
    `<!-- leaflet-audit: disable-next-line spelling -->`

    ## Use instead
    `<!-- leaflet-audit: disable=spelling -->` before the text and
    `<!-- leaflet-audit: enable=spelling -->` after it.
    """
    if context.leaflet.format not in ("markdown", "html"):
        return
    for line, said in malformed_directives(context.leaflet.source):
        yield Hit(
            f"'{said}' is not a suppression leaflet-audit reads ('leaflet-audit: disable=RULES' ... "
            "'leaflet-audit: enable=RULES'); it silences nothing.",
            Span(line, 1, line, 1),
            said,
        )
