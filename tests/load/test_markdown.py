from __future__ import annotations

import pytest

from audit.load import LoadError, load_text

DOCUMENT = """---
title: Liver biopsy
review_date: 2027-01-01
---
# Liver biopsy: patient information

Intro with **bold** words, [a link](https://example.org/secret-url) and `code span` here.

What is a liver biopsy?
-----------------------

- first item
  wraps here
- second item

| Risk | How often |
|------|-----------|
| Bleeding | 1 in 100 |

```
fenced code is not prose
```

<!-- an html comment is not prose -->

    indented code is not prose

**What are the risks?**

Pain<br>and bruising &amp; <https://example.org/autolink> swelling.
"""


def load(text: str = DOCUMENT):
    return load_text(text, "leaflet.md", "markdown")


def all_text(leaflet) -> str:
    return " ".join(block.text for section in leaflet.sections for block in section.blocks)


def test_front_matter_title_wins_over_the_first_heading():
    leaflet = load()
    assert leaflet.title == "Liver biopsy"
    assert leaflet.title_span.line == 5


def test_a_front_matter_title_with_no_first_level_heading_stands_at_its_title_line():
    leaflet = load("---\nid: tde\ntitle: Thoracic Duct Embolization\n---\n\n## Understanding chylothorax\n\nText here.\n")
    assert (leaflet.title, leaflet.title_span.line, leaflet.title_span.column) == ("Thoracic Duct Embolization", 3, 8)


def test_first_level_one_heading_is_the_title_without_front_matter():
    leaflet = load("# Kidney biopsy\n\n## About it\n\nText here.\n")
    assert leaflet.title == "Kidney biopsy"
    assert [s.heading.text for s in leaflet.sections] == ["About it"]


def test_a_masthead_in_bold_over_the_first_level_one_heading_is_furniture_and_that_heading_the_title():
    leaflet = load(
        "**Vascular Imaging Department**\n\n**Patient Information**\n\n# Having a fistulogram\n\n"
        "Please keep this leaflet.\n\n# What is a fistulogram?\n\nAn X-ray of your fistula.\n"
    )
    assert leaflet.title == "Having a fistulogram"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a fistulogram?"]
    assert [span.line for span in leaflet.boilerplate] == [1, 3]


def test_a_bold_first_heading_under_a_menu_and_unit_name_is_the_title_when_the_file_is_named_after_it():
    text = (
        "* [Home](/)\n* [Services](/services/)\n\nHome / Leaflets / Fistulogram\n\n"
        "**Having a fistulogram**\n\nVascular Access Unit\n\n**What is a fistulogram?**\n\nAn X-ray of your fistula.\n"
    )
    assert load_text(text, "having-a-fistulogram.md", "markdown").title == "Having a fistulogram"
    assert load_text(text, "leaflet-12.md", "markdown").title is None


def test_a_pandoc_fenced_div_over_a_setext_title_is_markup_not_part_of_the_title():
    text = "::: {#main .content}\nHaving a fistulogram\n====================\n\nAn X-ray of your fistula.\n:::\n"
    leaflet = load(text)
    assert leaflet.title == "Having a fistulogram"
    assert leaflet.title_span.line == 2


def test_a_first_heading_that_asks_a_question_under_a_front_matter_title_starts_a_section():
    leaflet = load("---\ntitle: Haemorrhoid embolisation\n---\n\nIntro.\n\n# What are haemorrhoids?\n\nSwollen veins.\n")
    assert leaflet.title == "Haemorrhoid embolisation"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What are haemorrhoids?"]


def test_pandoc_anchors_are_not_part_of_a_headings_text():
    leaflet = load("# Port\n\n## []{#_Toc181204417 .anchor}What is a port?\n\nA tube.\n\n"
                   "Why it hurts {#why-it-hurts}\n------------\n\nText.\n\n## Why is it done? ¶\n\nText.\n")
    headings = [s.heading for s in leaflet.sections if s.heading]
    assert [h.text for h in headings] == ["What is a port?", "Why it hurts", "Why is it done?"]
    assert (headings[0].block.span().line, headings[1].block.span().line) == (3, 7)


def test_a_bold_question_over_its_answer_in_a_list_item_is_a_heading():
    leaflet = load("# Embolisation\n\n## Questions\n\n- **Will the bleeding come back?**\n\n"
                   "    It can, often within a year.\n\n- **Bleeding**\n\n    About 1 in 100.\n")
    headings = [s.heading.text for s in leaflet.sections if s.heading]
    assert headings == ["Questions", "Will the bleeding come back?"]
    assert "Bleeding" in all_text(leaflet)


def test_setext_and_bold_line_headings_start_sections():
    leaflet = load()
    headings = [s.heading.text if s.heading else None for s in leaflet.sections]
    assert headings == [None, "What is a liver biopsy?", "What are the risks?"]
    assert leaflet.sections[1].heading.span.line == 9
    assert leaflet.sections[2].heading.span.line == 28


def test_a_bold_lead_in_that_trails_off_over_its_list_is_a_heading_and_a_bold_sentence_is_not():
    text = ("# Lung biopsy\n\n**Call your doctor if...**\n\n- you are short of breath\n- you cough up blood\n\n"
            "**Please bring your medicines with you.**\n\nWe will check them.\n")
    leaflet = load_text(text, "biopsy.md", "markdown")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Call your doctor if..."]


def test_code_comments_and_link_targets_are_not_prose():
    text = all_text(load())
    for not_prose in ("fenced code", "html comment", "indented code", "secret-url", "autolink", "code span"):
        assert not_prose not in text
    assert "a link" in text


def test_list_items_and_table_cells_are_blocks_of_their_own_kind():
    section = load().sections[1]
    assert [(b.kind, b.text) for b in section.blocks] == [
        ("list_item", "first item wraps here"),
        ("list_item", "second item"),
        ("table_cell", "Risk"),
        ("table_cell", "How often"),
        ("table_cell", "Bleeding"),
        ("table_cell", "1 in 100"),
    ]


def test_word_positions_are_exact_lines_and_columns():
    leaflet = load()
    intro = leaflet.sections[0].blocks[0]
    assert intro.position(intro.text.index("bold")) == (7, 14)
    assert intro.position(intro.text.index("a link")) == (7, 29)
    item = leaflet.sections[1].blocks[0]
    assert item.position(item.text.index("wraps")) == (13, 3)
    cell = leaflet.sections[1].blocks[5]
    assert cell.position(0) == (18, 14)


def test_line_break_and_entity_keep_words_apart_and_positions_right():
    block = load().sections[2].blocks[0]
    assert block.text.startswith("Pain and bruising & swelling")
    assert block.position(block.text.index("swelling")) == (30, 59)


def test_bold_run_inside_a_word_stays_one_word():
    assert "Solid tumoursfrom elsewhere." in all_text(load("Intro\n\nSolid tumours**from** elsewhere.\n"))


def test_broken_front_matter_is_a_one_line_error_with_its_line():
    with pytest.raises(LoadError, match=r"front matter is not valid YAML at line 3"):
        load("---\ntitle: ok\nbad: [unclosed\n---\n# T\n")


def test_html_blocks_in_markdown_are_read_as_html_at_their_lines():
    text = "# Title\n\nIntro text.\n\n<h2>What are the risks?</h2>\n<p>Bleeding &amp; <b>pain</b> can happen.</p>\n\n<!-- a comment -->\n"
    leaflet = load(text)
    risks = leaflet.sections[1]
    assert risks.heading.text == "What are the risks?" and risks.heading.span.line == 5
    block = risks.blocks[0]
    assert block.text == "Bleeding & pain can happen."
    assert block.position(block.text.index("pain")) == (6, 22)


def test_a_text_file_written_in_markdown_is_read_as_markdown(tmp_path):
    from audit.load import load_file

    page = tmp_path / "scraped.txt"
    page.write_text(
        "* [Home](/)\n\n# Varicocele embolisation\n\n## What is it?\n\nA varicocele is a swollen vein.\n\n"
        "## Risks\n\nBruising is common.\n\n## Recovery\n\nMost men go home the same day.\n",
        encoding="utf-8",
    )
    leaflet = load_file(page)
    assert leaflet.format == "markdown"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?", "Risks", "Recovery"]
    plain = tmp_path / "plain.txt"
    plain.write_text("# not a heading, a comment\nVaricocele embolisation\n\nWhat is it?\nA swollen vein.\n")
    assert load_file(plain).format == "text"


def test_a_numbered_line_underlined_with_dashes_is_a_heading_not_a_list_and_a_rule():
    text = (
        "# Portal vein embolisation\n\n1. What is it?\n---------------\n\nThe portal vein carries blood to the liver.\n\n"
        "2. Why do I need it?\n--------------------\n\nIt helps the liver grow before surgery.\n\n"
        "Bring these:\n\n1. your tablets\n2. your glasses\n\n---\n\nThanks.\n"
    )
    leaflet = load_text(text, "pve.md", "markdown")
    assert [(s.heading.text, s.heading.span.line) for s in leaflet.sections if s.heading] == [
        ("What is it?", 3), ("Why do I need it?", 8)
    ]


CALLOUTS = """# Lymph node biopsy

## Recovery

Rest for a day.

!!! warning "When to get help"
    Call us if you have a fever.

??? question "Will it come back?"
    Sometimes it does.

!!! note
    A note with no title of its own.

:::danger Go to the emergency department if
you bleed.
:::

:::tip[Ask us anything]
We are here to help.
:::
"""


def test_a_documentation_sites_callout_titles_are_headings_one_level_below_their_section():
    leaflet = load_text(CALLOUTS, "biopsy.md", "markdown")
    headings = [(s.heading.text, s.heading.span.line, s.heading.span.column, s.heading.level)
                for s in leaflet.sections if s.heading]
    assert headings == [
        ("Recovery", 3, 4, 2),
        ("When to get help", 7, 14, 3),
        ("Will it come back?", 10, 15, 3),
        ("Go to the emergency department if", 16, 11, 3),
        ("Ask us anything", 20, 8, 3),
    ]


def test_a_callout_without_a_title_of_its_own_is_prose_not_a_heading():
    leaflet = load_text(CALLOUTS, "biopsy.md", "markdown")
    assert "Note" not in [s.heading.text for s in leaflet.sections if s.heading]
    assert "A note with no title of its own." in all_text(leaflet)


def test_without_a_level_one_heading_a_first_heading_the_file_is_named_after_is_the_title():
    text = "**Cryoablation of Kidney Tumors**\n\nLakeshore Medical Center\n\n**Overview**\n\nCold kills the tumour.\n"
    leaflet = load_text(text, "kidney-cryoablation.md", "markdown")
    assert leaflet.title == "Cryoablation of Kidney Tumors"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Overview"]
    elsewhere = load_text(text.replace("Cryoablation of Kidney Tumors", "Overview of the day"), "ablation.md", "markdown")
    assert elsewhere.title is None  # "Overview of the day" shares no word with the file's name: a section


def test_an_emphasised_tagline_under_the_title_is_text_and_a_bold_question_there_is_a_heading():
    leaflet = load_text(
        "# Gastrostomy\n\n*A guide for parents from the Children's Surgical Unit*\n\n"
        "**Patient information — Department of Radiology**\n\n**What is a gastrostomy?**\n\n"
        "A feeding tube into the stomach.\n\n*Page updated 3 May 2026 · Reviewed by the Nutrition Team*\n\n"
        "## Going home\n\n*Looking after the tube*\n\nKeep the skin around it clean.\n",
        "g.md", "markdown",
    )
    assert [s.heading.text for s in leaflet.sections if s.heading] == [
        "What is a gastrostomy?", "Going home", "Looking after the tube"]
    texts = [block.text for section in leaflet.sections for block in section.blocks]
    assert "A guide for parents from the Children's Surgical Unit" in texts
    assert "Page updated 3 May 2026 · Reviewed by the Nutrition Team" in texts


def test_an_italic_service_line_under_a_title_set_in_bold_is_its_tagline():
    leaflet = load_text(
        "**Kidney Cancer: Information for Patients and Families**\n\n*Urological Oncology Service*\n\n"
        "This booklet is for anyone who has been told they may have kidney cancer.\n\n**1. What is it?**\n\n"
        "A growth that starts in the kidney.\n",
        "k.md", "markdown",
    )
    assert [s.heading.text for s in leaflet.sections if s.heading] == [
        "Kidney Cancer: Information for Patients and Families", "1. What is it?"]


def test_a_docusaurus_tab_label_heads_its_panel_with_the_panels_own_heading():
    leaflet = load_text(
        "# Port removal\n\n<Tabs>\n  <TabItem value=\"before\" label=\"Before\" default>\n\n### Getting ready\n\n"
        "Eat a light breakfast.\n\n  </TabItem>\n  <TabItem value=\"after\" label=\"Afterwards\">\n\n"
        "Keep the dressing dry for two days.\n\n  </TabItem>\n</Tabs>\n",
        "port.md", "markdown",
    )
    headings = [(s.heading.text, s.heading.span.line, s.heading.span.column) for s in leaflet.sections if s.heading]
    assert headings == [("Before: Getting ready", 4, 34), ("Afterwards", 11, 33)]
    assert [b.text for b in leaflet.sections[-1].blocks] == ["Keep the dressing dry for two days."]


def test_a_material_for_mkdocs_content_tab_label_heads_its_indented_panel():
    leaflet = load_text(
        '# Cryoablation\n\n## Step by step\n\n=== "Before"\n\n    Do not eat for six hours.\n\n'
        '=== "On the day"\n\n    The probes go in under a scan.\n\n## Risks\n\nBleeding is uncommon.\n',
        "cryo.md", "markdown",
    )
    headings = [(s.heading.text, s.heading.span.line, s.heading.span.column, s.heading.level)
                for s in leaflet.sections if s.heading]
    assert headings == [("Step by step", 3, 4, 2), ("Before", 5, 6, 3), ("On the day", 9, 6, 3), ("Risks", 13, 4, 2)]
    assert [b.text for b in leaflet.sections[1].blocks] == ["Do not eat for six hours."]


def test_hugo_shortcodes_with_titles_head_their_text_and_the_rest_are_not_prose():
    leaflet = load_text(
        '# PAE\n\n{{< notice info "Who is a good candidate?" >}}\nMen with a large prostate.\n{{< /notice >}}\n\n'
        '{{< tabs >}}\n{{< tab "Before" >}}\n### Getting ready\n\nStop eating at midnight.\n{{< /tab >}}\n'
        '{{< tab name="After" >}}\nRest for a day.\n{{< /tab >}}\n{{< /tabs >}}\n\n'
        '{{< callout type="warning" >}}\nCall us if you have a fever.\n{{< /callout >}}\n',
        "pae.md", "markdown",
    )
    headings = [(s.heading.text, s.heading.span.line, s.heading.span.column) for s in leaflet.sections if s.heading]
    assert headings == [("Who is a good candidate?", 3, 18), ("Before: Getting ready", 8, 10), ("After", 13, 15)]
    texts = [block.text for section in leaflet.sections for block in section.blocks]
    assert texts == ["Men with a large prostate.", "Stop eating at midnight.", "Rest for a day.",
                     "Call us if you have a fever."]


def test_hugo_toml_front_matter_gives_the_title_and_is_not_prose():
    text = ('+++\ntitle = "Prostate artery embolisation"\nlastmod = 2025-10-02\naliases = ["/fr/arteres"]\n+++\n\n'
            "## About PAE\n\nA way to shrink the prostate.\n")
    leaflet = load_text(text, "pae.md", "markdown")
    assert leaflet.title == "Prostate artery embolisation"
    assert (leaflet.title_span.line, leaflet.title_span.column) == (2, 10)
    assert [(s.heading.text, s.heading.span.line) for s in leaflet.sections if s.heading] == [("About PAE", 7)]
    assert "lastmod" not in all_text(leaflet) and "arteres" not in all_text(leaflet)


def test_toml_front_matter_that_does_not_parse_is_a_load_error_naming_it():
    with pytest.raises(LoadError, match="front matter is not valid TOML"):
        load_text('+++\ntitle = "unclosed\n+++\n\nText.\n', "pae.md", "markdown")


def test_a_link_to_a_script_is_a_link_and_its_target_is_not_text():
    leaflet = load_text("# Port\n\n[Print](javascript:window.print\\(\\)) [Share](#share)\n\nText.\n", "p.md", "markdown")
    assert all_text(leaflet).startswith("Print Share")
    assert "javascript" not in all_text(leaflet)


def test_a_bold_line_that_leads_into_a_list_is_text_and_one_that_names_a_section_is_a_heading():
    leaflet = load_text("# Port\n\n**Getting ready:**\n\n**Please bring:**\n\n- your medicines\n- a dressing gown\n",
                        "port.md", "markdown")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Getting ready:"]
    assert "Please bring:" in all_text(leaflet)


def test_a_bold_first_line_over_its_text_without_a_blank_line_is_a_heading_at_its_line():
    text = ("# Vertebroplasty\n\n## Getting ready\n\n> **Please note**\n> If you might be pregnant, tell the staff.\n\n"
            "**Before you come in**\nDo not eat for six hours before.\n\n"
            "**Take your tablets**\nunless we have told you not to.\n")
    leaflet = load_text(text, "vertebroplasty.md", "markdown")
    assert [(s.heading.text, s.heading.span.line) for s in leaflet.sections if s.heading] == [
        ("Getting ready", 3), ("Please note", 5), ("Before you come in", 8),
    ]
    note = next(s for s in leaflet.sections if s.heading and s.heading.text == "Please note")
    assert [block.text for block in note.blocks] == ["If you might be pregnant, tell the staff."]


def test_a_bold_name_over_an_address_card_or_under_the_title_is_no_heading():
    text = ("# Bone tumour ablation\n\n**Department of Radiology**\nCity Hospital, Main Street\n\n## Contact\n\n"
            "**Musculoskeletal Imaging**\nTower B, 3rd floor\nPhone: 0100 000 0000\n")
    leaflet = load_text(text, "ablation.md", "markdown")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Contact"]


def test_a_feedback_box_heading_is_no_section_in_markdown_either():
    text = ("# Liver biopsy\n\n## What is it?\n\nA needle takes a small piece of the liver.\n\n"
            "### Was this page helpful?\n\n[Yes](#yes) [No](#no)\n\n## Risks\n\nBleeding in about 1 in 100 people.\n")
    leaflet = load_text(text, "biopsy.md", "markdown")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?", "Risks"]


def test_an_italic_label_above_everything_is_no_heading_and_the_heading_under_it_is_the_title():
    text = ("Home > Our services > Medical imaging\n\n*Medical imaging consumer factsheet*\n\n"
            "### Nephrostomy tube: information for patients\n\nPublished by Medical Imaging.\n\n"
            "## What is a nephrostomy?\n\nA thin tube that drains urine from the kidney.\n")
    leaflet = load_text(text, "nephrostomy.md", "markdown")
    assert leaflet.title == "Nephrostomy tube: information for patients"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a nephrostomy?"]


def test_a_bold_question_with_a_static_sites_anchor_is_a_heading_without_it():
    leaflet = load_text("# Aneurysm FAQ\n\n**What is an aneurysm?** {#what}\n\nA weak spot in an artery wall that bulges.\n",
                        "faq.md", "markdown")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is an aneurysm?"]
