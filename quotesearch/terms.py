"""Terms, not speech: words in marks that a group, a crew or a trade calls something, a term
referred to, classed or coined, a work or vessel set off, and the title context of a quotation
(is_title_context).

This module holds is_title_context and the helpers only it reads; the rest lives in modules by
what it decides: :mod:`quotesearch.known_terms`, :mod:`quotesearch.crew_terms`,
:mod:`quotesearch.set_off_works`.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import METHOD_NOUNS, OWN_NAMED_THING_NOUNS
from quotesearch.place_words import DEMONYMS
from quotesearch.name_words import THIRD_PERSON_SELVES
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    GLOSS_LANGUAGES, GLOSS_WORDS, GONE_BY_NOUNS, GONE_BY_PLACE_PREPOSITIONS, MARKETING_NOUN_FORMS, MARKETING_SUBJECT_WORDS,
    MARKETING_VERBS, NAME_KIND_WORDS, PLACE_NICKNAME_HEADS, SCHEME_NOUNS, SELLING_PARTICIPLES, STORY_NOUNS,
    TERM_USE_NOUNS, TITLE_CUES, RIGHT_SENSE_CUES,
)
from quotesearch.mention_words import POSSESSIVES, TIME_WORDS
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES
from quotesearch.tokens import Token, is_possessive, tokenize
from quotesearch.quote_spans import CUE_PRONOUNS
from quotesearch.nicknames import BODY_NOUNS, BODY_REFLEXIVES
from quotesearch.titles import ON_AIR_WORDS, _person_noun
from quotesearch.naming_clauses import REFER_VERBS, _describes, _taken_to_calling
from quotesearch.known_terms import _classed_as
from quotesearch.crew_terms import (
    LABEL_ADVERBS, POLICY_NOUNS, _branded_thing_is_scheme, _crew_names_thing, _crew_refers_to_thing,
    _group_relative_calls, _group_term_lead, _referred_to_as, _term_in_use, _term_winced_at, _trade_term_lead,
)


#: Who calls someone by a name they go by, in a clause with no "that" (‘the auditor everyone here
#: calls “Tex”’, ‘the headteacher pupils call “Mama Maggie”’).
HABITUAL_CALLERS = frozenset("""
everyone everybody all friends fans locals colleagues teammates pupils students voters residents neighbours
neighbors villagers supporters family children kids people folks staff players
""".split())


def _habitual_calling(toks: list[Token]) -> bool:
    """The words before the mark name the name one goes by: "call him" or "calls her" in the
    present (‘whose teammates call him “Sparrow”’), or "calls" with no object after a caller
    of :data:`HABITUAL_CALLERS` (‘the auditor everyone here calls “Tex”’); never a call made once
    (‘called him “Weak”’), nor ‘what critics call “…”’.

    >>> _habitual_calling(tokenize("the auditor everyone here calls")), _habitual_calling(tokenize("Trump called him"))
    (True, False)
    """
    if len(toks) >= 2 and toks[-1].word in ("him", "her") and toks[-2].word in ("call", "calls"):
        return not any(x.word == "what" for x in toks[-5:-2])
    if len(toks) < 2 or toks[-1].word not in ("call", "calls"):
        return False
    return any(x.word in HABITUAL_CALLERS for x in toks[-4:-1]) and not any(x.word in ("what", "that") for x in toks[-5:-1])


#: Subject pronouns before "calls" after a thing (‘a tractor he calls “Old Faithful”’): those of a cue.
CALLER_PRONOUNS = CUE_PRONOUNS


def _thing_one_calls(toks: list[Token]) -> bool:
    """The words before the mark are a noun, a subject pronoun and "calls" or "call" in the present,
    with no "that" or "which" between: a thing someone calls by the name they give it (‘a 1962
    tractor he calls’), never ‘what he calls’ nor a call made once (‘called him’).

    >>> _thing_one_calls(tokenize("a ginger cat she calls")), _thing_one_calls(tokenize("pushing what he calls"))
    (True, False)
    """
    return len(toks) >= 3 and toks[-1].word in ("calls", "call") and toks[-2].word in CALLER_PRONOUNS \
        and toks[-3].text.isalnum() and toks[-3].word not in FUNCTION_WORDS and toks[-3].word not in PRONOUNS \
        and toks[-3].word not in SPEECH_VERBS and toks[-3].word not in SCHEME_NOUNS and toks[-3].word not in POLICY_NOUNS


#: Verbs of a body's selling itself ("markets itself as “…”": a slogan, not words said).
SELF_PROMOTION_VERBS = frozenset("""
market markets marketed marketing bill bills billed billing brand brands branded branding tout touts touted
position positions positioned pitch pitches pitched promote promotes promoted advertise advertises advertised
""".split())

#: Verbs of speech that may stand before "on" and a programme's title ("said on", "told X on"), and
#: verbs of speech that never take "on" as their own particle ("conceded on", "acknowledged on"; never
#: "insisted on", "focused on").
ON_AIR_VERBS = frozenset("""said says saying told tells telling spoke speaks acknowledged acknowledges conceded concedes
admitted admits argued argues claimed claims predicted predicts suggested suggests announced announces confirmed
confirms revealed reveals declared declares""".split())


def _cue_of_right(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a title cue of :data:`RIGHT_SENSE_CUES` with "to" right after it: a right, no title.

    >>> from quotesearch.tokens import tokenize
    >>> _cue_of_right(tokenize("they were entitled to"), 2), _cue_of_right(tokenize("a film entitled"), 2)
    (True, False)
    """
    return toks[k].word in RIGHT_SENSE_CUES and k + 1 < len(toks) and toks[k + 1].word == "to"


def _titled_story(toks: list[Token]) -> bool:
    """A naming verb and the story it names, owned or set, right before the mark: a headline, never
    speech (‘The Telegraph headlined its report “…”’, ‘titled the piece “…”’, ‘headlined its front
    page “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _titled_story(tokenize("The Telegraph headlined its report")), _titled_story(tokenize("He told its reporter"))
    (True, False)
    """
    for k in range(max(0, len(toks) - 4), len(toks) - 2):
        if toks[k].word in TITLE_CUES and toks[k].word not in CALL_VERBS \
                and (toks[k + 1].word in POSSESSIVES or toks[k + 1].word == "the") \
                and all(x.word in STORY_NOUNS for x in toks[k + 2:]):
            return True
    return False


def _gloss_lead(toks: list[Token], before: str = "") -> bool:
    """The words before the mark gloss a word with its meaning or its translation, set off or after
    "which" (‘Hrim, meaning “thunder”’, ‘Sahel, which means “shore”’, ‘(translated as “shore”)’), or
    after a language (‘Ukrainian for “thunder”’); never what a speaker meant (‘he meant “never”’)."""
    if len(toks) >= 2 and toks[-1].word in ("meaning", "means") and toks[-2].text in (",", "(", "which"):
        return _gloss_term_before(before)
    if _name_means_lead(toks):
        return True  # a name's meaning, with no one speaking: ‘Hayabusa – the name means “peregrine falcon”’,
        # ‘a line whose name means “pearl”’ (never ‘Okafor said the name means “everything to my family”’)
    if len(toks) >= 3 and toks[-1].word == "as" and toks[-2].word in GLOSS_WORDS and toks[-3].text in (",", "(", "which"):
        return _gloss_term_before(before)
    return len(toks) >= 2 and toks[-1].word == "for" and toks[-2].capitalized and (
        toks[-2].word in DEMONYMS or (toks[-2].word in GLOSS_LANGUAGES and not (len(toks) >= 3 and toks[-3].capitalized)))
    # (a language's name after a capital is a surname's shape, no gloss: ‘thanked Mr Hindi for “all his
    # hard work”’, review rv83b)


#: Nouns of a name whose meaning "means" glosses (‘the name means “swallow”’).
NAME_GLOSS_NOUNS = frozenset("name word term title".split())


def _name_means_lead(toks: list[Token]) -> bool:
    """The words before the marks end with "the name means" (or "whose name means", "its title meant", "a
    name that means"), no verb of speech before: a name's meaning, glossed (‘Hayabusa – the name means’).

    >>> _name_means_lead(tokenize("Tsubame, a name that means")), _name_means_lead(tokenize("he said a name that means"))
    (True, False)
    """
    if len(toks) >= 4 and toks[-1].word in ("means", "meant") and toks[-2].word in ("that", "which") \
            and toks[-3].word in NAME_GLOSS_NOUNS and toks[-4].word in ("a", "an", "the") \
            and not any(x.word in SPEECH_VERBS for x in toks):
        return True  # (a relative clause on the name: ‘Tsubame — a name that means “swallow” —’)
    return len(toks) >= 3 and toks[-1].word in ("means", "meant") and toks[-2].word in NAME_GLOSS_NOUNS \
        and (toks[-3].word in ("the", "whose", "its", "their") or is_possessive(toks[-3])) \
        and not any(x.word in SPEECH_VERBS for x in toks)


def _gloss_term_before(before: str) -> bool:
    """What stands before ‘, meaning’ / ‘, which means’ (``before``, the text up to the mark) is a term
    to gloss: a word in capitals (‘Sokil’), a word or two in marks (‘“Stoi”, which means’), or a word
    in lower case where no one is said to speak (‘ubuntu, meaning’); never a speaker's own words
    going on (‘said the ruling was final, meaning “…”’, ‘would stay “higher for longer,” which means “…”’)."""
    m = regex.search(r"(?:[,(]\s*(?:which\s+)?|\bwhich\s+)(?:meaning|means|(?:meaning|means|translates|translated)\s+as)\s*$", before)
    if m is None:
        return True
    head = before[:m.start()].rstrip()
    if head.endswith(("”", "\"", "’")):
        o = max(head.rfind("“"), head.rfind("‘"), head[:-1].rfind("\""))
        return o < 0 or len(head[o + 1:-1].split()) <= 2
    w = regex.search(r"(\S+)$", head)
    if w is None or w.group(1)[:1].isupper():
        return True
    sentence = regex.split(r"[.!?]\s+", head)[-1]
    return not any(x.lower() in SPEECH_VERBS for x in regex.findall(r"\p{L}+", sentence))


def _marketed_as(toks: list[Token]) -> bool:
    """The words before the mark end with a verb of selling and "as", "it" or "them" between (‘which it
    markets as’, ‘sold them as’): what follows is the thing's name when the marks hold one in Title Case.

    >>> from quotesearch.tokens import tokenize
    >>> _marketed_as(tokenize("a savings plan, which it markets as")), _marketed_as(tokenize("sold them as"))
    (True, True)
    >>> _marketed_as(tokenize("she described it as")), _marketed_as(tokenize("the markets"))
    (False, False)
    >>> _marketed_as(tokenize("described the stock market as")), _marketed_as(tokenize("which Kestrel markets as"))
    (False, True)
    """
    if len(toks) < 2 or toks[-1].word != "as":
        return False
    v = len(toks) - 2
    if toks[v].word in ("it", "them") and v > 0:
        v -= 1
    elif toks[v].word in MARKETING_NOUN_FORMS and v > 0 and toks[v - 1].word not in MARKETING_SUBJECT_WORDS \
            and not toks[v - 1].capitalized:
        return False  # (a noun, the thing described: ‘described the stock market as “Wall Street's Casino”’,
        # ‘the company's marketing as “Deeply Misleading”’ quote the one describing; rv24)
    return toks[v].word in MARKETING_VERBS


#: Nouns of a line a body prints or broadcasts about itself (‘the company’s motto, “…”’, ‘its slogan is
#: “…”’): the line's words, no one's speech. Never "mantra" nor "message", often a person's words, nor
#: "slogan": a campaign's slogan is its words in real news (‘Clinton’s campaign slogan is “…”’) (w76a).
#:
#: >>> "tagline" in SLOGAN_NOUNS, "mantra" in SLOGAN_NOUNS
#: (True, False)
SLOGAN_NOUNS = frozenset("motto mottos tagline taglines strapline catchphrase jingle slogan slogans".split())

#: Slogans' nouns whose words may follow with no mark between, after an owner's determiner (‘famous for
#: her catchphrase “…”’, ‘under its tagline “…”’); never a bare "slogan", whose words a speaker may be
#: raising (‘raising his slogan “…”’: a link or "is" after it is needed).
#:
#: >>> "catchphrase" in UNLINKED_SLOGAN_NOUNS, "slogan" in UNLINKED_SLOGAN_NOUNS
#: (True, False)
UNLINKED_SLOGAN_NOUNS = SLOGAN_NOUNS - frozenset("slogan slogans".split())

#: Marks between a slogan's noun and its words (‘motto, “…”’, ‘tagline — “…”’, ‘slogan: “…”’).
#:
#: >>> "—" in SLOGAN_LINKS, "“" in SLOGAN_LINKS
#: (True, False)
SLOGAN_LINKS = frozenset(", : — – -".split())


def _slogan_named(toks: list[Token]) -> bool:
    """The words before the mark end with a slogan's noun (:data:`SLOGAN_NOUNS`) after a possessive or an
    article, then "is"/"was" or a comma, a colon or a dash, with "for the" and a noun or two between
    too: the slogan's words, printed, no one's speech (‘Swiftdrop’s tagline is “…”’, ‘The company’s
    motto, “…,”’, ‘its tagline for the device — “…”’, w76a); never a slogan someone is said to use
    without the noun right before (‘she told the crowd, “…”’).

    >>> _slogan_named(tokenize("Swiftdrop’s tagline is")), _slogan_named(tokenize("The company’s motto,"))
    (True, True)
    >>> _slogan_named(tokenize("Talon’s tagline for the device —")), _slogan_named(tokenize("the motto chanted by"))
    (True, False)
    >>> _slogan_named(tokenize("Its slogan,")), _slogan_named(tokenize("famous for her catchphrase"))
    (True, True)
    >>> _slogan_named(tokenize("raising his slogan")), _slogan_named(tokenize("the catchphrase"))
    (False, False)
    >>> _slogan_named(tokenize("Jane Roe’s campaign slogan is")), _slogan_named(tokenize("the party’s slogan,"))
    (False, True)
    >>> _slogan_named(tokenize("Senator Ray Colton repeated his slogan,"))
    False
    """
    k = len(toks) - 1
    linked = k >= 0 and (toks[k].word in ("is", "was") or toks[k].text in SLOGAN_LINKS)
    if linked:
        k -= 1
    elif k >= 1 and toks[k].word in UNLINKED_SLOGAN_NOUNS and toks[k].text.islower() \
            and toks[k - 1].word in ("its", "their", "his", "her", "our"):
        return True  # (an owner's catchphrase right before its words: ‘famous for her catchphrase “…”’, w110a)
    if k >= 3 and toks[k - 2].word == "for" and toks[k - 1].word in ("the", "its", "their", "a"):
        k -= 3
    elif k >= 4 and toks[k - 3].word == "for" and toks[k - 2].word in ("the", "its", "their", "a"):
        k -= 4
    if k < 1 or toks[k].word not in SLOGAN_NOUNS or k == len(toks) - 1:
        return False
    d = toks[k - 1]
    if toks[k].word in ("slogan", "slogans") and any((is_possessive(t) and t.capitalized) or t.word in ("his", "her", "their", "our")
                                                     for t in toks[max(0, k - 3):k]):
        return False  # (a named one's slogan is theirs, as PolNeAR annotates it: ‘Hillary Clinton’s campaign slogan
        # is “…”’, ‘Donald Trump's signature slogan, “…”’, ‘Senator X repeated his slogan, “…”’ (w110a guard); a firm's,
        # a party's or a troop's in lower case is printed words)
    return d.word in ("the", "its", "their", "a", "an", "his", "her", "our") or is_possessive(d) \
        or (k >= 2 and (toks[k - 2].word in ("the", "its", "their") or is_possessive(toks[k - 2])) and d.text.islower())


#: Verbs of selling a thing under a name (‘marketed as’, ‘bills herself as’): what follows is its
#: name or its pitch, no one's speech (w76a). Never "touted", "pitched" or "promoted", whose
#: words may be quoted speech (‘touted as “historic” by the governor’).
#:
#: >>> "billed" in PROMOTED_AS_VERBS, "touted" in PROMOTED_AS_VERBS
#: (True, False)
PROMOTED_AS_VERBS = frozenset("""market markets marketed bill bills billed brand brands branded advertise advertises
advertised""".split())


def _promoted_as(toks: list[Token]) -> bool:
    """The words before the mark end with a selling verb of :data:`PROMOTED_AS_VERBS` and "as", in the
    passive (‘units that had been marketed as “…”’), with a reflexive object (‘bills herself online as
    “…”’), or in a relative clause of the seller (‘the device it markets as “…”’, ‘which the restaurant
    bills as a “…”’), never a person's office (‘which the governor bills as’): the thing's pitch, whatever
    its case (w76a).

    >>> _promoted_as(tokenize("units that had been marketed as")), _promoted_as(tokenize("who bills herself online as"))
    (True, True)
    >>> _promoted_as(tokenize("the device it markets as")), _promoted_as(tokenize("which the restaurant bills as a"))
    (True, True)
    >>> _promoted_as(tokenize("the senator billed the plan as")), _promoted_as(tokenize("the stock markets as"))
    (False, False)

    A person's office as the seller is one giving the words (‘which the governor bills as “…”’):
    >>> _promoted_as(tokenize("a tax cut, which the governor bills as"))
    False
    """
    k = len(toks) - 1
    if k >= 0 and toks[k].word in ("a", "an", "the"):
        k -= 1
    if k < 2 or toks[k].word != "as":
        return False
    k -= 1
    while k > 0 and (toks[k].word == "online" or (toks[k].word.endswith("ly") and toks[k].text.islower())):
        k -= 1
    if toks[k].word in THIRD_PERSON_SELVES:
        return k > 0 and toks[k - 1].word in PROMOTED_AS_VERBS
    if toks[k].word not in PROMOTED_AS_VERBS:
        return False
    if toks[k - 1].word in BE_FORMS or toks[k - 1].word == "be":
        return True
    return toks[k - 1].word == "it" or (k >= 3 and toks[k - 3].word in ("which", "that")
                                        and toks[k - 2].word in ("the", "its") and toks[k - 1].text.islower()
                                        and not _person_noun(toks[k - 1].word))


def is_title_context(toks: list[Token], sentence=None, short_name: bool = True, title_case: bool = False,
                     nickname: bool = False, handle: bool = False, one_word: bool = False,
                     definite_name: bool = False, before: str = "", place_name: bool = False,
                     inner_the: bool = False, crew_judged: bool = False, joined: bool = False,
                     bare_term: bool = False, said_after: bool = False) -> bool:
    """Words right before the mark that make it a title or a scare quote ("so-called", "titled");
    ``sentence()`` gives the sentence's tokens up to the mark, when the words by it are too few;
    ``short_name``: the marks hold what may be a name (a few words, no cry, nothing named after
    them), for "its model, called “Aurora-7”," (never "ran to the window, called “Help us!”");
    ``nickname``: the marks hold what reads as a nickname ("Mr. Walt", "Doc", "Little Marco");
    ``handle``: one word an online handle may be ("cyb3rfox", "Nyx_Ops"); ``one_word``: the marks
    hold one word ("goes by “mossy”"); ``definite_name``: "the" and a capitalised word or two ("the
    Wonky", "The Settler"); ``place_name``: "the" and lower-case words ending in a place's noun (RE_PLACE_NICKNAME:
    "the herb road", "the golden mile"); ``inner_the``: the marks open with "the" ("the sweatbox");
    ``bare_term``: the marks hold a bare lower-case term of a few words, no article, no comma ("quiet
    enjoyment"), which "entitled to" still sets off as a term, no one's words (review rv71c)."""
    if title_case and _marketed_as(toks):
        return True  # a product's or a programme's name: ‘which it markets as “Carewell Plus”’
    if (_slogan_named(toks) and not said_after) or _promoted_as(toks):
        return True  # a motto's or tagline's words, a thing's pitch: ‘its motto, “Ask the driver,”’, ‘marketed as “luxury
        # living”’ (w76a); never a motto one is quoted giving, a verb of speech after the marks in their sentence
        # (‘Our motto is “Nobody eats alone,” Quiñones said’, ``said_after``, review rv76a)
    if short_name and (_referred_to_as(toks, inner_the) or (
            sentence is not None and len(toks) >= 4 and ((toks[-1].word == "the" and toks[-2].word == "as") or (
                inner_the and toks[-1].word == "as")) and (any(t.word in REFER_VERBS for t in toks[-5:])
                                                          or before.find("referred to ", len(before) - 60) >= 0)
            and _referred_to_as(sentence(), inner_the))):  # (the whole sentence when the
        # words by the mark are too few for the group: ‘executives across the industry now refer to as the’, or for
        # a field between: ‘widely referred to in the industry as the’)
        return True  # ‘commonly referred to as “the pit”’, ‘a protocol nurses refer to as the “two touch” rule’
    if short_name and (inner_the or (toks and toks[-1].word == "the")) and sentence is not None \
            and any(t.word in CALL_VERBS or t.word in REFER_VERBS for t in toks[-7:]) and _trade_term_lead(sentence(), inner_the):
        return True  # a trade's term for a thing, its subject a discipline's plural: ‘Economists call this the
        # “rockets and feathers” effect’, ‘Brokers privately refer to the backlog as the “rate cliff”’ (never
        # ‘Opponents call it the “…”’, a side's words)
    if len(toks) >= 3 and toks[-1].word in ("a", "an", "the") and toks[-2].word == "as":
        toks = toks[:-1]  # ("known on Capitol Hill as a “vote-a-rama”", as "known as “…”")
        if sentence is not None:
            whole = sentence
            sentence = lambda: whole()[:-1]  # noqa: E731
    for k, t in enumerate(toks[-2:], len(toks) - 2):
        if t.word in TITLE_CUES and t.word not in CALL_VERBS and not (_cue_of_right(toks, k) and not bare_term) and not (
                t.word == "named" and not title_case and k > 0 and toks[k - 1].word in ("be", "been", "being")) \
                and not (t.word in BRANDING_VERBS and k == len(toks) - 1 and not title_case
                         and _describes(sentence() if sentence is not None else toks, 1)
                         and _branded_thing_is_scheme(sentence() if sentence is not None else toks)):
            return True  # (but ‘a successor would be named “in due course.”’: appointed; ‘a scheme that
            # the minister branded “a shambles”’ is the minister's, as ‘which he described as’ is his)
        if t.word in ("called",) and len(toks) >= 2 and (
                toks[-2].word in ("so", "a", "an", "the", "is", "was", "are", "were") or (
                    toks[-2].text == "," and short_name and not _relative_clause(sentence() if sentence else toks))):
            return True  # (a name: "her book is called “…”", "its model, called “Aurora-7”", never "Trump
            # called it “…”" nor "which Apple's chief, Tim Cook, called “…”")
        if t.word == "called" and k == len(toks) - 1 and len(toks) >= 3 and toks[-3].word in BE_FORMS \
                and toks[-2].word in LABEL_ADVERBS:
            return True  # (an adverb between: ‘Pigs are sometimes called “mixing vessels”’)
        if t.word == "called" and k == len(toks) - 1 and inner_the and short_name \
                and any(x.word == "being" for x in toks[-3:-1]):
            return True  # (a name catching on: ‘The storm, already being called “the Easter blizzard” online,’)
    if short_name and _set_off_label(toks) and not _relative_clause(sentence() if sentence is not None else toks):
        return True  # a name a thing goes by, in a phrase set off after it: ‘the emergency docket – sometimes
        # called the “shadow docket” –’, ‘the A5, locally called “the widowmaker”,’ (never ‘who often called the
        # scheme “…”’, a clause with its subject)
    if len(toks) >= 3 and toks[-1].word == "called" and toks[-2].text.isalpha() and toks[-2].text.islower() \
            and toks[-2].word not in PRONOUNS and short_name and (not _person_noun(toks[-2].word) or title_case) and any(
                words[a].word in ("a", "an") and all(x.text.replace("-", "").isalpha() and x.text.islower()
                                                     and x.word not in FUNCTION_WORDS for x in words[a + 1:-2])
                for words in [sentence() if sentence is not None and len(toks) < 7 else toks]
                for a in range(max(0, len(words) - 6), len(words) - 2)):
        return True  # "a thriller called “Night Shift”", "an app called “Nudge”", "a group chat called “…”",
        # "a sprawling family saga called “The Understudies”"
    if title_case and short_name and _own_thing_called(toks, sentence):
        return True  # the name someone gave a thing of their own: ‘a social media channel he called “Van Life
        # Diaries”’ (never his words about it: ‘a decision he called “…”’) (w65e)
    if _titled_story(toks):
        return True  # a story's headline: ‘headlined its report “…”’, ‘titled the piece “…”’
    if short_name and _gloss_lead(toks, before):
        return True  # a word's meaning: ‘the call sign Hrim, meaning “thunder.”’, ‘Ukrainian for “thunder”’
    if short_name and len(toks) >= 4 and toks[-4].word in TERM_USE_NOUNS \
            and _term_in_use(toks, sentence() if sentence is not None else toks):
        return True  # a term objected to: ‘complained about the trust's use of the term “restructuring”’
    if short_name and _term_winced_at(toks, opening=len(toks) == 3 and sentence is not None and len(sentence()) == 3):
        return True  # a term one dislikes: ‘bristles slightly at the label “kitchen-sink drama”’ (w70a; "phrase"
        # is still read as speech by a later rule here)
    if _term_lead(toks):
        return True  # "phrases like “embodied archive”", "terms such as “…”"
    words = sentence() if sentence is not None and len(toks) < 7 else toks
    if short_name and _group_term_lead(words, inner_the):
        return True  # a term a trade or a group uses, in a clause with no "that": ‘a phenomenon economists call
        # the “lock-in effect”’, ‘a ritual some players called “the sweatbox”’ (never ‘what critics call “…”’,
        # ‘a bill senators call “reckless”’, ‘a man voters call the “…”’)
    if short_name and _group_relative_calls(words, inner_the):
        return True  # the same in a relative clause: ‘the reef that Mombasa's divers have long called “the Wall”’
    if short_name and inner_the and not crew_judged and _crew_refers_to_thing(sentence() if sentence is not None else toks):
        return True  # the same with "refer to … as": ‘Employees refer to a small room on the second floor as
        # “the quiet room.”’ (never ‘Critics refer to the plan as “the …”’, a side's words)
    if short_name and (inner_the or definite_name) and not crew_judged \
            and _crew_names_thing(sentence() if sentence is not None else toks):  # (guard: never with a speaker
        # after the marks or a superlative in them: ‘Inmates call the regime “the worst yet”, a board said’)
        return True  # what people who live or serve by a thing call it: ‘Villagers call the escarpment road
        # “the ladder”’, ‘Troops have nicknamed the battalion's field kitchen “the Furnace”’
    if len(toks) >= 3 and toks[-1].word in ("headline", "heading", "title", "subtitle", "tagline", "theme", "motto") \
            and toks[-2].word == "the" and toks[-3].word in ("under", "with", "beneath"):
        return True  # a title, whatever its case: ‘wrote the post under the headline “What commitment looks like.”’,
        # ‘held this year under the theme “Hospitality Without Borders,”’
    if short_name and ("call" in before[-60:] if before else any(t.word in ("calling", "call") for t in toks[-6:])) \
            and _taken_to_calling(sentence() if sentence is not None and len(toks) < 8 else toks,
                                  named=inner_the or (bool(toks) and toks[-1].word == "the")):
        return True  # a name that has caught on, whatever its case: ‘what insiders have taken to calling the
        # “map wars,”’, ‘Residents had taken to calling the project the “invisible wall.”’
    if definite_name and any(t.word in ("call", "calls", "calling") for t in toks[-3:]):  # (never "called X “the
        # devil”": what one called someone is said)
        return True  # a name given with "the": ‘her customers call “the Wonky,”’, ‘We're calling it “The Settler.”’
    if toks and title_case and toks[-1].capitalized and toks[-1].word in NAMED_KINDS:
        return True  # a storm's or an operation's name: ‘Hurricane “Mara” strengthened’, ‘Operation “Sandstorm”’
    if toks and toks[-1].word in ("nickname", "moniker", "nicknames"):
        return True  # ‘earned him the nickname “Professor Infinity.”’
    if short_name and toks and toks[-1].word in ("was", "is") \
            and _gone_by_was(sentence() if sentence is not None and len(toks) < 8 else toks):  # (the sentence for a
        # phrase between: ‘whose nickname at her home club is’)
        return True  # ‘a former pilot whose call sign was “Deacon,”’, ‘his nickname is “the Bulldozer”’
    if len(toks) >= 2 and short_name and (toks[-1].word in HANDLE_NOUNS or toks[-1].word in LABEL_NOUNS) \
            and toks[-2].word in ("the", "a", "an", "his", "her", "their", "its", "whose"):
        return True  # a name one goes by online: ‘using the handle “Nyx_Ops,”’, ‘the alias “Wraith”’ (never
        # the verb: ‘can handle “big moments”’); a label's or a slogan's: ‘under the label “Cool Customer,”’
    if toks and short_name and title_case and toks[-1].word in ("alias", "aka"):
        return True  # a bare "alias" before a name, as police reports give one: ‘identified the dead only as
        # alias “Jomar,” alias “Buknoy” and a third man’
    if len(toks) >= 3 and short_name and toks[-1].word == "name" and toks[-2].word == "the" and toks[-3].word in NAME_GIVING:
        return True  # ‘an account using the name “disgruntled_affiliate.”’, ‘the calf was given the name “Juniper”’
    if len(toks) >= 3 and short_name and toks[-1].word in ("name", "names") and toks[-2].word in NAME_KIND_WORDS \
            and (toks[-3].word in ("the", "a", "an", "its", "their", "his", "her") or is_possessive(toks[-3])):
        return True  # a name of a kind: ‘to be sold under the brand name “Thalivra,”’, ‘the code name “Falcon Ridge”’
    if len(toks) >= 2 and short_name and toks[-1].text == ":" and toks[-2].word in ("name", "names", "nickname", "moniker"):
        return True  # ‘The giraffe finally has a name: “Biscuit.”’
    if len(toks) >= 3 and toks[-1].word == "as" and toks[-2].word.endswith("ly") and toks[-3].word in TITLE_CUES \
            and toks[-3].word not in CALL_VERBS:
        return True  # ‘known internally as “Projekt Blitz.”’
    if short_name and _classed_as(toks):
        return True  # a category of a scheme: ‘for the country to be classified as “low risk”’
    if len(toks) >= 2 and (title_case or handle or (
            (toks[-2].word in ("goes", "go") or (len(toks) >= 3 and toks[-3].word == "who" and toks[-1].word == "as"))
            and (one_word or (short_name and len(toks) >= 3 and toks[-3].word == "who")))) \
            and toks[-1].word in ("by", "as") and toks[-2].word in GOES_BY_VERBS:
        return True  # ‘who goes by “cyb3rfox” online’, ‘who goes by “lil tide,”’, ‘who plays as “Tempest,”’, ‘who
        # moderates as ‘kestrelmod’’, ‘a user who posts as “quietgrackle”’
        # (never ‘went by “like nothing”’, ‘time goes by “so fast”’, ‘would go by “the rules”’)
    if len(toks) >= 3 and (title_case or handle) and toks[-1].word == "as" and any(x.word in TRACK_VERBS for x in toks[-5:-1]):
        return True  # what researchers call a group: ‘Sentrix tracks the group as “Jade Harbor.”’
    if len(toks) >= 2 and (title_case or handle) and any(x.word in DUBBING_VERBS for x in toks[-4:-1]) \
            and toks[-1].text.isalpha() and toks[-1].word not in FUNCTION_WORDS:
        return True  # ‘dubbed the vulnerability “SocketSpy.”’ (never ‘dubbed the ruling “outrageous”’)
    c = len(toks) - 2 if toks and toks[-1].word in ("the", "a", "an") else len(toks) - 1  # (‘it calls the “Arc Pen.”’)
    if c >= 1 and short_name and title_case and toks[c].word in CALL_VERBS and (
            toks[c - 1].word == "it" or (toks[c - 1].word in BODY_NOUNS and c >= 2 and toks[c - 2].word == "the")):
        return True  # what a company calls its product: ‘software it calls “Conductor,”’, ‘an AI
        # assistant the company calls “Pia.”’ (but what a person calls something they say)
    if c >= 3 and short_name and (title_case or not joined) and toks[c].word in ("calls", "call") \
            and toks[c - 1].word in BODY_NOUNS and toks[c - 2].word == "the" and toks[c - 3].word in METHOD_NOUNS:
        return True  # a body's own name for its way of working, in use, lower case too: ‘a technique the company
        # calls “calibrated refusal,”’ (never ‘a plan the company called “a disaster”’, a verdict once, nor words
        # joined or denied in lower case, a verdict too: ‘a process the company calls “fair and rigorous”’ (rv65c))
    if len(toks) >= 2 and short_name and nickname and (
            (toks[-2].word in CALL_VERBS and toks[-1].word in ("him", "her", "them"))
            or (toks[-1].word in CALL_VERBS and _whom_calls(sentence() if sentence is not None and len(toks) < 8 else toks))):
        return True  # a nickname: ‘Children called him “Mr. Walt,”’, ‘whom everyone calls “Doc”’ (but
        # ‘called her “third-rate”’, ‘called them “Heroes,”’, ‘called them “Radical Left Lunatics”’ quote)
    if short_name and title_case and nickname and _thing_one_calls(toks):
        return True  # a thing one calls by a nickname: ‘a 1962 tractor he calls “Old Faithful”’, ‘a cat she
        # calls “Little Biscuit”’ (never ‘what he calls “…”’, nor ‘called him “Little Napoleon”’)
    if short_name and title_case and _habitual_calling(toks):
        return True  # a name one goes by: ‘whose teammates call him “Sparrow”’, ‘the auditor everyone here
        # calls “Tex”’ (never ‘Trump called him “Weak”’ nor ‘what critics call “Big Government”’)
    if len(toks) >= 3 and toks[-1].word in ("the", "a", "an") and toks[-2].word == "as" and toks[-3].word in ("known", "dubbed"):
        return True  # "The measure, known as the “langstudeerboete,”"
    if len(toks) >= 4 and is_possessive(toks[-1]) and toks[-1].text[:1].islower() and toks[-2].word == "the" \
            and toks[-3].word == "as" and toks[-4].word == "known":
        return True  # a thing's name in a place's or a trade's use: ‘what has become known as the country's
        # “green gold”’, ‘known as the industry's “hidden tax”’ (w61f)
    if len(toks) >= 2 and toks[-1].word in BODY_REFLEXIVES and toks[-2].word in CALL_VERBS:
        return True  # a label one gives oneself: ‘which calls itself “the Uber of dog walking”’
    if len(toks) >= 2 and short_name and toks[-1].word in THIRD_PERSON_SELVES and toks[-2].word in STYLE_VERBS:
        return True  # ‘who styled himself “the Closer”’
    if len(toks) >= 3 and short_name and toks[-1].word == "as" and toks[-2].word == "itself" \
            and (toks[-3].word in SELF_PROMOTION_VERBS or (toks[-3].word == "to" and len(toks) >= 4
                                                          and toks[-4].word in REFER_VERBS)):
        # (‘refers to itself as “the resistance”’; never ‘the agency described itself as “deeply troubled.”’)
        return True  # ‘which markets itself as “the Gateway to Yellowstone”’
    if len(toks) >= 4 and short_name and toks[-1].word in ("the", "a", "an") and any(
            x.word in ("dubbed", "nicknamed") for x in toks[-5:-2]) \
            and not any(x.word in SPEECH_VERBS or x.text in ",;" for x in toks[-4:-1] if x.word not in TITLE_CUES):
        return True  # what one has dubbed something: ‘Bild has dubbed the bill the “heating hammer,”’
    words = (sentence() if sentence is not None else toks)[-6:-1] if len(toks) >= 2 and (
        title_case or place_name or (inner_the and short_name and _place_before_which(sentence() if sentence is not None else toks))) else []
    w = next((w for w in range(len(words) - 1, -1, -1) if words[w].word == "which"
              or (place_name and words[w].word == "that")), None)  # (a place's name in lower case after "that":
    # ‘the stretch of road that farmers have long called “the herb road”’; never ‘a plan that critics called “…”’)
    if w is None and len(toks) >= 3 and toks[-1].word == "calling" and toks[-2].word == "to" and toks[-3].word == "taken":
        words = (sentence() if sentence is not None else toks)[-8:-3]  # (‘which ministers have taken to calling’)
        w = next((w for w in range(len(words) - 1, -1, -1) if words[w].word == "which"), None)
    if w is not None and short_name and toks[-1].word in CALL_VERBS and w + 1 < len(words) \
            and all(x.text.islower() and x.word not in PRONOUNS and x.word not in ("the", "a", "an", "this", "that")
                    for x in words[w + 1:]) and any(x.word.endswith("s") for x in words[w + 1:]):  # (people by a
        # plural noun: ‘which truckers have long called’, never ‘which the senator called “Fake News.”’)
        return True  # a place's name: ‘the corridor, which truckers have long called “Fog Alley.”’
    if len(toks) >= 4 and short_name and title_case and toks[-1].word == "as" and toks[-2].word in ("him", "her", "them") \
            and toks[-3].word == "to" and toks[-4].word in REFER_VERBS:
        return True  # a name others give: ‘Some progressives still refer to him as “Mr. Pipeline”’
    v = next((v for v in range(len(toks) - 2, max(-1, len(toks) - 7), -1) if toks[v].word in SPEECH_VERBS
              or toks[v].word in ON_AIR_WORDS), None) if len(toks) >= 2 and toks[-1].word == "on" else None
    if len(toks) >= 2 and short_name and title_case and toks[-1].word == "on" and v is not None \
            and (toks[v].word in ON_AIR_WORDS or toks[v].word in ON_AIR_VERBS) \
            and all(x.capitalized or x.text in "’'" or x.word in TIME_WORDS or x.word in NOT_NAMES or x.word in AUXILIARIES
                    or x.word in ("with", "the") for x in toks[v + 1:-1]):  # (‘in an interview with CBS on “Face the Nation”’)
        # (‘Hale said on “Fox and Friends.”’, ‘in an interview on’; never ‘said he was focused on “Jobs,
        # Jobs, Jobs.”’, ‘Lee insisted on “Tough Love.”’, ‘In an interview, Lee insisted on’)
        return True  # a programme's title: ‘Tolliver told host Rick Damone on “The Damone Hour.”’
    if short_name and title_case and len(toks) == 1 and toks[0].text == "On" and sentence is not None and len(sentence()) == 1:
        return True  # a programme's or a work's title opening its sentence after "On": ‘On “The Week in
        # Westminster,” the deputy leader said …’, ‘On “Abbey Road” the band …’ (no one's words)
    if len(toks) >= 3 and toks[-1].word in ("the", "a", "an") and toks[-2].word in BODY_REFLEXIVES and toks[-3].word in CALL_VERBS:
        return True  # ‘called itself the “Midnight Pharmacists”’
    if len(toks) >= 2 and toks[-1].word == "as":
        words = sentence() if sentence is not None and len(toks) < 10 else toks  # (the phrase may be long)
        k = next((k for k in range(len(words) - 3, max(-1, len(words) - 10), -1)
                  if words[k].word in ("known", "reputation")), None)
        if k is not None and toks[-2].word not in ("known", "billed", "dubbed", "described") and (
                words[k + 1].word in KNOWN_AS_LEADS or words[k].word == "reputation") and not any(
                x.word == "as" or x.text == ";" or x.word in SPEECH_VERBS or (x.word.endswith("ed") and len(x.word) > 4)
                for x in words[k + 1:-1]):  # (never ‘a reputation as a reformer, described the budget as “…”’;
            # but ‘known locally, and affectionately, as’)
            return True  # ‘known to fans as “Boom,”’, ‘known on the county circuit as “the Professor,”’,
            # ‘a reputation among promoters as “…”’ (never ‘who had known Ortiz, described him as “…”’)
    if len(toks) >= 2 and short_name and title_case and toks[-1].word == "as" and toks[-2].word in SELLING_PARTICIPLES:
        return True  # a brand a thing is sold under: ‘a sheep's cheese sold as “Mountain Gold.”’
    if len(toks) >= 2 and toks[-1].word == "as" and toks[-2].word in ("known", "billed", "dubbed", "described"):
        # (but ‘which he described as “…”’ quotes the one describing: a relative clause with its
        # subject before the verb; ‘was widely described as’, ‘a man described as’ label)
        return toks[-2].word != "described" or not _describes(sentence() if sentence is not None else toks)
    return False


def _whom_calls(toks: list[Token]) -> bool:
    """"whom", its subject and "call" (‘whom everyone calls’, ‘whom defence solicitors have long called’),
    with no comma or verb of speech between: a relative clause naming one the sentence is about.

    >>> from quotesearch.tokens import tokenize
    >>> _whom_calls(tokenize("whom defence solicitors have long called")), _whom_calls(tokenize("whom, he said, they called"))
    (True, False)
    """
    w = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 8), -1) if toks[k].word == "whom"), None)
    if w is None or any(x.text in ",;:" or x.word in SPEECH_VERBS for x in toks[w + 1:-1]):
        return False
    if w >= len(toks) - 4:
        return True  # (right before: ‘whom everyone calls’, as ever)
    return not (toks[w + 1].word in ("he", "she", "i", "we", "you") or toks[w + 1].text[:1].isupper())  # (one
    # person's long-used epithet is that person's words: ‘Putin, whom he has for months called “the Terrorist of
    # the Kremlin”’; a group's name for one is a nickname: ‘whom defence solicitors have long called “the Hangman”’)


def _gone_by_was(toks: list[Token]) -> bool:
    """A name one goes by, its noun owned by one and "was" or "is" right before the marks (‘whose call sign
    was “Deacon,”’, ‘his nickname is “Doc”’): the name, never words said (never ‘his answer was “no”’).

    >>> from quotesearch.tokens import tokenize
    >>> _gone_by_was(tokenize("a pilot whose call sign was")), _gone_by_was(tokenize("Her nickname is"))
    (True, True)
    >>> _gone_by_was(tokenize("his answer was")), _gone_by_was(tokenize("the nickname was"))
    (False, False)
    >>> _gone_by_was(tokenize("whose nickname at her home club is")), _gone_by_was(tokenize("his answer at the hearing was"))
    (True, False)
    """
    if len(toks) < 3 or toks[-1].word not in ("was", "is"):
        return False
    k = len(toks) - 2
    p = next((p for p in range(k, max(0, k - 5), -1) if toks[p].word in GONE_BY_PLACE_PREPOSITIONS), None)
    if p is not None and p >= 2 and toks[p - 1].word in GONE_BY_NOUNS \
            and all(x.text.isalpha() and not x.capitalized or x.word in ("his", "her", "their", "the") for x in toks[p + 1:k + 1]):
        k = p - 1  # (past a short phrase of where the name is used: ‘whose nickname at her home club is’)
    if not (toks[k].word in GONE_BY_NOUNS or (toks[k].word == "sign" and toks[k - 1].word == "call")):
        return False
    k -= 2 if toks[k].word == "sign" else 1
    return k >= 0 and (toks[k].word in ("whose", "his", "her", "their", "its") or is_possessive(toks[k]))


#: Marks that set off a phrase after a noun (‘the docket – sometimes called’, ‘the A5, locally called’).
SET_OFF_MARKS = frozenset(", – — (".split())


def _set_off_label(toks: list[Token]) -> bool:
    """The words before the marks are a phrase set off by a comma, a dash or a bracket that opens with an
    adverb of labelling and "called", an article optional after it: the name a thing goes by, which no one
    says (‘the emergency docket – sometimes called the’, ‘the A5, locally called’; never ‘who often called
    the’, nor ‘, called’ with no adverb, which the rule of a plain "called" reads).

    >>> from quotesearch.tokens import tokenize
    >>> _set_off_label(tokenize("the emergency docket – sometimes called the")), _set_off_label(tokenize("the A5, locally called"))
    (True, True)
    >>> _set_off_label(tokenize("Boateng, who often called the"))
    False
    """
    k = len(toks) - 1 - (bool(toks) and toks[-1].word in ("the", "a", "an"))
    return k >= 3 and toks[k].word == "called" and toks[k - 1].word in LABEL_ADVERBS and toks[k - 2].text in SET_OFF_MARKS


def _place_before_which(words: list[Token]) -> bool:
    """The words before the mark hold a place's name set off before "which", its last word a place's
    noun (‘Mill Lane, which villagers have long called’, ‘Kangundo Road, which drivers call’): what they
    call it with "the" is its nickname (‘“the rat run”’), never a judgment of a plan or a budget."""
    w = next((w for w in range(len(words) - 2, max(1, len(words) - 8), -1) if words[w].word == "which"), None)
    return w is not None and words[w - 1].text == "," and words[w - 2].capitalized and words[w - 2].word in PLACE_NICKNAME_HEADS

#: Nouns of words and phrases: what they name in marks is a term, never speech ("phrases like “…”").
TERM_NOUNS = frozenset("phrases phrase terms term words word expressions expression slogans labels buzzwords".split())

#: Words that open a clause whose object the quotation may be: ‘which X, the CEO, called “…”’.
RELATIVE_OBJECTS = frozenset("which what whom".split())

#: Verbs of making or keeping a thing of one's own just before "a <noun> he called" (‘started a podcast she
#: called “…”’, ‘set up a charity he called “…”’): the thing's name, never a judgment of someone else's
#: (‘attacked a fund he called “A Total Scam”’) (review rv65e).
#:
#: >>> "launched" in OWN_MAKING_WORDS, "attacked" in OWN_MAKING_WORDS
#: (True, False)
OWN_MAKING_WORDS = frozenset("""start started starts starting launch launched launches launching found founded
founds founding co-founded cofounded form formed forms forming create created creates creating open opened opens
opening begin began begun begins beginning establish established establishes run ran runs running build built
builds building host hosts hosted hosting have has had having own owns owned""".split())


def _own_thing_called(toks: list[Token], sentence=None) -> bool:
    """The words before the marks end with "a <thing> he called" (:data:`OWN_NAMED_THING_NOUNS`, the subject one of
    :data:`CALLER_PRONOUNS`), the thing one the subject made or keeps (:data:`OWN_MAKING_WORDS`, or "set up");
    ``sentence()`` gives the sentence's tokens up to the mark, when the words are too few.

    >>> _own_thing_called(tokenize("She started a podcast she called")), _own_thing_called(tokenize("He attacked a fund he called"))
    (True, False)
    """
    if len(toks) < 4 or toks[-1].word != "called" or toks[-2].word not in CALLER_PRONOUNS \
            or toks[-3].word not in OWN_NAMED_THING_NOUNS:
        return False
    return any(
        words[a].word in ("a", "an") and all(x.text.replace("-", "").isalpha() and x.word not in FUNCTION_WORDS
                                             for x in words[a + 1:-3])  # (a platform's name too: ‘a YouTube channel’)
        and a >= 1 and (words[a - 1].word in OWN_MAKING_WORDS or (
            a >= 2 and words[a - 1].word == "up" and words[a - 2].word in ("set", "sets", "setting")))
        # (one they made, as the name shows: ‘started a podcast he called “…”’; never one they judge:
        # ‘singled out a fund he called “A Total Scam”’, review rv65e)
        for words in [sentence() if sentence is not None and len(toks) < 7 else toks]
        for a in range(max(0, len(words) - 6), len(words) - 3))

#: Words after "known" that lead to "as" and a nickname ("known to fans as", "known locally as"), or
#: a code name for a time or a setting ("known during the trial as", "known internally as").
KNOWN_AS_LEADS = frozenset("to among by in on online locally here widely affectionately simply popularly around "
                           "throughout within across inside during at internally informally officially originally "
                           "formerly collectively colloquially".split())


#: Verbs of a style one gives oneself ("styled himself “the Closer”").
STYLE_VERBS = frozenset("styled styles styling".split())

#: Nouns before a name in marks (‘under the label “Cool Customer”’).
LABEL_NOUNS = frozenset("label brand slogan hashtag tagline banner moniker catchphrase".split())

#: Kinds of things named by a capitalised word before the name in marks (‘Hurricane “Mara”’).
NAMED_KINDS = frozenset("hurricane typhoon cyclone storm operation project codename".split())

#: Nouns before a name one goes by online or in a game (‘using the handle “Nyx_Ops”’).
HANDLE_NOUNS = frozenset("handle handles alias aliases username usernames pseudonym codename gamertag".split())

#: Verbs before "by" or "as" and a name one goes by (‘who goes by “cyb3rfox”’, ‘who plays as “Tempest”’).
GOES_BY_VERBS = frozenset("goes go went going plays played playing competes competed competing streams streamed "
                          "moderates moderated posts posted".split())

#: Verbs of researchers naming a group or a campaign before "as" (‘tracks the group as “Jade Harbor”’).
TRACK_VERBS = frozenset("tracks track tracked tracking designates designated".split())

#: Verbs that give something a name, before its object and the name (‘dubbed the flaw “SocketSpy”’).
DUBBING_VERBS = frozenset("dubbed nicknamed codenamed code-named christened".split())


def _relative_clause(toks: list[Token]) -> bool:
    """The sentence has a relative clause whose object a quotation may be: ‘which X, the CEO,
    called’, ‘a country that X called’ (never the "that" after a speech verb, nor "That rocket")."""
    return any(x.word in RELATIVE_OBJECTS or (
        x.text == "that" and i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower()
        and toks[i - 1].word not in SPEECH_VERBS) for i, x in enumerate(toks))


def _term_lead(toks: list[Token]) -> bool:
    """The words before the marks introduce terms: "phrases like", "terms such as"."""
    if len(toks) >= 3 and toks[-1].word == "as" and toks[-2].word == "such":
        return toks[-3].word in TERM_NOUNS
    return len(toks) >= 2 and toks[-1].word in ("like", "as") and toks[-2].word in TERM_NOUNS


#: Verbs before "the name" that give one (‘was given the name “Juniper”’, ‘using the name “…”’).
NAME_GIVING = frozenset("using under given gave give chose chosen picked took bears bore received".split())


#: Verbs of labelling that a title's words follow too (‘a drink branded “Zest”’), whose subject in a
#: relative clause says the words (‘a scheme that Siobhan Keane branded “a shambles”’): those that are
#: cues as well ("labelled" and "termed" are none, and their words would go to the sentence's subject).
BRANDING_VERBS = frozenset("branded labeled".split())
