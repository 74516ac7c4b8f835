"""Spelling speed: lexicon load time, and words checked per second against a bare baseline.

    python benchmarks/spelling_speed.py

The baseline, run in the same process on the same text, is the least any
checker in Python must do: find each word with a regular expression and look
its lower-case form up in a set. The ratio says what the tool's own work
(addresses, numbers, apostrophes, acronyms, variants) costs on top of that.
Suggestions for flagged words are excluded, as the targets ask.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arguments import parser_for  # noqa: E402  (benchmarks/ is the script's own folder on the path)

from audit.checks import CheckContext  # noqa: E402
from audit.checks.spelling import _spelling  # noqa: E402
from audit.engine import load  # noqa: E402
from audit.lexicon import load_lexicon  # noqa: E402
from audit.schema import load_schema  # noqa: E402
from audit.structure import SectionMatcher  # noqa: E402
from audit.words import PROSE_WORD  # noqa: E402

LOAD_SNIPPET = (
    "import time, audit.lexicon as lx; t = time.perf_counter(); lx.load_lexicon(); "
    "print(time.perf_counter() - t)"
)


def lexicon_load_seconds(runs: int = 5) -> float:
    """Median time to have the lexicon ready after import, each run in a fresh interpreter."""
    times = sorted(
        float(subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True,
                             cwd=ROOT, check=True).stdout)
        for _ in range(runs)
    )
    return times[len(times) // 2]


def corpus_text(target_bytes: int = 1_000_000) -> str:
    """About 1 MB of leaflet prose: the sample leaflets' text, shuffled by paragraph, with slips made up."""
    rng = random.Random(1)
    paragraphs = []
    for path in sorted((ROOT / "leaflets").glob("*.md")) + sorted((ROOT / "tests" / "fixtures" / "spelling").glob("*.md")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip() and not p.startswith("#")]
    out, size = [], 0
    while size < target_bytes:
        paragraph = rng.choice(paragraphs)
        if rng.random() < 0.05:
            paragraph = paragraph.replace(" the ", " teh ", 1).replace(" of ", " of", 1)
        out.append(paragraph)
        size += len(paragraph) + 2
    return "# Benchmark leaflet\n\n" + "\n\n".join(out) + "\n"


def main() -> None:
    parser_for(__doc__).parse_args()
    print(f"lexicon ready after import: {lexicon_load_seconds():.3f} s (median of 5 fresh interpreters)")
    text = corpus_text()
    path = ROOT / "benchmarks" / ".spelling-corpus.md"
    path.write_text(text, encoding="utf-8")
    schema = load_schema()
    lexicon = load_lexicon()
    leaflet = load(str(path), schema)
    sections = SectionMatcher(schema).match(leaflet)
    path.unlink()

    words = lexicon.words
    start = time.perf_counter()
    count = sum(1 for m in PROSE_WORD.finditer(text) if m.group().lower() in words or True)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    result = _spelling(CheckContext(leaflet, schema, sections))
    ours = time.perf_counter() - start

    print(f"text: {len(text) / 1e6:.2f} MB, {count:,} words")
    print(f"baseline (regex + set lookup): {count / baseline:,.0f} words/s")
    print(f"leaflet-audit spelling pass:   {count / ours:,.0f} words/s "
          f"({ours / baseline:.2f}x the baseline's time; {len(result.unknown)} unknown words found)")


if __name__ == "__main__":
    main()
