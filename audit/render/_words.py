"""Wording shared by the renderers that write sentences for people."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """'1 leaflet', '2 leaflets'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
