"""The HTML report: structure and escaping here; in a real browser in test_html_browser.py."""

from __future__ import annotations

import re

from audit.engine import audit_paths
from audit.render.html import render_html
from tests.conftest import FIXTURES, PROJECT


def report_for(schema, *paths):
    return audit_paths([str(p) for p in paths], schema, keep_sources=True)


def test_report_is_self_contained_and_forbids_scripts(schema):
    page = render_html(report_for(schema, PROJECT / "leaflets"))
    assert "<script" not in page.lower()
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)=["']?https?://""", page)
    assert "<svg" in page and "<style>" in page


def test_batch_opens_with_a_summary_linking_to_each_leaflet(schema):
    report = report_for(schema, PROJECT / "leaflets")
    page = render_html(report)
    assert page.index('id="summary-h"') < page.index('id="leaflet-0"')
    for number in range(len(report.leaflets)):
        assert f'href="#leaflet-{number}"' in page and f'id="leaflet-{number}"' in page


def test_leaflet_text_is_escaped_and_findings_are_marked_in_place(schema):
    page = render_html(report_for(schema, FIXTURES / "hostile" / "hostile.md"))
    assert "<script>document" not in page and "<img src=x" not in page
    assert "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;script&#x27;)" in page
    mark = re.search(r'<mark class="([^"]*)"[^>]*data-rule="spelling.run-on">tumoursfrom<span class="tip"', page)
    assert mark is not None and "sev-warning" in mark.group(1)
    assert "javascript:" not in page.split("<ol class=\"source\">")[0]  # only as escaped text in the listing


def test_scorecard_shows_present_missing_and_thin_sections(schema):
    page = render_html(report_for(schema, PROJECT / "leaflets" / "lung-ablation.md",
                                  PROJECT / "leaflets" / "vertebroplasty.html"))
    assert '<li class="missing"><strong>risks</strong>: ✗ missing</li>' in page
    assert '<li class="thin"><strong>follow-up</strong>: ! thin</li>' in page
    assert '<li class="present"><strong>definition</strong>: ✓ present</li>' in page


def test_unreadable_leaflet_is_reported_not_hidden(schema, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 leaflet\n")
    page = render_html(report_for(schema, bad))
    assert "Could not be audited" in page and "not UTF-8" in page


def test_markup_of_an_html_leaflet_is_greyed_and_a_text_leaflet_has_none(schema):
    page = render_html(report_for(schema, PROJECT / "leaflets" / "vertebroplasty.html"))
    assert '<span class="tag">&lt;h2&gt;</span>Risks<span class="tag">&lt;/h2&gt;</span>' in page
    plain = render_html(report_for(schema, PROJECT / "leaflets" / "tace-embolisation.txt"))
    assert '<span class="tag">' not in plain


def test_site_furniture_of_a_scraped_page_is_greyed_in_the_source_pane(schema, tmp_path):
    from audit.engine import audit_paths

    page = tmp_path / "page.txt"
    page.write_text("Skip to main content\nHome\nServices\nContact us\n\nLiver biopsy\n\nWhat is it?\n\n"
                    "A liver biopsy takes a small piece of the liver to look at under a microscope.\n\n"
                    "Privacy policy\n", encoding="utf-8")
    report = audit_paths([str(page)], schema, keep_sources=True)
    assert report.leaflets[0].furniture_lines == [1, 2, 3, 4, 12]
    html = render_html(report)
    assert 'value="1" class="furniture"' in html and 'value="12" class="furniture"' in html
    assert 'value="10" class="furniture"' not in html  # the leaflet's own text is not greyed


def test_a_missing_section_is_named_at_the_top_of_the_text_and_linked_to_its_finding(schema):
    report = audit_paths([str(PROJECT / "leaflets" / "lung-ablation.md")], schema, keep_sources=True)
    html = render_html(report)
    missing = [i for i, f in enumerate(report.leaflets[0].findings) if f.rule == "sections.missing"]
    assert missing
    note = re.search(r'<p class="missing-note">(.*?)</p>', html).group(1)
    assert f'href="#leaflet-0-f{missing[0]}">risks</a>' in note
    assert html.index('class="missing-note"') < html.index('<ol class="source">')


def test_a_section_too_short_to_grade_shows_its_word_count_not_a_grade(schema, tmp_path):
    leaflet = tmp_path / "short.md"
    long_paragraph = "Ablation uses heat from a thin needle to destroy a small tumour in the liver. " * 8
    leaflet.write_text(f"# Liver ablation\n\nDepartment of Interventional Radiology\n\n## What is it?\n\n{long_paragraph}\n",
                       encoding="utf-8")
    chart = re.search(r'<svg[^>]*class="chart".*?</svg>', render_html(report_for(schema, leaflet)), re.S).group()
    notes = re.findall(r'<text x="\d+" y="[\d.]+" font-size="13">([^<]*)</text>', chart)
    assert "4 words: too short to grade" in notes
    assert not any(re.match(r"\d+\.\d", note) and "too short" in note for note in notes)
    assert chart.count("<rect") == 2  # the whole leaflet and the graded section: no bar for the short one
