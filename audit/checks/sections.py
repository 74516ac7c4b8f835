"""Rules on the leaflet's structure: the schema's required sections, present, full, once, in order."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.checks import CheckContext, Hit, rule
from audit.headings import names_a_procedure
from audit.model import Span
from audit.report import Severity
from audit.schema import RequiredSection
from audit.structure import MatchedSection


def _heading_span(matched: MatchedSection) -> Span:
    section = matched.section
    if section.heading is not None:
        return section.heading.span
    first = section.blocks[0]
    return first.span(0, min(len(first.text), 40))


def _heading_text(matched: MatchedSection) -> str:
    heading = matched.section.heading
    return heading.text if heading is not None else ""


_FRAMING = re.compile(
    r"^(?:(?:patient|your) information\s*(?:about|on|for)?\s*[:–—-]?\s*|information (?:about|on)\s+|a guide to\s+"
    r"|about\s+|understanding\s+|having\s+|your\s+)"
    r"|\s*(?:[:–—-]|\(|,)\s*(?:patient information|information for patients|a guide for patients|patient leaflet"
    r"|what you need to know|your questions answered)\)?\s*$",
    re.IGNORECASE,
)
"""What frames a title rather than names the topic: "Having a PICC line", "Liver biopsy: patient information"."""


_SUBTITLE = re.compile(r"\s*(?::|\s[–—-])\s.*$")
"""A title's subtitle: "PICC line: a guide for patients and families", "Bone metastases – what to expect"."""


def _example(section: RequiredSection, topic: str) -> str:
    about_a_procedure = names_a_procedure(topic)
    example = section.procedure_example if about_a_procedure and section.procedure_example else section.example
    return example.replace("{topic}", topic).replace("{condition}", "it" if about_a_procedure else topic)


def _topic(context: CheckContext) -> str:
    """The title as it reads inside a sentence: 'Liver ablation' becomes 'liver ablation', 'CT' stays, and a
    title's framing and subtitle go ("Having a PICC line" suggests "What causes a PICC line?" no more)."""
    title = _SUBTITLE.sub("", _FRAMING.sub("", context.leaflet.title or "")).strip() or "the condition"
    if len(title) > 1 and title[0].isupper() and not title[1].isupper():
        return title[0].lower() + title[1:]
    return title


@rule("sections.missing", Severity.error)
def missing(context: CheckContext) -> Iterator[Hit]:
    """A required section is missing.

    ## What it does
    Reports each section the schema requires (definition, causes, diagnosis,
    treatments, risks, follow-up in the default schema) that no heading of the
    leaflet names. Headings are recognised by the schema's phrases; run
    `leaflet-audit sections FILE` to see how each heading was read.

    ## Why is this bad?
    Accreditation asks that patients are told what the condition is, why it
    happens, how it is found and treated, what can go wrong and what happens
    afterwards. A leaflet without one of these leaves patients to guess.

    ## Example
    A leaflet that explains treatment but has no heading about risks or
    complications.

    ## Use instead
    Add the section under a heading a patient would look for, such as
    "What are the risks?".
    """
    covered = context.covered()
    span = context.leaflet.title_span or Span(1, 1, 1, 1)
    for section in context.schema.sections:
        if section.id not in covered:
            example = _example(section, _topic(context))
            yield Hit(
                f"Required section '{section.title}' is missing: no heading names it (for example '{example}').",
                span,
                suggestions=(example,),
                section=section.id,
            )


@rule("sections.empty", Severity.warning)
def empty(context: CheckContext) -> Iterator[Hit]:
    """A required section has too little text to inform anyone.

    ## What it does
    Counts the words below a required section's headings (sub-sections
    included; all its headings together, so a short "Side effects" beside a
    full "Risks" is not thin) and reports the section, at its first heading,
    when they are fewer than the schema's `min_words` for it; not a section
    only guessed at, which `sections.uncertain` asks the reviewer to confirm.

    ## Why is this bad?
    A heading with a line under it ticks the box without telling the patient
    anything: "Risks: as with any procedure, there are some risks."

    ## Example
    ```
    ## What are the risks?
    Your doctor will discuss these with you.
    ```

    ## Use instead
    Name the common and the serious risks, and how often they happen.
    """
    words: dict[str, int] = {}
    sure: set[str] = set()  # an id only guessed, to be confirmed (sections.uncertain), is not also called thin
    for matched in context.sections:
        for section_id in matched.ids:
            words[section_id] = words.get(section_id, 0) + matched.words
            if section_id not in matched.match.unsure:
                sure.add(section_id)
    reported: set[str] = set()
    for matched in context.sections:
        for section_id in matched.ids:
            minimum = context.schema.section(section_id).min_words
            if words[section_id] < minimum and section_id in sure and section_id not in reported:
                reported.add(section_id)
                title = context.schema.section(section_id).title
                yield Hit(
                    f"Section '{title}' has {words[section_id]} {'word' if words[section_id] == 1 else 'words'} of text;"
                    f" at least {minimum} expected.",
                    _heading_span(matched),
                    _heading_text(matched),
                    section=section_id,
                )


@rule("sections.duplicate", Severity.warning)
def duplicate(context: CheckContext) -> Iterator[Hit]:
    """A required section appears under two headings.

    ## What it does
    Reports a heading that names the same required section as an earlier
    heading, as its main subject, with another required section between
    them. Headings in a row on one subject ("Going home", "Driving",
    "Your follow-up appointment") continue one section and are not reported,
    nor is a section that goes back over several sections already given
    ("Warning signs", read as risks and follow-up after both), nor a section
    the schema marks `repeatable` (the built-in schema's definition: a
    leaflet defines the condition, then the procedure).

    ## Why is this bad?
    Risks in two places, or two "Aftercare" sections, usually mean text was
    pasted twice or sections were merged badly; patients may read one and miss
    the other.

    ## Example
    "Possible complications" near the top and "Risks" near the end.

    ## Use instead
    Merge the two into one section.
    """
    first_seen: dict[str, MatchedSection] = {}
    covered: set[str] = set()
    previous_id: str | None = None
    for matched in context.sections:
        if not matched.ids:
            continue
        main_id = matched.ids[0]
        continues = main_id == previous_id
        previous_id = main_id
        recap = len(matched.ids) > 1 and covered.issuperset(matched.ids)
        covered.update(matched.ids)
        if continues or recap or context.schema.section(main_id).repeatable:
            continue
        if main_id in first_seen:
            earlier = first_seen[main_id]
            title = context.schema.section(main_id).title
            yield Hit(
                f"Second '{title}' section; the first is at line {earlier.section.line}.",
                _heading_span(matched),
                _heading_text(matched),
                section=main_id,
            )
        else:
            first_seen[main_id] = matched


@rule("sections.order", Severity.warning)
def order(context: CheckContext) -> Iterator[Hit]:
    """A required section is out of the usual order.

    ## What it does
    Compares the order of the required sections with the schema's usual
    order, keeps the longest run of sections already in order, and reports
    each of the others.

    ## Why is this bad?
    Patients read a leaflet from the top: what it is, why, how it is found,
    how it is treated, what can go wrong, what comes after. Risks before the
    treatment they belong to, or aftercare before the procedure, confuse.

    ## Example
    "What are the risks?" before "How is it treated?".

    ## Use instead
    Move the section to its usual place.
    """
    rank = {section_id: index for index, section_id in enumerate(context.schema.section_ids)}
    sequence: list[tuple[str, MatchedSection]] = []
    seen: set[str] = set()
    for matched in context.sections:
        for section_id in sorted(matched.ids, key=rank.__getitem__):  # "Treatment and diagnosis" is not disorder
            if section_id not in seen:
                seen.add(section_id)
                sequence.append((section_id, matched))
    in_order = _longest_increasing([rank[section_id] for section_id, _ in sequence])
    kept = sorted(in_order)
    for index, (section_id, matched) in enumerate(sequence):
        if index in in_order:
            continue
        title = context.schema.section(section_id).title
        # by place in the text, not by line: a tab row puts every label's line above every panel
        earlier_but_later = [sequence[at] for at in kept if at < index and rank[sequence[at][0]] > rank[section_id]]
        if earlier_but_later:
            other_id, other = earlier_but_later[0]
            relation, usual = "after", "before"
        else:
            other_id, other = next(sequence[at] for at in kept if at > index and rank[sequence[at][0]] < rank[section_id])
            relation, usual = "before", "after"
        other_title = context.schema.section(other_id).title
        yield Hit(
            f"Section '{title}' comes {relation} '{other_title}' (line {other.section.line}); "
            f"it usually comes {usual} it.",
            _heading_span(matched),
            _heading_text(matched),
            section=section_id,
        )


@rule("sections.uncertain", Severity.info)
def uncertain(context: CheckContext) -> Iterator[Hit]:
    """A section was recognised from its text with middling confidence: a reviewer should confirm it.

    ## What it does
    When no phrase of the schema names a heading, the trained section model reads
    the heading and the text under it. Where it gives a required section a
    probability between 0.3 and 0.5, the section counts (so it is not reported
    missing) and this rule asks the reviewer to confirm, naming the model's
    evidence. So too when no heading of the leaflet got a required section and
    one reads at least 0.3 like it (a "What to watch for" section whose text is
    the risks), or at least 0.2 if that heading got no id at all and this is
    its likeliest reading. `leaflet-audit sections FILE` shows the scores of
    every heading.

    ## Why is this bad?
    It is not bad in itself: it is the honest answer to a heading worded so that
    neither the phrases nor the model are sure ("A word about the weeks ahead").
    A false "section missing" would fail a content repository's CI; a silent
    guess could hide a real gap.

    ## Example
    ```
    ## Pinning it down
    A small sample of tissue is taken with a needle ...
    ```

    ## Use instead
    A heading that says what the section is ("How is it diagnosed?"), or a
    phrase for the wording in your schema.
    """
    for matched in context.sections:
        if matched.match.uncertain and matched.ids:
            names = ", ".join(matched.ids)
            yield Hit(
                f"'{_heading_text(matched)}' was read as {names} from its text, not sure enough to be certain; "
                f"please confirm ({matched.match.to_confirm or matched.match.reason}).",
                _heading_span(matched),
                text=_heading_text(matched),
                section=matched.ids[0],
            )


def _longest_increasing(values: list[int]) -> set[int]:
    """Indices of one longest strictly increasing subsequence (the earliest, on ties)."""
    best: list[list[int]] = []
    for index, value in enumerate(values):
        candidates = [chain for chain in best if values[chain[-1]] < value]
        longest = max(candidates, key=len, default=[])
        best.append([*longest, index])
    return set(max(best, key=len, default=[]))
