from __future__ import annotations

from audit.load import load_text
from audit.readability.sentences import split_sentences


def blocks(text: str):
    leaflet = load_text(text, "x.md", "markdown")
    return [block for section in leaflet.sections for block in section.blocks]


def test_sentences_split_at_full_stops_questions_and_exclamations():
    (block,) = blocks("# T\n\nIt is small. Is it safe? Yes! It is.\n")
    assert [s.text for s in split_sentences(block)] == ["It is small.", "Is it safe?", "Yes!", "It is."]


def test_abbreviations_do_not_end_a_sentence():
    (block,) = blocks("# T\n\nDr. Smith sees you at 9 a.m. on Monday, e.g. after breakfast. Then you go home.\n")
    assert len(split_sentences(block)) == 2


def test_each_bullet_is_a_sentence_without_a_full_stop():
    items = blocks("# T\n\n- Come to the desk\n- A nurse meets you\n")
    assert [[s.text for s in split_sentences(b)] for b in items] == [["Come to the desk"], ["A nurse meets you"]]


def test_sentence_span_points_into_the_file():
    (block,) = blocks("# T\n\nFirst one here.\nSecond one\nwraps here.\n")
    second = split_sentences(block)[1]
    span = second.span
    assert (span.line, span.column, span.end_line, span.end_column) == (4, 1, 5, 12)


def test_an_abbreviation_opening_the_block_or_a_wrapped_line_does_not_end_a_sentence():
    (block,) = blocks("# T\n\nApprox. 1 in 10 people bleed.\nDr. Patel checks (see Dr. Shah) first. Then you rest.\n")
    assert [s.text for s in split_sentences(block)] == [
        "Approx. 1 in 10 people bleed.",
        "Dr. Patel checks (see Dr. Shah) first.",
        "Then you rest.",
    ]
