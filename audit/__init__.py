"""leaflet-audit: audits patient-information leaflets for accreditation review.

The public API is small: :func:`audit_paths` audits files into a
:class:`Report`; :func:`load_schema` reads a leaflet schema; :class:`Leaflet`
and :class:`Finding` are what loaders and checks produce.

Its names load on first use (PEP 562), so ``leaflet-audit --version`` and
``--help`` start without pydantic and the word data.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.engine import audit_leaflet, audit_paths
    from audit.model import Leaflet
    from audit.report import Finding, Report
    from audit.schema import LeafletSchema, load_schema

_HOME = {
    "audit_leaflet": "audit.engine",
    "audit_paths": "audit.engine",
    "Leaflet": "audit.model",
    "Finding": "audit.report",
    "Report": "audit.report",
    "LeafletSchema": "audit.schema",
    "load_schema": "audit.schema",
}

__all__ = ["Finding", "Leaflet", "LeafletSchema", "Report", "audit_leaflet", "audit_paths", "load_schema"]


def __getattr__(name: str) -> object:
    if name in _HOME:
        return getattr(import_module(_HOME[name]), name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
