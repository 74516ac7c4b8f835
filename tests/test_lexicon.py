from __future__ import annotations

import shutil
import subprocess
from importlib import resources

import pytest
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

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


@pytest.mark.parametrize(
    "word", ["check", "gray", "program", "meter", "license", "tire", "practice", "prized", "rigors"]
)
def test_american_forms_that_are_british_words_too_are_not_variants(lexicon, word):
    assert word not in lexicon.american_to_british


@pytest.mark.parametrize("word", ["men", "per", "semen", "born", "popliteal", "et", "moen", "poer", "bourn", "aet"])
def test_ordinary_words_and_names_are_never_variants(lexicon, word):
    assert word not in lexicon.american_to_british and word not in lexicon.british_to_american


# Pairs that breame's list lacks, each confirmed by hand against Oxford and Merriam-Webster usage.
CONFIRMED_BEYOND_BREAME = {
    ("acknowledgement", "acknowledgment"), ("authorisation", "authorization"), ("enrolment", "enrollment"),
    ("characterisation", "characterization"), ("civilisation", "civilization"), ("civilisations", "civilizations"),
    ("fuelled", "fueled"), ("localisation", "localization"), ("modernisation", "modernization"),
    ("totalled", "totaled"), ("totalling", "totaling"),
}


def test_no_common_word_is_a_variant_unless_an_independent_list_pairs_it(lexicon):
    """The 20,000 commonest words (wordfreq's counts) hold no variant that breame's list does not confirm."""
    common = set(sorted(lexicon._zipf, key=lambda word: (-lexicon.zipf(word), word))[:20_000])
    pairs = [(gb, us) for gb, us in lexicon.british_to_american.items() if gb in common or us in common]
    assert len(pairs) > 100
    unconfirmed = [
        (gb, us) for gb, us in pairs
        if BRITISH_ENGLISH_SPELLINGS.get(gb) != us and (gb, us) not in CONFIRMED_BEYOND_BREAME
    ]
    assert unconfirmed == []


def _hunspell_rejects(words: list[str], dictionaries: str) -> set[str]:
    result = subprocess.run(["hunspell", "-d", dictionaries, "-l"], input="\n".join(words), capture_output=True,
                            text=True, check=True)
    return set(result.stdout.split())


def test_every_variant_form_is_a_word_hunspell_or_our_reviewed_medical_list_accepts(lexicon):
    if shutil.which("hunspell") is None:
        pytest.skip("the hunspell command is not installed (Debian: hunspell hunspell-en-gb hunspell-en-us hunspell-en-med)")
    probe = subprocess.run(["hunspell", "-D"], input="", capture_output=True, text=True)
    if not all(name in probe.stderr for name in ("en_GB", "en_US", "en_med_glut")):
        pytest.skip("hunspell's en_GB, en_US or en_med_glut dictionary is not installed")
    forms = sorted(set(lexicon.british_to_american) | set(lexicon.american_to_british))
    rejected = _hunspell_rejects(forms, "en_GB,en_US,en_med_glut")
    medical = set(read_accept_list(resources.files("audit.lexicon").joinpath("medical.txt")))
    assert sorted(rejected - medical) == []


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
    with pytest.raises(AcceptListError, match=r"missing\.txt: cannot read accept list"):
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


def test_a_stem_begins_a_word_only_when_some_other_word_starts_with_it(lexicon):
    assert lexicon.begins_a_word("fistul") and not lexicon.begins_a_word("qzxv")
    assert lexicon.begins_a_word("anaesthetical")  # only a variant form (anaesthetically) begins so
    assert lexicon.knows("zygote") and not lexicon.begins_a_word("zygotes")  # a word alone is no beginning


def test_bulk_lookups_agree_with_word_by_word_ones(lexicon):
    words = {"tumour", "tumor", "colour", "moen", "wednesday", "qzxv", "the", "haemorrhage"}
    assert lexicon.spelled_one_way(words) == {w for w in words if w in lexicon.words}
    assert lexicon.spelled_one_way(words) == lexicon.spelled_one_way(set(words))  # remembered answers agree
    assert lexicon.known_or_named(words) == {w for w in words if lexicon.knows(w) or lexicon.knows_name(w)}
    assert "qzxv" not in lexicon.known_or_named(words) and "moen" in lexicon.known_or_named(words)
