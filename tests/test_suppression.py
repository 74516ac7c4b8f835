from __future__ import annotations

import random

import pytest

from audit.checks import all_rules
from audit.engine import audit_leaflet
from audit.load import load_text
from audit.load.suppressions import find_suppressions
from audit.model import Suppression
from audit.silenced import Silenced

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
    silenced = Silenced(regions)
    assert silenced.covers("readability.grade", 3) and not silenced.covers("readability.grade", 5)


def test_plain_text_has_no_comments_to_obey(schema):
    text = "Title\n\nWhat is it?\n\n<!-- leaflet-audit: disable -->\nThe frobnicator helps.\n"
    assert ("spelling.unknown", "frobnicator") in spelling(text, "text", schema)


def _named(rule: str, rule_id: str) -> bool:
    """The documented meaning of a suppression's rule name: '*', the id itself, or a family of it."""
    name = rule.removesuffix(".*")
    return name == "*" or rule_id == name or rule_id.startswith(name + ".")


def test_the_index_silences_exactly_what_each_region_names_at_its_lines():
    chance = random.Random(7)
    names = ["*", "spelling", "spelling.*", "spelling.unknown", "readability.grade", "sections"]
    for _ in range(200):
        regions = []
        for _ in range(chance.randrange(0, 8)):
            start = chance.randrange(1, 60)
            regions.append(Suppression(chance.choice(names), start, start + chance.randrange(0, 15)))
        silenced = Silenced(regions)
        for rule_id in ("spelling.unknown", "spelling.run-on", "readability.grade", "sections.missing"):
            for line in range(1, 80):
                expected = any(_named(r.rule, rule_id) and r.start_line <= line <= r.end_line for r in regions)
                assert silenced.covers(rule_id, line) == expected, (regions, rule_id, line)


def test_an_unclosed_suppression_comment_is_no_directive_and_reads_at_once():
    text = "# T\n\nText.\n\n<!-- leaflet-audit: disable=" + " " * 200_000 + "\n"  # backtracked for minutes once
    assert find_suppressions(text) == ()


def test_thousands_of_suppression_comments_are_each_read_at_their_line():
    pair = "<!-- leaflet-audit: disable=spelling -->\nText.\n<!-- leaflet-audit: enable=spelling -->\n"
    regions = find_suppressions(pair * 20_000)
    assert len(regions) == 20_000
    assert (regions[-1].start_line, regions[-1].end_line) == (59_998, 60_000)


def test_disable_with_an_empty_list_silences_nothing():
    assert find_suppressions("a\n<!-- leaflet-audit: disable= -->\nb\n") == ()


def test_a_suppression_naming_no_rule_is_a_warning_at_its_line_with_the_nearest_name(schema):
    text = "# T\n\nText.\n\n<!-- leaflet-audit: disable=spelling.unknwon -->\n\nThe frobnicator.\n"
    leaflet = load_text(text, "x.md", "markdown")
    found = [f for f in audit_leaflet(leaflet, schema).findings if f.rule == "suppressions.unknown-rule"]
    assert [(f.line, f.text) for f in found] == [(5, "spelling.unknwon")]
    assert "did you mean 'spelling.unknown'?" in found[0].message


@pytest.mark.parametrize(("comment", "warned_at"), [
    ("<!-- leaflet-audit: disable-next-line spelling -->", [5]),
    ("<!-- leaflet-audit disable=spelling -->", [5]),
    ("<!-- leaflet-audit: ignore=spelling -->", [5]),
    ("<!-- leaflet-audit: disable=spelling -->", []),  # suppressions the tool reads, and other comments
    ("<!-- leaflet-audit: enable -->", []),
    ("<!-- an editor's note about leaflet audits -->", []),
    ("<!-- TODO: check the dose -->", []),
    ("<!-- Leaflet audit: checked by the patient panel, May 2026 -->", []),  # an editor's note, not the tool's name
])
def test_a_comment_to_the_tool_that_it_cannot_read_is_a_warning_at_its_line(schema, comment, warned_at):
    text = f"# T\n\nText.\n\n{comment}\n\nThe frobnicator.\n"
    found = [f for f in audit_leaflet(load_text(text, "x.md", "markdown"), schema).findings
             if f.rule == "suppressions.malformed"]
    assert [f.line for f in found] == warned_at
    assert all("silences nothing" in f.message for f in found)
