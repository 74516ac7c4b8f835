"""Which findings the leaflet's own suppression comments silence, asked in logarithmic time.

A leaflet may hold thousands of suppression comments and thousands of
findings; testing every finding against every comment grew with their
product. The regions are merged per rule name (an id, a family, or '*') into
sorted, disjoint line ranges once, and each finding is one binary search per
name that could cover it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from audit.load.suppressions import ALL
from audit.model import Suppression


class Silenced:
    """The suppression regions of one leaflet, by the rule name each names."""

    def __init__(self, suppressions: Iterable[Suppression]) -> None:
        ranges: dict[str, list[tuple[int, int]]] = {}
        for region in suppressions:
            ranges.setdefault(region.rule.removesuffix(".*"), []).append((region.start_line, region.end_line))
        self._starts: dict[str, list[int]] = {}
        self._ends: dict[str, list[int]] = {}
        for name, spans in ranges.items():
            starts, ends = self._starts.setdefault(name, []), self._ends.setdefault(name, [])
            for start, end in sorted(spans):
                if starts and start <= ends[-1] + 1:
                    ends[-1] = max(ends[-1], end)
                else:
                    starts.append(start)
                    ends.append(end)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def covers(self, rule_id: str, line: int) -> bool:
        """Whether a comment silences ``rule_id`` at ``line``: by '*', its family ("spelling") or its id."""
        parts = rule_id.split(".")
        names = [ALL, *(".".join(parts[: count + 1]) for count in range(len(parts)))]
        for name in names:
            starts = self._starts.get(name)
            if starts:
                at = bisect.bisect_right(starts, line) - 1
                if at >= 0 and line <= self._ends[name][at]:
                    return True
        return False
