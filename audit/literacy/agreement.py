"""Subject and verb that disagree in number around a Latin or Greek medical noun.

"How is bone metastases treated?", "The bacteria is killed", "The metastasis
are small": writers treat "metastases" as singular because it ends like a
mass noun. The nouns and their other number come from
``data/irregular-plurals.tsv``; besides be, have and do, a few common verbs
that are never nouns (``data/agreement-verbs.tsv``: "travels", "contains").
Shapes judged, where no parser is needed:

* the noun then its verb, with a frequency adverb or a short place phrase
  between: "metastases is", "small emboli sometimes travels", "the metastasis
  in her spine are", "the nucleus of each cell contain" (unless a preposition
  or an -ing word stands just before the noun: "the number of metastases is"
  agrees with "number", "the node containing the metastases was" with "node");
* "one/each of the" and a plural noun with a plural verb ("one of the
  vertebrae are"); "there is" (and "several") with a plural noun;
* a question's verb, up to two words, the noun, then a participle or the end:
  "How is bone metastases treated?".

After "does" or a modal the verb is bare in either number ("Why does a fistula get narrow?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from audit.literacy.passive import is_participle
from audit.literacy.wordlists import any_word, word_pairs
from audit.model import WORD

_AUXILIARY_SINGULAR = frozenset({"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"})
_AUXILIARY_PLURAL = frozenset({"are", "were", "have", "do", "aren't", "weren't", "haven't", "don't"})
SINGULAR_VERBS = _AUXILIARY_SINGULAR | frozenset(word_pairs("agreement-verbs.tsv"))
PLURAL_VERBS = _AUXILIARY_PLURAL | frozenset(word_pairs("agreement-verbs.tsv").values())
_QUESTION_WORDS = frozenset({"how", "why", "when", "where", "what", "which", "who"})
_NOT_IN_NOUN_PHRASE = frozenset({"of", "and", "or", "with", "in", "on", "for", "to", "that", "which", "there", "it"})
_PREPOSITIONS = frozenset({
    "of", "in", "from", "on", "at", "with", "for", "by", "to", "near", "into", "around", "between", "after",
    "about", "above", "below", "within", "inside", "outside", "under", "over",
})
_PHRASE_PREPOSITIONS = frozenset({
    "in", "for", "above", "below", "at", "on", "inside", "within", "near", "of", "to", "from",
})
_PHRASE_WORDS = 4
_FREQUENCY_ADVERBS = frozenset({"sometimes", "often", "usually", "always", "never", "also", "still", "rarely"})
_QUANTIFIERS = frozenset({"several", "many", "some", "two", "three", "four", "few", "multiple", "numerous"})
_ONE_OF = frozenset({"one", "each", "either", "neither"})
_THERE_SINGULAR = frozenset({"there's", "there’s"})


@dataclass(frozen=True, slots=True)
class Disagreement:
    start: int
    end: int
    noun: str
    verb: str
    plural_noun: bool


@cache
def _numbers() -> tuple[frozenset[str], frozenset[str]]:
    pairs = word_pairs("irregular-plurals.tsv")
    return frozenset(pairs), frozenset(pairs.values())


@cache
def _nouns() -> re.Pattern[str]:
    plurals, singulars = _numbers()
    return any_word(plurals | singulars)


def names_a_listed_noun(text: str) -> bool:
    """Whether a text has any of the listed nouns: the rest of the work is for the few that do.

    Substrings first (a scan in C for each noun), the whole-word pattern only where one stands.
    """
    lowered = text.lower()
    return any(noun in lowered for noun in _stems()) and _nouns().search(lowered) is not None


_SHORTEST_STEM = 4


@cache
def _stems() -> tuple[str, ...]:
    """What each noun's two numbers begin with ("metasta" for metastasis and metastases): half the scans."""
    stems = set()
    for plural, singular in word_pairs("irregular-plurals.tsv").items():
        length = next((i for i, (a, b) in enumerate(zip(plural, singular)) if a != b), min(len(plural), len(singular)))
        stems.update([plural[:length]] if length >= _SHORTEST_STEM else [plural, singular])
    return tuple(sorted(stems))


def disagreements(sentence: str) -> Iterator[Disagreement]:
    if not names_a_listed_noun(sentence):
        return
    plurals, singulars = _numbers()
    words = list(WORD.finditer(sentence))
    lowered = [word.group().lower() for word in words]
    for index, noun in enumerate(lowered):
        plural = noun in plurals
        if not plural and noun not in singulars:
            continue
        wrong_verbs = SINGULAR_VERBS if plural else PLURAL_VERBS
        after = lowered[index + 1] if index + 1 < len(lowered) else None
        if not _inside_a_phrase(lowered, index) and not _after_an_auxiliary(lowered, index):
            verb_index = _verb_after(lowered, index)
            if verb_index is not None and lowered[verb_index] in wrong_verbs:
                yield Disagreement(words[index].start(), words[verb_index].end(), words[index].group(),
                                   words[verb_index].group(), plural)
                continue
        quantifier = _one_of(lowered, index)
        if plural and quantifier is not None and after in PLURAL_VERBS:
            yield Disagreement(words[quantifier].start(), words[index + 1].end(), words[index].group(),
                               words[index + 1].group(), plural_noun=False)
            continue
        there = _there_is(lowered, index) if plural else None
        if there is not None:
            yield Disagreement(words[there - 1].start(), words[index].end(), words[index].group(),
                               words[there].group(), plural)
            continue
        question = _question_verb(lowered, index)
        if question is not None and question in wrong_verbs and (after is None or is_participle(after)):
            verb_index = lowered.index(question, max(0, index - 3))
            yield Disagreement(words[verb_index].start(), words[index].end(), words[index].group(),
                               words[verb_index].group(), plural)


def _inside_a_phrase(lowered: list[str], index: int) -> bool:
    """ "The size of the metastases is", "pain from the metastases is", "the node containing the metastases
    was": the verb agrees with another noun."""
    before = lowered[max(0, index - 3) : index]
    return any(word in _PREPOSITIONS or (word.endswith("ing") and len(word) > 4) for word in before)


_DO_AND_MODALS = frozenset({
    "does", "do", "did", "doesn't", "don't", "didn't", "can", "could", "will", "would", "should", "may", "might",
    "must", "can't", "won't",
})


def _after_an_auxiliary(lowered: list[str], index: int) -> bool:
    """ "Why does a fistula get narrow?", "Can the emboli move?": the verb after the noun is the bare form the
    auxiliary before it takes, in either number."""
    for back in range(1, 4):
        word = lowered[index - back] if index - back >= 0 else None
        if word is None or word in _NOT_IN_NOUN_PHRASE:
            return False
        if word in _DO_AND_MODALS:
            return True
    return False


def _verb_after(lowered: list[str], index: int) -> int | None:
    """The verb right after the noun, or after a short place phrase ("the metastasis in her spine are")."""
    if index + 1 >= len(lowered):
        return None
    if index + 2 < len(lowered) and (lowered[index + 1] in _FREQUENCY_ADVERBS or lowered[index + 1].endswith("ly")):
        return index + 2  # "Small emboli sometimes travels"
    if lowered[index + 1] not in _PHRASE_PREPOSITIONS:
        return index + 1
    for ahead in range(index + 2, min(index + 2 + _PHRASE_WORDS, len(lowered))):
        word = lowered[ahead]
        if word in SINGULAR_VERBS or word in PLURAL_VERBS:
            return ahead
        if word in _NOT_IN_NOUN_PHRASE or word in _PREPOSITIONS:
            return None
    return None


def _one_of(lowered: list[str], index: int) -> int | None:
    """Where "one/each of (the)" stands before the noun ("One of the vertebrae are": the verb agrees with "one")."""
    of = index - 2 if index >= 2 and lowered[index - 1] in ("the", "these", "those", "your", "my", "its") else index - 1
    return of - 1 if of >= 1 and lowered[of] == "of" and lowered[of - 1] in _ONE_OF else None


def _there_is(lowered: list[str], index: int) -> int | None:
    """Where the verb of "There is metastases in your bones" or "There is several foci" stands."""
    verb = index - 2 if index >= 2 and lowered[index - 1] in _QUANTIFIERS else index - 1
    return verb if verb >= 1 and lowered[verb - 1] == "there" and lowered[verb] in _AUXILIARY_SINGULAR else None


def _question_verb(lowered: list[str], index: int) -> str | None:
    """The verb that opens a question ("How is", "Is") at most two words before the noun."""
    for back in range(1, 4):
        verb_index = index - back
        if verb_index < 0:
            return None
        word = lowered[verb_index]
        if word in _AUXILIARY_SINGULAR or word in _AUXILIARY_PLURAL:
            opens = verb_index == 0 or lowered[verb_index - 1] in _QUESTION_WORDS
            return word if opens else None
        if word in _NOT_IN_NOUN_PHRASE:
            return None
    return None


