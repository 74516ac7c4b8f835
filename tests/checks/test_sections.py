"""The sections.* rules, case by case from tests/cases/sections.toml."""

from __future__ import annotations

import re
import sys

import pytest

from audit.checks import all_rules
from audit.engine import audit_leaflet, audit_path
from audit.headings import HeadingMatcher, SchemaPhrases
from audit.load import load_text
from tests.conftest import CASES

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

BODY = (
    "This paragraph stands in for the body of a section. It has enough words to pass any minimum the "
    "default schema sets, so that only the structure of the leaflet decides which findings are expected."
)
CASE_DATA = tomllib.loads((CASES / "sections.toml").read_text(encoding="utf-8"))["case"]


def audit_case(case, schema):
    text = case["text"].replace("{body}", BODY)
    matcher = HeadingMatcher(SchemaPhrases(schema))
    leaflet = load_text(text, f"case.{case['format']}", case["format"], lambda t: matcher.match(t).matched)
    return audit_leaflet(leaflet, schema, [r for r in all_rules().values() if r.id.startswith("sections.")])


@pytest.mark.parametrize("case", CASE_DATA, ids=[case["name"] for case in CASE_DATA])
def test_section_rules_find_exactly_the_expected_findings(case, schema):
    result = audit_case(case, schema)
    found = [[f.rule, f.section, f.line] for f in result.findings if f.rule.startswith("sections.")]
    assert found == case["expect"]


def test_missing_section_message_and_suggestion_use_the_topic(schema):
    case = next(c for c in CASE_DATA if c["name"].startswith("missing risks"))
    finding = audit_case(case, schema).findings[0]
    assert finding.severity.value == "error"
    assert finding.suggestions == ["What are the risks?"]
    assert "Risks" in finding.message


@pytest.mark.parametrize(("title", "suggested"), [
    ("Having a PICC line", "What causes it?"),  # nothing causes a procedure: the heading speaks of "it"
    ("Having a PICC line put in", "What causes it?"),
    ("Liver biopsy: patient information", "What causes it?"),
    ("PICC line: a guide for patients and families", "What causes it?"),
    ("Bone metastases", "What causes bone metastases?"),
    ("Bone metastases – what you need to know", "What causes bone metastases?"),
    ("About liver cancer", "What causes liver cancer?"),
    ("Inferior Petrosal Sinus Sampling (IPSS)", "What causes it?"),
    ("Hepatocellular carcinoma (HCC)", "What causes hepatocellular carcinoma (HCC)?"),
    ("Gastroscopy", "What causes it?"),  # a new user's leaflets were offered "What causes gastroscopy?"
    ("Knee arthroscopy", "What causes it?"),
    ("Having a nephrectomy", "What causes it?"),
    ("Gastritis", "What causes gastritis?"),
])
def test_a_missing_sections_suggestion_names_the_topic_without_the_titles_framing(schema, title, suggested):
    leaflet = load_text(f"# {title}\n\n## What is it?\n\n{BODY}\n", "case.md", "markdown")
    result = audit_leaflet(leaflet, schema, [all_rules()["sections.missing"]])
    causes = next(f for f in result.findings if f.section == "causes")
    assert causes.suggestions == [suggested]


@pytest.mark.parametrize("title, suggested", [
    ("Fibroid embolisation", "What happens during fibroid embolisation?"),
    ("Liver cancer", "How is liver cancer treated?"),
])
def test_a_missing_treatments_section_is_suggested_as_a_procedure_or_a_condition_reads(schema, title, suggested):
    leaflet = load_text(f"# {title}\n\n## What is it?\n\n{BODY}\n", "case.md", "markdown")
    result = audit_leaflet(leaflet, schema, [all_rules()["sections.missing"]])
    treatments = next(f for f in result.findings if f.section == "treatments")
    assert treatments.suggestions == [suggested]


def test_thin_section_finding_spans_its_heading_and_gives_counts(schema):
    case = next(c for c in CASE_DATA if c["name"].startswith("thin"))
    finding = audit_case(case, schema).findings[0]
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (19, 1, 19, 20)
    assert finding.text == "What are the risks?"
    assert "4 words" in finding.message and "at least 15" in finding.message


def test_order_finding_says_where_the_section_belongs(schema):
    case = next(c for c in CASE_DATA if c["name"].startswith("treatment after risks"))
    finding = audit_case(case, schema).findings[0]
    assert finding.message == (
        "Section 'Treatments' comes after 'Risks' (line 5); it usually comes before it."
    )


def test_order_is_judged_by_place_in_the_text_where_a_tab_row_puts_every_label_above_the_panels(schema):
    page = CASES.parent / "corpora" / "sections" / "frozen-2026-12-04p" / "inferior-petrosal-sinus-sampling-us.html"
    result = audit_path(str(page), schema)
    order = [f for f in result.findings if f.rule == "sections.order"]
    # the risks panel (line 77) stands below the follow-up text that its fold's writer labelled at the tab "What You
    # Can Expect" (line 36, treatments and follow-up) and at "After the procedure" inside that panel (line 72):
    # either is the follow-up the risks come after, as the model reads the tab one way or the other
    assert [(f.section, f.message.split(" (line")[0]) for f in order] == [
        ("risks", "Section 'Risks' comes after 'Follow-up'")]
    assert re.search(r"\(line (36|72)\)", order[0].message)


def test_every_rule_is_documented_in_the_ruff_shape():
    for registered in all_rules().values():
        doc = registered.documentation
        for part in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
            assert part in doc, f"{registered.id} lacks {part}"


def test_a_thin_section_counts_its_words_in_the_right_number(schema):
    text = "# Lung biopsy\n\n## What are the risks?\n\nBleeding.\n\n## Aftercare\n\nYou go home the same day, after a rest.\n"
    messages = [f.message for f in audit_case({"text": text, "format": "markdown"}, schema).findings
                if f.rule == "sections.empty"]
    assert "Section 'Risks' has 1 word of text; at least 15 expected." in messages
    assert any(message.startswith("Section 'Follow-up' has 9 words of text") for message in messages)


_PROCEDURE_LEAFLET = """# Uterine fibroid embolisation (UFE)

## What are fibroids?

Fibroids are growths of muscle in the wall of the womb. They are not cancer, and many women never know they have them.

## Why do fibroids happen?

Nobody knows exactly why fibroids grow, but the body's own hormones play a part in how big they get.

## How are fibroids found?

An ultrasound scan or an MRI scan shows where the fibroids are and how large they have grown.

## {asked}

Fibroid embolisation is a way to shrink fibroids without an operation. It is also known as uterine artery embolisation.

## What are the risks?

About 1 in 100 women get an infection in the womb that needs antibiotics, and about 1 in 20 pass a piece of fibroid.

## Aftercare

Most women go home the next day and are back at work within two weeks of the procedure.
"""


@pytest.mark.parametrize(("asked", "missing"), [
    ("What is fibroid embolisation?", False),
    ("What is embolisation (UFE)?", False),
    ("What is the womb?", True),
])
def test_a_procedure_explained_under_what_is_it_is_its_treatments_to_confirm_not_missing(schema, asked, missing):
    leaflet = load_text(_PROCEDURE_LEAFLET.format(asked=asked), "ufe.md", "markdown")
    rules = [all_rules()["sections.missing"], all_rules()["sections.uncertain"]]
    found = {(f.rule, f.line) for f in audit_leaflet(leaflet, schema, rules).findings}
    assert (("sections.missing", 1) in found) is missing
    assert (("sections.uncertain", 15) in found) is not missing


def test_a_section_only_guessed_at_is_asked_about_not_also_called_thin(schema):
    text = (f"# Liver biopsy\n\n## What is a liver biopsy?\n\nA needle takes a small piece of your liver to look at.\n\n"
            f"## Possible complications\n\n{BODY}\n\n## Aftercare\n\n{BODY}\n")
    result = audit_leaflet(load_text(text, "case.md", "markdown"), schema)
    asked = [f for f in result.findings if f.rule == "sections.uncertain"]
    assert asked and "treatments" in asked[0].message
    assert not [f for f in result.findings if f.rule == "sections.empty" and f.section == "treatments"]
    definition_thin = [f for f in result.findings if f.rule == "sections.empty" and f.section == "definition"]
    assert definition_thin  # the heading's own, sure id is still judged


def test_a_definition_that_says_why_the_condition_arises_covers_causes_too(schema):
    text = ("# Varicocele\n\n## What is a varicocele?\n\nA varicocele is a swelling of the veins inside the scrotum. "
            "It happens because the valves inside the veins do not work properly, so blood pools and the veins "
            "stretch. It is more common on the left side and usually starts during puberty.\n")
    result = audit_leaflet(load_text(text, "case.md", "markdown"), schema, [all_rules()["sections.missing"]])
    section = result.sections[0]
    assert section.covers == ["definition", "causes"]  # the heading's own id first, the body's beside it
    assert "model adds causes" in section.matched_by
    assert "causes" not in {finding.section for finding in result.findings}
