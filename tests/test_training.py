from __future__ import annotations

from audit.schema import load_schema
from audit.training import agreement, examples, read_label_file

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


REQUIRED = ("definition", "causes", "risks")


def test_two_labellers_who_give_every_heading_the_same_ids_agree_fully():
    labels = {("a.md", 1): ("title", "A"), ("a.md", 3): ("definition,causes", "What is it?"), ("a.md", 9): ("risks", "Risks")}
    assert agreement(labels, dict(labels), REQUIRED) == {
        "headings": 2, "leaflets": 1, "heading_accuracy": 1.0, "required_f1": 1.0, "presence": 1.0,
        "present_reported_missing_per_30": 0.0,
    }


def test_a_second_id_one_labeller_leaves_out_costs_f1_and_presence_only_where_no_other_heading_has_it():
    first = {("a.md", 3): ("definition,causes", "What is it?"), ("a.md", 9): ("risks,follow-up", "When to call"),
             ("a.md", 12): ("risks", "Risks"), ("b.md", 2): ("definition", "About")}
    second = {("a.md", 3): ("definition", "What is it?"), ("a.md", 9): ("follow-up", "When to call"),
              ("a.md", 12): ("risks", "Risks"), ("b.md", 2): ("definition,causes", "About")}
    found = agreement(first, second, REQUIRED)
    assert found["heading_accuracy"] == 0.25  # only "Risks" has the same ids from both
    assert found["required_f1"] == round(2 * 3 / (2 * 3 + 1 + 2), 3)  # 3 agreed ids, 1 added, 2 left out
    # causes: in a.md only for the first labeller, in b.md only for the second; risks stays present in a.md
    assert found["presence"] == round(4 / 6, 3)
    assert found["present_reported_missing_per_30"] == 15.0  # one present section missed over two leaflets


def test_a_heading_only_one_labeller_saw_counts_against_the_other(tmp_path):
    first = {("a.md", 3): ("risks", "Risks")}
    second = {("a.md", 3): ("risks", "Risks"), ("a.md", 7): ("causes", "Why it happens")}
    assert agreement(first, second, REQUIRED)["required_f1"] == round(2 / 3, 3)
    assert agreement(second, first, REQUIRED)["present_reported_missing_per_30"] == 30.0


def test_a_second_labellers_file_is_read_by_its_own_name(tmp_path):
    path = tmp_path / "labels-second.tsv"
    path.write_text("file\tline\tids\theading\na.md\t3\tdefinition,causes\tWhat is it?\n", encoding="utf-8")
    assert read_label_file(path) == {("a.md", 3): ("definition,causes", "What is it?")}
