"""Rules on grammar that a reader notices and a spelling checker cannot: agreement around medical plurals."""

from __future__ import annotations

from collections.abc import Iterator

from audit.checks import CheckContext, Hit, rule
from audit.literacy.agreement import disagreements, names_a_listed_noun
from audit.readability.sentences import split_sentences
from audit.report import Severity


@rule("grammar.agreement", Severity.warning)
def agreement(context: CheckContext) -> Iterator[Hit]:
    """A verb that does not agree in number with a Latin or Greek medical noun.

    ## What it does
    Reports a singular verb with a plural medical noun and the reverse
    ("How is bone metastases treated?", "The metastasis are small", "One of
    the vertebrae are", "Small emboli sometimes travels"), in headings and
    prose. The nouns are listed with their other number in
    `audit/literacy/data/irregular-plurals.tsv` (metastases, bacteria,
    criteria, vertebrae ...); "data" and "media" are left out, as a singular
    verb with them is accepted usage. Only the noun beside its verb (an
    adverb or a short phrase between), after "one of" or "there is", or in a
    question is judged.

    ## Why is this bad?
    A grammar slip in a heading is the first thing a reader sees, and it
    costs the leaflet the reader's trust.

    ## Example
    "How is bone metastases treated?"

    ## Use instead
    "How are bone metastases treated?"
    """
    for block, section in context.blocks():
        if not names_a_listed_noun(block.text):
            continue
        pieces = [(0, block.text)] if block.kind == "heading" else [(s.start, s.text) for s in split_sentences(block)]
        for offset, text in pieces:
            for found in disagreements(text):
                yield Hit(
                    f"'{found.noun}' is {'plural' if found.plural_noun else 'singular'}, but '{found.verb}' is "
                    f"{'singular' if found.plural_noun else 'plural'}.",
                    block.span(offset + found.start, offset + found.end),
                    text[found.start : found.end],
                    section=section,
                )
