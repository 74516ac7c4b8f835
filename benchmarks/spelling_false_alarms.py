"""False spelling findings on correct leaflets, beside codespell on the same files.

    python benchmarks/spelling_false_alarms.py tests/corpora/spelling-unseen-2026-12-02

Every leaflet in the folders given is taken to be correctly spelled (proof-read
by its writer), so every spelling finding is a false alarm, printed for a person
to confirm. Words are the prose words of the loaded leaflet, the same count the
readability figures use. codespell runs on the same files in the same run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arguments import parser_for  # noqa: E402  (benchmarks/ is the script's own folder on the path)

from audit.checks import all_rules  # noqa: E402
from audit.engine import EXTENSIONS, audit_leaflet, load  # noqa: E402
from audit.schema import load_schema  # noqa: E402
from audit.words import PROSE_WORD  # noqa: E402


def leaflet_files(folders: list[str]) -> list[Path]:
    return sorted(p for folder in folders for p in Path(folder).rglob("*") if p.suffix in EXTENSIONS)


def main(folders: list[str]) -> None:
    schema = load_schema()
    rules = [r for r in all_rules().values() if r.id.startswith("spelling.")]
    files = leaflet_files(folders)
    words = findings = 0
    for path in files:
        leaflet = load(str(path), schema)
        blocks = [leaflet.title_block] if leaflet.title_block else []
        for section in leaflet.sections:
            blocks += ([section.heading.block] if section.heading else []) + list(section.blocks)
        words += sum(len(PROSE_WORD.findall(block.text)) for block in blocks)
        for finding in audit_leaflet(leaflet, schema, rules).findings:
            findings += 1
            print(f"  {path.name}:{finding.line}:{finding.column} [{finding.rule}] {finding.text} "
                  f"-> {', '.join(finding.suggestions[:2])}")
    codespell = subprocess.run([sys.executable, "-m", "codespell_lib", *map(str, files)],
                               capture_output=True, text=True).stdout.splitlines()
    for line in codespell:
        print(f"  codespell: {line}")
    print(f"{len(files)} leaflets, {words} words")
    print(f"leaflet-audit: {findings} spelling findings, {1000 * findings / words:.2f} per 1,000 words")
    print(f"codespell:     {len(codespell)} findings, {1000 * len(codespell) / words:.2f} per 1,000 words")


if __name__ == "__main__":
    parser = parser_for(__doc__)
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "leaflets")], help="folders of correctly spelled leaflets")
    main(parser.parse_args().folders)
