"""Words the dictionaries lack that English builds from words they have: derivatives and compounds.

Medical writing makes words freely: plurals of rare nouns (angiomyolipomas),
adverbs (haematogenously), compounds of combining forms (gastro+renal,
fistulo+plasty, neuro+interventionist). A speller that knows only listed forms
calls these typos, or splits them into run-ons ("gastro renal"); one that
accepts any stem and ending lets real slips through ("biopsys", "colonscopy").
So a word is read as built only when:

* it is a known word of five letters or more plus a regular ending, spelled as
  English spells that ending (no "biopsys", no "removeing"); or
* it is a listed combining prefix before a known word or another built word, or
  a stem before a listed combining suffix (``combining-forms.txt``); and
* no other word in common use (Zipf 2 or more) is one edit away: then it is
  more likely a slip of that word ("colonscopy" is a slip of "colonoscopy", not
  colon + -scopy). Rare words one edit away are mostly sibling compounds
  (macrocystic, macrocytic) and say nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from audit.edits import edits1
from audit.lexicon import Lexicon

MIN_STEM = 5
MIN_PART = 4
COMMON_REST = 4.0  # a prefix that is a word too ("extra"), before a word this common, is a run-on ("extracare")
SLIP_TARGET_ZIPF = 2.0
_VOWELS = frozenset("aeiou")
_Z_FORM = re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$")
_SIBILANT_ENDINGS = ("s", "x", "z", "sh", "ch")


@dataclass(frozen=True, slots=True)
class _Ending:
    ending: str
    restore: str  # what the stem had in place of the ending ("ies" <- "y")

    def stem_of(self, word: str) -> str | None:
        if not word.endswith(self.ending):
            return None
        stem = word[: len(word) - len(self.ending)] + self.restore
        return stem if _spelled_regularly(stem, self.ending, self.restore) else None


def _spelled_regularly(stem: str, ending: str, restore: str) -> bool:
    """Whether English writes ``stem`` with ``ending`` this way (patients, biopsies, removing)."""
    if ending == "s":
        return not stem.endswith(_SIBILANT_ENDINGS) and not (stem.endswith("y") and stem[-2:-1] not in _VOWELS)
    if ending == "es":
        return stem.endswith(_SIBILANT_ENDINGS)
    if ending in ("ed", "ing", "ly") and not restore:
        return not stem.endswith("e") or ending == "ly"
    if ending == "able":
        return not stem.endswith("e") or stem.endswith(("ce", "ge"))  # removable, but noticeable
    return True


_ENDINGS = tuple(
    _Ending(ending, restore)
    for ending, restore in (
        ("s", ""), ("es", ""), ("ies", "y"), ("ae", "a"), ("i", "us"), ("a", "um"), ("ly", ""), ("ally", ""),
        ("ily", "y"), ("al", ""), ("ic", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("ied", "y"),
        ("able", ""), ("otic", "osis"), ("etic", "esis"),  # targetable; stenosis -> stenotic, steatosis -> steatotic
    )
)


@dataclass(frozen=True)
class _CombiningForms:
    prefixes: tuple[str, ...]  # longest first
    suffixes: tuple[str, ...]
    word_prefixes: frozenset[str]  # prefixes that are words people write alone ("extra", "down")


@cache
def _combining_forms() -> _CombiningForms:
    """The forms listed in ``audit/lexicon/combining-forms.txt``."""
    text = resources.files("audit.lexicon").joinpath("combining-forms.txt").read_text(encoding="utf-8")
    prefixes, suffixes, words = [], [], set()
    for line in text.splitlines():
        kind, form, *marks = line.split() or [""]
        if kind == "prefix":
            prefixes.append(form)
            if "word" in marks:
                words.add(form)
        elif kind == "suffix":
            suffixes.append(form)
    return _CombiningForms(
        tuple(sorted(prefixes, key=len, reverse=True)), tuple(sorted(suffixes, key=len, reverse=True)),
        frozenset(words),
    )


def _combining_stem(lexicon: Lexicon, stem: str, prefixes: tuple[str, ...]) -> str | None:
    """How a stem can stand before a combining suffix: "listed" (veno), "word" (colon), "start" (fistulo, volu).

    "start" (the stem only begins a known word) is the weakest reading.
    """
    if stem in prefixes:
        return "listed"
    if len(stem) >= MIN_PART and lexicon.knows(stem):
        return "word"
    root = stem[:-1] if stem[-1:] in ("o", "i") else stem  # the connecting vowel: haemorrhoid-o-pexy
    if len(root) < MIN_PART:
        return None
    if lexicon.knows(root):
        return "word"
    return "start" if lexicon.begins_a_word(root) else None


def _derived(lexicon: Lexicon, word: str) -> str | None:
    if (z_form := _Z_FORM.sub(r"iz\1", word)) != word and lexicon.knows(z_form):
        return f"{z_form}, spelled with -is-"  # neovascularisation: medical dictionaries are American
    for ending in _ENDINGS:
        stem = ending.stem_of(word)
        if stem and len(stem) >= MIN_STEM and lexicon.knows(stem):
            return f"{stem} + -{ending.ending}"
    return None


def _compound(lexicon: Lexicon, word: str, depth: int = 0) -> str | None:
    forms = _combining_forms()
    prefixes = forms.prefixes
    for prefix in prefixes:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < MIN_PART:
            continue
        if prefix in forms.word_prefixes and lexicon.zipf(rest) >= COMMON_REST:
            continue  # "extracare" is "extra care" run together
        if lexicon.knows(rest):
            return f"{prefix}- + {rest}"
        inner = _derived(lexicon, rest) or (_compound(lexicon, rest, depth + 1) if depth < 2 else None)
        if inner:
            return f"{prefix}- + {inner}"
    for suffix in forms.suffixes:
        stem = word[: len(word) - len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (how := _combining_stem(lexicon, stem, prefixes)):
            return f"{stem}… + -{suffix}" if how == "start" else f"{stem} + -{suffix}"
    return None


def _near_other_word(lexicon: Lexicon, word: str, reading: str) -> bool:
    """Whether a known word one edit away makes a slip likelier than the reading.

    A stem that only begins a known word ("fluro…" + -scopy) is a weak reading:
    any known word one edit away (fluoroscopy) beats it.
    """
    stem = reading.split(" + ", 1)[0].rstrip("-")
    least = 0.0 if stem.endswith("…") else SLIP_TARGET_ZIPF
    return any(edit != stem and lexicon.knows(edit) and lexicon.zipf(edit) >= least for edit in edits1(word))


def built_from_known_words(lexicon: Lexicon, word: str) -> str | None:
    """How ``word`` (lower case, unknown to the lexicon) is built from known words, or None.

    The answer reads as an explanation: "angiomyolipoma + -s", "gastro- + renal";
    a combining form cited alone ("fat (lipo-)") is one too.
    """
    if word in _combining_forms().prefixes:
        return f"{word}- (a combining form)"
    reading = _derived(lexicon, word) or _compound(lexicon, word)
    if reading is None or _near_other_word(lexicon, word, reading):
        return None
    return reading
