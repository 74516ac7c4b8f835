"""Syllables of English words: the CMU Pronouncing Dictionary, with Pyphen for words it lacks.

``data/syllables.marisa`` (built by ``tools/build_syllables.py``; CMUdict's
licence in ``data/CMUDICT-LICENSE``) holds a count for every word CMUdict has
(the vowel phones of its first pronunciation, the ones marked with a stress
digit) and for every other word the lexicon knows, hyphenated by Pyphen as
textstat does. It loads in a millisecond. A word in neither that has a letter (a
typo, a new drug name) is hyphenated by Pyphen at run time, with its en_US
patterns read from ``data/hyphenation-en-us.json`` (Pyphen's own parse of its
``hyph_en_US.dic``, written by the same tool; BSD-style licence in
``data/HYPHENATION-LICENSE``): reading them costs 0.03 s where parsing the ``.dic`` took
0.18 s, a seventh of a one-file run, as nearly every real leaflet has such a word.
Hyphenated compounds count as the sum of their parts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources

import marisa_trie

COUNT_RECORD = "<B"
HYPHENATION = "hyphenation-en-us.json"
PATTERN_CODE = 48
"""A pattern's start offset and digits are stored as characters from "0" up: one short ASCII string each."""
_DECODE = bytes.maketrans(bytes(range(PATTERN_CODE, 128)), bytes(range(128 - PATTERN_CODE)))
LEFT = RIGHT = 2
"""Pyphen's defaults (textstat's too): no hyphenation point within two letters of either end."""


@cache
def _table() -> marisa_trie.RecordTrie:
    packed = resources.files("audit.readability").joinpath("data", "syllables.marisa").read_bytes()
    return marisa_trie.RecordTrie(COUNT_RECORD).frombytes(packed)


def encoded_patterns(patterns: dict[str, tuple[int, Sequence[int]]]) -> dict[str, str]:
    """Pyphen's parsed patterns (start offset, digits) as the data file stores them."""
    return {key: "".join(chr(PATTERN_CODE + n) for n in (start, *values)) for key, (start, values) in patterns.items()}


@cache
def _hyphenation():  # -> pyphen.HyphDict, imported only when a word needs it
    """Pyphen's hyphenation dictionary, its patterns read from the shipped table instead of parsed."""
    import pyphen

    stored = json.loads(resources.files("audit.readability").joinpath("data", HYPHENATION).read_text("utf-8"))
    patterns = {key: (code[0], code[1:]) for key, code in
                ((key, code.encode("ascii").translate(_DECODE)) for key, code in stored.items())}
    hyphenation = pyphen.HyphDict.__new__(pyphen.HyphDict)  # as HyphDict.__init__ leaves it, without the parse
    hyphenation.patterns, hyphenation.cache, hyphenation.maxlen = patterns, {}, max(map(len, patterns))
    return hyphenation


def hyphenated_syllables(lower: str) -> int:
    """Syllables as Pyphen's hyphenation points tell them: one more than the points Pyphen keeps."""
    right = len(lower) - RIGHT
    return sum(1 for point in _hyphenation().positions(lower) if LEFT <= point <= right) + 1


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
