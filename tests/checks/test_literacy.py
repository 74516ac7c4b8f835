"""Each literacy and grammar rule on its own cases (tests/cases/literacy.toml), and on the seed page."""

from __future__ import annotations

import sys

import pytest

from audit.checks import all_rules
from audit.config import Settings
from audit.engine import audit_leaflet, audit_path
from audit.load import load_text
from tests.conftest import CASES as CASES_FOLDER

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

CASES = tomllib.loads((CASES_FOLDER / "literacy.toml").read_text(encoding="utf-8"))["case"]


def _findings(schema, text: str, rule_id: str, fmt: str = "markdown"):
    leaflet = load_text(f"# Liver tumour ablation\n\n{text}\n", "case.md", fmt)
    result = audit_leaflet(leaflet, schema, [all_rules()[rule_id]], Settings())
    return [f for f in result.findings if f.rule == rule_id]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['rule']}:{case['text'][:40]}")
def test_rule_reports_exactly_the_slips_of_its_case(schema, case):
    found = [f.text for f in _findings(schema, case["text"], case["rule"])]
    assert found == case.get("fails", [])


def test_every_literacy_and_grammar_rule_with_text_cases_has_three_failing_and_three_passing(schema):
    by_rule: dict[str, list[dict]] = {}
    for case in CASES:
        by_rule.setdefault(case["rule"], []).append(case)
    for rule_id, cases in by_rule.items():
        assert sum(1 for c in cases if c.get("fails")) >= 3, rule_id
        assert sum(1 for c in cases if c.get("passes")) >= 3, rule_id


WHOLE_LEAFLET = """# Liver tumour ablation

## Key points

- Ablation kills the tumour with heat, through a needle in your skin.
- Call the ward on 01632 960 000 if you have a fever.

## What is ablation?

Ablation is a treatment that destroys a tumour with heat. A doctor puts a thin needle through your skin.
The doctor uses a scan to guide the needle into the tumour. The heat kills the tumour cells around the tip.
You will be awake, but the doctor numbs your skin first so that you do not feel the needle going in.
Most people go home the next day. You can eat and drink as usual once you are back on the ward.
You may feel tired for a few days. Rest at home and ask a friend or relative to stay with you the first night.
Other options are surgery, chemotherapy or no treatment. If you decide not to have treatment, the tumour may grow.

## Risks

Bleeding happens to about 1 in 100 people.

## After the procedure

Seek medical help straight away if you have a fever or bleeding.

Written by the Interventional Radiology Department, Northmoor Hospital. Published: March 2026.
Next review: March 2029. Sources: based on NICE guidance on ablation (IPG 123, 2023).
"""


@pytest.mark.parametrize("rule_id", [
    "literacy.summary", "literacy.contact", "literacy.date", "literacy.sources", "literacy.author",
    "literacy.no-treatment-option", "literacy.single-option", "literacy.warning-signs", "literacy.action",
])
def test_whole_leaflet_rule_is_met_by_a_leaflet_that_has_it_and_fails_without(schema, rule_id):
    assert _findings(schema, WHOLE_LEAFLET.split("\n", 2)[2], rule_id) == []
    bare = "## How is it treated?\n\n" + "Ablation destroys a tumour with heat through a needle. " * 30
    assert [f.rule for f in _findings(schema, bare, rule_id)] == [rule_id]


@pytest.mark.parametrize(("before", "afterwards", "warned"), [
    ("Tell us if you take blood thinners such as warfarin, or if you have diabetes.", "You can eat once the numbness wears off.", True),
    ("Tell us if you have diabetes.", "You can eat once the numbness wears off.", True),
    ("Please tell the nurse if you have a pacemaker or an allergy to iodine.", "You can eat again soon.", True),
    ("Tell us if you take blood thinners such as warfarin, or if you have diabetes.", "Go to A&E if you vomit blood.", False),
    # the real warning in the same paragraph as the instruction, or on the same line of a minified page, still counts
    ("Tell us if you are taking blood thinners, as we may need to check you. If you vomit blood, go to A&E.", "Rest.", False),
    ("If you have had sedation and you feel very drowsy the next day, contact the unit.", "Rest.", False),
    ("If you have diabetes and your sugar goes low, call us straight away.", "Rest.", False),
    ("If you are taking blood thinners, call the ward if you have bleeding from the wound that does not stop.", "Rest.",
     False),
    ("Tell us if you have diabetes", "If you notice bleeding from the wound, contact the ward", False),  # no full stops
])
def test_what_to_tell_the_team_before_the_day_is_no_warning_sign(schema, before, afterwards, warned):
    body = ("## What is it?\n\nA camera looks at your gullet and stomach. It takes about ten minutes. " * 8
            + f"\n\n## Getting ready\n\nDo not eat for 6 hours. {before}\n\n## Afterwards\n\nYour throat may feel sore "
            f"for a day or two. {afterwards}\n")
    assert bool(_findings(schema, body, "literacy.warning-signs")) is warned


def test_character_references_in_html_read_as_the_characters_they_stand_for():
    from audit.literacy import cues

    page = cues.Page.of("<h2>What happens if I don&rsquo;t have it?</h2>\n<p>Fine &amp; well</p>", html=True)
    assert cues.NO_TREATMENT.find(page) is not None
    assert cues.line_of(page.text, page.text.index("Fine")) == 2


def test_a_term_in_plain_text_bold_after_called_is_explained(schema):
    text = "Around your lungs there is a thin lining called the **pleura**.\n"
    assert _findings(schema, text, "literacy.term-undefined", fmt="text") == []


def test_a_summary_under_a_sub_heading_folded_into_the_introduction_counts(schema):
    body = WHOLE_LEAFLET.split("\n", 2)[2].replace("## Key points", "## Patient information\n\nPlease read this.\n\n"
                                                   "Ask us if anything is unclear.\n\nBring it with you.\n\n"
                                                   "### Main points to bear in mind")
    assert _findings(schema, body, "literacy.summary") == []


@pytest.mark.parametrize(("sentence", "says_it"), [
    ("Bleeding from the lung sometimes stops on its own.", True),
    ("Many cases of sciatica get better by themselves within weeks.", True),
    ("If you decide not to have the drain, the fluid will come back.", True),
    ("If you do not want a line at all, your treatment can still go ahead through a drip.", True),
    ("If you do not want a copy, tell the nurse.", False),
    ("What happens if I don’t have it?", True),
    ("Leaving it in for now. If it stays in, it will still need flushing every month.", True),
    ("If your blood pressure stays high and you don't get treatment, your risk of stroke goes up.", True),
    ("Keep the tube in place with tape and check it every day.", False),
    ("## What if I do not do the test?", True),
    ("What happens if I don't take part in screening?", True),
    ("What happens if gallstones are not treated?", True),
    ("If a thyroid nodule is left untreated, it usually stays the same size.", True),
    ("If left where it was, the wire could have moved into your heart.", True),
    ("If the cyst is left alone, it often shrinks over a few months.", True),
    ("If they're left as they are, most of these spots cause no harm.", True),
    ("If you left your bag on the ward, call us.", False),
    ("Having no planned care is not safe for you or your baby.", True),
    ("## What happens if I choose no new treatment?", True),
    ("If a bleeding Meckel's pouch is not found and treated, the bleeding often comes back.", True),
    ("Waiting to see what happens. If the bleeding has stopped, we watch your child.", True),
    ("If it is not found, we will scan again.", False),
    ("## What happens if a pressure injury is not prevented or treated?", True),
    ("## Why treat it?\n\nHigh calcium can lead to kidney stones over time.", True),
    ("## What happens if we leave it?\n\nFor many children it carries on.", True),
    ("What happens if I leave the hospital early?", False),
    ("## What if I stay on injections?\n\nYou can keep using pens.", True),
    ("If the tube is taken out and nothing replaces it, the sickness is likely to come back.", True),
    ("If the tube is taken out by accident, cover the hole and call us.", False),
    ("Your stitches are left alone for ten days to heal.", False),
    ("What if I do not feel better after a week?", False),
    ("Bruising goes away within a week.", False),
    ("The stent stops the bleeding.", False),
    ("What happens if we do not treat the stricture?", True),
    ("What if you decide not to treat it?", True),
    ("If we do not treat the pain, it can keep you awake.", False),
    ("If you don't treat a fever quickly, call us.", False),
    ("If you choose no closure: you will take medicine to stop clots forming.", True),
    ("If you choose no sedation, you stay awake and can talk to us.", False),
])
def test_what_happens_without_treatment_is_read_in_its_wordings(sentence, says_it):
    from audit.literacy import cues

    page = cues.Page.of(sentence, html=False)
    said = any(cue.find(page) is not None for cue in (cues.NO_TREATMENT, cues.CONDITION_LEFT_AS_IT_IS, cues.NOT_USING_IT))
    assert said is says_it


@pytest.mark.parametrize(("body", "said"), [
    ("## Your options\n\n| Option | What it involves |\n|---|---|\n| Coiling | Coils placed through a thin tube |\n"
     "| Monitoring | Regular scans; the yearly chance of bleeding is small |", True),
    ("## How is it treated?\n\n- Surgery: an operation to remove the lump.\n"
     "- Active surveillance – we check the lump with a scan every year instead.", True),
    ("## How is it treated?\n\n- Surgery\n- Monitoring\n- Ablation", False),
    ("## After the procedure\n\n- Monitoring: a nurse checks your pulse and blood pressure.\n\n"
     "| Check | When |\n|---|---|\n| Observation | Every hour for four hours |", False),
])
def test_keeping_watch_offered_among_the_treatments_says_what_happens_without_them(schema, body, said):
    text = body + "\n\n" + "Ablation destroys a tumour with heat through a needle. " * 20
    found = _findings(schema, text, "literacy.no-treatment-option")
    assert (found == []) is said


@pytest.mark.parametrize(("sentence", "offered"), [
    ("Some teens keep their port a little longer if they may need more treatment soon.", True),
    ("If the port stays in, it needs flushing once a month.", True),
    ("You can decide to leave your stent in place for now.", True),
    ("Keep the dressing dry for two days.", False),
    ("The nurse will keep your line clean.", False),
    ("Sometimes a scan or a blood test can help instead.", True),
    ("Instead, rest at home for a day.", False),
    ("You have three main choices: have it removed now, wait, or ask for a second opinion.", True),
    ("Do you have to have it? No. It is your choice.", True),
    ("You can say no at any time, even on the day.", True),
    ("It is your choice of dressing colour.", False),
    ("There are three main steps to the procedure.", False),
    ("Some children manage well with compression garments and pain relief.", True),
    ("Take pain relief and rest for a day.", False),
])
def test_keeping_a_device_in_or_another_way_instead_is_a_second_choice(schema, sentence, offered):
    text = "## What happens?\n\nThe doctor removes the port through a small cut under a local anaesthetic. " + sentence
    assert (_findings(schema, text, "literacy.single-option") == []) is offered


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Lie flat for two hours after the procedure.", "Lie"),
    ("You should rest for two days.", "rest"),
    ("Please bring your medicines.", "bring"),
    ("If you have a fever, call the ward.", "call"),
    ("The aim of treatment is to ease pain, keep the bone strong and slow the cancer down.", None),
    ("The doctor will keep you in hospital overnight.", None),
    ("In case of emergency after discharge, report to Casualty.", "report"),
    ("The nurse will report the result to your doctor.", None),
])
def test_an_instruction_is_read_where_its_verb_opens_it(sentence, verb):
    from audit.checks.literacy import _action

    assert _action(sentence) == verb


def test_evidence_is_cut_at_a_word_not_inside_one():
    from audit.checks.literacy import excerpt

    quoted = excerpt("The aim of treatment is to ease pain, keep the bone strong and slow the cancer down for years.")
    assert quoted.endswith("cancer…") and len(quoted) <= 81


@pytest.mark.parametrize(("cue", "text", "found"), [
    ("SOURCES", "Source: U.S. Food and Drug Administration. Drug Safety Communication, April 2014.", True),
    ("SOURCES", "Reference: VASC-019 (version 4)", False),
    ("NEXT_REVIEW", "We will check it again: April 2028", True),
    ("NEXT_REVIEW", "We will check it again soon.", False),
    ("NEXT_REVIEW", "This page will be reviewed in May 2027.", True),
    ("NEXT_REVIEW", "We will review this guide in January 2027.", True),
    ("NEXT_REVIEW", "We will review your case in clinic.", False),
    ("SOURCES", "We used information from:\n\n- NICE guideline 139. 2012.", True),
    ("SOURCES", "We used your information from the form to book the scan.", False),
    ("NO_TREATMENT", "If the tube blocks or comes out and is not replaced, urine will back up.", True),
    ("NEXT_REVIEW", "**We will check this booklet again in:** March 2029", True),
    ("SUMMARY_LINE", "Important things to remember", True),
    ("SUMMARY_LINE", "## The most important things to remember", True),
    ("SUMMARY_LINE", "Quick guide", True),
    ("SUMMARY_LINE", "TL;DR", True),
    ("SUMMARY_LINE", "A guide for teens about things you might notice", False),
    ("GLOSSARY", "## Words you will hear\n\nStent: a small mesh tube.", True),
    ("NO_TREATMENT", "Mouth sores usually heal\non their own within a week or two.", True),
    ("NO_TREATMENT", "Ablation is a way to destroy a small tumour without an\noperation.", False),
    ("NO_TREATMENT", "Without a transplant, the liver slowly stops working.", True),
    ("WARNING_SIGNS", "Call the ward on 0100 000 0000 if you have a fever.", True),
    ("WARNING_SIGNS", "Go to the **Children's Emergency** at the hospital (open 24 hours) if your child:", True),
    ("WARNING_SIGNS", "If your child is struggling to breathe, call 995 for an ambulance.", True),
    ("WARNING_SIGNS", "Go to the children's ward for your appointment.", False),
    ("SUMMARY_LINE", "## What families need to know", True),
    ("SUMMARY_LINE", "What families need to bring on the day", False),
    ("WARNING_SIGNS", "Contact your GP if the wound becomes red or swollen.", True),
    ("WARNING_SIGNS", "Call us to book an appointment.", False),
    ("WARNING_SIGNS", "When should I come back to hospital immediately?", True),
    ("WARNING_SIGNS", "Come back to hospital straight away if the pain gets worse.", True),
    ("WARNING_SIGNS", "Come back to hospital in six weeks for your check-up.", False),
    ("WARNING_SIGNS", "Q: When should I tell someone?", True),
    ("WARNING_SIGNS", "Patients should contact the clinic if they experience increasing neck swelling.", True),
    ("WARNING_SIGNS", "Contact the clinic if you would like to change the time of your visit.", False),
    ("NO_TREATMENT", "If the kidney stays blocked, it can get infected or stop working.", True),
    ("NO_TREATMENT", "Choice 1: Stay with what I am doing now", True),
    ("NO_TREATMENT", "The tube stays in place for about six weeks.", False),
    ("WARNING_SIGNS", "A: Tell a parent or call us if:\n- you get a fever", True),
    ("WARNING_SIGNS", "Call us if you would like a copy in large print", False),
    ("AUTHOR", "Produced by the interventional radiology team.", True),
    ("AUTHOR", "---\ncentre: Example Interventional Oncology Centre\n---", True),
    ("AUTHOR", "The team will look after you.", False),
    ("NEXT_REVIEW", "review_date: 2027-06-01", True),
    ("NEXT_REVIEW", "next_review: 2028-01-01", True),
    ("NEXT_REVIEW", "Published: March 2026", False),
    ("NEXT_REVIEW", "We will check this leaflet again by: March 2028", True),
    ("NEXT_REVIEW", "Written: July 2025. Last checked: June 2026. Next check due: June 2028", True),
    ("NO_TREATMENT", "- No filter. Your doctor will explain what that would mean for you.", True),
    ("NO_TREATMENT", "Choosing not to be screened is your right, but polyps may then grow unnoticed.", True),
    ("NO_TREATMENT", "Without screening, polyps can grow for years unnoticed.", True),
    ("NO_TREATMENT", "- No eating for six hours before the procedure.", False),
    ("NO_TREATMENT", "If you decide to wait, the pain will probably continue for a while.", True),
    ("NO_TREATMENT", "Many osteoid osteomas stop hurting on their own within 2 to 3 years.", True),
    ("NO_TREATMENT", "## What if I don't get a feeding tube?", True),
    ("NO_TREATMENT", "WHAT HAPPENS IF I DON'T HAVE IT?", True),
    ("NO_TREATMENT", "What if I get a fever after the procedure?", False),
    ("NO_TREATMENT", "## If you choose to leave it", True),
    ("NO_TREATMENT", "If you decide against a port, you can keep having cannulas.", True),
    ("NO_TREATMENT", "What if I leave it alone?", True),
    ("NO_TREATMENT", "### Option 1: Keep watching (surveillance)", True),
    ("NO_TREATMENT", "Option B – regular monitoring", True),
    ("NO_TREATMENT", "Keep watching the wound for redness.", False),
    ("NO_TREATMENT", "## What if I do not look after my mouth?", True),
    ("NO_TREATMENT", "WHAT IF THE STENT HAD NOT BEEN PLACED?", True),
    ("NO_TREATMENT", "If the drain is not placed well, it can slip.", False),
    ("NOT_USING_IT", "## What if I don't use a cold cap?", True),
    ("NOT_USING_IT", "Ask us what happens if you do not wear the stockings every day.", False),
    ("NO_TREATMENT", "Without a parking permit you will need to pay at the machine.", False),
    ("NO_TREATMENT", "There is no other option. Monitoring on the ward takes six hours.", False),
    ("NO_TREATMENT", "If the test had not been done in the last month, we repeat it.", False),
    ("NO_TREATMENT", "Look after your mouth if you do not feel like eating.", False),
    ("NO_TREATMENT", "Surveillance scans after treatment are every six months.", False),
    ("CONDITION_LEFT_AS_IT_IS", "If the blockage is not relieved, the kidney may stop working.", True),
    ("CONDITION_LEFT_AS_IT_IS", "If your kidney is not\ndrained, it can be damaged.", True),
    ("CONDITION_LEFT_AS_IT_IS", "If the pain is not relieved by paracetamol, call us.", False),
    ("CONDITION_LEFT_AS_IT_IS", "If fatigue is not managed, it can make it harder to work.", True),
    ("CONDITION_LEFT_AS_IT_IS", "If the infection is not\ncontrolled, it can spread to the blood.", True),
    ("CONDITION_LEFT_AS_IT_IS", "If your blood pressure is not controlled on the day, we may need to delay the biopsy.", False),
    ("CONDITION_LEFT_AS_IT_IS", "If your diabetes is not well managed, tell us.", False),
    ("CONDITION_LEFT_AS_IT_IS", "If your sickness is not controlled, ring the ward.", False),
    ("CONDITION_LEFT_AS_IT_IS", "If the itching is not controlled by the cream, tell your nurse.", False),
    ("NO_TREATMENT", "d) Not draining. Some people prefer to focus on comfort.", True),
    ("NO_TREATMENT", "Leave the dressing on for two days.", False),
    ("NEXT_REVIEW", "Next scheduled review\nSeptember 2028", True),
    ("SOURCES", "## Where this information comes from\n\n1. A guideline, 2025.", True),
    ("SOURCES", "This information is for patients of our unit.", False),
    ("SUMMARY_LINE", "| KEY POINTS                  |", True),
    ("SUMMARY_LINE", "What matters most", True),
    ("GLOSSARY", "## Glossary\n\nMetastases: tumours that have spread.", True),
    ("SUMMARY_LINE", "## To sum up", True),
    ("SUMMARY_LINE", "PRIYA: Let's sum up the key points.", True),
    ("WARNING_SIGNS", "## Bleeding from a fistula is an emergency", True),
    ("WARNING_SIGNS", "### Get help straight away if you:", True),
    ("WARNING_SIGNS", "Get help with parking at the front desk.", False),
    ("WARNING_SIGNS_HEADING", "## Talk to your team if\n\n- you get a headache that does not go away", True),
    ("WARNING_SIGNS_HEADING", "Please talk to your nurse if\nyou would like a copy of your results.", False),
    ("WARNING_SIGNS", "Talk to your team if you would like a copy.", False),
    ("WARNING_SIGNS", "Please talk to your nurse if\nyou would like a copy of your results.", False),
    ("AUTHOR", "*This guide was made by Circulation Matters UK with vascular nurses.*", True),
    ("AUTHOR", "A small cut made by the surgeon heals in a week.", False),
    ("WARNING_SIGNS", "## Emergency contraception", False),
    ("SUMMARY_LINE", "PRIYA: Let's sum up how the shock feels.", False),
    ("SOURCES", "Information checked against:\n\n- National guidance on bone marrow examination", True),
    ("SOURCES", "Your details are checked at the desk.", False),
    ("SOURCES", "We used these sources:\n\n- National guidance on neutropenic sepsis, 2012.", True),
    ("SOURCES", "We used these dressings for a week.", False),
    ("SOURCES", "Written by the Orthopaedic Department. Source: NICE.", True),
    ("SOURCES", "Reference: National Institute for Health and Care Excellence guideline NG157, 2020.", True),
    ("SOURCES", "Reference: VASC-019", False),
    ("SOURCES", "Reference: RAD-PI-027. It is nice to have someone with you.", False),
    ("SOURCES", "Open source: our software is free.", False),
    ("NO_TREATMENT", "Without a line you would need a new cannula each time.", True),
    ("NO_TREATMENT", "Without a doubt you will feel better after a rest.", False),
    ("SUMMARY_LINE", "Key points: you go home the same day; rest for two days.", True),
    ("SUMMARY_LINE", "Remember: bring your tablets.", False),
    ("GLOSSARY", "## Understanding the words\n\nPeritoneum: the lining of the tummy.", True),
    ("GLOSSARY", "## Understanding your results", False),
    ("GLOSSARY", "## 11. Glossary\n\nAngioplasty: widening an artery with a balloon.", True),
    ("GLOSSARY", "## 11. Glossy photographs", False),
    ("SUMMARY_LINE", "1. Summary", True),
    ("SUMMARY_LINE", "Things to know", True),
    ("SUMMARY_LINE", "In a hurry? The key points", True),
    ("SUMMARY_LINE", "What you should know", True),
    ("SUMMARY_LINE", "In a hurry? Read the first page again.", False),
    ("SUMMARY_LINE", "Key points at a glance", True),
    ("SUMMARY_LINE", "Key points at a glance are on page 4, with the map.", False),
    ("SOURCES", "Based on:\n- NICE guideline NG12", True),
    ("SOURCES", "Based on your scan, we will plan the treatment.", False),
    ("NOT_USING_IT", "## What if my child does not have a port?", True),
    ("NOT_USING_IT", "Ask us what happens if your child does not have a port.", False),
    ("SUMMARY_LINE", "## Before you read: 5 things to know", True),
    ("SUMMARY_LINE", "Before you come in: what to bring", False),
    ("GLOSSARY", "## Words used in this leaflet\n\nSedation: medicine that relaxes you.", True),
    ("GLOSSARY", "See our glossary at the end for more.", False),
    ("PHONE", "Ring the ward on 0100 000 0000.", True),
    ("PHONE", "There is a very small risk (about 1 in 3,000) of a tear.", False),
    ("PHONE", "About 1 in 10,000 people have a serious reaction.", False),
    ("PHONE", "In an emergency, call 000 straight away.", True),
    ("PHONE", "Ring the ward on (555) 123-4567 from 8am.", True),
    ("PHONE", "Ring the ward on +44 100 000 0000.", True),
    ("PHONE", "In an emergency, dial 999 at once.", True),
    ("PHONE", "Ring the ward on (555) 123-4567.", True),
    ("PHONE", "In an emergency, dial 999.", True),
    ("PHONE", "The scan was booked for 12.03.2026.", False),
    ("PHONE", "Take 2 tablets 3 times a day for 10 days from 12/03/2026.", False),
    ("EMAIL", "Write to ir.team@example.org with questions.", True),
    ("EMAIL", "Write to the IR team at the address on your letter.", False),
    ("NEXT_REVIEW", "> We will check this guide again in **May 2028**.", True),
    ("NEXT_REVIEW", "We will check this guide again in the spring.", False),
    ("SUMMARY_LINE", "**Short version (if you are in a hurry)**", True),
    ("SUMMARY_LINE", "[12:40] QUICK RECAP", True),
    ("SUMMARY_LINE", "[00:33] ON-SCREEN TEXT: Key points", True),
    ("SUMMARY_LINE", "## The most important things", True),
    ("SUMMARY_LINE", "[12:40] Ray tries the wand (a short demonstration)", False),
    ("GLOSSARY", "## First, some words you'll hear a lot\n\nStent: a small mesh tube.", True),
    ("GLOSSARY", "## First, some tips for the day\n\nWear loose clothes.", False),
    ("SOURCES", "## Where we got this information\n\n- A guideline, 2023.", True),
    ("SOURCES", "## Where we are\n\nThe unit is on level 2.", False),
    ("SUMMARY_LINE", "Before you leave the unit – key points", True),
    ("SUMMARY_LINE", "Most important things to know", True),
    ("SUMMARY_LINE", "Important things to bring with you", False),
    ("SUMMARY_LINE", "Before you leave the unit – parking", False),
    ("NO_TREATMENT", "## 2. What happens if I do not take it?", True),
    ("NO_TREATMENT", "If you had not had the test\n\nSome ulcers could go unnoticed.", True),
    ("NO_TREATMENT", "The test is quick. Without it, some conditions could go unnoticed.", True),
    ("NO_TREATMENT", "Take it with food. Without water, it is hard to swallow.", False),
    ("NO_TREATMENT", "What happens if I take it late?", False),
    ("NO_TREATMENT", "Without the drain, the fluid will probably build up again.", True),
    ("NO_TREATMENT", "If you have no line at all, each course of treatment needs new needles.", True),
    ("NO_TREATMENT", "Do not shower without the cover, as water gets in.", False),
    ("PHONE", "Vascular Clinic: 555-0199 (weekdays)", True),
    ("PHONE", "Most people need 250-1000 mg a day.", False),
    ("SOURCES", "Information used: national guidance on bile duct stents, 2024.", True),
    ("SUMMARY_LINE", "The most important bits", True),
    ("SOURCES", "Information taken from: national guidance on bladder cancer, 2024.", True),
    ("SOURCES", "Source material: a urology society's patient information.", True),
    ("SUMMARY_LINE", "Your key points", True),
    ("SUMMARY_LINE", "THE BASICS", True),
    ("SUMMARY_LINE", "Basic care of your drain", False),
    ("NO_TREATMENT", "If it had not been treated, the fistula would stay blocked.", True),
    ("NO_TREATMENT", "## Managing without a procedure", True),
    ("NO_TREATMENT", "If it was treated early, most fistulas work again.", False),
    ("SUMMARY_LINE", "## Important to know", True),
    ("SUMMARY_LINE", "Really important to know", True),
    ("SUMMARY_LINE", "It is important to know your blood group", False),
    ("WARNING_SIGNS", "## Get help fast if\n\n- you cannot breathe", True),
    ("WARNING_SIGNS", "Go to our Emergency Centre if the bleeding does not stop.", True),
    ("WARNING_SIGNS", "Get help fast with forms at the front desk.", False),
    ("NO_TREATMENT", "If a large chyle leak is not treated, it can lead to malnutrition.", True),
    ("NO_TREATMENT", "If a large chyle leak is treated early, most people recover.", False),
    ("NO_TREATMENT", "## What happens if I refuse a transfusion?", True),
    ("NO_TREATMENT", "## What if I do not take treatment?", True),
    ("NO_TREATMENT", "We take treatment decisions together.", False),
    ("SUMMARY_LINE", "The main facts", True),
    ("GLOSSARY", "## Hard words on this page\n\nSepsis – a very bad reaction to an infection.", True),
    ("GLOSSARY", "Hard words are in bold. We explain what they mean.", False),
    ("PHONE", "Interventional Radiology desk: +91 00000 11111", True),
    ("NO_TREATMENT", "Option D: Supportive care only – no cancer treatment", True),
    ("NO_TREATMENT", "If you leave it in, it must be flushed every 4 to 12 weeks.", True),
    ("AUTHOR", "*Made by Cancer Companions Australia*", True),
    ("SOURCES", "We used information from Australian cancer guidelines and pathology test guides.", True),
    ("SOURCES", "We used information you gave us to plan your treatment.", False),
    ("SUMMARY_LINE", "The main facts about parking are below.", False),
    ("NO_TREATMENT", "If you decline the procedure, the drain stays in.", True),
    ("NO_TREATMENT", "If you decline the offer of a chaperone, tell the nurse.", False),
    ("NO_TREATMENT", "If a biopsy is not done, your doctors may not be able to confirm the diagnosis.", True),
    ("NO_TREATMENT", "If the scan is not done on time, call us to rebook.", False),
    ("NO_TREATMENT", "## If the drain is not kept in place", True),
    ("NO_TREATMENT", "If the drain is not kept clean, it can get infected.", False),
    ("NO_TREATMENT", "Medicines, and choosing care focused on comfort, are also reasonable options.", True),
    ("NO_TREATMENT", "| Treatment | Comfort-focused care only |", True),
    ("NO_TREATMENT", "We focus on your comfort during your care.", False),
    ("NO_TREATMENT", "Nurses may refuse to give it if the band is missing.", False),
    ("GUIDELINE_TITLE", "## More information\n\n- KHA-CARI Guidelines: vascular access for haemodialysis", True),
    ("SOURCES", "## Our ward\n\nVisiting guidelines are on the door.", False),
    ("GUIDELINE_TITLE", "## Aftercare\n\nAftercare guidelines: keep the wound dry for two days.", False),
    ("GUIDELINE_TITLE", "Follow these guidelines: drink plenty of water.", False),
])
def test_whole_page_cues_read_the_wordings_leaflets_use(cue, text, found):
    from audit.literacy import cues

    assert (getattr(cues, cue).find(cues.Page.of(text, html=False)) is not None) is found


def test_literacy_checklist_reports_items_with_status_and_pemat_estimates(schema):
    leaflet = load_text(WHOLE_LEAFLET, "case.md", "markdown")
    literacy = audit_leaflet(leaflet, schema).literacy
    assert literacy is not None
    statuses = {(i.instrument, i.item, i.rule): i.status for i in literacy.items}
    assert statuses[("DISCERN", "5", "literacy.date")] == "pass"
    assert statuses[("PEMAT-P", "11", "literacy.summary")] == "pass"
    assert literacy.pemat_actionability == 100.0
    assert 0 < literacy.pemat_understandability <= 100


def test_literacy_checklist_is_left_out_when_no_literacy_rule_runs(schema):
    leaflet = load_text(WHOLE_LEAFLET, "case.md", "markdown")
    assert audit_leaflet(leaflet, schema, settings=Settings(select=["spelling"])).literacy is None


@pytest.fixture
def seed_result(schema, seed_page):
    return audit_path(str(seed_page), schema)


def test_seed_page_flags_bracketed_terms_but_not_explained_ones(seed_result):
    terms = {f.text for f in seed_result.findings if f.rule == "literacy.term-undefined"}
    assert {"cementoplasty", "osteosynthesis"} <= terms
    assert not terms & {"hypercalcemia", "metastasise", "percutaneous ablation", "ablation"}
    assert not [f for f in seed_result.findings if f.rule == "literacy.acronym-undefined"]


def test_seed_page_gets_agreement_on_line_23_and_the_whole_leaflet_findings(seed_result):
    rules = {f.rule for f in seed_result.findings}
    assert any(f.rule == "grammar.agreement" and f.line == 23 for f in seed_result.findings)
    assert {"literacy.risk-numbers", "literacy.date", "literacy.sources", "literacy.contact",
            "literacy.no-treatment-option", "literacy.warning-signs", "literacy.passive-share"} <= rules
    assert "literacy.single-option" not in rules
    passive = [f for f in seed_result.findings if f.rule == "literacy.passive-voice"]
    assert 7 <= len(passive) <= 9


@pytest.mark.parametrize(("text", "citation", "credits"), [
    ("Smith J, et al. Ablation of bone tumours. Radiology 2021;300:1-9.", True, False),
    ("See doi 10.1000/182 for the trial.", True, False),
    ("More at https://example.org/leaflets or www.example.org.", True, False),
    ("J Vasc Interv Radiol, vol. 12, pp. 4-9.", True, False),
    ("Written by the interventional radiology team.", False, True),
    ("REVIEWED BY our patient panel in 1999 (March).", True, True),
    ("We reviewed your scans. Ted, a nurse, approved it.", False, False),
    ("The 2020 guidance helps; hoping for the best.", False, False),
    ("Ask your doctor about it; overwritten by nobody.", False, False),
])
def test_citations_and_credits_are_read_as_their_plain_patterns_read_them(text, citation, credits):
    import re

    from audit.record import CITATION, CREDITS

    plain_citation = re.compile(r"\bet al\b|\b(?:19|20)\d{2}\s*[;:(]|\bdoi\b|https?://|\bwww\.|\bvol\.|\bpp\.")
    plain_credits = re.compile(r"\b(?:written|reviewed|produced|prepared|approved) by\b", re.IGNORECASE)
    assert bool(CITATION.search(text)) is citation is bool(plain_citation.search(text))
    assert bool(CREDITS.search(text)) is credits is bool(plain_credits.search(text))


def test_words_on_the_accept_list_are_neither_terms_nor_acronyms_to_explain(schema):
    text = "# Liver tumour ablation\n\nThe interventional radiologists will see you. Bring your PICC diary.\n"
    leaflet = load_text(text, "case.md", "markdown")
    rules = [all_rules()["literacy.term-undefined"], all_rules()["literacy.acronym-undefined"]]
    flagged = {f.text for f in audit_leaflet(leaflet, schema, rules, Settings()).findings}
    assert flagged == {"interventional radiologists", "PICC"}
    accepting = Settings(accept_words=frozenset({"radiologist", "picc"}))
    assert not audit_leaflet(leaflet, schema, rules, accepting).findings


def test_an_acronym_spelled_out_in_a_breadcrumb_above_the_text_is_spelled_out(schema):
    text = ("Home / Young people / Teenage and Young Adult (TYA) service / Mouth care\n\nMouth care\n\n"
            "What is this page about?\nThe TYA nurses wrote this page for you. It explains how to look after your mouth.\n")
    leaflet = load_text(text, "page.txt", "text")
    result = audit_leaflet(leaflet, schema, [all_rules()["literacy.acronym-undefined"]], Settings())
    assert [f.text for f in result.findings] == []


def test_an_acronym_spelled_out_only_below_its_first_use_is_still_reported(schema):
    text = ("Mouth care\n\nWhat is this page about?\nThe TYA nurses wrote this page for you. It explains your mouth.\n\n"
            "About us\nWe are the Teenage and Young Adult (TYA) service at the hospital.\n")
    leaflet = load_text(text, "page.txt", "text")
    result = audit_leaflet(leaflet, schema, [all_rules()["literacy.acronym-undefined"]], Settings())
    assert [f.text for f in result.findings] == ["TYA"]


def test_a_glossary_reaches_its_sub_headings_and_stops_at_the_next_section(schema):
    body = ("## Words you will hear\n\n### Stoma\n\nThe opening in the neck where the tube sits.\n\n"
            "## Looking after the skin\n\nClean around the stoma every day. Scratched skin can lead to cellulitis.\n\n"
            "## Sources\n\n- A review of cellulitis care, 2024.")
    assert [f.text for f in _findings(schema, body, "literacy.term-undefined")] == ["cellulitis"]


def test_a_risk_named_by_an_acronym_the_options_table_gave_a_number_is_not_asked_again(schema):
    body = ("## Comparing the options\n\n| | Laser | Glue |\n|---|---|---|\n| Clot in a deep vein (DVT) | About 1 in 100 |"
            " About 1 in 100 |\n\n## What are the risks?\n\nA DVT (deep vein thrombosis) is a blood clot in the leg.")
    assert _findings(schema, body, "literacy.risk-numbers") == []
    without = body.replace("(DVT)", "")
    assert [f.text for f in _findings(schema, without, "literacy.risk-numbers")] == ["thrombosis"]


def test_a_risks_table_ruled_under_its_header_in_scraped_text_gives_each_risk_its_number(schema):
    text = ("Liver biopsy\n\nWhat are the risks?\n\n"
            "  Risk                                     How often\n"
            "  ---------------------------------------  --------------------------\n"
            "  Bleeding that needs a blood transfusion  About 1 in 1,000\n"
            "  or another procedure\n"
            "  Pain in the right shoulder               About 1 in 4, for a day\n"
            "  Infection                                Rare\n")
    leaflet = load_text(text, "page.txt", "text")
    result = audit_leaflet(leaflet, schema, [all_rules()["literacy.risk-numbers"]], Settings())
    assert [f.text for f in result.findings] == ["Infection"]


def test_a_section_read_as_risks_only_to_be_confirmed_is_not_asked_for_numbers(schema):
    from dataclasses import replace

    from audit.checks import CheckContext
    from audit.structure import SectionMatcher

    leaflet = load_text("# Stoma care\n\n## What are the risks?\n\nThe stent can get a blockage.\n",
                        "case.md", "markdown")
    sections = SectionMatcher(schema).match(leaflet)
    rule = all_rules()["literacy.risk-numbers"]
    sure = [hit.text for hit in rule.check(CheckContext(leaflet, schema, sections, Settings()))]
    doubted = tuple(replace(m, match=replace(m.match, uncertain=True, unsure=("risks",))) if "risks" in m.ids else m
                    for m in sections)
    assert sure == ["blockage"]
    assert [hit.text for hit in rule.check(CheckContext(leaflet, schema, doubted, Settings()))] == []


def test_a_risks_section_with_another_id_to_be_confirmed_is_still_asked_for_numbers(schema):
    from dataclasses import replace

    from audit.checks import CheckContext
    from audit.structure import SectionMatcher

    leaflet = load_text("# Stoma care\n\n## What are the risks?\n\nThe stent can get a blockage.\n", "case.md", "markdown")
    sections = SectionMatcher(schema).match(leaflet)
    rule = all_rules()["literacy.risk-numbers"]
    also = tuple(replace(m, match=replace(m.match, sections=(*m.match.sections, "causes"), uncertain=True,
                                          unsure=("causes",))) if "risks" in m.ids else m for m in sections)
    assert [hit.text for hit in rule.check(CheckContext(leaflet, schema, also, Settings()))] == ["blockage"]


@pytest.mark.parametrize(("text", "said"), [
    ("## Why is it done?\n\nIf the narrowing is not relieved, the kidney can be damaged for good.", True),
    ("## Other options\n\nYou could keep taking tablets. If nothing changes, the pain will probably go on as it is.", True),
    ("## Going home\n\nIf your pain is not relieved by paracetamol, ring the ward.", False),
    ("## Going home\n\nIf the bleeding is not relieved by pressing on it, ring the ward.", False),
])
def test_the_condition_left_as_it_is_says_what_happens_without_treatment(schema, text, said):
    assert (_findings(schema, text, "literacy.no-treatment-option") == []) is said


@pytest.mark.parametrize(("heading", "asked"), [
    ("Who is it suitable for?", False),
    ("Who can have it?", False),
    ("Is it right for me?", False),
    ("What are the risks?", True),
    ("Is it safe?", True),
])
def test_a_section_on_who_the_treatment_suits_is_not_asked_for_numbers_even_read_as_risks(schema, heading, asked):
    from dataclasses import replace

    from audit.checks import CheckContext
    from audit.structure import SectionMatcher

    leaflet = load_text(f"# Thrombolysis\n\n## {heading}\n\nIt is not safe after a recent stroke or bleeding.\n",
                        "case.md", "markdown")
    as_risks = tuple(replace(m, match=replace(m.match, sections=("risks",), extras=(), unsure=()))
                     if m.section.heading is not None else m for m in SectionMatcher(schema).match(leaflet))
    rule = all_rules()["literacy.risk-numbers"]
    assert bool(list(rule.check(CheckContext(leaflet, schema, as_risks, Settings())))) is asked


@pytest.mark.parametrize(("publisher", "named"), [
    ("## Kōwhai Interventional Radiology – Auckland", True),
    ("Harbourside Imaging, 12 Quay Street", True),
    ("Northgate Vascular Associates", True),
    ("## Our team", False),
    ("Ring us on 0100 000 0000.", False),
])
def test_a_radiology_or_imaging_practice_named_on_the_page_is_its_publisher(schema, publisher, named):
    text = "# Thyroid nodule ablation\n\n" + publisher + "\n\n## How is it treated?\n\n" + (
        "Ablation destroys a nodule with heat through a needle. " * 30)
    assert (_findings(schema, text, "literacy.author") == []) is named


@pytest.mark.parametrize(("line", "says_it"), [
    ("Come to Emergency straight away if you have a fever with shivering.", True),
    ("Go to the emergency department if the drain falls out.", True),
    ("The emergency team reviews every scan the same day.", False),
])
def test_being_told_to_come_to_emergency_gives_warning_signs(schema, line, says_it):
    body = "## Going home\n\nKeep the drain bag below your waist and empty it twice a day.\n\n" + line
    assert (_findings(schema, body, "literacy.warning-signs") == []) is says_it


@pytest.mark.parametrize(("title", "reported"), [
    ("Kidney abscess drainage", []),
    ("Kidney cyst drainage", ["abscess"]),
])
def test_the_condition_a_leaflets_title_names_is_no_complication_of_its_treatment(schema, title, reported):
    text = (f"# {title}\n\n## Risks\n\n- Draining it is usually safe, but rarely an abscess forms.\n"
            "- Bleeding that needs treatment happens to about 1 in 100 people.\n")
    result = audit_leaflet(load_text(text, "drain.md", "markdown"), schema, [all_rules()["literacy.risk-numbers"]],
                           Settings())
    assert [finding.text for finding in result.findings] == reported


@pytest.mark.parametrize(("heading", "judged"), [
    ("What is normal after the procedure?", False),
    ("Is it normal to feel like this?", False),
    ("What is embolisation syndrome?", False),
    ("What are the risks?", True),
    ("What is the risk of a stroke?", True),
])
def test_effects_under_a_heading_of_what_is_normal_or_expected_are_not_risks(schema, heading, judged):
    body = ("## What are the risks?\n\nBleeding that needs a transfusion happens to about 1 in 200 people.\n\n"
            f"## {heading}\n\nA mild fever and some soreness for two or three days.\n")
    assert (_findings(schema, body, "literacy.risk-numbers") != []) is judged


def test_a_transcripts_quoted_on_screen_key_points_are_a_summary(schema):
    text = ("VIDEO TRANSCRIPT\n\nKyphoplasty explained\n\n[00:10] DOCTOR: Hello, I will talk you through kyphoplasty "
            "today.\n\n[00:38] ON-SCREEN TEXT: \"Key points\"\n- It treats painful spinal fractures.\n"
            "- Most people have less pain within days.\n\n[01:00] DOCTOR: "
            + "The doctor puts a thin needle into the broken bone and fills it with cement. " * 30 + "\n")
    leaflet = load_text(text, "kyphoplasty.txt", "text")
    result = audit_leaflet(leaflet, schema, [all_rules()["literacy.summary"]], Settings())
    assert not result.findings
    unquoted = text.replace('"Key points"', '"Chapter one"')
    result = audit_leaflet(load_text(unquoted, "kyphoplasty.txt", "text"), schema, [all_rules()["literacy.summary"]],
                           Settings())
    assert [f.rule for f in result.findings] == ["literacy.summary"]


def test_a_date_without_a_review_date_is_quoted_up_to_a_whole_word(schema):
    text = "Text here.\n\nPublished by the Oncology Department, March 2025, for patients of the unit.\n"
    [finding] = _findings(schema, text, "literacy.date")
    assert "('Published by the Oncology Department, March 2025')" in finding.message


def test_a_risk_sentence_naming_several_complications_names_them_all_in_one_finding(schema):
    text = "## What are the risks?\n\nInfection, bleeding and a blood clot can happen. Pain is common.\n"
    [finding] = _findings(schema, text, "literacy.risk-numbers")
    assert finding.message == ("'Infection', 'bleeding' and 'blood clot' are named as risks with no number for how "
                               "often they happen.")
    assert finding.text == "Infection"


def test_a_checklist_item_not_applicable_says_why_it_was_not_judged(schema):
    leaflet = load_text("# Lung biopsy\n\n## What is it?\n\nA needle takes a small piece of your lung.\n", "x.md", "markdown")
    items = {item.rule: item for item in audit_leaflet(leaflet, schema).literacy.items}
    assert items["literacy.reader"].status == "not applicable"
    assert items["literacy.reader"].evidence.startswith("not judged: 9 words, fewer than the 150")
    assert items["literacy.single-option"].evidence == "not judged: no section on treatments"


def test_the_condition_a_leaflet_is_about_is_no_risk_in_either_number(schema):
    text = ("# Blood clots and cancer\n\n## What are the risks?\n\nBleeding happens to about 1 in 50 people.\n\n"
            "The clot can grow if you stop the tablets.\n")
    result = audit_leaflet(load_text(text, "x.md", "markdown"), schema, [all_rules()["literacy.risk-numbers"]])
    assert result.findings == []


def test_a_complication_named_in_a_reported_sentence_is_not_reported_again_further_on(schema):
    text = ("## What are the risks?\n\nInfection, bleeding and a blood clot can happen.\n\n"
            "Bleeding is more likely if you take blood thinners.\n")
    assert len(_findings(schema, text, "literacy.risk-numbers")) == 1


def test_a_key_points_box_headed_read_this_first_is_a_summary(schema):
    body = WHOLE_LEAFLET.split("\n", 2)[2].replace("## Key points", "## Read this first")
    assert _findings(schema, body, "literacy.summary") == []


def test_a_summary_headed_in_two_languages_counts(schema):
    body = WHOLE_LEAFLET.split("\n", 2)[2].replace("## Key points", "## Ngā mea matua | The main points")
    assert _findings(schema, body, "literacy.summary") == []


def test_a_numbered_step_that_asks_what_matters_is_no_summary():
    from audit.literacy import cues

    assert cues.SUMMARY_HEADING.match("Step 4: What matters most to you?") is None
