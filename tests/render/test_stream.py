"""Reports written as the leaflets are audited: the same bytes as the whole report, one leaflet held at a time."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.engine import audit_paths, audit_stream
from audit.render.csv import stream_csv
from audit.render.github import stream_github
from audit.render.json import stream_json
from audit.render.text import stream_text
from audit.report import LeafletResult, Report
from tests.conftest import FIXTURES, PROJECT

runner = CliRunner()
MIXED = [str(PROJECT / "leaflets"), str(FIXTURES / "hostile" / "hostile.md"), str(FIXTURES / "missing.md")]


@pytest.mark.parametrize("paths", [MIXED, [str(PROJECT / "leaflets" / "lung-ablation.md")], []])
def test_streamed_json_is_the_whole_reports_json_byte_for_byte(schema, paths):
    whole = audit_paths(paths, schema)
    streamed = "".join(stream_json(audit_stream(paths, schema)))
    assert streamed == whole.model_dump_json(indent=2, by_alias=True) + "\n"
    assert Report.model_validate_json(streamed) == whole


@pytest.mark.parametrize("stream_format", [stream_text, stream_csv, stream_github])
def test_streamed_formats_match_the_whole_reports_rendering(schema, stream_format):
    from audit.render import renderer

    whole = audit_paths(MIXED, schema)
    name = stream_format.__name__.removeprefix("stream_")
    assert "".join(stream_format(audit_stream(MIXED, schema))) == renderer(name)(whole)


def test_a_leaflet_is_written_before_the_next_is_audited(schema, monkeypatch):
    from audit import engine

    audited: list[str] = []
    real = engine.audit_path

    def counting(path: str, *args: object, **kwargs: object) -> LeafletResult:
        audited.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(engine, "audit_path", counting)
    parts = stream_text(audit_stream([str(PROJECT / "leaflets")], schema))
    first = next(parts)
    assert len(audited) == 1 and audited[0] in first
    rest = list(parts)
    assert len(audited) > 2 and rest[-2].startswith(f"{len(audited)} leaflets: ")
    assert rest[-1].startswith("most frequent: ")


def test_the_summary_counts_every_result_though_none_is_kept(schema):
    stream = audit_stream(MIXED, schema)
    for _ in stream_json(stream):
        pass
    whole = audit_paths(MIXED, schema)
    assert stream.finished().summary == whole.summary
    assert stream.exit_code == whole.exit_code == 2
    assert [result.path for result in stream.unreadable] == [str(FIXTURES / "missing.md")]


def test_an_output_file_that_is_an_input_is_refused_before_anything_is_audited(tmp_path, monkeypatch):
    from audit import engine

    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text("# Liver ablation\n\nText.\n", encoding="utf-8")
    monkeypatch.setattr(engine, "audit_path", lambda *args, **kwargs: pytest.fail("audited before refusing"))
    result = runner.invoke(app, ["check", str(leaflet), "-f", "json", "-o", str(leaflet)])
    assert result.exit_code == 2
    assert leaflet.read_text(encoding="utf-8") == "# Liver ablation\n\nText.\n"


def test_a_report_file_is_written_whole_from_its_parts(tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(PROJECT / "leaflets"), "-f", "json", "-o", str(out)])
    assert result.exit_code in (0, 1)
    assert Report.model_validate_json(out.read_text(encoding="utf-8")).summary.leaflets >= 3
    assert not list(tmp_path.glob(".report.json.*"))
