"""The word data the spelling rules stand on, shipped inside the package (see SOURCES.md).

* ``data/words.marisa``: every accepted word form spelled one way, lower case: Hunspell en_GB,
  en_US and the English medical dictionary expanded with ``unmunch``, SCOWL
  lists up to size 70, drug names, and ``medical.txt``, our own interventional-oncology terms.
* ``data/names.marisa``: proper names, the entries that the dictionaries write
  only with a capital (Moen, Wednesday), in lower case. They are known words, but never a
  spelling variant and never a part of a run-on split.
* ``data/zipf.marisa``: Zipf word frequencies from wordfreq, ×100 as whole numbers, for ranking splits
  and suggestions (read only when a word is flagged, so checking stays fast).
* ``data/variants.tsv``: British/American pairs, each confirmed by the
  dictionaries (``tools/build_lexicon.py`` builds all three).

Nothing is downloaded: the data is read from the installed package. The word
tables are marisa tries (``marisa-trie``): one loads in under a millisecond and
holds 400,000 words in about a megabyte, where building a Python set of them took
a seventh of a second at every start and some 40 MB.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from itertools import islice
from pathlib import Path

import marisa_trie

_DATA = resources.files("audit.lexicon").joinpath("data")
ZIPF_SCALE = 100  # zipf.marisa holds each Zipf value times this, as an unsigned 16-bit whole number
ZIPF_RECORD = "<H"


def _read_data(name: str) -> str:
    return _DATA.joinpath(name).read_text(encoding="utf-8")


def _trie(name: str) -> marisa_trie.Trie:
    return marisa_trie.Trie().frombytes(_DATA.joinpath(name).read_bytes())


@dataclass(frozen=True)
class Lexicon:
    """Known words, their frequencies and their spelling variants.

    ``words`` holds the common words spelled one way everywhere; the British and
    American forms of the others are the keys and values of
    ``british_to_american``. Proper names are apart (:meth:`knows_name`). Kept apart at build time, so that the common case
    (a known word with one spelling) is one set lookup and loading builds no
    second set.
    """

    words: marisa_trie.Trie
    british_to_american: dict[str, str]
    american_to_british: dict[str, str]
    accepted: frozenset[str] = field(default=frozenset())

    def knows(self, lower: str) -> bool:
        """A common word (or one the project accepts): names are not, see :meth:`knows_name`."""
        return (
            lower in self.words
            or lower in self.british_to_american
            or lower in self.american_to_british
            or lower in self.accepted
        )

    def spelled_one_way(self, lowered: set[str]) -> set[str]:
        """Those of these lower-case words that are common words with one spelling (in ``words``).

        Remembered for the run, in two sets: a batch asks about the same few
        thousand words again and again, and a set intersection answers a block
        at once where the trie is asked word by word.
        """
        fresh = lowered - self._one_way - self._not_one_way
        for word in fresh:
            (self._one_way if word in self.words else self._not_one_way).add(word)
        return lowered & self._one_way

    @cached_property
    def _one_way(self) -> set[str]:
        return set()

    @cached_property
    def _not_one_way(self) -> set[str]:
        return set()

    def known_or_named(self, candidates: Iterable[str]) -> set[str]:
        """The candidates that are known words or names: one pass over the thousand strings one edit makes."""
        words, names, british, american, accepted = (
            self.words, _names(), self.british_to_american, self.american_to_british, self.accepted
        )
        return {
            c for c in candidates
            if c in words or c in british or c in american or c in accepted or c in names
        }

    def knows_name(self, lower: str) -> bool:
        """A proper name (lower case): read only when a word is unknown, so checking known text never loads them."""
        return lower in _names()

    def begins_a_word(self, stem: str) -> bool:
        """Whether some common word other than ``stem`` begins with it ("fistul" begins "fistula").

        A prefix walk of the word trie, and a binary search over the few variant forms.
        """
        return any(key != stem for key in islice(self.words.iterkeys(stem), 2)) or _begins(self._variant_forms, stem)

    @cached_property
    def _variant_forms(self) -> tuple[str, ...]:
        return tuple(sorted(self.british_to_american.keys() | self.american_to_british.keys()))

    @cached_property
    def _zipf(self) -> marisa_trie.RecordTrie:
        return marisa_trie.RecordTrie(ZIPF_RECORD).frombytes(_DATA.joinpath("zipf.marisa").read_bytes())

    @cached_property
    def _common_by_length(self) -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = {}
        for word in self._zipf:
            by_length.setdefault(len(word), []).append(word)
        return by_length

    def common_of_length(self, length: int) -> list[str]:
        """The words with a known frequency (the Zipf table's), of this many characters."""
        return self._common_by_length.get(length, [])

    def zipf(self, lower: str) -> float:
        """How common a word is, on the Zipf scale (0 unknown, 3 one per million words, 7 'the')."""
        found = self._zipf.get(lower)
        return found[0][0] / ZIPF_SCALE if found else 0.0

    def with_accepted(self, words: frozenset[str]) -> Lexicon:
        """The same lexicon, also accepting a project's own words."""
        if not words:
            return self
        return Lexicon(self.words, self.british_to_american, self.american_to_british, self.accepted | words)


@cache
def load_lexicon() -> Lexicon:
    variants: dict[str, str] = {}
    for line in _read_data("variants.tsv").splitlines():
        if line and not line.startswith("#"):
            british, _, american = line.partition("\t")
            variants[british] = american
    return Lexicon(_trie("words.marisa"), variants, {us: gb for gb, us in variants.items()})


def _begins(ordered: tuple[str, ...], stem: str) -> bool:
    index = bisect.bisect_right(ordered, stem)  # past ``stem`` itself, if listed
    return index < len(ordered) and ordered[index].startswith(stem)


@cache
def _names() -> marisa_trie.Trie:
    return _trie("names.marisa")


class AcceptListError(Exception):
    """An accept list that cannot be read; the message names the file."""


def read_accept_list(path: str | Path) -> frozenset[str]:
    """A project's accept list: one word a line, '#' starts a comment; matched in any case."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise AcceptListError(f"{path}: cannot read accept list: {reason}") from None
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().lower().replace("’", "'")
        if word:
            words.add(word)
    return frozenset(words)
