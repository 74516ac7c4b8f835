"""What the section model adds to an audit: the labelled section corpus audited with it and without it.

    python benchmarks/section_model_cost.py [ROUNDS]

The corpus is tests/corpora/sections (every fold: Markdown, HTML and scraped
text, as centres write them), audited with every rule in one process. "Without"
is the same run with the matcher's model taken away, so phrases alone decide;
the runs alternate and the best of ROUNDS (default 3) counts. On a busy
machine the two whole runs differ by more than the model costs, so the
matching alone (leaflets loaded beforehand) is timed too, with and without the
model, and its difference set against the whole run. The issue's target is a
rise of at most 10%.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arguments import parser_for  # noqa: E402  (benchmarks/ is the script's own folder on the path)

from audit.engine import audit_path, load  # noqa: E402
from audit.schema import load_schema  # noqa: E402
from audit.structure import SectionMatcher  # noqa: E402

CORPUS = ROOT / "tests" / "corpora" / "sections"


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("rounds", nargs="?", type=int, default=3, help="timed rounds each way (the median is shown)")
    rounds = parser.parse_args().rounds
    schema = load_schema()
    paths = sorted(str(p) for p in CORPUS.glob("*/*") if p.suffix in (".md", ".html", ".txt"))
    with_model = SectionMatcher(schema)
    without_model = SectionMatcher(schema)
    without_model.model = None
    audit_path(paths[0], schema, matcher=with_model)  # word tables and weights loaded before timing
    best = {"with": float("inf"), "without": float("inf")}
    for _ in range(rounds):
        for name, matcher in (("without", without_model), ("with", with_model)):
            start = time.perf_counter()
            for path in paths:
                audit_path(path, schema, matcher=matcher)
            best[name] = min(best[name], time.perf_counter() - start)
    leaflets = [load(path, schema, matcher=with_model) for path in paths]
    matching = {"with": float("inf"), "without": float("inf")}
    for _ in range(rounds):
        for name, matcher in (("without", without_model), ("with", with_model)):
            start = time.perf_counter()
            for leaflet in leaflets:
                matcher.match(leaflet)
            matching[name] = min(matching[name], time.perf_counter() - start)
    headings = sum(len(leaflet.sections) for leaflet in leaflets)
    extra = best["with"] - best["without"]
    model = matching["with"] - matching["without"]
    print(f"{len(paths)} leaflets, {headings} sections, every rule, best of {rounds}")
    print(f"whole run without the model: {best['without']:.2f} s")
    print(f"whole run with the model:    {best['with']:.2f} s (+{100 * extra / best['without']:.0f}%)")
    print(f"the model alone: {model:.3f} s, {1000 * model / headings:.3f} ms a section, "
          f"+{100 * model / best['without']:.1f}% of the whole run")


if __name__ == "__main__":
    main()
