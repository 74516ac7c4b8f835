"""Rule names as people write them (an id, a family, ``family.*``), checked against the rules that exist.

A mistyped name must not pass in silence: ``--select spelling.runon`` once ran
nothing and reported every leaflet passed. Each name that names no rule is
reported with the nearest real one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def known_names(rule_ids: Iterable[str]) -> set[str]:
    """Every name that selects something: each id and each family ("spelling" of "spelling.unknown")."""
    names: set[str] = set()
    for rule_id in rule_ids:
        parts = rule_id.split(".")
        names.update(".".join(parts[: count + 1]) for count in range(len(parts)))
    return names


def unknown(names: Iterable[str], rule_ids: Iterable[str]) -> list[str]:
    """A one-line complaint for each name that names no rule: "'spelling.runon' (did you mean 'spelling.run-on'?)"."""
    known = known_names(rule_ids)
    complaints = []
    for name in names:
        if name.removesuffix(".*") in known:
            continue
        nearest = difflib.get_close_matches(name.removesuffix(".*"), sorted(known), n=1, cutoff=0.6)
        hint = f" (did you mean '{nearest[0]}'?)" if nearest else f" (rules: {', '.join(sorted(known))})"
        complaints.append(f"'{name}'{hint}")
    return complaints
