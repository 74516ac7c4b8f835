from __future__ import annotations

import re

import pytest

from audit.schema import SchemaError, load_schema, parse_schema

MINIMAL = """
name = "tiny"
title = "Tiny"
[[sections]]
id = "risks"
title = "Risks"
example = "Risks"
phrases = ['risks?']
"""


def test_default_schema_requires_the_six_sections_in_order(schema):
    assert schema.name == "patient-leaflet"
    assert schema.section_ids == ["definition", "causes", "diagnosis", "treatments", "risks", "follow-up"]
    assert all(section.min_words > 0 for section in schema.sections)


def test_project_schemas_folder_holds_the_default_schema(schema):
    from tests.conftest import PROJECT

    assert load_schema(PROJECT / "schemas" / "patient-leaflet.toml") == schema


def test_every_phrase_of_the_built_in_schema_compiles_though_it_is_read_trusted(schema):
    from audit.schema import phrase_pattern

    phrases = [p for s in (*schema.sections, *schema.extras) for p in (*s.phrases, *getattr(s, "fallback", []))]
    assert len(phrases) > 100
    for phrase in phrases:
        re.compile(phrase_pattern(phrase))


def test_a_schema_not_built_in_has_every_phrase_compiled_when_read():
    with pytest.raises(SchemaError, match="not a valid regular expression"):
        parse_schema(MINIMAL.replace("'risks?'", "'risks?', 'a)|(b'"), "tiny.toml")


def test_a_bad_phrase_is_placed_in_the_phrase_as_written():
    with pytest.raises(SchemaError, match=r"phrase 'risks\?\(' .* at position 6"):
        parse_schema(MINIMAL.replace("'risks?'", "'risks?('"), "tiny.toml")


def test_a_bad_phrase_after_the_topic_is_placed_in_the_phrase_as_written():
    with pytest.raises(SchemaError, match=r"at position 14"):
        parse_schema(MINIMAL.replace("'risks?'", "'{topic} risks?('"), "tiny.toml")


def test_a_mistyped_key_inside_a_section_is_named_with_the_key_it_resembles():
    with pytest.raises(SchemaError, match=r"sections\.0\.mnwords: unknown key \(did you mean 'min_words'\?\)"):
        parse_schema(MINIMAL + "mnwords = 3\n", "tiny.toml")


def test_minimal_schema_gets_documented_defaults():
    loaded = parse_schema(MINIMAL, "tiny.toml")
    assert loaded.sections[0].min_words == 20
    assert loaded.language is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("phrases = ['risks?']", "phrases = ['risks(']"), r"tiny.toml: sections.0.phrases: .*not a valid regular"),
        (("id = \"risks\"", "id = \"Risks!\""), r"tiny.toml: sections.0.id: String should match pattern"),
        (("title = \"Risks\"", "title = \"Risks\"\nmin_words = -1"), r"tiny.toml: sections.0.min_words: .*greater"),
        (("name = \"tiny\"", "name = \"tiny\"\nintro_section = \"nope\""), r"tiny.toml: .*intro_section 'nope'"),
        (("name = \"tiny\"", "name = \"tiny\"\ncolour = \"red\""), r"tiny.toml: colour: unknown key"),
        (("[[sections]]", "[[sections"), r"tiny.toml: not valid TOML"),
    ],
)
def test_broken_schema_error_names_the_file_and_the_field(change, message):
    with pytest.raises(SchemaError, match=message) as raised:
        parse_schema(MINIMAL.replace(*change), "tiny.toml")
    assert "\n" not in str(raised.value)


def test_repeated_section_ids_are_refused():
    doubled = MINIMAL + MINIMAL[MINIMAL.index("[[sections]]"):]
    with pytest.raises(SchemaError, match="repeated: risks"):
        parse_schema(doubled, "tiny.toml")


def test_unreadable_schema_file_is_a_schema_error(tmp_path):
    with pytest.raises(SchemaError, match=r"absent\.toml: cannot read schema: No such file or directory$"):
        load_schema(tmp_path / "absent.toml")
