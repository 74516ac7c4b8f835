"""Every string one edit from a word (Norvig's edits1), and whether two such edits join two words.

The speller's and the morphology's shared ground.
"""

from __future__ import annotations

import string

_ALPHABET = string.ascii_lowercase
_TYPED = frozenset(_ALPHABET)  # what edits1 inserts or puts in place of a letter


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


def two_edits_apart(word: str, other: str) -> bool:
    """Whether two edits1 steps (letters a to z inserted or put in place) turn ``word`` into ``other``.

    Optimal string alignment with that alphabet, plus what it cannot see
    (:func:`alignment_misses`).
    """
    return _alignment_cost(word, other) <= 2 or other in alignment_misses(word)


def _alignment_cost(word: str, other: str) -> int:
    far = len(word) + len(other) + 1
    rows = [list(range(len(word) + 1))]
    for k, letter in enumerate(other, start=1):
        typed = letter in _TYPED
        row = [rows[-1][0] + (1 if typed else far)]
        for j in range(1, len(word) + 1):
            cost = min(
                rows[-1][j] + (1 if typed else far),  # letter inserted
                row[j - 1] + 1,  # word[j - 1] deleted
                rows[-1][j - 1] + (0 if word[j - 1] == letter else 1 if typed else far),  # kept or replaced
            )
            if k > 1 and j > 1 and letter == word[j - 2] and other[k - 2] == word[j - 1]:
                cost = min(cost, rows[-2][j - 2] + 1)  # two letters swapped
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def alignment_misses(word: str) -> set[str]:
    """What two edits make that optimal string alignment (letters a to z put in) counts as more than two.

    A swap with a letter put or taken between ("xy" to "yZx", "xZy" to "yx"),
    and a character carried two places by two swaps ("o'neill" to "one'ill"),
    which alignment could only do by putting in a character edits1 never puts in.
    """
    swapped_then_inserted = {
        word[:i] + word[i + 1] + letter + word[i] + word[i + 2 :] for i in range(len(word) - 1) for letter in _ALPHABET
    }
    deleted_then_swapped = {word[:i] + word[i + 2] + word[i] + word[i + 3 :] for i in range(len(word) - 2)}
    carried = {
        moved
        for i in range(len(word) - 2)
        for moved in (word[:i] + word[i + 1 : i + 3] + word[i] + word[i + 3 :],
                      word[:i] + word[i + 2] + word[i : i + 2] + word[i + 3 :])
    }
    return swapped_then_inserted | deleted_then_swapped | carried
