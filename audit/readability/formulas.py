"""Counts of prose and the readability formulas over them, with textstat's definitions.

Each formula is the one textstat 0.7 computes (its source is the reference, and
tests compare against it on text where the counts agree). Deliberate
differences, all in what is counted rather than in the formulas:

* sentences are ours (``sentences.py``): no "sentence" is dropped for being
  short, and bullets and headings are never glued to the next sentence;
* a hyphenated word is one word whose syllables are its parts' ("follow-up":
  one word, two syllables); textstat strips the hyphen and guesses "followup";
* ARI counts letters and digits per word, as the formula's authors defined
  characters; textstat counts punctuation too.
"""

from __future__ import annotations

import importlib.util
import statistics
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from audit.model import WORD
from audit.readability.syllables import syllables

POLYSYLLABLE = 3  # SMOG's and Gunning Fog's "complex" words have three syllables or more


@cache
def easy_words() -> frozenset[str]:
    """The Dale-Chall list of words familiar to most 4th-grade readers, as textstat ships it.

    Read from textstat's installed files without importing textstat, which
    would import NLTK.
    """
    spec = importlib.util.find_spec("textstat")
    assert spec is not None and spec.submodule_search_locations, "textstat is a dependency"
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "en" / "easy_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@dataclass(slots=True)
class Counts:
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0
    letters: int = 0
    complex_words: int = 0  # Gunning Fog: 3+ syllables and not on the easy list
    unfamiliar_words: int = 0  # Dale-Chall: not on the easy list

    def add(self, other: Counts) -> None:
        self.words += other.words
        self.sentences += other.sentences
        self.syllables += other.syllables
        self.polysyllables += other.polysyllables
        self.letters += other.letters
        self.complex_words += other.complex_words
        self.unfamiliar_words += other.unfamiliar_words


@cache
def _word_facts(word: str) -> tuple[int, int, int, int, int]:
    """A word as written: its syllables, letters, and 1 or 0 for unfamiliar, polysyllabic, complex.

    Kept per word as written, so a sentence costs a lookup and five sums a word.
    """
    lower = word.lower().replace("’", "'")
    syllable_count = syllables(lower)
    unfamiliar = lower not in easy_words()
    polysyllable = syllable_count >= POLYSYLLABLE
    letters = len(word) - word.count("'") - word.count("’") - word.count("-")  # WORD's only non-letters
    return syllable_count, letters, int(unfamiliar), int(polysyllable), int(polysyllable and unfamiliar)


def count_sentence(text: str) -> Counts:
    """Counts for one sentence's text: each word's facts looked up, then summed column by column."""
    facts = list(map(_word_facts, WORD.findall(text)))
    if not facts:
        return Counts()
    syllable_total, letter_total, unfamiliar_total, polysyllable_total, complex_total = map(sum, zip(*facts))
    return Counts(
        len(facts), 1, syllable_total, polysyllable_total, letter_total, complex_total, unfamiliar_total
    )


@dataclass(frozen=True, slots=True)
class Scores:
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    smog: float
    gunning_fog: float
    coleman_liau: float
    ari: float
    dale_chall: float

    @property
    def grades(self) -> dict[str, float]:
        """The formulas that give a school grade, by their short names."""
        return {
            "FKGL": self.flesch_kincaid_grade,
            "SMOG": self.smog,
            "Fog": self.gunning_fog,
            "Coleman-Liau": self.coleman_liau,
            "ARI": self.ari,
        }

    @property
    def consensus(self) -> float:
        """The median of the grade formulas: robust to the one that medical vocabulary throws off."""
        return statistics.median(self.grades.values())

    @property
    def spread(self) -> float:
        return max(self.grades.values()) - min(self.grades.values())


def scores(counts: Counts) -> Scores | None:
    """All formulas for the counts; ``None`` for text without a sentence."""
    if not counts.words or not counts.sentences:
        return None
    words, sentences = counts.words, counts.sentences
    per_sentence = words / sentences
    per_word = counts.syllables / words
    unfamiliar_share = 100 * counts.unfamiliar_words / words
    dale_chall = 0.1579 * unfamiliar_share + 0.0496 * per_sentence + (3.6365 if unfamiliar_share > 5 else 0.0)
    return Scores(
        flesch_reading_ease=206.835 - 1.015 * per_sentence - 84.6 * per_word,
        flesch_kincaid_grade=0.39 * per_sentence + 11.8 * per_word - 15.59,
        smog=1.043 * (30 * counts.polysyllables / sentences) ** 0.5 + 3.1291,
        gunning_fog=0.4 * (per_sentence + 100 * counts.complex_words / words),
        coleman_liau=0.058 * (100 * counts.letters / words) - 0.296 * (100 * sentences / words) - 15.8,
        ari=4.71 * (counts.letters / words) + 0.5 * per_sentence - 21.43,
        dale_chall=dale_chall,
    )
