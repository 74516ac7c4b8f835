"""Syllables of English words: the CMU Pronouncing Dictionary, with Pyphen for words it lacks.

``data/syllables.marisa`` (built by ``tools/build_syllables.py``; CMUdict's
licence in ``data/CMUDICT-LICENSE``) holds a count for every word CMUdict has
(the vowel phones of its first pronunciation, the ones marked with a stress
digit) and for every other word the lexicon knows, hyphenated by Pyphen as
textstat does. It loads in a millisecond, so Pyphen's hyphenator (a tenth of a
second to build) is made only for a word in neither that has a letter: a typo, a new drug name.
Hyphenated compounds count as the sum of their parts.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import marisa_trie

COUNT_RECORD = "<B"


@cache
def _table() -> marisa_trie.RecordTrie:
    packed = resources.files("audit.readability").joinpath("data", "syllables.marisa").read_bytes()
    return marisa_trie.RecordTrie(COUNT_RECORD).frombytes(packed)


@cache
def _hyphenator():  # -> pyphen.Pyphen, imported only when a word needs it
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def hyphenated_syllables(lower: str) -> int:
    """Syllables as Pyphen's hyphenation points tell them: one more than the points."""
    return len(_hyphenator().positions(lower)) + 1


@cache
def syllables(word: str) -> int:
    """Syllables in one word (any case; straight or curly apostrophe; hyphens split it)."""
    word = word.lower().replace("’", "'")
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    counted = _table().get(word)
    if counted is not None:
        return max(counted[0][0], 1)
    if not any(character.isalpha() for character in word):
        return 1  # "2026", "0.5": every hyphenation pattern holds a letter, so Pyphen finds no point
    return hyphenated_syllables(word)
