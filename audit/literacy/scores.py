"""The instrument checklist and the PEMAT-P estimates for one leaflet, from the literacy rules' judgements.

Every item is judged whatever rules the user selected (a rule left out of the
run still has its item judged), so a leaflet's scores do not depend on the
command line. The scores are PEMAT's own arithmetic, points over applicable
items as a percentage, on the items the text can show; the report says so.
"""

from __future__ import annotations

from audit.checks import CheckContext
from audit.checks.literacy import judged, passive_share_of
from audit.literacy.wordlists import table
from audit.report import InstrumentItem, ItemStatus, Literacy

PEMAT_ACTIONABILITY_FIRST_ITEM = 20
"""PEMAT-P numbers its understandability items 1-19 and its actionability items 20-26."""


def literacy_result(context: CheckContext) -> Literacy:
    items = [_item(context, *row) for row in table("instrument-items.tsv")]
    return Literacy(
        pemat_understandability=_pemat(items, actionability=False),
        pemat_actionability=_pemat(items, actionability=True),
        active_voice_share=passive_share_of(context),
        items=items,
    )


def _item(context: CheckContext, instrument: str, number: str, rule_id: str, criterion: str) -> InstrumentItem:
    judgement = judged(context, rule_id)
    status: ItemStatus = "not applicable" if not judgement.applicable else "fail" if judgement.hits else "pass"
    if judgement.hits:
        first = judgement.hits[0]
        line, evidence = first.span.line, first.text or first.message
    else:
        line = judgement.evidence.line if judgement.evidence is not None else None
        evidence = judgement.evidence_text
    # Built from our own values, one of two dozen a leaflet: constructed, not validated again.
    return InstrumentItem.model_construct(instrument=instrument, item=number, criterion=criterion, rule=rule_id, status=status,
                          line=line if status != "not applicable" else None,
                          evidence=evidence)  # for an item not applicable, why it was not judged, if said


def _pemat(items: list[InstrumentItem], *, actionability: bool) -> float | None:
    """Percent of applicable items met, an item judged by two rules failing if either fails."""
    by_item: dict[str, list[ItemStatus]] = {}
    for item in items:
        if item.instrument == "PEMAT-P" and (int(item.item) >= PEMAT_ACTIONABILITY_FIRST_ITEM) == actionability:
            by_item.setdefault(item.item, []).append(item.status)
    judged_items = [statuses for statuses in by_item.values() if set(statuses) != {"not applicable"}]
    if not judged_items:
        return None
    met = sum(1 for statuses in judged_items if "fail" not in statuses)
    return round(100 * met / len(judged_items), 1)
