"""Deciding what an unknown word is: words run together, or a typo, and what it should be.

Run-together words (``tumoursfrom``) are the slip scraping and editing leave
most, and general spell checkers miss them or suggest ``tumour sfrom``. A word
the lexicon does not know is tried as every split into two known words (three
when two will not do). Each part must be a common word (Zipf 2 or more) and, if
shorter than three letters, a function word ("a", "of", "to" ...), so "tumour
sfrom" never qualifies. Splits are ranked by the parts' summed Zipf frequency.

A typo can look like a join ("forthe" is "for the", but "thew" is not "the w"),
so a split is believed only when no word one edit away is at least as common as
the split's rarest part; otherwise the word is a typo. And a word built from
combining forms can look like one too ("gastrorenal" is not "gastro renal"):
such words are recognised first (:mod:`audit.morphology`), and a split needs
evidence that people write its parts together (a function word or a common word
among them).

Typo suggestions: codespell's list of real-world misspellings first, then the
known words one edit away, then two (Norvig's method), ranked by frequency with
a bonus for the edits typists make most (a dropped or swapped letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from audit.edits import alignment_misses, edits1, edits_by_kind, two_edits_apart
from audit.lexicon import Lexicon

MIN_PART_ZIPF = 2.0
SHORT_PART_ZIPF = 3.4  # 'dye' (3.8) and 'rib' (3.6) pass; 'png', 'ros' and 'tam' (3.3) do not
LONG_PART = 7
MAX_SUGGESTIONS = 5
MAX_WORD = 40  # "pneumonoultramicroscopicsilicovolcanoconiosis" is 45; run-ons of two words are shorter
CLEAR_LEAD = 1.0
DROPPED_OR_SWAPPED = 1.0  # Zipf points a typo suggestion gains when it undoes the commonest slips
REPLACED = 0.5  # Zipf points a suggestion gains when it undoes one replaced letter
SLIP_TARGET_ZIPF = 2.5  # 'radiologist' 2.6, 'wednesday' 4.6; names such as 'haggerty' (2.5) fall below
EVIDENT_PART_ZIPF = 3.5  # a split with a part this common ("tumours from", "fibroids shrink") is a phrase people write
SAFE_PART_ZIPF = 3.5  # a split is safe to apply unasked when its rarest part is at least this common
FUNCTION_WORDS = frozenset(
    ["a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on",
     "or", "so", "to", "up", "us", "we", "am", "i", "ok"]
)
_CONTRACTION_ENDINGS = ("s", "t", "ll", "re", "ve", "d", "m")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an unknown word is: a run-on with its splits, or a typo with suggestions (best first)."""

    run_on: bool
    suggestions: tuple[str, ...]
    safe: bool  # one clear best split: the fix may be applied without asking
    nearest_zipf: float = 0.0  # how common the commonest known word one edit away is (0: none)

    @property
    def slip_of_common_word(self) -> bool:
        """One edit from a word in common use: a capitalised word like this is a slip, not a name."""
        return self.nearest_zipf >= SLIP_TARGET_ZIPF


def knows_form(lexicon: Lexicon, lower: str) -> bool:
    """Known as is, or as a possessive or contraction of a known word (straight or curly apostrophe)."""
    if lexicon.knows(lower):
        return True
    base, apostrophe, ending = lower.rpartition("'")
    if not apostrophe:
        return False
    if ending in _CONTRACTION_ENDINGS and lexicon.knows(base):
        return True
    return ending == "t" and base.endswith("n") and lexicon.knows(base[:-1])


def _part_ok(lexicon: Lexicon, part: str) -> bool:
    """A part of a split must be a word people use: a function word, a common short word, or a known long one.

    Short parts need to be common (Zipf 3.4: "obl" and "ation" are in dictionaries,
    but nobody writes them); long parts only known, since medical words are rare
    in general text ("fluoroscopy" has Zipf 1.95).
    """
    if part in FUNCTION_WORDS:
        return True
    if len(part) < 3 or not lexicon.knows(part):
        return False
    if len(part) <= 4:
        return lexicon.zipf(part) >= SHORT_PART_ZIPF
    return len(part) >= LONG_PART or lexicon.zipf(part) >= MIN_PART_ZIPF


def _two_splits(lexicon: Lexicon, lower: str) -> list[tuple[tuple[str, ...], float]]:
    found: list[tuple[tuple[str, ...], float]] = []
    for cut in range(1, len(lower)):
        left, right = lower[:cut], lower[cut:]
        if _part_ok(lexicon, left) and _part_ok(lexicon, right):
            found.append(((left, right), lexicon.zipf(left) + lexicon.zipf(right)))
    return found


def splits(lexicon: Lexicon, lower: str) -> list[tuple[tuple[str, ...], float]]:
    """Every way ``lower`` is two (else three) common words run together, best first."""
    found = _two_splits(lexicon, lower)
    if not found and len(lower) >= 7:
        for cut in range(1, len(lower) - 1):
            left = lower[:cut]
            if _part_ok(lexicon, left) and len(left) > 1:
                found += [
                    ((left, *rest), lexicon.zipf(left) + score)
                    for rest, score in _two_splits(lexicon, lower[cut:])
                    if all(len(part) > 1 for part in rest)  # "cod a mol" is no reading of "codamol"
                ]
    return sorted(found, key=lambda item: -item[1])


class _CodespellList:
    """codespell's list of common misspellings (``wrong->right, other``), read as a run needs it.

    Parsing all of its 65,000 lines takes a sixth of a second, which a run
    with one unknown word should not pay: the first lookups search the text
    for the one line (half a millisecond each), and only a run that keeps
    asking parses the whole list once.
    """

    PARSE_AFTER = 200  # lookups: about where the searches have cost what one parse does

    def __init__(self, source: str) -> None:
        self._source = "\n" + source
        self._lookups = 0
        self._table: dict[str, tuple[str, ...]] | None = None

    def get(self, word: str) -> tuple[str, ...]:
        if self._table is None:
            self._lookups += 1
            if self._lookups <= self.PARSE_AFTER:
                at = self._source.find(f"\n{word}->")
                if at < 0:
                    return ()
                end = self._source.find("\n", at + 1)
                return _corrections(self._source[at + len(word) + 3 : None if end < 0 else end])
            self._table = {}
            for line in self._source.splitlines():
                wrong, _, right = line.partition("->")
                if corrections := _corrections(right):
                    self._table[wrong] = corrections
        return self._table.get(word, ())


def _corrections(listed: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in listed.split(",") if c.strip())


@cache
def _misspellings() -> _CodespellList:
    """codespell's list, if codespell is installed (an empty one otherwise)."""
    try:
        source = resources.files("codespell_lib").joinpath("data", "dictionary.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        source = ""
    return _CodespellList(source)


def _undoing_edits(word: str) -> dict[str, float]:
    """Words one edit from ``word``, each with how likely that edit is as a typist's slip (in Zipf points).

    Putting back a dropped letter or undoing two swapped letters explains the
    commonest slips, so such candidates count as ten times more frequent (one
    Zipf point); replacing a letter, three times (half a point); deleting a
    letter the typist doubled or added, as they are.
    """
    deletes, replaces, transposes, inserts = edits_by_kind(word)
    likelihood = dict.fromkeys(deletes, 0.0)  # later kinds overwrite: each candidate keeps its likeliest edit
    likelihood.update(dict.fromkeys(replaces, REPLACED))
    likelihood.update(dict.fromkeys(transposes + inserts, DROPPED_OR_SWAPPED))
    likelihood.pop(word, None)
    return likelihood


def typo_suggestions(lexicon: Lexicon, lower: str) -> list[str]:
    ranked: list[str] = [c for c in _misspellings().get(lower) if knows_form(lexicon, c.lower())]
    undoing = _undoing_edits(lower)
    known = lexicon.known_or_named(undoing)
    near = {c: bonus for c, bonus in undoing.items() if c in known}
    if near:
        ranked += sorted(near, key=lambda c: (-(lexicon.zipf(c) + near[c]), c))
    elif 3 <= len(lower) <= 12:
        farther = _two_edits_away(lexicon, lower)
        ranked += sorted(farther, key=lambda c: (-lexicon.zipf(c), c))
    return list(dict.fromkeys(ranked))[:MAX_SUGGESTIONS]


def _two_edits_away(lexicon: Lexicon, lower: str) -> set[str]:
    """Words people write (a known frequency) that two typing slips from ``lower`` would give.

    A word nobody writes is no likely intended word, so the dictionary's rare
    forms are not offered at this distance. RapidFuzz's bit-parallel alignment
    (C++, optimal string alignment) finds the close ones among words of a near
    length in milliseconds, where making every string two edits away took a
    third of a second a word; each is then confirmed by exactly the edits
    :func:`audit.edits.edits1` makes, and the few two-edit strings alignment
    counts as more (:func:`audit.edits.alignment_misses`) are looked up directly.
    """
    from rapidfuzz import process  # imported only when a word needs suggestions this far
    from rapidfuzz.distance import OSA

    found = {near for near in alignment_misses(lower) if lexicon.zipf(near) > 0}
    for length in range(len(lower) - 2, len(lower) + 3):
        close = process.extract(lower, lexicon.common_of_length(length), scorer=OSA.distance, score_cutoff=2, limit=None)
        found.update(word for word, _, _ in close if two_edits_apart(lower, word))
    return found


def _evident(lexicon: Lexicon, parts: tuple[str, ...]) -> bool:
    """Whether a split reads as words people write together, not as one built word cut in two.

    Compounds of combining forms are recognised before this (see
    :mod:`audit.morphology`); what remains is believed when a part is a
    function word or common ("tumours from"), every part is fairly common
    ("blood test"), or every part is a long word ("hepatocellular carcinoma").
    """
    return (
        _evident_part(lexicon, parts)
        or min(lexicon.zipf(part) for part in parts) >= MIN_PART_ZIPF + 1
        or all(len(part) >= LONG_PART for part in parts)
    )


def _evident_part(lexicon: Lexicon, parts: tuple[str, ...]) -> bool:
    return any(part in FUNCTION_WORDS or lexicon.zipf(part) >= EVIDENT_PART_ZIPF for part in parts)


def judge(lexicon: Lexicon, lower: str) -> Verdict:
    """Run-on or typo, and what to write instead.

    A word codespell lists as a common misspelling of one word is a typo ("carefull"); otherwise a split into
    words people write wins over a word one edit away only when that word, weighted by how likely its slip is
    (a dropped letter more than a doubled one), is rarer than the split's rarest part ("tumoursfrom", but not
    "painles", a dropped "s" from "painless", against "pain les").

    Words longer than MAX_WORD are not words a person typed (a URL fragment, a
    pasted hash, a hostile input): they are reported without suggestions, since
    splitting and editing them costs time and memory that grows with their length.
    """
    if len(lower) > MAX_WORD:
        return Verdict(False, (), False)
    near = lexicon.known_or_named(edits1(lower))
    nearest = max((lexicon.zipf(c) for c in near), default=0.0)
    listed = _misspellings().get(lower)
    if listed and not any(" " in correction for correction in listed):
        return Verdict(False, tuple(typo_suggestions(lexicon, lower)), False, nearest)  # "carefull", not "care full"
    candidates = [(parts, score) for parts, score in splits(lexicon, lower) if _evident(lexicon, parts)]
    if candidates:
        best = candidates[0][0]
        rarest_part = min(lexicon.zipf(part) for part in best)
        undoing = _undoing_edits(lower) if near else {}
        # a word one likely slip away ("painles": a dropped "s") against the rarest part of the split ("les")
        if max((lexicon.zipf(c) + undoing.get(c, 0.0) for c in near), default=0.0) < rarest_part:
            clear = len(candidates) == 1 or candidates[0][1] - candidates[1][1] >= CLEAR_LEAD
            # Safe to apply unasked only when nothing else could be meant: two words, no word one edit
            # away, and a part common enough that the phrase is certain.
            common = _evident_part(lexicon, best) or rarest_part >= SAFE_PART_ZIPF
            safe = clear and len(best) == 2 and not near and common
            suggestions = tuple(" ".join(parts) for parts, _ in candidates[:MAX_SUGGESTIONS])
            return Verdict(True, suggestions, safe, nearest)
    return Verdict(False, tuple(typo_suggestions(lexicon, lower)), False, nearest)


_ACRONYM_JOIN = re.compile(r"([A-Z]{2,5})([a-z]{3,})")


def acronym_join(lexicon: Lexicon, text: str) -> Verdict | None:
    """'CTscan' is an acronym run into a word; as lower case it would never split ('ct' is no word)."""
    joined = _ACRONYM_JOIN.fullmatch(text)
    if joined is None or not lexicon.knows(joined.group(2)):
        return None
    return Verdict(True, (f"{joined.group(1)} {joined.group(2)}",), True)


def in_case_of(original: str, replacement: str) -> str:
    """``replacement`` with the capitalisation of ``original`` (Tumoursfrom -> Tumours from)."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
