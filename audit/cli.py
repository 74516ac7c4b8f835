"""The ``leaflet-audit`` command: parses options, calls the engine, picks a renderer. No logic of its own."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

# The tool uses no pydantic plugin, and looking for them scans every installed package's entry points
# (a twentieth of a second at every start). A user who sets the variable keeps their own value.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

if TYPE_CHECKING:  # the audit modules load pydantic and the word data: commands import them when they run
    from audit.checks import Rule
    from audit.config import Settings
    from audit.report import LeafletResult, Report
    from audit.schema import LeafletSchema
    from audit.stream import ReportStream

app = typer.Typer(
    name="leaflet-audit",
    help="Audit patient-information leaflets: required sections, spelling, readability.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help, as linters print it: rich's help formatter took 0.1 s to import
    context_settings={"help_option_names": ["-h", "--help"]},
)
schema_app = typer.Typer(help="Show, validate and export leaflet schemas.", no_args_is_help=True, rich_markup_mode=None)


def _print_version(asked: bool) -> None:
    if asked:
        from audit.version import tool_version

        typer.echo(f"leaflet-audit {tool_version()}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", metavar="", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Audit patient-information leaflets: required sections, spelling, readability."""


app.add_typer(schema_app, name="schema")

EXIT_USAGE = 2
PROGRESS_THRESHOLD = 20


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    markdown = "markdown"
    sarif = "sarif"
    github = "github"
    csv = "csv"


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
    config = "config"


def _choice(kind: type[Enum]) -> dict[str, object]:
    """An option taking one of an enum's values in any case, and a wrong value named with the nearest right one
    ("'warn' is not one of ... Did you mean 'warning'?"): typer's own message opens "Value error," and suggests
    nothing. Typer is told the option is a string, as it would otherwise coerce it first; the command receives the
    enum's member."""
    names = [member.value for member in kind]

    def chosen(value: object) -> object:
        if value is None or isinstance(value, kind):
            return value
        folded = {name.casefold(): name for name in names}  # "en-gb" is en-GB
        if str(value).casefold() in folded:
            return kind(folded[str(value).casefold()])
        import difflib

        near = difflib.get_close_matches(str(value).casefold(), list(folded), n=1, cutoff=0.5)
        hint = f" Did you mean {folded[near[0]]!r}?" if near else ""
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(map(repr, names))}.{hint}")

    return {"callback": chosen, "metavar": f"<{'|'.join(names)}>", "autocompletion": lambda: names}


PathsArgument = Annotated[
    list[str], typer.Argument(
        metavar="PATH", show_default=False,
        help="Leaflet files, folders (searched recursively), or '-' for standard input.",
    )
]
FilesArgument = Annotated[
    list[str], typer.Argument(metavar="PATH", show_default=False, help="Leaflet files or folders (searched recursively).")
]
NoIgnoreFlag = Annotated[bool, typer.Option(
    "--no-ignore", metavar="", help="Search folders whole: hidden folders, virtual environments, .gitignore'd files too."
)]
ForceExcludeFlag = Annotated[bool, typer.Option(
    "--force-exclude", metavar="", help="Apply the configuration's exclude to files named here too (for pre-commit)."
)]
SchemaOption = Annotated[
    Optional[Path], typer.Option("--schema", metavar="FILE", help="Leaflet schema (TOML) to audit against; default: patient-leaflet.")
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", metavar="FILE", help="Configuration file; default: leaflet-audit.toml or pyproject.toml found upwards."),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format.", **_choice(OutputFormat))]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file.")]
FailOnOption = Annotated[
    Optional[str],
    typer.Option("--fail-on", help="Exit 1 when a finding at or above this severity is found (default: error; spell: warning; readability: never).",
                 **_choice(FailOnLevel)),
]
InputFormatOption = Annotated[
    Optional[str],
    typer.Option("--input-format", help="Read every input as this format instead of guessing from its name.", **_choice(InputFormat)),
]
LanguageFlag = Annotated[
    Optional[str],
    typer.Option("--language", help="Spelling variant leaflets must use; default: config, schema, else majority.", **_choice(LanguageOption)),
]
AcceptFlag = Annotated[
    Optional[list[Path]],
    typer.Option("--accept", metavar="FILE", help="Accept list: a text file of words never flagged, one a line (repeatable)."),
]
SelectFlag = Annotated[
    Optional[list[str]], typer.Option("--select", metavar="RULE", help="Run only these rules or families (repeatable, or comma-separated).")
]
IgnoreFlag = Annotated[
    Optional[list[str]], typer.Option("--ignore", metavar="RULE", help="Do not run these rules or families (repeatable, or comma-separated).")
]
QuietFlag = Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="Text output: findings only.")]
JobsFlag = Annotated[
    Optional[int], typer.Option(
        "--jobs", "-j", metavar="N", min=0, show_default=False,
        help="Audit in this many processes (0: one per core; default: one per core from 100 leaflets to audit "
             "afresh, else one); same report.",
    )
]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"leaflet-audit: error: {_one_line(message)}", err=True)
    return typer.Exit(EXIT_USAGE)


def _warn(message: str) -> None:
    typer.echo(f"leaflet-audit: warning: {_one_line(message)}", err=True)


def _schema(path: Path | None) -> LeafletSchema:
    from audit.schema import SchemaError, load_schema

    try:
        return load_schema(path)
    except SchemaError as error:
        raise _fail(str(error)) from None


def _settings(paths: list[str], config: Path | None, **flags) -> Settings:
    """Resolve defaults < configuration file < flags, reporting a bad file in one line."""
    from audit.config import ConfigError, find_config, resolve
    from audit.engine import STDIN
    from audit.lexicon import AcceptListError

    if config is None:
        start = Path(next((p for p in paths if p != STDIN), "."))
        try:
            config = find_config(start if start.exists() else Path.cwd(), _warn)
        except ConfigError as error:
            raise _fail(str(error)) from None
    elif not config.is_file():
        raise _fail(f"{config}: no such configuration file")
    for flag in ("select", "ignore"):
        if flags.get(flag):
            flags[flag] = [name.strip() for given in flags[flag] for name in given.split(",") if name.strip()]
            _no_unknown_rules(f"--{flag}", flags[flag])
    try:
        settings = resolve(config, **flags)
    except (ConfigError, AcceptListError) as error:
        raise _fail(str(error)) from None
    if settings.config_path is not None:
        keys = (("select", () if flags.get("select") else settings.select or ()),
                ("ignore", settings.ignore), ("severity", settings.severity))
        problems = [f"{key}: no such rule {', '.join(complaints)}" for key, names in keys
                    if (complaints := _unknown_rules(names))]
        if problems:  # every bad key of the file on one line, as its other errors are
            raise _fail(f"{settings.config_path}: {'; '.join(problems)}")
    return settings


def _no_unknown_rules(where: str, names: Iterable[str]) -> None:
    complaints = _unknown_rules(names)
    if complaints:
        raise _fail(f"{where}: no such rule {', '.join(complaints)}")


def _unknown_rules(names: Iterable[str]) -> list[str]:
    from audit.checks import all_rules
    from audit.rulenames import unknown

    return unknown(names, all_rules())


def _family(prefix: str) -> list[Rule]:
    from audit.checks import all_rules

    return [r for r in all_rules().values() if r.id.startswith(prefix)]


def _inputs(paths: list[str], settings: Settings) -> list[str]:
    from audit.engine import discover

    found = discover(paths, settings)
    if not found:  # every file named is excluded (pre-commit staging only drafts/)
        typer.echo("leaflet-audit: nothing to audit: the configuration excludes every file named (--force-exclude)",
                   err=True)
        raise typer.Exit(0)
    return found


@contextmanager
def _progress(total: int) -> Iterator[Callable[[str], None] | None]:
    """A progress bar on standard error for large batches, only where a person is watching."""
    if total <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("", total=total)
        yield lambda path: progress.update(task, advance=1, description=Path(path).name)


@contextmanager
def _auditing(paths: list[str], *, config: Path | None, schema: Path | None, fail_on: FailOnLevel | None,
              language: LanguageOption | None, accept: list[Path] | None, select: list[str] | None,
              ignore: list[str] | None, input_format: InputFormat | None, rules: list[Rule] | None = None,
              keep_sources: bool = False, default_fail_on: str | None = None, jobs: int | None = 1,
              no_ignore: bool = False, force_exclude: bool = False, cache: bool = False) -> Iterator[ReportStream]:
    """The run as a stream, audited as it is read, with the progress bar shown while it is.

    ``cache`` remembers results between runs in the user's cache folder (see :mod:`audit.cache`).
    """
    from audit.engine import audit_stream

    settings = _settings(
        paths, config,
        language=language.value if language else None,
        fail_on=fail_on.value if fail_on else None, default_fail_on=default_fail_on or "error",
        schema=schema, accept=accept, select=select, ignore=ignore, no_ignore=no_ignore, force_exclude=force_exclude,
    )
    leaflet_schema = _schema(settings.schema_path)
    inputs = _inputs(paths, settings)
    with _progress(len(inputs)) as progress:
        yield audit_stream(
            inputs, leaflet_schema, fmt=input_format.value if input_format else None, rules=rules,
            settings=settings, progress=progress, keep_sources=keep_sources, jobs=None if jobs is None else jobs or os.cpu_count() or 1,
            cache_folder=_cache_folder() if cache else None,
        )


def _cache_folder() -> Path:
    from audit.cache import default_folder

    return default_folder()


def _audit(paths: list[str], **options: object) -> Report:
    """The whole report, for commands that need every result at once."""
    with _auditing(paths, **options) as stream:  # type: ignore[arg-type]
        return stream.collect()


def _finish(stream: ReportStream, output_format: OutputFormat, output: Path | None,
            text_renderer: Callable[[ReportStream], Iterable[str]], colour: bool = True) -> None:
    """Render in the chosen format (text by the command's own renderer), emit, exit with the report's code.

    A format written leaflet by leaflet is written as the leaflets are audited, so a run of any size
    holds one leaflet's results at a time; the others are rendered from the whole report.
    """
    from audit.render import renderer, streamer

    if output_format is OutputFormat.text:
        parts = text_renderer(stream)
    else:
        stream_format = streamer(output_format.value)
        parts = stream_format(stream) if stream_format else [renderer(output_format.value)(stream.collect())]
    _emit(stream, parts, output, colour=colour and output_format is OutputFormat.text)
    _report_unreadable(stream.unreadable)
    raise typer.Exit(stream.exit_code)


def _emit(stream: ReportStream, parts: Iterable[str], output: Path | None, colour: bool) -> None:
    if output is not None:
        _refuse_leaflets(output, stream.files)
        _write(output, parts)
    elif colour and _colour_wanted():
        from rich.console import Console  # rich only where colour is printed
        from rich.text import Text

        console = Console(soft_wrap=True, highlight=False)
        for part in parts:
            text = Text(_shown(part).encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
            text.highlight_regex(r"\berror\b", "bold red")
            text.highlight_regex(r"\bwarning\b", "yellow")
            text.highlight_regex(r"\binfo\b", "cyan")
            text.highlight_regex(r"\[[a-z]+\.[a-z-]+\]", "dim")
            console.print(text, end="")
    else:
        for part in parts:
            typer.echo(_shown(part).encode("utf-8", "surrogateescape"), nl=False)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _shown(content: str) -> str:
    """Output with a leaflet's control characters shown as ``\\x1b``, never acting on the terminal.

    A leaflet may hold escape sequences (``ESC ]0;...`` retitles a terminal,
    ``ESC [2J`` clears it); printed raw in a finding's text they would act.
    Line breaks and tabs stay; a file name of odd bytes is written as its bytes.
    """
    return _CONTROL.sub(lambda control: f"\\x{ord(control.group()):02x}", content)


def _one_line(text: str) -> str:
    """Text for one line of standard error: no line break of a file's name starts a new line there,
    where a CI runner reads ``::command`` lines."""
    from audit.report import on_one_line, shown_path

    return shown_path(on_one_line(text))


def _write(path: Path, text: str | Iterable[str]) -> None:
    """Write a file the user asked for, or stop with one line (exit 2) and the file as it was."""
    from audit.files import WriteError, write_text

    try:
        write_text(path, text)
    except WriteError as error:
        raise _fail(str(error)) from None


def _refuse_leaflets(path: Path, inputs: list[str]) -> None:
    """A generated file never replaces a file the user owns: a leaflet the run reads, or any existing file
    that is not an earlier report of this tool (a slip of the tab key onto "lung-ablation.md", "budget.csv" or
    "settings.json" must not cost it). An earlier report is replaced, as a linter's output is. Asked before
    anything is audited."""
    if Path(os.path.realpath(path)) in {Path(os.path.realpath(name)) for name in inputs}:
        raise _fail(f"{path}: is one of the leaflets being audited; nothing was written (choose another name)")
    if path.is_file() and not _a_report(path):
        raise _fail(f"{path}: exists and is not a leaflet-audit report; nothing was written "
                    "(choose another name, or delete the file first)")


def _a_report(path: Path) -> bool:
    """An earlier report of this tool, or an empty file, which a report may replace."""
    from audit.reportfiles import written_by_us

    try:
        if path.stat().st_size == 0:
            return True
    except OSError:
        return False
    return written_by_us(path)


def _colour_wanted() -> bool:
    """Whether rich would colour standard output: a terminal, or FORCE_COLOR set (rich reads NO_COLOR itself).

    Asked first, because importing rich costs a tenth of a second that a run
    whose output goes to a pipe or a file would pay for plain text.
    """
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def _report_unreadable(results: Iterable[LeafletResult]) -> None:
    """One line on standard error for each leaflet that could not be audited."""
    for result in results:
        if result.error is not None:
            typer.echo(f"leaflet-audit: error: {_one_line(result.path)}: {_one_line(result.error)}", err=True)


@app.command()
def check(
    paths: PathsArgument,
    output_format: FormatOption = OutputFormat.text.value,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    schema: SchemaOption = None,
    language: LanguageFlag = None,
    accept: AcceptFlag = None,
    select: SelectFlag = None,
    ignore: IgnoreFlag = None,
    input_format: InputFormatOption = None,
    quiet: QuietFlag = False,
    jobs: JobsFlag = None,
    no_ignore: NoIgnoreFlag = False,
    force_exclude: ForceExcludeFlag = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", metavar="", help="Audit every leaflet afresh; do not read or keep results in the cache folder."
    )] = False,
) -> None:
    """Audit leaflets: sections, spelling, readability and health literacy, in any output format.

    Exit code: 0 clean; 1 findings at or above --fail-on; 2 an input could not
    be audited or the command was misused (after auditing every other input).
    """
    from audit.render.text import stream_text

    with _auditing(paths, config=config, schema=schema, fail_on=fail_on, language=language, accept=accept,
                   select=select, ignore=ignore, input_format=input_format,
                   keep_sources=output_format is OutputFormat.html, jobs=jobs, no_ignore=no_ignore,
                   force_exclude=force_exclude, cache=not no_cache) as stream:
        _finish(stream, output_format, output, lambda s: stream_text(s, show_sections=not quiet, quiet=quiet))


@app.command()
def spell(
    paths: PathsArgument,
    output_format: FormatOption = OutputFormat.text.value,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    schema: SchemaOption = None,
    language: LanguageFlag = None,
    accept: AcceptFlag = None,
    select: SelectFlag = None,
    ignore: IgnoreFlag = None,
    input_format: InputFormatOption = None,
    quiet: QuietFlag = False,
    no_ignore: NoIgnoreFlag = False,
    force_exclude: ForceExcludeFlag = False,
) -> None:
    """Only the spelling findings: run-together words, unknown words, mixed British and American spelling."""
    from audit.render.text import stream_text

    with _auditing(paths, config=config, schema=schema, fail_on=fail_on, language=language, accept=accept,
                   select=select, ignore=ignore, input_format=input_format, rules=_family("spelling."),
                   default_fail_on="warning", no_ignore=no_ignore, force_exclude=force_exclude) as stream:
        _finish(stream, output_format, output, lambda s: stream_text(s, show_sections=False, quiet=quiet))


@app.command("readability")
def readability_command(
    paths: PathsArgument,
    output_format: FormatOption = OutputFormat.text.value,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    schema: SchemaOption = None,
    select: SelectFlag = None,
    ignore: IgnoreFlag = None,
    input_format: InputFormatOption = None,
) -> None:
    """Readability per leaflet and per section: a table in the terminal, or any other format."""
    from audit.render.readability_table import render_readability

    with _auditing(paths, config=config, schema=schema, fail_on=fail_on, language=None, accept=None,
                   select=select, ignore=ignore, input_format=input_format, rules=_family("readability."),
                   default_fail_on="never", keep_sources=output_format is OutputFormat.html) as stream:
        _finish(stream, output_format, output, lambda s: [render_readability(s.collect())], colour=False)


@app.command()
def fix(
    paths: FilesArgument,
    write: Annotated[bool, typer.Option("--write", metavar="", help="Apply the safe fixes to the files (atomically).")] = False,
    force: Annotated[bool, typer.Option("--force", metavar="", help="With --write, also rewrite read-only files.")] = False,
    check_only: Annotated[bool, typer.Option(
        "--check", metavar="", help="Show the diff and exit 1 if any safe fix is pending (for CI); write nothing."
    )] = False,
    config: ConfigOption = None,
    schema: SchemaOption = None,
    language: LanguageFlag = None,
    accept: AcceptFlag = None,
    input_format: InputFormatOption = None,
) -> None:
    """Show the safe fixes as a unified diff; with --write, apply them; with --check, fail if any is pending.

    Safe fixes: run-together words with one clear split, and spelling made
    consistent when the leaflet's variant is certain. Other suggestions are only
    reported by `check`. A file that could not be read is never touched.
    """
    from audit import fixes
    from audit.engine import STDIN

    if STDIN in paths:
        raise _fail("fix works on files, not standard input")
    if write and check_only:
        raise _fail("--check and --write: choose one")
    report = _audit(paths, config=config, schema=schema, fail_on=None, language=language, accept=accept,
                    select=None, ignore=None, input_format=input_format, rules=_family("spelling."),
                    default_fail_on="never")
    from audit.files import WriteError

    _report_unreadable(report.leaflets)
    unwritten = pending = left = 0
    for result in report.leaflets:
        if result.error is not None:
            continue  # never touched
        try:
            planned = fixes.plan(result.path, result.findings)
        except WriteError as error:
            typer.echo(f"leaflet-audit: error: {_one_line(str(error))}", err=True)
            unwritten += 1
            continue
        left += len(result.findings) - len(planned.applied)
        if planned.changed:
            pending += 1
            if write:
                try:
                    fixes.write_fixed(planned, read_only_ok=force)
                except WriteError as error:
                    typer.echo(f"leaflet-audit: error: {_one_line(str(error))}", err=True)
                    unwritten += 1
                    continue
                typer.echo(f"{_one_line(result.path)}: applied {len(planned.applied)} fix(es)", err=True)
            else:
                typer.echo(planned.diff(), nl=False)
        for skipped in planned.skipped:
            typer.echo(
                _one_line(f"{result.path}:{skipped.line}:{skipped.column}: not fixed: the text in the file is not "
                          f"'{skipped.text}' as one run (markup inside it?)"),
                err=True,
            )
    if left:  # a run that changes nothing should not look as if it found nothing
        typer.echo(f"leaflet-audit: {left} spelling finding(s) not safe to fix (typos, which a person must confirm, "
                   "words that may be run together, a variant whose majority is uncertain): review them with "
                   "`leaflet-audit check`", err=True)
    if report.summary.errors or unwritten:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(1 if check_only and pending else 0)


@app.command()
def sections(
    paths: PathsArgument,
    config: ConfigOption = None,
    schema: SchemaOption = None,
    input_format: InputFormatOption = None,
) -> None:
    """Show each heading, the section it was mapped to, and why."""
    from audit.engine import load
    from audit.load import LoadError
    from audit.structure import SectionMatcher

    settings = _settings(paths, config, schema=schema)
    leaflet_schema = _schema(settings.schema_path)
    matcher = SectionMatcher(leaflet_schema)
    failed = False
    for path in _inputs(paths, settings):
        try:
            leaflet = load(path, leaflet_schema, input_format.value if input_format else None, matcher, settings.max_bytes)
        except LoadError as error:
            typer.echo(f"leaflet-audit: error: {_one_line(f'{path}: {error}')}", err=True)
            failed = True
            continue
        typer.echo(_one_line(f"{leaflet.path}: title {leaflet.title!r}"))
        for matched in matcher.match(leaflet):
            for depth, part in enumerate(matched.parts):
                heading = _one_line(part.heading.text) if part.heading else "(introduction)"
                if depth:
                    typer.echo(f"  {part.line:>5}    {heading}  -> folded into the section above (names no required section)")
                    continue
                target = ", ".join(matched.ids) or (
                    f"extra ({matched.match.extras[0]})" if matched.match.extras else "extra"
                )
                typer.echo(f"  {part.line:>5}  {heading}  -> {target}")
                typer.echo(f"         because {_one_line(matched.match.reason)}")
    if failed:
        raise typer.Exit(EXIT_USAGE)


@app.command()
def rules(rule_id: Annotated[Optional[str], typer.Argument(
        metavar="RULE", help="Show this rule's full documentation, or list a family's rules (spelling).")] = None) -> None:
    """List every rule with its default severity, or document one rule."""
    from audit.checks import all_rules

    registry = all_rules()
    family = [registered for registered in registry.values() if registered.id.startswith(f"{rule_id}.")]
    if rule_id is None or family:
        listed = family or list(registry.values())
        width = max(len(registered.id) for registered in listed)
        for registered in listed:
            typer.echo(f"{registered.id:<{width}}  {registered.severity.value:<8} {registered.summary}")
        return
    if rule_id not in registry:
        from difflib import get_close_matches

        close = get_close_matches(rule_id, registry, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise _fail(f"no rule {rule_id!r}; {hint}`leaflet-audit rules` lists them")
    registered = registry[rule_id]
    typer.echo(f"# {registered.id} ({registered.severity.value})\n\n{registered.documentation}")


@app.command()
def report(
    leaflets: Annotated[Path, typer.Argument(metavar="FOLDER", help="The folder of leaflets.")] = Path("leaflets"),
    into: Annotated[Path, typer.Option("--into", metavar="FOLDER", help="The folder the reports are written to.")] = Path("reports"),
    config: ConfigOption = None,
) -> None:
    """Regenerate the HTML, Markdown and JSON reports of a folder of leaflets (reports/ in this project)."""
    from audit.render import renderer

    if not leaflets.is_dir():
        raise _fail(f"{leaflets}: no such folder of leaflets (run it in the project, or name the folder)")
    audited = _audit([str(leaflets)], config=config, schema=None, fail_on=None, language=None, accept=None,
                     select=None, ignore=None, input_format=None, keep_sources=True)
    targets = [(into / name, fmt) for name, fmt in (("report.html", "html"), ("report.md", "markdown"),
                                                    ("report.json", "json"))]
    for target, _ in targets:
        _refuse_leaflets(target, [result.path for result in audited.leaflets])
    into.mkdir(parents=True, exist_ok=True)
    for target, fmt in targets:
        _write(target, renderer(fmt)(audited))
        typer.echo(f"wrote {target}", err=True)
    _report_unreadable(audited.leaflets)
    if audited.summary.errors:
        raise typer.Exit(EXIT_USAGE)


@schema_app.command("show")
def schema_show(schema: SchemaOption = None) -> None:
    """Print a schema as the tool reads it (defaults filled in), as JSON."""
    typer.echo(_schema(schema).model_dump_json(indent=2))


@schema_app.command("validate")
def schema_validate(paths: Annotated[list[Path], typer.Argument(metavar="SCHEMA", help="Schema files to validate.")]) -> None:
    """Check schema files; exit 2 if any is invalid, naming the file and the field."""
    from audit.schema import SchemaError, load_schema

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


@schema_app.command("train")
def schema_train(
    folders: Annotated[list[Path], typer.Argument(metavar="FOLDER", help="Labelled folders: leaflets and a labels.tsv (one fold each).")],
    schema: SchemaOption = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Weights file; default: SCHEMA.weights.json beside it.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="Replace an existing weights file.")] = False,
) -> None:
    """Train section-model weights for a schema from labelled leaflets (needs the 'train' extra)."""
    from audit import training

    loaded = _schema(schema)
    if output is None:
        if schema is None:
            raise _fail("give --output for the built-in schema's weights (or --schema for your own)")
        output = schema.with_suffix(".weights.json")
    if output.exists() and not force:
        raise _fail(f"{output} exists; give --force to replace it")
    try:
        data = training.examples(loaded, folders)
        required = [section.id for section in loaded.sections]
        results = {"phrases_only": training.scores(data, training.judged_by(None), required)}
        typer.echo(f"{sum(e.found for e in data)} of {len(data)} labelled headings found")
        typer.echo(f"phrases only: {results['phrases_only']}")
        if len(folders) >= 2:
            results["cross_validated"] = training.cross_validated(loaded, data, folders)
            typer.echo(f"phrases + model, cross-validated by folder: {results['cross_validated']}")
        document = training.weights_document(loaded, folders, data, **results)
    except training.TrainingError as error:
        raise _fail(str(error)) from None
    _write(output, json.dumps(document, sort_keys=True) + "\n")
    typer.echo(f"wrote {output}")
    if schema is not None and loaded.model is None:
        typer.echo(f'to use it, add to {schema}: model = "{os.path.relpath(output, schema.parent)}"')


@schema_app.command("export")
def schema_export(
    kind: Annotated[SchemaKind, typer.Argument(metavar="KIND", help="Which format's JSON Schema.")] = SchemaKind.leaflet_schema,
) -> None:
    """Print the JSON Schema of the leaflet-schema format (for editors), of the JSON report, or of the config file."""
    from audit.config import FileConfig
    from audit.report import Report
    from audit.schema import LeafletSchema

    model = {SchemaKind.leaflet_schema: LeafletSchema, SchemaKind.report: Report, SchemaKind.config: FileConfig}[kind]
    typer.echo(json.dumps(model.model_json_schema(by_alias=True), indent=2, ensure_ascii=False))
