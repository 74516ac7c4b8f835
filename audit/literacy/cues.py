"""The words by which a leaflet shows it has something: a date, a source, a way to get in touch.

Each cue is a regular expression over text, written from the wording of the
items it serves (DISCERN, EQIP-36, PEMAT-P, the NHS Information Standard) and
the ways patient leaflets word them. Finding the cue is the whole judgement:
these criteria ask whether something is there, not whether it is good.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from html import unescape

from audit.fastregex import as_re2_reads, in_re2, leading_literals, search_from_literals, split_for_re2


@dataclass(frozen=True, slots=True)
class Page:
    """A leaflet's whole text (markup made blanks), and the same in lower case where that keeps every offset."""

    text: str
    lowered: str | None
    re2_text: str | None = None
    """The text as RE2 reads it, one character for one: letters outside ASCII as an underscore, spaces outside it as
    a space; None where a digit outside ASCII would read differently (a page in Devanagari numerals)."""
    re2_lowered: str | None = None
    stand_ins: tuple[int, ...] = ()
    """Where :attr:`re2_text` has a stand-in for a letter: a match touching one is checked in :attr:`text`."""

    @classmethod
    def of(cls, source: str, html: bool) -> Page:
        """No cue has a negated class naming an underscore or a space, a form feed, a vertical tab or a letter
        beyond ASCII, any of which would let RE2 find otherwise than Python's engine in the stand-in text
        (:func:`audit.fastregex.as_re2_reads`)."""
        text = visible(source, html).replace("’", "'")  # "don’t" as the cues spell it, one character for one
        lowered = text.lower()
        lowered_or_none = lowered if len(lowered) == len(text) else None
        readable = as_re2_reads(text)
        if readable is None:
            return cls(text, lowered_or_none)
        re2_text, stand_ins = readable
        return cls(text, lowered_or_none, re2_text, lowered_or_none if re2_text is text else re2_text.lower(),
                   stand_ins)

    def touches_a_stand_in(self, start: int, end: int) -> bool:
        """Whether ``text[start - 1 : end + 1]`` (a match and the characters its word boundaries read) holds one."""
        at = bisect.bisect_left(self.stand_ins, start - 1)
        return at < len(self.stand_ins) and self.stand_ins[at] <= end


@dataclass(frozen=True, slots=True)
class Cue:
    """A pattern to find on a page. A case-blind one is searched in the lowered text, where Python's ``re``
    runs several times faster than with IGNORECASE, and in the text itself only where lowering would move
    offsets ("İ" lowers to two characters). Nothing is compiled until a page is searched, and then only the
    form that page needs (RE2's, else Python's): compiling every cue at import cost a one-file run 25 ms."""

    source: str
    flags: int
    lowered: str | None = None
    """The case-blind cue's pattern in lower case, searched in the page's lowered text without IGNORECASE."""
    needs: str = ""
    """A string every match contains: a page without it is passed over without a search."""

    def searched_as(self, page: Page) -> tuple[str, int, str]:
        """The pattern, its flags and the text this page is searched with."""
        if self.lowered is not None and page.lowered is not None:
            return self.lowered, self.flags & ~re.IGNORECASE, page.lowered
        return self.source, self.flags, page.text

    def find(self, page: Page) -> tuple[int, int] | None:
        """Where the cue first stands on the page. RE2 reads a page once where Python's engine tries every
        alternative at every word: the cues of 300 corpus leaflets took 0.4 s instead of 1.0 s (and a third less
        again once pages with letters or spaces outside ASCII were read by RE2 too, 2026-12-06)."""
        if self.needs and self.needs not in page.text:
            return None
        source, flags, text = self.searched_as(page)
        ours, theirs = split_for_re2(source, flags) if page.re2_text is not None else (None, source)
        if ours is None:
            found = _compiled(source, flags).search(text)
            return found.span() if found is not None else None
        fast = in_re2(ours, flags).search(page.re2_lowered if text is page.lowered else page.re2_text)
        slow = None if theirs is None else _searched_apart(theirs, flags, text)
        meeting = slow is not None and fast is not None and slow.start() == fast.start()
        if fast is not None and (page.touches_a_stand_in(*fast.span()) or meeting):
            found = _compiled(source, flags).search(text)  # a stand-in read, or both parts match at one place
            return found.span() if found is not None else None
        if fast is None or (slow is not None and slow.start() < fast.start()):
            return slow.span() if slow is not None else None
        return fast.span()


@cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


def _searched_apart(source: str, flags: int, text: str) -> re.Match[str] | None:
    """The alternatives RE2 cannot run, searched by Python's engine from the words they open with where each has
    one (case-blind cues are searched in lowered text, without IGNORECASE, so the words are found as written)."""
    literals = None if flags & (re.IGNORECASE | re.VERBOSE) else leading_literals(source)
    pattern = _compiled(source, flags)
    return pattern.search(text) if literals is None else search_from_literals(pattern, literals, text)


def case_blind(pattern: str, flags: int = 0) -> Cue:
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError("a case-blind cue cannot use an upper-case escape such as \\S: lowering would change it")
    return Cue(pattern, flags | re.IGNORECASE, pattern.lower())


def exact(pattern: str, flags: int = 0, needs: str = "") -> Cue:
    return Cue(pattern, flags, needs=needs)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:19|20)\d{2}"
DATE = case_blind(
    rf"\b(?:{_MONTH}\s+{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+{_YEAR}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}"
    rf"|{_YEAR}-\d{{2}}(?:-\d{{2}})?|\d{{1,2}}/{_YEAR})\b"
    rf"|\b(?:published|reviewed|review date|updated|issued|produced|printed|written|date|revised|version|effective|"
    rf"copyright|©|&copy;)\b[^\n]{{0,40}}\b{_YEAR}\b"
    rf"|(?:©|&copy;)\s*{_YEAR}"
)
NEXT_REVIEW = case_blind(
    r"\b(?:next[ _-](?:(?:full|scheduled|planned)[ _-])?review|review[ _-]date|date for review|due for review|review\s*:\s*(?:\w+\s+)?" + _YEAR
    + r"|to be reviewed|review due|review by|for review:|next check|check (?:this (?:leaflet|page|information|booklet|guide|sheet|factsheet) |it )?again(?: by|(?: in)?[*_]*\s*:[^\n]{0,20}"
    + _YEAR + r"|\s+(?:in|on|before)\s+[*_]*(?:[a-z]+\s+)?" + _YEAR + r")|"
    r"reviewed by \w+ " + _YEAR
    + r"|(?:will|we'll) (?:be )?review(?:ed)? (?:(?:this|the) (?:leaflet|page|guide|information|booklet|sheet|factsheet) )?"
    r"(?:in|by|before|on) (?:[a-z]+ )?" + _YEAR  # "This page will be reviewed in May 2027", "We will review this guide in ..."
    + r")"
)
SOURCES = case_blind(
    r"^[ \t]*(?:#+[ \t]*)?[*_]*(?:references|sources(?: of information)?|bibliography|further reading|evidence|citations"
    r"|where (?:this|the|our) information (?:comes|came) from|where we (?:got|found|get) (?:this|the|our) information"
    r"|(?:this )?information (?:was )?(?:checked|reviewed) against|information (?:used|taken from)|source material"
    r"|we used (?:these|the following) (?:sources|references)|(?:the )?sources we used|our sources"
    r"|we used information from|we drew on)\b"  # "We used information from:" over the list
    r"|(?:^[ \t]*|[.!?][ \t]+)[*_]*source[*_]*[ \t]*:[*_]*[ \t]*[A-Za-z]"  # "Source: U.S. Food and Drug Administration.
    # ...", after another sentence too ("Written by the Orthopaedic Department. Source: NICE."), not a leaflet's own
    # code ("Reference: VASC-019"); a reference that names guidance is a source ("Reference: NICE guideline NG157")
    r"|^[ \t]*[*_]*reference[*_]*[ \t]*:[^\n.]{0,120}\b(?:guidelines?|guidance|recommendations|et al)\b"
    r"|^[ \t]*(?:#+[ \t]*)?[*_]*(?:this (?:leaflet|information|page|booklet) is )?based on[*_]*[ \t]*:[*_]*[ \t]*$"  # "Based on:"
    # over the titles it draws on
    r"|\bet al\b|\bdoi\s*:|https?://|\bwww\.\w"
    r"|\b(?:based on|adapted from|in line with|follows|informed by|(?:we )?used information from)\b[^.\n]{0,80}\b(?:guidance|guidelines?|"
    r"recommendations|evidence|standards)\b",
    re.MULTILINE,
)
GUIDELINE_TITLE = exact(
    r"^[ \t]*(?:[-*+•][ \t]*)?(?:[A-Z][\w&.-]*[ \t]+){0,3}[A-Z][\w&.-]*[ \t]+Guidelines?[ \t]*[:–—][ \t]*\S",
    re.MULTILINE, needs="Guideline",
)
"""A guideline listed by its publisher's name and title ("KHA-CARI Guidelines: vascular access ..."), a source; not
an instruction ("Aftercare guidelines: keep the wound dry")."""
PHONE = exact(  # the lookahead first: a number starts with "+", "(" or a digit, and other places fail at once
    r"(?=[+(\d])(?<![\d/.,-])(?:\+\d{1,3}[\s-]?)?(?:\(?0\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}|\(\d{3}\)\s?\d{3}[-.\s]\d{4}"
    r"|\d{3}[-.\s]\d{3}[-.\s]\d{4}|\+\d{2}[\s-]?\d{5}[\s-]?\d{5}|[2-9]\d{2}-\d{4}(?!\s*(?:mg|ml|mcg|g|kg|units?|people|patients|years?)\b)|1[38]00[\s-]?\d{3}[\s-]?\d{3}|13\s?\d{2}\s?\d{2}|\b(?:999|911|000|111|112)\b)"
    r"(?![\d/-]|\.\d)"  # a full stop then a digit goes on (a date, "12.03.2026"); one ending the sentence does not
)
EMAIL = exact(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b", needs="@")
CONTACT = case_blind(
    r"\b(?:contact|call|phone|ring|telephone|email|e-mail|speak to|talk to|ask)\s+(?:us|the|your|our)\b"
    r"[^.\n]{0,40}\b(?:team|nurse|nurses|doctor|doctors|ward|clinic|department|unit|GP|hospital|specialist|"
    r"radiologist|consultant|surgeon|helpline|office|us)\b"
    r"|\b(?:contact|call|phone|ring)\s+us\b|\bhelpline\b|\bsupport (?:groups?|organisations?|organizations?|services?)\b",
)
AUTHOR = exact(
    r"(?i:\b(?:written|produced|prepared|published|developed|reviewed|approved|issued|compiled) by\b|\bauthors?:|^[ \t]*[*_]*made by\b"
    r"|\b(?:this|the) (?:guide|leaflet|booklet|information|page|factsheet) (?:was|is) (?:made|created) by\b"
    r"|^(?:author|authors|centre|center|organisation|organization|publisher|department|trust|hospital)\s*:\s*\S)"
    r"|©|&copy;|(?i:\bcopyright\b)"
    r"|(?:[A-Z][\w'&-]+\s+){1,6}(?:Hospitals?|Trust|Health Service|Health|Medical Cent(?:er|re)|Cancer Cent(?:er|re)"
    r"|Cent(?:er|re)|Unit|Clinic|Institute|Society|College|Foundation|Association|University|Department|Service"
    r"|Network|Radiology|Imaging|Practice|Partners|Associates)\b",
    re.MULTILINE,
)
_SUMMARY_WORDS = (
    r"(?:key (?:points|facts|messages|information|things)(?: at a glance| in brief)?|(?:quick |short |brief )?summary|in (?:brief|short|summary|a nutshell)|"
    r"at a glance|main points|main facts|(?:(?:most |really )?important |main |key )?things to remember|important points|quick facts|the facts|"
    r"what (?:you|families|parents|carers|patients) (?:need to|should|must) know|quick guide|tl;? ?dr|"
    r"points to remember|remember|the essentials|(?:the )?basics|need to know|(?:the )?(?:short|quick) version|main points to remember|"
    r"(?:quick |short )?recap|the (?:most )?important (?:things|bits)(?: to know)?|(?:the )?most important things(?: to know| to remember)?|important things to know|(?:really |most )?important to know|the main things to know|main things to know|things to know|key takeaways|(?:the )?bottom line|what to remember|to sum up|summing up|what matters most"
    r"|(?:let's|let us) (?:quickly )?(?:sum up|recap)(?: (?:the|our) (?:key|main) points)?|(?:please )?read this first)\b"
)
_SUMMARY_LEAD = r"(?:[a-z](?:[a-z_' -]|[^\x00-\x7f]){0,29}(?::|\?|[ \t][–—|-])[ \t]*)?[\"“]?(?:the\s+|your\s+|our\s+)?(?:(?:\d|three|four|five|six|seven|ten)\s+)?"
"""A lead and a count before the summary's words: "Before you read: 5 things to know", 'ON-SCREEN TEXT: "Key
points"', "Before you leave the unit – key points", "In a hurry? The key points", "Ngā mea matua | The main points"."""
SUMMARY_HEADING = re.compile(r"^\s*(?:\d+[.)]\s*)?" + _SUMMARY_LEAD + _SUMMARY_WORDS, re.IGNORECASE)
SUMMARY_LINE = case_blind(
    r"^[ \t]*(?:[|+][ \t]*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?:#+[ \t]*)?[*_]*(?:\d+[.)][ \t]*)?" + _SUMMARY_LEAD
    + _SUMMARY_WORDS
    + r"(?:[ \t]*\([^()\n]{1,40}\))?[\"”]?[*_]*[:.]?[ \t]*(?:[|+][ \t]*)?$"  # in a box drawn with "|" and "+" too
    r"|^[ \t]*[*_]*(?:key (?:points|facts|messages)|(?:in )?summary|in brief|at a glance|main points)[*_]*[ \t]*:[*_]*[ \t]+[^ \t\n]",
    re.MULTILINE,
)
"""A summary's own heading on a line of its own anywhere on the page (a "Key points" box in an aside too; a
video transcript's chapter after its time: "[07:05] QUICK RECAP"), or a summary's label opening a line that goes on
with its points ("Key points: you go home the same day; ..."; not "Remember: bring your tablets")."""


def across_lines(pattern: str) -> str:
    """A cue's words with any space between them, a line break too: a scraped page wraps "gets better" over
    "on its own" (only for a pattern with no space inside a character class)."""
    return pattern.replace(" ", r"\s+")


_TREATMENT_OR_DEVICE = (r"(?:treatment|procedure|operation|surgery|line|stent|drain|tube|port|catheter|filter|pump|biopsy"
                        r"|transfusion|medicine|medicines|dialysis|transplant)")
"""What a leaflet offers, as "without" names it when it says what happens without it."""
NO_TREATMENT = case_blind(across_lines(
    r"\b(?:without (?:any )?(?:treatment|this (?:treatment|procedure))|no (?:(?:cancer|active|specific) )?treatment|"
    r"(?:decid(?:e|ing)|choos(?:e|ing)|declin(?:e|ing)|prefer|want) not to\b|if nothing is done|rather not have|"
    r"not having (?:it|them|this|the (?:scan|test|procedure|treatment))\b|(?:you can|if you|i) say no|(?:do not|don't) have to have|"
    r"if (?:i|you) (?:do not|don't|do not want to|don't want to) have (?:a|an|the|this|any)\b|watch and wait|"
    r"if (?:i|you) (?:do not|don't) want (?:a|an|the|this|any) [a-z]+(?: [a-z]+)? at all\b|"
    r"(?:leav(?:e|ing)|keep(?:ing)?) (?:it|them|the (?:port|line|stent|drain|catheter|filter|tube)) in for now\b|"
    r"if (?:it|the (?:port|line|stent|drain|catheter|filter|tube)) stays in\b|"
    r"if (?:you|we) leave (?:it|them|the (?:port|line|stent|drain|catheter|filter|tube)) in\b|"
    r"(?:you|they|i) (?:do not|don't|did not|didn't) (?:get|have|receive) (?:any )?treatment\b|"
    r"(?:what|happens) if (?:i|you|we|my child|your child) (?:do not|don't|did not|didn't) (?:have|get|go ahead with|do (?:the|this|a|an|it|my|your)|take part|take up"
    r"|look after|care for"  # the care the leaflet asks for: "What if I do not look after my mouth?"
    r"|take (?:it|them|this|the|my|your|any treatment|treatment))\b|if (?:i|you|we) (?:had not|hadn't) had (?:the|this|a|an|it)\b|"
    r"(?:^|[.!?:;\n]\s*)without (?:it|them|this|(?:the|a|an|any|your) [a-z]+(?: [a-z]+)?), [a-z]+|"  # "Without the tube, the fluid ..."
    r"(?:^|[.!?:;\n]\s*)without (?:the|a|an|any|your) (?:[a-z]+ )?" + _TREATMENT_OR_DEVICE + r" (?:you|your child|we|they)"
    r" (?:would|will|may|might|could) (?:need|have|get|be)\b|"  # "Without a line you would need a new cannula each time."
    r"(?:decide|decides|choose|chooses|opt|opts) against\b|if (?:i|you|we|my child|your child|they) (?:refuse|decline|turn down|say no to)"
    r" (?:the |this |any |a |an |your |my )?(?:treatment|procedure|operation|surgery|transfusion|test|scan|biopsy|drain|it|this)\b|(?:leave|leaving) (?:it|them|this|the \w+) (?:alone|as it is)\b|"
    r"(?:choose|decide|prefer) to leave (?:it|them)\b|if i leave (?:it|them)\b|"
    r"\bnot (?:draining|treating)\b|"
    r"choose no treatment|wait and watch|(?:improves?|gets? better|settles?|stops?(?: hurting| bleeding)?|go(?:es)? away|heals?|clears? up|resolves?) (?:on (?:its|their) own|by (?:itself|themselves))|if you (?:decide |choose |prefer |want )?(?:to )?wait\b|"
    r"(?:^|[.!?:;,\n]\s*|\b(?:and|but|or) )without (?:[a-z]+ ){0,2}(?:or (?:a |an )?[a-z]+ )?(?:treatment|dialysis|surgery"
    r"|transplant|procedure|operation"
    r"|screening|the test|the scan)|"
    r"that (?:is|are) not (?:changed|treated|removed|used)|that (?:isn't|aren't) (?:changed|treated|removed|used)|"
    r"no (?:feeding tube|stent|drain|filter|port|catheter|pump|biopsy|procedure|operation|surgery|ablation|line at all|tube at all"
    r"|emboli[sz]ation)\b|"
    r"do(?:ing)? nothing|not (?:to )?hav(?:e|ing) (?:the|this|any) (?:treatment|procedure|test|operation)|"
    r"if (?:a|an|the|this|your) [\w-]+ (?:is|are) not (?:done|carried out|performed), (?:you|your|we|the|it|this|there)\b|"  # "If a biopsy is not done, ..."
    r"if (?:the|your) (?:drain|stent|tube|line|catheter|port|filter)\b[^.\n]{0,30}\b(?:(?:is|are) not (?:kept in|left in"
    r"|replaced|put back)|(?:is|are) (?:taken out|removed) and nothing (?:replaces (?:it|them)|takes (?:its|their) place))\b|"
    # "If the tube blocks or comes out and is not replaced, urine will back up"; "If the tube is taken out and nothing
    # replaces it, the vomiting comes back"
    r"(?:having|choosing|choose|chose) no (?:[\w-]+ )?(?:treatment|care|procedure|operation|surgery)\b|"  # "Having no
    # planned care is not safe", "What happens if I choose no new treatment?"
    r"comfort(?:-focused| focused)? care only|care focused on comfort|best supportive care|"  # a decision aid's column
    r"watchful waiting|active (?:monitoring|surveillance)|"
    # keeping watch offered as an option of its own: "Option 1: Keep watching (surveillance)"
    r"keep(?:ing)? watch(?:ing)?\s*\((?:active |regular )?(?:surveillance|monitoring|observation)|"  # no closing bracket:
    # the cue closes on a word boundary, which a bracket at a line's end does not stand at
    r"option\s*(?:\d+|[a-e]|one|two|three)\s*[:.–—-]\s*(?:keep(?:ing)? watch(?:ing)?|(?:regular )?"
    r"(?:monitoring|surveillance|observation))\b|"  # a numbered option's own label ("Option 1: ..."), not "no other option."
    r"(?:left|goes|go|remain|remains) untreated|waiting to see (?:what happens|if|whether)\b|"
    r"why (?:treat|should (?:i|you|we) treat|do (?:i|you|we) (?:need to )?treat) (?:it|this|them)|"  # "Why treat
    # it?": answered by what the condition does if it is not treated
    # "If left where it was, the object could have moved into your heart": the thing the leaflet removes, left be
    r"if (?:it is |it's |they are |they're |(?:the|your) [\w-]+ (?:is|are|was|were) )?left (?:alone|where (?:it|they)"
    r" (?:is|was|are|were)|as (?:it|they) (?:is|are))\b|"
    r"if (?:it|this|the \w+|your \w+|(?:[\w'’-]+ ){0,3}[\w-]+) (?:(?:is|are|was|were) (?:not|n't|left)|(?:had|has) (?:not|n't) been|hadn't been|wasn't|weren't)"
    r" (?:(?:found|diagnosed|removed|drained|prevented) (?:and|or) )?(?:treated|untreated)|not having (?:a|an|the|this|any)\b|"  # "If it had not been treated"
    r"if (?:it|this|the \w+|your \w+) (?:had not|hadn't) been (?:placed|put in|fitted|inserted)\b|"  # "What if the
    # stent had not been placed?" (not "if the drain is not placed well")
    r"(?:managing|coping|living|going on) without (?:a |an |the |any )?(?:procedure|treatment|operation|surgery)\b|"
    r"if nothing (?:changes|is changed)\b|"
    r"if (?:it|this|they|the [\w-]+|your [\w-]+) (?:stays|stay|remains|remain) (?:blocked|narrowed|narrow|untreated|as it is)\b|"
    r"(?:stay|carry on|keep going) (?:with|as) (?:what|how) (?:i am|i'm|you are|you're) (?:doing|now)\b|"
    r"if you (?:do not|don't) have (?:the|this|any) (?:treatment|procedure|test))\b",
))
"""What happens without treatment, said. No lookaround, so RE2 can read a page for it once: with Python's engine
this one cue was half the page-level cues' time."""
CONDITION_LEFT_AS_IT_IS = case_blind(across_lines(
    # "If the blockage is not relieved, the kidney may stop working"; the pain or bleeding "not relieved" by
    # painkillers is aftercare, not the choice of no treatment (a lookahead: searched apart from NO_TREATMENT). The
    # word's start is checked after its letters, so Python's engine jumps from "if" to "if" (17 times faster).
    r"if(?<!\wif) (?!(?:the |your )?(?:pain|discomfort|bleeding|symptoms?|swelling)\b)(?:the|your|this) (?:[\w-]+ )?[\w-]+ "
    r"(?:is|are) (?:not|n't) (?:relieved|unblocked|drained|corrected|repaired|fixed|cleared)\b"
    # the condition itself not managed ("If fatigue is not managed, it can make it harder to work"); a symptom not
    # controlled "by" or "with" the tablets, or the pain or sickness, is aftercare's call for help
    r"|if(?<!\wif) (?!(?:the |your )?(?:pain|discomfort|bleeding|symptoms?|swelling|sickness|nausea|vomiting|temperature"
    r"|fever|blood pressure|diabetes|sugar)\b)(?:(?:the|your|this) )?(?:[\w-]+ )?[\w-]+ (?:is|are) (?:not|n't) (?:well )?"
    r"(?:managed|controlled),[*_]* (?:it|this|they|the [\w-]+|your [\w-]+) (?:can|could|may|might|will|would)\b"  # a consequence
    # "What happens if we leave it?", "What happens if I leave the stone?": its course without treatment, so also no
    # risks section (not "if you leave the hospital": a place)
    r"|\bwhat (?:will |could |would |might )?happens? if (?:i|you|we) leave (?:it|them|(?:the|my|your) (?!(?:hospital"
    r"|ward|unit|clinic|department|room|bed|house|home|area|building|country)\b)[a-z]+)\b"
    # "If you choose no closure: ..." (not "no sedation": how it is done)
    r"|if(?<!\wif) (?:you|i|we) (?:choose|chose|decide on|opt for) no (?!(?:sedation|sedative|anaesthetic|anesthetic"
    r"|general|pain)\b)[\w-]+\b"
    # "What happens if we do not treat the stricture?"; treating the pain or a fever is aftercare
    r"|if(?<!\wif) (?:we|you|they|doctors|the doctors?|your doctor) (?:do not|don't|decide not to|choose not to) treat"
    r" (?!(?:the |your |any |this )?(?:pain|discomfort|bleeding|symptoms?|swelling|sickness|nausea|vomiting|infection"
    r"|fever|temperature)\b)(?:it|them|this|the [\w-]+|your [\w-]+)\b"
))
NOT_USING_IT = case_blind(across_lines(
    r"\bwhat (?:happens )?if (?:i|you|my child|your child|we) (?:(?:do not|don't|does not|doesn't) (?:use|wear|have|get)"
    r"|(?:stay|stays|stick|sticks|keep going) (?:on|with)) [^?\n.]{1,40}\?"
))
"""The leaflet asking itself what happens without the thing it offers: "What if I don't use a cold cap?", "What if I
stay on injections?", "What if
my child does not have a port?" (not a sentence telling the reader to ask about it)."""
KEEPING_WATCH_LABEL = re.compile(
    r"(?:regular |careful |active |close )?(?:monitoring|observation|surveillance|watching and waiting|wait and see)"
    r"(?: only)?[*_]*(?P<said>\s*[:–—-]\s*(?:\S+\s+){2}\S+)?",
    re.IGNORECASE,
)
"""Keeping watch as one of the options: a table row's first cell ("Monitoring") or a list item's label
("Active surveillance – a scan every year instead"), which the ``said`` group carries on to explain."""
WARNING_SIGNS = case_blind(
    r"\bseek (?:urgent |immediate |medical |emergency )?(?:help|advice|attention|care)\b"
    r"|\b(?:go to|attend|visit|come to) (?:your |the |our )?(?:nearest )?(?:[*_]*(?:children's|childrens|adult|main|hospital|"
    r"paediatric|pediatric) )?[*_]*(?:A&E|accident and emergency|emergency(?: department| room)?|ER|urgent care)\b"
    # "Come to Emergency straight away if ...", "Go to the **Children's Emergency** if your child:"
    r"|\b(?:call|ring|dial|phone)\s+(?:999|911|000|112|111|995|108|10177)\b"  # the UK's, US's, ..., Singapore's, India's, South Africa's
    r"|\bwarning signs?\b|\bwhen to (?:get|seek|call|contact)\b|\bwhen should (?:i|you|we) (?:get|seek|call|contact|come back"
    r"|return|tell)\b|\b(?:come back|return) to (?:the )?hospital (?:straight away|immediately|urgently|at once)\b"
    r"|\bred flags?\b|\b(?:is|are) (?:an? )?(?:medical )?emergenc(?:y|ies)\b"
    r"|\bget (?:medical |urgent |emergency )?(?:help|advice|care) (?:straight away|immediately|urgently|right away|at once)\b"
    r"|\bget (?:medical |urgent |emergency )?help (?:fast|quickly)(?=\s+if\b|\s*[:.!]|\s*$)"  # "Get help fast if" over a list
    r"|\bif you (?:notice|have|develop|get|experience|feel|see|are worried)\b[^.\n]{0,160}\b(?:call|contact|ring|"
    r"phone|tell|seek|go to|let)\b"
    r"|\b(?:call|contact|ring|phone|tell)\b[^.\n]{0,80}\b(?:straight away|immediately|urgently|right away|at once)\b"
    r"|\b(?:call|contact|ring|phone|tell)\b[^.\n]{0,80}\bif[*_]*\s*:"  # "Tell a parent or call us if:" over a list
    r"|\b(?:call|contact|ring|phone|tell|see)\b[^.\n]{0,80}\bif (?:you|your|the|there|it|they)\b[^.\n]{0,40}\b(?:have|has|get|gets"
    r"|develop|develops|notice|notices|experience|experiences|feel|feels|become|becomes|are|is|falls|bleeds?|leaks?|swells?|turns?"
    r"|hurts?|stops?)\b",
)
WARNING_SIGNS_HEADING = case_blind(
    r"#+[ \t]*(?:call|contact|ring|phone|tell|talk to|speak to)\b[^.\n]{0,60}\bif[*_]*[ \t]*(?:\n|$)"
)
"""A heading "Talk to your team if" over its list of warning signs (not a prose line wrapped after "if"). A cue of its
own: as one more alternative of WARNING_SIGNS it cost Python's engine five times as long on every page."""
GLOSSARY = case_blind(
    r"^[ \t]*(?:#+[ \t]*)?[*_]*(?:\d{1,2}[.)][ \t]*)?(?:[a-z]+,[ \t]+)?(?:(?:some|a few|the)[ \t]+)?(?:glossary|words we use|words used|words to know|medical words|jargon buster"
    r"|words (?:you|that you) (?:will|may|might|could) hear|words you'll hear|words you (?:will|may|might) (?:see|read|come across)|useful words"
    r"|what (?:the )?words mean|key terms|terms we use|terms used|explanation of terms|words explained|terms explained"
    r"|explaining (?:the )?words|a-z of terms|understanding (?:the |these |some )?(?:words|terms))\b[^\n]{0,40}$"
    r"|^[ \t]*(?:#+[ \t]*)?[*_]*(?:\d{1,2}[.)][ \t]*)?hard words(?: on this page| in this (?:leaflet|booklet)| explained| we use)?[*_:]*[ \t]*$",
    re.MULTILINE,
)
"""A glossary's own heading, numbered or not ("11. Glossary"): the terms after it are explained there (PEMAT-P item 4
allows a glossary)."""
GLOSSARY_REACH = 4000
"""How far after its heading a glossary is read: a page's glossary is a list of short entries."""
_YOU = re.compile(r"you(?:rself|rs|r)?\b")
"""Opening with its literal, so Python's ``re`` jumps between "you"s; a leading ``\b`` or lookbehind would have
it try every position (0.06 s against 0.005 s over 300 leaflets): the word start is checked after."""


def count_you(text: str) -> int:
    """The "you", "your", "yours" and "yourself" words of a text, in any case."""
    lowered = text.lower()
    return sum(1 for found in _YOU.finditer(lowered)
               if not found.start() or not (lowered[found.start() - 1].isalnum() or lowered[found.start() - 1] == "_"))


THIRD_PERSON = re.compile(r"\b(?:the patient|patients|the individual|individuals)\s+(?:should|must|will|may|can|need)\b",
                          re.IGNORECASE)
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)


def visible(source: str, html: bool) -> str:
    """The page's text with each tag (and script, style, comment) made one space, keeping its line breaks, so
    that offsets still find lines and the cues do not wade through markup; character references read as the
    characters they stand for ("don&rsquo;t" as "don’t"), but never as a line break."""
    if not html:
        return source
    text = _TAG.sub(lambda match: " " + "\n" * match.group().count("\n"), source)
    return _ENTITY.sub(lambda match: unescape(match.group()).replace("\n", " ").replace("\r", " "), text)


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
