from __future__ import annotations

from pathlib import Path

import pytest

from audit.schema import LeafletSchema, load_schema

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CASES = TESTS / "cases"
PROJECT = TESTS.parent
SEED = PROJECT.parent / "shared" / "seeds" / "bone-metastases-page.txt"


@pytest.fixture(scope="session")
def schema() -> LeafletSchema:
    return load_schema()


@pytest.fixture
def seed_page() -> Path:
    if not SEED.exists():
        pytest.skip(f"the shared seed page is not here ({SEED}); it is only present in the developers' workspace")
    return SEED
