from __future__ import annotations

from audit.schema import load_schema
from audit.training import examples

LEAFLET = """# Thyroid nodule ablation

## What is a thyroid nodule?

A thyroid nodule is a lump in the thyroid gland in the neck.

<Tabs>
  <TabItem value="rfa" label="Radiofrequency ablation">

### Radiofrequency ablation

A needle heats the nodule and destroys it.

  </TabItem>
</Tabs>
"""


def _fold(tmp_path, labels: str):
    fold = tmp_path / "fold"
    fold.mkdir()
    (fold / "nodule.md").write_text(LEAFLET, encoding="utf-8")
    (fold / "labels.tsv").write_text("file\tline\tids\theading\n" + labels, encoding="utf-8")
    return fold


def test_a_tab_label_the_loaders_do_not_read_hands_its_ids_to_the_same_heading_inside_its_panel(tmp_path):
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
