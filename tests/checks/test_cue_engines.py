"""The whole-page cues find the same spans whichever regular-expression engine searches them.

RE2 searches a cue where the page has no character that it classifies otherwise
than Python's ``re``; everywhere else, and where google-re2 is missing, ``re``
does. A speed-up that changed an answer would change what a reviewer is told.
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


def test_cues_without_lookarounds_are_searched_by_re2_on_an_ascii_page():
    page = cues.Page.of("Reviewed: March 2025. Sources: NHS guidance. Call us on 01234 567890.", html=False)
    assert page.ascii_words
    assert in_re2(*cues.DATE.searched_as(page)[:2]) is not None
    assert in_re2(*cues.PHONE.searched_as(page)[:2]) is None  # a lookahead: RE2 cannot run it
    assert cues.DATE.find(page) == (0, 20) == python_span(cues.DATE, page)  # "Reviewed: March 2025"


@pytest.mark.parametrize("text", [
    "Révisé 2025: last reviewed 2025",  # a word character outside ASCII: RE2's \b would differ beside it
    "Published\u00a0March 2025",  # a no-break space: Python's \s, not RE2's
    "Page\x0bDate 12/2025",  # a vertical tab, likewise
])
def test_a_page_with_characters_re2_reads_otherwise_is_left_to_python(text):
    page = cues.Page.of(text, html=False)
    assert not page.ascii_words
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
