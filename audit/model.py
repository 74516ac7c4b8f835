"""The parsed leaflet: sections, blocks and spans that point into the original file.

Every loader returns a :class:`Leaflet`; every check reads one. Positions are made
here, once, by the loaders, so that a finding on a word in an HTML table cell and
one on a word in a scraped text line are reported the same way.

These are plain frozen dataclasses rather than pydantic models: they are built in
bulk (a segment per source line) and never serialised, so validation would only
cost time. The public, serialised contract lives in :mod:`audit.report`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

Format = Literal["markdown", "text", "html"]
BlockKind = Literal["paragraph", "list_item", "table_cell", "heading", "metadata"]
"""``metadata``: a leaflet's own record lines (date issued, review date, author, version): spelled, not graded."""

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
"""A word as a reader counts it: hyphenated and apostrophised forms are one word."""


def count_words(text: str) -> int:
    """Words as a reader counts them: hyphenated and apostrophised forms are one word."""
    return len(WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Span:
    """A range in the original file: 1-based lines and columns, end column exclusive (as SARIF)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a block's text that stands contiguously in the source.

    ``start`` is the offset in :attr:`Block.text` where the run begins, and
    ``line``/``column`` where its first character stands in the file. A block made
    of three wrapped lines has three segments; an HTML paragraph has one per text
    node, so entities and tags between them do not shift later positions.
    """

    start: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of prose: a paragraph, a list item or a table cell."""

    kind: BlockKind
    text: str
    segments: tuple[Segment, ...]
    row: tuple[int, int] | None = None
    """Where a table cell's row starts (line, column): a reader reads a row across ("Blockage | ... | About 1 in
    10"), so the cells that share it are read together."""

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) of the character at ``offset`` in :attr:`text`."""
        starts = [s.start for s in self.segments]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        segment = self.segments[index]
        return segment.line, segment.column + (offset - segment.start)

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """The file span of ``text[start:end]`` (the whole block by default)."""
        end = len(self.text) if end is None else end
        line, column = self.position(start)
        end_line, end_column = self.position(max(end - 1, start))
        return Span(line, column, end_line, end_column + (1 if end > start else 0))

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading as written, with its level (1-6; 2 where the format has no levels).

    Its words are a block of their own, so that a slip in a heading is found and
    placed like a slip in a paragraph.
    """

    level: int
    block: Block

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def span(self) -> Span:
        return self.block.span()


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks below it up to the next heading.

    ``heading`` is ``None`` for the introduction: prose between the title and the
    first heading.
    """

    heading: Heading | None
    blocks: tuple[Block, ...]
    end_line: int

    @property
    def line(self) -> int:
        if self.heading is not None:
            return self.heading.span.line
        return self.blocks[0].segments[0].line if self.blocks else self.end_line

    @property
    def words(self) -> int:
        return sum(block.words for block in self.blocks)


@dataclass(frozen=True, slots=True)
class Suppression:
    """Lines where a rule (an id, a family, or '*' for all) is silenced by an inline comment."""

    rule: str
    start_line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class Leaflet:
    """A leaflet as loaded: its title, its sections, and what was set aside as site furniture."""

    path: str
    format: Format
    title: str | None
    sections: tuple[Section, ...]
    line_count: int
    boilerplate: tuple[Span, ...] = field(default=())
    title_block: Block | None = None
    """The title's words where the title is written in the text (not a front-matter field)."""
    suppressions: tuple[Suppression, ...] = ()
    source: str = field(default="", repr=False)
    """The file's text as read: for the checks that look at the whole page (a review date in a footer the loaders
    set aside as furniture is still the leaflet's review date)."""

    @property
    def title_span(self) -> Span | None:
        """Where the title is written; None when it comes from front matter or <title> alone."""
        return self.title_block.span() if self.title_block is not None else None
