"""A report read leaflet by leaflet as the leaflets are audited, and not kept.

A national catalogue is tens of thousands of leaflets; a report that holds
every finding of every one of them before printing the first grows to
gigabytes. Renderers whose output is a sequence of per-leaflet parts (text,
JSON, CSV, GitHub annotations) read a :class:`ReportStream` instead: each
result is written as soon as it is audited and then dropped, and the summary,
which comes last in every such format, is counted as the results pass.
Renderers that need the whole report at once (HTML, Markdown, SARIF) call
:meth:`ReportStream.collect`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from audit.report import LeafletResult, Report, Tally


class ReportStream:
    """The results of a run, readable once, with the report's other fields and a running summary."""

    def __init__(self, head: Report, results: Iterable[LeafletResult], files: list[str],
                 sources: dict[str, str] | None = None) -> None:
        self._head = head
        self._results = iter(results)
        self.files = files
        """The inputs, as discovered before auditing (so an output file can be refused before it is written)."""
        self.tally = Tally(head.fail_on)
        self.unreadable: list[LeafletResult] = []
        self._sources = sources if sources is not None else {}

    @classmethod
    def of(cls, report: Report) -> ReportStream:
        """A finished report read as a stream, so that one renderer serves both."""
        head = report.model_copy(update={"leaflets": []})
        return cls(head, report.leaflets, [result.path for result in report.leaflets], report.sources)

    def __iter__(self) -> Iterator[LeafletResult]:
        for result in self._results:
            self.tally.add(result)
            if result.error is not None:
                self.unreadable.append(result)
            yield result

    @property
    def fail_on(self) -> str:
        return self._head.fail_on

    def finished(self) -> Report:
        """The report without its leaflets, its summary counted from the results read so far (all of
        them, once the stream is read through)."""
        return self._head.model_copy(update={"summary": self.tally.summary})

    def collect(self) -> Report:
        """The whole report, every result kept: for renderers that need it all at once."""
        leaflets = list(self)
        report = self.finished().model_copy(update={"leaflets": leaflets})
        report.sources.update(self._sources)
        return report

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings at or above fail-on, 2 an input could not be audited (known once read through)."""
        return self.finished().exit_code
