"""Renderers: each turns a finished :class:`~audit.report.Report` into one output format.

A renderer reads the report and nothing else; it never recomputes a result.
"""

from __future__ import annotations

from collections.abc import Callable

from audit.render.json import render_json
from audit.render.text import render_text
from audit.report import Report

RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
}
