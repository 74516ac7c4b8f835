"""Training the section model from labelled leaflets, and scoring a model on them.

Used by ``leaflet-audit schema train`` (a project's own schema) and by
``tools/train_sections.py`` (the built-in schema). scikit-learn is needed only
here, and only when training: ``pip install 'leaflet-audit[train]'``.

A labelled folder holds leaflets and a ``labels.tsv`` (file, line, ids,
heading); each folder is a fold, split by leaflet. A labelled heading the
loaders do not find counts as judged wrong.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import itertools
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from audit.engine import load
from audit.load import LoadError
from audit.schema import LeafletSchema
from audit.sectionmodel import Score, SectionModel, features
from audit.structure import (
    CONFIRM,
    TREATMENTS,
    SectionMatcher,
    body_text,
    decided_ids,
    doubted_ids,
    kept_alone,
    procedure_explained,
    unclaimed_ids,
)

REGULARISATION = 3.0  # inverse strength (scikit-learn's C); 1 and 3 cross-validate alike, 3 a little better
MIN_WEIGHT = 0.15  # smaller weights barely change a decision (CV presence 0.971 at 0.1, 0.970 at 0.15) and cost load time
UNSEEN_BIAS = -10.0  # an id with no labelled example: probability about 0.00005


class TrainingError(Exception):
    """Labels or leaflets that cannot be trained on; the message names the file."""


@dataclass(frozen=True)
class Example:
    fold: str
    file: str
    heading: str
    features: dict[str, float]
    phrase_ids: tuple[str, ...]
    gold: frozenset[str]
    found: bool = True  # False: a labelled heading the loaders did not find, so nothing judged it


def read_labels(fold: Path) -> dict[tuple[str, int], tuple[str, str]]:
    """A fold's ``labels.tsv``: (file, line) -> (ids, heading), as tests/corpora/sections/README.md describes."""
    return read_label_file(fold / "labels.tsv")


def read_label_file(path: Path) -> dict[tuple[str, int], tuple[str, str]]:
    """A labels file in that format, by any name: a second labeller's ``labels-second.tsv`` beside a fold's own."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {(row["file"], int(row["line"])): (row["ids"], row["heading"] or "")
                    for row in csv.DictReader(handle, delimiter="\t")}
    except (OSError, UnicodeDecodeError, KeyError, ValueError, TypeError) as error:
        raise TrainingError(f"{path}: cannot read labels (file, line, ids, heading; tab-separated): {error}") from None


def examples(schema: LeafletSchema, folds: list[Path]) -> list[Example]:
    """Every labelled heading the loaders find, with its features and what the phrases say of it."""
    section_matcher = SectionMatcher(schema)
    found = []
    for fold in folds:
        labels = read_labels(fold)
        for file in sorted({file for file, _ in labels}):
            try:
                leaflet = load(str(fold / file), schema, matcher=section_matcher)
            except LoadError as error:
                raise TrainingError(f"{fold / file}: {error}") from None
            matcher = section_matcher.headings(leaflet.title)
            sections = [s for s in leaflet.sections if s.heading is not None]
            found_lines = {s.heading.span.line for s in sections}
            gold_at = _one_section_labels(
                sorted((line, *label) for (name, line), label in labels.items() if name == file), found_lines
            )
            found += [
                Example(fold.name, file, "", {}, (), frozenset(ids.split(",")) - {"-"}, found=False)
                for line, ids in gold_at.items()
                if ids not in ("title", "same") and line not in found_lines
            ]
            for index, section in enumerate(sections):
                gold = gold_at.get(section.heading.span.line)
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


def _one_section_labels(labelled: list[tuple[int, str, str]], found_lines: set[int]) -> dict[int, str]:
    """Line -> ids, where an accordion label or tab the loaders did not read hands its ids to the heading inside
    its panel (labelled ``same``) that they did: one section, found at its other line.

    The label is the one just before, or, for a row of tabs above their panels ("Before | During | After", then
    each panel's own heading), the unread tab of the same words: the guide's ``same`` reaches across the row.
    """
    gold_at = {line: ids for line, ids, _ in labelled}
    unread = {}  # a tab's words -> its line, for the labels the loaders did not read
    for (line, ids, heading), (next_line, next_ids, next_heading) in itertools.pairwise(labelled):
        if line not in found_lines and ids not in ("title", "same", "-"):
            unread[_words(heading)] = line
        if next_ids != "same" or next_line not in found_lines:
            continue
        tab = unread.pop(_words(next_heading), None)
        if tab is None and line not in found_lines and ids not in ("title", "same"):
            tab = line
        if tab is not None and tab in gold_at:
            gold_at[next_line] = gold_at.pop(tab)
    return gold_at


def _words(heading: str) -> str:
    return " ".join(heading.lower().split())


def train(examples_: list[Example], ids: list[str]) -> dict[str, object]:
    """Weights and biases for each id, in the form :class:`SectionModel` reads."""
    try:
        from sklearn.feature_extraction import DictVectorizer  # an optional extra: only training needs it
        from sklearn.linear_model import LogisticRegression
    except ModuleNotFoundError:
        raise TrainingError("training needs scikit-learn: pip install 'leaflet-audit[train]'") from None
    train_set = [e for e in examples_ if e.found]
    if not train_set:
        raise TrainingError("no labelled heading was found in the leaflets given")
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([e.features for e in train_set])
    names = vectoriser.get_feature_names_out()
    weights, bias = {}, {}
    for section in ids:
        target = [section in e.gold for e in train_set]
        if len(set(target)) < 2:  # no example of it (or nothing else): the model never names it
            bias[section], weights[section] = (UNSEEN_BIAS if not any(target) else -UNSEEN_BIAS), {}
            continue
        # Balanced: a rare id (consent, causes) weighs as much as a common one; cross-validates best.
        model = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight="balanced").fit(matrix, target)
        bias[section] = round(float(model.intercept_[0]), 4)
        weights[section] = {
            str(name): round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) >= MIN_WEIGHT
        }
    return {"weights": weights, "bias": bias}


Judge = Callable[[list[Example]], list[frozenset[str]]]
"""Judges one leaflet's labelled headings (in order) as the tool would: the ids each gets."""


def judged_by(models: dict[str, SectionModel] | None, required: Collection[str] = ()) -> Judge:
    """As the tool decides at run time, with the model that did not see the leaflet's fold (None: phrases only).

    Phrases first, then the model for each heading, then the leaflet as a whole:
    a required id no heading got goes to the heading likeliest to be it.
    """

    def judge(leaflet: list[Example]) -> list[frozenset[str]]:
        if models is None:
            return [frozenset(example.phrase_ids) for example in leaflet]
        chosen: list[frozenset[str]] = []
        scored: list[list[Score]] = []
        doubted: list[tuple[str, ...]] = []
        for example in leaflet:
            found = models[example.fold].scores(example.features, least=CONFIRM) if example.found else []
            ids, stood = decided_ids(example.phrase_ids, found, required or None) if example.found else ([], False)
            doubts = doubted_ids(example.phrase_ids, found, required) if stood else ()
            chosen.append(frozenset(section for section, _ in ids) - set(doubts))
            scored.append(found)
            doubted.append(doubts)
        for index, kept in kept_alone(chosen, doubted).items():
            chosen[index] |= set(kept)
        for index, added in unclaimed_ids(chosen, scored, required).items():
            chosen[index] |= {score.section for score in added}
        explained = procedure_explained(chosen, [example.heading for example in leaflet], required)
        if explained is not None:
            chosen[explained] |= {TREATMENTS}
        return chosen

    return judge


def scores(test_set: list[Example], judge: Judge, required: list[str]) -> dict[str, float]:
    """Heading accuracy (exact id set), required-id F1 at the right heading, and section presence per leaflet."""
    exact = tp = fp = fn = 0
    leaflets: dict[tuple[str, str], list[Example]] = {}
    for example in test_set:
        leaflets.setdefault((example.fold, example.file), []).append(example)
    judgements = right = present_missing = 0
    for leaflet in leaflets.values():
        gold_set: set[str] = set()
        got_set: set[str] = set()
        for example, got in zip(leaflet, judge(leaflet)):
            exact += got == example.gold
            gold_set |= example.gold
            got_set |= got
            for section in required:
                tp += section in got and section in example.gold
                fp += section in got and section not in example.gold
                fn += section not in got and section in example.gold
        for section in required:
            judgements += 1
            right += (section in gold_set) == (section in got_set)
            present_missing += section in gold_set and section not in got_set
    return {
        "headings": len(test_set),
        "leaflets": len(leaflets),
        "heading_accuracy": round(exact / len(test_set), 3),
        "required_f1": round(2 * tp / (2 * tp + fp + fn), 3),
        "presence": round(right / judgements, 3),
        "present_reported_missing_per_30": round(30 * present_missing / len(leaflets), 2),
    }


Labels = dict[tuple[str, int], tuple[str, str]]


def agreement(first: Labels, second: Labels, required: Collection[str]) -> dict[str, float]:
    """How far two labellers of the same leaflets agree, on the measures :func:`scores` gives the model.

    The first labeller stands as gold: a heading counts as agreed where both give it the same ids, F1 is over the
    required ids at each line, presence over each leaflet's required ids, and a section the first found that the
    second did not is what :func:`scores` calls a present section reported missing. It tells the ceiling a model
    can be held to: the targets are only fair if people reading the same text meet them.
    """
    agreed = headings = tp = fp = fn = judgements = right = first_only = 0
    files = sorted({file for file, _ in first})
    for file in files:
        lines = sorted({line for name, line in [*first, *second] if name == file})
        first_ids = {line: _ids(first.get((file, line), ("-", ""))[0]) for line in lines}
        second_ids = {line: _ids(second.get((file, line), ("-", ""))[0]) for line in lines}
        for line in lines:
            if (file, line) in first and first[file, line][0] not in ("title", "same"):
                headings += 1
                agreed += first_ids[line] == second_ids[line]
            for section in required:
                tp += section in first_ids[line] and section in second_ids[line]
                fn += section in first_ids[line] and section not in second_ids[line]
                fp += section in second_ids[line] and section not in first_ids[line]
        first_present, second_present = set().union(*first_ids.values()), set().union(*second_ids.values())
        for section in required:
            judgements += 1
            right += (section in first_present) == (section in second_present)
            first_only += section in first_present and section not in second_present
    return {
        "headings": headings,
        "leaflets": len(files),
        "heading_accuracy": round(agreed / max(headings, 1), 3),
        "required_f1": round(2 * tp / max(2 * tp + fp + fn, 1), 3),
        "presence": round(right / max(judgements, 1), 3),
        "present_reported_missing_per_30": round(30 * first_only / max(len(files), 1), 2),
    }


def _ids(label: str) -> frozenset[str]:
    return frozenset() if label in ("title", "same", "-") else frozenset(label.split(","))


def weights_document(
    schema: LeafletSchema, folds: list[Path], data: list[Example], **scores_: dict[str, float]
) -> dict[str, object]:
    """The weights file: trained weights with the date, the data and the scores they were trained to."""
    ids = [s.id for s in schema.sections] + [e.id for e in schema.extras]
    digest = hashlib.sha256(b"".join((f / "labels.tsv").read_bytes() for f in folds)).hexdigest()[:12]
    return {
        "schema": schema.name,
        "trained": datetime.date.today().isoformat(),
        "data": {"folds": [f.name for f in folds], "headings": len(data), "labels_sha256": digest},
        **scores_,
        **train(data, ids),
    }


def cross_validated(schema: LeafletSchema, data: list[Example], folds: list[Path]) -> dict[str, float]:
    """Scores with each fold judged by a model trained on the others (phrases first, as at run time)."""
    ids = [s.id for s in schema.sections] + [e.id for e in schema.extras]
    models = {fold.name: SectionModel(train([e for e in data if e.fold != fold.name], ids)) for fold in folds}
    required = [s.id for s in schema.sections]
    return scores(data, judged_by(models, required), required)
