"""The period each request item covers, pinned to the answer: from the question's own words ("for 2018", "in
each of the last five years", "since 1997") or the events the answer names ("his speech at the NSPCC on
3 September", "later this year"). Absolute dates only: "the last five years" left undated invites a
clarification under s.1(3) or a search of the wrong years (docs/law.md). Pure: the answer's date and
`today` are passed in.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import LetterError
from ..model import Fix
from .deadlines import add_months
from .phrasing import words_of_date

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH = "|".join(name.capitalize() for name in MONTHS)
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "eighteen": 18, "twenty-four": 24,
    "thirty-six": 36,
}
# Records older than this may have been destroyed under a retention schedule, or (past 20 years) sent to The
# National Archives (Public Records Act 1958 s.3(4), as amended in 2010).
OLD_RECORDS_YEARS = 6
# Past this, a letter asks for the latest complete year unless the user chooses the answer's own period: a blind
# FOI-officer review scored letters for records 14 to 41 years old "not held" (12 of 12), and a 7-year-old one
# "part disclosed".
STALE_RECORDS_YEARS = 10
# Events the answer names further back than this do not stretch the window: the cost limit (s.12) bites.
EVENT_REACH_DAYS = 2 * 366


class AnswerDateUnknown(LetterError):
    """The answer's date is not known, and the letter's periods are counted from it. Ask the user for it (the
    app) or refuse naming the option that gives it (the command line); never default to a year."""

    field = "date_answered"
    question = "When was the written question answered?"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or "The date the question was answered is not on the page, and the periods "
                         "the letter asks about are counted from it.", Fix("date"))


@dataclass(frozen=True)
class Window:
    """The period an item covers: start to end, or a count as at one date; `label` when a name reads better
    than the dates ("the financial years 1990-91 to 1994-95", "2018")."""

    end: date
    start: date | None = None  # None: as at `end`
    label: str | None = None
    # The user's own dates or the latest complete year, chosen over the answer's period: every item takes it,
    # the question's own "since 1997" included (a count as at its end)
    fixed: bool = False

    @property
    def as_at(self) -> bool:
        return self.start is None

    def words(self) -> str:
        """'3 September 2018 to 31 December 2019', 'the financial years 1990-91 to 1994-95', 'as at 1 May 2019'."""
        if self.as_at:
            return f"as at {words_of_date(self.end)}"
        if self.label:
            return self.label
        assert self.start is not None
        return f"{words_of_date(self.start)} to {words_of_date(self.end)}"

    def clause(self) -> str:
        """The window as it follows an item's subject: ' for 2018', ' as at 1 May 2019'."""
        return f" {self.words()}" if self.as_at else f" for {self.words()}"


def financial_year(year: int) -> str:
    """'1994-95' for the year from 1 April 1994 (the form UK government figures use)."""
    return f"{year}-{(year + 1) % 100:02d}"


def calendar_years(first: int, last: int) -> Window:
    label = str(first) if first == last else (
        f"{first} and {last}" if last == first + 1 else f"each calendar year from {first} to {last}")
    return Window(start=date(first, 1, 1), end=date(last, 12, 31), label=label)


def financial_years(first: int, last: int) -> Window:
    label = (f"the financial year {financial_year(first)}" if first == last
             else f"the financial years {financial_year(first)} to {financial_year(last)}")
    return Window(start=date(first, 4, 1), end=date(last + 1, 3, 31), label=label)


def last_complete_financial_year(on: date) -> int:
    """The start year of the last financial year (1 April to 31 March) ended before `on`."""
    return on.year - 1 if on >= date(on.year, 4, 1) else on.year - 2


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _months_back(on: date, n: int) -> Window:
    """The n whole calendar months before the month of `on`."""
    end = on.replace(day=1) - timedelta(days=1)
    year, month = end.year, end.month - n + 1
    while month < 1:
        month, year = month + 12, year - 1
    return Window(start=date(year, month, 1), end=end)


def _full_year(m: re.Match[str]) -> int:
    return int(m.group(0)[:4])


# Each pattern matches a period phrase in a question; the function turns it into a Window given the answer's date
# (None when the phrase needs a date we do not have). Order matters: the longest phrases first.
_FY = r"(?:19|20)\d\d[-–/](?:\d\d|(?:19|20)\d\d)"
_EACH = r"(?:(?:in|for) each (?:financial |calendar )?year,?\s+)?"
PERIODS: list[tuple[str, str]] = [
    ("fy_pair", (rf"(?<!\w)(?:in |for |during )?(?:the )?\(a\)\s*({_FY})(?: financial year)?\s+and\s+\(b\)\s*"
                 rf"({_FY})\s+financial years?\b")),
    ("fy_end", rf"\b(?:at|as at) the end of (?:the )?(?:financial year )?({_FY})(?: financial year)?"),
    ("fy_named", (rf"\b(?:in |for |during )?the ({_FY}) financial year\b(?:,?\s+(?:as of|as at|to|up to) "
                  rf"(\d{{1,2}}) ({MONTH}) ((?:19|20)\d\d))?")),
    ("between_fy", rf"\b{_EACH}(?:between|from)\s+({_FY})\s+(?:and|to)\s+({_FY})\b"),
    ("between_years", rf"\b{_EACH}(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to)\s+((?:19|20)\d\d)\b"),
    ("last_n_available", (r"\b(?:in |for |over )?(?:each of )?the (?:last|latest|most recent|past) "
                          r"(\w+(?:-\w+)?) (weeks|months|years|financial years|calendar years) for which "
                          r"(?:figures|data|information|statistics) (?:are|is) (?:available|held)\b")),
    ("last_n", (r"\b(?:in |for |during |over )?(?:each of |each year of |each month of )?the (?:last|past|"
                r"previous|most recent|latest) (\w+(?:-\w+)?) (weeks|months|years|financial years|calendar years)\b")),
    ("next_n", r"\b(?:in |for |over )?(?:each of )?the next (\w+(?:-\w+)?) (financial |calendar )?years\b"),
    # "in each year for which data is available": no span named; the latest five complete years at the answer,
    # a search the cost limit allows (the records of earlier years may be asked for next)
    ("each_available", (r"\b(?:in |for )?each (financial |calendar )?year for which (?:figures|data|information|"
                        r"statistics) (?:are|is|were|was) (?:available|held|published|recorded)\b")),
    # "in the most recent year for which data is available": the latest complete year at the answer
    ("latest_available_year", (r"\b(?:in |during |for )?the (?:latest|most recent|last) (?:full |complete )?"
                               r"(financial |calendar )?year for which (?:figures|data|information|statistics) "
                               r"(?:are|is|were|was) (?:available|held|published)\b")),
    ("last_year_single", r"\b(?:in |during |for )?the (?:last|past|previous) (financial |calendar )?year\b"),
    ("each_since", rf"\b(?:in |for )?each (?:financial |calendar )?year since ({_FY}|(?:19|20)\d\d)\b"),
    ("since_month", rf"\bsince ({MONTH}) ((?:19|20)\d\d)\b"),
    ("since_day", rf"\bsince (\d{{1,2}}) ({MONTH}) ((?:19|20)\d\d)\b"),
    ("since", rf"\bsince (?:(?:1 |the start of |January )?)({_FY}|(?:19|20)\d\d)\b(?![-–/]\d)"),
    ("at_date", rf"\b(?:as at|as of|at) (\d{{1,2}}) ({MONTH}) ((?:19|20)\d\d)\b"),
    ("fy", rf"\b(?:in|for|during) (?:the )?(?:financial year )?({_FY})\b"),
    ("year", r"\b(?:in|for|during) (?:the (?:calendar )?year )?((?:19|20)\d\d)\b(?![-–/]\d)"),
]
_COMPILED = [(name, re.compile(p, re.IGNORECASE)) for name, p in PERIODS]
AVAILABLE_YEARS = 5  # "each year for which data is available": the latest five (the label says "five")
# What usually goes with a period and goes away with it ("in each of the last five years, by region").
_AROUND = re.compile(r"^(?:,\s*|\s+)|(?:,\s*)$")


def _fy_start(text: str) -> int:
    return int(text[:4])


def _window_of(name: str, m: re.Match[str], answered: date | None, financial: bool) -> Window | None:
    g = m.groups()
    if name == "fy_pair":
        return financial_years(_fy_start(g[0]), _fy_start(g[1]))
    if name == "fy_named":
        whole = financial_years(_fy_start(g[0]), _fy_start(g[0]))
        if g[1]:
            cut = date(int(g[3]), MONTHS[g[2].lower()], int(g[1]))
            return Window(start=whole.start, end=cut) if whole.start and whole.start <= cut else whole
        return whole
    if name == "between_fy":
        return financial_years(_fy_start(g[0]), _fy_start(g[1]))
    if name == "between_years":
        first, last = int(g[0]), int(g[1])
        return (financial_years(first, last - 1) if financial and last > first else calendar_years(first, last))
    if name == "fy":
        return financial_years(_fy_start(g[0]), _fy_start(g[0]))
    if name == "year":
        return calendar_years(int(g[0]), int(g[0]))
    if name == "at_date":
        return Window(end=date(int(g[2]), MONTHS[g[1].lower()], int(g[0])))
    if answered is None:
        return None
    if name == "fy_end":
        return Window(end=date(_fy_start(g[0]) + 1, 3, 31))
    if name == "since_month":
        return Window(start=date(int(g[1]), MONTHS[g[0].lower()], 1), end=answered)
    if name == "since_day":
        return Window(start=date(int(g[2]), MONTHS[g[1].lower()], int(g[0])), end=answered)
    if name in ("since", "each_since"):
        if re.match(_FY, g[0]):
            return Window(start=date(_fy_start(g[0]), 4, 1), end=answered)
        return Window(start=date(int(g[0]), 1, 1), end=answered)
    if name == "next_n":
        n = _count(g[0])
        if not n or n > 20:
            return None
        if (g[1] or "").strip() == "calendar":
            planned = calendar_years(answered.year + 1, answered.year + n)
        else:
            current = last_complete_financial_year(answered) + 1  # the financial year the answer fell in
            planned = financial_years(current + 1, current + n)
        return Window(start=planned.start, end=planned.end, label=f"{planned.words()} (the figures as planned)")
    if name == "each_available":
        kind = (g[0] or "").strip().lower()
        if kind == "financial" or (financial and kind != "calendar"):
            last = last_complete_financial_year(answered)
            span = financial_years(last - AVAILABLE_YEARS + 1, last)
        else:
            span = calendar_years(answered.year - AVAILABLE_YEARS, answered.year - 1)
        return Window(start=span.start, end=span.end, label=f"{span.words()}, the latest five years "
                      f"for which figures were held on {words_of_date(answered)}")
    if name in ("last_year_single", "latest_available_year"):
        kind = (g[0] or "").strip().lower()
        if kind == "financial" or (financial and kind != "calendar"):
            last = last_complete_financial_year(answered)
            return financial_years(last, last)
        return calendar_years(answered.year - 1, answered.year - 1)
    n = _count(g[0])
    if not n or n > 50:
        return None
    unit = g[1].lower()
    available = name == "last_n_available"
    if unit == "weeks":
        start = answered - timedelta(days=7 * n)
        return Window(start=start, end=answered, label=f"the latest {n} weeks for which figures were held on "
                      f"{words_of_date(answered)}" if available else None)
    if unit == "months":
        if available:
            return _available_months(n, answered)
        return _months_back(answered, n)
    if unit == "calendar years":
        return calendar_years(answered.year - n, answered.year - 1)
    last = last_complete_financial_year(answered)
    return financial_years(last - n + 1, last)


def _available_months(n: int, answered: date) -> Window:
    # "the last twelve months for which figures are available": the figures held when the answer was given.
    back = _months_back(answered, n)
    return Window(start=back.start, end=back.end,
                  label=f"the latest {n} months for which figures were held on {words_of_date(answered)}")


@dataclass(frozen=True)
class Period:
    """A period the question's words set, and the words without it."""

    window: Window | None  # None: a relative period ("the last five years") and no answer date to count from
    rest: str
    phrase: str


_AS_OF = re.compile(rf",?\s*\bas (?:of|at) (\d{{1,2}}) ({MONTH}) ((?:19|20)\d\d)\b")


def question_period(text: str, answered: date | None, *, financial: bool = False) -> Period | None:
    """The period a question part names, as absolute dates, and the part without those words; None when the
    part names no period. `financial`: plain "years" mean financial years (money, budgets)."""
    for name, pattern in _COMPILED:
        m = pattern.search(text)
        if not m:
            continue
        window = _window_of(name, m, answered, financial)
        rest = (text[: m.start()].rstrip(" ,") + " " + text[m.end():].lstrip(" ,")).strip()
        rest = re.sub(r"\s+", " ", re.sub(r"\s+(?:and|or|,)\s*$", "", rest)).strip(" ,;")
        cut = _AS_OF.search(rest)
        if cut and window is not None and not window.as_at and window.start is not None:
            end = date(int(cut.group(3)), MONTHS[cut.group(2).lower()], int(cut.group(1)))
            if window.start <= end < window.end:  # "in the 2023-24 financial year as of 29 January 2024"
                window = Window(start=window.start, end=end)
            rest = (rest[: cut.start()] + rest[cut.end():]).strip(" ,;")
        return Period(window, rest, m.group(0).strip())
    return None


FINANCIAL = re.compile(r"\b(?:spent|spend|spending|cost|costs|budget|funding|paid|payments?|grants?|allocated|"
                       r"expenditure|income|revenue|£|financial year)\b", re.IGNORECASE)


def is_financial(text: str) -> bool:
    return bool(FINANCIAL.search(text))


# A count of people or things that exist at a moment ("how many staff are employed", "how many websites his
# Department operates") is a figure as at a date, not for a period.
HEADCOUNT = re.compile(
    r"^(?:how many|the number of|what (?:is|was) the number of)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:(?:are|is|were|was) (?:currently |now )?(?:employed|in post|working|serving|on the payroll|registered|"
    r"in operation|open|operating|held|detained|seconded|vacant|in use|unstaffed|staffed|closed|eligible)|(?:does|do|did) .*?\b(?:operate|employ|"
    r"have|own|run)|(?:it|he|she|they|the Department|his Department|her Department) (?:operates|employs|has|owns|"
    r"runs))\b|\b(?:staff|employees|posts|officers|vacancies|websites|vehicles|properties|buildings) (?:are|is) "
    r"(?:there|employed|in post)\b|^how many (?:[\w'-]+ ){1,3}(?:are|is) (?:\([a-h]\) )?(?:between|over|under|more than|"
    r"less than|aged|older|younger|at least|(?:\w+ )?years? old)|^what is the average age of\b|"
    # "the number of cases awaiting charging decisions": a queue, counted at a date
    r"^(?:how many|the number of)\s+(?:[\w'-]+\s+){0,3}?(?:awaiting|waiting for|pending|outstanding|on (?:the |a )?"
    r"waiting lists?)\b|"
    # "how many unprocessed probate applications there are": things there are now, not over a period
    r"^how many (?:[\w'-]+ ){1,6}there (?:are|is) (?:currently |now |at present )?(?:in|on|at|awaiting|outstanding|"
    r"open|\(a\))|"
    # "how many individuals have been subject to sanctions imposed by the UK": who is on a list at a date
    r"^(?:how many|the number of)\s+(?:[\w'-]+\s+){0,4}?(?:are|is|have been|has been) (?:currently |now )?(?:subject to "
    r"(?:sanctions|an? (?:asset freeze|travel ban|designation))|designated under|listed (?:on|under)|on the (?:\w+ )?"
    r"(?:sanctions list|register))",
    re.IGNORECASE,
)


def is_headcount(text: str) -> bool:
    # "if she will publish the number of cases awaiting …" asks for the count itself
    text = re.sub(r"^(?:whether|if) [^,;]*?\bwill (?:publish|provide|list|set out|place in the Library) ", "",
                  text.strip(), flags=re.IGNORECASE)
    return bool(HEADCOUNT.search(text))


_EVENT_DAY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH})(?: ((?:19|20)\d\d))?\b")
_EVENT_MONTH = re.compile(rf"\b(?:in|In|since|Since|during|During|last|Last|earlier in|from) ({MONTH})"
                          rf"(?: ((?:19|20)\d\d))?\b")
_FUTURE_CLAUSE = re.compile(r"\b(?:will|shall|is to|are to|plans? to|intends? to|due to|going to)\b", re.IGNORECASE)
# Dates of earlier answers ("the answer given on 3 February 2003, Official Report, column 46W") are not events, nor
# are the House's own proceedings an answer cites ("the statement made to the House by the Foreign Secretary on 5
# January", "the debate on 12 May"): published in Hansard, they date the answer, not the subject's records.
_CITATION_BEFORE = re.compile(r"\b(?:answers?|reply|replies|Official Report|column|Question|Hansard|statement "
                              r"(?:made )?to the House|Ministerial Statement|debate)\b[^;]{0,140}$", re.IGNORECASE)


def _latest_on_or_before(month: int, day: int, answered: date) -> date | None:
    for year in (answered.year, answered.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= answered:
            return d
    return None


def answer_events(answer_text: str, answered: date) -> list[date]:
    """The dates of the events the answer names ("3 September", "in November", "on 12 May 2018"), resolved to
    the latest such day on or before the answer when the year is left out; earlier answers cited are not
    events, nor are dates more than two years before the answer."""
    out: list[date] = []
    for m in _EVENT_DAY.finditer(answer_text):
        if _CITATION_BEFORE.search(answer_text[max(0, m.start() - 160): m.start()]):
            continue
        month, day = MONTHS[m.group(2).lower()], int(m.group(1))
        if m.group(3):
            try:
                d: date | None = date(int(m.group(3)), month, day)
            except ValueError:
                d = None
        else:
            d = _latest_on_or_before(month, day, answered)
        if d is not None:
            out.append(d)
    for m in _EVENT_MONTH.finditer(answer_text):
        month = MONTHS[m.group(1).lower()]
        if m.group(2):
            d = date(int(m.group(2)), month, 1)
        elif _FUTURE_CLAUSE.search(answer_text[max(0, m.start() - 200): m.start()].rsplit(".", 1)[-1]) or (
                m.group(0).lower().startswith("from ") and 1 <= (month - answered.month) % 12 <= 3):
            # "We will … in October"; "the Warm Home Discount from October" in a September answer: the coming one
            continue
        else:
            d = _latest_on_or_before(month, 1, answered)
        if d is not None:
            out.append(d)
    reach = answered - timedelta(days=EVENT_REACH_DAYS)
    # The answer's own date (a page's "6 Apr 2005 : Column 1530W") is not an event it names.
    return sorted(d for d in out if reach <= d < answered)


_HORIZON = [
    (re.compile(r"\b(?:later this year|by the end of (?:this|the) year|before the end of the year|this autumn|"
                r"this winter|in the autumn|in the winter)\b", re.IGNORECASE), 0),
    (re.compile(r"\b(?:next year|early next year|in the new year|by the end of next year)\b", re.IGNORECASE), 1),
]
_BY_MONTH = re.compile(rf"\b(?:by|before|in|from|until) (?:the end of )?({MONTH}) ((?:19|20)\d\d)\b")
# "An announcement will be made shortly": the papers that show the decision come in the months after the answer.
_SOON = re.compile(r"\b(?:will|shall|is to|are to)\b[^.;]{0,60}?\b(?:shortly|soon|in the coming weeks|in the next "
                   r"few weeks)\b", re.IGNORECASE)
SOON_MONTHS = 3


def answer_horizon(answer_text: str, answered: date) -> date | None:
    """The latest date the answer commits to ("later this year" → 31 December of the answer's year, "by March
    2020" → 31 March 2020, "shortly" → the end of the third month after), within two years of the answer; None
    when it names none."""
    ends: list[date] = []
    for pattern, years in _HORIZON:
        if pattern.search(answer_text):
            ends.append(date(answered.year + years, 12, 31))
    if _SOON.search(answer_text):
        later = add_months(answered, SOON_MONTHS)
        ends.append(date(later.year, later.month, calendar.monthrange(later.year, later.month)[1]))
    for m in _BY_MONTH.finditer(answer_text):
        year, month = int(m.group(2)), MONTHS[m.group(1).lower()]
        end = date(year, month, calendar.monthrange(year, month)[1])
        if answered < end <= answered + timedelta(days=EVENT_REACH_DAYS):
            ends.append(end)
    return max(ends) if ends else None


# When neither the question nor the answer names an event, the records an officer would search for an answer on
# progress, steps or plans are the latest ones: the briefing for the answer, the last progress reports, the
# submissions of the months before it. Six whole months before the answer's month cover a reporting cycle
# (most programmes report quarterly) and keep a list of documents well within the cost limit (s.12); a year
# back from the answer's month reads as a default, not the answer's period, and doubles the search.
QUIET_MONTHS = 6


def events_window(answer_text: str, answered: date, today: date) -> Window:
    """The period the answer itself speaks of: from its earliest named event to the answer's date, or to the end
    of what it commits to; never past `today`. With no event named, from the first day of the month
    QUIET_MONTHS before the answer's (see there why)."""
    events = answer_events(answer_text, answered)
    start = events[0] if events else _months_back(answered, QUIET_MONTHS).start or answered
    end = max(answered, answer_horizon(answer_text, answered) or answered)
    return Window(start=start, end=min(end, today) if today >= answered else end)


# A letter promised in an answer, or the substantive answer after a holding reply, follows within weeks; six
# months after the answer is a generous bound an officer can search.
FOLLOW_DAYS = 183
# Work the answer says is under way, and a document it promises to publish, may take longer: their records are
# searched to the date of the request, up to two years after the answer. Reviewers of letters that stopped six
# months after the answer called the end arbitrary ("nothing stops the window running to date"); a record on one
# named subject stays searchable over that span.
PROMISED_DAYS = 730


def after_promise(answered: date, start: date | None, today: date) -> Window:
    """The period for what the answer said was under way or would be published: from `start` (else the answer)
    to the date of the request, at most PROMISED_DAYS after the answer."""
    end = min(today, answered + timedelta(days=PROMISED_DAYS)) if today >= answered else answered
    return Window(start=start or answered, end=end)


def after_answer(answered: date, today: date) -> Window:
    """The period a record the answer says will follow falls in: from the answer's date, six months on (never
    past `today`)."""
    end = answered + timedelta(days=FOLLOW_DAYS)
    return Window(start=answered, end=min(end, today) if today >= answered else end)


def before_answer(answered: date, tabled: date | None = None) -> Window:
    """The period the briefing for an answer was written in: from the day the question was tabled (else two
    months back) to the answer's date."""
    start = tabled if tabled is not None and tabled <= answered else answered - timedelta(days=61)
    return Window(start=start, end=answered)


_LATEST = re.compile(
    r"\b((?:19|20)\d\d)[-–/ ](\d\d|(?:19|20)\d\d)\b,?\s+(?:is |was |being |which is )?the (?:latest|most recent|last) "
    r"(?:financial )?year for which (?:complete |full |final )?(?:information|figures|data|statistics) (?:is|are|was|were)"
    r" available|\b(?:the )?(?:latest|most recent) (?:complete |full )?(?:information|figures|data|statistics) "
    r"(?:available )?(?:is|are|was|were|relate to|cover) (?:for |from )?(?:the (?:financial )?year )?"
    r"((?:19|20)\d\d)[-–/ ](\d\d|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def answer_latest_year(answer_text: str) -> Window | None:
    """The financial year the answer names as the latest it has figures for ("Information for England in
    1992-93, the latest year for which complete information is available"): the figures asked for are that
    year's, not a later one the answer says it cannot give."""
    m = _LATEST.search(answer_text)
    if not m:
        return None
    first = int(m.group(1) or m.group(3))
    return financial_years(first, first)


def years_of(window: Window) -> Window:
    """The whole calendar years a window touches, for figures (kept by year): '2018 and 2019'; a window ending
    inside a year (the answer's date) ends there still: '1 January 2025 to 19 May 2026', not a year the answer
    could not mean."""
    if window.as_at or window.label or window.start is None:
        return window
    if (window.end.month, window.end.day) != (12, 31):
        return Window(start=date(window.start.year, 1, 1), end=window.end)
    return calendar_years(window.start.year, window.end.year)


def old_answer(answered: date, today: date, years: int = OLD_RECORDS_YEARS) -> bool:
    return (today - answered).days > years * 365


def latest_complete_year(today: date) -> Window:
    return calendar_years(today.year - 1, today.year - 1)


_DAY_NO_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH})\b(?!,? (?:19|20)\d\d)")
_RANGE_END = re.compile(rf"\s+(?:to|until|and)\s+\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH}),? ((?:19|20)\d\d)\b")
_MONTH_NO_YEAR = re.compile(rf"\b(in|In|since|during|last|earlier in|from) ({MONTH})\b(?!,? (?:19|20)\d\d|\s+\d)")


def with_years(text: str, answered: date | None) -> str:
    """'his speech on 3 September' → '… on 3 September 2018' (the latest such day on or before the answer):
    a letter read months later must not leave the year to the officer."""
    if answered is None:
        return text

    def day(m: re.Match[str]) -> str:
        # "1 January to 26 March 1994": the range's end gives its start the year
        if (end := _RANGE_END.match(text, m.end())) is not None:
            return f"{m.group(1)} {m.group(2)} {end.group(1)}"
        d = _latest_on_or_before(MONTHS[m.group(2).lower()], int(m.group(1)), answered)
        return f"{m.group(1)} {m.group(2)} {d.year}" if d else m.group(0)

    def month(m: re.Match[str]) -> str:
        d = _latest_on_or_before(MONTHS[m.group(2).lower()], 1, answered)
        return f"{m.group(1)} {m.group(2)} {d.year}" if d else m.group(0)

    return _MONTH_NO_YEAR.sub(month, _DAY_NO_YEAR.sub(day, text))
