"""SARIF 2.1.0, for code-scanning dashboards: every rule with its help text, every finding with its region."""

from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import quote

from audit.checks import all_rules
from audit.render._repository import from_root
from audit.report import Report

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://pypi.org/project/leaflet-audit/"


def artifact_uri(path: str) -> str:
    """A file's path as a URI reference (RFC 3986): percent-encoded, so that '#', '?', '%' and spaces in a
    name stay part of the name instead of making a fragment, a query or another file; an absolute path
    as a ``file://`` URI. The name's own bytes are encoded, those that are not UTF-8 too."""
    name = PurePath(path)
    encoded = quote(name.as_posix().encode("utf-8", "surrogateescape"), safe="/")
    if not name.is_absolute():
        return encoded
    return f"file://{encoded}" if encoded.startswith("/") else f"file:///{encoded}"


SOURCE_ROOT = "%SRCROOT%"


def _artifact(path: str, roots: dict[str, str]) -> dict[str, str]:
    """Where a file is: relative to its repository's root (``uriBaseId`` "%SRCROOT%", as code scanning resolves
    it) when it is in one, else its path as given. The first repository met is the run's source root."""
    relative, root = from_root(path)
    if root is None or roots.setdefault(SOURCE_ROOT, root.as_uri() + "/") != root.as_uri() + "/":
        return {"uri": artifact_uri(path)}
    return {"uri": artifact_uri(relative), "uriBaseId": SOURCE_ROOT}


def render_sarif(report: Report) -> str:
    rules = list(all_rules().values())
    index = {rule.id: number for number, rule in enumerate(rules)}
    results = []
    notifications = []
    roots: dict[str, str] = {}
    for result in report.leaflets:
        artifact = _artifact(result.path, roots)
        if result.error is not None:
            notifications.append({
                "level": "error",
                "message": {"text": result.error},
                "locations": [{"physicalLocation": {"artifactLocation": artifact}}],
            })
            continue
        for finding in result.findings:
            entry = {
                "ruleId": finding.rule,
                "level": _LEVEL[finding.severity.value],
                "message": {"text": finding.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": artifact,
                        "region": {
                            "startLine": finding.line,
                            "startColumn": finding.column,
                            "endLine": finding.end_line,
                            "endColumn": finding.end_column,
                            **({"snippet": {"text": finding.text}} if finding.text else {}),
                        },
                    }
                }],
            }
            if finding.rule in index:
                entry["ruleIndex"] = index[finding.rule]
            if finding.fix is not None:
                entry["properties"] = {"suggestion": finding.fix.replacement, "safeFix": finding.fix.safe}
            results.append(entry)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "leaflet-audit",
                    "version": report.tool.version,
                    "informationUri": INFORMATION_URI,
                    "rules": [
                        {
                            "id": rule.id,
                            "name": rule.id.replace(".", "-"),
                            "shortDescription": {"text": rule.summary},
                            "fullDescription": {"text": rule.documentation},
                            "help": {"text": rule.documentation, "markdown": rule.documentation},
                            "defaultConfiguration": {"level": _LEVEL[rule.severity.value]},
                        }
                        for rule in rules
                    ],
                }
            },
            **({"originalUriBaseIds": {name: {"uri": uri} for name, uri in roots.items()}} if roots else {}),
            "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
