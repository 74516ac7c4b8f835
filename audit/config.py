"""Configuration: built-in defaults < a configuration file < command-line flags, resolved here only.

The file is ``leaflet-audit.toml``, or the ``[tool.leaflet-audit]`` table of a
``pyproject.toml``, found by walking up from the first input (the current
folder for standard input); ``--config`` names one instead. Keys are written
with hyphens (``fail-on``); paths in the file are relative to the file.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from audit.lexicon import read_accept_list
from audit.load import DEFAULT_MAX_BYTES
from audit.report import FailOn, Severity
from audit.schema import describe_validation_error

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

Language = Literal["en-GB", "en-US"]
CONFIG_FILE = "leaflet-audit.toml"
DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_BYTES / 1_000_000  # megabytes


def _kebab(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


class FileConfig(BaseModel):
    """What a configuration file may set. Every key is optional."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True)

    schema_: str | None = Field(None, description="Path of the leaflet schema (TOML) to audit against.")
    language: Language | None = Field(None, description="Spelling variant every leaflet must use.")
    fail_on: FailOn | None = Field(None, description="Findings at or above this severity fail a leaflet.")
    select: list[str] | None = Field(None, description="Rules to run: ids or families ('spelling'); default all.")
    ignore: list[str] = Field(default_factory=list, description="Rules not to run: ids or families.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Severity per rule id or family.")
    accept_list: list[str] = Field(default_factory=list, description="Accept lists: files of words never flagged.")
    include: list[str] = Field(default_factory=list, description="Globs a file must match to be audited.")
    exclude: list[str] = Field(default_factory=list, description="Globs of files never audited.")
    respect_gitignore: bool | None = Field(
        None, description="Folder search skips hidden folders, virtual environments and what .gitignore ignores."
    )
    force_exclude: bool | None = Field(None, description="Apply exclude to files named on the command line too.")
    max_file_size: float | None = Field(
        None, gt=0, description="Largest leaflet read, in megabytes (default 20); a larger file is an error."
    )


class Settings(BaseModel):
    """The settings in force for one run, after defaults, file and flags."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    language: Language | None = None
    accept_words: frozenset[str] = frozenset()
    accept_files: frozenset[str] = frozenset()
    """The accept lists' own files, as real paths: word lists, never audited as leaflets when a folder holds them
    ("words.txt" beside the leaflets)."""
    fail_on: FailOn = "error"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    schema_path: Path | None = None
    config_path: Path | None = None
    max_file_size: float = DEFAULT_MAX_FILE_SIZE  # megabytes
    respect_gitignore: bool = True
    force_exclude: bool = False

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_size * 1_000_000)

    def runs(self, rule_id: str) -> bool:
        selected = self.select is None or any(_names(pattern, rule_id) for pattern in self.select)
        return selected and not any(_names(pattern, rule_id) for pattern in self.ignore)

    def severity_of(self, rule_id: str, default: Severity) -> Severity:
        """The most specific override: the rule's id before its family's."""
        matches = sorted((p for p in self.severity if _names(p, rule_id)), key=len, reverse=True)
        return self.severity[matches[0]] if matches else default

    def wants(self, path: str) -> bool:
        """Whether a file found in a folder passes the include and exclude globs.

        A glob is tried against the path as given and against the path relative
        to the configuration file's folder, so "leaflets/*" means the same from
        any working folder.
        """
        return (not self.include or self._matches(path, self.include)) and not self.excludes(path)

    def excludes(self, path: str) -> bool:
        """Whether the exclude globs name the file (for files named explicitly: only with --force-exclude)."""
        return self._matches(path, self.exclude)

    def _matches(self, path: str, globs: tuple[str, ...]) -> bool:
        forms = {Path(path).as_posix()}
        if self.config_path is not None:
            with contextlib.suppress(ValueError):  # outside the configuration's folder: only the path as given
                forms.add(Path(path).resolve().relative_to(self.config_path.parent.resolve()).as_posix())
        return any(fnmatch.fnmatch(form, glob) for form in forms for glob in globs)


def _names(pattern: str, rule_id: str) -> bool:
    """'spelling', 'spelling.*' and 'spelling.run-on' all name spelling.run-on."""
    pattern = pattern.removesuffix(".*")
    return rule_id == pattern or rule_id.startswith(pattern + ".")


class ConfigError(Exception):
    """A configuration file that cannot be used; one line naming the file and the key."""


def find_config(start: Path, warn: Callable[[str], None]) -> Path | None:
    """The nearest leaflet-audit.toml, or pyproject.toml with a [tool.leaflet-audit] table, upwards from start.

    A pyproject.toml that cannot be read belongs to some other project or tool
    (a parent folder's): it is passed over with a ``warn``ing, unless it visibly
    holds a ``[tool.leaflet-audit]`` table, which is then this run's broken
    configuration (an error: a CI gate must not loosen unseen).
    """
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if not pyproject.is_file():
            continue
        try:
            tables = _read_toml(pyproject).get("tool")
        except ConfigError as error:
            if _OUR_TABLE.search(_text_of(pyproject)):
                raise
            warn(f"{error}; ignored")
            continue
        if isinstance(tables, dict) and "leaflet-audit" in tables:
            return pyproject
    return None


_OUR_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*[\"']?leaflet-audit\b", re.MULTILINE)


def _text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def read_config(path: Path) -> FileConfig:
    data = _read_toml(path)
    if path.name == "pyproject.toml" or (isinstance(data.get("tool"), dict) and "leaflet-audit" in data["tool"]):
        # a pyproject.toml, or any file laid out as one ("--config ci/pyproject-ci.toml")
        tables = data.get("tool", {})
        data = tables.get("leaflet-audit", {}) if isinstance(tables, dict) else None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.leaflet-audit] is not a table")
    try:
        return FileConfig.model_validate(data)
    except ValidationError as error:
        raise ConfigError(f"{path}: {describe_validation_error(error, FileConfig)}") from None


def resolve(
    config_path: Path | None,
    *,
    language: Language | None = None,
    fail_on: FailOn | None = None,
    default_fail_on: FailOn = "error",
    schema: Path | None = None,
    accept: list[Path] | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    no_ignore: bool = False,
    force_exclude: bool = False,
) -> Settings:
    """Defaults (a command's own ``default_fail_on``: ``spell`` fails on warnings), then the file's values, then the
    flags given (None means not given). ``--ignore`` adds to the file's ``ignore``, as a hook's arguments should not
    drop the repository's own; ``--select`` replaces the file's ``select``."""
    file = read_config(config_path) if config_path is not None else FileConfig()
    base = config_path.parent if config_path is not None else Path.cwd()
    accept_paths = [base / p for p in file.accept_list] + list(accept or [])
    words: frozenset[str] = frozenset()
    for accept_path in accept_paths:
        words |= read_accept_list(accept_path)
    return Settings(
        language=language or file.language,
        accept_words=words,
        accept_files=frozenset(os.path.realpath(path) for path in accept_paths),
        fail_on=fail_on or file.fail_on or default_fail_on,
        select=tuple(select) if select else (tuple(file.select) if file.select is not None else None),
        ignore=tuple(dict.fromkeys([*file.ignore, *(ignore or [])])),
        severity=dict(file.severity),
        include=tuple(file.include),
        exclude=tuple(file.exclude),
        schema_path=schema or (base / file.schema_ if file.schema_ else None),
        config_path=config_path,
        max_file_size=file.max_file_size or DEFAULT_MAX_FILE_SIZE,
        respect_gitignore=not no_ignore and file.respect_gitignore is not False,
        force_exclude=force_exclude or bool(file.force_exclude),
    )
