from __future__ import annotations

import pytest

from audit.lexicon import load_lexicon
from audit.morphology import built_from_known_words


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("angiomyolipomas", "angiomyolipoma + -s"),
        ("haematogenously", "haematogenous + -ly"),
        ("gastrorenal", "gastro- + renal"),
        ("fistuloplasty", "fistulo- + plasty"),
        ("neurointerventionist", "neuro- + interventionist"),
        ("volumetry", "volu… + -metry"),
    ],
)
def test_words_built_from_known_words_are_read_and_explained(lexicon, word, reading):
    assert not lexicon.knows(word)
    assert built_from_known_words(lexicon, word) == reading


@pytest.mark.parametrize(
    "slip",
    [
        "fluroscopy",  # a stem that only begins a word (fluro…) loses to a word one edit away
        "colonscopy",  # a known word (colonoscopy) is one edit away: a slip of it, not colon + -scopy
        "biopsys",  # English writes biopsies
        "removeing",  # English writes removing
        "patientss",  # no plural of a plural
        "extracare",  # "extra" before a common word is two words run together
        "thes",  # stems shorter than five letters build nothing
    ],
)
def test_slips_are_not_taken_for_built_words(lexicon, slip):
    assert built_from_known_words(lexicon, slip) is None
