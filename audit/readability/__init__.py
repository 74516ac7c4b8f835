"""Readability: sentences of prose, their counts, and the formulas health-literacy guidance uses.

Formulas are computed here from counts this package controls, with textstat's
definitions (see ``formulas.py``), not by handing text to textstat: textstat
drops two-word "sentences", glues unpunctuated headings and bullets to the next
sentence, strips hyphens ("Follow-up" becomes "Followup"), and fetches CMUdict
through NLTK, downloading it on first use.
"""
