"""Mapping a leaflet's sections onto a schema's required sections.

The loaders know headings; the schema knows what headings mean. This module puts
the two together, once per leaflet, so that every check reads the same answer.

A sub-heading that names no required section, or only the sections its parent
names, is folded into the section above it ("How is it treated?" with
"Ablation" and "Other treatments" below it is one treatments section), so its
words count toward its parent and it is neither an extra nor a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.headings import HeadingMatch, HeadingMatcher, normalise
from audit.model import Leaflet, Section
from audit.schema import LeafletSchema


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


def match_sections(leaflet: Leaflet, schema: LeafletSchema) -> tuple[MatchedSection, ...]:
    matcher = HeadingMatcher(schema, leaflet.title)
    title = normalise(leaflet.title) if leaflet.title else None
    matched: list[MatchedSection] = []
    for section in leaflet.sections:
        if section.heading is None:
            matched.append(MatchedSection((section,), HeadingMatch((), (), "untitled introduction"), True))
            continue
        if title and normalise(section.heading.text) == title:
            reason = "repeats the leaflet's title: read as the introduction"
            matched.append(MatchedSection((section,), HeadingMatch((), (), reason), True))
            continue
        match = matcher.match(section.heading.text)
        parent = matched[-1] if matched else None
        if (
            parent is not None
            and set(match.sections) <= set(parent.ids)
            and parent.section.heading is not None
            and section.heading.level > parent.section.heading.level
        ):
            matched[-1] = MatchedSection((*parent.parts, section), parent.match)
            continue
        matched.append(MatchedSection((section,), match))
    return tuple(_introduction_assigned(matched, schema))


def _introduction_assigned(matched: list[MatchedSection], schema: LeafletSchema) -> list[MatchedSection]:
    """The introduction counts as the schema's intro section when no heading names it."""
    intro_id = schema.intro_section
    if intro_id is None or not matched or not matched[0].introduction:
        return matched
    if any(intro_id in m.ids for m in matched):
        return matched
    reason = f"{matched[0].match.reason}; counts as {intro_id} (the schema's intro_section)"
    return [MatchedSection(matched[0].parts, HeadingMatch((intro_id,), (), reason), True), *matched[1:]]
