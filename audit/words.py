"""Words of prose, with their offsets, and the ones a spelling check must leave alone.

A leaflet's prose holds things that are not words to spell-check: web and
e-mail addresses, phone numbers, measurements ("5 mm", "90°C", "T2"),
acronyms (CT, MRIs) and names. They are recognised here, once, so that every
rule that reads words agrees on what a word is.

Speed matters here (a country's leaflets in seconds), so the common case is
kept in C: one regular expression finds words not glued to digits or symbols,
and the rarer tests (addresses, sentence starts) run only for words that need
them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

PROSE_WORD = re.compile(r"(?<![\w°#@])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w@])")
"""A word, but not one glued to a digit or symbol: 5mm, 90°C, T2 and #tags are not prose words.

Letters are any alphabet's ("whānau", "Ćwikła"). The look-arounds refuse letters
and digits on either side, which stops the engine from backtracking into part of
such a token ("mm" of "5mm", "ab" of "abc1").
"""
_NOT_PROSE = re.compile(
    r"(?:https?://|www\.)\S+"  # web addresses
    r"|\b(?:mailto|javascript|tel|sms|ftp|file|data):\S+"  # other links a text dump shows: "javascript:window.print()"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    # domains, any country's ("healthify.nz", "community.example.org"); labels bounded so no input backtracks long
    r"|\b[\w-]+(?:\.[\w-]+){0,8}\.(?:com|org|net|gov|nhs|edu|int|info|health|scot|wales|[a-z]{2})(?:/\S*)?\b",
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


_ADDRESS_HINT = re.compile(r"@|://|\.[A-Za-z]|(?:mailto|javascript|tel|sms|ftp|file|data):", re.IGNORECASE)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Where addresses and pronunciation guides stand in ``text``: words there are not prose.

    A quick test first: most blocks hold no address, and it costs far less than
    the full expression.
    """
    spans = [match.span() for match in _NOT_PROSE.finditer(text)] if _ADDRESS_HINT.search(text) else []
    if "(" in text and _SAYS_HINT.search(text):
        spans = sorted([*spans, *(match.span() for match in _PRONUNCIATION.finditer(text))])
    return spans


_SAYS_HINT = re.compile(r"\((?:[Ss]ay|[Ss]aid|[Pp]ronounced|[Ss]ounds like)\b")
_PRONUNCIATION = re.compile(r"\((?:say|said|pronounced|sounds like)\b:?[^()\n]{1,60}\)", re.IGNORECASE)
"""How to say a word, as easy-read leaflets spell it out ("cementoplasty (say: see-MEN-toe-plas-tee)"): sounds,
not words to spell-check."""


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def opens_sentence(text: str, start: int) -> bool:
    return start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 4) : start]))


def is_acronym(text: str) -> bool:
    """Capitals (CT, MRIs) or inner capitals (McKenzie, iPhone): not words a dictionary spells."""
    if len(text) > 1 and text[:-1].isupper() and (text[-1].isupper() or text[-1] == "s"):
        return True
    return any(ch.isupper() for ch in text[1:])


_NAME_CONNECTORS = frozenset(
    ["of", "and", "for", "the", "de", "da", "del", "der", "den", "di", "dos", "das", "van", "von", "ten", "ter", "du",
     "la", "le", "y", "upon"]
)
_RUN_GAP = re.compile(r"[\s&–-]*")
_LIST_GAP = re.compile(r"[ \t]*,[ \t]*")
_LISTED_NAMES = 3  # names in a list joined by commas ("Venovo, Abre, VICI and Zilver") need this many capitals
_ET_AL = re.compile(r",?\s+et\.?\s+al\b")


def name_run_starts(text: str, words: list[re.Match[str]]) -> set[int]:
    """Start offsets of the words that stand in a name: a run of capitalised words, or one before "et al".

    "American Academy of Orthopaedic Surgeons", "St Bride's Hospital", "Bakal C",
    "Okafor et al.", "Pisco JM, et al." are names, whatever their words' spelling; "the Radiologst on
    Wednsday" is not a run ("on" joins no name), so each word there is checked. A
    list of three or more capitalised names joined by commas is a run too
    ("the Venovo, Abre, VICI and Zilver stents"); two joined by a comma are not
    ("Yes, Radiologst").
    """
    inside: set[int] = set()
    run: list[re.Match[str]] = []
    listed = False

    def capitalised(index: int) -> bool:
        return run[index].group()[0].isupper()

    def close() -> None:
        nonlocal listed
        while run and not capitalised(-1):
            run.pop()  # a run ends on a capitalised word, not on "of"
        while len(run) > 1 and opens_sentence(text, run[0].start()) and not capitalised(1):
            del run[:2]  # "See the Radiologst": a sentence's first word joins a name only directly ("The Christie")
        if sum(w.group()[0].isupper() for w in run) >= (_LISTED_NAMES if listed else 2):
            inside.update(w.start() for w in run)
        run.clear()
        listed = False

    previous_end = None
    for word in words:
        text_of = word.group()
        comma = previous_end is not None and _LIST_GAP.fullmatch(text, previous_end, word.start()) is not None
        joined = comma or (previous_end is not None and _RUN_GAP.fullmatch(text, previous_end, word.start()) is not None)
        if not joined:
            close()
        listed |= comma and bool(run)
        if text_of[0].isupper():
            run.append(word)
            if _ET_AL.match(text, word.end()):
                inside.update(w.start() for w in run)  # "Okafor et al.", "Pisco JM, et al.": the authors' names
        elif run and text_of.lower() in _NAME_CONNECTORS:
            run.append(word)
        else:
            close()
        previous_end = word.end()
    close()
    return inside
