"""Renderers: each turns a finished :class:`~audit.report.Report` into one output format.

A renderer reads the report and nothing else; it never recomputes a result.
Format ``x`` is the function ``render_x`` of the module ``audit.render.x``;
adding one is a module here and its name in ``FORMATS``. A module is imported
only when its format is asked for, so a text run never loads the HTML one.
A format whose output is written leaflet by leaflet also has ``stream_x``,
reading a :class:`~audit.stream.ReportStream`, so a large run is written as it
goes and not held.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from types import ModuleType

from audit.report import Report
from audit.stream import ReportStream

FORMATS = ("text", "json", "html", "markdown", "sarif", "github", "csv")


def renderer(name: str) -> Callable[[Report], str]:
    """The renderer of one of the ``FORMATS``."""
    return getattr(_module(name), f"render_{name}")


def streamer(name: str) -> Callable[[ReportStream], Iterator[str]] | None:
    """The streaming renderer of one of the ``FORMATS``, or ``None`` for one that needs the whole report."""
    return getattr(_module(name), f"stream_{name}", None)


def _module(name: str) -> ModuleType:
    if name not in FORMATS:
        raise ValueError(f"no renderer for {name!r}; formats: {', '.join(FORMATS)}")
    return importlib.import_module(f"audit.render.{name}")
