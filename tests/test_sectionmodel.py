"""The section model: its features, its scoring, how its verdict meets the phrases', and the shipped weights."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from audit.engine import audit_path
from audit.load import load_text
from audit.schema import load_schema
from audit.sectionmodel import Score, SectionModel, features
from audit.structure import (
    ACCEPT,
    CONFIRM,
    OVERRIDE,
    SECOND,
    UNCLAIMED,
    SectionMatcher,
    decided_ids,
    doubted_ids,
    kept_alone,
    section_model,
    unclaimed_ids,
)
from tests.conftest import FIXTURES

# A hand-made model, not the shipped one: the tests say how scoring works, not what the corpus taught.
TOY = SectionModel({
    "bias": {"risks": -2.0, "causes": -2.0},
    "weights": {"risks": {"b:bleeding": 3.0, "b:infection": 1.5}, "causes": {"h:why": 2.5}},
})


def test_features_mask_the_topic_and_read_heading_question_body_position_and_phrases():
    found = features("what is TOPIC", "Bleeding happens in about 1 in 50 people.", 0.0, ("definition",))
    assert {"h:TOPIC", "hh:what is", "q:what is", "b:bleeding", "b:<frequency>", "pos:0", "p:definition"} <= set(found)
    assert "b:in" not in found  # stop words say nothing
    assert "b:<cause>" in features("where TOPIC come from", "Stones form when urine is too strong.", 0.2, ())
    assert "b:<cause>" in features("", "It runs in families and is more likely after fifty.", 0.2, ())
    assert "b:<cause>" not in features("", "The scan takes ten minutes and does not hurt.", 0.2, ())
    assert features("", "", 1.0, ())["p:none"] == 1.0


def test_a_definition_that_goes_on_to_say_why_it_happens_joins_its_phrase_to_the_causes_given():
    opening = "An abscess is a pocket of pus. " + "It is walled off by the body. " * 20
    why = "Common causes include surgery, and it is more likely after an infection."
    found = features("what is TOPIC", opening + why, 0.1, ("definition",))
    assert {"b:<causes>", "p:definition&<causes>"} <= set(found)  # beyond the first 100 words, within 1,000 characters
    assert "p:definition&<causes>" not in features("what is TOPIC", opening, 0.1, ("definition",))
    assert "p:none&<causes>" in features("Understanding the problem", why, 0.1, ())


def test_scores_are_probabilities_and_their_evidence_the_features_that_weighed_most():
    found = {"b:bleeding": 1.0, "b:infection": 1.0}
    risks, causes = TOY.scores(found)
    assert risks.section == "risks" and risks.probability == pytest.approx(1 / (1 + 2.718281828 ** -2.5), rel=1e-6)
    assert causes.probability < 0.5
    assert risks.explain() == f"risks {risks.probability:.2f}"  # evidence is worked out only when asked for
    assert TOY.explained(risks, found).evidence == ("b:bleeding", "b:infection")
    assert TOY.explained(risks, found).explain() == f"risks {risks.probability:.2f} (bleeding, infection)"
    assert TOY.scores(found, explained=2)[1].evidence == ()


def _scores(*pairs: tuple[str, float]) -> list[Score]:
    return [Score(section, probability, ()) for section, probability in pairs]


def test_phrases_stand_unless_the_model_is_sure_of_an_id_they_did_not_name():
    phrases = ("causes",)
    assert decided_ids(phrases, _scores(("risks", OVERRIDE - 0.01))) == ([("causes", True)], True)
    assert decided_ids(phrases, _scores(("risks", OVERRIDE))) == ([("risks", True)], False)
    both = ("diagnosis", "treatments")
    assert decided_ids(both, _scores(("treatments", 0.9), ("diagnosis", 0.2))) == (
        [("diagnosis", True), ("treatments", True)], True)


def test_without_a_phrase_the_model_matches_asks_to_confirm_or_leaves_the_heading_extra():
    assert decided_ids((), _scores(("causes", SECOND + 0.1), ("risks", SECOND))) == (
        [("causes", True), ("risks", True)], False)
    # a second id needs more than the first: the model offers second ids readily
    assert decided_ids((), _scores(("causes", SECOND + 0.1), ("risks", SECOND - 0.01))) == ([("causes", True)], False)
    assert decided_ids((), _scores(("causes", ACCEPT), ("risks", 0.4))) == ([("causes", True)], False)
    assert decided_ids((), _scores(("risks", CONFIRM), ("causes", 0.1))) == ([("risks", False)], False)
    assert decided_ids((), _scores(("risks", CONFIRM - 0.01))) == ([], False)


def test_a_required_id_no_section_got_goes_to_the_section_likeliest_to_be_it_if_likely_enough():
    rows = [_scores(("follow-up", 0.9), ("risks", 0.35)), _scores(("risks", 0.4)), _scores(("causes", UNCLAIMED))]
    added = unclaimed_ids([{"follow-up"}, set(), set()], rows, ["risks", "causes", "follow-up"])
    assert {index: [score.section for score in scores] for index, scores in added.items()} == {1: ["risks"], 2: ["causes"]}
    assert unclaimed_ids([{"risks"}, set()], rows[:2], ["risks"]) == {}  # present already: nothing is added
    # below CONFIRM, only a heading given no id whose likeliest reading it is
    assert unclaimed_ids([{"contact"}], [_scores(("contact", 0.9), ("causes", 0.25))], ["causes"]) == {}
    assert unclaimed_ids([set()], [_scores(("symptoms", 0.4), ("causes", 0.25))], ["causes"]) == {}
    # a heading given no id whose likeliest reading is the missing section takes it even at 0.15 (cross-validated)
    assert list(unclaimed_ids([set()], [_scores(("causes", 0.15), ("risks", 0.1))], ["causes"])) == [0]
    assert unclaimed_ids([set()], [_scores(("causes", UNCLAIMED - 0.01))], ["causes"]) == {}


def test_an_id_the_phrases_name_by_a_keyword_is_doubted_where_the_model_agrees_with_another_and_scarcely_gives_it():
    required = ["diagnosis", "follow-up", "risks"]
    agreeing = _scores(("follow-up", 0.98), ("diagnosis", CONFIRM - 0.01))
    assert doubted_ids(("follow-up", "diagnosis"), agreeing, required) == ("diagnosis",)  # "Recovery and scans"
    assert doubted_ids(("follow-up", "diagnosis"), _scores(("follow-up", 0.9), ("diagnosis", CONFIRM)), required) == ()
    assert doubted_ids(("follow-up",), agreeing, required) == ()  # one id named: nothing to choose between
    assert doubted_ids(("risks", "diagnosis"), agreeing, required) == ()  # the model agrees with neither


def test_a_doubted_id_no_other_section_has_is_kept_where_the_phrases_named_it():
    chosen = [{"treatments"}, {"follow-up"}, {"definition"}]
    assert kept_alone(chosen, [("diagnosis",), ("diagnosis",), ()]) == {0: ["diagnosis"]}
    assert kept_alone([{"treatments"}, {"diagnosis"}], [("diagnosis",), ()]) == {}


def test_a_leaflet_without_a_risks_heading_counts_the_section_whose_text_reads_as_risks_and_asks_to_confirm(schema):
    matcher = SectionMatcher(schema)
    matcher.model = TOY
    text = "# Kidney biopsy\n\n## Afterwards\n\nRest today and watch the site for infection.\n"
    (afterwards,) = matcher.match(load_text(text, "biopsy.md", "markdown"))
    assert afterwards.ids == ("follow-up", "risks")
    assert afterwards.match.uncertain
    assert "also read as risks 0.38, which no other heading is" in afterwards.match.reason
    assert afterwards.match.to_confirm == "risks at 0.38, and no other heading reads as risks"


def test_a_reviewer_is_asked_to_confirm_in_plain_words_without_feature_names():
    from audit.structure import _in_plain_words

    score = Score("follow-up", 0.4, ("h:common questions", "pos:3", "b:common questions", "b:weeks"))
    assert _in_plain_words(score) == "follow-up at 0.40, from the words 'common questions', 'weeks'"
    assert _in_plain_words(Score("causes", 0.33, ())) == "causes at 0.33"


def test_a_leaflet_whose_headings_no_phrase_names_gets_its_six_sections_from_their_text(schema):
    result = audit_path(str(FIXTURES / "sections" / "unphrased.md"), schema)
    assert result.missing_sections == []
    by_heading = {s.heading: s for s in result.sections}
    assert by_heading["In a nutshell"].id == "definition"
    assert by_heading["Where stones come from"].id == "causes"  # near the threshold: see the README
    assert by_heading["Anything to worry about?"].id == "risks"
    assert by_heading["Pinning it down"].id == "diagnosis"
    assert all("model" in by_heading[h].matched_by for h in ("In a nutshell", "Pinning it down", "Anything to worry about?"))


def test_shipped_weights_record_how_they_were_trained():
    source = resources.files("audit.schemas").joinpath("patient-leaflet.weights.json")
    model = SectionModel(json.loads(source.read_text(encoding="utf-8")))
    assert set(model.meta) >= {"trained", "data", "cross_validated", "phrases_only"}
    assert model.meta["cross_validated"]["presence"] > model.meta["phrases_only"]["presence"]
    schema = load_schema()
    assert section_model(schema) is section_model(schema)


def test_a_risks_sub_heading_that_says_how_often_stays_in_the_risks_whatever_the_model_reads_in_it(schema):
    matcher = SectionMatcher(schema)
    matcher.model = SectionModel({"bias": {"treatments": -2.0},
                                  "weights": {"treatments": {"h:common": 5.0, "h:medicines": 5.0}}})
    text = ("# Kidney biopsy\n\n## What are the risks?\n\nBleeding happens to about 1 in 100 people.\n\n"
            "### Less common:\n\n- an infection\n\n### Medicines\n\nTake your usual medicines.\n")
    risks, medicines = matcher.match(load_text(text, "biopsy.md", "markdown"))
    assert risks.ids == ("risks",) and [part.heading.text for part in risks.parts] == ["What are the risks?",
                                                                                        "Less common:"]
    assert medicines.ids == ("treatments",)


def test_a_band_of_how_often_under_the_risks_in_plain_text_joins_them_though_every_heading_has_one_level(schema):
    matcher = SectionMatcher(schema)
    matcher.model = SectionModel({"bias": {"treatments": -2.0},
                                  "weights": {"treatments": {"h:serious": 5.0}}})
    text = ("Duodenal stent\n\nRisks and side effects\nEvery procedure has risks, and your doctor will talk them through.\n\n"
            "Uncommon but serious\nBleeding: about 1 in 50 people. A tear in the bowel wall, which may need an operation.\n\n"
            "Going home\nMost people go home the next day after the stent is put in.\n")
    sections = matcher.match(load_text(text, "stent.txt", "text"))
    assert [[part.heading.text for part in m.parts] for m in sections if m.section.heading] == [
        ["Risks and side effects", "Uncommon but serious"], ["Going home"]]
