"""Which files a folder given on the command line holds as leaflets, the way codespell and markdownlint search.

``check .`` in a content repository must audit its leaflets, not a virtual
environment's word lists: folder search skips hidden folders (``.git``,
``.venv``), virtual environments (any folder with a ``pyvenv.cfg``),
``node_modules``, ``__pycache__``, ``build`` and ``dist``, hidden files (an editor's
``.#kidney.md`` lock), a repository's own documents (``README.md``,
``CHANGELOG.md``, ``LICENSE.txt``), and whatever the
repository's ``.gitignore`` files ignore, read with ``pathspec`` (git's own
matching rules, including negation and anchoring), from the folder searched up
to the repository's root. ``--no-ignore`` searches everything. Files named on
the command line are never skipped by this; the configuration's ``exclude``
is applied to them only with ``--force-exclude`` (pre-commit names files).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "build", "dist", "site-packages"})
REPOSITORY_FILES = frozenset({
    "readme", "changelog", "changes", "history", "contributing", "code_of_conduct", "license", "licence", "copying",
    "security", "authors", "notice",
})
"""A repository's own documents ("README.md", "CHANGELOG.md", "LICENSE.txt"): not leaflets, as the pre-commit hooks
already know; named on the command line, they are audited as asked."""


def leaflet_files(folder: Path, suffixes: frozenset[str], ignore: bool = True) -> Iterator[Path]:
    """Files under ``folder`` with one of ``suffixes``, in sorted order, skipping what is not leaflets."""
    rules = _gitignores_above(Path(os.path.abspath(folder))) if ignore else []
    yield from _walk(folder, suffixes, rules, ignore)


def _walk(folder: Path, suffixes: frozenset[str], rules: list[tuple[Path, GitIgnoreSpec]], ignore: bool) -> Iterator[Path]:
    if ignore:
        own = folder / ".gitignore"
        if own.is_file():
            rules = [*rules, (Path(os.path.abspath(folder)), _spec(own))]
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        is_folder = entry.is_dir(follow_symlinks=False)
        if ignore and (_ignored(path, is_folder, rules) or (is_folder and _not_leaflets(path))
                       or (not is_folder and (path.name.startswith(".")  # an editor's lock or backup: ".#kidney.md"
                                              or path.name.split(".", 1)[0].lower() in REPOSITORY_FILES))):
            continue
        if is_folder:
            yield from _walk(path, suffixes, rules, ignore)
        elif path.suffix.lower() in suffixes and _a_file_or_a_broken_link(entry):
            yield path


def _a_file_or_a_broken_link(entry: os.DirEntry[str]) -> bool:
    """A file, or a link named as a leaflet that leads nowhere (a loop, a missing target): audited, so that it is
    reported in its place with the one-line error naming it directly gives, and the rest of the folder goes on."""
    try:
        return entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path))
    except OSError:
        return True


def _not_leaflets(folder: Path) -> bool:
    return folder.name.startswith(".") or folder.name in SKIPPED_FOLDERS or (folder / "pyvenv.cfg").is_file()


def _ignored(path: Path, is_folder: bool, rules: list[tuple[Path, GitIgnoreSpec]]) -> bool:
    ignored = False
    for base, spec in rules:  # outer files first: a nearer .gitignore has the last word, as in git
        relative = Path(os.path.abspath(path)).relative_to(base).as_posix() + ("/" if is_folder else "")
        result = spec.check_file(relative)
        if result.include is not None:
            ignored = result.include
    return ignored


def _spec(path: Path) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec  # only a run that walks a folder pays for it (20 ms to import)

    try:
        return GitIgnoreSpec.from_lines(path.read_text(encoding="utf-8", errors="replace").splitlines())
    except (OSError, ValueError):
        return GitIgnoreSpec.from_lines([])


def _gitignores_above(folder: Path) -> list[tuple[Path, GitIgnoreSpec]]:
    """The .gitignore files of the folders above ``folder`` (absolute) up to its repository's root, outermost first."""
    if (folder / ".git").exists():
        return []  # the folder is the root: its own .gitignore is read as the walk enters it
    above: list[tuple[Path, GitIgnoreSpec]] = []
    for parent in folder.parents:
        if (parent / ".gitignore").is_file():
            above.append((parent, _spec(parent / ".gitignore")))
        if (parent / ".git").exists():
            return list(reversed(above))
    return []  # not inside a repository: no .gitignore above applies
