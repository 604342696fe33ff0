"""Ledes and offices: the holder of an office or kin named in the lede, a heading's name and role
line, a topic label's answer and the title given next to a name.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LEDE_TITLE_KIND_HEADS, LazyPattern
from quotesearch.place_words import DEMONYMS, NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES, US_STATE_FORMS
from quotesearch.name_words import HONORIFICS, SCHOLAR_TITLES
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import (
    BODY_PART_WORDS, GENERIC_BODY_WORDS, INQUIRY_NOUNS, LEDE_BODY_KINDS, ORG_WORDS, SAME_KIND_PAIRS, SPOKESPERSON_NOUNS,
)
from quotesearch.role_words import (
    BODILESS_OFFICE_KINDS, CHAIR_OFFICES, DESCRIPTION_NOUNS, FORMER_CAREER_WORDS, GENDERED_NOUNS, LEADER_OFFICE_HEADS,
    LEDE_KIN_RECIPROCALS, LEDE_OFFICE_KINDS, LEDE_OFFICE_NAMED_REACH, LEDE_RANK_WORDS, ROLE_NOUNS, TITLES_OF_KIND,
)
from quotesearch.speech_words import QUOTES_SIGNPOST_OPENINGS, RE_QUOTES_SIGNPOST, SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import HEADING_VERBS, PARTY_WORDS, is_byline, split_title
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import RE_NAME_RUN, Token, tokenize
from quotesearch.quotes import Span, paragraphs
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, Person
from quotesearch.offices import (
    INSTITUTION_WORDS, LESSER_OFFICES, ROLE_PREPOSITIONS, _bare_honorific, _role_words, _title_noun,
)
from quotesearch.sources import SOURCE_NOUNS
from quotesearch.bodies import RE_SUBJECT_SPOKE
from quotesearch.body_names import RE_DATELINE
from quotesearch.body_name_ends import _portfolios_end
from quotesearch.described_people import OFFICE_NOUNS
from quotesearch.clauses import STANCES
from quotesearch.epithets import RE_CAPS_NAME_HEADING, RE_DONE_TO, RE_SEX_WORD
from quotesearch.descriptions import RE_DEATH_WORDS
from quotesearch.labels import AFTER_CHARS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.relations import (
    ANSWERING_WORDS, KIN_SEX, RE_APPOSITIVE_ROLE, RE_KIN_NAMED, RE_LOWER_ROLE_BEFORE, RE_OTHER_CASE, RE_PLACE_OWNS,
    RE_CUE_BEFORE_TITLED, RE_ROLE_AFTER_NAME, RE_TITLED_SPEAKS, _head_title, _only_one, _titled_by_a_nation,
)
from quotesearch.statements import _sentence_start
from quotesearch.subjects import _last_sentence_subject
from quotesearch.unnamed_subjects import RE_WORD_BEFORE_END
from quotesearch.titles import RE_WORD


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


def _lede_named_next(text: str, sp: Span, found: Found, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The person the paragraph after a lede names, for the lede's "a senior midwife" who speaks
    there (see :func:`_lede_holder`)."""
    return _lede_holder(text, sp.paragraph, found.mention, found.person, paras, cast)


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

#: The sex of a spouse's word of :data:`RE_LEDE_SPOUSE`.
SPOUSE_SEX = {"wife": "f", "widow": "f", "husband": "m", "widower": "m"}

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


#: An office of learning in a lede's subject, which a professor may hold (‘The rector of the National
#: University’, ‘The president of the Royal College of Nursing’); never ‘The head of Australia's central bank’.
RE_ACADEMIC_OFFICE = LazyPattern(r"(?i)\b(?:universit(?:y|ies)|college|school|institute|academy|polytechnic|rector|"
                                 r"vice-chancellor|provost|dean|principal)\b")

#: A name set off as speaking for another body (‘Professor Jane Roe, speaking for the University and College
#: Union, said’, ‘…, speaking on behalf of …’): never the lede's office holder.
RE_SPEAKING_FOR = LazyPattern(r", (?:speaking|writing|appearing) (?:for|on behalf of|as) ")


def _scholar_title(title: str) -> bool:
    """A title of learning alone before a name ("Professor", "Prof."), never an office: the holder of the
    lede's office may be written so when named (‘The vice-chancellor of the University of X has warned …. /
    Professor Jane Roe, speaking on BBC Radio 4, said …’), and must then speak again.

    >>> _scholar_title("Professor"), _scholar_title("Prof."), _scholar_title("Councillor")
    (True, True, False)
    """
    return " " not in title and title.rstrip(".").lower() in SCHOLAR_TITLES


def _tokens_to_sentence_end(text: str, at: int, hi: int) -> list[Token]:
    """The tokens from ``at`` to the end of its sentence (within :data:`AFTER_CHARS` and ``hi``)."""
    hi = min(hi, at + AFTER_CHARS)
    ends = sentence_ends(text, at, hi)
    return tokenize(text, at, ends[0] if ends else hi)


#: A US lawmaker's home state right after the name (‘Sen. Harlan Reed of Ohio,’, ‘Rep. Ana Ruiz of Texas said’).
RE_OF_STATE = LazyPattern(r" of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,;]| said| told)")


#: A home town set off right after a name, a county or region after it, before the sentence goes on
#: (‘Nicola Byrne, from Ballina, Co Mayo, said’, ‘Tom Reed, from Leeds, said’) (w75d).
#:
#: >>> [bool(RE_FROM_HOME_SET_OFF.match(t)) for t in (", from Ballina, Co Mayo, said", ", from Leeds, said",
#: ...  ", from the council, said", ", from Leeds said")]
#: [True, True, False, False]
RE_FROM_HOME_SET_OFF = LazyPattern(r", from \p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}"
                                   r"(?:, (?:Co\.? |County )?\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2})?,(?= \p{Ll})")


def _past_home_state(text: str, at: int, hi: int) -> int:
    """Where the words after a name at ``at`` go on, past a US state it is "of" (‘Rep. Dale Moss of
    Georgia, the No. 3 Republican in the House, told’) or a home town it is "from", set off (‘Nicola
    Byrne, from Ballina, Co Mayo, said’), or ``at`` itself (never ‘of Leeds’, no state)."""
    if (home := RE_FROM_HOME_SET_OFF.match(text, at, hi)) is not None:
        return home.end()
    if not text.startswith(" of ", at) or (state := RE_OF_STATE.match(text, at, hi)) is None \
            or state.group(1) not in US_STATE_FORMS:
        return at
    return state.end()


def _party_member_head(description: str) -> str | None:
    """"lawmaker" for an unnamed party member described by rank (and chamber), whose head is the party
    word (‘a top Senate Republican’, ‘a senior House Democrat’): one the paragraph after the lede may
    name like any lawmaker's (‘Sen. Harlan Reed of Ohio, the No. 2 Republican in the Senate, said’);
    None for anything else (‘a Republican lawmaker’ has its own head, ‘Senate Republicans’ are many).

    >>> _party_member_head("a top Senate Republican"), _party_member_head("a senior Republican aide")
    ('lawmaker', None)
    """
    words = description.split()
    party = words[-1].lower()
    if len(words) < 2 or words[0].lower() not in ("a", "an") or party not in PARTY_WORDS or party.endswith(("s", "ic")):
        return None
    return "lawmaker"


def _lede_holder(text: str, k: int, mention: Mention, person: Person | None, paras: list[tuple[int, int]],
                 cast: Cast) -> Person | None:
    """The person the paragraph after the lede (paragraph ``k``) names, for the lede's subject
    ``mention`` ("a senior midwife", "the country's top health official"): its first words are a
    full name the article had not named before, introduced (a "who" clause, a role set off, an
    age) and not answering (never ‘A Republican senator called the bill “dead.” / Mitch McConnell,
    the majority leader, disagreed.’), of the sex the lede tells; for an office, one given that
    office or one of its kind (‘Dr. Ama Mensah, the director-general of the Ghana Health Service,’
    for ‘the country's top health official’), never another (‘A federal judge …. / Attorney
    General Dana Price said’)."""
    para_start, para_end = paras[k]
    lead = text[para_start:mention.start]
    described = description_head(mention.text)
    with_subject = RE_LEDE_WITH_LEAD.search(lead) is not None and mention.text.split()[0].lower() in ("a", "an", "one") \
        and RE_LEDE_WITH_SPEAKING.match(text, mention.end) is not None  # (the lede's "with one senior doctor
    # describing it as “…”" is its subject too, the one who speaks in it; w75d)
    if lead.strip() and not RE_DATELINE.fullmatch(lead) and not with_subject:
        office = described
        if _lede_office_told_whole(mention.text, office) and office in ROLE_NOUNS \
                and office not in THING_NOUNS and k + 1 < len(paras) and person is not None and not person.plural \
                and not any(mark in lead for mark in "“”\"‘"):  # (an office told whole, in the lede's own words: never
            # the tag of a quotation, ‘“…,” the minister said’)
            titled = _titled_next(text, mention.text, office, paras[k + 1:k + 3], cast) or _titled_next(
                text, mention.text, office, paras[k + 1:k + LEDE_OFFICE_NAMED_REACH + 1], cast, alone=True)  # (further on,
            # only when no one else there is given that title: ‘… the city’s police chief called “…”. / … / …
            # / Chief X said’)
            if titled is not None and _titled_by_a_nation(text, titled, paras[k + 1:k + LEDE_OFFICE_NAMED_REACH + 1]):
                return None  # (never one of another nation: ‘Russian Foreign Minister Sergei Lavrov’ for "the
                # country's foreign minister")
            sex = GENDERED_NOUNS.get(office or "")  # (‘the chairwoman of a Commons committee’ a woman)
            return titled if titled is None or sex is None or titled.gender in (None, sex) else None  # (an office the lede gives
            # later in its sentence, the one titled with it who speaks in the next paragraphs: ‘…, a ruling
            # the city's police chief called “…”. / Chief Ama Owusu said …’)
        return None  # (only the lede's subject: never ‘… after a judge said …’, ‘she heard a woman scream “…”’)
    head = described or _party_member_head(mention.text)
    if k + 1 >= len(paras) or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in BODY_NOUNS \
            or head in COLLECTIVE_NOUNS or person is None or person.plural:  # (never ‘The family of a
        # dad-of-three said he was a “gentle giant”. / Craig Fenwick, 44, died …’: the family, not the man)
        return None
    titled = _titled_next(text, mention.text, head, paras[k + 1:k + 3], cast)
    if titled is not None:  # ‘A federal judge on Monday blocked …. / … / In a 38-page ruling, U.S. District
        # Judge Miriam Castellanos wrote …’: the one new person given that title next, of the sex the lede
        # tells (never ‘The country's top health official … she had asked …. / Mr. Kwame Boateng, the
        # director-general of …, said’)
        told = _lede_sex_word(text, mention.end, para_end)
        sex = GENDERED_NOUNS.get(head or "") or (
            ("m" if told.group().lower() in ("he", "his", "him") else "f") if told is not None else None)
        return titled if sex is None or titled.gender in (None, sex) else None
    lo, hi = paras[k + 1]
    if (opening := RE_LEDE_NEXT_OPENING.match(text, lo, hi)) is not None:
        lo = opening.end()  # (past a phrase of where or how it was said: ‘In a pastoral letter read at every
        # Mass last Sunday, Bishop Rodolfo Tan wrote that …’)
    low = RE_LOWER_TITLE_OPENING.match(text, lo, hi)
    body_owned = low is None
    if low is None and (body := RE_BODY_TITLE_OPENING.match(text, lo, hi)) is not None:
        owner = {w.lower() for w in RE_WORD.findall(body.group(1)) if w[:1].isupper()}
        if owner & {w.lower() for w in RE_WORD.findall(mention.text)} - {"the", "a", "an", "of"} \
                and not (opening is not None and " same " in opening.group()):
            low = body  # (only the lede's own body: never ‘The boss of the water regulator …. / Appearing
            # before the same committee, Southern Water chief executive X said’, ‘Ofgem chief executive’)
    if low is not None and not body_owned and opening is not None and opening.group().startswith(("Appearing", "Testifying", "Giving")) \
            and low.group(1).split()[0].lower() not in LOWER_TITLE_OPENERS \
            and not {low.group(1).split()[0].lower()} & {w.lower() for w in RE_WORD.findall(mention.text)}:
        low = None  # (past a new opening, a body's office only of the lede's body: never ‘The boss of the energy
        # company …. / Appearing before MPs, Ofgem chief executive Jonathan Brearley said’)
    if low is not None and low.group(1).rsplit(" ", 1)[-1] not in ROLE_NOUNS:
        low = None  # (a body's office too: ‘Southvale Water chief executive Fiona Draycott said’)
    run = RE_NAME_RUN.match(text, low.end() if low is not None else lo, hi)  # (past a title in lower
    # case: ‘Chief executive Karen Whitlock said’)
    if run is None or " " not in run.group() or RE_AND_NAME.match(text, run.end()):
        return None  # (one person: never ‘Secretary Laura Diaz and Deputy Secretary Mark Chen told’)
    title = low.group(1) if low is not None else split_title(run.group().split())[0]
    after = _past_home_state(text, run.end(), hi)  # (‘Sen. Harlan Reed of Ohio, the No. 2 Republican, said’)
    if after != run.end() and (head in OFFICE_NOUNS or head in LEDE_OFFICE_KINDS) \
            and RE_FROM_HOME_SET_OFF.match(text, run.end(), hi) is not None:
        after = run.end()  # (a home town set off names the one the lede's person noun told of, never an office's
        # holder: ‘The manager of a Cork hotel has said …. / Guest Anne Ryan, from Limerick, said’; review rv75d)
    appositive = RE_APPOSITIVE_ROLE.match(text, after, hi) or RE_BARE_APPOSITIVE_OFFICE.match(text, after, hi)
    if described is None and not (
            text.startswith(", ", after) and mention.text.split()[-1].lower()
            in RE_WORD.findall(text[after:text.find(",", after + 2, hi) if text.find(",", after + 2, hi) >= 0 else after].lower())):
        return None  # (a party member by rank is only one set off as of that party: ‘Sen. X of Ohio, the No. 2
        # Republican in the Senate,’; never ‘Sen. Lisa Murkowski of Alaska, a frequent critic of the president,
        # also said’, another one)
    office = head in OFFICE_NOUNS or head in LEDE_OFFICE_KINDS
    given = [r for r in (title, appositive.group(1) if appositive is not None else None)
             if r and not _bare_honorific(r) and _office_role(r)]
    if office and given and not any(_lede_office_fits(mention.text, head, r, strict=False) for r in given):
        return None  # (an office the lede names is never another office's holder: ‘A federal judge blocked
        # …. / Attorney General Dana Price said the state would appeal’)
    fits = [r for r in given if _lede_office_fits(mention.text, head, r)]
    if with_subject and title and not _bare_honorific(title) and (_office_role(title) or " " in title) \
            and not _lede_office_fits(mention.text, head, title):
        return None  # (the lede's "with" speaker is never one titled with another office: ‘…, with one analyst
        # calling the results “…”. / Chief executive Hannah Moss said …’, ‘Labour candidate Rachel Stone’; a
        # calling's word alone may be theirs, ‘Sister Aoife Kerrigan’; review rv75d)
    if opening is not None and given and not fits:
        return None  # (past an opening phrase, only one whose title fits: never ‘A farmer has …. / Speaking at
        # the show, Environment Secretary Steve Reed said’)
    speaks = RE_LEDE_SPEAKS_AGAIN.match(text, appositive.end() if appositive is not None else after, hi)
    if speaks is None and appositive is None and _head_title(title) \
            and RE_LEDE_TOLD_HEARING.search(text, mention.end, paras[k][1]) is not None:
        speaks = RE_LEDE_APPEARED_BEFORE.match(text, after, hi)
        if speaks is not None and RE_APPEARED_OTHER_ROLE.match(text, speaks.end(), hi) is not None:
            speaks = None  # (guard: never one who came as another's witness or to attack the lede's body:
            # ‘… appeared before MPs the same day, accusing the firm …’, ‘… as a witness for the nurses’ union’)
    # (past the office set off: ‘Fergal Byrne, chief executive of the board, said’)
    intro = RE_INTRODUCED_AFTER.match(text, after, hi)
    if mention.text.split()[0].lower() == "the" or _place_owns(mention.text.split()):
        # an office the lede names: only one who speaks again
        # with no other title (‘The chief constable of X has said …. / Andrew Holloway told …’), or one
        # given that office (‘Tomas Redl, the foreign minister, said’) or one of its kind, set off or as a
        # title (‘County Police Commander Peter Mwangi told reporters’ for ‘The police chief’); never
        # ‘Resident Tina Morales, 44, said she did not believe him’, ‘Councillor Tom Reed said’
        if title is not None and not (fits and speaks) and not (
                _scholar_title(title) and appositive is None and RE_ACADEMIC_OFFICE.search(mention.text) is not None
                and RE_SPEAKING_FOR.match(text, run.end(), hi) is None):
            return None  # (a title of learning alone may be the office's holder: never ‘Professor Alan Reddy, a
            # criminologist, said’, someone else set off)
        if _place_owns(mention.text.split()):
            # (a place's office goes only to one given it: never ‘Britain's foreign secretary said …. / Keir
            # Starmer said …’, ‘Labour's candidate said …. / Rachel Reeves said …’), or one who made the lede's
            # remarks: ‘Japan's chief cabinet secretary has urged …. / Yoshiro Kanemaki made the remarks at …’
            speaks = RE_LEDE_REMARKS_AGAIN.match(text, run.end(), hi) if title is None and appositive is None else None
            if speaks is not None and RE_REMARKS_ELSEWHERE.search(
                    text, run.end(), (sentence_ends(text, run.end(), hi) or [hi])[0]) is not None:
                speaks = None  # (speaking on another occasion or saying words of their own: ‘Antony Blinken was
                # speaking in Tel Aviv hours later when he urged …’, ‘… where he said France still had concerns’)
        if not speaks and not fits and not _leads_lede_body(text, run.end(), hi, mention, head, paras[k]) \
                and not _kin_of_lede_one(text, run.end(), hi, head):
            return None
    elif speaks is None and intro is None:
        return None
    ends = sentence_ends(text, lo, hi)
    sentence = text[lo:ends[0] if ends else hi].lower()
    if any(w in RE_WORD.findall(sentence) for w in ANSWERING_WORDS):
        return None
    done = RE_DONE_TO.search(text, run.end(), ends[0] if ends else hi) if speaks is None else None  # (what
    # one who speaks again says is no act on them: ‘Vanessa Jardine told BBC Radio Newcastle that 12 officers had been injured’)
    acted_on = done is not None and " who " not in text[run.end():done.start()] \
        and RE_REPORTING_VERB.search(text, run.end(), done.start()) is None
    if acted_on and not _acted_on_as_lede_told(text, done, ends[0] if ends else hi, head):
        return None  # (one acted on or dead: ‘A coroner has ruled the death … “…”. / Thomas Ellery, 34, died
        # at the scene’; never ‘…, who was appointed in May,’, nor what one reports: ‘…, said 14 people had died’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if acted_on and (p is None or p.gender is None or p.gender != GENDERED_NOUNS.get(head or "")):
        return None  # (one acted on, only of the sex the lede's person noun tells: ‘A grandmother says …. /
        # Joan Reed, 71, was placed on the list …’, never a child of hers)
    if p is None or p.kind != "name" or p.placelike or is_organisation(p.name.split()) \
            or text.find(p.name.rsplit(" ", 1)[-1], 0, lo) >= 0:
        return None  # (a person new to the article)
    told = RE_SEX_WORD.search(text, mention.end, para_end)  # (any pronoun at all for one with no title:
    # ‘A federal judge sentenced a man …, saying he …. / Jane Roe, 58, pleaded guilty’ is never the judge)
    sex = GENDERED_NOUNS.get(head or "") or (
        ("m" if told.group().lower() in ("he", "his", "him") else "f") if told is not None else None)
    return p if sex is None or p.gender in (None, sex) else None


def _lede_sex_word(text: str, at: int, hi: int) -> regex.Match | None:
    """The first pronoun telling a sex after the lede's subject (``at:hi``), when it can only be the
    subject's (for one the next paragraphs give the lede's office as a title): None when another person
    is brought in before it (:data:`LEDE_OTHER_PERSON_NOUNS`), whom it may stand for (‘A federal judge sentenced the former manager of a bank …, saying she had
    betrayed …’, ‘A judge warned jurors deciding whether a man murdered his partner …’: the manager's
    "she", the man's "his", never the judge's) (w75a)."""
    told = RE_SEX_WORD.search(text, at, hi)
    if told is None:
        return None
    if any(w in LEDE_OTHER_PERSON_NOUNS for w in RE_WORD.findall(text[at:told.start()].lower())):
        return None
    return told


def _lede_other_person_nouns() -> frozenset[str]:
    """A person's nouns among :data:`DESCRIPTION_NOUNS`: never a body's or a thing's (‘court’, ‘jury’)."""
    return frozenset(DESCRIPTION_NOUNS - COLLECTIVE_NOUNS - BODY_NOUNS - ORG_WORDS - GENERIC_BODY_WORDS - THING_NOUNS)


#: Nouns of a person (‘man’, ‘manager’, ‘victim’), never a body's or a thing's (‘court’, ‘jury’,
#: ‘inquiry’): after a lede's subject, one brought in whom a later "he" or "she" may stand for.
#:
#: >>> "man" in LEDE_OTHER_PERSON_NOUNS, "manager" in LEDE_OTHER_PERSON_NOUNS, "jury" in LEDE_OTHER_PERSON_NOUNS
#: (True, True, False)
LEDE_OTHER_PERSON_NOUNS = _lede_other_person_nouns()


def _acted_on_as_lede_told(text: str, done, end: int, head: str | None) -> bool:
    """An act on the one named after the lede that is what the lede's own person told of, not another's
    fate: the lede's subject a person noun of one sex and no office (‘A Bellport grandmother says she
    has been left “housebound” …. / Joan Whitlock, 71, was placed on the waiting list …’), and no death
    in it (never ‘A mother has said …. / Tom Reed, 4, died …’) (w75d)."""
    return head is not None and GENDERED_NOUNS.get(head) is not None and head not in OFFICE_NOUNS \
        and head not in LEDE_OFFICE_KINDS and RE_DEATH_WORDS.search(text, done.start(), end) is None \
        and RE_OFFENDER_ACT.search(text, done.start(), end) is None


#: An act of the law on one, which makes them the offender a lede's complainant tells of, never the
#: complainant (‘A grandmother says she was “conned” …. / Lisa Hart, 34, was charged with fraud’) (review rv75d).
#:
#: >>> [bool(RE_OFFENDER_ACT.search(t)) for t in ("was charged with fraud", "was placed on the list")]
#: [True, False]
RE_OFFENDER_ACT = LazyPattern(r"\b(?:charged|arrested|sentenced|jailed|convicted|remanded|detained|fined|cautioned"
                              r"|prosecuted|accused|suspended|sacked|dismissed|banned|struck off|expelled|disqualified)\b")


#: The offices of one who leads a body, as a pattern's alternatives (:data:`RE_LEDE_BODY_OFFICE`,
#: :data:`RE_BODY_OFFICE_TITLE`) (w75d).
_BODY_HEAD_OFFICES = "chair|chairman|chairwoman|chairperson|head|leader|president"

#: A lede's office of a body it leaves unnamed (‘the chair of an independent inquiry’, ‘the head of the
#: province's largest nurses' union’): the office (group 1), the body's qualifying words (group 2) and
#: its noun (group 3) (w75d).
#:
#: >>> m = RE_LEDE_BODY_OFFICE.fullmatch("the head of the province's largest nurses' union")
#: >>> m.group(1), m.group(3)
#: ('head', 'union')
#: >>> bool(RE_LEDE_BODY_OFFICE.fullmatch("the head of Ofgem")), bool(RE_LEDE_BODY_OFFICE.fullmatch("the chair of an independent inquiry"))
#: (False, True)
#:
#: A faith or a people capitalised among its words (‘the head of the largest Catholic hospitals body’, w80b):
#:
#: >>> RE_LEDE_BODY_OFFICE.fullmatch("the head of the largest Catholic hospitals body").group(2)
#: 'largest Catholic hospitals '
RE_LEDE_BODY_OFFICE = LazyPattern(r"(?i:the) (" + _BODY_HEAD_OFFICES + r") of "
                                  r"(?:an? |the )?((?:[\p{Ll}\-]+(?:['’]s?)? |\p{Lu}\p{Ll}+ ){0,3})(\p{Ll}+)")

#: The lede's nouns for a body of any kind (‘the head of the largest Catholic hospitals body’): the
#: body's own name need not hold the noun, only all the words that say which body (its kind, and
#: the faith or people capitalised), w80b.
#:
#: >>> "body" in GENERIC_BODY_NOUNS, "union" in GENERIC_BODY_NOUNS
#: (True, False)
GENERIC_BODY_NOUNS = frozenset("body group organisation organization".split())

#: A chief executive heads a body too: the title a lede's "head" of a body may be named by later
#: (‘Catholic Hospitals Network chief executive Jo Roe’), never its "president" or "leader" (w80b).
HEAD_EXECUTIVE_TITLES = frozenset(("chief executive",))

#: The opening of the paragraph after a lede naming who leads its body, by another of the body's nouns
#: (‘The review, led by the senior midwife Dame Ann Roe, examined …’): the noun (group 2, a kind before it group 1); the name
#: follows (w75d).
#:
#: >>> RE_BODY_LED_BY.match("The review, led by the senior midwife Dame Ann Roe,").group(2)
#: 'review'
RE_BODY_LED_BY = LazyPattern(r"(?:The|Its|This) (?:(?P<kind>\p{Ll}+) )?(\p{Ll}+), (?:led|chaired|headed) by (?:the (?:[\p{Ll}\-]+ ){1,3})?(?=\p{Lu})")

#: A body's noun and its office in lower case as the title right before a name (‘committee chair Ann
#: Roe’, ‘inquiry chairman Tom Reed’): the noun (group 1) and the office (group 2) (w75d).
#:
#: >>> RE_BODY_OFFICE_TITLE.search("In her foreword, committee chair Ann Roe wrote").groups()
#: ('committee', 'chair')
#: >>> RE_BODY_OFFICE_TITLE.search("the Committee Chair Ann Roe") is None
#: True
RE_BODY_OFFICE_TITLE = LazyPattern(r"(?<![\p{L}\-])(\p{Ll}+) (" + _BODY_HEAD_OFFICES + r") (?=\p{Lu})")

#: Offices a lede's "head" or "leader" of a body may be named by, as a title before the name after the
#: body's own name (‘Provincial Nurses' Union president Ana Costa’) (w75d).
#:
#: >>> "president" in BODY_HEAD_TITLES, "spokesperson" in BODY_HEAD_TITLES
#: (True, False)
BODY_HEAD_TITLES = frozenset(("president", "chair", "chairman", "chairwoman", "chairperson", "head", "leader",
                              "general secretary", "secretary-general"))

#: A body's name in capitals and a title in lower case after it, right before a name (‘Provincial Nurses'
#: Union president ’): group 1 the body's name, group 2 the title (of :data:`BODY_HEAD_TITLES` if a head's) (w75d).
#:
#: >>> RE_BODY_NAME_TITLE_BEFORE.search("said on Monday. Provincial Nurses' Union president ").groups()
#: ("Provincial Nurses' Union", 'president')
RE_BODY_NAME_TITLE_BEFORE = LazyPattern(r"(\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*)*) ([\p{Ll}\- ]{4,20}) $")


def _lede_body_office_named(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the article names as the holder of the lede's office of an unnamed body: the paragraph
    after opens with the body, by its noun or another inquiry's, "led by" them (‘… the chair of an
    independent inquiry has said. / The review, led by the senior midwife Dame Ann Roe, …’), or gives
    the office, after the body's noun, as the title of one name alone (‘… according to the chair of a
    parliamentary inquiry. / In her foreword, committee chair Ann Roe wrote …’); or the one
    name anywhere after given a head's title after a body's name that holds the lede's body noun and the
    word before it (‘the head of the province's largest nurses' union said …. / … / Provincial Nurses' Union
    president Ana Costa said’); never another body's (‘Teachers' Union president’) (w75d)."""
    office = RE_LEDE_BODY_OFFICE.fullmatch(mention.text)
    k = sp.paragraph
    if office is None or k + 1 >= len(paras):
        return None
    noun = office.group(3).lower()
    qualifiers = {w.lower().rstrip("'’s") for w in office.group(2).split()[-1:]} - FUNCTION_WORDS  # (the word
    # right before the noun, its kind: "nurses'" in ‘the province's largest nurses' union’, never the place owning it)
    generic = noun in GENERIC_BODY_NOUNS
    if generic:  # (‘the largest Catholic hospitals body’: the kind and the faith both, in the body's name)
        qualifiers |= {w.lower().rstrip("'’s") for w in office.group(2).split() if w[:1].isupper()}
    elif any(w[:1].isupper() for w in office.group(2).split()):
        return None  # (a capitalised word only before a body of any kind, as the lede's pattern was before)
    lo, hi = paras[k + 1]
    led = RE_BODY_LED_BY.match(text, lo, hi)
    if led is not None and (led.group(2) == noun or led.group(2) in INQUIRY_NOUNS and noun in INQUIRY_NOUNS) \
            and office.group(1).lower() != "president" and (run := RE_NAME_RUN.match(text, led.end(), hi)) is not None \
            and (led.group("kind") is None or led.group("kind") in mention.text.lower().split()):  # (never another
        # body's of the kind: ‘… the chair of an independent inquiry …. / The police investigation, led by Det Supt
        # Karen Moss, …’; review rv75d)
        name = " ".join(split_title(run.group().split())[1])
        at = text.find(name, run.start(), run.end())
        p = cast.resolve(Mention(at, at + len(name), name, "name"))[0] if " " in name else None
        return p if p is not None and p.kind == "name" else None
    titled = [run for run in RE_BODY_OFFICE_TITLE.finditer(text, lo, hi) if run.group(2).lower() == office.group(1).lower()
              and (run.group(1) == noun or run.group(1) in INQUIRY_NOUNS and noun in INQUIRY_NOUNS)
              and ((kind := RE_WORD_BEFORE_END.search(text[max(lo, run.start() - 30):run.start()])) is None
                   or kind.group(1).lower() in FUNCTION_WORDS or kind.group(1).lower() in mention.text.lower().split())]
    # (never another committee's: ‘the chair of the parliamentary health committee …. / But finance committee
    # chair Rob Tanner said’; review rv75d)
    if len(titled) == 1 and (run := RE_NAME_RUN.match(text, titled[0].end(), hi)) is not None and " " in run.group():
        p = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]  # (‘… according to the chair of
        # a parliamentary inquiry. / In her foreword, committee chair Ann Roe wrote …’)
        return p if p is not None and p.kind == "name" else None
    if office.group(1).lower() not in ("head", "leader", "president") or not qualifiers \
            or regex.search(r" of an? ", mention.text) is not None:  # (a body the lede calls one of many is
        # no one union named later: ‘the leader of a doctors' union said …. / Hospital Doctors' Union leader
        # Kevin Marsh said’; review rv75d)
        return None
    found = []
    for a, b in paras[k + 1:]:
        for run in RE_NAME_RUN.finditer(text, a, b):
            words = run.group().split()
            title, name = split_title(words)
            low = text[max(a, run.start() - 60):run.start()]
            tail = RE_BODY_NAME_TITLE_BEFORE.search(low)
            if tail is None or not name or len(name) < 2 or not (
                    tail.group(2).strip() in BODY_HEAD_TITLES
                    or office.group(1).lower() == "head" and tail.group(2).strip() in HEAD_EXECUTIVE_TITLES):
                continue
            body = {w.lower().rstrip("'’s") for w in tail.group(1).split()}
            if (noun in body and qualifiers & body) or (generic and len(qualifiers) >= 2 and qualifiers <= body):
                found.append(cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0])
    return _only_one(p for p in found if p is not None and p.kind == "name")


def _lede_office_told_whole(description: str, office: str | None) -> bool:
    """An office a lede names later in its sentence told whole enough to be one holder's: ‘the city's
    police chief’, a place's (‘Caracas's top diplomat’, ‘Kenya's foreign minister’) or a
    spokesperson's for a body (‘a spokesman for the Chinese government’); never ‘a judge’, ‘an
    official’, ‘the chief’."""
    words = description.split()
    if words[0].lower() == "the":
        return len(words) >= 3
    if _place_owns(words):
        return len(words) >= 2
    return words[0].lower() == "a" and office in SPOKESPERSON_NOUNS and " for the " in description


#: A "who" clause set off after a name that says the one named leads a body (group 1, up to the
#: comma that closes the clause): ‘, who has led the Dallas-based carrier since 2019,’, ‘, who took over
#: at the bank in 2022,’, ‘, who heads the regulator,’.
#:
#: >>> RE_WHO_LEADS.match(", who has led the Dallas-based carrier since 2019, opened").group(1)
#: 'the Dallas-based carrier since 2019'
#: >>> RE_WHO_LEADS.match(", who has co-chaired the Assembly since 2023, said").group(1)
#: 'the Assembly since 2023'
#: >>> RE_WHO_LEADS.match(", who has criticised the carrier, said") is None
#: True
#: >>> RE_WHO_LEADS.match(", who leads Westbury County Council, told").group(1)
#: 'Westbury County Council'
RE_WHO_LEADS = LazyPattern(r", who (?:has |had )?(?:also )?(?:(?:co-)?(?:led|leads|heads|headed|chairs|chaired)|runs|ran|run|took over at"
                           r"|took charge of|has been in charge of) ((?:the|its) [^,.;:“”\"‘’\n]{1,60}"
                           r"|\p{Lu}[\p{L}\-]+(?: (?:of |and |for )?\p{Lu}[\p{L}\-]+){1,5}),")


#: A leading verb in the past after "who" (‘who ran the carrier’): one who led it once.
RE_WHO_LED_ONCE = LazyPattern(r"\bwho (?:led|headed|ran|run|chaired|had)\b")

#: Words of a time one led a body, or led it for a while (‘until 2019’, ‘on an interim basis’).
RE_LED_FOR_A_TIME = LazyPattern(r"\b(?:until|till|before|from \d{4}|between|interim|acting|former|formerly|previously)\b")


#: A state's short form and the rest of a body after a city set off in a "who leads" clause (‘, who ran the
#: Portland, Ore.-based lender for nine years,’): group 1 the state, group 2 what follows its hyphen.
#:
#: >>> RE_STATE_BASED_REST.match(", Ore.-based lender for nine years,").groups()
#: ('Ore.', 'based lender for nine years')
RE_STATE_BASED_REST = LazyPattern(r", (\p{Lu}\p{Ll}{1,4}\.)-((?:based|headquartered) [^,.;:“”\"‘’\n]{1,60}),")


#: Words of a time one led a body only to stand in (‘on an interim basis’, ‘as acting chief’): never "the
#: former chief executive".
RE_LED_AS_STAND_IN = LazyPattern(r"\b(?:interim|acting|caretaker)\b")


def _leads_lede_body(text: str, at: int, hi: int, mention: Mention, head: str | None, lede: tuple[int, int]) -> bool:
    """The name ending at ``at`` that opens the paragraph after the lede is set off with a clause that
    says they lead the body the lede's office is of (‘The chief executive of Skyward Air apologised …
    that the airline had … / Dalton Reyes, who has led the Dallas-based carrier since 2019, opened his
    testimony’): the lede's office a leader's (:data:`LEADER_OFFICE_HEADS`) of a body named (‘of …’),
    the clause's body a kind of body the lede calls it by (its own word, "the airline", or one of the
    same kind, :data:`SAME_KIND_PAIRS`), with no other body's name in it (never ‘…, who heads the
    Airline Passengers Association,’)."""
    if head not in LEADER_OFFICE_HEADS or " of " not in mention.text:
        return False
    led = RE_WHO_LEADS.match(text, at, hi)
    if led is None:
        return False
    verb = text[at:led.start(1)]
    body = led.group(1)
    if (state := RE_STATE_BASED_REST.match(text, led.end() - 1, hi)) is not None and len(body.split()) == 2:
        body = f"{body.split()[0]} {state.group(1)}-{state.group(2)}"  # (a city and its state: ‘the Portland,
        # Ore.-based lender’ is where the lender is based, as ‘the Dallas-based carrier’)
    if any(w in FORMER_CAREER_WORDS or w.startswith("ex-") for w in mention.text.lower().split()):
        # (a former office is one who led the body once, and only that: ‘The former chief executive of Cascade
        # Bank told senators …. / Greg Hale, who ran the lender for nine years, appeared …’; never one who
        # leads it now, ‘…, who has run the lender since 2021,’, nor for a while, ‘on an interim basis’)
        if RE_WHO_LED_ONCE.search(verb) is None or RE_LED_AS_STAND_IN.search(body) is not None:
            return False
    elif RE_WHO_LED_ONCE.search(verb) is not None \
            or RE_LED_FOR_A_TIME.search(body) is not None:
        return False  # (one who led it once: ‘…, who ran the carrier until 2019,’, ‘…, who led the university on an
        # interim basis in 2020,’)
    if "chair" in verb and head not in ("chairman", "chairwoman", "chairperson", "chair"):
        return False  # (one who holds another office of it: ‘…, who chairs the company,’ for its chief executive)
    owned = {w.lower() for w in RE_WORD.findall(mention.text)}
    words = body.split()
    if words[0] not in ("the", "its"):  # the body by its name, its kind the lede's own word for it: ‘The leader of a
        # struggling council said …. / Ann Roe, who leads Westbury County Council, told …’ (w63a)
        kind = words[-1].lower()
        return kind in THING_NOUNS and kind in owned and not any(
            w[:1].isupper() and w.lower() not in ("the", "a", "an", "of") for w in RE_WORD.findall(mention.text)[1:])
    if any(w[:1].isupper() and "-" not in w and w.lower() not in owned for w in words[1:]):
        return False  # (another body by its name; ‘the Dallas-based carrier’ is where it is based)
    kinds = [w for w in words[1:] if w.islower() and w in THING_NOUNS]
    if not kinds:
        return False
    told = {w.lower() for w in RE_WORD.findall(text[lede[0]:lede[1]])}
    kind = kinds[0]
    return kind in told or any(kind in pair and pair & told for pair in SAME_KIND_PAIRS)


#: A "whose" clause set off after a name that gives one of their kin (group 1): ‘, whose wife Leila
#: has been held for three years,’ (the husband of the one held).
RE_WHOSE_KIN = LazyPattern(r", whose (?:late |jailed |detained |missing |imprisoned )?(\p{Ll}+)\b")


#: Words of a "whose" clause that make the kin another family's (‘whose daughter survived the attack’).
RE_OTHER_CASE_KIN = LazyPattern(r"\b(?:also|too|same|another|other|survived|escaped|freed|released|unharmed|likewise)\b")


def _kin_of_lede_one(text: str, at: int, hi: int, head: str | None) -> bool:
    """The name ending at ``at`` that opens the paragraph after the lede is set off with the kin the
    lede's kin word answers (:data:`LEDE_KIN_RECIPROCALS`): ‘The husband of a charity worker jailed in
    Tehran said …. / Daniel Cole, whose wife Leila … has been held …, spoke to reporters’; never one
    whose kin is of another tie: ‘The husband of a jailed aid worker said …. / Ann Roe, whose son …’)."""
    kin = RE_WHOSE_KIN.match(text, at, hi)
    if kin is None or kin.group(1) not in LEDE_KIN_RECIPROCALS.get(head or "", ()):
        return False
    shut = text.find(",", kin.end(), hi)
    clause = text[kin.end():shut if shut > 0 else hi]
    return RE_OTHER_CASE_KIN.search(clause) is None  # (another's kin: ‘Li Wei, whose daughter survived the attack,’ after ‘The
    # father of a student killed in the attack’)


RE_SPEAKS_QUOTING = LazyPattern(r" (?:said|says|added|explained|told (?:the )?(?:court|inquest|jury|tribunal|inquiry|hearing))[:,]? [“\"]")
RE_OTHER_VIEW = LazyPattern(r"\b(?:disagree\w*|disputed?|contradict\w*|rejected|however|by contrast)\b", flags=0)


def _described_named_next_sentence(text: str, sp: Span, mention: Mention, cast: Cast) -> Person | None:
    """The person the sentence right after the quotation's names, for its unnamed subject ``mention`` ("a
    consultant psychiatrist who treated her"): that sentence, in the same paragraph, opens with a full name
    new to the article under a title that fits the noun (:data:`TITLES_OF_KIND`: "Dr" for a psychiatrist, an
    office of its kind for an official), and speaks. Never a plain name (‘A neighbour said …. John Byrne
    said’), one set off as someone else (‘Mary Keane, the boy's mother, said’), nor a quotation not in the
    subject's own sentence."""
    head = description_head(mention.text)
    if head is None or sp.close_end is None or sp.open_at < mention.end \
            or _sentence_start(text, sp.para_start, mention.start) != mention.start:
        return None
    ends = [e for e in sentence_ends(text, mention.end, sp.para_end) if e >= sp.close_end]
    if not ends or any(e <= sp.open_at for e in sentence_ends(text, mention.end, sp.open_at)):
        return None  # (the quotation in the subject's own sentence, and a sentence after it)
    lo = ends[0] + len(text[ends[0]:sp.para_end]) - len(text[ends[0]:sp.para_end].lstrip())
    run = RE_NAME_RUN.match(text, lo, sp.para_end)
    if run is None or RE_AND_NAME.match(text, run.end()) or RE_LEDE_SPEAKS_AGAIN.match(text, run.end(), sp.para_end) is None:
        return None
    words = run.group().split()
    title = words[0].rstrip(".").lower()
    if title in TITLES_OF_KIND:
        fits = head in TITLES_OF_KIND[title]
        name = words[1:]
    else:
        office, name = split_title(words)
        fits = office is not None and _office_role(office) and _lede_office_fits(mention.text, head, office)
    if not fits or len(name) < 2:
        return None
    nxt = text[run.end():(sentence_ends(text, run.end(), sp.para_end) or [sp.para_end])[0]]
    if not RE_SPEAKS_QUOTING.match(nxt) or RE_OTHER_VIEW.search(nxt):
        return None  # (the one named speaks in a quotation of their own, agreeing: never ‘Dr Jonathan Leach said
        # he would record a narrative conclusion’, ‘Dr Oliver Grant told police …’, ‘Dr Peter Sayer said he disagreed’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if p is None or p.kind != "name" or p.placelike or p.plural or text.find(p.name.rsplit(" ", 1)[-1], 0, lo) >= 0:
        return None  # (a person new to the article)
    return p


#: Titles of the head of a prosecuting office: the one who holds it is never "a prosecutor" brought in
#: before (‘A prosecutor told jurors …. District Attorney X, whose office brought the case, declined …’).
HEAD_PROSECUTOR_OFFICES = ("district attorney", "state attorney", "state's attorney", "us attorney",
                           "united states attorney", "director of public prosecutions", "dpp", "attorney general")


def _heads_prosecuting_office(role: str) -> bool:
    spelled = _spelled(role)
    return any(f" {o} " in spelled for o in HEAD_PROSECUTOR_OFFICES) and " assistant " not in spelled \
        and " deputy " not in spelled


#: The unnamed offices "the <office>" may find the one named since for (see :func:`_office_named_since`).
NAMED_SINCE_OFFICES = frozenset(["prosecutor", "officer"])


def _office_named_since(text: str, lo: int, at: int, head: str, cast: Cast) -> Person | None:
    """The one person named between an unnamed office holder's first mention (ending at ``lo``: ‘A
    federal prosecutor spent six hours …’) and its "the prosecutor" at ``at``, whose title or role is
    that office or one of its kind (:data:`LEDE_OFFICE_KINDS`: ‘Assistant U.S. Attorney X opened his
    cross-examination’): the same one, named since. None when the noun is no office, or two people
    named since hold it (either may be the one), or none does."""
    if head not in LEDE_OFFICE_KINDS or head not in NAMED_SINCE_OFFICES:
        return None  # (only offices whose unnamed holder is one of many at work that day, named later by
        # title; never ‘A minister was overheard …. Cabinet Secretary X defended it …’, the minister kept back)
    holders = {id(q): q for pos, q in cast.recent if lo <= pos < at and q.kind == "name" and not q.plural
               and any(_office_of_kind(head, r) and not (head == "prosecutor" and _heads_prosecuting_office(r))
                       for r in cast.roles_of(q))
               and not any(w in SPOKESPERSON_NOUNS for r in cast.roles_of(q) for w in r.lower().split())}
    # (nor one speaking for the force: ‘Sergeant X, a police spokesman, said …’ is never the officer who fired)
    return next(iter(holders.values())) if len(holders) == 1 else None


#: A lede's described subject with its "who" clause: ‘The engineer who …’, ‘A nurse who …’.
RE_LEDE_WHO_SUBJECT = LazyPattern(r"(?:The|A|An) (\p{Ll}+(?: \p{Ll}+)?) who ")


def _lede_subject_named_for_pronoun(text: str, sp: Span, pronoun: Mention, paras: list[tuple[int, int]],
                                    cast: Cast) -> Person | None:
    """The person the paragraph after the lede names for the lede's described subject with its "who"
    clause, when the quotation's cue has "he" or "she" for that subject in the same sentence (‘The
    engineer who inspected the dam has told an inquiry he warned “…”’): the one :func:`_lede_holder`
    finds, of the pronoun's sex. Never a subject that is no one's kind (‘The dam that …’), nor one
    after words before it in the lede (‘After the vote, the man who …’), nor two sentences apart."""
    word = pronoun.text.lower()
    if word not in ("he", "she"):
        return None
    lo, hi = paras[sp.paragraph]
    dateline = RE_DATELINE.match(text, lo, hi)
    at = dateline.end() if dateline is not None else lo
    m = RE_LEDE_WHO_SUBJECT.match(text, at, hi)
    if m is None or pronoun.start < m.end() or any(text.find(end, m.end(), pronoun.start) >= 0 for end in (". ", "? ", "! ")):
        return None
    head = m.group(1).split()[-1]
    if not (head in DESCRIPTION_NOUNS or _title_noun(head)) or head in THING_NOUNS:
        return None
    sex = "m" if word == "he" else "f"
    if GENDERED_NOUNS.get(head) not in (None, sex):
        return None
    subject = Mention(m.start(), m.end(1), text[m.start():m.end(1)], "description")
    named = _lede_holder(text, sp.paragraph, subject, None, paras, cast) or _given_lede_kind_next(text, sp.paragraph, head, paras, cast)
    return named if named is not None and named.gender in (None, sex) else None


def _given_lede_kind_next(text: str, k: int, head: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The person whose full name opens the paragraph after the lede (paragraph ``k``), set off with
    the lede subject's own kind ``head`` (‘Peter Moyo, a senior engineer with the firm, gave evidence’
    for ‘The engineer who …’); never one set off as another kind, nor two names joined."""
    if k + 1 >= len(paras):
        return None
    lo, hi = paras[k + 1]
    run = RE_NAME_RUN.match(text, lo, hi)
    if run is None or " " not in run.group() or RE_AND_NAME.match(text, run.end()):
        return None
    appositive = RE_APPOSITIVE_ROLE.match(text, run.end(), hi)
    if appositive is None or head not in RE_WORD.findall(appositive.group(1).lower()):
        return None
    person = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]
    return person if person is not None and person.kind == "name" else None


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


def _lede_holder_again(text: str, described: Person, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one the paragraph after the lede names and gives its office or one of its kind (see
    :func:`_lede_holder`) for a later "the official", "the judge" that stands for the lede's
    described subject, when no one else named since holds an office of that kind (‘Kofi Asante,
    the deputy director of health services,’ may be "the official" too: no one)."""
    k = at = None
    for i, (lo, hi) in enumerate(paras[:2]):  # (the subject that opens the lede, past its dateline)
        dateline = RE_DATELINE.match(text, lo, hi)
        at = dateline.end() if dateline is not None else lo
        if text[at:at + len(described.name)].lower() == described.name.lower():
            k = i
            break
    words = text[at:at + len(described.name)] if k is not None else ""
    if k is None or not (words.split()[0] in ("A", "An", "The") or _place_owns(words.split())):
        return None
    head = description_head(words)
    if (head not in OFFICE_NOUNS and head not in LEDE_OFFICE_KINDS) or (head in SOURCE_NOUNS and words[:1] == "A"):
        return None  # (an office only, never an unnamed source: ‘A senior official of the ministry said …’)
    holder = _lede_holder(text, k, Mention(at, at + len(words), words, "description"), described, paras, cast)
    if holder is None or not any(_lede_office_fits(words, head, r) for r in cast.roles_of(holder)):
        return None  # (given that office or one of its kind: never ‘Rep.’ for ‘A senior midwife’)
    others = (q for pos, q in cast.recent if q is not holder and q.kind == "name" and pos > at)
    return None if any(_office_of_kind(head, r) for q in others for r in cast.roles_of(q)) else holder


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

#: A verb of reporting, before what it reports (‘said 14 people had died’).
RE_REPORTING_VERB = LazyPattern(r"\b(?:said|says|told|tells|warned|added|announced|confirmed)\b")

#: A title in lower case after its capital, opening a paragraph before a name (‘Chief executive
#: Karen Whitlock said’): the title.
RE_LOWER_TITLE_OPENING = LazyPattern(r"\s*(\p{Lu}\p{Ll}+(?: [\p{Ll}\-]+){1,2}) (?=\p{Lu})")

#: A body's name and its office in lower case opening a paragraph before a name (‘Southvale Water chief
#: executive Fiona Draycott said’): the body and the office.
#:
#: >>> RE_BODY_TITLE_OPENING.match("Southvale Water chief executive Fiona Draycott said").group(1)
#: 'Southvale Water chief executive'
LOWER_TITLE_OPENERS = frozenset("""chief deputy senior former acting executive managing general finance group
interim vice assistant lead head principal joint company""".split())

RE_BODY_TITLE_OPENING = LazyPattern(r"\s*((?:\p{Lu}[\p{L}’'\-]+ ){1,3}\p{Ll}+(?: \p{Ll}[\p{Ll}\-]+)?) (?=\p{Lu})")

#: Another name joined to a name (‘… and Deputy Secretary Mark Chen’).
RE_AND_NAME = LazyPattern(r",? (?:and|&) \p{Lu}")


def _place_owns(words: list[str]) -> bool:
    """A lede's office opens with a place's possessive (‘Argentina's economy minister’, ‘South
    Korea's top diplomat’): up to three capitalised words, the last a possessive.

    >>> _place_owns("South Korea's top diplomat".split()), _place_owns("The minister".split())
    (True, False)
    """
    k = next((i for i, w in enumerate(words[:3]) if RE_PLACE_OWNS.fullmatch(w)), None)
    return k is not None and all(w[:1].isupper() and w.isalpha() for w in words[:k])


def _office_role(role: str) -> bool:
    """A title or a role set off that is an office (‘Attorney General’, ‘the state's attorney
    general’), whose words end in an office noun (never ‘a mother of three’)."""
    return any(w.rstrip(".") in OFFICE_NOUNS or w.rstrip(".") in LEDE_OFFICES for w in _role_words(role))


#: The words that end the offices of :data:`LEDE_OFFICE_KINDS` ("director-general", "commander").
LEDE_OFFICES = frozenset(office.rsplit(" ", 1)[-1] for offices in LEDE_OFFICE_KINDS.values() for office in offices)


def _lede_office_fits(description: str, head: str, role: str, strict: bool = True) -> bool:
    """The role a named person is given (a title, a role set off) is the lede's office: its noun,
    or an office of its kind; ``strict``, one that holds what the lede's words say it is in charge
    of (‘the country's top health official’ for ‘the director-general of the Ghana Health
    Service’, never for the finance minister); and never one that clashes with them (see
    :func:`_office_clashes`).

    >>> _lede_office_fits("The police chief", "chief", "County Police Commander")
    True
    >>> _lede_office_fits("The country's top health official", "official", "Finance Minister")
    False
    >>> _lede_office_fits("The prime minister", "minister", "Finance Minister")
    False
    """
    spelled = _spelled(role)
    missing = [w for w in _lede_qualifiers(description, head) if f" {w}" not in spelled]
    if any(w in LESSER_OFFICES and w not in description.lower().split() for w in spelled.split()):
        return False  # (a lesser office the lede does not say: ‘Junior Health Minister’ for ‘The health minister’)
    if head in _role_words(role):
        return not _office_clashes(spelled, missing)
    return _office_of_kind(head, role) and (not strict or not missing)


def _spelled(role: str) -> str:
    """A role's words in lower case between spaces, for whole words to be found in it."""
    return " " + " ".join(role.lower().replace(".", "").replace("defence", "defense").split()) + " "


def _office_of_kind(head: str, role: str) -> bool:
    """The role holds the lede's office noun or an office of its kind (:data:`LEDE_OFFICE_KINDS`)."""
    spelled = _spelled(role)
    return head in _role_words(role) or any(f" {office} " in spelled for office in LEDE_OFFICE_KINDS.get(head, ()))


def _lede_qualifiers(description: str, head: str) -> list[str]:
    """The words before a lede's office noun that say what it is in charge of (‘health’ of ‘The
    country's top health official’), never how high (‘top’), whose (‘The country's’) or a name's or
    a party's capitals (‘A Republican lawmaker’)."""
    words = description.split()
    cut = next((i for i, w in enumerate(words) if w.lower() == head), len(words))
    owner = next((i for i, w in enumerate(words[:cut]) if w.endswith(("’s", "'s", "s’", "s'"))), -1)
    return [w.replace("defence", "defense") for w in words[max(1, owner + 1):cut]
            if w.isalpha() and w.islower() and w not in LEDE_RANK_WORDS]


def _office_clashes(spelled: str, missing: list[str]) -> bool:
    """A role of the lede's noun (``spelled``, see :func:`_spelled`) is another office of that
    noun, in charge of something else (‘Finance Minister’ for ‘The prime minister’): words of its
    own before its noun, and the lede's ``missing`` from it."""
    words = spelled.split()
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    own = [w for w in words[:cut - 1] if w.isalpha() and w not in ("the", "a", "an") and w not in LEDE_RANK_WORDS
           and w not in INSTITUTION_WORDS and w not in DEMONYMS]
    return bool(missing and own)


def _titled_next(text: str, description: str, head: str, paras: list[tuple[int, int]], cast: Cast,
                 alone: bool = False) -> Person | None:
    """The one person the next paragraphs name with the lede's noun as their title (‘U.S. District
    Judge Miriam Castellanos’ for ‘A federal judge’), new to the article there; never another
    office of that noun (‘Finance Minister Rohan Mehta’ for ‘The prime minister’). ``alone``: no
    other there given that title at all, speaking or not (for paragraphs further on)."""
    pattern = regex.compile(rf"\b{regex.escape(head)}\b", regex.I)
    found, rivals = [], []
    heads_elsewhere = by_set_off = 0
    kind_titled, found_by_kind = set(), False  # (named with a title of the office's kind, not its noun)
    titled_all, found_by_cue = set(), False  # (every name given the title there; one found after a cue before it)
    for lo, hi in paras:
        for run in RE_NAME_RUN.finditer(text, lo, hi):
            words = run.group().split()
            title, name = split_title(words)
            ends = sentence_ends(text, run.end(), hi)
            rest = text[run.end():ends[0] if ends else hi]
            beside = _role_beside_name(text, run, lo, rest, description, head) \
                if not title and name and len(name) >= 2 else None
            if beside is None and not title and name and len(name) >= 2 and head in LEADER_OFFICE_HEADS \
                    and (other := RE_ROLE_AFTER_NAME.match(rest)) is not None and other.group(1) \
                    and other.group(1).rsplit(" ", 1)[-1] in LEADER_OFFICE_HEADS:
                heads_elsewhere += 1  # (another body's head set off there: ‘Claus Weselsky, chairman of the
                # GDL,’ beside ‘Martin Burkert, president of the EVG rail union,’: no one holder of the lede's)
            if beside is not None:  # (an office in lower case beside the name, the lede's in other words:
                title, rest = beside  # ‘the foreign ministry spokesman Zhou Minghui said’)
                if not beside[0].startswith("who ") and not _lede_office_fits(description, head, title, strict=False):
                    continue
            elif not title or not name or len(name) < 2 or (pattern.search(title) is None and not (
                    head in LEDE_TITLE_KIND_HEADS and _office_of_kind(head, title))) \
                    or not _lede_office_fits(description, head, title, strict=False):  # (the noun, or a title of
                # the same office: ‘Justice Rima Okafor’ for ‘A B.C. Supreme Court judge’)
                continue
            by_kind = beside is None and pattern.search(title) is None
            if by_kind:
                kind_titled.add(" ".join(name))
            titled_all.add(" ".join(name))
            speaks = RE_TITLED_SPEAKS.match(rest)
            cued = speaks is None and beside is None and not rest.strip(" .") \
                and all(w.lower() == head or w.lower() in description.lower() for w in RE_WORD.findall(title)) \
                and (cue := RE_CUE_BEFORE_TITLED.search(text, max(lo, run.start() - 12), run.start())) is not None
            # (the title's own words all the lede's: never another place's or nation's, ‘said Elmford Mayor Tom
            # Reed’ for "Harwick's mayor", ‘said Russian President Ivan Petrov’ for "France's president"; review rv66j)
            if cued:  # (or the quotation's cue before the titled name, which ends its sentence: ‘“…,” said Mayor
                speaks = cue  # Ada Roan.’)
            if alone and (p := cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]) \
                    is not None and p.kind == "name":
                rivals.append(p)  # (any other given that title, speaking or not: ‘…, and Sheriff Tom Ortiz of
                # Kitsap County said’)
            if RE_OTHER_CASE.search(rest if beside is None else speaks.group() if speaks else "") is not None or speaks is None \
                    or any(w in ANSWERING_WORDS for w in RE_WORD.findall(speaks.group().lower())):
                continue  # (the one whose words the sentence reports: never ‘Judge Ann Lowe, in a separate case,
                # upheld …’, ‘The budget's author, Alderman Tom Bell, defended it’, nor one who answers:
                # ‘Transport Minister Sipho Nkosi, however, said’)
            p = cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]
            if p is not None and p.kind == "name" and text.find(name[-1], 0, paras[0][0]) < 0:
                found.append(p)
                by_set_off += beside is not None and not beside[0].startswith("who ")
                found_by_kind |= by_kind
                found_by_cue |= cued
    if found_by_cue and len(titled_all) > 1:
        return None  # (one found by a cue before the name only where no one else there is given the title:
        # ‘“…,” said Mayor Ann Roe of Elm Bay. “…,” said Mayor Tom Reed.’ has two mayors; w66h)
    if found_by_kind and len(kind_titled) > 1:
        return None  # (a kind's title given two there, a bench or a panel: no one of them the lede's judge:
        # ‘Justice Ana Ruiz and Justice Leo Brandt, sitting in a related appeal, said’; review rv66a)
    one = _only_one(found)
    if one is not None and by_set_off and heads_elsewhere:
        return None
    return one if not alone or _only_one(rivals) is one else None


def _role_beside_name(text: str, run, lo: int, rest: str, description: str, head: str) -> tuple[str, str] | None:
    """The office given a name that has no title of its own, in lower case before it or set off after
    it, when it is the lede's office in other words (the role and the sentence's rest past it): the
    same noun, or one of its kind (:data:`LEDE_OFFICE_KINDS`: ‘foreign minister’ for ‘top diplomat’,
    ‘president’ for ‘The head of X's police union’), of a body the lede's words name too
    (‘of the Ridgefield Police Benevolent Association’ for ‘police union’), ‘…, who chairs the X
    Committee,’ for ‘the chairwoman of a Commons committee’. A kind's office with no body given fits
    only a lede office no body holds but one (:data:`BODILESS_OFFICE_KINDS`: ‘top diplomat’)."""
    before = RE_LOWER_ROLE_BEFORE.search(text, max(lo, run.start() - 60), run.start())
    if before is not None and before.end() == run.start() and (
            not before.group(2) or rest.startswith(",")):
        role = before.group(1)
        if role.rsplit(" ", 1)[-1] not in ROLE_NOUNS:
            return None
        if head in _role_words(role) or (head in BODILESS_OFFICE_KINDS and _office_of_kind(head, role)):
            return role, rest
        return None
    after = RE_ROLE_AFTER_NAME.match(rest)
    if after is None:
        return None
    told = {w for w in RE_WORD.findall(description) if w.islower()} - {head, "the", "a", "an", "of", "for", "to", "s"}
    body = after.group(2) or after.group(4)
    bodied = {w.lower() for w in RE_WORD.findall(body)} - {"the", "of", "and", "for"}
    if not told & bodied:
        return None  # (another body's office, its kind never the lede's: ‘…, president of the Kenya Private
        # Sector Alliance,’ for ‘The head of Kenya's largest doctors' union’, a place's name shared only)
    if after.group(3):
        fits = head in CHAIR_OFFICES if after.group(3) == "chairs" else head in LEADER_OFFICE_HEADS
        return (f"who {after.group(3)} {body}", rest[after.end():]) if fits else None
    if not (told & bodied) - GENERIC_BODY_WORDS or bodied & BODY_PART_WORDS:
        return None  # (a body that shares with the lede's only words any body has, or a part of one:
        # ‘president of the city's firefighters union’ for ‘The head of the city's largest police union’,
        # ‘president of the union's Cork branch’)
    role = after.group(1)
    if role.rsplit(" ", 1)[-1] not in ROLE_NOUNS or not _office_of_kind(head, role):
        return None
    return role, rest[after.end():]

#: The lede's speaker speaking again right after their name (‘Andrew Holloway told Eastmere FM's Drive
#: programme on Monday that’ after ‘The chief constable of Eastmere Police has said …’).
#:
#: >>> bool(RE_LEDE_SPEAKS_AGAIN.match(" told Eastmere FM")), bool(RE_LEDE_SPEAKS_AGAIN.match(", speaking on Monday, said"))
#: (True, True)
#: >>> bool(RE_LEDE_SPEAKS_AGAIN.match(" tolders")), bool(RE_LEDE_SPEAKS_AGAIN.match(" and police said"))
#: (False, False)
RE_LEDE_SPEAKS_AGAIN = LazyPattern(r"(?:, (?:speaking|writing|appearing|giving evidence|testifying) [^,.;“”\"]{1,60},)? (?:told|said|says|tells|wrote|writes"
                                  r"|made (?:the|these|those) (?:remarks|comments)\b"
                                  r"|(?:was |is )?(?:giving|gave) evidence|testified|(?:was|is) testifying)\b")

#: The lede's office holder come before those who question them, right after their name (‘Secretary X
#: appeared before the Community Affairs Legislation Committee on Wednesday’, ‘X appeared before MPs’):
#: speaking again, for one with no title or a head's own (:func:`_head_title`); never a court's dock.
#:
#: >>> bool(RE_LEDE_APPEARED_BEFORE.match(" appeared before the Oireachtas health committee")), bool(RE_LEDE_APPEARED_BEFORE.match(" appeared before the court"))
#: (True, False)
RE_LEDE_APPEARED_BEFORE = LazyPattern(r" appeared before (?:the |a )?(?:[\p{L}\-]+ ){0,5}?(?:committee|Committee|inquiry|Inquiry"
                                      r"|panel|hearing|estimates|MPs|TDs|senators|lawmakers)\b")


#: The lede's office holder told those who question them (‘has told TDs’, ‘told the committee’, ‘telling
#: a Senate inquiry’) or testified: the appearance the next paragraph names is theirs (guard: never a
#: lede that only ‘has said’ it).
#:
#: >>> [bool(RE_LEDE_TOLD_HEARING.search(s)) for s in ("has told MPs", "telling a Senate inquiry its", "testified Tuesday she", "has said the")]
#: [True, True, True, False]
RE_LEDE_TOLD_HEARING = LazyPattern(r"\b(?:testified|testifying)\b"
                                   r"|\b(?:told|telling) (?:the |a )?(?:[\p{L}\-]+ ){0,4}?(?:committee|Committee|inquiry|Inquiry|panel"
                                   r"|hearing|MPs|TDs|MSPs|MLAs|senators|Senators|lawmakers|legislators|peers|councillors)\b")

#: After ‘appeared before the committee’, words giving the one named another part than the lede's office.
RE_APPEARED_OTHER_ROLE = LazyPattern(r"[^.;]*?(?:\bas (?:a|an) (?:witness|representative|campaigner|critic)\b|\bon behalf of\b"
                                     r"|\brepresenting\b|\bthe same day\b|, (?:accusing|criticising|criticizing|attacking|calling)\b)")

#: In the sentence of :data:`RE_LEDE_REMARKS_AGAIN`, a sign that the remarks were made on another occasion
#: or are words of the speaker's own (‘was speaking in Tel Aviv hours later when he urged’, ‘… where he
#: said’): then the lede's remarks are not theirs.
#:
#: >>> bool(RE_REMARKS_ELSEWHERE.search("was speaking in Tel Aviv hours later when he urged")), bool(RE_REMARKS_ELSEWHERE.search("was speaking in Marsabit"))
#: (True, False)
RE_REMARKS_ELSEWHERE = LazyPattern(r"\b(?:when|where|as|and|but) (?:he|she|they) \p{Ll}+|\b(?:later|earlier|last week|last month)\b"
                                   r"|\b(?:alongside|with) (?:the|his|her)\b")

#: The lede's words named again as the remarks of the one the next paragraph names, not new words of
#: theirs (‘Yoshiro Kanemaki made the remarks at a news conference’, ‘X was speaking in Marsabit’).
#:
#: >>> bool(RE_LEDE_REMARKS_AGAIN.match(" was speaking in Marsabit")), bool(RE_LEDE_REMARKS_AGAIN.match(" said on Monday"))
#: (True, False)
RE_LEDE_REMARKS_AGAIN = LazyPattern(r" (?:made|delivered) (?:the|these|those|his|her) (?:remarks|comments)\b"
                                    r"| (?:was|is) speaking (?:at|in|to|on|during|after|before)\b")

#: A phrase of where or how opening the paragraph after a lede, before the one it names (‘In a
#: pastoral letter read at every Mass, Bishop X wrote’, ‘Speaking at the summit on Monday, X said’):
#: no name of its own before its comma; a possessive may stand in it (‘Speaking on BBC Radio Ulster’s
#: breakfast programme, X said’).
#:
#: >>> bool(RE_LEDE_NEXT_OPENING.match("Speaking on Radio Kerry’s morning show, Ann Roe said"))
#: True
#: >>> bool(RE_LEDE_NEXT_OPENING.match("Speaking on the ‘great’ show, Ann Roe said"))
#: False
RE_LEDE_NEXT_OPENING = LazyPattern(r"(?:In an? |Speaking |Writing |Addressing |Appearing |Testifying |Giving evidence )[\p{Ll}\d]"
                                   r"(?:[^,.;:“”\"‘’]|[’']s\b){0,100}?, (?=\p{Lu})")

#: The end of a lede's words before its speaker brought in by "with" and a participle of speech (‘…
#: waited 41 hours, with one senior doctor describing it as “…”’): that one is the lede's subject as
#: much as one who opens it (w75d).
#:
#: >>> bool(RE_LEDE_WITH_LEAD.search("Patients waited 41 hours last week, with ")), bool(RE_LEDE_WITH_LEAD.search("He met "))
#: (True, False)
RE_LEDE_WITH_LEAD = LazyPattern(r"[,;—–] ?with $")

#: The participle of speech right after a lede's "with" subject (‘… with one senior doctor describing
#: conditions as “…”’, ‘… with a local nurse calling it “…”’); never one doing something else (‘with
#: a doctor treating him’).
#:
#: >>> [bool(RE_LEDE_WITH_SPEAKING.match(t)) for t in (" describing conditions as", " calling it", " treating him")]
#: [True, True, False]
RE_LEDE_WITH_SPEAKING = LazyPattern(r" (?:describing|calling|saying|warning|branding|labell?ing|telling|admitting"
                                    r"|insisting|claiming|complaining)\b")

#: An office set off with no article after a name, of what it holds (‘, chief executive of the
#: Delivery Board,’, ‘, president and CEO of Northfield Foods,’): the office; never a clause (‘, speaking of’).
#:
#: >>> RE_BARE_APPOSITIVE_OFFICE.match(", chief executive of the Water Board, said").group(1)
#: 'chief executive of the Water Board'
#: >>> RE_BARE_APPOSITIVE_OFFICE.match(", speaking on behalf of the board, said") is None
#: True
RE_BARE_APPOSITIVE_OFFICE = LazyPattern(r", (\p{Ll}[\p{Ll}\-]+ (?:(?:\p{Ll}[\p{Ll}\-]+|\p{Lu}{2,4}) ){0,3}of (?:the )?\p{Lu}[^,.;:“\"\n]{1,60}),")

#: What introduces someone right after their name (‘, who worked on the unit’, ‘, 54,’, ‘, a midwife,’).
RE_INTRODUCED_AFTER = LazyPattern(r", (?:who |\d{1,3},|an? |the )")
