"""Plain text as web pages get scraped into: headings are lines, not markup.

What a scraped page looks like (and what this module relies on):

* headings are short lines standing alone: questions ("How is it diagnosed?") or
  title-like lines with no full stop ("Treatment options");
* bullets are ``•``, ``-``, ``*``, ``–`` and friends, often indented;
* before the title comes site furniture: the site's name, "Slider", menus, and
  often the title twice; after the text may come a footer;
* non-breaking spaces and curly quotes are everywhere.

Nothing here can be certain, so the choices are spelled out: a line is a heading
when its shape says so; the title is the line the page repeats, or the last
short line before the first section heading; lines matching ``boilerplate.txt``
and runs of three or more short lines with no blank line between them (menus)
are set aside as site furniture, never read as prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from audit.load import HeadingTest
from audit.load._blocks import BlockBuilder, assemble
from audit.model import Block, Heading, Leaflet, Span

_BULLET = re.compile(r"^(\s*)([•◦▪▫●○■□‣⁃∙·*+\-–—o\uf0b7\uf0a7]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")
_RULE_LINE = re.compile(r"^\s*([=\-_*~#•.])\1{2,}\s*$")  # ===, ----, ****: underlines and separators
_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.;,!…\"”»]$")
_DANGLING = {"and", "or", "the", "of", "to", "a", "an", "in", "with", "for", "that", "which", "by", "is", "are"}
_MAX_QUESTION_WORDS = 16
_MAX_TITLE_WORDS = 10
_MAX_MENU_WORDS = 3
_PHONE = re.compile(r"\d(?:[\s().-]*\d){6,}")  # seven digits or more, however spaced: a phone number
_LEAD_IN_WORDS = 4

LineKind = Literal["blank", "bullet", "heading", "prose", "boilerplate", "metadata"]
_METADATA = re.compile(
    r"(date (of )?(issue|issued|published|produced|created)|issue date|published|produced|last (updated|reviewed)"
    r"|(next )?review(ed)?( date| on)?|next review|author(s|ed by)?|written by|version|leaflet (number|no\.?|code|ref"
    r"(erence)?)|ref(erence)?( no\.?| number)?|produced by)\s*[:–-]\s*\S.*",
    re.IGNORECASE,
)
"""A leaflet's record of itself ("Date issued: February 2025"): leaflet text to spell-check, not site furniture."""


@cache
def _boilerplate() -> re.Pattern[str]:
    source = resources.files("audit.load").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    patterns = [line.strip() for line in source.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(slots=True)
class _Line:
    number: int
    raw: str
    text: str  # non-breaking spaces as spaces, trailing space dropped; same columns as raw
    kind: LineKind = "prose"

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def _looks_like_heading(
    line: _Line, previous: _Line | None, following: _Line | None, known_heading: HeadingTest
) -> bool:
    text = line.stripped.rstrip(":").strip()
    words = text.split()
    if not words or len(text) > 120 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if _PHONE.search(text):  # "Medical Imaging: 613-555-0119" is a contact line, not a heading
        return False
    if line.stripped.endswith(":") and len(words) >= _LEAD_IN_WORDS and following is not None and (
        following.kind == "bullet"
    ):
        return False  # "Your doctor may recommend cryoablation if:" leads into its list
    if re.search(r"[.!?]\s+\S", text):  # two sentences on one line are prose
        return False
    after_break = previous is None or previous.kind in ("blank", "boilerplate", "heading", "metadata") or bool(
        re.search(r"[.!?:]$", previous.stripped)
    )
    if text.endswith("?"):
        return len(words) <= _MAX_QUESTION_WORDS and after_break
    if _ENDS_SENTENCE.search(text) or words[-1].lower() in _DANGLING:
        return False
    if following is not None and following.kind == "prose":
        if following.stripped[:1].islower():  # a wrapped sentence continues on the next line
            return False
        next_is_short = _is_menu_item(following) and not following.stripped.endswith("?")
        if next_is_short and not known_heading(following.stripped):  # a list of short lines, not a heading
            return False
    return len(words) <= _MAX_TITLE_WORDS and after_break


def _classify(lines: list[_Line], known_heading: HeadingTest) -> None:
    furniture = _boilerplate()
    for line in lines:
        if not line.stripped:
            line.kind = "blank"
        elif _METADATA.fullmatch(line.stripped):
            line.kind = "metadata"
        elif furniture.fullmatch(line.stripped) or _RULE_LINE.match(line.text):
            line.kind = "boilerplate"
        elif _BULLET.match(line.text):
            line.kind = "bullet"
    _mark_menus(lines, _crumbs(lines))
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else None
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (line.kind == "prose" and _looks_like_heading(line, previous, following, known_heading)) or (
            line.kind == "bullet" and _numbered_heading(line, previous, following, known_heading)
        ):
            line.kind = "heading"


def _numbered_heading(line: _Line, previous: _Line | None, following: _Line | None, known_heading: HeadingTest) -> bool:
    """'2. What are the risks?' standing alone is a numbered heading, not the second item of a list."""
    marker = _NUMBER.match(line.text)
    if marker is None or (following is not None and following.kind == "bullet"):
        return False
    rest = _Line(line.number, line.raw, line.text[marker.end() :])
    return _looks_like_heading(rest, previous, following, known_heading) and (
        rest.stripped.endswith("?") or known_heading(rest.stripped)
    )


def _is_menu_item(line: _Line) -> bool:
    if line.kind == "boilerplate":
        return True
    return line.kind == "prose" and len(line.stripped.split()) <= _MAX_MENU_WORDS and not re.search(
        r"[.?!:;,]$", line.stripped
    )


def _crumbs(lines: list[_Line]) -> dict[str, int]:
    """What the page's breadcrumbs name last ("Home > Services > Kyphoplasty"), with their lines: the page's title."""
    return {crumb: line.number for line in lines if line.kind == "boilerplate" and (crumb := _last_crumb(line.stripped))}


def _named_by(crumbs: dict[str, int], line: _Line) -> bool:
    """Whether a line below a breadcrumb starts with what it names (a menu item above it is not the page)."""
    return any(line.number > number and line.stripped.casefold().startswith(crumb) for crumb, number in crumbs.items())


def _mark_menus(lines: list[_Line], crumbs: dict[str, int]) -> None:
    """Before the text starts or after it ends, three or more short lines with no blank between are a menu.

    Inside the text such a run is more likely an unbulleted list, so it is left alone.
    """
    body = [i for i, line in enumerate(lines) if line.kind == "bullet" or (
        line.kind == "prose" and (len(line.stripped.split()) > 8 or line.stripped.endswith(".")))]
    if not body:
        return
    first, last = body[0], body[-1]
    run: list[int] = []
    for index, line in enumerate([*lines, _Line(0, "", "", "blank")]):
        if line.kind != "blank" and _is_menu_item(line) and not _named_by(crumbs, line):
            run.append(index)  # menus name sections too ("Treatments", "Contact us"): they stay in the run
            continue
        items = [i for i in run if lines[i].kind != "boilerplate"]
        if len(run) >= 3 and len(items) >= 2 and (run[-1] < first or run[0] > last):
            for item in run:
                lines[item].kind = "boilerplate"
        run = []


def _split_title(lines: list[_Line], known_heading: HeadingTest) -> tuple[_Line | None, set[int]]:
    """Find the title among the short lines before the first prose, and what before it is furniture.

    Returns the title line and the line numbers to set aside.
    """
    before: list[_Line] = []
    for line in lines:
        if line.kind in ("prose", "bullet"):
            break
        if line.kind == "heading":
            before.append(line)
    if not before:
        return None, set()
    crumbs = _crumbs(lines)
    named = [line for line in before if _named_by(crumbs, line)]
    if named:  # "Home > Services > Kyphoplasty" names the page: the line "Kyphoplasty" is its title
        title = named[-1]
        furniture = {line.number for line in before if line.number < title.number}
        return title, furniture
    candidates = [line for line in before if not _ORGANISATION.search(line.stripped)] or before
    seen: dict[str, _Line] = {}
    repeated: _Line | None = None
    for line in candidates:
        key = line.stripped.casefold()
        if key in seen:
            repeated = line
        seen[key] = line
    if repeated is not None:
        title = repeated
    else:
        last = candidates[-1]
        # A lone line that opens the page is its title, even if it names a section ("Liver biopsy").
        names_section = last.stripped.endswith("?") or (len(candidates) > 1 and known_heading(last.stripped))
        if names_section:
            title = candidates[-2] if len(candidates) >= 2 else None
        else:
            title = last
    if title is None:
        return None, set()
    furniture = {line.number for line in before if line.number < title.number}
    furniture |= {line.number for line in before if line.stripped.casefold() == title.stripped.casefold()}
    furniture.discard(title.number)
    return title, furniture


_CRUMB_SEPARATOR = re.compile(r"\s+[>›»/|]\s+")
_ORGANISATION = re.compile(
    r"\b(hospitals?|health( system| service| board| group)?|clinic|centre|center|institute|imaging|radiology|"
    r"trust|university|foundation|group|services?|practice|partners|associates|society|college)\s*$",
    re.IGNORECASE,
)
"""A line ending like an organisation's name ("Blue Ridge Health System"): the site's name, not the title."""


def _last_crumb(text: str) -> str | None:
    parts = _CRUMB_SEPARATOR.split(text)
    return parts[-1].strip().casefold() if len(parts) >= 3 else None


def _mark_footer(lines: list[_Line]) -> None:
    """Two or more heading-like lines after the last prose, with no prose of their own, are a footer."""
    trailing: list[_Line] = []
    for line in reversed(lines):
        if line.kind in ("prose", "bullet"):
            break
        if line.kind == "heading":
            trailing.append(line)
    if len(trailing) >= 2:
        for line in trailing:
            line.kind = "boilerplate"


def _heading_block(line: _Line) -> Block:
    """A heading or title line's words, positioned like any prose."""
    builder = BlockBuilder("heading")
    builder.add(line.raw[line.indent :], line.number, line.indent + 1)
    block = builder.build()
    assert block is not None, "heading lines are never blank"
    return block


def parse_plain_text(text: str, path: str, known_heading: HeadingTest) -> Leaflet:
    lines = [
        _Line(number, raw, raw.replace("\xa0", " ").replace("\u200b", " ").rstrip())
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    _classify(lines, known_heading)
    _mark_footer(lines)
    title, furniture = _split_title(lines, known_heading)
    for line in lines:
        if line.number in furniture:
            line.kind = "boilerplate"

    items: list[Heading | Block] = []
    builder: BlockBuilder | None = None

    def flush() -> None:
        nonlocal builder
        if builder is not None and (block := builder.build()) is not None:
            items.append(block)
        builder = None

    for line in lines:
        if line.kind in ("blank", "boilerplate") or line is title:
            flush()
        elif line.kind == "heading":
            flush()
            items.append(Heading(2, _heading_block(line)))
        elif line.kind == "metadata":
            flush()
            builder = BlockBuilder("metadata")
            builder.add(line.raw[line.indent :], line.number, line.indent + 1)
            flush()
        elif line.kind == "bullet":
            flush()
            marker = _BULLET.match(line.text)
            assert marker is not None
            builder = BlockBuilder("list_item")
            builder.add(line.raw[marker.end() :], line.number, marker.end() + 1)
        else:
            continues_item = builder is not None and builder.kind == "list_item" and (
                line.indent > 0 or line.stripped[:1].islower()
            )
            if builder is None or (builder.kind == "list_item" and not continues_item):
                flush()
                builder = BlockBuilder("paragraph")
            builder.add_space()
            builder.add(line.raw[line.indent :], line.number, line.indent + 1)
    flush()

    boilerplate = tuple(
        Span(line.number, line.indent + 1, line.number, len(line.text) + 1)
        for line in lines
        if line.kind == "boilerplate"
    )
    return assemble(
        path=path,
        format="text",
        title_block=_heading_block(title) if title is not None else None,
        title=title.stripped if title else None,
        items=items,
        line_count=len(lines),
        boilerplate=boilerplate,
    )
