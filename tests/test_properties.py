"""Any text at all, in any format, becomes a leaflet or a one-line LoadError, promptly (hypothesis).

The texts are built from the pieces that broke parsers before: unclosed
comments and tags, runs of ``</``, nameless ``<![``, suppression comments,
Markdown markers, escape characters, long runs of spaces. A per-example
deadline is the time bound: a loader whose time grew with the square of such
runs would miss it. The slow tests run 10,000 examples per loader, in CI too.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
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


@QUICK
@given(text=st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30).map("".join), at=st.integers(0, 200))
@example(text="Pain.   Pain", at=7)  # among the spaces after a stop
@example(text="Pain.x. Pain", at=5)  # just past a stop with no space
def test_a_sentences_bounds_are_those_a_search_from_the_texts_start_finds(text, at):
    """The bounds are found by bisection over the text's stops (a search from its start at every complication
    made a long paragraph quadratic): they must be those the plain search gives."""
    at = min(at, len(text))
    stops = [found.end() for found in re.finditer(r"[.!?]\s+", text[:at])]
    assert terms.sentence_start(text, at) == (stops[-1] if stops else 0)
    rest = re.search(r"[.!?][\"”’')]*(?=\s|$)", text[at:])
    assert terms.sentence_end(text, at) == at + (rest.end() if rest else len(text) - at)
