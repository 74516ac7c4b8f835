"""Corpus scale: 1,000 leaflets audited with every rule, in one process and in several.

    python benchmarks/corpus_speed.py [JOBS]

The leaflets are the made-up ones of readability_speed.py, written to a
temporary folder as Markdown files. Both runs must give byte-identical JSON;
the figure is the ratio of the one-process time to the several-process time.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arguments import parser_for  # noqa: E402  (benchmarks/ is the script's own folder on the path)

from audit.engine import audit_paths  # noqa: E402
from audit.render.json import render_json  # noqa: E402
from audit.schema import load_schema  # noqa: E402
from benchmarks.readability_speed import make_leaflets  # noqa: E402


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("jobs", nargs="?", type=int, default=os.cpu_count() or 2, help="processes for the parallel run")
    jobs = parser.parse_args().jobs
    schema = load_schema()
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(make_leaflets()):
            (Path(folder) / f"leaflet-{number:04}.md").write_text(text, encoding="utf-8")
        audit_paths([str(Path(folder) / "leaflet-0000.md")], schema)  # load word tables first
        timings, outputs = {}, {}
        for count in (1, jobs):
            start = time.perf_counter()
            outputs[count] = render_json(audit_paths([folder], schema, jobs=count))
            timings[count] = time.perf_counter() - start
    words = sum(len(t.split()) for t in make_leaflets())
    print(f"1,000 leaflets, {words:,} words, every rule")
    print(f"1 process:   {timings[1]:.2f} s ({words / timings[1]:,.0f} words/s)")
    print(f"{jobs} processes: {timings[jobs]:.2f} s ({timings[1] / timings[jobs]:.2f}x faster)")
    print("JSON byte-identical:", outputs[1] == outputs[jobs])


if __name__ == "__main__":
    main()
