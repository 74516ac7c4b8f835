"""Text a leaflet carries for the record rather than for its reader: citations, credits, lists of sources.

Readability formulas and the health-literacy rules both judge the words a
patient is asked to read; a reference ("Smith J, et al. Radiology. 2021;298:
123-31") or a byline ("Reviewed by the Patient Information Group") read as a
sentence would raise a leaflet's grade and be flagged as hard, though no
editor can or should make it plainer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from audit.model import Block
from audit.structure import MatchedSection

RECORD_SECTIONS = frozenset({"references"})
"""Sections that are a record through and through (an "About this leaflet" section also tells the reader how
to get large print, and stays)."""

SOURCES_WORDS = r"references|sources|bibliography|further reading"
SOURCES_HEADING = re.compile(rf"^\W*(?:\d+[.)]\s*)?(?:{SOURCES_WORDS})", re.IGNORECASE)
# Each opens with a class of first letters, each alternative checking its word's start after it: "\bet al\b|..."
# makes the regex engine try every alternative at every character, three times slower on a leaflet's blocks.
CITATION = re.compile(  # "et al", "2021;", "doi", "https://", "www.", "vol.", "pp."
    r"[edhwvp12](?:(?<!\w.)(?<=e)t al\b|(?<!\w.)(?<=d)oi\b|(?<=h)ttps?://|(?<!\w.)(?<=w)ww\.|(?<!\w.)(?<=v)ol\."
    r"|(?<!\w.)(?<=p)p\.|(?<!\w.)(?<=1)9\d{2}\s*[;:(]|(?<!\w.)(?<=2)0\d{2}\s*[;:(])"
)
CREDITS = re.compile(  # "written by", "Reviewed by", ...
    r"[wrpaWRPA](?<!\w.)(?i:(?<=w)ritten|(?<=r)eviewed|(?<=p)roduced|(?<=p)repared|(?<=a)pproved) (?i:by)\b"
)
_SOURCES_LEAD = re.compile(
    r"\b(?:based on|adapted from|sources?|references?|further reading|bibliography|we used|(?:comes|came) from)"
    r"[\s*_]*:[\s*_]*$",
    re.IGNORECASE,
)
"""A line that opens a list of sources: "*This leaflet is based on:*", "Sources:"."""
_LEAD_REACH = 60


_CITATION_MARKS = ("et al", "doi", "http", "www.", "vol.", "pp.", ";", ":", "(")
"""Strings every citation match holds (a year is followed by ";", ":" or "("): a sentence with none of them, as
most are, is passed over with a few substring tests instead of a search (a sixth of the literacy rules' time)."""
_CREDIT_MARKS = (" by", " By", " BY")


def cites_or_credits(text: str) -> bool:
    return (any(mark in text for mark in _CITATION_MARKS) and CITATION.search(text) is not None) or (
        any(mark in text for mark in _CREDIT_MARKS) and CREDITS.search(text) is not None)


def labelled_as_sources(text: str) -> bool:
    return ":" in text[:_LABEL_REACH] and _SOURCES_LABEL.match(text) is not None


_SOURCES_LABEL = re.compile(rf"[\s*_]*(?:{SOURCES_WORDS}|source)[\s*_]*:", re.IGNORECASE)
"""A paragraph that opens by naming itself a list of sources ("**Sources:** British Thoracic Society guidance on
..."): titles of guidance, not words put to the reader."""
_LABEL_REACH = 24


def announces_sources(text: str) -> bool:
    """Only a line ending in a colon can; the pattern then reads its end alone (searched over every paragraph
    it would cost the literacy family 3%)."""
    return text.rstrip(" *_\t").endswith(":") and _SOURCES_LEAD.search(text[-_LEAD_REACH:]) is not None


def items_under(blocks: Sequence[Block], leads: Callable[[str], bool]) -> set[int]:
    """Indexes of the list items under a paragraph that ``leads`` says introduces them."""
    found: set[int] = set()
    lead = False
    for index, block in enumerate(blocks):
        if block.kind == "list_item" and lead:
            found.add(index)
        else:
            lead = block.kind == "paragraph" and leads(block.text)
    return found


def cited_lists(blocks: Sequence[Block]) -> set[int]:
    """The list items under a line that announces sources: titles of guidance, not words put to the reader
    ("... for treating osteoporotic vertebral compression fractures")."""
    return items_under(blocks, announces_sources)


def is_record_section(matched: MatchedSection) -> bool:
    return not RECORD_SECTIONS.isdisjoint({*matched.ids, *matched.match.extras})
