from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import audit.cache
import audit.engine
from audit.cache import ResultCache, run_key
from audit.cli import app
from audit.config import Settings
from audit.schema import load_schema
from tests.conftest import PROJECT

runner = CliRunner()
LEAFLETS = PROJECT / "leaflets"


@pytest.fixture
def leaflets(tmp_path):
    folder = tmp_path / "leaflets"
    shutil.copytree(LEAFLETS, folder)
    return folder


def _json(*arguments):
    result = runner.invoke(app, ["check", "--format", "json", *arguments])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return report


def test_second_run_gives_the_same_report_without_auditing_again(leaflets, monkeypatch):
    first = _json(str(leaflets))
    monkeypatch.setattr(audit.engine, "_audit_path_afresh", _refusing)
    assert _json(str(leaflets)) == first


def test_a_changed_leaflet_is_audited_afresh(leaflets):
    page = leaflets / "lung-ablation.md"
    _json(str(page))
    page.write_text(page.read_text(encoding="utf-8") + "\nThe tumoursfrom the lung are treated.\n", encoding="utf-8")
    findings = {finding["rule"] for finding in _json(str(page))["leaflets"][0]["findings"]}
    assert "spelling.run-on" in findings


def test_other_rules_chosen_are_not_served_an_earlier_selection(leaflets):
    page = str(leaflets / "lung-ablation.md")
    everything = {f["rule"] for f in _json(page)["leaflets"][0]["findings"]}
    spelling_only = {f["rule"] for f in _json(page, "--select", "spelling")["leaflets"][0]["findings"]}
    assert any(not rule.startswith("spelling.") for rule in everything)
    assert all(rule.startswith("spelling.") for rule in spelling_only)


def test_no_cache_neither_reads_nor_keeps_results(leaflets, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEAFLET_AUDIT_CACHE_DIR", str(folder))
    _json(str(leaflets), "--no-cache")
    assert not folder.exists()
    _json(str(leaflets))
    assert any(folder.rglob("*"))
    monkeypatch.setattr(audit.engine, "_audit_path_afresh", _refusing)
    result = runner.invoke(app, ["check", "--no-cache", str(leaflets / "lung-ablation.md")])
    assert isinstance(result.exception, AssertionError)


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(leaflets, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("LEAFLET_AUDIT_CACHE_DIR", str(blocked))
    assert _json(str(leaflets)) == _json(str(leaflets), "--no-cache")


def test_a_torn_entry_is_audited_afresh(leaflets, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEAFLET_AUDIT_CACHE_DIR", str(folder))
    first = _json(str(leaflets / "lung-ablation.md"))
    (entry,) = [path for path in folder.rglob("*") if path.is_file()]
    entry.write_bytes(entry.read_bytes()[:40])
    assert _json(str(leaflets / "lung-ablation.md")) == first


def test_results_that_carry_an_error_are_not_kept(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEAFLET_AUDIT_CACHE_DIR", str(folder))
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 leaflet".encode("latin-1"))
    runner.invoke(app, ["check", str(bad)])
    assert not any(path.is_file() for path in folder.rglob("*"))


@pytest.fixture
def package_module(tmp_path, monkeypatch):
    """A stand-in for the package's code: one module, which a test edits or touches."""
    code = tmp_path / "audit"
    code.mkdir()
    module = code / "rule.py"
    module.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(audit.cache, "PACKAGE", code)
    return module


def test_the_run_key_changes_with_the_code_the_settings_and_the_rules(schema, package_module):
    module = package_module
    before = run_key(schema, Settings(), None, None)
    assert run_key(schema, Settings(), None, None) == before
    assert run_key(schema, Settings(accept_words=frozenset({"stent"})), None, None) != before
    assert run_key(schema, Settings(), "markdown", None) != before
    assert run_key(schema, Settings(), None, ["spelling.unknown"]) != before
    module.write_text("A = 2  # an edited checkout, same version\n", encoding="utf-8")
    assert run_key(schema, Settings(), None, None) != before


def test_the_run_key_outlives_a_reinstall_that_only_touches_the_files(schema, package_module):
    before = run_key(schema, Settings(), None, None)
    os.utime(package_module, (1_000_000_000, 1_000_000_000))  # the same bytes, written again by pip
    assert run_key(schema, Settings(), None, None) == before


def test_the_run_key_is_the_same_in_every_process(schema):
    """Sets iterate in a different order under another hash seed; a key built from one would never match again."""
    program = ("from audit.cache import run_key; from audit.config import Settings; from audit.schema import load_schema; "
               "print(run_key(load_schema(), Settings(accept_words=frozenset({'stent', 'cementoplasty', 'picc', 'tace', "
               "'ablation', 'embolisation'})), None, None))")
    keys = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(keys) == 1


def test_the_same_bytes_under_another_path_are_another_entry(tmp_path):
    cache = ResultCache(tmp_path, "run")
    assert cache._entry("a.md", b"text") != cache._entry("b.md", b"text")
    assert cache._entry("a.md", b"text") != cache._entry("a.md", b"text!")
    assert os.path.dirname(cache._entry("a.md", b"text")).startswith(str(tmp_path))


def _refusing(path, *args):
    raise AssertionError(f"{path} was audited again")


def _pages(folder, count):
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:03}.md").write_text(f"# Leaflet {number}\n\nSome text.\n", encoding="utf-8")
    return sorted(str(path) for path in folder.iterdir())


def test_a_run_left_to_choose_uses_a_process_per_core_only_for_many_leaflets_to_audit_afresh(tmp_path, monkeypatch):
    monkeypatch.setattr(audit.engine.os, "cpu_count", lambda: 2)
    many = _pages(tmp_path / "many", audit.engine.AUTO_JOBS_AT)
    few = many[: audit.engine.AUTO_JOBS_AT - 1]
    settings = Settings()
    cache = ResultCache(tmp_path / "cache", "run")
    assert audit.engine._jobs_for(many, settings, None) == 2
    assert audit.engine._jobs_for(few, settings, None) == 1
    assert audit.engine._jobs_for(many, settings, cache) == 2  # nothing remembered yet
    result = audit.engine.audit_paths(many[:1], load_schema()).leaflets[0]
    for path in many:
        cache.put(path, Path(path).read_bytes(), result)
    assert audit.engine._jobs_for(many, settings, cache) == 1  # a warm run starts no process
    monkeypatch.setattr(audit.engine.os, "cpu_count", lambda: 1)
    assert audit.engine._jobs_for(many, settings, None) == 1
