from __future__ import annotations

import pytest

from audit.lexicon import AcceptListError, load_lexicon, read_accept_list
from audit.speller import judge, knows_form, splits


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    "word",
    ["tumour", "tumor", "metastasise", "metastasize", "hypercalcaemia", "hypercalcemia", "cementoplasty",
     "osteosynthesis", "embolisation", "embolization", "cryoablation", "percutaneous", "vertebroplasty",
     "nephrostomy", "fluoroscopy", "microspheres", "cholangiogram", "hepatocellular", "colour", "color"],
)
def test_lexicon_knows_british_american_and_medical_forms(lexicon, word):
    assert lexicon.knows(word)


def test_variant_pairs_map_both_ways(lexicon):
    assert lexicon.british_to_american["haemorrhage"] == "hemorrhage"
    assert lexicon.american_to_british["hypercalcemia"] == "hypercalcaemia"
    assert lexicon.british_to_american["organise"] == "organize"


@pytest.mark.parametrize("word", ["check", "gray", "program", "meter", "license", "tire", "practice"])
def test_american_forms_that_are_british_words_too_are_not_variants(lexicon, word):
    assert word not in lexicon.american_to_british


def test_contractions_and_possessives_are_known_forms(lexicon):
    for form in ("isn't", "won't", "we'll", "patient's", "nurses's", "can't"):
        assert knows_form(lexicon, form), form


def test_splits_never_cut_a_word_into_a_fragment(lexicon):
    best, _ = splits(lexicon, "tumoursfrom")[0]
    assert best == ("tumours", "from")
    assert all(parts != ("tumour", "sfrom") for parts, _ in splits(lexicon, "tumoursfrom"))


def test_typo_near_a_common_word_is_not_taken_for_a_join(lexicon):
    verdict = judge(lexicon, "procedre")
    assert not verdict.run_on
    assert verdict.suggestions[0] == "procedure"


def test_accept_list_reads_words_comments_and_curly_apostrophes(tmp_path):
    path = tmp_path / "accept.txt"
    path.write_text("# our words\nXyloprene\n  Brand’s  # a trade name\n\n", encoding="utf-8")
    assert read_accept_list(path) == frozenset({"xyloprene", "brand's"})


def test_unreadable_accept_list_names_the_file(tmp_path):
    with pytest.raises(AcceptListError, match="missing.txt: cannot read accept list"):
        read_accept_list(tmp_path / "missing.txt")


def test_accepted_words_extend_a_copy_not_the_shared_lexicon(lexicon):
    extended = lexicon.with_accepted(frozenset({"xyloprene"}))
    assert extended.knows("xyloprene") and not lexicon.knows("xyloprene")


def test_words_longer_than_anyone_types_get_no_splits_or_suggestions(lexicon):
    two = "internationalisation" + "responsibilities"  # 36 letters: within the limit, split
    assert judge(lexicon, two).run_on
    verdict = judge(lexicon, two + "because")  # 43 letters: three words, but longer than the limit
    assert verdict.suggestions == () and not verdict.run_on


def test_only_a_clear_two_word_split_with_no_near_word_is_safe(lexicon):
    assert judge(lexicon, "tumoursfrom").safe
    three = judge(lexicon, "inthefuture")
    assert three.run_on and not three.safe
    assert not judge(lexicon, "crampng").run_on  # 'cram png' is no reading: 'png' is too rare a short part
