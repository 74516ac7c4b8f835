"""Any text at all, in any format, becomes a leaflet or a one-line LoadError, promptly; and a sentence's bounds are
found as a plain reading finds them, however they are searched (hypothesis).

The texts are built from the pieces that broke parsers before: unclosed
comments and tags, runs of ``</``, nameless ``<![``, suppression comments,
Markdown markers, escape characters, long runs of spaces. A per-example
deadline is the time bound: a loader whose time grew with the square of such
runs would miss it. The slow tests run 10,000 examples per loader, in CI too.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.literacy import terms
from audit.load import LoadError, load_text
from audit.load.suppressions import find_suppressions
from audit.model import Leaflet

PIECES = [
    "<", ">", "</", "<!--", "-->", "<![", "<!", "<?", "<p>", "</p>", "<h2>", "</h2>", "<div>", "<b>", "&amp;",
    "&#x1b;", "<!-- leaflet-audit: disable=", "<!-- leaflet-audit: enable -->", "spelling.unknown", ",", "-->\n",
    "# ", "## ", "**", "---\n", "===\n", "1. ", "- ", "|", "[", "](", ")", "`", "\n", "\n\n", " ", " " * 200,
    "\t", "\x1b[2J", "\x00", "\u00a0", "\ufeff", "What are the risks?", "Risks", "tumoursfrom", "The word. ",
    "Home > Services > Biopsy", "Page 1 of 3", "   ", "ÉÀ", "\u202e",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
    st.text(max_size=600),
)
QUICK = settings(max_examples=150, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
THOROUGH = settings(max_examples=int(os.environ.get("LEAFLET_AUDIT_EXAMPLES", "10000")), deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])


def _loads_or_says_why(text: str, fmt: str) -> None:
    try:
        leaflet = load_text(text, f"x.{fmt}", fmt)
    except LoadError as error:
        assert "\n" not in str(error) and str(error)
        return
    assert isinstance(leaflet, Leaflet)
    for section in leaflet.sections:
        for block in section.blocks:
            span = block.span()
            assert 1 <= span.line <= leaflet.line_count and span.column >= 1


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@QUICK
@given(text=TEXTS)
def test_any_text_loads_or_fails_in_one_line(fmt, text):
    _loads_or_says_why(text, fmt)


@QUICK
@given(text=TEXTS)
def test_any_text_gives_suppressions_inside_the_text(text):
    last_line = text.count("\n") + 1
    for region in find_suppressions(text):
        assert 1 <= region.start_line <= region.end_line <= last_line


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@THOROUGH
@given(text=TEXTS)
def test_ten_thousand_texts_per_loader_load_or_fail_in_one_line(fmt, text):
    _loads_or_says_why(text, fmt)


@pytest.mark.slow
@THOROUGH
@given(text=TEXTS)
def test_ten_thousand_texts_give_suppressions_inside_the_text(text):
    test_any_text_gives_suppressions_inside_the_text.hypothesis.inner_test(text)


SENTENCE_PIECES = ["Pain", " ", "  ", ".", ". ", "!", "?", "\n", ".\n", '"', ")", "e.g.", "x"]


def _stop_ends_in(text: str) -> list[int]:
    """Where each stop and the spaces after it end, found character by character (the reference)."""
    ends, index = [], 0
    while index < len(text):
        if text[index] in ".!?" and index + 1 < len(text) and text[index + 1].isspace():
            index += 1
            while index < len(text) and text[index].isspace():
                index += 1
            ends.append(index)
        else:
            index += 1
    return ends


def _sentence_end_from(text: str, at: int) -> int:
    """Past the first stop at or after ``at`` that closing quotes or brackets may follow, before a space or the end."""
    for index in range(at, len(text)):
        if text[index] in ".!?":
            end = index + 1
            while end < len(text) and text[end] in "\"”’')":
                end += 1
            if end == len(text) or text[end].isspace():
                return end
    return len(text)


@QUICK
@given(data=st.data(), text=st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30).map("".join))
def test_a_sentences_bounds_are_those_a_reading_from_the_texts_start_finds(data, text):
    """The bounds are found by bisection over the text's stops (a search from its start at every complication
    made a long paragraph quadratic): they must be those a plain reading of the text up to ``at`` gives."""
    at = data.draw(st.integers(0, len(text)))
    stops = _stop_ends_in(text[:at])
    assert terms.sentence_start(text, at) == (stops[-1] if stops else 0)
    assert terms.sentence_end(text, at) == _sentence_end_from(text, at)


@pytest.mark.parametrize(("text", "at", "start"), [
    ("Pain.   Pain", 7, 7),  # among the spaces after a stop, past the first: the sentence starts here
    ("Pain. Pain", 5, 0),  # just past the stop, before any space: still the first sentence
    ("Pain.x. Pain", 5, 0),  # a stop with no space after it ends no sentence
])
def test_a_sentence_start_among_a_stops_spaces(text, at, start):
    assert terms.sentence_start(text, at) == start
