"""Renderers: each turns a finished :class:`~audit.report.Report` into one output format.

A renderer reads the report and nothing else; it never recomputes a result.
Adding a format is a module here and a line in ``RENDERERS``.
"""

from __future__ import annotations

from collections.abc import Callable

from audit.render.csv import render_csv
from audit.render.github import render_github
from audit.render.html import render_html
from audit.render.json import render_json
from audit.render.markdown import render_markdown
from audit.render.sarif import render_sarif
from audit.render.text import render_text
from audit.report import Report

RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "html": render_html,
    "markdown": render_markdown,
    "sarif": render_sarif,
    "github": render_github,
    "csv": render_csv,
}
