from __future__ import annotations

from audit.checks import all_rules
from audit.engine import audit_leaflet
from audit.load import load_text
from audit.load.suppressions import find_suppressions

SPELLING = [r for r in all_rules().values() if r.id.startswith("spelling.")]


def spelling(text: str, fmt: str, schema):
    leaflet = load_text(text, f"x.{fmt}", fmt)
    return [(f.rule, f.text) for f in audit_leaflet(leaflet, schema, SPELLING).findings]


def test_markdown_region_between_disable_and_enable_is_silenced(schema):
    text = (
        "# T\n\nThe frobnicator one.\n\n<!-- leaflet-audit: disable=spelling.unknown -->\n\n"
        "The frobnicator two and tumoursfrom.\n\n<!-- leaflet-audit: enable=spelling.unknown -->\n\nThe frobnicator three.\n"
    )
    found = spelling(text, "markdown", schema)
    assert found == [
        ("spelling.unknown", "frobnicator"),
        ("spelling.run-on", "tumoursfrom"),
        ("spelling.unknown", "frobnicator"),
    ]


def test_html_family_and_open_ended_suppression(schema):
    text = "<h1>T</h1><p>The frobnicator one.</p>\n<!-- leaflet-audit: disable=spelling -->\n<p>frobnicator tumoursfrom</p>\n"
    assert spelling(text, "html", schema) == [("spelling.unknown", "frobnicator")]


def test_disable_without_rules_silences_everything_until_enabled():
    regions = find_suppressions("a\n<!-- leaflet-audit: disable -->\nb\n<!-- leaflet-audit: enable -->\nc\n")
    assert [(r.rule, r.start_line, r.end_line) for r in regions] == [("*", 2, 4)]
    assert regions[0].covers("readability.grade", 3) and not regions[0].covers("readability.grade", 5)


def test_plain_text_has_no_comments_to_obey(schema):
    text = "Title\n\nWhat is it?\n\n<!-- leaflet-audit: disable -->\nThe frobnicator helps.\n"
    assert ("spelling.unknown", "frobnicator") in spelling(text, "text", schema)
