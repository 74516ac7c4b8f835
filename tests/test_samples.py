"""The sample leaflets in leaflets/ show what the tool finds; these are their expected results."""

from __future__ import annotations

import pytest

from audit.engine import audit_paths
from tests.conftest import PROJECT

EXPECTED = {
    "bone-metastases.md": ([], []),
    "cementoplasty-faq.md": ([], ["sections.order", "sections.order"]),
    "kidney-cryoablation.txt": ([], ["spelling.run-on", "spelling.variant", "spelling.unknown"]),
    "liver-tumour-ablation.html": ([], []),
    "lung-ablation.md": (["risks"], ["sections.missing"]),
    "tace-embolisation.txt": ([], ["sections.order", "sections.duplicate"]),  # its short "Side effects" is beside a full risks section
    "vertebroplasty.html": ([], ["sections.empty"]),
}


@pytest.fixture(scope="module")
def report(schema):
    return audit_paths([str(PROJECT / "leaflets")], schema)


def test_every_sample_leaflet_is_expected(report):
    assert sorted(r.path.rsplit("/", 1)[-1] for r in report.leaflets) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_leaflet_gives_its_expected_findings(report, name):
    result = next(r for r in report.leaflets if r.path.endswith(name))
    missing, rules = EXPECTED[name]
    assert result.error is None
    assert result.missing_sections == missing
    assert [f.rule for f in result.findings if not f.rule.startswith(("readability.", "literacy.", "grammar."))] == rules


def test_samples_cover_all_three_formats(report):
    assert {r.format for r in report.leaflets} == {"markdown", "text", "html"}
