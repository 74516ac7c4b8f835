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

import itertools
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from audit.load import HeadingTest
from audit.load._blocks import PHONE, QUESTION_WORDS, BlockBuilder, assemble, opens_a_list, reaches_someone
from audit.model import Block, Heading, Leaflet, Span

_BULLET = re.compile(r"^(\s*)([•◦▪▫●○■□‣⁃∙·*+\-–—o\uf0b7\uf0a7]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")
_RULE_LINE = re.compile(r"^\s*([=\-_*~#•.])\1{2,}\s*$")  # ===, ----, ****: underlines and separators
_SECOND_SENTENCE = re.compile(r"(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bdr)(?<!\bst)(?<!\bno)[.!?]\s+\S", re.IGNORECASE)
"""A sentence ends and another starts ("vs.", "e.g.", "Dr." end none: "What are the benefits vs. risks?")."""
_GLYPH_BULLET = re.compile(r"^\s*[•◦▪▫●○■□‣⁃∙·*+\-–—\uf0b7\uf0a7]\s+(?=\S)")
"""A bullet drawn as a glyph, not a number or a letter."""
_ENUMERATED = re.compile(r"^(?:[IVX]{1,5}|[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+")  # "IV. WHAT IS COILING?", "B. Risks"
_QUESTION_MARK = re.compile(r"^(?:q|question)\s*[.:]\s+", re.IGNORECASE)  # "Q. Will it hurt?", "Question: ..."
_LINKS_LABEL = re.compile(
    r"(related|see also|you might also like|in this section)\b[\w ]*:?", re.IGNORECASE
)
_GUTTER = re.compile(r" {3,}(?=\S)")
_MIN_COLUMN = 20  # characters: a left column narrower than this is an indent, not a column
_MIN_COLUMN_ROWS = 4
_TABLE_ROWS_SHARE = 0.75
_MAX_TABLE_CELL_WORDS = 8
_MAX_WRAPPED_ROWS_SHARE = 3  # a table has at most one wrapped line to every three lines of rows
_HANGING_INDENT = 4
_CONTENTS_GAP = 2  # lines: a contents list's entries stand at most one other line apart  # characters a right-column line may start past the gutter: a bullet's wrapped lines
_MARKED_HEADING = re.compile(r"\s*(?:(={1,6}|#{1,6})\s+(\S.*?)(?:\s+[=#]+)?|([-*~]{2,6})\s+(\S.*?)\s+\3)\s*")
"""A heading marked as wiki, AsciiDoc or Markdown text marks one: "== Risks ==", "=== Risks", "## Risks", "-- Risks --"."""
_TIMESTAMP = re.compile(r"[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]+(?=\S)")
"""A video transcript's time before a line ("[05:50] CHAPTER 7: WHEN TO CALL US"): its rest is judged as any line."""
_TAB_CELLS = re.compile(r"[A-Za-z][^\t]*\t+[^\t]*[A-Za-z]")
"""Words on both sides of a tab: cells of a table a word processor saved as text ("1.<TAB>Risks" is a number)."""
_SPEAKER = re.compile(r"(?P<speaker>[A-Z][A-Z.'’ -]{1,40}(?: \([A-Za-z ]+\))?):\s+(?=\S.*[a-z])")
"""A transcript's speaker before what they say in sentence case ("RAY: And I don't feel anything?", "DR. PRIYA
RAMAN (HOST): ..."); "EMBOLISATION: WHAT TO EXPECT" is a heading in capitals."""
_EMPHASISED = re.compile(r"\s*(\*{1,2}|_{1,2})(?=[^\s*_])(.*?[^\s*_])\1\s*")
"""A line wholly in Markdown-style emphasis, as e-mail and chat clients send bold and italic ("*Risks*",
"**Before you come in**"): its words, judged as any line's, may be a heading."""
_BRACKETED_ENUMERATOR = re.compile(r"\((?:[a-z]|[ivx]{1,4})\)")
_DOUBLE_UNDERLINE = re.compile(r"^\s*={3,}\s*$")
_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.;,!…\"”»]$")
_BLANK_TO_FILL = re.compile(r"_{5,}")
_SERVICE_NUMBER = re.compile(r"\b\d{3}$")
"""A line ending on a short number ("NHS 111", "Healthline 811"): a service to ring, among the numbers around it."""
_MAX_FIELD_LABEL_WORDS = 4
_DANGLING = {"and", "or", "the", "of", "a", "an", "that", "which", "is", "are"}
"""Words a wrapped line breaks after but a heading never ends on ("put in", "look out for" do end headings)."""
_LEADS_ON = _DANGLING | {"for", "in", "with", "to", "after", "from", "on"}
"""Words a title wraps after ("Percutaneous vertebroplasty for" / "myeloma bone disease"): a title names a thing for
a purpose where a heading may end on them ("What to look out for")."""
_WH_CLAUSE = re.compile(r"(?:What|Who|Where|How) [\w' -]{1,40} (?:is|are)")
"""A statement heading that ends on its verb ("What a nephrostomy is") over a sentence: whole, not wrapped."""
_MAX_QUESTION_WORDS = 16
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?] +[A-Z]")
"""One sentence ending and the next starting on a line: running text, never a list item."""
_WRAPPED_HEADING_WORDS = 5
_KNOWN_HEADING_WORDS = 4
_LABELLED_ROW = re.compile(r"[A-Z][\w ]{0,25}: \S.{0,30}(?<![,\w] and)(?<!,)")  # "Emergency: dial 111"
_MAX_TITLE_WORDS = 10
_MAX_MENU_WORDS = 3
_MAX_ORGANISATION_WORDS = 8
_LEAD_IN_WORDS = 4
_POSTAL_ADDRESS = re.compile(
    r"\b[A-Z][a-z]+ (?:Road|Street|Lane|Avenue|Ave|Drive|Way|Place|Square|Boulevard|Blvd|Terrace|Crescent|Parkway)"
    r"(?:,|$)|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$|\b[A-Z]\d[A-Z] ?\d[A-Z]\d$"
    r"|,\s*Dublin\s+\d{1,2}[Ww]?$|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}$"  # a Dublin district, an Eircode
)
"""A postal address: a street's name before a comma or at the end ("Navan Road, Dublin 15", "450 Summit Ave,
Minneapolis"), or a British, US or Canadian postcode closing the line ("Station Road, Hollinsford HF1 2AA")."""
_CONTACT_LINE = re.compile(r":\s*\(?\+?\d[\d\s().-]{6,}")
"""'Nurse line: 713-555-0162 | After hours: ...': a contact line, even when laid out like a menu."""
_MAX_ITEM_WORDS = 12
_MAX_ITEM_CHARACTERS = 60
_MAX_LEAD_IN_ITEM_WORDS = 30  # under a lead-in ending in a colon, an item may run to a long clause
_WRAPPED = 0.75  # of a column's width: a line this long ends where the text wrapped, not where an item ends
_MAX_TWO_PART_WORDS = 6  # "Questions? Call us" is one heading in two parts
_PROSE_WORDS = 8

LineKind = Literal["blank", "bullet", "item", "heading", "heading_more", "prose", "boilerplate", "metadata"]
"""``item``: a list item whose bullet was lost in scraping; read as prose, never a heading."""
_METADATA = re.compile(
    r"(page |this page was |this leaflet was )?"
    r"(date (of )?(issue|issued|published|publication|produced|production|created|approval)|issue date|published|produced|last (updated|reviewed)"
    r"|(next )?review(ed)?( date| on| due)?|next (full |scheduled )?review( due| date)?|(last )?revised|document (id|number|no\.?|code|ref(erence)?)"
    r"|author(s|ed by)?|authori[sz]ed by|issued by|written by|(content |page |document )?owner|(date )?approved( by| on)?|version|leaflet (number|no\.?|code|ref"
    r"(erence)?)|ref(erence)?( no\.?| number)?|produced by)\s*[:–-]\s*\S.*"
    r"|version \d[\w.]*(,? .*)?"  # "Version 2, approved September 3, 2025"
    r"|(produced|published|issued|written|reviewed|updated|revised)( in| on)? ([a-z]+ )?(\d{1,2} )?\d{4}\b.*"  # "Produced July 2026. ..."
    # "Page last updated 10 September 2025", "Content reviewed: February 2025", "Last review date: 08/2024", "Review
    # March 2027", "Page reviewed by: Neuroendocrine Tumour Service"
    r"|((page|content|leaflet|information|date) )?(last )?(updated|reviewed|review( date| due)?|revised)( on)?\s*[:–-]?\s*"
    r"(\d{1,2}(st|nd|rd|th)?[ /.-])?(\d{1,2}[/.-]|[a-z]+\.? )?\d{4}\b.*"
    r"|((page|content|leaflet|information) )?reviewed by\s*:\s*\S.*"
    r"|date\s*:\s*([a-z]+ )?(\d{1,2} )?\d{4}\b.*"  # "Date: May 2026   Review date: May 2029"
    r"|(?-i:Produced|Written|Prepared|Compiled) by (the )?(?-i:[A-Z]).*"  # "Produced by the Department of Radiology ..."
    r"|(leaflet|document) (number|no\.?|code|ref(erence)?|id) [a-z0-9./-]*\d[a-z0-9./-]*( [|·-] .*)?"  # "Leaflet code RAD-PI-027 | Issued ..."
    r"|form (no\.? ?|number )?[a-z0-9./-]*\d[a-z0-9./-]*( \(rev(ised)?\.? [^)]{1,20}\))?",  # "Form 90412 (REV 08-2025)"
    re.IGNORECASE,
)
"""A leaflet's record of itself ("Date issued: February 2025"): leaflet text to spell-check, not site furniture."""


@cache
def _boilerplate() -> re.Pattern[str]:
    source = resources.files("audit.load").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    patterns = [line.strip() for line in source.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_MAX_FURNITURE_CHARACTERS = 1_000  # longer lines are text: no pattern's cost grows past this
_MENU_GAP = re.compile(r"\t|\s{3,}")
_ITEM_GAP = re.compile(r"\t|\s{2,}")
_MARKED_ITEMS = re.compile(r"\s+[|·•]\s+")
_MARKED_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 4


def _is_furniture(furniture: re.Pattern[str], text: str) -> bool:
    """A line of site furniture: a line ``boilerplate.txt`` names, or a menu laid out on one line, or pieces of
    furniture side by side ("Text size: A A A    Translate", "ACCEPT   DECLINE")."""
    if len(text) > _MAX_FURNITURE_CHARACTERS:
        return False
    if furniture.fullmatch(text) is not None or _menu_row(text):
        return True
    parts = _ITEM_GAP.split(text.strip())  # "Share this page  Print  Download PDF (312KB)": every part furniture
    return len(parts) > 1 and all(furniture.fullmatch(part) is not None for part in parts)  # one part: tried whole


def _menu_row(text: str) -> bool:
    """Three or more items apart by runs of three spaces or tabs ("Home   Services   Contact"), or
    four or more apart by two spaces or by a bar or dot ("Menu: Home · Services · Research · Donate"),
    none of them a sentence; a table's row opens with its bar."""
    if sum(1 for part in _MENU_GAP.split(text) if part.strip()) >= 3:
        return True
    if any(mark in text for mark in ".!?"):
        return False
    if sum(1 for part in _ITEM_GAP.split(text) if part.strip()) >= 4:
        return True
    marked = _MARKED_ITEMS.split(text)
    return (len(marked) >= _MARKED_MENU_ITEMS and not text.lstrip().startswith("|")
            # a phone number is one item's word: "24x7 Emergency: +91 00000 00100 | Book Appointment | Login"
            and all(len(PHONE.sub("0", part).split()) <= _MENU_ITEM_WORDS for part in marked))


@dataclass(slots=True)
class _Line:
    """One line as read, or one column of a line laid out in two columns.

    ``at`` is its place in reading order (an index into the list of lines);
    ``number`` and ``offset`` say where its text stands in the file.
    """

    at: int
    number: int
    raw: str
    text: str  # non-breaking spaces as spaces, trailing space dropped; same columns as raw
    kind: LineKind = "prose"
    offset: int = 0  # characters before ``raw`` on its line in the file (a right-hand column's)
    width: int = 0  # in a two-column stretch, its column's longest line: how far text runs before it wraps
    row: bool = False  # a row of a table laid out in spaces: a block of its own
    row_goes_on: bool = False  # a table row's wrapped line: part of the row above, not a row of its own
    row_line: int = 0  # where a cell's row starts, when the cell is one column of a ruled table's row

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def _looks_like_heading(
    line: _Line, previous: _Line | None, following: _Line | None, known_heading: HeadingTest,
    beyond: _Line | None = None,
) -> bool:
    stripped = _unemphasised(line.stripped)
    text = stripped.rstrip(":").strip()
    words = text.split()
    if not words or len(text) > 120 or not (text[0].isupper() or text[0].isdigit()) or not any(map(str.isalpha, text)):
        return False  # "00:00 / 28:14", a player's time, names nothing
    if _TAB_CELLS.search(text):
        return False  # "Medical oncologist<TAB>Prescribes chemotherapy": a row of a table saved as text
    if (speaker := _SPEAKER.match(text)) and not known_heading(speaker.group("speaker")):
        return False  # a transcript's line of speech
    if _TIMESTAMP.match(line.stripped) and stripped.endswith(":") and not known_heading(text):
        return False  # "[03:16] TREMBLAY:" names who speaks next
    if reaches_someone(text) or _POSTAL_ADDRESS.search(text):  # "Medical Imaging: 613-555-0119" is a contact line
        return False
    if _DETAILS_ROW.fullmatch(text) or text.count("(") > text.count(")"):
        return False  # an appointment's details; a bracket left open ("(switchboard, ext") wrapped mid-sentence
    if following is not None and _names_organisation(text) and not known_heading(text) and _in_title_case(text) and (
        _POSTAL_ADDRESS.search(following.stripped) or reaches_someone(following.stripped)
    ):
        return False  # "Hollinsford Hospitals NHS Trust" over its address: the card of who to reach, no section
    if previous is not None and previous.kind != "blank" and reaches_someone(previous.stripped) and (
            ":" in text or _SERVICE_NUMBER.search(text)):
        return False  # "Out of hours: NHS 111 or your nearest Emergency Department", "NHS 111" under the numbers above
    if opens_a_list(stripped):
        return False  # "Common side effects include:", "Please bring:", "Complications are uncommon but can include:"
    if stripped.endswith(":") and following is not None and not known_heading(text) and (
        (following.kind == "bullet" and len(words) >= _LEAD_IN_WORDS)
        or (following.kind in ("prose", "item") and not _is_prose(following))
    ):
        return False  # "Your doctor may recommend cryoablation if:" or "Other problems include:" leads into its list
    if _SECOND_SENTENCE.search(_ENUMERATED.sub("", _QUESTION_MARK.sub("", text))) and not _two_part_heading(text):
        # two sentences on one line are prose; an FAQ's "Q." and a numbering "IV." or "B." end none
        return False
    # a labelled row ("Emergency: dial 111") is whole: a line after it, with no label of its own and prose under
    # it, is no next row
    after_break = _ends_a_block(previous) or (
        previous is not None and _LABELLED_ROW.fullmatch(previous.stripped) is not None and ":" not in text
        and _is_prose(following)
    )
    if _boxed(previous, following):
        return len(words) <= _MAX_TITLE_WORDS  # "PHONE US IF..." between two rules of dashes
    if text.endswith("?"):
        return len(words) <= _MAX_QUESTION_WORDS and (after_break or _opens_prose(previous, following))
    standalone = (previous is None or previous.kind == "blank") and (following is None or following.kind == "blank")
    closed = ((stripped.endswith(":") and _is_prose(following))  # "What a RIG is:" over a paragraph: no wrap
              or (_WH_CLAUSE.fullmatch(text) is not None and following is not None and following.stripped[:1].isupper()))
    if _ENDS_SENTENCE.search(text) or (words[-1].lower() in _DANGLING and not standalone and not closed):
        return False  # a line with blank lines on both sides did not wrap: "Risks to be aware of" is whole
    if _fills_column(line):
        return False  # a column's line that runs to its edge wrapped there: "You will be admitted to the Day"
    if following is not None and following.kind in ("prose", "item"):
        if _goes_on_lower(following) and (following.kind == "prose" or stripped.endswith(":")):
            return False  # a wrapped sentence continues on the next line, or a lead-in's items follow
        next_is_short = _is_menu_item(following) and not following.stripped.endswith("?")
        if next_is_short and not known_heading(following.stripped) and not (
            _over_a_subheading(following, beyond) and not _names_organisation(text)
        ):
            return False  # a list of short lines, not a heading
    # After a list that lost its bullets, a line over prose closes it: the next heading, a question's length.
    closes_a_list = previous is not None and previous.kind == "item" and _is_prose(following)
    # a section's own name over its text may follow an unpunctuated row ("... for a referral", "References")
    return len(words) <= (_MAX_QUESTION_WORDS if closes_a_list else _MAX_TITLE_WORDS) and (
        after_break
        or (len(words) <= _KNOWN_HEADING_WORDS and known_heading(text) and _opens_prose(previous, following))
    )


def _in_title_case(text: str) -> bool:
    """Written as a name: every word longer than three letters capitalised ("Hollinsford Hospitals NHS Trust")."""
    return all(word[:1].isupper() for word in text.split() if len(word) > 3)


def _goes_on_lower(line: _Line) -> bool:
    """A line that carries on a sentence: it opens with a lower-case word. A name written with capitals inside
    ("eviQ Cancer Treatments Online.", "eGFR is ...") opens a sentence of its own; a bracket goes on with the
    sentence as its word does ("(bone cement) is injected ...")."""
    first = line.stripped.split(maxsplit=1)[0]
    if _BRACKETED_ENUMERATOR.match(first):
        return False  # "(a) Blood tests ..." starts an item
    first = first.lstrip("(['\"“‘")
    return first[:1].islower() and not any(letter.isupper() for letter in first)


def _over_a_subheading(following: _Line, beyond: _Line | None) -> bool:
    """A heading with its first sub-heading straight under it and the sub-heading's text after that
    ("Possible problems", "Infection", "Signs of infection include ..."; "Possible side effects", "Common", a
    bulleted list): two labels over their text, not a list."""
    return (
        following.stripped[:1].isupper() and following.kind == "prose" and beyond is not None
        and ((_is_prose(beyond) and beyond.stripped[:1].isupper()) or beyond.kind == "bullet")
    )


def _ends_a_block(line: _Line | None) -> bool:
    """Whether a line can stand right before a heading: a break, a finished sentence, a list item, an address.

    Scraped pages often have no blank lines and lose their bullet marks, so a
    heading may follow a short item ("dark urine and pale stools") or the
    department's name directly; a wrapped sentence's line does neither.
    """
    if line is None or line.kind in ("blank", "boilerplate", "heading", "heading_more", "metadata", "bullet", "item"):
        return True
    text = line.stripped
    if re.search(r"[.!?:]$", text) or PHONE.search(text):
        return True
    words = len(text.split())
    # the department's name, or a strap naming the readers ("Patient information for people having treatment at ...")
    return (text[:1].islower() and words <= _MAX_ITEM_WORDS) or _names_organisation(text) or (
        _names_readers(text) and not re.search(r"[:,]", text)
    )


def _two_part_heading(text: str) -> bool:
    """'Questions? Call us' or 'Worried? Ring the ward': a question and its answer, short enough to be a heading;
    or two questions ("Is it safe? What could go wrong?")."""
    words = len(text.split())
    questions = text.endswith("?") and not re.search(r"[.!]\s+\S", text)
    return (words <= _MAX_TWO_PART_WORDS or (questions and words <= _MAX_QUESTION_WORDS)) and not re.search(
        r"\.\s+\S", text
    )


def _boxed(previous: _Line | None, following: _Line | None) -> bool:
    """A line between two rules of dashes or equals signs: a heading set in a box."""
    return all(line is not None and _RULE_LINE.match(line.text) for line in (previous, following))


def _opens_prose(previous: _Line | None, following: _Line | None) -> bool:
    """A question over a capitalised sentence, after a line that does not break off mid-sentence (no trailing
    comma or "and"): "Revised 2023/06" then "What is a tunnelled CVC?" then its answer."""
    return (
        previous is not None and following is not None and following.kind == "prose"
        and following.stripped[:1].isupper() and _is_prose(following)
        and not re.search(r"[,;(–-]$", previous.stripped)
        and previous.stripped.split()[-1].lower() not in _DANGLING
    )


def _classify(lines: list[_Line], known_heading: HeadingTest) -> None:
    furniture = _boilerplate()
    for line in lines:
        if not line.stripped:
            line.kind = "blank"
        elif _METADATA.fullmatch(line.stripped) or _a_form_line(line.stripped):
            line.kind = "metadata"  # "Your name: ________  NHI: ______": a form's fields, as the leaflet's record
        elif (_is_furniture(furniture, _LINK_NUMBER.sub("", line.stripped)) and not _CONTACT_LINE.search(line.stripped)) or _RULE_LINE.match(
            line.text
        ):
            line.kind = "boilerplate"
        elif (marked := _MARKED_HEADING.fullmatch(line.text)) and not _is_furniture(furniture, marked.group(2) or marked.group(4)):
            line.kind = "heading"  # "--- Page 1 of 3 ---" is a page break, not a heading
        elif _BULLET.match(line.text):
            line.kind = "bullet"
    _mark_running_heads(lines)
    _mark_signatures(lines, known_heading)
    _mark_metadata_continuations(lines)
    _mark_bullet_continuations(lines)
    _mark_menus(lines, _crumbs(lines))
    _mark_link_lists(lines)
    openers = {line.at for line in _mark_unmarked_lists(lines, known_heading)}
    _mark_items_after_lead_in(lines)
    following_text = _next_not_blank(lines)
    spaced = _spaced_numbers(lines)
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else None
        following = lines[index + 1] if index + 1 < len(lines) else None
        if line.at in openers:  # its items follow: the wrapped-sentence and short-line tests do not apply
            following = None
        text_after = following_text[index]
        beyond = lines[index + 2] if following is not None and index + 2 < len(lines) else None
        if (line.kind == "prose" and _looks_like_heading(line, previous, following, known_heading, beyond)) or (
            line.kind == "bullet"
            and _numbered_heading(line, previous, following, text_after, known_heading, index in spaced, beyond)
        ):
            line.kind = "heading"
    _mark_contents(lines)
    _mark_wrapped_headings(lines)


_SIGN_OFF = re.compile(
    r"(?:(?:kind|best|warm|many|with best)\s+(?:regards|wishes)|regards|(?:yours\s+)?(?:sincerely|faithfully|truly)"
    r"|(?:many\s+)?thanks|thank you|cheers),?", re.IGNORECASE)
_MAX_SIGNATURE_LINES = 4


def _mark_signatures(lines: list[_Line], known_heading: HeadingTest) -> None:
    """A letter's or e-mail's sign-off ("Kind regards,") and the names under it, at most a blank line below it and
    ending at a blank line or the end ("Thyroid Nodule Clinic team" / "Head & Neck Interventional Radiology"): who
    sent it, not headings. A short line with text straight under it ("Contact us" over its paragraph) opens a
    section, and a line a section's phrase names is a heading: neither is signed."""
    for index, line in enumerate(lines):
        if not (line.kind == "prose" and _SIGN_OFF.fullmatch(line.stripped)):
            continue
        first = index + 1 + (index + 1 < len(lines) and lines[index + 1].kind == "blank")
        names: list[_Line] = []
        for other in lines[first:]:
            if other.kind == "blank":
                break
            if other.kind in ("boilerplate", "metadata"):
                continue  # "Phone 555-0137 | Fax 555-0139" under the names: furniture already
            if (other.kind != "prose" or len(other.stripped.split()) > _MAX_ORGANISATION_WORDS
                    or _ENDS_SENTENCE.search(other.stripped) or known_heading(other.stripped)):
                names = []  # the text goes on: no signature
                break
            names.append(other)
        if 0 < len(names) <= _MAX_SIGNATURE_LINES:
            for other in [line, *names]:
                other.kind = "boilerplate"


_PAGE_MARK = re.compile(r"\bpage\s+\d+\s*(?:of|/)\s*\d+\b|\f", re.IGNORECASE)
_MAX_RUNNING_HEAD_CHARACTERS = 160
_PAGE_BREAK_REACH = 6  # lines either side of a "Page 2 of 4" where a running header or footer stands


def _a_form_line(text: str) -> bool:
    """Fields to fill in, each a short label before its blank ("Patient: ______  MRN: ______"): not a sentence to
    read nor a heading. A sentence ending in a blank ("If you stopped a blood thinner, restart it on: ______") is
    text, and a line of underscores alone is a rule."""
    parts = _BLANK_TO_FILL.split(text)
    labels = [re.findall(r"[A-Za-z]+", part) for part in parts]
    return len(parts) > 1 and any(labels) and all(len(words) <= _MAX_FIELD_LABEL_WORDS for words in labels)


def _mark_running_heads(lines: list[_Line]) -> None:
    """A PDF's running header and footer, as text extraction leaves them at every page break: the "Page 2 of 4"
    line, and a line that comes again on the page break's either side ("NHS Health Board   Department of Clinical
    Radiology", "IR-031 v3"), are furniture there. The same words elsewhere stay text (the masthead over the
    title, a sentence said twice), and a text with no page marks has no pages to repeat on."""
    marks = {i for i, line in enumerate(lines)
             if line.stripped and len(line.stripped) <= _MAX_RUNNING_HEAD_CHARACTERS and _PAGE_MARK.search(line.text)}
    marks |= _numbered_heads(lines)
    if not marks:
        return
    counts: dict[str, int] = {}
    for line in lines:
        if line.stripped:
            key = " ".join(line.stripped.lower().split())
            counts[key] = counts.get(key, 0) + 1
    near = {i for mark in marks for i in range(mark - _PAGE_BREAK_REACH, mark + _PAGE_BREAK_REACH + 1)}
    for index in sorted(near & set(range(len(lines)))):
        line = lines[index]
        if not line.stripped or line.kind == "bullet" or len(line.stripped) > _MAX_RUNNING_HEAD_CHARACTERS:
            continue
        if index in marks or (counts[" ".join(line.stripped.lower().split())] >= 2 and not _a_sentence(line)):
            line.kind = "boilerplate"


_PAGE_NUMBER = re.compile(r"\bpage\s+\d+\b", re.IGNORECASE)


def _numbered_heads(lines: list[_Line]) -> set[int]:
    """Lines that come again with another page's number ("Pleural mesothelioma and indwelling pleural catheters
    Page 2", then "... Page 3"): a running header with no "of 6" to mark it."""
    numbered: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.stripped and len(line.stripped) <= _MAX_RUNNING_HEAD_CHARACTERS and _PAGE_NUMBER.search(line.stripped):
            key = " ".join(_PAGE_NUMBER.sub(" ", line.stripped).lower().split())
            numbered.setdefault(key, []).append(index)
    return {index for indexes in numbered.values() if len(indexes) >= 2 for index in indexes}


def _a_sentence(line: _Line) -> bool:
    """ "Ring the ward on 01632 960 000 with any question." said twice is the leaflet's text, not a page's header."""
    return line.stripped.endswith((".", "!", "?")) and len(line.stripped.split()) >= _PROSE_WORDS - 2


_MAX_METADATA_CONTINUATION_WORDS = 6
_WRAPPED_RECORD = 60  # characters: a record line this long ended where the text wrapped


def _mark_metadata_continuations(lines: list[_Line]) -> None:
    """A few words straight under a record line that wrapped ("Author: ... and Dr P. Lindqvist, Consultant" over
    "Interventional Radiologist") go on with it: the record, not a heading over the paragraph straight under it
    ("Last reviewed April 2024 by the Gastrointestinal Tumour Group" over "Understanding liver metastases" and its text)."""
    for index, (previous, line) in enumerate(itertools.pairwise(lines)):
        after = lines[index + 2] if index + 2 < len(lines) else None
        if (previous.kind == "metadata" and line.kind == "prose" and len(previous.stripped) >= _WRAPPED_RECORD
                and previous.stripped[-1].isalpha()
                and ":" not in line.stripped and not line.stripped.endswith("?")
                and len(line.stripped.split()) <= _MAX_METADATA_CONTINUATION_WORDS
                and not (line.stripped[:1].isupper() and _is_prose(after))):
            line.kind = "metadata"


def _mark_bullet_continuations(lines: list[_Line]) -> None:
    """A line indented under a bullet's text, straight after it, goes on with that item (a bilingual page's
    translation under each English item: "- Your health card" over "  Votre carte santé"): an item's line, never a
    heading, and a heading may follow it as it may follow the item."""
    item_indent: int | None = None
    for line in lines:
        if line.kind == "bullet":
            item_indent = line.indent
        elif item_indent is not None and line.kind == "prose" and line.indent > item_indent:
            line.kind = "item"
        else:
            item_indent = None


def _mark_wrapped_headings(lines: list[_Line]) -> None:
    """A heading in capitals that a narrow column wrapped ("HOW SMALL KIDNEY LUMPS" over "ARE FOUND", then the
    text): its second line finishes it."""
    for line, following, beyond in zip(lines, lines[1:], lines[2:]):
        text, rest = line.stripped, following.stripped
        if (
            line.kind == "heading" and text.isupper() and not re.search(r"[.?!:]$", text)
            and following.kind in ("heading", "item", "prose") and rest.isupper() and len(rest.split()) <= _WRAPPED_HEADING_WORDS
            and not re.search(r"[.!:]$", rest) and beyond.stripped and not beyond.stripped.isupper()
        ):
            following.kind = "heading_more"


def _next_not_blank(lines: list[_Line]) -> list[_Line | None]:
    """For each line, the next line after it that is not blank (found in one pass from the end)."""
    found: list[_Line | None] = [None] * len(lines)
    upcoming: _Line | None = None
    for index in range(len(lines) - 1, -1, -1):
        found[index] = upcoming
        if lines[index].kind != "blank":
            upcoming = lines[index]
    return found


def _mark_link_lists(lines: list[_Line]) -> None:
    """The short lines under a "Related" or "See also" label, up to a blank line, are links to other pages, a
    question among them too ("Prostate cancer screening: should I get a PSA test?")."""
    for index, line in enumerate(lines):
        if line.kind == "boilerplate" and _LINKS_LABEL.fullmatch(line.stripped):
            for item in itertools.islice(lines, index + 1, None):
                text = item.stripped
                if item.kind not in ("prose", "heading") or len(text.split()) > _MAX_ITEM_WORDS or re.search(r"[.!]$", text):
                    break
                item.kind = "boilerplate"


def _mark_contents(lines: list[_Line]) -> None:
    """A run of three or more short lines that the page repeats later as its headings is a table of contents."""
    runs: list[list[_Line]] = [[]]
    for line in lines:
        if line.kind in ("heading", "prose", "boilerplate", "item") and len(line.stripped.split()) <= _MAX_QUESTION_WORDS:
            runs[-1].append(line)
        else:
            runs.append([])
    last_as_heading = {line.stripped.casefold(): line.at for line in lines if line.kind == "heading"}  # last wins
    for run in runs:
        repeated = [i for i, line in enumerate(run) if last_as_heading.get(line.stripped.casefold(), -1) > line.at]
        groups = [[]]  # the repeated lines close together: a contents list is a block of them
        for i in repeated:
            if groups[-1] and i - groups[-1][-1] > _CONTENTS_GAP:
                groups.append([])
            groups[-1].append(i)
        for group in groups:
            if len(group) >= 3:
                for line in run[group[0] : group[-1] + 1]:
                    line.kind = "boilerplate"


def _mark_unmarked_lists(lines: list[_Line], known_heading: HeadingTest) -> list[_Line]:
    """Mark the items of lists whose bullets were lost in scraping: three or more short lines in a row, no sentence.

    Such a run may open with its heading ("Signs of a blockage" over lower-case
    items, or a heading that names a section) and may close with the next
    section's heading (a short line with prose straight under it); the lines
    between are items, never headings. Only inside the text: before it, short
    lines in a row are site furniture and the title. Returns the lines that open a list.
    """
    wrap_width = max((len(line.text) for line in lines if line.kind == "prose"), default=0)

    def item_like(index: int) -> bool:
        line, text = lines[index], lines[index].stripped
        following = lines[index + 1] if index + 1 < len(lines) else None
        return (
            line.kind == "prose"
            # a line near the width a hard-wrapped file breaks at, its sentence going on in lower case below
            and not (len(line.text) >= _WRAPPED * wrap_width and following is not None
                     and following.kind == "prose" and following.stripped[:1].islower())
            and len(text.split()) <= _MAX_ITEM_WORDS
            and len(text) <= (min(_MAX_ITEM_CHARACTERS, _WRAPPED * line.width) if line.width else _MAX_ITEM_CHARACTERS)
            and not re.search(r"[.!?:;]$", text)
            and not _SENTENCE_INSIDE.search(text)  # "it. One or more thin needles, called": a narrow column's wrap
            and not (text.endswith(",") or text.split()[-1].lower() in _DANGLING)  # "is a way of treating a"
            and not reaches_someone(text)
        )

    openers = []
    text_starts = (
        i for i, line in enumerate(lines)
        if line.kind == "bullet" or _is_prose(line) or line.stripped.endswith(("?", ":"))
        or (line.stripped[:1].islower() and not _ends_a_wrapped_title(lines, i))
    )
    index = max(next(text_starts, len(lines)) - 1, 0)  # the line before may be the heading that opens a list
    while index < len(lines):
        end = index
        while end < len(lines) and item_like(end):
            end += 1
        run = lines[index:end]
        if len(run) >= 3:
            after = lines[end] if end < len(lines) else None
            if after is not None and _long_last_item(lines, after):
                after.kind = "item"  # "Rarely, palpitations and high blood pressure if it releases hormones"
                run, after = [*run, after], lines[end + 1] if end + 1 < len(lines) else None
                end += 1
            closes = _is_prose(after)
            first, rest = run[0], run[1 : len(run) - 1 if closes else len(run)]
            lead_in = index > 0 and lines[index - 1].stripped.endswith(":")
            opens = not lead_in and (
                all(line.stripped[:1].islower() for line in rest)
                or known_heading(first.stripped)
                or (_asks(first) and not all(_asks(line) for line in rest))  # "What you may notice" over symptoms
                or (after is not None and reaches_someone(after.stripped))  # an address over a phone number
            )
            if opens:
                openers.append(first)
            for line in run[1 if opens else 0 : len(run) - 1 if closes else len(run)]:
                line.kind = "item"
        index = max(end, index + 1)
    return openers


def _long_last_item(lines: list[_Line], line: _Line) -> bool:
    """A long line closing a run of unbulleted items with no stop, as they have none: the list's last item,
    not the text under a heading the run closes with. A paragraph ends in a stop, or wraps on in lower case."""
    following = lines[line.at + 1] if line.at + 1 < len(lines) else None
    return (
        line.kind == "prose" and line.stripped[:1].isupper() and not re.search(r"[.!?:;,]$", line.stripped)
        and len(line.stripped.split()) <= _MAX_LEAD_IN_ITEM_WORDS and not reaches_someone(line.stripped)
        and not (following is not None and following.kind == "prose" and following.stripped[:1].islower())
    )


def _asks(line: _Line) -> bool:
    return line.stripped.split(maxsplit=1)[0].lower() in QUESTION_WORDS


def _mark_items_after_lead_in(lines: list[_Line]) -> None:
    """Lines starting in lower case straight under a lead-in ("Before your appointment:") are its list's items,
    however long, up to the first line that does not: a page scraped without blank lines or bullets keeps
    its lists so, and the heading after one ("How is the port put in?") must not be read as the end of a
    wrapped sentence."""
    for index, line in enumerate(lines):
        if line.kind != "prose" or not (line.stripped.endswith(":") or _opens_a_condition_list(lines, index)):
            continue
        for item in itertools.takewhile(
            lambda following: following.kind == "prose" and following.stripped[:1].islower()
            and len(following.stripped.split()) <= _MAX_LEAD_IN_ITEM_WORDS,
            lines[index + 1 :],
        ):
            item.kind = "item"


def _opens_a_condition_list(lines: list[_Line], index: int) -> bool:
    """A short line ending on "if" or "when" over two or more lines in lower case: a heading whose list finishes
    it ("Call us if" over "you have a fever", "the tube falls out"), as no wrapped paragraph starts so short."""
    words = lines[index].stripped.split()
    following = lines[index + 1 : index + 3]
    return (
        len(words) <= _LEAD_IN_WORDS + 2 and words[-1].lower() in ("if", "when") and len(following) == 2
        and all(line.kind == "prose" and line.stripped[:1].islower() for line in following)
    )


_DETAILS_ROW = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: (?=[^.!?]*\d)(?=[^.!?]*,)[^.!?]+")
"""A labelled row of an appointment's details ("Appointment: Thursday, October 16, 2025, 10:30 AM", "Location:
Heart & Vascular Pavilion, 3rd floor, Suite 310"): its value holds a figure and a comma, as no heading's does."""


def _spaced_numbers(lines: list[_Line]) -> set[int]:
    """The numbered lines (by place in ``lines``) that number the leaflet's sections: each the next number
    after one some lines of text back ("4. Before the procedure", a paragraph, "5. Possible risks"), or the
    one before the next such; a list's items follow one another. Items of another list between them, bulleted
    with a glyph, set no further in and closed by a blank line ("4. Other choices", "•  Conservative care ...",
    blank, "5. Getting ready"), are text between sections too; bullets set further in, lettered ("a) Hold it
    upright") or running straight on to the next number are the numbered item's own sub-list, as a scrape that
    lost the indent leaves it."""
    numbered = [(index, int(match.group(1))) for index, line in enumerate(lines) if line.kind == "bullet"
                and (match := re.match(r"\s*(\d{1,2})[.)]\s", line.text))]
    spaced: set[int] = set()
    for (first, number), (second, next_number) in itertools.pairwise(numbered):
        between = lines[first + 1 : second]
        bulleted = [line for line in between if line.kind == "bullet"]
        if next_number == number + 1 and (
            any(line.kind not in ("blank", "bullet") for line in between)
            or (bulleted and between[-1].kind == "blank"
                and all(_GLYPH_BULLET.match(line.text) and line.indent <= lines[first].indent for line in bulleted))
        ):
            spaced |= {first, second}
    return spaced


def _numbered_heading(
    line: _Line, previous: _Line | None, following: _Line | None, text_after: _Line | None,
    known_heading: HeadingTest, spaced: bool = False, beyond: _Line | None = None,
) -> bool:
    """'2. What are the risks?' standing alone is a numbered heading, not the second item of a list.

    ``text_after`` is the next line that is not blank: prose there, and the numbered line heads it. One
    of a numbering spread over the text (``spaced``) heads its section whatever follows, a list too.
    """
    marker = _NUMBER.match(line.text)
    if marker is None or (following is not None and following.kind == "bullet" and not spaced):
        return False
    rest = _Line(line.at, line.number, line.raw, line.text[marker.end() :], offset=line.offset)
    if previous is not None and previous.kind == "bullet" and _NUMBER.match(previous.text):  # a list's next item
        return False
    return _looks_like_heading(rest, previous, following, known_heading, beyond) and (
        spaced or rest.stripped.endswith("?") or known_heading(rest.stripped) or _is_prose(text_after)
        or (text_after is not None and reaches_someone(text_after.stripped))  # "10) Support" over a phone number
    )


def _fills_column(line: _Line) -> bool:
    """A line of a column (PDF text) that runs to the column's edge: wrapped text, never a label."""
    return bool(line.width) and len(line.stripped) >= _WRAPPED * line.width


def _is_prose(line: _Line | None) -> bool:
    """A line of running text: a sentence or a long line, not a label, menu item or list item."""
    return line is not None and line.kind == "prose" and (
        len(line.stripped.split()) > _PROSE_WORDS or line.stripped.endswith(".")
    )


def _is_menu_item(line: _Line) -> bool:
    if line.kind == "boilerplate":
        return True
    return line.kind == "prose" and len(line.stripped.split()) <= _MAX_MENU_WORDS and not re.search(
        r"[.?!:;,]$", line.stripped
    )


def _crumbs(lines: list[_Line]) -> dict[str, int]:
    """What the page's breadcrumbs name ("Home > Services > Kyphoplasty"), with their lines: the page's title.

    The file's first line, when it is a browser's title saved with the page ("Liver biopsy | Conditions |
    Bayside Medical Group"), names the page first and the site last.
    """
    opening = next((line.at for line in lines if line.kind != "blank"), None)
    crumbs: dict[str, int] = {}
    for line in lines:
        if line.kind == "boilerplate" and (crumb := _page_named(line.stripped, browser_title=line.at == opening)):
            crumbs.setdefault(crumb, line.at)  # the first: a footer may repeat the breadcrumb
    return crumbs


_SITE_SECTION = re.compile(
    r"(?:(?:patients?|information|leaflets?|fact ?sheets?|handouts?|for|and|&|the|famil(?:y|ies)|carers?|parents?"
    r"|visitors|a-z|a to z)\s*)+",
    re.IGNORECASE,
)
"""A breadcrumb ending in the site's section for leaflets ("... / Patient information"), not this page's name:
it names no line ("Patient information - Department of Radiology" under it is a strap), though the title
still stands under it."""


def _named_by(crumbs: dict[str, int], line: _Line) -> bool:
    """Whether a line below a breadcrumb starts with what it names (a menu item above it is not the page)."""
    return any(line.at > at and line.stripped.casefold().startswith(crumb) and not _SITE_SECTION.fullmatch(crumb)
               for crumb, at in crumbs.items())


def _mark_menus(lines: list[_Line], crumbs: dict[str, int]) -> None:
    """Before the text starts or after it ends, three or more short lines with no blank between are a menu.

    Inside the text such a run is more likely an unbulleted list, so it is left alone.
    The line after a breadcrumb (or after the same line: the last item of a breadcrumb
    laid out one item a line) starts the page (its title), and a line with
    prose straight under it is the first section's heading: neither is a menu item.
    """
    body = [i for i, line in enumerate(lines)
            if line.kind == "bullet" or (_is_prose(line) and not _menu_row(line.stripped))]  # a bar's phone is no text
    if not body:
        return
    first, last = body[0], body[-1]
    run: list[int] = []
    padded = [*lines, _Line(len(lines), 0, "", "", "blank")]
    for index, line in enumerate(padded):
        after_crumb = index > 0 and (
            lines[index - 1].at in crumbs.values() or lines[index - 1].stripped.casefold() == line.stripped.casefold()
        )  # ... or after a line it repeats: a breadcrumb laid out one item a line ends in the page's name
        if (
            line.kind != "blank"
            and _is_menu_item(line)
            and not _named_by(crumbs, line)
            and not after_crumb
            and not _is_prose(padded[index + 1])
            and not _DOUBLE_UNDERLINE.match(padded[index + 1].text)  # a title underlined "=====" is no menu item
        ):
            run.append(index)  # menus name sections too ("Treatments", "Contact us"): they stay in the run
            continue
        items = [i for i in run if lines[i].kind != "boilerplate"]
        if len(run) >= 3 and len(items) >= 2 and (run[0] > last or (run[-1] < first and not _masthead(lines, run))):
            for item in run:
                lines[item].kind = "boilerplate"
        run = []


def _masthead(lines: list[_Line], run: list[int]) -> bool:
    """A leaflet's own head, not a menu: three lines or fewer of several words, some naming the department or the
    kind of document ("Percutaneous nephrostomy", "Patient Information Leaflet", "Department of Radiology"), one not:
    the title is among them."""
    texts: list[str] = []
    for i in run:  # a title wrapped over lines is one line of it ("Pleural mesothelioma and" / "indwelling ...")
        if texts and lines[i].stripped[:1].islower():
            texts[-1] += " " + lines[i].stripped
        else:
            texts.append(lines[i].stripped)
    naming = [text for text in texts if _names_organisation(text) or _LEAFLET_KIND.search(text)]
    return (
        len(texts) <= _MAX_MASTHEAD_LINES and all(len(text.split()) >= 2 and text[:1].isupper() for text in texts)
        and 0 < len(naming) < len(texts)
    )


_MAX_MASTHEAD_LINES = 3
_LEAFLET_KIND = re.compile(r"\b(?:leaflet|information|fact ?sheet|handout)\b", re.IGNORECASE)
_NAME_THEN_KIND = re.compile(r"[^.!?]{3,60} [–—-] (?:\w+ ){0,2}(?:patient|patients'?|family|parent|carer)s?\b.*",
                             re.IGNORECASE)
"""A document's own heading, its subject then its kind ("Varicocele Embolisation - Patient Information"), which a
site also uses as the browser's title; where the page shows no other, it is the title."""


_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
"""The number a text browser's dump (``lynx -dump``) puts before each link: "[3]Home", "[1]Skip to content"."""


def _menu_link(line: _Line) -> bool:
    """A site menu's item as a text browser dumps it: a bullet over a numbered link of a few words ("* [4]Our
    hospitals"). Before the title only: in the text such an item may be a support group worth naming."""
    item = _BULLET.sub("", line.stripped, count=1)
    return line.kind == "bullet" and _LINK_NUMBER.match(item) is not None and len(item.split()) <= _MENU_ITEM_WORDS


def _wrapped_crumb(before: list[_Line], line: _Line) -> bool:
    """The rest of a breadcrumb that wrapped ("... > [11]Medical imaging > Bronchial" over "artery embolisation")."""
    crumb = before[-1] if before else None
    return (crumb is not None and crumb.kind == "boilerplate" and crumb.at == line.at - 1
            and _page_named(crumb.stripped) is not None and _continues_in_lower_case(line))


def _split_title(lines: list[_Line], known_heading: HeadingTest) -> tuple[list[_Line], set[int]]:
    """Find the title among the short lines before the first prose, and what around it is furniture.

    In order of trust: the line a breadcrumb names; the first title-like line
    after the breadcrumb (sites put the page's title right under it); a line
    the page repeats; the last title-like line, unless it names a section.
    Returns the title's lines (one, or two where it wrapped) and the line numbers to set aside.
    """
    if (mailed := _emailed_title(lines, known_heading)) is not None:
        return mailed
    before: list[_Line] = []
    wrapped_title: _Line | None = None
    crumbs = _crumbs(lines)
    for line in lines:
        if (line.kind == "boilerplate" and not _continues_in_lower_case(line)) or (
            line.kind == "prose" and _menu_row(line.stripped)  # "Book Appointment | Emergency: 080 5555 1066 | ..."
        ) or _menu_link(line) or _wrapped_crumb(before, line):
            before.append(line)  # site furniture ("Share this page", "f   in   ✉") is set aside: the text has not begun
            continue
        opening_line = not before and _title_like(line) and not re.search(r"\s[-|–]\s", line.stripped)  # no browser title
        if not before and line.kind == "prose" and _BROWSER_TITLE.fullmatch(line.stripped):
            before.append(line)  # "Preoperative Tumor Embolization - Health Encyclopedia - Mountain View ...": the
            continue  # page's <title> as a text browser prints it, furniture over the page's own title
        if _opens_narrow_paragraph(lines, line):
            break
        if _wraps_an_organisation(lines, line):
            before.append(line)  # "Department of Vascular Surgery" / "and Interventional Radiology": one name
            continue
        if _goes_on_a_title(before, line):
            before.append(line)  # "Percutaneous vertebroplasty for" / "myeloma bone disease": one title, and what
            wrapped_title = line  # follows it is its straps and the department's, not another title
            continue
        named = _named_by(crumbs, line) and not _ENDS_SENTENCE.search(line.stripped)  # "Nephrostomy: having a tube ..."
        if line.kind in ("bullet", "item") or (_is_prose(line) and not line.stripped.isupper() and not opening_line
                                               and not named and not _wraps_as_a_title(lines, line)
                                               and not _alone_over_text(lines, line, before)) or (
            line.stripped[:1].islower() or _fills_column(line)
        ):
            break  # a long line in capitals is a title ("VERTEBROPLASTY: A CEMENT INJECTION FOR ..."), not the text,
            # and so is the file's first line when it ends in no stop ("Radiologically inserted gastrostomy for ...")
        if line.kind != "blank":
            before.append(line)
    candidates = [line for line in before if _title_like(line) and (wrapped_title is None or line.at < wrapped_title.at)]
    # "1. The blockage" numbers the first section: a title is not numbered, where another line can be it.
    candidates = [line for line in candidates if not _NUMBER.match(line.text)] or candidates
    # "About varicoceles:" over a paragraph labels the first section: a title ends in no colon, where another can be it.
    candidates = [line for line in candidates if not line.stripped.endswith(":")] or candidates
    opening = before[0] if before else None
    if (opening is not None and opening.kind == "boilerplate" and _NAME_THEN_KIND.fullmatch(opening.stripped)
            and all(_names_organisation(line.stripped) or line.stripped.endswith((":", "?")) for line in candidates)):
        candidates = [opening]  # "Varicocele Embolisation - Patient Information" over a masthead: no other title
    if not candidates:
        return [], set()
    title = _chosen_title(lines, candidates, crumbs, known_heading)
    if title is None:
        return [], set()
    wrapped = _wrapped_title(lines, title)
    title, last = wrapped[0], wrapped[-1]
    furniture = {line.at for line in before if line.at < title.at and line.kind != "metadata"}
    furniture |= {line.at for line in before if line.stripped.casefold() == title.stripped.casefold()}
    furniture |= {line.at for line in before
                  if line.at > last.at and (_ORGANISATION.search(line.stripped) or _names_readers(line.stripped)
                                            or (_STRAP.search(line.stripped) and _above_past_organisations(lines, line) is last)
                                            or (_strap_under(lines, last, line) and not _opens_text(lines, line))
                                            or _REFERENCE_CODE.search(line.stripped))}
    furniture |= _straps_under(lines, last, known_heading)
    furniture -= {line.at for line in wrapped}
    return wrapped, furniture


_MAX_STRAPS = 3


def _a_strap(text: str) -> bool:
    """A line that goes with a title, not under it as text: its kind or readers ("Information for patients and
    whānau"), or the department's name ("Oncology and Interventional Radiology")."""
    return len(text.split()) <= _MAX_STRAP_WORDS and (
        _a_kind_line(text) or _names_readers(text) or (_names_organisation(text) and not _ENDS_SENTENCE.search(text)))


_MAX_STRAP_WORDS = 10
"""Longer, a line under the title says something the reader reads ("Patient information from Radiology and the Upper
GI Cancer Team, Glenmore Royal Infirmary": a reviewer asked for GI to be spelled out)."""


def _straps_under(lines: list[_Line], last: _Line, known_heading: HeadingTest) -> set[int]:
    """The lines straight under a title that name its readers, kind or department ("Information for patients and
    whānau", "Oncology and Interventional Radiology"), up to the first that does not: a title wrapped over two lines
    ends the search for it before they are reached. A section's heading ("About this leaflet", "Who this leaflet is
    for") is none."""
    found: set[int] = set()
    for line in lines[last.at + 1 :]:
        if line.kind == "blank":
            continue
        text = line.stripped
        if (len(found) >= _MAX_STRAPS or known_heading(text) or text.endswith("?")
                or text.split()[0].lower() in (*QUESTION_WORDS, "about")
                or not _a_strap(text)):
            break
        found.add(line.at)
    return found


_EMAIL_HEADER = re.compile(r"(?:from|to|cc|bcc|subject|date|sent|reply-to):\s.*", re.IGNORECASE)
_EMAIL_HEADERS = 2
_EMAIL_TITLE_REACH = 40  # lines: where a handout e-mailed after its greeting still shows its title


def _emailed_title(lines: list[_Line], known_heading: HeadingTest) -> tuple[list[_Line], set[int]] | None:
    """A handout sent as an e-mail: its "From:", "To:", "Subject:" lines are furniture, and its title is the first
    line in capitals after the greeting that names no organisation ("IVC FILTER REMOVAL (RETRIEVAL): PATIENT
    INSTRUCTIONS" between rules of "="), else the subject. ``None`` for a text that opens with no such headers."""
    opening = [line for line in lines[:12] if line.stripped][:6]
    headers = [line for line in opening if _EMAIL_HEADER.fullmatch(line.stripped)]
    if len(headers) < _EMAIL_HEADERS:
        return None
    furniture = {line.at for line in headers}
    for line in lines[headers[-1].at + 1 : headers[-1].at + 1 + _EMAIL_TITLE_REACH]:
        text = line.stripped
        if (line.kind in ("heading", "prose", "boilerplate")
                and ((text.isupper() and len(text.split()) >= 2) or _a_title_alone(lines, line)
                     or _capitals_then_kind(text))
                and not _names_organisation(text) and not _a_section_heading(text, known_heading)
                and not _RULE_LINE.match(line.text)):
            under = next((other for other in lines[line.at + 1 : line.at + 3] if other.kind != "blank"), None)
            if under is not None and _a_strap(under.stripped):
                # the department under the title ("Interventional Radiology, Mercy Hospital", "Patient information -
                # Department of Radiology")
                furniture.add(under.at)
            # an organisation named between the headers and the title: the covering note's signature ("Liver Nurse
            # Specialist Service" / "Department of Hepatology" under "Kind regards,")
            furniture |= {other.at for other in lines[headers[-1].at + 1 : line.at]
                          if other.kind != "blank" and _names_organisation(other.stripped)}
            return [line], furniture
    subject = next((line for line in headers if line.stripped.lower().startswith("subject:")), None)
    if subject is None:
        return [], furniture
    cut = len(subject.raw) - len(subject.raw.split(":", 1)[1].lstrip())  # the subject's words, not "Subject: "
    said = _Line(subject.at, subject.number, subject.raw[cut:], subject.text[cut:], offset=subject.offset + cut)
    return [said], furniture - {subject.at}


_MAX_SECTION_NAME_WORDS = 4
_MIN_TITLE_CASE_WORDS = 3


def _a_title_alone(lines: list[_Line], line: _Line) -> bool:
    """A line in title case between blank lines, ending in no stop ("Thrombin Injection for a Pseudoaneurysm"): an
    e-mailed handout's title where it is not set in capitals. The line under it may name the document's kind or
    readers ("Haemangioma of the Liver" over "Information for patients")."""
    words = line.stripped.split()
    significant = [word for word in words if len(word) > 3 and word[:1].isalpha()]
    below = line.at + 1
    if below < len(lines) and lines[below].kind != "blank" and _a_kind_line(lines[below].stripped):
        below += 1
    return (
        len(words) >= _MIN_TITLE_CASE_WORDS and len(significant) >= 2 and all(word[:1].isupper() for word in significant)
        and not re.search(r"[.,:;!?]$", line.stripped)
        and all(0 <= at < len(lines) and lines[at].kind == "blank" for at in (line.at - 1, below))
    )


_KIND_AFTER = re.compile(r"(.+?)\s+[-–—:|]\s+(.+)")


def _capitals_then_kind(text: str) -> bool:
    """A name in capitals, then the document's kind after a dash ("RAYNAUD'S PHENOMENON - information for
    patients"): a pasted handout's title."""
    parts = _KIND_AFTER.fullmatch(text)
    return (parts is not None and parts.group(1).isupper() and len(parts.group(1).split()) >= 2
            and _a_kind_line(parts.group(2)))


def _a_kind_line(text: str) -> bool:
    """A short line naming a document's kind or readers ("Information for patients", "Patient leaflet")."""
    return (bool(_LEAFLET_KIND.search(text) or _names_readers(text)) and len(text.split()) <= _MAX_ORGANISATION_WORDS
            and not _ENDS_SENTENCE.search(text))


def _a_section_heading(text: str, known_heading: HeadingTest) -> bool:
    """ "WHAT TO EXPECT:", "BEFORE YOUR BIOPSY": a section's heading, not an e-mailed handout's title, which may name
    its procedure in words a section's phrase knows ("IMAGE-GUIDED BIOPSY OF A SOFT TISSUE LUMP")."""
    text = text.rstrip(":")
    return known_heading(text) and (text.endswith("?") or len(text.split()) <= _MAX_SECTION_NAME_WORDS)


_BROWSER_TITLE = re.compile(r"[^.!?]+?(?:\s[-|–]\s[^.!?]+?){2,}")
"""A first line of three parts or more apart by dashes or bars, no sentence: a browser's title bar."""
_WRAPPED_TITLE_WORDS = 6
_WEB_ADDRESS = re.compile(r"://|\bwww\.")


def _title_goes_on(upper: _Line, lower: _Line) -> bool:
    """Whether a title's line goes on in the line under it: a short line in capitals under capitals, in lower case
    or a bracket under words, or anything under a line ending on a word that leads on."""
    text, words = lower.stripped, len(lower.stripped.split())
    if (not text or lower.kind in ("blank", "metadata") or words > _WRAPPED_TITLE_WORDS or _names_organisation(text)
            or _WEB_ADDRESS.search(text) or re.search(r"[.?!:]$", upper.stripped)):
        return False
    if upper.stripped and upper.stripped.split()[-1].lower() in _DANGLING:
        return True  # "Isolated Limb Perfusion (ILP) for Melanoma and" over "Sarcoma of the Arm or Leg"
    return text.isupper() if upper.stripped.isupper() else text[:1].islower() or text[:1] == "("


def _wrapped_title(lines: list[_Line], title: _Line) -> list[_Line]:
    """The title's lines: a title wrapped in two or three reads as one ("CRYOABLATION OF SMALL" over "KIDNEY TUMOURS",
    "Colonic Stent Insertion" over "for a blocked bowel", "Transarterial chemoembolisation" over "(TACE) for
    liver cancer"), whichever of its lines was chosen."""

    start = title
    if start.at > 0 and _title_goes_on(lines[start.at - 1], start) and _title_like(lines[start.at - 1]):
        start = lines[start.at - 1]
    wrapped = [start]
    while len(wrapped) <= _MAX_TITLE_LINES:  # "High intensity focused" / "ultrasound (HIFU) for" / "prostate cancer"
        following = lines[wrapped[-1].at + 1] if wrapped[-1].at + 1 < len(lines) else None
        if following is None or not _title_goes_on(wrapped[-1], following):
            return wrapped
        wrapped.append(following)
    return [start]  # more lines going on than a title has: a paragraph's


_MAX_TITLE_LINES = 3


def _wraps_as_a_title(lines: list[_Line], line: _Line) -> bool:
    """A long title wrapped over a short line in lower case and then a blank ("Needle biopsy of a bone or soft
    tissue lump" over "that may be a sarcoma"): no paragraph's first line, which ends no stop-less phrase so."""
    wrapped = _wrapped_title(lines, line)
    after = lines[wrapped[-1].at + 1] if wrapped[-1].at + 1 < len(lines) else None
    return (len(wrapped) == 2 and wrapped[0] is line and not _ENDS_SENTENCE.search(line.stripped)
            and not re.search(r"[.!?;:,]$", wrapped[1].stripped) and (after is None or after.kind == "blank"))


_NARROW_PARAGRAPH_WORDS = 10


def _alone_over_text(lines: list[_Line], line: _Line, before: list[_Line]) -> bool:
    """A long title on a line of its own under the site's furniture, over the text's first paragraph ("Draining fluid
    from around the lung: pleural aspiration and chest drain" under "Print this page   Download PDF")."""
    later = [other for other in lines[line.at + 1 : line.at + _TITLE_REACH]
             if other.kind != "blank" and not _names_organisation(other.stripped)]  # past a department's line
    # the first paragraph, or the first section's heading over it ("About this page" and its text)
    following = later[1].stripped if len(later) > 1 and later[0].kind == "heading" else (
        later[0].stripped if later else "")
    return (
        bool(before) and before[-1].kind == "boilerplate" and _title_like(line)
        and lines[line.at - 1].kind in ("blank", "boilerplate")
        and line.at + 1 < len(lines) and lines[line.at + 1].kind == "blank"
        and following[:1].isupper() and len(following.split()) >= _PROSE_WORDS
    )


_TITLE_REACH = 12  # lines: where the text under a title alone is looked for


def _ends_a_wrapped_title(lines: list[_Line], index: int) -> bool:
    """A line in lower case that ends a title wrapped over two ("Pelvic Angiography and Embolisation" / "after a
    Pelvic Fracture"), a blank line or the title's readers under it: no text has begun. Lower-case lines going on
    ("Warning signs" / "high temperature" / "shivering") are a list."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    return (index > 0 and _title_goes_on(lines[index - 1], lines[index])
            and (after is None or after.kind == "blank" or _a_strap(after.stripped)))


def _opens_narrow_paragraph(lines: list[_Line], line: _Line) -> bool:
    """The first line of a paragraph set in a narrow column ("Cryoablation is a way of treating a" over "small
    tumour in the kidney by freezing"): three lines or more, the second going on in lower case, ten words or more
    in the first two. A title wrapped in two ("Biliary drainage and stent" over "insertion (PTC)") is shorter."""
    following = lines[line.at + 1 : line.at + 3]
    return (
        len(following) == 2 and all(later.kind != "blank" for later in following)
        and following[0].stripped[:1].islower()
        and len(line.stripped.split()) + len(following[0].stripped.split()) >= _NARROW_PARAGRAPH_WORDS
        and not _a_strap(following[1].stripped)  # "... Embolisation" / "after a Pelvic Fracture" / "Information
    )  # for patients and whānau": a title wrapped over its readers' line


def _wraps_an_organisation(lines: list[_Line], line: _Line) -> bool:
    """A short line going on in lower case straight under an organisation's name ("Department of Vascular Surgery"
    over "and Interventional Radiology"): the name wrapped, not the text begun."""
    above = lines[line.at - 1] if line.at > 0 else None
    return (
        above is not None and above.kind != "blank" and _names_organisation(above.stripped)
        and _continues_in_lower_case(line) and len(line.stripped.split()) <= _MAX_ORGANISATION_WORDS
        and not _ENDS_SENTENCE.search(line.stripped)
    )


def _goes_on_a_title(before: list[_Line], line: _Line) -> bool:
    """A short line in lower case straight under a title-like line ending on a word that leads on ("for", "and"):
    the title wrapped, not the text begun."""
    above = before[-1] if before else None
    return (
        above is not None and above.at == line.at - 1 and _title_like(above)
        and above.stripped.split()[-1].lower() in _LEADS_ON and _continues_in_lower_case(line)
        and _title_goes_on(above, line) and not _ENDS_SENTENCE.search(line.stripped)
    )


def _continues_in_lower_case(line: _Line) -> bool:
    """A line of words opening in lower case ("insertion (PTC)" under "Biliary drainage and stent"): a wrapped
    line, not a row of icons ("f   in   ✉")."""
    return line.stripped[:1].islower() and re.search(r"[a-z]{3}", line.stripped) is not None


def _title_like(line: _Line) -> bool:
    """A heading line, or a short capitalised line that is no sentence, phone number or organisation's name."""
    text = line.stripped
    if _REFERENCE_CODE.search(text):
        return False  # "Leaflet No. SUH-RAD-061", "Leaflet R/112" file the leaflet
    if line.kind == "heading":
        return True
    return (
        line.kind == "prose"
        and text[:1].isupper()
        and len(text.split()) <= _MAX_QUESTION_WORDS  # a title may run longer than a heading
        and not re.search(r"[.,;:!]$", text)
        and not PHONE.search(text)
    )


_REFERENCE_CODE = re.compile(
    r"\b(?i:leaflet|ref|reference|document|doc)\.?\s*(?i:no\b\.?|number\b|id\b|code\b)"
    r"|\b[A-Z]+\d*(?:[-_][A-Z0-9]+){2,}\b|\b[A-Z]{1,4}/\d{2,}\b"
)
"""A document's filing reference ("Leaflet No. SUH-RAD-061", "Leaflet R/112", "DI-IR-0093"), in capitals so that a
name with hyphens ("Port-a-Cath") is none."""


_DEPARTMENT_AFTER = re.compile(r"\s(?:department|service|services|unit|clinic|team|division)$", re.IGNORECASE)


def _chosen_title(
    lines: list[_Line], candidates: list[_Line], crumbs: dict[str, int], known_heading: HeadingTest
) -> _Line | None:
    # "Interventional Radiology Department" under a breadcrumb ending in the site's section "Interventional Radiology"
    named = [line for line in candidates if _named_by(crumbs, line) and not _DEPARTMENT_AFTER.search(line.stripped)]
    if named:  # "Home > Services > Kyphoplasty" names the page: the line "Kyphoplasty" is its title
        return named[0]
    underlined = [line for line in candidates if _DOUBLE_UNDERLINE.match(_line_after(lines, line))]
    if underlined and sum(1 for line in lines if _DOUBLE_UNDERLINE.match(line.text)) == 1:
        return underlined[0]  # "=====" under one line only: the document's own first-level heading

    def names_section(line: _Line) -> bool:
        return line.stripped.endswith("?") or known_heading(line.stripped)

    pages = [line for line in candidates if not _names_organisation(line.stripped)] or candidates
    # "Information for patients and their families" under the title names its readers, not its subject
    pages = [line for line in pages if not _names_readers(line.stripped)] or pages
    # "Your questions answered", "Microwave and cryoablation: a guide for patients" straight under the title are
    # its straps ("Percutaneous nephrostomy: your questions answered" on its own is the title)
    under = {line.at for line in pages if _STRAP.search(line.stripped) and _above_past_organisations(lines, line) in pages}
    pages = [line for line in pages if line.at not in under] or pages
    last_crumb = max((at for at in crumbs.values() if at < candidates[-1].at), default=-1)
    under_crumb = [line for line in pages if line.at > last_crumb]
    if last_crumb >= 0 and under_crumb and under_crumb[0].kind == "heading":
        first = under_crumb[0]
        # ... unless it is the first section's heading ("Overview" and its text), the title being above the crumb
        if not (names_section(first) and _opens_text(lines, first)):
            return first
    seen: set[str] = set()
    for line in pages:  # shown twice (a page title and a content header): the first is the title
        key = line.stripped.casefold()
        if key in seen:
            return next(first for first in pages if first.stripped.casefold() == key)
        seen.add(key)
    last = pages[-1]
    # A lone line that opens the page is its title, even if it names a section ("Liver biopsy"); after
    # another line, a line with the text straight under it is the first section's heading.
    if last.stripped.endswith("?") or (len(pages) > 1 and _opens_text(lines, last)):
        above = pages[-2] if len(pages) >= 2 else None
        # an address or a label of the document's kind above names no subject: "Elm Park, Dublin 4", "CONSUMER
        # INFORMATION" over "IMAGE-GUIDED DRAINAGE OF AN ABSCESS" and its text
        if above is not None and not names_section(last) and _not_a_subject(above.stripped):
            return last
        return above
    if len(pages) > 1 and _strap_under(lines, pages[-2], last):
        return pages[-2]
    return last


_MIN_STRAP_WORDS = 4


def _strap_under(lines: list[_Line], name: _Line, line: _Line) -> bool:
    """A plain description in sentence case straight under a name set in capitals or title case ("NEPHROSTOMY" over
    "Draining the kidney through the skin", "Kidney Cryoablation" over "Freezing small kidney tumours without an
    operation"): the name is the title and the line its strap."""
    words = line.stripped.split()
    significant = [word for word in name.stripped.split() if len(word) > 3]
    return (
        line.kind in ("prose", "heading") and not line.stripped.endswith(("?", ":")) and not _NUMBER.match(line.text)
        and all(other.kind == "blank" for other in lines[name.at + 1 : line.at])
        and len(words) >= _MIN_STRAP_WORDS
        and sum(word[:1].isupper() for word in words[1:]) <= 1  # sentence case: at most a name inside
        and bool(significant) and all(word[:1].isupper() for word in significant)
    )


def _not_a_subject(text: str) -> bool:
    """An address or a label of the document's kind ("CONSUMER INFORMATION"): a line that names no subject."""
    return bool(_POSTAL_ADDRESS.search(text) or re.fullmatch(r"[\w ]*" + _LEAFLET_KIND.pattern + r"[\w ]*", text, re.I))


_SUBJECT_FIRST = re.compile(r"(\w.*?)(?::|\s[-–—|]\s)")
_STRAP = re.compile(
    r"\b(?:an?|the|your|our)\s+(?:\w+\s+)?guide\b|\bquestions answered\b|^(?:frequently asked questions|faqs?)$"
    r"|^what you need to know about (?:your|the|this)\b",
    re.IGNORECASE,
)
_FOR_READERS = re.compile(r"\b(?:patients?|famil(?:y|ies)|carers?|caregivers?|parents?|relatives)\b", re.IGNORECASE)


def _names_readers(text: str) -> bool:
    """A strap naming the leaflet's readers ("Information for patients and their families", "For Patients"), not
    its subject; "PICC line: information for patients" or "Gastrostomy - for families" names its subject first,
    and "Patient information: the TIPS procedure" after a colon ("Patient information - Radiology" names a
    department)."""
    subject = _SUBJECT_FIRST.match(text)
    if subject is not None and not _FOR_READERS.search(subject.group(1)):
        return False
    labelled = text.partition(":")[2]  # a subject has words, a document's number ("CVI-NM-PET-05") none
    return bool(_FOR_READERS.search(text)) and not (re.search(r"[A-Za-z]{4}", labelled) and not _FOR_READERS.search(labelled))


def _above_past_organisations(lines: list[_Line], line: _Line) -> _Line | None:
    """The line above, past blanks and an organisation's name: "IMAGE-GUIDED BREAST BIOPSY" over "Breast Imaging
    Center, Valley Health Partners" over a strap, "What you need to know about your appointment"."""
    above = _previous_not_blank(lines, line)
    while above is not None and _names_organisation(above.stripped):
        above = _previous_not_blank(lines, above)
    return above


def _previous_not_blank(lines: list[_Line], line: _Line) -> _Line | None:
    return next((earlier for earlier in reversed(lines[: line.at]) if earlier.kind != "blank"), None)


def _line_after(lines: list[_Line], line: _Line) -> str:
    return lines[line.at + 1].text if line.at + 1 < len(lines) else ""


def _opens_text(lines: list[_Line], line: _Line) -> bool:
    """Whether the next line that is not blank is the text itself: prose, a list or a list's lost-bullet item."""
    following = next(
        (later for later in lines[line.at + 1 :] if later.kind != "blank" and not _RULE_LINE.match(later.text)), None
    )
    return following is not None and (
        _is_prose(following) or following.kind == "bullet" or following.stripped[:1].islower()
        or _opens_narrow_paragraph(lines, following)
    )


_CRUMB_SEPARATOR = re.compile(r"\s+(?:>>|[>›»/|])\s+")  # "Home >> Patient Education >> ..." too
_ORGANISATION = re.compile(
    r"\b(hospitals?|infirmary|hospice|health( system| service| board| group| authority| network| executive)?|clinic|centre|center|"
    r"institute|imaging|radiology|trust|university|foundation|group|services?|practice|partners|associates|"
    r"society|college|departments?|executive|authority|network|programs?|programmes?|unit|division)"
    r"((?:,|\s[-–—]) [A-Z][\w'.-]*( [A-Z0-9][\w'.-]*)*)*(?: \([A-Z]{2,5}\))?\s*$"  # "... Public Hospital (NSW)", ", Level 2"
    r"|^(department|dept\.?|division|directorate) of\b|^nhs( [a-z]+){1,2}$|\b[a-z][\w-]*\.(ie|com|org|net|uk|au|nz|ca|gov|nhs)\b",
    re.IGNORECASE,
)
"""A line naming an organisation ("Blue Ridge Health System", "Department of Radiology, Mater Hospital",
"HSE.ie"): the site's or department's name, not the title."""


def _names_organisation(text: str) -> bool:
    """A short line naming an organisation; a long one ending "... in the Radiology department" is a title. A
    longer line of names apart by commas, one of them an organisation's, names one too ("Haematology and
    Radiology Departments, Beaumont Park University Hospital, Dublin")."""
    head = _PARTS_APART.split(text, maxsplit=1)[0]
    if head != text and not _ORGANISATION.search(head):
        return False  # "Ascitic Drain (Paracentesis) - Day Case Unit" names its subject first: a title
    if len(text.split()) <= _MAX_ORGANISATION_WORDS:
        return bool(_ORGANISATION.search(text))
    parts = [part.strip() for part in text.split(",")]
    return (len(parts) > 1 and len(text.split()) <= 2 * _MAX_ORGANISATION_WORDS
            and all(_NAME_PART.fullmatch(part) for part in parts)
            and any(len(part.split()) <= _MAX_ORGANISATION_WORDS and _ORGANISATION.search(part) for part in parts))


_PARTS_APART = re.compile(r"\s[-–—|]\s")
_NAME_PART = re.compile(r"(?:[A-Z][\w'’.&-]*|and|of|for|the|&)(?: (?:[A-Z][\w'’.&-]*|and|of|for|the|&))*")
"""Words of a name: each capitalised but for "and", "of", "for", "the"."""


def _page_named(text: str, *, browser_title: bool = False) -> str | None:
    parts = _CRUMB_SEPARATOR.split(text)
    if len(parts) < 3:
        return None
    named = parts[0] if browser_title and all(part.strip() == "|" for part in _CRUMB_SEPARATOR.findall(text)) else parts[-1]
    return named.strip().casefold()


def _mark_footer(lines: list[_Line], known_heading: HeadingTest) -> None:
    """Two or more heading-like lines after the last prose, with no prose of their own, are a footer.

    Except a last section whose heading names it ("Contact", "Where can I find
    out more?") and whose lines are short (phone numbers, a reading list): the
    heading stays, and its lines are its text.
    """
    trailing: list[_Line] = []
    for line in reversed(lines):
        if line.kind in ("prose", "bullet", "item"):
            break
        if line.kind == "heading":
            trailing.append(line)
    trailing.reverse()
    kept: set[int] = set()
    for line in trailing:
        if line.at not in kept and (line.stripped.endswith("?") or known_heading(line.stripped.rstrip(":"))):
            kept.add(line.at)
            for item in _run_after(lines, line):
                item.kind = "prose"
                kept.add(item.at)
    if len(trailing) >= 2:
        for line in trailing:
            if line.at not in kept:
                line.kind = "boilerplate"


def _run_after(lines: list[_Line], heading: _Line) -> list[_Line]:
    """The lines straight after a heading, up to the first blank line or site furniture."""
    run = []
    for line in lines[heading.at + 1 :]:
        if line.kind in ("blank", "boilerplate"):
            break
        run.append(line)
    return run


def _unemphasised(text: str) -> str:
    """A line's words without a transcript's time before them or e-mail emphasis around them."""
    if timed := _TIMESTAMP.match(text):
        text = text[timed.end() :]
    emphasised = _EMPHASISED.fullmatch(text)
    return emphasised.group(2) if emphasised else text


def _heading_words(line: _Line) -> tuple[str, int]:
    """A heading line's words and the column they start at (0-based): the marks of "== Risks ==" and
    "*Risks*" and a transcript's time ("[05:50] ...") are not words."""
    timed = _TIMESTAMP.match(line.raw)
    start = timed.end() if timed else 0
    if emphasised := _EMPHASISED.fullmatch(line.raw, start):
        return emphasised.group(2), emphasised.start(2)
    if timed:
        return line.raw[start:], start
    marked = _MARKED_HEADING.fullmatch(line.raw)
    if marked is None:
        return line.raw[line.indent :], line.indent
    group = 2 if marked.group(2) is not None else 4
    return marked.group(group), marked.start(group)


def _title_block(title_lines: list[_Line]) -> Block:
    """The title's words over its lines, positioned like any prose."""
    builder = BlockBuilder("heading")
    for line in title_lines:
        words, column = _heading_words(line)
        builder.add_space()
        builder.add(words, line.number, line.offset + column + 1)
    block = builder.build()
    assert block is not None, "title lines are never blank"
    return block


def _in_reading_order(lines: list[_Line]) -> list[_Line]:
    """Lines with the text of two-column stretches (a PDF leaflet converted to text) read column by column.

    A stretch is four or more lines whose right-hand text starts at the same
    character after a gutter of three or more spaces (or a few characters
    further in, a bullet's wrapped lines), with lines of the left
    column alone (shorter than the gutter) or of the right alone between them;
    it ends at a line that crosses the gutter, or at the first blank line after
    its last right-hand text. Its left halves are read first, then its right.
    """
    ordered: list[_Line] = []
    index = 0
    while index < len(lines):
        ruled = _ruled_table(lines, index) or _barred_table(lines, index)
        if ruled is not None:
            index, cells = ruled
            ordered += cells
            continue
        labelled = _label_table(lines, index)
        if labelled is not None:
            index, cells = labelled
            ordered += cells
            continue
        stretch = _two_columns(lines, index)
        if stretch is None:
            ordered.append(lines[index])
            index += 1
            continue
        end, gutter = stretch
        rows = lines[index:end]
        header = _header_over(ordered, rows[0])
        wrapped = _wrapped_row_lines(rows, gutter, ruled=bool(header))
        if _a_table(rows, gutter, {line.number for line in wrapped}):
            for line in [*header, *rows]:
                if _HEADER_RULE.fullmatch(line.stripped):
                    line.kind = "blank"  # the rule under the header: drawing, not text
                elif line.stripped:  # a row: "Bleeding that needs treatment      Fewer than 1 in 100 people"
                    line.kind, line.row = "item", True
            for line in wrapped:
                line.row_goes_on = True
            ordered += rows
            index = end
            continue
        left = [_column(line, 0, gutter) for line in rows]
        right = [_column(line, gutter, None) for line in rows]
        for column in (left, right):
            width = max(len(line.text) for line in column)
            for line in column:
                line.width = width
        ordered += [*left, _Line(0, rows[0].number, "", "", "blank"), *right]
        index = end
    for at, line in enumerate(ordered):
        line.at = at
    return ordered


def _ruled_table(lines: list[_Line], start: int) -> tuple[int, list[_Line]] | None:
    """A table whose header is ruled with one run of dashes a column ("Risk   How often   What it means" over
    "-----   ---------   -------------"), as a PDF or a Markdown writer lays one out: where it ends and its
    cells, each column of a row a cell of its own, in reading order.

    The runs say where the columns start. A row starts at a line whose first cell opens with a capital or
    a figure; a line whose first cell is empty or goes on in lower case ("during the procedure") or in a
    bracket carries on the row above, each column's text joining its own cell. The table ends at a blank
    line. A line with text across a column's start is no such table: the two-column reading takes it.
    """
    if start + 2 >= len(lines) or not lines[start].stripped:
        return None
    rule = _HEADER_RULE.fullmatch(lines[start + 1].stripped)
    if rule is None:
        return None
    indent = lines[start + 1].indent
    columns = [indent + run.start() for run in _RULE_RUN.finditer(lines[start + 1].stripped)]
    if len(columns) < _RULED_COLUMNS:
        return None
    end = start + 2
    while end < len(lines) and lines[end].stripped:
        end += 1
    body = [lines[start], *lines[start + 2 : end]]
    if end == start + 2 or any(_crosses(line.text, columns) for line in body):
        return None
    lines[start + 1].kind = "blank"  # the rule: drawing, not text
    cells: list[_Line] = []
    rows: list[list[_Line]] = []
    for line in body:
        first = line.text[: columns[1]].strip()
        if rows and line is not lines[start] and not first[:1].isupper() and not first[:1].isdigit():
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        cells += _cells_of(row, columns)
    return end, [lines[start + 1], *cells]


def _barred_table(lines: list[_Line], start: int) -> tuple[int, list[_Line]] | None:
    """A table whose columns are drawn with bars, its header ruled with dashes between them ("Risk | How often"
    over "-----|-----", with or without bars at its edges), as a text export or a scraper lays one out: where it
    ends and its cells, in reading order. Each line's bars divide it, so padding need not line up; a line whose
    first cell is empty or goes on in lower case carries on the row above (a label wrapped in its column). The
    table ends at a blank line or a line with no bar. A table a scraper left without the rule is read too where
    its lines show it is one (see :func:`_unruled_table_ends`), not taken for a breadcrumb trail."""
    if start + 2 >= len(lines) or "|" not in lines[start].text:
        return None
    ruled = _BAR_RULE.fullmatch(lines[start + 1].stripped) is not None
    if ruled:
        end = start + 2
        while end < len(lines) and lines[end].stripped and "|" in lines[end].text:
            end += 1
        if end == start + 2:
            return None
        lines[start + 1].kind = "blank"  # the rule: drawing, not text
    else:
        unruled_end = _unruled_table_ends(lines, start)
        if unruled_end is None:
            return None
        end = unruled_end
    rows: list[list[_Line]] = []
    for line in [lines[start], *lines[start + (2 if ruled else 1) : end]]:
        first_start, first_end = _between_bars(line.text)[0]
        first = line.text[first_start:first_end].strip()
        if rows and line is not lines[start] and not first[:1].isupper() and not first[:1].isdigit():
            rows[-1].append(line)
        else:
            rows.append([line])
    cells: list[_Line] = []
    for row in rows:
        spans = [_between_bars(line.text) for line in row]
        for number in range(max(map(len, spans))):
            opened = False
            for line, line_spans in zip(row, spans, strict=True):
                if number >= len(line_spans):
                    continue
                piece = _column(line, *line_spans[number])
                if not piece.stripped:
                    continue
                piece.kind, piece.row, piece.row_goes_on, piece.row_line = "item", True, opened, row[0].number
                opened = True
                cells.append(piece)
    return end, [lines[start + 1], *cells] if ruled else cells


_UNRULED_MIN_ROWS = 3
_CELL_WORDS = 4


def _unruled_table_ends(lines: list[_Line], start: int) -> int | None:
    """Where a barred table without a rule under its header ends ("Risk | About how often" over "Bleeding inside the
    brain | Rare, less than 1 in 200 people"), or None where the lines are no such table: three or more lines in a
    row, each cut by spaced bars into the same number of cells, two of them past the first with a cell of a few
    words or a number. A breadcrumb trail is one line, and a footer's rows of links ("Privacy | Terms | Cookies")
    have neither."""
    end = start
    while end < len(lines) and " | " in lines[end].text:
        end += 1
    rows = lines[start:end]
    if len(rows) < _UNRULED_MIN_ROWS or len({len(_between_bars(line.text)) for line in rows}) != 1:
        return None
    told = sum(1 for line in rows[1:] if any(
        len(cell.split()) >= _CELL_WORDS or any(char.isdigit() for char in cell)
        for cell in (line.text[left:right] for left, right in _between_bars(line.text))))
    return end if told >= 2 else None


def _between_bars(text: str) -> list[tuple[int, int]]:
    """Where the cells of a barred row stand: the stretches between its bars, less the empty ones its edge bars
    leave ("| Risk | Rare |" has two)."""
    edges = [-1, *(at for at, char in enumerate(text) if char == "|"), len(text)]
    spans = [(left + 1, right) for left, right in itertools.pairwise(edges)]
    if len(spans) > 1 and text.lstrip().startswith("|") and not text[slice(*spans[0])].strip():
        spans = spans[1:]
    if len(spans) > 1 and text.rstrip().endswith("|") and not text[slice(*spans[-1])].strip():
        spans = spans[:-1]
    return spans


_BAR_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)+\|?")
"""The rule under a barred table's header: runs of dashes with bars between ("-----|-----", "|:---|---:|")."""


def _cells_of(row: list[_Line], columns: list[int]) -> list[_Line]:
    """A table row's cells in reading order, each column's text over the row's lines joined into one cell."""
    cells: list[_Line] = []
    for number, column in enumerate(columns):
        stop = columns[number + 1] if number + 1 < len(columns) else None
        opened = False
        for line in row:
            piece = _column(line, column, stop)
            if not piece.stripped:
                continue
            piece.kind, piece.row, piece.row_goes_on, piece.row_line = "item", True, opened, row[0].number
            opened = True
            cells.append(piece)
    return cells


_RULED_COLUMNS = 2
"""One run of dashes is an underline or a separator, not a table's rule."""
_RULE_RUN = re.compile(r"[-=]{3,}")


def _label_table(lines: list[_Line], start: int) -> tuple[int, list[_Line]] | None:
    """Rows of a label and what it means laid out in spaces, a blank line between rows, as a PDF's table of risks
    scrapes ("Phlebitis            Phlebitis means the vein is" over "                      inflamed. Your arm ..."):
    where the rows end and their cells, the label and its text each a cell of the row, in reading order.

    Each row is a run of lines whose right-hand text starts at one column (the gutter) after three or more
    spaces; its first line has a label on the left, its other lines text on the right or the label's wrapped words
    on the left only. Three or more such rows with one gutter, each after a single blank line, make the table;
    a line with text across the gutter ends it.
    """
    if not lines[start].stripped:
        return None
    for gutter in sorted(_gutters(lines[start].text)):
        rows: list[list[_Line]] = []
        index = start
        while index < len(lines) and lines[index].stripped:
            end = index
            while end < len(lines) and lines[end].stripped:
                end += 1
            run = lines[index:end]
            if not _a_label_row(run, gutter):
                break
            rows.append(run)
            index = end + 1
        if len(rows) >= _MIN_LABEL_ROWS:
            break
    else:
        return None
    cells: list[_Line] = []
    for row in rows[:-1]:
        cells += [*_cells_of(row, [0, gutter]), lines[row[-1].at + 1]]  # the blank line between rows
    return rows[-1][-1].at + 1, [*cells, *_cells_of(rows[-1], [0, gutter])]


_MIN_LABEL_ROWS = 3


def _a_label_row(run: list[_Line], gutter: int) -> bool:
    first = run[0].text
    if not first[:gutter].strip() or len(first) <= gutter or first[gutter - 1] != " " or first[gutter] == " ":
        return False  # a label, then text starting at the gutter
    if first[:gutter].rstrip()[-1:] in ".,;" or len(first[:gutter].strip()) > gutter - _GUTTER_SPACES:
        return False
    return all(
        (len(text) <= gutter and not text[gutter - _GUTTER_SPACES :].strip())  # the label's wrapped words
        or (len(text) > gutter and text[gutter] != " " and not text[gutter - _GUTTER_SPACES : gutter].strip())
        for text in (line.text for line in run[1:])
    )


_GUTTER_SPACES = 3


def _crosses(text: str, columns: list[int]) -> bool:
    """Text running over a column's start: a character there and just before it."""
    return any(0 < column < len(text) and text[column - 1] != " " and text[column] != " " for column in columns)


def _header_over(ordered: list[_Line], first: _Line) -> list[_Line]:
    """A table's header and the rule of dashes under it, just above its rows ("Complication   How often" over
    "-----------   ---------"), when they stand there: the rule shows the lines below are a table."""
    if len(ordered) >= 2 and _HEADER_RULE.fullmatch(ordered[-1].stripped) and ordered[-1].number == first.number - 1:
        return ordered[-2:] if ordered[-2].stripped else ordered[-1:]
    return []


def _a_table(rows: list[_Line], gutter: int, wrapped: set[int]) -> bool:
    """Rows of a table laid out in spaces, not two columns of prose: nearly every row has text on both sides,
    every cell starts as a cell does (never in lower case, as a column's wrapped lines do), and the right-hand
    cells are short ("About 1 in 20 people").

    A cell that wraps ("Air leak around the lung, if the" over "  cyst is near the top   Less than 1 in 100")
    goes on in lower case on the next line; such lines (``wrapped``, by line number) belong to the row above, and
    only a few rows wrap.
    """
    filled = [line for line in rows if line.stripped and not _HEADER_RULE.fullmatch(line.stripped)]
    row_indent = min((line.indent for line in filled if line.number not in wrapped), default=0)
    # a wrapped line indented past its rows ("Hernia at a wound (a soft bulge where the bowel" over "    pushes
    # through the muscle)   About 1 in 100 babies") is a cell's, as no column of prose hangs its lines
    hanging = {line.number for line in filled
               if line.number in wrapped and line.indent > row_indent and line.text[:gutter].strip()}
    flowing = wrapped - hanging
    if len(flowing) * _MAX_WRAPPED_ROWS_SHARE > len(filled):
        return False
    cells: list[list[str]] = []
    for line in filled:
        halves = [line.text[:gutter].strip(), line.text[gutter:].strip()]
        if line.number in wrapped:
            cells[-1] = [f"{old} {new}".strip() for old, new in zip(cells[-1], halves, strict=True)]
        else:
            cells.append(halves)
    return (sum(bool(left and right) for left, right in cells) >= _TABLE_ROWS_SHARE * len(cells)
            and not any(cell[:1].islower() for row in cells for cell in row)
            and all(len(line.text[gutter:].split()) <= _MAX_TABLE_CELL_WORDS for line in filled))


def _wrapped_row_lines(rows: list[_Line], gutter: int, *, ruled: bool) -> list[_Line]:
    """Lines that carry on a cell of the line just above: their first word is in lower case, and one of the two
    lines has a single cell (two columns of prose wrap both their halves on the same lines), unless a rule of
    dashes under the header shows a table ("Bile leak around the drain or into the   Can occur; usually settles
    once" over "abdomen   the drain is adjusted")."""
    def cells(line: _Line) -> int:
        return bool(line.text[:gutter].strip()) + bool(line.text[gutter:].strip())

    ruled = ruled or any(_HEADER_RULE.fullmatch(line.stripped) for line in rows if line.stripped)
    return [line for above, line in itertools.pairwise(rows)
            if above.stripped and _goes_on_in_lower_case(line.stripped)
            and (ruled or min(cells(above), cells(line)) == 1)]


def _goes_on_in_lower_case(text: str) -> bool:
    """A line whose first word is in lower case, past an opening bracket or quote: "(embolization), or surgery"
    carries on a cell as "procedure to block the artery" does."""
    return text.lstrip("(\"'“‘[")[:1].islower()


_HEADER_RULE = re.compile(r"[-=]{3,}(?:\s+[-=]{3,})*")
"""A rule of dashes under a table's header, one run a column: "-----------   ------------"."""


def _gutters(text: str) -> set[int]:
    """Where text starts again after three or more spaces, past the narrowest column's width."""
    return {match.end() for match in _GUTTER.finditer(text) if match.end() >= _MIN_COLUMN}


def _two_columns(lines: list[_Line], start: int) -> tuple[int, int] | None:
    """The end and gutter of a two-column stretch starting at ``start``, if one does."""
    for gutter in sorted(_gutters(lines[start].text)):
        rows, last_right, end = 0, start, start
        for end in range(start, len(lines) + 1):
            if end == len(lines):
                break
            text = lines[end].text
            if any(gutter <= at <= gutter + _HANGING_INDENT and not text[gutter:at].strip() for at in _gutters(text)):
                rows, last_right = rows + 1, end
            elif text.strip() and len(text) >= gutter - 1:
                break  # a line across the gutter: one column again
            elif not text.strip() and end > last_right + 1:
                break  # a blank line after the right column's last text
        if rows >= _MIN_COLUMN_ROWS:
            finish = last_right + 1
            while finish < end and lines[finish].text.strip():
                finish += 1  # the left column's text that runs on below the right's
            return finish, gutter
    return None


def _column(line: _Line, start: int, end: int | None) -> _Line:
    raw = line.raw[start:end]
    return _Line(0, line.number, raw.rstrip() if end is not None else raw, line.text[start:end].rstrip(), offset=start)


def parse_plain_text(text: str, path: str, known_heading: HeadingTest) -> Leaflet:
    lines = _in_reading_order([
        _Line(number - 1, number, raw, raw.replace("\xa0", " ").replace("\u200b", " ").rstrip())
        for number, raw in enumerate(text.split("\n"), start=1)
    ])
    _classify(lines, known_heading)
    _mark_footer(lines, known_heading)
    title_lines, furniture = _split_title(lines, known_heading)
    in_title = {line.at for line in title_lines}
    for line in lines:
        if line.at in furniture:
            line.kind = "boilerplate"

    items: list[Heading | Block] = []
    builder: BlockBuilder | None = None

    def flush() -> None:
        nonlocal builder
        if builder is not None and (block := builder.build()) is not None:
            items.append(Heading(2, block) if block.kind == "heading" else block)
        builder = None

    held = False  # the paragraph open over a page break: it ended mid-word ("ab-") and waits for the word's rest
    for line in lines:
        if held and not (line.kind in ("blank", "boilerplate") or (line.kind == "prose" and _goes_on_lower(line))):
            # the rest of the word a page's foot broke goes on in lower case ("lation has been ..."); else a new block
            flush()
        if line.kind in ("blank", "boilerplate") or line.at in in_title:
            held = builder is not None and builder.kind == "paragraph" and builder.ends_mid_word() and (
                line.at not in in_title)
            if not held:
                flush()
            continue
        held = False
        if line.kind == "heading":
            flush()
            builder = BlockBuilder("heading")
            words, column = _heading_words(line)
            builder.add(words, line.number, line.offset + column + 1)
        elif line.kind == "heading_more" and builder is not None and builder.kind == "heading":
            builder.add_space()
            builder.add(line.raw[line.indent :], line.number, line.offset + line.indent + 1)
        elif line.kind == "metadata":
            flush()
            builder = BlockBuilder("metadata")
            builder.add(line.raw[line.indent :], line.number, line.offset + line.indent + 1)
            flush()
        elif line.row:
            if not (line.row_goes_on and builder is not None and builder.kind == "table_cell"):
                flush()
                builder = BlockBuilder("table_cell", (line.row_line or line.number, 1))
            builder.add_space()
            builder.add(line.raw[line.indent :], line.number, line.offset + line.indent + 1)
        elif line.kind == "bullet":
            flush()
            marker = _BULLET.match(line.text)
            assert marker is not None
            builder = BlockBuilder("list_item")
            builder.add(line.raw[marker.end() :], line.number, line.offset + marker.end() + 1)
        else:
            continues_item = builder is not None and builder.kind == "list_item" and (
                line.indent > 0 or line.stripped[:1].islower()
            )
            if builder is None or builder.kind in ("heading", "table_cell") or (
                builder.kind == "list_item" and not continues_item
            ):
                flush()
                builder = BlockBuilder("paragraph")
            if not (builder.ends_mid_word() and _goes_on_lower(line)):
                builder.add_space()  # but "tu-" over "mours" is one word, "tu-mours", as spelling reads it
            builder.add(line.raw[line.indent :], line.number, line.offset + line.indent + 1)
    flush()

    boilerplate = tuple(
        Span(line.number, line.offset + line.indent + 1, line.number, line.offset + len(line.text) + 1)
        for line in lines
        if line.kind == "boilerplate"
    )
    return assemble(
        path=path,
        format="text",
        title_block=_title_block(title_lines) if title_lines else None,
        title=" ".join(_heading_words(line)[0].strip() for line in title_lines) or None,
        items=items,
        line_count=len(lines),
        boilerplate=boilerplate,
    )
