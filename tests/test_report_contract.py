"""The JSON report is a public contract: validated against its exported JSON Schema, fields stable."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.config import FileConfig
from audit.report import Report
from audit.schema import LeafletSchema
from tests.conftest import PROJECT

runner = CliRunner()


@pytest.mark.parametrize(
    ("model", "file"),
    [(Report, "report.schema.json"), (LeafletSchema, "leaflet-schema.schema.json"),
     (FileConfig, "config.schema.json")],
)
def test_exported_json_schemas_in_schemas_folder_are_current(model, file):
    exported = json.loads((PROJECT / "schemas" / file).read_text(encoding="utf-8"))
    assert exported == model.model_json_schema(by_alias=True), (
        f"schemas/{file} is stale: run `leaflet-audit schema export` (see README)"
    )


def test_json_output_validates_against_the_exported_schema_and_has_the_contract_fields():
    result = runner.invoke(app, ["check", "--format", "json", str(PROJECT / "leaflets"), "--fail-on", "never"])
    document = json.loads(result.stdout)
    schema = json.loads((PROJECT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["version"] == 1
    assert document["tool"]["name"] == "leaflet-audit"
    assert document["schema"] == "patient-leaflet"
    leaflet = document["leaflets"][0]
    assert set(leaflet) >= {"path", "title", "format", "sections", "missing_sections", "findings", "error"}
    assert set(leaflet["sections"][0]) >= {"id", "heading", "line", "end_line", "words"}
    assert set(document["summary"]) == {"leaflets", "passed", "failed", "errors", "findings", "by_rule"}
    assert sum(document["summary"]["by_rule"].values()) == sum(document["summary"]["findings"].values())
    assert set(document["summary"]["findings"]) == {"error", "warning", "info"}


def test_finding_in_json_carries_every_contract_field():
    result = runner.invoke(app, ["check", "--format", "json", str(PROJECT / "leaflets" / "lung-ablation.md")])
    finding = next(f for f in json.loads(result.stdout)["leaflets"][0]["findings"] if f["rule"] == "sections.missing")
    assert finding == {
        "rule": "sections.missing",
        "severity": "error",
        "message": finding["message"],
        "line": 1,
        "column": 3,
        "end_line": 1,
        "end_column": 23,
        "text": "",
        "suggestions": ["What are the risks?"],
        "section": "risks",
        "fix": None,
    }


def test_unreadable_leaflet_has_only_path_and_error_in_json(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9")
    result = runner.invoke(app, ["check", "--format", "json", str(bad)])
    leaflet = json.loads(result.stdout)["leaflets"][0]
    assert leaflet["error"].startswith("not UTF-8 text")
    assert leaflet["sections"] == [] and leaflet["findings"] == [] and leaflet["title"] is None
