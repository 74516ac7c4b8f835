"""Rules from the health-literacy instruments: PEMAT-P, DISCERN, EQIP-36, the CDC Clear Communication Index.

Each rule is one criterion that can be judged from the text. Its judge
returns a :class:`Judgement` (applicable or not, and the hits where it fails),
kept in the check context, so that the rule reports the hits and the report's
instrument checklist (:mod:`audit.literacy.scores`) reads the same judgement
whatever rules the user selected. The instrument items each rule serves are in
``audit/literacy/data/instrument-items.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from audit.checks import CheckContext, Hit, rule
from audit.literacy import acronyms, cues, terms
from audit.literacy.frequencies import COUNT, DENOMINATOR, has_frequency, percentages_without_frequency
from audit.literacy.passive import passives
from audit.literacy.wordlists import any_word, word_set
from audit.model import Block, Section, Span
from audit.readability.measure import measure, sentences_of
from audit.readability.sentences import PROSE_KINDS
from audit.record import (
    SOURCES_WORDS,
    announces_sources,
    cited_lists,
    cites_or_credits,
    items_under,
    labelled_as_sources,
)
from audit.report import Severity

ACTIVE_SHARE_TARGET = 0.8
"""PEMAT item 5's clarification (Shoemaker et al. 2014): agree when the active voice is used 80% of the time."""
MIN_SENTENCES_FOR_SHARE = 5
MAX_LIST_ITEMS = 5
"""SAM (Doak, Doak and Root): lists of more than five items are hard to take in without subheadings."""
MAX_PARAGRAPH_SENTENCES = 3
"""NHS content style guide and CDC CCI: short paragraphs; we count more than three sentences as long."""
MIN_WORDS_TO_JUDGE = 150
"""A fragment shorter than this is not a leaflet to judge for summaries, voice or contacts (PEMAT: very short = N/A)."""
MIN_ALTERNATIVES_WORDS = 15
"""An alternatives section of a sentence or more offers a choice, whatever it names."""
NOT_LEAFLET_TEXT = frozenset({"references", "about-leaflet", "contact"})
"""Sections whose text cites and names (journals, organisations): terms and acronyms there are not explained."""


@dataclass(frozen=True, slots=True)
class Judgement:
    """One criterion on one leaflet: whether it applies, and where it fails (no hits: it passes)."""

    applicable: bool
    hits: tuple[Hit, ...] = ()
    evidence: Span | None = None
    """Where the text shows the criterion is met, when it is."""
    evidence_text: str = ""


Judge = Callable[[CheckContext], Judgement]
JUDGES: dict[str, Judge] = {}


def criterion(rule_id: str, severity: Severity) -> Callable[[Judge], Judge]:
    """Register a judge and the rule that reports its failures, under one id and one docstring."""

    def register(judge: Judge) -> Judge:
        def check(context: CheckContext) -> Iterable[Hit]:
            return judged(context, rule_id).hits

        check.__doc__ = judge.__doc__
        check.__name__ = judge.__name__
        rule(rule_id, severity)(check)
        JUDGES[rule_id] = judge
        return judge

    return register


def judged(context: CheckContext, rule_id: str) -> Judgement:
    memo = context.memo.setdefault("literacy", {})
    assert isinstance(memo, dict)
    if rule_id not in memo:
        memo[rule_id] = JUDGES[rule_id](context)
    return memo[rule_id]


EXCERPT = 80


def excerpt(text: str) -> str:
    """Text quoted as evidence: on one line, cut at a word within ``EXCERPT`` characters, never inside one."""
    flat = " ".join(text.split())
    if len(flat) <= EXCERPT:
        return flat
    cut = flat.rfind(" ", 0, EXCERPT)
    return flat[: cut if cut > 0 else EXCERPT].rstrip(",;:") + "…"


def _passed(found: tuple[int, int], page: cues.Page) -> Judgement:
    """A whole-leaflet criterion met where its cue was found."""
    start, end = found
    line = cues.line_of(page.text, start)
    return Judgement(True, evidence=Span(line, 1, line, 1), evidence_text=excerpt(page.text[start:end]))


def _failing(context: CheckContext, message: str, span: Span | None = None) -> Judgement:
    where = span or context.leaflet.title_span or Span(1, 1, 1, 1)
    return Judgement(True, (Hit(message, where),))


def _page(context: CheckContext) -> cues.Page:
    """The page's visible text, footers included; made once a leaflet, read by every whole-page criterion."""
    page = context.memo.get("page")
    if not isinstance(page, cues.Page):
        page = context.memo["page"] = cues.Page.of(context.leaflet.source, context.leaflet.format == "html")
    return page


def _on_page(context: CheckContext, *wanted: cues.Cue) -> Judgement | None:
    """Met where the first of these cues that stands on the page is found; ``None`` when none does."""
    page = _page(context)
    for cue in wanted:
        found = cue.find(page)
        if found is not None:
            return _passed(found, page)
    return None


def _prose(context: CheckContext) -> list[tuple[Block, str | None]]:
    """Paragraphs, list items and table cells with their required section."""
    found = []
    for matched in context.sections:
        section = matched.ids[0] if matched.ids else None
        found.extend((block, section) for part in matched.parts for block in part.blocks
                     if block.kind in (*PROSE_KINDS, "table_cell"))
    return found


_NOT_LEAFLET_HEADING = re.compile(rf"^\W*(?:\d+[.)]\s*)?(?:{SOURCES_WORDS}|contact|about this|who wrote)", re.IGNORECASE)


def _leaflet_prose(context: CheckContext) -> list[tuple[Block, str | None]]:
    """The prose whose words a reader is asked to understand: not citations, credits, contact details or the
    leaflet's own record, whether they stand in a section of their own or under another heading
    ("**Sources**" below "When to call us"). Worked out once a leaflet: four rules read it."""
    memo = context.memo.get("leaflet-prose")
    if isinstance(memo, list):
        return memo
    found = []
    for matched in context.sections:
        if NOT_LEAFLET_TEXT & {*matched.ids, *matched.match.extras}:
            continue
        section = matched.ids[0] if matched.ids else None
        for part in matched.parts:
            if part.heading is not None and (_NOT_LEAFLET_HEADING.match(part.heading.text)
                                             or announces_sources(part.heading.text)):
                continue
            cited = cited_lists(part.blocks)
            found.extend((block, section) for number, block in enumerate(part.blocks)
                         if block.kind in (*PROSE_KINDS, "table_cell") and number not in cited
                         and not cites_or_credits(block.text) and not labelled_as_sources(block.text))
    context.memo["leaflet-prose"] = found
    return found


@cache
def _any_of(list_name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One pattern for the words and phrases of a list (lower case), longest first, as whole words. Without
    IGNORECASE, for text already lowered, Python's ``re`` runs it four times faster."""
    words = sorted(map(re.escape, word_set(list_name)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", flags)


def _too_short(context: CheckContext) -> Judgement:
    """Not judged, and why: a checklist item marked "not applicable" says what kept it from the count."""
    return Judgement(False, evidence_text=f"not judged: {_words(context)} words, fewer than the {MIN_WORDS_TO_JUDGE} "
                                          "a leaflet needs for this to be asked of it")


def _words(context: CheckContext) -> int:
    return measure(context).whole.words


def _headings(context: CheckContext) -> list[str]:
    return [m.section.heading.text for m in context.sections if m.section.heading is not None]


def _sections_with(context: CheckContext, section_id: str) -> list[Block]:
    """The blocks of the sections about ``section_id`` (required or extra)."""
    return [
        block
        for matched in context.sections
        if section_id in (*matched.ids, *matched.match.extras)
        for part in matched.parts
        for block in part.blocks
    ]


@criterion("literacy.term-undefined", Severity.warning)
def term_undefined(context: CheckContext) -> Judgement:
    """A medical term is used without a plain explanation where it first appears.

    ## What it does
    Finds medical terms (words of the Hunspell medical dictionary and our
    own list that are rare in everyday English, such as "cementoplasty" or
    "haematoma") and reports each whose first use in the leaflet's prose has
    no plain gloss beside it or after the noun phrase it stands in: "plain
    words (term)", "term (plain words)", "term, a/or/which is ..." (not a
    list of more terms: "a nephrostomy, a gastrostomy or an angioplasty"),
    "term, which sends ...", "term - ...", "term is/means ...", "plain words called
    term", "doctors call this term", "doctors call plain words term", "plain
    words - a term", "a blood thinner, an anticoagulant, for ...", a kind of
    medicine said by what the sentence says it is for ("an antiplatelet
    medicine, such as clopidogrel, to keep the stent from clotting", "an
    antiplatelet medicine such as aspirin, which makes blood less sticky"), "Its
    medical name is term", "term, who are trained to ...", the term doing what it
    does ("Cryoablation destroys the tumour", "Pelvic vein embolisation closes
    these veins", not a person's job), "term = plain words" (on-screen text),
    the next turn of a transcript or FAQ asking "What's a term?", a next
    sentence saying what it is or does ("This is medicine that ...", "It
    simply means ...", "This means it makes your blood take longer to clot",
    "Sedation makes you drowsy", "These scans show the arteries", "In plain words, ..."), where the word comes
    from ('"Brachy" comes from the Greek word for "short"'), one
    of the next two sentences defining it ("(A term is a ...)") or the words
    it stood in, quoted ('"Central venous" means ...'), or
    a heading asking "What is a term?" over it (the leaflet's subject counts
    as explained when a section defines it), or a glossary on the page that
    lists it ("Glossary", "Words we use", "Words you will hear": the section
    under that heading and its sub-headings, a `<dt>` each; another form of
    a word it lists, "sedation" after "Sedative"), or a heading
    above it that names the term alone over what it is ("Sphincterotomy",
    "Mechanical thrombectomy"; a use above such a heading, in a key-points
    box, is still reported) or that explains it as prose would ("Option 2:
    Treatment to block the leak (embolisation)"), or a next sentence taking up the plain word it
    was named with ("a gel spacer. This gel sits between ..."), or the same
    words around a plain word earlier ("a wider removal of skin around your
    scar" before "the wider excision of skin around your scar"), or another
    form of a word already explained ("duodenal ulcers (sores in ...)"
    before "duodenum", "sedated (very sleepy and relaxed)" or "a mild
    sedative to help you relax" before "sedation", "vulva" before "vulvar"), or a part of the body the sentence places in plain
    words ("the supraspinatus tendon at the top of the shoulder");
    everyday adverbs ("healthily") are not terms. Citations, credits and contact details are not judged, though a
    term they explain counts as explained, and neither are the titles listed under "This leaflet is based on:";
    words patients use
    themselves (`audit/literacy/data/everyday-terms.txt`) and words on the project's accept list (`--accept`,
    `accept-list`) are not terms.

    ## Why is this bad?
    PEMAT-P item 4: medical terms are used only to familiarise the reader with
    them, and are defined when used. The NHS content style guide: put the plain
    word first and the medical term in brackets.

    ## Example
    "Treatments include (cementoplasty)."

    ## Use instead
    "Your doctor may inject bone cement to strengthen the bone (cementoplasty)."
    """
    every = _prose(context)
    judged_here = {id(block): section for block, section in _leaflet_prose(context)}
    asked = terms.asked_in(_headings(context))
    if any("definition" in m.ids and m.words for m in context.sections):
        asked |= terms.keys_of(context.leaflet.title or "")  # the leaflet's subject, which its definition explains
    asked |= terms.keys_of(_glossary(context), every_word=True)
    accepted = {terms.term_key(word) for word in context.settings.accept_words}
    named_above: dict[str, int] = {}  # a term named alone as a heading, or explained in one, at its first such line
    for matched in context.sections:
        for part in matched.parts:
            if part.heading is not None:
                for key in terms.named_alone(part.heading.text) | _explained_in(part.heading.block):
                    named_above.setdefault(key, part.heading.span.line)
    hits = tuple(
        Hit(f"'{use.term}' is a medical term with no plain explanation where it is first used.",
            use.block.span(use.start, use.end), use.term, section=judged_here.get(id(use.block)))
        for use in terms.first_uses((block for block, _ in every), asked)
        if not use.explained and id(use.block) in judged_here and not (terms.keys_of(use.term) & accepted)
        and not _under_its_own_heading(use, named_above)
    )
    return Judgement(bool(judged_here), hits)


def _explained_in(heading: Block) -> set[str]:
    """Keys of the terms a heading explains as prose would ("Option 2: Treatment to block the leak
    (embolisation)"): each heading judged on its own, so an earlier heading's bare use does not hide its gloss."""
    return {key for use in terms.first_uses([heading]) if use.explained for key in terms.keys_of(use.term)}


def _under_its_own_heading(use: terms.TermUse, named_above: dict[str, int]) -> bool:
    """Met after a heading that names it alone, whose section says what it is ("Sphincterotomy" over "A small cut
    is made in the muscle ..."); a use above that heading (a key-points box) is still a first use unexplained."""
    keys = terms.keys_of(use.term)
    line = use.block.span(use.start).line
    return bool(keys) and all(named_above.get(key, _NOWHERE) <= line for key in keys)


_NOWHERE = float("inf")


def _glossary(context: CheckContext) -> str:
    """The text of the page's glossary, where it has one: the section under a glossary's heading ("Words you may
    hear"), else, for a glossary in an <aside> or a footer, the page's text after its heading. Worked out once a
    leaflet: two rules read it."""
    memo = context.memo.get("glossary")
    if isinstance(memo, str):
        return memo
    page = _page(context)
    found = cues.GLOSSARY.find(page)
    text = ""
    if found is not None:
        parts = [part for matched in context.sections for part in matched.parts]
        text = next((_text_under(parts, number) for number, part in enumerate(parts)
                     if part.heading is not None and cues.GLOSSARY.find(cues.Page.of(part.heading.text, False))),
                    page.text[found[1] : found[1] + cues.GLOSSARY_REACH])
    context.memo["glossary"] = text
    return text


def _text_under(parts: Sequence[Section], number: int) -> str:
    """The words of a part and of the parts under its heading, their headings too (a glossary's terms as `<dt>`
    headings, "Trachea" over "The windpipe ...")."""
    heading = parts[number].heading
    assert heading is not None
    under = [parts[number]]
    for part in parts[number + 1 :]:
        if part.heading is None or part.heading.level <= heading.level:
            break
        under.append(part)
    return " ".join(text for part in under
                    for text in ([part.heading.text] if part.heading is not None else []) + [b.text for b in part.blocks])


@criterion("literacy.acronym-undefined", Severity.warning)
def acronym_undefined(context: CheckContext) -> Judgement:
    """An acronym is not spelled out where it first appears.

    ## What it does
    Reports each acronym (two or more capitals: "TACE", "PICC") whose first
    use in the prose has no long form beside it, in brackets or after a comma
    or dash ("ESWL, for extracorporeal shock wave lithotripsy"), in the next sentence ("PICC stands for ...", "The letters stand
    for ..."), or before it ("... hepatocellular carcinoma. We call it HCC for
    short", "an angiomyolipoma, often shortened to AML", "atrial fibrillation,
    which we usually call AF", "You may hear it called a VAB", "fatty liver
    disease (doctors now call this MASLD)"), or after one long word holding
    its letters in order and "or" ("a nasogastric or NG tube"; not "resection
    or RFA", "a stroke or a TIA"), or said again in the next sentence, which
    says what it is or does ("A PET scan uses a small amount of ..."), or named alone
    and then said in plain words ("A PICC line. This is a thin tube that goes
    in your arm."), or named as a kind a reader knows ("a liquid glue called
    NBCA", "a harmless tracer, called MAA", "ACTH (a hormone that ...)"), or alone in a table cell beside a
    cell that says what it is ("ALPPS | A two-step operation ..."). Acronyms patients know (CT, MRI, GP, NHS, A&E ...; the list is
    `audit/literacy/data/known-acronyms.txt`) are not reported, nor
    credentials after a name ("RN", "MD"), common words in capitals ("CALL
    911"), acronyms on the project's accept list, or acronyms in citations,
    credits and contact details. Nor is an acronym spelled out on the page
    above its first use (a title bar or breadcrumb: "Teens & Young Adults
    (TYA)"), listed in the page's glossary, named in a "What is X?" heading,
    or in the title of a leaflet with a section saying what it is (the
    leaflet's subject); a brand or regimen named as one of a plain kind ("a
    numbing cream (such as Ametop or EMLA)"); a list of markings the next
    sentence explains ("MR, SR or XL. These release the medicine slowly"); a
    state before its postcode ("Boulder, CO 80301"); letters in a reference
    code ("Leaflet TTCMC/ENT/03"); capitals the page also writes as a word or
    name ("JOANNE:" over a transcript where she says "I'm Joanne", "QUICK
    RECAP" beside "Let's recap"); an acronym of three or more letters that the
    page spells out as the initials of capitalised words above its first use or
    anywhere in an organisation's name ("Ear, Nose & Throat", "Taman Tun
    Children's Medical Centre" for TTCMC); an acronym the next block asks
    about and the block after spells out, as a transcript or an FAQ does
    ("Sorry, a PICC line?" then "A PICC is a peripherally inserted central
    catheter"); a title and a name in capitals, a speaker's caption ("MR
    ANDREW BAIRD, CONSULTANT UROLOGIST:").

    ## Why is this bad?
    PEMAT-P items 3 and 4: abbreviations and acronyms are spelled out the first
    time they are used.

    ## Example
    "You will have TACE under local anaesthetic."

    ## Use instead
    "You will have transarterial chemoembolisation (TACE): a treatment that
    blocks the tumour's blood supply and delivers chemotherapy into it."
    """
    judged_here = {id(block): section for block, section in _leaflet_prose(context)}
    headings = [context.leaflet.title or "", *_headings(context)]
    explained_elsewhere = {acronym for heading in headings for acronym in acronyms.defined_in(heading)}
    explained_elsewhere |= set(acronyms.named_in(_glossary(context)))
    explained_elsewhere |= {acronym for heading in headings if terms.asks_what(heading)
                            for acronym in acronyms.named_in(heading)}  # "What is TIPS?" over what it is
    if any("definition" in m.ids and m.words for m in context.sections):
        explained_elsewhere |= set(acronyms.named_in(context.leaflet.title or ""))  # the leaflet's subject
    page = _page(context).text
    uses = [use for use in acronyms.first_uses(block for block, _ in _prose(context))
            if not use.defined and use.acronym not in explained_elsewhere and id(use.block) in judged_here
            and use.acronym.lower() not in context.settings.accept_words
            and not acronyms.written_as_a_word(use.acronym, page)
            and not acronyms.in_a_shouted_name(use.block.text, use.start, page)]
    wanted = {use.acronym for use in uses}
    on_page = acronyms.spelled_out_on(page, wanted) if uses else {}
    for acronym, line in acronyms.initials_on(page, wanted).items():
        on_page[acronym] = min(line, on_page.get(acronym, _NOWHERE))
    hits = tuple(
        Hit(f"The acronym '{use.acronym}' is not spelled out where it is first used.",
            use.block.span(use.start, use.end), use.acronym, section=judged_here.get(id(use.block)))
        for use in uses if on_page.get(use.acronym, _NOWHERE) > use.block.span(use.start).line
    )  # spelled out on the page before its first use in the text: in a title bar or a breadcrumb
    return Judgement(bool(judged_here), hits)


def _passive_sentences(context: CheckContext) -> list[Hit]:
    """Each prose sentence with a passive clause, worked out once a leaflet."""
    memo = context.memo.get("passive-sentences")
    if isinstance(memo, list):
        return memo
    found = []
    for measured in measure(context).sentences:
        sentence = measured.sentence
        clause = next(passives(sentence.text), None)
        if clause is not None:
            found.append(Hit(f"Passive voice ('{clause.participle}'): say who does what.", sentence.span,
                             sentence.text, section=measured.section))
    context.memo["passive-sentences"] = found
    return found


@criterion("literacy.passive-voice", Severity.info)
def passive_voice(context: CheckContext) -> Judgement:
    """A sentence in the passive voice.

    ## What it does
    Reports each sentence of prose with a passive clause: a form of "be" (or
    "get") and a past participle ("is taken", "will be given"), irregular
    participles included. Participles that describe a state after "be" ("you
    may be tired", "the clinic is closed") are not passives.

    ## Why is this bad?
    PEMAT-P item 5 and the CDC Clear Communication Index: the active voice says
    who does what, and readers follow it more easily.

    ## Example
    "A biopsy is taken to confirm the diagnosis."

    ## Use instead
    "The radiologist takes a small sample of tissue (a biopsy) to confirm the
    diagnosis."
    """
    return Judgement(True, tuple(_passive_sentences(context)))


def passive_share_of(context: CheckContext) -> float | None:
    """The share of prose sentences in the active voice; ``None`` without sentences."""
    total = len(measure(context).sentences)
    return round(1 - len(_passive_sentences(context)) / total, 3) if total else None


@criterion("literacy.passive-share", Severity.warning)
def passive_share(context: CheckContext) -> Judgement:
    """Fewer than 80% of the leaflet's sentences are in the active voice.

    ## What it does
    Counts the prose sentences with a passive clause (see
    `literacy.passive-voice`) and reports the leaflet when more than one in
    five are passive. Leaflets of fewer than five sentences are not judged.

    ## Why is this bad?
    PEMAT-P item 5 asks that the material use the active voice, and its
    authors' clarification is to agree when it does so 80% of the time; CDC
    Clear Communication Index item 6.

    ## Example
    A leaflet where "is done", "are used", "will be planned" fill half the
    sentences.

    ## Use instead
    Name the actor: "We plan your follow-up with you", "The doctor uses a scan
    to guide the needle".
    """
    total = len(measure(context).sentences)
    if total < MIN_SENTENCES_FOR_SHARE:
        return Judgement(False, evidence_text=f"not judged: {total} sentences, fewer than the "
                                              f"{MIN_SENTENCES_FOR_SHARE} a share needs")
    passive = len(_passive_sentences(context))
    active = 1 - passive / total
    if active >= ACTIVE_SHARE_TARGET:
        return Judgement(True, evidence_text=f"{active:.0%} of {total} sentences active")
    return _failing(context, f"{passive} of {total} sentences are passive: {100 * active:.1f}% active, below "
                             f"the {ACTIVE_SHARE_TARGET:.0%} PEMAT asks for.")


@criterion("literacy.risk-numbers", Severity.warning)
def risk_numbers(context: CheckContext) -> Judgement:
    """A risk is named in the risks section without saying how often it happens.

    ## What it does
    In the sections mainly about risks (a heading's first id, read for sure:
    one the tool asks a reviewer to confirm is not judged; not warning
    signs under "When to get help" or "Warning signs of complications",
    which name complications to watch for, nor a key-points box), reports each paragraph, list item or
    table cell that names a complication or side effect (bleeding, infection, pain,
    pneumothorax, headache, tiredness, hair loss ...; `audit/literacy/data/complications.txt`; not "pain
    relief" or "painkillers") and gives no
    frequency: a natural frequency ("about 1 in 100"), a share ("half"), a
    count of none ("no clear cases in published studies") or a percentage, beside it (in a paragraph, in its own
    sentence, or in the next where that one refers back or names no risk of its own: "Bleeding can happen. This
    affects about 1 in 100 people"; one number in a paragraph does not number every risk it names; a list entry is
    one risk), in any cell of its table row, in the last
    sentence of its list's lead-in ("Out of every 100 people:" over "about 10 will
    ...") or a next paragraph that takes the list up ("Each of these happens to fewer than 1 in 100 people"), in a table whose column says what its counts are out of ("Out of
    every 100 children" over "About 10"), certainty, which is everyone ("you will lose chest hair", "This is
    expected", "This is a sign the cream is working"), in the sub-heading it stands under ("Common - more than 1 in 10
    people"), or with the same complication elsewhere in the section (a
    stroke named in a paragraph and given its number in the table below), though not in another entry of its own
    list, which is another risk ("Chest pain: about 1 in 4" does not number "Difficulty or pain while swallowing"),
    unless it tells that risk's course ("A bruise can take two weeks to fade" under "Bruising: about 1 in 10"). Vague words alone ("rare", "some people") are not
    a frequency. A complication named again further on ("raise your infection
    risk") is reported once, and what a medicine does to one ("it can hide a
    fever") names no risk, nor does the blood's "ability to clot"; a risk named
    by an acronym that the leaflet gives a number in brackets elsewhere ("Clot
    in a deep vein (DVT) | About 1 in 100" in the options table) is not asked
    again, nor is a row that sends the reader to a table that does ("Yes – see
    risk table below"). A finding names every complication of its sentence ("'Infection', 'bleeding' and 'blood
    clot' are named as risks ..."), so mending the first leaves none unseen. A list under a lead-in of warning signs ("Come to the Emergency Department immediately if:")
    is what to watch for, not risks, and is not judged; nor is one under a lead-in that asks about the reader
    ("Please tell us before your appointment if you:" over "have had a bowel blockage"). A table under a lead-in that
    gives its base ("Out of 100 people who have a biopsy, about this many have
    each problem:"), or under a caption that opens with it ("Out of every
    100 people who receive CAR T-cell therapy"), counts in its cells. In a risks table, a row's first cell
    names the risk and the other cells describe it ("Infection at the exit
    site | Redness, heat, swelling or pus ..." is one risk, not three); a
    short label that names no treatment ("Air embolism") is itself the risk
    reported when its row has no number. A line labelled "Signs:" or "Symptoms:" says how a complication shows
    itself ("Signs: fever, chills, fast heartbeat" under cytokine release syndrome), not more complications.
    In a list of risks (another entry labelled with a complication the word list knows), an entry that names its
    risk by a label of its own and gives no number is reported by that label ("Pump failure or catheter movement.
    Uncommon.", "Skin irritation around the tube: common."; entries are list items, or paragraphs in a row that
    open with a label and a dash or colon), not a test ("PET-CT scan"), a treatment, a time or an instruction.
    A sentence that says what would have happened without the treatment ("Without the embolisation, the bleeding would
    most likely not have stopped") names the condition's course, not a risk. Not judged when the leaflet has no risks
    section.

    ## Why is this bad?
    EQIP-36 items 9-10 and the CDC Clear Communication Index items 18-20 ask
    that risks be quantified; the NHS style guide asks for numbers.

    ## Example
    "Risks include bleeding, bruising and infection."

    ## Use instead
    "About 1 in 100 people have bleeding that needs treatment. Infection is
    rare: fewer than 1 in 500 people."
    """
    blocks = _risk_blocks(context)
    named = _any_of("complications.txt")
    hits = []
    covered = _lists_given_a_frequency(blocks) | _under_a_frequency_heading(context, blocks)
    rows = _rows(blocks)
    counted_out_of = any(block.kind == "table_cell" and DENOMINATOR.search(block.text) for block in blocks)
    if counted_out_of:  # "Out of every 100 children" over "About 10": the table's counts are frequencies
        covered |= {index for index, block in enumerate(blocks) if block.kind == "table_cell" and COUNT.search(rows[index])}
    covered |= {index for index in _tables_under_a_base(blocks) if COUNT.search(rows[index])}
    # named with its number elsewhere in the section: "a stroke" in a paragraph, "Stroke | 4 to 6 in 100" below it
    given = [index in covered or has_frequency(row) or _POINTS_TO_NUMBERS.search(row) is not None
             or _CERTAIN.search(row) is not None or _BASE_STATED.search(row) is not None
             for index, row in enumerate(rows)]
    described, labels = _risk_table_rows(blocks, named)
    signs = _warning_sign_lists(blocks) | items_under(blocks, _asks_about_the_reader) | described | {
        index for index, block in enumerate(blocks) if _SIGNS_LABEL.match(block.text)}
    item_labels = _risk_list_labels(blocks, named, given, signs, _part_starts(context))
    # a paragraph whose number is its own text's is read sentence by sentence: "You may get an infection. About 1 in
    # 1,000 people get a puncture of the lung." numbers the puncture, not the infection (a list entry is one risk)
    by_sentence = {index for index, block in enumerate(blocks)
                   if given[index] and block.kind == "paragraph" and index not in covered | signs
                   and not _LABELLED.match(block.text)
                   and not _POINTS_TO_NUMBERS.search(rows[index]) and not _CERTAIN.search(rows[index])}
    read_by_sentence = {index: _sentence_reading(blocks[index].text, named) for index in by_sentence}
    # the words of what is given a number, by stem: "Bile leaking ...: about 1 in 20" gives "bile can leak" its number
    quantified = [(index, _stems(block.text) if index not in by_sentence
                   else _stems(" ".join(block.text[start:end] for start, end in read_by_sentence[index].numbered)))
                  for index, block in enumerate(blocks) if given[index] and index not in signs]
    lists = _list_of_entry(blocks)
    reported: set[str] = set()  # a complication named again ("raise your infection risk") is the same finding
    # what the leaflet treats, named in its title ("Liver abscess drainage": its abscess is no complication)
    condition = {form for word in terms.WORD.findall((context.leaflet.title or "").lower())
                 for form in (word, word[:-1] if word.endswith("s") else word + "s")}  # "the clot" in "Blood clots"
    for index, block in enumerate(blocks):
        if (given[index] and index not in by_sentence) or index in signs:
            continue
        numbered_elsewhere = [numbered for other, numbered in quantified if other != index]
        if index in labels:  # "Air embolism | A very rare problem ...": the row's label is the risk
            label = block.text.strip(" *_")
            if label.lower() not in reported:
                reported.add(label.lower())
                hits.append(Hit(f"'{label}' is named as a risk with no number for how often it happens.",
                                block.span(), label, section="risks"))
            continue
        unnumbered = [] if _names_letters(block.text, context) else [
            match for match in _complications(named, block.text)
            if match.group().lower() not in reported | condition
            and not any(_numbers(numbered, match.group()) for other, numbered in quantified
                        if lists.get(other, -1) != lists.get(index) or _tells_its_course(block.text, match.start()))
            and not _of_a_numbered_risk(block.text, match.start(), numbered_elsewhere)
            and (index not in by_sentence or not read_by_sentence[index].covers(match.start()))
            and not _SIGNS_SENTENCE.match(block.text, terms.sentence_start(block.text, match.start()))
            and not _WITHOUT_IT.match(block.text, terms.sentence_start(block.text, match.start()))
        ]
        label = item_labels.get(index)
        if label is not None and label.lower() not in reported | condition:
            reported.add(label.lower())
            start = block.text.index(label)
            hits.append(Hit(_named_without_numbers([label]), block.span(start, start + len(label)), label,
                            section="risks"))
            continue
        if unnumbered:
            found = unnumbered[0]
            reported.add(found.group().lower())
            # the others of its sentence too ("Infection, bleeding and a blood clot can happen."), so that mending
            # the first leaves none unseen
            end = terms.sentence_end(block.text, found.end())
            said: dict[str, str] = {}
            for match in unnumbered:
                if match.start() < end:
                    said.setdefault(match.group().lower(), match.group())
            reported.update(said)  # each is reported here, and not again in a later sentence
            hits.append(Hit(_named_without_numbers(list(said.values())),
                            block.span(found.start(), found.end()), found.group(), section="risks"))
    return Judgement(bool(blocks), tuple(hits))


_SUBJECT = re.compile(r"\s*[*_]*(?:(?:an?|the)\s+)?[*_]*((?:[A-Za-z-]+\s+)?[A-Za-z-]{4,})[*_]*\s+(?:can|may|might|could|will"
                      r"|carries|carry|causes?|means?|happens?)\b", re.IGNORECASE)
_NO_SUBJECT = frozenset({"you", "your", "it", "this", "that", "they", "there", "these", "those", "some", "most", "many",
                         "people", "patients", "children", "babies", "we", "our", "which", "what", "who", "each", "every",
                         "other", "others", "anyone", "someone", "everyone", "nobody", "treatment", "procedure"})


def _numbers(numbered: str, complication: str) -> bool:
    """Whether a text given a number (its stems) names this complication: in any of its forms, or, for one of several
    words, each of them ("a collapsed lung" in "Pneumothorax (air leaks around the lung and part of it collapses)",
    "infection of the wound" in "Wound infection")."""
    stems = _stems(complication)
    if stems in numbered:
        return True
    words = stems.split()
    return len(words) > 1 and all(f" {word} " in numbered for word in words if word not in _SMALL_WORDS)


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "to", "at", "on", "or", "and", "your", "from", "with"})


def _of_a_numbered_risk(text: str, at: int, numbered: list[str]) -> bool:
    """Whether the sentence around ``at`` is about a risk the section numbers elsewhere ("Low sodium can cause
    headache, confusion and, rarely, fits" under "Low sodium after desmopressin | Fewer than 1 in 100 people": what
    it names are that risk's effects, and share its number; not "Bleomycin can cause scarring" beside "Darker patches
    of skin (with bleomycin) | About 1 in 50")."""
    subject = _SUBJECT.match(text, terms.sentence_start(text, at))
    if subject is None or subject.end() > at or _NO_SUBJECT.intersection(subject.group(1).lower().split()):
        return False
    stems = _stems(subject.group(1))
    return bool(stems.strip()) and any(told.startswith(stems) for told in numbered)  # the row is about it


_COURSE = re.compile(r"\b(?:fad(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|heal(?:s|ed|ing)?|clears?|wears? off|go(?:es)? away"
                     r"|get(?:s)? better|eas(?:e|es|ed)|improves?|resolves?|disappears?)\b", re.IGNORECASE)
"""How a complication goes on: "A bruise can take two weeks to fade" under "Bruising: about 1 in 10" is that risk's
course, not another risk."""


def _tells_its_course(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` says how the complication named there goes on ("does not go away" says
    it does not, which is another risk)."""
    start = terms.sentence_start(text, at)
    return any(not _NEGATED.search(text, start, course.start())
               for course in _COURSE.finditer(text, start, terms.sentence_end(text, at)))


_NEGATED = re.compile(r"\b(?:not|never|n't|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _list_of_entry(blocks: list[Block]) -> dict[int, int]:
    """Each list entry's list, numbered (by block index): an entry is one risk, so "Chest pain: about 1 in 4" numbers
    no other entry's pain ("Difficulty or pain while swallowing")."""
    index_of = {id(block): index for index, block in enumerate(blocks)}
    return {index_of[id(entry)]: number for number, run in enumerate(_list_runs(blocks)) for entry in run}


@dataclass(frozen=True)
class _SentenceReading:
    """A paragraph's sentences that give a number for what they name, and those that name no risk at all."""

    numbered: tuple[tuple[int, int], ...]
    no_risk: tuple[tuple[int, int], ...]

    def covers(self, at: int) -> bool:
        return any(start <= at < end for start, end in (*self.numbered, *self.no_risk))


def _sentence_reading(text: str, named: re.Pattern[str]) -> _SentenceReading:
    """Which sentences of a paragraph give a number for what they name. Sentences that take up the one before ("It
    happens in about 1 in 3 people", "This affects ...", "At the low doses used here, this has not been seen ...")
    speak of one risk with it, and a number in any of them is the number of all; so do sentences that name no risk of
    their own ("Bleeding from the liver. About 1 in 100 people need a transfusion."). A sentence
    that says how a complication shows itself ("Signs of infection include a fever") or what to call about ("Call us
    about a new cough") names no risk, and numbers none either."""
    spans = terms.sentence_spans(text)
    runs: list[list[tuple[int, int]]] = []
    for span in spans:  # a sentence that takes up the last, or names no risk of its own, goes on about the same risk
        if runs and (_REFERS_BACK.match(text, *span) or next(_complications(named, text[slice(*span)]), None) is None):
            runs[-1].append(span)
        else:
            runs.append([span])
    based = any(_BASE_STATED.search(text, start, end) for start, end in spans)  # "If 100 people ..., one or two ..."

    def numbers(start: int, end: int) -> bool:
        sentence = text[start:end]
        return has_frequency(sentence) or (based and _COUNTED.search(sentence) is not None)

    numbered: list[tuple[int, int]] = []
    no_risk: list[tuple[int, int]] = []
    for run in runs:
        if any(numbers(*span) for span in run):
            numbered += run
        else:
            no_risk += [span for span in run if _SIGNS_SENTENCE.match(text, span[0])]
    return _SentenceReading(tuple(numbered), tuple(no_risk))


_BASE_STATED = re.compile(
    r"(?:\b(?:if|out of(?: every)?|for every|in a group of)|(?:^|[.!?:]\s+)of)\s+(?:\d[\d,]*|a hundred|one hundred|a thousand"
    r"|one thousand)\s+"
    r"(?:people|patients|women|men|children|adults)\b", re.IGNORECASE)
"""A paragraph that states how many its counts are out of ("If 100 people each receive one unit of blood, ..."): its
counts of people ("One or two may get a mild fever") are frequencies ("in a study of 500 patients, some had ..." gives
no base for "some")."""
_COUNTED = re.compile(
    r"\b(?:about |around |up to |fewer than |more than |less than )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:or|to)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?\s+(?:(?:of them|people|patients|women"
    r"|men|children|adults)\b|(?:will|may|might|get|gets|have|has|had|need|needs)\b)", re.IGNORECASE)
"""A count of people after a stated base ("One or two may get a rash", "about 97 will have no reaction"), not any
number ("up to two weeks later")."""
_REFERS_BACK = re.compile(r"\s*(?:[^,.;:]{1,60},\s*|\S+\s+(?:on|of|from|with|in|to)\s+)?(?:this|it|these|they|that|each"
                          r"|both|either|such)\b", re.IGNORECASE)
"""A sentence that opens by taking up the last one, after an opening phrase or not: "This affects ...", "At the
low doses used here, this has not been seen ...", "Pressure on it can cause ..."."""
_SIGNS_SENTENCE = re.compile(
    r"\s*(?:(?:the\s+)?(?:warning\s+|early\s+)?(?:signs|symptoms)(?:\s+(?:of|include|to|that)\b|\s*:)"
    r"|(?:please\s+)?(?:call|contact|ring|phone|tell|let)\s+(?:us|the|your|our|a|someone|them)\b"
    # "If you get a fever or sore throat while taking it, stop it and get a blood test": a sign to act on
    r"|if\s+(?:you|your child|your baby|they)\s+(?:get|have|notice|develop|feel|see|start)\b[^.;:!?]{1,80},\s*"
    r"(?:please\s+)?(?:stop|call|contact|ring|phone|tell|get|go|seek|see|come|let)\b)",
    re.IGNORECASE,
)
_WITHOUT_IT = re.compile(r"\s*(?:without (?:(?:the|this|your|an?) [a-z]+(?: [a-z]+)?|(?:any |further )?treatment),"
                         r"|if (?:you|we) (?:had not|hadn't|did not"
                         r"|didn't) had (?:the|this|your|an?) [a-z]+(?: [a-z]+)?,)", re.IGNORECASE)
"""A sentence that says what would have happened without the treatment ("Without the embolisation, the bleeding would
most likely not have stopped", "Without treatment, a larger piece can grow"): the condition's course, not a risk of the
treatment."""
_LABELLED = re.compile(r"\s*(?:[^.:;!?\n]{1,40}:\s|(?!(?:[^\s.!?]+\s+){0,3}(?:is|are|was|were|can|may|might|will|has|have"
                       r"|happens|occurs)\b)(?:\S+\s+){0,3}\S+[.!?]\s)", re.IGNORECASE)
"""A paragraph that opens with the risk it is about, as a list entry does: "Infection: you may have a fever ...",
"Stroke. The catheter can ..." (a label, not a short sentence: "Bruising is common."); what it goes on to name is
that risk's course, not more risks."""


def _stems(text: str) -> str:
    """A text's words in one form for their inflections, space-framed ("leaking", "leaks" and "leak" as " leak ";
    "bruising" and "bruise" as " bruis "; "bleed" and "bleeding" as " bleed "), so that a number given for one form of
    a complication is given for all; not a complication a treatment is for ("stronger pain relief", "to prevent
    infection"), whose number is no number of the complication."""
    told = _FOR_A_COMPLICATION.sub(" ", text.lower())
    return " " + " ".join(map(_stem, terms.WORD.findall(told))) + " "


_TREATING_WORDS = r"\s?(?:relief|relievers?|killers?|control)\b"
_TREATING_VERBS = (r"(?:dissolv|remov|prevent|stop|treat|reduc|reliev|eas|clear|break(?:s|ing)? up|bust|hid|mask|stretch"
                   r"|widen|unblock|repair|seal)(?:e|es|ed|ing|s)?")
"""What is done to a complication ("pain relief", "to prevent infection", "stretching a narrowing", "seal bleeding
blisters"): no risk of it."""
_FOR_A_COMPLICATION = re.compile(rf"\b[a-z]+(?={_TREATING_WORDS})|\b{_TREATING_VERBS}\s+(?:the |a |any |your )?[a-z]+")


def _stem(word: str) -> str:
    if word in _SAME_AS_PAIN:
        return "pain"  # "neck ache" is the "neck pain" a row numbers
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_AT_LEAST:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > _STEM_AT_LEAST else word


_SAME_AS_PAIN = frozenset({"ache", "aches", "aching", "achy"})
_ENDINGS = ("ing", "ed", "es", "s")
_STEM_AT_LEAST = 4  # "bleed" keeps its "ed", "clots" loses its "s"


def _named_without_numbers(said: list[str]) -> str:
    """ "'infection' is named as a risk ...", or every risk of its sentence: "'infection', 'bleeding' and 'blood
    clot' are named as risks ..."."""
    if len(said) == 1:
        return f"'{said[0]}' is named as a risk with no number for how often it happens."
    listed = ", ".join(f"'{word}'" for word in said[:-1]) + f" and '{said[-1]}'"
    return f"{listed} are named as risks with no number for how often they happen."


_CERTAIN = re.compile(r"\byou will (?:lose|have|get|feel|notice)\b|\bthis is (?:a sign|expected)\b", re.IGNORECASE)
"""Certain, so everyone, in the paragraph or item itself ("You will lose chest hair in the treatment area", "Creams
cause redness ... This is a sign the cream is working"): a frequency for what it names, not for a list above it.
("Almost everyone", "almost every child" is not: blind reviewers split on it, five taking it for a vague word.)"""
_SIGNS_LABEL = re.compile(r"[\s*_]*(?:(?:warning |early )?signs|symptoms)(?: (?:of|to look out for|include)\b[^:.]{0,40})?[*_]*\s*:",
                          re.IGNORECASE)
"""A line labelled with what it lists ("Signs: fever, chills, fast heartbeat"): how a complication named above it
shows itself, not more complications."""
_POINTS_TO_NUMBERS = re.compile(r"\bsee (?:the |our )?(?:[\w-]+ ){0,2}(?:table|section|box|chart)\b", re.IGNORECASE)
"""A row or sentence that sends the reader to the numbers elsewhere: "Short-term side effects | Yes – see risk table
below"."""
_TREATING = re.compile(_TREATING_WORDS, re.IGNORECASE)


def _complications(named: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The complications a text names; "pain relief" and "painkillers" name a treatment, not a risk, nor does
    "dissolves clots", and "let the team know if the person mentions tingling" or "may not tell you about pain" names
    a symptom to report."""
    return (match for match in named.finditer(text)
            if not _TREATING.match(text, match.end())
            and not _TREATED.search(text, max(match.start() - _TREATED_REACH, 0), match.start())
            and not _TO_REPORT.search(text, max(terms.sentence_start(text, match.start()), match.start() - _REPORT_REACH),
                                      match.start())
            and not (match.group().lower() in _ALSO_VERBS
                     and _AS_A_VERB.search(text, max(match.start() - _VERB_REACH, 0), match.start()))
            and not (match.group().lower() == "blood clots" and _says_how_blood_clots(text, match))
            and not _NONE_OF.search(text, max(match.start() - _NONE_REACH, 0), match.start())
            and not _TESTED_FOR.search(text, max(match.start() - _NONE_REACH, 0), match.start()))


def _letters_given_a_number(context: CheckContext) -> set[str]:
    """The acronyms in brackets in a sentence or table row that gives a number anywhere in the leaflet ("Clot in a
    deep vein (DVT) | About 1 in 100" in a comparison table under the options); worked out once a leaflet, and only
    if a risk wants them. A plain word numbered elsewhere is not read so ("9 in 10 have less pain" is a benefit)."""
    memo = context.memo.get("letters-given-a-number")
    if isinstance(memo, set):
        return memo
    prose = [block for block, _ in _leaflet_prose(context)]
    pieces = [piece for block, row in zip(prose, _rows(prose), strict=True)
              for piece in ([row] if block.kind == "table_cell" else _SENTENCES.split(row)) if has_frequency(piece)]
    letters = {match.group(1) for piece in pieces for match in _BRACKETED_LETTERS.finditer(piece)}
    context.memo["letters-given-a-number"] = letters
    return letters


_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


_BRACKETED_LETTERS = re.compile(r"\(([A-Z]{2,})s?\)")
"""A risk's own short name, in brackets after it ("Clot in a deep vein (DVT)"); "About 1 in 10 PICCs get blocked"
gives the line's letters no frequency of their own."""


def _names_letters(text: str, context: CheckContext) -> bool:
    """The text names a risk by an acronym whose frequency the leaflet gave ("About the risk of a DVT: a DVT (deep
    vein thrombosis) is a blood clot ..." beside a table row "Clot in a deep vein (DVT) | About 1 in 100"): the
    same risk again, and what follows from it."""
    return any(found.group(1) in _letters_given_a_number(context) for found in acronyms.ACRONYM.finditer(text))


_ALSO_VERBS = frozenset({"clot"})
_AS_A_VERB = re.compile(r"(?:\bto|\bnot|n't)\s+$", re.IGNORECASE)
_VERB_REACH = 8
"""A clot's word used as a verb names the blood's ability, not a risk: "your blood's ability to clot", "blood that
does not clot well" ("likely to bleed" is a risk: only "clot")."""
_NONE_OF = re.compile(r"\b(?:no|without|free (?:of|from))\s+(?:[\w-]+(?:\s+(?:or|and)\s+|,\s+))?$", re.IGNORECASE)
"""A complication said not to happen names no risk: "if it causes no pain or infection", "most people have no
bleeding", "without infection"."""
_TESTED_FOR = re.compile(r"\b(?:tests?|testing|screen(?:s|ed|ing)?|check(?:s|ed|ing)?)\s+(?:you\s+)?for\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
"""What a test looks for names no risk: "blood tests, including tests for infections"."""
_NONE_REACH = 40  # characters before a complication that those two look at
_HOW_BLOOD = re.compile(r"(?:\bthe way|\bhow(?: well| quickly| fast| easily)?|\bwhether)\s+(?:your|the|their|his|her|a"
                        r" person's|someone's|your child's)\s+$", re.IGNORECASE)
_CLOTS_HOW = re.compile(r"\s+(?:normally|properly|as it should|too (?:easily|much|quickly|slowly)|more (?:easily|slowly)"
                        r"|less (?:easily|well))\b", re.IGNORECASE)
_HOW_REACH = 40


def _says_how_blood_clots(text: str, match: re.Match[str]) -> bool:
    """ "the way your blood clots", "how well the blood clots", "your blood clots normally": the blood's clotting, not
    blood clots as a risk."""
    return (_HOW_BLOOD.search(text, max(match.start() - _HOW_REACH, 0), match.start()) is not None
            or _CLOTS_HOW.match(text, match.end()) is not None)


_TREATED = re.compile(
    rf"(?:\b{_TREATING_VERBS}"
    r"|\bhelps?\s+(?:to\s+)?(?:\w+\s+){0,2}(?:form|fight))\s+(?:(?:the|a|any|your|their|these|this|severe|mild|bad"
    r"|some|painful|troublesome)\s+)*(?:(?:[\w-]+(?:,\s+|\s+(?:and|or)\s+)){0,3}|(?:[\w-]+,\s+){2,3}(?:and|or)\s+)$",  # "can ease pain and breathlessness": each of a list (not "remove the
    # drain, and bleeding can follow")
    re.IGNORECASE,
)
_TREATED_REACH = 40
"""What a treatment does to a complication is not the risk of it: "the medicine dissolves clots", "antibiotics to
prevent infection", "paracetamol can hide a fever"; nor is what the body does: "platelets help form clots"."""


_REPORT_REACH = 200
"""How far before a complication "call us if you notice ..." is looked for: a sentence that long is a list run on
with commas, and searching all of it at each complication made a long comma-separated paragraph quadratic."""
_TO_REPORT = re.compile(
    r"\b(?:tell|let\s+(?:[\w']+\s+){1,3}know|call|contact|ring|phone|see|seek)\b[^.;!?]{0,80}?\bif\s+"
    r"(?:you|they|he|she|the person|your child|your loved one)\s+(?:notices?|mentions?|ha(?:ve|s)|gets?|feels?"
    r"|develops?|starts?)\b[^.;!?]*$"
    r"|\b(?:tell|tells|telling|told)\s+(?:you|us|the team|the nurse|someone|anyone)\s+about\s+(?:any\s+|their\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)


_CELL_BREAK = ". "
"""Cells read as sentences of their own: "most people" in one and "1 to 3 days" in the next are no frequency."""


def _rows(blocks: list[Block]) -> list[str]:
    """Each block's text; a table cell's with the other cells of its row ("Blockage | Cannot flush the line |
    About 1 in 10"), or, where the loader knew no row, with the cells beside it."""
    across = {row: _CELL_BREAK.join(blocks[index].text for index in cells) for row, cells in _cells_by_row(blocks).items()}
    rows = []
    for index, block in enumerate(blocks):
        if block.kind != "table_cell":
            rows.append(block.text)
        elif block.row is not None:
            rows.append(across[block.row])
        else:
            beside = [blocks[i].text for i in (index - 1, index + 1)
                      if 0 <= i < len(blocks) and blocks[i].kind == "table_cell"]
            rows.append(_CELL_BREAK.join([block.text, *beside]))
    return rows


def _cells_by_row(blocks: list[Block]) -> dict[tuple[int, int], list[int]]:
    """The indexes of the table cells of each row the loader knew, in order."""
    rows: dict[tuple[int, int], list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "table_cell" and block.row is not None:
            rows.setdefault(block.row, []).append(index)
    return rows


def _part_starts(context: CheckContext) -> set[int]:
    """The first block of each part of a section (the text under a sub-heading), by identity: where a list ends."""
    return {id(part.blocks[0]) for matched in context.sections for part in matched.parts if part.blocks}


def _risk_blocks(context: CheckContext) -> list[Block]:
    """The blocks of the sections mainly about risks (the heading's first id), where numbers belong: not the
    warning signs under "When to get help" (risks and follow-up, or a heading that names them: what to watch
    for, not how often; follow-up only guessed, for want of another heading that is, or only added by the section
    model beside the risks a heading names ("Common problems and what to do"), does not make them so), nor a key-points box that restates them, nor what may happen without treatment ("What
    could happen if I do not have a drain?"), which are the condition's course, not the treatment's risks, nor who
    the treatment suits ("Who is it suitable for?"), nor a glossary ("Words to know") that explains the words of a
    complication."""
    return [
        block
        for matched in context.sections
        if matched.ids[:1] == ("risks",) and "risks" not in matched.match.unsure
        and ("follow-up" not in matched.ids or "follow-up" in (*matched.match.unsure, *matched.match.added))
        and not (matched.section.heading is not None and _restates_risks(matched.section.heading.text))
        for part in matched.parts
        for block in part.blocks
    ]


_WHO_IT_IS_FOR = re.compile(
    r"\b(?:suitab\w*|eligib\w*|right for (?:me|you)|who (?:can|can't|cannot|should|should not|shouldn't)\b"
    r"|who (?:is|are) (?:it|this|a good|good|the right) (?:for|candidates?)\b)",
    re.IGNORECASE,
)
"""A heading over who may have the treatment ("Who is it suitable for?", "Who can have it?", "Is it right for
me?"): the conditions it names ("your risk of bleeding is low", "not safe after a recent stroke") are the reader's,
not the treatment's risks."""


_WHAT_IS_EXPECTED = re.compile(
    r"\b(?:what(?:'s| is) normal|is (?:it|this) normal|normal (?:after|symptoms|effects|feelings)|what to expect"
    r"|(?:expected|common) (?:effects|symptoms|feelings)|^\W*(?:q:\s*)?what (?:is|are) (?!(?:the |any |some )?(?:risks?|complications?"
    r"|side[ -]effects?|dangers?|problems?)\b)[\w -]+ syndrome\W*$)",
    re.IGNORECASE,
)
"""A heading over what is normal or expected afterwards ("What is normal?", "What is post-embolisation
syndrome?"): the effects it names (some leakage, a low fever for a few days) are expected, not complications."""


def _restates_risks(heading: str) -> bool:
    page = cues.Page.of(heading, False)
    return (bool(cues.SUMMARY_HEADING.match(heading)) or _WHO_IT_IS_FOR.search(heading) is not None
            or _WHAT_IS_EXPECTED.search(heading) is not None
            or cues.WARNING_SIGNS.find(page) is not None
            or cues.NO_TREATMENT.find(page) is not None or cues.CONDITION_LEFT_AS_IT_IS.find(page) is not None
            or cues.GLOSSARY.find(page) is not None)


def _under_a_frequency_heading(context: CheckContext, blocks: list[Block]) -> set[int]:
    """Indexes of blocks under a sub-heading that gives their frequency ("Common – more than 1 in 10 people")."""
    banded = {
        id(block)
        for matched in context.sections
        for part in matched.parts
        if part.heading is not None and has_frequency(part.heading.text)
        for block in part.blocks
    }
    return {index for index, block in enumerate(blocks) if id(block) in banded}


def _warning_sign_lists(blocks: list[Block]) -> set[int]:
    """Indexes of list items under a lead-in that names them as warning signs ("Come to the Emergency
    Department immediately if:"): what to watch for, inside the risks section, not risks wanting a number."""
    return items_under(blocks, _names_warning_signs)


def _names_warning_signs(text: str) -> bool:
    return text.rstrip(" *_").endswith(":") and (
        _WATCH_FOR.search(text) is not None or cues.WARNING_SIGNS.find(cues.Page.of(text, False)) is not None)


_WATCH_FOR = re.compile(r"\b(?:watch|look)\s+(?:out\s+)?for\s*(?:(?:the\s+)?signs?\b[^.:\n]{0,60})?[*_]*:[*_\s]*$",
                        re.IGNORECASE)
"""A lead-in to what to watch for ("Colitis means inflammation of the large bowel. Watch for:" over "stomach cramps or
pain"; "Watch for signs that the dose is now too high:"): the signs of a complication, not more complications."""


_ASKS_ABOUT_THE_READER = re.compile(
    r"\b(?:tell|let|inform|warn)\b[^.:\n]{0,60}\bif (?:you|your child|they)\b[^.:\n]{0,30}:"
    r"|\bnot (?:be )?(?:suitable|possible|safe|advised|recommended)\b[^.:\n]{0,60}\bif\b[^.:\n]{0,30}:",
    re.IGNORECASE,
)
"""A lead-in over the reader's own circumstances ("Please tell us before your appointment if you:" over "have had
a bowel blockage"; "It may not be safe if you:"): what the team must know, not risks of the treatment."""


def _asks_about_the_reader(text: str) -> bool:
    return text.rstrip(" *_").endswith(":") and _ASKS_ABOUT_THE_READER.search(text) is not None


def _lists_given_a_frequency(blocks: list[Block]) -> set[int]:
    """Indexes of list items whose lead-in, or the paragraph right after the list, gives the frequency for
    them all ("These happen to fewer than 1 in 1,000 people:"), and of a paragraph under such a lead-in.

    The lead-in gives it in its last sentence, the one that leads into the list; the paragraph after gives it
    in a first sentence that takes up the list ("Each of these happens to fewer than 1 in 100 people."), not
    in one about something else ("Sometimes the sample is too small ... in about 1 in 20 cases")."""
    covered: set[int] = set()
    index = 0
    while index < len(blocks):
        if blocks[index].kind == "paragraph" and index and _gives_the_base(blocks[index - 1].text):
            covered.add(index)  # "Out of 100 people who have a chest drain:" over "About 5 people have ..."
        if blocks[index].kind != "list_item":
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "list_item":
            end += 1
        lead_in = blocks[index - 1].text if index and blocks[index - 1].kind == "paragraph" else ""
        after = blocks[end].text if end < len(blocks) and blocks[end].kind == "paragraph" else ""
        if has_frequency(_leading_sentences(lead_in)) or has_frequency(_taking_up(after)):
            covered.update(range(index, end))
        index = end
    return covered


def _risk_table_rows(blocks: list[Block], named: re.Pattern[str]) -> tuple[set[int], set[int]]:
    """The cells of a risks table that describe the risk their row's first cell names, and the first cells that
    name a risk by a label of their own.

    "Infection at the exit site | Redness, heat, swelling or pus ..." names one risk, infection, whose signs the
    second cell gives; so does a short label that names no treatment ("Air embolism | ... It can cause sudden chest
    pain"), which is then the risk to give a number for, where a cell of its row names a complication. A row
    that opens with a treatment ("Surgery | Bleeding, infection") lists that treatment's risks, which are judged.
    """
    described: set[int] = set()
    labels: set[int] = set()
    treatments = _any_of("options.txt")
    for first, *others in _cells_by_row(blocks).values():
        label = blocks[first].text
        if not others:
            continue
        if next(_complications(named, label), None) is not None:
            described.update(others)
        elif (len(label.split()) <= _RISK_LABEL_WORDS and not any(map(str.isdigit, label))
              and treatments.search(label) is None):
            described.update(others)
            if any(next(_complications(named, blocks[other].text), None) is not None for other in others):
                labels.add(first)
    return described, labels


_RISK_LABEL_WORDS = 6


def _risk_list_labels(blocks: list[Block], named: re.Pattern[str], given: list[bool], signs: set[int],
                      part_starts: set[int]) -> dict[int, str]:
    """The risk each entry of a risks list names by a label of its own, where the entry gives no number and names
    no complication the word list knows: "Pump failure or catheter movement. Uncommon.", "Fat necrosis – firm lumps
    in the new breast", "Chyle leak.". A list is of risks when another of its entries is labelled with a known
    complication ("Stomach ulcers – ..."); a list of tests or options whose text gives a risk its number ("CT-guided
    needle biopsy. ... About 1 in 5 people get ...") is not. Its entries are list items, or paragraphs in a row that
    each open with a label and a dash or colon and go on ("Slowed breathing – rare when ..."), as scraped pages and
    Word files set a list out; a list ends where a sub-heading starts another part ("Practical points").

    A label is an item's words before its first dash, colon, full stop or bracket, or the whole of a short item:
    a short noun phrase, not an instruction or a sentence ("Tell us if ...", "You may bruise", "Most people ...",
    "He recovered well"), no time ("Months or years later – ..."), no option ("OPTION B – ..."), no test and no
    treatment ("Surgery – ..."); and it shows itself a risk, by a word of harm in the label ("Catheter slipping out"),
    a medical term naming a condition ("Transient thyrotoxicosis"; not a procedure's "-ation", "Sedation") or by its
    entry's saying how likely in words or that it may happen ("Recovery – most people are back at work"
    and "Driving – do not drive for a day" are neither).
    """
    treatments = _any_of("options.txt")
    not_names, harms = word_set("not-risk-label-words.txt"), word_set("harm-words.txt")
    entry_labels = [_entry_label(block) for block in blocks]
    labels: dict[int, str] = {}
    index = 0
    while index < len(blocks):
        if entry_labels[index] is None:
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and entry_labels[end] is not None and id(blocks[end]) not in part_starts:
            end += 1
        entries = range(index, end)
        of_risks = any(next(_complications(named, entry_labels[entry] or ""), None) is not None
                       for entry in entries if entry not in signs)
        for entry in entries if of_risks else ():
            if given[entry] or entry in signs or next(_complications(named, blocks[entry].text), None) is not None:
                continue
            label = entry_labels[entry] or ""
            words = label.lower().split()
            if (0 < len(words) <= _RISK_LABEL_WORDS and len(words[0]) > 1 and not label.isupper()
                    and not any(map(str.isdigit, label)) and words[0] not in not_names | _PERSON_OPENERS
                    and not not_names.intersection(words[1:]) - _JOINING
                    and treatments.search(label) is None and not _A_TEST.search(label)
                    and (harms.intersection(re.findall(r"[a-z]+", label.lower()))
                         or any(terms.is_term(word) and not word.lower().endswith("ation")
                                for word in terms.WORD.findall(label))
                         or _LIKELY_IN_WORDS.search(blocks[entry].text[len(label):]))):
                labels[entry] = label
        index = end
    return labels


def _entry_label(block: Block) -> str | None:
    """The label a list entry opens with (None for a block that is no list entry): a list item's words before its
    first dash, colon, full stop or bracket, or all of a short one; a paragraph's before a dash or a colon with more
    after it ("Skin irritation around the tube: common.")."""
    if block.kind == "list_item":
        found = _ITEM_LABEL.match(block.text)
        return found.group("label").strip(" *_") if found else ""
    if block.kind == "paragraph":
        found = _DASH_LABEL.match(block.text)
        return found.group("label").strip(" *_") if found else None
    return None


_PERSON_OPENERS = frozenset({"he", "she", "his", "her", "their", "its"})
"""Words opening a sentence about someone ("He recovered well"), never a risk's label; inside one they may stand
("Aches in their muscles")."""
_LIKELY_IN_WORDS = re.compile(
    r"\b(?:rare|rarely|uncommon|common|occasional|occasionally|sometimes|small (?:chance|number|risk)|a few|"
    r"some (?:people|patients|children|women|men)|may|can|could|might|risk|chance)\b", re.IGNORECASE)
"""An entry saying how likely its risk is in words, or that it may happen: what a risk's entry says in place of a
number ("Uncommon.", "you may lose your appetite")."""


_ITEM_LABEL = re.compile(r"[\s*_]*(?P<label>[A-Za-z][\w' -]*?(?:\s*\([\w' -]+\))?)[*_]*(?:\s+[–—-]\s|\s*[:(]|\.(?:\s|$)|\s*$)")
_DASH_LABEL = re.compile(r"[\s*_]*(?P<label>[A-Za-z][\w' -]*?(?:\s*\([\w' -]+\))?)[*_]*(?:\s+[–—-]\s|:\s)(?=\s*\S)")
_A_TEST = re.compile(r"(?:scopy|graphy|gram|\bscans?|\btests?|\bbiops(?:y|ies)|\bx-rays?)\s*$", re.IGNORECASE)
"""A label that names a test ("PET-CT scan", "Bronchoscopy"): what is done, not what can go wrong."""
_JOINING = frozenset({"or", "and", "of", "in", "to", "the", "a", "an", "from", "with", "at", "on", "into", "after"})


def _tables_under_a_base(blocks: list[Block]) -> set[int]:
    """Indexes of the cells of a table whose lead-in gives the count its cells count out of ("Out of 100 people
    who have a biopsy, about this many will have each problem:" over "Infection | Fewer than 1 | 2 to 4")."""
    covered: set[int] = set()
    lead_in = False
    for index, block in enumerate(blocks):
        if block.kind != "table_cell":
            lead_in = block.kind == "paragraph" and (_gives_the_base(block.text) or _captions_a_count(block.text))
        elif lead_in:
            covered.add(index)
    return covered


def _captions_a_count(text: str) -> bool:
    """A table's caption that opens with the count its cells count out of: "Out of every 100 people who receive
    CAR T-cell therapy" over "Serious infection | about 20 to 30"."""
    return DENOMINATOR.match(text.strip(" *_")) is not None and not text.rstrip().endswith(".")


_TAKES_UP_A_LIST = re.compile(
    r"^[\s*_]*(?:these|each|all|both|either|none|together|overall|in total|altogether)\b"
    r"|\b(?:these|them|either of|any of|each of|both of|one of|all of|none of)\b", re.IGNORECASE)
"""A sentence after a list that speaks of its items ("These happen to ...", "About 1 in 100 people have one of
these.", "The chance of any of these is ..."), not of one thing ("This happens in about 1 in 20 cases")."""
_CONNECTOR = re.compile(
    r"^[\W_]*(?:(?:they|these|which|the risks|these problems|the problems)\s+(?:include|are)|one of (?:these|the following)"
    r"|i\.?e\.?|e\.?g\.?|namely|that is|for example|such as)\b[^.!?]{0,30}$", re.IGNORECASE)
"""A lead-in's last sentence that only leads into the list ("They include:", "i.e. one of these:"): the sentence
before it says how often. "Other problems can happen:" says something of its own, and stands alone."""


def _leading_sentences(lead_in: str) -> str:
    """The sentence of a list's lead-in that leads into the list, with the one before when it is a mere connector."""
    if not lead_in.strip():
        return ""
    last = terms.sentence_start(lead_in, len(lead_in.rstrip(" .:*_")) - 1)
    if last > 0 and _CONNECTOR.match(lead_in[last:].strip()):
        last = terms.sentence_start(lead_in, last - 2)
    return lead_in[last:]


def _taking_up(after: str) -> str:
    """The first sentence of the paragraph after a list, where it speaks of the list's items; else nothing."""
    first = after[: terms.sentence_end(after, 0)] if after.strip() else ""
    return first if _TAKES_UP_A_LIST.search(first) else ""


def _gives_the_base(text: str) -> bool:
    """A lead-in that ends on a colon and gives the count the text below it counts out of."""
    return text.rstrip(" *_").endswith(":") and has_frequency(text[text.rfind(".", 0, len(text) - 1) + 1 :])


@criterion("literacy.risk-percentage", Severity.info)
def risk_percentage(context: CheckContext) -> Judgement:
    """A percentage given without a natural frequency beside it.

    ## What it does
    Reports each percentage in a paragraph, list item or table cell that gives
    no natural frequency ("1 in 20") beside it.

    ## Why is this bad?
    Many readers misjudge percentages; natural frequencies are understood
    better (Gigerenzer; NHS style guide on numbers; PEMAT-P item 6: whole
    numbers, not percentages).

    ## Example
    "Bleeding happens in 0.5% of cases."

    ## Use instead
    "Bleeding happens to about 1 in 200 people (0.5%)."
    """
    prose = _leaflet_prose(context)
    hits = tuple(
        Hit(f"'{match.group()}' is a percentage with no natural frequency ('1 in ...') beside it.",
            block.span(match.start(), match.end()), match.group(), section=section)
        for block, section in prose
        for match in percentages_without_frequency(block.text)
    )
    has_numbers = any(re.search(r"\d", block.text) for block, _ in prose)
    return Judgement(has_numbers, hits)


@criterion("literacy.no-treatment-option", Severity.warning)
def no_treatment_option(context: CheckContext) -> Judgement:
    """The leaflet does not say what happens without treatment.

    ## What it does
    Looks for any wording of the choice not to be treated: "without
    treatment", "if you decide not to have", "if you refuse" or "decline",
    "no treatment", "watchful waiting", "left untreated", the condition left as it is ("If the
    blockage is not relieved, ...", "If nothing changes, ...", not pain
    "not relieved by" painkillers) ..., or keeping watch named as an option in
    a table row or list item that says what it means ("Monitoring | Regular
    scans ..."); reports the leaflet when there is none.

    ## Why is this bad?
    DISCERN question 12: does it describe what would happen if no treatment is
    used? A patient cannot weigh a procedure without knowing the other side.

    ## Example
    A leaflet that describes ablation, its risks and recovery, and nothing else.

    ## Use instead
    A sentence or section: "If you decide not to have treatment, the pain may
    get worse and the bone may break. You can change your mind at any time."
    """
    return _on_page(context, cues.NO_TREATMENT, cues.CONDITION_LEFT_AS_IT_IS, cues.NOT_USING_IT) or _keeping_watch_offered(
        context) or _failing(
        context, "Nothing says what would happen without treatment (DISCERN 12)."
    )


def _keeping_watch_offered(context: CheckContext) -> Judgement | None:
    """Keeping watch offered among the treatments, as a table row ("Monitoring | Regular scans ... | The yearly
    chance of ...") or a list item that says what it means; "Monitoring: a nurse checks your pulse" under aftercare
    is no option."""
    blocks = _sections_with(context, "treatments") + _sections_with(context, "alternatives")
    for block in blocks:
        label = cues.KEEPING_WATCH_LABEL.fullmatch(block.text.strip(" *_:"))
        if label is None and block.kind == "list_item":
            label = cues.KEEPING_WATCH_LABEL.match(block.text.lstrip(" *_"))
            label = label if label is not None and label.group("said") else None
        elif label is not None and not (block.kind == "table_cell" and block.row is not None and any(
                other.row == block.row and other is not block and len(other.text.split()) >= 3 for other in blocks)):
            label = None
        if label is not None:
            return Judgement(True, evidence=block.span(), evidence_text=excerpt(block.text))
    return None


def _radiation_received(text: str, start: int, end: int) -> bool:
    """Radiation a scan gives ("the same as three years of natural background radiation", "the radiation dose you
    get"), said of this very word, not radiation as a treatment ("surgery, chemotherapy or radiation", "radiation from
    a machine aimed at the tumour", "a high dose of radiation")."""
    return (_RECEIVED_BEFORE.search(text, max(start - _RECEIVED_REACH, 0), start) is not None
            or _RECEIVED_AFTER.match(text, end) is not None)


_RECEIVED_BEFORE = re.compile(r"\b(?:background|natural|x-ray|x ray|scan's|low-dose|low dose)\s+$")
_RECEIVED_AFTER = re.compile(r"\s+(?:exposure\b|dose (?:you (?:get|receive)|is (?:very )?(?:low|small)|from))")
_RECEIVED_REACH = 20


@criterion("literacy.single-option", Severity.warning)
def single_option(context: CheckContext) -> Judgement:
    """The treatments section presents only one option.

    ## What it does
    Counts the distinct treatment options (ablation, surgery, chemotherapy,
    watchful waiting ...; `audit/literacy/data/options.txt`; for a device's
    removal, keeping it in: "some teens keep their port a little longer"; another
    way offered "instead": "a scan or a blood test can help instead", "your doctor may offer a CT colonography
    instead", "instead of a colonoscopy, you can have a CT scan"; the
    choices counted: "you have three main choices"; saying no offered as a
    choice: "It is your choice. You can say no.") named anywhere
    in the leaflet's text (a "What else could I do?" list may stand under any
    heading), and reports the leaflet when there are fewer than two and no
    section on alternatives says something. Not judged when no section
    covers treatments.

    ## Why is this bad?
    DISCERN question 14 (more than one treatment choice) and EQIP-36 item 5:
    the reader should know there is a choice.

    ## Example
    A leaflet about embolisation that mentions no other way to treat fibroids.

    ## Use instead
    A section "Other options" naming them: medicines, surgery, or no treatment.
    """
    if not _sections_with(context, "treatments"):
        return Judgement(False, evidence_text="not judged: no section on treatments")
    alternatives = _sections_with(context, "alternatives")
    if sum(block.words for block in alternatives) >= MIN_ALTERNATIVES_WORDS:
        return Judgement(True, evidence=alternatives[0].span(), evidence_text=excerpt(alternatives[0].text))
    prose = (block.text for block, _ in _leaflet_prose(context))
    text = " ".join([context.leaflet.title or "", *prose]).lower()
    named = {found.group() for found in _any_of("options.txt", flags=0).finditer(text)
             if not (found.group() == "radiation" and _radiation_received(text, found.start(), found.end()))}
    # the other choice to what the leaflet describes, which is itself the first: keeping a device in, another way
    if _KEEPING_THE_DEVICE.search(text):
        named |= {"keeping it in", "what the leaflet describes"}
    if (instead := _OTHER_WAY_INSTEAD.search(text)) is not None and _TREATMENT_WORD.search(
            other := next(group for group in instead.groups() if group)):
        named |= {other, "what the leaflet describes"}  # "a CT colonography instead", not "a shower" or "a chair"
    # each searched only where its key words stand: a scan of the whole text costs more than these tests
    if ("choices" in text or "options" in text or "choose between" in text) and (
            counted := _CHOICES_COUNTED.search(text)) is not None:
        named |= {counted.group(), "what the leaflet describes"}
    if any(word in text for word in _SAYING_NO_WORDS) and (declined := _SAYING_NO.search(text)) is not None:
        named |= {f"saying no ('{declined.group()}')", "what the leaflet describes"}
    if len(named) >= 2:
        return Judgement(True, evidence_text=", ".join(sorted(named)))
    offered = f" ({', '.join(sorted(named))})" if named else ""
    return _failing(context, f"Only one treatment is described{offered}; DISCERN asks for more than one choice: "
                             "name the other options, not having treatment among them.")


_CHOICES_COUNTED = re.compile(
    r"\b(?:two|three|four|five|several)\s+(?:main\s+|possible\s+|different\s+|treatment\s+)?(?:choices|options)\b"
    r"|\bchoose between\b|\byour (?:choices|options) are\b"
)
"""The choices counted or laid out: "You have three main choices: have a biopsy now, keep watching ...", "choose
between"."""
_SAYING_NO = re.compile(
    r"\b(?:it is|it's) (?:your|always your|entirely your|completely your) (?:choice|decision)"
    r"(?=\s*(?:[.!;,]|$|whether|if |to have|to go ahead))"
    r"|\byou (?:can|may) (?:say no|decline|refuse)\b|\byou (?:do not|don't) have to have\b"
)
"""Not having it offered as a choice of its own ("Do I have to have it? No. It is your choice. You can say no."):
the second option DISCERN 14 asks for beside the one the leaflet describes."""
_SAYING_NO_WORDS = ("choice", "decision", "say no", "decline", "refuse", "have to have")
_DEVICE = r"(?:port|line|stent|drain|catheter|filter|tube|device|pump|implant)"
_KEEPING_THE_DEVICE = re.compile(
    rf"\b(?:keep|keeps|keeping|leave|leaving)\s+(?:their|your|the|his|her)\s+{_DEVICE}\s+(?:in\s+)?"
    r"(?:(?:a little|a bit|a while|for now|for a while)\s+)?(?:longer|in place)\b"
    rf"|\bif (?:the|your) {_DEVICE} stays in\b"
)
"""For a device's removal, the other choice: "Some teens keep their port a little longer", "If the port stays in"."""
_OTHER_WAY_INSTEAD = re.compile(
    r"\b((?:scan|test|blood test|x-ray|operation|medicine|tablets|treatment|procedure|surgery)s?)\b[^.;]{0,40}\binstead\b"
    r"|\b(?:offer|offers|suggest|suggests|recommend|recommends) (?:you )?(((?:an?|the) )?[\w-]+(?: [\w-]+){0,2}) instead\b"
    r"|\binstead of (?:an? |the |having )?[\w-]+(?: [\w-]+)?,? (?:you|your child) (?:can|could|may|might) (?:have|choose|ask for)"
    r" ((?:an? |the )?[\w-]+(?: [\w-]+)?)"
)
"""Another way named as a choice: "Sometimes a scan or a blood test can help instead", "Your doctor may offer a CT
colonography instead", "Instead of a colonoscopy, you can have a CT scan"."""
_TREATMENT_WORD = re.compile(
    r"scan|test|camera|graphy|scopy|operation|surgery|procedure|treatment|therapy|medicine|tablets|biopsy|ablation"
    r"|emboli[sz]ation|stent|drain|injection|transplant|dialysis|monitoring|surveillance"
)
"""What an "instead" offers must be a treatment or test for it to count as a second option."""


@criterion("literacy.warning-signs", Severity.warning)
def warning_signs(context: CheckContext) -> Judgement:
    """Nothing tells the reader the warning signs to look out for, or when to get help.

    ## What it does
    Looks for the ways leaflets say when to seek help: "seek medical help",
    "go to A&E", "come to Emergency straight away if ...", "call 999", "warning signs", "if you notice ... call ...",
    "contact ... straight away", "when should I tell someone?", "call us if:"
    over a list; reports the leaflet when there are none. What the team must
    know before the day ("Tell us if you take blood thinners, or if you have
    diabetes") is no warning sign.

    ## Why is this bad?
    EQIP-36 item 14: the reader should know what symptoms need attention after
    a procedure and whom to call.

    ## Example
    An aftercare section that says only "You can go home the same day".

    ## Use instead
    "Call the ward straight away if you have a fever, bleeding that does not
    stop, or pain that gets worse. Out of hours, go to A&E."
    """
    page = _page(context)
    for _ in range(_BEFORE_THE_DAY_SKIPPED):
        found = cues.WARNING_SIGNS.find(page) or cues.WARNING_SIGNS_HEADING.find(page)
        if found is None:
            break
        clause = _CLAUSE_END.search(page.text, found[1])
        end = clause.start() if clause else len(page.text)
        said = page.text[found[0]:end]  # the cue's words and the rest of their clause: "Tell us if you have diabetes"
        if not _BEFORE_THE_DAY.search(said) or _URGENT.search(said):
            return _passed(found, page)
        # "Tell us if you take blood thinners, or if you have diabetes": what the team must know before the day is no
        # warning sign; those words alone are set aside (lines and offsets kept) and the page read again
        page = cues.Page.of(page.text[:found[0]] + " " * len(said) + page.text[end:], html=False)
    follow_up = next((m for m in context.sections if "follow-up" in m.ids and m.section.heading), None)
    span = follow_up.section.heading.span if follow_up and follow_up.section.heading else None
    return _failing(context, "No warning signs or when to seek help are given (EQIP 14).", span)


_BEFORE_THE_DAY = re.compile(
    r"\bif you (?:take|are taking|use|are using|are allergic|have (?:an? )?allerg(?:y|ies)|are pregnant|(?:might|could|may)"
    r" be pregnant|have diabetes|are diabetic|have a pacemaker)\b", re.IGNORECASE)
"""What the team must know before the day ("Tell us if you take blood thinners", "... if you are pregnant"), which a
warning-signs cue ("tell ... if you have ...") would otherwise read as when to seek help."""
_URGENT = re.compile(r"\b(?:straight away|immediately|urgently|right away|at once|999|911|000|112|A&E|emergency)\b"
                     r"|\bgoes? (?:low|high)\b|\bfeel (?:very )?(?:unwell|drowsy|dizzy|faint)\b", re.IGNORECASE)
"""A sentence about a condition the reader has that still says when to get help: "if you have diabetes and your sugar
goes low, call us straight away"."""
_BEFORE_THE_DAY_SKIPPED = 50
_CLAUSE_END = re.compile(r"[,.;:!?\n]")


@criterion("literacy.contact", Severity.warning)
def contact(context: CheckContext) -> Judgement:
    """The leaflet gives no way to get in touch and no further support.

    ## What it does
    Looks for a phone number, an e-mail address, or wording such as "contact
    your team", "call the ward", "helpline", "support groups"; reports the
    leaflet when there is none.

    ## Why is this bad?
    DISCERN question 7 (additional sources of support and information) and
    EQIP-36 items 16-17: a reader with a question must know whom to ask.

    ## Example
    A leaflet that ends after its aftercare section.

    ## Use instead
    "If you have questions, call the Interventional Radiology nurses on 01632
    960 000 (Monday to Friday, 8am to 6pm)."
    """
    met = _on_page(context, cues.PHONE, cues.EMAIL, cues.CONTACT)
    if met is not None:
        return met
    if any("contact" in m.ids and m.words for m in context.sections):
        return Judgement(True, evidence_text="a contact section")
    return _failing(context, "No contact details or further support are given (DISCERN 7, EQIP 16-17).")


@criterion("literacy.date", Severity.warning)
def date(context: CheckContext) -> Judgement:
    """The leaflet has no date of production or review, or no next review date.

    ## What it does
    Looks for a dated line ("Published: March 2025", "Last reviewed
    12/03/2025", "© 2024") anywhere on the page, footers included, and for a
    next review date ("Review date", "Next review"); reports the leaflet when
    it has no date, or a date but no next review date.

    ## Why is this bad?
    DISCERN question 5, EQIP-36 item 19 and the NHS Information Standard: a
    reader must be able to tell whether the information is current. Audits of
    patient websites found most undated.

    ## Example
    A leaflet with no date anywhere.

    ## Use instead
    "Published: March 2025. Next review: March 2028."
    """
    page = _page(context)
    found = cues.DATE.find(page)
    if found is None:
        return _failing(context, "No date of production or review is given (DISCERN 5, EQIP 19).")
    if cues.NEXT_REVIEW.find(page) is None:
        dated = excerpt(page.text[found[0] : found[1]])
        return _failing(context, f"A date is given ('{dated}') but no next review date "
                                 "(NHS Information Standard).")
    return _passed(found, page)


@criterion("literacy.sources", Severity.warning)
def sources(context: CheckContext) -> Judgement:
    """The leaflet names no sources for its information.

    ## What it does
    Looks for a references section, or wording that names sources: a
    "References", "Sources" or "Further reading" heading, a citation ("et
    al", a DOI, a web address), "Source: NICE." (after another sentence too),
    "Reference: NICE guideline NG157" (not a leaflet's own code, "Reference:
    VASC-019"), or "based on ... guidance"; reports the leaflet when there is none.

    ## Why is this bad?
    DISCERN question 4 and EQIP-36 item 23: a reader (and a reviewer) should
    be able to see what the information is based on.

    ## Example
    A leaflet whose statements of risk cite nothing.

    ## Use instead
    "This leaflet is based on guidance from the National Institute for Health
    and Care Excellence (NICE IPG 123, 2023) and CIRSE's patient information."
    """
    met = _on_page(context, cues.SOURCES, cues.GUIDELINE_TITLE)
    if met is not None:
        return met
    if _sections_with(context, "references"):
        return Judgement(True, evidence_text="a references section")
    return _failing(context, "No sources or references are named (DISCERN 4, EQIP 23).")


@criterion("literacy.author", Severity.warning)
def author(context: CheckContext) -> Judgement:
    """The leaflet does not say who wrote or published it.

    ## What it does
    Looks for an author or publisher: "Written by", "Produced by", a
    copyright line, or an organisation's name (a hospital, trust, society,
    institute, a radiology or imaging practice ...); reports the leaflet when
    there is none.

    ## Why is this bad?
    EQIP-36 item 21: the reader should know who stands behind the information.

    ## Example
    A leaflet with no name on it.

    ## Use instead
    "Produced by the Interventional Radiology Department, Northmoor Hospital."
    """
    return _on_page(context, cues.AUTHOR) or _failing(context, "No author or publishing organisation is named (EQIP 21).")


@criterion("literacy.summary", Severity.warning)
def summary(context: CheckContext) -> Judgement:
    """The leaflet has no summary of its key points.

    ## What it does
    Looks for a heading that introduces a summary ("Key points", "Summary",
    "In brief", "At a glance", "Things to remember" ...), or such words on a
    line of their own anywhere on the page (a key-points box in an aside; a
    transcript's 'ON-SCREEN TEXT: "Key points"');
    reports leaflets of 150 words or more that have none.

    ## Why is this bad?
    PEMAT-P item 11 and the CDC Clear Communication Index: a summary at the
    start or end is what many readers take away. Published audits found it is
    the item leaflets most often miss.

    ## Example
    A leaflet that ends with its contact details.

    ## Use instead
    A "Key points" box of three to five bullets at the top.
    """
    if _words(context) < MIN_WORDS_TO_JUDGE:
        return _too_short(context)
    headings = [(part.heading.text, part.heading.span) for m in context.sections for part in m.parts
                if part.heading is not None]  # a sub-heading folded into the section above too
    found = next(((text, span) for text, span in headings if cues.SUMMARY_HEADING.match(text)), None)
    if found is None:
        intro = [block for block, _ in context.blocks()[:4] if cues.SUMMARY_HEADING.match(block.text)]
        found = (intro[0].text, intro[0].span()) if intro else None
    if found is not None:
        return Judgement(True, evidence=found[1], evidence_text=found[0])
    return _on_page(context, cues.SUMMARY_LINE) or _failing(context, "No summary of key points (PEMAT 11).")


_ACTION_START = re.compile(
    r"(?:^(?:if|when|after|before|once|until|as soon as|while|for|in case of)\b[^,]{2,120},\s+(?:please\s+)?"
    r"|\bplease\s+|\byou (?:should|must|need to|will need to|may need to|can)\s+|^|[.!?:;]\s+)"
    r"(?P<verb>[A-Za-z']+)\b(?![-’'])",
    re.IGNORECASE,
)
"""Where an instruction's verb stands: opening a sentence or clause, after "please" or "you should", or after
an opening "If ..., " ("If you have a fever, call the ward"); not after any comma ("to ease pain, keep the
bone strong" lists aims)."""


@cache
def _instruction_words() -> re.Pattern[str]:
    return any_word(word_set("action-verbs.txt") | {"don't", "do"})


def _action(sentence: str) -> str | None:
    verbs = word_set("action-verbs.txt")
    for match in _ACTION_START.finditer(sentence):
        verb = match.group("verb").lower()
        if verb in verbs or verb in ("don't", "do"):
            if verb == "do" and not sentence[match.end():].lstrip().lower().startswith("not"):
                continue
            return match.group("verb")
    return None


@criterion("literacy.action", Severity.warning)
def action(context: CheckContext) -> Judgement:
    """No sentence tells the reader to do something.

    ## What it does
    Looks for an instruction: a sentence or clause that opens with an action
    verb ("Call the ward if ...", "Bring your medicines", "Do not eat ...";
    `audit/literacy/data/action-verbs.txt`); reports leaflets of 150 words or
    more that have none.

    ## Why is this bad?
    PEMAT-P item 20 (the material clearly identifies at least one action the
    reader can take) and the CDC Clear Communication Index item 5.

    ## Example
    "Patients are advised that fasting is required before the procedure."

    ## Use instead
    "Do not eat for 6 hours before your appointment."
    """
    if _words(context) < MIN_WORDS_TO_JUDGE:
        return _too_short(context)
    instruction = _instruction_words()
    for block, _ in _prose(context):
        if not instruction.search(block.text.lower()):
            continue
        for sentence in sentences_of(context, block):
            verb = _action(sentence.text)
            if verb is not None:
                return Judgement(True, evidence=sentence.span, evidence_text=excerpt(sentence.text))
    return _failing(context, "No sentence tells the reader what to do (PEMAT 20).")


@criterion("literacy.reader", Severity.warning)
def reader(context: CheckContext) -> Judgement:
    """The leaflet does not speak to the reader as "you".

    ## What it does
    Counts "you" and "your" in the prose, and third-person instructions
    ("patients should", "the patient will"); reports leaflets of 150 words or
    more with fewer than three "you" words, or more third-person instructions
    than "you" words.

    ## Why is this bad?
    PEMAT-P item 21: the material addresses the user directly when describing
    actions. The NHS style guide: talk to the reader.

    ## Example
    "Patients should fast for six hours."

    ## Use instead
    "Do not eat for six hours before your appointment."
    """
    if _words(context) < MIN_WORDS_TO_JUDGE:
        return _too_short(context)
    text = " ".join(block.text for block, _ in _prose(context))
    you = cues.count_you(text)
    third = len(cues.THIRD_PERSON.findall(text))
    if you >= 3 and you > third:
        return Judgement(True, evidence_text=f"'you' {you} times")
    return _failing(context, f"The leaflet says 'you' {you} times and 'patients should' {third} times: talk to "
                             "the reader (PEMAT 21).")


@criterion("literacy.long-list", Severity.info)
def long_list(context: CheckContext) -> Judgement:
    """A list of more than five items with no subheading to break it up.

    ## What it does
    Reports each run of more than five list items under one heading.

    ## Why is this bad?
    SAM (Suitability Assessment of Materials): readers take in lists of up to
    about five items; longer ones need grouping under subheadings.

    ## Example
    Twelve side effects in one bulleted list.

    ## Use instead
    Group them: "Common side effects" and "Rare but serious".
    """
    hits = []
    for matched in context.sections:
        for part in matched.parts:
            for run in _list_runs(part.blocks):
                if len(run) > MAX_LIST_ITEMS:
                    hits.append(Hit(f"A list of {len(run)} items; break lists of more than {MAX_LIST_ITEMS} into "
                                    "groups under subheadings.",
                                    Span(run[0].span().line, run[0].span().column, run[-1].span().end_line,
                                         run[-1].span().end_column), run[0].text,
                                    section=matched.ids[0] if matched.ids else None))
    return Judgement(True, tuple(hits))


def _list_runs(blocks: Iterable[Block]) -> Iterator[list[Block]]:
    run: list[Block] = []
    for block in blocks:
        if block.kind == "list_item":
            run.append(block)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _stops(text: str) -> int:
    return text.count(".") + text.count("!") + text.count("?")


@criterion("literacy.long-paragraph", Severity.info)
def long_paragraph(context: CheckContext) -> Judgement:
    """A paragraph of more than three sentences.

    ## What it does
    Reports each paragraph with more than three sentences.

    ## Why is this bad?
    The NHS content style guide and the CDC Clear Communication Index ask for
    short paragraphs: a long block of text is skipped, and its later
    sentences go unread.

    ## Example
    One paragraph that covers the procedure, the anaesthetic and going home.

    ## Use instead
    One idea a paragraph, or a short list.
    """
    hits = []
    for block, section in _prose(context):
        if block.kind != "paragraph" or _stops(block.text) < MAX_PARAGRAPH_SENTENCES:
            continue  # every sentence but the last ends in a stop, so fewer stops than the limit cannot exceed it
        sentences = sentences_of(context, block)
        if len(sentences) > MAX_PARAGRAPH_SENTENCES:
            hits.append(Hit(f"A paragraph of {len(sentences)} sentences; keep paragraphs to "
                            f"{MAX_PARAGRAPH_SENTENCES} or fewer.", sentences[0].span, sentences[0].text,
                            section=section))
    return Judgement(True, tuple(hits))

