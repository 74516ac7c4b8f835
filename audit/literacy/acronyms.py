"""Acronyms and whether they are spelled out where they first appear.

An acronym is a word of two or more capitals ("TACE", "A&E", "PICCs", "eGFR"). It is
spelled out when its long form stands beside it, in brackets either way round
("transarterial chemoembolisation (TACE)", "TACE (transarterial
chemoembolisation)") or after a comma or dash ("HCC, or hepatocellular
carcinoma") or says what it stands for ("TACE stands for ..."); or plain words say
what it is, in brackets or after "is a" ("A PICC line is a long, thin tube placed in
a vein in your arm"), which tells a reader more than its letters. A long form is recognised as Schwartz and Hearst do (A Simple
Algorithm for Identifying Abbreviation Definitions in Biomedical Text, PSB
2003): the acronym's letters appear in order in the words, the first letter
starting the first word; after a single long word, its first letter is enough
("floxuridine (FUDR)"). Acronyms patients know (``data/known-acronyms.txt``)
need no spelling out (PEMAT item 3's guide names CT), nor ones that are everyday
in their setting ("PE" beside sport: ``data/acronyms-in-context.tsv``; "your SHA card or insurance
details": an insurer's card), nor a surname in capitals after a first name the page writes as a name
("MARC TREMBLAY, Radiation Therapist:" where he says "I'm Marc"), nor credentials after a
name (``data/credentials.txt``: "RN", "MD"); a common word in capitals ("CALL
911") is no acronym, unless it is a listed one (``data/word-acronyms.txt``: "PET").

The ``abbreviations`` package implements the same algorithm, but returns pairs
without positions and is unmaintained since 2019; the matching is a dozen lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from audit.lexicon import load_lexicon
from audit.literacy.terms import cell_explained, is_term, sentence_start
from audit.literacy.wordlists import any_word, table, word_set
from audit.model import Block

ACRONYM = re.compile(r"(?<![\w&-])([a-z]?[A-Z][A-Z&]*[A-Z])(s?)(?![\w&-])")
_LONG_FORM_AFTER = re.compile(
    r"(?P<between>(?:\s+(?!(?:or|and)\b)(?:[a-z]+|[A-Z][a-z]+)){0,2})\s*\(\s*(?P<bracket>[^()]{3,120}?)\s*\)"
    r"|(?:\s+(?:[a-z]+|[A-Z][a-z]+))?\s*(?:[,–—-]\s*(?:or\s+|meaning\s+|short for\s+|for\s+)?|\s(?:stands for|is short for|means)\s+)"
    r"(?P<gloss>[^,.;()]{3,120})"
)
"""A long form or a plain gloss after the acronym: in brackets after a word or two of its phrase ("INR blood tests
(the test that checks how fast your blood clots)"), or after a comma or dash or "stands for"."""
_NAMES_WHAT_WAS_SAID = re.compile(
    r"\b(?:(?:it|this|these|they)\s+(?:is|are)\s+(?:(?:often|sometimes|also|usually)\s+)?(?:called|known as|shortened to)"
    r"|(?:we|doctors|nurses|people|you may hear (?:us|doctors))\s+(?:(?:often|sometimes|also|usually|now)\s+)?call\s+"
    r"(?:it|this|these|them)(?:\s+(?:group of |set of |kind of )?(?:problems|symptoms|condition|illness))?|you\s+(?:may|might|will|could)\s+(?:also\s+)?hear\s+(?:it|this|these|them)\s+called"
    r"|\b(?:may|might|can|could|will)\s+(?:also\s+)?call\s+(?:it|this|these|them)"
    r"|(?:we|doctors|nurses|people)\s+(?:(?:often|sometimes|also|usually)\s+)?(?:shorten|abbreviate)\s+"
    r"(?:it|this|the name|its name|this name)\s+to)"  # "Doctors often shorten the name to SCT."
    r"(?:\s+(?:an?|the))?$",
    re.IGNORECASE,
)
_IS_DESCRIBED = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:is|are)\s+(?:an?|the)\s+(?!(?:option|alternative|choice)\b)([^.;:()]{8,160})"
)
_DOES_DESCRIBED = re.compile(
    r"\s+(?:scan|test|x-ray|check)s?\s+(?:uses|shows|measures|looks at|takes pictures of)\s+([^.;:()]{12,160})"
)
_SCAN_OF = re.compile(r"\s+(?:scan|test|x-ray)s?\s+(?:of|for)\s+([^.;:()]{8,160})")
"""A named scan or test followed by what it looks at, in plain words: "a SPECT scan of blood flow in the brain" (not
"an ELISA test for hydatid antibodies", whose words are terms)."""
"""What a named test does: "A PET scan uses a small amount of ..." (not "The MDT looks at all your scans")."""
_OPENS_WITH_IT = re.compile(r"(?:^|[.!?]\s+)(?:an?\s+|the\s+)?$", re.IGNORECASE)
"""Only an article between the sentence's start and the acronym said again."""
_WHERE_DESCRIBED = re.compile(r"(?:\s+[a-z]+){0,2}\*{0,2},\s+(?:where|in which|which is|that is)\s+([^.;:()]{12,160})")
_SUCH_AS_BEFORE = re.compile(
    r"\b(?:[a-z]{3,})\)?\s*,?\s*\(?\s*(?:such as|like|for example|e\.g\.)(?:\s+[A-Z][A-Za-z0-9-]+\s*(?:,|and|or))*[\s*_]*$"
)
"""Named as instances of a plain kind: "changes in certain genes (such as RAS and BRAF)", "a numbing cream (such as
Ametop or EMLA)", "chemotherapy given through a vein (...), such as FOLFOX or FOLFIRI": a brand or a regimen is
named, and the kind says what it is."""
_ALIAS_OPENER = re.compile(r"\((?:also |often |sometimes )?(?:called|known as)$")
"""Another name for what was just named: "usually alteplase (also called tPA)"."""
_NEXT_SAYS_WHAT = re.compile(r"\s*(?:This|It)\s+(?:is|means)\s+(?:an?|the)\s+\w+")
_BRACKET_AFTER_ACRONYM = re.compile(r"(?<![\w&-])([a-z]?[A-Z][A-Z&]*[A-Z]s?)\s*\(([^()]{3,120})\)")
_STANDS_FOR = re.compile(r"\b(?:stands? for|is short for|short for)\s+([^,.;()–—]{3,120})")
_OPENS_BRACKET_WITH_WORDS = re.compile(r"\(\s*[a-z]+(?:\s+[a-z]+)?$")
"""The acronym after a word or two inside the bracket its long form stands before: "Red blood cells (packed RBCs)"."""
_OPENS_BEFORE = re.compile(
    r"(?:\(|,?\s*or(?:\s+(?:an?|the))?|,(?:\s+(?:an?|the))?"  # "the great saphenous vein, or the GSV", "(deep vein
    # thrombosis or DVT)": after "or" with no comma, only its long form counts (below)
    r"|,?\s*(?:often |also |sometimes |usually )?(?:called|known as|shortened to|abbreviated to|short for)"
    r"(?:\s+(?:an?|the))?|,?\s*which\s+(?:we|doctors|people|most people)\s+(?:often |usually |also |sometimes )?call)$"
)
_DESCRIBED_THEN_CALLED = re.compile(
    r"(?:^|[.!?:]\s+)([^.!?:()]{8,120}?)\s+(?:is|are)\s+(?:often\s+|also\s+|sometimes\s+|usually\s+)?called(?:\s+(?:an?|the))?$")
"""Plain words that say what a thing is, then its name: "A blood clot deep in the leg is called a DVT"."""
_CALLED_REACH = 160  # characters before the acronym: the sentence that names it, not all the text before it
_OR_REACH = 60  # characters before the acronym searched for "nasogastric or": the long word stands right there, and a
# search of all the text before each acronym grows with the leaflet
_WHICH_DOES_AFTER = re.compile(r"s?,\s+which\s+(?:\w+\s+){1,3}(?:uses?|makes?|breaks?|helps?|keeps?|stops?|carries)\b")
"""Named as a kind, then what it does: "an enzyme called DPD, which the body uses to break these drugs down"."""
_ONE_WORD_OR = re.compile(r"\b([A-Za-z]{4,}(?:ic|al|ous|ar))\s+or$")
"""A long adjective then "or" straight before the acronym, its other name ("nasogastric or NG", "intravenous or
IV"); a noun ("chemotherapy or CT scans", "tablets or TB") or several words ("a stroke or a TIA", "resection or
RFA") name another thing, not its long form."""
_APPOSITION = re.compile(r",\s*(?:or\s+)?(?:an?|the)")
_CLOSES_APPOSITION = re.compile(r"s?\s*(?:[,.;)]|$)")
"""The acronym set off after what it names, as another name for it: "a clot in the deep veins, a DVT." (not "Before
it is started, an ABPI will be measured", whose sentence goes on)."""
_LABEL_THEN_DESCRIPTION = re.compile(r"s?\)[*_]*\s*[:–—]\s*(?:\S+\s+){3}")
"""A name with its acronym in brackets as a label, then what it is after a colon or dash."""
_SENTENCES_BEFORE = re.compile(r"^.*[.!?]\s+(?=\S)", re.DOTALL)
"""Whole sentences before the one the acronym stands in: "... at your legs. Before compression is started, an ABPI"
holds no long form of ABPI, though its letters stand in order across the full stop."""
_SLASHED_BEFORE = re.compile(r"\(\s*(?:[A-Za-z]{1,8}\s*/\s*)+$")
"""Other letters sharing the bracket before a slash: "(PT/" before "INR)"."""
_PLAIN_KINDS = frozenset({
    "gene", "genes", "protein", "proteins", "hormone", "hormones", "medicine", "medicines", "drug", "drugs",
    "vitamin", "virus", "chemical", "substance", "sugar", "salt", "mineral", "tablet", "tablets", "pill", "pills",
    "capsule", "capsules", "injection", "injections", "test", "tests", "study", "studies", "trial", "trials",
    "glue", "gas", "dye", "gel", "cream", "foam", "tracer", "tracers", "illness", "illnesses", "infection",
    "infections", "disease", "diseases", "vaccine", "vaccines", "cement",
})
"""Kinds of thing a reader knows, so that "a gene called BRAF" says what BRAF is, and "newer tablets called DOACs",
"regular blood tests, called INR tests, to check your dose" what they are for the reader; "a marker called AFP" does
not."""
_SMALL_WORDS = frozenset({
    "do", "no", "if", "or", "it", "to", "be", "we", "us", "go", "on", "in", "at", "up", "so", "my", "me", "he",
    "an", "as", "by", "of", "is", "am",
})
_SHOUTED_WORD_ZIPF = 4.0
_LONG_WORD = 7
"""An all-capitals word this common in English ("CALL", "STOP") is shouted, not an acronym."""
_POSTCODE_AFTER = re.compile(r"\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4})\b")
"""A state or province before its postcode in an address ("Boulder, CO 80301", "Toronto, ON M5G 2C4",
"Parramatta NSW 2150") names a place, not a medical idea to spell out."""
_STATE_LETTERS = 3
_PLACE_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s*$")
_ADDRESS_ENDS = re.compile(r"\s*(?:$|[.,;)*_])")
_LISTED_WITH_OTHERS = re.compile(r"s?,\s*[A-Z]{2,}\b|s?\s+(?:or|and)\s+[A-Z]{2,}\b")
_LISTED_WITH_OTHERS_BEFORE = re.compile(r"\b[A-Z]{2,}s?(?:,|\s+or|\s+and)\s+$")
_LIST_REACH = 16  # "MR, SR or " before "XL"
_THESE_DO = re.compile(r"\s*(?:These|They)\s+([a-z]+)\b")
_NOT_WHAT_THEY_DO = frozenset({
    "are", "were", "can", "may", "might", "will", "would", "could", "should", "must", "have", "had", "need", "needs",
    "often", "usually", "sometimes", "also", "do", "did", "take", "get", "come",
})
"""After "These" a verb that says what the letters mean ("release the medicine slowly"), not what may happen."""
_DASH_GLOSS = re.compile(r"(?:\s+[a-z]+){0,2}(?:\s*[–—]|\s+-)\s+([^,.;()]{8,160})")
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
"""The article a gloss after a dash opens with ("A PEG – a percutaneous endoscopic gastrostomy")."""
_ROMAN = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$")  # stage II, type IV


@dataclass(frozen=True, slots=True)
class AcronymUse:
    acronym: str
    block: Block
    start: int
    end: int
    defined: bool


def first_uses(blocks: Iterable[Block]) -> Iterator[AcronymUse]:
    """The first use of each acronym in these prose blocks, judged spelled out (or known) or not."""
    seen: set[str] = set()
    known = word_set("known-acronyms.txt") | word_set("credentials.txt")
    lexicon = load_lexicon()
    blocks = list(blocks)
    for number, block in enumerate(blocks):
        text = block.text
        found = list(ACRONYM.finditer(text))
        if not found or _shouting(text):
            continue
        for match in found:
            acronym = match.group(1)
            if (acronym in seen or _ROMAN.match(acronym) or _shouted(acronym, lexicon.zipf(acronym.lower()))
                    or _in_a_code(text, match.start(), match.end())):
                continue
            seen.add(acronym)
            if _among_labels(text, match.start(), match.end()) or _A_FIELD.match(text, match.end()):
                continue  # a label it stays further on: "Type A and AB tend to ..."
            if (acronym in known or match.group() in known or _everyday_here(acronym, text, match.start())
                    or _a_card_you_hold(text, match.start(), match.end())
                    or (len(acronym) <= _STATE_LETTERS and _POSTCODE_AFTER.match(text, match.end()))
                    or _a_state_after_its_city(text, match.start(), match.end(), acronym)):
                continue
            numbered = _TEST_NUMBER.match(text, match.end())  # "CA 125", "CA 19-9": a test's name, read whole
            name_end = numbered.end() if numbered else match.end()
            yield AcronymUse(acronym, block, match.start(), match.end(),
                             spelled_out(text, match.start(), name_end) or _asked_and_answered(blocks, number, acronym)
                             or cell_explained(blocks, number) or _letters_listed(blocks, number, acronym))


_QUESTION_WORDS = 20


def _a_state_after_its_city(text: str, start: int, end: int, acronym: str) -> bool:
    """ "Lakeshore Children's Hospital, Milwaukee, WI": a US state or Canadian province closing a place's name."""
    return (_ADDRESS_ENDS.match(text, end) is not None and _PLACE_BEFORE.search(text, 0, start) is not None
            and acronym in word_set("state-codes.txt"))


def _asked_and_answered(blocks: list[Block], number: int, acronym: str) -> bool:
    """ "With a port or a PICC line ..." / "Sorry, a PICC line?" / "A PICC is a peripherally inserted central catheter.":
    the next block asks what the letters are and the one after spells them out, as a transcript or an FAQ does."""
    if number + 2 >= len(blocks):
        return False
    question, answer = blocks[number + 1].text.strip(), blocks[number + 2].text
    letters = re.compile(rf"\b{re.escape(acronym)}\b")
    if not question.endswith("?") or len(question.split()) > _QUESTION_WORDS or not letters.search(question):
        return False
    named = letters.search(answer)
    return named is not None and spelled_out(answer, named.start(), named.end())


_MNEMONIC_LEAD = re.compile(r"\b(?:letters?|stands? for|remember|reminder|mnemonic|think|spells?|acronym)\b[^\n]*:\s*$",
                            re.IGNORECASE)
"""A lead-in that says the letters mean something ("the letters BRAN a handy reminder:", "Think FAST ...:"), not
"Before your RFA:" over items whose first letters happen to spell it."""


_LEAD_IN_CHARACTERS = 200


def _letters_listed(blocks: list[Block], number: int, acronym: str) -> bool:
    """ "Some people find the letters BRAN a handy reminder:" over "Benefits: ...", "Risks: ...", "Alternatives: ...",
    "Nothing: ...": a mnemonic spelled out by the list that follows, one item a letter, in order."""
    items = blocks[number + 1 : number + 1 + len(acronym)]
    return (len(items) == len(acronym) > 1 and all(item.kind == "list_item" for item in items)
            and _MNEMONIC_LEAD.search(blocks[number].text[-_LEAD_IN_CHARACTERS:]) is not None
            and all(item.text.lstrip().startswith(letter) and item.text.lstrip()[1:2].islower()
                    for item, letter in zip(items, acronym)))

def _in_a_code(text: str, start: int, end: int) -> bool:
    """ "Leaflet TTCMC/ENT/03": letters in a reference code (joined by slashes to a number) are filing marks a
    reader passes over, not an acronym to spell out; "PT/INR" has no number and stays an acronym."""
    low = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    high = min((at for at in (text.find(" ", end), text.find("\n", end)) if at >= 0), default=len(text))
    token = text[low:high]
    return "/" in token and any(character.isdigit() for character in token)


def _among_labels(text: str, start: int, end: int) -> bool:
    """ "types (A, AB, B1, B2, B3)": one of a bracketed list of letter labels, a grade or type's name, not an
    acronym for words."""
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start]:
        return False
    items = [item.strip() for item in re.split(r",|\band\b|\bor\b", text[opening + 1 : closing])]
    return len(items) >= _MIN_LABELS and all(_LABEL.fullmatch(item) for item in items)


_LABEL = re.compile(r"[A-Z]{1,2}\d?[a-z]?")
_TEST_NUMBER = re.compile(r" \d{1,3}(?:-\d{1,2})?\b(?![.,]\d)")
_A_FIELD = re.compile(r"(?:\s*No\.?)?[*_]*\s*:[*_\s]*_{3,}")
"""A form's field to fill in ("**MRN:** ______", "MCR No.: ____"): a label for staff, not words to read."""
_MIN_LABELS = 3


def written_as_a_word(acronym: str, page: str) -> bool:
    """ "JOANNE:" over a transcript's lines, "QUICK RECAP": capitals that the same page writes as a word or a
    name elsewhere ("I'm Joanne", "Let's recap") are shouting, not an acronym (unless a listed one: "TIPS")."""
    if acronym in word_set("word-acronyms.txt"):
        return False
    return re.search(rf"\b(?:{re.escape(acronym.lower())}|{re.escape(acronym.capitalize())})\b", page) is not None


def in_a_shouted_name(text: str, start: int, page: str) -> bool:
    """Capitals that are part of a person's name written in capitals, not an acronym: the surname after a first name
    the page writes as a name ("MARC TREMBLAY, Radiation Therapist:" where he says "Hi, I'm Marc"), or a title and
    the name after it in a transcript's caption ("MR ANDREW BAIRD, CONSULTANT UROLOGIST:")."""
    low = max(start - _NAME_REACH, 0)
    first_name = _NAME_BEFORE.search(text, low, start)
    return bool((first_name is not None and written_as_a_word(first_name.group(1), page))
                or _TITLE_THEN_NAME.match(text, start) or _TITLED_BEFORE.search(text, low, start))


_NAME_BEFORE = re.compile(r"\b([A-Z][A-Z'’-]{2,}) $")
_NAME_REACH = 30
_TITLES = r"(?:MR|MRS|MS|MISS|DR|PROF|PROFESSOR|SISTER)"
_TITLE_THEN_NAME = re.compile(rf"{_TITLES}\.?\s+[A-Z][A-Z'’-]+\b")
_TITLED_BEFORE = re.compile(rf"\b{_TITLES}\.?(?:\s+[A-Z][A-Z'’-]+)*\s+$")


def initials_on(page: str, wanted: Iterable[str]) -> dict[str, int]:
    """Each of these acronyms standing on the page as the initials of a run of capitalised words, with the first
    line where they do: an organisation's name ("Taman Tun Children's Medical Centre" for "TTCMC", "Image-Guided
    Therapy Clinic" for "IGT") or a long form in title case ("Ear, Nose & Throat" for "ENT"). Small joining words carry no letter."""
    found: dict[str, int] = {}
    for acronym in wanted:
        if len(acronym) < _INITIALS_AT_LEAST:
            continue  # two capitals start many a pair of words ("Patient Education" is no "PE")
        letters = [letter for letter in acronym if letter.isalpha()]
        words = _INITIALS_JOIN.join(rf"{letter.upper()}[a-z'’]+" for letter in letters)
        match = re.search(rf"\b{words}\b", page)
        if match is not None:
            found[acronym] = page.count("\n", 0, match.start()) + 1
    return found


_INITIALS_AT_LEAST = 3
_INITIALS_JOIN = r",?(?:\s+|-)(?:(?:and|of|for|the|&)\s+)*"  # "Image-Guided Therapy" for "IGT"


def _everyday_here(acronym: str, text: str, at: int) -> bool:
    """ "Avoid rough play, PE and contact sports": an acronym that is an everyday word where its sentence speaks of
    its setting (``data/acronyms-in-context.tsv``); "a PE (a clot in the lung)" still needs spelling out."""
    setting = _settings().get(acronym)
    if setting is None:
        return False
    return setting.search(text[sentence_start(text, at) : _sentence_end(text, at)].lower()) is not None


def _a_card_you_hold(text: str, start: int, end: int) -> bool:
    """ "Bring your SHA card or insurance details", "your OHIP card": the card of the reader's health insurer, which
    they carry and know by its letters, as the sentence's talk of insurance shows."""
    if _CARD_AFTER.match(text, end) is None:
        return False
    return _INSURANCE.search(text[sentence_start(text, start) : _sentence_end(text, end)].lower()) is not None


_CARD_AFTER = re.compile(r"s?\s+(?:card|number|membership)s?\b")
_INSURANCE = re.compile(r"\b(?:insurance|insurer|insured|medical aid|health fund|health plan|cover)\b")


@cache
def _settings() -> dict[str, re.Pattern[str]]:
    return {acronym: any_word(words.split("|")) for acronym, words, _meaning in table("acronyms-in-context.tsv")}


def _shouted(acronym: str, zipf: float) -> bool:
    """ "CALL 911": a common word in capitals, not an acronym (unless a listed one: "PET", "TIPS")."""
    if len(acronym) == 2:  # "DO NOT", "IF": two capitals are an acronym ("GA", "IR") unless a small word
        return acronym.lower() in _SMALL_WORDS
    if acronym in word_set("word-acronyms.txt"):
        return False
    # a long dictionary word in capitals ("SCLEROTHERAPY") is emphasis, however rare the word
    return zipf >= _SHOUTED_WORD_ZIPF or (len(acronym) >= _LONG_WORD and load_lexicon().knows(acronym.lower()))


_BRACKETED = re.compile(r"\((?P<acronym>[a-z]?[A-Z][A-Z&]*[A-Z])s?\)")


def spelled_out_on(page: str, wanted: set[str]) -> dict[str, int]:
    """Each of these acronyms spelled out in brackets anywhere on a page, footers and title bars too ("Teens &
    Young Adults (TYA)" in a breadcrumb), with the first line where it is. Each is read in the few lines around it,
    not the page up to it."""
    found: dict[str, int] = {}
    for match in _BRACKETED.finditer(page):
        acronym = match.group("acronym")
        if acronym in found or acronym not in wanted:
            continue
        low = page.rfind("\n", 0, max(match.start() - _AROUND, 0)) + 1
        around = page[low : match.end() + _AROUND]
        if spelled_out(around, match.start("acronym") - low, match.end("acronym") - low):
            found[acronym] = page.count("\n", 0, match.start()) + 1
    return found


_AROUND = 300


def named_in(text: str) -> Iterator[str]:
    """The acronyms a text names (a glossary's entries: "RT – Respiratory therapist")."""
    return (match.group(1) for match in ACRONYM.finditer(text))


def defined_in(text: str) -> set[str]:
    """The acronyms a title or heading spells out ("Having a peripherally inserted central catheter (PICC line)")."""
    return {match.group(1) for match in ACRONYM.finditer(text) if spelled_out(text, match.start(), match.end())}


def _shouting(text: str) -> bool:
    """Text written all in capitals is not made of acronyms."""
    letters = sum(map(str.isalpha, text))
    return letters > 12 and sum(map(str.isupper, text)) > 0.6 * letters


_WHICH_DOES = re.compile(
    r"(?:\s+[a-z]+)?,\s+which\s+(?:uses|takes|removes|moves|measures|shows|checks|treats|blocks|kills|looks)\b"
)


def spelled_out(text: str, start: int, end: int) -> bool:
    letters = [c.lower() for c in text[start:end].removesuffix("s") if c.isalpha()]
    after = _LONG_FORM_AFTER.match(text, end)
    if after and _long_form(letters, _ARTICLE.sub("", after.group("bracket") or after.group("gloss")), trailing=False):
        return True  # "an NSAID (a nonsteroidal anti-inflammatory drug, such as ibuprofen)": past its article
    if after and after.group("bracket") and (_described(after.group("bracket")) or _of_a_kind(after.group("bracket"))
                                             or (not after.group("between") and _everyday_word(after.group("bracket")))):
        return True  # "a TIPS (a small tube placed inside the liver to lower the pressure in it)", "ASA (aspirin)",
        # "ACTH (a hormone that stimulates the adrenal glands)"
    dash = _DASH_GLOSS.match(text, end)
    if dash is not None and (_described(dash.group(1))
                             or _long_form(letters, _ARTICLE.sub("", dash.group(1)), trailing=False)):
        return True  # "a BRCA gene change – an inherited change in a gene that raises the risk of some cancers"
    if _WHICH_DOES.match(text, end):
        return True  # "the DIEP flap, which uses tissue from the lower belly": what it is, by what it does
    before = _SLASHED_BEFORE.sub("(", text[:start].rstrip())  # "a clotting test (PT/INR)": both in one bracket
    before = before.rstrip("\"“'‘").rstrip()  # 'called an "LP"': the quote before the acronym is no word
    if _NAMES_WHAT_WAS_SAID.search(before):
        return True  # "In a venous malformation, veins grew tangled. It is sometimes called a VM for short."
    described = _DESCRIBED_THEN_CALLED.search(before, max(len(before) - _CALLED_REACH, 0))
    if described is not None and _described(described.group(1)):
        return True  # "A blood clot deep in the leg is called a DVT."
    opener = _OPENS_BEFORE.search(before)
    if opener is not None and opener.group().lstrip().startswith("or") and before.rfind("(") <= before.rfind(")"):
        opener = None  # "or" with no comma opens a long form only inside a bracket: "(deep vein thrombosis or DVT)"
    if opener is not None:  # "transarterial chemoembolisation (TACE)", "hepatocellular carcinoma, or HCC"
        words = _SENTENCES_BEFORE.sub("", before[: opener.start()]).split()  # a long form stays in its sentence
        candidate = " ".join(words[-(len(letters) + 4) :])
        named_with_article = opener.group().rstrip().endswith((" a", " an", " the"))  # "treatment, a TACE": no name
        bare_or = opener.group().lstrip().startswith("or")  # "(a clot or DVT)": only a long form, not one long word
        if _long_form(letters, candidate, trailing=True) or (
                not named_with_article and not bare_or and _one_long_word(letters, words)):
            return True
        if (opener.group().startswith("(") or (_APPOSITION.fullmatch(opener.group()) and _CLOSES_APPOSITION.match(
                text, end))) and _plain_before(words):
            return True  # "a blood clot in a deep vein (DVT)", "a clot in the deep veins, a DVT.": plain words first
        if _ALIAS_OPENER.search(before):
            return True  # "usually alteplase (also called tPA)": another name for what was just named
        kind = words[-1].strip(",.;:").lower() if words else ""
        if "called" in opener.group() and (kind in _PLAIN_KINDS or _kind_explained_next(text, end, kind)
                                           or _WHICH_DOES_AFTER.match(text, end)):
            return True  # "a change in a gene called BRAF": named as one of a kind every reader knows, or the next
            # sentence says what the kind is ("an enzyme called DPD. An enzyme is a protein that ...")
        if opener.group().startswith("(") and _LABEL_THEN_DESCRIPTION.match(text, end):
            return True  # "Chemoembolization (TACE): chemotherapy drugs delivered ...": named, then described
    compound = _ONE_WORD_OR.search(before[-_OR_REACH:])
    if compound is not None and _long_form(letters, compound.group(1), trailing=False):
        return True  # "a nasogastric or NG tube": one word holds its letters in order, from its first
    inside = _OPENS_BRACKET_WITH_WORDS.search(before)
    if inside is not None and _long_form(letters, " ".join(before[: inside.start()].split()[-(len(letters) + 4) :]),
                                         trailing=True):
        return True  # "Red blood cells (packed RBCs)"
    described = _IS_DESCRIBED.match(text, end) or _WHERE_DESCRIBED.match(text, end) or _SCAN_OF.match(text, end)
    if described is not None and _described(described.group(1)):
        return True  # "A PICC line is a long, thin tube ...", "A TIPS procedure, where a small tube is placed ..."
    if _SUCH_AS_BEFORE.search(before) or (opener is not None and "called" in opener.group()
                                          and _NEXT_SAYS_WHAT.match(text, _sentence_end(text, end))):
        return True  # "certain genes (such as RAS and BRAF)"; "a marker called CEA. This is a substance that ..."
    next_end = _sentence_end(text, _sentence_end(text, end))  # "a raised PSA test. PSA (prostate specific ...)"
    spelled_later = _STANDS_FOR.search(text, end, next_end)  # "A PICC line. PICC stands for ..."
    if spelled_later is not None and _long_form(letters, spelled_later.group(1), trailing=False):
        return True
    if _named_alone_then_said(text, start, end) or _said_next(text, end):
        return True  # "A PICC line. This is a thin tube ...", "... you have CLTI. This is the most severe stage of PAD."
    if _LISTED_WITH_OTHERS.match(text, end) or _LISTED_WITH_OTHERS_BEFORE.search(text, max(start - _LIST_REACH, 0), start):
        these = _THESE_DO.match(text, _sentence_end(text, end))
        if these is not None and these.group(1) not in _NOT_WHAT_THEY_DO:
            return True  # "tablets marked MR, SR or XL. These release the medicine slowly": what the letters mean
    acronym = text[start:end]
    again = text.find(acronym, _sentence_end(text, end), next_end)
    described_next = None
    if again >= 0:
        described_next = _IS_DESCRIBED.match(text, again + len(acronym)) or (
            _DOES_DESCRIBED.match(text, again + len(acronym)) if _OPENS_WITH_IT.search(text, 0, again) else None)
    if described_next is not None and _described(described_next.group(1)):
        return True  # "... or an AV fistula. An AV fistula is a joining of an artery and a vein ...", "... or PET scan
        # to see if it has spread. A PET scan uses a small amount of a radioactive sugar that ..."
    return any(  # "... a raised PSA test. PSA (prostate specific antigen) ...", "MR elastography. A special MRI
        # (magnetic resonance imaging) scan ...": its letters open a longer acronym spelled out just after it; "a port
        # or a PICC line. A port is ... A PICC (peripherally inserted central catheter) is ...", "a CT or MR angiogram
        # ... CT (computed tomography) uses X-rays. MR (magnetic resonance) uses a strong magnet.": a few sentences on
        found.group(1).startswith(acronym)
        and _long_form(letters, " ".join(found.group(2).split()[: len(letters)]), trailing=False)
        for found in _BRACKET_AFTER_ACRONYM.finditer(text, end, _sentence_end(text, _sentence_end(text, next_end)))
    )


def _kind_explained_next(text: str, end: int, kind: str) -> bool:
    if len(kind) < _PLAIN_WORD or not kind.isalpha():
        return False
    return re.match(rf"\s*(?:An?|The)\s+{kind}s?\s+(?:is|are)\s+(?:an?|the)\s", text[_sentence_end(text, end) :]) is not None


def _everyday_word(words: str) -> bool:
    """One common word in the bracket, which names the thing: "ASA (aspirin)"."""
    word = words.strip().lower()
    return (len(word) >= _PLAIN_WORD and word.isalpha() and not is_term(word)
            and load_lexicon().zipf(word) >= _EVERYDAY_ZIPF)


_EVERYDAY_ZIPF = 3.0


def _named_alone_then_said(text: str, start: int, end: int) -> bool:
    """The acronym's name as a sentence of its own (a list item's label: "A PICC line."), then a sentence saying
    in plain words what it is."""
    alone = _NAME_ALONE_AFTER.match(text, end)
    if alone is None or _SENTENCE_OPENS_BEFORE.search(text, max(start - _LABEL_REACH, 0), start) is None:
        return False
    says = _NEXT_SAYS_WHAT.match(text, alone.end())
    return says is not None and _described(text[says.start() : _sentence_end(text, alone.end())])


def _said_next(text: str, end: int) -> bool:
    """The acronym closes its sentence and the next one says what it is in plain words."""
    closing = _CLOSES_SENTENCE.match(text, end)
    if closing is None:
        return False
    says = _NEXT_SAYS_WHAT.match(text, closing.end())
    return says is not None and _described(text[says.start() : _sentence_end(text, closing.end())])


_CLOSES_SENTENCE = re.compile(r"s?[*_\"”’']*\.(?=\s)")
_NAME_ALONE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}[*_]*[.:][*_]*(?=\s)")
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:]\s+)[*_]*(?:(?:[Aa]n?|[Tt]he|[Yy]our)\s+)?$")
_LABEL_REACH = 12


def _of_a_kind(words: str) -> bool:
    """A bracket that opens by naming a kind every reader knows, whatever words follow: "(a hormone that ...)"."""
    found = re.match(r"\s*(?:an?|the)\s+(\w+)(?:\s+(\w+))?", words)  # "a hormone ...", "a liquid glue ..."
    return found is not None and any((word or "").lower() in _PLAIN_KINDS for word in found.groups())


def _described(words: str) -> bool:
    """A bracket that says in plain words what the thing is, rather than spelling its letters out."""
    found = re.findall(r"[A-Za-z]+", words)
    return len(found) >= _DESCRIPTION_WORDS and not any(is_term(word) for word in found)


_DESCRIPTION_WORDS = 2


def _plain_before(words: list[str]) -> bool:
    """The word before the bracket is an everyday word of some length: the plain words name the thing
    ("deep vein (DVT)", "anti-inflammatories (NSAIDs)"); after a medical term ("ablation (RFA)") they do not."""
    word = words[-1].strip(",.;:\"'") if words else ""
    return len(word) >= _PLAIN_WORD and word.replace("-", "").isalpha() and not is_term(word)


_PLAIN_WORD = 4


def _one_long_word(letters: list[str], words: list[str]) -> bool:
    """A drug's abbreviation after its one-word name: "floxuridine (FUDR)" (its letters need not all be there)."""
    word = words[-1].strip(",.;:").lower() if words else ""
    return len(word) >= _LONG_NAME and word.isalpha() and word[0] == letters[0]


_LONG_NAME = 8


def _sentence_end(text: str, start: int) -> int:
    found = re.compile(r"[.!?](?=\s|$)").search(text, start)
    return found.end() if found else len(text)


def _long_form(letters: list[str], words: str, *, trailing: bool) -> bool:
    """Schwartz-Hearst: the letters in order within ``words``; for a long form before the bracket,
    the shortest run of trailing words that holds them, whose first word starts with the first letter."""
    tokens = re.findall(r"[A-Za-z]+", words)
    if not tokens or not letters:
        return False
    candidates = [tokens[i:] for i in range(len(tokens) - 1, -1, -1)] if trailing else [tokens]
    return any(run[0][0].lower() == letters[0] and _in_order(letters, " ".join(run).lower()) for run in candidates)


def _in_order(letters: list[str], text: str) -> bool:
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True
