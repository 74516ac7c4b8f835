from __future__ import annotations

import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from audit.checks import all_rules
from audit.cli import app
from audit.engine import audit_leaflet, audit_path
from audit.load import load_text
from tests.conftest import FIXTURES, PROJECT

runner = CliRunner()
READABILITY = [r for r in all_rules().values() if r.id.startswith("readability.")]
SIXTY_WORDS = " ".join(["word"] * 10 + ["and", "the", "patient", "will", "then", "go", "home", "after", "a", "rest"] * 5)


def audit_text(text: str, schema, name: str = "x.md"):
    return audit_leaflet(load_text(text, name, "markdown"), schema, READABILITY)


def test_one_sixty_word_sentence_is_reported_with_its_exact_span(schema):
    text = f"# T\n\n## What are the risks?\n\n{SIXTY_WORDS.capitalize()}.\n"
    result = audit_text(text, schema)
    (finding,) = [f for f in result.findings if f.rule == "readability.long-sentence"]
    assert finding.message == "Sentence of 60 words; aim for 25 or fewer."
    assert (finding.line, finding.column, finding.end_line) == (5, 1, 5)
    assert finding.end_column == len(SIXTY_WORDS) + 2
    assert finding.text.endswith("rest.")
    assert finding.section == "risks"


def test_plain_leaflet_at_grade_six_or_less_has_no_grade_finding(schema):
    result = audit_path(str(FIXTURES / "readability" / "plain.md"), schema, rules=READABILITY)
    assert result.readability.consensus_grade <= 6
    assert result.readability.flesch_reading_ease >= 80
    assert [f for f in result.findings if f.rule == "readability.grade"] == []


def test_hard_leaflet_gets_a_grade_finding_naming_every_formula(schema):
    hard = (
        "Percutaneous thermal ablation constitutes a minimally invasive therapeutic modality utilised for "
        "the eradication of neoplastic lesions, particularly hepatocellular carcinoma and colorectal "
        "metastases, in individuals considered unsuitable for surgical resection. "
    )
    result = audit_text(f"# Ablation\n\n## What is ablation?\n\n{hard * 3}\n", schema)
    grades = [f for f in result.findings if f.rule == "readability.grade"]
    assert len(grades) == 2  # the leaflet and its one long-enough section
    assert "consensus of FKGL" in grades[0].message and "above the target of 8" in grades[0].message


def test_short_sections_are_not_graded_on_their_own(schema):
    hard = "Percutaneous thermal ablation constitutes a therapeutic modality."
    result = audit_text(f"# A\n\n## Risks\n\n{hard}\n", schema)
    assert [f.section for f in result.findings if f.rule == "readability.grade"] == [None]


def test_hard_words_get_plain_alternatives(schema):
    result = audit_text("# T\n\nTreatment will commence approximately one week prior to surgery.\n", schema)
    found = [(f.text, f.suggestions[0]) for f in result.findings if f.rule == "readability.hard-word"]
    assert found == [("commence", "start"), ("approximately", "about"), ("prior to", "before")]


def test_hard_words_are_found_in_any_case_and_beside_letters_english_does_not_use(schema):
    text = "# T\n\nWe Commence at the café APPROXIMATELY at nine, Prior To lunch; not recommenced.\n"
    result = audit_text(text, schema)
    found = [(f.text, f.suggestions[0], f.column) for f in result.findings if f.rule == "readability.hard-word"]
    assert found == [("Commence", "Start", 4), ("APPROXIMATELY", "About", 25), ("Prior To", "Before", 48)]


def test_headings_and_table_cells_are_not_counted_as_prose(schema):
    result = audit_text("# Title words\n\n## A heading here\n\n| cell one | cell two |\n|---|---|\n| x | y |\n\nOne short sentence.\n", schema)
    assert (result.readability.words, result.readability.sentences) == (3, 1)


def test_seed_page_prose_counts_and_scores(seed_page, schema):
    result = audit_path(str(seed_page), schema, rules=READABILITY)
    r = result.readability
    assert r.sentences == 16
    assert abs(r.words - 303) <= 3
    assert abs(r.flesch_kincaid_grade - 10.3) <= 0.2
    assert abs(r.flesch_reading_ease - 55.3) <= 1
    assert r.syllables == 474


OFFLINE = """
import json, socket, sys
def refuse(*args, **kwargs):
    raise OSError("network disabled for this test")
socket.socket = refuse
socket.create_connection = refuse
from audit.engine import audit_path
from audit.schema import load_schema
result = audit_path(sys.argv[1], load_schema())
print(result.readability.model_dump_json())
print("nltk" in sys.modules)
"""


def test_readability_is_identical_with_no_network_and_no_nltk_data(tmp_path, schema):
    leaflet = str(PROJECT / "leaflets" / "bone-metastases.md")
    env = {**os.environ, "NLTK_DATA": str(tmp_path / "no-nltk-data"), "HOME": str(tmp_path)}
    completed = subprocess.run([sys.executable, "-c", OFFLINE, leaflet], capture_output=True, text=True,
                               env=env, cwd=PROJECT, check=True)
    offline, nltk_imported = completed.stdout.splitlines()
    assert json.loads(offline) == audit_path(leaflet, schema).readability.model_dump()
    assert nltk_imported == "False"


def test_readability_command_prints_a_row_per_section_and_json_has_the_same_fields():
    path = str(PROJECT / "leaflets" / "lung-ablation.md")
    table = runner.invoke(app, ["readability", path])
    assert table.exit_code == 0
    assert "(whole leaflet)" in table.stdout and "What is lung ablation?" in table.stdout
    assert "FKGL" in table.stdout and "spread" in table.stdout
    assert "FKGL = flesch_kincaid_grade" in table.stdout and "grade = consensus_grade" in table.stdout
    document = json.loads(runner.invoke(app, ["readability", path, "--format", "json"]).stdout)
    leaflet = document["leaflets"][0]
    assert set(leaflet["readability"]) == set(leaflet["sections"][0]["readability"])
    assert leaflet["readability"]["words"] == sum(s["readability"]["words"] for s in leaflet["sections"])


def test_short_sentence_of_long_words_is_hard_and_a_plain_one_is_not(schema):
    text = ("# T\n\n## What is it?\n\nPercutaneous thermal ablation necessitates intravenous sedation and "
            "sophisticated radiological guidance. You can go home the same day if you feel well.\n")
    found = [f for f in audit_text(text, schema).findings if f.rule == "readability.hard-sentence"]
    assert [f.text for f in found] == [
        "Percutaneous thermal ablation necessitates intravenous sedation and sophisticated radiological guidance."
    ]
    assert found[0].severity.value == "info" and "Flesch-Kincaid grade" in found[0].message


PLAIN_BODY = ("# Liver ablation\n\n## What is it?\n\nAblation kills a tumour with heat. We put a thin needle through your "
              "skin. You can go home the next day. Most people feel well within a week.\n")


def test_references_citations_and_credits_are_not_read_as_the_readers_sentences(schema):
    record = (
        "\n## References\n\n"
        "1. Smith J, Jones K, et al. Percutaneous radiofrequency ablation of hepatocellular carcinoma: long-term "
        "outcomes. Radiology. 2021;298(3):123-131.\n\n"
        "## Aftercare\n\nRest for a day. Written by the Interventional Radiology Department, Royal Anytown Hospital "
        "NHS Foundation Trust.\n\n**Sources**\n\nNational Institute for Health and Care Excellence. Microwave ablation "
        "for primary liver cancer: interventional procedures guidance.\n"
    )
    plain = audit_text(PLAIN_BODY, schema)
    with_record = audit_text(PLAIN_BODY + record, schema)
    assert with_record.readability.sentences == plain.readability.sentences + 1  # "Rest for a day."
    assert with_record.readability.consensus_grade <= plain.readability.consensus_grade
    assert [f.rule for f in with_record.findings] == []


def test_a_list_under_a_line_that_announces_sources_is_not_measured(schema):
    cited = ("\nThis leaflet is based on:\n\n- Guidance on the percutaneous management of hepatocellular carcinoma "
             "from the European Association for the Study of the Liver\n")
    assert audit_text(PLAIN_BODY + cited, schema).readability == audit_text(PLAIN_BODY, schema).readability


def test_readability_table_marks_the_sections_too_short_to_be_judged():
    table = runner.invoke(app, ["readability", str(PROJECT / "leaflets" / "bone-metastases.md")]).stdout
    rows = {line.split("  ")[1].strip(): line for line in table.splitlines() if line.startswith("  ") and "  " in line[2:]}
    assert rows["Contact us"].endswith("(under 50 words: not judged)")
    assert not rows["How are they treated?"].endswith("not judged)")


def test_readability_table_says_which_sections_are_above_the_target_and_why_the_run_fails(tmp_path):
    hard = ("Following administration of the anaesthetic preparation, the interventional radiologist will "
            "percutaneously introduce the ablation electrode under continuous computed tomographic guidance, "
            "subsequently confirming satisfactory positioning prior to energy delivery. ") * 3
    easy = "You can go home the same day. Someone must drive you. Rest for a day or two and drink plenty. " * 4
    leaflet = tmp_path / "hard.md"
    leaflet.write_text(f"# Liver ablation\n\n## What happens\n\n{hard}\n\n## Going home\n\n{easy}\n", encoding="utf-8")
    result = runner.invoke(app, ["readability", str(leaflet), "--fail-on", "warning"])
    rows = {line.split("  ")[1].strip(): line for line in result.stdout.splitlines() if line.startswith("  ")}
    assert rows["What happens"].endswith("(above the target, grade 8)")
    assert not rows["Going home"].endswith(")")
    assert "warning [readability.grade] Section 'What happens'" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("1 leaflet: 0 passed, 1 failed (fail-on: warning, target grade 8)")
    assert result.exit_code == 1
