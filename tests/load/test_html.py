from __future__ import annotations

from audit.load import load_text

PAGE = """<!DOCTYPE html>
<html><head><title>Liver biopsy | Example Hospital</title>
<style>.x { color: red }</style><script>var tracking = 1;</script></head>
<body>
<header><a href="/">Example Hospital</a><nav><a href="/a">Treatments</a></nav></header>
<div id="cookie-consent"><p>We use cookies on this website.</p></div>
<main>
<h1>Liver biopsy</h1>
<p>A biopsy takes a <b>tiny</b> piece of liver &amp; tests it.</p>
<h2>Are there any risks?</h2>
<ul><li>Pain<li>Bleeding in 1&nbsp;in 100</ul>
<p><strong>Aftercare</strong></p>
<table><tr><th>When</th><td>Rest for 6 hours</td></tr></table>
<form><label>Search the site</label></form>
<div aria-hidden="true">Hidden text</div>
<pre>code sample</pre>
</main>
<aside><p>Related: kidney biopsy</p></aside>
<footer><p>Copyright Example Hospital</p></footer>
</body></html>
"""


def load(text: str = PAGE):
    return load_text(text, "page.html", "html")


def all_text(leaflet) -> str:
    return " ".join(block.text for section in leaflet.sections for block in section.blocks)


def test_title_is_the_main_h1():
    leaflet = load()
    assert leaflet.title == "Liver biopsy"
    assert (leaflet.title_span.line, leaflet.title_span.column) == (8, 5)


def test_page_furniture_is_not_prose():
    text = all_text(load())
    for junk in ("tracking", "color", "Example Hospital", "Treatments", "cookies", "Search the site",
                 "Hidden text", "code sample", "Related", "Copyright"):
        assert junk not in text


def test_headings_and_bold_paragraphs_start_sections():
    leaflet = load()
    assert [s.heading.text if s.heading else None for s in leaflet.sections] == [
        None,
        "Are there any risks?",
        "Aftercare",
    ]
    assert leaflet.sections[2].heading.level == 3


def test_positions_point_into_the_html_source_past_tags_and_entities():
    leaflet = load()
    intro = leaflet.sections[0].blocks[0]
    assert intro.text == "A biopsy takes a tiny piece of liver & tests it."
    assert intro.position(intro.text.index("tiny")) == (9, 24)
    assert intro.position(intro.text.index("tests")) == (9, 54)
    item = leaflet.sections[1].blocks[1]
    assert item.text == "Bleeding in 1 in 100"
    assert item.position(item.text.index("in 100")) == (11, 36)


def test_list_items_and_cells_have_their_kinds():
    leaflet = load()
    assert [b.kind for b in leaflet.sections[1].blocks] == ["list_item", "list_item"]
    assert [(b.kind, b.text) for b in leaflet.sections[2].blocks] == [
        ("table_cell", "When"),
        ("table_cell", "Rest for 6 hours"),
    ]


def test_without_main_element_the_body_counts_and_the_title_element_gives_the_title():
    leaflet = load("<html><head><title>Kidney biopsy – Example</title></head><body>"
                   "<h2>About it</h2><p>Some text.</p></body></html>")
    assert leaflet.title == "Kidney biopsy"
    assert leaflet.sections[0].heading.text == "About it"


def test_tags_inside_a_word_do_not_split_it():
    leaflet = load("<p>Solid <em>tumours</em>from elsewhere</p>")
    assert "tumoursfrom" in leaflet.sections[0].blocks[0].text


def test_accordion_buttons_and_details_summaries_are_headings_and_closed_panels_are_content():
    leaflet = load(
        "<main><h1>T</h1><h2><button aria-expanded='false'>What is it?</button></h2><div hidden><p>Text one.</p></div>"
        "<button class='accordion' aria-expanded='false'>Are there risks?</button><div style='display: none'>"
        "<p>Text two.</p></div><details><summary>Aftercare</summary><p>Text three.</p></details>"
        "<form><button>Search</button></form></main>"
    )
    assert [(s.heading.text, [b.text for b in s.blocks]) for s in leaflet.sections] == [
        ("What is it?", ["Text one."]),
        ("Are there risks?", ["Text two."]),
        ("Aftercare", ["Text three."]),
    ]


def test_unclosed_paragraphs_still_end_at_the_next_block():
    leaflet = load("<h2>Risks</h2><p>One<p>Two<h2>Aftercare</h2><p>Three")
    assert [[b.text for b in s.blocks] for s in leaflet.sections] == [["One", "Two"], ["Three"]]


def test_paragraphs_styled_as_headings_by_class_are_headings():
    leaflet = load('<p class="faq-question">Are there any risks?</p><p>Bleeding is rare.</p>'
                   '<div class="subheading">Aftercare</div><p>Rest for a day.</p>'
                   '<div class="subhead">Scans</div><p>A scan shows where it is.</p>')
    assert [s.heading.text for s in leaflet.sections] == ["Are there any risks?", "Aftercare", "Scans"]


def test_section_title_classes_named_in_the_pages_own_language_are_headings():
    leaflet = load('<div class="titulo-seccion">Is it risky?</div><p>Bleeding is rare.</p>'
                   '<div class="ueberschrift">Aftercare</div><p>Rest for a day.</p>'
                   '<div class="titulo-pagina-mini">Share this page</div><p>Print or e-mail it.</p>')
    assert [s.heading.text for s in leaflet.sections if s.heading is not None] == ["Is it risky?", "Aftercare"]


def _headings(body: str, head: str = "") -> list[tuple[str, int]]:
    page = f"<html><head>{head}</head><body>\n{body}\n</body></html>"
    leaflet = load_text(page, "page.html", "html")
    return [(s.heading.text, s.heading.span.line) for s in leaflet.sections if s.heading is not None]


PROSE = "The text under this heading is a sentence or two of plain prose, written for the patient to read and understand at home."


def test_paragraphs_made_bold_by_the_pages_own_css_are_headings():
    head = "<style>.c1{padding:0}.c6{color:#000;font-weight:700;font-size:14pt}</style>"
    body = f'<p class="c4"><span class="c6">What is an abscess?</span></p>\n<p class="c1"><span>{PROSE}</span></p>'
    assert _headings(body, head) == [("What is an abscess?", 2)]


def test_inline_bold_styles_heading_classes_and_aria_headings_are_headings():
    body = "\n".join([
        '<p><span style="font-weight:bold">Why treat it?</span></p>', f"<p>{PROSE}</p>",
        '<div class="fs-head">Getting ready</div>', f"<div>{PROSE}</div>",
        '<div role="heading" aria-level="3">Going home</div>', f"<p>{PROSE}</p>",
    ])
    assert _headings(body) == [("Why treat it?", 2), ("Getting ready", 4), ("Going home", 6)]


def test_a_term_followed_by_prose_is_a_heading_but_a_glossary_term_is_not():
    body = "\n".join([
        "<dl>", "<dt>What is a nephrostomy?</dt>", f"<dd>{PROSE}</dd>", "<dt>Stent</dt>", "<dd>A small tube.</dd>",
        "</dl>", '<table><tr><th scope="row">Why it is used</th>', f"<td>{PROSE}</td></tr></table>",
    ])
    assert _headings(body) == [("What is a nephrostomy?", 3), ("Why it is used", 8)]


def test_an_accordion_label_and_the_heading_repeating_it_inside_the_panel_are_one_section():
    body = "\n".join([
        '<button aria-expanded="false">Risks</button>', '<div class="panel"><h3>Risks</h3>', f"<p>{PROSE}</p></div>",
        '<button aria-expanded="false">Going home</button>', f'<div class="panel"><p>{PROSE}</p></div>',
    ])
    assert _headings(body) == [("Risks", 2), ("Going home", 5)]


def test_a_page_laid_out_as_a_table_of_sections_keeps_its_short_last_answer():
    rows = [("What is it?", PROSE), ("How is it done?", PROSE), ("Who to call", "Imaging nurses: 01 555 0199, weekdays.")]
    body = "<table>" + "\n".join(f'<tr><th scope="row">{q}</th><td>{a}</td></tr>' for q, a in rows) + "</table>"
    assert [text for text, _ in _headings(body)] == ["What is it?", "How is it done?", "Who to call"]


def test_accordion_labels_made_of_divs_with_the_button_role_are_sibling_headings():
    label = '<div class="c-accordion__title" role="button" aria-expanded="false">{}</div>'
    body = "\n".join([
        label.format("What is it?"), f'<div class="panel"><p>{PROSE}</p></div>',
        label.format("Risks"), f'<div class="panel"><h2>Risks</h2><p>{PROSE}</p></div>',
        label.format("Going home"), f'<div class="panel"><p>{PROSE}</p></div>',
    ])
    leaflet = load(f"<html><body><main><h1>Drain</h1>{body}</main></body></html>")
    assert [(s.heading.text, s.heading.level) for s in leaflet.sections if s.heading] == [
        ("What is it?", 3), ("Risks", 3), ("Going home", 3)
    ]


def test_a_bold_table_cell_over_a_cell_of_prose_is_a_heading():
    style = "<style>td.sect { font-weight: bold }</style>"
    rows = "".join(f'<tr><td class="sect">{q}</td></tr><tr><td>{PROSE}</td></tr>' for q in ("Why it is done", "Risks"))
    leaflet = load(f"<html><head>{style}</head><body><table>{rows}</table></body></html>")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Why it is done", "Risks"]


def test_without_an_h1_a_first_styled_heading_sharing_words_with_the_page_title_is_the_title():
    style = "<style>.c5 { font-weight: 700 } .c3 { font-weight: bold }</style>"
    body = "\n".join([
        '<p class="c1">Harbour Hospitals Trust</p>', '<p class="c5">Having an implanted port put in</p>',
        f"<p>{PROSE}</p>", '<p class="c3">Risks</p>', f"<p>{PROSE}</p>",
    ])
    leaflet = load(f"<html><head><title>Implanted port leaflet v5 FINAL</title>{style}</head><body>{body}</body></html>")
    assert leaflet.title == "Having an implanted port put in"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Risks"]
    overview = f'<html><head><title>Liver biopsy</title></head><body><h2>Overview</h2><p>{PROSE}</p></body></html>'
    assert [s.heading.text for s in load(overview).sections if s.heading] == ["Overview"]


def test_a_page_title_naming_the_procedure_only_by_its_acronym_still_finds_the_styled_title():
    style = "<style>.c5 { font-weight: 700 }</style>"
    body = f'<p class="c5">Genicular artery embolisation (GAE)</p><p>{PROSE}</p><p class="c5">Risks</p><p>{PROSE}</p>'
    leaflet = load(f"<html><head><title>PIL GAE v3 FINAL</title>{style}</head><body>{body}</body></html>")
    assert leaflet.title == "Genicular artery embolisation (GAE)"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Risks"]


def test_without_a_page_title_the_first_styled_heading_sharing_words_with_the_file_name_is_the_title():
    style = "<style>.c7 { font-weight: 700 }</style>"
    body = f'<p class="c7">Genicular artery embolisation</p><p>{PROSE}</p><p class="c7">Risks</p><p>{PROSE}</p>'
    page = f"<html><head>{style}</head><body>{body}</body></html>"
    leaflet = load_text(page, "genicular-artery-embolisation.html", "html")
    assert leaflet.title == "Genicular artery embolisation"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Risks"]
    other = load_text(page, "knee-pain.html", "html")
    assert other.title is None


def test_a_class_made_bold_at_the_end_of_a_selector_chain_marks_headings():
    style = "<style>\ntable.faq td.q { font-weight: bold }\n</style>"
    rows = "".join(f'<tr><td class="q">{q}</td><td>{PROSE}</td></tr>' for q in ("What is it?", "Is it safe?"))
    leaflet = load(f"<html><head>{style}</head><body><table class=faq>{rows}</table></body></html>")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?", "Is it safe?"]


def test_a_header_cell_without_scope_over_prose_heads_a_section_in_a_layout_table():
    rows = "".join(f'<tr><th class="sectionhead">{q}</th><td>{PROSE}</td></tr>' for q in ("What is BPH?", "Risks"))
    data = "<table><tr><th>Problem</th><th>How often</th></tr><tr><td>Bruising</td><td>1 in 10</td></tr></table>"
    leaflet = load(f"<html><body><table>{rows}</table>{data}</body></html>")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is BPH?", "Risks"]


def test_a_page_whose_body_class_mentions_a_sidebar_still_has_content():
    page = (
        '<html><body class="page ast-right-sidebar has-sidebar"><main><h1>IVC filter</h1>'
        f'<h2>What is it?</h2><p>{PROSE}</p></main><aside class="sidebar"><p>Related pages</p></aside></body></html>'
    )
    leaflet = load(page)
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?"]
    assert "Related" not in " ".join(b.text for s in leaflet.sections for b in s.blocks)


def test_a_layout_class_naming_a_sidebar_around_the_main_content_keeps_the_content():
    page = (
        '<html><body><div class="layout layout--sidebar"><aside><p>In this section</p></aside>'
        f'<main><h1>Pleural catheters</h1><h2>What is an IPC?</h2><p>{PROSE}</p></main></div>'
        '<div class="site-sidebar"><main><h2>Donate</h2><p>Give now.</p></main></div>'
        '<nav><main><h2>Menu</h2><p>Home</p></main></nav></body></html>'
    )
    leaflet = load(page)
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is an IPC?", "Donate"]
    assert "In this section" not in " ".join(b.text for s in leaflet.sections for b in s.blocks)


def test_an_old_table_layouts_pagetitle_cell_is_the_title():
    page = (
        "<html><head><title>Intranet - Patient leaflets - Nephrostomy</title></head><body><table>"
        '<tr><td class="smallgrey">You are here: Home &gt; Leaflets</td></tr>'
        '<tr><td class="PageTitle">Percutaneous nephrostomy</td></tr>'
        f'<tr><td><b>What is a nephrostomy?</b></td></tr><tr><td>{PROSE}</td></tr></table></body></html>'
    )
    leaflet = load(page)
    assert leaflet.title == "Percutaneous nephrostomy"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a nephrostomy?"]


def test_a_word_title_paragraph_is_the_title_and_the_first_h1_a_section():
    page = (
        "<html><body><p class=MsoHeader>Radiology department</p><p class=MsoTitle>CT guided lung biopsy</p>"
        f"<p class=MsoNormal>{PROSE}</p><h1><span lang=EN-GB>What is a lung biopsy?</span></h1><p>{PROSE}</p>"
        f"<h1>Risks</h1><p>{PROSE}</p></body></html>"
    )
    leaflet = load(page)
    assert leaflet.title == "CT guided lung biopsy"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a lung biopsy?", "Risks"]


def test_an_indesign_title_paragraph_is_the_title_over_a_file_name_in_the_head():
    page = (
        "<html><head><title>PIL-RESP-0412_Tracheal_stent_v3</title></head><body>"
        '<p class="Title ParaOverride-2"><span class="CharOverride-2">Tracheal stent insertion</span></p>'
        f"<h2>What is a tracheal stent?</h2><p>{PROSE}</p></body></html>"
    )
    leaflet = load(page)
    assert leaflet.title == "Tracheal stent insertion"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a tracheal stent?"]


def test_a_cms_page_title_element_is_the_title_and_styled_section_titles_stay_sections():
    page = (
        '<html><head><title>Lung ablation | Chest team</title></head><body>'
        '<div class="page-header"><div class="page-header__title">Lung ablation</div>'
        '<div class="page-header__strap">From the chest team</div></div>'
        f'<div class="section-heading">Lung tumours and how ablation treats them</div><p>{PROSE}</p>'
        f'<div class="section-heading">Risks</div><p>{PROSE}</p></body></html>'
    )
    leaflet = load(page)
    assert leaflet.title == "Lung ablation"
    assert [s.heading.text for s in leaflet.sections if s.heading] == [
        "Lung tumours and how ablation treats them", "Risks",
    ]


def test_a_bare_title_class_on_a_div_styles_sections_not_the_title():
    page = (
        '<html><head><title>PAE</title><style>.title { font-weight: bold; }</style></head><body><div class="main-title">Prostate artery embolisation</div>'
        f'<div class="title">What is PAE?</div><p>{PROSE}</p><div class="title">Risks</div><p>{PROSE}</p></body></html>'
    )
    leaflet = load(page)
    assert leaflet.title == "Prostate artery embolisation"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is PAE?", "Risks"]


def test_an_alert_boxs_title_heads_what_it_says():
    page = (f"<html><body><h1>BRTO</h1><h2>Risks</h2><p>{PROSE}</p><div class='alert alert-danger'>"
            "<div class='alert-title'>Red flags</div><p>Call 911 if you vomit blood or feel faint.</p></div>"
            "</body></html>")
    assert [s.heading.text for s in load(page).sections if s.heading] == ["Risks", "Red flags"]


def test_utility_classes_that_make_text_bold_mark_headings():
    body = "\n".join([
        '<div class="text-xl font-bold mt-8">Overview</div>', f"<div><p>{PROSE}</p></div>",
        '<p class="fw-semibold">Going home</p>', f"<p>{PROSE}</p>",
    ])
    assert [text for text, _ in _headings(body)] == ["Overview", "Going home"]


def test_a_form_wrapping_the_whole_page_keeps_its_content_but_not_its_controls():
    page = (
        '<html><body><form method="post" id="mainform"><h1>Thyroid ablation</h1>'
        f'<h2>The basics</h2><p>{PROSE}</p><label>Search the site</label><input name="q"></form></body></html>'
    )
    leaflet = load(page)
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["The basics"]
    assert "Search" not in " ".join(b.text for s in leaflet.sections for b in s.blocks)


def test_a_subtitle_under_the_title_is_introduction_not_a_heading():
    page = (
        '<html><body><main><h1>Having a port inserted</h1><p class="subtitle">Information for patients starting '
        f'chemotherapy</p><details open><summary>What is a port?</summary><p>{PROSE}</p></details></main></body></html>'
    )
    leaflet = load(page)
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a port?"]


def test_markup_that_never_closes_reads_as_text_at_once():
    # Python's html.parser searched to the end again for each '<' with no '>' after it: minutes for this
    leaflet = load_text("<h1>Title</h1><p>Some text here.</p>" + "</" * 200_000, "x.html", "html")
    assert leaflet.title == "Title"
    first = leaflet.sections[0].blocks[0]
    assert first.text == "Some text here."
    assert leaflet.sections[0].blocks[0].span(0, 4).column == 18  # positions before the junk are untouched


def test_a_marked_section_without_a_name_is_text_not_a_crash():
    leaflet = load_text("<h1>Title</h1><p>Before <![ [ after.</p><p>More text.</p>", "x.html", "html")
    assert "after." in " ".join(block.text for section in leaflet.sections for block in section.blocks)


def test_a_tab_label_heads_the_panel_it_controls():
    page = """<main><h1>PICC line</h1>
<div role="tablist">
<button role="tab" id="t1" aria-controls="p1">What is it?</button>
<button role="tab" id="t2" aria-controls="p2">Risks</button>
</div>
<div role="tabpanel" id="p1" aria-labelledby="t1"><h2>What is it?</h2><p>A thin tube in a vein of the arm.</p></div>
<div role="tabpanel" id="p2" hidden><p>Infection happens to about 1 in 20 people.</p></div>
</main>"""
    leaflet = load_text(page, "x.html", "html")
    headed = [(s.heading.text, s.heading.span.line, s.blocks[0].text[:12]) for s in leaflet.sections if s.heading]
    assert headed == [("What is it?", 3, "A thin tube "), ("Risks", 4, "Infection ha")]


def test_a_bootstrap_tab_row_heads_its_panels_and_joins_each_label_to_the_heading_inside():
    page = """<main><h1>Y-90</h1>
<ul class="nav nav-tabs" role="tablist">
<li class="nav-item" role="presentation"><button class="nav-link" id="a-tab" role="tab">Overview</button></li>
<li class="nav-item" role="presentation"><button class="nav-link" id="b-tab" role="tab">Why Y-90?</button></li>
<li class="nav-item" role="presentation"><button class="nav-link" id="c-tab" role="tab">Risks</button></li>
</ul>
<div class="tab-pane" role="tabpanel" aria-labelledby="a-tab"><h2>What is it?</h2><p>Tiny beads in the liver.</p></div>
<div class="tab-pane" role="tabpanel" aria-labelledby="b-tab"><p>It can shrink tumours.</p></div>
<div class="tab-pane" role="tabpanel" aria-labelledby="c-tab"><h2>Risks</h2><p>Tiredness for a week.</p></div>
</main>"""
    leaflet = load_text(page, "x.html", "html")
    headed = [(s.heading.text, s.heading.level, s.heading.span.line, s.heading.span.end_line, s.blocks[0].text[:12])
              for s in leaflet.sections if s.heading]
    assert headed == [
        ("Overview: What is it?", 2, 3, 7, "Tiny beads i"),
        ("Why Y-90?", 2, 4, 4, "It can shrin"),
        ("Risks", 2, 5, 5, "Tiredness fo"),
    ]


def test_a_tab_that_names_its_panel_only_by_bootstrap_target_heads_that_panel():
    page = """<main><h1>Bronchial artery embolisation</h1>
<ul class="nav nav-tabs" role="tablist">
<li role="presentation"><button class="nav-link active" data-bs-toggle="tab" data-bs-target="#before" role="tab">Before</button></li>
<li role="presentation"><a class="nav-link" data-toggle="tab" href="#during" role="tab">During</a></li>
</ul>
<div class="tab-content">
<div class="tab-pane active" id="before" role="tabpanel"><p>Do not eat for four hours.</p></div>
<div class="tab-pane" id="during" role="tabpanel"><p>You lie on your back and stay awake.</p></div>
</div></main>"""
    leaflet = load_text(page, "x.html", "html")
    assert [(s.heading.text, s.heading.span.line, s.blocks[0].text[:10]) for s in leaflet.sections if s.heading] == [
        ("Before", 3, "Do not eat"), ("During", 4, "You lie on"),
    ]


def test_a_bootstrap_accordion_heading_marked_as_a_tab_heads_the_panel_its_link_opens():
    page = """<main><h1>Osteoid osteoma</h1>
<div class="panel-group" id="accordion" role="tablist">
<div class="panel-heading" role="tab"><h4 class="panel-title">
<a data-toggle="collapse" data-parent="#accordion" href="#c1">About it</a></h4></div>
<div id="c1" class="panel-collapse collapse in" role="tabpanel"><p>A small bone tumour.</p></div>
<div class="panel-heading" role="tab"><h4 class="panel-title">
<a data-toggle="collapse" href="#c2">What could go wrong</a></h4></div>
<div id="c2" class="panel-collapse collapse" role="tabpanel"><p>A burn of the skin, rarely.</p></div>
</div></main>"""
    leaflet = load_text(page, "x.html", "html")
    headed = [(s.heading.text, s.heading.span.line, s.blocks[0].text) for s in leaflet.sections if s.heading]
    assert headed == [("About it", 4, "A small bone tumour."), ("What could go wrong", 7, "A burn of the skin, rarely.")]


def test_a_faq_item_marked_as_a_tab_that_names_no_panel_keeps_its_question_and_answer():
    page = """<main><h1>Y-90</h1><h2>Common questions</h2>
<div class="uagb-faq" role="tablist">
<div class="uagb-faq-item" role="tab" tabindex="0">
<button class="uagb-question" aria-expanded="false" aria-controls="faq-risks">What side effects should I expect?</button>
<div class="uagb-faq-content" id="faq-risks" hidden><p>Most people feel tired for a week.</p></div>
</div></div></main>"""
    leaflet = load_text(page, "x.html", "html")
    headed = [(s.heading.text, s.heading.span.line, [b.text for b in s.blocks]) for s in leaflet.sections if s.heading]
    assert headed == [("Common questions", 1, []),
                      ("What side effects should I expect?", 4, ["Most people feel tired for a week."])]


def test_a_key_facts_box_in_an_aside_is_content_and_a_sidebar_is_not():
    page = """<main><h1>Oesophageal stent</h1>
<aside class="key-facts"><h2>Key facts</h2><ul><li>A stent is a mesh tube that holds the food pipe open.</li></ul></aside>
<h2>Getting ready</h2><p>Do not eat for six hours.</p>
<aside class="sidebar"><h2>Related pages</h2><p>Read about feeding tubes and diet.</p></aside>
</main>"""
    leaflet = load_text(page, "x.html", "html")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Key facts", "Getting ready"]
    assert "Read about feeding tubes" not in " ".join(b.text for s in leaflet.sections for b in s.blocks)


def test_a_leaflets_own_record_in_an_aside_is_content():
    page = """<main><article><h1>Fistuloplasty</h1><h2>What is it?</h2><p>A balloon widens a narrowed fistula.</p>
<aside class="leaflet-info"><h2>About this leaflet</h2><p>Produced by the renal unit. Review June 2028.</p></aside>
<aside class="sidebar"><h2>Related pages</h2><p>Read about dialysis lines.</p></aside>
</article></main>"""
    leaflet = load_text(page, "x.html", "html")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?", "About this leaflet"]


def test_a_closed_accordion_panel_labelled_by_its_button_is_content_outside_main_too():
    page = (
        "<html><body><h1>Gastrostomy</h1>"
        '<button aria-expanded="false" aria-controls="p1" id="b1">Risks</button>'
        f'<div id="p1" role="region" aria-labelledby="b1" hidden><p>{PROSE}</p></div>'
        '<div class="cookie-note" hidden><p>We use cookies on this site to remember what you chose.</p></div>'
        "</body></html>"
    )
    leaflet = load(page)
    (risks,) = [s for s in leaflet.sections if s.heading]
    assert risks.heading.text == "Risks"
    assert " ".join(b.text for b in risks.blocks) == PROSE


def test_a_consent_heading_is_content_while_a_cookie_consent_banner_is_not():
    html = (
        "<html><body><div class='consent-banner'><p>We use cookies.</p></div>"
        "<h1>Kidney ablation</h1><h2 id='risks'>Risks</h2><p>Bleeding is rare.</p>"
        "<h2 id='consent'>Consent</h2><p>We will ask you to sign a form.</p></body></html>"
    )
    leaflet = load_text(html, "ablation.html", "html")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Risks", "Consent"]
    assert "cookies" not in " ".join(b.text for s in leaflet.sections for b in s.blocks)


def test_a_line_break_inside_a_table_cell_keeps_the_cell_one_block():
    leaflet = load("<h2>Your options</h2><table><tr><td><strong>PICC line</strong><br>(a thin tube in the arm)</td>"
                   "<td>Stays in for weeks</td></tr></table><p>Ward 5<br>Phone 0100 000 0000</p>")
    assert [b.text for b in leaflet.sections[0].blocks] == ["PICC line (a thin tube in the arm)", "Stays in for weeks",
                                                           "Ward 5", "Phone 0100 000 0000"]


def test_bem_titles_and_a_callouts_inline_heading_are_headings():
    leaflet = load('<div class="content-block"><div class="content-block__title">About fibroids</div>'
                   '<div class="content-block__body"><p>Fibroids are growths in the womb.</p></div></div>'
                   '<div class="callout"><span class="callout__heading">Seek urgent care if</span>'
                   '<p>you have a high fever.</p></div>')
    assert [s.heading.text for s in leaflet.sections] == ["About fibroids", "Seek urgent care if"]


def test_a_class_naming_a_heading_level_marks_a_heading_but_a_longer_name_does_not():
    # Bootstrap's "h3" class and CSS modules' "RichText_h3__c0e" style text as a heading; "h30" and "ch3" name no level
    leaflet = load('<h2>Your biopsy</h2><p>An MRI scan comes first.</p>'
                   '<span class="RichText_h3__c0e">Is a biopsy safe?</span><p>Bleeding is rare.</p>'
                   '<p class="h4">Results</p><p>They take a week.</p>'
                   '<span class="col-h30">Not a heading</span><span class="ch3">nor this</span><p>More text.</p>')
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Your biopsy", "Is a biopsy safe?", "Results"]


def test_a_div_whose_only_class_is_title_is_a_section_heading_under_the_page_title():
    page = """<html><body><main>
<div class="page-heading" role="heading" aria-level="1">Adrenal tumour ablation</div>
<div class="title">Introduction</div>
<p>The adrenal glands are two small glands that lie above each kidney.</p>
<div class="title">Possible Risks and Complications</div>
<p>Bleeding and infection are uncommon.</p>
<div class="card-title">Related leaflets</div>
</main></body></html>"""
    leaflet = load_text(page, "adrenal.html", "html")
    assert leaflet.title == "Adrenal tumour ablation"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Introduction", "Possible Risks and Complications"]


def test_headings_styled_by_a_font_shorthand_on_an_hdg_class_are_headings_and_a_kicker_is_not():
    page = """<html><head><style>.kl-hdg2{font:600 19px/1.3 Arial,sans-serif}.kicker{font:bold 12px Arial}</style></head>
<body><div id="kl-main"><p class="kicker">Radiology news</p>
<div class="kl-hdg2">Why is PVE carried out?</div>
<p>Your surgeons plan to remove a large part of your liver because of a tumour, and what is left must be enough.</p>
<div class="kl-hdg2">What risks are there?</div>
<p>Serious problems are rare: fewer than 3 in 100 people have one, most often bleeding or an infection.</p>
</div></body></html>"""
    leaflet = load_text(page, "x.html", "html")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Why is PVE carried out?", "What risks are there?"]


def test_a_lone_bold_cell_over_a_nested_table_heads_it_and_the_tables_column_headers_do_not():
    page = """<table><tr><td><b>Procedure</b></td></tr>
<tr><td>You lie on your front on the table. The doctor numbs the skin and puts a needle into the bone.</td></tr>
<tr><td><b>Possible risks</b></td></tr>
<tr><td><table><tr><td><b>Complication</b></td><td><b>How often</b></td></tr>
<tr><td>More pain at the needle site for a day or two</td><td>Common</td></tr></table></td></tr></table>"""
    leaflet = load_text(page, "x.html", "html")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Procedure", "Possible risks"]


def test_a_contact_card_in_a_sidebar_is_a_section_and_the_rest_of_the_sidebar_is_not():
    leaflet = load("""<html><body><main><h1>Nephrostomy</h1>
<h2>What is a nephrostomy?</h2><p>A thin tube drains urine from your kidney into a bag.</p></main>
<aside class="sidebar" role="complementary">
  <div class="card"><h2>Talk to the renal nurses</h2><p>Ward 9: <a href="tel:01632960111">01632 960 111</a>, any time.</p></div>
  <div class="card"><h2>Related pages</h2><ul><li><a href="/a">Kidney stones</a></li></ul><p>More on our blog.</p></div>
</aside>
<aside><h3>Sign up</h3><p>Get our newsletter every month.</p></aside>
</body></html>""")
    assert [s.heading.text for s in leaflet.sections if s.heading] == [
        "What is a nephrostomy?", "Talk to the renal nurses"]
    assert "01632 960 111" in all_text(leaflet)
    assert "newsletter" not in all_text(leaflet) and "blog" not in all_text(leaflet)


def test_a_phone_number_shown_only_as_a_link_keeps_its_card():
    leaflet = load("""<html><body><main><h1>Port</h1><h2>About ports</h2><p>A port sits under the skin.</p></main>
<aside><h2>Questions?</h2><p><a href="tel:+15035550100">Call us</a></p></aside></body></html>""")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["About ports", "Questions?"]
    assert leaflet.sections[-1].blocks[0].text == "Call us"


def test_headings_named_by_layout_classes_and_class_only_accordion_buttons_are_headings():
    leaflet = load("""<html><body><main><div class="pg-title">Pelvic vein embolisation</div>
<p>Information for patients.</p>
<div class="h2-style">Why have I been offered this?</div><p>The veins in your pelvis are swollen.</p>
<div class="accordion-item"><button class="accordion-button" type="button">How it's done</button>
<div class="accordion-collapse"><p>A thin tube goes into a vein in your groin.</p></div></div>
<div class="cta-title">Request an appointment</div><p>Call 0117 496 0731.</p>
</main></body></html>""")
    assert leaflet.title == "Pelvic vein embolisation"
    assert [s.heading.text for s in leaflet.sections if s.heading] == [
        "Why have I been offered this?", "How it's done", "Request an appointment"]


def test_a_layout_tables_cell_splits_at_bold_lines_and_blank_lines_but_not_its_menu():
    leaflet = load("""<html><head><title>Port</title></head><body><table><tr>
<td><b>Patient Education</b></td></tr><tr><td>Chemotherapy · Radiation Therapy · Nutrition Support · Glossary Of Terms</td></tr>
<tr><td><font size="5"><b>Implanted Port Placement</b></font></td></tr>
<tr><td><font size="3"><b>What is a port?</b></font><br>
A port is a small disc placed under the skin of your chest, joined to a thin tube that runs into a large vein near your heart.<br><br>
It lets nurses give treatment and take blood without a new needle in your arm each time, for as long as you need it.<br><br>
<font size="3"><b>Possible complications</b></font><br>
Bleeding, infection or a blocked tube can happen, and each affects fewer than 1 in 50 people who have a port put in.
</td></tr></table></body></html>""")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a port?", "Possible complications"]
    port = next(s for s in leaflet.sections if s.heading and s.heading.text == "What is a port?")
    assert len(port.blocks) == 2


def test_a_sidebar_contact_card_is_kept_whatever_its_classes_and_however_its_title_is_written():
    leaflet = load("""<html><body><main><h1>Fibroid embolisation</h1>
<h2>What are fibroids?</h2><p>Growths in the womb.</p></main>
<aside class="sidebar">
  <div class="sidebar-card"><h3>Related pages</h3><ul><li><a href="/mri">MRI scan</a></li></ul></div>
  <div class="sidebar-card sidebar-card--contact"><h3>Radiology department</h3><p>Telephone: 01632 960 400</p></div>
  <section class="contact-card"><h2>Contact us</h2><p><strong>Care coordinator</strong></p><p>Phone: (03) 5550 2741</p>
  </section>
  <div class="rb-card"><div class="rb-card-title">Need help finding a doctor?</div>
  <p>Call our <a href="tel:5555550142">referral line</a>.</p></div>
</aside></body></html>""")
    assert [s.heading.text for s in leaflet.sections if s.heading] == [
        "What are fibroids?", "Radiology department", "Contact us", "Care coordinator", "Need help finding a doctor?"]
    assert "MRI scan" not in all_text(leaflet)


def test_end_matter_named_as_a_footer_inside_the_main_content_is_read_and_the_page_footer_is_not():
    leaflet = load("""<html><body><main><h1>Fibroid embolisation</h1><h2>What are fibroids?</h2><p>Growths.</p>
<div class="leaflet-footer-info"><h2>About this leaflet</h2><p>Published: March 2025. Review date: March 2028.</p></div>
</main><div class="site-footer"><p>Accessibility statement</p></div><div class="footer"><p>Cookies</p></div>
</body></html>""")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What are fibroids?", "About this leaflet"]
    assert "Review date: March 2028." in all_text(leaflet)
    assert "Accessibility" not in all_text(leaflet) and "Cookies" not in all_text(leaflet)


def test_a_bold_paragraph_that_leads_into_a_list_is_text_and_one_that_names_a_section_is_a_heading():
    leaflet = load("""<html><body><main><h1>PICC line</h1><p><strong>Looking after the line</strong></p>
<p>Keep it dry.</p><p><strong>Call us straight away if:</strong></p><ul><li>the arm swells</li></ul></main></body></html>""")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["Looking after the line"]
    assert "Call us straight away if:" in all_text(leaflet)


def test_a_related_block_inside_the_main_content_keeps_its_contact_card_and_drops_its_links():
    page = (
        "<html><body><main><h1>Biliary drain</h1><h2>What is it?</h2><p>A thin tube drains bile from the liver.</p>"
        '<section class="related-support"><h2>Cancer support</h2><p>Our support centre offers counselling. '
        "Call (01) 555 4400.</p></section>"
        '<div class="related-pages"><h2>Related pages</h2><ul><li><a href="/stent">Biliary stent</a></li></ul></div>'
        "</main></body></html>"
    )
    leaflet = load_text(page, "drain.html", "html")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?", "Cancer support"]
    assert "Call (01) 555 4400." in all_text(leaflet)
    assert "Biliary stent" not in all_text(leaflet)


def test_a_pages_feedback_and_share_boxes_shown_as_headings_are_no_sections_and_the_footer_after_stays():
    page = (
        f"<html><body><main><h1>Liver biopsy</h1><h2>What is it?</h2><p>{PROSE}</p>"
        "<h2>Was this page helpful?</h2><p><button>Yes</button> <button>No</button></p>"
        "<h3>Share this page</h3><p>Facebook X Email</p>"
        "<p>© Beacon Cancer Support 2025. Registered charity number 1099001.</p></main></body></html>"
    )
    leaflet = load(page)
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is it?"]
    texts = [block.text for section in leaflet.sections for block in section.blocks]
    assert "Yes No" not in texts and "Facebook X Email" not in texts
    assert texts[-1].startswith("© Beacon Cancer Support 2025")


def test_a_main_inside_a_header_left_open_by_a_mistyped_closing_tag_is_read_as_a_browser_shows_it():
    page = ("<html><body><header><a href='/'>Home</a></ehader><main><h1>Stents</h1><h2>What is a stent?</h2>"
            "<p>A stent is a small tube that holds the duct open for bile.</p></main></body></html>")
    leaflet = load_text(page, "stent.html", "html")
    assert leaflet.title == "Stents"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a stent?"]
