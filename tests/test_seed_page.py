"""The real scraped page in ../shared (third-party text, not in the project): read, never copied."""

from __future__ import annotations

from audit.engine import audit_path, load


def test_seed_page_title_furniture_and_six_sections(seed_page, schema):
    leaflet = load(str(seed_page), schema)
    assert leaflet.title == "Bone metastases"
    assert leaflet.title_span.line == 3  # shown twice: the first is the title, the second furniture
    assert {span.line for span in leaflet.boilerplate} == {1, 2, 5}
    assert [s.heading.span.line for s in leaflet.sections] == [7, 13, 17, 23, 29, 33]
    body = " ".join(b.text for s in leaflet.sections for b in s.blocks)
    assert "Slider" not in body and "Accreditation" not in body


def test_seed_page_has_every_required_section(seed_page, schema):
    result = audit_path(str(seed_page), schema)
    assert result.missing_sections == []
    assert [s.id for s in result.sections] == schema.section_ids
    assert [f for f in result.findings if f.rule.startswith("sections.")] == []


def test_seed_page_bullets_start_after_the_marker(seed_page, schema):
    leaflet = load(str(seed_page), schema)
    treatments = leaflet.sections[3]
    assert [b.kind for b in treatments.blocks] == ["list_item"] * 3
    assert treatments.blocks[0].position(0) == (25, 5)
