"""Build audit/literacy/data/medical-terms.marisa: the words that are medical vocabulary.

Run by a developer, never at run time (the same Debian packages as
``tools/build_lexicon.py``). A medical term is a word form of the Hunspell
English medical dictionary (with the British forms of its American words) or of
our own ``audit/lexicon/medical.txt``, less drug names (from
drug-named-entity-recognition: "medicines such as warfarin" names a medicine
the reader is told to ask about, it is not jargon to explain) and less the
words of SCOWL's lists up to size 35, the vocabulary of a small everyday
dictionary ("microwave", "abscess"). The literacy rules also ask that a term be
rare in general English (see ``audit/literacy/terms.py``).

    python -m tools.build_medical_terms
"""

from __future__ import annotations

import bz2
import pickle
import re
from importlib import resources

import marisa_trie

from tools.build_lexicon import HUNSPELL, LEXICON, SCOWL_ALL, british_medical_forms, scowl, unmunch

OUT = LEXICON.parent / "literacy" / "data" / "medical-terms.marisa"
EVERYDAY_MAX_SIZE = 35  # SCOWL size 35: the words of a small dictionary; "biopsy" (40) and "stent" (50) are not
_Z_FORMS = re.compile(r"(?<=[a-z])(iz|yz)(e|es|ed|ing|ation|ations)$")


def drug_words() -> set[str]:
    """Drug names of one word (a word inside a longer name, "metastasis suppressor protein", is not one)."""
    source = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2")
    with bz2.open(source.open("rb")) as handle:
        table = pickle.load(handle)["drug_variant_to_canonical"]
    return {name for name in table if re.fullmatch(r"[a-z]+", name)}


def main() -> None:
    en_med = {word.lower() for word in unmunch(HUNSPELL / "en_med_glut.dic", HUNSPELL / "en_US.aff")}
    ours = {
        line.strip().lower()
        for line in (LEXICON / "medical.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    terms = en_med | set(british_medical_forms(en_med, set())) | ours
    terms |= {_Z_FORMS.sub(lambda m: m.group(1).replace("z", "s") + m.group(2), word) for word in terms}
    everyday = {word.lower() for word in scowl(SCOWL_ALL, ("words",), EVERYDAY_MAX_SIZE)}
    kept = sorted(word for word in terms - drug_words() - everyday if word.isalpha() and len(word) > 3)
    marisa_trie.Trie(kept).save(str(OUT))
    print(f"{len(kept)} medical terms -> {OUT}")


if __name__ == "__main__":
    main()
