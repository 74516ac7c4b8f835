"""Inline suppression comments in Markdown and HTML leaflets.

    <!-- leaflet-audit: disable=spelling.unknown -->   (or several, comma-separated; or a family)
    ...
    <!-- leaflet-audit: enable=spelling.unknown -->

``disable`` with no rules silences every rule. A region runs from the comment's
line to the matching ``enable`` (or the end of the file). Plain text has no
comments; it uses an accept list instead.
"""

from __future__ import annotations

import re

from audit.model import Suppression

_DIRECTIVE = re.compile(r"<!--\s*leaflet-audit:\s*(disable|enable)\s*(?:=\s*([\w.*,\s-]+?))?\s*-->", re.IGNORECASE)
ALL = "*"


def find_suppressions(text: str) -> tuple[Suppression, ...]:
    open_regions: dict[str, int] = {}
    regions: list[Suppression] = []
    for match in _DIRECTIVE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        rules = [r.strip() for r in (match.group(2) or ALL).split(",") if r.strip()]
        for rule in rules:
            if match.group(1).lower() == "disable":
                open_regions.setdefault(rule, line)
            elif rule in open_regions:
                regions.append(Suppression(rule, open_regions.pop(rule), line))
    last_line = text.count("\n") + 1
    regions += [Suppression(rule, start, last_line) for rule, start in open_regions.items()]
    return tuple(regions)
