from __future__ import annotations

import pytest

from audit.load import load_file, load_text
from audit.load.plaintext import parse_plain_text
from tests.conftest import FIXTURES, TESTS


def never(_: str) -> bool:
    return False


def headings_of(text: str, name: str) -> list[str]:
    return heading_texts(load_text(text, name, "text"))


def heading_texts(leaflet) -> list[str]:
    return [s.heading.text for s in leaflet.sections if s.heading]


def headings_at(leaflet) -> list[tuple[str, int]]:
    return [(s.heading.text, s.heading.span.line) for s in leaflet.sections if s.heading]


def test_scraped_page_title_is_the_repeated_line_and_site_furniture_is_set_aside():
    leaflet = load_file(FIXTURES / "scraped-page.txt")
    assert leaflet.title == "Hepatic embolisation"
    assert leaflet.title_span.line == 5
    furniture_lines = {span.line for span in leaflet.boilerplate}
    assert {1, 2, 3} <= furniture_lines
    assert {33, 34, 35} <= furniture_lines  # share, privacy, copyright footer


def test_scraped_page_headings_are_found_at_their_lines():
    leaflet = load_file(FIXTURES / "scraped-page.txt")
    headings = [(s.heading.text, s.heading.span.line) for s in leaflet.sections]
    assert headings == [
        ("What is hepatic embolisation?", 7),
        ("Why is it needed?", 11),
        ("How is it diagnosed?", 15),
        ("How is it done?", 19),
        ("What are the risks?", 25),
        ("What happens after my procedure?", 29),
    ]


def test_heading_with_trailing_non_breaking_space_ends_at_its_last_visible_character():
    leaflet = load_file(FIXTURES / "scraped-page.txt")
    span = leaflet.sections[0].heading.span
    assert (span.line, span.column, span.end_column) == (7, 1, len("What is hepatic embolisation?") + 1)


def test_bullets_of_any_marker_are_list_items_without_the_marker():
    leaflet = load_file(FIXTURES / "scraped-page.txt")
    items = leaflet.sections[3].blocks
    assert [b.kind for b in items] == ["list_item"] * 3
    assert items[0].text.startswith("A fine tube")
    assert items[2].text.startswith("The procedure")
    assert "won’t" in items[2].text
    # the bullet "  • " takes four columns, so the text starts at column 5
    assert items[0].position(0) == (21, 5)


def test_no_site_furniture_reaches_a_section_body():
    leaflet = load_file(FIXTURES / "scraped-page.txt")
    body = " ".join(block.text for section in leaflet.sections for block in section.blocks)
    for junk in ("Slider", "Example Radiology Network", "Privacy policy", "Share this page", "©"):
        assert junk not in body


def test_word_positions_point_into_the_original_line():
    leaflet = load_file(FIXTURES / "scraped-page.txt")
    block = leaflet.sections[0].blocks[0]
    offset = block.text.index("tumour")
    line, column = block.position(offset)
    source_line = (FIXTURES / "scraped-page.txt").read_text(encoding="utf-8").split("\n")[line - 1]
    assert source_line[column - 1 : column - 1 + len("tumour")] == "tumour"


def test_hard_wrapped_lines_join_into_one_paragraph_and_short_wrapped_lines_are_not_headings():
    leaflet = load_file(FIXTURES / "wrapped.txt")
    assert leaflet.title == "Hard-wrapped leaflet"
    first = leaflet.sections[0]
    assert first.heading.text == "What is it?"
    assert len(first.blocks) == 1
    assert "runs on across lines and a short line" in first.blocks[0].text
    assert first.blocks[0].position(first.blocks[0].text.index("and a short")) == (7, 1)
    assert [s.heading.text for s in leaflet.sections] == ["What is it?", "Risk factors"]


def test_lone_title_followed_by_prose_is_the_title_and_the_prose_an_introduction():
    leaflet = parse_plain_text("Liver biopsy\n\nA liver biopsy takes a small piece of liver.\n", "x.txt", never)
    assert leaflet.title == "Liver biopsy"
    assert leaflet.sections[0].heading is None
    assert leaflet.sections[0].blocks[0].text.startswith("A liver biopsy")


def test_question_line_before_prose_is_a_heading_not_the_title():
    leaflet = parse_plain_text("What is a biopsy?\nA biopsy takes a small piece of tissue.\n", "x.txt", never)
    assert leaflet.title is None
    assert leaflet.sections[0].heading.text == "What is a biopsy?"


def test_known_section_name_before_prose_is_a_heading_when_the_loader_is_told_so():
    text = "Liver biopsy\nOverview\n\nA biopsy takes a small piece of tissue.\n"
    leaflet = parse_plain_text(text, "x.txt", lambda line: line == "Overview")
    assert leaflet.title == "Liver biopsy"
    assert leaflet.sections[0].heading.text == "Overview"


def test_menu_before_the_title_is_furniture():
    text = "Centre\nHome\nPatients\nServices\n\nKidney biopsy\n\nWhat is it?\n\nA kidney biopsy takes a small sample.\n"
    leaflet = parse_plain_text(text, "x.txt", never)
    assert leaflet.title == "Kidney biopsy"
    assert {span.line for span in leaflet.boilerplate} >= {1, 2, 3, 4}


def test_short_unbulleted_lines_inside_the_text_stay_prose():
    text = (
        "Title\n\nWhat are the risks?\n\nThe risks of the procedure are listed here.\n"
        "Pain\nBleeding\nInfection\n\nAftercare\n\nRest for a day before you go back to work.\n"
    )
    leaflet = parse_plain_text(text, "x.txt", never)
    risks = leaflet.sections[0]
    assert "Pain Bleeding Infection" in risks.blocks[0].text


def test_load_text_rejects_blank_input_with_a_one_line_reason():
    from audit.load import LoadError

    with pytest.raises(LoadError, match="empty file"):
        load_text(" \n\n", "x.txt", "text")


@pytest.mark.parametrize(("page", "fmt"), [
    ("Home | Services | Contact\nSkip to content\nAccept all cookies\n(c) 2026 Example Hospital\nPrivacy policy\n", "text"),
    ("<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2026 Example Hospital</footer></body></html>", "html"),
])
def test_a_page_of_site_furniture_alone_is_rejected_with_a_one_line_reason(page, fmt):
    from audit.load import LoadError

    with pytest.raises(LoadError, match="no leaflet text found"):
        load_text(page, f"x.{'txt' if fmt == 'text' else fmt}", fmt)


def test_metadata_lines_are_leaflet_text_not_furniture():
    text = (
        "Kidney drain\n\nWhat is a nephrostomy?\n\nA thin tube drains urine from the kidney into a bag.\n\n"
        "Date issued: Febraury 2023\nReview date: February 2026\nHome\nPrivacy\n"
    )
    leaflet = load_text(text, "drain.txt", "text")
    metadata = [b for s in leaflet.sections for b in s.blocks if b.kind == "metadata"]
    assert [(b.text, b.span().line) for b in metadata] == [
        ("Date issued: Febraury 2023", 7), ("Review date: February 2026", 8)
    ]
    assert [span.line for span in leaflet.boilerplate] == [9, 10]


def test_breadcrumb_names_the_title_and_one_line_menus_and_bylines_are_furniture():
    text = (
        "Skip to main content\nBlue Ridge Health System\nHome   Services   Patients   Contact\n"
        "Home > Services > Kyphoplasty\nKyphoplasty for spinal fractures\nBy Jane Roe, MD | Published 01/15/2024\n"
        "Overview\nKyphoplasty treats a broken bone in the spine with a balloon and cement, through the skin.\n"
    )
    leaflet = load_text(text, "page.txt", "text")
    assert leaflet.title == "Kyphoplasty for spinal fractures"
    assert {span.line for span in leaflet.boilerplate} >= {1, 2, 3, 4, 6}


def test_a_menu_bar_carrying_a_phone_number_does_not_hide_the_title_under_it():
    text = (
        "Book Appointment | Emergency: 080 5555 1066 | International Patients | Careers\n"
        "Kaveri Hospital, Bengaluru\nHome\nAbout Us\nSpecialities\nDoctors\nContact\n"
        "Home » Specialities » Carotid Body Tumour\nCarotid Body Tumour (Carotid Paraganglioma)\n"
        "What is a carotid body tumour?\nIt is a slow-growing lump of cells where the main artery of the neck divides.\n"
    )
    leaflet = load_text(text, "page.txt", "text")
    assert (leaflet.title, leaflet.title_span.line) == ("Carotid Body Tumour (Carotid Paraganglioma)", 9)
    assert heading_texts(leaflet) == ["What is a carotid body tumour?"]


def test_a_long_last_item_of_an_unbulleted_list_leaves_the_next_heading_a_heading():
    text = (
        "Neck lumps\n\nSymptoms\nMost people notice a painless lump. Larger tumours can cause:\nHoarseness of voice\n"
        "Difficulty in swallowing\nPain in the neck or ear\nWeakness of the tongue or drooping of the shoulder\n"
        "Rarely, palpitations, headaches and high blood pressure if the tumour releases hormones\nDiagnosis\n"
        "We examine you and arrange an ultrasound scan of your neck to see the lump.\n"
    )
    leaflet = load_text(text, "page.txt", "text")
    assert headings_at(leaflet) == [("Symptoms", 3), ("Diagnosis", 10)]


def test_an_address_and_phone_under_a_contact_heading_are_not_read_as_a_list_with_a_long_last_item():
    text = (
        "Kyphoplasty\n\nRecovery\nMost people go home the same day and feel less pain within two days.\n\n"
        "CONTACT US\nSpine & Pain Centre, Harbourside Private Hospital\nLevel 2, 15 Wharf Street, Port Marrin WA 6100\n"
        "Phone: (08) 5550 2917 (Monday to Friday, 8:30am to 5pm)\n"
        "If you develop a fever after you go home, contact us or go to your nearest emergency department.\n"
    )
    assert headings_of(text, "page.txt")[:2] == ["Recovery", "CONTACT US"]


@pytest.mark.parametrize(("text", "title"), [
    (  # a long title wrapped over a short line in lower case, under a service's name
        "Midlands Bone and Soft Tissue Sarcoma Service\nPatient Information\n\n"
        "Needle biopsy of a bone or soft tissue lump\nthat may be a sarcoma\n\nIntroduction\n"
        "You have been referred to us because a scan has shown a lump in a bone. We need to take a small sample.\n",
        "Needle biopsy of a bone or soft tissue lump that may be a sarcoma",
    ),
    (  # a title wrapped after 'and' reads on over a capitalised line
        "                    Patient Information\n\n\n"
        "        Isolated Limb Perfusion (ILP) for Melanoma and\n        Sarcoma of the Arm or Leg\n\n"
        "        Regional Melanoma & Sarcoma Service\n\nWhat is isolated limb perfusion?\n"
        "It gives a high dose of chemotherapy to one arm or leg only, with its blood flow kept apart from the body.\n",
        "Isolated Limb Perfusion (ILP) for Melanoma and Sarcoma of the Arm or Leg",
    ),
    (  # a masthead of department, title and kind of document keeps its title
        "Department of Radiology\nCT-GUIDED LUNG BIOPSY\nPatient Information Leaflet\n\n"
        "This leaflet tells you about having a biopsy of your lung. It explains what happens.\n\n"
        "What is a lung biopsy?\nA biopsy means taking a small sample of tissue.\n",
        "CT-GUIDED LUNG BIOPSY",
    ),
    (  # three menu items before the title are still a menu
        "Our services\nPatients and visitors\nConditions A-Z\n\nPleural effusion\n\n"
        "A pleural effusion is fluid around the lung. It can make you breathless.\n",
        "Pleural effusion",
    ),
])
def test_the_title_is_found_among_the_lines_before_the_text(text, title):
    assert load_text(text, "page.txt", "text").title == title


def test_an_nhs_boards_name_above_a_title_in_capitals_is_not_the_title():
    text = (
        "NHS Glenmoray\nHaematology & Oncology Day Unit / Interventional Radiology\n\n"
        "YOUR TUNNELLED CENTRAL LINE (HICKMAN® OR SIMILAR LINE)\n\n"
        "This guide is for adults having chemotherapy or other long-term treatment through a vein.\n\n"
        "What is a tunnelled central line?\nIt is a long, thin, soft tube. One end sits in a large vein near your heart.\n"
    )
    leaflet = load_text(text, "page.txt", "text")
    assert (leaflet.title_span.line, heading_texts(leaflet)) == (4, ["What is a tunnelled central line?"])


def test_a_breadcrumb_ending_in_the_sites_leaflet_section_names_no_title():
    text = (
        "Home | Patients and Visitors | Departments | Contact\n"
        "Departments / Radiology / Patient information\n\n"
        "Nephrostomy tube insertion\n\nPatient information - Department of Radiology\n\n"
        "This leaflet is for people who are having a thin tube put into a kidney to drain urine.\n"
    )
    assert load_text(text, "page.txt", "text").title == "Nephrostomy tube insertion"


def test_contact_lines_and_list_lead_ins_are_not_headings():
    text = (
        "Kidney cryoablation\n\nThis page explains a treatment for small kidney tumours.\n\n"
        "Why it is done\n\nCryoablation freezes a small kidney tumour through the skin.\n\n"
        "Your doctor may recommend cryoablation if:\n- the tumour is small\n- surgery is risky for you\n\n"
        "Contact us\n\nMedical Imaging: 613-555-0119\nAfter hours: (555) 555-0100\n"
    )
    assert headings_of(text, "page.txt") == ["Why it is done", "Contact us"]


def test_an_a_to_z_label_and_a_byline_are_never_the_title():
    text = (
        "Patient information A–Z\nMedically reviewed by Dr Ann Lee on 3 May 2025\nLiver biopsy\n\n"
        "A liver biopsy takes a small piece of the liver to look at under a microscope.\n"
    )
    assert load_text(text, "page.txt", "text").title == "Liver biopsy"


def test_cookie_notices_however_worded_and_record_lines_do_not_hide_the_title_or_the_first_heading():
    text = (
        "Cookie Notice: We use cookies to improve your experience. Learn more. [Got it]\nMountain View Health\n"
        "Home > Treatments > IVC filter removal\nIVC filter removal\nBy: Patient Education Committee\n"
        "Last reviewed: April 2025\nWhat is an IVC filter?\nA small metal filter caught blood clots in a large vein.\n"
    )
    leaflet = load_text(text, "page.txt", "text")
    assert leaflet.title == "IVC filter removal"
    assert heading_texts(leaflet) == ["What is an IVC filter?"]


def _headings(text: str, known: set[str] | None = None) -> list[str]:
    leaflet = parse_plain_text(text, "page.txt", lambda line: line in (known or set()))
    return heading_texts(leaflet)


def test_a_heading_may_follow_list_items_that_lost_their_bullets():
    text = (
        "Stent insertion\n\nWarning signs\nhigh temperature\nshivering and feeling cold\n"
        "Why a stent helps\nA stent holds the duct open so that bile can drain again.\n"
    )
    assert _headings(text) == ["Warning signs", "Why a stent helps"]


def test_headings_may_end_on_a_preposition_or_come_in_two_parts():
    text = (
        "Drain care\n\nHow the drain is put in\nThe doctor numbs the skin and slides the tube in.\n"
        "Questions? Ring us\nThe ward nurses answer calls day and night.\n"
    )
    assert _headings(text) == ["How the drain is put in", "Questions? Ring us"]


def test_numbered_lines_standing_over_prose_are_headings_but_numbered_lists_are_not():
    text = (
        "Port insertion\n\n1. Fitting the port\nThe port sits under the skin of the chest.\n\n"
        "You will need to:\n1. Stop eating at midnight\n2. Bring your tablets\n\n"
        "2. Looking after it\nKeep the wound dry for five days after the port goes in.\n"
    )
    assert _headings(text) == ["1. Fitting the port", "2. Looking after it"]


def test_a_numbered_heading_straight_over_its_first_capitals_sub_heading_is_a_heading():
    text = (
        "Renal vein thrombosis\n\n1. Overview\nA clot can form in the vein that drains the kidney.\n\n"
        "2. Treatment\nBLOOD THINNERS\nMost people take a medicine that stops the clot from growing.\n\n"
        "TREATING THE CAUSE\nYour kidney doctor treats the illness that made the blood clot.\n"
    )
    assert _headings(text) == ["1. Overview", "2. Treatment", "BLOOD THINNERS", "TREATING THE CAUSE"]


def test_a_numbered_heading_after_a_bulleted_list_continues_the_numbering_of_sections():
    text = (
        "Kyphoplasty\n\n3. Other choices\n\u2022\tBed rest and pain medicines for six weeks.\n"
        "\u2022\tA back brace while the bone heals.\n\n4. Getting ready\n\u2022\tDo not eat after midnight.\n"
        "\u2022\tBring your medicines with you.\n\n5. On the day\nYou lie on your front on the table.\n"
    )
    assert _headings(text) == ["3. Other choices", "4. Getting ready", "5. On the day"]


def test_a_numbered_list_with_its_own_sub_bullets_stays_a_list():
    text = (
        "Aftercare\n\nPlease do these things at home to help the wound heal:\n1. Keep the dressing dry\n    - cover it when you shower\n"
        "2. Take your painkillers\n    - paracetamol every six hours\n\nWhen to call us\nRing the ward if you feel unwell.\n"
    )
    assert _headings(text) == ["When to call us"]


@pytest.mark.parametrize("text", [
    "Getting ready\n\nBefore you come in:\n1. Stop eating 6 hours before\n\u2022 You can drink water until 2 hours before\n"
    "2. Bring your medicines\n\u2022 Including inhalers and creams\n3. Arrange a lift home\n\nOn the day\nYou will see the nurse.\n",
    "Using the inhaler\n\nFollow these steps every time:\n1. Shake the inhaler\na) Hold it upright\nb) Take the cap off\n"
    "2. Breathe out fully\na) Away from the mouthpiece\n3. Press and breathe in\n\nOn the day\nYou will see the nurse.\n",
])
def test_numbered_steps_with_their_own_sub_items_set_no_further_in_stay_a_list(text):
    assert _headings(text)[-1:] == ["On the day"] and not any(h[:1].isdigit() for h in _headings(text))


def test_capitalised_items_after_a_lead_in_are_a_list_not_headings():
    text = (
        "Lung ablation\n\nWhat are the risks?\nOther problems include:\nCoughing up a little blood\n"
        "Aches and a mild fever\nAir around the lung\n\nRecovery\n\nMost people go home the next day.\n"
    )
    assert _headings(text) == ["What are the risks?", "Recovery"]


def test_a_last_section_that_names_itself_keeps_its_short_lines():
    text = (
        "Nerve block\n\nWhat happens\n\nThe doctor injects the nerves with a long-acting medicine.\n\n"
        "Contact us\nPain team: 0161 555 0100\n\nFurther reading\nCancer pain: a guide for families (Pain Society, 2025)\n"
        "Nerve blocks for cancer pain, British Pain Group\nPrivacy\n"
    )
    leaflet = parse_plain_text(text, "page.txt", lambda line: line in {"Contact us", "Further reading"})
    assert heading_texts(leaflet) == ["What happens", "Contact us", "Further reading"]
    assert "British Pain Group" in leaflet.sections[-1].blocks[0].text


def test_the_line_under_the_breadcrumb_is_the_title_and_organisation_lines_are_not():
    text = (
        "Riverside Health Executive\nFind a service  About us  Careers  Contact\nRequest a visit\n"
        "Services / Imaging / Patient leaflets\nKIDNEY TUMOUR FREEZING\nPatient information\n"
        "Department of Radiology, Riverside Hospital\nYour kidneys\n"
        "The kidneys clean the blood and make urine, and sit at the back of the tummy.\n"
    )
    leaflet = parse_plain_text(text, "page.txt", never)
    assert leaflet.title == "KIDNEY TUMOUR FREEZING"
    assert heading_texts(leaflet) == ["Your kidneys"]
    assert {span.line for span in leaflet.boilerplate} >= {1, 2, 3, 4, 6, 7}


def test_a_table_of_contents_is_furniture():
    text = (
        "Biliary drain\nOn this page\nWhat is a drain?\nGetting ready\nRisks of the drain\n\n"
        "What is a drain?\nA thin tube lets bile flow out of the liver into a bag.\n\n"
        "Getting ready\nDo not eat for six hours before you come in.\n\n"
        "Risks of the drain\nBleeding and infection are uncommon.\n"
    )
    leaflet = parse_plain_text(text, "page.txt", never)
    assert [s.heading.span.line for s in leaflet.sections if s.heading] == [7, 10, 13]
    assert {2, 3, 4, 5} <= {span.line for span in leaflet.boilerplate}


@pytest.mark.parametrize("record", [
    "Page last updated 10 September 2025",
    "Page last reviewed 11/2025",
    "Content reviewed: February 2025",
    "Date reviewed: 1 October 2024",
    "Last review date: 08/2024",
    "Review March 2027",
    "Page reviewed by: Neuroendocrine Tumour Service, March 2025",
    "Date: March 2026   Review date: March 2028",
    "Leaflet code VS-114 | Issued June 2026 | Review June 2029",
    "Produced by the Vascular Access Team and the Renal Unit",
    "Document reference: VASC-PIL-031 Version 2",
    "Authorised by: Clinical Director, Radiology",
])
def test_a_review_record_in_any_wording_is_metadata_not_a_heading(record):
    text = (f"Ports\n\nWhat is a port?\nA port is a small disc under the skin.\n\n{record}\n"
            "We welcome your comments on this leaflet. Please write to the ward.\n")
    leaflet = parse_plain_text(text, "page.txt", never)
    assert heading_texts(leaflet) == ["What is a port?"]
    assert any(b.kind == "metadata" and b.text == " ".join(record.split()) for s in leaflet.sections for b in s.blocks)


def test_a_heading_over_its_paragraph_under_a_long_review_record_is_no_part_of_it():
    text = ("Liver metastases\nLast reviewed April 2024 by the Gastrointestinal Tumour Group\n"
            "Understanding liver metastases\nThe liver is the most common place for bowel cancer to spread to, "
            "and the cells travel there in the blood.\n")
    leaflet = parse_plain_text(text, "page.txt", never)
    assert heading_texts(leaflet) == ["Understanding liver metastases"]


def test_a_page_review_line_is_metadata_not_a_heading():
    text = "Ports\nPage last reviewed: 2 March 2026\n\nWhat is a port?\nA port is a small disc under the skin.\n"
    leaflet = parse_plain_text(text, "page.txt", never)
    assert heading_texts(leaflet) == ["What is a port?"]
    assert next(b.kind for s in leaflet.sections for b in s.blocks) == "metadata"


def test_a_line_underlined_with_equals_signs_is_the_title_and_a_long_title_is_no_organisation():
    text = (
        "Angioplasty of the leg arteries\n===============================\n\nVascular Radiology Service\n\n"
        "Narrowed arteries\n-----------------\n\nFatty deposits narrow the arteries of the legs over many years.\n"
    )
    leaflet = parse_plain_text(text, "page.txt", never)
    assert leaflet.title == "Angioplasty of the leg arteries"
    assert heading_texts(leaflet) == ["Narrowed arteries"]
    text = (
        "Pleural mesothelioma: tests and procedures in the Interventional Radiology department\n\n"
        "Mesothelioma explained\n\nMesothelioma is a cancer of the thin lining around the lungs.\n"
    )
    assert parse_plain_text(text, "page.txt", never).title.startswith("Pleural mesothelioma")


def test_an_abbreviation_is_no_sentence_end_and_a_bracketed_share_row_is_furniture():
    text = (
        "Kyphoplasty\n[Print]  [Email this page]  [Share]\n\nOverview\nA balloon and cement mend a broken spine bone.\n\n"
        "What are the benefits vs. risks?\nMost people have less pain within two days of the treatment.\n"
    )
    leaflet = parse_plain_text(text, "page.txt", never)
    assert heading_texts(leaflet) == ["Overview", "What are the benefits vs. risks?"]
    assert 2 in {span.line for span in leaflet.boilerplate}


def test_a_related_links_list_is_furniture_and_a_hard_wrapped_paragraph_is_no_list():
    text = (
        "TACE\n\n3) What you might notice\n\nMost people feel sick and tired for a few days after the treatment.\n\n"
        "Why TACE is recommended\nTACE is most often used for hepatocellular carcinoma (primary liver\n"
        "cancer) that cannot be removed by surgery or treated by ablation but\n"
        "which has not spread outside the liver in any of the usual places.\n\n"
        "Related\nFeeding tube care at home\nNutrition during cancer treatment\n"
    )
    leaflet = parse_plain_text(text, "page.txt", never)
    assert heading_texts(leaflet) == ["3) What you might notice", "Why TACE is recommended"]
    assert {12, 13, 14} <= {span.line for span in leaflet.boilerplate}


def test_a_table_laid_out_in_spaces_is_read_row_by_row():
    rows = [("Risk", "How often"), ("Bruising where the needle went in", "About 1 in 20 people"),
            ("Bleeding that needs treatment", "Fewer than 1 in 100 people"),
            ("Allergic reaction to the dye", "About 1 in 100 people"), ("Infection", "Rare")]
    table = "\n".join(f"{a:<45}{b}" for a, b in rows)
    text = f"Haemorrhoid embolisation\n\nWhat are the risks?\n\n{table}\n\nAfterwards\n\nRest for a day.\n"
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    risks = next(s for s in leaflet.sections if s.heading and s.heading.text == "What are the risks?")
    assert [b.kind for b in risks.blocks] == ["table_cell"] * 5
    assert risks.blocks[2].text == "Bleeding that needs treatment Fewer than 1 in 100 people"
    assert risks.blocks[2].span().line == 7


def test_a_cells_wrapped_line_that_opens_with_a_bracket_goes_on_in_its_row():
    lines = ["  Problem                                           How often",
             "  Minor bleeding that settles on its own            About 1 in 100 people",
             "  Bleeding that needs a transfusion, a              About 1 in 50 people",
             "    procedure to block the bleeding artery",
             "    (embolization), or surgery",
             "  Air leaking around the lung (pneumothorax)        About 1 in 200 people"]
    risks = _risks_over("Spleen biopsy", lines)
    assert [b.span().line for b in risks.blocks] == [5, 6, 7, 10]
    assert risks.blocks[2].text.endswith("procedure to block the bleeding artery (embolization), or surgery")


def test_a_table_whose_cells_wrap_with_a_hanging_indent_is_read_row_by_row():
    lines = ["  Problem                                                  How often",
             "  Wound infection (red, swollen or oozing wound)            About 1 in 50 babies",
             "  Hernia at a wound (a soft bulge where the bowel",
             "    pushes through the muscle)                             About 1 in 100 babies",
             "  Vomiting that does not settle because the muscle was",
             "    not fully cut, needing a second operation               About 1 in 200 babies",
             "  A small leak from the stomach lining that was not",
             "    seen during the operation                               About 1 in 1,000 babies"]
    risks = _risks_over("Pyloromyotomy", lines)
    assert [(b.kind, b.span().line) for b in risks.blocks] == [("table_cell", line) for line in (5, 6, 7, 9, 11)]
    assert risks.blocks[2].text == ("Hernia at a wound (a soft bulge where the bowel pushes through the muscle) "
                                    "About 1 in 100 babies")


def _risks_over(title: str, lines: list[str]):
    """The risks section of a leaflet whose risks are these lines, with a section after them."""
    text = f"{title}\n\nWhat are the risks?\n\n" + "\n".join(lines) + "\n\nAfterwards\n\nRest for a day.\n"
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    return next(s for s in leaflet.sections if s.heading and s.heading.text == "What are the risks?")


def test_a_table_row_whose_cell_wraps_onto_the_next_line_is_one_row():
    lines = ["Problem                                      How often",
             "Bruising where the needle went in            About 1 in 20 people",
             "Air leak around the lung, if the",
             "  cyst is near the top of the kidney         Less than 1 in 100 people",
             "Infection in the kidney                      About 1 in 100 people",
             "Serious bleeding needing a transfusion or",
             "  another procedure                          Less than 1 in 500 people"]
    risks = _risks_over("Cyst drainage", lines)
    assert [(b.kind, b.span().line) for b in risks.blocks] == [("table_cell", line) for line in (5, 6, 7, 9, 10)]
    assert risks.blocks[2].text == "Air leak around the lung, if the cyst is near the top of the kidney Less than 1 in 100 people"
    assert risks.blocks[4].row == (10, 1)


def test_a_table_ruled_under_its_header_keeps_rows_whose_two_cells_both_wrap():
    lines = ["  Complication                                 How often",
             "  -------------------------------------------  ------------------",
             "  Fever with chills in the first day           About 10 in 100",
             "  Bile leak around the drain or into the       Can occur; usually settles",
             "  abdomen                                      once the drain is moved",
             "  Bleeding needing a transfusion or            About 2 in 100",
             "  another procedure",
             "  Injury to the lining of the lung             Less than 1 in 100"]
    risks = _risks_over("Bile duct drainage", lines)
    cells = [(b.span().line, b.text, b.row) for b in risks.blocks]
    assert cells[4:6] == [(8, "Bile leak around the drain or into the abdomen", (8, 1)),
                          (8, "Can occur; usually settles once the drain is moved", (8, 1))]
    assert [line for line, *_ in cells] == [5, 5, 7, 7, 8, 8, 10, 10, 12, 12]
    assert "----" not in " ".join(b.text for b in risks.blocks)


def test_a_ruled_table_reads_each_cell_whole_across_its_wrapped_lines():
    lines = ["  Problem                  How often               What to do",
             "  -----------------------  ----------------------  ----------------------",
             "  Sore throat              About 1 in 5 people,    Suck ice chips and",
             "  (from the tube)          for a day or two        take paracetamol",
             "  Bleeding from the gums   About 1 in 50 people    Press gauze on it",
             "  Chest infection          Fewer than 1 in 100     Call the ward"]
    risks = _risks_over("Gastroscopy", lines)
    cells = [(b.span().line, b.span().column, b.text, b.row) for b in risks.blocks]
    assert cells[3:6] == [(7, 3, "Sore throat (from the tube)", (7, 1)),
                          (7, 28, "About 1 in 5 people, for a day or two", (7, 1)),
                          (7, 52, "Suck ice chips and take paracetamol", (7, 1))]
    assert [line for line, *_ in cells[6:]] == [9, 9, 9, 10, 10, 10]


def test_a_ruled_table_whose_text_crosses_a_column_start_is_read_as_before():
    lines = ["  Problem                  How often               What to do",
             "  -----------------------  ----------------------  ----------------------",
             "  Sore throat from the tube, which lasts a day or two at most   Suck ice chips"]
    risks = _risks_over("Gastroscopy", lines)
    assert not any(b.text == "Sore throat" for b in risks.blocks)


def test_a_cookie_banner_saying_what_cookies_are_for_is_furniture():
    text = ("Skip to main content\nSome cookies are essential to make this website work. We would also like to set "
            "optional cookies.\nAccept cookies\n\nHaving a chest drain\n\nWhat is a chest drain?\n\n"
            "A chest drain is a thin, soft tube that lets fluid drain out of your chest.\n")
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    assert 2 in {span.line for span in leaflet.boilerplate}
    assert leaflet.title == "Having a chest drain"


def test_a_statement_heading_ending_on_its_verb_is_whole_over_a_sentence():
    text = ("Nephrostomy\n\nWhat a nephrostomy is\nA nephrostomy is a thin tube that drains urine from your kidney.\n\n"
            "Why you need one\nYour kidney is blocked and the tube takes the pressure off it.\n")
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    assert heading_texts(leaflet) == ["What a nephrostomy is", "Why you need one"]


def test_the_line_a_breadcrumb_names_is_the_title_though_the_footer_repeats_the_breadcrumb():
    text = ("NHS Lothair Valley\nPatient Information Library | Search leaflets | A–Z | Accessibility\n"
            "Library > Radiology > Nephrostomy\n\nNephrostomy: having a tube put into your kidney to drain urine\n\n"
            "Why you need one\nYour kidney is blocked and the tube takes the pressure off it.\n\n"
            "Library > Radiology > Nephrostomy\nBack to top\n")
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    assert leaflet.title == "Nephrostomy: having a tube put into your kidney to drain urine"


def test_a_subject_then_kind_first_line_is_the_title_over_a_masthead_and_a_colon_heading():
    text = ("Varicocele Embolisation - Patient Information\nRadiology Department, Highveld Private Hospital\n\n"
            "About varicoceles:\nA varicocele is a group of swollen veins in the scrotum, above the testicle.\n\n"
            "Why it's done:\nThe treatment can take away the dragging ache in the scrotum.\n")
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    assert leaflet.title == "Varicocele Embolisation - Patient Information"
    assert heading_texts(leaflet) == ["About varicoceles:", "Why it's done:"]


def test_a_two_column_stretch_is_read_column_by_column_with_true_positions():
    left = ["Before the test", "You will need a blood test a week", "before the biopsy to check clotting.", "",
            "On the day", "A nurse puts a small cannula in", "your arm and checks your details."]
    right = ["Risks", "Bleeding happens in about one in", "a hundred people and usually stops.", "",
             "Going home", "You can go home the same day if", "all is well after four hours."]
    rows = [f"{a:<45}{b}".rstrip() for a, b in zip(left, right)]
    text = "Liver biopsy\n\nThis leaflet explains the test and what happens afterwards.\n\n" + "\n".join(rows) + "\n"
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    headings = [(s.heading.text, s.heading.span.line, s.heading.span.column) for s in leaflet.sections if s.heading]
    assert headings == [("Before the test", 5, 1), ("On the day", 9, 1), ("Risks", 5, 46), ("Going home", 9, 46)]
    risks = next(s for s in leaflet.sections if s.heading and s.heading.text == "Risks")
    assert risks.blocks[0].text.startswith("Bleeding happens in about one in a hundred people")
    assert risks.blocks[0].span().column == 46


def test_a_heading_right_after_a_lead_in_list_scraped_without_bullets_or_blank_lines_is_a_heading():
    text = (
        "Implanted port\n\nWhat is a port?\nA port is a small disc under the skin of your chest.\n\n"
        "Getting ready\nBefore your appointment:\n"
        "please have nothing to eat for six hours, but do drink clear fluids up to two hours before\n"
        "bring your dressing gown and slippers, as you may be with us for most of the morning\n"
        "How is the port put in?\nA doctor puts it in under local anaesthetic. It takes about an hour.\n"
        "HOW YOU WILL FEEL\nMost people feel sore for a day or two.\n"
    )
    leaflet = load_text(text, "port.txt", "text")
    assert headings_at(leaflet) == [
        ("What is a port?", 3), ("Getting ready", 6), ("How is the port put in?", 10), ("HOW YOU WILL FEEL", 12)
    ]


def test_a_numbering_spread_over_the_text_heads_its_sections_even_over_a_list():
    text = (
        "Nephrostomy\n\n1. Before\nYou will have blood tests the week before.\n\n"
        "2. Living with the drain\n- Keep the bag below your kidney.\n- Empty it when it is half full.\n\n"
        "3. Contact\nRing the ward on 01632 960 123.\n\nPlease bring these things with you:\n1. your tablets\n2. your glasses\n"
    )
    assert headings_of(text, "nephrostomy.txt") == ["1. Before", "2. Living with the drain",
                                                                        "3. Contact"]


def test_a_whole_line_between_blank_lines_may_end_on_a_preposition_and_two_questions_make_one_heading():
    text = (
        "Gastrostomy\n\nWhat is a gastrostomy?\nA feeding tube into the stomach.\n\n"
        "Risks to be aware of\n\nPain around the tube is common for a few days.\n\n"
        "Is it safe? What could go wrong?\nSerious problems are rare.\n"
    )
    assert headings_of(text, "gastrostomy.txt") == [
        "What is a gastrostomy?", "Risks to be aware of", "Is it safe? What could go wrong?"
    ]


def test_a_line_boxed_by_rules_is_a_heading_and_a_numbered_line_is_not_the_title():
    text = (
        "Home\nConditions\nLocations\n\nColonic stent for a blocked bowel\nRadiology / Surgery | Print this page\n\n"
        "1. THE BLOCKAGE\nA tumour can block the bowel.\n\n2. THE STENT\nA mesh tube holds the bowel open.\n\n"
        "----------------------------\nPHONE US IF...\n----------------------------\n"
        "...you have a fever or pain.\n"
    )
    leaflet = load_text(text, "stent.txt", "text")
    assert leaflet.title == "Colonic stent for a blocked bowel"
    assert heading_texts(leaflet) == ["1. THE BLOCKAGE", "2. THE STENT",
                                                                        "PHONE US IF..."]


def test_a_question_over_its_answer_after_a_line_with_no_full_stop_is_a_heading():
    text = ("Tunnelled central line\n\nA guide for patients and families. Revised 2023/06\n"
            "What is a tunnelled line?\nA tunnelled line is a long, soft tube in a large vein.\n")
    leaflet = load_text(text, "line.txt", "text")
    assert headings_at(leaflet) == [
        ("What is a tunnelled line?", 4)
    ]


def test_a_service_strap_and_page_tools_are_furniture_so_the_leaflets_name_is_the_title():
    text = (
        "Menu\nSearch this site\nPatients\nAbout us\nChest drain at home\nPleural Service – patient guide\n"
        "Download leaflet (PDF)   Print\nShow all sections\nFluid around the lung\n"
        "Fluid can build up between the lung and the chest wall and make you breathless.\n"
    )
    leaflet = load_text(text, "drain.txt", "text")
    assert leaflet.title == "Chest drain at home"
    assert heading_texts(leaflet) == ["Fluid around the lung"]
    assert {6, 7, 8} <= {span.line for span in leaflet.boilerplate}


def test_a_contents_list_read_as_an_unbulleted_list_is_still_furniture():
    headings = ["What is a port?", "Why might I need one?", "Having it put in", "Looking after it", "Problems"]
    text = "Implanted ports\n\nOn this page\n" + "\n".join(headings) + "\n" + "".join(
        f"{heading}\nA sentence of plain text about this part of the leaflet comes here.\n" for heading in headings
    )
    leaflet = load_text(text, "port.txt", "text")
    assert [s.heading.span.line for s in leaflet.sections if s.heading] == [9, 11, 13, 15, 17]


def test_a_heading_with_its_first_sub_heading_straight_under_it_gives_both():
    text = (
        "Implanted ports\n\nLooking after your port\nA nurse flushes the port every four weeks.\n"
        "Possible problems\nInfection\nSigns of infection include redness and a high temperature.\n"
        "Blockage\nThe port can become blocked by a clot.\n"
    )
    assert headings_of(text, "port.txt") == [
        "Looking after your port", "Possible problems", "Infection", "Blockage"
    ]


def test_a_short_line_ending_on_if_over_lower_case_lines_heads_them_and_a_list_closes_on_a_long_heading():
    text = (
        "Pleural catheter\n\nFluid around the lung can build up again and again.\n\nWhat you may notice\nA dry cough\nTiredness\nFeeling full\n"
        "What a pleural catheter is, and what it can do for you\n"
        "A soft tube drains the fluid at home so that you can breathe more easily.\n"
        "Call us if\nyou have a fever or the skin around the catheter becomes red, hot or oozing\n"
        "the catheter is damaged or falls out\nPleural nurses: 0151 555 3321.\n"
    )
    assert headings_of(text, "catheter.txt") == [
        "What you may notice", "What a pleural catheter is, and what it can do for you", "Call us if"
    ]


def test_a_leaflets_record_lines_and_a_sites_related_links_are_never_headings():
    text = (
        "Home > Services > Port insertion\n\nPort insertion\nPatient education handout HVI-4417\n"
        "Version 2, approved September 3, 2025\nDocument ID: IR-PE-031\nLast revised: August 2025\n\n"
        "What is a port?\nA port is a small disc under the skin that a nurse can use for your treatment.\n\n"
        "Next review due: June 2028\n\nRelated treatments\nPICC lines\nHickman lines\n\n"
        "Related articles\nBone marrow biopsy: do I need a sedative?\nHickman lines\n\n"
        "Follow us\nFacebook\nX (Twitter)\nInstagram\nNotice of Nondiscrimination\nNondiscrimination statement\n"
    )
    leaflet = load_text(text, "port.txt", "text")
    assert leaflet.title == "Port insertion"
    assert heading_texts(leaflet) == ["What is a port?"]


def test_a_strap_naming_the_readers_is_neither_the_title_nor_a_heading():
    text = (
        "SELECTIVE INTERNAL RADIATION THERAPY (SIRT)\nInformation for patients and their families\n\n"
        "What is SIRT?\nSIRT sends tiny radioactive beads into the blood vessels that feed a liver tumour.\n"
    )
    leaflet = load_text(text, "sirt.txt", "text")
    assert leaflet.title == "SELECTIVE INTERNAL RADIATION THERAPY (SIRT)"
    assert heading_texts(leaflet) == ["What is SIRT?"]
    assert 2 in {span.line for span in leaflet.boilerplate}


def test_a_long_title_in_capitals_under_the_hospitals_name_is_the_title():
    text = (
        "LOWFIELD DISTRICT HOSPITAL\nInterventional Radiology and Bone Health Service\n\n"
        "VERTEBROPLASTY: A CEMENT INJECTION FOR A BROKEN BONE IN THE SPINE\n"
        "Information for patients, their families and carers\n\n"
        "Please read this leaflet with someone you trust. It explains the treatment and its risks.\n\n"
        "THE MAIN POINTS\nThe cement makes the broken bone stronger and eases the pain.\n"
    )
    leaflet = load_text(text, "vertebroplasty.txt", "text")
    assert leaflet.title == "VERTEBROPLASTY: A CEMENT INJECTION FOR A BROKEN BONE IN THE SPINE"
    assert heading_texts(leaflet) == ["THE MAIN POINTS"]


def test_a_hard_wrapped_paragraphs_lines_are_not_a_list_nor_its_first_line_a_heading():
    text = (
        "Bronchial artery embolisation\n\nWhat is it?\nA way to stop bleeding from the lungs.\n\n"
        "Eastbridge Teaching Hospitals NHS Trust\n\n"
        "You have been given this leaflet because you have been\n"
        "coughing up blood. Your doctors think a procedure called\n"
        "bronchial artery embolisation could stop or reduce the\n"
        "bleeding. This leaflet explains what it involves.\n"
    )
    headings = headings_of(text, "embolisation.txt")
    assert "What is it?" in headings
    assert "You have been given this leaflet because you have been" not in headings


def test_a_heading_in_capitals_wrapped_by_a_narrow_column_is_one_heading():
    text = (
        "Kidney cryoablation\n\nWHAT IS IT?\nFreezing a small kidney tumour with thin needles.\n\n"
        "HOW SMALL KIDNEY LUMPS\nARE FOUND\nMost are spotted by chance on a scan done for another reason.\n"
    )
    assert headings_of(text, "cryoablation.txt")[-1] == "HOW SMALL KIDNEY LUMPS ARE FOUND"


def test_headings_marked_the_wiki_asciidoc_or_markdown_way_are_headings_without_their_marks():
    text = (
        "= Kidney cryoablation =\n\nA guide from the urology team.\n\n== What is it? ==\n\nCold destroys the tumour.\n\n"
        "=== Risks\n\nBleeding happens in about 1 in 100 people.\n\n## Going home\n\nYou go home the next day.\n\n"
        "-- Contact us --\n\nRing the ward.\n\n--- Page 1 of 2 ---\n"
    )
    leaflet = load_text(text, "cryo.txt", "text")
    assert leaflet.title == "Kidney cryoablation"
    assert [(s.heading.text, s.heading.span.line, s.heading.span.column) for s in leaflet.sections if s.heading] == [
        ("What is it?", 5, 4), ("Risks", 9, 5), ("Going home", 13, 4), ("Contact us", 17, 4),
    ]


def test_a_title_naming_its_subject_before_its_readers_is_the_title():
    text = (
        "Radiologically inserted gastrostomy - information for families\nChildren's Imaging Department\n\n"
        "About this sheet:\nThis sheet is for parents of children having a feeding tube put in.\n\n"
        "What is a gastrostomy?\nA gastrostomy is a small opening into the stomach.\n"
    )
    leaflet = load_text(text, "rig.txt", "text")
    assert leaflet.title == "Radiologically inserted gastrostomy - information for families"
    assert heading_texts(leaflet) == ["About this sheet:", "What is a gastrostomy?"]


def test_a_hard_wrapped_sentence_under_a_heading_is_not_a_list_that_swallows_the_heading():
    text = (
        "Carotid stenting\n\n"
        "RECOVERY\n"
        "Most people stay in hospital for one night. You should avoid\n"
        "heavy lifting and driving for a few days after it is done.\n\n"
        "PART 9 - IF THINGS CHANGE\n"
        "Call an ambulance at once for any sign of a stroke: face\n"
        "drooping, arm or leg weakness, trouble speaking, sudden\n"
        "loss of sight. For bleeding where the needle went in, press\n"
        "firmly and ring the ward.\n"
    )
    leaflet = load_text(text, "carotid.txt", "text")
    assert headings_at(leaflet) == [
        ("RECOVERY", 3), ("PART 9 - IF THINGS CHANGE", 7)
    ]


def test_a_heading_straight_under_a_strap_naming_the_readers_is_a_heading():
    text = (
        "Home\nCancer care\n\nChemoembolisation (TACE)\nPrint\nEmail\n"
        "Patient information for people having treatment at the Bayside Hospital imaging department\n"
        "About TACE\nChemoembolisation is a treatment for cancer in the liver. It blocks the tumour's blood supply.\n"
        "Why might I need it?\nIt is offered when surgery is not possible.\n"
    )
    leaflet = load_text(text, "tace.txt", "text")
    assert headings_at(leaflet) == [
        ("About TACE", 8), ("Why might I need it?", 10)
    ]


def test_a_title_underlined_with_equals_signs_is_the_title_not_a_menu_item():
    text = (
        "CT-guided bone biopsy\n=====================\nPatient and family education\nInterventional radiology\n\n\n"
        "What is a bone biopsy?\n----------------------\nA bone biopsy takes a small sample of bone with a needle.\n"
    )
    leaflet = load_text(text, "biopsy.txt", "text")
    assert leaflet.title == "CT-guided bone biopsy"


def test_a_cookie_banner_worded_in_full_sentences_is_furniture():
    text = (
        "This website uses cookies\n"
        "We use necessary cookies to make our site work. We'd also like to set optional analytics cookies.\n"
        "Accept all\nManage preferences\nSkip to main content\nConditions\nTreatments\nContact\n"
        "Treatments / Urology / Prostate artery embolisation\nProstate artery embolisation (PAE)\n"
        "PAE in a nutshell\nPAE is a way of shrinking an enlarged prostate through a small tube in an artery.\n"
    )
    leaflet = load_text(text, "pae.txt", "text")
    assert leaflet.title == "Prostate artery embolisation (PAE)"
    assert heading_texts(leaflet) == ["PAE in a nutshell"]


def test_headings_numbered_in_roman_numerals_or_letters_are_headings():
    text = (
        "BRAIN ANEURYSM COILING\n\nI. WHAT IS A BRAIN ANEURYSM?\n\nAn aneurysm is a weak spot in an artery.\n\n"
        "II. WHY DO ANEURYSMS FORM?\n\nSmoking and high blood pressure raise the risk.\n\n"
        "B. Getting ready\n\nDo not eat after midnight.\n"
    )
    leaflet = load_text(text, "coiling.txt", "text")
    assert heading_texts(leaflet) == [
        "I. WHAT IS A BRAIN ANEURYSM?", "II. WHY DO ANEURYSMS FORM?", "B. Getting ready"
    ]


def test_a_long_first_line_with_no_stop_is_the_title_and_a_heading_may_end_on_is_before_its_colon():
    text = (
        "Radiologically inserted gastrostomy (RIG) for people with head and neck cancer\n"
        "Patient information from the radiology and dietetics departments\n\n"
        "What a RIG is:\nA RIG is a soft feeding tube that passes through the wall of your tummy into your stomach.\n\n"
        "Why you are being offered one:\nRadiotherapy to the throat can make swallowing sore for some weeks.\n"
    )
    leaflet = load_text(text, "rig.txt", "text")
    assert leaflet.title == "Radiologically inserted gastrostomy (RIG) for people with head and neck cancer"
    assert heading_texts(leaflet) == ["What a RIG is:", "Why you are being offered one:"]


def test_a_text_size_widget_and_a_dumped_skip_link_are_furniture_so_the_title_stands():
    text = (
        "Skip to content <#main-content>\n\nFistuloplasty\n\nFistuloplasty\n"
        "Information for patients having a fistula angioplasty\n\nPrint\nA A A\nListen\n\n"
        "What is a fistuloplasty?\nA fistuloplasty widens a narrowed fistula with a small balloon.\n"
    )
    leaflet = load_text(text, "fistula.txt", "text")
    assert leaflet.title == "Fistuloplasty"
    assert {1, 9} <= {span.line for span in leaflet.boilerplate}


def test_a_record_line_of_full_sentences_above_the_title_is_metadata_not_the_text():
    text = (
        "Southern Cancer and Palliative Care Service\n\nProduced July 2026. Next review July 2028.\n\n"
        "LIVING WITH A LONG-TERM DRAIN FOR FLUID IN YOUR BELLY\n\nWhat matters most\n"
        "A long-term drain lets you or a nurse take fluid off at home.\n"
    )
    leaflet = load_text(text, "drain.txt", "text")
    assert leaflet.title == "LIVING WITH A LONG-TERM DRAIN FOR FLUID IN YOUR BELLY"


def test_a_saved_browser_title_names_the_page_first_and_the_site_last():
    text = (
        "Port removal | Procedures | Lakeview Health Partners\n"
        "Lakeview Health Partners\n"
        "Procedures  |  Our doctors  |  Locations  |  Billing\n"
        "Home  >  Procedures  >  Central lines\n"
        "Port removal\n\n"
        "What is a port?\nA port is a small disc under the skin of your chest that nurses use to give medicines.\n"
    )
    leaflet = load_text(text, "port.txt", "text")
    assert leaflet.title == "Port removal"
    assert heading_texts(leaflet) == ["What is a port?"]


def test_a_row_of_share_icons_and_a_cookie_notice_by_use_do_not_end_the_page_head():
    text = (
        "Northgate Vein Clinic\n"
        "Home / Treatments / Veins / Sclerotherapy\n"
        "Share this page\n"
        "f   in   ✉\n"
        "By using this website, you agree to our use of cookies as set out in our privacy notice.\n"
        "Sclerotherapy for thread veins\n\n"
        "What is sclerotherapy?\nA nurse injects a liquid into small veins so that they fade over a few weeks.\n"
    )
    leaflet = load_text(text, "veins.txt", "text")
    assert leaflet.title == "Sclerotherapy for thread veins"
    assert heading_texts(leaflet) == ["What is sclerotherapy?"]


def test_a_paragraph_set_in_a_narrow_column_is_the_text_not_a_title_candidate():
    text = (
        "Eastfield General Hospital\n\n"
        "Hepatic artery infusion\n"
        "Department of Radiology\n\n"
        "About the pump\n"
        "Hepatic artery infusion, often called HAI, is a\n"
        "way of giving chemotherapy straight into the\n"
        "artery that feeds the liver through a small pump.\n\n"
        "Why is it offered?\n"
        "It can shrink tumours in the liver that cannot be removed.\n"
    )
    leaflet = load_text(text, "hai.txt", "text")
    assert leaflet.title == "Hepatic artery infusion"
    assert heading_texts(leaflet) == ["About the pump", "Why is it offered?"]


def test_a_menu_row_split_by_dots_or_bars_and_an_infirmary_masthead_do_not_take_the_title():
    text = (
        "Westmoor Royal Infirmary\n"
        "Menu: Home · Our services · Patients and visitors · Research · Donate\n"
        "Home » Services » Radiology\n"
        "Gastrostomy insertion\n"
        "Westmoor Royal Infirmary\n\n"
        "What is a gastrostomy?\nA gastrostomy is a feeding tube that goes through your tummy into your stomach.\n"
    )
    leaflet = load_text(text, "rig.txt", "text")
    assert leaflet.title == "Gastrostomy insertion"
    assert heading_texts(leaflet) == ["What is a gastrostomy?"]


def test_a_title_labelled_patient_information_names_its_subject_after_the_colon():
    text = (
        "PATIENT INFORMATION: HAVING A CHEST DRAIN\n\nDepartment of Respiratory Medicine\n\n"
        "WHAT IS A CHEST DRAIN?\n\nA chest drain is a thin tube that lets air or fluid out from around your lung.\n"
    )
    leaflet = load_text(text, "drain.txt", "text")
    assert leaflet.title == "PATIENT INFORMATION: HAVING A CHEST DRAIN"
    assert heading_texts(leaflet) == ["WHAT IS A CHEST DRAIN?"]


def test_an_acknowledgement_of_country_and_a_search_placeholder_are_site_furniture():
    text = (
        "Skip to content\n"
        "Southbank Health Service acknowledges the Traditional Custodians of the lands on which we work.\n"
        "Search Southbank Health...\n"
        "Home > Health topics > Kidney stones\n\n"
        "Kidney stone treatment with a nephrostomy\n\n"
        "WHY DO I NEED IT?\n"
        "A stone is blocking the tube that drains your kidney, and the tube lets the urine out.\n"
    )
    leaflet = load_text(text, "stone.txt", "text")
    assert leaflet.title == "Kidney stone treatment with a nephrostomy"
    assert {2, 3} <= {span.line for span in leaflet.boilerplate}


def test_a_title_wrapped_over_two_lines_reads_as_one_from_either_line():
    caps = (
        "CHEMOEMBOLISATION OF LIVER\nTUMOURS\n\nInformation for patients\n\n"
        "WHAT IS IT?\nA doctor puts a thin tube into an artery and gives chemotherapy straight to the tumour.\n"
    )
    assert load_text(caps, "tace.txt", "text").title == "CHEMOEMBOLISATION OF LIVER TUMOURS"
    bracketed = (
        "Draining fluid from your chest\n(pleural aspiration)\n\n"
        "What is it?\nA doctor uses a needle to take fluid from around your lung so you can breathe more easily.\n"
    )
    leaflet = load_text(bracketed, "chest.txt", "text")
    assert leaflet.title == "Draining fluid from your chest (pleural aspiration)"
    assert (leaflet.title_span.line, leaflet.title_span.end_line) == (1, 2)
    addressed = (
        "Southfield Health - Patient Library\nhttps://southfield.example/leaflets/port\n\n"
        "What is a port?\nA port is a small disc under your skin that nurses use to give you medicines.\n"
    )
    assert "https" not in (load_text(addressed, "port.txt", "text").title or "")


def test_a_guide_or_questions_strap_under_the_title_is_furniture_not_the_title():
    text = (
        "Bone Cement Injection\nFrequently Asked Questions\n\n"
        "What is it?\nA doctor injects cement into a broken bone in your spine to ease the pain.\n"
    )
    leaflet = load_text(text, "cement.txt", "text")
    assert leaflet.title == "Bone Cement Injection"
    assert heading_texts(leaflet) == ["What is it?"]
    alone = "Bone cement injection: your questions answered\n\nWhat is it?\nA doctor injects cement into a broken bone.\n"
    assert load_text(alone, "cement.txt", "text").title == "Bone cement injection: your questions answered"


def test_page_offers_cookie_headings_and_an_a_to_z_label_are_furniture_not_the_title():
    text = (
        "Cookies on the Westfield Hospitals website\n\n"
        "Hickman line insertion\n\n"
        "Printable version\n\n"
        "Health A to Z\n\n"
        "What is a Hickman line?\nIt is a thin tube that goes into a large vein in your chest for treatment.\n"
    )
    leaflet = load_text(text, "hickman.txt", "text")
    assert leaflet.title == "Hickman line insertion"
    assert {1, 5, 7} <= {span.line for span in leaflet.boilerplate}


def test_a_contents_list_with_dot_leaders_is_furniture_not_the_title():
    text = (
        "Radiology Directorate\n\nBiliary drain insertion\n\nContents\n"
        "Why do I need a drain? ......................... 1\n"
        "Risks .......................................... 2\n"
        "Who can I contact? ............................. 3\n\n"
        "What is a biliary drain?\nA thin tube that lets bile drain from your liver into a bag.\n"
    )
    leaflet = load_text(text, "drain.txt", "text")
    assert leaflet.title == "Biliary drain insertion"
    assert heading_texts(leaflet) == ["What is a biliary drain?"]


def test_a_pdf_page_marker_between_dashes_is_furniture():
    text = "Kyphoplasty\n\nWhat is it?\nA way to mend a broken bone in the spine.\n\n-- 1 of 4 --\n\nRisks\nBleeding is rare.\n"
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    assert heading_texts(leaflet) == ["What is it?", "Risks"]


def _label_rows(*rows: tuple[str, ...]) -> list[str]:
    """Rows of a label and its text laid out in spaces: each row's lines are (left, right) pairs."""
    lines: list[str] = []
    for row in rows:
        lines += [f"  {left:<24}{right}".rstrip() for left, right in row] + [""]
    return lines[:-1]


def test_label_rows_laid_out_in_spaces_with_blank_lines_between_are_read_row_by_row():
    lines = _label_rows((("Bleeding at the cut", "Usually stops if you press on it"), ("", "for ten minutes.")),
                        (("Infection of the", "Redness, heat or pus around the"), ("wound", "cut. Treated with antibiotics.")),
                        (("Nerve irritation", "Tingling in the fingers that"), ("", "settles within a week.")))
    risks = _risks_over("Wrist injection", lines)
    cells = [(b.span().line, b.text, b.row) for b in risks.blocks]
    assert cells[2:4] == [(8, "Infection of the wound", (8, 1)),
                          (8, "Redness, heat or pus around the cut. Treated with antibiotics.", (8, 1))]
    assert [line for line, *_ in cells] == [5, 5, 8, 8, 11, 11]
    assert all(b.kind == "table_cell" for b in risks.blocks)


def test_two_label_rows_are_too_few_to_be_a_table():
    lines = _label_rows((("Bleeding at the cut", "Usually stops if you press on it"), ("", "for ten minutes.")),
                        (("Nerve irritation", "Tingling in the fingers that"), ("", "settles within a week.")))
    risks = _risks_over("Wrist injection", lines)
    assert not any(b.kind == "table_cell" for b in risks.blocks)


def test_a_line_indented_under_a_bullet_goes_on_with_its_item_and_a_heading_may_follow_it():
    text = "\n".join([
        "Catheter insertion",
        "What to bring / Quoi apporter",
        "- Your health card and a list of your medicines",
        "  Votre carte santé et la liste de vos médicaments",
        "- Loose, comfortable clothing",
        "  Des vêtements amples et confortables",
        "On the day / Le jour même",
        "The nurse meets you in the day unit and checks your details before the procedure begins.",
    ])
    leaflet = parse_plain_text(text, "bilingual.txt", never)
    headings = [(section.heading.text, section.heading.span.line) for section in leaflet.sections if section.heading]
    assert headings == [("What to bring / Quoi apporter", 2), ("On the day / Le jour même", 7)]
    items = [block.text for block in leaflet.sections[0].blocks if block.kind == "list_item"]
    assert items[0] == "Your health card and a list of your medicines Votre carte santé et la liste de vos médicaments"


def test_a_heading_over_a_line_that_opens_with_a_name_in_mixed_case_is_a_heading_not_a_wrapped_sentence():
    def leaflet(first_source: str):
        text = "\n".join([
            "Intrathecal chemotherapy",
            "Call the ward if you have a fever.",
            "",
            "Sources",
            f"{first_source} Cancer Treatments Online. Intrathecal chemotherapy. 2024.",
            "Pui C-H, Howard SC. Current management of disease in the CNS. Lancet Oncology. 2008.",
        ])
        return parse_plain_text(text, "sources.txt", never)

    assert [s.heading.text for s in leaflet("eviQ").sections if s.heading] == ["Sources"]
    assert [s.heading.text for s in leaflet("evidence from").sections if s.heading] == []


PDF_TEXT = """Northmoor Hospitals NHS Trust                Department of Radiology

Gastrostomy insertion

What is a gastrostomy?

A gastrostomy is a feeding tube that goes through the skin of your tummy into
your stomach, so that food and drink can go straight in.

Ring the ward on 01632 960 000 with any question about the tube.

Page 1 of 2                                  Leaflet GH-IR-204 v3

Northmoor Hospitals NHS Trust                Department of Radiology

Going home

Keep the skin around the tube clean and dry for the first week, and ring the
ward if it becomes red or sore.

Ring the ward on 01632 960 000 with any question about the tube.

Author: Interventional Radiology Nurse Team and Dr A. Mensah, Consultant
Interventional Radiologist
Date of publication: May 2026
Approved by: Patient Information Group

Page 2 of 2                                  Leaflet GH-IR-204 v3
"""


def test_a_pdfs_running_header_and_footer_are_furniture_and_its_headings_are_not():
    leaflet = load_text(PDF_TEXT, "gastrostomy.txt", "text")
    assert leaflet.title == "Gastrostomy insertion"
    assert [(s.heading.text, s.heading.span.line) for s in leaflet.sections if s.heading] == [
        ("What is a gastrostomy?", 5), ("Going home", 16)]
    assert not any("Page 1 of 2" in b.text or "Department of Radiology" in b.text
                   for s in leaflet.sections for b in s.blocks)


def test_a_running_header_numbered_page_by_page_is_furniture():
    page = "\n\nFistula care and dialysis access                       Page {}\n\n"
    text = ("Fistula care\n\nWhat is a fistula?\nA fistula joins an artery to a vein in your arm so that dialysis "
            "works well.\n" + page.format(2) + "Looking after it\nCheck the buzz in your arm every day and keep the "
            "skin clean.\n" + page.format(3) + "Contact us\nRing the renal unit with any question.\n")
    leaflet = load_text(text, "fistula.txt", "text")
    assert heading_texts(leaflet) == ["What is a fistula?", "Looking after it", "Contact us"]
    assert not any("Page 2" in b.text for s in leaflet.sections for b in s.blocks)


def test_a_title_wrapped_after_a_joining_word_in_a_masthead_is_the_title():
    """A PDF's cover as pdftotext lays it out (fold 2026-12-05h, read after its scoring): a title wrapped after
    "and" between the document's kind and its readers, a department line, a contents list and running headers."""
    path = TESTS / "corpora" / "sections" / "frozen-2026-12-05h" / "mesothelioma.txt"
    leaflet = load_text(path.read_text(encoding="utf-8"), path.name, "text")
    assert leaflet.title == "Pleural mesothelioma and indwelling pleural catheters"


def test_a_search_box_and_a_department_line_do_not_hide_a_long_title_alone_under_the_furniture():
    text = ("NHSX.ie\nHealth A-Z | Services | Find a hospital | About the NHSX | Contact | Gaeilge\nSearch NHSX.ie\n"
            "Home / Services / Hospitals / Radiation oncology / Patient information\n\n"
            "This site uses cookies. Find out more about cookies | Accept all | Manage settings\n\n"
            "Stereotactic ablative radiotherapy (SABR) for small lung cancers: frequently asked questions\n\n"
            "Radiation Oncology Department, Example University Hospital\n\nAbout this page\n"
            "This page answers the questions that patients and families ask us most often about SABR.\n")
    leaflet = load_text(text, "sabr.txt", "text")
    assert leaflet.title == "Stereotactic ablative radiotherapy (SABR) for small lung cancers: frequently asked questions"
    assert heading_texts(leaflet) == ["About this page"]


def test_a_title_wrapped_over_three_lines_and_a_heading_over_its_first_band_and_list():
    text = ("Urology Department\n\nHigh intensity focused\nultrasound (HIFU) for\nprostate cancer\nInformation for "
            "patients\n\nThis leaflet explains the treatment and what to expect when you go home afterwards.\n\n"
            "Possible side effects\nCommon\n• blood in the urine for a few weeks\n• a burning feeling when passing urine\n"
            "Rare\n• a narrowing of the water pipe\n\nContent owner: Urology Department\n")
    leaflet = load_text(text, "hifu.txt", "text")
    assert leaflet.title == "High intensity focused ultrasound (HIFU) for prostate cancer"
    assert heading_texts(leaflet) == ["Possible side effects", "Common", "Rare"]
    assert any(b.kind == "metadata" for s in leaflet.sections for b in s.blocks)


def test_a_kind_of_document_line_under_an_emailed_title_is_furniture():
    text = ("From: IR Nurses <ir@example.org>\nTo: patient@example.com\nSubject: Your drain\n\nHello,\n\n"
            "DRAINAGE OF A KIDNEY CYST\nPatient information - Department of Radiology\n\nWhat is a cyst?\n"
            "A cyst is a pocket of fluid that can press on the kidney and cause an ache.\n")
    leaflet = load_text(text, "mail.txt", "text")
    assert leaflet.title == "DRAINAGE OF A KIDNEY CYST"
    assert heading_texts(leaflet) == ["What is a cyst?"]


def test_an_emailed_title_in_title_case_over_its_readers_line_is_the_title_and_the_signature_is_furniture():
    text = ("From: Liver Nurses <liver@example.org>\nSent: Tuesday 14 April 2026 10:42\nSubject: After your clinic visit\n\n"
            "Dear patient,\n\nThe text of our sheet is below in case the attachment does not open.\n\nKind regards,\n"
            "Liver Nurse Specialist Service\nDepartment of Hepatology\n\n----------\n\nCyst of the Kidney Explained\n"
            "Information for patients\n\nWhat it is\nA kidney cyst is a small pocket of fluid that forms in a kidney.\n")
    leaflet = load_text(text, "mail.txt", "text")
    assert leaflet.title == "Cyst of the Kidney Explained"
    assert heading_texts(leaflet) == ["What it is"]


def test_an_emailed_title_in_capitals_with_its_kind_after_a_dash_is_the_title_not_the_subject():
    text = ("From: Vascular Nurses <vascular@example.org>\nSent: Tuesday 18 November 2025\n"
            "Subject: Information about Raynaud's - as discussed\n\nKia ora,\n\nThe sheet is pasted below.\n\n"
            "-----Original Message-----\n\nRAYNAUD'S PHENOMENON - information for patients\n\nWhat it is\n"
            "Raynaud's phenomenon is when the small arteries in the fingers overreact to cold.\n")
    leaflet = load_text(text, "mail.txt", "text")
    assert leaflet.title == "RAYNAUD'S PHENOMENON - information for patients"
    assert heading_texts(leaflet) == ["What it is"]


def test_a_form_number_and_a_row_of_sharing_links_are_not_headings():
    text = ("Chylothorax embolisation\n\nWhat it is\nA leak of lymph fluid into the chest can be sealed from inside.\n\n"
            "Share this page  Print  Download PDF (312KB)\n\nAfterwards\nMost people go home the next day after a rest.\n\n"
            "Form 90412 (REV 08-2025)\n")
    leaflet = load_text(text, "page.txt", "text")
    assert heading_texts(leaflet) == ["What it is", "Afterwards"]


def test_a_department_name_wrapped_onto_a_lower_case_line_does_not_hide_the_title_under_it():
    text = ("                    Department of Vascular Surgery\n                    and Interventional Radiology\n\n\n"
            "Chronic Mesenteric Ischaemia and\nMesenteric Artery Stenting\nInformation for Patients and Families\n\n\n"
            "Introduction\nThis booklet is for people who have been told they have narrowing of the\n"
            "arteries to the bowel, and who have been offered a stent to open it.\n")
    leaflet = load_text(text, "stent.txt", "text")
    assert leaflet.title == "Chronic Mesenteric Ischaemia and Mesenteric Artery Stenting"
    assert heading_texts(leaflet) == ["Introduction"]


def test_a_sign_off_and_the_names_under_it_are_furniture_not_headings():
    text = ("Thyroid nodule ablation\n\nCheckups\nWe will see you for an ultrasound at 1, 3 and 6 months after it.\n\n"
            "Kind regards,\n\nThyroid Nodule Clinic team\nHead & Neck Interventional Radiology\n\n"
            "This e-mail and any attachments are confidential.\n")
    leaflet = load_text(text, "mail.txt", "text")
    assert heading_texts(leaflet) == ["Checkups"]
    assert {6, 8, 9} <= {span.line for span in leaflet.boilerplate}


def test_a_title_wrapped_over_its_readers_line_is_the_title_and_the_lines_under_it_are_straps():
    text = ("Health District                    Radiology Service\n\n\n\nPelvic Angiography and Embolisation\n"
            "after a Pelvic Fracture\nInformation for patients and whanau\n\nOncology and Interventional Radiology\n\n"
            "This information is for people who have broken their pelvis in an accident and need a procedure.\n\n"
            "Contact\nInterventional Radiology Department, Level 2\nTel: 01 000 4410 (Monday to Friday)\nNHS 111\n\n"
            "Issued by: Radiology Service          Classification: 0000-0-0-PIL-0042\n\nFooter\n")
    leaflet = load_text(text, "pelvis.txt", "text")
    assert leaflet.title == "Pelvic Angiography and Embolisation after a Pelvic Fracture"
    assert heading_texts(leaflet) == ["Contact"]


def test_a_contact_reached_through_the_switchboard_is_a_contact_line_not_a_heading():
    text = ("Vulval cancer\n\nAfter surgery\nYou will have regular checks for at least five years after it.\n\nContacts\n"
            "Gynaecological Oncology Nurse Consultant: through switchboard, Mon-Fri 8am-4pm\n"
            "Ward 4B (24 hours): through switchboard\n")
    assert _headings(text) == ["After surgery", "Contacts"]


def test_a_heading_over_its_text_after_a_thank_you_is_no_signature_and_a_line_of_underscores_is_no_form():
    text = ("Stents\n\nWhat is a stent?\nA stent is a small tube that holds the duct open for bile.\n\n"
            "________________________________\n\nThank you\n\nContact us\nRing the ward on 0000 000 000 at any time.\n")
    leaflet = load_text(text, "stent.txt", "text")
    assert "Contact us" in heading_texts(leaflet)
    assert not any(block.kind == "metadata" for section in leaflet.sections for block in section.blocks)


def test_a_title_wrapped_after_for_keeps_the_department_and_service_lines_under_it_out_of_the_text():
    text = ("                        NHS Foundation Trust\n\n\nPercutaneous vertebroplasty for\nmyeloma bone disease\n"
            "Information for patients\n\nDepartment of Clinical Radiology\nHaematology Service\n\n\nIntroduction\n"
            "This leaflet gives you information about vertebroplasty, a treatment for painful collapsed bones.\n")
    leaflet = load_text(text, "vp.txt", "text")
    assert leaflet.title == "Percutaneous vertebroplasty for myeloma bone disease"
    assert heading_texts(leaflet) == ["Introduction"]


def test_a_strap_under_the_title_and_its_organisation_is_furniture_and_a_form_line_is_no_heading():
    text = ("IMAGE-GUIDED BREAST BIOPSY\nBreast Imaging Center, Valley Health Partners (USA)\n"
            "What you need to know about your appointment\n\n\nYour name: ______________   NHI: __________\n\n"
            "1. WHY WE'RE TAKING A SAMPLE\n\nYour mammogram has shown an area in your breast that needs a closer look.\n")
    leaflet = load_text(text, "biopsy.txt", "text")
    assert leaflet.title == "IMAGE-GUIDED BREAST BIOPSY"
    assert heading_texts(leaflet) == ["1. WHY WE'RE TAKING A SAMPLE"]


def test_a_sentence_ending_in_a_blank_to_fill_stays_text_but_a_row_of_fields_does_not():
    text = ("Going home\n\nPatient: ______________   MRN: ________\n\nBlood thinners\n"
            "- If you stopped a blood thinner before your procedure, restart it on: ____________\n")
    leaflet = load_text(text, "sheet.txt", "text")
    kinds = {block.text[:10]: block.kind for section in leaflet.sections for block in section.blocks}
    assert heading_texts(leaflet) == ["Blood thinners"]
    assert kinds.get("Patient: _", "metadata") == "metadata" and kinds["If you sto"] == "list_item"


def test_lines_repeated_away_from_a_page_break_stay_text():
    leaflet = load_text(PDF_TEXT, "gastrostomy.txt", "text")
    texts = [block.text for section in leaflet.sections for block in section.blocks]
    assert sum("with any question about the tube" in text for text in texts) == 2


@pytest.mark.parametrize("address", [
    "Northmoor General Hospital, Station Road, Northmoor NM1 2AB",
    "Mater Road, Dublin 7",
    "Lakeside Clinic, 450 Summit Ave, Minneapolis, MN 55401",
    "Riverside Hospital, 1 Harbour Drive, Halifax NS B3H 1V7",
    "Elm Park, Dublin 4",
    "Beaumont Hospital, Beaumont, D09 V2N0",
])
def test_a_postal_address_on_its_own_line_is_no_heading(address):
    text = f"Port insertion\n\nWhat is a port?\n\nA port is a small device under the skin of your chest.\n\n{address}\n\n" \
           "Please ring before you come, as parking is limited on the hospital site.\n"
    leaflet = load_text(text, "port.txt", "text")
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a port?"]


@pytest.mark.parametrize(("title", "organisation"), [
    ("Uterine Artery Embolisation for Adenomyosis",
     "Women's Imaging and Interventional Radiology, Mesa Verde Regional Medical Center"),
    ("Kidney Cancer: A Guide for Patients and Families", "Urology and Interventional Radiology Program"),
    ("RADIOFREQUENCY ABLATION OF LUNG TUMOURS", "Canterbury Thoracic Oncology Group - Christchurch"),
    ("HICKMAN LINE INSERTION - Patient Information",
     "Haematology and Radiology Departments, Beaumont Park University Hospital, Dublin"),
    ("Ascitic Drain (Paracentesis) - Day Case Unit", "Gastroenterology and Radiology, Harrowgate District Hospital"),
    ("PANCREAS SURGERY", "Upper GI Surgery Unit, Bellbird Public Hospital (QLD)"),
])
def test_the_title_is_the_subject_not_the_organisation_named_under_it(title, organisation):
    text = f"{title}\n{organisation}\n\nWhat is it?\nA short treatment that most people have as a day case.\n"
    assert load_text(text, "leaflet.txt", "text").title == title


def test_a_browser_title_cookie_lines_and_widget_rows_over_the_title_are_furniture():
    text = ("Gastrostomy - Health Library - Northmoor University Hospital\nSkip to content\n"
            "We've put some small files called cookies on your device to make our site work.\n"
            "ACCEPT   DECLINE\nText size: A A A    Translate\n\nGastrostomy\n\nWhat is a gastrostomy?\n"
            "A gastrostomy is a feeding tube that goes through the skin of your tummy into your stomach.\n\n"
            "Questions?\nRadiology Department (Monday to Friday): 0118 496 0418\n"
            "Out of hours: NHS 111 or your nearest Emergency Department\n")
    leaflet = load_text(text, "gastrostomy.txt", "text")
    assert leaflet.title == "Gastrostomy"
    assert [s.heading.text for s in leaflet.sections if s.heading] == ["What is a gastrostomy?", "Questions?"]


def test_an_emailed_handout_has_its_capitalised_title_or_its_subject_and_no_headers():
    headers = "From: IR Bookings <ir@example.org>\nTo: [patient]\nSubject: Your port removal - please read\n\n"
    body = ("Dear Patient,\n\nThank you for booking your port removal with us. Please read the notes below.\n\n"
            "==========\nPORT REMOVAL: PATIENT INSTRUCTIONS\n==========\n\nBefore you come\n"
            "Eat a light breakfast and take your usual tablets on the morning of the removal.\n")
    leaflet = load_text(headers + body, "port.txt", "text")
    assert leaflet.title == "PORT REMOVAL: PATIENT INSTRUCTIONS"
    assert "To: [patient]" not in " ".join(b.text for s in leaflet.sections for b in s.blocks)
    plain = load_text(headers + body.replace("PORT REMOVAL: PATIENT INSTRUCTIONS", "Read this first"), "port.txt", "text")
    assert plain.title == "Your port removal - please read"
    assert (plain.title_span.line, plain.title_span.column) == (3, 10)


def test_an_emailed_handouts_title_may_name_its_procedure_or_stand_in_title_case_between_separators():
    headers = "From: Vascular Lab <lab@example.org>\nTo: patient@example.com\nSubject: Your appointment\n\nHello,\n\n"
    details = ("Appointment: Monday, June 8, 2026, 9:15 AM\nLocation: Vascular Pavilion, 2nd floor, Suite 200\n\n"
               "----- Handout follows -----\n\n")
    body = ("\n\nWhat to expect\nA doctor injects a small amount of medicine into the swelling under ultrasound.\n\n"
            "----- End of handout -----\n")
    capitals = load_text(headers + details + "ULTRASOUND-GUIDED BIOPSY OF A NECK LUMP" + body, "mail.txt", "text")
    assert capitals.title == "ULTRASOUND-GUIDED BIOPSY OF A NECK LUMP"
    assert heading_texts(capitals) == ["What to expect"]
    title_case = load_text(headers + details + "Thrombin Injection for a Swollen Artery" + body, "mail.txt", "text")
    assert title_case.title == "Thrombin Injection for a Swollen Artery"


def test_contact_rows_with_extensions_and_an_open_bracket_are_no_headings_and_a_credit_label_is_one():
    text = ("Pleurodesis\n\nPleurodesis seals the space around the lung so that fluid cannot build up there again.\n\n"
            "WHEN TO SEEK HELP\nContact your GP or the ward (switchboard, ext\n3451, weekdays), if you develop:\n"
            "   • a temperature of 38°C or higher\n\nQUESTIONS\nRespiratory Nurse Specialist: hospital operator, ext 4163\n"
            "Day Unit, Ward 7: hospital operator, ext 4164\n\nWRITTEN BY\n"
            "The respiratory nursing team, with our patient panel.\n")
    assert heading_texts(load_text(text, "pleurodesis.txt", "text")) == ["WHEN TO SEEK HELP", "QUESTIONS", "WRITTEN BY"]


def test_a_word_broken_at_a_line_end_or_a_page_break_is_one_word_again():
    text = PDF_TEXT.replace(
        "A gastrostomy is a feeding tube that goes through the skin of your tummy into\nyour stomach,",
        "A gastrostomy is a feeding tube that goes through the skin of your tum-\nmy into your stomach, a well-\n"
        "known way to feed,",
    ).replace("Ring the ward on 01632 960 000 with any question about the tube.\n\nPage 1",
              "Ring the ward with any question about the feeding tube. We can also re-\n\nPage 1").replace(
        "Going home\n\n", "Going home\n\nWe will check the tube every six months and may need to re-\n\nNurses will show you how.\n\n", 1)
    text = text.replace("Northmoor Hospitals NHS Trust                Department of Radiology\n\nGoing home\n\n",
                        "Northmoor Hospitals NHS Trust                Department of Radiology\n\nplace the tube.\n\n"
                        "Going home\n\n")
    leaflet = load_text(text, "gastrostomy.txt", "text")
    blocks = [block.text for section in leaflet.sections for block in section.blocks]
    assert "skin of your tum-my into your stomach, a well-known way to feed," in blocks[0]
    assert "Ring the ward with any question about the feeding tube. We can also re-place the tube." in blocks
    assert "We will check the tube every six months and may need to re-" in blocks  # the next opens in capitals
    assert "Nurses will show you how." in blocks
    first = leaflet.sections[0].blocks[0]
    assert first.span(first.text.index("tum-my") + 4).line == 8  # "my" keeps its own line


@pytest.mark.parametrize(("line", "heading"), [
    ("Common side effects include:", False),
    ("Please bring:", False),
    ("Call us right away if you have:", False),
    ("Complications are uncommon but can include:", False),
    ("Stents work well for most people, but problems can happen:", False),
    ("Risks:", True),
    ("Getting ready:", True),
    ("What a RIG is:", True),
    ("Who gets them:", True),
])
def test_a_line_ending_in_a_colon_is_a_heading_only_when_it_names_a_section(line, heading):
    text = f"Port insertion\n\nA port is a small device under the skin.\n\n{line}\n\n- a list of your medicines\n- bruising\n"
    assert (line in headings_of(text, "port.txt")) is heading


def test_a_pages_feedback_and_sign_up_widgets_are_furniture_and_a_yes_in_the_text_is_not():
    text = ("Having a chest drain\n\nWhat is a chest drain?\n\nA thin, soft tube that lets fluid drain out of your chest.\n\n"
            "Will it hurt?\n\nYes. No one likes it, but the numbing medicine helps.\n\n"
            "Was this helpful?   Yes   No\n\nYes <#>   No <#>\n\nSign up to our newsletter\n\nReport a problem with this page\n\n"
            "Quick links\n\nGoing home\n\nRest for a day and keep the dressing dry.\n")
    leaflet = parse_plain_text(text, "leaflet.txt", never)
    assert {11, 13, 15, 17, 19} <= {span.line for span in leaflet.boilerplate}
    assert heading_texts(leaflet) == ["What is a chest drain?", "Will it hurt?", "Going home"]


def test_a_line_wholly_in_email_emphasis_is_a_heading_without_its_stars():
    text = ("BILE DUCT STENT\n\n*What is a bile duct stent?*\n\nA stent is a thin tube that keeps the bile duct open.\n\n"
            "**Before you come in**\n\n- Do not eat for six hours.\n\n_Risks_\n\nBleeding happens in about 1 in 100 people.\n\n"
            "*This note is for general information only.*\n\nAsk us if anything is unclear.\n")
    leaflet = load_text(text, "stent.txt", "text")
    assert headings_at(leaflet) == [("What is a bile duct stent?", 3), ("Before you come in", 7), ("Risks", 11)]
    heading = leaflet.sections[0].heading
    assert (heading.span.line, heading.span.column) == (3, 2)  # where its words start, after the star


def test_the_department_under_an_emailed_handouts_title_is_furniture_not_a_section():
    text = ("From: IR Nurse <ir@example.org>\nTo: A Parent\nSubject: Your child's ablation\n\nHi,\n\n"
            "Our information sheet is below.\n\n-----\n\nRADIOFREQUENCY ABLATION OF A BONE TUMOUR\n"
            "Interventional Radiology, Riverside University Hospital\n\nWhat is it?\n\n"
            "A small bone tumour is destroyed with heat through a needle.\n")
    leaflet = load_text(text, "ablation.txt", "text")
    assert leaflet.title == "RADIOFREQUENCY ABLATION OF A BONE TUMOUR"
    assert headings_at(leaflet) == [("What is it?", 14)]
    assert 12 in {span.line for span in leaflet.boilerplate}


@pytest.mark.parametrize(("second_line", "heading"), [
    ("(bone cement) is injected through a needle into the weakened bone.", False),
    ("(a) Blood tests will be arranged before the day.", True),
])
def test_a_line_over_a_bracketed_word_goes_on_but_one_over_a_bracketed_letter_heads_a_list(second_line, heading):
    text = f"Cementoplasty\n\nWhat is cementoplasty?\nPreparing for cementoplasty\n{second_line}\nMore text follows here.\n"
    assert ("Preparing for cementoplasty" in headings_of(text, "c.txt")) is heading


def test_a_video_transcripts_timed_chapters_are_headings_and_its_speakers_are_not():
    text = ("VIDEO TRANSCRIPT\n\nYour pacemaker check\n\n[00:22] CHAPTER 1: WHAT IS A PACEMAKER?\n\n"
            "[00:25] NURSE: A pacemaker is a small device that keeps your heart from beating too slowly.\n\n"
            "[01:05] RAY: And I don't feel anything?\n\n[01:10] NURSE:\nNo, you will not feel a thing.\n\n"
            "[05:50] CHAPTER 2: WHEN TO CALL US\n\nCall the clinic if you feel dizzy or your ankles swell.\n\n"
            "[07:30] CONTACT\n\nRing the device clinic on 0100 000 0000.\n")
    leaflet = load_text(text, "pacemaker.txt", "text")
    assert headings_at(leaflet) == [
        ("CHAPTER 1: WHAT IS A PACEMAKER?", 5), ("CHAPTER 2: WHEN TO CALL US", 14), ("CONTACT", 18),
    ]
    assert leaflet.sections[1].heading.span.column == 9  # where its words start, after the time


def test_a_heading_in_capitals_with_a_colon_is_no_speaker():
    text = "Liver embolisation\n\nEMBOLISATION: WHAT TO EXPECT\n\nA thin tube is passed into the artery in your groin.\n"
    assert headings_of(text, "embolisation.txt") == ["EMBOLISATION: WHAT TO EXPECT"]


def test_rows_of_a_table_saved_as_text_with_tabs_are_no_headings_but_a_tabbed_number_is():
    text = ("Liver metastases\n\n5. Your treatment team\nYour care will be discussed at a team meeting. The people you "
            "may meet include:\nSpecialist\tRole\nMedical oncologist\tPrescribes chemotherapy and targeted therapy\n"
            "Dietitian\tAdvises on eating well during treatment\nYou can ask for a copy of the letter the team sends.\n\n"
            "6.\tRisks\nBleeding happens in about 1 in 100 people.\n")
    assert headings_of(text, "liver.txt") == ["5. Your treatment team", "6. Risks"]


def test_a_sections_own_name_after_an_unpunctuated_row_is_a_heading_and_a_row_after_a_row_is_not():
    text = ("Bone secondaries\n\nWhere to get help\nCancer helpline 0100 000 0000 - a nurse to talk to\n"
            "Palliative care services - ask your GP or nurse for a referral\nReferences\n"
            "Cancer Society. Understanding secondary bone cancer. 2024.\n")
    leaflet = parse_plain_text(text, "bones.txt", lambda line: line == "References")
    assert heading_texts(leaflet) == ["Where to get help", "References"]
    assert heading_texts(parse_plain_text(text, "bones.txt", never)) == ["Where to get help"]
    rows = ("Pleural drain\n\nUseful numbers\nWard 26: 0100 000 0000 (24 hours)\nEmergency: dial 111\n"
            "Tell us what you think\nWe welcome feedback on this leaflet. Please write to us.\n\n"
            "More information\nCancer Society: 0100 000 0001\nHelpline: 0100 000 0002\n")
    found = headings_of(rows, "drain.txt")
    assert "Tell us what you think" in found
    assert not {"Emergency: dial 111", "Helpline: 0100 000 0002"} & set(found)


def test_a_short_unpunctuated_line_that_names_no_section_after_a_row_stays_text():
    text = ("Bone secondaries\n\nHelp near you\nPalliative care services - ask your GP or nurse for a referral\n"
            "Support groups in your area\nMost towns have a group. Ask your nurse which meets near you.\n")
    assert heading_texts(parse_plain_text(text, "bones.txt", lambda line: line == "References")) == ["Help near you"]


def test_a_header_bar_with_a_phone_number_and_a_double_arrow_breadcrumb_are_furniture_over_the_title():
    text = ("CITY SUPERSPECIALITY HOSPITAL, PUNE\nNABH Accredited | 24x7 Emergency: +91 00000 00100 | Book Appointment"
            " | Login\n\nHome  |  Specialities  |  Patient Education  |  Contact\n"
            "Home >> Patient Education >> Going Home with a Biliary Drain\n\n"
            "GOING HOME WITH A BILIARY DRAIN\n\nYou are going home with a thin tube in your side. Keep it dry.\n")
    leaflet = load_text(text, "drain.txt", "text")
    assert leaflet.title == "GOING HOME WITH A BILIARY DRAIN"
    assert all("NABH" not in block.text for section in leaflet.sections for block in section.blocks)


_TITLES = [
    pytest.param(
        "Shannonside University Hospital\n\n          Colonic Stent Insertion\n\n      Department of Radiology\n"
        "          Leaflet No. SUH-RAD-061\n\n\nWhat is a colonic stent?\nA colonic stent is a hollow tube of "
        "metal mesh that holds the bowel open.\n",
        "stent.txt", "Colonic Stent Insertion", ["What is a colonic stent?"],
        id="a leaflet number is never the title and is set aside",
    ),
    pytest.param(
        "Ashgrove Hospitals                      Patient Information\n\n\n            NEPHROSTOMY\n\n"
        "      Draining the kidney through the skin\n\n\n1. Introduction\n\nThis leaflet tells you about having a "
        "nephrostomy.\n",
        "nephrostomy.txt", "NEPHROSTOMY", ["1. Introduction"],
        id="a name in capitals over a plain strap is the title, the strap set aside",
    ),
    pytest.param(
        "   [1]Skip to content\n\n   [2]Ranges Health logo\n     * [3]Home\n     * [4]Our hospitals\n"
        "     * [5]Health information\n\n   [9]Home > [10]Health information > [11]Medical imaging > Bronchial\n"
        "   artery embolisation\n\nBronchial Artery Embolisation\n\nWhat is it?\n\nA treatment that blocks the "
        "arteries bleeding into your lung.\n",
        "bae.txt", "Bronchial Artery Embolisation", ["What is it?"],
        id="a text browser's menu and wrapped breadcrumb are set aside over the title",
    ),
    pytest.param(
        "Jacaranda Ridge Hospital\nHome / Patients / Patient information leaflets / Respiratory\n"
        "Print this page   Download PDF   Text size A A A\n\n"
        "Draining fluid from around the lung: pleural aspiration and chest drain\n\n"
        "Your doctor has recommended a procedure to remove fluid from around your lung. Please read this.\n\n"
        "1. What is a pleural effusion?\n\nFluid that collects between the lung and the chest wall.\n",
        "pleural.txt", "Draining fluid from around the lung: pleural aspiration and chest drain", None,
        id="a long title alone under the furniture over the first paragraph",
    ),
    pytest.param(
        "Skip to main content\nHome > Patients > Patient Information Leaflets > Interventional Radiology\n"
        "Catheter-directed thrombolysis for deep vein thrombosis\nInterventional Radiology Department\n"
        "Print this page   Download PDF\n\nThis leaflet is for patients who have a blood clot in a deep vein of "
        "the leg.\n\nWhat is a DVT?\nA blood clot in one of the deep veins, usually in the leg.\n",
        "dvt.txt", "Catheter-directed thrombolysis for deep vein thrombosis", None,
        id="a department line a breadcrumb's section names is not the title",
    ),
    pytest.param(
        "GREENVALE HEALTH - MEDICAL IMAGING DEPARTMENT\nCONSUMER INFORMATION\n\n"
        "IMAGE-GUIDED DRAINAGE OF AN ABSCESS\nThis leaflet explains how we drain a collection of pus with a thin tube.\n\n"
        "WHAT IS AN ABSCESS?\nA pocket of pus that the body walls off.\n",
        "abscess.txt", "IMAGE-GUIDED DRAINAGE OF AN ABSCESS", None,
        id="a label of the document's kind over the title and its text is not the title",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "headings"), _TITLES)
def test_the_title_is_the_pages_subject_not_its_furniture(text, name, title, headings):
    leaflet = load_text(text, name, "text")
    assert leaflet.title == title
    if headings is not None:
        assert heading_texts(leaflet) == headings


@pytest.mark.parametrize(("card", "heading"), [
    ("Hollinsford Hospitals NHS Trust\nHollinsford General Hospital, Station Road, Hollinsford HF1 2AA\n"
     "Switchboard: 01632 960 000\n", None),
    ("Westbrook University Medical Center\n330 Longview Avenue, Boston, MA 02215\n617-555-0100\n", None),
    ("Contact the Radiology Department\nPhone 01632 960 111, Monday to Friday.\n", "Contact the Radiology Department"),
    ("Support from the hospice\nRosewood Hospice Advice Line (24 hours): 01632 969 400\n", "Support from the hospice"),
])
def test_an_organisations_name_over_its_address_or_number_is_a_card_not_a_heading(card, heading):
    text = f"Port insertion\n\nWhat is a port?\n\nA port is a small device under the skin of your chest.\n\n{card}"
    found = headings_of(text, "port.txt") if heading is None else heading_texts(
        parse_plain_text(text, "port.txt", lambda line: line.startswith(("Contact", "Support"))))
    assert found == ["What is a port?"] + ([heading] if heading else [])


def _blocks_at(text: str) -> list[tuple[str, int, str]]:
    leaflet = load_text(text, "page.txt", "text")
    return [(block.kind, block.span().line, block.text) for section in leaflet.sections for block in section.blocks]


def test_a_barred_table_a_scraper_left_without_its_rule_is_read_cell_by_cell():
    text = ("Thrombolysis for frostbite\n\nWhat are the risks?\n"
            "Risk | About how often\n"
            "Bruising where the drip goes in | About 1 in 10 people\n"
            "Bleeding inside the brain | Rare, less than 1 in 200 people\n\n"
            "If serious bleeding happens, we stop the medicine.\n")
    cells = [(line, text) for kind, line, text in _blocks_at(text) if kind == "table_cell"]
    assert cells == [(4, "Risk"), (4, "About how often"), (5, "Bruising where the drip goes in"),
                     (5, "About 1 in 10 people"), (6, "Bleeding inside the brain"),
                     (6, "Rare, less than 1 in 200 people")]


@pytest.mark.parametrize("furniture", [
    "Home | Health A-Z | Frostbite",  # a breadcrumb trail: one line
    "Privacy | Terms | Cookies\nAccessibility | Contact | Careers\nFacebook | Twitter | Instagram",  # rows of links
])
def test_bar_separated_links_stay_furniture(furniture):
    text = f"Thrombolysis for frostbite\n\n{furniture}\n\nWhat is it?\nA medicine that dissolves clots in the hand.\n"
    assert all("|" not in block_text and "Privacy" not in block_text for _, _, block_text in _blocks_at(text))
