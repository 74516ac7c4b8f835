"""Deciding what an unknown word is: words run together, or a typo, and what it should be.

Run-together words (``tumoursfrom``) are the slip scraping and editing leave
most, and general spell checkers miss them or suggest ``tumour sfrom``. A word
the lexicon does not know is tried as every split into two known words (three
when two will not do). Each part must be a common word (Zipf 2 or more) and, if
shorter than three letters, a function word ("a", "of", "to" ...), so "tumour
sfrom" never qualifies. Splits are ranked by the parts' summed Zipf frequency.

A typo can look like a join ("forthe" is "for the", but "thew" is not "the w"),
so a split is believed only when no word one edit away is at least as common as
the split's rarest part; otherwise the word is a typo.

Typo suggestions: codespell's list of real-world misspellings first, then the
known words one edit away, then two (Norvig's method), ranked by frequency with
a bonus for the edits typists make most (a dropped or swapped letter).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from importlib import resources

from audit.lexicon import Lexicon

MIN_PART_ZIPF = 2.0
SHORT_PART_ZIPF = 3.4  # 'dye' (3.8) and 'rib' (3.6) pass; 'png', 'ros' and 'tam' (3.3) do not
LONG_PART = 7
MAX_SUGGESTIONS = 5
MAX_WORD = 40  # "pneumonoultramicroscopicsilicovolcanoconiosis" is 45; run-ons of two words are shorter
CLEAR_LEAD = 1.0
DROPPED_OR_SWAPPED = 1.0  # Zipf points a typo suggestion gains when it undoes the commonest slips
REPLACED = 0.5  # a split this far ahead of the next (in summed Zipf) is safe to apply
FUNCTION_WORDS = frozenset(
    "a an as at be by do go he if in is it me my no of on or so to up us we am i ok".split()
)
_ALPHABET = string.ascii_lowercase
_CONTRACTION_ENDINGS = ("s", "t", "ll", "re", "ve", "d", "m")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an unknown word is: a run-on with its splits, or a typo with suggestions (best first)."""

    run_on: bool
    suggestions: tuple[str, ...]
    safe: bool  # one clear best split: the fix may be applied without asking
    near: bool = False  # a known word is one edit away


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


def _edits_by_kind(word: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Every word one edit away: letters deleted, replaced, transposed, inserted (Norvig's edits1)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in cuts if b]
    replaces = [a + c + b[1:] for a, b in cuts if b for c in _ALPHABET]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1]
    inserts = [a + c + b for a, b in cuts for c in _ALPHABET]
    return deletes, replaces, transposes, inserts


def _edits1(word: str) -> set[str]:
    return set().union(*_edits_by_kind(word))


@cache
def _misspellings() -> dict[str, tuple[str, ...]]:
    """codespell's list of common misspellings (word -> corrections), if codespell is installed."""
    try:
        source = resources.files("codespell_lib").joinpath("data", "dictionary.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for line in source.splitlines():
        wrong, _, right = line.partition("->")
        corrections = tuple(c.strip() for c in right.split(",") if c.strip())
        if corrections:
            table[wrong] = corrections
    return table


def _undoing_edits(word: str) -> dict[str, float]:
    """Words one edit from ``word``, each with how likely that edit is as a typist's slip (in Zipf points).

    Putting back a dropped letter or undoing two swapped letters explains the
    commonest slips, so such candidates count as ten times more frequent (one
    Zipf point); replacing a letter, three times (half a point); deleting a
    letter the typist doubled or added, as they are.
    """
    deletes, replaces, transposes, inserts = _edits_by_kind(word)
    likelihood = dict.fromkeys(deletes, 0.0)  # later kinds overwrite: each candidate keeps its likeliest edit
    likelihood.update(dict.fromkeys(replaces, REPLACED))
    likelihood.update(dict.fromkeys(transposes + inserts, DROPPED_OR_SWAPPED))
    likelihood.pop(word, None)
    return likelihood


def typo_suggestions(lexicon: Lexicon, lower: str) -> list[str]:
    ranked: list[str] = [c for c in _misspellings().get(lower, ()) if knows_form(lexicon, c.lower())]
    near = {c: bonus for c, bonus in _undoing_edits(lower).items() if lexicon.knows(c)}
    if near:
        ranked += sorted(near, key=lambda c: (-(lexicon.zipf(c) + near[c]), c))
    elif 3 <= len(lower) <= 12:
        farther = {e2 for e1 in _edits1(lower) for e2 in _edits1(e1) if lexicon.knows(e2)}
        ranked += sorted(farther, key=lambda c: (-lexicon.zipf(c), c))
    return list(dict.fromkeys(ranked))[:MAX_SUGGESTIONS]


def judge(lexicon: Lexicon, lower: str) -> Verdict:
    """Run-on or typo, and what to write instead.

    Words longer than MAX_WORD are not words a person typed (a URL fragment, a
    pasted hash, a hostile input): they are reported without suggestions, since
    splitting and editing them costs time and memory that grows with their length.
    """
    if len(lower) > MAX_WORD:
        return Verdict(False, (), False)
    candidates = splits(lexicon, lower)
    near = [c for c in _edits1(lower) if lexicon.knows(c)]
    if candidates:
        rarest_part = min(lexicon.zipf(part) for part in candidates[0][0])
        if not near or max(lexicon.zipf(c) for c in near) < rarest_part:
            clear = len(candidates) == 1 or candidates[0][1] - candidates[1][1] >= CLEAR_LEAD
            # Safe to apply unasked only when nothing else could be meant: two words, and no word one edit away.
            safe = clear and len(candidates[0][0]) == 2 and not near
            return Verdict(True, tuple(" ".join(parts) for parts, _ in candidates[:MAX_SUGGESTIONS]), safe, bool(near))
    return Verdict(False, tuple(typo_suggestions(lexicon, lower)), False, bool(near))


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
