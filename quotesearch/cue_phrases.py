"""Phrases that are no cue or cue another: a plain description, a firm acting, answering a thing
or an event, a question put, a counted or modified noun before the marks.
"""

from __future__ import annotations

import re

from quotesearch.lexicon import ARTICLES, FINITE_VERBS, wordset
from quotesearch.time_words import COUNT_LEADS, RE_COUNT_FIGURE, RE_YEAR_FIGURE
from quotesearch.document_words import DOCUMENT_NOUNS, WRITING_VERBS, WRITTEN_THINGS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.speech_words import (
    ASKING_WORDS, ASSENT_ASKED_VERBS, AUXILIARIES, COUNTED_SPEECH_NOUNS, FINDING_VERBS, PRONOUNS, SPEECH_VERBS,
)
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import NOUN_LIKE_VERBS
from quotesearch.mention_words import Mention, POSSESSIVES, PREPOSITIONS, TIME_WORDS
from quotesearch.mention_nations import service_before_rank
from quotesearch.mention_asides import _kept_back_tail
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, gender_of
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.cue_tokens import (
    BE_FORMS, Found, IRREGULAR_PASTS, OPENING_MARKS, SUBORDINATORS, _first_word, _is_cue, _people_word,
)
from quotesearch.sentence_subjects import TELL_VERBS, _cuts_in, _opens_speech


#: Words that open a clause or an object after a cue verb: "said he would", "cited it".
CLAUSE_OPENERS = wordset("that he she they it we i the a an his her their its this these those there")

#: Words that go on a short attribution after its cue (‘Trump said in a statement’, ‘… said
#: later’), where a lower-case word of another kind opens what was said (‘… said climate change …’).
ATTRIBUTION_TAILS = wordset("""aboard about above across after against ahead along alongside amid amidst among
amongst around as at atop before behind below beneath beside besides between beyond by despite down during
except following for from in inside into like near of off on onto outside over past per since through
throughout till to toward towards under underneath unlike until up upon via when while with within without
then later earlier again once twice afterward afterwards yesterday today tonight overnight here late early
last this next recently previously too also still""")

#: Forms of "ask", whose object is the listener (‘…?” Trump asked reporters’).
ASK_VERBS = wordset("ask asks asked")

#: Words that open what a listener was told (‘told the forum he was …’).
REPORT_OPENERS = wordset("that he she they it we i")


#: Prepositions after a cue that open where or how it was said (‘said in a statement’, ‘said on
#: Instagram’, ‘said at a news conference’, ‘said via the team’).
CUE_PLACE_WORDS = wordset("in on at during via through after before from")


#: Most capitalised words of the place "of" gives after a name before its verb (‘of New South Wales’).
WHERE_FROM_WORDS = 3


def _where_from_only(between: list[Token]) -> bool:
    """The words between a name and its verb are only where the person is from, "of" and a place
    (‘Senator Luis Ortega of Connecticut wrote’, ‘Rep. Ann Lee of New South Wales said’).

    >>> from quotesearch.tokens import tokenize
    >>> _where_from_only(tokenize("of Connecticut")), _where_from_only(tokenize("of the robbery unit"))
    (True, False)
    """
    return 2 <= len(between) <= WHERE_FROM_WORDS + 1 and between[0].text == "of" \
        and all(is_name_token(x) and not is_possessive(x) for x in between[1:])


def _cue_past_who(text: str, toks: list[Token], i: int, v: int) -> Found | None:
    """The one the words after a quotation open with, a "who" clause not set off after them, and
    its cue past that clause: ‘…,” a man who lives nearby said’, ‘…,” a senior official who spoke on
    condition of anonymity said’ (the clause's own verb, right after "who", is never the cue)."""
    m = mention_after(toks, i, text)
    if m is None or m.kind not in ("name", "description") or m.end != toks[v - 1].end or m.start != toks[i].start:
        return None
    for w in range(v + 2, min(len(toks), v + 16)):
        if not toks[w].text[:1].isalnum() or toks[w].word in CLAUSE_JOINS:
            return None  # (the clause ends, or the sentence, with no cue of its own; or another verb
            # of the clause follows: ‘…,” a man who would rewire a neighbor's kitchen and then not speak’)
        if _is_cue(toks[w], True) and not toks[w].word.endswith("ing") and toks[w - 1].word not in AUXILIARIES \
                and toks[w - 1].word not in ("to", "not", "never"):
            if m.kind == "description" and _kept_back_tail(text[m.start:toks[w - 1].end]) is None:
                # (the one described, with the clause, as written: ‘an official who briefed reporters’; but never
                # a clause that only keeps the name back: ‘a worker who declined to be named told’)
                m = Mention(m.start, toks[w - 1].end, text[m.start:toks[w - 1].end], "description", m.role)
            return Found(m, None, "cue-after", toks[w].text)
    return None


#: Words that join a second verb to a clause (‘who would rewire … and then not speak’).
CLAUSE_JOINS = frozenset("and or but then".split())


def _plural_cue_noun(toks: list[Token], p: int) -> bool:
    """``toks[p]`` is a cue's plural used as a noun with its determiner, opening a clause before
    a verb (‘The states argue that …’, ‘Both states say’; never ‘Doyle said states have …’)."""
    return p >= 1 and toks[p].word in SPEECH_VERBS and toks[p].word.endswith("s") and toks[p].text.islower() \
        and toks[p - 1].word in ("the", "both", "these", "those") \
        and (p - 1 == _first_word(toks) or toks[p - 2].text in ",;" or toks[p - 2].word in ("and", "but"))
    # (or a clause of time after it: ‘…, a senior peer has warned, as a Lords committee heard evidence.’)


def _plain_description(toks: list[Token], k: int, text: str, after: bool) -> tuple[Mention, int] | None:
    """"the" or "a" and one or two lower-case words, alone between a quotation and its cue (‘…,”
    the senior said’) or after an inverted cue (‘said the senior.’): someone described, whatever
    the noun (a name the sentence gave before is never guessed for it); with the index of the
    token after it (the cue, when it comes before one)."""
    n = len(toks)
    # what opens the words: "the", "a" or "an", "the" and an owner (‘the agency's’), or an owner's
    # name (‘Halworth's’), whose words must be a document's
    the_owner = k + 2 < n and toks[k].word == "the" and is_possessive(toks[k + 1]) and toks[k + 1].text.islower()
    named_owner = k + 1 < n and is_possessive(toks[k]) and toks[k].capitalized and is_name_token(toks[k])
    if not (the_owner or named_owner or (k + 1 < n and toks[k].word in ("the", "a", "an"))):
        return None
    first = k + 1 + the_owner  # the first of the one or two words
    e = first
    while e < n and e - first <= 1 and toks[e].text.islower() and toks[e].text.replace("-", "").isalnum() \
            and toks[e].word not in FUNCTION_WORDS and toks[e].word not in AUXILIARIES and toks[e].word not in BE_FORMS \
            and not _cuts_in(toks, toks[e]) \
            and (not _opens_speech(toks[e]) or (e + 1 < n and toks[e + 1].word in DOCUMENT_NOUNS)  # ("recall notice")
                 or (toks[e].word.endswith("ing") and e + 1 < n and _is_cue(toks[e + 1], True))  # ("the warning said")
                 or (toks[e].word.endswith("s") and e == first and (  # a cue's plural as a noun: ‘the states said’,
                     (e + 1 < n and _is_cue(toks[e + 1], True) and not toks[e + 1].word.endswith("ing"))  # ‘said the states.’
                     or (after and (e + 1 == n or toks[e + 1].text in ".,;"))))):
        e += 1
    if e == first or (e - first == 2 and toks[e - 1].word.endswith("ly")):
        return None  # ("the firm previously said": an adverb)
    if (the_owner or named_owner) and toks[e - 1].word not in DOCUMENT_NOUNS:
        return None  # (an owner's document only: ‘…,” the agency's recall notice says’)
    if after:
        ok = e >= n or toks[e].text in ".,;!?"
    else:
        ok = e < n and (_cuts_in(toks, toks[e]) or _opens_speech(toks[e]) and (
            e + 1 >= n or toks[e + 1].text in ".,;!?" or toks[e + 1].word in TIME_WORDS
            or toks[e + 1].word in CUE_PLACE_WORDS))
        # (‘…,” the 36-year-old said in a statement released by the club.’)
    if not ok:
        return None
    s_, e_ = toks[k].start, toks[e - 1].end
    if named_owner:  # an owner's name speaks through its document: ‘…,”
        # Halworth's recall notice says’ is Halworth's, as ‘…,” Solano's statement said’ is Solano's
        # (never a document about them: ‘Ruskin's indictment says’, ‘Vos's psychiatric assessment says’)
        if toks[e - 1].word not in OWNER_DOCUMENTS or any(x.word not in OWNER_DOCUMENT_WORDS for x in toks[k + 1:e - 1]):
            return None
        if text and _firm_acts(text, toks[k].text, toks[k].start):  # a firm whose name has its 's: ‘McDonald's said …’
            return Mention(toks[k].start, toks[k].end, toks[k].text, "organisation"), e
        cut = 2 if toks[k].text.endswith(("’s", "'s")) else 1
        return Mention(toks[k].start, toks[k].end - cut, toks[k].text[:-cut], "name"), e
    return Mention(s_, e_, (toks[k].word + text[toks[k].end:e_]) if text else " ".join(t.text for t in toks[k:e]),
                   "description"), e


#: A capitalised word with its 's before a verb (a firm that acts: ‘McDonald's said’).
RE_FIRM_ACTS = re.compile(r"[A-Z]\w*['’]s (?:said|says|has|have|is|was|will|would|announced|recalled|reported|cut|closed|plans)\b")


def _firm_acts(text: str, name: str, at: int) -> bool:
    """The text writes ``name`` (with its 's) elsewhere as the subject of a verb, as firms named
    so are written (‘McDonald's said it would close …’; never ‘Smith's lawyers’)."""
    lo, hi = max(0, at - 20_000), at + 20_000
    i = text.find(name, lo, hi)
    while i >= 0:
        if i != at and RE_FIRM_ACTS.match(text, i):
            return True
        i = text.find(name, i + len(name), hi)
    return False


#: Documents by which their owner speaks (‘Halworth's recall notice says’), and the words that may
#: stand before them (never ‘police statement’, whose owner is its subject).
OWNER_DOCUMENTS = frozenset("statement post tweet letter email message notice release advisory blog filing".split())
OWNER_DOCUMENT_WORDS = frozenset("recall press official latest written emailed open".split())


#: Calling one on the telephone, no words said (‘Thornquist called her at home’, ‘he called me back’):
#: the verb of calling, a person's object pronoun and a word of where, when or again after it (never
#: ‘called her a liar’, ‘called him “a coward”’: a name given; nor ‘called them on it’, calling out, nor
#: ‘called them in an article’: "on" and "in" are no telephone's) (w56d).
#:
#: >>> "called" in PHONE_CALL_VERBS, "at" in PHONED_AFTER, "a" in PHONED_AFTER
#: (True, True, False)
PHONE_CALL_VERBS = frozenset("call calls called calling".split())
PHONED_AFTER = frozenset("at back late early last every twice again up".split())
CALLED_OBJECTS = frozenset("her him them me us".split())


def _phoned(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` calls someone on the telephone (see :data:`PHONE_CALL_VERBS`).

    >>> from quotesearch.tokens import tokenize
    >>> _phoned(tokenize("Thornquist called her at home"), 1), _phoned(tokenize("Thornquist called her a fraud"), 1)
    (True, False)
    """
    return toks[v].word in PHONE_CALL_VERBS and v + 2 < len(toks) and toks[v + 1].word in CALLED_OBJECTS \
        and toks[v + 2].word in PHONED_AFTER and toks[v + 2].text.islower()


#: What one answers without a word (‘answered a knock at the door’, ‘answered the phone’).
ANSWERED_THINGS = frozenset("door doors knock knocks doorbell bell phone phones telephone call calls ad advert "
                            "advertisement summons prayer prayers alarm".split())


def _answers_a_thing(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is "answer" of a door, a knock or a call (‘Mr Keogh had answered a knock at
    the door and was shot “…”’): no speech."""
    return toks[v].word.startswith("answer") and any(x.word in ANSWERED_THINGS for x in toks[v + 1:v + 4]) \
        and not any(toks[a].word == "and" and _is_cue(toks[a + 1], True) for a in range(v + 2, min(len(toks) - 1, v + 9)))
    # (but ‘Lamontagne answered the door and said, “…”’: the one who answered speaks)


#: What crews and officers respond to without a word (‘responded to a call at the depot’, ‘responded to
#: the scene’); "report" only as one of an event (‘responded to a report of a fight’, never ‘responded to
#: the report, calling it …’), "call" never one for something (‘responded to calls for his resignation’).
RESPONDED_EVENTS = frozenset("call calls scene scenes incident incidents emergency emergencies fire fires blaze alarm "
                             "alarms crash crashes collision disturbance disturbances shooting shootings stabbing "
                             "accident accidents callout call-out 911 999 112 break-in burglary robbery".split())


def _responds_to_an_event(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is "respond" to a call, a scene or a report of an event (‘officers had responded
    to a report of a fight at the depot and that the teen had “actively resisted”’): crews arriving, no
    speech, so the clause's words are the reporter's (‘The police department said …’); nor is the event's
    noun a cue (‘responded to reports of a disturbance’ is no one "reports")."""
    if v >= 2 and toks[v - 1].word == "to" and toks[v - 2].word.startswith("respond") and toks[v].word in ("reports", "calls"):
        return _responds_to_an_event(toks, v - 2)
    if not toks[v].word.startswith("respond") or v + 2 >= len(toks) or toks[v + 1].word != "to":
        return False
    for k in range(v + 2, min(len(toks), v + 5)):
        w = toks[k].word
        nxt = toks[k + 1].word if k + 1 < len(toks) else ""
        if w in ("report", "reports"):
            return nxt == "of"
        if w in RESPONDED_EVENTS:
            return nxt != "for"
        if w not in ("a", "an", "the", "multiple", "several", "numerous") and not toks[k].text[:1].isdigit():
            return False
    return False


def _opens_report(text: str, toks: list[Token], v: int) -> bool:
    """The words after the cue at ``v`` are what was said, or its object (‘Kasich said he would
    …’, ‘Trump has said climate change is …’, ‘X noted Bill Clinton’s comments’, ‘Trump told the
    forum he was …’), not the end of a short attribution (‘Trump said in a statement.’, ‘… said
    Monday.’, ‘… said later.’, ‘… asked reporters rhetorically.’)."""
    rest = toks[v + 1: v + 3]
    if all(x.text in ",:" for x in rest):  # (‘X said “…’, ‘X, who …, said, “…’: the next one's cue)
        end = rest[-1].end if rest else toks[v].end
        return len(toks) <= v + 3 and text[end:end + 3].lstrip()[:1] in OPENING_MARKS
    if toks[v].word in TELL_VERBS or toks[v].word in ASK_VERBS:
        for x in toks[v + 1: v + 8]:  # the listener first
            if not x.text[:1].isalnum() or x.word in SUBORDINATORS:
                return False  # (‘told reporters as officials were leaving’: a clause of its own)
            if x.word in REPORT_OPENERS or (x.word in FINITE_VERBS and x.start > toks[v + 1].end):
                return True  # (‘X told the BBC the offer was fair’: a clause after the listener)
        return False
    k = v + 1
    while k < len(toks) - 1 and (toks[k].word in NOT_NAMES or toks[k].word in TIME_WORDS):
        k += 1  # (‘… said Sunday that …’, ‘… said on Monday he …’)
    if k > v + 1 and toks[k].word in REPORT_OPENERS:
        return True
    w = toks[v + 1]
    if w.word in CLAUSE_OPENERS or w.word[:-2] in CLAUSE_OPENERS and w.word.endswith(("’s", "'s")):
        return True  # (‘… says that’s what …’)
    if w.text.isalpha() and w.text.islower():
        if v + 2 < len(toks) and ((w.word == "about" and toks[v + 2].text[:1].isdigit())
                                  or (w.word == "by" and toks[v + 2].word.endswith("ing"))):
            return True  # ‘… has said about 20 people …’, ‘… responded by saying Japan …’
        return w.word not in ATTRIBUTION_TAILS and not w.word.endswith("ly")
    return w.capitalized and w.word not in NOT_NAMES


def _in_title(toks: list[Token], v: int) -> bool:
    """A verb's bare form inside a title before a name (‘Kaduna state police spokesman X’, ‘Deputy
    fire chief X’): a noun, with a role a word or two on."""
    t = toks[v]
    if service_before_rank(toks, v):
        return True
    return t.text.islower() and not t.word.endswith(("ed", "s")) and t.word not in IRREGULAR_PASTS \
        and t.word not in ("told", "said", "wrote", "spoke", "say", "tell") and v > 0 and toks[v - 1].capitalized \
        and any(toks[x].word in ROLE_NOUNS for x in range(v + 1, min(len(toks), v + 3))) \
        and all(x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS for x in toks[v + 1:v + 2])


def _writes_a_thing(toks: list[Token], v: int) -> bool:
    """The verb of writing at ``v`` has for its object a thing that holds no one's words, right after
    it or past a determiner: ‘wrote checks to herself’, ‘writes cheques from client accounts’, ‘wrote
    software that skimmed’, ‘wrote him a prescription’ (never ‘wrote a letter’, ‘wrote that’).

    >>> from quotesearch.tokens import tokenize
    >>> _writes_a_thing(tokenize("Moss wrote checks to herself"), 1), _writes_a_thing(tokenize("Moss wrote that"), 1)
    (True, False)
    """
    if toks[v].word not in WRITING_VERBS:
        return False
    for k in range(v + 1, min(len(toks), v + 4)):
        if toks[k].word in WRITTEN_THINGS:
            return True
        if not (toks[k].text.islower() and (toks[k].word in ARTICLES or toks[k].word in PRONOUNS
                                             or toks[k].word in ("his", "her", "their", "its", "fake", "bad", "false"))):
            return False
    return False


def _inside_question(toks: list[Token], v: int) -> bool:
    """The verb at ``v`` stands in the question an opening "Asked whether/if/why/how …," puts,
    closed by a comma after it (never ‘Asked if he would resign Hollis said:’, with no comma)."""
    if not any(x.text == "," for x in toks[v + 1:]):
        return False
    for j in range(max(1, v - 14), v):
        if toks[j].word in QUESTION_WORDS and toks[j - 1].word in ("asked", "questioned", "pressed") \
                and not any(x.text in ",;:" for x in toks[j:v]):
            return True
    return False


def _put_in_question(toks: list[Token], v: int) -> bool:
    """The verb of assent at ``v`` stands in a question one puts to another ("asked whether",
    "rose to ask if", "wanted to know whether", with the one asked between: "asked the minister if"):
    the words in marks after it are the asker's wording of a view put to them for assent, never the
    words of the one asked (‘Hart rose to ask whether the Chancellor agreed that “…”’). Only a verb of
    assent (agreed, accepted, conceded …); never "said" (‘asked whether she had said “…”’ quotes her)."""
    if toks[v].word not in ASSENT_ASKED_VERBS or toks[v - 1].word == "and":
        return False  # (‘was asked if the deal was dead and admitted that “…”’: the one asked assents)
    for j in range(max(1, v - 8), v):
        if toks[j].word in ("whether", "if") and not any(x.text in ",;:." for x in toks[j:v]):
            a = next((i for i in range(j - 1, max(-1, j - 5), -1) if toks[i].word in ASKING_WORDS), None)
            if a is None:
                continue
            if toks[a].word == "asked" and (a == 0 or toks[a - 1].text == "." or toks[a - 1].word in (
                    "was", "were", "is", "are", "been", "being", "when", "once", "after", "if")):
                return False  # one asked, then their own answer: ‘Asked if he would run again Ruto admitted’
            return True
    return False


#: Words that open a question reported after "asked".
QUESTION_WORDS = frozenset("whether if why how what when where who about".split())


#: Verbs a noun of speech may be the subject of, right after it (‘demand had been’, ‘protest was’).
NOUN_SUBJECT_VERBS = frozenset("had has have was were is are remained remains will would could".split())


def _counted_noun(toks: list[Token], v: int) -> bool:
    """A plural cue word counted by a figure, at once or past one modifier, is a noun, never a verb:
    ‘$2 per 1,000 API calls’, ‘300 phone calls’, ‘4,000 insurance claims’. A four-figure year is no
    count (‘In 2019 Kenya claims …’ keeps its verb).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("at $2 per 1,000 API calls, would")
    >>> _counted_noun(t, 6), _counted_noun(tokenize("In 2019 Kenya claims that"), 3)
    (True, False)
    """
    t = toks[v]
    if t.word not in COUNTED_SPEECH_NOUNS or not t.text.islower() or v < 1:
        return False  # (‘says’, ‘writes’, ‘warns’ are verbs only: ‘The Group of 77 says’, ‘on page 212 she writes’)
    k = v - 1 if toks[v - 1].text[:1].isdigit() else v - 2
    if k < 0 or (k < v - 1 and not (toks[v - 1].text.isalpha() and not toks[v - 1].text.istitle())):
        return False  # (a name between is the subject: ‘In a letter dated March 3 Wilson writes’, ‘By 2100 Greenpeace warns’)
    if k > 0 and toks[k - 1].text.istitle() and toks[k - 1].word not in COUNT_LEADS:
        return False  # (a numbered name: ‘Section 230 calls’, ‘Channel 4 reports’)
    figure = toks[k].text
    return bool(RE_COUNT_FIGURE.fullmatch(figure)) and not RE_YEAR_FIGURE.fullmatch(figure)


def _noun_before_finding(toks: list[Token], v: int) -> bool:
    """A noun of speech that is a document, not a verb, because a verb of finding follows it at once
    (‘The board's own staff report found …’, ‘A council officers' report showed …’): the subject is the
    whole report, never "staff" who report. Guards: a lower-case word that is no pronoun nor a word of
    the verb's own before it (‘Nurses report found…’ has none; ‘staff report that’ is a verb).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("The board's own staff report found that")
    >>> _noun_before_finding(t, 4), _noun_before_finding(tokenize("Staff report that rents"), 1)
    (True, False)
    """
    t = toks[v]
    return t.word in NOUN_LIKE_VERBS and t.text.islower() and 0 < v and v + 1 < len(toks) \
        and toks[v + 1].word in FINDING_VERBS and toks[v + 1].text.islower() \
        and not (v + 2 < len(toks) and toks[v + 2].word in ("of", "for", "from", "on")) \
        and toks[v - 1].text.isalpha() and toks[v - 1].word not in PRONOUNS and toks[v - 1].word not in FUNCTION_WORDS


#: Adjectives that put an offer, a statement or a claim in its order or its standing, between a
#: determiner and a cue's word, which is then a noun (‘had “insulted” workers with its final offer’,
#: ‘rejected the union's latest demand’): never a verb's adverb (‘The minister first said’, kept apart).
#:
#: >>> "final" in NOUN_SETTING_ADJECTIVES, "first" in NOUN_SETTING_ADJECTIVES
#: (True, False)
NOUN_SETTING_ADJECTIVES = frozenset("""final latest revised improved initial formal official previous original
earlier opening sweetened""".split())


def _modified_noun(toks: list[Token], v: int) -> bool:
    """A cue's bare word right after a determiner or a possessive and one adjective of
    :data:`NOUN_SETTING_ADJECTIVES` is a noun, never a verb whose subject runs back over the words
    before it (‘said the company had “insulted” workers with its final offer’ has no speaker "workers
    with its final"); a form with its own tense (‘its final offered’) is never one.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("workers with its final offer.")
    >>> _modified_noun(toks, 4), _modified_noun(tokenize("their members offer"), 2)
    (True, False)
    """
    t = toks[v]
    return 1 < v and t.text.isalpha() and t.text.islower() and not t.word.endswith(("s", "ed")) \
        and t.word not in IRREGULAR_PASTS and toks[v - 1].word in NOUN_SETTING_ADJECTIVES and toks[v - 1].text.islower() \
        and (toks[v - 2].word in POSSESSIVES or toks[v - 2].word in ARTICLES)


def _bare_noun_after_preposition(toks: list[Token], v: int) -> bool:
    """The bare form of a cue (‘demand’, ‘call’, ‘claim’) after a preposition and one lower-case
    modifier, before a verb of its own, is a noun inside a reported clause: ‘wrote that the commentary
    on big-ticket demand was “…”’, ‘said the outlook for consumer demand had been “…”’. Never a
    speaker's verb, which no preposition stands before (‘a plan staff say is “…”’, ‘what voters
    demand is “…”’ stay cues).

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("but that the commentary on big-ticket demand was")
    >>> _bare_noun_after_preposition(toks, 6), _bare_noun_after_preposition(tokenize("a plan staff say is"), 3)
    (True, False)
    """
    if not 1 < v < len(toks) - 1 or toks[v + 1].word not in NOUN_SUBJECT_VERBS:
        return False
    t, mod = toks[v], toks[v - 1]
    return t.text.islower() and not t.word.endswith(("s", "ed", "ing")) and t.word not in IRREGULAR_PASTS \
        and mod.text.islower() and mod.text.replace("-", "").isalpha() and not mod.word.endswith("s") \
        and mod.word not in FUNCTION_WORDS and mod.word not in PRONOUNS and toks[v - 2].word in PREPOSITIONS \
        and not any(x.word in ("what", "all") for x in toks[max(0, v - 4):v]) \
        and t.word not in NEVER_BARE_NOUN_CUES and not (v > 2 and _people_word(toks[v - 3].word))
    # (never a verb no one writes as a noun, nor people before the preposition, who say it: ‘a figure that
    # sources in government say is “…”’, ‘which people with knowledge say was “…”’)


#: Speech verbs whose bare form is no noun (‘sources in government say is’, ‘analysts at home think is’).
NEVER_BARE_NOUN_CUES = frozenset("say tell think believe argue insist reckon suggest agree explain predict expect "
                                 "admit concede contend maintain acknowledge".split())


def _one_called_by_given_name(toks: list[Token], a: int, o: int) -> bool:
    """One brought in unnamed by "a" or "an" and a person's noun, then "called" and a given name alone a
    list holds, set off by a comma (‘a reader called Orla, who writes …’, ‘a listener called Declan, from
    Cork,’): the name they are given, never "called" the verb, which takes a definite subject or a name
    in full (‘The mayor called Smith, …’, ‘A reporter called Ortiz Reyes, …’), w74c.

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("we hear from a reader called Orla, who has been")
    >>> _one_called_by_given_name(t, 3, 6), _one_called_by_given_name(tokenize("the mayor called Orla, who"), 0, 3)
    (True, False)
    >>> _one_called_by_given_name(tokenize("a reader called Orla Keane, who"), 0, 3)
    False
    """
    return toks[a].word in ("a", "an") and o + 1 < len(toks) and toks[o + 1].text == "," \
        and gender_of(toks[o].text) is not None


def _naming_participle(toks: list[Token], v: int) -> bool:
    """"called" or "named" right after a thing's noun and its article, then a capitalised name set off by
    a comma with the sentence going on past it: the thing's name, never a cue (‘She runs a support group
    called Ridgeline, which meets monthly and, she says, has “…”’, ‘a charity named Hope Rising, which
    …’); never a call with a name as its object (‘The union called Smith “a liar”’, no comma after it).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("She runs a support group called Ridgeline, which meets monthly and, she says, has")
    >>> _naming_participle(t, 5), _naming_participle(tokenize("The union called Smith a liar, and"), 2)
    (True, False)
    """
    o = v + 1 + (v + 1 < len(toks) and toks[v + 1].text in "“\"‘")  # (the name in marks: ‘called “Ridgeline,” which’)
    if toks[v].word not in ("called", "named") or v < 2 or o + 2 >= len(toks) or not toks[o].capitalized:
        return False
    a = next((a for a in range(v - 1, max(-1, v - 5), -1) if toks[a].word in ("a", "an", "the", "its", "their", "his", "her")), None)
    if a is None or a == v - 1 or (toks[v - 1].word in ROLE_NOUNS and not _one_called_by_given_name(toks, a, o)) or not all(
            x.text.rstrip("’'s").isalpha() and x.text.islower() and x.word not in PRONOUNS for x in toks[a + 1:v]):
        return False  # (a thing, never a person: ‘the mayor called Smith, …’; but one unnamed given a given name:
        # ‘we hear from a reader called Orla, who …’, w74c)
    k = o
    while k < len(toks) and toks[k].capitalized and not is_possessive(toks[k]):
        k += 1
    k += k < len(toks) and toks[k].text in "”\"’" and o > v + 1  # (the closing mark before the comma)
    return k < len(toks) - 1 and toks[k].text == ","
