"""Folder search finds the leaflets of a content repository and nothing of its tooling."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from audit.cli import app
from audit.config import Settings, resolve
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


def test_folder_search_skips_the_reports_an_earlier_run_wrote_there_but_not_a_leaflet_that_names_the_tool(tmp_path):
    leaflet = "# Lung biopsy\n\n<!-- leaflet-audit: disable=spelling.unknown -->\n\n## What is it?\n\nA needle test.\n"
    (tmp_path / "biopsy.md").write_text(leaflet, encoding="utf-8")
    for fmt, name in (("html", "report.html"), ("markdown", "report.md"), ("text", "report.txt")):
        result = runner.invoke(app, ["check", str(tmp_path), "-f", fmt, "-o", str(tmp_path / name)])
        assert result.exit_code in (0, 1), result.stderr
    result = runner.invoke(app, ["readability", str(tmp_path / "biopsy.md"), "-o", str(tmp_path / "grades.txt")])
    assert result.exit_code == 0, result.stderr
    assert names(discover([str(tmp_path)]), tmp_path) == ["biopsy.md"]
    assert len(discover([str(tmp_path / "report.md")])) == 1  # named explicitly, it is audited as asked


def test_force_exclude_skips_reports_and_accept_lists_named_as_pre_commit_names_them(tmp_path):
    (tmp_path / "biopsy.md").write_text("# Lung biopsy\n\n## What is it?\n\nA needle test.\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("tumoursfrom\n", encoding="utf-8")
    (tmp_path / "leaflet-audit.toml").write_text('accept-list = ["words.txt"]\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "biopsy.md"), "-f", "markdown", "-o", str(tmp_path / "report.md")])
    assert result.exit_code in (0, 1), result.stderr
    named = [str(tmp_path / name) for name in ("biopsy.md", "words.txt", "report.md")]
    settings = resolve(tmp_path / "leaflet-audit.toml")
    assert discover(named, settings) == named  # named on the command line: audited as asked
    pre_commit = resolve(tmp_path / "leaflet-audit.toml", force_exclude=True)
    assert discover(named, pre_commit) == [str(tmp_path / "biopsy.md")]


def test_folder_search_skips_the_configured_accept_lists(tmp_path):
    (tmp_path / "biopsy.md").write_text("# Lung biopsy\n\nA needle test.\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("tumoursfrom\n", encoding="utf-8")
    (tmp_path / "leaflet-audit.toml").write_text('accept-list = ["words.txt"]\n', encoding="utf-8")
    settings = resolve(tmp_path / "leaflet-audit.toml")
    assert names(discover([str(tmp_path)], settings), tmp_path) == ["biopsy.md"]
    assert names(discover([str(tmp_path)]), tmp_path) == ["biopsy.md", "words.txt"]


def test_folder_search_skips_a_repositorys_own_documents_but_not_leaflets_named_like_them(tmp_path):
    for name in ["README.md", "CHANGELOG.md", "LICENSE.txt", "leaflets/readme.html", "leaflets/readme-first.md",
                 "leaflets/bone.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(LEAFLET, encoding="utf-8")
    assert names(discover([str(tmp_path)]), tmp_path) == ["leaflets/bone.md", "leaflets/readme-first.md"]
    assert len(discover([str(tmp_path)], Settings(respect_gitignore=False))) == 6
    assert discover([str(tmp_path / "README.md")]) == [str(tmp_path / "README.md")]


def test_folder_search_skips_an_editors_lock_and_takes_a_leaflet_opening_with_a_container_block(tmp_path):
    (tmp_path / "kidney.md").write_text("::: note\nBring your tablets.\n:::\n\n# Kidney biopsy\n\nText.\n", encoding="utf-8")
    (tmp_path / ".#kidney.md").symlink_to("root@host.12345:1700000000")  # Emacs's lock while a leaflet is edited
    assert names(discover([str(tmp_path)]), tmp_path) == ["kidney.md"]
