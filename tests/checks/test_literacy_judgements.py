"""The literacy detectors against labelled sets written blind by helpers (tests/corpora/literacy/a and b).

Each set was scored once before anything was tuned on it (figures in the README); since then
they are regression material: these floors keep what was reached.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from audit.literacy.acronyms import first_uses
from audit.literacy.agreement import disagreements
from audit.literacy.frequencies import has_frequency
from audit.literacy.passive import is_passive
from audit.literacy.terms import explained_until
from audit.model import Block, Segment

CORPUS = Path(__file__).parents[1] / "corpora" / "literacy"
SETS = ["a", "b"]


def _rows(labelled_set: str, name: str) -> list[dict[str, str]]:
    with (CORPUS / labelled_set / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _accuracy(pairs: list[tuple[bool, bool]]) -> float:
    return sum(found == expected for found, expected in pairs) / len(pairs)


@pytest.mark.parametrize("labelled_set", SETS)
def test_passive_voice_is_judged_as_a_careful_reader_labels_it(labelled_set):
    rows = _rows(labelled_set, "passive.tsv")
    pairs = [(is_passive(row["sentence"]), row["label"] == "passive") for row in rows]
    assert len(pairs) >= 150 and _accuracy(pairs) >= 0.97


@pytest.mark.parametrize("labelled_set", SETS)
def test_terms_are_judged_explained_as_a_careful_reader_labels_them(labelled_set):
    pairs = []
    for row in _rows(labelled_set, "terms.tsv"):
        start = row["text"].lower().index(row["term"].lower())
        pairs.append((explained_until(row["text"], start, start + len(row["term"])) is not None,
                      row["label"] == "explained"))
    assert _accuracy(pairs) >= 0.95


@pytest.mark.parametrize("labelled_set", SETS)
def test_acronyms_are_judged_spelled_out_as_a_careful_reader_labels_them(labelled_set):
    pairs = []
    for row in _rows(labelled_set, "acronyms.tsv"):
        uses = list(first_uses([Block("paragraph", row["text"], (Segment(0, 1, 1),))]))
        flagged = any(not use.defined and use.acronym in row["acronym"] for use in uses)
        pairs.append((flagged, row["label"] == "undefined"))
    assert _accuracy(pairs) >= 0.95


@pytest.mark.parametrize("labelled_set", SETS)
def test_agreement_slips_are_found_without_a_false_alarm(labelled_set):
    rows = _rows(labelled_set, "agreement.tsv")
    pairs = [(bool(list(disagreements(row["sentence"]))), row["label"] == "wrong") for row in rows]
    assert not [1 for found, wrong in pairs if found and not wrong]
    assert sum(found for found, wrong in pairs if wrong) >= 15


@pytest.mark.parametrize("labelled_set", SETS)
def test_risks_without_a_frequency_are_told_from_risks_with_one(labelled_set):
    rows = _rows(labelled_set, "risk-numbers.tsv")
    pairs = [(not has_frequency(row["text"]), row["label"] == "no-number") for row in rows]
    assert _accuracy(pairs) >= 0.95


def test_the_fast_frequency_and_citation_searches_find_what_the_plain_patterns_find():
    """RE2 on lowered ASCII text for natural frequencies, and the substring tests before the citation and credit
    searches, only save time: over every line of the literacy corpus they agree with the patterns searched plainly."""
    from audit.literacy.frequencies import NATURAL, natural_frequency
    from audit.record import CITATION, CREDITS, cites_or_credits

    lines = [line for path in sorted(CORPUS.rglob("leaflets-*/*.*")) if path.suffix in (".md", ".txt", ".html")
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += ["About 1 in 100 people – één op honderd", "Ónly half of them", "Reviewed by the Ærø team"]
    assert len(lines) > 10_000
    assert all(natural_frequency(line) == (NATURAL.search(line) is not None) for line in lines)
    assert sum(natural_frequency(line) for line in lines) > 100
    assert all(cites_or_credits(line) == (CITATION.search(line) is not None or CREDITS.search(line) is not None)
               for line in lines)
