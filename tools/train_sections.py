"""Train the built-in schema's section model on the project's corpus, report its accuracy, ship its weights.

Run by a developer, never at run time: it needs scikit-learn (``pip install
'.[train]'``). A project's own schema is trained with ``leaflet-audit schema
train`` instead; both use :mod:`audit.training`.

    python tools/train_sections.py            # cross-validate by fold, then train on all and write weights
    python tools/train_sections.py --check    # cross-validate only
    python tools/train_sections.py --score tests/corpora/sections/frozen-2026-12-02   # the shipped weights on a fold
    python tools/train_sections.py --agreement tests/corpora/sections/2026-12-06j/labels-second.tsv
        # how far a second labeller's labels agree with the fold's own, on the same measures

The corpus is ``tests/corpora/sections/`` (format in its README): every folder
but those in ``HELD_OUT``. Folds are split by leaflet (each folder is a fold),
and cross-validation holds out one whole fold at a time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.schema import load_schema  # noqa: E402
from audit.sectionmodel import SectionModel  # noqa: E402
from audit.training import (  # noqa: E402
    agreement,
    cross_validated,
    examples,
    judged_by,
    read_label_file,
    read_labels,
    scores,
    weights_document,
)

CORPUS = ROOT / "tests" / "corpora" / "sections"
WEIGHTS = ROOT / "audit" / "schemas" / "patient-leaflet.weights.json"
HELD_OUT: tuple[str, ...] = ()  # folds kept out of the shipped model, to be scored against it (README)
"""Folds never trained on. A frozen fold, once scored, is training material like the others."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only; write nothing")
    parser.add_argument("--score", type=Path, help="score the shipped weights on this labelled fold; write nothing")
    parser.add_argument("--agreement", type=Path, metavar="SECOND_LABELS",
                        help="a second labeller's labels file in a fold: how far it agrees with the fold's own")
    arguments = parser.parse_args()
    schema = load_schema()
    required = [s.id for s in schema.sections]
    if arguments.agreement:
        fold = arguments.agreement.parent
        print(f"{fold.name}: {agreement(read_labels(fold), read_label_file(arguments.agreement), required)}")
        return
    if arguments.score:
        held_out = examples(schema, [arguments.score])
        shipped = SectionModel.read(WEIGHTS)
        print(f"{sum(e.found for e in held_out)} of {len(held_out)} labelled headings found")
        print(f"phrases only:     {scores(held_out, judged_by(None), required)}")
        print(f"phrases + model:  {scores(held_out, judged_by({arguments.score.name: shipped}, required), required)}")
        return
    folds = sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name not in HELD_OUT)
    data = examples(schema, folds)
    print(f"{sum(e.found for e in data)} of {len(data)} labelled headings found, "
          f"{len({(e.fold, e.file) for e in data})} leaflets")
    phrases_only = scores(data, judged_by(None), required)
    print(f"phrases only, all folds:          {phrases_only}")
    pooled = cross_validated(schema, data, folds)
    print(f"cross-validated, phrases + model: {pooled}")
    if arguments.check:
        return
    document = weights_document(schema, folds, data, cross_validated=pooled, phrases_only=phrases_only)
    WEIGHTS.write_text(json.dumps(document, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
