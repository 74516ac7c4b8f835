"""Building blocks of prose from pieces of source text, keeping every position.

All three loaders meet the same problem: prose arrives in pieces (wrapped lines,
HTML text nodes, Markdown inline tokens) whose white space must be folded the way
a reader sees it, while every character keeps the line and column where it stands
in the file. This module does that once.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from audit.model import Block, BlockKind, Format, Heading, Leaflet, Section, Segment, Span, Suppression

PHONE = re.compile(r"\d(?:[\s().-]*\d){6,}")
"""Seven digits or more, however spaced: a phone number (a contact line or card, in any format)."""
_ADDRESS = re.compile(r"\S@\S|\bwww\.|https?://")
_EXTENSION = re.compile(r"\b(?:ext|extn|extension|bleep|pager)\.?\s*\d{3,6}\b", re.IGNORECASE)
"""A switchboard's extension or a bleep ("hospital operator, ext 4163")."""
_SWITCHBOARD = re.compile(r"\b(?:through|via|from) (?:the |our )?(?:hospital |main )?switchboard\b", re.IGNORECASE)
"""A person reached through the hospital's switchboard ("Nurse Consultant: through switchboard, Mon-Fri")."""


def reaches_someone(text: str) -> bool:
    """A phone number or extension, an e-mail address or a web address: contact details, which name who to reach
    and head no section, in any format."""
    return bool(PHONE.search(text) or _ADDRESS.search(text) or _EXTENSION.search(text) or _SWITCHBOARD.search(text))

_RUN = re.compile(r"\S+")


class BlockBuilder:
    """Collects pieces of one block and folds white space into single spaces.

    Pieces that touch in the source (``tumour<b>s</b>from``) touch in the text
    too, so a slip that a browser shows run together is run together here.
    """

    def __init__(self, kind: BlockKind, row: tuple[int, int] | None = None) -> None:
        self.kind = kind
        self.row = row
        self._text: list[str] = []
        self._length = 0
        self._segments: list[Segment] = []
        self._space_pending = False
        self._mapping: tuple[int, int] | None = None  # (line, column - offset) of the open segment

    def add(self, text: str, line: int, column: int) -> None:
        """Add ``text`` whose first character stands at ``line``/``column``."""
        stripped = text.strip()
        if stripped and "\n" not in text and " ".join(stripped.split()) == stripped:
            # The usual piece: one line, single spaces. It maps onto the source as one run.
            leading = len(text) - len(text.lstrip())
            if leading:
                self._space_pending = True
            self._append(stripped, line, column + leading)
            if len(stripped) + leading < len(text):
                self._space_pending = True
            return
        run_line, line_start, first_column = line, 0, column
        previous_end = 0
        for match in _RUN.finditer(text):
            gap = text[previous_end : match.start()]
            if gap:
                self._space_pending = True
                newlines = gap.count("\n")
                if newlines:
                    run_line += newlines
                    line_start = previous_end + gap.rfind("\n") + 1
                    first_column = 1
            self._append(match.group(), run_line, first_column + match.start() - line_start)
            previous_end = match.end()
        if previous_end < len(text):
            self._space_pending = True

    def add_space(self) -> None:
        """A break that a reader sees as space (a line break, ``<br>``)."""
        self._space_pending = True

    def ends_mid_word(self) -> bool:
        """Whether the text so far ends in a letter and a hyphen: where a hard-wrapped page (a PDF's text) broke a
        word over two lines ("tu-" over "mours"), the next line's word goes on from it."""
        last = self._text[-1] if self._text else ""
        return not self._space_pending and len(last) >= 2 and last[-1] == "-" and last[-2].isalpha()

    def _append(self, run: str, line: int, column: int) -> None:
        if self._length and self._space_pending:
            self._text.append(" ")
            self._length += 1
        self._space_pending = False
        offset = self._length
        if self._mapping != (line, column - offset):
            self._segments.append(Segment(offset, line, column))
            self._mapping = (line, column - offset)
        self._text.append(run)
        self._length += len(run)

    def build(self) -> Block | None:
        if not self._length:
            return None
        return Block(self.kind, "".join(self._text), tuple(self._segments), self.row)


def label_and_heading(label: Block, heading: Block) -> Block:
    """ "Overview: What is Y-90?" from a tab's label and its panel's heading, each part keeping its place."""
    shift = len(label.text) + 2
    segments = label.segments + tuple(Segment(s.start + shift, s.line, s.column) for s in heading.segments)
    return Block("heading", f"{label.text}: {heading.text}", segments)


def as_heading(block: Block) -> Block:
    """The same words, marked as a heading's."""
    return Block("heading", block.text, block.segments)


def same_words(first: str, second: str) -> bool:
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def could_be_the_title(heading: str, title: str) -> bool:
    """Whether a first heading repeats a title given elsewhere (a page's <title>, a document's metadata):
    it shares a word with it and asks nothing ("What is a lung biopsy?" opens the text, not the page)."""
    return not heading.rstrip().endswith("?") and bool(_content_words(heading) & _content_words(title))


SHORT_LINE_WORDS = 20
"""Lines above a title are short: a unit's name, a menu item, a breadcrumb; a paragraph is text."""


def first_heading_under_short_lines(items: list[Heading | Block]) -> int | None:
    """Where the first heading stands, when nothing but short lines stands above it."""
    for index, item in enumerate(items):
        if isinstance(item, Heading):
            return index
        if item.words > SHORT_LINE_WORDS:
            return None
    return None


def file_name_words(path: str) -> str:
    """The words of a file's name ("au-uterine-fibroid-embolisation.md" -> "au uterine fibroid embolisation"):
    what a leaflet with no title of its own is most often named after."""
    return re.sub(r"[-_.]+", " ", PurePath(path).stem)


def _content_words(text: str) -> set[str]:
    """Its words of four letters or more, and its acronyms ("PIL UFE v4 FINAL" names "UFE")."""
    return set(re.findall(r"[a-z]{4,}", text.lower())) | set(re.findall(r"(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])", text))


def assemble(
    *,
    path: str,
    format: Format,
    title: str | None,
    items: list[Heading | Block],
    line_count: int,
    boilerplate: tuple[Span, ...] = (),
    title_block: Block | None = None,
    suppressions: tuple[Suppression, ...] = (),
) -> Leaflet:
    """Group a flat run of headings and blocks into sections.

    Blocks before the first heading become the untitled introduction. A heading
    that repeats the one just before it, with nothing between (an accordion's
    label and the heading inside its panel), is the same section, not an empty
    one and a duplicate.
    """
    sections: list[Section] = []
    heading: Heading | None = None
    blocks: list[Block] = []
    items, widgets = _without_page_widgets(items)
    boilerplate = (*boilerplate, *widgets)

    def close() -> None:
        if heading is None and not blocks:
            return
        if blocks:
            end_line = blocks[-1].span().end_line
        else:
            end_line = heading.span.end_line  # type: ignore[union-attr]
        sections.append(Section(heading, tuple(blocks), end_line))

    for item in items:
        if isinstance(item, Heading):
            if heading is not None and not blocks and same_words(heading.text, item.text):
                continue
            close()
            heading, blocks = item, []
        else:
            blocks.append(item)
    close()
    return Leaflet(
        path=path,
        format=format,
        title=title,
        sections=tuple(sections),
        line_count=line_count,
        boilerplate=boilerplate,
        title_block=title_block,
        suppressions=suppressions,
    )


def _without_page_widgets(items: list[Heading | Block]) -> tuple[list[Heading | Block], list[Span]]:
    """A heading that names a page's tool or feedback box ("Was this page helpful?", "Share this page") is set aside
    with the buttons under it: a widget of the page, no section of the leaflet."""
    kept: list[Heading | Block] = []
    widgets: list[Span] = []
    inside = False
    for item in items:
        if isinstance(item, Heading):
            inside = _PAGE_WIDGET.fullmatch(item.text.strip()) is not None
            if inside:
                widgets.append(item.span)
                continue
        elif inside and len(item.text.split()) <= _WIDGET_WORDS:
            widgets.append(item.span())  # its buttons: "Yes No", "Facebook X Email"
            continue
        inside = False  # what follows the widget (a footer's copyright, a review date) stays the leaflet's
        kept.append(item)
    return kept, widgets


_WIDGET_WORDS = 4


_PAGE_WIDGET = re.compile(
    r"(?:was|is) this (?:page|information|article) (?:helpful|useful)\??|rate this page|have your say"
    r"|share(?: this(?: page)?)?:?|print this page|search(?: form| this site)?|in this section|quick links"
    r"|show all updates",
    re.IGNORECASE,
)
"""A page's tools and feedback, shown as headings ("Was this page helpful?", "Share this page", "In this section")."""


_LEAD_IN_LAST_WORDS = frozenset({
    "include", "includes", "including", "following", "bring", "need", "have", "you", "if", "to", "are", "is", "be",
    "can", "may", "as", "these", "them", "below", "when", "with", "by", "of", "and", "or", "the", "a", "an", "your",
    "should", "will", "must", "like", "such", "occasionally", "happen", "happens", "notice", "arrange",
})
_CLAUSE_VERBS = frozenset({"is", "are", "can", "may", "will", "need", "needs", "depends", "increase", "notice", "used"})
QUESTION_WORDS = frozenset({"what", "how", "why", "when", "where", "who", "which"})
_CLAUSE_AT_LEAST = 4  # words: "Complications are uncommon:" is a sentence, "Risks are:" ends on its verb anyway


def opens_a_list(text: str) -> bool:
    """Words before a closing colon that open a list or a sentence, not name a section: they end on a word a
    sentence goes on from ("Other risks include:", "Call us if you:"), ask the reader ("Please bring:"), or hold a
    clause ("Stents work well, but problems can happen:", "Complications are uncommon but can include:"). A
    heading that asks ("What a RIG is:", "Who gets them:") names its section, whatever its words; "Risks:" and
    "Getting ready:" name theirs."""
    stripped = text.strip().strip("*_").strip()
    if not stripped.endswith(":"):
        return False
    words = stripped.rstrip(":").split()
    lowered = [word.lower().strip(",*_") for word in words]
    if not lowered or lowered[0] in QUESTION_WORDS:
        return False
    return (lowered[-1] in _LEAD_IN_LAST_WORDS or lowered[0] == "please"
            or (len(lowered) >= _CLAUSE_AT_LEAST and ("," in stripped
                                                       or any(word in _CLAUSE_VERBS for word in lowered[1:-1]))))
