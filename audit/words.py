"""Words of prose, with their offsets, and the ones a spelling check must leave alone.

A leaflet's prose holds things that are not words to spell-check: web and
e-mail addresses, phone numbers, measurements ("5 mm", "90°C", "T2"),
acronyms (CT, MRIs) and names. They are recognised here, once, so that every
rule that reads words agrees on what a word is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
WORD = re.compile(rf"[{_LETTERS}]+(?:['’][{_LETTERS}]+)*")
_NOT_PROSE = re.compile(
    r"(?:https?://|www\.)\S+"  # web addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b[\w-]+\.(?:com|org|net|uk|ie|gov|nhs|edu|au|eu|int)(?:/\S*)?\b",  # bare domains
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;•]\W*$")


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a block: its text, where it starts and ends, and whether it opens a sentence."""

    text: str
    start: int
    end: int
    sentence_start: bool

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")


def _masked(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _NOT_PROSE.finditer(text)]


def prose_words(text: str) -> Iterator[Word]:
    """Every word of ``text`` that is prose, with its offsets; addresses and numbers excluded."""
    masked = _masked(text) if ("@" in text or "www" in text or "://" in text or "." in text) else []
    for match in WORD.finditer(text):
        start, end = match.span()
        if masked and any(a <= start < b for a, b in masked):
            continue
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before.isdigit() or after.isdigit() or (before and before in "°#@_") or (after and after in "_@"):
            continue  # measurements and codes: 5mm, 90°C, T2, #tag
        sentence_start = start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 4) : start]))
        yield Word(match.group(), start, end, sentence_start)


def is_acronym_or_name(word: Word) -> bool:
    """Capitals (CT, MRIs), inner capitals (McKenzie, iPhone), or a capitalised word inside a sentence."""
    text = word.text
    if len(text) > 1 and text[:-1].isupper() and (text[-1].isupper() or text[-1] == "s"):
        return True
    if any(ch.isupper() for ch in text[1:]):
        return True
    return text[0].isupper() and not word.sentence_start
