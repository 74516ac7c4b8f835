"""Markdown leaflets, parsed with markdown-it-py (CommonMark, tables, YAML front matter).

markdown-it-py gives each block its source lines but not the columns of the
words in it, so each word of an inline text token is found again in the source,
moving forward only; a word that cannot be found verbatim (an entity such as
``&amp;``, an escaped ``\\*``) takes the position where the search stood.

Not prose, so not read: code blocks and code spans, HTML comments and inline
HTML tags, link and image targets, autolinks, images' alt text, the front matter
except its ``title``. HTML blocks (``<h2>``, ``<p>`` written as HTML, as CMS
exports do) are read with the HTML loader, at their true lines. A paragraph that is all bold (``**What are the risks?**``)
is a heading, as many centres write them. So is the title a documentation site
gives a callout (MkDocs ``!!! warning "When to get help"``, its collapsible
``??? question "Will it come back?"``, Docusaurus ``:::warning Call us if``): one
level below the section it stands in, so one that names no section folds into it. A Docusaurus tab's
label (``<TabItem label="Before">``) heads its panel, joined with the panel's own first heading, as does a
Hugo tab shortcode's (``{{< tab "Before" >}}``); a Material for MkDocs content tab's label (``=== "Before"``)
and a Hugo callout's title (``{{< notice info "Who is a good candidate?" >}}``) are callout titles.
"""

from __future__ import annotations

import bisect
import re
import sys

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from audit.load import LoadError
from audit.load._blocks import (
    BlockBuilder,
    as_heading,
    assemble,
    could_be_the_title,
    file_name_words,
    first_heading_under_short_lines,
    label_and_heading,
    opens_a_list,
    reaches_someone,
    same_words,
)
from audit.load.suppressions import find_suppressions
from audit.model import Block, BlockKind, Heading, Leaflet, Span

_CALLOUT_KINDS = r"note|tip|info|caution|danger|warning|important|success|secondary|question|faq"
_CALLOUT = re.compile(rf"\s*(?:{_CALLOUT_KINDS})\b\s*(?:\[(?P<bracketed>[^\]]*)\]|(?P<plain>.*))$", re.IGNORECASE)
"""A Docusaurus callout's opening after its colons: ``:::warning Contact us if`` or ``:::tip[Title]``."""
_PARSER = (
    MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(admon_plugin)
    .use(container_plugin, name="callout", validate=lambda params, *_: _CALLOUT.match(params) is not None)
)
_PARSER.validateLink = lambda url: True
"""Every link is a link: markdown-it refuses ``javascript:`` targets for safety when rendering HTML, which leaves
"[Print](javascript:window.print())" as text; nothing here is rendered, and a target is never prose."""
_RUN = re.compile(r"\S+")
_PANDOC_ATTRIBUTES = re.compile(r"\[\]\{#[^{}]*\}|\s*\{#[\w:.-]+(?:\s[^{}]*)?\}\s*$|\s*¶\s*$")
"""Anchors in a heading: pandoc's from Word ("[]{#_Toc181204417 .anchor}What is it?", "Risks {#risks}"), and the
pilcrow a notebook or a documentation site's export leaves after it ("Why is it done? ¶")."""
_MAX_BOLD_HEADING_WORDS = 16
_NEWLINE = re.compile("\n")
_HTML_CONTENT = re.compile(r"<(?!!--)[a-zA-Z]")  # an HTML block with elements, not only a comment
_TAB_ITEM = re.compile(r"<TabItem\b[^>]*?\blabel=([\"'])(.+?)\1", re.IGNORECASE)
"""A Docusaurus tab (MDX): ``<TabItem value="before" label="Before">``, whose label heads its panel."""


class _Source:
    """The document as one string, with line starts, and a cursor that only moves forward."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0, *(newline.end() for newline in _NEWLINE.finditer(text))]
        self.cursor = 0

    def offset_of_line(self, index: int) -> int:
        return self.line_starts[min(index, len(self.line_starts) - 1)]

    def locate(self, run: str, limit: int) -> tuple[int, int]:
        """(line, column) of the next occurrence of ``run`` before ``limit``; the cursor moves past it."""
        found = self.text.find(run, self.cursor, limit)
        if found < 0:
            found = min(self.cursor, max(limit - 1, 0))
        else:
            self.cursor = found + len(run)
        line_index = bisect.bisect_right(self.line_starts, found) - 1
        return line_index + 1, found - self.line_starts[line_index] + 1


def _front_matter_title(token: Token) -> str | None:
    import yaml  # only a leaflet with front matter pays for the YAML parser

    try:
        data = yaml.safe_load(token.content)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise LoadError(f"front matter is not valid YAML{where}") from None
    if isinstance(data, dict) and isinstance(data.get("title"), str):
        return data["title"].strip() or None
    return None


_TITLE_KEY = re.compile(r"^title\s*:\s*", re.MULTILINE)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(?P<body>.*?)^\+\+\+[ \t]*$", re.DOTALL | re.MULTILINE)
"""Hugo's front matter in TOML, between ``+++`` lines: settings, not prose, but for its ``title``."""
_TOML_TITLE_KEY = re.compile(r"^title\s*=\s*[\"']?", re.MULTILINE)


def _toml_title(body: str) -> str | None:
    if sys.version_info >= (3, 11):
        import tomllib  # only a leaflet with TOML front matter pays for the parser
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError as error:
        raise LoadError(f"front matter is not valid TOML ({error})") from None
    title = data.get("title")
    return (title.strip() or None) if isinstance(title, str) else None


def _toml_title_block(source: _Source, toml: re.Match[str], title: str) -> Block | None:
    """Where the TOML front matter's title stands (``title = "Prostate Artery Embolization"``)."""
    key = _TOML_TITLE_KEY.search(source.text, toml.start("body"), toml.end("body"))
    if key is None or source.text.find(title, key.end(), toml.end("body")) != key.end():
        return None  # an escaped or multi-line value: the title is known, its place is not
    block = _block_on_line(title, source, key.end())
    return as_heading(block) if block is not None else None


def _front_matter_title_block(token: Token, source: _Source, title: str) -> Block | None:
    """Where the front matter's title stands (``title: Thoracic duct embolization``): the title's place in the
    file, until a first-level heading that could be it takes over."""
    assert token.map is not None
    start, end = source.offset_of_line(token.map[0]), source.offset_of_line(token.map[1] - 1)
    key = _TITLE_KEY.search(source.text, start, end)
    if key is None or source.text.find(title, key.end(), end) < 0:
        return None  # a folded or quoted-and-escaped value: the title is known, its place is not
    block = _block_on_line(title, source, key.end())
    return as_heading(block) if block is not None else None


def _block_on_line(text: str, source: _Source, start: int) -> Block | None:
    """A block of words written on the source line at ``start`` that no inline token carries (a title in front
    matter or on a callout's opening line), at their true place."""
    source.cursor = max(source.cursor, start)
    builder = BlockBuilder("paragraph")
    line_end = source.text.find("\n", start)
    _add_text(builder, text, source, len(source.text) if line_end < 0 else line_end)
    return builder.build()


def _inline_block(inline: Token, kind: BlockKind, source: _Source, *, heading: bool = False,
                  row: tuple[int, int] | None = None) -> Block | None:
    assert inline.map is not None
    source.cursor = max(source.cursor, source.offset_of_line(inline.map[0]))
    limit = source.offset_of_line(inline.map[1]) if inline.map[1] < len(source.line_starts) else len(source.text)
    builder = BlockBuilder(kind, row)
    skipping_link = False
    for child in inline.children or []:
        if child.type == "link_open":
            skipping_link = child.markup in ("autolink", "linkify") or child.info == "auto"
        elif child.type == "link_close":
            skipping_link = False
        elif child.type in ("softbreak", "hardbreak", "code_inline", "image", "html_inline"):
            builder.add_space()
        elif child.type == "text" and not skipping_link:
            _add_text(builder, _PANDOC_ATTRIBUTES.sub(" ", child.content) if heading else child.content, source, limit)
    return builder.build()


def _add_text(builder: BlockBuilder, content: str, source: _Source, limit: int) -> None:
    """Add an inline text token: in one piece when it stands verbatim in the source, else word by word."""
    found = source.text.find(content, source.cursor, limit) if content.strip() else -1
    if found >= 0 and "\n" not in content:
        line, column = source.locate(content, limit)
        builder.add(content, line, column)
        return
    previous_end = 0
    for match in _RUN.finditer(content):
        if match.start() > previous_end or (match.start() == 0 and content[:1].isspace()):
            builder.add_space()
        line, column = source.locate(match.group(), limit)
        builder.add(match.group(), line, column)
        previous_end = match.end()
    if previous_end < len(content):
        builder.add_space()


def _bold_heading_text(inline: Token) -> bool:
    """True when a paragraph is nothing but one bold or italic run: a heading written as emphasis."""
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    if children and children[-1].type == "text" and _PANDOC_ATTRIBUTES.fullmatch(children[-1].content):
        children = children[:-1]  # "**Why did I get one?** {#why}": the anchor a static site gives the heading
    if len(children) < 3 or children[0].type not in ("strong_open", "em_open"):
        return False
    closing = children[0].type.replace("_open", "_close")
    if children[-1].type != closing or any(c.type in ("strong_open", "em_open") for c in children[1:-1]):
        return False
    words = inline.content.strip("*_ ").split()
    ending = inline.content.rstrip("*_ ")
    # a sentence in bold ends with a full stop; "**Call your doctor if...**" trails off over its list, and
    # "**Please bring:**" leads into one
    return (0 < len(words) <= _MAX_BOLD_HEADING_WORDS and (not ending.endswith(".") or ending.endswith("..."))
            and not opens_a_list(inline.content))


def _bold_first_line(inline: Token) -> tuple[Token, Token] | None:
    """A paragraph whose first line is a heading in bold over the text it heads, no blank line between
    ("**Please note**" then "If you are pregnant ..."): the heading's part and the text's, else None. A text
    that goes on in lower case continues a bold sentence ("**Take your tablets**" then "unless told not to")."""
    children = inline.children or []
    first_break = next((i for i, c in enumerate(children) if c.type in ("softbreak", "hardbreak")), None)
    if first_break is None or inline.map is None:
        return None
    label_line, text_lines = inline.content.split("\n", 1)
    if not text_lines.lstrip()[:1].isupper() or reaches_someone("\n".join(text_lines.split("\n")[:2])):
        return None  # a bold name over an address and phone number names who to reach, no section
    start, end = inline.map
    label = inline.copy(children=children[:first_break], content=label_line, map=[start, start + 1])
    text = inline.copy(children=children[first_break + 1 :], content=text_lines, map=[start + 1, end])
    return (label, text) if _bold_heading_text(label) else None


_BYLINE_MARKS = re.compile(r"\s[·|—–-]\s|^(?:medically |content |last |page )?(?:reviewed|updated)\b", re.IGNORECASE)


def _tagline(inline: Token, *, under_title: bool, above_all: bool = False) -> bool:
    """An emphasised line that says who wrote the leaflet or for whom, not what a section is about: under the
    title before any section, in italics ("*Getting your liver ready for surgery*") or marked off in parts
    ("**Patient information — Department of Radiology**"); above everything on a page with no title yet, in
    italics ("*Medical imaging consumer factsheet*" over the first heading); anywhere, an italic byline ("*Content
    reviewed by the Patient Information Committee · Page updated 21 October 2025*")."""
    italic = next(c.type for c in inline.children or [] if c.type != "text" or c.content.strip()) == "em_open"
    marked = _BYLINE_MARKS.search(inline.content.strip("*_ ")) is not None
    return (under_title and (italic or marked)) or (italic and (marked or above_all))


def _only_the_opening_heading(items: list[Heading | Block]) -> bool:
    """The page so far is one heading, its first line (a title set in bold): what follows in italics is its tagline."""
    return len(items) == 1 and isinstance(items[0], Heading)


def parse_markdown(text: str, path: str) -> Leaflet:
    text = _PANDOC_DIV_OPENING.sub("", text)
    toml = _TOML_FRONT_MATTER.match(text)
    parsed = ("\n" * toml.group().count("\n") + text[toml.end() :]) if toml else text  # its lines kept, emptied
    tokens = _PARSER.parse(_SHORTCODE_LINE.sub(r"<!--\1-->", _TABBED.sub(r"\1!!! tab", parsed)))
    source = _Source(text)
    title: str | None = _toml_title(toml.group("body")) if toml else None
    title_block: Block | None = _toml_title_block(source, toml, title) if toml and title else None
    items: list[Heading | Block] = []
    kind_stack: list[BlockKind] = []
    row: tuple[int, int] | None = None  # where the table row being read starts
    seen_heading = False  # any heading, a paragraph in bold too
    seen_marked_heading = False  # a "#" or underlined heading
    masthead: list[Span] = []
    section_level = 2
    tab_label: Block | None = None  # a Docusaurus tab's label, until its panel's first heading or text
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if tab_label is not None and token.type in ("inline", "html_block"):  # a heading's inline is read with it
            items.append(Heading(min(section_level + 1, 6), tab_label))  # a panel that opens with text
            tab_label = None
        if token.type == "front_matter":
            title = _front_matter_title(token)
            title_block = _front_matter_title_block(token, source, title) if title else None
        elif token.type == "heading_open":
            inline = tokens[index + 1]
            level = int(token.tag[1])
            block = _inline_block(inline, "paragraph", source, heading=True)
            index += 2
            if block is None:
                pass
            elif level == 1 and not seen_marked_heading and (title is None or could_be_the_title(block.text, title)):
                title = title or block.text  # a title in the front matter, over "# What are haemorrhoids?": a section
                title_block = as_heading(block)
                # a masthead in bold above it ("**Department of Radiology**") names the publisher, no section
                masthead.extend(item.span for item in items if isinstance(item, Heading))
                items = [item for item in items if not isinstance(item, Heading)]
            elif tab_label is not None:  # the panel's own heading under its tab's label: one section, at the label
                items.append(Heading(level, tab_label if same_words(tab_label.text, block.text)
                                     else label_and_heading(tab_label, as_heading(block))))
                tab_label = None
                section_level = level
            else:
                items.append(Heading(level, as_heading(block)))
                section_level = level
            seen_heading = seen_marked_heading = True
        elif token.type == "admonition_open" and '"' in token.info:  # a title of its own, not "Note" for "!!! note"
            block = _inline_block(tokens[index + 2], "paragraph", source, heading=True)
            index += 4
            if block is not None:
                items.append(Heading(min(section_level + 1, 6), as_heading(block)))
                seen_heading = True
        elif token.type == "container_callout_open" and token.map is not None:
            block = _callout_title(token, source)
            if block is not None:
                items.append(Heading(min(section_level + 1, 6), as_heading(block)))
                seen_heading = True
        elif token.type == "tr_open" and token.map is not None:
            row = (token.map[0] + 1, 1)
        elif token.type in ("list_item_open", "th_open", "td_open"):
            kind_stack.append("list_item" if token.type == "list_item_open" else "table_cell")
        elif token.type in ("list_item_close", "th_close", "td_close"):
            kind_stack.pop()
        elif token.type == "html_block" and token.map is not None and (code := _titled_shortcode(token, source)):
            kind, label = code
            if kind == "tab":
                tab_label = label
            else:
                items.append(Heading(min(section_level + 1, 6), label))
                seen_heading = True
        elif token.type == "html_block" and token.map is not None and (tab := _TAB_ITEM.search(token.content)):
            label = _block_on_line(tab.group(2), source, source.offset_of_line(token.map[0]) + tab.start(2))
            tab_label = as_heading(label) if label is not None else None
        elif token.type == "html_block" and token.map is not None and _HTML_CONTENT.search(token.content):
            from audit.load.html import fragment_items  # only a page with HTML blocks pays for the HTML loader

            embedded = fragment_items(token.content, token.map[0] + 1, section_level)
            items.extend(embedded)
            levels = [item.level for item in embedded if isinstance(item, Heading)]
            section_level = levels[-1] if levels else section_level
            seen_heading |= bool(levels)
        elif token.type == "inline":
            kind: BlockKind = kind_stack[-1] if kind_stack else "paragraph"
            block = _inline_block(token, kind, source, row=row if kind == "table_cell" else None,
                                  heading=kind == "paragraph" and _bold_heading_text(token))
            if block is None:
                pass
            elif kind == "paragraph" and _bold_heading_text(token) and not _tagline(
                token, under_title=(title is not None and not any(isinstance(item, Heading) for item in items))
                or _only_the_opening_heading(items),  # "*Gynaecological Oncology Service*" under "**Ovarian ...**"
                above_all=title is None and not any(isinstance(item, Heading) for item in items),
            ):
                items.append(Heading(min(section_level + 1, 6), as_heading(block)))
                seen_heading = True
            elif kind == "paragraph" and any(isinstance(item, Heading) for item in items) and (
                parts := _bold_first_line(token)
            ):  # not under the title, where a masthead in bold stands over the hospital's name
                label, body = (_inline_block(part, kind, source) for part in parts)
                if label is not None:
                    items.append(Heading(min(section_level + 1, 6), as_heading(label)))
                if body is not None:
                    items.append(body)
            elif kind == "list_item" and _bold_heading_text(token) and _asks_over_an_answer(tokens, index):
                items.append(Heading(min(section_level + 1, 6), as_heading(block)))
            elif kind == "list_item" and _underlined_item(tokens, index):
                items.append(Heading(2, as_heading(block)))
                section_level, seen_heading = 2, True
            elif items and isinstance(items[-1], Block) and kind == "list_item" and _same_item(tokens, index):
                items[-1] = _joined(items[-1], block)
            else:
                items.append(block)
        index += 1
    if tab_label is not None:
        items.append(Heading(min(section_level + 1, 6), tab_label))
    if title is None and (first := first_heading_under_short_lines(items)) is not None and could_be_the_title(
        items[first].block.text, file_name_words(path)
    ):
        # no "#" heading: a first heading that the file is named after, with nothing but short lines above it (a
        # unit's name, a menu, a breadcrumb), is the title ("**Cryoablation of Kidney Tumors**" in kidney-cryoablation.md)
        title_block = items.pop(first).block
        title = title_block.text
    return assemble(
        path=path,
        format="markdown",
        title=title,
        items=items,
        line_count=len(source.line_starts),
        title_block=title_block,
        boilerplate=tuple(masthead),
        suppressions=find_suppressions(text),
    )


_PANDOC_DIV_OPENING = re.compile(r"^:{3,}[ \t]*\{[^{}\n]*\}[ \t]*$", re.MULTILINE)
"""Pandoc's fenced div opening ("::: {#main-content .content}"): markup, which CommonMark would join to a
setext heading's text right under it. Emptied, so every other line keeps its number and columns."""


_TABBED = re.compile(r'^([ \t]*)===[+!]*(?=[ \t]+")', re.MULTILINE)
"""A Material for MkDocs content tab (``=== "Before"`` over its indented panel): parsed as the admonition it
is in all but looks, so its label heads the panel."""
_SHORTCODE_LINE = re.compile(r"^[ \t]*(\{\{[<%].*?[%>]\}\})[ \t]*$", re.MULTILINE)
"""A Hugo shortcode alone on its line (``{{< tab "Before" >}}``, ``{{< /notice >}}``): markup. Parsed as an
HTML comment, which closes the paragraph above it and keeps its line, so the prose between two such lines is
a paragraph of its own."""
_SHORTCODE = re.compile(
    r"\{\{[<%]\s*(?P<name>tab|notice|note|tip|info|warning|caution|danger|callout|alert|hint|admonition|details"
    r"|expand|accordion|collapse|spoiler|faq|toggle)\b(?P<arguments>.*?)[%>]\}\}",
    re.IGNORECASE,
)
_SHORTCODE_TITLE = re.compile(r'(?:\b(?:title|name|label|header|summary)\s*=\s*|(?<=\s))"(?P<title>[^"]+)"')
"""A shortcode's title: a quoted argument of its own (``"Before"``) or a named one (``title="Before"``), not
another setting's value (``type="warning"``)."""


def _titled_shortcode(token: Token, source: _Source) -> tuple[str, Block] | None:
    """A Hugo shortcode that opens a tab or a callout with a title of its own (``{{< notice info "Who is a good
    candidate?" >}}``): its kind ("tab" or a callout's) and the title, where it stands on its line."""
    assert token.map is not None
    start = source.offset_of_line(token.map[0])
    end = source.text.find("\n", start)
    line = source.text[start:end if end >= 0 else None]
    code = _SHORTCODE.search(line) if token.content.startswith("<!--{{") else None
    title = _SHORTCODE_TITLE.search(code.group("arguments")) if code else None
    if code is None or title is None:
        return None
    block = _block_on_line(title.group("title"), source, start + code.start("arguments") + title.start("title"))
    return (code.group("name").lower(), as_heading(block)) if block is not None else None


def _callout_title(token: Token, source: _Source) -> Block | None:
    """The title written on a Docusaurus callout's opening line, where it stands on that line."""
    assert token.map is not None
    found = _CALLOUT.match(token.info)
    title = ((found.group("bracketed") or found.group("plain") or "") if found else "").strip()
    if not title:
        return None
    return _block_on_line(title, source, source.offset_of_line(token.map[0]))


def _asks_over_an_answer(tokens: list[Token], index: int) -> bool:
    """ "- **Will the bleeding come back?**" over an indented answer in the same item: a question of an FAQ
    written as toggles (Notion and other note tools export them so), a heading for its answer."""
    return (
        tokens[index].content.rstrip("*_ ").endswith("?")
        and index >= 2 and tokens[index - 2].type == "list_item_open"
        and index + 2 < len(tokens) and tokens[index + 2].type != "list_item_close"
    )


def _underlined_item(tokens: list[Token], index: int) -> bool:
    """'2. Why do I need it?' over a line of dashes: a numbered setext heading, as page-to-Markdown converters write.

    CommonMark reads it as a one-item list and a rule (a list item cannot be a
    setext heading's text), so it is recognised here: a one-item numbered list
    whose rule follows on the very next line.
    """
    opened = next((i for i in range(index, -1, -1) if tokens[i].type == "ordered_list_open"), None)
    if opened is None or tokens[opened + 1].type != "list_item_open":
        return False
    closed = next((i for i in range(index, len(tokens)) if tokens[i].type == "ordered_list_close"), None)
    if closed is None or closed + 1 >= len(tokens) or sum(t.type == "list_item_open" for t in tokens[opened:closed]) != 1:
        return False
    rule, listed = tokens[closed + 1], tokens[opened].map
    return rule.type == "hr" and rule.markup.startswith("-") and listed is not None and rule.map is not None and (
        rule.map[0] == listed[1]
    )


def _same_item(tokens: list[Token], index: int) -> bool:
    """A second paragraph inside one list item continues that item rather than starting a block."""
    for token in reversed(tokens[:index]):
        if token.type == "list_item_open":
            return False
        if token.type == "paragraph_close":
            return True
    return False


def _joined(first: Block, second: Block) -> Block:
    offset = len(first.text) + 1
    shifted = tuple(type(s)(s.start + offset, s.line, s.column) for s in second.segments)
    return Block(first.kind, f"{first.text} {second.text}", first.segments + shifted, first.row)
