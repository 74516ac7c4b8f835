"""Seeding slips into clean leaflets and measuring how many the spelling rules find.

Used by tests/checks/test_spelling.py, which asserts the issue's targets on them.
Slips are seeded with a fixed random seed, several per copy of a leaflet, far
enough apart not to touch.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field
from importlib import resources

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

from audit.checks import all_rules
from audit.engine import audit_leaflet, load
from audit.lexicon import load_lexicon
from audit.load import load_text
from audit.schema import LeafletSchema, load_schema
from audit.structure import SectionMatcher
from audit.words import PROSE_WORD
from tests.conftest import FIXTURES

CLEAN = sorted((FIXTURES / "spelling").glob("clean-*.md"))
_WORD = re.compile(r"(?<![\w'’./@-])[a-z]{2,}(?![\w'’@/-]|\.\w)")  # not inside addresses
SLIPS_PER_COPY = 8


@dataclass
class Score:
    seeded: int = 0
    found: int = 0
    first_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.seeded if self.seeded else 1.0

    @property
    def first_right_share(self) -> float:
        return self.first_right / self.found if self.found else 1.0


def _prose_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith(("#", "-", "|"))]


def spelling_findings(text: str, schema: LeafletSchema, name: str = "seeded.md", matcher: SectionMatcher | None = None):
    rules = [r for r in all_rules().values() if r.id.startswith("spelling.")]
    leaflet = load_text(text, name, "markdown")
    return audit_leaflet(leaflet, schema, rules, matcher=matcher).findings


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    kind = rng.choice(["delete", "insert", "replace", "transpose"])
    letters = "abcdefghijklmnopqrstuvwxyz"
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "insert":
        return word[:i] + rng.choice(letters) + word[i:]
    if kind == "replace":
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _seed(text: str, rng: random.Random, kind: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Up to SLIPS_PER_COPY slips on distinct lines: (line, column, slip, expected correction)."""
    lexicon = load_lexicon()
    lines = text.split("\n")
    chosen = rng.sample(_prose_lines(text), k=min(SLIPS_PER_COPY, len(_prose_lines(text))))
    seeded = []
    for index in chosen:
        line = lines[index]
        words = list(_WORD.finditer(line))
        if kind == "join":
            pairs = [(a, b) for a, b in itertools.pairwise(words) if b.start() == a.end() + 1]
            if not pairs:
                continue
            a, b = rng.choice(pairs)
            slip, expected = a.group() + b.group(), f"{a.group()} {b.group()}"
            start, end = a.start(), b.end()
        else:
            candidates = [w for w in words if len(w.group()) >= 4]
            if not candidates:
                continue
            w = rng.choice(candidates)
            slip = _typo(w.group(), rng)
            if lexicon.knows(slip):
                continue  # a real-word error: no spelling checker can see it
            expected, start, end = w.group(), w.start(), w.end()
        lines[index] = line[:start] + slip + line[end:]
        seeded.append((index + 1, start + 1, slip, expected))
    return "\n".join(lines), seeded


def measure(kind: str, schema: LeafletSchema, copies: int = 25, seed: int = 20261125) -> Score:
    """Seed `join` or `typo` slips into copies of the clean leaflets and score the findings."""
    rng = random.Random(seed)
    score = Score()
    matcher = SectionMatcher(schema)
    wanted = "spelling.run-on" if kind == "join" else None
    for _ in range(copies):
        for path in CLEAN:
            text, seeded = _seed(path.read_text(encoding="utf-8"), rng, kind)
            by_place = {(f.line, f.column): f for f in spelling_findings(text, schema, matcher=matcher)}
            for line, column, slip, expected in seeded:
                score.seeded += 1
                finding = by_place.get((line, column))
                if finding is None or (wanted and finding.rule != wanted):
                    score.misses.append(f"{slip} ({expected})")
                    continue
                score.found += 1
                if finding.suggestions and finding.suggestions[0] == expected:
                    score.first_right += 1
    return score


def _spelling_pairs() -> dict[str, str]:
    """British -> American spelling pairs from breame's list, an independent source (not the tool's table).

    breame also pairs different words (aeroplane, airplane); only pairs whose forms
    are within three edits of each other are spelling variants.
    """
    return {gb: us for gb, us in BRITISH_ENGLISH_SPELLINGS.items() if _edit_distance(gb, us) <= 3}


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def measure_variants(schema: LeafletSchema) -> Score:
    """Turn each variant-bearing word of each clean leaflet, one at a time, into the other variant.

    The pairs come from breame's list, so the tool's own table is measured, not echoed.
    """
    british_to_american = _spelling_pairs()
    american_to_british = {us: gb for gb, us in british_to_american.items()}
    score = Score()
    matcher = SectionMatcher(schema)
    for path in CLEAN:
        text = path.read_text(encoding="utf-8")
        mapping = british_to_american if "british" in path.name else american_to_british
        for match in _WORD.finditer(text):
            other = mapping.get(match.group())
            if other is None:
                continue
            _score_replacement(score, text, match, other, matcher, "spelling.variant")
    return score


def false_findings_per_thousand_words(schema: LeafletSchema) -> tuple[float, list[str]]:
    words = 0
    false = []
    for path in [*CLEAN, FIXTURES / "spelling" / "medical-terms.txt"]:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        for finding in spelling_findings(text, schema, path.name):
            if finding.rule != "spelling.variant" or "medical-terms" not in path.name:
                false.append(f"{path.name}:{finding.line}: {finding.text}")
    return 1000 * len(false) / words, false


def findings_on_correct_leaflets(folder) -> tuple[int, list[str]]:
    """Words and spelling findings (``file:line word``) on a folder of correctly spelled leaflets."""
    schema = load_schema()
    rules = [r for r in all_rules().values() if r.id.startswith("spelling.")]
    words, found = 0, []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".md", ".txt", ".html"):
            continue
        leaflet = load(str(path), schema)
        blocks = [leaflet.title_block] if leaflet.title_block else []
        for section in leaflet.sections:
            blocks += ([section.heading.block] if section.heading else []) + list(section.blocks)
        words += sum(len(PROSE_WORD.findall(block.text)) for block in blocks)
        found += [f"{path.name}:{f.line} {f.text}" for f in audit_leaflet(leaflet, schema, rules).findings]
    return words, found


def _listed_misspellings() -> dict[str, list[str]]:
    """Real-world misspellings of each word (correct -> wrong forms) from codespell's list."""
    source = resources.files("codespell_lib").joinpath("data", "dictionary.txt").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for line in source.splitlines():
        wrong, _, right = line.partition("->")
        corrections = [c.strip() for c in right.split(",") if c.strip()]
        if len(corrections) == 1 and wrong.isalpha():
            found.setdefault(corrections[0], []).append(wrong)
    return found


def measure_listed_typos(schema: LeafletSchema) -> Score:
    """Replace words of the clean leaflets, one at a time, with misspellings people really make."""
    lexicon = load_lexicon()
    misspellings = _listed_misspellings()
    score = Score()
    matcher = SectionMatcher(schema)
    for path in CLEAN:
        text = path.read_text(encoding="utf-8")
        for match in _WORD.finditer(text):
            wrong = next((w for w in misspellings.get(match.group(), ()) if not lexicon.knows(w)), None)
            if wrong is None:
                continue
            _score_replacement(score, text, match, wrong, matcher)
    return score


def _score_replacement(
    score: Score, text: str, match: re.Match[str], slip: str, matcher: SectionMatcher, rule: str | None = None
) -> None:
    """Put ``slip`` in place of one correct word and count whether (and how well) a finding names it."""
    changed = text[: match.start()] + slip + text[match.end() :]
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    found = [f for f in spelling_findings(changed, matcher.schema, matcher=matcher)
             if (rule is None or f.rule == rule) and (f.line, f.column) == (line, column)]
    score.seeded += 1
    if found:
        score.found += 1
        score.first_right += found[0].suggestions[:1] == [match.group()]
    else:
        score.misses.append(f"{slip} ({match.group()})")
