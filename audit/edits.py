"""Every string one edit from a word (Norvig's edits1): the speller's and the morphology's shared ground."""

from __future__ import annotations

import string

_ALPHABET = string.ascii_lowercase


def edits_by_kind(word: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Every string one edit away: letters deleted, replaced, transposed, inserted."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in cuts if b]
    replaces = [a + c + b[1:] for a, b in cuts if b for c in _ALPHABET]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1]
    inserts = [a + c + b for a, b in cuts for c in _ALPHABET]
    return deletes, replaces, transposes, inserts


def edits1(word: str) -> set[str]:
    return set().union(*edits_by_kind(word))
