"""Where a file stands in its repository: code scanning and pull-request annotations place a finding by its path
from the repository's root, whatever folder the tool was run in ("cd centre-a && leaflet-audit check ." must still
annotate "centre-a/lung-ablation.md")."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path, PurePath

STDIN_NAME = "<stdin>"


def from_root(path: str) -> tuple[str, Path | None]:
    """``path`` relative to the root of the git repository holding it (POSIX separators), with that root; the path
    as given, and ``None``, for standard input or a file outside any repository."""
    if path == STDIN_NAME:
        return path, None
    absolute = Path(os.path.abspath(path))
    root = _root_above(absolute.parent)
    if root is None:
        return PurePath(path).as_posix(), None
    return absolute.relative_to(root).as_posix(), root


@cache
def _root_above(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding ``.git`` (a folder, or a file in a worktree)."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None
