"""Attribution: who said each quotation, found by ordered sieves.

High-precision rules run first (a cue verb right beside the quotation with its speaker, read by
:mod:`quotesearch.cues`), then looser ones (a cue earlier in the sentence, the previous quotation
of the paragraph, the quotation this one continues, the sentence before, a colon at the end of
the previous paragraph). Every decision records its rule, its mention and a confidence. Speech is
told from scare quotes and titles here too, since both need the quotation's sentence.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator

import regex

from quotesearch.cues import (
    ASKING_VERBS, ASK_VERBS, BE_FORMS, BULLETS, CLAUSE_LEADS, DASHES, Found, Lazy, OPENING_MARKS, OWN_SAYINGS,
    PLACE_OPENERS, RECORDING_NOUNS, RE_AUTHOR_ASIDE, RE_LATER_OPENING, SIGN_NOUNS, SIGN_OFF_GOES_ON, SUBJECT_ADVERBS,
    TELL_VERBS, _bare_sign_off_role, _described_sign_off, _first_word, _in_opening_clause, _in_the_words_of,
    _index_before, _is_cue, _joins_clause, _opens_with, _subordinate_at, _token_after, _verb_like, carried_sign,
    cue_after, cue_before, last_sentence_start, passive_agent, read_on_sign, sentence_ends, sentence_subject,
    sign_reading_at,
)
from quotesearch.lexicon import (
    LEADER_OFFICE_HEADS, LEDE_KIN_RECIPROCALS,
    ADOPTING_GATHERINGS, AGE_COMPARATIVES, ANONYMOUS_SOURCE_NOUNS, ARTICLES, ASIDE_CUE_VERBS, AUTHORED_NOUNS,
    AUTHORING_PARTICIPLES, AUXILIARIES, BODY_HELD_ENDINGS, BODY_NAME_ENDINGS, BODY_PLURALS, BODY_RESTATING_WORDS,
    BUSINESS_WORDS, CALL_VERBS, CAMPAIGN_GROUPS, CHAIR_OFFICES, CHAIR_RULING_VERBS, CHARGE_NOUNS, CITY_DEMONYMS,
    CLAUSE_NOUN_PREPOSITIONS, CLAUSE_THEY_OPENERS, CONCEPT_NOUNS, CONTACT_VERBS, CONTEST_EPITHETS, CONTINUING_CUES,
    COUNTRY_LETTERS, COUNTRY_NATIONALITIES, COURT_WRITINGS, CUT_OFF_ENDS, DEMONYMS, DENIAL_WORDS, DESCRIPTION_NOUNS,
    DISH_NOUNS, DOCUMENT_NOUNS, EATERY_NOUNS, EATERY_PHRASES, EVENT_KIND_NOUNS, EXCHANGE_VERBS, FAITHS,
    FAITH_BODY_NAME_WORDS, FEELING_NOUNS, FEELING_PARTICIPLES, FINDING_VERBS, FIRM_TRADES, FLIGHT_OPERATOR_NOUNS,
    FORMAL_KIND_NOUNS, FRENCH_BODY_HEADS, GENDERED_NOUNS, GENERIC_BODY_NOUNS, GENERIC_PLAYER_EPITHETS, GESTURE_VERBS,
    GLOSS_NOUNS, GLOSS_WORDS, HAILED_TITLES, HEADLINE_LABELS, HEARING_BODIES, HONORIFICS, HYPHENED_RANKS,
    INSCRIBING_VERBS, INSCRIPTION_NOUNS, INTRODUCING_IMPERATIVES, ISSUED_DOCUMENT_NOUNS, ISSUED_NOUNS,
    ISSUING_PARTICIPLES, ISSUING_VERBS, JOB_TITLE_NOUNS, KIN_NOUNS, LABELLING_VERBS, LAW_NOUNS, LEADER_BY_VERB,
    LEDE_BODY_KINDS, LEDE_FIRM_KINDS, LEDE_OFFICE_KINDS, LEDE_RANK_WORDS, LOCAL_BODY_NOUNS, LazyPattern, MEASURE_NOUNS,
    MEASURE_TITLE_WORDS, MENTIONING_VERBS, MESSAGE_READ_ENDS, MET_NAME_ENDS, MONTH_NAMES, NAMED_THING_NOUNS,
    NAME_ENDING_BODY_NOUNS, NAME_HEAD_BODY_NOUNS, NAME_KIND_WORDS, NAMING_CREWS, NATIONALITY_NOUNS, NATIONALITY_WORDS,
    NICKNAMING_VERBS, NOUNS_ENDING_ED, OBJECTION_PREPOSITIONS, ONE_WORD_PLACES, ORG_WORDS, OTHER_STAR_WORDS,
    OWNED_TERM_WORDS, OWN_WRITINGS, PARTY_HELD_OFFICES, PASSED_ON_VERBS, PERSON_LAW_NOUNS, PHRASAL_NOUN_PARTICLES,
    PLACE_EPITHET_NOUNS, PLACE_NICKNAME_HEADS, POST_DEED_VERBS, PRIVATE_WRITING_NOUNS, PRONOUNS, REACTION_VERBS,
    READING_VERBS, READ_OUT_MESSAGES, REFLEXIVE_PRONOUNS, REGISTER_NOUNS, REMARK_MAX_WORDS,
    REMOVING_VERBS, REPLY_MAX_WORDS, REPLY_WORDS, REPORT_NOUNS, RE_COURT_WRITER,
    RE_JUDGE_NAMED, RE_LAW_BEFORE_VERB, RE_LAW_NAME_END, RE_LAW_TEXT_VERB, RE_LINE_SOURCE_AFTER, RE_PROVISION_BEFORE,
    ROLE_NOUNS, RULE_CHANGING_VERBS, RULE_DOCUMENT_NOUNS, RULING_WORDS, SAME_KIND_PAIRS, SCARE_ADJECTIVES,
    SCHEME_DETERMINERS, SCHEME_NOUNS, SCHOLAR_TITLES, SCIENCE_PROFESSIONS, SCREEN_NOUNS, SCREEN_VERBS,
    SECOND_OF_KIND_WORDS, SELF_NAMING_VERBS, SENDER_PLACES, SENT_MESSAGE_NOUNS, SPEECH_VERBS, SPOKESPERSON_NOUNS,
    SPORTING_POSITIONS, SPORT_BODY_WORDS, SPORT_POSITIONS, STAR_TRADES, STATE_DEMONYMS, STOCK_PHRASES,
    STORY_LABEL_NOUNS, STORY_NOUNS, SUBORDINATE_OPENERS, S_CONTRACTIONS, TAG_PREPOSITIONS, TAIL_CUE_VERBS, TEAM_WORDS,
    TERM_HISTORY_PARTICIPLES, TERM_KIND_NOUNS, TERM_OWNERS, TERM_SENSE_VERBS, TERM_USE_NOUNS, THING_NOUNS,
    THIRD_PERSON_SELVES, TITLED_WRITING_NOUNS, TITLES_OF_KIND, TITLE_CUES, TITLE_FOR_LEADS, TITLE_ON_LEADS,
    TRADE_GROUPS, TRADE_SUBJECTS, TWO_WORD_PLACES, US_STATE_FORMS, VESSEL_NOUNS, VOTE_WORDS, WEAK_SPEECH_VERBS,
    WEATHER_KIND_NOUNS, WEATHER_NAME_WORDS, WEATHER_PERSON_NOUNS, WEEKDAY_NAMES, WORK_MAKERS, WORK_PART_NOUNS,
    WRITING_NOUNS, wordset,
)
from quotesearch.mentions import CLAUSE_WORDS as MENTION_CLAUSE_WORDS
from quotesearch.mentions import (
    DETERMINERS, INDEFINITE_SPEAKERS, Mention, NAME_JOINERS, NATION_BODY_NOUNS, PLACE_NOUNS, POSSESSIVES, PREPOSITIONS,
    TIME_WORDS, UNMARKED_PLURALS, description_head, mention_after, mention_before,
)
from quotesearch.metadata import byline
from quotesearch.model import Document, Quote, quote_id
from quotesearch.names import (
    EVENT_WORDS, FUNCTION_WORDS, GENDERED_HONORIFICS, HEADING_VERBS, NOT_NAMES, PARTY_WORDS, RE_CAPWORD, RE_NAME_RUN,
    Token, gender_of, is_byline, is_name_token, is_organisation, is_possessive, sex_of_given_name, split_title,
    tokenize, word_positions,
)
from quotesearch.quotes import (
    AFTER_CLOSE_WORDS, CUE_PRONOUNS, HEADLINE_WIDTH, RE_HEADLINE_SAYS, Span, _headline, entry_headline, find_spans,
    headline_term, paragraphs, recased_headline_quote, unwrapped, words_within,
)
from quotesearch.speakers import (
    BODY_PARTS, CIVIL_OFFICES, COLLECTIVE_NOUNS, COUNTED, Cast, GENDERLESS_SOURCES, GROUP_BREAKS, INSTITUTION_WORDS,
    LESSER_OFFICES, OPENING_PREPOSITIONS, OTHER_SEX, PEOPLE_WORDS, PLACE_HEADS, Person, RE_ALIAS, RE_COUPLE, RE_SURNAME_WITHHELD,
    RE_DOUBLE_MARK, RE_PEOPLE_PLURAL, RE_SENTENCE_STOP, RE_TOLD_BY_BEFORE, ROLE_PREPOSITIONS, SOURCE_NOUNS, TITLE_WORDS, _after_last_stop,
    _bare_honorific, _opens_clause_at, _other_office, _role_words, _speaks_after, _title_noun, alias_after_clause,
    alias_gender, alias_is_theirs, described_plural, people_words,
)

#: A dateline that opens an article: "WASHINGTON —", "GENEVA -", "BRUSSELS (Reuters) —". Words
#: are taken possessively, one space between them, so a long run of capitals never backtracks.
#:
#: >>> bool(RE_DATELINE.match("GENEVA - ")), bool(RE_DATELINE.match("JACKSON, Miss. - U.S.")), \
#: ...  bool(RE_DATELINE.match("Mr. X - ")), bool(RE_DATELINE.match("PHILADELPHIA, July 25 (UPI) — The"))
#: (True, True, False, True)
#: >>> bool(RE_DATELINE.match("Washington (AFP) – Democrat")), bool(RE_DATELINE.match("Jones (D) – who"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Jaén (Spain) (AFP) - Antonio")), bool(RE_DATELINE.match("Brussels (Reuters) - The")), \
#: ...  bool(RE_DATELINE.match("Tonga (New Zealand) – who"))
#: (True, True, False)
#: >>> bool(RE_DATELINE.match("NEW DELHI: Prime Minister")), bool(RE_DATELINE.match("TRUMP: “We”"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("Cúcuta, Colombia – Yusmary")), bool(RE_DATELINE.match("Yes, Minister - The"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("(RNS) — More than")), bool(RE_DATELINE.match("(D) – who"))
#: (True, False)
#: >>> bool(RE_DATELINE.match("March 9 (Reuters) - The director")), bool(RE_DATELINE.match("Chapter 9 - The"))
#: (True, False)
RE_DATELINE = regex.compile(
    r"\s*+(?:\p{Lu}[\p{Lu}.'’]*+(?:[ \t]++[\p{Lu}.'’]++)*+"
    r"(?:,\s*+\p{Lu}[\p{L}.]*+,?+(?:\s(?:\p{Lu}[\p{L}.]*+|\d{1,4}+),?+){0,3})?"  # ", Miss." or ", July 25"
    r"(?:\s*(?:\([^)]*\)|/\p{Lu}[\p{L}]++/))?"  # (and a wire's tag: "(GLOBE NEWSWIRE)", "/PRNewswire/")
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+(?:\s*\(\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+\))?(?:[ \t]\d{1,2}+)?"
    r"\s*\(\p{Lu}[\p{L}]{1,9}+\)|\s*+\(\p{Lu}[\p{L}]{1,9}+\))"  # "Washington (AFP) –", and its country
    # first: "Jaén (Spain) (AFP) -"; a wire's date with no place: "March 9 (Reuters) -"; and a wire's tag
    # alone: "(RNS) —", "(AP) —", never a speaker
    r"\s*(?:[—–\-]+|>>)\s*(?:\(\p{Lu}[\p{Lu} ]*+\)[—–\-]+\s*)?"  # (a wire's tag between dashes: "--(BUSINESS WIRE)--")
    r"|\s*+\p{Lu}{3,}+(?:[ \t]\p{Lu}{2,}+){0,2}+:[ \t]++(?=\p{Lu}\p{Ll})"  # "NEW DELHI: Prime …", never "TRUMP: “…”"
    r"|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+,[ \t]\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++){0,2}+[ \t]++[—–][ \t]++(?=\p{Lu})"
    # (a city and its country in title case before a long dash: "Cúcuta, Colombia – Yusmary …")
    r"|\s*+(?:\d{1,2}[:.]\d{2}|\d{4})(?:\s*[ap]\.?m\.?)?(?:[ \t]+(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT))?"
    r"[ \t]*(?:[—–\-]+|:)[ \t]*")  # a live report's time: "1610 GMT — ", "10:58 – ", "2.15pm: "

#: A transcript's speaker label at the start of quoted text: "PENCE: And that’s why…".
#:
#: >>> RE_SPEAKER_LABEL.match("WALLACE: Governor, I don’t").group(1)
#: 'WALLACE'
RE_SPEAKER_LABEL = regex.compile(r"(?!(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|JUST IN|NEWS ALERT|ALERT|WATCH|WATCH LIVE|NEW|EXCLUSIVE"
                              r"|LIVE|CORRECTION|URGENT|WARNING|ATTENTION|NOTICE|REMINDER|FLASH|DEVELOPING|UPDATES|VIDEO|PHOTOS):)"
                              r"(\p{Lu}[\p{Lu}.'’\- ]{1,30}\p{Lu}):\s")
# (never a post's prefix: ‘“UPDATE: Kaylin has been located safe …”’)

#: A headline's speaker after its quotation and a colon or a dash: ‘“…”: Mayor Adaeze Nwachukwu on
#: her first year’, ‘‘…’ – Jane Doe’ (a capitalised name, then "on", "says", a dash or the end).
RE_HEADLINE_SPEAKER = regex.compile(
    r"[ \t]*[:—–-][ \t]+((?:\p{Lu}[\p{L}\p{M}.’'\-]*[ \t]+){0,4}\p{Lu}[\p{L}\p{M}.’'\-]*)"
    r"(?=[ \t]+(?:(?:on|says|tells|about|at|after)\b|[—–-](?:\s|$))|[ \t]*$)")

#: A club's, a party's or a country's possessive before a headline's speaker, no part of the name:
#: ‘‘…’: Harlow's Mensah on promotion’ is Mensah's (when the article names a Mensah).
#:
#: >>> RE_OWNER_BEFORE_NAME.match("Harlow's Mensah").end(), RE_OWNER_BEFORE_NAME.match("Kwame Mensah")
#: (9, None)
RE_OWNER_BEFORE_NAME = regex.compile(r"\p{Lu}[\p{L}\-]*['’]s[ \t]+(?=\p{Lu})")

#: A verb that makes a headline's opening words a sentence someone said, not a title: ‘‘Double-engine
#: government will transform the state’: Reddy at rally’, ‘‘Farmers have been betrayed’: …’.
RE_FINITE_VERB = regex.compile(r"\b(?:will|would|must|should|shall|cannot|can['’]t|won['’]t|is|are|was|were|has|have|had"
                               r"|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|don['’]t|doesn['’]t|didn['’]t)\b")

#: Words of someone speaking for themselves: "I", "we", "my", "our", "me", "us", "you".
RE_SPOKEN = regex.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll)|[Mm]y|[Oo]ur|me|us|[Yy]ou|[Yy]our)\b")

#: A party and state written after a politician's name: "R-Mo.", "D-N.Y.", "I-Vt.".
RE_PARTY = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?")

#: Rules whose cue sits right beside the quotation: they make even a short Title Case phrase speech.
STRONG_RULES = frozenset({"label", "dash", "cue-after", "cue-before", "according-to", "colon"})

#: Confidence of each rule, in sieve order.
CONFIDENCE = {
    "label": 0.95, "dash": 0.9, "cue-after": 0.95, "according-to": 0.93, "according-to-late": 0.8, "cue-after-late": 0.8,
    "cue-before": 0.9,
    "colon": 0.85,
    "cue-in-sentence": 0.8, "continuation": 0.8, "same-sentence": 0.75, "same-paragraph": 0.75, "subject": 0.65,
    "previous-sentence": 0.6, "previous-paragraph": 0.55, "exchange": 0.6, "answer": 0.6, "same-words": 0.7, "line-source": 0.6, "interview": 0.6, "interview-answer": 0.6,
    "headline": 0.85, "paragraph-aside": 0.6, "reaction-after": 0.55, "topic-answer": 0.6, "reply": 0.6, "statement-before": 0.7, "for-whom": 0.6,
}


#: A speaker's own first person singular inside a quotation (‘the worst I can remember’, ‘my home’).
RE_FIRST_PERSON_SINGULAR = regex.compile(r"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|me|my|myself|mine)(?![\p{L}’'])")


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


#: How far from its marks a quotation's sentence is read, at most (keeps every quote O(1)).
CONTEXT_CHARS = 600

#: How far after its closing mark a quotation's attribution is looked for.
AFTER_CHARS = 250


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

#: Words right before "on" and a programme's title, with only a host's name between ("host Rick
#: Damone on", "appeared on", "in an interview on").
ON_AIR_WORDS = frozenset("host hosts anchor appeared appearing appearance interview speaking interviewed".split())

#: Verbs of speech that may stand before "on" and a programme's title ("said on", "told X on").
ON_AIR_VERBS = frozenset("said says saying told tells telling spoke speaks".split())

#: Verbs whose object is the listener, before a broadcaster's possessive and a programme's title
#: (‘told ERR's “Esimene stuudio”’).
TELLING_WORDS = frozenset("told tells telling".split())

#: Lower-case words that may stand before a broadcaster's name (‘told public broadcaster ERR's’).
BROADCASTER_WORDS = frozenset("public national state broadcaster broadcasters radio television tv channel the".split())


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
    """The words before the marks end with "the name means" (or "whose name means", "its title meant"), no
    verb of speech before: a name's meaning, glossed (‘Hayabusa – the name means’)."""
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


def is_title_context(toks: list[Token], sentence=None, short_name: bool = True, title_case: bool = False,
                     nickname: bool = False, handle: bool = False, one_word: bool = False,
                     definite_name: bool = False, before: str = "", place_name: bool = False,
                     inner_the: bool = False, crew_judged: bool = False) -> bool:
    """Words right before the mark that make it a title or a scare quote ("so-called", "titled");
    ``sentence()`` gives the sentence's tokens up to the mark, when the words by it are too few;
    ``short_name``: the marks hold what may be a name (a few words, no cry, nothing named after
    them), for "its model, called “Aurora-7”," (never "ran to the window, called “Help us!”");
    ``nickname``: the marks hold what reads as a nickname ("Mr. Walt", "Doc", "Little Marco");
    ``handle``: one word an online handle may be ("cyb3rfox", "Nyx_Ops"); ``one_word``: the marks
    hold one word ("goes by “mossy”"); ``definite_name``: "the" and a capitalised word or two ("the
    Wonky", "The Settler"); ``place_name``: "the" and lower-case words ending in a place's noun (RE_PLACE_NICKNAME:
    "the herb road", "the golden mile"); ``inner_the``: the marks open with "the" ("the sweatbox")."""
    if short_name and (_referred_to_as(toks, inner_the) or (
            sentence is not None and len(toks) >= 4 and ((toks[-1].word == "the" and toks[-2].word == "as") or (
                inner_the and toks[-1].word == "as")) and any(t.word in REFER_VERBS for t in toks[-5:])
            and _referred_to_as(sentence(), inner_the))):  # (the whole sentence when the
        # words by the mark are too few for the group: ‘executives across the industry now refer to as the’)
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
        if t.word in TITLE_CUES and t.word not in CALL_VERBS and not (
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
    if _titled_story(toks):
        return True  # a story's headline: ‘headlined its report “…”’, ‘titled the piece “…”’
    if short_name and _gloss_lead(toks, before):
        return True  # a word's meaning: ‘the call sign Hrim, meaning “thunder.”’, ‘Ukrainian for “thunder”’
    if short_name and len(toks) >= 4 and toks[-4].word in TERM_USE_NOUNS \
            and _term_in_use(toks, sentence() if sentence is not None else toks):
        return True  # a term objected to: ‘complained about the trust's use of the term “restructuring”’
    if _term_lead(toks):
        return True  # "phrases like “embodied archive”", "terms such as “…”"
    words = sentence() if sentence is not None and len(toks) < 7 else toks
    if short_name and _group_term_lead(words, inner_the):
        return True  # a term a trade or a group uses, in a clause with no "that": ‘a phenomenon economists call
        # the “lock-in effect”’, ‘a ritual some players called “the sweatbox”’ (never ‘what critics call “…”’,
        # ‘a bill senators call “reckless”’, ‘a man voters call the “…”’)
    if short_name and _group_relative_calls(words, inner_the):
        return True  # the same in a relative clause: ‘the reef that Mombasa's divers have long called “the Wall”’
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
            and _taken_to_calling(sentence() if sentence is not None and len(toks) < 8 else toks):
        return True  # a name that has caught on, whatever its case: ‘what insiders have taken to calling the
        # “map wars,”’, ‘Residents had taken to calling the project the “invisible wall.”’
    if definite_name and any(t.word in ("call", "calls", "calling") for t in toks[-3:]):  # (never "called X “the
        # devil”": what one called someone is said)
        return True  # a name given with "the": ‘her customers call “the Wonky,”’, ‘We're calling it “The Settler.”’
    if toks and title_case and toks[-1].capitalized and toks[-1].word in NAMED_KINDS:
        return True  # a storm's or an operation's name: ‘Hurricane “Mara” strengthened’, ‘Operation “Sandstorm”’
    if toks and toks[-1].word in ("nickname", "moniker", "nicknames"):
        return True  # ‘earned him the nickname “Professor Infinity.”’
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
    if len(toks) >= 2 and short_name and nickname and (
            (toks[-2].word in CALL_VERBS and toks[-1].word in ("him", "her", "them"))
            or (toks[-1].word in CALL_VERBS and any(x.word == "whom" for x in toks[-4:-1]))):
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
    if len(toks) >= 2 and toks[-1].word == "as" and toks[-2].word in ("known", "billed", "dubbed", "described"):
        # (but ‘which he described as “…”’ quotes the one describing: a relative clause with its
        # subject before the verb; ‘was widely described as’, ‘a man described as’ label)
        return toks[-2].word != "described" or not _describes(sentence() if sentence is not None else toks)
    return False


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
    """
    t = _call_before_the(words, inner_the)
    if t is None:
        return False
    g = t - 1  # the group: a plural noun (‘economists’, ‘players’), after "some", "many" or "most" too
    if not _group_noun(words[g]):
        return False
    n = g - 1 - (words[g - 1].word in GROUP_QUANTIFIERS)  # the thing's noun, one modifier before it at most
    a = n - 1 if n >= 1 and words[n - 1].word in ("a", "an", "the") else n - 2  # (‘a locked room staff called’)
    return a >= 0 and words[a].word in ("a", "an", "the") and all(
        x.text.replace("-", "").isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS for x in words[a + 1:n + 1]) \
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
    """
    t = _call_before_the(words, inner_the)
    if t is None:
        return False
    g = t - 1
    while g > 0 and (words[g].word in NAMING_AUXILIARIES or (words[g].text.isalpha() and words[g].text.islower()
                                                               and words[g].word.endswith("ly"))):
        g -= 1  # (‘have long called’, ‘fondly call’)
    if not _group_noun(words[g]):
        return False
    r = next((j for j in range(g - 1, max(-1, g - 4), -1) if words[j].word in ("that", "which")), -1)
    if r < 1 or any(not x.text[:1].isalpha() or x.word in SPEECH_VERBS for x in words[r + 1:g]):
        return False
    n = r - 1 - (words[r - 1].text == ",")  # the thing's noun: ‘the reef that’, ‘a cake, which’
    return n >= 1 and words[n].text.isalpha() and words[n].text.islower() and words[n].word not in FUNCTION_WORDS \
        and words[n].word not in SPEECH_VERBS and words[n].word not in CALL_VERBS and not _person_noun(words[n].word) \
        and not words[n].word.endswith(("ed", "ly"))


#: ‘the’ and a superlative in marks (‘the worst yet’, ‘the most dangerous’): a judgment, never a name.
RE_SUPERLATIVE_THE = regex.compile(r"the (?:worst|best|most|least|\p{Ll}+est)\b")


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
    """
    n = len(toks)
    v = next((v for v in range(n - 2, max(-1, n - 9), -1) if toks[v].word in ("call", "calls", "dubbed")
              or toks[v].word in NICKNAMING_VERBS), None)
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


#: An acronym in marks (‘“ARIA”’, ‘“GLP-1”’): a name for a thing, never anyone's judgment.
RE_TERM_ACRONYM = regex.compile(r"\p{Lu}{2,6}(?:-\d{1,3})?s?")


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
        and RE_TERM_GLOSS_AFTER.match(text, close_end) is not None


#: Pronouns and determiners of the thing a group calls or refers to by a term (‘call this the “…”’).
TERM_OBJECT_WORDS = frozenset("it this that these those them such".split())

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


#: Verbs of referring, before "to as" and a name (‘commonly referred to as “the pit”’).
REFER_VERBS = frozenset("refer refers referred referring".split())

#: Subjects of "refer to as" that are a group, whose word for a thing is its name (‘what locals refer to
#: as the “dead zone”’), never one speaker (‘which she referred to as “…”’).
GROUP_SUBJECTS = frozenset("staff everyone people police locals residents insiders officials many some most".split())


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
    """
    r = len(toks) - 2 if toks and toks[-1].word in ("the", "a", "an") else len(toks) - 1
    if r >= 4 and toks[r].word == "as" and toks[r - 1].word in NAMING_ADVERBS and toks[r - 2].word == "to":
        toks = toks[:r - 1] + toks[r:]  # an adverb between "to" and "as" (‘refer to simply as’)
        r -= 1
    if r < 3 or toks[r].word != "as" or toks[r - 1].word != "to" or toks[r - 2].word not in REFER_VERBS:
        return False
    s = toks[r - 3]
    if toks[r - 2].word == "referred" and (s.word in BE_FORMS or s.word in LABEL_ADVERBS or s.text == ","):
        return True  # (the passive: ‘is often referred to as’, ‘The area, referred to as’)
    q = _group_before_refer(toks, r - 3)  # (past an adverb and a group's field: ‘executives across the
    s = toks[q]  # sector now refer to as the’)
    the_name = (r < len(toks) - 1 and toks[-1].word == "the") or (r == len(toks) - 1 and inner_the)
    if not the_name or q < 1 or not (s.text.isalpha() and s.text.islower()) \
            or s.word in PRONOUNS or not (s.word in GROUP_SUBJECTS or s.word.endswith("s")):
        return False
    if q >= 2 and toks[q - 1].word in GROUP_QUANTIFIERS:  # (some, many, most)
        q -= 1  # (how much of the group: ‘which many locals refer to as’)
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


#: A quotation set off as a name by the words after it: ‘called him “the carpenter
#: philosopher,” a label he disliked’, ‘as “Full Pilot”, a name critics say misleads’.
RE_LABEL_AFTER = regex.compile(r",? (?:a|the|an|its|his|her|their) (?:[\w’'\-]+ )?"
                               r"(?:label|nickname|moniker|name|epithet|term|brand|slogan|tag|catchphrase)"
                               r"(?=[.;]| (?:he|she|they|it|that|which|critics|fans|many|some|given|coined|used|"
                               r"adopted|first|now|still|for|of|by)\b| \w+ (?:use|uses|used|coin|coined|apply|applied)\b"
                               r"| (?:[\w’'\-]+ ){1,6}(?:had |have |has )?(?:given|gave) (?:themselves|itself|himself|herself|him|her|them|it)\b"
                               r"|(?<=\ban? (?:[\w’'\-]+ )?(?:label|nickname|moniker|epithet|tag)) \p{Lu}\p{Ll}+(?:[’']s)? \p{Ll})")
# (and a name a group gave itself: ‘badges reading “Mrs. K’s Kids,” the name her pupils had given themselves’)
# (never ‘the label said’, ‘the brand ambassador’; ‘a term vendors use loosely’ is one, and so is ‘the “cop-watch
# committee,” a label Ocampo’s supporters later printed’, a capitalised someone who took the label up)

#: A service's or a system's noun set off after a name in marks, with up to four words before it, an
#: owner's among them: ‘“FloodWatch,” the city's free warning app’, ‘“Ushahidi,” a crisis-mapping
#: platform’ (never a speaker after it: ‘“Fine,” the system's designer said’).
RE_SYSTEM_AFTER = regex.compile(r",?\s(?:a|an|the|its|his|her|their|our) (?:[\p{Ll}\d’'\-]+ ){0,4}"
                                r"(?:app|apps|application|system|service|platform|website|site|hotline|helpline|portal"
                                r"|chatbot|database|network|newsletter)\b(?![’']s)(?! (?:said|says|told|wrote)\b)")

#: "was" or "is" and a capitalised word right after a name in marks (‘“Doc” was Spc. Ray Okafor’).
RE_NICKNAME_IDENTIFIED = regex.compile(r" (?:was|is) (?!I\b)\p{Lu}")


#: What a thing has come to be known as, set off after its name in marks (‘The “Harbor Point deal,” as
#: it has come to be known in Albany, was …’, ‘the “Big Dry”, as it became known’): a name, no one's words.
RE_BECAME_KNOWN_AFTER = regex.compile(r",?\s(?:as|what) (?:it|they|these|this|the \p{Ll}+) (?:(?:has|have|had|is|are|was|were) )?"
                                      r"(?:(?:come|came|begun|began) to be |become |became |(?:\p{Ll}+ly|now|still|also) )?known\b")

#: "known" to, among or across those who know one by a name, then "as" right before the marks (‘known to
#: donors across the state as’, ‘known among colleagues as’); no clause's comma between.
RE_KNOWN_TO_AS = regex.compile(r"\bknown (?:to|among|across|throughout|around) [^,.;:“”\"]{1,60} as (?:the )?\Z")

#: Verbs of naming before "only as" (‘identified only as “Witness K”’, ‘known only as “Dave”’).
ONLY_AS_VERBS = frozenset("identified known named referred described listed".split())


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
    if RE_KNOWN_TO_AS.search(text, max(sp.para_start, sp.open_at - 90), sp.open_at) is not None:
        return True  # (a name others know one by: ‘known to friends and neighbours as “Bunny,”’)
    return len(toks) >= 3 and toks[-1].word == "as" and toks[-2].word == "only" \
        and any(t.word in ONLY_AS_VERBS for t in toks[-6:-2])


def _nickname_identified(text: str, sp: Span, content: str) -> bool:
    """A nickname alone in marks opening its sentence, then "was" or "is" and whom it names (‘“Sarge”
    was Sgt. Colm Byrne, who …’, ‘“Doc” is Ama Owusu, the team medic’): the writer naming who went by
    it, no one's words (never words with a comma or a stop in the marks: ‘“Enough,” was all he said’);
    the words read as a nickname or stood earlier in the article."""
    return sp.close_end is not None and content[-1:].isalpha() and len(content.split()) <= 2 \
        and (_nickname_like(content) or text.rfind(content, 0, sp.open_at) >= 0) \
        and RE_NICKNAME_IDENTIFIED.match(text, sp.close_end) is not None  # (a name met before: ‘… Sarge pulled me out’)


#: A work's possessive after a title in marks (‘“Paper Moons,” the novel's author said’).
RE_WORK_OWNER_AFTER = regex.compile(r",?\s(?:the|his|her|their) (?:song|album|book|novel|memoir|film|movie|documentary"
                                    r"|play|musical|opera|podcast|series|show)[’']s\b")

#: A work's noun set off after a title in marks: ‘“Stand Tall, Vermont,” a folk song her campaign
#: adopted’, ‘“Paper Boats”, her second single’.
RE_WORK_AFTER = regex.compile(r",?\s(?:a|an|the|its|his|her|their) (?:[\p{Ll}\d’'\-]+ ){0,2}"
                              r"(?:song|ballad|hymn|anthem|single|album|book|novel|memoir|poem|film|movie|documentary"
                              r"|play|musical|opera|painting|podcast|series|show|drama|sitcom|comedy|thriller|collection"
                              r"|novella|track|cantata|oratorio|symphony|concerto|requiem|sonata|carol|suite|textbook"
                              r"|guide|handbook|cookbook|tune|melody|lullaby|aria|jingle|shanty)\b(?![’']s)"
                              r"(?! (?:said|says|told|wrote|read|writer|star|host|presenter|creator|producer|director|narrator|"
                              r"actor|actress|singer|author|anchor|co-host)\b)")  # (never ‘“Not Guilty,” the podcast host said’)

#: A sentence's end or a clause's comma inside a quotation: more than a term.
RE_SENTENCE_INSIDE = regex.compile(r"[.!?;,]")

#: Nouns of words and phrases: what they name in marks is a term, never speech ("phrases like “…”").
TERM_NOUNS = frozenset("phrases phrase terms term words word expressions expression slogans labels buzzwords".split())

#: Verbs of performing a work: a title after them is the work's ("playing “Yellow”").
PERFORM_VERBS = frozenset("playing played plays play performing performed performs perform sang sings sing singing "
                          "covered covering recorded screened screening".split())  # (‘the band will play “…”’)

#: Verbs of starting a song before "into", a title after them the song's (‘before launching into “Harbour Lights.”’).
PERFORM_INTO_VERBS = frozenset("launching launched launches launch".split())

#: Words that open a clause whose object the quotation may be: ‘which X, the CEO, called “…”’.
RELATIVE_OBJECTS = frozenset("which what whom".split())

#: Adverbs of usage between "is" and "called" (‘Pigs are sometimes called “mixing vessels”’).
LABEL_ADVERBS = frozenset("sometimes often also commonly usually generally popularly widely colloquially informally "
                          "affectionately locally officially formally simply".split())

#: Verbs that only ever name: what comes after them in marks is a name, whoever gave it.
NAMING_VERBS = frozenset("nicknamed dubbed titled entitled named known billed coined so-called".split())

#: Words after "known" that lead to "as" and a nickname ("known to fans as", "known locally as").
KNOWN_AS_LEADS = frozenset("to among by in on online locally here widely affectionately simply popularly around "
                           "throughout within across inside".split())

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
        return True  # a participle that follows what it classes, no "be": ‘312 flats, 35 per cent of them classed
        # as “affordable”’, ‘400 homes, all of which designated as “low carbon”’
    k = len(toks) - 3
    while k > 0 and toks[k].word.endswith("ly") and toks[k].text.isalpha() and toks[k].text.islower():
        k -= 1  # (‘was officially designated as’)
    return toks[k].word in BE_FORMS or toks[k].word == "be"


#: Verbs of a style one gives oneself ("styled himself “the Closer”").
STYLE_VERBS = frozenset("styled styles styling".split())

#: One word an online handle may be: with a digit, an underscore or an "@" ("cyb3rfox", "Nyx_Ops").
RE_HANDLE = regex.compile(r"@?(?=[\w.]*[\d_])[\w.]{3,30}")

#: A place's nickname in lower case: "the", up to two words, and a place's noun (‘the herb road’, ‘the
#: golden mile’, ‘the killer bend’), which a clause like ‘that farmers have long called’ gives it.
#:
#: >>> bool(RE_PLACE_NICKNAME.fullmatch("the herb road")), bool(RE_PLACE_NICKNAME.fullmatch("the road to ruin"))
#: (True, False)
RE_PLACE_NICKNAME = regex.compile(r"the (?:[\p{Ll}\-]+ ){1,2}(?:" + "|".join(sorted(PLACE_NICKNAME_HEADS)) + r")")

#: Nouns before a name in marks (‘under the label “Cool Customer”’).
LABEL_NOUNS = frozenset("label brand slogan hashtag tagline banner moniker catchphrase".split())

#: A longer name with "the", each word capitalised but the small ones (‘“the Great Wall of Thornby”’,
#: ‘“the Bridge to Nowhere”’): a name as short as four words are, whatever its length up to six.
RE_LONG_DEFINITE_NAME = regex.compile(r"[Tt]he \p{Lu}[\p{L}\-’']*(?: (?:of|to|in|on|and|the|\p{Lu}[\p{L}\-’']*)){3,4}")

#: A name with "the" (‘“the Wonky”’, ‘“The Settler”’, ‘“la Verlaine”’).
RE_DEFINITE_NAME = regex.compile(r"(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l) \p{Lu}[\p{Ll}\-’']+(?: \p{Lu}[\p{Ll}\-’']+)?")

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

#: Reflexive pronouns of bodies: what a company "calls itself" is a label, not speech.
BODY_REFLEXIVES = frozenset("itself themselves".split())  # (what one calls himself he says: "called himself “very pro-choice”")


#: Nouns of works, whose titles are quoted: ‘her fifth book, “The Keeper’s Wife.”’
WORK_NOUNS = frozenset("""
book novel memoir biography film movie documentary show series sitcom drama play musical opera song
single album record podcast programme program episode column poem painting exhibition game revival
production staging piece sculpture installation mural artwork canvas ticker
broadcast collection anthology headline essay newsletter segment saga romance thriller novella trilogy sequel
memoirs comedy cookbook mixtape soundtrack autobiography
""".split()) | frozenset("classic hit anthem ballad track opener hymn tune report study survey".split())

#: Nouns of works that name nothing else ("film", never "hit" or "opener", which sport uses too):
#: a one-word title after them may end its sentence (‘her blockbuster film, “Trainwreck.”’).
PLAIN_WORK_NOUNS = WORK_NOUNS - frozenset("classic hit anthem ballad track opener hymn tune game record report study survey".split())
# (a report's title is one only in title case: ‘whose latest report, “Dubai Residential Market Outlook 2025”,’)

#: Nouns of school and learned writing on a work (‘her thesis on “…”’).
ESSAY_NOUNS = frozenset("report essay paper thesis dissertation lecture talk".split())

#: A year in brackets right after a title's marks: ‘her field guide, “The Quiet Ferns” (1984),’.
RE_YEAR_AFTER_TITLE = regex.compile(r" ?\((?:1[5-9]|20)\d\d\)")


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


#: A title of one capitalised word, after a noun of a work: ‘the classic “Mannenberg,”’.
RE_ONE_WORD_TITLE = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*[,.]?")


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


def _coined_measure(content: str, toks: list[Token], sentence) -> bool:
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


def _work_set_off_before(text: str, sp: Span, content: str, toks: list[Token], sentence=None) -> bool:
    """A title in marks set off by commas right after a work's noun (‘His book, ‘Silver Service: My
    Years with the Queen’, is published next week’, ‘Her memoir, “Deadline City: A Life in News”,
    comes out in May’): the work's name, a subtitle and all, never the words of its author (‘In
    his book, “we were never told the truth,” he writes’: no Title Case)."""
    if len(toks) < 2 or toks[-1].text != "," or not _is_work_noun(toks[-2].word) or not toks[-2].text.islower() \
            or sp.close_end is None or not (text.startswith(",", sp.close_end) or content.endswith(",")):
        return False
    words = content.rstrip(",").replace(":", " ").split()
    if not 2 <= len(words) <= 12 or not words[0][:1].isupper() or content.rstrip(",")[-1:] in ".?!":
        return False
    whole = sentence() if sentence is not None else toks
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
    return bool(toks) and toks[-1].word in ("told", "tells", "telling") and toks[-1].text.islower() \
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


#: "The term" and its kin before marks that name the term itself (‘The term “…” generally refers to’).
TERM_NAMING_NOUNS = frozenset("term phrase word expression label coinage".split())

#: A verb right after a term's marks, an adverb or two before it (‘ generally refers’, ‘ was first coined’).
RE_TERM_VERB_AFTER = regex.compile(r",?(?: \p{Ll}+ly| often| also| now| first| still){0,2} (\p{Ll}+)(?: (\p{Ll}+))?(?: (\p{Ll}+))?")


#: A named agent after a term's marks, in its clause (‘“a national disgrace” was coined by Sen. Laura Price’).
RE_BY_NAME_AFTER = LazyPattern(r"[^.;“”]{0,40}?\bby \p{Lu}")


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
RE_PERSON_LAW = regex.compile(r"\p{Lu}[\p{L}\-]+(?:’s|'s|’|') (\p{Lu}\p{Ll}+)")


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


#: The subject pronoun of an owner's: "His verdict:" is what "he" said.
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}

#: The words of one's own sayings, as a regex alternation (‘verdict|view|…’).
_SAYINGS = "|".join(sorted(OWN_SAYINGS))

#: What is one's own to say: ‘His verdict: “…”’, ‘Her philosophy was simple: “…”’.
_OWN_SAYING = r"(?i:(his|her|their)) (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + ")"

#: First words of marks after "was called" that make it a summons or a call, not a label (‘was called
#: “back to the office”’, ‘was called “at least a dozen times a shift”’).
NOT_A_LABEL_OPENERS = frozenset("back at to into up away home again every twice once".split())

#: A document's own verb right after its author's aside (‘…, written by Justice X, said’).
RE_DOCUMENT_VERB = LazyPattern(r",? (?:said|says|stated|states|wrote|writes|read|reads|found|finds|concluded|concludes"
                                 r"|noted|notes|added|adds|declared|declares|ruled|rules|argued|argues|warned|warns|described|describes)\b")

#: A saying and whose it is, as a description (‘the message from union president Gloria Hart’,
#: ‘Mediator Paul Drescher's assessment’).
RE_SAYING_OF = regex.compile(r"(?:(?i:the|a|an) (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r")s? (?:from|of) (.+)"
                             r"|(.+?)['’]s (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r")s?)")

#: A person of one sex told of by a noun, between a named writer and "his"/"her" writing: who the
#: pronoun is may be that one.
RE_SAME_SEX_OTHER = {
    "he": regex.compile(r"\b(?:man|men|boy|father|grandfather|son|husband|brother|uncle|nephew|widower|grandson)\b"),
    "she": regex.compile(r"\b(?:woman|women|girl|mother|grandmother|daughter|wife|sister|aunt|niece|widow|granddaughter)\b"),
}

#: One's own writing as the speaker at a cue (‘Her caption read, “…”’, ‘“…,” his tweet said’), the year
#: it was written in before it or not (‘His 1962 memo warned’, ‘Her 1988 report described’): the
#: pronoun in group 1, whose writing it is.
RE_OWN_WRITING = LazyPattern(r"(His|Her|his|her) (?:(?:1[6-9]\d\d|20\d\d) )?(?:(?:latest|last|first|final|own|original|Instagram|Facebook|TikTok|X) )?(?:"
                             + "|".join(sorted(OWN_WRITINGS)) + ")")

#: One's own verdict or message before a colon (‘His verdict: “…”’, ‘Her message to voters:’).
RE_OWN_VERDICT = LazyPattern(_OWN_SAYING + r"(?: (?:to|for|on|about) [\p{L}’'\- ]{1,40})?")

#: The same as a whole sentence before a colon, with what it was like (‘Her advice to traders was clear’):
#: the saying in group 0 up to the verb.
RE_OWN_VERDICT_WAS = LazyPattern(r"(?:" + RE_OWN_VERDICT.pattern + r")(?= (?:was|is) \p{Ll}+(?: and \p{Ll}+)?$)"
                                 r"(?: (?:was|is) \p{Ll}+(?: and \p{Ll}+)?)")

def _verdict_verb_in(text: str, lo: int, hi: int) -> bool:
    """A cheap exact prefilter for :data:`RE_OWN_VERDICT_WAS` over ``text[lo:hi]``, which needs " was "
    or " is " before its last words (most colons close no ‘Her advice was clear’)."""
    return text.find(" was ", lo, hi) >= 0 or text.find(" is ", lo, hi) >= 0


#: A verb of speech in the passive (‘were told to’, ‘are said to be’): its subject says nothing.
PASSIVE_SPEECH = wordset("""
said told described quoted reported alleged understood thought believed urged asked warned ordered branded
labelled labeled called accused dubbed named criticised criticized attacked mocked
""")
RE_PASSIVE_CUE = LazyPattern(r"\b(?:is|are|was|were|be|been|being) (?:\p{Ll}+ )?(?:" + "|".join(sorted(PASSIVE_SPEECH)) + r")\b")

#: What a court, an inquest or a jury heard, ending a sentence (‘…, inquest hears’, ‘…, court told’).
RE_HEARD_AT_END = regex.compile(r", (?:an? |the )?(?:court|inquest|jury|jurors|tribunal|trial) "
                                r"(?:hears|heard|is told|was told|were told|told|has heard)\.?\s*$")

#: What an audience is given, right after it: it heard the words or was told or shown them (‘The
#: jury heard’, ‘The court has heard’, ‘Magistrates were told’, ‘Jurors were shown’, ‘the inquest
#: hears’).
RE_AUDIENCE_VERB = LazyPattern(r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:heard|hears|hear)\b"
                                 r"|[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:told|shown)\b")


#: A claim denied, dismissed or answered, up to the marks that quote its words, no owner named
#: (‘rejected claims that the Government has’, ‘denied allegations that she’, ‘hit back at
#: suggestions of’, ‘amid accusations of’; never ‘rejected Labour's claim that’, ‘claims by MPs that’,
#: nor ‘repeated his claims that’: the subject's own).
RE_CLAIM_DENIED = regex.compile(
    r"\b(?:(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing"
    r"|refuted|refutes|refuting|rebutted|rebuts|disputed|disputes|disputing)"
    r"|(?:hit|hits|hitting|fired|fires|firing|lashed|lashes) back (?:at|against)|pushed back (?:at|against|on)"
    r"|(?:brushed|brushes|shrugged|shrugs|laughed|laughs|batted|bats|swatted) (?:aside|off|away)"
    r"|(?:played|plays|playing) down|amid|in response to|responding to|responded to)"
    r" (?:(?:the|these|those|any|all|such|fresh|new|recent|repeated|persistent|growing|mounting|widespread|further"
    r"|earlier|opposition|unfounded|baseless)[ \t]+){0,2}"
    r"(?:claims?|allegations?|accusations?|suggestions?|reports?|charges?|criticisms?|assertions?|insinuations?"
    r"|rumou?rs?|speculation)"
    r" (?:that|of)\b(?:(?!\bas\b|\b(?:and|but|while|before)\s+(?:said|says|told|tells|insists|insisted|saying|insisting|described|called"
    r"|added|stressed|maintained|argued|claimed|noted|warned|dismissed|vowed|pledged|promised)\b"
    r"|\b(?:and|but|while|before)\s+(?:repeated|reiterated|responded|replied|answered|countered|retorted|explained)"
    r"(?=\s+that\b|\s*[,:“\"‘])"
    r"|\bby\s+(?:saying|insisting|calling|describing|noting|arguing|stressing|pointing)\b)[^,.;:!?“”\"‘\n]){0,150}$")  # (never past "as" nor a comma: ‘dismissed
# reports of arms shipments as “propaganda”’, ‘pushed back against accusations of sexism, saying … and calling
# him “a feminist”’ are the subject's words)


def _claim_denied(text: str, lo: int, at: int) -> bool:
    """The marks at ``at`` quote a claim the sentence (from ``lo``) denies or answers: its words
    are the claimants', not the subject's.

    >>> t = "Jane Ross denied claims that she had “misled Parliament”."
    >>> _claim_denied(t, 0, t.index("“")), _claim_denied(t.replace("denied", "repeated her"), 0, t.index("“"))
    (True, False)
    """
    return RE_CLAIM_DENIED.search(text, max(lo, at - 240), at) is not None


def _hearing_audience(text: str, mention: Mention) -> bool:
    """The mention is a court, a jury or an inquest that heard the words, never their speaker
    (‘The jury was told the victim had been “left for dead”’, ‘Leeds Crown Court heard how Jones had
    “bragged”’, ‘Jurors were shown a video in which …: “…”’; but ‘The court ruled …’ speaks).

    >>> m = Mention(0, 8, "The jury", "description")
    >>> _hearing_audience("The jury heard he was “sorry”.", m), _hearing_audience("The jury said he was “sorry”.", m)
    (True, False)
    """
    words = mention.text.split()
    return bool(words) and words[-1].lower().strip("’'") in HEARING_BODIES \
        and RE_AUDIENCE_VERB.match(text, mention.end) is not None


#: A message's sender named before "which read:" or after "sent by" (‘X sent a message which read:’,
#: ‘One message, sent by X at 2am, read:’).
RE_SENDER = regex.compile(
    r"(?:\b(?!(?:He|She|They|It|We|Then|Later|Earlier|Also|Police|Officers)\b)(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}) "
    r"(?:had |has |then )?(?:sent|posted|wrote|texted|emailed) "
    r"[^;:“\"‘]{0,60}?\b(?:message|text|email|letter|note|post|tweet)s?\b[^;:“\"‘]{0,50}? (?:which|that) (?:read|said|stated)"
    r"|(?:message|text|email|letter|note|post|tweet|alert|warning|notice|notification)s?, (?:sent|written|posted|issued) by "
    r"((?:the )?\p{Lu}[\p{L}’'\-]+(?: (?:(?:of|for|and) )?(?:the )?\p{Lu}[\p{L}’'\-]+){0,6}"
    r"|(?:the|a|an) \p{Ll}[\p{Ll}’'\-]+(?: \p{Ll}[\p{Ll}’'\-]+)?|\p{Ll}+s (?:for|of) (?:the|his|her|their) \p{Ll}+)"
    r"(?: (?:at|on|in|shortly|just|around|about) [^,;“\"]{1,40}?)?, (?:read|said|stated))[:,]?\s*$")

#: A message a person named right after it sent, or sent from their account, up to the colon or the
#: "that read" before its words (‘a text message Reyes sent to a co-worker in May:’, ‘an email, sent
#: from Harding's work account in 2021, that read:’): group 1 or 2 is the sender.
RE_NAMED_SENDER_AFTER = regex.compile(
    r"\b(?:message|text|email|e-mail|letter|note|voicemail)s? (?:that |which )?"
    r"(?!(?:He|She|They|It|We|Police|Officers)\b)(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?:had )?"
    r"(?:sent|wrote|texted|emailed|left|posted)\b[^“”‘’\":;.]{0,80}:\s*$"
    r"|\b(?:message|text|email|e-mail|letter|note)s?, (?:sent|written|posted) from "
    r"(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2})['’]s? (?:\p{Ll}+ ){0,2}(?:account|phone|address|device)\b"
    r"[^;:“”\"]{0,60}?, (?:that |which )?(?:read|said|stated)[:,]?\s*$")

#: A sentence that only hands over a message's words (‘It read:’, ‘The email said:’), whose sender the
#: sentence before names.
RE_IT_READ = regex.compile(r"(?:It|The (?:message|text|text message|email|e-mail|letter|note)) (?:read|said|stated)[:,]?\s*$")

#: A named sender of a message, in the sentence before one that hands over its words (‘The court
#: heard that Otieno had sent a text message to his cousin.’).
RE_NAMED_SENT_MESSAGE = regex.compile(
    r"(?<![\p{L}’'])(?!(?:He|She|They|It|We|Then|Later|Earlier|Also|Police|Officers|The)\b)"
    r"(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?:had |has |then )?(?:sent|posted|wrote|texted|emailed) "
    r"(?:a|an|the|one|another) (?:[\p{L}\-]+ ){0,2}(?:message|text|email|e-mail|letter|note)\b")


#: After a message's sender and verb of sending, a comma then a clause of someone else's speech before the colon.
RE_OTHER_SPEAKS_AFTER_SENDING = regex.compile(
    r",\s+(?:[\p{L}\-’'.]+\s+){0,5}?(?:said|says|wrote|writes|replied|replies|added|adds|told|stated|states|"
    r"responded|responds|declared|insisted|answered|warned)\b")


#: Verbs of sending, one of which a sender named after a message needs (:data:`RE_NAMED_SENDER_AFTER`),
#: looked for before the pattern runs.
SENDING_WORDS = (" sent ", " written ", " wrote ", " left ", " texted ", " emailed ", " posted ")


def _sender_named_after(text: str, lo: int, hi: int) -> Mention | None:
    """The sender a message's relative clause names (:data:`RE_NAMED_SENDER_AFTER`) before the words at
    ``hi``; None for any other sentence.

    >>> t = "Prosecutors showed jurors a text message Reyes sent to a co-worker in May:"
    >>> _sender_named_after(t, 0, len(t)).text, _sender_named_after("She sent a text:", 0, 16)
    ('Reyes', None)
    """
    if not any(text.find(verb, lo, hi) >= 0 for verb in SENDING_WORDS):
        return None  # (a cheap exact test first: the pattern holds a verb of sending)
    m = RE_NAMED_SENDER_AFTER.search(text, lo, hi)
    if m is None:
        return None
    if m.group(1) and RE_OTHER_SPEAKS_AFTER_SENDING.search(text, m.end(1), m.end()) is not None:
        return None  # (the message is only the occasion: ‘In response to a letter Mr Hughes sent last month, the
        # council said:’, ‘Replying to an email Sarah Lind sent on Friday, Mayor Ann Cole wrote:’)
    g = 1 if m.group(1) else 2
    return Mention(m.start(g), m.end(g), m.group(g), "name")


def _sender_of_it_read(text: str, lo: int, hi: int) -> Mention | None:
    """For a sentence that only hands over a message's words (‘It read:’), the one the sentence
    before, in the same paragraph, says sent the message, named and alone (‘The court heard that
    Otieno had sent a text message to his cousin. It read: “…”’); None otherwise.

    >>> t = "Otieno had sent a text message to his cousin. It read:"
    >>> _sender_of_it_read(t, 46, len(t)).text, _sender_of_it_read("She got a text. It read:", 16, 24)
    ('Otieno', None)
    """
    if RE_IT_READ.match(text, lo, hi) is None or text[lo:hi].strip().count(" ") > 3:
        return None
    before = text.rfind(". ", 0, lo - 1)
    p_lo = max(before + 2 if before >= 0 else 0, text.rfind("\n", 0, lo) + 1)
    found = list(RE_NAMED_SENT_MESSAGE.finditer(text, p_lo, lo))
    if len(found) != 1:
        return None  # (none, or two senders: either may be the one)
    return Mention(found[0].start(1), found[0].end(1), found[0].group(1), "name")


#: The verbs every match of :data:`RE_SENDER` ends with.
SENDER_READS = ("read", "said", "stated")


#: A message and, in the relative clause after it, a pronoun that sent it to someone, up to the
#: colon before the words (‘a text message he sent her in January, the day after the session:’,
#: ‘the last email she wrote him:’).
RE_PRONOUN_SENT = LazyPattern(r"\b(?:text|texts|message|messages|email|emails|e-mail|letter|letters|note|notes|postcard|voicemail)"
                              r" (?:that |which )?(?P<who>he|she) (?:had )?(?:sent|wrote|texted|emailed|left|posted) "
                              r"(?:her|him|me|them|us|his \p{Ll}+|her \p{Ll}+)\b[^“”‘’\":;.]{0,80}:\s*$")


def _pronoun_sender(text: str, lo: int, hi: int) -> Mention | None:
    """The pronoun that sent the message whose words follow the colon at ``hi``
    (:data:`RE_PRONOUN_SENT`); None for any other sentence.

    >>> t = "She shows me a text message he sent her in January:"
    >>> _pronoun_sender(t, 0, len(t)).text, _pronoun_sender("She shows me a text message:", 0, 28)
    ('he', None)
    """
    if not text[lo:hi].rstrip().endswith(":") or (text.find(" he ", lo, hi) < 0 and text.find(" she ", lo, hi) < 0):
        return None  # (cheap exact tests first: the pattern ends at the colon before the words, and its
        # pronoun follows the message's noun and a space)
    at = text.find(" sent ", lo, hi)
    if at < 0:
        at = max(text.find(w, lo, hi) for w in (" wrote ", " texted ", " emailed ", " left ", " posted "))
    if at < 0:
        return None
    m = RE_PRONOUN_SENT.search(text, max(lo, at - 40), hi)
    return Mention(m.start("who"), m.end("who"), m.group("who"), "pronoun") if m is not None else None


#: One who sends or writes messages, the subject of the paragraph's first sentence (‘Aoife still sends
#: her brother messages.’, ‘Every week Tomasz writes his mother letters.’).
RE_SENDS_MESSAGES = LazyPattern(r"(?:^|(?<=[\s,]))(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}) (?:still |often |regularly |sometimes )?"
                                r"(?:sends|writes|texts|leaves|sent|wrote|texted|left) (?:[\p{Ll}’']+ ){0,3}?"
                                r"(?:messages|texts|letters|notes|emails|postcards|voicemails)\b[^.!?“”‘’\"]{0,80}[.!?]")


#: What may stand before the colon of one of the messages a paragraph says someone sends: an occasion
#: or "another", "one", "the latest" (‘On his birthday:’, ‘Another, from last Christmas:’, ‘And from
#: her birthday:’, ‘The latest:’), nothing with a verb or another's noun.
RE_MESSAGE_LEAD = LazyPattern(r"(?:(?:And|But|Then) )?(?:(?:Another|One|The (?:last|latest|first|next|most recent)(?: one)?),? ?)?"
                              r"(?:(?i:from|on|at|for|after|before|in|sent on|sent at|dated) [^:“”\"]{1,40}?)?:")


def _own_saying_fits(text: str, whose, pronoun: str, at: int) -> bool:
    """Guard: "his"/"her" of a saying before a colon is ``whose`` only when that one is of the pronoun's
    sex and no pronoun of the other sex stands between their last mention and the saying (‘Nicola
    Sturgeon stood beside her successor. His message to voters was simple:’ is the successor's)."""
    sex = {"he": "m", "she": "f"}.get(pronoun)
    if sex is None or whose.gender != sex:
        return False
    last = max((e for s_, e in whose.spots if e <= at), default=None)
    if last is None:
        return True
    other = r"\b(?i:she|her|hers|herself)\b" if sex == "m" else r"\b(?i:he|him|his|himself)\b"
    return regex.search(other, text[last:at]) is None


def _sender_of_messages(text: str, sp: Span) -> Mention | None:
    """For words a colon introduces with no speaker, the one the paragraph's first sentence says
    sends such messages (:data:`RE_SENDS_MESSAGES`), named; None otherwise.

    >>> from quotesearch.quotes import Span
    >>> t = "Aoife still sends her brother messages. On his birthday: “Come home.”"
    >>> _sender_of_messages(t, Span(t.index("C"), len(t) - 1, t.index("“"), len(t), 0, 0, len(t), False, False)).text
    'Aoife'
    """
    head = text[sp.para_start:min(sp.open_at, sp.para_start + 200)]
    if not any(w in head for w in (" messages", " texts", " letters", " notes", " emails", " postcards", " voicemails")):
        return None
    m = RE_SENDS_MESSAGES.match(text, sp.para_start, sp.open_at)
    if m is None or m.group(1).split()[0] in ("He", "She", "They", "It", "We", "I", "You", "The", "This"):
        return None
    lead = regex.split(r"[.!?]\s+", text[m.end():sp.open_at].rstrip())[-1]
    if RE_MESSAGE_LEAD.fullmatch(lead.strip()) is None:
        return None  # (guard: only a message's own occasion before the colon, ‘On his birthday:’, ‘Another,
        # from last Christmas:’; never a sentence of someone else's answer: ‘The answer never changed:’,
        # ‘Her reply, in a voice note:’, ‘The prison’s policy is strict:’)
    return Mention(m.start(1), m.end(1), m.group(1), "name")


def _names_a_verb_of_sending(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` holds one of :data:`SENDER_READS`: a quick test before :data:`RE_SENDER`, which
    would otherwise try every position of the words before each quotation.

    >>> _names_a_verb_of_sending("One message, sent by Maguire, read:", 0, 35), _names_a_verb_of_sending("He wrote:", 0, 9)
    (True, False)
    """
    return any(text.find(verb, lo, hi) >= 0 for verb in SENDER_READS)


#: Who sent a message, after "from": a name or a description of one to five words (‘a Twitch
#: employee’, ‘the company's head of safety’, ‘Lena Ortiz’), nothing set off.
RE_MESSAGE_SENDER = LazyPattern(r"(?:(?:the|a|an|one|another|his|her|their|its) )?[\p{L}\d’'\-]+(?: [\p{L}\d’'\-]+){0,4}")


#: How far before the words a message's verb may stand when the words are a fragment of what it said
#: (‘an email from Nakamura saying the plan was “dead”’).
MESSAGE_GIST_REACH = 80


def message_from(text: str, lo: int, hi: int) -> tuple[int, int, int] | None:
    """Where " from " starts, and the span of whoever it names, when the words before ``hi`` are a
    message's that a report names after "from" (‘a letter from Kim that read:’, ‘a note from Kim
    saying’, ‘an email from Nakamura saying the plan was’); the one it was sent to is cut off (‘a letter
    from Kim to Trump that read’). None for any other sentence.

    >>> t = "Trump got a letter from Kim to Moon that read:"
    >>> f, s, e = message_from(t, 0, len(t)); t[s:e]
    'Kim'
    >>> message_from("A letter from Kim said the plan was", 0, 35), message_from("He said:", 0, 8)
    (None, None)
    """
    if text.find(" from ", lo, hi) < 0:
        return None  # (a cheap exact test first: the " from " searched for below stands before ``hi``)
    head = text[lo:hi].rstrip(" :,")
    cut = next((len(head) - len(e) for e in MESSAGE_READ_ENDS if head.endswith(e)), None)
    if cut is None:
        cut = _message_gist_cut(head)
        if cut is None:
            return None  # (most sentences: a plain test of the end first)
    at = text.rfind(" from ", lo, lo + cut)
    if at < 0 or lo + cut - at > 70:
        return None
    nouns = text[max(lo, at - 40):at].lower().replace("’s", "").split()[-3:]
    if not any(w.strip(",") in SENT_MESSAGE_NOUNS for w in nouns):
        return None  # (a message, a post, a reply; never ‘a quote from the film that read’)
    s, e = at + 6, lo + cut
    to = text.find(" to ", s, e)
    return at, s, to if to > s else e  # (never the one it was sent to: ‘a message from Ramaphosa to ANC members’)


def _message_gist_cut(head: str) -> int | None:
    """Where a message's participle or relative stands in ``head`` when what follows it, up to the
    marks, is the gist of what the message said, with no speech verb of its own (‘an email from
    Nakamura saying the plan was’; never ‘… saying the plan was dead, and Jones said it was’)."""
    tail = head[-MESSAGE_GIST_REACH:]
    best, end = max((tail.rfind(e + " "), e) for e in MESSAGE_READ_ENDS)
    if best < 0:
        return None
    rest = tail[best + len(end):]
    if any(c in rest for c in ";:") or any(w.strip(",").lower() in SPEECH_VERBS for w in rest.split()):
        return None
    return len(head) - len(tail) + best


def message_sender(text: str, lo: int, hi: int) -> Mention | None:
    """The sender of the message whose words a sentence's relative clause or participle gives, named
    after "from" (‘X shared a screenshot of a message from a Twitch employee that read: “…”’: the
    employee's, never X's, who only shared it; ‘Lee received a note from Kim saying “…”’: Kim's, named
    once or more); None for any other sentence (‘a letter from 2019 that read’ is no one's: the sender
    must be a person or a body, never a date nor a capital, :data:`SENDER_PLACES`).

    >>> t = 'Kai posted a message from a Twitch employee that read: "Hi."'
    >>> message_sender(t, 0, t.index('"')).text
    'a Twitch employee'
    >>> [message_sender(t, 0, len(t)) for t in ("He found a note from 2019 that read:", "a text from his phone that read:")]
    [None, None]
    >>> [message_sender(t, 0, len(t)).text for t in ("Lee got a letter from Kim to Moon saying", "a note from Putin that read:")]
    ['Kim', 'Putin']
    """
    sent = message_from(text, lo, hi)
    if sent is None:
        return None
    _, s, e = sent
    if RE_MESSAGE_SENDER.fullmatch(text, s, e) is None or any(c.isdigit() for c in text[s:e]):
        return None
    words = text[s:e].split()
    if words[0].lower() in ARTICLES or words[0].lower() in ("one", "another", "his", "her", "their", "its"):
        head = description_head(text[s:e]) if len(words) > 1 and words[-1].isalpha() and words[-1].islower() else None
        if head is None or head in THING_NOUNS and head not in BODY_NOUNS:
            return None  # (a person or a body described, ending with its noun: ‘a Reddit administrator’,
            # ‘the company’; never ‘his phone’, ‘an old account’)
        return Mention(s, e, text[s:e], "description")
    if not all(w[:1].isupper() for w in words) or any(w.lower() in NOT_NAMES for w in words) \
            or (len(words) == 1 and (words[0].lower() in ONE_WORD_PLACES
                                     or (words[0].lower() in SENDER_PLACES and not _personal_word(words[0])))):
        return None  # (never a day or a place: ‘a message from Gaza that read’; but ‘a message from
        # Ahmed’, ‘a text from Mum’, ‘a letter from Putin’ are someone's)
    return Mention(s, e, text[s:e], "name")


def _without_recipient(words: str) -> str:
    """A description of a document without the one it was sent to after its sender (‘An email from
    Hargreaves to staff’ → ‘An email from Hargreaves’): the sender is whose words it holds.

    >>> _without_recipient("a letter from Elon Musk to Prime Minister Keir Starmer"), _without_recipient("the note to Kim")
    ('a letter from Elon Musk', 'the note to Kim')
    >>> _without_recipient("A follow-up email from Ward two weeks later"), _without_recipient("a text from Mensah on Friday")
    ('A follow-up email from Ward', 'a text from Mensah')
    """
    at = words.find(" from ")
    to = words.find(" to ", at + 6) if at > 0 else -1
    words = words[:to] if to > 0 else words
    when = RE_SENT_WHEN.search(words, at + 6) if at > 0 else None
    return words[:when.start()] if when is not None else words  # (nor when it was sent: ‘an email from
    # Ward two weeks later’, ‘a text from Mensah on Friday’ are Ward's, Mensah's)


#: When a message was sent, after its sender at a description's end (‘… from Ward two weeks later’, ‘… from
#: Mensah on Friday’, ‘… from Ng in March’, ‘… from Lee last year’).
#:
#: >>> [bool(RE_SENT_WHEN.search(t)) for t in ("from Ward two weeks later", "from Ng in March 2021", "from Kim")]
#: [True, True, False]
RE_SENT_WHEN = LazyPattern(
    r" (?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|months?|years?|hours?) "
    r"(?:later|earlier|before|after)|(?:last|that|the next|the following|the same) (?:day|night|week|month|year|morning|evening)"
    r"|(?:on|last|that|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|in (?:" + "|".join(MONTH_NAMES) + r"|\d{4})(?: \d{4})?|(?:earlier|later) (?:that|this) (?:day|week|month|year))$")


def _passed_on(text: str, lo: int, hi: int) -> bool:
    """The words from ``lo`` to ``hi`` (a mention's end to a message's " from ") hold a verb of getting
    or passing the message on (:data:`PASSED_ON_VERBS`): ‘Farmers received a letter’, ‘The White House
    released a letter’."""
    return hi - lo <= 80 and any(w.strip(",").lower() in PASSED_ON_VERBS for w in text[lo:hi].split())


#: Reports or claims of what someone said, which the source at the sentence's end denies or confirms
#: (‘Reports that Ms Vance described the plan as “unworkable” were wrong, a spokesman said’).
RE_REPORTS_THAT = LazyPattern(r"\b(?i:reports?|claims?|suggestions?|allegations?|rumou?rs?) that\b")

#: One's own saying right before the marks: ‘His philosophy was simple: “…”’, ‘As he liked to say, “…”’
#: (and after a concession: ‘Her advice is simple, if not always easy to follow: “…”’; after whom it is
#: for: ‘His advice to diners is simple:’; and as it opens: ‘Her reply began:’; past where it was found: ‘Her
#: reply, also seen by the Examiner, was two lines long:’).
RE_OWN_SAYING = regex.compile(
    r"(?:\b" + _OWN_SAYING + r"(?: (?:to|for) (?:\p{Ll}+ ){0,2}\p{Ll}+)?"
    r"(?:, (?:also )?(?:seen|included|obtained|reviewed|quoted|cited|attached|filed)(?: [\p{L}\-]+){1,5},)?"
    r"(?: (?:was|is|remained|remains) (?:\p{Ll}+ ){0,2}\p{Ll}+"
    r"(?:, (?:if|though|although|albeit) (?:\p{Ll}[\p{Ll}\-]* ){0,5}\p{Ll}[\p{Ll}\-]*)?| (?:began|begins|ran|runs))?:"
    r"|\b[Aa]s (he|she|they|\p{Lu}[\p{Ll}’'\-]+) (?:(?:liked|loved|used) to (?:say|put it)|(?:often|once|always|famously|would) "
    r"(?:said|say|put it)|put it|says|said)[,:]"
    # (and as it came, and in what: ‘His “apology” arrived the next morning, in the form of another tweet:’, ‘Her
    # reply came hours later in a statement:’)
    r"|\b(?i:(his|her|their)) [“‘\"']?(?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r"|apology)[”’\"']? (?:arrived|came)"
    r"(?: (?:[\p{Ll}\p{N}\-]+)){0,4}(?:,? (?:in the form of|in|via|on|by) (?:a|an|another|his|her|their) (?:\p{Ll}[\p{Ll}\-]* ){0,2}"
    r"\p{Ll}[\p{Ll}\-]*)?:)\s*$")

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


def _bare_role_word(word: str) -> bool:
    """A role noun alone, in any case but a name's, with no article or name: "CEO", "minister".

    >>> _bare_role_word("CEO"), _bare_role_word("chairman"), _bare_role_word("Smith"), _bare_role_word("the minister")
    (True, True, False, False)
    """
    return word.isalpha() and word.lower() in ROLE_NOUNS and (word.islower() or (word.isupper() and len(word) <= 4))


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

    >>> from quotesearch.names import tokenize
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


#: A credit line or a note on the writer after a dash (never a quotation's sign-off).
RE_CREDIT_LINE = regex.compile(r"(?i)\b(?:reporting|contributed|contributing|compiled|edited|writes|wrote)\b|\b(?:is|was) (?:a|an|the|professor|editor|author|director|chief)\b")


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


#: A full stop, question or exclamation mark before a space or the end.
RE_STOP_AND_SPACE = regex.compile(r"[.!?](?:\s|$)")


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
    stop = RE_STOP_AND_SPACE.search(text[lo:hi])
    lead = text[paras[0][0]:paras[0][1]] + " " + text[lo:lo + stop.end() if stop else hi]
    return any(w in lead for w in body.split() if len(w) > 2)


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
    # (never a speaker's label: ‘JASON DAY:’, ‘REP. ANNA DAY:’)


#: Verbs before "the name" that give one (‘was given the name “Juniper”’, ‘using the name “…”’).
NAME_GIVING = frozenset("using under given gave give chose chosen picked took bears bore received".split())

#: Words after a closing mark that go on the sentence, never a noun the marks' words qualify.
GOES_ON_AFTER = frozenset("""
today yesterday tonight now again too instead anyway though then once twice ever here there later earlier
afterward afterwards online overnight last this next every each all both because unless until even just
still also only already either neither more most less least much very enough first
""".split())


def _stock_phrase_unsaid(content: str, tail_toks: list[Token]) -> bool:
    """The marks hold only a catchphrase of markets and economics (:data:`STOCK_PHRASES`) and the sentence
    before them has no verb of speech but a question's (‘Asked whether that meant keeping rates “higher
    for longer,” she said …’): the writer's term, no one's words; never ‘X said rates would stay
    “higher for longer”’.

    >>> _stock_phrase_unsaid("soft landing", tokenize("talk of a ", 0, 10)), _stock_phrase_unsaid("soft landing", tokenize("she said a ", 0, 11))
    (True, False)
    """
    if content.strip(" ,.;:!?").lower() not in STOCK_PHRASES:
        return False
    return not any(t.word in SPEECH_VERBS and t.word not in QUESTION_ASKING_WORDS for t in tail_toks)


#: Verbs of asking, whose question in an opening phrase is the reporter's (‘Asked whether …’).
QUESTION_ASKING_WORDS = ASK_VERBS | {"asking"}


def _scare_of_phrase(text: str, sp: Span, content: str) -> bool:
    """The marks hold one to three words in lower case between "the" and "of" (‘halting the “hollowing
    out” of villages’, ‘the “greening” of the city’): a term the writer sets apart, the head of a noun
    phrase, no one's sentence.

    >>> t = "aimed at halting the “hollowing out” of villages"
    >>> sp = Span(start=22, end=35, open_at=21, close_end=36, paragraph=0, para_start=0, para_end=len(t))
    >>> _scare_of_phrase(t, sp, "hollowing out")
    True
    """
    words = content.split()
    return 1 <= len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and sp.close_end is not None and text.startswith(" of ", sp.close_end) \
        and text[max(0, sp.open_at - 4):sp.open_at].lower() == "the "


def _thing_owner(toks: list[Token]) -> bool:
    """The words before the marks end with a thing's possessive (‘the app’s’, ‘the bank's’): what the
    marks name before a noun is the thing's feature or product, whatever verb comes before (‘content
    recommended on the app’s “For Later” feed’); never a person's (‘the senator's “Jobs First” plan’).

    >>> _thing_owner(tokenize("videos on the app’s ", 0, 20)), _thing_owner(tokenize("on the mayor’s ", 0, 15))
    (True, False)
    """
    if len(toks) < 2 or toks[-2].word not in ("the", "its", "their"):
        return False
    owner = toks[-1].text
    if not owner.endswith(("’s", "'s")) or not owner[:-2].isalpha() or not owner[:-2].islower():
        return False
    noun = owner[:-2].lower()
    return not _person_noun(noun) and noun not in GENDERED_NOUNS and noun not in KIN_NOUNS


def _refer_to_as_article(toks: list[Token]) -> bool:
    """The words before the marks are "refer to as" and an article, the thing referred to gone before
    it (‘a system staff refer to as the “no name, no door” policy’): with a noun after the marks, a
    name whoever refers to it so (:func:`_referred_to_as` reads the marks with no noun after, where
    only a passive or a group's usage makes a name); never ‘referred to the plan as “…”’, which names
    what is called.

    >>> _refer_to_as_article(tokenize("a rule staff refer to as the ", 0, 29))
    True
    """
    return len(toks) >= 4 and toks[-1].word in ("the", "a", "an") and toks[-2].word == "as" and toks[-3].word == "to" \
        and toks[-4].word in REFER_VERBS


def _attributive(text: str, close_end: int) -> bool:
    """A lower-case noun right after the closing mark, which the marks' words name a kind of:
    ‘in “Sport” mode’, ‘its “Campus” loafer’, ‘the “Gilded Sovereign” bundle’, the app's “For You”
    feed’ (a noun in "-ed", :data:`NOUNS_ENDING_ED`), ‘a “blue flu” sick-out’ (a verb's noun with its
    particle)."""
    w = _word_after(text, close_end)
    if w is None:
        return False
    return w not in AFTER_CLOSE_WORDS and w not in GOES_ON_AFTER and w not in SPEECH_VERBS \
        and not (w.endswith(("ly", "ed", "ing")) and w not in NOUNS_ENDING_ED) and w not in PRONOUNS
    # (a participle or an adverb goes on the sentence; but ‘the app’s “For Later” feed’ is a noun)


RE_WORD_AFTER = regex.compile(r" (\p{Ll}+)\b(?![’'\-])")

#: A noun made of a verb and its particle with a hyphen, right after a closing mark (‘ sick-out’,
#: ‘ sit-in’, ‘ walk-out’): the particle in group 2 (:data:`PHRASAL_NOUN_PARTICLES`).
RE_PHRASAL_NOUN_AFTER = regex.compile(r" (\p{Ll}+-(\p{Ll}+))\b(?![’'\-])")


def _word_after(text: str, at: int) -> str | None:
    """The lower-case word right after ``at``: a plain word (‘ mode’), or a verb's noun with its
    particle (‘ sick-out’); never a word that a hyphen joins to another (‘ well-known’).

    >>> _word_after("a “blue flu” sick-out over", 12), _word_after("a “big” well-known firm", 7)
    ('sick-out', None)
    """
    m = RE_WORD_AFTER.match(text, at)
    if m is not None:
        return m.group(1)
    m = RE_PHRASAL_NOUN_AFTER.match(text, at)
    return m.group(1) if m is not None and m.group(2) in PHRASAL_NOUN_PARTICLES else None


#: A defined term's opening inside brackets, as releases and filings give one after a name:
#: ‘Veridian Systems, Inc. (“Veridian” or the “Company”)’, ‘(the “Fund”)’, ‘(collectively, the “Lenders”)’.
RE_DEFINED_TERM_BEFORE = LazyPattern(r"\((?:(?:collectively|together|jointly|hereinafter)(?: referred to as| called)?,? )?"
                                       r"(?:the |an? )?(?:[\"“][^\"“”()]{1,40}[\"”],? (?:or|and) (?:the |an? )?)?$")


#: What follows a term a release or a filing defines by a rule or a law: ‘a “qualified person” as defined
#: in National Instrument 43-101’, ‘contains “forward-looking statements” within the meaning of the Act’,
#: ‘a “domestic systemically important bank”, as that term is defined under …’.
RE_DEFINED_BY_RULE_AFTER = LazyPattern(r",? (?:as (?:(?:that|such|the) term is |it is )?defined (?:in|by|under)\b"
                                       r"|within the meaning of\b)")
#: (prefilter) How ``RE_DEFINED_BY_RULE_AFTER``, which it guards, must open: a plain test spares most
#: quotations the pattern (and most runs its compiling).
DEFINED_BY_RULE_OPENINGS = (" as ", ", as ", " within ", ", within ")


def _defined_by_rule(text: str, sp: Span, content: str) -> bool:
    """Up to six words in marks, no sentence's stop inside, that the words right after give a rule's
    or a law's definition (:data:`RE_DEFINED_BY_RULE_AFTER`): a disclaimer's defined term, never words
    said (‘“We are a qualified lender as defined by the rules,” she said’ holds the words inside). The
    caller reads it only when no cue gave a speaker, at most the sentence's subject with no cue (‘to
    defend the view that he is “natural born” within the meaning of the Constitution’ is the defenders')."""
    words = content.rstrip(",").split()
    return sp.close_end is not None and 1 <= len(words) <= 6 and not any(c in content for c in ".!?;:") \
        and text.startswith(DEFINED_BY_RULE_OPENINGS, sp.close_end) and RE_DEFINED_BY_RULE_AFTER.match(text, sp.close_end) is not None


def _defined_term(text: str, sp: Span) -> bool:
    """The marks hold a term the text defines in brackets right after a name: ‘(“Veridian” or the
    “Company”)’ (a name for the body, never its words)."""
    if sp.close_end is None or not text.startswith((")", " or ", " and ", ", or "), sp.close_end):
        return False
    m = RE_DEFINED_TERM_BEFORE.search(text, max(0, sp.open_at - 60), sp.open_at)
    return m is not None and not text[max(0, m.start() - 40):m.start()].rstrip().rsplit(" ", 1)[-1].startswith("#")
    # (a hashtag's gloss is what people posted: ‘used the hashtag #PortesOuvertesNice ("OpenDoorsNice")’)


#: A fact-check's verdict before it: "Rating:", "Our ruling:", "Verdict:".
RATING_NOUNS = frozenset("rating ruling verdict".split())

#: Verbs that give a claim its rating ("We rate this claim …"), and what they rate.
RATE_VERBS = frozenset("rate rates rated rating".split())
RATED_WORDS = frozenset("this that the it his her their its claim claims statement statements post posts "
                        "assertion quote figure".split())


def _rating_lead(toks: list[Token], content: str) -> bool:
    """The words before the marks give a claim its rating (‘We rate this claim “Pants on Fire.”’,
    ‘PolitiFact rated it “Half True”’, ‘Our ruling: “Mostly False.”’, ‘Rating: “False”’): a label,
    never speech. A rating's words are a fact-checker's; a verdict with its owner (‘His verdict:
    “Simply not good enough.”’, ‘She rated it “a solid eight.”’) is said."""
    rated = RE_RATING_WORDS.fullmatch(content.strip(" .!,")) is not None
    if len(toks) >= 2 and toks[-1].text == ":" and toks[-2].word in RATING_NOUNS:
        before = toks[-3] if len(toks) >= 3 else None
        return rated or before is None or before.text in ".!?" or (
            before.word in ("our", "the", "final") or (before.capitalized and not is_possessive(before)
                                                       and before.word not in ("his", "her", "their", "its")))
    if len(toks) >= 2 and toks[-1].word in ("to", "from", "at") and RE_STOCK_RATING.fullmatch(content.strip(" .,")) \
            and (any(x.word in STOCK_RATE_VERBS for x in toks[-6:-1])
                 or (toks[-2].text in "”\"’'" and len(toks) >= 3 and RE_STOCK_RATING.fullmatch(toks[-3].word))):
        return True  # an analyst's rating of a share: ‘downgraded the stock to “underperform” from “market
        # perform.”’, ‘initiated coverage at “buy”’ (never ‘upgraded to the “Secret” level’)
    if RE_CREDIT_GRADE.fullmatch(content.strip(" .,")) and any(x.word in RATE_VERBS or x.word in STOCK_RATE_VERBS
                                                              for x in toks[-3:]):
        return True  # a grade a rating agency gives: ‘Summit Mutual is rated “A” (Excellent) by AM Best’
    if _inspection_grade_lead(toks, content):
        return True
    if len(toks) >= 3 and RE_STOCK_RATING.fullmatch(content.strip(" .,")) and toks[-1].word in SHARE_NOUNS \
            and any(x.word in RATE_VERBS for x in toks[-4:-1]):
        return True  # an analyst's standing rating of a share: ‘an analyst who rates the stock “hold,”’,
        # ‘Shore Capital, which rates the shares “buy”’ (never a judgement: ‘rated the stock “a bargain”’)
    r = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1) if toks[k].word in RATE_VERBS), None)
    return r is not None and all(x.word in RATED_WORDS for x in toks[r + 1:]) \
        and (r + 1 == len(toks) or toks[r + 1].word != "the" or len(toks) - r > 2) \
        and (rated or (r > 0 and toks[r - 1].word == "we"))


#: The grades school inspectors give (Ofsted's four, and the category a failing school is put in).
RE_INSPECTION_GRADE = regex.compile(r"(?i:outstanding|good|requires improvement|inadequate|special measures"
                                    r"|serious weaknesses|satisfactory|unsatisfactory|excellent|very good|poor)")
#: The verbs that give a school its grade (‘was rated “inadequate”’, ‘judged “good”’, ‘be labelled
#: “good”’).
GRADE_VERBS = frozenset("rated graded judged deemed ranked assessed labelled labeled".split())


#: Verbs that move a grade up or down, before "from" or "to" and the grade (‘downgraded from “good”’).
REGRADE_VERBS = frozenset("upgraded downgraded regraded raised lowered dropped dropping".split())


def _grade_lead(toks: list[Token], content: str) -> bool:
    """A grade's or a rating's name right after the verb that gives it, the first of a list of them
    (‘would no longer be labelled ‘outstanding’, ‘good’, ‘requires improvement’ or ‘inadequate’’,
    ‘premises were rated “excellent”, “satisfactory” or “poor”’): the names after it, joined by a list's
    commas, are grades too (never after "called": ‘called them “thugs,” “losers” and …’ are words).

    >>> from quotesearch.names import tokenize
    >>> _grade_lead(tokenize("schools would be labelled "), "outstanding"), _grade_lead(tokenize("he called it "), "good")
    (True, False)
    """
    return _inspection_grade_lead(toks, content) or _rating_lead(toks, content)


def _inspection_grade_lead(toks: list[Token], content: str) -> bool:
    """An inspector's grade in marks right after the verb that gives it (‘was rated “inadequate” by
    Ofsted’, ‘judged “requires improvement”’, ‘graded as “outstanding”’, ‘was placed in “special
    measures”’): a label, never speech. Only a grade's own words, right after the verb (never ‘judged
    the plan “good enough”’, nor ‘said the school was “outstanding”’).

    >>> from quotesearch.names import tokenize
    >>> _inspection_grade_lead(tokenize("The school was rated "), "inadequate")
    True
    >>> _inspection_grade_lead(tokenize("The head said it was "), "outstanding")
    False
    """
    if not RE_INSPECTION_GRADE.fullmatch(content.strip(" .,")) or not toks:
        return False
    k = len(toks) - 2 if toks[-1].word == "as" else len(toks) - 1
    if k >= 0 and toks[k].word in GRADE_VERBS:
        return True
    if len(toks) >= 2 and toks[-1].word in ("to", "from") and any(
            x.word in REGRADE_VERBS or (toks[-1].word == "to" and x.word == "from") for x in toks[-6:-1]):
        return True  # a grade a school moved from or to (‘was downgraded from “good” to “requires improvement”’)
    return len(toks) >= 2 and toks[-1].word == "in" and toks[-2].word in ("placed", "put") \
        and content.strip(" .,").lower() in ("special measures", "serious weaknesses")


#: The ratings analysts give a share, and the words that give or change one.
RE_STOCK_RATING = regex.compile(
    r"(?i:buy|strong buy|sell|strong sell|hold|outperform|underperform|market perform|sector perform|peer perform"
    r"|market outperform|sector outperform|sector underperform|overweight|underweight|equal[ -]weight|market weight"
    r"|neutral|accumulate|reduce|add|in[ -]line)")
#: The grades credit and insurance rating agencies give (‘rated “A” (Excellent)’, ‘cut to “BB+”’, ‘“Baa2”’).
RE_CREDIT_GRADE = regex.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|D)(?:[+-]|\+\+)?|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca")
STOCK_RATE_VERBS = frozenset("upgraded upgrades upgrade upgrading downgraded downgrades downgrade downgrading rated rates "
                             "initiated initiates reiterated reiterates rating stock shares recommendation".split())
# (and a share's nouns: ‘cut its rating to “sell”’, ‘moved the shares to “hold”’; never ‘moved to “hold” the vote’)
#: A share's nouns right before a rating in marks: ‘rates the stock “hold”’, ‘rates Tesco shares “buy”’.
SHARE_NOUNS = frozenset("stock stocks shares share".split())


#: The ratings fact-checkers give (PolitiFact, FactCheck.org, Full Fact, Snopes, AFP, Reuters, the
#: Washington Post's Pinocchios, Africa Check).
RE_RATING_WORDS = regex.compile(
    r"(?i:true|mostly true|half[ -]true|mostly false|false|pants on fire|misleading|unproven|mixture|needs context"
    r"|missing context|lacks context|correct|incorrect|partly false|partly true|altered|satire|labeled satire"
    r"|miscaptioned|misattributed|correct attribution|exaggerated|unsupported|unfounded|inaccurate|mostly accurate"
    r"|accurate|fabricated|fake|outdated|legend|scam|full flop|half flip|no flip|(?:one|two|three|four) pinocchios?"
    r"|geppetto checkmark|true but misleading)")


def _one_word_title(text: str, sp: Span, toks: list[Token]) -> bool:
    """A one-word quotation set off inside its sentence right after "the" (or a possessive or a
    name) and a noun of a work: ‘The opener, “Umzila,” builds …’, ‘the Abdullah Ibrahim classic
    “Mannenberg,” which …’; never a word said (‘a hit, “Definitely,” was her answer’, ‘after the
    hit, “Disgusting.”’, which ends its sentence)."""
    if not names_a_work(toks):
        return False
    i = _work_noun_at(toks) if toks[-1].word != "of" else len(toks) - 1
    if toks[i].word in PLAIN_WORK_NOUNS or toks[i].word[:-1] in PLAIN_WORK_NOUNS or toks[i].word in PERFORM_VERBS:
        return True  # (‘her blockbuster film, “Trainwreck.”’, ‘the movie “Spotlight”’, ‘playing “Yellow”’)
    if not text[sp.start:sp.end].endswith(","):
        return False
    j = i - 1
    while j > i - 3 and j >= 0 and toks[j].text.islower() and toks[j].word not in FUNCTION_WORDS:
        j -= 1  # (an adjective or two: ‘Her latest hit, “Flowers,”’)
    return j >= 0 and (toks[j].word in OWNERS or is_possessive(toks[j])
                       or (toks[j].capitalized and toks[j].word not in FUNCTION_WORDS))  # (never ‘A hit, “…”’)


#: Nouns after a title in marks that make it a modifier: ‘“Oppenheimer” director Christopher Nolan’.
TITLE_FOLLOWERS = frozenset("""
director star actor actress author writer creator producer showrunner composer film movie series
album book novel franchise sequel prequel cast soundtrack trailer premiere
""".split())

#: What joins the titles of a list: ‘“Interstellar” and “Oppenheimer”’, ‘“Heat”, “Ronin”’.
RE_LIST_JOIN = regex.compile(r"\s*(?:,|,? and|,? or)\s*")


def _person_noun(word: str) -> bool:
    """A noun of a person, who calls out rather than is called (‘An elderly man called “Over here”’)."""
    return word in ROLE_NOUNS or word in PEOPLE_NOUNS or (word in DESCRIPTION_NOUNS and word not in THING_NOUNS)


#: Nouns of people that no list of roles holds.
PEOPLE_NOUNS = frozenset("man woman boy girl child kid person customer passenger shopper neighbour neighbor stranger".split())


#: The capitalised parts of a name, between spaces or hyphens (‘Band Night’, ‘Jazz-a-Thon’: two each).
#:
#: >>> len(RE_NAME_PARTS.findall("Jazz-a-Thon")), len(RE_NAME_PARTS.findall("Brexit"))
#: (2, 1)
RE_NAME_PARTS = regex.compile(r"(?<![\p{L}])\p{Lu}")


def _attributive_name(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name in title case set before a noun, after "the", "a" or an owner: ‘the “Decree 54”
    cybercrime law’, ‘its “General Security” forces’, ‘the company’s “ProteinCrisp” chips’,
    ‘its “Castlemere Covers You” brand campaign’ (never words said: ‘a “very good” deal’)."""
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 4 or RE_SENTENCE_INSIDE.search(content) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words):
        return False
    said = any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in WISH_VERBS for t in toks[-4:])
    after = RE_NOUN_AFTER.match(text, sp.close_end)
    if after is None:
        return False
    w = after.group(1)
    if sp.open_at == sp.para_start or (toks and toks[-1].text in ".!?") or not toks:
        # a title that opens its sentence as its subject: ‘“Nightjar” received a standing ovation’,
        # ‘“Nightjar” will be released’ (words said take a comma or a cue)
        return len(words) > 1 and (w.endswith("ed") or w in TITLE_SUBJECT_VERBS) and w not in SPEECH_VERBS
    if w in ROLE_NOUNS and not said:
        return True  # a title before a role: ‘“Winter Light” co-star Oona Fairley’, ‘the “Nightjar” director’
    if w in REPORT_NOUNS and _owner_and_modifiers(toks):
        return True  # a report's or a survey's title: ‘said in its annual ‘State of the Cryosphere’ report’, ‘the
        # bank's latest “Monetary Policy Outlook” report’ (never ‘his famous “Mission Accomplished” appearance’)
    if not (toks[-1].word in ("the", "its", "his", "her", "their", "our")
            or (is_possessive(toks[-1]) and toks[-1].end == sp.open_at - 1)
            or (toks[-1].word in ("a", "an") and not said)
            or (len(toks) >= 2 and toks[-2].word in ("the", "its", "their") and _plain_modifier(toks[-1]) and not said
                and len(RE_NAME_PARTS.findall(content)) >= 2)
            # (a modifier between, before a name of two parts or more: ‘the annual “Band Night” barbecue’, ‘the
            # yearly “Jazz-a-Thon” dinner’; never after a person's possessive: ‘mocking his famous “Mission
            # Accomplished” appearance’, nor one word, often the speaker's: ‘the critical “Brexit” referendum’)
            or (len(toks) >= 2 and toks[-2].word in ("its", "his", "her", "their", "our") and toks[-1].text.islower()
                and any(c.isdigit() for c in toks[-1].text))):  # (an owner and a sum: ‘its 120-billion-baht “Pan
        # Suk” stimulus scheme’; but ‘mocking his famous “Mission Accomplished” appearance’ quotes)
        return False  # (a name after "the" or an owner, whatever the verb: ‘announced her “Midnight Roads”
        # tour’, ‘called the “Fair Share” tax a disaster’; but ‘called it a “Very Good” deal’ quotes)
    if is_possessive(toks[-1]) and toks[-1].end == sp.open_at - 1 and toks[-1].text[:1].isupper() and len(words) <= 2 \
            and (w.endswith("ed") or w in TITLE_SUBJECT_VERBS) and w not in SPEECH_VERBS:
        return True  # a programme or a work after its maker's possessive, as the subject: ‘the BBC’s “Panorama”
        # investigated’
    return w not in FUNCTION_WORDS and w not in AUXILIARIES and w not in BE_FORMS and w not in NOT_NOUNS_AFTER \
        and not (w.endswith(("ed", "ly")) and w not in NOUNS_ENDING_ED) and not (w in SPEECH_VERBS and (w.endswith(("s", "ing")) or w in (
            "said", "told", "wrote", "spoke", "sang")))  # (a verb's bare form may be a noun: ‘its “X” brand campaign’)


def _report_set_off(toks: list[Token]) -> bool:
    """The words before the marks end with a report's noun and a comma (‘The 212-page report,’, ‘The
    study,’): a title set off after it may run long with a subtitle (‘“Water Under Pressure:
    Groundwater and Food Security in South Asia,”’); a book's title is left to the work's rules,
    since PolNeAR quotes some (‘his unauthorized biography, ‘‘Lost Tycoon: …,’’’)."""
    return len(toks) >= 2 and toks[-1].text == "," and toks[-2].word in REPORT_NOUNS


#: After a title set off by commas, a relative clause about the work it names (‘a law review article,
#: “Courts and Custom,” in which the judge wrote’, ‘a report, “Land Under Pressure,” that warned’).
RE_WORK_CLAUSE_AFTER = regex.compile(r",? (?:in which|which|that|where|whose)\b")


def _work_titled_aside(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A title in marks set off by commas right after a work's noun and followed by a relative clause
    about the work: ‘confronted her with a 2014 journal article, “The Quiet Court,” in which Judge
    Mwangi argued …’ names the article, whoever wrote it (guard: the noun in lower case right before
    the comma, the words a title, and the clause right after; a title set off with no clause after is
    left to the work's rules, since PolNeAR quotes some: ‘his biography, ‘‘Lost Tycoon,’’ said …’).

    >>> from quotesearch.names import tokenize
    >>> t = 'an article, “The Quiet Court,” in which he wrote'
    >>> sp = Span(t.index('“') + 1, t.index('”'), t.index('“'), t.index('”') + 1, 0, 0, len(t))
    >>> _work_titled_aside(t, sp, "The Quiet Court,", tokenize(t, 0, sp.open_at))
    True
    """
    if len(toks) >= 4 and toks[-2].word in TITLED_WRITING_NOUNS and not _is_work_noun(toks[-2].word) \
            and toks[-3].word in ("the", "this", "that") and (toks[-4].word in SPEECH_VERBS or toks[-4].word == "to"):
        return False  # (a newspaper or its column told something, never a title: ‘Senator X told the paper,
        # “I Will Vote No,” that evening’, ‘wrote to the paper, “…,” which …’)
    return sp.close_end is not None and len(toks) >= 2 and toks[-1].text == "," \
        and (_is_work_noun(toks[-2].word) or toks[-2].word in TITLED_WRITING_NOUNS) and toks[-2].text.islower() \
        and is_title(content.rstrip(",.")) \
        and RE_WORK_CLAUSE_AFTER.match(text, sp.close_end) is not None


def _work_noun_before(toks: list[Token]) -> bool:
    """The word right before the marks is a work's noun in lower case, with no comma between: the
    title names that work (‘whose memoir “Rivers of Salt: Growing Up in the Delta” came out’), so a
    subtitle after a colon may make it long; a title set off by a comma is left to the work's rules,
    since PolNeAR quotes some (‘his unauthorized biography, ‘‘Lost Tycoon: …,’’’).

    >>> from quotesearch.names import tokenize
    >>> _work_noun_before(tokenize("Lin, whose memoir")), _work_noun_before(tokenize("his memoir,"))
    (True, False)
    """
    return bool(toks) and _is_work_noun(toks[-1].word) and toks[-1].text.islower()


def _owner_and_modifiers(toks: list[Token]) -> bool:
    """The words before the marks end with "the", an owner or a possessive, and one or two lower-case
    modifiers (‘its annual’, ‘the bank's latest’, ‘the new quarterly’)."""
    k = len(toks) - 1
    while k >= len(toks) - 2 and k >= 0 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and toks[k].word not in PRONOUNS and toks[k].word not in SPEECH_VERBS:
        k -= 1
    return k >= 0 and k < len(toks) - 1 and (toks[k].word in ("the", "its", "his", "her", "their", "our") or is_possessive(toks[k]))


#: A number before a term in marks (‘2,000 “smart” beds’, ‘three “deep fields”’).
RE_COUNT = regex.compile(r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands")


def _attributive_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """A lower-case word or two in marks after "a", "an", "the" or a number (a number and a modifier too)
    and before the noun they name a kind of, in a sentence with no verb of speech, no one speaking of
    themself or others and no other quotation: ‘pecked an “enter” key’, ‘2,000 “smart” hospital beds’,
    ‘62 additional “specialist provision” classes’, ‘a “blue flu” sick-out’; or a process's name
    between "the" and "of": ‘halting the “hollowing out” of coastal villages’ (never a coinage with a
    hyphen, often someone's: ‘a “working-class” rebellion’; never words said: ‘said it
    was a “rigged” system’, ‘his “rigged” system’, ‘he was misled into a “humanitarian” war’, ‘Clinton
    faced a “slam-dunk” indictment on twenty “felony charges”’). A clause after ", but" or ", while"
    has a subject of its own: its verb of speech is no cue of the term's (‘will open 20 “nurture”
    rooms, but Ms Kaur warned that …’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 2 or not content[-1:].isalnum() \
            or not all(w.isalnum() and w.islower() for w in words) \
            or not (_kind_determiner(toks[-1]) or (len(toks) >= 2 and RE_COUNT.fullmatch(toks[-2].word) is not None
                                                   and _plain_modifier(toks[-1]))
                    or (toks[-1].word in KIND_PREPOSITIONS and toks[-1].text.islower() and _plural_after(text, sp.close_end))):
        return False
    of_process = toks[-1].word == "the" and text.startswith(" of ", sp.close_end)
    if not of_process and (not _attributive(text, sp.close_end) or _word_after(text, sp.close_end) in ("one", "ones")):
        return False  # (a pro-form names no kind: ‘the primary was a “closed” one’)
    sentence = _without_contrast_clause(sentence, sp.close_end)
    return not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                   or t.word in ("he", "she", "i", "we", "according") for t in sentence) \
        and not (sentence and RE_MARK.search(text, sentence[0].start, sp.open_at)) \
        and not (sentence and RE_MARK.search(text, sp.close_end, sentence[-1].end))


#: A price right before an opening mark, with its currency (‘a $4.99 ’, ‘a £25 ’, ‘a Rs 50 ’, ‘a €3.50 ’,
#: ‘a KSh 100 ’), per unit too (‘a $2-per-tonne ’); searched only in the few characters before a mark.
RE_PRICE_BEFORE = LazyPattern(r"(?:\b(?:an?|the|its|their)) (?:\p{Sc}|\b(?:Rs|KSh|RM|R|P|N|S\$|A\$|C\$|US\$)\.? ?)"
                                r"\d[\d,]*(?:\.\d+)?(?:-(?:per|a)-\p{Ll}+)? ?$")


def _priced_charge(text: str, sp: Span, content: str) -> bool:
    """Lower-case words in marks that end in a charge's noun right after its price: the charge's name,
    which the writer or a filing gives, never words said (‘adding a $4.99 “network access and service
    fee”’, ‘a £3 “statement charge”’; never ‘a $40 “bargain”’, which no charge's noun ends).

    >>> t = 'adding a $4.99 “network access fee” to bills'
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _priced_charge(t, sp, t[sp.start:sp.end])
    True
    """
    words = content.rstrip(",.").split()
    return 1 <= len(words) <= 6 and words[-1] in CHARGE_NOUNS \
        and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and RE_PRICE_BEFORE.search(text, max(0, sp.open_at - 36), sp.open_at) is not None


def _issued_kind(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Two or three lower-case words in marks, ending in a noun of a notice or a document
    (:data:`ISSUED_NOUNS`), right after a verb of issuing and "a" or "an": the name of a kind of
    notice, never speech (‘had not yet published a “system card” describing its testing’, ‘it sends
    a “hypertension notification” if …’, ‘issued a “stop notice” to the operator’); never one word
    (‘sent a “warning”’), nor a judgment after "called" or "as".

    >>> from quotesearch.names import tokenize
    >>> t = "The ring sends a “fever alert” to the phone."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _issued_kind(t, sp, "fever alert", tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    return sp.close_end is not None and 2 <= len(words) <= 3 and words[-1] in ISSUED_NOUNS \
        and all(w.replace("-", "").isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words) \
        and len(toks) >= 2 and toks[-1].word in ("a", "an") and toks[-2].word in ISSUING_VERBS


def _listed_thing(text: str, sp: Span, content: str, sentence: list[Token]) -> bool:
    """One to three lower-case words in marks after "and a" or "and an" that close a list of things
    the sentence gives with articles and no marks (‘has a gym, a science wing and a “quiet room” with
    beanbags’), a word after the marks and no verb of speech in the sentence (but "added" the list: ‘added
    a teen room, a lift and a “maker lab” with’): a thing's name, never words said (‘wrote that Phiri
    was a “coward,” a “liar” and a “traitor”’ quotes Banda).

    >>> from quotesearch.names import tokenize
    >>> t = "It has a gym, a lab and a “quiet room” with books."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _listed_thing(t, sp, "quiet room", tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() and w.islower() for w in words) \
            or len(sentence) < 6 or sentence[-1].word not in ("a", "an") or sentence[-2].word != "and":
        return False
    if not any(sentence[k].text == "," and sentence[k + 1].word in ("a", "an") for k in range(len(sentence) - 3)):
        return False  # (a list of things, each with its article: ‘a gym, a science wing and a’)
    if _word_after(text, sp.close_end) is None:
        return False  # (the list goes on after the thing: ‘a “maker lab” with 3D printers’)
    if any(gender_of(t.text) is not None and k + 1 < len(sentence) and sentence[k + 1].capitalized
           for k, t in enumerate(sentence)):
        return False  # (a person named in the sentence, whose words the marks may be: ‘coach Tom Reilly wished the
        # club … and a “better coach”’, ‘Mayor Karen Bass's budget offers … and a “leaner city hall”’)
    return not any(t.text in "“”\"‘’" or (t.word in SPEECH_VERBS and not (k + 1 < len(sentence) and sentence[k + 1].word in ("a", "an"))
                                           and not _bare_modifier(sentence, k))
                   for k, t in enumerate(sentence)) \
        and not any(t.word in SPEECH_VERBS for t in tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 120)))


def _bare_modifier(words: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` stands with no subject, auxiliary or "to" before it: a noun's
    modifier, no verb (‘a $400,000 state grant’)."""
    w = words[k].word
    return not w.endswith(("s", "d", "ing")) and not (k > 0 and (words[k - 1].word == "to" or words[k - 1].word in PRONOUNS
                                                               or words[k - 1].word in AUXILIARIES))


#: Verbs of speech after a catchphrase's marks that make it someone's words (‘…, Powell said’); never a
#: noun's form (‘after a strong jobs report’).
STOCK_SAYING_AFTER = frozenset("said says told tells warned warns added adds wrote writes argued argues predicted "
                               "predicts noted notes insisted insists".split())


def _sentence_after(text: str, sp: Span) -> list[Token]:
    """The words after the marks to their sentence's end."""
    if sp.close_end is None:
        return []
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    return tokenize(text, sp.close_end, ends[0] if ends else sp.para_end)


#: A comma as the first token after the marks: only spaces and underscores are no token (names.RE_TOKEN).
RE_COMMA_NEXT = re.compile(r"[\s_]*,")


def _speaker_set_off_after(text: str, sp: Span) -> bool:
    """A speaker set off by a comma right after the marks, a few words and a verb of speech, no new clause
    (‘“the worst yet”, a prison monitoring board said’; never ‘“the Gate”, and smugglers …, police said’)."""
    if sp.close_end is None or RE_COMMA_NEXT.match(text, sp.close_end, sp.para_end) is None:
        return False  # (a match first: most marks have no comma after them, and the sentence's words cost more)
    after = _sentence_after(text, sp)
    if not after or after[0].text != ",":
        return False
    for t in after[1:9]:
        if t.word in ("and", "but", "which", "who", "while", ","):
            return False
        if t.word in SPEECH_VERBS:
            return True
    return False


def _speech_after(text: str, sp: Span) -> bool:
    """A verb of speech after the marks, in their sentence (‘…, critic Peter Bradshaw wrote’)."""
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    after = tokenize(text, sp.close_end, ends[0] if ends else sp.para_end)
    return any(t.word in ("said", "says", "told", "tells", "wrote", "writes", "added")
               and not (i and after[i - 1].word == "it") for i, t in enumerate(after))


def _role_term(text: str, sp: Span, content: str, toks: list[Token], before: list[Token]) -> bool:
    """A job's or a role's name in marks, one to three words, between "a" or "an" and "who": the
    writer's name for a post, never speech (‘had assigned the customer a ‘VIP host’ who sent him free
    bets’, ‘hired a “wellbeing champion” who visits wards’); never in a sentence with a verb of speech
    or one speaking of themself before the marks (‘he said a “fixer” who worked for the firm …’).

    >>> from quotesearch.names import tokenize
    >>> t = "The firm gave him a ‘VIP host’ who sent him bets."
    >>> sp = Span(t.index("‘") + 1, t.index("’"), t.index("‘"), t.index("’") + 1, 0, 0, len(t))
    >>> _role_term(t, sp, "VIP host", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not toks or toks[-1].word not in ("a", "an") or not 1 <= len(words) <= 3 \
            or not all(w.replace("-", "").isalnum() for w in words) or not text.startswith(" who ", sp.close_end) \
            or (len(toks) >= 2 and toks[-2].word == "as"):
        return False  # (one cast as a thing is characterised: ‘casting Johnson as an “honorable choice” who …’)
    if len(toks) >= 2 and (toks[-2].word in BE_FORMS or toks[-2].word in ("being", "been")):
        return False  # (one said to be a thing is characterised: ‘Smith was a “loner” who …, neighbours told’)
    if _speech_after(text, sp):
        return False  # (a speaker named after the marks: ‘…, analyst Susan Booysen wrote’)
    return not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                   or t.word in ("he", "she", "i", "we", "according") for t in before)


#: Prepositions before a bare plural's kind in marks (‘mould in “repaired” homes’, ‘checks on “secure”
#: units’): the kind's name, as after "a" or "the".
KIND_PREPOSITIONS = frozenset("in on at into from of for".split())


def _plural_after(text: str, close_end: int) -> bool:
    """A lower-case plural noun right after the closing mark (‘“repaired” homes’)."""
    w = _word_after(text, close_end)
    return w is not None and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) \
        and text[close_end + 1:close_end + 2].islower()


def _kind_determiner(tok: Token) -> bool:
    """"a", "an", "the" or a number, before the name of a kind (‘an “enter” key’, ‘2,000 “smart” beds’)."""
    return tok.word in ("a", "an", "the") or RE_COUNT.fullmatch(tok.word) is not None


def _plain_modifier(tok: Token) -> bool:
    """One lower-case word between a number and the marks that qualifies the noun, no verb, pronoun
    or adverb (‘62 additional “…” classes’, ‘three more “…” centres’, ‘40 new “…” beds’; after "the" or
    "a" the marks may be a term someone gave: ‘the traditional “manji” symbol’)."""
    return tok.text.isalpha() and tok.text.islower() and tok.word not in PRONOUNS and tok.word not in SPEECH_VERBS \
        and tok.word not in AUXILIARIES and tok.word not in BE_FORMS and tok.word not in CALL_VERBS \
        and tok.word not in CHARACTERISING_VERBS and not tok.word.endswith("ly") and tok.word not in ("so", "very", "of")


#: Words that open a clause with a subject of its own after a comma (‘…, but Ms Kaur warned’).
CONTRAST_JOINERS = frozenset("but while whereas although though yet".split())


def _without_contrast_clause(sentence: list[Token], close_end: int) -> list[Token]:
    """The sentence's tokens up to a comma and a contrasting joiner after the marks (‘…, but …’)."""
    for k in range(len(sentence) - 1):
        if sentence[k].start >= close_end and sentence[k].text == "," and sentence[k + 1].word in CONTRAST_JOINERS:
            return sentence[:k]
    return sentence


def _scheme_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Lower-case words in marks (three to six, no sentence's end, one comma at most between halves:
    ‘its “no jab, no pay” policy’) after "a", "an",
    "the" or a possessive pronoun and right before a noun that names a scheme: the name of a
    programme, never words said: ‘was using a “hospital in the home” program’, ‘its “test and
    treat” approach’ (never one named so: ‘what she called a “…” approach’, ‘criticised as a “…”
    policy’; never one word or two, which ``_attributive_term`` weighs; never a noun
    after that goes on: ‘a “we will not pay” protest’ is no scheme)."""
    words = content.split()
    under = len(toks) >= 2 and toks[-2].word == "under" and toks[-1].word in ("its", "their", "the")  # (‘bought under its
    # “quantitative easing” programme’: a scheme one acts under, of two words too)
    if sp.close_end is None or not toks or not (2 if under else 3) <= len(words) <= 6 \
            or not all((w[:-1] if w.endswith(",") and k < len(words) - 1 else w).isalpha() and w.islower()
                       for k, w in enumerate(words)) or content.count(",") > 1 \
            or toks[-1].word not in SCHEME_DETERMINERS:
        return False
    if any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in ("as", "what", "dubbed", "described")
           for t in toks[-4:-1]):
        return False  # someone's words for it: ‘what she called a “start small” approach’ is hers; ‘derided
        # as a “pay or wait” scheme’ is its critics'
    lead = text[max(text.rfind(c, 0, sp.open_at) for c in ".!?\n") + 1:sp.open_at]
    if toks[-1].word in ("a", "an") and any(w.strip(",;:").lower() in SPEECH_VERBS for w in lead.split()):
        return False  # (guard: one who speaks in the sentence before the marks gives them as their
        # words: ‘Warren said the plan amounted to a “pay to play” scheme’, ‘accused ministers of a
        # “race to the bottom” strategy’)
    after = RE_WORD_AFTER.match(text, sp.close_end)
    return after is not None and after.group(1) in SCHEME_NOUNS


#: A quotation mark, of another quotation in the sentence.
#: (a plural's possessive is no mark: ‘the Officers’ Association’)
RE_MARK = LazyPattern(r"[“”\"«»]|(?<!\p{L})['‘]|(?<!\p{L}s)['’](?!\p{L})")


def _glossed_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """One lower-case word in marks that a plain noun phrase glosses with "or", a local term: ‘enhance
    the southwest monsoon or “habagat.”’, ‘looking at “rido,” or clan feud, and politics’ (never a
    word said among others: ‘called it reckless or “insane.”’, ‘“sad,” or worse,’)."""
    word = content.rstrip(".,")
    if sp.close_end is None or not word.isalpha() or not word.islower():
        return False
    if content.endswith(",") and RE_GLOSS_AFTER.match(text, sp.close_end) is not None:
        return True
    if RE_QUOTED_GLOSS_AFTER.match(text, sp.close_end) is not None and not any(
            t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as"
            or (t.word in SPEECH_VERBS and (k + 1 == len(toks) or toks[k + 1].word != "of"))  # (a noun: ‘charges of’)
            for k, t in enumerate(toks[-8:], max(0, len(toks) - 8))):
        return True  # a gloss in marks of its own: ‘on charges of “moharebeh”, or “waging war against God”’ (never
        # ‘called it “reckless,” or “utterly insane”’)
    if not content.endswith((".", ",")) or len(toks) < 3 or toks[-1].word != "or" \
            or any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as" for t in toks[-8:]):
        return False  # (never what something is called: ‘called the rule unfair or “worse,”’)
    k = len(toks) - 2
    while k >= 0 and k > len(toks) - 5 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS:
        k -= 1  # (the noun phrase before "or": ‘the southwest monsoon’)
    return len(toks) - 2 > k >= 0 and (toks[k].word in ("the", "a", "an") or toks[k].word in POSSESSIVES)


#: A dash right after a term's closing mark and the plain words of a gloss, up to four (‘“community hubs” –
#: converted vans that …’, ‘“mobile clinics” — modified buses fitted with …’).
RE_DASH_GLOSS_AFTER = regex.compile(r",? [–—] ((?:\p{Ll}[\p{Ll}\-]* ){0,3}\p{Ll}[\p{Ll}\-]*)")


#: A dash set off by spaces, as one that opens an aside (‘rates — both forms of …’).
RE_ASIDE_DASH = LazyPattern(r" [–—] ")


def _dash_glossed_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """A term of one to three lower-case words in marks that a plain noun phrase glosses right after a
    dash, in a sentence with no verb of speech before it and no other quotation: the writer's label for
    a thing, never speech (‘will go towards mobile “community hubs” – converted vans that will visit
    towns’, ‘“community wardens” – part-time officers who patrol’; never ‘the minister said the money
    would go to “community hubs” – converted vans’, nor a view set off: ‘“daylight robbery” – a
    charge ministers reject’, ‘“a disgrace” – he said’).

    >>> from quotesearch.names import tokenize
    >>> t = "Funds go to “community hubs” – converted vans that visit towns."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _dash_glossed_term(t, sp, "community hubs", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 3 or not content[-1:].isalpha() \
            or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    gloss = RE_DASH_GLOSS_AFTER.match(text, sp.close_end)
    if gloss is None:
        return False
    g = gloss.group(1).split()
    if g[0] in ("a", "an", "the"):
        g = g[1:]  # (‘– a converted van’: the article's noun phrase)
    if len(g) < 2 or any(w in PRONOUNS or w in SPEECH_VERBS or w in CALL_VERBS or w in CHARACTERISING_VERBS for w in g) \
            or g[0] in FUNCTION_WORDS or g[0] in AUXILIARIES or g[0] in BE_FORMS or g[0].endswith("ly"):
        return False  # (a view or a cue after the dash: ‘– he said’, ‘– not least …’, ‘– and …’)
    before = [t for t in sentence if t.end <= sp.open_at]
    if before and RE_ASIDE_DASH.search(text, before[0].start, sp.open_at) is not None:
        return False  # (the dash closes an aside that a dash opened before: ‘— both forms of “printing money” —
        # boost growth’)
    return not any(((t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word == "as")
                    and not t.capitalized) or t.word in ("he", "she", "i", "we") for t in before) \
        and not (before and RE_MARK.search(text, before[0].start, sp.open_at))  # (‘The State will fund’: a noun)


#: Verbs that name what something is, besides "call" (‘branded the plan costly or “reckless”’).
CHARACTERISING_VERBS = frozenset("described describes describing branded brands labelled labeled labels termed dubbed deemed".split())

#: "level" and a warning's noun after a word in marks, the level's name (‘a “danger” level warning’,
#: ‘an “orange” level heat alert’; never ‘a “high” level of concern’).
RE_LEVEL_AFTER = regex.compile(r" level (?:\p{Ll}+ ){0,2}(?:warning|alert|advisory|watch)s?\b")

#: A side of a ballot in marks, before the noun of its side (‘led the “no” campaign’, ‘a “Yes” vote’,
#: ‘the “no” camp’): a label, never words said.
#:
#: >>> bool(RE_BALLOT_SIDE.fullmatch("no")), bool(RE_BALLOT_SIDE_AFTER.match(" campaign, said")), bool(RE_BALLOT_SIDE_AFTER.match(" to that"))
#: (True, True, False)
RE_BALLOT_SIDE = regex.compile(r"(?i:yes|no|oui|non|ja|nein|leave|remain)")
RE_BALLOT_SIDE_AFTER = LazyPattern(r" (?:campaign|campaigns|campaigners|camp|side|vote|votes|voters|lobby|supporters|"
                                     r"vote's|campaign's|majority|result|option|box|column|case)\b")


#: A gloss in marks after a term's comma and "or" (‘“moharebeh”, or “waging war against God”’).
RE_QUOTED_GLOSS_AFTER = regex.compile(r",? or [“\"‘]\p{Ll}[\p{Ll}\-]+[’']?(?: [\p{L}\-’']+){1,5}[,.]?[”\"’]")
# (a plural's apostrophe may end the first word: ‘“Elefantenrunde”, or “elephants’ round”’)

#: A plain noun phrase of two or three words after a term's comma and "or" (‘“rido,” or clan feud,’).
RE_GLOSS_AFTER = LazyPattern(r" or (?:the |an? )?(?!(?:even|maybe|perhaps|worse|better|not|so|at)\b)"
                               r"\p{Ll}{3,}(?: \p{Ll}{3,}){1,2}(?<!ly)[,.;)]")


#: Small words inside a name in title case (‘the “Back to Basics” campaign’, ‘“Built to Last”’).
TITLE_SMALL_WORDS = frozenset("of the and for & to in on a an at".split())

#: Verbs after a title that opens its sentence as its subject (‘“Nightjar” will be released’).
TITLE_SUBJECT_VERBS = frozenset("will has had won stars opens premieres follows tells earned".split())

#: Words after a closing mark that are no noun a name stands before (‘the “Best Deal” ever’, ‘…
#: “Stop” seconds before’).
NOT_NOUNS_AFTER = frozenset("""
ever yet again too instead anyway either seconds minutes hours days weeks months years moments times
""".split())

#: Verbs that take words said as their object, besides the verbs of speech (‘wished her “…”’).
WISH_VERBS = frozenset("wished wish wishes wishing greeted bade bid shouting yelling screaming".split())


#: A lower-case word right after a closing mark: the noun a name in marks may stand before.
RE_NOUN_AFTER = regex.compile(r" (\p{Ll}[\p{Ll}\-]+)\b")


#: A speaker speaking of themself in the singular: a person, never a body.
RE_FIRST_PERSON = LazyPattern(r"(?<!\p{Lu}\p{L}* )\b(?:I|I’m|I'm|I’ve|I've)\b|\b(?:my|me|myself)\b")  # (never "Phase I")


def _opens_clause(word: str) -> bool:
    """A word that may open a clause with a subject of its own after a semicolon: a name, a
    pronoun or an article, never a verb of the clause before ("clashed", "was denounced", "and
    posted") nor an opening phrase that may go on the clause before ("near the end, her voice
    breaking:")."""
    low = word.strip(",").lower()
    return word[:1].isupper() or low in ("he", "she", "they", "it", "we", "i", "the", "a", "an", "all", "most", "some",
                                         "many", "both", "each", "his", "her", "their")  # (never "near the end,")


def _list_joined(text: str, prev: Span, sp: Span) -> bool:
    """Only a list's comma, "and" or "or" stands between the two quotations; or nothing, when the
    first holds its comma (‘“anticipate,” “believe,” …’)."""
    if prev.close_end is None:
        return False
    if RE_LIST_JOIN.fullmatch(text, prev.close_end, sp.open_at) is not None:
        return True
    return text[prev.end - 1] == "," and not text[prev.close_end:sp.open_at].strip()


#: Verbs before "in" that put a work after it: ‘starred in “Interstellar”’.
ROLE_IN_VERBS = frozenset("starred appeared featured cast starring appearing".split())


def _title_by_context(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A title-like quotation (capitalised words, no sentence) that its context shows to be a work:
    ‘“Oppenheimer” director Christopher Nolan’, ‘who starred in “Interstellar”’, ‘Homer's “The
    Odyssey”’."""
    if not (is_title(content) or RE_ONE_WORD_TITLE.fullmatch(content)) or content.endswith((".", ",")):
        return False
    after = text[(sp.close_end or sp.end):(sp.close_end or sp.end) + 16].split()
    if after and after[0] in TITLE_FOLLOWERS:
        return True
    if len(toks) >= 2 and toks[-1].word == "in" and toks[-2].word in ROLE_IN_VERBS:
        return True
    return bool(toks) and is_possessive(toks[-1]) and is_name_token(toks[-1]) and is_title(content)
    # (a name's one word is their word: ‘Rick Perry's “Oops”’)


#: Words that make a noun of a work a particular one: ‘the opener’, ‘her hit’ (never ‘a hit’).
OWNERS = frozenset("the his her their its my our your this".split())


def _work_noun_at(toks: list[Token]) -> int:
    """Where the noun a work's title may follow stands: right before the mark (‘his book,’, ‘a
    revival of’) or before "including" or "such as" (‘two short films, including “Salt”’)."""
    i = len(toks) - 1
    if i >= 1 and (toks[i].word == "including" or (toks[i].word == "as" and toks[i - 1].word == "such")):
        i -= 1 if toks[i].word == "including" else 2
        return i - 1 if i >= 1 and toks[i].text == "," and toks[i - 1].word.endswith("s") else \
            i if i >= 0 and toks[i].word.endswith("s") else -1  # (works of a list: ‘books, including’)
    if i >= 1 and toks[i].word == "into" and toks[i - 1].word in PERFORM_INTO_VERBS:
        return i - 1  # a song begun: ‘before launching into’
    return i - 1 if i >= 0 and toks[i].word in (",", "of", "—", "–") else i  # (set off by a dash: ‘watching films —
    # “Moana,” mostly —’)


#: Nouns of a work's makers, before "of" and its title (‘the author of “Unruly Subjects: …”’).
MAKER_NOUNS = frozenset("author authors co-author writer creator creators maker makers composer developer developers".split())


#: A gloss set off after a closing mark: a dash (or a comma, for a word's own nouns only) and "the" or
#: "a", up to three words, then a noun of :data:`GLOSS_NOUNS` and what it does or is for (‘ — the legal
#: term for …’, ‘ — the official who explores …’, ‘, a Latin phrase meaning …’).
#:
#: >>> RE_GLOSS_SET_OFF.match(" — the legal term for a case") is not None, RE_GLOSS_SET_OFF.match(", the minister said") is None
#: (True, True)
RE_GLOSS_SET_OFF = LazyPattern(
    r",? ?[—–] ?(?:the|an?) (?!same\b)(?:[\p{L}\-]+ ){0,3}?(?:(?:official|post|office|role) (?:who|that|which)\b|(?:"
    + "|".join(sorted(GLOSS_NOUNS)) + r") (?:for|meaning|describing|of|used (?!by\b)))"
    r"|,? (?:the|an?) (?!same\b)(?:[\p{L}\-]+ ){0,2}?(?:term|word|phrase|expression) (?:for|meaning|describing|used (?!by\b))")


def _ends_before_marks(text: str, sp: Span) -> list[int]:
    """Where sentences end in the marks' paragraph before them, leaving out an end right at the marks
    (the last one is where the marks' own sentence starts)."""
    return [e for e in sentence_ends(text, sp.para_start, sp.open_at) if text[e:sp.open_at].strip()]


def _said_in_sentence(text: str, sp: Span) -> bool:
    """A verb of speech in the sentence before the marks (‘Scholz said the decision respected the principle of’)."""
    ends = _ends_before_marks(text, sp)
    return any(t.word in SPEECH_VERBS for t in tokenize(text, ends[-1] if ends else sp.para_start, sp.open_at))


#: How a gloss set off after the marks may begin: a comma or a space, then an article
#: (:data:`RE_GLOSS_SET_OFF`'s second branch; a dash within three characters is its first).
GLOSS_OPENINGS = (", the ", " the ", ", a ", " a ", ", an ", " an ")


def _gloss_may_follow(text: str, at: int) -> bool:
    """A cheap exact prefilter for :data:`RE_GLOSS_SET_OFF` at ``at`` (a dash soon after the marks,
    or an article after a comma or a space), which spares most quotations the pattern's match.

    >>> _gloss_may_follow("“x” — the legal term", 3), _gloss_may_follow("“x”, the word for", 3), _gloss_may_follow("“x,” she said", 4)
    (True, True, False)
    """
    return "—" in text[at:at + 3] or "–" in text[at:at + 3] or text.startswith(GLOSS_OPENINGS, at)


def _defined_or_mocked(text: str, sp: Span, content: str, tail: list[Token]) -> bool:
    """A word in marks that the writer uses as a term, not anyone's words: glossed after the marks
    (‘no evidence of “fumus persecutionis” — the legal term for …’, ‘appointed as “informateur” — the
    official who …’), named as a concept's (‘the principle of “subsidiarity”’), a nation's word for
    a post or a thing (‘the Dutch “informateur”’, ‘the German “Schuldenbremse”’), mocked by the
    adjective before it (‘the government's much-vaunted ‘reset’’), or the name of a law in lower case
    (‘its new “sovereignty protection” law’). Never words said (‘a “very good” deal’ is someone's).

    >>> from quotesearch.names import tokenize
    >>> t = "was appointed as “informateur” — the official who explores coalitions."
    >>> o, c = t.index("“"), t.index("”")
    >>> _defined_or_mocked(t, Span(o + 1, c, o, c + 1, 0, 0, len(t)), "informateur", tokenize(t[:o]))
    True
    """
    words = content.rstrip(",.").split()
    if not words or any(c in content for c in "!?;:"):
        return False
    if sp.close_end is not None and len(words) <= 3 and _gloss_may_follow(text, sp.close_end) \
            and RE_GLOSS_SET_OFF.match(text, sp.close_end) is not None \
            and not any(x.word in CALL_VERBS or x.word in CHARACTERISING_VERBS for x in tail[-8:]):
        return True  # (never one's own name for a thing: ‘calling the ruling “a setback”, a word that understates it’)
    if len(tail) >= 2 and tail[-1].word == "of" and tail[-2].word in CONCEPT_NOUNS and len(words) <= 3 \
            and not _said_in_sentence(text, sp):  # (never one's said: ‘Scholz said … the principle of “…”’)
        return True
    if len(tail) >= 2 and len(words) == 1 and words[0].islower() and tail[-1].capitalized and tail[-1].word in DEMONYMS \
            and tail[-2].word in ("the", "a", "an"):
        return True  # (one word only: ‘the Dutch “informateur”’; never ‘the French “we will not pay”’)
    if tail and tail[-1].word in SCARE_ADJECTIVES and len(words) <= 2:
        return True
    return sp.close_end is not None and 2 <= len(words) <= 4 and content == content.lower() \
        and content[-1:].isalpha() and (w := _word_after(text, sp.close_end)) is not None and w in LAW_NOUNS \
        and not words[-1].endswith(("ous", "ful", "ive", "able", "ible", "ic", "al", "ed", "ing", "ist", "an", "air")) \
        and not any(w.endswith("ly") or w in ("and", "or", "not") for w in words) and not any(x.word in SPEECH_VERBS for x in tail) \
        and len(tail) >= 1 and (tail[-1].word in ("the", "its", "their", "his", "her", "a", "new") or is_possessive(tail[-1]))


def _foreign_work_title(content: str, tail: list[Token]) -> bool:
    """A work's title in a language that capitalises only its first word and its names, right after
    the work's noun and its owner (‘whose book “La France d’après”’, ‘her novel “Cien años de
    soledad”’), which :func:`is_title` leaves to speech: two to seven words, no sentence's stop.

    >>> from quotesearch.names import tokenize
    >>> _foreign_work_title("La France d’après", tokenize("Lemercier, whose book"))
    True
    >>> _foreign_work_title("is a disgrace", tokenize("Lemercier, whose book"))
    False
    """
    words = content.split()
    return len(tail) >= 2 and tail[-1].word in WORK_NOUNS and tail[-1].text.islower() \
        and (tail[-2].word in ("whose", "his", "her", "their", "its", "the", "a", "new", "latest") or is_possessive(tail[-2])) \
        and 2 <= len(words) <= 7 and content[:1].isupper() and not any(c in content for c in ",.!?;:") \
        and words[0].lower() not in PRONOUNS and words[0].lower() not in ("we", "i", "it", "this", "that", "there")


#: Prepositions before "the" and a work's noun that a title follows (‘with the podcast “…”’, ‘on the show “…”’).
WORK_PREPOSITIONS = frozenset("with on in to from for".split())


def _work_lead(toks: list[Token]) -> bool:
    """The words before the marks lead to a work's title: its maker's ‘the author of’, ‘the makers
    of’, or what one is known for: ‘best known for the award-winning’ (the caller checks the marks
    hold a title)."""
    if len(toks) >= 2 and toks[-1].word == "of" and toks[-2].word in MAKER_NOUNS:
        return True
    if len(toks) >= 3 and toks[-1].word in WORK_NOUNS and toks[-2].word in ("the", "a", "an") \
            and toks[-3].word in WORK_PREPOSITIONS and toks[-3].text.islower():
        return True  # a work's noun after a preposition: ‘in an interview with the podcast’, ‘appeared on the show’
    k = next((k for k in range(len(toks) - 1, max(0, len(toks) - 5), -1) if toks[k].word == "for"), None)
    return k is not None and toks[k - 1].word == "known" and all(
        x.word in DETERMINERS or x.word in POSSESSIVES or (x.text.islower() and x.word not in FUNCTION_WORDS)
        for x in toks[k + 1:]) and (len(toks) - k <= 3 or _is_work_noun(toks[-1].word))  # (three words when the
    # last is a work's noun: ‘best known for the crime series’)


def _is_work_noun(word: str) -> bool:
    """A work's noun, or its plural (‘series’, ‘novels’)."""
    return word in WORK_NOUNS or (word[-1:] == "s" and word[:-1] in WORK_NOUNS)


def _on_broadcaster_lead(toks: list[Token]) -> bool:
    """The words before the marks end with "on" and a broadcaster's possessive: one to three
    capitalised words whose last ends in ’s, or an apostrophe after them (‘in an interview on NBC's’,
    ‘said on Fox News'’, ‘said on Friday’s’): what follows is the programme's title (the
    caller checks the marks hold one), never words said by the broadcaster."""
    i = len(toks) - 1
    if i >= 1 and toks[i].text in ("'", "’") and toks[i - 1].capitalized:
        i -= 1  # (‘Fox News'’: the apostrophe stands alone after a final s)
    elif not (i >= 0 and toks[i].capitalized and toks[i].text.endswith(("'s", "’s"))):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].word == "on" and toks[k].text.islower():
            return True
        if not toks[k].capitalized:
            return False
    return False


def _told_broadcaster_lead(toks: list[Token]) -> bool:
    """The words before the marks tell a broadcaster's possessive as the listener, after "told" or
    after "speaking to" or "an interview with" (‘Keldo told ERR's’, ‘told Latvian Television’s’,
    ‘speaking to public broadcaster LRT's’, ‘in an interview with NRK's’): what follows in marks is
    the programme's title, which Nordic and Baltic outlets write in sentence case (‘“Esimene
    stuudio”’, ‘“Rīta Panorāma”’); never words said by the broadcaster. The caller checks the marks
    hold a short name. (Never ‘told Smith's aides’: no marks right after the possessive.)

    >>> from quotesearch.names import tokenize
    >>> _told_broadcaster_lead(tokenize("Keldo told ERR's")), _told_broadcaster_lead(tokenize("speaking to Yle's"))
    (True, True)
    >>> _told_broadcaster_lead(tokenize("Keldo said ERR's")), _told_broadcaster_lead(tokenize("told the party's"))
    (False, False)
    """
    i = len(toks) - 1
    if i >= 1 and toks[i].text in ("'", "’") and toks[i - 1].capitalized:
        i -= 1  # (‘told Channel 4 News'’)
    elif not (i >= 0 and toks[i].capitalized and toks[i].text.endswith(("'s", "’s"))):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        if toks[k].word in TELLING_WORDS and toks[k].text.islower():
            return True
        if toks[k].word in ("to", "with") and k >= 1 and toks[k - 1].word in ON_AIR_WORDS:
            return True
        if not (toks[k].capitalized or (toks[k].text.islower() and toks[k].word in BROADCASTER_WORDS)):
            return False
    return False


def _programme_name(content: str) -> bool:
    """The marks hold what may be a programme's name in any case: one to four words, the first
    capitalised, no punctuation but a closing full stop (‘Esimene stuudio’, ‘Rīta Panorāma’,
    ‘Aktuaalne kaamera.’); never a sentence said (‘We will win, he said.’).

    >>> _programme_name("Esimene stuudio"), _programme_name("Nobody asked us, ever.")
    (True, False)
    """
    words = content.rstrip(".").split()
    return 1 <= len(words) <= 4 and content[:1].isupper() and all(
        w.replace("-", "").replace("'", "").replace("’", "").isalnum() for w in words)


def _honoured_or_aired_lead(toks: list[Token]) -> bool:
    """The words before the marks lead to a work honoured or a programme aired, whose title may
    end the sentence with its full stop inside the marks: "for" a few lower-case words after an
    award's or a work's noun (‘took best rap album for’, ‘an Emmy nomination for’), or "on" right
    after an appearance (‘during a 2022 appearance on’, ‘a guest on’); never "for" after anything
    else (‘she called for’, ‘thanked fans for’). The caller checks the marks hold a title."""
    if _on_broadcaster_lead(toks):
        return True
    if len(toks) < 2 or toks[-1].word not in ("for", "on"):
        return False
    if toks[-1].word == "on":
        return toks[-2].word in TITLE_ON_LEADS
    for t in reversed(toks[max(0, len(toks) - 5):-1]):
        if not t.text.isalpha() or t.word in PRONOUNS:
            return False  # (a clause or a comma between: ‘won the prize, she said, for’)
        if t.word in TITLE_FOR_LEADS and t.text.islower():
            return True
    return False


def _title_word(content: str) -> bool:
    """The marks hold one capitalised word and at most a comma or a full stop, as a one-word title
    does after an award's or a work's lead (‘won best pop vocal performance for “Glasshouse,”’,
    ‘a Grammy nomination for “Ritual.”’); the caller checks the lead.

    >>> _title_word("Glasshouse,"), _title_word("Ritual."), _title_word("thanks,"), _title_word("We won.")
    (True, True, False, False)
    """
    word = content.rstrip(",.")
    return len(content) - len(word) <= 1 and word[:1].isupper() and len(word) > 2 \
        and word.replace("-", "").replace("’", "").replace("'", "").isalpha()


#: Words that end the name of a day or a season kept in someone's honour or for a cause (‘“Brandon
#: Kilgore Day”’, ‘“Clean Air Week”’, ‘“Black History Month”’).
NAMED_DAY_ENDS = frozenset("day week month weekend fortnight".split())

#: Greetings that open a day's name when it is wished, which is said (‘“Happy Mother's Day,” she wrote’),
#: and words of time that open a programme's name or a phrase rather than a day's (‘“This Week”’,
#: ‘“New Day”’, ‘“One Day”’, ‘“The Day”’).
GREETING_WORDS = frozenset("happy merry blessed joyous good this that next last new every one each some any a an the".split())


def _named_day(content: str) -> bool:
    """The marks hold the name of a day or a week declared or kept, two to five capitalised words
    ending in "Day", "Week" or "Month" (‘declared Saturday “Brandon Kilgore Day”’, ‘marks “World
    Kindness Day,”’): a name, never words said; never a greeting (‘“Happy Mother's Day!”’).

    >>> _named_day("Brandon Kilgore Day"), _named_day("World Kindness Week,"), _named_day("Happy Mother’s Day,")
    (True, True, False)
    >>> _named_day("Day"), _named_day("What a day."), _named_day("This Week,")
    (False, False, False)
    """
    words = content.rstrip(",").split()
    return 2 <= len(words) <= 5 and words[-1].lower() in NAMED_DAY_ENDS and words[0].lower() not in GREETING_WORDS \
        and all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words)


def _title_again(text: str, at: int, content: str) -> bool:
    """The words in marks, a short name in title case, were quoted earlier in the article as a
    work's title, right before a noun of a work or its maker (‘the blockbuster “Ironclad” franchise’
    … ‘the first screening will be the original “Ironclad.”’, ‘the “Succession” star’ … ‘the final
    season of “Succession.”’): the work named again, no one's words (the caller checks no verb of
    speech follows).

    >>> _title_again('the “Ironclad” franchise. Then the original “Ironclad.”', 46, "Ironclad.")
    True
    >>> _title_again('“Ironclad” he said. Then the original “Ironclad.”', 38, "Ironclad.")
    False
    """
    key = content.rstrip(",.")
    for mark in ("“" + key + "”", '"' + key + '"'):
        k = text.find(mark, 0, at)
        while k >= 0:
            after = text[k + len(mark):k + len(mark) + 16].split(None, 1)
            if text[k + len(mark):k + len(mark) + 1] == " " and after and after[0].rstrip(",.") in TITLE_FOLLOWERS:
                return True
            k = text.find(mark, k + 1, at)
    return False


def _without_prepositions(content: str) -> str:
    """A title's words without its lower-case prepositions, which a title need not capitalise
    (‘The Late Hour with Danny Fitch.’ → ‘The Late Hour Danny Fitch.’)."""
    return " ".join(w for w in content.split() if w not in PREPOSITIONS)


def names_a_work(toks: list[Token]) -> bool:
    """The words right before a mark name a work: ‘his book’, ‘her fifth novel,’ ‘a revival of’
    (and a share's ticker: ‘under the ticker “LUMN.”’; but a sign's or a hat's words are quoted,
    as PolNeAR annotates them: ‘a hat reading, “Make Mexico Great Again Also”’)."""
    i = _work_noun_at(toks)
    p = i - 1
    while p >= 0 and (toks[p].word in DETERMINERS or toks[p].word in POSSESSIVES or (toks[p].text.islower() and p >= i - 3
                                                                                    and toks[p].word not in PREPOSITIONS)):
        p -= 1
    if p >= 1 and toks[p].word in ("of", "about") and toks[p - 1].word in SPEECH_VERBS and toks[-1].text == ",":
        return False  # what one says of a work: ‘said of the collection, “Bold.”’ (but ‘she wrote in her
        # memoir, “Tough Choices.”’ names it)
    return i >= 0 and (_is_work_noun(toks[i].word) or toks[i].word in PERFORM_VERBS or toks[i].word in PERFORM_INTO_VERBS) \
        and not toks[i].capitalized  # (and ‘two challenged novels, “The Bluest Eye” and “Speak,”’, ‘playing “Yellow”’)


def _taken_to_calling(toks: list[Token]) -> bool:
    """The words before the marks end with "taken to calling" (or "took to calling", "come to call") and up to four
    words of what is called, with no comma, no speech and no name between: a name people have come
    to give something, no one's words (‘what commuters have taken to calling “carmageddon”’; never
    ‘taken to calling Smith, who said “…”’)."""
    for k in range(len(toks) - 1, max(1, len(toks) - 6), -1):
        if toks[k].word in ("calling", "call") and toks[k - 1].word == "to" \
                and toks[k - 2].word in ("taken", "take", "takes", "taking", "took", "come", "came", "coming", "begun", "began"):
            j = k - 3
            while j >= 0 and toks[j].word in AUXILIARIES:
                j -= 1
            if j >= 0 and (toks[j].word in ("he", "she") or (toks[j].capitalized and not toks[j].word.endswith("s")
                                                              and j > 0 and toks[j - 1].text not in ".!?")):
                return False  # one person's own coinage is their words: ‘the judge, whom he has taken to calling “…”’,
                # ‘what Trump has taken to calling “…”’
            return all(t.text.isalpha() and t.text.islower() and t.word not in SPEECH_VERBS for t in toks[k + 1:])
    return False


def _after_noun_of_clause(toks: list[Token], b: int) -> bool:
    """The token at ``b`` opens a clause right after a noun with its article, with no "which" or
    "that" between (‘a decision Rosa Delgado …’, ‘a development she …’; never ‘the deal, she …’)."""
    return b > 1 and toks[b - 1].text.isalpha() and toks[b - 1].text.islower() and toks[b - 1].word not in FUNCTION_WORDS \
        and not toks[b - 1].word.endswith(("ed", "ly")) and toks[b - 2].word in ("a", "an", "the", "this", "that")


#: Verbs of labelling that a title's words follow too (‘a drink branded “Zest”’), whose subject in a
#: relative clause says the words (‘a scheme that Siobhan Keane branded “a shambles”’): those that are
#: cues as well ("labelled" and "termed" are none, and their words would go to the sentence's subject).
BRANDING_VERBS = frozenset("branded labeled".split())


def _describes(toks: list[Token], tail: int = 2) -> bool:
    """‘… which he described as’, ‘… whom one Obama insider described as’, ‘what the alliance's
    secretary-general described as’: someone named describes; ``tail``: how many words the verb
    and what follows it are (2 for "described as", 1 for "branded")."""
    if len(toks) < 2 + tail:
        return False
    a = len(toks) - 1 - tail
    while a > 1 and toks[a].word in ("had", "has", "have", "once", "previously", "repeatedly"):
        a -= 1  # (‘which the council had described as’)
    if toks[a].text == ")":  # a party or a seat in brackets after the name: ‘which Sen. Carl Benning
        # (D-Mich.) described as’
        o = next((o for o in range(a - 1, max(0, a - 7), -1) if toks[o].text == "("), None)
        if o is not None and o > 1 and is_name_token(toks[o - 1]) and toks[o - 1].capitalized:
            a = o - 1
    agent = toks[a]
    if agent.text == "," and _set_off_describer(toks, a):
        return True  # ‘a call Leyton’s manager, Gary Pell, described as’
    if is_name_token(agent) and agent.capitalized:
        b = a
        while b > 0 and is_name_token(toks[b - 1]) and toks[b - 1].capitalized:
            b -= 1  # a name right after a noun: ‘a decision Rosa Delgado described as’
        if _after_noun_of_clause(toks, b):
            return True
        if b > 2 and toks[b - 1].text == "the" and _after_noun_of_clause(toks, b - 1):
            return True  # a body or a party named with "the": ‘a condition the Social Democrats had described as’
    if agent.word in SUBJECT_PRONOUNS and (_noun_phrase_before(toks, a) or _bare_plural_before(toks, a)):
        return True  # a clause with no relative word after its noun: ‘a debt he described as’, ‘a move it
        # described as’, ‘a development she described as’, ‘in scenes he described as’ (never ‘was
        # described as’, ‘a man described as’)
    if (agent.word in DESCRIPTION_NOUNS or _title_noun(agent.word)) and _described_after_noun(toks, a):
        return True  # ‘a result the coach described as’
    return (agent.word in PRONOUNS or agent.word == "it" or is_name_token(agent) or agent.word in DESCRIPTION_NOUNS
            or agent.word[:-1] in DESCRIPTION_NOUNS or _title_noun(agent.word)) \
        and any(t.word in ("which", "whom", "that", "what", "who", "whose") for t in toks[max(0, a - 5):a])


#: Pronouns that may be a clause's subject.
SUBJECT_PRONOUNS = frozenset("he she it they we".split())


def _set_off_describer(toks: list[Token], a: int) -> bool:
    """The comma at ``a`` closes a name set off after a description of its bearer, the two right
    after a noun with its article, with no "which" or "that" between: a clause with no relative word
    (‘a call Leyton’s manager, Gary Pell, described as’, ‘a ruling the club's chairman, Ann Roe, called’;
    never ‘the deal, Gary Pell, described as’)."""
    b = a
    while b > 0 and a - b < 4 and is_name_token(toks[b - 1]) and toks[b - 1].capitalized:
        b -= 1
    if b == a or b < 4 or toks[b - 1].text != ",":
        return False
    k = b - 2  # the description's noun, in lower case (‘manager’, ‘head coach’)
    if not (toks[k].text.isalpha() and toks[k].text.islower() and (toks[k].word in DESCRIPTION_NOUNS or _title_noun(toks[k].word))):
        return False
    c = k
    while c > 0 and k - c < 3 and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() \
            and toks[c - 1].word not in FUNCTION_WORDS:
        c -= 1  # (‘head’ of ‘head coach’)
    if c > 0 and (toks[c - 1].word in ("the", "its", "their") or (toks[c - 1].capitalized and toks[c - 1].text.endswith(("’s", "'s")))):
        c -= 1  # its owner: ‘Leyton’s manager’, ‘the club's chairman’
    return _after_noun_of_clause(toks, c)


def _bare_plural_before(toks: list[Token], a: int) -> bool:
    """The word right before ``a`` is a plural noun with no article after a preposition (‘in scenes
    he’, ‘amid conditions she’): the noun a clause with no relative word describes; never a verb
    (‘says he’) nor a name (‘to Smith he’)."""
    return a >= 2 and toks[a - 1].text.isalpha() and toks[a - 1].text.islower() and len(toks[a - 1].word) > 3 \
        and toks[a - 1].word.endswith("s") and not toks[a - 1].word.endswith(("ss", "us", "is")) \
        and toks[a - 1].word not in FUNCTION_WORDS and toks[a - 2].word in CLAUSE_NOUN_PREPOSITIONS


def _described_after_noun(toks: list[Token], a: int) -> bool:
    """The description ending at ``a`` (‘the coach’, ‘the club's new manager’) opens a clause right
    after a noun with its article, with no "which" or "that" (‘a result the coach described as’;
    never ‘the coach described as’ nor ‘a man described as’)."""
    c = a
    while c > 0 and a - c < 2 and toks[c - 1].text.isalpha() and toks[c - 1].text.islower() \
            and toks[c - 1].word not in FUNCTION_WORDS:
        c -= 1
    return c > 0 and toks[c - 1].word in ("the", "its", "their") and _after_noun_of_clause(toks, c - 1)


def _noun_phrase_before(toks: list[Token], a: int) -> bool:
    """The words right before ``a`` are a noun phrase: an article or a demonstrative, up to two
    words in lower case and a noun (‘a debt’, ‘the new levy’, ‘this latest move’); never a verb's
    object ending in a name or a pronoun (‘told Smith’, ‘asked him’)."""
    k = a - 1
    while k >= 0 and a - k <= 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and not toks[k].word.endswith("ly"):
        k -= 1
    return k < a - 1 and k >= 0 and toks[k].word in ("a", "an", "the", "this", "that")


#: Most words in marks that a sentence may hold inside it and still be read whole (‘the most “independent”
#: Republican’).
WORDS_IN_MARKS_INSIDE = 3


def _word_in_marks_inside(text: str, before: Span, at: int) -> bool:
    """The words in marks of ``before`` are a few words inside the sentence that goes on to the marks at
    ``at`` (‘…, long regarded as the most “independent” Republican in the Senate, responded: “…”’): a word
    follows the closing mark, and no sentence ends between. Such words, scare quotes or not, never open
    the sentence, whose subject stands before them (read for a colon's sentence only: words in marks
    before a clause's own words in marks may be another's, ‘X called her a “disgrace” after she blamed
    “bias”’)."""
    if before.close_end is None or text[before.start:before.end].rstrip()[-1:] in ".!?,;:" \
            or len(text[before.start:before.end].split()) > WORDS_IN_MARKS_INSIDE:
        return False
    nxt = text[before.close_end:before.close_end + 2]
    return len(nxt) == 2 and nxt[0] == " " and nxt[1].isalpha() and not sentence_ends(text, before.close_end, at)


def _headline_source(text: str, sp: Span) -> Found | None:
    """The source a headline names at its end, cue first, for the words in marks before it: ‘‘Time
    to act’ on childhood obesity, says health chief’, ‘‘Devastating’ floods leave thousands homeless,
    says aid agency’ (as a headline's words in marks are its source's, never scare quotes)."""
    if sp.close_end is None or sp.paragraph > 1 or not _headline(text, sp.para_start, sp.para_end):
        return None
    says = RE_HEADLINE_SAYS.search(text, sp.close_end, sp.para_end)
    if says is None or headline_term(text, sp.open_at, sp.close_end):
        return None  # (a term in marks: ‘‘Ghost guns’ seized in raids, say police’)
    toks = tokenize(text, says.start(), sp.para_end)
    k = next((i for i, t in enumerate(toks) if t.word in SPEECH_VERBS), None)
    m = mention_after(toks, k + 1, text) if k is not None else None
    if m is None and k is not None and 1 <= len(toks) - k - 1 <= 3 and toks[-1].word in DESCRIPTION_NOUNS \
            and toks[-1].word not in DOCUMENT_NOUNS \
            and all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:]):
        m = Mention(toks[k + 1].start, toks[-1].end, text[toks[k + 1].start:toks[-1].end], "description")  # (‘says aid agency’)
    if m is None and k is not None and 1 <= len(toks) - k - 1 <= 3 and text[sp.para_start:sp.open_at].strip() \
            and all(t.text.isalpha() for t in toks[k + 1:]):
        # (guard: words in marks inside a headline are the named source's, never the headline's subject's:
        # ‘Man charged over ‘racist’ attack, say police’ was the man's)
        kind = "organisation" if toks[k + 1].capitalized else "description"
        m = Mention(toks[k + 1].start, toks[-1].end, text[toks[k + 1].start:toks[-1].end], kind)
    return Found(m, None, "cue-after", toks[k].text) if m is not None else None


#: Words for a parent or a grandparent written as a name (‘a text from Mum’).
FAMILY_NAME_WORDS = frozenset("mum mom mam ma dad pa mummy mommy daddy nan nana nanna gran granny grandma grandpa grandad granddad".split())


def _personal_word(word: str) -> bool:
    """A one-word sender that is someone, whatever the rest of the text: a given name the lists know
    (‘a message from Ahmed’) or a family word written as a name (‘a text from Mum’).

    >>> _personal_word("Ahmed"), _personal_word("Mum"), _personal_word("Gaza")
    (True, True, False)
    """
    return gender_of(word) is not None or word.lower() in FAMILY_NAME_WORDS


#: Most words between a teller and their verb of speaking, an aside between (‘A neighbor who called
#: 911 told …’).
TELLER_VERB_REACH = 8


def _teller_before_record(text: str, toks: list[Token], known) -> Found | None:
    """The one who told or said the words, named or described earlier in their sentence, when the
    source after them is only the record that keeps their own voice (‘A caller told the operator that
    smoke was “pouring out,” according to a recording released by police’ is the caller's; ‘The plan
    was “dead,” according to a transcript’ stays the transcript's, with no one before; and a report,
    which tells it again, keeps it: ‘The witness said the order was to “avoid …,” according to the
    report’)."""
    before = cue_before(text, toks, known, mixed=True)
    if before is None or before.rule not in ("cue-before", "cue-in-sentence", "subject") or before.mention is None \
            or before.mention.kind not in ("name", "description") or description_head(before.mention.text) in THING_NOUNS:
        return None
    after = [t for t in toks if t.start >= before.mention.end][:TELLER_VERB_REACH]
    spoke = next((t for t in after if t.word in SPEECH_VERBS and not t.capitalized), None)
    return Found(before.mention, before.person, before.rule, spoke.text) if spoke is not None else None  # (its own verb,
    # past an aside: ‘A neighbor who called 911 told the dispatcher …’)


#: "according to" a document and the one that put it out, right before that issuer's name (‘according
#: to the 214-page transcript released by ’, ‘according to a report published by ’).
RE_ISSUED_DOCUMENT_BY = LazyPattern(r"according to (?:a|an|the) (?:[\w\-]+ ){0,3}?(\p{Ll}+) "
                                    r"(?:released|published|issued|made public|posted|put out|filed) by $")


def _issued_document_before(text: str, lo: int, at: int) -> bool:
    """Whether the words from a quotation's close ``lo`` to its "according to" speaker at ``at`` make
    that speaker the issuer of a document (DOCUMENT_NOUNS) that reports the words, not their speaker.

    >>> t = '“unusual,” according to the 90-page transcript released by the Senate Committee.'
    >>> _issued_document_before(t, 10, t.index("the Senate")), _issued_document_before(t, 10, 11)
    (True, False)
    """
    if at - lo > 120 or (k := text.find("according to ", lo, at)) < 0:
        return False
    m = RE_ISSUED_DOCUMENT_BY.fullmatch(text, k, at)
    return m is not None and m.group(1) in DOCUMENT_NOUNS


def _speech_verb_before(text: str, lo: int, at: int) -> bool:
    """Whether a speech verb is the word right before the quotation's opening mark at ``at``
    (a comma or a colon between them allowed): ‘The captain replied “continue”’, ‘the first officer
    said «speed is dropping»’; never ‘said the delay was “unacceptable”’.

    >>> _speech_verb_before('The captain replied "continue"', 0, 20)
    True
    >>> _speech_verb_before('said the delay was "unacceptable"', 0, 19)
    False
    """
    words = text[lo:at].rstrip(" ,:").lower().rsplit(None, 1)
    return bool(words) and words[-1] in SPEECH_VERBS and words[-1] not in WEAK_SPEECH_VERBS


def kind_of(before: str, content: str) -> str:
    """direct when the marks hold a whole utterance, mixed when a fragment sits in reported speech.

    ``before`` is the quotation's sentence up to its opening mark, dateline removed.

    >>> kind_of("", "We wait."), kind_of("Healey told reporters:", "We will."), kind_of("He said it was", "a disaster")
    ('direct', 'direct', 'mixed')
    """
    if not before or before.endswith(":"):
        return "direct"
    if before.endswith(",") and len(before) > 1 and content[:1].isupper():
        return "direct"
    return "mixed"


#: Initials that make a nickname ("C.J.", "A.J.").
RE_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")


def is_nickname(text: str, sp: Span, before_toks: list[Token]) -> bool:
    """A short quoted word between or before names: Donald “The Donald” Trump, “little” Marco.

    >>> t = 'Then he turned to "little" Marco Rubio.'
    >>> sp = find_spans(t)[0]
    >>> is_nickname(t, sp, tokenize(t, 0, sp.open_at))
    True

    After "to", a lower-case word only before a full name: ‘plans to “actively support” Cruz’
    quotes a verb (‘returned to “Little” Marco’ is a nickname).

    >>> t = 'He plans to "actively support" Cruz.'
    >>> sp = find_spans(t)[0]
    >>> is_nickname(t, sp, tokenize(t, 0, sp.open_at))
    False
    """
    content = text[sp.start:sp.end]
    if sp.close_end is None or len(content.split()) > 3 or (
            content.rstrip()[-1:] in ".,!?" and not RE_INITIALS.fullmatch(content)):  # (but ‘Caleb “C.J.” Jenkins’)
        return False
    after = tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 40))
    return bool(after) and is_name_token(after[0]) and (
        not before_toks or is_name_token(before_toks[-1]) or before_toks[-1].word in ("the", "a") or (
            before_toks[-1].word == "to" and (content[:1].isupper() or (len(after) > 1 and is_name_token(after[1])))))


def _inside_a_name(text: str, sp: Span) -> bool:
    """A short capitalised quotation right between two capitalised words (‘Sean “Dyche” Callaghan’)."""
    content = text[sp.start:sp.end]
    return sp.close_end is not None and 0 < len(content.split()) <= 3 and content[:1].isupper() \
        and sp.open_at > 1 and text[sp.open_at - 1] == " " and text[sp.open_at - 2].isalpha() \
        and text.startswith(" ", sp.close_end) and text[sp.close_end + 1:sp.close_end + 2].isupper() \
        and text[text.rfind(" ", 0, sp.open_at - 1) + 1:sp.open_at - 1][:1].isupper()


def _between_names(text: str, sp: Span, before_toks: list[Token]) -> bool:
    """The marks stand right between two words of a name (‘Sean “Dyche” Callaghan’): a nickname,
    whatever cue the sentence has."""
    return bool(before_toks) and is_name_token(before_toks[-1]) and before_toks[-1].end == sp.open_at - 1 \
        and sp.close_end is not None and text.startswith(" ", sp.close_end) \
        and text[sp.close_end + 1:sp.close_end + 2].isupper()


def _title_question(content: str) -> bool:
    """A title in Title Case that is a question or a cry, as songs and books are called (‘Who Go Fix
    It?’, ‘Where Did The Money Go?’, ‘Help!’): read as a title only after a work's noun (the caller's).

    >>> _title_question("Where Did The Money Go?"), _title_question("Where did the money go?")
    (True, False)
    """
    c = content.rstrip()
    return c[-1:] in ("?", "!") and is_title(c[:-1])


def is_title(content: str, full_stop: bool = False, subtitle: bool = False) -> bool:
    """A short Title Case phrase without a sentence's punctuation: the name of a show or a work.

    ``full_stop``: a full stop the sentence put inside the marks may end it, where the words
    before say a work is named (‘her fifth book, “The Keeper’s Wife.”’); ``subtitle``: a subtitle
    after a colon may make it long, where its maker is named before (‘the author of “Unruly
    Subjects: Women and Protest in Victorian Britain”’).

    >>> is_title("Good Morning America"), is_title("Arms for Peace,"), is_title("We wait.")
    (True, True, False)
    >>> is_title("The Iceman Cometh."), is_title("The Iceman Cometh.", full_stop=True)
    (False, True)
    """
    words = content.rstrip(",." if full_stop else ",").split()
    if not 2 <= len(words) <= (12 if subtitle and ":" in content[:-1] else 7) \
            or content.rstrip()[-1:] in ("?!" if full_stop else ".?!"):
        return False
    if not words[0][:1].isupper():
        return False  # (the cheapest test first: the session's rules ask of many quotations in lower case)
    if words[-1] in ("--", "—", "–") or content.rstrip().endswith(("--", "—", "–")):
        return False  # (words broken off at a dash are a turn cut short, never a name: ‘bristled. "That's not --"’)
    big = [w for w in words if len(w) > 3 and not w[:1].isdigit()]  # (years keep no capital: ‘American Interiors, 1900-1950’)
    return bool(big) and all(w[:1].isupper() for w in big)


def owned_term(text: str, sp: Span, content: str) -> bool:
    """Words in marks, three at most and all in lower case, right after an owner's possessive (‘his’,
    ‘their’, ‘the junta’s’, ‘Minister Ó Briain’s’): a thing of theirs the writer names and mocks (‘His
    “apology” came two days later’, ‘The premier’s “resilience” agenda’), no one's words; the caller
    reads it only when the sentence has no cue of its own (‘Ruto said the opposition’s “reckless
    propaganda” …’ quotes Ruto).

    >>> t = "His “apology” came later. It’s “fine”, and her “I will never resign” stands."
    >>> [owned_term(t, s, t[s.start:s.end]) for s in find_spans(t)]
    [True, False, False]
    """
    words = content.rstrip(",").split()
    if not 0 < len(words) <= OWNED_TERM_WORDS or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    before = text[max(sp.para_start, sp.open_at - 40):sp.open_at].split()
    if not before or before[-1] != text[sp.open_at - len(before[-1]) - 1:sp.open_at - 1] or text[sp.open_at - 1] != " ":
        return False  # (the owner's word stands right before the mark, a space between)
    owner = before[-1]
    if owner.lower() in TERM_OWNERS:
        return True
    head, _, tail = owner.replace("'", "’").rpartition("’")
    return tail == "s" and head[:1].isalpha() and head.lower() not in S_CONTRACTIONS \
        and (head[:1].isupper() or (len(before) > 1 and before[-2].lower() in ("the", "a", "an")))


def _said_in_sentence_before(text: str, sp: Span) -> bool:
    """(guard) A speech verb or a verb of calling in the sentence before the marks, from its last full
    stop in the paragraph (‘… said the senator had “used a poor choice of words” but stood by his “…”’,
    ‘The former first lady calls it her “responsibility gene”’)."""
    lo = max(sp.para_start, text.rfind(". ", sp.para_start, sp.open_at) + 1)
    return any(w in SPEECH_VERBS or w in LABELLING_VERBS for w in RE_WORD.findall(text[lo:sp.open_at].lower()))


def _scare_term_again(text: str, results: list) -> None:
    """A short term in marks with no speaker, that the writer set in marks as a term elsewhere in the
    article (‘Tolliver’s “economic anxiety” routine’ … ‘This is “economic anxiety” as a delivery
    mechanism’): the writer's term each time, no one's words (in lower case only: a work's title
    named again is left to the rules of titles)."""
    terms = {text[sp.start:sp.end].rstrip(",.").lower() for sp, found, kind in results
             if kind == "scare" and sp.end - sp.start <= 40}
    if not terms:
        return
    for i, (sp, found, kind) in enumerate(results):
        if found is None and kind != "scare" and sp.end - sp.start <= 40 \
                and len(text[sp.start:sp.end].split()) <= OWNED_TERM_WORDS and text[sp.start:sp.end].islower() \
                and text[sp.start:sp.end].rstrip(",.") in terms:  # (a term in lower case: a title may be read as speech)
            results[i] = (sp, None, "scare")


#: Endings of adjectives of judgment (‘unworkable’, ‘dangerous’, ‘pointless’): a quotation of them is a
#: view, never a thing's name.
JUDGMENT_ENDINGS = ("able", "ible", "ous", "ful", "less", "ive")

#: Words of a judgment in lower case (‘“unworkable and unsafe”’, ‘“pure greenwashing”’), never in a name.
JUDGMENT_WORDS = wordset("and or but too so very pure totally utterly unsafe unfair unjust")

#: Bodies that name what they make (‘a shade the company is calling “…”’), unlike a campaign's group.
NAMING_MAKERS = wordset("company firm maker brand startup start-up")


def _maker_named_thing(toks: list[Token], content: str, title_case: bool) -> bool:
    """A thing's name its maker gives: a noun of a thing (:data:`NAMED_THING_NOUNS`; for a name in title
    case, any lower-case noun) right before "it" or "the" and a body's noun, then "calls", "is calling"
    or "has called" (an auxiliary between): ‘a new score it calls “pace index”’, ‘a pale blue the company
    is calling “Glacier”’; never a judgment with no thing's noun (‘a decision it calls “unfair”’), nor a
    person's words (‘a problem she calls “…”’).

    >>> from quotesearch.names import tokenize
    >>> _maker_named_thing(tokenize("added a new score it calls"), "pace index.", False)
    True
    >>> _maker_named_thing(tokenize("appeal the fine, a decision it calls"), "deeply unfair.", False)
    False
    """
    c = len(toks) - 1
    if c >= 0 and toks[c].word in ("a", "an", "the"):
        c -= 1  # (‘it calls the “Arc Pen.”’)
    if c < 2 or toks[c].word not in CALL_VERBS or content.rstrip(",. ")[-1:] in "!?" or len(content.split()) > 3:
        return False
    s = c - 1
    while s > 0 and (toks[s].word in AUXILIARIES or toks[s].word in BE_FORMS):
        s -= 1  # (‘the company is calling’, ‘it has now called’)
    if toks[s].word == "it":
        n = s - 1
    elif title_case and toks[s].word in ("he", "she", "they") and s >= 2 and toks[s - 1].word in DISH_NOUNS \
            and toks[s - 1].text.islower() and toks[s - 2].word in ("a", "an", "one"):
        return True  # a cook's name for a dish: ‘a dish he calls “Mama's Sunday Rice,”’ (never ‘a problem she
        # calls “…”’, whose noun is no dish, nor a judgment in lower case)
    elif s >= 2 and toks[s].word in BODY_NOUNS and toks[s - 1].word == "the":
        n = s - 2
    else:
        return False
    if not title_case and any(w in JUDGMENT_WORDS or w.endswith(JUDGMENT_ENDINGS)
                              for w in (w.rstrip(",.") for w in content.lower().split())):
        return False  # (a judgment in lower case: ‘a system it calls “unworkable and unsafe”’)
    if toks[s].word != "it" and toks[s].word not in NAMING_MAKERS:
        return False  # (‘a product the group calls “…”’: a campaign's words, never a maker's name)
    noun = toks[n] if n >= 0 else None
    return noun is not None and noun.text.isalpha() and noun.text.islower() and noun.word not in FUNCTION_WORDS \
        and noun.word not in PRONOUNS and (noun.word in NAMED_THING_NOUNS or title_case)


def _called_thing(toks: list[Token], title_case: bool) -> bool:
    """A name in title case after "called" that a thing's noun (:data:`NAMED_THING_NOUNS`) after "a",
    "an" or "the" heads a few words before, with no one between but a body (‘a feature the firm
    launched in May called “Kipaumbele,”’): the thing's name; never one a person called something
    (‘a tool he called “Useless”’, ‘an app Trump called “Dangerous”’).

    >>> from quotesearch.names import tokenize
    >>> _called_thing(tokenize("over a feature the firm launched in May called"), True)
    True
    >>> _called_thing(tokenize("over a feature Mayor Diaz called"), True)
    False
    """
    if not title_case or len(toks) < 3 or toks[-1].word != "called":
        return False
    for k in range(len(toks) - 2, max(0, len(toks) - 10), -1):
        t = toks[k]
        if t.word in PRONOUNS or t.word in ("who", "which", "that", "whom") or not t.text.replace("-", "").isalnum() \
                or (t.capitalized and t.word not in NOT_NAMES):
            return False  # (a person, a clause's subject, or a comma between)
        if t.word in NAMED_THING_NOUNS and t.text.islower():
            return k >= 1 and (toks[k - 1].word in ("a", "an", "the") or (k >= 2 and toks[k - 2].word in ("a", "an", "the")))
    return False


def _work_read_again(text: str, sp: Span, content: str, toks: list[Token], results: list) -> bool:
    """A work's title the article gave before (a title or term of the same words, in the same marks),
    right after a verb of reading (‘said she had read “The Long Field” in year nine’) or a part of a
    work and "from" or "of" (‘read out a passage from “Ash Harbour.”’): the title, whoever speaks in the
    sentence; never words that were no title before (‘had read “the room wrong”’)."""
    words = content.rstrip(",.")
    if sp.close_end is None or len(toks) < 2 \
            or not (toks[-1].word in READING_VERBS or (toks[-1].word in ("from", "of") and toks[-2].word in WORK_PART_NOUNS)):
        return False  # (the verb first: a look-up, where the title's test reads every word)
    if not (is_title(words) or RE_ONE_WORD_TITLE.fullmatch(words) is not None):
        return False
    return any(kind == "scare" and text[q.start:q.end].rstrip(",.") == words
               and text[q.open_at:q.open_at + 1] == text[sp.open_at:sp.open_at + 1] for q, _, kind in results)


#: A crowd's cries right before the marks (‘and jeers of ’, ‘to cries of ’, ‘amid shouts of ’).
#:
#: >>> bool(RE_CROWD_CRIES_OF.search("left to applause and jeers of ")), bool(RE_CROWD_CRIES_OF.search("the leader of "))
#: (True, False)
RE_CROWD_CRIES_OF = LazyPattern(r"\b(?:jeers|cries|shouts|chants|heckles|cheers|boos|calls|chorus|roars|yells) of $")


def _inscribed_words(toks: list[Token]) -> bool:
    """Words marked on a surface, after a verb of marking and "the word" or "the slogan": an inscription,
    nobody's speech (‘has spray-painted the word “Home” across the gate’, ‘scrawled the words “…”’;
    never ‘used the word “premature”’).

    >>> from quotesearch.names import tokenize
    >>> _inscribed_words(tokenize("her brother has spray-painted the word")), _inscribed_words(tokenize("he used the word"))
    (True, False)
    >>> _inscribed_words(tokenize("the plan does not mention the word")), _inscribed_words(tokenize("she mentioned the word"))
    (True, False)
    """
    if len(toks) >= 4 and toks[-1].word in INSCRIPTION_NOUNS and toks[-2].word == "the" and toks[-3].word in MENTIONING_VERBS \
            and any(t.word in DENIAL_WORDS for t in toks[max(0, len(toks) - 6):-3]):
        return True  # a word a text lacks is no one's: ‘its strategy document did not mention the word ‘sewage’ once’
    return len(toks) >= 3 and toks[-1].word in INSCRIPTION_NOUNS and toks[-2].word == "the" \
        and toks[-3].word in INSCRIBING_VERBS  # (never a thing marked "with the words", as one quotes a
    # cry worn on a shirt: ‘wearing a T-shirt emblazoned with the words “…”’)


#: Determiners right before a kind's term in marks (‘a “…” designation’, ‘its “…” status’).
TERM_DETERMINERS = wordset("a an the its their")


def _formal_kind_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """One or two lower-case words in marks (no hyphen) right before a noun of a formal kind
    (:data:`FORMAL_KIND_NOUNS`), whoever speaks in the sentence: the kind's name, never words said
    (‘will carry a “preview” label’, ‘rejected a wider “sibling” provision’, ‘under a state “special
    measures” designation’); never after a verb that names or judges (‘what she called a “…” provision’,
    ‘described as a “…” label’), nor a coinage with a hyphen (‘her “pay-as-you-go” provision’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    if _word_after(text, sp.close_end) not in FORMAL_KIND_NOUNS:
        return False
    last = toks[-1]
    if not last.text.isalnum() or last.word in PRONOUNS or last.word in BE_FORMS \
            or (last.word in SPEECH_VERBS and not (len(toks) >= 2 and toks[-2].word in ("a", "an", "the"))):
        return False  # (‘said “…” labels’, ‘it was “…” status’; but a noun after "a": ‘a state “…” designation’)
    if not (last.word in TERM_DETERMINERS or (len(toks) >= 2 and toks[-2].word in TERM_DETERMINERS
                                              and last.text.isalpha() and last.text.islower())):
        return False  # (a determiner before the term: never ‘would never accept “junior partner” status’,
        # ‘give migrants “special” status’, which quote a speaker)
    return not any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in LABELLING_VERBS
                   or t.word in ("as", "what", "his", "her", "my", "our") for t in toks[-4:])


def _status_granted(toks: list[Token], content: str) -> bool:
    """A formal status in lower case that a body grants or designates (‘was designated as having
    ‘strategic market status’’, ‘granted it “trusted trader status”’): the status's name, no one's words.

    >>> from quotesearch.names import tokenize
    >>> _status_granted(tokenize("was designated as having"), "strategic market status")
    True
    """
    words = content.rstrip(",.").split()
    return 2 <= len(words) <= 4 and words[-1] in ("status", "designation") and all(w.isalpha() and w.islower() for w in words) \
        and any(t.word in ("designated", "designates", "granted", "given", "awarded", "conferred", "stripped", "having")
                for t in toks[-4:])


def _trade_what_calls(toks: list[Token]) -> bool:
    """"what the industry calls" before the marks (‘what the industry calls a “gigafactory” site’): a
    trade's term, never a speaker's words (‘what critics call’ is theirs).

    >>> from quotesearch.names import tokenize
    >>> _trade_what_calls(tokenize("what the industry calls a")), _trade_what_calls(tokenize("what critics call a"))
    (True, False)
    """
    c = len(toks) - 1
    if c >= 0 and toks[c].word in ("a", "an", "the"):
        c -= 1
    return c >= 3 and toks[c].word in CALL_VERBS and toks[c - 1].word in TRADE_SUBJECTS and toks[c - 2].word == "the" \
        and toks[c - 3].word == "what"


def _group_what_calls(toks: list[Token], content: str) -> bool:
    """"what" and a trade's or campaigners' plural and "call" right before a lower-case term of one to
    three words with no article (‘what hydrologists call “peak water”’, ‘what campaigners call “fuel
    poverty”’): the term, no one's words; never a judgment with an article or a side in a quarrel
    (‘what critics call “a reckless gamble”’ stays theirs).

    >>> from quotesearch.names import tokenize
    >>> _group_what_calls(tokenize("passed what glaciologists call"), "peak melt")
    True
    >>> _group_what_calls(tokenize("defended what critics call"), "reckless"), _group_what_calls(tokenize("what activists call"), "a scandal")
    (False, False)
    """
    words = content.rstrip(",.").split()
    return 1 <= len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and words[0] not in ("a", "an", "the") and len(toks) >= 3 and toks[-1].word in ("call", "calls") \
        and (toks[-2].word in TRADE_GROUPS or (toks[-2].word in CAMPAIGN_GROUPS and len(toks) >= 4
                                                and toks[-4].word in ("in", "into", "of", "from", "out"))) \
        and toks[-3].word == "what"  # (campaigners' term only where one lives or falls: ‘into what activists
        # call “energy poverty”’; never what is condemned or pursued: ‘condemned what activists call “racist policing”’)


#: After a term's marks, the clause that says it is a name in use (‘“new collective quantified goal”, as
#: the target is known in U.N. jargon’, ‘“loss and damage fund”, as the facility is called’).
#:
#: >>> bool(RE_KNOWN_AS_AFTER.match(", as the target is known in U.N. jargon")), bool(RE_KNOWN_AS_AFTER.match(", as she put it"))
#: (True, False)
RE_KNOWN_AS_AFTER = LazyPattern(r",? as (?:the|it|this|these|they|such) (?:[\p{Ll}\-]+ ){0,2}(?:is|are|was|were|has been) "
                                r"(?:(?:now|often|widely|commonly|usually|also) )?(?:known|called|termed)\b")


def _known_as_term(text: str, sp: Span, content: str) -> bool:
    """A lower-case term of up to five words that the clause after its marks says is a name in use
    (:data:`RE_KNOWN_AS_AFTER`): the term, no one's words."""
    words = content.rstrip(",.").split()
    return sp.close_end is not None and 1 <= len(words) <= 5 and content[:1].islower() \
        and text.startswith((" as ", ", as "), sp.close_end) and (known := RE_KNOWN_AS_AFTER.match(text, sp.close_end)) is not None \
        and not text.startswith(" by ", known.end())  # (never one named as calling it: ‘“…”, as they were called by X’)


#: Verbs of praise or blame before a protest's kind: the words in marks are the judge's, never a kind's name
#: (‘praised the “…” protest’).
JUDGING_VERBS = frozenset("""praised praises hailed hails welcomed welcomes condemned condemns denounced denounces
criticised criticises criticized criticizes slammed slams attacked attacks""".split())


def _event_kind_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A lower-case term of one to three words (a hyphen allowed) in marks after a determiner or an
    owner's possessive and right before a kind of protest (:data:`EVENT_KIND_NOUNS`): the kind's name,
    never words said (‘would hold a ‘paddle-out’ protest’, ‘the group’s “die-in” protests’); never words
    with a person in them (‘a “we will not pay” protest’), nor after a verb that names or judges (‘what
    she called a “…” protest’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 3 \
            or not all(w.replace("-", "").isalpha() and w.islower() and w not in PRONOUNS for w in words) \
            or _word_after(text, sp.close_end) not in EVENT_KIND_NOUNS \
            or any(w.endswith("ly") for w in words):
        return False  # (never a judgment: ‘praised the “overwhelmingly peaceful” protest’)
    last = toks[-1]
    if not (last.word in TERM_DETERMINERS or last.text.endswith(("’s", "'s"))):
        return False
    return not any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in LABELLING_VERBS
                   or t.word in ("as", "what", "his", "her", "my", "our") or t.word in JUDGING_VERBS for t in toks[-4:])


def _name_repeating_thing(words_before, content: str) -> bool:
    """A lower-case name of two or three words, no article, after a verb of naming and the thing it
    names, ending with that thing's own noun (‘Organizers have dubbed the participating mosques “green
    mosques”’, ‘called the new ponds “rain ponds”’): a name given, no one's words (never a judgment:
    ‘dubbed the budget “a giveaway to landlords”’); ``words_before`` gives the sentence's words before
    the marks, read only when the words in the marks fit.

    >>> from quotesearch.names import tokenize
    >>> _name_repeating_thing(lambda: tokenize("Organizers have dubbed the participating mosques"), "green mosques,")
    True
    >>> _name_repeating_thing(lambda: tokenize("dubbed the budget"), "a landlords' budget")
    False
    """
    words = content.rstrip(",. ").split()
    if not 2 <= len(words) <= 3 or words[0] in ("a", "an", "the") \
            or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    toks = words_before()
    if len(toks) < 3 or not toks[-1].text.isalpha() or toks[-1].word != words[-1]:
        return False
    if any(t.word in BYSTANDER_NAMERS for t in toks[:-1]):
        return False  # (a nickname of others' thing is a judgment: ‘Residents have dubbed the new speed cameras
        # “cash cameras”’ stays theirs)
    return any(t.word in LABELLING_VERBS for t in toks[-5:-1]) and any(t.word in ("the", "these", "its", "their")
                                                                       for t in toks[-4:-1])


#: People who name a thing others made, whose name for it is a judgment (‘Critics have dubbed …’).
BYSTANDER_NAMERS = frozenset("""residents locals critics opponents detractors sceptics skeptics motorists commuters
drivers neighbours neighbors tenants passengers""".split())


#: Verbs of selling a thing under a name or a claim (‘that brands advertise as’, ‘which it markets as its’).
ADVERTISING_VERBS = frozenset("advertise advertises advertised market markets marketed".split())

#: Words that may stand between "as" and a maker's claim in marks (‘marketed as its “family fortress”’).
ADVERTISED_OPENERS = frozenset("a an its their the".split())


def _advertised_as(toks: list[Token], content: str) -> bool:
    """A word or two in lower case after "advertise as" or "market as" (an article or the maker's
    possessive between, and those it is sold to before "as"): a maker's claim for its goods, no one's
    words (‘the supplements that brands advertise as “natural”’, ‘which the carmaker has marketed as its
    “family fortress”’, ‘a fund marketed to pensioners as a “safe harbour”’).

    >>> from quotesearch.names import tokenize
    >>> _advertised_as(tokenize("models that companies advertise as"), "safe")
    True
    >>> _advertised_as(tokenize("a fund marketed to pensioners as a"), "safe harbour")
    True
    >>> _advertised_as(tokenize("Ruto described the fund as a"), "safe harbour")
    False
    """
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)):
        return False
    k = len(toks) - 1 - (bool(toks) and toks[-1].word in ADVERTISED_OPENERS)  # (‘marketed as its “…”’)
    if k < 1 or toks[k].word != "as":
        return False
    v = next((j for j in range(k - 1, max(-1, k - 7), -1) if toks[j].word in ADVERTISING_VERBS), -1)
    # (those it is sold to between, no comma and no speech: ‘marketed to retirees in Penang as a’)
    return v >= 0 and (v == k - 1 or toks[v + 1].word == "to") \
        and all(x.text.isalpha() and x.word not in SPEECH_VERBS for x in toks[v + 1:k])


def _nicknamed_lower(toks: list[Token], short_name: bool) -> bool:
    """A nickname in lower case after a verb of nicknaming and its object (‘residents have nicknamed the
    month “cough season”’; never "dubbed", which gives judgments: ‘dubbed the budget “a gift to the banks”’).

    >>> from quotesearch.names import tokenize
    >>> _nicknamed_lower(tokenize("residents have nicknamed the month"), True)
    True
    >>> _nicknamed_lower(tokenize("whom the fans had christened"), True), _nicknamed_lower(tokenize("the crowd christened her"), True)
    (True, True)
    """
    if short_name and toks and (toks[-1].word in NICKNAMING_VERBS or (
            len(toks) >= 2 and toks[-1].word in NICKNAMED_OBJECTS and toks[-2].word in NICKNAMING_VERBS)):
        return True  # the verb right before the marks, or with a pronoun as its object: ‘whom the fans had
        # christened “il Toro”’, ‘the crowd christened her “the Kisumu Comet”’
    return short_name and len(toks) >= 2 and toks[-1].text.isalpha() and toks[-1].word not in FUNCTION_WORDS \
        and any(x.word in NICKNAMING_VERBS for x in toks[-4:-1])


def _self_styled_name(toks: list[Token], content: str) -> bool:
    """A name of a few capitalised words right after a verb of calling and a reflexive pronoun: the alias
    a person goes by, no one's words (‘a woman calling herself “Elena”’, ‘a man who calls himself
    “Captain Ray”’); never a judgment in lower case (‘calling himself “a victim”’).

    >>> from quotesearch.names import tokenize
    >>> _self_styled_name(tokenize("met a woman calling herself"), "Elena"), _self_styled_name(tokenize("calling himself"), "a victim")
    (True, False)
    """
    words = content.rstrip(",.").split()
    return len(toks) >= 2 and toks[-1].word in REFLEXIVE_PRONOUNS and (toks[-2].word in CALL_VERBS or toks[-2].word in SELF_NAMING_VERBS) \
        and 1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words)


def _name_named_again(text: str, sp: Span, content: str, results: list) -> bool:
    """A name of a few capitalised words alone in marks that the article set in the same marks before and
    read as a name, not speech (‘a woman calling herself ‘Elena’ … Over time, ‘Elena’ – who claimed …’):
    the name again, whoever speaks in the sentence."""
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)):
        return False
    name = " ".join(words)
    return any(kind == "scare" and text[q.start:q.end].rstrip(",.") == name
               and text[q.open_at:q.open_at + 1] == text[sp.open_at:sp.open_at + 1]
               and _given_as_name(tokenize(text, max(q.para_start, q.open_at - 60), q.open_at), name)
               for q, _, kind in results) \
        or _name_given_later(text, sp, name)  # (only a name the article gave as one's name: never a show's
    # title named again, ‘on “Today.”’ … ‘a job on “Today.”’, which stays as it was)


#: How far after a headline's name in marks the article may give it as a nickname (‘… without “Spud” …
#: / Mathers, known across the region as “Spud”, …’).
NAME_GIVEN_REACH = 1500


def _spoken_in_sentence(text: str, sp: Span) -> bool:
    """The words before the marks in their sentence hold a verb of speaking or end in a colon: the words in
    marks are someone's, even if the article uses them as a name elsewhere (‘Tony Dyer said only: “Justice.”’,
    ‘Ruiz said that Tucson was “Open For Business”’, a headline's ‘Mayor Says City Is “…”’)."""
    lo = max(text.rfind(". ", 0, sp.open_at), text.rfind("\n", 0, sp.open_at), text.rfind("? ", 0, sp.open_at),
             text.rfind("! ", 0, sp.open_at), sp.para_start - 1, 0)
    toks = tokenize(text, lo, sp.open_at)
    return bool(toks) and (toks[-1].text == ":" or any(t.word in SPEECH_VERBS for t in toks))


def _name_given_later(text: str, sp: Span, name: str) -> bool:
    """The same name, in the same marks, given as what someone goes by a little further on
    (:func:`_given_as_name`): a headline's or a lede's nickname before the article explains it."""
    if sp.close_end is None:
        return False
    mark = text[sp.open_at:sp.open_at + 1]
    at = text.find(mark + name, sp.close_end, sp.close_end + NAME_GIVEN_REACH)
    while at >= 0:
        if _given_as_name(tokenize(text, max(0, at - 60), at), name):
            return True
        at = text.find(mark + name, at + 1, sp.close_end + NAME_GIVEN_REACH)
    return False


def _given_as_name(toks: list[Token], name: str) -> bool:
    """The words before a name in marks give it as what someone goes by: an alias (:func:`_self_styled_name`),
    a nickname's verb (‘nicknamed “…”’), or "known as" with a few words between (‘known across the region
    as “…”’)."""
    if _self_styled_name(toks, name) or (toks and toks[-1].word in NICKNAMING_VERBS):
        return True
    return len(toks) >= 2 and toks[-1].word == "as" and any(t.word == "known" for t in toks[-6:-1])


#: Objects of a verb of nicknaming right before the name (‘christened her “…”’).
NICKNAMED_OBJECTS = frozenset("him her them it".split())


#: A trade's or a group's register named right after the marks: the words are its term, glossed by the
#: writer, no one's speech (‘“mods,” in platform parlance’, ‘“overhang” in industry jargon’,
#: ‘“tenderpreneurs”, in South African slang,’), unless a speech verb comes before them.
#:
#: >>> bool(RE_REGISTER_AFTER.match(" in platform parlance")), bool(RE_REGISTER_AFTER.match(" in the end"))
#: (True, False)
RE_REGISTER_AFTER = LazyPattern(r",? in (?:[\p{L}\-.’']+ ){0,3}(?:" + "|".join(sorted(REGISTER_NOUNS)) + r")\b")

#: After a term in marks, the end of "what a “…” is": the sentence or clause ends there (‘taught what a “raid” was.’).
RE_WHAT_IT_IS_AFTER = LazyPattern(r" (?:is|was|are|were|means|meant)(?=[.,;:!?)”\"’]|\s*$| [–—] | and | or )")
#: After a term's marks, the verb of "what a … was", whatever follows it (‘what a “raid” was like’).
RE_TERM_EXPLAINED_AFTER = LazyPattern(r" (?:is|was|means|meant|does|did)(?=[\s.,;:!?)]|$)")


def _term_asked_about(text: str, sp, content: str, toks: list[Token]) -> bool:
    """A term of three words at most after "what a" (or "what an") whose clause ends with "is" or "was" right
    after the marks: a word whose meaning is asked or taught, no one's speech (‘had to be taught what a “raid”
    was.’, ‘could not say what an “NFT” is.’; never ‘what a “fair deal” would look like’).

    >>> from quotesearch.names import tokenize
    >>> from types import SimpleNamespace
    >>> t = 'she was taught what a "raid" was.'
    >>> _term_asked_about(t, SimpleNamespace(close_end=28), "raid", tokenize(t[:22]))
    True
    """
    if sp.close_end is None or len(toks) < 2 or toks[-1].word not in ("a", "an") or toks[-2].word != "what":
        return False
    if len(content.split()) <= 3 and RE_WHAT_IT_IS_AFTER.match(text, sp.close_end) is not None:
        return True
    # (or a term of a word or two, explained, whatever follows its verb: ‘what a “raid” was like’,
    # ‘what an “NFT” does’)
    words = content.rstrip(",.").split()
    return 1 <= len(words) <= 2 and all(w.replace("-", "").isalnum() for w in words) \
        and RE_TERM_EXPLAINED_AFTER.match(text, sp.close_end) is not None


#: Those who call someone by a nickname, after "by" and a possessive (‘called “Scholar” by his friends’).
RE_BY_THEIR_OWN = LazyPattern(r"[,.]? by (?:his|her|their|its) \p{Ll}")


def _called_by_their_own(text: str, sp, toks: list[Token]) -> bool:
    """A nickname that the person's own people give, after "called" that describes a person, not a verb
    of a clause (‘a student affectionately called “Professor” by his classmates’, ‘a mechanic called
    “Sparky” by his workmates’; never ‘was called “a disgrace” by his rivals’, which quotes the rivals,
    nor ‘The minister called the plan “reckless”’).

    >>> from quotesearch.names import tokenize
    >>> from types import SimpleNamespace
    >>> t = 'a student affectionately called "Professor" by his classmates'
    >>> _called_by_their_own(t, SimpleNamespace(close_end=43), tokenize(t[:31]))
    True
    """
    if sp.close_end is None or len(toks) < 2 or toks[-1].word not in ("called", "nicknamed", "dubbed"):
        return False
    b = toks[-2]
    if b.word in BE_FORMS or b.word in AUXILIARIES or not (b.text.islower() or b.text == ","):
        return False
    return RE_BY_THEIR_OWN.match(text, sp.close_end) is not None


def attribute(doc: Document, *, include_scare: bool = False) -> list[Quote]:
    """The quotes of a document with their speakers, in text order."""
    lines = paragraphs(doc.text)
    text = unwrapped(doc.text, lines)  # (the quotes' own text is the document's, line breaks and all)
    paras = lines if text is doc.text else paragraphs(text)
    spans = find_spans(text, paras)
    if not spans:
        return []
    cast = Cast(text, paras=paras)
    cast.quoted = [(sp.start, sp.end) for sp in spans]
    known = cast.knows_subject  # (a surname, or a company's short form: ‘Veltrix did not say …’)
    results: list[tuple[Span, Found | None, str]] = []
    denied_claims: set[int] = set()  # (quotations of a claim denied: no speaker, in the end)
    los: list[int] = []  # where each quotation's context starts
    terms: list[bool] = []  # whether each quotation is a term of a list of terms
    names_given: set[str] = set()  # names in title case the context made names (‘a lager called “Second Alarm”’)
    # for each quotation, the first at or after it that is no nickname inside a name (one pass)
    next_real = [len(spans)] * (len(spans) + 1)
    for k in range(len(spans) - 1, -1, -1):
        next_real[k] = next_real[k + 1] if _inside_a_name(text, spans[k]) else k
    # (a Title Case headline's words the body quotes again in its own case: speech, never a title;
    # the body's speaker is given them after, :func:`_inherit`)
    recased = {k for k, sp in enumerate(spans) if sp.paragraph == 0 and recased_headline_quote(text, paras, sp, spans)}
    for idx, sp in enumerate(spans):
        # remember the people named before this quotation
        cast.position = sp.open_at
        lo = sp.para_start
        if idx > 0 and spans[idx - 1].paragraph == sp.paragraph and (close_end := spans[idx - 1].close_end):
            lo = close_end
            if results[idx - 1][2] == "scare":  # a title or scare quote before is part of the sentence
                lo = los[idx - 1]
            elif text.endswith(":", 0, sp.open_at - 1) or text.endswith(": ", 0, sp.open_at):
                if _word_in_marks_inside(text, spans[idx - 1], sp.open_at):
                    lo = los[idx - 1]  # (and a word or two in marks inside the sentence that a colon closes:
                    # ‘Holloway, long called the most “independent” senator, replied with a post of her own: “…”’ is
                    # the subject's)
        los.append(lo)
        # (the sentence ends within reach only: a paragraph's start may be far back, and each
        # quotation of a long one rescanning it was quadratic)
        scan_lo = max(lo, sp.open_at - CONTEXT_CHARS - 1)
        ends = sentence_ends(text, scan_lo, sp.open_at)
        b_lo = ends[-1] if ends else lo
        capped = b_lo < sp.open_at - CONTEXT_CHARS  # a sentence too long to read whole
        b_lo = max(b_lo, sp.open_at - CONTEXT_CHARS)
        dateline = RE_DATELINE.match(text, b_lo, sp.open_at) if b_lo == sp.para_start else None
        if dateline:
            b_lo = dateline.end()
        semi = text.rfind("; ", b_lo, sp.open_at)
        if semi >= 0 and len(after_semi := text[semi + 2:sp.open_at].split()) >= 3 and _opens_clause(after_semi[0]):
            b_lo = semi + 2  # a clause with a subject of its own after a semicolon: ‘… on the Middle East;
            # Harcourt-Mills shot back that …’ (never ‘Mr. Trump suggested …; clashed with …; and posted …’)
        before_toks = Lazy(lambda: tokenize(text, b_lo, sp.open_at))  # (only some sieves need them)
        tail_lo = max(b_lo, sp.open_at - 30)  # the words by the mark (a short sentence's are all of them:
        # its tokens, made once)
        tail_toks = before_toks() if tail_lo == b_lo else tokenize(text, tail_lo, sp.open_at)
        # (a quotation that ended with its sentence's full stop ended the sentence too)
        same_sentence_as_prev = not ends and scan_lo == lo != sp.para_start and text[spans[idx - 1].end - 1] not in ".!?"
        # after: to the end of the sentence, the next quotation or the paragraph
        a_hi = sp.para_end
        nxt = next_real[idx + 1] if idx + 1 < len(spans) else len(spans)
        # (‘…,” said manager Sean “Dyche” Callaghan.’: a nickname is part of the words after)
        if nxt < len(spans) and spans[nxt].paragraph == sp.paragraph:
            a_hi = spans[nxt].open_at
        found = None
        scare = False
        headline_said = _headline_source(text, sp)  # (a headline's source named at its end: no scare quote)
        # (but ‘was called “a disaster” by Jones’ quotes Jones)
        content = text[sp.start:sp.end]
        short_name = (len(content.split()) <= 4 or RE_LONG_DEFINITE_NAME.fullmatch(content.rstrip(",. ")) is not None) \
            and content.rstrip(",. ")[-1:] not in "!?" and not text.startswith((" the ", " a ", " an "), sp.close_end or sp.end)
        title_case = short_name and content[:1].isupper() and all(
            w[:1].isupper() for w in content.rstrip(",. ").split() if len(w) > 2 and w not in TITLE_SMALL_WORDS)
        # (a name the marks' words are, used before a noun, with no one speaking: ‘in “Sport” mode’, ‘its
        # “Campus” loafer’; but ‘Trump cited “Obama-Clinton” policies’ quotes him)
        title_ctx = (title_case and sp.close_end is not None and content[-1:].isalnum() and _attributive(text, sp.close_end)
                     and (not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS for t in before_toks())
                          or _thing_owner(tail_toks))) \
            or (short_name and sp.close_end is not None and _attributive(text, sp.close_end) and _refer_to_as_article(tail_toks)) \
            or (short_name and _rating_lead(tail_toks, content)) or (title_case and _defined_term(text, sp)) \
            or (is_title(content, full_stop=True, subtitle=True) and _work_lead(tail_toks)) \
            or (_honoured_or_aired_lead(tail_toks) and (is_title(_without_prepositions(content), full_stop=True)
                                                        or _title_word(content))) \
            or (title_case and _named_day(content) and not _speech_after(text, sp)
                and not text[b_lo:sp.open_at].rstrip().endswith(":")
                and not any(t.word in ("said", "says", "told", "replied", "answered") for t in tail_toks)) \
            or (title_case and _title_again(text, sp.open_at, content) and sp.close_end is not None
                and ((content.endswith(".") and text[sp.close_end:sp.close_end + 2].strip()[:1].isupper())
                     or not _speech_after(text, sp))) \
            or (_programme_name(content) and _told_broadcaster_lead(tail_toks)) \
            or (short_name and _defined_or_mocked(text, sp, content, tail_toks)) \
            or _foreign_work_title(content, tail_toks) \
            or (title_case and not text[b_lo:sp.open_at].strip() and _nickname_identified(text, sp, content)) \
            or _known_only_as(text, sp, content, tail_toks) \
            or _dated_or_vessel_title(text, sp, content, tail_toks, title_case, before_toks) \
            or (title_case and _named_measure(content, tail_toks, text[sp.close_end:sp.close_end + 1] if sp.close_end else "")
                and not _coined_measure(content, tail_toks, before_toks)) \
            or (_status_term(content, tail_toks, before_toks, sp.close_end is not None and _attributive(text, sp.close_end))
                and not _speech_later(text, sp)) or _screen_message(tail_toks, before_toks) \
            or _voted_name(content, tail_toks, title_case) or _told_programme(text, sp, content, tail_toks) \
            or _work_set_off_before(text, sp, content, tail_toks, before_toks) \
            or (sp.close_end is not None and is_title(content.rstrip(",.")) and _work_set_off(text, sp.close_end)
                and not any(t.word in SPEECH_VERBS for t in after_work_toks(text, sp))) \
            or is_title_context(
                tail_toks, before_toks, short_name, title_case,
                short_name and _nickname_like(content), RE_HANDLE.fullmatch(content.rstrip(",.")) is not None,
                content.rstrip(",.").isalpha(), short_name and RE_DEFINITE_NAME.fullmatch(content.rstrip(",.")) is not None,
                text[max(0, sp.open_at - 200):sp.open_at],
                short_name and RE_PLACE_NICKNAME.fullmatch(content.rstrip(",.")) is not None,
                content.startswith("the "), crew_judged=_speaker_set_off_after(text, sp) or RE_SUPERLATIVE_THE.match(content) is not None) and not (
                sp.close_end is not None and text.startswith(" by ", sp.close_end)
                and not any(t.word in NAMING_VERBS or t.word == "name" for t in tail_toks[-2:]))
        # (never ‘nicknamed “Vinnie” by fans’: what one is nicknamed by others is a name)
        if title_ctx and _name_means_lead(tail_toks) and sp.close_end is not None and _speech_after(text, sp):
            title_ctx = False  # (what a name means to one who is quoted saying so: ‘the name meant “a place of
            # gold,” said historian Kofi Boateng’)
        if title_ctx and _classed_as(tail_toks) and sp.close_end is not None and (
                content.lower().startswith(("a ", "an ", "the ")) or _speech_after(text, sp)):
            title_ctx = False  # (a judgment one names after it: ‘classed as “a masterpiece of restraint”, critic X wrote’)
        title_ctx = title_ctx and headline_said is None and not (
            sp.close_end is not None and _place_epithet_after(text, sp.close_end, sp.para_end) is not None)
        if title_case and content.rstrip(",.") in names_given and not title_ctx and text[b_lo:sp.open_at].strip() \
                and sp.close_end is not None and (text[sp.close_end:sp.close_end + 1] not in ",."
                                                  or (tail_toks and tail_toks[-1].word == "the")):
            title_ctx = True  # a name given before, named again inside a sentence: ‘a lager called “Second Alarm”
            # …. Sales from “Second Alarm” will go to the fund, she said’ (never words set off by a comma)
        if title_ctx and title_case and tail_toks and tail_toks[-1].word in VESSEL_NOUNS:
            names_given.add(content.rstrip(",."))  # (a vessel's name, named again: ‘one of the men rescued from
            # the “Silver Tide”, Ian Ross, said’)
        if title_ctx and title_case and any(t.word in NAMING_VERBS or t.word in CALL_VERBS or t.word in ("name", "calls")
                                            for t in tail_toks[-3:]):
            names_given.add(content.rstrip(",."))  # (a name given by naming it: ‘called’, ‘named’, ‘the brand name’)
        # (nor words a person called by a place speaks: ‘“Tough one,” the Gatineau native said’)
        b_text = text[b_lo:sp.open_at]
        b_text = b_text[(m.end() if (m := RE_DATELINE.match(b_text)) else 0):].strip()
        mixed = bool(b_text) and not b_text.endswith(":") and not capped
        label = RE_SPEAKER_LABEL.match(text, sp.start, sp.end)
        after_toks = []
        if sp.close_end is not None:
            a_hi = min(a_hi, sp.close_end + AFTER_CHARS)  # (a bounded stretch, whatever the paragraph)
            a_ends = sentence_ends(text, sp.close_end, a_hi)
            after_toks = tokenize(text, sp.close_end, a_ends[0] if a_ends else a_hi)
        # a quotation that ends its sentence (‘…done.” Smith then…’) belongs first to the
        # sentence it closes; otherwise the cue right after it is the surest
        # the quotation's last punctuation, inside an inner quotation that ends it (‘…, 'Just hold
        # on to the ball,'" the 22-year-old said’)
        last = text[sp.end - 2] if text[sp.end - 1] in "'’" and sp.end - 2 > sp.start and text[sp.end - 2] in ",.?!" \
            else text[sp.end - 1]
        closes_sentence = last == "." and bool(after_toks) and after_toks[0].capitalized
        headline = RE_HEADLINE_SPEAKER.match(text, sp.close_end, sp.para_end) \
            if sp.close_end is not None and sp.open_at == sp.para_start and sp.para_end - sp.para_start <= 200 \
            and (RE_SPOKEN.search(text, sp.start, sp.end) or RE_FINITE_VERB.search(text, sp.start, sp.end)) \
            else None  # (words one says: ‘“I never …”’, ‘‘Farmers will not be forgotten’’, never ‘“Succession”:’)
        topic = sp.open_at > sp.para_start and _topic_label(text, sp.para_start, sp.open_at)
        label_above = sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
            and _topic_label(text, *paras[sp.paragraph - 1])  # (the label on a line of its own)
        if label:
            found = Found(Mention(label.start(1), label.end(1), label.group(1), "name"), None, "label", ":")
        elif topic:  # ‘On jockey Kirra Doolan: “…”’: what the one interviewed said of a topic
            found = _topic_answer(text, sp, spans[:idx], results, paras, cast)
        elif headline:  # ‘“I never saw myself as a politician”: Mayor Adaeze Nwachukwu on her first year’
            owner = RE_OWNER_BEFORE_NAME.match(headline.group(1))
            at = headline.start(1) + (owner.end() if owner is not None
                                      and _sole_of_surname(text, headline.group(1).rsplit(None, 1)[-1], cast) else 0)
            found = Found(Mention(at, headline.end(1), text[at:headline.end(1)], "name"), None, "headline", ":")
        elif closes_sentence and not title_ctx:
            found = cue_before(text, before_toks(), known, mixed=mixed) or (
                None if _introduces_next(text, after_toks) or _goes_on_after_cue(text, spans, results, idx, lo)
                else cue_after(text, after_toks, True))
        elif text.find(" of ", b_lo, sp.open_at) >= 0 and (words_of := _in_the_words_of(text, before_toks())) is not None:
            found = words_of  # the one whose words or phrase they are, whatever cue comes after: ‘He was, in the
            # phrase of the critic X, “…,” a description Mr. Y said he found flattering’ is X's
        else:
            found = cue_after(text, after_toks, last in ".?!",
                              comma_before=(last in CUT_OFF_ENDS or text.startswith(",", sp.close_end or sp.end) or (last in "?!" and not (
                                  text[b_lo:sp.open_at].rstrip().endswith(":")
                                  and (intro := cue_before(text, before_toks(), known)) is not None and intro.mention is not None)))
                              and sp.close_end is not None)  # (a verb no list holds after a question another's
            # colon introduced is a new sentence's: ‘Lowell asked: “Will the senator yield?” Hutchins declined.’;
            # but ‘… the question residents wanted answered: “…?” Councilwoman Ruth Bell wondered aloud.’)
            if found is None and last == "," and sp.close_end is not None \
                    and (opening := RE_IT_OPENS_AFTER.match(text, sp.close_end)) is not None:
                found = Found(Mention(opening.start(1), opening.end(1), "it", "pronoun"), None, "cue-after", opening.group(2))
                # (a letter's opening words: ‘“Dear Jozsi,” it begins.’, its writer's as what it "reads")
            if found is not None and last in ".?!" and _introduces_next(text, after_toks):
                found = None  # ‘“We are refugees!” Mr. Zahed said: “…”’: the next one's
            if found is not None and found.mention is not None and last == "?" \
                    and (found.cue or "").lower() in REPLY_CUES and sp.close_end is not None \
                    and RE_REPLY_NEXT.match(text, found.mention.end) \
                    and text[b_lo:sp.open_at].rstrip().endswith(","):
                before = cue_before(text, before_toks(), known, mixed=False)
                if before is not None and before.rule == "cue-before" and before.mention is not None \
                        and before.mention.text != found.mention.text:
                    found = before  # ‘Hollis wrote to Tuttle, “…?” Tuttle replied, “Same place.”’: the
                    # question is the one its own cue introduces (a question alone is the replier's own)
            if found is not None and found.rule == "cue-after" and not title_ctx \
                    and (_opens_with(text, b_lo, CLAUSE_LEADS) or RE_LATER_OPENING.match(text, b_lo)) \
                    and _in_opening_clause(before_toks()):
                # ‘But even as Trump claimed that “…,” one of the prosecutors said …’: the quotation
                # belongs to the opening clause's cue, not to the main clause after it
                before = cue_before(text, before_toks(), known, mixed=mixed)
                if before is not None and (before.rule == "cue-before" or (
                        before.rule == "cue-in-sentence" and _introduces_next(text, after_toks))):
                    found = before  # (‘After Scalia said that … “…,” Trump said: “…”’: Trump's is the next)
            if found is not None and found.rule in ("cue-after", "according-to") and found.mention is not None \
                    and not title_ctx and found.mention.kind == "description" \
                    and description_head(found.mention.text) in DOCUMENT_NOUNS \
                    and (text[b_lo:sp.open_at].rstrip().endswith(",") or _speech_verb_before(text, b_lo, sp.open_at)):
                # ‘Brandon Kessler said, “Okay, that's me,” the affidavit says’, ‘The captain replied
                # “continue,” the report said’, ‘the pilot said «speed is dropping», according to a
                # transcript’: the one the document reports speaking, by the cue right before the words
                before = cue_before(text, before_toks(), known, mixed=False)
                if before is not None and before.rule == "cue-before" and before.mention is not None \
                        and before.mention.kind in ("name", "description", "pronoun") \
                        and description_head(before.mention.text) not in THING_NOUNS:
                    found = before
                elif found.rule == "according-to" and description_head(found.mention.text) in RECORDING_NOUNS:
                    found = _teller_before_record(text, before_toks(), known) or found
            elif found is not None and found.rule == "according-to" and found.mention is not None and not title_ctx \
                    and sp.close_end is not None and _issued_document_before(text, sp.close_end, found.mention.start) \
                    and (before := cue_before(text, before_toks(), known, mixed=False)
                         or (results[idx - 1][1] if same_sentence_as_prev else None)) is not None \
                    and before.rule == "cue-before" and before.mention is not None and before.mention.kind == "name" \
                    and (before.cue or "").lower() in SPEECH_VERBS:
                found = before  # ‘Ellen Marsh said she found the calls “improper,” according to a transcript
                # released by the committee’: the one the document reports speaking, never its issuer (also
                # for the second of two quotations the same cue brings in: ‘said … “odd” and “improper,” …’)
            elif found is not None and found.rule == "according-to" and found.mention is not None and not title_ctx \
                    and found.mention.kind == "description" and description_head(found.mention.text) in RECORDING_NOUNS:
                found = _teller_before_record(text, before_toks(), known) or found  # (the teller, not the record)
            elif found is not None and found.rule == "cue-after" and found.mention is not None and not title_ctx \
                    and found.mention.kind == "description" and description_head(found.mention.text) in DOCUMENT_NOUNS:
                # ‘Okafor told investigators he had expected to be away for “no more than two minutes,”
                # the report says’: a named person's words that the document reports, by the
                # person's own speech verb earlier in the sentence
                before = cue_before(text, before_toks(), known, mixed=True)
                if before is not None and before.rule in ("cue-before", "cue-in-sentence") and before.mention is not None \
                        and before.mention.kind == "name" and (before.cue or "").lower() in SPEECH_VERBS:
                    found = before
            if (found is None or (found.rule == "dash" and last in ".?!") or found.rule in ("according-to-late", "cue-after-late")) \
                    and not title_ctx:
                # (a finished sentence's own cue beats a sign-off after it: ‘X insisted “….”--Reporter’;
                # the bare sentence subject, with no cue word, does not)
                before = cue_before(text, before_toks(), known, mixed=mixed)
                if before is not None and not (found is not None and before.rule in ("subject", "told-passive") and before.cue is None) \
                        and not (found is not None and found.rule == "cue-after-late" and before.mention is not None
                                 and (RE_PASSIVE_CUE.search(text, before.mention.end, sp.open_at) is not None
                                      or RE_REPORTS_THAT.search(text, b_lo, before.mention.start) is not None)):
                    found = before  # (but the source at the end keeps words told or said of others: ‘Officers
                    # were told to “shoot first”, a source said’, ‘Aides are said to be “livid”, a source said’)
        if not title_ctx and (law := _law_text(text, b_lo, sp.open_at)) is not None \
                and (found is None or found.mention is None or found.mention.end <= law.mention.end
                     or found.rule in ("subject", "same-paragraph", "cue-in-sentence")):
            found = law  # the law's own text, as written whole: ‘Article 40.5 of the Constitution provides that ‘…’’
        if found is not None and found.rule in ("cue-before", "cue-in-sentence", "subject") and found.mention is not None and not title_ctx \
                and found.mention.end < sp.open_at and text.find(", who ", found.mention.end, sp.open_at) >= 0 \
                and RE_LABELLED_ASIDE.search(text, found.mention.end, sp.open_at) is not None:
            found = None  # words the subject is labelled with in an aside are another's, never the subject's:
            # ‘Cllr Ann Roe, who is named in the report as one of “the usual suspects”, replied …’
        if (found is None or found.rule in ("subject", "cue-before", "cue-in-sentence", "told-passive")) and not title_ctx \
                and sp.close_end is not None and (text.startswith(" by ", sp.close_end) or tail_toks and tail_toks[-1].word == "as"
                                                  or text.find(" accused by ", b_lo, sp.open_at) >= 0) \
                and not is_title(content.rstrip(",.")) and content.split()[0].lower() not in NOT_A_LABEL_OPENERS \
                and (agent := passive_agent(text, before_toks(), after_toks)) is not None:
            found = agent  # ‘The plan was called “a disaster” by Senator Jane Jones’: the agent's words
        if (found is None or found.rule == "subject" or (found.rule == "cue-in-sentence" and found.mention is not None
                                                         and found.cue is not None and found.cue.lower().rstrip("s") not in CLAIM_NOUNS)) \
                and not title_ctx and (claimed := _claim_by(text, b_lo, sp.open_at)) is not None \
                and (found is None or found.mention is None or found.mention.end <= claimed.mention.start):
            found = claimed  # ‘Mulcahy has rejected a claim by Sinn Féin leader Gráinne Ní Fhaoláin that the
            # targets amount to “a work of fiction”’: the claim's maker
        if (found is None or found.rule == "subject") and not title_ctx \
                and (counted := _by_ones_count(text, b_lo, sp.open_at)) is not None:
            found = counted  # ‘the Okonkwos have, by Grace's count, missed “ten Sundays”’: the one who counted
        if found is None and not title_ctx and (mine := _for_whom_first_person(text, b_lo, sp.open_at, content)) is not None:
            found = Found(mine, None, "for-whom", None)  # ‘For Ana Ribeiro, 79, …, last summer was “the worst I
            # can remember”’: the one the sentence is for, in their own first person
        if found is not None and found.rule == "subject" and text.find(" of ", sp.open_at - 4, sp.open_at) >= 0 \
                and RE_CROWD_CRIES_OF.search(text, max(b_lo, sp.open_at - 40), sp.open_at) is not None:
            found = None  # a crowd's cry heard by the subject, never theirs: ‘X left to applause and jeers of
            # “Bye-bye!” from the government benches’, ‘The minister sat down to cries of “Resign!”’
        if found is not None and found.rule == "subject" and found.cue is None and found.mention is not None \
                and found.mention.end <= sp.open_at and (finder := _clause_finder_before(text, found.mention.end, sp.open_at)) is not None:
            found = Found(finder, None, "subject", None)  # the words a clause's own subject found or said, never the
            # main subject's: ‘Drivers face months of delays after the road authority found “serious cracking”’
        if found is not None and found.rule == "subject" and sp.close_end is not None \
                and RE_HEARD_AT_END.search(text, sp.close_end, sp.para_end) is not None:
            found = None  # what a court or an inquest heard, never its subject's words: ‘Schoolgirl, 14, took
            # her own life after months of ‘relentless’ online bullying, inquest hears’
        if found is not None and found.rule == "subject" and found.mention is not None \
                and found.mention.text.split()[-1].lower() in SIGN_NOUNS and read_on_sign(text, b_lo, sp.open_at):
            found = None  # the sign or the shirt is no speaker: ‘Many wore green T-shirts reading “…”’ (its
            # wearer or its carrier keeps the words: ‘Protesters waved placards reading “…”’)
        if found is not None and found.mention is not None and found.rule in ("subject", "cue-before", "cue-in-sentence", "colon") \
                and found.mention.end <= sp.open_at and (sign_at := sign_reading_at(text, b_lo, sp.open_at)) >= found.mention.end \
                and (not carried_sign(text, found.mention.end, sign_at) or (found.mention.kind == "name" and (
                    text.endswith(" and ", 0, found.mention.start) or text.find(" and ", found.mention.end, sign_at) >= 0))):
            found = None  # nor one who only stands by it: ‘Senator X stood under a banner that read “…”’, ‘X
            # pointed to a sign in the crowd that said “…”’, nor one person of several who carry it: ‘X and Y
            # wore caps reading “…”’ (but a group keeps it: ‘Fans unfurled a banner that read’, ‘an army of
            # workers and retirees …, carrying signs saying’)
        if found is not None and found.mention is not None and found.rule in ("subject", "cue-before", "cue-in-sentence", "colon") \
                and _hearing_audience(text, found.mention):
            found = None  # the court or the jury that heard the words is no speaker: ‘The court was told the
            # victim was “left for dead”’, ‘Magistrates heard Smith had been “abusive”’
        if found is not None and found.rule in ("subject", "cue-before", "cue-in-sentence") \
                and _claim_denied(text, b_lo, sp.open_at):
            denied_claims.add(idx)  # the words of a claim the sentence denies or answers are the claimants', unnamed:
            # ‘The minister denied claims that she had “misled Parliament”’, ‘amid accusations of “cronyism”’
            # (none, once the rest are read: the subject still speaks what follows, ‘…, saying: “…”’)
        if same_sentence_as_prev and found is not None and found.rule == "subject" \
                and not _joins_clause(text, before_toks()):
            found = None  # ‘X said the city “welcomes” a role in “…”’: the sentence's speaker, inherited
        if same_sentence_as_prev and found is not None and found.rule == "colon" and found.mention is not None \
                and _after_preposition(before_toks(), found.mention):
            found = None  # ‘… whom he described as “volatile,” with Clinton: “…”’: Clinton is no speaker
        sender = None  # (the sender of a message the sentence gives: no "he" of the story after)
        if not title_ctx and (sender := message_sender(text, b_lo, sp.open_at)) is not None:
            found = Found(sender, None, "cue-in-sentence", "read")  # ‘X shared a screenshot of a message from
            # a Twitch employee that read: “…”’: the sender's words, never X's, who only shared them
        elif not title_ctx and ((sent := _sender_named_after(text, b_lo, sp.open_at)) is not None
                                or (sent := _sender_of_it_read(text, b_lo, sp.open_at)) is not None):
            found = Found(sent, None, "cue-in-sentence", "read")  # ‘a text message Reyes sent to a co-worker
            # in May: “…”’, ‘… Otieno had sent a text message to his cousin. It read: “…”’: the sender's words
        elif not title_ctx and found is not None and found.mention is not None \
                and (sent := message_from(text, b_lo, sp.open_at)) is not None \
                and found.mention.end <= sent[0] and _passed_on(text, found.mention.end, sent[0]):
            found = None  # the one who got or passed on a message is never its speaker, whoever sent it:
            # ‘Farmers received a letter from Brussels that read: “…”’
        elif not title_ctx and _names_a_verb_of_sending(text, b_lo, sp.open_at) \
                and (sent := RE_SENDER.search(text, b_lo, sp.open_at)) is not None:
            # ‘The court heard Maguire sent a message which read: “…”’, ‘One message, sent by Maguire at
            # 2am, read: “…”’: the sender, never the court nor the message
            g = 1 if sent.group(1) else 2
            found = Found(Mention(sent.start(g), sent.end(g), sent.group(g), "name" if sent.group(g)[:1].isupper() else "description"),
                          None, "cue-in-sentence", "read")  # (‘sent by the school district shortly after noon’: as written)
        elif not title_ctx and (sent := _pronoun_sender(text, b_lo, sp.open_at)) is not None:
            found = Found(sent, None, "cue-in-sentence", "read")  # ‘She shows me a text message he sent her in
            # January:’: the one who sent it, never the one who shows it
        if found is None and not title_ctx and text[b_lo:sp.open_at].rstrip().endswith(":") \
                and (sends := _sender_of_messages(text, sp)) is not None:
            found = Found(sends, None, "cue-in-sentence", "read")  # ‘Aoife still sends her brother messages. She
            # shows me some. On his birthday: “…”’: one of the messages the paragraph says she sends
        if found is None and not title_ctx and (own := RE_OWN_SAYING.search(text, b_lo, sp.open_at)) is not None:
            # ‘His philosophy was simple: “…”’, ‘As he liked to say, “…”’: the one whose saying it is
            g = next(g for g in (1, 2, 3) if own.group(g))
            who = own.group(g)
            word = OWNER_PRONOUNS.get(who.lower(), who)
            kind = "pronoun" if word.lower() in ("he", "she", "they") else "name"
            at = own.start(g)
            found = Found(Mention(at, at + len(who), word, kind), None, "cue-in-sentence", "say")
        if found is None and not title_ctx:
            other = RE_ANOTHER_BEFORE.search(text, b_lo, sp.open_at) or (
                RE_ANOTHER_AFTER.match(text, sp.close_end, a_hi) if sp.close_end is not None else None)
            if other is not None:  # ‘“…,” wrote one commenter. Another asked: “…”’: someone else, of the same kind
                who = _another(other, results[idx - 1][1] if idx > 0 else None)
                found = Found(Mention(other.start("who"), other.end("who"), who, "description"),
                              None, "cue-before" if other.re is RE_ANOTHER_BEFORE else "cue-after", other.group("verb"))
        if found is not None and found.rule == "cue-in-sentence" and found.mention is not None \
                and found.mention.kind == "description" and found.mention.end <= sp.open_at \
                and found.mention.text.split()[0].lower() in ("one", "a", "an") \
                and (other := RE_WHILE_ANOTHER.search(text, found.mention.end, sp.open_at)) is not None \
                and other.group("verb") in SPEECH_VERBS:
            # (the one described first spoke before: ‘“…,” one fan wrote, while another complained: “…”’
            # is another fan's)
            words = found.mention.text.split()
            who = other.group("who") if other.group("noun") or len(words) < 2 or not words[-1].isalpha() \
                or not words[-1].islower() else "another " + " ".join(words[1:])
            found = Found(Mention(other.start("who"), other.end("who"), who, "description"), None, "cue-before",
                          other.group("verb"))
        if found is None and not title_ctx and sp.close_end is not None \
                and (one := RE_ONE_AFTER.match(text, sp.close_end, a_hi)) is not None \
                and (who := _one_of_group(text, sp)) is not None:  # ‘Several residents gathered outside.
            found = Found(Mention(one.start("who"), one.end("who"), who, "description"),  # “…,” said one.’
                          None, "cue-after", one.group("verb"))
        if found is None and not title_ctx and sp.close_end is not None \
                and (last in ".?!" or (last == "," and text.startswith((" was the ", " were the "), sp.close_end))) \
                and (sp.open_at == sp.para_start or text[b_lo:sp.open_at].strip() == "") \
                and (told := _told_after(text, sp, paras)) is not None:
            found = told  # ‘“…” / That was the blunt assessment of Superintendent X’, ‘So says X, who …’
        if found is None and label_above:  # (the label on a line of its own: ‘On the injury to Sam Okafor:’ /
            # ‘“…”’, when the words name no speaker of their own; never the topic's own name: ‘On Kerr:’)
            found = _topic_answer(text, sp._replace(paragraph=sp.paragraph - 1), spans[:idx], results, paras, cast)
            if found is not None and found.person is not None and found.person.name.split()[-1] in \
                    text[paras[sp.paragraph - 1][0]:paras[sp.paragraph - 1][1]]:
                found = None
        if found is not None and found.rule == "colon" and found.mention is not None \
                and (own := RE_OWN_VERDICT.fullmatch(found.mention.text)) is not None:
            # ‘His verdict: “Simply not good enough.”’: the one whose verdict it is, as "he"
            pronoun = OWNER_PRONOUNS[own.group(1).lower()]
            found = Found(Mention(found.mention.start, found.mention.start + len(own.group(1)), pronoun, "pronoun"),
                          None, "colon", ":")
        rubric = found is not None and found.rule == "colon" and found.mention is not None and (
            (found.mention.text.isupper() and _section_label(text, found.mention.end))
            or _headline_label(text, found.mention.start, found.mention.end))
        if rubric:
            found = None  # a digest's heading in capitals: ‘QUOTE OF THE DAY: “…”’, ‘THE LAST WORD: “…”’; a
            # headline's label: ‘Exclusive: “…”’, ‘Markets: ‘…’’
            if not title_ctx and sp.close_end is not None:
                signed = cue_after(text, after_toks, True)
                found = signed if signed is not None and signed.rule == "dash" else None  # (but a sign-off
                # after the words names their speaker: ‘QUOTABLE: “…” — Westfield coach Ron Maddox’)
        if found is not None and found.rule == "colon" and found.mention is not None \
                and _story_label(text, found.mention.start, found.mention.end):
            found = None  # a running story's label: ‘Pakistan floods: ‘…’’
        if found is None and not title_ctx and (_opens_with(text, b_lo, CLAUSE_LEADS) or text[b_lo:sp.open_at].strip().endswith("ing")):
            found = _participle_subject(text, before_toks(), after_toks, last == ",")
        if found is None and not title_ctx and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued:
            found = _name_line(text, paras[sp.paragraph - 1], cast)  # ‘Justice Minister Aurelio Baptiste-Kent’ /
            # ‘“We respect the court’s decision …”’: a round-up's name line above the words
        if found is None and not title_ctx and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
                and RE_STATEMENT_GIVEN_END.search(text, *paras[sp.paragraph - 1]) is not None \
                and (issuer := _statement_author(text, sp, lo, paras, cast)) is not None:
            issuer = _issuing_body(text, issuer, sp.open_at, sp, paras, cast)  # (‘Later the club issued a statement:’)
            found = Found(None, issuer, "statement-before", "statement")  # ‘His family released a statement on
            # Sunday. / “Drew was a son, a brother …”’: the words are the statement's, its issuer's
        if (found is None or found.rule in ("cue-before", "cue-in-sentence", "subject")) and not title_ctx \
                and (signed := _signed_document_issuer(text, sp, b_lo, cast)) is not None:
            found = Found(None, signed, "statement-before", "statement")  # (‘300 pastors have signed a statement
            # calling it “…”. / The document … was released Tuesday by X’: the issuer's, never the signers')
        if found is None and not title_ctx and sp.paragraph > 0 and RE_LIST_ITEM.match(text, sp.para_start) is not None:
            found = _list_lead(text, sp, paras, known)  # ‘X offered three commitments: / 1. To “…”’
        if found is None and not title_ctx and sp.close_end is not None \
                and RE_SPEECH_SETTING.match(text, b_lo, sp.open_at) is not None:
            found = _setting_subject(text, sp.close_end, a_hi, known)  # ‘In an address that promised to
            # end “the season of shouting” in the capitol, Governor X struck a conciliatory note’
        if found is not None and found.mention is not None and found.mention.kind == "name" \
                and _letter_or_platform(text, found.mention):
            found = None  # a platform or a letter, never a person: ‘wrote on X that the state would “…”’,
            # ‘wrote on Instagram that she was “heartbroken”’
            if not title_ctx:
                found = cue_before(text, before_toks(), known, mixed=mixed)
                if found is not None and found.mention is not None and _letter_or_platform(text, found.mention):
                    found = None
        if found is None and not title_ctx and sp.close_end is not None and idx > 0 \
                and RE_CAME_REPLY.match(text, sp.close_end) is not None:
            # ‘“Okay Lars, just bring it home,” race engineer Pieter Smeets said. / “Copy,” came the
            # reply.’: the one the words before spoke to, if they call him by name; never their speaker
            called = RE_VOCATIVE.match(text, spans[idx - 1].start, spans[idx - 1].end)
            who = cast.called_by(called.group(1)) if called is not None else None
            found = Found(None, who, "reply", "came the reply")
        if title_ctx:
            scare = True
            found = None
        if _stock_phrase_unsaid(content, before_toks()) and (sp.close_end is None or _attributive(text, sp.close_end) or not any(
                t.word in STOCK_SAYING_AFTER for t in _sentence_after(text, sp))) \
                and not any(t.word == "according" for t in before_toks()):  # (guard: the whole sentence, before
            # the marks and after: ‘a “soft landing”, Powell said’, ‘told a committee that a “soft landing” …’)
            scare, found = True, None  # a catchphrase of the trade no one in the sentence says: ‘traders bet
            # the Fed would keep rates “higher for longer”’, ‘talk of a “soft landing” faded’
        if len(content.strip(" .,")) == 1 and content.strip(" .,").isalpha():
            scare, found = True, None  # one letter in marks is a term, never words spoken: ‘Koval,
            # who will wear the “C” in Almqvist’s absence, said’, ‘graded the trade a “B”’
        if found is not None and found.rule == "subject" and _scare_of_phrase(text, sp, content) \
                and not any(t.word in SPEECH_VERBS for t in after_toks) \
                and not any(t.word in SPEECH_VERBS or t.word in LABELLING_VERBS or t.word in NAMING_VERBS
                            or t.word in ("naming", "name", "names") for t in tail_toks[-8:]):
            scare, found = True, None  # a term in marks inside a noun phrase, given only to the sentence's subject
            # (no cue by the marks, none after them): ‘The government gave councils powers to charge premiums, as
            # part of measures aimed at halting the “hollowing out” of coastal villages’ is the writer's term
        label_after = RE_LABEL_AFTER.match(text, sp.close_end) if sp.close_end is not None \
            and len(content.split()) <= 4 else None  # (‘had been “neutralised in the last 24 hours”, a term
        # Ankara uses’ quotes more than the term)
        if label_after is not None and found is not None and found.mention is not None \
                and found.mention.start < label_after.end() + 12:  # (or in the label's own clause: ‘a name he claimed to dislike’)
            found = None  # (‘as “Full Pilot”, a name critics say misleads’: the label is no speaker)
        # (a work named right before the marks: a title, whatever cue comes before it; never a word
        # said about the work with its own cue after it: ‘Asked about the film, “Stunning,” said X’)
        if headline_said is not None and (found is None or text[sp.para_start:sp.open_at].strip()):
            # (guard: inside a headline's line, the source named at its end, never the line's subject:
            # ‘Man charged over ‘racist’ attack, say police’ was the man's)
            found = headline_said  # ‘‘Time to act’ on obesity, says health chief’: a headline's words are its source's
        if not title_ctx and sp.close_end is not None and (home := _place_epithet_after(text, sp.close_end, a_hi)) is not None:
            found = home  # ‘“…,” the Mankato native said’, ‘“…,” said the Ohio State transfer’: the epithet, whole
        work = names_a_work(tail_toks) and (found is None or found.rule not in ("cue-after", "label", "dash")
                                            or _owned_work(tail_toks))  # (but ‘In his new book, “…,” X wrote’)
        if sp.close_end is not None and tail_toks and tail_toks[-1].text not in ".!?\n" and is_title(content.rstrip(",.")) \
                and RE_WORK_OWNER_AFTER.match(text, sp.close_end):
            scare, found = True, None  # a title inside its sentence before a work's possessive: ‘Critics loved
            # “Paper Moons,” the novel's author said’ (never one that opens it: ‘“Completely False,” the film’s star wrote’)
        if sp.close_end is not None and found is not None and is_title(content.rstrip(",.")) \
                and _title_in_its_place(text, sp, content, tail_toks, found, results, work):
            scare, found = True, None  # a work's title named again (‘the early days of “Bone Orchard” as’), or
            # told something (‘said in a statement to “The Night Desk” that’), or described (‘whose book “Salt
            # in the Rain” Mensah described as “a slog”’): no one's words
        if RE_TERM_ACRONYM.fullmatch(content.rstrip(",.")) is not None and _trade_calls_thing(tail_toks):
            scare, found = True, None  # a trade's acronym for a thing: ‘a side effect researchers call “ARIA,”’
        few_words = len(content.split()) <= 6  # (guard: the rules it gates read a term of five words at most,
        # after a trailing comma or full stop is cut; most quotations are longer)
        if (few_words and _maker_named_thing(tail_toks, content, title_case)) or _called_thing(before_toks(), title_case) \
                or _work_read_again(text, sp, content, tail_toks, results) or _inscribed_words(tail_toks) \
                or (few_words and (_formal_kind_term(text, sp, content, tail_toks) or _status_granted(tail_toks, content))) \
                or (short_name and _trade_what_calls(tail_toks)) or (few_words and _advertised_as(tail_toks, content)) \
                or (few_words and (_group_what_calls(tail_toks, content) or _known_as_term(text, sp, content)
                                   or _event_kind_term(text, sp, content, tail_toks))) \
                or _name_repeating_thing(before_toks, content) \
                or ((found is None or (found.rule == "subject" and found.cue is None)) and _defined_by_rule(text, sp, content)) \
                or _nicknamed_lower(tail_toks, short_name) or (title_case and _called_by_their_own(text, sp, tail_toks)) \
                or (few_words and sp.close_end is not None and RE_REGISTER_AFTER.match(text, sp.close_end) is not None
                    and not any(t.word in SPEECH_VERBS for t in tail_toks)) \
                or _term_asked_about(text, sp, content, tail_toks) or (short_name and _self_styled_name(tail_toks, content)) \
                or _work_titled_aside(text, sp, content, tail_toks) \
                or (short_name and _name_named_again(text, sp, content, results) and not _spoken_in_sentence(text, sp)):
            # (the name test first: it turns down nearly every quotation at once, before the sentence is tokenised)
            scare, found = True, None  # a thing's name its maker gives, a title read again, an inscription, a
            # formal kind's or status's name, a trade's term, a maker's claim, a nickname (see each)
        if headline_said is None and (found is None or found.rule not in STRONG_RULES or work or _between_names(text, sp, tail_toks) or (
                # (a colon that opens a list of names: ‘today introduced three flavors: “Mango Monsoon,” “Yuzu
                # Bloom” and “Peach Tide.”’ names things, says nothing)
                found.rule == "colon" and idx + 1 < len(spans) and _list_joined(text, sp, spans[idx + 1]))) and (
                is_nickname(text, sp, tail_toks) or (is_title(content, full_stop=work, subtitle=work and (_report_set_off(tail_toks) or _work_noun_before(tail_toks)))
                                                     and not read_on_sign(text, b_lo, sp.open_at))
                or (work and _title_question(content))
                or label_after is not None
                or (RE_ONE_WORD_TITLE.fullmatch(content) is not None and _one_word_title(text, sp, tail_toks))
                or _title_by_context(text, sp, content, tail_toks)
                or (idx > 0 and results[idx - 1][2] == "scare" and _list_joined(text, spans[idx - 1], sp)
                    and (is_title(content.rstrip(",.")) or RE_ONE_WORD_TITLE.fullmatch(content) is not None
                         or (len(content.split()) <= 3 and not RE_SENTENCE_INSIDE.search(content.rstrip(".,"))
                             and terms[idx - 1])))) or _attributive_name(text, sp, content, tail_toks) \
                or (sp.close_end is not None and not same_sentence_as_prev and not (nxt < len(spans) and a_hi == spans[nxt].open_at and not a_ends)
                    and _attributive_term(text, sp, content, tail_toks, before_toks() + after_toks)) \
                or _scheme_term(text, sp, content, tail_toks) or _priced_charge(text, sp, content) \
                or _person_law(content, tail_toks) or _job_title_named(content, tail_toks) \
                or _named_term(text, sp, tail_toks) or _removed_term(text, sp, content, tail_toks) \
                or _issued_kind(text, sp, content, tail_toks) \
                or (len(tail_toks) >= 2 and tail_toks[-1].word in ("a", "an") and tail_toks[-2].word == "and"
                    and _listed_thing(text, sp, content, before_toks())) \
                or (not same_sentence_as_prev and _role_term(text, sp, content, tail_toks, before_toks())) \
                or (not same_sentence_as_prev and _dash_glossed_term(text, sp, content, tail_toks, before_toks())) \
                or (sp.close_end is not None and (is_title(content.rstrip(",.")) or (
                    RE_ONE_WORD_TITLE.fullmatch(content.rstrip(",")) is not None and content.endswith(",")))
                    and _work_set_off(text, sp.close_end)) or _glossed_term(text, sp, content, tail_toks) \
                or (sp.close_end is not None and _kind_glossed_term(text, sp.close_end, content)
                    and not any(x.word in CALL_VERBS or x.word in CHARACTERISING_VERBS for x in tail_toks[-8:])) \
                or (idx > 0 and results[idx - 1][2] == "scare" and spans[idx - 1].close_end is not None  # (the gloss in
                    # marks of a term before: ‘“moharebeh”, or “waging war against God”’)
                    and (gloss := RE_QUOTED_GLOSS_AFTER.match(text, spans[idx - 1].close_end)) is not None
                    and gloss.end() == sp.close_end) \
                or (sp.close_end is not None and content.isalpha() and RE_LEVEL_AFTER.match(text, sp.close_end)) \
                or (sp.close_end is not None and RE_BALLOT_SIDE.fullmatch(content) is not None
                    and RE_BALLOT_SIDE_AFTER.match(text, sp.close_end) is not None):
            # (a level's name on a warning's scale: ‘issued a “danger” level continuous rain warning’; a
            # ballot's side: ‘who led the “no” campaign’)
            scare = True  # (and the next of a list of titles or terms: ‘starred in “Interstellar” and
            # “Oppenheimer,”’, ‘phrases like “embodied archive” and “material memory.”’)
            found = None
        # (a term of a list of terms, for the next one: ‘Words such as “believe,” “expect,” “may” …’)
        terms.append(scare and (_term_lead(tail_toks) or _grade_lead(tail_toks, content)
                                or (idx > 0 and terms[idx - 1] and _list_joined(text, spans[idx - 1], sp))))
        named = _set_off_name(text, found.mention, sp.open_at) \
            if found is not None and found.mention is not None and found.mention.kind == "description" else None
        if named is not None:  # ‘The broadcasting regulator, the Audio Standards Board, said’, ‘the guest, a
            found = Found(named, None, found.rule, found.cue)  # chiropractor named Dale Rimmer, told’
        elif found is not None and found.mention is not None and found.mention.kind == "description" \
                and sp.close_end is not None and (later := _one_named_next(text, found.mention, sp.close_end)) is not None:
            found = Found(later, None, found.rule, found.cue)  # ‘…, one former student recalled, “…”. That student,
            # Ana Ruiz, now a professor, said …’: the one described, named in the next sentence
        elif found is not None and found.mention is not None and found.mention.kind == "description" \
                and sp.close_end is not None and (later := _office_named_later(text, found.mention, sp.close_end)) is not None:
            found = Found(later, None, found.rule, found.cue)  # ‘with the vice-chancellor describing it as a “…”. …
            # Professor Gillian Armitage, the university's vice-chancellor, …’: the office's holder, named after
        if found is None and (local := _local_body_in_statement(text, sp)) is not None:
            found = local  # ‘In a written statement, the district said it had “…”’: the town's body by its kind,
            # which speaks only where the sentence gives its statement (never ‘the district said’ alone)
        if (found is None or found.mention is None or found.mention.end <= sp.open_at) \
                and (cited := _relayed_document_issuer(text, sp)) is not None:
            found = Found(cited[0], None, "cue-in-sentence", cited[1])  # ‘State media, citing a statement from
            # the Coast Guard Command, said the boat was stopped for “…”’: the statement's issuer, never the relay
        src = RE_ISSUED_BY.search(_without_recipient(found.mention.text)) \
            if found is not None and found.mention is not None and found.mention.kind == "description" else None
        if src is not None and (src.group(1).lower() in WRITTEN_NOUNS or src.group(1).lower() in SENT_MESSAGE_NOUNS) \
                and not text.startswith(" and ", found.mention.end) \
                and (" and " not in src.group(2) or is_organisation(src.group(2).split())):
            # ‘…,” said a statement from Northlight Artist Management’, ‘According to a statement from
            # Pinecrest, …’: the statement's issuer (never ‘a copy of the letter reviewed by The Post’,
            # nor one of several: ‘a letter from Senators Warren and Sanders’)
            at, issuer = found.mention.start + src.start(2), src.group(2)
            kind = "name" if " " not in issuer or cast.knows(issuer.split()[-1].lower()) else "organisation"
            found = Found(Mention(at, at + len(issuer), issuer, kind), None, found.rule, found.cue)
        author = RE_AUTHOR_ASIDE.match(text, found.mention.end) \
            if found is not None and found.mention is not None and found.mention.kind == "description" \
            and description_head(found.mention.text) in DOCUMENT_NOUNS else None
        if author is not None:  # ‘The majority opinion, written by Justice Mara Ellison, said’, ‘…,” said
            # the memo, signed by deputy director Paul Kern.’: its author
            a_toks = tokenize(text, author.end(), min(len(text), author.end() + 120))
            who = mention_after(a_toks, 0, text) if a_toks else None
            after_who = _token_after(a_toks, who.end) if who is not None else None
            aside_end = who.end if who is not None else None
            if after_who is not None and after_who.word in ("who", "whose") and _unnamed_author(who):
                # (an unnamed sender kept unnamed: ‘One email, from a senior nurse who asked not to be named,
                # described …’: the aside ends at the clause's comma)
                shut = next((x for x in a_toks if x.start > after_who.start and x.text in ",.;"), None)
                after_who, aside_end = (shut, shut.start) if shut is not None and shut.text == "," else (after_who, aside_end)
            if who is not None and (who.kind in ("name", "organisation") or _unnamed_author(who)) \
                    and not (author.group().endswith("from ") and who.kind == "name" and " " not in who.text
                             and text.count(who.text) < 2 and not _personal_word(who.text)) \
                    and (after_who is None or after_who.text in ",.;") \
                    and not any(x.word in ("including", "and", "among", "with") or x.text[:1].isdigit()
                                for x in a_toks if x.end <= who.start) \
                    and (found.mention.start > sp.open_at or RE_DOCUMENT_VERB.match(text, aside_end) is not None):
                found = Found(who, None, found.rule, found.cue)  # (only the document's own verb after the
                # aside: never ‘The opinion, written by Justice X, quoted a 1922 ruling that called …’)
        owner = RE_SAYING_OF.fullmatch(found.mention.text) \
            if found is not None and found.mention is not None and found.mention.kind == "description" else None
        if owner is not None and any(gender_of(w) is not None or w.rstrip(".").lower() in HONORIFICS or w.lower() in ROLE_NOUNS
                                     for run in RE_NAME_RUN.finditer(text, found.mention.end, sp.open_at)
                                     if not text.endswith(" to ", 0, run.start()) for w in run.group().split()):
            owner = None  # (never when someone else is named before the words: ‘Senator Ivo Rask's argument
            # was lost on his opponent, Senator Kay Lamb, who shot back:’; but the one it was sent to is no
            # speaker: ‘The message from X to Mayor Y was blunt:’)
        if owner is not None:  # ‘The message from union president Gloria Hart was blunt:’, ‘Mediator Paul
            # Drescher's assessment, offered to reporters …:’: whose message or assessment it is
            g = 1 if owner.group(1) else 2
            at = found.mention.start + owner.start(g)
            own_toks = tokenize(text, at, found.mention.start + owner.end(g))
            own = mention_after(own_toks, 0, text) if own_toks else None
            if own is not None and own.kind in ("name", "organisation", "description") \
                    and (own.end == found.mention.start + owner.end(g)
                         or text.startswith(" to ", own.end)):  # (‘The message from X to Mayor Y’ is X's)
                found = Found(own, None, found.rule, found.cue)
        if found is not None and (whole := _provision_whole(text, found)) is not None:
            found = whole  # a provision speaks whole: ‘Section 7(1) of the Act states’ (never ‘the Act’)
        if found is not None and found.mention is not None:
            asked_by = RE_ASKED_BY.search(text, b_lo, found.mention.start) if found.mention.kind == "pronoun" else None
            if asked_by is not None:  # ‘Asked by the presenter, Mishal Webb, whether …, he replied:’:
                cast.position = asked_by.start()  # never the one asking
            elif found.mention.kind == "pronoun" and found.rule == "subject" and found.mention.start < sp.open_at \
                    and RE_PASSIVE_BY.match(text, found.mention.end) is not None:
                cast.position = found.mention.start  # a passive's subject, never its agent after "by": ‘He
                # was heckled briefly by a man in the gallery …, and paused before adding: “…”’
            bare_role = found.mention.kind == "name" and found.rule != "label" and found.mention.text[:1].isupper() \
                and found.mention.text[1:].isalpha() and found.mention.text[1:].islower() \
                and found.mention.text.lower() in ROLE_NOUNS and not cast.knows(found.mention.text.lower())
            # (a title-case word only: a transcript's "HOST:" is its label)
            if (surname := _surname_of_plural(text, found.mention, cast)) is not None:
                found.mention = surname  # (‘“…,” Fellows said’ after Commissioner Carla Fellows: she, never "fellows")
            found.person, found.how = _found_person(found, cast)
            if (place := RE_PLACE_EPITHET.fullmatch(found.mention.text) if found.mention.kind == "description"
                    else _place_compound(found.mention.text) if found.mention.kind == "organisation" else None) is not None \
                    or (found.mention.kind == "description" and (place := _place_compound(found.mention.text)) is not None):
                from_there = _person_of_place(text, place.group("place"), found.mention.start, cast, place.group("noun"))
                found.person, found.how = (from_there, "place-epithet") if from_there is not None \
                    else (Person(found.mention.text, kind="description"), "description")
            if found.rule == "cue-in-sentence" and found.mention.kind == "description" and found.cue.lower().startswith("in ") \
                    and found.cue.endswith(("words", "view")) \
                    and not _kin_named_near(found.person, found.mention.start, cast):
                found.person, found.how = None, "kin-unnamed"  # ‘In his son's words, “…”’ of a son no one named
            cast.position = sp.open_at
            if found.mention.kind == "pronoun" and (writer := _letter_writer(text, sp, found, cast)) is not None:
                found.person, found.how = writer, "pronoun"  # (‘A letter from Ravi Menon … was read out. “…,” he
                # wrote’ is the letter's writer, never the last one who spoke)
            elif found.mention.kind == "pronoun" and (past := _past_interview_speaker(text, sp, found.mention, cast)) is not None:
                found.person, found.how = past, "pronoun"  # (one asked in an interview years ago: ‘In a 1987
                # interview, Packie was asked what he would change. “Nothing,” he said’ is Packie's)
            if found.rule in ("cue-before", "cue-in-sentence") and (
                    found.how == "pronoun-unresolved" or _they_in_own_clause(text, found.mention)):
                own = _own_sentence_subject(text, sp, found.mention, cast)
                if own is not None:
                    found.person, found.how = own, "pronoun"
            generation = RE_GENERATION.search(text, max(0, found.mention.start - 12), found.mention.start) \
                if found.mention.kind == "name" and " " not in found.mention.text else None
            if generation is not None:  # ‘“…,” the younger Marsh said’: of John Marsh Sr. and John Marsh Jr.
                key = found.mention.text.rstrip(".").lower()
                kin = [q for q in (cast.by_surname.get(key), *cast.namesakes.get(key, ())) if q is not None]
                suffix = ("jr", "ii") if generation.group(1).lower() == "younger" else ("sr",)
                fits = [q for q in kin if q.name.split()[-1].rstrip(".").lower() in suffix]
                if len(fits) == 1:
                    found.person, found.how = fits[0], "generation"
            if bare_role:
                # a headline's bare role word, no name: ‘Coach says players “gave everything”’ is the coach
                # the article names, when it names one, never "Coach"
                holder, how = cast.resolve(Mention(found.mention.start, found.mention.end,
                                                   "the " + found.mention.text.lower(), "description"))
                found.person, found.how = (holder, how) if holder is not None and holder.kind == "name" else (None, "role-word")
            elif (role := _headline_role(text, sp, found)) is not None \
                    and (holder := cast.sole_office_holder(role.text.lower())) is not None \
                    and _holder_body_in_lead(text, holder, role.text.lower(), paras):
                # a headline's bare role in lower case or in capitals, or one set right before its marks:
                # ‘“…,” admits CEO’, ‘…; president “truly ashamed”’ is the one person the whole article names
                # in that office, below it (as written when it names none or two)
                found.mention, found.person, found.how = role, holder, "title-anaphor"
            alias = RE_ALIAS.match(text, (m_ := RE_PLACE_SET_OFF.match(text, found.mention.end)) and m_.end()
                                   or found.mention.end) if found.how == "description" \
                and alias_is_theirs(found.mention.text) else None  # (past the place's name: ‘a server at the
            # group’s flagship, Ember & Oak, who asked that only her first name, Kayla, be used’)
            if alias is None and found.how == "description" and text.startswith(" who ", found.mention.end) \
                    and alias_is_theirs(found.mention.text):
                alias = alias_after_clause(text, found.mention.end)  # (or past a first clause of theirs: ‘said a
                # farmer who lives near the pipeline and who gave his name only as Don Refugio’)
            if alias is not None:  # ‘A resident, who asked to be identified only as Abu Rami, said’
                found.person, found.how = Person(alias.group(2), gender=alias_gender(alias)), "alias"
            if found.rule in ("subject", "cue-before", "cue-in-sentence", "colon") and found.mention.end <= sp.open_at \
                    and sp.open_at - found.mention.end < CONTEXT_CHARS and (writer := _writer_read_out(text, found.mention.end, sp.open_at)) is not None:
                found.mention, found.person, found.how = writer.mention, writer.person, "description"  # (‘Host X
                # read out a text from a farmer in Cavan who wrote that prices were “…”’: the farmer's words)
            if found.how == "description" and found.mention.kind == "description" \
                    and (leader := _leader_named_by_verb(text, found.mention, cast)) is not None:
                found.person, found.how = leader, "title-anaphor"  # (‘a debate moderated by anchor X … “…?” the
                # moderator asked’)
            if found.how in ("description", "organisation") and (writer := _court_writer(text, found.mention, cast)) is not None:
                found.person, found.how = writer, "court-writer"  # (‘Justice X authored the majority opinion …. “…,” the
                # majority opinion reads’, ‘In a dissent, Justice Y …. “…,” the dissent said’: the judge who wrote it)
            if found.person is not None and found.person.kind == "organisation" and found.mention.kind == "name" \
                    and " " not in found.mention.text and " " in found.person.name and RE_FIRST_PERSON.search(content):
                # ‘“I support candidates who share my values,” Koch said’: a person speaks of himself,
                # not the company named "Koch Industries"
                found.person = Person(found.mention.text)
            # (an epithet's core, past a home place or a pending office: ‘the 27-year-old from Sheffield’
            # is "the 27-year-old", ‘the prime minister-designate’ "the prime minister")
            epithet = _epithet_core(found.mention.text) if found.mention.kind == "description" else found.mention.text
            said_by = epithet.split()  # (the mention's words and head, read once)
            head = description_head(epithet) if found.how == "description" else None
            if found.how == "description" and _written_head(found.mention.text) in WRITTEN_NOUNS \
                    and RE_THE_STATEMENT.fullmatch(found.mention.text):
                author = _statement_author(text, sp, lo, paras, cast, found.mention.text)
                owner = RE_OWNERS_DOCUMENT.fullmatch(found.mention.text) if author is None else None
                if owner is not None and owner.group(2).lower() in BODY_NOUNS:
                    # ‘“…,” the district’s message said’: the body whose message it is
                    author = _body_before(text, found.mention.start, owner.group(2).lower(), sp, paras, cast)
                if author is None and RE_ON_ITS_PAGE.match(text, found.mention.end) is not None:
                    # ‘The Hong Kong Observatory raised the No. 8 signal. “…,” the notice posted on its website
                    # said’: the body "its" stands for
                    author = _body_for_it(text, sp, found.mention.start, paras, cast)
                    author = author if author is not None and author.kind == "organisation" else None
                if author is None:
                    author = _document_sender(text, sp, paras, found.mention.start, cast, _written_head(found.mention.text))
                if author is None:
                    author = _document_sent_by(text, sp, paras, found.mention.start, cast, _written_head(found.mention.text))
                if author is None and found.mention.start > sp.open_at:
                    author = _sender_in_next_sentence(text, sp, cast)  # (‘“…,” read one message. The sender was X.’)
                if author is None and found.mention.start > sp.open_at and sp.open_at == sp.para_start:
                    author = _spokesperson_of_statement(text, results, sp, found.mention)  # (‘The spokesman, in
                    # the statement, said …. / “…,” the statement said.’)
                if author is None and found.mention.text.lower().startswith(("a ", "an ")):
                    author = _body_announcing_before(text, sp, cast)
                if author is None and found.mention.text.lower().startswith(("the ", "this ")) \
                        and _sentence_start(text, sp.para_start, found.mention.start) == found.mention.start:
                    author = _statement_issuer_before(results, sp, _written_head(found.mention.text))  # (‘“…,” the
                    # post said. / The post also urged …, adding that “…”’: the issuer the first cue gave)
                    if author is None:
                        author = _statement_body_before(text, results, sp, found.mention)
                if author is not None:
                    author = _issuing_body(text, author, found.mention.start, sp, paras, cast, found.mention)
                if author is not None:
                    found.person, found.how = author, "statement"
                if (reported := _statement_reports(text, sp, found.mention, cast)) is not None:
                    found.person, found.how = reported, "name"  # ‘Zhao also pointed out that … “…,” the statement said’
            if found.how == "description" and _possessive_inside(found.mention.text) \
                    and (owned := RE_ROLES_REPORT.fullmatch(found.mention.text)) is not None \
                    and owned.group(1).lower() in ROLE_NOUNS:
                # ‘According to the referee’s report, Ashcombe “approached the referee …”’: the officer of that
                # noun the article names (‘referee Simon Garside’), never the document; as written when none
                holder, how = cast.resolve(Mention(found.mention.start, found.mention.start + 4 + len(owned.group(1)),
                                                   found.mention.text[:4 + len(owned.group(1))], "description"))
                if holder is not None and holder.kind == "name" and how == "title-anaphor":
                    found.person, found.how = holder, "statement"
                    first = _introduced_description(text, found.mention.start, owned.group(1).lower(), cast)
                    if first is not None and first[1] - len(first[0]) > cast.last_spot(holder, found.mention.start) \
                            and _same_paragraph(paras, first[1], found.mention.start):
                        # one of that role brought in unnamed in the paragraph, since the named one: ‘Deputy Ana
                        # Cruz said …. / THEFT - … A deputy responded …. The deputy's report describes …’
                        found.person, found.how = Person(first[0], kind="description"), "introduced"
            if found.how == "description" and (writer := _document_writer(text, found.mention, found.mention.text, cast)) is not None:
                found.person, found.how = writer  # a report's words are its author's, when the article names one:
                # ‘The audit, released last month by the accounting firm X, found …’; a statement's or a declaration's
                # its issuer's: ‘The declaration, issued by the Inter-Religious Council of Kenya, says …“…”’
            if found.how == "description" and (owner := _document_owner(text, found.mention, sp, paras, cast)) is not None:
                found.person, found.how = owner, "statement"  # a body's own document speaks for it: ‘The clinic's
                # patient handbook says …“…”’ is the clinic named before; ‘the Health Ministry's circular’ the ministry's
            if found.how == "name" and found.mention.text.lower() in ISSUED_DOCUMENT_NOUNS \
                    and (issuer := _document_issuer(text, found.mention, found.mention.text.lower(), cast)) is not None:
                found.person, found.how = issuer, "statement"  # a document opening its sentence, taken for a name,
                # is its issuer's: ‘Guidance posted Tuesday by the state Department of Health says residents “…”’
            if found.how == "description" and RE_AN_AD.fullmatch(found.mention.text) is not None \
                    and (maker := _ad_maker(text, found.mention, sp, cast)) is not None:
                found.person, found.how = maker, "statement"  # a campaign's ad speaks for it: ‘Badger Forward, a
                # super PAC, hit back with an ad declaring that X had “…”’, ‘The union ran a spot saying …’
            if found.how == "description" and found.mention.text.rsplit(" ", 1)[-1].lower() == "minutes" \
                    and (body := _minutes_body(text, found.mention, cast)) is not None:
                found.person, found.how = body, "statement"  # a meeting's minutes are its committee's words:
                # ‘The Monetary Policy Committee kept its rate at 13 percent. “…,” the minutes said’
            if found.how == "description" and (firm := _firm_document(text, found.mention, sp, paras)) is not None:
                # ‘According to a company blog post, …’, ‘“…,” the post said’ after it: the firm's
                body = _body_before(text, found.mention.start, firm, sp, paras, cast) \
                    or _described_body(text, found.mention.start, firm, cast)
                body = body if body is not None and _body_fits(text, found.mention, firm, body) else None
                if _other_firm_introduced(text, found.mention.start, firm):
                    body = None
                elif body is None and (sole := cast.sole_company()) is not None:
                    body = Person(sole, kind="organisation")
                if body is not None:
                    found.person, found.how = body, "statement"
            if found.how == "description" and sp.close_end is not None \
                    and (author := _phrase_author_after(text, sp, cast)) is not None:
                found.person, found.how = author, "phrase-author"  # the sentence after says who wrote the words:
                # ‘its engineers warned the feature was “built to keep you watching.” The phrase, the suit
                # says, came from a memo written by Dana Ruiz’ is Dana Ruiz's
            if found.mention.kind == "pronoun" and found.mention.text.lower() == "it":
                # (only a body's "it" that speaks: ‘It said …’, never the subject of ‘It sends a message’)
                spoke = found.rule in ("cue-after", "cue-before", "cue-in-sentence", "colon") and found.cue is not None \
                    and found.cue.lower() in SPEECH_VERBS
                found.person, found.how = ((_document_sender(text, sp, paras, found.mention.start, cast)
                                            or _body_for_it(text, sp, found.mention.start, paras, cast, found.cue.lower()))
                                           if spoke else None), "pronoun"
                if found.person is not None and found.person.kind == "description" \
                        and (writer := _document_writer(text, found.mention, found.person.name, cast)) is not None:
                    found.person = writer[0]  # the report "it" stands for speaks for its author: ‘An independent
                    # review of the policy by the Hartwell Institute …. It concluded that …“…”’; a document for its
                    # issuer: ‘The document … was released by X. It urges …“…”’ is X's
                if found.person is not None and found.person.kind != "name" and (writer := _court_writer(
                        text, Mention(found.mention.start, found.mention.end, found.person.name, "description"), cast)) is not None:
                    found.person = writer  # (the court of a judge who sits alone: ‘Justice X, allowing the petition, …. The
                    # Court noted …, findings which it said were “…”’ is Justice X's, as "the Court" is)
            if found.rule == "cue-after" and (found.how == "pronoun" and found.person is not None or (
                    found.how == "pronoun-unresolved" and found.mention.text.lower() in GENDERS)):
                subject = _pronoun_subject(text, sp, lo, spans[max(0, idx - 3):idx], paras, cast, found)
                if subject is None and found.how == "pronoun":
                    subject = _lone_speaker_before(text, sp, paras, cast, found)
                if subject is not None:  # (and one nothing before resolves: ‘Another caller, Derek, a
                    found.person, found.how = subject, "pronoun"  # retired postman, … “…,” he said’)
            if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun" and found.person is not None \
                    and (office := _office_subject_before(text, sp, found, cast)) is not None:
                found.person = office  # ‘The president himself has sent mixed signals. In an interview, he called
                # it “…”’: the office holder the sentence before is about, never the last man named
            if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun-unresolved" \
                    and found.mention.text.lower() == "they" and (group := _plural_subject_before(text, sp)) is not None:
                found.person, found.how = group, "pronoun"  # (‘The stewards reprimanded X. In their decision,
                # they said …’: the stewards)
            if found.rule == "cue-after" and found.how == "pronoun-unresolved" and found.mention.text.lower() == "they":
                one = _singular_they(text, sp, lo) or _anonymous_source_they(text, sp, lo, paras, cast)
                # (a "they" nothing plural before resolves)
                if one is not None:
                    found.person, found.how = one, "pronoun"
            if found.rule == "cue-after" and found.how in ("pronoun", "pronoun-unresolved") \
                    and (found.person is None or found.person.kind != "description" or found.person.plural) \
                    and (kept := _kept_back_before(text, sp, paras, found.mention.text.lower())) is not None:
                # ‘One of the former drivers, who … asked not to be identified because she …, said …. / “…,”
                # she said’: the one kept back, never a woman named before; so too "they"
                found.person, found.how = cast.resolve(kept)[0] or Person(kept.text, kind="description"), "pronoun"
                # (never over one someone described the pronoun found already, only over a group)
            if found.how == "pronoun" and (found.cue or "").lower() in REPLY_CUES and found.person is not None:
                asked = _one_asked(text, sp, paras, cast, found)
                if asked is None and idx > 0 and results[idx - 1][1] is not None and results[idx - 1][1].person is not None \
                        and results[idx - 1][1].person.name == found.person.name and text[spans[idx - 1].end - 1] == "?":
                    # (the asker again, whether named or described: ‘“Will you resign?” a reporter asked as X left’)
                    asked = _answerer(text, spans[idx - 1], sp, cast, found) or _other_of_sex(cast, found)
                if asked is not None:  # ‘The moderator, X, asked Defence Minister Y whether …. “…,” he
                    found.person = asked  # replied’: the one asked replies, never the asker
            elif found.how == "pronoun" and found.person is not None and idx > 0 and sp.open_at == sp.para_start \
                    and (q := results[idx - 1][1]) is not None and q.person is not None and q.person.name != found.person.name \
                    and _answers_question(text, sp._replace(close_end=sp.para_end), spans[idx - 1], q) \
                    and text[spans[idx - 1].para_start:spans[idx - 1].para_start + 1] in "“\"‘'«„" \
                    and spans[idx - 1].paragraph > 0 and text[paras[spans[idx - 1].paragraph - 1][0]] not in "“\"‘'«„":
                # a "he" or "she" answering a question put in the paragraph before: the one other person
                # the narrative before the question names, of that sex (‘Mr Gray showed Dr Carrow the email.
                # / “Do you accept that?” he asked. / “I would have considered it,” she said.’)
                asked = _party_asked(spans[idx - 1], q.person, cast, paras[spans[idx - 1].paragraph - 1][0])
                if asked is not None and asked.gender == GENDERS.get(found.mention.text.lower()):
                    found.person = asked
            if found.rule == "cue-after" and found.how == "pronoun" and found.person is not None \
                    and sp.open_at == sp.para_start and sp.paragraph > 0 and not content.rstrip().endswith("?") \
                    and _asker_told_in_paragraph(text, paras[sp.paragraph - 1], found.person) \
                    and (answerer := _other_of_sex(cast, found)) is not None:
                found.person = answerer  # (the one asked answers, never the asker: ‘A reporter from the Courier asked
                # whether …. / “Very,” she said.’ is the official who spoke before)
            if found.how == "pronoun" and found.person is not None and found.person.kind == "name" \
                    and (_hails(content, found.person.name) or _styles_in_third_person(content, found.person, cast)
                         or ((found.cue or "").lower() in REPLY_CUES and _addresses(content, found.person.name))):
                # words that call the one a "he" or "she" found are said to them, never by them: the
                # nearest other of that sex (‘… whom the senator singled out. / “Mrs Pettigrew, you gave
                # me a library card,” she said, as Ms Pettigrew wiped away tears.’); and so are words that
                # speak of them by a courtesy title (‘Sir Malcolm wrote: “…”. / … the minister resigned. /
                # “I accept Sir Malcolm’s findings in full,” he wrote’ is the minister's, never Sir Malcolm's)
                # (a reply that calls someone by name in its midst is said to them: ‘“It isn't that simple,
                # Niamh, and you know it,” she replied.’ is never Niamh's)
                other = _other_than_called(cast, found)
                if other is not None or _hails(content, found.person.name):
                    found.person = other  # (no other of that sex to say them: theirs after all, as in
                    # ‘“I'm not sure Lord Sugar is ready to retire,” he said’ with no other man named)
            if found.how == "title-anaphor" and (age := RE_THE_AGE.fullmatch(epithet)) is not None:
                aged = _person_of_age(text, age.group(1), found.mention.start, cast)
                if aged is not None and aged is not found.person:  # ‘He succeeds George B. Whitlock, 62, …. “…,”
                    found.person, found.how = aged, "age"  # the 62-year-old executive said’: the one that age,
                    # over another whose role holds the noun (Thomas Farrow, 51, executive vice president)
            age = RE_THE_AGE.fullmatch(epithet) if found.how == "description" else None
            if age is not None:
                aged = _person_of_age(text, age.group(1), found.mention.start, cast)
                if aged is not None:
                    found.person, found.how = aged, "age"
                elif found.rule == "cue-before" and not sentence_ends(text, sp.para_start, found.mention.start):
                    # ‘In a letter seen by the Guardian, the 34-year-old wrote: “…”’, the paragraph's
                    # first sentence: the person the paragraph before is about
                    opener = _paragraph_subject(text, sp._replace(start=sp.para_start, open_at=sp.para_start), cast,
                                                epithet, paras)
                    spot = text.rfind(opener.name.rsplit(" ", 1)[-1], 0, found.mention.start) if opener is not None else -1
                    if opener is not None and spot >= 0 and _age_epithet_fits(text, sp, found.mention, (spot, opener),
                                                                             age.group(1), cast):
                        found.person, found.how = opener, "epithet"  # (never ‘Grace Adeyemi wept in the
                        # gallery. In a statement read by his lawyer, the 21-year-old said’)
            before_cue = found.mention is not None and found.mention.start >= sp.para_start and (
                found.rule in ("cue-before", "colon")
                or (found.rule == "cue-in-sentence" and found.mention.start == sp.para_start))
            # (and a colon's, in the quotation's own paragraph: ‘Defending champion Ingrid Solberg was not so
            # lucky. The Norwegian crashed at the fourth gate and was furious: “…”’; and the subject that opens
            # the quotation's paragraph, whatever its cue: ‘The 27-year-old trainer posted a snap with the
            # caption: “…”’)
            if (found.rule == "cue-after" or before_cue) and (found.cue or "").lower() not in DOCUMENT_CUES and (
                    (found.how == "description" and said_by[0].lower() == "the"
                     and (head is None or head in EPITHET_ROLES or head in PERSON_EPITHETS or head in ROLE_NOUNS
                          or RE_THE_AGE.fullmatch(epithet) is not None or _nationality_epithet(epithet)
                          or (head in SEX_EPITHETS and len(said_by) == 2 and _introduced_unnamed(head, another=True).search(
                              text, max(0, found.mention.start - 2000), found.mention.start) is None)))
                    or (found.how == "organisation" and (_nationality_epithet(epithet)
                                                         or (said_by[0].lower() == "the" and said_by[-1].lower() in SEAT_EPITHETS)
                                                         or _party_epithet(said_by)))):
                # (and a member by the seat in capitals: ‘the Dublin Mid-West TD said’; and a party's
                # member alone: ‘Ohio state Sen. Jo Hale … “…,” the Republican said’)
                # "Tate was modest. “…,” the rookie said": an epithet no list holds, or a player's
                # position or a trade ("the striker", "the analyst"), for the person the paragraph
                # (or the one before a quotation that opens its own) is about
                given = _person_of_nationality(text, epithet.split()[-1], found.mention.start, cast) \
                    if _nationality_epithet(epithet) else None  # (‘Dutchman Max Verbeek beat Briton James Carter. …
                # “…,” said the Dutchman’: the one the article gave that nationality)
                state_ = _state_epithet(epithet)
                at = sp  # (an epithet before its words that opens the paragraph: the paragraph before is read, as
                # for words that open theirs: ‘Chelsea boss Marco Ferrante was coy. / The Italian said: “…”’)
                if before_cue and not sentence_ends(text, sp.para_start, found.mention.start):
                    at = sp._replace(start=sp.para_start, open_at=sp.para_start)
                opener = given or (_paragraph_subject(text, at, cast, epithet if state_ is None else
                                                      f"the {state_[0]} {state_[1]}", paras)  # (‘the senator from
                                   # Texas’ as ‘the Texas senator’)
                                   if given is not False and (not text.startswith((", who ", " who "), found.mention.end) or (
                                       _nationality_epithet(epithet)
                                       and (sentence_ends(text, sp.para_start, found.mention.start)
                                            or found.mention.start == sp.para_start)))
                                   else None)  # (‘the 54-year-old, who lives downstairs’ is someone the words after it introduce;
                # but not a nationality after a sentence of its paragraph: ‘Arroyo himself was more direct. The
                # Argentine, who was running third …, said’, or opening its paragraph, the one the paragraph
                # before is about: ‘… Ross Gannon said. / The Irishman, who joined in May, admitted …’)
                if opener and epithet.split()[-1].lower() in CONTEST_EPITHETS \
                        and _surname_in_own_paragraph(text, sp, found.mention, opener):
                    opener = None  # (a runner who names the one the paragraph before is about is their rival:
                    # ‘Gov. Mark Hill toured …. / The Democratic challenger said Hill had been “…”’)
                if opener:
                    found.person, found.how = opener, "epithet"
            if found.how == "description" and found.mention.kind == "description" \
                    and (holder := _pending_holder(text, found.mention, cast)) is not None:
                found.person, found.how = holder, "epithet"  # ‘Ana Reis, who is expected to be confirmed as prime
                # minister next week, …. “…,” the prime minister-designate said’
            if found.how == "description" and found.mention.kind == "description" \
                    and (maker := _maker_of_work(text, found.mention, cast)) is not None:
                found.person, found.how = maker, "epithet"  # ‘the new play by Rosa Lind …. “…,” the playwright said’
            if found.how in ("description", "organisation") and found.mention.kind in ("description", "organisation") \
                    and (star := _sole_star(text, found.mention, cast)) is not None:
                found.person, found.how = star, "epithet"  # ‘Headliner Niamh Carr pulled out. The Scottish singer, 28,
                # told fans she was “…”’: the one person the article has named, whom it calls by a star's trade
            if found.how == "description" and found.mention.kind == "description" and (holder := _epithet_holder(
                    text, found.mention, epithet, sp.para_start if found.mention.start > sp.open_at and sp.open_at == sp.para_start
                    else found.mention.start, cast)) is not None:
                found.person, found.how = holder, "epithet"  # ‘Cobras winger Lachlan Fenwick …. The Cobras winger
                # posted that he was “…”’
            if age is not None and found.how == "description" and not (text.startswith((", who ", " who "), found.mention.end)
                                                                        and not _withheld_surname_clause(text, found.mention.end)) \
                    and not any(m.group("age") == age.group(1) for m in RE_NAMED_AGE.finditer(
                        text, max(0, found.mention.start - AGE_REACH), found.mention.start)):  # (given to two: as written)
                # (‘“…,” the 47-year-old said as she …’, of no one given that age: the person just
                # named as a subject, unless someone is described since; else as written)
                s_lo = paras[sp.paragraph - 1][0] if sp.open_at == sp.para_start and sp.paragraph > 0 else sp.para_start
                described = RE_DESCRIBED_SUBJECT.search(text, s_lo, found.mention.start) is not None
                one = cast.subject_person() if not described else None
                if one is None and not described and sp.open_at == sp.para_start and sp.paragraph > 0:
                    # (the subject of the paragraph before's last sentence, however it opens: ‘By the
                    # time the water reached her porch, Sharon Lindqvist had made up her mind.’)
                    ms = _last_sentence_subject(text, s_lo, min(len(text), paras[sp.paragraph - 1][1] + 1), cast)
                    one = (ms[0].start, ms[1]) if ms and ms[0].kind == "name" and ms[1] is not None \
                        and ms[1].kind == "name" else None
                if one is not None and _age_epithet_fits(text, sp, found.mention, one, age.group(1), cast):
                    found.person, found.how = one[1], "epithet"
            body_kind = _body_kind(said_by, found.how)
            if (centre := _body_ending_in_kind(text, said_by, found.how, found.mention, sp, paras, cast)) is not None:
                found.person, found.how = centre, "body"  # "The National Hurricane Center said …. The center said …"
            elif body_kind is not None:
                body = _body_before(text, found.mention.start, body_kind, sp, paras, cast) \
                    or _described_body(text, found.mention.start, body_kind, cast) \
                    or _board_of_firm(text, found.mention.start, body_kind, sp, paras, cast) \
                    or (_court_named(text, found.mention.start, cast) if body_kind == "court" else None) \
                    or _article_company(text, found.mention.start, body_kind, paras, cast)
                if body is not None and body_kind in NAME_HEAD_BODY_NOUNS and not _named_body_spoke(text, body, found.mention.start):
                    body = None  # (a port or a museum only when it spoke: ‘The Port of Dover was closed. The port said’
                    # is left as written)
                if body is not None and body_kind == "group" and _group_by_members_word_only(body.name) \
                        and not _body_spoke_just_before(text, body.name, found.mention.start):
                    body = None  # (a federation, society or council only when it spoke in the sentence right
                    # before: never ‘The Students' Union Council approved the motion. Protesters … welcomed the
                    # vote. In a statement, the group said’, nor a band it met or honoured)
                if body is not None and _body_fits(text, found.mention, body_kind, body):
                    found.person, found.how = body, "body"  # "Voltara recalled 86,000 cars. The firm said …": Voltara
            elif found.how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
                    and said_by[2].lower() in BODY_NOUNS and said_by[1].islower():
                body = _body_by_ending(text, found.mention.start, said_by[1:], cast)
                if body is not None:  # "The Calder County Sheriff's Office …. “…,” the sheriff's office wrote"
                    found.person, found.how = body, "body"
            elif found.how == "description" and len(said_by) in (2, 3) and said_by[0].lower() == "the" \
                    and said_by[-1].replace("-", "").isalpha() and said_by[-1].islower() and said_by[-1] not in BODY_NOUNS \
                    and (len(said_by) == 2 or (said_by[1].isalpha() and said_by[1].islower())) \
                    and head not in THING_NOUNS and head not in GENDERLESS_SOURCES and found.person is not None \
                    and found.person.kind == "description" and found.person.name.lower() == found.mention.text.lower():
                # (and one word that qualifies a role: ‘A former support contractor … the former contractor said’)
                first = _introduced_description(text, found.mention.start, said_by[-1], cast)
                if first is not None and len(said_by) == 3 and said_by[1] not in ADJECTIVES_OF_ROLE \
                        and not _compound_role_of(first[0], said_by[1], said_by[2]):
                    first = None  # (a noun before the role must be the one introduced's own: ‘A shop steward
                    # said …. “…,” the shop steward said’, never ‘A steward …. the union steward said’)
                if first is not None:  # "A co-worker said …. “…,” the co-worker said": as first written
                    # (of the sex the rest of that sentence tells: ‘One engineer, who … because he was
                    # not authorized …, said’ is never the "she" of the next paragraph)
                    found.person, found.how = Person(first[0], kind="description", gender=found.person.gender
                                                     or cast.sex_told_after(first[1])), "introduced"
                    if alias_is_theirs(first[0]) and (alias := RE_ALIAS.match(text, first[1])) is not None:
                        # the name the one brought in goes by: ‘An on-chain investigator who posts under the
                        # name “Tenbyte” flagged it. “…,” the investigator wrote’
                        found.person, found.how = Person(alias.group(2), gender=alias_gender(alias)), "alias"
            elif found.how == "title-anaphor" and len(said_by) == 2 and said_by[0].lower() in ("the", "this") \
                    and said_by[1].isalpha() and said_by[1].islower() and found.person is not None and found.person.kind == "name":
                first = _introduced_description(text, found.mention.start, said_by[1], cast)
                last_named = cast.last_spot(found.person, found.mention.start)
                at = first[1] - len(first[0]) if first is not None else -1
                if first is not None and at > last_named and not RE_SET_OFF_SUBJECT_ASIDE.match(text, first[1]) \
                        and (at == 0 or text[:at].rstrip()[-1:] in ".!?”\"" or "\n" in text[max(0, at - 3):at]) \
                        and (said := RE_SAID_LATER.search(text, first[1], min(len(text), first[1] + 160))) is not None \
                        and not sentence_ends(text, first[1], said.start()):
                    # someone unnamed of that role brought in since the named one was last named: ‘Sen.
                    # Mark Ruiz voted against the bill. A Republican senator who voted for it said he had
                    # doubts. “…,” the senator said’ is the unnamed senator's
                    found.person, found.how = Person(first[0], kind="description", gender=cast.sex_told_after(first[1])), "introduced"
            if found.how == "description" and said_by[0].lower() == "the" and " ".join(said_by[1:]) in WEATHER_KIND_NOUNS \
                    and (service := _weather_service(text, found.mention.start, cast)) is not None:
                found.person, found.how = service, "body"  # ‘The Met Office has issued an amber warning …. “…,” the
                # forecaster said’
            if (bench := _court_bench(text, found.mention, found.how)) is not None:
                court = _court_named(text, found.mention.start, cast)  # ‘The Supreme Court quashed the order. …
                # “…,” the Bench said’, ‘a two-member bench said’: the court it sits for, when one is named
                found.person, found.how = (court, "body") if court is not None \
                    else (Person(bench, kind="description"), "description")
            if found.how == "description" and found.mention.text.lower() in ("the former", "the latter"):
                one = _former_or_latter(text, found.mention, cast)
                if one is not None:  # ‘X and Y both spoke afterwards. The latter said: “…”’
                    found.person, found.how = one, "former-latter"
            if found.how in ("description", "description-anaphor") and found.mention.kind == "description" \
                    and not (found.how == "description-anaphor" and found.person is not None and found.person.kind == "description") \
                    and (one := _one_of_two_by_age(text, found.mention, cast)) is not None:
                found.person, found.how = one, "age-compared"  # ‘X, 52, and Y, 24, run a stall. “…,” the younger man said’
            if found.how == "description" and sp.paragraph <= 1 and found.mention.kind == "description" \
                    and (told := _heard_tail(text, sp, found.mention, paras, cast)) is not None:
                # the lede's subject is what a court was told of, never its speaker: ‘A man accused of
                # murdering his partner invented a “…”, a jury has been told. / Prosecutor Ann Lowe told the
                # jury …’ is the one who told it, else no one
                found.person, found.how = told[0], "lede-named" if told[0] is not None else "heard-of"
            if found.how == "description" and found.mention.kind == "description" and said_by[0] in ("A", "An", "a", "an", "The", "the") \
                    and (named := _set_off_next(text, sp, found.mention, paras, cast)) is not None:
                # the noun given, set off, to someone new in the next paragraphs: ‘… in which a senior officer
                # wrote that it could “…”. / The officer, Keith Dunmore, has since retired.’
                found.person, found.how = named, "lede-named"
            if found.how == "description" and found.mention.kind == "description" and said_by[0] in ("A", "An", "a", "an") \
                    and (named := _described_named_next_sentence(text, sp, found.mention, cast)) is not None:
                # the described witness named by a fitting title in the very next sentence: ‘A consultant surgeon
                # who operated on the boy told the court it had been “finely balanced”. Dr Aisling Moran said: …’
                found.person, found.how = named, "lede-named"
            if found.how == "description" and _lede_paragraph(text, sp.paragraph, paras) and (said_by[0] in ("A", "An", "a", "an", "The", "the")
                                                                    or _place_owns(said_by)):
                # (a country's office too: ‘Argentina's economy minister said …. / Economy Minister Federico …’)
                named = _lede_named_next(text, sp, found, paras, cast) or _lede_body_named_next(text, sp, found, paras, cast) \
                    or _lede_kin_named(text, sp, found.mention, paras, cast)
                if named is not None:  # ‘A senior midwife has told an inquiry she was “…”. / Bernadette
                    # Quayle, who worked on the unit for 22 years, gave evidence on Wednesday.’
                    found.person, found.how = named, "lede-named"
                    if said_by[0] in ("The", "the") and len(named.roles) < 3:  # (and ‘the chief constable said’
                        named.roles.append(found.mention.text.split(" ", 1)[1])  # later on is the one named)
                    elif said_by[0] not in ("A", "An", "a", "an") and not named.roles:  # (a place's office too:
                        named.roles.append(found.mention.text)  # ‘Iran's foreign ministry spokesman’, ‘the spokesman’)
            if found.how == "name" and sp.paragraph <= 1 \
                    and (ministry := _country_ministry_next(text, sp, found.mention, paras)) is not None:
                found.person, found.how = ministry, "lede-named"  # ‘China has vowed to take “all necessary
                # measures” …. / The Ministry of Commerce said in a statement …’: the body it spoke through
            if found.how in ("description-anaphor", "introduced") and said_by[0] in ("The", "the") and found.person is not None \
                    and found.person.kind == "description" and not found.person.plural \
                    and (named := _lede_holder_again(text, found.person, paras, cast)) is not None:
                # the lede's subject again, whom the paragraph after it named: ‘A Republican lawmaker from Ohio
                # introduced a bill …. / Rep. Dana Whitfield, who …, said …. / “…,” the lawmaker said’
                found.person, found.how = named, "lede-named"
            if found.how == "description-anaphor" and said_by[0] in ("The", "the") and found.person is not None \
                    and found.person.kind == "description" and not found.person.plural \
                    and (named := _aside_speaker_named_next(text, found.person, paras, cast)) is not None:
                # the lede's aside speaker, whom the quotation opening the next paragraph names: ‘This year, its owner
                # says, there may not be enough rice. / “…,” said Lim Ah Seng, 64. / … “…,” the owner wrote’
                found.person, found.how = named, "lede-named"
            if found.how == "description" and found.mention.kind == "description" and found.rule == "cue-after" \
                    and description_head(found.mention.text) is None and RE_THE_TRADE.fullmatch(found.mention.text):
                holder = _trade_holder(text, found.mention.text.split()[-1].lower(), found.mention.start, cast)
                if holder is not None:  # ‘Brid Collins, the Ballymore harbormaster, said …. “…,” the harbormaster
                    found.person, found.how = holder, "title-anaphor"  # said’: a trade no list holds, the one given it
            if found.how == "description" and found.mention.kind == "description" and found.rule == "cue-after" \
                    and RE_THE_EATERY.fullmatch(found.mention.text) \
                    and (place := _eatery_named_before(text, found.mention.start, cast)) is not None:
                found.person, found.how = place, "title-anaphor"  # ‘Golden Ladle, a noodle shop on Canal Street, will
                # close. “…,” the restaurant wrote’: the one eatery the article named, by any of an eatery's words
            if found.how == "description" and found.mention.kind == "description" \
                    and (kin := RE_THE_KIN.fullmatch(found.mention.text)) is not None:
                parent = _kin_just_named(text, kin.group(1).lower(), sp, found.mention.start, cast)
                if parent is not None:  # ‘Abdulrahman Al-Ghamdi waved a flag bearing his daughter's shirt
                    found.person, found.how = parent, "kin"  # number. / “…,” said the proud father’
                    cast.note(found.mention.start, parent)  # (a "he" after is his, never the noun's)
            if found.how == "pronoun" and found.mention.text.lower() in GENDERS and sp.open_at == sp.para_start \
                    and sp.paragraph > 0 and found.mention.start < sp.para_end:
                asked = _asked_in_paragraph_before(text, paras[sp.paragraph - 1], GENDERS[found.mention.text.lower()], cast)
                if asked is not None:  # ‘Sen. Bradley Tuttle asked Marsh whether she believed …. / “No, sir,” she
                    found.person, found.how = asked, "asked"  # said’: the one asked answers
            own = RE_OWN_WRITING.fullmatch(found.person.name) \
                if found.person is not None and found.person.kind == "description" and found.rule in ("cue-before", "cue-after") \
                and found.mention is not None and found.mention.kind == "description" else None
            if own is not None:  # ‘Her caption read, “…”’, ‘“…,” his tweet said’: the writer's words, the one
                # "her" is (as a "she" there)
                pronoun = OWNER_PRONOUNS[own.group(1).lower()]
                writer, _ = cast.resolve(Mention(found.mention.start, found.mention.start + len(own.group(1)), pronoun, "pronoun"))
                writer_at = next((pos for pos, q in reversed(cast.recent) if q is writer and pos < found.mention.start), None)
                if writer is not None and writer.kind == "name" and writer_at is not None \
                        and (RE_SAME_SEX_OTHER[pronoun].search(text, writer_at, found.mention.start) is not None):
                    writer = None  # (another of that sex told of since: ‘Hollis said the driver, a 45-year-old man,
                    # had been arrested. His statement said’ is the driver's, never Hollis's)
                if writer is not None and writer.kind == "name":
                    found.person, found.how = writer, "pronoun"
            kin = RE_OWNED_KIN.fullmatch(found.person.name) \
                if found.person is not None and found.person.kind == "description" else None
            if kin is not None:  # ‘His son, Arne Haugen, …. His father had an answer. “…,” he said’: the one
                told_at = next((pos for pos, q in reversed(cast.recent) if pos <= found.mention.start
                                and q.kind == "description" and q.name == found.person.name), found.mention.start)  # (where the kin was told of: ‘His wife said …. “…,” she said’)
                related = _kin_of(text, kin.group(1).lower(), kin.group(2).lower(), found.mention.start, cast) \
                    or _spouse_in_couple(text, kin.group(1).lower(), kin.group(2).lower(), told_at, cast)
                if related is not None and told_at != found.mention.start and related.gender != KIN_SEX[kin.group(2).lower()] \
                        and _kin_of(text, kin.group(1).lower(), kin.group(2).lower(), found.mention.start, cast) is None:
                    related = None  # (reached back from a later "she": only a spouse whose given name tells the
                    # kin's sex, never "Pat" of ‘Pat and Chris Doyle … Mr Doyle … His wife said …. “…,” she said’)
                if related is not None:  # the article made that kin of someone named
                    found.person, found.how = related, "kin"
            epithet = _state_epithet(found.mention.text) \
                if found.person is None or found.person.kind != "name" or not found.mention.text.endswith(found.person.name) \
                or found.person.name.split()[0] in US_STATE_FORMS else None
            if epithet is None and found.how in ("description", "organisation") \
                    and (home := STATE_DEMONYMS.get(found.mention.text.lower().removeprefix("the "))) is not None:
                epithet = (home, "")  # a state's own people: ‘Sen. Ted Cruz (R-Texas) …. “…,” the Texan said’
            if epithet is not None:  # (a state, or a home town: ‘State Rep. Dale Simmons, R-Marietta, … the
                # Marietta Republican’)
                holder = _state_holder(text, US_STATE_FORMS.get(epithet[0], (epithet[0],)),
                                       epithet[1].lower(), cast, found.mention.start)
                if holder is not None:  # ‘Sen. Sherrod Brown (D-Ohio) …. “…,” the Ohio Democrat said’
                    found.person, found.how = holder, "state-epithet"
                elif found.how == "organisation" and found.rule == "cue-after" and epithet[1] in ("Democrat", "Republican") \
                        and (opener := _paragraph_subject(text, sp, cast, f"the {epithet[0]} {epithet[1]}", paras)) is not None:
                    found.person, found.how = opener, "epithet"  # (no one given that state: the subject of the
                    # paragraph before, ‘U.S. Sen. Marcus Delaney made a stark prediction …. “…,” the Oregon Republican wrote’)
            it = found.mention.kind == "pronoun" and found.mention.text.lower() == "it"
            writing = (found.person is not None and found.person.kind == "description" and (
                (found.mention.kind == "description" and description_head(found.mention.text) in WRITING_NOUNS)
                or (it and description_head(found.person.name) in WRITING_NOUNS))) \
                or (it and found.person is None and (found.cue or "").lower() in WRITING_CUES)
            if writing and found.mention.kind == "description" \
                    and (writer := _signer_set_off(text, found.mention.end, cast)) is not None:
                found.person, found.how = writer, "writer"  # ‘The letter, signed by Brekke and dated April 1950,
                # warns that …’: the one who signed it, set off right after it
            elif writing and (writer := _writer_named_before(text, found.mention.start, cast)) is not None:
                found.person, found.how = writer, "writer"  # ‘… letters written by Pte Albert Fenn. …. “…,”
                # the letter reads’: the writer's words
            elif writing and _private_writing(text, description_head(found.person.name if it and found.person is not None
                                                                     else found.mention.text) or "",
                                              found.mention.start, it and (found.cue or "").lower() in WRITING_CUES):
                found.person = None  # a diary's entry or a kept letter no writer is named for is no one:
                # never ‘the entry for the following day’, nor ‘the last letter in the box’ (a body's
                # ‘the letter said’ stays the letter's)
            if found.mention.kind == "description" and found.mention.text.lower() in INDEFINITE_SPEAKERS:
                found.person = None  # ‘…,” someone shouted from the back’: no one the story names, and no
                # one before (never the last speaker, by the paragraph's rule)
            if sender is not None and found.mention is sender and sender.kind == "description":
                # one unnamed whose message another shares is no antecedent, the one who shared it is: ‘A
                # moderator shared a message from a Reddit administrator that read: “…” / The moderator,
                # who …, said …. “…,” he said’ is the moderator's
                sharer = sentence_subject(text, before_toks(), known)
                if sharer is not None and sharer.kind != "pronoun" and sharer.start < sender.start \
                        and (shared_by := cast.resolve(sharer)[0]) is not None:
                    cast.note(sharer.start, shared_by)
            elif found.person is not None:
                cast.note(sp.open_at, found.person, found.mention.text if found.mention.kind == "pronoun" else "")
                if found.how in ("epithet", "title-anaphor") and found.mention.kind == "description" and found.person.kind == "name":
                    cast.stands_for(found.mention.start, found.person)  # (‘“…,” the British driver radioed.’ is
                    # the named driver for the "he" after it; and ‘“…,” the senior diplomat said. / According to
                    # him, …’ the deputy minister named before)
            elif found.mention.kind == "pronoun" and found.mention.text.lower() == "it":
                found = None  # (an "it" no body stands for: the quotations around decide, as with no cue)
        if idx in recased:
            scare = False
        elif not scare and (found is None or (found.rule == "subject" and found.cue is None and found.mention is not None
                                              and found.mention.end >= sp.open_at - 2)) \
                and owned_term(text, sp, content) and not _said_in_sentence_before(text, sp):
            # the writer's term for a thing of someone's, in a sentence with no speech verb before it: ‘His
            # “apology” came two days later’, ‘Minister Ó Briain’s “reforms” have left …’ (the owner is no
            # speaker); never ‘… said the senator had … but stood by his “underlying point”’
            scare, found = True, None
        kind = "scare" if scare else kind_of(b_text, content)
        if kind == "mixed" and b_text.endswith(",") and idx > 0 and lo == spans[idx - 1].close_end \
                and text[spans[idx - 1].end - 1] == "," and results[idx - 1][2] == "direct":
            kind = "direct"  # the second half of a split sentence: ‘“Back then,” she said, “the rent …”’
        results.append((sp, found, kind))
    _inherit(text, spans, results, cast, paras)
    _transcript_turns(text, spans, results, cast, paras)
    _accounts_given(text, spans, results, cast, paras)
    for i in denied_claims:
        results[i] = (results[i][0], None, results[i][2])
    _scare_term_again(text, results)  # (‘This is “economic anxiety” as a delivery mechanism’, after a term)
    quotes = []
    for sp, found, kind in results:
        if kind == "scare" and not include_scare:
            continue
        quotes.append(_quote(doc, sp, found, kind, cast))
    return quotes


#: Another of the same kind speaking, before or after the marks (‘Another asked:’, ‘said another.’,
#: ‘Another described Northwind as “…”’).
_ANOTHER_VERBS = r"(?P<verb>said|says|asked|asks|wrote|writes|added|adds|replied|commented|posted|joked|quipped|countered)"
RE_ANOTHER_BEFORE = regex.compile(r"(?:(?<![\p{L},;] )(?P<who>Another(?: (?P<noun>\p{Ll}+))?)"
                                  + r"|(?<=(?:,? while|,? whereas|, but|; but) )(?P<who>another(?: (?P<noun>\p{Ll}+))?)) (?:"
                                  + _ANOTHER_VERBS + r"(?: simply| \p{Ll}+ly)?[:,]?|(?P<verb>described)(?: [\p{L}’'\-]+){1,3} as"
                                  + r"|(?P<verb>was|were) (?:(?:less|more|rather|far|much) )?(?!\p{Ll}+ed:)\p{Ll}+:)\s*$")
RE_ANOTHER_AFTER = regex.compile(r"\s*,?\s*(?:" + _ANOTHER_VERBS + r" (?P<who>another(?: (?P<noun>\p{Ll}+))?)"
                                 + r"|(?P<who>another(?: (?P<noun>\p{Ll}+))?) " + _ANOTHER_VERBS + r")[.,]")
# (and its view before a colon, ‘Another was less forgiving:’; after "while" in the sentence of the one
# before, ‘One viewer called it “…”, while another wrote simply: “…”’; and the subject before the verb,
# ‘“…,” another wrote.’, never the one who spoke before: ‘“…,” one fan posted. “…,” another wrote.’)


#: Another of the same kind joined to one just quoted in the sentence, right before the marks
#: (‘“…,” one viewer wrote, while another argued: “…”’, ‘One resident said the water was brown,
#: whereas another added: “…”’): the second speaker, never the first (the verb must be a speech verb).
RE_WHILE_ANOTHER = regex.compile(r"(?:,? while|,? whereas|, and|, but|; but) (?P<who>another(?: (?P<noun>\p{Ll}+))?)"
                                 r" (?P<verb>\p{Ll}+)[:,]?\s*$")


#: "One" of a group speaking after the marks, alone (‘“…,” said one.’, ‘“…,” one said.’).
RE_ONE_AFTER = regex.compile(r"\s*,?\s*(?:" + _ANOTHER_VERBS + r" (?P<who>one)|(?P<who>one) " + _ANOTHER_VERBS + r")\.")


def _one_of_plural(w: str) -> str | None:
    """The one of a plural noun of people ("employees" → "employee", "men" → "man"), or None."""
    one = w[:-2] + "an" if w.endswith("men") else w[:-1] if w.endswith("s") and not w.endswith("ss") else None
    if one is not None and (one in ROLE_NOUNS or one in PEOPLE_NOUNS or one in PEOPLE_WORDS):
        return one
    return w[:-2] if w.endswith("es") and w[:-2] in PEOPLE_WORDS else None


#: How many words a counted group's description may hold, its count and head among them.
COUNTED_GROUP_WORDS = 9


def _counted_group(words: list[str]) -> str | None:
    """The counted group of people a sentence opens with, as written up to its speech verb or the
    comma after it, for "one of" them: ‘Two former employees, who asked not to be named, said’ →
    "two former employees", ‘Two developers who worked on the game told …’ → "two developers who
    worked on the game"; None when it opens with no count, the head noun is no people's (‘Two
    cars …’, ‘Two of the workers …’), or the description runs on past its reach.

    >>> _counted_group("Three nurses at the hospital, speaking on condition".split())
    'three nurses at the hospital'
    >>> _counted_group("Two weeks later, residents said".split()) is None
    True
    """
    if not words or words[0].lower() not in COUNTED:  # (a count: ‘Two former employees, who …, said’)
        return None
    head = next((k for k in range(1, min(len(words), 5)) if _one_of_plural(words[k].rstrip(",")) is not None), None)
    if head is None or not all((w.isalpha() or "-" in w) and w.lower() not in GROUP_BREAKS
                               and not (w.islower() and w.endswith("s") and not w.endswith("ss")) for w in words[1:head]):
        return None  # (‘Two of the workers’, ‘Two weeks after the fire, neighbours said’, ‘Two days ago residents’)
    end = head + 1
    if not words[head].endswith(","):
        for j in range(head + 1, min(len(words), COUNTED_GROUP_WORDS)):
            if words[j].rstrip(",") in SPEECH_VERBS:
                end = j
                break
            if words[j].endswith(","):
                end = j + 1
                break
        # (no verb nor comma within reach, or a clause cut at its verb, ‘Two residents who said’: to the head)
        if end > head + 1 and words[end - 1].rstrip(",").lower() in GROUP_BREAKS:
            end = head + 1
    group = " ".join(words[:end]).rstrip(",")
    return group[0].lower() + group[1:]


def _one_of_group(text: str, sp: Span) -> str | None:
    """Who "said one" is: one of the counted group the sentence before the quotation opens with, as
    written (‘Two former employees, who …, said …. “…,” one said.’ → "one of two former employees"),
    else one of the people it names last in the plural (‘Several residents gathered outside. “…,”
    said one.’ → "one resident"), or None."""
    lo = last_sentence_start(text, max(0, sp.open_at - 300), sp.open_at)
    if (group := _counted_group(text[lo:sp.open_at].split())) is not None:
        return "one of " + group
    for w in reversed(regex.findall(r"\b\p{Ll}+\b", text, pos=lo, endpos=sp.open_at)):
        if (one := _one_of_plural(w)) is not None:
            return "one " + one
    return None


def _another(m: regex.Match, before: Found | None) -> str:
    """Who "another" is: its own noun (‘another user’), or the noun of the one described before it
    (‘wrote one commenter. Another asked:’ → "another commenter"), or "another"."""
    if m.group("noun") and m.group("noun") not in SPEECH_VERBS:
        return m.group("who")[0].lower() + m.group("who")[1:]
    name = before.person.name if before is not None and before.person is not None else ""
    words = name.split()
    if len(words) >= 4 and words[:3] == ["one", "of", "the"] and before.person.kind == "description" \
            and words[-1].isalpha() and words[-1].islower():
        return "another of the " + " ".join(words[3:])  # (‘One wrote:’ of the viewers, ‘Another added:’)
    head = description_head(name) if len(words) >= 2 else None
    at = next((i for i in range(1, len(words)) if words[i] == head), len(words) - 1)
    if len(words) >= 2 and words[0].lower() in ("one", "a", "an") and before.person.kind == "description" \
            and words[at].isalpha() and words[at].islower():
        return "another " + " ".join(words[at:])  # (from its head: ‘One person with knowledge of the …’)
    return "another"


#: The sentence after a quotation that names whose words they were (‘That was the blunt assessment
#: of X’, ‘Those were the words of X’, ‘So says X’, ‘That was how X described …’, ‘That quote from X
#: appeared …’).
RE_WORDS_OF_NEXT = regex.compile(r"\s*(?:(?:That|Those|Such|(?<=,[”\"’']?) was|(?<=,[”\"’']?) were) (?:(?:was|were|is|are) )?(?:the )?(?:\p{Ll}+ ){0,2}"
                                 r"(?:words|verdict|assessment|view|message|warning|advice|prediction|answer|reply|"
                                 r"conclusion|judgment|judgement|reaction|response) (?:of|(?:(?:on )?\p{Lu}\p{Ll}+day |"
                                 r"yesterday |today |this week )?from) |So says |That was how |"
                                 r"Or so says |(?:That|This|The) (?:\p{Ll}+ )?(?:quote|quotation|remark|comment|"
                                 r"warning|rebuke|retort|reply|response|plea|pledge|promise|admission|criticism) (?:came )?from |"
                                 r"(?:That|This) is how |The speaker (?:is|was) |With (?:those|these) words, )")


def _told_after(text: str, sp: Span, paras: list[tuple[int, int]]) -> Found | None:
    """Who a quotation standing alone was, named by the sentence right after it (the rest of its
    paragraph, or the next paragraph's start)."""
    at = sp.close_end
    if at is None:
        return None
    if not text[at:sp.para_end].strip() and sp.paragraph + 1 < len(paras):
        at = paras[sp.paragraph + 1][0]
    m = RE_WORDS_OF_NEXT.match(text, at)
    if m is None:
        return None
    toks = tokenize(text, m.end(), min(len(text), m.end() + 120))
    mention = mention_after(toks, 0, text) if toks else None
    lead = [x for x in toks if x.end <= mention.start] if mention is not None else []
    if mention is not None and (m.group().lstrip().startswith(("was ", "were ")) or m.group().endswith((" of ", " from "))) and (
            (not lead and mention.kind in ("description", "organisation"))
            or (mention.kind == "name" and mention.role and lead and lead[-1].text == ","
                and text[lead[0].start:lead[-1].start] == mention.role)):
        return Found(mention, None, "cue-after", m.group().strip().split()[-1])  # (in the words' own sentence, or
        # after "of" or "from" in the next, a description or a body too, or a name set off after its role: ‘“…,”
        # was the verdict of the appeals court’, ‘That was the view of one long-serving steward’)
    if mention is None or mention.kind != "name" or not (
            all(x.capitalized for x in lead) or (mention.role and " ".join(x.text for x in lead) == mention.role)):
        return None  # (the name right after, a title at most, ‘farmer Otis Crane’: never ‘The speaker was
        # interrupted by Councilman X’, ‘That is how the crowd greeted Senator Dana Fox’)
    return Found(mention, None, "cue-after", m.group().strip().split()[-1])


def _signs_with_handle(text: str, end: int, hi: int) -> bool:
    """A sign-off's name at ``end`` followed by an account's handle in brackets, as an embedded
    post is signed (‘— Rhys Penhallow (@RhysPenhallowLD) May 3, 2025’).

    >>> t = "— Rhys Penhallow (@RhysPenhallowLD)"
    >>> _signs_with_handle(t, 16, len(t)), _signs_with_handle("— Dana Kowalczyk", 16, 16)
    (True, False)
    """
    return text.startswith(" (@", end, hi) and text.find(")", end, hi) > end + 3


def _question_paragraph(text: str, para: tuple[int, int]) -> bool:
    """A paragraph that is one short question of the writer's, with no quotation mark in it
    (‘Were you scared, going back into the studio?’)."""
    lo, hi = para
    body = text[lo:hi].strip()
    return 0 < len(body) <= 200 and body.endswith("?") and not RE_DOUBLE_MARK.search(body) \
        and body.count("?") == 1 and not any(stop in body for stop in (". ", "! ", "; "))


#: An opening phrase that sets a speech, its words quoted inside it (‘In an address that promised …’,
#: ‘During a news conference at which she called …’).
RE_SPEECH_SETTING = regex.compile(r"\s*(?:In|During|Throughout|At) (?:a|an|his|her|their|the|its) (?:[\p{Ll}\-]+ ){0,3}"
                                  r"(?:address|speech|statement|interview|letter|op-ed|essay|post|remarks|testimony|"
                                  r"sermon|lecture|memo|email|message|broadcast|appearance|conference|briefing|rally)"
                                  r" (?:that|which|in which|where|at which)\b")


#: What a name line may say after its comma: how the one named voted or stood.
STANCES = frozenset(["dissenting", "concurring", "abstaining", "writing for the majority", "for the majority", "in dissent"])


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


#: An item of a list: a number, a letter or a bullet opening its paragraph (‘1. To “look again”’, ‘• A $300
#: million credit’).
RE_LIST_ITEM = regex.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[•·▪◦*–—-])[ \t]")


#: What others say or write, listed by the one who introduces a list.
OTHERS_WORDS = frozenset("""complaints complaint allegations accusations charges criticisms claims concerns questions
grievances evidence examples messages comments reactions responses tweets posts quotes excerpts highlights
lines slogans signs chants letter letters email emails note notes""".split())


def _list_lead(text: str, sp: Span, paras: list[tuple[int, int]], known) -> Found | None:
    """For words quoted in an item of a list, the subject of the sentence that introduces the
    list with a colon (‘The authority's chief executive, Neil Fairbanks, offered three commitments:’),
    over the list's items before it (at most twelve)."""
    k = sp.paragraph - 1
    while k >= 0 and sp.paragraph - k <= 12 and RE_LIST_ITEM.match(text, paras[k][0]) is not None:
        k -= 1
    if k < 0:
        return None
    lo, hi = paras[k]
    lead = text[lo:hi].rstrip()
    if not lead.endswith(":"):
        return None
    ends = sentence_ends(text, lo, hi)
    start = max([e for e in ends if e < lo + len(lead) - 1], default=lo)
    if "“" in text[start:lo + len(lead)] or '"' in text[start:lo + len(lead)]:
        return None  # (the introducing sentence only, with no words quoted in it)
    toks = tokenize(text, start, lo + len(lead))
    if any(t.word in OTHERS_WORDS for t in toks):
        return None  # (a list of what others said or wrote: ‘listed the complaints he hears most:’, ‘summarised
        # the evidence against Carl Bey:’)
    m = sentence_subject(text, toks, known) if toks else None
    if m is None or m.kind not in ("name", "description", "pronoun") or not any(_verb_like(x) for x in toks if x.start >= m.end) \
            or (m.kind == "description" and (description_head(m.text) in DOCUMENT_NOUNS or not _person_noun(description_head(m.text) or ""))):
        return None  # (a person or people: never ‘The week's best quotes:’)
    return Found(m, None, "colon", ":")


#: (prefilter) The last words of ``RE_LAW_NAME_END``, which it guards (a law's name may end in a year after them).
LAW_NAME_END_WORDS = ("Act", "Constitution", "constitution", "Code", "Charter", "Convention", "Treaty", "Directive",
                      "Ordinance", "Statute", "Regulation", "Regulations")


def _provision_whole(text: str, found: Found) -> Found | None:
    """The provision of a law whose name a cue found, written whole: ‘Section 3(1) of the Act reads:’ is
    Section 3(1) of the Act, never ‘the Act’ (‘Article 21 of the Constitution states’ likewise)."""
    m = found.mention
    if m is None or m.kind not in ("organisation", "description", "name") or (not m.text.endswith(LAW_NAME_END_WORDS) \
            and not m.text[-1:].isdigit()) or RE_LAW_NAME_END.search(m.text) is None:
        return None  # (the plain tests first: ``RE_LAW_NAME_END`` needs one of its words, or a year, at the end)
    provision = RE_PROVISION_BEFORE.search(text, max(0, m.start - 40), m.start)
    if provision is None:
        return None
    return Found(Mention(provision.start(), m.end, text[provision.start():m.end], "description"), None, "law-text", found.cue)


def _law_as_written(m: Mention) -> tuple[Person, str]:
    """A law or a provision that speaks, as the sentence writes it whole (‘Section 3(1) of the Act’,
    ‘the proposed rule’), never resolved to a body or a document brought in before (‘a new federal
    rule’) nor to its maker or author."""
    words = "the" + m.text[3:] if m.text.startswith("The ") else m.text
    return Person(words, kind="description"), "law-text"


def _found_person(found: Found, cast: Cast) -> tuple[Person | None, str]:
    """Who a cue's mention stands for: the cast's reading of it, but a law's own text as written
    (:func:`_law_as_written`), never matched to an earlier mention."""
    return _law_as_written(found.mention) if found.rule == "law-text" else cast.resolve(found.mention)


def _finite_speech(t: Token) -> bool:
    """A speech verb in a form that has a speaker of its own (‘said’, ‘argues’), never a bare form that
    is as likely a noun or an adjective (‘state prescription drug boards’, ‘a note’)."""
    return t.word in SPEECH_VERBS and (t.word.endswith(("ed", "s")) or t.word in IRREGULAR_SPEECH_PASTS)


#: Words before a law that make what follows one's own reading of it (‘Critics say the bill would
#: require …’, ‘Lawyers argue the Constitution guarantees …’, ‘She believes the Act requires …’,
#: ‘According to X, the Act requires …’, ‘is adamant that the agreement requires …’).
STANCE_BEFORE_LAW = frozenset("""say argue claim contend insist maintain warn believe believes think thinks fear fears
worry worries adamant convinced according""".split())


#: Past forms of speech verbs that end in neither "-ed" nor "-s".
IRREGULAR_SPEECH_PASTS = frozenset("said told wrote spoke put".split())


#: (prefilter) A stem of every verb of ``RE_LAW_TEXT_VERB``, which it guards: a plain search, far cheaper than
#: that pattern's, that skips the many quotations with none of its verbs before them.
#:
#: >>> RE_LAW_VERB_STEM.search("the Act also provides that").group(), RE_LAW_VERB_STEM.search("she told us") is None
#: ('provide', True)
RE_LAW_VERB_STEM = re.compile(r"provide|state|reads|require|direct|guarantee|declare|stipulate|mandate|prohibit|forbids"
                              r"|oblige|define|says")

#: (prefilter) Words one of which every match of ``RE_LAW_BEFORE_VERB``, which they guard, holds: a law's own
#: name's last word, or a law's noun after a space (‘the rule’, ‘the state constitution’, ‘the consent decree’).
#: Few sentences with a law's verb name a law, so the long pattern is seldom searched. (Plain finds, read only
#: after the verb's test: a pattern of them would be compiled at every start.)
LAW_NOUN_STEMS = ("Act", "Constitution", "Code", "Charter", "Convention", "Treaty", "Directive", "Ordinance", "Statute",
                  "Regulation", " rule", " law", " statute", " act", " decree", " regulation", " directive", " ordinance",
                  " agreement", " settlement", " provision", " clause", " constitution", " treaty", " charter", " code",
                  " contract", " bill", " legislation", " amendment", " guideline")


def _law_text(text: str, lo: int, hi: int) -> Found | None:
    """The law, provision, rule or agreement whose text the words at ``hi`` are, as written whole:
    ‘Section 7(1) of the Act states that “…”’ is Section 7(1) of the Act (never ‘the Act’), ‘under
    Article VIII of the state constitution, which directs lawmakers “to …”’ the article, ‘The decree
    also requires the company to “…”’ the decree (never the company). Never when a speech verb comes
    before the law (‘The minister said the law requires “…”’ is hers), nor after its verb (‘the rule
    requires what critics called “…”’), nor an aside after "which" (‘the Act, which requires X, as “…”’)."""
    if RE_LAW_VERB_STEM.search(text, lo, hi) is None or not any(text.find(w, lo, hi) >= 0 for w in LAW_NOUN_STEMS):
        return None  # (the cheapest tests first: no law's verb or no law named, no law's text)
    verb = None
    for verb in RE_LAW_TEXT_VERB.finditer(text, lo, hi):
        pass  # (the last such verb before the words)
    if verb is None:
        return None
    law = RE_LAW_BEFORE_VERB.search(text, max(lo, verb.start() - 160), verb.start())
    if law is None:
        return None
    if text.find(" as ", verb.end(), hi) >= 0:
        return None  # (‘the Act, which requires X, as “…”’: another's label)
    if law.group("aside") is not None and any(_finite_speech(t) for t in tokenize(text, law.end("law"), verb.start())):
        return None  # (‘The rule, its critics say, requires …’)
    if any(_finite_speech(t) or t.word in CALL_VERBS or t.word == "according" for t in tokenize(text, verb.end(), hi)):
        return None
    if law.group("which") is None and any(_finite_speech(t) or t.word in FINDING_VERBS or t.word in STANCE_BEFORE_LAW
                                          for t in tokenize(text, lo, law.start("law"))):
        return None  # (the law as one's words report it: ‘Smith said the Act requires “…”’)
    words = law.group("law")
    kind = "description" if words[:1].islower() or words.split()[0] in ("The", "the") and words.split()[-1].islower() else "organisation"
    return Found(Mention(law.start("law"), law.end("law"), words, kind), None, "law-text", verb.group().split()[-1])


#: A noun of speech and its maker after "by" or "from" (‘a claim by’, ‘warnings from’).
CLAIM_NOUNS = frozenset("""claim allegation suggestion assertion warning accusation insistence promise pledge
complaint comment remark contention""".split())
RE_CLAIM_BY = regex.compile(r"\b(?:" + "|".join(sorted(CLAIM_NOUNS)) + r")s? (?:by|from) ")


def _claim_by(text: str, lo: int, hi: int) -> Found | None:
    """The maker of a claim named after "by" or "from", whose "that" clause holds the words at
    ``hi``: ‘rejected a claim by Sinn Féin leader X that the targets amount to “…”’, ‘dismissed
    warnings from the IMF that …’ (nothing else between that says or tells)."""
    claim = None
    for claim in RE_CLAIM_BY.finditer(text, lo, hi):
        pass
    if claim is None:
        return None
    toks = tokenize(text, claim.end(), hi)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind not in ("name", "description", "organisation") or (
            m.start != toks[0].start and not (m.role and text.startswith(m.role, toks[0].start))):
        return None  # (the maker right after "by", a title at most before the name: ‘a claim by Sinn Féin leader X’)
    rest = [t for t in toks if t.start >= m.end]
    that = next((k for k, t in enumerate(rest) if t.word == "that"), None)
    if that is None or that > 3 or any(t.word in SPEECH_VERBS for t in rest):
        return None  # (the clause right after the maker, with no cue of its own)
    return Found(m, None, "cue-in-sentence", claim.group().split()[0])


#: One person's count or reckoning before words in marks: ‘by Grace's count’, ‘by Hiroshi Tanaka’s
#: reckoning’ (a name in the possessive only: never ‘by the council's estimate’, a body's figure).
RE_BY_ONES_COUNT = LazyPattern(r"\b[Bb]y ((?:\p{Lu}[\p{L}\-]+\.? ){0,2}\p{Lu}[\p{L}\-]+)[’']s (?:own )?"
                               r"(?:count|reckoning|estimate|tally|calculation|calculations|recollection)\b")


def _by_ones_count(text: str, lo: int, hi: int) -> Found | None:
    """The one whose count the words in marks give, when the sentence has no cue of its own: ‘The
    Murphys have, by Seán's reckoning, sold “about a million pints”’ is Seán's, never the couple's
    (a speech verb between the count and the marks speaks instead: ‘by X's count, Y said “…”’)."""
    if text.find("’s ", lo, hi) < 0 and text.find("'s ", lo, hi) < 0:
        return None  # (a search first: most sentences hold no possessive)
    count = None
    for count in RE_BY_ONES_COUNT.finditer(text, lo, hi):
        pass
    if count is None or any(t.word in SPEECH_VERBS for t in tokenize(text, count.end(), hi)):
        return None
    words = count.group(1).split()
    if is_organisation(words) or words[-1].lower() in DESCRIPTION_NOUNS:
        return None
    return Found(Mention(count.start(1), count.end(1), count.group(1), "name"), None, "according-to", "count")


#: Nouns of words put in by one who does not hold the floor, and their maker after "from" (‘an
#: intervention from’, ‘an interruption from’).
RE_INTERJECTION_FROM = LazyPattern(r"\b(?:intervention|interruption|interjection|heckle)s? from ")


def _interjection_from(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The maker of an interjection, named last in the sentence before words at ``hi`` that have no
    cue of their own: ‘That prompted an intervention from opposition MP X. “Will the minister
    …?”’ is X's (nothing but the sentence's stop after the maker)."""
    inter = None
    for inter in RE_INTERJECTION_FROM.finditer(text, max(lo, hi - CONTEXT_CHARS), hi):
        pass
    if inter is None:
        return None
    toks = tokenize(text, inter.end(), hi)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind not in ("name", "description") or text[m.end:hi].strip() not in (".", ":"):
        return None
    p, _ = cast.resolve(m)
    return (m, p) if p is not None and p.kind != "organisation" else None


#: An audience that "heard from" someone, the last words of a paragraph that brings in the speaker
#: of the quotation paragraph after it (‘Before the vote, delegates heard from X, 34, who …. / “…”’).
RE_HEARD_FROM = LazyPattern(r"\bheard from ")

#: What may follow the name heard from, to the sentence's stop: an age and a "who" clause or a role
#: set off (‘X, 51, who slept rough for a year.’), no quotation.
RE_HEARD_FROM_TAIL = LazyPattern(r"(?:, \d{1,3})?(?:, (?:who|an?|the) [^“”\"‘’.!?\n]{1,200})?[.:]\s*$")


#: A clause of time or cause opening on a described subject, then its verb right before the words
#: (‘… after the rail operator found “…”’, ‘… because the regulator said “…”’): the subject, group 1; the verb, group 2.
RE_CLAUSE_FINDER = LazyPattern(r"\b(?:after|because|when|since|once|until|before) ((?:the|a|an) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+) "
                               r"(\p{Ll}+)(?: that)? [“‘\"']?$")


def _clause_finder_before(text: str, lo: int, hi: int) -> Mention | None:
    """The described subject of a clause of time or cause after the sentence's subject, whose own verb
    of finding or saying takes the words at ``hi``: ‘Commuters will face replacement buses after the
    rail operator found “significant deterioration” in a bridge’ is the operator's, never the
    commuters'. Only a clause right before the words (its verb then the words, a "that" between at
    most), a description of one (never a plural: ‘after residents found “…”’), in the same sentence.

    >>> t = "Drivers face delays after the road authority found “serious cracking”"
    >>> _clause_finder_before(t, 7, t.index("“")).text
    'the road authority'
    >>> _clause_finder_before("Drivers face delays after the storm left “a trail of damage”", 7, 41) is None
    True
    """
    if hi - lo > CONTEXT_CHARS or sentence_ends(text, lo, hi):
        return None
    got = RE_CLAUSE_FINDER.search(text, max(lo, hi - 120), hi + 1)
    if got is None or got.start(1) < lo:
        return None
    verb = got.group(2)
    if verb not in FINDING_VERBS and verb not in SPEECH_VERBS:
        return None
    head = got.group(1).rsplit(" ", 1)[-1]
    if head not in ROLE_NOUNS and head not in BODY_NOUNS:
        return None  # (a role or a body: never a thing, ‘after the storm’, nor a plural, ‘after residents’)
    return Mention(got.start(1), got.end(1), got.group(1), "description")


#: A negation just before "heard from" (‘have not heard from’, ‘had never heard from’).
RE_HEARD_FROM_NOT = LazyPattern(r"\b(?:not|never|n[’']t|no one|nobody)\s+(?:\w+\s+){0,2}$")

#: A "who" clause after the name heard from that tells a letter, call or message (no audience heard them).
RE_HEARD_BY_WORD = LazyPattern(r"[^.!?\n]{0,120}\b(?:wrote|written|writes|called|calling|phoned|rang|emailed|texted|messaged|letter|call)\b")


def _heard_from(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one an audience "heard from", named in full at the end of the sentence before words at
    ``hi`` that have no cue of their own: ‘At the vigil, mourners heard from Grace Mwangi, 38, whose
    son was killed in the crash. / “…”’ is hers. Guards: a name of a person (never a body: ‘heard from
    the council’), and nothing after it but an age, a "who" clause or a role set off, to the stop."""
    heard = None
    for heard in RE_HEARD_FROM.finditer(text, max(lo, hi - CONTEXT_CHARS), hi):
        pass
    if heard is None:
        return None
    if RE_HEARD_FROM_NOT.search(text, max(lo, heard.start() - 40), heard.start()) is not None:
        return None  # (‘The family have not heard from X, 45, who was last seen …’: no one was heard)
    toks = tokenize(text, heard.end(), hi)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or m.start != heard.end() or " " not in m.text \
            or RE_HEARD_FROM_TAIL.match(text, m.end, hi) is None:
        return None
    if RE_HEARD_BY_WORD.match(text, m.end, hi) is not None:
        return None  # (heard from by letter or call: ‘she heard from Paul Marsh, who wrote to her from Spain’)
    p, _ = cast.resolve(m)
    return (m, p) if p is not None and p.kind == "name" and not p.plural else None


#: The chair addressed in words: ‘Mr Speaker’, ‘Madam Deputy Speaker’, ‘Madam Chair’.
RE_ADDRESSED_CHAIR = re.compile(r"\b(?:Mr|Mister|Madam|Madame)\.? (?:Deputy )?(?:Speaker|Chair(?:man|woman|person)?)\b")


def _chair_ruling(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one in the chair, named before, whose ruling the words at ``hi`` are when the sentence
    before them only has them break in: ‘The Speaker cut her off. “The member will withdraw.”’,
    ‘The Ceann Comhairle intervened. “Deputy, you will resume your seat.”’ are the holder's of that
    office. Guards: the office opens the sentence and its verb follows right after; the office
    resolves to one person the article named (else no one: an unnamed chair gives no name)."""
    ends = sentence_ends(text, max(lo, hi - CONTEXT_CHARS), hi)
    s = ends[-2] if len(ends) > 1 else max(lo, hi - CONTEXT_CHARS)
    if text.find("the ", s, hi) < 0 and text.find("The ", s, hi) < 0:
        return None  # (a search first: most sentences name no office)
    toks = tokenize(text, s, ends[-1] if ends else hi)
    k = 1 if toks and toks[0].word == "the" else 0
    if k == 0 or len(toks) < 3:
        return None
    j = k
    while j < len(toks) and j <= k + 2 and toks[j].text[:1].isupper():
        j += 1  # (the office in capitals: ‘Speaker’, ‘Deputy Speaker’, ‘Ceann Comhairle’)
    if j == k or j >= len(toks) or toks[j - 1].word not in CHAIR_OFFICES or toks[j].word not in CHAIR_RULING_VERBS:
        return None
    if any(x.text in ",;:" or x.word in ("but", "and", "while", "as", "then", "so", "before") for x in toks[j + 1:]):
        return None  # (the sentence goes on to another: ‘The Speaker cut her off, but Ms Lee carried on.’)
    if RE_ADDRESSED_CHAIR.search(text, hi, min(len(text), hi + 120)):
        return None  # (words put to the chair are a member's: ‘“I will not withdraw, Madam Speaker.”’)
    m = Mention(toks[0].start, toks[j - 1].end, text[toks[0].start:toks[j - 1].end], "organisation")
    p, _ = cast.resolve(m)
    return (m, p) if p is not None and p.kind == "name" else None


def _setting_subject(text: str, close_end: int, hi: int, known) -> Found | None:
    """The subject of the main clause after an opening phrase that sets a speech (its comma after
    the quotation), when it is a person: the address is theirs."""
    ends = sentence_ends(text, close_end, hi)
    end = ends[0] if ends else hi
    c = text.find(", ", close_end, end)
    if c < 0 or "“" in text[close_end:c] or '"' in text[close_end:c]:
        return None
    toks = tokenize(text, c + 2, end)
    m = sentence_subject(text, toks, known) if toks else None
    nxt = _token_after(toks, m.end) if m is not None else None
    if m is None or m.kind not in ("name", "pronoun") or m.start != toks[0].start and not (m.role and toks[0].capitalized) \
            or nxt is None or nxt.capitalized or not (nxt.word in AUXILIARIES or nxt.word.endswith(("ed", "s")) or _verb_like(nxt)):
        return None
    return Found(m, None, "subject", None)


def _participle_subject(text: str, before: list[Token], after: list[Token], comma_inside: bool) -> Found | None:
    """A quotation inside an opening participle clause with no subject of its own (‘After saying
    her foot was “so swollen …,” she was rushed …’) is the main clause subject's; so is one after a
    participle of speech that opens the sentence alone (‘Chanting “Fair pay now”, the crowd stretched …’),
    a cue of its own."""
    lone = len(before) == 1 and before[0].capitalized and before[0].word.endswith("ing") and before[0].word in SPEECH_VERBS \
        and before[0].word not in PERFORM_VERBS  # (never a song sung: ‘Singing “Bohemian Rhapsody”, the crowd …’)
    i = _subordinate_at(before)
    if not lone and (i is None or i + 1 >= len(before) or not before[i + 1].word.endswith("ing")
                     or any(x.text == "," for x in before[i:])):
        return None
    j = _first_word(after)
    if (j == 0 and not comma_inside) or j >= len(after):  # (a comma ends the clause at the quotation)
        return None
    m = mention_after(after, j, text)
    nxt = _token_after(after, m.end) if m is not None else None
    if m is None or m.kind not in (("name", "pronoun", "description") if lone else ("name", "pronoun")) \
            or m.start != after[j].start or nxt is None \
            or nxt.capitalized or not (nxt.word in AUXILIARIES or nxt.word.endswith(("ed", "s"))):
        return None
    return Found(m, None, "cue-before", before[0].text) if lone else Found(m, None, "subject", None)


def _goes_on_after_cue(text: str, spans: list[Span], results: list, idx: int, lo: int) -> bool:
    """A whole-sentence quotation that goes on from the one before, after that one's cue
    sentence (‘“A,” Obstfeld said. “B.” The IMF pointed to …’): the speaker is the cue's, never
    a cue in the sentence after it (a paragraph break after "B." is often lost)."""
    if idx == 0 or lo != spans[idx - 1].close_end or spans[idx - 1].paragraph != spans[idx].paragraph:
        return False
    prev = results[idx - 1][1]
    return prev is not None and prev.rule == "cue-after" and text[spans[idx - 1].end - 1] == "," \
        and bool(sentence_ends(text, lo, spans[idx].open_at))


def _introduces_next(text: str, toks: list[Token]) -> bool:
    """The words after a finished quotation end in a colon before another quotation (‘…” Trump
    said: “…’, ‘…” In a statement, Peabody said: “…’, ‘…” Its chief executive, Colin Marsh, told
    the BBC: “…’): their cue introduces that one."""
    i = _first_word(toks)
    for t in toks[i:]:
        if not t.text[:1].isalnum():
            if t.text in ",()" or t.text in DASHES:
                continue  # (an opening phrase's comma, or an aside's)
            if t.text != ":":
                return False
            nxt = text[t.end:t.end + 40].lstrip()[:1]  # (the next line may be the quotation)
            return bool(nxt) and nxt in "“\"‘'`«„‹"
    return False


#: A participle aside of being asked, after a subject (‘Calloway himself, asked about ’).
RE_ASKED_ASIDE = regex.compile(r"\p{L}, (?:when )?(?:asked|questioned|pressed) (?:about|on|whether|if|why|what|how) ")


#: A letter or a card from someone named, read out or sent: ‘A letter from Ravi Menon, a former
#: pupil, was read out’ (the name's words, up to three).
RE_LETTER_FROM = LazyPattern(r"\b(?:letter|note|card|message|email|e-mail) from (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})\b")


def _letter_writer(text: str, sp: Span, found: Found, cast: Cast) -> Person | None:
    """The one "he" or "she" wrote is, when the sentence before the quotation in its paragraph tells
    of a letter from someone named (:data:`RE_LETTER_FROM`) and that person is of the pronoun's sex."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None or (found.cue or "").lower() not in ("wrote", "writes"):
        return None
    if text.find(" from ", sp.para_start, sp.open_at) < 0:
        return None  # (a search first: most paragraphs name no letter)
    ends = _ends_before_marks(text, sp)
    start = ends[-1] if ends else sp.para_start
    letter = None
    for letter in RE_LETTER_FROM.finditer(text, start, sp.open_at):
        pass
    if letter is None:
        return None
    p, _ = cast.resolve(Mention(letter.start(1), letter.end(1), letter.group(1), "name"))
    return p if p is not None and p.gender == sex else None


#: A sentence's opening that sets what follows years back, in an interview or an answer of a past
#: year: ‘In a 1987 interview with this newspaper,’, ‘Asked in 2012 whether …,’.
RE_PAST_OPENING = LazyPattern(r"\s*(?:In an? (?:(?:1[89]|20)\d\d )?interview\b|Asked in (?:1[89]|20)\d\d\b)")


def _past_interview_speaker(text: str, sp: Span, pronoun: Mention, cast: Cast) -> Person | None:
    """The one "he" or "she" is when the quotation's sentence, or the one before it in its paragraph,
    opens years back (:data:`RE_PAST_OPENING`): the person named as that sentence's subject (‘In a
    1987 interview, Packie was asked what he would change. “Nothing,” he said’), or, with only a
    pronoun there, the one person of that sex the article tells died (an obituary's subject: ‘Asked
    in 2010 whether he had wished otherwise, he shook his head. “…,” he said’); never the last
    speaker, who is someone else talking now."""
    sex = GENDERS.get(pronoun.text.lower())
    if sex is None or (text.find(" interview", sp.para_start, sp.open_at) < 0 and text.find("Asked in ", sp.para_start, sp.open_at) < 0):
        return None  # (a search first: most paragraphs go back to no interview)
    ends = _ends_before_marks(text, sp)
    starts = ([sp.para_start] + ends)[-2:]
    for k, start in enumerate(starts):
        if RE_PAST_OPENING.match(text, start) is None:
            continue
        stop = starts[k + 1] if k + 1 < len(starts) else sp.open_at
        toks = tokenize(text, start, stop)
        m = sentence_subject(text, toks) if toks else None  # (the subject as written: a nickname no list holds)
        if m is not None and m.kind == "name":
            p, _ = cast.resolve(m)
            return p if p is not None and p.gender == sex else None
        if m is not None and m.kind != "pronoun":
            return None
        dead = [q for q in cast.by_surname.values() if q.kind == "name" and q.gender == sex and cast.dead_or_victim(q)]
        return dead[0] if len(dead) == 1 else None
    return None


#: Many people counted before "of" (‘Hundreds of nurses’, ‘Dozens of farmers’): the head is after it.
RE_MANY_OF = LazyPattern(r"(?i)(?:several |many )?(?:hundreds|dozens|thousands|scores|tens of thousands) of ")


def _they_in_own_clause(text: str, pronoun: Mention) -> bool:
    """A "they" right after a word that opens a clause of the same sentence (‘Several hundred farmers
    gathered outside the office, where they chanted “…”’, ‘…, as they shouted’): the people its
    sentence opens with, before anyone named earlier."""
    if pronoun.kind != "pronoun" or pronoun.text.lower() != "they":
        return False
    before = text[max(0, pronoun.start - 12):pronoun.start].split()
    return bool(before) and before[-1].lower() in CLAUSE_THEY_OPENERS


def _own_sentence_subject(text: str, sp: Span, pronoun: Mention, cast: Cast) -> Person | None:
    """The one described that opens the pronoun's own sentence, of its number and sex, for a
    pronoun nothing before resolves: ‘A federal judge on Monday questioned lawyers over what she
    called “a troubling pattern”’, ‘Inspectors found what they described as “…”’."""
    w = pronoun.text.lower()
    if w not in ("he", "she", "they"):
        return None
    ends = sentence_ends(text, sp.para_start, pronoun.start)
    start = ends[-1] if ends else sp.para_start
    toks = tokenize(text, start, pronoun.start)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.kind != "description" or m.start != toks[0].start:
        return None
    head = description_head(m.text)
    if head is None and (many := RE_MANY_OF.match(m.text)) is not None:
        head = description_head(m.text[many.end():])  # (‘Hundreds of nurses marched …, where they shouted’)
    if head is None or head in THING_NOUNS or head in COLLECTIVE_NOUNS:
        return None
    plural = described_plural(m.text, head)  # (the head as written: "Inspectors" of "inspector")
    if plural != (w == "they") or GENDERED_NOUNS.get(head, GENDERS.get(w)) != GENDERS.get(w):
        return None
    return Person(m.text[0].lower() + m.text[1:], kind="description", gender=GENDERS.get(w), plural=plural)


def _surname_of_plural(text: str, m: Mention | None, cast: Cast) -> Mention | None:
    """A capitalised plural noun of people alone as the speaker that is the surname of someone the
    article names in full, as a name: ‘Commissioner Carla Fellows said …. “…,” Fellows said’ is
    Carla Fellows, ‘Ruth Masters … “…,” Masters told the board’ is Ruth Masters; never "Farmers
    said" where no one is called Farmers (people described), nor a word in lower case."""
    if m is None or m.kind != "description" or " " in m.text:
        return None
    written = text[m.start:m.end]
    if not (written[:1].isupper() and written[1:].islower() and written.isalpha() and written.endswith("s")):
        return None
    p = cast.by_surname.get(written.lower())
    if p is None or p.kind != "name" or " " not in p.name or p.name.split()[-1] != written:
        return None
    return Mention(m.start, m.end, written, "name")


def _subject_after_opening_clause(text: str, toks: list[Token], m: Mention, cast: Cast) -> Mention | None:
    """The main clause's subject, named, of a sentence that opens with a clause of time or cause whose own
    subject is ``m`` (‘When Hollis said the budget was cut, Whitfield shook her head.’: Whitfield, never
    Hollis); None when the sentence opens otherwise or its main clause starts with no name."""
    if len(toks) < 5 or toks[0].word not in SUBORDINATE_OPENERS or toks[1].start != m.start:
        return None
    c = next((c for c in range(2, len(toks) - 2) if toks[c].text == "," and toks[c].start > m.end), None)
    if c is None:
        return None
    main = sentence_subject(text, toks[c + 1:], cast.knows)
    if main is None or main.kind != "name" or main.start != toks[c + 1].start or main.text == m.text:
        return None
    return main


def _last_sentence_subject(text: str, lo: int, hi: int, cast: Cast,
                           main_clause: bool = False, described: bool = False,
                           reporter: bool = False) -> tuple[Mention, Person] | None:
    """The person the sentence before a quotation is about ("He paused before answering."); with
    ``main_clause``, only one read in a sentence read whole, and never right after the word that
    opens a subordinate clause in lower case ("when", "because", "who" …): never ‘Ryan did not
    exude confidence when Tapper asked …’. With ``described``, a description that opens a
    sentence of no speech is its subject too when it stands for someone the article names
    (‘Their mother has a simpler explanation.’, ‘The 72-year-old looked up.’). With ``reporter``, a
    speaker whose cue stands inside what the sentence's own subject says gives way to that subject
    however near the cue is (‘Benavides said evidence would show Kowalczyk had texted a friend:’)."""
    lo = max(lo, hi - 2 * CONTEXT_CHARS)  # two sentences back at most: bounded, whatever the paragraph
    ends = sentence_ends(text, lo, hi)
    s = ends[-2] if len(ends) > 1 else lo
    if main_clause and s < hi - CONTEXT_CHARS:
        return None
    s = max(s, hi - CONTEXT_CHARS)
    if (dateline := RE_DATELINE.match(text, s, hi)) is not None:
        s = dateline.end()  # ("CAMP LEJEUNE, N.C. — Gen. Theodore Ashcombe … used": never "CAMP")
    toks = tokenize(text, s, ends[-1] if ends else hi)
    # "…, Schiff said. “The other factor…”": a sentence with its own attribution
    f = cue_before(text, toks, cast.knows, mixed=False)
    if f is not None and (f.rule == "cue-in-sentence" or (reporter and f.rule == "cue-before")
                          or (f.mention is not None and f.mention.kind == "pronoun")):
        # ‘Carter said that for decades some critics had been predicting …’ and then “That’s because
        # …”: what follows goes on with the sentence's own speaker, not with a cue inside what he said
        main = _speaking_subject(text, toks, cast.knows)
        if main is not None and f.mention is not None and main.mention.end <= f.mention.start:
            f = main
    if f is not None and f.mention is not None and toks and RE_ASKED_ASIDE.search(text, toks[0].start, f.mention.start) is not None:
        subject = sentence_subject(text, toks, cast.knows)  # (one asked about in an aside is no speaker: ‘Calloway
        if subject is not None and subject.end <= f.mention.start:  # himself, asked about Tolliver at an event, kept
            f = None  # his answer short.’ is Calloway's sentence)
    tail = _tail_cue_name(text, toks)
    if tail is not None and f is not None and (f.mention is None or f.mention.start != tail.start) \
            and not (f.mention is not None and _after_preposition(toks, f.mention)):
        tail = None  # (the sentence's cue is another's; never a place its opening phrase is in: ‘In El
        # Fasher, the hospital …, said Dr. Ibrahim Musa Adam’)
    m = tail or (f.mention if f is not None else sentence_subject(text, toks, cast.knows))
    if f is not None and m is not None and m is f.mention and (main := _subject_after_opening_clause(text, toks, m, cast)) is not None:
        m = main  # (the speech of an opening clause is no subject: ‘When Hollis said …, Whitfield shook her head.’)
    if m is not None and m.kind == "name" and main_clause and tail is None and (f is None or f.rule in ("cue-in-sentence", "cue-before")):
        # the subject of the sentence's last clause, a name of its own after ", and" or ", but": ‘Dunmore
        # has made 63 runs …, and Tillotson would not commit to him. “…,” he said’ is Tillotson's
        c = max((c for c in range(1, len(toks) - 2) if toks[c].start > m.end and toks[c].word in ("and", "but")
                 and toks[c - 1].text == ","), default=None)
        m2 = sentence_subject(text, toks[c + 1:], cast.knows) if c is not None else None
        if m2 is not None and m2.kind == "name" and m2.start == toks[c + 1].start:
            m = m2
    if described and f is None and m is None and len(toks) > 3 and toks[0].word in ("her", "his", "their") \
            and (c := next((c for c in range(2, min(len(toks), 6)) if toks[c].text == ","), None)) is not None \
            and all(x.text.islower() or "-" in x.text for x in toks[1:c]) \
            and (full := RE_FULL_NAME_SET_OFF.match(text, toks[c].start)) is not None \
            and gender_of(full.group(1).split()[0]) is not None:
        # one the article relates to someone, their full name set off: ‘Her co-curator, the Ghanaian art
        # historian Akosua Mensah-Boateng, was more direct.’
        p, _ = cast.resolve(Mention(full.start(1), full.end(1), full.group(1), "name"))
        if p is not None and p.kind == "name":
            return Mention(full.start(1), full.end(1), full.group(1), "name"), p
    if described and f is None and m is None and toks and (age := RE_AGE_OPENS.match(text, toks[0].start)) is not None:
        m = Mention(age.start(1), age.end(1), age.group(1), "description")  # (‘The 72-year-old looked up.’)
    if described and m is not None and m.kind == "organisation" and _capitalised_office(m.text):
        m = Mention(m.start, m.end, m.text, "description", m.role)  # ‘The Minister himself acknowledged …’: an office, capitalised
        # the Irish and British way, is the one who holds it, never a body
    if described and f is None and m is not None and m.kind == "description":
        named = _described_person(text, m, cast)
        gesture = None
        given = RE_GIVEN_SET_OFF.match(text, m.end) if named is None and m.start == toks[0].start else None
        if given is not None and gender_of(given.group(1)) is not None and not cast.knows(given.group(1).lower()):
            # one described, then a given name alone set off: ‘Another caller, Derek, a retired postman
            # from Chard, was more sympathetic. “…,” he said’
            return m, Person(given.group(1), kind="name", gender=gender_of(given.group(1)))
        if named is None and m.text.split()[0].lower() in ("a", "an", "one", "another") \
                and (m.start == toks[0].start or _opening_phrase_before(toks, m)) \
                and RE_NAMED_NEXT.match(text, m.end) is None and (
                    ((stance_ := RE_STANCE_AFTER.match(text, m.end)) is not None
                     and (RE_POINTED_OUT.search(stance_.group()) is None or _question_at(text, hi))
                     and not any(x.capitalized or x.word in OBJECT_PRONOUNS for x in toks if x.start > m.end))
                    or (gesture := RE_GESTURE_ENDS.match(text, m.end)) is not None) \
                and (head := description_head(m.text)) is not None and not head.endswith("s") \
                and (head in ROLE_NOUNS or head in DESCRIPTION_NOUNS) and (
                    _unnamed_person(head, text, m.end) or _brought_in_after_opening(text, m, head)):
            # someone unnamed brought in as the subject: ‘A retired postman was less worried. “…,” he said’
            # (after an opening phrase too, the mention itself bringing them in: ‘At a diner, a retired
            # steelworker stirred his coffee.’)
            sex = GENDERED_NOUNS.get(head)
            if sex is None and gesture is not None and gesture.group("owner"):
                sex = GENDERS.get("she" if gesture.group("owner") == "her" else "he")  # (‘… shook her head’: a "she")
            if gesture is not None and gesture.group("doing"):
                m = Mention(m.start, gesture.end("doing"), text[m.start:gesture.end("doing")], "description")
            named = Person(m.text[0].lower() + m.text[1:], kind="description", gender=sex)
            if gesture is not None and sex is None and m.start != toks[0].start and _anyone_named_before(cast, m.start):
                named = None  # (a gesture of no sex never takes the words from a person named before:
                # ‘Minister X visited the plant. At the gate, a worker waved. “…,” he said’ is X's)
        return (m, named) if named is not None else None
    if f is None and m is None and toks and (age := RE_AGE_AFTER_OPENING.search(text, toks[0].start, toks[-1].end)) is not None:
        m = Mention(age.start(1), age.end(1), age.group(1), "description")  # (‘Pressed on it, the 51-year-old smiled.’)
        if _gesturing_named(text, m, cast) is None:
            m = None
    if f is None and m is not None and m.kind == "description" and (gesturer := _gesturing_named(text, m, cast)) is not None:
        return m, gesturer
    if m is None or m.kind not in ("name", "pronoun", "description") or (
            m.kind == "description" and f is None):
        return None
    if main_clause and tail is None and any(t.word in SUBORDINATE_WORDS and not t.capitalized for t in toks if t.end <= m.start):
        k = _index_before(toks, m.start)  # (but a clause's own subject after a comma is the main
        if k < 0 or toks[k].text != ",":  # one's: ‘Trump’s claim that … had imperiled troops, Biden said.’)
            return None
    p, _ = cast.resolve(m)
    if p is None or p.kind == "organisation":
        return None
    return m, p


def _unnamed_stance_subject(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """Someone unnamed described as the subject of the sentence right before an uncued quotation, which
    tells only their stance (:data:`RE_STANCE_AFTER`: ‘A retired teacher was blunter still.’, ‘A
    senior official, who did not wish to be named, was less sure.’), with the description as written;
    never a gesture's (‘A worker waved.’), nor a sentence naming anyone (:func:`_last_sentence_subject`
    with ``described``)."""
    found = _last_sentence_subject(text, lo, hi, cast, described=True)
    if found is None or found[1].kind != "description" or RE_STANCE_AFTER.match(text, found[0].end) is None:
        return None
    return found


def _capitalised_office(words: str) -> bool:
    """``words`` are "the" and one office in capitals, as Irish, British and Commonwealth papers write
    an office held (‘the Minister’, ‘The Taoiseach’, ‘the Commissioner’), never a body (‘the Council’).

    >>> _capitalised_office("The Minister"), _capitalised_office("the Council"), _capitalised_office("the Times")
    (True, False, False)
    """
    parts = words.split()
    return len(parts) == 2 and parts[0].lower() == "the" and parts[1][:1].isupper() and parts[1][1:].islower() \
        and parts[1].lower() in ROLE_NOUNS and parts[1].lower() not in ORG_WORDS


#: An age as a sentence's subject after its opening phrase: ‘Pressed on an offer, the 51-year-old smiled.’
RE_AGE_AFTER_OPENING = regex.compile(r"(?<=, )(the \d{1,3}-year-old)(?= \p{Ll})")


def _gesturing_named(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one a sentence's subject describes, a definite description of someone the article names,
    when the sentence does no more than a gesture: ‘The manager smiled. “…”’, ‘Pressed on an offer,
    the 51-year-old smiled. “…”’ (an age: the one person the article gives it). Never a crowd or
    someone unnamed (‘the room laughed’, ‘a fan waved’), nor an age the article gives no one."""
    if not m.text.lower().startswith("the ") or not _gesture_ends_sentence(text, m.end):
        return None
    if (age := RE_THE_AGE.fullmatch(m.text)) is not None:
        return _person_of_age(text, age.group(1), m.start, cast)
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind == "name" and " " in p.name else None


def _gesture_ends_sentence(text: str, at: int) -> bool:
    """Only a gesture between ``at`` and the sentence's stop (‘ smiled.’, ‘ shrugged his shoulders.’).

    >>> _gesture_ends_sentence("the manager smiled. ", 11), _gesture_ends_sentence("the manager said no. ", 11)
    (True, False)
    """
    g = RE_GESTURE_ENDS.match(text, at)
    return g is not None and g.group("doing") is None


def _tail_cue_name(text: str, toks: list[Token]) -> Mention | None:
    """The name after the inverted cue that ends a sentence of reported speech, with no quotation
    in it: ‘In El Fasher, the hospital ran on generators after its fuel ran low, said Dr. Ibrahim
    Musa Adam, its director.’ is Adam's sentence, whatever its opening clause or its subordinate
    one holds (and a "he" after it is his). Only a name set off by the comma before the verb,
    then the sentence's end or a role set off with no speech of its own; never a description
    (‘…, said a diplomat.’ is left to the subject rules) and never where a quotation stands."""
    v = next((k for k in range(len(toks) - 2, 1, -1) if toks[k].word in TAIL_CUE_VERBS
              and not toks[k].capitalized and toks[k - 1].text == ","), None)
    if v is None or any(x.text in "“”\"‘’" for x in toks[:v]):
        return None
    m = mention_after(toks, v + 1, text)
    if m is None or m.kind != "name" or " " not in m.text:
        return None
    rest = [x for x in toks if x.start >= m.end]
    if rest and (rest[0].text not in ",." or any(x.word in SPEECH_VERBS or x.text in "“”\"‘’" for x in rest)):
        return None
    return m


#: What sets off a person after a given name alone: a relative "who" or a description (‘Derek, a
#: retired postman’).
RE_PERSON_SET_OFF = LazyPattern(r"(?:\s(?:from|of)\s\p{Lu}[\p{L}\s]{0,30})?,\s(?:who\b|an?\s\p{Ll})")

#: A person's noun right before a given name set off (‘The captain's widow, Ruth, read a poem.’).
RE_NOUN_BEFORE_NAME = LazyPattern(r"\b(\p{Ll}+),\s$")

#: A full name set off after a description, with a description of its own before it (‘, the
#: Ghanaian art historian Akosua Mensah-Boateng,’).
RE_FULL_NAME_SET_OFF = LazyPattern(r", (?:(?:the|a|an|former|retired) )?(?:[\p{L}\-]+ ){0,4}?"
                                     r"(\p{Lu}[\p{Ll}\-]+(?: \p{Lu}[\p{L}\-’']+){1,2}),")

#: A given name alone set off after a description, where they are from after it (‘Another caller, Derek,
#: a retired postman,’, ‘Another caller, Bob in Kelowna,’).
RE_GIVEN_SET_OFF = LazyPattern(r", (\p{Lu}\p{Ll}+)(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?,")

#: A sentence that opens with an age as its subject: ‘The 72-year-old looked up from the counter.’
RE_AGE_OPENS = regex.compile(r"(The \d{1,3}-year-old)(?= \p{Ll})")


def _former_or_latter(text: str, m: Mention, cast: Cast) -> Person | None:
    """"the former" or "the latter" at ``m``: the first or the second of the two people the text
    names or quotes in the two sentences before it and its own up to it (‘Rovers captain X and
    goalkeeper Y spoke afterwards. The latter said:’); none unless exactly two are there."""
    which = m.text.lower().split()[-1]
    ends = sentence_ends(text, max(0, m.start - 2 * CONTEXT_CHARS), m.start)
    lo = ends[-3] if len(ends) > 2 else max(0, m.start - 2 * CONTEXT_CHARS)  # (two sentences back at most)
    position, cast.position = cast.position, m.start
    people = []
    for pos, p in cast.recent:
        if lo <= pos < m.start and p.kind == "name" and not any(p is q for q in people):
            people.append(p)
    cast.position = position
    if len(people) != 2:
        return None
    return people[0] if which == "former" else people[1]


#: One of two picked by age, as a mention's whole text: ‘the older woman’, ‘the younger of the two
#: men’, ‘the elder of the pair’ (a noun of one sex or a plural after "two"; never ‘the elder’ alone,
#: a village's elder).
RE_AGE_COMPARED = regex.compile(r"(?i:the) (older|younger|elder)(?: (\p{Ll}+)| of the (?:two|pair)(?: (\p{Ll}+))?)")

#: How far back the two people an age comparison picks from are introduced with their ages.
AGE_PAIR_REACH = 1000


def _one_of_two_by_age(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one of two people introduced with their ages just before ``m`` that ``m`` picks by age
    (‘Ahmed Salah, 52, and his nephew Karim Salah, 24, …. “…,” the younger man said’ is Karim
    Salah); of the sex its noun tells, if it tells one. None unless exactly two such people are
    there, of different ages, and no one aged whose sex nothing tells could be the other."""
    compared = RE_AGE_COMPARED.fullmatch(m.text)
    if compared is None:
        return None
    noun = compared.group(2) or compared.group(3)
    if compared.group(2) is not None and noun not in GENDERED_NOUNS:
        return None  # (‘the older man’, ‘the younger sister’; never ‘the older generation’)
    sex = GENDERED_NOUNS.get(noun) if noun else None
    if sex is None and noun and noun.endswith("s"):
        sex = GENDERED_NOUNS.get(noun[:-1]) or GENDERED_NOUNS.get(noun[:-3] + "man" if noun.endswith("men") else "")
    aged: dict[int, tuple[Person, int]] = {}
    for a in RE_NAMED_AGE.finditer(text, max(0, m.start - AGE_PAIR_REACH), m.start):
        p, _ = cast.resolve(Mention(a.start("name"), a.end("name"), " ".join(a.group("name").split()), "name"))
        if p is None or p.kind != "name" or p.placelike:
            continue
        if sex is not None and p.gender != sex:
            if p.gender is None:
                return None  # (one of no sex the text tells may be the one meant)
            continue
        age = int(a.group("age"))
        if aged.setdefault(id(p), (p, age))[1] != age:
            return None  # (one given two ages: the text is no guide)
    if len(aged) != 2:
        return None
    (p1, a1), (p2, a2) = aged.values()
    if a1 == a2:
        return None
    older, younger = (p1, p2) if a1 > a2 else (p2, p1)
    return older if AGE_COMPARATIVES[compared.group(1).lower()] == "older" else younger


#: How far back the kin whose words a quotation is (‘In her daughter's words,’) must be named.
KIN_WORDS_REACH = 3000


def _kin_named_near(p: Person | None, at: int, cast: Cast) -> bool:
    """``p``, whom ‘In her daughter's words,’ at ``at`` resolved to, is someone the article names,
    no further back than :data:`KIN_WORDS_REACH` (‘Her daughter, Siobhan Doyle, …’): a kin word
    alone is no one to cite."""
    return p is not None and p.kind == "name" and cast.last_spot(p, at) >= at - KIN_WORDS_REACH


#: A verb of saying later in the sentence of someone unnamed it opens (‘A Republican senator who voted
#: for it said he had doubts.’), never an infinitive (‘he likes to say’).
RE_SAID_LATER = LazyPattern(r"(?<!\bto )\b(?:said|says|told|tells|added|argued|insisted|warned|explained|acknowledged|"
                              r"admitted|conceded|complained|wrote)\b")

#: An aside after someone described that makes them another (‘A senator since 2001, he …’, ‘A mother
#: of three, Jenna Park,’).
RE_SET_OFF_SUBJECT_ASIDE = LazyPattern(r"(?: (?:since|for|of) [^,]{1,30})?, (?:he|she|\p{Lu}\p{Ll}+ \p{Lu})")

#: What a sentence says of someone unnamed it opens with, when the words after it are theirs: a
#: stance (‘A retired postman was less worried.’, ‘A neighbour disagreed.’), never a deed done to or by
#: another (‘A firefighter carried Ana Ruiz’, ‘A judge sentenced him’, ‘A lawyer did not respond’).
STANCE_WORDS = """
worried concerned sure certain convinced optimistic pessimistic hopeful skeptical sceptical critical blunt forgiving angry
upset calm relaxed defiant philosophical unimpressed impressed pleased happy unhappy positive confident cautious candid
frank resigned bitter enthusiastic unrepentant unmoved unapologetic adamant emphatic dismissive sanguine guarded scathing
blunter apologetic coy forthright upbeat downbeat defensive gracious diplomatic remorseful tearful emotional
patient impatient unconvinced unpersuaded sympathetic unsympathetic receptive hostile cynical wary weary scornful
withering damning charitable generous harsh direct succinct furious disillusioned disappointed frustrated
keen eager thrilled delighted annoyed irritated excited
""".split()
RE_STANCE_AFTER = LazyPattern(r"(?:,[^,]{1,60},)? (?:was|is|were|seemed|sounded|felt|remained|appeared) (?:(?:less|more|not|far|much|also|equally|just as) ){0,2}"
                                r"(?:" + "|".join(STANCE_WORDS) + r")"
                                r"|(?:,[^,]{1,60},)? (?:disagreed|agreed|objected|differed|dissented|demurred)\b"
                                # (or a point of theirs told of before their question: ‘Another reporter
                                # pointed out that the line had been promised twice.’)
                                r"|(?:,[^,]{1,60},)? (?:pointed out|noted|observed|remarked) that\b"
                                # (or words of theirs told of, not quoted: ‘… put it more bluntly.’, ‘… offered a
                                # similar account.’)
                                r"|(?:,[^,]{1,60},)? (?:also )?(?:put it (?:more |less |even |most )?\p{Ll}+ly"
                                r"|(?:offered|gave|told|had|shared|took) (?:a|an) (?:\p{Ll}+ )?"
                                r"(?:account|view|story|take|assessment|explanation|version|verdict|perspective))\b")

#: The point told of (‘pointed out that’), which brings in one who only goes on to ask.
RE_POINTED_OUT = regex.compile(r"(?:pointed out|noted|observed|remarked) that$")


def _question_at(text: str, at: int) -> bool:
    """The quotation opening at ``at`` is a question (‘“Is the operator being penalised?” she asked’)."""
    while at < len(text) and (text[at].isspace() or text[at] in "“\""):
        at += 1  # (past the line break and the opening mark, when ``at`` is the paragraph's end before it)
    close = min((c for c in (text.find(q, at, at + 600) for q in "”\"") if c >= 0), default=-1)
    return close > at and text[:close].rstrip().endswith("?")


#: One person brought in unnamed as a sentence's subject, with a stance (‘But one Conservative MP, who
#: asked not to be named, was scathing.’, ‘Another, a loyalist, was more emotional.’).
RE_ONE_UNNAMED_OPENS = LazyPattern(r"\s*(?:(?:But|And|Yet) )?(?:(?P<who>(?i:one|another|an?) (?:[\p{L}\-]+ ){0,3}?[\p{L}\-]+)"
                                     r"|Another, an? (?P<aside>[\p{Ll}\-]+(?: [\p{Ll}\-]+){0,2}),)(?=" + RE_STANCE_AFTER.pattern + ")")


#: A sentence opening with a plural group of people as its subject and a verb: ‘The stewards reprimanded’,
#: ‘The judges also ruled’. Group 1, the group.
RE_PLURAL_SUBJECT_OPENS = LazyPattern(r"(?:The|the) ([a-z]+s)(?: also| then| later)? [a-z]+ed\b")


def _plural_subject_before(text: str, sp: Span) -> Person | None:
    """The plural group of people the sentence before a "they" cue opens with, in the quotation's own
    paragraph, when nothing resolved the "they": ‘The stewards reprimanded Marchand …. In their
    decision, they said he had been released “into the path of another car”’ is the stewards'."""
    if sp.open_at <= sp.para_start:
        return None
    ends = _ends_before_marks(text, sp)
    if not ends:
        return None
    b = ends[-2] if len(ends) > 1 else sp.para_start
    while b < ends[-1] and text[b].isspace():
        b += 1
    group = RE_PLURAL_SUBJECT_OPENS.match(text, b, ends[-1])
    if group is None or group.group(1) not in DESCRIPTION_NOUNS or group.group(1) in THING_NOUNS:
        return None
    return Person(f"the {group.group(1)}", kind="description", plural=True)


def _singular_they(text: str, sp: Span, lo: int) -> Person | None:
    """The one person the sentence just before opens with, unnamed, for a "they" after a quotation
    that nothing plural before resolves: a singular "they" (‘But one Conservative MP, who asked not
    to be named, was scathing. “…,” they told the BBC.’ is the MP's; ‘Another, a loyalist, was more
    emotional.’ is "another loyalist")."""
    if sp.open_at <= lo:
        return None  # (the sentence in the quotation's own paragraph only)
    s = last_sentence_start(text, lo, sp.open_at)
    one = RE_ONE_UNNAMED_OPENS.match(text, s, sp.open_at)
    if one is None:
        return None
    name = one.group("who") or "another " + one.group("aside")
    head = description_head(name)
    if (head is None and one.group("who")) or head in THING_NOUNS or head in COLLECTIVE_NOUNS \
            or (head or "").endswith("s") and not (head or "").endswith("ss"):
        return None  # (never a body nor a group: ‘One firm was defiant.’, ‘A family was upbeat.’; a noun no
        # list holds only set off after "Another": ‘Another, a loyalist,’)
    return Person(name[0].lower() + name[1:], kind="description")


#: One unnamed source of gossip opening a sentence, after any "But" or "And", with what they are close to
#: and the verb after (‘But a source close to the star told Metro …’, ‘The insider insisted …’, ‘A pal of the
#: couple said …’); group "who" the source as written, "head" its noun.
#:
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("But a source close to Leon told Metro").group("who")
#: 'a source close to Leon'
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("Fans of the show said") is None
#: True
RE_ANONYMOUS_SOURCE_OPENS = LazyPattern(
    r"\s*(?:(?:But|And|Yet|Meanwhile,|However,) )?(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne) (?:[\p{Ll}\-]+ ){0,2}?"
    r"(?P<head>" + "|".join(sorted(ANONYMOUS_SOURCE_NOUNS)) + r")"
    r"(?: (?:close to|of|for|familiar with|at|from) (?:(?:the|her|his|their) )?"
    r"(?:\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2}|[\p{Ll}\-]+(?: [\p{Ll}\-]+)?))?)"
    r"(?:,[^,]{1,60},)? (?:\p{Ll}+ly )?(?:told|tells|said|says|insisted|insists|claimed|claims|added|adds|revealed|reveals"
    r"|explained|explains|maintained|maintains|confided|confirmed|admitted|was|is)\b")


#: (guard) Two people named together, or a family by its surname in the plural (‘Harry and Meghan’,
#: ‘the Okafors’), mid-sentence: a plural a "they" may stand for.
RE_NAMED_PLURAL = LazyPattern(r"\b\p{Lu}\p{Ll}+ (?:and|&) \p{Lu}\p{Ll}+\b|\b[Tt]he \p{Lu}\p{Ll}+s\b(?! \p{Lu})")


def _anonymous_source_they(text: str, sp: Span, lo: int, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one unnamed source (a source, an insider, a pal, a friend, a spokesperson) the sentence just
    before opens with, for a "they" after the quotation that nothing plural resolves: the sentence before
    in the quotation's paragraph, or the last of the paragraph before when the quotation opens its own
    (‘But a source close to the star told Metro she was “gutted”. / “She never saw it coming,” they said.’).
    "The insider" is the one described so before (‘An insider told The Sun: …’); never with people in the
    plural between (‘… Fans were furious. “…,” they said’), nor a "the" source no one described before."""
    if sp.open_at > lo:
        s, hi = last_sentence_start(text, lo, sp.open_at), sp.open_at
    elif sp.paragraph > 0 and sp.open_at == sp.para_start:
        p0, hi = paras[sp.paragraph - 1]
        s = last_sentence_start(text, p0, hi)
    else:
        return None
    one = RE_ANONYMOUS_SOURCE_OPENS.match(text, s, hi)
    if one is None or RE_PEOPLE_PLURAL.search(text, one.end(), sp.open_at) is not None:
        return None
    if RE_NAMED_PLURAL.search(text, one.end(), sp.open_at) is not None:
        return None  # (guard) people named in the plural after the source: ‘A friend of the couple said Harry
        # and Meghan had …’, ‘… said the Okafors were grateful’: the "they" may be theirs
    who, head = one.group("who"), one.group("head")
    if who[:3].lower() != "the":
        return Person(who[0].lower() + who[1:], kind="description")
    return next((p for _, p in reversed(cast.recent) if p.kind == "description" and not p.plural
                 and description_head(p.name) == head), None)  # (the one described so before)


#: Last words of a short phrase of time or distance that opens a sentence (‘Two days later,’, ‘A
#: minute afterwards,’).
DISTANCE_ENDS = frozenset("later earlier away nearby ago afterwards".split())


#: Words that open a short opening phrase of place or time (‘Further down the road,’, ‘At the next house,’).
OPENING_PHRASE_LEADS = OPENING_PREPOSITIONS | PLACE_OPENERS


def _opening_phrase_before(toks: list, m: Mention) -> bool:
    """Only a short opening phrase of place or time and its comma stand before the mention, no
    verb in it (‘Further down the road, a woman in her 30s was less patient.’, ‘At the next
    house, one voter was unconvinced.’, ‘An hour later,’; never a clause: ‘When she left,’)."""
    lead = [x for x in toks if x.end <= m.start]
    return 2 <= len(lead) <= 8 and lead[-1].text == "," and (lead[0].word in OPENING_PHRASE_LEADS or (
        len(lead) <= 5 and lead[-2].word in DISTANCE_ENDS)) \
        and not any(x.text in ",;:“”\"" or _verb_like(x) or (x.word in BE_FORMS and not x.capitalized) or x.word in PRONOUNS
                    for x in lead[:-1])  # (never a clause of its own: ‘When she left, a woman …’)


def _brought_in_after_opening(text: str, m: Mention, head: str | None) -> bool:
    """Someone unnamed that the mention itself brings in, right after a short opening phrase of place
    or time (‘At a bus stop in Dhaka, a garment worker clutched her bag.’): unnamed as
    :func:`_unnamed_person` tells, though the comma before them would make them another's
    apposition there (‘John Hale, a retired soldier’)."""
    if head is None or m.text.split()[0].lower() not in ("a", "an", "one", "another") or text[max(0, m.start - 2):m.start] != ", ":
        return False
    lo = max(0, m.start - 120)
    ends = sentence_ends(text, lo, m.start)
    start = max(ends[-1] if ends else lo, text.rfind("\n", lo, m.start) + 1)
    if start == lo and lo > 0:
        return False  # (no sentence's start within reach: no short opening phrase)
    return _opening_phrase_before(tokenize(text, start, m.end), m) and _unnamed_person(head, m.text, len(m.text))


def _anyone_named_before(cast: Cast, at: int) -> bool:
    """Someone the article names in full before ``at``."""
    return any(p.kind == "name" and " " in p.name and any(s < at for s, _ in p.spots) for p in cast.by_surname.values())


#: Pronouns that are objects (another acted on: ‘A judge sentenced him’).
OBJECT_PRONOUNS = frozenset("him her them".split())

#: What a sentence says of someone unnamed it opens with, to its end, when it is only a gesture or a wait
#: of theirs (‘At the market in Lagos, a trader selling tomatoes shook her head.’, ‘an elderly farmer
#: leaned on his hoe.’, ‘a commuter waited in the rain.’): the words in marks after it are
#: theirs, as after a stance. Only their own things after the verb, in lower case (never ‘… carried
#: Ana Ruiz’, ‘… sentenced him’); "owner" is the "his" or "her" that tells their sex, "doing" what they
#: do as part of who they are.
RE_GESTURE_ENDS = LazyPattern(
    r"(?P<doing> \p{Ll}+ing(?: [\p{Ll}\-]+){1,2}?)?"  # (what they do, after the noun: ‘a trader selling tomatoes’)
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(GESTURE_VERBS)) + r")"
    r"(?: (?:up|back|down|again|slowly|quietly|silently|wearily|sadly))?"
    r"(?: (?:(?:on|in|at|over|into|by|against|outside|beside|behind|under|across) )?(?:the|a|an|(?P<owner>his|her)) (?:[\p{Ll}\-]+ ){0,2}?[\p{Ll}\-]+)?"
    r"(?=[.!?](?:\s|$))")

#: A name given right after someone described (‘a girl named Priya Anand’, ‘A woman seated near the
#: front, who later identified herself as X,’).
RE_NAMED_NEXT = LazyPattern(r"(?: [\p{Ll}\-]+){0,4}?(?: named| called|, who [^.,;]{0,30}?(?:identified|introduced|gave) )")


def _owner_of_voice(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one whose voice, eyes or hands the last sentence of a paragraph opens with (‘His wife,
    Denise Okafor, spoke first. Her voice was steady.’): the "her" as a pronoun, resolved there."""
    ends = [e for e in sentence_ends(text, lo, hi) if text[e:hi].strip()]  # (the last sentence's start)
    m = RE_VOICE_OPENS.match(text, ends[-1] if ends else lo, hi)
    if m is None:
        return None
    at = m.start(1)
    pronoun = Mention(at, at + len(m.group(1)), "she" if m.group(1) == "Her" else "he", "pronoun")
    position, cast.position = cast.position, at
    p, _ = cast.resolve(pronoun)
    cast.position = position
    return (pronoun, p) if p is not None else None


#: A sentence that opens with someone's voice or manner (‘Her voice was steady.’, ‘His hands shook.’).
RE_VOICE_OPENS = LazyPattern(r"\s*(His|Her) (?:voice|eyes|hands|face|tone|words|answer|reply"
                               r"|" + _SAYINGS + r") ")

#: A sentence of one's own saying, ending right before the words (‘Her answer is always the same. “…”’).
RE_OWN_SAYING_BEFORE = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?”\"’] ))(?:His|Her) (?:"
                                     + _SAYINGS + r") (?:was|is|remained|remains) "
                                     r"(?:\p{Ll}+ ){0,2}\p{Ll}+\.\s*$")


def _described_person(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one person the article names that a definite description or a kin word stands for
    ("the guitarist", "Their mother", "The 72-year-old"), if any."""
    if m.text.split()[0].lower() not in ("the", "his", "her", "their"):
        return None
    age = RE_THE_AGE.fullmatch(m.text)
    if age is not None:
        return _person_of_age(text, age.group(1), m.start, cast)
    if m.text.lower() in ("the former", "the latter"):
        return _former_or_latter(text, m, cast)
    p = cast.resolve(m)[0]
    if p is None or p.kind != "name":
        return None
    words = m.text.lower().split()[1:-1]  # (every word before the head in a role of theirs: never
    # ‘The Afro-Colombian journalist’ for another journalist)
    roles = " ".join(cast.roles_of(p)).lower().split()
    return p if all(w in roles for w in words) else None


#: A document's cues in the present tense (‘…,” it says’).
DOCUMENT_PRESENT_CUES = frozenset("says states reads".split())

#: A sentence that opens with a common noun after an article (‘The law bans …’).
RE_THING_OPENS = LazyPattern(r"\s*(?:The|A|An|This|That) \p{Ll}")

#: An opening clause in which the reporter contacts a body by name, before the "it" that answers:
#: ‘When we contacted Zestline Broadband, it said:’, ‘After The Herald approached Northgate Homes
#: about the leak, it said’ (group 1: the body's name; a few words of topic may follow it).
#:
#: >>> RE_CONTACTED_BODY.fullmatch("When we contacted Acme Energy, ").group(1)
#: 'Acme Energy'
#: >>> RE_CONTACTED_BODY.fullmatch("After Money approached Harbourview Rentals about her case, ").group(1)
#: 'Harbourview Rentals'
#: >>> RE_CONTACTED_BODY.fullmatch("When we contacted her, ") is None
#: True
RE_CONTACTED_BODY = LazyPattern(
    r"\s*(?:When|After|Once|Since|Before) (?:we|I|(?:the |The )?\p{Lu}[\p{L}’']*(?: \p{Lu}[\p{L}’']*)?) "
    r"(?:" + "|".join(sorted(CONTACT_VERBS)) + r") (\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:&|and|of) )?(?: ?\p{Lu}[\p{L}\p{M}&’'\-]*){0,4})"
    r"(?: (?:about|over|regarding|on|for) [^,;:“”\"]{1,60})?, ")


def _contacted_body(text: str, lo: int, at: int, cast: Cast) -> Person | None:
    """The body the sentence's opening clause says the reporter contacted, which the "it" right
    after the clause stands for: ‘When we contacted Zestline Broadband, it said: “…”’ (never a person
    the article knows, ‘When we contacted Dean Ryan, it said’ names no body)."""
    m = RE_CONTACTED_BODY.fullmatch(text, lo, at)
    if m is None:
        return None
    words = m.group(1).split()
    known = cast.by_surname.get(words[-1].rstrip(".").lower())
    if gender_of(words[0]) is not None or words[0].rstrip(".").lower() in HONORIFICS or (known is not None and (
            known.personlike or known.titled or known.gender is not None)):
        return None  # (no one with a given name, a title or a sex: a person is never "it")
    if len(words) > 1 and not (is_organisation(words) or words[-1].lower() in BUSINESS_WORDS or words[-1].lower() in ORG_WORDS):
        return None  # (a name of two words or more that says nothing of a body: ‘When we contacted Dean Ryan’)
    return Person(m.group(1), kind="organisation")


def _body_letters(name: str, text: str) -> bool:
    """A name that is a body's letters, one word of capitals (‘IPOA’, ‘ODPP’, ‘KeNHA’) that the text
    writes in brackets after the body's name or before a word in lower case (‘IPOA disagreed’): a body
    an "it" may stand for, never a person (‘IPOA disagreed. “…,” it said’); never a dateline's
    capitals (‘LOS ANGELES —’).

    >>> _body_letters("IPOA", "IPOA disagreed."), _body_letters("KeNHA", "The KeNHA said"), _body_letters("Ipoa", "Ipoa said")
    (True, True, False)
    >>> _body_letters("LOS", "LOS ANGELES — Actress …"), _body_letters("Anne Makori", "Anne Makori said")
    (False, False)
    """
    if " " in name or not name.isalpha() or not name[:1].isupper() or sum(c.isupper() for c in name) < 3 \
            or sum(c.isupper() for c in name) * 2 <= len(name):
        return False
    return regex.search(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?: \p{Ll}|\))", text) is not None


#: A description that runs on past a name after "from" or "by" into a lower-case word that is no small
#: word of a name's or a phrase's: its verb (‘a framed letter from Fenwick hangs by the front’).
#:
#: >>> bool(RE_RUNS_PAST_NAME.search("a framed letter from Fenwick hangs by the front"))
#: True
#: >>> bool(RE_RUNS_PAST_NAME.search("a letter from the Bank of England")), bool(RE_RUNS_PAST_NAME.search("a note from Kim to staff"))
#: (False, False)
RE_RUNS_PAST_NAME = LazyPattern(r" (?:from|by) (?:\p{Lu}[\p{L}\p{M}’'\-]* )+(?!(?:and|or|of|for|to|in|on|at|with|from|by|the|a|an)\b)\p{Ll}")


def _body_for_it(text: str, sp: Span, at: int, paras: list[tuple[int, int]], cast: Cast, cue: str = "") -> Person | None:
    """The body or the document an "it" that speaks stands for: the subject of its own sentence
    (‘The group seeks … what it calls “…”’), else the one quoted just before, in its paragraph or
    the one before, when that is a body (‘“…,” the ministry said. … “…,” it added’; never a
    person's), else the subject of a sentence before (‘The IMF said growth was slowing. It said the
    risks were “…”’; ‘The email, released by …, was sent at …. “…,” it reads’): an organisation,
    a place, a body described or a document, never a person."""
    authors: list[Person] = []  # the subjects read as a document's author (see subject_of)

    def bodylike(p: Person) -> bool:
        if any(p is q for q in authors):
            return True
        if p.kind == "description" and (" from " in p.name or " by " in p.name) \
                and RE_RUNS_PAST_NAME.search(p.name) is not None:  # (a cheap exact prefilter: the pattern needs either)
            return False  # (a subject read on past its sender into its verb: ‘a framed letter from Fenwick
            # hangs by the front’ is no one)
        head = description_head(p.name) if p.kind == "description" else None
        return p.kind == "organisation" or p.placelike or (head is not None and not p.plural and (
            head in BODY_NOUNS or head in ORG_WORDS or head in THING_NOUNS or head in WRITTEN_NOUNS)) or (
            # (any body's noun: ‘The panel was unmoved. It said the law had “…”’)
            p.kind == "name" and p.gender is None and not p.titled
            and (p.name.rsplit(" ", 1)[-1].lower() in BUSINESS_WORDS or p.name.rsplit(" ", 1)[-1].lower() in ORG_WORDS
                 or _body_letters(p.name, text)))

    def subject_of(x: int, y: int) -> Person | None:
        if text[x:x + 1].isupper() and (dateline := RE_DATELINE.match(text, x, y)) is not None:
            x = dateline.end()  # (past a dateline: ‘NAIROBI — The audit, released by …, found …. It said’)
        m = sentence_subject(text, tokenize(text, x, y), cast.knows)
        if m is None or m.start >= at or m.kind == "pronoun" or sp.start <= m.start < sp.end:
            return None  # (never a body in the words themselves: ‘“The OOW did not detect …,” it said’)
        who = cast.resolve(m)[0]
        if who is not None and m.kind == "name" and not _named_person(who) \
                and RE_AUTHORED_LEAD.search(text, max(x, m.start - 100), m.start) is not None:
            authors.append(who)  # the author of the document that opens the sentence, whatever it is called:
            # ‘A report by consultants WasteWise Advisory found …, though it cautioned that “…”’
        if who is not None and who.kind == "description" and (noun := description_head(who.name)) in BODY_NOUNS:
            spoke = next((p for pos, p in reversed(cast.speakers) if m.start <= pos < at), None)
            if spoke is not None and spoke.kind == "organisation" and _body_of_kind(spoke.name.split(), noun):
                return spoke  # the body "the federation" was found to be when it spoke (‘The federation said it
                # would “…”. “…,” it said’), never the words as written
        return who

    bounds = []
    for p_lo, p_hi in ([paras[sp.paragraph - 1]] if sp.paragraph > 0 else []) + [(sp.para_start, at)]:
        p_lo, p_hi = max(p_lo, at - CONTEXT_CHARS), min(p_hi, at)
        if p_lo < p_hi:
            ends = sentence_ends(text, p_lo, p_hi)
            bounds += zip([p_lo, *ends], [*ends, p_hi])
    bounds = bounds[-4:]
    if bounds and bounds[-1][1] == at:
        own_lo = bounds[-1][0]
        own = subject_of(*bounds.pop())
        if own is not None and bodylike(own):
            return own
        if (contacted := _contacted_body(text, own_lo, at, cast)) is not None:
            return contacted  # (the body the opening clause contacted: ‘When we contacted X, it said’)
    earliest = paras[sp.paragraph - 1][0] if sp.paragraph > 0 else sp.para_start
    last = next(((pos, p) for pos, p in reversed(cast.speakers) if pos < at), None)
    if cue in CONTINUING_CUES and last is not None and last[0] >= earliest:
        return last[1] if bodylike(last[1]) else None  # ‘“…,” Boeing said. The ruling follows …. “…,” it added’
    before = subject_of(*bounds[-1]) if bounds else None
    if bounds and before is None and RE_THING_OPENS.match(text, bounds[-1][0]) and cue in DOCUMENT_PRESENT_CUES:
        return None  # a thing opens the sentence before: ‘The law bans plastic bags. “…,” it says’
    if before is not None:
        # the subject of the sentence just before: a body or a document brought in there (‘The
        # watchdog disagrees. “…,” it said’, ‘A leaked memo … tells a different story. “…,” it says’),
        # or a thing that speaks for no one (‘The law bans …’)
        if bodylike(before):
            return before
        if before.kind == "description" and not _person_noun(description_head(before.name) or "") and cue in DOCUMENT_PRESENT_CUES:
            return None
    if last is not None and last[0] >= earliest:
        return last[1] if bodylike(last[1]) else None
    for x, y in reversed(bounds[-3:-1]):
        p = subject_of(x, y)
        if p is not None and bodylike(p):
            return p
    return None


#: A paragraph that opens with the writer's own question, asked of no one named: ‘“Do you miss
#: it?” I ask, as we walk back.’, ‘“Are you nervous?” I asked him.’ (never ‘… I ask Ms. Cole.’).
RE_WRITER_QUESTION_PARAGRAPH = LazyPattern(r"[“‘\"'][^\n“”\"]{1,300}\?[”’\"'] I (?:ask|asked)(?: (?:him|her))?"
                                           r"(?:[.,;!]|[ \t]*(?:\n|$))")

#: How often the subject of a profile is named, at least, before it is taken for the one answering
#: the writer.
PROFILE_MIN_NAMED = 3


def _profile_answer(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found,
                    gender: str) -> Person | None:
    """The "he" or "she" who answers the writer's own question, asked of no one named in the paragraph
    before (‘“Do you still play?” I ask. / “When I'm asked,” he says.’): the one the article is
    about, the person of that sex it names most often, in its opening paragraphs too; never the
    last one quoted before the question, a bystander. None when the answer's paragraph names
    someone before the pronoun, or when two people of that sex are named as often."""
    if sp.paragraph == 0 or found.mention is None or found.mention.start < sp.para_start:
        return None
    q_lo, q_hi = paras[sp.paragraph - 1]
    if text.find(" I ask", q_lo, q_hi) < 0 or RE_WRITER_QUESTION_PARAGRAPH.match(text, q_lo, q_hi) is None:
        # (a cheap exact prefilter first: the pattern needs the writer's " I ask" or " I asked")
        return None
    between = text[sp.para_start:min(sp.open_at, found.mention.start)]
    if any(w.group().lower() not in FUNCTION_WORDS for w in RE_CAPWORD.finditer(between)):
        return None  # (‘Ogunbiyi laughs. “…,” he says’: the one named; ‘She thinks about it. “…,” she says’ goes on)
    opening = paras[min(2, len(paras) - 1)][1]
    counts = []
    for p in itertools.islice(cast.by_surname.values(), cast.window):
        if p.kind != "name" or " " not in p.name or p.plural or p.placelike or is_organisation(p.name.split()) \
                or (p.gender or gender_of(p.name.split()[0])) != gender:
            continue
        surname = p.name.split()[-1]
        counts.append((sum(1 for _ in word_positions(text, surname, 0, q_lo)), p))  # (named before the question:
        # never ‘pointing at Ward’ in the answer)
    counts.sort(key=lambda c: -c[0])
    if not counts or counts[0][0] < PROFILE_MIN_NAMED or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    p = counts[0][1]
    if next(word_positions(text, p.name.split()[-1], 0, opening), None) is None:
        return None  # (the one the opening names: a profile's subject)
    if sp.paragraph >= 2:
        b_lo, b_hi = paras[sp.paragraph - 2]
        if not any(c in text[b_lo:b_hi] for c in "“”\"‘’") and any(
                other is not p and next(word_positions(text, other.name.split()[-1], 0, b_lo), None) is None
                and next(word_positions(text, other.name.split()[-1], b_lo, b_hi), None) is not None
                for _, other in counts):
            return None  # (someone of that sex brought in, unquoted, right before the question: the one asked,
            # ‘The farm manager, Kofi Boateng, walks over. / “How long …?” I ask. / “Twelve years,” he says.’)
    return p


#: A run of capitalised words, one or more (‘Haldane’, ‘Dave Kimbrough’), for a short paragraph's names.
RE_CAPITAL_RUN = LazyPattern(r"(?<![\p{L}’'\-])\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*)*")


def _lone_speaker_before(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found) -> Person | None:
    """The one person a narrative paragraph names, when a quotation opening the next paragraph has
    a "he" or "she" that would go to an earlier speaker: someone already quoted, of the pronoun's
    sex, the only person that paragraph names (‘Analyst X said on air …. / The win earned Haldane
    $1.6 million. / “I'm going to call my mom,” he said’ is Haldane's). Never when the paragraph
    quotes anyone, names anyone else, or its one named has not spoken (‘Police arrested Smith. /
    “…,” he said’ stays the officer's)."""
    gender = GENDERS.get(found.mention.text.lower())
    if gender is None or sp.open_at != sp.para_start or sp.paragraph == 0 or found.person is None:
        return None
    p_lo, p_hi = paras[sp.paragraph - 1]
    if p_hi - p_lo > 400 or any(c in text[p_lo:p_hi] for c in "“”\"‘«`") or "''" in text[p_lo:p_hi]:
        return None
    lone = None
    for run in RE_CAPITAL_RUN.finditer(text, p_lo, p_hi):
        words = run.group().split()
        if len(words) == 1 and words[0].lower() in FUNCTION_WORDS:
            continue  # (a sentence's capitalised first word: ‘The’, ‘After’, ‘And’)
        last = words[-1].removesuffix("’s").removesuffix("'s")
        p = cast.by_surname.get(last.lower())  # (a look-up only: resolving would add whoever the run names)
        if p is None or p.kind != "name" or (lone is not None and p is not lone) or " " not in p.name \
                or cast.namesakes.get(last.lower()) or not p.name.endswith(" " + last) \
                or (len(words) > 1 and not p.name.endswith(" ".join(words[:-1] + [last]))):
            return None  # (every capitalised word the one person's name: ‘The win earned Haldane $1.6 million.’)
        lone = p
    if lone is None or lone is found.person or lone.gender != gender or not lone.spoke \
            or OBJECT_OF_SEX[gender].search(text, p_lo, p_hi):
        return None  # (never when a "him" or "her" in it may stand for the one quoted before)
    return lone


def _hailed_replier(text: str, sp: Span, before: list[Span], cast: Cast, found: Found, gender: str) -> Person | None:
    """The one a question alone in the paragraph before calls by name, for the "he" or "she" of a
    reply right after it: ‘“Yes or no, Mr. Petrov?” / “We will replace it,” he replied.’ is Petrov's,
    whoever else the article named last (one person of the pronoun's sex called, or none)."""
    q = before[-1] if before else None
    if q is None or q.paragraph != sp.paragraph - 1 or sp.open_at != sp.para_start or q.open_at != q.para_start \
            or (found.cue or "").lower() not in REPLY_CUES or not text[q.start:q.end].rstrip().endswith("?"):
        return None
    content = text[q.start:q.end]
    return _only_one(p for _, p in cast.recent if p.kind == "name" and p.gender in (None, gender) and _hails(content, p.name))


#: A sentence that opens with "The" and up to three words, one of which may be an office (‘The
#: president himself’, ‘The prime minister’, ‘The Taoiseach’, ‘The new health secretary’); group 1 those words.
RE_OFFICE_OPENING = LazyPattern(r"The ((?:[\p{L}\-]+ ){0,2}[\p{L}\-]+)\b(?![’'])")


def _office_subject_before(text: str, sp: Span, found: Found, cast: Cast) -> Person | None:
    """For a "he" or "she" that opens its sentence and speaks before the words, the named person
    the sentence before in the paragraph is about by an office (‘The minister herself has been
    cautious. Asked on Monday, she called the plan “premature”’, ‘The president himself has sent
    mixed signals. In an interview, he called her “fantastic”’), when the pronoun found someone
    else; none when anyone else is named between (‘The coach dropped Reyes. He called it “…”’)."""
    gender = GENDERS.get(found.mention.text.lower())
    ends = sentence_ends(text, sp.para_start, found.mention.start) if gender is not None else []
    if not ends or found.mention.start > sp.open_at:
        return None
    prev = ends[-2] if len(ends) > 1 else sp.para_start
    opening = RE_OFFICE_OPENING.match(text, prev + len(text[prev:ends[-1]]) - len(text[prev:ends[-1]].lstrip()), ends[-1])
    if opening is None or not any(w in ROLE_NOUNS for w in opening.group(1).lower().split()):
        return None  # (only a sentence that opens with "The" and an office: read before the cast is asked,
        # and before the pronoun's own sentence is parsed, the costlier test)
    own = tokenize(text, ends[-1], sp.open_at)
    subject = sentence_subject(text, own, cast.knows) if own else None
    if subject is None or subject.start != found.mention.start:
        return None  # (only the pronoun that is its sentence's subject)
    ms = _last_sentence_subject(text, sp.para_start, ends[-1], cast, main_clause=True, described=True)
    if ms is None or ms[0].kind != "description" or ms[1].kind != "name" or ms[1].name == found.person.name \
            or ms[1].gender not in (None, gender) or ms[0].text.split()[0].lower() != "the" \
            or (head := description_head(ms[0].text)) not in ROLE_NOUNS or GENDERED_NOUNS.get(head, gender) != gender:
        return None
    if "former" not in ms[0].text.lower().split() and cast.sole_office_holder(head) is not ms[1]:
        return None  # (only the article's one holder of the office: never with two presidents in the story;
        # a former one is told apart by the word)
    if any(q is not ms[1] and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in text[ms[0].end:found.mention.start]
           for q in cast.by_surname.values()):
        return None  # (someone else named after the office: the pronoun may be theirs)
    return ms[1]


def _pronoun_subject(text: str, sp: Span, lo: int, before: list[Span], paras: list[tuple[int, int]],
                     cast: Cast, found: Found) -> Person | None:
    """The subject of the sentence before a quotation, when a "he" or "she" after it would go to
    someone else: the person that sentence is about, of the pronoun's gender (‘After the hearing,
    his daughter, Elena Ruiz, said …. “He is still my father,” she said.’), however the sentence
    opens. ``before`` are the quotations just before: a name inside one is no subject."""
    gender = GENDERS.get(found.mention.text.lower()) if found.mention is not None else None
    if gender is None:
        return None
    answerer = _profile_answer(text, sp, paras, cast, found, gender) or _hailed_replier(text, sp, before, cast, found, gender)
    if answerer is not None:
        return answerer
    if sp.open_at > lo:
        ms = _last_sentence_subject(text, lo, sp.open_at, cast, main_clause=True, described=True)
        s_lo, s_hi = lo, sp.open_at
    elif sp.open_at == sp.para_start and sp.paragraph > 0:
        p_lo, p_hi = paras[sp.paragraph - 1]
        ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast, main_clause=True, described=True)
        s_lo, s_hi = p_lo, p_hi
    else:
        return None
    asking = RE_ASKING_WHOM.search(text, max(s_lo, s_hi - 200), s_hi) if sp.open_at == sp.para_start else None
    if asking is not None:  # (an answer in a paragraph of its own: in the asker's paragraph, the asker goes on)  # ‘Whitcomb opened with a question, asking Kittering whether he would …. / “…,” he
        # said.’: the one asked answers, never the asker the sentence is about
        p, _ = cast.resolve(Mention(asking.start(1), asking.end(1), asking.group(1), "name"))
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None
    put = None
    for put in RE_WRITER_ASKS.finditer(text, max(s_lo, s_hi - 300), s_hi):
        pass  # (the last of them)
    if put is not None and put.group(2).lower() == found.mention.text.lower() \
            and all(not text[e:s_hi].strip(" \n\t”\"’") for e in sentence_ends(text, put.end(), s_hi)):
        # the writer's own question or news put to someone, whose "he"/"she" follows: ‘When I put this to
        # Mehta, he winced. “…,” he said’, ‘I asked Mensah how she copes. “…,” she said’
        p, _ = cast.resolve(Mention(put.start(1), put.end(1), put.group(1), "name"))
        return p if p is not None and p.kind == "name" and p.gender in (None, gender) else None
    put = RE_WRITER_ASKS_DESCRIBED.search(text, max(s_lo, s_hi - 300), s_hi) if put is None else None
    told = RE_WRITER_TELLS_DESCRIBED.search(text, max(s_lo, s_hi - 300), s_hi) if put is None else None
    if told is not None and _writer_told_described(text, told, found.mention.text, gender, s_hi):
        put = told  # (‘When I mentioned the duck to a server, she nodded. “…,” she said’: the server)
    if put is not None and put.group(2).lower() == found.mention.text.lower() \
            and (GENDERED_NOUNS.get(description_head(put.group(1)) or "") == gender or put is told) \
            and all(not text[e:s_hi].strip(" \n\t”\"’") for e in sentence_ends(text, put.end(), s_hi)):
        # (or someone described, whom a noun of the pronoun's sex tells: ‘I asked a woman in her 60s why
        # she had voted. “…,” she said’)
        p, _ = cast.resolve(Mention(put.start(1), put.end(1), put.group(1), "description"))
        return p if p is not None and p.kind == "description" and p.gender in (None, gender) else None
    if ms is not None and ms[1].kind == "description" and ms[0].start in cast._spoke_at:
        # (a described speaker found to be someone named is them: ‘…,” said the proud father. “…,” he added’)
        ms = (ms[0], next((q for pos, q in reversed(cast.speakers) if pos == ms[0].start), ms[1]))
    inside = next((b for b in before if ms is not None and b.start <= ms[0].start < b.end), None)
    if inside is not None and s_lo < inside.open_at and sp.open_at == sp.para_start:
        # a paragraph that ends in a quotation: its subject is the one of the sentence the quotation
        # stands in, never a name inside it (‘Benavides said evidence would show Kowalczyk had
        # texted a friend: “… Mateo passed out …” / “…,” she said.’ is Benavides's)
        ms = _last_sentence_subject(text, s_lo, inside.open_at, cast, main_clause=True, described=True, reporter=True)
        inside = None
    if ms is None and (kept := _kept_back_speaker(text, s_lo, s_hi, gender)) is not None:
        return cast.resolve(kept)[0]
    if ms is None and (brought := _brought_in_with(text, s_lo, s_hi, cast, gender)) is not None:
        return brought  # (‘The drama award went to the BBC series, with producer Anna Kellett collecting
        # the prize. / “…,” she said’: the producer, never the actress of the paragraph before)
    if ms is not None and ms[0].kind == "pronoun" and ms[0].text.lower() == found.mention.text.lower() \
            and (kept := _kept_back_set_off_speaker(text, s_lo, s_hi, gender)) is not None:
        return cast.resolve(kept)[0]  # (‘A nurse at a clinic in Leeds, who asked not to be named because she
        # …, told a different story. Her ward, she said, …. / “…,” she said’: the one described, never a
        # woman named paragraphs before)  # (‘A petroleum marketer who asked not to be named because he was not
        # authorised to speak said …. / “…,” he said’: the one described, never a man named before)
    if ms is None or ms[1] is found.person or ms[0].kind == "pronoun" or inside is not None \
            or (ms[0].kind == "name" and " " not in ms[0].text and found.person is not None
                and found.person.kind == "name" and found.person.name.endswith(" " + ms[0].text)) \
            or any(b.start <= ms[0].start < b.end for b in before) \
            or RE_TOLD_BY_BEFORE.search(text, max(0, ms[0].start - 16), ms[0].start) is not None:
        return None  # (never a name inside a quotation: ‘“… except Trump,” said Mr. Stevens’; nor a bare
        # surname the one the pronoun found bears: of two who share it, the resolution chose by sex; nor one who
        # told the subject something: ‘He often recalled being told by a colonial officer that …’)
    if regex.search(rf"\basked (?:him |her )?(?:if|whether) {found.mention.text.lower()}\b", text[ms[0].end:s_hi]) is not None:
        return None  # (never one who asked about the "he": ‘A reporter asked if he had lost the dressing room. /
        # “Go and ask them,” he said’)
    if ms[0].kind == "description" and ms[1].kind == "name" and ms[1].gender in (None, gender) \
            and GENDERED_NOUNS.get(description_head(ms[0].text) or "", gender) == gender \
            and not (ms[1].gender is None and text.startswith(("He ", "She ", "His ", "Her "), sp.start)) \
            and not OBJECT_OF_SEX[gender].search(text, _past_intensifier(text, ms[0].end), s_hi if sp.open_at == sp.para_start else sp.open_at):
        return ms[1]  # (‘Their mother has a simpler explanation. “…,” she said’: Ngozi Okafor, named as
        # their mother; ‘The 72-year-old looked up. “…,” he said’)
    if ms[0].kind == "description" and ms[1].kind == "name":
        return None  # (but ‘The coach wanted to rest him. “…,” he said’ may be the one rested)
    if ms[1].kind == "description" and description_head(ms[1].name) in UNMARKED_PLURALS:
        return None  # a group under a singular noun is never a "he" or "she": ‘Dr Ann Lee said the figures showed
        # what staff had long warned of. “…,” she said’ is Dr Lee's, never the staff's
    if not (ms[1].kind == "name" and (ms[1].gender == gender or (
            ms[1].gender is None and " " not in ms[1].name and (
                _set_off_role(text, ms[0].end) or (
                    gender_of(ms[1].name) == gender and ms[1].name.lower() not in ONE_WORD_PLACES
                    and (RE_PERSON_SET_OFF.match(text, ms[0].end) is not None or (
                        (noun := RE_NOUN_BEFORE_NAME.search(text, max(0, ms[0].start - 30), ms[0].start)) is not None
                        and noun.group(1) in DESCRIPTION_NOUNS and noun.group(1) not in THING_NOUNS))))) or (  # (‘Another caller, Derek, a
            # retired postman,’, ‘Rihanna, who was honored …,’; never a place: ‘Madison, whose lakes …,’)
            ms[1].gender is None and " " in ms[1].name and (RE_SAID_AFTER.match(text, ms[0].end) or RE_SAID_BEFORE_NAME.search(
                text, max(0, ms[0].start - 60), ms[0].start))))) and not (
            ms[1].kind == "description" and ms[1].gender in (None, gender) and not ms[1].plural
            and (_unnamed_person(description_head(ms[1].name), text, ms[0].end if (
                ms[0].text.split()[0].lower() in ("a", "an", "one", "another") and (found.person is None
                or found.person.kind == "name" or found.person.name.lower() != ms[1].name.lower())) else ms[0].start)
                 or (found.person is None and _unheld_office(ms[1].name, cast))
                 or _trade_told_by_who(text, ms[0], description_head(ms[1].name))
                 or (RE_GESTURE_ENDS.match(text, ms[0].end) is not None  # (‘At the market, a trader shook her head.’)
                     and (ms[1].gender is not None or found.person is None or found.person.kind != "name" or " " not in found.person.name)
                     and _brought_in_after_opening(text, ms[0], description_head(ms[1].name))))
            and not OTHER_SEX[gender].search(text, ms[0].end, sp.open_at)):
        return None  # (a person of the pronoun's sex, or one described: ‘The victim said he could not
        # sleep. “…,” he said.’ is the victim's, never the attacker's named before)
    if (text[max(0, ms[0].start - 6):ms[0].start].endswith((" and ", " or "))
        and not text[max(0, ms[0].start - 6):ms[0].start].endswith((", and ", ", or "))) \
            or text.startswith((" and ", " or "), ms[0].end):
        return None  # (one of two: ‘President Barack Obama and Vice President Joe Biden place flowers’; but a
        # clause's own subject after ", and" is one: ‘…, and Tillotson would not commit to him’)
    prev_word = text[max(0, ms[0].start - 30):ms[0].start].split()[-1:]
    if ms[1].kind == "name" and ms[1].gender is None and (
            (prev_word and prev_word[0].lower().endswith("-based"))
            or cast.firm_named(ms[1]) or ms[1].name.rsplit(" ", 1)[-1].lower() in ORG_WORDS):
        return None  # a firm, never a "he" or "she": ‘Carmen Ortega of Hong Kong-based Istmo Shipping said’
    if prev_word and prev_word[0].isalpha() and prev_word[0].islower() and not _title_noun(prev_word[0]) \
            and prev_word[0] not in ROLE_WORDS_BEFORE and prev_word[0] not in FUNCTION_WORDS \
            and prev_word[0] not in SPEECH_VERBS and ms[0].text.split()[0].rstrip(".").lower() not in ROLE_NOUNS \
            and not cast.opens_sentence(ms[0].start):  # (a title before a name opening it: ‘Tribal elder Vernon Thomas said’)
        return None  # (an object: ‘Jake Lowe beat Sam Ortiz in the final’; but ‘said X’, ‘but X’, and a
        # title's word: ‘Sabah state assembly Speaker Datuk Jeffrey Lojingau said’)
    if ms[0].kind == "description" and text.startswith(",", ms[0].end) and (
            not (text.startswith((", who ", ", whose "), ms[0].end) or RE_PARTICIPLE_SET_OFF.match(text, ms[0].end)
                 or RE_DESCRIPTION_SET_OFF.match(text, ms[0].end))
            or RE_ALIAS.match(text, ms[0].end)
            or (found.person is not None and found.person.kind == "description" and not (
                ms[0].text.split()[0].lower() in ("a", "an", "one", "another")
                and found.person.name.lower() != ms[1].name.lower()
                and found.person.name.lower() not in text[ms[0].end:s_hi].lower()))):
        return None  # (‘The minister of the economy, Mr. X, argues’: the name set off is the one; but
        # ‘A former kitchen supervisor, who asked not to be named, said’ is the one described, over a
        # name the pronoun found, unless the clause gives the name they go by: ‘One man, who gave his
        # name only as Ray,’; and over one described before: ‘Another customer, who declined to give
        # his name, was less forgiving.’ is not "an employee" of three paragraphs back, unless the one
        # the pronoun found is set off there: ‘Another committee member, a woman who asked …,’)
    return ms[1]


#: Another of the pronoun's sex acted on in the sentence of a described subject (‘The coach wanted to
#: rest him.’): the "he" after it may be that one.
OBJECT_OF_SEX = {"m": regex.compile(r"\b(?:him|his|himself)\b"), "f": regex.compile(r"\b(?:her|herself)\b")}

#: A reflexive right after a subject, which only stresses it (‘The minister himself acknowledged …’): no
#: one else acted on.
INTENSIFIER_AFTER_SUBJECT = (" himself ", " herself ", " himself, ", " herself, ")


def _past_intensifier(text: str, end: int) -> int:
    """Where the sentence goes on after a subject ending at ``end``, past a reflexive that stresses it
    (‘The Minister himself acknowledged that Ireland …’): that "himself" is the subject's own, never
    another man acted on (‘The coach wanted to rest him.’ is).

    >>> t = "The minister himself acknowledged it"
    >>> t[_past_intensifier(t, 12):]
    ' acknowledged it'
    """
    for reflexive in INTENSIFIER_AFTER_SUBJECT:
        if text.startswith(reflexive, end):
            return end + len(reflexive) - 1
    return end


def _trade_told_by_who(text: str, m: Mention, head: str | None) -> bool:
    """A described subject whose head names a trade that may be a firm ("retailer", "dealer"), made a
    person by the relative "who" set off after it (‘One Birmingham retailer, who asked not to be
    named, admitted …’; never ‘One retailer, which …’)."""
    return head is not None and head in THING_NOUNS and m.text.split()[0].lower() in ("a", "an", "one", "another") \
        and text.startswith(", who ", m.end) and RE_WHO_SILENT.match(text, m.end) is None


#: A "who" clause that says the one described would not speak (‘A timber supplier, who declined to
#: comment, told customers in a letter …’): no person the next "he" can be.
RE_WHO_SILENT = LazyPattern(r", who (?:[^,.;:“”\"\n]{0,30}?\b)?(?:declined|refused|did not (?:respond|reply|return)|"
                            r"could not be reached|was not available|had no comment|would not comment)")


#: A sentence that opens with someone unnamed, a relative clause with no commas that keeps their name
#: back, and then the sentence's own speech verb (‘A petroleum marketer who asked not to be named
#: because he was not authorised to speak for his company said …’): group 1 is the one described.
#:
#: >>> RE_KEPT_BACK_SPEAKER.match("A bank official who spoke on condition of anonymity said it was late.").group(1)
#: 'A bank official'
RE_KEPT_BACK_SPEAKER = LazyPattern(
    r"((?:A|An|One|Another) (?:[\p{Ll}\-]+ ){0,3}[\p{Ll}\-]+) who (?:asked|declined|requested|refused|spoke|did not want)"
    r"[^,.;:“”\"\n]{0,40}?\b(?:anonymity|anonymous|named|identified)\b[^,.;:“”\"\n]{0,100}?"
    r" (?:said|told|admitted|conceded|acknowledged|insisted|warned|argued|explained)\b")


def _kept_back_speaker(text: str, lo: int, hi: int, gender: str) -> Mention | None:
    """The one described who opens the last sentence of ``text[lo:hi]`` and speaks in it past a clause
    that keeps their name back (:data:`RE_KEPT_BACK_SPEAKER`), for a "he" or "she" after it; None when
    the clause or the noun tells the other sex (‘A nurse who asked not to be named because she …’)."""
    ends = sentence_ends(text, lo, hi)
    s = ends[-2] if len(ends) > 1 else lo
    while s < hi and text[s] in " \n\t”\"’":
        s += 1
    m = RE_KEPT_BACK_SPEAKER.match(text, s, hi)
    if m is None or OTHER_SEX[gender].search(text, m.end(1), m.end()) is not None \
            or GENDERED_NOUNS.get(description_head(m.group(1)) or "", gender) != gender:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "description")


#: A person brought into a sentence by an absolute "with" phrase, a role and a name doing something (‘…,
#: with producer Anna Kellett collecting the prize.’, ‘…, with host Jade Kilbride accepting on behalf of
#: the team.’): group 1 is the name. Matched right after ", with ".
#:
#: >>> RE_WITH_ROLE_NAME_ING.match("producer Anna Kellett collecting the prize.").group(1)
#: 'Anna Kellett'
RE_WITH_ROLE_NAME_ING = regex.compile(
    r"(?:[\p{Ll}\-]+ ){1,3}(\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){1,2}) \p{Ll}+ing\b")


#: A role owned by someone (‘her sister’, ‘his wife’): kin or company of another, never one taking a prize.
RE_WITH_OWNED_ROLE = regex.compile(r"(?:her|his|their|its|my|our) ")

#: The doing of :data:`RE_WITH_ROLE_NAME_ING` that brings one on to speak: taking a prize or the stage.
RE_WITH_HANDOVER = regex.compile(r" (?:accepting|collecting|receiving|picking up|lifting|taking|presenting|hosting)\b")


def _brought_in_with(text: str, lo: int, hi: int, cast: Cast, gender: str) -> Person | None:
    """The one named in an absolute "with" phrase (:data:`RE_WITH_ROLE_NAME_ING`) of the last sentence of
    ``text[lo:hi]``, for a "he" or "she" after it, when that sentence has no person for its subject (the
    caller's check): ‘The best comedy prize went to the network's sitcom, with showrunner Mark Ellis
    accepting on stage. / “…,” he said’ is Ellis's. None unless the name is of the pronoun's sex and the
    only one of it in the sentence."""
    ends = sentence_ends(text, lo, hi)
    s = ends[-2] if len(ends) > 1 else lo
    at = text.find(", with ", s, hi)
    if at < 0 or text.find(", with ", at + 1, hi) >= 0:
        return None
    m = RE_WITH_ROLE_NAME_ING.match(text, at + 7, hi)
    if m is None or OTHER_SEX[gender].search(text, s, hi) is not None:
        return None
    if RE_WITH_OWNED_ROLE.match(text, at + 7) is not None or RE_WITH_HANDOVER.match(text, m.end(1)) is None:
        return None  # (only one taking a prize or the stage: never ‘with her sister Jade Martin acting as maid
        # of honour’, ‘with opponent Jelena Ostapenko serving out the set’, ‘with model Kate Moss walking’)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender == gender else None


#: A sentence that opens (past a "But" or an "And") with someone unnamed, then a relative clause set off by
#: commas that keeps their name back, and the sentence's own verb (‘But a pharmacist at a store in Ohio, who
#: asked not to be identified because she was not authorised to speak, described …’): group 1 is the one
#: described, group 2 the clause.
#:
#: >>> RE_KEPT_BACK_SET_OFF.match("But a nurse at a clinic, who asked not to be named, told a story.").group(1)
#: 'a nurse at a clinic'
RE_KEPT_BACK_SET_OFF = LazyPattern(
    r"(?:(?:But|And|Yet|Still|However,) )?((?:[Aa]n?|One|one|Another|another) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+"
    r"(?: (?:at|in|for|from|with|on) (?:an?|the|one of the) (?:[\p{L}\-]+ ){0,4}?[\p{L}\-]+)?)"
    r"(, who (?:asked|declined|requested|refused|spoke|did not want)[^,.;:“”\"\n]{0,40}?\b(?:anonymity|anonymous|named|identified)\b"
    r"[^.;:“”\"\n]{0,120}?,) (?:\p{Ll}+ed|said|told|gave|saw|put)\b")

#: A capitalised word inside a sentence, never its first (‘on Tuesday’, ‘Jane Doe’ after a comma).
RE_CAPITAL_WORD_INSIDE = regex.compile(r"(?<=[\p{L},;:)]\s)\p{Lu}[\p{L}’'\-]*")

#: Sentences the one kept back may go on in before the quotation, as its "he" or "she" only (‘Her store,
#: she said, had …’): at most this many.
KEPT_BACK_REACH = 2


def _kept_back_set_off_speaker(text: str, lo: int, hi: int, gender: str) -> Mention | None:
    """The one described who opens a sentence of ``text[lo:hi]`` with a clause set off that keeps their
    name back (:data:`RE_KEPT_BACK_SET_OFF`), when the sentences after it, up to ``hi``, go on with a
    "he" or "she" of theirs and name no one (‘But a pharmacist at a store in Ohio, who asked not to be
    identified because she was not authorised to speak, described a different picture. Her store, she
    said, was short of staff. / “…,” she said’). None when the clause or the noun tells the other sex, or
    a capitalised word other than a sentence's first stands after it (someone named since, maybe)."""
    ends = [lo, *sentence_ends(text, lo, hi)]
    for s in ends[-KEPT_BACK_REACH - 1:]:
        while s < hi and text[s] in " \n\t”\"’":
            s += 1
        m = RE_KEPT_BACK_SET_OFF.match(text, s, hi)
        if m is None:
            continue
        if OTHER_SEX[gender].search(text, m.start(1), hi) is not None \
                or GENDERED_NOUNS.get(description_head(m.group(1)) or "", gender) != gender:
            return None
        if any(w.group() not in WEEKDAY_NAMES and w.group() not in MONTH_NAMES
               for w in RE_CAPITAL_WORD_INSIDE.finditer(text, m.end(2), hi)):
            return None  # (someone named since, maybe: ‘… described it. Jane Doe, his manager, disagreed.’;
            # a day or a month is no one: ‘scheduled for 96 shots on Tuesday’)
        return Mention(m.start(1), m.end(1), m.group(1), "description")
    return None


#: Someone unnamed opening a sentence (past a "But" or an "And"), a relative clause set off by commas that
#: keeps their name back wherever in it, and the sentence's own "said" or "told" (‘One of the former
#: moderators, who worked nights and asked not to be identified because she …, said’): group 1 is the one
#: described.
#:
#: >>> RE_KEPT_BACK_SAID.match("One serving inspector, who did not wish to be named, said it was hard.").group(1)
#: 'One serving inspector'
RE_KEPT_BACK_SAID = LazyPattern(
    r"(?:(?:But|And|Yet|Still|However,) )?((?:[Aa]n?|One|one|Another|another) (?:of (?:the|its|their) )?"
    r"(?:[\p{L}\-]+ ){0,4}[\p{Ll}\-]+), who [^.;:“”\"\n]{0,120}?"
    r"\b(?:anonymity|anonymously|anonymous|named|identified)\b"
    r"[^.;:“”\"\n]{0,120}?, (?:said|told)\b")


#: A clause that gives the one kept back a name to go by (‘who asked to be identified only by her first name’,
#: ‘who asked to be named only by their username’, ‘who gave only the name Ade’, ‘identified as Ms K’).
RE_NAME_GONE_BY = LazyPattern(r"\b(?:asked|agreed|wanted|chose|preferred) to be (?:named|identified|called|known)\b"
                              r"|\bonly\b|\bas \p{Lu}|\bname[ds]?,? \p{Lu}")


def _kept_back_before(text: str, sp: Span, paras: list[tuple[int, int]], pronoun: str) -> Mention | None:
    """The one described whose name a clause keeps back (:data:`RE_KEPT_BACK_SAID`), who speaks in the
    sentence right before the quotation (in its paragraph, or the last of the paragraph before when it
    opens its own), for a "he", "she" or "they" at the quotation's cue: ‘A former plant employee, who spoke
    on condition of anonymity, said …. / “…,” they said’. None when the person is of the other sex, when
    "they" may stand for people in the plural after it, or when the one described is no person."""
    if pronoun not in ("he", "she", "they"):
        return None
    if sp.open_at > sp.para_start:
        s, hi = last_sentence_start(text, sp.para_start, sp.open_at), sp.open_at
    elif sp.paragraph > 0 and sp.open_at == sp.para_start:
        p0, hi = paras[sp.paragraph - 1]
        ends = sentence_ends(text, p0, hi)
        s = ends[-1] if ends else p0  # (the paragraph's last sentence)
    else:
        return None
    while s < hi and text[s] in " \n\t”\"’":
        s += 1
    m = RE_KEPT_BACK_SAID.match(text, s, hi)
    if m is None:
        return None
    if RE_NAME_GONE_BY.search(text, m.end(1), m.end()) is not None:
        return None  # (a clause that gives a name to go by: ‘who asked to be identified only by her first
        # name, Tasha,’ is Tasha's)
    name = m.group(1)
    one_of = regex.match(r"(?i:one|another) of (?:the|its|their) ", name)
    head = (description_head(name[one_of.end():]) if one_of else description_head(name)) or ""
    noun = head[:-1] if one_of and head.endswith("s") and not head.endswith("ss") else head
    if noun not in ROLE_NOUNS and noun not in DESCRIPTION_NOUNS or noun in THING_NOUNS or noun in COLLECTIVE_NOUNS \
            or (not one_of and head.endswith("s") and not head.endswith("ss")):
        return None  # (a person, one: never ‘Two former employees, who …, said’)
    if pronoun == "they":
        if RE_PEOPLE_PLURAL.search(text, m.end(), sp.open_at) is not None \
                or RE_NAMED_PLURAL.search(text, m.end(), sp.open_at) is not None:
            return None  # (‘…, said parents were furious. “…,” they said’: maybe the parents)
    else:
        gender = "m" if pronoun == "he" else "f"
        if OTHER_SEX[gender].search(text, m.start(1), sp.open_at) is not None \
                or GENDERED_NOUNS.get(noun, gender) != gender:
            return None
        for w in RE_PERSON_NAMED_AFTER.finditer(text, m.end(), sp.open_at):
            honorific = w.group(1).rstrip(".").lower()
            sex = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get(honorific) or gender_of(w.group(1))
            if sex == gender:
                return None  # (the kept-back one reports what someone named of that sex did: ‘…, said the
                # headteacher, Clare Dunn, had not replied. “…,” she said in a statement’ is Clare Dunn's)
    return Mention(m.start(1), m.end(1), name, "description")


#: A person named by a given name or an honorific and a capitalised word (‘Clare Dunn’, ‘Mr Butler’).
RE_PERSON_NAMED_AFTER = regex.compile(r"\b(Mrs?\.?|Ms\.?|Miss|\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}")


#: A participle's clause set off after a subject (‘The defendant, speaking in a quiet voice,’).
RE_PARTICIPLE_SET_OFF = LazyPattern(r", \p{Ll}+ing\b")

#: A description set off after a subject, no name (‘Another former lab member, a postdoctoral
#: researcher who also asked not to be named,’).
RE_DESCRIPTION_SET_OFF = LazyPattern(r", an? \p{Ll}[^,.;:“”\"\p{Lu}]{0,80},")

#: A speech verb right after a subject's name: it reported speaking (‘Tribal elder Vernon Thomas said
#: the tribe would not back down. / “…,” he said.’), whatever its sex the lists know.
#: Verbs of owning up count too (‘The regional director, Chandana Perera, admitted that the fence had
#: failed. / “…,” he said.’): the one named reported speaking.
RE_SAID_AFTER = re.compile(r",? (?:said|says|told|added|argued|insisted|warned|explained"
                           r"|admitted|admits|conceded|concedes|acknowledged|acknowledges)\b")

#: The same verb inverted before the name, ending a sentence of reported speech (‘Endorsements carry
#: less weight now, said Professor Andrea Kowal. / “…,” she said.’): the one it reported speaking.
RE_SAID_BEFORE_NAME = regex.compile(r", (?:said|says|added|adds|argued|explained|warned) (?:\p{Lu}[\p{L}.\-]*\.? ){0,3}$")


def _set_off_role(text: str, end: int) -> bool:
    """A person's role set off after the name ending at ``end``: ‘Ferreira, the Scorpions coach,’
    (a surname alone, whose sex no word tells, is then a person's)."""
    m = RE_SET_OFF_PHRASE.match(text, end)
    return m is not None and any(w.lower() in ROLE_NOUNS for w in m.group(1).split()[-2:])


#: A phrase set off by commas after a name, opening with an article (‘, the Scorpions coach,’).
RE_SET_OFF_PHRASE = re.compile(r", (?:the|a|an) ([^,.;:“”\"]{1,60}),")


#: What a body or a person issues in their own words: "the statement said" quotes its author.
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "post", "posting", "advisory", "bulletin",
                             "filing", "warning", "alert", "notice"})

#: Owners' words before a statement that make it a body's own (‘The agency issued its highest-level
#: warning’); a person's "his" or "her" statement may be another's they read out.
BODY_OWNERS = frozenset(("its", "their"))

#: Documents a firm sends that "his" or "her" may own in an opening phrase, the firm's head the one who
#: signs it (‘In her quarterly letter to investors, Lodestar said …’).
OPENING_OWNED_NOUNS = frozenset("letter memo note".split())


def _opening_personal_owner(toks: list[Token], k: int) -> bool:
    """An opening "In his …" or "In her …" at ``k`` (‘In her quarterly letter to investors, X said’)."""
    return toks[k].word == "in" and k == _first_word(toks) and k + 1 < len(toks) and toks[k + 1].word in ("his", "her")


#: A statement's place on its issuer's own pages right after it (‘the notice posted on its website’,
#: ‘the alert on its official account’): "its" is the body the sentences before name.
RE_ON_ITS_PAGE = LazyPattern(r" (?:(?:posted|published|issued|put out|released) )?(?:on|to) its (?:official )?"
                               r"(?:website|web site|site|account|page|feed|channel)\b")

#: A letter, an email or a note speaks for its writer only when a sentence before has someone
#: write it (‘X wrote to the board’); one that someone "sent" stays the document, as written. (A
#: government's "readout" of a call is its issuer's: ‘a readout issued by the Sarandian presidency’.)
WRITTEN_NOUNS = STATEMENT_NOUNS | {"letter", "email", "e-mail", "message", "note", "tweet", "caption", "readout", "faq", "faqs"}
# (a body's FAQ page is its own words: ‘according to the studio’s FAQ’ is the studio's)

#: Verbs of writing whose subject is the author of the letter, email or post named after them
#: (‘Tom Reilly wrote to the board. “…,” the letter said.’).
WRITING_VERBS = frozenset("wrote emailed e-mailed posted tweeted texted messaged shared uploaded".split())

#: Words before "a statement" that say who gave it: "said in a statement", "issued a statement".
ISSUING_WORDS = frozenset("in issued released provided published sent gave".split())

#: People who release a statement for another, whose words it is not (‘released by her publicist’).
INTERMEDIARY_NOUNS = frozenset("lawyer lawyers attorney attorneys publicist publicists spokesman spokeswoman spokesperson "
                               "representative representatives agent agents manager managers".split())

#: Participles between a statement and its issuer (‘a statement released by the ministry’).
RELEASED_BY = frozenset("released issued published".split())

#: A body's or an officer's own document: "the district’s message", "the company's statement".
RE_OWNERS_DOCUMENT = LazyPattern(r"((?i:the) ([a-z]+))[’']s (?:[\w\-]+ )?"
                                   r"(?:statement|communiqu[eé]|release|post|advisory|bulletin|warning|alert|letter|e-?mail"
                                   r"|message|note|tweet|FAQs?)")

#: An officer's own written account, by the officer's noun: "the referee’s report", "the coroner's
#: findings", "the umpire’s match report". Group 1, the noun.
#:
#: >>> RE_ROLES_REPORT.fullmatch("the referee’s report").group(1)
#: 'referee'
RE_ROLES_REPORT = LazyPattern(r"(?i:the) ([a-z\-]+)[’']s (?:[\w\-]+ )?(?:report|findings|statement|letter|note|notes|ruling"
                              r"|decision|account|assessment|submission|summary)")

def _possessive_inside(words: str) -> bool:
    """A cheap exact prefilter for :data:`RE_ROLES_REPORT`, which needs a possessive "’s" or "'s"
    before a word."""
    return "’s " in words or "'s " in words


#: A statement named again, with nothing after it to say whose: "the statement", "the police statement".
RE_THE_STATEMENT = regex.compile(r"(?i:the|this|that|his|her|their|one|another|an?) (?:[\w’'\-]+ )?"
                                 r"(?:statement|communiqu[eé]|release|post|posting|advisory|bulletin|filing|warning|alert|letter|e-?mail"
                                 r"|message|note|notice|tweet|caption|FAQs?)")


#: A sentence that opens with a document from someone (‘A victim impact statement from the club
#: chairman, Brendan Carty, was read …’, ‘A framed letter from Fenwick hangs …’): the sender's name,
#: set off after a description of them (``set``) or right after "from" (``name``).
#:
#: >>> RE_DOCUMENT_FROM.match("A letter from the head, Ann Lee, was sent").group("set")
#: 'Ann Lee'
#: >>> RE_DOCUMENT_FROM.match("A note from Brennan is pinned").group("doc", "name")
#: ('note', 'Brennan')
#: >>> RE_DOCUMENT_FROM.match("A statement from the family of Ann Lee was read") is None
#: True
#: >>> RE_DOCUMENT_FROM.match("The council received a letter from Ann Lee on Monday") is None
#: True
RE_DOCUMENT_FROM = LazyPattern(
    r"(?:(?:An?|The)|(?<=, )citing (?:an?|the)) (?:(?!(?:a|an|the|his|her|their)\b)[\p{L}\-]+ ){0,3}?(?P<doc>statement|letter|message|note|e-?mail)s? from "
    r"(?:(?P<who>(?:the|a|an|his|her|their) [^,.;:“”\"()]{1,50}), (?:the )?(?P<set>\p{Lu}[\p{L}\p{M}’'\-]+\.?(?: \p{Lu}[\p{L}\p{M}’'\-]+\.?){1,3}),"
    r"|(?P<name>\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,3})(?= \p{Ll})"
    r"|the (?P<body>\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,3})(?=, \p{Ll}| \p{Ll}))")

#: How far before its cue the sentence that brings in a document from someone may stand.
DOCUMENT_FROM_REACH = 400


#: A sentence opening with a name that reports, before what a statement says it said (‘Adeyemi also pointed
#: out that’, ‘Park further stressed that’): group 1, the name.
#:
#: >>> RE_NAME_REPORTS_THAT.match("Adeyemi also pointed out that the closure").group(1)
#: 'Adeyemi'
RE_NAME_REPORTS_THAT = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,3})(?: also| further)? "
                                   r"(?:said|stressed|noted|pointed out|added|urged|emphasi[sz]ed|underlined|reiterated) that ")


def _statement_reports(text: str, sp: Span, mention: Mention, cast: Cast) -> Person | None:
    """The person a statement reports, when the sentence that closes with "the statement said" opens with
    them reporting (‘Zhao also pointed out that the water “…” and that Japan should “…,” the statement
    said’): the statement is how their words came out, not whose they are. Only a named person the
    article has named, never a body (‘The ministry said that …’)."""
    if mention.start < sp.open_at or mention.text.lower() not in ("the statement", "the readout", "the communique",
                                                                   "the communiqué", "the release"):
        return None
    start = _sentence_start(text, sp.para_start, sp.open_at)
    m = RE_NAME_REPORTS_THAT.match(text, start, sp.open_at)
    if m is None or any(text[e:sp.open_at].strip() for e in sentence_ends(text, m.end(), sp.open_at)):
        return None
    if RE_STATEMENT_TURN.search(text, m.end(), sp.open_at):
        return None  # (the statement's own word after the person's: ‘Lee said that the deal was a “humiliation”,
        # but this was “entirely false”, the statement said’)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    if p is None or " " not in p.name or text.find(p.name, 0, start) < 0:
        return None  # (one the article has named in full before: never ‘Officials also stressed that’)
    return p if p is not None and p.kind == "name" and not p.placelike and not p.plural else None


#: A turn to the statement's own voice between a person's report and the words (‘…, but this was’, ‘, which was’).
RE_STATEMENT_TURN = LazyPattern(r",? but |, which |\bhowever\b|, though ")


#: After the issuer a relay cites, the relay's own speech verb (‘…, citing a statement from X, said’).
RE_RELAY_SAID = LazyPattern(r",? (said|says|reported|reports)\b")


def _relayed_document_issuer(text: str, sp: Span) -> tuple[Mention, str] | None:
    """The issuer of a document that the subject of the words' sentence cites as it reports them (‘State
    media, citing a statement from the Coast Guard Command, said the vessel was stopped for “…”’): the
    document's words, its issuer's (a body or one named, :data:`RE_DOCUMENT_FROM`), with the relay's
    verb as the cue; None for any other sentence."""
    lo = _sentence_start(text, sp.para_start, sp.open_at)
    c = text.find(", citing ", lo, sp.open_at)
    if c < 0:
        return None  # (cheap: most sentences cite nothing)
    m = RE_DOCUMENT_FROM.match(text, c + 2, sp.open_at)
    if m is None or m.group("who") is not None:
        return None
    g = "set" if m.group("set") is not None else "name" if m.group("name") is not None else "body"
    said = RE_RELAY_SAID.match(text, m.end(g) + (1 if g == "set" else 0), sp.open_at)
    if said is None or any(text[e:sp.open_at].strip() for e in sentence_ends(text, said.end(), sp.open_at)):
        return None
    if any(t.word in SPEECH_VERBS or t.word in CALL_VERBS for t in tokenize(text, said.end(), sp.open_at)):
        return None  # (the statement reports another's words: ‘…, said President X had called the strikes “…”’,
        # ‘…, said the victim had shouted “…”’)
    return Mention(m.start(g), m.end(g), m.group(g), "organisation" if g == "body" else "name"), said.group(1)


def _document_sender(text: str, sp: Span, paras: list[tuple[int, int]], at: int, cast: Cast,
                     kind: str | None = None) -> Person | None:
    """The person a document came from, when one of the sentences just before the words opens with
    it (RE_DOCUMENT_FROM) and the cue names it again (‘A statement from the girl's mother, Karen Doyle,
    was read outside court. “…,” the statement said’, ``kind`` "statement") or calls it "it" (‘A
    handwritten note from Brennan is pinned above the door. “…,” it reads’, ``kind`` None, the
    sentence right before). Never one who speaks for another (‘a statement from his lawyer, X,’),
    a place or a date (‘a letter from Brussels’), nor a family's (‘a statement from the family of X’)."""
    lo = paras[sp.paragraph - 1][0] if sp.open_at == sp.para_start and sp.paragraph > 0 else sp.para_start
    lo = max(lo, at - DOCUMENT_FROM_REACH)
    k = text.find(" from ", lo, at)
    if k < 0:
        return None  # (cheap: most quotations have no document from anyone before them)
    last = None
    for start in [lo, *sentence_ends(text, lo, min(at, sp.open_at))]:
        m = RE_DOCUMENT_FROM.match(text, start + len(text[start:at]) - len(text[start:at].lstrip()), at)
        if m is None and (c := text.find(", citing ", start, at)) >= 0 \
                and not any(text[e:c].strip() for e in sentence_ends(text, start, c)):
            m = RE_DOCUMENT_FROM.match(text, c + 2, at)  # (or relayed inside it: ‘State media, citing a
            # statement from the Coast Guard Command, said …. The statement said …’)
        if m is not None:
            last = m
    if last is None or (kind is not None and last.group("doc").replace("-", "") != kind.replace("-", "")):
        return None
    hi = min(at, sp.open_at)
    if kind is None and any(text[e:hi].strip(" \n“\"‘'") for e in sentence_ends(text, last.end(), hi)):
        return None  # ("it" stands for the document only in the sentence right before the words)
    if last.group("who") is not None and any(w.strip("’'s").lower() in INTERMEDIARY_NOUNS for w in last.group("who").split()):
        return None
    g = "set" if last.group("set") is not None else "name" if last.group("name") is not None else "body"
    name = last.group(g)
    if text.startswith((" on behalf of ", ", on behalf of "), last.end(g)):
        return None  # (one who reads or sends for another: ‘A statement from Father Tom Kelly on behalf of the family’)
    if name.endswith(("’s", "'s", "’", "'")) or any(c.isdigit() for c in name) or (" " not in name and (name.lower() in ONE_WORD_PLACES or name.lower() in SENDER_PLACES
                                                               or name.lower() in NOT_NAMES)):
        return None
    p, _ = cast.resolve(Mention(last.start(g), last.end(g), name, "organisation" if g == "body" else "name"))
    if p is None or p.placelike or (p.kind not in ("name", "organisation")):
        return None
    return p


#: After a message's noun, the participle that makes the one after "by" its sender or writer, with up to
#: three words of when between (‘a text message sent in November by X’, ‘a memo written last year by X’);
#: never one who only saw or got hold of it (‘a memo seen by’, ‘obtained by’).
#:
#: >>> [bool(RE_SENT_BY.match(t)) for t in (" sent in November by ", "s written by ", " seen by ", " sent to staff by the ")]
#: [True, True, False, False]
RE_SENT_BY = LazyPattern(r"s? (?:sent|written|signed|drafted|penned|posted)(?: (?!to\b)[\p{L}\d\-]+){0,3}? by ")


def _document_sent_by(text: str, sp: Span, paras: list[tuple[int, int]], at: int, cast: Cast,
                      kind: str | None) -> Person | None:
    """The sender of a message the cue names again (‘the message reads’, ``kind`` "message"), when the
    sentence before the words, or theirs, says who sent or wrote it after "by" (‘The lawsuit quotes a
    WhatsApp message sent last June by the site manager, Kwame Asante, to his crew. “…,” the message
    reads’): a named person or body, never one who passes it on for another (‘sent by his lawyer, X’) nor
    one it went to (‘a memo sent to X’)."""
    if kind is None or kind not in SENT_MESSAGE_NOUNS and kind not in ("memo", "memorandum"):
        return None
    hi = min(at, sp.open_at)
    first = _sentence_start(text, sp.para_start, hi)
    if first > sp.para_start:
        lo = _sentence_start(text, sp.para_start, first - 1)
    elif sp.paragraph > 0:
        lo = _sentence_start(text, paras[sp.paragraph - 1][0], max(paras[sp.paragraph - 1][0], first - 2))
    else:
        lo = first
    m, k = None, text.find(kind, lo, hi)
    while k >= 0:  # (cheap: the noun first, then the participle anchored after it)
        if k == 0 or not text[k - 1].isalpha():
            m = RE_SENT_BY.match(text, k + len(kind), hi) or m
        k = text.find(kind, k + len(kind), hi)
    if m is None:
        return None
    toks = tokenize(text, m.end(), min(hi, m.end() + 120))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind not in ("name", "organisation") \
            or (who.start != toks[0].start and (who.role is None or who.role not in text[m.end():who.start])):
        return None  # (the one right after "by", or named after their role: ‘by the site manager, Kwame Asante,’)
    if regex.match(r",? (?:and|with|along with|together with|among)\b|, (?:and|plus|including) ", text[who.end:hi]):
        return None  # (one of several who signed it: ‘a letter signed by Dr Ann Lee and 40 other consultants’)
    role = (who.role or "").lower().replace(",", "").split()
    if any(w in INTERMEDIARY_NOUNS and (i == 0 or role[i - 1] in ARTICLES or role[i - 1] in ("his", "her", "their", "its")
                                        or role[i - 1].endswith(("’s", "'s")))
           for i, w in enumerate(role)):
        return None  # (one who sends for another: ‘by his lawyer, X’, ‘by the family’s spokesman, X’; but a
        # job of one's own is no go-between: ‘by the site manager, X’)
    p, _ = cast.resolve(who)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


#: The sentence after a message's words that names who sent or wrote it (‘The sender was Halloran.’, ‘Its
#: author was the chief engineer, X.’, ‘It was sent by X.’): the match ends where the one named starts.
#:
#: >>> [bool(RE_SENDER_NAMED.match(t)) for t in ("The sender was ", "It was written by ", "The sender was not ")]
#: [True, True, False]
RE_SENDER_NAMED = LazyPattern(r"(?:(?:The|Its) (?:sender|author|writer) (?:was|is)|It was (?:sent|written) by) (?!not\b|never\b)")


def _sender_in_next_sentence(text: str, sp: Span, cast: Cast) -> Person | None:
    """The sender the sentence right after a message's words names (‘“…,” read one text sent on March 3.
    The sender was Halloran, the county's procurement chief.’): a named person or body the article
    knows, in the same paragraph; None for any other sentence."""
    if sp.close_end is None:
        return None
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    if not ends or text.find(" was ", ends[0], min(sp.para_end, ends[0] + 30)) < 0:
        return None  # (cheap: most quotations have no such sentence after them)
    m = RE_SENDER_NAMED.match(text, ends[0] + len(text[ends[0]:sp.para_end]) - len(text[ends[0]:sp.para_end].lstrip()))
    if m is None:
        return None
    toks = tokenize(text, m.end(), min(sp.para_end, m.end() + 120))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind not in ("name", "organisation") \
            or (who.start != toks[0].start and (who.role is None or who.role not in text[m.end():who.start])):
        return None
    p, _ = cast.resolve(who)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


#: After an authored document's noun, the words that bring in its author, who starts at the match's end:
#: ‘report by X’, ‘review of the policy by X’, ‘study from X’, ‘audit, released last month by X’,
#: ‘report, which was prepared by X’ (never ‘commissioned by’, ‘obtained by’: see AUTHORING_PARTICIPLES).
#:
#: >>> bool(RE_AUTHORED_BY.match(" of the policy by the")), bool(RE_AUTHORED_BY.match(", released last month by the"))
#: (True, True)
#: >>> bool(RE_AUTHORED_BY.match(" from the Institute")), bool(RE_AUTHORED_BY.match(", commissioned by the council"))
#: (True, False)
#: >>> bool(RE_AUTHORED_BY.match(" of children from poor homes")), bool(RE_AUTHORED_BY.match(", which was obtained by the"))
#: (False, False)
#: >>> bool(RE_AUTHORED_BY.match(", carried out between 2022 and 2024 by the"))
#: True
RE_AUTHORED_BY = LazyPattern(
    r"(?: of [^,.;:“”\"‘’()]{1,40}?)? by | from |,? (?:(?:which|that) was )?(?:carried out|"
    + "|".join(sorted(AUTHORING_PARTICIPLES)) + r")(?: [\p{L}\d\-]+){0,3}?(?: between \d{4} and \d{4})? by ")

#: Before a name, the authored document it wrote, in its sentence: ‘A report by consultants ’, ‘a rate
#: study by the consulting firm ’ (the subject :func:`sentence_subject` reads past the document).
RE_AUTHORED_LEAD = LazyPattern(r"\b(?i:" + "|".join(sorted(AUTHORED_NOUNS)) + r")\b(?: of [^,.;:“”\"‘’()]{1,40}?)?"
                               r" (?:by|from) (?:the )?(?:[\p{Ll}\-]+ ){0,3}$")

#: A name joined by an ampersand goes on (‘Raftery & Cole’, ‘Okafor Bello & Partners’).
RE_AMPERSAND_NAME = LazyPattern(r" & \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3}")

#: A body's name going on past where a mention stopped (‘the National Academies| of Sciences, …’).
RE_NAME_OF_AFTER = LazyPattern(r" (?:of|for|on|and) (?:the )?\p{Lu}")

#: An owner's name right before an authored document's noun (‘Deloitte’s review’, ‘the Ombudsman's annual
#: report’): group 1, the name.
RE_OWNER_BEFORE_DOCUMENT = LazyPattern(r"(\p{Lu}[\p{L}\p{M}&\-]*(?: \p{Lu}[\p{L}\p{M}&\-]*){0,4})[’']s (?:[\p{Ll}\d\-]+ ){0,2}$")

#: How far before its words an authored document named again may have been brought in with its author.
AUTHOR_REACH = 2500

#: How many earlier mentions of the document's noun are read back for its author.
AUTHOR_TRIES = 4


def _party_after(text: str, m, reach: int) -> Mention | None:
    """The one named right after ``m``, the words that bring in a document's author or issuer: within
    ``reach`` characters, nothing set off or quoted between, never a pronoun."""
    a = m.end()
    toks = tokenize(text, a, min(len(text), a + 120))
    who = mention_after(toks, 0, text) if toks and toks[0].start == a else None
    if who is None or who.kind == "pronoun" or who.start - a > reach or any(c in text[a:who.start] for c in ",.;:“”\"()"):
        return None
    return who


def _body_or_team(cast: Cast, who: Mention) -> Person | None:
    """The one ``who`` names as a document's author, issuer or owner: never a place, nor a person named
    (:func:`_named_person`)."""
    person = cast.resolve(who)[0]
    return person if person is not None and not person.placelike and not _named_person(person) else None


def _read_in_part(text: str, who: Mention) -> bool:
    """A name or a body's name that goes on past where ``who`` stops (:data:`RE_NAME_OF_AFTER`), never
    into a day: the name read only in part."""
    return who.kind in ("name", "organisation") and (more := RE_NAME_OF_AFTER.match(text, who.end)) is not None \
        and text[more.end() - 1:more.end() + 9].split(" ")[0].rstrip(",.") not in WEEKDAY_NAMES


def _known_place(name: str) -> bool:
    """A place or a country the lists know (‘Kenya’, ‘Denmark’), never an author or an issuer."""
    return name.lower() in ONE_WORD_PLACES or name in TWO_WORD_PLACES or name in COUNTRY_NATIONALITIES


def _party_brought_in_before(text: str, places: list[tuple[int, int]], party) -> Person | None:
    """The author or issuer of a document named again, read back over the last :data:`AUTHOR_TRIES` of
    ``places`` where its noun stood (start, end): the first whose ``party(start, end)`` names one; None
    past one brought in with "a", "an" or "another" that names none (never an earlier one's)."""
    for start, end in reversed(places[-AUTHOR_TRIES:]):
        if (found := party(start, end)) is not None:
            return found
        if any(w.lower() in ("a", "an", "another") for w in text[max(0, start - 40):start].split()[-3:]):
            return None
    return None


def _lower_first(words: str) -> str:
    """Words that open a sentence as they read inside one: the first letter in lower case, unless the
    first word is written in capitals (‘MPs’, ‘NHS managers’ stay as written; never ‘mPs’).

    >>> _lower_first("The panel"), _lower_first("MPs"), _lower_first("A")
    ('the panel', 'MPs', 'a')
    """
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def _author_after(text: str, at: int, cast: Cast) -> Person | None:
    """The author named right after an authored document's noun ending at ``at`` (‘A report by the
    panel’s scrutiny officers noted …’, ‘The audit, released last month by the accounting firm Hollings
    Beck LLP,’): a body, a person or people described; never a date (‘a review by March’, ‘by the end of
    the year’), a place, or one who only commissioned or obtained it."""
    m = RE_AUTHORED_BY.match(text, at)
    who = _party_after(text, m, 40) if m is not None else None
    if who is None or who.text.split()[0] in WEEKDAY_NAMES or who.text.split()[0] in MONTH_NAMES:
        return None  # (past a kind only: ‘by the consulting firm Raftery & Cole’, ‘by consultants WasteWise’)
    if _read_in_part(text, who):
        return None  # (‘by the National Academies of Sciences, Engineering and Medicine’: as written rather
        # than cut short)
    if who.kind == "name" and (amp := RE_AMPERSAND_NAME.match(text, who.end)) is not None:
        return Person(text[who.start:amp.end()], kind="organisation")
    if who.kind == "description":  # people or a body described, as written (no one named before: ‘by the
        # panel’s scrutiny officers’ is never ‘the Police Officers’ Association’), never ‘by the spring’
        head = description_head(who.text) or ""
        return Person(_lower_first(who.text), kind="description") \
            if _person_noun(head) or head in BODY_NOUNS or head in ORG_WORDS else None
    if who.kind == "name" and _known_place(who.text):
        return None  # (a country or a place the lists know is no author: ‘a survey by Kenya’, ‘from Denmark’)
    if m.group().strip() == "from" and who.kind == "name" and not is_organisation(who.text.split()):
        return None  # (‘a report from Kabul’, ‘a study from Denmark’: where it comes from; a body
        # 'from' shows it by its name, ‘a study from the Resolution Trust Institute’)
    return _body_or_team(cast, who)


#: After an issued document's noun, the words that bring in its issuer, who starts at the match's end: ‘The
#: document, titled “…,” was released Tuesday (April 15) by X’, ‘The declaration, issued by X’, ‘adopted
#: unanimously at the annual summit of X’ (never ‘obtained by’, ‘seen by’ or ‘signed by’ many).
#:
#: >>> bool(RE_DOCUMENT_ISSUED_BY.match(", titled “A Plan,” was released Tuesday (April 15) by the"))
#: True
#: >>> bool(RE_DOCUMENT_ISSUED_BY.match(", adopted unanimously at the annual summit of the")), \
#: ...  bool(RE_DOCUMENT_ISSUED_BY.match(", obtained by The Guardian,"))
#: (True, False)
RE_DOCUMENT_ISSUED_BY = LazyPattern(
    r"(?:,? (?:titled|entitled|headed) [“\"][^”\"]{1,80}[”\"],?)?,?(?: (?:which|that))?(?: (?:was|were|has been|had been))?"
    r" (?:\p{Ll}+ly )?(?:" + "|".join(sorted(ISSUING_PARTICIPLES)) + r")(?: (?:\p{Lu}\p{Ll}{2,3}\.|[^.,;:“”\"]){1,40}?)?"  # (a month cut short: ‘issued Nov. 16 by X’)
    r"(?: by | at (?:the|a|an|its|their) (?:[\p{L}\-]+ ){0,3}(?:" + "|".join(sorted(ADOPTING_GATHERINGS)) + r") of )")

#: A document many sign before the words it holds (‘have signed a statement calling climate change “…”’):
#: group 1, its noun.
RE_SIGNED_DOCUMENT = LazyPattern(r"\bsigned (?:a|an|the) (?:[\p{Ll}\-]+ ){0,2}?(" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS))
                                 + r") (?:calling|urging|saying|describing|declaring|that|which)\b")

#: How far after the words a document many signed may be said to be issued by a body (‘The document …
#: was released Tuesday by X’, in the next paragraph).
SIGNED_ISSUER_REACH = 400


def _issuer_after(text: str, at: int, cast: Cast) -> Person | None:
    """The body that issued the document whose noun ends at ``at`` (:data:`RE_DOCUMENT_ISSUED_BY`): a
    body's name, or a body described (‘by the council’); never a person named (‘released by her
    lawyer’, ‘issued by Dr Ian Vale’ stay as written), a place, a date or a pronoun."""
    m = RE_DOCUMENT_ISSUED_BY.match(text, at)
    who = _party_after(text, m, 4) if m is not None else None
    if who is None:
        return None
    if _read_in_part(text, who):
        return None  # (‘by the Conference of Religious of Ireland’: as written)
    if who.kind == "description":
        head = description_head(who.text) or ""
        return Person(_lower_first(who.text), kind="description") \
            if head in BODY_NOUNS or head in ORG_WORDS else None
    if who.text.split()[0] in WEEKDAY_NAMES or who.text.split()[0] in MONTH_NAMES \
            or _known_place(who.text):
        return None
    if who.text.split()[-1].removesuffix("’s").removesuffix("'s") in NEWS_OUTLET_WORDS:
        return None  # (a paper or a site that printed it is no issuer: ‘The letter was published by the
        # Financial Times’, ‘The statement, published by Politico,’ stay the signers' or the document's)
    return _body_or_team(cast, who)


#: Last words of a news outlet's name (‘the Financial Times’, ‘The Guardian’, ‘Politico’): one that
#: publishes a letter or a statement is never its issuer.
NEWS_OUTLET_WORDS = frozenset("""Times Post Guardian Telegraph Journal Herald Tribune Gazette Observer Independent
Chronicle Mail Express Mirror Standard Politico Axios Reuters Bloomberg BBC CNN Magazine Newsweek Atlantic Economist
Monde Spiegel Bild News Semafor Intercept Hill""".split())


def _document_issuer(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """Who issued the statement, declaration or document a cue names (:data:`ISSUED_DOCUMENT_NOUNS`), when
    the article says: right after the mention (‘The declaration, issued by the Inter-Religious Council,
    says …’), or where a document of those nouns was brought in before with its issuer (‘The document,
    titled “…,” was released by X …. It urges …’, ‘The declaration, adopted at the summit of X, …. The
    statement also urges …’). None when the nearest one brought in with "a" names no issuer."""
    if noun not in ISSUED_DOCUMENT_NOUNS:
        return None
    if mention.kind != "pronoun" and (issuer := _issuer_after(text, mention.end, cast)) is not None:
        return issuer
    if mention.text.split()[0].lower() not in ("the", "this", "that", "it"):
        return None
    lo = max(0, mention.start - AUTHOR_REACH)
    return _party_brought_in_before(text, [m.span() for m in RE_ISSUED_NOUN.finditer(text, lo, mention.start)],
                                    lambda start, end: _issuer_after(text, end, cast)) \
        or _rule_maker_before(text, mention, noun, cast)


#: After a body's name opening a sentence, its changing the rules it sets (‘The Centers for Disease Control on
#: Monday cut the isolation period …’, ‘Public Health England has updated its advice’).
#:
#: >>> bool(RE_RULES_CHANGED.match(" on Monday cut the isolation period")), bool(RE_RULES_CHANGED.match(" said on Monday"))
#: (True, False)
RE_RULES_CHANGED = LazyPattern(r"(?: \(\p{Lu}{2,}\))?(?: on \p{Lu}\p{Ll}+| last \p{Ll}+| this \p{Ll}+| (?:has|have|had))?"
                               r" (?:" + "|".join(sorted(RULE_CHANGING_VERBS)) + r")\b")


#: A body's name, whose words "of", "for", "and" may join (‘Korea Disease Control and Prevention Agency’,
#: ‘Centers for Disease Control and Prevention’).
#:
#: >>> RE_BODY_NAME_RUN.match("Centers for Disease Control and Prevention on Monday").group()
#: 'Centers for Disease Control and Prevention'
RE_BODY_NAME_RUN = LazyPattern(r"\p{Lu}[\p{L}\-’']*(?: (?:(?:of|for|and) )?\p{Lu}[\p{L}\-’']*){0,8}")


def _rule_maker_before(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """The body whose rules a sentence's "The updated guidance", "The new guidelines" give, when the sentence
    right before opens with that body's name changing them (‘The Centers for Disease Control on Monday cut the
    isolation period …. / The updated guidance says people “…”’); never a person (‘Governor X on Monday
    relaxed …’), a place, nor a document that does not open its own sentence."""
    if noun not in RULE_DOCUMENT_NOUNS or RE_DOCUMENT_OWN_SOURCE.match(text, mention.end) is not None:
        return None  # (a document that names its own source is that source's: ‘The updated guidance from
        # Public Health England says’ after ‘The WHO on Monday updated its figures’)
    own = _sentence_start(text, 0, mention.start)
    if text[own:mention.start].strip() or own < 2:
        return None
    lo = _sentence_start(text, 0, own - 2)
    lo += len(text[lo:own]) - len(text[lo:own].lstrip())
    if (dateline := RE_DATELINE.match(text, lo, own)) is not None:
        lo = dateline.end()
    if text.startswith("The ", lo):
        lo += 4
    run = RE_BODY_NAME_RUN.match(text, lo, own)
    if run is None or (changed := RE_RULES_CHANGED.match(text, run.end(), own)) is None \
            or RE_RULES_OBJECT.search(text, changed.end(), own) is None:
        return None  # (its change is of rules: never ‘The WHO on Monday updated its figures on measles’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if p is None or p.placelike or p.titled or p.gender is not None or p.kind not in ("organisation", "name"):
        return None
    if p.kind == "name" and not is_organisation(p.name.split()) and (gender_of(p.name.split()[0]) is not None or not any(
            m.group(1) in BODY_NOUNS for m in RE_THE_LOWER_NOUN.finditer(text, run.end(), own))):
        return None  # (a name no body's word shows is one only when its sentence calls it so: ‘The Centers for
        # Infectious Disease Control on Monday cut …, a change the agency said …’)
    return p


#: A document's own source right after its noun (‘guidance from Public Health England’, ‘guidelines by the NHS’).
RE_DOCUMENT_OWN_SOURCE = LazyPattern(r"\s+(?:from|by|of|issued by|published by) (?:the )?\p{Lu}")

#: Words of rules a body changes (‘cut the isolation period’, ‘eased quarantine rules’, ‘relaxed the mask mandate’).
RE_RULES_OBJECT = LazyPattern(r"(?i)\b(?:rules?|guidance|guidelines?|advice|advisory|period|restrictions?|requirements?|"
                              r"mandates?|recommendations?|quarantine|isolation|limits?|policy|policies|regulations?|"
                              r"protocols?|measures|directive|circular|criteria|thresholds?)\b")


#: "the" and a word in lower case (‘the agency’): group 1 the word.
RE_THE_LOWER_NOUN = LazyPattern(r"\bthe (\p{Ll}+)\b")


#: A noun of :data:`ISSUED_DOCUMENT_NOUNS`, as a word.
RE_ISSUED_NOUN = LazyPattern(r"\b(?i:" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS)) + r")\b")


def _signed_document_issuer(text: str, sp: Span, b_lo: int, cast: Cast) -> Person | None:
    """The body that issued a document many signed, whose words the quotation gives (‘More than 300
    pastors have signed a statement calling climate change “…”. / The document, titled “…,” was
    released Tuesday by the Evangelical Stewardship Fellowship’): the issuer named in the sentence that
    next names the document, within reach; the signers are no speaker of its words."""
    if sp.close_end is None or text.find("signed ", b_lo, sp.open_at) < 0:
        return None  # (a cheap exact prefilter)
    m = RE_SIGNED_DOCUMENT.search(text, b_lo, sp.open_at)
    if m is None or RE_MARK.search(text, m.end(), sp.open_at) is not None:
        return None
    for again in RE_THE_ISSUED_NOUN.finditer(text, sp.close_end, min(len(text), sp.close_end + SIGNED_ISSUER_REACH)):
        return _issuer_after(text, again.end(), cast)
    return None


#: A document of :data:`ISSUED_DOCUMENT_NOUNS` named again as a sentence's subject (‘The document, …’).
RE_THE_ISSUED_NOUN = LazyPattern(r"(?<=^|[.!?”]\s{1,3}|\n)The (?:" + "|".join(sorted(ISSUED_DOCUMENT_NOUNS)) + r")\b")


#: A body that meets and keeps minutes, by its name (‘the Monetary Policy Committee’, ‘the Federal Open
#: Market Committee’, ‘the Board of Governors’): group 1 the name.
#:
#: >>> RE_MEETING_BODY.search("The bank's Monetary Policy Committee held").group(1)
#: 'Monetary Policy Committee'
RE_MEETING_BODY = LazyPattern(r"\b((?:\p{Lu}[\p{L}\-]+ ){1,4}(?:Committee|Board|Council|Commission)(?: of (?:\p{Lu}[\p{L}\-]+ ?){1,3})?)\b")

#: The bare nouns :data:`RE_MEETING_BODY` ends with, no name of one body.
RE_MEETING_BODY_WORDS = ("Committee", "Board", "Council", "Commission")

#: A body's organ named in lower case after a possessive (‘the English Football League's board’): another
#: body that keeps minutes.
RE_OTHER_ORGAN = LazyPattern(r"[’']s (?:\p{Ll}+ )?(?:board|committee|council|commission)\b")

#: Minutes named with their owner (‘Minutes of the Fed's December meeting’): group 1 the owner's word.
RE_MINUTES_OF_OWNER = LazyPattern(r"\b[Mm]inutes of (?:the )?(\p{Lu}[\p{L}\-]*(?:[’']s)?)")

#: How far before "the minutes" the body whose meeting they record may be named.
MINUTES_REACH = 1500


def _minutes_body(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The body whose minutes "the minutes" are: the one committee, board or council the article names
    before them within reach (‘The Monetary Policy Committee voted 6-2-1 …. “…,” the minutes said’); none
    when two bodies of that kind are named, or when the minutes are no meeting's (‘minutes of the call’)."""
    if mention.text.split()[0].lower() not in ("the", "these", "those"):
        return None
    if text.startswith(" of ", mention.end):
        return None  # (‘the minutes of the call’: whose meeting the words after say)
    lo = max(0, mention.start - MINUTES_REACH)
    names = {m.group(1).strip() for m in RE_MEETING_BODY.finditer(text, lo, mention.start)}
    names = {n[4:] if n.startswith("The ") else n for n in names} - set(RE_MEETING_BODY_WORDS)  # (never a
    # quotation's own "The Committee noted")
    if len(names) != 1:
        return None
    name = names.pop()
    window = text[lo:mention.start]
    if RE_OTHER_ORGAN.search(window) or any(o.rstrip("’'s") not in name for o in RE_MINUTES_OF_OWNER.findall(window)):
        return None  # (guard: another body's board or committee named, or minutes named as another's: ‘Minutes of
        # the Fed's December meeting’ after ‘the Senate Banking Committee’)
    at = text.rfind(name, lo, mention.start)
    return _body_or_team(cast, Mention(at, at + len(name), name, "name"))


def _named_person(p: Person) -> bool:
    """A name that is a person's, by a title, a sex or a given name the lists know (‘Dr Ian Vale’): a
    report by one person stays the report's, as written (a body's or a team's is its author's)."""
    return p.kind == "name" and (p.titled or p.gender is not None or gender_of(p.name.split()[0]) is not None)


#: An issued document owned by a body by its kind, as a cue's subject (‘The clinic’s patient handbook’, ‘the
#: ministry's new guidance’): group 1 the owner, group 2 the document's noun.
#:
#: >>> RE_KIND_OWNED_DOCUMENT.fullmatch("The clinic’s patient handbook").groups()
#: ('The clinic', 'handbook')
RE_KIND_OWNED_DOCUMENT = LazyPattern(r"((?i:the) \p{Ll}+)[’']s (?:[\p{Ll}\-]+ ){0,2}(\p{Ll}+)")


def _document_owner(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body whose issued document (:data:`ISSUED_DOCUMENT_NOUNS`) a cue names by its owner: a name (‘The
    Health Ministry's guidance says’, :func:`_owner_of_document`), or a body's kind that stands for the one
    named before (‘… at the Post-Viral Clinic …. The clinic's handbook says’, :func:`_issuing_body`). None for
    a person's document (‘the minister's letter’), a place's or a day's, or a kind no body named before has."""
    noun = mention.text.rsplit(" ", 1)[-1].lower()
    if noun not in ISSUED_DOCUMENT_NOUNS or "’s " not in mention.text and "'s " not in mention.text:
        return None  # (a cheap exact prefilter: an owner's "’s")
    m = RE_KIND_OWNED_DOCUMENT.fullmatch(mention.text)
    if m is None:
        owned = _owner_of_document(text, mention.end - len(noun), cast)
        return owned if owned is not None and (owned.kind == "organisation" or owned.kind == "name"
                                               and is_organisation(owned.name.split())) and not owned.placelike else None
    kind = m.group(1).split()[1]
    if kind not in BODY_NOUNS:
        return None  # (a person's document stays as written: ‘the minister's letter’)
    owner = Person(f"the {kind}", kind="description")
    body = _issuing_body(text, owner, mention.start + len(m.group(1)), sp, paras, cast)
    return body if body is not owner and body.kind in ("name", "organisation") else None


def _owner_of_document(text: str, at: int, cast: Cast) -> Person | None:
    """The named owner written right before the authored document's noun at ``at`` (‘Deloitte’s review
    found …’): never a place's (‘Britain’s report’) nor a day's (‘Tuesday’s report’)."""
    m = RE_OWNER_BEFORE_DOCUMENT.search(text, max(0, at - 80), at)
    if m is None:
        return None
    name = m.group(1)[4:] if m.group(1).startswith("The ") else m.group(1)
    if not name or name.split()[0] in WEEKDAY_NAMES or name.split()[0] in MONTH_NAMES:
        return None
    return _body_or_team(cast, Mention(m.end(1) - len(name), m.end(1), name, "name"))


def _report_author(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """Who wrote the report, study, audit or review a cue names (AUTHORED_NOUNS), when the article names
    its author: right after the mention (‘A report by the panel’s scrutiny officers noted that “…”’), or
    where the same noun was brought in before, read back past the document named again (‘A report by
    Calder Consultancy found …. But the report also warned that “…”’, ‘according to a rate study by the
    consulting firm Raftery & Cole. The study warned …’). None when the nearest one brought in with "a"
    names no author (‘A report commissioned by the council found …. The report said “…”’ stays the
    report's), or when no author is named within reach."""
    if mention.kind != "pronoun" and (author := _author_after(text, mention.end, cast)) is not None:
        return author
    first = mention.text.split()[0].lower()
    if first in ("one", "another") and len(mention.text.split()) == 2:
        # one of several brought in before by their author (‘The audits, carried out by the firm X, found ….
        # / One report, from March, states: “…”’): the author of the plural named last, if it names one
        lo = max(0, mention.start - AUTHOR_REACH)
        plurals = r"\b(?i:" + "|".join(sorted({noun} | AUTHORED_NOUNS)) + r")s\b"
        found = [(lo + m.start(), lo + m.end()) for m in regex.finditer(plurals, text[lo:mention.start])]
        return _author_after(text, found[-1][1], cast) if found else None
    if first not in ("the", "this", "that", "it"):
        return None
    lo = max(0, mention.start - AUTHOR_REACH)
    found = [(lo + m.start(), lo + m.end()) for m in regex.finditer(r"\b(?i:" + noun + r")\b", text[lo:mention.start])]
    return _party_brought_in_before(text, found, lambda start, end: _author_after(text, end, cast)
                                    or _owner_of_document(text, start, cast))


def _document_writer(text: str, mention: Mention, document: str, cast: Cast) -> tuple[Person, str] | None:
    """Who wrote the document ``document`` names, with how: the author of an authored one (a report, an
    audit: :func:`_report_author`, "author"), else the issuer of an issued one (a statement, a declaration:
    :func:`_document_issuer`, "statement")."""
    if (noun := _authored_noun(document)) is not None and (author := _report_author(text, mention, noun, cast)) is not None:
        return author, "author"
    if (noun := _written_head(document)) in ISSUED_DOCUMENT_NOUNS and (issuer := _document_issuer(text, mention, noun, cast)) is not None:
        return issuer, "statement"
    return None


def _authored_noun(document: str) -> str | None:
    """The authored document's noun a description names (‘the 142-page report’, ‘An independent review of
    the policy by X’), or None."""
    head = description_head(document)
    if head in AUTHORED_NOUNS:
        return head
    last = document.rsplit(" ", 1)[-1].lower()
    if last.endswith("s") and last[:-1] in AUTHORED_NOUNS and last[:-1] in DOCUMENT_NOUNS:
        return last[:-1]  # (and several by one author: ‘The audits, carried out by the firm X, found …’)
    return last if last in AUTHORED_NOUNS else None


#: How many paragraphs back a document named again may have spoken for its issuer (‘“…,” the post said’).
STATEMENT_AGAIN_PARAGRAPHS = 2


def _statement_issuer_before(results: list, sp: Span, kind: str | None) -> Person | None:
    """The issuer an earlier quotation's cue gave to the same kind of document, a paragraph or two
    before (‘The department said in a Facebook post …. “…,” the post said.’ is the department's), for
    the document named again as its own sentence's subject with no issuer near (‘The post also urged
    …, adding that “…”’; the caller checks it opens the sentence): the same post, the same issuer
    (never a cue after another's sentence: ‘Smith criticised the firm. “…,” the statement said’)."""
    if kind is None:
        return None
    for prev_sp, prev, _ in reversed(results):
        if sp.paragraph - prev_sp.paragraph > STATEMENT_AGAIN_PARAGRAPHS:
            return None
        if prev is not None and prev.how == "statement" and prev.person is not None and prev.mention is not None \
                and _written_head(prev.mention.text) == kind:
            return prev.person
    return None


#: A statement given somewhere before in the article (‘investigators have said in an interim statement’,
#: ‘the regulator issued a statement’): what "The statement said" may name again.
RE_STATEMENT_GIVEN = LazyPattern(r"\b(?:in|issued|released|published) (?:an?|its|their) (?:[\p{Ll}\-]+ ){0,2}statement\b")


def _spokesperson_of_statement(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The spokesperson who spoke the quotation right before, in the paragraph before or this one, for
    "the statement" named again, when that quotation's paragraph speaks of the statement they gave
    (‘The ministry's statement, carried by state media, was terse. The spokesman said Seoul had shown
    “…”. / “…,” the statement said.’): one who speaks for a body, unnamed or named, whose words the
    statement carries (never when no statement is spoken of there: ‘The spokesman said …’ alone)."""
    if mention.text.lower() != "the statement" or not results:
        return None
    prev_sp, prev = next(((x, f) for x, f, _ in reversed(results) if f is not None), (None, None))
    if prev is None or sp.paragraph - prev_sp.paragraph > 1 or prev.person is None or prev.mention is None \
            or prev.mention.kind != "description" or description_head(prev.mention.text) not in SPOKESPERSON_NOUNS:
        return None
    return prev.person if regex.search(r"\bstatement\b", text[prev_sp.para_start:prev_sp.para_end]) is not None else None


def _statement_body_before(text: str, results: list, sp: Span, mention: Mention) -> Person | None:
    """The body that spoke the quotation right before, in the same paragraph or the one before, for
    "The statement" opening its own sentence with no issuer near, when the article has had a statement
    given (‘…, investigators said in an interim statement. / … / “…,” the unit said. / The statement said
    …’; ‘The council said in a statement …. “…,” the council said. The statement added that …’). Only a
    body (never a person, whose statement may be another's), only the quotation right before."""
    if mention.text.lower() != "the statement" or not results:
        return None
    prev_sp, prev = next(((x, f) for x, f, _ in reversed(results) if f is not None), (None, None))
    if (spokes := _spokesperson_of_statement(text, results, sp, mention)) is not None:
        return spokes
    if prev is None or sp.paragraph - prev_sp.paragraph > 1 or prev.person is None or prev.mention is None \
            or prev.person.kind != "organisation" or prev.how == "statement":
        return None
    if RE_STATEMENT_GIVEN.search(text, 0, mention.start) is None:
        return None
    return prev.person


#: A campaign's advertisement brought in by "a"/"an" (‘an ad’, ‘a new TV spot’, ‘a radio advert’).
RE_AN_AD = LazyPattern(r"(?i:an?) (?:[\p{Ll}\-]+ |TV |[\d]+-second ){0,2}(?:ad|advert|advertisement|commercial|spot)")

#: Verbs that put an ad out, before it (‘hit back with an ad’, ‘released a spot’, ‘ran an advert’).
RE_AD_PUT_OUT = LazyPattern(r"(?:with|released|ran|aired|launched|unveiled|began running|is running|was running|"
                            r"has released|has launched) $")


def _ad_maker(text: str, mention: Mention, sp: Span, cast: Cast) -> Person | None:
    """The body or campaign that put out the ad a quotation's cue names (‘Badger Forward, a Democratic super
    PAC, hit back with an ad declaring that X had “…”’, ‘The union launched a radio spot saying …’): the
    subject of the sentence, when the verb that puts the ad out stands right before it. A body or a named
    one, never a pronoun, a description or someone the ad is about (‘an ad attacking X’ gives no X)."""
    lo = _sentence_start(text, sp.para_start, mention.start)
    if RE_AD_PUT_OUT.search(text, max(lo, mention.start - 20), mention.start) is None:
        return None
    toks = tokenize(text, lo, mention.start)
    m = sentence_subject(text, toks, cast.knows)
    if m is None or m.kind not in ("name", "organisation"):
        return None
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind in ("name", "organisation") else None


def _written_head(document: str) -> str | None:
    """The noun of a written thing that speaks ("the warning", "the statement"), which the
    description nouns need not hold (a "warning" is no speaker elsewhere: ‘tweeted a warning.’)."""
    last = document.rsplit(" ", 1)[-1].lower()
    return last if last in WRITTEN_NOUNS else description_head(document)


def _issuing_body(text: str, author: Person, hi: int, sp: Span, paras: list[tuple[int, int]], cast: Cast,
                  mention: Mention | None = None) -> Person:
    """The body a statement's issuer described by its kind stands for, named before (‘Nestwise, the
    smart-home startup, is shutting down …. The company announced the shutdown in an email …. “…,”
    the email reads’ is Nestwise's; ‘Enyimba FC said …. Later the club issued a second, shorter
    statement:’ is Enyimba FC's); else the issuer as written."""
    if author.kind != "description" or (kind := _issuer_kind(author.name)) is None:
        return author
    lo_ = max(0, hi - BODY_ENDING_REACH)  # (within reach: a bounded search)
    at = max((lo_ + m_.start() for m_ in regex.finditer(regex.escape(author.name), text[lo_:hi], flags=regex.I)), default=-1)
    body = _body_before(text, at, kind, sp, paras, cast) if at >= 0 else None
    if body is None and at >= 0 and RE_BASED.search(author.name) is not None:
        # (a firm said to be based somewhere is the one the article is about, whatever it was first called:
        # ‘Crypto lending platform VaultPeak …. In a post on its blog, the Singapore-based company said …’)
        body = _described_body(text, at, kind, cast) or _article_company(text, at, kind, paras, cast)
    if body is not None and RE_BASED.search(author.name) is not None \
            and not _body_fits(text, Mention(at, at + len(author.name), author.name, "description"), kind, body):
        return author  # (where the issuer is said to be based, the body named before must be the one based there)
    return body if body is not None and (mention is None or _body_fits(text, mention, kind, body)) else author


def _document_again(text: str, at: int, kind: str) -> bool:
    """A paragraph at ``at`` that opens with the document of the cue named again as its subject
    ("The email, which was reviewed by The Sentinel, …", "The letter also …"): the same document.

    >>> _document_again("The email, which was reviewed by us, put it at $5.", 0, "email")
    True
    >>> _document_again("The emails show no such thing.", 0, "email"), _document_again("The dean wrote.", 0, "email")
    (False, False)
    """
    head = f"The {kind}"
    return text.startswith(head, at) and text[at + len(head):at + len(head) + 1] in (" ", ",")


def _statement_author(text: str, sp: Span, lo: int, paras: list[tuple[int, int]], cast: Cast,
                      document: str = "the statement") -> Person | None:
    """Who issued the statement that a quotation's cue names, when one of the two sentences before
    has someone give one (‘The military said in a statement that …. “…,” the statement said.’,
    ‘X denied the charges in a statement’, ‘Wilson released a statement’): never a document, and
    never someone who only talks of another's statement (‘X criticised Google's statement’)."""
    if sp.open_at > lo and not (sp.paragraph > 0 and lo == sp.para_start and not sentence_ends(text, lo, sp.open_at - 1)
                                and RE_THE_STATEMENT.match(text, lo) is not None):
        a, b = lo, sp.open_at
    elif sp.paragraph > 0:  # (or the paragraph before one that only names the document: ‘One post read: “…”’)
        a, b = paras[sp.paragraph - 1][0], min(len(text), paras[sp.paragraph - 1][1] + 1)
    else:
        return None
    if a == lo and lo > sp.para_start:
        a = _sentence_start(text, sp.para_start, lo)  # (the whole sentence a quotation before ends inside:
        # ‘In a statement, the club said it was “shocked” by the sanction. “…,” the statement said’)
    a = max(a, b - CONTEXT_CHARS)
    ends = sentence_ends(text, a, b)
    sentences = [(x, y) for x, y in zip([a, *ends], [*ends, b]) if text[x:y].strip()]
    kind = _written_head(document)
    nouns = STATEMENT_NOUNS | {kind}  # (and "in an email …": the document's own kind)
    window = sentences[-2:]
    if sp.paragraph > 1 and a == paras[sp.paragraph - 1][0] and len(sentences) <= 2 and kind \
            and _document_again(text, a, kind):
        # a paragraph that only tells more of the same document lets the one before it give it:
        # ‘In an email …, the dean wrote that …. / The email, reviewed by The Sentinel, put the cost at
        # $17,500. / “…,” the email read.’
        older = paras[sp.paragraph - 2]
        o_ends = sentence_ends(text, older[0], older[1])
        o_sents = [(x, y) for x, y in zip([older[0], *o_ends], [*o_ends, older[1]]) if text[x:y].strip()]
        window = o_sents[-1:] + window
    for s_lo, s_hi in reversed(window):
        toks = tokenize(text, s_lo, s_hi)
        issued = next((k for k in range(len(toks) - 2) if toks[k].word in ISSUING_WORDS
                       and (toks[k + 1].word in ("a", "an") or (toks[k + 1].word in BODY_OWNERS and toks[k + 2].word != "own")
                            or (_opening_personal_owner(toks, k) and kind in OPENING_OWNED_NOUNS))
                       and (toks[k + 2].word in nouns or any(
                           (toks[e].word in nouns or (toks[e].word[-1:] == "s" and toks[e].word[:-1] in nouns))
                           and all(x.text.islower() or x.text == "," or (x.word in PLATFORM_WORDS and e == k + 3)
                                   for x in toks[k + 2:e])
                           for e in range(k + 3, min(len(toks), k + 6))))),
                      None)  # (and a few words between: ‘issued a special air quality statement’, ‘in a Facebook post’,
        # ‘issued a second, shorter statement’; and a body's own: ‘issued its highest-level heavy rain warning’)
        if issued is None and kind in STATEMENT_NOUNS:
            own = next((k for k in range(len(toks) - 3) if toks[k].word in ISSUING_WORDS | {"out"}
                        and toks[k + 1].word in ("its", "their", "his", "her") and toks[k + 2].word == "own"
                        and toks[k + 3].word in STATEMENT_NOUNS), None)
            if own is not None:  # a rival statement of its own: ‘The police union issued its own statement.’
                return _issuer(sentence_subject(text, toks, cast.knows), cast)
        by = next((k for k in range(len(toks) - 3) if toks[k].word in STATEMENT_NOUNS and toks[k + 1].word in RELEASED_BY
                   and toks[k + 2].word == "by"), None) if issued is None and kind in STATEMENT_NOUNS else None
        if by is not None and any(x.word in INTERMEDIARY_NOUNS for x in toks[by + 3:by + 8]):
            return None  # (one who speaks for another: ‘a statement released by his lawyer, Mark Geragos,’)
        if by is not None:  # ‘According to a statement released by the party's office, …’: the issuer
            # (‘X, in a statement issued by his office, said’ is X's, as below)
            return _issuer(mention_after(toks, by + 3, text), cast)
        given = next((k for k in range(len(toks) - 2) if toks[k].word in STATEMENT_NOUNS and toks[k + 1].word == "from"
                      and toks[-1].text == ":"), None) if issued is None and kind in STATEMENT_NOUNS else None
        if given is not None:  # ‘Here is the full statement from the Federation of Small Businesses, which …:’
            return _issuer(mention_after(toks, given + 2, text), cast)
        if issued is not None and (kind in STATEMENT_NOUNS or toks[issued].word == "in"):
            break
        if issued is not None:
            return None  # (‘her brother sent a letter to the parole board’: the letter is as written)
        wrote = next((k for k in range(1, len(toks)) if toks[k].word in WRITING_VERBS and not toks[k].capitalized), None)
        if wrote is not None:  # ‘Resident Ann Cole emailed all seven council members’: the writer, in the
            # sentence just before only, when it names no document (never ‘posted a resignation
            # letter from the police chief’, ‘tweeted a photo of the note left on her windshield’)
            # and writes of nothing else (‘wrote that …’, ‘wrote about …’)
            between = text[sentences[-1][0]:sentences[-1][1]].lstrip() if len(sentences) > 1 else ""
            goes_on = (s_lo, s_hi) == sentences[-2] if len(sentences) > 1 else False
            goes_on = goes_on and between.startswith(("She ", "He ", "They ")) \
                and RE_CAPWORD.search(between, 4) is None  # (never ‘She got a reply from Mayor Tom Reed.’)
            if ((s_lo, s_hi) != sentences[-1] and not goes_on) \
                    or (wrote + 1 < len(toks) and toks[wrote + 1].word in ("that", "about")) \
                    or any((x.word in WRITTEN_NOUNS or x.word in DOCUMENT_NOUNS or x.word in ("photo", "screenshot"))
                           and not (kind == "caption" and x.word in CAPTIONED_NOUNS) for x in toks):
                # (but a caption goes with what was posted: ‘Police posted a video …. “…,” the caption read’)
                return None
            m = mention_before(toks, wrote, 0, text)
            if m is None or m.kind not in ("name", "description", "organisation"):
                return None
            p, _ = cast.resolve(m)
            return p if p is not None and (p.kind != "organisation" or kind in POSTED_NOUNS) and _owner_fits(document, p) \
                else None  # (a body posts: ‘Police posted on X. “…,” the post read’; a letter is a person's)
    else:
        return None  # (‘the statement by rebels’, ‘Smith said the statement was untrue’: no one gives one)
    end = next(e for e in range(issued + 2, len(toks)) if toks[e].word in nouns or toks[e].word[:-1] in nouns) + 1
    # (and ‘in a series of posts’)
    if end < len(toks) and toks[end].word in ("by", "from", "of") and toks[issued + 1].word not in BODY_OWNERS:
        return None  # (‘a statement by the suspect's family’ is theirs; but ‘its first warning of the year’ is its own)
    if toks[issued].word == "in":
        # ‘X said in a statement’, ‘In a statement, police said’, ‘X denied the charges in a statement’
        said = mention_before(toks, issued - 1, 0, text) if issued > 1 and toks[issued - 1].word in SPEECH_VERBS \
            and not toks[issued - 1].capitalized else None
        f = Found(said, None, "cue-before", toks[issued - 1].text) if said is not None and said.kind != "pronoun" \
            else cue_before(text, toks, cast.knows, mixed=False)  # (the verb right before it, never one in the
        # clause it reports: ‘X said in a statement that crews had responded to the fire’)
        if f is None or f.mention is None or f.rule == "subject":
            # (a verb of its own before it: ‘X rejected that characterization in a written statement’,
            # or after it: ‘In a Facebook post Sunday, the sheriff's office thanked the volunteers’)
            opening = issued == _first_word(toks)
            m = sentence_subject(text, toks, cast.knows) \
                if opening or RE_IN_A_STATEMENT.search(text, toks[0].start, toks[-1].end) else None
            m = m or _local_body_subject(text, toks, issued)
            if m is None or m.kind not in ("name", "organisation", "description") \
                    or (m.end > toks[issued].start and not opening):
                return None
            m = _name_set_off_after(text, toks, m) or m
        else:
            m = f.mention
        if RE_PASSIVE_AFTER.match(text, m.end) is not None:
            return None  # (never one the statement is about: ‘X was named in a statement’, ‘In a post, the
            # victim was described by her family as …’)
    else:  # ‘The Times said Cook provided a written statement’: who issued it
        m = mention_before(toks, issued, 0, text)
        if m is None and issued >= 2 and toks[issued - 1].word in ("but", "and") \
                and not any(x.word in RELATIVE_WORDS for x in toks[max(0, issued - 4):issued]):  # (never ‘…, which then released’)
            m = sentence_subject(text, toks, cast.knows)  # (‘His family asked for privacy but released a
            # short statement’)
            m = m if m is not None and m.end <= toks[issued].start else None
        if m is None or m.kind == "pronoun":
            return None
    if _opening_personal_owner(toks, issued):
        p = _issuer(m, cast)  # (‘In her letter to investors, Lodestar said …’: the firm that sent it, never
        # a person named, whose letter stays as written)
        return p if p is not None and p.kind != "description" and not _named_person(p) \
            and p.gender is None and not p.placelike else None
    return _issuer(m, cast, pronoun=True)


#: A statement or post given in a sentence (‘In a written statement,’, ‘said in a Facebook post’): where "in" starts.
RE_IN_STATEMENT_GIVEN = LazyPattern(r"\b[Ii]n an? (?:[\p{Ll}\-]+ ){0,2}?(?:statement|post|posting|release)\b")


def _local_body_in_statement(text: str, sp: Span) -> Found | None:
    """A town's body by its kind as the subject who gives the words in a statement, in the words'
    sentence before them (‘In a written statement, the district said it had “…”’, ‘The county said in a
    statement that it had “…”’; :func:`_local_body_subject`), with its speech verb as the cue."""
    lo = _sentence_start(text, sp.para_start, sp.open_at)
    given = RE_IN_STATEMENT_GIVEN.search(text, lo, sp.open_at)
    if given is None:
        return None  # (cheap: most sentences give no statement)
    toks = tokenize(text, lo, sp.open_at)
    issued = next((i for i, t in enumerate(toks) if t.start == given.start()), None)
    m = _local_body_subject(text, toks, issued) if issued is not None else None
    if m is None:
        return None
    verb = next(t for t in toks if t.start > m.end)
    if any(t.start > verb.start and (t.word in SPEECH_VERBS or t.word in CALL_VERBS) for t in toks):
        return None  # (the statement reports others' words: ‘the county said residents had described the smell as “…”’)
    return Found(m, None, "cue-in-sentence", verb.text) if verb.word in SPEECH_VERBS else None


#: An office's domain after its head, up to the comma that sets off its holder's name (‘ in the state’).
RE_DOMAIN_PHRASE = LazyPattern(r"(?: (?:in|of|for|at|to) (?:the )?[\p{L}\-]+(?: [\p{L}\-]+){0,3})?")


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, no earlier than ``lo`` (within reach).

    >>> _sentence_start("It rained. In a statement, X said it was “sad” and left.", 0, 45)
    11
    """
    ends = sentence_ends(text, max(lo, at - CONTEXT_CHARS), at)
    return ends[-1] if ends else max(lo, at - CONTEXT_CHARS)


def _name_set_off_after(text: str, toks: list[Token], m: Mention) -> Mention | None:
    """The name set off after an office that opens a sentence, before its verb: ‘The Police Public
    Relations Officer in the state, SP Olumide Akinbode, disclosed this in a statement’."""
    if m.kind not in ("description", "organisation"):
        return None
    comma = text.find(",", m.end, m.end + 60)  # (past the office's domain: ‘in the state’)
    if comma < 0 or RE_DOMAIN_PHRASE.fullmatch(text, m.end, comma) is None:
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= comma), len(toks))
    c2 = next((c for c in range(k + 1, min(len(toks) - 1, k + 10)) if toks[c].text == ","), None)
    if c2 is None:
        return None
    named = mention_before(toks, c2 + 1, 0, text)
    return named if named is not None and named.kind == "name" and named.start > m.end else None


def _local_body_subject(text: str, toks: list[Token], issued: int) -> Mention | None:
    """"the" and a town's body by its kind (LOCAL_BODY_NOUNS) as the subject of the sentence that gives
    a statement: right after the opening phrase that names it, before a verb, or first, before "said in".

    >>> from quotesearch.names import tokenize
    >>> t = "In a Facebook post, the district thanked families."
    >>> _local_body_subject(t, tokenize(t), 0).text
    'the district'
    >>> t = "The shelter said in a post that it was full."
    >>> _local_body_subject(t, tokenize(t), 3).text
    'The shelter'
    >>> t = "In a Facebook post, the city council thanked families."
    >>> _local_body_subject(t, tokenize(t), 0) is None
    True
    """
    first = _first_word(toks)
    opening = issued == first
    k = next((c + 1 for c in range(issued, min(len(toks), issued + 10)) if toks[c].text == ","), None) \
        if opening else first  # (past the opening phrase, ‘In a Facebook post Sunday,’; or first)
    if k is None or k + 2 >= len(toks) or toks[k].word != "the" or toks[k + 1].word not in LOCAL_BODY_NOUNS \
            or not toks[k + 1].text.islower() or not toks[k + 2].text.islower():
        return None  # (never ‘the city council thanked’: the council's)
    verb = toks[k + 2].word
    if not (verb in SPEECH_VERBS or verb in POST_DEED_VERBS if opening else verb in SPEECH_VERBS and k + 3 == issued):
        return None  # (nor ‘the city looked like a lake’; and first, only ‘The district said in a post’)
    return Mention(toks[k].start, toks[k + 1].end, text[toks[k].start:toks[k + 1].end], "description")


#: A paragraph ending with a statement given, no quotation in it (‘His family released a statement
#: through the department on Sunday.’, ‘The club issued a statement:’): the next paragraph's words are it.
RE_STATEMENT_GIVEN_END = regex.compile(r"(?:\b(?:released|issued|put out|shared|posted|sent out|gave|provided) (?:a|an) "
                                       r"(?:[\w’'\-]+,? ){0,3}?(?:statement|message)\b[^.!?:“”\"\n]{0,160}"
                                       r"|\b[Ss]tatement (?:from|by) [^.!?:“”\"\n]{2,120})"
                                       r"(?:[.:]|\. Here (?:it|is) [^.!?:“”\"\n]{0,40}:)\s*$")


#: What a caption goes with.
CAPTIONED_NOUNS = frozenset("photo photos photograph photographs video videos footage image images picture pictures clip".split())

#: What a body writes as well as a person (‘Police posted on X. “…,” the post read’).
POSTED_NOUNS = frozenset("post posting tweet caption".split())


def _platform_of_post(text: str, start: int, end: int) -> bool:
    """The name is a platform's, after "on" or "via": where the words were posted, never who posted
    them (‘… , wrote on Instagram that she was “heartbroken”’).

    >>> t = "She wrote on Instagram that it hurt. Instagram said it would act."
    >>> _platform_of_post(t, 13, 22), _platform_of_post(t, 37, 46)
    (True, False)
    """
    return text[start:end].lower() in PLATFORM_WORDS and text.endswith((" on ", " via "), 0, start)


def _letter_or_platform(text: str, mention: Mention) -> bool:
    """The mention is one letter (an answer's label: ‘A. “…”’) or a platform's name
    (:func:`_platform_of_post`), never a person."""
    return len(mention.text.rstrip(".")) == 1 or _platform_of_post(text, mention.start, mention.end)


#: Platforms named before a post (‘in a Facebook post’).
PLATFORM_WORDS = frozenset("facebook instagram x twitter tiktok linkedin youtube threads bluesky telegram".split())

#: A statement given after the subject's own verb (‘rejected the claim in a written statement’).
RE_IN_A_STATEMENT = LazyPattern(r"(?<!\b(?:was|were|been|being|is|are|be) )\b\w+ed\b[^.;:]{0,80}? in an? (?:\w+ )?"
                                  r"(?:statement|communiqu[eé]|post|posting|release)\b")

#: A passive verb right after its subject, its agent next (‘He was heckled briefly by a man …’).
RE_PASSIVE_BY = regex.compile(r" (?:was|were|is|are|had been|has been) (?:\w+ly )?\w+(?:ed|en|wn|ld|lt|id)(?: \w+ly)? by ")
#: A passive right after a subject (‘the victim was described by her family’): acted on, no issuer.
RE_PASSIVE_AFTER = LazyPattern(r"(?:,[^,]{1,60},)? (?:was|were|has been|had been|have been|is|are|will be) (?:\w+ly )?\w+(?:ed|en|wn|ld|lt|id)\b")

#: Words that open a relative clause (‘the panel, which then released a statement’).
RELATIVE_WORDS = frozenset("who which that whom whose".split())


def _issuer_kind(name: str) -> str | None:
    """The kind of body a statement's issuer is described as ("the company", "the power utility"),
    for the body named before; a place it is based in may stand among the words (‘In a post on its blog,
    the Singapore-based company said …. “…,” the post said’ is the company's named before).

    >>> _issuer_kind("the power utility"), _issuer_kind("the Lagos-based company"), _issuer_kind("the Lagos company")
    ('utility', 'company', None)
    """
    words = name.split()
    if words[0].lower() == "the" and 2 <= len(words) <= 3 and words[-1].lower() in BODY_NOUNS \
            and all((w.islower() and w.isalpha()) or RE_BASED.fullmatch(w) is not None for w in words[1:]):
        return words[-1].lower()
    return None


def _body_announcing_before(text: str, sp: Span, cast: Cast) -> Person | None:
    """The body whose announcement opens the paragraph right before "a statement" quoted in it: ‘Harcastle
    confirmed they would respond to both charges. “The club acknowledges …,” a statement read.’ is the
    club's (the sentence's subject a body the article names, its verb one of saying). Never a person's
    (a statement on someone's behalf may be their lawyer's), nor a sentence naming anyone else."""
    if sp.open_at <= sp.para_start or sp.open_at - sp.para_start > 300:
        return None
    ends = _ends_before_marks(text, sp)
    s_lo = ends[-1] if ends else sp.para_start
    toks = tokenize(text, s_lo, sp.open_at)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.start != toks[0].start or m.kind not in ("name", "organisation"):
        return None
    verb = _token_after(toks, m.end)
    if verb is None or verb.word not in SPEECH_VERBS or sum(1 for t in toks if t.capitalized) > len(m.text.split()):
        return None
    p, _ = cast.resolve(m)
    if p is None or p.kind != "organisation":
        return None
    if not regex.search(r"\b" + regex.escape(m.text.split()[-1]) + r"\b", text[:sp.para_start]):
        return None  # (a body the paragraph brings in, charging someone: ‘The FA said it had opened proceedings.
        # “Our client denies the charge,” a statement read’ is the player's side's; ‘Glentoran have been
        # fined …. Glentoran confirmed …’ the club's)
    return p


def _issuer(m: Mention | None, cast: Cast, pronoun: bool = False) -> Person | None:
    """Who a mention names as a statement's issuer: never a document (‘the report’), nor, unless
    ``pronoun``, someone a pronoun stands for."""
    if m is None or (m.kind == "pronoun" and not pronoun):
        return None
    p, _ = cast.resolve(m)
    return None if p is None or (p.kind == "description" and description_head(p.name) in DOCUMENT_NOUNS) else p


def _owner_fits(document: str, p: Person) -> bool:
    """A possessive before the document (‘“…,” her email said’) fits the writer's sex; "the
    letter" fits anyone."""
    owner = OWNER_GENDERS.get(document.split()[0].lower())
    return owner is None or p.gender in (None, owner)


OWNER_GENDERS = {"his": "m", "her": "f"}


#: Things a story is about that say nothing themselves (‘The videos circulated widely.’).
MEDIA_NOUNS = frozenset("video videos footage photo photos image images clip clips ad ads advert campaign".split())

#: Nouns of two words that business news calls a firm by once it has named it (‘Meridian Capital
#: Partners, a Mumbai-based fund house, …’ / ‘the fund house said’), as "the firm" is one's.
BODY_COMPOUNDS = frozenset(("fund house", "brokerage house", "broking house", "investment house", "auction house",
                            "publishing house", "fashion house", "trading house"))

#: Words for a firm, any of which "the company" may stand for.
FIRM_NOUNS = frozenset("firm company carmaker automaker retailer insurer lender maker manufacturer startup start-up "
                       "chain operator utility drugmaker biotech chipmaker brokerage".split()) | BODY_COMPOUNDS

#: Nouns a report calls a body by once it has named it ("the firm", "the agency"), never one
#: that may be another body of the story (the government, the police, the party).
BODY_NOUNS = frozenset("""
firm company agency district council bank carmaker automaker airline carrier retailer insurer lender union club
league university hospital clinic charity network chain manufacturer maker startup operator utility
foundation institute regulator watchdog broadcaster newspaper publisher group studio
bureau administration office department ministry commission authority directorate board court supplier
association society federation alliance coalition team cooperative co-operative co-op railroad railway airport patrol
guild forum collective trust mission embassy band orchestra choir service order system unit
""".split()) | FIRM_NOUNS | frozenset(FAITH_BODY_NAME_WORDS) | NAME_HEAD_BODY_NOUNS


#: A written thing a firm put out, its issuer given only as "the company" (‘a company blog post’, ‘a
#: company statement’, ‘a post on the company’s engineering blog’, ‘a statement from the firm’).
#:
#: >>> RE_FIRM_DOCUMENT.fullmatch("a post on the company’s engineering blog").group("firm2")
#: 'company'
#: >>> RE_FIRM_DOCUMENT.fullmatch("a company blog post").group("doc"), RE_FIRM_DOCUMENT.fullmatch("a police statement")
#: ('post', None)
_FIRM_NOUN_ALTERNATION = "|".join(map(regex.escape, sorted(FIRM_NOUNS, key=lambda w: (-len(w), w))))
RE_FIRM_DOCUMENT = regex.compile(
    r"\b(?i:the|a|an) (?:(?P<firm>" + _FIRM_NOUN_ALTERNATION + r")(?:[’']s)? (?:blog |engineering |official |written |short )?"
    r"(?P<doc>statement|posting|post|release|blog|website)"
    r"|(?P<doc2>statement|posting|post|release) (?:from|on|by) the (?P<firm2>" + _FIRM_NOUN_ALTERNATION + r")"
    r"(?:[’']s (?:[\p{Ll}\-]+ )?(?:blog|website|account|page|channel))?)(?![\w’'])")

#: How far back "the post" may find the firm's document it names again (two sentences or so).
FIRM_DOCUMENT_REACH = 400


def _other_firm_introduced(text: str, at: int, firm: str) -> bool:
    """Guard: the text before ``at`` brings in another one of that kind by an indefinite article (‘a
    Boston law firm’, ‘a regional bank’): "the firm" is that one, never the one company named in full."""
    return regex.search(r"\b(?i:a|an|another) (?:[\p{L}\-]+ ){0,3}" + regex.escape(firm) + r"\b(?![’'] ?s| (?:blog|engineering|official|statement|post|posting|release|website))",
                        text[max(0, at - 1200):at]) is not None


def _firm_document(text: str, mention: Mention, sp: Span, paras: list[tuple[int, int]]) -> str | None:
    """The firm noun ("company") whose written thing the mention is: the mention itself (‘a company
    blog post’), or "the post" that names again one the sentences just before gave so (‘According
    to a company blog post, …. “…,” the post said’, in the same or the paragraph before)."""
    own = RE_FIRM_DOCUMENT.fullmatch(mention.text)
    if own is not None:
        return (own.group("firm") or own.group("firm2")).lower()
    again = RE_THE_STATEMENT.fullmatch(mention.text)
    words = mention.text.split()
    if again is None or words[0].lower() != "the" or len(words) != 2:
        return None
    noun = words[1].lower()
    lo = paras[max(0, sp.paragraph - 1)][0]
    lo = max(lo, mention.start - FIRM_DOCUMENT_REACH)
    last = None
    for m in RE_FIRM_DOCUMENT.finditer(text, lo, mention.start):
        last = m
    if last is None or (last.group("doc") or last.group("doc2")).lower() != noun:
        return None
    return (last.group("firm") or last.group("firm2")).lower()


#: The rest of a body's name after "of", "on" or "for": " of Sweden", " of the Interior", " on
#: Presidential Debates".
RE_OF_NAME = LazyPattern(r"(?:(?<=(?i:commission|committee|council|panel|board|subcommittee|office|institute|center|centre|force)) on"
                           r"| of| for) (?:the )?"
                           r"(?!(?i:" + "|".join(sorted(NOT_NAMES)) + r")\b)\p{Lu}[\p{L}\p{M}.’'\-]*+"
                           r"(?: (?!(?:Day|Eve|Night|Weekend|Friday|Monday)\b)\p{Lu}[\p{L}\p{M}.’'\-]*+){0,3}"
                           r"(?<!\b(?:Election|Black|Christmas|Thanksgiving|Easter|Memorial))")


#: The words of a body's name that each noun may stand for (besides the noun itself): "the firm"
#: for "Voltara Motors", "the agency" for "the State Department", "the district" for "St. Paul
#: Public Schools" (never an acronym: "NASA … SpaceX … the company said" is either).
BODY_NAME_WORDS = {
    **{n: BUSINESS_WORDS for n in FIRM_NOUNS | {"group"}},
    "fund house": BUSINESS_WORDS | frozenset("fund funds asset assets management amc mutual".split()),
    "agency": frozenset("agency administration bureau service department authority commission office directorate "
                        "centers board".split()),  # ("Centers for Disease Control …"; never the "Barclays Center";
    # a public board: ‘the National Transportation Safety Board … the agency said’)
    "airline": BUSINESS_WORDS | frozenset("air airways airlines aviation jet jets".split()),
    "carrier": BUSINESS_WORDS | frozenset("air airways airlines aviation jet jets".split()),
    "district": frozenset("district schools unified isd usd".split()),  # ("Canyon Vista Unified", "Round Rock ISD")
    "railroad": frozenset("railroad railroads railway railways rail".split()),
    "railway": frozenset("railroad railroads railway railways rail".split()),
    "bank": frozenset("bank".split()),
    "union": frozenset("union federation workers".split()),
    "university": frozenset("university college".split()),
    "hospital": frozenset("hospital clinic infirmary".split()),
    # a hospital or school system, named by its trade (‘Lakeview Health, which runs nine hospitals, …. The
    # system said’, ‘Harlow County Schools …. the system said’; never ‘the system’ for a firm's software)
    "system": frozenset("health healthcare hospital hospitals medical medicine care schools".split()),
    "regulator": frozenset("authority commission agency administration office".split()),
    "watchdog": frozenset("authority commission agency office".split()),
    # (and a members' body of any trade: ‘The National Farmers' Union Federation, which speaks for …, said …. In
    # a statement, the group said’, ‘The Law Society’, ‘the Irish Hotels Federation’, ‘the Royal College of Nursing’)
    "group": BUSINESS_WORDS | frozenset("foundation association coalition alliance institute fund federation society "
                                        "league guild collective forum council college".split()),
    "club": TEAM_WORDS | {"club"},
    "team": TEAM_WORDS | frozenset("team racing motorsport motorsports".split()),
    "court": frozenset("court tribunal".split()),
    "supplier": BUSINESS_WORDS | frozenset("power energy water gas electric electricity".split()),
    "studio": BUSINESS_WORDS | frozenset("studio".split()),
    "network": frozenset("network news channel".split()),
    "broadcaster": frozenset("network news channel broadcasting corporation".split()),
    **FAITH_BODY_NAME_WORDS,
}


def _body_of_kind(words: list[str], noun: str) -> bool:
    """A body's name (its words) that "the <noun>" may stand for."""
    kinds = BODY_NAME_WORDS.get(noun)
    if noun == "district":  # (its kind's word ends the name: never "the District Attorney's Office",
        # "Unified Police Department")
        return bool(words) and words[-1].lower().strip(".,’'") in (kinds or ()) | {noun}
    if noun in FIRM_NOUNS and words and words[-1].lower() in PUBLIC_BODY_ENDINGS:
        return False  # (a public body, whatever its other words: "the Securities and Exchange Commission")
    low = {w.lower().strip(".,’'") for w in words}
    return noun in low or (kinds is not None and bool(low & kinds)) or _french_kind(words) == noun \
        or (noun in SPORT_BODY_NOUNS and _sport_body(words))


#: Kinds a country's governing body of a sport is called by once named (‘Cricket Ireland …. “…,” the
#: association said’).
SPORT_BODY_NOUNS = frozenset(("association", "federation"))


def _sport_body(words: list[str]) -> bool:
    """A sport's name and a country's, either way round: a country's governing body of the sport.

    >>> _sport_body(["Cricket", "Ireland"]), _sport_body(["Athletics", "Kenya"]), _sport_body(["Rugby", "New", "Zealand"])
    (True, True, True)
    >>> _sport_body(["Cricket", "Club"]), _sport_body(["Ireland"]), _sport_body(["Kenya", "Rugby", "Union"])
    (False, False, False)
    """
    if len(words) < 2:
        return False
    for sport, place in ((words[0], words[1:]), (words[-1], words[:-1])):
        if sport.lower() in SPORT_BODY_WORDS and " ".join(place) in COUNTRY_NATIONALITIES:
            return True
    return False


#: A French body's name as written in an English report: its kind first (FRENCH_BODY_HEADS), then
#: runs of a particle and a word, with an adjective before a particle (‘Ordre des dentistes du
#: Québec’, ‘Société de l'Acadie du Nouveau-Brunswick’, ‘Syndicat de la fonction publique du
#: Québec’). Never English words after it: ‘the Ordre des dentistes said’ ends at "dentistes".
_FR_PART = r"(?:de la |de l['’]|d['’]|de |des |du |et |pour |aux |au |en |sur |à )"
RE_FRENCH_BODY = LazyPattern(
    r"(?:L['’])?(?:" + "|".join(sorted(h.capitalize() for h in FRENCH_BODY_HEADS)) + r")"
    + r"(?: \p{Ll}[\p{L}\p{M}]*(?= " + _FR_PART + r"))?"
    + r"(?: " + _FR_PART + r"\p{L}[\p{L}\p{M}\-]*(?: \p{Ll}[\p{L}\p{M}]*(?= " + _FR_PART + r"))?)+")

#: Words a piece of a French body's name may open with: its kind, or a particle (‘du Nouveau-Brunswick’).
FRENCH_NAME_OPENERS = frozenset(FRENCH_BODY_HEADS) | frozenset("du de des la".split())


def _french_body_name(text: str, name: str, before: int) -> str:
    """The whole French name of a body when a speaker's name is only a piece of it (‘the Ordre’ of
    ‘The Ordre des dentistes du Québec said …’; ‘du Nouveau-Brunswick’ of ‘Société de l'Acadie du
    Nouveau-Brunswick (SANB) said’), found where the article last writes the piece before the
    words (``before``), else first; the name as given otherwise.

    >>> _french_body_name("The Ordre des dentistes du Québec said it. “Non,” the order said.", "the Ordre", 40)
    'the Ordre des dentistes du Québec'
    >>> _french_body_name("Jean de Brabant said it. “Non,” he said.", "Jean de Brabant", 30)
    'Jean de Brabant'
    """
    the = name[:4].lower() == "the "
    core = name[4:] if the else name
    first = core.split(" ", 1)[0].lower()
    first = first[2:] if first.startswith(("l'", "l’", "d'", "d’")) else first
    if first not in FRENCH_NAME_OPENERS or not core.strip():
        return name
    if " " not in core.strip() and FRENCH_BODY_HEADS.get(first) == first:
        return name  # (guard: ‘the Commission’, ‘the Service’ are English too: never widened to a French body)
    at = text.rfind(core, 0, before)
    at = text.find(core) if at < 0 else at
    if at < 0:
        return name
    for m in RE_FRENCH_BODY.finditer(text, max(0, at - 80), min(len(text), at + len(core) + 120)):
        if m.start() <= at and at + len(core) <= m.end() and m.end() - m.start() > len(core):
            return ("the " if the else "") + m.group()
    return name


def _french_kind(words: list[str]) -> str | None:
    """The English kind of a body whose French name opens with it (FRENCH_BODY_HEADS): ‘Ordre des
    dentistes du Québec’ is an order, ‘la Fédération des travailleurs’ a federation; none for an
    English name or one whose head is not first (‘Quebec Society of …’).

    >>> _french_kind("The Ordre des dentistes du Québec".split()), _french_kind("Syndicat canadien".split())
    ('order', 'union')
    >>> _french_kind("The Order of Nurses".split()) is None, _french_kind("Québec solidaire".split()) is None
    (True, True)
    """
    if words and words[0].lower() in ("the", "la", "le"):
        words = words[1:]
    if not words:
        return None
    head = words[0].lower()
    head = head[2:] if head.startswith(("l'", "l’")) else head
    if len(words) >= 2 and words[1][:1].isupper() and not words[1][:2].lower() in ("d'", "d’", "l'", "l’"):
        return None  # (guard: a capitalised word right after the head makes a name of its own, ‘Agence
        # France-Presse’: never a French body's kind; ‘Ordre des …’, ‘Syndicat canadien’ are)
    return FRENCH_BODY_HEADS.get(head) if words[0][:1].isupper() or words[0][2:3].isupper() else None


#: The last words of public bodies' names, which are never firms.
PUBLIC_BODY_ENDINGS = frozenset("commission agency department ministry authority bureau administration council court".split())


#: Verbs of putting words out where they are read (‘shared the story on its Facebook page:’).
POSTING_VERBS = frozenset("shared posted published released issued tweeted".split())

#: The issuer after a document's noun (‘the full statement from the Merriam Falls Police Department’).
RE_FROM_BODY = LazyPattern(r"\b(?:from|by) ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,7})$")


#: A sentence opening with "That" and a description's noun, and the name set off after it: ‘That
#: student, Lucy Obi, now …’, ‘That judge, High Court Justice Amina Bello, is not …’ (the one a
#: description before was, named; the name, with any title before it, is read by mention_after).
RE_THAT_ONE_NAMED = LazyPattern(r"That ([\p{Ll}\-]+), (?=\p{Lu})")

#: The rest of a quotation's sentence after its closing mark, up to the next sentence's start.
RE_SENTENCE_REST = LazyPattern(r"[^.!?\n“\"]{0,200}?[.!?]?[”\"’]?\s+|\s+")

#: The rest of a quotation's sentence that goes on after its closing mark, to its end and the
#: space after it (‘ in the 1980s. ’).
RE_REST_TO_SENTENCE_END = LazyPattern(r"[^.!?\n“\"]{1,200}?[.!?][”\"’]?\s+")

#: How far after "That <noun>," its name may run, with a title (‘U.S. District Judge Ana Ruiz’).
THAT_ONE_NAME_REACH = 80


def _one_named_next(text: str, mention: Mention, at: int) -> Mention | None:
    """The name an indefinite description that spoke is given in the very next sentence, which
    opens with "That" and the description's noun (‘one former chorister recalled, “…”. / That
    chorister, Adaeze Obi, now a conductor, said’; ‘a judge in Lagos ruled that …, writing that it was
    “…”. That judge, Justice Amina Bello, has since retired’, its title the name's role); never
    another one (‘Another student, X,’), nor a name that does not end at its comma."""
    words = mention.text.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return None
    head = description_head(mention.text)  # (its head noun when it has one: never ‘A spokesman for the judge …
    # That judge, X,’, whose last word is another's)
    nouns = {w for w in ((head,) if head is not None else (words[-1],)) if w.isalpha() and w.islower()}
    rest = RE_SENTENCE_REST.match(text, at)
    named = RE_THAT_ONE_NAMED.match(text, rest.end()) if rest is not None else None
    if named is None and (rest := RE_REST_TO_SENTENCE_END.match(text, at)) is not None:
        named = RE_THAT_ONE_NAMED.match(text, rest.end())  # (the quotation's sentence going on after
        # it: ‘One former pupil called it “a place of terror” in the 1980s. That pupil, X,’)
    if named is None or named.group(1) not in nouns:
        return None
    toks = tokenize(text, named.end(), min(len(text), named.end() + THAT_ONE_NAME_REACH))
    who = mention_after(toks, 0, text) if toks else None
    if who is None or who.kind != "name" or " " not in who.text or not text.startswith(",", who.end):
        return None
    return who


#: A name set off before "the" (or an owner) and the office it holds: ‘Professor Gillian Armitage, the
#: university's vice-chancellor,’ (the office is matched where it ends, for _office_named_later).
RE_NAME_BEFORE_OFFICE = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,3}), the "
                                    r"(?:[\p{L}\p{M}\-]+[’']s )?$")
# (guard: the office itself, bare or of one owner, ‘the university's vice-chancellor’; never one qualified into another
# office or another body's: ‘the prime minister’, ‘the former chairman’, ‘the first principal’, ‘the Arsenal coach’,
# ‘the Kremlin spokesperson’, or ‘its mayor’ of a town named between)

#: How far after a quotation an office described there may be named (a few short paragraphs).
OFFICE_NAMED_REACH = 1500


def _office_named_later(text: str, mention: Mention, at: int) -> Mention | None:
    """The one name the article gives, soon after the quotation (from ``at``), to an office that spoke
    first as "the" and its noun alone, with no one holding it named before: ‘with the vice-chancellor
    describing it as a “…”. … / Professor Gillian Armitage, the university's vice-chancellor,
    officially opened …’. None when the office is written before the description (its holder may be
    named there), or when two people are given it after (‘Tom Reid, the home side's coach, and Liam
    Burke, the visitors' coach,’)."""
    words = mention.text.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower() or description_head(mention.text) not in ROLE_NOUNS:
        return None
    office = words[1]
    if text.find(office, max(0, mention.start - 20_000), mention.start) >= 0:
        return None
    found = None
    p = text.find(office, at, at + OFFICE_NAMED_REACH)
    while p >= 0:
        e = p + len(office)
        if text[e:e + 1] in (",", ".") and not text[p - 1:p].isalnum() \
                and (m := RE_NAME_BEFORE_OFFICE.search(text, max(0, p - 100), p)) is not None:
            title, name = split_title(m.group(1).split())
            if len(name) < 2 or is_organisation(list(name)) or (found is not None and found.text != " ".join(name)):
                return None
            s_ = m.start(1) + len(m.group(1)) - len(" ".join(name))
            found = Mention(s_, m.end(1), " ".join(name), "name", title)
        p = text.find(office, e, at + OFFICE_NAMED_REACH)
    return found


def _set_off_name(text: str, mention: Mention, open_at: int) -> Mention | None:
    """The name set off right after a description whose head ends it (‘The broadcasting regulator,
    the Audio Standards Board,’, ‘Nightjar's developer, the Cyprus-registered company Strix
    Systems,’, ‘the guest, a chiropractor named Dale Rimmer,’): two words at least, or one after
    "named" or "called"; never a party, a faith, a nation or a role (‘The governor, a Republican,’),
    a place or a date, a name after a participle or a preposition (‘One such document, obtained by
    The Post,’), nor the name of a noun after the head (‘Defence lawyers for the former mayor, Tom
    Becker,’, ‘… in Honiara, Solomon Islands,’)."""
    words = mention.text.split()
    if mention.start < open_at <= mention.end or words[-1].endswith("s"):
        return None
    body_after = description_head(mention.text) != words[-1].lower()
    place_after = body_after and len(words) > 2 and words[-2] in ("in", "at", "from", "near") and words[-1][:1].isupper()
    if body_after and not place_after and (words[-1].lower() not in THING_NOUNS or description_head(mention.text) not in ROLE_NOUNS):
        return None  # (but a body after the head, ‘said a spokeswoman for the carrier, Ellen Marsh’, is
        # no person: the name is the spokeswoman's)
    m = RE_APPOSITIVE_NAME.match(text, mention.end)
    if m is None:
        return None
    if place_after and not (m.start(1) == mention.end + 2 and m.group(1).split()[0].rstrip(".").lower() in HONORIFICS):
        return None  # a place after the head, then a name with its honorific: ‘A commercial bus driver at
        # Mile 12, Mr Tunde Bakare, said’ (never the place's own region: ‘a teacher in Lagos, Nigeria,’)
    if body_after and not place_after and gender_of(m.group(1).split()[0]) is None:
        return None
    name, lead = m.group(1), m.group(0)[2:m.start(1) - m.start()]
    first = name.split()[0].lower()
    if name.lower() in ONE_WORD_PLACES or name in TWO_WORD_PLACES or name.isupper() or first in NOT_NAMES \
            or (" " not in name and "named " not in lead and "called " not in lead):
        return None
    if any(w in FUNCTION_WORDS or (w.endswith(("ed", "ing")) and "-" not in w)
           for w in lead.lower().split() if w not in ("the", "a", "an", "named", "called")):
        return None
    if first in ROLE_NOUNS and not is_organisation(name.split()):
        title, person = split_title(name.split())  # a title and a name: ‘His opponent, Secretary of State
        if title and len(person) >= 2 and gender_of(person[0]) is not None:  # Lucinda Arroyo, called’
            at = m.start(1) + len(name) - len(" ".join(person))
            return Mention(at, at + len(" ".join(person)), " ".join(person), "name", title)
        return None
    if not is_organisation(name.split()) and (first in PARTY_WORDS or first in DEMONYMS
                                              or first in FAITHS or first in ("of", "for")):
        return None
    at = m.start(1)
    kind = "organisation" if is_organisation(name.split()) or lead.startswith("the ") else "name"
    if kind == "name" and " of " in name and len(person := name.split(" of ")[0].split()) >= 2:
        name = " ".join(person)  # a person and where from: ‘The moderator, Renee Galloway of WPHL,’
    if lead == "the ":
        at, name = at - 4, "the " + name  # (a body's name as written: "the Audio Standards Board")
    return Mention(at, at + len(name), name, kind, mention.text if kind == "name" else None)  # (the description, its role)


#: A name set off after a description, with a word or three of its own before it (‘, the Audio
#: Standards Board,’, ‘, the Cyprus-registered company Strix Systems,’, ‘, a chiropractor named Dale Rimmer,’),
#: and where they are from after it (‘As one reader, Bernard Hollis from Kilcross, put it’).
RE_APPOSITIVE_NAME = regex.compile(r", (?:(?:the|a|an) )?(?:(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}+-\p{Ll}+) ){0,3}(?:named |called )?"
                                   r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,5})"
                                   r"(?: (?:from|in) \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2})?(?:,|\.(?=\s|$))")

#: A written thing and who issued it, ending a description (‘a statement from Northlight Artist
#: Management’, ‘a letter signed by Mayor Ruth Ellis’; a nation's body by its adjective: ‘a readout
#: issued by the Sarandian presidency’; a ruling body past its adjective: ‘a statement from the ruling
#: Council for Peace and Development’).
RE_ISSUED_BY = regex.compile(r"\b(\p{Ll}+)s? (?:(?:issued|released|signed|sent|posted|published|written) )?(?:from|by) "
                             r"(?:the (?:" + "|".join(sorted(RULING_WORDS)) + r") (?=\p{Lu}))?"
                             r"((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,7}"
                             r"|the \p{Lu}[\p{L}\p{M}\-]* (?:" + "|".join(sorted(NATION_BODY_NOUNS)) + r"))$")

#: A body given as a sentence's source at its end (‘…, according to the Pine Valley Police Department.’).
RE_ACCORDING_TO_BODY = LazyPattern(r"according to ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7})[.,]?\s*$")

#: A body that a sentence's trailing reporting clause gives as its speaker (‘Police used water
#: cannon to disperse them, the Interior Ministry said.’, ‘…, the Defence Ministry said on Telegram.’).
RE_BODY_SAID_AT_END = LazyPattern(r", ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}) "
                                    r"(?:said|says|reported|announced|added|wrote)(?: (?:on|in) [^.,;“”\"\n]{1,40})?\.\s*$")

#: Kinds of public body that "The CDC", "the NUM" may be.
ACRONYM_BODY_NOUNS = frozenset("agency bureau administration department ministry commission authority regulator "
                               "watchdog directorate".split())  # (never "union": it answers the employer named before)

#: A subject's verb right after it, with "its" as its object's owner: what a body does to its own
#: ("grounded its fleet", "cut its forecast"; never "Delacroix blamed the weather for its losses").
RE_VERB_ITS = LazyPattern(r" (?:(?:also|has|had|have|will|would|quickly|temporarily) )?(\w+) its\b")

#: A subject that speaks of itself as "it": a body (‘Corvanta said it would cooperate’).
RE_SAID_IT = LazyPattern(r" (?:also )?(?:said|says|announced|confirmed|stated|added) (?:that |on \w+ that )?it "
                           r"(?:would|will|was|is|had|has|could|plans|planned|expects|expected|intends|intended)\b")


def _said_it_past_aside(text: str, end: int, hi: int) -> bool:
    """The subject ending at ``end`` speaks of itself as "it" past an aside that tells what it is,
    no person (‘Voltaris, a joint venture between a Korean battery maker and a U.S. automaker, said it
    was “disappointed”’; never ‘Hale, a lawyer for the firm, said it would appeal’).

    >>> _said_it_past_aside("Kolt, a joint venture of two U.S. firms, said it would", 4, 60)
    True
    >>> _said_it_past_aside("Hale, a lawyer for the firm, said it would", 4, 50)
    False
    """
    if not text.startswith(", ", end):
        return False
    close = text.find(",", end + 2, min(hi, end + 2 + ASIDE_REACH))
    if close < 0 or RE_SAID_IT.match(text, close + 1, hi) is None:
        return False
    words = text[end + 2:close].lower().split()
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in SET_OFF_CLAUSE_WORDS
                or w in ("between", "and")), len(words))
    return len(words) >= 2 and words[0] in ("a", "an", "the") and cut >= 2 and words[cut - 1].isalpha() \
        and not _person_noun(words[cut - 1]) and not _person_noun(words[cut - 1].removesuffix("s"))


def _spoke_only(p: Person, cast: Cast) -> bool:
    """Nothing but speaking marks this name of one word a person's: no sex, no title, no role, no
    "who" after it."""
    return p.kind == "name" and " " not in p.name and p.gender is None and not p.titled and not p.who \
        and not cast.roles_of(p)


#: How long an aside between a subject and its verb may be.
ASIDE_REACH = 120


def _its_own(text: str, start: int, end: int, hi: int) -> bool:
    """The sentence goes on from a subject's end to an "its" of the subject's own, within a few
    words that name no one else, and the subject is a name the article gave before (‘Tandem filed
    …. Tandem acknowledges the dual-class structure in its risk factors’; never a surname met
    first: ‘Delacroix blamed the weather for its losses’)."""
    its = text.find(" its ", end, min(hi, end + 60))
    return its >= 0 and RE_CAPITAL_WORD.search(text, end, its) is None \
        and next(word_positions(text, text[start:end], max(0, start - BODY_ENDING_REACH), start), None) is not None


RE_CAPITAL_WORD = LazyPattern(r"\b\p{Lu}")

#: The body people belong to, right after them ("Engineers at rival Hexon Industries").
RE_AT_BODY = LazyPattern(r" (?:at|of|from|for|with) (?:the )?(?:\p{Ll}+ )?(\p{Lu}[\p{L}&’'\-]*(?: \p{Lu}[\p{L}&’'\-]*)*)")


def _body_kind(said_by: list[str], how: str) -> str | None:
    """The kind of body a speaker's words name as "the <kind>" ("the firm"; "the Bank", its kind in
    capitals as some write a body's; "the Boston-based company", where it is based), for the body
    named before; none for anything else."""
    based = next((k for k, w in enumerate(said_by) if w.endswith("-based")), None) \
        if how == "description" and len(said_by) >= 3 else None
    if based is not None and based == len(said_by) - 2 and all(w[:1].isupper() for w in said_by[1:based + 1]):
        said_by = [said_by[0], said_by[-1]]  # (a place: never ‘the community-based group’)
    if how in ("description", "organisation") and len(said_by) == 2 and said_by[0].lower() == "the" \
            and said_by[1].lower() in BODY_NOUNS and (how == "description" or said_by[1][:1].isupper()):
        return said_by[1].lower()
    if how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
            and (compound := f"{said_by[1]} {said_by[2]}") in BODY_COMPOUNDS:
        return compound  # (a kind of two words: ‘the fund house’)
    if how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
            and said_by[2].lower() in BODY_NOUNS and _restating_word(said_by[1]):
        return said_by[2].lower()  # (its kind with a word that restates it: ‘the low-cost carrier’)
    return None


#: Words that give the name a body brought in by its kind goes by (‘a group calling itself X’,
#: ‘an activist network known as X’, ‘a hacking group named X’).
BODY_CALLED_LEADS = ("calling itself", "that calls itself", "which calls itself", "known as", "called", "named")


@functools.lru_cache(maxsize=64)
def _kind_called(noun: str) -> regex.Pattern:
    """A body of the kind ``noun`` brought in unnamed, then the name it goes by.

    >>> _kind_called("group").search("claimed by a hacking group calling itself Red Moth, which").group("name")
    'Red Moth'
    >>> _kind_called("group").search("A group of residents called on the council") is None
    True
    """
    word = r"\p{Lu}[\p{L}\p{M}’'\-]*"
    return regex.compile(r"\b(?:[Aa]n?|[Aa]nother) (?:[\p{Ll}\-]+ ){0,3}?" + regex.escape(noun) + r" (?:"
                         + "|".join(BODY_CALLED_LEADS) + r") (?P<name>(?:the )?" + word
                         + r"(?:(?: (?:of|for|and|&|the))* " + word + r")*)")


def _unnamed_kind_since(text: str, lo: int, at: int, noun: str) -> regex.Match | None:
    """Another of the kind brought in unnamed between ``lo`` and ``at`` (‘a second group’), which "the
    <noun>" may stand for as well."""
    return regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+,?\s+){{0,3}}?{regex.escape(noun)}\b",
                        text[lo:at], flags=regex.I)  # (a comma between its words: ‘a second, unnamed group’)


def _board_of_firm(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm whose board "the board" is, when no body called a board is named: the one "the
    company" would stand for there (‘Meranti Foods, whose shares were suspended, said its chief had
    quit. The board said it would “…”’). The caller's check that no other board is told of nearby
    (‘its board of directors’, ‘a review board’) still holds."""
    if noun != "board":
        return None
    body = _body_before(text, at, "company", sp, paras, cast)
    return body if body is not None and not _body_of_kind(body.name.split(), "agency") else None


def _restating_word(word: str) -> bool:
    """A word before a body's kind that speaks again of the body named, telling no second one of the
    kind: ‘the embattled lender’, ‘the low-cost carrier’, ‘the state-owned broadcaster’, ‘the
    Pune-headquartered company’ (never ‘the rival carrier’, ‘the second-largest carrier’, ‘the
    community-based group’).

    >>> _restating_word("low-cost"), _restating_word("Nasdaq-listed"), _restating_word("rival"), _restating_word("community-based")
    (True, True, False, False)
    """
    low = word.lower()
    return low in BODY_RESTATING_WORDS or (word[:1].isupper() and "-" in low and low.rsplit("-", 1)[1] in BODY_HELD_ENDINGS
                                            and low.rsplit("-", 1)[0].replace("-", "").isalpha())


def _body_ending_in_kind(text: str, said_by: list[str], how: str, mention: Mention, sp: Span,
                         paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body "the center" or "the centre" stands for: the one that spoke just before, when its
    name ends with that kind (‘The National Hurricane Center said Delphine had strengthened. “…,”
    the center said’); never a person of that trade (‘Okoro, the Hawks' center,’) nor a body of
    another name (‘Ridgeview Hospital said …. “…,” the center said’): those stay as written."""
    if how != "description" or len(said_by) != 2 or said_by[0].lower() != "the" \
            or (noun := said_by[1]) not in NAME_ENDING_BODY_NOUNS:
        return None
    body = _body_before(text, mention.start, noun, sp, paras, cast)
    if body is None or body.name.split()[-1].lower() != noun or not _body_fits(text, mention, noun, body):
        return None
    return body


def _body_fits(text: str, mention: Mention, kind: str, body: Person) -> bool:
    """The body found for "the <kind>" at ``mention`` is the one meant: where the words say it is
    based, the text writes that of it (‘Oslo-based Fjordline sold its ferries to Kiel-based Baltic
    Link. “…,” the Kiel-based company said’ is Baltic Link's, ‘the Dallas-based company’ never Texcel
    Corp. beside Dallas-based Crestmark Bank); and a board, a court or a supplier is the one named
    only when no other of its kind is told of since (‘Halvorsen's board of directors’, ‘a parts
    supplier’, ‘A federal judge in Austin blocked the law’)."""
    name = body.name[4:] if body.name.startswith("the ") else body.name
    based = RE_BASED.search(mention.text)
    if based is not None and any(not text.startswith(name, m.end() + 1)
                                 for m in regex.compile(regex.escape(based.group()) + r"(?= \p{Lu})").finditer(text, 0, mention.start)):
        return False  # (another firm the text says is based there)
    if kind in ("board", "court", "supplier"):
        lo = max(0, mention.start - BODY_REACH)
        own = [(m.start(), m.end()) for m in regex.finditer(regex.escape(name), text[lo:mention.start])]
        nouns = f"(?:{kind}|judge)" if kind == "court" else kind  # (a judge is a court of one)
        pattern = rf"\b(?:a|an|the|its|their|his|her|[\p{{L}}]+['’]s) (?:[\p{{L}}\p{{N}}\-.]+ ){{0,3}}{nouns}\b"
        window = text[lo:mention.start]
        if any(not any(m.start() < b and a < m.end() for a, b in own) and m.group().lower() != f"the {kind}"
               and not window.startswith((f", {name}", f", the {name}"), m.end())  # (its own appositive:
               # ‘Germany's top court, the Federal Constitutional Court,’; and "the board" again is the same)
               for m in regex.finditer(pattern, window, flags=regex.I)):
            return False  # (another of its kind told of around it: ‘The 9th Circuit Court of Appeals ruled …. the
            # Supreme Court declined …. the court said’)
    if _rival_named(text, mention.start, kind, name):
        return False
    if _second_of_kind_since(text, name, mention.start, kind):
        return False
    return True


@functools.lru_cache(maxsize=64)
def _kind_in_name(noun: str) -> re.Pattern:
    """A body's name with its kind in capitals, after its owner or before "of" ("Harbor National Bank",
    "the Diocese of Kells"; never "Bank Rate", "raised Bank")."""
    kind = regex.escape(noun[:1].upper() + noun[1:])
    return regex.compile(rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*\s)+{kind}\b(?!\s\p{{Lu}})|\b{kind} of (?:the )?\p{{Lu}}")


def _rival_named(text: str, at: int, kind: str, name: str) -> bool:
    """Another body of that kind is named by its capitalised name within reach before ``at``, outside
    the body's own name: "the <kind>" may be either (‘The Diocese of Arden will merge with the Diocese
    of Kells. “…,” the diocese said’, ‘The Ministry of Health and the Ministry of Finance …’)."""
    lo = max(0, at - BODY_REACH)
    if text.find(kind[:1].upper() + kind[1:], lo, at) < 0:
        return False  # (cheap: no capital kind in reach)
    own = [(m.start(), m.end()) for m in regex.finditer(regex.escape(name), text, pos=max(0, lo - len(name)), endpos=at)]
    return any(not any(a <= m.start() < b or a < m.end() <= b for a, b in own)
               for m in _kind_in_name(kind).finditer(text, lo, at))


#: How far before "the board" or "the court" another of its kind makes it unclear which is meant.
BODY_REACH = 600


#: A second body of a kind brought in by "another" or "a rival", "a second" (SECOND_OF_KIND_WORDS), with
#: up to two words before its kind (‘Shawbrook, another lender,’, ‘a second private lender’).
RE_SECOND_OF_KIND = LazyPattern(r"\b(?:[Aa]nother|(?:[Aa]n?|[Oo]ne) (?:" + "|".join(sorted(SECOND_OF_KIND_WORDS))
                                  + r")\b)((?:,? [\p{Ll}\-]+){1,3})\b(?![\-’'])")


def _same_kind(word: str, noun: str) -> bool:
    """A kind's word that "the <noun>" may stand for: the noun, or another word for it (‘firm’ for "the
    company", ‘bank’ for "the lender", ‘airline’ for "the carrier", ‘regulator’ for "the watchdog")."""
    return word == noun or any(word in kinds and noun in kinds
                               for kinds in (FIRM_NOUNS, REGULATOR_NOUNS, *SAME_KIND_PAIRS))


def _second_of_kind_since(text: str, name: str, at: int, noun: str) -> bool:
    """After the body's name last written before ``at`` (within a body's reach), the text brings in
    another of the kind (‘Signature Bank failed. PacWest Bancorp, another regional lender, fell.
    “…,” the lender said’, ‘Zenith Bank, a rival lender,’): "the <noun>" may be either. Never a
    rival told of before the name (‘IndiGo, a rival carrier, cut fares. Air India announced …. “…,”
    the airline said’ is Air India), nor "another" said of something else (‘Another blow came …’,
    ‘another record for the lender’).

    >>> t = "Metro Bank fell. Shawbrook, another lender, fell. “…,” the lender said"
    >>> _second_of_kind_since(t, "Metro Bank", t.index("the lender"), "lender")
    True
    >>> t = "Equity Bank posted another record for the lender. “…,” the lender said"
    >>> _second_of_kind_since(t, "Equity Bank", t.index("the lender", 45), "lender")
    False
    """
    lo = max(0, at - DESCRIBED_BODY_REACH)
    own = name[4:] if name.startswith("the ") else name
    named = text.rfind(own, lo, at)
    lo = named + len(own) if named >= 0 else max(0, at - BODY_REACH)
    for m in RE_SECOND_OF_KIND.finditer(text, lo, at):
        words = m.group(1).replace(",", " ").split()
        cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS or w in DETERMINERS or w in FUNCTION_WORDS),
                   len(words))
        if any(_same_kind(w, noun) for w in words[:cut]):
            return True  # (its kind among the words before a small word: never ‘another record for the
            # lender’, whose kind is "record")
    return False


#: Where a body is based or listed, before its kind (‘Kiel-based’, ‘Nasdaq-listed’).
RE_BASED = LazyPattern(r"\p{Lu}[\p{L}\- ]*-(?:based|listed|headquartered)")


def _body_before(text: str, at: int, noun: str, sp: Span, paras: list[tuple[int, int]], cast: Cast,
                 restated: bool = False) -> Person | None:
    """The body that one of the two sentences before ``at`` opens with as its subject, for "the
    firm" or "the agency" at a cue: ‘Voltara recalled 86,000 cars. The firm said …’, ‘The Public
    Health Agency of Sweden will review its advice. In a statement, the agency said’; when those
    sentences open with no name at all, the one body of that kind the article has named, not
    long before (‘The Office of Banking Conduct fined Carrow Federal Bank. … Carrow charged
    customers improper fees. “…,” the agency said’). None when a subject is a person ("Smith
    joined Google. The company said …"), another body, or no body of the kind is known. A subject
    that is the same firm again by where it is based (‘The Berlin-based company, which …, said’)
    is looked past once (``restated``) to the firm named before it."""
    k = sp.paragraph
    while k > 0 and paras[k][0] > at:
        k -= 1  # (the cue's paragraph, before the words': ‘… The coalition wrote:’ / ‘“…”’)
    lo = paras[k][0]
    if k > 0 and (not sentence_ends(text, lo, at) or _words_open_cue_sentence(text, sp, lo, at)):
        lo = paras[k - 1][0]  # (the cue's sentence opens its paragraph, or only the words of several
        # sentences it closes do: ‘“… protection. The economics are clear …,” the agency said’)
    lo = max(lo, at - CONTEXT_CHARS)
    ends = [e for e in sentence_ends(text, lo, at) if not sp.open_at < e < (sp.close_end or sp.end)]
    sentences = [(x, y) for x, y in zip([lo, *ends], ends) if text[x:y].strip()]
    if k >= 2 and lo == paras[k - 1][0] and noun in FIRM_NOUNS and sentences \
            and all(_persons_quotation(text, x, y, cast) for x, y in sentences):
        # a paragraph that is only someone's quotation between the firm's and the cue's (‘… Vitalis
        # Digital said …. / “…,” Chief Executive Jana Kessler said. / The company said …’): looked past
        lo = max(paras[k - 2][0], at - CONTEXT_CHARS)
        ends = sentence_ends(text, lo, at)
        sentences = [(x, y) for x, y in zip([lo, *ends], ends)
                     if text[x:y].strip() and not _persons_quotation(text, x, y, cast)]
    if not restated and (own := _body_in_own_sentence(text, at, noun, paras[k][0], cast)) is not None:
        return own  # ‘… a care home run by Heather Care Group, until she was dismissed for what the company
        # described as “…”’
    told_otherwise = _kind_word_told_otherwise(text, noun, at)  # (the same for every sentence)
    for s_lo, s_hi in reversed(sentences[-2:]):
        if text[s_lo:s_hi].lstrip().startswith(("“", '"')) and s_hi >= at:
            continue  # (the cue's own sentence opening with the words: its subject is the quotation's)
        if (dateline := RE_DATELINE.match(text, s_lo, s_hi)) is not None:
            s_lo = dateline.end()  # (past a dateline: ‘CONCORD — The Fish and Game Agency on Friday closed the
            # lake. “…,” the agency said’ is the whole body, never "Game Agency")
        if (called := _kind_called(noun).search(text, s_lo, s_hi)) is not None \
                and _unnamed_kind_since(text, called.end(), at, noun) is None:
            return Person(called.group("name"), kind="organisation")  # a body brought in by its kind and the
            # name it goes by: ‘… claimed by a group calling itself BlackMoth. The group said’
        toks = tokenize(text, s_lo, s_hi)
        source = RE_ACCORDING_TO_BODY.search(text, s_lo, s_hi)
        if source is not None and _body_of_kind(source.group(1).split(), noun):
            return Person(source.group(1), kind="organisation")  # the source a sentence before gave: ‘…,
            # according to the Pine Valley Police Department. “…,” the department said’
        source = RE_BODY_SAID_AT_END.search(text, s_lo, s_hi)
        if source is not None and _body_of_kind(source.group(1).split(), noun) \
                and not cast.knows(source.group(1).split()[-1].lower()):
            return Person(source.group(1), kind="organisation")  # or its speaker after the words: ‘Police
            # used water cannon, the Interior Ministry said. / “…,” the ministry said in a statement’
        m = sentence_subject(text, toks, lambda w: True)
        if m is None or m.kind == "pronoun":
            continue
        if m.kind in ("name", "organisation") and (s_lo, s_hi) == sentences[-1] \
                and (again := _lede_firm_again(text, m, noun, paras, cast)) is not None:
            return again  # the lede's firm, the subject of the sentence right before: ‘Paystride currently has
            # 140 employees. The company said …’ (whatever other firm the story told of before)
        if m.kind == "name" and m.text.isupper() and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
                and (spelt := _spelt_before(text, m.text, m.start)) is not None and _body_of_kind(spelt.split(), noun):
            return Person(spelt, kind="organisation")  # a body by the letters the article gave it: ‘Athletics
            # Kenya (AK) has suspended …. AK said …. “…,” the federation said’
        if (s_lo, s_hi) == sentences[-1] and _public_letters_spoke(text, m, s_hi, noun, at, cast):
            return Person(m.text, kind="organisation")  # ‘In a statement, ICE said …. “…,” the agency said’
        if m.kind == "name" and _kind_in_title_only(m.text.split(), noun):
            continue  # a person with an office, never the body: ‘Chief Financial Officer Grace Lim described …’
        if m.kind == "name" and (part := RE_WORD_AFTER.match(text, m.end, s_hi)) is not None and part.group(1) in BODY_PARTS:
            continue  # a part of the body, never the body that speaks: ‘Lotus shares fell 3 per cent.’
        if m.kind == "name" and text[max(0, m.start - len(noun) - 1):m.start].lower() == noun + " ":
            return Person(m.text, kind="organisation")  # its kind right before it: ‘The cable news network TNX’
        if m.kind in ("name", "organisation") and (" " not in m.text or m.kind == "organisation" or is_organisation(m.text.split())) \
                and _described_as(text, m.end, noun, s_hi, told_otherwise) \
                and not _one_of_two(text, m.end):
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # ‘Northjet, a budget airline based in Leeds,’, ‘The Northern Liberation Front, a rebel group,’
        if m.kind == "name" and noun in FIRM_NOUNS and _firm_noun_before(text, s_lo, m.start) \
                and gender_of(m.text.split()[0]) is None and not m.text.isupper() \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled or cast.roles_of(known))):
            return Person(m.text, kind="organisation")  # a firm's kind right before its name, opening the
            # sentence: ‘German health app maker Vitalis Digital said …. “…,” the company said’ (never
            # one with a given name or the article's person: ‘Startup founder Ann Lee said’ has no kind)
        if m.kind == "description" and not restated and _restated_firm(m.text, noun):
            earlier = _body_before(text, m.start, noun, sp, paras, cast, restated=True)
            if earlier is not None:
                return earlier  # ‘Vitalis Digital said …. / The Berlin-based company, which …, said …. /
                # The company said …’: the firm named before its restatement
        if m.kind == "description" and (spoke_for := _spoken_for(m.text)) is not None \
                and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
                and _speaking_body(spoke_for, noun, cast, text, at) and not _other_body_of_kind(text, at, noun, cast, spoke_for) \
                and not any(r.group() not in spoke_for for r in RE_NAMED_BETWEEN.finditer(text, m.end, at)) \
                and not _kind_told_before(text, at, noun, m.start):
            return Person(spoke_for, kind="organisation")  # the body its spokesperson spoke for: ‘A spokesperson
            # for Harbourview Rentals said …. The company added: “…”’
        if m.kind == "name" and m.role is not None and (m.role.lower().split()[-1] == noun or (
                noun in REGULATOR_NOUNS and m.role.lower().split()[-1] in REGULATOR_NOUNS
                and not told_otherwise)) \
                and not any(w in FUNCTION_WORDS for w in m.role.lower().split()):  # (never ‘a critic of the bank’)
            return Person(m.text, kind="organisation")  # its kind before it: ‘Aid group Coastal Lifeline said’
        if m.kind == "name" and m.role is not None and noun in FIRM_NOUNS and _firm_role(m.role) \
                and " " in m.text and gender_of(m.text.split()[0]) is None and not m.text.isupper() \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.gender is not None or known.titled
                             or any(not _firm_role(r) for r in cast.roles_of(known)))):
            return Person(m.text, kind="organisation")  # a firm's trade set off before it: ‘The developer, Calder
            # Park Homes, said …. “…,” the company said’ (never one with a given name: ‘The builder, Tom Reed,’)
        said_it = False
        if m.kind == "name" and noun not in ("team", "club") and gender_of(m.text.split()[0]) is None \
                and not m.text.isupper() and m.text.lower() not in ONE_WORD_PLACES and m.text not in TWO_WORD_PLACES \
                and (RE_VERB_ITS.match(text, m.end, s_hi) is not None or (
                    ((said_it := RE_SAID_IT.match(text, m.end, s_hi) is not None or _said_it_past_aside(text, m.end, s_hi)) or (
                        _its_own(text, m.start, m.end, s_hi) and not _other_body_of_kind(text, at, noun, cast, m.text)))
                    # (‘Corvanta said it would …’: a firm's
                    # name of one word, or a firm's name of its kind; never a person, a capital standing for
                    # its government, "Moscow said it …. “…,” the ministry said", or another kind of body)
                    and BUSINESS_WORDS <= BODY_NAME_WORDS.get(noun, frozenset())
                    and ((" " not in m.text and "." not in m.text) or _body_of_kind(m.text.split(), noun)))) \
                and ((known := cast.by_surname.get(m.text.split()[-1].rstrip(".").lower())) is None
                     or not (known.personlike or cast.roles_of(known)) or (said_it and _spoke_only(known, cast))):
            # (a name of one word that speaks of itself as "it" may have spoken, and be no person for that:
            # ‘Voltaris, a joint venture …, said it was “disappointed”’)
            # (never a dateline's "OSLO —", nor a person the article knows: "Mehta said its findings",
            # "Trump visited its assembly line"; nor a country or a state, "China raised its tariffs",
            # "South Korea", "New Mexico")
            # what it did with "its": ‘MidSouth LifeFlight grounded its fleet. “…,” the company said’
            # (never a person's "his" or "her"), by the firm's fuller name when the article gives one
            return Person(" " not in m.text and cast.company(m.text) or m.text, kind="organisation")
        if m.kind == "name" and " " not in m.text and (company := cast.company(m.text)) is not None \
                and (_body_of_kind(company.split(), noun) or BUSINESS_WORDS <= BODY_NAME_WORDS.get(noun, frozenset())):
            return Person(company, kind="organisation")  # a firm by its first word: ‘… a chip made by Kestrel
            # Microsystems. Kestrel did not respond …. “…,” the company said’
        if (m.kind in ("name", "organisation") or (m.kind == "description" and m.text.startswith("The ")
                                                   and all(w[:1].isupper() for w in m.text.split()[1:]))) \
                and noun in SPEAKING_BODY_NOUNS \
                and (RE_WHICH_SPOKE.match(text, m.end, s_hi) is not None or (
                    (spoke := RE_SUBJECT_SPOKE.match(text, m.end, s_hi)) is not None
                    and not any(w.strip(",’'s").lower() in ROLE_NOUNS for w in (spoke.group(1) or "").split()))) \
                and _speaking_body(m.text, noun, cast, text, at) and not _other_body_of_kind(text, at, noun, cast, m.text) \
                and not _kind_told_before(text, at, noun, m.start):
            # (never one with a person's role set off, ‘Ferreira, the group's chief executive, said’, nor
            # with another of the kind named before, ‘Regulators fined Verano Energy …. Ofgem said …. “…,”
            # the company said’)
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # the body that spoke just before, by its kind: ‘Amnesty International said in a statement
            # that …. “…,” the group said’
        if m.kind == "name" and (unlabelled := _unlabelled_body(text, m, s_hi, at, noun, cast, sentences[0][0])) is not None:
            return unlabelled  # ‘Uisce Éireann said it had …. “…,” the utility said’
        if m.kind == "description" and description_head(m.text) == noun and " " in m.text \
                and any(w[:1].isupper() for w in m.text.split()[1:]) and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None:
            return Person("the" + m.text[3:] if m.text.startswith("The ") else m.text, kind="organisation")
            # (its kind with its owner or remit: ‘Iran's mission to the United Nations said …. “…,” the mission said’)
        if m.kind == "name" and not is_organisation(m.text.split()) and not _body_of_kind(m.text.split(), noun) \
                and not cast.knows(m.text.split()[-1].rstrip(".").lower()):
            continue  # a capitalised word the article names no one by ("Carrow charged …", "According to …")
        words = m.text.split()
        if m.kind == "description" and len(words) == 2 and (words[1].lower() == noun or (
                words[1].lower() in FIRM_NOUNS and noun in FIRM_NOUNS)):
            continue  # ("The airline said …": the same body again, named before; "The biotech said …. “…,”
            # the company said")
        if m.kind == "description" and (description_head(m.text) in DOCUMENT_NOUNS or description_head(m.text) in MEDIA_NOUNS):
            continue  # a thing the story is about (‘The videos circulated widely.’): no one who speaks
            # (but a body described, ‘A supplier in Ohio … said’, is another body)
        if m.kind == "description" and description_head(m.text) == noun and text.startswith(", ", m.end) \
                and (run := RE_SET_OFF_BODY.match(text, m.end + 2)) is not None:
            return Person(run.group(1), kind="organisation")  # its name set off after its very kind: ‘A student
            # group, Harwood Students for Accountability, celebrated …. “…,” the group posted’
        if m.kind == "description" and text.startswith(", ", m.end) \
                and (run := RE_NAME_RUN.match(text, m.end + 2)) is not None and text.startswith(",", run.end()) \
                and _body_of_kind(run.group().split(), noun):
            return Person(run.group(), kind="organisation")  # its name set off: ‘The manufacturer, Norcastle
            # Pharmaceuticals, said …. “…,” the company said’
        if m.kind == "organisation" and len(words) == 2 and words[1].isupper() and 1 < len(words[1]) < 7 \
                and "." not in words[1] and words[1] not in COUNTRY_LETTERS \
                and (noun in ACRONYM_BODY_NOUNS or (noun == "union" and "U" in words[1] and not words[1].startswith("US"))) \
                and not text.startswith(" and ", m.end):  # (one of two: "The NIH and the CDC"; a union's
            # letters hold its U, "The NUM", "The UAW", never "The NFL", "The BBC")
            return Person(m.text if m.text[0] == "t" else "the" + m.text[3:], kind="organisation")  # ‘The CDC said
            # …. “…,” the agency said’ (a public body's letters; a company's, "GM", tell no kind)
        if m.kind == "description" and len(words) > 2 and words[0] in ("The", "the") and words[-1].lower() == noun \
                and all(w[:1].isupper() for w in words[1:-1]):
            return Person("the " + " ".join(words[1:]), kind="organisation")  # a name and its kind: ‘The
            # Coordination Rurale union was unimpressed. “…,” the union said’
        if m.kind == "description" and (head_ := description_head(m.text)) not in BODY_NOUNS \
                and head_ is not None and _person_noun(head_) and m.text.split()[0].lower() not in ("the", "a", "an"):
            at_body = RE_AT_BODY.match(text, m.end, s_hi)
            if at_body is not None and _body_of_kind(at_body.group(1).split(), noun):
                # (the body they belong to, when it is of the kind: ‘Engineers at rival Hexon
                # Industries said …. “…,” the company said’), in full, as written: ‘Members of the
                # National Union of Rail Workers will walk out’
                of = RE_OF_NAME.match(text, at_body.end(1), s_hi)
                name = text[at_body.start(1):of.end() if of is not None else at_body.end(1)]
                the = at_body.group().endswith(" the " + at_body.group(1))
                return Person(("the " if the else "") + name, kind="organisation")
            continue  # people of the body or around it: ‘Students at Halvorsen University protested.’
        if m.kind == "description" and len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
                and words[1] in THING_NOUNS and words[1] not in BODY_NOUNS and words[1] != noun:
            continue  # a body of another kind, never this one: ‘The zoo will pay $1 million a year to the
            # foundation. In a statement, the foundation said’
        if m.kind == "description" and len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
                and _other_side(words[1], noun):
            if _kinds_in_reach(text, at, noun, cast) > 1:
                return None  # (and two of the kind named: no telling which)
            continue  # a firm when a union, a regulator or a ministry speaks, or one of those when a firm
            # does: ‘The union has given Kgalagadi Platinum until Friday. The company says it cannot afford
            # more. “…,” the union said’
        if m.kind == "description" and noun in FIRM_SIDE_NOUNS and (one := _one_of_firms(text, m, s_hi, cast)) is not None:
            return one  # ‘One of the sanctioned firms, Dubai-based Corvex Shipping, said it had …. “…,” the company said’
        if m.kind == "description" and m.text.rsplit(" ", 1)[-1].lower() in BODY_PLURALS:
            continue  # bodies in the plural, acting on one: ‘Regulators fined Crestline Energy …. The company said’
        if m.kind == "description" and " " not in m.text and m.text.islower() and m.text.endswith("s") \
                and m.text[:-1] not in BODY_NOUNS and RE_AT_BODY.match(text, m.end, s_hi) is None:
            continue  # people or things in the plural, never one body: ‘Crews will inspect every line.’
        if m.kind == "description" and not (words[0] == "The" and all(w[:1].isupper() for w in words[1:])) \
                and not _joined_name(words):
            return None  # (but ‘The National Highway Safety Bureau’, ‘Pacific Gas and Electric’ are names)
        if m.kind == "description" and "and" in words and any(len(side) > 1 and _body_of_kind(side, noun) for side in (
                words[:words.index("and")], words[words.index("and") + 1:])):
            return None  # (two bodies of the kind: ‘Castlegate Bank and Rift Valley Commercial Bank both raised …’,
            # ‘Barclays and Lloyds Bank’)
        of_kind = _body_of_kind(words, noun)
        if m.kind == "name" and not (is_organisation(words) or (len(words) > 1 and of_kind)):
            return None  # (a body's name: never "Smith joined Google. The company said", nor letters,
            # "NASA delayed the launch after SpaceX found a leak. … the company said")
        if not of_kind:
            return None  # (a name of that kind of body: never "Acme Corp said …. “…,” the council said")
        if any(_body_of_kind(run, noun) and not _public_body_for_firm(whole, noun)
               for run, whole in _runs_with_of(text, m.end, s_hi)):
            return None  # (one of two: "Hexon Industries won the contract over Voltara Motors"; but a public
            # body that acts on the firm is none of its kind: ‘Kestrel Air grounded its jets after the Directorate
            # General of Civil Aviation ordered checks’)
        end = m.end
        of = RE_OF_NAME.match(text, end)
        if of is not None:
            end = of.end()  # "The Public Health Agency of Sweden"
        end = _portfolios_end(text, m.text if of is None else text[m.start:end], end)
        name = text[m.start:end]
        if " " not in name or name.isupper():
            return None  # (a body's word alone, "Commission", names no body; a heading in capitals,
            # "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY …", is no body's name)
        if text[max(0, m.start - 4):m.start].lower() == "the ":
            name = "the " + name  # ("the State Department")
        return Person("the" + name[3:] if name.startswith("The ") else name, kind="organisation")
    return _sole_body(text, at, noun, cast, max(0, at - BODY_ENDING_REACH))


def _body_in_own_sentence(text: str, at: int, noun: str, lo: int, cast: Cast) -> Person | None:
    """The one body of the kind "the <noun>" stands for, named earlier in the cue's own sentence, before
    "the <noun>" at ``at`` (‘Ann Reid worked at a care home run by Heather Care Group until she was
    dismissed for what the company described as “…”’): the body only the words just before name, when
    the article has named no other of its kind (_sole_body). Never when words quoted open the sentence
    (‘“We trust Acme Corp,” the company said’ is another firm's)."""
    ends = sentence_ends(text, lo, at)
    s_lo = ends[-1] if ends else lo
    if any(mark in text[s_lo:at] for mark in ("“", '"', "”")):
        return None
    return _sole_body(text, at, noun, cast, s_lo)


def _lede_firm_again(text: str, m: Mention, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm the article's lede is about (_lede_firm), when ``m``, the subject of the sentence right
    before "the <noun>", names it again past the lede (‘Paystride, a Lagos-based start-up, has raised $14
    million in a round led by Northgate Ventures …. / … Paystride currently has 140 employees. The company
    said …’: even with another firm in the lede) and the lede gives it the trade the
    noun stands for (as _article_company asks: never "the bank" for a chipmaker). None for anything
    else: a person, another firm, a name the lede never made a firm's."""
    if not (noun in FIRM_SIDE_NOUNS or noun in FIRM_TRADES):
        return None
    lede = _lede_firm(text, paras, cast, alone=False)  # (the sentence right before tells which of two it is)
    if lede is None or lede[0].text != m.text or m.start <= lede[0].start:
        return None
    trade = lede[1]
    if noun not in ("company", "firm") and not (trade is not None and _same_kind(trade, noun)):
        return None
    return Person(m.text, kind="organisation")


#: One firm of several named set off after them, where it is based before its name (‘One of the
#: designated firms, Dubai-based Corvex Shipping, said’): group 1 its name.
RE_ONE_OF_SET_OFF = LazyPattern(r", (?:\p{Lu}[\p{L}\-]*-(?:based|listed|headquartered) )?"
                                r"(\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:&|and|of|\p{Lu}[\p{L}\p{M}&’'\-.]*))*),")


def _one_of_firms(text: str, m: Mention, s_hi: int, cast: Cast) -> Person | None:
    """The firm a subject "one of the <firms>" names set off after it, when that firm speaks of itself as
    "it" (‘One of the designated firms, Dubai-based Corvex Shipping, said it had …’, ‘Another of the
    lenders, Harbour Mutual, said it would …’): "the company" after it is that one. Never a person set
    off so (‘One of the founders, Ann Lee, said’: no firm's word in the plural)."""
    words = m.text.lower().split()
    if len(words) < 3 or words[0] not in ("one", "another") or words[1] != "of":
        return None
    last = words[-1]
    single = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else ""
    if not _trade_word(single):
        return None
    named = RE_ONE_OF_SET_OFF.match(text, m.end, s_hi)
    if named is None or RE_SAID_IT.match(text, named.end(), s_hi) is None:
        return None
    name = named.group(1)
    first = name.split()[0]
    known = cast.by_surname.get(name.split()[-1].lower())
    if gender_of(first) is not None or (known is not None and (known.gender is not None or known.titled or any(
            r.lower() != m.text.lower() for r in cast.roles_of(known)))):
        return None  # (a person's role of its own; the description it is set off after is none)
    return Person(name, kind="organisation")


#: The cue's own "it" for the body it calls by its kind (‘The operator added that it would …’).
RE_KIND_SAID_IT = LazyPattern(r"(?i:the) \p{Ll}+ (?:also |later )?(?:said|says|added|stated|confirmed|announced|warned) "
                              r"(?:that |on \w+ that )?it\b")

#: A capitalised subject that speaks (‘Natural England said’), another candidate for "the <kind>".
RE_NAME_SPOKE = LazyPattern(r"\b\p{Lu}[\p{L}\p{M}’'\-]+ (?:also )?(?:said|says|told|announced|confirmed|warned|added)\b")


def _named_body_spoke(text: str, body: Person, at: int) -> bool:
    """The body's name, last written before ``at`` within a body's reach, is a subject that speaks
    (‘The Port of Tanjung Priok said in a statement …’; never ‘The Port of Dover was closed’)."""
    name = body.name[4:] if body.name.startswith("the ") else body.name
    k = text.rfind(name, max(0, at - BODY_REACH), at)
    return k >= 0 and RE_SUBJECT_SPOKE.match(text, k + len(name)) is not None


#: A subject's "said it" whose "it" is no one (‘said it was unfair that’, ‘said it would take years’,
#: ‘said it was the third outage’, ‘said it was time’): a verb of being before a description, or "take".
RE_SAID_IMPERSONAL_IT = LazyPattern(
    r" (?:also )?(?:said|says|added|stated) (?:that |on \w+ that )?it (?:(?:was|is|would be|will be|had been|has been) "
    r"(?!(?:\p{Ll}+ing|\p{Ll}+ed|not|also|still|now|confident|committed|aware|unable|able|working|looking)\b)"
    r"|(?:would|will|could) take\b)")


def _unlabelled_body(text: str, m: Mention, s_hi: int, at: int, noun: str, cast: Cast, lo: int) -> Person | None:
    """The body "the <kind>" stands for when a name with no word of its kind spoke just before
    (GENERIC_BODY_NOUNS: ‘Uisce Éireann said it had issued a notice. “…,” the utility said’, ‘Metro
    Transit said it would add buses. “…,” the agency said’, ‘In a statement, Westvale Buses said: “…”
    The operator added that it would …’). The name must speak of itself as "it" (in its sentence,
    or the cue's "the operator added that it") and be no one's: no given name, honorific, title, role
    or sex the article gives, no place, no surname written alone; and no other name speaks, nor
    another of the kind is told of, between ``lo`` and the cue: ‘Natural England said …. Scottish
    Water said it had …. “…,” the agency said’ is left as written."""
    if noun not in GENERIC_BODY_NOUNS or m.role is not None or " " not in m.text or m.text.isupper():
        return None
    spoke = RE_SUBJECT_SPOKE.match(text, m.end, s_hi)
    if spoke is None or spoke.group(1) is not None:
        return None  # (a person's role set off: ‘Ferreira, the group's chief, said’)
    if RE_SAID_IT.match(text, m.end, s_hi) is None and RE_KIND_SAID_IT.match(text, at) is None:
        return None
    if RE_SAID_IMPERSONAL_IT.match(text, m.end, s_hi) is not None:
        return None  # (an "it" of no one, as people say it: ‘Ikaika Kahananui said it would take years’,
        # ‘Ravshan Ergashev said it was the third outage’: a person's words, never a body's "it")
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if any("." in w or len(w) == 1 for w in words[:-1]):
        return None  # (initials: a person's, ‘J.T. Morrow said it would …’)
    if gender_of(words[0]) is not None or low[0] in HONORIFICS or low[0] == "the" or " ".join(low) in ONE_WORD_PLACES \
            or m.text in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or any(w in ORG_WORDS for w in low):  # (a name of a kind of its own: the other rules' to read)
        return None
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.gender is not None or known.titled or cast.roles_of(known)):
        return None
    last = regex.escape(words[-1])
    if regex.search(rf"(?<!{regex.escape(words[-2])} )\b{last} (?:said|says|told|added)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {last}\b",
                    text, endpos=at) is not None:
        return None  # (its last word alone, speaking or after an honorific: a surname, ‘Amara Okafor … Okafor said’)
    if any(not (m.start <= o.start() < m.end) for o in RE_NAME_SPOKE.finditer(text, lo, at)) \
            or _kind_told_before(text, at, noun, m.start):
        return None  # (another name's speaking is what makes two candidates; a body only named, ‘in Co
        # Roscommon’, ‘after Hennepin County cut funding’, is none)
    return Person(m.text, kind="organisation")


#: Kinds a public body's bare letters may be called by again (‘ICE said …. “…,” the agency said’);
#: never "administration", which is as often a president's government (‘GOP said … the administration said’).
LETTERS_BODY_NOUNS = ACRONYM_BODY_NOUNS - {"administration"}


def _public_letters_spoke(text: str, m: Mention, s_hi: int, noun: str, at: int, cast: Cast) -> bool:
    """The subject ``m`` of the sentence right before "the <noun>" is a public body's bare letters
    that spoke (‘In a statement, ICE said the operation …. “…,” the agency said’, ‘KRA said the levy
    …. “…,” the authority said’): "the agency" is that body, as the article calls it. Never a firm's
    letters ("GM said …. the company said": no kind told), a country's ("the US said"), a person the
    article knows by them, or when another body of the kind is named within reach."""
    return m.kind == "name" and m.text.isupper() and m.text.isalpha() and 2 < len(m.text) < 7 \
        and noun in LETTERS_BODY_NOUNS and m.text not in COUNTRY_LETTERS \
        and RE_SUBJECT_SPOKE.match(text, m.end, s_hi) is not None \
        and ((known := cast.by_surname.get(m.text.lower())) is None
             or not (known.gender is not None or known.titled or cast.roles_of(known))) \
        and not _other_body_of_kind(text, at, noun, cast, m.text) \
        and regex.search(rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir) (?:[\p{{L}}\-]+ ){{0,2}}{noun}\b", text[:at]) is None \
        and RE_PENALISED.search(text, m.end, s_hi) is None
    # (never when the article speaks of some other of the kind, ‘hired a recruitment agency’, nor when the
    # letters are the ones fined or ruled against, the regulator another: ‘AGL said it would contest the fine’)


#: Words of a body being penalised or ruled against (‘would contest the fine’, ‘would appeal the penalty’).
RE_PENALISED = regex.compile(r"(?i)\b(?:contest|appeal|challenge|dispute|fight)\w* (?:against )?(?:the |its |a |any )?(?:[\w$.\-]+ ){0,3}"
                            r"(?:fine|penalty|ruling|decision|sanction|order)s?\b|\b(?:was|were|been|be|is|are) (?:fined|penalised|penalized|sanctioned)\b")


def _spelt_before(text: str, letters: str, at: int) -> str | None:
    """The name the text spells out before ``at`` with ``letters`` in brackets after it, its capitals'
    initials being the letters (‘Football Zimbabwe (FZ)’, ‘the Kenya Hockey Association (KHA)’).

    >>> _spelt_before("Athletics Kenya (AK) has banned him. AK said", "AK", 37)
    'Athletics Kenya'
    >>> _spelt_before("Kenya Power (KPLC) said", "KPLC", 18) is None
    True
    """
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return None
    k = text.find(f" ({letters})", 0, at)
    if k < 0:
        return None
    run = RE_NAME_BEFORE_LETTERS.search(text, max(0, k - 80), k)
    if run is None:
        return None
    words = run.group().split()
    caps = [w for w in words if w[:1].isupper()]
    for first in range(len(caps) - len(letters), -1, -1):  # (past a word before the name: ‘The’, ‘Local’)
        if "".join(w[0] for w in caps[first:]) == letters:
            return " ".join(words[words.index(caps[first]):])
    return None


#: A run of capitalised words, with "of", "and" or "for" inside, that ends where the letters' bracket opens.
RE_NAME_BEFORE_LETTERS = LazyPattern(r"\p{Lu}[\p{L}\-’']*(?: (?:(?:of|and|for|the|&) )*\p{Lu}[\p{L}\-’']*)*$")


def _quoted_at(cast: Cast, at: int) -> bool:
    """The offset ``at`` lies inside a quotation's words."""
    k = bisect.bisect_right(cast.quoted, (at, len(cast.text))) - 1
    return k >= 0 and at < cast.quoted[k][1]


def _words_open_cue_sentence(text: str, sp: Span, lo: int, at: int) -> bool:
    """The quotation opens its paragraph at ``lo`` and the cue at ``at`` comes right after its close,
    no sentence ending between: the sentences it holds are its speaker's words, none of the
    paragraph's own (‘“Stocks need protection. The economics are clear,” the agency said’ opens with
    the cue's sentence as much as ‘“Stocks need protection,” the agency said’)."""
    return sp.open_at == lo and sp.close_end is not None and sp.close_end <= at \
        and not sentence_ends(text, sp.close_end, at)


#: Small words inside a body's name (‘Pacific Gas and Electric’, ‘Office of Banking Conduct’).
NAME_JOINS = NAME_JOINERS | {"the"}


def _joined_name(words: list[str]) -> bool:
    """Capitalised words joined by "and", which a sentence's subject finder gives as a description:
    a body's name (‘Pacific Gas and Electric’), or two (‘Castlegate Bank and Rift Valley Bank’)."""
    return "and" in words and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in NAME_JOINS for w in words)


#: Kinds of body that are never a firm: "the company" or "the lender" is never one of them, nor
#: they a firm (‘The company says it cannot afford more. “…,” the union said’).
NON_FIRM_BODY_NOUNS = frozenset("union agency regulator watchdog ministry council charity commission authority "
                                "department bureau administration directorate court".split())

#: Nouns of a firm, besides those "the company" stands for (a bank is "the lender", never "the union").
FIRM_SIDE_NOUNS = FIRM_NOUNS | frozenset("bank airline carrier".split())


def _runs_with_of(text: str, lo: int, hi: int) -> Iterator[tuple[list[str], list[str]]]:
    """The runs of capitalised words between ``lo`` and ``hi``, each with the whole name it ends, joined
    to the runs before it by "of" (‘Civil Aviation’ in ‘Directorate General of Civil Aviation’)."""
    whole: list[str] = []
    last = -1
    for run in RE_NAME_RUN.finditer(text, lo, hi):
        words = run.group().split()
        gap = text[last:run.start()] if last >= 0 else ""
        whole = whole + [gap.strip()] + words if gap in (" of ", " of the ") else words
        last = run.end()
        yield words, whole


def _public_body_for_firm(words: list[str], noun: str) -> bool:
    """A name with a public body's or a union's word in it (‘Directorate General of Civil Aviation’,
    ‘Civil Aviation Authority’), which "the carrier" or "the company" never stands for."""
    return noun in FIRM_SIDE_NOUNS and any(w.lower() in NON_FIRM_BODY_NOUNS for w in words)


def _other_side(kind: str, noun: str) -> bool:
    """A body described as a ``kind`` is never the one "the <noun>" stands for: one is a firm's
    noun, the other a public body's, a union's or a charity's."""
    return (kind in FIRM_SIDE_NOUNS and noun in NON_FIRM_BODY_NOUNS) or (kind in NON_FIRM_BODY_NOUNS and noun in FIRM_SIDE_NOUNS)


def _persons_quotation(text: str, lo: int, hi: int, cast: Cast) -> bool:
    """A sentence that opens with a quotation and then names, after its close, only people the
    article knows as people (‘“…,” Chief Executive Jana Kessler said in a statement.’): no body
    in it for "the company" to stand for (never ‘“…,” said Ann Lee of Hexon Industries.’)."""
    body = text[lo:hi].lstrip()
    if not body.startswith(("“", '"')):
        return False
    close = max(text.rfind("”", lo, hi), text.rfind('"', lo + (len(text[lo:hi]) - len(body)) + 1, hi))
    if close < 0:
        return False
    runs = [r.group() for r in RE_NAME_RUN.finditer(text, close + 1, hi)]
    if not runs:
        return False
    for run in runs:
        words = [w for w in run.split() if w.lower() not in ROLE_NOUNS and w.lower().rstrip(".") not in TITLE_WORDS]
        if not words or is_organisation(words):
            return False
        known = cast.by_surname.get(words[-1].rstrip(".,").lower())
        if known is None or known.kind != "name" or not (known.personlike or cast.roles_of(known)):
            return False
    return True


def _firm_noun_before(text: str, lo: int, at: int) -> bool:
    """The words from the sentence's start ``lo`` to a name at ``at`` are a firm's kind, with at most
    a place or a trade before it, and nothing else: ‘German health app maker ’, ‘Dutch biotech ’,
    ‘Electric-scooter startup ’ (never ‘Critics of the firm ’, ‘In a statement, insurer ’)."""
    words = text[lo:at].split()
    if not 1 <= len(words) <= FIRM_KIND_WORDS or any(not w.replace("-", "").isalpha() for w in words):
        return False  # (no comma, no quotation mark, no number: only words)
    if any(w.lower() in FUNCTION_WORDS for w in words) or any(w[:1].isupper() for w in words[1:]):
        return False  # (only the first word may be a capital, a nationality: ‘German’, ‘Swiss’)
    return words[-1].lower() in FIRM_NOUNS


def _firm_role(role: str) -> bool:
    """A role that is a firm's kind or trade, a noun of at most two words after "the" or none (‘The
    developer’, ‘the housing developer’, ‘retailer’ as the cast keeps it; never ‘a critic of the firm’,
    nor a person's office).

    >>> _firm_role("The developer"), _firm_role("builder"), _firm_role("the chief executive"), _firm_role("a critic of the firm")
    (True, True, False, False)
    """
    words = role.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    return 1 <= len(words) <= 2 and (words[-1] in FIRM_NOUNS or words[-1] in FIRM_TRADES) \
        and not any(w in FUNCTION_WORDS for w in words)


#: How many words a firm's kind before its name may take ("German health app maker").
FIRM_KIND_WORDS = 5


#: One who speaks for a body named after "for" or "of", or before the noun: ‘A spokesperson for
#: Harbourview Rentals’, ‘a spokeswoman for the Kestrel Group’, ‘A Harbourview Rentals spokesman’.
RE_SPOKEN_FOR = LazyPattern(r"(?:[Aa]n?|[Tt]he|[Oo]ne) (?:(?:" + "|".join(SPOKESPERSON_NOUNS) + r") (?:for|of) (?:the )?"
                              r"(\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:of|and|&|\p{Lu}[\p{L}\p{M}&’'\-]*)){0,5})"
                              r"|(\p{Lu}[\p{L}\p{M}&’'\-]*(?: \p{Lu}[\p{L}\p{M}&’'\-]*){0,4}) (?:" + "|".join(SPOKESPERSON_NOUNS) + r"))")


#: A name of two or more capitalised words set off inside a sentence (‘Its rival, Coastline Homes,’).
RE_NAMED_BETWEEN = LazyPattern(r"(?<=\b\p{Ll}[\p{Ll}\-]*, )\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)+")  # (after a common noun:
# never a place after its town, ‘in Perth, Western Australia,’)


def _spoken_for(description: str) -> str | None:
    """The body a spokesperson's description names (‘A spokesperson for Harbourview Rentals’), for
    "the company" of the sentences after it; None for any other description."""
    m = RE_SPOKEN_FOR.fullmatch(description)
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    return None if name.split()[-1] in ("of", "and", "&") else name


def _restated_firm(description: str, noun: str) -> bool:
    """A firm again by where it is based, as reports restate one they have named: ‘The Berlin-based
    company’, ‘The Oslo-based startup’ (one of the firm nouns, for "the company" or "the firm")."""
    words = description.split()
    return len(words) == 3 and words[0] in ("The", "the") and RE_BASED.fullmatch(words[1]) is not None \
        and noun in FIRM_NOUNS and words[2].lower() in FIRM_NOUNS


#: A subject's speech right after it, past an aside (‘ said in a statement’, ‘, a rights group, said’).
RE_SUBJECT_SPOKE = LazyPattern(r"(?:, ([^,.;:“”\"]{1,80}),)? (?:also |later |earlier )?"
                                 r"(?:said|says|told|stated|announced|added|warned|wrote|posted|tweeted|confirmed|acknowledged|disclosed)\b")


#: A subject's speech right after a relative "which" clause set off, which tells of a thing and never of
#: a person, however long (‘Gerak, which is backed by several global investors and competes with rival
#: Sapa, said’): its words are the body's own story, never a person's role (‘, the group's chief
#: executive,’ is RE_SUBJECT_SPOKE's aside).
#:
#: >>> RE_WHICH_SPOKE.match(", which is owned by a group of Irish investors and flies to 40 cities, said") is not None
#: True
#: >>> RE_WHICH_SPOKE.match(", which she founded, and her partner said") is None
#: True
RE_WHICH_SPOKE = LazyPattern(r", which [^,.;:“”\"]{1,160}, (?:also |later |earlier )?"
                             r"(?:said|says|told|stated|announced|added|warned|confirmed|acknowledged)\b")


#: The rest of a ministry's or a department's list of portfolios after its first, up to the last after
#: "and" (‘, Infrastructure and Transport’ of ‘the Ministry of Land, Infrastructure and Transport’, ‘,
#: Food and the Marine’); each in capitals, so never ‘, the central bank and the tax office’.
#:
#: >>> RE_PORTFOLIOS.match(", Labour and Welfare said").group()
#: ', Labour and Welfare'
#: >>> RE_PORTFOLIOS.match(", which oversees the army, said") is None
#: True
RE_PORTFOLIOS = LazyPattern(r"(?:, \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2})+"
                            r" (?:and|&) (?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2}\b(?![’'])")


def _portfolios_end(text: str, name: str, end: int) -> int:
    """Where a ministry's or a department's name ending at ``end`` ends, with the rest of its list of
    portfolios (‘The Ministry of Trade, Industry and Energy’, never ‘the Ministry of Trade’); ``end``
    itself for any other body, or when no list follows."""
    words = name.lower().split()
    of = next((k for k, w in enumerate(words[:-1]) if k > 0 and w in ("of", "for")), None)
    if of is None or not any(w in ("ministry", "department") for w in words[:of]):
        return end  # (its kind before its first portfolio: never ‘Bank of Ireland, Permanent TSB and AIB’)
    more = RE_PORTFOLIOS.match(text, end)
    return end if more is None else more.end()


#: Words for a regulator, either of which a report calls the one it named by the other (‘Ofcom, the
#: media regulator, …. “…,” the watchdog said’).
REGULATOR_NOUNS = frozenset(("regulator", "watchdog"))


def _kind_word_told_otherwise(text: str, noun: str, at: int) -> bool:
    """The article writes the regulator's word of "the <noun>" at ``at`` of something other than the
    body it restates (‘Citizens Advice, a consumer watchdog,’, ‘Consumer group Which?, a watchdog for
    shoppers,’, ‘the regulator Ofwat’): then "the watchdog" is only a body called a watchdog, never
    one set off as a regulator (REGULATOR_NOUNS), which would be a guess between the two. "The
    watchdog said" again, of the body named, tells no other.

    >>> t = "Ofcom, the media regulator, acted. The watchdog said it …. “…,” the watchdog said"
    >>> _kind_word_told_otherwise(t, "watchdog", t.rindex("the watchdog"))
    False
    >>> t = "Which?, a watchdog for shoppers, said …. “…,” the watchdog said"
    >>> _kind_word_told_otherwise(t, "watchdog", t.rindex("the watchdog"))
    True
    """
    if noun not in REGULATOR_NOUNS:
        return False
    for word in (noun, noun.capitalize()):
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            if not at <= k <= at + 4 and (k == 0 or not text[k - 1].isalpha()) and not text[end:end + 1].isalpha() \
                    and not (text[max(0, k - 4):k].lower() == "the " and text[max(0, k - 6):k - 4] != ", "
                             and RE_CAPITAL_AFTER.match(text, end) is None):
                return True  # (anything but "the watchdog" alone: ‘a watchdog’, ‘consumer watchdog’, ‘X, the
                # watchdog,’, ‘the watchdog Which?’)
            k = text.find(word, end)
    return False


#: A capitalised word right after a word (‘the regulator Ofwat’).
RE_CAPITAL_AFTER = LazyPattern(r" \p{Lu}")


#: Kinds of body that no capital stands for (never "the ministry" after "Moscow said …").
SPEAKING_BODY_NOUNS = FIRM_SIDE_NOUNS | frozenset("group organisation organization charity union network association society "
                                              "federation alliance coalition foundation institute studio publisher band "
                                              "orchestra choir".split()) | NAME_ENDING_BODY_NOUNS


def _kind_told_before(text: str, at: int, noun: str, lo: int) -> bool:
    """The text brings in something as a <noun> before ``at``, within a body's reach and outside the
    body's own name at ``lo`` (‘The Lumen Collective, a group of artists, is suing Vantix. Vantix said
    …. “…,” the group said’, ‘The support act, a local band called Harbour Lights, pulled out’): "the
    <noun>" may be that one (but "the Dallas-based company" is the firm named; and a determiner between
    starts another phrase, whose <noun> is the one named: ‘a feature the company introduced’)."""
    pattern = rf"\b(?:a|an|another|one)\s+(?!of\b)(?:(?!(?:the|this|that|its|their|his|her|our)\b)[\w\-’']+\s+){{0,3}}?" \
              rf"{regex.escape(noun)}\b" \
              r"(?!\s+(?:members?|managers?|leaders?|executives?|spokes\w+)\b)"  # (never ‘a band member’)
    own_end = text.find(". ", lo, at)  # (its own sentence: ‘Amnesty, a rights group, said’)
    own_end = at if own_end < 0 else own_end
    return any(not (lo <= m.start() < own_end)
               for m in regex.finditer(pattern, text, flags=regex.I, pos=max(0, at - BODY_ENDING_REACH), endpos=at))


def _speaking_body(name: str, noun: str, cast: Cast, text: str = "", at: int = 0) -> bool:
    """A name that spoke is a body "the <noun>" may stand for: no person's (no given name, no one the
    article gives a sex or a role), no place's (a capital standing for its government: ‘Moscow said
    …. “…,” the ministry said’), no heading in capitals, and no word of another kind of body in it
    (‘the Health Ministry’ is never "the company")."""
    words = name.split()
    low = [w.lower().strip(".,’'") for w in words]
    core = " ".join(words[1:] if low[0] == "the" else words)  # (‘The Netherlands’: a place)
    if name.isupper() or gender_of(words[0]) is not None or core.lower() in ONE_WORD_PLACES \
            or core in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or (len(words) == 1 and regex.search(rf"\b(?:near|outside|in the city of) {regex.escape(name)}\b(?![’']s)",
                                                 text[max(0, at - BODY_ENDING_REACH):at])):  # (within reach: linear;
        # never a firm's "Shares in Ocado", "refund letters from Zolta", "switched to Octopus")
        return False  # (a city the text puts people in: ‘fighting near Goma …. Kinshasa said’)
    if len(words) == 1 and cast.first_surname_owner(words[0]) is not None:
        return False  # (the first of two surnames alone: ‘Hilario Huamán Condori …. Huamán said …. The
        # company said’ is never a firm called "Huamán")
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.gender is not None or known.titled or (known.placelike and low[0] != "the") or cast.roles_of(known)
                              or (len(words) == 1 and " " in known.name and not is_organisation(known.name.split()))):
        return False  # (a body may have spoken: its words make it no person; but a surname alone is someone's
        # named in full, ‘Amara Okafor … Okafor said’)
    if len(words) > 1 and not is_organisation(words) and low[-1] not in BUSINESS_WORDS and low[-1] not in BODY_NAME_ENDINGS \
            and low[0] != "the":  # (no person's name opens with "The": ‘The Marrow Kings said …’)
        return False  # (two words may be a person's name no list knows: ‘Amara Okafor said …’)
    kinds = BODY_NAME_WORDS.get(noun, frozenset()) | {noun}
    if noun == "union" and not _body_of_kind(words, noun) and not (core.isupper() and "U" in core and len(core) >= 3
                                                                    and not core.startswith("US")):
        return False  # (a union by a name of its kind or letters that hold its U: never ‘The BBC announced 500 job
        # cuts. “…,” the union said’, ‘Ryanair confirmed … The union said in a statement …’, nor the UN or the EU)
    if noun not in FIRM_SIDE_NOUNS and noun not in LOOSE_BODY_NOUNS and noun != "union" and not _body_of_kind(words, noun):
        return False  # (a charity, a foundation, a network … by a name of its kind: never ‘Age UK has warned ….
        # Barclays said …. “…,” the charity said’)
    return not any(w in ORG_WORDS and w not in kinds for w in low) and not (noun in FIRM_NOUNS and low[-1] in PUBLIC_BODY_ENDINGS)


#: Kinds of body whose names need not say so (‘Amnesty International’, ‘Greenpeace’ for "the group";
#: ‘The Marrow Kings’ for "the band").
LOOSE_BODY_NOUNS = frozenset("group organisation organization band orchestra choir".split())


#: "the younger" or "the elder" right before a surname (‘the younger Marsh’).
RE_GENERATION = regex.compile(r"\b(?i:the) (younger|elder) $")

#: A body's name set off after its kind, with "of", "for", "and" or "&" inside (‘, Harwood Students
#: for Accountability,’).
RE_SET_OFF_BODY = LazyPattern(r"((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|&|the|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}),")


def _body_by_ending(text: str, at: int, words: list[str], cast: Cast) -> Person | None:
    """The body named last before ``at`` whose name ends with these words ("the sheriff's office"
    for The Calder County Sheriff's Office), within the reach of one body's look-back."""
    ending = " " + " ".join(words).lower().replace("’", "'")
    names = cast.body_names()
    k = bisect.bisect_left(names, (at - BODY_ENDING_REACH,))  # (only the names within reach: linear)
    best = None
    for start, name, _ in names[k:]:
        if start >= at:
            break
        if (" " + name.lower().replace("’", "'")).endswith(ending):
            best = name
    return Person(best, kind="organisation") if best is not None else None


#: How far back a body's name may be for "the sheriff's office".
BODY_ENDING_REACH = 2500


#: A flight's number after a name and "Flight", which makes the name an airline's (‘Skyline
#: Connect Flight 2291’, ‘Northjet Flight NJ88’).
#:
#: >>> bool(RE_FLIGHT_NUMBER.match(" 2291, an Embraer")), bool(RE_FLIGHT_NUMBER.match(" Crew"))
#: (True, False)
RE_FLIGHT_NUMBER = LazyPattern(r" (?:[A-Z]{2})?\d{1,5}\b")


def _flight_operator(text: str, words: list[str], end: int, noun: str) -> str | None:
    """The airline a flight's name gives, for "the airline" or "the carrier": ‘Skyline Connect
    Flight 2291’ → ‘Skyline Connect’ (the run of capitalised words ends in "Flight", a number after it)."""
    if noun in FLIGHT_OPERATOR_NOUNS and len(words) >= 2 and words[-1] == "Flight" \
            and RE_FLIGHT_NUMBER.match(text, end):
        return " ".join(words[:-1])
    return None


#: The words before a court's "Bench" that make it the bench of judges, no one's name (‘the three-judge
#: Bench’, ‘A five-member Bench’, ‘a full bench’, ‘the Division Bench’).
RE_BENCH_BEFORE = LazyPattern(r"(?:^|\W)(?i:the|a|an)(?: (?:full|larger|special|division|constitution|constitutional"
                                r"|\w+-(?:judge|member|justice)))? $")


def _court_bench(text: str, mention: Mention, how: str) -> str | None:
    """The bench of judges a mention is, as written with its article (‘the three-judge Bench’, ‘A
    two-member bench’, ‘the Bench’); None for anything else, and for a team's bench, which never
    speaks (‘watched from the bench’ is no mention)."""
    words = mention.text.split()
    if words[-1].lower() != "bench" or how not in ("description", "organisation", "name"):
        return None
    if len(words) == 1:  # (a capitalised "Bench" read as a name: its article before it)
        before = RE_BENCH_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        return None if before is None else text[before.start() + (before.group()[:1] not in "tTaA"):mention.end]
    return mention.text if RE_BENCH_BEFORE.fullmatch(" ".join(words[:-1]) + " ") is not None else None


def _court_named(text: str, at: int, cast: Cast) -> Person | None:
    """The one court the article names before ``at`` (‘The Supreme Court has determined …. “…,” the
    Court said’), which its bench or "the Court" stands for; None where it names two, or brings in
    a court unnamed (‘a magistrates' court’, ‘a lower court’) that may be the one."""
    bodies = [(start, name, words) for start, name, words in cast.body_names() if start < at]
    names = {(name[4:] if name.startswith("the ") else name) for start, name, words in bodies if "Court" in words}
    if len(names) != 1 or any("Tribunal" in words for _, _, words in bodies):
        return None  # (nor beside a tribunal, which a court's words may be reporting: ‘The High Court dismissed
        # the petition, and the Labour Tribunal reinstated the workers. “…,” the Court said’)
    name = next(iter(names))
    first = text.find(name)
    if first < 0 or RE_UNNAMED_COURT.search(text, first + len(name), at) is not None:
        return None
    return _body_as_written(text, name, at)


def _body_as_written(text: str, name: str, at: int) -> Person:
    """The body ``name`` (without "the"), with "the" before it when the text writes it so before ``at``."""
    the = text.find("the " + name, 0, at) >= 0 or text.find("The " + name, 0, at) >= 0
    return Person(("the " if the else "") + name, kind="organisation")


#: A court brought in unnamed (‘a lower court’, ‘another court’, ‘a magistrates’ court’).
RE_UNNAMED_COURT = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\p{Ll}’'\-]+ ){0,2}court\b")


def _weather_name(words: list[str]) -> bool:
    """A weather service's name, by its words.

    >>> _weather_name(["Met", "Office"]), _weather_name(["National", "Weather", "Service"]), _weather_name(["Met", "Police"])
    (True, True, False)
    """
    low = [w.lower() for w in words]
    return any(w in WEATHER_NAME_WORDS for w in low) \
        or any(w == "met" and k + 1 < len(low) and low[k + 1] in MET_NAME_ENDS for k, w in enumerate(low))


def _weather_service(text: str, at: int, cast: Cast) -> Person | None:
    """The weather service "the forecaster" or "the weather service" stands for: the one the article
    names before ``at`` (‘The Met Office has issued an amber warning …. “…,” the forecaster said’).
    None where it names two, or where a forecaster may be a person: one the article names or
    describes (‘Forecaster Carol Pemberton said’, ‘a forecaster at a private firm’, ‘Alex Deakin, a Met
    Office meteorologist,’)."""
    names = {(name[4:] if name.startswith("the ") else name) for start, name, words in cast.body_names()
             if start < at and _weather_name(words)}
    if len(names) != 1:
        return None
    if any(w in WEATHER_PERSON_NOUNS for p in cast.by_surname.values() for r in cast.roles_of(p) for w in r.lower().split()):
        return None
    low = text.lower()
    for noun in WEATHER_PERSON_NOUNS:
        k = low.find(noun)
        while k >= 0:
            after = text[k + len(noun):k + len(noun) + 2]
            if (after[:1] == " " and after[1:].isupper()) or RE_INDEFINITE_KIND.search(low, max(0, k - 40), k):
                return None  # (a person of that trade, by name or unnamed)
            k = low.find(noun, k + len(noun))
    name = next(iter(names))
    return _body_as_written(text, name, at)


#: An indefinite article and up to three words before a kind's noun (‘a forecaster’, ‘one private
#: weather forecaster’, ‘another senior ’).
RE_INDEFINITE_KIND = LazyPattern(r"(?:^|\W)(?:an?|another|one)[ \-](?:[\p{L}\-]+ ){0,3}$")


def _described_as(text: str, end: int, noun: str, hi: int, exact: bool = False) -> bool:
    """A name set off with a description of its kind: ‘Northjet, a budget airline based in
    Leeds,’, ‘Metrolink, the region's rail authority,’."""
    m = RE_SET_OFF_DESCRIPTION.match(text, end, hi)
    if m is None:
        return False
    words = m.group(1).lower().split()
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in SET_OFF_CLAUSE_WORDS), len(words))
    # (a clause ends the kind as a preposition does: ‘The Blue Lantern, the Soho club where he
    # played for years,’ is a club, never "years")
    while cut > 1 and words[cut - 1].endswith(("ed", "ing")):
        cut -= 1  # ("a budget airline based in Leeds")
    if cut == 0:
        return False
    head = " ".join(words[cut - 2:cut])  # (a kind of two words: ‘a Mumbai-based fund house’)
    head = head if head in BODY_COMPOUNDS else words[cut - 1]
    return head == noun or (noun in FIRM_NOUNS and head in FIRM_NOUNS) or (
        not exact and noun in REGULATOR_NOUNS and head in REGULATOR_NOUNS)
    # (the head, or another word for a firm or a regulator: ‘Stackhouse, the accounts-payable startup, …
    # the company said’, ‘Ofcom, the media regulator, … the watchdog said’; never "Ruiz, a spokeswoman
    # for the airline,", "a bank executive")


def _one_of_two(text: str, end: int) -> bool:
    """The name ending at ``end``, set off with its description, is one of two joined by "and"
    (‘Meridian Capital Partners, a fund house, and Silverline Asset Management, …’)."""
    m = RE_SET_OFF_DESCRIPTION.match(text, end)
    return m is not None and text.startswith(" and ", m.end())


#: Words that open a clause after a description's kind (‘the Soho club where …’, ‘a charity that …’).
SET_OFF_CLAUSE_WORDS = RELATIVE_WORDS | frozenset(("where", "when"))

#: A description set off after a name, up to its closing comma.
RE_SET_OFF_DESCRIPTION = LazyPattern(r", (?:a|an|the|its|[\p{L}’'\-]+(?:’s|'s)) ([^,.;:“”\"]{1,60}),")


#: How far back a body set off with a description of its kind may be for "the <kind>" (‘The
#: Hearthstone Trust, a homelessness charity, …’ / ‘the charity said’).
DESCRIBED_BODY_REACH = 1500


def _described_body(text: str, at: int, noun: str, cast: Cast, exact: bool = False) -> Person | None:
    """The body the article set off with a description of this kind not long before ``at``, when
    the sentences just before tell nothing (‘The Hearthstone Trust, a homelessness charity, said
    …. Council figures show …. “…,” the charity said’): the one name so described within reach,
    no person's, with no other body described so, no body of the kind named, and no unnamed one of
    the kind brought in since (‘a second charity’)."""
    exact = exact or _kind_word_told_otherwise(text, noun, at)  # (the regulator's other word only when
    # the article calls nothing else by this one)
    names = cast.body_names()
    body, after = None, at  # (the name so described, and where its description ends)
    for start, name, words in names[bisect.bisect_left(names, (at - DESCRIBED_BODY_REACH,)):]:  # (only those within reach)
        if start >= at:
            break
        operator = None
        written = " ".join(words)
        end = text.find(written, start, at)
        end = end + len(written) if end >= 0 else -1
        if end >= 0 and (operator := _flight_operator(text, words, end, noun)) is not None:
            name, words = operator, words[:-1]  # (‘Skyline Connect Flight 2291 … the airline said’)
        elif end < 0 or not _described_as(text, end, noun, at, exact):
            continue
        if (body is not None and body != name) or _one_of_two(text, end):
            if noun in REGULATOR_NOUNS and not exact:
                return _described_body(text, at, noun, cast, exact=True)  # (one called by this very word:
                # ‘X, the financial regulator, …. Y, a consumer watchdog, …. “…,” the watchdog said’ is Y)
            return None  # (two bodies of the kind: no telling which)
        known = cast.by_surname.get(words[-1].lower())
        if gender_of(words[0]) is not None or (known is not None and (known.gender is not None or known.titled)):
            return None  # (a person described so: ‘Tan Wei Ming, a property developer,’)
        set_off = RE_FLIGHT_NUMBER.match(text, end) if operator is not None else RE_SET_OFF_DESCRIPTION.match(text, end)
        body, after = name, set_off.end()
    if body is None:
        return None
    starts, kinds, _ = _bodies_of_kind(text, noun, cast)
    if any(starts[i] < at and kinds[i] != body for i in range(bisect.bisect_left(starts, after), len(starts))):
        return None  # (another of the kind named since: ‘Shelter Trust said …’)
    since = text[after:at]
    if regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+\s+){{0,3}}?{regex.escape(noun)}\b", since, flags=regex.I):
        return None  # (an unnamed one brought in since: ‘A second charity said …’)
    if noun in FIRM_SIDE_NOUNS and any(m.group(1).lower() != noun for m in RE_FIRM_SPOKEN_OF.finditer(since)):
        return None  # (a firm spoken of since by another word: ‘Whitlock Grady LLP, the law firm for the
        # families, …. The carmaker denied …. “…,” the company said’)
    return Person(body, kind="organisation")


#: A firm spoken of by its kind (‘the carmaker’, ‘The company's’).
RE_FIRM_SPOKEN_OF = LazyPattern(r"\b(?i:the) (" + "|".join(sorted(w for w in FIRM_SIDE_NOUNS if " " not in w)) + r")\b")


def _sole_body(text: str, at: int, noun: str, cast: Cast, lo: int) -> Person | None:
    """The one body of the kind "the <noun>" stands for that the article names before ``at``,
    if it named it at or after ``lo`` (the cue's paragraph or the one before), with no other body
    of that kind described in lower case since ("the election commission", "a state agency",
    "the town's housing authority"); None when it named two. The names of each kind are gathered
    once per article, so each look-up is a binary search."""
    if noun in ("team", "club"):
        return None  # (a match names two: ‘Everton beat Manchester City. “…,” the team said’)
    starts, names, second = _bodies_of_kind(text, noun, cast)
    i = bisect.bisect_left(starts, at) - 1
    if i < 0 or i >= second or starts[i] < lo:
        return None
    ending = names[0].lower()
    for other in _unnamed_body(noun).finditer(text, starts[i], at):
        if not ending.endswith(" " + other.group().lower()):
            return None  # (but "the health district" is Hartwell County Health District, named before)
    return Person(names[0], kind="organisation")


#: A firm's trade set off right after a name (‘Vaultline, a cryptocurrency exchange that …’, ‘Chainlight
#: Analytics, a blockchain analysis firm,’): group 1 the trade.
RE_SET_OFF_TRADE = LazyPattern(r", (?:a|an|the) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b")

#: A firm that speaks of itself as "it" in a lede (‘said Thursday it will’, ‘a smartwatch that it says’,
#: ‘released its newest model’).
RE_LEDE_IT = LazyPattern(r"\b(?:its|it (?:says|said|will|would|has|had|is|was|expects|plans|intends))\b")

#: Another firm told of between the lede's firm and "the company": one named with a firm's words, or set
#: off with a trade (‘… said Okoye, of Chainlight Analytics, a blockchain analysis firm’), or one brought in
#: unnamed (‘at least one other bidder, a large European drugmaker’).
RE_FIRM_TOLD = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b(?! (?:spokes|executive|official|source))")

#: How far into an article "the company" may still be the firm its lede is about.
LEDE_FIRM_REACH = 3000


def _trade_word(word: str) -> bool:
    """A word for a firm's trade: ‘company’, ‘lender’, ‘chipmaker’, ‘exchange’."""
    return word in FIRM_SIDE_NOUNS or word in FIRM_TRADES or word in LEDE_FIRM_KINDS or word.endswith("maker")


#: Endings of an adjective that may open a sentence in capitals before its noun (‘Indigenous elders’,
#: ‘Local traders’, ‘Furious parents’), never a firm's one-word name.
ADJECTIVE_ENDINGS = ("ous", "al", "ive", "ful", "less", "ic")

#: A lower-case word right after a name: ‘ elders’ of ‘Indigenous elders’.
RE_LOWER_WORD = regex.compile(r" (\p{Ll}+)\b")


def _trade_role(role: str) -> bool:
    """A role that is a firm's trade, ending in a trade's word (‘Crypto lending platform’ before
    ‘VaultPeak’, ‘Kampala-based lender’): the firm's kind, never a person's office."""
    return _trade_word(role.split()[-1].lower().strip(".,’'")) if role.split() else False


def _lede_firm(text: str, paras: list[tuple[int, int]], cast: Cast, alone: bool = True) -> tuple[Mention, str | None] | None:
    """The firm the article's lede is about: the subject of its first sentence, a name no person's nor
    place's, that the sentence shows to be a firm (set off with its trade, ‘Vaultline, a cryptocurrency
    exchange that …,’; speaking of itself as "it", ‘Tidewater Renewables said Thursday it will cancel
    its …’; a name with a firm's word, ‘Corvane Therapeutics Inc.’; or "the company" again in the lede),
    with the trade the lede gives it (or None). With ``alone``, None when the lede names another firm
    too (a takeover's, or a funding round's investor)."""
    first = next(((a, b) for a, b in paras if b - a >= 80), None)  # (past a headline or a byline)
    if first is None or first[0] > LEDE_FIRM_REACH:
        return None
    lo, hi = first
    if (dateline := RE_DATELINE.match(text, lo, hi)) is not None:
        lo = dateline.end()
    s_hi = next(iter(sentence_ends(text, lo, hi)), hi)
    m = sentence_subject(text, tokenize(text, lo, s_hi), lambda w: True)
    kind_before = m.role.split()[-1].lower() if m is not None and m.role else None  # (‘Kampala-based lender Mwezi Credit’)
    if m is None or m.kind not in ("name", "organisation") or m.text.isupper() \
            or (m.role is not None and not (_trade_word(kind_before) and m.role[:1].isupper())):
        return None  # (a person's role before the name: ‘Chief executive Ann Lee’)
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if low[0] in HONORIFICS or " ".join(low) in ONE_WORD_PLACES \
            or m.text in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or low[-1] in PUBLIC_BODY_ENDINGS:
        return None  # (a person, a place or a public body: never "the company")
    if len(words) == 1 and low[0].endswith(ADJECTIVE_ENDINGS) and (after := RE_LOWER_WORD.match(text, m.end)) is not None \
            and not after.group(1).endswith("ed") and after.group(1) not in AUXILIARIES and text.find(m.text, s_hi) < 0 \
            and (verb := RE_LOWER_WORD.match(text, after.end())) is not None \
            and (verb.group(1) in SPEECH_VERBS or verb.group(1) in AUXILIARIES or verb.group(1).endswith("ed")):
        # (only the shape of an adjective, its noun and the noun's verb: ‘Indigenous elders say’, ‘Local
        # traders were’; never a firm and its own verb, ‘Continental plans to close’, ‘Carnival expects bookings’)
        return None  # (a capital opening the sentence before its lower-case noun, never named again, is an
        # adjective: ‘Indigenous elders say …; the company says …’, ‘Local traders …’)
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.titled or known.who or any(not _trade_role(r) for r in cast.roles_of(known))
                              or (known.gender is not None and known.name != m.text)):
        return None  # (someone the article names: ‘Amara Okafor said it …’; a sex read off its first word
        # alone is weighed below)
    trade = kind_before
    if (set_off := RE_SET_OFF_TRADE.match(text, m.end, s_hi)) is not None and _trade_word(set_off.group(1)):
        trade = set_off.group(1)
    elif any(w in BUSINESS_WORDS for w in low[1:]):
        trade = "company"  # (a firm's word in its name: ‘Corvane Therapeutics Inc.’)
    elif RE_LEDE_IT.search(text, m.end, s_hi) is not None and RE_SAID_IMPERSONAL_IT.match(text, m.end, s_hi) is None:
        trade = "company"  # (never a person's "it" of no one: ‘Ravshan Ergashev said it was the third outage’)
    said = RE_FIRM_SPOKEN_OF.search(text, m.end, s_hi)  # (‘… as the company tries to win back ground’)
    if said is not None:
        trade = said.group(1).lower() if trade in (None, "company") else trade
    if trade is None or (gender_of(words[0]) is not None and (" " not in m.text or (
            said is None and set_off is None and not any(w in BUSINESS_WORDS for w in low[1:])))):
        return None  # (a given name first: a firm only when the lede says so in words, ‘Aurelia Devices …, as
        # the company tries …’; never ‘Amara Okafor said it would appeal’)
    if alone and any(m.end <= a < s_hi and _firm_named(words_, m.text) for a, _, words_ in cast.body_names()):
        return None  # (two firms in the lede: ‘Corvane agreed to buy Brightlake Bio Inc.’, a takeover's)
    return m, trade


def _firm_named(words: list[str], own: str) -> bool:
    """A body's name (its words) that is a firm's, and not the firm ``own`` again (‘Parallax’ of
    ‘Parallax AI’)."""
    name = " ".join(words)
    if words[0] == own.split()[0] or name in own or own in name \
            or (words[0] == "The" and len(words) > 1 and words[1] == own.split()[0]):
        return False
    return words[-1].lower().strip(".,’'") in BUSINESS_WORDS or "&" in words  # (a firm's word ending it: never
    # a county's ‘Co Limerick’)


def _article_company(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm a business story is about, for "the company", "the firm", "the Dubai-based company" or "the
    lender" that nothing nearer names (_body_before): the one its lede is about (_lede_firm), when no
    other firm is told of between the lede's subject and ``at`` (named with a firm's word, set off with a
    trade, brought in unnamed: ‘at least one other bidder, a large European drugmaker’, or a name that
    speaks of itself as "it"), and a trade the cue gives is the lede's (‘Aurelia Devices unveiled …. The
    company said’; never "the bank" for a chipmaker). A takeover's two firms leave it as written."""
    if at > LEDE_FIRM_REACH or not (noun in FIRM_SIDE_NOUNS or noun in FIRM_TRADES):
        return None
    lede = _lede_firm(text, paras, cast)
    if lede is None:
        return None
    m, trade = lede
    if noun not in ("company", "firm") and not (trade is not None and _same_kind(trade, noun)):
        return None  # (a trade the lede never gives in words: ‘Aurelia Devices …. the lender said’, nor ‘Harborview
        # Financial Corp. …. the bank said’, whose name may be a lender's or not)
    own_end = text.find(". ", m.end, at)  # (the lede's own sentence: ‘Vaultline, a cryptocurrency exchange,’)
    own_end = at if own_end < 0 else own_end
    names = cast.body_names()
    for a, name, words in names[bisect.bisect_left(names, (m.end,)):]:
        if a >= at:
            break
        if _firm_named(words, m.text):
            return None  # (another firm named: ‘… said Okoye of Chainlight Analytics’)
    for told in RE_FIRM_TOLD.finditer(text, own_end, at):
        if _trade_word(told.group(1)):
            return None  # (another brought in by its trade: ‘a large European drugmaker’, ‘a rival lender’)
    first = m.text.split()[0]
    for spoke in RE_OTHER_FIRM_IT.finditer(text, m.end, at):
        word = spoke.group(1)
        if word == first or word.lower() in PRONOUNS or word.lower() in FUNCTION_WORDS:
            continue
        known = cast.by_surname.get(word.lower())
        if known is None or not (known.gender is not None or known.titled or cast.roles_of(known)):
            return None  # (another that speaks of itself as "it": ‘Hexon said it would bid too’; but a
            # person's ‘Okoye said it was too early’ is none)
    return Person(m.text, kind="organisation")


#: A capitalised subject that speaks of itself as "it" (‘Hexon said on Monday it would’).
RE_OTHER_FIRM_IT = LazyPattern(r"\b(\p{Lu}[\p{L}\p{M}’'\-]+) (?:also )?(?:said|says|announced|confirmed) "
                               r"(?:on \p{Lu}\p{Ll}+ |\p{Lu}\p{Ll}+ )?(?:that )?it (?!is |was |'s |’s )")


def _other_body_of_kind(text: str, at: int, noun: str, cast: Cast, name: str) -> bool:
    """A body of the kind "the <noun>" stands for, other than ``name``, named within reach before
    ``at`` (‘Regulators fined Verano Energy …. Ofgem said in its latest report …. “…,” the company
    said’: the firm is no guess from Ofgem's "its")."""
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    k = bisect.bisect_left(starts, at - BODY_ENDING_REACH)
    return any(starts[i] < at and names[i] != name and not names[i].startswith(name + " ")
               and not names[i].endswith(" " + name) and f" {name} " not in names[i]
               and not _campaign_over_other(name, names[i], noun) for i in range(k, len(starts)))
    # (the body's own fuller name, with a word before it: ‘Mainboard-listed Meridian Straits Shipping’ for Meridian)


def _campaign_over_other(name: str, other: str, noun: str) -> bool:
    """``name`` is a campaign's or a movement's by its last word and ``other`` no such body nor one
    called by the noun itself: for "the group" the campaign is meant, never a firm or a public body
    named before (‘Northshore Energy Partners … Pacific Coast Climate Action said …. “…,” the group
    said’; but ‘Harbour Group … Ocean Watch said …’ leaves two groups).

    >>> _campaign_over_other("Coast Climate Action", "Northshore Energy Partners", "group")
    True
    >>> _campaign_over_other("Coast Climate Action", "Harbour Group", "group"), _campaign_over_other("Verano", "Ofgem", "company")
    (False, False)
    """
    last = other.rsplit(" ", 1)[-1].lower()
    return noun in LOOSE_BODY_NOUNS and name.rsplit(" ", 1)[-1].lower() in BODY_NAME_ENDINGS \
        and last not in BODY_NAME_ENDINGS and last != noun


def _kinds_in_reach(text: str, at: int, noun: str, cast: Cast) -> int:
    """How many bodies of the kind "the <noun>" stands for the text names within reach before ``at``."""
    starts, names, _ = _bodies_of_kind(text, noun, cast)
    k, i = bisect.bisect_left(starts, at - BODY_ENDING_REACH), bisect.bisect_left(starts, at)
    return len({name.lower().removeprefix("the ") for name in names[k:i]})


@functools.lru_cache(maxsize=64)
def _unnamed_body(noun: str) -> re.Pattern:
    """A body of the kind described in lower case: a modifier or an owner before the noun ("the
    election commission", "a state agency", "the town's housing authority"); never the one named
    again by "this" or "that" (‘we will not accept that this company hid anything’), nor by a word that
    restates it (‘a decision that will cost the cash-strapped association’).

    >>> bool(_unnamed_body("company").search("a listed company")), bool(_unnamed_body("company").search("this company hid"))
    (True, False)
    >>> bool(_unnamed_body("association").search("cost the cash-strapped association"))
    False
    """
    restating = "|".join(re.escape(w) for w in sorted(BODY_RESTATING_WORDS, key=len, reverse=True))
    return re.compile(r"\b(?!(?:the|The|this|This|that|That)\b)(?<!-)(?!(?:" + restating + r") )[a-z][\w\-]*(?:’s|'s)? "
                      + re.escape(noun) + r"\b")


def _bodies_of_kind(text: str, noun: str, cast: Cast) -> tuple[list[int], list[str], int]:
    """Where the text names a body that "the <noun>" may stand for, those names, and the index of
    the first that names a body other than the first one (gathered once per article and kind)."""
    if noun in cast.bodies:
        return cast.bodies[noun]
    starts: list[int] = []
    names: list[str] = []
    second = None
    named = [(at, name, words) for at, name, words in cast.body_names()]
    named += [(at, name, [name]) for at, name in _one_word_after_kind(text, noun, cast)]
    named.sort(key=lambda one: one[0])  # (in the order written)
    for at, name, words in named:
        if not (_body_of_kind(words, noun) or " " not in name) or (name.isupper() and " " in name):
            continue  # (a heading in capitals is no body's name)
        if _kind_in_title_only(words, noun):
            continue  # (a person with an office: ‘Financial Secretary Kenneth Yip’ is no financial firm)
        if len(words) > 1 and words[-1] in LAW_NAME_ENDINGS:
            continue  # (a law, no body: ‘the Securities and Futures Act’)
        if second is None and names and name.lower().removeprefix("the ") != names[0].lower().removeprefix("the "):
            second = len(names)
        starts.append(at)
        names.append(name)
    table = cast.bodies[noun] = (starts, names, len(names) if second is None else second)
    return table


#: Last words of a law's name, which names no body (‘the Securities and Futures Act’, ‘the Companies
#: Ordinance’).
LAW_NAME_ENDINGS = frozenset("Act Acts Bill Ordinance Regulations Directive".split())


def _kind_in_title_only(words: list[str], noun: str) -> bool:
    """A capitalised run whose only word of the kind is in the office before a person's given name
    (‘Financial Secretary Kenneth Yip’, ‘Chief Financial Officer Mary Wong’): a person, no body of the
    kind (but ‘Chancellor Financial Group’ keeps its kind after the title-like word).

    >>> _kind_in_title_only("Financial Secretary Kenneth Yip".split(), "firm"), _kind_in_title_only("Harcourt Securities".split(), "firm")
    (True, False)
    """
    title, rest = split_title(words)
    return title is not None and bool(rest) and gender_of(rest[0]) is not None \
        and _body_of_kind(list(words), noun) and not _body_of_kind(list(rest), noun)


#: How many places one kind's word is read at, at most, for a name after it (a bounded search).
SPOTS_OF_KIND_READ = 20

#: A body's one-word name right after its kind (‘the VTuber agency StarLantern’): one capitalised
#: word, with no other capitalised word after it (a longer name is one the body names hold).
RE_ONE_WORD_BODY = LazyPattern(r"\p{Lu}[\p{L}\d]*(?:[\-.]\p{L}+)?(?![\p{L}\d’'\-]| \p{Lu})")


def _one_word_after_kind(text: str, noun: str, cast: Cast) -> list[tuple[int, str]]:
    """Where the text writes a body's one-word name right after "<noun>" in lower case (‘the VTuber
    agency StarLantern said’, ‘skincare company Glowhaus’), which "the <noun>" may then stand for:
    never a day, a pronoun opening a sentence, or a name the article gives a person
    (‘the agency Kim Lee runs’ has a second capital; ‘told the agency Monday’ is a day).

    >>> from quotesearch.speakers import Cast
    >>> t = "Fans of the agency StarLantern were angry. The agency said it would act."
    >>> _one_word_after_kind(t, "agency", Cast(t))
    [(19, 'StarLantern')]
    """
    out = []
    kinds = FIRM_NOUNS if noun in FIRM_NOUNS else (noun,)
    for kind in sorted(kinds):  # (in a fixed order: the cap below is the same on every run)
        at, seen = text.find(kind + " "), 0
        while at >= 0 and seen < SPOTS_OF_KIND_READ:
            seen += 1
            start = at + len(kind) + 1
            m = RE_ONE_WORD_BODY.match(text, start) if at > 0 and not text[at - 1].isalpha() else None
            if m is not None and m.group().lower() not in NOT_NAMES and m.group().lower() not in PRONOUNS \
                    and gender_of(m.group()) is None and m.group().lower() not in cast.by_surname:
                out.append((start, m.group()))
            at = text.find(kind + " ", at + 1)
    return out


#: Lower-case words that may stand right before a subject's name ("his daughter, X" has a comma).
ROLE_WORDS_BEFORE = frozenset("local resident fellow former late then veteran".split())


def _unnamed_person(head: str | None, text: str, at: int) -> bool:
    """A description's head that stands for someone the article need not name ("the victim", "the
    door supervisor"): no body, no source kept sexless, and an office only when the article brought
    in someone unnamed who holds it ("a 31-year-old door supervisor"; ‘the Vermont senator’ is a
    named senator)."""
    if head is None or head in THING_NOUNS or head in GENDERLESS_SOURCES or head in COLLECTIVE_NOUNS:
        return False  # (nor "his family", a "they": ‘He doesn't talk much about the war, his family said’)
    return head not in ROLE_NOUNS or head in KIN_NOUNS \
        or _introduced_unnamed(head, another=True).search(text, max(0, at - 2000), at) is not None  # (‘Another landlord’)


def _unheld_office(description: str, cast: Cast) -> bool:
    """A definite or possessive office that no one the article names holds, for a "he" or "she"
    nothing else resolves: ‘The city's police chief said officers had made 12 arrests. “…,” she
    said’ (never past a named holder: ‘Health Secretary Jane Doe …. The secretary said’ is hers)."""
    head = description_head(description)
    first = description.split()[0]
    if head not in OFFICE_NOUNS or not (first.lower() == "the" or first.endswith(("'s", "’s"))):
        return False
    return not any(head in _role_words(r) for p in cast.by_surname.values() for r in p.roles)


@functools.lru_cache(maxsize=256)
def _introduced_unnamed(head: str, another: bool = False, set_off: bool = False) -> re.Pattern:
    # (never the predicate or apposition of someone named: ‘John Hale is a retired soldier’; with
    # ``set_off``, after a comma too, for the caller to tell an opening phrase's from an apposition)
    # (a compound that opens with one of those words is a modifier: ‘an on-chain investigator’)
    # (the words between are the noun's modifiers: never "a question for the crowd"; the stdlib
    # ``re``, whose patterns compile many times faster, with one look-behind per word)
    not_after = "".join(rf"(?<!\b{w}\s)" for w in ("is", "was", "are", "were", "as", "became", "becomes")) + ("" if set_off else r"(?<!,\s)")
    return re.compile(r"\b" + not_after + (r"(?i:a|an|one|another)\s+" if another else r"(?i:a|an|one)\s+")
                      + r"(?:(?!(?i:the|a|an|of|for|to|in|on|at|with|from|by|and|or|his|her|their|its)\b(?!-))[\w\-]+\s+){0,3}?"
                      + re.escape(head) + r"\b")


@functools.lru_cache(maxsize=256)
def _definite_again(head: str) -> re.Pattern:
    """A sentence opening with "The", a word or three and ``head``: one described before, again."""
    return re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))The ((?:[a-z\-]+\s+){1,3}?)" + re.escape(head) + r"\b", re.MULTILINE)


def _same_paragraph(paras: list[tuple[int, int]], a: int, b: int) -> bool:
    """The offsets ``a`` and ``b`` lie in one paragraph."""
    return any(s <= a and b <= e for s, e in paras)


def _introduced_description(text: str, at: int, head: str, cast: Cast) -> tuple[str, int] | None:
    """The description that last brought in, unnamed, someone "the <head>" at ``at`` stands for,
    within 2,000 characters and outside quotations, with what follows its noun up to a clause
    (‘a retired dentist from Leeds’, ‘a co-worker’, ‘one witness’), and where it ends."""
    m = None
    for c in _introduced_unnamed(head, another=True, set_off=True).finditer(text, max(0, at - 2000), at):
        if text[max(0, c.start() - 2):c.start()] != ", " or _subject_after_opening(text, c):
            m = c  # (and ‘Another official, who works at the State Department, disagreed’; after a comma,
            # only the subject after an opening phrase: ‘During a visit, an inspector found …’)
    if m is None:
        return None
    again = None  # a sentence since that opens with the one introduced before, by its words: ‘A senior
    for again in _definite_again(head).finditer(text, m.end(), at):  # defense official said …. A third
        pass  # official …. The senior defense official said …. “…,” the official said’
    if again is not None:
        first = None
        for first in re.finditer(r"\b(?i:a|an|one)\s+" + re.escape(again.group(1)) + re.escape(head) + r"\b",
                                 text[max(0, at - 2000):m.start()]):
            pass
        if first is not None:
            m = _introduced_unnamed(head, another=True).match(text, max(0, at - 2000) + first.start()) or m
    window = text[max(0, m.start() - 3):m.start()]
    before = window.rstrip()
    if not (_speaks_after(text, m.end()) or not before or before[-1] in ".!?”\"" or "\n" in window
            or _subject_after_opening(text, m)):
        return None  # (someone who speaks or opens a sentence: never ‘voters want a president who
        # listens’, ‘the hospital hopes to recruit a surgeon’)
    if _quoted_at(cast, m.start()):
        return None  # (words of a quotation introduce no one)
    end = m.end()
    tail = RE_PLACE_AFTER.match(text, end)
    if tail is not None:
        end = tail.end()  # ("from Leeds", "at the scene")
    else:
        end = _office_served_end(text, end)  # ("an adviser to the president")
    desc = text[m.start():end]
    return (desc[0].lower() + desc[1:] if desc[1:2].islower() or desc[1:2] == " " else desc), end


def _unnamed_author(who: Mention) -> bool:
    """Someone unnamed, brought in as a document's author or sender in the aside after it: ‘Another
    email, from a depot engineer, warned …’, ‘the memo, written by a junior analyst, said’ (never a
    definite one, which may be a body or a place: ‘the letter, from the mayor's office,’).

    >>> _unnamed_author(Mention(0, 16, "a depot engineer", "description"))
    True
    >>> _unnamed_author(Mention(0, 18, "the mayor's office", "description"))
    False
    """
    head = description_head(who.text)
    return who.kind == "description" and who.text.split()[0].lower() in ("a", "an", "one") and head is not None \
        and head not in DOCUMENT_NOUNS and head not in THING_NOUNS and head not in COLLECTIVE_NOUNS


def _subject_after_opening(text: str, m: re.Match) -> bool:
    """The description ``m`` opens the main clause after an opening phrase set off by a comma, and
    no comma sets it off in turn (‘During a March visit, an inspector found droppings.’, ‘In
    correspondence seen by the paper, a consultant raised concerns.’; never an apposition of a name
    in the phrase: ‘In a letter to Tom Hale, a retired judge, …’).

    >>> text = "During a visit, an inspector found mould. In a letter to Tom Hale, a retired judge, wrote."
    >>> [_subject_after_opening(text, m) for m in _introduced_unnamed("inspector", set_off=True).finditer(text)]
    [True]
    >>> [_subject_after_opening(text, m) for m in _introduced_unnamed("judge", set_off=True).finditer(text)]
    [False]
    """
    return text[m.end():m.end() + 1] not in (",", "") and _opens_clause_at(text, m.start())


#: Words that qualify a role in "the former contractor", "the senior official" (an anaphor of
#: one introduced unnamed).
ADJECTIVES_OF_ROLE = frozenset("former senior junior retired young elderly local other".split())


def _compound_role_of(description: str, noun: str, head: str) -> bool:
    """The description names its role with ``noun`` right before ``head``, as a compound of two nouns
    ("the shop steward", "the care worker", "the bus driver" of one introduced unnamed).

    >>> _compound_role_of("a shop steward at the Number 4 shaft", "shop", "steward")
    True
    >>> _compound_role_of("a steward at the plant", "union", "steward")
    False
    """
    words = description.lower().split()
    return any(a == noun and b == head for a, b in zip(words, words[1:]))


#: Whose office an unnamed person serves, after their noun: " to the president", " to the prime
#: minister" (one or two words in lower case; the last must be an office's, see
#: :func:`_office_served_end`).
RE_TO_OFFICE = LazyPattern(r" to (?:the|his|her|their) (\p{Ll}[\p{Ll}\-]*)(?: (\p{Ll}[\p{Ll}\-]*))?")


def _office_served_end(text: str, end: int) -> int:
    """Where an unnamed person's description ends when the office they serve follows their noun:
    ‘an adviser to the president played down …’ goes on to "president" (and ‘to the prime minister’
    to "minister"); ``end`` itself otherwise (never ‘an aide, to their surprise,’: the last word is no
    office's).

    >>> t = "an adviser to the president played down"
    >>> t[:_office_served_end(t, 10)], _office_served_end("an aide to their surprise", 7)
    ('an adviser to the president', 7)
    """
    to = RE_TO_OFFICE.match(text, end)
    if to is None:
        return end
    if to.group(2) is not None and to.group(2) in ROLE_NOUNS:
        return to.end()
    return to.end(1) if to.group(1) in ROLE_NOUNS else end


#: Where an unnamed person is from or was, after their noun: " from Leeds", " at the scene" (up
#: to a clause or a punctuation mark).
RE_PLACE_AFTER = LazyPattern(r" (?:from|in|at|near|outside|inside|on) (?:the )?(?:\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2}"
                               r"|scene|street|building|site|shop|store)(?=[,.;:!?]| (?:who|that|which|said|says|told)\b)"
                               r"| (?:at|in|from|with) (?:one of )?(?:the|a|an) [\p{L}’'\-]+(?: [\p{L}\d’'\-]+){0,5}?"
                               r"(?=, (?:who|which)\b| (?:who|that|said|says|told)\b)")
# (and where they work, up to a clause: "a nurse at the county's largest emergency department, who …",
# "a counselor at one of the state's six centers said")


#: Words that open a subordinate or relative clause inside a sentence (mentions' clause words and
#: the subordinators of time and condition).
SUBORDINATE_WORDS = (MENTION_CLAUSE_WORDS - {"where"}) | frozenset(
    "as after since before though until unless whereas once whether".split())  # (‘the event where X spoke’ reads on)

#: The gender of a third-person singular pronoun.
GENDERS = {"he": "m", "she": "f"}


def _after_preposition(toks: list[Token], m: Mention) -> bool:
    """The mention is the object of a preposition (‘with Clinton’), never the source's "by" or "from"."""
    k = _index_before(toks, m.start)
    return k >= 0 and toks[k].word in PREPOSITIONS and toks[k].word not in ("by", "from")


def _speaking_subject(text: str, toks: list[Token], known) -> Found | None:
    """The sentence's subject when its main verb is a verb of speech (‘Carter said that …’,
    ‘Trump then told reporters …’, ‘one resident who did not want to give her name said she had been
    told …’), with that verb as the cue."""
    m = sentence_subject(text, toks, known)
    if m is None or m.kind not in ("name", "pronoun", "description"):
        return None
    verb = next((t for t in toks if t.start >= m.end and t.word not in SUBJECT_ADVERBS), None)
    if verb is not None and verb.word == "who" and m.kind == "description":
        # (past a relative clause and its own verb: ‘one resident who did not want to give her name said
        # …’; never one with a comma or a name in it: ‘The engineer who wrote the report, Fiona Leckie,’,
        # nor a noun: "the report")
        after = [t for t in toks if t.start > verb.end]
        verb = next((t for k, t in enumerate(after) if k > 0 and (t.text == "," or t.capitalized or (
            _is_cue(t, True) and after[k - 1].word not in DETERMINERS and after[k - 1].word not in POSSESSIVES))), None)
        verb = verb if verb is not None and verb.text != "," and not verb.capitalized else None
        if verb is None and alias_after_clause(text, m.end) is None:
            verb = _verb_past_who_clauses(after)  # (‘A former ranger who worked with Zola for years, and who
            # asked not to be named, said …’; never one who gives a name to go by, ‘… and who asked to be
            # identified only as Aung, said’: the cast's reading, Aung)
    if verb is None or not _is_cue(verb, True):
        return None
    return Found(m, None, "cue-in-sentence", verb.text)


def _described_speaker_opens(text: str, ms: tuple[Mention, Person], p_lo: int) -> bool:
    """The subject found for the last sentence of the paragraph from ``p_lo`` (by its speech cue:
    :func:`_last_sentence_subject` gives a description only so) is one person described, who opens
    that sentence (‘A former ranger who worked with Zola …, said the rhino had stopped eating. /
    “…”’): the speaker the next paragraph's quotation goes on with; never a body (‘The union said it
    would keep striking.’) nor a family or a crowd."""
    m, p = ms
    return m.kind == "description" and p is not None and p.kind == "description" and not p.plural \
        and m.text.split()[0].lower() in ("a", "an", "the", "one", "another") \
        and (head := description_head(m.text)) not in THING_NOUNS and head not in COLLECTIVE_NOUNS \
        and (m.start == p_lo or text[:m.start].rstrip().endswith((".", "!", "?")))


def _verb_past_who_clauses(after: list[Token]) -> Token | None:
    """The cue verb right after the comma that closes one or two relative clauses set off after a
    description (``after``: the tokens past its "who"), ‘… who worked with Zola for years, and who asked
    not to be named, said …’: a name inside only as an object, after a lower-case word, never one set
    off (‘The engineer who wrote the report, Fiona Leckie, said’), nor a comma that opens anything
    but another "who" clause."""
    k = 1
    while k < len(after):
        t = after[k]
        if t.capitalized and (after[k - 1].text == "," or not after[k - 1].text.isalpha()):
            return None
        if t.text == ",":
            nxt = [x.word for x in after[k + 1:k + 3]]
            if nxt[:2] == ["and", "who"] or nxt[:1] == ["who"]:
                k += 2
                continue
            verb = after[k + 1] if k + 1 < len(after) else None
            return verb if verb is not None and not verb.capitalized and _is_cue(verb, True) else None
        k += 1
    return None


def _sentence_start_before(text: str, sp: Span) -> bool:
    """The quotation opens its sentence: only space separates it from a sentence's end."""
    i = sp.open_at
    while i > sp.para_start and text[i - 1].isspace():
        i -= 1
    return i == sp.para_start or text[i - 1] in ".!?”\"'’"


def _shares_next_cue(text: str, spans: list[Span], results: list, i: int) -> Found | None:
    """A fragment in the middle of a sentence whose cue comes after the next quotation of that
    sentence (‘… will carry “a great deal of weight” and bring them the “firepower” they need,
    X said.’) is that cue's."""
    sp = spans[i]
    if i + 1 >= len(spans) or sp.close_end is None or text[sp.end - 1] in ".!?":
        return None
    nsp, nf, nkind = results[i + 1]
    if nsp.paragraph != sp.paragraph or nf is None or nf.rule != "cue-after" or nf.person is None \
            or nkind == "scare" or sentence_ends(text, sp.close_end, nsp.open_at) or text[nsp.end - 1] == "." \
            or (text[nsp.end - 1] in "!?" and text[nsp.close_end:nsp.close_end + 2].strip()[:1].isupper()):
        return None  # (a cue after a finished sentence ‘…slings.” A spokesman declined …’ is not its own)
    return Found(nf.mention, nf.person, "same-sentence", nf.cue, nf.how)


#: A sentence with no one in it to speak, that frames what anyone might say: ‘It seems unfair to
#: simply tell the town: “…”’, ‘It is easy to say “…”’, ‘It would be wrong to call it “…”’.
#:
#: >>> bool(RE_ANYONE_SAYING.match("It seems unfair to simply tell the communities: "))
#: True
RE_ANYONE_SAYING = LazyPattern(r"[ \t]*It(?: (?:seems|seemed|is|was|would be|would seem|will be)|['’]s)"
                               r" (?!(?:high |about |now |past )?time\b)[^.!?“\"]{0,40}?\bto (?:\p{Ll}+ly )?(?:say|tell|ask|call|argue|insist|claim|declare)\b")


def _said_by_anyone(text: str, sp: Span) -> bool:
    """The quotation's own sentence says what anyone might say (:data:`RE_ANYONE_SAYING`): no
    speaker of the paragraph's earlier quotation speaks it."""
    ends = sentence_ends(text, max(sp.para_start, sp.open_at - CONTEXT_CHARS), sp.open_at)
    return RE_ANYONE_SAYING.match(text, ends[-1] if ends else sp.para_start, sp.open_at) is not None


def _interview_turn(text: str, spans: list[Span], results: list, i: int, cast: Cast,
                    turns: dict[int, Person | None]) -> Found | None:
    """A quotation with no cue, opening its paragraph, after the writer's own question in the
    paragraph before (‘“Does it still hurt?” I ask.’ / ‘“Every single time.”’): the answer of the
    person the writer asks, the last one named before the question; a question with no cue after
    an answer is the writer's again, and the quotation after it the same person's answer."""
    sp = spans[i]
    if i == 0 or sp.open_at != sp.para_start:
        return None
    psp, pfound, _ = results[i - 1]
    if psp.paragraph != sp.paragraph - 1:
        return None
    if (sp.close_end or sp.end) < sp.para_end - 1 and text[(sp.close_end or sp.end):sp.para_end].strip():
        return None  # (the answer alone in its paragraph: ‘“…,” says a voice on the line’ has its own cue)
    if pfound is not None and pfound.mention is not None and pfound.mention.text.lower() == "i" \
            and (pfound.cue or "").lower() in ("ask", "asked", "asks") and text[psp.end - 1] == "?" \
            and RE_I_ASK_ALONE.match(text, pfound.mention.start):
        position, cast.position = cast.position, psp.open_at
        asked = next((p for _, p in reversed(cast.recent) if p.kind in ("name", "description") and not p.plural
                      and (p.kind == "description" or p.personlike)), None)  # (‘her aide’, ‘our guide’ too)
        cast.position = position
    elif pfound is None and (i - 1) in turns:
        asked = turns[i - 1]  # the writer's question with no cue, after an answer
    elif pfound is not None and pfound.how == "interview-turn" and text[sp.end - 1] == "?" and pfound.person is not None:
        turns[i] = pfound.person  # a question after an answer: the writer's, asking the same person
        return WRITER
    else:
        return None
    if asked is None or text[sp.end - 1] == "?":
        return None
    return Found(None, asked, "interview-answer", None, "interview-turn")


#: A transcript's turn: its speaker's label in capitals opening the paragraph, a colon, then the
#: words of that turn (‘OKONJO: Not at all. My mother said …’, ‘DE VRIES: …’).
#:
#: >>> RE_CAPS_TURN_LABEL.match("MCCARTHY: I told him, “…”").group(1)
#: 'MCCARTHY'
RE_CAPS_TURN_LABEL = regex.compile(r"(\p{Lu}[\p{Lu}'’\-]+(?: \p{Lu}[\p{Lu}'’\-]+){0,2}):[ \t]+(?=\S)")

#: Words before a quotation in a question's sentence that make it the words of the one asked:
#: ‘In March you said the squad was “…”’, ‘You told reporters “…”’, ‘you called it “…”’.
RE_YOU_SAID = LazyPattern(r"\b[Yy]ou (?:(?:have|had|once|also|yourself|then|just) )?(?:said|told|called|wrote|described"
                          r"|promised|insisted|claimed|warned|tweeted|posted|declared)\b")


def _turn_labels(text: str, paras: list[tuple[int, int]], cast: Cast) -> dict[int, tuple[int, Person]]:
    """The turns of a transcript, by paragraph: where the turn's words start and the person its label
    names. A transcript has at least two labels, each opening two paragraphs or more, and each
    label is a word of the name of someone the article named in full (‘MARSH’ is Helen Marsh, ‘ROSLAN’
    Roslan Hamid); anything less (one label, a label no one is named by) is no transcript."""
    found: dict[int, regex.Match] = {}
    for k, (lo, hi) in enumerate(paras):
        if text[lo:lo + 2].isupper() and (m := RE_CAPS_TURN_LABEL.match(text, lo, hi)) is not None \
                and RE_SPEAKER_LABEL.match(text, lo, hi) is not None:  # (never ‘UPDATE:’, ‘BREAKING:’)
            found[k] = m
    counts: dict[str, int] = {}
    for m in found.values():
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if sum(1 for c in counts.values() if c >= 2) < 2:
        return {}
    people: dict[str, Person | None] = {}
    turns: dict[int, tuple[int, Person]] = {}
    position = cast.position
    for k, m in found.items():
        label = m.group(1)
        if counts[label] < 2:
            continue
        if label not in people:
            cast.position = m.start()
            p = cast.resolve(Mention(m.start(1), m.end(1), label, "name"))[0]
            words = [w.lower() for w in p.name.replace("-", " ").split()] if p is not None else []
            people[label] = p if p is not None and p.kind == "name" and len(words) > len(label.split()) and all(
                w in words for w in label.lower().replace("-", " ").split()) else None  # (named in full elsewhere:
            # never ‘LONDON:’ and ‘PARIS:’ of a round-up, which name no one)
        if people[label] is not None:
            turns[k] = (m.end(), people[label])
    cast.position = position
    return turns if len({p.name for _, p in turns.values()}) >= 2 else {}


def _transcript_turns(text: str, spans: list[Span], results: list, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Quotations inside a transcript's turn, after its label (‘OKONJO: Honestly? “Not again.” We had
    lost late …’): the words of the one whose turn it is, unless the turn says who said them. The
    turn's own "I" says them (‘I said to the bench, “…”’, ‘my answer is the same: “…”’); a quotation no
    cue in its turn gives, or that a speaker outside the turn was lent, is theirs too. In a question's
    turn, what "you said" is the words of the one who answers it in the next turn (‘In May you said
    the plan was “…”. Do you stand by that?’). Anyone else the turn names speaking keeps their words
    (‘My officers told me, “…”’, ‘the chairman came to me and said, “…”’)."""
    if not any(sp.open_at > sp.para_start and text[sp.para_start:sp.para_start + 2].isupper() for sp in spans):
        return  # (cheap: no quotation inside a paragraph that opens in capitals)
    turns = _turn_labels(text, paras, cast)
    if not turns:
        return
    for i, (sp, found, kind) in enumerate(results):
        turn = turns.get(sp.paragraph)
        if turn is None or kind == "scare" or sp.continued or sp.open_at < turn[0]:
            continue
        own, person = turn
        ends = sentence_ends(text, own, sp.open_at)
        lead = text[ends[-1] if ends else own:sp.open_at]  # the quotation's sentence before its mark
        if text[sp.para_start:sp.para_end].rstrip().endswith("?"):  # a question's turn
            nxt = turns.get(sp.paragraph + 1)
            if RE_YOU_SAID.search(lead) is not None and nxt is not None and nxt[1] is not person \
                    and (found is None or found.mention is None or found.mention.start < sp.para_start
                         or found.mention.text.lower() == "you"):
                results[i] = (sp, Found(None, nxt[1], "interview-answer", None, "transcript-turn"), kind)
            continue
        if found is not None and found.mention is not None and found.mention.start >= own \
                and found.mention.text.lower() not in ("i", "me", "my"):
            continue  # (someone the turn names: ‘My officers told me, “…”’)
        if found is None or (found.mention is not None and found.mention.start < sp.para_start) \
                or (found.mention is not None and found.mention.text.lower() in ("i", "me", "my")):
            toks = tokenize(text, ends[-1] if ends else own, sp.open_at)
            if not _said_by_i(toks) or any(t.word in THIRD_PERSON_WORDS or t.text == "Her" for t in toks):
                continue  # (a cue whose speaker no sieve found: never the turn's by default)
            if ends and not text[ends[-1]:sp.open_at].strip():  # (the quotation opens its sentence)
                before = tokenize(text, ends[-2] if len(ends) > 1 else own, ends[-1])
                if len(RE_WORD.findall(text, ends[-2] if len(ends) > 1 else own, ends[-1])) > 2 and not (
                        any(t.word in SPEECH_VERBS for t in before) and _said_by_i(before)
                        and not any(t.word in THIRD_PERSON_WORDS for t in before)):
                    continue  # (after a sentence of the turn's about something else, the words may be a
                    # notice's, a letter's or another's: ‘Pinning a notice to the door. “Closed until further
                    # notice.”’, ‘The letter is wrong. “Not compliant” is their view’; only a bare opener,
                    # ‘Honestly? “Not this again.”’, or the turn's own ‘I said it then.’ before)
            results[i] = (sp, Found(None, person, "interview-answer", None, "transcript-turn"), kind)


def _said_by_i(toks: list[Token]) -> bool:
    """Every verb of speech among ``toks`` is the speaker's own "I"'s, auxiliaries and adverbs between
    (‘and I said,’, ‘I have always said’); none at all is the same (‘My answer is the same: “…”’).

    >>> _said_by_i(tokenize("I turned to him and I said,")), _said_by_i(tokenize("Kieran came to me and said,"))
    (True, False)
    """
    for v, t in enumerate(toks):
        if t.word not in SPEECH_VERBS or (v > 0 and toks[v - 1].word in OWN_WORDS_NOUN_LEADS):
            continue  # (a noun: ‘My answer is the same’, ‘that promise’)
        k = v - 1
        while k >= 0 and (toks[k].word in AUXILIARIES or toks[k].word == "am" or toks[k].word.endswith("ly")):
            k -= 1
        if k < 0 or toks[k].text != "I":
            return False
    return True


#: Words before a verb of speech's form that make it a noun (‘my answer’, ‘the reply’, ‘that promise’).
OWN_WORDS_NOUN_LEADS = frozenset("my our your his her their the a an that this same".split())

#: Someone else in a turn's sentence before a quotation (‘His line all season has been “…”’, ‘she
#: said’): the turn's speaker reports another's words, whom no sieve may have found.
#: (never an object, ‘I looked at them and I said’; "her" only opening its sentence, ‘Her motto is …’)
THIRD_PERSON_WORDS = frozenset("he she they his their".split())


#: The sentence that ends a paragraph to give someone's account whole in the paragraphs after it:
#: ‘Her account is worth quoting in full.’, ‘His story is worth hearing at length:’, ‘In her own
#: words:’, ‘Here is his account.’, ‘This is how she tells it:’ (the owner is the one speaking).
#:
#: >>> RE_ACCOUNT_GIVEN.search("She has never spoken of it. Her account is worth quoting in full.").group("own")
#: 'Her'
RE_ACCOUNT_GIVEN = LazyPattern(
    r"(?:\b(?P<own>[Hh]is|[Hh]er|[Tt]heir) (?:own )?(?:full )?(?:account|story|testimony|recollection|recollections"
    r"|version|words|telling)(?: of (?:it|that|events|what happened|the \p{Ll}+(?: \p{Ll}+)?))?"
    r" (?:is|are|was|were|deserves?|bears?) (?:worth )?(?:giving|quoting|hearing|reading|repeating|setting out"
    r"|quotation)(?: (?:at length|in full|in (?:his|her|their) own words|whole|unedited))?"
    r"|\b(?:[Ii]n|[Hh]ere is|[Hh]ere's|[Tt]his is) (?P<own2>his|her|their)"
    r" (?:own )?(?:account|story|words|testimony|recollection)(?: of (?:it|that|events|what happened))?"
    r"|\b(?:[Tt]his is how|[Hh]ere is how) (?P<who>he|she|they) (?:tells|told|describes|described|recalls|recalled"
    r"|remembers|remembered) it)[ \t]*[.:][ \t]*$")

#: Possessives and pronouns of an account's owner, as the pronoun that stands for them.
ACCOUNT_OWNERS = OWNER_PRONOUNS | {p: p for p in OWNER_PRONOUNS.values()}


def _accounts_given(text: str, spans: list[Span], results: list, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Quotations given at length after a paragraph that ends by introducing someone's account
    (‘Sgt Ruth Oyelaran has not spoken of that night until now. Her account is worth quoting in full.’
    / ‘“We were on the second floor …’, and its paragraphs after): the account's owner, the one its
    possessive stands for, speaks the quotation opening the next paragraph with no cue of its own,
    and every paragraph of it that the quotation runs on into."""
    i = 0
    while i < len(results):
        sp, found, kind = results[i]
        i += 1
        if found is not None or sp.continued or sp.open_at != sp.para_start or sp.paragraph == 0 or kind == "scare":
            continue
        lo, hi = paras[sp.paragraph - 1]
        hi = lo + len(text[lo:hi].rstrip())
        if hi - lo < 12 or text[hi - 1] not in ".:":
            continue
        m = RE_ACCOUNT_GIVEN.search(text, max(lo, hi - 120), hi)
        if m is None:
            continue
        own = next(g for g in ("own", "own2", "who") if m.group(g))
        position, cast.position = cast.position, m.start(own)
        person = cast.resolve(Mention(m.start(own), m.end(own), ACCOUNT_OWNERS[m.group(own).lower()], "pronoun"))[0]
        cast.position = position
        if person is None or person.kind != "name":
            continue  # (a name only: never ‘Their account is worth giving’ of a crowd)
        results[i - 1] = (sp, Found(None, person, "previous-paragraph", None, "account"), kind)
        while i < len(results) and results[i][0].continued and results[i][1] is None:
            results[i] = (results[i][0], Found(None, person, "continuation", None, "account"), results[i][2])
            i += 1


#: The writer named in the standfirst of a feature, whom the subject talks to: ‘He tells Sarah
#: Lomax why he has never been happier.’, ‘She talks to Ama Owusu about …’.
RE_STANDFIRST_WRITER = LazyPattern(r"\b(?:tells|talks to|speaks to|opens up to) (\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}[\p{Ll}’']+){1,2})"
                                   r" (?:why|how|what|about|that)\b")


def _writer_asking(text: str, sp: Span, found: Found, paras: list[tuple[int, int]], memo: dict) -> Person | None:
    """The writer who asks the question right before their own "I ask" (‘“Are you nervous?” I ask
    him.’), when the article names one writer: the one name of a byline near the top (‘By Jo
    Mensah’), or the one a feature's standfirst says the subject talks to (‘He tells Sarah Lomax
    why …’), named nowhere else. None for any other "I" (what the writer says or writes is no
    quotation of theirs to list)."""
    if (found.cue or "").lower() not in ASK_VERBS or not text[sp.start:sp.end].rstrip().endswith("?") \
            or found.mention.start < (sp.close_end or sp.end) \
            or text[(sp.close_end or sp.end):found.mention.start].strip(" ,"):
        return None
    if "writer" not in memo:
        memo["writer"] = None
        names = byline(text)
        if names is not None:
            memo["writer"] = Person(names) if ";" not in names and " " in names else None
        else:
            for lo, hi in paras[:3]:
                told = RE_STANDFIRST_WRITER.search(text, lo, hi) if hi - lo <= 300 else None
                surname = told.group(1).split()[-1] if told is not None else ""
                if told is not None and sum(1 for _ in word_positions(text, surname)) == 1:
                    memo["writer"] = Person(told.group(1))
                    break
    return memo["writer"]


#: The writer's question with no one named after the verb: "I ask." (never "I ask her", "I ask the
#: farmer", "I ask myself").
RE_I_ASK_ALONE = LazyPattern(r"I (?:ask|asked|asks)(?:[.!]|[ \t]*(?:\n|$))")

#: What an interview turn gives for the writer's own question: no speaker, nothing inherited.
WRITER = Found(None, None, "writer", None)


def _only_a_question(text: str, sp: Span) -> bool:
    """The words are a question and nothing else (‘Did you see Mr. Lindqvist?’, never ‘We have a
    lot of work to do. Does anyone doubt that?’, which goes on from an answer)."""
    return text[sp.start:sp.end].rstrip().endswith("?") and not sentence_ends(text, sp.start, sp.end - 1)


def _asked(text: str, sp: Span, found: Found | None) -> bool:
    """The words end with a question and their cue says it was asked, whatever comes before it
    (‘“You wrote, ‘I will make him pay.’ Did you write that?” Russo asked.’)."""
    return found is not None and (found.cue or "").lower() in ASKING_CUES and text[sp.start:sp.end].rstrip().endswith("?")


#: The one spoken to (‘Did you see anyone at all?’).
RE_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)

#: "We", "our" or "us": words spoken for a side, never one alone answering back (:func:`_comeback`).
RE_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _turn_before(results: list, j: int) -> int | None:
    """The last quotation of the turn before the one ``results[j]`` ends: a turn is the quotations
    of one paragraph, all one speaker's (‘“Yes,” Ortiz replied. “It was parked on the corner.”’ is one
    turn, and the one before it is Hale's question); None when that paragraph has two speakers, or
    nothing comes before."""
    k = j
    while k > 0 and results[k - 1][0].paragraph == results[j][0].paragraph:
        k -= 1
        if results[k][1] is None or results[j][1] is None or results[k][1].person is not results[j][1].person:
            return None
    return k - 1 if k > 0 else None


def _exchange_turn(text: str, sp: Span, results: list, j: int, paras: list[tuple[int, int]] | None = None) -> Found | None:
    """A paragraph that is only a quotation, in an exchange of questions and answers by two
    people each in a paragraph of their own: a question after the other's answer is the one who
    asked the last question, an answer after a question the one who answered the last one
    (‘“Did you see him?” Farrow asked. / “No,” Reyes replied. / “Did you see anyone?” / “A
    shadow.”’); an answer only once the exchange began with the asker's question before, or with
    an answer the cue calls one (‘“Frightened,” she replied. / Mr Pemberton asked: “Did you stop?” /
    “No.”’). A turn may hold more than one quotation (‘“Yes,” Ortiz replied. “It was parked.”’)."""
    b = _turn_before(results, j)
    if b is None:
        return None
    before, prev = results[b], results[j]
    if prev[1] is not None and prev[1].rule == "answer" and prev[1].person is None and before[1] is not None \
            and before[1].person is not None and prev[0].paragraph == sp.paragraph - 1 \
            and before[0].paragraph == sp.paragraph - 2 and (sp.close_end or sp.end) >= sp.para_end - 1:
        return Found(before[1].mention, before[1].person, "exchange", None)  # (the asker again, after an
        # answer by someone the article does not name there)
    if before[1] is None or prev[1] is None or before[1].person is None or prev[1].person is None \
            or before[1].person is prev[1].person or before[1].person.name == prev[1].person.name \
            or prev[0].paragraph != sp.paragraph - 1 or before[0].paragraph != sp.paragraph - 2 \
            or (sp.close_end or sp.end) < sp.para_end - 1:
        return None
    if _cut_in_turn(text, prev):
        return Found(before[1].mention, before[1].person, "exchange", None)
    if _short_reply(text, sp, prev[0]) and not _addresses(text[sp.start:sp.end], before[1].person.name):
        # (a bare ‘yes’ or ‘no’, or one of the choices a question put, after a question or a short remark
        # of the other: the one who spoke before it answers, ‘… Dr X replied: “About 400.” / “So a third,”
        # Senator Y said. / “Roughly, yes.”’, ‘“Told, or asked?” Y asked. / “Told.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if prev[1].rule in ("answer", "exchange") and (before[1].rule in ("answer", "exchange") or before[1].cue is not None) \
            and not _addresses(text[sp.start:sp.end], before[1].person.name):
        # (turns go on alternating once a question had its answer: ‘“Will you pay?” asked Sen. X. /
        # “Senator, we are committed …” / “That's not a yes.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    asks = [_only_a_question(text, x) or _asked(text, x, f) for x, f in ((before[0], before[1]), (prev[0], prev[1]), (sp, None))]
    if not asks[1] and not asks[2] and text[before[0].start:before[0].end].rstrip().endswith("?") \
            and _comeback(text, sp, prev, before[1].person):
        return Found(before[1].mention, before[1].person, "exchange", None)
    if prev[1].rule == "answer" and asks[0] and not asks[2] and prev[0].open_at == prev[0].para_start \
            and _takes_up_answer(text, sp, prev[0]):
        # (the asker again, after the answer a question put got: ‘X put it to him that …. “Is that
        # fair?” / “On pay, on –” / “Not on pay, then.”’)
        return Found(before[1].mention, before[1].person, "exchange", None)
    if asks != [True, False, True] and asks != [False, True, False]:
        return None
    if asks[2] and not RE_YOU.search(text, sp.start, sp.end) and not _addresses(text[sp.start:sp.end], prev[1].person.name) \
            and (len(text[sp.start:sp.end].split()) > 4 or RE_FIRST_PERSON.search(text, sp.start, sp.end)) \
            and not _declared_exchange(text, sp, results, before, prev, paras):
        return None  # (a question asked of the other, ‘Did you see anyone?’, ‘When?’, ‘Alone?’, ‘Did the
        # card contain money, Mr Costigan?’; never the answerer's own ‘Honestly, what else could we do?’)
    if not asks[0] and (before[1].cue or "").lower() not in REPLY_CUES:
        # (an answer: the one before it answered a question of the same asker, or was a reply)
        f = _turn_before(results, b)
        first = results[f] if f is not None else None
        if first is None or first[1] is None or first[1].person is not prev[1].person \
                or not text[first[0].start:first[0].end].rstrip().endswith("?"):
            return None
    return Found(before[1].mention, before[1].person, "exchange", None)


def _hailed_witness(text: str, sp: Span, question: Span, asker: Person, cast: Cast) -> Person | None:
    """The one person the article names whom a question alone in its paragraph calls by name, for a
    bare answer in the paragraph right after it that is no question and calls no one so: the witness
    answers (‘“Mr. Ekwueme, were you copied on this?” Ms. Mendes asked. / “I don't recall.”’). None for
    the asker, for a call that fits more than one person, and for an answer that calls the one called
    (‘“Nobody asked you, Ray.”’ is said to Ray)."""
    words = text[question.start:question.end]
    if not words.rstrip().endswith("?") or question.paragraph != sp.paragraph - 1 \
            or question.open_at != question.para_start or sp.open_at != sp.para_start or sp.continued \
            or (sp.close_end or sp.end) < sp.para_end - 1 or text[sp.start:sp.end].rstrip().endswith("?"):
        return None
    position, cast.position = cast.position, question.open_at
    called = _only_one(p for _, p in cast.recent if p.kind == "name" and p is not asker and p.name != asker.name
                       and _hails(words, p.name))
    cast.position = position
    if called is None or _addresses(text[sp.start:sp.end], called.name):
        return None
    return called


def _short_reply(text: str, sp: Span, prev: Span) -> bool:
    """A bare turn that only replies to the turn before it, a question or a short remark (at most
    :data:`REMARK_MAX_WORDS` words): a ‘yes’ or ‘no’ opening or closing a few words (‘Roughly, yes.’,
    ‘No, Deputy, not yet.’), or one word of a question that offers choices (‘Told, or asked?’ /
    ‘Told.’). Never words that go on (‘And the courts agree with us on that, yes.’)."""
    reply = regex.findall(r"[\p{L}’'\-]+", text[sp.start:sp.end])
    said = regex.findall(r"[\p{L}’'\-]+", text[prev.start:prev.end])
    asked = text[prev.start:prev.end].rstrip().endswith("?")
    if not reply or text[sp.start:sp.end].rstrip().endswith("?") or not (asked or len(said) <= REMARK_MAX_WORDS):
        return False
    if len(reply) <= REPLY_MAX_WORDS and ((reply[0].lower() in REPLY_WORDS and _set_off_first(text[sp.start:sp.end]))
                                         or reply[-1].lower() in REPLY_WORDS):
        return True  # (a first "no" set off by itself: never ‘No question about it.’, ‘No one came.’)
    return asked and len(reply) <= 2 and " or " in text[prev.start:prev.end] \
        and reply[0].lower() in (w.lower() for w in said)


def _set_off_first(words: str) -> bool:
    """The first word of a reply stands by itself, a comma, a stop or the end after it (‘No.’, ‘Yes, all
    of it.’), never a determiner before a noun (‘No question about it.’, ‘No one came.’).

    >>> _set_off_first("No, Deputy, not yet."), _set_off_first("No doubt about it.")
    (True, False)
    """
    m = regex.match(r"\s*[\p{L}’'\-]+(.?)", words)
    return m is not None and (m.group(1) == "" or m.group(1) in ",.;:!—–-")


def _comeback(text: str, sp: Span, prev: tuple, asker: Person | None = None) -> bool:
    """Words with no cue that answer back the reply to one's question, spoken to the one who replied
    and never of oneself: the asker's (‘“Was that true?” / “It was our best estimate,” he replied. /
    “Then your estimate was wrong by half.”’ is the asker's; ‘… he replied. / “I stand by it.”’ and
    ‘“You have my word.”’ stay the replier's). A reply that calls the asker by name speaks back to them,
    and the words that take it up need no ‘you’ (‘“Is it yes or no?” / “It isn't that simple, Dara,” she
    replied. / “It is exactly that simple.”’)."""
    return (prev[1].cue or "").lower() in REPLY_CUES and prev[1].rule == "cue-after" \
        and _answers_back(text, sp, prev[0]) \
        and (RE_YOU.search(text, sp.start, sp.end) is not None
             or (asker is not None and asker.kind == "name" and _addresses(text[prev[0].start:prev[0].end], asker.name)
                 and _echoes(text, sp, prev[0]))) \
        and RE_FIRST_PERSON.search(text, sp.start, sp.end) is None and not RE_WE.search(text[sp.start:sp.end])


def _takes_up_answer(text: str, sp: Span, answer: Span) -> bool:
    """(guard) A bare turn that takes up an answer with no cue of its own, the asker's: the answer broke
    off at a dash and this turn does not take its words up again (‘“On pay, on –” / “Not on pay, then.”’;
    never ‘“– and on investment.”’, the one cut off going on), or it answers back with none of one's own
    ‘I’ or ‘we’ (‘“It's not a pay cut –” / “It is arithmetic, Minister.”’)."""
    words = text[sp.start:sp.end].lstrip()
    if words[:1] in "—–-":
        return False
    if text[answer.start:answer.end].rstrip()[-1:] in "—–":
        return True
    return _answers_back(text, sp, answer) and RE_FIRST_PERSON.search(text, sp.start, sp.end) is None \
        and not RE_WE.search(words)


#: Words that open a rejoinder to a reply (‘Then your view was wrong’, ‘So you knew?’, ‘But you said …’).
RE_REJOINDER_OPENER = regex.compile(r"(?:Then|So|But|And|Yet|That|Surely|With respect)\b")

#: A word of four letters or more, for the words one turn echoes from another (:func:`_answers_back`).
RE_LONG_WORD = regex.compile(r"\p{L}{4,}")

#: Words too common to show that one turn takes up another's.
ECHO_STOPWORDS = frozenset("that this with what there their they them have were been will would could should "
                           "about from your yours time".split())


def _echoes(text: str, sp: Span, reply: Span) -> bool:
    """(guard) The bare turn echoes a word of four letters or more from the reply (‘“It isn't that simple,
    Dara,” she replied. / “It is exactly that simple.”’); an opener alone (‘“Well, David, the taxpayer pays
    either way,” Dutton replied. / “And the reactors will be cheaper …”’) is the replier going on."""
    said = {w.lower() for w in RE_LONG_WORD.findall(text[reply.start:reply.end])} - ECHO_STOPWORDS
    return any(w.lower() in said for w in RE_LONG_WORD.findall(text[sp.start:sp.end]))


def _answers_back(text: str, sp: Span, reply: Span) -> bool:
    """(guard) The bare turn takes up the reply: it opens with a rejoinder word or asks, or it echoes a
    word of four letters or more from the reply (‘“It was our honest view,” he replied. / “Then your view
    was wrong.”’); never a turn that goes on past a bare ‘“No,” X replied.’ / ‘“You will see results by
    spring.”’, the replier's own."""
    words = text[sp.start:sp.end].strip()
    if RE_REJOINDER_OPENER.match(words) or words.rstrip("”\"’' ").endswith("?"):
        return True
    said = {w.lower() for w in RE_LONG_WORD.findall(text[reply.start:reply.end])} - ECHO_STOPWORDS
    return any(w.lower() in said for w in RE_LONG_WORD.findall(words))


def _cut_in_turn(text: str, prev: tuple) -> bool:
    """The turn before broke off at a dash, its own cue after it, right after the other's turn: the
    words cut off or cutting in, the next turn with no cue is the other's, who takes the floor back
    (‘“You have had nine years to—” he began. / “That is not true—” Okafor cut in. / “Let me
    finish.”’ is his; ‘“…,” she said. / “Tell that to the families—” Mr Banda began. / “I have
    told them.”’ is hers). Never a turn whose cue is none or comes before it (‘Mr Banda said: “…—”’),
    where the break may be a pause in one's own words."""
    p_sp, p_found = prev[0], prev[1]
    return text[p_sp.end - 1] in "—–" and p_found.rule == "cue-after" and p_found.cue is not None \
        and p_sp.close_end is not None


def _declared_exchange(text: str, sp: Span, results: list, before: tuple, prev: tuple,
                       paras: list[tuple[int, int]] | None) -> bool:
    """The exchange was declared in the paragraph right before its first question, the asker named
    before a verb of questioning and the one asked after it (‘Trustee X questioned administrator Y
    about enforcement.’), and the one asked answers again right after the question (‘“None,” Y
    said.’): a question with no cue between two of Y's answers is X's, whatever its words (‘“And how
    many permits did we revoke?”’).
    """
    if paras is None or before[0].paragraph == 0 or not _only_a_question(text, sp):
        return False
    k = next((k for k in range(len(results)) if results[k][0] is sp), None)
    after = results[k + 1] if k is not None and k + 1 < len(results) else None
    if after is None or after[1] is None or after[1].person is not prev[1].person or after[0].paragraph != sp.paragraph + 1 \
            or after[0].open_at != after[0].para_start:
        return False  # (the one asked answers again, in the next paragraph)
    p_lo, p_hi = paras[before[0].paragraph - 1]
    if any(c in text[p_lo:p_hi] for c in "“”\""):
        return False  # (a paragraph of narrative, no one's words)
    toks = tokenize(text, p_lo, p_hi)
    v = next((v for v, t in enumerate(toks) if t.word in EXCHANGE_VERBS), None)
    if v is None:
        return False
    asker, asked = before[1].person.name.split()[-1], prev[1].person.name.split()[-1]
    return any(t.text == asker for t in toks[:v]) and any(t.text == asked for t in toks[v + 1:v + 8])


#: A question reported closing a paragraph (‘Sen. X asked who set those thresholds.’, ‘Sen. X later
#: took up the same line, asking whether the minister had been briefed.’).
RE_ASKED_WHAT = LazyPattern(r"\bask(?:ed|ing)(?: (?:him|her|them|\p{Lu}[\p{L}’'\-]+))? (?:why|whether|if|what|how|when|where|who)\b"
                              r"[^.!?“”\"]*[.?]$")


def _reported_asker(text: str, sp: Span, prev: Span, answerer: Person, paras, cast: Cast) -> Found | None:
    """A paragraph that is only a question asked of the other, after a quotation opening the
    paragraph before that answers a question the paragraph before that reports: the one who
    asked that one (‘Sen. Marcus Whitaker … asked who set those thresholds. / “We did,” Beck
    said. / “And who approved them?”’)."""
    if prev.paragraph == 0 or not _only_a_question(text, sp) or (
            not RE_YOU.search(text, sp.start, sp.end) and (
            len(text[sp.start:sp.end].split()) > 4 or RE_FIRST_PERSON.search(text, sp.start, sp.end))):
        return None
    p_lo, p_hi = paras[prev.paragraph - 1]
    tail = text[p_lo:p_hi].rstrip()
    if not tail.endswith((".", "?")) or RE_ASKED_WHAT.search(tail[-200:]) is None \
            or any(c in tail[-200:] for c in "“”\""):
        return None
    ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast)
    if ms is None or ms[1] is None or ms[1].kind != "name" or ms[1].name == answerer.name:
        return None
    return Found(ms[0], ms[1], "exchange", None)


#: A pronoun and a verb of speech set off by commas: ‘The idea, she explains, is simple.’
RE_ASIDE_CUE = regex.compile(r", (he|she) (\p{Ll}+),")


RE_OTHER_SOURCE = regex.compile(r"\b(?:statement|notice|appeal|letter|sign|message|motto|disagrees|disagreed|replies|replied|responds|responded|view|reads|read|shouts|shouted|wrote|writes)\b")


def _paragraph_aside(text: str, sp: Span, cast: Cast) -> Found | None:
    """A quotation closing a paragraph with no cue, whose first sentence sets off "she says" as an
    aside: hers (‘The method, she says, is old-fashioned. Volunteers count the bats at dusk. “You
    can't automate a clicker …”’). Guards: no other quotation and no one else named between the
    aside and the quotation (‘The hardest part, he says, is … His assistant, Keisha Grant, handles
    the schedules. “We text them …”’ decides nothing), the aside in the paragraph's first sentence,
    and the pronoun a person the article names whose sex it tells."""
    lo, hi = sp.para_start, sp.open_at
    if hi - lo > 2 * CONTEXT_CHARS or any(c in text[lo:hi] for c in "“”\"«»"):
        return None
    at = min((k for k in (text.find(", he ", lo, hi), text.find(", she ", lo, hi)) if k >= 0), default=-1)
    aside = RE_ASIDE_CUE.match(text, at, hi) if at >= 0 else None
    if aside is None or aside.group(2) not in ASIDE_CUE_VERBS or sentence_ends(text, lo, at):
        return None
    position, cast.position = cast.position, hi
    others = [p for pos, p in cast.recent if aside.end() <= pos < hi]
    cast.position = aside.start(1)
    mention = Mention(aside.start(1), aside.end(1), aside.group(1), "pronoun")
    person, how = cast.resolve(mention)
    cast.position = position
    if others or person is None or person.kind != "name" or person.gender != GENDERS[aside.group(1)]:
        return None
    # GUARD: a sentence between that brings in another source (a notice, a statement, an appeal
    # after a colon, someone who disagrees) makes the quotation theirs, not the aside's
    rest = text[aside.end():hi]
    if rest.rstrip().endswith(":") or RE_OTHER_SOURCE.search(rest) is not None:
        return None
    return Found(mention, person, "paragraph-aside", aside.group(2), how)


#: The second person, addressing the reader or the one asked.
RE_YOU_WORDS = regex.compile(r"\b(?:you|your|yours)\b", regex.I)


def _reaction_between(text: str, results: list, i: int) -> Found | None:
    """A quotation opening its paragraph with no cue, then one short sentence of what "he" or "she"
    does, then a quotation that sentence gave its speaker: both are that one's (‘“Dell was the
    singer. …” He laughs, then stops. “These songs …”’). Guards: a pronoun only (a named other's
    laugh may answer someone else: ‘“…” Sunil Mehta laughs. “…”’), a verb of reaction, and never a
    question (‘“And the money?” He laughs.’ is the writer's question)."""
    sp, found, kind = results[i]
    nsp, nf, _ = results[i + 1]
    if found is not None or kind == "scare" or nf is None or nf.person is None or nf.rule != "previous-sentence" \
            or nf.mention is None or nf.mention.kind != "pronoun" or nf.mention.text not in ("He", "She") \
            or sp.open_at != sp.para_start or nsp.paragraph != sp.paragraph or sp.close_end is None \
            or sp.continued or text[sp.start:sp.end].rstrip().endswith("?"):
        return None
    between = text[sp.close_end:nsp.open_at]
    if between.strip()[:len(nf.mention.text) + 1] != nf.mention.text + " " or nf.mention.start - sp.close_end > 2 \
            or len(between.split()) > 8 or any(c in between for c in "“”\"‘’«»?") or len(sentence_ends(text, sp.close_end, nsp.open_at)) > 1:
        return None
    # GUARD: words addressed to the one who reacts ("you", a vocative), a shout or slogan ("!"), or a
    # fragment of a few words (a motto, a sign) are someone else's
    first = text[sp.start:sp.end]
    if "!" in first or RE_YOU_WORDS.search(first) or len(first.split()) < 7:
        return None
    verb = between.split()[1].strip(",.").lower()
    if verb not in REACTION_VERBS:
        return None
    return Found(nf.mention, nf.person, "reaction-after", None, nf.how)


def _inherit(text, spans, results, cast, paras) -> None:
    """Looser sieves for quotations with no cue of their own."""
    n = len(results)
    memo: dict = {}  # what is worked out once per article (an interview's interviewee)
    turns: dict[int, Person | None] = {}  # the writer's questions to someone, by quotation: whom they ask
    hailed: dict[int, Person] = {}  # questions that call someone by name, by quotation: whom they call
    # continuation chains: a later part's cue serves the earlier parts
    # (never across a transcript label, which starts a new speaker, and never when the part
    # before it already has a speaker: that one is carried forward below)
    for i in range(n - 2, -1, -1):
        sp, found, kind = results[i]
        nf = results[i + 1][1]
        if found is None and sp.continues and nf is not None and spans[i + 1].continued \
                and nf.rule != "label" and not (sp.continued and i > 0 and results[i - 1][1] is not None):
            results[i] = (sp, Found(nf.mention, nf.person, "continuation", nf.cue, nf.how), kind)
    for i in range(n):
        sp, found, kind = results[i]
        if found is not None and found.rule == "subject" and found.cue is None and kind != "scare":
            # the bare subject of a sentence whose own cue comes later (‘The FBI did not find “ties
            # of any consequence,” aside from …, said the bureau's director’)
            new = _shares_next_cue(text, spans, results, i)
            if new is not None:
                results[i] = (sp, new, kind)
            continue
        if found is not None and found.person is None and found.how == "first-person" and kind != "scare" \
                and found.mention is not None and found.mention.text == "I" and found.mention.start >= sp.para_start:
            answerer = _answering(text, sp, paras, cast, memo)
            if answerer is not None:  # ‘A: … I tell investors, “…”’: the one interviewed quotes themself
                results[i] = (sp, Found(found.mention, answerer, found.rule, found.cue, "interview-answer"), kind)
            elif (writer := _writer_asking(text, sp, found, paras, memo)) is not None:
                results[i] = (sp, Found(found.mention, writer, found.rule, found.cue, "writer"), kind)
            continue
        if found is not None or kind == "scare":
            continue
        cast.position = sp.open_at
        turn = _interview_turn(text, spans, results, i, cast, turns)
        if turn is not None:
            if turn is not WRITER:
                results[i] = (sp, turn, kind)
            continue  # (the writer's own question has no speaker to inherit)
        # the quotation before, skipping titles and scare quotes between ("on NBC's “Meet the Press”",
        # or the title of a book after its author's quotation in the paragraph before)
        j = i - 1
        while j >= 0 and results[j][2] == "scare" and results[j][0].paragraph >= sp.paragraph - 1:
            j -= 1
        prev = results[j] if j >= 0 else None
        new = _shares_next_cue(text, spans, results, i)
        if new is None and j in hailed and prev[0].paragraph == sp.paragraph - 1 and sp.open_at == sp.para_start \
                and (sp.close_end or sp.end) >= sp.para_end - 1 and not text[sp.start:sp.end].rstrip().endswith("?"):
            new = Found(None, hailed[j], "answer", None)  # (the one a question alone called answers it)
        if new is None and prev is not None and prev[1] is not None and prev[1].person is not None \
                and not (sp.continued and prev[0].continues) and prev[0].paragraph >= sp.paragraph - 1 \
                and not text[sp.start:sp.end].rstrip().endswith("?"):  # (a second question is the asker's)
            new = _answer(text, sp, prev[0], prev[1], cast)  # ‘“What did you see?” Baptiste asked the witness, X.’
            if new is None and prev[1].rule in ("previous-paragraph", "previous-sentence") and prev[1].cue is None:
                new = _answer_to_put(text, sp, prev[0], prev[1].person, paras, cast)  # ‘X then asked her to …’
            if new is None and _answers_question(text, sp, prev[0], prev[1]):
                # (‘“Will you pay for it?” asked Sen. Oren Whitaker. / “Senator, we are committed …”’: an
                # answer is never the asker's; the one named before the question, if anyone)
                position, cast.position = cast.position, prev[0].open_at
                other = cast.subject_person(besides=prev[1].person)
                cast.position = position
                before_q = paras[prev[0].paragraph - 1][0] if prev[0].paragraph > 0 else prev[0].para_start
                new = Found(None, None, "answer", None) if other is None or other[0] < before_q \
                    or not text[other[0]].isalpha() else Found(None, other[1], "answer", None)  # (one named as a
                # subject in the question's paragraph or the one before, never one only quoted there)
                if new.person is None and text[before_q:before_q + 1] not in "“\"‘'«„":
                    # (else the one other person a paragraph of narrative before it names: ‘Counsel X took
                    # Mr. Kowalchuk through the faxes.’; never the speaker of a turn of their own there)
                    new.person = _party_asked(prev[0], prev[1].person, cast, before_q)
                if new.person is None and j >= 1:  # (or the one who answered the asker's question before)
                    new = _exchange_turn(text, sp, results, j, paras) or new
                if new.person is None and j >= 1:
                    new.person = _one_put_to(text, results, j)  # (or the one who spoke just before the question)
        if new is None and prev is not None and prev[1] is not None and prev[1].person is not None:
            psp = prev[0]
            if sp.continued and psp.continues:
                new = Found(prev[1].mention, prev[1].person, "continuation", prev[1].cue)
            elif psp.paragraph == sp.paragraph and not _said_by_anyone(text, sp):
                new = Found(prev[1].mention, prev[1].person, "same-paragraph", prev[1].cue)
        if new is None and sp.open_at > sp.para_start and _sentence_start_before(text, sp):
            ms = _last_sentence_subject(text, sp.para_start, sp.open_at, cast) \
                or _interjection_from(text, sp.para_start, sp.open_at, cast) \
                or _chair_ruling(text, sp.para_start, sp.open_at, cast)  # (‘The Speaker cut her off. “…”’)
            if ms is None and RE_OWN_SAYING_BEFORE.search(text, sp.para_start, sp.open_at) is not None:
                ms = _owner_of_voice(text, sp.para_start, sp.open_at, cast)  # one's own answer or view, then
                # the words: ‘Her answer is always the same. “Children are not confused …”’
                ms = ms if ms is not None and ms[1].kind == "name" and ms[1].gender == GENDERS.get(ms[0].text) else None
            if ms is None and (stance := _unnamed_stance_subject(text, sp.para_start, sp.open_at, cast)) is not None:
                ms = stance  # someone unnamed whose stance the sentence before tells: ‘A senior nurse at one
                # trust, who asked not to be named, was blunter. ‘…’’ is the nurse, as written
            if ms and len(ms[0].text.rstrip(".")) > 1 and not _quoted_at(cast, ms[0].start):
                # (never an answer's label: ‘A. “…”’, nor words of a quotation before: ‘“This budget was
                # written for lenders,” she told the House. “…”’, when "she" is no one known)
                new = Found(ms[0], ms[1], "previous-sentence", None)
        if new is None and sp.open_at > sp.para_start and not sp.continued:
            new = _paragraph_aside(text, sp, cast)  # ‘The trick, he explains, is patience. … “…”’
        if new is None and j >= 1 and sp.open_at == sp.para_start:
            new = _exchange_turn(text, sp, results, j, paras)
        if (new is None or (new.rule == "answer" and new.person is None)) and prev is not None \
                and prev[1] is not None and prev[1].person is not None \
                and (called := _hailed_witness(text, sp, prev[0], prev[1].person, cast)) is not None:
            new = Found(None, called, "answer", None)  # ‘“Mr. X, were you copied on this?” Ms. Y asked. / “I
            # don't recall.”’: the one the question calls answers it, when nothing else told who did
        if new is None and prev is not None and prev[1] is not None and prev[1].person is not None \
                and prev[0].paragraph == sp.paragraph - 1 and prev[0].open_at == prev[0].para_start \
                and sp.open_at == sp.para_start and (sp.close_end or sp.end) >= sp.para_end - 1:
            new = _reported_asker(text, sp, prev[0], prev[1].person, paras, cast)
        if new is None and sp.open_at == sp.para_start and prev is not None and prev[1] is not None \
                and prev[0].paragraph == sp.paragraph - 1 and prev[1].person is not None \
                and not (prev[1].rule == "dash" and _own_sign_off_after(text, sp)) \
                and not _sign_off_line_next(text, sp, paras):
            # (guard: never a bullet's source carried to the next bullet that signs with its own, unread:
            # ‘“…” — local resident / “…” — parent of two, Bray’; nor to a digest's quotation whose own
            # sign-off line follows it: ‘… said it was ‘reviewing’ … / ‘…’ / – Jo Bloggs, 44, after …’)
            new = Found(prev[1].mention, prev[1].person, "previous-paragraph", prev[1].cue)
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0:
            # "X said:" closing the previous paragraph
            p_lo, p_hi = paras[sp.paragraph - 1]
            if text.endswith((":—", ":–", ":-"), p_lo, p_hi):
                p_hi -= 1  # an old paper's colon and dash: ‘He said:—’
            if text[p_hi - 1] == ":" and not _topic_label(text, p_lo, p_hi):  # (never a topic's label)
                ends = sentence_ends(text, max(p_lo, p_hi - CONTEXT_CHARS), p_hi)
                toks = tokenize(text, ends[-1] if ends else max(p_lo, p_hi - CONTEXT_CHARS), p_hi)
                f = cue_before(text, toks, cast.knows)
                if f is None and any(t.word in POSTING_VERBS for t in toks):
                    # ‘The fire district shared the story on its Facebook page:’: who posted it
                    m = sentence_subject(text, toks, cast.knows)
                    if m is not None and m.kind in ("name", "organisation", "description") \
                            and _written_head(m.text) not in WRITTEN_NOUNS:
                        f = Found(m, None, "colon", ":")
                if f is None:
                    f = _introduced_by_imperative(text, toks)
                if f and f.mention and f.mention.kind == "description" and _written_head(f.mention.text) in WRITTEN_NOUNS \
                        and (src := RE_FROM_BODY.search(f.mention.text)) is not None:
                    # ‘Here is the full statement from the Merriam Falls Police Department:’: its issuer
                    at = f.mention.start + src.start(1)
                    f = Found(Mention(at, at + len(src.group(1)), src.group(1), "organisation"), None, "colon", f.cue)
                if f and f.mention and f.mention.text.isupper() and _section_label(text, f.mention.end):
                    f = None  # (a digest's heading on a line of its own: ‘QUOTE OF THE WEEK:’)
                if f is None and _verdict_verb_in(text, toks[0].start if toks else p_hi, p_hi - 1) \
                        and (own := RE_OWN_VERDICT_WAS.fullmatch(text, toks[0].start if toks else p_hi, p_hi - 1)) is not None:
                    f = Found(Mention(own.start(), own.end(), own.group(), "description"), None, "colon", ":")
                    # (a saying no cue reads: ‘Her advice to traders was clear:’, read as the one below)
                    pronoun = OWNER_PRONOUNS.get(own.group(1).lower())
                    whose = cast.resolve(Mention(own.start(), own.start() + len(own.group(1)), pronoun, "pronoun"))[0] \
                        if pronoun in ("he", "she") else None
                    if whose is None or not _own_saying_fits(text, whose, pronoun, own.start()):
                        f = None  # (guard: never one whose sex the name does not tell: ‘Nicola Sturgeon stood
                        # beside her successor. His message to voters was simple:’ is not hers)
                if f and f.mention and (own := RE_OWN_VERDICT.fullmatch(f.mention.text)) is not None:
                    # (one's own message closing the paragraph, as in one: ‘Her message to donors was blunt:’ /
                    # ‘“…”’ is hers, the "she" it stands for)
                    mine = Found(Mention(f.mention.start, f.mention.start + len(own.group(1)),
                                         OWNER_PRONOUNS[own.group(1).lower()], "pronoun"), None, "colon", ":")
                    whose = cast.resolve(mine.mention)[0]
                    sex = {"he": "m", "she": "f"}.get(mine.mention.text)
                    if sex is None or (whose is not None and _own_saying_fits(text, whose, mine.mention.text, mine.mention.start)):
                        f = mine  # (guard: never one whose sex the name does not tell: ‘Nicola Sturgeon stood
                        # beside her successor. His message to voters was simple:’ is not hers)
                if f and (whole := _provision_whole(text, f)) is not None:
                    f = whole  # ‘Section 3(1) of the Act reads:’ / ‘“…”’
                if f and f.mention:
                    f.person, f.how = _found_person(f, cast)
                    body_kind = _body_kind(f.mention.text.split(), f.how)
                    if body_kind is not None and (body := _body_before(text, f.mention.start, body_kind, sp, paras, cast)) is not None \
                            and _body_fits(text, f.mention, body_kind, body):
                        f.person, f.how = body, "body"  # ‘… the Ocean Futures Coalition … called for a
                        # pause. The coalition wrote:’ / ‘“…”’
                    new = Found(f.mention, f.person, "colon", f.cue, f.how)
        # (before a sign-off line after it: a colon that introduces the words is their cue, unless it
        # only describes whom it means and the line signs with the author's handle: a live page's embedded
        # post, ‘The Liberal Democrat leader has posted this on X:’ / ‘“…”’ / ‘— Rhys Penhallow (@RhysPenhallowLD)’)
        described = new is not None and new.rule == "colon" and new.mention is not None and new.mention.kind != "name"
        if (new is None or described) and sp.paragraph + 1 < len(paras) and (sp.close_end or sp.end) >= sp.para_end - 1:
            n_lo, n_hi = paras[sp.paragraph + 1]
            toks = tokenize(text, n_lo, n_hi) if n_hi - n_lo <= AFTER_CHARS else []  # a short sign-off line
            if 2 <= len(toks) <= SIGN_OFF_TOKENS and toks[0].text in DASHES and not any(
                    t.word in CREDIT_WORDS and toks[k - 1].word != "as" for k, t in enumerate(toks)):
                # (a credit's word, but for where the words were reported: ‘…, as reported by Bloomberg’)
                k0 = 2 if toks[0].text == toks[1].text == "-" else 1
                m = mention_after(toks, k0, text)  # (and a typewriter's "--")
                if m and m.kind == "name" and (not described or _signs_with_handle(text, m.end, n_hi)) \
                        and (len(toks) <= 16 or _long_sign_off(text, toks, m)):
                    p, how = cast.resolve(m)
                    new = Found(m, p, "dash", toks[0].text, how)
                elif new is None and (m is None or m.kind == "description") \
                        and (role := _bare_sign_off_role(toks, k0, text)) is not None:
                    p, how = cast.resolve(role)  # a role and a place, no name: ‘“…”’ / ‘— shop owner, Galway’
                    new = Found(role, p, "dash", toks[0].text, how)
                elif new is None and m is not None and _described_sign_off(toks, k0, m, text):
                    p, how = cast.resolve(m)  # an unnamed source described: ‘“…”’ / ‘— A Treasury spokesman, on …’
                    new = Found(m, p, "dash", toks[0].text, how)
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued:
            new = _asked_before(text, sp, paras, cast)  # ‘Finch asked her why she didn't resign. / “Because …”’
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
                and (prev is None or prev[0].paragraph < sp.paragraph - 1):
            # a paragraph that is only a quotation, after a paragraph about someone with no quote
            p_lo, p_hi = paras[sp.paragraph - 1]
            ms = None
            if text[p_lo:p_hi].rstrip().rstrip("”\"’')").endswith((".", "!", "?", "…")):
                # (a paragraph of sentences, never a headline: ‘Golden Years’ speaks no quotation)
                ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast)  # + its line break
                if ms is None:
                    ms = _owner_of_voice(text, p_lo, p_hi, cast) \
                        or _interjection_from(text, p_lo, min(len(text), p_hi + 1), cast) \
                        or _heard_from(text, p_lo, min(len(text), p_hi + 1), cast)  # (‘…, spoke first. Her
                    # voice was steady.’, ‘That prompted an intervention from X.’)
            if ms and ms[1] is not None and cast.named_before_a_title(ms[1]):
                ms = None  # (a team's or a body's name, written before its coach's title: ‘England conceded 14
                # penalties.’ after ‘England head coach Marcus Pennington’ speaks no quotation)
            if ms and (ms[0].kind == "name" or (ms[0].kind == "pronoun" and ms[1].kind == "name"
                                                and ms[1].gender == GENDERS.get(ms[0].text.lower()))
                       or _described_speaker_opens(text, ms, p_lo)):
                new = Found(ms[0], ms[1], "previous-paragraph", None)  # (and ‘He frowned.’: a man the
                # article names, whose sex his given name tells)
        if new is None and RE_ANSWER_LABEL.fullmatch(text, sp.para_start, sp.open_at):
            new = _interviewee(text, paras, sp, cast, memo)  # ‘Q: Why did you accept? / A: “Because …”’
        if new is None and sp.open_at == sp.para_start and sp.paragraph > 1 and not sp.continued and prev is not None \
                and prev[1] is not None and prev[1].person is not None and prev[1].person.kind == "name" \
                and prev[0].paragraph == sp.paragraph - 2 and _question_paragraph(text, paras[sp.paragraph - 1]):
            # a feature's question in a paragraph of its own, unquoted, then the answer quoted alone:
            # ‘“…,” Dex Marlowe says. / Were you scared, going back into the studio? / “Terrified. …”’
            new = Found(prev[1].mention, prev[1].person, "interview-answer", prev[1].cue)
        called = None
        if new is not None and new.person is not None and _addresses(text[sp.start:sp.end], new.person.name):
            called, new = new.person, None  # ‘“Nobody asked you, Ray.”’ is said to Ray, never by him
        elif new is None and sp.open_at == sp.para_start and sp.paragraph > 0 and _only_a_question(text, sp):
            # (or, with nothing found, the one person the paragraph before names whom it calls: ‘…, when
            # MP X slid an e-mail across the table to Y, the lobbyist. / “Do you recognize this, Mr. Y?”’)
            called = _only_one(p for at, p in cast.recent if at >= paras[sp.paragraph - 1][0] and p.kind == "name"
                               and _hails(text[sp.start:sp.end], p.name))
        if called is not None:
            if sp.open_at == sp.para_start and sp.paragraph > 0 and (sp.close_end or sp.end) >= sp.para_end - 1 \
                    and _only_a_question(text, sp):
                # a question alone that calls someone, after a paragraph naming them and one other: the
                # other's, and the answer after it the one called (‘Mr Y was asked by counsel, Z KC, to
                # explain. / “What were the bottles for, Mr Y?” / “I am a collector.”’)
                asker = _party_asked(sp, called, cast, paras[sp.paragraph - 1][0])
                if asker is not None:
                    new, hailed[i] = Found(None, asker, "exchange", None), called
        if new is not None:
            results[i] = (sp, new, kind)
    for i in range(n - 2, -1, -1):
        new = _reaction_between(text, results, i)  # ‘“…” He laughs, then stops. “…”’
        if new is not None:
            results[i] = (results[i][0], new, results[i][2])
    # a headline's words quoted again inside a quotation of the body: that quotation's speaker, whoever
    # the headline's label names, in single marks or a live page's double ones (a headline abbreviates: ‘Justice resigns in protest: ‘I will not be a
    # candidate’’ / ‘“… and I will not be a candidate in an election …,” she said’, ‘First minister: ‘This
    # is a serious situation’’ / ‘“This is a serious and still-developing situation,” Ms Harcombe said’)
    headed = {p for p in {sp.paragraph for sp, _, _ in results} if p < len(paras) and (
        entry_headline(text, *paras[p]) or (p == 0 and _double_marked_headline(text, paras)) or _key_point(text, *paras[p]))}
    recased = {i for i, (sp, found, kind) in enumerate(results)
               if sp.paragraph == 0 and kind != "scare" and recased_headline_quote(text, paras, sp, spans)}
    heads = [i for i, (sp, found, kind) in enumerate(results) if kind != "scare" and (sp.paragraph in headed or i in recased)]
    if heads:
        bodies = [(RE_WORD.findall(text[sp.start:sp.end].lower()), found) for sp, found, kind in results
                  if found is not None and found.person is not None and kind != "scare"
                  and sp.paragraph not in headed and not (recased and sp.paragraph == 0)]
        for i in heads:
            sp, found, kind = results[i]
            words = RE_WORD.findall(text[sp.start:sp.end].lower())  # (three words at least: never ‘Disappointing’)
            other = next((f for body, f in bodies if words_within(words, body)), None) \
                if len(words) >= 3 or (i in recased and len(words) >= 2) else None  # (a Title Case headline's two
            # words its body quotes again in lower case: ‘Minister Calls Critics ‘Armchair Generals’’)
            if other is None and words and (found is None or found.person is None or found.person.plural):
                # (a word or two quoted alone again in the body, for a headline's unnamed or many speakers:
                # ‘MPs accuse company of ‘gaslighting’ customers’ / ‘X accused the company of ‘gaslighting’’)
                other = _only_one(f.person for body, f in bodies if body == words and f.person.kind == "name")
                other = next((f for body, f in bodies if body == words and f.person is other), None) if other else None
            if other is None and len(words) == 2 and (found is None or found.person is None):
                # (two words quoted again, side by side, in a short quotation of the body that one person
                # spoke: ‘Rector warns of ‘funding gap’’ / ‘… has warned of a ‘severe funding gap’’)
                hits = [f for body, f in bodies if len(body) <= HEADLINE_SHORT_BODY_WORDS
                        and words_within(words, body, gaps=0) and f.person.kind == "name"]
                one = _only_one(f.person for f in hits)
                other = next((f for f in hits if f.person is one), None) if one is not None else None
            if other is not None and (found is None or found.person is None or (
                    found.person is not other.person and not (
                        found.rule == "colon" and found.mention is not None and found.mention.start == sp.para_start
                        and text[found.mention.end:sp.open_at].strip() == ":"
                        and ((found.person.kind == "organisation" and not (i in recased and found.mention.text.count(" ") >= 3))
                             or found.person.gender is not None or not (i in recased or _headline(text, *paras[sp.paragraph])))))):  # (a live page's label in double marks keeps its own speaker)
                # (but a label that is the line's own speaker stays: a person, ‘McAllister: ‘I was one bad
                # night from quitting’’, or a body, ‘Police: ‘Do not approach’’, whichever officer said it)
                # (in a Title Case headline a whole clause before the colon is no body: ‘Furious Residents
                # Tell Council: ‘Fix Our Roads’’)
                results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)
                continue
            # a label that describes the speaker is theirs whole (‘First minister:’, never ‘minister’;
            # ‘Small island states:’), and the one body speaker given that role is the one it means
            # (‘Mayor: ‘Stay where you are’’ / ‘Port Arthur Mayor Lionel Batiste urged …’)
            label = RE_HEADLINE_LABEL.fullmatch(text, sp.para_start, sp.open_at) if other is None else None
            if label is not None and label.group(1).count(" ") > 0 and not (
                    label.group(2) and (label.group(2) in ROLE_NOUNS or people_words(label.group(2))
                                        or (label.group(2).endswith("s") and not regex.search(r" \p{Ll}+s ", label.group(1))))):
                label = None  # (a label in Title Case is a name, ‘Met Office:’; a sentence is no label, ‘Freed
                # hostage recounts captivity:’; a plural noun after no verb is, ‘Small island states:’)
            if label is not None and (_headline_label(text, label.start(1), label.end(1))
                                      or _story_label(text, label.start(1), label.end(1))):
                label = None  # (a section's label: ‘Exclusive: ‘…’’; a running story's: ‘Pakistan floods:’)
            holder = _role_holder(label.group(1), bodies, cast) if label is not None else None
            if label is not None and (found is None or found.person is None or (
                    found.mention is not None and label.start(1) <= found.mention.start and found.mention.end <= label.end(1)
                    and found.mention.end - found.mention.start < label.end(1) - label.start(1)
                    and (found.mention.kind == "description" or holder is not None))):
                # (‘Labour leader:’ is the leader, never ‘Labour’; ‘Pell’s response:’ stays Pell's)
                mention = Mention(label.start(1), label.end(1), label.group(1), "description")
                if holder is None:
                    cast.position = sp.open_at
                    holder = cast.resolve(mention)[0]
                results[i] = (sp, Found(mention, holder, "colon", ":", "role"), kind)
            elif found is not None and found.person is None and found.mention is not None and found.mention.start == sp.para_start \
                    and regex.match(r" \p{Ll}+s\b", text[found.mention.end:sp.open_at]) is not None \
                    and (holder := _role_holder(found.mention.text, bodies, cast)) is not None:
                results[i] = (sp, Found(found.mention, holder, found.rule, found.cue, "role"), kind)  # the one role
                # a headline's own present-tense verb speaks by: ‘Bishop warns of ‘hard choices’’ / ‘… the Rt Revd
                # Peter Hanley said’ (never a passive: ‘Taoiseach accused of ‘abandoning’ renters’)
    # the same words quoted twice (a pull quote above the story, a quotation repeated): one speaker
    # (the words are compared only between quotations of about the same length: most have none)
    # (and a headline's shorter words, four at least: ‘‘He was just a boy’: mother's plea …’)
    for i, (sp, found, kind) in enumerate(results):
        if found is not None and found.mention is not None and found.mention.text.lower() in ("pull", "pullquote") \
                and _pull_quote_label(text, sp):
            results[i] = (sp, None, kind)  # (the label read as a name and its verb: ‘Pull quote: “…”’)
    unsaid = {i: text[sp.start:sp.end].rstrip(",.!?;: ") for i, (sp, found, kind) in enumerate(results)
              if found is None and kind != "scare" and (sp.end - sp.start >= 24 or (sp.paragraph == 0 and sp.end - sp.start >= 12))}
    if unsaid:
        lengths = {len(c) + d for c in unsaid.values() for d in range(-4, 5)}  # (the marks inside may differ)
        said: dict[str, Found] = {}
        for sp, found, kind in results:
            if found is not None and found.person is not None and kind != "scare":
                content = text[sp.start:sp.end].rstrip(",.!?;: ")
                if len(content) in lengths:
                    said.setdefault(_words_key(content, 4), found)
        said.pop("", None)
        for i, content in unsaid.items():
            other = said.get(_words_key(content, 4 if results[i][0].paragraph == 0 else 6)) if said else None
            if other is None and _pull_quote_label(text, results[i][0]):
                other = _quoted_within(RE_WORD.findall(content.lower()), text, results, i)
            if other is not None:
                sp, _, kind = results[i]
                results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)
    _lone_question_back(text, results)
    _line_source_after(text, results, cast)


def _lone_question_back(text: str, results: list) -> None:
    """A question alone in its paragraph, taken from the paragraph before, when that paragraph was one
    person's answer to another just before them: the other's, turn for turn (‘“…?” Kowalczyk asked. /
    “I can get you that,” Solberg said. / “By when?” / “As soon as I can.”’ asks Kowalczyk, never
    Solberg, who only answered, whose answer follows). Never when the two before are one person, nor
    when no answer in marks follows."""
    for i in range(2, len(results)):
        sp, found, kind = results[i]
        if found is None or found.rule != "previous-paragraph" or kind == "scare" or sp.open_at != sp.para_start \
                or (sp.close_end or sp.end) < sp.para_end - 1 or not _only_a_question(text, sp):
            continue
        sp1, f1, _ = results[i - 1]
        sp0, f0, _ = results[i - 2]
        if sp1.paragraph != sp.paragraph - 1 or sp0.paragraph != sp.paragraph - 2 or f1 is None or f0 is None \
                or f1.rule != "cue-after" or f1.person is not found.person or f0.person is None \
                or f0.person.kind != "name" or found.person is None or f0.person is found.person \
                or text[sp0.para_start:sp0.para_start + 1] not in OPENING_MARKS \
                or text[sp1.para_start:sp1.para_start + 1] not in OPENING_MARKS:
            continue  # (two turns, each opening its paragraph: the answer named after it, the turn before another's)
        if i + 1 >= len(results) or (nxt := results[i + 1])[0].paragraph != sp.paragraph + 1 \
                or nxt[0].open_at != nxt[0].para_start or (nxt[1] is not None and nxt[1].person is not found.person) \
                or (nxt[1] is not None and nxt[1].rule in ("cue-after", "cue-before", "cue-in-sentence")):
            continue  # (guard: nor when the next turn names its speaker, the answerer going on, ‘“Not at all,”
            # Patel said. / “Why would I be?” / “We have the numbers,” Patel added.’: the question is Patel's own;
            # only a bare answer after it, ‘“By when?” / “As soon as I can.”’, shows the turns alternating)
            #  # (and answered at once by the one asked, alone: a question no one answers may be the
            # speaker's own, ‘“It was the best offer,” Kumar said. / “Could we have waited another year?”’ / ‘X said …’)
        results[i] = (sp, Found(f0.mention, f0.person, "exchange", None), kind)


def _line_source_after(text: str, results: list, cast: Cast) -> None:
    """A quotation with no speaker that ends its sentence, whose next sentence names whose line it
    was: theirs (‘Reformers say it has become what one of them called “a graveyard with a gift shop.”
    That line comes from Sen. Elaine Ward (D-Ore.), who …’, ‘… “a poll tax for pets”. The phrase was
    coined by Sir Nigel Hart’). Never a quotation that has its speaker already."""
    for i, (sp, found, kind) in enumerate(results):
        if (found is not None and found.person is not None) or kind == "scare" or sp.close_end is None \
                or (line := RE_LINE_SOURCE_AFTER.match(text, sp.close_end)) is None:
            continue
        if line.group("who").endswith(("’s", "'s")) or RE_LINE_SOURCE_WORK.match(text, line.end()) is not None:
            continue  # (guard: a line that comes from someone's work is a borrowed one, never theirs here:
            # ‘… chants of “greed is good.” That line comes from Oliver Stone, whose 1987 film …’)
        mention = Mention(line.start("who"), line.end("who"), line.group("who"), "name")
        cast.position = mention.start
        person = cast.resolve(mention)[0]
        if person is not None and person.kind == "name":
            results[i] = (sp, Found(mention, person, "line-source", None, "name"), kind)


#: A work named in the rest of a line-source sentence (‘That line comes from Oliver Stone, whose 1987
#: film …’, ‘… Hoover, in his 1928 campaign’): the line is the work's, borrowed by whoever used it.
RE_LINE_SOURCE_WORK = LazyPattern(r"[^.!?\n]{0,80}?\b(?:film|movie|novel|book|song|play|poem|sitcom|series|script|lyrics?|"
                                  r"musical|memoir|screenplay|character)s?\b")


def _key_point(text: str, lo: int, hi: int) -> bool:
    """A live page's key point: a bullet's short line in a headline's words, no stop at its end, that
    the entries below tell in full (‘• Chancellor says plans are “fair and fully funded”’, ‘• Union
    leader warns of “long hot summer”’); never a bullet's sentence (‘• The chancellor, X, set out …
    plans she called “fair”.’), whose own speaker it names.

    >>> _key_point('• Minister warns of “real anger” over cuts', 0, 42), _key_point('• X said it was “fine”.', 0, 23)
    (True, False)
    """
    line = text[lo:hi].rstrip()
    return line[:1] in BULLETS and len(line) <= HEADLINE_WIDTH and line[-1:] not in ".!?:;" \
        and line[-2:] not in (".”", ".\"", ".’", "!”", "?”") and line[1:].lstrip()[:1].isupper()


def _double_marked_headline(text: str, paras: list[tuple[int, int]]) -> bool:
    """The article's first line is a headline with words in double marks (‘Minister accused of
    “waiting list denial” as row dominates question time’): a short line in sentence case that no stop
    ends, with a paragraph of body after it and a byline or a sentence's full stop in what follows."""
    if len(paras) < 3:
        return False
    lo, hi = paras[0]
    line = text[lo:hi].strip()
    if not line or len(line) > HEADLINE_WIDTH or line[-1] in ".,:;!?" or ("“" not in line and '"' not in line):
        return False
    long = [w.strip("’”\"'.,:;!?()") for w in line.split()[1:] if w[:1] not in "‘'“\""]
    long = [w for w in long if len(w) > 3]
    return not line.isupper() and not (long and sum(w[:1].isupper() for w in long) >= 0.8 * len(long))


#: A page's pull-quote label opening its line before the words it repeats: ‘PULL QUOTE: “…”’,
#: ‘Pull quote: ‘…’’, ‘PULLQUOTE: “…”’.
#:
#: >>> [s for s in ("PULL QUOTE: “", "Pull-quote: ‘", "PULLQUOTE: \"", "Pullman: “") if RE_PULL_LABEL.match(s)]
#: ['PULL QUOTE: “', 'Pull-quote: ‘', 'PULLQUOTE: "']
RE_PULL_LABEL = regex.compile(r"(?i:pull)[ \-]?(?i:quote):[ \t]*\S$")


def _pull_quote_label(text: str, sp: Span) -> bool:
    """The quotation opens its line after a pull-quote label: words repeated from the body."""
    return sp.open_at - sp.para_start <= 14 and RE_PULL_LABEL.match(text, sp.para_start, sp.open_at + 1) is not None


def _quoted_within(words: list[str], text: str, results: list, i: int) -> Found | None:
    """The one speaker of the body's quotations that hold a pull quote's words (four at least), in
    order, a few words apart at most (‘PULL QUOTE: “For the first time we are seeing it.”’ / ‘“For
    the first time we are seeing it, even in children,” said Professor X’)."""
    if len(words) < 4:
        return None
    found = [f for k, (sp, f, kind) in enumerate(results) if k != i and f is not None and f.person is not None
             and kind != "scare" and words_within(words, RE_WORD.findall(text[sp.start:sp.end].lower()))]
    return found[0] if found and all(f.person is found[0].person for f in found) else None


def _words_key(content: str, least: int = 6) -> str:
    """A quotation's words, for finding it quoted again: ``least`` words at least (never a slogan),
    case and punctuation aside ("" for fewer, which never match: "Yes." is said by many)."""
    words = RE_WORD.findall(content.lower())
    return " ".join(words) if len(words) >= least else ""


RE_WORD = regex.compile(r"[\p{L}\p{N}]+")


#: A headline's label of a speaker described: "Mayor: ", "Labour candidate: ", "Small island states: ".
RE_HEADLINE_LABEL = LazyPattern(r"(\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+[\p{L}\p{M}'’\-]+){0,2}?(?:[ \t]+(\p{Ll}+))?):[ \t]*")


def _role_holder(label: str, bodies: list, cast: Cast) -> Person | None:
    """The one person among the body's speakers whose role holds every word of a headline's label
    (‘Mayor’ for ‘Port Arthur Mayor’, ‘Labour candidate’ for ‘the Labour candidate’), an abbreviated
    title standing for its office (‘Governor’ for ‘Gov. Wendell Harrow’, ‘Senator’ for ‘Sen.’)."""
    words = label.lower().split()
    if not words or words[-1] not in ROLE_NOUNS and not people_words(words[-1]):
        return None  # (a role, never ‘Small island states’)
    return _only_one(f.person for _, f in bodies if f.person.kind == "name" and any(
        all(w in RE_WORD.findall(r.lower()) or w in _role_words(r) for w in words) for r in cast.roles_of(f.person)))


#: An interview's answer label before its quotation: "A: ", "A. ", "A - ".
RE_ANSWER_LABEL = regex.compile(r"A(?::|\.| [—–-])\s*")


#: Roles of the one who asks in an interview.
INTERVIEWER_WORDS = frozenset("interviewer reporter host presenter journalist correspondent anchor prosecutor "
                              "counsel moderator editor".split())


def _interviewee(text: str, paras: list[tuple[int, int]], sp: Span, cast: Cast, memo: dict) -> Found | None:
    """Who answers in a question-and-answer interview: the one person the article names most
    often in the stretch before its first question ("Q: …"), when there is one; worked out once
    per article (``memo``), over a bounded stretch."""
    if "interviewee" in memo:
        return memo["interviewee"]
    memo["interviewee"] = None
    first_q = next((lo for lo, _ in paras[:sp.paragraph] if RE_QUESTION_LABEL.match(text, lo)), None)
    if first_q is None:
        return None
    lo = max(0, first_q - INTERVIEW_REACH)
    asking = RE_ASKS.search(text, lo, first_q) is not None  # (a cheap first look, once)
    counts = []
    for p in itertools.islice(cast.by_surname.values(), cast.window):
        surname = p.name.split()[-1]
        if p.kind == "name" and " " in p.name and not p.placelike and not is_organisation(p.name.split()) \
                and not any(w in INTERVIEWER_WORDS for r in p.roles for w in r.lower().split()) \
                and not (asking and _asker(text, surname, lo, first_q)):
            # (never the one asking: "Interviewer Jane Cole", "X questioned the witness")
            at = next(word_positions(text, surname, lo, first_q), len(text))
            counts.append((sum(1 for _ in word_positions(text, surname, lo, first_q)), at, p))
    counts.sort(key=lambda c: -c[0])
    if not counts or counts[0][0] == 0:
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        # (named as often: the one the introduction right before the first question names first,
        # ‘Coach Walt Kessinger met reporters, a day after benching quarterback Jalen Tate.’)
        intro = ([a for a, _ in paras[:sp.paragraph] if a < first_q][-2:] or [first_q])[0]  # (two paragraphs:
        # ‘Here is an edited transcript.’ may stand alone)
        tied = sorted((c for c in counts if c[0] == counts[0][0] and c[1] >= intro), key=lambda c: c[1])
        if len(tied) > 1:  # (two in the introduction: the subject of its sentence)
            tied = [c for c in tied if _opens_its_sentence(text, c[1])]
        if not tied:
            return None
        counts = tied
    p = counts[0][2]
    memo["interviewee"] = Found(None, p, "interview", None, "name")
    return memo["interviewee"]


def _answering(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, memo: dict) -> Person | None:
    """The one who speaks the paragraph of ``sp`` in an interview printed as questions and answers,
    when the paragraph opens with an answer's label: "A: " (the interviewee, see ``_interviewee``)
    or a surname and a colon of someone the article names in full (‘Mokoena: Whether their child
    is cured. …’). None for any other paragraph: "I" there is the writer, or no one known."""
    if RE_ANSWER_LABEL.match(text, sp.para_start) is not None:
        found = _interviewee(text, paras, sp, cast, memo)
        return found.person if found is not None else None
    label = RE_TURN_LABEL.match(text, sp.para_start, sp.open_at)
    if label is None:
        return None
    known = cast.by_surname.get(label.group(1).lower())
    if known is None or known.kind != "name" or " " not in known.name or not known.name.endswith(label.group(1)) \
            or is_organisation(known.name.split()):
        return None  # (someone named in full, by their surname: never a heading's ‘Update:’)
    return known


#: A speaker's label opening a paragraph of a printed interview: a surname and a colon ("Mokoena: ").
RE_TURN_LABEL = LazyPattern(r"(\p{Lu}[\p{Ll}’'\-]+(?:-\p{Lu}[\p{Ll}]+)?):\s")


def _opens_its_sentence(text: str, at: int) -> bool:
    """The name at ``at`` is its sentence's subject: only title words stand before it (‘Condors head
    coach Walt Kessinger met reporters’; never ‘After the sacking of Tom Reed, Ann Lee …’)."""
    words = text[_after_last_stop(text, at):at].split()
    return len(words) <= 5 and not any(w.lower().strip(",") in FUNCTION_WORDS or w.endswith(",") for w in words)


def _asker(text: str, surname: str, lo: int, hi: int) -> bool:
    """The surname is the subject of an active verb of asking in ``text[lo:hi]`` ("Cole
    interviewed Kane", "Brandt questioned the witness"; never "Reed was asked")."""
    for at in word_positions(text, surname, lo, hi):
        m = RE_ASKS_AFTER.match(text, at + len(surname), hi)
        if m is not None:
            return True
    return False


#: How far before an interview's first question its people are counted.
INTERVIEW_REACH = 4000

#: An interview's question label: "Q: ", "Q. ", "Q - ".
RE_QUESTION_LABEL = LazyPattern(r"Q(?::|\.| [—–-])\s")

#: A verb of asking anywhere (a cheap first look before the per-person one, made once per article).
RE_ASKS = LazyPattern(r"\b(?:interviewed|questioned|asked)\b")

#: A verb of asking right after a surname, in the active voice: "Cole interviewed", "Brandt, the
#: prosecutor, questioned" (never "Reed was asked").
RE_ASKS_AFTER = LazyPattern(r",?\s+(?!(?:was|were|been|being|is|are)\b)(?:\w+\s+)?(?:interviewed|questioned|asked)\b")


#: Cue verbs of a reply: after a question, with another quotation right after them, theirs is that one.
REPLY_CUES = frozenset("replied responded answered retorted".split())

#: The cue of a reply and the opening of the quotation it introduces: ‘ replied, “’.
RE_REPLY_NEXT = LazyPattern(r" (?:" + "|".join(sorted(REPLY_CUES)) + r")[,:]?\s*[“\"‘'«]")

#: Cue verbs of a question put to someone named after them (‘Baptiste asked the witness, X’).
ASKING_CUES = (ASKING_VERBS - {"told"}) | {"asks"}


#: How many words a sign-off line under a quotation may hold (‘— Magnus Eide, chief financial officer of
#: Nortek Cloud, speaking at a conference in Oslo, as reported by Bloomberg’); past 16, only a name
#: right after the dash and set off by a comma (see ``_long_sign_off``).
SIGN_OFF_TOKENS = 32


def _long_sign_off(text: str, toks: list[Token], m: Mention) -> bool:
    """A long sign-off line under a pull quote: the name opens it, right after the dash, and a comma
    sets off the rest, its role and where it was said (‘— Magnus Eide, chief financial officer of
    Nortek Cloud, speaking at a conference in Oslo’); never a sentence (‘— and then Eide left …’)."""
    return m.start == toks[1 if toks[0].text != toks[1].text else 2].start and text.startswith(",", m.end) \
        and not any(t.text in ".;:!?" for t in toks if t.start > m.end and t is not toks[-1])


#: Words of a credit line, never a quotation's sign-off (‘— Staff writer Tom Smith contributed to this report’).
CREDIT_WORDS = frozenset("contributed contributing compiled reporting reported edited writing wrote".split())

#: An opening phrase that names who asked (‘Asked by the presenter, Mishal Webb, whether …,’).
RE_ASKED_BY = regex.compile(r"\b[Aa]sked by ")

#: The writer putting a question or news to someone, then a "he" or "she" in that sentence (‘When I put this
#: to Mehta, he winced’, ‘I asked Mensah how she copes’, ‘When I repeated this to Vikram, he flinched’).
RE_WRITER_ASKS = regex.compile(r"\bI (?:asked|told|put (?:this|it|that|the question|the figures?|the claims?) to"
                               r"|repeated (?:this|it|that) to|mentioned (?:this|it|that) to|showed) "
                               r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+)?)\b[^.!?“”\"]{0,80}?\b(he|she)\b")

#: The writer's question put to someone described, not named (‘I asked a woman in her 60s why she had voted’).
RE_WRITER_ASKS_DESCRIBED = regex.compile(r"\bI (?:asked|put (?:this|it|that|the question) to) ((?:a|an) [\p{Ll}\-]+(?: [\p{Ll}\d\-’']+){0,5}?)"
                                         r" (?:why|whether|if|what|how|who|when|where|about)\b[^.!?“”\"]{0,80}?\b(he|she)\b")

#: The writer telling or showing something to someone described, whose "he" or "she" opens the main
#: clause right after (‘When I mentioned the duck to a server, she nodded’, ‘As I showed the photo to
#: our guide, he laughed’): group 1, the one told; group 2, the pronoun.
RE_WRITER_TELLS_DESCRIBED = regex.compile(
    r"\b(?:[Ww]hen|[Aa]s|[Aa]fter) I (?:mentioned|put|repeated|showed|described|read|raised) (?:this|it|that|the [\p{Ll}\-]+(?: [\p{Ll}\-]+)?)"
    r" to ((?:a|an|our|my) [\p{Ll}\-]+(?: [\p{Ll}\-]+){0,2}?), (he|she)\b")


def _writer_told_described(text: str, told: regex.Match, pronoun: str, gender: str, hi: int) -> bool:
    """The one described whom the writer told something (:data:`RE_WRITER_TELLS_DESCRIBED`) is the
    "he" or "she" of the words after: the same pronoun, a person's noun of no other sex, and the
    last sentence before the quotation (‘When I mentioned the duck to a server, she nodded. “…,” she
    said’; never ‘When I showed the photo to a waiter, he called the manager, Ms Ott. “…,” she said’)."""
    head = description_head(told.group(1)) or ""
    return told.group(2).lower() == pronoun.lower() and (head in ROLE_NOUNS or head in DESCRIPTION_NOUNS) \
        and head not in THING_NOUNS and GENDERED_NOUNS.get(head, gender) == gender \
        and all(not text[e:hi].strip(" \n\t”\"’") for e in sentence_ends(text, told.end(), hi))


#: Whom a question was put to, in the sentence before an answer (‘…, asking Kittering whether he …’).
RE_ASKING_WHOM = regex.compile(r"\b(?:asking|pressing|questioning) ((?:\p{Lu}[\p{L}\p{M}’'\-]+ ){0,2}\p{Lu}[\p{L}\p{M}’'\-]+)"
                               r" (?:whether|if|about|why|what|how|when)\b[^.!?“”\"]*[.?]\s*$")

#: Putting a question to someone: the verb, whom (a name, with an honorific or not, or "him"/"her"), and
#: what was asked (‘asked Ms. Marsh whether’, ‘pressed her about’, ‘questioned Finch why’).
ASKED_WHOM = (r"\b(?:asked|pressed|questioned) (?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.? )?"
              r"(him|her|\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+)?)"
              r" (?:why|whether|if|what|how|when|where|who|about)\b")

#: A question reported with whom it was put to, ending its paragraph: ‘Finch asked her why she didn't resign.’
RE_ASKED_WHOM_END = LazyPattern(ASKED_WHOM + r"[^.!?“”\"]*[.?]$")
RE_ASKED_WHOM = regex.compile(ASKED_WHOM)


#: Someone described in the words before a reported question (‘then the Boeing whistleblower testified’).
RE_PERSON_NOUN_BEFORE = LazyPattern(r"\b(?:the|a|an) (?:[\w\-]+ ){0,2}(?:whistleblower|witness|official|nurse|doctor|worker|"
                                      r"employee|victim|defendant|student|resident|woman|man|officer|expert)\b")


def _asked_before(text: str, sp: Span, paras, cast: Cast) -> Found | None:
    """A paragraph that is only a quotation, after a paragraph that ends by reporting a question
    put to someone (‘Finch asked her why she didn't resign.’): the answer is the one asked."""
    if (sp.close_end or sp.end) < sp.para_end - 1 or (_only_a_question(text, sp) and RE_YOU.search(text, sp.start, sp.end)):
        return None  # (a question to ‘you’ is the one put, the asker's: ‘X questioned Dr Y about the dosage.
        # / “Did you give a higher dose?”’)
    p_lo, p_hi = paras[sp.paragraph - 1]
    tail = text[max(p_lo, p_hi - 160):p_hi].rstrip()
    m = RE_ASKED_WHOM_END.search(tail)
    if m is None:
        return None
    at = max(p_lo, p_hi - 160) + m.start(1)
    who = m.group(1)
    asker = tail[:m.start()].split()[-2:]  # (the words before "asked": the asker, never the one asked)
    position, cast.position = cast.position, at
    if who in ("him", "her"):
        mention = Mention(at, at + len(who), who, "pronoun")
        gender = "m" if who == "him" else "f"
        candidates = [p for _, p in reversed(cast.recent) if p.kind == "name" and p.gender == gender
                      and p.name.split()[-1] not in asker]
        person = candidates[0] if candidates and all(p is candidates[0] for p in candidates) else None
        how = "pronoun"
        if person is None:
            cast.position = position
            return Found(mention, None, "answer", None, how)  # (the one asked, whom no name tells: never
            # the asker, ‘A senator asked him whether …’ after ‘Sen. Ted Cruz spoke first, then the
            # whistleblower testified’)
    else:
        mention = Mention(at, at + len(who), who, "name")
        person, how = cast.resolve(mention)
    cast.position = position
    if person is None or person.kind != "name" or _addresses(text[sp.start:sp.end], person.name):
        return None
    if who in ("him", "her") and RE_PERSON_NOUN_BEFORE.search(tail, 0, max(0, m.start() - len(" ".join(asker)) - 1)) is not None:
        return Found(mention, None, "answer", None, how)  # (someone described may be the one asked)
    return Found(mention, person, "answer", None, how)


#: Putting something to someone, in a paragraph of narrative before a question quoted alone (‘Mr X then
#: asked her to turn to a table …’, ‘X put it to Dr Voss that …’): the one asked.
RE_PUT_WHOM = LazyPattern(r"\b(?:asked|pressed|questioned|put it to|put to) (?:the (?:[\p{Ll}\-]+ ){0,3}[\p{Ll}\-]+, )?"
                            r"(?:\p{Lu}[\p{L}\-]+[’']s )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.? )?(him|her|\p{Lu}[\p{L}\p{M}\-]+(?:[’'](?!s\b)[\p{L}\p{M}\-]+)?)\b"
                            r"(?P<about>(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,2}(?:, the [\p{Ll}\-]+(?: [\p{Ll}\-]+){0,3})?,?"
                            r" (?:about|whether|why|how|what)\b)?(?P<put>(?<=\bput (?:it )?to \S+) that\b)?")


def _answer_to_put(text: str, sp: Span, prev: Span, asker: Person, paras, cast: Cast) -> Found | None:
    """A paragraph that is only a quotation and no question, after a paragraph that is only a
    question to ‘you’ whose asker the paragraph before it gave, putting something to someone: the
    answer is the one it was put to (‘Mr Okafor then asked her to turn to a table. / “Would you agree
    that this figure doubles?” / “It increases, yes.”’; ‘X asked the witness, Dr Alan Price, about the
    dosage. / “Was it higher than recommended?” / “Significantly higher.”’: a question reported put
    needs no ‘you’)."""
    if prev.paragraph == 0 or sp.paragraph != prev.paragraph + 1 or sp.open_at != sp.para_start or sp.continued \
            or (sp.close_end or sp.end) < sp.para_end - 1 \
            or (prev.close_end or prev.end) < prev.para_end - 1 or not _only_a_question(text, prev) \
            or asker is None or asker.kind != "name":
        return None
    p_lo, p_hi = paras[prev.paragraph - 1]
    if prev.open_at != prev.para_start:
        # (or the put set down in the question's own paragraph, right before it: ‘The host put it to her
        # that the offer was below inflation. “Isn't that a pay cut?”’ / ‘“No, I don't accept that –”’)
        p_lo, p_hi = prev.para_start, prev.open_at
        if text.find(" put ", p_lo, p_hi) < 0:
            return None
    ends = sentence_ends(text, p_lo, p_hi)
    lo = ends[-2] if len(ends) > 1 and ends[-1] >= p_hi - 2 else p_lo  # (its last sentence only)
    m = RE_PUT_WHOM.search(text, lo, p_hi)
    if m is None or any(c in text[lo:p_hi] for c in "“”\"‘") \
            or (m.group("about") is None and m.group("put") is None and not RE_YOU.search(text, prev.start, prev.end)):
        return None
    who = m.group(1)
    position, cast.position = cast.position, m.start(1)
    if who in ("him", "her"):
        gender = "m" if who == "him" else "f"
        people = [p for _, p in cast.recent if p.kind == "name" and p.gender == gender and p.name != asker.name]
        person = people[-1] if people and all(p.name == people[-1].name for p in people) else None
        mention, how = Mention(m.start(1), m.end(1), who, "pronoun"), "pronoun"
    else:
        mention = Mention(m.start(1), m.end(1), who, "name")
        person, how = cast.resolve(mention)
    cast.position = position
    if person is None or person.kind != "name" or person.name == asker.name or _addresses(text[sp.start:sp.end], person.name):
        return None
    return Found(mention, person, "answer", None, how)


def _answer(text: str, sp: Span, prev: Span, found: Found, cast: Cast) -> Found | None:
    """A paragraph that is only a quotation, right after a paragraph that ends with a question put
    to someone the cue names (‘“What did you see?” Baptiste asked the witness, Teresa Kowalczyk.’
    then “The dose had been changed.”): the answer is the one asked. Never in the question's own
    paragraph, where the asker goes on (‘“Are you ready?” Mills asked his captain, Leo Grant.
    “Because I am.”’), nor after other words, nor when it calls the one asked by name."""
    content = text[prev.start:prev.end].rstrip()
    if not content.endswith("?") or found.mention is None or (found.cue or "").lower() not in ASKING_CUES \
            or sp.paragraph != prev.paragraph + 1 or sp.open_at != sp.para_start or sp.continued:
        return None
    close = prev.close_end if prev.close_end is not None else prev.end
    ends = sentence_ends(text, close, min(len(text), close + 160))
    stop = ends[0] - 1 if ends else -1  # (the full stop of "Dr." ends no sentence)
    if stop < 0 or text[stop + 1:sp.open_at].strip():
        return None  # (the question's sentence must end its paragraph)
    at = text.find(found.cue, max(close, found.mention.end), stop)  # ‘X asked Y’
    if at < 0:
        return None
    toks = tokenize(text, at + len(found.cue), stop)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name":
        return None
    p, how = cast.resolve(m)
    if p is None or p is found.person or p.kind != "name" or " " not in p.name \
            or _addresses(text[sp.start:sp.end], p.name):
        return None  # (a person named in full: never ‘asked Republican politicians’)
    return Found(m, p, "answer", found.cue, how)


#: Those whose questions are put to someone else (‘asked host Tom Ray’, ‘asked Sen. X’): never a
#: speaker's own question to a crowd (‘“So what went wrong?” asked Professor Jane Fielding’).
QUESTIONER_NOUNS = frozenset("""host interviewer presenter moderator anchor reporter sen senator rep congressman congresswoman
representative counsel prosecutor attorney lawyer barrister solicitor chair chairman chairwoman chairperson coroner judge
commissioner inquisitor questioner examiner""".split())

#: A question of the asker's own (‘What more can I do?’): one they may answer.
RE_ASKER_OWN = LazyPattern(r"\b(?:I|I'm|I’m|me|my)\b")


#: Putting a question to someone named after the verb (‘asked Defence Minister X whether’; never ‘turned to
#: X and laughed’, whose subject goes on to reply).
RE_PUT_TO = LazyPattern(r"\b(?:asked|pressed|questioned|challenged) (?=(?:[\p{Lu}][\p{L}.’'\-]*\s){1,5})")


def _asked_in_paragraph_before(text: str, para: tuple[int, int], sex: str, cast: Cast) -> Person | None:
    """The one named as asked a question in the last sentence of the paragraph before, of the sex a
    pronoun tells (or of none known), for the answer that opens the next: ‘Sen. Bradley Tuttle asked
    Marsh whether she believed the problem was isolated. / “No, sir,” she said.’"""
    lo, hi = para
    start = last_sentence_start(text, lo, hi)
    m = None
    for m in RE_ASKED_WHOM.finditer(text, start, hi):
        pass
    if m is None or m.group(1) in ("him", "her") or "“" in text[m.end():hi] or '"' in text[m.end():hi]:
        return None  # (a question quoted after it is answered in its own right)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender in (None, sex) and p.spots else None


def _one_asked(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found) -> Person | None:
    """For a reply's "he" or "she", the person the sentence just before put a question to, named
    after "asked" or "pressed", of the pronoun's sex and not the one the pronoun found."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None:
        return None  # (only a "he" or a "she": never "it responded", "they retorted")
    lo, hi = (paras[sp.paragraph - 1][0], paras[sp.paragraph - 1][1]) if sp.open_at == sp.para_start and sp.paragraph > 0 \
        else (sp.para_start, sp.open_at)
    lo = max(lo, hi - CONTEXT_CHARS)
    ends = sentence_ends(text, lo, hi)
    lo = ends[-2] if len(ends) >= 2 and ends[-1] >= hi - 2 else ends[-1] if ends and ends[-1] < hi - 2 else lo
    put = None  # (in the sentence just before only, never inside a quotation)
    for put in RE_PUT_TO.finditer(text, lo, hi):
        pass
    if put is None or any(a <= put.start() < b for a, b in cast.quoted):
        return None
    toks = tokenize(text, put.end(), min(hi, put.end() + 80))
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or text.startswith(" to ", m.end):
        return None  # (a request, never a question: ‘asked Judge X to delay’, ‘challenged Biden to visit’)
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or p.placelike or p is found.person or p.name == found.person.name \
            or not (p.gender == sex or (p.gender is None and p.titled and found.person.gender in (None, sex))):
        return None  # (a person of the pronoun's sex, or titled and of no known sex: never "Twitter")
    return p


def _answerer(text: str, prev: Span, sp: Span, cast: Cast, found: Found) -> Person | None:
    """For a reply's "he" or "she" that found the one who asked the question just before, the one
    person of the pronoun's sex the asking sentence names after its cue (‘“Will you resign?” one
    reporter asked as Sandra Pike took the podium. / “No,” she replied.’)."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None or prev.close_end is None:
        return None
    ends = sentence_ends(text, prev.close_end, min(sp.open_at, prev.close_end + CONTEXT_CHARS))
    hi = ends[0] if ends else min(sp.open_at, prev.close_end + CONTEXT_CHARS)
    people = []
    for run in RE_CAPWORD.finditer(text, prev.close_end, hi):  # (a name in full, or a surname: ‘as Menendez left’)
        toks = tokenize(text, run.start(), min(hi, run.end() + 40))
        m = mention_after(toks, 0, text) if toks else None
        verb = _token_after(toks, m.end) if m is not None else None
        if verb is None or not verb.text.isalpha() or not verb.text.islower() or verb.word in FUNCTION_WORDS:
            continue  # (the subject of a clause of its own, ‘as Sandra Pike took the podium’; never one
            # the question is about, ‘…,” a reporter asked, referring to whistleblower Maria Ortiz.’)
        p = cast.resolve(m)[0] if m is not None and m.kind == "name" else None
        if p is not None and p is not found.person and p.kind == "name" and p.gender == sex:
            people.append(p)
    return _only_one(people)


def _other_of_sex(cast: Cast, found: Found) -> Person | None:
    """For a reply's "he" or "she" that found the one who asked, the one who spoke last before the
    asker, if of its sex, else the one other named person of its sex among those just named (‘Host
    Jess Okoro interviewed Kayleigh Dunn. / Jess asked: “…?” / “God, no,” she replied.’ is Dunn's)."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None:
        return None
    for _, p in reversed(cast.speakers[-SPEAKERS_BACK:]):  # the one who spoke last before the asker, as turns go
        if p.kind == "name" and p.name != found.person.name:
            return p if (p.gender or gender_of(p.name.split()[0])) == sex else None  # (a sex its given name
            # tells, where nothing else did: ‘Another caller, Aisha, …’)
    others = [p for _, p in cast.recent if p.kind == "name" and p.gender == sex and p is not found.person
              and p.name != found.person.name]
    return others[-1] if others and all(p.name == others[-1].name for p in others) else None


#: How many speakers back a reply's speaker is looked for.
SPEAKERS_BACK = 4


#: Someone unnamed a message read out or cited came from, and their verb of writing or saying, with
#: nothing but their own clause up to the quotation: ‘… from a pensioner in Yeovil who wrote that her
#: bill had jumped ’ (group 1, the one described; group 2, their head noun).
RE_WRITER_FROM = regex.compile(r"\bfrom ((?:a|an|one|another) (?:[\p{Ll}\-]+ ){0,2}?(\p{Ll}+)"
                               r"(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?),? who (?:wrote|writes|said|says|"
                               r"complained|complains|claimed|claims|texted|emailed)\b[^.!?;,“”\"]*$")


#: A message read out on air, from someone unnamed, right before a colon that opens the message:
#: ‘… then read out a text message from a listener:’, ‘read an email from a viewer in Leeds:’ (group 1,
#: the one described; group 2, their head noun).
RE_MESSAGE_FROM_COLON = regex.compile(r"\b(?:read|reads|reading|quoted|quotes|quoting)(?: out| aloud)? (?:a|an|one|another)"
                                      r"(?: [\p{Ll}\-]+){0,2}? (?:" + "|".join(sorted(READ_OUT_MESSAGES)) + r")"
                                      r" from ((?:a|an|one|another) (?:[\p{Ll}\-]+ ){0,2}?(\p{Ll}+)"
                                      r"(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?):\s*$")


def _writer_read_out(text: str, lo: int, hi: int) -> Found | None:
    """The one a message read out came from, when the words up to the quotation are theirs: ‘Host Joe
    Duffy read out a text from a farmer in Cavan who wrote that prices were “…”’ is the farmer's, never
    the host's (one person's noun, never a body's: ‘a statement from the council, which said’). So too a
    message read out whose colon opens it: ‘The host read out a text message from a listener: “…”’ is the
    listener's; the one who reads it out is never its writer."""
    m = None
    if text.find(" who ", lo, hi) >= 0:
        m = RE_WRITER_FROM.search(text, max(lo, hi - 300), hi)
    elif text.find(" from ", lo, hi) >= 0 and text.find(":", lo, hi) >= 0:
        m = RE_MESSAGE_FROM_COLON.search(text, max(lo, hi - 300), hi)
    if m is None or m.group(2) not in DESCRIPTION_NOUNS or m.group(2) in THING_NOUNS or m.group(2).endswith("s"):
        return None
    mention = Mention(m.start(1), m.end(1), m.group(1), "description")
    return Found(mention, Person(m.group(1), kind="description"), "cue-in-sentence", None, "description")


#: A name right after a leader's verb and "by", past a word or two of trade: ‘moderated by anchor
#: Ama Owusu’, ‘hosted by Sean Byrne’ (group 1, the name).
RE_LEADER_NAME = regex.compile(r" by (?:the )?(?:\p{Ll}[\p{Ll}\-]+ ){0,2}(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})"
                               r"(?![\p{L}\p{M}’'\-])(?! and \p{Lu})")

#: What a moderator, host, presenter or chair leads, right before its verb (‘The debate, moderated by’, ‘the
#: panel was chaired by’): never a party, a dinner or a summit, whose host asks no one anything.
RE_LED_EVENT_BEFORE = regex.compile(
    r"\b(?:debates?|panels?|discussions?|forums?|shows?|programmes?|programs?|podcasts?|broadcasts?|sessions?|"
    r"hearings?|inquiry|committee|meetings?|town[ -]halls?|interviews?|conversations?|webinars?|matche?s?|games?|"
    r"fights?|bouts?|finals?|q&a)(?:,| (?:was|is|were|will be|being))? $", regex.I)


def _leader_named_by_verb(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one "the moderator", "the host" or "the presenter" at ``m`` stands for when the article gave
    them that part only by a verb: ‘The debate, moderated by anchor Ama Owusu, opened with …. “…?” the
    moderator asked’ is Ama Owusu's. The last such verb before ``m`` whose noun is the mention's, with
    one person named in full after it (never two: ‘hosted by X and Y’)."""
    words = m.text.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    verb = next((v for v, noun in LEADER_BY_VERB.items() if noun == words[1].lower()), None)
    at = text.rfind(verb + " by ", 0, m.start) if verb is not None else -1
    if at >= 0 and RE_LED_EVENT_BEFORE.search(text, max(0, at - 40), at) is None:
        return None  # (‘The fundraiser, hosted by businessman Tom Reilly, …. “…?” the host asked’ is a programme's host)
    named = RE_LEADER_NAME.match(text, at + len(verb)) if at >= 0 else None
    if named is None:
        return None
    person, _ = cast.resolve(Mention(named.start(1), named.end(1), named.group(1), "name"))
    return person if person is not None and person.kind == "name" and not person.plural else None


#: Words that tell of a court of several judges (‘Justices A, B and C’, ‘a three-judge bench’, ‘a Division
#: Bench’): its "court" is never one judge's.
SEVERAL_JUDGES_WORDS = ("Justices ", "Judges ", "Lords ", "Lords Justices", "-judge ", "-member ", "Division Bench",
                        "division bench", "Full Bench", "full bench", "Constitution Bench")


#: Another court the case went on to after the judge who sat alone (‘appealed to the Supreme Court’, ‘the Court of Appeal’).
RE_OTHER_COURT = regex.compile(r"\b(?:appealed|moved|Court of Appeal|Supreme Court|Appeal Court|appeals court|Constitutional Court|Federal Court|Privy Council)\b")

#: An order told of as someone else's than the judge's (‘the district collector's order’, ‘the government order’, ‘challenging the order’).
RE_OTHER_ORDER = regex.compile(r"(?:\p{L}+[’']s|government|executive|ministry|police|administration|challenging|against) (?:\p{Ll}+ )?order\b")

#: A writer's sentence that places the writing in another, earlier case (‘in last year's case’, ‘in the 2017 case’).
RE_EARLIER_CASE = regex.compile(r"\b(?:last year|(?:in|of) (?:19|20)\d\d|(?:19|20)\d\d (?:case|ruling|judgment|decision)|earlier case|previous case|an earlier|a previous|famously)\b")


def _sentence_end_after(text: str, at: int) -> int:
    """Where the sentence that holds ``text[at]`` ends (its full stop or paragraph's end)."""
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return min(ends) if ends else len(text)


def _court_writer(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one judge who wrote the court's writing ``m`` names (:data:`COURT_WRITINGS`), as the article
    told before it (:data:`RE_COURT_WRITER`): the majority opinion's or the lead judgment's author, the
    dissenter, the judge who passed the order; and for "the court" or "the bench", a judge who sits
    alone (‘Justice X, allowing the writ petition, observed …. “…,” the Court said’), when no other
    judge is named before it. None when two judges wrote that kind, or when none is named: ‘the
    court’, ‘the order’ of a court whose judges the article leaves unnamed stay as written."""
    kind = COURT_WRITINGS.get(m.text.lower())
    if kind is None or m.start <= 0:
        return None
    writers: dict[str, Person] = {}
    for w in RE_COURT_WRITER.finditer(text, 0, m.start):
        told = next(k.rstrip("0123456789") for k, v in w.groupdict().items() if v == "" and k != "name")
        if told == kind or (kind == "court" and told == "order") or (kind == "order" and told == "court"):
            if kind == "order" and told == "court" and RE_OTHER_ORDER.search(text, w.start(), m.start):
                continue  # (the order the judge heard a challenge to, not one she made: ‘dismissing the petition
                # challenging the district collector's order …. “…,” the order said’)
            if RE_EARLIER_CASE.search(text, w.start(), _sentence_end_after(text, w.end())):
                continue  # (a writer of another, earlier case: ‘Justice X wrote the majority opinion in last year's case’)
            if kind == "court" and RE_OTHER_COURT.search(text, w.end(), m.start):
                return None  # (the case has gone on to another court since: ‘The defendant appealed …. the Court
                # of Appeal …. “…,” the court said’)
            person, _ = cast.resolve(Mention(w.start("name"), w.end("name"), w.group("name"), "name"))
            if person is None or person.kind != "name" or person.plural:
                return None
            writers[person.name] = person
    if len(writers) != 1:
        return None
    if kind == "court" and (len({j.group("name").split()[-1] for j in RE_JUDGE_NAMED.finditer(text, 0, m.start)}) != 1
                            or any(text.find(w, 0, m.start) >= 0 for w in SEVERAL_JUDGES_WORDS)):
        return None  # (a bench of several judges: "the court" is the court's)
    return next(iter(writers.values()))


#: A question told of, not quoted, after its asker: ‘ asked whether’, ‘ asked the minister if’, ‘ asked about’.
RE_ASKED_TOLD = regex.compile(r" asked (?:(?:the |her |him |them )?[\p{Ll}\-]+ )?(?:whether|if|about|what|how|why|when|who)\b")


def _asker_told_in_paragraph(text: str, para: tuple[int, int], asker: Person) -> bool:
    """The paragraph ``para`` is one sentence of narrative in which ``asker`` asks something told of,
    not quoted (‘A reporter from the Courier asked whether the unit was worried.’, ‘Liu asked her
    about the schools.’): the quotation that opens the next paragraph answers it, so its "he" or
    "she" is the one asked. Its subject, before "asked", is the asker as written (a description
    whole, a name by its last word)."""
    lo, hi = para
    body = text[lo:hi].rstrip()
    if not body.endswith(".") or any(c in body for c in "“”\"«»") or sentence_ends(text, lo, lo + len(body))[:-1]:
        return False
    asked = RE_ASKED_TOLD.search(text, lo, lo + len(body))
    if asked is None:
        return False
    subject = text[lo:asked.start()]
    if asker.kind == "description":
        return subject.lower() == asker.name.lower()
    if any(w.strip(".,").lower() in MEMBER_ASKER_TITLES for w in subject.split()):
        return False  # (a member who asks in a meeting or a chamber goes on in their own words: ‘Councillor Ann Roe
        # asked whether residents had been told. / “I don’t believe a single one of them was,” she said.’ is hers)
    return asker.kind == "name" and subject.split()[-1:] == asker.name.split()[-1:]


#: Titles of members of a council, a chamber or a committee, who ask as a stand of their own and go on
#: to give it.
MEMBER_ASKER_TITLES = frozenset("councillor cllr councilman councilwoman alderman senator sen deputy mp td msp mla mep "
                                "congressman congresswoman rep assemblyman assemblywoman assemblymember".split())


#: Words that open a question before a comma without hailing anyone (‘Well, did they call you back?’).
SECOND_PERSON_OPENERS = frozenset("well so and but now okay ok look listen honestly seriously then".split())


#: The second person in a question, which puts it to someone: ‘Did they call you back?’
RE_SECOND_PERSON = regex.compile(r"\b(?:you|your|yours|yourself)\b", regex.I)


#: A word as names are written: letters, apostrophes and hyphens.
RE_NAME_WORD = regex.compile(r"[\p{L}’'\-]+")


def _one_put_to(text: str, results: list, j: int) -> Person | None:
    """The one a question at ``results[j]`` is put to, as turns alternate: the one quoted in the
    paragraph right before the question's, someone else than its asker, when the question speaks
    to a "you" (‘“I waited four hours,” he said. / “Did anyone call you back?” the host asked. /
    “Not once.”’ is his). None when the quotation before is no one's or the asker's own."""
    question, asked = results[j][0], results[j][1]
    before, said = results[j - 1][0], results[j - 1][1]
    if said is None or said.person is None or said.person.kind != "name" or said.person.name == asked.person.name \
            or before.paragraph != question.paragraph - 1 or RE_SECOND_PERSON.search(text, question.start, question.end) is None:
        return None
    words = RE_NAME_WORD.findall(text[question.start:question.end])
    if any(w in said.person.name.split() for w in words) or (
            len(words) > 1 and words[0][:1].isupper() and text.startswith(",", text.find(words[0], question.start) + len(words[0]))
            and words[0].lower() not in SECOND_PERSON_OPENERS):
        return None  # (a question that names them, or hails another: ‘“Minister, can you explain to Martin why that
        # happens?” O’Rourke asked. / “We are opening 300 new beds.”’ is the minister's answer, never the caller's)
    return said.person


def _party_asked(question: Span, asker: Person, cast: Cast, lo: int) -> Person | None:
    """The one person besides the asker named, or quoted, from ``lo`` up to a question: the one
    it is put to (‘Counsel X took Mr. Kowalchuk through the faxes. / “Did you notify anybody?” Ms.
    X asked. / “No.”’). None when two or more are."""
    position, cast.position = cast.position, question.open_at
    people = {p.name: p for at, p in cast.recent if at >= lo and p.kind == "name" and not p.plural and not p.placelike
              and p.personlike and p.name != asker.name and not any(a <= at < b for a, b in cast.quoted)}
    cast.position = position
    return next(iter(people.values())) if len(people) == 1 else None


#: Calling the one who asks by their office, in an answer: ‘No, senator.’, ‘I don't know, Coroner.’
RE_HAILS_QUESTIONER = LazyPattern(r"(?:^|, )(?:" + "|".join(sorted(QUESTIONER_NOUNS)) + r")(?=[,.!?]|$)",
                                    regex.IGNORECASE)


#: A title that calls the one asked, set off at the start or the end of a sentence of a question
#: (‘Two children have died, Doctor. What went wrong?’, ‘Prime Minister, will you resign?’, ‘…, Mr
#: Mayor?’; never ‘the Doctor Who star’): a word or two of office may stand before it.
RE_HAILED_TITLE = LazyPattern(r"(?:^|[.?!] |, )(?:(?:Mr|Madam|Madame)\.? )?(?:\p{Lu}\p{Ll}+ ){0,2}?(?i:"
                              + "|".join(sorted(HAILED_TITLES)) + r")(?=[,.!?]|$)")


def _answers_question(text: str, sp: Span, prev: Span, found: Found) -> bool:
    """A paragraph that is only a quotation and no question, right after a paragraph whose
    quotation is a question put to someone (‘you’, or, with none of the asker's own ‘I’ or ‘we’,
    asked by a host, a senator or counsel) that its asker's cue ends: an answer, never the asker's.
    So too one that calls the one who spoke a question by name or office, whatever their cue (‘“Have
    you shared data with anybody? Yes or no,” Rourke said. / “No, senator.”’)."""
    question = text[prev.start:prev.end]
    answer = text[sp.start:sp.end].rstrip()
    hails = found.person is not None and "?" in question and (
        RE_HAILS_QUESTIONER.search(answer) is not None or _addresses(answer, found.person.name)
        or (RE_HAILED_TITLE.search(question) is not None and (found.cue or "").lower() in ASKING_CUES
            and question.rstrip().endswith("?")))  # (‘“…, Doctor. What went wrong?” X asked.’)
    asker_role = " ".join([*(found.person.roles if found.person is not None else ()),
                           found.person.name if found.person is not None and found.person.kind == "description" else "",
                           (found.mention.role or "") if found.mention is not None else ""]).lower()
    return (hails or (question.rstrip().endswith("?") and found.person is not None
                      and (RE_YOU.search(question) is not None or (
                          RE_ASKER_OWN.search(question) is None
                          and any(w in QUESTIONER_NOUNS for w in asker_role.replace(".", " ").split())))
                      and (found.cue or "").lower() in ASKING_CUES)) \
        and sp.paragraph == prev.paragraph + 1 \
        and sp.open_at == sp.para_start and not sp.continued and (sp.close_end or sp.end) >= sp.para_end - 1 \
        and not text[sp.start:sp.end].rstrip().endswith("?") and prev.close_end is not None \
        and len(sentence_ends(text, prev.close_end, prev.para_end)) <= 1 \
        and not text[prev.para_start:prev.open_at].strip()


#: Cue verbs of documents, never of a person's epithet ("the suit reads", "the filing alleges").
DOCUMENT_CUES = frozenset("reads read states stated shows showed finds found alleges alleged notes noted".split())


#: An epithet of where a person comes from or is bound, "the" and one to four capitalised words
#: before its noun: ‘the Mankato native’, ‘the Murray State signee’, ‘the St. Louis product’.
RE_PLACE_EPITHET = regex.compile(r"(?i:the) (?P<place>\p{Lu}[\p{L}\p{M}’'\-]*\.?(?: \p{Lu}[\p{L}\p{M}’'\-]*\.?){0,3}) (?P<noun>"
                                 + "|".join(sorted(PLACE_EPITHET_NOUNS)) + r")(?![\p{L}\-])")

#: A home place and "man" or "woman" written as one word, capitalised, after "the" (‘the Corkman’,
#: ‘the Kerrywoman’): a place epithet whose place is the word's stem (never a role noun, "the
#: Chairman", nor a nation's, "the Welshman", which :data:`NATIONALITY_NOUNS` holds; and "the" in
#: lower case: "The Kerryman" is a newspaper).
RE_PLACE_COMPOUND = regex.compile(r"the (?P<place>\p{Lu}\p{Ll}{2,}?)(?P<noun>man|woman)")


def _place_compound(mention: str) -> regex.Match | None:
    """The match of a place-and-"man" epithet (:data:`RE_PLACE_COMPOUND`), None for any other.

    >>> _place_compound("the Corkman").group("place"), _place_compound("the Chairman"), _place_compound("the Welshman")
    ('Cork', None, None)
    >>> _place_compound("the Dubliner").group("place")
    'Dubliner'

    """
    m = RE_PLACE_COMPOUND.fullmatch(mention)
    word = mention.split()[-1].lower()
    if m is None and word in CITY_DEMONYMS and mention[4:5].isupper():
        return RE_CITY_DEMONYM.fullmatch(mention)  # (‘the Dubliner’: its own word is the place looked for)
    return m if m is not None and word not in ROLE_NOUNS and word not in NATIONALITY_NOUNS else None


#: "the" and a city's demonym (:data:`CITY_DEMONYMS`), as a place epithet with no noun of sex.
RE_CITY_DEMONYM = regex.compile(r"the (?P<place>\p{Lu}\p{Ll}+)(?P<noun>)")


#: That epithet with its speech verb, right after a quotation's closing mark: ‘, the Gatineau
#: native said quietly’, ‘ said the Ohio State transfer’ (the verb checked against SPEECH_VERBS).
RE_PLACE_EPITHET_AFTER = regex.compile(r",? (?:(?P<verb>\p{Ll}+) (?P<who>" + RE_PLACE_EPITHET.pattern + r")"
                                       r"|(?P<who>" + RE_PLACE_EPITHET.pattern.replace("?P<place>", "?:").replace("?P<noun>", "?:")
                                       + r") (?P<verb>\p{Ll}+))(?![\p{L}\-])")

#: How far back (in characters) the place of a place epithet is looked for.
PLACE_EPITHET_REACH = 3000

#: How many sentences before the place's own the one it belongs to may have been named (‘Brooke
#: Voss was 12 …. Seven years later, she runs the offense. / The freshman from Mankato …’).
PLACE_EPITHET_SENTENCES = 3


def _place_epithet_after(text: str, at: int, hi: int) -> Found | None:
    """A place epithet and its speech verb right after a quotation (‘“…,” the Mankato native said’,
    ‘“…,” said the Murray State signee’), as a cue-after description; none for any other verb.

    >>> t = '“Great win,” the Mankato native said.'
    >>> _place_epithet_after(t, t.index("”") + 1, len(t)).mention.text
    'the Mankato native'
    """
    m = RE_PLACE_EPITHET_AFTER.match(text, at, hi)
    if m is None or m.group("verb") not in SPEECH_VERBS:
        return None
    return Found(Mention(m.start("who"), m.end("who"), m.group("who"), "description"), None, "cue-after", m.group("verb"))


def _named_people(text: str, lo: int, hi: int, cast: Cast, skip: tuple[int, int]) -> list[Person]:
    """The people of the article named (by a known surname) in ``text[lo:hi]``, outside ``skip``: a
    person by the lists or the article, or a full name that is no body's."""
    found = {}
    for run in RE_CAPWORD.finditer(text, lo, hi):
        if skip[0] <= run.start() < skip[1]:
            continue
        p = cast.by_surname.get(run.group().lower())
        if p is not None and p.kind == "name" and not p.placelike and (
                p.personlike or (" " in p.name and not is_organisation(p.name.split()))):
            found[id(p)] = p  # (a full name the lists do not know counts too: ‘Tavita Lealaiauloto, a junior
            # linebacker from Carson,’)
    known = [p for p in found.values() if p.personlike]
    return known if known else list(found.values())  # (guard: a school's or a team's name beside a known
    # person is no second person: ‘Brooke Voss … as Rochester Lourdes swept Byron’)


def _person_of_place(text: str, place: str, at: int, cast: Cast, noun: str = "") -> Person | None:
    """The one person the article ties to the place of an epithet: the last sentence before ``at``
    that holds the place's words names them alone (‘Bennett, who will play at Murray State, …. “…,”
    the Murray State signee said’), or, naming no one, follows sentences that name no one back to
    one that does (‘Brooke Voss was 12 …. / The setter from Mankato …’). When the article never
    writes the place before, the one person named last, in the sentences just before the
    epithet's (:func:`_person_named_last`: ‘Evan Keaney collected a break and drilled a low shot.
    / “…,” said the Moycullen man’). None when that sentence names two people, the place's words are
    someone's surname (‘the Jackson native’), or the one found is of the other sex than the
    epithet's noun ("man", "woman") tells."""
    if any((q := cast.by_surname.get(w.lower().rstrip("."))) is not None and q.name != place and q.personlike
           for w in place.split()):
        return None  # (but the place itself, read as a name, is no one: ‘Murray State’)
    tied = _person_tied_to_place(text, place, max(0, at - PLACE_EPITHET_REACH), at, cast,
                                 {"man": "m", "woman": "f"}.get(noun))
    if tied is not None:
        return tied if tied else None
    spot = text.rfind(place, max(0, at - PLACE_EPITHET_REACH), at)
    while spot >= 0 and (text[spot - 1:spot].isalpha() or text[spot + len(place):spot + len(place) + 1].isalpha()
                         or regex.match(r" \p{Lu}", text[spot + len(place):spot + len(place) + 2])):
        # (guard: nor the place inside a longer name, a rival school's: ‘against Mankato West’)
        spot = text.rfind(place, max(0, at - PLACE_EPITHET_REACH), spot)
    sex = {"man": "m", "woman": "f"}.get(noun)
    if spot < 0:
        p = _person_named_last(text, at, cast)
        return p if p is not None and (sex is None or p.gender == sex) else None
    lo = max(0, at - PLACE_EPITHET_REACH)
    ends = [lo] + [e for e in sentence_ends(text, lo, at)] + [at]
    k = max(i for i, e in enumerate(ends) if e <= spot)  # the place's sentence is ends[k]..ends[k + 1]
    for back in range(PLACE_EPITHET_SENTENCES + 1):
        if k - back < 0:
            return None
        people = _named_people(text, ends[k - back], ends[k - back + 1], cast, (spot, spot + len(place)))
        if len(people) > 1:
            return None
        if people:
            return people[0] if sex is None or people[0].gender in (None, sex) else None
    return None


#: A name written with where it is from, just before the place: ‘Paddy Moran, from Kerry’, ‘Ana Ruiz of Cork’.
RE_NAME_FROM_PLACE = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})(?:,? from | of )\Z")

#: A name after its place's possessive: ‘Kerry's Paddy Moran’.
RE_NAME_AFTER_PLACE = LazyPattern(r"[’']s (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})")


def _person_tied_to_place(text: str, place: str, lo: int, hi: int, cast: Cast, sex: str | None = None) -> Person | bool | None:
    """The one person ``text[lo:hi]`` writes with the place of a place epithet, right at the name
    (‘Paddy Moran, from Kerry, beat Dublin's Conor Byrne. … “…,” the Kerryman said’; ‘Kerry's Paddy
    Moran’); False when two are (‘Moran, from Kerry, and Kerry's Seán Walsh’: no one), None when no one is
    (then the place's sentence decides, :func:`_person_of_place`)."""
    found = None
    two = last_tied = False
    spot = text.find(place, lo, hi)
    while spot >= 0:
        end = spot + len(place)
        if not text[spot - 1:spot].isalpha() and not text[end:end + 1].isalpha() \
                and regex.match(r" \p{Lu}", text[end:end + 2]) is None:
            # (guard: nor the place inside a longer name, a council's, a club's, a college's: ‘John Kelly of Kerry
            # County Council’, ‘Shane Walsh of Galway United’)
            last_tied = False
            m = RE_NAME_FROM_PLACE.search(text, max(lo, spot - 60), spot)
            name = (m.start(1), m.end(1)) if m is not None else None
            if name is not None and regex.search(r"\b[Bb]y \Z", text[max(0, name[0] - 3):name[0]]):
                name = None  # (guard: a byline's place is where they write from: ‘Reporting by Anna Walsh, from Ukraine’)
            if name is None and (after := RE_NAME_AFTER_PLACE.match(text, end)) is not None:
                name = (after.start(1), after.end(1))
            if name is not None:
                p = cast.by_surname.get(text[name[0]:name[1]].rsplit(" ", 1)[-1].lower())
                if p is not None and p.kind == "name" and not p.placelike and not p.plural \
                        and not is_organisation(p.name.split()):
                    last_tied = True
                    if sex is None or p.gender in (None, sex):  # (guard: the other sex is no one the noun means)
                        if found is not None and p is not found:
                            two = True
                        found = p
        spot = text.find(place, end, hi)
    if two:
        return False
    return found if last_tied else None  # (guard: the place written last with no one at it hands over to its
    # sentence: ‘Moran, from Kerry, lost …. Kerry captain Seán Walsh, who won the final, …’)


def _person_named_last(text: str, at: int, cast: Cast) -> Person | None:
    """The one person named in the last sentence before ``at`` (its own sentence up to ``at``
    first) that names anyone, looking back no more than :data:`PLACE_EPITHET_SENTENCES` sentences,
    within its paragraph and the one before: whom an epithet of a place the article never wrote
    calls (‘Corner-forward Evan Keaney drilled a low shot past the goalkeeper. / “…,” said the
    Moycullen man’). None when that sentence names two (‘Peter Nolan and Mark Healy both scored. “…,”
    said the Kerryman’), or no one is named that near."""
    para = text.rfind("\n\n", 0, at)
    lo = max(0, text.rfind("\n\n", 0, para) if para > 0 else 0, at - PLACE_EPITHET_REACH)
    ends = [lo] + sentence_ends(text, lo, at) + [at]
    for back in range(min(PLACE_EPITHET_SENTENCES + 1, len(ends) - 1)):
        people = _named_people(text, ends[-2 - back], ends[-1 - back], cast, (at, at))
        if len(people) > 1:
            return None
        if people:
            if text[ends[-2 - back]:ends[-1 - back]].lstrip(" \n\"”’.").startswith(("His ", "Her ", "Their ")):
                return None  # (one named as someone's coach, rival or kin, the one before them the likelier:
                # ‘Kellie Harrington won …. Her coach, Zaur Antia, embraced her. “…,” said the Dubliner’)
            return people[0]
    return None


#: A scholar's trade, which a science story calls the one it has just named by ("Ines Baptista said the
#: readings were odd. “…,” the physicist said"; "Tomoko Arisawa laughed off the doubts. “…,” the
#: classicist says"): a trade, never an office (the dean, the provost), so an epithet like "the analyst".
SCHOLAR_TRADES = frozenset("""
virologist epidemiologist immunologist geneticist biologist microbiologist biochemist chemist physicist
astrophysicist astronomer cosmologist geologist glaciologist hydrologist climatologist oceanographer
meteorologist seismologist volcanologist ecologist zoologist botanist ornithologist entomologist
herpetologist primatologist palaeontologist paleontologist archaeologist egyptologist anthropologist
sociologist criminologist demographer statistician mathematician neuroscientist classicist historian
papyrologist philologist linguist
""".split())


#: Epithets only a person bears, by age or standing ("the 23-year-old", "the rookie").
#: A player's position or a trade that a report calls its subject by ("Hill scored twice. “…,”
#: the striker said"; "Menon has covered the sector for years. “…,” the analyst said"); never an
#: office someone else may hold (the judge, the prosecutor, the referee, the manager).
EPITHET_ROLES = frozenset("""
striker midfielder defender goalkeeper keeper winger forward centre center guard quarterback pitcher
batter batsman bowler opener all-rounder left-armer spinner seamer paceman sprinter runner skater skier
driver rider jockey cyclist golfer boxer swimmer player athlete champion veteran star skipper captain
analyst economist baker farmer shopkeeper vicar chef actor actress singer musician novelist artist poet
designer entrepreneur billionaire scientist researcher owner defendant engineer founder nurse doctor teacher
pilot climber teenager youngster newcomer debutant rookie
restaurateur hotelier tycoon magnate businessman businesswoman comedian rapper filmmaker
""".split()) | SPORT_POSITIONS | SCHOLAR_TRADES  # (the last line: a trade the papers call a name they have given
# by another, ‘Chef Ana Ruiz …. “…,” the restaurateur said’)

#: A member by the seat ("the Salford MP", "the Donegal TD"), who may hold any other office too,
#: and the words of a role that make one a member (a party, a rank, a party's spokesman).
SEAT_EPITHETS = frozenset("mp msp mla td mep".split())
SEAT_EVIDENCE = SEAT_EPITHETS | PARTY_WORDS | frozenset("féin fáil gael cymru deputy senator spokesman spokeswoman "
                                                        "spokesperson minister backbencher".split())

PERSON_EPITHETS = frozenset("""
rookie youngster newcomer sophomore freshman junior senior debutant teenager pensioner octogenarian
nonagenarian centenarian
""".split()) | SEAT_EPITHETS
RE_AGE = regex.compile(r"\d{1,3}-year-old")

#: "the woman", "the man" alone: the one person of that sex just named as the paragraph's subject, when
#: the article brought in no one unnamed so (‘His grandmother, Beverley Tulloch, was inconsolable. “…,”
#: the woman said.’; never ‘A woman who saw the crash …’).
SEX_EPITHETS = frozenset("man woman".split())


#: A home place after an epithet of age or trade (‘the 27-year-old from Sheffield’, ‘the nurse from
#: Maracaibo’), which tells no more of whom it stands for than the epithet before it.
RE_EPITHET_HOME = regex.compile(r" from \p{Lu}[\p{L}\p{M}’'\-]*+(?: \p{Lu}[\p{L}\p{M}’'\-]*+){0,2}$")

#: An office not yet taken up, written onto its noun (‘the prime minister-designate’, ‘the governor-elect’).
RE_PENDING_OFFICE = regex.compile(r"(?<=\p{Ll})-(?:designate|elect)$")


def _epithet_core(mention: str) -> str:
    """An epithet without a home place after an age or a trade, or the mark of an office not yet
    taken up: what the rules of epithets read (a place the article never wrote tells no one apart).

    >>> _epithet_core("the 34-year-old nurse from Maracaibo"), _epithet_core("the prime minister-designate")
    ('the 34-year-old nurse', 'the prime minister')
    >>> _epithet_core("the man from Del Monte"), _epithet_core("the governor-elect")
    ('the man from Del Monte', 'the governor')
    """
    core = mention
    home = RE_EPITHET_HOME.search(core)
    if home is not None:
        words = core[:home.start()].split()
        if len(words) >= 2 and words[0].lower() == "the" and (
                RE_AGE.fullmatch(words[-1]) or words[-1].lower() in EPITHET_ROLES or words[-1].lower() in PERSON_EPITHETS):
            core = core[:home.start()]  # (never ‘the man from Del Monte’, ‘the boys from Brazil’)
    if core.lower().startswith("the "):
        core = RE_PENDING_OFFICE.sub("", core)
    return core


#: What makes one the holder of an office to come, right before the office's words (‘who is
#: expected to be confirmed as prime minister’, ‘will be sworn in as governor’, ‘to become the next mayor’).
RE_BECOMING = regex.compile(r"(?:\b(?:confirmed|named|appointed|sworn in|installed|elected|nominated|chosen)(?: as)?"
                            r"|\bbecome)(?: the)?(?: (?:new|next))? $")


#: What puts the office's taking up ahead, right before :data:`RE_BECOMING`'s verb (‘is expected to be ’,
#: ‘will be ’, ‘is set to ’, ‘to ’): never a past appointment (‘Mark Rutte was first appointed prime minister
#: in 2010’, ‘who was elected governor in 2012’).
RE_TO_COME = regex.compile(r"\b(?:to|will|would|shall|be|being)(?: be)? $")


def _pending_holder(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one person the article says is to take up the office of ‘the prime minister-designate’,
    ‘the governor-elect’ before ``mention``: the one person named in the sentence before words that
    make one its holder (‘Gintarė Rimkutė, who is expected to be confirmed as prime minister next
    week, …’, :data:`RE_BECOMING`). None for any other epithet, when two are so named, or when the
    sentence names two people.

    >>> from quotesearch.speakers import Cast
    >>> t = "Dewi Lestari, who will be sworn in as governor next month, thanked voters. “…,” the governor-elect said."
    >>> at = t.index("the governor-elect")
    >>> _pending_holder(t, Mention(at, at + 18, "the governor-elect", "description"), Cast(t)).name
    'Dewi Lestari'
    """
    if RE_PENDING_OFFICE.search(mention.text) is None or not mention.text.lower().startswith("the "):
        return None
    office = RE_PENDING_OFFICE.sub("", mention.text[4:]).lower()
    before = text[max(0, mention.start - AGE_REACH):mention.start]
    base = mention.start - len(before)
    low = before.lower()
    holders = {}
    spot = low.find(office)
    while spot >= 0:
        at = base + spot
        if (becoming := RE_BECOMING.search(text, max(base, at - 60), at)) is not None \
                and RE_TO_COME.search(text, max(base, becoming.start() - 40), becoming.start()) is not None \
                and not text[at + len(office):at + len(office) + 1].isalpha():
            s_lo = max([base] + [e for e in sentence_ends(text, base, at)])
            people = _named_people(text, s_lo, at, cast, (at, at))
            if len(people) != 1:
                return None  # (two in the sentence: either may be the one)
            holders[id(people[0])] = people[0]
        spot = low.find(office, spot + 1)
    return next(iter(holders.values())) if len(holders) == 1 else None


#: A name right after a trade or a position, with the words before it (‘Coastal Cobras winger Lachlan
#: Fenwick’, ‘Venezuelan nurse Ana Ruiz’): the name in group 1.
RE_NAME_AFTER_TRADE = regex.compile(r" (\p{Lu}[\p{L}\p{M}’'\-]*+(?: \p{Lu}[\p{L}\p{M}’'\-]*+){1,3})")

#: How far before its trade an epithet's other words (a team's, a nationality's) are looked for.
TRADE_MODIFIER_REACH = 40


#: What may come before a sentence's subject in its sentence: blanks, a short opening phrase and its
#: comma, a title (‘On Tuesday, Ms. ’).
RE_OPENING_BEFORE_SUBJECT = regex.compile(r"\s*+(?:[^,.;:“”\"\n]{1,40}, )?(?:\p{Lu}\p{Ll}{0,4}\.? )?")


def _epithet_holder(text: str, mention: Mention, epithet: str, at: int, cast: Cast) -> Person | None:
    """Whom an epithet of a trade or a position with a team's or a nationality's word stands for
    (‘the Cobras winger’, ‘the Spanish lawmaker’), when nothing else found them: the one person the
    article named after that trade with those words (‘Coastal Cobras winger Lachlan Fenwick was
    hurt. … The Cobras winger posted that he was “…”’); else, for a nationality, the one person named
    last before ``at`` (:func:`_person_named_last`) of the epithet's sex, given no other office and
    no other nationality in the sentence that names them (‘Beatriz Ortega, the EPP’s lead MEP, …. /
    “…,” the Spanish lawmaker said’). None for a bare trade, for words that point at someone else
    (‘the other winger’), when someone unnamed of the trade is brought in before (‘a Cobras winger’),
    or when two people are named after it.

    >>> from quotesearch.speakers import Cast
    >>> t = "Cobras winger Lachlan Fenwick was hurt. The Cobras winger posted that he was “sore”."
    >>> at = t.index("The Cobras")
    >>> _epithet_holder(t, Mention(at, at + 17, "The Cobras winger", "description"), "The Cobras winger", at, Cast(t)).name
    'Lachlan Fenwick'
    """
    words = epithet.split()
    if not 3 <= len(words) <= 4 or words[0].lower() != "the" or any(w.lower() in OTHER_STAR_WORDS for w in words[1:]):
        return None
    head, mods = words[-1].lower(), words[1:-1]
    if not all(w[:1].isupper() for w in mods) or (head not in EPITHET_ROLES and head not in ROLE_NOUNS):
        return None  # (only capitalised words before the trade: a team's, a nation's)
    lo = max(0, mention.start - AGE_REACH)
    if regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}{regex.escape(head)}\b", text, pos=lo,
                    endpos=mention.start) is not None:
        return None  # (someone unnamed of the trade: ‘A Cobras winger who asked not to be named …’)
    holders = {}
    spot = text.find(f" {head} ", lo, mention.start)
    while spot >= 0:
        name = RE_NAME_AFTER_TRADE.match(text, spot + len(head) + 1)
        if name is not None and all(w in text[max(0, spot - TRADE_MODIFIER_REACH):spot] for w in mods):
            p = cast.by_surname.get(name.group(1).rsplit(" ", 1)[-1].lower())
            if p is not None and p.kind == "name" and p.personlike and not p.plural:
                holders[id(p)] = p
        spot = text.find(f" {head} ", spot + 1, mention.start)
    if holders:
        return next(iter(holders.values())) if len(holders) == 1 else None
    nation = mods[0].lower() if len(mods) == 1 and mods[0].lower() in EPITHET_NATIONS else None
    if nation is None:
        return None  # (a team's word alone tells no one apart: the one named last may play for it in any position)
    p = _person_named_last(text, at, cast)
    if p is None or not p.personlike or p.plural or GENDERED_NOUNS.get(head, p.gender) != p.gender \
            or any(w in OFFICE_NOUNS and w != head for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()) \
            or (head not in OFFICE_NOUNS and any(head not in _role_words(r) and any(
                w in DESCRIPTION_NOUNS for w in r.lower().replace("-", " ").split()) for r in cast.roles_of(p))):
        return None  # (never one holding another office: ‘Migration Commissioner X’ is no lawmaker)
    last = max((s for s, _ in p.spots if s < at), default=None)
    if last is None:
        return None
    s_lo = max(text.rfind(c, 0, last) for c in ".!?\n") + 1
    s_hi = min((k for k in (text.find(c, last) for c in ".!?\n") if k >= 0), default=len(text))
    if RE_OPENING_BEFORE_SUBJECT.fullmatch(text, s_lo, last) is None:
        return None  # (only one the sentence opens with, its subject: never ‘And he even spoke highly of Mr. Trump.
        # / “…,” the Russian leader said’)
    if any(w.lower() in EPITHET_NATIONS and nation_stem(w.lower()) != nation_stem(nation)
           for w in RE_CAPWORD.findall(text, s_lo, s_hi)):
        return None  # (another nation in the sentence that names them: ‘Tomasz Wierzbicki, the Polish Socialist,’)
    if any(len(run.group().split()) > 1 and not is_organisation(run.group().split()) and not p.name.endswith(run.group())
           and not run.group().endswith(p.name.rsplit(" ", 1)[-1]) for run in RE_NAME_RUN.finditer(text, s_lo, s_hi)):
        return None  # (another full name there: ‘Jo Marsh and Kate Lyle were spotted together. / “…,” the British
        # singer said’ may be either)
    return p


def _nationality_epithet(mention: str) -> bool:
    """"The Spaniard", "the Norwegian", "the Northern Irishman": a nationality noun after "the"
    (and a capitalised word), as an epithet."""
    words = mention.split()
    return 2 <= len(words) <= 4 and words[0].lower() == "the" and words[-1].lower() in NATIONALITY_NOUNS \
        and words[-1][:1].isupper() and (len(words) == 2 or words[1][:1].isupper() or all(
            w.isalpha() and w.islower() or RE_AGE.fullmatch(w) for w in words[1:-1]))  # ("the young Finn", "the 47-year-old Dane")


#: A subject acted on, or dead: "was arrested", "has been charged", "died" (but one who "was
#: frustrated", "was delighted" or "was unimpressed" only felt so: FEELING_PARTICIPLES).
RE_DONE_TO = LazyPattern(
    r"\b(?:(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?(?!(?:" + "|".join(sorted(FEELING_PARTICIPLES)) + r")\b)\w+ed|died|dies|passed away"
    r"|never recovered|never regained)\b")


#: An age as an epithet: "the 66-year-old", "the 56-year-old manager".
RE_THE_AGE = regex.compile(r"(?i:the) (\d{1,3})-year-old(?: [\p{Ll}\-]++){0,2}")

#: A name with an age after it, "Valerie Ngata, 66,", or before it, "66-year-old Valerie Ngata",
#: "a 54-year-old teacher, Dan Boyd".
RE_NAMED_AGE = LazyPattern(
    r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-.]*){0,3}), (?P<age>\d{1,3})(?=[,;)]| and\b|\.)"
    r"|(?<!\d)(?P<age>\d{1,3})-year-old(?: [\p{Ll}\-]++){0,3},? (?<!\b(?:from|in|of|at|near) )"
    r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-.]*(?: \p{Lu}[\p{L}\p{M}’'\-.]*){0,3})")  # (never a place: ‘a 25-year-old from Lagos’)

#: What is done to a person, who is then no speaker of an age epithet: ‘was killed’, ‘had been
#: shot’, ‘was arrested’, ‘died’ (but one who ‘was hurt’ may speak).
RE_ACTED_ON = LazyPattern(
    r"\b(?:(?:was|were|is|are|has been|had been|have been)\s+(?:\w+\s+)?(?:killed|murdered|shot|stabbed|arrested"
    r"|charged|detained)|died|dies|passed away|found dead)\b")

#: Someone described, a sentence's subject (‘The club captain was more reserved.’, ‘One patient …’)
#: or kin (‘Ortiz's husband’, ‘his neighbour’): the one an epithet of age after it stands for, never
#: a name before.
RE_DESCRIBED_SUBJECT = LazyPattern(r"(?:^|(?<=[.!?”\"] ))(?:The|A|An|One|Another) \p{Ll}|\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+(?:’s|'s))"
                                     r" (?:\p{Ll}+ )?(?:" + "|".join(sorted(KIN_NOUNS | {"neighbour", "neighbor", "friend", "colleague"})) + r")\b", regex.M)

#: A place's name set off after a description, before a "who" clause (‘at the flagship, Ember &
#: Oak, who …’).
RE_PLACE_SET_OFF = regex.compile(r", \p{Lu}[\p{L}\p{M}’'\-]*+(?: (?:&|and|of|the|\p{Lu}[\p{L}\p{M}’'\-]*+)){0,4}(?=, who )")

#: How far back an age epithet looks for the age it repeats.
AGE_REACH = 3000

#: How far a "who" clause after an epithet of age is read for a surname kept back (:func:`_withheld_surname_clause`).
WITHHELD_CLAUSE_CHARS = 200


def _person_of_age(text: str, age: str, at: int, cast: Cast) -> Person | None:
    """The one person the article gives this age before ``at`` (‘Valerie Ngata, 66, has lived
    there …. “…,” the 66-year-old said’); none when two people share it."""
    found = None
    for m in RE_NAMED_AGE.finditer(text, max(0, at - AGE_REACH), at):
        if m.group("age") != age:
            continue
        stop = text.find(".", m.end(), m.end() + 120)
        if RE_ACTED_ON.search(text, m.end(), stop if stop >= 0 else m.end() + 120) \
                or "victim" in text[max(0, m.start() - 30):m.start()]:
            continue  # (‘Tom Price, 66, was killed’: the one acted on speaks no quotation)
        words = m.group("name").split()
        p, _ = cast.resolve(Mention(m.start("name"), m.end("name"), " ".join(words), "name"))
        if p is None or p.kind != "name" or p.placelike:
            continue
        if found is not None and p is not found:
            return None
        found = p
    return found


#: Nationality words whose first letters are no guide to their nation's other word.
NATION_STEMS = {"spaniard": "spanis", "scot": "scotti", "scots": "scotti", "briton": "britis", "brit": "britis",
                "dane": "danish", "swede": "swedis", "finn": "finnis", "pole": "polish", "turk": "turkis", "serb": "serbia",
                "croat": "croati", "aussie": "austra", "kiwi": "new ze"}


#: Offices of those who officiate, never the players a nationality stands for.
NEUTRAL_OFFICES = frozenset("referee umpire official steward judge commissioner linesman".split())

#: Roles of one who speaks for, against or about another: never the subject just quoted, by a role
#: alone (‘Tom Jones denied it. “…,” the prosecutor said’, ‘Acme's chief said …. “…,” the spokesman said’).
OTHER_PARTY_ROLES = NEUTRAL_OFFICES | frozenset("""
spokesperson spokesman spokeswoman representative lawyer attorney counsel solicitor barrister prosecutor
justice magistrate coroner officer police detective investigator inspector sheriff constable witness
neighbour neighbor doctor physician surgeon coach manager aide adviser advisor critic expert agent
interpreter translator moderator host interviewer reporter journalist
""".split())


def nation_stem(word: str) -> str:
    """What a nationality's noun and adjective share ("Dutchman", "Dutch"; "Scot", "Scottish").

    >>> nation_stem("Dutchman") == nation_stem("Dutch"), nation_stem("Scot") == nation_stem("Scottish")
    (True, True)
    >>> nation_stem("Austrian") == nation_stem("Australian")
    False
    """
    low = word.lower()
    for ending in ("woman", "man"):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            low = low[:-len(ending)]
            break
    return NATION_STEMS.get(low, low[:6])


def _person_of_nationality(text: str, noun: str, at: int, cast: Cast) -> Person | None | bool:
    """The one person the article gives this nationality before ``at`` ("Dutchman Max Verbeek",
    "Kenyan Faith Chebet"), for "the Dutchman"; False when two have it, None when no one does."""
    stem = nation_stem(noun)
    found = None
    for start, end, between in _given_nationality(text, stem, max(0, at - AGE_REACH), at):
        written = text[start:end]
        if any(w.lower().rstrip(".") in ROLE_NOUNS for w in written.split()) \
                or any(w in OFFICE_NOUNS or w in NEUTRAL_OFFICES for w in between):
            continue  # (an office, never one a nationality stands for: ‘German Chancellor Olaf Brandt’,
            # ‘Dutch coach Mark van Dijk’, ‘Scottish referee Ewan Bell’)
        if any(w.lower() in EVENT_WORDS for w in written.split()):
            continue  # (an event, never anyone: ‘the Dutch Grand Prix’, ‘the Australian Open’)
        p, _ = cast.resolve(Mention(start, end, written, "name"))
        if p is None or p.kind != "name" or p.placelike or is_organisation(p.name.split()) \
                or (p.gender == "f" and noun.lower().endswith("man") and not noun.lower().endswith("woman")) \
                or (p.gender == "m" and noun.lower().endswith("woman")):
            continue
        if found is not None and p is not found:
            return False
        found = p
    return found


def _given_nationality(text: str, stem: str, lo: int, hi: int) -> Iterator[tuple[int, int, list[str]]]:
    """The names ``text[lo:hi]`` gives the nationality of ``stem`` (where each starts and ends, and
    the words between it and its nationality): after the nationality's word ("Kenyan Faith Chebet",
    "Portuguese champion Rui Costa"), after its country's possessive ("Denmark's Henrik Dahl"), or
    before the country ("Carla Mestre of Spain", "Lena Falk (Sweden)")."""
    for run in RE_CAPWORD.finditer(text, lo, hi):
        w = run.group()
        if w.lower() in NATIONALITY_WORDS and nation_stem(w) == stem:
            name = RE_NAME_AFTER_NATIONALITY.match(text, run.end())
            if name is not None:
                yield name.start(1), name.end(1), text[run.end():name.start(1)].split()
    if not any(nation_stem(adjective) == stem for adjective in COUNTRY_NATIONALITIES.values()):
        return
    for country in RE_COUNTRY.finditer(text, lo, hi):
        if nation_stem(COUNTRY_NATIONALITIES[country.group()]) != stem:
            continue
        if text.startswith(("’s", "'s"), country.end()):
            name = RE_NAME_AFTER_NATIONALITY.match(text, country.end() + 2)
            if name is not None:
                yield name.start(1), name.end(1), text[country.end() + 2:name.start(1)].split()
        elif (name := RE_NAME_BEFORE_COUNTRY.search(text, max(lo, country.start() - 60), country.start())) is not None \
                and not regex.search(r"\b[Bb]y \Z", text[max(0, name.start(1) - 3):name.start(1)]):
            # (guard: a byline's country is where they write from: ‘Reporting by Anna Walsh, from Ukraine’)
            yield name.start(1), name.end(1), []


#: The countries of COUNTRY_NATIONALITIES, as words.
RE_COUNTRY = LazyPattern(r"\b(?:" + "|".join(sorted(COUNTRY_NATIONALITIES, key=len, reverse=True)) + r")\b")

#: A name right before its country (‘Carla Mestre of Spain’, ‘Lena Falk (Sweden)’, ‘Carlos Ruiz, from Spain,’).
RE_NAME_BEFORE_COUNTRY = LazyPattern(r"(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})(?: of |,? from | \()\Z")

#: A name after a nationality word, past a trade or two (‘Kenyan Faith Chebet’, ‘Portuguese champion Rui Costa’).
RE_NAME_AFTER_NATIONALITY = LazyPattern(
    r" (?:\p{Ll}+ ){0,2}(\p{Lu}[\p{L}\p{M}’'\-]+(?: (?:van|von|de|der|da|di|le|la) )?(?: ?\p{Lu}[\p{L}\p{M}’'\-]+){1,2})")


def _nationalities_given(text: str, lo: int, hi: int, p: Person, cast: Cast) -> tuple[str | bool, bool]:
    """The nationality ``text[lo:hi]`` gives ``p`` ("Ukrainian Andriy Volkov", "Ukrainian
    boxer Andriy Volkov"; False for none), and whether it gives one to someone else (‘met the Canadian prime
    minister’, "beat Portuguese champion Rui Costa"); a nationality before anything else ("the
    Belgian Grand Prix") is no one's."""
    own = another = False
    mine = {w.lower() for w in p.name.split()}
    for run in RE_CAPWORD.finditer(text, lo, hi):
        if run.group().lower() not in NATIONALITY_WORDS:
            continue
        after = [x.strip(",.;:’'\"“”‘") for x in text[run.end():min(hi, run.end() + 60)].split()[:6]]
        k = 0
        while k < min(2, len(after)) and after[k].islower():
            k += 1  # (a trade between: "Portuguese champion Rui Costa")
        trade = k > 0
        name = []
        while k < len(after) and after[k][:1].isupper() and len(name) < 3:
            name.append(after[k])
            k += 1
        if name and (name[0].lower() in mine or name[-1].lower() in mine):
            own = run.group()
        elif name and (trade or gender_of(name[0]) is not None or (
                (q := cast.by_surname.get(name[-1].lower())) is not None and q is not p and q.personlike)):
            another = True
        elif not name and after and any(x in ROLE_NOUNS for x in after[:k]):
            another = True
    return own, another


#: "came the reply" after a quotation: someone else answers.
RE_CAME_REPLY = regex.compile(r",?[ \t]+came the (?:reply|response|answer|retort)\b")

#: A name called at a quotation's start (‘Okay Lars, …’, ‘Lars, …’).
RE_VOCATIVE = LazyPattern(r"(?:(?:Okay|OK|Ok|Well|Look|Listen|Yes|No|Right),? )?(\p{Lu}\p{Ll}+),")

#: A topic before an answer in its paragraph (‘On the wide barrier: “…”’, ‘On his future: “…”’).
RE_TOPIC_LABEL = regex.compile(r"On [^:,;.“”\"\n]{1,50}:[ \t]*")  # (a phrase alone: never ‘On Saturday, Mr. Trump said on Twitter:’)


def _topic_label(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is a topic's label for the answer after it (‘On the wide barrier:’), with no
    cue of its own (‘On Twitter he wrote:’ is one)."""
    return RE_TOPIC_LABEL.fullmatch(text, lo, hi) is not None \
        and not any(w.strip(":").lower() in SPEECH_VERBS for w in text[lo:hi].split()
                    if not (w.endswith("s:") and w[:-1].lower() not in PRESENT_CUES))  # (a topic's last word, a
    # plural, may look like one: ‘On his 38 points:’; never ‘On Twitter he writes:’)


#: Speech verbs in the present tense that end a label as a cue (‘On Twitter he writes:’).
PRESENT_CUES = frozenset("says writes tells adds asks notes explains posts tweets".split())


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
    ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast)
    if ms and ms[0].kind in ("name", "pronoun") and ms[1] is not None and ms[1].kind == "name":
        return Found(ms[0], ms[1], "topic-answer", None, "name")  # (or "he": ‘Here is what he had to say.’)
    return None


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
RE_CAPS_NAME_ROLE = regex.compile(r"(\p{Lu}[\p{Lu}’'\-]+(?: \p{Lu}[\p{Lu}’'\-]+){1,2}), (\p{Lu}[^“”\"‘]{2,120})")

#: A reporter's roles, which a byline in capitals gives (‘SARAH COLLINS, POLITICAL EDITOR’): never a comments box.
PRESS_ROLES = frozenset("editor correspondent reporter writer columnist photographer journalist".split())

#: A note in brackets at the end of a line (‘(via email)’, ‘(in a note)’).
RE_LINE_ASIDE_END = regex.compile(r"\s*\([^()]{1,30}\)\s*$")


#: A heading in capitals ending in a name, a title or a team before it (‘HERONS HEAD COACH DANA PRUITT’,
#: ‘JORDAN AMES’): its last two words, the given name and the surname.
RE_CAPS_NAME_HEADING = LazyPattern(r"\s*((?:\p{Lu}[\p{Lu}’'.\-]* ){0,5})(\p{Lu}[\p{Lu}’'\-]+) (\p{Lu}[\p{Lu}’'\-]+)\s*")


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
                          r"(?:[\w\-]+ ){0,3}?(?:(man|woman|boy|girl|mother|father|pensioner|patient|student|child)\b)?")

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


#: An aside on a subject that tells how someone else labelled them, up to the quotation (‘, who is
#: mentioned unflatteringly in chapter nine as one of the “…”’, ‘, who was described in the report as “…”’).
RE_LABELLED_ASIDE = LazyPattern(r", who (?:is|was|has been|had been) (?:\p{Ll}+ly )?(?:mentioned|named|described|listed|cited|called"
                                r"|branded|labell?ed|dismissed|portrayed|depicted|singled out|referred to)\b[^.;,“”\"‘’]{0,60}?"
                                r"\bas (?:one of )?(?:the |an? )?$")


#: A US lawmaker's home state right after the name (‘Sen. Harlan Reed of Ohio,’, ‘Rep. Ana Ruiz of Texas said’).
RE_OF_STATE = LazyPattern(r" of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,;]| said| told)")


def _past_home_state(text: str, at: int, hi: int) -> int:
    """Where the words after a name at ``at`` go on, past a US state it is "of" (‘Rep. Dale Moss of
    Georgia, the No. 3 Republican in the House, told’), or ``at`` itself (never ‘of Leeds’, no state)."""
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
    if lead.strip() and not RE_DATELINE.fullmatch(lead):
        return None  # (only the lede's subject: never ‘… after a judge said …’, ‘she heard a woman scream “…”’)
    head = description_head(mention.text) or _party_member_head(mention.text)
    if k + 1 >= len(paras) or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in BODY_NOUNS \
            or head in COLLECTIVE_NOUNS or person is None or person.plural:  # (never ‘The family of a
        # dad-of-three said he was a “gentle giant”. / Craig Fenwick, 44, died …’: the family, not the man)
        return None
    titled = _titled_next(text, mention.text, head, paras[k + 1:k + 3], cast)
    if titled is not None:  # ‘A federal judge on Monday blocked …. / … / In a 38-page ruling, U.S. District
        return titled  # Judge Miriam Castellanos wrote …’: the one new person given that title next
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
    appositive = RE_APPOSITIVE_ROLE.match(text, after, hi) or RE_BARE_APPOSITIVE_OFFICE.match(text, after, hi)
    if description_head(mention.text) is None and not (
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
    if opening is not None and given and not fits:
        return None  # (past an opening phrase, only one whose title fits: never ‘A farmer has …. / Speaking at
        # the show, Environment Secretary Steve Reed said’)
    speaks = RE_LEDE_SPEAKS_AGAIN.match(text, appositive.end() if appositive is not None else after, hi)
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
    if done is not None and " who " not in text[run.end():done.start()] \
            and RE_REPORTING_VERB.search(text, run.end(), done.start()) is None:
        return None  # (one acted on or dead: ‘A coroner has ruled the death … “…”. / Thomas Ellery, 34, died
        # at the scene’; never ‘…, who was appointed in May,’, nor what one reports: ‘…, said 14 people had died’)
    p, _ = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))
    if p is None or p.kind != "name" or p.placelike or is_organisation(p.name.split()) \
            or text.find(p.name.rsplit(" ", 1)[-1], 0, lo) >= 0:
        return None  # (a person new to the article)
    told = RE_SEX_WORD.search(text, mention.end, para_end)
    sex = GENDERED_NOUNS.get(head or "") or (
        ("m" if told.group().lower() in ("he", "his", "him") else "f") if told is not None else None)
    return p if sex is None or p.gender in (None, sex) else None


#: A "who" clause set off after a name that says the one named leads a body (group 1, up to the
#: comma that closes the clause): ‘, who has led the Dallas-based carrier since 2019,’, ‘, who took over
#: at the bank in 2022,’, ‘, who heads the regulator,’.
#:
#: >>> RE_WHO_LEADS.match(", who has led the Dallas-based carrier since 2019, opened").group(1)
#: 'the Dallas-based carrier since 2019'
#: >>> RE_WHO_LEADS.match(", who has criticised the carrier, said") is None
#: True
RE_WHO_LEADS = LazyPattern(r", who (?:has |had )?(?:also )?(?:led|leads|heads|headed|runs|ran|run|chairs|chaired|took over at"
                           r"|took charge of|has been in charge of) ((?:the|its) [^,.;:“”\"‘’\n]{1,60}),")


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
    if regex.search(r"\bwho (?:led|headed|ran|run|chaired|had)\b", verb) is not None \
            or ("chair" in verb and head not in ("chairman", "chairwoman", "chairperson", "chair")) \
            or regex.search(r"\b(?:until|till|before|from \d{4}|between|interim|acting|former|formerly|previously)\b",
                            led.group(1)) is not None:
        return False  # (one who led it once or holds another office of it: ‘…, who ran the carrier until 2019,’,
        # ‘…, who led the university on an interim basis in 2020,’, ‘…, who chairs the company,’ for its chief executive)
    owned = {w.lower() for w in RE_WORD.findall(mention.text)}
    words = led.group(1).split()
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
    return regex.search(r"\b(?:also|too|same|another|other|survived|escaped|freed|released|unharmed|likewise)\b",
                        clause) is None  # (another's kin: ‘Li Wei, whose daughter survived the attack,’ after ‘The
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


def _lede_paragraph(text: str, k: int, paras: list[tuple[int, int]]) -> bool:
    """Paragraph ``k`` is the headline or the lede: one of the first two, or the third after a
    byline (‘Water boss defends bonus / By Jane Roe, Environment Editor / The chief executive of …
    has defended …’)."""
    return k <= 1 or (k == 2 and is_byline(text[paras[1][0]:paras[1][1]]))


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


#: Words of one who answers the lede's subject rather than being them (‘Mitch Connell, the majority
#: leader, disagreed’, ‘Transport Minister Sipho Nkosi, however, said’).
ANSWERING_WORDS = frozenset("disagreed but however responded rejected countered denied dismissed disputed".split())

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


#: A paragraph opening with a noun set off before a full name (‘The officer, Keith Dunmore,’, ‘The
#: committee’s chair, Alison Pryce,’): the noun, the name.
RE_SET_OFF_OPENING = regex.compile(r"\s*(?:The|Its|The \p{Ll}+[’']s) (?:\p{Ll}+ ){0,2}(\p{Ll}+), "
                                   r"(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{L}+)+),")


def _set_off_next(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The person new to the article whom the first of the two paragraphs after the quotation's to
    open with the described speaker's noun set off names (‘a senior officer wrote that … “…”. / The
    officer, Keith Dunmore, …’)."""
    head = description_head(mention.text)
    if head is None or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in BODY_NOUNS or head in COLLECTIVE_NOUNS:
        return None
    for lo, hi in paras[sp.paragraph + 1:sp.paragraph + 3]:
        m = RE_SET_OFF_OPENING.match(text, lo, hi)
        if m is None or m.group(1) != head:
            continue
        p = cast.resolve(Mention(m.start(2), m.end(2), m.group(2), "name"))[0]
        if p is not None and p.kind == "name" and not p.placelike \
                and text.find(m.group(2).rsplit(" ", 1)[-1], 0, sp.start) < 0:
            return p
        return None
    return None


#: The end of a lede that tells what a court or an inquest heard (‘…, a Supreme Court jury has been
#: told.’, ‘…, an inquest heard.’, ‘…, a royal commission has heard.’).
RE_HEARD_TAIL = LazyPattern(r",[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}\-]+[ \t]+){0,3}(?:jury|court|inquest|inquiry|commission|tribunal)"
                              r"[ \t]+(?:has[ \t]+been[ \t]+told|was[ \t]+told|heard|has[ \t]+heard)[.]")

#: A subject that stands accused or charged (‘A man accused of murdering …’).
RE_ACCUSED_OF = LazyPattern(r"[ \t]+(?:accused|charged|convicted|suspected)[ \t]+(?:of|with)\b")

#: Who told the court, after a name (‘Crown prosecutor Fiona Castellano, SC, told the jury’).
RE_TOLD_COURT = LazyPattern(r"(?:,[^,.]{1,40},)?[ \t]+told[ \t]+the[ \t]+(?:jury|court|inquest|inquiry|commission|tribunal)\b")


def _heard_tail(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]],
                cast: Cast) -> tuple[Person | None] | None:
    """For a lede whose subject stands accused of something and whose sentence ends in what a court
    heard (‘A man accused of murdering … invented a “…”, a jury has been told.’): the one the first
    sentence of the next paragraph says told the court, or no one (None inside the tuple)."""
    if RE_ACCUSED_OF.match(text, mention.end) is None:
        return None
    ends = sentence_ends(text, sp.end, sp.para_end)
    if RE_HEARD_TAIL.search(text, sp.end, (ends[0] + 1) if ends else sp.para_end) is None:
        return None
    if sp.paragraph + 1 < len(paras):
        lo, hi = paras[sp.paragraph + 1]
        ends = sentence_ends(text, lo, hi)
        for run in RE_NAME_RUN.finditer(text, lo, ends[0] if ends else hi):
            if RE_TOLD_COURT.match(text, run.end()) is not None:
                _, name = split_title(run.group().split())
                if name and len(name) >= 2:
                    p = cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]
                    if p is not None and p.kind == "name":
                        return (p,)
                break
    return (None,)


#: "the" and a trade in lower case no list holds (‘the harbormaster’, ‘the pulmonologist’).
RE_THE_TRADE = LazyPattern(r"(?i:the) (?:\p{Ll}+ )?(\p{Ll}{5,})")


def _trade_holder(text: str, trade: str, at: int, cast: Cast) -> Person | None:
    """The one person named before ``at`` whose role, or whose appositive, names ``trade``, never as
    another's owner (‘Brid Collins, the restaurant’s owner,’ is no "the restaurant")."""
    word = regex.compile(rf"\b{regex.escape(trade)}\b(?![’']s\b)")
    return _only_one(p for p in _named_before(cast, at)
                     if any(word.search(r.lower()) for r in _roles_given(text, p, cast, at)))


#: "the" and an eatery's word, an adjective in lower case before it or none (‘the restaurant’, ‘the little café’).
RE_THE_EATERY = LazyPattern(r"(?i:the) (?:\p{Ll}+ )?(?:" + "|".join(sorted(EATERY_NOUNS)) + ")")

#: Where a description's head ends: a relative word or a preposition after it (‘a noodle shop on Canal
#: Street’, ‘a café run by two sisters’).
RE_DESCRIPTION_HEAD_END = LazyPattern(r" (?:that|which|who|whose|on|in|at|near|off|by|beside|opposite|of|for|with|from|run|"
                                      r"owned|founded|opened|known|famous|popular|beloved|loved|frequented|serving|selling|where|and|or)\b")


#: A description set off right after a name, however long, to the comma that closes it (‘, the family-run
#: noodle shop that has fed Chinatown for three decades,’, ‘, Oakland’s beloved noodle shop,’).
RE_LONG_SET_OFF_DESCRIPTION = LazyPattern(r", (?:\d{1,3}, )?((?:an?|the|\p{Lu}[\p{L}\-]+[’']s) [^,.;:“”\"\n]{1,150})[,.;]")


#: An eatery brought in by "a" or "an", its word the head (‘a noodle shop on Canal Street’, ‘a dumpling house
#: nearby’; never ‘a restaurant chain’, ‘a restaurant’s owner’).
RE_AN_EATERY = LazyPattern(r"\b(?i:an?) (?:[\p{Ll}\-]+ ){0,3}?(?:" + "|".join(sorted(EATERY_NOUNS | set(EATERY_PHRASES), key=len, reverse=True))
                           + r")\b(?![’']s\b| (?!(?:on|in|at|near|nearby|off|by|run|owned|that|which|where|and|or|with|for)\b)\p{Ll})")


def _eatery_head(role: str) -> bool:
    """A description whose head is an eatery's word (‘a Hanoi café run by two sisters’, ‘Oakland’s beloved
    hand-pulled noodle shop’); never an eatery's owner or cook (‘the restaurant’s owner’, ‘a chef at a diner’).

    >>> _eatery_head("a Hanoi café run by two sisters"), _eatery_head("the hand-pulled noodle shop that has fed Chinatown")
    (True, True)
    >>> _eatery_head("the restaurant’s owner"), _eatery_head("a chef at a diner"), _eatery_head("a clothes shop")
    (False, False, False)
    """
    end = RE_DESCRIPTION_HEAD_END.search(role)
    head = role[:end.start()] if end is not None else role
    words = head.lower().split()
    return bool(words) and (words[-1] in EATERY_NOUNS or " ".join(words[-2:]) in EATERY_PHRASES)


def _eatery_named_before(text: str, at: int, cast: Cast) -> Person | None:
    """The one place named before ``at`` whose description is an eatery's, for "the restaurant" or "the café";
    never a person (no sex, no title), nor one of two eateries."""
    named = (p for p in cast.by_surname.values() if p.kind in ("name", "organisation") and p.spots and p.spots[0][0] < at)
    if len(RE_AN_EATERY.findall(text, 0, at)) > 1:
        return None  # (guard: two eateries brought in before, one of which the cast may not hold or may not
        # read as one: ‘Golden Ladle, a noodle shop …, and Jade Garden, a dumpling house nearby, … the restaurant’)
    return _only_one(p for p in named if p.gender is None and not p.titled
                     and (any(_eatery_head(r) for r in cast.roles_of(p))
                          or any((a := RE_LONG_SET_OFF_DESCRIPTION.match(text, end)) is not None and _eatery_head(a.group(1))
                                 for start, end in p.spots[:3] if start < at)))


def _named_before(cast: Cast, at: int) -> Iterator[Person]:
    """The people the cast keys by surname, named in full, first named before ``at``."""
    return (p for p in cast.by_surname.values() if p.kind == "name" and " " in p.name and p.spots and p.spots[0][0] < at)


#: How many words a body's quotation may hold for a headline's two words inside it to be its (‘financial
#: cliff edge’ for ‘cliff edge’).
HEADLINE_SHORT_BODY_WORDS = 4


def _only_one(people: Iterable[Person]) -> Person | None:
    """The one person among ``people`` (each counted once), or None when there are none or more."""
    one = None
    for p in people:
        if one is not None and p is not one:
            return None
        one = p
    return one


def _roles_given(text: str, p: Person, cast: Cast, before: int | None = None) -> list[str]:
    """The roles the article gives a person, and the appositives after their first three spots
    (before ``before``), whatever noun those hold (‘, 74, a retired school librarian,’)."""
    return [*cast.roles_of(p), *(a.group(1) for start, end in p.spots[:3] if (before is None or start < before)
                                 and (a := RE_APPOSITIVE_ROLE.match(text, end)) is not None)]


#: One's kin as a speaker (‘His father’, ‘Her husband’).
RE_OWNED_KIN = regex.compile(r"(His|Her|his|her) (son|daughter|father|mother|husband|wife|brother|sister)")

#: A named person's kin, named: ‘Knut Haugen's son, Arne Haugen,’, ‘His son, Arne Haugen,’; after a
#: named person's possessive, by a given name alone, set off by commas (‘Mr Haugen’s mother, Ingrid,
#: 78,’), which :func:`_kin_of` takes only when the lists know it as a given name; after "his" or "her",
#: a blood kin's given name alone (‘who slept out with her father, Rob.’), who bears the owner's surname.
RE_KIN_NAMED = LazyPattern(r"(?:(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*)[’']s|\b([Hh]is|[Hh]er)) (son|daughter|father|mother|husband|"
                             r"wife|brother|sister), (\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)+(?=[,.;])|(?<=[’']s \p{Ll}+, )\p{Lu}\p{Ll}+(?=,)"
                             r"|(?<=\b[Hh](?:is|er) (?:son|daughter|father|mother|brother|sister), )\p{Lu}\p{Ll}+(?=[,.]))[,.;]")

#: The kin that each kin is of (a son's father or mother …), and the sex each kin word tells.
KIN_INVERSE = {"son": ("father", "mother"), "daughter": ("father", "mother"), "father": ("son", "daughter"),
               "mother": ("son", "daughter"), "husband": ("wife",), "wife": ("husband",),
               "brother": ("brother", "sister"), "sister": ("brother", "sister")}
KIN_SEX = {"son": "m", "father": "m", "husband": "m", "brother": "m", "daughter": "f", "mother": "f", "wife": "f", "sister": "f"}


#: A kin noun given an adjective (‘the proud father’, ‘the grieving mother’).
RE_THE_KIN = regex.compile(r"(?i:the) \p{Ll}+ (son|daughter|father|mother|husband|wife|brother|sister)")


def _kin_just_named(text: str, kin: str, sp: Span, at: int, cast: Cast) -> Person | None:
    """The one person named in full in the sentence before the quotation (or in its own, outside
    the marks, before ``at``) whom that text makes "the proud father": its "his daughter" tells
    the kin the other way round, of the kin's sex (‘Abdulrahman Al-Ghamdi waved a flag bearing his
    daughter's shirt number. / “…,” said the proud father’)."""
    lo = last_sentence_start(text, max(0, sp.open_at - 400), sp.open_at)
    sex = KIN_SEX[kin]
    owner = "his" if sex == "m" else "her"
    told = regex.compile(rf"(?:\b(?i:{owner}|whose)|\p{{L}}[’']s) (?:{'|'.join(KIN_INVERSE[kin])})\b")
    # (or the named one's, ‘Rob Clarke, whose son scored twice,’, ‘Rob Clarke's daughter won’)
    spans = [(lo, sp.open_at), (sp.close_end or sp.end, at)]
    if not any(told.search(text, a, b) for a, b in spans):
        return None
    people = []
    for a, b in spans:
        for run in RE_NAME_RUN.finditer(text, a, b):
            end = run.end() - 2 if run.group()[-2:] in ("'s", "’s") else run.end()  # (‘Rob Clarke's’: Rob Clarke)
            p = cast.resolve(Mention(run.start(), end, text[run.start():end], "name"))[0]
            if p is not None and p.kind == "name" and not p.placelike and not is_organisation(p.name.split()):
                people.append(p)
    one = _only_one(people)
    if one is None or " " not in one.name or one.gender not in (None, sex) or cast.dead_or_victim(one):
        return None
    return one


#: How far back a pair of kin named may tell who "his father" is (a feature's family named in its
#: second paragraph, the mother speaking near its end).
KIN_PAIR_REACH = 3000


def _kin_pair_tells(said: str, kin: str, sex: str) -> bool:
    """Whether a pair of kin named as ``said`` (‘her daughter, X’) tells who the ``kin`` of an owner
    of ``sex`` is: the same kin again, or the inverse one told of an owner of the kin's sex.

    >>> _kin_pair_tells("daughter", "mother", "f"), _kin_pair_tells("son", "father", "m"), _kin_pair_tells("daughter", "father", "m")
    (True, True, False)
    """
    return said == kin or (kin in KIN_INVERSE.get(said, ()) and KIN_SEX[said] == sex)


def _kin_of(text: str, owner: str, kin: str, at: int, cast: Cast) -> Person | None:
    """Who "his father" or "her husband" at ``at`` is, by the last pair of kin the article named
    before it (within 1,500 characters): the one named as that kin of a person of the owner's
    sex (‘Tamara Wells's husband, Jake Wells,’ … ‘Her husband’ is Jake Wells), or the one whose
    kin of the inverse kind a person of the owner's sex was (‘His son, Arne Haugen,’ of Knut Haugen
    … ‘His father’, of Arne, is Knut)."""
    sex = OWNER_GENDERS[owner]
    pair = None
    for found in RE_KIN_NAMED.finditer(text, max(0, at - KIN_PAIR_REACH), at):
        if " " not in found.group(4) and sex_of_given_name(found.group(4)) != KIN_SEX[found.group(3).lower()]:
            continue  # (a given name alone only of the kin's sex: ‘Mr Haugen’s mother, Ingrid,’; never ‘his son, Oslo,’)
        if _kin_pair_tells(found.group(3).lower(), kin, sex):
            pair = found  # (the last pair that tells this kin, past pairs of other kin since: ‘His son, Kyle
            # Ray, …. Her daughter, Ann Lee, …. His father said’ is Kyle's father)
    if pair is None:
        return None
    named = cast.resolve(Mention(pair.start(4), pair.end(4), pair.group(4), "name"))[0]
    if pair.group(1):
        first = cast.resolve(Mention(pair.start(1), pair.end(1), pair.group(1), "name"))[0]
    else:  # (‘His son, Arne Haugen’: the one named last before it, of the possessive's sex)
        owner_sex = OWNER_GENDERS[pair.group(2).lower()]
        first = next((q for pos, q in reversed(cast.recent) if pos < pair.start() and q.kind == "name"
                      and q.gender == owner_sex), None)
        if first is None:
            for run in RE_NAME_RUN.finditer(text, max(0, pair.start() - 300), pair.start()):
                q = cast.resolve(Mention(run.start(), run.end(), run.group(), "name"))[0]
                first = q if q is not None and q.kind == "name" and q.gender == owner_sex and " " in q.name else first
    if pair.group(2) and " " not in pair.group(4) and first is not None and " " in first.name:
        # (a blood kin's given name alone, of one named in full: ‘Lily Eastwood, 13, who slept out with her
        # father, Rob.’ is Rob Eastwood)
        full = f"{pair.group(4)} {first.name.split()[-1]}"
        named = cast.resolve(Mention(pair.start(4), pair.end(4), full, "name"))[0]
    if named is None or first is None or named is first or named.kind != "name" or first.kind != "name":
        return None
    said = pair.group(3).lower()
    # (the "his" or "her" the one last named of that sex, when anyone of it is named since the pair:
    # never ‘Jane Doe's husband, Tom Doe, …. Ann Lee arrived. “…,” her husband said’)
    since = next((q for pos, q in reversed(cast.recent) if pair.end() <= pos < at and q.kind == "name" and q.gender == sex), None)
    if kin == said and first.gender == sex and since in (None, first):
        return named  # the same kin again, of the same one
    if kin in KIN_INVERSE.get(said, ()) and KIN_SEX[said] == sex and first.gender in (None, KIN_SEX[kin]) \
            and since in (None, named):
        return first  # the kin the other way round
    return None


#: Quoted stretches, left out when counting the sentences between a speaker and a cue.
RE_QUOTED_STRETCH = regex.compile(r"[“\"][^”\"]*[”\"]")

#: The end of a sentence.
RE_SENTENCE_BREAK = regex.compile(r"[.!?](?=\s+\p{Lu}|\s*$)")

#: Words after a pair with one surname that make them kin other than a couple.
RE_NOT_COUPLE = regex.compile(r"[^.]*?\b(?:brothers|sisters|siblings|twins|cousins|brother and sister|sister and brother|"
                              r"father and son|father and daughter|mother and son|mother and daughter)\b")


def _spouse_in_couple(text: str, owner: str, kin: str, at: int, cast: Cast) -> Person | None:
    """Who "his wife" or "her husband" at ``at`` is when the article named a couple by their two given
    names and one surname (‘Graham and Corinne Bixby, retired teachers, …. “…,” Graham Bixby said.
    “…,” his wife added’): the other of the couple, when the one the pronoun is (the last named of
    its sex) is one of them. Never when the other's given name tells the wrong sex for the kin word."""
    if kin not in ("husband", "wife"):
        return None
    sex = OWNER_GENDERS[owner]
    first_at, first = next(((pos, q) for pos, q in reversed(cast.recent) if pos < at and q.kind == "name" and q.gender == sex),
                           (None, None))
    if first is None:
        return None
    between = RE_QUOTED_STRETCH.sub("", text[first_at:at])
    if len(RE_SENTENCE_BREAK.findall(between)) > 1:
        return None  # (the one "his"/"her" is was named in the sentence just before, never further back past
        # another's sentence: ‘Peter Grove said. A neighbour had it worse. “…,” his wife said’ is the neighbour's)
    given, surname = first.name.split()[0], first.name.split()[-1]
    if " " not in first.name:  # (a surname alone with an honorific, ‘said Mr Tolley’: the one of the couple
        given = _couple_member_of_sex(text, surname, sex, at, cast)  # whose given name may be of that sex)
        if given is None:
            return None
    spouse = None
    for start in cast._couple_starts:
        if not at - KIN_PAIR_REACH <= start < at:
            continue
        m = RE_COUPLE.match(text, start)
        if m is None or m.group(3) != surname or given not in (m.group(1), m.group(2)) or m.group(1) == m.group(2):
            continue
        if RE_NOT_COUPLE.match(text, m.end(), min(len(text), m.end() + 80)) is not None:
            return None  # (two of a family who are no couple: ‘Tunde and Femi Adeyemi, brothers who run a garage’)
        g = 2 if given == m.group(1) else 1
        other = cast.resolve(Mention(m.start(g), m.start(g) + len(m.group(g)), m.group(g), "name"))[0]
        if g == 2:  # (the second given name is written with the surname: "Corinne Bixby")
            other = cast.resolve(Mention(m.start(2), m.end(3), text[m.start(2):m.end(3)], "name"))[0] or other
        if other is None or other is first or other.kind != "name" or other.gender not in (None, KIN_SEX[kin]) \
                or not other.name.endswith(" " + surname):
            return None
        if spouse is not None and spouse is not other:
            return None  # (two couples that could be meant: no one)
        spouse = other
    return spouse


def _couple_member_of_sex(text: str, surname: str, sex: str, at: int, cast: Cast) -> str | None:
    """The given name of the one of a couple with ``surname`` named before ``at`` (‘Geoff and Maureen
    Tolley’) who may be of ``sex`` when the other's given name tells the other sex (Geoff, when
    Maureen is a woman's name), so that "Mr Tolley" is Geoff; None when the names do not tell them apart."""
    for start in cast._couple_starts:
        m = RE_COUPLE.match(text, start) if at - KIN_PAIR_REACH <= start < at else None
        if m is None or m.group(3) != surname:
            continue
        one, other = (m.group(1), sex_of_given_name(m.group(1))), (m.group(2), sex_of_given_name(m.group(2)))
        for (given, given_sex), (_, other_sex) in ((one, other), (other, one)):
            if given_sex in (None, sex) and other_sex not in (None, sex):
                return given
    return None


#: A politician by state and party or office (‘the Ohio Democrat’, ‘the Montana Republican’, ‘the
#: Michigan senator’).
RE_STATE_EPITHET = regex.compile(r"(?i:the) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (Democrat|Republican|Independent|senator|"
                                 r"congressman|congresswoman|lawmaker|representative|governor|legislator)")

#: The same, the state after "from" (‘the senator from Illinois’, ‘the Republican from Texas’).
RE_STATE_FROM_EPITHET = regex.compile(r"(?i:the) (Democrat|Republican|Independent|senator|congressman|congresswoman|lawmaker|"
                                      r"representative|governor|legislator) from (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)")


def _state_epithet(words: str) -> tuple[str, str] | None:
    """The state or home town and the party or office of a politician's epithet (‘the Ohio
    Democrat’; a state only after "from": ‘the senator from Illinois’).

    >>> _state_epithet("the Ohio Democrat"), _state_epithet("the senator from Illinois"), _state_epithet("the senator from Gaza")
    (('Ohio', 'Democrat'), ('Illinois', 'senator'), None)
    """
    m = RE_STATE_EPITHET.fullmatch(words)
    if m is not None:
        return m.group(1), m.group(2)
    m = RE_STATE_FROM_EPITHET.fullmatch(words)
    return (m.group(2), m.group(1)) if m is not None and m.group(2) in US_STATE_FORMS else None


def _party_or_state_told(text: str, p: Person, cast: Cast, party: str | None, state: str | None) -> bool:
    """The article gives ``p`` another party or another state than the epithet's (‘Sen. Ron Wyden,
    D-Ore.,’ for "the Oregon Republican", ‘Gov. Josh Shapiro, a Democrat,’ for "the Pennsylvania
    Republican", ‘Texas Gov. Greg Abbott’ for "the Oklahoma Republican"), in a role or set off right
    after the name (with no ``party``, the state alone: "the Texas senator"): the epithet is then someone else's."""
    forms = US_STATE_FORMS.get(state, (state,)) if state is not None else ()  # (no state: the party alone, "the Republican")
    for _, end in p.spots[:3]:  # (a party's letter and a state, read as the state rule reads them)
        label = RE_PARTY_STATE.match(text, end)
        if label is not None and ((party is not None and label.group(1) != party[0]) or (forms and label.group(2).strip() not in forms)):
            return True
    told = _party_words_told(text, p, cast)
    other_party = _other_party(party) if party is not None else ()  # (and "Democratic")
    return any((other_party and word.startswith(other_party)) or (word in US_STATE_FORMS and state is not None and word != state)
               for word in RE_PARTY_OR_STATE.findall(told))


#: A party or a US state in a role or set off after a name.
RE_PARTY_OR_STATE = LazyPattern(r"\b(?:Democrat|Democratic|Republican|GOP|" + "|".join(
    sorted((regex.escape(s_) for s_ in US_STATE_FORMS), key=len, reverse=True)) + r")\b")

#: A party set off right after a name (‘, a Democrat,’, ‘, a moderate Republican who …’).
RE_PARTY_SET_OFF = LazyPattern(r"(?:, | \()an? (?:\w+ )?(?:Democrat|Republican)\b[^,]{0,30}")


#: A party's letter and a state set off after a name (‘ (D-Ohio)’, ‘, R-Texas,’, ‘ (R-S.C.)’, and
#: ending a sentence, ‘, D-Vt.’), or a home town (‘, R-Marietta,’).
RE_PARTY_STATE = LazyPattern(r" ?[(,] ?([RDI])-([\p{L}. ]{2,16}?)(?:[),]|(?<=\.)(?=\s|$))")

#: The party each letter stands for, and the office words each epithet's head asks of a title.
PARTY_LETTERS = {"democrat": "D", "republican": "R", "independent": "I"}
EPITHET_TITLES = {"senator": ("sen", "senator"), "governor": ("gov", "governor"),
                  "congressman": ("rep", "congressman", "representative"), "congresswoman": ("rep", "congresswoman", "representative"),
                  "representative": ("rep", "representative", "congressman", "congresswoman")}


def _party_words_told(text: str, p: Person, cast: Cast) -> str:
    """The words that may tell ``p``'s party: the roles the article gives them and what is set off
    right after their first names (‘Rep. Jo Ortiz, a Republican,’)."""
    return " ".join([*cast.roles_of(p), *(m.group() for _, end in p.spots[:3]
                                          if (m := RE_PARTY_SET_OFF.match(text, end)) is not None)])


def _other_party(party: str) -> tuple[str, ...]:
    """The words of the party that is not ``party`` ("Democrat" or "Republican")."""
    return ("Republican", "GOP") if party == "Democrat" else ("Democrat",)


def _party_told_in_sentence(text: str, p: Person, party: str, before: int) -> bool:
    """A sentence before ``before`` that holds ``p``'s surname and the other party's word (‘Fry was
    elected as a Democrat in 2018.’): ``p`` is of the other party."""
    other = _other_party(party)
    surname = p.name.split()[-1]
    for sent in regex.split(r"(?<=[.!?”])\s+", text[:before]):
        if surname in sent and any(regex.search(r"\b" + o, sent) for o in other) \
                and not any(regex.search(r"\b" + o + r"s?\b", sent) and party in sent for o in other):
            return True
    return False


def _party_held_by_other(text: str, p: Person, cast: Cast, party: str) -> bool:
    """Someone else named is given the epithet's party (‘Sen. Mark Dunn, R-Texas,’, ‘Rep. Jo Ortiz, a
    Republican,’, ‘Republican Sen. X’): "the Republican" may be theirs."""
    seen = set()
    for o in cast.by_surname.values():
        if id(o) in seen:
            continue
        seen.add(id(o))
        if o is p or not getattr(o, "personlike", False) or o.kind != "name":
            continue
        for _, end in o.spots[:3]:
            label = RE_PARTY_STATE.match(text, end)
            if label is not None and label.group(1) == party[0]:
                return True
        if regex.search(r"\b" + party, _party_words_told(text, o, cast)):
            return True
    return False


def _party_epithet(words: list[str]) -> bool:
    """A party's member named by the party alone, a person's epithet (‘the Republican’, ‘the
    Democrat’), never the party itself (‘the Republicans’, ‘the Democratic Party’).

    >>> _party_epithet(["the", "Republican"]), _party_epithet(["the", "Republicans"]), _party_epithet(["Democrat"])
    (True, False, False)
    """
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in PARTY_LETTERS


def _state_holder(text: str, forms: tuple[str, ...], head: str, cast: Cast, before: int) -> Person | None:
    """The one person named before ``before`` with a party's letter and this state set off after the
    name (‘Sen. Sherrod Brown (D-Ohio)’) or the state before or after it (‘Ohio Sen. X’, ‘Rep. X of
    Ohio’), of the epithet's party or office."""
    fits = []
    for p in _named_before(cast, before):
        for start, end in p.spots[:6]:
            if start >= before:
                break
            label = RE_PARTY_STATE.match(text, end)
            state = label is not None and label.group(2).strip() in forms
            state = state or text.startswith(f" of {forms[0]}", end) or _state_before(text, forms[0], start) \
                or any(r.startswith(forms[0] + " ") for r in cast.roles_of(p))  # (‘Texas Sen. Ted Cruz’ read whole)
            if not state:
                continue
            lead = text[max(0, start - 24):start]
            lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1:]  # (the words before the name in its own sentence)
            roles = " ".join([lead, *cast.roles_of(p)]).lower()
            if not head:
                ok = True  # (a state's own people, of any party or office: "the Texan")
            elif head in PARTY_LETTERS:
                ok = (label is not None and label.group(1) == PARTY_LETTERS[head]) or head in roles
            else:
                ok = head in ("lawmaker", "legislator") or any(
                    regex.search(rf"\b{t}\b", roles) for t in EPITHET_TITLES.get(head, (head,)))
            if ok:
                fits.append(p)
                break
    return _only_one(fits)


def _state_before(text: str, state: str, start: int) -> bool:
    """The state opens the title right before the name at ``start`` (‘Texas Sen. Ted Cruz’, ‘Ohio
    state Rep. X’), never another's (‘Texas Gov. Greg Abbott and Sen. Dick Durbin’).

    >>> t = "Texas Gov. Greg Abbott and Sen. Dick Durbin"
    >>> _state_before(t, "Texas", t.index("Greg")), _state_before(t, "Texas", t.index("Dick"))
    (True, False)
    """
    lead = text[max(0, start - 30):start]
    k = lead.rfind(state + " ")
    if k < 0:
        return False
    between = lead[k + len(state) + 1:].split()
    return len(between) <= 3 and not any(w in ("and", "or", "&") or w.endswith((",", ";")) for w in between)


#: A verb of the lede's kind of words right after a titled name (‘…, wrote that’, ‘ said’).
RE_TITLED_SPEAKS = LazyPattern(r"(?:,[^,.]{1,60},)? (?:wrote|said|says|ruled|rules|told|found|concluded|added|called)\b")

#: Words that make a titled name another case's or another time's (‘in a separate case’).
RE_OTHER_CASE = LazyPattern(r"\b(?:separate|another|other|earlier|previous|last year)\b")


def _titled_next(text: str, description: str, head: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one person the next paragraphs name with the lede's noun as their title (‘U.S. District
    Judge Miriam Castellanos’ for ‘A federal judge’), new to the article there; never another
    office of that noun (‘Finance Minister Rohan Mehta’ for ‘The prime minister’)."""
    pattern = regex.compile(rf"\b{regex.escape(head)}\b", regex.I)
    found = []
    for lo, hi in paras:
        for run in RE_NAME_RUN.finditer(text, lo, hi):
            words = run.group().split()
            title, name = split_title(words)
            if not title or not name or len(name) < 2 or pattern.search(title) is None \
                    or not _lede_office_fits(description, head, title, strict=False):
                continue
            ends = sentence_ends(text, run.end(), hi)
            rest = text[run.end():ends[0] if ends else hi]
            speaks = RE_TITLED_SPEAKS.match(rest)
            if RE_OTHER_CASE.search(rest) is not None or speaks is None \
                    or any(w in ANSWERING_WORDS for w in RE_WORD.findall(speaks.group().lower())):
                continue  # (the one whose words the sentence reports: never ‘Judge Ann Lowe, in a separate case,
                # upheld …’, ‘The budget's author, Alderman Tom Bell, defended it’, nor one who answers:
                # ‘Transport Minister Sipho Nkosi, however, said’)
            p = cast.resolve(Mention(run.end() - len(" ".join(name)), run.end(), " ".join(name), "name"))[0]
            if p is not None and p.kind == "name" and text.find(name[-1], 0, paras[0][0]) < 0:
                found.append(p)
    return _only_one(found)


#: A place's, opening a lede's office (‘Argentina's economy minister’, ‘Britain’s foreign secretary’).
RE_PLACE_OWNS = LazyPattern(r"\p{Lu}\p{Ll}+[’']s")

#: The lede's speaker speaking again right after their name (‘Andrew Holloway told Eastmere FM's Drive
#: programme on Monday that’ after ‘The chief constable of Eastmere Police has said …’).
RE_LEDE_SPEAKS_AGAIN = LazyPattern(r"(?:, (?:speaking|writing|appearing) [^,.;“”\"]{1,60},)? (?:told|said|says|tells|wrote|writes"
                                  r"|made (?:the|these|those) (?:remarks|comments)\b"
                                  r"|(?:was |is )?(?:giving|gave) evidence|testified|(?:was|is) testifying)\b")

#: The lede's words named again as the remarks of the one the next paragraph names, not new words of
#: theirs (‘Yoshiro Kanemaki made the remarks at a news conference’, ‘X was speaking in Marsabit’).
#:
#: >>> bool(RE_LEDE_REMARKS_AGAIN.match(" was speaking in Marsabit")), bool(RE_LEDE_REMARKS_AGAIN.match(" said on Monday"))
#: (True, False)
RE_REMARKS_ELSEWHERE = LazyPattern(r"\b(?:when|where|as|and|but) (?:he|she|they) \p{Ll}+|\b(?:later|earlier|last week|last month)\b"
                                   r"|\b(?:alongside|with) (?:the|his|her)\b")

RE_LEDE_REMARKS_AGAIN = LazyPattern(r" (?:made|delivered) (?:the|these|those|his|her) (?:remarks|comments)\b"
                                    r"| (?:was|is) speaking (?:at|in|to|on|during|after|before)\b")

#: A phrase of where or how opening the paragraph after a lede, before the one it names (‘In a
#: pastoral letter read at every Mass, Bishop X wrote’, ‘Speaking at the summit on Monday, X said’):
#: no name of its own before its comma.
RE_LEDE_NEXT_OPENING = LazyPattern(r"(?:In an? |Speaking |Writing |Addressing |Appearing |Testifying |Giving evidence )[\p{Ll}\d][^,.;:“”\"‘’]{0,100}?, (?=\p{Lu})")

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


def _withheld_surname_clause(text: str, end: int) -> bool:
    """The "who" clause after an epithet of age says the surname is kept back (‘said the
    29-year-old, who fled the northwest and asked that his last name not be used’): one the article
    has named by a given name alone, so the epithet stands for them as for any other named
    subject (a "who" clause may otherwise bring in someone new). Reads the clause's sentence only.

    >>> _withheld_surname_clause("said the 34-year-old, who asked that her surname not be used.", 21)
    True
    >>> _withheld_surname_clause("said the 34-year-old, who moved here in May.", 21)
    False
    """
    stop = min((k for k in (text.find(". ", end), text.find("\n", end), text.find("”", end)) if k >= 0), default=len(text))
    return RE_SURNAME_WITHHELD.search(text, end, min(stop, end + WITHHELD_CLAUSE_CHARS)) is not None


def _age_epithet_fits(text: str, sp: Span, mention: Mention, one: tuple[int, Person], age: str, cast: Cast) -> bool:
    """The person just named as a subject (``one``: where, who) may be "the 47-year-old" at
    ``mention``: never one acted on ('Tom Ray died'), given another age, holding an office an age
    epithet never stands for (‘Coach Dan Miller praised his young quarterback. “…,” the 19-year-old
    said’), of the other sex than the words after it tell (‘as she stood’), or named in the
    quotation; nor when it speaks of "he" or "she" (it may be said of them)."""
    at, p = one
    if text.startswith(("He ", "She ", "His ", "Her "), sp.start) \
            or RE_DONE_TO.search(text, at, min(sp.open_at, at + len(p.name) + 40)) \
            or _aged_otherwise(text, age + "-year-old", p.name.split()[-1], sp.start) \
            or any(w in text[sp.start:sp.end] for w in p.name.split() if len(w) > 2):
        return False
    last = p.name.rsplit(" ", 1)[-1]
    name_end = text.find(last, at, at + len(p.name) + 1)
    set_off = RE_SET_OFF_PHRASE.match(text, name_end + len(last)) if name_end >= 0 else None
    heads = [description_head(r) or r.replace(".", "").rsplit(" ", 1)[-1].lower()
             for r in [*cast.roles_of(p), *([set_off.group(1)] if set_off else [])] if r.strip()]
    if any(w in OFFICE_NOUNS for w in heads):
        return False  # (an office: ‘Priya Nair, the council leader, announced …’; never ‘a principal dancer’)
    if p.gender is None:
        return True
    lo = max(0, mention.start - 60)
    before = [m.group().lower() for m in RE_SEX_WORD.finditer(text, lo, mention.start)
              if not sentence_ends(text, m.end(), mention.start)]  # (‘In a statement read by his lawyer, the 21-year-old said’)
    after = RE_SEX_WORD.search(text, mention.end, min(len(text), mention.end + 60))
    told = [*before[-1:], *([after.group().lower()] if after is not None else [])]
    return all((w in ("he", "his", "him")) == (p.gender == "m") for w in told)


#: Offices whose holders an epithet of age after another's story never stands for (the coach, the
#: council leader, the headteacher speak of others).
OFFICE_NOUNS = frozenset("""
coach manager senator leader headteacher headmaster headmistress spokesperson spokesman spokeswoman mayor
minister president director chief officer official secretary chairman chairwoman chair governor councillor councilor
councilman councilwoman judge prosecutor commissioner superintendent sheriff referee umpire
inspector detective constable sergeant captain representative congressman congresswoman lawmaker mp
""".split())

#: A pronoun that tells a sex (after an epithet: ‘the 66-year-old retiree said as she stood’).
RE_SEX_WORD = LazyPattern(r"\b(?:he|his|him|she|her)\b", regex.I)


def _aged_otherwise(text: str, age: str, surname: str, at: int) -> bool:
    """The article gives the person of this surname another age than ``age`` ("45-year-old")
    before ``at``: ‘Tom Price, 29, scored once. “…,” said the 45-year-old’ is someone else."""
    return any(named.group("age") + "-year-old" != age and named.group("name").endswith(surname)
               for named in RE_NAMED_AGE.finditer(text, max(0, at - AGE_REACH), at))


#: One played by an actor, named after the verb or before "played by" (‘who has played barmaid
#: Rita Cole since 1998’, ‘Jean, played by Ruth Gale,’): a character, never a speaker.
RE_PLAYED_BEFORE = regex.compile(r"\b(?:play(?:s|ed|ing)|portray(?:s|ed|ing)|voic(?:es|ed|ing)) (?:the )?(?:[\p{Ll}\-]+ ){0,3}$")
RE_PLAYED_AFTER = regex.compile(r",? (?:who is |who was )?(?:played|portrayed|voiced) by\b")


#: A pronoun of a person in the clause right after a name (‘X is opening up about her divorce’, ‘X has
#: begun his military service’): the name is a person's.
RE_OWN_PRONOUN_AFTER = regex.compile(r"[^.!?\n“”\"]{0,80}?\b(?:his|her|he|she)\b")


#: Words in the sentence that first names someone that make them a fan, a victim or a suspect, never
#: the star a later "the singer" stands for.
RE_NOT_THE_STAR = regex.compile(r"\b(?i:superfan|(?:a|one|the|young|lifelong) fan|arrested|charged|injured|stabbed|killed"
                                r"|died|victim|suspect|queued|crushed|named the|jailed|sentenced)\b")

#: A work and its maker named after "by" (‘the new play by Rosa Lind’, ‘a 2016 novel by Tom Hale’,
#: ‘the opera, “Salt,” by Ana Ruiz’): the work's noun in group 1, the maker's name in group 2.
RE_WORK_BY = LazyPattern(r"\b(" + "|".join(sorted(WORK_MAKERS)) + r")s?,? (?:[“\"‘][^”\"’]{1,80}[”\"’],? )?by ("
                         r"\p{Lu}[\p{L}\-’']+(?: \p{Lu}[\p{L}\-’']+)+)")


#: A second credit of a work (‘with music by X’, ‘lyrics by X’, ‘a libretto by X’): another maker.
RE_OTHER_CREDIT = LazyPattern(r"\b(?i:music|score|songs|lyrics|libretto|book|words|adaptation|screenplay|translation|translated|adapted|directed|staged) by (?:(?:her|his|their|the) [\p{Ll}\-]+,? )?\p{Lu}")

MAKER_TRADES = frozenset(t for trades in WORK_MAKERS.values() for t in trades)


def _maker_of_work(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one person the article names before ``mention`` as the maker of a work (‘the new play by
    Rosa Lind’), for "the <maker's trade>" (WORK_MAKERS: ‘the playwright’, ‘the novelist’), when no
    trade of anyone's holds it. None when two makers of such a work are named, or one of the trade
    is brought in unnamed (‘a fellow playwright’), or the words point at someone else (‘the other
    playwright’)."""
    words = mention.text.lower().split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in MAKER_TRADES \
            or any(w in OTHER_STAR_WORDS for w in words[1:-1]):
        return None  # (the search of the text before only for a maker's trade)
    trade = words[-1]
    makers = {}
    for work in RE_WORK_BY.finditer(text, 0, mention.start):
        if trade in WORK_MAKERS[work.group(1).lower()]:
            p = cast.resolve(Mention(work.start(2), work.end(2), work.group(2), "name"))[0]
            if p is None or p.kind != "name" or p.plural or is_organisation(p.name.split()):
                return None
            makers[id(p)] = p
    if makers and RE_OTHER_CREDIT.search(text, 0, mention.start) is not None:
        return None  # (guard: another maker credited besides: ‘the musical by Tina Fey, with music by Jeff
        # Richmond, …. “…,” the composer said’ is no word of Fey's)
    if len(makers) != 1 or regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}{regex.escape(trade)}\b",
                                        text[:mention.start]) is not None:
        return None
    return next(iter(makers.values()))


def _sole_star(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one person the article has named before ``mention``, for "the <words> <trade>" with a
    star's trade (STAR_TRADES): entertainment copy calls the star it is about ‘the Scottish singer’,
    ‘the former Malibu Nights star’, ‘the actor’ once it has named them (‘Headliner Niamh Carr
    pulled out of the festival. / The Scottish singer, 28, told fans she was “…”’). None when anyone
    else is named before it (a character one plays is no one: ‘Gwen Harlow, who has played barmaid
    Rita Cole since 1998,’), when its words point at someone else (‘the other actor’), when someone
    unnamed of that trade is brought in before (‘a fellow singer’), when the trade's sex is not
    theirs, or when the article gives them an office (‘Prime Minister Ana Costa’ is no actor)."""
    words = mention.text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the" or words[-1].lower() not in STAR_TRADES \
            or any(w.lower() in OTHER_STAR_WORDS for w in words[1:-1]) \
            or text.startswith((", who ", " who "), mention.end):
        return None
    head = words[-1].lower()
    people = {id(p): p for p in itertools.chain(cast.by_surname.values(), *cast.namesakes.values())
              if p.kind == "name" and p.spots and any(s < mention.start for s, _ in p.spots)}
    fits = []
    for p in people.values():
        if p.plural or p.placelike or cast.firm_named(p) or is_organisation(p.name.split()) or (
                not p.personlike and (p.name.rsplit(" ", 1)[-1].lower() in EVENT_WORDS
                                      or any(w in PLACE_HEADS for w in p.name.split()))):
            continue  # (any other name counts, a person's or not, but an event's or a place's: ‘Greenfield
            # Festival’, ‘Harbour Street’; only one may be in the story)
        if all(RE_PLAYED_BEFORE.search(text, max(0, s - 60), s) or RE_PLAYED_AFTER.match(text, e)
               for s, e in p.spots if s < mention.start):
            continue  # (a character, only ever named as one played)
        fits.append(p)
    if len(fits) != 1:
        return None
    p = fits[0]
    first = min(p.spots)
    s_lo = max(text.rfind(c, 0, first[0]) for c in ".!?\n") + 1
    s_hi = min((k for k in (text.find(c, first[1]) for c in ".!?\n") if k >= 0), default=len(text))
    if RE_NOT_THE_STAR.search(text, s_lo, s_hi) is not None:
        return None  # (the one named is a fan, a victim or a suspect: ‘Jake Moss, 24, was arrested after he rushed
        # the stage. / The singer stopped the show’)
    if not (p.personlike or p.titled or p.who or RE_OWN_PRONOUN_AFTER.match(text, first[1])):
        return None  # (something must say the name is a person's: ‘Dana Whitford is opening up about her divorce’)
    sex = GENDERED_NOUNS.get(head) if head != "actor" else None  # (‘the actor’ is said of women too)
    if sex not in (None, p.gender) \
            or any(w in ROLE_NOUNS and w not in STAR_TRADES and w not in EPITHET_ROLES and w not in KIN_NOUNS
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()) \
            or regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}(?i:{regex.escape(head)})\b",
                            text[:mention.start]) is not None:
        return None
    return p


#: A subject's feeling as its sentence's subject (‘Lindqvist’s frustration was clear on the radio’), :data:`FEELING_NOUNS`:
#: a possessor that is the one the paragraph is about, as ‘Lindqvist was frustrated’ (never ‘Hansen’s car was
#: damaged’, ‘Okafor’s lawyer said’).
RE_OWN_FEELING = LazyPattern(r"[’']s (?:[\p{Ll}\-]+ )?(?:" + "|".join(sorted(FEELING_NOUNS)) + r") (?:was|were|is|are)\b")


def _other_named_before(cast: Cast, p: Person, at: int) -> bool:
    """Someone other than ``p`` named in full before ``at``: a nationality epithet after an official's
    speech may be theirs (‘Jose Mourinho was furious. Referee Anthony Taylor said …. “…,” said the Portuguese’)."""
    return any(q is not p and q.kind == "name" and not q.plural and any(s < at for s, _ in q.spots)
               for q in cast.by_surname.values())


#: Nationality words an epithet may hold before a role (‘the French director’): after "the", "French",
#: "Welsh" and "English" are no surnames.
EPITHET_NATIONS = NATIONALITY_WORDS | frozenset({"french", "welsh", "english"})


#: Words that make a role a person's life story, not their part in a scene (‘the former trucking
#: executive’, ‘the outgoing premier’, ‘the veteran lawmaker’): a reporter's second name for the
#: one just named, where ‘the judge’ or ‘the moderator’ may be anyone in the room.
BIOGRAPHY_QUALIFIERS = frozenset("former outgoing retired veteran longtime long-serving onetime one-time erstwhile".split())


#: The qualifiers of a career that put the office in the past (never ‘outgoing’, ‘veteran’: the office held now).
PAST_QUALIFIERS = frozenset("former retired onetime one-time erstwhile".split())

#: Another who holds or held the post: ‘his predecessor’, ‘her successor’.
RE_OTHER_HOLDER = regex.compile(r"(?i)\b(?:predecessors?|successors?)\b")


def _holds_now(text: str, p: Person, head: str, cast: Cast) -> bool:
    """The article gives ``p`` the office ``head`` as held now: a title before the name (‘Chancellor Olaf
    Brandt’, ‘Mayor Tom Reid’) or a role with that noun and no qualifier of the past."""
    surname = regex.escape(p.name.rsplit(" ", 1)[-1])
    for m in regex.finditer(rf"(?i:\b{regex.escape(head)}) (?:\p{{Lu}}[\p{{L}}\-.]* ){{0,3}}{surname}\b", text):
        if not any(w in BIOGRAPHY_QUALIFIERS or w == "ex" for w in text[max(0, m.start() - 30):m.start()].lower().replace("-", " ").split()[-2:]):
            return True
    return any(head in r.lower().replace("-", " ").split() and not any(w in PAST_QUALIFIERS or w == "ex" for w in r.lower().replace("-", " ").split())
               for r in cast.roles_of(p))


def _biographical_epithet(words: list[str], head: str, p: Person, cast: Cast, stretch: str) -> bool:
    """A role with a qualifier of someone's career (:data:`BIOGRAPHY_QUALIFIERS`), for a person the
    article gives no other office or party's role (‘Ostrander did not concede. … the former trucking executive said’;
    never ‘Finance Minister Rohan Mehta … the former prime minister said’), nor a role of another
    party in a scene (‘the former prosecutor’), nor one the stretch after the subject describes by
    that noun (‘Tom Reid met the former mayor. “…,” the former mayor said’)."""
    if head in OTHER_PARTY_ROLES or not any(w in BIOGRAPHY_QUALIFIERS for w in words[1:-1]) \
            or regex.search(rf"\b{regex.escape(head)}s?\b", stretch, flags=regex.I) is not None \
            or any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in stretch
                   for q in cast.by_surname.values()):
        return False  # (nor with anyone else named after the subject, even one spoken with: ‘Jean Tremblay spoke
        # with Ann Leduc. / “…,” the outgoing premier said’)
    if RE_OTHER_HOLDER.search(stretch) is not None:
        return False  # (nor when the stretch speaks of one before or after them in a post: ‘Chancellor Olaf
        # Brandt defended the plan. His predecessor was less convinced. / “…,” the former chancellor said’)
    if any(w in PAST_QUALIFIERS for w in words[1:-1]) and _holds_now(cast.text, p, head, cast):
        return False  # (a past office is never the one they hold now: ‘Chancellor Olaf Brandt … the former chancellor’)
    return not any((w in CIVIL_OFFICES or w in OTHER_PARTY_ROLES) and w != head
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split())  # (a trade may differ:
    # ‘Republican businessman Carl Ostrander … the former trucking executive’)


def _contest_epithet(words: list[str], head: str, p: Person, cast: Cast, stretch: str) -> bool:
    """A party's runner in a race (:data:`CONTEST_EPITHETS`: ‘the Labour candidate’, ‘the Democratic
    nominee’) for the person the paragraph before opens with, who is in that race (‘Priya Raman
    returned to Leeds …, as polling showed her Conservative rival gaining. / Speaking to supporters,
    the Labour candidate said …’): never one the article gives another party, nor when the stretch
    after the subject names anyone else or gives that noun to another (‘… met the Labour candidate’).

    >>> from quotesearch.speakers import Cast
    >>> t = "Priya Raman toured Leeds. "
    >>> c = Cast(t); p = c.resolve(Mention(0, 11, "Priya Raman", "name"))[0]
    >>> _contest_epithet(["the", "labour", "candidate"], "candidate", p, c, " toured Leeds.")
    True
    >>> _contest_epithet(["the", "labour", "candidate"], "candidate", p, c, " met the Labour candidate.")
    False
    """
    if len(words) != 3 or head not in CONTEST_EPITHETS or words[1] not in PARTY_WORDS \
            or regex.search(rf"\b{regex.escape(head)}s?\b", stretch, flags=regex.I) is not None \
            or any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in stretch
                   for q in cast.by_surname.values()):
        return False
    party = words[1][:5]  # (‘democrat’ and ‘democratic’, ‘republican’ and ‘republicans’ alike)
    return not any(w in PARTY_WORDS and w[:5] != party
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split())  # (never ‘Republican
    # Dana Cole … the Democratic nominee’)


#: The plural people noun right after a run of capitals, which is then their party's or place's
#: name, no one's (‘Progressive Conservative volunteers’, ‘Labour voters’).
RE_PEOPLE_AFTER_NAME = regex.compile(r"(?: \p{Lu}[\p{L}\-]*)* (\p{Ll}+s)\b")


def _paragraph_subject(text: str, sp: Span, cast: Cast, epithet: str,
                       paras: list[tuple[int, int]] | tuple = ()) -> Person | None:
    """The one named person the quotation's paragraph opens with as its subject ("Tate was
    modest.", "Senior forward Kiana Wells led Villanova …", "Brooks, who grew up nearby, said …"),
    or, for a quotation that opens its paragraph, the one the paragraph before opens with, for an
    epithet that can be a person's (never a body's, a plural, a paper's "the daily", or a pointer
    back, "the latter"); none when that stretch names anyone else, or its subject had something
    done to it ("was arrested", "was killed") or is a possessor."""
    words = epithet.lower().split()
    head = next((w for w in words if RE_AGE.fullmatch(w)), words[-1])  # ("the 28-year-old author": an age, first)
    if "-" in head and head.split("-")[0] in HYPHENED_RANKS and head.split("-")[-1] in ROLE_NOUNS:
        head = head.split("-")[-1]  # (an office's rank before it: ‘the vice-minister’ is a minister)
    lo, hi = sp.para_start, sp.open_at
    if hi <= lo:  # a quotation opening its paragraph: the paragraph before, whole
        if sp.paragraph == 0 or sp.paragraph > len(paras):
            return None
        lo, hi = paras[sp.paragraph - 1]
    nation = head if head in NATIONALITY_NOUNS else words[1].removesuffix("-born") if len(words) == 3 \
        and words[1].removesuffix("-born") in EPITHET_NATIONS else None  # (‘the French director’, ‘the Hungarian-born director’)
    listed = head in PERSON_EPITHETS or RE_AGE.fullmatch(head) or head in NATIONALITY_NOUNS or head in EPITHET_ROLES \
        or head in ("democrat", "republican") or (nation is not None and head in ROLE_NOUNS) \
        or (head in SEX_EPITHETS and len(words) == 2)  # (and a role with a nation, and ‘the woman’ alone)
    if not listed and head not in ROLE_NOUNS:
        return None  # (only an epithet of a person, or a role its sentence gives the subject below, or
        # one of a subject that speaks: never "the affidavit says", "the daily said")
    if hi - lo > 2 * CONTEXT_CHARS:
        return None  # (only near its paragraph's start, so that each quotation reads a bounded stretch)
    if (dateline := RE_DATELINE.match(text, lo, hi)) is not None:
        lo = dateline.end()  # (past a dateline: ‘VENICE — Ines Valcourt had been warned …’)
    ends = sentence_ends(text, lo, hi)
    toks = tokenize(text, lo, min(ends[0] if ends else hi, lo + CONTEXT_CHARS))
    if not toks or not toks[0].text[:1].isalpha():
        return None
    m = sentence_subject(text, toks, cast.knows)
    named = _clause_subject_before(text, toks, m, cast) if m is not None and m.kind == "pronoun" else None
    if named is not None:  # (the main clause's "she" of the name its opening clause gives: ‘When Ohio
        # state Rep. Jo Hale filed the bill, she called it …’; the verbs read are the main clause's)
        m = Mention(named.start, m.end, named.text, named.kind)
    feeling = RE_OWN_FEELING.match(text, m.end, hi) if m is not None else None
    if m is None or m.kind != "name" or (text.startswith(("’", "'"), m.end) and feeling is None) or (
            m.start > toks[0].start + 40 and not (toks[0].word in OPENING_PREPOSITIONS and text.rfind(", ", toks[0].start, m.start) > 0)
            and named is None):
        return None  # (near its start, or after an opening phrase: ‘During Leaders’ Questions in the Dáil on Tuesday,
        # Sinn Féin housing spokeswoman Órla Ní Bhraonáin said …’)
    aside = RE_ASIDE_AFTER_SUBJECT.match(text, m.end, hi)
    verb_at = m.end if aside is None else aside.end()
    said_from = _speaks(text, toks, m, cast)
    done_to_end = _relative_clause_at(text, verb_at, toks[-1].end)
    if said_from is not None and verb_at < said_from < done_to_end:
        done_to_end = said_from  # (nor for what their speech reports: ‘Perrot insisted that the scales had been
        # calibrated correctly’ is no act done to Perrot)
    if RE_DONE_TO.search(text, verb_at, done_to_end):
        return None  # ("John Smith, 45, was arrested": the one acted on, never the speaker; but not for their
        # aside's verb, ‘Lindqvist, who was cheered onto the podium, admitted’, nor a thing's in a clause
        # of its own after, ‘Gannon refused to blame the pitch, which had been criticised by both sides’)
    p, _ = cast.resolve(m if named is None else named)
    names = p.name.split() if p is not None else []  # (the person's words, read once)
    if p is None or p.kind != "name" or p.placelike or is_organisation(names) or names[-1].lower() in PLACE_NOUNS:
        return None
    if head in CIVIL_OFFICES and any(head in r.lower().split() and _other_office(r, head, [w for w in words[1:] if w != head])
                                     for r in cast.roles_of(p)):
        return None  # (another office of its kind: "the health minister" is no Junior Health Minister)
    if nation is not None and nation != head and any(w in ROLE_NOUNS and w != head for r in cast.roles_of(p)
                                                     for w in r.lower().replace("-", " ").split()):
        return None  # (a nation and a role only for one given no other office: never ‘Russian President Vladimir
        # Putin did not comment. “…,” the Russian diplomat said’)
    own, another = _nationalities_given(text, lo, hi, p, cast) if nation is not None else (False, False)
    if nation is not None and aside is not None and any(
            w.lower() in EPITHET_NATIONS and nation_stem(w.lower()) != nation_stem(nation)
            for w in RE_CAPWORD.findall(text, m.end, aside.end())):
        return None  # (another nation in the subject's own aside: ‘Tomasz Nowak, the Polish Socialist who leads the
        # talks, called it cruel. / “…,” the Spanish lawmaker said’)
    if another or (own and nation_stem(own) != nation_stem(nation)) or (
            GENDERED_NOUNS.get(head) is not None and p.gender is not None and GENDERED_NOUNS[head] != p.gender) \
            or (head in SEX_EPITHETS and p.gender != GENDERED_NOUNS[head]):
        return None  # (a nationality the paragraph gives someone else: ‘met the Canadian prime minister’; or
        # another one its subject: ‘Bulgarian Ivan Kolev was frustrated. “…,” the Serbian said’, ‘Lars
        # Eklund, the Swedish actor, … “…,” the French director said’; or the other sex: ‘the French actress’)
    if gender_of(names[0]) is None and (" " not in p.name or (
            head in NATIONALITY_NOUNS and not (p.titled or own or cast.roles_of(p)))):
        return None  # (a person's full name, or a given name the lists know: "Coco Gauff", never "Villa";
        # for a nationality, one the article gives them: "Ukrainian Andriy Volkov")
    if head in NATIONALITY_NOUNS and (
            (p.gender == "f" and head.endswith("man") and not head.endswith("woman"))
            or (p.gender == "m" and head.endswith("woman"))
            or ((said_from is None or _other_named_before(cast, p, m.start))
                and any(w in NEUTRAL_OFFICES for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()))):
        return None  # (never a woman for "the Dutchman", nor one who holds an office: ‘Referee Anthony
        # Taylor sent off two players. “…,” said the Portuguese’; unless the official's own speech is
        # reported: ‘The chief umpire, Jean Roux, insisted the scales were right. “…,” the Frenchman said’)
    # (or any role the sentence gives its subject, its own predicate: ‘Kojo Mensah-Hart is the most
    # talked-about rapper in London. “…,” the rapper says’; never another's role in the paragraph,
    # ‘Messi had a miserable night for the goalkeeper …’)
    predicated = head in ROLE_NOUNS and _predicate_of(head).match(text, m.end + 1, hi) is not None
    speaks = said_from is not None
    stretch = text[m.end:hi]
    if (k := stretch.lower().rfind(epithet.lower())) >= 0 and not sentence_ends(stretch, k, len(stretch)) \
            and sp.open_at > sp.para_start and len(stretch[k + len(epithet):].split()) <= 3:
        stretch = stretch[:k]  # (up to the epithet itself, when it tags the quotation: ‘…, the former teacher said “’;
        # never the epithet as the subject's object in the paragraph before: ‘Tom Reid met the former mayor.’)
    biographical = _biographical_epithet(words, head, p, cast, stretch) or _contest_epithet(words, head, p, cast, stretch)
    if not listed and not predicated and not biographical and not (
            speaks and sp.open_at > sp.para_start and head not in OTHER_PARTY_ROLES
            and _role_echoes(words[1:], _roles_given(text, p, cast))
            and (regex.search(rf"\b{regex.escape(head)}\b", text[lo:hi], flags=regex.I) is None
                 or any(head in r.lower().split() for r in p.roles))):
        return None  # (a role of a subject whose words its sentence reports, in the quotation's own
        # paragraph: ‘Father Dominic Ruiz said half of his parishioners …. “…,” the priest said’; never
        # one who answers or acts for another: ‘Tom Jones denied setting the fire. “…,” the prosecutor said’,
        # nor an office the stretch gives someone else: ‘After meeting the Minister of Finance, Ann Cole said …’)
    reacts = speaks or feeling is not None or RE_REACTS.match(text, m.end, hi) is not None or (
        any(w in DEMONYMS for w in words[1:-1]) and RE_LAUGHS.match(text, m.end, hi) is not None
        and GENDERED_NOUNS.get(head, p.gender) in (None, p.gender))  # (how they took it: ‘Mbeki laughed off
    # the threats.’, ‘Petrov … was visibly frustrated’)
    aside_end = aside.end() if aside is not None else m.end
    if (stance := RE_REACTS.match(text, m.end, hi)) is not None and (than := RE_THAN_SOMEONE.match(text, stance.end(), hi)):
        aside_end = max(aside_end, than.end())  # (one they are compared with is no one else described:
        # ‘Holm was more forthright than his manager. “…,” the Norwegian midfielder said’)
    if head in GENERIC_PLAYER_EPITHETS and _own_position(text, m.end, hi) in SPORTING_POSITIONS | SPORT_POSITIONS:
        predicated = True  # (a generic word for the position the subject's own appositive gives: ‘Jack, 33, a
        # midfielder nicknamed “Langers”, joined …. / “…,” the athlete says’)
    if head in EPITHET_ROLES and head not in PERSON_EPITHETS and not predicated and not biographical and (not reacts or any(
            s_ >= aside_end - lo for s_, _ in people_words(text[lo:hi]))):
        return None  # a trade or a position only for a subject that speaks: ‘Alldritt admitted …. “…,”
        # the number eight said’ (never ‘Messi scored from a free kick. “…,” the keeper said’), with
        # no one else described after it (‘Maria Lopez told the jury she had known the man …. “…,”
        # the defendant said’)
    if head in SCHOLAR_TRADES and regex.search(rf"\b{head}s?\b", text[aside_end:hi], flags=regex.I) is not None:
        return None  # (a scholar's trade the stretch gives someone after its subject: ‘Quiroga doubted it. The
        # astronomer behind the claim disagreed. “…,” the astronomer said’)
    if text.startswith(("He ", "She ", "His ", "Her "), sp.start) and not reacts \
            and not (head in SEX_EPITHETS and p.gender != ("m" if text.startswith(("He ", "His "), sp.start) else "f")):
        return None  # (‘Mbappe scored twice. “He is unstoppable,” the rookie said’: maybe said of him (but "the
        # woman" is never the words' "he": ‘The boy's aunt, Sharon Whyte, wept …. “He was a good child,” the
        # woman said’); but ‘Gauff admitted she had struggled. “Her ball is heavier,” the 20-year-old said’)
    if (state_ := RE_STATE_EPITHET.fullmatch(epithet)) is not None and (head in ("democrat", "republican") or state_.group(1) in US_STATE_FORMS) \
            and _party_or_state_told(text, p, cast, state_.group(2).title() if head in ("democrat", "republican") else None,
                                     state_.group(1)):
        return None  # (a party's or a state's epithet only for one the article gives no other party nor state:
        # never ‘Sen. Ron Wyden, D-Ore., called …. “…,” the Oregon Republican said’, nor "the Texas senator")
    if _party_epithet(words) and (_party_or_state_told(text, p, cast, head.title(), None)
                                  or _party_told_in_sentence(text, p, head.title(), sp.start)
                                  or _party_held_by_other(text, p, cast, head.title())):
        return None  # (guard: nor the other party told in a sentence of its own, ‘Fry was elected as a
        # Democrat’, nor the same party given to someone else named, ‘Sen. Mark Dunn, R-Texas, …’)
        #  # (nor the party alone for one given the other: ‘Gov. Ann Fry, a Democrat, …. “…,” the Republican said’)
    age = RE_AGE.search(epithet)
    if age is not None and _aged_otherwise(text, age.group(), names[-1], sp.start):
        return None  # (‘Watkins, 29, scored. “…,” said the 45-year-old’: someone else's age)
    if age is not None and any(n.group("age") + "-year-old" == age.group() and not n.group("name").endswith(names[-1])
                               for n in RE_NAMED_AGE.finditer(text, lo, hi)):
        return None  # (nor an age the stretch gives another too: ‘Tom Reed, 30, and Sam Hill, 30, both scored. /
        # “…,” the 30-year-old said’)
    if head in SEAT_EPITHETS and not any(w.lower() in SEAT_EVIDENCE or w.lower() in words[1:] or (w.isupper() and 1 < len(w) < 6)
                                         for r in cast.roles_of(p) for w in r.replace("’s", "").replace("'s", "").split()):
        return None  # (a member only: ‘Labour’s Jess Harlow’, ‘Sinn Féin’s housing spokesman X’, ‘EPP group
        # chair X’; never ‘Council leader Paul Dennett … the Salford MP said’)
    if any(w in ROLE_NOUNS and regex.search(rf"\b[Tt]he {w}\b", text[sp.start:sp.end], flags=regex.I)
           for r in cast.roles_of(p) for w in r.lower().split()):
        return None  # (never one the words speak of by their office: ‘Policing Minister Chris Philp said …. “A child
        # was strip-searched and the minister thinks that is fine,” the Brent East MP said’)
    if head not in NATIONALITY_NOUNS and words[-1] not in NATIONALITY_NOUNS and head not in SEAT_EPITHETS \
            and not any(w in r.lower().split() for r in p.roles for w in words[1:]) \
            and any(w in ROLE_NOUNS and w not in EPITHET_ROLES and w not in PERSON_EPITHETS and w not in KIN_NOUNS
                    and w != head and not (_party_epithet(words) and w.rstrip(".") in PARTY_HELD_OFFICES)
                    for r in p.roles for w in r.lower().replace("-", " ").split()):
        return None  # ("Coach Dan Miller … the rookie receiver said": another's office (an elected one is a
        # party's: ‘Delegate Marcus Hale …. “…,” the Democrat said’); but "Joseph
        # Otieno, a maize farmer, …" is "the 58-year-old", "Dortmund's captain" "the midfielder")
    # nobody else named in the stretch before the quotation (a full name, a given name the lists
    # know, or the surname of someone else the article names: ‘Bryan Mbeumo had given the
    # visitors an early lead, but Watkins equalised’)
    surname = names[-1]
    opening_end = text.rfind(", ", toks[0].start, m.start) if m.start > toks[0].start + 40 else -1  # (an opening
    # phrase's own words: ‘During Leaders’ Questions in the Dáil on Tuesday,’)
    for run in RE_CAPWORD.finditer(text, lo, hi):
        w = run.group()
        if run.start() < opening_end and gender_of(w) is None \
                and ((other_ := cast.by_surname.get(w.lower())) is None or not other_.personlike):
            continue
        if text[run.start() - 1:run.start()] in ("“", '"') or text.startswith(("”", '"'), run.end()):
            continue  # (a nickname in marks: ‘Pickering, known as “Big Sam” …, took 402 wickets’)
        if _title_in_marks(text, run.start()):
            continue  # (nor a work's title in marks the cast took for a name: ‘his new memoir, “Standing
            # Firm: An American Reckoning,”’)
        if (people := RE_PEOPLE_AFTER_NAME.match(text, run.end())) is not None and people.group(1)[:-1] in DESCRIPTION_NOUNS \
                and ((other_ := cast.by_surname.get(w.lower())) is None or not other_.personlike) and gender_of(w) is None:
            continue  # (a party's or a place's name before its people: ‘a ballroom of Progressive Conservative volunteers’)
        if m.end <= run.start() < aside_end:
            continue  # (others in the subject's own aside: ‘Arata, who had to fend off Diego Serrano, was
            # pleased’)
        if run.start() >= aside_end and text.startswith(("’s ", "'s "), run.end()) and head in NATIONALITY_NOUNS:
            continue  # (an owner in the subject's predicate: ‘Brandvold … disputed Fleming's version of events.
            # / “…,” the Norwegian said’)
        if said_from is not None and said_from <= run.start() < toks[-1].end:
            continue  # (or in what the subject said: ‘Henrik Dahl … said Lowther was “absolutely right” ….
            # / “…,” the 47-year-old Dane said’)
        if run.start() < m.start and m.start - run.start() < 60 \
                and any(w.lower() in ROLE_NOUNS for w in text[run.end():m.start].split()) \
                and any(r.endswith(text[run.start():m.start].strip()) for r in cast.roles_of(p)):
            continue  # (a word of the title right before the subject's name: ‘Chelsea boss Marco Ferrante’,
            # whose "Chelsea" is no woman)
        if m.role and run.start() >= m.start - len(m.role) - 1 and run.end() < m.start \
                and text.startswith(m.role, m.start - len(m.role) - 1) and _tag_word(m.role.rsplit(" ", 1)[-1]) \
                and gender_of(w) is None and not ((other_ := cast.by_surname.get(w.lower())) is not None and other_.personlike):
            continue  # (nor a word of the tag the subject's own mention opens with, a noun in lower case
            # closing it: ‘LOVE Villa hunk Kai Brennan’, ‘TOWIE star Dean Marsh’; never a credit line's ‘Neilson
            # Barnard via Getty Images’)
        if not (m.start <= run.start() < (m.end if named is None else named.end) or w == surname):
            other = cast.by_surname.get(w.lower())
            if other is not None and not other.personlike and any(w in r.split() and any(x.lower() in ROLE_NOUNS for x in r.split())
                                                                  for r in cast.roles_of(p)):
                continue  # (a body in the subject's own title: ‘Sinn Féin housing spokeswoman Órla Ní Bhraonáin’)
            if other is not None and not other.personlike and text.endswith(other.name, 0, run.end()) \
                    and text[max(0, run.end() - len(other.name) - 6):run.end() - len(other.name)].endswith(("told ", " to ")):
                continue  # (whom they spoke to, an outlet: ‘Mensah told Sky Sports he …’)
            if other is not None and not other.personlike and other.name.endswith(LAW_NAME_END_WORDS) and " " in other.name:
                continue  # (nor a law's name: ‘introduced the Energy Freedom and Local Control Act’)
            if (other is not None and other is not p and not other.placelike and (
                    other.personlike or head not in NATIONALITY_NOUNS or (
                    _full_personal_name(other) and not RE_AFTER_BODY_PREPOSITION.search(
                        text, max(lo, run.start() - 40), max(lo, text.rfind(other.name, lo, run.end())))))) \
                    or gender_of(w) is not None:
                return None  # (but a team with nothing of a person's is no one: ‘won for Vektor Racing’)
    return p


def _clause_subject_before(text: str, toks: list, pronoun, cast: Cast):
    """The named subject of the clause that opens a sentence whose main clause's subject is
    ``pronoun`` (‘When Ohio state Rep. Jo Hale filed the bill in May, she said …’, ‘After Dr Amina
    Bello left the ward, he …’ is no one's): a name the pronoun's sex fits, else none."""
    if toks[0].word not in SUBORDINATE_OPENERS or pronoun.text.lower() not in ("he", "she"):
        return None
    k = next((i for i, t in enumerate(toks) if t.start == pronoun.start), 0)
    if k < 3 or toks[k - 1].text != "," or any(t.text in (",", ";", "—") for t in toks[1:k - 1]):
        return None  # (one opening clause, set off by its comma right before the pronoun)
    sub = sentence_subject(text, toks[1:k - 1], cast.knows)
    if sub is None or sub.kind != "name" or sub.start > toks[1].start + 30:
        return None
    p, _ = cast.resolve(sub)
    sex = "f" if pronoun.text.lower() == "she" else "m"
    return sub if p is not None and p.kind == "name" and p.gender == sex else None


def _tag_word(word: str) -> bool:
    """A noun in lower case that closes a tag before a name (‘hunk’, ‘star’, ‘winner’), never a
    preposition or another function word (‘via’, ‘of’).

    >>> _tag_word("hunk"), _tag_word("via"), _tag_word("Villa")
    (True, False, False)
    """
    return word.isalpha() and word.islower() and len(word) > 2 and word not in FUNCTION_WORDS \
        and word not in TAG_PREPOSITIONS


def _title_in_marks(text: str, at: int) -> bool:
    """The capitalised word at ``at`` lies in a title in marks: every longer word between the
    opening mark and the closing one is capitalised (‘his memoir, “Standing Firm: An American
    Reckoning,”’, ‘the podcast “The Long Game”’), a book's, a show's or a film's name, no one named;
    never a quotation's words (‘“Mills is wrong,” she said’).

    >>> t = 'his memoir, “Standing Firm: An American Reckoning,” which Hale called “Mills is wrong”'
    >>> _title_in_marks(t, t.index("Firm")), _title_in_marks(t, t.index("Mills")), _title_in_marks(t, t.index("Hale"))
    (True, False, False)
    """
    lo = max(text.rfind("“", max(0, at - 80), at), text.rfind('"', max(0, at - 80), at))
    if lo < 0 or text.rfind("”", lo, at) >= 0 or text.rfind("\n", lo, at) >= 0:
        return False
    close = text.find("”" if text[lo] == "“" else '"', at, at + 80)
    words = RE_WORD.findall(text, lo + 1, close) if close > 0 else []
    return 1 < len(words) <= 10 and all(w[0].isupper() for w in words if len(w) > 3)


#: What opens a clause about something in a subject's predicate (‘refused to blame the pitch, which
#: had been criticised’): what is done in it is not done to the subject.
RELATIVE_OPENERS = (", which ", ", where ", ", whose ")
#: The same, after an aside that took their comma (‘…, refused to blame the pitch, which …’).
RELATIVE_OPENERS_NO_COMMA = tuple(opener[1:] for opener in RELATIVE_OPENERS)


def _relative_clause_at(text: str, lo: int, hi: int) -> int:
    """Where the first relative clause set off in ``text[lo:hi]`` opens (else ``hi``).

    >>> t = "Gannon refused to blame the pitch, which had been criticised."
    >>> t[:_relative_clause_at(t, 0, len(t))]
    'Gannon refused to blame the pitch'
    >>> t = "Gannon, who led them up, refused to blame the pitch, which had been criticised."
    >>> _relative_clause_at(t, t.index(" which"), len(t)) == t.index(" which")
    True
    """
    if text.startswith(RELATIVE_OPENERS_NO_COMMA, lo):
        return lo  # (right after an aside that took its comma: ‘…, refused to blame the pitch, which …’)
    return min((at for opener in RELATIVE_OPENERS if (at := text.find(opener, lo, hi)) >= 0), default=hi)


#: A preposition a team's or a body's name follows (‘won for Vektor Racing’, ‘a deal with Acme Ltd’).
RE_AFTER_BODY_PREPOSITION = LazyPattern(r"\b(?:for|with|at|from|of|by|against) \Z")


def _full_personal_name(p: Person) -> bool:
    """A name of two or three words that reads as no body's (‘Kane Williamson’; never ‘Vektor Racing’)."""
    words = p.name.split()
    return p.kind == "name" and 2 <= len(words) <= 3 and not is_organisation(words) \
        and words[-1].lower() not in TEAM_WORDS and words[-1].lower() not in BUSINESS_WORDS and words[-1].lower() not in ORG_WORDS


#: An aside set off right after a subject (‘, 33, who has held the WBX title since 2021,’).
RE_ASIDE_AFTER_SUBJECT = LazyPattern(r"(?:, [^,.;:“”\"]{1,90}){1,2},")


#: What a name's appositive calls them (‘, 74, a retired school librarian,’).
RE_APPOSITIVE_ROLE = LazyPattern(r", (?:\d{1,3}, )?((?:an?|the) [^,.;:“\"\n]{1,60}),")


def _own_position(text: str, at: int, hi: int) -> str | None:
    """The head of an appositive with "a" right after a subject's name (at ``at``), past an age: the
    last word of ‘, a midfielder’, ‘, 33, a veteran Irish sprinter’, before any clause after it.

    >>> t = 'Jack, 33, a midfielder nicknamed “Langers”, joined'
    >>> _own_position(t, 4, len(t)), _own_position("Jo joined", 2, 9)
    ('midfielder', None)
    """
    m = RE_OWN_POSITION.match(text, at, hi)
    return m.group(1).lower() if m is not None else None


#: An appositive's noun with "a" after a subject's name (‘, a midfielder’, ‘, 33, a veteran Irish sprinter who’).
RE_OWN_POSITION = LazyPattern(r"(?:, \d{1,3})?, an? (?:[\p{L}\-]+ ){0,2}?(\p{Ll}[\p{Ll}\-]+)\b(?= nicknamed\b| known\b| who\b|,| from\b| for\b| with\b)")


def _role_echoes(words: list[str], roles: list[str]) -> bool:
    """The words of an epithet echo a role the article gives the person: a word of it, or one
    sharing its first five letters (‘the former councilwoman’ of ‘Former council member’; never ‘the
    director’ of a novelist)."""
    own = [x for r in roles for w in r.lower().replace("-", " ").split()
           for x in (w, *TITLE_WORDS.get(w.rstrip("."), ())) if len(x) >= 4]  # ("Sen." is a senator)
    return any(w == o or (len(w) >= 5 and len(o) >= 5 and w[:5] == o[:5]) for w in words if len(w) >= 4 for o in own)


@functools.lru_cache(maxsize=256)
def _predicate_of(head: str) -> re.Pattern:
    """A sentence saying its subject is one of ``head`` (‘X is the most talked-about rapper in London’)."""
    return regex.compile(r"\b(?:is|was|became|becomes|remains|remained) (?:now |also )?(?:a|an|the)\b[^.;:“\"]{0,50}?\b"
                         + regex.escape(head) + r"\b")


#: Words of how someone took something beyond the stances (‘was visibly frustrated’, ‘in no mood’).
REACTION_WORDS = """
forthright upbeat downbeat gracious emotional frustrated disappointed delighted thrilled relieved gutted elated furious
bullish defensive apologetic""".split() + ["in no mood", "quick to", "keen to", "eager to"]


#: How a subject took something, right after it (past an aside or two): a stance or a reaction
#: that a quotation of theirs goes on to give (‘Mbeki, 33, who has held the title since 2021, laughed
#: off the threats.’, ‘Petrov was visibly frustrated’, ‘Coyle was more forthright than his manager.’).
RE_REACTS = LazyPattern(
    r"(?:, [^,.;:“”\"]{1,90}){0,2},? (?:"
    r"(?:was|is|seemed|sounded|remained|appeared) (?:\w+ly )?(?:more |less |far |much |also |not |in no mood|quick to|keen to|eager to)?"
    r"(?:" + "|".join(dict.fromkeys(STANCE_WORDS + REACTION_WORDS)) + r")\b"
    r"|(?:\w+ly )?(?:laughed|shrugged|brushed|played) (?:off|aside|down)\b)")

#: Whom a stance is compared with, to the sentence's end (‘… more forthright than his manager.’).
RE_THAN_SOMEONE = LazyPattern(r" than (?:his|her|their|the) [\p{Ll}\-]+(?: [\p{Ll}\-]+)?(?=[.;])")

#: A subject who laughs, smiles or sighs, past an aside (‘Lindqvist, standing a few feet away, overheard and
#: laughed.’): the speaker of an epithet of nationality after (‘the Swedish actress said’), only.
RE_LAUGHS = LazyPattern(r"(?:, [^,.;:“”\"]{1,90}){0,2},? (?:\w+ly )?(?:\w+ed and )?"
                          r"(?:laughed|smiled|grinned|chuckled|sighed|shrugged|winced|beamed)\b")


#: Verbs of speech with a listener after them (‘told playing partner Jon Rahm’, ‘assured fans’).
LISTENER_VERBS = TELL_VERBS | wordset("informed assured warned urged asked reminded promised briefed")


def _speaks(text: str, toks: list[Token], m: Mention, cast: Cast) -> int | None:
    """Where what the subject ``m`` says starts, after its verb, when the sentence reports its
    speech (‘Gauff admitted she had struggled’; the sentence's end when a listener may stand
    between); None when it does not."""
    f = cue_before(text, toks, cast.knows, mixed=False)
    if f is None or f.mention is None or f.mention.start != m.start:
        return None
    if any(t.word in LISTENER_VERBS for t in toks if t.start >= m.end):
        return toks[-1].end  # (one told is no part of what was said, so none is: ‘McIlroy … told playing partner
        # Jon Rahm he would …’)
    return next((t.end for t in toks if t.start >= m.end and t.word == (f.cue or "").lower()), m.end)


#: A courtesy title before a name called at the start or the end of the words (‘Dr Carrow, …’, ‘…,
#: Mr Costigan?’; never one inside words quoted within: ‘He kept saying, "Don't worry, Mrs Cole, we'll …"’).
RE_HAIL_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z])|(?<=, )(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z][\w’'\-]*[.?!]?$)")


def _hails(content: str, name: str) -> bool:
    """:func:`_addresses`, with the call opening the words or closing one of their sentences (‘Mrs
    Pettigrew, you …’, ‘It's a national embarrassment, Graham. I'm …’, ‘… six miles away, Kevin,’;
    never a call inside words reported within: ‘They say, Fadumo, we are hungry’)."""
    if not _addresses(content, name):
        return False
    words = "|".join(regex.escape(w) for w in name.split() if len(w) >= 2 and w[0].isupper())
    return bool(words) and regex.search(rf"^(?:{HAIL_TITLES}\.? )?(?:{words}),|, (?:{HAIL_TITLES}\.? )?(?:{words})(?:[.?!]|,?\s*$)",
                                        content) is not None


#: Courtesy titles a call may put before a name.
HAIL_TITLES = "(?:Mr|Mrs|Ms|Miss|Dr)"

#: A courtesy title and the one word after it, inside a quotation: how a speaker speaks of someone
#: else (‘I accept Sir Malcolm’s findings’, ‘Dr Osei did everything right’, ‘Judge Carter’s decision’).
#:
#: >>> [m.group(2) for m in RE_STYLED_WORD.finditer("I accept Sir Malcolm’s findings, as Mr. Lee did")]
#: ['Malcolm', 'Lee']
RE_STYLED_WORD = regex.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice)\.? (\p{Lu}[\p{L}\p{M}\-]+)\b")


def _styles_in_third_person(content: str, person: Person, cast: Cast) -> bool:
    """The quotation speaks of ``person`` by a courtesy title and a word of their name (‘I accept Sir
    Malcolm’s findings’ of Sir Malcolm Crewe, ‘Mr Hargreaves has resigned’): words about them, not
    theirs. Never a title of the other sex (‘Mr Byrne’ in Mary Byrne's words is her husband), nor a
    surname that namesakes share (‘Dr Hossain’ may be the other Hossain)."""
    words = person.name.split()
    for m in RE_STYLED_WORD.finditer(content):
        word = m.group(2)
        if word not in words or len(word) < 2:
            continue
        sex = GENDERED_HONORIFICS.get(m.group(1).lower())
        if sex is not None and person.gender is not None and sex != person.gender:
            continue
        if word == words[-1] and cast.namesakes.get(word.lower()):
            continue
        nxt = regex.match(r" (\p{Lu}[\p{L}\p{M}\-]+)", content[m.end():])
        if nxt is not None and nxt.group(1) not in words:
            continue  # (another's name that shares a word: ‘Sir David Attenborough’ in David Lindo's words)
        if regex.search(r"\b(?:me|myself|I'm|I’m|I am)\s*$", content[:m.start()]):
            continue  # (the speaker's own style: ‘people call me Judge Collins’)
        if not _styled_so_in_text(cast, m.group(1), word, words):
            continue  # (a style the article never gives them: ‘ask for Dr Patel’ of Priya Patel's father)
        return True
    return False


def _styled_so_in_text(cast: Cast, title: str, word: str, words: list[str]) -> bool:
    """The article, outside quotations, writes ``title`` right before ``word`` or before the person's
    full name (‘Sir Alan wrote’, ‘Judge Susan Carter’): how it styles that person."""
    pat = regex.compile(r"\b" + regex.escape(title) + r"\.? (?:" + regex.escape(word) + "|"
                        + regex.escape(" ".join(words)) + r")\b")
    return any(not any(a <= m.start() < b for a, b in cast.quoted) for m in pat.finditer(cast.text))


def _other_than_called(cast: Cast, found: Found) -> Person | None:
    """For a "he" or "she" that found the one its words call, the nearest other person of its sex
    who spoke, or was a sentence's subject, before them (never one only named in passing: ‘… phone-in
    with presenter Andy K. / The first caller said …. “It's a disgrace, Graham,” he said’)."""
    sex = GENDERS.get(found.mention.text.lower())
    for at, p in reversed(cast.recent):
        if p.kind == "name" and not p.plural and p.personlike and p.name != found.person.name \
                and p.gender == sex and (at in cast._spoke_at or cast.opens_sentence(at)) \
                and not any(a <= at < b for a, b in cast.quoted):
            return p
    return None


def _addresses(content: str, name: str) -> bool:
    """The quotation calls a person by a word of their name (‘Ray, listen’, ‘Thank you, Tom.’, ‘I
    told you, Tom, …’): it speaks to them. A name in a list is no call ("Rome, Paris, London").
    A courtesy title may stand before the word (‘Did it contain money, Mr Costigan?’)."""
    content = RE_HAIL_TITLE.sub("", content)
    for w in name.split():
        if len(w) < 2 or not w[0].isupper():
            continue
        if content.startswith(w + ","):
            return True
        at = content.find(", " + w)
        while at >= 0:
            end = at + 2 + len(w)
            after = content[end:end + 1]
            before = content[:at].split()[-1:] or [""]
            rest = content[end + 2:] if content.startswith(", ", end) else \
                content[end + 5:] if content.startswith(" and ", end) else ""
            listed = (before[0][:1].isupper() and at > len(before[0])) or rest[:1].isupper()
            if after in ("", ".", ",", "?", "!") and not listed:
                return True
            at = content.find(", " + w, at + 2)
    return False


#: A name run (its last word the surname), as the regexes below capture it.
_NAME_RUN = r"((?:\p{Lu}[\p{L}\p{M}.’'\-]* ){0,3}\p{Lu}[\p{L}\p{M}’'\-]+)"

#: Right after a writing's noun, the one who wrote it: ‘letters written from Gallipoli by Private
#: Albert Fenn’, ‘the diary of a border guard, Klaus Dietz’, ‘a letter from Harold Dunn’, ‘letters, all
#: from her father, Seán Brophy’.
RE_WRITING_BY = LazyPattern(r"(?:,? (?:written|sent|kept)(?: [\p{L}\p{N}]+){0,3}?|, all)? (?:by|of|from) "
                              r"(?:(?:a|an|the|his|her|their) [\p{Ll}’'\- ]{1,30}, )?" + _NAME_RUN + r"\b")

#: Right before a writing's noun, its writer: ‘Roderick Tavish’s letters’, ‘Morimoto kept a diary’,
#: ‘Private Fenn wrote a letter’, and a pronoun in the name's place (‘She … kept a diary in which’).
RE_WRITER_BEFORE = LazyPattern(r"(?:\b(?P<pronoun>[Ss]he|[Hh]e)\b|" + _NAME_RUN + r")"
                                 r"(?:[’']s|,? (?:[\p{Ll}\-]+ [^.;:!?“”‘’\"]{0,80}?\band )?(?:had |has )?"
                                 r"(?:kept|wrote|began|started|left|written|writes)(?: [\p{Ll}]+){0,3}? (?:in )?"
                                 r"(?:a|an|his|her|the)) (?:[\p{Ll}\-]+ ){0,2}$")

#: One of a writer's letters kept and described as written by someone (‘she has kept one, written in
#: 2002 by a Mrs Ann Lee of Leeds’, ‘a postcard, sent in 1990 by Tan Boon Kiat’): that someone.
RE_WRITTEN_BY = LazyPattern(r", (?:written|sent|penned) (?:[\p{L}\p{N}]+ ){0,4}?by (?:(?:a|an) )?"
                              r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Madam)\.? )?" + _NAME_RUN + r"\b")


#: The sentence right after a quotation, opening with the quoted words as its subject and naming who
#: wrote or coined them: ‘That phrase, according to the complaint, appeared in a presentation written
#: by Sarah Klein’, ‘The words came from an email sent by Tom Hale’, ‘The line was coined by Ama Owusu’.
RE_PHRASE_AUTHOR_AFTER = LazyPattern(
    r"\s*(?:That|The|This|Those|These) (?:phrase|line|words|wording|sentence|slogan|remark)\b[^.;“”\"]{0,140}?"
    r"\b(?:written|coined|penned|authored|drafted|sent|used) by " + _NAME_RUN + r"\b")


def _phrase_author_after(text: str, sp: Span, cast: Cast) -> Person | None:
    """The person the sentence right after a quotation says wrote or coined its words
    (:data:`RE_PHRASE_AUTHOR_AFTER`), when the article names them (a person, never a body); None otherwise."""
    if not text.startswith(("The", "That", "This", "Those", "These"), sp.close_end + 1):
        return None
    m = RE_PHRASE_AUTHOR_AFTER.match(text, sp.close_end)
    if m is None or m.group(1).endswith(("’s", "'s")):
        return None  # (‘written by Klein’s team’ is the team's)
    p = cast.by_surname.get(m.group(1).split()[-1].lower())
    return p if p is not None and p.kind == "name" and m.group(1).endswith(p.name.split()[-1]) else None


#: Right after a writing's words, "it" and a verb of where they stand in it (‘“Dear Jozsi,” it begins.’).
RE_IT_OPENS_AFTER = regex.compile(r" (it) (begins|began|opens|opened|ends|ended)\b")

#: Verbs that only a writing does, whose "it" is a letter or a note (‘“Dear Jozsi,” it begins’, ‘It
#: reads: “…”’), never a body that speaks.
WRITING_CUES = frozenset("reads read begins began opens opened ends ended".split())


def _private_writing(text: str, head: str, at: int, read: bool) -> bool:
    """A writing only a person keeps (:data:`PRIVATE_WRITING_NOUNS`), an entry of a diary or a
    notebook the text names just before (never one of a file's: ‘The file … “…,” one entry
    states’), or whatever "it" stands for that "reads" or "begins" (``read``: a letter kept, never a
    body's "it said").

    >>> _private_writing("She kept a diary. The entry", "entry", 27, False), _private_writing("The file. One entry", "entry", 19, False)
    (True, False)
    """
    if head in PRIVATE_WRITING_NOUNS or read:
        return True
    return head in ("entry", "entries") and any(text.find(w, max(0, at - 1200), at) >= 0 for w in ("diar", "notebook", "journal"))


#: "another", "a new", "a second" right before a noun: one more of its kind brought in.
RE_ONE_MORE_BEFORE = regex.compile(r"\b(?i:another|a new|a second|a different)(?: [\p{Ll}\-]+)? $")


#: Set off right after a writing's noun, the one person who signed or wrote it (‘The letter, signed by
#: Brekke and dated April 1950,’, ‘The note, written in pencil by Sgt Ama Owusu,’); never one of many
#: (‘signed by Smith and Jones’, ‘signed by Ortiz and two elders’, ‘signed by Lee, Park and Cho’): an "and"
#: after the name goes on only to another participle of the letter (‘and dated’, ‘and addressed’).
RE_SIGNER_SET_OFF = LazyPattern(r", (?:signed|written|penned|sent|handwritten) (?:[\p{L}\p{N}]+ ){0,4}?by "
                                r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?" + _NAME_RUN + r"\b"
                                r"(?! and (?!\p{Ll}+ed\b))(?!,? \p{Lu})")


def _signer_set_off(text: str, end: int, cast: Cast) -> Person | None:
    """The person :data:`RE_SIGNER_SET_OFF` names right after a writing's noun ending at ``end``, one
    the article names (:func:`_writer_of`); None otherwise."""
    if not text.startswith(", ", end):
        return None  # (cheap: most documents at a cue have nothing set off after them)
    m = RE_SIGNER_SET_OFF.match(text, end)
    if m is None:
        return None
    p = _writer_of(text, m.start(1) - 4, "", cast, m.group(1))
    return p if isinstance(p, Person) else None


def _writer_named_before(text: str, at: int, cast: Cast) -> Person | None:
    """The person who wrote the writing that a mention at ``at`` names ("the letter", "an entry
    from 1945", "it" of a letter), when one of the nearest writings the text mentions before it
    (the first of them that says whose it is, :data:`RE_WRITING_BY`, :data:`RE_WRITER_BEFORE`, or
    the sentences just before that say who wrote one, :data:`RE_WRITTEN_BY`) is by a person the
    article names; None otherwise (a letter no one is said to have written stays the letter's: ‘His
    nephew read from a letter. “…,” the letter reads’).
    """
    lo = max(0, at - 1200)
    near = text.rfind(", ", max(0, at - 300), at)
    by = RE_WRITTEN_BY.search(text, max(0, at - 300), at) if near >= 0 and text.find(" by ", max(0, at - 300), at) >= 0 else None
    if by is not None and not by.group(1).endswith(("’s", "'s")):
        p = _writer_of(text, by.start(1) - 4, "", cast, by.group(1))
        return p if isinstance(p, Person) else None
    found: list[tuple[int, str]] = []
    for w in itertools.chain(WRITING_NOUNS, (x.capitalize() for x in WRITING_NOUNS)):
        k = text.rfind(w, lo, at)
        seen = 0
        while k >= 0 and seen < 4:
            if not ((k > 0 and text[k - 1].isalpha()) or (k + len(w) < len(text) and text[k + len(w)].isalpha()
                                                           and text[k + len(w)] not in "s")):
                found.append((k, w))  # (whole words only: never "delettered"; "letters" is "letter")
                seen += 1
            k = text.rfind(w, lo, k)
    for best, noun in sorted(set(found), reverse=True)[:4]:  # (the nearest writings first)
        name = _writer_of(text, best, noun, cast)
        if name is not None:
            return name if isinstance(name, Person) else None
        if RE_ONE_MORE_BEFORE.search(text[max(0, best - 30):best]):
            return None  # (guard: a new writing no writer is named for is no earlier one's: ‘a letter from her
            # son, Tom Kelly …. Last month another letter arrived, this time from the council. “…,” the letter reads’)
    # none of the nearest says: the article's one writer, where every writing before whose writer it
    # names is by the same person (‘It is full of letters, all from her father, István Szabo. ….
    # The last letter in the box is dated 2019. “…,” it reads’)
    writers = set()
    for w in itertools.chain(WRITING_NOUNS, (x.capitalize() for x in WRITING_NOUNS)):
        k, seen = text.rfind(w, 0, lo), 0
        while k >= 0 and seen < 8:
            if not ((k > 0 and text[k - 1].isalpha()) or (k + len(w) < len(text) and text[k + len(w)].isalpha()
                                                           and text[k + len(w)] not in "s")):
                seen += 1
                name = _writer_of(text, k, w, cast)
                if name is not None:
                    writers.add(name.name if isinstance(name, Person) else "")
                    if len(writers) > 1 or "" in writers:
                        return None  # (two writers, or one no person: no one's)
                    last = name
            k = text.rfind(w, 0, k)
    return last if len(writers) == 1 else None


def _writer_of(text: str, best: int, noun: str, cast: Cast, name: str | None = None) -> Person | str | None:
    """Who wrote the writing whose noun stands at ``best``: a person the article names, "" for
    a writer it names that is no such person (someone's lawyer, a body), None when it says no one
    (``name``: the writer's name, found already)."""
    end = best + len(noun)
    if text.startswith(("s", "es"), end) and not text[end:end + 1].isspace():
        end += 1 if text[end] == "s" else 2
    m = RE_WRITING_BY.match(text, end) if name is None else None
    name = m.group(1) if m is not None else name
    if name is not None and name.endswith(("’s", "'s")):
        return ""  # (guard: ‘a letter from Harold Dunn's lawyer’ is the lawyer's, never Harold Dunn's)
    if name is None and noun and (b := RE_WRITER_BEFORE.search(text, max(0, best - 120), best)) is not None:
        if b.group("pronoun") is not None:  # ‘Joan Ackroyd is 83. She … kept a diary’: the one the
            # pronoun stands for, the last named person of its sex right before
            sex = "f" if b.group("pronoun").lower() == "she" else "m"
            last = next((p for pos, p in reversed(cast.mention_stream()) if pos < b.start() and p.kind == "name"), None)
            return last if last is not None and last.gender == sex else ""
        name = b.group(2)  # (the name run, after the pronoun's group)
    if name is None:
        return None
    p = cast.by_surname.get(name.split()[-1].rstrip("’'").lower())
    if p is None and name.endswith(("’s", "'s")):
        p = cast.by_surname.get(name[:-2].split()[-1].lower())
    if " " in name and (p is None or p.name != name):  # (a namesake named in full: ‘letters from her
        # father, Seán Brophy’ are his, never his daughter Aisling Brophy's; and a name its first word
        # keys: ‘Tan Boon Kiat’)
        first = cast.by_surname.get(name.split()[0].lower())
        p = first if first is not None and first.name == name \
            else next((q for q in cast.namesakes.get(name.split()[-1].lower(), ()) if q.name == name), p)
    return p if p is not None and p.kind == "name" else ""


def _quote(doc: Document, sp: Span, found: Found | None, kind: str, cast: Cast) -> Quote:
    person = found.person if found else None
    speaker = person.name if person else None
    if speaker is not None and person.kind != "pronoun":
        speaker = _french_body_name(doc.text, speaker, sp.start)
    role = None
    if found is not None and found.mention is not None and found.mention.role and (
            person is None or person.kind != "organisation" or person.name != found.mention.text):
        role = found.mention.role  # (a body named whole has no title: "Israel's Prime Minister's Office")
        if RE_PARTY.fullmatch(role) and person is not None and cast.roles_of(person) \
                and not RE_PARTY.fullmatch(person.roles[0]):
            role = f"{person.roles[0]} ({role})"  # "Sen. Josh Hawley, R-Mo.," → "Sen. (R-Mo.)"
    elif person is not None and cast.roles_of(person):
        # (an office before an honorific: ‘Temple president Dr Srinivasan Iyer’ is the president)
        role = next((r for r in person.roles if not _bare_honorific(r)), person.roles[0])
    confidence = CONFIDENCE.get(found.rule, 0.5) if found and person else 0.0
    if found and found.how == "pronoun":
        confidence *= 0.85
    evidence = {}
    if found is not None:
        evidence = {"rule": found.rule, "resolution": found.how or None,
                    "mention": found.mention.text if found.mention else None,
                    "mention_start": found.mention.start if found.mention else None}
    return Quote(
        id=quote_id(doc.id, sp.start, sp.end), doc_id=doc.id, start=sp.start, end=sp.end,
        text=doc.text[sp.start:sp.end], kind=kind, speaker=speaker,
        speaker_mention=found.mention.text if found and found.mention else None, role=role,
        cue=found.cue if found else None, paragraph=sp.paragraph, confidence=round(confidence, 3),
        evidence=evidence,
    )


def _surname_in_own_paragraph(text: str, sp: Span, mention: Mention, p: Person) -> bool:
    """Whether the quotation's own paragraph names ``p`` by surname (outside the epithet itself): a
    runner who speaks of the one the paragraph before is about is someone else."""
    end = text.find("\n", max(sp.open_at, mention.end))
    own = text[sp.para_start:end if end >= 0 else len(text)]
    return regex.search(rf"\b{regex.escape(p.name.rsplit(' ', 1)[-1])}\b", own) is not None


#: The members' bodies' words d7d399d added to "the group" (federation, society …).
GROUP_MEMBER_WORDS = frozenset("federation society league guild collective forum council college".split())


def _group_by_members_word_only(name: str) -> bool:
    """A body "the group" finds only by a members' body's word (‘The Law Society’), none of the older kinds."""
    low = {w.lower().strip(".,’'") for w in name.split()}
    older = BODY_NAME_WORDS["group"] - GROUP_MEMBER_WORDS
    return bool(low & GROUP_MEMBER_WORDS) and not (low & older) and "group" not in low

#: The article calling a body a group itself, right after its name (‘The Lumen Collective, a group of artists’).
RE_CALLED_A_GROUP = regex.compile(r", (?:a|an|the) [^,.;:“”\"]{0,60}\bgroup\b")


def _body_spoke_just_before(text: str, name: str, at: int) -> bool:
    """Whether the body's name opens a clause that spoke (‘X, which represents …, said’, ‘X said’) in the
    sentence right before the cue's sentence at ``at``."""
    bare = name[4:] if name.lower().startswith("the ") else name
    k = text.rfind(bare, 0, at)
    if k < 0:
        return False
    e = k + len(bare)
    if RE_CALLED_A_GROUP.match(text[e:]) is not None:
        return True  # (the article calls it a group itself: ‘The Lumen Collective, a group of artists, is suing …’)
    if len(sentence_ends(text, k, at)) > 1:
        return False
    return RE_SUBJECT_SPOKE.match(text, e) is not None or RE_WHICH_SPOKE.match(text, e) is not None \
        or RE_WHICH_ASIDE_SPOKE.match(text, e) is not None


#: A "which" aside that may hold a figure's comma (‘, which represents about 500,000 nurses, said’).
RE_WHICH_ASIDE_SPOKE = LazyPattern(r", which [^.;:“”\"]{1,160}?, (?:also |later |earlier )?"
                                   r"(?:said|says|told|stated|announced|added|warned|confirmed|acknowledged)\b")
