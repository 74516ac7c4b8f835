"""Folder search finds the leaflets of a content repository and nothing of its tooling."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from audit.cli import app
from audit.config import Settings
from audit.engine import discover

runner = CliRunner()
LEAFLET = "# Bone\n\n## What is it?\n\nCancer that has spread to the bone.\n"


def repository(root: Path) -> Path:
    (root / ".git").mkdir()
    for name in ["leaflets/a.md", "leaflets/drafts/b.md", ".venv/lib/words.txt", "env/lib/c.txt",
                 "node_modules/pkg/README.md", "build/d.html", "dist/e.md", ".hidden/f.md", "notes/scratch.md",
                 "leaflets/keep.md"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(LEAFLET, encoding="utf-8")
    (root / "env" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")
    (root / ".gitignore").write_text("notes/\nleaflets/drafts/\n*.md\n!leaflets/*.md\n", encoding="utf-8")
    return root


def names(found: list[str], root: Path) -> list[str]:
    return sorted(Path(p).resolve().relative_to(root.resolve()).as_posix() for p in found)


def test_folder_search_skips_tooling_hidden_folders_and_what_gitignore_ignores(tmp_path):
    root = repository(tmp_path)
    assert names(discover([str(root)]), root) == ["leaflets/a.md", "leaflets/keep.md"]


def test_a_nested_gitignore_and_one_above_the_searched_folder_both_count(tmp_path):
    root = repository(tmp_path)
    (root / "leaflets" / ".gitignore").write_text("keep.md\n", encoding="utf-8")
    assert names(discover([str(root / "leaflets")]), root) == ["leaflets/a.md"]


def test_no_ignore_searches_everything(tmp_path):
    root = repository(tmp_path)
    found = names(discover([str(root)], Settings(respect_gitignore=False)), root)
    assert ".venv/lib/words.txt" in found and "notes/scratch.md" in found and len(found) == 10


def test_files_named_explicitly_are_audited_unless_force_exclude(tmp_path):
    root = repository(tmp_path)
    draft = str(root / "leaflets" / "drafts" / "b.md")
    assert discover([draft]) == [draft]
    excluding = Settings(exclude=("*/drafts/*",), force_exclude=True)
    assert discover([draft], excluding) == []


def test_check_dot_in_a_repository_audits_only_its_leaflets(tmp_path, monkeypatch):
    root = repository(tmp_path)
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["check", ".", "-f", "csv"])
    assert sorted(line.split(",")[0] for line in result.stdout.splitlines()[1:]) == ["leaflets/a.md", "leaflets/keep.md"]
    everything = runner.invoke(app, ["check", ".", "-f", "csv", "--no-ignore"])
    assert len(everything.stdout.splitlines()) == 11
