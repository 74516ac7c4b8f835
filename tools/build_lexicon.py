"""Rebuild the word data shipped in audit/lexicon/data/ from its sources.

Run by a developer, never at run time and never in CI: it needs Debian's
hunspell, hunspell-en-gb, hunspell-en-us, hunspell-en-med, hunspell-tools (unmunch) and
scowl packages, and the wordfreq and drug-named-entity-recognition packages from
PyPI. What it writes is committed, so a user who installs with pip gets
everything without any of these.

    apt-get install hunspell hunspell-en-gb hunspell-en-us hunspell-en-med hunspell-tools scowl
    pip install wordfreq drug-named-entity-recognition
    python tools/build_lexicon.py

Outputs (see audit/lexicon/SOURCES.md for every source's licence):
  words.marisa   every word form spelled one way in British and American English, lower case,
                 with drug names (a marisa trie)
  names.marisa   proper names (entries the dictionaries write only with a capital), lower case
  zipf.marisa    word -> Zipf frequency x 100 (wordfreq 'en', best list) for known words
  variants.tsv   British<TAB>American spelling pairs, each form attested in its own variety only

Case is kept: an entry a dictionary writes only capitalised (Moen, Poer) is a
name, never a common word, so it can neither be a spelling variant nor a part of
a run-on split. A variant pair needs both forms attested by the dictionaries of
their own variety (SCOWL's variety lists, which VarCon generates, and Hunspell)
and absent from the other's; so "men" can never be the American form of a
"moen" that no British dictionary has.
"""

from __future__ import annotations

import bz2
import math
import pickle
import re
import subprocess
from importlib import resources
from pathlib import Path

import marisa_trie
import wordfreq

from audit.lexicon import ZIPF_RECORD, ZIPF_SCALE

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "audit" / "lexicon"
OUT = LEXICON / "data"
HUNSPELL = Path("/usr/share/hunspell")
SCOWL = Path("/usr/share/dict/scowl")
SCOWL_MAX_SIZE = 70  # SCOWL's recommended size for spell checking; larger sizes admit rare words that hide typos
SCOWL_ACCEPTED = ("english", "american", "british", "british_z", "canadian", "australian", "variant_1")
SCOWL_KINDS = ("words", "upper", "contractions", "abbreviations", "proper-names")
SCOWL_BRITISH = ("british", "british_z")
SCOWL_AMERICAN = ("american",)
SCOWL_ALL = ("english", "american", "british", "british_z", "canadian", "australian", "variant_1", "variant_2",
             "variant_3", "british_variant_1", "british_variant_2", "canadian_variant_1", "canadian_variant_2",
             "australian_variant_1", "australian_variant_2")
VARIETY_MAX_SIZE = 95  # for telling varieties apart, rare words count too; they are not accepted by this
DRUG_MIN_LETTERS = 5
DRUG_SHADOW_ZIPF = 3.5  # a drug name one edit from a word this common would hide that word's typos

# British -> American rewrites; a pair is kept only when the dictionaries confirm both sides.
RULES = [
    (r"our", "or"), (r"isation", "ization"), (r"ise", "ize"), (r"ised", "ized"), (r"ises", "izes"),
    (r"ising", "izing"), (r"yse", "yze"), (r"ysed", "yzed"), (r"yses", "yzes"), (r"ysing", "yzing"),
    (r"tre", "ter"), (r"tres", "ters"), (r"bre", "ber"), (r"bres", "bers"), (r"gre", "ger"),
    (r"ae(?=[a-z])", "e"), (r"oe(?=[a-z])", "e"), (r"ogue", "og"), (r"ogues", "ogs"),
    (r"ence", "ense"), (r"lled", "led"), (r"lling", "ling"), (r"(?<=[ae])ller", "ler"), (r"(?<=[ae])llers", "lers"),
    (r"(?<=a)mme", "m"), (r"(?<=a)mmes", "ms"), (r"eing", "ing"), (r"ement", "ment"), (r"ements", "ments"),
]
ENDINGS_ONLY = {"ise", "ised", "ises", "ising", "yse", "ysed", "yses", "ysing", "tre", "tres", "bre", "bres", "gre",
                "(?<=a)mme", "(?<=a)mmes", "ogue", "ogues", "ence"}
Z_SPELLING = re.compile(r"(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$")
# American spellings that are also British words in their own right, or accepted in British medical
# writing: never flagged as variants (a British leaflet may check a meter, license a drug, see a fetus,
# report rigors).
BRITISH_TOO = {
    "check", "checks", "checked", "meter", "meters", "program", "programs", "license", "licenses", "licensed",
    "licensing", "practice", "practices", "gray", "grays", "tire", "tires", "curb", "curbs", "draft", "drafts",
    "story", "stories", "fetus", "fetuses", "fetal", "judgment", "judgments", "inquiry", "inquiries", "disk",
    "disks", "analog", "dialog", "aging",
    "prize", "prized", "prizes", "prizing",  # "a prized possession" is British too
    "rigor", "rigors",  # in medicine a shivering fit, spelled so in British writing too (rigour is strictness)
}
EXPLICIT = {
    "grey": "gray", "greys": "grays", "aluminium": "aluminum", "mould": "mold", "mouldy": "moldy",
    "plough": "plow", "sceptical": "skeptical", "sceptic": "skeptic", "pyjamas": "pajamas", "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers", "enquiry": "inquiry", "enquiries": "inquiries", "practise": "practice",
    "practised": "practiced", "practising": "practicing", "paediatrician": "pediatrician",
    "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "fulfil": "fulfill", "fulfils": "fulfills",
    "fulfilment": "fulfillment", "skilful": "skillful", "wilful": "willful", "instil": "instill",
}

# American -> British rewrites for medical words: the medical dictionary is American, and en_GB
# lacks the British forms of its rarer words (esophagectomy is there, oesophagectomy is not).
# The forms made here are known words; they pair with their American form only where a British
# dictionary attests them.
MEDICAL_US_TO_GB = [
    (r"esophag", "oesophag"), (r"edema", "oedema"), (r"estrogen", "oestrogen"), (r"emia$", "aemia"),
    (r"emic$", "aemic"), (r"(?<![a-z])hem(?=a|o)", "haem"), (r"(?<=[a-z])hem(?=at|og|orr|ol)", "haem"),
    (r"pediatr", "paediatr"), (r"orthoped", "orthopaed"), (r"gynec", "gynaec"), (r"anesthe", "anaesthe"),
    (r"celiac", "coeliac"), (r"cecum", "caecum"), (r"cecal", "caecal"), (r"diarrhea", "diarrhoea"),
    (r"dyspnea", "dyspnoea"), (r"etiolog", "aetiolog"), (r"fetus", "foetus"), (r"fetal", "foetal"),
    (r"tumor", "tumour"),
]


def british_medical_forms(en_med: set[str], known: set[str]) -> dict[str, str]:
    """British forms (British -> American) of American medical words that no dictionary has."""
    found: dict[str, str] = {}
    for word in sorted(en_med):
        if not word.isalpha():
            continue
        british = word
        for american, replacement in MEDICAL_US_TO_GB:
            british = re.sub(american, replacement, british)
        if british != word and british not in known:
            found[british] = word
    return found


def unmunch(dic: Path, aff: Path) -> set[str]:
    """Every form a Hunspell dictionary accepts, as written (case kept)."""
    result = subprocess.run(["unmunch", str(dic), str(aff)], capture_output=True, check=True)
    words = set()
    for raw in result.stdout.decode("utf-8", "replace").splitlines():
        word = raw.strip()
        if word and not raw.startswith((" ", "\t")) and not word.isdigit():
            words.add(word)
    return words


def scowl(prefixes: tuple[str, ...], kinds: tuple[str, ...] = SCOWL_KINDS, max_size: int = SCOWL_MAX_SIZE) -> set[str]:
    """SCOWL's lists of the given varieties and kinds up to ``max_size``, as written (case kept)."""
    words = set()
    for path in SCOWL.iterdir():
        name, _, size = path.name.rpartition(".")
        prefix, _, kind = name.partition("-")
        if prefix in prefixes and kind in kinds and size.isdigit() and int(size) <= max_size:
            words |= {w.strip() for w in path.read_text(encoding="latin-1").splitlines() if w.strip()}
    return words


def curated() -> set[str]:
    lines = (LEXICON / "medical.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def lower_only(words: set[str]) -> set[str]:
    """The entries written in lower case: common words, not names."""
    return {w for w in words if w == w.lower()}


def american_candidates(word: str) -> set[str]:
    out = set()
    for british, american in RULES:
        for match in re.finditer(british, word):
            if british in ENDINGS_ONLY and match.end() != len(word):
                continue  # endings only: "wiser" is not "wizer"
            out.add(word[: match.start()] + american + word[match.end():])
    return out


def hunspell_rejects(words: set[str]) -> set[str]:
    """The words that Hunspell itself (en_GB, en_US and en_med together) rejects.

    unmunch expands every affix a dictionary allows, and a few of its forms
    (anemias, hemocytes) are ones the checker would not accept; a suggested
    spelling must be one it accepts.
    """
    result = subprocess.run(["hunspell", "-d", "en_GB,en_US,en_med_glut", "-l"], input="\n".join(sorted(words)),
                            capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def variant_pairs(british_only: set[str], american_only: set[str], extra: dict[str, str]) -> dict[str, str]:
    """British -> American pairs whose forms each belong to their own variety only."""
    pairs: dict[str, str] = {}
    for word in sorted(british_only):
        if not word.isalpha():
            continue
        candidates = sorted(c for c in american_candidates(word) if c in american_only and c not in BRITISH_TOO)
        if len(candidates) == 1:
            pairs[word] = candidates[0]
    pairs.update({gb: us for gb, us in extra.items() if us not in BRITISH_TOO})
    ambiguous = set(pairs) & set(pairs.values())
    return {gb: us for gb, us in pairs.items() if gb not in ambiguous and us not in ambiguous}


def drug_names(common: dict[str, float], known: set[str]) -> tuple[set[str], set[str]]:
    """Single-word drug names (generic and brand) from drug-named-entity-recognition's dictionary.

    Returns the names that are words, and those one edit from a common word
    they are not ("Aleve", "alive"; "Targin", "margin"): those are names, known
    when written with a capital, so that a slip of the common word is still seen.
    """
    source = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2")
    with bz2.open(source.open("rb")) as handle:
        table = pickle.load(handle)["drug_variant_to_canonical"]
    tokens = {t for name in table for t in re.findall(r"[a-z]+", name.lower()) if len(t) >= DRUG_MIN_LETTERS}
    letters = "abcdefghijklmnopqrstuvwxyz"

    def shadows_common_word(token: str) -> bool:
        cuts = [(token[:i], token[i:]) for i in range(len(token) + 1)]
        edits = {a + b[1:] for a, b in cuts if b} | {a + c + b[1:] for a, b in cuts if b for c in letters}
        edits |= {a + c + b for a, b in cuts for c in letters}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
        edits.discard(token)
        return any(common.get(e, 0.0) >= DRUG_SHADOW_ZIPF for e in edits)

    candidates = tokens - known
    shadowing = {t for t in candidates if shadows_common_word(t)}
    return candidates - shadowing, {t.capitalize() for t in shadowing}


def main() -> None:
    en_gb = unmunch(HUNSPELL / "en_GB.dic", HUNSPELL / "en_GB.aff")
    en_us = unmunch(HUNSPELL / "en_US.dic", HUNSPELL / "en_US.aff")
    en_med = unmunch(HUNSPELL / "en_med_glut.dic", HUNSPELL / "en_US.aff")
    ours = curated()
    scowl_all = scowl(SCOWL_ACCEPTED)
    as_written = en_gb | en_us | en_med | scowl_all | ours
    common = lower_only(as_written)
    names = {w for w in as_written - common if w.lower() not in common and w.isalpha()}

    # Which variety a form belongs to: SCOWL's variety lists (made from VarCon, read at every size) where
    # they know the word, Hunspell's dictionaries where they do not; and the form itself must be one that
    # Hunspell's dictionary of its variety accepts (SCOWL's rarest lists hold forms no one writes,
    # such as a British "poplitaeal").
    scowl_british = lower_only(scowl(SCOWL_BRITISH, ("words",), VARIETY_MAX_SIZE))
    scowl_american = lower_only(scowl(SCOWL_AMERICAN, ("words",), VARIETY_MAX_SIZE))
    scowl_shared = lower_only(scowl(("english",), ("words",), VARIETY_MAX_SIZE))
    in_scowl = lower_only(scowl(SCOWL_ALL, ("words",), VARIETY_MAX_SIZE))
    gb_dictionary, us_dictionary = lower_only(en_gb) | ours, lower_only(en_us | en_med) | ours
    us_general = lower_only(en_us)
    british_only = {
        w for w in gb_dictionary - scowl_american - scowl_shared
        if w in scowl_british or (w not in in_scowl and w not in us_general)
    }
    american_only = {
        w for w in us_dictionary - scowl_shared
        if Z_SPELLING.search(w)  # -ize is Oxford British too, but counts as American here
        or (w not in scowl_british and (w in scowl_american or (w not in in_scowl and w not in gb_dictionary)))
    }
    generated = british_medical_forms(lower_only(en_med) - british_only, common)
    attested_generated = {gb: us for gb, us in generated.items() if gb in british_only}
    accepted = common | set(attested_generated)
    pairs = variant_pairs(british_only & accepted, american_only & accepted, EXPLICIT | attested_generated)
    rejected = hunspell_rejects(set(pairs) | set(pairs.values())) - ours
    known = common | set(generated) | set(pairs) | set(pairs.values())
    pairs = {gb: us for gb, us in pairs.items() if gb not in rejected and us not in rejected}

    frequencies = wordfreq.get_frequency_dict("en", wordlist="best")
    all_zipf = {w: round(math.log10(f) + 9, 2) for w, f in frequencies.items() if f > 0}
    lowered_names = {n.lower() for n in names}
    drugs, drug_brands = drug_names(all_zipf, known | lowered_names)
    known |= drugs
    names |= drug_brands
    lowered_names |= {n.lower() for n in drug_brands}
    zipf = {w: z for w, z in all_zipf.items() if w in known or w in lowered_names}

    single = known - set(pairs) - set(pairs.values())  # variant forms live in variants.tsv only
    write_tables(single, lowered_names, zipf)
    (OUT / "variants.tsv").write_text(
        "# British<TAB>American; generated by tools/build_lexicon.py\n"
        + "".join(f"{gb}\t{us}\n" for gb, us in sorted(pairs.items())),
        encoding="utf-8",
    )
    print(f"{len(known)} word forms ({len(generated)} British medical forms generated, {len(drugs)} drug names), "
          f"{len(names)} names, {len(zipf)} with frequencies, {len(pairs)} variant pairs")


def write_tables(words: set[str], names: set[str], zipf: dict[str, float]) -> None:
    """The word tables as marisa tries, which load in a millisecond (see audit/lexicon/__init__.py)."""
    OUT.mkdir(parents=True, exist_ok=True)
    marisa_trie.Trie(words).save(str(OUT / "words.marisa"))
    marisa_trie.Trie(names).save(str(OUT / "names.marisa"))
    scaled = [(word, (round(value * ZIPF_SCALE),)) for word, value in zipf.items()]
    marisa_trie.RecordTrie(ZIPF_RECORD, scaled).save(str(OUT / "zipf.marisa"))


if __name__ == "__main__":
    main()
