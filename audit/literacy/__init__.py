"""Reading a leaflet as the health-literacy instruments do: terms, acronyms, voice, numbers, cues.

The modules here find things in text (a term and whether it is explained, a
passive clause, a frequency, a phone number); :mod:`audit.literacy.criteria`
judges each criterion of the instruments (PEMAT-P, DISCERN, EQIP-36, the CDC
Clear Communication Index) once per leaflet; the rules in
:mod:`audit.checks.literacy` report the failed ones, and the report carries the
scores. Word lists are data files in ``data/``, each with its source.
"""
