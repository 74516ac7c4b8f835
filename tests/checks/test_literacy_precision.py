"""Literacy warnings on well-written leaflets, against what a reviewer judged of them.

Sixty sets of six to twelve leaflets (tests/corpora/literacy/leaflets-b to -z, -aa to -az and -ba to -bi),
each written blind by a helper and its warnings judged by a second helper acting as a health-literacy reviewer
(review.tsv: accept or reject, with a reason); the project's own samples in leaflets/ are judged the same way
(tests/corpora/literacy/own-leaflets). Where a mended rule shows a warning no reviewer saw, the
developers judge it in review-added.tsv, which says so. Every warning the tool gives on them now must be
one the reviewer saw, and any the reviewer rejected must be a known, explained exception:
a new warning, or a rejected one coming back, fails here. Where a third helper listed a set's lapses by hand
(lapses.tsv), the warnings must catch at least as many of them as when the set was first scored.
"""

from __future__ import annotations

import csv
import re

import pytest

from audit.config import Settings
from audit.engine import audit_paths
from tests.conftest import PROJECT, TESTS

CORPUS = TESTS / "corpora" / "literacy"
KNOWN_REJECTED = {
    # The reviewer of set b took words ("Most people", a "Common:" heading) as a frequency; the rule, as
    # the issue defines it, asks for a number, and the reviewer of set c judged such rows by that.
    ("b", "03_implanted_port.txt", 36, "literacy.risk-numbers"),
    ("b", "10_kidney_cancer_cryoablation.txt", 39, "literacy.risk-numbers"),
    # The section matcher takes "Why are blood clots a problem?" (background) for the risks section.
    ("b", "08_ivc_filter.md", 23, "literacy.risk-numbers"),
    # 59 of 74 sentences active (79.7%): under the 80% line by our count, at it by the reviewer's rough one; set r's
    # 51 of 64 (79.7%) once a passive lead-in ("This treatment may be offered if:") is read as a sentence.
    ("d", "08_port_removal.txt", 6, "literacy.passive-share"),
    ("r", "dvt-thrombolysis.txt", 8, "literacy.passive-share"),
    # Set e: a memory aid spelled out over the next four lines (BRAN), which the text loader reads as headings.
    ("e", "07_transperineal_prostate_biopsy.txt", 14, "literacy.acronym-undefined"),
    # Set j: a term explained a section after its first use (where the issue asks for it beside the first use); a
    # risks table's "Most people" for an expected effect (words, not a number).
    ("j", "implanted-port-insertion.txt", 53, "literacy.term-undefined"),
    ("j", "nephrostomy.md", 79, "literacy.risk-numbers"),
    # Set k: a condition's other name ("pelvic venous disorder"), "analgesia" explained by what the pump does.
    ("k", "ovarian-vein-embolisation.txt", 20, "literacy.term-undefined"),
    ("k", "uterine-fibroid-embolisation.md", 63, "literacy.term-undefined"),
    # Set l: "Some blood cancers, such as myeloma": named as one of a plain kind, which its reviewer called a
    # judgement call; a bare "such as" after one plain word ("treatments such as cementoplasty") explains nothing.
    ("l", "vertebroplasty.html", 28, "literacy.term-undefined"),
    # Set s (judged once, 2026-12-04, eighth session; ten of its other rejected kinds are fixed): a review date its
    # reviewer did not ask for, having been told in one line that the rule wants "no date and no review date";
    # a term met first in another form ("sedated"); "argon" as no jargon was mended on 2026-12-05 (fifteenth
    # session) with "physio" and "tampon", which sets ah's and ai's reviewers judged so, and "anesthesia" explained
    # earlier in the same paragraph as "anesthesiologist" in the sixteenth.
    ("s", "au-ct-guided-lung-biopsy.md", 3, "literacy.date"),
    ("s", "ca-transarterial-chemoembolization-liver.txt", 66, "literacy.term-undefined"),
    # Set t (judged once, 2026-12-04, eighth session; twelve of its other rejected kinds are fixed): a description in
    # the sentence ("removing hardened fatty tissue by liposuction"), a group named for what was explained ("both types of venous thromboembolism"), "radiologist"
    # explained six lines on (its carers' section read as risks is mended by the model retrained in the ninth session;
    # the last, mended in the eleventh, by a "What is ...?" heading's term counted as met).
    ("t", "charity-lymphoedema-after-cancer.md", 95, "literacy.term-undefined"),
    ("t", "canada-deep-vein-thrombosis-webpage.txt", 44, "literacy.term-undefined"),
    # Set u (judged once, 2026-12-04, eighth session; nine of its other rejected kinds are fixed, "anesthesiologist"
    # after anaesthesia was explained in the same paragraph on 2026-12-05): "AV fistula" over a sentence saying what a
    # fistula is, not its letters.
    ("u", "haemodialysis-access-fistula-line-carers-nhs-scotland.html", 47, "literacy.acronym-undefined"),
    # Set x (judged once, 2026-12-04, ninth session; fifteen of its seventeen rejected kinds are fixed, the last on
    # 2026-12-05: "fractures" is the condition of a leaflet titled for a spine fracture, in either number):
    # "A radiologist blocks the bleeding arteries" (what a person does on the day says not who they are, as other
    # sets' reviewers judged) ("Antiviral", explained by the next block, is mended since set bd: a prefix against an
    # everyday word says what it is).
    ("x", "nosebleed-embolisation-consent-information-hong-kong-hospital.html", 98, "literacy.term-undefined"),
    # Set y (judged once at 7eb3733, 2026-12-04, end of the ninth session; 26 of its 32 rejected warnings are mended in
    # the tenth): leaflets that are no treatment decision (an inhaler-technique guide, a foot-care guide whose
    # "amputation" is the condition's course, an aftercare sheet for a line already out) asked for what happens
    # without treatment and for more than one option, and the foot-care guide's background on poor blood flow,
    # which the section matcher reads as risks (the inhaler guide's single-option warning went with the model
    # retrained in the tenth session, which finds no treatments section in it; the model retrained with fold
    # 2026-12-04s in the twelfth gave "Asthma and vaping" the treatments no other heading has (no longer with fold u), and
    # reads the foot-care guide's background no longer as risks; with the model doubting a keyword's id, the foot-care
    # guide is no longer asked for a second option; the models retrained with folds 2026-12-05k to o in the twentieth
    # session read the background as risks again, at 0.57, and the one with fold 2026-12-05p no longer does).
    # Set z (judged once at 889b6c0, 2026-12-04, tenth session; five of its seven rejected warnings are mended): two
    # specialists introduced by what they do ("An interventional radiologist or interventional cardiologist guides a
    # thin, flexible tube ..."), which most sets' reviewers judged no explanation of who they are.
    # Set aa (judged once at 65163fc, 2026-12-04, end of the tenth session; 13 of its 15 rejected warnings are mended
    # in the eleventh): two pages at 77-79% active by our count of sentences with any passive clause, which the
    # reviewer counted by main clauses (about 82%). Counting main clauses only would mend these and set d's, but
    # drops 14 passive-share warnings that eight other sets' reviewers accepted: near the line reviewers differ,
    # and the count GNU style and the issue use stays.
    ("y", "asthma-inhaler-technique-teenagers-australia-charity.md", 1, "literacy.no-treatment-option"),
    ("y", "diabetes-foot-care-sight-loss-condition-guide-uk-charity.html", 65, "literacy.no-treatment-option"),
    ("y", "picc-line-removal-discharge-sheet-ireland-hospital.txt", 3, "literacy.no-treatment-option"),
    ("z", "pulmonary-embolism-catheter-directed-therapy-us-academic-medical-center.txt", 35, "literacy.term-undefined"),
    ("aa", "coronary-angiogram-kenya-mission-hospital-webpage.txt", 8, "literacy.passive-share"),
    ("aa", "procedural-sedation-consent-information-new-zealand-hospital.html", 29, "literacy.passive-share"),
    # Set ab (judged once at 1b98d3c, 2026-12-04, eleventh session; ten of its 13 rejected warnings are mended the same
    # day): "unruptured" after "those whose AVM has never bled" (said in other words), fever as a symptom of a
    # syndrome the table numbers, and a term in a dot-leader table explained two blocks on.
    # The section model retrained with fold 2026-12-04s (twelfth session) read two more care sections as risks, each
    # judged by the developers in review-added.tsv: "Why acting fast matters" (0.61; no longer, with fold t) and a
    # carers' "Food and drink" (0.68); neither names a complication of treatment.
    ("v", "stoma-care-for-carers-of-people-with-memory-problems-canada.html", 91, "literacy.risk-numbers"),
    ("ab", "brain-avm-embolisation-ireland-hospital-webpage.txt", 41, "literacy.term-undefined"),
    ("ab", "car-t-cell-therapy-faq-us-academic-cancer-center.html", 98, "literacy.risk-numbers"),
    ("ab", "sabr-early-lung-cancer-video-transcript-canada-cancer-centre.txt", 95, "literacy.term-undefined"),
    # Set ad (judged once at a21eab7, 2026-12-04, twelfth session; ten of its 20 rejected warnings are mended the same
    # day, and "sedation" after "sedated, which means ..." in the thirteenth): terms explained a few lines on or earlier
    # in other words ("dialyse" after haemodialysis, "the top chambers of the heart ... quiver" after "atrial fibrillation", duodenum,
    # "a small blister of air ... (a 'bleb')", whose singular is too short to be read as a term), an anesthesiologist and a PCI score by what they do, squamous as a
    # named skin cancer (a transcript's no-treatment answer read as risks was mended on 2026-12-05, seventeenth
    # session, when the plain-text loader read its speakers' lines as speech, not headings; "antiplatelet medicine ...,
    # to make your blood less sticky" on 2026-12-05, eighteenth session, with set ak's).
    ("ad", "av-fistula-surgery-for-dialysis-india-kidney-hospital.html", 63, "literacy.term-undefined"),
    ("ad", "electrical-cardioversion-podcast-transcript-canada-heart-institute.txt", 28, "literacy.term-undefined"),
    ("ad", "electrical-cardioversion-podcast-transcript-canada-heart-institute.txt", 72, "literacy.term-undefined"),
    ("ad", "electrochemotherapy-skin-metastases-ireland-hospital-webpage.txt", 31, "literacy.term-undefined"),
    ("ad", "hipec-cytoreductive-surgery-table-guide-singapore-hospital.html", 65, "literacy.acronym-undefined"),
    ("ad", "pneumothorax-needle-aspiration-hong-kong-hospital.md", 46, "literacy.term-undefined"),
    ("ad", "whipple-procedure-questions-and-answers-us-academic-center.md", 20, "literacy.term-undefined"),
    # Set ae (judged once at 898203d, 2026-12-04, end of the twelfth session; four of its six rejected warnings are
    # mended the same day): "cochlear implant" in a safety checklist, and SRT as "fractionated SRS or SRT".
    ("ae", "mri-guided-breast-biopsy-table-guide-south-africa-private-hospital.html", 50, "literacy.term-undefined"),
    ("ae", "stereotactic-radiosurgery-brain-metastases-us-academic-medical-center.html", 51, "literacy.acronym-undefined"),
    # Set af (judged once at f93114c, 2026-12-04, thirteenth session; five of its ten rejected warnings are mended the
    # same day): "Most people" as a risk's frequency twice (a proportion to this reviewer; words, not a number, to set
    # c's and others'), oncologists and radiologists named among "surgeons, oncologists, radiologists and other
    # specialists" and "a group of specialists – surgeons, oncologists, ..." (the same wording sets o's and r's
    # reviewers judged no explanation of who they are), and a page at 79.7% active (see set aa).
    ("af", "02-coeliac-plexus-block-australia.md", 65, "literacy.risk-numbers"),
    ("af", "03-sirt-radioembolisation-india.md", 36, "literacy.term-undefined"),
    ("af", "04-desmoid-cryoablation-charity-checklist.md", 27, "literacy.term-undefined"),
    ("af", "11-thoracic-duct-embolisation-scotland-faq.html", 36, "literacy.passive-share"),
    ("af", "12-kidney-microwave-ablation-us-private-clinic.html", 101, "literacy.risk-numbers"),
    # Set ag (written before ah, its warnings taken at 1c6a75a and judged once after the session's note, 2026-12-04,
    # thirteenth session; four mended on 2026-12-05: a term asked of in the next turn of a transcript, "So, what
    # exactly is a varicocele?" as a heading that asks, on-screen text "Haemoptysis = coughing up blood", ALPPS
    # explained in the next table cell): an angiography room described around it, older names of what was
    # explained, a medicine's name, "nurse clinician", "Almost every child" as a frequency (three other sets'
    # reviewers judged such words no number), and a page the reviewer counted at about 84% active.
    ("ag", "bronchial-artery-embolisation-video-transcript.html", 66, "literacy.term-undefined"),
    ("ag", "lymphatic-malformation-sclerotherapy-parents-guide.md", 29, "literacy.term-undefined"),
    ("ag", "lymphatic-malformation-sclerotherapy-parents-guide.md", 54, "literacy.term-undefined"),
    ("ag", "lymphatic-malformation-sclerotherapy-parents-guide.md", 107, "literacy.risk-numbers"),
    ("ag", "portal-vein-embolisation-table-guide.md", 1, "literacy.passive-share"),
    # Set ah (judged once at 5b4278d, 2026-12-04, thirteenth session; two of its twelve rejected warnings are mended
    # the same day: "a liquid glue called NBCA", "ACTH (a hormone that ...)"; five on 2026-12-05: "Pelvic vein
    # embolisation closes these veins ..." as what it does, "sedation" after "a mild sedative to help you relax",
    # "If the blockage is not relieved, ...", "If nothing changes, ..."): "don't spread ... they don't
    # metastasize", a cannula glossed in the next paragraph ("fibrous", which set al's reviewer judged everyday too,
    # joined physio and argon in the everyday list in the nineteenth session).
    ("ah", "chemoport-guide-for-teenagers.txt", 30, "literacy.term-undefined"),
    ("ah", "desmoid-tumor-cryoablation-podcast-transcript.txt", 26, "literacy.term-undefined"),
    # Set ai (written blind, warnings taken at 1133ea3 before any tuning and judged once by a blind reviewer,
    # 2026-12-05: 80 of 101 kept, precision 0.79): terms and acronyms explained where used (PCA/MAA/TACE described
    # beside them, BC in a health card's name, IR spelled out above), "nearly every child" as a frequency, a
    # no-treatment statement implied, a passive count. Mended the same day: everyday words (tampon, physio, argon),
    # a next sentence "Cirrhosis means that the liver ...", an FAQ's "Q: What is a varicocele?" heading, warning signs under "When should I tell someone?" ("call us if:"), IGT
    # as the initials of "Image-Guided Therapy Clinic" above it, and compression garments as a second option.
    ("ai", "fibroid-embolisation-decision-aid-au.md", 54, "literacy.acronym-undefined"),
    ("ai", "liver-microwave-ablation-uk.md", 78, "literacy.acronym-undefined"),
    ("ai", "nephrostomy-ie.txt", 54, "literacy.term-undefined"),
    ("ai", "nephrostomy-ie.txt", 56, "literacy.term-undefined"),
    ("ai", "port-insertion-children-faq-ca.md", 1, "literacy.no-treatment-option"),
    ("ai", "port-insertion-children-faq-ca.md", 1, "literacy.passive-share"),
    ("ai", "renal-cryoablation-ca.html", 152, "literacy.acronym-undefined"),
    ("ai", "sirt-y90-blog-us.txt", 45, "literacy.term-undefined"),
    ("ai", "sirt-y90-blog-us.txt", 47, "literacy.acronym-undefined"),
    ("ai", "sirt-y90-blog-us.txt", 87, "literacy.acronym-undefined"),
    ("ai", "tips-video-transcript-in.txt", 61, "literacy.acronym-undefined"),
    ("ai", "venous-malformation-sclerotherapy-children-au.html", 58, "literacy.term-undefined"),
    ("ai", "venous-malformation-sclerotherapy-children-au.html", 80, "literacy.risk-numbers"),
    # Set aj (written blind, warnings taken at cc4ca35 before any tuning and judged once by a blind reviewer,
    # 2026-12-05: 133 of 154 kept, precision 0.86): "common" for an expected effect (bruising, soreness, a groin
    # haematoma, fever in a post-embolisation syndrome listed under "Common:"), a table's "Most children"; a
    # guidewire (set ai's reviewer judged one unexplained) and premedication (the rule's own cases ask a gloss of
    # it); EVLA and radiofrequency after "thermal ablation means using heat"; sedation said as "medicine to help you
    # relax" a paragraph before; "report to Casualty" in a consent form's footer. Mended the same day: everyday words (regrowth, needleless, curative),
    # "the great saphenous vein, or the GSV", "a clot in the deep veins, a DVT.", "If the kidney stays blocked,
    # ...", a decision aid's "Choice 1: Stay with what I am doing now", "Patients should contact the clinic if they
    # experience ..."; on 2026-12-05 (seventeenth session) a publisher named as a radiology or imaging practice
    # ("Kōwhai Interventional Radiology").
    ("aj", "glenmorven-easy-read-cementoplasty.txt", 140, "literacy.risk-numbers"),
    ("aj", "lakeshore-picc-faq.html", 41, "literacy.term-undefined"),
    # (Its "Common: fever ... This is expected" was mended on 2026-12-05, twenty-first session: an effect said to be
    # expected, or that "you will" have, happens to everyone, which is its number.)
    ("aj", "pennine-vale-varicocele-teens.md", 58, "literacy.risk-numbers"),
    ("aj", "riverbend-prostate-embolisation-decision-aid.html", 56, "literacy.term-undefined"),
    ("aj", "sahyadri-tace-consent.txt", 43, "literacy.term-undefined"),
    ("aj", "sahyadri-tace-consent.txt", 10, "literacy.action"),
    ("aj", "sahyadri-tace-consent.txt", 68, "literacy.risk-numbers"),
    ("aj", "southern-bays-varicose-vein-video-transcript.txt", 21, "literacy.acronym-undefined"),
    ("aj", "southern-bays-varicose-vein-video-transcript.txt", 21, "literacy.term-undefined"),
    ("aj", "st-brigids-fibroid-embolisation-faq.md", 56, "literacy.risk-numbers"),
    ("aj", "wattle-childrens-gastrostomy-parents.md", 60, "literacy.risk-numbers"),
    # Set ak (written blind, warnings taken at 381d0c6 before any tuning and judged once by a blind reviewer,
    # 2026-12-05: 24 of 33 kept, precision 0.73). Mended on 2026-12-05 (eighteenth session): "a harmless tracer,
    # called MAA", '"Central venous" means ...', a risk row's "no clear cases in published studies", a site header
    # bar read as furniture, "Come to Emergency straight away if ...", a transcript's 'ON-SCREEN TEXT: "Key points"',
    # sedation said by how it feels in the next sentence ("You'll be relaxed and comfortable"), a kind of medicine said
    # by its purpose in the same sentence ("antiplatelet medicine, such as clopidogrel, ... to keep the stent from
    # clotting"). Left: "colonoscopy" as known to US adults (set ad's reviewer judged it jargon on an Australian page,
    # so no everyday-word entry).
    ("ak", "10-hemorrhoid-embolization-us.html", 62, "literacy.term-undefined"),
    # Set r's bone-scan page (nineteenth session): its "Written by the Nuclear Medicine team, ..." line is now the
    # leaflet's record, and the model reads its last section, a further-reading list with one dated citation, as
    # about the leaflet rather than references; a blind reviewer judged the citation enough (a hard call, it said).
    ("r", "bone-scan.txt", 9, "literacy.sources"),
    # Sets al and am (written blind, warnings taken at 10ce05d and 0fb1d4a before any tuning and judged once by blind
    # reviewers, 2026-12-05: 30 of 38 and 11 of 12 kept). Mended on 2026-12-05 (nineteenth session): a key-points
    # box headed "Important to know", "fibrous" as everyday (set ah's too), a fever under "What is post-embolisation
    # syndrome?" and a leakage under "WHAT IS NORMAL?" as expected effects, not risks, HSE as a public body Irish
    # readers know, "variceal" after varices were explained, "Microsurgery" after "(microsurgical
    # varicocelectomy)" named a described method, and an easy-read "Get help fast if" box with "Go to our Emergency
    # Centre". Left: "your MELD score" said by what it measures ("how well your liver is working (including your
    # MELD score)"), a wording no rule reads.
    ("al", "tips-procedure-guide.txt", 53, "literacy.acronym-undefined"),
    # Set an (six leaflets written blind, warnings taken at dbed7a0 before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 11 of 17 kept, precision 0.65). Mended the same day (nineteenth session): a next sentence
    # "This means ..." with an aside between dashes, what happens "Without the tube, ..." or "If you have no line at
    # all", a US seven-digit number ("Urology Clinic: 555-0142") as contact. Left: "radiologist" in "the radiologist
    # guides the catheter", which this reviewer called everyday and most sets' reviewers did not.
    ("an", "adrenal-venous-sampling.html", 43, "literacy.term-undefined"),
    # Set ao (twelve leaflets written blind, warnings taken at dc7c36c before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 25 of 33 kept, precision 0.76). Mended the same day (nineteenth session): sources under
    # "Information used:", "biopsied" after an everyday "biopsy", "no deaths in large published series" as a count
    # of none (not "no deaths ... in our department", which set ah's reviewer judged no number), an acronym closing
    # its sentence and said plainly in the next ("... you have CLTI. This is the most severe stage of PAD."), and a
    # scraped page's "Search HSE.ie" box and department line that hid its title. Left: "deep infection in the foot"
    # (the reader's condition, named beside amputation), "Medicines taken by mouth or through a drip, such as
    # immunotherapy" (set l's reviewer judged a bare "such as" no explanation), "fallopian tubes" (everyday to this
    # reviewer, jargon to set ab's).
    ("ao", "leg-angioplasty-ulcers.html", 120, "literacy.risk-numbers"),
    ("ao", "tace-drug-eluting-beads-consent.txt", 53, "literacy.term-undefined"),
    ("ao", "vaginal-brachytherapy-endometrial-cancer.html", 46, "literacy.term-undefined"),
    # Set ap (twelve leaflets written blind, warnings taken at 93975fa before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 36 of 49 kept, precision 0.73). Mended the same day (nineteenth session): "Your key
    # points" and "THE BASICS" as summaries, "If it had not been treated" and "Managing without a procedure" as what
    # happens without treatment, the condition the title names ("Liver abscess drainage") as no complication. Left:
    # a page at 79.3% active (see set aa), "stent" described in the key point above its first use, "haemodialysis"
    # to readers on dialysis, "The doctor, an interventional radiologist, uses X-ray pictures ..." (a person by what
    # they do, which most sets' reviewers judged no explanation), pain numbered as part of a syndrome three lines on,
    # "This is called vertebroplasty or, if a small balloon is used first ..., kyphoplasty", "Stereotactic body
    # radiation therapy (SBRT) gives very precise, high doses", "implanted defibrillator" as everyday.
    ("ap", "child-lymph-node-biopsy-parents.html", 1, "literacy.passive-share"),
    ("ap", "evar-aortic-stent-graft-consent.md", 15, "literacy.term-undefined"),
    ("ap", "fistula-thrombectomy-discharge.txt", 23, "literacy.term-undefined"),
    ("ap", "renal-angiomyolipoma-embolisation-faq.txt", 41, "literacy.term-undefined"),
    ("ap", "renal-angiomyolipoma-embolisation-faq.txt", 78, "literacy.risk-numbers"),
    ("ap", "spinal-tumor-ablation-detailed-guide.md", 48, "literacy.term-undefined"),
    ("ap", "spinal-tumor-ablation-detailed-guide.md", 70, "literacy.term-undefined"),
    ("ap", "spinal-tumor-ablation-detailed-guide.md", 94, "literacy.term-undefined"),
    # Set aq (twelve leaflets written blind, warnings taken at 8422d5b before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 31 of 45 kept, precision 0.69). Mended the same day (nineteenth session): "a lung illness
    # called TB" (an illness, a vaccine, a disease as kinds a reader knows), sources under "Information taken from:"
    # and "Source material:", a summary headed "The most important bits". Left: "sedation ..., so you are sleepy
    # and comfortable" in one sentence, OPD to Indian readers, "Your oncologist will discuss ... cancer treatment",
    # "scarred (for example, by cirrhosis)", TIPSS and "embolic material such as ..." described after them, "a
    # special PET scan", "a radioactive substance called lutetium-177 (Lu-177)", a discharge sheet's "A stent left
    # in too long can become blocked" as the no-treatment answer, '"JJ stent" or "double-J stent"'.
    ("aq", "duodenal-stent-pancreatic-cancer-india.txt", 66, "literacy.term-undefined"),
    ("aq", "duodenal-stent-pancreatic-cancer-india.txt", 109, "literacy.acronym-undefined"),
    ("aq", "duodenal-stent-pancreatic-cancer-india.txt", 109, "literacy.term-undefined"),
    ("aq", "gastric-varices-embolisation-nhs.md", 28, "literacy.term-undefined"),
    ("aq", "gastric-varices-embolisation-nhs.md", 53, "literacy.acronym-undefined"),
    ("aq", "hepatic-artery-embolisation-bleeding-sg.html", 88, "literacy.term-undefined"),
    ("aq", "prrt-neuroendocrine-tumor-us.txt", 21, "literacy.acronym-undefined"),
    ("aq", "prrt-neuroendocrine-tumor-us.txt", 34, "literacy.term-undefined"),
    ("aq", "ureteric-stent-discharge-canada.md", 1, "literacy.no-treatment-option"),
    ("aq", "ureteric-stent-discharge-canada.md", 33, "literacy.acronym-undefined"),
    # Set ar (twelve leaflets written blind, warnings taken at 5d15bcc before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 26 of 37 kept, precision 0.70). Mended the same day (twentieth session): "If a large
    # chyle leak is not treated" (a longer subject), "KHA-CARI Guidelines: ..." listed under "More information" as a
    # source, and "clinician" as a word patients know (two reviewers of two). Left: "ablated" after "Ablation means
    # destroying tissue" (a form of the subject explained: the same rule cost set aj's accepted "ablated" after a
    # jargon definition "Radiofrequency ablation (RFA) is a ... thermal ablation technique"), the untreated course told inside a
    # surveillance option ("the risk of bursting is less than 1 in 100 each year"), a discharge sheet after the
    # treatment was done, anesthesiologist and cardiologist (other sets' reviewers accepted both), SASSA to South
    # African readers, "endoscopy" after "an endoscope passed through the mouth", and a sclerosant's chemical name in
    # a list the lead-in calls medicines.
    ("ar", "brain-aneurysm-coiling.txt", 11, "literacy.no-treatment-option"),
    ("ar", "bronchial-artery-embolization.html", 86, "literacy.term-undefined"),
    ("ar", "liver-metastases-microwave-ablation.html", 69, "literacy.term-undefined"),
    ("ar", "liver-metastases-microwave-ablation.html", 82, "literacy.term-undefined"),
    ("ar", "mesothelioma-patient-guide.txt", 110, "literacy.acronym-undefined"),
    ("ar", "rig-gastrostomy-consent.md", 41, "literacy.term-undefined"),
    ("ar", "stroke-thrombectomy-discharge.md", 1, "literacy.no-treatment-option"),
    ("ar", "vascular-malformation-children.md", 38, "literacy.term-undefined"),
    # Set as (twelve leaflets written blind, warnings taken at 4125e8a before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 32 of 44 kept, precision 0.73). Mended the same day (twentieth session): "(doctors now
    # call this MASLD)", "a nasogastric or NG tube", "A PET scan uses ..." in the next sentence, "an antiplatelet
    # medicine such as aspirin or clopidogrel, which makes blood less sticky", gynaecological as a word patients
    # know; a consent form's "MCR No." field for the doctor was mended with set av's fields. Left: polycystic,
    # fallopian (set ab's reviewer judged
    # fallopian jargon) and intrauterine as words women know, interventional radiologists introduced by what they do
    # (most sets' reviewers judged that no explanation), "a blood test that measures your eGFR", and "a laser or
    # radiofrequency probe" said by the heat it gives.
    ("as", "endometrial-cancer-au.html", 60, "literacy.term-undefined"),
    ("as", "endometrial-cancer-au.html", 91, "literacy.term-undefined"),
    ("as", "endometrial-cancer-au.html", 106, "literacy.term-undefined"),
    ("as", "endometrial-cancer-au.html", 109, "literacy.term-undefined"),
    ("as", "renal-cell-carcinoma-uk-trust.md", 63, "literacy.acronym-undefined"),
    ("as", "varicose-veins-nz.html", 80, "literacy.term-undefined"),
    # Set at (twelve leaflets written blind, warnings taken at 828a3d9 before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 21 of 30 kept, precision 0.70). Mended the same day (twentieth session): "ESWL, for
    # extracorporeal shock wave lithotripsy", 'often called an "LP"', "What if I do not take treatment?", a summary
    # panel headed "The main facts", "myeloma and some other blood cancers" as one of a kind. Left: an easy-read
    # page's "A PET-CT scan takes pictures ...", oestrogen and neurosurgeon (other sets' reviewers accepted oestrogen
    # and neurosurgical), and "some types, such as an adenoma" under a plain definition of a polyp.
    ("at", "07-lymphoma-pet-ct-scan-easy-read.txt", 42, "literacy.acronym-undefined"),
    ("at", "09-deep-vein-thrombosis-patient-guide.html", 65, "literacy.term-undefined"),
    ("at", "10-brain-tumour-stereotactic-biopsy.html", 113, "literacy.term-undefined"),
    ("at", "11-bowel-cancer-screening-home-test-kit.html", 49, "literacy.term-undefined"),
    # Set au (twelve leaflets written blind, warnings taken at 8fdb9e2 before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 39 of 53 kept, precision 0.74). Mended the same day (twentieth session): breastbone,
    # "muscle relaxants" and "acid reflux" as words patients know, an Indian number "+91 00000 11111" as a contact, a
    # "Hard words on this page" glossary, "Supportive care only – no cancer treatment", a paragraph opening
    # "**Sources:**" as a list of sources, and letter labels "(A, AB, B1, B2, B3)" as no acronyms. Left: a discharge
    # sheet after surgery, "rehydration" after "(losing too much body water)", infection given its numbers in the
    # section before, acetylcholine explained by the test's next sentence, "the phrenic nerve, causing weakness of
    # the breathing muscle", and epidural (two other sets' reviewers accepted it).
    ("au", "bowel-stoma-discharge.txt", 13, "literacy.no-treatment-option"),
    ("au", "bowel-stoma-discharge.txt", 52, "literacy.term-undefined"),
    ("au", "neutropenia-easy-read.txt", 53, "literacy.risk-numbers"),
    ("au", "thymoma-faq.md", 57, "literacy.term-undefined"),
    ("au", "thymoma-faq.md", 90, "literacy.term-undefined"),
    ("au", "wilms-tumour-parents-guide.txt", 53, "literacy.term-undefined"),
    # Set av (twelve leaflets written blind, warnings taken at 108618b before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 33 of 48 kept, precision 0.69). Mended the same day (twentieth session): "an enzyme called
    # DPD, which the body uses to ...", "sedation ... so they are relaxed and sleepy" (set aq's reviewer had judged
    # the same wording so), "If you leave it in, ..." as the untreated course, a form's "**MRN:** ____" field,
    # "Made by ..." as the author, "We used information from ... guidelines" as sources, "CA 125 – this can be high
    # ..." read as one name with its number. Left: cystitis said plainly before it, "aneurysmal" explained in the
    # next sentences, "a tumor marker called CA 19-9", ABVD as "known by the first letters of their names", a drug
    # class at the end of a list of blood thinners, AFL to Australian readers, and vaccines named by their kind.
    ("av", "anal-cancer-chemoradiotherapy.md", 69, "literacy.term-undefined"),
    ("av", "bone-cyst-children.html", 49, "literacy.term-undefined"),
    ("av", "cholangiocarcinoma-faq.html", 64, "literacy.acronym-undefined"),
    ("av", "hodgkin-lymphoma-young-people.html", 57, "literacy.acronym-undefined"),
    ("av", "pancreatitis-drainage.txt", 44, "literacy.term-undefined"),
    ("av", "spleen-injury-discharge.txt", 24, "literacy.acronym-undefined"),
    ("av", "spleen-injury-discharge.txt", 82, "literacy.term-undefined"),
    # Set aw (twelve leaflets written blind, warnings taken at 83e0c75 before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 24 of 35 kept, precision 0.69). Mended the same day (twenty-first session): "If fatigue
    # is not managed, ..." as the untreated course, "Option 1: Keep watching (surveillance)" as keeping watch, a
    # term glossed in a heading ("Option 2: Treatment to block the leak (embolisation)"), "These scans show ..." as
    # a next sentence explaining, a numbered "11. Glossary", "We used these sources:". Left: immunotherapy named
    # among the reader's cancer treatments, a radiologist explained in the next answer of an FAQ, guidewire (other
    # sets' reviewers differ), and a discharge sheet after surgery for no-treatment (other sets' reviewers accepted
    # such warnings); its single-option warning went with the 87-fold model, which reads no treatments section there.
    ("aw", "cancer-related-fatigue.md", 35, "literacy.term-undefined"),
    ("aw", "lung-abscess-drainage-faq.txt", 39, "literacy.term-undefined"),
    ("aw", "pericardial-drainage-consent.html", 89, "literacy.term-undefined"),
    ("aw", "stoma-care-discharge.txt", 16, "literacy.no-treatment-option"),
    # Set ax (twelve leaflets written blind, warnings taken at 2ddce99 before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 28 of 43 kept, precision 0.65). Mended the same day (twenty-first session): "In a hurry?
    # The key points" as a summary, "Signs: fever, chills, ..." under a complication as its signs, "What if I do
    # not look after my mouth?" as the untreated course. Left: a discharge sheet after the treatment, immunotherapy
    # explained over the next sentences, antivirals and antifungals (another set's reviewer accepted antifungals),
    # sedation (accepted by many), a gene's symbol, infections a screening spot turns out to be (a mouth-care page's
    # single option, also rejected, is no longer given since the 91-fold model of 2026-12-06), a PET scan named
    # within a tracer scan's name, "neoplasia" in a syndrome's name glossed by its
    # kind, eGFR among the measures of kidney function, and a radiologist explained 27 lines on.
    ("ax", "car-t-discharge-sheet.txt", 10, "literacy.no-treatment-option"),
    ("ax", "car-t-discharge-sheet.txt", 26, "literacy.term-undefined"),
    ("ax", "car-t-discharge-sheet.txt", 51, "literacy.term-undefined"),
    ("ax", "central-venous-stenosis-venoplasty.html", 87, "literacy.term-undefined"),
    ("ax", "gist-patient-guide.html", 60, "literacy.acronym-undefined"),
    ("ax", "lung-cancer-screening-decision-aid.md", 77, "literacy.risk-numbers"),
    ("ax", "neuroendocrine-tumours-faq.txt", 50, "literacy.acronym-undefined"),
    ("ax", "neuroendocrine-tumours-faq.txt", 80, "literacy.term-undefined"),
    ("ax", "renal-vein-thrombosis.txt", 49, "literacy.acronym-undefined"),
    ("ax", "thoracic-duct-embolisation-consent.md", 22, "literacy.term-undefined"),
    # Set ay (twelve leaflets written blind, warnings taken at 1540ebe before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 28 of 38 kept, precision 0.74). Mended the same day (twenty-first session): "the clot"
    # in a leaflet titled "Blood clots" as its condition, "a narrow gap, the pleural space, with ...", "What if the
    # stent had not been placed?", a "Talk to your team if" heading over warning signs. Left: "in the leg (DVT)"
    # read as explained by both blind reviewers, a CT angiogram said to be a scan, anesthesiologist and oncologist
    # (others' reviewers accepted them), "endoscopic ultrasound" described by the next sentence's instrument, and
    # scleroderma given as an autoimmune disease.
    ("ay", "blood-clots-and-cancer.html", 45, "literacy.acronym-undefined"),
    ("ay", "carotid-body-tumour-surgery-consent.md", 58, "literacy.term-undefined"),
    ("ay", "hepatic-artery-infusion-pump.md", 97, "literacy.term-undefined"),
    ("ay", "hepatic-artery-infusion-pump.md", 125, "literacy.term-undefined"),
    ("ay", "pancreatic-cyst-decision-aid.md", 53, "literacy.term-undefined"),
    ("ay", "raynauds-easy-read.txt", 67, "literacy.term-undefined"),
    # Set az (twelve leaflets written blind, warnings taken at 37e413e before any tuning and judged once by a blind
    # reviewer, 2026-12-05: 23 of 36 kept, precision 0.64; a second blind reviewer's lapse list: 20 of 49 caught).
    # Mended the same day (twenty-first session): "What you should know" as a summary, "(this may be an ileus)",
    # "the DIEP flap, which uses tissue from ...", "a feeding jejunostomy. This is used to give you ...", an effect
    # that "you will" have or that is "a sign the cream is working" as certain. Left: colectomy bracketed after
    # "a bowel resection (or colectomy if ...)", "stomal" after "A stoma is ...", calcium oxalate and a holmium laser
    # named as kinds, "URS (semi-rigid ureteroscopy)", OPD to Indian readers (set ay's reviewer accepted it), and a
    # PICC line named after "a central line - a thin tube ...".
    ("az", "bowel-cancer-surgery-discharge-australia.html", 60, "literacy.term-undefined"),
    ("az", "kidney-stones-ureteroscopy-india.html", 52, "literacy.term-undefined"),
    ("az", "kidney-stones-ureteroscopy-india.html", 58, "literacy.acronym-undefined"),
    ("az", "kidney-stones-ureteroscopy-india.html", 61, "literacy.term-undefined"),
    ("az", "kidney-stones-ureteroscopy-india.html", 119, "literacy.acronym-undefined"),
    ("az", "stomach-cancer-chemotherapy-faq-ireland.txt", 56, "literacy.acronym-undefined"),
    # Side effects the risk-numbers rule reads since 2026-12-05 (headache, tiredness, hair loss, confusion ...):
    # 54 new warnings across the regression sets, judged by a blind reviewer, 46 kept (review-added.tsv). Left: the
    # signs of a complication that has its number in the table below, a headache the treatment is meant to cure, a
    # comparison table's "Recovery" row, "scarring of the liver" (the patient's cirrhosis), sore mouth numbered
    # elsewhere in the leaflet, advice about alcohol, warning signs of dehydration for carers, and the tiredness of a
    # post-embolisation syndrome numbered in the risk table.
    ("ab", "car-t-cell-therapy-faq-us-academic-cancer-center.html", 99, "literacy.risk-numbers"),
    ("ac", "epidural-blood-patch-qa-canada-hospital.md", 101, "literacy.risk-numbers"),
    ("ak", "04-lung-nodule-ablation-decision-aid.md", 74, "literacy.risk-numbers"),
    ("aq", "hepatic-artery-embolisation-bleeding-sg.html", 105, "literacy.risk-numbers"),
    ("ax", "mouth-care-chemotherapy-easy-read.md", 145, "literacy.risk-numbers"),
    ("v", "chemo-side-effects-for-teenagers-uk-charity-webpage.txt", 85, "literacy.risk-numbers"),
    ("y", "tace-liver-cancer-procedure-uk-nhs-trust.md", 160, "literacy.risk-numbers"),
    # a risks list's own label (2026-12-06): "feeling sick or being sick", one of the signs of the post-embolisation
    # syndrome the risks table numbers ("Pain, fever and sickness ... about 6 to 8 in every 10 people")
    ("y", "tace-liver-cancer-procedure-uk-nhs-trust.md", 157, "literacy.risk-numbers"),
    # a list's number taken only from its lead-in's last sentence or a paragraph taking the list up (2026-12-06),
    # judged by a blind reviewer: expected pain, soreness or bruising said to affect "most people" (a share to this
    # reviewer, no number to earlier sets' reviewers, so "most" stays no frequency), and a carer's skin checks
    # Set ba (twelve leaflets written blind, warnings taken at 87d0785 before any tuning and judged once by a blind
    # reviewer, 2026-12-06: 31 of 48 kept, precision 0.65; a second blind reviewer's lapse list caught 24 of 40).
    # Mended the same day (twenty-second session): "Key points at a glance", "Based on:" as sources, "What if my child
    # does not have a port?", "Doctors call this group of problems LUTS", "medical cement, called PMMA", urology,
    # urination and homeopathic as everyday words. Left: a transjugular biopsy and a JJ stent explained by what the
    # next sentence does, bioimpedance likewise, liposuction (a case of our own holds it a term), "A similar
    # procedure, kyphoplasty, first uses ...", and two pages near 80% active that the reviewer counted by main clauses
    # ("5-alpha reductase" medicines said by what they do mended with set bc).
    # Set bb (twelve leaflets written blind, warnings taken at 480a31b before any tuning and judged once by a blind
    # reviewer, 2026-12-06: 43 of 51 kept, precision 0.84; a second blind reviewer's lapse list caught 34 of 67).
    # Mended the same day: a plain-text risks table drawn with bars (read as a paragraph, every risk asked a number),
    # "A PEG – a percutaneous endoscopic gastrostomy", "Your letter ... may call this a PTC" ("antifungal" after "a
    # ball of fungus" mended with set bd). Left: NABH in a site footer, platelets explained between dashes in the next clause, "scarred by
    # cirrhosis" ("vulvar" after "vulva" mended the same day: an adjective of a term met, which mends set az's
    # "stomal" after "stoma" too).
    # Set bc (twelve leaflets written blind, warnings taken at 3f9f6a1 before any tuning and judged once by a blind
    # reviewer, 2026-12-06: 21 of 29 kept, precision 0.72; a second blind reviewer's lapse list caught 21 of 32).
    # Mended the same day: no treatment said as "If a biopsy is not done, ...", "If the drain is not kept in place"
    # and a decision aid's "Comfort-focused care only"; BRAN spelled out by the list under it, one item a letter;
    # "reductase inhibitors such as finasteride slowly shrink the prostate" (which mends set ba's too); a leak given its
    # number as "Bile leaking ..." (a number given to one form of a complication is given to all, which mends set v's
    # second stoma line too). Left: a sclerotherapy table's "Almost every child" and "Most children", which the
    # reviewer took as clear for expected effects (set bb's reviewer held "Most people" no number).
    # Set bd (twelve leaflets written blind, warnings taken at 4338a10 before any tuning and judged once by a blind
    # reviewer, 2026-12-06: 10 of 20 kept, precision 0.50; a second blind reviewer's lapse list caught 10 of 19).
    # Mended the same day: "this has not been seen in published studies" (a count of none), "three germs that cause
    # serious infection ...: pneumococcus, meningococcus and Hib", "antifungal" (a prefix against an everyday word,
    # which mends sets x's and bb's too). Left: platelets in a list of papers to bring, "inactivated" inside an
    # explained name, sedation explained ten lines before under another heading, infection in vaccine advice read as
    # risks, "almost every child" (set bc's reviewer agreed, bb's did not), and a page one sentence under 80% active
    # whose passives include "is called" (GNU style, which the issue cites, counts those).
    # Set be (twelve leaflets written blind, warnings taken at 961bc1f before any tuning and judged once by a blind
    # reviewer, 2026-12-06: 21 of 31 kept, precision 0.68; a second blind reviewer's lapse list caught 20 of 31).
    # Mended the same day: "This page will be reviewed in May 2027", "We will review this guide in ...", "We used
    # information from:", "If the tube ... is not replaced, urine will back up", and a condition said of the reader's
    # body in the next sentence with an aside between commas ("This means your adrenal glands, two small glands ...,
    # are making ..."). Left: two pages near 80% active that the reviewer counted by main clauses, "fistula" on a
    # dialysis page and after the torn artery that forms it is described, and "haematuria" before "The urine may
    # look pink".
    # Set bi (judged once at f87b12f, 2026-12-06, twenty-fourth session, at the session's end: 17 of 25 accepted; one
    # of its eight rejected warnings mended the same day, sedation "so they are asleep or very sleepy"). Left: "a type
    # of nerve pain ... known as CRPS" and "a CTA of your tummy, which shows the arteries" (set be's finder listed
    # the same CTA as a lapse, and "a marker called A1..." cases say a plain kind before "called" is not enough),
    # "What happens if I keep using tobacco?" as no treatment, a page near 80% active counted by main clauses, a
    # seroma and its sclerotherapy explained straight after the key points, and a "What to expect" section read as
    # risks.
    ("bi", "buergers-disease-condition-page-india-hospital.md", 0, "literacy.no-treatment-option"),
    ("bi", "chemical-lumbar-sympathectomy-consent-uk-nhs.md", 0, "literacy.passive-share"),
    ("bi", "chemical-lumbar-sympathectomy-consent-uk-nhs.md", 40, "literacy.acronym-undefined"),
    ("bi", "chronic-mesenteric-ischaemia-condition-page-nz.txt", 44, "literacy.acronym-undefined"),
    ("bi", "seroma-sclerotherapy-discharge-sheet-ireland-hse.txt", 12, "literacy.term-undefined"),
    ("bi", "seroma-sclerotherapy-discharge-sheet-ireland-hse.txt", 39, "literacy.risk-numbers"),
    # Set bu (eleven well-written leaflets, judged once at 3c5868b, 2026-12-06, twenty-fifth session: 1 of 4 accepted;
    # mended the same day: "What happens if a pressure injury is not prevented or treated?"). Left: "platelets" in an
    # "At a glance" box, explained in the first section below it, and "Chronic lymphocytic leukemia" in a table column
    # headed "Type of cancer".
    ("bu", "heparin-induced-thrombocytopenia-condition-uk-charity.md", 13, "literacy.term-undefined"),
    ("bu", "tumor-lysis-syndrome-condition-us-health-system.html", 53, "literacy.term-undefined"),
    # Sets bs and bt (ten well-written leaflets each, judged once at 63b796c, 2026-12-06, twenty-fifth session: 0 of 3
    # and 1 of 8 accepted; mended the same day: "What happens if we leave it?", "What if I stay on injections?", "MR
    # (magnetic resonance)" three sentences after "MR angiogram", "the hormone oestrogen", "the parathyroid glands, 4
    # tiny glands that ...", "polyclinic" and "activator" as everyday). Left: "It uses a vein, not an artery, so
    # bleeding is less likely" (its number is in the key points, outside the risks section), "sleep apnoea" and
    # "CPAP" explained in the next paragraph of an easy-read page.
    ("bs", "renal-vein-renin-sampling-consent-us-academic.html", 83, "literacy.risk-numbers"),
    ("bt", "overnight-sleep-study-easy-read-south-africa.md", 23, "literacy.term-undefined"),
    ("bt", "overnight-sleep-study-easy-read-south-africa.md", 107, "literacy.acronym-undefined"),
    # Sets bq and br (ten well-written leaflets each, judged once at 39b2e5a, 2026-12-06, twenty-fifth session: 0 of 4
    # and 1 of 7 accepted; mended the same day: "(anticoagulant or antiplatelet medicine, such as warfarin ...)",
    # "Osteoporosis means your bones have become thin" in the next paragraph, "sealant" and "stimulator" as everyday,
    # "Ngā mea matua | The main points", "Why treat it?", "Watch for signs that the dose is now too high:", a "neck
    # ache" numbered as "neck pain"). Left: "upper endoscopy" explained by what the next sentence says a doctor does.
    ("br", "portal-vein-thrombosis-condition-ca.html", 71, "literacy.term-undefined"),
    # Sets bo and bp (ten well-written leaflets each, judged once at 9d1593f, 2026-12-06, twenty-fifth session: 1 of 6
    # and 4 of 10 accepted; mended the same day: "a glyceryl trinitrate (GTN) spray, for chest pain", 'A TIA is a
    # "mini-stroke"' after "transient ischemic attack (TIA)", "groundnut" as everyday, "If you choose no closure",
    # "gangrenous" after "die off (gangrene)", a PICC spelled out two sentences on, "Doctors call this bile acid
    # diarrhoea, or bile acid malabsorption", "bilharzia (schistosomiasis), an infection ...", "If a bleeding Meckel's
    # pouch is not found and treated", "Waiting to see what happens"). Left: "fallopian" in a subtitle and the key
    # points, explained in the first section after them (see sets bk and bl), and "normal pressure hydrocephalus"
    # in an easy-read page that gives its acronym two paragraphs on and explains the acronym in the next.
    ("bp", "hysterosalpingogram-fertility-tube-test-faq-sg.txt", 15, "literacy.term-undefined"),
    ("bp", "lumbar-drain-test-hydrocephalus-easy-read-older-people-nz.md", 25, "literacy.term-undefined"),
    # Sets bm and bn (ten well-written leaflets each, judged once at b4c6054, 2026-12-06, twenty-fifth session: 2 of 4
    # and 0 of 5 accepted; mended the same day: "What happens if I choose no new treatment?", a complication named in
    # another order in a numbered row ("a collapsed lung", "... the lung and part of it collapses"), "tests for
    # infections", "If you get a fever ..., stop it and get a blood test", "Low sodium can cause headache, confusion
    # ..." under a numbered "Low sodium ..." row, a scraped table whose cells wrap with a hanging indent). Left: "A
    # nerve carries messages like touch and pain." (a word explained under the risks table).
    ("bn", "venesection-haemochromatosis-easy-read-wales.md", 108, "literacy.risk-numbers"),
    # Sets bk and bl (ten well-written leaflets each, judged once at a6396d0, 2026-12-06, twenty-fifth session: 1 of 8
    # and 1 of 7 accepted; mended the same day: a table cell that says what an option is with a number in passing
    # ("usually in 1 to 5 visits"), "What happens if we do not treat the stricture?", "Having no planned care",
    # "If the tube is taken out and nothing replaces it", "Read this first", "Doctors often shorten the name to SCT",
    # "an NSAID (a nonsteroidal ...)", "These are the internal iliac arteries", a plain-text table cell wrapped onto a
    # line that opens with a bracket, "if it causes no pain or infection", "Without treatment, a larger piece can
    # grow"). Left: "neurosurgeon" in "page the neurosurgeon on call" (its reviewer's closest call), and "stent" named
    # in a key-points box and explained in the text below it: judging such terms where the text first uses them
    # was tried the same day and not kept, since it dropped 24 warnings earlier sets' reviewers had accepted at the
    # box, against 5 rejected.
    ("bk", "laser-ablation-brain-tumor-decision-aid-us.html", 145, "literacy.term-undefined"),
    ("bl", "pcnl-kidney-stone-discharge-ke.txt", 15, "literacy.term-undefined"),
    # Set bh (judged once at 4684ab3, 2026-12-06, twenty-fourth session: 27 of 44 accepted; six of its seventeen
    # rejected warnings mended the same day: "(deep vein thrombosis or DVT)", "A blood clot deep in the leg is called
    # a DVT.", "a SPECT scan of blood flow in the brain", "This means you will feel relaxed and sleepy", 'an antegrade
    # enema – "antegrade" simply means ...' and "Without the embolisation, the bleeding would ..."). Left, eleven: MR
    # beside MRI spelled out (MR kept an acronym: set bb's "MR conditional" was a lapse a finder listed), "securement"
    # (an everyday word, but set aj's "sutureless securement" was accepted), a condition's own "heart failure" under a
    # heading the model reads as risks, choline PET/CT glossed by the bracket after the slash, a term named as one of
    # a described kind ("treatments given into the liver artery such as radioembolisation"), "sciatica or a pinched
    # nerve", a label over a description ("CT angiography or MR angiography. Detailed scans that ..."), "scores ...
    # using the PCI", "interventional radiologist" explained by the next question's answer, and hyperparathyroidism
    # explained in the next paragraph.
    ("bh", "chemosaturation-uveal-melanoma-liver-decision-aid-uk-charity.md", 86, "literacy.term-undefined"),
    ("bh", "frozen-shoulder-embolisation-faq-singapore.txt", 38, "literacy.term-undefined"),
    ("bh", "infantile-hepatic-haemangioma-parents-condition-uk-nhs.html", 81, "literacy.risk-numbers"),
    ("bh", "midline-catheter-discharge-sheet-canada.txt", 33, "literacy.term-undefined"),
    ("bh", "parathyroid-venous-sampling-procedure-us.html", 44, "literacy.term-undefined"),
    ("bh", "parathyroid-venous-sampling-procedure-us.html", 112, "literacy.acronym-undefined"),
    ("bh", "parathyroid-venous-sampling-procedure-us.html", 112, "literacy.term-undefined"),
    ("bh", "pipac-peritoneal-metastases-hospital-page-india.txt", 30, "literacy.acronym-undefined"),
    ("bh", "popliteal-artery-entrapment-syndrome-condition-page-us-society.md", 62, "literacy.term-undefined"),
    ("bh", "popliteal-artery-entrapment-syndrome-condition-page-us-society.md", 75, "literacy.acronym-undefined"),
    ("bh", "popliteal-artery-entrapment-syndrome-condition-page-us-society.md", 75, "literacy.term-undefined"),
    # Set bg (judged once at afdaa98, 2026-12-06, twenty-fourth session: 23 of 33 accepted; seven of its ten rejected
    # warnings mended the same day: a risks table a scraper left without the rule under its header, read as a
    # breadcrumb trail and dropped; "Go to the Children's Emergency ... if your child:" and "call 995"; a "What
    # families need to know" box; 'a transient ischemic attack or "mini-stroke"'; chiropractic, rewarmed and
    # overgrowth as everyday words). Left: "coeliac axis" before "The coeliac artery is ..." two sentences on (the
    # set's blind finder listed it as a lapse), "neurosurgeons" in a list of the team, and "If your pain is mainly
    # caused by something else, releasing the ligament will not fix it" (the reader's own pain, not a risk).
    ("bg", "median-arcuate-ligament-syndrome-condition-page-au.md", 22, "literacy.term-undefined"),
    ("bg", "median-arcuate-ligament-syndrome-condition-page-au.md", 116, "literacy.risk-numbers"),
    ("bg", "wada-test-faq-us.txt", 29, "literacy.term-undefined"),
    # Set bf (judged once at a30a845, 2026-12-06, twenty-fourth session: 21 of 30 accepted; six of its nine rejected
    # warnings mended the same day: "call it A, B, or C" names what was described, "This means that some blood vessels
    # did not form ..." says what a malformation is, "Placenta accreta means ..." after "such as placenta accreta",
    # "seal bleeding blisters" is what a laser treats, and deworm and tapeworm are everyday words). Left: "an ELISA
    # test for hydatid antibodies" (what the test looks for, which the reviewer took for what ELISA is), a term
    # bracketed with its acronym and defined through the acronym in the key points below, and the clot a condition
    # page is about, found at diagnosis ("as soon as the clot is found").
    ("bf", "hydatid-liver-cyst-pair-procedure-in.txt", 38, "literacy.acronym-undefined"),
    ("bf", "irreversible-electroporation-pancreatic-cancer-decision-aid-uk-charity.html", 32, "literacy.term-undefined"),
    ("bf", "paget-schroetter-syndrome-condition-ca.md", 68, "literacy.risk-numbers"),
    ("be", "adrenal-vein-sampling-faq-us.html", 0, "literacy.passive-share"),
    ("be", "aneurysmal-bone-cyst-sclerotherapy-child-nz.md", 0, "literacy.passive-share"),
    ("be", "av-fistula-fistuloplasty-discharge-za.txt", 14, "literacy.term-undefined"),
    ("be", "high-flow-priapism-embolisation-condition-ie.txt", 43, "literacy.term-undefined"),
    ("be", "nephrostomy-carers-guide-my.txt", 92, "literacy.term-undefined"),
    ("bd", "bronchial-artery-embolisation-patient-info-in.txt", 58, "literacy.term-undefined"),
    ("bd", "chylothorax-condition-page-au.md", 0, "literacy.passive-share"),
    ("bd", "lymphatic-malformation-sclerotherapy-parent-guide-uk-charity.html", 71, "literacy.term-undefined"),
    # ("bd", lymphatic-malformation ..., line 88, risk-numbers): "Swelling and bruising ... – almost every child" was
    # rejected for 'bruising' alone; named with its swelling since each list entry is its own risk (2026-12-06,
    # twenty-fourth session), a second blind reviewer accepted it: reviewers split on "almost every child".
    ("bd", "splenic-artery-embolisation-discharge-nz.md", 69, "literacy.risk-numbers"),
    ("bd", "varicocele-treatment-decision-aid-ca.md", 50, "literacy.term-undefined"),
    ("bc", "venous-malformation-sclerotherapy-children-au.html", 72, "literacy.risk-numbers"),
    ("bc", "venous-malformation-sclerotherapy-children-au.html", 73, "literacy.risk-numbers"),
    ("bb", "bronchial-artery-embolisation-hospital-page-india.txt", 137, "literacy.acronym-undefined"),
    ("bb", "lumbar-puncture-childhood-leukemia-kids-and-parents-canada.md", 88, "literacy.term-undefined"),
    ("bb", "sirt-liver-tumours-consent-information-australia.txt", 80, "literacy.term-undefined"),
    ("ba", "liver-biopsy-faq-india.txt", 33, "literacy.term-undefined"),
    ("ba", "lymphoedema-after-cancer-charity-south-africa.txt", 40, "literacy.term-undefined"),
    ("ba", "lymphoedema-after-cancer-charity-south-africa.txt", 48, "literacy.term-undefined"),
    ("ba", "nephrostomy-tube-discharge-ireland.txt", 6, "literacy.passive-share"),
    ("ba", "nephrostomy-tube-discharge-ireland.txt", 58, "literacy.acronym-undefined"),
    ("ba", "nephrostomy-tube-discharge-ireland.txt", 58, "literacy.term-undefined"),
    ("ba", "vertebroplasty-spinal-fracture-information-australia.html", 25, "literacy.passive-share"),
    ("ba", "vertebroplasty-spinal-fracture-information-australia.html", 52, "literacy.term-undefined"),
    # A paragraph's risks read sentence by sentence (2026-12-06, twenty-third session; a new user's case): of the
    # eleven warnings it gave on these sets a blind reviewer kept six (and a twelfth, given after one mend); "can ease pain and breathlessness" and a
    # transfusion page's "If 100 people ... One or two may get a rash" were mended the same day. Left: "Almost
    # everyone has cramping pain" (reviewers split on it), and the condition the leaflet treats named as a risk
    # (a thoracic duct leak; a DVT page's clot, mended by a code review's refinements the same day, which also closed
    # set v's first stoma line).
    # Aches and low blood pressure joined the complications the risk rule reads (2026-12-06, twenty-third session;
    # three lapses of sets bb, bc and be the blind finders listed): of the twelve warnings that gave on these sets a
    # blind reviewer kept nine. Left: an ache that is the condition's own symptom ("Is it dangerous?"), "Most patients
    # – more than half" in a table row, and an ache whose "discomfort" the table numbers.
    ("ai", "varicocele-embolisation-teens-za.txt", 20, "literacy.risk-numbers"),
    ("p", "ureteral-stent-faq.txt", 45, "literacy.risk-numbers"),
    ("af", "11-thoracic-duct-embolisation-scotland-faq.html", 93, "literacy.risk-numbers"),
    ("f", "08_uterine_fibroid_embolization.html", 45, "literacy.risk-numbers"),
    ("ai", "liver-microwave-ablation-uk.md", 52, "literacy.risk-numbers"),
    ("aj", "northfield-liver-ablation.html", 39, "literacy.risk-numbers"),
    ("f", "03_liver_metastases_microwave_ablation.txt", 40, "literacy.risk-numbers"),
    ("n", "vertebroplasty.md", 78, "literacy.risk-numbers"),
    ("s", "us-endovenous-laser-ablation-varicose-veins.md", 56, "literacy.risk-numbers"),
    ("v", "stoma-care-for-carers-of-people-with-memory-problems-canada.html", 70, "literacy.risk-numbers"),
    # Judged blind on 2026-12-06 (twenty-fourth session) once the section model, retrained on the corpus with causes
    # relabelled, read a discharge sheet's "PAIN" heading (how to manage an expected ache) as risks at 0.87.
    ("x", "pleural-aspiration-discharge-sheet-singapore-hospital.txt", 64, "literacy.risk-numbers"),
    # Judged blind on 2026-12-06 (twenty-fourth session) once each list entry is its own risk: "Some people find it
    # worrying to live with a known leak" speaks of the endoleak the decision aid is about, not a complication.
    ("aw", "endoleak-decision-aid.md", 71, "literacy.risk-numbers"),
}


@pytest.mark.parametrize("labelled_set", ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
                                          "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae",
                                          "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw",
                                          "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu"])
def test_warnings_on_well_written_leaflets_are_ones_a_reviewer_accepted(schema, labelled_set):
    folder = CORPUS / f"leaflets-{labelled_set}"
    unjudged, rejected = _against_verdicts(schema, folder, folder)
    assert not unjudged
    assert rejected == {(file, _line(rule, line), rule) for set_, file, line, rule in KNOWN_REJECTED
                        if set_ == labelled_set}  # a mended exception leaves the list


OWN_LEAFLETS_REJECTED = {
    # "when the bone is thin because of osteoporosis": the reviewer took the clause as the word's meaning; it says
    # what the condition does, in none of the ways a gloss is written.
    ("cementoplasty-faq.md", 12, "literacy.term-undefined"),
    # Counted by main clauses, 1 of 20 and 2 of 15 sentences are passive; we count a passive clause anywhere in
    # the sentence ("We will arrange a scan to check that the whole tumour was treated"), as GNU style and the
    # issue do (see set aa above).
    ("liver-tumour-ablation.html", 0, "literacy.passive-share"),
    ("vertebroplasty.html", 0, "literacy.passive-share"),
}
"""The project's own sample leaflets (``leaflets/``): their warnings judged by a blind reviewer on 2026-12-06
(twenty-fourth session, at edcd343; tests/corpora/literacy/own-leaflets/review.tsv), 52 of 55 accepted."""


def test_warnings_on_the_sample_leaflets_are_ones_a_reviewer_accepted(schema):
    unjudged, rejected = _against_verdicts(schema, PROJECT / "leaflets", CORPUS / "own-leaflets")
    assert not unjudged
    assert rejected == OWN_LEAFLETS_REJECTED


def _against_verdicts(schema, leaflets, reviews) -> tuple[set, set]:
    """The warnings on ``leaflets`` no reviewer judged, and those a reviewer rejected (file, line, rule)."""
    verdicts = {}
    for name in ("review.tsv", "review-added.tsv"):  # the blind reviewer's, then any the developers added (and say so)
        if (reviews / name).exists():
            with (reviews / name).open(encoding="utf-8") as handle:
                verdicts |= {(row["file"], _line(row["rule"], int(row["line"])), row["rule"], _subject(row["finding"])):
                             row["verdict"] for row in csv.DictReader(handle, delimiter="\t")}
    report = audit_paths([str(leaflets)], schema, settings=Settings(select=("literacy", "grammar")))
    given = {(result.path.rsplit("/", 1)[-1], _line(finding.rule, finding.line), finding.rule, _subject(finding.message))
             for result in report.leaflets for finding in result.findings if finding.severity.value == "warning"}
    return given - set(verdicts), {key[:3] for key in given & set(verdicts) if verdicts[key] == "reject"}


WHOLE_LEAFLET = {"literacy.summary", "literacy.contact", "literacy.date", "literacy.sources", "literacy.author",
                 "literacy.no-treatment-option", "literacy.single-option", "literacy.warning-signs", "literacy.action",
                 "literacy.reader", "literacy.passive-share"}


def _line(rule: str, line: int) -> int:
    """A whole-leaflet warning stands at the title, which a better reading of the page's head may move: its verdict
    is the leaflet's, wherever it stands."""
    return 0 if rule in WHOLE_LEAFLET else line


def _subject(finding: str) -> str:
    """The term, acronym or verb a warning quotes ("'Argon' is a medical term ..."): two warnings of one rule on one
    line ("interventional radiologist" and "Argon") are judged apart."""
    quoted = re.search(r"'([^']+)'", finding)
    return quoted.group(1) if quoted else ""


RECALL_FLOOR = {"ax": 32, "ay": 37, "az": 23, "ba": 25, "bb": 37, "bc": 22, "bd": 11, "be": 23, "bf": 27, "bg": 19, "bh": 21, "bi": 16}
"""Lapses a second blind reviewer listed by hand (lapses.tsv, written without seeing any warning) that the warnings
catch now (first scored: ax 31 of 79, ay 27 of 54, az 20 of 49 on 2026-12-05; ba 24 of 40, bb 34 of 67, bc 21 of 32, bd 10
of 19, be 20 of 31, bf 24 of 39, bg 19 of 27, bh 22 of 32, bi 15 of 26 on 2026-12-06; ay 34 once side effects joined the complications the risk rule reads, ba 25 once a list's number came only from its
lead-in or a paragraph taking it up, bb 36 once a plain-text table drawn with bars was read row by row; raised on
2026-12-06, twenty-third session, to what the paragraph-by-sentence reading and aches as side effects catch; ay, az,
bd and be by one each in the twenty-fourth, once each list entry is its own risk, and bf by three once a barred
table a scraper left without its rule was read; bh 21, one below its first score, since "a SPECT scan of blood flow in
the brain", which its finder listed, is read as explained, as its reviewer judged; bi 16 once ", which helps about 9 in
10 people" no longer explained a stent): a mend that silences a real lapse
fails here."""
LAPSE_RULES = {"term": "literacy.term-undefined", "acronym": "literacy.acronym-undefined",
               "risk-number": "literacy.risk-numbers", "agreement": "grammar.agreement",
               "passive-share": "literacy.passive-share", "no-treatment": "literacy.no-treatment-option",
               "single-option": "literacy.single-option", "warning-signs": "literacy.warning-signs",
               "contact": "literacy.contact", "date": "literacy.date", "sources": "literacy.sources",
               "author": "literacy.author", "summary": "literacy.summary", "action": "literacy.action",
               "reader": "literacy.reader"}


@pytest.mark.parametrize("labelled_set", sorted(RECALL_FLOOR))
def test_lapses_a_blind_reviewer_listed_are_caught_at_least_as_often_as_when_first_scored(schema, labelled_set):
    folder = CORPUS / f"leaflets-{labelled_set}"
    with (folder / "lapses.tsv").open(encoding="utf-8") as handle:
        lapses = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    report = audit_paths([str(folder)], schema, settings=Settings(select=("literacy", "grammar")))
    warnings = [(result.path.rsplit("/", 1)[-1], finding) for result in report.leaflets
                for finding in result.findings if finding.severity.value == "warning"]
    caught = sum(any(_catches(file, finding, lapse) for file, finding in warnings) for lapse in lapses)
    assert caught >= RECALL_FLOOR[labelled_set], f"{caught} of {len(lapses)} lapses caught"


def _catches(file: str, finding, lapse: dict[str, str]) -> bool:
    """A warning catches a listed lapse of its kind in its file: a term or acronym by its words, a risk by its line
    (the warning names one complication of its paragraph) or its words, a whole-leaflet lapse by its kind."""
    if file != lapse["file"] or finding.rule != LAPSE_RULES[lapse["kind"]]:
        return False
    said, listed = _subject(finding.message).lower(), lapse["what"].lower()
    if lapse["kind"] in ("term", "acronym"):
        return bool(said and listed) and (said in listed or listed in said or said.rstrip("s") == listed.rstrip("s"))
    if lapse["kind"] == "risk-number":
        return abs(finding.line - int(lapse["line"])) <= 1 or bool(said and said in listed)
    return True
