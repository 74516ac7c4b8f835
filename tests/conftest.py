from __future__ import annotations

import builtins
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit.schema import LeafletSchema, load_schema

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CASES = TESTS / "cases"
PROJECT = TESTS.parent
SEED = PROJECT.parent / "shared" / "seeds" / "bone-metastases-page.txt"


@pytest.fixture(autouse=True)
def own_result_cache(tmp_path_factory, monkeypatch) -> None:
    """Every test keeps `check`'s remembered results apart, never in the user's cache folder or another test's."""
    monkeypatch.setenv("LEAFLET_AUDIT_CACHE_DIR", str(tmp_path_factory.mktemp("result-cache")))


@pytest.fixture(scope="session")
def schema() -> LeafletSchema:
    return load_schema()


@pytest.fixture
def seed_page() -> Path:
    if not SEED.exists():
        pytest.skip(f"the shared seed page is not here ({SEED}); it is only present in the developers' workspace")
    return SEED


@pytest.fixture
def without_re2(monkeypatch) -> Iterator[None]:
    """As on a platform google-re2 has no wheel for: importing it fails, and no pattern RE2 compiled is kept."""
    from audit.fastregex import in_re2, split_for_re2

    real_import = builtins.__import__

    def no_re2(name, *args, **kwargs):
        if name == "re2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_re2)
    monkeypatch.delitem(sys.modules, "re2", raising=False)
    in_re2.cache_clear()
    split_for_re2.cache_clear()
    yield
    in_re2.cache_clear()
    split_for_re2.cache_clear()
