"""Lines that name no article's people: headlines, bylines, credit lines, datelines, interview
labels, party brackets and capitals labels, whose names are the reporters', a place's or a sign's.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.name_words import is_abbreviation
from quotesearch.names import PARTY_WORDS, is_byline, is_headline
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES
from quotesearch.people import RE_DOUBLE_MARK


#: An interview's labels of a question and an answer, written with a full stop (‘Q. Why?’ / ‘A. Ivo
#: says …’), which read as a name's initial before a capitalised word.
#:
#: >>> sorted(INTERVIEW_LABELS)
#: ['A.', 'Q.']
INTERVIEW_LABELS = frozenset({"Q.", "A."})


def interview_label_at(text: str, at: int) -> bool:
    """``text[at:]`` opens a paragraph with "Q. " or "A. " in an article whose paragraphs open with
    both: an interview's label (‘A. Ivo says that …’), never an initial (‘A. Philip Randolph said’).

    >>> t = "Q. Fair?\\n\\nA. Ivo says that."
    >>> interview_label_at(t, t.index("A.")), interview_label_at("A. Philip Randolph said.", 0)
    (True, False)
    """
    labels = [label + " " for label in INTERVIEW_LABELS]
    if text[at:at + 3] not in labels or (at > 0 and text[at - 1] != "\n"):
        return False
    return all(text.startswith(label) or f"\n{label}" in text for label in labels)

#: A dateline in capitals that opens a line, before its colon or dash (‘DAR ES SALAAM: ’, ‘KUALA LUMPUR,
#: Jan 5 — ’): a place, never a person's name.
#:
#: >>> bool(RE_CAPS_DATELINE.match("DAR ES SALAAM: THE pass rate")), bool(RE_CAPS_DATELINE.match("MR SAID JUMA said"))
#: (True, False)
RE_CAPS_DATELINE = LazyPattern(r"\p{Lu}[\p{Lu} .’'\-]{1,40}(?:, [\p{L}\d .]{1,20})?(?: \([\p{L} ]{1,30}\))?(?:: | [-—–] )")


def _dateline_run(text: str, at: int, end: int) -> bool:
    """The run at ``text[at:end]``, in capitals, opens a line and is part of its dateline: a place's name
    (‘DAR ES SALAAM: THE overall pass rate …’ is no one called "Dar Es")."""
    if at > 0 and text[at - 1] != "\n":
        return False
    m = RE_CAPS_DATELINE.match(text, at)
    return m is not None and m.end() > end and text[at:end].isupper()

#: A short first line that is a story's lede, not its headline: it opens with a dateline and its
#: dash ("ORLANDO, Fla. (AP) — The heat won …") or holds two sentences ("… 20 miles. Becca Lindahl won …").
RE_LEDE_DATELINE = LazyPattern(r"\p{Lu}[\p{Lu} .,'’]+(?:, \p{Lu}[\p{L}.]+)?\s*(?:\(\p{L}+\))?\s+[—–-]\s")
RE_SENTENCE_JOIN = LazyPattern(r"(\p{L}+)[.!?] \p{Lu}")

#: A short first line that is one sentence of running prose: an opening phrase set off by a comma, then the
#: sentence, ending on a full stop after a lowercase word (‘For nine months, Graham Eccles has seen his mother
#: only through a window.’); a headline neither sets off an opener nor ends on a stop.
#:
#: >>> bool(RE_PROSE_LEDE_LINE.fullmatch("For nine months, Ann Lee has seen her son only through glass."))
#: True
#: >>> bool(RE_PROSE_LEDE_LINE.fullmatch("Ann Lee, 61, sees her son through glass")), bool(RE_PROSE_LEDE_LINE.fullmatch("Lee: a mother waits."))
#: (False, False)
RE_PROSE_LEDE_LINE = LazyPattern(r"\p{Lu}\p{Ll}+(?: \p{Ll}+){1,4}, (?:\S+ ){5,}\p{Ll}{3,}\.")


#: A masthead's line: a publication's name in capitals, with a place or a section after a dash, a
#: bar or a comma ("Anime Circuit", "The Toronto Ledger", "PixelBeat News — Austin, Texas").
RE_MASTHEAD_LINE = LazyPattern(r"(?:The )?\p{Lu}[\p{L}\-’'&]*(?: (?:of |and |& |the |[—–|,] ?)?\p{Lu}[\p{L}\-’'&]*){0,5}")


#: A reporter's name alone on its line, with no "By" (‘Anna Kowal’, ‘Ruth M. Alder’): two or three
#: capitalised words, nothing else.
#:
#: >>> bool(RE_BARE_BYLINE.fullmatch("Ruth M. Alder")), bool(RE_BARE_BYLINE.fullmatch("Rents Soar"))
#: (True, True)
#: >>> bool(RE_BARE_BYLINE.fullmatch("Special Correspondent in Delhi")), bool(RE_BARE_BYLINE.fullmatch("Tom"))
#: (False, False)
RE_BARE_BYLINE = LazyPattern(r"\p{Lu}[\p{Ll}\p{M}’'\-]+(?: \p{Lu}(?:\.|[\p{Ll}\p{M}’'\-]+))?(?: \p{Lu}[\p{Ll}\p{M}’'\-]+)")


#: A paragraph that opens on "She" or "He": it goes on with a person the lines above brought in.
#:
#: >>> bool(RE_HE_SHE_OPENS.match("She was 19 when …")), bool(RE_HE_SHE_OPENS.match("Shelley said"))
#: (True, False)
RE_HE_SHE_OPENS = LazyPattern(r"(?:She|He)\b")


def bare_byline(text: str, paras: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The line right under a headline that is only a person's name (‘Anna Kowal’), as some papers
    print the reporter's byline: the writer's, never one of the article's people (an "I" of the
    article is the writer; a "she" after it is someone the prose names). Only with prose after it.

    >>> t = "Rents Soar in Kelso\\n\\nMere Tawhiri\\n\\nOn Friday I walked with Joan Pike."
    >>> [t[s:e] for s, e in bare_byline(t, [(0, 19), (21, 33), (35, 67)])]
    ['Mere Tawhiri']
    >>> t = "Champion retires at 34\\n\\nDana Holt\\n\\nHolt won three world titles."
    >>> bare_byline(t, [(0, 22), (24, 33), (35, 63)])
    []
    """
    if len(paras) < 3 or paras[0][1] - paras[0][0] > 160:
        return []
    k = 1
    if not _name_alone_line(text, paras[1]) and len(paras) > 3 and _standfirst(text, paras[1]):
        k = 2  # (w73a: a standfirst between the headline and the name line, ‘Airline pays up after
        # reader’s battle – and a call from us / Hattie Crossley’: the name is still the writer's)
    if not _name_alone_line(text, paras[k]):
        return []
    first = text[paras[0][0]:paras[0][1]]
    if first.endswith((".", "?", "!")) and not is_headline(first):
        return []  # (a sentence before it is the lede: the name line is something else)
    surname = text[paras[k][0]:paras[k][1]].split()[-1]
    if _names_word(text[paras[k + 1][0]:], surname):
        return []  # (guard, review rv4: one the body calls by that surname is the article's own, the
        # one a profile or an obituary is about: ‘Champion retires at 34 / Dana Holt / Holt won …’)
    if k == 2:
        given = text[paras[k][0]:paras[k][1]].split()[0]
        body = text[paras[k + 1][0]:]
        if _names_word(body, given) or RE_HE_SHE_OPENS.match(body):
            return []  # (guard, review rv73a: under a standfirst, a name line the body calls by its given
            # name, or whose body opens on "she" or "he" with no one named before, is the profile's subject:
            # ‘… / Ines Carvalho / Ines was up before anyone else’, ‘… / Ada Nwosu / She was 19 when …’)
    return [paras[k]]


def subject_name_line(text: str, para: tuple[int, int], paras: Sequence[tuple[int, int]]) -> bool:
    """The name alone on the line ``text[para]`` (‘Grace Holt’), above a paragraph of words, is the
    subject of the story, never its writer: the article calls her by her given name after the line
    (‘Grace won three titles’), the paragraph after the words goes on with "She" or "He", or the line
    labels the words under it in a column of voices (:func:`_vox_pop_line`).

    >>> t = "Champion retires\\n\\nGrace Holt\\n\\n“I gave it all.”\\n\\nGrace won three titles."
    >>> paras = [(0, 16), (18, 28), (30, 46), (48, 70)]
    >>> subject_name_line(t, paras[1], paras), subject_name_line(t.replace("Grace won", "Fans saw"), paras[1], paras)
    (True, False)
    """
    if not _name_alone_line(text, para):
        return False
    k = paras.index(para) if para in paras else -1
    nxt = paras[k + 2] if 0 <= k < len(paras) - 2 else None
    return _names_word(text[para[1]:], text[para[0]:para[1]].split()[0]) \
        or (nxt is not None and RE_HE_SHE_OPENS.match(text, nxt[0], nxt[1]) is not None) \
        or (k >= 0 and _vox_pop_line(text, k, paras))


def _vox_pop_line(text: str, k: int, paras: Sequence[tuple[int, int]]) -> bool:
    """The name line ``paras[k]`` labels the words in marks right under it, as the next name line on does
    its own: a column of voices (‘Voices from the picket line / Keith Dobson / “…” / Alison Marr / “…”’),
    whose first name is no byline (review rv118g).

    >>> t = "Voices\\n\\nKeith Dobson\\n\\n“Thirty years.”\\n\\nAlison Marr\\n\\n“Not the moon.”"
    >>> paras = [(0, 6), (8, 20), (22, 37), (39, 50), (52, 66)]
    >>> _vox_pop_line(t, 1, paras), _vox_pop_line(t.replace("Alison Marr", "Alison ran"), 1, paras)
    (True, False)
    """
    def quoted(p: tuple[int, int]) -> bool:
        return text[p[0]:p[1]].lstrip()[:1] in "“\"‘'"
    return k + 1 < len(paras) and quoted(paras[k + 1]) and any(
        _name_alone_line(text, paras[j]) and quoted(paras[j + 1]) for j in range(k + 2, len(paras) - 1))


def _names_word(body: str, word: str) -> bool:
    """``body`` has ``word`` as a whole word, never inside a longer one or a hyphenated compound.

    >>> _names_word("Holt won the final", "Holt"), _names_word("Holton won; Holt-Smith lost", "Holt")
    (True, False)
    """
    return re.search(rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])", body) is not None


def _name_alone_line(text: str, para: tuple[int, int]) -> bool:
    """Whether the line ``text[para]`` is only a person's name, with no quotation mark in it."""
    return not RE_DOUBLE_MARK.search(text, *para) and RE_BARE_BYLINE.fullmatch(text, *para) is not None \
        and not any(w.lower() in NOT_NAMES or w.lower() in FUNCTION_WORDS for w in text[para[0]:para[1]].split())


def _standfirst(text: str, para: tuple[int, int]) -> bool:
    """Whether the line ``text[para]`` is a standfirst, the one-line summary a paper prints under its
    headline: short, without a quotation mark or a sentence's end (‘Airline pays up after a call from us’).

    >>> _standfirst("Airline pays up after a call from us", (0, 36)), _standfirst("He said so.", (0, 11))
    (True, False)
    """
    line = text[para[0]:para[1]]
    return len(line) <= 160 and "\n" not in line and not RE_DOUBLE_MARK.search(line) \
        and not line.endswith((".", "?", "!", ":", "”", '"'))


#: A standfirst's last words crediting its reporter (‘… staff describe a campus running on goodwill. Hannah
#: Corbett reports’): a name of two or three capitalised words after a sentence's stop, then "reports" or
#: "writes" ending the paragraph, group 1 the name. A sentence that goes on (‘Ann Lee reports a rise in …’) or
#: a body's short name (‘Tesco reports’) does not match, w104d.
#:
#: >>> [bool(RE_STANDFIRST_REPORTER.search(t)) for t in ("Staff describe a campus on goodwill. Hannah Corbett reports",
#: ...     "Why the pier closed. Words: Ann Lee writes", "Sales fell. Ann Lee reports a rise in costs.",
#: ...     "Sales fell. Tesco reports", "Ann Lee reports")]
#: [True, True, False, False, True]
RE_STANDFIRST_REPORTER = LazyPattern(r"(?:^|[.!?:]\s+)(\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){1,2}) (?:reports|writes)\.?$")


def standfirst_reporters(text: str, paras: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a reporter's name closes a standfirst among the first few paragraphs (:data:`RE_STANDFIRST_REPORTER`):
    the writer's, never an antecedent of the body's "she".

    >>> t = "Cuts bite\\n\\nStaff describe a campus on goodwill. Hannah Corbett reports\\n\\nWhen Dr Ann Lee arrived, …"
    >>> [t[s:e] for s, e in standfirst_reporters(t, [(0, 9), (11, 70), (72, 98)])]
    ['Hannah Corbett reports']
    """
    out = []
    for s, e in paras[:4]:  # (the head of the article only)
        if e - s <= 400 and text.endswith(("reports", "writes", "reports.", "writes."), s, e) \
                and (m := RE_STANDFIRST_REPORTER.search(text, s, e)) is not None:
            out.append((m.start(1), e))
    return out


def credit_lines(text: str, paras: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines on either side of a byline that only name a publication, the outlet the reporter
    writes for (‘By Kenji Morimoto / Anime Circuit’, ‘Sydney Morning Courier / By Liam O'Dwyer’): no
    one of the article, never an antecedent of a "she" (only beside a byline, only in capitals).

    >>> t = "By Kenji Morimoto\\nAnime Circuit\\n\\nTOKYO — Fans were angry."
    >>> [t[s:e] for s, e in credit_lines(t, [(0, 17), (18, 31), (33, 55)])]
    ['Anime Circuit']
    """
    out = []
    for k, (s, e) in enumerate(paras[:8]):  # (the head of the article only)
        if e - s > 160 or not is_byline(text[s:e]):
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(paras) and paras[j][1] - paras[j][0] <= 60 \
                    and RE_MASTHEAD_LINE.fullmatch(text, *paras[j]) is not None:
                out.append(paras[j])
    return out


def _lede_not_headline(text: str, lo: int, hi: int) -> bool:
    """The short first line at ``text[lo:hi]`` opens with a dateline and its dash, or holds two
    sentences (a stop after a word that is no abbreviation: never "Sen. Booker", "St. Louis")."""
    if RE_LEDE_DATELINE.match(text, lo, hi) or RE_PROSE_LEDE_LINE.fullmatch(text, lo, hi):
        return True  # (a dateline's lede, or one sentence of prose set off by its opener)
    return any(len(m.group(1)) > 3 and not m.group(1).isupper() and not is_abbreviation(m.group(1))
               for m in RE_SENTENCE_JOIN.finditer(text, lo, hi))


@functools.lru_cache(maxsize=64)
def _office_opening(head: str) -> regex.Pattern:
    """A sentence that opens with the office as its subject (‘The Opposition MP for Kisumu West has’,
    ‘The health minister has defended’)."""
    return regex.compile(rf"(?:^|(?<=[.!?][’”\"']?\s)|(?<=\n))The (?:[\p{{L}}\-]+ ){{0,3}}?(?i:{regex.escape(head)})\b"
                         r"(?: (?:for|of) (?:the )?\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3})?"
                         r"(?= (?:has|have|had|is|was|will|would|said|says|on)\b)")


@functools.lru_cache(maxsize=64)
def _lede_office(head: str) -> regex.Pattern:
    """An office opening a story as its subject, before its verb or a time, with the words before its
    head (‘The health minister warned on Tuesday’, ‘The Prime Minister on Saturday ruled out’;
    never an owner's, ‘The company’s president’, nor an office of a body after it, ‘The president of
    the union’).

    >>> _lede_office("minister").match("The health minister warned on Tuesday").group(1)
    'health '
    >>> _lede_office("president").match("The president of the union said"), _lede_office("president").match("The president’s aide")
    (None, None)
    """
    return regex.compile(rf"The ((?:[\p{{L}}\-]+ ){{0,3}}?)(?i:{regex.escape(head)})(?= \p{{Ll}})(?! (?:of|for|at|in|and|or)\b)")


#: Short forms of parties in a legislator's bracket, besides capitals (‘Ann Hill (Lab, Bristol West)’).
PARTY_SHORT_FORMS = wordset("lab con lib dem")


def _capitals_label(text: str, at: int, end: int) -> bool:
    """A run of words all in capitals that a colon opens or that another such run follows in a list:
    a sign's, a label's or a tag's words (‘each labelled in her capitals: BOILER HOUSE, STORE, FRONT
    GATE’, ‘a board that read: NO ENTRY’), never a person (a tabloid's capitals name one alone:
    ‘TV star JAMES ARGENT, 33, has …’).

    >>> t = "labelled in capitals: BOILER HOUSE, STORE, FRONT GATE. And"
    >>> _capitals_label(t, t.index("BOILER"), t.index(",")), _capitals_label(t, t.index("FRONT"), t.index("."))
    (True, True)
    >>> t = "TV star JAMES ARGENT, 33, has left"
    >>> _capitals_label(t, t.index("JAMES"), t.index(","))
    False
    """
    run = text[at:end]
    if not run.isupper() or len(run) < 3:
        return False
    if text[max(0, at - 2):at] == ": ":
        return True
    after = text[end:end + 40]
    if after.startswith(", ") and (nxt := after[2:].split(",")[0].split(".")[0]).isupper() and nxt.replace(" ", "").isalpha():
        return True  # (one of a list of them: ‘STORE, FRONT GATE’)
    before = text[max(0, at - 40):at]
    if before.endswith(", ") and (prev := before[:-2].rsplit(",", 1)[-1].rsplit(":", 1)[-1].strip()).isupper() \
            and prev.replace(" ", "").isalpha():
        return True  # (the list's last: ‘KIOSK, DEEP END GATE’)
    return False


def _party_bracket_before(text: str, at: int) -> bool:
    """A party opens the bracket after a name, then a comma, right before ``at``: what follows is
    the legislator's seat, no person (‘Chukwudi Nnaji (PDP, Enugu East)’, ‘Jane Doe (Labour, Bristol West)’)."""
    if text[at - 2:at] != ", ":
        return False
    o = text.rfind("(", max(0, at - 24), at)
    party = text[o + 1:at - 2].split() if o > 1 and text[o - 1] == " " and text[o - 2].isalpha() else []
    return 0 < len(party) <= 2 and all(w.isalpha() and w[0].isupper() and (
        w.isupper() or w.lower() in PARTY_WORDS or w.lower() in PARTY_SHORT_FORMS) for w in party)
