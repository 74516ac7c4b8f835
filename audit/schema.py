"""The leaflet-schema format: which sections a leaflet needs and how to recognise their headings.

A schema is data (TOML in ``schemas/``); these pydantic models are its only
definition, and ``leaflet-audit schema export`` publishes their JSON Schema for
editors. The default schema, ``patient-leaflet``, ships inside the package.
"""

from __future__ import annotations

import difflib
import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import ErrorDetails

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DEFAULT_SCHEMA = "patient-leaflet"

SectionId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$", description="Stable id, used in findings and JSON.")]
Phrase = Annotated[
    str,
    Field(
        description=(
            "A regular expression matched against the normalised heading: lower case, "
            "punctuation turned into spaces, '&' into 'and'. Word boundaries are added around it. "
            "'{topic}' stands for the leaflet's subject (words of its title) or a pronoun for it."
        )
    ),
]


_TOPIC_PATTERN = (
    r"(?:(?:the |a |an |your |my |this )?TOPIC|it|this|they|them|these|this condition|the condition|this procedure|the procedure|"
    r"this treatment|the treatment|the cancer|cancer)"
)


def phrase_pattern(phrase: str) -> str:
    """A phrase as headings are matched with it: '{topic}' filled in, whole words only."""
    body = phrase.replace("{topic}", _TOPIC_PATTERN)
    return rf"(?<![\w']){body}(?![\w'])"


@cache
def compiled_phrase(phrase: str) -> re.Pattern[str]:
    """Compiled once a process, and only when needed: a run tries a phrase only where its section's
    alternation (:mod:`audit.headings`) matched a heading."""
    return re.compile(phrase_pattern(phrase))


def _as_written(phrase: str, error: re.error) -> re.error:
    """The error as the phrase is written: its position counted in the phrase, not in the pattern built round it
    ("missing ), unterminated subpattern at position 5" for 'risks?(')."""
    try:
        re.compile(phrase.replace("{topic}", "XTOPICX"))  # as long as "{topic}": positions after it hold
    except re.error as own:
        return own
    return error


def _usable_phrases(phrases: list[str], info: ValidationInfo) -> list[str]:
    """Each phrase compiles, and cannot backtrack without end. The built-in schema is read as trusted
    (its test compiles every phrase): compiling its two hundred phrases cost every run 30 ms."""
    trusted = bool(info.context and info.context.get("trusted"))
    for phrase in phrases:
        try:
            if not trusted:
                compiled_phrase(phrase)
        except re.error as error:
            raise ValueError(f"phrase {phrase!r} is not a valid regular expression: {_as_written(phrase, error)}") from None
        if repeats_a_repetition(phrase):
            raise ValueError(
                f"phrase {phrase!r} repeats a repetition, as in '(a+)+': on some headings such a pattern takes "
                "longer than any audit can wait; write it without the outer or the inner repeat"
            )
    return phrases


def repeats_a_repetition(pattern: str) -> bool:
    """Whether a group holding ``*``, ``+`` or ``{m,n}`` is itself repeated without bound (``*``, ``+``,
    ``{m,}``): the shape of catastrophic backtracking. ``(\\w+ ){0,4}`` is bounded and allowed.

    Read character by character (escapes and character classes skipped), so a
    schema's own phrase can never make a heading take minutes to match.
    """
    inner_repeats = [False]  # per open group: does it hold a repetition?
    index, closed_group = 0, False
    while index < len(pattern):
        character = pattern[index]
        repeat = character in "*+" or (character == "{" and re.match(r"\{\d*,?\d*\}", pattern[index:]))
        unbounded = character in "*+" or (character == "{" and re.match(r"\{\d*,\}", pattern[index:]))
        if unbounded and closed_group:
            return True
        closed_group = False
        if character == "\\":
            index += 2
            continue
        if character == "[":
            end = pattern.find("]", index + 2)
            index = len(pattern) if end < 0 else end + 1
            continue
        if character == "(":
            inner_repeats.append(False)
        elif character == ")" and len(inner_repeats) > 1:
            held = inner_repeats.pop()
            inner_repeats[-1] = inner_repeats[-1] or held
            closed_group = held
        elif repeat:
            inner_repeats[-1] = True
        index += 1
    return False


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Recognised(_Strict):
    id: SectionId
    title: str = Field(description="A human name for the section, used in messages.")
    phrases: list[Phrase] = Field(
        min_length=1, description="Headings containing one of these phrases belong to this section."
    )

    @field_validator("phrases")
    @classmethod
    def _phrases_compile(cls, phrases: list[str], info: ValidationInfo) -> list[str]:
        return _usable_phrases(phrases, info)


class RequiredSection(_Recognised):
    """A section every leaflet of this kind must have."""

    description: str = Field("", description="What the section tells the patient, for reviewers.")
    example: str = Field(description=(
        "A heading to suggest when the section is missing; '{topic}' is filled in with the leaflet's subject, "
        "'{condition}' with it too unless it names a procedure ('What causes it?' on a PICC line leaflet)."
    ))
    procedure_example: str | None = Field(None, description=(
        "The heading to suggest instead on a leaflet about a procedure, where the example reads oddly ('What happens "
        "during {topic}?' rather than 'How is fibroid embolisation treated?'); default: the example."
    ))
    min_words: int = Field(20, ge=0, description="Fewer words of body than this and the section counts as thin.")
    repeatable: bool = Field(
        False,
        description=(
            "The section may stand under several headings apart (a leaflet defines the condition, then "
            "the procedure): no sections.duplicate for it."
        ),
    )
    fallback: list[Phrase] = Field(
        default_factory=list,
        description="Weaker phrases, tried only when no phrase of any section or extra matched the heading.",
    )

    @field_validator("fallback")
    @classmethod
    def _fallback_compile(cls, phrases: list[str], info: ValidationInfo) -> list[str]:
        return _usable_phrases(phrases, info)


class ExtraSection(_Recognised):
    """A section leaflets often have that the schema does not require (preparation, contact ...).

    Naming it lets a heading such as "Before the procedure" be recognised as
    preparation instead of being taken for the treatment section.
    """


GradeFormula = Literal["consensus", "flesch-kincaid", "smog", "gunning-fog", "coleman-liau", "ari"]


class ReadabilityTargets(_Strict):
    """Readability targets, from health-literacy guidance.

    US NIH and AMA: patient material at or below grade 6-8. UK guidance aims at a
    reading age of 9-11 (about grade 4-6). Flesch Reading Ease 60 or more is
    "plain English". The default flags what is above grade 8: the upper end of
    the US advice, and well above the UK aim.
    """

    max_grade: float = Field(8.0, description="Findings for the leaflet, or a section, above this grade.")
    grade_formula: GradeFormula = Field(
        "consensus", description="The grade compared with max_grade; consensus is the median of five formulas."
    )
    min_reading_ease: float = Field(60.0, description="Flesch Reading Ease target, shown beside the grade.")
    section_min_words: int = Field(
        50, ge=1, description="Sections with fewer words of prose are too short to grade on their own."
    )
    long_sentence_words: int = Field(25, ge=5, description="Sentences with more words than this are long.")
    hard_sentence_grade: float = Field(
        12.0, description="Sentences of 8 words or more whose Flesch-Kincaid grade is above this are hard."
    )


class LeafletSchema(_Strict):
    """A kind of leaflet: its required sections in their usual order, and the extras it may have."""

    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    description: str = ""
    version: Literal[1] = 1
    language: Literal["en-GB", "en-US"] | None = Field(
        None, description="The spelling variant leaflets must use; inferred from each leaflet when absent."
    )
    intro_section: SectionId | None = Field(
        None,
        description=(
            "The required section that untitled prose between the title and the first heading "
            "counts as, when no heading names that section."
        ),
    )
    sections: list[RequiredSection] = Field(min_length=1, description="Required sections, in their usual order.")
    extras: list[ExtraSection] = Field(default_factory=list)
    readability: ReadabilityTargets = Field(default_factory=ReadabilityTargets)
    model: str | None = Field(
        None,
        description=(
            "Section-model weights for this schema, made by `leaflet-audit schema train`: a path relative to the "
            "schema file. Without it, a custom schema's headings are judged by its phrases alone."
        ),
    )

    @model_validator(mode="after")
    def _ids_are_unique_and_known(self) -> LeafletSchema:
        ids = [section.id for section in self.sections] + [extra.id for extra in self.extras]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"section ids must be unique; repeated: {', '.join(duplicates)}")
        if self.intro_section is not None and self.intro_section not in self.section_ids:
            raise ValueError(f"intro_section {self.intro_section!r} is not one of the required sections")
        return self

    @property
    def section_ids(self) -> list[str]:
        return [section.id for section in self.sections]

    def section(self, section_id: str) -> RequiredSection:
        return next(section for section in self.sections if section.id == section_id)


class SchemaError(Exception):
    """A schema that cannot be used; the message is one line naming the file and the field."""


def load_schema(path: str | Path | None = None) -> LeafletSchema:
    """Load a schema file, or the default schema when ``path`` is ``None``."""
    if path is None:
        source = resources.files("audit.schemas").joinpath(f"{DEFAULT_SCHEMA}.toml")
        return parse_schema(source.read_text(encoding="utf-8"), f"<built-in {DEFAULT_SCHEMA}>", trusted=True)
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise SchemaError(f"{path}: cannot read schema: {reason}") from None
    schema = parse_schema(text, str(path))
    if schema.model is None:
        return schema
    weights = (path.parent / schema.model).resolve()
    if not weights.is_file():
        raise SchemaError(f"{path}: model: no weights file at {weights} (make one with 'leaflet-audit schema train')")
    return schema.model_copy(update={"model": str(weights)})


def parse_schema(text: str, origin: str, *, trusted: bool = False) -> LeafletSchema:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SchemaError(f"{origin}: not valid TOML: {error}") from None
    try:
        return LeafletSchema.model_validate(data, context={"trusted": trusted})
    except ValidationError as error:
        raise SchemaError(f"{origin}: {describe_validation_error(error, LeafletSchema)}") from None


def describe_validation_error(error: ValidationError, model: type[BaseModel] | None = None) -> str:
    """Every problem pydantic found, on one line: each field's path, then what is wrong with it; an unknown
    key of ``model`` with the known key it most resembles ("selct: unknown key (did you mean 'select'?)")."""
    shown = [_problem(problem, model) for problem in error.errors(include_url=False)[:_PROBLEMS_SHOWN]]
    hidden = error.error_count() - len(shown)
    return "; ".join(shown) + (f" (and {hidden} more)" if hidden > 0 else "")


_PROBLEMS_SHOWN = 5
_CLOSE_ENOUGH = 0.7  # "mnwords" for "min_words" (0.75); "exampel" is no top-level key at all


def _model_at(model: type[BaseModel] | None, path: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model whose fields a key at ``path`` is among: "sections.0.mnwords" is a key of a section."""
    for part in path:
        if model is None:
            return None
        if isinstance(part, int):
            continue  # an item of the list the last field holds
        field = model.model_fields.get(str(part)) or next(
            (f for f in model.model_fields.values() if f.alias == part), None)
        if field is None:
            return None
        model = next((arg for arg in _nested_types(field.annotation) if isinstance(arg, type)
                      and issubclass(arg, BaseModel)), None)
    return model


def _nested_types(annotation: object) -> list[object]:
    """``list[SectionSpec] | None`` -> its types, outermost first."""
    found, todo = [], [annotation]
    while todo:
        current = todo.pop(0)
        found.append(current)
        todo.extend(getattr(current, "__args__", ()))
    return found


def _problem(problem: ErrorDetails, model: type[BaseModel] | None) -> str:
    location = ".".join(str(part) for part in problem["loc"]) or "(top level)"
    if problem["type"] == "extra_forbidden":
        owner = _model_at(model, problem["loc"][:-1])
        known = [field.alias or name for name, field in owner.model_fields.items()] if owner is not None else []
        close = difflib.get_close_matches(str(problem["loc"][-1]), known, n=1, cutoff=_CLOSE_ENOUGH)
        return f"{location}: unknown key" + (f" (did you mean '{close[0]}'?)" if close else "")
    if problem["type"] in ("literal_error", "enum"):
        return f"{location}: {problem['msg']}, not {problem['input']!r}"
    return f"{location}: {problem['msg']}"
