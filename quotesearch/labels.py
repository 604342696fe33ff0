"""Labels and sign-offs: a line's speaker label before a colon, a headline's or section's label, a
sign-off line, never a speaker's words.
"""

from __future__ import annotations

import itertools

import regex

from quotesearch.cues import SIGN_OFF_GOES_ON
from quotesearch.backward_cues import DASHES, cue_before
from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.cues_after import _bare_sign_off_role, _described_sign_off
from quotesearch.lexicon import LazyPattern
from quotesearch.name_words import HONORIFICS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import INTRODUCING_IMPERATIVES
from quotesearch.term_words import HEADLINE_LABELS, STORY_LABEL_NOUNS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention
from quotesearch.name_parts import gender_of
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import RE_SENTENCE_STOP, Person


#: How far after its closing mark a quotation's attribution is looked for.
AFTER_CHARS = 250

#: Words of a digest's section heading in capitals, never a speaker's label ("QUOTE OF THE DAY:",
#: "THE LAST WORD:", "BY THE NUMBERS:").
SECTION_WORDS = frozenset("quote quotes word words day week month year saying matters numbers number line "
                          "takeaway takeaways picture context background overheard heard "
                          "pull pullquote".split())  # (a page's pull quote: ‘PULL QUOTE: “…” — X’, ‘PULLQUOTE:’)


def _opens_line_before_colon(text: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` open their line, a colon right after them (a label's place)."""
    return text.startswith(":", end) and (start == 0 or text[start - 1] == "\n")


#: The longest first line that may be a headline whose bare role word speaks (:func:`_headline_role`).
HEADLINE_ROLE_WIDTH = 160

#: What may come before a headline's role word set right before its marks: the line's start or a
#: clause's stop (‘Tanaka Foods pulls noodle packs; president “truly ashamed”’).
HEADLINE_CLAUSE_STOPS = ";:,—–"


#: A headline's role in lower case after the kind of body it heads, with no article: ‘temple president’,
#: ‘club chairman’ (the head of the body the article names, :func:`_headline_role`; the body's kind is
#: checked against the holder's office by the caller).
#:
#: >>> [bool(RE_HEADLINE_KIND_ROLE.fullmatch(t)) for t in ("temple president", "parish council chairman", "the president", "Acme president")]
#: [True, True, False, False]
RE_HEADLINE_KIND_ROLE = LazyPattern(r"(?!(?:the|a|an|his|her|its|their|our|one|another|former|ex|vice|deputy|acting) )"
                                    r"\p{Ll}{3,}(?: \p{Ll}{3,}){0,1} \p{Ll}+")


def _bare_role_word(word: str) -> bool:
    """A role noun alone, in any case but a name's, with no article or name: "CEO", "minister".

    >>> _bare_role_word("CEO"), _bare_role_word("chairman"), _bare_role_word("Smith"), _bare_role_word("the minister")
    (True, True, False, False)
    """
    return word.isalpha() and word.lower() in ROLE_NOUNS and (word.islower() or (word.isupper() and len(word) <= 4))


#: A role word in the body with the capitals of a team, a place or a party before it (‘Kenya coach’,
#: ‘Rangers manager’, ‘Sri Lanka head coach’): group 1 the capitals (review rv60a).
RE_SIDE_ROLE = r"((?:\p{Lu}[\p{L}\p{M}’'\-]*[ \t]+){1,3})(?:\p{Ll}+[ \t]+)?%s\b"


def _described_side_agrees(text: str, after: int, side: list[str], word: str) -> bool:
    """A headline's described speaker (‘– Uganda coach after loss’) is the one holder of the office below
    only when the body writes no other side's holder of it and not its own (‘Kenya coach John Otieno’ is
    the other side's: never the Uganda coach's words) (review rv60a).

    >>> _described_side_agrees("x\\n\\nKenya coach John Otieno said", 1, ["Uganda"], "coach")
    False
    >>> _described_side_agrees("x\\n\\nSri Lanka head coach Chris Silverwood said", 1, ["Sri", "Lanka"], "coach")
    True
    """
    other = False
    for m in regex.finditer(RE_SIDE_ROLE % regex.escape(word), text[after:]):
        caps = [w for w in m.group(1).split() if w not in ("The", "A", "An", "Former", "Ex", "Acting", "Interim")]
        if not caps:
            continue
        if any(w in side for w in caps):
            return True
        other = True
    return not other


def _headline_role(text: str, sp: Span, found: Found | None) -> Mention | None:
    """A headline's bare role word that speaks its words, with no name in the line: the cue's (‘“We
    moved too slowly,” admits CEO’, ‘“…,” says minister’), or the one set right before the marks after a
    clause's stop or at the line's start (‘Tanaka Foods pulls noodle packs; president “truly ashamed”’).
    Only in the article's first line, short and with no stop at its end (never a lede's ‘“…,” said the
    minister.’)."""
    if sp.paragraph != 0 or sp.para_end - sp.para_start > HEADLINE_ROLE_WIDTH \
            or text[sp.para_start:sp.para_end].rstrip("’'”\" ")[-1:] in ".?!…":
        return None
    if found is not None and found.mention is not None and sp.para_start <= found.mention.start < sp.para_end \
            and found.rule in ("cue-after", "cue-before") and _bare_role_word(found.mention.text):
        return found.mention
    if found is not None and found.mention is not None and sp.para_start <= found.mention.start < sp.para_end \
            and found.rule in ("cue-after", "cue-before") and found.mention.kind == "description" \
            and RE_HEADLINE_KIND_ROLE.fullmatch(found.mention.text) \
            and _bare_role_word(word := found.mention.text.rsplit(None, 1)[-1]) and word.islower():
        return Mention(found.mention.end - len(word), found.mention.end, word, "description")  # (‘…, temple
        # president says’: the president, of the temple the body names as its holder's, w79b)
    if found is not None and found.mention is not None and found.rule == "headline" and found.mention.kind == "description" \
            and _bare_role_word(word := found.mention.text.rsplit(None, 1)[-1]) \
            and _described_side_agrees(text, sp.para_end, found.mention.text.split()[:-1], word):
        return Mention(found.mention.end - len(word), found.mention.end, word, "description")  # (‘‘…’ – Sri Lanka
        # coach after defeat’: the coach) (w60a)
    pre = text[sp.para_start:sp.open_at]
    if not pre.endswith(" "):
        return None
    words = pre.rstrip().rsplit(None, 1)
    word = words[-1] if words else ""
    rest = pre[:len(pre.rstrip()) - len(word)].rstrip()
    if not _bare_role_word(word) or (rest and rest[-1] not in HEADLINE_CLAUSE_STOPS):
        return None
    at = sp.para_start + len(pre.rstrip()) - len(word)
    return Mention(at, at + len(word), word, "description")


#: The head's office a headline's label may name a firm's or a body's speaker by, after the body's name in
#: capitals (‘Skyline Aer CEO: ‘…’’, ‘Brightwell boss: ‘…’’): the one the article names in that office.
#:
#: >>> "ceo" in HEADLINE_OFFICE_WORDS, "boss" in HEADLINE_OFFICE_WORDS, "spokesman" in HEADLINE_OFFICE_WORDS
#: (True, True, False)
HEADLINE_OFFICE_WORDS = frozenset("ceo boss chairman chairwoman chair president founder".split())

#: The offices a headline label's "boss" stands for at the firm it names, in order: the one who runs it
#: day to day, else its chair (‘Halvex boss: ‘…’’ / ‘Halvex managing director Ruth Adeyemi said’, or
#: ‘Halvex chairman Oliver Hext’ where the article names no chief executive); a role with one of
#: :data:`RE_LESSER_BOSS` is a deputy's or a past holder's, never the boss's.
#:
#: >>> [bool(RE_BOSS_OFFICES[0].search(r)) for r in ("Halvex managing director", "chief executive of Halvex", "finance director")]
#: [True, True, False]
#: >>> bool(RE_BOSS_OFFICES[1].search("Halvex chairman")), bool(RE_BOSS_OFFICES[1].search("chair of the board")), bool(RE_LESSER_BOSS.search("deputy chief executive"))
#: (True, True, True)
RE_BOSS_OFFICES = (LazyPattern(r"(?i)\b(?:chief executive|chief exec|ceo|managing director)\b"),
                   LazyPattern(r"(?i)\b(?:chairman|chairwoman|chairperson|chair)\b"))
RE_LESSER_BOSS = LazyPattern(r"(?i)\b(?:deputy|vice|former|ex|acting|assistant|joint|regional|divisional|country)\b")

#: What a role with no capital may hold around a boss's office and still be the labelled firm's (review
#: rv72c): a possessive or "the"/"its" before (‘the supermarket's chief executive’), at most "of the company"
#: after; never another body's (‘chair of the business select committee’, ‘managing director of the rival
#: bidder’, ‘the chief executive of the local chamber of commerce’, ‘inquiry chairman’).
#:
#: >>> bool(RE_BOSS_OWN_HEAD.fullmatch("supermarket's ")), bool(RE_BOSS_OWN_HEAD.fullmatch("inquiry "))
#: (True, False)
#: >>> bool(RE_BOSS_OWN_TAIL.fullmatch("")), bool(RE_BOSS_OWN_TAIL.fullmatch(" of the company")), bool(RE_BOSS_OWN_TAIL.fullmatch(" of the regulator"))
#: (True, True, False)
RE_BOSS_OWN_HEAD = LazyPattern(r"(?i)(?:the |its |[\p{L}\-]+['’]s )?(?:(?:new|interim|outgoing|current|founding|group|executive|non-executive) )?")
RE_BOSS_OWN_TAIL = LazyPattern(r"(?i)(?: of the (?:company|firm|group|business|chain|brand))?(?: officer)?")

#: Capitalised words before a label's office that are no body's name (‘Former CEO:’, ‘New boss:’).
#:
#: >>> "former" in LABEL_NO_BODY_WORDS, "airline" in LABEL_NO_BODY_WORDS
#: (True, False)
LABEL_NO_BODY_WORDS = frozenset("former ex new interim acting outgoing incoming deputy vice the our my".split())


def _headline_office_label(text: str, sp: Span, found: Found | None) -> tuple[str, list[str]] | None:
    """A headline's label before its quotation that is a body's name and its head's office (‘Skyline Aer
    CEO: ‘We will not cut a single route’’): the office's word, lower case, and the body's words. The
    words are the office holder's, whom the article names below, never the body's (:meth:`Cast.sole_office_holder`).

    >>> t = "Skyline Aer CEO: ‘We will not cut a route’"
    >>> sp = Span(18, 41, 17, 42, 0, 0, len(t)); f = Found(Mention(0, 15, "Skyline Aer CEO", "description"), None, "colon", ":", "")
    >>> _headline_office_label(t, sp, f)
    ('ceo', ['Skyline', 'Aer'])
    >>> _headline_office_label(t.replace("Skyline Aer", "Former"), sp, Found(Mention(0, 10, "Former CEO", "description"), None, "colon", ":"))
    """
    if found is None or found.mention is None or found.rule != "colon" or sp.paragraph != 0 \
            or found.mention.start != sp.para_start or sp.para_end - sp.para_start > HEADLINE_ROLE_WIDTH:
        return None
    colon = text.rfind(":", sp.para_start, sp.open_at)
    if colon < found.mention.end or text[colon + 1:sp.open_at].strip():
        return None
    words = text[sp.para_start:colon].split()  # (the whole label: the mention may stop at the body, ‘Brightwell boss’)
    if len(words) < 2 or len(words) > 5 or words[-1].lower() not in HEADLINE_OFFICE_WORDS \
            or not (words[-1].isupper() or words[-1].islower() or words[-1].istitle()):
        return None
    body = words[:-1]
    if not all(w[:1].isupper() for w in body) or any(w.lower() in LABEL_NO_BODY_WORDS for w in body) \
            or gender_of(body[0]) is not None or any(w.endswith(("'s", "’s")) for w in body):
        return None  # (a body's name: never a person's, ‘Maria Lopez CEO:’, nor ‘Former CEO:’)
    return words[-1].lower(), body


def _sole_of_surname(text: str, surname: str, cast: Cast) -> bool:
    """The article names one person only of ``surname``, for dropping a club's possessive before it in a
    headline (‘Dunmore's Okafor’); never where two of that surname are named (‘Kerry's O'Shea’ with Seán and
    Kieran O'Shea, ‘Britain's Johnson’ with Boris and Jo Johnson): the possessive may be what tells them apart."""
    key = surname.lower()
    p = cast.by_surname.get(key)
    if p is None or not cast.knows(key) or cast.namesakes.get(key):
        return False
    given = p.name.split()[0] if " " in p.name else None
    for m in regex.finditer(r"(?<![\p{L}’'])(\p{Lu}[\p{L}’'\-]*)[ \t]+" + regex.escape(surname) + r"\b", text):
        w = m.group(1)
        if w == given or w in HONORIFICS or w.rstrip(".") in HONORIFICS or w.lower() in ROLE_NOUNS or w.endswith(("’s", "'s")):
            continue
        return False  # (another given name before the surname: a namesake the cast merged or missed)
    return True


def _own_sign_off_after(text: str, sp: Span) -> bool:
    """The quotation's line goes on after its close with a dash and words: a source of its own (‘“…” —
    parent of two, Bray’)."""
    rest = text[(sp.close_end or sp.end):sp.para_end].strip()
    return len(rest) > 2 and rest[0] in DASHES and any(c.isalpha() for c in rest)


def _introduced_by_imperative(text: str, toks: list[Token]) -> Found | None:
    """A columnist's sentence that brings someone in with an imperative and a colon, the words in the
    next paragraph (‘Consider instead Siobhan Kerr, who has taught in Tallaght for 20 years:’, ‘Meet
    Tunde Bello, a welder from Ikeja:’, ‘Take Priya Nair, 34, a nurse:’): the one named right after
    the verb (and "instead"), never one further on (‘Consider the case that Ann Roe made:’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Consider instead Siobhan Kerr, who has taught for 20 years:"
    >>> _introduced_by_imperative(t, tokenize(t)).mention.text
    'Siobhan Kerr'
    >>> t = "Consider the case that Ann Roe made:"; _introduced_by_imperative(t, tokenize(t)) is None
    True
    """
    if len(toks) < 3 or toks[0].text.lower() not in INTRODUCING_IMPERATIVES or not toks[0].capitalized:
        return None
    k = 2 if toks[1].word in ("instead", "now", "also") else 1
    m = mention_after(toks, k, text)
    if m is None or m.kind != "name" or m.start != toks[k].start:
        return None
    return Found(m, None, "colon", ":")


def _new_speaker_colon_after(text: str, psp: Span, paras: list[tuple[int, int]], cast) -> bool:
    """The paragraph of the quotation ``psp`` goes on after it with a sentence of its own that ends in a
    colon and names someone before its cue: the words that open the next paragraph are that one's, never
    carried over from ``psp`` (‘The alliance said in a statement that delegates had “chosen …” The
    group’s president, the Rev. X, told reporters:’ / ‘“Nobody is being kicked out …”’ is X's).

    The cheap test first: the paragraph ends in a colon, well after the quotation closes."""
    p_lo, p_hi = paras[psp.paragraph]
    close = psp.close_end or psp.end
    if text[p_hi - 1:p_hi] != ":" or p_hi - close < 12:
        return False
    ends = [e for e in sentence_ends(text, close - 2, p_hi) if e <= p_hi - 12]
    if not ends:
        return False  # (the same sentence goes on: ‘“…,” Dolan said, adding:’ keeps its speaker)
    toks = tokenize(text, ends[-1], p_hi)
    f = cue_before(text, toks, cast.knows)
    return f is not None and f.mention is not None and f.mention.kind in ("name", "description") \
        and f.cue not in (None, ":") and f.mention.start >= ends[-1]  # (a speech verb's subject: never ‘The
    # message to the company was clear:’, whose words are still the speaker's before)


#: A credit line or a note on the writer after a dash (never a quotation's sign-off).
RE_CREDIT_LINE = LazyPattern(r"(?i)\b(?:reporting|contributed|contributing|compiled|edited|writes|wrote)\b|\b(?:is|was) (?:a|an|the|professor|editor|author|director|chief)\b")


def _sign_off_line_next(text: str, sp: Span, paras: list[tuple[int, int]]) -> bool:
    """The quotation closes its paragraph and the next, a short line, opens with a dash: its own sign-off
    (‘‘…’’ / ‘– Lisa Smith, 44, after the race’), read by the sign-off rule, never a speaker carried over;
    never a subheading set between two dashes (‘– An immigrant himself –.’)."""
    if sp.paragraph + 1 >= len(paras) or (sp.close_end or sp.end) < sp.para_end - 1:
        return False
    n_lo, n_hi = paras[sp.paragraph + 1]
    line = text[n_lo:n_hi].strip().rstrip(".")
    if not (0 < n_hi - n_lo <= AFTER_CHARS and line[:1] in DASHES and len(line) > 2 and line[1:2].isspace()
            and line[-1] not in DASHES):
        return False
    if RE_CREDIT_LINE.search(line):
        return False  # (never a credit or a note on the writer: ‘— Mary Kelly in Dublin contributed reporting’,
        # ‘— Additional reporting by Seán Murray’)
    toks = tokenize(text, n_lo, n_hi)  # (a name, a described source or a bare role right after the dash:
    # never the writer's words, ‘— a phrase he repeated all week’)
    m = mention_after(toks, 1, text) if len(toks) > 1 else None
    rest = [x for x in toks if m is not None and x.start >= m.end]
    return (m is not None and m.kind == "name" and m.start == toks[1].start
            and (not rest or rest[0].text in ".,;()" or rest[0].word in SIGN_OFF_GOES_ON)) \
        or (m is not None and _described_sign_off(toks, 1, m, text)) or _bare_sign_off_role(toks, 1, text) is not None


def _holder_body_in_lead(text: str, holder: Person, head: str, paras: list[tuple[int, int]]) -> bool:
    """The body a headline's sole office holder is first written with (‘Club América president Santiago
    Baños’) is in the headline or the lede's first sentence, or none is written: never a club's president
    brought in later for a headline's "president" that is the country's (‘“…,” says president / Mexico
    rejected the tariff threat. … Club América president Santiago Baños …’)."""
    if not holder.spots:
        return True
    at = holder.spots[0][0]
    m = regex.search(r"((?:\p{Lu}[\p{L}&’'\-]*[ \t]+){1,4})(?:[\p{Ll}\-]+[ \t]+){0,2}" + regex.escape(head) + r"[ \t]+$",
                     text[max(0, at - 80):at])
    if m is None:
        return True
    body = m.group(1).strip()
    if body.split()[0] in ("The", "A", "An") or len(paras) < 2:
        return True
    lo, hi = paras[1]
    stop = RE_SENTENCE_STOP.search(text[lo:hi])
    lead = text[paras[0][0]:paras[0][1]] + " " + text[lo:lo + stop.end() if stop else hi]
    return any(w in lead for w in body.split() if len(w) > 2)


#: The marks a key point's line may open with before its words (‘– Operator says …’, ‘• Bishop says …’).
#:
#: >>> "–" in BULLET_MARKS, "“" in BULLET_MARKS
#: (True, False)
BULLET_MARKS = frozenset("– — - • ·".split())


def _opens_heading_line(text: str, sp: Span, role: Mention) -> bool:
    r"""The role word opens the quotation's line, after a bullet at most, in a deck or a key point's line:
    short, below the first line (whose own bare role words stay no one's, case headline-bare-role-word),
    with no stop at its end (never a body's sentence: ‘“…,” said Ambassador to San Teodoro Leo Brandt.’).

    >>> t = "Head\n\nBishop says it is “sad”"
    >>> o = t.index("“"); sp = Span(o + 1, len(t) - 1, o, len(t), 1, 6, len(t))
    >>> _opens_heading_line(t, sp, Mention(6, 12, "Bishop", "name"))
    True
    >>> _opens_heading_line(t + ".", sp._replace(para_end=len(t) + 1), Mention(6, 12, "Bishop", "name"))
    False
    """
    if sp.paragraph == 0 or sp.para_end - sp.para_start > HEADLINE_ROLE_WIDTH \
            or text[sp.para_start:sp.para_end].rstrip("’'”\" ")[-1:] in ".?!…":
        return False
    lead = text[sp.para_start:role.start].strip()
    return not lead or lead in BULLET_MARKS


def _sole_holder_below(text: str, role: Mention, cast: Cast, paras: list[tuple[int, int]]) -> Person | None:
    r"""The one holder the whole article names in the office of a bare capitalised role word
    (:meth:`Cast.sole_office_holder`) that opens a heading's clause before anyone is named (a deck's
    ‘Bishop says decision is “…”’ / ‘The Rt Rev Helen Aldridge, the Bishop of Wexcombe, told …’): only a
    person of a known sex, first named below the role word, in a body the lead names or none
    (:func:`_holder_body_in_lead`). None when two hold the office, or the article brings in one unnamed
    (‘in what a judge described as …’), or the holder may be a body or of either sex (‘Operator says …’ /
    ‘The dam's operator, Serra Alta Power,’: one noted as the heading's speaker with no sex would take a
    later "he" from the governor named after it).

    >>> t = "Synod votes\n\nBishop says cuts are “painful”\n\nThe Rt Rev Ann Hale, the Bishop of Ely, spoke."
    >>> at = t.index("Bishop says")
    >>> _sole_holder_below(t, Mention(at, at + 6, "Bishop", "name"), Cast(t), [(0, 11), (13, 43), (45, len(t))]).name
    'Ann Hale'
    >>> t2 = "Bishop says cuts are “painful”\n\nA bishop spoke. The Rt Rev Ann Hale, the Bishop of Ely, agreed."
    >>> _sole_holder_below(t2, Mention(0, 6, "Bishop", "name"), Cast(t2), [(0, 30), (32, len(t2))]) is None
    True
    """
    word = role.text.lower()
    people = [(q, list(q.roles), q.next_spot) for q in itertools.chain(cast.by_surname.values(), *cast.namesakes.values())]
    try:
        holder = cast.sole_office_holder(word)
    finally:  # (the roles it reads are found on first request, in an order the body's cues add to later:
        for q, roles, next_spot in people:  # left as they were, so every speaker keeps the role the body gives)
            q.roles[:] = roles
            q.next_spot = next_spot
    if holder is None or holder.kind != "name" or holder.gender is None or not holder.spots \
            or holder.spots[0][0] <= role.end:
        return None
    return holder if _holder_body_in_lead(text, holder, word, paras) else None


def _headline_label(text: str, start: int, end: int) -> bool:
    """The one word from ``start`` to ``end``, opening its line before a colon, is a section's or a
    story kind's label (:data:`HEADLINE_LABELS`)."""
    return _opens_line_before_colon(text, start, end) and text[start:end].lower() in HEADLINE_LABELS


def _story_label(text: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` open a headline's line before a colon and end in a
    running story's noun (:data:`STORY_LABEL_NOUNS`) after a capitalised word: ‘Pakistan floods:
    ‘We lost everything’’ (never ‘Mother of victim:’ nor a name: ‘Zelenko:’).

    >>> _story_label("Pakistan floods: ‘We lost everything’", 0, 15)
    True
    >>> _story_label("Mother of victim: ‘He was my world’", 0, 16)
    False
    """
    words = text[start:end].split()
    return _opens_line_before_colon(text, start, end) and 2 <= len(words) <= 4 \
        and words[0][:1].isupper() and words[-1] in STORY_LABEL_NOUNS \
        and not any(gender_of(w) is not None or w.rstrip(".").lower() in HONORIFICS for w in words[:-1])


def _section_label(text: str, colon: int) -> bool:
    """The line's words in capitals before a colon at ``colon`` are a section's heading."""
    start = text.rfind("\n", 0, colon) + 1
    words = text[start:colon].split()
    return 0 < len(words) <= 6 and all(w.isupper() or not w.isalpha() for w in words) \
        and any(w.strip(".,:;").lower() in SECTION_WORDS for w in words) \
        and not any(gender_of(w.strip(".,").title()) is not None or w.strip(".,").lower() in HONORIFICS for w in words)
