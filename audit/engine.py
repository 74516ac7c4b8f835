"""Auditing: files in, a :class:`~audit.report.Report` out. The one way through the tool.

load → Leaflet → sections matched to the schema → checks → findings → report.
A file that cannot be loaded becomes a result with ``error`` set; the rest of
the batch goes on.
"""

from __future__ import annotations

import os
import stat
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from audit.checks import CheckContext, Rule, all_rules, run_checks
from audit.config import Settings
from audit.discovery import leaflet_files
from audit.lexicon import load_lexicon
from audit.load import (
    DEFAULT_MAX_BYTES,
    EXTENSIONS,
    LoadError,
    decode,
    format_for,
    load_file,
    load_text,
    within_limit,
)
from audit.model import Format, Leaflet
from audit.readability.formulas import Counts
from audit.readability.measure import measure, readability
from audit.report import FailOn, LeafletResult, Literacy, Report, SectionResult, ToolInfo, summarise
from audit.reportfiles import written_by_us
from audit.schema import LeafletSchema
from audit.stream import ReportStream
from audit.structure import MatchedSection, SectionMatcher
from audit.version import tool_version

if TYPE_CHECKING:
    from audit.cache import ResultCache

STDIN = "-"


def discover(paths: Iterable[str], settings: Settings | None = None) -> list[str]:
    """Files to audit: files as given, folders searched (see :mod:`audit.discovery`), '-' as is.

    Files found in folders must pass the configuration's include and exclude
    globs and must be neither reports an earlier run wrote there ("report.md") nor the configuration's accept lists
    ("words.txt"); files named explicitly are always audited, unless the settings'
    ``force_exclude`` applies all of that to them too (pre-commit names every changed file, the reports a
    ``leaflet-audit report`` wrote among them). A path that does not exist is kept,
    so that it is reported as an error in its place, and so is a folder named that leaves no leaflet to audit. An
    empty list means every file named was excluded (``force_exclude``): nothing to audit.
    """
    settings = settings or Settings()
    suffixes = frozenset(EXTENSIONS)
    accept_names = {os.path.basename(path) for path in settings.accept_files}  # a name first: realpath costs a call
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            held = [
                str(p) for p in leaflet_files(path, suffixes, settings.respect_gitignore)
                if settings.wants(str(p)) and not _ours_or_accepted(p, settings, accept_names)
            ]
            # a folder named that leaves nothing to audit (no leaflet files, or all excluded or ignored) is reported
            # in its place, as a mistyped path is: a CI job's over-broad exclude must not pass in silence
            found.extend(held or [raw])
        elif not (settings.force_exclude and raw != STDIN
                  and (settings.excludes(raw) or (path.is_file() and _ours_or_accepted(path, settings, accept_names)))):
            found.append(raw)
    return list(dict.fromkeys(found))


def _ours_or_accepted(path: Path, settings: Settings, accept_names: set[str]) -> bool:
    """A report this tool wrote, or one of the configuration's accept lists: never a leaflet."""
    return written_by_us(path) or (path.name in accept_names and os.path.realpath(path) in settings.accept_files)


def load(path: str, schema: LeafletSchema, fmt: Format | None = None, matcher: SectionMatcher | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES) -> Leaflet:
    """Read one leaflet; ``matcher`` (built once per run) tells plain-text loading which lines name sections."""
    names_a_section = (matcher or SectionMatcher(schema)).names_a_section
    if path == STDIN:
        text = decode(within_limit(sys.stdin.buffer.read(max_bytes + 1), max_bytes))
        return load_text(text, "<stdin>", fmt or format_for(STDIN, text), names_a_section)
    return load_file(path, names_a_section, fmt, max_bytes)


def audit_leaflet(leaflet: Leaflet, schema: LeafletSchema, rules: Iterable[Rule] | None = None,
                  settings: Settings | None = None, matcher: SectionMatcher | None = None) -> LeafletResult:
    """Check one loaded leaflet; give ``matcher`` when auditing many with one schema, so it is built once."""
    sections = (matcher or SectionMatcher(schema)).match(leaflet)
    context = CheckContext(leaflet, schema, sections, settings or Settings())
    findings = run_checks(context, rules)
    measured = measure(context)
    covered = {section_id for matched in sections for section_id in matched.ids}
    return LeafletResult(
        path=leaflet.path,
        title=leaflet.title,
        format=leaflet.format,
        sections=[_section_result(matched, counts) for matched, counts in zip(sections, measured.sections)],
        missing_sections=[s for s in schema.section_ids if s not in covered],
        findings=findings,
        readability=readability(measured.whole),
        furniture_lines=sorted({
            line for span in leaflet.boilerplate for line in range(span.line, span.end_line + 1)
        }),
        literacy=_literacy(context, rules),
    )


def _literacy(context: CheckContext, rules: Iterable[Rule] | None) -> Literacy | None:
    """The instrument checklist, when any literacy rule runs (a run of spelling alone does not pay for it)."""
    selected = all_rules().values() if rules is None else rules
    if not any(r.id.startswith("literacy.") and context.settings.runs(r.id) for r in selected):
        return None
    from audit.literacy.scores import literacy_result

    return literacy_result(context)


def _section_result(matched: MatchedSection, counts: Counts) -> SectionResult:
    heading = matched.section.heading
    return SectionResult(
        id=matched.ids[0] if matched.ids else None,
        heading=heading.text if heading is not None else None,
        line=matched.section.line,
        end_line=matched.end_line,
        words=matched.words,
        covers=list(matched.ids),
        extra=matched.match.extras[0] if matched.match.extras else None,
        matched_by=matched.match.reason,
        readability=readability(counts),
    )


def audit_path(path: str, schema: LeafletSchema, fmt: Format | None = None,
               rules: Iterable[Rule] | None = None, settings: Settings | None = None,
               matcher: SectionMatcher | None = None, cache: ResultCache | None = None) -> LeafletResult:
    """One file's result: remembered in ``cache`` from an earlier run on the same bytes, else audited (and kept)."""
    settings = settings or Settings()
    content = _content_for_cache(path, settings.max_bytes) if cache is not None else None
    if content is not None:
        remembered = cache.get(path, content)
        if remembered is not None:
            return remembered
    result = _audit_path_afresh(path, schema, fmt, rules, settings, matcher)
    if content is not None:
        cache.put(path, content, result)
    return result


def _content_for_cache(path: str, max_bytes: int) -> bytes | None:
    """The file's bytes, to key its result; nothing for standard input, or a file loading will refuse or fail on.

    Only a regular file is read here: opening a named pipe would wait for a writer that may never come.
    """
    if path == STDIN:
        return None
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size > max_bytes:
            return None
        return Path(path).read_bytes()
    except OSError:
        return None


def _audit_path_afresh(path: str, schema: LeafletSchema, fmt: Format | None, rules: Iterable[Rule] | None,
                       settings: Settings, matcher: SectionMatcher | None) -> LeafletResult:
    shown = "<stdin>" if path == STDIN else path
    matcher = matcher or SectionMatcher(schema)
    try:
        leaflet = load(path, schema, fmt, matcher, settings.max_bytes)
    except LoadError as error:
        return LeafletResult(path=shown, error=str(error))
    try:
        return audit_leaflet(leaflet, schema, rules, settings, matcher)
    except Exception as error:  # a fault of ours in one leaflet must not stop the batch
        where = traceback.extract_tb(error.__traceback__)[-1]
        return LeafletResult(path=shown, error=f"internal error, please report it: {type(error).__name__} "
                                               f"{error} at {Path(where.filename).name}:{where.lineno}")


AUTO_JOBS_AT = 100
"""Leaflets to audit afresh from which a run that leaves the number of processes to the tool (``jobs=None``)
uses one per core. A worker costs about 0.4 s to start (imports, phrases, weights) and a leaflet about 17 ms
to audit (2026-12-05, two cores), so a second process pays for itself from about 50 leaflets; a warm run,
its results remembered, never starts one."""


def _jobs_for(files: list[str], settings: Settings, cache: ResultCache | None) -> int:
    cores = os.cpu_count() or 1
    if cores < 2 or len(files) < AUTO_JOBS_AT:
        return 1
    afresh = len(files) if cache is None else sum(
        1 for path in files if (content := _content_for_cache(path, settings.max_bytes)) is None
        or not cache.holds(path, content)
    )
    return cores if afresh >= AUTO_JOBS_AT else 1


def _audited(files: list[str], schema: LeafletSchema, fmt: Format | None, rules: list[Rule] | None,
             settings: Settings, jobs: int | None, cache: ResultCache | None) -> Iterator[LeafletResult]:
    """Results in the order of ``files``, whatever the number of worker processes (``None``: the tool chooses).

    Order is kept (``Executor.map``), so the report is byte-identical with one
    job or many. The lexicon is loaded before the workers start, so that forked
    workers share it instead of each reading it again.
    """
    jobs = _jobs_for(files, settings, cache) if jobs is None else jobs
    if jobs <= 1 or len(files) < 2 or STDIN in files:
        matcher = SectionMatcher(schema)
        return (audit_path(path, schema, fmt, rules, settings, matcher, cache) for path in files)
    from concurrent.futures import ProcessPoolExecutor  # a one-process run never pays for importing it

    load_lexicon()
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(files)), initializer=_start_worker, initargs=(schema, fmt, rules, settings, cache)
    )
    chunk = max(1, min(32, len(files) // (jobs * 8)))

    def results() -> Iterator[LeafletResult]:
        with pool:
            yield from pool.map(_audit_in_worker, files, chunksize=chunk)

    return results()


_worker_task: Callable[[str], LeafletResult] | None = None
"""A worker process's audit of one path, set up once when the worker starts.

Handing the schema, settings and a matcher to every batch of paths instead
cost a 400 KB pickle each way per batch, and each batch started with a matcher
whose remembered headings and model rows were empty.
"""


def _start_worker(schema: LeafletSchema, fmt: Format | None, rules: list[Rule] | None, settings: Settings,
                  cache: ResultCache | None) -> None:
    global _worker_task
    _worker_task = partial(audit_path, schema=schema, fmt=fmt, rules=rules, settings=settings,
                           matcher=SectionMatcher(schema), cache=cache)


def _audit_in_worker(path: str) -> LeafletResult:
    assert _worker_task is not None, "set by _start_worker when the worker process starts"
    return _worker_task(path)


def audit_paths(paths: Iterable[str], schema: LeafletSchema, *, fail_on: FailOn | None = None,
                fmt: Format | None = None, rules: Iterable[Rule] | None = None,
                settings: Settings | None = None, progress: Callable[[str], None] | None = None,
                keep_sources: bool = False, jobs: int | None = 1, cache_folder: Path | None = None) -> Report:
    """Audit every leaflet; ``progress`` is told each path as it is done (for a progress bar).

    ``keep_sources`` keeps each leaflet's text on the report, for renderers that show it (HTML).
    ``jobs`` audits in that many processes (``None``: one per core when there are many leaflets to audit
    afresh, see ``AUTO_JOBS_AT``); the report is the same. ``cache_folder`` remembers
    results there between runs (see :mod:`audit.cache`); the report is the same.
    """
    return audit_stream(paths, schema, fail_on=fail_on, fmt=fmt, rules=rules, settings=settings,
                        progress=progress, keep_sources=keep_sources, jobs=jobs, cache_folder=cache_folder).collect()


def audit_stream(paths: Iterable[str], schema: LeafletSchema, *, fail_on: FailOn | None = None,
                 fmt: Format | None = None, rules: Iterable[Rule] | None = None,
                 settings: Settings | None = None, progress: Callable[[str], None] | None = None,
                 keep_sources: bool = False, jobs: int | None = 1, cache_folder: Path | None = None) -> ReportStream:
    """:func:`audit_paths` as a stream: each leaflet is audited as the stream is read, and only then."""
    settings = settings or Settings()
    fail_on = fail_on or settings.fail_on
    selected = list(rules) if rules is not None else None
    files = discover(paths, settings)
    sources: dict[str, str] = {}
    cache = None
    if cache_folder is not None:
        from audit.cache import ResultCache

        rule_ids = [rule.id for rule in selected] if selected is not None else None
        cache = ResultCache.for_run(cache_folder, schema, settings, fmt, rule_ids)

    def results() -> Iterator[LeafletResult]:
        for path, result in zip(files, _audited(files, schema, fmt, selected, settings, jobs, cache)):
            if keep_sources and result.error is None and path != STDIN:
                sources[result.path] = decode(Path(path).read_bytes())
            if progress is not None:
                progress(path)
            yield result

    head = Report(
        tool=ToolInfo(version=tool_version()),
        schema=schema.name,
        fail_on=fail_on,
        leaflets=[],
        summary=summarise([], fail_on),
        required_sections=schema.section_ids,
        max_grade=schema.readability.max_grade,
        section_min_words=schema.readability.section_min_words,
    )
    return ReportStream(head, results(), files, sources)
