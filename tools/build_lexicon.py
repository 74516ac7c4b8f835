"""Rebuild the word data shipped in audit/lexicon/data/ from its sources.

Run by a developer, never at run time and never in CI: it needs Debian's
hunspell-en-gb, hunspell-en-us, hunspell-en-med, hunspell-tools (unmunch) and
scowl packages, and the wordfreq package from PyPI. What it writes is committed,
so a user who installs with pip gets everything without any of these.

    apt-get install hunspell-en-gb hunspell-en-us hunspell-en-med hunspell-tools scowl
    pip install wordfreq
    python tools/build_lexicon.py

Outputs (see audit/lexicon/SOURCES.md for every source's licence):
  words.txt.gz   every accepted word form spelled one way in British and American English, lower case
  zipf.tsv.gz    word<TAB>Zipf frequency (wordfreq 'en', best list) for accepted words
  variants.tsv   British<TAB>American spelling pairs (both forms accepted)
"""

from __future__ import annotations

import gzip
import math
import re
import subprocess
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "audit" / "lexicon"
OUT = LEXICON / "data"
HUNSPELL = Path("/usr/share/hunspell")
SCOWL = Path("/usr/share/dict/scowl")
SCOWL_MAX_SIZE = 70  # SCOWL's recommended size for spell checking; larger sizes admit rare words that hide typos
SCOWL_ACCEPTED = ("english", "american", "british", "british_z", "canadian", "australian", "variant_1")
SCOWL_KINDS = ("words", "upper", "contractions", "abbreviations", "proper-names")

# British -> American rewrites; a pair is kept only when the dictionaries confirm both sides.
RULES = [
    (r"our", "or"), (r"isation", "ization"), (r"ise", "ize"), (r"ised", "ized"), (r"ises", "izes"),
    (r"ising", "izing"), (r"yse", "yze"), (r"ysed", "yzed"), (r"yses", "yzes"), (r"ysing", "yzing"),
    (r"tre", "ter"), (r"tres", "ters"), (r"bre", "ber"), (r"bres", "bers"), (r"gre", "ger"), (r"ae(?=[a-z])", "e"), (r"oe(?=[a-z])", "e"), (r"ogue", "og"), (r"ogues", "ogs"),
    (r"ence", "ense"), (r"lled", "led"), (r"lling", "ling"), (r"(?<=[ae])ller", "ler"), (r"(?<=[ae])llers", "lers"),
    (r"(?<=a)mme", "m"), (r"(?<=a)mmes", "ms"), (r"eing", "ing"), (r"ement", "ment"), (r"ements", "ments"),
]
# American spellings that are also British words in their own right, or accepted in British medical
# writing: never flagged as variants (a British leaflet may check a meter, license a drug, see a fetus).
BRITISH_TOO = {
    "check", "checks", "checked", "meter", "meters", "program", "programs", "license", "licenses", "licensed",
    "licensing", "practice", "practices", "gray", "grays", "tire", "tires", "curb", "curbs", "draft", "drafts",
    "story", "stories", "fetus", "fetuses", "fetal", "judgment", "judgments", "inquiry", "inquiries", "disk",
    "disks", "analog", "dialog", "aging",
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
MEDICAL_US_TO_GB = [
    (r"esophag", "oesophag"), (r"edema", "oedema"), (r"estrogen", "oestrogen"), (r"emia$", "aemia"),
    (r"emic$", "aemic"), (r"(?<![a-z])hem(?=a|o)", "haem"), (r"(?<=[a-z])hem(?=at|og|orr|ol)", "haem"),
    (r"pediatr", "paediatr"), (r"orthoped", "orthopaed"), (r"gynec", "gynaec"), (r"anesthe", "anaesthe"),
    (r"celiac", "coeliac"), (r"cecum", "caecum"), (r"cecal", "caecal"), (r"diarrhea", "diarrhoea"),
    (r"dyspnea", "dyspnoea"), (r"etiolog", "aetiolog"), (r"fetus", "foetus"), (r"fetal", "foetal"),
    (r"tumor", "tumour"),
]


def british_medical_forms(en_med: set[str], known: set[str]) -> dict[str, str]:
    """British forms (British -> American) of American medical words that no British dictionary has."""
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
    result = subprocess.run(["unmunch", str(dic), str(aff)], capture_output=True, check=True)
    words = set()
    for raw in result.stdout.decode("utf-8", "replace").splitlines():
        word = raw.strip()
        if word and not raw.startswith((" ", "\t")) and not word.isdigit():
            words.add(word.lower())
    return words


def scowl(prefixes: tuple[str, ...]) -> set[str]:
    words = set()
    for path in SCOWL.iterdir():
        name, _, size = path.name.rpartition(".")
        prefix, _, kind = name.partition("-")
        if prefix in prefixes and kind in SCOWL_KINDS and size.isdigit() and int(size) <= SCOWL_MAX_SIZE:
            words |= {w.strip().lower() for w in path.read_text(encoding="latin-1").splitlines() if w.strip()}
    return words


def curated() -> set[str]:
    lines = (LEXICON / "medical.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def american_candidates(word: str) -> set[str]:
    out = set()
    for british, american in RULES:
        for match in re.finditer(british, word):
            if british in ("ise", "ised", "ises", "ising", "yse", "ysed", "yses", "ysing", "tre", "tres", "bre", "bres",
                           "gre",
                           "(?<=a)mme", "(?<=a)mmes", "ogue", "ogues", "ence") and match.end() != len(word):
                continue  # endings only: "wiser" is not "wizer"
            out.add(word[: match.start()] + american + word[match.end():])
    return out


def main() -> None:
    en_gb = unmunch(HUNSPELL / "en_GB.dic", HUNSPELL / "en_GB.aff")
    en_us = unmunch(HUNSPELL / "en_US.dic", HUNSPELL / "en_US.aff")
    en_med = unmunch(HUNSPELL / "en_med_glut.dic", HUNSPELL / "en_US.aff")
    ours = curated()
    scowl_all = scowl(SCOWL_ACCEPTED)
    scowl_us = scowl(("english", "american"))
    accepted = en_gb | en_us | en_med | ours | scowl_all
    generated = british_medical_forms(en_med - en_gb, accepted)
    accepted |= set(generated)

    us_dictionary = en_us | scowl_us  # where a British form must be absent
    us_confirmed = en_us | en_med | scowl_us | ours  # where the American form must be present
    pairs: dict[str, str] = {}
    for word in sorted(en_gb | ours | scowl_all):
        if word in us_dictionary or not word.isalpha():
            continue
        candidates = sorted(
            c for c in american_candidates(word) if c in us_confirmed and c != word and c not in BRITISH_TOO
        )
        if len(candidates) == 1:
            pairs[word] = candidates[0]
    pairs.update({gb: us for gb, us in EXPLICIT.items() if us not in BRITISH_TOO})
    pairs.update({gb: us for gb, us in generated.items() if us not in BRITISH_TOO})
    ambiguous = set(pairs) & set(pairs.values())
    pairs = {gb: us for gb, us in pairs.items() if gb not in ambiguous and us not in ambiguous}
    accepted |= set(pairs) | set(pairs.values())

    frequencies = wordfreq.get_frequency_dict("en", wordlist="best")
    zipf = {w: round(math.log10(f) + 9, 2) for w, f in frequencies.items() if w in accepted and f > 0}

    OUT.mkdir(parents=True, exist_ok=True)
    single = accepted - set(pairs) - set(pairs.values())  # variant forms live in variants.tsv only
    with gzip.open(OUT / "words.txt.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(sorted(single)) + "\n")
    with gzip.open(OUT / "zipf.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("".join(f"{w}\t{z:.2f}\n" for w, z in sorted(zipf.items())))
    (OUT / "variants.tsv").write_text(
        "# British<TAB>American; generated by tools/build_lexicon.py\n"
        + "".join(f"{gb}\t{us}\n" for gb, us in sorted(pairs.items())),
        encoding="utf-8",
    )
    print(f"{len(accepted)} word forms ({len(generated)} British medical forms generated), "
          f"{len(zipf)} with frequencies, {len(pairs)} variant pairs")


if __name__ == "__main__":
    main()
