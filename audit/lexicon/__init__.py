"""The word data the spelling rules stand on, shipped inside the package (see SOURCES.md).

* ``data/words.txt.gz``: every accepted word form, lower case: Hunspell en_GB,
  en_US and the English medical dictionary expanded with ``unmunch``, SCOWL
  lists up to size 70, and ``medical.txt``, our own interventional-oncology terms.
* ``data/zipf.tsv.gz``: Zipf word frequencies from wordfreq, for ranking splits
  and suggestions (read only when a word is flagged, so checking stays fast).
* ``data/variants.tsv``: British/American pairs, each confirmed by the
  dictionaries (``tools/build_lexicon.py`` builds all three).

Nothing is downloaded: the data is read from the installed package.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

_DATA = resources.files("audit.lexicon").joinpath("data")


def _read_data(name: str) -> str:
    raw = _DATA.joinpath(name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


@dataclass(frozen=True)
class Lexicon:
    """Known words, their frequencies and their spelling variants."""

    words: frozenset[str]
    british_to_american: dict[str, str]
    single_spelling: frozenset[str]
    """Known words spelled the same in British and American English: the spelling pass's fast path."""
    accepted: frozenset[str] = field(default=frozenset())

    def knows(self, lower: str) -> bool:
        return lower in self.words or lower in self.accepted

    @cached_property
    def american_to_british(self) -> dict[str, str]:
        return {us: gb for gb, us in self.british_to_american.items()}

    @cached_property
    def _zipf(self) -> dict[str, float]:
        table: dict[str, float] = {}
        for line in _read_data("zipf.tsv.gz").splitlines():
            word, _, value = line.partition("\t")
            table[word] = float(value)
        return table

    def zipf(self, lower: str) -> float:
        """How common a word is, on the Zipf scale (0 unknown, 3 one per million words, 7 'the')."""
        return self._zipf.get(lower, 0.0)

    def with_accepted(self, words: frozenset[str]) -> Lexicon:
        """The same lexicon, also accepting a project's own words."""
        if not words:
            return self
        return Lexicon(self.words, self.british_to_american, self.single_spelling, self.accepted | words)


@cache
def load_lexicon() -> Lexicon:
    words = frozenset(_read_data("words.txt.gz").split("\n")) - {""}
    variants: dict[str, str] = {}
    for line in _read_data("variants.tsv").splitlines():
        if line and not line.startswith("#"):
            british, _, american = line.partition("\t")
            variants[british] = american
    single = words.difference(variants, variants.values())
    return Lexicon(words, variants, single)


class AcceptListError(Exception):
    """An accept list that cannot be read; the message names the file."""


def read_accept_list(path: str | Path) -> frozenset[str]:
    """A project's accept list: one word a line, '#' starts a comment; matched in any case."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise AcceptListError(f"{path}: cannot read accept list: {error}") from None
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().lower().replace("’", "'")
        if word:
            words.add(word)
    return frozenset(words)
