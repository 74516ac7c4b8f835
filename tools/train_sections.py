"""Train the section model (audit/sectionmodel.py) on the labelled corpus, report its accuracy, ship its weights.

Run by a developer, never at run time: it needs scikit-learn (``pip install
'.[train]'``).

    python tools/train_sections.py            # cross-validate by fold, then train on all and write weights
    python tools/train_sections.py --check    # cross-validate only
    python tools/train_sections.py --score tests/corpora/sections/frozen-2026-12-02   # the shipped weights on a fold

The corpus is ``tests/corpora/sections/train-*`` (format in its README). Folds
are split by leaflet (each folder is a fold), and cross-validation holds out
one whole fold at a time. A labelled heading that the loaders do not find counts as
judged wrong. The figures are for the system as it runs: the
schema's phrases first, the model where no phrase names a heading or where it is
sure (``audit.structure.OVERRIDE``) the phrases are wrong.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from audit.engine import load  # noqa: E402
from audit.headings import HeadingMatcher  # noqa: E402
from audit.schema import LeafletSchema, load_schema  # noqa: E402
from audit.sectionmodel import SectionModel, features  # noqa: E402
from audit.structure import body_text, decided_ids  # noqa: E402

CORPUS = ROOT / "tests" / "corpora" / "sections"
WEIGHTS = ROOT / "audit" / "schemas" / "patient-leaflet.weights.json"
REGULARISATION = 3.0  # inverse strength (scikit-learn's C); 1 and 3 cross-validate alike, 3 a little better
MIN_WEIGHT = 0.05  # smaller weights change no decision on the corpus and cost load time


@dataclass(frozen=True)
class Example:
    fold: str
    file: str
    heading: str
    features: dict[str, float]
    phrase_ids: tuple[str, ...]
    gold: frozenset[str]
    found: bool = True  # False: a labelled heading the loaders did not find, so nothing judged it


def read_labels(fold: Path) -> dict[tuple[str, int], str]:
    with (fold / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        return {(row["file"], int(row["line"])): row["ids"] for row in csv.DictReader(handle, delimiter="\t")}


def examples(schema: LeafletSchema, folds: list[Path]) -> list[Example]:
    """Every labelled heading the loaders find, with its features and what the phrases say of it."""
    found = []
    for fold in folds:
        labels = read_labels(fold)
        for file in sorted({file for file, _ in labels}):
            leaflet = load(str(fold / file), schema)
            matcher = HeadingMatcher(schema, leaflet.title)
            sections = [s for s in leaflet.sections if s.heading is not None]
            found_lines = {s.heading.span.line for s in sections}
            found += [
                Example(fold.name, file, "", {}, (), frozenset(ids.split(",")) - {"-"}, found=False)
                for (name, line), ids in labels.items()
                if name == file and ids not in ("title", "same") and line not in found_lines
            ]
            for index, section in enumerate(sections):
                gold = labels.get((file, section.heading.span.line))
                if gold is None or gold in ("title", "same"):
                    continue
                match = matcher.match(section.heading.text)
                phrase_ids = match.sections + match.extras
                position = index / max(len(sections) - 1, 1)
                found.append(Example(
                    fold.name, file, section.heading.text,
                    features(matcher.masked(section.heading.text), body_text(section), position, phrase_ids),
                    phrase_ids, frozenset(gold.split(",")) - {"-"},
                ))
    return found


def train(examples_: list[Example], ids: list[str]) -> dict[str, object]:
    train_set = [e for e in examples_ if e.found]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([e.features for e in train_set])
    names = vectoriser.get_feature_names_out()
    weights, bias = {}, {}
    for section in ids:
        target = [section in e.gold for e in train_set]
        # Balanced: a rare id (consent, causes) weighs as much as a common one; cross-validates best.
        model = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight="balanced").fit(matrix, target)
        bias[section] = round(float(model.intercept_[0]), 4)
        weights[section] = {
            str(name): round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) >= MIN_WEIGHT
        }
    return {"weights": weights, "bias": bias}


Judge = Callable[[Example], frozenset[str]]


def judged_by(models: dict[str, SectionModel] | None) -> Judge:
    """As the tool decides at run time, with the model that did not see the example's fold (None: phrases only)."""

    def judge(example: Example) -> frozenset[str]:
        if not example.found:
            return frozenset()
        if models is None:
            return frozenset(example.phrase_ids)
        chosen, _ = decided_ids(example.phrase_ids, models[example.fold].scores(example.features))
        return frozenset(section for section, _ in chosen)

    return judge


def scores(test_set: list[Example], judge: Judge, required: list[str]) -> dict[str, float]:
    """Heading accuracy (exact id set), required-id F1 at the right heading, and section presence per leaflet."""
    exact = tp = fp = fn = 0
    by_leaflet: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for e in test_set:
        got = judge(e)
        exact += got == e.gold
        gold_set, got_set = by_leaflet.setdefault((e.fold, e.file), (set(), set()))
        gold_set |= e.gold
        got_set |= got
        for section in required:
            tp += section in got and section in e.gold
            fp += section in got and section not in e.gold
            fn += section not in got and section in e.gold
    judgements = right = present_missing = 0
    for gold_set, got_set in by_leaflet.values():
        for section in required:
            judgements += 1
            right += (section in gold_set) == (section in got_set)
            present_missing += section in gold_set and section not in got_set
    return {
        "headings": len(test_set),
        "leaflets": len(by_leaflet),
        "heading_accuracy": round(exact / len(test_set), 3),
        "required_f1": round(2 * tp / (2 * tp + fp + fn), 3),
        "presence": round(right / judgements, 3),
        "present_reported_missing_per_30": round(30 * present_missing / len(by_leaflet), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only; write nothing")
    parser.add_argument("--score", type=Path, help="score the shipped weights on this labelled fold; write nothing")
    arguments = parser.parse_args()
    schema = load_schema()
    required = [s.id for s in schema.sections]
    ids = required + [e.id for e in schema.extras]
    if arguments.score:
        held_out = examples(schema, [arguments.score])
        shipped = SectionModel.read(WEIGHTS)
        print(f"{sum(e.found for e in held_out)} of {len(held_out)} labelled headings found")
        print(f"phrases only:     {scores(held_out, judged_by(None), required)}")
        print(f"phrases + model:  {scores(held_out, judged_by({arguments.score.name: shipped}), required)}")
        return
    folds = sorted(p for p in CORPUS.glob("train-*") if p.is_dir())
    data = examples(schema, folds)
    print(f"{sum(e.found for e in data)} of {len(data)} labelled headings found, "
          f"{len({(e.fold, e.file) for e in data})} leaflets")
    phrases_only = scores(data, judged_by(None), required)
    print(f"phrases only, all folds:          {phrases_only}")
    models = {fold.name: SectionModel(train([e for e in data if e.fold != fold.name], ids)) for fold in folds}
    for fold in folds:
        print(f"held out {fold.name}: {scores([e for e in data if e.fold == fold.name], judged_by(models), required)}")
    pooled = scores(data, judged_by(models), required)
    print(f"cross-validated, phrases + model: {pooled}")
    if arguments.check:
        return
    trained = train(data, ids)
    digest = hashlib.sha256(b"".join((f / "labels.tsv").read_bytes() for f in folds)).hexdigest()[:12]
    WEIGHTS.write_text(json.dumps({
        "schema": schema.name,
        "trained": datetime.date.today().isoformat(),
        "data": {"folds": [f.name for f in folds], "headings": len(data), "labels_sha256": digest},
        "cross_validated": pooled,
        "phrases_only": phrases_only,
        **trained,
    }, indent=None, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
