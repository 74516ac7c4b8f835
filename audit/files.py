"""Writing a user's file whole or not at all, and never anything but the file meant.

Every write the tool makes (a fixed leaflet, a report, an exported schema) comes
here. A regular file is replaced by a rename from a temporary file beside it,
so a crash or a full disk never leaves half a file; the new file keeps the old
one's mode, owner and group. A symbolic link is followed and its target written,
so the link stays a link. A character device or a named pipe (``/dev/null``,
``/dev/stdout``, a FIFO a reader waits on) is written to as it is, never
replaced. Anything else that is not a regular file (a directory, a socket) is
refused. A read-only file is refused unless the caller allows it, a file with
other hard links is written in place (a rename would split it from them), and
a file changed by someone else since the tool read it is left alone.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


class WriteError(Exception):
    """A file that was not written; the message is one line naming it, and the file is as it was."""


@dataclass(frozen=True)
class Snapshot:
    """What a file was when the tool read it: enough to tell that nobody has changed it since."""

    size: int
    modified_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> Snapshot:
        """The snapshot of ``path`` whose bytes, just read, are ``data``."""
        status = os.stat(path)
        return cls(status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest())


def write_text(path: Path, text: str | Iterable[str], *, unchanged_since: Snapshot | None = None,
               read_only_ok: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` as the module's rules say, or raise :class:`WriteError`.

    ``text`` may come in parts (a report written as it is made): every check on the path is made
    before the first part is asked for, and the file is replaced only after the last.
    """
    data = (part.encode("utf-8", "surrogateescape") for part in ([text] if isinstance(text, str) else text))
    target = Path(os.path.realpath(path))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise WriteError(f"{path}: cannot write: {error.strerror or error}") from None
    if status is not None and (stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode)):
        _write_through(path, target, data)
        return
    if status is not None and not stat.S_ISREG(status.st_mode):
        kind = "a directory" if stat.S_ISDIR(status.st_mode) else "not a regular file"
        raise WriteError(f"{path}: is {kind}; nothing was written")
    if not target.parent.is_dir():
        raise WriteError(f"{path}: the folder {target.parent} does not exist; nothing was written")
    if status is not None:
        if not read_only_ok and not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise WriteError(f"{path}: is read-only; left as it is (--force rewrites it)")
        if unchanged_since is not None and _changed(target, status, unchanged_since):
            raise WriteError(f"{path}: changed since it was read (edited by someone else?); left as it is")
    _replace(path, target, data, status)


def _changed(target: Path, status: os.stat_result, snapshot: Snapshot) -> bool:
    if (status.st_size, status.st_mtime_ns) != (snapshot.size, snapshot.modified_ns):
        return True
    return hashlib.sha256(target.read_bytes()).hexdigest() != snapshot.digest


def _write_through(shown: Path, target: Path, data: Iterable[bytes]) -> None:
    try:
        with open(target, "wb") as stream:
            stream.writelines(data)
    except OSError as error:
        raise WriteError(f"{shown}: cannot write: {error.strerror or error}") from None


def _replace(shown: Path, target: Path, data: Iterable[bytes], status: os.stat_result | None) -> None:
    umask = os.umask(0)
    os.umask(umask)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise WriteError(f"{shown}: cannot write in its folder: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.writelines(data)
            stream.flush()
            os.fsync(stream.fileno())
        if status is None:
            os.chmod(temporary, 0o666 & ~umask)
        elif status.st_nlink > 1:  # other names share this file: change its contents, not which file the name is
            shutil.copyfile(temporary, target)
            return
        else:
            os.chmod(temporary, stat.S_IMODE(status.st_mode))
            if not _owner_kept(temporary, status):
                raise WriteError(f"{shown}: owned by another user, who would lose it to a rename; left as it is")
        os.replace(temporary, target)
    except OSError as error:
        reason = "no space left on the disk" if error.errno == errno.ENOSPC else (error.strerror or str(error))
        raise WriteError(f"{shown}: cannot write: {reason}; the file is as it was") from None
    finally:
        Path(temporary).unlink(missing_ok=True)


def _owner_kept(temporary: str, status: os.stat_result) -> bool:
    """Give the new file the old one's owner and group (root fixing a user's leaflet must not take it)."""
    if not hasattr(os, "chown") or (status.st_uid, status.st_gid) == (os.geteuid(), os.getegid()):
        return True
    try:
        os.chown(temporary, status.st_uid, status.st_gid)
    except PermissionError:
        return False
    return True
