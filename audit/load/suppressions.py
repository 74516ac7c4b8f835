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
from collections.abc import Iterator

from audit.model import Suppression

_DIRECTIVE = re.compile(r"\s*leaflet-audit:\s*(disable|enable)\s*(?:=(.*))?", re.IGNORECASE | re.DOTALL)
_RULES = re.compile(r"[\w.*,\s-]*")
ALL = "*"


def _comments(text: str) -> Iterator[tuple[int, str]]:
    """Each HTML comment's start and inside, found with plain searches: linear however the text is made.

    A regular expression over the whole comment backtracked on an unclosed one
    (a few thousand spaces took most of a minute). A comment that never closes ends the search.
    """
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, text[start + 4 : end]
        start = text.find("<!--", end + 3)


def malformed_directives(text: str) -> Iterator[tuple[int, str]]:
    """Each comment that speaks to this tool but says nothing it reads ("leaflet-audit: disable-next-line spelling",
    "leaflet-audit disable=spelling"), with its line and words: it silences nothing, which its writer must hear."""
    line, counted_to = 1, 0
    for start, inside in _comments(text):
        said = inside.strip()
        if not _ADDRESSED.match(said):
            continue
        directive = _DIRECTIVE.fullmatch(inside)
        if directive is not None and _RULES.fullmatch(directive.group(2) or ""):
            continue
        line += text.count("\n", counted_to, start)
        counted_to = start
        yield line, " ".join(said.split())[:_SHOWN]


_ADDRESSED = re.compile(r"leaflet[-_]audit\b", re.IGNORECASE)  # the tool's name, not an editor's "Leaflet audit: ..."
_SHOWN = 80


def find_suppressions(text: str) -> tuple[Suppression, ...]:
    open_regions: dict[str, int] = {}
    regions: list[Suppression] = []
    line, counted_to = 1, 0  # lines counted as the comments come, never from the start again
    for start, inside in _comments(text):
        directive = _DIRECTIVE.fullmatch(inside)
        if directive is None or not _RULES.fullmatch(directive.group(2) or ""):
            continue
        line += text.count("\n", counted_to, start)
        counted_to = start
        rules = [r.strip() for r in (directive.group(2) or ALL).split(",") if r.strip()]  # "disable=" alone: none
        for rule in rules:
            if directive.group(1).lower() == "disable":
                open_regions.setdefault(rule, line)
            elif rule in open_regions:
                regions.append(Suppression(rule, open_regions.pop(rule), line))
    last_line = text.count("\n") + 1
    regions += [Suppression(rule, start, last_line) for rule, start in open_regions.items()]
    return tuple(regions)
