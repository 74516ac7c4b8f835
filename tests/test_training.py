from __future__ import annotations

from audit.schema import load_schema
from audit.training import examples

LEAFLET = """# Thyroid nodule ablation

## What is a thyroid nodule?

A thyroid nodule is a lump in the thyroid gland in the neck.
Most nodules are harmless.

!!! note

    ### Radiofrequency ablation

    A needle heats the nodule and destroys it.
"""
"""A callout with no title of its own (line 8), which the loaders do not read as a heading, over a heading."""


def _fold(tmp_path, labels: str):
    fold = tmp_path / "fold"
    fold.mkdir()
    (fold / "nodule.md").write_text(LEAFLET, encoding="utf-8")
    (fold / "labels.tsv").write_text("file\tline\tids\theading\n" + labels, encoding="utf-8")
    return fold


def test_a_label_the_loaders_do_not_read_hands_its_ids_to_the_same_heading_inside_its_panel(tmp_path):
    fold = _fold(tmp_path, "nodule.md\t1\ttitle\tT\nnodule.md\t3\tdefinition\tD\n"
                           "nodule.md\t8\ttreatments\tRFA\nnodule.md\t10\tsame\tRFA\n")
    found = examples(load_schema(), [fold])
    assert [(e.heading, sorted(e.gold), e.found) for e in found] == [
        ("What is a thyroid nodule?", ["definition"], True),
        ("Radiofrequency ablation", ["treatments"], True),
    ]


def test_a_labelled_heading_the_loaders_miss_with_no_same_heading_counts_as_not_found(tmp_path):
    fold = _fold(tmp_path, "nodule.md\t1\ttitle\tT\nnodule.md\t3\tdefinition\tD\n"
                           "nodule.md\t8\ttreatments\tRFA\nnodule.md\t10\tfollow-up\tRFA\n")
    found = examples(load_schema(), [fold])
    assert [(sorted(e.gold), e.found) for e in found] == [
        (["treatments"], False), (["definition"], True), (["follow-up"], True)
    ]


TAB_ROW = """<html><body>
<h1>Angioplasty</h1>
<ul role="tablist">
  <li><a role="tab" href="#before">Before the procedure</a></li>
  <li><a role="tab" href="#during">During the procedure</a></li>
  <li><a role="tab" href="#after">After the procedure</a></li>
</ul>
<div role="tabpanel" id="before"><h3>Before the procedure</h3><p>Do not eat for six hours before you come in.</p></div>
<div role="tabpanel" id="during"><h3>During the procedure</h3><p>The doctor widens the artery with a balloon.</p></div>
<div role="tabpanel" id="after"><h3>After the procedure</h3><p>You will rest in bed for four hours.</p></div>
</body></html>
"""


def test_a_row_of_tabs_above_their_panels_hands_each_tabs_ids_to_the_panel_heading_of_the_same_words(tmp_path):
    fold = tmp_path / "fold"
    fold.mkdir()
    (fold / "tabs.html").write_text(TAB_ROW, encoding="utf-8")
    (fold / "labels.tsv").write_text(
        "file\tline\tids\theading\ntabs.html\t2\ttitle\tAngioplasty\n"
        "tabs.html\t4\tpreparation\tBefore the procedure\ntabs.html\t5\ttreatments\tDuring the procedure\n"
        "tabs.html\t6\tfollow-up\tAfter the procedure\ntabs.html\t8\tsame\tBefore the procedure\n"
        "tabs.html\t9\tsame\tDuring the procedure\ntabs.html\t10\tsame\tAfter the procedure\n", encoding="utf-8")
    found = examples(load_schema(), [fold])
    assert [(e.heading, sorted(e.gold), e.found) for e in found] == [
        ("Before the procedure", ["preparation"], True),
        ("During the procedure", ["treatments"], True),
        ("After the procedure", ["follow-up"], True),
    ]
