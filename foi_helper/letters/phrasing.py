"""Turning a point's words into the subject of a request for records.

FOI gives recorded information, not answers (FOIA s.1(1), s.84): "how many X" becomes "the number of X",
"what steps he is taking to Y" becomes "steps taken or planned to Y", pronouns of the question ("he", "her
Department", "they") become the body they stand for. When no pattern fits, the point's own words are quoted:
never ungrammatical, and the lint check ignores quoted words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..analysis.subject import who_or_that
from ..reading.preamble import addressed

INLINE_MARK = re.compile(r"\s\((?:[a-z]|[ivx]{1,4})\)\s")
LEADING_MARK = re.compile(r"^\s*\((?:[a-z]{1,3}|\d{1,2})\)\s*")
MONEY = re.compile(
    r"(?:(?:an?|the)\s+(?:(?:additional|extra|further|new|total|further)\s+)?)?£\s?[\d,.]+\s*"
    r"(?:million|billion|m\b|bn\b|k\b)?(?:[^.;,]|\.\d|,\d)*",
    re.IGNORECASE,
)
TOOL = re.compile(
    r"\b(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:tool|app|software|system|platform|programme|scheme|pilot|"
    r"initiative|service|fund|taskforce|campaign))\b(?:\s+(?:(?:was|were|has been|have been|is|are)\s+)?"
    r"(?:developed|launched|created|built|set up|established)(?:\s+(?:at|by|in|with)\s+[^,.;]+?)?)?"
    r"(?=\s+(?:that|which|to)\b|[,.;]|$)",
    re.IGNORECASE,
)
TOOL_PURPOSE = re.compile(
    r"\b(?:that|which)\s+(?:can|will|could)\s+be\s+used\s+to\s+([^.;]+?)(?:,|\.|;| which |$)", re.IGNORECASE
)


@dataclass(frozen=True)
class Subject:
    """The thing a request item is about: a noun phrase, or the point's words quoted."""

    phrase: str
    quoted: bool = False
    as_kind: str | None = None  # the template that fits better than the point's kind ("will list X" → other)
    promised_when: str | None = None  # the vague time an answer gave the step ("in due course")
    promised_copy: str | None = None  # the document the answer promised to publish, asked for itself

    @property
    def capitalised(self) -> str:
        return self.phrase[:1].upper() + self.phrase[1:]


def words_of_date(d: date) -> str:
    """'24 June 2019' (no leading zero), the form letters use."""
    return f"{d.day} {d.strftime('%B %Y')}"


# A vague time for what is promised: cut from a point's words, and read off an answer's promise.
_VAGUE_WHEN = (r"(?:later this year|later this month|this year|next year|in due course|shortly|soon|in the "
               r"(?:coming|next few) (?:weeks|months)|by the end of (?:the|this) year|in the (?:spring|summer|autumn|"
               r"winter|new year)|as soon as (?:possible|practicable)|at the earliest opportunity|when (?:it|they|this) "
               r"(?:is|are) (?:ready|available|complete))")
WHEN_PROMISED = re.compile(rf"\s+{_VAGUE_WHEN}$", re.IGNORECASE)


def clean_point_text(text: str) -> str:
    """The point's words without a leading list mark, trailing punctuation, a closing 'and if …' clause or a
    vague promise of time ("later this year": the request asks for the timetable instead)."""
    text = LEADING_MARK.sub("", text.strip())
    text = WHEN_PROMISED.sub("", text.rstrip(".;:,? "))
    text = re.sub(r";?\s*and if (?:he|she|they) will make a statement.*$", "", text, flags=re.IGNORECASE)
    if len(INLINE_MARK.findall(text)) == 1:  # one item of a lettered list: the mark only confuses
        text = INLINE_MARK.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".;:,?").strip()


def replace_pronouns(text: str, house: str | None) -> str:
    """The question's pronouns named: the minister asked ("he", "her Department") or the Government ("they")."""
    text = re.sub(r"\b(?:his|her|their|its)\s+Department\b", "the Department", text, flags=re.IGNORECASE)
    text = re.sub(
        r"\b(?:his|her)\s+(policies|policy|plans|officials|Ministers)\b", r"the Department's \1", text
    )
    # "her counterpart in Denmark": the minister's
    text = re.sub(r"\b(?:his|her)\s+((?:\w+\s+)?counterparts?)\b", r"the Minister's \1", text)
    text = re.sub(r"\b(has|have|will|did|does|is)\s+(?:he|she)\b", r"\1 the Secretary of State", text)
    text = re.sub(
        r"\b(?:he|she)\s+(?=(?:(?:next|still|now|currently|also|last|first)\s+)?(?:has|have|had|is|was|will|would|"
        r"plans?|intends?|expects?|made|make|took|takes|met|received)\b)",
        "the Secretary of State ",
        text,
    )
    if (house or "").lower() == "lords":
        text = re.sub(
            r"\bthey\s+(?=(?:are|have|had|will|would|plan|intend|expect|made|make|took|take)\b)",
            "the Government ",
            text,
        )
    return text


# "the number of individuals that have been subject to sanctions" reads "individuals who".
_COUNTED_THAT = re.compile(r"^(the (?:number|proportion|percentage|number and proportion) of )((?:(?! that\b).)+?) "
                           r"that\b")


# Past tenses that do not end in -ed, and present tenses a counted group often takes ("how many staff work …")
_PAST = (r"paid|made|sent|spent|won|lost|left|went|came|gave|held|sold|bought|brought|kept|met|told|found|got|"
         r"took|took place|sat|ran|began|became|wrote|drove|flew|fell|underwent|undertook|withdrew|saw|"
         r"\w+ed")
_PRESENT = r"work|live|require|need|receive|attend|use|hold|own|claim|take|pay|remain|wait|access"


def _relative_who(phrase: str) -> str:
    m = _COUNTED_THAT.match(phrase)
    # not "prisoners that Ministers have released": there the people are the clause's object
    if not m or who_or_that(m[2]) != "who" or re.match(r" (?:[A-Z]|(?:the|his|her|their|its|officials|ministers|"
                                                        r"staff|officers)\b)", phrase[m.end():]):
        return phrase
    return f"{m[1]}{m[2]} who{phrase[m.end():]}"


def _subject_from_question(text: str, kind: str) -> Subject | None:
    redirects: list[tuple[str, str, str]] = [
        # "what comparison he has made between the number of deaths from X and from Y": a written comparison is
        # an assessment of the figures compared
        (r"^what comparison .*?\b(?:made|make|carried out|drawn)\s+between (.+)$", r"\1", "assessment"),
        (
            r"^(?:whether|if) .*?\b(?:is|are|has been|have been|will be) taking (?:steps|action) (to|on|in) (.+)$",
            r"steps taken or planned \1 \2",
            "actions",
        ),
        # "what progress his Department is making with the sale of the Tote": the records of progress on it
        ((r"^what (?:recent |further )?progress .*?\b(?:is|are|has been|have been|has|have) (?:making|made) "
         r"(?:with|on|in|towards?) (.+)$"), r"progress on \1", "actions"),
        # "which stakeholders his Department has consulted on the Planning and Infrastructure Bill"
        ((r"^which (?:stakeholders|organisations|groups|bodies|businesses|charities) .*?\b(?:consulted|met|engaged "
         r"with|spoken to)(?: (?:on|about|in relation to|regarding))? (.+)$"), r"external stakeholders about \1",
         "meetings"),
        # "what action is being considered by the Department to encourage X"
        (r"^what (action|actions|measures|steps) (?:is|are) being (considered|taken|planned) (.+)$",
         r"the \1 being \2 \3", "actions"),
        # "what representations the Secretary of State has had from the National Rivers Authority over X"
        (r"^what representations .*?\b(?:has|have|had) (?:had|received) (from .+)$", r"representations received \1",
         "correspondence"),
        # "whether the Secretary of State will estimate the number of young people who …"
        ((r"^(?:whether|if) .*?\bwill (?:estimate|assess|calculate|quantify) ((?:the )?(?:number|numbers|proportion|"
         r"percentage|amount|cost|value|scale)\b.+)$"), r"\1", "statistics"),
        (r"^(?:whether|if) .*?\bwill (?:respond|reply) to (.+)$", r"\1", "correspondence"),
        # "what his response is to the call for X": the records of the Government's response to it
        ((r"^what (?:is )?(?:his|her|their|the Government's|the Government’s|the) (response|reply|position) "
          r"(?:is |was )?(to|on) (.+)$"), r"the Government's \1 \2 \3", "reasons"),
        # "whether sector-specific data … has been analysed prior to regulation": the analysis of that data
        ((r"^(?:whether|if) (?!(?:he|she|they|it|the Department|the Government)\b)(.+?),? (?:has|have|had) been "
          r"(?:analysed|analyzed|assessed|evaluated|modelled|reviewed)\b,? ?(.*)$"), r"\1 \2", "assessment"),
        # "if she will list the meetings between his Department, including the Office for Equality and
        # Opportunity, and the EHRC on X" → the meetings with "the EHRC on X"
        ((r"^(?:whether|if) .*?\bwill (?:list|set out|publish|provide details of|give details of) (?:the |all )?"
          r"(?:meetings|discussions|conversations|calls)(?: (?:which|that) .{1,60}? (?:has|have) had)? (?:between|with) "
          r"(?:(?:his|her|their|the) (?:Department|Ministry|officials|Ministers|Government)\b[^,]*?"
          r"(?:,? including [^,]+,)? and )?(.+)$"), r"\1", "meetings"),
        (
            r"^(?:whether|if) .*?\b(?:will make|has made|have made|made|make) representations to (.+)$",
            r"representations made to \1",
            "correspondence",
        ),
        (
            r"^(?:whether|if) .*?\bwill (?:list|set out|state|give|provide (?:a breakdown of|details of)?)\s*(.+)$",
            r"\1",
            "other",
        ),
    ]
    for pattern, repl, as_kind in redirects:
        hit = re.match(pattern, text, flags=re.IGNORECASE)
        if hit:
            keep = kind if as_kind == "other" and kind in ("statistics", "spending", "documents") else as_kind
            return Subject(hit.expand(repl).strip(), as_kind=keep)
    patterns: list[tuple[str, str]] = [
        # "whether he has made an assessment of X", "if she will make an estimate of X" → X
        (
            (r"^(?:whether|if|what)\b.*?\b(?:made|make|carried out|carry out|conducted|conduct|undertaken|undertake|"
            r"commissioned|commission)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:assessment|estimate|evaluation|"
            r"analysis|review)s?\s+(?:of|on)\s+(.+)$"),
            r"\1",
        ),
        (r"^what (?:information|data|figures|statistics|records) .*?\b(?:holds?|has|have) (?:on|about) (.+)$", r"\1"),
        # "whether the Secretary of State has an estimate of the delay in payment of benefits"
        (r"^(?:whether|if) .*?\b(?:has|have|holds?) (?:an?|any) (?:estimate|assessment) of (.+)$", r"\1"),
        (
            (r"^what (research|studies|evaluations?|reviews?|analysis|modelling|work) (?:.*? )?(?:has|have) "
            r"(commissioned|carried out|conducted|undertaken|published) (into|on|of) (.+)$"),
            r"\1 \2 \3 \4",
        ),
        (
            r"^whether .*?\bholds? (?:any )?(?:data|information|figures|statistics|records) (?:on|about|of) (.+)$",
            r"\1",
        ),
        (
            (r"^(?:whether|if) .*?\b(?:will|plans? to|intends? to|to) (?:publish|place in the Library|release|make "
            r"available|share|deposit in the Library)\s+(?:a copy of\s+)?(.+)$"),
            r"\1",
        ),
        (r"^place in the Library (?:a copy of\s+)?(.+)$", r"\1"),
        # "how many and what proportion of staff at the Institute are apprentices" → "… staff at the Institute that
        # are apprentices" ("who", below, for people)
        (r"^how many and what proportion (?:of )?((?:(?!\b(?:that|who|which)\b).)+?) (are|is|were|was|have|has|had) (.+)$",
         r"the number and proportion of \1 that \2 \3"),
        (r"^how many and what proportion (?:of )?(.+)$", r"the number and proportion of \1"),
        # "how many times has the Government rejected X" → "the number of times the Government has rejected X"
        (r"^how many times (has|have|had|did|does|do|is|are|was|were) (the \w+(?: \w+)?|it|he|she) (\w+(?:ed|en)) (.+)$",
         r"the number of times \2 \1 \3 \4"),
        # "how many times her Department has recorded X" (the clause, not the question's order)
        (r"^how many times (the \w+(?: \w+)?|it|he|she) (has|have|had) (\w+(?:ed|en)) (.+)$",
         r"the number of times \1 \2 \3 \4"),
        # "how many unprocessed probate applications there are in (a) X and (b) England"
        (r"^how many ((?:(?!\bthere\b).)+?) there (?:are|were|is|was|have been|has been)\b ?(.*)$",
         r"the number of \1 \2"),
        # "how many hits the website run by X has received" → "the number of hits received by the website run by X"
        (r"^how many (\w+) (the .+?) (?:has|have|had) (received|recorded|issued|sent|made|handled|processed)\b(.*)$",
         r"the number of \1 \3 by \2\4"),
        # "how many youth hubs South Shropshire constituency will receive", "how many meetings officials from
        # their Department have attended": the clause has its own subject, the counted things are its object
        ((r"^how many (?-i:((?:[a-z][\w-]* ){0,2}[a-z][\w-]*s) ((?:the )?[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|and|"
          r"for))*(?: (?:constituency|council|area|region))?|(?:his |her |their |the )?(?:officials|Ministers|ministers|"
          r"staff|officers)(?: (?:from|of|in) (?:the |his |her |their )?[A-Z][\w'-]+(?: [A-Z][\w'-]*)*)?)) "
          r"(will|would|has|have|had|did|does|do|can|could) ((?:\w+ly )?[a-z]\w+ .+)$"),
         r"the number of \1 that \2 \3 \4"),
        (  # the first verb of the counted things, never one inside a later "those which are"
            (r"^how many ((?:(?!\b(?:which|who|that)\b).)+?) (have|has|had|were|are|was|is|did|will|would|"
             r"remain|remained|exist|existed) (.+)$"),
            r"the number of \1 that \2 \3",
        ),
        # "how many (a) workers and (b) temporary workers each of the sponsors on the register sponsored in each
        # year" → "… sponsored by each of the sponsors on the register in each year": the clause's own subject
        ((r"^how many ((?:(?!\beach\b)\S+ ){0,8}?\S+) (each (?:of (?:the |its |their )?)?(?:\S+ ){0,10}?\S+) "
          rf"((?:{_PAST})(?: (?:\w+ly|early|late))?)((?= (?:in|since|during|for|between|from|over|to|at|on|under|through)\b).*|)$"),
         r"the number of \1 \3 by \2\4"),
        (r"^how many ((?:\S+ ){0,2}\S+)$", r"the number of \1"),
        (r"^how many ((?:\S+ ){0,8}?\S+) (\w+ed) (.+)$", r"the number of \1 that \2 \3"),
        # "how many people paid late payment interest", "how many such meetings took place", "how many staff work
        # on the team": a verb the rule above does not know by its ending (not a participle: "referrals made to")
        ((rf"^how many ((?:\S+ ){{0,8}}?\S+) ((?:{_PAST})(?! (?:to|by|in|on|for|from|under|at|with|within|during)\b)|"
          rf"{_PRESENT}) (.+)$"), r"the number of \1 that \2 \3"),
        # "what the total value of those penalties is", "what the percentage change in staffing has been over
        # that period"
        (r"^what (the (?:(?!\b(?:is|was|are|were|has|have)\b).)+?) (?:is|was|are|were|has been|have been)\b ?(.*)$",
         r"\1 \2"),
        # "what the average time taken to process an application (a) overall": the measure named
        (r"^what (the (?:average|mean|median|total|typical|longest|shortest|maximum|minimum) .+)$", r"\1"),
        (
            r"^what proportion of (.+?) (were|are|was|is|have|has|had) (.+)$",
            r"the proportion of \1 that \2 \3",
        ),
        (r"^what proportion of (.+)$", r"the proportion of \1"),
        (r"^what percentage of (.+?) (were|are|was|is|have|has|had) (.+)$", r"the percentage of \1 that \2 \3"),
        (r"^what percentage of (.+)$", r"the percentage of \1"),
        # "what contingency preparations the Wales Office made for X"
        (r"^what ((?:contingency|emergency|security|transitional) )?(preparations|arrangements) (.+)$",
         r"the \1\2 \3"),
        (r"^what (?:is|was|are|were) (the .+)$", r"\1"),
        (r"^what plans (?:does|do) (.+?) have (to|for) (.+)$", r"the plans of \1 \2 \3"),
        (
            (r"^what (guidance|processes|procedures|regulations|requirements|plans|support|advice|arrangements|"
            r"provision|criteria|targets|lessons|specialist \w+ \w+) (.+)$"),
            r"the \1 \2",
        ),
        (r"^what (funding|money|resources|support|grants?|payments?) (.+)$", r"the \1 \2"),
        (
            (r"^how much (?:money |funding )?(?:has been |have been |was |were |is |will be )(spent|allocated|paid|"
            r"received|awarded|provided)(.*)$"),
            r"the amount \1\2",
        ),
        # "how much money his Department has spent" → "the amount of money the Department has spent"
        (r"^how much (money|funding|revenue|income|capital|grant|compensation|tax|VAT)\b (.+)$", r"the amount of \1 \2"),
        (r"^how much (.+)$", r"the amount \1"),
        (
            (r"^what (?:recent |potential )?(?:assessment|estimate|evaluation|analysis)(?: .*?)? (?:made|carried out) "
            r"(?:of|on) (.+)$"),
            r"\1",
        ),
        (
            r"^(?:an? |any )?(?:recent |potential )?(?:assessment|estimate|evaluation|analysis) (?:of|on) (.+)$",
            r"\1",
        ),
        (
            (r"^what (?:steps|action|actions|measures) .*? (?:taking|take|taken)(?:,? or (?:intends?|plans?) to take,?)?"
            r" (to|on|in) (.+)$"),
            r"steps taken or planned \1 \2",
        ),
        (r"^what progress .*? (?:has|have) made (?:in|on|towards) (.+)$", r"progress made towards \1"),
        (
            (r"^(?:what|whether|if)\b.*?\b(?:discussions?|meetings?|meet|conversations?|talks|representations|"
            r"spoken|spoke|speak)\s+(?:\w+\s+){0,7}?(?:with|to)\s+(.+)$"),
            r"\1",
        ),
        # "whether he will meet representatives of X to discuss Y" → "representatives of X to discuss Y"
        ((r"^(?:whether|if)\b.*?\b(?:has|have|had|will|plans? to|intends? to)\s+(?:\w+ly\s+)?(?:met|meet)\s+"
          r"(?!with\b|to\b)(.+)$"), r"\1"),
        (
            (r"^what (?:is )?(?:his|her|their|the) (?:planned |expected )?(?:timeline|timetable|timescale|timeframe)"
            r"(?: is)? for (.+)$"),
            r"the timetable for \1",
        ),
        (r"^what (?:is |was )?the (.+?) (?:was|is|were|are) (.+)$", r"the \1 \2"),
        (r"^the (?:number|amount|value|cost|total|proportion) of .+$", r"\g<0>"),
        (r"^(?:the )?(?:estimate|estimated|cost|costs|value) of (.+)$", r"\g<0>"),
    ]
    for pattern, repl in patterns:
        m = re.match(pattern, text, flags=re.IGNORECASE)
        if m:
            phrase = _relative_who(m.expand(repl).strip())
            if kind == "meetings" and "discussions?" not in pattern and "(?:met|meet)" not in pattern:
                continue
            return Subject(phrase)
    reason = re.match(r"^(?:for what (?:policy )?reasons?|why)\s+(.+)$", text, flags=re.IGNORECASE)
    if reason:
        # the reasons template asks for the records of the reasons for this ("he proposes X": the minister asked)
        why = re.sub(r"^(?:he|she)\b", "the Secretary of State", reason.group(1))
        return Subject(re.sub(r"^they\b", "the Government", why))
    if re.match(r"^(?:whether\b|when\b)", text, re.IGNORECASE) and kind in ("decision", "timetable"):
        return Subject(text)  # "a record of a decision on whether …", "a plan showing when …"
    if re.match(r"^(?:whether|if|when|who|which|what|where|how)\b", text, re.IGNORECASE):
        return None
    return Subject(text)


def _subject_from_answer(text: str, evidence: str | None, kind: str) -> Subject:
    """A claim in the answer as 'the …': 'an additional £300,000 to …' → 'the additional £300,000 to …'."""
    if kind == "spending":
        m = MONEY.search(text) or (MONEY.search(evidence) if evidence else None)
        if m:
            money = re.sub(
                r"\s+(?:and (?:will|is|are|has|have)|as|which|while|because|so that)\b.*$", "", m.group(0)
            )
            return Subject(_definite(money))
    m = TOOL.search(text)
    if kind in ("documents", "actions", "other") and m:
        phrase = _definite(m.group(0))
        purpose = TOOL_PURPOSE.search(text) or (TOOL_PURPOSE.search(evidence) if evidence else None)
        if purpose and " to " not in phrase:
            phrase += f" to {purpose.group(1).strip()}"
        return Subject(phrase)
    # "I [Minister Rutley] visited Peru": Hansard's bracketed name is who "I" was
    text = re.sub(r"^I \[([^\]]{3,60})\]", r"\1", text)
    if re.search(r"\b(?:is|are|was|were|will|has|have|had|visited|met)\b", text) \
            or _ACTIVE.match(_split_time(text)[1]):
        claim = claim_phrase(text)
        return (
            Subject(claim) if claim else Subject(text, quoted=True)
        )  # no pattern fits: cite it, don't bend it
    return Subject(_definite(text))


TIME_LEAD = re.compile(
    r"^(?:(?:In addition|Also|Furthermore|Moreover),?\s+)?(?P<time>(?:in|on|by|since|during|"
    r"last|earlier|this) (?:\d{1,2} )?(?:[A-Z][a-z]+|\d{4}|year|month|week)(?: \d{4})?),?\s+",
    re.IGNORECASE,
)
_AGENT = r"(?P<agent>(?:the |The )?(?:[A-Z][\w'’-]*)(?: (?:of|for|and|[A-Z][\w'’-]*))*|he|she|they|we|I|it)"
_ADVERB = r"(?:(?:also|recently|already|today|then|has|have|had)\s+)*"
PARTICIPLES = {
    "wrote": "written",
    "set out": "set out",
    "made": "made",
    "held": "held",
    "sent": "sent",
    "met": "met",
    "gave": "given",
    "took": "taken",
    "began": "begun",
}
_ACTIVE = re.compile(
    rf"^{_AGENT}\s+{_ADVERB}(?P<verb>set out|announced|made|issued|published|launched|developed|co-hosted|hosted|"
    r"held|wrote|sent|commissioned|agreed|signed|allocated|awarded|provided|committed|unveiled|established|"
    r"created|introduced|convened|chaired|gave|took|began)\s+(?P<obj>.+)$"
)
_FUTURE = re.compile(
    rf"^{_AGENT}\s+(?:will|is to|are to|plans to|intends to|expects to|aims to|is planning to|is going to)\s+"
    r"(?:(?:shortly|soon|also)\s+)?(?:publish|issue|introduce|launch|set out|bring forward|lay|consult on|"
    r"respond to|review|update|deliver|produce)\s+(?P<obj>.+)$"
)
_PASSIVE = re.compile(
    r"^(?:An?|The|an?|the)\s+(?P<thing>.+?)\s+(?:was|were|has been|have been|is being|are being)\s+"
    r"(?P<verb>\w+ed|set up|made|held|sent|written|given|taken)\b(?P<rest>.*)$"
)
_CLAUSE_CUT = re.compile(r",\s+(?:including|which|where|who|whom|when|as|and|with|so that)\b.*$")
_HEAD_CUT = re.compile(r"\s+(?=(?:at|in|on|during|to|for|with|from)\s)")


def _split_time(text: str) -> tuple[str | None, str]:
    m = TIME_LEAD.match(text)
    if not m:
        return None, text
    return m.group("time")[:1].lower() + m.group("time")[1:], text[m.end() :]


def _agent_words(agent: str) -> str:
    """'The Home Secretary' → 'the Home Secretary'; pronouns → '' (who they stand for is not in the sentence)."""
    if agent.lower() in ("he", "she", "they", "we", "i", "it"):
        return ""
    return agent[:1].lower() + agent[1:] if agent.lower().startswith("the ") else agent


def claim_phrase(sentence: str) -> str | None:
    """A claim in the answer as a noun phrase naming the thing: "The Home Secretary set out five demands at his
    speech" → "the five demands set out by the Home Secretary at his speech". None when no pattern fits."""
    time, text = _split_time(sentence.strip().rstrip("."))
    text = _CLAUSE_CUT.sub("", text)
    working = re.search(
        r"\b(?:is|are) (?:currently )?(?:developing|preparing|drafting|working on|finalising|reviewing|updating|"
        r"producing)\s+(.+?)(?:\s+and will\b.*)?$",
        text,
    )
    if working:
        return _definite(working.group(1))
    will_be = re.match(
        r"^(?:The |the )?(.+?) will be (?:introduced|published|issued|laid|launched|set out|implemented|"
        r"announced|brought forward)\b",
        text,
    )
    if will_be:
        return _definite(f"the {will_be.group(1)}")
    visit = re.match(rf"^{_AGENT}\s+{_ADVERB}(?P<verb>visited|met with|met)\s+(?P<obj>[^,;]+)", text)
    if visit:
        agent = _agent_words(visit.group("agent"))
        what, to = ("visit", "to") if visit.group("verb") == "visited" else ("meeting", "with")
        by = f"{'by' if what == 'visit' else 'of'} {agent} " if agent else ""
        # "visited Peru in October and held discussions with X" → "… to Peru in October, and the discussions held with X"
        obj = re.sub(r"\s+and (?:held|had) (discussions|talks|meetings) with\b", r", and the \1 held with",
                     visit.group("obj").strip())
        return f"the {what} {by}{to} {obj}" + (f" {time}" if time else "")
    future = _FUTURE.match(text)
    if future:
        return _definite(WHEN_PROMISED.sub("", future.group("obj")))
    active = _ACTIVE.match(text)
    if active:
        verb = PARTICIPLES.get(active.group("verb"), active.group("verb"))
        agent = active.group("agent")
        by = f" by {_agent_words(agent)}" if _agent_words(agent) else ""
        if re.match(r"(?:to|at|in|on|with|for|from|about)\s", active.group("obj")):
            return None  # "wrote to all local authorities": no thing named to ask for
        parts = _HEAD_CUT.split(active.group("obj"), maxsplit=1)
        head, rest = parts[0], (" " + parts[1] if len(parts) > 1 else "")
        return _definite(f"{head} {verb}{by}{rest}{' ' + time if time else ''}")
    passive = _PASSIVE.match(text)
    if passive:
        return _definite(f"the {passive.group('thing')} {passive.group('verb')}{passive.group('rest')}")
    return None


def _definite(phrase: str) -> str:
    phrase = phrase.strip().rstrip(".;,")
    phrase = re.sub(
        r"\s+(?:was|were|has been|have been)\s+(developed|launched|created|built|set up|established)\b",
        r" \1",
        phrase,
    )
    return re.sub(r"^(?:an?|An?)\s+", "the ", phrase)


def subject_of_point(
    text: str, *, source: str, kind: str, house: str | None, evidence: str | None = None
) -> Subject:
    """The point as the subject of a request for records."""
    cleaned = clean_point_text(text)
    if source == "answer":
        return _subject_from_answer(cleaned, evidence, kind)
    named = re.sub(r"^if\s+", "whether ", replace_pronouns(cleaned, house), flags=re.IGNORECASE)
    return _subject_from_question(named, kind) or Subject(named, quoted=True)


def is_tool(subject: Subject) -> bool:
    return not subject.quoted and bool(TOOL.search(subject.phrase))


def mentions_licensing(*texts: str | None) -> bool:
    return any(t and re.search(r"\blicen[cs]", t, re.IGNORECASE) for t in texts)


def question_as_reported(question: str) -> tuple[str, str] | None:
    """'To ask Her Majesty's Government what steps …' → ("Her Majesty's Government", "what steps …"): who was
    asked, and the question's own words (quoted in the letter: they are the member's, not the requester's)."""
    return addressed(question.strip().rstrip("."))


DOCUMENT_NAME = re.compile(
    r"(?:\b[Tt]he\s+)?(?:(?:[A-Z][\w’'-]*|of|and|for|on|the|in)\s+){0,7}?(?:[A-Z][\w’'-]*\s+)?(?:Plan|Strategy|"
    r"Report|Review|White Paper|Green Paper|Paper|Framework|Code of Practice|Code|Guidance|Accounts|Assessment|"
    r"Roadmap|Charter|Action Plan|Programme|Consultation|Response|Evaluation|Audit|Inquiry)\b(?:\s+\([A-Z]{2,}\))?"
)


def named_document(*texts: str | None) -> str | None:
    """The first named document in the texts ("the Army’s Capability Investment Plan (CIP)"), or None."""
    for text in texts:
        if not text:
            continue
        for m in DOCUMENT_NAME.finditer(text):
            name = re.sub(r"^(?:(?:of|and|for|on|in)\s+)+", "", m.group(0).strip())
            words = [
                w
                for w in re.findall(r"[\w’'-]+", name)
                if w.lower() not in ("the", "of", "and", "for", "on", "in")
            ]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                return re.sub(r"^The\b", "the", name)
    return None


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# A condition the letter states on an item ("I ask only for figures already held …", "I do not ask again for
# … which the answer gave"): said once for all the items that share it, not at the end of each.
_CONDITION = re.compile(r"(?<=[.)] )I (?:ask only|do not ask again)\b[^.]*\.")


def hoist_conditions(items: list[str]) -> tuple[list[str], list[str]]:
    """The items without the conditions two or more of them state word for word, and one paragraph for each such
    condition naming the items it covers ("In items 1 and 3, I ask only for figures already held …")."""
    seen: dict[str, list[int]] = {}
    for n, text in enumerate(items, 1):
        for m in _CONDITION.finditer(text):
            seen.setdefault(m.group(0), []).append(n)
    shared = {s: ns for s, ns in seen.items() if len(set(ns)) > 1}
    if not shared:
        return items, []
    out = []
    for text in items:
        for s in shared:
            text = text.replace(" " + s, "")
        out.append(text)
    notes = [s if len(set(ns)) == len(items) else f"In items {join_words([str(n) for n in dict.fromkeys(ns)])}, {s}"
             for s, ns in shared.items()]
    return out, notes


def name_the_department(text: str, department: str) -> str:
    """"the amount the Department spent" → "the amount the Scotland Office spent": the question's "his
    Department" named, so that an item reads the same to whoever receives it. (`department` as the letter
    names it, "the Scotland Office", "HM Treasury".)"""
    return re.sub(r"\bthe Department\b(?! (?:for|of)\b)", department, text)


# What an answer promises, as the thing to be timetabled: "… and intends to update the latest published list in
# due course" → "updating the latest published list"; "We will announce shortly how we intend to …" →
# "announcing how the Department intends to …". Only an active promise of the body's own ("will", "intends to",
# "plans to", "aims to"), and only a verb the table knows, so that the phrase is the answer's meaning.
_PROMISE = re.compile(
    r"\b(?:will|shall|intends? to|plans? to|aims? to|expects? to|is due to|are due to)\s+(?:(?:shortly|soon|"
    r"then|also|now) )?(?P<verb>[a-z]+)\b(?P<rest>(?:[^.;:]|[.:](?=\w))*)", re.IGNORECASE)  # (not at "GOV.UK")
_VAGUE_TIME = re.compile(rf"\s*,?\s*\b{_VAGUE_WHEN}\b", re.IGNORECASE)
# Base form → gerund.
_PROMISED_VERBS = {
    "update": "updating", "announce": "announcing", "publish": "publishing", "respond": "responding",
    "report": "reporting", "decide": "deciding", "review": "reviewing", "consult": "consulting",
    "set": "setting", "bring": "bringing", "issue": "issuing", "introduce": "introducing",
    "confirm": "confirming", "provide": "providing", "lay": "laying", "launch": "launching", "write": "writing",
    "consider": "considering", "outline": "outlining", "make": "making", "share": "sharing",
    "develop": "developing",
}


def promised_step(sentence: str) -> tuple[str, str | None] | None:
    """The step an answer's sentence promises, as a gerund phrase, and the vague time it gave ("in due
    course"), or None when the sentence promises no step of a known verb, names nothing after the verb, or the
    phrase would need a pronoun."""
    m = _PROMISE.search(sentence)
    if not m or m.group("verb").lower() not in _PROMISED_VERBS:
        return None
    gerund = _PROMISED_VERBS[m.group("verb").lower()]
    rest = re.split(r"\s*[—–]\s*|\s-\s|, (?:and|but|which|as|so)\b", m.group("rest"))[0]
    when = _VAGUE_TIME.search(rest)
    said = when.group(0).strip(" ,") if when else None
    rest = re.sub(r"\s+", " ", _VAGUE_TIME.sub(" ", rest)).strip(" ,")
    season = re.search(r"\s+((?:later |early |by the end of )?(?:this|next) (?:spring|summer|autumn|winter|year|"
                       r"month))$", rest, re.IGNORECASE)
    if season:  # "… this summer": when, not what
        said = said or season.group(1)
        rest = rest[: season.start()]
    # "will publish that guidance this summer": the guidance the answer spoke of
    rest = re.sub(r"^(?:that|this|these|those) (?=(?:guidance|report|review|plan|strategy|data|list|consultation|"
                  r"response|framework|document|paper|update|information|evaluation|assessment)\b)", "the ", rest)
    if re.search(r"\b(?:it|them|this|that|these|those|him|her)\b", rest, re.IGNORECASE) or len(rest) > 160:
        return None
    if re.match(r"(?:the (?:House|Committee|hon\.? (?:Member|Lady|Gentleman))|Parliament|(?:hon\.? )?Members|noble "
                r"Lords)\b", rest):  # "will update the House": a promise to tell, no step
        return None
    if re.fullmatch(r"(?:more|further|full|additional) (?:details?|information|updates?)(?: (?:in|on) due course)?", rest):
        return None  # "will provide more details": of nothing named
    rest = re.sub(r"\s+in due course$", "", rest)
    rest = re.sub(r"\bwe (intend|plan|propose|aim|expect)\b", r"the Department \1s", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b(?:we|us|our)\b", "", rest, flags=re.IGNORECASE) if re.search(r"\b(?:we|us|our)\b", rest,
                                                                                   re.IGNORECASE) else rest
    if re.search(r"\s{2}", rest):
        return None
    if not rest:
        return None  # "will update in due course": no step named
    return f"{gerund} {rest}", said


def promised_subject(sentence: str) -> Subject | None:
    """The timetable item's subject for an answer's promise: the step it names ("updating the latest published
    list"), or None when it names none (then the sentence is quoted whole)."""
    found = promised_step(sentence)
    if found is None:
        return None
    # "will publish the submission relating to X … on GOV.UK": the document itself is held now (s.22 aside)
    copy = re.match(r"publishing (the (?:[\w'’-]+ ){0,3}?(?:submission|report|review|evaluation|assessment|"
                    r"strategy|plan|guidance|response|minutes|data|list|correspondence)\b.*?)(?: on (?:the )?"
                    r"(?:department|GOV|gov|website|its)\b.*)?$", found[0])
    return Subject(found[0], promised_when=found[1], promised_copy=copy.group(1) if copy else None)


# "Information for Wales is the responsibility of my right hon. Friend the Secretary of State for Wales": the
# nation the answer passes on is not asked of this body.
_PASSED_NATION = re.compile(r"\b(?:Information|Figures|Data|Statistics|Matters?)\s+(?:for|relating to|on)\s+"
                            r"(Wales|Scotland)\s+(?:is|are)\s+(?:the responsibility of|a matter for)\b")


def without_passed_nations(text: str, answer_text: str) -> str:
    """"… in England and Wales" → "… in England" when the answer says Wales's figures are another's ("Great
    Britain" → "England and Wales" for Scotland's)."""
    passed = set(_PASSED_NATION.findall(answer_text))
    if "Scotland" in passed:
        text = re.sub(r"\bGreat Britain\b", "England and Wales", text)
    if "Wales" in passed:
        text = re.sub(r"\bEngland and Wales\b", "England", text)
    return text


# "Data below national level is not available": a constituency's or a council area's part of the question is
# not held, and asked again it would only be refused.
_NO_LOCAL_LEVEL = re.compile(r"\b(?:data|figures|information|statistics)\s+(?:below (?:the )?national level|(?:at|by) "
                             r"(?:constituency|local authority|ward|regional|local) level)\s+(?:is|are)\s+not "
                             r"(?:available|held|collected|recorded)\b", re.IGNORECASE)
_LOCAL_PART = re.compile(r"\(a\)\s+(?:the\s+)?[^()]*?\b(?:constituency|ward|borough|district|local authority area)\s+"
                         r"and\s+\(b\)\s+(?P<rest>(?:England|Wales|Scotland|the UK|the United Kingdom|Great Britain|"
                         r"England and Wales|the country)\b)")


def without_unavailable_levels(text: str, answer_text: str) -> str:
    """"… in (a) North east Somerset and Hanham constituency and (b) England" → "… in England" when the answer
    says no figures below national level exist."""
    if not _NO_LOCAL_LEVEL.search(answer_text):
        return text
    return _LOCAL_PART.sub(lambda m: m.group("rest"), text)
