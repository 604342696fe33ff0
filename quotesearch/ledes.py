"""Ledes and offices: the holder of an office or kin named in the lede, a heading's name and role
line, a topic label's answer and the title given next to a name.

This module reads a heading's name and role line, a topic label's answer, which paragraph is the
lede, and the ministry, body or kin the paragraphs after it name; the lede's holder lives in
:mod:`quotesearch.lede_holders`, whether a role is the lede's office in
:mod:`quotesearch.lede_offices`.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.body_words import GENERIC_BODY_WORDS, LEDE_BODY_KINDS, ORG_WORDS
from quotesearch.role_words import DESCRIPTION_NOUNS, GENDERED_NOUNS, ROLE_NOUNS, SPOUSE_SEX
from quotesearch.speech_words import QUOTES_SIGNPOST_OPENINGS, RE_QUOTES_SIGNPOST, SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import HEADING_VERBS, is_byline
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import RE_NAME_RUN, Token, tokenize
from quotesearch.quote_spans import Span, paragraphs
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.bodies import RE_SUBJECT_SPOKE
from quotesearch.body_names import RE_DATELINE
from quotesearch.body_name_ends import _portfolios_end
from quotesearch.clauses import STANCES
from quotesearch.epithets import RE_CAPS_NAME_HEADING
from quotesearch.labels import AFTER_CHARS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.relations import ANSWERING_WORDS, KIN_SEX, RE_KIN_NAMED
from quotesearch.subjects import _last_sentence_subject
from quotesearch.titles import RE_WORD
from quotesearch.lede_holders import RE_AND_NAME, RE_LEDE_NEXT_OPENING, RE_LEDE_SPEAKS_AGAIN


#: A round-up's heading line: short, opening with a capital, with no quotation mark and no sentence's
#: end, above the paragraph of one reaction (‘Graham Ashdown, home secretary’, ‘UN refugee agency’).
#:
#: >>> bool(RE_ROUNDUP_HEADING.fullmatch("Dr Lena Voss, Institute for Migration Studies"))
#: True
#: >>> bool(RE_ROUNDUP_HEADING.fullmatch("He said so.")), bool(RE_ROUNDUP_HEADING.fullmatch("“We won,” she said"))
#: (False, False)
RE_ROUNDUP_HEADING = LazyPattern(r"\p{Lu}[^“”\"‘’.!?:;\n]{1,78}[^“”\"‘’.!?:;,\s]")

#: How many heading lines, each above a paragraph with a quotation, make an article a round-up of
#: reactions (never one section heading of a feature).
ROUNDUP_MIN_HEADINGS = 4


@functools.lru_cache(maxsize=8)
def _roundup_headings(text: str) -> frozenset[tuple[int, int]]:
    """The heading lines of a round-up of reactions (‘Alastair Crane, prime minister’ / ‘Posting on
    social media, the prime minister said: “…”’): lines of :data:`RE_ROUNDUP_HEADING`'s shape, each
    right above a paragraph with a quotation mark, when the article has at least
    :data:`ROUNDUP_MIN_HEADINGS` of them; else none. Made once per article (the sieves ask it for each
    quotation under such a line), so the article is read once, never once per quotation."""
    paras = paragraphs(text)
    heads = [paras[k] for k in range(1, len(paras) - 1)
             if RE_ROUNDUP_HEADING.fullmatch(text, *paras[k]) is not None
             and any(m in text[paras[k + 1][0]:paras[k + 1][1]] for m in "“\"")]
    return frozenset(heads) if len(heads) >= ROUNDUP_MIN_HEADINGS else frozenset()


def _roundup_heading_speaker(text: str, para: tuple[int, int], cast: Cast) -> Found | None:
    """The one a round-up's heading line ``text[para]`` names (see :func:`_roundup_headings`): the
    person named before its comma (‘Ahmad, 19, an Afghan living in a hotel’, ‘Dr Tobias Wren, Migration
    Policy Forum’), or the body the whole line names (‘Society of Immigration Practitioners’, ‘UN
    refugee agency’)."""
    if RE_ROUNDUP_HEADING.fullmatch(text, *para) is None or para not in _roundup_headings(text):
        return None  # (the line's own shape first: the article's headings are counted only under such a line)
    lo, hi = para
    line = text[lo:hi]
    comma = line.find(", ")
    toks = tokenize(text, lo, lo + (comma if comma >= 0 else len(line)))
    m = mention_after(toks, 0, text) if toks else None
    if m is not None and m.kind == "name" and m.end == toks[-1].end \
            and all(t.word not in FUNCTION_WORDS and not t.word.endswith("ing") for t in toks if t.start < m.start):
        # (only a title or a kind before the name, ‘Passenger group Transport Focus’: never a Q&A's topic
        # line, ‘On leaving Lyon’; rv82b)
        p, _ = cast.resolve(m)
        if p is not None and p.kind == "name":
            return Found(m, p, "label", None)
    if comma < 0 and len(toks) >= 2 and any(x.word in ORG_WORDS or x.word in GENERIC_BODY_WORDS for x in toks) \
            and (toks[-1].word in ORG_WORDS or toks[-1].word in GENERIC_BODY_WORDS
                 or all(x.capitalized or x.word in FUNCTION_WORDS for x in toks)):
        # (a body's name: in capitals, or ending in the body's noun, ‘UN refugee agency’; never a feature's
        # section heading that holds one, ‘Council tax rises’; rv82b)
        body = Mention(lo, hi, line, "organisation")
        return Found(body, Person(line, kind="organisation"), "label", None)
    return None


def _roundup_anaphor(text: str, found: Found, para: tuple[int, int], cast: Cast) -> Found | None:
    """The one a round-up's heading names, for ‘the prime minister’, ‘the society’, ‘the agency’ that
    speaks in the paragraph under it, when the heading holds the anaphor's noun (‘Alastair Crane,
    prime minister’, ‘Society of Immigration Practitioners’)."""
    m = found.mention
    if m is None or not m.text.lower().startswith("the ") or len(m.text.split()) > 3:
        return None
    named = _roundup_heading_speaker(text, para, cast)
    if named is None:
        return None
    noun = m.text[4:].lower()
    if regex.search(r"\b" + regex.escape(noun) + r"\b", text[para[0]:para[1]].lower()) is None:
        return None
    return Found(named.mention, named.person, found.rule, found.how)


def _name_line(text: str, para: tuple[int, int], cast: Cast) -> Found | None:
    """A line above a quotation that is only a person's name, with a title before it and a few
    words in lower case after a comma (‘Justice Piet Okonjo-Vail, dissenting’): the person, when
    the article gives them a sex or a role (never a headline in capitals: ‘Court Upholds Ban’)."""
    lo, hi = para
    if cast.credits_writer(para):
        return None  # (a reporter's byline above the story's first words, ‘By Ruth Adair’ / ‘“We were never
        # asked.”’, or her name alone under the headline: the writer's, never the words' speaker; but a name
        # the story goes on with is its subject's, ‘Grace Holt’ / ‘“…”’ / ‘Grace won three titles’)
    line = text[lo:hi].rstrip()
    if (named := _caps_name_role_line(text, lo, lo + len(line), cast)) is not None:
        return Found(named[0], named[1], "label", None)  # a wire's comments box: ‘ALAN RUSK, CHIEF
        # ECONOMIST, BRIDGEWAY PARTNERS, NEW YORK’ / ‘“…”’
    if not line or len(line) > 80 or line[-1] in ".:!?”\"’'" or any(c in line for c in "“\"‘"):
        return None
    if line.isupper():  # (a round-up's heading in capitals: ‘COMETS HEAD COACH MILES HAVERFORD’ / ‘“…”’)
        named = _caps_heading_name(text, lo, hi, cast, role_ok=False)
        return Found(named[0], named[1], "label", None) if named is not None else None
    comma = line.find(", ")
    if comma >= 0 and line[comma + 2:].strip() not in STANCES:
        return None  # (a stance only, ‘, dissenting’: never a byline's ‘, staff writer’ or a profile's ‘, surgeon’)
    toks = tokenize(text, lo, lo + (comma if comma >= 0 else len(line)))
    if comma < 0 and len(toks) >= 3 and toks[0].word == "the" and all(x.capitalized for x in toks[1:]) \
            and text[:lo].rstrip().endswith(("”", '"')) \
            and is_organisation([x.text for x in toks[1:]]) \
            and not any(x.word in HEADING_VERBS or (x.text.endswith("s") and x.word in SPEECH_VERBS) for x in toks):
        # ‘The Telecoms Industry Association’ / ‘“…”’ among a round-up's quotations (never a section heading)
        body = Mention(toks[0].start, toks[-1].end, "the" + line[3:], "organisation")
        return Found(body, Person(body.text, kind="organisation"), "label", None)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or m.end != toks[-1].end or " " not in m.text \
            or any(w.lower() in HEADING_VERBS or (len(w) > 3 and w.endswith("s") and w.lower() in SPEECH_VERBS)
                   for w in line.split()):
        return None  # (never a headline: ‘Mayor Defends Budget’)
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or not (gender_of(m.text.split()[0]) is not None or (
            m.role is not None and m.role.split()[-1].rstrip(".").lower() in ROLE_NOUNS)):
        return None  # (a person by a given name the lists know, or by a title: ‘Justice Piet Okonjo-Vail’)
    return Found(m, p, "label", None)


def _topic_answer(text: str, sp: Span, before: list[Span], results: list, paras: list[tuple[int, int]],
                  cast: Cast) -> Found | None:
    """The one interviewed, for an answer labelled by its topic: the speaker of the answer just
    before, if it was one too or is in the paragraph before, else the person the paragraph before is
    about (‘Trainer Bronwyn Tate spoke about the race ahead. / On the wide barrier: “…”’); never the
    topic's own name (‘On jockey Kirra Doolan: “…”’)."""
    if results and before and results[-1][1] is not None and results[-1][1].person is not None \
            and before[-1].paragraph >= sp.paragraph - 1:
        prev = results[-1][1]
        return Found(prev.mention, prev.person, "topic-answer", None, prev.how)
    if sp.paragraph == 0:
        return None
    p_lo, p_hi = paras[sp.paragraph - 1]
    if RE_CAPS_NAME_HEADING.fullmatch(text, p_lo, p_hi) is not None:
        # a round-up's heading in capitals names the one answering below it (‘HERONS HEAD COACH DANA PRUITT’ /
        # ‘On the win: “…”’); one that names no one gives no one (‘WHAT THEY SAID’)
        named = _caps_heading_name(text, p_lo, p_hi, cast)
        return Found(named[0], named[1], "topic-answer", None, "name") if named is not None else None
    ms = _subject_before_signpost(text, p_lo, p_hi, cast)
    if ms and ms[0].kind in ("name", "pronoun") and ms[1] is not None and ms[1].kind == "name":
        return Found(ms[0], ms[1], "topic-answer", None, "name")  # (or "he": ‘Here is what he had to say.’)
    return None


def _subject_before_signpost(text: str, p_lo: int, p_hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The person the last sentence of the paragraph ``p_lo:p_hi`` is about (:func:`_last_sentence_subject`,
    with its line break), read before a signpost that ends it and only points to the words below (‘Chancellor
    X has finished her speech. Here are some of the key lines.’, :data:`RE_QUOTES_SIGNPOST`) (w54b)."""
    signpost = RE_QUOTES_SIGNPOST.search(text, p_lo, p_hi) \
        if any(text.find(w, p_lo, p_hi) >= 0 for w in QUOTES_SIGNPOST_OPENINGS) else None
    if signpost is None:
        return _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast)
    return _last_sentence_subject(text, p_lo, signpost.start(), cast)


def _caps_heading_name(text: str, lo: int, hi: int, cast: Cast, role_ok: bool = True) -> tuple[Mention, Person | None] | None:
    """The person a heading in capitals names by its last two words (‘HERONS HEAD COACH DANA PRUITT’ is
    Dana Pruitt, head coach), in the name's own case: when the lists know the given name, the article
    knows the surname, or (with ``role_ok``, above answers labelled by topic) a role stands before it
    (never ‘WHAT THEY SAID’, nor a headline above a quotation, ‘MAYOR DEFENDS BUDGET’)."""
    heading = RE_CAPS_NAME_HEADING.fullmatch(text, lo, hi)
    if heading is None or heading.group(2).lower() in FUNCTION_WORDS or heading.group(3).lower() in SPEECH_VERBS \
            or not (gender_of(heading.group(2).title()) is not None or heading.group(3).lower() in cast.by_surname
                    or (role_ok and any(w.lower() in ROLE_NOUNS for w in heading.group(1).split()))):
        return None
    m = Mention(heading.start(2), heading.end(3), f"{heading.group(2).title()} {heading.group(3).title()}", "name",
                heading.group(1).strip().title() if heading.group(1) else None)
    return m, cast.resolve(m)[0]


def _caps_name_role_line(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person | None] | None:
    """The person a line in capitals names before its first comma, where a role follows (a wire's
    comments box above each commentator's words: ‘ALAN RUSK, CHIEF ECONOMIST, BRIDGEWAY PARTNERS, NEW
    YORK’, ‘… HAWTHORN CAPITAL, CHICAGO (via email)’): a name of two or three words whose given name
    the lists know or whose surname the article knows, and a role word after the comma (never
    ‘WASHINGTON, March 20’, nor a headline ‘FED HOLDS, MARKETS RALLY’)."""
    line = RE_LINE_ASIDE_END.sub("", text[lo:hi]).rstrip(" :")
    m = RE_CAPS_NAME_ROLE.fullmatch(line)
    if m is None or not line.isupper():
        return None
    words = m.group(1).split()
    if words[0].lower() in FUNCTION_WORDS or any(w.lower() in SPEECH_VERBS for w in words) \
            or not any(w in ROLE_NOUNS for w in RE_WORD.findall(m.group(2).lower())) \
            or (any(w in PRESS_ROLES for w in RE_WORD.findall(m.group(2).lower()))
                and not any(w in ("former", "retired", "ex") for w in RE_WORD.findall(m.group(2).lower()))) \
            or not (gender_of(words[0].title()) is not None or words[-1].lower() in cast.by_surname):
        return None
    name = " ".join(w.title() for w in words)
    start = lo + m.start(1)
    mention = Mention(start, start + len(m.group(1)), name, "name", m.group(2).strip().title())
    person = cast.resolve(mention)[0]
    if person is not None and person.name.isupper() and person.name.title() == name:
        person.name = name  # (the cast read the name off the line in capitals: its own case, wherever it speaks)
    return mention, person


#: A name in capitals, two or three words, a comma, and what follows it in capitals (a role, a firm,
#: a place): ‘ALAN RUSK, CHIEF ECONOMIST, BRIDGEWAY PARTNERS, NEW YORK’.
RE_CAPS_NAME_ROLE = LazyPattern(r"(\p{Lu}[\p{Lu}’'\-]+(?: \p{Lu}[\p{Lu}’'\-]+){1,2}), (\p{Lu}[^“”\"‘]{2,120})")

#: A reporter's roles, which a byline in capitals gives (‘SARAH COLLINS, POLITICAL EDITOR’): never a comments box.
PRESS_ROLES = frozenset("editor correspondent reporter writer columnist photographer journalist".split())

#: A note in brackets at the end of a line (‘(via email)’, ‘(in a note)’).
RE_LINE_ASIDE_END = LazyPattern(r"\s*\([^()]{1,30}\)\s*$")


def _country_ministry_next(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]]) -> Person | None:
    """The ministry the paragraph after the lede opens with, speaking, for a country (or a state) that
    is the lede's subject and says the words there: a country speaks through its government, and the
    article names the body that did (‘China has vowed to take “all necessary measures” …. / The
    Ministry of Commerce said in a statement on Thursday that …’). None when the lede opens with
    anything else, or the next paragraph with anything but a ministry that speaks (‘The European
    Commission said’), or with one of another country (‘Japan's foreign ministry said’)."""
    lo, hi = paras[sp.paragraph]
    lead = text[lo:mention.start]
    if mention.kind != "name" or (lead.strip() and not RE_DATELINE.fullmatch(lead)) \
            or (mention.text.lower() not in ONE_WORD_PLACES and mention.text not in TWO_WORD_PLACES):
        return None
    nxt = next(((a, b) for a, b in paras[sp.paragraph + 1:] if text[a:b].strip()), None)
    if nxt is None or not (sp.para_start <= sp.start < hi):
        return None
    a, b = nxt
    s_hi = next(iter(sentence_ends(text, a, b)), b)
    m = sentence_subject(text, tokenize(text, a, s_hi), lambda w: True)
    if m is None or text[a:m.start].strip() or m.kind == "pronoun":
        return None  # (its subject opening the paragraph: never ‘After the ministry said …, officials …’)
    words = [w.strip(",’'").removesuffix("’s").removesuffix("'s") for w in m.text.split()]
    if words[0] != "The" or "Ministry" not in words \
            or any(w.lower() in ONE_WORD_PLACES or w.lower() in NATIONALITY_WORDS for w in words if w != mention.text) \
            or RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is None:
        return None
    end = _portfolios_end(text, m.text, m.end)
    return Person("the" + text[m.start + 3:end], kind="organisation")


#: A body speaking of itself: "its", or "it" doing something (‘the clinics it supports’, ‘it runs’), never an
#: impersonal "it was".
#:
#: >>> bool(RE_BODY_ITSELF.search("the clinics it supports")), bool(RE_BODY_ITSELF.search("said it was late"))
#: (True, False)
RE_BODY_ITSELF = LazyPattern(r"\b(?:its|it (?!(?:is|was|has|does|seems|says|takes|makes|means|remains)\b)\p{Ll}{3,}s)\b")


def _lede_body_named_next(text: str, sp: Span, found: Found, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body the paragraph after a lede opens with, for the lede's unnamed "a British charity", "an
    aid group" that speaks there: a name with no given name nor title that speaks right after it
    (‘A British charity has launched an appeal, warning of ‘…’. / Harvest Aid International said …’),
    a body by its words (‘… Foundation’) or by the "it" it speaks of; never a person (‘A charity worker
    … / Maria Lopez said’), nor two names joined."""
    mention = found.mention
    k = sp.paragraph
    lead = text[paras[k][0]:mention.start]
    if k + 1 >= len(paras) or (lead.strip() and not RE_DATELINE.fullmatch(lead)) \
            or mention.text.split()[0].lower() not in ("a", "an") or description_head(mention.text) not in LEDE_BODY_KINDS:
        return None
    lo, hi = paras[k + 1]
    if (opening := RE_LEDE_NEXT_OPENING.match(text, lo, hi)) is not None:
        lo = opening.end()
    run = RE_NAME_RUN.match(text, lo, hi)
    if run is None or RE_AND_NAME.match(text, run.end()) or RE_LEDE_SPEAKS_AGAIN.match(text, run.end(), hi) is None:
        return None
    words = run.group().split()
    core = [w.lower() for w in words if w not in ("The", "the")]
    if gender_of(words[0]) is not None or words[0].lower().rstrip(".") in HONORIFICS \
            or (len(core) == 1 and (core[0] in ORG_WORDS or core[0] in BODY_NOUNS or core[0] in DESCRIPTION_NOUNS)):
        return None  # (a body by its kind alone answers: ‘The Government said it would respond’)
    ends = sentence_ends(text, lo, hi)
    if not any(w.lower() in ORG_WORDS for w in words) and RE_BODY_ITSELF.search(text, run.end(), ends[0] if ends else hi) is None:
        return None  # (a body says so: its kind in its name, or "it" of itself, ‘… at the clinics it supports’)
    if any(w.lower() in LEDE_BODY_NEVER_WORDS for w in words) \
            or any(w in ANSWERING_WORDS and w not in ("but", "however") for w in RE_WORD.findall(text[lo:ends[0] if ends else hi].lower())) \
            or any(w in LEDE_ACCUSING_VERBS for w in RE_WORD.findall(text[paras[k][0]:paras[k][1]].lower())):
        return None  # (a government office, one answering, or one the lede accuses: ‘A British charity has
        # accused ministers of “…”. / The Home Office said …’, ‘… / Shell said it rejected the claims’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if p is None or p.placelike or p.titled or p.who or p.gender is not None:
        return None
    return p


#: A lede's kin of someone described (‘The daughter of an 84-year-old woman who …’, ‘The father of a
#: student killed in …’): group 1 the kin, group 2 the word telling the relative's sex, if any.
#:
#: >>> RE_LEDE_KIN.match("The daughter of an 84-year-old woman who spent").groups()
#: ('daughter', 'woman')
RE_LEDE_KIN = LazyPattern(r"(?i:the) (son|daughter|father|mother|husband|wife|brother|sister) of (?:an?|the) "
                          r"(?:(?:[\w\-]+ ){0,3}?(man|woman|boy|girl|mother|father|pensioner|patient|student|child)\b)?")

#: The pronoun that owns the kin later, by the sex (:data:`GENDERED_NOUNS`) of the relative's word of
#: :data:`RE_LEDE_KIN` ("man", "mother"; "pensioner" tells none).
LEDE_KIN_OWNER = {"m": "His", "f": "Her"}

#: How many paragraphs after the lede may name the lede's kin (‘Her daughter, Carys Protheroe, said …’).
LEDE_KIN_REACH = 3


#: Words bringing in someone besides the lede's relative before a kin is named (‘a second boy’,
#: ‘In a separate case’, ‘The driver of the other car’).
RE_LEDE_KIN_OTHER_ONE = LazyPattern(r"(?i)\b(?:another|second|other|separate|also)\b")

#: Two of a kin in the paragraphs after a lede (‘her other daughter’, ‘his two sons’, ‘both daughters’).
RE_LEDE_KIN_SEVERAL = LazyPattern(r"(?i)\b(?:other|elder|eldest|younger|youngest|older|oldest|twin|two|three|both) "
                                  r"(?:sons|daughters|brothers|sisters|son|daughter|brother|sister)\b")


def _lede_kin_named(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the paragraphs after a lede name as the lede's kin, for its "The daughter of an
    84-year-old woman who … says": the same kin set off by a full name after "his" or "her" (‘Her
    daughter, Carys Protheroe, said …’), of the relative's sex when the lede tells it; never another
    kin (‘His son, David Penn,’ for a daughter), nor when two of that kin are named."""
    m = RE_LEDE_KIN.match(mention.text)
    if m is None or sp.paragraph + 1 >= len(paras):
        return None
    kin, owner = m.group(1).lower(), LEDE_KIN_OWNER.get(GENDERED_NOUNS.get((m.group(2) or "").lower()))
    lo, hi = paras[sp.paragraph + 1][0], paras[min(len(paras) - 1, sp.paragraph + LEDE_KIN_REACH)][1]
    hits = [found for found in RE_KIN_NAMED.finditer(text, lo, hi)
            if found.group(2) and found.group(3).lower() == kin and " " in found.group(4)
            and (owner is None or found.group(2).capitalize() == owner)]
    named = {found.group(4) for found in hits}
    if len(named) != 1:
        return None
    first_hit = hits[0]
    if not any(a == first_hit.start() for a, _ in paras[sp.paragraph + 1:sp.paragraph + 1 + LEDE_KIN_REACH]) \
            or RE_LEDE_KIN_OTHER_ONE.search(text, lo, first_hit.start()) is not None \
            or RE_LEDE_KIN_SEVERAL.search(text, lo, hi) is not None:
        return None  # (the "his"/"her" opens its paragraph, with no other one brought in before it, ‘Police
        # said a second boy was hurt. His mother, Karen Blythe, …’ or ‘The driver, a 22-year-old woman, …. Her
        # father, …’ is another family's; nor one of two such kin, ‘her other daughter, …’)
    name = named.pop()
    at = text.find(name, lo, hi)
    p = cast.resolve(Mention(at, at + len(name), name, "name"))[0]
    return p if p is not None and p.kind == "name" and p.gender in (None, KIN_SEX[kin]) else None


#: A lede's spouse of the one the story is about, described by a pronoun's possessive (‘objections from
#: his former wife, who says the film “…”’): group 1 the spouse's word.
#:
#: >>> RE_LEDE_SPOUSE.fullmatch("his former wife").group(1), RE_LEDE_SPOUSE.fullmatch("Her late husband") is None
#: ('wife', True)
RE_LEDE_SPOUSE = LazyPattern(r"(?:[Hh]is|[Hh]er) (?:(?:former|ex-|estranged|longtime|long-time) )?(wife|husband|widow|widower)")

#: A full name opening a paragraph, then a clause or a kin noun set off that tells it is someone's spouse
#: (‘Carla Farrant, who was married to the singer from 1998 until 2009,’, ‘Ann Roe, his former wife,’):
#: group 1 the name, group 2 the noun the one married is told by (never another's kin, ‘who was married
#: to the band's drummer’, ‘to his co-author’, rv86a), group 3 the spouse's word when it is written.
#:
#: >>> RE_SPOUSE_NAMED_OPENING.match("Carla Farrant, who was married to the singer").group(1)
#: 'Carla Farrant'
#: >>> RE_SPOUSE_NAMED_OPENING.match("Ann Roe, his former wife, said").group(1, 3)
#: ('Ann Roe', 'wife')
#: >>> RE_SPOUSE_NAMED_OPENING.match("Ann Roe, who was married to the band's drummer") is None
#: True
#: >>> RE_SPOUSE_NAMED_OPENING.match("Ann Roe, who worked with the singer") is None
#: True
RE_SPOUSE_NAMED_OPENING = LazyPattern(r"(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}’'\-]+)+), (?:who (?:was|is|had been|has been) "
                                      r"(?:once |formerly )?married to (?:him\b|her\b|the (\p{Ll}+)\b(?![’']s))|(?:his|her) (?:(?:former|ex-|estranged) )?"
                                      r"(wife|husband|widow|widower)\b)")


def _lede_spouse_named(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the paragraphs after a lede name as the spouse its "his former wife" (:data:`RE_LEDE_SPOUSE`)
    describes: a full name opening a paragraph, set off with a clause of marriage or the spouse's own word
    (:data:`RE_SPOUSE_NAMED_OPENING`), one name only, of the spouse's sex (‘… objections from his former
    wife, who says the film “…”. / Carla Farrant, who was married to the singer from 1998, said …’, w86a)."""
    m = RE_LEDE_SPOUSE.fullmatch(mention.text)
    if m is None or sp.paragraph + 1 >= len(paras):
        return None
    kin = m.group(1).lower()
    named = set()
    for a, b in paras[sp.paragraph + 1:sp.paragraph + 1 + LEDE_KIN_REACH]:
        found = RE_SPOUSE_NAMED_OPENING.match(text, a, b)
        if found is not None and (found.group(3) is None or SPOUSE_SEX[found.group(3).lower()] == SPOUSE_SEX[kin]) \
                and (found.group(2) is None or regex.search(r"\b" + found.group(2) + r"\b", text[:paras[sp.paragraph][1]]) is not None):
            # (the one married told by a noun the headline or lede gives: ‘the drummer’ of ‘the late drummer
            # Rick Kell’, never ‘the drummer’ of a story about a guitarist, rv86a)
            named.add((found.group(1), a))
    if len({name for name, _ in named}) != 1:
        return None
    name, at = named.pop()
    p = cast.resolve(Mention(at, at + len(name), name, "name"))[0]
    return p if p is not None and p.kind == "name" and p.gender in (None, SPOUSE_SEX[kin]) else None


#: Words of a government's office, never the lede's unnamed charity or group.
LEDE_BODY_NEVER_WORDS = frozenset("""ministry office department government police army military embassy parliament
cabinet treasury court""".split())

#: Verbs of a lede accusing another, whose body named next is the one answering.
LEDE_ACCUSING_VERBS = frozenset("accused accuses criticised criticized condemned blamed sued attacked".split())


def _tokens_to_sentence_end(text: str, at: int, hi: int) -> list[Token]:
    """The tokens from ``at`` to the end of its sentence (within :data:`AFTER_CHARS` and ``hi``)."""
    hi = min(hi, at + AFTER_CHARS)
    ends = sentence_ends(text, at, hi)
    return tokenize(text, at, ends[0] if ends else hi)


def _headline_described_again(text: str, sp: Span, found: Found, paras: list[tuple[int, int]]) -> bool:
    """The lede's described subject (‘The transport minister has defended …’) taken for the bare
    noun of the headline's cue (‘…, says minister’), and for no one else: the lede's own subject,
    whom the paragraph after may name, as a lede described with no headline is."""
    p, m = found.person, found.mention
    if found.how != "description-anaphor" or p is None or p.kind != "description" or p.plural or m is None \
            or m.kind != "description" or sp.paragraph < 1 or len(paras) < 2 or " " in p.name:
        return False
    first = regex.search(r"\b" + regex.escape(p.name) + r"\b", text, flags=regex.I)
    if first is None or first.start() >= paras[0][1]:
        return False  # (the bare noun first in the headline)
    return regex.search(r"\b" + regex.escape(p.name) + r"\b", text[paras[1][0]:m.start], flags=regex.I) is None


#: The end of a paragraph that closes a sentence, a closing mark after it or none: never a headline's.
#:
#: >>> RE_SENTENCE_CLOSE.search("She said it was “over.”") is not None, RE_SENTENCE_CLOSE.search("Flood hits town") is None
#: (True, True)
RE_SENTENCE_CLOSE = LazyPattern(r"[.!?][”\"’']?\Z")


def lede_index(text: str, paras: list[tuple[int, int]]) -> int | None:
    r"""The lede's paragraph: the first that ends as a sentence does, when it stands where a lede stands
    (:func:`_lede_paragraph`: after the headline, a byline or a standfirst).

    >>> t = "Flood hits town\n\nBy Jo Roe\n\nThe river rose.\n\nMore."
    >>> lede_index(t, paragraphs(t))
    2
    """
    k = next((i for i in range(len(paras)) if RE_SENTENCE_CLOSE.search(text, *paras[i]) is not None), None)
    return k if k is not None and _lede_paragraph(text, k, paras) else None


def _lede_paragraph(text: str, k: int, paras: list[tuple[int, int]]) -> bool:
    """Paragraph ``k`` is the headline or the lede: one of the first two, or the third after a
    byline (‘Water boss defends bonus / By Jane Roe, Environment Editor / The chief executive of …
    has defended …’)."""
    return k <= 1 or (k == 2 and is_byline(text[paras[1][0]:paras[1][1]])) or (
        k == 3 and is_byline(text[paras[1][0]:paras[1][1]]) and RE_DESK_LINE.fullmatch(text, *paras[2]) is not None) \
        or (k <= LEDE_HEADING_LINES + 1 and all(RE_HEADING_LINE.fullmatch(text, *paras[i]) for i in range(1, k)))
    # (and the fourth after a byline and the desk or service on a line of its own: ‘By Sam Price / Local
    # Democracy Reporting Service / The leader of …’) (w63a)
    # (or after a standfirst and a byline of any style, lines that end in no sentence's mark: ‘Chief says
    # province “ignored” treaty / Community weighing court challenge / Jo Roe · CBC News · Posted: Mar 14 /
    # The chief of a northern First Nation says …’)


#: A byline's second line that names only the desk, the service or the post (‘Local Democracy Reporting
#: Service’, ‘Political Correspondent’): a few words in capitals, no stop, no mark.
#:
#: >>> RE_DESK_LINE.fullmatch("Local Democracy Reporting Service") is not None
#: True
#: >>> RE_DESK_LINE.fullmatch("Police said."), RE_DESK_LINE.fullmatch("Flood warning issued for the valley")
#: (None, None)
RE_DESK_LINE = LazyPattern(r"\p{Lu}[\p{L}\-]*(?: (?:and |of |for |the |& )?\p{Lu}[\p{L}\-]*){0,5}")


#: How many lines of no sentence (a standfirst, a byline) may stand between the headline and the lede.
LEDE_HEADING_LINES = 2

#: A line of a heading block, no sentence: short, no quotation marks, ending in no sentence's mark
#: (‘Community weighing court challenge after permit granted’, ‘Jo Roe · CBC News · Posted: Mar 14, 2024’).
#:
#: >>> bool(RE_HEADING_LINE.fullmatch("Jo Roe · CBC News · Posted: Mar 14, 2024 4:00 AM CT"))
#: True
#: >>> bool(RE_HEADING_LINE.fullmatch("The council met on Monday."))
#: False
RE_HEADING_LINE = LazyPattern(r"\s*[^\n“”\"‘’]{3,160}?(?<![.!?:;,])\s*")


#: A quotation's close and its speaker named in full after it, opening a paragraph's second part
#: (‘,” said Lim Ah Seng, 64,’ or ‘,” Orla Keane said’): group 1 or 2, the name.
RE_CLOSE_SAID_NAME = LazyPattern(r"[”\"] (?:said (\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){1,3})(?=[,.])"
                                 r"|(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){1,3}) said\b)")


def _aside_speaker_named_next(text: str, described: Person, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one named as the speaker of the quotation that opens the paragraph right after the lede's aside of
    speech, for the lede's described speaker (‘This year, its owner says, there may not be enough rice. / “…,”
    said Lim Ah Seng, 64, whose father opened the stall.’: the owner is Lim Ah Seng). Only an aside set off by
    commas in the first paragraphs, a quotation opening the very next paragraph, and a name first written
    there (never one named before, who answers the lede)."""
    aside = ", " + described.name
    for k, (lo, hi) in enumerate(paras[:3]):
        i = text.find(aside, lo, hi)
        if i < 0 or not text.startswith((" says,", " said,"), i + len(aside)) or k + 1 >= len(paras):
            continue
        n_lo, n_hi = paras[k + 1]
        start = n_lo + len(text[n_lo:n_hi]) - len(text[n_lo:n_hi].lstrip())
        if not text.startswith(("“", '"'), start):
            return None
        close = min((j for j in (text.find("”", start + 1, n_hi), text.find('"', start + 1, n_hi)) if j >= 0), default=-1)
        m = RE_CLOSE_SAID_NAME.match(text, close) if close > 0 and text[close - 1] in ",?!" else None
        if m is None:
            return None
        g = 1 if m.group(1) else 2
        p, _ = cast.resolve(Mention(m.start(g), m.end(g), m.group(g), "name"))
        if p is None or p.kind != "name" or p.plural or " " not in p.name or not p.spots or p.spots[0][0] < n_lo:
            return None
        other = RE_OTHER_ROLE_AFTER.match(text, m.end(g))
        if other is not None and described.name.split()[-1].lower() not in other.group(1).lower():
            return None  # (guard: one set off as someone else, never the owner: ‘“…,” said Helen Burke, a
            # customer for 20 years.’, ‘…, a local guide.’, ‘…, a volunteer at the shop.’)
        return p
    return None


#: A role set off after a name (after an age or none), to its comma or stop: group 1 the role (‘, a customer
#: for 20 years.’, ‘, 58, the shop’s manager,’).
RE_OTHER_ROLE_AFTER = LazyPattern(r",(?: \d{1,3},)? ((?:an?|the|his|her|their|its) [^,.;:“”\"\n]{1,80})")
