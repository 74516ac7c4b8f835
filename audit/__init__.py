"""leaflet-audit: audits patient-information leaflets for accreditation review.

The public API is small: :func:`audit_paths` audits files into a
:class:`Report`; :func:`load_schema` reads a leaflet schema; :class:`Leaflet`
and :class:`Finding` are what loaders and checks produce.
"""

from audit.engine import audit_leaflet, audit_paths
from audit.model import Leaflet
from audit.report import Finding, Report
from audit.schema import LeafletSchema, load_schema

__all__ = ["Finding", "Leaflet", "LeafletSchema", "Report", "audit_leaflet", "audit_paths", "load_schema"]
