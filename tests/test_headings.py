"""The heading matcher on every case in tests/cases/headings*.toml (cases are data: add a line, not a test)."""

from __future__ import annotations

import sys

import pytest

from audit.headings import HeadingMatcher, SchemaPhrases, normalise
from tests.conftest import CASES

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def _cases():
    for path in sorted(CASES.glob("headings*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for group in data["group"]:
            for heading, expected in group["cases"]:
                yield pytest.param(group["title"], heading, expected.split(), id=f"{path.stem}:{heading}")


@pytest.mark.parametrize(("title", "heading", "expected"), list(_cases()))
def test_heading_maps_to_the_sections_a_reviewer_would_choose(schema, title, heading, expected):
    match = HeadingMatcher(SchemaPhrases(schema), title).match(heading)
    assert list(match.sections) == expected, match.reason


def test_normalise_folds_case_quotes_ampersands_and_punctuation():
    assert normalise("Risks & ‘Side-Effects’?") == "risks and side effects"


@pytest.mark.parametrize("heading", ["2. What is it?", "Q: What is it?", "iv) What is it?", "Step 3: What is it?"])
def test_numbering_before_a_heading_is_ignored(schema, heading):
    assert normalise(heading) == "what is it"
    assert HeadingMatcher(SchemaPhrases(schema)).match(heading).sections == ("definition",)


def test_reason_names_the_phrase_that_matched(schema):
    match = HeadingMatcher(SchemaPhrases(schema), "Bone metastases").match("Causes and risk factors")
    assert "'risk factors' matched causes phrase" in match.reason


def test_reason_quotes_the_phrase_as_the_schema_writes_it(schema):
    match = HeadingMatcher(SchemaPhrases(schema), "Bone metastases").match("How is it diagnosed?")
    assert "phrase 'diagnos\\w*'" in match.reason  # one backslash, not a repr's two


def test_heading_matching_nothing_says_so(schema):
    match = HeadingMatcher(SchemaPhrases(schema), "Bone metastases").match("Will it hurt?")
    assert not match.matched
    assert "no phrase" in match.reason


def test_extra_section_is_named(schema):
    match = HeadingMatcher(SchemaPhrases(schema)).match("Preparing for the procedure")
    assert match.sections == ()
    assert match.extras == ("preparation",)


def test_title_word_that_names_a_section_is_not_taken_as_the_topic(schema):
    match = HeadingMatcher(SchemaPhrases(schema), "Treatment of bone metastases").match("Treatment options")
    assert match.sections == ("treatments",)


def test_phrases_the_fast_engine_cannot_run_are_still_tried_by_pythons(schema):
    risks = next(s for s in schema.sections if s.id == "risks")
    # a lookbehind of its own and a group name used twice: RE2 takes neither
    own_words = risks.model_copy(update={"phrases": [
        "(?<!no )(?P<w>hazards?)", "(?P<w>perils?)(?P=w)?", r"dangers? (?<![\w'])list",
    ]})
    own = schema.model_copy(update={"sections": [own_words if s.id == "risks" else s for s in schema.sections]})
    phrases = SchemaPhrases(own)
    assert HeadingMatcher(phrases).match("Perils of the procedure").sections == ("risks",)
    assert HeadingMatcher(phrases).match("Hazards").sections == ("risks",)
    assert HeadingMatcher(phrases).match("No hazards").sections == ()
    assert HeadingMatcher(phrases).match("Danger list").sections == ("risks",)  # a whole-word test inside


def test_contractions_in_a_heading_are_read_as_the_words_they_stand_for(schema):
    from audit.headings import HeadingMatcher, SchemaPhrases, normalise

    assert normalise("What’s a central line?") == "what is a central line"
    assert normalise("What if I don't have it?") == "what if i do not have it"
    assert normalise("Patient's guide") == "patient's guide"
    matcher = HeadingMatcher(SchemaPhrases(schema), "Central line")
    assert matcher.match("What's a central line?").sections == ("definition",)


@pytest.fixture(scope="module")
def matched_with_re2(schema):
    return [HeadingMatcher(SchemaPhrases(schema), "Bone metastases").match(h) for h in RE2_HEADINGS]


RE2_HEADINGS = ["What are bone metastases?", "Possible complications", "Aftercare", "Your questions", "Will it hurt?"]


def test_headings_are_matched_the_same_without_google_re2_installed(schema, matched_with_re2, without_re2):
    without = [HeadingMatcher(SchemaPhrases(schema), "Bone metastases").match(h) for h in RE2_HEADINGS]
    assert without == matched_with_re2
    assert [m.sections for m in without][:3] == [("definition",), ("risks",), ("follow-up",)]
