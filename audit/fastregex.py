"""Patterns compiled by RE2 where RE2 can run them and finds what Python's ``re`` would.

Python compiles a regular expression in Python: a long alternation (a section's
heading phrases, a literacy cue) costs milliseconds to compile and, searched
over text that lacks it, tries every alternative at every character. RE2
(``google-re2``) compiles in C++ and reads text once. It has no lookarounds and
its ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII, so a caller uses it only for
patterns it accepts and on text where the two engines agree, and keeps Python's
``re`` for the rest: the answers are the same either way, only the time differs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

WHOLE_WORD_BEFORE = r"(?<![\w'])"
WHOLE_WORD_AFTER = r"(?![\w'])"
"""The lookarounds that make a phrase match whole words only (:func:`audit.schema.phrase_pattern`)."""


_UNICODE_SPACE = re.compile(r"[\x0b\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_UNICODE_LETTER = re.compile(r"(?![\x00-\x7f])(?!\d)\w")
_UNICODE_DIGIT = re.compile(r"(?![\x00-\x7f])\d|[\u0130\u0131\u017f\u212a]")
"""A digit outside ASCII, or one of the four letters that Python's engine, ignoring case, takes for an ASCII one
("ſ" for "s", the Kelvin sign for "k"): RE2 would read either otherwise."""
STAND_IN = "_"
"""What RE2 reads in place of a letter outside ASCII (the Maori "ā", the "é" of "café"): a word character to both
engines that no letter class or literal of a pattern without an underscore takes."""
SPACE_STAND_IN = "\f"
"""What RE2 reads in place of a space its ``\\s`` does not know (a no-break space, a vertical tab a Word export
leaves for a line break): a space to both engines that neither a literal space nor ``[ \\t]`` takes, as Python's
``re`` takes neither a no-break space nor a vertical tab."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def as_re2_reads(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The text as RE2 can read it, one character for one, and where it stands in for a letter; None where a digit
    outside ASCII (Devanagari numerals) or a letter that folds to an ASCII one would read differently.

    Python's ``re`` counts letters outside ASCII as word characters and some spaces (no-break, vertical tab,
    ``\\x1c``-``\\x1f``) as spaces, RE2 neither: each letter becomes an underscore and each such space a form feed.
    For a pattern that names no underscore, form feed or vertical tab and no letter outside ASCII, RE2 then finds
    in the stand-in text just what ``re`` finds in the text, at the same places; for one with an underscore ("[*_]"
    around a bold heading) it can find more, only where a match touches a letter's stand-in (found by fuzzing both
    engines over made-up pages, 2026-12-06: the first form, a plain space for a no-break one, let "warning\xa0signs"
    match a cue Python's engine does not).
    """
    if text.isascii() and not _UNICODE_SPACE.search(text):
        return text, ()
    if _UNICODE_DIGIT.search(text) or _SURROGATE.search(text):
        return None  # a lone surrogate (text built in Python, not read from a file) RE2 cannot even take
    stand_ins = tuple(found.start() for found in _UNICODE_LETTER.finditer(text))
    return _UNICODE_LETTER.sub(STAND_IN, _UNICODE_SPACE.sub(SPACE_STAND_IN, text)), stand_ins


@cache
def in_re2(source: str, flags: int = 0) -> Any:
    """The pattern compiled by RE2, or ``None`` where RE2 cannot run it (a lookaround, a flag it is not given,
    or no RE2 on this platform)."""
    engine = _re2()
    if engine is None or flags & ~(re.MULTILINE | re.UNICODE):  # a str pattern always carries UNICODE
        return None
    re2, options = engine
    try:
        return re2.compile(("(?m)" if flags & re.MULTILINE else "") + source, options)
    except re2.error:
        return None


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern: ``a|(b|c)|[|]`` is ``a``, ``(b|c)`` and ``[|]``; a pattern opening
    with flags for the whole of it (``(?i)``) is one alternative, as its flags would not reach the others."""
    if _GLOBAL_FLAGS.match(source):
        return [source]
    parts, depth, start, index, class_opened = [], 0, 0, 0, None
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if class_opened is not None:  # inside "[...]": a "]" closes it unless it is the first member ("[]...", "[^]...")
            first = source[class_opened + 1 : index] in ("", "^")
            if char == "]" and not first:
                class_opened = None
        elif char == "[":
            class_opened = index
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@cache
def split_for_re2(source: str, flags: int = 0) -> tuple[str | None, str | None]:
    """The pattern as the alternatives RE2 can run, joined, and those it cannot (a lookaround), joined; either is
    None where it has none. One lookaround refuses RE2 the whole of a pattern, so a cue with one alternative
    that needs it was read by Python's engine alone; now only that alternative is."""
    parts = alternatives(source)
    ours = [part for part in parts if in_re2(part, flags) is not None]
    theirs = [part for part in parts if in_re2(part, flags) is None]
    if ours and in_re2("|".join(ours), flags) is None:
        return None, source  # joined, the alternatives outgrow what RE2 compiles
    return ("|".join(ours) or None), ("|".join(theirs) or None)


_LITERAL_LED = re.compile(r"(?:\\b)?([a-z0-9][a-z0-9 ]{2,})(?![?*+{])")


@cache
def leading_literals(source: str) -> tuple[str, ...] | None:
    """The words every alternative of a pattern opens with ("\\bget (?:medical )?help" opens with "get "), or None
    where one opens otherwise: a match can start only where one of them stands."""
    literals = []
    for part in alternatives(source):
        found = _LITERAL_LED.match(part)
        if found is None:
            return None
        literals.append(found.group(1))
    return tuple(literals)


def search_from_literals(pattern: re.Pattern[str], literals: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, trying the pattern only where one of its opening words stands: Python's engine
    tries a pattern that opens with a word boundary at every character, where ``str.find`` skips to the word."""
    starts = sorted({at for literal in literals for at in _places(literal, text)})
    for start in starts:
        found = pattern.match(text, start)
        if found is not None:
            return found
    return None


def _places(literal: str, text: str) -> list[int]:
    places, at = [], text.find(literal)
    while at >= 0:
        places.append(at)
        at = text.find(literal, at + 1)
    return places


def _re2() -> tuple[Any, Any] | None:
    """RE2 and its quiet options (a pattern it refuses is ours to try elsewhere, not a log line), or ``None``
    on a platform google-re2 has no wheel for: Python's engine finds the same, slower."""
    try:
        import re2  # imported when first needed, not by every run
    except ImportError:
        return None
    options = re2.Options()
    options.log_errors = False
    return re2, options


def whole_word_form(pattern: str) -> str:
    """``pattern`` with the whole-word lookarounds that open and close it as boundaries that RE2 can read:
    start or end of text, or a character outside ``[\\w']``.

    Text has a match of one where it has a match of the other, at the same words, though the spans differ
    (they take in the boundary): so the form answers only whether there is one. Only for ASCII text, where
    ``\\w`` means the same to both engines. A lookaround inside the pattern is left as it is (read as a
    boundary there, it would have to take in a character the pattern itself reads), so RE2 refuses it.
    """
    if pattern.startswith(WHOLE_WORD_BEFORE):
        pattern = r"(?:^|[^\w'])" + pattern[len(WHOLE_WORD_BEFORE) :]
    if pattern.endswith(WHOLE_WORD_AFTER):
        pattern = pattern[: -len(WHOLE_WORD_AFTER)] + r"(?:$|[^\w'])"
    return pattern


class PatternSet:
    """Many patterns searched in one pass: which of them a text has (RE2's ``Set``).

    ``unsupported`` numbers the patterns RE2 cannot run, which a caller tries another way; with no RE2 on
    the platform that is every pattern.
    """

    def __init__(self, patterns: list[str]) -> None:
        self._numbers: list[int] = []  # the RE2 set's index -> the pattern's number in ``patterns``
        self._set: Any = None
        unsupported = []
        engine = _re2()
        if engine is None:
            self.unsupported = tuple(range(len(patterns)))
            return
        re2, options = engine
        found = re2.Set.SearchSet(options)
        for number, pattern in enumerate(patterns):
            try:
                found.Add(pattern)
            except re2.error:
                unsupported.append(number)
            else:
                self._numbers.append(number)
        self.unsupported = tuple(unsupported)
        if self._numbers:
            found.Compile()
            self._set = found

    def numbers(self, text: str) -> list[int]:
        """The numbers of the supported patterns that ``text`` has a match of."""
        if self._set is None:
            return []
        return [self._numbers[index] for index in self._set.Match(text) or ()]
