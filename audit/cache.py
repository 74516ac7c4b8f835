"""Results remembered between runs, so that a leaflet that has not changed is not audited again.

A content repository's CI and an accreditation body's nightly run audit the
same thousand leaflets again and again, and most have not changed since the
last run. A result is kept under a key made of everything that decides it: the
leaflet's bytes and the path it is reported under, the tool's code and data
(each file's content, so an edited checkout is never served an old answer and
a fresh install of the same version, as each CI job makes, still finds its
results), the versions of the installed packages, the schema with its
weights, the settings, the input format and the rules chosen. Change any of
them and the leaflet is audited afresh; so a remembered result is the one a
fresh audit would give, byte for byte.

Entries live in the user's cache folder (``platformdirs``), never beside the
leaflets; ``LEAFLET_AUDIT_CACHE_DIR`` moves them, ``--no-cache`` turns them off,
and deleting the folder at any time is safe. Results that carry an error are
never kept: a file that could not be read is tried again next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import sysconfig
import tempfile
from collections.abc import Iterable
from pathlib import Path

from audit.config import Settings
from audit.model import Format
from audit.report import LeafletResult
from audit.schema import LeafletSchema
from audit.version import tool_version

PACKAGE = Path(__file__).resolve().parent
ENVIRONMENT_VARIABLE = "LEAFLET_AUDIT_CACHE_DIR"


def default_folder() -> Path:
    """Where results are kept unless ``LEAFLET_AUDIT_CACHE_DIR`` says otherwise."""
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("leaflet-audit", appauthor=False))


class ResultCache:
    """One run's view of the remembered results: the run's own key, mixed into every leaflet's."""

    def __init__(self, folder: Path, run_key: str) -> None:
        self.folder = folder
        self.run_key = run_key

    @classmethod
    def for_run(cls, folder: Path, schema: LeafletSchema, settings: Settings, fmt: Format | None,
                rule_ids: Iterable[str] | None) -> ResultCache:
        return cls(folder, run_key(schema, settings, fmt, rule_ids))

    def get(self, path: str, content: bytes) -> LeafletResult | None:
        entry = self._entry(path, content)
        try:
            return LeafletResult.model_validate_json(entry.read_bytes())
        except (OSError, ValueError):  # absent, or torn by a crash mid-write: audit afresh
            return None

    def holds(self, path: str, content: bytes) -> bool:
        """Whether a result is remembered for these bytes (read or not, as :meth:`get` would find it)."""
        return self._entry(path, content).is_file()

    def put(self, path: str, content: bytes, result: LeafletResult) -> None:
        """Keep ``result``; a cache that cannot be written (read-only, full disk) costs speed, never the run."""
        if result.error is not None:
            return
        entry = self._entry(path, content)
        with contextlib.suppress(OSError):
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(result.model_dump_json().encode("utf-8"))
                os.replace(temporary, entry)  # whole or not at all, even with workers writing side by side
            except OSError:
                os.unlink(temporary)
                raise

    def _entry(self, path: str, content: bytes) -> Path:
        digest = hashlib.blake2b(self.run_key.encode(), digest_size=20)
        digest.update(path.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(content)
        key = digest.hexdigest()
        return self.folder / key[:2] / key


def run_key(schema: LeafletSchema, settings: Settings, fmt: Format | None, rule_ids: Iterable[str] | None) -> str:
    """Everything besides the leaflet itself that decides its result."""
    chosen = settings.model_dump(mode="json")
    chosen["accept_words"] = sorted(chosen["accept_words"])  # a set's order changes from process to process
    del chosen["accept_files"]  # which files are searched, not what a leaflet's result is
    parts = {
        "tool": tool_version(),
        "python": sys.version,
        "code": _files_fingerprint(PACKAGE),
        "installed": sorted(_installed_distributions()),
        "schema": schema.model_dump(mode="json"),
        "weights": _file_fingerprint(Path(schema.model)) if schema.model else None,
        "settings": chosen,
        "format": fmt,
        "rules": sorted(rule_ids) if rule_ids is not None else None,
    }
    return hashlib.blake2b(json.dumps(parts, sort_keys=True, default=str).encode(), digest_size=20).hexdigest()


def _files_fingerprint(folder: Path) -> list[tuple[str, int, str]]:
    """Each file of the package by its content: an edited checkout changes the key, and a reinstall of the same
    version, which gives every file a new time, does not (a CI job restores its cache onto a fresh install)."""
    return sorted(
        (str(path.relative_to(folder)), *_file_fingerprint(path))
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


def _file_fingerprint(path: Path) -> tuple[int, str]:
    """Size and a digest of the content (the word tries too: a changed value in a trie of frequencies or syllable
    counts keeps its size; 6 MB in all, about 15 ms a run)."""
    return path.stat().st_size, hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


def _installed_distributions() -> set[str]:
    """The installed packages' names and versions, as their metadata folders are named (``pydantic-2.9.2.dist-info``).

    Parsing, hyphenation and the spelling dictionary come from other packages; upgrading one may change an answer.
    """
    folders = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    names: set[str] = set()
    for folder in folders:
        with contextlib.suppress(OSError):
            names.update(name for name in os.listdir(folder) if name.endswith((".dist-info", ".egg-info")))
    return names
