"""Recognising which schema section a heading names, and saying why.

Centres word the same section many ways ("Possible complications", "Are there any
risks?", "Side effects"), and one heading may name two sections ("Diagnosis and
treatment") or look like one section while meaning another ("Risk factors" are
causes). The phrases are schema data; this module applies them the same way for
every heading:

1. normalise the heading, and replace the words of the leaflet's title with a
   ``TOPIC`` marker, so "What are bone metastases?" reads "what are TOPIC";
2. find every phrase of every required and extra section in it;
3. keep the leftmost longest matches that do not overlap;
4. drop a match that only qualifies an earlier one: one after "of", "for",
   "with" ... ("Risks of the procedure"), or one that itself opens with such a
   word right after the earlier match ("Risks after treatment"), or one that is
   the object of the earlier match's verb ("What causes the problem?");
5. with no match at all, try the required sections' fallback phrases.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from audit.fastregex import PatternSet, whole_word_form
from audit.schema import LeafletSchema, compiled_phrase, phrase_pattern

TOPIC = "TOPIC"
_QUALIFIERS = {"of", "for", "from", "with", "during", "if", "when", "by", "in", "on", "at", "following", "after",
               "before", "without", "within", "due"}
_TITLE_STOPWORDS = {
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "your", "my", "about", "patient",
    "patients", "information", "leaflet", "guide", "what", "is", "are", "you", "need", "know",
}
_GENERIC = {
    "treatment", "treatments", "treating", "therapy", "therapies", "management", "care", "diagnosis", "symptoms",
    "causes", "risks", "complications", "recovery", "aftercare", "overview", "introduction", "procedure",
    "procedures", "options", "tests", "follow", "up", "explained", "understanding", "living",
}
_NON_WORD = re.compile(r"[^a-z0-9']+")
_ENUMERATOR = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.):]?|[ivx]+[.)]|q[.:]|step \d+[.:]?|part \d+[.:]?)\s+")


_CONTRACTIONS = (
    (re.compile(r"\b(what|who|where|how|when|why|it|that|there|here)'s\b"), r"\1 is"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bcan't\b"), "cannot"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"\bi'm\b"), "i am"),
)
"""Spelled out, so that one phrase reads both: "What's a central line?" is "what is a central line"."""


@lru_cache(maxsize=1 << 12)
def normalise(text: str) -> str:
    """Lower case, no list numbering ("2.", "Q:"), straight apostrophes and contractions spelled out ("what's": "what
    is", "don't": "do not"), '&' as 'and', other punctuation as space.

    Remembered: a heading is normalised to match it, to mask its topic and to compare it with the title, and
    a centre's leaflets repeat their headings."""
    text = _ENUMERATOR.sub("", unicodedata.normalize("NFKC", text).lower())
    text = text.replace("’", "'").replace("‘", "'").replace("&", " and ").replace("+", " and ")
    if "'" in text:
        for contraction, spelled in _CONTRACTIONS:
            text = contraction.sub(spelled, text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(word.strip("'") for word in text.split() if word.strip("'"))


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """What a heading was recognised as: required section ids, extra ids, and the reason in words."""

    sections: tuple[str, ...]
    extras: tuple[str, ...]
    reason: str
    uncertain: bool = False  # judged by the section model in its middle band: counts, to be confirmed
    to_confirm: str = ""
    """For a reviewer, in plain words, what an uncertain reading rests on (``reason`` is for schema authors)."""
    unsure: tuple[str, ...] = ()
    """The ids to be confirmed: "Risks" read as risks by its phrase and, unsure, as the causes no other heading is."""
    added: tuple[str, ...] = ()
    """The ids the section model added beside those the phrases named ("What is a varicocele?" as causes too)."""

    @property
    def matched(self) -> bool:
        return bool(self.sections or self.extras)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    target: str
    required: bool
    phrase: str


_Phrase = tuple[str, bool, str]  # section id, required, phrase


class _PhraseIndex:
    """A list of phrases, and which of them a heading has, found at once.

    A heading is tried against some 200 phrases. RE2 holds them all as one set
    (:class:`audit.fastregex.PatternSet`) and names the few a heading has in one
    pass; only those are compiled by Python's engine (a millisecond each) and
    run, to find where they stand (each its own matches, overlaps too).
    Compiling each section's phrases as one Python alternation instead cost
    every run 45 ms. A phrase RE2 cannot run (a lookaround of its own) is tried
    on every heading, as is every phrase where there is no RE2.
    """

    def __init__(self, phrases: list[_Phrase]) -> None:
        self.phrases = tuple(phrases)
        self._set: PatternSet | None = None  # built when first asked: a run may never need the fallback phrases

    def present(self, text: str) -> list[_Phrase]:
        """The phrases that may match ``text``, in their order; none that does is left out.

        ``text`` is a normalised heading, whose letters are ASCII: there RE2's ``\\w`` is Python's.
        """
        if self._set is None:
            self._set = PatternSet([whole_word_form(phrase_pattern(phrase)) for _, _, phrase in self.phrases])
        numbers = sorted({*self._set.numbers(text), *self._set.unsupported})
        return [self.phrases[number] for number in numbers]


class SchemaPhrases:
    """A schema's phrases, compiled once: built once per schema and run, shared by every leaflet.

    ``results`` keeps each normalised heading's match: centres repeat their headings.
    """

    def __init__(self, schema: LeafletSchema) -> None:
        self.schema = schema
        strong = [(s.id, True, p) for s in schema.sections for p in s.phrases]
        strong += [(e.id, False, p) for e in schema.extras for p in e.phrases]
        self.strong = _PhraseIndex(strong)
        self.fallback = _PhraseIndex([(s.id, True, p) for s in schema.sections for p in s.fallback])
        self.results: dict[str, HeadingMatch] = {}


class HeadingMatcher:
    """Matches headings of one leaflet (whose title gives the topic) against a schema's phrases."""

    def __init__(self, phrases: SchemaPhrases, title: str | None = None) -> None:
        self.schema = phrases.schema
        self._patterns = phrases
        self._topic_words = self._topic_words_of(title)

    def _topic_words_of(self, title: str | None) -> frozenset[str]:
        """Content words of the title, except generic section words ("Treatment of bone metastases").

        A procedure's name stays a topic word even when it names a section
        elsewhere: in "Kidney biopsy", "What is a kidney biopsy?" is the definition.
        """
        if not title:
            return frozenset()
        return frozenset(
            w for w in normalise(title).split() if w not in _TITLE_STOPWORDS and w not in _GENERIC and len(w) > 1
        )

    def masked(self, heading: str) -> str:
        """The heading normalised, with the leaflet's topic words as TOPIC: what the section model reads."""
        return self._with_topic(normalise(heading))

    def _with_topic(self, heading: str) -> str:
        if not self._topic_words:
            return heading
        out: list[str] = []
        for word in heading.split():
            if word in self._topic_words or word.rstrip("s") in self._topic_words or word + "s" in self._topic_words:
                if not out or out[-1] != TOPIC:
                    out.append(TOPIC)
            else:
                out.append(word)
        return " ".join(out)

    def _hits(self, text: str, *, fallback: bool = False) -> list[_Hit]:
        hits = []
        for target, required, phrase in (self._patterns.fallback if fallback else self._patterns.strong).present(text):
            for found in compiled_phrase(phrase).finditer(text):
                if found.end() > found.start():
                    hits.append(_Hit(found.start(), found.end(), target, required, phrase))
        return hits

    def match(self, heading: str) -> HeadingMatch:
        text = self._with_topic(normalise(heading))
        cached = self._patterns.results.get(text)
        if cached is None:
            cached = self._patterns.results[text] = self._match_normalised(text)
        return cached

    def _match_normalised(self, text: str) -> HeadingMatch:
        """Headings repeat across a centre's leaflets, so results are kept per schema and normalised text."""
        chosen = _qualifiers_dropped(text, _leftmost_longest(self._hits(text)))
        how = "phrase"
        if not chosen:
            chosen = _leftmost_longest(self._hits(text, fallback=True))[:1]
            how = "fallback phrase"
        if not chosen:
            return HeadingMatch((), (), f"no phrase of schema {self.schema.name!r} matched {text!r}")
        sections = tuple(dict.fromkeys(hit.target for hit in chosen if hit.required))
        extras = tuple(dict.fromkeys(hit.target for hit in chosen if not hit.required))
        reason = "; ".join(
            f"{text[hit.start:hit.end]!r} matched {hit.target} {how} '{hit.phrase}'" for hit in chosen
        )
        return HeadingMatch(sections, extras, reason)


def _leftmost_longest(hits: list[_Hit]) -> list[_Hit]:
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not chosen or hit.start >= chosen[-1].end:
            chosen.append(hit)
    return chosen


def _qualifiers_dropped(text: str, hits: list[_Hit]) -> list[_Hit]:
    kept: list[_Hit] = []
    for hit in hits:
        if kept:
            words_between = text[kept[-1].end : hit.start].split()
            gap = set(words_between)
            opens_with_qualifier = text[hit.start : hit.end].split()[0] in _QUALIFIERS
            if gap & _QUALIFIERS or (opens_with_qualifier and not gap):
                continue
            verb = text[kept[-1].start : kept[-1].end].split()[-1]
            if gap <= _DETERMINERS and (verb in _CAUSE_VERBS or (verb in _TREAT_VERBS and hit.target == "causes")):
                continue  # "What causes the problem?" names no risks, "Treating the cause" no causes; "Treating side
                # effects" is still about them
        kept.append(hit)
    return kept


_CAUSE_VERBS = {"causes", "cause", "caused", "causing"}
_TREAT_VERBS = {"treats", "treat", "treating", "prevents", "prevent"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "your", "my", "its", "their", "his", "her"}


_PROCEDURES = re.compile(
    r"(?:ablation|emboli[sz]ation|biopsy|insertion|removal|placement|drainage|drain|stent(?:ing)?|injection|plasty"
    r"|sclerotherapy|thrombolysis|thrombectomy|ostomy|centesis|pleurodesis|line|port|catheter|filter|tube|scan"
    r"|procedure|treatment|therapy|surgery|operation|repair|sampling|block|exchange|recanali[sz]ation|graphy|scopy"
    r"|ectomy|otomy|lithotripsy|transfusion|dialysis|test)s?"
    r"(?:\s+(?:put in|taken out|fitted|removed|inserted|placed|changed|done))?$",
    re.IGNORECASE,
)
"""The last word of a title that names a procedure, or that word and what is done with it: nothing "causes" a PICC
line, a lung biopsy or "Having a PICC line put in"."""
_BRACKET_AT_END = re.compile(r"\s*\([^()]*\)\s*$")
"""An acronym or other name after the procedure's: "Inferior Petrosal Sinus Sampling (IPSS)"."""


def names_a_procedure(name: str) -> bool:
    """Whether a name (a title, the thing a "What is ...?" heading asks about) ends on a procedure's word."""
    return _PROCEDURES.search(_BRACKET_AT_END.sub("", name)) is not None


__all__ = ["HeadingMatch", "HeadingMatcher", "SchemaPhrases", "names_a_procedure", "normalise"]
