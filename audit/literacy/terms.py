"""Medical terms and whether the text explains them where they first appear.

A term is a word of the medical vocabulary (``data/medical-terms.marisa``) that
is rare in general English (Zipf frequency below 3, fewer than one use in a
million words: "biopsy" and "catheter" are terms, "pain" and "surgery" are not), and
not one of the words patients use themselves (``data/everyday-terms.txt``: "varicose", and "follicles"
after "hair").
Adjacent terms are one ("percutaneous ablation"). Singular and plural are the
same term, and only a term's first use in the leaflet's prose is judged, as
PEMAT item 4 and the NHS style guide ask ("explain it the first time").

Explained means a plain gloss stands beside it, in the ways leaflets write one:

* ``plain words (term)``: "high calcium levels in the blood (hypercalcaemia)";
  the words before the bracket must say something ("include (cementoplasty)"
  does not);
* a gloss after the term's acronym or another name in brackets: "hepatocellular carcinoma (HCC) — cancer
  that starts in the liver", "Perihilar (also called hilar) – where the ducts leave the liver";
* ``term (plain words)``: "a catheter (a thin tube)"; an acronym or another
  term in the bracket is no gloss, unless the reader has met that term before
  ("myomectomy (surgery to remove only the fibroids)" in a leaflet on fibroids);
* ``term, a/an/the/or/meaning …``, ``term - …``, ``term, which is/sends …``
  (but not ``, which usually settles``: a comment, not a gloss);
* ``term is/are/means …``, unless what follows says how it is used rather
  than what it is ("is done under local anaesthetic", "is rare", "is an
  option"); after "A/An" opening a sentence, a short one is enough ("An
  empyema is infected fluid.");
* ``plain words called/known as term``, ``plain words, which doctors call term`` and
  ``plain words - a term``;
* ``term, who is/are (specially) trained/qualified ...``: who a person is ("The radiographers, who are
  trained to give radiotherapy");
* ``term, so tell us if you notice …``: what it feels like, as symptoms to report
  ("peripheral neuropathy, so let the team know if the person mentions tingling or numbness");
* ``term put/placed/inserted into a …``: where it goes says what it is ("a small
  cannula put into a hand or arm vein");
* ``term … to heat/freeze/destroy/help …``: what it is for ("radiofrequency
  energy to heat the vein"), also after a noun ("sedation, medicine to make
  you drowsy");
* ``term is similar/like …``: likened to what was just explained
  ("Kyphoplasty is similar, but a balloon first ...");
* ``a description that/which …, such as term``: one of what was described
  ("pain that travels into your leg, such as sciatica", and each member of its list: "such as
  histoplasmosis and blastomycosis"), and ``medicines such as term``
  (a medicine is all a reader needs to know of its name; "treatments such as term" is no gloss);
* ``a kind, term, does …``: "A similar procedure, kyphoplasty, uses a small
  balloon first"; ``a kind, usually a term``: "A specialist doctor, usually an
  interventional radiologist, ...";
* a word of an acronym's long form in brackets ("HoLEP (holmium laser enucleation
  of the prostate) removes ..."): the long form names, the sentence explains;
* the next sentence saying how the term's own acronym is done: "endoscopic
  ultrasound (EUS). In EUS, a thin tube ...";
* the next block opening with what the term is, where the term closes its block
  (a list item "... about having a colonoscopy." over a box "A colonoscopy is a test ...");
* the term as the subject of a verb that says what it does: "Cryoablation
  destroys the tumour with cold", "**Vertebroplasty** injects bone cement ...",
  "Hormone therapy or immunotherapy can slow down the cancer" (not a person's
  job: "The radiologist numbs the skin" says nothing of who they are);
* the next sentence saying what it is or does: "This is medicine that ...",
  "That's a doctor who ...", "This removes part of the prostate", "These treat
  cancer throughout the body", "Sedation makes you drowsy", "Metastases
  are places where ..." (the term in its other number), '"Ischaemia" means not
  enough blood supply', "Cirrhosis means that the liver has become scarred" (not "This
  means that you must ...", which says what follows from it), "You will feel relaxed and drowsy" (what a medicine does,
  as the reader feels it);
* a heading that asks what it is ("What is a nephrostomy?") or which of two it is
  ("Is it a malformation or a hemangioma?") over the text;
* the medical name in brackets under a plain title, as the first line of text
  ("Having a tube put into a blocked bile duct" over "(Percutaneous biliary
  drainage)");
* ``description, which is a term``: "a clot that has travelled to the lungs,
  which is a pulmonary embolism";
* a table cell that names the term (a short noun phrase opening with it),
  beside a cell of words (no figures) that says what it is ("Midline catheter
  | A shorter tube in the upper arm");
* ``term or other <plain kind>``: "a heart catheterization or other procedure
  through the groin";
* a term that names which part of the body, where the sentence says plainly
  where ("heart disease affecting the mitral valve", "the femoral artery in
  your groin").

A term met before inside a longer term, or with the same stem, is met: "other
types of ablation" after "cryoablation", "osteoporotic" after "osteoporosis",
"stenting" after "stent"; so is a smaller one of a word met ("microcatheter" after
"catheter"), and one named as what a plain thing is made of ("Gadolinium-based
contrast is used for MRI").

Each rule that looks after the term also looks after each of the next three
words, as a gloss often follows the noun phrase the term stands in ("a celiac
plexus block is a shot of medicine ...").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.lexicon import load_lexicon
from audit.literacy.frequencies import has_frequency
from audit.literacy.wordlists import medical_terms, word_set
from audit.model import WORD, Block

_TRANSPARENT_PREFIXES = ("anti", "non")
_DESCRIBING = re.compile(r"(?:al|ic|ive|ous|ar|ory|cancer)$")  # an adjective ("fungal", "invasive") or cancer itself
_SHORTEST = 5  # "ject" is half of a word a PDF broke at a line end, not a term
TERM_MAX_ZIPF = 3.0
"""Zipf 3: once in a million words of general English (wordfreq); rarer medical words need a gloss."""

_BRACKET_AFTER = re.compile(r"\s*\(([^()]{2,120})\)")
_APPOSITION = re.compile(
    r"\s*(?:,\s*(?:a|an|the|\d+|two|three|four|five|six|(?:which|that)\s+(?:is|are|means|involves|uses|refers)|where|when|or|"
    r"meaning|i\.e\.|"
    r"(?:also|sometimes|often|commonly|usually) called|also known as|this is|known as|is|are)\b|\s*[–—:]\s*\w"
    r"|\s+-\s+\w)",
    re.IGNORECASE,
)
_COPULA = re.compile(r"\s+(?:is|are|means|mean|refers to|describes|is when|is where)\s+(\S+)", re.IGNORECASE)
_NOT_A_DEFINITION = frozenset({
    "not", "also", "usually", "often", "sometimes", "rarely", "very", "safe", "common", "rare", "uncommon",
    "possible", "likely", "unlikely", "available", "important", "still", "only", "then", "now", "there", "here",
    "much", "more", "less", "quite", "usual", "normal", "needed", "done", "used", "given", "carried",
    "performed", "generally", "normally", "mostly", "always", "never", "best", "better", "one", "being",
    "you", "we", "your", "that", "it", "they", "too", "so", "taken", "kept", "left", "put", "brought",
})
_KIND_JUST_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:hormone|vitamin|mineral|protein|enzyme|chemical|substance)s?\s+[*_]*$",
                               re.IGNORECASE)
"""The kind of thing named just before the term ("acts like the hormone oestrogen on bone"): what it is, said first."""
_MEANS_A_CLAUSE = frozenset({"your", "there"})
"""How "term means ..." goes on when it says what the term is as a clause about the reader: "means your bones have
become thin", "means there is too little blood" (not "This means you will need another scan", what follows)."""
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w&-]*[A-Z0-9]s?\)\**(?=\s|[,:–—-]|$)")
_AN_OPTION = re.compile(r"(?:an?|the|one)\s+(?:option|alternative|choice)\b", re.IGNORECASE)
_COPULA_MIN_WORDS = 3  # "are small," says how it is; "are cancerous growths that form ..." says what it is
_SUBORDINATE_BEFORE = re.compile(r"\b(?:if|when|once|after|before|until|unless|as)\s+(?:the\s+|your\s+|an?\s+)?$",
                                 re.IGNORECASE)
_CALLED_BEFORE = re.compile(
    r"(?:(?:called|known as|termed|named|call (?:it|this|them)|the (?:medical|proper) (?:name|word|term) for [^.]{1,40}? is)"
    r"\s+(?:an?\s+|the\s+)?[\"“‘']?(?:(?:[A-Za-z-]+,?\s+){0,2}(?:or\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2})?"
    r"|(?:[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2},\s+){2,4}(?:or|and)\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2})"
    r"|\b(?:older|other|another|old|former|medical|proper) (?:name|term|word)(?: for (?:it|this|them))?,?\s*[\"“]?"
    r"(?:[A-Za-z-]+\s+){0,2})$",
    re.IGNORECASE,
)
"""Plain words, then the name: "a small tube called a cannula", "This is called venous reflux or venous
insufficiency", "When it happens in the arm, doctors call it Paget-Schroetter syndrome, effort thrombosis, or venous
thoracic outlet syndrome", "You may hear an older name, "carcinoid tumour"" (for what the page explains), 'the older name "cystic
hygroma"', "called "bone marrow edema"", "This is called a skin reaction, or radiation dermatitis"."""
_OTHER_NAMES = re.compile(r"^[*_\s]*(?:also|sometimes|often) (?:called|known as)[*_]*\s*:", re.IGNORECASE)
"""A line of the leaflet's other names ("**Also called:** selective nerve root block, or transforaminal epidural
steroid injection"): named, not used; the text says what the thing is."""
_CALL_THIS_BEFORE = re.compile(
    r"\b(?:calls?\s+(?:this|it|these|them|that)\b(?:\s+[\w'’-]+,?){0,6}"  # "call this bile acid diarrhoea, or bile acid"
    r"|(?:doctors|we|nurses|people|specialists|staff|patients)\s+(?:often\s+|sometimes\s+|also\s+)?call(?:\s+[\w'’-]+){1,5}"
    r"|\b(?:which|what)\s+(?:doctors|we|nurses|people|specialists)\s+(?:often\s+|sometimes\s+|also\s+)?call"
    r"|\b(?:its|the)\s+(?:medical|full|proper|technical|scientific|official)\s+name\s+is)\s+[*_'‘\"“]*$",
    re.IGNORECASE,
)
"""What was just described, then its name: "Doctors call this narrowing carotid stenosis", "Doctors call long-term
scarring cirrhosis", "cancer that started in the liver, which doctors call hepatocellular carcinoma", "Its medical
name is pancreaticoduodenectomy"."""
_OPEN_BEFORE = re.compile(
    r"(\S+)\s*\(\s*((?:an?\s+|the\s+)?(?:[A-Z]{2,}s?,?\s+or\s+|(?:[\w'’-]+,?\s+){1,4}or\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:an?\s+|the\s+)?[\"“‘']?)$"
)
"""The bracket opening before the term, up to three words in ("(a pleural effusion)", "(this may be an ileus)"), past
an acronym or an everyday name with "or" ("(DVT, or deep vein thrombosis)", "(water tablets, or diuretics)")."""
_CLOSE_AFTER = re.compile(r"(?:\s+(?:or\s+)?[\w'’-]+){0,3}[\"”’']?(?:,\s*(?:or\s+)?[A-Z]{2,}s?)?"
                          r"(?:,?\s+(?:such as|like|for example|e\.g\.)\s+[^()]{1,60})?\s*\)")
"""The bracket closing after the term, a few words on, past its acronym ("(deep vein thrombosis, DVT)") or its examples
("(anticoagulant or antiplatelet medicine, such as warfarin or clopidogrel)")."""
_EQUALS_AFTER = re.compile(r"\s*=\s*([a-z][a-z' -]{2,60}[a-z])")
_INSIDE_BRACKET_GLOSS = re.compile(r"\s+or\s+[^()]{3,60}\)")
_NO_GLOSS_BEFORE = frozenset({
    "include", "includes", "including", "or", "and", "as", "like", "with", "e.g.", "eg", "using", "use", "by",
    "of", "to", "the", "a", "an", "such", "called", "via", "are", "is", "be", "have", "has", "either",
})
_IN_PLAIN_WORDS = re.compile(r"\s*(?:In plain (?:words|English)|In other words|Put simply|Simply put|In simple terms),")
"""A next sentence that says the same again plainly: "ERCP. This stands for endoscopic ... In plain words, a doctor
passes a thin camera tube ..."."""
_NEXT_SENTENCE = re.compile(
    r"\s*(?:This|It|These|They|That|Both)(?:\s+(?:doctor|person|specialist|team|nurse|(?:tube|test|procedure|device|medicine"
    r"|drug|treatment|scan|machine|condition|operation)s?))?(?:\s+(?:simply|just|basically))?\s+([a-z]+)\b"
)
"""The next sentence's subject and verb: "This tube drains ...", "These scans show ..." (things, one or many)."""
_USED_FOR = re.compile(r"\s+(?:usually\s+|mainly\s+|only\s+)?used\s+(?:to|for)\s+\w")
_YOUR_BODY_DOES = re.compile(
    r"\s+(?:that\s+)?(?:your\s+(?:[a-z]+\s+){1,3}?|(?:some|the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:blood vessels|vessels"
    r"|veins|arteries|bones|cells|glands|tissues|nerves|organs|valves|walls|ducts|muscles)\s+)"
    r"(?:is|are|isn't|aren't|has|have|makes|make|does not|do not|doesn't|don't|cannot|can't|did not|didn't)\s+"
    r"(?!(?:been|being|booked|cancelled|canceled|sent|given|done|changed|moved)\b)"
)
"""What a named condition is, said of the reader's body or the body's parts: "You have primary aldosteronism. This means
your adrenal glands are making too much of a hormone", "KTS is a type of vascular malformation. This means that some
blood vessels did not form in the usual way"; "This means you will need ..." says what follows from it, not what it
is."""
_WORD_ORIGIN = re.compile(
    r"\s+(?:(?:comes?|came|is derived|derives)\s+from\s+(?:the\s+|an?\s+)?(?:Greek|Latin|French|German|Arabic|Old English)"
    r"|is\s+(?:the\s+)?(?:Greek|Latin|French|German|Arabic)\s+(?:word\s+)?for)\b"
)
"""Where a word comes from, which says what it means: '"Brachy" comes from the Greek word for "short"'."""
_PLAIN_THEN_COMMA = re.compile(r"\b(?:an?|the)\s+((?:[a-z-]+\s+){0,2}[a-z-]+),\s+(?:an?|the)\s+$")
"""Plain words, then the term between commas as their other name: "a blood thinner, an anticoagulant, for ..."."""
_NOUN_GOES_ON = re.compile(r"(?:\s+[a-z]+){1,2}(?=,)")
_APPOSITIVE_CLOSES = re.compile(r",\s+(?!(?:or|and|nor|an?|the)\b)[a-z]+\b(?![^.;:]{0,40},\s+(?:or|and)\b)")
"""The comma after the term goes on with the sentence, not with a list ("a fever, a haematoma, or pain")."""
_IT_DOES = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+([a-z]+)\b")
"""What the term does, said after "This means": "This means it makes your blood take longer to clot"."""
_WHICH = re.compile(r",\s*(?:which|that|who)\s+([A-Za-z]+)\b")
_NAMES_THE_DESCRIBED = re.compile(r"\S*\s+[*_\"“]*(?:(?:This|That)\s+(?:is|was)\s+(?:an?|the)|(?:These|Those)\s+(?:are|were)"
                                  r"(?:\s+the)?)\s+(?:[A-Za-z-]+\s+){0,2}")
"""A sentence that names what the one before it described: "This is a pulmonary embolism", "... two arteries deep in
the pelvis. These are the internal iliac arteries"."""
_KIND_BEFORE_APPOSITION = re.compile(
    r"\b(?:an?|the|another|this|that)\s+(?:[a-z]+\s+){0,2}(?:procedure|treatment|test|scan|operation|medicine|drug|tube"
    r"|device|technique|method|therapy|condition|problem),\s*$",
    re.IGNORECASE,
)
_APPOSITION_CLOSES = re.compile(r"\s*,\s+(?:also\s+|then\s+)?([A-Za-z]+)\b")
_DESCRIBING_VERBS = frozenset({"involves", "works", "puts", "places", "adds"})
"""The kind of thing a term is, then the term set off by commas, then what it does: "A similar procedure, kyphoplasty,
uses a small balloon first"."""
_WHICH_CAN = re.compile(r",\s*(?:which|that)\s+(?:will|can|may|could)\s+([A-Za-z]+)(?:\s+you(?:\s+feel)?\s+([A-Za-z]+))?")
_FEELINGS = frozenset({"drowsy", "sleepy", "relaxed", "numb", "calm", "comfortable"})
_WHO_IS = re.compile(r",\s*(?:which|who)\s+(?:is|are)\s+(?:(?:an?|the)\s+\w+"
                     r"|(?:\w+ly\s+)?(?:trained|qualified|experts?|specialists?|skilled)\b)")
"""A relative clause that says what the term is, or who: "The anaesthetist, who is the doctor giving the
anaesthetic", "The radiographers, who are specially trained to give radiotherapy"."""
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
_NOUN_THAT = re.compile(r",\s*(?!(?:so|and|but|or|because|then|if|when|as|after|before|while|although|though|even|just|now)\b)"
                        r"[a-z]+(?:\s+[a-z]+){0,2}\s+(?:that|which|who)\s+([a-z]+)\b")
"""A noun named and said what it does after a comma: "sedation, medicine that helps you relax"."""
_HOW_MANY_IT_HELPS = re.compile(r"\s+(?:about\s+|around\s+|over\s+|nearly\s+)?(?:\d|most\b|many\b|some\b|half\b|one\b|two\b"
                                r"|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b)", re.IGNORECASE)
"""How many a treatment helps (", which helps about 9 in 10 people", ", which works for most people"): how well it
works, not what it is."""
_COMMENTS = frozenset({
    "can", "may", "might", "will", "would", "could", "should", "must", "often", "sometimes", "rarely", "usually",
    "normally", "generally", "also", "has", "have", "had", "was", "were", "takes", "lasts", "happens", "settles",
    "goes", "comes", "needs", "does", "is", "are", "we", "you", "they", "i", "he", "she", "it",
})
_PURPOSE = re.compile(
    r"\s+to (?:help|make|stop|keep|numb|relax|ease|reduce|prevent|heat|freeze|destroy|kill|seal|close|shrink|block"
    r"|collect|drain|hold|remove|widen|open|unblock|break up|dissolve|repair|replace|strengthen|look inside|take an?)\b"
)
_FOR_A_SYMPTOM = re.compile(
    r",?\s+for\s+(?:your\s+|the\s+)?(?:[a-z]+\s+)?(?:pain|sickness|nausea|swelling|itching|bleeding|breathlessness"
    r"|cough|constipation|diarrhoea|diarrhea|sleep|anxiety|fever|headaches?|heartburn|indigestion)\b"
)
_MEDICINE_FORM = re.compile(r"\b(?:spray|tablets?|pills?|medicines?|cream|patch(?:es)?|inhaler|drops|mouthwash|gel|liquid"
                            r"|lozenges?)[*_]*$")
"""What a medicine is for, said as the symptom it treats after the form it takes: "A glyceryl trinitrate (GTN) spray,
for chest pain" (not "cementoplasty for the pain", a treatment named by what it eases)."""
_WHICH_DOES = re.compile(
    r",\s+which\s+(?:makes|keeps|stops|helps|thins|prevents|reduces|lowers|eases|relaxes|numbs|shrinks|slows)\b"
)
"""What a medicine does, said after its examples: "An antiplatelet medicine such as aspirin, which makes blood less
sticky"."""
_SO_YOU_FEEL = re.compile(
    r",?\s+so (?:that )?(?:you|they|your child|he|she) (?:are|is|feel|feels|will be|will feel|become|becomes)"
    r" (?:\w+ )?(?:relaxed|sleepy|drowsy|calm|comfortable|asleep)\b"
)
"""What it does to the reader, said after it: "sedation through a drip in your arm, so you are sleepy and
comfortable"."""
_MEDICINE_AFTER = re.compile(r"\s+(?:medicines?|medications?|tablets?|drugs?|injections?|inhibitors|blockers)\b")
_EXAMPLE_DOES = re.compile(
    r"\s+(?:such as|like|e\.g\.)\s+[\w-]+(?:\s+(?:or|and)\s+[\w-]+)?,?\s+(?:[a-z]+ly\s+)?(?:shrink|relax|lower|thin|slow"
    r"|stop|reduce|ease|prevent|block|calm|numb|strengthen|protect)\b"
)
"""What a class of medicines does, said of its example: "5-alpha reductase inhibitors such as finasteride slowly
shrink the prostate"."""
"""A kind of medicine named by the term ("antiplatelet medicine"): what the sentence says it is for says what it is."""
_PUT_INTO = re.compile(r"\s+(?:put|placed|inserted|passed|threaded|fed)\s+(?:into|in|through|under)\s+(?:an?|the|your)\s+")
_SYMPTOMS_TO_REPORT = re.compile(
    r",?\s+so\s+(?:tell|let|call|contact|ring|phone|see)\b[^.;!?]{0,60}?\bif\s+"
    r"(?:you|they|he|she|the person|your child|your loved one)\s+(?:notices?|mentions?|ha(?:ve|s)|gets?|feels?"
    r"|develops?)\s+([^.;!?]{6,}?)(?=[.;!?,]|$)"
)
"""What a condition feels like, as what to report: "peripheral neuropathy, so let the team know if the person
mentions tingling, burning or numbness in their hands or feet"."""
_NOUN_FOR = re.compile(
    r",\s*(?!(?:so|and|but|or|because|then|if|when|as|after|before|while|although|though|even|just|now)\b)"
    r"[a-z]+(?:\s+[a-z]+){0,2}" + _PURPOSE.pattern
)
"""A noun named and said what it is for after a comma: "sedation, medicine to make you drowsy"."""
_LIKE = re.compile(r"\s+(?:is|are|works?)\s+(?:in\s+)?(?:very\s+|quite\s+|much\s+)?(?:an?\s+)?(?:similar|alike|like)\b")
"""Likened to what was just explained: "Kyphoplasty is similar, but the doctor first inflates a balloon",
"Radioembolisation works in a similar way, but ..."."""
_LISTED_SO_FAR = r"(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*\([^()]*\))?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
"""The members named before this one: "such as histoplasmosis and" (blastomycosis), "such as Raynaud's
phenomenon (fingers turning white in the cold) or" (cryoglobulinaemia)."""
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:that|which|who|where)\b[^,.;:()!?]{12,},\s+(?:such as|like|for example|e\.g\.)\s+(?:an?\s+|the\s+)?"
    + _LISTED_SO_FAR + "$"
    # a plain kind described, then its members after a colon: "three germs that cause serious infection: pneumococcus,
    # meningococcus and Hib" (not "problems that can happen: pneumothorax", a kind that says nothing of its members)
    + r"|\b(?:germs?|bacteria|viruses|infections|diseases|conditions|medicines|drugs)\s+(?:that|which)\b[^,.;:()!?]{8,}:\s+"
    + _LISTED_SO_FAR + "$",
    re.IGNORECASE,
)
_A_MEDICINE_BEFORE = re.compile(
    r"\b(?:medicines?|drugs?|tablets|pills)\s*,?\s*(?:such as|like|for example|e\.g\.|called)\s+$", re.IGNORECASE
)
"""Named as a medicine, which is all a reader needs of its name: "medicines such as immunotherapy"; "treatments
such as cementoplasty" says nothing of what the treatment does, nor does a list ("medicines such as chemotherapy,
targeted therapy or immunotherapy"), whose reviewers asked what each is."""
_GIVEN_BEFORE = re.compile(
    r"\b(?:given|taken|injected|put)\b[^,.;:()]{3,40}\(\s*(?:such as|like|for example|e\.g\.),?\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
"""Named as an instance of a medicine described by how it is given: "iron given through a drip (for example, iron
sucrose)"."""
_QUOTE_AFTER = re.compile(r"[\"”’']")
_SPELLED_OUT_BEFORE = re.compile(
    r"\b(?:stands for|is short for|short for)\s+[^.;:()]*$|\(called [A-Z]{2,}s?,\s+[^()]*$", re.IGNORECASE
)
"""A word of an acronym's long form: the acronym's explanation is the reader's, its letters are only named."""
_LONG_FORM_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]s?\s*\([^()]*$")
"""Inside the bracket that spells out an acronym: "HoLEP (holmium laser enucleation of the prostate) removes ...",
"called ALPPS (associating liver partition and portal vein ligation ...)": the long form names the procedure, whose
explanation is the sentence's; its words are not each a term to explain."""
_KIND_THEN_USUALLY_BEFORE = re.compile(
    r"\b(?:doctor|specialist|nurse|surgeon|procedure|treatment|test|scan|operation|medicine|drug|tube|device|technique"
    r"|method|therapy)s?\s*,\s+(?:usually|often|normally|typically|generally|mostly|most often|sometimes)\s+"
    r"(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+)?$",
    re.IGNORECASE,
)
"""The plain kind first, then the name it usually goes by: "A specialist doctor, usually an interventional
radiologist, uses CT images ..."."""
_ALIAS_AFTER = re.compile(r"\s*\((?:also |sometimes |often )?(?:called|known as)\s+[^()]{1,40}\)[*_]*")
"""Another name in brackets, which a gloss may follow: "Perihilar (also called hilar) – where the ducts leave"."""
_ALIAS_IN_BRACKET = re.compile(r",?\s*(?:also |sometimes |often )?(?:called|known as)\b.*$", re.IGNORECASE)
"""Another name after the gloss in one bracket is no part of it: "(warts on the soles of the feet, sometimes called
verrucas)"."""
_NEXT_WORD = re.compile(r" [A-Za-z][\w'’-]*")
_PHRASE_WORDS = 3
_LINKING_WORDS = frozenset({"of", "the", "a", "an", "such", "as"})
"""Not counted among the three: "excision of the transformation zone, where a thin wire loop ..." is four words
of one noun phrase before its gloss, "an antiplatelet medicine such as clopidogrel to stop clots forming" three."""
_APPOSITIVE_BEFORE = re.compile(r"\w[^,.;:()]{6,}\s(?:[–—]|-|,)\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}$")
_BRACKETED = re.compile(r"\s*\([^()]+\)\s*")
"""A first block wholly in brackets: the medical name under a plain title ("(Percutaneous biliary drainage)")."""
_DASH_THEN_DEFINITION = re.compile(
    r"\s[–—-]\s+(?:(?:this|that|it|these)\s+(?:is|are|means)\s+(?:an?|the)\s+\w"
    r"|[\"“‘'][\w-]+[\"”’']\s+(?:simply\s+|just\s+)?means\s+\w"  # 'an antegrade enema – "antegrade" simply means ...'
    r"|an?\s+(?!(?:few|little|lot|bit|while|day"
    r"|week|month|year|couple)\b)(?:[\w-]+\s+){0,3}(?:that|which|who|to|for|of|with|in|on)\b)",
    re.IGNORECASE,
)
_DASH_REACH = 60
"""A dash later in the clause that stops to say what was just named: "... a nephrostomy tube for a short time
too — this is a tube that drains urine ...", "Pulse oximeter, if your child has one – a small clip-on sensor that
measures ..."."""
_WHO_DOES_BEFORE = re.compile(
    r"\b(?:doctor|specialist|nurse|person|people|team)\s+(?:who|that)\s+[^,.;:()]{3,60}\s+(?:is|are)\s+"
    r"(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Who someone is, then their title: "The doctor who does this is an interventional radiologist"."""
_WHICH_IS_BEFORE = re.compile(
    r"\w[^,.;:()]{6,},\s+(?:which|this|that)\s+(?:is|are)\s+(?:called\s+|known as\s+)?(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}$"
)
"""What was described, then its name: "a clot that has travelled to the lungs, which is a pulmonary embolism"."""
_ASKS_WHAT = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:Q\d*\s*[:.)]\s*)?(?:(?:so|and|but|okay|ok|now|well),?\s+)?(?:what\s+(?:exactly\s+)?(?:is|are|'s|’s)|what\s+does\b.*\bmean|about|is\s+(?:it|this|that)\s+.+\bor\b"
    r"|.*\b(?:difference between|vs\.?|versus)\s)",
    re.IGNORECASE,
)
"""A heading that asks what something is, or which of two it is ("Is it a malformation or a hemangioma?"), as an
FAQ may mark it ("Q: What is a varicocele?")."""
_EXPLAINING_VERBS = frozenset({
    "supply", "supplies", "carry", "carries", "use", "uses", "destroy", "destroys", "block", "blocks", "remove",
    "removes", "kill", "kills", "drain", "drains", "shrink", "shrinks", "stop", "stops", "connect", "connects",
    "send", "sends", "treat", "treats", "hold", "holds", "measure", "measures", "show", "shows",
    "freeze", "freezes", "heat", "heats", "seal", "seals", "widen", "widens", "inject", "injects", "make", "makes",
    "slow", "slows", "fill", "fills", "support", "supports", "strengthen", "strengthens", "numb", "numbs",
    "cool", "cools", "burn", "burns", "target", "targets", "boost", "boosts", "help", "helps", "runs", "lies", "grows",
    "calm", "calms", "reduce", "reduces", "relieve", "relieves", "ease", "eases", "thin", "thins", "protect", "protects",
    "prevent", "prevents", "lower", "lowers", "control", "controls", "close", "closes",
})
_MODAL = frozenset({"can", "will", "may", "could"})
_AFTER_A_MODAL = frozenset({
    "slow", "shrink", "destroy", "kill", "stop", "block", "remove", "treat", "seal", "freeze", "heat", "widen",
    "strengthen", "support",
})
"""What a treatment "can" do that says what it is ("can slow down or shrink the cancer"); "Fibroids can make your
periods heavy" and "a block may help" say what may happen."""
_SUBJECT_NEVER = (
    r"(?:if|when|once|until|unless|while|because|although|as|since|where|which|who|what|how|why|after|before|during"
    r"|with|without|for|in|on|at|by|to|of|from|into|then|so|and|but|or|the|a|an|you|we|they|it|this|that|these|those"
    r"|there|here|also|only|some|most|many|each|every|our|my|his|her|their|is|are|was|were|be|can|will|may|could"
    r"|[a-z-]*(?:ing|ly|ed))\b"
)
_SUBJECT_OPENING = re.compile(
    r"(?:(?:the|a|an|your)(?:\s+(?:great|small|large|main|long|short|big|little))?)?"
    rf"|(?:(?:the|a|an|your)\s+)?(?:(?!{_SUBJECT_NEVER})[a-z][a-z-]+\s+)?(?!{_SUBJECT_NEVER})[a-z][a-z-]+"
)
"""What may stand before a term that is its sentence's subject: "The great saphenous vein runs up the inner leg",
"Thoracic duct embolization seals the duct" (the words naming what the term is done to)."""
_A_PERSON = re.compile(r"(?:ist|ian|grapher|surgeon)s?$", re.IGNORECASE)
"""A person's job ("The radiologist numbs the skin"): what they do on the day does not say who they are."""
_PLURAL_SUBJECTS = ("These", "They", "Both")
_LISTED_BEFORE = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]+(?:,\s+(?:[a-z-]+\s+){0,2}[a-z-]+)*,?\s+(?:or|and)")
"""The other names of a list that is the sentence's subject: "hormone therapy, chemotherapy or" (immunotherapy)."""
_GENERIC_SUBJECT = re.compile(r"(?:^|[.!?:]\s+)[*_\"“]*an?\s+$", re.IGNORECASE)
_AFTER_A_PASSIVE = frozenset({
    "by", "to", "in", "on", "at", "under", "with", "for", "out", "from", "through", "into", "when", "if", "as",
    "before", "after", "during", "and", "or", "so", "because", "using", "via", "about", "off", "up", "down",
})
"""Words after a participle that make "is infected fluid" a passive ("is infected by", "is carried out")."""
_LABEL_WORDS = 4
"""A list item or paragraph opening "Talc pleurodesis." is a label; the sentences after it explain it."""
_SENTENCE_STOP = re.compile(r"[.!?]\s+")
_LABEL_THEN_TEXT = re.compile(r"\s*[,:–—-]\s*(?:\S+\s+){2,}")


@dataclass(frozen=True, slots=True)
class TermUse:
    """The first use of a term: where it stands and whether it is explained there."""

    term: str
    block: Block
    start: int
    end: int
    explained: bool


@lru_cache(maxsize=1 << 16)
def is_term(word: str) -> bool:
    """Remembered: a leaflet's words repeat, and this is asked of every word of every leaflet."""
    lower = word.lower()
    key = term_key(lower)
    terms = medical_terms()
    everyday = word_set("everyday-terms.txt")
    if not lower.isalpha() or len(lower) < _SHORTEST or word.isupper() or lower in everyday or key in everyday:
        return False  # "gallstones" is as everyday as "gallstone"
    if lower not in terms and key not in terms:
        return False  # a term in either number is a term in both: "nodule" and "nodules" are one
    lexicon = load_lexicon()
    if lower.endswith("ly"):  # "healthily": an adverb of an everyday word is everyday
        base = lower[:-3] + "y" if lower.endswith("ily") else lower[:-2]
        if base not in terms and lexicon.knows(base):
            return False
    if any(lexicon.knows(base) and not is_term(base) for base in _verb_bases(lower)):
        return False  # "biopsied": a verb of an everyday word is everyday ("stented" stays a term, as "stent" is)
    for prefix in _TRANSPARENT_PREFIXES:  # "antifungal", "anticancer": against an everyday word says what it is
        rest = lower[len(prefix):].lstrip("-")
        if (lower.startswith(prefix) and len(rest) >= _SHORTEST - 1 and _DESCRIBING.search(rest)
                and lexicon.knows(rest) and not is_term(rest)):
            return False  # ("anticoagulant", "antiplatelet" stay terms: their words are; "nonunion", "antisense" too)
    return max(lexicon.zipf(lower), lexicon.zipf(key)) < TERM_MAX_ZIPF


def _an_adjective_of_one_met(keys: set[str], seen: set[str]) -> bool:
    """A term that is the adjective of one met before, its noun with an "r" or an "l" ("vulvar" after "vulva",
    "vertebral" after "vertebra"): the reader has met the word."""
    return all(key[-1:] in ("r", "l") and key[:-1] in seen for key in keys)


_NOUNS_OF_ADJECTIVES = (("ile", ("is",)), ("ic", ("", "e", "a")), ("al", ("", "a", "e", "um", "us")), ("ar", ("a", "e")),
                        ("ine", ("us", "e")))
"""An adjective's ending, and the endings its noun may have in its place: penile/penis, prostatic/prostate,
colonic/colon, vertebral/vertebra, cranial/cranium, vulvar/vulva, uterine/uterus."""
_SHORTEST_NOUN = 4


def _an_adjective_of_a_word_read(keys: set[str], read: set[str], before: list[str]) -> bool:
    """A term that is the adjective of a plain word the reader has read before it (``read``: the earlier blocks'
    words, lower case; ``before``: its own block's words before it): "penile" after "the penis", "prostatic" after
    "your prostate", said the medical way of what the page has already named in everyday words."""
    if len(keys) != 1:
        return False
    (key,) = keys
    nouns = {key[: -len(ending)] + noun for ending, nouns in _NOUNS_OF_ADJECTIVES if key.endswith(ending)
             for noun in nouns}
    forms = {noun + plural for noun in nouns if len(noun) >= _SHORTEST_NOUN and noun != key for plural in ("", "s", "es")}
    return bool(forms) and (not forms.isdisjoint(read) or not forms.isdisjoint(map(str.lower, before)))


def _verb_bases(lower: str) -> tuple[str, ...]:
    """The word a verb form comes from: biopsied/biopsy, scanned/scan, sedating/sedate."""
    if lower.endswith("ied"):
        return (lower[:-3] + "y",)
    for ending in ("ed", "ing"):
        if lower.endswith(ending) and len(lower) - len(ending) >= _SHORTEST:
            stem = lower[: -len(ending)]
            doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
            return (stem, stem + "e", *doubled)
    return ()


@lru_cache(maxsize=1 << 16)
def term_key(word: str) -> str:
    """One key for a term's forms: metastasis/metastases, vertebra/vertebrae, stent/stents."""
    lower = word.lower()
    if lower.endswith(("sis", "us", "ss")):
        return lower
    endings = (("ses", "sis"), ("ae", "a"), ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", ""),
               ("i", "us"))  # "nodules" is "nodule" + s, not "nodul" + es
    for plural, singular in endings:
        if lower.endswith(plural) and len(lower) - len(plural) >= 4:
            return lower[: len(lower) - len(plural)] + singular
    return lower


def keys_of(text: str, *, every_word: bool = False) -> set[str]:
    """The keys of the terms in a text (a title), or of all its words: a glossary explains "Sedative", which is
    no term, and so "sedation" after it."""
    return {term_key(word) for word in WORD.findall(text) if every_word or is_term(word)}


def asks_what(heading: str) -> bool:
    """Whether a heading asks what something is ("What is a nephrostomy?"): its section explains it."""
    return _ASKS_WHAT.match(heading) is not None


def asked_in(headings: Iterable[str]) -> set[str]:
    """Keys of the terms that a heading asks about ("What is a nephrostomy?"): its section explains them."""
    asked: set[str] = set()
    for heading in headings:
        if asks_what(heading):
            asked.update(term_key(word) for word in WORD.findall(heading))
    return asked


def named_alone(heading: str) -> set[str]:
    """Keys of the terms of a heading that is a term's noun phrase and nothing more ("Sphincterotomy", "Mechanical
    thrombectomy" over what it does, a definition list's term): no question, no sentence, no "your". Its section
    says what the term is, for a reader who meets the term after it."""
    words = WORD.findall(heading)
    if (0 < len(words) <= _TERM_HEADING_WORDS and not any(mark in heading for mark in "?:!")
            and not _NOT_IN_A_NAME.intersection(word.lower() for word in words)):
        return {term_key(word) for word in words if is_term(word)}
    return set()


_TERM_HEADING_WORDS = 4
_NOT_IN_A_NAME = frozenset({
    "you", "your", "we", "our", "i", "my", "is", "are", "will", "can", "do", "does", "what", "how", "why", "when",
    "after", "before", "during", "about", "having", "risks", "of", "and", "or", "for", "with", "to", "the", "a", "an",
})


def first_uses(blocks: Iterable[Block], asked: set[str] = frozenset()) -> Iterator[TermUse]:
    """The first use of each term in these prose blocks, in order, judged explained or not.

    A term is judged where its word first stands in either number, term or not there ("called nodules"
    makes "a nodule" later no first use), and a phrase whose head was met before is no first use
    ("interventional radiologist" after "radiologist").
    """
    seen = set(asked)
    met_terms: set[str] = set(asked)  # the keys of the terms met so far, for "ablation" after "cryoablation"
    earlier: list[str] = []  # the blocks' texts so far, for the rare word asked of them: "catheter" before "microcatheter"
    glossed: set[str] = set()  # plain words explained in earlier blocks: "sedated (very sleepy and relaxed)"
    read: set[str] = set()  # every word of the blocks before, lower case: "penis" before "penile"
    blocks = list(blocks)
    subtitles = _subtitles(blocks)
    for number, block in enumerate(blocks):
        if number < subtitles:
            continue
        text = block.text
        words = WORD.findall(text)
        distinct = set(words)
        seen.update(map(term_key, filter(str.isupper, distinct)))  # "PICC" before "PICCs", "SCLEROTHERAPY"
        in_block = set(filter(is_term, distinct))
        earlier.append(text)
        made_of = {term_key(found.group(1)) for found in _MADE_OF.finditer(text) if is_term(found.group(1))} if (
            "-" in text) else set()
        if not in_block:
            seen |= made_of
            glossed |= _glossed_words(text)
            read.update(map(str.lower, distinct))
            continue  # but for these, only the keys of terms are ever asked of ``seen``
        matches = list(WORD.finditer(text))
        skip_to = next_index = 0
        for index in [index for index, word in enumerate(words) if word in in_block]:
            match = matches[index]
            if (index < next_index or match.start() < skip_to or _a_name(text, matches, index)
                    or _everyday_phrase(words, index)):
                seen.add(term_key(words[index]))  # met, though not judged here: "called nodules", a gloss's words
                continue
            last = index
            while (last + 1 < len(matches) and matches[last + 1].group() in in_block
                   and _adjacent(text, matches[last], matches[last + 1])):
                last += 1
            keys = set(map(term_key, words[index : last + 1]))
            start, end = match.start(), matches[last].end()
            next_index = last + 1
            met_before = (keys <= seen or term_key(matches[last].group()) in seen
                          or _inside_a_term_met(keys, met_terms) or _a_smaller_one_met(keys, seen, earlier, start)
                          or _a_glossed_form(keys, glossed | _glossed_words(text[:start]))
                          or _an_adjective_of_one_met(keys, seen)
                          or _an_adjective_of_a_word_read(keys, read, words[:index]))
            seen |= keys
            met_terms |= keys
            if met_before:
                continue
            gloss_end = explained_until(text, start, end, list_item=block.kind == "list_item", known=seen)
            if gloss_end is not None:
                skip_to = gloss_end
            explained = (gloss_end is not None or cell_explained(blocks, number)
                         or (number == 0 and _BRACKETED.fullmatch(text) is not None)
                         or _next_block_defines(blocks, number, start, end)
                         or _asked_next(blocks, number, text[start:end])
                         or _said_plainly_before(earlier, start, end))
            yield TermUse(text[start:end], block, start, end, explained)
        seen |= made_of
        glossed |= _glossed_words(text)
        read.update(map(str.lower, distinct))


_GLOSSED_WORD = re.compile(
    r"\b([A-Za-z]{5,})\s*(?:\((?=[a-z]+\s+[a-z])|,?\s+which\s+means\b"
    r"|,?\s+(?:to|that|which)\s+(?:will\s+|can\s+)?(?:help|helps|make|makes)\s+you\s+(?:feel\s+)?"
    r"(?:relax|relaxed|calm|drowsy|sleepy|comfortable)\b)"
)
"""A word with its plain meaning straight after it, in brackets, "which means" or as what it does to the reader:
"while you're sedated (very sleepy and relaxed)", "you will be sedated, which means ...", "a mild sedative to help
you relax"."""
_GLOSSED_STEM = 5
_BRACKETED_NAME = re.compile(r"[a-z]{3,} \(([A-Za-z]+(?: [A-Za-z]+){0,2})\)")
"""A medical name in brackets after the plain words that say what it is: the name's other words ("microsurgical")
are explained with it, so "Microsurgery" further on is met."""


def _glossed_words(text: str) -> set[str]:
    """The plain words a text explains (a term's gloss is the term's own, judged where it stands)."""
    if "(" not in text and "means" not in text and " you" not in text:
        return set()  # most blocks: one pass each in C before the pattern's
    glossed = {found.group(1).lower() for found in _GLOSSED_WORD.finditer(text) if not is_term(found.group(1))}
    for name in _BRACKETED_NAME.finditer(text):  # "an operating microscope (microsurgical varicocelectomy)"
        words = WORD.findall(name.group(1))
        if any(map(is_term, words)):
            glossed |= {word.lower() for word in words if len(word) >= _GLOSSED_STEM and not is_term(word)}
        elif len(words) == 1 and words[0].islower() and len(words[0]) >= _GLOSSED_STEM:
            glossed.add(words[0])  # "the gallbladder can die off (gangrene)": its forms ("gangrenous") are explained
    return glossed


def _a_glossed_form(keys: set[str], glossed: set[str]) -> bool:
    """ "sedation" after "sedated (very sleepy and relaxed)": another form of a word the page explained, which is
    no term itself and so was never met as one. Forms share all but the last three letters of the shorter, and
    five at least."""
    for key in keys:
        for word in glossed:
            shared = next((i for i, (a, b) in enumerate(zip(key, word)) if a != b), min(len(key), len(word)))
            if shared >= max(_GLOSSED_STEM, min(len(key), len(word)) - 3):
                break
        else:
            return False
    return True


_MADE_OF = re.compile(r"\b([^\W_]+)-(?:based|containing|enhanced|filled|coated|eluting|releasing)\b", re.IGNORECASE)
"""A term named as what a plain thing is made of ("Gadolinium-based contrast is used for MRI"): met there, so a
later use is no first use."""

_OR_ANOTHER_KIND = re.compile(
    r"\s+(?:or|and)\s+(?:any\s+|some\s+)?other\s+(?:[a-z]+\s+)?(?:procedures?|tests?|treatments?|scans?|operations?"
    r"|medicines?|drugs?|surgery|tubes?|devices?|conditions?|infections?|cancers?|diseases?|illness(?:es)?)\b"
)
"""Named as one of a plain kind: "a heart catheterization or other procedure through the groin"."""
_PART_OF_THE_BODY = re.compile(r"\s+(?:valves?|arter(?:y|ies)|veins?|nerves?|glands?|bones?|muscles?|ducts?|lobes?"
                               r"|ligaments?|joints?|tendons?|discs?|cartilage|membranes?|sinus(?:es)?)\b")
_BODY_PLACE = re.compile(
    r"\b(?:heart|neck|legs?|arms?|groin|chest|head|brain|liver|kidneys?|back|spine|pelvis|tummy|belly|stomach|bowel"
    r"|bladder|lungs?|thighs?|knees?|hips?|shoulders?|wrists?|hands?|foot|feet|face|jaw|eyes?|ears?|throat|womb)\b"
)

_SUBTITLE_WORDS = 30
_A_SENTENCE = re.compile(r"[.!?:;][\"”’')*_]*(?:\s|$)")


def _subtitles(blocks: list[Block]) -> int:
    """How many blocks open the leaflet as more title ("Repairing an aneurysm with a stent graft (EVAR)" under
    the page's name, a scrape's strap lines run together): short paragraphs without a sentence in them. A term
    there is named, not yet used; its first use in the text is judged."""
    count = 0
    for block in blocks:
        text = block.text.strip()
        if block.kind != "paragraph" or len(WORD.findall(text)) > _SUBTITLE_WORDS or _A_SENTENCE.search(text):
            break
        count += 1
    return count


_MIN_TAIL = 6
"""A term met at the end of a longer one ("ablation" in "cryoablation") is met; a short tail ("plasty") is not."""
_CELL_GLOSS_WORDS = 4
_CELL_NAME_WORDS = 5  # "Curette or cut it out"
_CELL_SENTENCE_WORDS = 8  # a cell this long with a digit in it is a sentence that mentions a number
_STEM = 7
"""Terms sharing this many first letters, all but the last three of the shorter, are one word's forms to a
reader ("osteoporosis", "osteoporotic"; "embolism" after "embolisation"). Not words met outside the terms: "radiology"
in a department's name explains no "radiologist" (tried on the review sets: nine accepted warnings lost, three
rejected ones mended)."""


def _said_plainly_before(earlier: list[str], start: int, end: int) -> bool:
    """ "the wider excision of skin around your scar" after "a wider removal of skin around your melanoma scar":
    the same words stood before around a plain word where the term now stands (``earlier`` holds the texts read
    so far, the term's own last). Two of the words around it must say something, not "the ... of the"."""
    text = earlier[-1]
    before = re.search(r"([A-Za-z]+) +$", text[:start])  # words of the same phrase: spaces only between
    after = re.match(r" +([A-Za-z]+) +([A-Za-z]+)", text[end:])
    if before is None or after is None:
        return False
    around = [before.group(1).lower(), after.group(1).lower(), after.group(2).lower()]
    if not (_says_something(around[0]) and (_says_something(around[1]) or _says_something(around[2]))):
        return False
    past = "\n".join([*earlier[:-1], text[: before.start()]]).lower()
    if not all(word in past for word in around):  # one pass each in C before the pattern's
        return False
    said = re.compile(rf"\b{around[0]} +([a-z]+) +{around[1]} +{around[2]}\b")
    return any(len(found.group(1)) >= _CONTENT_WORD and not is_term(found.group(1)) for found in said.finditer(past))


def _says_something(word: str) -> bool:
    return len(word) >= _CONTENT_WORD and word not in _SAYS_NOTHING


_SAYS_NOTHING = frozenset({
    "your", "their", "with", "from", "into", "onto", "that", "this", "these", "those", "will", "have", "been", "about",
    "after", "before", "through", "right", "away", "then", "them", "they", "there", "which", "when", "what", "some",
    "also", "only", "very", "more", "most", "much", "such", "than", "each", "other", "over", "under", "call",
})


_CONTENT_WORD = 4


def _a_smaller_one_met(keys: set[str], seen: set[str], earlier: list[str], start: int) -> bool:
    """ "A smaller microcatheter" after "a thin tube called a catheter": a smaller one of what the reader met
    (``earlier`` holds the texts read so far, the term's own last, of which the part before ``start`` counts)."""
    if not all(key.startswith(_SIZE_PREFIXES) for key in keys):
        return False
    text = "\n".join([*earlier[:-1], earlier[-1][:start]]).lower()
    return all(
        (base := key.removeprefix("micro").removeprefix("mini")) in seen
        or any(term_key(word) == base for word in WORD.findall(text))
        for key in keys
    )


_SIZE_PREFIXES = ("micro", "mini")


def _inside_a_term_met(keys: set[str], met_terms: set[str]) -> bool:
    """ "Other types of ablation" after "cryoablation" was explained, "osteoporotic" after "osteoporosis":
    the reader has met the word."""
    return all(key in met_terms or any(_same_word(key, met) for met in met_terms) for key in keys)


def _same_word(key: str, met: str) -> bool:
    """Asked of every pair of terms a leaflet judges: the cheap tests in C (a shared tail, the first seven letters)
    come before the letter-by-letter count."""
    if key == met:
        return False
    if len(key) >= _MIN_TAIL and met.endswith(key):
        return True
    shorter, longer = sorted((key, met), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] in _VERB_ENDINGS:
        return True  # "colonic stenting" after "a colonic stent"
    if key[:_STEM] != met[:_STEM]:
        # "duodenum" after "duodenal": one word's noun and adjective, apart in their endings alone
        return (len(key) == len(met) >= _STEM and key[:-2] == met[:-2]
                and frozenset((key[-2:], met[-2:])) in _NOUN_AND_ADJECTIVE)
    shared = next((i for i, (a, b) in enumerate(zip(key, met)) if a != b), min(len(key), len(met)))
    return shared >= min(len(key), len(met)) - 3


_VERB_ENDINGS = frozenset({"ing", "ed", "er", "ers", "al"})
"""A noun's verb and adjective forms: stent/stenting, stent/stented, varice(s)/variceal; clip/clipping is no pair
(the letters differ), nor is a word to another by more than these endings."""

_NOUN_AND_ADJECTIVE = frozenset(map(frozenset, [("um", "al"), ("us", "al"), ("ia", "ic"), ("on", "ng"), ("on", "ve")]))
"""Endings of one word as a noun and as an adjective or verb: duodenum/duodenal, anaemia/anaemic, ablation/ablating,
sedation/sedative (not fibroid/fibrous)."""


def _next_block_defines(blocks: list[Block], number: int, start: int, end: int) -> bool:
    """The term closes its block and the next block opens by saying what it is: "They will talk to you about a
    colonoscopy." over a box "A colonoscopy is a test to look inside your bowel"."""
    text = blocks[number].text
    if number + 1 >= len(blocks) or text[end + _sentence_end(text[end:]) :].strip():
        return False
    return _defined_soon_after(blocks[number + 1].text, text[start:end])


def cell_explained(blocks: list[Block], number: int) -> bool:
    """A table cell that names a term or an acronym (a short noun phrase it opens), beside a cell that says what it
    is (a table of options: "Midline catheter | A shorter tube in the upper arm", "ALPPS | A two-step operation
    ..."); a cell of figures
    ("About 1 in 10") says how often. Where the loader knew the row, any cell of it may say what it is."""
    block = blocks[number]
    if block.kind != "table_cell" or len(WORD.findall(block.text)) > _CELL_NAME_WORDS:
        return False  # a short name ("Thermal ablation"), not a sentence that uses the term
    if block.row is not None:  # any cell of its row: "Epithelioid | About 6 in 10 | Tends to grow more slowly ..."
        beside = [other for other in blocks if other.row == block.row and other is not block]
    else:
        beside = blocks[number + 1 : number + 2]
    return any(other.kind == "table_cell" and len(WORD.findall(other.text)) >= _CELL_GLOSS_WORDS
               and not _a_cell_of_figures(other.text) for other in beside)


def _a_cell_of_figures(text: str) -> bool:
    """A cell that says how often or how much ("About 1 in 10", "5% to 10%", "2 nights"), not what a thing is: one
    with a frequency, or with digits among few words. "Many narrow beams of radiation aimed at the tumour, usually in
    1 to 5 visits" says what it is, its number by the way."""
    if not any(character.isdigit() for character in text):
        return False
    return has_frequency(text) or len(WORD.findall(text)) < _CELL_SENTENCE_WORDS


_NAMED_BY = frozenset({
    "glue", "sealant",  # a product named for what it is made of: "fibrin glue"
    "team", "teams", "department", "departments", "nurse", "nurses", "clinic", "clinics", "ward", "wards",
    "doctor", "doctors", "consultant", "consultants", "service", "services", "unit", "units", "specialist",
    "specialists", "society", "centre", "center", "radiology", "disease", "syndrome",
})


def _a_name(text: str, matches: list[re.Match[str]], index: int) -> bool:
    """A term used as part of a name: capitalised inside a sentence ("the Interventional Radiology unit"),
    naming a department ("your urology nurse") or a medicine ("tranexamic acid"): the reader is not asked to
    understand it."""
    word = matches[index].group()
    before = text[: matches[index].start()].rstrip()
    inside_sentence = bool(before) and before[-1] not in ".!?:\"'“(•*-"
    if word[0].isupper() and inside_sentence:
        return True
    following = matches[index + 1].group().lower() if index + 1 < len(matches) else ""
    return (following in _NAMED_BY or following == "acid") and _adjacent(text, matches[index], matches[index + 1])


def _everyday_phrase(words: list[str], index: int) -> bool:
    """A term that is everyday after the word before it ("hair follicles"; two-word entries of
    ``data/everyday-terms.txt``), though not alone ("ovarian follicles")."""
    return index > 0 and f"{words[index - 1].lower()} {term_key(words[index])}" in word_set("everyday-terms.txt")


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return text[left.end() : right.start()] == " "


def explained_until(text: str, start: int, end: int, *, list_item: bool = False,
                    known: set[str] = frozenset()) -> int | None:
    """Where the gloss of ``text[start:end]`` ends, or ``None`` when there is none beside it.

    The gloss may follow the noun phrase the term stands in ("a celiac plexus block is a shot of
    medicine ..."), so each rule that looks after the term is tried after each of up to three words more.
    ``known`` are the keys of terms the reader has met before: a gloss may use them ("myomectomy
    (surgery to remove only the fibroids)" in a leaflet about fibroids).
    """
    since = _since_last_full_stop(text, start)
    before = text[since:start].rstrip("*_")  # "called the **pleura**" in plain text
    if since and _NAMES_THE_DESCRIBED.fullmatch(before):
        return end  # "... part of the clot travels to the lungs. This is a pulmonary embolism": named after it was said
    if _KIND_BEFORE_APPOSITION.search(before):
        verb = _APPOSITION_CLOSES.match(text, end)
        if verb is not None and verb.group(1).lower() in _EXPLAINING_VERBS | _DESCRIBING_VERBS:
            return end + _sentence_end(text[end:])  # "A similar procedure, kyphoplasty, uses a small balloon ..."
    medicine = _MEDICINE_AFTER.match(text, end)
    if medicine is not None:  # "a second antiplatelet medicine, such as clopidogrel, for months to keep the stent from clotting"
        sentence_end = end + _sentence_end(text[end:])
        if (_PURPOSE.search(text, medicine.end(), sentence_end) or _WHICH_DOES.search(text, medicine.end(), sentence_end)
                or _EXAMPLE_DOES.match(text, medicine.end())):
            return medicine.end()  # the words after are judged as ever
    for phrase_end in _phrase_ends(text, end):  # "sedation to help you relax", "radiofrequency energy to heat it"
        if (_PURPOSE.match(text, phrase_end) or _PUT_INTO.match(text, phrase_end) or _SO_YOU_FEEL.match(text, phrase_end)
                or (_FOR_A_SYMPTOM.match(text, phrase_end) and _MEDICINE_FORM.search(text, 0, phrase_end))):
            return phrase_end + _clause_end(text[phrase_end:])  # what it is for says what it is
        kind = _OR_ANOTHER_KIND.match(text, phrase_end)
        if kind is not None:
            return kind.end()  # "a heart catheterization or other procedure through the groin"
        quoted = _OR_QUOTED.match(text, phrase_end)
        if quoted is not None and _plain(quoted.group(1), known):
            return quoted.end()  # 'a transient ischemic attack or "mini-stroke"': its everyday name, quoted
        symptoms = _SYMPTOMS_TO_REPORT.match(text, phrase_end)
        if symptoms is not None and _plain(symptoms.group(1), known):
            return symptoms.end()  # "neuropathy, so tell us if you notice tingling or numbness": what it feels like
    if _a_part_placed(text, start, end):
        return end  # "heart disease affecting the mitral valve": a valve of the heart, which is all a reader needs
    plain_first = _PLAIN_THEN_COMMA.search(before)
    noun_goes_on = _NOUN_GOES_ON.match(text, end)  # "the pleural space, with ...": the term's phrase runs to the comma
    if (plain_first is not None and _plain(plain_first.group(1), known)
            and (_APPOSITIVE_CLOSES.match(text, end) or (noun_goes_on and _APPOSITIVE_CLOSES.match(text, noun_goes_on.end())))
            and not before[: plain_first.start()].rstrip().endswith(",")):
        return end  # "you need to be on a blood thinner, an anticoagulant, for three weeks", "a narrow gap, the pleural
        # space, with a little fluid": plain words, then the term
    if _WORD_ORIGIN.match(text, _past_quote_and_acronym(text, end)):
        return end + _sentence_end(text[end:])  # '"Brachy" comes from the Greek word for "short"': the word explained
    if (_SPELLED_OUT_BEFORE.search(before) or _LONG_FORM_BEFORE.search(before) or _KIND_THEN_USUALLY_BEFORE.search(before)
            or _OTHER_NAMES.match(text)):
        return end  # "FIT stands for fecal immunochemical test; it looks for ...": letters spelled out, then explained
    if (_DESCRIBED_BEFORE.search(before) or _A_MEDICINE_BEFORE.search(before) or _GIVEN_BEFORE.search(before)
            or _KIND_JUST_BEFORE.search(before)):
        return end  # "pain that travels from your back into your leg, such as sciatica": one of what was described
    for phrase_end in _phrase_ends(text, end):
        found = _gloss_after(text[phrase_end:], before, known)
        if found is not None:
            return phrase_end + found
    dash = _DASH_THEN_DEFINITION.search(text, end, end + _DASH_REACH)
    if dash is not None and _SENTENCE_STOP.search(text, end, dash.start()) is None:
        return dash.start() + _sentence_end(text[dash.start() :])  # "a nephrostomy tube for a while — this is a tube ..."
    if (_CALLED_BEFORE.search(before) or _CALL_THIS_BEFORE.search(before) or _APPOSITIVE_BEFORE.search(before)
            or _WHICH_IS_BEFORE.search(before) or _WHO_DOES_BEFORE.search(before)):
        return end  # "a small tube called a cannula", "a clot in the lungs – a pulmonary embolism"
    after = text[end:]
    opened = _OPEN_BEFORE.search(before)
    closed = _CLOSE_AFTER.match(after)
    if opened and closed and opened.group(1).lower() not in _NO_GLOSS_BEFORE:
        return end + closed.end()  # "a vein in your neck (transjugular biopsy)"
    inside = _INSIDE_BRACKET_GLOSS.match(after)
    if opened and inside and _plain(inside.group()[:-1]):
        return end + inside.end()  # "(a pneumothorax or collapsed lung)"
    sentence_end = _sentence_end(after)
    following = after[sentence_end:]
    term = text[start:end]
    word_before = before.rsplit(None, 1)[-1] if before.strip() else ""
    if (_next_sentence_explains(following, term) or _defined_soon_after(following, term, word_before.strip("*_\"'(“‘"))
            or _its_kind_does_next(before, following)
            or _next_sentence_does_it(following, _OWN_ACRONYM.match(text, end))
            or (_a_label(text, start, end + sentence_end) and following.strip())):
        return end + sentence_end + _sentence_end(following)
    if _subject_explained(text, start, end) or (list_item and _labels_the_text(text, start, end)):
        return end + sentence_end
    return None


def _a_part_placed(text: str, start: int, end: int) -> bool:
    """A term that names which part of the body ("mitral valve", "femoral artery") where the sentence says in plain
    words where that part is ("the femoral artery in your groin", "heart disease affecting the mitral valve")."""
    if _PART_OF_THE_BODY.match(text, end) is None:
        return False
    sentence = text[sentence_start(text, start) : end + _sentence_end(text[end:])]
    return _BODY_PLACE.search(sentence.lower()) is not None


def _since_last_full_stop(text: str, start: int) -> int:
    """Where the word holding the last full stop before ``start`` begins. No pattern that looks back from a term
    crosses a full stop but ``_OPEN_BEFORE``'s word before a bracket ("e.g. ("), so each may search from here,
    not from the paragraph's start: searched over whole paragraphs they cost the rule a third of its time."""
    stop = text.rfind(".", 0, start)
    if stop < 0:
        return 0
    return max(text.rfind(space, 0, stop) for space in " \n\t") + 1


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts: past the last stop and its spaces that end before ``at`` (or,
    where ``at`` stands among the spaces after a stop, past the first of them, at ``at``).

    The stops of a text are found once and searched by bisection: the risk rule asks this at every complication
    of a paragraph, and a search from the paragraph's start each time made a 500 KB paragraph take four minutes.
    """
    starts, ends = _sentence_stops(text)
    index = bisect.bisect_left(starts, at) - 1  # the last stop that starts before ``at``
    if index < 0:
        return 0
    if ends[index] <= at:
        return ends[index]
    if at - starts[index] >= 2:  # ``at`` among the spaces after that stop: those before it end the sentence there
        return at
    return ends[index - 1] if index else 0


@lru_cache(maxsize=8)
def _sentence_stops(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence stop of a text (a stop and the spaces after it) starts and ends, remembered for the few
    texts a rule is reading."""
    found = list(_SENTENCE_STOP.finditer(text))
    return tuple(match.start() for match in found), tuple(match.end() for match in found)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a text's sentences, each past its stop and the space after it: in one pass, however long."""
    spans, start = [], 0
    for stop in _FULL_STOP.finditer(text):
        spans.append((start, stop.end()))
        start = stop.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` ends, past its stop (searched from ``at``, never from a copy of the
    rest of the text)."""
    found = _FULL_STOP.search(text, at)
    return found.end() if found else len(text)


def _a_label(text: str, start: int, sentence_end: int) -> bool:
    """ "Talc pleurodesis." standing alone at the head of its text: the next sentence says what it is."""
    return len(WORD.findall(text[sentence_start(text, start) : sentence_end])) <= _LABEL_WORDS


def _labels_the_text(text: str, start: int, end: int) -> bool:
    """A list item that opens with the term, then a comma, colon or dash and what it is:
    "Stereotactic body radiation therapy (SBRT), very focused radiation given in 1 to 5 sessions"."""
    if text[:start].strip(" *_\"“"):
        return False
    return any(_LABEL_THEN_TEXT.match(text, phrase_end) for phrase_end in _noun_phrase_ends(text, end))


def _subject_explained(text: str, start: int, end: int) -> bool:
    """A sentence whose subject is the term and whose verb says what it does: "The genicular arteries supply
    blood to the knee", "Cryoablation destroys the tumour with cold"."""
    opening = text[sentence_start(text, start) : start].strip(" *_\"“").lower()
    if not _SUBJECT_OPENING.fullmatch(opening) and not _LISTED_BEFORE.fullmatch(opening):
        return False
    return not _A_PERSON.search(text[start:end]) and any(
        _explaining_verb_at(text, phrase_end) for phrase_end in _noun_phrase_ends(text, end)
    )


def _explaining_verb_at(text: str, at: int) -> bool:
    """ "destroys the tumour", "can slow down the cancer": the verb after a subject says what it does."""
    verb = _NEXT_WORD.match(text, _past_markup(text, at))
    if verb is not None and verb.group().strip().lower() in _MODAL:
        verb = _NEXT_WORD.match(text, verb.end())
        return verb is not None and verb.group().strip().lower() in _AFTER_A_MODAL
    return verb is not None and verb.group().strip().lower() in _EXPLAINING_VERBS


def _past_markup(text: str, at: int) -> int:
    while at < len(text) and text[at] in "*_":
        at += 1
    return at


def _noun_phrase_ends(text: str, end: int) -> list[int]:
    """The phrase ends up to the first word that cannot be in a noun phrase ("can", "usually", "is")."""
    ends = []
    for phrase_end in _phrase_ends(text, end):
        ends.append(phrase_end)
        word = _NEXT_WORD.match(text, phrase_end)
        if word is None or word.group().strip().lower() in _COMMENTS or word.group().endswith("ly"):
            break
    return ends


def _phrase_ends(text: str, end: int) -> list[int]:
    """The term's end, then after each of up to three words (besides "of", "such as" and articles); each past a
    closing quote or an acronym in brackets ("interventional radiology (IR) means ...": the gloss follows those)."""
    ends = [_past_quote_and_acronym(text, end)]
    counted = 0
    while counted < _PHRASE_WORDS:
        word = _NEXT_WORD.match(text, ends[-1])
        if word is None:
            break
        ends.append(_past_quote_and_acronym(text, word.end()))
        counted += word.group().strip().lower() not in _LINKING_WORDS
    return ends


def _past_quote_and_acronym(text: str, end: int) -> int:
    quoted = _QUOTE_AFTER.match(text, end)
    end = quoted.end() if quoted else end
    acronym = _ACRONYM_AFTER.match(text, end) or _ALIAS_AFTER.match(text, end)
    if acronym is None and (other := _OTHER_NAME_AFTER.match(text, end)) is not None and is_term(other.group(1)):
        return other.end()  # "bilharzia (schistosomiasis), an infection picked up from ...": its other medical name
    return acronym.end() if acronym else end


_OTHER_NAME_AFTER = re.compile(r"\s*\(([a-z][a-z-]{4,})\)")


def _gloss_after(after: str, before: str, known: set[str] = frozenset()) -> int | None:
    """How far a gloss that starts right here reaches, or ``None``."""
    bracket = _BRACKET_AFTER.match(after)
    if bracket and _plain(_ALIAS_IN_BRACKET.sub("", bracket.group(1)), known):
        return bracket.end()
    if _WHO_DOES.match(after):
        return _clause_end(after)  # "a radiologist who uses a CT scanner to guide a fine needle"
    equals = _EQUALS_AFTER.match(after)
    if equals is not None and _plain(equals.group(1), known):
        return equals.end()  # on-screen text and glossaries: "Haemoptysis = coughing up blood"
    noun_that = _NOUN_THAT.match(after)
    if (noun_that is not None and noun_that.group(1) not in _COMMENTS) or _NOUN_FOR.match(after):
        return _clause_end(after[1:]) + 1  # past the comma that opens it
    if _LIKE.match(after):
        return _clause_end(after)
    if _APPOSITION.match(after) and not _only_terms(after[: _clause_end(after)], known):
        return _clause_end(after)
    if _which_defines(after) or _defines(after, before):
        return _clause_end(after)
    return None


def _only_terms(clause: str, known: set[str]) -> bool:
    """ ", a gastrostomy or an angioplasty": what follows the comma names more terms, a list, not a gloss; ", a thin
    tube called a catheter" has plain words in it."""
    content = [word for word in WORD.findall(clause) if len(word) > 2 and word.lower() not in _APPOSITION_WORDS]
    return bool(content) and all(is_term(word) and term_key(word) not in known for word in content)


_APPOSITION_WORDS = frozenset({
    "the", "and", "which", "that", "are", "means", "involves", "uses", "refers", "where", "when", "meaning",
    "also", "sometimes", "often", "commonly", "usually", "called", "known", "this",
})


def _which_defines(after: str) -> bool:
    """ ", which sends chemotherapy to the tumour" says what it does; ", which usually settles" only comments."""
    if _WHO_IS.match(after):
        return True
    can = _WHICH_CAN.match(after)
    if can is not None and (can.group(1).lower() in _AFTER_A_MODAL
                            or (can.group(1).lower() == "make" and (can.group(2) or "").lower() in _FEELINGS)):
        return True  # ", which can shrink the tumour", ", which will make you drowsy"
    which = _WHICH.match(after)
    return (which is not None and which.group(1).lower() not in _COMMENTS and not which.group(1).endswith("ly")
            and not _HOW_MANY_IT_HELPS.match(after, which.end()))


def _next_sentence_explains(sentence: str, term: str = "") -> bool:
    """ "This is medicine that makes you drowsy.", "This removes part of the prostate.", "Albumin is a protein
    made by your liver.": the next sentence says what the term is or does; "It is done under local
    anaesthetic." does not."""
    sentence = _ASIDE.sub(" ", sentence)  # "This means your adrenal glands – two small glands ... – are making ..."
    if _IN_PLAIN_WORDS.match(sentence) or _FOR_THIS.match(sentence):
        return True
    if _YOU_WILL_FEEL.match(sentence):
        return True
    sentence = _CONTRACTED_IS.sub(r"\1 is", sentence, count=1)  # "That's a doctor who ..."
    opening = _LEADING_ACRONYM.sub("", _ARTICLE.sub("", sentence.lstrip().lstrip("\"“‘'*_"), count=1), count=1)
    named = _opens_with(opening, term)
    if named:  # "Albumin is a protein ...", "Metastases are places where ...", "Sedation makes you drowsy."
        return any(_defines(opening[phrase_end:], "") or (not _A_PERSON.search(term) and _explaining_verb_at(opening, phrase_end))
                   for phrase_end in _phrase_ends(opening, named))
    opening = _NEXT_SENTENCE.match(sentence)
    if opening is None:
        return False
    verb = opening.group(1).lower()
    if verb in ("means", "mean") and (_YOUR_BODY_DOES.match(sentence, opening.end())
                                      or _YOUR_BODY_DOES.match(_COMMA_ASIDE.sub(" ", sentence), opening.end())):
        return True
    it_does = _IT_DOES.match(sentence, opening.end()) if verb in ("means", "mean") else None
    if it_does is not None and it_does.group(1).lower() in _EXPLAINING_VERBS:
        return True  # "... is an anticoagulant. This means it makes your blood take longer to clot."
    if verb in ("is", "are") and _USED_FOR.match(sentence, opening.end()):
        return True  # "a feeding jejunostomy. This is used to give you liquid feed ...": what it is for
    if verb in ("is", "are", "means", "mean"):  # "This means that you ..." tells what follows from it, not what it is
        return _defines(sentence[opening.start(1) - 1 :], "", that_clause=False)
    if opening.group().lstrip().startswith(_PLURAL_SUBJECTS) and not _A_PERSON.search(term):
        # "Cancer medicines, such as immunotherapy ... These treat cancer throughout the body."; after "These" a
        # word in -s is a noun ("These appointments take place ..."), not a verb
        return verb in _EXPLAINING_VERBS and not verb.endswith("s")
    return verb.endswith("s") and not verb.endswith("ss") and verb not in _COMMENTS


_ASIDE = re.compile(r"\s[–—]\s[^–—.!?]{1,80}?\s[–—]\s|\s\([^()]{1,80}\)(?=\s)")
_COMMA_ASIDE = re.compile(r",\s[^,.;:!?]{1,80},(?=\s)")
"""An aside between commas: "your adrenal glands, two small glands on top of your kidneys, are making ..."."""
"""An aside between dashes or in brackets, which stands apart from the sentence's own words."""
_YOU_WILL_FEEL = re.compile(
    r"\s*(?:This means(?: that)?\s+)?(?:You|you|Your child|your child)(?:\s+(?:will|may|might|should)|['’]ll)\s+(?:feel|become|be)\s+"
    r"(?:very\s+|quite\s+|a (?:bit|little)\s+)?(?:drowsy|sleepy|relaxed|calm|numb)\b"
)
"""What a medicine does, as the reader will feel it: "give you sedation ... through a drip. You will feel relaxed and
drowsy", "You'll be relaxed and comfortable"."""
_WHO_DOES = re.compile(r"\s+who\s+(?:\w+ly\s+)?(?:uses|does|treats|specialises|specializes|reads|looks after"
                       r"|carries out|performs|puts|gives|is trained|are trained)\b")
"""A person named with what they do: "a radiologist who uses a CT scanner to guide a fine needle"."""
_FOR_THIS = re.compile(r"\s*For (?:this|that|it)(?: (?:test|procedure|biopsy|treatment|operation|scan))?,\s+\w+")
"""A next sentence that says how it is done: "... a transjugular liver biopsy instead. For this, the needle is passed
through a vein in your neck"."""
_OWN_ACRONYM = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*\(([A-Z][\w&-]*[A-Z0-9])s?\)")
"""The acronym given the term's phrase: "endoscopic ultrasound (EUS)"."""
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,}\s+(?=[a-z])")
"""An acronym before the term in the sentence that defines it: "An AV fistula is a joining of ..."."""
_CONTRACTED_IS = re.compile(r"^(\s*(?:That|It|This))['’]s\b")


def _its_kind_does_next(before: str, following: str) -> bool:
    """ "a gel spacer. This gel sits between the prostate and the rectum ...": the next sentence takes up the plain
    word the term was named with and says what it does."""
    does = _THIS_KIND_DOES.match(following)
    if does is None:
        return False
    kind = before.rstrip().rsplit(None, 1)[-1].strip("*_\"'(") if before.strip() else ""
    if does.group(1) != kind or len(kind) < _KIND_WORD or not kind.isalpha() or is_term(kind):
        return False
    verb = does.group(2)
    return verb.endswith("s") and not verb.endswith("ss") and verb not in _COMMENTS


_KIND_WORD = 3
_THIS_KIND_DOES = re.compile(r"\s*(?:This|That|The)\s+([a-z]+)\s+([a-z]+)\b")


def _next_sentence_does_it(sentence: str, acronym: re.Match[str] | None) -> bool:
    """ "... an endoscopic ultrasound (EUS). In EUS, a thin tube with a probe is passed ...", "... cerebrospinal fluid
    (CSF). CSF is the clear, watery fluid ...": the next sentence says how the term's own acronym is done, or what
    it is."""
    if acronym is None:
        return False
    letters = re.escape(acronym.group(1))
    if re.match(rf"\s*(?:In|For|During) (?:an? |the )?{letters}s?,\s+\w", sentence):
        return True
    named = re.match(rf"\s*(?:(?:An?|The)\s+)?{letters}s?\b", sentence)
    if named is not None and _QUOTED_NAME.match(sentence, named.end()):
        return True  # 'A TIA is a "mini-stroke"': its everyday name
    said = _SAYS_WHAT.match(sentence, named.end()) if named is not None else None
    return said is not None and not _AN_OPTION.match(sentence, said.start(1))


_QUOTED_NAME = re.compile(r"\s+(?:is|are)\s+(?:an?\s+|the\s+)?[\"“‘'][a-z][a-z -]{2,30}[\"”’']")


_SAYS_WHAT = re.compile(r"\s+(?:is|are|means)\s+((?:an?|the)\s+(?:[\w-]+,?\s+){0,3}(?:fluid|tube|test|scan|liquid|substance"
                        r"|protein|blood|cell|cells|layer|lining|part|organ|gland|vessel|vein|artery|nerve|bone|muscle|way"
                        r"|name|word|medicine|drug|device|doctor|nurse|person|place|area|space)\b)")
"""A plain noun said of the acronym: "CSF is the clear, watery fluid that ...", "A PEG is a tube ..."."""


def _opens_with(text: str, term: str) -> int:
    """How many characters of ``text`` name ``term``, in either number ("Metastases" for "metastasis"); 0 if not."""
    if not term:
        return 0
    if text.lower().startswith(term.lower()) and not text[len(term) : len(term) + 1].isalpha():
        return len(term)
    wanted = [term_key(word) for word in WORD.findall(term)]
    found = list(itertools.islice(WORD.finditer(text), len(wanted)))
    if len(found) == len(wanted) and found[0].start() == 0 and [term_key(m.group()) for m in found] == wanted:
        return found[-1].end()
    return 0


_ASKED_NEXT_BLOCKS = 2


def _asked_next(blocks: list[Block], number: int, term: str) -> bool:
    """ "Dr Whitfield is an interventional radiologist." / "What's an interventional radiologist?": the next turn
    of a transcript or an FAQ asks what the term is, and the answer that follows says it."""
    following = [block.text for block in blocks[number + 1 : number + 1 + _ASKED_NEXT_BLOCKS]
                 if "?" in block.text and term.lower() in block.text.lower()]  # most blocks: no pattern made
    if not following:
        return False
    asks = re.compile(rf"\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:exactly\s+)?(?:an?\s+|the\s+)?{re.escape(term)}s?\s*\?",
                      re.IGNORECASE)
    return any(asks.search(text) for text in following)


def _defined_soon_after(following: str, term: str, word_before: str = "") -> bool:
    """ "(A radiologist is a doctor who ...)" in one of the next two sentences: the text stops to say what it
    is, in brackets or not; or the words it stood in, quoted ('"Central venous" means the tip lies in ...')."""
    for sentence in (following, following[_sentence_end(following) :]):
        opening = _ARTICLE.sub("", sentence.lstrip().lstrip("(\"“‘'*_").lstrip(), count=1)
        # "Placenta accreta means ..." after "such as placenta accreta": the name opens with the word before the term
        at = len(word_before) + 1 if word_before and opening.lower().startswith(f"{word_before.lower()} {term.lower()}") else 0
        if opening[at:].lower().startswith(term.lower()) and any(
            _defines(opening[phrase_end:], "") for phrase_end in _phrase_ends(opening, at + len(term))
        ):
            return True
        quoted = _QUOTED_OPENING.match(sentence)
        if quoted and f" {term.lower()} " in f" {quoted.group(1).lower()} " and _defines(sentence[quoted.end() :], ""):
            return True
    return False


_OR_QUOTED = re.compile(r"\s+or\s+[\"“‘']([^\"“”‘’']{3,40})[\"”’']")
"""The term's everyday name after "or", in quotes, as a leaflet marks a gloss ('or "mini-stroke"'); "bleeding or
infection" unquoted lists two risks."""
_QUOTED_OPENING = re.compile(r"\s*[\"“‘']([^\"“”‘’']{2,60})[\"”’']")


def _defines(after: str, before: str, *, that_clause: bool = True) -> bool:
    """ "Term is/are/means ...", that says what the term is, in a main clause.

    "An empyema is infected fluid": a sentence that opens "A/An term is" speaks of the thing in
    general, which is how a definition opens, so a short one ("infected fluid") is read as one.
    """
    copula = _COPULA.match(after)
    if copula is None or _SUBORDINATE_BEFORE.search(before):
        return False
    first = copula.group(1).lower().strip(",.")
    rest = after[copula.start(1) :]
    # "is a thin, soft tube that ...": a noun phrase's adjectives may be listed with commas
    clause = rest[: (_sentence_end if first in ("a", "an") else _clause_end)(rest)]
    clause_words = WORD.findall(clause)
    generic = bool(_GENERIC_SUBJECT.search(before)) and copula.group().split()[0].lower() in ("is", "are")
    least = 1 if copula.group().split()[0].lower() in ("means", "mean") else _COPULA_MIN_WORDS  # "means cold"
    if generic:
        least = 2
    participle_ok = generic and len(clause_words) >= 2 and clause_words[1].lower() not in _AFTER_A_PASSIVE
    means_not = first == "not" and least == 1  # "Ischaemia" means not enough blood supply
    means_that = that_clause and first == "that" and least == 1  # "Cirrhosis means that the liver is scarred"
    means_yours = least == 1 and first in _MEANS_A_CLAUSE  # "Osteoporosis means your bones have become thin and weak"
    return (
        (first not in _NOT_A_DEFINITION or means_not or means_that or means_yours)
        and (not first.endswith("ed") or participle_ok)
        and len(clause_words) >= least
        and not _AN_OPTION.match(clause)  # "Cryoablation is an option for ..." says when, not what
    )


def _plain(words: str, known: set[str] = frozenset()) -> bool:
    """A bracket's words gloss a term when none of them is a term the reader has not met, and they are not
    an acronym alone ("a doctor who uses imaging, like CT scans, ..." is plain; "(RFA)" and
    "(intrapleural air)" are not)."""
    found = WORD.findall(words)
    everyday = [word for word in found if not word.isupper()]
    return bool(everyday) and not any(is_term(word) and term_key(word) not in known for word in everyday)


def _clause_end(text: str) -> int:
    found = re.search(r"[,;.!?)](?=\s|$)", text[1:])
    return found.end() + 1 if found else len(text)


def _sentence_end(text: str) -> int:
    found = _FULL_STOP.search(text)
    return found.end() if found else len(text)


_FULL_STOP = re.compile(r"[.!?][\"”’')]*(?=\s|$)")
"""A sentence's stop, past the quote or bracket it closes: 'prescribe "premedication." This is ...'."""
