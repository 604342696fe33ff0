"""Terms, not speech: words in marks that a group, a crew or a trade calls something, a term
referred to, classed or coined, a work or vessel set off, and the title context of a quotation
(is_title_context).
"""

from __future__ import annotations

import re

import regex

from quotesearch.cue_tokens import BE_FORMS, Found, sentence_ends
from quotesearch.lexicon import LazyPattern, METHOD_NOUNS, OWN_NAMED_THING_NOUNS
from quotesearch.place_words import DEMONYMS
from quotesearch.name_words import THIRD_PERSON_SELVES
from quotesearch.document_words import (
    AUTHORING_PARTICIPLES, DOCUMENT_NOUNS, SCREEN_NOUNS, SCREEN_VERBS, SET_OFF_WRITING_NOUNS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS, SCIENCE_PROFESSIONS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    GLOSS_WORDS, GONE_BY_NOUNS, GONE_BY_PLACE_PREPOSITIONS, JOB_TITLE_NOUNS, MARKETING_NOUN_FORMS, MARKETING_SUBJECT_WORDS, MARKETING_VERBS,
    MEASURE_NOUNS, MEASURE_TITLE_WORDS, NAME_KIND_WORDS, NAMING_CREWS, NICKNAMING_VERBS, OBJECTION_PREPOSITIONS,
    PERSON_LAW_NOUNS, PLACE_NICKNAME_HEADS, REMOVING_VERBS, SCHEME_NOUNS, SELLING_PARTICIPLES, SET_OFF_SCHEME_NOUNS,
    STORY_NOUNS, TERM_HISTORY_PARTICIPLES, TERM_KIND_NOUNS, TERM_DISTASTE_VERBS, TERM_OBJECTING_VERBS, TERM_REACTION_VERBS, TERM_SENSE_VERBS, TERM_USE_NOUNS, TITLE_CUES, RIGHT_SENSE_CUES, TRADE_GROUPS,
    TRADE_SUBJECTS, VESSEL_NOUNS, VOTE_WORDS,
)
from quotesearch.mentions import mention_after
from quotesearch.mention_words import DETERMINERS, Mention, POSSESSIVES, TIME_WORDS
from quotesearch.names import (
    FUNCTION_WORDS, NOT_NAMES, PARTY_WORDS, Token, gender_of, is_name_token, is_organisation, is_possessive, tokenize,
)
from quotesearch.quotes import CUE_PRONOUNS, Span, find_spans
from quotesearch.people import RE_SENTENCE_STOP
from quotesearch.nicknames import BODY_NOUNS, BODY_REFLEXIVES, RE_BY_NAME_AFTER, TERM_NAMING_NOUNS
from quotesearch.titles import (
    ON_AIR_WORDS, RE_SENTENCE_INSIDE, TELLING_WORDS, TITLE_SMALL_WORDS, _is_work_noun, _person_noun, is_title,
    names_a_work,
)
from quotesearch.naming_clauses import REFER_VERBS, _describes, _taken_to_calling


#: A speaker's own first person singular inside a quotation (‘the worst I can remember’, ‘my home’).
RE_FIRST_PERSON_SINGULAR = LazyPattern(r"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|me|my|myself|mine)(?![\p{L}’'])")


def _for_whom_first_person(text: str, b_lo: int, open_at: int, content: str) -> Mention | None:
    """The person a sentence with no cue opens with "For", when the quotation in it speaks in the first
    person singular: it is their own word for what the sentence says of them (‘For Ana Ribeiro, 79,
    who lives alone, last summer was “the worst I can remember”’, ‘For many parents, the fees are
    “more than my rent”’ is no one named). Only a person named in full, set off by a comma; never one
    whom the words speak of (‘For Chen, the law was “a blank cheque”’ has no "I")."""
    if not text.startswith("For ", b_lo) or RE_FIRST_PERSON_SINGULAR.search(content) is None:
        return None
    toks = tokenize(text, b_lo + 4, open_at)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or m.start != toks[0].start or " " not in m.text \
            or not text.startswith(",", m.end):
        return None
    return m


#: First words of nicknames (‘Mr. Walt’, ‘Doc’, ‘Mama O.’, ‘Little Marco’, ‘Big Sam’).
NICKNAME_LEADS = frozenset("""
the mr mrs ms dr doc big little lil uncle aunt auntie mama papa pops coach cap captain king queen prince princess
lady sir saint st professor prof grandpa grandma nana granny miss madam baby boss father sister brother old
""".split())


def _nickname_like(content: str) -> bool:
    """The words in marks read as a nickname: a word that opens nicknames, or a given name."""
    words = content.rstrip(",. ").split()
    if len(words) > 1 and words[0].lower() == "the":
        return words[1][:1].isupper()  # ("the Bulldozer", "The Wall"; never "the grownup on the stage")
    return bool(words) and (words[0].rstrip(".").lower() in NICKNAME_LEADS or any(gender_of(w) is not None for w in words))


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


#: Nouns of a measure one argues about, before "he calls": what follows is a judgment, not a name
#: (‘a bill she calls “Big Pharma's Wish List”’, ‘a tax he calls “Old Jersey Greed”’).
POLICY_NOUNS = frozenset("plan plans bill bills tax taxes levy law laws budget proposal proposals measure deal agenda reform reforms rule rules ban cut cuts mandate order".split())


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

    >>> from quotesearch.names import tokenize
    >>> _cue_of_right(tokenize("they were entitled to"), 2), _cue_of_right(tokenize("a film entitled"), 2)
    (True, False)
    """
    return toks[k].word in RIGHT_SENSE_CUES and k + 1 < len(toks) and toks[k + 1].word == "to"


def _titled_story(toks: list[Token]) -> bool:
    """A naming verb and the story it names, owned or set, right before the mark: a headline, never
    speech (‘The Telegraph headlined its report “…”’, ‘titled the piece “…”’, ‘headlined its front
    page “…”’).

    >>> from quotesearch.names import tokenize
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
    return len(toks) >= 2 and toks[-1].word == "for" and toks[-2].capitalized and toks[-2].word in DEMONYMS


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

    >>> from quotesearch.names import tokenize
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


def is_title_context(toks: list[Token], sentence=None, short_name: bool = True, title_case: bool = False,
                     nickname: bool = False, handle: bool = False, one_word: bool = False,
                     definite_name: bool = False, before: str = "", place_name: bool = False,
                     inner_the: bool = False, crew_judged: bool = False, joined: bool = False,
                     bare_term: bool = False) -> bool:
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

    >>> from quotesearch.names import tokenize
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

    >>> from quotesearch.names import tokenize
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

    >>> from quotesearch.names import tokenize
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


#: Quantifiers before a group that calls a thing by a name (‘a ritual some players called “the sweatbox”’).
GROUP_QUANTIFIERS = frozenset("some many most".split())


def _last_before_the(words: list[Token], inner_the: bool) -> int | None:
    """Where the words before a term's marks end, past a "the" that ends them (‘… call the’); the last
    word when the marks open with "the" themselves (``inner_the``); None when neither holds.

    >>> from quotesearch.names import tokenize
    >>> _last_before_the(tokenize("Economists call the"), False), _last_before_the(tokenize("Economists call"), False)
    (1, None)
    """
    t = len(words) - 1
    if t >= 0 and words[t].word == "the":
        return t - 1
    return t if inner_the else None


def _call_before_the(words: list[Token], inner_the: bool) -> int | None:
    """Where "call"/"calls"/"called" ends the words before a term's marks (past a "the", as
    :func:`_last_before_the` reads it), with at least four words before it; None otherwise.

    >>> from quotesearch.names import tokenize
    >>> _call_before_the(tokenize("a ritual some players called the"), False), _call_before_the(tokenize("players call the"), False)
    (4, None)
    """
    t = _last_before_the(words, inner_the)
    return None if t is None or t < 4 or words[t].word not in ("call", "calls", "called") else t


def _group_noun(t: Token) -> bool:
    """A group by a plural noun in lower case (‘economists’, ‘divers’) or one of :data:`GROUP_SUBJECTS`
    (‘staff’, ‘police’), never a pronoun or a function word (‘they’, ‘this’).

    >>> from quotesearch.names import tokenize
    >>> [_group_noun(t) for t in tokenize("divers police they Smiths")]
    [True, True, False, False]
    """
    return t.text.isalpha() and t.text.islower() and (t.word.endswith("s") or t.word in GROUP_SUBJECTS) \
        and t.word not in FUNCTION_WORDS and t.word not in PRONOUNS


def _group_term_lead(words: list[Token], inner_the: bool) -> bool:
    """The words before the marks are a thing, a group by a plural noun (or "staff", "police":
    GROUP_SUBJECTS) and "call"/"called" with no "that" (‘a phenomenon economists call the “…”’, ‘a
    ritual some players called “the …”’): the group's name for the thing, with "the" before the marks
    or opening them (``inner_the``); never a person (‘a man voters call the “…”’), never words without
    "the" (‘a bill senators call “reckless”’).

    >>> from quotesearch.names import tokenize
    >>> _group_term_lead(tokenize("and a ritual some players called"), True)
    True
    >>> _group_term_lead(tokenize("a bill senators call"), False)
    False
    >>> _group_term_lead(tokenize("and a steep, timbered slope residents call"), True)
    True
    >>> _group_term_lead(tokenize("Hall, a corrugated-iron building locals have long called"), True)
    True
    >>> _group_term_lead(tokenize("at a man voters have long called"), True)
    False
    """
    t = _call_before_the(words, inner_the)
    if t is None:
        return False
    g = t - 1  # the group: a plural noun (‘economists’, ‘players’), after "some", "many" or "most" too
    while g > 1 and (words[g].word in NAMING_AUXILIARIES or (words[g].text.isalpha() and words[g].text.islower()
                                                           and words[g].word.endswith("ly"))):
        g -= 1  # (an auxiliary or an adverb between: ‘a building locals have long called “the …”’)
    if not _group_noun(words[g]):
        return False
    n = g - 1 - (words[g - 1].word in GROUP_QUANTIFIERS)  # the thing's noun, two modifiers before it at most
    a = next((a for a in range(n - 1, max(-1, n - 5), -1) if words[a].word in ("a", "an", "the")), -1)
    # (‘a locked room staff called’, ‘a steep, timbered slope residents call’)
    return a >= 0 and n - a <= 3 + sum(x.text == "," for x in words[a + 1:n]) and words[n].text != "," and all(
        (x.text.replace("-", "").isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS)
        or (x.text == "," and k > a + 1) for k, x in enumerate(words[a + 1:n + 1], a + 1)) \
        and not _person_noun(words[n].word)


def _group_relative_calls(words: list[Token], inner_the: bool) -> bool:
    """A thing's noun, "that" or "which", a group by a plural noun (a modifier or two before it, an
    auxiliary or an adverb after it) and "call"/"called", with "the" before the marks or opening them
    (``inner_the``): the name a group gives a thing, no one's words (‘the reef that Mombasa's divers have
    long called “the Wall”’, ‘a cake, which Penang families fondly call the “…”’). Never a person (‘the
    man that voters call the “…”’), nor a clause after a verb of speech (‘said that fans call the “…”’).

    >>> from quotesearch.names import tokenize
    >>> _group_relative_calls(tokenize("the reef that Mombasa's divers have long called the"), False)
    True
    >>> _group_relative_calls(tokenize("the man that voters call the"), False)
    False
    >>> _group_relative_calls(tokenize("for the farm, which the family has long called"), True)
    True
    """
    t = _call_before_the(words, inner_the)
    if t is None:
        return False
    g = t - 1
    while g > 0 and (words[g].word in NAMING_AUXILIARIES or (words[g].text.isalpha() and words[g].text.islower()
                                                               and words[g].word.endswith("ly") and words[g].word not in NAMING_CREWS)):
        g -= 1  # (‘have long called’, ‘fondly call’; never ‘family’, no adverb)
    if not (_group_noun(words[g]) or words[g].word in NAMING_CREWS):
        return False  # (or a crew in the singular: ‘the ranch, which the family has long called “the …”’ (w61f))
    r = next((j for j in range(g - 1, max(-1, g - 4), -1) if words[j].word in ("that", "which")), -1)
    if r < 1 or any(not x.text[:1].isalpha() or x.word in SPEECH_VERBS for x in words[r + 1:g]):
        return False
    n = r - 1 - (words[r - 1].text == ",")  # the thing's noun: ‘the reef that’, ‘a cake, which’
    return n >= 1 and words[n].text.isalpha() and words[n].text.islower() and words[n].word not in FUNCTION_WORDS \
        and words[n].word not in SPEECH_VERBS and words[n].word not in CALL_VERBS and not _person_noun(words[n].word) \
        and not words[n].word.endswith(("ed", "ly"))


#: Words that may open the thing a group names (‘call the old ship’, ‘nicknamed its radar trailer’).
NAMED_THING_OPENERS = frozenset("the its their our a an this that".split())

#: Auxiliaries and adverbs between a group and its verb of naming (‘have long called’, ‘had dubbed’).
NAMING_AUXILIARIES = frozenset("have has had long".split())


def _crew_names_thing(toks: list[Token]) -> bool:
    """The words before the marks are a verb of naming and the thing it names, a short object
    opening with an article or a possessive: "call"/"calls" in the present (a name in use, never a
    call made once) after people who live or serve by the thing (:data:`NAMING_CREWS`), "dubbed"
    after anyone, or a verb that only nicknames (‘Villagers call the escarpment road’, ‘Troops have
    nicknamed the battalion's field kitchen’, ‘Gardaí have long dubbed the stretch of the M7’); the
    caller's marks hold "the" and a name. Never a person or a measure named (‘call him’, ‘call the
    bill’), never a side in a quarrel (‘Critics call the plan’).

    >>> from quotesearch.names import tokenize
    >>> _crew_names_thing(tokenize("Longtime residents call the Cobb Creek drainage"))
    True
    >>> _crew_names_thing(tokenize("Critics call the Mill Road scheme")), _crew_names_thing(tokenize("Residents called the road"))
    (False, False)
    >>> _crew_names_thing(tokenize("The family has long called the farmhouse")), _crew_names_thing(tokenize("The family has called the ruling"))
    (True, False)
    """
    n = len(toks)
    v = next((v for v in range(n - 2, max(-1, n - 9), -1) if toks[v].word in ("call", "calls", "dubbed")
              or toks[v].word in NICKNAMING_VERBS or (toks[v].word == "called" and v >= 2 and toks[v - 1].word in ("long", "always")
                                                      and toks[v - 2].word in ("have", "has", "had"))), None)
    # (and a name long in use: ‘The family has long called the farmhouse’ (w61f))
    if v is None or toks[v + 1].word not in NAMED_THING_OPENERS and not is_possessive(toks[v + 1]):
        return False
    thing = toks[v + 1:]
    if any(not x.text[:1].isalnum() or x.word in PRONOUNS or x.word in SPEECH_VERBS or x.word in POLICY_NOUNS
           or x.word in BRANDED_SCHEME_NOUNS or x.word in ("what", "who", "whom", "as") or _person_noun(x.word)
           for x in thing if x.word not in NAMED_THING_OPENERS):
        return False  # (a person, a measure or a clause: ‘call him’, ‘dubbed the bill’, ‘call what they did’)
    if toks[v].word in NICKNAMING_VERBS or (toks[v].word == "dubbed" and v > 0 and toks[v - 1].word in NAMING_AUXILIARIES):
        return True  # (guard: a bare "dubbed" after a named side is its words: ‘The Kremlin dubbed the sanctions “…”’)
    g = v - 1
    while g >= 0 and (toks[g].word in NAMING_AUXILIARIES or toks[g].word in NAMING_ADVERBS):
        g -= 1
    return g >= 0 and toks[g].word in NAMING_CREWS and not any(x.word in ("what", "that", "which") for x in toks[max(0, g - 3):g])


#: Words that may stand before a crew that calls someone by a name in use (‘Regulars call Lowe’,
#: ‘Many locals call him’, ‘The drivers call her’).
#:
#: >>> "many" in CREW_CALLER_LEADS, "critics" in CREW_CALLER_LEADS
#: (True, False)
CREW_CALLER_LEADS = frozenset("the many most some local longtime".split())


def _crew_calls_person(toks: list[Token]) -> bool:
    """The words before the marks end with "<crew> call <name>" in the present: people who live or
    work by a place (:data:`NAMING_CREWS`) giving someone the name they go by, its "the" and capitals in
    the marks (‘Regulars on the hill call Lowe “the Beacon Lady,”’, ‘Patients call him “the Night Owl”’),
    with a place they are at between (up to four lower-case words); never a call made once (‘called
    him’), a side in a quarrel (‘Critics call him’), nor a clause after "what" or "that".

    >>> from quotesearch.names import tokenize
    >>> _crew_calls_person(tokenize("Regulars on the hill call Lowe")), _crew_calls_person(tokenize("Patients call him"))
    (True, True)
    >>> _crew_calls_person(tokenize("Critics call Lowe")), _crew_calls_person(tokenize("Regulars called him"))
    (False, False)
    """
    n = len(toks)
    if n < 3:
        return False
    o = n - 1  # the one called: "him", "her", or a name of one or two words
    if toks[o].word not in ("him", "her"):
        while o > 0 and is_name_token(toks[o]) and toks[o].capitalized and n - o <= 2:
            o -= 1
        o += 1
        if o >= n or o < 2 or not toks[o].capitalized:
            return False
    v = o - 1
    if toks[v].word not in ("call", "calls"):
        return False
    g = v - 1
    while g >= 0 and (toks[g].word in NAMING_AUXILIARIES or toks[g].word in NAMING_ADVERBS):
        g -= 1
    if g >= 0 and toks[g].word not in NAMING_CREWS:  # (a place they are at: ‘Regulars on the hill’)
        p = next((p for p in range(g - 1, max(-1, g - 5), -1) if toks[p].word in NAMING_CREWS), None)
        if p is None or toks[p + 1].word not in ("at", "on", "in", "of") or not all(
                x.text.isalpha() and x.text.islower() for x in toks[p + 1:g + 1]):
            return False
        g = p
    if g < 0 or toks[g].word not in NAMING_CREWS:
        return False
    return (g == 0 or toks[g - 1].word in CREW_CALLER_LEADS) and not any(x.word in ("what", "that") for x in toks[max(0, g - 3):g])


#: How far back "refer to" may stand from the "as" before the marks, past the thing referred to.
CREW_REFER_REACH = 16


def _crew_refers_to_thing(toks: list[Token]) -> bool:
    """The words before the marks (which open with "the") end with "<crew> refer to <a thing> as": people
    who live or work by a thing (:data:`NAMING_CREWS`) giving it a name in use, no one's words (‘Employees
    refer to a small room with beanbags on the second floor as “the quiet room.”’); never a person or a
    measure named, nor a side in a quarrel (as :func:`_crew_names_thing`).

    >>> from quotesearch.names import tokenize
    >>> _crew_refers_to_thing(tokenize("Staff refer to a windowless office by the lifts as"))
    True
    >>> _crew_refers_to_thing(tokenize("Critics refer to the plan as")), _crew_refers_to_thing(tokenize("Staff refer to him as"))
    (False, False)
    """
    k = len(toks) - 1
    if k < 4 or toks[k].word != "as":
        return False
    v = next((v for v in range(k - 3, max(-1, k - CREW_REFER_REACH), -1)
              if toks[v].word in ("refer", "refers") and toks[v + 1].word == "to"), None)
    if v is None or toks[v + 2].word not in NAMED_THING_OPENERS and not is_possessive(toks[v + 2]):
        return False
    if any(not x.text[:1].isalnum() or x.word in PRONOUNS or x.word in SPEECH_VERBS or x.word in POLICY_NOUNS
           or x.word in BRANDED_SCHEME_NOUNS or x.word in ("what", "who", "whom", "as") or _person_noun(x.word)
           for x in toks[v + 2:k] if x.word not in NAMED_THING_OPENERS):
        return False  # (a person, a measure or a clause: ‘refer to him as’, ‘refer to the bill as’)
    g = v - 1
    while g >= 0 and (toks[g].word in NAMING_AUXILIARIES or toks[g].word in NAMING_ADVERBS):
        g -= 1
    p = g
    while p > 0 and p > g - 4 and (toks[p].capitalized or toks[p].word == "the"):
        p -= 1  # (past the place the crew lives or works at: ‘Staff at the Royal Infirmary’, ‘Residents of Kibera’)
    if p < g and p > 0 and toks[p].word in ("at", "of", "in", "on") and toks[g].capitalized:
        g = p - 1
    return g >= 0 and toks[g].word in NAMING_CREWS and not any(x.word in ("what", "that", "which") for x in toks[max(0, g - 3):g])


def _trade_calls_thing(words: list[Token]) -> bool:
    """The words before the marks are a thing, a trade's plural and "call" (‘a side effect researchers
    call “ARIA”’, ‘a scan radiologists often call “PET-CT”’): the trade's name for the thing, with no
    "the" (the caller reads only an acronym in the marks; a judgment is never one).

    >>> from quotesearch.names import tokenize
    >>> _trade_calls_thing(tokenize("a side effect researchers call")), _trade_calls_thing(tokenize("a bill senators call"))
    (True, False)
    """
    t = len(words) - 1
    if t < 3 or words[t].word not in ("call", "calls", "called"):
        return False
    g = t - 1 - (words[t - 1].word in NAMING_ADVERBS)
    if g < 1 or words[g].word not in SCIENCE_TRADES or not words[g].text.islower():
        return False  # (guard: a trade of science only, all of them in :data:`TRADE_GROUPS`; a market's or a
        # lobby's trade calls a thing by its verdict: ‘a deal that economists call “DOA”’ is theirs)
    n = g - 1 - (words[g - 1].word in ("that", "which"))  # (‘a side effect that researchers call’)
    j = n
    while j >= 0 and j > n - 3 and words[j].text.replace("-", "").isalpha() and words[j].text.islower() \
            and words[j].word not in FUNCTION_WORDS:
        j -= 1  # (the thing's noun and its modifiers, back to its article or the words read)
    return n >= 0 and j < n and (j < 0 or words[j].word in ("a", "an", "the")) and not _person_noun(words[n].word)


#: Trades of science and medicine, whose acronyms in marks are names for things (‘researchers call “ARIA”’).
SCIENCE_TRADES = frozenset(w + "s" for w in SCIENCE_PROFESSIONS) | frozenset(
    "scientists researchers doctors physicians clinicians surgeons nurses engineers".split())


#: A gloss set off right after a term's marks: a kind of thing and the clause that says what it does
#: (‘“accelerated approval,” a pathway that lets the agency …’, ‘“ketosis”, a state in which the body …’).
RE_TERM_GLOSS_AFTER = LazyPattern(r",? (?:a|an) (?:[\p{Ll}\-]+ ){0,2}(?:" + "|".join(sorted(TERM_KIND_NOUNS))
                                  + r") (?:that|which|in which|by which|where|used|designed|meant|allowing|letting)\b")


#: How :data:`RE_TERM_GLOSS_AFTER` begins: an optional comma, a space and "a" or "an".
TERM_GLOSS_OPENINGS = (" a ", " an ", ", a ", ", an ")

#: (prefilter) :data:`RE_TERM_GLOSS_AFTER` with any lower-case word for its kind's noun (every noun of
#: TERM_KIND_NOUNS is one): every match of that pattern matches this one, which is cheap to compile, so
#: the long one is compiled only for an article that may need it.
#:
#: >>> bool(RE_GLOSS_SHAPE_AFTER.match(", a pathway that lets")), bool(RE_GLOSS_SHAPE_AFTER.match(" a deal, he said"))
#: (True, False)
RE_GLOSS_SHAPE_AFTER = LazyPattern(r",? (?:a|an) (?:[\p{Ll}\-]+ ){1,3}"
                                   r"(?:that|which|in which|by which|where|used|designed|meant|allowing|letting)\b")


def _kind_glossed_term(text: str, close_end: int, content: str) -> bool:
    """A short lower-case term in marks that a gloss after the marks defines (:data:`RE_TERM_GLOSS_AFTER`):
    the writer's term of art, no one's words; never a quotation with a person in it (‘“my pathway,” a
    route that …’)."""
    if not text.startswith(TERM_GLOSS_OPENINGS, close_end):
        return False  # (a cheap exact prefilter: :data:`RE_TERM_GLOSS_AFTER` opens with ‘, a’ or ‘ an’)
    words = content.rstrip(",. ").split()
    return 0 < len(words) <= 3 and content[:1].islower() and RE_FIRST_PERSON_SINGULAR.search(content) is None \
        and words[0].lower() not in ("a", "an", "the") \
        and not any(w.lower() in ("we", "our", "us", "you", "your") for w in words) \
        and RE_GLOSS_SHAPE_AFTER.match(text, close_end) is not None and RE_TERM_GLOSS_AFTER.match(text, close_end) is not None


#: Pronouns and determiners of the thing a group calls or refers to by a term (‘call this the “…”’).
TERM_OBJECT_WORDS = frozenset("it this that these those them such".split())

#: Adverbs of a name used in house, between "refer to" and "as" (‘a plant the firm has referred to
#: internally as “…”’): a name for a thing, never a verdict (‘privately’ is left out: ‘ministers privately
#: referred to the plan as “a fiasco”’ quotes them).
#:
#: >>> sorted(IN_HOUSE_ADVERBS)
#: ['informally', 'internally']
IN_HOUSE_ADVERBS = frozenset("internally informally".split())

#: Adverbs between a group and its verb of naming (‘Developers privately refer to’, ‘often call’).
NAMING_ADVERBS = frozenset("also often sometimes now still simply usually generally commonly typically even".split())


#: What a person brands in words of their own (‘a scheme that X branded “a shambles”’); a product a
#: maker brands is its label (‘Cigarettes that Philip Morris branded “light”’).
BRANDED_SCHEME_NOUNS = SCHEME_NOUNS | frozenset("""
plan plans bill bills proposal proposals measure measures levy levies tax taxes budget budgets deal deals law laws
reform reforms move decision decisions policy provision provisions carve-out rule rules cut cuts project projects
idea ideas package scheme rollout response review report
""".split())


def _branded_thing_is_scheme(toks: list[Token]) -> bool:
    """The noun the relative clause of "branded" hangs on (the word before "that" or "which") is a
    scheme's, a plan's or a law's, which one judges in words of one's own (never a product's label)."""
    for k in range(len(toks) - 2, max(0, len(toks) - 12), -1):
        if toks[k].word in ("that", "which", "whom"):
            return k > 0 and toks[k - 1].word in BRANDED_SCHEME_NOUNS
    return False


def _trade_term_lead(words: list[Token], inner_the: bool) -> bool:
    """The sentence before the marks is a discipline's or a trade's plural (:data:`TRADE_GROUPS`) as
    its subject, an adverb maybe, and "call" with the thing (‘Economists call this the’, ‘what traders
    call the’) or "refer to" the thing "as" (‘Developers privately refer to the problem as the’), "the"
    before the marks or opening them: the trade's term of art, no one's saying (never a side in a
    quarrel, ‘Opponents call it the “…”’, nor one person, ‘she called it the “…”’).

    >>> from quotesearch.names import tokenize
    >>> _trade_term_lead(tokenize("Economists call that the"), False), _trade_term_lead(tokenize("Critics call that the"), False)
    (True, False)
    >>> _trade_term_lead(tokenize("Shipping brokers privately refer to the backlog as the"), False)
    True
    """
    t = _last_before_the(words, inner_the)
    if t is None or t < 1:
        return False
    if words[t].word == "as":  # "refer to" the thing "as"
        r = next((k for k in range(t - 1, max(0, t - 5), -1) if words[k].word == "to" and words[k - 1].word in REFER_VERBS), None)
        if r is None:
            return False
        v, obj = r - 1, words[r + 1:t]
    elif words[t].word in ("call", "calls", "called"):
        v, obj = t, []
    else:
        v = next((k for k in range(t - 1, max(-1, t - 4), -1) if words[k].word in ("call", "calls", "called")), None)
        if v is None:
            return False
        obj = words[v + 1:t + 1]
    if obj and not ((len(obj) == 1 and obj[0].word in TERM_OBJECT_WORDS) or (
            1 < len(obj) <= 3 and obj[0].word in ("the", "this", "that", "such")
            and all(x.text.replace("-", "").isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS
                    and not _person_noun(x.word) for x in obj[1:]))):
        return False  # (the thing: ‘this’, ‘the backlog’; never a person, ‘call the minister the “…”’)
    g = v - 1
    while g >= 0 and (words[g].word in NAMING_ADVERBS or (words[g].text.islower() and words[g].word.endswith("ly")
                                                         and words[g].text.isalpha())):
        g -= 1
    if g < 0 or words[g].word not in TRADE_GROUPS or not (words[g].text.islower() or g == 0):
        return False
    if not obj:
        return g >= 1 and words[g - 1].word == "what"  # (‘what traders call the “…”’: the thing is "what")
    return True

#: Subjects of "refer to as" that are a group, whose word for a thing is its name (‘what locals refer to
#: as the “dead zone”’), a crew or a team too (‘a journey the team refers to as the “long haul”’), never one
#: speaker (‘which she referred to as “…”’); and a whole trade (‘a slump the industry still refers to as
#: the “long winter”’, w68a: the TRADE_SUBJECTS).
#:
#: >>> "locals" in GROUP_SUBJECTS, "team" in GROUP_SUBJECTS, "she" in GROUP_SUBJECTS, "industry" in GROUP_SUBJECTS
#: (True, True, False, True)
GROUP_SUBJECTS = frozenset("staff everyone people police locals residents insiders officials many some most team "
                           "crew profession".split()) | TRADE_SUBJECTS


def _where_referred(toks: list[Token], r: int) -> int | None:
    """Where "to" stands when "referred to" and "as" (at ``r``) hold between them a place or a field
    of usage, of four words at most after "in", "among", "across" or "within" (‘widely referred to in
    the industry as’, ‘referred to among traders as’): the passive's name is then read as with the
    two side by side; never one who refers to it so ("by": ‘referred to by the governor as “…”’).

    >>> from quotesearch.names import tokenize
    >>> t = tokenize("a route widely referred to in the industry as")
    >>> _where_referred(t, len(t) - 1)
    4
    """
    for k in range(r - 2, max(1, r - 6), -1):
        if toks[k].word == "to" and toks[k - 1].word == "referred":
            between = toks[k + 1:r]
            return k if between[0].word in ("in", "among", "across", "within") \
                and all(t.text.isalpha() and t.text.islower() for t in between) else None
    return None


def _referred_to_as(toks: list[Token], inner_the: bool = False) -> bool:
    """The words before the marks give what a thing is referred to as: in the passive (‘is often
    referred to as’, ‘commonly referred to as’), or by a group in a clause whose object is the thing
    and with "the" before the name (‘a protocol nurses refer to as the “…”’, ‘what locals refer to as
    the “…”’); never by one who speaks (‘which she referred to as “long overdue”’, ‘Johnson referred
    to the plan as “a disgrace”’).

    >>> from quotesearch.names import tokenize
    >>> _referred_to_as(tokenize("The area, commonly referred to as")), _referred_to_as(tokenize("which she referred to as"))
    (True, False)

    ``inner_the``: the marks open with "the" (‘which many locals refer to simply as “the Big Dry”’), as
    a "the" before them does; an adverb may stand between "to" and "as".

    >>> _referred_to_as(tokenize("which many locals refer to simply as"), inner_the=True)
    True
    >>> _referred_to_as(tokenize("the drought of 2009, still referred to locally as"), inner_the=True)
    True

    A name used inside a firm or a body (:data:`IN_HOUSE_ADVERBS`) is one whoever refers to it so:

    >>> _referred_to_as(tokenize("a site the company has referred to internally as"))
    True
    """
    r = len(toks) - 2 if toks and toks[-1].word in ("the", "a", "an") else len(toks) - 1
    if r >= 3 and toks[r].word == "as" and toks[r - 1].word in IN_HOUSE_ADVERBS and toks[r - 2].word == "to" \
            and toks[r - 3].word in REFER_VERBS:
        return True  # an in-house name, whoever gives it (‘a hub the company has referred to internally as’)
    if r >= 4 and toks[r].word == "as" and (toks[r - 1].word in NAMING_ADVERBS or toks[r - 1].word in LABEL_ADVERBS) \
            and toks[r - 2].word == "to":
        toks = toks[:r - 1] + toks[r:]  # an adverb between "to" and "as" (‘refer to simply as’, ‘referred to locally as’)
        r -= 1
    if r >= 6 and toks[r].word == "as" and toks[r - 1].word != "to":
        k = _where_referred(toks, r)  # (a place or a field between: ‘widely referred to in the industry as’)
        if k is not None:
            toks = toks[:k + 1] + toks[r:]
            r = k + 1
    if r < 3 or toks[r].word != "as" or toks[r - 1].word != "to" or toks[r - 2].word not in REFER_VERBS:
        return False
    s = toks[r - 3]
    if toks[r - 2].word == "referred" and (s.word in BE_FORMS or s.word in LABEL_ADVERBS or s.text == "," or (
            s.word in NAMING_ADVERBS and r >= 4 and (toks[r - 4].text == "," or toks[r - 4].word in BE_FORMS))):
        return True  # (the passive: ‘is often referred to as’, ‘The area, referred to as’, ‘the drought of 2009,
        # still referred to locally as’ (w61f))
    q = _group_before_refer(toks, r - 3)  # (past an adverb and a group's field: ‘executives across the
    s = toks[q]  # sector now refer to as the’)
    the_name = (r < len(toks) - 1 and toks[-1].word == "the") or (r == len(toks) - 1 and inner_the)
    if not the_name or q < 1 or not (s.text.isalpha() and s.text.islower()) \
            or s.word in PRONOUNS or not (s.word in GROUP_SUBJECTS or s.word.endswith("s")):
        return False
    if q >= 2 and toks[q - 1].word in GROUP_QUANTIFIERS:  # (some, many, most)
        q -= 1  # (how much of the group: ‘which many locals refer to as’)
    elif q >= 2 and toks[q - 1].word in ("the", "its", "their", "our") and not s.word.endswith("s"):
        q -= 1  # (a crew or a team with its article: ‘a journey the team refers to as the’)
    o = toks[q - 2] if q >= 2 and toks[q - 1].word == "that" else toks[q - 1]  # the thing referred to: ‘what’, or a noun with no "that" (‘a protocol nurses refer to as’)
    return o.word in ("what", "which") or (o.text.isalpha() and o.text.islower() and o.word not in FUNCTION_WORDS
                                and o.word not in PRONOUNS and not _person_noun(o.word))


#: Prepositions of the field a group works in, after the group (‘executives across the sector’).
FIELD_PREPOSITIONS = frozenset("across in throughout within".split())


def _group_before_refer(toks: list[Token], q: int) -> int:
    """The index of the group that refers to a thing, read back from ``q`` past adverbs (‘now’,
    ‘privately’) and the field the group works in (‘across the industry’): ‘a period executives across
    the industry now refer to as the’ gives "executives"; else ``q``."""
    while q > 1 and toks[q].text.islower() and (toks[q].word in NAMING_ADVERBS or (
            toks[q].word.endswith("ly") and toks[q].text.isalpha())):
        q -= 1
    if q > 3 and toks[q].text.isalpha() and toks[q].text.islower() and toks[q - 1].word in ("the", "their") \
            and toks[q - 2].word in FIELD_PREPOSITIONS and toks[q - 2].text.islower() and toks[q - 3].word.endswith("s"):
        q -= 3
    return q
# (and a name a group gave itself: ‘badges reading “Mrs. K’s Kids,” the name her pupils had given themselves’)
# (never ‘the label said’, ‘the brand ambassador’; ‘a term vendors use loosely’ is one, and so is ‘the “cop-watch
# committee,” a label Ocampo’s supporters later printed’, a capitalised someone who took the label up)

#: A service's or a system's noun set off after a name in marks, with up to four words before it, an
#: owner's among them: ‘“FloodWatch,” the city's free warning app’, ‘“Ushahidi,” a crisis-mapping
#: platform’ (never a speaker after it: ‘“Fine,” the system's designer said’).
RE_SYSTEM_AFTER = LazyPattern(r",?\s(?:a|an|the|its|his|her|their|our) (?:[\p{Ll}\d’'\-]+ ){0,4}"
                              r"(?:app|apps|application|system|service|platform|website|site|hotline|helpline|portal"
                              r"|chatbot|database|network|newsletter)\b(?![’']s)(?! (?:said|says|told|wrote)\b)")

#: "was" or "is" and a capitalised word right after a name in marks (‘“Doc” was Spc. Ray Okafor’).
RE_NICKNAME_IDENTIFIED = LazyPattern(r" (?:was|is) (?!I\b)\p{Lu}")


#: What a thing has come to be known as, set off after its name in marks (‘The “Harbor Point deal,” as
#: it has come to be known in Albany, was …’, ‘the “Big Dry”, as it became known’): a name, no one's words.
RE_BECAME_KNOWN_AFTER = LazyPattern(r",?\s(?:as|what) (?:it|they|these|this|the \p{Ll}+) (?:(?:has|have|had|is|are|was|were) )?"
                                    r"(?:(?:come|came|begun|began) to be |become |became |(?:\p{Ll}+ly|now|still|also) )?known\b")

#: What a group or one person styles itself, set off after its name in marks (‘the “Famous Five”, as
#: they now style themselves’, ‘the “Lagos Boys,” as they call themselves’): a name, no one's words.
#:
#: >>> bool(RE_STYLED_SELF_AFTER.match(", as they now style themselves")), bool(RE_STYLED_SELF_AFTER.match(", as they said"))
#: (True, False)
RE_STYLED_SELF_AFTER = LazyPattern(r",?\s(?:as|what) (?:he|she|they|it|we) (?:(?:now|still|also|often|like to|likes to|"
                                     r"prefer to|prefers to) )?(?:style|styles|styled|call|calls|called|dub|dubs|dubbed|"
                                     r"term|terms|termed) (?:themselves|himself|herself|itself|ourselves)\b")

#: A code name in marks: "Operation", "Exercise" or "Project" and one or two capitalised words (‘“Operation
#: Stack”’, ‘a partnership he called “Project Lockdown.”’).
#:
#: >>> bool(RE_CODE_NAME.fullmatch("Project Lockdown")), bool(RE_CODE_NAME.fullmatch("Projects matter"))
#: (True, False)
RE_CODE_NAME = LazyPattern(r"(?:Operation|Exercise|Project|OPERATION|EXERCISE|PROJECT) \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?")

#: "known" to, among or across those who know one by a name, then "as" right before the marks (‘known to
#: donors across the state as’, ‘known among colleagues as’); no clause's comma between. A span of time
#: may come first and an adverb last (‘known for years around the ward simply as’), and the ones who
#: know may be told at length (‘known to almost everyone at the motor park by the old bridge as’).
#:
#: >>> bool(RE_KNOWN_TO_AS.search("known for decades around the market simply as ")), bool(RE_KNOWN_TO_AS.search("known for years as "))
#: (True, False)
RE_KNOWN_TO_AS = LazyPattern(r"\bknown (?:for (?:\p{Ll}+ ){0,2}?(?:years|decades|months|generations|a decade|a generation) )?"
                             r"(?:to|among|across|throughout|around|in|at|inside|within) [^,.;:“”\"]{1,90} "
                             r"(?:(?:simply|only|just|affectionately|fondly|universally) )?as (?:the )?\Z")

#: Verbs of naming before "only as" (‘identified only as “Witness K”’, ‘known only as “Dave”’).
ONLY_AS_VERBS = frozenset("identified known named referred described listed identifying identifies referring refers "
                          "describing describes naming names listing lists".split())
#: The participles of :data:`ONLY_AS_VERBS` (a label given, never a speaker's description in their own words).
ONLY_AS_PASSIVE_VERBS = frozenset("identified known named referred described listed".split())  # (‘referring to him only as


#: A participle of :data:`ONLY_AS_PASSIVE_VERBS`, where or by whom, then "only as" right before the
#: marks (‘identified in court documents only as ’, ‘named by police only as ’); group 1 the participle.
#:
#: >>> RE_PASSIVE_ONLY_AS_BEFORE.search("One applicant, identified in court documents only as ").group(1)
#: 'identified'
#: >>> RE_PASSIVE_ONLY_AS_BEFORE.search("He said, in court documents, only as ") is None
#: True
RE_PASSIVE_ONLY_AS_BEFORE = LazyPattern(r"\b(" + "|".join(sorted(ONLY_AS_PASSIVE_VERBS)) + r")(?: [\p{L}\-]+){1,5} only as \Z")


#: What follows a participle of :data:`RE_PASSIVE_ONLY_AS_BEFORE` when it is a passive, where or by whom
#: (‘identified in court documents’, ‘named by police’, ‘referred to in the filing’); never an object of an
#: active verb (‘described the proposal on Tuesday only as “a work in progress”’ are her words) (review rv14).
#:
#: >>> bool(RE_PASSIVE_WHERE_OR_BY.match(" in court documents")), bool(RE_PASSIVE_WHERE_OR_BY.match(" the proposal on Tuesday"))
#: (True, False)
RE_PASSIVE_WHERE_OR_BY = LazyPattern(r"(?: to)? (?:in|by|at|on|during|within|throughout|under|from) ")


def _known_only_as(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name one is known or identified by and nothing else, or one a thing has come to be known by:
    ‘a witness identified in court only as “Witness K,” told judges’, ‘a man known only as “Dave”’, ‘The
    “Harbor Point deal,” as it has come to be known, was …’: a name in marks, never words spoken. Only
    a few words with no cry or question in them.

    >>> t = "A witness identified only as “Witness K,” told the court she fled."
    >>> _known_only_as(t, find_spans(t)[0], "Witness K,", tokenize(t, 0, t.index("“")))
    True
    """
    if len(content.split()) > 4 or content.rstrip(",. ")[-1:] in "!?":
        return False
    if sp.close_end is not None and RE_BECAME_KNOWN_AFTER.match(text, sp.close_end) is not None:
        return True
    if sp.close_end is not None and content[:1].isupper() and RE_STYLED_SELF_AFTER.match(text, sp.close_end) is not None:
        return True  # (a name, capitalised, a group styles itself: never ‘a “recovering politician,” as she
        # calls herself’, her own words for herself)
    if RE_CODE_NAME.fullmatch(content.rstrip(",.")) is not None and not (not toks and content.rstrip()[-1:] == ","):
        # (never marks opening their sentence with their own comma, a cue's quotation: ‘“Operation
        # Successful,” the surgeon texted’, ‘“Exercise Restraint,” the State Department urged’)
        return True  # (an operation's code name: ‘Hauliers warn of “Operation Gridlock”’, ‘said “Exercise
        # Cygnus” had shown gaps’)
    if RE_KNOWN_TO_AS.search(text, max(sp.para_start, sp.open_at - 140), sp.open_at) is not None:
        return True  # (a name others know one by: ‘known to friends and neighbours as “Bunny,”’)
    if not (len(toks) >= 3 and toks[-1].word == "as" and toks[-2].word == "only"):
        return False
    v = [t.word for t in toks[-6:-2] if t.word in ONLY_AS_VERBS]
    if not v and (far := RE_PASSIVE_ONLY_AS_BEFORE.search(text, max(sp.para_start, sp.open_at - 90), sp.open_at)) is not None \
            and RE_PASSIVE_WHERE_OR_BY.match(text, far.end(1)) is not None:
        v = [far.group(1)]  # (the participle beyond the words by the mark: ‘identified in court documents only as “…”’)
    return bool(v) and (any(w in ONLY_AS_PASSIVE_VERBS for w in v) or content[:1].isupper()
                        or any(c.isdigit() for c in content))  # (an active form names one only with a label:
    # ‘referring to him only as “Source 1”’; never one's own words for a thing: ‘describing the talks only as
    # “constructive”’, ‘refers to the injury only as “a knock”’)


#: An adverb of in-house use right after a name in marks (‘calling the planet “Marmalade” internally’).
#:
#: >>> bool(RE_IN_HOUSE_AFTER.match(" internally.")), bool(RE_IN_HOUSE_AFTER.match(" internal documents"))
#: (True, False)
RE_IN_HOUSE_AFTER = LazyPattern(r",? (?:" + "|".join(sorted(IN_HOUSE_ADVERBS)) + r")\b")


def _named_in_house(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name in Title Case of a word or two that someone calls a thing "internally" or "informally":
    ‘the team had been calling the planet “Marmalade” internally’ names it, says nothing (never a
    person called so, ‘calling him “Boss” internally’, nor words in lower case, ‘calling it “a mess”’).

    >>> t = "The team had been calling the planet “Marmalade” internally."
    >>> _named_in_house(t, find_spans(t)[0], "Marmalade", tokenize(t, 0, t.index("“")))
    True
    """
    words = content.rstrip(",.").split()
    if sp.close_end is None or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words) \
            or RE_IN_HOUSE_AFTER.match(text, sp.close_end) is None or len(toks) < 3:
        return False
    return toks[-3].word in ("call", "calls", "calling", "called") and toks[-2].word in ("the", "its", "their", "our") \
        and toks[-1].text.isalpha() and toks[-1].text.islower() and not _person_noun(toks[-1].word)


def _nickname_identified(text: str, sp: Span, content: str) -> bool:
    """A nickname alone in marks opening its sentence, then "was" or "is" and whom it names (‘“Sarge”
    was Sgt. Colm Byrne, who …’, ‘“Doc” is Ama Owusu, the team medic’): the writer naming who went by
    it, no one's words (never words with a comma or a stop in the marks: ‘“Enough,” was all he said’);
    the words read as a nickname or stood earlier in the article."""
    return sp.close_end is not None and content[-1:].isalpha() and len(content.split()) <= 2 \
        and (_nickname_like(content) or text.rfind(content, 0, sp.open_at) >= 0) \
        and RE_NICKNAME_IDENTIFIED.match(text, sp.close_end) is not None  # (a name met before: ‘… Sarge pulled me out’)

#: A work's noun set off after a title in marks: ‘“Stand Tall, Vermont,” a folk song her campaign
#: adopted’, ‘“Paper Boats”, her second single’, ‘“The Quiet Harbour,” a long read on …’ (a "long
#: read" only, never a bare "read": ‘“…,” their reply read’).
RE_WORK_AFTER = LazyPattern(r",?\s(?:a|an|the|its|his|her|their) (?:[\p{Ll}\d’'\-]+ ){0,2}"
                            r"(?:song|ballad|hymn|anthem|single|album|book|novel|memoir|poem|film|movie|documentary"
                            r"|play|musical|opera|painting|podcast|series|show|drama|sitcom|comedy|thriller|collection"
                            r"|novella|track|cantata|oratorio|symphony|concerto|requiem|sonata|carol|suite|textbook"
                            r"|guide|handbook|cookbook|tune|melody|lullaby|aria|jingle|shanty|essay|explainer|long[ -]?read)\b(?![’']s)"
                            r"(?! (?:said|says|told|wrote|read|writer|star|host|presenter|creator|producer|director|narrator|"
                            r"actor|actress|singer|author|anchor|co-host"
                            r"|begins|began|opens|opened|ends|ended|concludes|concluded|argues|argued|notes|noted|"
                            r"adds|added|continues|continued|warns|warned|states|stated|quotes|quoted)\b)")  # (never ‘“Not Guilty,” the podcast host said’)

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

#: Adverbs of usage between "is" and "called" (‘Pigs are sometimes called “mixing vessels”’).
LABEL_ADVERBS = frozenset("sometimes often also commonly usually generally popularly widely colloquially informally "
                          "affectionately locally officially formally simply".split())

#: Verbs that only ever name: what comes after them in marks is a name, whoever gave it.
NAMING_VERBS = frozenset("nicknamed dubbed titled entitled named known billed coined so-called".split())

#: Words after "known" that lead to "as" and a nickname ("known to fans as", "known locally as"), or
#: a code name for a time or a setting ("known during the trial as", "known internally as").
KNOWN_AS_LEADS = frozenset("to among by in on online locally here widely affectionately simply popularly around "
                           "throughout within across inside during at internally informally officially originally "
                           "formerly collectively colloquially".split())

#: Participles of putting a thing in a scheme's category, before "as" and its name (‘to be classified
#: as “low risk”’, ‘are graded as “good”’): the category's name, whoever speaks.
CLASSING_VERBS = frozenset("classified classed categorised categorized designated graded".split())


#: Words right before a classing participle that show it passive without "be": an object's pronoun or a
#: relative ("of them classed as", "most of which graded as"), never a subject ("he classified").
REDUCED_PASSIVE_OBJECTS = frozenset("them which whom".split())


def _classed_as(toks: list[Token]) -> bool:
    """The words before the marks put a thing in a category, in the passive: a form of "be" (and an
    adverb or two) before a :data:`CLASSING_VERBS` participle and "as" (‘be classified as “low risk”’,
    ‘was officially designated as “critical”’); never one who classes it (‘he classified the attack as
    “terrorism”’), whose words they are.

    >>> from quotesearch.names import tokenize
    >>> _classed_as(tokenize("for it to be classified as")), _classed_as(tokenize("he classified it as"))
    (True, False)
    >>> _classed_as(tokenize("30 per cent of them classed as")), _classed_as(tokenize("the inspectors graded as"))
    (True, False)
    """
    if len(toks) < 3 or toks[-1].word != "as" or toks[-2].word not in CLASSING_VERBS:
        return False
    if toks[-3].word in REDUCED_PASSIVE_OBJECTS:
        return True
    if toks[-2].word == "designated" and toks[-3].text.isalpha() and toks[-3].text.islower() \
            and toks[-3].word not in FUNCTION_WORDS and toks[-3].word not in PRONOUNS and not _person_noun(toks[-3].word):
        return True  # things a body has designated, the participle right after them: ‘shopping centres designated
        # as “cool places”’, ‘subway concourses designated as “heat shelters”’  # a participle that follows what it classes, no "be": ‘312 flats, 35 per cent of them classed
        # as “affordable”’, ‘400 homes, all of which designated as “low carbon”’
    k = len(toks) - 3
    while k > 0 and toks[k].word.endswith("ly") and toks[k].text.isalpha() and toks[k].text.islower():
        k -= 1  # (‘was officially designated as’)
    return toks[k].word in BE_FORMS or toks[k].word == "be"


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
# (a report's title is one only in title case: ‘whose latest report, “Dubai Residential Market Outlook 2025”,’)

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


def _named_measure(content: str, toks: list[Token], after: str) -> bool:
    """Words in marks in title case that name a measure: a law's name, whoever calls it so (‘the bill,
    which supporters call the “Every Child Counts Act,”’), or a plan's name set off after its noun
    (‘the Government’s plan, “Homes for Every Generation”, had become …’); never words said of it
    (‘the plan was “Dead On Arrival”’: no noun and comma before them)."""
    words = content.rstrip(",. ").split()
    if len(words) >= 2 and words[-1] in ("Act", "Bill") and len(toks) >= 1 and toks[-1].word in ("the", "a", ","):
        return True
    if len(words) >= 2 and words[-1].lower() in MEASURE_TITLE_WORDS and toks \
            and (toks[-1].word in ("the", "its", "their", "our") or toks[-1].text.endswith(("’s", "'s"))):
        return True  # a plan's own name after "the" or an owner (‘cited the government’s “Long Term
        # Workforce Plan”’, ‘the “Green Fields Programme” had reached …’)
    return len(words) >= 2 and len(toks) >= 2 and toks[-1].text == "," and toks[-2].word in MEASURE_NOUNS \
        and after in (",", ")")


def _coined_measure(content: str, toks: list[Token]) -> bool:
    """A plan's name in Title Case after an owner (the new rule of :func:`_named_measure`) that a speaker
    in the sentence gives (‘Trump said Biden’s “Open Borders Plan” had …’): the speaker's coinage, quoted."""
    words = content.rstrip(",. ").split()
    if not (len(words) >= 2 and words[-1].lower() in MEASURE_TITLE_WORDS) or words[-1] in ("Act", "Bill"):
        return False
    if len(toks) < 2 or not toks[-1].capitalized or not toks[-1].text.endswith(("’s", "'s")) \
            or toks[-2].word in DETERMINERS:
        return False  # (‘the government’s’, ‘the Chancellor’s’: a body's or an office's plan)
    owner = toks[-1].text[:-2]
    run = [owner] + [t.text for t in reversed(toks[:-1][-2:]) if t.capitalized]
    return owner.lower() not in PARTY_WORDS and not is_organisation(list(reversed(run)))
    # (a person's plan in Title Case is a critic's coinage: ‘Kamala Harris’s “Communist Plan”’)


#: How many words a status's name in marks may hold (‘code yellow’, ‘variant of concern’).
STATUS_TERM_WORDS = 4

#: The words between a status verb and the marks, by the verb (‘went into’, ‘placed in the
#: regulator’s’, ‘declared a’).
STATUS_LINKS = {"went": ("into",), "go": ("into",), "goes": ("into",), "going": ("into",),
                "placed": ("in", "into", "under"), "place": ("in", "into", "under"),
                "put": ("in", "into", "under"), "puts": ("in", "into", "under")}

STATUS_LINK_WORDS = frozenset(w for links in STATUS_LINKS.values() for w in links)

#: Verbs of a status named after "as" some words on (‘classified a strain first found in … as a
#: “variant of concern,”’), and how far back the verb may be.
STATUS_CLASSING_VERBS = frozenset("classified classify classifies designated designate designates listed".split())
CLASSING_REACH = 15


def _status_term(content: str, toks: list[Token], sentence=None, attributive: bool = False) -> bool:
    """The marks hold a short lower-case name of a status a thing is put into: after "declared a"
    and before the status's noun (‘hospitals declared a “code yellow” internal emergency’), "went into" (‘schools went into “lockdown mode”’),
    "placed in the regulator’s" (‘“turnaround regime”’) or "classified … as a" (‘as a “variant of
    concern,”’; ``sentence()`` gives the sentence's tokens up to the marks, for a verb far before "as");
    the writer names a status, no one speaks. Never a clause (‘declared that “this
    state will not …”’: no article before the marks, and too many words).

    >>> from quotesearch.names import tokenize
    >>> _status_term("code yellow", tokenize("hospitals declared a"), None, True), _status_term("code yellow", tokenize("she said a"))
    (True, False)
    """
    words = content.rstrip(",. ").split()
    if not 1 <= len(words) <= STATUS_TERM_WORDS or not content[:1].islower() or content.rstrip(",")[-1:] in "!?.":
        return False
    i = len(toks) - 1
    if i >= 0 and toks[i].text.endswith(("’s", "'s")):  # an owner: ‘the regulator’s’, ‘the central bank’s’
        i -= 1
        if i >= 0 and toks[i].text.islower() and toks[i].word not in DETERMINERS and toks[i].word not in STATUS_LINK_WORDS:
            i -= 1
        if i >= 0 and toks[i].word == "the":
            i -= 1
    elif i >= 0 and toks[i].word in ("a", "an", "the"):
        i -= 1
    if i < 0:
        return False
    if toks[i].word == "as" and i < len(toks) - 1:  # (‘classified … as a’)
        whole = sentence() if sentence is not None else toks
        i = len(whole) - (len(toks) - i)
        for t in reversed(whole[max(0, i - CLASSING_REACH):i]):
            if t.word in SPEECH_VERBS or t.text in ",;:":
                return False
            if t.word in STATUS_CLASSING_VERBS:
                return True
        return False
    if sentence is not None and any(t.word in SPEECH_VERBS and t.word not in ("declared", "designated")
                                    for t in sentence()):
        return False  # (a status one reports of one's own side is one's word: ‘Henry said her union is
        # going into “overdrive”’)
    if toks[i].word in ("declared", "designated") and i < len(toks) - 1 and toks[i + 1].word in ("a", "an"):
        return attributive and not any(w in ("and", "or", "but") for w in words)  # (a status's name holds
        # no conjunction: ‘declared a “complete and total” ceasefire’ is the declarer's words)  # (only a status's name before its noun, ``attributive``: ‘declared a “code
        # yellow” internal emergency’; a leader who ‘has declared an “internal armed conflict” against
        # gangs’ is quoted)
    return i >= 1 and toks[i - 1].word in STATUS_LINKS and toks[i].word in STATUS_LINKS[toks[i - 1].word]


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


#: A name of letters and figures joined by a hyphen, a code for a thing (‘KR-1’, ‘Helix-4’, ‘X-37B’,
#: ‘GPT-4o’): never words anyone says.
#:
#: >>> bool(RE_CODE_NAME_WORD.fullmatch("KR-1")), bool(RE_CODE_NAME_WORD.fullmatch("Helix-4")), \
#: ...     bool(RE_CODE_NAME_WORD.fullmatch("Orwellian")), bool(RE_CODE_NAME_WORD.fullmatch("1-0"))
#: (True, True, False, False)
RE_CODE_NAME_WORD = LazyPattern(r"\p{Lu}[\p{L}]*-\d+[\p{L}\d]*")


def _code_named(content: str, toks: list[Token]) -> bool:
    """A code name (:data:`RE_CODE_NAME_WORD`) right after a verb of calling or naming (‘a compound the
    authors called “KR-1,”’, ‘the model, dubbed “Helix-4”’): the thing's name, no one's words, whatever
    the comma in the marks suggests."""
    return bool(toks) and (toks[-1].word in CALL_VERBS or toks[-1].word in NAMING_VERBS) \
        and RE_CODE_NAME_WORD.fullmatch(content.rstrip(",. ")) is not None


def _voted_name(content: str, toks: list[Token], title_case: bool) -> bool:
    """A name in Title Case after "for" a few words after a vote's word (‘2,000 people voted for
    “Biscuit”’, ‘several dozen for “Cinnamon”’, ‘an alarming number for “Fluffy McFluffface.”’):
    a name in a naming vote, no one's words."""
    if not title_case or len(content.rstrip(",. ").split()) > 3 or not toks or toks[-1].word != "for":
        return False
    return any(t.word in VOTE_WORDS and t.text.islower() for t in toks[-4:-1])


#: Short words a long title leaves in lower case besides :data:`TITLE_SMALL_WORDS` (‘Silver Service:
#: My Years with the Queen’).
TITLE_LINK_WORDS = frozenset("with from into over upon about after under than".split())


def _subtitled(content: str) -> bool:
    """A title and its subtitle after a colon, four words or more in all (‘Ranked and Wrong: Bias in
    Search Engines,’), the shape of a paper's name (the Title Case test of each word is the caller's).

    >>> _subtitled("Ranked and Wrong: Bias in Search Engines,"), _subtitled("We lost: it hurts")
    (True, False)
    """
    head, colon, tail = content.rstrip(",.").partition(": ")
    return bool(colon) and len(head.split()) >= 2 and len(tail.split()) >= 2 and head[:1].isupper() and tail[:1].isupper()


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
    noun = toks[-2]
    scheme = noun.word in SET_OFF_SCHEME_NOUNS
    if not (_is_work_noun(noun.word) or noun.word in SET_OFF_WRITING_NOUNS or scheme) or not noun.text.islower() \
            or sp.close_end is None:
        return False
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


def _relative_clause(toks: list[Token]) -> bool:
    """The sentence has a relative clause whose object a quotation may be: ‘which X, the CEO,
    called’, ‘a country that X called’ (never the "that" after a speech verb, nor "That rocket")."""
    return any(x.word in RELATIVE_OBJECTS or (
        x.text == "that" and i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower()
        and toks[i - 1].word not in SPEECH_VERBS) for i, x in enumerate(toks))


#: After a title, the one who described or called the work and how: ‘whose book “Salt in the Rain”
#: Mensah described in a review as “a slog”’.
RE_DESCRIBED_AS_AFTER = LazyPattern(r"[^.;:!?“”\"]{1,40}?\b(?:described|describes|called|calls|dubbed)\b[^.;:!?“”\"]{0,40}? as [“\"‘]")


def _title_in_its_place(text: str, sp: Span, content: str, toks: list[Token], found: Found,
                        results: list, work: bool) -> bool:
    """Words in title case (the caller checks) that stand where a work's title stands: the same
    words taken for a title before in the article, no cue's (‘Her podcast, “Night Shift,” ….
    Natalie Ruiz, another “Night Shift” host, …’; a title in what one is said to say is quoted, as
    PolNeAR annotates it: ‘fans of “Prison Break,” Mr. Madden said’), a show or a paper told something (‘said in a statement to “The Night Desk”
    that’), or a work's title that someone after it described as something (‘whose collection “Salt in
    the Rain” Mensah described as “a slog”’)."""
    words = content.rstrip(",.")
    if found.rule not in ("cue-before", "cue-after", "cue-in-sentence", "colon") and any(kind == "scare" and text[q.start:q.end].rstrip(",.") == words and q.close_end is not None
           and text[q.open_at:q.open_at + 1] == text[sp.open_at:sp.open_at + 1] for q, _, kind in results):
        return True
    if toks and toks[-1].word == "to" and text.startswith(" that ", sp.close_end) and len(toks) >= 2 \
            and (toks[-2].word in DOCUMENT_NOUNS or toks[-2].word in SPEECH_VERBS):
        return True
    return names_a_work(toks) and found.rule == "cue-after" and RE_DESCRIBED_AS_AFTER.match(text, sp.close_end) is not None


def _owned_work(toks: list[Token]) -> bool:
    """The work named right before the marks is someone's: ‘his 2002 book,’, ‘Adele's new album,’."""
    i = len(toks) - 1
    if i >= 0 and toks[i].text in (",", "of"):
        i -= 1
    return any(t.word in ("his", "her", "their", "its", "my", "our", "your") or is_possessive(t)
               for t in toks[max(0, i - 3):i])


def _term_lead(toks: list[Token]) -> bool:
    """The words before the marks introduce terms: "phrases like", "terms such as"."""
    if len(toks) >= 3 and toks[-1].word == "as" and toks[-2].word == "such":
        return toks[-3].word in TERM_NOUNS
    return len(toks) >= 2 and toks[-1].word in ("like", "as") and toks[-2].word in TERM_NOUNS

#: A verb right after a term's marks, an adverb or two before it (‘ generally refers’, ‘ was first coined’).
RE_TERM_VERB_AFTER = LazyPattern(r",?(?: \p{Ll}+ly| often| also| now| first| still){0,2} (\p{Ll}+)(?: (\p{Ll}+))?(?: (\p{Ll}+))?")


def _term_in_use(toks: list[Token], sentence: list[Token]) -> bool:
    """The words before the mark end with a use of "the term" (‘the trust's use of the term’, ‘its
    misuse of the phrase’) and no one in the sentence says anything but objects to it (‘objected to’,
    ‘complained about’): the term named, no one's words. A verb of saying before the use quotes the
    speaker, as PolNeAR does (‘saying his use of the term “…” was shameful’).

    >>> from quotesearch.names import tokenize
    >>> _term_in_use(*[tokenize("Parents objected to the trust's use of the term")] * 2)
    True
    >>> _term_in_use(*[tokenize("Okoro said his use of the term")] * 2)
    False
    """
    if len(toks) < 4 or toks[-1].word not in TERM_NAMING_NOUNS or toks[-2].word != "the" or toks[-3].word != "of" \
            or toks[-4].word not in TERM_USE_NOUNS:
        return False
    return not any(t.word in SPEECH_VERBS and not (k + 1 < len(sentence) and sentence[k + 1].word in OBJECTION_PREPOSITIONS)
                   for k, t in enumerate(sentence[:-4]))


def _term_winced_at(toks: list[Token], opening: bool = False) -> bool:
    """The words before the mark end with a verb of distaste or of a listener's reaction, an adverb at most
    between, and "at the phrase" (or "term", "word", "label"), or with a verb of objecting and "to the term";
    or they are all of the sentence before the mark (``opening``) and read "At the phrase": the term named,
    no one's words (w70a, w72c).

    >>> from quotesearch.names import tokenize
    >>> _term_winced_at(tokenize("She bristles slightly at the phrase")), _term_winced_at(tokenize("She laughed at the phrase"))
    (True, False)
    >>> _term_winced_at(tokenize("The crowd roared at the phrase")), _term_winced_at(tokenize("She objected to the term"))
    (True, True)
    >>> _term_winced_at(tokenize("At the phrase"), opening=True), _term_winced_at(tokenize("At the phrase"))
    (True, False)
    """
    if len(toks) < 3 or toks[-1].word not in TERM_NAMING_NOUNS or toks[-2].word != "the" or toks[-3].word not in ("at", "to"):
        return False
    if len(toks) == 3:
        return opening and toks[0].word == "at"  # (the sentence's opening phrase: ‘At the phrase “…”, the crowd
        # roared’; never ‘At the phrase she used, “…”’, where the words are hers)
    v = len(toks) - 4
    if v >= 1 and toks[v].text.isalpha() and toks[v].text.islower() and toks[v].word.endswith("ly"):
        v -= 1  # (an adverb: ‘bristles slightly at’)
    if toks[-3].word == "to":
        return toks[v].word in TERM_OBJECTING_VERBS  # (‘She objected to the term “…”’)
    return toks[v].word in TERM_DISTASTE_VERBS or toks[v].word in TERM_REACTION_VERBS


#: What a term is used for, right after its marks (‘ to mean job cuts’, ‘ to describe deaths’, ‘ to imply’).
RE_TERM_PURPOSE_AFTER = LazyPattern(r",? to (?:mean|imply|describe|refer|denote|cover|signal|indicate|signify)\b")


def _group_uses(toks: list[Token]) -> bool:
    """The words end with a group by a plural noun (‘authorities’, ‘officials’, ‘police’) and "use",
    an adverb or an auxiliary between (‘often use’, ‘have long used’): a group's habit, never one
    person's (‘Ruto used’, ‘he had used’).

    >>> from quotesearch.names import tokenize
    >>> _group_uses(tokenize("Kenyan police routinely use")), _group_uses(tokenize("Mr Lee said he had used"))
    (True, False)
    """
    if not toks or toks[-1].word not in ("use", "uses", "used", "using"):
        return False
    g = len(toks) - 2
    while g >= 0 and (toks[g].word in AUXILIARIES or toks[g].word in NAMING_AUXILIARIES or toks[g].word in ("often", "also", "still", "now", "sometimes")
                      or (toks[g].text.isalpha() and toks[g].text.islower() and toks[g].word.endswith("ly"))):
        g -= 1
    if toks[-1].word == "used" and g == len(toks) - 2:
        return False  # (guard: a bare past is one occasion, never a habit: ‘At the rally, supporters used the
        # word “traitor” to describe the judge’; ‘have long used’, ‘often used’ stay habits)
    return g >= 0 and _group_noun(toks[g])


#: A law named after one person: a capitalised name in the possessive and the law's noun (‘Chloe’s Rule’).
RE_PERSON_LAW = LazyPattern(r"\p{Lu}[\p{L}\-]+(?:’s|'s|’|') (\p{Lu}\p{Ll}+)")


def _person_law(content: str, toks: list[Token]) -> bool:
    """The marks hold only a law's name after a person (‘which they have called ‘Chloe’s Rule’’,
    ‘campaigned for “Martyn’s Law”’), with no cue right before them: the law's name, never words.

    >>> from quotesearch.names import tokenize
    >>> _person_law("Chloe’s Rule", tokenize("a scheme, which they have called"))
    True
    >>> _person_law("Chloe’s Rule", tokenize("the mother said"))
    False
    """
    law = RE_PERSON_LAW.fullmatch(content.rstrip(",."))
    if law is None or law.group(1).lower() not in PERSON_LAW_NOUNS:
        return False
    last = [x for x in toks if x.text not in ":,"]  # (a cue before a colon or a comma: ‘the skipper said: “Murphy’s Law.”’)
    if last and last[-1].word in SPEECH_VERBS and last[-1].word not in CALL_VERBS:
        return False
    return not toks or toks[-1].word not in SPEECH_VERBS or toks[-1].word in CALL_VERBS


def _job_title_named(content: str, toks: list[Token]) -> bool:
    """The marks hold a job's title after "the title" (‘argued that the title ‘physician associate’ was
    confusing’, ‘dropped the job title “care assistant”’): the title named, no one's words (a few
    words with no sentence inside).

    >>> from quotesearch.names import tokenize
    >>> _job_title_named("physician associate", tokenize("argued that the title"))
    True
    """
    words = content.rstrip(",.")
    return len(toks) >= 2 and toks[-1].word in JOB_TITLE_NOUNS and toks[-1].text.islower() \
        and (toks[-2].word in ("the", "this", "its", "their", "his", "her", "job")) \
        and 0 < len(words.split()) <= 4 and RE_SENTENCE_INSIDE.search(words) is None


def _named_term(text: str, sp: Span, toks: list[Token]) -> bool:
    """The marks follow "the term" (or "the phrase", "the word") and a verb after them gives its
    sense or its history: a term the writer explains, never speech (‘The term “ultra-processed”
    generally refers to’, ‘The phrase ‘quiet quitting’ was coined on social media’; never ‘said the
    word “betrayal” best described’).

    >>> from quotesearch.names import tokenize
    >>> t = "The term “shrinkflation” usually describes smaller packs."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _named_term(t, sp, tokenize(t, 0, sp.open_at))
    True
    """
    if sp.close_end is None or len(toks) < 2 or toks[-1].word not in TERM_NAMING_NOUNS or toks[-2].word not in ("the", "this"):
        return False
    if text.startswith((" to ", ", to "), sp.close_end) and RE_TERM_PURPOSE_AFTER.match(text, sp.close_end) is not None \
            and _group_uses(tokenize(text, max(sp.para_start, sp.open_at - 80), sp.open_at)[:-2]):  # (the group may stand
        # beyond the few words by the mark)
        return True  # a group's habitual word and what it is used for: ‘officials often use the word “restructuring”
        # to mean job cuts’ (never one person's: ‘Ruto used the word “betrayal” to describe the vote’)
    m = RE_TERM_VERB_AFTER.match(text, sp.close_end)
    if m is None:
        return False
    if m.group(1) in TERM_SENSE_VERBS:
        return True
    if RE_BY_NAME_AFTER.match(text, sp.close_end, sp.close_end + 60) is not None:
        return False  # (a term one named person coined or used is their words: ‘was coined by Sen. Laura Price’)
    later = [w for w in (m.group(2), m.group(3)) if w is not None]  # (‘was coined’, ‘has been used’, ‘is often used’)
    return m.group(1) in ("is", "was", "has", "had") and any(w in TERM_HISTORY_PARTICIPLES for w in later)


#: Indefinite pronouns, which no label or name holds alone.
INDEFINITE_WORDS = frozenset("anything everything nothing something anyone everyone nobody somebody anybody none all".split())


def _removed_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A term of a word or three taken off a thing: a verb of removing right before the marks, or
    before "the word" (‘drops “plant-based” from its packaging’, ‘is removing the words “plant-based”
    from the front of its packs’, ‘scrapped the term “Limited” from its name’), and "from" right
    after them (‘From’ in a headline in Title Case: ‘Told Staff To Scrub “Resilience” From Report’):
    no one's words.

    >>> from quotesearch.names import tokenize
    >>> t = "Kellworth is removing the words “low fat” from its labels, the company said."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _removed_term(t, sp, "low fat", tokenize(t, 0, sp.open_at))
    True
    """
    if sp.close_end is None or not toks or text[sp.close_end:sp.close_end + 6].lower() != " from " \
            or len(content.split()) > 3 or RE_SENTENCE_INSIDE.search(content):
        return False
    if content.strip().lower() in INDEFINITE_WORDS:
        return False  # (a word said, never a term on a label: ‘would not drop “anything” from the bill’)
    if toks[-1].word in REMOVING_VERBS:
        return True
    return len(toks) >= 3 and (toks[-1].word in TERM_NAMING_NOUNS or toks[-1].word.rstrip("s") in TERM_NAMING_NOUNS) \
        and toks[-2].word == "the" and toks[-3].word in REMOVING_VERBS
    # (never a speaker's label: ‘JASON DAY:’, ‘REP. ANNA DAY:’)


#: Verbs before "the name" that give one (‘was given the name “Juniper”’, ‘using the name “…”’).
NAME_GIVING = frozenset("using under given gave give chose chosen picked took bears bore received".split())


#: Verbs of labelling that a title's words follow too (‘a drink branded “Zest”’), whose subject in a
#: relative clause says the words (‘a scheme that Siobhan Keane branded “a shambles”’): those that are
#: cues as well ("labelled" and "termed" are none, and their words would go to the sentence's subject).
BRANDING_VERBS = frozenset("branded labeled".split())
