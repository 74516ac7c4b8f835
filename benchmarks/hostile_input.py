"""Hostile input at growing sizes: does time and memory per unit stay flat (linear), or grow (quadratic)?

    python benchmarks/hostile_input.py           # every shape at three sizes (a few minutes)

Each shape is a leaflet built to stress one part of the tool: a long text, one
long paragraph of risks (in sentences, or run on with commas), many headings, many suppression comments, an unclosed suppression comment followed
by spaces, unclosed and deeply nested HTML tags, unclosed HTML comments, a
million ``</``. Each runs as ``leaflet-audit check FILE -f json`` in a fresh
process (so the start-up is in every figure), with the size limit raised to
fit; the table gives wall seconds and peak memory, and the last column the
ratio of time per unit at the largest size to that at the middle one: about 1
is linear, 10 quadratic.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from against_codespell import BIN, measured  # the same fresh-process probe: wall time, peak memory, crash check
from arguments import parser_for

PARAGRAPH = "Kidney stones are hard lumps that form in the kidney from salts in the urine. "
RISKS_HEAD = "# T\n\n## What are the risks?\n\n"
RISKS = "Bleeding can happen. Infection is rare. Pain may last a day. "  # a complication in every sentence
RISKS_RUN_ON = "bleeding can happen, infection is rare, pain may last a day, "  # ... and no sentence ends

SHAPES: dict[str, tuple[str, Callable[[int], str], tuple[int, int, int]]] = {
    "text, MB": ("txt", lambda n: "Title\n\n" + (PARAGRAPH * 12 + "\n\n") * (n * 1_000), (1, 10, 50)),
    "Markdown headings": ("md", lambda n: "# T\n\n" + "".join(f"## Heading {i}\n\n{PARAGRAPH}\n\n" for i in range(n)),
                          (1_000, 10_000, 100_000)),
    "HTML headings": ("html", lambda n: "<h1>T</h1>" + "".join(f"<h2>Heading {i}</h2><p>{PARAGRAPH}</p>"
                                                               for i in range(n)), (1_000, 10_000, 100_000)),
    "one long risks paragraph": ("md", lambda n: RISKS_HEAD + RISKS * n, (1_000, 10_000, 50_000)),
    "one long risks sentence, commas only": ("md", lambda n: RISKS_HEAD + RISKS_RUN_ON * n, (1_000, 10_000, 50_000)),
    "text headings": ("txt", lambda n: "Title\n\n" + "".join(f"Heading {i}\n\n{PARAGRAPH}\n\n" for i in range(n)),
                      (1_000, 10_000, 100_000)),
    "suppression comments": ("md", lambda n: "# T\n\n" + (
        f"<!-- leaflet-audit: disable=spelling -->\n{PARAGRAPH}\n<!-- leaflet-audit: enable=spelling -->\n" * n
    ), (1_000, 10_000, 100_000)),
    "unclosed suppression, spaces": ("md", lambda n: "# T\n\n" + PARAGRAPH + "\n\n<!-- leaflet-audit: disable="
                                     + " " * n + "\n", (1_000, 100_000, 1_000_000)),
    "unclosed HTML tags": ("html", lambda n: "<h1>T</h1>" + "<div>" * n + PARAGRAPH, (1_000, 10_000, 100_000)),
    "nested HTML elements": ("html", lambda n: "<h1>T</h1>" + "<div>" * n + PARAGRAPH + "</div>" * n,
                             (1_000, 10_000, 100_000)),
    "unclosed HTML comments": ("html", lambda n: "<h1>T</h1><p>" + PARAGRAPH + "</p>" + "<!--" * n,
                               (1_000, 100_000, 1_000_000)),
    "'</' repeated": ("html", lambda n: "<h1>T</h1><p>" + PARAGRAPH + "</p>" + "</" * n, (1_000, 100_000, 1_000_000)),
}


def main() -> None:
    parser_for(__doc__).parse_args()
    print(f"one run each; {time.strftime('%Y-%m-%d')}")
    print("| shape | sizes | seconds | peak MB | time per unit, largest / middle |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "leaflet-audit.toml"
        config.write_text("max-file-size = 1000\n", encoding="utf-8")
        for shape, (suffix, make, sizes) in SHAPES.items():
            rows = []
            for size in sizes:
                path = Path(folder) / f"leaflet.{suffix}"
                path.write_text(make(size), encoding="utf-8")
                command = [str(BIN / "leaflet-audit"), "check", str(path), "-f", "json", "--config", str(config)]
                rows.append(measured(command))
            growth = (rows[2][0] / sizes[2]) / (rows[1][0] / sizes[1])
            print(
                f"| {shape} | {' / '.join(f'{s:,}' for s in sizes)} "
                f"| {' / '.join(f'{r[0]:.2f}' for r in rows)} | {' / '.join(f'{r[1]:.0f}' for r in rows)} "
                f"| {growth:.2f} |"
            )


if __name__ == "__main__":
    main()
