"""How often: natural frequencies ("1 in 100", "one in a thousand"), percentages, and vague words.

Health-literacy guidance (NHS content style guide on numbers; the CDC Clear
Communication Index items 18-20; EQIP items 9-10) asks that risks be given as
numbers, and as natural frequencies rather than percentages, which many
readers misjudge (Gigerenzer and colleagues).
"""

from __future__ import annotations

import re

from audit.fastregex import as_re2_reads, in_re2

_NUMBER_WORD = (
    r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a|an|a few|a couple of|every|each)"
)
_BASE_WORD = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|one hundred|hundred|a thousand|one thousand|thousand|"
    r"\d[\d,]*\s*(?:thousand|million)|(?:a|one)\s+million|a few hundred|several hundred)"
)
_NATURAL_READ_ONCE = (
    rf"\b{_NUMBER_WORD}\s+(?:(?:people|persons?|patients?|women|men|woman|man|adults?|children|child)\s+)?(?:in|out of)\s+(?:every\s+)?{_BASE_WORD}\b"
    r"|\b(?:half|a (?:third|quarter|fifth|tenth)|one[ -](?:third|quarter)|two[ -]thirds|three[ -]quarters)\b"
    r"|\b(?:most|nearly all|almost all)\b[^.]{0,40}\b\d"
    rf"|\b(?:out of|of|in|for) every\s+{_BASE_WORD}\b"  # "Out of every 100 people:" over "about 10 will ..."
    rf"|(?:^|[.:!?]\s+|\]\s+)out of\s+{_BASE_WORD}\b"  # "Out of 100 people who have a chest drain:" opening a sentence
    r"|\bno (?:clear |known |reported |recorded |published )?cases\b|\bnever (?:yet )?(?:been )?reported\b"  # a count of none
    r"|\b(?:has|have) (?:not|never) been (?:seen|reported|found) in (?:any |published |large |the )*(?:studies|trials"
    r"|research|series)\b"  # "this has not been seen in published studies of children"
)
_NO_DEATHS_COUNTED = (
    # ... as the published evidence counts it ("no deaths in large published series"; not "in our department")
    r"\bno (?:reported |recorded )?deaths\b(?=[^.;\n]{0,40}\b(?:published|studies|study|series|trials?|research)\b)"
)
NATURAL = re.compile(f"{_NATURAL_READ_ONCE}|{_NO_DEATHS_COUNTED}", re.IGNORECASE)
_NO_DEATHS = re.compile(_NO_DEATHS_COUNTED, re.IGNORECASE)
DENOMINATOR = re.compile(
    rf"\b(?:out of|of|in|for|per) every\s+{_BASE_WORD}\b|\bper\s+{_BASE_WORD}\b|^\W*out of\s+{_BASE_WORD}\b", re.IGNORECASE
)
"""A table column's heading that gives the base its cells count out of ("Out of every 100 children", "Out of 1,000
people")."""
COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|most|almost all|half|none)\b", re.IGNORECASE)
PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent\b|percent\b)", re.IGNORECASE)


def natural_frequency(text: str) -> bool:
    """Whether the text gives a natural frequency or a share (:data:`NATURAL`). Lowered, RE2 reads it once, where
    Python's engine tries each word-bounded alternative at every character (a sixth of the risk rules' time); a text
    with letters outside ASCII ("a dash – about 1 in 10", "Māori") is read with stand-ins, which the pattern, with
    no underscore and no negated word class, reads as Python's engine reads the letters. The one alternative with a
    lookahead, which RE2 cannot run, is Python's: while it was part of the whole, RE2 read none of it (2026-12-06)."""
    fast = in_re2(_NATURAL_READ_ONCE)
    readable = as_re2_reads(text) if fast is not None else None
    if readable is None:
        return NATURAL.search(text) is not None
    if fast.search(readable[0].lower()) is not None:
        return True
    return "death" in text.lower() and _NO_DEATHS.search(text) is not None


def has_frequency(text: str) -> bool:
    return natural_frequency(text) or PERCENT.search(text) is not None


def percentages_without_frequency(text: str) -> list[re.Match[str]]:
    """Percentages in a text that gives no natural frequency beside them."""
    percentages = list(PERCENT.finditer(text))
    return percentages if percentages and not natural_frequency(text) else []
