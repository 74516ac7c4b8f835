"""The whole-page cues find the same spans whichever regular-expression engine searches them.

RE2 searches a cue in the page with a stand-in for each character that it classifies otherwise than
Python's ``re`` (a letter or a space outside ASCII), and a match that touches a stand-in is searched again by
``re``; where the page has a digit outside ASCII, where RE2 cannot run a cue and where google-re2 is missing,
``re`` does. A speed-up that changed an answer would change what a reviewer is told.
"""

from __future__ import annotations

import re

import pytest

from audit.fastregex import in_re2
from audit.literacy import cues
from tests.conftest import TESTS

ROOT = TESTS.parent
EVERY_CUE = sorted(name for name in dir(cues) if isinstance(getattr(cues, name), cues.Cue))
PAGES = sorted([*ROOT.joinpath("leaflets").iterdir(), *TESTS.joinpath("corpora", "literacy", "leaflets-m").iterdir()])
BEYOND_ASCII = sorted(path for path in TESTS.joinpath("corpora", "literacy").glob("leaflets-*/*")
                      if path.suffix in (".md", ".txt", ".html") and not path.read_text(encoding="utf-8").isascii())
"""The literacy sets' pages with a character outside ASCII (a Maori or French word, a no-break space, a dash)."""


def python_span(cue: cues.Cue, page: cues.Page) -> tuple[int, int] | None:
    source, flags, text = cue.searched_as(page)
    found = re.compile(source, flags).search(text)
    return found.span() if found is not None else None


@pytest.mark.parametrize("path", [p for p in PAGES if p.suffix in (".md", ".txt", ".html")], ids=lambda p: p.name)
def test_every_cue_finds_the_span_pythons_engine_finds(path):
    page = cues.Page.of(path.read_text(encoding="utf-8"), html=path.suffix == ".html")
    for name in EVERY_CUE:
        cue = getattr(cues, name)
        assert cue.find(page) == python_span(cue, page), name


@pytest.mark.parametrize("path", BEYOND_ASCII, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_cue_finds_the_span_pythons_engine_finds_on_pages_beyond_ascii(path):
    page = cues.Page.of(path.read_text(encoding="utf-8"), html=path.suffix == ".html")
    for name in EVERY_CUE:
        cue = getattr(cues, name)
        assert cue.find(page) == python_span(cue, page), name


def test_cues_without_lookarounds_are_searched_by_re2_on_an_ascii_page():
    page = cues.Page.of("Reviewed: March 2025. Sources: NHS guidance. Call us on 01234 567890.", html=False)
    assert page.re2_text == page.text
    assert in_re2(*cues.DATE.searched_as(page)[:2]) is not None
    assert in_re2(*cues.PHONE.searched_as(page)[:2]) is None  # a lookahead: RE2 cannot run it
    assert cues.DATE.find(page) == (0, 20) == python_span(cues.DATE, page)  # "Reviewed: March 2025"


@pytest.mark.parametrize("text", [
    "Révisé 2025: last reviewed 2025",  # a word character outside ASCII: RE2's \b would differ beside it
    "Published\u00a0March 2025",  # a no-break space: Python's \s, not RE2's
    "Page\x0bDate 12/2025",  # a vertical tab, likewise
    "Tā mātou whakamārama. Reviewed March 2025",  # Maori vowels, each read as a stand-in letter
])
def test_a_page_with_characters_re2_reads_otherwise_is_read_with_stand_ins_and_finds_the_same(text):
    page = cues.Page.of(text, html=False)
    assert page.re2_text is not None and page.re2_text.isascii() and len(page.re2_text) == len(page.text)
    assert cues.DATE.find(page) == python_span(cues.DATE, page) is not None


def test_a_match_re2_finds_only_through_a_stand_in_is_not_taken():
    # RE2 reads "_references" (the stand-in for "é" taken as bold's underscore); Python's engine finds no heading
    page = cues.Page.of("éreferences\nNothing else here.", html=False)
    assert page.re2_text.startswith("_references")
    assert cues.SOURCES.find(page) is None is python_span(cues.SOURCES, page)


def test_a_page_with_digits_outside_ascii_is_left_to_python():
    page = cues.Page.of("समीक्षा: १२/२०२५. Reviewed 2025", html=False)
    assert page.re2_text is None
    assert cues.DATE.find(page) == python_span(cues.DATE, page)


def test_cues_are_found_without_google_re2_installed(without_re2):
    page = cues.Page.of("Next review date: June 2027.", html=False)
    assert in_re2(*cues.NEXT_REVIEW.searched_as(page)[:2]) is None
    assert cues.NEXT_REVIEW.find(page) == (0, 11)  # "Next review"


@pytest.mark.parametrize(("text", "count"), [
    ("You and your family", 2),
    ("YOURSELF, yours; you're", 3),
    ("bayou, youth, young, yourselves", 0),
    ("_you x2you", 0),
    ("", 0),
])
def test_you_words_are_counted_as_whole_words_in_any_case(text, count):
    from audit.literacy.cues import count_you

    assert count_you(text) == count


@pytest.mark.parametrize("text", [
    "Fewer than 1 in 100 people – a Māori whānau's figure",  # a dash and letters outside ASCII, read with stand-ins
    "about one in ten\u00a0people",  # a no-break space
    "caſes: about 1 in 100",  # a long s, which Python's engine ignoring case takes for "s"
    "१ in १०० people",  # Devanagari digits, left to Python's engine
    "Rare – no number given, señor",
])
def test_natural_frequencies_are_found_as_pythons_engine_finds_them(text):
    from audit.literacy.frequencies import NATURAL, natural_frequency

    assert natural_frequency(text) == (NATURAL.search(text) is not None)


def test_natural_frequencies_are_read_by_re2_all_but_the_one_lookahead():
    # a lookahead anywhere in a pattern makes RE2 refuse all of it: the frequencies were read by Python's engine
    # alone for as long as "no deaths (in published studies)" was part of the one pattern
    from audit.literacy.frequencies import _NATURAL_READ_ONCE, natural_frequency

    assert in_re2(_NATURAL_READ_ONCE) is not None
    assert natural_frequency("There have been no reported deaths in published studies.")
    assert not natural_frequency("There have been no deaths in our department.")


def test_a_pattern_splits_into_its_top_level_alternatives_only():
    from audit.fastregex import alternatives

    assert alternatives(r"a|(b|c)|[|]|[]|]|[^]|]|\|x") == ["a", "(b|c)", "[|]", "[]|]", "[^]|]", r"\|x"]


def test_a_cue_with_one_lookaround_alternative_is_read_by_re2_but_for_that_one():
    from audit.fastregex import split_for_re2

    source, flags, _ = cues.WARNING_SIGNS.searched_as(cues.Page.of("x", html=False))
    ours, theirs = split_for_re2(source, flags)
    assert ours is not None and in_re2(ours, flags) is not None
    assert theirs is not None and theirs.startswith(r"\bget ") and "(?=" in theirs
    # the lookahead's alternative found where the rest is not, and the rest before it
    page = cues.Page.of("Get help fast if:\n- a fever", html=False)
    assert cues.WARNING_SIGNS.find(page) == python_span(cues.WARNING_SIGNS, page) == (0, 13)
    page = cues.Page.of("Call 999 now. Get help fast if:", html=False)
    assert cues.WARNING_SIGNS.find(page) == python_span(cues.WARNING_SIGNS, page) == (0, 8)


@pytest.mark.parametrize("text", ["forget help fast if", "get help fast if you can", "x. get help quickly: y", "get help"])
def test_a_pattern_searched_from_its_opening_words_finds_what_a_plain_search_finds(text):
    from audit.fastregex import leading_literals, search_from_literals

    pattern = re.compile(r"\bget (?:medical )?help (?:fast|quickly)(?=\s+if\b|\s*[:.!]|\s*$)|\bhelp\b")
    assert leading_literals(pattern.pattern) == ("get ", "help")
    found, plain = search_from_literals(pattern, ("get ", "help"), text), pattern.search(text)
    assert (found and found.span()) == (plain and plain.span())


FUZZ_PHRASES = ["seek help", "warning signs", "get help fast if", "Call 999", "call us if you have a fever", "Glossary",
                "## Key points", "Key points:", "References", "Source: NHS", "Reviewed March 2025", "written by",
                "Next review: 2027", "01234 567890", "without treatment", "1 in 100", "a third", "Tell us if:", "_", "**"]
FUZZ_PIECES = ["é", "ā", "\u0301", "\u00a0", "\u2009", "–", "😀", "ß", "\n", " ", ".", ":", "²", "\x0b", "\u2028",
               "\x85", "\x1f", "'", "_", "ﬁ"]


@pytest.mark.parametrize("seed", range(4))
def test_every_cue_finds_what_pythons_engine_finds_on_made_up_pages(seed):
    """Pages of cue phrases broken by letters, marks and spaces RE2 reads otherwise (a no-break space, a vertical
    tab, a line separator, an accent): a stand-in that changed an answer shows here whatever the corpus holds."""
    import random

    from audit.literacy.frequencies import NATURAL, natural_frequency

    chance = random.Random(seed)
    for _ in range(300):
        parts = []
        for _ in range(chance.randint(1, 8)):
            phrase = chance.choice(FUZZ_PHRASES)
            at = chance.randrange(len(phrase) + 1)
            parts += [phrase[:at] + chance.choice(FUZZ_PIECES) + phrase[at:], chance.choice([" ", "\n", ". ", *FUZZ_PIECES])]
        text = "".join(parts)
        page = cues.Page.of(text, html=False)
        for name in EVERY_CUE:
            assert getattr(cues, name).find(page) == python_span(getattr(cues, name), page), (name, text)
        assert natural_frequency(text) == (NATURAL.search(text) is not None), text


@pytest.mark.parametrize("text", ["These are warning\u00a0signs to look out for.", "Call\x0b999 if you have a fever",
                                  "Life without\x0btreatment", "Intro text.\n\u00a0Glossary\nStent: a tube."])
def test_spaces_re2_does_not_know_are_read_as_spaces_only_where_pythons_engine_reads_them_so(text):
    page = cues.Page.of(text, html=False)
    for name in EVERY_CUE:
        assert getattr(cues, name).find(page) == python_span(getattr(cues, name), page), name


def test_a_pattern_opening_with_flags_for_all_of_it_is_not_split():
    from audit.fastregex import alternatives

    assert alternatives(r"(?i)\bnote(?=:)|\bwarning signs\b") == [r"(?i)\bnote(?=:)|\bwarning signs\b"]
