"""Measuring one leaflet once: the sentences put to its reader (not its record: see :mod:`audit.record`), and
counts for the whole and for each section.

The result is kept in the check context's memo, so the readability rules and
the report read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.checks import CheckContext
from audit.model import Block, Section
from audit.readability.formulas import Counts, count_sentence, scores
from audit.readability.sentences import PROSE_KINDS, Sentence, split_sentences
from audit.record import SOURCES_HEADING, announces_sources, cited_lists, cites_or_credits, is_record_section
from audit.report import Readability
from audit.structure import MatchedSection


@dataclass(frozen=True, slots=True)
class MeasuredSentence:
    sentence: Sentence
    section: str | None
    counts: Counts


@dataclass
class LeafletMeasure:
    whole: Counts = field(default_factory=Counts)
    sections: list[Counts] = field(default_factory=list)  # one per matched section, in order
    sentences: list[MeasuredSentence] = field(default_factory=list)
    of_block: dict[int, list[Sentence]] = field(default_factory=dict)
    """Each prose block's sentences, by ``id(block)``: the literacy rules read them again."""


def sentences_of(context: CheckContext, block: Block) -> list[Sentence]:
    """A block's sentences, as split once for the leaflet's measure."""
    found = measure(context).of_block.get(id(block))
    return found if found is not None else split_sentences(block)


def measure(context: CheckContext) -> LeafletMeasure:
    cached = context.memo.get("readability")
    if isinstance(cached, LeafletMeasure):
        return cached
    result = LeafletMeasure()
    for matched in context.sections:
        section_counts = Counts()
        section_id = matched.ids[0] if matched.ids else None
        for part in _read_parts(matched):
            cited = cited_lists(part.blocks)
            for number, block in enumerate(part.blocks):
                if block.kind not in PROSE_KINDS or number in cited or announces_sources(block.text):
                    continue
                split = result.of_block[id(block)] = split_sentences(block)
                for sentence in split:
                    if cites_or_credits(sentence.text):
                        continue  # "Reviewed by our patient panel." among sentences put to the reader
                    counts = count_sentence(sentence.text)
                    if counts.words:
                        section_counts.add(counts)
                        result.sentences.append(MeasuredSentence(sentence, section_id, counts))
        result.sections.append(section_counts)
        result.whole.add(section_counts)
    context.memo["readability"] = result
    return result


def _read_parts(matched: MatchedSection) -> tuple[Section, ...]:
    """The parts of a section a reader reads as prose: none of a references section, nor a sources list under
    its own heading inside another section."""
    if is_record_section(matched):
        return ()
    return tuple(part for part in matched.parts
                 if part.heading is None or not SOURCES_HEADING.match(part.heading.text))


def readability(counts: Counts) -> Readability | None:
    """The published figures for some counts; ``None`` where there is no prose to measure."""
    measured = scores(counts)
    if measured is None:
        return None
    return Readability(
        words=counts.words,
        sentences=counts.sentences,
        syllables=counts.syllables,
        mean_sentence_length=round(counts.words / counts.sentences, 1),
        polysyllable_share=round(counts.polysyllables / counts.words, 3),
        flesch_reading_ease=round(measured.flesch_reading_ease, 1),
        flesch_kincaid_grade=round(measured.flesch_kincaid_grade, 1),
        smog=round(measured.smog, 1),
        gunning_fog=round(measured.gunning_fog, 1),
        coleman_liau=round(measured.coleman_liau, 1),
        ari=round(measured.ari, 1),
        dale_chall=round(measured.dale_chall, 1),
        consensus_grade=round(measured.consensus, 1),
        grade_spread=round(measured.spread, 1),
    )
