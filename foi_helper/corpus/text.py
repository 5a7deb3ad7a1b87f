"""Words that carry a question's meaning: the index and the query see the same normalised terms.

Every written question opens with a formula ("To ask the Secretary of State for Defence, what …") and most
are built from the same dozen words ("what steps his Department is taking"). Those words say nothing about the
subject, so they are stripped before indexing and before ranking; what is left is the subject.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The opening is parsed where every stage parses it; ranking, records and the schema import these names from
# here. `after_addressee` must stay exactly as it is for an index built with it to stay valid.
from ..reading.preamble import addressee as addressee
from ..reading.preamble import after_addressee

strip_preamble = after_addressee

# Bump when what `terms` returns changes (stop words, stemming): the index's full-text table holds terms made
# by this code and can only forget a record when given the same terms, so a changed rule means a rebuild.
TERMS_VERSION = "3"

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# English function words plus the words every written question is built from ("what steps his Department is
# taking to …", "if he will make a statement"). Measured: dropping them halves the candidates a query yields.
STOP_WORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your", "yours", "ask", "asked", "asks", "department", "departments", "departmental", "secretary", "state", "minister", "ministers", "government", "government's", "majesty", "majesty's", "steps", "taking", "take", "taken", "make", "made", "making", "recent", "assessment", "assessments", "statement", "plans", "plan", "planning", "ensure", "ensuring", "help", "helping", "support", "supporting", "potential", "impact", "impacts", "number", "numbers", "what", "estimate", "estimated", "policy", "policies", "hon", "member", "right", "gentleman", "lady", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"]
)


def fold(text: str) -> str:
    """Lower case without accents (the index and queries compare folded words)."""
    text = text.lower()
    if text.isascii():
        return text
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light English stem: plural and possessive endings only (schools → school, policies → policy).

    Heavier stemming (Porter) merges words whose difference matters here (e.g. 'provision'/'provisional').
    """
    word = word.removesuffix("'s")
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


_TERM_OF: dict[
    str, str
] = {}  # word → its term, or "" for a stop word: import meets the same words 100k times


def _term_of(word: str) -> str:
    # "o'brien" → "obrien": the index's tokenizer would split at the apostrophe, the vocabulary lookup not.
    term = stem(word).replace("'", "")
    term = "" if word in STOP_WORDS or term in STOP_WORDS else term
    if len(_TERM_OF) < 500_000:
        _TERM_OF[word] = term
    return term


# Folded text is ASCII: every byte a word cannot hold becomes a space and a split finds the words, in a
# third of the time _WORD takes to find them one by one. Only words around an apostrophe need _WORD itself.
_SPACES = bytes(c if re.fullmatch(rb"[a-z0-9']", bytes([c])) else 32 for c in range(256))


def words(folded: str) -> list[str]:
    """The words of a folded text, as _WORD finds them."""
    if not folded.isascii():
        return _WORD.findall(folded)
    spaced = folded.encode("ascii").translate(_SPACES).decode("ascii")
    if "'" not in spaced:
        return spaced.split()
    found: list[str] = []
    start = 0
    # Each run of word characters holding an apostrophe is read by _WORD; the text between them split.
    while (mark := spaced.find("'", start)) >= 0:
        begin = spaced.rfind(" ", start, mark) + 1 or start
        end = spaced.find(" ", mark)
        end = len(spaced) if end < 0 else end
        found += spaced[start:begin].split()
        found += _WORD.findall(spaced, begin, end)
        start = end
    return found + spaced[start:].split()


def terms(text: str) -> list[str]:
    """The meaning-carrying terms of a text, in order (repeats kept): folded, stemmed, stop words dropped."""
    words_ = words(fold(text))
    found = list(map(_TERM_OF.get, words_))  # the words met before, looked up at once
    if None in found:
        found = [_term_of(w) if t is None else t for w, t in zip(words_, found)]
    return list(filter(None, found))


def question_terms(question: str) -> list[str]:
    """The terms of a question after its formal opening."""
    return terms(strip_preamble(question))


def term_words(text: str) -> dict[str, str]:
    """Each term of a text mapped to the first word that produced it (to show why a match matched)."""
    out: dict[str, str] = {}
    for m in re.finditer(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)?", text):
        word = m.group(0)
        for t in terms(word):
            out.setdefault(t, word)
    return out
