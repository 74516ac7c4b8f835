"""The installed tool's version, for ``--version`` and the report's ``tool.version``: one light import."""

from __future__ import annotations


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 15 ms of start-up: only when asked

    try:
        return version("leaflet-audit")
    except PackageNotFoundError:
        return "0+unknown"
