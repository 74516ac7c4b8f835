"""Rules on spelling slips: words run together, unknown words, British and American spelling mixed.

One pass over the leaflet's words serves all three rules (kept in the context's
memo). Never flagged: words the lexicon knows in any case, possessives and
contractions with either apostrophe, each part of a hyphenated compound that is
a word, numbers and measurements, addresses, acronyms and capitalised names
inside a sentence, and the project's accepted words.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from audit.checks import CheckContext, Hit, rule
from audit.lexicon import Lexicon, load_lexicon
from audit.model import Block, Leaflet
from audit.morphology import built_from_known_words
from audit.report import Fix, Severity
from audit.speller import Verdict, acronym_join, in_case_of, judge, knows_form
from audit.words import PROSE_WORD, Word, in_spans, is_acronym, masked_spans, name_run_starts, opens_sentence

_ACRONYM_RUN_ON = re.compile(r"[A-Z]{2,}[a-z]")  # "CTscan": an acronym run into a word is still a run-on
FOREIGN_UNKNOWN_WORDS = 3  # a sentence with at least this many unknown words,
FOREIGN_SHARE = 0.4  # ...making up this share of its words, is in another language
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)")
CERTAIN_MAJORITY = 3  # at least this many forms of one variant, and three times the other's, to fix without asking


@dataclass(frozen=True, slots=True)
class _Occurrence:
    block: Block
    word: Word
    section: str | None

    def hit(self, message: str, suggestions: tuple[str, ...], fix: Fix | None = None) -> Hit:
        return Hit(
            message,
            self.block.span(self.word.start, self.word.end),
            self.word.text,
            suggestions,
            self.section,
            fix,
        )


@dataclass
class _RunSpeller:
    """The lexicon a run checks with, and what it has judged of words: a batch meets the same
    unknown words (a centre's drug names, its doctors' names) leaflet after leaflet."""

    lexicon: Lexicon
    judged: dict[str, Verdict] = field(default_factory=dict)
    built_words: dict[str, bool] = field(default_factory=dict)

    def judge(self, lower: str) -> Verdict:
        if lower not in self.judged:
            self.judged[lower] = judge(self.lexicon, lower)
        return self.judged[lower]

    def built(self, lower: str) -> bool:
        """A word built from known words (angiomyolipomas, gastrorenal): not a slip."""
        if lower not in self.built_words:
            self.built_words[lower] = built_from_known_words(self.lexicon, lower) is not None
        return self.built_words[lower]


@cache
def _run_speller(accepted: frozenset[str]) -> _RunSpeller:
    return _RunSpeller(load_lexicon().with_accepted(accepted))


@dataclass
class _Spelling:
    speller: _RunSpeller
    unknown: list[_Occurrence] = field(default_factory=list)
    british: list[_Occurrence] = field(default_factory=list)
    american: list[_Occurrence] = field(default_factory=list)
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # this leaflet's own: an acronym run on ("CTscan")

    @property
    def lexicon(self) -> Lexicon:
        return self.speller.lexicon

    def verdict(self, lower: str) -> Verdict:
        own = self.verdicts.get(lower)
        return own if own is not None else self.speller.judge(lower)

    def built(self, lower: str) -> bool:
        return self.speller.built(lower)

    def name(self, word: Word) -> bool:
        """A proper name: with its capital, or in lower case when no word in common use is one edit away.

        "Aleve" is a drug; "aleve" is a slip of "alive".
        """
        if not self.lexicon.knows_name(word.lower):
            return False
        return word.text[0].isupper() or not self.verdict(word.lower).slip_of_common_word


def _spelling(context: CheckContext) -> _Spelling:
    cached = context.memo.get("spelling")
    if isinstance(cached, _Spelling):
        return cached
    result = _Spelling(_run_speller(context.settings.accept_words))
    cited = _cited_blocks(context)
    for block, section in context.blocks():
        _read_block(result, block, section, cited=id(block) in cited)
    context.memo["spelling"] = result
    return result


def _cited_blocks(context: CheckContext) -> set[int]:
    """The blocks of a references section: titles cited there keep their published spelling."""
    return {
        id(block)
        for matched in context.sections
        if "references" in matched.ids or "references" in matched.match.extras
        for part in matched.parts
        for block in part.blocks
    }


def _read_block(result: _Spelling, block: Block, section: str | None, *, cited: bool = False) -> None:
    """Sort the block's words into unknown, British and American; known words with one spelling drop out.

    ``cited``: a references block, whose variant spellings are the cited works' own.
    """
    lexicon = result.lexicon
    british, american = lexicon.british_to_american, lexicon.american_to_british
    text = block.text
    lowered = {word.lower() for word in PROSE_WORD.findall(text)}
    plain = lexicon.spelled_one_way(lowered)
    if len(plain) == len(lowered):
        return  # most blocks: every word known, with one spelling
    masked = masked_spans(text)
    matches = list(PROSE_WORD.finditer(text))
    in_names: set[int] | None = None  # found only when a capitalised word needs it
    first_unknown = len(result.unknown)
    accented: list[int] = []  # unknown words with letters English does not use: evidence of another language

    def in_name(start: int) -> bool:
        nonlocal in_names
        if in_names is None:
            in_names = name_run_starts(text, matches)
        return start in in_names

    for index, match in enumerate(matches):
        if match.group().lower() in plain and not (masked and in_spans(masked, match.start())):
            continue  # the common case, kept short: a known word with one spelling
        start = match.start()
        if masked and in_spans(masked, start):
            continue
        word = Word(match.group(), start, match.end(), opens_sentence(text, start))
        lower = word.lower
        capitalised = word.text[0].isupper()
        if knows_form(lexicon, lower):
            if cited or (capitalised and in_name(start)) or lower in lexicon.accepted:
                continue  # "American Academy of Orthopaedic Surgeons" keeps its own spelling; an accepted word is never flagged
            if lower in british:
                result.british.append(_Occurrence(block, word, section))
            elif lower in american:
                result.american.append(_Occurrence(block, word, section))
        elif (joined := acronym_join(lexicon, word.text)) is not None:
            # checked before the acronym test below, which would wave "CTscan" through
            result.verdicts[lower] = joined
            result.unknown.append(_Occurrence(block, word, section))
        elif not lower.isascii():  # "whānau", "Ćwikła": another language's word or a name; slips add no accents
            accented.append(start)
        elif (
            len(lower) > 1
            and not is_acronym(word.text)
            and not result.name(word)
            and not result.built(lower)
        ):
            if capitalised and in_name(start):
                continue  # a name: "Okafor et al.", "St Bride's Hospital", "Lakeshore University Medical Center"
            if index and _after_hyphenated_name(lexicon, text, matches[index - 1], start):
                continue  # the rest of a hyphenated name: "Woi-wurrung", "Jean-luc"
            if _half_of_a_broken_word(lexicon, text, matches, index):
                continue  # "tu-mours", a word a hard-wrapped page broke at a line's end
            result.unknown.append(_Occurrence(block, word, section))
    if len(result.unknown) - first_unknown + len(accented) >= 2:
        result.unknown[first_unknown:] = _without_foreign_sentences(
            result.unknown[first_unknown:], accented, text, matches
        )


def _without_foreign_sentences(
    unknown: list[_Occurrence], accented: list[int], text: str, matches: list[re.Match[str]]
) -> list[_Occurrence]:
    """Unknown words less those of sentences mostly unknown: another language ("Mae'r daflen hon ar gael yn
    Gymraeg.", "Jeśli potrzebujesz tych informacji w innym języku"), not slips of English.

    One pass over the sentences with sorted offsets, so a block of any size costs its length.
    """
    bounds = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text)), len(text) + 1]
    unknown_at = [o.word.start for o in unknown]  # in text order, as found
    word_at = [m.start() for m in matches]
    foreign: set[int] = set()
    previous_foreign = False
    for start, end in itertools.pairwise(bounds):
        first, last = bisect.bisect_left(unknown_at, start), bisect.bisect_left(unknown_at, end)
        strange = last - first + bisect.bisect_left(accented, end) - bisect.bisect_left(accented, start)
        first_word, last_word = bisect.bisect_left(word_at, start), bisect.bisect_left(word_at, end)
        share = strange / max(1, last_word - first_word)
        previous_foreign = (strange >= FOREIGN_UNKNOWN_WORDS and share >= FOREIGN_SHARE) or (
            not _in_an_english_frame(matches[first_word:last_word]) and (
                (strange >= 2 and share >= 0.5)  # "El servicio es gratuito."
                or (previous_foreign and strange >= 1 and share >= 0.25)  # "Llame al 720-555-0191." after Spanish
            )
        )
        if previous_foreign:
            foreign.update(range(first, last))
    return [o for number, o in enumerate(unknown) if number not in foreign]


_ENGLISH_FRAME = frozenset({
    "the", "and", "you", "your", "it", "this", "that", "are", "were", "been", "with", "for", "have", "has", "not",
    "we", "our", "they", "their", "is", "can", "will", "be", "of", "to",
})
"""English's own small words: a short sentence that holds two of them is English, and its unknown words are slips
("The proceedure is painles."), however many of its few words they are."""


def _in_an_english_frame(words: list[re.Match[str]]) -> bool:
    return len({word.group().lower() for word in words} & _ENGLISH_FRAME) >= 2


def _half_of_a_broken_word(lexicon: Lexicon, text: str, matches: list[re.Match[str]], index: int) -> bool:
    """Whether the word is one side of a hyphen that splits a known word ("tu-mours", "complica-tions", "usual-ly"):
    a PDF's text breaks words so at its line ends, and the reader sees the whole word."""
    match = matches[index]
    if index and matches[index - 1].end() == match.start() - 1 and text[match.start() - 1] == "-" and knows_form(
            lexicon, (matches[index - 1].group() + match.group()).lower()):
        return True
    following = matches[index + 1] if index + 1 < len(matches) else None
    return (following is not None and following.start() == match.end() + 1 and text[match.end()] == "-"
            and knows_form(lexicon, (match.group() + following.group()).lower()))


def _after_hyphenated_name(lexicon: Lexicon, text: str, previous: re.Match[str], start: int) -> bool:
    """Whether the word at ``start`` follows a hyphen after a capitalised word that is a name, not a word."""
    before = previous.group()
    return (
        previous.end() == start - 1
        and text[start - 1] == "-"
        and before[0].isupper()
        and not lexicon.knows(before.lower())
    )


def _language(context: CheckContext, spelling: _Spelling) -> tuple[str, bool, str] | None:
    """The leaflet's spelling variant, whether it is certain, and what set it ("configured", "declared" by an HTML
    page's ``lang``, or "majority"); None without any such word. On a tie the first such word sets it, as a copy editor
    follows the first usage; never certain. A page's declared language decides where its words do not clearly
    outvote it; a declared ``en-US``, which a CMS writes on many a British page, only where both spellings stand
    equally often (a page with two British forms to one American is a British page with its CMS's default)."""
    configured = context.settings.language or context.schema.language
    if configured is not None:
        return configured, True, "configured"
    gb, us = len(spelling.british), len(spelling.american)
    if gb == us == 0:
        return None
    majority, minority = max(gb, us), min(gb, us)
    certain = majority >= CERTAIN_MAJORITY and majority >= 3 * minority
    declared = _declared_language(context.leaflet) if not certain else None
    # a declared British spelling is a choice; "en-US" is many a CMS's default, heard only on a tie
    if declared is not None and (declared != "en-US" or gb == us):
        return declared, False, "declared"
    if gb == us:
        british_first = _where(spelling.british[0]) < _where(spelling.american[0])
        return ("en-GB" if british_first else "en-US"), False, "majority"
    return ("en-GB" if gb > us else "en-US"), certain, "majority"


def _declared_language(leaflet: Leaflet) -> str | None:
    """The spelling an HTML page declares (``<html lang="en-GB">``): British for the UK, Ireland, Australia and New
    Zealand, American for the US; None for other pages and for English unqualified or Canadian (which mixes both)."""
    if leaflet.format != "html":
        return None
    declared = _HTML_LANG.search(leaflet.source[:_HEAD_CHARACTERS])
    return _SPELLING_OF.get(declared.group(1).lower()) if declared else None


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2}[-_][a-zA-Z]{2})", re.IGNORECASE)
_HEAD_CHARACTERS = 4_000
_SPELLING_OF = {"en-gb": "en-GB", "en_gb": "en-GB", "en-ie": "en-GB", "en_ie": "en-GB", "en-au": "en-GB",
                "en_au": "en-GB", "en-nz": "en-GB", "en_nz": "en-GB", "en-us": "en-US", "en_us": "en-US"}


def _where(occurrence: _Occurrence) -> tuple[int, int]:
    span = occurrence.block.span(occurrence.word.start, occurrence.word.end)
    return span.line, span.column


def _in_variant(suggestions: tuple[str, ...], spelling: _Spelling, language: str | None) -> tuple[str, ...]:
    """Suggestions in the leaflet's own spelling: 'tumors' becomes 'tumours' in a British leaflet."""
    if language is None:
        return suggestions
    other = spelling.lexicon.american_to_british if language == "en-GB" else spelling.lexicon.british_to_american
    return tuple(dict.fromkeys(other.get(s, s) for s in suggestions))


@rule("spelling.run-on", Severity.warning)
def run_on(context: CheckContext) -> Iterator[Hit]:
    """Words run together with the space lost.

    ## What it does
    Reports a word the lexicon does not know that is two (or three) common
    words run together, and suggests the split a person would choose, ranked
    by how common the words are: `tumoursfrom` → `tumours from`, never
    `tumour sfrom`. When one split is clearly best, the fix is safe and
    `leaflet-audit fix --write` applies it.

    ## Why is this bad?
    Copying text between systems, scraping web pages and editing in a hurry
    drop spaces. General spell checkers miss the result or suggest nonsense,
    and a patient stumbles over it.

    ## Example
    ```
    They happen when solid tumoursfrom other parts of the body spread.
    ```

    ## Use instead
    ```
    They happen when solid tumours from other parts of the body spread.
    ```
    """
    spelling = _spelling(context)
    for occurrence in spelling.unknown:
        verdict = spelling.verdict(occurrence.word.lower)
        word = occurrence.word
        if word.text[0].isupper() and not word.sentence_start and not _ACRONYM_RUN_ON.match(word.text):
            continue  # a capitalised compound inside a sentence is a name ("Iscover", "Lakeshore"), not two words
        if verdict.run_on:
            suggestions = tuple(in_case_of(occurrence.word.text, s) for s in verdict.suggestions)
            yield occurrence.hit(
                f"'{occurrence.word.text}' looks like words run together: '{suggestions[0]}'.",
                suggestions,
                Fix(replacement=suggestions[0], safe=verdict.safe),
            )


@rule("spelling.unknown", Severity.warning)
def unknown(context: CheckContext) -> Iterator[Hit]:
    """A word that is in no dictionary: probably a typo.

    ## What it does
    Reports words that neither the English (British and American) nor the
    medical dictionaries, nor the project's accept list, contain, with
    suggestions: known misspellings first (codespell's list), then words one
    or two edits away, most common first, in the leaflet's own spelling
    variant (`tumurs` → `tumours` in a British leaflet). Acronyms, names inside a sentence,
    numbers, units and addresses are left alone; so is a capitalised word at
    the start of a sentence that is more than one edit from any known word
    (a name such as "Addenbrooke's" opening a sentence).

    ## Why is this bad?
    Typos make a leaflet look careless and can change meaning; patients trust
    a leaflet less when it has them.

    ## Example
    ```
    You will recieve a letter with your appointment.
    ```

    ## Use instead
    ```
    You will receive a letter with your appointment.
    ```
    A correct word the tool does not know (a drug or device name) belongs on
    the project's accept list.
    """
    spelling = _spelling(context)
    variant_in_force = _language(context, spelling)
    language = variant_in_force[0] if variant_in_force else None
    for occurrence in spelling.unknown:
        verdict = spelling.verdict(occurrence.word.lower)
        if occurrence.word.text[0].isupper() and not verdict.slip_of_common_word:
            continue  # a capitalised word far from any word in common use is a name: "Okonkwo", "Nexavar"
        if not verdict.run_on:
            in_variant = _in_variant(verdict.suggestions, spelling, language)
            suggestions = tuple(in_case_of(occurrence.word.text, s) for s in in_variant)
            advice = f"; did you mean '{suggestions[0]}'?" if suggestions else "."
            fix = Fix(replacement=suggestions[0], safe=False) if suggestions else None
            yield occurrence.hit(f"Unknown word '{occurrence.word.text}'{advice}", suggestions, fix)


@rule("spelling.variant", Severity.warning)
def variant(context: CheckContext) -> Iterator[Hit]:
    """British and American spelling mixed in one leaflet.

    ## What it does
    Finds the words that are spelled differently in British and American
    English (tumour/tumor, haemorrhage/hemorrhage, organise/organize ...),
    takes the leaflet's variant from the configuration or the schema
    (`language = "en-GB"`), or else from the majority of such words (where the
    majority is not clear, an HTML page's declared `lang` decides; on a
    tie, the first of them, as a copy editor follows the first usage), and
    reports the words in the other variant with the spelling to use. `-ize`
    forms count as American, as in NHS and most UK health publishing. When the
    variant is configured, or the majority is clear (three forms or more, and
    three times the other's), the fix is safe.

    ## Why is this bad?
    Mixed spelling reads as careless copying from several sources, and
    accreditation style guides ask for one variant throughout.

    ## Example
    In a leaflet that otherwise writes "tumour" and "anaemia":
    ```
    high calcium levels in the blood (hypercalcemia)
    ```

    ## Use instead
    ```
    high calcium levels in the blood (hypercalcaemia)
    ```
    """
    spelling = _spelling(context)
    variant_in_force = _language(context, spelling)
    if variant_in_force is None:
        return
    language, certain, source = variant_in_force
    if language == "en-GB":
        minority_forms, mapping, name, other = spelling.american, spelling.lexicon.american_to_british, "British", "American"
    else:
        minority_forms, mapping, name, other = spelling.british, spelling.lexicon.british_to_american, "American", "British"
    counts = Counter(o.word.lower for o in (spelling.british if language == "en-GB" else spelling.american))
    count = sum(counts.values())
    basis = {"configured": "configured", "declared": "the page's declared language"}.get(
        source, f"{count} {name} {'form' if count == 1 else 'forms'} against {len(minority_forms)}")
    if source == "majority" and count == len(minority_forms):
        basis += f", the first {name}"
    for occurrence in minority_forms:
        replacement = in_case_of(occurrence.word.text, mapping[occurrence.word.lower])
        yield occurrence.hit(
            f"'{occurrence.word.text}' is {other} spelling in {'an' if name[0] in 'AEIOU' else 'a'} {name} English "
            f"leaflet ({language}, {basis}); "
            f"use '{replacement}'.",
            (replacement,),
            Fix(replacement=replacement, safe=certain),
        )
