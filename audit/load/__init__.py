"""Loading a leaflet from a file or from text, whatever its format.

Each format has its own module returning a :class:`~audit.model.Leaflet`. This
module decides the format, decodes the bytes and turns every way a file can be
unreadable into a :class:`LoadError` whose message is one line.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from audit.model import Format, Leaflet

EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}

DEFAULT_MAX_BYTES = 20_000_000  # a leaflet is a few kilobytes: anything this large is a mistake or an attack
_ATX_HEADING = re.compile(r"^#{1,6} +\S", re.MULTILINE)
_MARKDOWN_HEADINGS = 3  # "# Title" alone could be a comment; three such headings are Markdown

HeadingTest = Callable[[str], bool]
"""Tells whether a line of plain text names a known section; lets the text loader tell a title from a heading."""


class LoadError(Exception):
    """A leaflet that cannot be audited. The message is one line and names the problem."""


def format_for(path: str, text: str) -> Format:
    """The format a file's name says, or for standard input what its first characters look like.

    A ``.txt`` file written in Markdown (scrapers that turn pages into text often
    write Markdown: "## What causes it?", "[Home](/)") is read as Markdown.
    """
    suffix = Path(path).suffix.lower()
    if suffix in EXTENSIONS:
        if EXTENSIONS[suffix] == "text" and len(_ATX_HEADING.findall(text)) >= _MARKDOWN_HEADINGS:
            return "markdown"
        return EXTENSIONS[suffix]
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<body", "<main", "<article", "<div", "<p>", "<h1")):
        return "html"
    if head.startswith(("# ", "---\n")) or "\n## " in head or "\n# " in head:
        return "markdown"
    return "text"


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped), with line ends made ``\\n``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError("UTF-16 text (Notepad's or Word's 'Unicode'): save the file as UTF-8")
    if data.startswith(b"PK\x03\x04"):
        raise LoadError("a Word document or other zip file, not text: save it as HTML or plain text (UTF-8)")
    if data.startswith(b"%PDF"):
        raise LoadError("a PDF, not text: extract its text first (pdftotext) or audit the page it came from")
    if b"\x00" in data[:8192]:
        raise LoadError("binary file (contains NUL bytes), not a leaflet")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        declared = declared_charset(data)
        if declared is None:
            line = data[: error.start].count(b"\n") + 1
            raise LoadError(
                f"not UTF-8 text: byte 0x{data[error.start]:02x} at line {line} cannot be decoded "
                "(save the file as UTF-8)"
            ) from None
        try:
            text = data.decode(declared, errors="replace")  # as a browser reads a page saved in its declared charset
        except (LookupError, UnicodeError, TypeError, ValueError):
            raise LoadError(f"not UTF-8 text, and its declared charset {declared} cannot be read (save the file as UTF-8)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def declared_charset(data: bytes) -> str | None:
    """The charset a saved web page declares near its top (``<meta charset="iso-8859-1">``, an http-equiv
    Content-Type, an XML declaration), when Python knows it and it is not UTF-8; else None."""
    found = _DECLARED_CHARSET.search(data[:_DECLARED_WITHIN])
    if found is None:
        return None
    try:
        info = codecs.lookup(found.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name.startswith(_NOT_FOR_A_PAGE):
        return None  # zlib, base64 ...; UTF-16 and UTF-7, which a page's meta cannot declare (browsers read UTF-8)
    return _AS_BROWSERS_READ.get(info.name, info.name) if info.name not in ("utf-8", "utf-8-sig") else None


_NOT_FOR_A_PAGE = ("utf-16", "utf-32", "utf-7", "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140", "unicode",
                   "raw-unicode", "raw_unicode", "unicode_escape", "undefined", "idna", "punycode", "mbcs", "oem")
_AS_BROWSERS_READ = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
"""The WHATWG encoding standard: a page labelled ISO-8859-1 or ASCII is read as windows-1252, whose 0x92 is a curly
apostrophe, not a control character."""


_DECLARED_CHARSET = re.compile(rb"""(?:<meta[^>]*?charset\s*=\s*["']?|<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9_.:-]{2,40})""",
                               re.IGNORECASE)
_DECLARED_WITHIN = 4096


def load_text(text: str, path: str, fmt: Format, known_heading: HeadingTest | None = None) -> Leaflet:
    """Parse already-decoded text in the given format."""
    if not text.strip():
        raise LoadError("empty file: no text to audit")
    leaflet = _parse(text, path, fmt, known_heading)
    if not any(section.heading is not None or section.blocks for section in leaflet.sections):
        # a saved page that is all menu and footer: sections "missing" and a perfect literacy score would mislead
        raise LoadError("no leaflet text found: every line is site furniture (menus, cookie notices, footer) or markup")
    return replace(leaflet, source=text)


def _parse(text: str, path: str, fmt: Format, known_heading: HeadingTest | None) -> Leaflet:
    if fmt == "markdown":
        from audit.load.markdown import parse_markdown

        return parse_markdown(text, path)
    if fmt == "html":
        from audit.load.html import parse_html

        return parse_html(text, path)
    from audit.load.plaintext import parse_plain_text

    return parse_plain_text(text, path, known_heading or (lambda _: False))


def load_file(
    path: str | Path, known_heading: HeadingTest | None = None, fmt: Format | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Leaflet:
    """Read, decode and parse one leaflet file."""
    path = Path(path)
    text = decode(read_regular_file(path, max_bytes))
    return load_text(text, str(path), fmt or format_for(str(path), text), known_heading)


_A_FOLDER = (f"no leaflet files found in this folder to audit ({', '.join(EXTENSIONS)}): none there, or the "
             "configuration excludes or ignores them all")
"""A folder reaches loading only when it was named and leaves no leaflet to audit (folders are searched before)."""


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``; anything else is a :class:`LoadError`.

    Opened without blocking and checked after opening (not before, which a
    swap of the path could outrun): a named pipe would wait forever for a
    writer, and a device such as ``/dev/zero`` never ends.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if os.path.islink(path):
            raise LoadError(f"broken link: it points to {os.readlink(path)!r}, which does not exist") from None
        raise LoadError("no such file") from None
    except IsADirectoryError:
        raise LoadError(_A_FOLDER) from None
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise LoadError(_A_FOLDER)
        raise LoadError(f"not a regular file ({_kind_of(mode)}): only files are audited, or '-' for standard input")
    with os.fdopen(descriptor, "rb") as stream:
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise LoadError(f"cannot read: {error.strerror or error}") from None
    return within_limit(data, max_bytes)


def within_limit(data: bytes, max_bytes: int) -> bytes:
    """``data`` if it is no larger than ``max_bytes`` (read as ``max_bytes + 1`` at most), else a LoadError."""
    if len(data) > max_bytes:
        raise LoadError(
            f"larger than the {max_bytes / 1_000_000:g} MB limit for a leaflet "
            "(max-file-size in the configuration raises it)"
        )
    return data


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


__all__ = [
    "DEFAULT_MAX_BYTES", "EXTENSIONS", "LoadError", "decode", "format_for", "load_file", "load_text",
    "read_regular_file", "within_limit",
]
