"""Edits: the two-edit test and the speller's search two slips away agree with making every edit."""

from __future__ import annotations

import pytest

from audit.edits import edits1, two_edits_apart
from audit.lexicon import load_lexicon
from audit.speller import typo_suggestions

# Our own slips of words from our leaflets, two edits each (none is a dictionary word).
TWO_SLIPS = ["bioppsyy", "embolistaoin", "radiolgst", "tummuor", "recvoeryy", "ultrsaund", "sedatoinn", "medisinne", "xyzqwv"]


def _two_edits(word: str) -> set[str]:
    return {second for first in edits1(word) for second in edits1(first)}


@pytest.mark.parametrize("word", ["stent", "o'neill", "naïve", "ct"])
def test_two_edits_apart_is_exactly_what_two_edits_make(word):
    made = _two_edits(word)
    assert all(two_edits_apart(word, other) for other in made)
    strangers = [word[::-1] + "x", word + "é", "ablation", word.upper(), word + "abc"]
    assert [two_edits_apart(word, other) for other in strangers] == [other in made for other in strangers]


def test_a_swap_with_a_letter_put_between_is_two_edits_though_alignment_counts_three():
    assert two_edits_apart("ab", "bxa") and two_edits_apart("axb", "ba")
    assert not two_edits_apart("ab", "xbxa")


@pytest.mark.parametrize("word", TWO_SLIPS)
def test_suggestions_two_slips_away_are_the_commonest_written_words_two_edits_make(word):
    lexicon = load_lexicon()
    assert not any(lexicon.knows(near) or lexicon.knows_name(near) for near in edits1(word))  # none one slip away
    written = {near for near in _two_edits(word) if lexicon.zipf(near) > 0}
    expected = sorted(written, key=lambda near: (-lexicon.zipf(near), near))[:5]
    assert typo_suggestions(lexicon, word)[: len(expected)] == expected


def test_a_word_nobody_writes_is_not_offered_two_slips_away():
    lexicon = load_lexicon()
    assert all(lexicon.zipf(near) > 0 for word in TWO_SLIPS for near in typo_suggestions(lexicon, word))
