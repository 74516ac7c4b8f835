"""What a section is about, judged from its heading and the text under it by a trained linear model.

The schema's phrases are the first word: explainable and configurable. They
cannot know every wording ("Pinning it down", "Anything to worry about?"), and a
reviewer reads the body too. So, for a heading no phrase names, a logistic
regression per section id scores the (heading, body) pair: the heading's words
and word pairs with the leaflet's topic masked, its question frame ("q:can i"),
the first words of its body ("b:infection", and markers for a frequency, a phone
number, a cause given and several), and where it stands in the leaflet.
What the phrases said is itself a feature, and joined with several causes given
("p:definition&<causes>"): a linear model cannot learn from two features apart that
a definition which goes on to say why it happens is causes too.
The weights are trained by ``tools/train_sections.py`` on the labelled corpus in
``tests/corpora/sections`` and shipped beside the schema as JSON, with the date,
data version and scores they were trained to; scoring here is a few lines of
plain Python, so auditing needs neither scikit-learn nor numpy, and every
decision names its strongest features.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

BODY_WORDS = 100
_WORD = re.compile(r"[a-z][a-z']*")
# Both open with a character class, which lets the regex engine skip ahead: alternatives at the top would
# make it try each at every character (four to seven times slower, and most of the model's cost).
_FREQUENCY = re.compile(r"[\dp](?:(?<=\d)\d* ?(?:in \d+\b|%)|(?<=p)(?<!\wp)er ?cent\b)")  # 1 in 10, 5%, per cent
_CONTACT = re.compile(  # 0161 555 ..., (206) 555-..., 713-555-0162, an e-mail address
    r"[0(\d@](?:(?<=0)(?<!\w0)\d{2,4}[ -]?\d{3}|(?<=\()\d{3}\) ?\d{3}|(?<=\d)(?<!\w\d)\d{2}-\d{3}-\d{4}\b|(?<=@))"
)
_CAUSE_PAIRS = frozenset([  # how text says why something happens: "more likely", "runs in families", "forms when"
    ("more", "likely"), ("family", "history"), ("risk", "factor"), ("risk", "factors"), ("caused", "by"),
    ("linked", "to"), ("linked", "with"), ("due", "to"), ("happens", "when"), ("happen", "when"), ("forms", "when"),
    ("form", "when"), ("develops", "when"), ("develop", "when"), ("starts", "when"), ("runs", "in"), ("run", "in"),
    ("common", "in"), ("more", "often"), ("common", "cause"), ("common", "causes"), ("main", "cause"),
    ("causes", "include"), ("causes", "of"), ("cause", "of"), ("result", "of"), ("results", "from"),
    ("result", "from"), ("because", "of"), ("develop", "after"), ("develops", "after"), ("happen", "after"),
    ("happens", "after"), ("is", "caused"), ("are", "caused"), ("often", "caused"), ("usually", "caused"),
])
_CAUSE_WORDS = frozenset(["because", "inherited", "inherit", "hereditary"])
_STOP = frozenset([
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "be", "will", "you",
    "your", "we", "our", "it", "this", "that", "as", "at", "by", "from", "can", "may", "if", "not", "any",
    "this", "these", "those", "there", "their", "they", "them", "have", "has", "had", "do", "does", "was",
    "were", "been", "being", "about", "into"
])


def features(heading: str, body: str, position: float, phrase_ids: tuple[str, ...]) -> dict[str, float]:
    """The features of one section: ``heading`` normalised with the topic as TOPIC, ``body`` its text.

    Every feature is present (1.0) or absent: the scorer adds weights as they are.

    ``position`` is where the section stands, 0 (first) to 1 (last); ``phrase_ids``
    what the schema's phrases said of the heading, so the model learns when they
    are right ("Risk factors" is causes) and when a keyword misleads them ("Can
    the scan cause harm?").
    """
    found: dict[str, float] = {f"p:{section}": 1.0 for section in phrase_ids} or {"p:none": 1.0}
    words = heading.split()
    for word in words:
        found[f"h:{word}"] = 1.0
    for first, second in itertools.pairwise(words):
        found[f"hh:{first} {second}"] = 1.0
    if len(words) >= 2:
        found[f"q:{words[0]} {words[1]}"] = 1.0
    if not words:
        found["h:"] = 1.0
    lowered = body.lower()
    body_words = _WORD.findall(lowered)[:BODY_WORDS]
    for word in body_words:
        if len(word) > 2 and word not in _STOP:
            found[f"b:{word}"] = 1.0
    all_words = _WORD.findall(lowered)
    causes_given = len(_CAUSE_WORDS.intersection(all_words)) + len(_CAUSE_PAIRS.intersection(itertools.pairwise(all_words)))
    if causes_given:
        found["b:<cause>"] = 1.0
    if causes_given >= 2:  # one "due to" is said of anything; several ways of saying why is a causes section
        found["b:<causes>"] = 1.0
        for section in phrase_ids or ("none",):  # "What is X?" that goes on to say why X happens: causes as well
            found[f"p:{section}&<causes>"] = 1.0
    if _FREQUENCY.search(lowered):
        found["b:<frequency>"] = 1.0
    if _CONTACT.search(body):
        found["b:<contact>"] = 1.0
    found[f"pos:{min(int(position * 5), 4)}"] = 1.0
    return found


@dataclass(frozen=True, slots=True)
class Score:
    """A section id's probability for one section, and the features that weighed most for it."""

    section: str
    probability: float
    evidence: tuple[str, ...]

    def explain(self) -> str:
        if not self.evidence:
            return f"{self.section} {self.probability:.2f}"
        shown = ", ".join(e.split(":", 1)[1] if not e.startswith("pos:") else e for e in self.evidence)
        return f"{self.section} {self.probability:.2f} ({shown})"


class SectionModel:
    """Weights for each section id of one schema, scored in plain Python.

    Each feature's weights are kept as one row (a weight per section id), so
    scoring a section sums the rows of the features it has, column by column,
    in C: about 10 µs a heading, and a leaflet's headings well under a millisecond.
    A row is made the first time its feature is met, not at load: a one-file run
    meets a few hundred of the twenty thousand, and making them all took as long
    as reading the file.
    """

    def __init__(self, data: dict[str, object]) -> None:
        self.meta = {k: v for k, v in data.items() if k not in ("weights", "bias")}
        bias: dict[str, float] = dict(data["bias"])  # type: ignore[arg-type]
        weights: dict[str, dict[str, float]] = data["weights"]  # type: ignore[assignment]
        self._sections = tuple(bias)
        self._bias = tuple(bias[section] for section in self._sections)
        self._tables = tuple(weights.get(section, {}) for section in self._sections)
        self._rows: dict[str, tuple[float, ...] | None] = {}

    def _row(self, feature: str) -> tuple[float, ...] | None:
        """The feature's weight for each section id, ``None`` for a feature no section weighs."""
        try:
            return self._rows[feature]
        except KeyError:
            row = tuple(table.get(feature, 0.0) for table in self._tables)
            found = self._rows[feature] = row if any(row) else None
            return found

    @classmethod
    def read(cls, path: Path) -> SectionModel:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def scores(self, found: dict[str, float], explained: int = 0, least: float = 0.0) -> list[Score]:
        """The section ids most likely first, each with its probability.

        ``least``: leave out ids less likely than this, though never the first
        two (a run needs only the likely ones, and making the rest costs time).
        The first ``explained`` name their evidence.
        """
        rows = [row for row in map(self._row, found) if row]  # features are present or absent (value 1)
        totals = [bias + sum(column) for bias, column in zip(self._bias, zip(*rows))] if rows else list(self._bias)
        ranked = sorted(range(len(totals)), key=lambda number: -totals[number])
        floor = math.log(least / (1 - least)) if 0 < least < 1 else -math.inf
        return [
            Score(
                self._sections[number],
                1 / (1 + math.exp(-totals[number])),
                self._evidence(number, found) if rank < explained else (),
            )
            for rank, number in enumerate(ranked)
            if rank < 2 or totals[number] >= floor
        ]

    def explained(self, score: Score, found: dict[str, float]) -> Score:
        """``score`` with its evidence: the features that raised it most (worked out only when shown)."""
        return Score(score.section, score.probability, self._evidence(self._sections.index(score.section), found))

    def _evidence(self, number: int, found: dict[str, float]) -> tuple[str, ...]:
        """The three features that raised section ``number`` most."""
        raised = [
            (row[number] * value, feature)
            for feature, value in found.items()
            if (row := self._row(feature)) is not None and row[number] * value > 0
        ]
        return tuple(feature for _, feature in sorted(raised, reverse=True)[:3])
