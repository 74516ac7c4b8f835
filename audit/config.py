"""Settings that change what the checks report, beyond the schema: language, accepted words.

One model, so that defaults, a configuration file and command-line flags meet in
one place (defaults < file < flags).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["en-GB", "en-US"]


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    language: Language | None = Field(
        None, description="Spelling variant every leaflet must use; else the schema's, else inferred per leaflet."
    )
    accept_words: frozenset[str] = Field(
        frozenset(), description="Words never flagged by spelling rules (lower case), from accept lists."
    )
