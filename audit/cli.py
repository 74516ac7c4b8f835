"""The ``leaflet-audit`` command: parses options, calls the engine, picks a renderer. No logic of its own."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from audit import fixes
from audit.checks import Rule, all_rules
from audit.config import Settings
from audit.engine import audit_paths, discover, load
from audit.lexicon import AcceptListError, read_accept_list
from audit.load import LoadError
from audit.render import RENDERERS
from audit.render.readability_table import render_readability
from audit.render.text import render_text
from audit.report import Report
from audit.schema import LeafletSchema, SchemaError, load_schema
from audit.structure import match_sections

app = typer.Typer(
    name="leaflet-audit",
    help="Audit patient-information leaflets: required sections, and more to come.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
schema_app = typer.Typer(help="Show, validate and export leaflet schemas.", no_args_is_help=True)
app.add_typer(schema_app, name="schema")

EXIT_USAGE = 2


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class FailOnLevel(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class InputFormat(str, Enum):
    markdown = "markdown"
    text = "text"
    html = "html"


class LanguageOption(str, Enum):
    en_gb = "en-GB"
    en_us = "en-US"


class SchemaKind(str, Enum):
    leaflet_schema = "leaflet-schema"
    report = "report"


SchemaOption = Annotated[
    Optional[Path], typer.Option("--schema", help="Leaflet schema (TOML) to audit against; default: patient-leaflet.")
]
PathsArgument = Annotated[
    list[str], typer.Argument(help="Leaflet files, folders (searched recursively), or '-' for standard input.")
]
LanguageFlag = Annotated[
    Optional[LanguageOption],
    typer.Option("--language", help="Spelling variant leaflets must use; default: the schema's, else each leaflet's majority."),
]
AcceptFlag = Annotated[
    Optional[list[Path]],
    typer.Option("--accept", help="Accept list: a text file of words never flagged, one a line (repeatable)."),
]
InputFormatOption = Annotated[
    Optional[InputFormat],
    typer.Option("--input-format", help="Read every input as this format instead of guessing from its name."),
]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"leaflet-audit: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def _schema(path: Path | None) -> LeafletSchema:
    try:
        return load_schema(path)
    except SchemaError as error:
        raise _fail(str(error)) from None


def _settings(language: LanguageOption | None, accept: list[Path] | None) -> Settings:
    words: frozenset[str] = frozenset()
    for path in accept or []:
        try:
            words |= read_accept_list(path)
        except AcceptListError as error:
            raise _fail(str(error)) from None
    return Settings(language=language.value if language else None, accept_words=words)


def _family(prefix: str) -> list[Rule]:
    return [r for r in all_rules().values() if r.id.startswith(prefix)]


def _inputs(paths: list[str]) -> list[str]:
    found = discover(paths)
    if not found:
        raise _fail(f"no leaflet files found in {', '.join(paths)}")
    return found


def _report_errors(report: Report) -> None:
    for result in report.leaflets:
        if result.error is not None:
            typer.echo(f"leaflet-audit: error: {result.path}: {result.error}", err=True)


@app.command()
def check(
    paths: PathsArgument,
    schema: SchemaOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    fail_on: Annotated[
        FailOnLevel, typer.Option("--fail-on", help="Exit 1 when a finding at or above this severity is found.")
    ] = FailOnLevel.error,
    input_format: InputFormatOption = None,
    language: LanguageFlag = None,
    accept: AcceptFlag = None,
) -> None:
    """Audit leaflets and report sections found, sections missing and findings.

    Exit code: 0 clean; 1 findings at or above --fail-on; 2 an input could not
    be audited or the command was misused (after auditing every other input).
    """
    leaflet_schema = _schema(schema)
    report = audit_paths(
        _inputs(paths),
        leaflet_schema,
        fail_on=fail_on.value,
        fmt=input_format.value if input_format else None,
        settings=_settings(language, accept),
    )
    typer.echo(RENDERERS[output_format.value](report), nl=False)
    _report_errors(report)
    raise typer.Exit(report.exit_code)


@app.command()
def spell(
    paths: PathsArgument,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    fail_on: Annotated[
        FailOnLevel, typer.Option("--fail-on", help="Exit 1 when a finding at or above this severity is found.")
    ] = FailOnLevel.warning,
    schema: SchemaOption = None,
    input_format: InputFormatOption = None,
    language: LanguageFlag = None,
    accept: AcceptFlag = None,
) -> None:
    """Only the spelling findings: run-together words, unknown words, mixed British and American spelling."""
    report = audit_paths(
        _inputs(paths),
        _schema(schema),
        fail_on=fail_on.value,
        fmt=input_format.value if input_format else None,
        rules=_family("spelling."),
        settings=_settings(language, accept),
    )
    if output_format is OutputFormat.text:
        typer.echo(render_text(report, show_sections=False), nl=False)
    else:
        typer.echo(RENDERERS[output_format.value](report), nl=False)
    _report_errors(report)
    raise typer.Exit(report.exit_code)


@app.command("readability")
def readability_command(
    paths: PathsArgument,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    fail_on: Annotated[
        FailOnLevel, typer.Option("--fail-on", help="Exit 1 when a finding at or above this severity is found.")
    ] = FailOnLevel.never,
    schema: SchemaOption = None,
    input_format: InputFormatOption = None,
) -> None:
    """Readability per leaflet and per section: a table in the terminal, or JSON with the same fields."""
    report = audit_paths(
        _inputs(paths),
        _schema(schema),
        fail_on=fail_on.value,
        fmt=input_format.value if input_format else None,
        rules=_family("readability."),
    )
    if output_format is OutputFormat.text:
        typer.echo(render_readability(report), nl=False)
    else:
        typer.echo(RENDERERS[output_format.value](report), nl=False)
    _report_errors(report)
    raise typer.Exit(report.exit_code)


@app.command()
def fix(
    paths: PathsArgument,
    write: Annotated[bool, typer.Option("--write", help="Apply the safe fixes to the files (atomically).")] = False,
    schema: SchemaOption = None,
    input_format: InputFormatOption = None,
    language: LanguageFlag = None,
    accept: AcceptFlag = None,
) -> None:
    """Show the safe fixes as a unified diff; with --write, apply them.

    Safe fixes: run-together words with one clear split, and spelling made
    consistent when the leaflet's variant is certain. Other suggestions are only
    reported by `check`. A file that could not be read is never touched.
    """
    if "-" in paths:
        raise _fail("fix works on files, not standard input")
    report = audit_paths(
        _inputs(paths),
        _schema(schema),
        fail_on="never",
        fmt=input_format.value if input_format else None,
        rules=_family("spelling."),
        settings=_settings(language, accept),
    )
    _report_errors(report)
    for result in report.leaflets:
        if result.error is not None:
            continue
        planned = fixes.plan(result.path, result.findings)
        if not planned.changed:
            continue
        if write:
            fixes.write_atomically(planned)
            typer.echo(f"{result.path}: applied {len(planned.applied)} fix(es)", err=True)
        else:
            typer.echo(planned.diff(), nl=False)
        for skipped in planned.skipped:
            typer.echo(
                f"{result.path}:{skipped.line}:{skipped.column}: not fixed: the text in the file is not "
                f"'{skipped.text}' as one run (markup inside it?)",
                err=True,
            )
    raise typer.Exit(EXIT_USAGE if report.summary.errors else 0)


@app.command()
def sections(paths: PathsArgument, schema: SchemaOption = None, input_format: InputFormatOption = None) -> None:
    """Show each heading, the section it was mapped to, and why."""
    leaflet_schema = _schema(schema)
    failed = False
    for path in _inputs(paths):
        try:
            leaflet = load(path, leaflet_schema, input_format.value if input_format else None)
        except LoadError as error:
            typer.echo(f"leaflet-audit: error: {path}: {error}", err=True)
            failed = True
            continue
        typer.echo(f"{leaflet.path}: title {leaflet.title!r}")
        for matched in match_sections(leaflet, leaflet_schema):
            for depth, part in enumerate(matched.parts):
                heading = part.heading.text if part.heading else "(introduction)"
                if depth:
                    typer.echo(f"  {part.line:>5}    {heading}  -> folded into the section above (names no required section)")
                    continue
                target = ", ".join(matched.ids) or (
                    f"extra ({matched.match.extras[0]})" if matched.match.extras else "extra"
                )
                typer.echo(f"  {part.line:>5}  {heading}  -> {target}")
                typer.echo(f"         because {matched.match.reason}")
    if failed:
        raise typer.Exit(EXIT_USAGE)


@app.command()
def rules(rule_id: Annotated[Optional[str], typer.Argument(help="Show this rule's full documentation.")] = None) -> None:
    """List every rule with its default severity, or document one rule."""
    registry = all_rules()
    if rule_id is None:
        for registered in registry.values():
            typer.echo(f"{registered.id:<22} {registered.severity.value:<8} {registered.summary}")
        return
    if rule_id not in registry:
        raise _fail(f"no rule {rule_id!r}; `leaflet-audit rules` lists them")
    registered = registry[rule_id]
    typer.echo(f"# {registered.id} ({registered.severity.value})\n\n{registered.documentation}")


@schema_app.command("show")
def schema_show(schema: SchemaOption = None) -> None:
    """Print a schema as the tool reads it (defaults filled in), as JSON."""
    typer.echo(_schema(schema).model_dump_json(indent=2))


@schema_app.command("validate")
def schema_validate(paths: Annotated[list[Path], typer.Argument(help="Schema files to validate.")]) -> None:
    """Check schema files; exit 2 if any is invalid, naming the file and the field."""
    failed = False
    for path in paths:
        try:
            loaded = load_schema(path)
        except SchemaError as error:
            typer.echo(f"leaflet-audit: error: {error}", err=True)
            failed = True
            continue
        typer.echo(f"{path}: valid schema {loaded.name!r} with {len(loaded.sections)} required sections")
    if failed:
        raise typer.Exit(EXIT_USAGE)


@schema_app.command("export")
def schema_export(
    kind: Annotated[SchemaKind, typer.Argument(help="Which format's JSON Schema.")] = SchemaKind.leaflet_schema,
) -> None:
    """Print the JSON Schema of the leaflet-schema format (for editors) or of the JSON report."""
    model = LeafletSchema if kind is SchemaKind.leaflet_schema else Report
    typer.echo(json.dumps(model.model_json_schema(by_alias=True), indent=2, ensure_ascii=False))
