"""Passive clauses: a form of "be" (or "get") and a past participle, with the adverbs between.

The test GNU ``style`` uses, made stricter: the participle must be an
irregular one (``data/irregular-participles.txt``) or an ``-ed`` form whose stem
is a known word ("treated": "treat"; "planned": "plan"; "carried": "carry"), so
that "need" or "hundred" is never read as one; and participles that after "be"
describe a state ("you may be tired", ``data/stative-participles.txt``) are
adjectives, not passives. In a question the subject may stand between
("How is it done?", "How is bone metastases treated?").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.lexicon import load_lexicon
from audit.literacy.wordlists import any_word, word_set
from audit.model import WORD

BE = frozenset({
    "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
    "it's", "that's", "you're", "they're", "we're", "isn’t", "aren’t", "wasn’t", "weren’t", "it’s",
    "that’s", "you’re", "they’re", "we’re",
})
GET = frozenset({"get", "gets", "got", "getting", "gotten"})
_BETWEEN = frozenset({
    "not", "also", "usually", "often", "then", "always", "never", "only", "sometimes", "normally", "generally",
    "still", "just", "all", "both", "first", "rarely", "typically", "commonly", "mostly", "already", "either",
    "now", "again", "very", "well", "being",
})
_QUESTION_SUBJECT_WORDS = 3
_GET_NOT_PASSIVE = frozenset({"used", "rid", "lost", "started", "dressed", "married", "engaged", "involved"})


@dataclass(frozen=True, slots=True)
class Passive:
    """Where a passive clause stands in the text given: from the auxiliary to the participle."""

    start: int
    end: int
    participle: str


@lru_cache(maxsize=1 << 14)
def is_participle(word: str) -> bool:
    """Remembered: the words after "is" and "are" repeat across a leaflet's sentences and a corpus."""
    lower = word.lower()
    if lower in word_set("irregular-participles.txt"):
        return True
    if not lower.endswith("ed") or len(lower) < 4 or not lower.isalpha():
        return False
    lexicon = load_lexicon()
    stems = [lower[:-2], lower[:-1]]
    if len(lower) > 5 and lower[-3] == lower[-4]:
        stems.append(lower[:-3])  # planned: plan
    if lower.endswith("ied"):
        stems.append(lower[:-3] + "y")  # carried: carry
    return any(len(stem) > 2 and lexicon.knows(stem) for stem in stems)


_AUXILIARY = any_word(BE | GET)


def passives(text: str) -> Iterator[Passive]:
    """Each passive clause in one sentence."""
    if not _AUXILIARY.search(text.lower()):
        return
    words = list(WORD.finditer(text))
    lowered = [match.group().lower() for match in words]
    question = text.rstrip().endswith("?")
    for index, auxiliary in enumerate(lowered):
        getting = auxiliary in GET
        if auxiliary not in BE and not getting:
            continue
        reach = _QUESTION_SUBJECT_WORDS + 2 if question else 3
        for ahead in range(index + 1, min(index + 1 + reach, len(words))):
            word = lowered[ahead]
            if word in BE or word in GET:
                break
            if is_participle(word):
                following = lowered[ahead + 1 : ahead + 3]
                if word in word_set("stative-participles.txt") and following[:1] not in (
                        (["by"],) if word in word_set("feeling-participles.txt") else (["by"], ["with"])):
                    break  # "the clinic is closed" is a state; "the wound is closed with a stitch" an action; "we
                    # are pleased with the result" a feeling
                if (getting and word in _GET_NOT_PASSIVE) or _accustomed(word, following):
                    break
                yield Passive(words[index].start(), words[ahead].end(), word)
                break
            if not (word in _BETWEEN or word.endswith("ly") or question):
                break


def _accustomed(word: str, following: list[str]) -> bool:
    """ "You may be used to having blood tests": used to, not a passive."""
    return word == "used" and len(following) == 2 and following[0] == "to" and following[1].endswith("ing")


def is_passive(text: str) -> bool:
    return next(passives(text), None) is not None
