"""Works and vessels set off in marks, never speech: a work after its maker or kind, a dated
essay or a vessel's name, a subtitle, a programme someone told, a message on a screen, an
owned work and a title in its place after "described as".
"""

from __future__ import annotations

import re

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import (
    AUTHORING_PARTICIPLES, DOCUMENT_NOUNS, SCREEN_NOUNS, SCREEN_VERBS, SET_OFF_WRITING_NOUNS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.term_words import SET_OFF_SCHEME_NOUNS, VESSEL_NOUNS
from quotesearch.tokens import Token, is_possessive, tokenize
from quotesearch.quote_spans import Span
from quotesearch.people import RE_SENTENCE_STOP
from quotesearch.titles import TELLING_WORDS, TITLE_SMALL_WORDS, _is_work_noun, is_title, names_a_work


# (and a name a group gave itself: ‘badges reading “Mrs. K’s Kids,” the name her pupils had given themselves’)
# (never ‘the label said’, ‘the brand ambassador’; ‘a term vendors use loosely’ is one, and so is ‘the “cop-watch
# committee,” a label Ocampo’s supporters later printed’, a capitalised someone who took the label up)

#: A service's or a system's noun set off after a name in marks, with up to four words before it, an
#: owner's among them: ‘“FloodWatch,” the city's free warning app’, ‘“Ushahidi,” a crisis-mapping
#: platform’ (never a speaker after it: ‘“Fine,” the system's designer said’).
RE_SYSTEM_AFTER = LazyPattern(r",?\s(?:a|an|the|its|his|her|their|our) (?:[\p{Ll}\d’'\-]+ ){0,4}"
                              r"(?:app|apps|application|system|service|platform|website|site|hotline|helpline|portal"
                              r"|chatbot|database|network|newsletter)\b(?![’']s)(?! (?:said|says|told|wrote)\b)")

#: A work's noun set off after a title in marks: ‘“Stand Tall, Vermont,” a folk song her campaign
#: adopted’, ‘“Paper Boats”, her second single’, ‘“The Quiet Harbour,” a long read on …’ (a "long
#: read" only, never a bare "read": ‘“…,” their reply read’).
RE_WORK_AFTER = LazyPattern(r",?\s(?:a|an|the|its|his|her|their) (?:[\p{Ll}\d’'\-]+ ){0,2}"
                            r"(?:song|ballad|hymn|anthem|single|album|book|novel|memoir|poem|film|movie|documentary"
                            r"|play|musical|opera|painting|podcast|series|show|drama|sitcom|comedy|thriller|collection"
                            r"|novella|track|cantata|oratorio|symphony|concerto|requiem|sonata|carol|suite|textbook"
                            r"|guide|handbook|cookbook|tune|melody|lullaby|aria|jingle|shanty|essay|explainer|long[ -]?read"
                            # (genre nouns that are adjectives too, only where no noun follows them: never ‘a
                            # western diplomat’, ‘an epic comeback’, ‘a blockbuster deal’, review rv85b)
                            r"|(?:adventure|epic|biopic|blockbuster|sequel|western|mixtape)(?=[,.;:)]|$| (?:about|by|from|of|in|on|that"
                            r"|which|starring|set|directed|written|produced|following|with|where|whose|and|for|based|due|out|to|is|was)\b))\b(?![’']s)"
                            r"(?! (?:said|says|told|wrote|read|writer|star|host|presenter|creator|producer|director|narrator|"
                            r"actor|actress|singer|author|anchor|co-host"
                            r"|begins|began|opens|opened|ends|ended|concludes|concluded|argues|argued|notes|noted|"
                            r"adds|added|continues|continued|warns|warned|states|stated|quotes|quoted)\b)")  # (never ‘“Not Guilty,” the podcast host said’)
# (a report's title is one only in title case: ‘whose latest report, “Dubai Residential Market Outlook 2025”,’)

#: A work's release said right after its title's marks: ‘“Paper Lanterns” is released in cinemas on
#: Friday’, ‘“Low Tide” is out now’, ‘“Salt Road” was published in 2019’, ‘“Kestrel” premieres on
#: Friday’ (the caller checks the marks hold a title; never ‘“Free Them” is what they chanted’).
#:
#: >>> RE_RELEASED_AFTER.match(" is released in cinemas on Friday.") is not None
#: True
#: >>> RE_RELEASED_AFTER.match(" is out on Friday") is not None, RE_RELEASED_AFTER.match(" was published in 2019") is not None
#: (True, True)
#: >>> RE_RELEASED_AFTER.match(" is out of the question") is None, RE_RELEASED_AFTER.match(" is what they said") is None
#: (True, True)
RE_RELEASED_AFTER = LazyPattern(r",? (?:is|was|will be|are|were) (?:(?:now|finally|officially) )?"
                                r"(?:released|re-released|published|out(?! of\b)|streaming|available to (?:stream|buy|download))\b"
                                r"|,? (?:opens|opened|premieres|premiered|hits|hit) (?:in (?:cinemas|theaters|theatres)|on (?:Netflix|streaming))\b")

#: Nouns of school and learned writing on a work (‘her thesis on “…”’).
ESSAY_NOUNS = frozenset("report essay paper thesis dissertation lecture talk".split())

#: A year in brackets right after a title's marks: ‘her field guide, “The Quiet Ferns” (1984),’.
RE_YEAR_AFTER_TITLE = LazyPattern(r" ?\((?:1[5-9]|20)\d\d\)")


def after_work_toks(text: str, sp: Span) -> list[Token]:
    """The words after a title's marks up to its sentence's end or the next mark opening (a work's
    noun set off after it: ‘rehearsing “Tides”, a cantata written for the choir, before a contest:
    ‘…’’; never ‘“Tides,” a cantata, she said’)."""
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    hi = ends[0] if ends else sp.para_end
    mark = next((i for i in range(sp.close_end, min(hi, sp.close_end + 200)) if text[i] in "“‘\"«"), hi)
    return tokenize(text, sp.close_end, min(hi, mark))


def _dated_or_vessel_title(text: str, sp: Span, content: str, tail: list[Token], title_case: bool, before) -> bool:
    """Marks that name a work with its year after them (‘his memoir, “Nets and Tides” (2003), sold
    well’), a work a piece of writing is on (``before()``: the sentence's words) or a vessel after its noun (‘rescued four men from the trawler “Silver Harvest”’): a name,
    never words said (but ‘said the crew were “Tired But Fine” (2019)’ has no title's case)."""
    if sp.close_end is not None and RE_YEAR_AFTER_TITLE.match(text, sp.close_end) and is_title(content, subtitle=True):
        return True
    if tail and tail[-1].word in ("on", "about") and is_title(content, full_stop=True) \
            and any(_is_work_noun(t.word) or t.word in ESSAY_NOUNS for t in before()[-8:-1]):
        return True  # a work written on a work: ‘the book report he wrote that year on “The Boy Who Kept the
        # Lighthouse.”’, ‘her thesis on “Things Fall Apart”’ (in title case only: never ‘a report on “what went wrong”’)
    if title_case and len(tail) >= 3 and tail[-1].word == "the" and tail[-2].text == "," \
            and tail[-3].word in VESSEL_NOUNS and tail[-3].text.islower() and sp.close_end is not None \
            and text.startswith((",", " "), sp.close_end) and len(content.split()) <= 4:
        return True  # the vessel's name set off after its noun: ‘said the boat, the “Morning Star”, was hit’
    return title_case and bool(tail) and tail[-1].word in VESSEL_NOUNS and tail[-1].text.islower() \
        and not any(t.word in SPEECH_VERBS for t in tail)


def _capitalised_after(text: str, at: int) -> bool:
    """The word after the one at ``at`` is capitalised too: a title and a name (‘the documentary Director
    Lucy Walker’), never a maker's surname and a verb (‘a poem Banks had written’)."""
    words = text[at:at + 60].split()[:2]
    return len(words) == 2 and words[1][:1].isupper()


#: How many words before a display verb may name the screen (‘the screen of her phone read’).
SCREEN_REACH = 6

def _speech_later(text: str, sp: Span) -> bool:
    """A speech verb in the rest of the sentence after the marks (‘placed in “an impossible position”, one
    nurse said’, ‘is going into “overdrive” to win the ballot, X said’): the marks hold the speaker's words."""
    if sp.close_end is None:
        return False
    m = RE_SENTENCE_STOP.search(text, sp.close_end, sp.close_end + 300)
    end = m.start() if m else min(sp.close_end + 300, len(text))
    toks = tokenize(text, sp.close_end, end)
    comma = 0 if text[sp.close_end - 2:sp.close_end].startswith(",") \
        else next((k for k, t in enumerate(toks[:1]) if t.text == ","), None)  # (the comma right
    # after the marks: ‘“prompt corrective action” framework, analysts said’ names a framework)
    if comma is None:
        return False  # (an attribution is set off by a comma: never ‘after reports of …’)
    return any(t.word in SPEECH_VERBS and t.text.islower() and not t.word.endswith("ing") for t in toks[comma:])
    # (never a participle: ‘as a “variant under monitoring,” citing data …’)


#: Words after a screen's noun that make it no screen (‘the phone call read’) or name who wrote the
#: words (‘the message on her phone from her son read’, ‘a note taped to the machine by X read’).
SCREEN_BREAKS = frozenset("call calls conversation conversations line number from by".split())


def _screen_message(toks: list[Token], sentence=None) -> bool:
    """The words before the marks end with a display verb after a screen's noun (‘her son’s tablet
    keeps flashing’, ‘the screen of her phone read’, ‘every ticket machine kept displaying’): the
    marks hold the screen's message, no one's words (never ‘the statement read’: a statement's
    words are its issuer's; ``sentence()`` gives the sentence's tokens up to the marks)."""
    if len(toks) < 1 or toks[-1].word not in SCREEN_VERBS or not toks[-1].text.islower():
        return False
    toks = sentence() if sentence is not None else toks
    for t in reversed(toks[max(0, len(toks) - 1 - SCREEN_REACH):-1]):
        if not t.text[:1].isalnum() or t.word in SCREEN_BREAKS or t.capitalized:
            return False  # (a writer named or a sender: ‘by stationmaster Ali Khan read’)
        if t.word in SCREEN_NOUNS:
            return True
    return False


#: Short words a long title leaves in lower case besides :data:`TITLE_SMALL_WORDS` (‘Silver Service:
#: My Years with the Queen’).
TITLE_LINK_WORDS = frozenset("with from into over upon about after under than".split())


def _subtitled(content: str) -> bool:
    """A title and its subtitle after a colon, four words or more in all (‘Ranked and Wrong: Bias in
    Search Engines,’), the shape of a paper's name (the Title Case test of each word is the caller's).

    >>> _subtitled("Ranked and Wrong: Bias in Search Engines,"), _subtitled("We lost: it hurts")
    (True, False)
    >>> _subtitled("Bells and Bread: 200 Years of St Anne’s")
    True
    """
    head, colon, tail = content.rstrip(",.").partition(": ")
    return bool(colon) and len(head.split()) >= 2 and len(tail.split()) >= 2 and head[:1].isupper() and (tail[:1].isupper() or tail[:1].isdigit())


#: Nouns of a learned work whose title in marks, set off by a comma, is one only with a subtitle after a
#: colon (‘a 300-page history of the parish, “Bells and Bread: 200 Years of St Anne’s,”’, ‘The study,
#: “Salt and Sleep: A Cohort Analysis,”’): never words a history or a study is said to hold.
SET_OFF_LEARNED_NOUNS = frozenset("history histories study studies chronicle chronicles".split())

#: Words of a work's topic between its noun and the comma before its title (‘her book about the
#: project,’, ‘a history of the congregation,’): a preposition and up to three lower-case words.
TOPIC_PREPOSITIONS = frozenset("about on of".split())


def _work_noun_before_comma(toks: list[Token]) -> int:
    """The index of the noun a title set off by the comma ending ``toks`` names: the word before the
    comma, or a work's noun before a short topic (‘Her book about the project,’ gives "book").

    >>> toks = tokenize("Her book about the project,"); toks[_work_noun_before_comma(toks)].word
    'book'
    >>> toks = tokenize("He said the plan was good,"); toks[_work_noun_before_comma(toks)].word
    'good'
    """
    last = len(toks) - 2
    for k in range(last - 1, max(-1, last - 5), -1):
        t = toks[k]
        if t.word in TOPIC_PREPOSITIONS and t.text.islower() and k >= 1 and k < last:
            noun = toks[k - 1]
            if (_is_work_noun(noun.word) or noun.word in SET_OFF_LEARNED_NOUNS) and noun.text.islower():
                return k - 1
            return last
        if not (t.text.islower() and t.text.isalpha() or t.text[:1].isdigit()):
            return last
    return last


#: How many words before a campaign's set-off name :func:`_work_set_off_before` reads for a speech
#: verb (its own clause: ‘and has launched a Spanish-language outreach campaign,’).
SET_OFF_SCHEME_CLAUSE = 8


def _work_set_off_before(text: str, sp: Span, content: str, toks: list[Token], sentence=None) -> bool:
    """A title in marks set off by commas right after a work's noun (‘His book, ‘Silver Service: My
    Years with the Queen’, is published next week’, ‘Her memoir, “Deadline City: A Life in News”,
    comes out in May’): the work's name, a subtitle and all, never the words of its author (‘In
    his book, “we were never told the truth,” he writes’: no Title Case). A campaign's name only where
    it ends the sentence, or with a subtitle (‘… launched an outreach campaign, “Cuida Tu Salud.”’)."""
    if len(toks) < 2 or toks[-1].text != ",":
        return False
    at_noun = _work_noun_before_comma(toks)
    noun = toks[at_noun]
    scheme = noun.word in SET_OFF_SCHEME_NOUNS
    learned = noun.word in SET_OFF_LEARNED_NOUNS
    if not (_is_work_noun(noun.word) or noun.word in SET_OFF_WRITING_NOUNS or scheme or learned) or not noun.text.islower() \
            or sp.close_end is None:
        return False
    if (at_noun != len(toks) - 2 or learned) and not _subtitled(content):
        return False  # (a work's noun with its topic after it, or a history's or a study's, only before a title and
        # its subtitle: ‘Her book about the strike, “Picket Lines: A Town Divided,”’; never ‘a history of the town,
        # “we were always poor,” she said’)
    whole = sentence() if sentence is not None else toks
    # (a title that ends a sentence no one speaks in: ‘relied on her 2015 law review article, “The Severability
    # Trap.”’; a campaign's, a clause no one speaks in: ‘The agency is asking farmers to call, and has launched a
    # campaign, “Cuida Tu Salud.”’)
    unspoken_in = toks[-SET_OFF_SCHEME_CLAUSE:] if scheme else whole
    ends_sentence = content.endswith(".") and content[-2:-1].isalpha() and text[sp.close_end:sp.close_end + 1] in ("", "\n", " ") \
        and not any(t.word in SPEECH_VERBS for t in unspoken_in)
    if not (text.startswith(",", sp.close_end) or content.endswith(",") or ends_sentence):
        return False
    if not _is_work_noun(noun.word) and not ends_sentence and not _subtitled(content):
        return False  # (an article's or a paper's title only where it ends the sentence, or with a subtitle after
        # a colon: ‘Their paper, “Ranked and Wrong: Bias in Search Engines,” was posted last month’)
    words = content.rstrip(",").rstrip(".").replace(":", " ").split() if ends_sentence else content.rstrip(",").replace(":", " ").split()
    if not 2 <= len(words) <= 12 or not words[0][:1].isupper() or (not ends_sentence and content.rstrip(",")[-1:] in ".?!"):
        return False
    at = next((k for k in range(len(whole) - 3, max(-1, len(whole) - 8), -1)
               if whole[k].word in ("his", "her", "their")), None)
    if at is not None and any(t.capitalized for t in whole[:at]):
        return False  # (one's own work named in a sentence about one: ‘Smith hopes to reissue his memoir,
        # “…,” this year’ gives the title as the author's, and is left as it was)
    return all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS or w in TITLE_LINK_WORDS
               for w in words)


#: What may follow a programme told something (‘told “Morning Ireland” that …’, ‘told “Fox News
#: Sunday” on Sunday’).
RE_AFTER_TOLD_PROGRAMME = re.compile(r"[,\u2019']?\s+(?:that|on|in|last|this|earlier)\b")


def _told_programme(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A programme's title in marks right after "told" (‘House Speaker X told “Fox News Sunday”
    that …’, ‘told “Morning Ireland” that …’): the programme is the listener, its name no
    quotation (never ‘told reporters “…”’: a listener before the marks)."""
    return bool(toks) and toks[-1].word in TELLING_WORDS and toks[-1].text.islower() \
        and sp.close_end is not None and is_title(content) and content[-1:].isalnum() \
        and RE_AFTER_TOLD_PROGRAMME.match(text, sp.close_end) is not None


def _work_set_off(text: str, at: int) -> bool:
    """A work's noun set off after a title's marks (‘“Overtime,” a novel about …’), never the
    first words of someone's description (‘“Brilliant,” the film critic Mark Kermode said’, ‘the
    play-by-play announcer’, ‘the series MVP Jalen Brunson’)."""
    m = RE_WORK_AFTER.match(text, at) or RE_SYSTEM_AFTER.match(text, at)  # (or a service's: ‘“FloodWatch,” the app’)
    if m is None or text[m.end():m.end() + 1] in "-‐":
        return False
    nxt = text[m.end():m.end() + 30].split()[:1]
    word = nxt[0].rstrip(",.;:").lower() if nxt else ""
    return not (nxt and (nxt[0].rstrip(",.;:").isupper() or (word in DESCRIPTION_NOUNS and (nxt[0][:1].islower() or _capitalised_after(text, m.end())))
                         or (word in SPEECH_VERBS and word not in AUTHORING_PARTICIPLES)))
    # (a capitalised word after the work's noun is its maker's name: ‘a poem Banks had written’, never ‘banks’)
    # (‘a cantata written for the choir’ is made, never said)


#: After a title, the one who described or called the work and how: ‘whose book “Salt in the Rain”
#: Mensah described in a review as “a slog”’.
RE_DESCRIBED_AS_AFTER = LazyPattern(r"[^.;:!?“”\"]{1,40}?\b(?:described|describes|called|calls|dubbed)\b[^.;:!?“”\"]{0,40}? as [“\"‘]")


def _title_in_its_place(text: str, sp: Span, content: str, toks: list[Token], found: Found | None,
                        results: list, work: bool) -> bool:
    """Words in title case (the caller checks) that stand where a work's title stands: the same
    words taken for a title before in the article, no cue's (‘Her podcast, “Night Shift,” ….
    Natalie Ruiz, another “Night Shift” host, …’; a title in what one is said to say is quoted, as
    PolNeAR annotates it: ‘fans of “Prison Break,” Mr. Madden said’), a show or a paper told something (‘said in a statement to “The Night Desk”
    that’), or a work's title that someone after it described as something (‘whose collection “Salt in
    the Rain” Mensah described as “a slog”’); with no speaker found too (‘Best actress went to X for
    the thriller “Glass Harbour.” … Supporting actress went to Y for “Glass Harbour.”’, w85b)."""
    words = content.rstrip(",.")
    if (found is None or found.rule not in ("cue-before", "cue-after", "cue-in-sentence", "colon")) and any(kind == "scare" and text[q.start:q.end].rstrip(",.") == words and q.close_end is not None
           and text[q.open_at:q.open_at + 1] == text[sp.open_at:sp.open_at + 1] for q, _, kind in results):
        return True
    if toks and toks[-1].word == "to" and text.startswith(" that ", sp.close_end) and len(toks) >= 2 \
            and (toks[-2].word in DOCUMENT_NOUNS or toks[-2].word in SPEECH_VERBS):
        return True
    return names_a_work(toks) and found is not None and found.rule == "cue-after" and RE_DESCRIBED_AS_AFTER.match(text, sp.close_end) is not None


def _owned_work(toks: list[Token]) -> bool:
    """The work named right before the marks is someone's: ‘his 2002 book,’, ‘Adele's new album,’."""
    i = len(toks) - 1
    if i >= 0 and toks[i].text in (",", "of"):
        i -= 1
    return any(t.word in ("his", "her", "their", "its", "my", "our", "your") or is_possessive(t)
               for t in toks[max(0, i - 3):i])
