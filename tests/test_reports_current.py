"""reports/ holds the reports of leaflets/; they must be regenerated when either changes."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from audit.cli import app
from tests.conftest import PROJECT

runner = CliRunner()


@pytest.mark.parametrize("name", ["report.html", "report.md", "report.json"])
def test_checked_in_report_is_current(tmp_path, name):
    cwd = os.getcwd()
    os.chdir(PROJECT)
    try:
        result = runner.invoke(app, ["report", "leaflets", "--into", str(tmp_path)])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    fresh = (tmp_path / name).read_text(encoding="utf-8")
    checked_in = (PROJECT / "reports" / name).read_text(encoding="utf-8")
    assert fresh == checked_in, f"reports/{name} is stale: run `leaflet-audit report` in the project folder"
