"""The tool's version, for ``--version`` and the report's ``tool.version``.

Written here once: the package metadata reads it from this file when the
package is built (``pyproject.toml``: ``dynamic = ["version"]``), so asking the
installed metadata at run time (27 ms of importing ``importlib.metadata``) is
never needed, and the two cannot disagree.
"""

from __future__ import annotations

VERSION = "0.1.0"


def tool_version() -> str:
    return VERSION
