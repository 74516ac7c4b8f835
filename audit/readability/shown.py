"""Readability figures as people read them: a formula's figure past any school's scale is shown as such."""

from __future__ import annotations

GRADE_SHOWN_UP_TO = 30
"""Past this school grade a readability formula's figure means nothing to a reader of the report: a scraped
page with no full stops is one 20,000-word "sentence", grade 7,800 by Flesch-Kincaid. The JSON keeps the
figure; people see "above 30", and the long-sentence finding says why."""
EASE_SHOWN_DOWN_TO = -100


def grade(value: float) -> str:
    """'11.2', or 'above 30' for a figure off any school's scale."""
    return f"{value:.1f}" if value <= GRADE_SHOWN_UP_TO else f"above {GRADE_SHOWN_UP_TO}"


def ease(value: float) -> str:
    """Flesch reading ease: '54.3', or 'below -100' for a figure as far off its 0-100 scale."""
    return f"{value:.1f}" if value >= EASE_SHOWN_DOWN_TO else f"below {EASE_SHOWN_DOWN_TO}"
