"""HTML leaflets as saved from a centre's website: the main content only, with source positions.

The standard library's ``html.parser`` is used rather than a tree builder because
it is the one well-kept parser that reports where every piece of text stands in
the source (``getpos``), and it is as forgiving of tag soup as browsers are for
what matters here. Entities are decoded one by one so that the text after them
keeps its true column.

Main content: when the page has ``<main>``, ``<article>`` or ``role="main"``, only
what is inside counts. Never prose, wherever they are: scripts, styles, forms,
navigation, asides (but for the contact cards in them: a heading over a phone number),
cookie and sharing widgets, ``aria-hidden`` elements, code,
and headers, footers and hidden elements outside the main content (inside it,
hidden parts are mostly closed accordion panels, and a block named a footer is the
leaflet's own end matter: "About this leaflet", its dates), and blocks that are nothing
but links (menus and "related pages" lists written without ``<nav>``). An accordion button
(``aria-expanded``) or a ``<details>`` summary is a heading for what it opens; a tab's
label (``role="tab"``) heads the panel it controls, where that panel opens. Markup the
parser could never finish is made inert text first (see :func:`_parseable`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from audit.load._blocks import (
    PHONE,
    BlockBuilder,
    as_heading,
    assemble,
    could_be_the_title,
    file_name_words,
    first_heading_under_short_lines,
    label_and_heading,
    opens_a_list,
    same_words,
)
from audit.load.suppressions import find_suppressions
from audit.model import Block, BlockKind, Heading, Leaflet, Segment

_LANDMARKS = {"header", "nav", "footer"}
"""Page furniture by its tag, which a <main> never stands in unless the furniture's closing tag was mistyped."""
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_NEVER_PROSE = {  # not <form>: ASP.NET pages wrap the whole page in one; its labels and controls are left out
    "script", "style", "nav", "aside", "label", "noscript", "template", "svg", "math", "button", "select",
    "textarea", "iframe", "object", "canvas", "dialog", "menu", "code", "pre", "kbd", "samp", "head",
}
_OUTSIDE_MAIN_ONLY = {"header", "footer"}
_CONTENT_ASIDE = re.compile(
    r"(?<![\w-])(?:key-?(?:facts|points|messages)|quick-?facts|summary|at-a-glance"
    r"|(?:leaflet|document|publication)-?(?:info|information|details|record)|about-?(?:this-?)?leaflet)(?![\w])",
    re.IGNORECASE,
)
"""An ``<aside>`` that is the leaflet's own key-facts box or its record ("leaflet-info": who produced it, when it
is reviewed), not a sidebar: read as content."""
_MAIN = {"main", "article"}
_ACCORDION_BUTTON = re.compile(r"(?<![\w-])accordion[-_]{1,2}(?:button|toggle|trigger|header)(?![\w-])", re.IGNORECASE)
"""An accordion's button by its class, where the page sets no ``aria-expanded`` on it (Bootstrap's markup
copied without its script)."""


def _is_sidebar(tag: str, attributes: dict[str, str], in_main: bool) -> bool:
    """An ``<aside>`` or a complementary region beside the leaflet, or a "related" block inside the leaflet's main
    content (``<section class="related-support">``): read on trial, for the contact card it may hold."""
    if tag == "aside" or attributes.get("role") == "complementary":
        return not _CONTENT_ASIDE.search(attributes.get("class", ""))
    named = _junk_name(attributes) if in_main else None
    return named is not None and named.group(1) == "related"


def _junk_name(attributes: dict[str, str]) -> re.Match[str] | None:
    """Where an element's id or classes name it furniture ("cookie-banner", "site-footer", "related")."""
    return _JUNK_NAMES.search(f"{attributes.get('id', '')} {attributes.get('class', '')}")


_TAB_ROLES = frozenset({"tablist", "tab", "tabpanel"})
_JUNK_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu"}
_JUNK_NAMES = re.compile(
    r"cookie|consent-?(?:banner|manager|modal|bar|popup|pop-up|dialog|notice|sdk|overlay)|gdpr|breadcrumb|share|social|navbar|skip-?link|newsletter|(?<!with-)(?<!has-)(?<!no-)sidebar|site-?footer|site-?header"
    r"|(?<![a-z0-9])(footer|menu|nav|navigation|masthead|related|subnav|sidenav|in-this-section|toolbar|kicker|eyebrow)"
    r"(?![a-z0-9])",
    re.IGNORECASE,
)
_CARD_TITLE = re.compile(r"card[-_]{0,2}(?:title|heading)(?![a-z])", re.IGNORECASE)
_HEADING_CLASSES = re.compile(
    r"(?<![a-z])(sub-?heading|sub-?head|heading|head|hdr|hdg|sect|section[-_]{0,2}(title|head|heading|header)|block[-_]{0,2}title"
    r"|panel[-_]{0,2}title|question|faq-q|accordion[-_]{0,2}title|(?:alert|callout|notice|box)[-_]{0,2}(?:title|heading)"
    r"|h[1-6](?:[-_]?(?:style|like))?(?![0-9])|(?:sidebar|cta|rail|widget)[-_]{0,2}(?:title|heading)"
    # a page built in another language names its classes so: Spanish "titulo-seccion", German "ueberschrift", ...
    r"|(?:titulo|titol|titolo|titre|titel)[-_]{0,2}(?:seccion|seccio|sezione|section|abschnitt|avsnitt|afsnit|osio)"
    r"|(?:seccion|seccio|sezione|abschnitt|avsnitt|afsnit)[-_]{0,2}(?:titulo|titol|titolo|titre|titel)"
    r"|ueberschrift|uberschrift|overskrift|rubrik|otsikko|encabezado|cabecera)(?![a-z])",
    re.IGNORECASE,
)
_BOLD_STYLE = re.compile(r"font(?:-weight)?\s*:\s*(?:(?:italic|oblique|normal|small-caps)\s+)*(bold|bolder|[6-9]00)\b",
                         re.IGNORECASE)
"""Bold by ``font-weight``, or by the ``font`` shorthand, whose weight leads it ("font:700 26px/1.2 Arial")."""
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_CLASS = re.compile(r"^(?:.*[\s>+~])?\s*(?:[a-z0-9]*)\.([\w-]+)\s*$", re.IGNORECASE)  # the last of a chain: "table.faq td.q"
_FRAME = {"html", "body", "main", "article"}
_BOLD_UTILITIES = {  # utility-first CSS (Tailwind, Bootstrap): the class is the style
    "font-bold", "font-semibold", "font-extrabold", "font-black", "fw-bold", "fw-semibold", "fw-bolder",
    "font-weight-bold", "text-bold", "bold",
}
_TITLE_CLASSES = frozenset({"MsoTitle", "title", "Title"})
"""Word's, Google Docs' and InDesign's title style, on a paragraph (a bare ``title`` on a div styles sections too)."""
_PAGE_TITLE_CLASS = re.compile(
    r"^(?:[\w-]*[-_])?(?:page|pg|entry|article|post|hero|leaflet|document|header|main)[-_]{0,2}(?:header[-_]{1,2})?title$",
    re.IGNORECASE,
)
"""A CMS's title element: ``page-title``, ``entry-title``, ``main-title``, BEM's ``page-header__title``, an old
table layout's ``pagetitle`` cell; not ``section-title`` or ``card-title``."""
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {
    "p", "li", "td", "th", "dt", "dd", "blockquote", "figcaption", "caption", "div", "section", "article",
    "main", "address", "summary", "details", "ul", "ol", "dl", "table", "tr", "thead", "tbody", "tfoot",
    "body", "header", "footer", "figure", "hr", "br", *_HEADINGS,
}
_KIND_OF = {"li": "list_item", "dt": "list_item", "dd": "list_item", "td": "table_cell", "th": "table_cell"}
_EMPHASIS = {"strong", "b"}
_CLOSES_OPEN = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "td": {"td", "th"},
                "th": {"td", "th"}, "tr": {"tr", "td", "th"}}
_MAX_BOLD_HEADING_WORDS = 16
_TERM_BODY_WORDS = 20
_TERM_SHORT_BODY_WORDS = 6


@dataclass(slots=True)
class _Element:
    tag: str
    skipped: bool
    in_main: bool
    styled_heading: bool = False  # class="question", "subheading" ...: a heading styled by CSS, not by tag
    bold: bool = False  # <strong>, <b>, or made bold by an inline style or the page's own CSS
    in_tabs: bool = False  # inside a tab list: "nav-tabs", "nav-item", "nav-link" name tabs there, not a menu
    named_only: bool = False  # skipped only for a class or id name ("layout--sidebar"): a <main> inside is read
    card_from: int | None = None  # a sidebar read on trial from this piece on: see _Collector._keep_contact_cards
    dials: bool = False  # a "tel:" link: a phone number to call, not navigation


@dataclass(slots=True)
class _Piece:
    """A heading or block as found, and whether it lay inside the main content."""

    item: Heading | Block
    in_main: bool
    term: bool = False  # from <dt>, <th> or a bold cell: a heading when long prose follows it
    run_in: bool = False  # a bold line broken off the top of a cell by <br>: a heading only over long prose


def _panel_target(attributes: dict[str, str]) -> str | None:
    """The panel a Bootstrap tab opens with no ARIA ("data-bs-target" in Bootstrap 5, "data-target" in 4, or a
    link to it): ``<button data-bs-toggle="tab" data-bs-target="#before">``."""
    target = attributes.get("data-bs-target") or attributes.get("data-target") or attributes.get("href") or ""
    return target[1:] if target.startswith("#") and len(target) > 1 else None


class _Collector(HTMLParser):
    """Walks the page once, collecting headings and blocks of prose in order.

    ``takes_title``: the first ``<h1>`` is the page's title (a whole page), or
    just a heading (a fragment embedded in Markdown).
    """

    def __init__(self, takes_title: bool = True, section_level: int = 2) -> None:
        super().__init__(convert_charrefs=False)
        self._takes_title = takes_title
        self.pieces: list[_Piece] = []
        self.page_title: str | None = None
        self.first_h1: tuple[Block, bool] | None = None
        self.saw_main = False
        self._stack: list[_Element] = []
        self._builder: BlockBuilder | None = None
        self._heading_level: int | None = None
        self._bold_chars = 0
        self._plain_chars = 0
        self._unlinked_chars = 0
        self._in_title = False
        self._title_parts: list[str] = []
        self._section_level = section_level
        self._disclosure: str | None = None
        self._disclosure_level: int | None = None
        self._role_heading: str | None = None
        self._main_read = False  # a <main> read already: a second one inside a <nav> is the nav's
        self._in_style = False
        self._bold_classes: set[str] = set()
        self._tab: tuple[str, BlockBuilder, tuple[str, ...]] | None = None  # the tab label being read
        self._tab_labels: dict[str, Block] = {}  # by the tab's id and the id of the panel it controls
        self._tab_label: tuple[Block, bool] | None = None  # the label of the panel just opened, until we see its start
        self._tab_level: int | None = None  # the level of the headings that open tab panels
        self._row: tuple[int, int] | None = None  # where the table row being read starts
        self._phone_links: list[int] = []  # where a "tel:" link stood among the pieces, inside a sidebar on trial
        self._breaks = 0  # <br>s in a row inside a table cell
        self._line_after_bold = False  # a <br> closed a bold line in a cell: the next words may start a block

    # -- element stack -------------------------------------------------------------
    def _skipped(self) -> bool:
        return bool(self._stack) and self._stack[-1].skipped

    def _in_main(self) -> bool:
        return bool(self._stack) and self._stack[-1].in_main

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        self._in_style = tag == "style"
        if tag == "br" and self._builder is not None and any(e.tag in ("td", "th") for e in self._stack):
            self._breaks += 1
            if self._heading_level is None and self._breaks >= 2:
                self._flush(run_in=True)  # a layout table's cell holding the page: a blank line ends a paragraph
            else:
                # a bold line over the text ends where the text starts, unless the text goes on with it in
                # brackets or lower case: "PICC line<br>(peripherally inserted ...)" is one cell
                self._line_after_bold = self._heading_level is None and bool(self._bold_chars and not self._plain_chars)
                self._builder.add_space()
        elif tag in _BLOCKS:
            self._flush()
        if tag in _HEADINGS and not self._skipped():
            self._heading_level = _HEADINGS[tag]
        elif tag in ("p", "div", "span", "td") and self._takes_title and self.first_h1 is None and not self._skipped() and (
            _is_titled(tag, (dict(attrs).get("class") or "").split())
        ):
            self._heading_level = 1  # Word's title style, a CMS's page-title element: the title, the <h1>s sections
            self._role_heading = tag
        if tag == "tr":
            line, offset = self.getpos()
            self._row = (line, offset + 1)
        if tag in _VOID:
            return
        closes = _CLOSES_OPEN.get(tag)
        if closes and self._stack and self._stack[-1].tag in closes:
            self._stack.pop()
        attributes = {name: value or "" for name, value in attrs}
        in_main = self._in_main() or tag in _MAIN or attributes.get("role") == "main"
        self.saw_main |= in_main
        disclosure = tag == "summary" or (
            (tag == "button" or attributes.get("role") == "button")
            and ("aria-expanded" in attributes or _ACCORDION_BUTTON.search(attributes.get("class", "")) is not None)
        )
        if disclosure and self._heading_level is None and not self._skipped():
            self._flush()  # an accordion's or <details>' label: a heading for what it opens
            # Accordion labels are siblings: each at the level of the first, whatever headings their panels hold.
            self._disclosure_level = self._disclosure_level or min(self._section_level + 1, 6)
            self._heading_level = self._disclosure_level
            self._disclosure = tag
        if attributes.get("role") == "heading" and self._heading_level is None and not self._skipped():
            self._flush()  # <div role="heading" aria-level="3">: a heading by its ARIA role
            level = attributes.get("aria-level", "")
            self._heading_level = min(max(int(level), 1), 6) if level.isdigit() else min(self._section_level + 1, 6)
            self._role_heading = tag
        keys = tuple(key for key in (attributes.get("id"), attributes.get("aria-controls"), _panel_target(attributes))
                     if key)
        if attributes.get("role") == "tab" and keys and self._tab is None and not self._skipped():
            # A tab's label stands in a row with the others, away from its panel: kept until the panel opens.
            # One that names no panel (Bootstrap 3's accordion heading, a WordPress FAQ item) is read in place.
            self._tab = (tag, BlockBuilder("heading"), keys)
        if attributes.get("role") == "tabpanel" and not self._skipped():
            label = self._tab_labels.get(attributes.get("aria-labelledby", "")) or self._tab_labels.get(
                attributes.get("id", "")
            )
            if label is not None:
                self._flush()
                self._release_tab_label()
                self._disclosure_level = self._disclosure_level or min(self._section_level + 1, 6)
                self._tab_label = (label, in_main)
        kept_button = tag == "button" and (disclosure or self._heading_level is not None)
        in_tabs = (bool(self._stack) and self._stack[-1].in_tabs) or attributes.get("role") in _TAB_ROLES
        card = not self._skipped() and self._tab is None and _is_sidebar(tag, attributes, in_main)
        on_trial = any(e.card_from is not None for e in self._stack)  # a sidebar's parts are judged as cards
        dials = tag == "a" and attributes.get("href", "").startswith("tel:")
        if dials and on_trial:
            self._phone_links.append(len(self.pieces))
        junk = not card and not kept_button and self._is_junk(tag, attributes, in_main, in_tabs, by_name=not on_trial)
        hard_junk = junk and self._is_junk(tag, attributes, in_main, in_tabs, by_name=False)
        parent = self._stack[-1] if self._stack else None
        skipped = self._skipped() or junk or self._tab is not None
        named_only = skipped and not hard_junk and self._tab is None and (parent is None or not parent.skipped
                                                                            or parent.named_only)
        if named_only and (tag == "main" or attributes.get("role") == "main"):
            skipped = named_only = False  # a layout's class ("layout layout--sidebar") wraps the page's content
        elif skipped and not junk and not self._main_read and (tag == "main" or attributes.get("role") == "main") and any(
                element.tag in _LANDMARKS for element in self._stack):
            skipped = False  # "</ehader>" left the header open: a browser shows the page's <main> inside it, as we do
        if not skipped and (tag == "main" or attributes.get("role") == "main"):
            self._main_read = True
        classes = attributes.get("class", "")
        styled = bool(_HEADING_CLASSES.search(classes)) or (tag == "div" and classes.split() == ["title"]) or (
            on_trial and _CARD_TITLE.search(classes) is not None)  # in a sidebar, a card's title heads its card
        bold = (
            tag in _EMPHASIS
            or bool(_BOLD_STYLE.search(attributes.get("style", "")))
            or any(name in self._bold_classes or name in _BOLD_UTILITIES for name in classes.split())
        )
        self._stack.append(_Element(tag, skipped, in_main, styled, bold, in_tabs, named_only,
                                    len(self.pieces) if card else None, dials))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            self.page_title = " ".join("".join(self._title_parts).split()) or None
        if tag in _BLOCKS or (tag not in _VOID and self._stack and self._stack[-1].tag == tag
                               and self._stack[-1].styled_heading):
            self._flush()  # an inline element styled as a heading ends its words: <span class="callout__heading">
        if tag == "style":
            self._in_style = False
        if self._tab is not None and tag == self._tab[0]:
            _, builder, keys = self._tab
            self._tab = None
            if (label := builder.build()) is not None:
                self._tab_labels.update(dict.fromkeys(keys, as_heading(label)))
        if tag in _HEADINGS or tag == self._disclosure or tag == self._role_heading:
            self._flush()
            self._heading_level = None
            self._disclosure = None
            self._role_heading = None
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth].tag == tag:
                closed = self._stack[depth:]
                del self._stack[depth:]
                for element in closed:
                    if element.card_from is not None:
                        self._keep_contact_cards(element.card_from)
                break

    @staticmethod
    def _is_junk(tag: str, attributes: dict[str, str], in_main: bool, in_tabs: bool = False, by_name: bool = True) -> bool:
        if tag == "aside" and _CONTENT_ASIDE.search(attributes.get("class", "")):
            return False
        if tag in _NEVER_PROSE or (tag in _OUTSIDE_MAIN_ONLY and not in_main):
            return True
        if attributes.get("aria-hidden") == "true":
            return True
        hidden = "hidden" in attributes or "display:none" in attributes.get("style", "").replace(" ", "")
        panel = "aria-labelledby" in attributes or attributes.get("role") in ("region", "tabpanel")
        if hidden and not in_main and not panel:
            return True  # closed accordion and tab panels (labelled by their button), and hidden parts inside the
            # main content, are still content
        if attributes.get("role") in _JUNK_ROLES:
            return True
        if tag in _FRAME or attributes.get("role") == "main" or in_tabs:
            return False  # "has-sidebar" on <body> describes the page's layout; "nav-tabs" is a tab list, no menu
        named = _junk_name(attributes) if by_name else None
        # the leaflet's own end matter ("leaflet-footer-info": author, dates) inside its main content is content
        return named is not None and not (in_main and named.group(1) == "footer")

    # -- text ------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._bold_classes |= _bold_classes(data)
            return
        if self._in_title:
            self._title_parts.append(data)
            return
        line, offset = self.getpos()
        if self._tab is not None:
            self._tab[1].add(data, line, offset + 1)
        elif not self._skipped():
            self._add(data, line, offset + 1)

    def handle_entityref(self, name: str) -> None:
        self._add_reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._add_reference(f"&#{name};")

    def _add_reference(self, reference: str) -> None:
        text = unescape(reference)
        if self._in_title:
            self._title_parts.append(text)
        elif not self._skipped():
            line, offset = self.getpos()
            self._add(text, line, offset + 1)

    def _add(self, text: str, line: int, column: int) -> None:
        if self._line_after_bold and text.strip():
            self._line_after_bold = False
            if not text.lstrip()[:1].islower() and not text.lstrip().startswith("("):
                self._flush(run_in=True)
        if self._builder is None:
            if not text.strip():
                return
            kind = self._block_kind()
            self._builder = BlockBuilder(kind, self._row if kind == "table_cell" else None)
        self._builder.add(text, line, column)
        visible = len(text.strip())
        if visible:
            self._breaks = 0
        if any(element.bold for element in self._stack):
            self._bold_chars += visible
        else:
            self._plain_chars += visible
        if not any(element.tag == "a" and not element.dials for element in self._stack):
            self._unlinked_chars += visible

    def _block_kind(self) -> BlockKind:
        for element in reversed(self._stack):
            if element.tag in _KIND_OF:
                return _KIND_OF[element.tag]  # type: ignore[return-value]
        return "paragraph"

    def _flush(self, *, run_in: bool = False) -> None:
        builder, self._builder = self._builder, None
        bold_only = self._bold_chars > 0 and self._plain_chars == 0
        links_only = self._unlinked_chars == 0
        self._bold_chars = self._plain_chars = self._unlinked_chars = 0
        block = builder.build() if builder is not None else None
        if block is None:
            return
        if links_only and self._heading_level is None:
            return  # a block that is nothing but links is navigation ("Home | Treatments | Contact us")
        in_main = self._in_main()
        if self._heading_level is not None:
            if self._takes_title and self._heading_level == 1 and (
                self.first_h1 is None or (in_main and not self.first_h1[1])
            ):
                self.first_h1 = (as_heading(block), in_main)
                return
            self._section_level = self._heading_level
            self._emit(_Piece(Heading(self._heading_level, as_heading(block)), in_main))
        elif (bold_only or any(e.styled_heading for e in self._stack)) and block.kind == "paragraph" and (
            _reads_as_heading(block.text)
        ):
            heading = Heading(min(self._section_level + 1, 6), as_heading(block))
            self._emit(_Piece(heading, in_main))
        else:
            term = any(e.tag in ("dt", "th") for e in self._stack) or (
                block.kind == "table_cell" and (bold_only or any(e.styled_heading for e in self._stack))
            )  # a bold cell over a cell of prose: the section headings of a page laid out in a table
            self._emit(_Piece(block, in_main, term, run_in))

    def _keep_contact_cards(self, start: int) -> None:
        """Of a sidebar read from ``start``, keep only its contact cards: a heading over a phone number ("Contact
        the Interventional Radiology Unit" over "Telephone: 0113 496 0281"), which is the leaflet's own contact
        section placed beside it; the rest of a sidebar (related pages, a menu, a newsletter box) is furniture."""
        self._flush()
        trial = self.pieces[start:]
        del self.pieces[start:]
        links = [at - start for at in self._phone_links if at >= start]
        self._phone_links = [at for at in self._phone_links if at < start]
        heads = [at for at, piece in enumerate(trial) if isinstance(piece.item, Heading)]
        kept: list[_Piece] = []
        keep_next = False
        for head, end in reversed(list(zip(heads, [*heads[1:], len(trial)]))):
            card = trial[head:end]
            holds_a_number = any(head <= at <= end for at in links) or any(
                PHONE.search(piece.item.block.text if isinstance(piece.item, Heading) else piece.item.text)
                for piece in card
            )
            # a heading straight over a lesser one ("Contact us" over "Oncology Care Coordinator") heads its card
            over_a_kept_card = keep_next and end == head + 1 and end < len(trial) and (
                trial[end].item.level > trial[head].item.level)
            keep_next = holds_a_number or over_a_kept_card
            if keep_next:
                kept[:0] = card
        self.pieces.extend(_Piece(piece.item, True, piece.term) for piece in kept)  # the leaflet's own

    def _emit(self, piece: _Piece) -> None:

        """Add a heading or block; a tab panel's label heads it, joined with the heading that opens the panel.

        The label ("Overview") stands in the tab row and the panel's own heading ("What is Y-90
        radioembolisation?") inside it: one section, one heading that reads both, placed where the
        label stands (as the section corpus labels tabs).
        """
        if self._tab_label is not None and isinstance(piece.item, Heading):
            label, _ = self._tab_label
            self._tab_label = None
            self._tab_level = piece.item.level
            if not same_words(label.text, piece.item.text):
                piece = _Piece(Heading(piece.item.level, label_and_heading(label, piece.item.block)), piece.in_main)
            else:
                piece = _Piece(Heading(piece.item.level, label), piece.in_main)
        else:
            self._release_tab_label()
        self.pieces.append(piece)

    def _release_tab_label(self) -> None:
        """A panel that opens with prose, or holds nothing: its label alone heads it, at its siblings' level."""
        if self._tab_label is not None:
            label, in_main = self._tab_label
            self._tab_label = None
            self.pieces.append(_Piece(Heading(self._tab_level or self._disclosure_level or 2, label), in_main))

    def close(self) -> None:
        super().close()
        self._flush()
        self._release_tab_label()


def _bold_classes(css: str) -> set[str]:
    """Classes that the page's own style sheet makes bold (``.c6{font-weight:700}``): Word and Docs exports."""
    found = set()
    for selectors, body in _CSS_RULE.findall(css):
        if _BOLD_STYLE.search(body):
            for selector in selectors.split(","):
                if match := _CSS_CLASS.match(selector.strip()):
                    found.add(match.group(1))
    return found


def _terms_as_headings(pieces: list[_Piece]) -> list[_Piece]:
    """A <dt>, <th> or bold cell followed by a paragraph of prose labels that prose: a heading, not a glossary term.

    Pages lay sections out as definition lists and tables ("What is it?" | the
    answer); a glossary's short definitions stay list items.
    """
    out = list(pieces)

    def header_row_at(index: int) -> bool:
        """Whether the piece is one of two or more terms sharing a row: a table's column headers."""
        piece = out[index]
        row = piece.item.row if isinstance(piece.item, Block) else None
        return piece.term and row is not None and any(
            0 <= other < len(out) and out[other].term and isinstance(out[other].item, Block)
            and out[other].item.row == row for other in (index - 1, index + 1)
        )

    def labels_prose(index: int, min_words: int) -> bool:
        piece, following = out[index], out[index + 1].item
        if not (piece.term and isinstance(piece.item, Block) and _reads_as_heading(piece.item.text)
                and isinstance(following, Block)) or header_row_at(index):
            return False
        # a lone bold cell over a table: "Possible risks" over "Complication | How often" and its rows
        # a cell's bold line over its text is a heading only over a paragraph: "New Patients<br>Call ..." is a box
        return (following.words >= (_TERM_BODY_WORDS if piece.run_in else min_words)
                and _reads_as_prose(following.text)) or header_row_at(index + 1)

    headings = [index for index in range(len(out) - 1) if labels_prose(index, _TERM_BODY_WORDS)]
    if len(headings) >= 2:  # the page lays its sections out this way: a shorter answer is a section too
        headings = [index for index in range(len(out) - 1) if labels_prose(index, _TERM_SHORT_BODY_WORDS)]
    for index in headings:
        piece = out[index]
        assert isinstance(piece.item, Block)
        out[index] = _Piece(Heading(3, as_heading(piece.item)), piece.in_main)
    return out


_PROSE_SHARE = 0.4


def _reads_as_prose(text: str) -> bool:
    """Words mostly in lower case, as sentences are, or figures: not a menu of capitalised names ("Chemotherapy
    Radiation Therapy Interventional Radiology · HAI Pump")."""
    if any(character.isdigit() for character in text):
        return True  # "Ward 9: 01632 960 111", "Version 3, May 2026": a contact list or a record, no menu
    words = [word for word in text.split() if word[:1].isalpha()]
    return bool(words) and sum(word[0].islower() for word in words) >= _PROSE_SHARE * len(words)


def _reads_as_heading(text: str) -> bool:
    """A bold or styled paragraph short enough to be a heading, not a sentence nor a list's lead-in ("Call us
    straight away if:")."""
    return (0 < len(text.split()) <= _MAX_BOLD_HEADING_WORDS and not text.endswith((".", ",", ";"))
            and not opens_a_list(text))


_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


_UNKNOWN_SECTION = re.compile(  # what html.parser accepts after "<![": a keyword, as a whole name
    r"<!\[(?!(?i:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-zA-Z0-9]))"
)
_INERT_OPEN = "\uff1c"  # a fullwidth '<': shown as text, one character, so every position after it stays


def _parseable(text: str) -> str:
    """The text with the markup ``html.parser`` cannot finish made inert.

    Python's parser (before 3.13.4, 3.12.11 and 3.11.13) searches to the end
    of the text again for every '<' that no '>' follows, so a file ending in a
    million ``</`` took minutes; and an ``<![`` with no name after it raises an
    assertion. A browser shows such markup as text; here each of their '<'
    becomes a fullwidth one, so they are read as the text they are, at once.
    """
    end = text.rfind(">") + 1
    if "<" in text[end:]:
        text = text[:end] + text[end:].replace("<", _INERT_OPEN)
    return _UNKNOWN_SECTION.sub(_INERT_OPEN + "![", text)


def _is_titled(tag: str, classes: list[str]) -> bool:
    return any(_PAGE_TITLE_CLASS.match(name) for name in classes) or (tag == "p" and bool(_TITLE_CLASSES & set(classes)))


def parse_html(text: str, path: str) -> Leaflet:
    collector = _Collector()
    collector.feed(_parseable(text))
    collector.close()
    pieces = [p for p in collector.pieces if p.in_main] if collector.saw_main else collector.pieces
    pieces = _terms_as_headings(pieces)
    title: str | None = None
    title_block: Block | None = None
    if collector.first_h1 is not None:
        title_block = collector.first_h1[0]
        title = title_block.text
    elif (shown := _shown_title(pieces, collector.page_title or file_name_words(path))) is not None:
        pieces.remove(shown)
        assert isinstance(shown.item, Heading)
        title_block = shown.item.block
        title = title_block.text
    elif collector.page_title:
        title = _TITLE_SEPARATORS.split(collector.page_title)[0].strip() or None
    return assemble(
        path=path,
        format="html",
        title=title,
        items=[piece.item for piece in pieces],
        line_count=text.count("\n") + 1,
        title_block=title_block,
        suppressions=find_suppressions(text),
    )


def _shown_title(pieces: list[_Piece], page_title: str | None) -> _Piece | None:
    """With no <h1>, the page's first heading is its title when only short lines stand above it and it
    shares a word with the <title> ("Implanted port leaflet v5 FINAL" over "Having an implanted port").

    A Word or Google Docs export styles its title like its headings, and its
    <title> is often the file's name; a first heading such as "Overview" shares
    no word with the page's <title> and stays a section.
    """
    first = first_heading_under_short_lines([piece.item for piece in pieces]) if page_title else None
    if first is None or not could_be_the_title(pieces[first].item.block.text, page_title):
        return None
    return pieces[first]


def fragment_items(fragment: str, first_line: int, section_level: int) -> list[Heading | Block]:
    """Headings and prose of HTML embedded in another document (a Markdown HTML block), at its true lines."""
    collector = _Collector(takes_title=False, section_level=section_level)
    collector.feed(_parseable(fragment))
    collector.close()
    shift = first_line - 1
    items: list[Heading | Block] = []
    for piece in collector.pieces:
        block = piece.item.block if isinstance(piece.item, Heading) else piece.item
        row = (block.row[0] + shift, block.row[1]) if block.row else None
        moved = Block(block.kind, block.text, tuple(Segment(s.start, s.line + shift, s.column) for s in block.segments),
                      row)
        items.append(Heading(piece.item.level, moved) if isinstance(piece.item, Heading) else moved)
    return items

