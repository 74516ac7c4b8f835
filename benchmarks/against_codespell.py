"""leaflet-audit against codespell on the same files, as a user runs them: wall time, peak memory, scaling.

    python benchmarks/against_codespell.py            # 100 and 1,000 leaflets, one file, --help, --version
    python benchmarks/against_codespell.py 10000      # ... and 10,000 leaflets too (a few minutes)

The leaflets are the project's labelled corpora (tests/corpora: Markdown,
scraped text and HTML as centres write them, with drug names, places and
people's names the dictionaries lack), copied round-robin to the size wanted;
each copy gets one word slipped (two letters swapped) so that no two copies
share all their unknown words and nothing is learnt from the copies before.
Both tools run as commands in fresh processes on the same folder, every rule
for leaflet-audit (one process, --jobs 0, and the default, which uses a process per core from 100 leaflets
to audit afresh); each figure is the median of
RUNS runs, and peak memory is the resident peak of that process. Runs are cold
(`--no-cache`: every leaflet audited) unless the row says the cache is warm: the
same files audited again with the results of a first run remembered, as a CI job
that keeps the cache folder between runs sees them.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from arguments import parser_for

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpora"
BIN = Path(sys.executable).parent
RUNS = 3
WORD = re.compile(r"\b[a-z]{6,}\b")


def sources() -> list[Path]:
    return sorted(p for p in CORPORA.rglob("*") if p.suffix in (".md", ".txt", ".html"))


def build(folder: Path, count: int, files: list[Path]) -> None:
    """``count`` leaflets in ``folder``: the corpus round-robin, one word slipped in each copy."""
    chance = random.Random(count)
    for number in range(count):
        source = files[number % len(files)]
        text = source.read_text(encoding="utf-8")
        # a word of the text, not of the markup: a tag's name slipped ("</scrpit>") changes what a browser shows
        words = [word for word in WORD.finditer(text) if text.rfind("<", 0, word.start()) <= text.rfind(">", 0, word.start())]
        if words:
            word = chance.choice(words)
            i = chance.randrange(len(word.group()) - 1)
            slipped = word.group()[:i] + word.group()[i + 1] + word.group()[i] + word.group()[i + 2 :]
            text = text[: word.start()] + slipped + text[word.end() :]
        (folder / f"{number:05}-{source.name}").write_text(text, encoding="utf-8")


AS_INSTALLED = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""Both tools run as after ``pip install``, their modules' bytecode cached: a shell that sets
PYTHONDONTWRITEBYTECODE (this machine's does) has Python compile every module from source on each run,
which put 0.1-0.2 s on every one-file run of an editable install (2026-12-04)."""


def measured(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one run, in a fresh process.

    A run that crashed or could not audit would be fast for the wrong reason, so
    any traceback or an exit code other than a clean or a findings one (leaflet-audit
    0 or 1, codespell 0 or 65) stops the benchmark.
    """
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, run.returncode); "
        "print(run.stderr[-2000:], file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True,
                         env=AS_INSTALLED)
    seconds, kilobytes, code = out.stdout.split()
    if code not in ("0", "1", "65") or "Traceback" in out.stderr:
        raise SystemExit(f"{' '.join(command)} failed (exit {code}):\n{out.stderr}")
    return float(seconds), int(kilobytes) / 1024


def median_run(command: list[str], runs: int = RUNS) -> tuple[float, float]:
    results = [measured(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def row(label: str, ours: tuple[float, float], theirs: tuple[float, float]) -> str:
    return (
        f"| {label} | {ours[0]:.2f} s | {ours[1]:.0f} MB | {theirs[0]:.2f} s | {theirs[1]:.0f} MB "
        f"| {ours[0] / theirs[0]:.1f}× |"
    )


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("more_sizes", nargs="*", type=int, metavar="SIZE",
                        help="corpus sizes to measure besides 100 and 1,000 leaflets (10000 takes a few minutes)")
    sizes = [100, 1000, *parser.parse_args().more_sizes]
    audit, codespell = str(BIN / "leaflet-audit"), str(BIN / "codespell")
    files = sources()
    print(f"{len(files)} corpus leaflets; medians of {RUNS} runs; {time.strftime('%Y-%m-%d')}")
    print("| work | leaflet-audit | peak | codespell | peak | ratio |")
    print("|---|---|---|---|---|---|")
    one = str(ROOT / "leaflets" / "bone-metastases.md")
    cold, warm = [audit, "check", "--no-cache"], [audit, "check"]
    AS_INSTALLED["LEAFLET_AUDIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="leaflet-audit-cache-")
    one_codespell = median_run([codespell, one], 5)
    print(row("one leaflet (`check FILE`)", median_run([*cold, one], 5), one_codespell))
    measured([*warm, one])
    print(row("one leaflet, unchanged, cache warm", median_run([*warm, one], 5), one_codespell))
    help_run = median_run([audit, "--help"], 5)
    version_run = median_run([audit, "--version"], 5)
    print(f"| `--help` / `--version` | {help_run[0]:.2f} s / {version_run[0]:.2f} s | | | | |")
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"leaflets-{size}-"))
        try:
            build(folder, size, files)
            theirs = median_run([codespell, str(folder)])
            one_process = median_run([*cold, str(folder), "--jobs", "1"])
            print(row(f"{size:,} leaflets, every rule, one process (`--jobs 1`)", one_process, theirs))
            print(row(f"{size:,} leaflets, `--jobs 0`", median_run([*cold, str(folder), "--jobs", "0"]), theirs))
            print(row(f"{size:,} leaflets, as run by default (a process per core from 100 to audit)",
                      median_run([*cold, str(folder)]), theirs))
            without = median_run([*cold, str(folder), "--jobs", "1", "--ignore", "literacy,grammar"])
            print(row(f"{size:,} leaflets, one process, without literacy and grammar rules", without, theirs))
            first = measured([*warm, str(folder)])
            print(row(f"{size:,} leaflets, first run keeping results in the cache", first, theirs))
            print(row(f"{size:,} leaflets, unchanged, cache warm", median_run([*warm, str(folder)]), theirs))
        finally:
            shutil.rmtree(folder)
    shutil.rmtree(AS_INSTALLED["LEAFLET_AUDIT_CACHE_DIR"])


if __name__ == "__main__":
    main()
