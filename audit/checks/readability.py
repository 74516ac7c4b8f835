"""Rules on how hard a leaflet is to read: grade over target, long sentences, words with plainer alternatives.

Targets come from the schema's ``[readability]`` table (defaults and their
sources are documented there); numbers from :mod:`audit.readability.measure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from audit.checks import CheckContext, Hit, rule
from audit.model import Span
from audit.readability.formulas import Scores, scores
from audit.readability.measure import measure
from audit.readability.sentences import PROSE_KINDS
from audit.readability.shown import GRADE_SHOWN_UP_TO
from audit.readability.shown import grade as shown_grade
from audit.report import Fix, Severity

_FORMULA_FIELDS = {
    "flesch-kincaid": ("FKGL", "flesch_kincaid_grade"),
    "smog": ("SMOG", "smog"),
    "gunning-fog": ("Fog", "gunning_fog"),
    "coleman-liau": ("Coleman-Liau", "coleman_liau"),
    "ari": ("ARI", "ari"),
}


def _above(value: float, target: float) -> str:
    """ "2.3 above", or "far above" where the grade is off the scale."""
    return f"{value - target:.1f} above" if value <= GRADE_SHOWN_UP_TO else "far above"


def _grade(measured: Scores, formula: str) -> tuple[float, str]:
    """The grade the schema asks for, and how to name it in a message."""
    if formula == "consensus":
        parts = ", ".join(f"{name} {shown_grade(value)}" for name, value in measured.grades.items())
        return measured.consensus, f"consensus of {parts}; spread {shown_grade(measured.spread)}"
    name, attribute = _FORMULA_FIELDS[formula]
    return getattr(measured, attribute), name


@rule("readability.grade", Severity.warning)
def grade(context: CheckContext) -> Iterator[Hit]:
    """The leaflet, or one of its sections, reads above the target school grade.

    ## What it does
    Computes readability formulas on the prose (headings, lists' markers, site
    furniture, references, citations and credits excluded) of the whole leaflet
    and of each section with at least `section_min_words` words, and reports
    those whose grade (the median of Flesch-Kincaid, SMOG, Gunning Fog,
    Coleman-Liau and ARI, or the formula the schema names) is above
    `max_grade` (default 8). The message
    gives every formula's grade: they disagree most on medical vocabulary,
    whose long words they read as hard even when the leaflet explains them.

    ## Why is this bad?
    Health-literacy guidance (US NIH and AMA: grade 6-8; UK: a reading age of
    9-11) asks for patient information most adults can read; hard text is
    skipped or misunderstood.

    ## Example
    "Percutaneous thermal ablation constitutes a minimally invasive therapeutic
    modality utilised for the eradication of neoplastic lesions."

    ## Use instead
    "Ablation is a treatment that kills the tumour with heat. It is done
    through a needle, so you do not need an operation." Short sentences and
    everyday words lower the grade most.
    """
    targets = context.schema.readability
    measured = measure(context)
    whole = scores(measured.whole)
    if whole is not None:
        value, how = _grade(whole, targets.grade_formula)
        if value > targets.max_grade:
            span = context.leaflet.title_span or Span(1, 1, 1, 1)
            yield Hit(
                f"The leaflet reads at grade {shown_grade(value)} ({how}), {_above(value, targets.max_grade)} the "
                f"target of {targets.max_grade:g}.",
                span,
                context.leaflet.title or "",
            )
    for matched, counts in zip(context.sections, measured.sections):
        section_scores = scores(counts)
        if section_scores is None or counts.words < targets.section_min_words:
            continue
        value, how = _grade(section_scores, targets.grade_formula)
        if value > targets.max_grade:
            heading = matched.section.heading
            span = heading.span if heading else matched.section.blocks[0].span()
            name = f"'{heading.text}'" if heading else "the introduction"
            yield Hit(
                f"Section {name} reads at grade {shown_grade(value)} ({how}), {_above(value, targets.max_grade)} the "
                f"target of {targets.max_grade:g}.",
                span,
                heading.text if heading else "",
                section=matched.ids[0] if matched.ids else None,
            )


@rule("readability.long-sentence", Severity.warning)
def long_sentence(context: CheckContext) -> Iterator[Hit]:
    """A sentence longer than the target number of words.

    ## What it does
    Reports each sentence of prose with more words than the schema's
    `long_sentence_words` (default 25), spanning the whole sentence. Each
    bullet counts as a sentence of its own.

    ## Why is this bad?
    Long sentences are the main cause of a high reading grade, and readers
    with low health literacy lose the thread of them. Plain-language guidance
    (plainlanguage.gov, NHS content style guide) advises 15-20 words on
    average and 25 at most.

    ## Example
    One sentence that explains the procedure, the anaesthetic, how long it
    takes and when you can go home, joined with commas and "and".

    ## Use instead
    Split it: one idea a sentence, or a bulleted list.
    """
    limit = context.schema.readability.long_sentence_words
    for measured in measure(context).sentences:
        if measured.counts.words > limit:
            sentence = measured.sentence
            yield Hit(
                f"Sentence of {measured.counts.words} words; aim for {limit} or fewer.",
                sentence.span,
                sentence.text,
                section=measured.section,
            )


HARD_SENTENCE_MIN_WORDS = 8  # shorter sentences give formulas too little to go on


@rule("readability.hard-sentence", Severity.info)
def hard_sentence(context: CheckContext) -> Iterator[Hit]:
    """A sentence that is hard to read: long words packed into it.

    ## What it does
    Computes the Flesch-Kincaid grade of each sentence of eight words or more
    and reports those above the schema's `hard_sentence_grade` (default 12,
    where readability editors such as Hemingway mark a sentence "very hard"),
    spanning the sentence. Unlike `readability.long-sentence`, it catches
    short sentences made of long words.

    ## Why is this bad?
    A sentence of many three- and four-syllable words is hard whatever its
    length; patients re-read it or skip it.

    ## Example
    "Percutaneous thermal ablation necessitates intravenous sedation."

    ## Use instead
    "We put a needle through your skin to heat the tumour. You will be given
    medicine through a vein to make you sleepy."
    """
    limit = context.schema.readability.hard_sentence_grade
    for measured in measure(context).sentences:
        counts = measured.counts
        sentence_scores = scores(counts)
        if counts.words >= HARD_SENTENCE_MIN_WORDS and sentence_scores and sentence_scores.flesch_kincaid_grade > limit:
            sentence = measured.sentence
            yield Hit(
                f"Hard sentence: Flesch-Kincaid grade {shown_grade(sentence_scores.flesch_kincaid_grade)} (target {limit:g}); "
                "use shorter, everyday words.",
                sentence.span,
                sentence.text,
                section=measured.section,
            )


@cache
def _plain_words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The pattern of the listed words and phrases, case-blind and in lower case, and their alternatives.

    The lower-case pattern runs over a block's lowered text, five times faster
    than the case-blind one over the text (which needed a prefilter of first
    words to be affordable); only on ASCII text, since IGNORECASE also matches
    "ı" to "i" and "ſ" to "s", which lowering does not.
    """
    source = resources.files("audit.lexicon").joinpath("plain-words.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in source.splitlines():
        if line and not line.startswith("#"):
            hard, _, plain = line.partition("\t")
            table[hard.lower()] = tuple(p.strip() for p in plain.split("|"))
    alternatives = "|".join(re.escape(hard) for hard in sorted(table, key=len, reverse=True))
    words = rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])"
    return re.compile(words, re.IGNORECASE), re.compile(words), table


@rule("readability.hard-word", Severity.info)
def hard_word(context: CheckContext) -> Iterator[Hit]:
    """A word or phrase with a plainer everyday alternative.

    ## What it does
    Reports words and phrases on the shipped list of plain alternatives
    (`audit/lexicon/plain-words.tsv`: approximately → about, commence →
    start, haemorrhage → heavy bleeding, prior to → before ...), in the spirit
    of plainlanguage.gov's "Use simple words and phrases" and the NHS content
    style guide, and suggests the alternatives. Never applied automatically:
    the right word depends on the sentence.

    ## Why is this bad?
    Formal and Latinate words raise the reading grade and slow readers down
    without adding meaning.

    ## Example
    "Treatment will commence approximately one week prior to surgery."

    ## Use instead
    "Treatment will start about one week before surgery."
    """
    case_blind, lower_case, table = _plain_words()
    for block, section in context.blocks():
        if block.kind not in PROSE_KINDS and block.kind != "heading":
            continue
        text = block.text
        found_in = lower_case.finditer(text.lower()) if text.isascii() else case_blind.finditer(text)
        for match in found_in:
            found = text[match.start() : match.end()]
            alternatives = table[found.lower()]
            shown = tuple(a if not found[0].isupper() else a[0].upper() + a[1:] for a in alternatives)
            yield Hit(
                f"'{found}' has a plainer alternative: {' or '.join(repr(a) for a in shown)}.",
                block.span(match.start(), match.end()),
                found,
                shown,
                section,
                Fix(replacement=shown[0], safe=False),
            )
