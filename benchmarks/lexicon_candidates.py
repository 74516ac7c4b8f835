"""How the candidate word sources compare on our own leaflets: false flags, typos caught, load time.

    pip install pyspellchecker wordfreq   # the candidates; not dependencies of the tool
    python benchmarks/lexicon_candidates.py

Each candidate is asked one question per word: "is this a word?". Clean text is
our sample leaflets and tests/fixtures/spelling (correct British, American and
medical prose): every word flagged there is a false alarm. Typos are one random
edit of each word of five letters or more that the edit does not turn into
another known word. A candidate that is not installed is skipped.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from arguments import parser_for

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORD = re.compile(r"(?<![\w'’@./-])[a-z]+(?:['’][a-z]+)?(?![\w@/-]|\.\w)")


def clean_words() -> list[str]:
    paths = sorted((ROOT / "leaflets").glob("*.md")) + sorted((ROOT / "tests" / "fixtures" / "spelling").glob("*"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    text = re.sub(r"<[^>]+>|https?://\S+|\S+@\S+|www\.\S+", " ", text)
    return [w.replace("’", "'") for w in WORD.findall(text)]


def typos(words: list[str], known) -> list[str]:
    rng = random.Random(7)
    out = []
    for word in sorted(set(words)):
        if len(word) < 5:
            continue
        i = rng.randrange(len(word))
        slip = word[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[i + 1 :]
        if slip != word and not known(slip):
            out.append(slip)
    return out


def candidates():
    def ours():
        from audit.lexicon import load_lexicon
        from audit.speller import knows_form

        load_lexicon.cache_clear()  # time a cold load, as a new process has it
        lexicon = load_lexicon()
        return lambda w: knows_form(lexicon, w)

    def pyspellchecker():
        from spellchecker import SpellChecker

        checker = SpellChecker()
        return lambda w: not checker.unknown([w])

    def wordfreq():
        from wordfreq import zipf_frequency

        return lambda w: zipf_frequency(w, "en") > 0

    return {"leaflet-audit lexicon": ours, "pyspellchecker": pyspellchecker, "wordfreq (Zipf > 0)": wordfreq}


def main() -> None:
    parser_for(__doc__).parse_args()
    words = clean_words()
    from audit.lexicon import load_lexicon

    reference = load_lexicon()
    slips = typos(words, reference.knows)
    print(f"clean text: {len(words)} words ({len(set(words))} distinct); typos: {len(slips)}")
    print(f"{'candidate':<24} {'load s':>7} {'false flags':>12} {'per 1k words':>13} {'typos caught':>13}")
    for name, make in candidates().items():
        try:
            start = time.perf_counter()
            known = make()
            known("warm")
            load = time.perf_counter() - start
        except ImportError:
            print(f"{name:<24} not installed")
            continue
        false = [w for w in words if not known(w)]
        caught = sum(1 for s in slips if not known(s))
        print(f"{name:<24} {load:>7.2f} {len(false):>12} {1000 * len(false) / len(words):>13.1f} "
              f"{caught / len(slips):>12.1%}   e.g. {sorted(set(false))[:6]}")


if __name__ == "__main__":
    main()
