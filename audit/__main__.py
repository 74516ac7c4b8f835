"""``python -m audit``: the same command as ``leaflet-audit``."""

from audit.cli import app

app(prog_name="leaflet-audit")
