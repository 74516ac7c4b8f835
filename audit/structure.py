"""Mapping a leaflet's sections onto a schema's required sections.

The loaders know headings; the schema knows what headings mean. This module puts
the two together, once per leaflet, so that every check reads the same answer.

A sub-heading that names no required section, or only the sections its parent
names, is folded into the section above it ("How is it treated?" with
"Ablation" and "Other treatments" below it is one treatments section), so its
words count toward its parent and it is neither an extra nor a duplicate; so is
a risks section's sub-heading that says how often ("Less common:", "Rare but serious:").
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

from audit.headings import HeadingMatch, HeadingMatcher, SchemaPhrases, names_a_procedure, normalise
from audit.model import Leaflet, Section
from audit.schema import DEFAULT_SCHEMA, LeafletSchema, SchemaError
from audit.sectionmodel import Score, SectionModel, features

ACCEPT = 0.5  # a section id this likely, by the model, is matched
CONFIRM = 0.3  # ...this likely, it counts, and the reviewer is asked to confirm (sections.uncertain)
UNCLAIMED = 0.1  # ...for a section the leaflet lacks, at a heading given no id whose likeliest reading it is
# (cross-validated, 2026-12-03, 1,128 leaflets: 0.1 finds 18 more present sections than 0.2, counts none absent more)
SECOND = 0.85  # ...and a second id beside it, this likely: the model, trained balanced, offers second ids too
# readily ("Recovery, scans and results" as diagnosis too); cross-validated (2026-12-03): F1 0.936 -> 0.941, presence
# unchanged, since a required id dropped here that no other heading has is still given by unclaimed_ids
OVERRIDE = 0.7  # the phrases' verdict stands unless the model is this sure of its own (cross-validated, 2026-12-03: 0.7
# finds two more present sections than 0.6 across 1,062 leaflets, F1 the same to 0.001)
BODY_CHARACTERS = 1_000


def body_text(section: Section) -> str:
    """The opening text under a heading, as the section model reads it (its first BODY_CHARACTERS)."""
    parts, size = [], 0
    for block in section.blocks:
        if size >= BODY_CHARACTERS:
            break
        parts.append(block.text)
        size += len(block.text) + 1
    return " ".join(parts)[:BODY_CHARACTERS]


def model_ids(scores: list[Score]) -> list[tuple[str, bool]]:
    """The ids the model gives a section, each with whether it is sure (else the reviewer should confirm)."""
    sure = [
        (score.section, True) for rank, score in enumerate(scores) if score.probability >= (SECOND if rank else ACCEPT)
    ]
    if sure:
        return sure
    return [(scores[0].section, False)] if scores and scores[0].probability >= CONFIRM else []


def decided_ids(phrase_ids: tuple[str, ...], scores: list[Score],
                required: Container[str] | None = None) -> tuple[list[tuple[str, bool]], bool]:
    """The ids a section gets, each with whether it is sure, and whether the phrases' verdict stood.

    The phrases stand unless the model is sure of an id they did not name: where
    it agrees with one of them ("Diagnosis and treatment"), all they named stand, and a second id it is as sure of
    as it must be of any second id joins them ("What is a varicocele?" over why it happens: definition, then causes;
    cross-validated on the causes-relabelled corpus, 2026-12-06, 2,052 leaflets: heading accuracy 88.2% -> 88.6%,
    F1 0.930 -> 0.935, presence and missing sections unchanged).
    Where it is surer of another but gives theirs too ("What are bone metastases?" over why they happen: causes
    and definition), the heading's own id stays first, since the first id is what the section is mainly about.
    Given ``required``, only those ids join the phrases': an extra ("about-leaflet" beside "What is this page
    about?") would change how the rules read the text, which the phrases' reading keeps.
    """
    if phrase_ids and (not scores or scores[0].probability < OVERRIDE or scores[0].section in phrase_ids):
        also = [(score.section, True) for score in scores[1:]
                if score.probability >= SECOND and score.section not in phrase_ids
                and (required is None or score.section in required)]
        return [(section_id, True) for section_id in phrase_ids] + also, True
    chosen = model_ids(scores)
    return sorted(chosen, key=lambda decided: decided[0] not in phrase_ids), False


def doubted_ids(phrase_ids: tuple[str, ...], scores: list[Score], required: Container[str]) -> tuple[str, ...]:
    """Required ids the phrases named that the model, agreeing with another of them, rates under CONFIRM.

    "Recovery and scans" names follow-up and, by "scans", diagnosis; the corpus's writers gave such headings
    follow-up 101 times and diagnosis never. Where the phrases name two ids and the model's likeliest is one of
    them, an id it scarcely gives is a keyword's, not the section's (cross-validated, 2026-12-04, 1,536 leaflets:
    heading accuracy 90.2% -> 90.6%, F1 0.939 -> 0.942, presence and missing sections unchanged, since a doubted
    id no other heading has is kept: see ``kept_alone``).
    """
    if len(phrase_ids) < 2 or not scores or scores[0].section not in phrase_ids:
        return ()
    likely = {score.section for score in scores if score.probability >= CONFIRM}
    return tuple(i for i in phrase_ids if i in required and i not in likely)


def kept_alone(chosen: list[Iterable[str]], doubted: list[tuple[str, ...]]) -> dict[int, list[str]]:
    """Doubted ids that no section was given after all: each stays at the first section the phrases named it for,
    so doubting a keyword never reports a present section missing. Section index -> ids kept there."""
    present = {section_id for ids in chosen for section_id in ids}
    kept: dict[int, list[str]] = {}
    for index, ids in enumerate(doubted):
        for section_id in ids:
            if section_id not in present:
                kept.setdefault(index, []).append(section_id)
                present.add(section_id)
    return kept


def unclaimed_ids(
    chosen: list[Iterable[str]], scores: list[list[Score]], required: Iterable[str]
) -> dict[int, list[Score]]:
    """Required ids no section was given, each with the section the model rates likeliest for it.

    A section is judged alone first; but a leaflet that has no risks section
    anywhere while one heading reads 0.4 like risks most likely has it there:
    at least CONFIRM, or UNCLAIMED for a heading given no id at all whose
    likeliest reading it is. Counted and flagged for the reviewer to confirm,
    not reported missing. ``chosen`` holds every id each section was given,
    extras too. Returns section index -> the scores of the ids it is also given.
    """
    present = {section_id for ids in chosen for section_id in ids}
    added: dict[int, list[Score]] = {}
    for section_id in required:
        if section_id in present:
            continue
        candidates = [(score, index) for index, row in enumerate(scores) for score in row if score.section == section_id]
        if candidates:
            score, index = max(candidates, key=lambda candidate: candidate[0].probability)
            unclaimed = not chosen[index] and scores[index][0].section == section_id
            if score.probability >= (UNCLAIMED if unclaimed else CONFIRM):
                added.setdefault(index, []).append(score)
    return added


def procedure_explained(chosen: list[Iterable[str]], headings: list[str], required: Container[str]) -> int | None:
    """The section that explains a procedure the leaflet has no treatments section for: "What is fibroid
    embolisation?" read as the definition says what the treatment is, and a procedure's leaflet (most writers give
    such a heading both ids) is not missing its treatments. Counted and flagged for the reviewer to confirm."""
    if TREATMENTS not in required or any(TREATMENTS in ids for ids in chosen):
        return None
    for index, (ids, heading) in enumerate(zip(chosen, headings)):
        asked = _WHAT_IS.fullmatch(heading.strip())
        if DEFINITION in ids and asked is not None and names_a_procedure(asked.group(1)):
            return index
    return None


TREATMENTS, DEFINITION = "treatments", "definition"
_WHAT_IS = re.compile(r"[*_#\s]*(?:Q\W+)?(?:\d+[.)]\s*)?(?:what(?:'s|’s| is| are)|about)\s+(?:a |an |the |your )?(.+?)"
                      r"\s*\??[*_\s]*", re.IGNORECASE)
"""A heading that asks what a thing is: "What is fibroid embolisation (UFE)?", "Q: What is a PICC line?"."""


def section_model(schema: LeafletSchema) -> SectionModel | None:
    """The schema's section model: its ``model`` weights file, the built-in schema's shipped weights, or none."""
    if schema.model is not None:
        return _read_model(schema.model)
    if schema.name == DEFAULT_SCHEMA:
        return _read_model(str(resources.files("audit.schemas").joinpath(f"{DEFAULT_SCHEMA}.weights.json")))
    return None


@cache
def _read_model(path: str) -> SectionModel:
    """Weights read once per file and run (a batch audits many leaflets with one schema)."""
    try:
        return SectionModel.read(Path(path))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise SchemaError(f"{path}: not a section-model weights file: {error}") from None


@dataclass(frozen=True, slots=True)
class MatchedSection:
    """One section of the leaflet as the schema sees it.

    ``parts`` is the section itself followed by the sub-sections folded into it;
    ``ids`` are the required sections it covers (two for "Diagnosis and
    treatment", none for an extra section).
    """

    parts: tuple[Section, ...]
    match: HeadingMatch
    introduction: bool = False  # untitled opening prose, or prose under a heading that repeats the title

    @property
    def section(self) -> Section:
        return self.parts[0]

    @property
    def ids(self) -> tuple[str, ...]:
        return self.match.sections

    @property
    def words(self) -> int:
        return sum(part.words for part in self.parts)

    @property
    def end_line(self) -> int:
        return self.parts[-1].end_line


class SectionMatcher:
    """How one schema reads a leaflet's sections: its phrases compiled once, and its section model.

    Built once per schema and run (the engine makes one and hands it to every
    leaflet), so a batch compiles the phrases and reads the weights once.
    """

    def __init__(self, schema: LeafletSchema) -> None:
        self.schema = schema
        self.phrases = SchemaPhrases(schema)
        self.model = section_model(schema)
        self._required = frozenset(schema.section_ids)
        self._known = self._required | {extra.id for extra in schema.extras}  # a model's other ids are ignored

    def headings(self, title: str | None = None) -> HeadingMatcher:
        """A heading matcher for one leaflet, whose title gives the topic."""
        return HeadingMatcher(self.phrases, title)

    def names_a_section(self, text: str) -> bool:
        """Whether a line of text is worded like a heading of this schema (for loaders of plain text)."""
        return self.headings().match(text).matched

    def _judged(
        self, model: SectionModel, matcher: HeadingMatcher, section: Section, position: float
    ) -> tuple[HeadingMatch, list[Score], tuple[str, ...]]:
        """The phrases' verdict, unless the model, reading heading, body and that verdict, is sure of another.

        Returns the verdict, the model's scores of at least CONFIRM, and the phrases' ids it doubts.
        """
        assert section.heading is not None
        phrased = matcher.match(section.heading.text)
        phrase_ids = phrased.sections + phrased.extras
        found = features(matcher.masked(section.heading.text), body_text(section), position, phrase_ids)
        scores = [score for score in model.scores(found, least=CONFIRM) if score.section in self._known]
        chosen, phrases_stood = decided_ids(phrase_ids, scores, self._required)
        if phrases_stood:  # the phrases explain it; the model's top two are shown, their evidence is not worked out
            top_two = "; ".join(score.explain() for score in scores[:2])
            doubted = doubted_ids(phrase_ids, scores, self._required)
            doubts = f"; model doubts {', '.join(doubted)} (under {CONFIRM})" if doubted else ""
            added = tuple(section_id for section_id, _ in chosen if section_id not in phrase_ids)
            adds = f"; model adds {', '.join(added)}" if added else ""
            sections = tuple(i for i in (*phrased.sections, *added) if i not in doubted)
            return HeadingMatch(sections, phrased.extras, f"{phrased.reason}; model: {top_two}{doubts}{adds}",
                                added=added), scores, doubted
        top_two = "; ".join(model.explained(score, found).explain() for score in scores[:2])
        if not chosen:
            return HeadingMatch((), (), f"no phrase matched; model: {top_two}, below {CONFIRM}"), scores, ()
        ids = tuple(section_id for section_id, _ in chosen)
        sure = all(certain for _, certain in chosen)
        verdict = "matched" if sure else f"uncertain (between {CONFIRM} and {ACCEPT}): counts, to be confirmed"
        opening = f"phrases said {', '.join(phrase_ids)}, " if phrase_ids else "no phrase matched; "
        doubtful = [model.explained(score, found) for score in scores
                     if any(section_id == score.section and not certain for section_id, certain in chosen)]
        return HeadingMatch(
            tuple(i for i in ids if i in self._required),
            tuple(i for i in ids if i not in self._required),
            f"{opening}model {verdict}: {top_two}",
            uncertain=not sure,
            to_confirm="; ".join(map(_in_plain_words, doubtful)),
            unsure=tuple(section_id for section_id, certain in chosen if not certain),
        ), scores, ()

    def match(self, leaflet: Leaflet) -> tuple[MatchedSection, ...]:
        schema, model = self.schema, self.model
        matcher = self.headings(leaflet.title)
        title = normalise(leaflet.title) if leaflet.title else None
        matched: list[MatchedSection] = []
        scores: list[list[Score]] = []  # the model's, for each entry of matched
        doubted: list[tuple[str, ...]] = []  # the phrases' ids the model doubts, for each entry of matched
        headed = [s for s in leaflet.sections if s.heading is not None]
        place = {id(s): index for index, s in enumerate(headed)}  # by identity: sections compare by value, deeply
        for section in leaflet.sections:
            if section.heading is None:
                matched.append(MatchedSection((section,), HeadingMatch((), (), "untitled introduction"), True))
                scores.append([])
                doubted.append(())
                continue
            if title and normalise(section.heading.text) == title:
                reason = "repeats the leaflet's title: read as the introduction"
                matched.append(MatchedSection((section,), HeadingMatch((), (), reason), True))
                scores.append([])
                doubted.append(())
                continue
            if model is None:
                match, scored, doubts = matcher.match(section.heading.text), [], ()
            else:
                position = place[id(section)] / max(len(headed) - 1, 1)
                match, scored, doubts = self._judged(model, matcher, section, position)
            parent = matched[-1] if matched else None
            banded = (parent is not None and "risks" in parent.ids
                      and _FREQUENCY_BAND.fullmatch(normalise(section.heading.text)) is not None)
            if (
                parent is not None
                and (set(match.sections) <= set(parent.ids) or banded)
                and parent.section.heading is not None
                # a band ("Uncommon but serious") belongs to the risks above it at any level: plain text has one
                and (section.heading.level > parent.section.heading.level or banded)
            ):
                matched[-1] = MatchedSection((*parent.parts, section), parent.match)
                continue
            matched.append(MatchedSection((section,), match))
            scores.append(scored)
            doubted.append(doubts)
        matched = _introduction_assigned(matched, schema)
        chosen = [m.match.sections + m.match.extras for m in matched]
        for index, kept in kept_alone(chosen, doubted).items():  # a heading's own word before a guess elsewhere
            entry = matched[index]
            reason = f"{entry.match.reason}, kept: no other heading is {', '.join(kept)}"
            matched[index] = replace(entry, match=replace(entry.match, sections=entry.match.sections + tuple(kept),
                                                          reason=reason))
            chosen[index] = matched[index].match.sections + matched[index].match.extras
        for index, added in unclaimed_ids(chosen, scores, schema.section_ids).items():
            entry = matched[index]
            also = "; ".join(score.explain() for score in added)
            match = replace(
                entry.match,
                sections=entry.match.sections + tuple(score.section for score in added),
                reason=f"{entry.match.reason}; also read as {also}, which no other heading is: to be confirmed",
                uncertain=True,
                to_confirm="; ".join(f"{_in_plain_words(score)}, and no other heading reads as {score.section}"
                                     for score in added),
                unsure=entry.match.unsure + tuple(score.section for score in added),
            )
            matched[index] = replace(entry, match=match)
        chosen = [m.match.sections + m.match.extras for m in matched]
        headings = [m.section.heading.text if m.section.heading is not None else "" for m in matched]
        explained = procedure_explained(chosen, headings, schema.section_ids)
        if explained is not None:
            entry = matched[explained]
            matched[explained] = replace(entry, match=replace(
                entry.match,
                sections=(*entry.match.sections, TREATMENTS),
                reason=f"{entry.match.reason}; also read as treatments: it explains the procedure, and no other "
                       "heading is treatments: to be confirmed",
                uncertain=True,
                to_confirm="; ".join(filter(None, (entry.match.to_confirm, "treatments, as the heading asks what "
                                                   "the procedure is, and no other heading reads as treatments"))),
                unsure=(*entry.match.unsure, TREATMENTS),
            ))
        return tuple(matched)


_FREQUENCY_BAND = re.compile(
    r"(?:(?:very |less |more |fairly |quite )?(?:common|uncommon|rare|frequent|infrequent)(?: (?:and|but|or) \w+)?"
    r"(?: (?:side effects|risks|problems|complications))?|(?:side effects|risks|problems|complications) that are "
    r"(?:very |less |more )?(?:common|uncommon|rare))(?: [a-z ]{0,30}\d.*)?"
)
"""A risks section's sub-heading that groups its risks by how often they happen ("Less common:", "Rare but
serious:", "Common - more than 1 in 10 people"): part of the risks, whatever else its few words suggest."""


def _in_plain_words(score: Score) -> str:
    """ "causes at 0.33, from the words 'why', 'weak'": the model's reading without its feature names and
    position markers, which mean something to a schema author, not to a reviewer."""
    words = list(dict.fromkeys(e.split(":", 1)[1] for e in score.evidence if not e.startswith("pos:")))
    shown = ", ".join(f"'{word}'" for word in words)
    return f"{score.section} at {score.probability:.2f}" + (f", from the words {shown}" if shown else "")


def _introduction_assigned(matched: list[MatchedSection], schema: LeafletSchema) -> list[MatchedSection]:
    """The introduction counts as the schema's intro section when no heading names it."""
    intro_id = schema.intro_section
    if intro_id is None or not matched or not matched[0].introduction:
        return matched
    if any(intro_id in m.ids for m in matched):
        return matched
    reason = f"{matched[0].match.reason}; counts as {intro_id} (the schema's intro_section)"
    return [MatchedSection(matched[0].parts, HeadingMatch((intro_id,), (), reason), True), *matched[1:]]
