"""Whole leaflets in shapes the samples lack (FAQ soup, numbered, capitals): title and sections covered."""

from __future__ import annotations

import sys

import pytest

from audit.engine import audit_path, load
from tests.conftest import CASES

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

DOCUMENTS = CASES / "documents"
EXPECTATIONS = tomllib.loads((DOCUMENTS / "expectations.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_document_title_and_sections_are_recognised(name, schema):
    expected = EXPECTATIONS[name]
    result = audit_path(str(DOCUMENTS / expected["file"]), schema)
    assert result.error is None
    assert result.title == expected["title"]
    covered = [section_id for section in result.sections for section_id in section.covers]
    assert sorted(set(covered)) == sorted(expected["covers"])
    leaflet = load(str(DOCUMENTS / expected["file"]), schema)
    body = " ".join(block.text for section in leaflet.sections for block in section.blocks)
    for junk in expected["not_in_body"]:
        assert junk not in body
