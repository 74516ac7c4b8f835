"""Renderers: each turns a finished :class:`~audit.report.Report` into one output format.

A renderer reads the report and nothing else; it never recomputes a result.
Format ``x`` is the function ``render_x`` of the module ``audit.render.x``;
adding one is a module here and its name in ``FORMATS``. A module is imported
only when its format is asked for, so a text run never loads the HTML one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from audit.report import Report

FORMATS = ("text", "json", "html", "markdown", "sarif", "github", "csv")


def renderer(name: str) -> Callable[[Report], str]:
    """The renderer of one of the ``FORMATS``."""
    if name not in FORMATS:
        raise ValueError(f"no renderer for {name!r}; formats: {', '.join(FORMATS)}")
    return getattr(importlib.import_module(f"audit.render.{name}"), f"render_{name}")
