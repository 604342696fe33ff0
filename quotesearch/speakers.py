"""The people of one article, and which of them a mention names.

A per-document :class:`Cast` collects the full names the article gives, then resolves short
names, titles, pronouns and anonymous sources to the person or description the article
introduced, looking back over a bounded window of mentions.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

import regex

from quotesearch.lexicon import (
    DOMAIN_CHIEF_OFFICES, RE_FIRMS_LISTED_BEFORE, RE_STANCE_PREDICATE, SEAT_OFFICES, STANCE_PREDICATE_OPENINGS,
    SEAT_PARTICIPLES, SEAT_PHRASE_WORDS, COUNTRY_NATIONALITIES, OPENING_IRREGULAR_PARTICIPLES, FIRM_HEADS_OF_PLACE, US_STATE_FORMS,
    AGE_COMPARATIVES, ARTICLES, AUXILIARIES, BODY_KIND_BEFORE_NAME, BODY_KIND_EPITHETS, BODY_MEASURE_WORDS,
    BODY_NAME_ENDINGS, BUSINESS_WORDS, CLERGY_CAPITAL_TITLES, HEALTH_BODY_WORDS, HEALTH_BODY_CLOSING_WORDS, HEALTH_BODY_OTHER_WORDS, CONTINUING_CUES, COUNTRY_LETTERS, COURT_OFFICER_WORDS,
    COURT_PARTY_NOUNS, DEMONYMS, DEPUTY_OFFICE_WORDS, DESCRIBED_MEMBER_NOUNS, DESCRIPTION_NOUNS, DOCUMENT_NOUNS,
    ENVOY_BODIES, EPITHET_OTHER_HOLDER_WORDS, FAITHS, FIRM_SET_OFF_TRADES, GENDERED_NOUNS, GENERATION_AFTER,
    FAMILY_KIN_SEX, HEAD_OFFICES_ALTERNATION, HONORIFICS, INVERTED_OPENERS, KEPT_WRITINGS, KIN_NOUNS, LED_BODY_OFFICES, LazyPattern,
    MADE_WORK_NOUNS, MEMBER_ANAPHOR_NOUNS, MONTH_NAMES, NAME_LEADING_KIN, NAME_LEADS, NAME_TIME_NOUNS,
    NATIONALITY_WORDS, NICKNAME_ADDRESS_WORDS, NUMBER_NAMES, OFFICE_HONORIFICS, OFFICE_LETTERS, OFFICE_NAME_JOINERS,
    OFFICE_WORDS, ONE_WORD_PLACES, ORG_WORDS, OWNED_BODY_NOUNS, PATRONYMIC_ENDINGS, PLACE_GIVEN_NAMES, PLACE_OFFICES,
    POLICE_RANK_LETTERS, PROGRAMME_NOUNS, CALLER_NOUNS, PRONOUNS, RE_OFFICE_SUBJECT_OPENING, RE_OTHER_ONE_SPEAKS,
    KIN_INVERSES, RE_PRONOUN_CONTRACTION, RE_REACTION_FROM_BEFORE, ROLE_NOUNS, SAINT_ABBREVIATIONS, SCIENCE_PROFESSIONS, SPORT_POSITIONS,
    SOLDIER_RANK_WORDS, SPEAKING_MANNER_WORDS, SPEECH_VERBS, SUBORDINATE_OPENERS, TEAM_WORDS, THEY_PERSON_NOUNS,
    THING_NOUNS, TITLE_PARTICIPLES, WORKER_THING_NOUNS, COURT_SIDE_PARTICIPLES, RE_PROSECUTION_CASE_BEFORE, TURN_WORDS, TWO_WORD_PLACES, TIME_NAMES, WEEKDAY_NAMES, WORD_POSITIONS, is_abbreviation,
    wordset,
)
from quotesearch.mentions import (
    ADVERB_LY, CLAUSE_WORDS, IRREGULAR_PAST, Mention, OPENING_WORDS, PARTITIVES, POSSESSIVES, PREPOSITIONS,
    QUANTITY_WORDS, RELATIVES, ROLE_OPENERS, _description_back, description_head, introduced_handle, mention_after,
    names_a_role, past_shaped, place_written_alone_before, role_text, thing_source, verb_shaped,
)
from quotesearch.names import (
    DESCENT_PARTICLES, DESCRIPTOR_TITLES, FUNCTION_WORDS, GENDERED_HONORIFICS, GIVEN_MONTH_SEX, NOT_NAMES, PARTICLES,
    PARTY_WORDS,
    RE_CAPWORD, RE_NAME_RUN, RE_ORDINAL, SHORT_NAME_HONORIFICS, SHORT_TITLES, STYLE_DEGREES, _body_word, _name_pieces,
    _opening_word_not_name, arabic_article,
    _word_like, ends_in_title, gender_of, heading_verbs_trimmed, is_byline, is_headline, is_name_token, is_organisation,
    is_platform, sex_of_given_name, split_title, style_as_given_name, syllabic_given_name, tokenize, word_positions,
    written_elsewhere,
    written_surname_first,
)


#: Words before a month that make it the month, never a given name ("in June", "since May", "on 3 June",
#: "last August", "the April Smith report").
MONTH_LEADS = wordset("""
in on since by until till from of to through throughout during before after last next this that every each early
late mid the and or between around about for
""")


def _month_given_name(text: str, at: int, run: str, piece: tuple[int, int, tuple[str, ...]]) -> bool:
    """The run opens with a month that is a given name ("April", "May", "June", "August"), right before a
    one-word name (the surname): the run follows no word that makes it the month ("in June Smith
    said", "on 3 June Smith"), and a description, an age or a verb follows it (‘June Ostby, 71, a
    retired schoolteacher’, ‘April Nguyen, a nurse,’, ‘May Chen runs the clinic’).

    >>> _month_given_name("June Ostby, 71, said", 0, "June Ostby", (5, 10, ("Ostby",)))
    True
    >>> _month_given_name("in June Smith said", 3, "June Smith", (5, 10, ("Smith",)))
    False
    """
    month = run[:piece[0] - 1]
    if month not in GIVEN_MONTH_SEX or run[piece[0] - 1] != " " or len(piece[2]) != 1 or piece[1] != len(run) \
            or gender_of(piece[2][0]) is not None:
        return False  # (a given name after it: "May Jane Smith"? rarely a month's; never guessed)
    before = text[max(0, at - 20):at].split()
    if before and (before[-1].lower() in MONTH_LEADS or before[-1][:1].isdigit()):
        return False
    after = text[at + len(run):at + len(run) + 40]
    return RE_MONTH_NAME_AFTER.match(after) is not None


def _with_month_given_name(text: str, at: int, run: str, pieces):
    """The name pieces of the run at ``at`` with a month that is the first piece's given name
    (:func:`_month_given_name`) taken into it: "June" and "Ostby" as one name, "June Ostby".

    >>> _with_month_given_name("June Ostby, 71, said", 0, "June Ostby", [(5, 10, ("Ostby",))])
    ((0, 10, ('June', 'Ostby')),)
    """
    if pieces and pieces[0][0] > 0 and _month_given_name(text, at, run, pieces[0]):
        return ((0, pieces[0][1], (run[:pieces[0][0] - 1], *pieces[0][2])), *pieces[1:])
    return pieces


#: A fuller name given for one named shorter, set off after them (‘Khasawneh, whose full name is Omar
#: Suleiman Khasawneh, said’): the canonical name is the fuller one (Cast._full_names_given).
#:
#: >>> RE_FULL_NAME_GIVEN.search("Roe, whose full name is Anna Maria Roe, said").group(1)
#: 'Anna Maria Roe'
#: >>> RE_FULL_NAME_GIVEN.search("Roe, whose full name is withheld, said") is None
#: True
RE_FULL_NAME_GIVEN = LazyPattern(r",\s+whose\s+full\s+name\s+is\s+(\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'\-]*|bin|bint|ibn|al|el|de|van|von|da|di))+)")

#: An office "of the" body whose own name ends "of" a place, up to that last "of" (‘Deputy Governor of the
#: Central Bank of ’ before ‘Kuwait Fahad Nasser Al Mutairi’): group 1 is the office's noun.
#:
#: >>> RE_OFFICE_OF_BODY_OF.search("Deputy Governor of the Central Bank of ").group(1)
#: 'Governor'
#: >>> RE_OFFICE_OF_BODY_OF.search("a tour of the Central Bank of ") is None
#: True
RE_OFFICE_OF_BODY_OF = LazyPattern(r"\b(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?) of the (?:\p{Lu}[\p{L}’'\-]*\s+){1,5}of $")

#: What follows a full name with a weekday inside it (‘Ocheja Sunday Aboh, the council chairman,’,
#: ‘Mr Ocheja Sunday Aboh said’): a cue, a verb, an age or a description set off.
#:
#: >>> [bool(RE_WEEKDAY_NAME_AFTER.match(t)) for t in (", said", " told", ", 54,", ", the chairman", " Agreement")]
#: [True, True, True, True, False]
RE_WEEKDAY_NAME_AFTER = LazyPattern(r",? (?:said|says|told|tells|added|wrote|spoke|has|had|was|is|[a-z]+ed)\b|, (?:\d|an? |the |who )")


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


#: Words before a place, after which a capitalised word, a weekday and a surname are a place, the
#: day's time and a subject (‘At Anfield Saturday Morgan said’), never one name.
WEEKDAY_PLACE_LEADS = frozenset("at in near outside inside from across around into At In Near Outside Inside From".split())


def _with_weekday_middle_name(text: str, at: int, run: str, pieces):
    """The name pieces of the run at ``at`` with a weekday between a given name and a surname taken
    into one name, as West African names hold one (‘Ocheja Sunday Aboh’, ‘Mr Emeka Friday Okoro’): the
    weekday sits alone between the pieces, the surname ends the run, no word before the run makes the
    day a time (‘on Sunday’), no feast names the day (‘Easter Sunday’), a cue or a description follows,
    and the text writes the surname again without the day (‘Aboh said’).

    >>> t = "Mr Ocheja Sunday Aboh, said it. Aboh added more."
    >>> _with_weekday_middle_name(t, 0, "Mr Ocheja Sunday Aboh", [(0, 9, ("Mr", "Ocheja")), (17, 21, ("Aboh",))])
    ((0, 21, ('Mr', 'Ocheja', 'Sunday', 'Aboh')),)
    >>> t = "the Good Friday Agreement was signed. The Agreement holds."
    >>> _with_weekday_middle_name(t, 4, "Good Friday Agreement", [(0, 4, ("Good",)), (12, 21, ("Agreement",))])
    [(0, 4, ('Good',)), (12, 21, ('Agreement',))]
    """
    if len(pieces) < 2:
        return pieces
    (s0, e0, first), (s1, e1, second) = pieces[0], pieces[1]
    day = run[e0 + 1:s1 - 1]
    if day not in WEEKDAY_NAMES or run[e0:e0 + 1] != " " or run[s1 - 1:s1] != " " or len(second) != 1 \
            or e1 != len(run) or len(pieces) != 2 or first[-1] in TIME_NAMES or first[-1].isupper() \
            or not first[-1][1:].isalpha() or gender_of(second[0]) is not None:
        return pieces
    before = (text[max(0, at - 20):at] + run[:s0]).split()  # (the run's own opening word too: ‘At Wembley …’)
    if before and (before[-1].lower() in MONTH_LEADS or before[-1][:1].isdigit() or before[-1] in WEEKDAY_PLACE_LEADS):
        return pieces  # (nor after a place's preposition, the day a time: ‘At Wembley Saturday Kane scored’; review rv7)
    if not RE_WEEKDAY_NAME_AFTER.match(text, at + len(run)):
        return pieces
    surname = second[0]
    spot = at + s1
    again = regex.compile(r"(?<![\p{L}’'\-])" + regex.escape(surname) + r"(?![\p{L}’'\-])")
    if not any(m.start() != spot and not text[max(0, m.start() - len(day) - 1):m.start()].startswith(day)
               for m in again.finditer(text, max(0, spot - 20_000), spot + 20_000)):
        return pieces
    return ((s0, e1, (*first, day, surname)), *pieces[2:])


#: What follows a month's given name and a surname: an age or a description set off by a comma, or a
#: verb in lower case (‘, 71,’, ‘, a nurse’, ‘ runs’, ‘ said’, ‘ told’).
RE_MONTH_NAME_AFTER = re.compile(r", (?:\d|an? |the |who )| (?:[a-z]+(?:s|ed)|told|wrote|spoke|has|had|was|is)\b")


#: Head nouns of a role that make the name it describes a body's ("the official news agency").
BODY_HEADS = ORG_WORDS | BUSINESS_WORDS | wordset("outlet newspaper broadcaster website publication daily tabloid firm")


#: An interview given right after a subject's name, an aside between at most (‘Le Monde, the
#: evening daily, interviewed …’): the subject asks, the one interviewed answers.
RE_INTERVIEWS_AFTER = re.compile(r"(?:, [^,.;:“”\"«»]{1,60},)? (?:interviewed|interviews)\b")

#: How bodies speak, after their name: ‘… said in a statement’, ‘… announced’.
RE_BODY_CUE = re.compile(r" (?:said|says|wrote) in (?:a|an|its) (?:\w+ )?(?:statement|filing|release|post)|,? (?:announced|reported)\b")

#: A name one goes by: a handle (‘fenwick.eth’, ‘Kiwi_Nomad’) or words in capitals (never "U.S.").
_ALIAS_NAME = (r"\p{L}[\p{L}\p{N}]+(?:[_.][\p{L}\p{N}]+)+|(?!\p{Lu}\.\p{Lu})\p{Lu}[\p{L}\p{M}’'\-]*"
               r"(?: (?:(?:al|el|bin|ibn|abu|de|la|van|von)[ \-])?\p{Lu}[\p{L}\p{M}’'\-]*){0,3}")

#: The only name an unnamed person is given, after the description, with the pronoun that tells the
#: sex when there is one (an adverb may come first: ‘who simply gave his name as Idris’, ‘who simply
#: identified himself as Emeka’).
RE_ALIAS = LazyPattern(
    r",? (?:(?:who|and) (?:uses the (?:nom de guerre|name|pseudonym|alias|call ?sign)|asked to be (?:identified|named|called) only (?:as|by (?:his|her|their) (?:first |given |last |family )?name,?)"
    r"|(?:would )?(?:gave|give|gives) only (his|her|their) (?:(?:first |given |last |family )?name|surname|call ?sign|nom de guerre),?"
    r"|(?:is |was )?identified only by (?:his|her|their) (?:first name|given name|call ?sign|nom de guerre),?"
    r"|(?:simply |only |just )?identified (?:himself|herself|themselves) (?:only )?as"
    r"|(?:would |only |simply |just )?(?:gave|give|gives) (?:his|her|their) (?:(?:first |given |last |family )?name|surname) (?:only )?as"
    r"|asked that only (?:his|her|their) (?:(?:first |given |last |family )?name|surname),?"
    r"|asked that (?:we|I|reporters|the paper) (?:use|print|publish) only (?:his|her|their) (?:(?:first |given |last |family )?name|surname),?"
    r"|goes by|went by|(?:is|was) known only as|(?:posts|posted|writes|wrote|tweets|tweeted) (?:as|under))"
    r"|with the (?:call ?sign|nom de guerre|code ?name|pseudonym)|known as|identified (?:in court (?:documents |papers |records )?|publicly )?only as"
    r"|(?:who|whom) (?:I|we) (?:will |shall |are |am |have )?call(?:ing|ed)?) "
    r"(?:the (?:call ?sign|nom de guerre|code ?name|name|nickname|alias|pseudonym|handle|username) )?"
    # (a soldier's call sign as a given name: ‘who gave only his call sign, Skif,’, ‘who was identified
    # only by her call sign, Lastivka,’; a handle too, in marks or not: ‘known as fenwick.eth’, ‘who goes by Kiwi_Nomad on X’, ‘who posts
    # under the name “Tenbyte”’); as the writer was asked to give it: ‘Their mother, who asked that we use only her
    # first name, Denise,’; initials in marks, as a publication ban leaves a party: ‘identified in court
    # documents only as “J.R.,”’ (never initials bare: "U.S." is no one's)
    r"(?|[\"“](" + _ALIAS_NAME + r")[\"”]|[\"“](\p{Lu}\.(?:\p{Lu}\.)+),?[\"”]|(" + _ALIAS_NAME + r")"
    r"(?=[,.;:]| (?:for|because|out of|to protect|and|said|says|told|online)\b| on \p{Lu}"
    r"| (?:from|in) (?:the )?\p{Lu}\p{Ll}))")  # (with where they are from: ‘who gave his name as Steve from Leith’)
GENDERS_OF = {"his": "m", "her": "f"}
RE_POSSESSIVE_PRONOUN = re.compile(r"\b(his|her)\b")


#: A given name alone set off after someone unnamed, with an age perhaps, or where they are from, as
#: a phone-in gives its callers (‘Another woman, Freshta, 41,’, ‘The first caller, Siobhan in Tralee,’).
RE_GIVEN_SET_OFF = LazyPattern(r", (\p{Lu}\p{Ll}[\p{L}\p{M}’'\-]+)(, \d{1,3})?"
                               r"( (?:from|in) (?:the )?\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?,")


def alias_gender(alias: re.Match) -> str | None:
    """The sex an alias clause of :data:`RE_ALIAS` tells by its pronoun ("who gave his name only as")."""
    return GENDERS_OF.get(alias.group(1) or "") or next(
        (GENDERS_OF[w] for w in RE_POSSESSIVE_PRONOUN.findall(alias.group())), None)


def _alias_one_name(name: str) -> bool:
    """The name an alias clause gives is one name, as a given name alone is: one word, or an
    Arabic kunya of two (‘who gave his name only as Abu Elie’, ‘identified only as Umm Ali’),
    which stands for its bearer as "Jo" does; never a full name of two words ("Jo Smith").

    >>> _alias_one_name("Jo"), _alias_one_name("Abu Elie"), _alias_one_name("Jo Smith")
    (True, True, False)
    """
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and words[0].lower() in NAME_LEADING_KIN)


def alias_after_clause(text: str, at: int) -> re.Match | None:
    """The alias clause (:data:`RE_ALIAS`) after a first "who" clause of the same person at ``at``
    (‘said a farmer who lives near the pipeline and who gave his name only as Don Refugio’, ‘a
    student who fled to the border, and who asked to be identified only as Aung,’, ‘a fan who came from
    Cork and gave her name only as Aoife’); none past a
    sentence's end, a quotation or another clause set off before it.

    >>> t = "a student who fled to the border, and who asked to be identified only as Aung, said"
    >>> alias_after_clause(t, t.index(" who ")).group(2)
    'Aung'
    >>> t = "a student who fled to Thailand and Laos, and who asked to be identified only as Aung, said"
    >>> alias_after_clause(t, t.index(" who ")).group(2)
    'Aung'
    """
    k = text.find(" and who ", at, at + 80)
    if k < 0:
        k = text.find(" and ", at, at + 80)  # (or a second verb of the same clause, with no "who": ‘One, who
        # had come from Cork and gave her name only as Aoife, said’; an "and who" anywhere comes first, past
        # an "and" of the clause's own: ‘who fled to Thailand and Laos, and who asked …’)
    if k < 0 or any(c in text[at:k].removesuffix(",") for c in ".,;“”\""):
        return None
    return RE_ALIAS.match(text, k + 4 if text.startswith(" and who ", k) else k)


#: Groups whose spokesman a "who uses the nom de guerre …" after "a spokesman for the group" names.
ALIAS_GROUPS = frozenset("group groups militia movement organisation organization party network brigade brigades faction army front".split())


def alias_is_theirs(description: str) -> bool:
    """A "who …" clause after a description names its head, unless the description ends on
    another person ("A neighbour of the dealer, who was known only as Tiny," names the dealer; "A
    spokesman for the group, who uses the nom de guerre …" names the spokesman)."""
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "to", "with")), None)
    return cut is None or words[-1] in ALIAS_GROUPS or words[-1] in PROGRAMME_NOUNS \
        or (words[cut] == "to" and words[cut - 1] in CALLER_NOUNS)  # (a caller to an outlet: ‘One caller to
    # ABC Radio, who gave her name as Jan,’ is Jan, whatever the outlet is called) (a programme called in
    # to is no one: ‘A caller to the show who gave his name as Dev’; a person after "of" or "for", "the dealer", may be the one
    # named; a place after "at" or "from" never is: "a server at the flagship, who asked that only her first name …")


#: The programme a caller or a writer sends their words to, right after them: ‘ to the programme’, ‘ to
#: the station's phone-in’, ‘ to Talk FM's breakfast show’ (never past a sentence's end or a comma).
RE_TO_PROGRAMME = LazyPattern(r" (?:to|into) (?:the |a |\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?[’']s )(?:[\p{L}’'\-]+ ){0,2}?"
                              r"(?:" + "|".join(sorted(PROGRAMME_NOUNS)) + r")(?![\p{L}’'\-])")


def _past_programme(text: str, end: int) -> int:
    """Where the programme someone called or wrote to ends, right after them at ``end``, else ``end``
    (‘A listener to the programme who gave her name as Ama’: the alias clause after it is theirs).

    >>> t = "A caller to the station's phone-in who gave his name as Dev"
    >>> t[_past_programme(t, 8):]
    ' who gave his name as Dev'
    """
    m = RE_TO_PROGRAMME.match(text, end) if text.startswith((" to ", " into "), end) else None
    return m.end() if m is not None else end


#: An unnamed noun and "named" or "called" right before a name: "a worker named ".
RE_NAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w\-’']+\s+){0,3}?(?:named|called)\s+$")

#: A given name alone after "named", then the sentence's verb or a pause (‘a pick packer named Lina said’).
RE_NAMED_GIVEN = LazyPattern(r" named (\p{Lu}\p{Ll}+)(?=[,.;:]| (?:said|says|told|who|was|is|has)\b)")

#: An unnamed one set off by "a"/"the" and a few words, then who identified them by a given name
#: alone (‘The boy’s father, identified by the consulate as Fermín, 31,’, ‘An 11-year-old boy,
#: identified by his teacher as Arjun, wept’): group 1 is the name; never a name in full (‘identified
#: by police as Mark Doyle’) nor a nation or a faith (checked by the caller).
RE_IDENTIFIED_GIVEN = LazyPattern(
    r"(?<![\p{L}\p{Nd}\-’'])(?:[Aa]n?|[Tt]he|[Oo]ne) (?:[\p{L}\p{Nd}\-’']+ ){0,3}?[\p{Ll}\-]+, identified "
    r"(?:only )?(?:by (?:[\p{L}\-’']+ ){1,4}?)?(?:only )?as (\p{Lu}\p{Ll}[\p{Ll}\p{M}\-]*)(?=, | (?:said|says|told|who|was|is|has)\b)")

#: A given name alone opening its sentence, then where the person is from and the verb (‘Marjorie from
#: Moncton, N.B., said’, ‘Caller Ravi in Surrey said’, ‘Another caller, Priscilla in Surrey, B.C., said’):
#: a caller's or a passer-by's name.
RE_GIVEN_FROM_PLACE = LazyPattern(
    r"(?:^|(?<=[.!?]”? |\n))(?:(?:Caller|Listener|Viewer|Reader) |(?:Another|One) \p{Ll}+, )?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:from|in|near) "
    r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}(?:, \p{Lu}[\p{L}.]{1,5})?,? (?:said|says|told|asked|wrote|added)\b")

#: A time after "in" (‘in April’, ‘in 2019’): no place a person is from.
#: The rest of a body's officer's title after "its …" and the comma that sets off the officer's name
#: (‘its executive| director, Gideon Farquharson,’, ‘its chief executive|, Joanna Pryce,’).
#:
#: >>> RE_ITS_ROLE_SET_OFF.match(" director, Gideon").end(), RE_ITS_ROLE_SET_OFF.match(" director said") is None
#: (11, True)
RE_ITS_ROLE_SET_OFF = LazyPattern(r"(?: [a-z][a-z\-]*){0,2}, (?=\p{Lu})")


RE_TIME_AFTER_IN = LazyPattern(r" in (?:" + "|".join(MONTH_NAMES) + r"|Spring|Summer|Autumn|Winter|\d)")

#: One-word names of performers and players: after a trade ("Pop star Vesper", "DJ Solstice",
#: "rapper Kross"), or opening a sentence with the trade set off after them ("Kairo, the lead
#: vocalist of boy band NOVA9,"), never before another capitalised word or a possessive.
MONONYM_TRADES = ("star ", "singer ", "rapper ", "DJ ", "MC ", "drummer ", "guitarist ", "vocalist ",
                  "artist ", "comedian ", "influencer ", "striker ", "midfielder ", "winger ",
                  "poet ", "dancer ", "pianist ", "newcomer ", "Newcomer ")
_MONONYM_TRADES = "(?:" + "|".join(t.strip() for t in MONONYM_TRADES) + ")"
RE_MONONYM_AFTER_TRADE = re.compile(  # (matched at each trade word the text has; the capital is checked after)
    r"\b" + _MONONYM_TRADES + r" ([^\W\d_]+)(?![\w’'\-]| [^\W\d_]*[A-Z]|[ \t]*[&(])")
RE_MONONYM_SET_OFF = LazyPattern(
    r"\b(\p{Lu}[\p{Ll}\p{M}]+), (the [^,.;]{0,40}?\b" + _MONONYM_TRADES + r"\b[^,.;]{0,40}),")
#: The part of :data:`RE_MONONYM_SET_OFF` after the name, which every match holds: a quick test first
#: (its leading ", the " is searched fast; the full pattern tries every capitalised word).
RE_TRADE_AFTER_THE = LazyPattern(r", the [^,.;]{0,40}?\b" + _MONONYM_TRADES + r"\b")

#: The styles of royals, pontiffs and peers, and the sex each tells.
ROYAL_SEX = {"king": "m", "prince": "m", "duke": "m", "emperor": "m", "pope": "m", "sultan": "m", "emir": "m",
             "queen": "f", "princess": "f", "duchess": "f", "empress": "f",
             "viscount": "m", "marquess": "m", "viscountess": "f", "marchioness": "f", "baroness": "f", "countess": "f"}
ROYAL_STYLE_WORDS = tuple(style.title() for style in ROYAL_SEX)  # (one of them in the text, or no royal)
#: A knight's or a dame's style, which goes before the given name ("Sir Alan", "Dame Judi").
KNIGHTLY_SEX = {"sir": "m", "dame": "f", "tā": "m"}  # (and the Māori knight's "Tā Wiremu")
KNIGHTLY_STYLES = tuple(style.title() for style in KNIGHTLY_SEX)
STYLE_SEX = ROYAL_SEX | KNIGHTLY_SEX

#: A royal's, a pontiff's or a peer's style before one name ("King Aldric", "Crown Princess Mireille",
#: "Pope Leo", "Baroness Okonedo-Frye"), and a knight's or a dame's before a given name ("Sir Alan"),
#: never before another capitalised word ("Prince Harry Windsor" is a full name); a duke is known by
#: his title alone ("Duke Energy", "Duke Ellington") unless a grand duke.
RE_ROYAL_MONONYM = LazyPattern(
    r"\b((?:Crown |Grand )?(?:" + "|".join(s for s in ROYAL_STYLE_WORDS if s not in ("Duke", "Duchess")) + r")"
    r"|Grand Duke|Grand Duchess|" + "|".join(KNIGHTLY_STYLES) + r") (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\w’'\-]| \p{Lu}|[ \t]*[&(])")
SOVEREIGN_STYLES = frozenset("king queen emperor empress sultan emir".split())
RE_HIS_MAJESTY = LazyPattern(r"\b(His|Her|his|her) (?:Royal )?$")
#: Capitalised qualifiers that open a sentence before a title, never a name's first word.
QUALIFIER_LEADS = frozenset("former ex late then acting interim retired veteran fellow longtime".split())

#: A surname, with an apostrophe's part ("O’Neill", "D'Souza") and hyphens.
RE_SURNAME_WORD = LazyPattern(r"\p{Lu}[\p{L}\p{M}]*+(?:[’']\p{Lu}[\p{L}\p{M}]*+)?(?:-\p{Lu}[\p{L}\p{M}]*+)*+")

#: A generational suffix written after a surname, with its space ("Macaraeg Jr.", "Reyes III"): part of
#: the name a nickname in marks stands inside (‘Rodolfo “Dolfo” Macaraeg Jr.’ is Rodolfo Macaraeg Jr.).
#:
#: >>> RE_SUFFIX_AFTER_SURNAME.match(" Jr. told", 0).group(1), RE_SUFFIX_AFTER_SURNAME.match(" Jrs", 0)
#: ('Jr.', None)
RE_SUFFIX_AFTER_SURNAME = LazyPattern(r" (Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\p{L}\p{M}\d])")

#: A given name, a maiden name in brackets, a married surname ("Doris (Lindqvist) Kessler",
#: "Mary (née Porter) Hale").
RE_MAIDEN_NAME = LazyPattern(r"\b(\p{Lu}\p{Ll}+) \((?:n[ée]e )?\p{Lu}[\p{Ll}’'\-]+\) (\p{Lu}[\p{Ll}’'\-]+)\b")
#: The bracket of :data:`RE_MAIDEN_NAME`, loosened to ``re`` classes that hold its own (a letter for
#: ``\p{Lu}``, a word character for ``\p{Ll}``): every match holds one, and ``re`` finds it several
#: times faster than the full pattern tries every capitalised word. A quick test first.
#:
#: >>> bool(RE_MAIDEN_BRACKET.search("Mary (née Porter) Hale")), bool(RE_MAIDEN_BRACKET.search("the (US) and"))
#: (True, True)
RE_MAIDEN_BRACKET = re.compile(r" \((?:n[ée]e )?[^\W\d_][\w’'\-]*\) ")

#: Someone's own pronoun "they", told after their name (‘, who uses they/them pronouns,’).
_USES_THEY = r"(?:uses?|goes by|prefers) (?:the )?(?:pronouns? )?[\"“]?they\b"
RE_USES_THEY = LazyPattern(r"\b" + _USES_THEY + r"|\(they/them\)")  # (anywhere: worth looking for whose)
#: The pronoun told right after a name, past an age set off (‘, 31, who uses they/them pronouns,’), or
#: in the relative clause of a description set off after it, which is the same one's (‘, a former
#: national champion who uses they/them pronouns,’).
#:
#: >>> [bool(RE_THEY_THEM.match(t)) for t in (", who uses they/them", ", 31, who uses they/them", " (they/them)", ", 31, said",
#: ...  ", a retired nurse who uses they/them", ", a friend. Sam uses they/them")]
#: [True, True, True, False, True, False]
RE_THEY_THEM = LazyPattern(r"^(?:, \d{1,3})?(?:, (?:a|an) [\p{Ll}\- ]{1,50}? who |,? (?:who|and) )?" + _USES_THEY
                           + r"|^ \((?:they/them|they)\)")  # (right after a name)
THEY_THEM_REACH = 110  # characters after a name within which its pronoun is told

#: Plural people no "s" marks (‘the men’, ‘staff’), beside the plurals of the description nouns.
PLURAL_PEOPLE_WORDS = frozenset("men women people staff police children crew crews".split())

#: A word in lower case.
RE_LOWER_WORD = LazyPattern(r"\b\p{Ll}[\p{Ll}\-]*\b")

#: What a trial report says its witness does (‘told the jury’, ‘told jurors’, ‘told Leeds Crown Court’, ‘gave
#: evidence’, ‘testified’, ‘took the stand’), or is (‘was the prosecution’s fourth witness’, ‘called as
#: their first witness’), or the testimony one gave (‘the testimony Mr. Lam gave last week’).
#:
#: >>> [bool(RE_GIVES_EVIDENCE.search(t)) for t in ("Rita Lam took the stand", "the testimony Mr. Lam gave last week",
#: ...  "Lam was the prosecution’s fourth witness", "Lam gave a speech", "a witness to the crash")]
#: [True, True, True, False, False]
RE_GIVES_EVIDENCE = LazyPattern(r"\b(?:told|tells) (?:the )?(?:\p{Lu}[\p{L}’']+ ){0,3}"
                                r"(?:[Jj]ury|jurors|[Cc]ourt|[Ii]nquest|[Tt]ribunal|[Hh]earing|[Mm]agistrates?)\b"
                                r"|\b(?:testified|testifies|gave evidence|gives evidence)\b"
                                r"|\b(?:took|takes) the (?:witness )?stand\b"
                                r"|(?<=\btestimony (?:\p{Lu}[\p{L}.’'\-]* ){1,3})(?:gave|had given|has given)\b"
                                r"|\b(?:was|is|as) (?:the|their|its) (?:[\p{L}\-]+[’']s )?(?:[\p{Ll}\-]+ )?witness\b")

#: (prefilter) How every match of :data:`RE_GIVES_EVIDENCE` opens, each alternative's first word: a plain
#: test before the pattern is matched at a place (and compiled, for an article that may need it).
GIVES_EVIDENCE_OPENINGS = ("told ", "tells ", "testified", "testifies", "gave", "gives evidence", "took the ",
                           "takes the ", "had given", "has given", "was ", "is ", "as ")

def _new_witness_cue(cue: str) -> bool:
    """A witness cue that names no telling (‘took the stand’, ‘the testimony X gave’, ‘was their witness’)."""
    return cue.startswith(("took", "takes")) or cue in ("gave", "had given", "has given") or cue.endswith("witness")
    # (never the older "gave evidence", a telling)


#: Another witness called or sworn, unnamed (‘the prosecution called a bank clerk’).
RE_CALLED_ANOTHER = LazyPattern(r"\b(?:called|calls|call) (?:a|an|another|its next|their next|the next)\b"
                                r"|\b(?:[Aa]nother|[Tt]he next|[Aa] second|[Aa] third) witness\b")


#: What a trial report says of its accused (‘is accused of’, ‘is charged with’, ‘has pleaded not guilty’,
#: ‘denies murder’).
RE_STANDS_ACCUSED = LazyPattern(r"\b(?:is|was|are|were|stands|stood) (?:accused|charged|on trial)\b"
                                r"|\b(?:pleaded|pleads|pled) (?:not )?guilty\b"
                                r"|\bden(?:ies|ied) (?:[\w\-]+ ){0,2}(?:charges?|counts?|murder|manslaughter)\b")

#: A name in the possessive (‘Mr Cullinane’s son, …’), at the start of what follows it (group 1 to the apostrophe).
RE_OWNER_BEFORE_CUE = LazyPattern(r"([\p{L}\-. ]*['’])s?\b")

#: One in a trial who the report says cannot be named.
RE_UNNAMED_PARTY = LazyPattern(r"\b(?:cannot|can ?not|can't|could not|may not) be (?:named|identified)\b")

#: How far back a trial report's witness or accused is looked for.
COURT_PARTY_REACH = 4000

#: A pronoun as a sentence's subject (‘He has pleaded guilty to manslaughter’).
RE_SUBJECT_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Ss]he)\b")


#: People in the plural (‘The defendants’, ‘Their parents’, ‘Several parents’): a "they" may be theirs.
RE_PEOPLE_PLURAL = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[\p{Lu}][\p{L}\-]* ){0,3}(?:[\p{Ll}\-]+ ){0,2}"
                                 r"(?:parents|defendants|players|families|residents|officials|students|teachers|workers|voters|fans|"
                                 r"people|critics|brothers|sisters|couple|protesters|neighbou?rs|experts|members|supporters|"
                                 r"organi[sz]ers|colleagues|friends|children|sons|daughters|teammates)\b", regex.M)

#: A sentence that opens with people in the plural, by a share of them or a trade (‘Many of the
#: farmers are in debt.’, ‘Dockers at the port …’): a "they" after it may be theirs, never a pair's before.
RE_PLURAL_OPENING = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Many|Some|Most|All|Several|Dozens|Hundreds|Thousands) of\b"
                                  r"|\p{Lu}\p{Ll}+(?:ers|ists|ants|ents)\b(?! said\b))", regex.M)

#: A kin word owned by a pronoun right before a name set off (‘her daughter, ’, ‘his late father, ’).
RE_KIN_OWNER_BEFORE = LazyPattern(r"\b([Hh]is|[Hh]er) (?:\p{Ll}+ ){0,2}?(\p{Ll}+),? $")

#: The verbs by which a second group takes its own stand on what the first said (‘Police disagreed.’,
#: ‘The engineers found no fault.’, ‘Police put the figure at 2,000.’): a "they" after it is theirs; a group
#: that only acts (‘Police arrested 12 people.’, ‘Guards escorted them out.’) leaves it to the one that spoke.
GROUP_STANCE_VERBS = frozenset("""disagreed disputed denied rejected countered contested challenged questioned
doubted dismissed objected differed responded replied insisted argued maintained contended found put estimated
reckoned thought felt believed concluded""".split())

#: A sentence opening with people in the plural who take a stand of their own (‘Police disagreed.’,
#: ‘The engineers found no fault.’): the group a "they" after it most likely stands for.
RE_GROUP_STANDS_OPENING = LazyPattern(r"(?:(?<=[.!?][”’\"]? )|(?<=\n))(?:The )?(?:\p{Lu}\p{Ll}+ )?(\p{L}+) (?:"
                                      + "|".join(sorted(GROUP_STANCE_VERBS)) + r")\b")

#: Kin a generation or more older than the one they are kin to ("Her mother, Dorothy Marsh").
RE_ELDER_KIN = LazyPattern(r"(?i:(?:his|her|their) )?(?i:mother|father|grandmother|grandfather|aunt|uncle|mum|mom|dad)\b(?! of\b)")

#: Kin a generation or more younger than the one they are kin to ("His son, Nick Dimitriou").
RE_YOUNGER_KIN = LazyPattern(r"(?i:(?:his|her|their) )?(?i:eldest |youngest |younger |elder )?"
                               r"(?i:son|daughter|grandson|granddaughter|nephew|niece)\b(?! of\b)")  # (never "the son of Polish immigrants")

#: A named one's possessive before a kin noun: ‘Cifuentes’s ’ of ‘Cifuentes’s uncle’, ‘Aisha's ’.
RE_NAMED_POSSESSOR = LazyPattern(r"\b\p{Lu}\p{L}+(?:’s|'s|’|') ")


def _named_in_full(text: str, styled: str) -> bool:
    """The article writes the style and given name before a surname somewhere ("Sir John Curtice")."""
    i = text.find(styled + " ")
    while i >= 0:
        if text[i + len(styled) + 1:i + len(styled) + 2].isupper():
            return True
        i = text.find(styled + " ", i + 1)
    return False


#: Words for children, before their names set off with their ages (‘two children, Mia, 9, and Ren, 6’).
CHILDREN_WORDS = frozenset("children kids sons daughters son daughter grandchildren grandsons granddaughters".split())

#: An age set off after a word (‘, 34,’, ‘, a 29-year-old’): where a person named by one name may be.
RE_AGE_SET_OFF = re.compile(r", (?:\d{1,3},|an? \d{1,3}-year-old\b)")

#: An animal's kind after its age (‘Juno, a 14-year-old otter,’, ‘a 5-year-old French bulldog’).
ANIMALS = ("otter dog cat horse giraffe elephant gorilla silverback bulldog terrier retriever lion lioness tiger bear "
           "cub calf pup puppy kitten mare stallion gelding colt filly cow bull pig sheep goat dolphin whale seal "
           "penguin parrot eagle owl tortoise turtle crocodile alligator snake python monkey chimpanzee chimp "
           "orangutan panda koala kangaroo wolf deer moose rhino rhinoceros hippo hippopotamus zebra camel llama "
           "alpaca donkey mule rabbit hamster spaniel labrador poodle collie beagle greyhound mastiff husky "
           "chihuahua pug dachshund rottweiler jaguar leopard cheetah sloth flamingo ostrich")
RE_ANIMAL_AFTER = re.compile(r"(?: [A-Za-z\-]+){0,2}? (?:" + "|".join(sorted(set(ANIMALS.split()))) + r")s?\b")

#: A parent's or a pupil's description after a given name alone (‘Janet, a mother of three’).
PARENT_OR_PUPIL = ("mother", "father", "parent", "mom", "dad", "grandmother", "grandfather", "single mother",
                   "single father", "senior", "junior", "sophomore", "freshman", "student", "pupil")

#: A trade's description set off after a given name alone, up to the verb of speech or a "who"
#: (‘Tom, a driver with 22 years’ service who did not want to give his surname, said’).
RE_TRADE_SET_OFF = LazyPattern(r"(?:\d{1,3}-year-old )?\p{Ll}[\p{Ll}\-]*(?: [\p{L}\d’'\-]+){0,12}?(?:, \p{Lu}\p{L}{0,4}\.)?"
                               r"(?:,? who |, (?:said|says|told)\b)")  # (and a place's state: ‘near Stratford, Ont., said’)

#: A person's age or nationality (or both) before the noun of a description set off after a given
#: name alone (‘Fatima, a Pakistani mother of three’, ‘Mark, a Filipino nurse who’, ‘Ravi, a
#: 34-year-old Indian engineer who’): the description is read from the noun on. The nationality
#: must be one of NATIONALITY_WORDS (never ‘Tom, a Labour councillor who’).
RE_NATIONALITY_BEFORE_NOUN = LazyPattern(r"(?:\d{1,3}-year-old )?(\p{Lu}\p{Ll}+) (?=\p{Ll})")

#: An age set off right before a verb (‘Alan, 79, said’).
RE_AGE_BEFORE_VERB = LazyPattern(r", \d{1,3},$")

#: The capitalised word right before a name (‘But’ of ‘But Joan’, ‘Pensioner’ of ‘Pensioner Alan’).
RE_LEAD_WORD = LazyPattern(r"(?<![\p{L}’'\-])(\p{Lu}\p{Ll}+) $")

#: How a reporter reached the speaker, set off before "said" (‘Abdullah, reached by phone, said’).
RE_CONTACT_ASIDE = LazyPattern(r"(?:when |later )?(?:reached|contacted|interviewed|speaking|approached)\b[^,.;“”\"]{0,40}")

#: A wish that one's surname be kept back, after a given name alone: a person, whatever the name
#: (‘Nadège, a 34-year-old nursing assistant who asked that her last name not be used’).
RE_SURNAME_WITHHELD = LazyPattern(r"\b(?:his|her|their) (?:last name|surname|full name)\b|\bfirst name\b")

#: A wish to be named by a given name alone, after it (‘Brianna, 24, who asked that only her first
#: name be used’), with what else may be printed beside it (‘who asked that only his first name and call
#: sign be used’, ‘… first name and rank …’).
RE_WHO_GIVEN_ONLY = LazyPattern(
    r", who (?:asked that (?:only (?:his|her) first name(?: and (?:\p{Ll}+ ){0,2}\p{Ll}+)?|(?:his|her) (?:last |full |sur)name not) be used"
    r"|declined to give (?:his|her) (?:last|full) name|did not give (?:his|her) (?:last|full) name|gave only (?:his|her) first name)")

#: Nouns of one of a group before a given name set off (‘Another parent, Greg,’, ‘His friend Kyle’).
ONE_OF_GROUP_NOUNS = ("parent", "friend", "classmate", "teammate", "neighbor", "neighbour", "student", "pupil",
                      "worker", "driver", "rider", "nurse", "teacher", "resident", "member", "employee", "colleague",
                      "co-worker", "coworker", "protester", "picketer", "marcher", "striker", "volunteer", "tenant",
                      "passenger", "customer", "farmer", "migrant", "refugee", "survivor", "villager", "mother",
                      "father", "patient", "caregiver", "partner", "husband", "wife", "brother", "sister", "son",
                      "daughter", "cousin", "boyfriend", "girlfriend")
GROUP_LEADS = ("another", "one", "his", "her", "their", "best")


#: The kin word of a parent, child or sibling right before their given name, owned by "his" or "her" (group
#: 1) or by a surname's possessive (group 2), an age or a word or two between (group 3 the kin word):
#: ‘his son ’, ‘her 12-year-old daughter, ’, ‘Benham’s mother ’.
#:
#: >>> RE_KIN_GIVEN_BEFORE.search("ridden by his son ").group(1, 3), RE_KIN_GIVEN_BEFORE.search("Benham’s mother ").group(2)
#: (('his', 'son'), 'Benham')
RE_KIN_GIVEN_BEFORE = LazyPattern(r"(?:\b([Hh]is|[Hh]er)|\b(\p{Lu}\p{Ll}+)[’']s) (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,2}?"
                                  r"(son|daughter|brother|sister|mother|father),? $")

#: A person brought in by a common noun (‘the boy’, ‘a teenager’), between the owner and "his" or "her".
RE_PERSON_NOUN_BETWEEN_GUARD = LazyPattern(r"\b(?:the|a|an|this|that) (?:[\p{Ll}\d\-]+ ){0,2}?(?:boy|girl|man|woman|"
                                           r"teenager|child|baby|toddler|victim|pupil|student|youngster|teen|infant|"
                                           r"patient|player|driver|rider|suspect)s?\b")

#: A kin word owned by "his" or "her" set off right before a full name (‘her late grandmother, ’).
#:
#: >>> bool(RE_OWNED_KIN_BEFORE.search("thanked her late grandmother, ")), bool(RE_OWNED_KIN_BEFORE.search("her friend, "))
#: (True, False)
RE_OWNED_KIN_BEFORE = LazyPattern(r"\b(?:[Hh]is|[Hh]er) (?:[\p{Ll}\-]+ ){0,2}?(?:grand|great-)*(?:son|daughter|brother|sister|"
                                  r"mother|father|wife|husband|aunt|uncle|cousin|niece|nephew|parent)s?, $")

#: How the text right before such a given name ends (a search before the pattern).
KIN_WORD_ENDS = tuple(w + e for w in ("son", "daughter", "brother", "sister", "mother", "father") for e in (" ", ", "))


def given_names_alone(text: str) -> Iterator[tuple[int, str]]:
    """Where a parent or a child is named by a given name alone, and the name: opening a sentence
    before "whose", a parent's or a pupil's description or "said" (‘Monique, whose twin sons are in
    second grade,’, ‘Janet, a mother of three’, ‘Stephanie said’), after "said" before such a
    description (‘said Tanya, a parent who …’), before a wish to be named so, or set off after one
    of a group (‘Another parent, Greg,’, ‘His friend Kyle, also 16,’). Substring searches: the
    pattern they replace read every position of the text.

    >>> [n for _, n in given_names_alone("Monique, whose sons are here, said no. Another parent, Greg, agreed.")]
    ['Monique', 'Greg']
    """
    n = len(text)
    for key in (", whose ", " said", " says", ", a ", ", an ", ", who ", ", not her real name", ", not his real name"):
        article = key in (", a ", ", an ")  # (what the key is, decided once per key, not per hit)
        verb = key[1] == "s"  # " said", " says"
        i = text.find(key)
        while i >= 0:
            nxt = i + len(key)
            j = i
            described = False  # (a trade's description, not a parent's: the name must open its sentence)
            if article:
                nxt = _past_nationality(text, nxt)
                word = next((w for w in PARENT_OR_PUPIL if text.startswith(w, nxt)), None)
                ok = word is not None and (nxt + len(word) >= n or not text[nxt + len(word)].isalpha())
                if not ok:  # ‘Tom, a driver with 22 years’ service who …, said’, ‘Jenna, a bartender at …, said’
                    ok = described = RE_TRADE_SET_OFF.match(text, nxt) is not None
            elif verb:
                ok = nxt >= n or not text[nxt].isalpha()
                if ok and text[i - 1:i] == ",":  # an aside before the verb: ‘Abdullah, reached by phone, said’
                    c = text.rfind(", ", max(0, i - 50), i - 1)
                    age = RE_AGE_BEFORE_VERB.search(text, max(0, i - 6), i)
                    ok = c > 0 and (RE_CONTACT_ASIDE.fullmatch(text, c + 2, i - 1) is not None or age is not None)
                    j = age.start() if age is not None else c  # (or an age: ‘Pensioner Alan, 79, said’)
            elif key == ", whose ":  # (kin: ‘Monique, whose twin sons …’; never ‘Charlotte, whose light-rail line’)
                ok = any(w.strip(",").lower() in WHOSE_KIN for w in text[nxt:nxt + 40].split()[:3])
            elif key == ", who ":
                ok = RE_WHO_GIVEN_ONLY.match(text, i) is not None
                age = RE_AGE_BEFORE.search(text, max(0, i - 6), i)
                j = age.start() if age is not None else i
            else:
                ok = True
            if ok:
                w = RE_LAST_CAPWORD.search(text, max(0, j - 30), j)
                if w is not None and "-" not in w.group() and w.group()[1:].islower():
                    before = text[max(0, w.start() - 5):w.start()]
                    lead = RE_LEAD_WORD.search(text, max(0, w.start() - 16), w.start()) \
                        if verb or article else None
                    if lead is not None and (lead.group(1) in SENTENCE_OPENERS
                                             or (verb and lead.group(1).lower() in DESCRIPTOR_TITLES)) \
                            and (lead.start(1) == 0 or text[max(0, lead.start(1) - 5):lead.start(1)].endswith(SENTENCE_STARTS)):
                        before = text[max(0, lead.start(1) - 5):lead.start(1)] if lead.start(1) else "\n"
                        # (an opener or a word that describes before the name: ‘But Joan, 74, said’,
                        # ‘Pensioner Alan, 79, said’; an opener before a description: ‘But Maria, a
                        # Filipina sales executive who …’)
                    if w.start() == 0 or before.endswith(SENTENCE_STARTS) or (described and text[w.start() - 1:w.start()] == " " and _among_was(text, w.start() - 1)) \
                            or (described and text.endswith(FOR_AFTER_STARTS, 0, w.start())) \
                            or (key == ", who " and not text[max(0, w.start() - 9):w.start()].rstrip().lower().endswith(BEFORE_A_PLACE)) \
                            or (before == "said " and key == ", a " and not described) \
                            or (article and not described and before.endswith((" is ", " was "))):
                        # (never ‘a steelworker from Gary, who …’; a parent brought in as what one of a group
                        # is: ‘One of them is Maria, a mother of three’)
                        yield w.start(), w.group()
            i = text.find(key, nxt)
    low = None
    for noun in ONE_OF_GROUP_NOUNS:
        i = text.find(noun)
        while i >= 0:
            e = i + len(noun)
            plural = text.startswith("s", e)
            m = RE_GROUP_NAME.match(text, e + plural)
            if m is not None:
                low = low or text.lower()
                lead = low[max(0, i - 16):i].split()
                if plural:  # one of many: ‘One of the passengers, Mamadou,’
                    if lead[-3:] == ["one", "of", "the"] or lead[-2:] == ["one", "of"]:
                        yield m.start(1), m.group(1)
                elif lead and (lead[-1] in GROUP_LEADS or (
                        lead[-1].endswith(("’s", "'s")) and text[i - 1:i] == " "
                        and text[i - 1 - len(lead[-1]):i - len(lead[-1])].isupper()
                        and (noun in KIN_NOUNS or gender_of(m.group(1)) is not None
                             or gender_of(lead[-1][:-2].capitalize()) is not None))):
                    # (and a named person's kin, or a partner by a given name on either side: ‘Yuleisy's
                    # husband, Jhonny,’, ‘Maria's partner, Jhonny,’; never ‘Apple's partner, Foxconn,’)
                    yield m.start(1), m.group(1)  # (even a place's name: ‘Another parent, Austin,’)
            i = text.find(noun, e)


#: Kin after "whose" that make the name before it a parent's (‘Monique, whose twin sons …’).
WHOSE_KIN = frozenset("""
son sons daughter daughters child children kids kid husband wife mother father brother brothers sister sisters
family parents grandson grandsons granddaughter granddaughters grandchildren baby boy boys girl girls partner
""".split())


def _past_nationality(text: str, at: int) -> int:
    """Where a description set off after a given name goes on past the person's nationality (and
    age) before its noun, or ``at`` itself when there is none: 'mother of three' in ‘a Pakistani
    mother of three’, 'nurse who …' in ‘a Filipino nurse who …’.

    >>> t = "Fatima, a Pakistani mother of three"
    >>> t[_past_nationality(t, 10):]
    'mother of three'
    >>> t = "Tom, a Labour councillor who"
    >>> t[_past_nationality(t, 7):]
    'Labour councillor who'
    """
    m = RE_NATIONALITY_BEFORE_NOUN.match(text, at)
    return m.end() if m is not None and m.group(1).lower() in NATIONALITY_WORDS else at


def _among_was(text: str, k: int) -> bool:
    """The words ending at ``k`` are a verb of being in a sentence opened by "Among", so that the
    name after them is its subject: ‘Among the marchers was Priya, …’, ‘Among those living in the
    dunes is Dawit, …’; or by a short participle's phrase, the sentence inverted (‘Also walking was
    Brother Thomas Keefe, …’, ‘Joining them was …’)."""
    if not text.endswith((" was", " were", " is", " are"), 0, k):
        return False
    s0 = max(text.rfind(". ", max(0, k - 100), k) + 2, text.rfind("\n", max(0, k - 100), k) + 1, 0)
    if text.startswith("Among ", s0):
        return True
    words = text[s0:k].split()[:-1]
    if words[:1] == ["Also"]:
        words = words[1:]
    return 0 < len(words) <= 5 and words[0].lower().endswith("ing") and len(words[0]) > 4 \
        and not words[0].lower().endswith("thing") and words[0].lower() != "during" \
        and all(w.isalpha() for w in words)  # (never ‘Nothing was …’, nor a clause between commas)


#: A verb of speech right after a name: its subject (‘… only as Darnell said he had worked …’), at its
#: sentence's end too (‘The money will go on hiring, Okafor says. / She is frank about the risks.’).
SAID_AFTER = (" said ", " says ", " told ", " said,", " says,", " said.", " says.")


#: Words before a place's name: no given name alone comes after them.
BEFORE_A_PLACE = (" from", " in", " of", " at", " near", " to", " outside")

#: A given name right after a noun of a group, set off or before "said".
RE_GROUP_NAME = LazyPattern(r",? (\p{Lu}\p{Ll}+)(?=,| said\b)")

#: An age set off before a comma: ", 24".
RE_AGE_BEFORE = LazyPattern(r", \d{1,3}$")


#: One given name alone right after an age in words or figures, with no other name after it, set off or
#: before a verb (‘eight-year-old Danylo said’, ‘One of them, 16-year-old Maisie, said’; never a thing's
#: age, ‘the 49-year-old Carrier plant’): group 1 the name.
#:
#: >>> [m.group(1) for m in RE_AGED_GIVEN.finditer("Nine-year-old Danylo said; 16-year-old Maisie Trewin said; the 49-year-old Carrier plant")]
#: ['Danylo']
RE_AGED_GIVEN = LazyPattern(r"(?<![\p{L}\d\-])(?:\d{1,3}|\p{L}\p{Ll}*(?:-\p{Ll}+)?)-year-old (\p{Lu}\p{Ll}+)"
                            r"(?=,(?! \p{Lu})| (?:said|says|told|tells|added|wrote|was|is|has|had|wanted|wants|\p{Ll}+ed)\b)")

#: An age written before a name (‘16-year-old Maisie Trewin’).
RE_AGE_WORD = re.compile(r"\d{1,3}-year-old")

#: A capital possessive right before a trade that opens a sentence (‘Her colleague Theresa Mahon’).
RE_OWNER_BEFORE = re.compile(r"\b(?:His|Her|Their|My|Our) $")

#: An article and a body's or a thing's possessive before a trade (‘The union’s negotiator Dara
#: Whelan called …’), or before the name itself (‘The SNP’s Dara Whelan was unimpressed’).
RE_THE_OWNER_BEFORE = LazyPattern(r"\b[Tt]he [\p{L}\-]+(?:’s|'s) $")


#: What may stand before a word that opens a sentence.
SENTENCE_STARTS = ("\n", ". ", "! ", "? ", ".” ", '." ', "?” ", '?" ', "!” ", '!" ')

#: "For" opening a sentence before a name (‘For Nadège, a nursing assistant who …, the uncertainty …’).
FOR_AFTER_STARTS = tuple(start + "For " for start in SENTENCE_STARTS)


#: The capitalised word (or two joined by a hyphen) that ends the text searched: "Marie-Ange".
RE_LAST_CAPWORD = LazyPattern(r"(?<![\p{L}\p{M}’'\-.])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$")

#: Capitalised words that are no one's name alone.
NOT_NAMES_ALONE = frozenset("monday tuesday wednesday thursday friday saturday sunday today police".split())


def _couples(text: str) -> Iterator[regex.Match]:
    """The matches of RE_COUPLE, found from each " and " between capitals (a search per " and "
    is many times faster than the pattern over the whole text)."""
    i = text.find(" and ")
    while i >= 0:
        if i > 1 and text[i + 5:i + 6].isupper() and text[i - 1].isalpha():
            w = i - 1
            while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
                w -= 1
            if text[w].isupper():
                m = RE_COUPLE.match(text, w)
                if m is not None:
                    yield m
        i = text.find(" and ", i + 5)


#: A given name and "and" right before a name: "Theo and " (of "Theo and Jess Albright").
RE_COUPLED_BEFORE = LazyPattern(r"\b\p{Lu}[\p{Ll}\p{M}\-]+ and $")

#: Words after "X and Y" that are a place's or an institution's ("Peter and Paul Church", "Jack
#: and Jill Preschool").
COUPLE_NOT_SURNAMES = frozenset("church cathedral chapel school preschool academy hall park street road square bridge".split())

#: Words after which a capitalised word no list gives as a name is a place, never the first of a
#: couple: "reporting by Joyce Park in Seoul and Kaori Mori in Tokyo", "talks in Doha and Cairo".
PLACE_BEFORE_COUPLE = frozenset("in at near outside".split())

#: Two given names and one surname: "Jean-Luc and Amélie Fournier", "Tom and Jane Hale".
RE_COUPLE = LazyPattern(r"\b(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) and (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) "
                        r"(\p{Lu}[\p{L}\p{M}’'\-]+)\b")

#: A child told of in the article: an age under 18 written with "-year-old", or a child's word.
RE_CHILD_TOLD = LazyPattern(r"\b(?:(?:[1-9]|1[0-7])-year-old|girl|boy|teenager|teen|schoolgirl|schoolboy|toddler|baby|infant|pupil|child)\b")

#: An age set off after a name, or told: "Camille Fournier, 29,", "Ethan Coulter was 14 when".
RE_AGE_AFTER = re.compile(r", (?:now )?\d{1,3}[,.]| was \d{1,3}(?:[,.]| when| years old)")

#: How many of a person's full mentions are read for a kin word or an age.
KIN_SPOTS = 3


#: Given names that, alone and capitalised, are more often something else ("Will", "May", "Grace").
NOT_GIVEN_ALONE = frozenset("will may june april august grace hope joy faith mark bill rose art dawn".split())


#: A body's name as written: two capitalised words or more, with "of", "for", "and" or "&" (and
#: "the") inside. A lone capitalised word fails here at once (the second word is required), where a
#: run of one word matched and was dropped in Python, most of them.
#:
#: A mission's name goes on with where it is sent, after "to" or "in" (see ``MISSION_HEADS``).
#:
#: >>> [m.group() for m in RE_BODY_NAME.finditer("Shares of Halvorsen Shipping fell, AT&T said; Norrland Paper & Packaging")]
#: ['Shares of Halvorsen Shipping', 'Norrland Paper & Packaging']
#: >>> [m.group() for m in RE_BODY_NAME.finditer("The UN Integrated Mission in Ardenia said; Lorvian Mission to the United Nations")]
#: ['The UN Integrated Mission in Ardenia', 'Lorvian Mission to the United Nations']
#:
#: A saint's "St." goes on into the name when it opens the run or follows "and", "of" or "for" (never a
#: street's: ‘on Main St. The firm’):
#:
#: >>> [m.group() for m in RE_BODY_NAME.finditer("Hollin Health and St. Brendan’s Medical Group met on Main St. The end")]
#: ['Hollin Health and St. Brendan’s Medical Group', 'Main St']
RE_BODY_NAME = LazyPattern(r"(?<![\p{L}\p{M}\p{Nd}’'\-.])\p{Lu}[\p{L}\p{M}\p{Nd}’'\-&]*+(?:(?<=(?<![\p{L}\p{M}])St)\.(?=[ \t]\p{Lu}))?"
                           r"(?:[ \t]++(?:(?:of|for|and|&|(?<=(?:Mission|Delegation)[ \t]+)(?:to|in))[ \t]++(?:the[ \t]++)?)?+"
                           r"\p{Lu}[\p{L}\p{M}\p{Nd}’'\-&]*+(?:(?<=(?:and|of|for|the)[ \t]+St)\.(?=[ \t]\p{Lu}))?)++")


def _members_possessive_in_name(words: Sequence[str], k: int, c: int) -> bool:
    """Whether the plural possessive at ``words[c]``, the run's first word past "The", is the name's own, the
    people the body is for, when the run ends in a body's word: ‘The Workers' Support and Insurance Fund’,
    ‘the Teachers’ Pension and Welfare Fund’ (w62a); never one who owns the body (‘Trump's Justice Department’
    is singular), nor a run going on after the body's word.

    >>> _members_possessive_in_name("The Workers' Support and Insurance Fund".split(), 0, 1)
    True
    >>> _members_possessive_in_name("Trump's Justice Department".split(), 0, 0)
    False
    >>> _members_possessive_in_name("The Smiths' Cottage Garden".split(), 0, 1)
    False
    """
    return words[c].endswith(("s’", "s'")) and c == k + (words[k] == "The") and c + 2 < len(words) \
        and words[-1].lower() in ORG_WORDS and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words[c + 1:])


#: Heads of public offices whose remit after "of" or "for" may list its matters with "and" (‘Department of
#: Natural Resources and Northern Development’, ‘Ministry of Trade and Industry’, ‘Maritime Prefecture for the
#: Channel and North Sea’) (w62a).
#:
#: >>> "department" in REMIT_LIST_HEADS, "bank" in REMIT_LIST_HEADS
#: (True, False)
REMIT_LIST_HEADS = frozenset("department ministry office commission committee agency bureau authority prefecture "
                             "secretariat directorate".split())


def _remit_list_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether the words after "and" go on the remit of the public office before it, one body's name, not a
    second body's: the office's head, then "of" or "for" (‘Department of Natural Resources’), and after "and"
    no body's own word at the end (never ‘the Ministry of Finance and the Central Bank’).

    >>> _remit_list_and("Department of Natural Resources".split(), "Northern Development".split())
    True
    >>> _remit_list_and("Ministry of Finance".split(), "the Central Bank".split())
    False
    >>> _remit_list_and("Bank of America".split(), "Wells Fargo".split())
    False
    """
    return any(w.lower() in REMIT_LIST_HEADS and nxt in ("of", "for") for w, nxt in zip(left, left[1:])) \
        and right[-1].lower() not in ORG_WORDS and right[-1].lower() not in BUSINESS_WORDS \
        and right[0] != "the"


def _firm_town_after(text: str, end: int, words: Sequence[str]) -> bool:
    """A firm's name of two words or more, ending in a firm's word, then "of" and one word that the
    text follows with a comma and a state or a country: the town the firm is based in, no part of
    its name (‘Tessaract Defense Systems of Huntsville, Alabama, said’, ‘Kestrel Robotics of Pune,
    India’). Never a firm whose head takes its place (‘the Bank of Ireland’, ‘Royal Bank of
    Scotland’), nor a body that is no firm (‘the University of Leeds, England’).

    >>> _firm_town_after("Tessaract Defense Systems of Huntsville, Alabama, and", 39, "Tessaract Defense Systems of Huntsville".split())
    True
    >>> _firm_town_after("Allied Irish Bank of Cork, Ireland", 25, "Allied Irish Bank of Cork".split())
    False
    """
    if len(words) < 4 or words[-2] != "of" or not text.startswith(", ", end):
        return False
    head = words[-3].lower()
    if head not in BUSINESS_WORDS or head in FIRM_HEADS_OF_PLACE or any(w in ("of", "for", "the") for w in words[:-2]):
        return False
    place = text[end + 2:end + 40].split(" ", 2)
    first = place[0].rstrip(",.;")
    two = " ".join(place[:2]).rstrip(",.;")
    return first in US_STATE_FORMS or first in COUNTRY_NATIONALITIES or two in US_STATE_FORMS or two in COUNTRY_NATIONALITIES


#: The possessive ending of a body's name that owns what follows (‘Airport’s’, ‘Labs'’): stripped to the name.
#:
#: >>> RE_POSSESSIVE_END.sub("", "Airport’s"), RE_POSSESSIVE_END.sub("", "Labs'")
#: ('Airport', 'Labs')
RE_POSSESSIVE_END = LazyPattern(r"(?:[’']s|(?<=s)[’'])$")


#: Parts of a body, and what it holds, before its name: "Shares of", "Stock of", "Units of".
BODY_PARTS = wordset("shares stock stocks bonds units subsidiaries divisions branches parts")


#: A firm's trade set off right after its name, and ending there (‘Brightline Strategies, a consultancy
#: that …’, ‘Orla Ridge, a Dublin property developer,’), or after "the" and where or how big it is
#: (‘Orbis Lithography, the country’s largest technology company and …’): group 1 the trade's last word.
#:
#: >>> RE_SET_OFF_FIRM.match(", the country’s largest technology company and one of").group(1)
#: 'company'
#: >>> RE_SET_OFF_FIRM.match(", a consultancy that worked for").group(1), RE_SET_OFF_FIRM.match(", the Dallas-based airline,").group(1)
#: ('consultancy', 'airline')
#: >>> RE_SET_OFF_FIRM.match(", the company and the regulator said") is None  # (two speakers, never a name's trade)
#: True
RE_SET_OFF_FIRM = LazyPattern(r", (?:(?:a|an) (?:[\p{L}\-]+ ){0,3}?|the (?:[\p{L}\-]+[’']s )?(?:[\p{L}\-]+ ){0,2}?)(\p{Ll}+)"
                              r"(?=[,.;]| (?:that|which|based|in|owned|run|with|founded)\b| and\b(?! (?:\p{Lu}|the\b)))")


#: A set-off trade after "the" owned by another firm (‘Kestrel Direct, the group’s online lender,’): the
#: name is that firm's unit or brand, never a firm whose first word is its own short form.
#:
#: >>> RE_SET_OFF_OWNED.match(", the company’s new budget airline,") is not None, RE_SET_OFF_OWNED.match(", the country’s largest bank") is None
#: (True, True)
RE_SET_OFF_OWNED = LazyPattern(r", the (?:company|firm|group|parent|owner|carrier|airline|lender|bank|insurer|retailer"
                               r"|studio|chain|conglomerate|business|operator|brand|maker|startup|start-up)[’']s ")


#: Where a body is based, written onto "based" before its name (‘developed by Brennholt-based Aurelian
#: Biologics’): no word of the name.
#:
#: >>> bool(RE_PLACE_BASED.fullmatch("Brennholt-based")), bool(RE_PLACE_BASED.fullmatch("Evidence-Based"))
#: (True, False)
RE_PLACE_BASED = LazyPattern(r"\p{Lu}[\p{L}\-]*-based")


def _set_off_as_firm(text: str, at: int, name: str, words: list[str]) -> bool:
    """A name of two words or more that the text sets off with a firm's trade right after it, though no
    word of the name is a firm's (‘Brightline Strategies, a consultancy that worked for …’): a company, whose
    first word ("Brightline") is its short form. Never a name written after "the", nor a person's name
    (‘Grace Okafor, a company director,’: the trade must end the phrase, and a given name opens no firm's
    name)."""
    if name.startswith("the ") or text[max(0, at - 4):at].lower() == "the ":
        return False  # (a name written after "the" is a title or a body's, never a firm's short form to fill
        # out: ‘the Hurun Report, a wealth research firm, …. Hurun said’ stays "Hurun", and so does ‘the
        # Shanghai-based Hurun Report’)
    written = " ".join(words)
    end = text.find(written, at, at + len(name) + 40)
    end = end + len(written) if end >= 0 else -1
    if end < 0 or not text.startswith((", a", ", the "), end) or gender_of(words[0]) is not None:
        return False
    trade = RE_SET_OFF_FIRM.match(text, end)
    if trade is not None and RE_SET_OFF_OWNED.match(text, end) is not None:
        return False  # (a firm's own unit or brand, whose first word is its owner's short form: ‘Kestrel launched
        # Kestrel Direct, the group’s online lender, …. Kestrel said’ stays "Kestrel"; review rv63c)
    return trade is not None and (trade.group(1) in BUSINESS_WORDS or trade.group(1) in FIRM_SET_OFF_TRADES)


def _part_of_a_body(word: str) -> bool:
    """A plural common noun that a body's name follows with "of" ("Shares", "Members",
    "Employees", "Some"), or a measure of it ("Viewership", "Attendance": BODY_MEASURE_WORDS),
    never a word of the name ("Friends of the Earth" stays a name,
    "Bank of America" too)."""
    return word in BODY_PARTS or word in PARTITIVES or word in QUANTITY_WORDS or word in BODY_MEASURE_WORDS or (
        word.endswith("s") and (word[:-1] in ROLE_NOUNS or word[:-1] in ("member", "employee", "worker")))


def _body_served(words: Sequence[str]) -> int | None:
    """Where the body's name starts in a run that opens with a person by an office or a rank and a
    given name, then "of" the body they serve (‘Battalion Chief Sam Ortiz of the Dale City Fire
    Department’, ‘Cpl. Ana Roy of the Valley RCMP’): the index of the word after "of" (and "the").
    None for a body whose own name holds "of" (‘the Bank of England’, ‘Secretary of State’).

    >>> _body_served("Battalion Chief Sam Ortiz of the Dale City Fire Department".split())
    6
    >>> _body_served("Bank of England".split()), _body_served("Secretary of State Ann Lee".split())
    (None, None)
    """
    if "of" not in words:
        return None  # (a look-up first: most runs hold no "of", and the loop below reads every word)
    for o, word in enumerate(words[:-1]):
        if word != "of" or o < 3:
            continue
        title, rest = split_title(words[:o])
        if len(rest) < o and 2 <= len(rest) <= 4 and gender_of(rest[0]) is not None:
            return o + 1 + (words[o + 1] == "the" and o + 2 < len(words))
        return None
    return None


#: Last words of the names of places ("the South China Sea", "the Rio Grande Valley") and clubs
#: ("Manchester City"): never a pronoun's antecedent (unless a given name or a role says a person).
PLACE_HEADS = frozenset("""
Sea Ocean River Lake Mountain Mountains Island Islands Bay Gulf Strait Valley Desert Canal Peninsula
Coast Street Avenue Square Park County Province Region
City United Rovers Athletic Wanderers Albion Hotspur FC States Kingdom Emirates Republic
Forest Heights Springs Falls Hills Road Moor Reservoir Harbour Harbor Airport
Drive Boulevard Highway Parkway Trail Creek Canyon Plaza Mall
""".split())


def _named_place(p: "Person") -> bool:
    """A name of two words or more whose last word is a place's, which nothing in the article shows
    to be a person's: "the Han River", "Namsan Park" (never "Grace Park" with a sex, a role or a
    quotation of her own)."""
    return p.kind == "name" and " " in p.name and p.name[p.name.rfind(" ") + 1:] in PLACE_HEADS and not p.personlike


def _participle_before_name(text: str, at: int, words: Sequence[str], end: int) -> bool:
    """The run opens its sentence with a participle whose object is a one-word name, the phrase set
    off by a comma (‘Addressing Rohan, the host said’, ‘Comforting Meher, Tanvi told her’): the
    participle is no given name. Never a title's participle (‘Acting Gov. Lee’) nor a given name
    (‘Channing Tatum, …’).

    >>> t = "He left. Addressing Rohan, the host said it."
    >>> _participle_before_name(t, 9, ("Addressing", "Rohan"), 25), _participle_before_name(t, 9, ("Acting", "Rohan"), 21)
    (True, False)
    """
    first = words[0]
    low = first.lower()
    return len(words) == 2 and len(first) > 5 and low.endswith("ing") and first[1:].islower() \
        and low not in TITLE_PARTICIPLES and low not in QUALIFIER_LEADS and gender_of(first) is None \
        and text.startswith(",", end) and (at == 0 or text.endswith(SENTENCE_STARTS, 0, at))


#: An indefinite article, and up to two lower-case words after it, ending where a run begins: ‘a
#: tense ’, ‘an ’.
RE_INDEFINITE_BEFORE = LazyPattern(r"\b[Aa]n? (?:\p{Ll}[\p{Ll}\-]*+ ){0,2}$")


def _indefinite_attributive(text: str, at: int, words: Sequence[str], end: int) -> bool:
    """The run, written only here, stands between "a" (or "an") and the noun it modifies (‘in a
    tense Beach Hut moment’, ‘an Island Villa exclusive’, ‘a Summit Kitchen contestant’): a show's or a
    thing's name used as an adjective, no person. One opening with a given name may be a person's
    (‘a Donald Trump supporter’); a verb after the run makes it the subject (‘a woman named Pranee
    Saetang lights …’); a place's (‘a Los Angeles movie theater’) and a run written elsewhere too
    are left to the rules for them.

    >>> t = "She spoke in a tense Beach Hut moment. A Donald Trump supporter said. A woman named Ann Oyo lights."
    >>> _indefinite_attributive(t, 21, ("Beach", "Hut"), 30), _indefinite_attributive(t, 41, ("Donald", "Trump"), 53)
    (True, False)
    >>> _indefinite_attributive(t, 83, ("Ann", "Oyo"), 90)
    False
    """
    # the pattern ends in a space after "A" or a lower-case letter or hyphen; most runs follow a full
    # stop, a capital or a mark, and are spared the search (a letter beyond ASCII is left to it)
    last = text[at - 2:at - 1] if text.endswith(" ", 0, at) else ""
    before = RE_INDEFINITE_BEFORE.search(text, max(0, at - 30), at) \
        if last and ("a" <= last <= "z" or last in "A-" or not last.isascii()) else None
    if before is None or not _attributive(text, end) or gender_of(words[0]) is not None \
            or words[0].rstrip(".").lower() in HONORIFICS or words[0] in PLACE_LEADS_FIRST:
        return False
    nxt = text[end:end + 20].split()[0].strip(",.;:")  # (a word: _attributive found one)
    return not verb_shaped(nxt) and not any(verb_shaped(w) or w.endswith("ing") for w in before.group().split()[1:]) \
        and not written_elsewhere(text, " ".join(words), at)


#: What stands before the first word of a quotation: its opening mark after a space or a line's start.
QUOTE_OPENINGS = (" “", ' "', " ‘", " '", "\n“", '\n"', "\n‘", "\n'")


def _word_before_given(text: str, at: int, words: Sequence[str], given_names: set[str]) -> bool:
    """The run is a capitalised word that opens a sentence or a quotation, then the given name of
    someone the article has named in full: an imperative's, an interjection's or a participle's
    object (‘“Protect Shayla at all costs,” one wrote’, ‘Addressing Rohan, …’, ‘“Thanks Priya”’),
    never a second person's full name. A given name or an honorific opening it is a name's
    (‘Sarah Shayla’, ‘Mrs Shayla’).

    >>> t = 'Shayla Moretti left. “Protect Shayla,” one wrote. Sarah Shayla said.'
    >>> _word_before_given(t, 22, ("Protect", "Shayla"), {"Shayla"}), _word_before_given(t, 50, ("Sarah", "Shayla"), {"Shayla"})
    (True, False)
    """
    return len(words) == 2 and words[1] in given_names and words[0][1:].islower() and gender_of(words[0]) is None \
        and words[0].rstrip(".").lower() not in HONORIFICS \
        and (at == 0 or text.endswith(SENTENCE_STARTS, 0, at) or text.endswith(QUOTE_OPENINGS, 0, at)) \
        and not _surname_alone_elsewhere(text, at, words[0])


def _surname_alone_elsewhere(text: str, at: int, word: str) -> bool:
    """(guard) The word before the given name stands alone as a name elsewhere, mid-sentence (‘“…,”
    Park said’, ‘Mr Park’): a surname written first, as Korean, Chinese and Ugandan names are (‘Park
    Sarah came second’), never an imperative's or an interjection's word (‘Protect Shayla’).

    >>> t = "Sarah Kim won. Park Sarah came second. “It was close,” Park said."
    >>> _surname_alone_elsewhere(t, 15, "Park"), _surname_alone_elsewhere("“Protect Shayla,” one wrote.", 1, "Protect")
    (True, False)
    """
    for m in regex.finditer(r"(?<=[\p{Ll},”’\"] )" + regex.escape(word) + r"\b(?! \p{Lu})", text):
        if m.start() != at:
            return True
    return False


def _no_person_opens(run: str) -> bool:
    """The run opens with neither an honorific nor a given name ("Paper Boats", not "Mr. Trump")."""
    first = run.split()[0]
    return first.rstrip(".").lower() not in HONORIFICS and gender_of(first) is None


#: What follows a capitalised run that fills a pair of quotation marks: a title, never a person.
QUOTED_RUN_ENDS = ("”", ",”", ".”", "\"", ",\"", ".\"")

#: First words of the names of places ("Fort Nelson", "Port Moresby", "Cape Town", an Irish county
#: "Co Meath", "Co. Kerry"), and of no one's given name (unlike "Lake Bell", "Mount Kelly").
PLACE_LEADS_FIRST = frozenset("Fort Port Cape San Los Las El Co Co.".split())

#: Irregular past forms of common verbs: never part of a title before a name ("Trump threw
#: famous reporter X", "met presidential candidate X").
PAST_FORMS = wordset("""
became began brought bought caught chose came drew drove fell felt fought found flew forgot got gave
went grew heard held hit kept knew led left lost made meant met paid put ran rode rose sent set shot
saw sat spoke spent stood stole struck swore took taught told thought threw understood won wore wrote
""")


#: One who gives a name for themselves, told after the description (‘a journalism student who
#: introduced himself as Caleb’, ‘who later identified herself as Marisol Ortega-Reyes’, as wires write
#: it too: ‘a retired fisherman who gave his name only as Beppe’).
RE_SELF_NAMED = LazyPattern(r"\b(?:(?:identified|introduced) (himself|herself|themselves)|gave (his|her|their) (?:first )?name) (?:only )?as "
                              r"(\p{Lu}[\p{Ll}\p{M}’']+(?:\.(?= \p{Lu}))?(?:-\p{L}[\p{Ll}\p{M}’']+)*"
                              r"(?: \p{Lu}[\p{Ll}\p{M}’']+(?:\.(?= \p{Lu}))?(?:-\p{L}[\p{Ll}\p{M}’']+)*){0,3})")
#: A sentence's subject, set off, up to the clause that names it (‘An audience member, a student who’).
RE_SUBJECT_SET_OFF = LazyPattern(r"(?:^|[.!?]\s+|\n)(?:An?|One|The|Another)\b(?:[^.!?,]{0,50}, [^.!?,]{0,70}\b|(?: [\p{L}\-]+){1,3} )"
                                 r"who (?:later |simply |only |just )?$")
# (or the subject's own few words right before "who": ‘A retired fisherman who gave his name only as Beppe’)

#: A description's sentence going on to name who it is (‘The chief executive in question was X’).
RE_NAMED_AS_PREDICATE = LazyPattern(r"(?: \p{Ll}+){0,3} (?:was|is) (?:\p{Lu}\.? )?\p{Lu}\p{Ll}+ \p{Lu}")

#: People nouns whose mentions are remembered for pronoun resolution ("Western officials"): the
#: stems, each with the endings it takes.
PEOPLE_WORDS = {
    "official": ("", "s"), "source": ("", "s"), "spokesperson": ("",), "spokesman": ("",),
    "spokeswoman": ("",), "aide": ("", "s"), "diplomat": ("", "s"), "lawmaker": ("s",),
    "senator": ("s",), "leader": ("s",), "officer": ("", "s"), "analyst": ("s",), "expert": ("s",),
    "resident": ("", "s"), "witness": ("", "es"), "protester": ("s",), "passenger": ("", "s"),
    "neighbour": ("", "s"), "neighbor": ("", "s"), "bystander": ("", "s"), "eyewitness": ("", "es"),
    "survivor": ("", "s"), "villager": ("", "s"), "motorist": ("", "s"), "pedestrian": ("", "s"),
    "commuter": ("", "s"), "trustee": ("", "s"), "person": ("",), "family": ("",), "woman": ("",), "man": ("",),
    "mother": ("",), "father": ("",), "manager": ("",), "employee": ("",), "worker": ("",),
    "cousin": ("",), "victim": ("",), "caller": ("",), "listener": ("",), "viewer": ("",), "texter": ("",), "customer": ("",), "co-worker": ("",), "coworker": ("",),
    "friend": ("",), "relative": ("",), "driver": ("",), "student": ("", "s"), "nurse": ("",),
    "teacher": ("",), "parent": ("",), "husband": ("",), "wife": ("",), "son": ("",), "daughter": ("",),
    "brother": ("",), "sister": ("",), "carpenter": ("",), "farmworker": ("",), "rancher": ("",),
    "strategist": ("", "s"), "economist": ("", "s"), "researcher": ("", "s"), "scientist": ("", "s"),
    "owner": ("", "s"), "contractor": ("", "s"), "executive": ("",),
    # (a study's or a report's writers, in the plural only: ‘the authors say so plainly. “…,” they write’)
    "author": ("s",),
    # (guard: and those who judge a study, whom a 'they' after "the authors" may stand for: ‘The authors
    # declined to comment, but the reviewers were blunt. “…,” they wrote’)
    "reviewer": ("", "s"),
    # (and those who run an event, as a group that speaks in a statement: ‘Race organisers
    # confirmed the cancellation. “…,” they said’)
    "organiser": ("", "s"), "organizer": ("", "s"),
}

#: People nouns remembered only as someone unnamed brought in who speaks, "a" or "one" before
#: them (‘One pharmacist at a chain store in Dayton, who asked that her name not be used, said …’,
#: ‘A senior industry figure, speaking on condition of anonymity, said …’): never "the doctor",
#: who may be the one the article named. (And the trades and states of life such a source is
#: described by: ‘A screener at the city's airport, who spoke on condition of anonymity, said …’,
#: ‘One victim, an 89-year-old widow from Wigan, …’, and a warehouse's trades: ‘said one picker at the
#: firm's site in Leeds’.)
INTRODUCED_PEOPLE = frozenset("""
pharmacist lecturer professor doctor physician surgeon paramedic firefighter soldier farmer shopkeeper
trader councillor councilor lawyer attorney investigator detective volunteer organiser organizer activist
campaigner voter shopper tenant landlord homeowner homebuyer patient miner fisherman pilot engineer staffer insider
supporter fan player coach colleague banker investor shareholder stockholder mp veteran guard captain mechanic electrician
plumber contractor
chef cashier clerk cleaner labourer laborer
steward convenor convener picketer loader welder machinist dockworker carer objector submitter ratepayer
caseworker counsellor counselor caregiver therapist midwife interpreter
screener widow widower pensioner retiree janitor porter vendor lobbyist
picker packer stower sorter
participant attendee
""".split()) | SCIENCE_PROFESSIONS  # (and science's: ‘One oncologist who enrolled patients …, said’)
PEOPLE_WORDS.update({w: ("",) for w in INTRODUCED_PEOPLE if w not in PEOPLE_WORDS})


def plural_word(word: str) -> bool:
    """A people noun of PEOPLE_WORDS in the plural ("analysts", "witnesses")."""
    return word.endswith("s") and not word.endswith("ss")


#: Plurals of people without an "s" (and any noun ending in "men": "the two men", "firemen");
#: "people", "police" and "staff" are collective nouns, read apart.
IRREGULAR_PLURALS = frozenset({"children", "folk"})


#: A body's noun set off after a people noun (‘The owner, a Delaware holding company,’).
RE_BODY_SET_OFF = LazyPattern(r", (?:a|an|the) (?:[\w’'\-]+ ){0,3}(?:company|firm|corporation|group|partnership|trust|fund|llc|"
                              r"business|consortium|subsidiary)\b")

#: A body's kind set off after a name, owned or qualified: ‘, the sport’s governing body,’, ‘, the
#: national regulator,’ (group 1 the kind).
RE_BODY_KIND_SET_OFF = LazyPattern(r", the (?:[\p{Ll}\-]+(?:[’']s)? ){0,3}(\p{Ll}+)[,.]")

#: A name right after a noun, or set off after it: " Robby Mook", ", Robby Mook,".
RE_NAME_AFTER = LazyPattern(r",? \p{Lu}[\p{Ll}\p{M}’'\-]+ (?:(?:" + "|".join(sorted(PARTICLES)) + r") )*\p{Lu}")


#: A speech verb right after someone described, past the body they belong to and an aside or two
#: (‘ at a chain store in Dayton, who asked that her name not be used …, said’).
RE_SPEAKS_NEXT = LazyPattern(r"(?: (?:at|of|from|for|in|with|near|on|who|that|\w+ing) [^,.;:“”\"]{1,80}?)?(?:, [^.;:“”\"]{1,160}?,)? "
                             r"(?:also |later |then )?"
                             r"(?:said|says|told|tells|added|wrote|writes|explained|recalled|recounted|warned|argued|admitted|"
                             r"testified|insisted|described|posted|complained|noted|conceded|acknowledged|cautioned)\b")


#: A pronoun right after a verb as its object (‘warned her that’, ‘told him.’), never an owner (‘told her players’).
RE_OBJECT_PRONOUN = LazyPattern(r" (?:her|him|them)\b(?! \p{Ll}+\b(?<!\bthat|\bto|\babout|\bthe|\ba|\ban|\bin|\bon))")


#: A dateline in capitals before a sentence (‘FAIRVIEW - ’, ‘WESTBROOK — ’).
RE_DATELINE_OPENING = LazyPattern(r"\p{Lu}[\p{Lu} .,’'\-]{1,40} [-—–] ")

#: Honorifics before a given name alone that, where an article calls its people so, make it the one
#: named in full with it (‘Mr Pongsak’, ‘Ms Wanida’, ‘Khun Chanida’, as Thai and Indonesian papers write).
GIVEN_CALLING_HONORIFICS = frozenset("mr mrs ms miss khun".split())

#: A sentence's opening that tells what a court or an inquest was told, right before the subject of
#: what it heard (‘The court heard Pike had been barred …. He returned …’: Pike is that clause's subject).
#:
#: >>> bool(RE_HEARD_OPENING_BEFORE.search("barred. The court heard that ")), bool(RE_HEARD_OPENING_BEFORE.search("Jurors were told "))
#: (True, True)
#: >>> bool(RE_HEARD_OPENING_BEFORE.search("He said the court heard from "))
#: False
RE_HEARD_OPENING_BEFORE = LazyPattern(r"(?:^|(?<=[.!?”\n])\s*)(?:The (?:court|jury|inquest|tribunal|hearing|trial) (?:heard|was told)"
                                      r"|Jurors (?:heard|were told))(?: that)? $")

#: Honorifics only an adult is given (‘Ms Brennan said’ beside her daughter Kayla Brennan, 15, is the
#: mother's); never "Miss", which a schoolgirl is called too.
#:
#: >>> sorted(ADULT_HONORIFICS)
#: ['mr', 'mrs', 'ms']
ADULT_HONORIFICS = frozenset("mr mrs ms".split())

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


#: A passive of being answered or challenged right after a subject (‘, was interrupted by’); not
#: quotesearch.statements.RE_PASSIVE_AFTER, any passive.
RE_ANSWERED_AFTER = LazyPattern(r",? (?:was|were|had been|has been|is being|was being) (?:interrupted|heckled|challenged|"
                                r"questioned|contradicted|rebuked|corrected|cut off|pressed|asked|booed|criticised|"
                                r"criticized|confronted|answered|followed|rebutted|attacked|mocked|told) by\b")


#: The body someone belongs to, right after their name (‘ of Avon and Somerset Police’).
RE_OF_BODY_AFTER = LazyPattern(r" (?:of|from|at) (?:the )?(?:\p{Ll}[\p{Ll}\-]+ ){0,2}\p{Lu}[\p{L}&’'\-]*(?: (?:and|of|&|the|\p{Lu}[\p{L}&’'\-]*))*")


#: One or two lower-case words and a capitalised one right after a name (‘ spokesperson Ravi’, ‘ press
#: secretary Karine’).
RE_WORDS_THEN_NAME = LazyPattern(r" (?:([a-z\-]+) )?([a-z\-]+) \p{Lu}\p{Ll}")


#: The rest of a body's name after its first words, its acronym in brackets if any (‘ and Rescue Service
#: (HFRS)’, ‘ of England’).
RE_BODY_NAME_TAIL = LazyPattern(r"(?: (?:of|and|for|&)(?: the)? \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)*(?: \(\p{Lu}[\p{Lu}\d&\-]*\))?")


#: How many of a name's spots are read for a title after it (a bounded look, whatever the article).
SPOTS_READ_FOR_TITLE = 6


def _role_and_name_at(text: str, at: int) -> bool:
    """A role and a name right after ``at``: the name before was a modifier of the title (‘White House
    spokesperson Ravi Menon’), or the first words of a body's name before it (‘Humber Fire and Rescue
    Service (HFRS) station manager X’, ‘Tyne Radio North of England correspondent X’)."""
    m = RE_WORDS_THEN_NAME.match(text, at)
    if (m is None or m.group(2) not in ROLE_NOUNS) and (tail := RE_BODY_NAME_TAIL.match(text, at)).end() > at:
        m = RE_WORDS_THEN_NAME.match(text, tail.end())
        if m is not None and m.group(1) is not None and (m.group(1) in SPEECH_VERBS or m.group(1).endswith("ed")):
            return False  # (a verb and its object: ‘Smith and Jones told reporter Ann Lee’)
    return m is not None and m.group(2) in ROLE_NOUNS


def _one_described_at(toks: list[Token], d: int, k: int) -> bool:
    """``toks[d]`` is "one" opening a single person's description whose noun is ``toks[k]``, the way
    an anonymous source is brought in (‘One official in the Treasury said …’, ‘One national official
    involved in the talks said …’): read forward like one after "a", so the source is kept as first
    written, never cut to "one official" (never "one of the officials", a group's member).

    >>> toks = tokenize("One official in the Treasury said")
    >>> _one_described_at(toks, 0, 1), _one_described_at(tokenize("One of the officials said"), 0, 3)
    (True, False)
    """
    return toks[d].word == "one" and d < k and toks[d + 1].word != "of"


#: Someone described without a name, of a body or a group, then a comma: the subject a second description
#: may be set off after (‘a member of the inspection team, an engineer who …, said’, ‘one of the
#: nurses, a woman in her fifties, said’).
RE_DESCRIBED_BEFORE_SET_OFF = LazyPattern(
    r"\b((?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\-]+ ){0,2}(?:of|at|from) (?:the |a |an |its |their )?(?:(?!(?:is|was|are|were)\b)[\p{L}\-’']+ ){0,3}"
    r"[\p{L}\-]+), $")  # (never a clause: ‘One of them is Maria, a mother of three’ names Maria)


#: One of a group brought in by the group's noun and, set off after it, an age and what they are
#: (‘One victim, an 89-year-old widow from Wigan, handed over £23,500, the court heard.’): the person
#: the paragraph is about, whether or not they speak there; group 1 the group's noun, 2 the
#: description set off (its place after "from" kept).
#:
#: >>> RE_ONE_AGED_SET_OFF.match("One victim, a 76-year-old woman from Wigan, lost").group(2)
#: 'a 76-year-old woman from Wigan'
RE_ONE_AGED_SET_OFF = LazyPattern(
    r"(?:One|Another) (\p{Ll}+), (an? \d{1,3}-year-old (?:[\p{Ll}\-]+ ){0,2}\p{Ll}+"
    r"(?: from \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?),")

#: A sentence's stop before the paragraph's end (a guard of :func:`_aged_ones_set_off`).
RE_SENTENCE_STOP_GUARD = LazyPattern(r"[.!?][”\"’']? (?=[“\"‘'\p{Lu}])")

#: A sentence's closing stop, and whether its paragraph ends with it (a newline or the text's end after).
RE_SENTENCE_CLOSES = LazyPattern(r"[.!?][”\"’']?(?:\n|$)")

#: Words of a death in the rest of a sentence: the one it describes speaks no more (‘One victim, a
#: 19-year-old student, died in hospital.’).
RE_DEATH_WORDS = LazyPattern(r"\b(?:died|dies|killed|dead|death|murdered|fatally)\b")


#: A second description set off after a first, up to its noun (‘…, an engineer’, ‘…, a senior nurse’).
RE_INDEFINITE_SET_OFF = LazyPattern(r", an? (?:[\p{Ll}\-]+ ){0,2}$")


def _aged_ones_set_off(text: str) -> Iterator[tuple[int, str]]:
    """Where a sentence opens on one of a group with an age set off (:data:`RE_ONE_AGED_SET_OFF`), and
    the description set off (‘One victim, an 89-year-old widow from Wigan, handed over …’): the one
    the paragraph is about, whom a "she" after stands for. Substring searches first ("-year-old",
    "One " or "Another "). Guards: the group's noun is a noun of people (no thing's), the sentence
    opens there and closes its paragraph, and its rest tells no death (:data:`RE_DEATH_WORDS`).

    >>> list(_aged_ones_set_off("One victim, a 76-year-old woman, lost £900.\\n\\nOne fan, a 19-year-old student, died."))
    [(0, 'a 76-year-old woman')]
    """
    if "-year-old" not in text:
        return
    for key in ("One ", "Another "):
        i = text.find(key)
        while i >= 0:
            m = RE_ONE_AGED_SET_OFF.match(text, i)
            opens = i == 0 or text[i - 1] == "\n" or (
                text[i - 1] == " " and text[max(0, i - 3):i - 1].rstrip("”\"’'")[-1:] in ".!?")
            if m is not None and opens and (m.group(1) in PEOPLE_WORDS or (
                    m.group(1) in DESCRIPTION_NOUNS and m.group(1) not in THING_NOUNS)):
                closes = RE_SENTENCE_CLOSES.search(text, m.end())
                # (guard: the sentence closes its paragraph; a bare "she said" right after it in the same
                # paragraph stays with the one the paragraph was about: ‘Detective Sarah Quayle said …. One
                # victim, a 91-year-old pensioner, lost her savings. “…,” she said.’; its death words read to
                # its own end, past a decimal's point: ‘lost £1.5m and later died’)
                if closes is not None and RE_SENTENCE_STOP_GUARD.search(text, m.end(), closes.start()) is None \
                        and RE_DEATH_WORDS.search(text, m.end(), closes.start()) is None:
                    yield i, m.group(2)
            i = text.find(key, i + len(key))


def _described_before_set_off(text: str, at: int) -> regex.Match | None:
    """The subject's own description (:data:`RE_DESCRIBED_BEFORE_SET_OFF`), opening its clause, before a
    second one set off after it whose noun is at ``at`` (‘However, a member of the inspection team, an
    engineer’); None otherwise (never ‘In March, a doctor’)."""
    set_off = RE_INDEFINITE_SET_OFF.search(text, max(0, at - 30), at)
    if set_off is None:
        return None
    lead = RE_DESCRIBED_BEFORE_SET_OFF.search(text, max(0, set_off.start() - 80), set_off.start() + 2)
    return lead if lead is not None and _opens_clause_at(text, lead.start()) else None


#: Participles that open a sentence before its subject, asides and all (‘Asked in a 2002 interview with
#: the Sentinel, on the eve of leaving office, how she hoped to be remembered, Quinlan gave …’).
PARTICIPLE_OPENERS = frozenset("asked pressed questioned reached interviewed told informed confronted".split())

#: Adverbs before an opening participle, the two one opener (‘Also speaking, the chairman of the
#: association, Musa Yakasai, blamed …’, ‘Similarly reacting, …’).
ADVERBS_BEFORE_PARTICIPLE = frozenset("also similarly likewise equally".split())


def _role_word_before(text: str, at: int) -> bool:
    """A role noun written in lower case right before the name at ``at``, the way a new person is
    brought in (‘chief executive Litia Vuniwaqa’, ‘health expert Tunde Bello’); never a capitalised
    word of a heading or a title run."""
    word = text[max(0, at - 24):at]
    if not word.endswith(" "):
        return False
    word = word[:-1].rsplit(" ", 1)[-1]
    return word.islower() and word in ROLE_NOUNS


def _unit_words_before_name(name: Sequence[str]) -> int:
    """How many words of a run before a name belong to a numbered unit, the last of them holding a digit
    (‘Industrial Police-2 Md Kamrul Islam’, ‘Sector 7 Commander …’): no person's name holds a digit;
    0 when no word before the last two does.

    >>> _unit_words_before_name(["Industrial", "Police-2", "Md", "Kamrul", "Islam"]), _unit_words_before_name(["Ana", "Li"])
    (2, 0)
    """
    return max((i + 1 for i, w in enumerate(name[:-2]) if any(c.isdigit() for c in w)), default=0)


def _opening_participle(words: list[str]) -> str | None:
    """The participle of speech that opens a sentence with its own comma, an adverb before it at
    most (‘Reacting, the …’, ‘Also speaking, the chairman of the association, X, blamed …’), in
    lower case; else None.

    >>> _opening_participle("Also speaking, the chairman".split()), _opening_participle("Reacting, the".split())
    ('speaking', 'reacting')
    >>> _opening_participle("Morning, the".split()), _opening_participle("Also the chairman".split())
    (None, None)
    """
    k = 1 if len(words) > 2 and words[0].lower() in ADVERBS_BEFORE_PARTICIPLE and words[1].islower() else 0
    if k >= len(words) - 1 or not words[k].endswith(","):
        return None
    w = words[k][:-1].lower()
    return w if w.endswith("ing") and (w in SPEECH_VERBS or w in OPENING_WORDS) else None


#: Ranks that mark the word after them a surname, as "Mr" does (‘DPP Lim’ of Lim Hui Min, ‘Lt-Gen Xu’
#: of Xu Jianhua).
SURNAME_RANKS = frozenset("dpp lt-gen maj-gen brig-gen lt-col insp supt sgt det col gen capt cpl".split())

#: The words of a rank a person named in full must hold for it (‘Deputy Public Prosecutor Lim Hui Min’ for
#: "DPP Lim").
RANK_WORDS = {"dpp": ("dpp", "prosecutor"), "lt-gen": ("lt-gen", "lieutenant general", "lieutenant-general", "lt. gen"),
              "maj-gen": ("maj-gen", "major general", "major-general", "maj. gen"), "brig-gen": ("brig-gen", "brigadier"),
              "lt-col": ("lt-col", "lieutenant colonel", "lieutenant-colonel", "lt. col")}


#: Styles written after "The" (‘The Rev. Samuel Okoye’, ‘The Hon. Jane Doe’).
CLERGY_STYLES = STYLE_DEGREES | frozenset("rev revd reverend hon honourable honorable venerable".split())


def _speaking_manner_at(text: str, at: int) -> bool:
    """Past one space at ``at``, "was" or "is" and a word of how someone speaks
    (:data:`SPEAKING_MANNER_WORDS`): the name before is the subject who spoke.

    >>> _speaking_manner_at("Ms Okafor was blunt about it", 9), _speaking_manner_at("Smith was arrested", 5)
    (True, False)
    """
    m = RE_WORD_AFTER.match(text, text.find(" ", at + 1))
    return m is not None and m.group(1) in SPEAKING_MANNER_WORDS


def _verb_at(text: str, at: int) -> bool:
    """The word after ``at`` (past one space) is a lower-case verb's present in -s or past: a scene's
    ‘The father turns to his son’, ‘The nurse closed the door’ (never a noun of people, "officials", nor a
    preposition or a word of function).

    >>> _verb_at("The father turns to", 10), _verb_at("The father closed it", 10), _verb_at("The father of", 10)
    (True, True, False)
    >>> _verb_at("The aides officials", 9), _verb_at("The boss is", 8)
    (False, False)
    """
    m = RE_WORD_AFTER.match(text, at)
    if m is None:
        return False
    w = m.group(1)
    return w not in DESCRIPTION_NOUNS and w not in FUNCTION_WORDS and w not in PREPOSITIONS and verb_shaped(w)


#: The end of a sentence's leading phrase that brings in one by whom or with whom something was done, up
#: to the name (its title passed): ‘Under friendly questioning from Sen. ’, ‘In an interview with ’,
#: ‘Pressed by ’.
#:
#: >>> bool(RE_LEADING_AGENT_BEFORE.search("Under questioning from Sen. ")), bool(RE_LEADING_AGENT_BEFORE.search("He met "))
#: (True, False)
RE_LEADING_AGENT_BEFORE = LazyPattern(r"\b(?:from|by|with) (?:the )?(?:[\p{L}.\-’']+ ){0,4}$")

#: After the name of such a phrase (a role set off after it passed), the comma that closes the phrase
#: and the pronoun that opens the main clause: group 1 (‘, R-Texas, she’, ‘, he’).
RE_PHRASE_CLOSED_BY_PRONOUN = LazyPattern(r"(?:, [^,.;:“\"\n]{1,40})?, (he|she)\b")


#: A name's lead-in as the appositive of one the pronoun owns: "his" or "her", a noun (an adjective or
#: two before it), and the comma (‘through his attorney, ’, ‘via her longtime agent, ’): group 1 is the
#: possessive. The name so set off is the owner's lawyer or agent, never the owner (w56d).
#:
#: >>> RE_OWNED_APPOSITIVE_BEFORE.search("statement provided through his attorney, ").group(1)
#: 'his'
#: >>> RE_OWNED_APPOSITIVE_BEFORE.search("said his attorney ") is None
#: True
RE_OWNED_APPOSITIVE_BEFORE = LazyPattern(r"\b(his|her) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+, $")


def _set_off_after_own(text: str, pos: int, pronoun: Mention, word: str) -> bool:
    """The name at ``pos`` is set off after a noun the pronoun ``word`` owns, and that pronoun opens the
    clause right after it (‘In a statement through his attorney, Leo Hale, he said …’): the one the
    pronoun owns the attorney of, never the attorney. Guards: "his" with "he", "her" with "she", and
    nothing but the closing comma between the name and the pronoun."""
    if word not in ("he", "she") or pronoun.start <= pos:
        return False
    start = _name_start(text, pos)
    owned = RE_OWNED_APPOSITIVE_BEFORE.search(text, max(0, start - 60), start)
    if owned is None or owned.group(1).lower() != ("his" if word == "he" else "her"):
        return False
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    return run is not None and text[run.end():pronoun.start] == ", "


def _kin_who_kept_the_papers(text: str, pos: int, pronoun: Mention) -> bool:
    """The name at ``pos`` is set off after a kin noun inside a relative clause of a sentence whose
    subject is letters or a diary (‘The prison letters, which her grandniece, Una Roe, found …’), and
    the pronoun's verb is "wrote": the one who kept or found the papers, never their writer. Guards:
    the papers open their sentence, the kin noun is a kin word (a "grand" or "great-" before it
    aside) owned by a possessive, the kin did not write or send them (‘which her son, X, wrote from
    the front’), and the pronoun writes."""
    if RE_PRONOUN_WROTE.match(text, pronoun.end) is None:
        return False
    start = _name_start(text, pos)
    kept = RE_PAPERS_KEPT_BY_KIN.search(text, max(0, start - 160), start)
    if kept is None or kept.group(1) not in KEPT_WRITINGS:
        return False
    kin = kept.group(2).removeprefix("great-")
    if not (kin in KIN_NOUNS or kin.removeprefix("grand") in KIN_NOUNS):
        return False
    comma = text.find(", ", pos, pos + 60)  # (the kin who wrote them is their writer: ‘The letters, which
    if comma >= 0 and kept.group(1) in KEPT_DIARIES and RE_DIARY_KEPT_BY.match(text, comma + 2):
        return False  # (a diary the kin kept or filled through a time is the kin's own: ‘The diary, which her
        # daughter, Ann Lee, kept throughout the siege’, ‘The notebooks, which his brother, X, filled in jail’)
    return comma < 0 or not text.startswith(PAPERS_WRITTEN_VERBS, comma + 2)  # her son, David Roe, wrote …’)


def _addressed_by_pronoun(text: str, pronoun: Mention, p: Person) -> bool:
    """The person ``p`` is the one the pronoun's own verb writes to or tells, by their surname or full
    name right after it (‘she wrote to Cottam:’, ‘he told Okafor’): the addressee, so never the
    pronoun's person. Guards: the verb follows the pronoun at once (an adverb aside), and the words
    after it are the person's full name or their last name, never a possessive (‘told Hale's aide’)."""
    addressed = RE_PRONOUN_ADDRESSEE.match(text, pronoun.end)
    if addressed is None:
        return False
    name = addressed.group(1)
    return name == p.name or name == p.name.split()[-1]


def _object_of_leading_phrase(text: str, pos: int, at: int, word: str) -> bool:
    """The name at ``pos`` is the one a sentence's leading phrase brings in (‘Under questioning from
    Sen. X, R-Texas, she described …’, ‘In an interview with X, he said …’), and the pronoun ``word``
    at ``at``, in the same sentence, is that of the subject after the phrase: someone else than the one
    brought in, never the one the pronoun stands for. Guards: no comma in the phrase before the name (a
    phrase, never a clause: ‘After Smith resigned, he said’ is Smith's), the phrase opens its sentence
    with a preposition, and the pronoun after it is the same word."""
    if word not in ("he", "she") or at <= pos or at - pos > SUBJECT_REACH:
        return False
    start = _name_start(text, pos)
    stop = text.rfind(". ", max(0, start - SUBJECT_REACH), start)
    while stop > 0 and is_abbreviation(text[text.rfind(" ", 0, stop) + 1:stop]):
        stop = text.rfind(". ", max(0, start - SUBJECT_REACH), stop)  # (past a title's stop: ‘from Sen. X’)
    opening = max(stop, text.rfind("\n", 0, start), text.rfind("? ", 0, start), text.rfind("” ", 0, start))
    phrase = text[opening + 1:start]
    first = phrase.split()[:1]
    if not first or first[0].lower() not in OPENING_PREPOSITIONS or "," in phrase \
            or RE_LEADING_AGENT_BEFORE.search(phrase) is None:
        return False
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    closed = RE_PHRASE_CLOSED_BY_PRONOUN.match(text, run.end()) if run is not None else None
    return closed is not None and closed.group(1).lower() == word and text.find(". ", closed.end(), at) < 0


def _named_but_not_meant(text: str, pos: int, p: "Person", mention: Mention, w: str) -> bool:
    """Whether the one named at ``pos`` is no one a gendered pronoun ``w`` stands for, though they fit: a country's letters, kin who kept the papers, one written to, one a leading phrase brings in (‘Under questioning from Sen. X, she described …’)."""
    if p.name in COUNTRY_LETTERS:
        return True  # nor a country's letters, though a headline's colon made them speak: ‘US
        # presidential hopeful heckled: ‘…’ / … a speech in which he branded …’ is no one's of "US"
    if pos < mention.start and _kin_who_kept_the_papers(text, pos, mention):
        return True  # nor the kin who found or gave up the papers the pronoun wrote: ‘The letters,
        # which her grandniece, Una Roe, found in a trunk, …. “…,” she wrote’ is the writer's
    if _addressed_by_pronoun(text, mention, p):
        return True  # nor the one the pronoun writes to or tells: ‘The letters were kept by her friend
        # Iris Cole. … she wrote to Cole: “…”’ is the letter writer's, never Cole's
    if _object_of_leading_phrase(text, pos, mention.start, w):
        return True  # nor the one a leading phrase brings in, before the subject's pronoun: ‘Under
        # questioning from Sen. X, she described …’
    if _set_off_after_own(text, pos, mention, w):
        return True  # nor the one set off after a noun the pronoun owns: ‘through his attorney, X, he said’
    return False


def _opens_clause_at(text: str, at: int) -> bool:
    """The words at ``at`` open their sentence, or follow an opening phrase set off by a comma
    (‘In the Grand Bazaar, a carpet seller …’)."""
    before = text[max(0, at - 200):at]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "), before.rfind("” "), before.rfind('" '))
    if cut < 0 and at > 200:
        return False
    lead = before[cut + 1:].split()
    return not lead or (lead[-1].endswith(",") and lead[0].lower().rstrip(",") in OPENING_PREPOSITIONS)
    # (an opening word alone too: ‘However, a member of the team …’)


def _speaks_after(text: str, end: int) -> bool:
    """A speech verb follows the noun ending at ``end`` within four words, or later in its
    sentence with no other subject before it: after a relative clause, a participle or an
    appositive ("The teenager's mother, who asked that her name not be used, said", "A woman who
    was walking on the trail said", "One woman, standing in the road, said", "The victim, a
    62-year-old nurse, told"), never "…, which she described as …"."""
    if any(w.strip(",.;:").lower() in SPEECH_VERBS for w in text[end:end + 60].split()[:4]):
        return True
    stretch = text[end:end + SPEAKS_REACH]
    stop = RE_SENTENCE_END.search(stretch)
    words = stretch[:stop.start() if stop else len(stretch)].split()
    for i, w in enumerate(words):
        if w[:1] in "“\"‘'":
            return False  # (a quotation's words are not the sentence's)
        if w.strip(",.;:").lower() in SPEECH_VERBS and w[:1].islower():
            before = words[i - 1] if i > 0 else ""
            if not before.endswith(",") and i > 1 and words[i - 2].lower() in ("the", "a", "an", "his", "her", "their", "its") and not (
                    i > 2 and words[i - 3].lower() in ("around", "on", "at", "in", "of", "near", "by", "from", "with", "to", "for")) \
                    and before.lower() not in KEPT_BACK_NOUNS:
                return False  # (another subject: ‘…, a move the board said would cost more’; but ‘a woman
                # who was walking around the pond said’ and ‘a man who declined to give his name said’ are theirs)
            return before.endswith(",") or not (before.lower() in PRONOUNS or before[:1].isupper() or before in OTHER_SUBJECTS)
    return False


#: What a relative clause keeps back, its object before the speaker's verb, never that verb's subject
#: (‘A man who declined to give his name said’).
KEPT_BACK_NOUNS = frozenset("name names surname identity".split())

#: How far (in characters) a noun's speech verb may come after it, past the clauses between.
SPEAKS_REACH = 160

#: Subjects of a speech verb that make it someone else's ("…, which police described as …").
OTHER_SUBJECTS = frozenset("police officials authorities investigators prosecutors officers".split())


#: The end of a sentence, roughly: a full stop, "?" or "!" and a space before a capital or a mark.
RE_SENTENCE_END = re.compile(r"[.?!][”\"’']?\s+[“\"‘'A-Z]")


def _ends_at_paragraph(text: str, lo: int, hi: int) -> bool:
    """No sentence ends between ``lo`` and ``hi``, or only the paragraph ``lo`` closes, the next
    opening with the sentence ``hi`` is in (never past another: ‘The family paid tribute. / The
    club's players wore armbands. “…,” they said’)."""
    ends = [e for _, e in zip(range(2), RE_SENTENCE_END.finditer(text, lo, hi))]
    return not ends or (len(ends) == 1 and "\n" in ends[0].group() and RE_STOP.search(text, ends[0].end() - 1, hi) is None)


#: A sentence's stop before a space (the next sentence may open with anything).
RE_STOP = re.compile(r"[.?!][”\"’']?\s")


def _owner_word(word: str) -> bool:
    """An owner's word before a description's noun: a possessive determiner or a possessive name
    (‘her family’, ‘their lawyer’, ‘Ellis's family’, ‘the victim’s mother’ from "victim’s").

    >>> [_owner_word(w) for w in ("her", "Their", "Ellis's", "family", "James’")]
    [True, True, True, False, False]
    """
    return word.lower() in ("his", "her", "their", "its") or (
        RE_POSSESSIVE_AT.fullmatch(word) is not None and word.endswith(("’s", "'s")))


#: Nouns of one group of people that a "they" stands for ("the family", "the couple").
COLLECTIVE_NOUNS = frozenset("family couple crowd audience congregation throng mob".split())

#: Unnamed sources whose sex the article keeps back, by the end of their description's head.
GENDERLESS_SOURCES = frozenset({"person"})

#: What describes an unnamed source after "person" ("a person familiar with the talks").
SOURCE_PHRASES = (" familiar with", " close to", " with knowledge", " briefed on", " involved in", ", a ", ", an ",
                  " who spoke", " who asked", " who requested", " who was not authori", " who declined",
                  " claiming to", " who claimed")


#: Particles of Irish surnames that tell the bearer's sex ("Mac" does not: anglicised, women bear it too).
IRISH_PARTICLE_SEX = {"Ní": "f", "Nic": "f", "Uí": "f", "Ó": "m"}

#: Particles that open an Irish surname written as two words ("Ní Bhriain", "Ó hUiginn", "Mac
#: Lochlainn", "Mhic Giolla"): with the word after them, a surname, never a given name and a surname.
IRISH_SURNAME_PARTICLES = frozenset(IRISH_PARTICLE_SEX) | frozenset("Mac Mhic Mag".split())

#: A given name alone set off after a kin or a companion ("My sister, Claire, …", "One mother,
#: Sarah, said"), or ending its sentence ("Standing beside him was his wife, Claire."): a person a
#: later "she" or "he" may stand for.
RE_SET_OFF_WORD = re.compile(r", ([A-Z][a-z]+)[,.]")
#: A verb in lower case right after a given name alone (‘Maureen rang back’, ‘Maureen has since moved’),
#: never the rest of a name nor a possessive.
#:
#: >>> bool(RE_GIVEN_ACTS_AFTER.match(" rang back.")), bool(RE_GIVEN_ACTS_AFTER.match(" Hill said")), bool(RE_GIVEN_ACTS_AFTER.match("’s son"))
#: (True, False, False)
RE_GIVEN_ACTS_AFTER = LazyPattern(r" (?!(?:and|or|nor|but|of|the|a|an|to|in|on|at|for|with|from|by|who|whose|which|that)\b)"
                                  r"\p{Ll}{2,}\b")

#: What goes before a given name that opens its clause: the sentence's or paragraph's start, or an opening
#: phrase and its comma (‘Later in the programme, Maureen rang back’).
#:
#: >>> bool(RE_GIVEN_OPENS_BEFORE.search("one. Later in the programme, ")), bool(RE_GIVEN_OPENS_BEFORE.search("spoke to "))
#: (True, False)
RE_GIVEN_OPENS_BEFORE = LazyPattern(r"(?:(?:^|(?<=[.!?”]\s)|(?<=\n))(?:\p{Lu}[\p{Ll}\d ’']{1,40}, )?)$")


def _given_opens_clause(text: str, at: int, given: str) -> bool:
    """The given name ``given`` written alone at ``at`` is its clause's subject: it opens its sentence or
    follows an opening phrase (:data:`RE_GIVEN_OPENS_BEFORE`), and a verb follows it
    (:data:`RE_GIVEN_ACTS_AFTER`): ‘Later in the programme, Maureen rang back’.

    >>> t = "She called. Later in the programme, Maureen rang back."
    >>> _given_opens_clause(t, t.index("Maureen"), "Maureen"), _given_opens_clause("He spoke to Maureen rang", 12, "Maureen")
    (True, False)
    """
    return RE_GIVEN_ACTS_AFTER.match(text, at + len(given)) is not None \
        and RE_GIVEN_OPENS_BEFORE.search(text, max(0, at - 60), at) is not None

#: Words of an aside that only a person has (‘Beni, the youngest,’).
FAMILY_ASIDE_WORDS = frozenset("""eldest youngest oldest middle twin son daughter grandson granddaughter brother sister
mother father aunt uncle cousin wife husband boy girl toddler teenager child""".split())

#: A given name opening its sentence, an aside set off after it, then its verb (‘Destiny, the eldest,
#: says’, ‘Albert, perched on a stool by the till, waved’).
RE_GIVEN_SUBJECT_SET_OFF = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}\p{Ll}+), [^,.;:!?“”\"\n]{3,60}, "
                                       r"(?=\p{Ll}+(?:s|ed)\b|(?:said|told|was|had|made|gave|took|went|came|sat|stood|saw|"
                                       r"felt|thought|laughed|smiled|shrugged)\b)")

#: A reader or caller by given name and place, opening the sentence, then sending or saying (‘Gareth in
#: Treorchy sent this picture’).
_PLACE_THEN_SENDING = r" (?:in|from) \p{Lu}[\p{L}\-’']+(?: \p{Lu}[\p{L}\-’']+)? " \
    r"(?:sent|sends|emailed|emails|texted|texts|wrote|writes|says|said|tweeted|shared|asks|asked)\b"
RE_GIVEN_IN_PLACE = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}\p{Ll}+)" + _PLACE_THEN_SENDING)
#: The part of :data:`RE_GIVEN_IN_PLACE` after the given name, which every match holds: a quick test
#: first (the full pattern tries every position of the text for a sentence's start).
#: (Loosened to ``re`` classes that hold its own, a letter for ``\p{Lu}`` and a word character for
#: ``\p{L}``, with no ``\b``: it matches wherever the tail does, and ``re`` runs it in half the time.)
#:
#: >>> bool(RE_PLACE_THEN_SENDING.search("Gareth in Treorchy sent this")), bool(RE_PLACE_THEN_SENDING.search("in Wales said"))
#: (True, False)
RE_PLACE_THEN_SENDING = re.compile(r" (?:in|from) [^\W\d_][\w\-’']+(?: [^\W\d_][\w\-’']+)? "
                                   r"(?:sent|sends|emailed|emails|texted|texts|wrote|writes|says|said|tweeted|shared|asks|asked)")

#: Kin and companions before a given name set off (‘His wife, Eirlys,’, ‘Her grandson, Yamen,’).
KIN_WORDS = KIN_NOUNS | frozenset("friend partner neighbour neighbor colleague girlfriend boyfriend".split())


#: People one of many, unnamed, whose mentions stand for a "he" or "she" only where they speak.
ANONYMOUS_PEOPLE = frozenset("""
resident witness passenger neighbour neighbor bystander eyewitness survivor villager motorist
pedestrian commuter trustee woman man mother father manager employee worker officer
cousin victim caller listener viewer texter customer co-worker coworker friend relative driver student students nurse
teacher parent husband wife son daughter brother sister carpenter farmworker rancher executive
""".split())


@functools.lru_cache(maxsize=64)
def _predicate_of_named(noun: str) -> re.Pattern:
    """A noun said of a named person, as a predicate or set off after the name: ‘Hale is a retired
    teacher’, ‘Anna Bell, a nurse,’."""
    return re.compile(r"(?!There |It |This |That )[A-Z][\w’'\-]+(?:, \d{1,3},)?(?: is an?| was an?|, an?|, the) (?:[\w\-]+ ){0,2}" + re.escape(noun) + r"\b")


#: Bytes that are no lower-case ASCII letter, as spaces: a text's bytes so turned and split are its
#: runs of a–z (a people noun written whole in :func:`people_words` is one of them, whatever stands
#: beside it: any other character, a curly mark or an accented letter, is no a–z byte).
_SPACE_BUT_LETTERS = bytes(b if ord("a") <= b <= ord("z") else ord(" ") for b in range(256))


def _people_word_pieces() -> dict[bytes, frozenset[str]]:
    """The PEOPLE_WORDS stems by the longest run of a–z in each of their forms ("worker" of
    "co-workers"): a stem whose pieces the text never writes whole needs no search."""
    pieces: dict[bytes, set[str]] = {}
    for stem, endings in PEOPLE_WORDS.items():
        for ending in endings:
            piece = max(re.findall("[a-z]+", stem + ending), key=len)
            pieces.setdefault(piece.encode(), set()).add(stem)
    return {piece: frozenset(stems) for piece, stems in pieces.items()}


PEOPLE_WORD_PIECES = _people_word_pieces()


def people_words(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each people noun in the text, in order: one fast substring search per
    stem over the lower-cased text (the ``re`` alternation this replaces ran at 15 MB/s), for the
    stems whose pieces are among the text's runs of a–z (one pass in C finds those: most of the
    stems are in no article, and their searches read the whole text for nothing).

    >>> t = "Officials and an ex-official met the spokesman; officialdom stayed."
    >>> [t[s:e] for s, e in people_words(t)]
    ['Officials', 'spokesman']
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets would drift
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    n = len(low)
    # (a lone surrogate, which JSON may hold, is bytes above ASCII too: never an error)
    runs = PEOPLE_WORD_PIECES.keys() & low.encode("utf-8", "surrogatepass").translate(_SPACE_BUT_LETTERS).split()
    written = set().union(*(PEOPLE_WORD_PIECES[run] for run in runs))
    out = []
    for stem, endings in PEOPLE_WORDS.items():
        if stem not in written:
            continue
        i = low.find(stem)
        while i >= 0:
            j = i + len(stem)
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "’'-"):
                for ending in endings:
                    e = j + len(ending)
                    if low.startswith(ending, j) and (e >= n or not low[e].isalnum()):
                        out.append((i, e))
                        break
            i = low.find(stem, j)
    out.sort()
    return out


#: A double quotation mark of any style (an apostrophe is not one).
RE_DOUBLE_MARK = re.compile(r"``|''|[\"“”„‟«»]")


#: Prepositions of place: a name right after one is a place ("in San Diego", "from New York").
PLACE_WORDS_BEFORE = wordset("in near across outside inside into through throughout around")

#: Last words of a street's name, which "from" before it writes as the place one comes from (‘a former
#: call centre employee from Mira Road’, ‘a trader from Moi Avenue’; never a person's surname).
STREET_HEADS = frozenset("Road Street Avenue Boulevard Highway Parkway".split())


@dataclass
class Person:
    """Someone (or some body) the article names: canonical name, roles, gender if known."""

    name: str
    kind: str = "name"
    roles: list[str] = field(default_factory=list)
    #: Where the article names the person in full, for finding roles only when they are asked for.
    spots: list[tuple[int, int]] = field(default_factory=list, repr=False)
    gender: str | None = None
    plural: bool = False
    #: How often the article names it in full, and how often right after "in", "from", "at"…:
    #: a name only ever found there is a place ("in San Diego"), never a pronoun's antecedent.
    named: int = 0
    named_as_place: int = 0
    #: It has spoken (a cue named it): a person, whatever its name looks like.
    spoke: bool = False
    #: The first of ``spots`` not yet read for a role.
    next_spot: int = 0
    #: A title stood before the full name ("President Xi Jinping"): a person, whatever the name.
    titled: bool = False
    #: A relative "who" followed the full name ("Linh Tran, who drove from San Jose"): a person,
    #: where nothing else tells (a pronoun's likelier antecedent than a name with no sign at all).
    who: bool = False

    @property
    def placelike(self) -> bool:
        if self.roles or self.spoke:  # (a place never speaks)
            return False
        if self.gender is not None or syllabic_given_name(self.name[:self.name.find(" ") + 1].rstrip()):
            # (a given name's place only where the text writes it as one, and its last word is a
            # place's: "in Logan Square", never "Grace Park", nor "Sun-Hee Park" of an unlisted given name)
            return self.named > 0 and self.named_as_place == self.named and self.name[self.name.rfind(" ") + 1:] in PLACE_HEADS
        first = self.name[:self.name.find(" ") + 1].rstrip()
        return self.named > 0 and self.named_as_place == self.named or self.name[self.name.rfind(" ") + 1:] in PLACE_HEADS \
            or (first in PLACE_LEADS_FIRST and (first != "El" or self.name.count(" ") == 1))  # (never "El Hadji Diop")

    @property
    def personlike(self) -> bool:
        """Something in the article says this name is a person's: a gendered given name or
        honorific, a title or role, or a quotation of its own ("South China Sea" has none)."""
        return self.kind != "name" or self.spoke or self.gender is not None or bool(self.roles)

    @property
    def surname(self) -> str:
        return cast_key(self.name.split())


#: What may follow a surname: "Harry B. Harris Jr." is Harris.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_word(words) -> str:
    """The surname among a name's words, as written, any suffix after it left out.

    >>> surname_word(["Harry", "B.", "Harris", "Jr."]), surname_word(["Mr.", "Lee"]), surname_word([])
    ('Harris', 'Lee', '')
    """
    if words and words[-1][-1:] not in ".," and words[-1].lower() not in NAME_SUFFIXES:
        return words[-1]  # (the usual case, without a copy)
    words = [w.rstrip(",") for w in words if w.rstrip(",")]
    while len(words) > 1 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


#: The marks a name's glottal stop or elision may be written with: the Polynesian ʻokina (‘Soʻo’,
#: ‘Faʻalogo’), the curly and the straight apostrophe (‘O’Neill’, ‘O'Neill’); one reporter writes
#: the ʻokina and the next line a keyboard's apostrophe.
NAME_APOSTROPHES = str.maketrans({"ʻ": "'", "‘": "'", "’": "'", "`": "'"})


def fold_apostrophes(word: str) -> str:
    """A name's word with each of its apostrophes written one way, to find one person by either.

    >>> fold_apostrophes("soʻo") == fold_apostrophes("so'o") == fold_apostrophes("so’o")
    True
    """
    return word.translate(NAME_APOSTROPHES)


#: What :meth:`SurnameIndex.get` finds for a key it does not hold (None may be a value).
_ABSENT = object()


class SurnameIndex(dict):
    """The cast's people by surname, lower case, whatever apostrophe the surname is written with
    (‘Tavita Soʻo … So'o said’ is one person).

    >>> cast = SurnameIndex(); cast["soʻo"] = "Tavita Soʻo"
    >>> cast.get("so'o"), "so’o" in cast
    ('Tavita Soʻo', True)
    >>> SurnameIndex({"o’neill": 1}).get("o'neill")
    1
    """

    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        # through __setitem__, so that keys given at once are folded like keys set one by one
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __getitem__(self, key):
        return super().__getitem__(fold_apostrophes(key))

    def __setitem__(self, key, value):
        super().__setitem__(fold_apostrophes(key), value)

    def __delitem__(self, key):
        super().__delitem__(fold_apostrophes(key))

    def __contains__(self, key):
        return isinstance(key, str) and super().__contains__(fold_apostrophes(key))

    def get(self, key, default=None):
        if not isinstance(key, str):
            return default
        # most surnames have no apostrophe: a key found as written is stored folded already (every
        # key is folded on the way in), so one plain lookup answers, and only a miss needs folding
        value = dict.get(self, key, _ABSENT)
        return value if value is not _ABSENT else dict.get(self, key.translate(NAME_APOSTROPHES), default)

    def pop(self, key, *default):
        return super().pop(fold_apostrophes(key), *default)

    def setdefault(self, key, default=None):
        return super().setdefault(fold_apostrophes(key), default)


def surname_key(words) -> str:
    """The surname of a name's words as the cast keys it: lower case, without its full stop."""
    return surname_word(words).rstrip(".").lower()


#: Given names that the name lists give one gender but that people of both bear ("Andrea Rossi",
#: "Jean Dupont", "Hilary Benn", East Africa's many men called Hillary): an honorific of the other
#: gender does not make someone else of them.
#:
#: >>> "hillary" in SHARED_GIVEN_NAMES, "mary" in SHARED_GIVEN_NAMES
#: (True, False)
SHARED_GIVEN_NAMES = frozenset("andrea jean kelly jordan lynn terry sam chris dominique michele nicola hilary hillary".split())


#: Of :data:`SHARED_GIVEN_NAMES`, those mostly women's where the name is of two words (‘Hillary Clinton …
#: Mr. Clinton’ is her husband), men's often only in East Africa's names of three (‘Hillary Kiprono
#: Chemutai … Mr Chemutai’; review rv32).
RARELY_MALE_SHARED_GIVEN = frozenset("hilary hillary".split())


#: A word set off by a comma (its group 1) and at most three lower-case words after it, ending the text
#: (‘His brother, businessman ’), for :func:`_kin_word_set_off_before`.
#:
#: >>> RE_WORD_SET_OFF_END.search("His brother, businessman ").group(1)
#: 'brother'
RE_WORD_SET_OFF_END = re.compile(r"\b(\w+), (?:[a-z][\w-]* ){0,3}$")


def _kin_word_set_off_before(text: str, at: int) -> bool:
    """A kin noun set off by a comma in the 40 characters before ``at``, a description between at most
    (‘His brother, businessman Mr Wafula,’; review rv32); unlike :meth:`Cast._kin_set_off_before`, any kin
    noun, before any spot.

    >>> t = "His brother, businessman Mr Wafula, said"
    >>> _kin_word_set_off_before(t, t.index("Mr")), _kin_word_set_off_before("Yesterday, Mr Wafula", 11)
    (True, False)
    """
    m = RE_WORD_SET_OFF_END.search(text[max(0, at - 40):at])
    return m is not None and m.group(1).lower() in KIN_NOUNS


#: A sentence's short opening phrase and its comma, a lower-case title at most after it, right before a
#: name (‘Back at Red River, instructor ’): group 1, the phrase's first word; group 2, its comma.
RE_OPENING_BEFORE_NAME = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(\p{Lu}\p{Ll}*)((?: [\p{L}\d’'\-.]+){0,9})(, )(?:\p{Ll}+ ){0,2}$")

#: A sentence's opening clause on a participle and its comma, then at most four words that qualify the
#: one named after them (an article, adjectives, a lower-case trade, capitals: ‘Accepting the prize, a
#: visibly emotional ’, ‘Told of the remark as he left, ’, ‘Kent seamer ’), a clause of time after the
#: opening at most (‘Back at the hall, as the crowd filed out, ’): the name after is the subject.
#:
#: >>> bool(RE_PARTICIPLE_OPENING_BEFORE_NAME.search("Collecting the award, a tearful "))
#: True
#: >>> RE_PARTICIPLE_OPENING_BEFORE_NAME.search("The lawyer for ").groups()
#: (None, 'The lawyer for ')
#:
#: (no opening clause, and qualifying words that its user turns away for their "for")
RE_PARTICIPLE_OPENING_BEFORE_NAME = LazyPattern(
    r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:(\p{Lu}\p{Ll}+) \p{Ll}[^,.!?:;“”\"\n]{0,120}, (?:(?:as|while|when|where) [^,.!?:;“”\"\n]{1,80}, )?)?"
    r"((?:(?:an?|the|An?|The) )?(?:[\p{L}\-’']+ ){0,4})$")

#: How far before a name the sentence that it is the subject of may open.
MODIFIED_SUBJECT_REACH = 160


def _past_last_stop(text: str, lo: int, hi: int) -> int:
    """Where a search of :data:`RE_PARTICIPLE_OPENING_BEFORE_NAME` over ``[lo, hi)`` may start with the
    same answer: past the last ".", "!", "?" or line break before ``hi``, which none of its parts holds
    (its lookbehinds still read before the start). Never when a line break ends the stretch, where its
    "$" may end a match before it."""
    if text[hi - 1:hi] == "\n":
        return lo
    return max(lo, max(text.rfind(c, lo, hi) for c in ".!?\n") + 1)


#: A quotation opening on a third person's pronoun of each sex (‘“She ran through the pain,” she said’):
#: its speaker speaks of another of that sex, likely the subject just before.
#:
#: >>> bool(RE_OPENS_ON_THIRD_PERSON["f"].match("She ran")), bool(RE_OPENS_ON_THIRD_PERSON["f"].match("Shelter"))
#: (True, False)
RE_OPENS_ON_THIRD_PERSON = {"m": LazyPattern(r"\s*(?:he|him|his)\b", regex.I),
                            "f": LazyPattern(r"\s*(?:she|her)\b", regex.I)}

#: An opening phrase of place and a "where" clause that tells what went on there, before a name
#: (‘In Senglea, where a small crowd had gathered on the waterfront, ’), its groups as
#: :data:`RE_OPENING_BEFORE_NAME`'s (the clause's words past the third).
RE_OPENING_WHERE_BEFORE_NAME = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(\p{Lu}\p{Ll}*)((?: [\p{L}\d’'\-.]+){0,5})"
                                           r", where(?: [\p{L}\d’'\-.]+){2,20}(, )(?:\p{Ll}+ ){0,2}$")

#: A stage name opening its sentence and the words that set off the real name after it (‘Blaqstorm,
#: whose real name is ’, ‘Lil Sage, born ’, ‘Stormzy, real name ’), or a character and the words that
#: set off the one who plays them (‘Colin’s on-screen wife Jean, played by actress ’): the one named
#: after them is the one who acts and speaks.
RE_REAL_NAME_BEFORE = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))\p{Lu}[^,.!?\n“”\"]{0,60}"
                                  r", (?:whose (?:real|legal|birth) name is|(?:real|legal|birth) name|born|née|nee"
                                  r"|(?:who is )?(?:played|portrayed|voiced) by(?: (?:the )?(?:actor|actress|comedian|singer))?) $")
#: The words :data:`RE_REAL_NAME_BEFORE` can end with, before the name's space: a cheap exact
#: prefilter that spares most names the pattern's search.
REAL_NAME_LAST_WORDS = (" is ", " name ", " born ", " née ", " nee ", " by ", " actor ", " actress ", " comedian ", " singer ")

#: How many words past its first an opening phrase may run before the name (‘On Monday, ’), and
#: how many when it is a clause of its own, opened by a conjunction of time or cause (‘As the sun
#: comes up over False Bay, Mokoena leads the group into the water.’).
OPENING_PHRASE_WORDS = 6
OPENING_CLAUSE_WORDS = 9


#: A sentence opened by someone's own described relation, its comma, then a title of a few words
#: at most, right before a name set off as the one described (‘His Democratic opponent, state
#: Treasurer ’, ‘Her Conservative rival, councillor ’, ‘The mayor's chief of staff, ’): group 1, the
#: description's last word, its head.
RE_DESCRIBED_OPENING_BEFORE_NAME = LazyPattern(
    r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:His|Her|Their|Its|The \p{L}+[’']s)(?: [\p{L}\-]+){0,3} (\p{Ll}+), "
    r"(?:[\p{L}\-]+ ){0,3}$")

#: Lower-case words of a level of government that open a title (‘state Treasurer’, ‘county Commissioner’).
TITLE_PLACE_LEADS = frozenset("state county city district provincial regional federal".split())

#: How far before a name the sentence's described opening (:data:`RE_DESCRIBED_OPENING_BEFORE_NAME`) may start.
DESCRIBED_OPENING_REACH = 90


#: Capitalised words right before a spot (a surname's given names: ‘Marta ’ of ‘Marta Kowalczyk’).
RE_NAME_WORDS_BEFORE = LazyPattern(r"(?:\p{Lu}[\p{L}’'\-]*\.? ){1,3}$")


def _end_past_set_off_role(text: str, pos: int) -> int | None:
    """Where the name at ``pos`` ends, past a role set off after it (:data:`RE_SET_OFF_ROLE_AFTER`), so
    that what follows is the name's verb (‘When Kline, the director, turned’); None when no name is there.

    >>> t = "When Kline, the director, turned"
    >>> t[_end_past_set_off_role(t, 5):], _end_past_set_off_role("when it rained", 5)
    (' turned', None)
    """
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    if run is None:
        return None
    end = run.end()
    if (aside := RE_SET_OFF_ROLE_AFTER.match(text, end)) is not None:
        end = aside.end()
    return end


def _name_start(text: str, pos: int) -> int:
    """Where the name whose spot is at ``pos`` starts: at the given names right before a surname's
    spot (:data:`RE_NAME_WORDS_BEFORE`), else at ``pos``.

    >>> t = "On Monday, Marta Kowalczyk said"
    >>> _name_start(t, t.index("Kowalczyk")) == t.index("Marta")
    True
    """
    given = RE_NAME_WORDS_BEFORE.search(text, max(0, pos - 40), pos)
    return given.start() if given is not None else pos


#: A sentence that opens on "It was" or "This is" and the noun a name's clause describes, up to the
#: name (‘It was the 61st rally ’, ‘This is the third budget ’): a main clause with no one as its
#: subject, whose person is the one the contact clause after names.
#:
#: >>> bool(RE_EXPLETIVE_NOUN_BEFORE_NAME.search("Pinder left. It was the tenth rally "))
#: True
#: >>> bool(RE_EXPLETIVE_NOUN_BEFORE_NAME.search("Pinder attacked the plan "))
#: False
RE_EXPLETIVE_NOUN_BEFORE_NAME = LazyPattern(
    r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:It|This|That) (?:was|is|marked|will be|would be) (?:the|a|an) "
    r"(?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,5}\p{Ll}+ $")

#: The verb of a contact clause after its subject's name: a perfect (‘ has held’, ‘ had made’).
#:
#: >>> RE_CONTACT_CLAUSE_VERB.match(" has held in the state").group(1)
#: 'held'
RE_CONTACT_CLAUSE_VERB = LazyPattern(r" (?:has|had|have) (?:\p{Ll}+ly )?(\p{Ll}+)\b")

#: An adverb of manner between a subject and its verb (‘ pointedly’ of ‘Lopez pointedly noted’).
RE_MANNER_ADVERB_AFTER = LazyPattern(r" \p{Ll}{3,}ly(?= \p{Ll})")

#: An asking cue right after a pronoun (‘ asked’).
RE_ASKED_AFTER_GUARD = LazyPattern(r" (?:asked|asks|demanded|wanted to know|shouted|pressed)\b")

#: A day or a month, never a name given in the sentence after (‘The researcher was Monday placed on leave’).
WEEKDAY_GUARD = WEEKDAY_NAMES | frozenset(MONTH_NAMES)

#: How far after an unnamed one the sentence that names them may open (‘That member was Treadwell.’).
DESCRIPTION_NAMED_REACH = 200

#: Verbs of a contact clause whose subject holds, gives or makes the event (‘rally X has held’, ‘budget X has
#: delivered’, ‘visit X has made’), never one done against another (‘lawsuit X has filed’).
CONTACT_CLAUSE_EVENT_VERBS = frozenset("""held hosted delivered made given staged played addressed headlined led
chaired attended paid presented run contested fought gave""".split())

#: How far before a name the "It was the …" of its contact clause may open.
CONTACT_CLAUSE_REACH = 90


#: Words that open a sentence's introductory phrase, after which the subject comes ("In an
#: interview, Khan said").
OPENING_PREPOSITIONS = frozenset("""
in on at after before during for from with since as when while until by despite following speaking
earlier later meanwhile afterwards elsewhere still yet but and then now also instead however
separately asked nevertheless nonetheless indeed ultimately finally eventually overall initially
previously recently today yesterday tonight currently again once thus therefore moreover
furthermore likewise otherwise last next throughout amid across under over within without
outside inside behind beyond near along around through against
back out up down home there here upstairs downstairs nearby
""".split())  # (and where a scene is set: ‘Back at the whiteboard,’, ‘Out on the water,’)


#: Lower-case words before a capitalised title that are part of it ("former President").
TITLE_QUALIFIERS = frozenset({"former", "then", "ex", "late", "acting", "outgoing", "incoming", "interim",
                              "state"})


#: Forms of "be": what follows them is said of someone, never their title ("to be president").
BE_WORDS = frozenset({"be", "been", "being", "become", "became"})
BE_FORMS_ALL = BE_WORDS | {"is", "was", "were", "are"}


#: Nouns that tell a sex said of a named person: never an office's "-man" nor "actor", which women hold
#: too (‘Baroness Okonedo-Frye, a former party chairman’).
SEX_NOUNS = {w: sex for w, sex in GENDERED_NOUNS.items()
             if w != "actor" and not (sex == "m" and w.endswith("man") and w not in ("man", "gentleman"))}


#: A name opening a sentence, then what tells its sex: a noun of one sex set off after it or after
#: "is"/"was" (‘Bernie Walsh, the union’s first woman branch secretary,’, ‘Bernie was also the first
#: woman in the region’; never a possessive's noun, ‘Kim was the man’s daughter’, a hyphened one, nor a
#: list's), a reflexive right after its verb (‘Walsh described herself as’), or the pronoun its "who"
#: clause, naming no one, leads to (‘Walsh, who drove the 82 for 30 years, said she …’). Weaker, and
#: only for a given name the lists do not know: ‘Holloway, for his part, deflected the praise’, and a
#: sentence about the name, naming no one else, whose next sentence opens with "He" or "She" (‘Brent
#: Haldane had gone 114 starts without a win. On Sunday, he needed …’ is not enough: the very next
#: sentence, ‘Haldane finished at 15-under. He started the day …’). Group 1, the name; 2, the noun; 3,
#: the reflexive; 4, the pronoun; 5, the "for his part" pronoun; 6, the next sentence's pronoun.
RE_SEX_SAID_OF_NAME = LazyPattern(
    r"(?:^|(?<=\n)|(?<=[.!?][”\"’']?\s))((?:\p{Lu}[\p{L}’'\-]+\.? ){0,2}\p{Lu}[\p{L}’'\-]+)(?:"
    r"(?:, (?:\d{1,3}, )?| (?:is|was)(?: also| now| still)? )(?:the|a|an) "
    r"(?:(?!(?:of|and|or|in|to|for|with|at|by|from|who|that)\b)(?:[\p{Ll}\d\-]+|\p{L}+[’']s) ){0,3}?"
    r"(" + "|".join(sorted(SEX_NOUNS, key=len, reverse=True)) + r")(?![\w’'\-/]| and\b| or\b)"
    r"| \p{Ll}+ (himself|herself)\b"
    r"|, (?:\d{1,3}, )?who [^,.!?“”\"\n\p{Lu}]{1,80}, (?:said|says|told (?:the )?\p{Ll}+) (he|she)\b"
    r"|, for (his|her) (?:own )?part,"
    r"| (?!said\b|says\b|told\b|added\b)\p{Ll}[^.!?“”\"\n\p{Lu}]{0,120}\. (He|She) )")


#: A noun of one sex, then the name it is given (‘The kitchen manager, a young man named Pom Saetang,’):
#: group 1, the noun; 2, the name. "called" only set off (never ‘A woman called Ravi Patel’s office’).
RE_SEX_NAMED = regex.compile(
    r"(?:(?<=, )|\b)(?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\-]+ ){0,3}?(" + "|".join(sorted(SEX_NOUNS, key=len, reverse=True))
    + r") (?:named|(?<=, (?:[Aa]n?|[Oo]ne) [^,]{1,40})called) ((?:\p{Lu}[\p{L}’'\-]+ ){0,2}\p{Lu}[\p{L}’'\-]+)")

#: The nouns of one sex, for :func:`_sex_noun_named` (``str.endswith`` takes them all at once).
SEX_NOUN_ENDINGS = tuple(SEX_NOUNS)


def _sex_noun_named(text: str) -> bool:
    """A noun of one sex stands right before " named " or " called " somewhere in the text, as in
    every match of :data:`RE_SEX_NAMED`: a few substring searches spare that pattern's pass over
    the whole text, which nearly every article with a "named" or a "called" would otherwise pay.

    >>> _sex_noun_named("a young man named Pom Saetang"), _sex_noun_named("a bill named after her")
    (True, False)
    """
    for key in (" named ", " called "):
        i = text.find(key)
        while i >= 0:
            if text.endswith(SEX_NOUN_ENDINGS, 0, i):
                return True
            i = text.find(key, i + 1)
    return False


#: Pronouns of the other sex than a "he" or "she": ‘The patient said he felt dizzy. “…,” she said.’
OTHER_SEX = {"m": regex.compile(r"\b(?:she|her|hers|herself)\b", regex.I),
             "f": regex.compile(r"\b(?:he|him|his|himself)\b", regex.I)}


#: A cue after a speaker's name that goes on with the speaker's own parent: the speaker is a child
#: (‘Mr. Mertz said his mother had continued fieldwork’, ‘Ms Tan said her late father’).
RE_CUE_OF_PARENT = LazyPattern(r",? (?:said|says|recalled|recalls|added|told \p{Ll}+(?: \p{Ll}+)?)(?: that)? "
                               r"(?:his|her) (?:late )?(?:mother|father|parents|mum|mom|dad)\b")

#: A title of one to three capitalised words opening a sentence before a name (‘Sheriff ’, ‘State Senator ’),
#: for :meth:`Cast._sex_told_where_named`.
#:
#: >>> bool(RE_TITLE_OPENING.fullmatch("Sheriff ")), bool(RE_TITLE_OPENING.fullmatch("State Senator ")), bool(RE_TITLE_OPENING.fullmatch("On Monday, "))
#: (True, True, False)
RE_TITLE_OPENING = LazyPattern(r"(?:\p{Lu}[\p{L}.\-]* ){1,3}")

#: What opens another's clause or names another after a subject's name, past which a pronoun may be theirs
#: (‘… said the governor had broken his word’, ‘… thanked the nurse for her courage’), for
#: :meth:`Cast._sex_told_where_named` with a title.
#:
#: >>> [bool(RE_OTHERS_CLAUSE.search(t)) for t in (" posted a video from her car", " said his car", " thanked the nurse for her", " met Tom Briggs and his")]
#: [False, True, True, True]
RE_OTHERS_CLAUSE = LazyPattern(r"\b(?:said|says|told|tells|that|added|argued|claimed|insisted|warned|explained|wrote|accused"
                               r"|(?:a|an|the|whose|whom|who) (?:\p{Ll}+ )?\L<nouns>s?)\b"
                               r"|(?<=\s)\p{Lu}\p{Ll}+ \p{Lu}", nouns=ROLE_NOUNS | {
    "man", "woman", "boy", "girl", "child", "pupil", "student", "suspect", "victim", "defendant", "patient"})

#: The third-person pronouns that tell a sex, as words (:meth:`Cast._sex_told_where_named`), and the sex each tells.
RE_SEX_PRONOUN = LazyPattern(r"\b(?i:he|his|him|himself|she|her|hers|herself)\b")
PRONOUN_SEX = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _sole_sex(words: Sequence[str]) -> str | None:
    """The one sex the pronouns among ``words`` tell (:data:`PRONOUN_SEX`, any case); None when they tell none, or both.

    >>> _sole_sex(["His", "him"]), _sole_sex(["he", "her"]), _sole_sex(["Today"])
    ('m', None, None)
    """
    sexes = {PRONOUN_SEX[w.lower()] for w in words if w.lower() in PRONOUN_SEX}
    return next(iter(sexes)) if len(sexes) == 1 else None


#: A sentence's end, a closing mark after it at most, then a space (for :meth:`Cast._sex_in_sentence_named`).
#:
#: >>> RE_SENTENCE_END_MARKED.search("lost her stall.” Then").start()
#: 14
RE_SENTENCE_END_MARKED = re.compile(r"[.!?][\"”’]?\s")

#: The first pronoun of a sex in the rest of a sentence (‘…, echoing his 2008 slogan’).
RE_SEX_AFTER = LazyPattern(r"[^.!?“”\"]*?\b(his|he|himself|her|she|herself)\b")

#: A "he" or "she" reporting unquoted speech, set off after a word (‘Flats are taking longer to sell,
#: she says, as …’): never a quotation's cue, which the quotation's own attribution reads.
RE_REPORTED_BY = {"m": regex.compile(r"(?<=\w), he (?:says|said|adds|added|notes|noted)\b"),
                  "f": regex.compile(r"(?<=\w), she (?:says|said|adds|added|notes|noted)\b")}

#: Most words an office that opens a sentence may run to before the name set off after it.
OFFICE_OPENING_WORDS = 9

NAMESAKE_REACH = 600  # characters after a namesake's full name within which a bare surname is theirs

#: A judge set off as the writer of a court's opinion, right after their name: ‘Justice Paul Hale,
#: writing for the majority,’, ‘…, writing for a unanimous court,’ (never "writing for the dissent").
RE_WRITING_FOR = LazyPattern(r", writing for (?:the|a) (?:\p{Ll}+ )?(?:majority|court|panel|bench)\b")

#: What sets off a description after a name that opens its sentence, bringing someone in (‘Elspeth
#: Buchanan, a senior economist at …, estimated’): a namesake's given name no list holds, never a
#: heading's word.
DESCRIBED_AFTER = (", a ", ", an ")

#: A cue verb right after a name (or after an aside set off by commas after it), then the subject
#: pronoun of the clause it reports: ‘Rhian Evans, said she was’, ‘Doyle, whose son is a deputy,
#: said she feared’, and the cue's clause set off after it: ‘Park said, adding that he had written’.
#: Group 1, the pronoun, which tells the named one's sex.
RE_CUE_THEN_SEX = LazyPattern(r"(?:,[^,.!?;:“”\"\n]{1,90},|,)? (?:said|says|told (?:the |a |an )?\p{Ll}+|added|adds)"
                              r"(?:, (?:adding|saying|noting))? (?:that )?(he|she)\b")

#: A sentence opened by "He" or "She" and a verb that is no form of "be": its subject acts (‘He
#: singled out Tyler Jensen, who scored twice’), and a name after it is the verb's object.
RE_PRONOUN_DOES = LazyPattern(r"(?:He|She) (?!(?:was|is|were|had been|has been)\b)\p{Ll}+")

#: At most this many characters between two namesakes named together ("Raj Patel and his daughter, Nisha Patel").
TOGETHER_REACH = 60

#: A paragraph break, in a text whose paragraphs are one or more newlines apart.
RE_PARAGRAPH_BREAK = re.compile(r"\n\s*")

#: At most this many namesakes of one surname are kept apart (more are each their own).
NAMESAKES_KEPT = 16


#: How many first words a cue may name a person by before the mention stream stops being read
#: again for each (bounded: each reading is a pass over the text).
FIRST_WORD_REBUILDS = 8

#: Up to this many people, their mentions are found by one substring search each; beyond, by
#: one pass over the capitalised words (so the cost never grows with people × length).
FEW_PEOPLE = 24


#: Words that may open a sentence before its subject ("But Trump said").
SENTENCE_OPENERS = frozenset("But And Then So Yet Still Now Also Instead Meanwhile However Later Next Finally Nearby Elsewhere "
                              "Outside Inside Downstairs Upstairs Overnight Separately Locally Afterwards Afterward".split())


#: A time of habit that opens a sentence with no comma before its subject (‘These days Salcedo
#: goes to the gym’, ‘Nowadays Pike rarely performs’): the name after it is the subject.
#:
#: >>> bool(RE_HABIT_OPENING.search("He smiled. These days")), bool(RE_HABIT_OPENING.search("in those days"))
#: (True, False)
RE_HABIT_OPENING = LazyPattern(r"(?<![\p{L}\p{M}’'\-])(?:(?:These|Most|Some) (?:days|mornings|evenings|nights|weekends)|Nowadays|Lately)$")

#: What follows a bare surname opening a sentence as the subject of a report, an age set off at
#: most between: ‘Vale, 61, said’, ‘Vale said’ (never ‘Vale, with her service, …’).
#:
#: >>> bool(RE_AGED_SURNAME_SAID.match(", 61, said the")), bool(RE_AGED_SURNAME_SAID.match(", with her"))
#: (True, False)
RE_AGED_SURNAME_SAID = LazyPattern(r"(?:, \d{1,3},)? (?:said|says|told|tells|added|adds)\b")

#: A pupil's year before the name: "Granger senior Cody Ramsey".
SCHOOL_YEARS = frozenset("senior junior sophomore freshman first-grader second-grader third-grader fourth-grader "
                         "fifth-grader sixth-grader seventh-grader eighth-grader sixth-former".split())

#: An office after ", and" or ", but" opening a clause, up to the comma that sets off its holder's
#: name (‘, and the Presiding Officer’).
RE_CLAUSE_OFFICE_BEFORE = LazyPattern(r", (?:and|but) the (?:[\p{L}\-]+ ){0,3}([\p{L}\-]+)$")

#: A verb right after a name set off by commas (‘, Catriona Dunlop, intervened’).
RE_SET_OFF_VERB = LazyPattern(r", (\p{Ll}+)\b")

#: What comes before the next person to act at a meeting: ‘He was followed by Sheila Moore’.
NEXT_SPEAKER_LEADS = (" was followed by", " were followed by", "Next came", "Then came", "next came", "then came")

#: The subject of "was followed by" at a meeting: a pronoun or a name opening its sentence ("He
#: was followed by Sheila Moore"; never "Tom Reed told police he was followed by Dan Cole").
RE_FOLLOWED_SUBJECT = LazyPattern(r"(?:^|[.!?”\"]\s+|\n)(?:He|She|They|(?:\p{Lu}[\p{L}.’'\-]* ){0,3}\p{Lu}[\p{L}’'\-]*) (?:was|were) followed by$")

#: A name (from its surname on) set off with a clause of speech: ‘Sheila Moore, a North Hollis
#: parent and nurse, who said’, ‘Brianna, 24, who asked …’ (a speaker, as a sentence's subject is,
#: for a pronoun after; never one of a list: ‘…, including Ann Cole, who told reporters’).
RE_WHO_SAID = LazyPattern(r"[\p{L}\p{M}’'\-]+(?:, [^,.;“”\"\n]{1,80})?, who (?:also |later |then )?"
                          r"(?:said|says|told|added|argued|warned|asked|wrote)\b")

#: A name set off with a relative "who" whose clause runs on to an "as" aside: ‘a young designer,
#: Priscilla Nwosu, who wants the models to look, as she puts it, “…”’ (the aside's "she" is hers).
RE_WHO_CLAUSE_TO_AS = LazyPattern(r"(?:\p{Lu}[\p{L}\p{M}’'.\-]*\s+)*[\p{L}\p{M}’'\-]+, who [^.!?;“”\"\n]{1,120}[ ,(—–]as $")

#: What stands before a name set off with "who said" that makes it a subject: a sentence's start,
#: "For", "followed by" (never an object's place: ‘thanked the nurses, including Maria Vega, who told
#: reporters’, ‘led by engineer Nina Shah, who said’).
RE_NAME_AS_SUBJECT = LazyPattern(r"(?:^|(?:[.!?”\"]\s+|\n)(?:For )?|\A(?:For )|followed by )(?:\p{Lu}[\p{L}\p{M}’'.\-]*\s+)*$")

#: A word that owns what follows it: "Platt's".
RE_POSSESSIVE_AT = LazyPattern(r"[\p{L}\p{M}\-]+(?:’s|'s|’|')(?!\p{L})")

#: How far back (in characters) a subject may be preferred to a nearer mention as a pronoun's
#: antecedent.
SUBJECT_REACH = 400


#: What may stand between an unnamed person's noun and the name set off after it: a place, a body
#: (" in Geneva", " for the ministry"), up to the comma before the name; or who identified them by it
#: (‘The boy’s father, identified by the consulate as Fermín,’).
RE_BEFORE_APPOSITE_NAME = LazyPattern(r"(?: (?:in|at|for|of) [^.,;:“”\"()]{1,40}?)?, "
                                      r"(?:identified (?:only )?(?:by [^.,;:“”\"()]{1,40}? )?(?:only )?as )?")


#: A head of government's or a city's office, as a word (‘the US president’, ‘the mayor’).
RE_HEAD_OFFICE_WORD = LazyPattern(r"(?i)\b(?:" + HEAD_OFFICES_ALTERNATION + r")\b")


def _other_sex_object(text: str, start: int, end: int) -> bool:
    """The clause between ``start`` and ``end`` tells the sex of the one it brings in, and the object
    pronoun right after ``end`` is of the other sex: the one brought in is no "him" (‘A caseworker
    who asked not to be named because she was not authorised to speak, described him as quiet’).

    >>> t = "A caseworker, who asked not to be named because she was not allowed, described him as quiet"
    >>> _other_sex_object(t, 12, 78), _other_sex_object(t.replace(" him ", " her "), 12, 78)
    (True, False)
    """
    clause = f" {text[start:end]} "
    obj = text[end + 1:end + 5].rstrip()
    return (obj == "him" and " she " in clause and " he " not in clause) \
        or (obj == "her" and " he " in clause and " she " not in clause)


def _named_after_description(text: str, end: int, name: str) -> bool:
    """The name ``name`` is set off right after the description that ends at ``end``: ‘its
    spokesperson in Geneva, Carla Mendes, said’ (never ‘the spokesperson said. Carla Mendes …’).

    >>> t = "its spokesperson in Geneva, Carla Mendes, said"
    >>> _named_after_description(t, 16, "Carla Mendes"), _named_after_description(t, 16, "Mendes Carla")
    (True, False)
    """
    m = RE_BEFORE_APPOSITE_NAME.match(text, end, end + 90)
    if m is None or not text.startswith(name, m.end()):
        return False
    if ends_on_inner_person(text[max(0, end - 60):m.start()] + m.group().split(",", 1)[0]):
        # (the phrase before the comma only, never "identified by … as": ‘The lawyer for the victim,
        # identified by police as Sarah Kline,’ names the victim)
        return False  # (the name is the one a phrase of the description ends on: ‘A lawyer for the jailed
        # journalist, Zhang Zhan,’, ‘A neighbour of the dead woman, Ruth Mensah,’)
    return True


#: A description's phrase after "for", "of" or "to" that ends on a noun (group 1) right before the name set off.
RE_INNER_PERSON = LazyPattern(r" (?:for|of|to) (?:(?:the|a|an|his|her|their|its|[\p{L}\-]+[’']s) )?(?:[\p{L}\-]+ ){0,3}?([\p{L}\-]+)$")


def ends_on_inner_person(described: str) -> bool:
    """``described`` ends on a person of its own after "for", "of" or "to" (‘a lawyer for the victim’,
    ‘A neighbour of the dead woman’), never a body's people (‘a spokesman for the family’)."""
    inner = RE_INNER_PERSON.search(described)
    return inner is not None and ((last := inner.group(1).lower()) in ROLE_NOUNS or last in DESCRIPTION_NOUNS
                                  or last in KIN_NOUNS) and last not in ORG_WORDS and last not in ("family", "families")


#: The position of a (position, person) pair: the sort key of mentions (a C function, not a lambda).
_position = operator.itemgetter(0)


#: Between the surnames of two people named as a pair: the first's surname, "and", the second's
#: given names or initials (‘Brandt and Karen’ of ‘Paul Brandt and Karen Liu’, ‘Ito and Liu’).
RE_PAIR_JOIN = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?:,? (?:Jr|Sr)\.?)? and (?:\p{Lu}[\p{L}\p{M}’'\-]*\.? ){0,3}")

#: What follows the second surname of a pair that is a sentence's subject: a verb in the past or one
#: that speaks (‘Paul Brandt and Karen Liu said’, ‘… dissented’, ‘… have argued’), never an aside or
#: an object's place (‘fined Ito and Liu, who …’, ‘Ito and Liu’s lawyers’).
RE_PAIR_ACTS = LazyPattern(r"(?:,? (?:Jr|Sr)\.?)? (?:also |jointly |both |later |then )?(\p{Ll}+)\b(?![’'])")


#: How far from a name the article is searched for its first word in lower case.
COMMON_WORD_REACH = 5000


#: A company's founder or owner spoken of, who may bear its name ("Xiao Wei Holdings … its founder
#: … Xiao Wei said"; never "The company’s chairman, Tom Reed,", "A co-founder of a consumer group").
RE_PERSON_ROLE_AFTER = LazyPattern(r", (?:the |its )?(?:co-?)?(?:founder|chairman|chairwoman|owner|chief executive|president|CEO)\b")
RE_ITS_FOUNDER = LazyPattern(r"\b(?:[Ii]ts|company[’']s|firm[’']s|group[’']s) (?:co-?)?(?:founder|namesake|owner)\b")

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


#: A short first line that ends on no sentence's stop, as a headline in sentence case does, quotation
#: marks and all (‘Acme cuts outlook as CEO warns of “choppy” year’); a lede's sentence ends on a stop.
#:
#: >>> bool(RE_HEADLINE_LINE_UNSTOPPED.fullmatch("Acme cuts outlook as CEO warns of “choppy” year"))
#: True
#: >>> bool(RE_HEADLINE_LINE_UNSTOPPED.fullmatch("Acme cut its outlook, its chief said, calling it “choppy.”"))
#: False
RE_HEADLINE_LINE_UNSTOPPED = LazyPattern(r"\s*\p{Lu}[^\n]{10,150}(?<![.!?…:;,][’”\"'»)]?)\s*")


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
    if len(paras) < 3 or paras[0][1] - paras[0][0] > 160 or RE_DOUBLE_MARK.search(text, *paras[1]) \
            or RE_BARE_BYLINE.fullmatch(text, *paras[1]) is None \
            or any(w.lower() in NOT_NAMES or w.lower() in FUNCTION_WORDS for w in text[paras[1][0]:paras[1][1]].split()):
        return []
    first = text[paras[0][0]:paras[0][1]]
    if first.endswith((".", "?", "!")) and not is_headline(first):
        return []  # (a sentence before it is the lede: the name line is something else)
    surname = text[paras[1][0]:paras[1][1]].split()[-1]
    if re.search(rf"(?<![\w’'\-]){re.escape(surname)}(?![\w’'\-])", text[paras[2][0]:]):
        return []  # (guard, review rv4: one the body calls by that surname is the article's own, the
        # one a profile or an obituary is about: ‘Champion retires at 34 / Dana Holt / Holt won …’)
    return [paras[1]]


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


#: An office's name with "and" before the words at a name's run ("Minister for Foreign Affairs
#: and Trade Penny Wong": the office is the minister's).
RE_OFFICE_AND = regex.compile(r"(\p{L}+) (?:of|for) (?:the )?(?:\p{Lu}[\p{L}’'\-]*,? )+and $")


#: An office's capitalised words (whose noun the caller checks) and the words that tie it to a body
#: or a remit, up to the "the" or the "and" before a run: ‘Minister in the ’, ‘Minister of State in
#: the ’, ‘Secretary to the ’, ‘Special Adviser to the President on Media and ’.
#:
#: >>> RE_OFFICE_LINKED.search("said Minister of State in the ").group()
#: 'Minister of State in the '
#: >>> RE_OFFICE_LINKED.search("Special Adviser to the President on Media and ").group(), RE_OFFICE_LINKED.search("went to the ")
#: ('Special Adviser to the President on Media and ', None)
RE_OFFICE_LINKED = LazyPattern(r"\b\p{Lu}[\p{L}\-]+(?: (?:of|for|on|in|at|to|the|and|\p{Lu}[\p{L}’'\-]*+,?))*?"
                               r" (?:in|at|to|on) (?:the |(?:\p{Lu}[\p{L}’'\-]*+,? )+and )$")

#: How far before a run its office's words are looked for (‘Minister for Children, Equality,
#: Disability, Integration and ’ is 61 characters).
OFFICE_REACH = 100


def _after_linked_office(text: str, at: int) -> bool:
    """The run at ``at`` follows a capitalised office tied to a body by "in the", "at the", "to the",
    or the "and" of its remit (:data:`RE_OFFICE_LINKED`), whose opening words hold an office's noun:
    ‘Minister in the Presidency …’, ‘Special Adviser to the President on Media and Publicity …’
    (never ‘Speaking to the …’).

    >>> _after_linked_office("said Minister in the Presidency", 21), _after_linked_office("Speaking to the Press", 16)
    (True, False)
    """
    m = RE_OFFICE_LINKED.search(text, max(0, at - OFFICE_REACH), at) if text.endswith((" the ", " and "), 0, at) else None
    return m is not None and any(w.lower() in ROLE_NOUNS for w in itertools.takewhile(lambda w: w[:1].isupper(), m.group().split()))


def _office_opening_body(text: str, at: int) -> str | None:
    """The office whose body's name runs on at ``at`` after its "of" (‘Deputy Spokesperson of the
    Ministry of ’ before ‘Foreign Affairs Đỗ Thanh Nga’): capitalised words and an office's small words
    back to the start of the clause, opening with an office's noun in capitals; else None.

    >>> _office_opening_body("rejects the ban, Deputy Spokesperson of the Ministry of Foreign", 55)
    'Deputy Spokesperson of the Ministry of'
    >>> _office_opening_body("a statement from the Ministry of Foreign", 37) is None
    True
    """
    toks = tokenize(text, max(0, at - 120), at)
    s = len(toks)
    while s > 0 and (toks[s - 1].capitalized or (toks[s - 1].text.islower() and toks[s - 1].word in OFFICE_NAME_JOINERS)):
        s -= 1
    while s < len(toks) and not toks[s].capitalized:
        s += 1
    if s >= len(toks) or (s > 0 and toks[s - 1].text not in ",—–:;(" and toks[s - 1].text[:1].isalpha()) \
            or not (toks[s].word in ROLE_NOUNS or any(x.capitalized and x.word in ROLE_NOUNS for x in toks[s:s + 3])):
        return None  # (the clause's own opening: never ‘a statement from the Ministry of’)
    return text[toks[s].start:toks[-1].end]


def _body_words_before_holder(name: Sequence[str]) -> int:
    """How many words of a body open a run that follows an office's "in the" or "to the", before a
    holder's name no list holds: one word before two (‘Presidency Khumbudzo Ntshavheni’), or up to a
    body's or an office's word before two or three (‘Cabinet Office Ong Ye Kung’); 0 when nothing tells.

    >>> _body_words_before_holder(("Presidency", "Khumbudzo", "Ntshavheni"))
    1
    >>> _body_words_before_holder(("Cabinet", "Office", "Ong", "Ye", "Kung")), _body_words_before_holder(("United", "Nations", "Xu", "Ba", "Lo"))
    (2, 0)
    >>> _body_words_before_holder(("Vladislav", "Olegovich", "Tyurin"))
    0
    """
    ends = [a for a in (len(name) - 2, len(name) - 3) if a >= 1 and (
        (a == 1 and len(name) == 3) or name[a - 1].lower() in OFFICE_WORDS or name[a - 1].lower() in ORG_WORDS)]
    if len(ends) != 1 or any(gender_of(w) is not None or w.lower() in ORG_WORDS or w.lower() in OFFICE_WORDS
                             for w in name[ends[0]:]):
        return 0
    if gender_of(name[ends[0] - 1]) is not None and name[ends[0]].lower().endswith(PATRONYMIC_ENDINGS):
        return 0  # (a given name before a patronymic opens the name: ‘Security Vladislav Olegovich Tyurin’ after
        # ‘Committee on Defense and’ is Vladislav Olegovich Tyurin)
    return ends[0]


def _initial_after_body_words(name: Sequence[str]) -> int:
    """How many words of a body open a run that follows an office's "in the", before a holder's name
    that opens with an initial, with or without its full stop (‘Assembly K Venkatesh Hegde’ of ‘Leader
    of the Opposition in the Assembly K Venkatesh Hegde’, ‘Senate B. N. Rao’); 0 when none does.

    >>> _initial_after_body_words(("Assembly", "K", "Venkatesh", "Hegde")), _initial_after_body_words(("Assembly", "Hegde", "K"))
    (1, 0)
    """
    for k in range(1, len(name) - 1):
        if len(name[k].rstrip(".")) == 1 and name[k][:1].isupper():
            return k if all(len(w.rstrip(".")) > 1 for w in name[:k]) else 0
    return 0


#: Words that qualify an office, never a given name ("Additional Superintendent", "Joint Secretary").
TITLE_QUALIFIER_WORDS = frozenset("additional assistant deputy senior joint acting principal special associate "
                                  "executive vice".split())

#: Words that make a nation's adjective of a region's ("South Korean", "North African"): no name.
COMPASS_WORDS = frozenset("north south east west central northern southern eastern western".split())

#: Firms' words that are no one's surname ("Steel", "Paper", "Banks" are).
FIRM_ONLY_WORDS = BUSINESS_WORDS - frozenset("steel paper bank energy electric mining packaging materials engines".split())

#: Firms' words that end a longer word of a firm's name ("Microsystems", "Biotechnologies").
BUSINESS_ENDINGS = ("systems", "technologies", "pharmaceuticals", "electronics", "networks", "semiconductor")

#: Bodies whose office words may open the name run after them ("of the Ministry of Foreign Affairs Doan Thi Mai").
OFFICE_BODIES = frozenset("ministry department office bureau commission committee".split())

#: Envoys proper, whom a story may call "the diplomat" (never a "representative" or a "delegate":
#: "Rep." and "Delegate" are lawmakers' titles).
DIPLOMAT_NOUNS = frozenset("ambassador ambassador-designate envoy emissary consul".split())

#: Envoys posted "to" a place or a body ("Ambassador to Japan", "Special Envoy to the United Nations").
ENVOY_NOUNS = DIPLOMAT_NOUNS | {"representative", "delegate"}

#: Bodies an envoy is posted to, named by two words.
TWO_WORD_POSTS = frozenset(("united nations", "european union", "african union", "holy see", "arab league"))

#: The capitalised words of a title before its "to", "of" or "for" ("Chinese Ambassador to",
#: "U.S. Special Envoy to the", "RNC Chief of"), with the preposition.
RE_TITLE_BEFORE_PREP = LazyPattern(
    r"(?<![\p{L}.])(?:(?:The|A|An) )?((?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\-]*)(?: \p{Lu}[\p{L}\-]*){0,3} (?:to|of|for)(?: the)?) $")


#: A kin or a role set off before a name, as the sentence's subject (‘Ashlyn’s mother, Renee Voss,
#: spoke’, ‘Her husband, Gerald Szabo,’).
RE_SET_OFF_SUBJECT = LazyPattern(r"(?:\p{Lu}[\p{L}\-]*(?:’s|'s)|His|Her|Their|The) (?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]*, $")


#: A death or a killing told of the name after or before it (after an age or a short description set
#: off: ‘Tom Ray, 24, was killed’, ‘Aoife Kerrigan, a nursing student at the University of Galway, died’).
#:
#: >>> RE_DIED_AFTER.match(", a nursing student at the University of Galway, died in March") is not None
#: True
RE_DEATH_BEFORE = LazyPattern(r"\b(?:(?:death|deaths|killing|murder|manslaughter|funeral|memory|loss) of|murdering|killing) $")
RE_DIED_AFTER = LazyPattern(r",?(?: \d{1,3},| (?:a|an) [^,.;“”\"\n]{1,80},)? (?:(?:was|were) (?:killed|murdered|shot|stabbed|fatally \w+)|died|was found dead)\b")
#: The same, a death only: never ‘was shot’, ‘was stabbed’ alone (one may live).
RE_DEAD_AFTER = LazyPattern(r",?(?: \d{1,3},| (?:a|an) [^,.;“”\"\n]{1,80},)? (?:(?:was|were) (?:killed|murdered|shot dead|shot and killed|stabbed to death|"
                            r"fatally \w+)|died|was found dead)\b")

#: A death told with a pronoun (‘She died of …’, ‘… determined she died’, ‘He was pronounced dead’),
#: of the one named just before it in the paragraph.
#:
#: >>> RE_DEATH_BY_PRONOUN.search("An autopsy determined she died of an overdose.").group(1)
#: 'she'
RE_DEATH_BY_PRONOUN = LazyPattern(r"\b([Ss]he|[Hh]e) (?:later |soon )?(?:died|was (?:found dead|killed|pronounced dead|fatally \w+))\b")

#: Another person's full name, two capitalised words (‘Sam Lowe’), in the words between a name and a
#: pronoun: the pronoun may be theirs.
RE_ANOTHER_NAME = LazyPattern(r"\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")

#: A relative clause set off after someone unnamed that keeps their name back (‘, who asked not to be
#: named,’, ‘, who spoke on condition of anonymity,’): one whose "they" may hide their sex.
#:
#: >>> RE_NAME_KEPT_BACK_AFTER.match(", who asked not to be named, said") is not None
#: True
RE_NAME_KEPT_BACK_AFTER = LazyPattern(r", who (?:asked|declined|requested|refused|spoke|did not want|was not authori[sz]ed)"
                                      r"[^,.;\n]{0,50}?\b(?:anonymity|anonymous|named|identified|name)\b")

#: How far after the first full name a death told by a pronoun is still theirs.
DEATH_PRONOUN_REACH = 320

#: A relative "who" right after a name, or after a short description set off after it: ‘That was not
#: enough for Eileen Walsh, who runs a nursing home’, ‘… came from Jordan Carter, a senior at Ohio State, who’.
RE_WHO_AFTER_NAME = LazyPattern(r"(?:, (?:a|an|the) [^,.;“”\"\n]{1,80})?, who\b")

#: A relative clause of a death after a name and its age (‘Lily Adams, 12, who died in a crash’).
RE_WHO_DIED = LazyPattern(r" who (?:(?:was|were) (?:killed|murdered|shot|stabbed|fatally \w+)|died|was found dead)\b")

#: Words after a cue that date the quotation before a death (‘… Falk said in a 2015 interview’).
RE_PAST_WORDS = LazyPattern(r"[^.!?]{0,40}?\b(?:in (?:a|an) (?:\d{4} )?interview|once (?:said|told|wrote)|in \d{4}\b|years ago)")
#: The same words opening the sentence before the name (‘In a 2004 interview, Mr. Fenn said’).
RE_PAST_WORDS_BEFORE = LazyPattern(r"\b(?:[Ii]n (?:a|an) (?:\d{4} )?interview|[Ii]n \d{4}|[Yy]ears ago)\b[^.!?\n]{0,40}$")

#: How far after a kin or a role set off before a name its bare surname may still be theirs (the
#: next sentence: never an obituary's later "Ms. Quill", the one who died).
SET_OFF_REACH = 200

#: How far after a kin of the dead, set off and giving evidence at a trial or an inquest, a bare surname
#: they share is still theirs: the dead give no evidence (‘Mr Obi’s brother, Chinedu Obi, told the
#: court …. / … / “…,” Mr Obi said’).
COURT_KIN_REACH = 1500


def _last_before(spots: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The last spot that starts before ``at`` (of spots in text order), or (-1, -1).

    >>> _last_before([(3, 5), (10, 12), (20, 22)], 15), _last_before([(3, 5)], 2)
    ((10, 12), (-1, -1))
    """
    k = bisect.bisect_left(spots, (at, -1)) - 1
    return spots[k] if k >= 0 else (-1, -1)


def _right_after_quotation(text: str, at: int) -> bool:
    """The name at ``at`` comes right after a closing quotation mark, in the same paragraph: the
    quotation's cue (‘“…,” Pamela Ashworth says’), never a paragraph that opens with it.

    >>> _right_after_quotation('“No,” Ann Lee says', 6), _right_after_quotation('he said. “No.”\\n\\nAnn Lee', 16)
    (True, False)
    """
    before = text[max(0, at - 3):at]
    return before.rstrip().endswith(("”", '"')) and "\n" not in before


def _plain_kind(role: str) -> bool:
    """A role before a name that is a noun alone (‘The contractor, Edgar Lim, president of …’),
    which a later "the contractor said" calls them by.

    >>> _plain_kind("contractor"), _plain_kind("the union's lawyer")
    (True, False)
    """
    return role.isalpha() and role.islower()


def _speaks_next(text: str, end: int) -> bool:
    """The rest of the sentence of the name ending at ``end`` has them speak: a speech verb, or
    being asked or interviewed (‘Panthers coach Rick Draper, the boys' uncle, said he …’, ‘Serena
    Cole was asked about her sister's defeat’, ‘… took to Instagram to announce …’).

    >>> _speaks_next("Rick Draper, the boys' uncle, said he", 11), _speaks_next("Serena Williams watched. He said", 15)
    (True, False)
    """
    stop = RE_SENTENCE_STOP.search(text, end, end + 300)
    words = [w.strip(",;") for w in text[end:stop.start() if stop else end + 300].lower().split()]
    spoke_to = any(w in ("spoke", "speaks", "speaking") and "to" in words[k + 1:k + 3] for k, w in enumerate(words))
    return (spoke_to or any(w in SPEAKING_WORDS for w in words)) and not any(w in ("declined", "refused") for w in words)
    # (never ‘declined to answer questions from reporters’, nor one who only "spoke": ‘Eric Trump
    # spoke before him’ said nothing the story reports; but ‘spoke directly to Badger’ did)


def _quoted_next(text: str, end: int, at: int) -> bool:
    """The name ending at ``end`` ends its paragraph's last sentence, and the next paragraph opens with
    a quotation whose cue holds the bare surname at ``at``: the one just set off speaks there, though
    their own sentence only shows them (‘Megan’s mother, Carol Hollis, sat in the front row. / “…,”
    Hollis said’).

    >>> _quoted_next("Her father, Al Reid, sat in the gallery.\\n\\n“We want answers,” Reid said", 19, 61)
    True
    """
    brk = text.find("\n", end, at)
    if brk < 0 or RE_SENTENCE_STOP.search(text, end, brk) is None:
        return False
    opens = brk
    while opens < at and text[opens].isspace():
        opens += 1
    return opens < at and text[opens] in "“\"" and "\n" not in text[opens:at]


#: The end of a sentence (for the rest of one after a name).
RE_SENTENCE_STOP = LazyPattern(r"[.!?](?:\s|$)")

#: Words that tell that one speaks: plain reporting verbs, and being asked or interviewed (‘Serena
#: Cole was asked …’).
SPEAKING_WORDS = frozenset("""
said says told tells tell added adds announced announces wrote writes explained insisted argued warned stressed claimed
declared replied responded admitted acknowledged recalled confirmed denied tweeted posted urged vowed
asked interview interviewed instagram statement
""".split())  # (clear reporting verbs only: never "state" of "a state senator", "post" of "his near post")


#: Lower-case words inside a long title before a name ("former deputy chief minister X").
TITLE_RUN_QUALIFIERS = frozenset("former then acting interim retired ex".split())

#: A short bracket right after a name: a party and a place (‘(Ind)’, ‘(D-Ohio)’).
RE_BRACKET_AFTER = LazyPattern(r" ?\([^()\n]{1,24}\)")


def _title_before_prep(m: regex.Match) -> str:
    """The title a match of RE_TITLE_BEFORE_PREP found, without a sentence's opening word ("After")."""
    words = m.group(1).split()
    k = 0
    while k < len(words) - 2 and words[k].lower() in FUNCTION_WORDS:
        k += 1
    return " ".join(words[k:])


def _posted_to(text: str, at: int, name: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The title and the name of a run that follows an envoy's "to" and opens with where the envoy
    is posted: (‘Chinese Ambassador to Argentina’, (‘Li’, ‘Deming’)). The place is a country, a
    state, a two-word body or an acronym; else one word, before a name of two words or more.

    >>> t = "U.S. Ambassador to Japan Rahm Emanuel said"
    >>> _posted_to(t, t.index("Japan"), ("Japan", "Rahm", "Emanuel"))
    ('U.S. Ambassador to Japan', ('Rahm', 'Emanuel'))
    >>> t = "Chinese Ambassador to the United Nations Zhang Jun said"
    >>> _posted_to(t, t.index("United"), ("United", "Nations", "Zhang", "Jun"))
    ('Chinese Ambassador to the United Nations', ('Zhang', 'Jun'))
    """
    if not text.endswith(" to ", 0, at) and not text.endswith(" to the ", 0, at):
        return None
    m = RE_TITLE_BEFORE_PREP.search(text, max(0, at - 60), at)
    if m is None or m.group(1).removesuffix(" the").rsplit(" ", 2)[-2].lower() not in ENVOY_NOUNS:
        return None
    two = " ".join(name[:2])
    if len(name) > 3 and (two in TWO_WORD_PLACES or two.lower() in TWO_WORD_POSTS):
        k = 2
    elif name[0].lower() in ONE_WORD_PLACES or name[0].isupper():
        k = 1  # ("Ambassador to NATO Julianne Smith")
    elif gender_of(name[0]) is None:
        # a place no list holds: up to the first known given name, else all but the last two words
        # ("Ambassador to Türkiye Faed Mustafa-Haddad", "Ambassador to Papua New Guinea Ann Yastishock")
        k = next((i for i in range(1, len(name) - 1) if gender_of(name[i]) is not None), len(name) - 2)
    else:
        return None
    return f"{_title_before_prep(m)} {' '.join(name[:k])}", name[k:]


def _office_word_before_given(office: str, name: Sequence[str]) -> bool:
    """One word of a capitalised office's name (a department, a field, a unit) before a full name
    of two words whose given name the lists know: "Professor of Sociology Renée Castellanos",
    "Dean of Admissions Carla Ruiz". The word is no given name nor a particle, and is no surname's
    own first half ("Director of Vigilance Sanjukta Mohapatra" is the rule before)."""
    return len(name) == 3 and office[:1].isupper() and office.lower() in ROLE_NOUNS \
        and name[0][:1].isupper() and name[0].isalpha() and not name[0].isupper() \
        and gender_of(name[0]) is None and name[0].lower() not in PARTICLES \
        and gender_of(name[1]) is not None and name[1].lower() not in PARTICLES


def _office_name_trimmed(raw: Sequence[str], title: str | None, words: Sequence[str]) -> tuple[str | None, Sequence[str]]:
    """The title and the name of a subject's run whose office's name, after "of" or "for", stands
    before a full name, the office's words moved to the title (as :meth:`Cast._add_full_name` does
    for the name alone): ("Associate Dean of Student Life", ["Gregory", "Pemberton"]).

    >>> _office_name_trimmed("Dean of Student Life Gregory Pemberton".split(), "Dean of Student", ["Life", "Gregory", "Pemberton"])
    ('Dean of Student Life', ['Gregory', 'Pemberton'])
    >>> _office_name_trimmed("Professor of Sociology Renée Castellanos".split(), "Professor of", ["Sociology", "Renée", "Castellanos"])
    ('Professor of Sociology', ['Renée', 'Castellanos'])
    >>> _office_name_trimmed("Secretary of State John Kerry".split(), "Secretary of State", ["John", "Kerry"])
    ('Secretary of State', ['John', 'Kerry'])
    """
    if len(words) < 3 or len(raw) < len(words) + 2 or list(raw[-len(words):]) != list(words):
        return title, words
    at = next((i for i in range(len(raw) - len(words), 0, -1) if raw[i] in ("of", "for")), None)
    if at is None or not raw[at - 1][:1].isupper() or raw[at - 1].lower() not in ROLE_NOUNS:
        return title, words
    name = raw[at + 1:]
    k = _office_words_before_given(name) or (1 if _office_word_before_given(raw[at - 1], name) else 0) \
        or (1 if _seat_before_given(raw[at - 1], raw[at], name) else 0)
    if not k or len(name) - k >= len(words):  # (the office's words must be the name's first ones)
        return title, words
    return " ".join(raw[:at + 1 + k]), list(name[k:])


def _seat_before_given(office: str, prep: str, name: Sequence[str]) -> bool:
    """A member's seat, one word after "Member for" (:data:`SEAT_OFFICES`), before a full name of two
    words whose given name the lists know, whether or not the seat's word is a given name too:
    "Member for Clarence David Renshaw" is David Renshaw, member for Clarence.

    >>> _seat_before_given("Member", "for", ["Clarence", "David", "Renshaw"]), _seat_before_given("Member", "for", ["David", "Renshaw"])
    (True, False)
    """
    return prep == "for" and len(name) == 3 and office.lower() in SEAT_OFFICES and name[0][:1].isupper() \
        and name[0].isalpha() and gender_of(name[1]) is not None and name[1].lower() not in PARTICLES


def _office_words_before_given(name: Sequence[str]) -> int:
    """How many words of an office's name (after "of" or "for") no list holds stand before a given
    name the lists know, two at least ("Student Conduct Alan Pryce", "Student Life Karen Oduya");
    0 when none or one ("Finance Chaudhry Asghar Ali Warraich": a word may be the name's own)."""
    if gender_of(name[0]) is not None:
        return 0
    return next((g for g in range(2, len(name) - 1) if gender_of(name[g]) is not None
                 and all(gender_of(w) is None and w.lower() not in PARTICLES for w in name[:g])), 0)


def _office_of_state_before(text: str, at: int) -> list[str]:
    """The office of a capitalised "X of State for" (or "of the Y for") right before ``at``, as a
    one-word list: "Minister of State for Trade Seán Kilbride", "Secretary of State for Health and
    Social Care X" (the office is the minister, never "State", whose "for" opens the remit and the
    name after it); [] when the words before "for" are no such office.

    >>> _office_of_state_before("said Minister of State for Trade Seán Kilbride", 27)
    ['Minister']
    >>> _office_of_state_before("the state of play for Trade Ann Lee", 22), _office_of_state_before("Minister for Trade Ann Lee", 13)
    ([], [])
    """
    m = RE_OFFICE_OF_STATE_FOR.search(text, max(0, at - 40), at)
    return [m.group(1)] if m is not None and m.group(1).lower() in ROLE_NOUNS else []


#: A capitalised office's "of State for" (or "of the Interior for") right before a point: ‘Minister
#: of State for ’, ‘Secretary of State for ’.
RE_OFFICE_OF_STATE_FOR = LazyPattern(r"\b(\p{Lu}[\p{L}\-]+) of (?:the )?(?:State|\p{Lu}[\p{L}\-]+) for $")


def _after_capital_office(text: str, at: int) -> bool:
    """The run at ``at`` follows a capitalised office's "for" or "of" ("Minister for Ecological
    Transition María Teresa Ortiz"): its words are the office's remit and a name, never a headline's,
    even where the article writes one of them in lower case ("the ecological flow").

    >>> _after_capital_office("said Minister for Ecological Transition Ana Ruiz", 18)
    True
    >>> _after_capital_office("a strategy for Ecological Transition", 15), _after_capital_office("the minister for Ecology", 17)
    (False, False)
    """
    m = RE_CAPITAL_OFFICE_PREP.search(text, max(0, at - 40), at)
    return m is not None and m.group(1).lower() in ROLE_NOUNS


#: A capitalised office and its "for" or "of" right before a point ("Minister for ", "Commissioner of ").
RE_CAPITAL_OFFICE_PREP = LazyPattern(r"\b(\p{Lu}[\p{L}\-]+) (?:for|of) $")


def _remit_before_particle_name(name: Sequence[str]) -> int:
    """How many words of a remit stand before a name with a particle in lower case, after an
    office's "for" or "of" ("Budget Piet van der Hoeven", "Competition Jan de Wit"): the words
    before the one that precedes the first particle, none a given name the lists know nor a particle;
    0 otherwise ("Joachim von Eschenbach" has no remit).

    >>> _remit_before_particle_name("Budget Piet van der Hoeven".split())
    1
    >>> _remit_before_particle_name("Piet van der Hoeven".split()), _remit_before_particle_name("Health Anna Maria de Souza".split())
    (0, 0)
    """
    p = next((i for i, w in enumerate(name) if w in PARTICLES), None)
    if p is None or p < 2 or p + 1 >= len(name) or any(
            gender_of(w) is not None or w.lower() in PARTICLES or not w[:1].isupper() for w in name[:p - 1]):
        return 0
    return p - 1


def _place_words_before_name(name: Sequence[str], office: str) -> int:
    """How many words of a place or a remit stand before a name of two after a minister's capital
    "for" ("Minister for Grand Bahama Ginger Moxey", "Minister for Tobago Affairs Kelvin Ramsaran"):
    all but the last two of four or more words, none a given name the lists know nor a particle;
    0 otherwise (a name of three words stays whole: "Minister for Health Ama Kofi Boateng" is cut
    by the office's words alone)."""
    if office not in PLACE_OFFICES or len(name) < 4 or any(
            gender_of(w) is not None or w.lower() in PARTICLES or not w[:1].isupper() for w in name[:-1]):
        return 0
    return len(name) - 2


def _office_for_place(office: str, words: Sequence[str]) -> bool:
    """The words between a minister's capital "for" and the name are a place or a remit, part of
    the office ("Minister for Andros Delphine Rolle … the minister said")."""
    return office in PLACE_OFFICES and 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


#: How far back an office that opened a sentence may stand for "the <office>".
OFFICE_HOLDER_REACH = 1500

#: A paragraph that opens with a participle's clause before its subject (‘Speaking at a press
#: conference, Amina Odhiambo said’, ‘Addressing MPs, …’), an owner's apostrophe in it too (‘Speaking
#: on Radio Kerry’s morning show, …’), never a quotation mark (w58a).
#:
#: >>> bool(RE_OPENING_PARTICIPLE.match("Speaking on Radio Kerry’s morning show, Ann Ryan said"))
#: True
#: >>> RE_OPENING_PARTICIPLE.match("Speaking of ‘fairness’, Ann Ryan said") is None
#: True
RE_OPENING_PARTICIPLE = LazyPattern(r"\p{Lu}\p{Ll}+ing\b(?:[^.!?\n“”\"‘’]|(?<=\p{L})’(?=\p{L})){0,120}, (?=\p{Lu})")

#: A place's or a body's office, owned (‘Scotland's Brexit minister’, ‘Kenya’s health minister’): see
#: :meth:`Cast.lede_description_named_next`.
RE_PLACE_OWNED_OFFICE = LazyPattern(r"\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*['’]s ")

#: How many words make a paragraph the story's lede, past its headline and byline lines.
LEDE_WORDS = 20

#: An aside set off after a name, never a list of names (‘X, a hotelier who …,’, ‘X, who leads …,’).
RE_ASIDE_OPENS = LazyPattern(r", (?:an?|the|who|whose)\b|, \d|, \p{Ll}[\p{Ll}\-]+ (?!and\b)")

#: The pronouns of each sex that speak of one person (‘he’, ‘him’, ‘his’).
PRONOUNS_OF_SEX = {"m": ("he", "him", "his"), "f": ("she", "her")}

#: The first word of a quotation that opens a paragraph (‘“She has been saying …’).
RE_QUOTE_FIRST_WORD = LazyPattern(r"\s*[“\"‘'«]\s*(\w+)")

#: Words in a lede's first sentence that bring in another side (‘… as “under control” despite a rising death
#: toll’, ‘… amid criticism from charities’): the next paragraph may open with a critic or a victim, so its
#: first person speaking at once is no holder of the lede's office without an aside that gives it.
RE_LEDE_OTHER_SIDE = LazyPattern(r"\b(?:[Aa]mid|[Dd]espite|[Ii]n the face of|critici[sz]\w*|critics?|opponents?|campaigners?|charities)\b")

#: A person's name as a subject the paragraph is about (‘Marcus Lee is remembered as …’, ‘X is best known for’).
RE_SUBJECT_REMEMBERED = LazyPattern(r" (?:is|was) (?:best |still |widely )?(?:remembered|known|regarded|seen)\b")

#: A paragraph that opens with "the <epithet>", past a short opening (‘The X said’, ‘On Tuesday, the X sat’).
RE_EPITHET_OPENS = LazyPattern(r"(?:\p{Lu}\p{Ll}+(?: \p{L}+){0,2}, )?[Tt]he")

#: "the <epithet>" right after a paragraph's first quotation (‘“…,” the X said’, ‘“…,” said the X’).
RE_EPITHET_AFTER_QUOTE = LazyPattern(r"[,?!]\s*[’”\"'] (?:said |says |added )?the")


#: A person's name as a subject that acts or speaks (‘Mercy Atieno told reporters’, ‘Ama Boateng said’,
#: ‘Rio Vance on Thursday responded’).
#:
#: >>> bool(RE_SUBJECT_ACTS.match(" on Thursday responded")), bool(RE_SUBJECT_ACTS.match(" responsible"))
#: (True, False)
#:
#: A reply in play is no words: ‘X hit back for Chelsea’, ‘X responded with a volley’, ‘X fired back with
#: 12 straight points’ (review rv12); a reply with a statement or a post still speaks.
#:
#: >>> bool(RE_SUBJECT_ACTS.match(" hit back for Chelsea")), bool(RE_SUBJECT_ACTS.match(" responded with a volley"))
#: (False, False)
#: >>> bool(RE_SUBJECT_ACTS.match(" responded with a statement")), bool(RE_SUBJECT_ACTS.match(" hit back at critics"))
#: (True, True)
RE_SUBJECT_ACTS = LazyPattern(r",? (?:(?:also|later|then|on \p{Lu}\w+) )?(?:(?:said|says|told|added|argued|insisted|warned"
                                r"|explained|stated|announced|wrote|posted|tweeted|defended|claimed)\b"
                                r"|(?:responded|replied|(?:fired|hit|shot) back)\b(?! (?:for|through|against|from)\b"
                                r"| with\b(?! (?:a|an|his|her|their|its) (?:\w+ )?(?:statement|post|tweet|letter|video|message)\b)))")


#: A run of capitalised words, a name as written (‘Mr Obi’, ‘Ms Ashby’).
#:
#: >>> RE_NAMED_AS_WRITTEN.match("Ms Ashby waved").group()
#: 'Ms Ashby'
RE_NAMED_AS_WRITTEN = LazyPattern(r"(?:\p{Lu}[\p{L}'’\-]*\.? )*\p{Lu}[\p{L}'’\-]*")

#: What the first one named does, in a paragraph that opens with someone unnamed's words: a deed in the
#: past tense, or a plain ‘said’ or ‘told’ (‘“…!” shouted a heckler. Stewards moved in, but Mr Obi waved them back.’).
#:
#: >>> bool(RE_ACTS_AFTER_HECKLE.match(" waved them back.")), bool(RE_ACTS_AFTER_HECKLE.match(" calmly stepped in"))
#: (True, True)
#: >>> bool(RE_ACTS_AFTER_HECKLE.match("'s team waved")), bool(RE_ACTS_AFTER_HECKLE.match(" was booed"))
#: (False, False)
RE_ACTS_AFTER_HECKLE = LazyPattern(r" (?:\p{Ll}+ly )?(?:\p{Ll}+ed|said|told|held|stood|took|kept|spoke|went)\b")


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


#: The words before an office that bring in a holder unnamed, or a past one (‘another minister’,
#: ‘a former governor’, ‘an ex-’).
#:
#: >>> bool(RE_UNNAMED_HOLDER.search("talks with a junior ")), bool(RE_UNNAMED_HOLDER.search("said the "))
#: (True, False)
RE_UNNAMED_HOLDER = LazyPattern(r"(?:^|\W)(?i:an?|another|one|former|ex)[ \-](?:[\p{L}\-]+ ){0,2}$")

#: An article or an owner's word inside a stretch RE_UNNAMED_HOLDER found: the words are a clause's
#: (‘an assault the judge’), never an unnamed holder (‘a district judge’).
RE_OWNED_BETWEEN = LazyPattern(r" (?:the|its|his|her|their) ")


def _office_in_letters(role: str, office: str) -> bool:
    """A role that is an office's initials in capitals, "officer" after them or not: "CEO" or "CE" for
    "chief executive", "MD" for "managing director".

    >>> _office_in_letters("CEO", "chief executive"), _office_in_letters("CFO", "chief executive")
    (True, False)
    """
    last = role.split()[-1] if role.split() else ""
    letters = "".join(w[0] for w in office.replace("-", " ").split())
    return len(letters) > 1 and last.isupper() and last.lower() in (letters, letters + "o")


def _domain_chief(role: str, head: str, words: list[str]) -> bool:
    """A role that leads the domain a "<domain> chief" names, with the domain's words and an office of
    :data:`DOMAIN_CHIEF_OFFICES` as its head (‘its mobile chief’ for ‘Corvex mobile president’; never a
    bare "its chief", nor ‘vice president’).

    >>> _domain_chief("Corvex mobile president", "chief", ["mobile"]), _domain_chief("mobile vice president", "chief", ["mobile"])
    (True, False)
    >>> _domain_chief("Marbury police union president", "chief", ["police"])
    False
    """
    held = role.lower().replace("-", " ").split()
    return head == "chief" and bool(words) and len(held) > len(words) and held[-1] in DOMAIN_CHIEF_OFFICES \
        and held[-1 - len(words):-1] == [w.lower() for w in words] \
        and not any(w in ("vice", "deputy", "assistant", "former") for w in held)
    # (the domain's words right before the office: never another body of that domain, ‘police union
    # president’ for ‘its police chief’, ‘health board president’ for ‘its health chief’)


def _other_body_words(role: str, head: str, words: list[str], lede: str) -> bool:
    """A role with a word in capitals besides the office's own that the lede does not hold: another
    body's office (‘Union president’ for the firm's "its president"; never ‘Ferrovia chief executive’
    after a lede that names Ferrovia).

    >>> _other_body_words("Union president", "president", [], "Acme said its president …")
    True
    """
    return any(w[:1].isupper() and w.lower() != head and w.lower() not in words and w not in lede
               for w in role.replace("-", " ").split())


#: Right after a name: an aside that says its bearer heads a body (‘Tom Okafor, who has run the venue
#: since 2015,’, ‘…, who has led the business since 2021,’, ‘…, who took charge of the group in May’).
RE_LED_SINCE = LazyPattern(r",? who (?:has |had )?(?:led|run|headed|ran|took charge of|took over at|has been in charge of)"
                           r" (?:the|its) (?:(?!(?:against|in|of|at|on|for|with|from|to|inside|outside|near|behind|opposite|beside|across|by)\b)[\w\-]+ ){0,3}?(?:venue|theatre|theater|company|firm|business|group|charity|organisation|"
                           r"organization|school|college|university|hospital|museum|gallery|orchestra|club|bank|airline|chain|"
                           r"agency|trust|institution|house|centre|center|festival|opera|ballet|label|publisher|studio|brand|"
                           r"retailer|store|restaurant|hotel|paper|newspaper|magazine|broadcaster|network|station|practice|"
                           r"playhouse|cinema|library|zoo|team|side|band|choir|ensemble|institute|foundation|society|"
                           r"association|council|authority|board|service|operator|carrier|maker|manufacturer|producer|"
                           r"lender|insurer|supermarket|grocer|utility|giant|startup|start-up|venture|empire|estate|farm|"
                           r"brewery|distillery|winery|mine|port|airport|site|plant|works|factory|mill|yard|shop|outlet) (?:since|for|in) ")
# (guard: the body led, never a campaign against it nor a cafe in it: ‘who has led the campaign against the firm since
# 2019’, ‘who has run the cafe in the foyer since 2015’)


#: Letters in brackets right after a name, its initials if they hold the initials of its words
#: (‘the All Pakistan Anjuman-i-Tajiran Ittehad (APATI)’; never a party's after a person, ‘Imran Khan
#: (PTI)’).
RE_INITIALS_AFTER = LazyPattern(r" \((\p{Lu}{2,8})\)")


def _initials(name: str) -> str:
    """The first letters of a name's words and hyphened parts in capitals.

    >>> _initials("Pakistan Anjuman-i-Tajiran Ittehad"), _initials("Imran Khan")
    ('PATI', 'IK')
    """
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())


#: How far the sentence after "their union" may end.
NEXT_BODY_REACH = 300

#: A sentence's end, past its closing mark and the space after (‘… by stealth’. ’).
RE_SENTENCE_GAP = LazyPattern(r"[.!?][’”\"']?\s+")

#: A verb that reports speech, in a sentence whose subject is the one who spoke (‘Kiprono, 21, …, said
#: the goal was for his mother’).
RE_REPORTED_SPEECH_VERB = LazyPattern(r"\b(?:said|says|told|added|admitted|explained|insisted|conceded|recalled)\b")


@functools.lru_cache(maxsize=16)
def _body_name_of(noun: str) -> regex.Pattern:
    """A body's name ending with the noun in capitals, as a subject (‘The Transport Workers Union
    said’)."""
    kind = regex.escape(noun[:1].upper() + noun[1:])
    return regex.compile(rf"((?:The )?(?:\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*\s){{1,5}}{kind})(?=\s\p{{Ll}})")


#: "they" or "we", any case: a plural subject (‘Families said they went by ambulance’).
RE_THEY_OR_WE = LazyPattern(r"\b(?i:they|we)\b")

#: A word in lower case right after a mention (‘… Finch’s catalogue’): group 1.
RE_NEXT_LOWER_WORD = LazyPattern(r"[ \t]+(\p{Ll}+)\b")

#: How far after the holder's name "its <office>" may stand.
ITS_HOLDER_REACH = 800

#: A word with a capital (‘Channel’, ‘Banque’).
RE_CAPITAL_WORD = LazyPattern(r"\b\p{Lu}[\p{L}\p{M}’'\-]*")

#: Words in quotation marks, closed or running on to the end (what is quoted names no body).
RE_QUOTED_STRETCH = LazyPattern(r"[“\"][^”\"]*(?:[”\"]|$)")


def _place_before_given(name: Sequence[str]) -> int:
    """How many words of a country or a place the lists hold stand before a given name the lists
    know, after an office's "of" ("President of Ukraine Serhii Matviienko", "Mayor of Kyiv
    Vitaliy Klymenko"): 1 or 2, else 0 (the name itself: "Governor of Kentucky Andy Beshear" has
    one; never a name of two words after the place).

    >>> _place_before_given(("Ukraine", "Serhii", "Matviienko")), _place_before_given(("Jordan", "Smith"))
    (1, 0)
    """
    if len(name) > 2 and name[0].lower() in ONE_WORD_PLACES and gender_of(name[1]) is not None:
        return 1
    if len(name) > 3 and " ".join(name[:2]) in TWO_WORD_PLACES and gender_of(name[2]) is not None:
        return 2
    return 0


#: Styles written as a person's initials or short given name too: "H.E." (an envoy's, or H.E. Bates's), "Col"
#: without its stop (a colonel's, or Col for Colin, Australian and British usage: ‘The park's manager, Col
#: Whitaker, said’).
#:
#: >>> "Col" in INITIALS_OR_STYLE, "Col." in INITIALS_OR_STYLE
#: (True, False)
INITIALS_OR_STYLE = frozenset(("H.E.", "Col"))


def _initials_not_style(words, name, by_surname, text: str = "") -> bool:
    """"H.E." before one surname that no one was named with in full before: a person's initials, never
    the style of an envoy or a minister ("H.E. Carrow, a retired engineer", "the novelist H.E. Bates"; but
    "H.E. Al Hammadi said" of H.E. Abdullah bin Saif Al Hammadi is the style's); so "Col" without its stop,
    a short given name (‘The park's manager, Col Whitaker,’; but ‘Col Ankrah said’ of Col Emmanuel Ankrah is
    the colonel's)."""
    return len(words) == 2 and words[0] in INITIALS_OR_STYLE and list(name) == list(words[1:]) and not arabic_article(words[1]) \
        and " " not in getattr(by_surname.get(surname_key(list(name))), "name", "") \
        and (words[0] != "Col" or _col_given_in_apposition(text, words[1]))


#: Nouns before a comma that make the "Col" set off after them a colonel's rank still (‘Army spokesman, Col
#: Harte,’, ‘The Libyan leader, Col Gaddafi,’).
#:
#: >>> "spokesman" in COL_RANK_CONTEXT, "manager" in COL_RANK_CONTEXT
#: (True, False)
COL_RANK_CONTEXT = frozenset("spokesman spokeswoman spokesperson commander officer leader chief attache attaché "
                             "dictator ruler colonel army police regiment".split())


def _col_given_in_apposition(text: str, surname: str) -> bool:
    """Whether "Col <surname>" is first written set off after a description that is no soldier's or
    officer's (‘The park's manager, Col Whitaker,’): "Col" a given name then. At a sentence's start or after a
    spokesman's noun it is the colonel's rank (‘Col Gaddafi said’, ‘Police spokesperson Col Mavela said’,
    ‘Col Sanders, the defence attache,’; guard, review rv62b).

    >>> _col_given_in_apposition("The park's manager, Col Whitaker, said", "Whitaker")
    True
    >>> _col_given_in_apposition("Col Gaddafi said", "Gaddafi"), _col_given_in_apposition("Police spokesperson Col Mavela said", "Mavela")
    (False, False)
    """
    at = text.find("Col " + surname)
    before = text[max(0, at - 40):at].rstrip() if at > 0 else ""
    if not before.endswith(","):
        return False
    prior = before[:-1].split()
    return bool(prior) and prior[-1].lower().removesuffix("’s").removesuffix("'s") not in COL_RANK_CONTEXT


def _style_given_after_office(text: str, at: int, words: Sequence[str]) -> bool:
    """Whether the run ``words`` at ``at``, opening with a ruler's style that is a given name too
    (‘Sultan’), follows another office's noun in lower case (‘Festival chairman Sultan Hamad Al
    Dhaheri’): the style is then the person's given name (:func:`~quotesearch.names.style_as_given_name`).

    >>> t = "Festival chairman Sultan Hamad Al Dhaheri said"
    >>> _style_given_after_office(t, 18, ("Sultan", "Hamad", "Al", "Dhaheri"))
    True
    >>> t = "Malaysia's king Sultan Ibrahim Iskandar said"
    >>> _style_given_after_office(t, 16, ("Sultan", "Ibrahim", "Iskandar"))
    False
    """
    before = text[max(0, at - 30):at].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    return style_as_given_name((before[-1], *words), 1)


@functools.lru_cache(maxsize=1 << 15)
def _title_split(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...], str | None]:
    """A run's title and name (:func:`split_title`, heading verbs trimmed) and its opening
    honorific, kept for the next articles: most runs come back in many."""
    title, name = split_title(words)
    first = words[0].rstrip(".").lower()
    return title, heading_verbs_trimmed(tuple(name)), first if first in HONORIFICS else None


_is_organisation = functools.lru_cache(maxsize=1 << 15)(is_organisation)


def _syllables(given) -> str:
    """Given names written surname first, as their syllables run together: "Hong Tat" and "Hong-tat"
    alike.

    >>> _syllables(["Hong", "Tat"]) == _syllables(["Hong-tat"])
    True
    """
    return "".join(given).replace("-", "").lower()


def _same_name_respelled(name, other) -> bool:
    """Two names of the same surname and given syllables, hyphened or spaced differently, in either
    order (‘Chee Hong Tat’, ‘Chee Hong-tat’, ‘Hong-tat Chee’)."""
    if not name or not other:
        return False
    return any(name[i] == other[j] and _syllables(name[:i] + name[i + 1:]) == _syllables(other[:j] + other[j + 1:])
               for i in (0, len(name) - 1) for j in (0, len(other) - 1))


def _other_given_name(words, p: Person) -> bool:
    """A full name (its words) whose given name is not that of ``p``, a full name of the same
    surname: another person ("Bill Clinton" beside Hillary Clinton; never "Donald J. Trump"
    beside Donald Trump, nor an initial for a name)."""
    given = p.name.split()
    if len(given) < 2:
        return False
    if words[0] == given[0] and written_surname_first(words) and written_surname_first(given):
        return _syllables(words[1:]) != _syllables(given[1:])  # (both written surname
        # first, the given names after it: ‘Koh Boon Hwee’ beside ‘Koh Mei Xin’)
    a, b = words[0].rstrip("."), given[0].rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] != b[0]
    return a.lower() != b.lower() or _suffix(words) != _suffix(given)  # (a son beside his father)


def _irish_surname_alone(name, p: Person) -> bool:
    """``name`` is the Irish surname of two or three words that ends ``p``'s full name: its particle and
    the words after it ("Ní Bhriain" of Siobhán Ní Bhriain, "Ó hUiginn" of Ciarán Ó hUiginn, "Mac Giolla
    Bhríde" of Seán Mac Giolla Bhríde), no given name.

    >>> name = ["Ní", "Bhriain"]
    >>> _irish_surname_alone(name, Person("Siobhán Ní Bhriain")), _irish_surname_alone(name, Person("Ní Bhriain"))
    (True, False)
    >>> _irish_surname_alone(["Mac", "Jones"], Person("Sarah Jones"))
    False
    """
    return 2 <= len(name) <= 3 and name[0] in IRISH_SURNAME_PARTICLES and p.name.endswith(" " + " ".join(name))


def _suffix(words) -> str:
    """A full name's generational suffix ("Jr", "III"), lower-cased, or ""."""
    last = words[-1].rstrip(".,").lower() if len(words) > 2 else ""
    return last if last in NAME_SUFFIXES else ""


def _holds_title(role: str, title: str) -> bool:
    """The role is the office the title before a bare surname names: its words (before a
    preposition) end with the title's, or with the office an abbreviated title stands for ("Cllr":
    a councillor), and no lesser word or qualifier comes right before them, unless the title
    writes it too.

    >>> _holds_title("Mayor", "Mayor"), _holds_title("Deputy Mayor", "Mayor"), _holds_title("Deputy Mayor", "Deputy Mayor")
    (True, False, True)
    >>> _holds_title("Police Chief", "Chief"), _holds_title("Chief Inspector", "Chief"), _holds_title("Councillor", "Cllr")
    (True, False, True)
    >>> _holds_title("Minister of Health", "Minister"), _holds_title("Former Mayor", "Mayor")
    (True, False)
    """
    words = [w.rstrip(".,").lower() for w in role.split()]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    words = words[:cut]
    want = [w.rstrip(".").lower() for w in title.split()]
    if not want or not words:
        return False
    n = len(want)
    if words[-n:] != want and not (n == 1 and words[-1] in TITLE_WORDS.get(want[0], ())):
        return False
    before = words[-n - 1] if len(words) > n else ""
    return before not in LESSER_OFFICES and before not in TITLE_QUALIFIERS


def _bare_honorific(role: str) -> bool:
    """A role that is an honorific alone ("Sen.", "Dr."), written before the name."""
    return " " not in role and role.rstrip(".").lower() in OFFICE_HONORIFICS


#: A sentence's opening clause of an event coming about, up to a "when" (‘The sharpest exchange came
#: when’, ‘Tempers flared when’): the clause's words.
#:
#: >>> RE_EVENT_BEFORE_WHEN.search("Earlier. The sharpest exchange came when").group(1)
#: 'The sharpest exchange'
RE_EVENT_BEFORE_WHEN = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?”\"’]\s))(\p{Lu}[\p{L}\-’']*(?: [\p{L}\-’']+){0,4}) "
                                   r"(?:(?:then|later|finally|only) )?(?:came|began|erupted|started|flared|rose|boiled over|"
                                   r"peaked|grew|followed|happened|occurred|turned \p{Ll}+) when$")

#: A word that opens a sentence with a clause of time or cause, whose subject comes right after it
#: (‘When Kline turned to the actress, he quipped …’, ‘After Ortiz lost the vote, she said …’), with its
#: space; "Although" before "Though", the longer first. (Not the lexicon's SUBORDINATE_OPENERS: no "if"
#: or "since", whose clause's subject the main clause's pronoun need not be, and "until".)
#:
#: >>> bool(RE_OPENING_CLAUSE_WORD.fullmatch("When ")), bool(RE_OPENING_CLAUSE_WORD.fullmatch("Asked "))
#: (True, False)
CLAUSE_OPENING_WORDS = ("When ", "After ", "Before ", "While ", "Once ", "Although ", "Though ", "Because ", "Until ", "As ")
RE_OPENING_CLAUSE_WORD = LazyPattern("(?:" + "|".join(w[:-1] for w in CLAUSE_OPENING_WORDS) + ") ")

#: The main clause's own subject pronoun after an opening clause, set off by its comma (‘…, he quipped’,
#: ‘…,” she said’): group 1 is the pronoun.
#:
#: >>> RE_MAIN_PRONOUN_AFTER_CLAUSE.search("When Kline turned to Stroud, he quipped").group(1)
#: 'he'
RE_MAIN_PRONOUN_AFTER_CLAUSE = LazyPattern(r",[”\"’]? (he|she) ")

#: Where a sentence (or an abbreviation, taken the safe way) stops: a full stop, "!" or "?" before a
#: capital, or a line break.
#:
#: >>> RE_CLAUSE_SENTENCE_STOP.search("When Kline spoke. He left").start()
#: 16
RE_CLAUSE_SENTENCE_STOP = LazyPattern(r"[.!?][”\"’]?\s+(?=[\p{Lu}“\"‘])|\n")

#: A clause joined by ", and" or ", but" whose subject is a "he" or "she" (‘…, and he credited her
#: afterward’), by sex.
#:
#: >>> bool(RE_JOINED_PRONOUN["m"].search("worked with Vargas, and he credited her")), \
#: ...     bool(RE_JOINED_PRONOUN["f"].search("worked with Vargas, and he credited her"))
#: (True, False)
RE_JOINED_PRONOUN = {g: LazyPattern(rf", (?:and|but) {w} \p{{Ll}}") for g, w in (("m", "he"), ("f", "she"))}

#: A "he" or a "she" anywhere, in any case, by sex (a capital "He" opening a sentence too).
#:
#: >>> [m.group() for m in RE_HE_OR_SHE["m"].finditer("He said she thanked her, and he left")]
#: ['He', 'he']
RE_HE_OR_SHE = {g: LazyPattern(rf"\b{w}\b", regex.I) for g, w in (("m", "he"), ("f", "she"))}

#: A third person's subject pronoun, "he", "she" or "they", in any case (‘When Kline turned to Stroud
#: and she smiled, he quipped’ has one before the main clause's).
#:
#: >>> [m.group() for m in RE_THIRD_PERSON_SUBJECT.finditer("They thanked them; she left, theirs")]
#: ['They', 'she']
RE_THIRD_PERSON_SUBJECT = LazyPattern(r"\b(?:he|she|they)\b", regex.I)

#: A quotation closed right before, its stop or comma inside the mark (‘“…,” ’ of ‘“…,” he added’).
#:
#: >>> bool(RE_QUOTE_CLOSED_BEFORE.search("ready,” ")), bool(RE_QUOTE_CLOSED_BEFORE.search("inquiry. "))
#: (True, False)
RE_QUOTE_CLOSED_BEFORE = LazyPattern(r"[,.!?…][”\"’]\s*$")

#: A sentence that opens with the news in hand coming after something someone did (‘The arrest comes
#: months after’, ‘The move came two days after’), up to "after" (without it): the one who acts after it
#: is the one the story turns to.
#:
#: >>> bool(RE_NEWS_COMES_AFTER.search("Earlier. The arrest comes months")), bool(RE_NEWS_COMES_AFTER.search("Earlier. Smith comes"))
#: (True, False)
RE_NEWS_COMES_AFTER = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?”\"’]\s))(?:The|This|That|It)(?: \p{Ll}[\p{Ll}\-]*){0,3} (?:comes|came)"
                                  r"(?: (?:just|only|nearly|almost|about|more than|less than|a|an|one|two|three|four|five|six|"
                                  r"several|few|weeks|months|days|years|week|month|day|year|hours))*$")

#: A role set off before a name, after the word that opens a clause (‘the US trade representative, ’ of
#: ‘…, where the US trade representative, Malcolm Driscoll, struck’).
#:
#: >>> bool(RE_SET_OFF_ROLE_BEFORE_NAME.fullmatch("the finance minister, ")), bool(RE_SET_OFF_ROLE_BEFORE_NAME.fullmatch("he met "))
#: (True, False)
RE_SET_OFF_ROLE_BEFORE_NAME = LazyPattern(r"(?:an?|the) [^,.;:“\"\n]{1,60}, ")

#: How far before a name a ", where" or ", when" clause that it is the subject of may open.
PLACE_CLAUSE_REACH = 80

#: A role set off after a name (‘, the member for Hamilton Mountain,’, ‘, a Democrat from Ohio,’).
RE_SET_OFF_ROLE_AFTER = LazyPattern(r", (?:\d{1,3}, )?(?:an?|the) [^,.;:“\"\n]{1,60},")


def _sex_fits(head: str | None, p: Person) -> bool:
    """A noun of one sex ("chairman", "spokeswoman") may stand for the person: their sex unknown or
    the noun's (‘The committee’s chair, Anne Rourke,’ is never "the chairman")."""
    return p.gender is None or GENDERED_NOUNS.get(head or "") in (None, p.gender)


def _after_lower_the(text: str, start: int) -> bool:
    """A name written right after a lower-case "the" is a place's or a body's (‘outside the Vidhan
    Bhavan, a senior MLA said’): a role set off after it is the sentence subject's, never its own.

    >>> _after_lower_the("outside the Union Buildings, a senior official", 12), _after_lower_the("Jo Ray, a nurse", 0)
    (True, False)
    """
    return start >= 4 and text.startswith("the ", start - 4) and (start == 4 or not text[start - 5].isalpha())


@functools.lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    """The words of a role before its first preposition, lower-cased: what "the …" may name
    ("a plaintiff in the lawsuit" is a plaintiff, never "the lawsuit").

    >>> _role_words("a plaintiff in the lawsuit"), _role_words("Germany’s defense minister")
    (('a', 'plaintiff'), ('germany’s', 'defense', 'minister'))
    >>> "former" in _role_words("a junior energy minister at the time")
    True
    """
    words = role.lower().split()
    spelled = " ".join(words)
    held_then = RE_HELD_AT_THE_TIME.search(spelled) is not None  # (an office held then is a former one: ‘X, a
    # junior minister at the time, says …. “…,” the former minister says’)
    # an office of several words is the acronym a later mention writes ("Director General of
    # Police X … the DGP wrote"; never a Senior Superintendent's for "the SP")
    acronyms = [a for a, (office, lesser) in ACRONYM_OFFICES.items()
                if (f" {spelled} ").find(f" {office} ") >= 0 and not (lesser and any(w in lesser for w in words))]
    cut = next((i for i, w in enumerate(words) if i and w in ROLE_PREPOSITIONS), len(words))
    words = words[:cut] + acronyms
    # an abbreviated title is its office ("Sen." a senator, "Gov." a governor), and a chief
    # executive is the CEO
    words += [office for i, w in enumerate(words) if not (i and words[i - 1].rstrip(".") == "lt" and w.rstrip(".") == "gov")
              for office in TITLE_WORDS.get(w.rstrip("."), ())]  # ("Lt. Gov." is no governor; "Lt. Gen." a general)
    if "executive" in words and "chief" in words:
        words.append("ceo")
    if "chair" in words:  # a chair is "the chairman", "the chairwoman" (‘The committee’s chair, X, … “…,” the
        words += ["chairman", "chairwoman", "chairperson"]  # chairman said’); the sex is checked apart
    words += ["c" + words[i + 1][0] + "o" for i, w in enumerate(words[:-2]) if w == "chief" and words[i + 2] == "officer"
              and words[i + 1].isalpha() and words[i + 1] != "executive"]  # (the CFO, the COO, the CTO)
    if any(w in DIPLOMAT_NOUNS for w in words) or ("foreign" in words and ("minister" in words or "secretary" in words)) \
            or ("high" in words and "representative" in words):  # (the EU's High Representative)
        words.append("diplomat")  # an envoy or a foreign minister is "the diplomat", "the top diplomat"
    if ("prime" in words and "minister" in words) or (("president" in words or "chancellor" in words or "premier" in words)
                                                      and "vice" not in words and "deputy" not in words):
        words.append("leader")  # a head of government is "the Australian leader"
    if words and words[-1] == "justice":
        words.append("judge")  # a Justice is a judge (never a Justice Minister or a Justice Department spokesman)
    words += [other for w in words for other in ROLE_SYNONYMS.get(w, ())]  # (a captain is "the skipper")
    words += _plain_office_words(words)  # (a press secretary is "the spokesman", a president "the head of state")
    if any(w.rstrip(".") in LAWMAKER_TITLES for w in words) and not any(w in LESSER_OFFICES or w == "ex-mp" for w in words):
        words += ["lawmaker", "legislator"]  # a member of a legislature is "the lawmaker" (‘The MP for Aguata,
        # Hon. X, …’, ‘Sen. X … the lawmaker said’)
    words += [plain for plain in _body_office_words(spelled.replace(",", " ").split()) if plain not in words]
    if held_then and "former" not in words:
        words.append("former")
    return tuple(words)


def _other_brought_in(head: str) -> regex.Pattern:
    """One more of a kind brought in by an indefinite (‘a market expert’) or a sentence's set-off
    subject (‘Another specialist, who …’, ‘A second scientist, who …’)."""
    return regex.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + regex.escape(head) + r")\b"
                         r"|(?:^|[.!?] )(?:Another|A second|A third|One other) [\w\-]+(?: [\w\-]+)?,")


def _body_office_words(words: list[str]) -> list[str]:
    """The plain words for the kind of one whose role, whole (past its prepositions), names a body or a
    trade of :data:`BODY_KIND_EPITHETS`, unless the role makes them one who works for it.

    >>> _body_office_words("russian foreign ministry spokeswoman".split())
    ['diplomat']
    >>> _body_office_words("the chairman of the state duma committee on international affairs".split())
    ['lawmaker', 'legislator']
    >>> _body_office_words("an aide to the duma speaker".split()), _body_office_words("political scientist".split())
    ([], ['expert'])
    """
    return [plain for needed, plains, staff in BODY_KIND_EPITHETS
            if all(w in words for w in needed) and not any(w in staff for w in words) for plain in plains]


#: Offices of several words that the article writes later by their initials ("the DGP", "the SSP"),
#: each with the words before it that make it another office ("Senior Superintendent of Police" is no SP).
ACRONYM_OFFICES = {a: (office, frozenset(lesser.split())) for a, office, lesser in (
    ("dgp", "director general of police", "additional deputy"),
    ("igp", "inspector general of police", "additional deputy"),
    ("ssp", "senior superintendent of police", ""),
    ("sp", "superintendent of police", "senior additional deputy assistant"),
    ("dcp", "deputy commissioner of police", "additional"),
    ("acp", "assistant commissioner of police", "additional"),
)}

#: Seats in a legislature whose holder a later mention calls "the lawmaker" or "the legislator".
LAWMAKER_TITLES = frozenset("""senator congressman congresswoman mp mca mla mpp mhr assemblyman assemblywoman
assemblymember""".split())

#: Offices a sports page calls by another word (‘Captain Rohan Mehta … said the skipper’, ‘Rangers boss X
#: … the manager’).
ROLE_SYNONYMS = {"captain": ("skipper",), "skipper": ("captain",), "boss": ("manager",), "gaffer": ("manager",),
                 "manager": ("boss",)}


#: Offices a story writes again by a plainer word, with the words that make them so: a press
#: secretary speaks for someone (‘Presidential Press Secretary X told reporters …. “…,” the
#: spokesman said’); a head of state is "the head of state" (‘President of Ukraine X said in his
#: evening address. “…,” the head of state said’).
PLAIN_OFFICE_WORDS = (
    (("press", "secretary"), ("spokesman", "spokeswoman", "spokesperson")),
)

#: Offices of a head of state, each the one word of its office (never a vice president's, a deputy's
#: or a former holder's).
HEAD_OF_STATE_OFFICES = frozenset("president king queen monarch emir sultan".split())


def _plain_office_words(words: list[str]) -> list[str]:
    """The plainer words a role's words (lower-cased, as :func:`_role_words` cuts them) may be
    written again by (:data:`PLAIN_OFFICE_WORDS`, :data:`HEAD_OF_STATE_OFFICES`).

    >>> _plain_office_words(["presidential", "press", "secretary"])
    ['spokesman', 'spokeswoman', 'spokesperson']
    >>> _plain_office_words(["president", "leader"]), _plain_office_words(["vice", "president"])
    (['head', 'of', 'state'], [])
    """
    out = [plain for needed, plains in PLAIN_OFFICE_WORDS if all(w in words for w in needed) for plain in plains]
    if any(w in HEAD_OF_STATE_OFFICES for w in words) and not any(w in LESSER_OFFICES or w in TITLE_QUALIFIERS
                                                                  or w.startswith(("vice", "ex-")) for w in words):
        out += ["head", "of", "state"]
    return out


#: Capitalised words of an office that name no place ("House speaker", "White House press
#: secretary", "Supreme Court chief justice").
INSTITUTION_WORDS = frozenset("""
house senate white fed federal supreme court u.s. us uk u.k. un u.n. eu state national pentagon
""".split())


#: The offices abbreviated titles stand for (AP style: "Sen. Mark Dillard … the senator said").
TITLE_WORDS = {k: tuple(v.split()) for k, v in {
    "sen": "senator", "gov": "governor", "rep": "congressman congresswoman representative", "gen": "general",
    "adm": "admiral", "sgt": "sergeant", "cpl": "corporal", "lcpl": "corporal", "det": "detective", "rev": "pastor reverend", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "maj": "major", "cmdr": "commander", "supt": "superintendent",
    "insp": "inspector", "const": "constable", "cst": "constable", "amb": "ambassador", "atty": "attorney", "cllr": "councillor", "coun": "councillor", "cr": "councillor", "pres": "president",
    "dr": "doctor", "prof": "professor"}.items()}


#: Prepositions after which a role's words name something else ("a plaintiff in the lawsuit").
ROLE_PREPOSITIONS = frozenset("of for at in with from to on by".split())


def _abbreviation_before(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial ("Mr.", "C."), not a sentence."""
    w = dot
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    word = text[w:dot]
    return len(word) == 1 or is_abbreviation(word)


def _called(p: Person, gender: str | None) -> Person:
    """A named or described person a "he" or "she" was found to stand for is that sex from then
    on, where nothing told it before (a given name not in the lists, ‘One crofter’): a later "she"
    is someone else."""
    if gender is not None and p.gender is None and (p.kind == "name" or (p.kind == "description" and not p.plural)):
        p.gender = gender
    return p


def _after_function_word(text: str, at: int) -> bool:
    """The word at ``at`` follows "of", "in", "the" …: a place or a thing ("the king of Jordan")."""
    before = text[max(0, at - 8):at].split()
    return bool(before) and before[-1].lower() in PLACE_LEADS


#: Words before a place or a thing, never before a person named by a given name alone.
PLACE_LEADS = frozenset("of in on at to from for with by into the a an this that".split())


def _other_office(role: str, head: str, words: list[str]) -> bool:
    """The role is an office of another domain than the description's, or a lesser one: "the prime
    minister" is no Finance Minister, "the health minister" no Junior Health Minister, "the president"
    no Vice President (but the Minister of Health is "the health minister", a Vice Admiral "the admiral").

    >>> _other_office("Finance Minister", "minister", ["prime"]), _other_office("Minister of Health", "minister", ["health"])
    (True, False)
    >>> _other_office("a junior energy minister at the time", "minister", ["former"])
    False
    """
    spelled = role.lower().replace("defence", "defense").replace("-", " ").split()
    return (any(w in OFFICE_DOMAINS for w in spelled)
            and any(w in OFFICE_DOMAINS and w.replace("defence", "defense") not in spelled for w in words)) \
        or (head in CIVIL_OFFICES and head in spelled and (any(w != "former" for w in words) or head not in LOOSE_OFFICES
                                                         or (words and "former" not in _role_words(role)))
            and any(w in ("junior", "deputy", "vice", "assistant", "shadow") and w not in words for w in spelled))
    # (a bare "the minister" or "the secretary" is any minister or secretary, a junior one too: ‘Junior
    # Foreign Minister Ali Omar Haji arrived …. “…,” the minister said’, and so is "the former minister"
    # of a past one; but "the president" is never a vice's)


#: Offices a bare description ("the minister") names loosely, a deputy's or a junior's as well.
LOOSE_OFFICES = frozenset("minister secretary".split())


def _party_only(words: list[str]) -> bool:
    """Description words that are a party's alone, which a title written before the name does not
    contradict ("the Labour councillor" of "Cllr X").

    >>> _party_only(["labour"]), _party_only(["florida"]), _party_only(["labour", "former"])
    (True, False, False)
    """
    return all(w in PARTY_WORDS for w in words)


def _holds(role: str, head: str, words: list[str], places: list[str] = ()) -> bool:
    """A role that the description's head names; a bare abbreviated title ("Sen.") only a bare
    description ("the senator"), never one it cannot check ("the Florida senator"); and never
    one of another place ("the California congressman" is not "Florida Rep." X)."""
    held = _role_words(role)
    if head not in held and "counterpart" in held and head in COUNTERPART_OFFICES \
            and any(w in DEMONYMS and w in held for w in words) \
            and all((w in DEMONYMS and w in held) or w in COUNTERPART_QUALIFIERS or w in COMPASS_WORDS for w in words):
        held += (head,)  # "his Malaysian counterpart, X" is "the Malaysian minister" (by the nation only)
    if head not in held or (words and _bare_honorific(role) and not _party_only(words)) or _other_nation(words, held):
        return False  # (a party is no place the title hides: ‘Cr X … the Liberal councillor said’ as
        # for ‘Councillor X’)
    if _other_office(role, head, words):
        return False
    if ("former" in words) != ("former" in held) and not any(w.startswith("ex-") for w in role.lower().split()):
        return False  # (a past holder is never one who holds it now: "the former vice-chancellor" is not
        # "Capricornia vice-chancellor Graham Ashcroft"; nor the other way round: "the governor" is not
        # "Former Gov. Larry Hogan")
    if head == "leader" and "leader" not in role.lower() and not any(w in DEMONYMS and w in held for w in words):
        return False  # a head of government is "the Australian leader" by the nation only (never "the Russian
        # leader" for the president of a sports body)
    # a place of the role's own that is not the description's ("Vermont senator" for "the Florida
    # senator"), or an abbreviated title that cannot show one
    own = [w.lower() for w in role.split() if w[:1].isupper() and w.rstrip(".").lower() not in TITLE_WORDS
           and w.lower() not in INSTITUTION_WORDS and w.lower() not in PARTY_WORDS]
    abbreviated = any(w.rstrip(".") in TITLE_WORDS for w in role.lower().split())
    return not places or all(w in held for w in places) or not (own or abbreviated)


#: The domains that tell one minister or secretary from another ("the prime minister", "the health secretary").
OFFICE_DOMAINS = frozenset("""prime finance health foreign defence defense interior home justice education
transport trade energy environment agriculture labour labor treasury culture tourism housing immigration""".split())

#: Civil offices a lesser one is never ("the president" is no Vice President; a Vice Admiral is an admiral).
CIVIL_OFFICES = frozenset("minister secretary president chancellor governor mayor premier chairman chair director leader".split())

#: Offices a "counterpart" holds as the one they meet does ("the Malaysian minister").
COUNTERPART_OFFICES = frozenset("minister president premier chancellor diplomat leader secretary".split())

#: Words of an office a counterpart's description may hold besides the nation ("the Indian foreign minister").
COUNTERPART_QUALIFIERS = frozenset("foreign prime defence defense finance trade interior".split())


def _other_nation(words, held) -> bool:
    """The description's nation is not the role's: "the Malaysian minister" is never the
    Turkish Foreign Minister (but "the Mexican president" may be President X)."""
    nations = {w for w in words if w in DEMONYMS}
    return bool(nations) and not nations & set(held) and any(w in DEMONYMS for w in held)


def _other_age(words: list[str], described: list[str]) -> bool:
    """A description that picks one of two by age is never the other (‘the older man’ after ‘the
    younger man said’).

    >>> _other_age(["older"], "the younger man".split()), _other_age(["older"], "an older man".split())
    (True, False)
    """
    mine = {AGE_COMPARATIVES[w] for w in words if w in AGE_COMPARATIVES}
    theirs = {AGE_COMPARATIVES[w] for w in described if w in AGE_COMPARATIVES}
    return bool(mine) and bool(theirs) and mine != theirs


#: Two kin words joined by "and" right before a name, which say what a pair is to each other (‘husband
#: and wife Geoff and Maureen Tolley’, ‘father and son’), never what the first named is.
RE_PAIR_KIN_BEFORE = LazyPattern(r"\b\p{Ll}+ and \p{Ll}+ $")


def _kin_of(role: str, head: str) -> bool:
    """A role that names someone's kin as "her daughter" does ("her daughter, Lily Roe", "Mary
    Roe’s husband"): the noun itself, owned, with nothing after it; never "a father of three",
    "the mother of a victim" or "son of a coal miner", who are no one's here.

    >>> _kin_of("daughter", "daughter"), _kin_of("Mary Roe’s husband", "husband"), _kin_of("a father of three", "father")
    (True, True, False)
    """
    words = role.lower().split()
    return words[-1] == head and words[0] not in ("a", "an", "the", "one")


#: A capitalised word joined by a hyphen right before a spot ("Rosenthal-" of "Rosenthal-Kerr").
RE_CAPITAL_BEFORE_HYPHEN = LazyPattern(r"\p{Lu}[\p{L}\p{M}\p{Nd}]*-$")


def _inside_capitalised_compound(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is one part of a capitalised compound, a double-barrelled
    surname ("Kerr" of "Eva Rosenthal-Kerr", "Ocasio" of "Ocasio-Cortez"): no mention of a person
    whose surname is that part alone, just as the pass over whole capitalised words
    (:data:`RE_CAPWORD`) reads it; a lower-case prefix leaves the name whole ("anti-Kerr").

    >>> t = "Eva Rosenthal-Kerr met Tamsin Kerr; anti-Kerr, Kerr-Smith."
    >>> [_inside_capitalised_compound(t, i, i + 4) for i in (14, 30, 41, 47)]
    [True, False, False, True]
    """
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper():
        return True
    return start >= 2 and text[start - 1] == "-" \
        and RE_CAPITAL_BEFORE_HYPHEN.search(text, max(0, start - 40), start) is not None


#: The body a description's office is of, by its name in capitals: "the president of the European Commission".
RE_OFFICE_OF_BODY = LazyPattern(r" (?:of|for|at) (?:the )?(\p{Lu}[\p{L}\-]*)")


def _other_body_of(text: str, described: str) -> bool:
    """The description names the body its office is of, and the one described earlier holds no office
    of it: another person (‘The outgoing president …. The president of the European Commission said’).

    >>> _other_body_of("the president of the European Commission", "The outgoing president")
    True
    >>> _other_body_of("the president of the Commission", "the Commission's outgoing president"), _other_body_of("the president", "a president")
    (False, False)
    """
    body = RE_OFFICE_OF_BODY.search(text)
    return body is not None and body.group(1).lower() not in fold_apostrophes(described.lower()).replace("'s", "").split()


def _after_last_stop(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, by a plain search: past the last ". " or line break
    before it (an abbreviation's stop counts as an end; :func:`quotesearch.cues.last_sentence_start`
    tells them apart).

    >>> _after_last_stop("It rained. The teacher was Ingrid Solberg.", 27)
    11
    """
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)


def _name_goes_on(text: str, end: int) -> bool:
    """Another capitalised word follows the word ending at ``end``: a longer name goes on."""
    return text.startswith(" ", end) and text[end + 1:end + 2].isupper()


def _surname_first_end(text: str, pos: int, end: int) -> int:
    """Where the last word of a name ends (with the comma or stop written on it, as ``end`` is the
    first word's) when its first word, ``text[pos:end]``, is the surname of a name written surname first
    (the mention stream finds such a name by that word); else ``end``.

    >>> t = "Tan's lawyer, Ng Mei Ling, argued"
    >>> t[14:_surname_first_end(t, 14, 16)], t[:_surname_first_end(t, 0, 5)]
    ('Ng Mei Ling,', "Tan's")
    """
    if not _name_goes_on(text, end) or (run := RE_NAME_RUN.match(text, pos)) is None \
            or not written_surname_first(run.group().split()):
        return end
    after = text.find(" ", run.end())
    return len(text) if after < 0 else after


@functools.lru_cache(maxsize=512)
def _another_pattern(head: str) -> re.Pattern:
    return re.compile(r"\b(?:another|a second|a third|a fellow|one other|other)\s+(?:[a-z\-]+\s+)?" + re.escape(head) + r"\b",
                      re.IGNORECASE)


#: Heads of an unnamed source's description (‘a source close to …’, ‘an insider’), and which may stand
#: for which ("the second source" of ‘Another insider’).
SOURCE_KIN = {"source": "source", "insider": "source", "person": "person", "official": "official"}
SOURCE_NOUNS = frozenset(SOURCE_KIN)

#: Heads of an unnamed holder's description that stand for each other, as business reports vary the
#: word for one they keep anonymous (‘A top shareholder, who asked not to be named, said …. “…,” the
#: investor said’).
HOLDER_NOUNS = frozenset("investor shareholder stockholder".split())


#: One of a group, described (‘one of two senior officials’, ‘one of the aides’): the group's plural head.
RE_ONE_OF_GROUP = LazyPattern(r"(?i:one) of (?:the )?(?:[\w\-]+ ){0,3}?(\p{Ll}+s)")


def _one_of_group_head(name: str) -> str | None:
    """The plural head of a description of one of a group, which a later "the" and its singular
    names (‘one of two senior officials’ … ‘the official added’); None for any other description.

    >>> _one_of_group_head("one of two senior officials"), _one_of_group_head("a senior official")
    ('officials', None)
    """
    m = RE_ONE_OF_GROUP.fullmatch(name)
    return m.group(1) if m is not None else None


def same_source_kind(head: str | None, other: str | None) -> bool:
    """Two heads of descriptions that may name the one unnamed source: the same noun, a source
    and an insider (‘A source close to the pair told PEOPLE …. “…,” the insider said’), or a
    shareholder and an investor (:data:`HOLDER_NOUNS`).

    >>> same_source_kind("insider", "source"), same_source_kind("source", "source"), same_source_kind("person", "source")
    (True, True, False)
    >>> same_source_kind("investor", "shareholder")
    True
    """
    return head == other or (head in SOURCE_KIN and other in SOURCE_KIN and SOURCE_KIN[head] == SOURCE_KIN[other] == "source") \
        or (head in HOLDER_NOUNS and other in HOLDER_NOUNS)


def member_described(described: str | None, head: str | None, words: Sequence[str], description: str) -> bool:
    """A loose word for a member of a parliament (``head``: ‘the MP’) that may stand for one described
    before without a name (``described``, the head of ``description``: ‘One backbencher’), when any
    other word it has is the description's too (‘the Labor MP’ is no ‘Liberal backbencher’).

    >>> member_described("backbencher", "mp", [], "One backbencher")
    True
    >>> member_described("backbencher", "mp", ["labor"], "a Liberal backbencher"), member_described("mp", "backbencher", [], "a Labor MP")
    (False, False)
    """
    return described in DESCRIBED_MEMBER_NOUNS and head in MEMBER_ANAPHOR_NOUNS \
        and all(w in description.lower().split() for w in words)


#: A second unnamed source brought in (‘Another insider’, ‘A second source’, ‘a third person’).
RE_LATER_SOURCE = LazyPattern(r"\b(?:[Aa]nother|[Aa] second|[Aa] third)(?: [\w\-]+){0,3}? (source|insider|person|official)\b")


def _another_before(text: str, at: int, head: str, quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """A second one of that kind is described just before ``at`` ("another soldier", "a second
    chef"), outside the ``quoted`` spans: a later "the soldier" is that one, not one named earlier
    (but ‘“I saw the announcement with another actor's face,” Rohan said. … the actor said’ is
    Rohan: one a speaker mentions is brought into no one's story)."""
    lo = max(0, at - 600)
    window = text[lo:at].lower()  # (a plain search first: the pattern is read only where it may match)
    if head not in window or not any(w in window for w in ("other", "second", "third", "fellow")):
        return False
    return any(not any(s <= m.start() < e for s, e in quoted) for m in _another_pattern(head).finditer(text, lo, at))


#: One of a kind brought in anew at the head of a sentence, who speaks there (‘A senior state health
#: official, who spoke on condition of anonymity, said …’): ``{head}`` is the noun, group 1 the words.
RE_NEW_ONE_OF_KIND = r"(?:(?<=^)|(?<=\n)|(?<=[.!?][”\"’']? ))((?:An?|One|Another)(?: [\p{{Ll}}\-’']+){{0,3}}? {head})(?=,| who\b| said\b| says\b| told\b)"


def _new_one_of_kind(text: str, lo: int, at: int, head: str, quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The last one of kind ``head`` brought in anew between ``lo`` and ``at`` at the head of a
    sentence where they speak, outside the ``quoted`` spans, as written (a later ‘the official said’
    is that one, never the official described before them); None when there is none.

    >>> t = "The county's top official warned. A senior state health official, who asked not to be named, said so."
    >>> _new_one_of_kind(t, 0, len(t), "official")
    'A senior state health official'
    >>> _new_one_of_kind("She met a senior official. It was late.", 0, 40, "official") is None
    True
    """
    if head not in text[lo:at].lower():
        return None
    last = None
    for m in regex.finditer(RE_NEW_ONE_OF_KIND.format(head=regex.escape(head)), text, pos=lo, endpos=at):
        if not any(s <= m.start() < e for s, e in quoted):
            last = m.group(1)
    return last


def _title_noun(word: str) -> bool:
    """A lower-case word of a title before a name: a role noun, one joined to a prefix
    ("co-leader", "vice-chair"), or a noun of an agent ("practitioner", "organiser", "fisherman").

    >>> [_title_noun(w) for w in ("spokesman", "co-leader", "practitioner", "fisherman", "forward")]
    [True, True, True, True, True]
    >>> [_title_noun(w) for w in ("said", "order", "the", "beat", "human", "whenever")]
    [False, False, False, False, False, False]
    """
    if word in ROLE_NOUNS or word in DESCRIPTOR_TITLES or word.rsplit("-", 1)[-1] in ROLE_NOUNS:
        return True
    return len(word) > 6 and word.isalpha() and word.islower() and word not in SPEECH_VERBS \
        and word not in FUNCTION_WORDS and word not in NOT_AGENT_NOUNS and (
            word.endswith(("man", "woman")) or (len(word) > 7 and word.endswith(("er", "or", "ist", "ian"))))


#: Words ending like nouns of agents that are none ("together", "whenever", "november").
NOT_AGENT_NOUNS = frozenset("""
together whenever wherever whatever however whoever november october december september consider
remember another whether neither rather further altogether moreover bachelor
""".split())


#: Ranks and offices written out in full that, like their abbreviations ("Gen.", "Sen."), make a
#: person of a surname alone: "General Petraeus", "Justice Thomas".
SPELLED_RANKS = frozenset("""
general governor justice judge colonel admiral sergeant lieutenant detective inspector ambassador professor
""".split())

#: Honorifics that stand before a given name alone: "Sir Malcolm", "Sheikh Nawaf", "Datuk Seri Anwar",
#: the Fijian chiefs' "Ratu Meli" (of Ratu Meli Vatunitu), "Adi Litia" (of Adi Litia Naisara), and the
#: Aboriginal and Torres Strait Islander elder's "Aunty Margaret" (of Aunty Margaret Wilkes).
#:
#: >>> "aunty" in GIVEN_NAME_HONORIFICS, "mr" in GIVEN_NAME_HONORIFICS
#: (True, False)
GIVEN_NAME_HONORIFICS = frozenset("sir dame sheikh sheikha shaikh shaikha datuk dato tun ratu adi tā aunty auntie".split())

#: Words that may stand between a style and the name it goes before (‘His Highness Sheikh …’, ‘Her
#: Excellency Dr …’, ‘His Royal Highness Prince …’).
STYLE_HONORIFICS = GIVEN_NAME_HONORIFICS | frozenset("dr prince princess sayyid sayyida eng engineer".split())

#: Honorifics before a given name alone that make it the person whose full name the article wrote
#: after the same honorific: "Sir John" of Professor Sir John Curtice (beside John Swinney), the Fijian
#: chief "Ratu Meli" of Ratu Meli Tuiwai Vatunitu, the Māori knight "Tā Wiremu" of Tā Wiremu Kātene;
#: never a Meli named without it; and an elder's "Aunty Margaret" of Aunty Margaret Wilkes.
#:
#: >>> "aunty" in STYLED_GIVEN_NAME_HONORIFICS, "sheikh" in STYLED_GIVEN_NAME_HONORIFICS
#: (True, False)
STYLED_GIVEN_NAME_HONORIFICS = frozenset("sir dame ratu adi tā aunty auntie".split())

#: Of those, the Fijian chiefs' honorifics: a given name after one is only the person the article
#: named in full after it ("Ratu Meli" is never a cane farmer Meli Waqa Bola).
CHIEF_HONORIFICS = frozenset("ratu adi".split())

#: Religious styles before a given name ("Sister Bernadette"): that person only when the article
#: writes the style before their full name too ("Sister Bernadette Lavigne"), never "Mary Jones"
#: for "Sister Mary".
RELIGIOUS_STYLES = frozenset("sister brother father".split())

#: "the younger" or "the elder" before a surname with its honorific ("the younger Mr. Hale").
RE_ELDER_YOUNGER = LazyPattern(r"\b[Tt]he (younger|elder) (?:\p{Lu}\p{L}{0,3}\.? )?$")

#: Which generation, written after a surname and before a stop or a speech verb: ‘Varga senior said’,
#: ‘said Redknapp junior.’ (never an office: ‘Varga senior adviser’).
RE_GENERATION_AFTER = regex.compile(r" (senior|junior)(?=[,.;:!?)]|\s+(?:said|says|told|tells|added|adds|explained|insisted|"
                                    r"admitted|wrote|writes|recalled|claimed|replied|laughed)\b)")

#: Words before an office that make it another's or a past one ("Deputy Mayor", "Former Governor").
LESSER_OFFICES = frozenset("deputy lieutenant lt vice former ex acting assistant shadow junior".split())

#: A title's initials after "the" ("the CS", "the DCE", "the PPRO").
RE_TITLE_LETTERS = LazyPattern(r"[A-Z]{2,5}")


def _title_initials(role: str) -> str:
    """The initials of a role's words in capitals up to its last, a title's noun ("Health Cabinet
    Secretary" → "HCS"; "" for a role that ends in no title in capitals: "the union's president").

    >>> _title_initials("Health Cabinet Secretary"), _title_initials("District Chief Executive"), _title_initials("Health CS")
    ('HCS', 'DCE', 'HCS')
    """
    words = [w for w in role.split() if w.lower() not in ("the", "of", "for", "and")]
    if not words or not words[-1][:1].isupper() or (words[-1].rstrip(".").lower() not in ROLE_NOUNS
                                                    and not (words[-1].isupper() and words[-1].lower() in OFFICE_LETTERS)):
        return ""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1
    return "".join(w if w.isupper() else w[0] for w in words[k:])  # (a title already in its letters is all of
    # them: "Health CS" → "HCS")


#: Words skipped in a title's initials ("Superintendent of Police" → SP, "officer-in-charge" → OC).
INITIALS_SKIPPED = frozenset("of for and the in".split())

#: A title spelt out before the letters it goes by, in brackets: ‘Senior Superintendent of Police
#: (SSP)’, ‘officer-in-charge (OC)’, ‘Upazila Nirbahi Officer (UNO)’ (its words, then the letters).
RE_SPELLED_LETTERS = LazyPattern(r"((?:[\p{L}]+[ -]){1,6})\(([A-Z]{2,5})\)$")


def spells_letters(words: str, letters: str) -> bool:
    """The last words before a bracket spell the letters, one a title's noun: the letters stand
    for a person's office, never a body's (‘Federal Bureau of Investigation (FBI)’).

    >>> spells_letters("Senior Superintendent of Police ", "SSP"), spells_letters("officer-in-charge ", "OC")
    (True, True)
    >>> spells_letters("Bangladesh River Rights Forum ", "BRRF")
    False
    """
    parts = [w for w in regex.split(r"[ -]+", words.strip()) if w and w.lower() not in INITIALS_SKIPPED]
    if len(parts) < len(letters):
        return False
    parts = parts[len(parts) - len(letters):]
    return "".join(w[0].upper() for w in parts) == letters and any(w.lower() in ROLE_NOUNS for w in parts)


#: How far from a title's letters in brackets its holder's name may stand.
SPELLED_REACH = 60


def _names_after_title(between: str) -> bool:
    """What stands between a title's letters and a name after it is a place or a rank set off,
    nothing of a clause: ‘’, ‘, Aliganj, Inspector’ (never ‘ on Monday told’).

    >>> _names_after_title(", Aliganj, Inspector "), _names_after_title(" on Monday said ")
    (True, False)
    """
    words = between.replace(",", " ").split()
    return "\n" not in between and all(w[:1].isupper() and w.isalpha() or w in ("of", "the") for w in words)


def _set_off_before_title(between: str) -> bool:
    """A name set off before its title by a comma, with nothing of a clause or sentence end
    between: ‘, officer-in-charge ’ (never ‘, who said the’ nor ‘. The’).

    >>> _set_off_before_title(", officer-in-charge "), _set_off_before_title(" said the ")
    (True, False)
    """
    if not between.startswith(",") or "\n" in between or ". " in between:
        return False
    return not any(w.lower() in SPEECH_VERBS or w.lower() in ("who", "that", "which") for w in between[1:].replace(",", " ").split())


def _title_words_start(spelt, letters: str) -> int:
    """Where the words that spell the letters start (never the words of a clause before them:
    ‘complained to the Station House Officer (SHO)’ starts at "Station")."""
    words = [w for w in regex.finditer(r"\p{L}+", spelt.group(1)) if w.group().lower() not in INITIALS_SKIPPED]
    if len(words) < len(letters):
        return spelt.start()
    at = spelt.start(1) + words[len(words) - len(letters)].start()
    text = spelt.string
    while at > spelt.start() and text[at - 1] == "-":  # (back to the start of a hyphened title: "officer-in-charge")
        at = regex.match(r"(?r)\p{L}+-", text, spelt.start(), at).start()
    return at


def _only_set_off_title(between: str) -> bool:
    """Between a name and its title set off after it, nothing but the title's own determiner, an
    owner or words in capitals (‘, ’, ‘, the district's ’; never ‘, a farmer, has met the ’)."""
    return all(w in ("the", "its", "their", "his", "her") or w.endswith(("'s", "’s")) or w[:1].isupper()
               for w in between[1:].replace(",", " ").split())


def _holds_office(role: str, office: str) -> bool:
    """The role is the office of two words in capitals, with nothing lesser or past before it
    (‘Senate President’, ‘Majority Leader’; never ‘Deputy Senate President’, ‘former Majority
    Leader’).

    >>> _holds_office("Senate President", "Senate President"), _holds_office("Deputy Majority Leader", "Majority Leader")
    (True, False)
    """
    words = role.split()
    pair = office.split()
    return any(words[i:i + 2] == pair and not any(x.rstrip(".").lower() in LESSER_OFFICES for x in words[:i])
               for i in range(len(words) - 1))


def _capital_office(role: str, head: str) -> bool:
    """The role names the office ``head`` in capitals, or by its abbreviation, and no lesser or
    past one ("Mayor", "Gov."; never "Deputy Mayor", "Shadow Health Minister", "union president").

    >>> _capital_office("Gov.", "governor"), _capital_office("Shadow Health Minister", "minister")
    (True, False)
    """
    words = role.split()
    for i, w in enumerate(words):
        low = w.rstrip(".").lower()
        if w[:1].isupper() and (low == head or head in TITLE_WORDS.get(low, ())) \
                and not any(x.rstrip(".").lower() in LESSER_OFFICES for x in words[:i]) \
                and not (i > 1 and words[i - 1].lower() == "the" and words[i - 2].lower() == "of"):
            # (never ‘Department of the Taoiseach’; but ‘the Duke of Avonford’)
            return True
    return False


#: Offices a broadsheet writes in capitals after "the" for the one holding them ("the Governor"; "the
#: President" stays as written, as the gold of real news has it).
CAPITAL_OFFICES = frozenset("governor mayor premier senator minister chancellor commissioner secretary treasurer "
                             "bishop archbishop vicar rector archdeacon justice taoiseach tánaiste tanaiste speaker comhairle".split()) \
    | CLERGY_CAPITAL_TITLES
# ("the Chief Justice", "the Speaker" of "Speaker U.T. Nagaraj Shetty", "the Vicar" of "the Vicar, the Revd Anna Kowalski")

#: Offices in capitals that name one person only with the word before them, written again by the
#: two words the article gave the holder (‘the Senate President’ of ‘The Senate President, Senator
#: X,’; ‘the Majority Leader’; never "the President" alone, nor a union's president).
QUALIFIED_CAPITAL_OFFICES = frozenset("president leader chairman chairperson chairwoman whip clerk rep representative".split())
# (and a seat's member: ‘the Woman Rep.’ of ‘Bungoma Woman Rep Grace Rotich’, as the Kenyan press writes a
# county's Woman Representative)

#: A spouse set off after a person named in full, by a given name ("with his wife, Sarah,"), and
#: the sex each word tells.
RE_SPOUSE = LazyPattern(r"\b(?:his (wife)|her (husband)),? (\p{Lu}\p{Ll}+)\b")
SPOUSE_SEX = {"wife": "f", "husband": "m"}

#: Between a surname and a spouse set off after it, what makes the spouse maybe another's: other
#: kin, or a capitalised word (another name) (‘Mr Attwell met Tom Hale and his wife, Anna’); or a relative
#: clause between, which brings in another man or woman whose spouse it may be (‘his car struck a
#: pensioner who was walking with his wife, Jean’) (review rv20).
#:
#: >>> RE_KIN_OR_CAPITAL_BETWEEN.search(" met Tom Hale and ") is not None, RE_KIN_OR_CAPITAL_BETWEEN.search(" fell by his door by ")
#: (True, None)
RE_KIN_OR_CAPITAL_BETWEEN = LazyPattern(r"\p{Lu}|\b(?:son|daughter|brother|sister|father|mother|friend|partner|"
                                        r"children|parents|family|kin|who|whom|whose)\b")

#: A sentence that opens with a man's or a woman's kin of the other sex and the kin's given name alone
#: (‘His wife, Leanne, says …’, ‘Her husband, Pete, drives …’, ‘Her son Jack said’): group 1, a man's
#: kin noun; 2, a woman's; 3, the given name. (Never the kin of the owner's sex, ‘His son, Jack,’: an honorific could not
#: tell the two apart; nor a given name a surname follows, ‘His wife, Leanne Morris,’.)
#:
#: >>> RE_KIN_GIVEN_OPENING.search("a week.\n\nHis wife, Leanne, says").group(1, 3)
#: ('wife', 'Leanne')
#: >>> RE_KIN_GIVEN_OPENING.search("a week. His wife, Leanne Morris, says") is None
#: True
RE_KIN_GIVEN_OPENING = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:His (wife|daughter)|Her (husband|son)),? "
                                   r"(\p{Lu}\p{Ll}+)(?=,|\.|\s(?:says|said)\b)")

#: After a surname's possessive, its bearer's kin set off by a given name alone (‘’s mother, Adaeze, 79,’,
#: ‘’s wife, Orla,’): group 1 the kin, group 2 the given name.
#:
#: >>> RE_SURNAME_KIN_GIVEN.match("’s mother, Adaeze, 79, still").groups()
#: ('mother', 'Adaeze')
RE_SURNAME_KIN_GIVEN = LazyPattern(r"[’']s (wife|husband|mother|father|daughter|son|sister|brother), (\p{Lu}\p{Ll}+)(?=[,.])")

#: The sex of each kin word of :data:`RE_SURNAME_KIN_GIVEN`.
KIN_SEX_OF_WORD = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f",
                   "husband": "m", "father": "m", "son": "m", "brother": "m"}

#: The sex of kin of :data:`RE_KIN_GIVEN_OPENING`.
KIN_GIVEN_SEX = {"wife": "f", "daughter": "f", "husband": "m", "son": "m"}

#: A father's or a couple's child set off by a given name alone, the words right before the name (‘his
#: 7-year-old son, ’, ‘their daughter ’): group 1 the owner's possessive, group 2 the kin noun. Only a
#: child of "his" or "their", whose surname is the father's as a rule; never a spouse (‘his wife, Ruth,’
#: and ‘her husband Eoin’ may keep names of their own) nor "her son" (a mother may keep hers).
#:
#: >>> RE_KIN_BEFORE_GIVEN.search("stepped off the bus when his 7-year-old son, ").groups()
#: ('his', 'son')
RE_KIN_BEFORE_GIVEN = LazyPattern(r"\b(his|their) (?:\d+-year-old |(?:young|eldest|youngest|older|younger) )?"
                                    r"(son|daughter),? $")

#: The owner's sex each possessive of :data:`RE_KIN_BEFORE_GIVEN` tells.
OWNER_SEX = {"his": "m"}

#: The sex of each kin word of :data:`RE_KIN_BEFORE_GIVEN`.
KIN_BEFORE_GIVEN_SEX = {"daughter": "f", "son": "m"}

#: The sentence openings that :data:`RE_KIN_GIVEN_OPENING` may match at (a search for each first).
KIN_GIVEN_OPENINGS = ("His wife", "His daughter", "Her husband", "Her son")

#: Titles of the clergy and of offices written before a surname on a later mention, which names
#: the person named in full before ("Deacon Willie Freeman … Deacon Freeman said").
STYLE_TITLES = frozenset("""
deacon elder dean mother canon prebendary pastor bishop archbishop cardinal rabbi imam cantor reverend
archdeacon pandit chaplain vicar rector
""".split())

#: Honorifics that stand before a surname ("Mr Lam", "Madam Tan", "Dr Teo", a legislator's "Hon Okello").
SURNAME_HONORIFICS = frozenset("mr mrs ms miss madam mdm dr prof hon".split())


#: A given name of East Asian romanisation, its syllables joined by a hyphen: "Soo-yeon", "Ki-moon".
RE_SYLLABLE_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _people_word_modifies(text: str, start: int, end: int) -> bool:
    """The singular people noun at ``start:end`` stands before a body's or a thing's noun, whose adjective
    it is (‘The official news agency quoted him’, ‘the official media’, ‘an official statement’):
    no person. A singular subject's verb ends in "-s" or is past, so a noun of the lists that does not
    is no verb (never ‘Officials press ahead’, a plural's).

    >>> t = "The official news agency quoted him. The official said no. An official statement followed."
    >>> _people_word_modifies(t, 4, 12), _people_word_modifies(t, 41, 49), _people_word_modifies(t, 62, 70)
    (True, False, True)
    """
    if text[end - 1:end] in "sS" or not text.startswith(" ", end):
        return False
    nxt = RE_LOWER_WORD.match(text, end + 1)
    if nxt is None:
        return False
    w = nxt.group()
    return (w in THING_NOUNS or w in ORG_WORDS) and (not w.endswith("s") or w in ("news", "press"))


def _attributive(text: str, end: int) -> bool:
    """The name ending at ``end`` modifies a noun after it (‘the Lindsey Graham bill’, ‘the Beto
    O'Rourke plan’): a person's name used as an adjective, not a body's or a place's."""
    nxt = text[end:end + 20].split()[:1]
    w = nxt[0].strip(",.;:") if nxt else ""
    return w.isalpha() and w.islower() and w not in AUXILIARIES and w not in FUNCTION_WORDS \
        and w not in SPEECH_VERBS and not w.endswith("ed")


def _surname_first(name: str) -> bool:
    """A two-word name written surname first, as Japanese, Korean and Chinese names often are in
    news English: its second word is a given name ("Sato Haruki", "Kim Soo-yeon") and its first
    is not ("Ryan Thomas" is a given name first).

    >>> _surname_first("Sato Haruki"), _surname_first("Kim Soo-yeon"), _surname_first("Gordon Brown")
    (True, True, False)
    >>> _surname_first("Chelsea Marsh"), _surname_first("Ryan Thomas"), _surname_first("Jean-Pierre Raffarin")
    (False, False, False)
    >>> _surname_first("Zhang Wei"), _surname_first("Nguyen Thi Lan"), _surname_first("Lee Harvey Oswald")
    (True, True, False)
    """
    words = name.split()
    if len(words) == 3:  # ("Lee Hsien Loong", "Kim Jong Un", "Nguyen Thi Lan"; never "Lee Harvey Oswald")
        return words[0].lower() in EAST_ASIAN_SURNAMES and gender_of(words[1]) is None and gender_of(words[2]) is None
    return len(words) == 2 and gender_of(words[0]) is None and (
        gender_of(words[1]) is not None or RE_SYLLABLE_GIVEN_NAME.fullmatch(words[1]) is not None
        or words[0].lower() in EAST_ASIAN_SURNAMES)


def _lead_then(full: str, name: Sequence[str]) -> bool:
    """A name of three words or more that opens with a Malay or Arabic lead and then the one word
    of ``name``, the name its bearer is called by (‘Muhammad Farid Salleh’ and "Farid"; never "Salleh",
    nor a lead alone, "Muhammad").

    >>> _lead_then("Muhammad Farid Salleh", ["Farid"]), _lead_then("Muhammad Farid Salleh", ["Salleh"])
    (True, False)
    >>> _lead_then("Tan Kok Seng", ["Kok"])
    False
    """
    words = full.split()
    return len(name) == 1 and len(words) >= 3 and words[1] == name[0] and words[0].rstrip(".").lower() in NAME_LEADS


def _english_then_chinese(name: str) -> bool:
    """A three-word name in the Hong Kong and Singapore way: an English given name, the surname, then
    the Chinese given name joined by a hyphen, so "Dr Lau" is Vincent Lau Ka-ming (never a hyphenated
    surname, "Anne Smith-Jones", whose second part is a capital).

    >>> _english_then_chinese("Vincent Lau Ka-ming"), _english_then_chinese("Grace Tsang Mei-ling")
    (True, True)
    >>> _english_then_chinese("Anne Smith-Jones"), _english_then_chinese("Mary Ann Smith-Jones"), _english_then_chinese("Lau Ka-ming")
    (False, False, False)
    """
    words = name.split()
    return len(words) == 3 and gender_of(words[0]) is not None and gender_of(words[1]) is None \
        and RE_SYLLABLE_GIVEN_NAME.fullmatch(words[2]) is not None


#: Most words an office of a body written in capitals may run to, opening a sentence before the name set off.
BODY_OFFICE_WORDS = 14

#: The words a body's name in capitals may hold in lower case ("University of Science and Technology").
BODY_NAME_LINKS = frozenset("of and for the".split())

#: A place set off after a body's name that ends a phrase: ‘…, Akure’, ‘…, Port Harcourt’ (group 1, the comma).
RE_PLACE_SET_OFF_END = LazyPattern(r"\p{Lu}[\p{L}\-]*(,) \p{Lu}[\p{Ll}\-]+(?: \p{Lu}[\p{Ll}\-]+)?$")


def _office_of_body(words) -> bool:
    """Words that read "The <office> of the <body's name in capitals>", the name's lower-case words
    only "of", "and", "for" and "the" (‘The Vice-Chancellor of the Federal University of Science and
    Technology’); never a clause (‘The report that the board of the Trust ordered’).

    >>> _office_of_body("The Vice-Chancellor of the Federal University of Science and Technology".split())
    True
    >>> _office_of_body("The man who was seen near the Bank of England".split())
    False
    """
    if len(words) < 4 or words[0] not in ("The", "the") or not words[1][:1].isupper() or "of" not in words[2:4]:
        return False
    of = words.index("of", 2)
    rest = words[of + 1:]
    return bool(rest) and rest[-1][:1].isupper() and all(w[:1].isupper() or w in BODY_NAME_LINKS for w in rest) \
        and all(w[:1].isupper() or w in BODY_NAME_LINKS for w in words[1:of])


def _place_after_body(phrase: str) -> int | None:
    """Where the comma before a place set off at the end of an opening phrase stands, when the phrase
    before it is an office of a body named in capitals (‘The Vice-Chancellor of the Federal University
    of Technology, Akure’: the comma before "Akure"); else None.

    >>> _place_after_body("The Vice-Chancellor of the Federal University of Technology, Akure")
    59
    >>> _place_after_body("In a statement, the minister") is None, _place_after_body("Asked about the Bank of England, Smith") is None
    (True, True)
    """
    m = RE_PLACE_SET_OFF_END.search(phrase)
    if m is None or phrase.count(",") != 1 or not _office_of_body(phrase[:m.start(1)].split()):
        return None
    return m.start(1)


def _body_shaped(words: list[str]) -> bool:
    """A name whose initials in brackets mark a body rather than a person's nickname: three words or more
    not written surname first (‘All Pakistan Anjuman-i-Tajiran Ittehad (APATI)’), or a name joined
    by a lower-case link (‘Pakistan Tehreek-e-Insaf (PTI)’); never ‘Alexandria Ocasio-Cortez (AOC)’
    nor ‘Lim Wei Jie (LWJ)’.

    >>> _body_shaped("All Pakistan Anjuman-i-Tajiran Ittehad".split()), _body_shaped("Alexandria Ocasio-Cortez".split())
    (True, False)
    >>> _body_shaped("Lim Wei Jie".split()), _body_shaped("Pakistan Tehreek-e-Insaf".split())
    (False, True)
    """
    if written_surname_first(words):
        return False
    return len(words) >= 3 or any(regex.search(r"-\p{Ll}+-", w) is not None for w in words)


def _western_then_chinese(name: str) -> bool:
    """A name of a given name the lists hold, then a name written surname first, as Hong Kong,
    Singapore and Malaysian papers write them: its second word is the surname ("Lau" of Carmen Lau
    Suk-man, "Ng" of Sylvia Ng Pei Shan), whoever else's given names it has.

    >>> _western_then_chinese("Carmen Lau Suk-man"), _western_then_chinese("Sylvia Ng Pei Shan")
    (True, True)
    >>> _western_then_chinese("Anne Smith-Jones"), _western_then_chinese("Lau Suk-man"), _western_then_chinese("Mary Ann Smith")
    (False, False, False)
    """
    words = name.split()
    return 3 <= len(words) <= 5 and gender_of(words[0]) is not None and written_surname_first(words[1:])


#: Kin set off right after a name, an age between at most: ‘Mr. Jang, her father,’ (no one named before).
RE_KIN_SET_OFF_AFTER = LazyPattern(r",(?: \d{1,3},)? (?:his|her|their) ")


#: How far :meth:`Cast._appositive_after` reads past a name: the name's last token ``j``, then up to
#: ``toks[j + 16]`` (an age set off, two tokens, then a phrase of up to 14 tokens, the one that stops it
#: included); so it needs ``j + 17`` tokens.
APPOSITIVE_TOKENS = 17

#: The characters after a name tokenised first for its appositive: most phrases end well within them.
APPOSITIVE_PEEK = 120

#: The characters at a window's end whose tokens may differ from those of a longer window (an initialism
#: or a number cut short: "U.S" of "U.S.", "1,000,00" of "1,000,000").
TOKEN_EDGE = 8


def _appositive_tokens(text: str, start: int, end: int) -> tuple[list[Token], int | None]:
    """The tokens from a name at ``start`` on that :meth:`Cast._appositive_after` reads, and the index
    of the name's last token (ending at ``end``): the tokens of the 160 characters after the name, or
    of the first APPOSITIVE_PEEK of them when those hold every token the reading reaches. Tokens that
    end TOKEN_EDGE characters or more before a window's end are the same in any longer window
    (RE_TOKEN looks one character past a token at most), so the answer is the same.

    >>> t = "Mark Evans, 54, a farmer from Devon who keeps sheep and goats on the hills above the town, said"
    >>> toks, j = _appositive_tokens(t, 0, 10)
    >>> j, toks == tokenize(t, 0, len(t))[:len(toks)]
    (1, True)
    """
    hi = min(len(text), end + 160)
    peek = min(hi, end + APPOSITIVE_PEEK)
    if peek < hi:
        toks = [t for t in tokenize(text, start, peek) if t.end <= peek - TOKEN_EDGE]
        j = next((i for i, t in enumerate(toks) if t.end >= end), None)
        if j is not None and j + APPOSITIVE_TOKENS <= len(toks):
            return toks, j
    toks = tokenize(text, start, hi)  # (a long phrase, or a name near the text's end: the whole window)
    return toks, next((i for i, t in enumerate(toks) if t.end >= end), None)


def _surname_written(words) -> str:
    """The surname of a full name's words as written: the first word of a name written surname first."""
    return words[0] if written_surname_first(words) else surname_word(words)


def _ranked_in_full(text: str, words: Sequence[str]) -> bool:
    """The rank and surname ``words`` ("Private", "Enright") also stand with a given name between
    them somewhere in ``text`` ("Private Thomas Enright", "Private Thomas “Tommy” Enright").

    >>> _ranked_in_full("Private Thomas Enright enlisted. Private Enright wrote", ["Private", "Enright"])
    True
    >>> _ranked_in_full("Private Eye said", ["Private", "Eye"])
    False
    """
    rank, surname = words
    at = text.find(rank + " ")
    while at >= 0:
        run = text[at + len(rank) + 1:at + len(rank) + 40].split()
        if run and run[0][:1].isupper() and run[0] != surname \
                and any(w.rstrip(".,;:’'s") == surname for w in run[1:3]):
            return True
        at = text.find(rank + " ", at + 1)
    return False


def cast_key(words) -> str:
    """The key the cast holds a full name's person by: its surname, the first word of a name
    written surname first ("ong" of Ong Li Ting), else the last ("ong" of Kenneth Ong).

    >>> cast_key(["Ong", "Li", "Ting"]), cast_key(["Kenneth", "Ong"])
    ('ong', 'ong')
    """
    return words[0].lower() if written_surname_first(words) else surname_key(words)


#: The commonest Chinese, Korean and Vietnamese surnames, which open names written surname first
#: ("Zhang Wei", "Park Min", "Nguyen Lan").
EAST_ASIAN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
shen yao fang jin kim lee park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn song yoo
nguyen tran pham hoang phan vu dang bui do ho ngo duong ly he
""".split())


#: A kin phrase opening its sentence before a name: "His granddaughter, " (never "After burying
#: her husband, ", "Unlike his mother, ", which are no appositive).
RE_KIN_OPENING = re.compile(r"(?:^|[.!?]\s+|[”\"]\s+|\n)(?:His|Her|Their|My|Our|[A-Z][\w’'\-]*(?:’s|'s)) \w+, $")

#: Nouns of family and of acting before a name that tell its sex ("9/11 widow Terry Strada").
FAMILY_NOUNS = frozenset("""widow widower mother father wife husband daughter son sister brother grandmother grandfather
granddaughter grandson niece nephew aunt uncle actress""".split())

#: The sex a reason for anonymity tells (‘because he was not authorized to speak’).
RE_BECAUSE_SEX = re.compile(r"\bbecause (he|she) (?:was|is|wasn't|isn't|had|has|did|does|didn't|doesn't|would|could|feared|fears)\b")

#: Words that count people at the start of a description ("Two Egyptian security sources").
COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many some dozens".split())


#: How many of the latest people named in full a short name is matched against as part of one.
LONGER_NAME_REACH = 40

#: Styles of peers, which stay with a surname given alone ("Lord Fennimore", "Lady Hale").
PEER_STYLES = frozenset("lord lady baron baroness viscount viscountess earl countess".split())

#: Articles that open a nickname inside a name (‘Dwayne “The Rock” Johnson’, ‘Wilson “Le Lion” Pierre’).
NICKNAME_ARTICLES = ("The ", "Le ", "La ", "El ", "Il ", "Der ", "Die ")

#: A given name and a nickname in marks, just before a surname (‘Stanisław “Stan” Kowalczyk’,
#: ‘Dwayne "The Rock" Johnson’).
RE_NICKNAME_BEFORE = LazyPattern(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}’'\-]+) (?:[“\"]([\p{L}\d][\p{L}\p{M}\d._’'\- ]{0,20})[”\"]"
                                 r"|‘([\p{L}\d][\p{L}\p{M}\d._\- ]{0,20})’|'([\p{L}\d][\p{L}\p{M}\d._\- ]{0,20})') $")
# (or in single marks: ‘Jordan ‘JT’ Taylor-Burns’, "Dean 'Dino' Maguire")


#: A live report's time stamp before its sentence: "10:58 — ", "2.15pm: ", "11:10 a.m. ET - ".
RE_TIME_STAMP = re.compile(r"\s*(?:\d{1,2}[:.])?\d{1,2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–:-]\s+")


def _opens_sentence_alone(text: str, word: str) -> bool:
    """The word, a given name no list knows the sex of, opens a sentence alone somewhere, a lower-case
    verb after it, as a person's given name does once the article has named them in full with a role or
    a "who" (‘Pat was more modest.’, ‘Dee had a suggestion of her own.’; never a firm's first word,
    ‘Lockheed won a similar deal’ after ‘Lockheed Martin’). Substring searches.

    >>> _opens_sentence_alone("Pat Nguyen bowls. Pat was modest.", "Pat"), _opens_sentence_alone("Pat Nguyen bowls.", "Pat")
    (True, False)
    """
    for lead in (". ", "\n"):
        i = text.find(lead + word + " ")
        while i >= 0:
            after = i + len(lead) + len(word) + 1
            if text[after:after + 1].islower():
                return True
            i = text.find(lead + word + " ", after)
    return False


def _two_word_nickname(nick: str, words) -> bool:
    """A nickname of two capitalised words whose second is a name, after a descriptive word
    (‘Big Davie’, ‘Wee Tam’, ‘Fast Eddie’), never one opening with an article (‘The Rock’), a word of
    address (‘Miss Dot’) or the given name itself.

    >>> _two_word_nickname("Big Davie", ("David",)), _two_word_nickname("The Rock", ("Dwayne",))
    (True, False)
    """
    pair = nick.split()
    return len(pair) == 2 and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in pair) \
        and not nick.startswith(NICKNAME_ARTICLES) and pair[0].rstrip(".").lower() not in NICKNAME_ADDRESS_WORDS \
        and pair[1] not in words and pair[1].lower() not in NOT_NAMES and pair[0].lower() not in NOT_NAMES


def _nickname_word(nick: str) -> str:
    """The word a nickname in marks calls its bearer by: the nickname itself, or its word after a
    word of address (‘Miss Dot’ is "Dot", ‘Aunt Bea’ "Bea"), which a later ‘Miss Dot said’ names.

    >>> _nickname_word("Miss Dot"), _nickname_word("Mr. Ray"), _nickname_word("Stan"), _nickname_word("Big Jim")
    ('Dot', 'Ray', 'Stan', 'Big Jim')
    """
    words = nick.split()
    if len(words) == 2 and words[0].rstrip(".").lower() in NICKNAME_ADDRESS_WORDS:
        return words[1]
    return nick


#: What follows a name with a nickname inside that only a person's does (‘Dean ‘Dingo’ Whitford, who
#: relocates snakes,’, ‘Tomás “Tommy” Hale said’).
PERSON_AFTER_NICKNAME = (", who ", ", whose ", " said ", " said,", " says ", " told ")


#: The end of the text before a word inside a sentence: a comma (and a closing mark) or a
#: lower-case word before it.
RE_INSIDE_SENTENCE = re.compile(r"(?:,[”\"’']?|[a-z])\s+$")


#: Nouns of works whose titles may be set off after them, unmarked ("her book, Living History,").
WORK_NOUNS_BEFORE = frozenset("book memoir novel autobiography biography film movie documentary album song play series "
                              "podcast poem".split())

#: How far before the words they spoke a worker brought in with "who" may be named (_worker_brought_in).
WORKER_WHO_REACH = 300

#: Head nouns of a body set off before its name (‘The lender, Heartland Farm Credit,’): never a "he"
#: or "she" (only after "the": ‘Another operator, Lin Pei-shan,’ is a person).
BODY_ROLE_HEADS = THING_NOUNS - DOCUMENT_NOUNS - frozenset({"operator"})

#: A body's kind set off right before a name, after "the" or an owner's word, as consumer stories
#: name the firm a case study deals with: ‘Her insurer, Southern Cross Mutual,’, ‘His energy
#: supplier, Brightwell,’, ‘the lender, Northgate,’ (group 1, the head: one of
#: :data:`BODY_ROLE_HEADS`; never ‘Another operator, Lin Pei-shan,’).
#:
#: >>> RE_BODY_KIND_BEFORE.search("offered. Her insurer, ").group(1)
#: 'insurer'
#: >>> RE_BODY_KIND_BEFORE.search("said his broadband provider, ").group(1)
#: 'provider'
RE_BODY_KIND_BEFORE = LazyPattern(
    r"(?<![\p{L}\-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)(?: [\p{Ll}\-]+){0,2}? (\p{Ll}+), $")

#: How far back (in characters) :data:`RE_BODY_KIND_BEFORE` looks from a name.
BODY_KIND_REACH = 48

#: A company's last words written with a full stop ("Inc.", "Co.", "Corp.").
ABBREVIATED_ENDINGS = frozenset("inc co corp ltd bros".split())


#: Kinds named by a letter (‘Class B’, ‘Plan B’, ‘Group C’): the letter's full stop ends a sentence,
#: never an initial inside a name.
LETTERED_KINDS = frozenset("""class group pool division grade category section type plan vitamin level tier zone
phase stage exhibit appendix block ward gate terminal platform unit row lot sector""".split())


def _other_letters_holder(text: str, at: int, letters: str, holder: "Person") -> bool:
    """(guard) The letters written as a title before the name of someone other than the one holder
    found, shortly before (‘Agriculture CS Mithika Linturi and Trade CS Moses Kuria met’, a given name
    the lists do not know leaving the first no holder): two holders, "the CS" stays as written."""
    last = holder.name.split()[-1]
    for m in regex.finditer(r"\b" + regex.escape(letters) + r" ((?:\p{Lu}[\p{L}\-’']+ ?){2,4})", text[max(0, at - 1500):at]):
        if not any(w.startswith(last) for w in m.group(1).split()):  # (‘CS Kindiki’s ministry’ is his)
            return True
    return False


def _past_office_place(text: str, at: int, run: str, rs: int, words: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The words of a name run past the one-word place or portfolio that ends an office before it
    ("Mayor of Haifa Yona Peretz" is Yona Peretz, never "Haifa Yona Peretz"), as :func:`split_title`
    reads the office and the run together, when the run opens right after "<Office> of " and a name
    of two words or more is left whose given name no list holds (one the lists know is split off
    already). A place of two words or more is left alone: where it ends is a guess ("Director
    General of Police Harkirat Singh Randhawa").

    >>> _past_office_place("Mayor of Haifa Yona Peretz said", 9, "Haifa Yona Peretz", 0, ("Haifa", "Yona", "Peretz"))
    (6, ('Yona', 'Peretz'))
    >>> _past_office_place("the port of Haifa Yona Peretz", 12, "Haifa Yona Peretz", 0, ("Haifa", "Yona", "Peretz"))
    (0, ('Haifa', 'Yona', 'Peretz'))
    """
    if rs or len(words) < 3:
        return rs, words
    if text.endswith(" for ", 0, at) or text.endswith(" of ", 0, at):
        portfolio = _portfolio_before_surname_first(text, at, words)
        if portfolio:
            return run.index(words[portfolio], rs + len(" ".join(words[:portfolio]))), words[portfolio:]
    if not text.endswith(" of ", 0, at):
        return rs, words
    if (n := _place_before_given(words)) and (m := RE_OFFICE_OF_BODY_OF.search(text, max(0, at - 90), at)) is not None \
            and m.group(1).lower() in ROLE_NOUNS:
        # the place that ends a body's name after an office "of" it, before a given name the lists know:
        # ‘Deputy Governor of the Central Bank of Kuwait Fahad Nasser Al Mutairi’ is Fahad Nasser Al Mutairi
        # (a remit's word is left to split_title, which finds the office before it: ‘… of Information Kanya Srisuk’)
        return run.index(words[n], rs + len(" ".join(words[:n]))), words[n:]
    office = text[max(0, at - 28):at - 4].rsplit(None, 1)[-1:]
    if not office or not office[0][:1].isupper() or office[0].lower() not in ROLE_NOUNS:
        return rs, words
    title, name = split_title([office[0], "of", *words])
    if not title or len(name) != len(words) - 1 or len(name) < 2 or not title.endswith(" of " + words[0]) \
            or gender_of(name[0]) is not None:
        return rs, words  # (a given name the lists know is found in the run as it is: ‘Secretary of State Madeleine Albright’)
    cut = len(words) - len(name)
    return run.index(words[cut], rs + len(" ".join(words[:cut]))), tuple(name)


def _portfolio_before_surname_first(text: str, at: int, words: tuple[str, ...]) -> int:
    """How many words of the run at ``at`` are the portfolio that ends an office with "for" or "of"
    before a name written surname first (the run opens after the preposition, so the office's words
    are read with it as :func:`split_title` reads them): "Minister for Manpower Koh Boon Hwee",
    "Senior Minister of State for Transport Chee Hui Lin"; 0 when no office is there or the name is
    not written surname first ("Minister for Finance Paschal Donohoe" is left as it is).

    >>> t = "Minister of State for Transport Chee Hui Lin said"
    >>> _portfolio_before_surname_first(t, 22, ("Transport", "Chee", "Hui", "Lin"))
    1
    >>> _portfolio_before_surname_first("Minister for Finance Paschal Donohoe", 13, ("Finance", "Paschal", "Donohoe"))
    0
    """
    before = text[max(0, at - 40):at].split()[:-1][-3:]  # (up to three words of the office: "Minister of State")
    lead = next((i for i, w in enumerate(before) if w[:1].isupper() and w.lower() in ROLE_NOUNS), None)
    if lead is None:
        return 0
    title, name = split_title([*before[lead:], text[at - 4:at].split()[-1], *words])
    if not title or not 2 <= len(name) < len(words) or tuple(name) != words[len(words) - len(name):] \
            or not written_surname_first(name):
        return 0
    return len(words) - len(name)


def _past_lettered_kind(run: str, rs: int, words: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The words of a name run past a lettered kind whose letter's full stop ends a sentence, with
    where they start: "Class B. Grace" is Grace (who "was timed …"), never a name of three words."""
    if len(words) < 3:
        return rs, words  # (a kind, its letter and a name: three words at least; most runs have two)
    cut = next((i + 2 for i in range(len(words) - 2) if words[i].lower() in LETTERED_KINDS
                and len(words[i + 1]) == 2 and words[i + 1][0].isupper() and words[i + 1][1] == "."), 0)
    if not cut:
        return rs, words
    return run.index(words[cut], rs + len(" ".join(words[:cut]))), words[cut:]


#: People in the plural who speak, opening a sentence (‘Two other sources said’, ‘Three current and
#: former employees, who spoke …, described’), and how far back "one of them" may find them; bodies in
#: the plural are no people ("the companies said").
RE_GROUP_SPOKE = LazyPattern(r"(?i:\b(?:two|three|four|five|six|several|both)\b)(?: [\p{L}\-]+){0,4}"
                               r"(?=[^.!?]{0,200}?\b(?:said|say|says|told|tell|added|described|spoke)\b)"
                               r"|(?<=\b[Aa]ccording to )(?i:(?:two|three|four|five|six|several|both)\b)(?: [\p{L}\-]+){0,4}")
GROUP_REACH = 600

#: Anonymous sources described by what they know (‘people familiar with the matter’, ‘Two people
#: familiar with the company's plans’, ‘sources close to the board’), up to their verb or a stop: the
#: group "one of them" speaks for, as written (the wire convention).
#:
#: >>> RE_SOURCE_GROUP.search("according to people familiar with the matter, in a deal").group(1)
#: 'people familiar with the matter'
#: >>> RE_SOURCE_GROUP.match("Two people with knowledge of the talks said").group(1)
#: 'Two people with knowledge of the talks'
#: >>> RE_SOURCE_GROUP.match("Sources close to the ministry said").group(1)
#: 'Sources close to the ministry'
#:
#: The heads of anonymous sources (‘people familiar with …’), which "one of the …" takes from a group of
#: them (‘one of the people’).
SOURCE_GROUP_HEADS = frozenset("people sources persons insiders officials".split())
_SOURCE_HEADS = "|".join(sorted(SOURCE_GROUP_HEADS))

RE_SOURCE_GROUP = LazyPattern(r"(?<![\p{L}\-])((?:(?i:two|three|four|five|six|several)\s)?"
                              r"(?:(?!(?:according|to|by|of|the|a|an|and|or|with|from|in|on|at|said|told|that)\s)[\p{Ll}\-]+\s){0,2}?"
                              r"(?i:" + _SOURCE_HEADS + r")\s(?:familiar with|close to|with knowledge of|"
                              r"briefed on|knowledgeable about|involved in)\s[^,.;:“”\"()]{1,60}?)"
                              r"(?=[,.;]|\s(?:said|say|says|told|who|according)\b)")

#: The group that spoke again by its head (‘the people said’, ‘the sources said’), just before "one of them".
RE_SOURCES_AGAIN = LazyPattern(r"\b(?i:the) (?:" + _SOURCE_HEADS + r") (?:said|say|says|told|added)\b")
SOURCES_AGAIN_REACH = 200

#: How far back the anonymous sources may have been first described.
SOURCES_FIRST_REACH = 4000


def _sources_first_written(text: str, at: int) -> regex.Match | None:
    """The anonymous sources first described before ``at`` (RE_SOURCE_GROUP), when every such
    description before holds the same words (‘people familiar with the matter’ in the lede and again);
    two groups told of (‘people close to the board’ and ‘officials familiar with the talks’) leave
    "one of them" to no one."""
    found = list(RE_SOURCE_GROUP.finditer(text, max(0, at - SOURCES_FIRST_REACH), at))
    if not found or len({m.group(1).lower() for m in found}) > 1:
        return None
    return found[0]


#: The heads of one of those sources spoken of again (‘that person said’, ‘the source said’).
ONE_SOURCE_HEADS = frozenset("person source insider".split())

#: A sentence that opens with one of a group who spoke just before, speaking (‘One of the people said
#: …’, ‘One of them, who asked not to be named, told …’): its match ends with the mention.
#:
#: >>> RE_ONE_OF_OPENS.match("One of the people said the board knew.").group()
#: 'One of the people'
#: >>> RE_ONE_OF_OPENS.match("One of the people at the bank was fired.") is None
#: True
RE_ONE_OF_OPENS = LazyPattern(r"One of (?:them|those|the (?:" + _SOURCE_HEADS + r"))"
                              r"(?=,? (?:[^.!?\n]{0,80}?, )?(?:said|says|told|added)\b)")
ONE_OF_OPENS_REACH = 500

#: A sentence that brings in someone else unnamed (‘A former manager said’, ‘Another engineer …’).
RE_OTHER_UNNAMED = LazyPattern(r"(?:^|(?<=[.!?”\"’]\s)|(?<=\n))(?:An?|One|Another|The other|Someone|Somebody) (?!of )")


#: A relative clause right after one unnamed that tells their sex by a pronoun, up to the main verb's
#: reach (‘a product manager who said she had been laid off’, ‘a nurse who asked that her name not be used’).
#:
#: >>> RE_WHO_CLAUSE_SEX.match(" who said she had been laid off wrote").group(1)
#: 'she'
RE_WHO_CLAUSE_SEX = LazyPattern(r",? who (?:said|says|asked|requested|told [\p{L} ]{1,30}?) (?:that )?(she|he|her|his)\b")


#: People or documents in the plural that open the sentence before (‘Former employees posted …. One
#: wrote:’, ‘She sent more than 200 messages. One read:’ is no such sentence, its object not its opener).
RE_GROUP_OPENS = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}[\p{Ll}\-]*s|\p{Lu}[\p{Ll}\-]*\s(?:[\p{Ll}\-]+\s){0,2}?[\p{Ll}\-]+s)\b"
                               r"(?=[^.!?\n]{0,200}[.!?]\s*$)")
GROUP_OPENS_REACH = 300

#: The lower-case word right after a mention (‘One wrote’: its verb).
RE_WORD_AFTER = LazyPattern(r" (\p{Ll}+)")


def _past_who_clause(text: str, end: int) -> int:
    """Where a "who" clause set off right after ``end`` closes, past its comma (‘One, who had come from
    Cork, said’: the verb follows), else ``end``; none past a sentence's end or a quotation.

    >>> t = "One, who had come from Cork, said"
    >>> t[_past_who_clause(t, 3):]
    ' said'
    """
    if not text.startswith(", who ", end):
        return end
    c = text.find(",", end + 6, end + 160)
    return c + 1 if c > 0 and not any(x in text[end:c] for x in ".;:“”\"") else end
COUNTED = frozenset("two three four five six seven eight nine ten".split())

#: The word right before a name (its group 1), past a comma (‘The winner, Surachet Kaewmanee’).
RE_WORD_BEFORE = LazyPattern(r"(\p{L}+),? \Z")

#: The word right before a name, hyphens and all (group 1), with no comma between (‘leg-spinner ’).
#:
#: >>> RE_HYPHENATED_WORD_BEFORE.search("with leg-spinner ").group(1)
#: 'leg-spinner'
RE_HYPHENATED_WORD_BEFORE = LazyPattern(r"(\p{L}[\p{L}\-]*) \Z")

#: Honorifics that mark the name after them as a person's and tell no sex nor office: a style
#: ("Hon.", "Mx"). A name written after one is a person's whatever word it opens with, so its
#: first word alone names them too (‘Hon. Okello Oryem … Okello said’, surname first).
NAME_STYLE_HONORIFICS = frozenset("hon mx".split())

#: Words after a description's head noun (‘One crofter on Lewis’: the head is "crofter", one man).
HEAD_ENDS = frozenset("of on in at from for with to near by who which that".split())


def described_plural(text: str, head: str | None) -> bool:
    """Whether a description with head noun ``head`` is of more than one, by the head as written.

    >>> described_plural("Inspectors from the council", "inspector"), described_plural("One crofter on Lewis", "crofter")
    (True, False)
    >>> described_plural("the two men", "men"), described_plural("A federal judge on Monday", "judge")
    (True, False)
    """
    if not head:
        return False
    text = text.split(",", 1)[0]  # (the people before their names set off: ‘his parents, Mark and Lisa Denning’)
    last = (list(itertools.takewhile(lambda w: w.lower() not in HEAD_ENDS, text.split())) or text.split())[-1].lower()
    return (last.endswith("s") and not last.endswith("ss")) or head.endswith("men") or head in IRREGULAR_PLURALS


#: Words that end a group's noun phrase: prepositions, conjunctions and relatives (‘the crowd of
#: fans’, ‘the families who …’).
GROUP_BREAKS = frozenset("with of for in at from to on by and or who that".split())


def _joins_modifiers(words: list[str], j: int) -> bool:
    """Whether the "and" or "or" at words[j] joins two lower-case words before one head, neither of
    them a noun of people (‘Three current and former employees’ are employees; ‘Both the mayor and
    other officials’ are no one group)."""
    return words[j] in ("and", "or") and j + 1 < len(words) and all(
        w.islower() and w not in DESCRIPTION_NOUNS and w not in GROUP_BREAKS and w not in ("the", "a", "an", "his", "her", "their")
        for w in (words[j - 1], words[j + 1]))


BODY_PLURALS_SPOKE = frozenset("companies firms agencies groups parties governments banks countries nations".split())

#: An honorific right before a name (‘…, Mr Yusuf Ali’), its word in group 1.
RE_HONORIFIC_BEFORE = LazyPattern(r"\b(\p{Lu}\p{Ll}{1,7})\.? $")

#: A passive's agent of telling before a mention (‘she was told by a senior colleague’), and how far
#: before the words it gave that agent may stand.
RE_TOLD_BY_BEFORE = LazyPattern(r"\b(?:told|warned|advised|informed|assured) by $")

#: The relative "what" or "which" right before one unnamed whose naming words another's sentence quotes
#: (‘its regulator had it on what one former director called “a very short leash”’): a source of a
#: phrase inside another's sentence, no subject a later "he" or "she" stands for when one of that sex
#: was named since.
#:
#: >>> bool(RE_WHAT_CALLED_BEFORE.search("it was on what ")), bool(RE_WHAT_CALLED_BEFORE.search("somewhat "))
#: (True, False)
RE_WHAT_CALLED_BEFORE = LazyPattern(r"\b(?:what|which) $")

#: One unnamed in a relative clause that quotes their naming words inside another's sentence, around the
#: mention: before it the relative (‘a product line that ’, ‘on what ’), after it the naming verb (‘ had
#: called ’, ‘ once dubbed ’). Such a one only lends a phrase: never the subject a later "he" or "she" of
#: the article's own interview stands for (‘When Ana Ruiz took over, the firm had a product that one
#: reviewer had called “…”. / “…,” she said’ is Ruiz's).
#:
#: >>> bool(RE_RELATIVE_CALLER_BEFORE.search("a product line that ")), bool(RE_RELATIVE_CALLER_BEFORE.search("said that "))
#: (True, True)
#: >>> bool(RE_RELATIVE_CALLER_AFTER.match(" had called “")), bool(RE_RELATIVE_CALLER_AFTER.match(" once dubbed ‘"))
#: (True, True)
#: >>> bool(RE_RELATIVE_CALLER_AFTER.match(" said “")), bool(RE_RELATIVE_CALLER_AFTER.match(" called for “"))
#: (False, False)
RE_RELATIVE_CALLER_BEFORE = LazyPattern(r"\b(?:what|which|that) $")
RE_RELATIVE_CALLER_AFTER = LazyPattern(r" (?:(?:had|has|have|once|famously|memorably|later|then) ){0,2}"
                                       r"(?:called|dubbed|labell?ed|branded|described as) [“\"‘']")

#: A role told as held at the time the story looks back to (‘a junior energy minister at the time’,
#: ‘then a deputy governor’): an office held before, which "the former …" names.
#:
#: >>> bool(RE_HELD_AT_THE_TIME.search("a junior minister at the time")), bool(RE_HELD_AT_THE_TIME.search("a minister"))
#: (True, False)
RE_HELD_AT_THE_TIME = LazyPattern(r" at the time$|^then (?:an? |the )")

#: A role that sets someone off as a named one's kin (‘Albert's granddaughter’): the name's word in
#: group 1, the kin noun in group 2.
#:
#: >>> RE_KIN_OWNER_ROLE.fullmatch("Albert's granddaughter").groups()
#: ('Albert', 'granddaughter')
RE_KIN_OWNER_ROLE = LazyPattern(r"(\p{Lu}[\p{L}\-]+)[’']s (?:[\p{Ll}\-]+ )?(\p{Ll}+)")

#: One described whose telling another reports, right after that one's "said" (‘Diego said a teacher
#: had told his class …’): the "said" right before the description.
RE_SAID_TELLER = LazyPattern(r"\b(?:said|says)(?: that)? $")

#: The telling after a reported teller (‘… a teacher had told his class’, ‘the surgeon told her’).
RE_TELLING_AFTER = LazyPattern(r" (?:had |has )?(?:told|asked) (?:him|her|them|me|us|his|their|my|our)\b")

#: An office owned by a body called by its kind, as a whole mention: ‘the company's chief executive’,
#: ‘the agency’s director’ (group 1 the kind, group 2 the office).
RE_BODY_OWNED_OFFICE = LazyPattern(r"(?i:the) (\p{Ll}+)[’']s ((?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]*)")

#: A recording played of someone, whose words it holds, in the same sentence before them: ‘The
#: programme then played a clip of the minister, X, telling MPs that …’, ‘aired footage of X saying’.
#: Its speaker is heard, not present: never the subject a later "he" or "she" stands for.
RE_PLAYED_BEFORE = LazyPattern(r"\b(?:clips?|footage|recordings?|videos?|tapes?|audio|soundbites?|excerpts?) (?:of|from|showing) "
                               r"[^.!?\n“”\"]{0,140}$")

#: Kin set off inside a relative clause of a sentence whose subject is papers someone left (‘The
#: prison letters, which her grandniece, Una Roe, found in a trunk’): group 1 the papers' noun,
#: group 2 the kin noun, the name set off right after the match; a short phrase may follow the papers
#: (‘Her letters from Holloway, which …’).
#: >>> RE_PAPERS_KEPT_BY_KIN.search("The diary, which his son, ").group(1, 2)
#: ('diary', 'son')
RE_PAPERS_KEPT_BY_KIN = LazyPattern(r"(?:^|[.!?]\s+|\n)(?:The|Her|His|Their)(?: [\p{L}\d-]+){0,2}? (\p{Ll}+)(?: (?:from|of|to|in) [\p{L}\d’' -]{1,40}?)?,? "
                                    r"(?:which|that) (?:her|his|their) ((?:great-)?\p{Ll}+), $")
#: What the kin set off may have done with the papers that makes them the writer after all.
PAPERS_WRITTEN_VERBS = ("wrote ", "sent ", "penned ", "typed ", "posted ", "had written ", "had sent ", "later wrote ",
                        "dictated ", "scribbled ", "composed ")
#: Diaries and notebooks, which one "keeps" or "fills" by writing them.
KEPT_DIARIES = frozenset("diary diaries journal journals notebook notebooks".split())
#: Kept or filled through a time or place: written, never merely held (‘kept throughout the siege’,
#: ‘filled during three years in jail’; never ‘kept in a drawer for decades’).
RE_DIARY_KEPT_BY = LazyPattern(r"(?:had )?(?:kept|filled|began|started)\b"
                               r"(?! (?:in (?:a|an|the|her|his|their) \p{Ll}+ )?for (?:decades|years))"
                               r"(?= (?:throughout|during|through|while|as|when|in hiding|in (?:prison|jail|the camp|exile)"
                               r"|on|at|from))")
#: The pronoun's verb is one of writing (‘she wrote in January 1923’, ‘he writes’).
RE_PRONOUN_WROTE = LazyPattern(r" (?:(?:later|then|also|once) )?(?:wrote|writes)\b")

#: A pronoun's own writing or telling verb and the one it goes to (‘she wrote to Cottam:’, ‘he
#: told Okafor’, ‘she later wrote back to Hale’): that one is the addressee, never the "she" who writes.
#: >>> RE_PRONOUN_ADDRESSEE.match(" wrote to Cottam: ").group(1)
#: 'Cottam'
RE_PRONOUN_ADDRESSEE = LazyPattern(r" (?:(?:later|then|also|once|again) )?(?:wrote|writes|told|tells|cabled|telegraphed)"
                                   r"(?: (?:back|again|home))?(?: to)? ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)\b(?![’']s)")

#: One unnamed who said nothing, right after their description and the body they speak for (‘A
#: Vantage spokesperson declined to comment.’, ‘a representative for the singer did not respond’):
#: never a later "he" or "she".
RE_SAID_NOTHING_AFTER = LazyPattern(r"(?: (?:for|at|of|from|with) [^.,;:“”\"]{1,60}?)? (?:(?:declined|refused) to comment|did not (?:immediately )?(?:respond|reply|return)"
                                    r"|could not be reached|was not available for comment)\b")
TOLD_BY_REACH = 300

#: After one declined to comment, words that they spoke after all: ‘… declined to comment on the arrest
#: but confirmed …’, ‘… did not respond on Friday but later told the BBC …’, or the next sentence
#: opening with them as "she" or "he" (‘Hours later, she confirmed …’). (A guard of the review.)
RE_SPOKE_AFTER_ALL = {g: regex.compile(r"[^.\n]{0,80}?\b(?:but|however|later)\b"
                                       r"|[^.\n]*\.[ \t]+(?:\p{Lu}[^,.\n]{0,30},[ \t]+)?" + p + r"\b")
                      for g, p in (("f", "(?:[Ss]he)"), ("m", "(?:[Hh]e)"))}

#: An opening "As for" or "For" before a name: the topic the sentence's pronoun stands for (‘As for
#: Donald Trump, he said he is not worried’, ‘For Okonkwo, the shift cannot come fast enough. “…,” she says’),
#: a trade in lower case between (‘For dairy farmer Siobhán Kelly, the price cut is a blow. / “…,” she said’),
#: or an age (‘For 19-year-old Jayden Moss, the day was a lesson. / “…,” he said’) (w61e).
#:
#: >>> bool(RE_AS_FOR_BEFORE.search("For 19-year-old Jayden ")), bool(RE_AS_FOR_BEFORE.search("For dairy farmer Siobhán "))
#: (True, True)
#: >>> bool(RE_AS_FOR_BEFORE.search("For 19 years Jayden "))
#: False
RE_AS_FOR_BEFORE = LazyPattern(r"(?:^|\n\s*)(?:As (?:for|to)|For) (?:(?:(?!(?:of|like|and|or|the|a|an|with|from|to|all|many|most|some)\b)\p{Ll}[\p{Ll}\-]+|\d{1,3}-year-old) ){0,3}"
                               r"(?:\p{Lu}[\p{L}.'’\-]* ){0,4}$")  # (opening a paragraph:
# inside one, ‘Lisa Crane defended her deputy. As for Maria Pell, she said, “…”’ goes on with Crane's words)

#: "According to" before a name: the source of what the sentence says (‘Rents will keep rising,
#: according to Nora Fielding, an economist. / Her advice: “…”’).
RE_ACCORDING_BEFORE = LazyPattern(r"\b[Aa]ccording to (?:\p{Lu}[\p{L}.'’\-]* ){0,3}$")

#: How far after "a <office> …" the sentence that names the office's holder may open.
NAMED_NEXT_REACH = 300

#: Verbs after the name in the next sentence that make its holder answer the first, not be them.
NAMED_NEXT_OTHER_VERBS = frozenset("""said says told tells added adds dismissed dismisses rejected rejects denied denies
disagreed disagrees disputed disputes countered counters insisted insists responded responds replied replies
questioned questions contradicted contradicts""".split())

#: The capitalised words opening a sentence: an office and a name (‘U.S. District Judge Alan Ruiz’).
#:
#: >>> RE_CAPITALISED_RUN.match("U.S. District Judge Alan Ruiz ordered it").group()
#: 'U.S. District Judge Alan Ruiz'
RE_CAPITALISED_RUN = LazyPattern(r"\p{Lu}[\p{L}\p{M}.’'\-]*(?: \p{Lu}[\p{L}\p{M}.’'\-]*)*")

#: A cue set after what a sentence reports, just before a name: the one the sentence's speech is of,
#: its subject in effect (‘Endorsements matter less now, said Professor Andrea Rossi, who studies
#: unions. “…,” she said’); never a cue after a quotation (‘“…,” says Tanaka’), which the quotation's
#: rules read.
#:
#: >>> bool(RE_INVERTED_CUE_BEFORE.search("less than before, said Professor Andrea "))
#: True
#: >>> bool(RE_INVERTED_CUE_BEFORE.search("Faith Njoroge, an analyst, said lenders like "))
#: False
RE_INVERTED_CUE_BEFORE = LazyPattern(r"(?<![”\"’'])(?<![”\"’'] ), (?:said|says|added|adds|argued|argues|explained|explains|noted|notes) "
                                     r"(?:(?:\p{Lu}[\p{L}.'’\-]*|(?!(?:the|a|an|that|this|to|of|by|in|on|at|for|with|and|his|her|their|like|such|as)\b)"
                                     r"\p{Ll}[\p{L}.'’\-]*(?<![^s]s)) ){0,5}$")  # (a title's words, never a plural's: ‘said lenders like’)


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


#: What one named after an inverted cue is, set off between the name and the colon, with no other
#: clause or sentence (‘Said R. Kowalski, MP for Dunmere: “…”’).
#:
#: >>> bool(RE_SET_OFF_TO_COLON.match(", MP for Dunmere: “")), bool(RE_SET_OFF_TO_COLON.match(", who said, then: “"))
#: (True, False)
RE_SET_OFF_TO_COLON = LazyPattern(r", [^,;:.!?“”\"\n]{1,60}:")


#: What follows "He" and one capitalised word when they are a Chinese name (surname He), never the
#: pronoun before a word: a description set off (‘He Jun, a senior analyst, …’, ‘He Lin, 45, …’) or a
#: cue (‘He Lifeng said’, ‘He Jun told …’).
RE_HE_SURNAME_AFTER = LazyPattern(r"(?:, (?:an?|the|\d{1,3}) |,? (?:said|says|told|added|wrote)\b)")


#: Nouns a report calls an opponent by (‘lost to the defending champion’), whom a "He" or "She" opening the
#: next sentence may stand for.
RIVAL_NOUNS = frozenset("champion champions opponent rival holder titleholder title-holder seed favourite favorite "
                        "winner victor challenger incumbent".split())


#: A sentence opening with a described one that "was" someone named next: ‘The teacher was ’, ‘The
#: first player he ever cut was ’.
RE_DESCRIBED_WAS = LazyPattern(r"(?:The|His|Her|Their|My|Our) (?:[\p{Ll}\-’']+ ){1,5}(?:was|is) ")


#: A lead naming one of a later generation (‘His son’, ‘Her granddaughter’), who may take over the
#: founder's surname even when the founder opens a sentence (‘Aidan Walsh founded the bakery in 1961.
#: His son, Conor Walsh, said …’); a father, brother or husband never does.
RE_DESCENDANT_LEAD = LazyPattern(r"(?i)\b(?:great-)*(?:grand)?(?:son|daughter|child|nephew|niece)\b")

#: A passive's "by" and any capitalised words after it, right before a spot (‘was founded by ’).
RE_BY_NAME_BEFORE = LazyPattern(r"\bby\s+(?:\p{Lu}\S*\s+)*$")


#: How far past a person's noun the stream reads that person's description; further when it says what a
#: source knows of (‘A person familiar with the company’s discussions with its lenders’).
DESCRIPTION_AFTER_CHARS = 50
KNOWING_DESCRIPTION_AFTER_CHARS = 80

#: What a source's description says it knows of, right after its noun (‘a person familiar with …’).
KNOWING_WORDS_AFTER = (" familiar ", " close to ", " briefed ")


def _office_in_role(role: str, office: str) -> int:
    """Where ``office`` is written in ``role``, spelled out or abbreviated as a title (‘Ohio Gov.’ holds
    the office "governor"); -1 if nowhere.

    >>> _office_in_role("Ohio Gov.", "governor"), _office_in_role("the US president", "president")
    (5, 7)
    """
    found = role.lower().find(office)
    if found >= 0:
        return found
    at = 0
    for w in role.split(" "):
        if office in TITLE_WORDS.get(w.lower().rstrip("."), ()):
            return at
        at += len(w) + 1
    return -1


def _quote_before_pronoun(text: str, para: int, at: int) -> int:
    """Where the sentence of a pronoun right after a quote opens: just past the quote's opening mark
    (‘The mayor was blunt. “Nobody asked me. Nobody called,” she said’: the sentences inside the quote
    are not the pronoun's); ``at`` itself for any other pronoun."""
    end = len(text[:at].rstrip(" "))
    close = text[end - 1] if end > para else ""
    if close not in "”’\"" or end - 2 < para or text[end - 2] not in ",.!?…":
        return at
    opener = text.rfind({"”": "“", "’": "‘"}.get(close, close), para, end - 1)
    return opener + 1 if opener >= para else at


def _plural_people_noun(word: str) -> bool:
    """A sentence's opening plural noun of people (‘Police’, ‘Fans’, ‘Officers’), never a trade or an office
    held by one (‘seamer’, ‘MP’)."""
    w = word.lower()
    return w in DESCRIPTION_NOUNS and w not in ROLE_NOUNS and (w == "police" or (w.endswith("s") and not w.endswith("ss")))


#: How far back a seat's phrase may open, before a name set off (‘The lawmaker representing Ikeja
#: constituency in the Lagos State House of Assembly, Hon. Ade Ojo,’).
SEAT_REACH = 160

#: An office's seat, one of the :data:`SEAT_PARTICIPLES` after a lower-case noun (‘lawmaker representing’).
#:
#: >>> bool(RE_SEAT_BEFORE.search("The lawmaker representing Ikeja")), bool(RE_SEAT_BEFORE.search("Firms representing"))
#: (True, False)
RE_SEAT_BEFORE = LazyPattern(r"\b(?:The|A) \p{Ll}+ (?:" + "|".join(sorted(SEAT_PARTICIPLES)) + r")\b")


#: A description or clause set off after a name, introducing its holder (‘Dr Muhammad Ali, a historian at …’,
#: ‘…, who teaches …’).
#:
#: >>> bool(RE_INTRODUCED_AFTER.match(", a historian")), bool(RE_INTRODUCED_AFTER.match(" said"))
#: (True, False)
RE_INTRODUCED_AFTER = LazyPattern(r",? (?:a|an|who|whose)\b")


class Cast:
    """The people of one article and the recent mentions of them, for resolving short forms.

    Full names are collected from the whole text first (so "Pistorius" resolves to "Boris
    Pistorius" even when the full name comes later); resolution looks back over at most
    ``window`` recent mentions, so it stays linear in the article's length.
    """

    def __init__(self, text: str, window: int = 40, paras: Sequence[tuple[int, int]] = ()):
        self.text = text
        self.paras = paras
        # (and a byline's or a credit line's names are the reporters', never the article's people)
        self.headlines = [(s, e) for s, e in paras if e - s <= 160 and (is_headline(text[s:e]) or is_byline(text[s:e]))]
        self.headlines = sorted(set(self.headlines) | set(credit_lines(text, paras))  # (and the outlet's line beside it)
                                | set(bare_byline(text, paras)))  # (and a reporter's name alone under the headline)
        # a short first line without quotation marks may be the headline, whatever its case
        # ("Understated Perez raises political profile."): its names count after the body's
        self.first_line_end = paras[0][1] if len(paras) > 1 and paras[0][1] - paras[0][0] <= 100 \
            and not RE_DOUBLE_MARK.search(text, *paras[0]) and not _lede_not_headline(text, *paras[0]) else 0
        self.by_surname: dict[str, Person] = SurnameIndex()
        #: Other people of a surname the cast keys by someone else ("Bill Clinton" beside the
        #: Hillary Clinton the article names first): their own names, roles and spots.
        self.namesakes: dict[str, list[Person]] = {}
        self.window = window
        self.position = 0  # where in the text resolution happens now
        self.speakers: list[tuple[int, Person]] = []  # speakers found so far, in text order
        self._spoke_at: set[int] = set()  # where those speakers spoke
        self._stream: list[tuple[int, Person]] | None = None
        self._stream_starts: list[int] = []
        self._stands_for: dict[int, Person] = {}  # descriptions at a cue that stand for someone named
        self._people_of: dict[tuple[str, ...], Person | None] = {}
        self._common: dict[str, bool] = {}
        self._uses_they: bool | None = None  # (someone uses "they": found on first use)
        self._first_words: dict[str, Person | None] | None = None
        self._inner_words: dict[str, Person | None] | None = None
        self._owners: dict[str, list[Person]] | None = None
        #: For each body noun ("agency"), where the text names a body of its kind (made on first use).
        self.bodies: dict[str, tuple[list[int], list[str], int]] = {}
        self._body_names: list[tuple[int, str, list[str]]] | None = None
        self._marked: dict[int, bool] = {}  # whether the article marks a person as one (kin, age …), by id
        #: The (start, end) of the quotations' words, in order: their mentions are no antecedents.
        self.quoted: list[tuple[int, int]] = []
        self._companies: dict[str, str | None] | None = None
        self._after_its_kind: dict[str, bool] = {}  # (one-word names written after a body's kind)
        self._first_word_cues: dict[str, Person] = {}  # the first words cues have named people by
        self._couple_starts: set[int] = set()  # where the first of a couple is named ("Jo and Rob Kessell")
        self._nickname_runs: set[int] = set()  # where the runs before a nickname that a full name took in end
        self._nicknames: dict[str, Person | None] = {}  # one-word nicknames in marks inside a name, lower-cased
        self._nicknames_written: dict[str, str] = {}  # (and as written: ‘Packie’)
        self._nickname_pairs: dict[tuple[str, str], Person] = {}  # two-word nicknames in marks inside a name: ‘Big Davie’
        self._addressed_nicknames: set[int] = set()  # where nicknames with a word of address start: ‘“Miss Dot”’
        self._founders: dict[str, bool] = {}  # whether a founder is spoken of near a company's two words
        self._first_ats: dict[str, int] = {}  # where the text first writes some words
        self._taken: dict[tuple[int, int], bool] = {}  # whether a surname was written alone before a namesake
        self._sorted_spots: dict[int, tuple[int, list[tuple[int, int]]]] = {}  # people's spots in text order
        self._kin_openings: list[tuple[int, regex.Match]] | None = None  # sentences opening with kin ("His wife, Leanne,")
        self._collect_names()
        self._full_names_given()
        self._sexes_told()

    @functools.cached_property
    def _low(self) -> str:
        """The text lowercased, made once on first use (never per mention)."""
        return self.text.lower()

    def _collect_names(self) -> None:
        """One regex pass over the capitalised runs of the text (never a full tokenisation); a run
        seen before ("the White House", "Donald Trump") is split into names only once."""
        text = self.text
        headlines = self.headlines
        starts = [s for s, _ in headlines]
        first_line_end = self.first_line_end
        first_line = []
        # names around a nickname first, so that people are met in text order: ‘Eleuterio “Toto”
        # Abellana, 61.’ keys the bare surname, his wife ‘Lourdes Abellana’ named later is a namesake
        for close in ("” ", '" ', "’ ", "' "):
            at = text.find(close)
            while at >= 0:
                if (text[at - 1:at].isalnum() or (text[at - 1:at] == "." and text[at - 2:at - 1].isupper())) \
                        and text[at + 2:at + 3].isupper():  # (and initials: ‘Caleb "C.J." Jenkins’)
                    self._nicknamed(at + 2)
                at = text.find(close, at + 2)
        # the first words of the people named in full so far (and a short first line's known given names)
        given_names: set[str] = {words[0] for m in RE_NAME_RUN.finditer(text, 0, first_line_end)
                                 for _, _, words in _name_pieces(m.group()) if len(words) > 1 and gender_of(words[0]) is not None}
        for m in RE_NAME_RUN.finditer(text):
            (at, end), run = m.span(), m.group()  # (read once: every test below asks)
            if headlines:
                h = bisect.bisect_right(starts, at) - 1
                if h >= 0 and at < headlines[h][1]:
                    continue  # "Bush Hits Marco Rubio": a headline's capitals are not names
            if _dateline_run(text, at, end):
                continue  # a dateline's place: ‘DAR ES SALAAM: …’
            if at < first_line_end:
                first_line.append(m)
                continue
            if at in self._addressed_nicknames:
                continue  # a nickname in marks inside a name: ‘Dorothy “Miss Dot” Haskins’ is one person
            if at > 0 and text[at - 1] in "“\"" and text.startswith(QUOTED_RUN_ENDS, end) \
                    and _no_person_opens(run):
                continue  # a title in marks, all of it: ‘Her new single, “Paper Boats,”’ (but ‘calls him “Mr. Trump”’)
            if text[max(0, at - 2):at] == ", " and text.startswith(",", end) \
                    and (before_work := text[max(0, at - 24):at - 2].rsplit(" ", 2))[-1].lower() \
                    in WORK_NOUNS_BEFORE and not (len(before_work) > 2 and before_work[-3].endswith("of")):
                continue  # a work's title set off after it: ‘In her 2003 book, Living History, Clinton noted’
                # (but ‘The author of the book, Mitchell Zuckoff, said’ names its author)
            if text.startswith(")", end) and _party_bracket_before(text, at) and gender_of(run.split()[0]) is None:
                continue  # a legislator's party and seat in brackets: ‘Chukwudi Nnaji (PDP, Enugu East) warned’
            if _capitals_label(text, at, end):
                continue  # a sign's or a label's words: ‘each labelled in capitals: BOILER HOUSE, STORE’
            pieces = _name_pieces(run)
            if pieces and pieces[0][0] == 0 and len(pieces[0][2]) > 1 and pieces[0][2][0].lower() in INVERTED_OPENERS \
                    and ((text.startswith(":", at + pieces[0][1])
                          and written_elsewhere(text, pieces[0][2][-1], text.find(pieces[0][2][-1], at)))
                         or ((len(pieces[0][2]) > 2 or pieces[0][2][0].lower() != "said")
                             and RE_SET_OFF_TO_COLON.match(text, at + pieces[0][1]) is not None)) \
                    and pieces[0][2][1] not in DESCENT_PARTICLES \
                    and not written_elsewhere(text, " ".join(pieces[0][2]), at):  # (never ‘Said Benali and his brother … Said Benali:’)
                # (nor a given name before a particle of descent: ‘Said bin Ali Al Rawahi, Undersecretary …, said:’)
                # (or one named in full, or after a cue word no name is, then what they are: ‘Said R. Kowalski,
                # MP for Dunmere: “…”’, ‘Says Marcus, a farmer from Tulla: “…”’)
                # an inverted cue before a colon, never a given name: ‘Said Huang: “…”’
                w0 = pieces[0][2][0]
                pieces = ((len(w0) + 1, pieces[0][1], pieces[0][2][1:]), *pieces[1:])
            if text.startswith("He ", at) and pieces and pieces[0][0] == 3 and (
                    (at > 1 and text[at - 2].islower() and text[at - 1] == " ")
                    or (len(pieces[0][2]) == 1 and end == at + pieces[0][1] and RE_HE_SURNAME_AFTER.match(text, end))):
                # "spokesman He Yadong": inside a sentence, "He" is the surname, never the pronoun; nor
                # where "He" and one capitalised word are the subject, set off with a description or
                # before a cue: "He Jun, a senior analyst, told …", "He Lifeng said"
                pieces = ((0, pieces[0][1], ("He", *pieces[0][2])), *pieces[1:])
            pieces = _with_month_given_name(text, at, run, pieces)
            pieces = _with_weekday_middle_name(text, at, run, pieces)  # (‘Ocheja Sunday Aboh’)
            # (a month as the given name of one described or speaking: "June Ostby, 71, a retired
            # schoolteacher", "April Nguyen, a nurse", "May Chen runs the clinic"; never "in June Smith said")
            if pieces and pieces[0][0] == 0 and pieces[0][2][0] == "Class" and at > 4 \
                    and RE_ORDINAL.fullmatch(text[max(0, at - 7):at - 1].rsplit(" ", 1)[-1]):
                # a rank's grade is no part of the name: "Sgt. 1st Class Dana Whitlow"
                pieces = ((6, pieces[0][1], pieces[0][2][1:]), *pieces[1:])
            for rs, re_, words in pieces:
                if at + re_ in self._nickname_runs:
                    continue  # (read with the surname after the nickname: ‘Sen. Ramon “Monching” Reyes’)
                rs, words = _past_lettered_kind(run, rs, words)
                rs, words = _past_office_place(text, at, run, rs, words)  # (‘Mayor of Haifa Yona Peretz’)
                if _participle_before_name(text, at + rs, words, at + re_) \
                        or _word_before_given(text, at + rs, words, given_names) \
                        or (len(words) > 1 and _indefinite_attributive(text, at + rs, words, at + re_)):
                    continue  # ‘Addressing Rohan, …’, ‘“Protect Shayla …”’: the object's given name alone;
                    # ‘a tense Beach Hut moment’: a show's name as an adjective
                if len(words) == 2 and words[0].rstrip(".").lower() in NICKNAME_ADDRESS_WORDS \
                        and self._addressed_nicknames and self._nicknames.get(words[1].lower()) is not None:
                    continue  # the nickname again, its word of address and all: ‘… Miss Dot said’
                if len(words) == 1 and text.endswith(KIN_WORD_ENDS, max(0, at + rs - 11), at + rs) \
                        and (surname := self._kin_surname(at + rs, words[0])) is not None:
                    words = (words[0], surname)  # (a given name alone after a kin word: ‘Benham’s mother Tracey’)
                if len(words) > 1:  # (a single word is no full name: spare the call)
                    self._flush(words, at + rs, at + re_)
                    if isinstance(known := self._people_of.get(words), Person):
                        given_names.add(known.name.split()[0])  # (without a title: "Dancer Tomas Varga")
        for m in first_line:
            run = m.group()
            if text.startswith(")", m.end()) and _party_bracket_before(text, m.start()) and gender_of(run.split()[0]) is None:
                continue  # (a seat, as in the body)
            for rs, re_, words in _with_month_given_name(text, m.start(), run, _name_pieces(run)):  # (as in the body)
                rs, words = _past_lettered_kind(run, rs, words)
                # a headline's verbs and gerunds are no part of a name ("Debating Clinton’s
                # character", "Rush Limbaugh Explains The Democrats")
                while len(words) > 1 and words[-1].lower() in SPEECH_VERBS:
                    words = words[:-1]
                    re_ = rs + run[rs:re_].rindex(words[-1]) + len(words[-1])
                while len(words) > 1 and words[0].lower().endswith(("ing", "ed")) and gender_of(words[0]) is None \
                        and words[0].lower() not in QUALIFIER_LEADS:  # (but "Acting Gov. X", "Retired Gen. X")
                    rs = run.index(words[1], rs + len(words[0]))
                    words = words[1:]
                known = self.by_surname.get(words[-1].rstrip(".").lower())
                size = len(known.name.split()) if known is not None else 0
                if 1 < size < len(words) and " ".join(words).endswith(" " + known.name) \
                        and not all(gender_of(w) is not None for w in words[:-size]) \
                        and known.name.split()[0] not in IRISH_SURNAME_PARTICLES:
                    # (but given names before it make one name: "María Fernanda Ruiz de la Torre"; and
                    # an Irish surname of several words is the body's surname alone: "Judge Nic Aodha")
                    # the body's full name without the headline's words before it ("Billionaire
                    # Mark Cuban …" is the body's Mark Cuban, whose role the body gives first)
                    rs = run.index(words[-size], rs + len(" ".join(words[:-size])))
                    words = words[-size:]
                self._flush(words, m.start() + rs, m.start() + re_)
        mononyms = []
        for trade in MONONYM_TRADES:  # (a search per trade: faster than a pattern over the whole text)
            i = text.find(trade)
            while i >= 0:
                m = RE_MONONYM_AFTER_TRADE.match(text, i) if i == 0 or not text[i - 1].isalnum() else None
                if m is not None and m.group(1)[0].isupper() and m.group(1)[1:].islower():
                    mononyms.append((m.start(1), m.group(1), None))
                i = text.find(trade, i + len(trade))
        set_off = RE_MONONYM_SET_OFF.finditer(text) if RE_TRADE_AFTER_THE.search(text) else ()
        for m in set_off:  # (only one that opens its sentence)
            before = text[max(0, m.start() - 2):m.start()]
            if m.start() == 0 or before.endswith("\n") or before in (". ", "! ", "? "):
                mononyms.append((m.start(1), m.group(1), m.group(2)))
        self._add_mononyms(mononyms)
        self._add_royals()
        if RE_MAIDEN_BRACKET.search(text) is not None:
            for m in RE_MAIDEN_NAME.finditer(text):  # "Doris (Lindqvist) Kessler": Doris Kessler
                if gender_of(m.group(1)) is not None:
                    self._flush((m.group(1), m.group(2)), m.start(1), m.end(2))
        for m in _couples(text):  # "Jean-Luc and Amélie Fournier": each of them
            g1, g2 = gender_of(m.group(1)), gender_of(m.group(2))
            before = text[max(0, m.start() - 24):m.start()].split()[-1:]
            if before and before[0][:1].isupper() and before[0].lower() not in FUNCTION_WORDS and not before[0].endswith(",") \
                    and (is_abbreviation(before[0].rstrip(".")) if before[0].endswith(".") else not _word_like(before[0])):
                continue  # (the first is a surname after a given name or a title: "Lindsey Graham and
                # David Perdue"; but an epithet may stand before it: "Siblings Dominic and Carla Reyes",
                # and an opening phrase: "On Saturday, Kenji and Yumiko Tanaka")
            if g1 is None and before and before[0] in PLACE_BEFORE_COUPLE:
                continue  # (a place, whose word no list gives as a name, after "in": never a couple's given
                # name: "(Reporting by Liz Tan in Beijing and Manuel Ortiz in Manila)" names no "Beijing Ortiz")
            known = self.by_surname.get(m.group(1).lower())
            stray = known is not None and g1 is not None and len(known.name.split()) == 2 \
                and gender_of(known.name.split()[0]) is None and any(e == m.end(1) for _, e in known.spots)
            if (g1 is not None or g2 is not None) and (known is None or stray) \
                    and m.group(1).lower() not in FUNCTION_WORDS \
                    and m.group(2).lower() not in FUNCTION_WORDS and not _name_goes_on(text, m.end()) \
                    and m.group(3).lower() not in ORG_WORDS and m.group(3).lower() not in BUSINESS_WORDS \
                    and m.group(3).lower() not in COUPLE_NOT_SURNAMES and not m.group(3).endswith(("’s", "'s")):
                # (one given name the lists know is enough: "Theo and Jess Albright"; never "Johnson
                # and Johnson Inc.")
                if stray:  # ("Siblings Dominic": a word before a given name, read as a name)
                    del self.by_surname[m.group(1).lower()]
                self._couple_starts.add(m.start(1))  # (two people, whatever the lists say of the first name)
                self._flush((m.group(1), m.group(3)), m.start(1), m.end(1))
                if g2 is None:
                    self._flush((m.group(2), m.group(3)), m.start(2), m.end())
        named_once = []  # (after the couples: "Jean-Luc, 61," is Jean-Luc Fournier's given name)
        for m in RE_AGE_SET_OFF.finditer(text):  # "Amina, 34, who did not give her surname, said"
            w = RE_LAST_CAPWORD.search(text, max(0, m.start() - 40), m.start())
            if w is None or RE_ANIMAL_AFTER.match(text, m.end()):
                continue  # (never an animal: "Juno, a 14-year-old otter,")
            before = text[max(0, w.start() - 5):w.start()]
            if w.start() == 0 or before.endswith(("\n", ". ", "! ", "? ", "” ", '" ')) or before.endswith((" was ", " is ")) \
                    or (gender_of(w.group()) is not None and (
                        # after a trade in lower case ("lifelong supporter Gustavo, 58,", "Fifth-form
                        # student Tiana, 16,") or an opening phrase ("Outside the courthouse, Rosa, 58,")
                        ((prev := text[max(0, w.start() - 24):w.start()].split()[-1:]) and (
                            prev[0] in ROLE_NOUNS or prev[0].rstrip(",") in CHILDREN_WORDS))  # (‘two children, Mia, 9,’)
                        or (before.endswith(", ") and self._after_opening_phrase(w.start() - 2, w.start())))):
                named_once.append((w.start(), w.group(), None))
        for at, given in given_names_alone(text):  # a parent or a child by a given name alone
            before = text[max(0, at - 16):at].rstrip(", ").lower()
            grouped = before.endswith(ONE_OF_GROUP_NOUNS) or before[:-1].endswith(ONE_OF_GROUP_NOUNS)  # (‘One of the workers, Bikash,’)
            withheld = RE_SURNAME_WITHHELD.search(text, at, min(len(text), at + 160)) is not None
            if (gender_of(given) is not None or grouped or withheld) and not self._in_headline(at) and (
                    given.lower() not in PLACE_GIVEN_NAMES
                    or any(text.startswith(", a " + w, at + len(given)) for w in PARENT_OR_PUPIL) or grouped):
                # (one of a group is a person whatever the name: ‘His partner, Keisha,’)
                # (never "Virginia, whose governor", "Jordan said"; but "Victoria, a mother of four,")
                surname = self._kin_surname(at, given)
                if surname is not None:  # (a parent's or a child's given name with the family's surname)
                    self._flush((given, surname), at, at + len(given))
                    continue
                named_once.append((at, given, None))
        for key in (" from ", " in ", " near "):  # (a search per word, then the pattern where one may match)
            i = text.find(key)
            while i >= 0:
                if not text[i + len(key):i + len(key) + 1].isupper():
                    i = text.find(key, i + len(key))
                    continue  # (a place's capital first: most of these words stand before a lower-case one)
                w = i
                while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
                    w -= 1
                if w < i and text[w].isupper() \
                        and (m := RE_GIVEN_FROM_PLACE.search(text, max(0, w - 24), i + 120)) is not None and m.start(1) == w \
                        and (gender_of(m.group(1)) is not None or m.group().startswith(("Caller", "Listener", "Viewer", "Reader", "Another", "One"))) \
                        and m.group(1).lower() not in PLACE_GIVEN_NAMES and not RE_TIME_AFTER_IN.match(text, m.end(1)):
                    # (never a place or a club: ‘Victoria in April said’, ‘Chelsea in January said’)
                    named_once.append((m.start(1), m.group(1), None))
                i = text.find(key, i + len(key))
        i = text.find(" named ")
        while i >= 0:  # ‘A pick packer named Lina said’: a person named by a given name alone
            m = RE_NAMED_GIVEN.match(text, i)
            if m is not None and RE_NAMED_BEFORE.search(text, max(0, i - 50), i + 7) is not None:
                named_once.append((m.start(1), m.group(1), None))
            i = text.find(" named ", i + 7)
        for m in (RE_AGED_GIVEN.finditer(text) if "-year-old " in text else ()):  # ‘One of them, nine-year-old
            # Danylo, said he wanted to be a pilot’: a child or an adult named by an age and a given name alone
            low = m.group(1).lower()
            if low not in DEMONYMS and low not in FAITHS and low not in PARTY_WORDS and low not in FUNCTION_WORDS \
                    and low not in NOT_NAMES and low not in ONE_WORD_PLACES and low not in self.by_surname \
                    and not RE_ANIMAL_AFTER.match(text, m.end()) and not self._in_headline(m.start()):
                named_once.append((m.start(1), m.group(1), None))
        i = text.find(", identified ")
        while i >= 0:  # ‘The boy’s father, identified by the consulate as Fermín,’: a given name alone
            m = RE_IDENTIFIED_GIVEN.search(text, max(0, i - 60), i + 80)
            if m is not None and m.start(1) > i and (low := m.group(1).lower()) not in DEMONYMS and low not in FAITHS \
                    and low not in PARTY_WORDS and not self._in_headline(i):
                named_once.append((m.start(1), m.group(1), None))
            i = text.find(", identified ", i + 13)
        alias_sexes: dict[int, tuple[str, str]] = {}
        for key in (" who ", " with the "):  # the one name an unnamed source is given: ‘a commander who
            # goes by the call sign Falcon’ (then "Falcon said")
            i = text.find(key)
            while i >= 0:
                m = RE_ALIAS.match(text, i)
                if m is not None and _alias_one_name(m.group(2)):
                    named_once.append((m.start(2), m.group(2), None))
                    if (sex := alias_gender(m)) is not None:
                        alias_sexes[m.start(2)] = (m.group(2), sex)
                    if key == " who " and RE_SUBJECT_SET_OFF.search(text, max(0, i - 120), i + 5) is not None:
                        self._spoke_at.add(m.start(2) + m.group(2).rfind(" ") + 1)  # the subject the clause
                        # names: ‘Another woman in the queue, who gave her name only as Jo, was more
                        # sympathetic.’ (a "she" after is Jo); a kunya where the stream of mentions finds
                        # it, at its last word (‘… as Abu Elie’)
                i = text.find(key, i + len(key))
        self._add_mononyms(named_once, given_names=True)
        for at, (word, sex) in alias_sexes.items():  # the sex the alias clause tells, when the lists know
            # not the name: ‘Another woman, who gave her name only as Jo,’ (then "she said" is Jo's)
            p = self.by_surname.get(surname_key(word.split()))
            if p is not None and p.gender is None and p.spots and p.spots[0][0] == at:
                p.gender = sex

    def _kin_surname(self, at: int, given: str) -> str | None:
        """The surname of the family of a parent, child or sibling named at ``at`` by a given name alone
        after the kin word of someone the article names in full: ‘Benham’s mother Tracey’ (the owner by
        the surname), ‘trained by Jimmy Kehoe and ridden by his son Dara’ (the owner by "his" or "her":
        the last one named in full of that sex, in the same sentence). So the kin is one of the family
        (Tracey Benham, Dara Kehoe), never a one-word speaker beside them. None unless the kin is
        blood kin or a parent (:data:`FAMILY_KIN_SEX`: never a wife or a partner, who may keep another
        surname), the kin word's sex is the given name's (where the lists know it), the owner by the
        surname is one person, and the given name is no other person's first name in the article."""
        m = RE_KIN_GIVEN_BEFORE.search(self.text, max(0, at - 60), at)
        if m is None or self._in_headline(at):
            return None
        sex = FAMILY_KIN_SEX[m.group(3)]
        if sex_of_given_name(given) not in (None, sex):
            return None
        if any(q.name.split()[0] == given for q in self._named_in_full()):
            return None  # (someone named in full by that given name: the kin is no new person)
        if m.group(2) is not None:  # (‘Benham’s mother Tracey’)
            key = m.group(2).lower()
            owner = self.by_surname.get(key)
            if owner is None or self.namesakes.get(key) or owner.kind != "name" or " " not in owner.name \
                    or owner.name.split()[-1] != m.group(2):
                return None
            if owner.gender == "f" and m.group(3) in ("mother", "father", "brother", "sister"):
                return None  # (guard: a woman's parents and siblings may keep her maiden name)
            return m.group(2)
        owner_sex = "m" if m.group(1).lower() == "his" else "f"
        text = self.text
        lo = max(text.rfind(end, 0, m.start()) for end in (". ", "\n", "! ", "? ", "” ", '" '))
        near = [q for q in self._named_in_full() if any(lo < s < m.start() for s, _ in q.spots)]
        owners = [q for q in near if q.gender == owner_sex] or [q for q in near if q.gender is None]
        if len(owners) != 1:
            return None  # (one named in full in the sentence before the kin word, of that sex, else of none known)
        if owner_sex == "f" and m.group(3) in ("mother", "father", "brother", "sister"):
            return None  # (guard: a woman's parents and siblings may keep her maiden name: ‘Laura Kenny … her
            # mother, Glenda’ is no Glenda Kenny)
        if len(owners[0].name.split()) != 2:
            return None  # (guard: a name of three words may be written surname first: ‘Tan Wei Ming … his son,
            # Arjun’ is no Arjun Ming)
        after = max(s for s, _ in owners[0].spots if lo < s < m.start())
        if RE_PERSON_NOUN_BETWEEN_GUARD.search(text, after, m.start()) is not None:
            return None  # (guard: "his" or "her" may be another's, a person noun between: ‘Paul Evans said the boy
            # was reported missing by his father, Gareth’ is no Gareth Evans)
        last = owners[0].name.split()[-1]
        return last if last[:1].isupper() and last[1:].islower() else None

    def _sexes_told(self) -> None:
        """The sex the text itself says someone is, over the one the lists give the given name: ‘Bernie
        Walsh, the union’s first woman branch secretary,’, ‘Bernie was also the first woman in the region’
        (a woman: "she" is hers). One regex pass; only for someone the written name names alone (a
        surname no namesake shares, a given name one person opens with), and never when the text
        says both sexes of them. And a noun of one sex before the name it is given: ‘a young man
        named Pom Saetang’ (:data:`RE_SEX_NAMED`)."""
        told: dict[int, tuple[Person, set[str]]] = {}
        hint: dict[int, tuple[Person, set[str]]] = {}
        firsts: dict[str, Person | None] | None = None
        text = self.text  # (a name given needs " named " or " called ": a search spares the pattern's pass)
        named_at = RE_SEX_NAMED.finditer(text) if _sex_noun_named(text) else ()
        for m in itertools.chain(RE_SEX_SAID_OF_NAME.finditer(text), named_at):
            named = m.re is RE_SEX_NAMED  # (‘a young man named Pom Saetang’: the name after its noun)
            words = [w for w in m.group(2 if named else 1).split() if w.rstrip(".").lower() not in HONORIFICS]
            if not words or self._in_headline(m.start()):
                continue
            key = cast_key(words)
            p = self.by_surname.get(key)
            if self.namesakes.get(key) or (p is not None and not (p.name == " ".join(words) or p.name.endswith(" " + " ".join(words)))):
                p = None
            if p is None and len(words) == 1:
                if firsts is None:
                    firsts = {}
                    for q in self._named_in_full():
                        first = q.name[:q.name.index(" ")].lower()
                        firsts[first] = None if first in firsts else q
                p = firsts.get(words[0].lower())
            if p is None or p.kind != "name" or " " not in p.name:
                continue
            weak = not named and (m.group(5) or m.group(6)) is not None
            if weak:  # (‘Holloway, for his part,’; ‘Haldane finished at 15-under. He started …’)
                if gender_of(words[0]) is not None or p.gender is not None and " " in " ".join(words):
                    continue  # (only a given name no list knows)
                sex = "m" if (m.group(5) or m.group(6)).lower() in ("he", "his") else "f"
                if m.group(6) and OTHER_SEX[sex].search(self.text, m.end(1), m.start(6)):
                    continue  # (never when the sentence speaks of another: ‘Kim hugged his wife. She …’)
                if m.group(6) and any((w in DESCRIPTION_NOUNS or w in ROLE_NOUNS or w in RIVAL_NOUNS) and w not in THING_NOUNS
                                      for w in regex.findall(r"[a-z][a-z\-]+", self.text[m.end(1):m.start(6)])):
                    continue  # (nor when it names another by a noun the "He" may stand for: ‘Kerry Pask lost to the
                    # defending champion in straight sets. He was simply too good …’)
                hint.setdefault(id(p), (p, set()))[1].add(sex)
                continue
            sex = SEX_NOUNS[m.group(1)] if named else SEX_NOUNS[m.group(2)] if m.group(2) \
                else "m" if (m.group(3) or m.group(4)) in ("he", "himself") else "f"
            if not named and m.group(4) and OTHER_SEX[sex].search(self.text, m.end(1), m.start(4)):
                continue  # (never when the clause speaks of another: ‘Walsh, who met her on Monday, said she’)
            told.setdefault(id(p), (p, set()))[1].add(sex)
        for p, sexes in told.values():
            if len(sexes) == 1 and p.gender != (sex := next(iter(sexes))):
                p.gender = sex
        for p, sexes in hint.values():  # (the weaker signs: only where nothing stronger told a sex)
            if len(sexes) == 1 and p.gender is None and id(p) not in told:
                p.gender = next(iter(sexes))

    def _add_mononyms(self, mononyms: list[tuple[int, str, str | None]], given_names: bool = False) -> None:
        """People the article names by one word (where, the word, a role): "Pop star Vesper", "DJ
        Solstice", "Kairo, the lead vocalist of …"; with ``given_names``, a known given name too
        ("Amina, 34,"), unless it is the given name of someone named in full."""
        text = self.text
        for at, word, role in mononyms:
            low = surname_key(word.split())  # (a kunya by its last word, as its bearer's name is keyed: "Abu Elie")
            if low in self.by_surname or low in FUNCTION_WORDS or low in NOT_NAMES_ALONE \
                    or (gender_of(word) is not None and not given_names) \
                    or low in NOT_NAMES or self._first_word_people().get(low) is not None \
                    or self.first_surname_owner(word) is not None or self.called_after_lead(word) is not None:
                continue  # (a surname or a given name of someone named in full is theirs, and so is
                # the first of two surnames: ‘Daniel Arosemena Carrión … Arosemena, 42, has made’, and the
                # given name after a Malay lead: ‘Nur Aina Hassan … Aina, a mother of three,’)
            stage = text[max(0, at - 3):at] in ("DJ ", "MC ")
            p = Person(text[at - 3:at] + word if stage else word, roles=[role] if role else [], gender=gender_of(word))
            p.spots.append((at, at + len(word)))  # ("DJ Solstice": the letters are part of a stage name)
            p.named = 1
            self.by_surname[low] = p
        if mononyms:
            self._first_words = None  # (the table by first words is made again, once, with them)
            self._inner_words = None

    def _add_royals(self) -> None:
        """Royals and pontiffs the article names by a style and one name ("King Aldric", "Crown
        Princess Mireille", "Pope Leo"): the style is part of the name they are known by, and
        tells their sex ("the King", "she" find them)."""
        if not any(style in self.text for style in ROYAL_STYLE_WORDS + KNIGHTLY_STYLES):
            return
        for m in RE_ROYAL_MONONYM.finditer(self.text):
            style, word = m.group(1), m.group(2)
            low = word.lower()
            if low in FUNCTION_WORDS or low in NOT_NAMES or low in NOT_NAMES_ALONE or low in ORG_WORDS \
                    or low in PLACE_HEADS or self.common_word(word, m.start(2)) \
                    or self._first_word_people().get(low) is not None \
                    or self.text.startswith((" bin ", " ibn ", " bint ", " al-", " el-"), m.end(2)) \
                    or (style in KNIGHTLY_STYLES and _named_in_full(self.text, m.group())):
                continue  # (never "Duke University", "King Street", "Prince Alwaleed bin Talal"; "Sir
                # John" is Professor Sir John Curtice when the article names him so)
            known = self.by_surname.get(low)
            if known is None:
                known = Person(f"{style} {word}", roles=[style], gender=STYLE_SEX[style.split()[-1].lower()])
                known.titled = True
                self.by_surname[low] = known
                self._first_words = None
            elif known.name != f"{style} {word}":
                continue  # (a surname or a name already known otherwise is theirs)
            known.spots.append((m.start(2), m.end(2)))
            known.named += 1

    def _nicknamed(self, at: int) -> None:
        """A name around a nickname in marks, whose surname starts at ``at``: ‘Stanisław “Stan”
        Kowalczyk’, ‘Dwayne "The Rock" Johnson’ (when the given name or the nickname is a known
        given name)."""
        given = RE_NICKNAME_BEFORE.search(self.text, max(0, at - 48), at)
        surname = RE_SURNAME_WORD.match(self.text, at)  # (an apostrophe's inside: "O’Neill")
        nick = (given.group(2) or given.group(3) or given.group(4)) if given is not None else ""
        suffix = RE_SUFFIX_AFTER_SURNAME.match(self.text, surname.end()) if surname is not None else None
        name_end = suffix.end() if suffix is not None else surname.end() if surname is not None else at
        if given is not None and surname is not None \
                and (gender_of(given.group(1)) is not None or gender_of(nick) is not None
                     or nick.startswith(NICKNAME_ARTICLES)
                     or RE_AGE_AFTER.match(self.text, surname.end()) is not None  # (a person's age set off after
                     # it: ‘Barangay Captain Eleuterio “Toto” Abellana, 61.’)
                     or (not given.group(1).endswith(("’s", "'s", "s’", "s'")) and given.group(1).lower() not in NOT_NAMES
                         and surname.group().lower() not in BUSINESS_WORDS and surname.group().lower() not in ORG_WORDS
                         and (self._speaks_alone_later(surname.group(), surname.end())
                              or self.text.startswith(PERSON_AFTER_NICKNAME, surname.end())))) \
                and not _name_goes_on(self.text, name_end):
            # (a given name no list holds when the surname speaks alone later: ‘Jalen “Juice” Carter
            # ran for 142 yards. … “…,” Carter said’, or a person's clause or cue follows the name:
            # ‘snake catcher Dean ‘Dingo’ Whitford, who relocates snakes, said’)
            words, start = self._titled_before_nickname(given.start(1), given.end(1))
            full = (*words, surname.group(), *((suffix.group(1),) if suffix is not None else ()))
            self._flush(full, start, name_end)  # (with a generational suffix: ‘Rodolfo “Dolfo” Macaraeg Jr.’)
            person = self._people_of.get(full)
            written, nick = nick, _nickname_word(nick)
            if isinstance(person, Person) and nick.isalpha() and nick[:1].isupper() and nick.lower() not in NOT_NAMES \
                    and nick != words[0]:  # (the nickname alone later is the person: ‘Patrick “Paddy” Ruane … Paddy said’)
                if nick != written:  # (never a name of its own: "Miss Dot" is Dorothy Haskins)
                    self._addressed_nicknames.add(given.end(1) + 2)
                key = nick.lower()
                self._nicknames[key] = person if self._nicknames.get(key, person) is person else None
                self._nicknames_written[key] = nick
            elif isinstance(person, Person) and _two_word_nickname(written, words):
                self._nickname_of_two_words(written, person, given.end(1) + 2)

    def _nickname_of_two_words(self, nick: str, person: Person, at: int) -> None:
        """A nickname of two words in marks inside a name, a word before a name (‘David ‘Big Davie’
        Imrie’, ‘Thomas “Wee Tam” Baird’): the run in the marks is no one else, the two words written
        later are the person (‘seconded by Big Davie’), and so is the name alone (‘Davie said’)."""
        pair = tuple(nick.split())
        self._addressed_nicknames.add(at)  # (the run inside the marks is no name of its own)
        self._nickname_pairs[pair] = person if self._nickname_pairs.get(pair, person) is person else None
        if self._people_of.get(pair) is None:
            self._people_of[pair] = person  # (later runs of the two words add to the person's spots)
        key = pair[1].lower()
        if key not in self.by_surname:
            self._nicknames[key] = person if self._nicknames.get(key, person) is person else None
            self._nicknames_written[key] = pair[1]

    def _titled_before_nickname(self, start: int, end: int) -> tuple[tuple[str, ...], int]:
        """The words of the name a capitalised run ending with the given name at ``start``–``end``
        holds (a title with it: ‘Sen. Ramon “Monching” Reyes’, ‘Barangay Captain Eleuterio “Toto”
        Abellana’) and where they start; else the given name alone. The run is then read as part of the
        full name, never as a name of its own (no "Sen. Ramon")."""
        for m in RE_NAME_RUN.finditer(self.text, max(0, start - 60), end):
            if m.end() == end:
                pieces = _name_pieces(m.group())
                if pieces and m.start() + pieces[-1][1] == end and len(pieces[-1][2]) > 1:
                    self._nickname_runs.add(end)
                    return pieces[-1][2], m.start() + pieces[-1][0]
        return (self.text[start:end],), start

    def _speaks_alone_later(self, surname: str, after: int) -> bool:
        """The surname speaks alone somewhere after ``after``: ‘Carter said’, ‘said Carter’, ‘Carter added’,
        or opens a paragraph set off (‘Mahlangu, a former Comets midfielder, …’)."""
        text = self.text
        return any(text.find(surname + cue, after) >= 0 for cue in (" said", " says", " told", " added", " adds")) \
            or any(text.find(cue + surname, after) >= 0 for cue in ("said ", "says ", "added ", "asked ")) \
            or text.find("\n" + surname + ", ", after) >= 0

    def _full_names_given(self) -> None:
        """A fuller name the article gives for one it named shorter (‘Omar Khasawneh … Khasawneh, whose
        full name is Omar Suleiman Khasawneh,’): the person's canonical name, where its first and last
        words are theirs (never another's: ‘Roe, whose full name is Anna Roe’ beside a Bill Roe stays his)."""
        if "whose full name is" not in self.text:
            return
        for m in RE_FULL_NAME_GIVEN.finditer(self.text):
            words = m.group(1).split()
            if self.text[max(0, m.start() - 40):m.start()].rsplit(None, 1)[-1:] != words[-1:]:
                continue  # (only the surname set off before it: never ‘His son, whose full name is Tom Henry Grey,’
                # beside a father Tom Grey; guard, review rv62b)
            p = self.by_surname.get(surname_key(words))
            if p is not None and len(written := p.name.split()) < len(words) and written[0] == words[0] \
                    and written[-1] == words[-1] and all(w in words for w in written):
                p.name = " ".join(words)

    def _flush(self, words: tuple[str, ...], start: int, end: int) -> None:
        if len(words) >= 2 and words[0] in INTERVIEW_LABELS and interview_label_at(self.text, start):
            start = self.text.index(words[1], start)  # an answer's label, no initial: ‘A. Ivo says that …’
            words = words[1:]
        if len(words) < 2:
            return
        known = self._people_of.get(words, False)
        if known is False:
            self._people_of[words] = known = self._add_full_name(words, start)
        if isinstance(known, Person):
            known.spots.append((start, end))
            known.named += 1
            if self.text.startswith(", who ", end):
                known.who = True
            before = self.text[max(0, start - 16):start].lower().split()
            the = bool(before) and before[-1] == "the"
            if the:  # "in the South China Sea"
                before.pop()
            if (before and (before[-1] in PLACE_WORDS_BEFORE or (before[-1] == "from" and words[-1] in STREET_HEADS))) \
                    or (the and words[0] == known.name.split()[0] and not _attributive(self.text, end)):
                known.named_as_place += 1  # (and a name after "the" alone, no title between, is a
                # body's or a place's: "the Desert Valley Scorpions", "The Lakeshore Lynx have traded")

    def _add_full_name(self, words: tuple[str, ...], at: int = 0) -> Person | None:
        if len(words) == 2 and words[0].lower() in SOLDIER_RANK_WORDS and _ranked_in_full(self.text, words):
            return None  # a soldier's rank written out before the surname of one the article names in full:
            # "Private Enright" of Private Thomas Enright, no name of its own (but "Private Eye" stays whole)
        lead = words[0] if len(words) > 1 and words[0].lower() in QUALIFIER_LEADS else None
        if lead is not None:
            words = words[1:]  # a sentence's "Former" is no name's ("Former Ridgeway captain Simon Lowe"),
            # but the title's ("Former President Barack Obama")
        title, name, honorific = _title_split(words)
        if title == words[0] and len(name) >= 2 and _style_given_after_office(self.text, at, words):
            title, name = None, words  # (a ruler's style that is a given name, after another's office in lower
            # case before the run: ‘Festival chairman Sultan Hamad Al Dhaheri’ is Sultan Hamad Al Dhaheri)
        if _initials_not_style(words, name, self.by_surname, self.text):
            name, honorific = words, None  # (guard, review rv61a: "H.E. Carrow, a retired engineer")
        if lead is not None and title is not None:
            title = f"{lead} {title}"
        if len(name) > 2 and (k := _unit_words_before_name(name)):
            name = name[k:]  # a numbered unit's name before the person's: ‘Superintendent of Industrial Police-2
            # Md Kamrul Islam’, ‘commander of Battalion-14 Abdul Karim’ (its words the role's, never the name's)
        if name and len(name) >= 2 and not honorific and not _after_capital_office(self.text, at):
            # a headline's words before a name ("Top Clinton adviser", "Railing Against Trump"):
            # a word the article also writes in lower case is not part of a name
            # (every word is asked, in order: a word's answer is decided around its first use)
            cut = -1
            for i in range(len(name) - 1):
                if name[i][:1].isupper() and self.common_word(name[i], at) and not (i == 0 and name[i] == "He") \
                        and not (i == 0 and title is not None and name[i].lower() in SPEECH_VERBS and not self._in_headline(at)) \
                        and not (name[i + 1] in DESCENT_PARTICLES and not _opening_word_not_name(name[i])):
                    cut = i  # (never "de" of "Femke de Vries"; nor the surname "He", which reaches here only
                    # where the run was read as a name: "spokesman He Yadong", "He Jun, a senior analyst,"; nor a
                    # verb's word after a title in the body, which a verb there never is: "Health Minister Said Hamad";
                    # nor a given name before a particle of descent: "Said bin Ali Al Rawahi")
            name = name[cut + 1:]
        if len(name) > 2 and not honorific and (title is not None or self.text.endswith(" the ", 0, at)) \
                and (k := place_written_alone_before(self.text, name, self.text.find(" ".join(name), at))):
            name = name[k:]  # a place, a state or a chamber after an office, glued before the name, that the
            # article writes on its own elsewhere: ‘Advocate General Punjab Waseem Abbas Naqvi’ (w60a)
        office = self.text[max(0, at - 24):at - 4].split()[-1:] if self.text.endswith(" of ", 0, at) \
            else _office_of_state_before(self.text, at) or self.text[max(0, at - 25):at - 5].split()[-1:] \
            if self.text.endswith(" for ", 0, at) \
            else (m.group(1),) if self.text.endswith(" and ", 0, at) and (m := RE_OFFICE_AND.search(self.text, max(0, at - OFFICE_REACH), at)) \
            else []
        if len(name) > 2 and title is None and office and (office[0].lower() in ROLE_NOUNS or (
                office[0].lower() in OFFICE_BODIES and name[0].lower() in OFFICE_WORDS)):
            # "Secretary of State Madeleine Albright", "Chief of Staff Denis McDonough", "Commissioner
            # for Trade Jan-Willem ter Horst", "Spokeswoman of the Ministry of Foreign Affairs Doan Thi
            # Mai": the run after "of" or "for" opens with the office's name (never "the mayor of New
            # York City")
            k = 0
            while k < len(name) - 2 and name[k].lower() in OFFICE_WORDS and gender_of(name[k]) is None:
                k += 1
            if not k and len(name) == 3 and office[0][:1].isupper() and _word_like(name[0]) \
                    and gender_of(name[0]) is None and gender_of(name[1]) is None and name[1].lower() not in PARTICLES:
                k = 1  # (one word of the office that reads as an English word, before a name of two no
                # list holds: "Director of Vigilance Sanjukta Mohapatra")
            if not k and _office_word_before_given(office[0], name):
                k = 1  # "Professor of Sociology Renée Castellanos", "Dean of Admissions Carla Ruiz"
            if not k and self.text.endswith(" for ", 0, at) and _seat_before_given(office[0], "for", name):
                k = 1  # a member's seat: "Independent Member for Clarence David Renshaw"
            cut = k or _office_words_before_given(name) or _place_words_before_name(name, office[0]) \
                or _place_before_given(name) or _remit_before_particle_name(name)
            if cut and name[cut - 1].rstrip(".").lower() in NAME_LEADS:
                cut -= 1  # (a given name's abbreviation is the name's: ‘… Battalion-14 Md Abdul Karim’)
            name = name[cut:]
        elif len(words) > 2 and title is not None and office and office[0].lower() in ROLE_NOUNS \
                and _office_words_before_given(words):  # ("Director of Student Conduct Alan Pryce": a word
            # of the office read as a title, "Student", and one no list holds, "Conduct")
            title, name = None, words[_office_words_before_given(words):]
        elif len(name) > 2 and title is None and (post := _posted_to(self.text, at, name)) is not None:
            # "Chinese Ambassador to Argentina Li Deming", "U.S. Ambassador to Japan Rahm Emanuel":
            # the run after an envoy's "to" opens with the place (never "to Argentina Li Deming")
            title, name = post
        if len(name) > 2 and title is None and (k := _body_words_before_holder(name) or _initial_after_body_words(name)) \
                and _after_linked_office(self.text, at):
            name = name[k:]  # a body after an office's "in the", "to the" or the "and" of its remit, before a
            # name no list holds: ‘Minister in the Presidency Khumbudzo Ntshavheni’, ‘Special Adviser to the
            # President on Media and Publicity Femi Adesina’ (the office is the mention's role)
        if title is None and office and office[0].lower() in ROLE_NOUNS and 0 < len(name) < len(words) \
                and words[-len(name):] == name and (all(w.lower() in OFFICE_WORDS for w in words[:-len(name)])
                                                    or _office_for_place(office[0], words[:-len(name)])
                                                    or _place_before_given(words) == len(words) - len(name)):
            # the office is the title ("Secretary of State Madeleine Albright … the secretary said")
            m = RE_OFFICE_AND.search(self.text, max(0, at - OFFICE_REACH), at) if self.text.endswith(" and ", 0, at) \
                else RE_TITLE_BEFORE_PREP.search(self.text, max(0, at - 60), at)
            opening = self.text[m.start(1):at].rstrip() if m is not None and m.re is RE_OFFICE_AND \
                else _title_before_prep(m) if m is not None else office[0]
            title = f"{opening} {' '.join(words[:-len(name)])}"  # ("Minister for Culture, Tourism and Civil Aviation")
        elif title is None and office and office[0].lower() in OFFICE_BODIES and 0 < len(name) < len(words) \
                and words[-len(name):] == name and (opening := _office_opening_body(self.text, at)) is not None:
            title = f"{opening} {' '.join(words[:-len(name)])}"  # (an office of a body named after its "of":
            # ‘Deputy Spokesperson of the Ministry of Foreign Affairs Đỗ Thanh Nga’ … "the deputy spokesperson")
        if len(name) == 2 and name[0].lower() in STYLE_TITLES and title is None and gender_of(name[1]) is None \
                and (q := self.by_surname.get(surname_key(name))) is not None and not q.name.startswith(name[0] + " ") \
                and self._holds_style(q, name[0]):
            return None  # a style and a surname, no full name: "Deacon Freeman" (of Deacon Willie Freeman;
            # but "Dean Baker" is a name, unless a Baker named in full before is a dean: "Vikram Amar, dean
            # of …, … Dean Amar"; never "Dean and Patty Schroeder")
        if len(name) == 2 and title is None and name[0].isupper() and name[0].lower() in OFFICE_LETTERS \
                and self._given_name_before(name[1]):
            return None  # an office's letters and a surname: "CS Koech" of Education Cabinet Secretary Julius
            # Koech, whoever the article names first (never "CS Lewis", with no Lewis named in full)
        rank = len(words) == 2 and title == words[0] and words[0].lower() in SPELLED_RANKS and name[0].isalpha() \
            and name[0][1:].islower() and name[0].lower() not in ROLE_NOUNS and name[0].lower() not in ONE_WORD_PLACES \
            and not self.common_word(name[0], at)  # a rank and a surname: "General Petraeus said" (never
        # "General Assembly", "Inspector General")
        if not name or _is_organisation(name) or len(name[-1]) < 2 or (len(name) < 2 and not honorific and not rank) \
                or (len(name) == 2 and name[0].lower() in COMPASS_WORDS and name[1].lower() in DEMONYMS) \
                or (len(name) == 2 and name[-1].lower() in ROLE_NOUNS and name[0].lower() in TITLE_QUALIFIER_WORDS) \
                or ends_in_title(name) \
                or (len(name) < 2 and honorific in GIVEN_NAME_HONORIFICS) \
                or (len(name) == 2 and name[0].lower() in RELIGIOUS_STYLES) \
                or (name[0].lower() in NUMBER_NAMES and title is None):
            return None  # ("Sir Malcolm" is a knight's given name: Sir Malcolm Pryce's, found later; a
            # count opens no one's name: a headline's "Twelve Hours in Bay 4")
        full = " ".join(name)
        where = len(words) - 1 - list(reversed(words)).index(name[0]) if name[0] in words else 0
        if len(name) == 1 and where >= 1 and words[where - 1].rstrip(".").lower() in PEER_STYLES:
            full = f"{words[where - 1]} {full}"  # a peer's style is part of the name: "Lord Fennimore"
            # (right before it: never "Lord Justice Singh"; "Lord Pannick KC" is Lord Pannick)
        surname = cast_key(name)
        by_honorific = GENDERED_HONORIFICS.get(honorific) if honorific is not None \
            and not (honorific == "lord" and title is not None and title.startswith(words[0] + " ")) else None
        # ("Lord Mayor Annette Holloway": the style of an office, which tells no sex, never a peer's)
        gender = by_honorific or sex_of_given_name(name[0]) or GIVEN_MONTH_SEX.get(name[0]) if len(name) > 1 else by_honorific
        if len(name) > 2 and name[-2] in IRISH_PARTICLE_SEX and by_honorific is None:
            gender = IRISH_PARTICLE_SEX[name[-2]]  # an Irish surname's particle tells the sex, over a given name
            # both sexes bear: ‘Bernie Ní Ruairc’, ‘Nóra Uí Cheallaigh’ (women), ‘Seán Ó Briain’ (a man)
        if gender is None or (by_honorific is None and name[0].lower() in SHARED_GIVEN_NAMES):
            # the noun before the name: "His granddaughter, Keisha Whitley,", "9/11 widow Terry
            # Strada" (a woman, whatever "Terry" says; but a "spokesman" or an "actor" may be a
            # woman: "Trump spokesman Hope Hicks")
            kin = self._kin_word_before(at) if RE_KIN_OPENING.search(self.text, max(0, at - 40), at) else None
            prev = self.text[max(0, at - 16):at].split()[-1:] if title is None else []
            noun = kin or (prev[0] if prev and prev[0] in FAMILY_NOUNS else None)  # (never "Drag queen Jordan Marx")
            gender = GENDERED_NOUNS.get(noun or "") or gender
        p = self.by_surname.get(surname)
        if p is not None and " " in p.name and full.endswith(" " + p.name) \
                and (all(gender_of(w) is not None for w in name[:len(name) - len(p.name.split())])
                     or _irish_surname_alone(p.name.split(), Person(full))) \
                and (not p.spots or at < p.spots[0][0]):  # (a first line read late; never a daughter named after her father)
            p.name = full  # a surname of several words met first, then the full name: "Ruiz de la
            # Torre" is María Fernanda Ruiz de la Torre (given names only before it, never "Jeb Bush Hits";
            # or one word before an Irish surname of several: "Ní Chonaill" is Gráinne Ní Chonaill)
            p.gender = p.gender or gender
        elif p is not None and len(name) > 2 and p.name.endswith(" " + full) and name[1].lower() in PARTICLES:
            return p  # (and the other way round: the surname "Ruiz de la Torre" after the full name)
        elif p is not None and _irish_surname_alone(name, p):
            if title and title not in p.roles:
                p.roles.append(title)
            return p  # (and an Irish surname of two or three words after the full name, with a title or an honorific:
            # "Judge Ní Bhriain" of Siobhán Ní Bhriain, "Mr Ó Snodaigh" of Aengus Ó Snodaigh; never another's
            # given name)
        if p is not None and len(name) > 1 and _other_given_name(name, p) and name[0].lower() not in PARTICLES \
                and not (_suffix(p.name.split()) and not _suffix(name)) \
                and (gender_of(name[0]) is not None or sex_of_given_name(name[0]) is not None or title is not None or len(name) > 2
                     or self._namesake_of(surname, name) is not None or self._kin_before(at) or at in self._couple_starts
                     or RE_AGE_AFTER.match(self.text, at + len(" ".join(words))) is not None
                     or (len(name) == 2 and self.text.startswith(",", at + len(" ".join(words)))
                         and self.text[max(0, at - 2):at] == ", " and self._unlisted_given(name[0], p, at))
                     or (len(name) == 2 and len(words) == 2 and self.text.startswith(DESCRIBED_AFTER, at + len(" ".join(words)))
                         and self.opens_sentence(at) and self._unlisted_given(name[0], p, at))
                     or self._other_sex_told(p, at + len(" ".join(words)))
                     or (len(name) == 2 and honorific is not None and name[0].lower() in SPEECH_VERBS and not self._in_headline(at))
                     or (len(name) == 2 and self.text.startswith(", who ", at + len(" ".join(words)))
                         and self.opens_sentence(at) and self._unlisted_given(name[0], p, at))
                     or (len(name) == 2 and (honorific is not None or _role_word_before(self.text, at))
                         and self._unlisted_given(name[0], p, at))
                     or (written_surname_first(name) and sorted(name) != sorted(p.name.split())
                         and not _same_name_respelled(name, p.name.split()))):
            # (and a given name no list holds, set off between commas: ‘Alfie's dad, Lee Dobbs, …’, or
            # opening a sentence and described after it: ‘Elspeth Buchanan, a senior economist, estimated’, or
            # given an age: ‘… taxi owner Lwazi Sigcau …. / Nomakhosazana Sigcau, 67, was the first witness’)
            # (a known given name, or a compound one whose parts tell one sex, ‘Marie-Claire Walsh’ beside
            # Peter Walsh, a title, a middle name, or a namesake met before: never a
            # heading's word, "Absent Sanders"; or a pronoun of the other sex than p's reports the name:
            # ‘Gareth Evans … The minister, Rhian Evans, said she’; or one introduced by a relative clause
            # as the subject of a sentence, ‘Shona Reid, who runs the food bank, said’ beside Callum Reid;
            # or one brought in after an honorific or a role, as a new person is: ‘Dr Abul Hossain …. Public
            # health expert Prof Mushtaq Hossain, a former adviser, said’, ‘chief executive Litia Vuniwaqa’
            # beside Ratu Semi Vuniwaqa; or a verb's word after an honorific, a given name there: ‘Mr Said
            # Juma’ beside Amina Juma; or a name written surname first beside
            # one written given name first: ‘Daniel Park …. Park Ji-won’, never ‘Ji-won Park’ reordered)
            if title is None and honorific in OFFICE_HONORIFICS and lead is None:
                title = words[0]  # (with the office its honorific is: ‘Sen. Carmela Reyes’ beside Mayor Ben Reyes)
            return self._namesake(surname, name, gender, title)
        if p is None and (len(name) == 2 or (len(name) == 1 and honorific)) \
                and not (len(name) == 2 and gender_of(name[1]) is not None) \
                and not self._kin_before(at) and not self.text.startswith((", a ", ", an "), at + len(" ".join(words))) \
                and (longer := self._part_of_longer(name, at)) is not None \
                and (not self.text.startswith(", the ", at + len(" ".join(words))) or _lead_then(longer.name, name)) \
                and not (gender and longer.gender and gender != longer.gender):  # (never "Mr Chan" of Mary Chan Wai-ling)
            # ("Kamarul Ariffin" of Kamarul Ariffin Sulaiman, "Dr Azhar" of Mohamad Azhar Osman; never
            # two given names, "Juan Carlos", "Muhammad Ali", nor kin or someone described: "Her
            # father, Gen. Aung San,", "Mr Rashid, a shopkeeper,", "Mr Tan, the owner,"; but the name one
            # is called by after a Malay lead may be described as a definite one is: ‘Mr Muhammad Farid
            # Salleh …. Mr Farid, the eldest of four children,’)
            return longer
        if p is None and len(name) == 1 and honorific in SURNAME_HONORIFICS \
                and not RE_KIN_SET_OFF_AFTER.match(self.text, at + len(" ".join(words))) \
                and (first := self._surname_written_first(name[0], gender)) is not None:
            # (never one set off as another's kin: ‘Jang Mi-ran …. Mr. Jang, her father, said’)
            return first  # "Mr. Fujisaki" of transport minister Fujisaki Tetsuo, named before
        if p is None and len(name) <= 2 and (titled := self._titled_given(words, name, at)) is not None:
            return titled  # a given name after the rank the full name had: "Pol Col Sakda" of Pol Col Sakda Chaimongkol
        if p is not None and " " not in p.name and full.startswith(p.name + " ") and written_surname_first(name) \
                and p.spots and p.spots[0][0] < at:
            return self._namesake(surname, name, gender, title)  # a bare surname met before a name written surname
            # first is someone else's (‘Minister for Manpower Koh Boon Hwee …. Mr Koh said …. MP Koh Mei Xin’)
        if p is None or (len(full) > len(p.name) and full.endswith(" " + p.name) and " " not in p.name) \
                or (" " not in p.name and full.startswith(p.name + " ") and written_surname_first(name)) \
                or (len(name) > 1 and p.name.split()[0].lower() in PEER_STYLES and p.name.count(" ") == 1
                    and full.endswith(" " + p.name.split()[1])):  # (and "Lord Coe" grows into Sebastian Coe)
            # (a surname alone grows into the full name; a full name never grows a heading's
            # words before it: "Marco Rubio" stays, whatever "Jeb Bush Hits Marco Rubio" says)
            p = Person(full, gender=gender or (p.gender if p else None))
            self.by_surname[surname] = p
        elif len(name) > 1 and p.name.endswith(" " + full) and gender_of(name[0]) is not None:
            # (and a heading seen first gives way to the plain full name of a known given name:
            # "Crooked Hillary Clinton" to "Hillary Clinton", never "Marine Le Pen" to "Le Pen")
            p.name = full
        elif p.gender is None and gender and (len(name) == 1 or name[0] == p.name.split()[0]) and not (
                len(name) == 1 and (spouse := self._partner_named(p, at)) is not None
                and spouse[1] == gender) \
                and not (len(name) == 1 and self.namesakes.get(surname)):
            p.gender = gender  # ("Mr. Lee" or "John Lee" for John Lee; never Bill's for Hillary Clinton, nor
            # the wife's for Geoff Attwell, "who runs a farm with his wife, Sarah. … Mrs Attwell", nor the
            # first of namesakes': ‘Dilys Morgan … Her son, Huw Morgan, … Mr Morgan said’ tells his sex, not hers)
        if title is None and honorific in OFFICE_HONORIFICS and (words[0].endswith(".") or len(name) > 1):
            title = f"{lead} {words[0]}" if lead is not None else words[0]  # "Sen. Ron Johnson": the honorific is
            # the office (not the "Gen" of "Gen Nakatani"), a capital "Former" before it part of it ("Former Gov.")
        if title:
            before = self.text[max(0, at - 16):at].split()
            if before and before[-1] in TITLE_QUALIFIERS and not (
                    before[-1] == "then" and (len(before) < 2 or before[-2].lower() in ("and", "but", "since", "so")
                                              or before[-2][-1:] in ",.;:")):
                # "former President Donald Trump": no longer the president, "state Sen. Maria Delgado":
                # of a state's senate (but "And then President Trump weighed in" is a time, not a title)
                title = f"{before[-1]} {title}"
        if title and title not in p.roles:
            p.roles.append(title)
        p.titled = p.titled or bool(title)
        return p

    def _in_headline(self, at: int) -> bool:
        """``at`` falls inside a headline or a byline."""
        h = bisect.bisect_right(self.headlines, (at, len(self.text))) - 1
        return h >= 0 and at < self.headlines[h][1]

    def _surname_written_first(self, word: str, gender: str | None) -> Person | None:
        """The one person named in full before, by a name that opens with this word, which an
        honorific shows to be a surname written first, as Japanese, Korean and Chinese names are
        (‘Transport minister Fujisaki Tetsuo …. Mr. Fujisaki said’), when the word is no given name
        the lists hold (never "Ms. Kelly" of Kelly Brennan) and nothing else tells the sex apart."""
        if gender_of(word) is not None or word.lower() in SHARED_GIVEN_NAMES or word.lower() in FUNCTION_WORDS:
            return None
        owners = [q for q in self._named_in_full() if q.name.startswith(word + " ") and q.spots and not _named_place(q)]
        if len(owners) != 1 or owners[0].name.count(" ") != 1 or not (_surname_first(owners[0].name) or self._styled(owners[0])):
            return None  # (only a name the lists read as surname first, "Fujisaki Tetsuo", "Han Sung-woo", or
            # one written after a style, "Hon Nabbanja Robinah": never "Mr. Ellis" of Ellis Marsh, whose given
            # name no list holds)
        q = owners[0]
        return q if gender is None or q.gender in (None, gender) else None

    def _part_of_longer(self, name, at: int = 0) -> Person | None:
        """The one person of a longer name (three words or more) that these words are part of: its
        first or last two ("Kamarul Ariffin" of Kamarul Ariffin Sulaiman, "Sue Ann" of Lim Sue Ann),
        or the name a person is called by after a Malay "Mohamad" or in a four-word name ("Azhar" of
        Mohamad Azhar Osman, "Ng" of Sylvia Ng Pei Shan). Only the latest people are read."""
        written = " ".join(name)
        found = None
        for q in itertools.islice(reversed(self.by_surname.values()), LONGER_NAME_REACH):
            full = q.name
            if full.count(" ") < 2 or q.kind != "name" or not q.spots or q.spots[0][0] > at:
                continue  # (a longer name named before)
            if len(name) == 2:
                if not (full.startswith(written + " ") or full.endswith(" " + written)):
                    continue
            elif not (full.split()[1] == written and (full.count(" ") >= 3 or full[:full.index(" ")].lower() in NAME_LEADS
                                                       or _english_then_chinese(full))):
                continue
            if is_organisation(full.split()) or full[full.rindex(" ") + 1:] in PLACE_HEADS:
                continue  # (a person's: never "… Washington National Airport"; asked only of a name
                # these words are part of, the few)
            if not any(s_ >= self.first_line_end and not self._in_headline(s_) for s_, _ in q.spots):
                continue  # (never a headline's run: "Mike Pence Calls …")
            if any(self.common_word(w, q.spots[0][0] if q.spots else 0) or w.lower() in FUNCTION_WORDS
                   or w.lower() in SPEECH_VERBS or w.lower() in AUXILIARIES or w.lower() in BE_FORMS_ALL
                   or w.lower() in ("calls", "call", "called") for w in full.split() if w not in name):
                continue  # (never a heading's words: "Mike Pence Calls", "Donald Trump Is")
            if found is not None and found is not q:
                return None  # (two people it could be part of: neither)
            found = q
        return found

    def _titled_given(self, words, name, at: int) -> Person | None:
        """The one person named in full before ``at`` whose name opens with ``name`` (one or two
        words, no one's surname) and who was given the rank or title ``words`` write before it: a
        given name after a rank, as South-East Asian papers call people ("Pol Col Sakda" of Pol Col
        Sakda Chaimongkol, "Sr. Comr. Hendro" of Sr. Comr. Hendro Kusumo). Only the latest people are read."""
        rank = " ".join(words[:len(words) - len(name)])
        if not rank or list(words[len(words) - len(name):]) != list(name):
            return None
        written = " ".join(name) + " "
        found = None
        for q in itertools.islice(reversed(self.by_surname.values()), LONGER_NAME_REACH):
            if q.kind == "name" and q.name.startswith(written) and q.spots and q.spots[0][0] < at \
                    and any(r == rank or r.endswith(" " + rank) for r in q.roles):
                if found is not None and found is not q:
                    return None  # (two of that rank and name: neither)
                found = q
        return found

    def _partner_named(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of ``p``'s spouse or kin the text names by given name alone before
        ``at``: set off after ``p``'s full name (:meth:`_spouse_of`), else opening a later sentence
        (:meth:`_kin_given_after`)."""
        return self._spouse_of(p) or self._spouse_set_off_later(p, at) or self._kin_given_after(p, at) \
            or self._kin_given_of_surname(p, at)

    def _spouse_of(self, p: Person) -> tuple[str, str] | None:
        """The given name and the sex of the spouse set off after ``p``'s first full name in its
        sentence ("Geoff Attwell, who runs a farm with his wife, Sarah,": Sarah, a woman): the first
        possessive after the name must be the spouse's, and tell a sex other than p's (never "Jane
        Hollis … her son, Tom, and his wife, Anna")."""
        if not p.spots:
            return None
        end = p.spots[0][1]
        m = RE_SPOUSE.search(self.text, end, min(len(self.text), end + 160))
        if m is None or RE_SENTENCE_END.search(self.text, end, m.start()) is not None:
            return None
        first = RE_POSSESSIVE_PRONOUN.search(self.text, end, m.end())
        if first is None or first.start() != m.start():
            return None  # (another's kin before: "her son, Tom, and his wife, Anna")
        owner_sex = "m" if m.group(1) else "f"  # ("his wife": p is a man)
        return (m.group(3), SPOUSE_SEX[m.group(1) or m.group(2)]) if p.gender in (None, owner_sex) else None

    def _spouse_set_off_later(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of the spouse set off in a later sentence that names ``p`` by
        surname first (‘Jurors heard Mr Attwell staggered to his door and fell in front of his wife,
        Sarah, and …’: Sarah, whom a later "Mrs Attwell" names), before ``at``: every possessive
        between the name and the spouse is the same one, no other kin and no capitalised word
        stands between (never "Mr Attwell met Tom Hale and his wife, Anna", nor "her son, Tom, and
        his wife, Anna"), and no one else of the spouse's sex bears the surname."""
        if " " not in p.name:
            return None
        surname = p.name.split()[-1]
        found = None
        for i in word_positions(self.text, surname):
            if i >= at:
                break
            end = i + len(surname)
            m = RE_SPOUSE.search(self.text, end, min(at, end + 160))
            if m is None or RE_SENTENCE_END.search(self.text, end, m.start()) is not None \
                    or p.gender not in (None, "m" if m.group(1) else "f"):
                continue
            between = self.text[end:m.start()]
            owners = {w.lower() for w in RE_POSSESSIVE_PRONOUN.findall(between)}
            if owners - {"his" if m.group(1) else "her"} or RE_KIN_OR_CAPITAL_BETWEEN.search(between) is not None:
                continue
            found = m
        if found is None:
            return None
        sex = SPOUSE_SEX[found.group(1) or found.group(2)]
        if any(q is not p and q.gender in (None, sex) for q in self.namesakes.get(surname.lower(), ())) \
                or any(q is not p and q.name.startswith(found.group(3) + " ") for q in self.by_surname.values()):
            return None  # (another of the surname who may be the one meant, ‘his mother, Ann Lowe’, a brother
            # never; or the spouse has a surname of their own: ‘his wife, Sarah, … Sarah Lowe said’)
        return found.group(3), sex

    def _kin_given_after(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of kin of the other sex than ``p`` that a sentence opens with
        after ``p`` was named, before ``at`` (‘Graham Tulloch farms sheep …. His wife, Leanne, says …’:
        Leanne, a woman, whom a later "Mrs Tulloch" names). The last such sentence before ``at`` only,
        and only where ``p`` is the last one the text named before it (never another's kin), and no one
        else is named in full by that given name (‘His wife, Leanne, …. Leanne Morris said’ has a surname
        of her own)."""
        if self._kin_openings is None:  # (found on first use: a search per opening, then the pattern where one is)
            self._kin_openings = sorted((i, m) for key in KIN_GIVEN_OPENINGS for i in word_positions(self.text, key)
                                        if (m := RE_KIN_GIVEN_OPENING.match(self.text, i)) is not None)
        k = bisect.bisect_left(self._kin_openings, (at,)) - 1
        m = self._kin_openings[k][1] if k >= 0 else None  # (the last before ``at``)
        if m is None or (last := self.last_spot(p, m.start())) < 0:
            return None
        owner_sex = "m" if m.group(1) else "f"
        if p.gender not in (None, owner_sex):
            return None
        given = m.group(3) + " "
        if self.namesakes.get(p.name.split()[-1].lower()):
            return None  # (another of the surname is named in full, before or after: ‘His mother, Margaret
            # Arbuthnot, …. “…,” Mrs Arbuthnot said’ may be hers, not the kin's)
        for q in itertools.chain(self.by_surname.values(), *self.namesakes.values()):
            if q is not p and (last < self.last_spot(q, m.start()) or q.name.startswith(given)):
                return None  # (someone else was named since: theirs, maybe; or the kin has a surname of their own)
        return m.group(3), KIN_GIVEN_SEX[m.group(1) or m.group(2)]

    def _kin_set_off_by_given(self, given: str, at: int) -> Person | None:
        """A child named by given name alone, set off after "his" or "their" and "son" or "daughter", the
        first time the article writes the given name (‘Tom Reilly … his 7-year-old son, Jaden,’, ‘Seán Byrne
        and his wife … their daughter Aoife’), read as of the surname of the one person named in full in the same sentence
        before it, whose kin they are: Jaden Reilly. Never when the word is anyone's given name or surname
        in full (‘his daughter, Ruth, … Ruth Okafor said’ has a surname of her own), when another is named in
        that sentence too (whose kin it might be), nor when the owner's surname is borne by two."""
        first = self._first_at(given)
        if first < 0 or first >= at or (first > 0 and self.text[first - 1].isalnum()) \
                or self.text[first + len(given):first + len(given) + 1].isalnum():
            return None
        m = RE_KIN_BEFORE_GIVEN.search(self.text, max(0, first - 40), first)
        if m is None or gender_of(given) not in (None, KIN_BEFORE_GIVEN_SEX[m.group(2)]):
            return None
        lo = max(0, m.start() - 300)
        ends = [e.end() for e in RE_SENTENCE_END.finditer(self.text, lo, m.start())]
        lo = ends[-1] - 1 if ends else lo
        people = list(itertools.chain(self.by_surname.values(), *self.namesakes.values()))
        owners = [q for q in people if q.kind == "name" and any(lo < e_ and s_ < m.start() for s_, e_ in q.spots)]
        # (‘Sgt. Ravi Menon’: a title's stop is no sentence's end)
        if len(owners) != 1 or any(q.name.startswith(given + " ") or q.name.split()[-1] == given for q in people):
            return None  # (two named in the sentence, whose kin it may be; or a name of the kin's own)
        owner = owners[0]
        surname = owner.name.split()[-1]
        if not 2 <= owner.name.count(" ") + 1 <= 3 or not surname[:1].isupper() or _surname_first(owner.name) \
                or written_surname_first(owner.name.split()) or owner.gender not in (None, OWNER_SEX.get(m.group(1), owner.gender)):
            return None  # (never a name written surname first, ‘Tan Wei Ming’s son’, nor "his" of a woman:
            # ‘Jane Moss met a farmer and his son, Tom’ is no Tom Moss)
        return Person(f"{given} {surname}", gender=KIN_BEFORE_GIVEN_SEX[m.group(2)])

    def _kin_given_of_surname(self, p: Person, at: int) -> tuple[str, str] | None:
        """The given name and the sex of kin of the other sex than ``p`` set off by given name alone
        after a possessive of ``p``'s surname, the last such before ``at`` (‘Mr Okonkwo’s mother, Adaeze,
        79, still …’ and ‘Tomás Keane’s wife, Orla, …’: Adaeze or Orla, whom a later "Mrs Okonkwo" or
        "Mrs Keane" names). Never one whose given name tells the other sex, nor when another of the
        surname is named in full (‘His mother, Margaret Arbuthnot,’ may be the one meant), nor when
        someone is named in full by that given name (the kin has a surname of their own)."""
        surname = p.name.split()[-1]
        if p.gender is None or self.namesakes.get(surname.lower()):
            return None
        found = None
        for apostrophe in ("’s ", "'s "):
            i = self.text.find(surname + apostrophe, 0, at)
            while i >= 0:
                m = RE_SURNAME_KIN_GIVEN.match(self.text, i + len(surname))
                if m is not None and (i == 0 or not self.text[i - 1].isalpha()) and (found is None or m.start() > found.start()):
                    found = m
                i = self.text.find(surname + apostrophe, i + 1, at)
        if found is None:
            return None
        sex = KIN_SEX_OF_WORD[found.group(1)]
        given = found.group(2)
        if sex == p.gender or sex_of_given_name(given) not in (None, sex) or given == surname:
            return None  # (kin of p's own sex is p's namesake, never told apart by an honorific)
        if any(q is not p and q.name.startswith(given + " ") for q in self.by_surname.values()):
            return None
        return given, sex

    def _first_at(self, words: str) -> int:
        """Where the text first writes these words (-1 if nowhere), found once per article."""
        at = self._first_ats.get(words)
        if at is None:
            at = self._first_ats[words] = self.text.find(words)
        return at

    def _first_past_headline(self, words: str) -> int:
        """Where the text first writes these words past its headline, when the headline writes them
        first (-1 if nowhere): a headline shortens a firm's name that the lede writes in full
        (‘Halvorsen Foods cuts outlook’ over ‘Halvorsen Foods Group lowered …’)."""
        at = self._first_at(words)
        if 0 <= at < self.first_line_end:
            at = self.text.find(words, self.first_line_end)
        return at

    def _founder_named(self, short: str) -> bool:
        """A company's two words that are a person's name: the article speaks of a founder or an
        owner near them ("Xiao Wei Holdings …, its founder said"); once per name, and only near
        where the words stand (a search of the whole text per mention was quadratic)."""
        known = self._founders.get(short)
        if known is None:
            text = self.text
            known = False
            i = text.find(short)
            while i >= 0 and not known:
                window = text[max(0, i - 120):i + len(short) + 120]
                known = RE_ITS_FOUNDER.search(window) is not None or f"founder, {short}" in window \
                    or f"{short}, who founded" in window \
                    or RE_PERSON_ROLE_AFTER.match(text, i + len(short)) is not None  # ("Dewan Rahman, chairman of …")
                i = text.find(short, i + len(short))
            self._founders[short] = known
        return known

    def _given_name_before(self, surname: str) -> bool:
        """The article names someone in full by this surname somewhere: a known given name among the
        capitalised words right before it (‘Julius Kiprop Koech’; never ‘CS Koech’ alone)."""
        for _, i in zip(range(6), word_positions(self.text, surname)):  # (a few spots: bounded)
            run = RE_NAME_WORDS_BEFORE.search(self.text, max(0, i - 60), i)
            if run is not None and any(gender_of(w) is not None for w in run.group().split()):
                return True
        return False

    def _holds_rank(self, person: Person, rank: str) -> bool:
        """The person named in full holds the rank written before a surname ("DPP Lim" of Deputy
        Public Prosecutor Lim Hui Min; never of Lim Chee Keong, the accused)."""
        return any(w in r.lower() for r in self.roles_of(person) for w in RANK_WORDS.get(rank, (rank,)))

    def _holds_style(self, p: Person, style: str) -> bool:
        """A style before a surname ("Deacon", "Dean") is ``p``'s title: the article writes it before
        their full name ("Deacon Willie Freeman"), a role of theirs holds it ("Vikram Amar, dean of
        the law school"), or an office of it sets off their name ("The Dean of Winchford, the Very
        Revd Dr Catherine Ellery"); never a namesake's given name ("Dean Spanos" beside John Spanos)."""
        text = self.text
        given = p.name.split()[0]
        for start, end in p.spots:
            if text.find(given, start, end) < 0:
                continue  # (a spot of someone else's name: "Dean Spanos" read as John Spanos's)
            before = text[max(0, start - 80):start]
            if before.endswith(style + " ") or text.startswith(style + " ", start) \
                    or (style + " of ") in before or (style.lower() + " of ") in before:
                return True
        return any(style.lower() in r.lower().split() for r in self.roles_of(p))

    def _namesake_of(self, surname: str, name) -> Person | None:
        """The namesake kept for a full name (its words) of that surname, if any."""
        return next((o for o in self.namesakes.get(surname, ()) if not _other_given_name(name, o)), None)

    def _namesake(self, surname: str, name, gender: str | None, title: str | None) -> Person:
        """The person of a full name whose surname the cast keys by another ("Bill Clinton")."""
        p = self._namesake_of(surname, name)
        if p is None:
            p = Person(" ".join(name), gender=gender)
            others = self.namesakes.setdefault(surname, [])
            if len(others) < NAMESAKES_KEPT:  # (bounded: every look-up reads them all)
                others.append(p)
        if title and title not in p.roles:
            p.roles.append(title)
        return p

    def _sole_surname_first(self, surname: str, gender: str, at: int) -> Person | None:
        """The one namesake named before ``at`` whose name is written surname first and whose sex
        nothing tells, for an honorific of the sex the one the surname keys is not: the honorific is
        how the article tells it (‘Deputy Public Prosecutor Kenneth Ong …. Senior Counsel Ong Li Ting
        …. “…,” Ms Ong said’); None when two could be."""
        fits = [o for o in self.namesakes.get(surname, ()) if o.spots and o.spots[0][0] < at
                and o.gender in (None, gender) and written_surname_first(o.name.split())]
        return fits[0] if len(fits) == 1 and fits[0].gender is None else None

    def _namesake_named_last(self, p: Person, surname: str, at: int, title: str | None, gender: str | None,
                             end: int = 0) -> Person:
        """Which of the people sharing a surname a bare surname at ``at`` names: the one whose title
        it carries ("Trustee Heintz" beside Public Works Director Carl Heintz), else the one named in
        full last, shortly before it, as the subject of a sentence ("Panthers coach Rick Draper, the
        boys' uncle, said …. “…,” Draper said" after Luke Draper), of the sex an honorific tells;
        else the one the surname keys (never one named later)."""
        people = [p, *self.namesakes[surname]]
        if title is not None:
            held = [q for q in people if any(_holds_title(r, title) for r in q.roles)]
            if len(held) == 1:
                return held[0]  # the office as the cue writes it, never a lesser one of its word: ‘Mayor Binod
                # Karki … Deputy Mayor Sita Karki …. “…,” Mayor Karki said’ (and ‘Deputy Mayor Karki’ hers)
            low = title.rstrip(".").lower()
            titled = [q for q in people if any(low in _role_words(r) for r in q.roles)]
            if len(titled) == 1:
                return titled[0]
        if end > at and len(written := self.text[at:end].split()) == 2 and written[0].rstrip(".").lower() in ADULT_HONORIFICS:
            sex = "m" if written[0].rstrip(".").lower() == "mr" else "f"
            fit = [q for q in people if q.gender in (None, sex) and not (q.spots and q.spots[0][0] > at)]
            grown = [q for q in fit if not self._minor_by_name(q)]
            if len(grown) == 1 and len(fit) > 1:
                return grown[0]  # of two of the honorific's sex, it goes to the adult, never the one the text
                # gave an age under 18: ‘Missing Mia, 14, … Her mother, Joanne Calloway, said …. Ms Calloway
                # said’ is the mother's (but ‘Tyrese Banks, 17, … His mother, Angela Banks, …. Mr. Banks
                # said’ is the son's, as American papers style a teenager); never one named only later (‘Sofia
                # Marquez, 16, won …. “…,” Ms. Marquez said. Her mother, Ana Marquez, said …’ is Sofia's)
        goes_on = self._goes_on_with(people, at, end)
        if goes_on is not None:
            return goes_on
        styled = self._styled_as_written(people, at, end)
        if styled is not None:
            return styled  # the one named in full after the honorific the surname carries: ‘Mr. David Park
            # …. Dr. Susan Park, a pharmacist, …. “…,” Dr. Park said’
        child = self._child_of_parent_told(people, at, end)
        if child is not None:
            return child
        if len(people) == 2 and self._kin_of_subject(p, p.name.rsplit(" ", 1)[-1]) \
                and people[1].spots and min(people[1].spots)[0] < min(p.spots)[0] \
                and not self._kin_of_subject(people[1], p.name.rsplit(" ", 1)[-1]):
            return people[1]  # the one named first, whose sentence brings in the other as kin by the surname alone
            # (‘Poet Lerato Dube won. / Dube thanked her late father, Sipho Dube, …. “…,” Dube said’ is hers)
        sex = gender or (self._sex_after_cue(end) if end else None)
        if sex is not None and (fits := self._sole_namesake_of_sex(people, sex, at)) is not None:
            return fits  # the one of the sex the cue's honorific or its pronoun tells: ‘Doyle, whose son is a
            # deputy, said she feared’ beside Kevin Doyle (every one's sex known, and only one of that sex)
        if len(people) == 2 and self._named_together(people, surname, at, gender):
            return Person(self.text[at:end].split()[-1] if end > at else p.name.split()[-1], gender=gender)
            # (as written: ‘Raj Patel and Nisha Patel run the pharmacy. … “…,” Patel said’ is either)
        spots = {id(q): _last_before(self._spots_in_order(q), at) for q in people}
        last = {k: s for k, (s, _) in spots.items()}
        if (kin := next((o for o in people if o is not p and last[id(o)] >= 0
                         and self._gave_evidence_for_dead(p, spots[id(o)])), None)) is not None:
            given = p.name.split()[0]
            last[id(p)] = max((a for a, b in self._spots_in_order(p) if a < at and (
                a < spots[id(kin)][0] or given in self.text[a:b].split())), default=-1)  # (the bare surname
            # since is the kin's, giving evidence, never the dead's: ‘Mr Obi’s brother, Chinedu Obi, told the
            # court …. Mr Obi agreed …. “…,” Mr Obi said’)
        q = max(people, key=lambda q: last[id(q)])
        if last[id(p)] < 0 <= last[id(q)] and gender in (None, q.gender):
            return q  # (the one the surname keys is named only later: ‘His granddaughter, Dr. Sarah Ferris,’)
        spot = spots[id(q)]
        reach = COURT_KIN_REACH if q is not p and spot[0] >= 0 and self._gave_evidence_for_dead(p, spot) else SET_OFF_REACH
        if q is p or last[id(q)] <= last[id(p)] or at - last[id(q)] > max(NAMESAKE_REACH, reach) or gender not in (None, q.gender):
            return p
        lead = RE_SET_OFF_SUBJECT.search(self.text, max(0, spot[0] - 60), spot[0])  # (‘Ashlyn’s mother, Renee Voss,’)
        kin_of_dead = lead is not None and self.text.startswith(",", spot[1]) \
            and (at - spot[1] <= reach or _quoted_next(self.text, spot[1], at)) \
            and (reach == COURT_KIN_REACH or self.opens_sentence(lead.start())) \
            and self.dead_or_victim(p) and not (end and RE_PAST_WORDS.match(self.text, end)) \
            and RE_PAST_WORDS_BEFORE.search(self.text, max(0, at - 60), at) is None  # (‘In a 2004 interview, Mr. Fenn said’)
        if self.text.startswith(("’s", "'s", "’ ", "' "), spot[1]) or self.text.endswith(("’s", "'s"), spot[0], spot[1]) \
                or (not self._kin_of_namesake(p, q, spot, lead, at, end)
                    and not self._brought_in_here(p, q, spot, at, last[id(p)])
                    and not self._set_off_speaking_here(p, q, spot, lead, at) and (
                    not (self.opens_sentence(spot[0]) or kin_of_dead)
                    or _right_after_quotation(self.text, spot[0])
                    or not (_speaks_next(self.text, spot[1]) or (kin_of_dead and _quoted_next(self.text, spot[1], at))))):
            return p  # (only one who opens a sentence, as its subject, and speaks there: never ‘a photo
            # of Heidi Cruz’, ‘Ivanka Trump's den’, ‘Serena Williams watched from the players' box’,
            # ‘Tanya Webb, his mother, wept in the gallery’; nor the speaker of the quotation before,
            # whom the next one answers: ‘“…,” Pamela Ashworth says. “…,” Ashworth says.’; but a name
            # that opens a paragraph after one ending in a quotation is new: ‘…,” he said. / Keisha
            # Hill, a technician, said she voted yes. / “…,” said Hill.’; and so is one brought in with a
            # role in the paragraph, the other named nowhere there: ‘The chamber, whose president Tariq
            # Khan has led the protests, backed the strike. Mr Khan said’)
        if self._bare_between(surname, spot[1], at, q):
            return p  # (the surname alone since, for the one it keys: ‘His brother, Jean-Paul Lacombe, said
            # the cause was cancer. … Lacombe wrote three cookbooks. … “…,” Lacombe said’)
        told = RE_SEX_AFTER.match(self.text, end, min(len(self.text), end + 120)) if end else None
        if told is not None and q.gender is not None and (told.group(1) in ("his", "he", "himself")) != (q.gender == "m"):
            return p  # (the sentence goes on of another sex: ‘“…,” Obama told them, echoing his 2008 slogan’)
        if self._surname_taken(p, q) and not (kin_of_dead and not any(s is p for _, s in self.speakers)):
            return p  # (the article called the first by the bare surname before it named the other:
            # ‘“…,” Brooks told a cheering crowd. … Brooks' husband, Terrence Brooks, …’; but the dead,
            # who has not spoken, gives way to the kin set off since: ‘… on Hollis’s phone …. Megan’s
            # mother, Carol Hollis, sat in the front row. / “…,” Hollis said’)
        return q

    def _gave_evidence_for_dead(self, p: Person, spot: tuple[int, int]) -> bool:
        """The full name at ``spot``, set off, gives evidence (‘…, Kevin Doyle, told the jury’) and ``p``,
        whose surname it shares, is the one whose death the article tells: in a trial report the bare
        surname after names the one giving evidence, for longer than :data:`SET_OFF_REACH`."""
        return self.text.startswith(", ", spot[1]) and self.text.startswith(GIVES_EVIDENCE_OPENINGS, spot[1] + 2) \
            and RE_GIVES_EVIDENCE.match(self.text, spot[1] + 2) is not None and self.dead_or_victim(p)

    def _kin_of_namesake(self, p: Person, q: Person, spot: tuple[int, int], lead: regex.Match | None,
                         at: int, end: int) -> bool:
        """``q``'s full name at ``spot`` is set off after a kin noun whose owner is ``p``, the namesake
        the bare surname at ``at`` keys, and the article calls ``p`` a child or by the given name: the
        relative, not the child, is who the bare surname names after it, within
        :data:`NAMESAKE_REACH` (‘Kaylee's mother, Jennifer Dunmore,’; ‘… carrying Emma Garza, 17, ….
        Emma Garza's father, Ruben Garza, wore a ribbon. “…,” Garza said’; ‘Liam Byrne, 12, was hurt
        …. His mother, Siobhan Byrne,’). The owner is ``p``'s given name, full name, or a pronoun of
        ``p``'s sex right after ``p`` is named. Never for an adult the text calls by the surname
        (‘Kevin Burke won …. His father, Frank Burke, caddied for him. “…,” Burke said’ stays his), nor
        an owner written as the bare surname (‘Agyeman's husband, Kofi Agyeman,’), nor a relative who
        died (‘Grace Mbeki's husband, Thabo Mbeki, died in 2018’), nor a cue of the past."""
        text = self.text
        if lead is None or not text.startswith(", ", spot[1]) or at - spot[1] > NAMESAKE_REACH \
                or RE_DIED_AFTER.match(text, spot[1]) or self.dead_or_victim(q) \
                or (end and RE_PAST_WORDS.match(text, end)):
            return False
        words = text[lead.start():spot[0]].rstrip(", ").split()
        names = p.name.split()
        if len(words) < 2 or words[-1].lower() not in KIN_NOUNS or len(names) < 2:
            return False
        owner = words[0]
        if owner in ("His", "Her"):
            last = _last_before(self._spots_in_order(p), lead.start())
            if self._sex_told_of(p) != ("m" if owner == "His" else "f") or not 0 <= lead.start() - last[1] <= SET_OFF_REACH \
                    or "\n" in text[last[1]:lead.start()]:
                return False  # (the one just named, in the same paragraph)
        elif owner[:-2] == names[0]:
            # (the given name alone: how the article calls the child, when it shows one: an age under 18 or a
            # child's word, ‘A 15-year-old girl …. Amelia's father, David Thornbury,’; never an adult, ‘Kaylee
            # Dunmore, 34, …. Kaylee's mother, Jennifer Dunmore,’, nor a sports star, ‘Rory's father, Gerry McIlroy’)
            return ((self._minor(p) or RE_CHILD_TOLD.search(text) is not None) and not self._adult(p)
                    or self.dead_or_victim(p, dead_only=True)) and not self._minor(q)  # (or one whose death the text tells,
            # who speaks no more: ‘Marcus Reed, 22, was shot dead …. Marcus’s mother, Angela Reed, stood by
            # the mayor. “…,” Reed said’ is hers)
        elif owner[:-2] != names[-1] or not any(s_ < lead.start() < e_ <= lead.start() + len(owner) for s_, e_ in p.spots):
            return False  # (the full name, its spot with or without the "'s")
        return (self._minor(p) or self._called_by_given(p)) and not self._minor(q)

    def _ages_told(self, p: Person) -> list[int]:
        """The ages the text gives ``p`` where it names them in full, at the first four spots (‘Kaylee
        Dunmore, 34,’, ‘Emma Garza, 17,’)."""
        return [int(regex.search(r"\d+", age.group()).group()) for _, e_ in self._spots_in_order(p)[:4]
                if (age := RE_AGE_AFTER.match(self.text, e_)) is not None]

    def _adult(self, p: Person) -> bool:
        """The text gives ``p``'s age, 18 or over (:meth:`_ages_told`)."""
        return any(age >= 18 for age in self._ages_told(p))

    def _minor(self, p: Person) -> bool:
        """The text gives ``p``'s age, under 18 (:meth:`_ages_told`)."""
        return any(age < 18 for age in self._ages_told(p))

    def _minor_by_name(self, p: Person) -> bool:
        """The text gives ``p`` an age under 18, named in full or by the given name alone, outside
        quotations (‘Emma Garza, 17,’, ‘missing Kayla, 15,’)."""
        if self._minor(p):
            return True
        given = p.name.split()[0]
        for _, i in zip(range(8), word_positions(self.text, given, 0, len(self.text))):
            if (age := RE_AGE_AFTER.match(self.text, i + len(given))) is not None \
                    and not any(a <= i < b for a, b in self.quoted) and int(regex.search(r"\d+", age.group()).group()) < 18:
                return True
        return False

    def _called_by_given(self, p: Person) -> bool:
        """The text calls ``p`` by the given name alone, outside quotations (a few spots read: ‘Amelia
        had not been seen since …’); never inside a full name, nor in someone's words (‘“Hamish took it
        seriously,” she said’)."""
        given = p.name.split()[0]
        for _, i in zip(range(8), word_positions(self.text, given, 0, len(self.text))):
            if not any(a <= i < b for a, b in p.spots) and not any(a <= i < b for a, b in self.quoted) \
                    and not _name_goes_on(self.text, i + len(given)):
                return True
        return False

    def _styled_as_written(self, people: list[Person], at: int, end: int) -> Person | None:
        """The one of ``people`` (namesakes) whose full name the text writes after the honorific that
        the bare surname at ``at``–``end`` carries (‘Dr. Susan Park, a pharmacist, …. “…,” Dr. Park
        said’ beside Mr. David Park, whom the text never calls "Dr."); None without an honorific or
        when it fits none or several."""
        words = self.text[at:end].split()
        if len(words) != 2 or words[0].rstrip(".").lower() not in HONORIFICS:
            return None
        style = words[0].rstrip(".").lower()
        fits = [q for q in people if any(self._styled_at(q, s_, e_, style) for s_, e_ in self._spots_in_order(q) if s_ < at)]
        return fits[0] if len(fits) == 1 else None

    def _styled_at(self, q: Person, start: int, end: int, style: str) -> bool:
        """The text writes ``q``'s full name at ``start``–``end`` after the honorific ``style``
        ("Dr. Susan Park", "Dr Susan Park", after an office: "Minister of Health Dr Susan Park"; never the
        surname alone)."""
        written = self.text[start:end].split()
        given = q.name.split()[0]
        if given not in written:
            return False  # (a spot of the surname alone, or someone else's name)
        styles = (style, *TITLE_WORDS.get(style, ()))  # (or the word it abbreviates: ‘Councillor Jane Morris
        # …. “…,” Cllr Morris said’)
        if written[0].rstrip(".").lower() in styles:
            return True
        at = written.index(given)
        if at and written[at - 1].rstrip(".").lower() in styles:
            return True  # (after an office the spot holds: ‘Leader of the Opposition Dr Ian Mair’)
        before = self.text[max(0, start - 12):start].split()[-1:]
        return bool(before) and before[0].rstrip(".").lower() in styles

    def _brought_in_here(self, p: Person, q: Person, spot: tuple[int, int], at: int, p_last: int) -> bool:
        """``q``'s full name at ``spot`` is where the text brings them in, with a role (‘In a statement
        signed by its coordinator, Mr Ade Bello, the group said …. “…,” Bello said’, ‘The chamber, whose
        president Tariq Khan has led the protests, backed the strike. Mr Khan said’), in the paragraph of
        the bare surname at ``at`` or the one before it, and ``p``, the namesake the surname keys, is
        named nowhere in that paragraph: a bare surname then is the newcomer's. Never kin (‘His wife,
        Ann Bello, …’), nor a name inside a quotation."""
        text = self.text
        opening = text.rfind("\n", 0, spot[0])
        if self._spots_in_order(q)[0] != spot or p_last > opening or "\n" not in text[p_last:max(p_last, opening + 1)] \
                or len(RE_PARAGRAPH_BREAK.findall(text, spot[1], at)) > 1 or self._bare_between(p.name.split()[-1], opening + 1, spot[0], q):
            return False
        if any(a <= spot[0] < b for a, b in self.quoted):
            return False
        roles = [r for r in self.roles_of(q) if not _bare_honorific(r)]
        return bool(roles) and all(description_head(r) not in KIN_NOUNS and r.split()[-1].lower() not in KIN_NOUNS for r in roles)

    def _set_off_speaking_here(self, p: Person, q: Person, spot: tuple[int, int], lead: regex.Match | None,
                               at: int) -> bool:
        """``q``'s full name at ``spot`` is brought in there, set off after a kin or a role that opens the
        sentence, which goes on to have them speak, in the paragraph of the bare surname at ``at`` or the
        one before it; and ``p``, the namesake the surname keys, has not spoken: the bare surname then is
        the one just set off speaking (‘The firm was founded by Aidan Walsh in 1961. His son, Conor Walsh,
        the managing director, said the sale was hard. / “…,” Walsh said’). Never one who does not speak
        there (‘His father, Frank Burke, caddied for him’), nor after ``p`` has spoken, nor when ``p`` is the one whose death the article tells."""
        text = self.text
        return lead is not None and self.opens_sentence(lead.start()) and text.startswith(",", spot[1]) \
            and self._spots_in_order(q)[0] == spot and at - spot[1] <= NAMESAKE_REACH \
            and len(RE_PARAGRAPH_BREAK.findall(text, spot[1], at)) <= 1 and _speaks_next(text, spot[1]) \
            and not any(a <= spot[0] < b for a, b in self.quoted) and not any(s is p for _, s in self.speakers) \
            and not self.dead_or_victim(p) and not (self._subject_opened_on(p, spot)
                                                     and not RE_DESCENDANT_LEAD.search(text, lead.start(), spot[0]))  # (the kin of the dead have their own rule: ‘Harold Fenn … died …. His
        # son, Daniel Fenn, confirmed the death. / In a 2004 interview, Mr. Fenn said’ is the dead man's)

    def _subject_opened_on(self, p: Person, spot: tuple[int, int]) -> bool:
        """``p`` opens a sentence before ``spot`` as its subject (‘Rory Keane, 19, won the Open. His father,
        Declan Keane, who caddied for him, said …’): the one the story is about keeps the bare surname;
        a founder named after a passive's "by" (‘was founded by Aidan Walsh’) does not count."""
        return any(self.opens_sentence(a) and not self._acted_on_after(a) for a, _ in self._spots_in_order(p)
                   if a < spot[0])

    def _acted_on_after(self, a: int) -> bool:
        """A name opening a sentence at ``a`` yet only after a passive by-phrase, never its subject."""
        return RE_BY_NAME_BEFORE.search(self.text[max(0, a - 40):a]) is not None

    def _unlisted_given(self, word: str, p: Person, at: int) -> bool:
        """``word``, the first of a name of two words at ``at`` sharing ``p``'s surname, may be a given name no
        list holds: no word of the language, none of ``p``'s own names, no word the article writes in lower
        case, and not in a headline (never a heading's word, "Absent Sanders")."""
        return not _word_like(word) and word not in p.name.split() and not self.common_word(word, at) \
            and not self._in_headline(at)

    def _other_sex_told(self, p: Person, end: int) -> bool:
        """The cue after a full name ending at ``end`` reports it by a pronoun of the other sex than the
        one ``p``'s given name tells (‘Rhian Evans, said she’ beside Gareth Evans)."""
        return p.gender is not None and (told := self._sex_after_cue(end)) is not None and told != p.gender

    def _sex_after_cue(self, end: int) -> str | None:
        """The sex the pronoun of a cue right after a name ending at ``end`` tells (:data:`RE_CUE_THEN_SEX`:
        ‘Rhian Evans, said she’ is "f"); None without such a cue."""
        told = RE_CUE_THEN_SEX.match(self.text, end, end + 140)
        return None if told is None else "m" if told.group(1) == "he" else "f"

    def _sex_told_of(self, p: Person) -> str | None:
        """``p``'s sex: the one their given name tells, else the pronoun that reports them where the
        text names them in full (‘Rhian Evans, said she was’), when the text tells only one."""
        if p.gender is not None:
            return p.gender
        told = {sex for _, e_ in self._spots_in_order(p)[:4] if (sex := self._sex_after_cue(e_)) is not None}
        return next(iter(told)) if len(told) == 1 else None

    def _child_of_parent_told(self, people: list[Person], at: int, end: int) -> Person | None:
        """The one of ``people`` (namesakes) the text brought in as someone's child, set off after the kin
        noun (‘Her son, Anders Mertz, said …’), when the cue after the bare surname at ``at``–``end`` goes on
        with a parent of the speaker's (‘Mr. Mertz said his mother had …’): a child speaks of a mother, never
        the husband named since (‘Her marriage to Paul Mertz ended in divorce’); None when none or several
        were brought in so, or one of them was named so before ``at`` only after it."""
        cue = RE_CUE_OF_PARENT.match(self.text, end) if end else None
        if cue is None:
            return None
        children = [q for q in people if q.spots and min(q.spots)[0] < at and self._kin_set_off_before(q, RE_YOUNGER_KIN)]
        if len(children) != 1:
            return None
        parent = cue.group().rsplit(" ", 1)[-1].lower()
        told = "f" if parent in ("mother", "mum", "mom") else "m" if parent in ("father", "dad") else None
        if told is not None and any(q is not children[0] and (sex := self._sex_told_where_named(q)) is not None
                                    and sex != told for q in people):
            return None  # the dead one is not the parent spoken of (‘Harold Fenn … He was 93. … Mr. Fenn said his
            # mother had taught him to paint’ is the dead man remembering his own mother, not his son)
        return children[0]

    def _named_speaking_just_before(self, q: Person, at: int) -> bool:
        """``q`` was named last shortly before ``at`` (within :data:`SET_OFF_REACH`), and the rest of that
        sentence has them speak (‘His son, Declan Brennock, said the family were grateful.’)."""
        last = _last_before(self._spots_in_order(q), at)
        return last[0] >= 0 and at - last[1] <= SET_OFF_REACH and _speaks_next(self.text, last[1])

    def _unsexed_namesake_speaking(self, p: Person, surname: str, at: int) -> Person | None:
        """The one namesake of ``p`` whose sex nothing tells, named in full last of all who bear the
        surname and just before ``at`` in a sentence that has them speak, for an honorific of the sex
        ``p`` is not (‘Outside court, the boy's mother, Mai Tran, said …. / “…,” Mrs Tran said’ beside
        the boy, Kevin Tran); None when another bearer is named after them."""
        unknown = [o for o in self.namesakes.get(surname, ()) if o.gender is None and o.spots]
        if len(unknown) != 1 or not self._named_speaking_just_before(unknown[0], at):
            return None
        last = _last_before(self._spots_in_order(unknown[0]), at)[0]
        others = [p, *(o for o in self.namesakes.get(surname, ()) if o is not unknown[0])]
        if any(_last_before(self._spots_in_order(o), at)[0] > last for o in others):
            return None
        return unknown[0]

    def _sex_told_where_named(self, p: Person, titled: bool = False) -> str | None:
        """The sex the pronouns tell of ``p`` where the text first names them in full, opening a sentence:
        those of the rest of that sentence and the first word of the next (‘Lucius Fairweather, a pianist
        …, died on Thursday at his home. He was 88.’ is "m"; ‘Dilys Morgan fell at home. Her son, …’ is
        "f"); None when they tell none, or both, or the name opens no sentence (bounded: one sentence of
        :data:`SUBJECT_REACH` characters at most). With ``titled``, the name may come after a title that
        opens the sentence (‘Sheriff Dana Rourke posted a video from her car.’)."""
        first = self._spots_in_order(p)[:1]
        if not first or (first[0][0] and (opening := _after_last_stop(self.text, first[0][0])) != first[0][0]
                         and not (titled and RE_TITLE_OPENING.fullmatch(self.text, opening, first[0][0]))):
            return None
        end = first[0][1]
        stop = self.text.find(". ", end, end + SUBJECT_REACH)
        if titled and 0 <= (line_end := self.text.find(".\n", end, end + SUBJECT_REACH)) and (stop < 0 or line_end < stop):
            stop = line_end  # (the sentence ends its paragraph: the next paragraph's words are another's)
        if stop < 0:
            return None
        if titled and (other := RE_OTHERS_CLAUSE.search(self.text, end, stop)) is not None:
            stop = other.start()  # (a pronoun past "said", "that", another person, is of another: ‘State Senator
            # Avery Lund said the governor had broken his word’ tells nothing of Lund)
            nxt = []
        else:
            nxt = self.text[stop + 2:stop + 6].split()[:1]
        return _sole_sex([*RE_SEX_PRONOUN.findall(self.text, end, stop), *nxt])

    def _sex_in_sentence_named(self, p: Person) -> str | None:
        """The sex the pronouns tell of ``p`` in the rest of the sentence where the text first names them in
        full, whatever ends it (‘Hillary Achieng Otieno, a trader …, lost her stall in the fire.’ is "f"); None
        when they tell none, or both (review rv32)."""
        first = self._spots_in_order(p)[:1]
        if not first:
            return None
        end = first[0][1]
        stop = RE_SENTENCE_END_MARKED.search(self.text, end, end + SUBJECT_REACH)
        return _sole_sex(RE_SEX_PRONOUN.findall(self.text, end, stop.start() if stop else end))

    def _sole_namesake_of_sex(self, people: list[Person], sex: str, at: int) -> Person | None:
        """The one of ``people`` (namesakes) of the sex ``sex``, named in full before ``at``, when
        the others are all of the other sex: ‘Kevin Doyle … Patricia Doyle … Doyle said she’."""
        sexes = [self._sex_told_of(q) for q in people]
        if None in sexes or sexes.count(sex) != 1:
            return None
        q = people[sexes.index(sex)]
        return q if _last_before(self._spots_in_order(q), at)[0] >= 0 else None

    def _named_together(self, people: list[Person], surname: str, at: int, gender: str | None) -> bool:
        """The last two of ``people`` (those of the sex an honorific tells, or of none known) to be
        named before ``at`` were named in full together, joined by "and" at the opening of one sentence,
        as its subject (‘Raj Patel and Nisha Patel run the pharmacy’, ‘Thandi Mokoena, 58, and her
        daughter Lerato Mokoena, 31, opened …’), and the text writes the surname alone nowhere before:
        a bare surname after them could be either."""
        fit = [q for q in people if gender is None or q.gender in (None, gender)]
        if len(fit) < 2:
            return False
        spots = sorted(_last_before(self._spots_in_order(q), at) for q in fit)
        (a, a_end), (b, b_end) = spots[-2:]
        if a < 0 or b_end > at or b - a_end > TOGETHER_REACH:
            return False
        gap = self.text[a_end:b]
        if (" and " not in gap and not gap.startswith("and ")) or "\n" in gap or RE_STOP.search(gap) is not None \
                or not self.opens_sentence(a):
            return False
        first = min(s for q in fit for s, _ in self._spots_in_order(q)[:1])
        return not self._bare_between(surname, first, at, Person(""))  # (outside anyone's full name)

    def _goes_on_with(self, people: list[Person], at: int, end: int) -> Person | None:
        """The one of ``people`` who spoke last, in this paragraph or the one before, when the cue at a
        bare surname goes on with the speaker before (‘“…,” said Peter Ochieng. / “…,” Ochieng
        added.’), and no other of them is named since."""
        text = self.text
        after = text[end:end + 12].split()[:1]
        before = text[max(0, at - 12):at].split()[-1:]
        if not ((after and after[0].rstrip(".,:") in CONTINUING_CUES) or (before and before[0] in CONTINUING_CUES)):
            return None
        pos, q = next(((pos, q) for pos, q in reversed(self.speakers) if pos < at), (-1, None))
        if q is None or not any(q is o for o in people) or at - pos > NAMESAKE_REACH \
                or len(RE_PARAGRAPH_BREAK.findall(text, pos, at)) > 1:
            return None
        if any(o is not q and self.last_spot(o, at) > pos for o in people):
            return None  # (‘“…,” said Mary Ochieng. Peter Ochieng said the boat was gone. “…,” Ochieng added’)
        return q

    def dead_or_victim(self, p: Person, dead_only: bool = False) -> bool:
        """The article tells of ``p``'s death or killing (‘in the death of Ashlyn Voss’, ‘Tom Ray was
        killed’): their kin, set off as a subject, speaks for them. ``dead_only``: a death told, never a
        wound one lives through (‘Devon Hale, 35, was shot by officers …. Hale, speaking from hospital’)."""
        after = RE_DEAD_AFTER if dead_only else RE_DIED_AFTER
        for a, b in self._spots_in_order(p)[:4]:
            if RE_DEATH_BEFORE.search(self.text, max(0, a - 24), a) or after.match(self.text, b):
                return True
        return self._death_told_by_pronoun(p)

    def _death_told_by_pronoun(self, p: Person) -> bool:
        """The paragraph that first names ``p`` in full tells their death with a pronoun of their sex,
        no other person named between (‘… selling Kayla Ross, 19, four pills …. She was found
        unresponsive …. An autopsy determined she died of …’, ‘Tom Reed, 24, was cycling home …. He
        died at the scene’); never another's: ‘Tom Reed, 24, was hurt. His friend Sam Lowe said he died’."""
        spots = self._spots_in_order(p)[:1]
        sex = p.gender
        if not spots or sex is None or len(p.name.split()) < 2:
            return False
        b = spots[0][1]
        stop = self.text.find("\n", b)
        stop = min(len(self.text), b + DEATH_PRONOUN_REACH) if stop < 0 else min(stop, b + DEATH_PRONOUN_REACH)
        told = RE_DEATH_BY_PRONOUN.search(self.text, b, stop)
        if told is None or (told.group(1).lower() == "she") != (sex == "f") or "“" in self.text[b:told.start()]:
            return False
        return RE_ANOTHER_NAME.search(self.text, b, told.start()) is None

    def _introduced_aged(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full with an age set off, alive
        (‘That was little comfort to Tomas Reyes, 44, who had worked there’; never ‘named after
        Lily Adams, 12, who died in a crash’), and not set off after someone described (never ‘Police
        arrested a suspect, John Doe, 24,’: the object's name)."""
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or self.text.endswith(", ", 0, first[0][0]):
            return False
        age = RE_AGE_AFTER.match(self.text, first[0][1])
        return age is not None and RE_WHO_DIED.match(self.text, age.end()) is None and not self.dead_or_victim(p)

    def _introduced_with_who(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full, with a relative "who" after
        it (past a short description), alive, and the surname is a namesake's: the new one the text brings
        in, whose words follow (‘Mary Walsh, the minister, … / That was not enough for Eileen Walsh, who
        runs a nursing home. / “…,” she said’ is Eileen Walsh's; never ‘a suspect, John Doe, who …’, nor
        ‘Lily Adams, who died in a crash’)."""
        if not self.namesakes.get(p.surname):
            return False
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or self.text.endswith(", ", 0, first[0][0]):
            return False
        start = _after_last_stop(self.text, first[0][0])
        if RE_PRONOUN_DOES.match(self.text, start, first[0][0]):
            return False  # (the object of a verb whose subject is the one speaking: ‘He singled out Tyler
            # Jensen, who scored twice. “…,” he said’ stays the coach's)
        who = RE_WHO_AFTER_NAME.match(self.text, first[0][1])
        return who is not None and RE_WHO_DIED.match(self.text, who.end() - 4) is None and not self.dead_or_victim(p)

    def _introduced_as_predicate(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full, as what a sentence opening
        with a described one "was" or "is", alive, and the next sentence opens with the pronoun of their
        sex: the one brought in, whose words follow (‘The teacher was Ingrid Solberg, a cabinetmaker. She
        remembers his first chair. “…,” she says’; never ‘The victim was Lily Adams, 12.’)."""
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or p.gender is None:
            return False
        start = _after_last_stop(self.text, first[0][0])
        if RE_DESCRIBED_WAS.fullmatch(self.text, start, first[0][0]) is None:
            return False
        stop = self.text.find(". ", first[0][1], first[0][1] + 2 * SUBJECT_REACH)
        return stop >= 0 and self.text.startswith("She " if p.gender == "f" else "He ", stop + 2) \
            and not self.dead_or_victim(p)

    def _introduced_as_kin(self, p: Person, pos: int) -> bool:
        """The mention at ``pos`` is where the text first names ``p``, in full, set off after a kin noun and
        acting as the subject of the verb after it, alive (‘That was the point the victim's husband, Sipho
        Dlamini, returned to outside court’; never ‘Police arrested her brother, John Doe, on Tuesday’, nor
        ‘his late wife, Mary Doe, died in 2019’)."""
        first = self._spots_in_order(p)[:1]
        if not first or not first[0][0] <= pos < first[0][1] or not self.text.endswith(", ", 0, first[0][0]) \
                or not self.text.startswith(", ", first[0][1]):
            return False
        kin = self.text[max(0, first[0][0] - 24):first[0][0] - 2].rsplit(" ", 1)[-1].lower()
        return kin in KIN_WORDS and _verb_at(self.text, first[0][1] + 1) and not self.dead_or_victim(p)

    def _other_bearer_before(self, p: Person, word: str, at: int) -> bool:
        """The text writes the surname ``word`` before ``at`` (past the headline) as the last word of
        someone's name, after a capitalised word that is neither ``p``'s given name, an honorific, a
        role noun nor the sentence's first word: someone other than ``p`` (named only later) bore it
        there."""
        given = p.name.split()[0]
        for _, i in zip(range(6), word_positions(self.text, word, self.first_line_end, at)):  # (a few spots: bounded)
            if any(a <= i < b for a, b in p.spots) or not self.text.endswith(" ", 0, i):
                continue
            prev = self.text[max(0, i - 30):i - 1].rsplit(" ", 1)[-1]
            low = prev.lower()
            lead = self.text[max(0, i - len(prev) - 4):i - 1 - len(prev)].rstrip(" ")
            if prev[:1].isupper() and prev.isalpha() and prev != given and low not in HONORIFICS \
                    and low not in ROLE_NOUNS and lead[-1:] not in ("", ".", "!", "?", "\n", "“", "\"", ":"):
                return True
        return False

    def _bare_between(self, surname: str, lo: int, hi: int, q: Person) -> bool:
        """The text writes the surname alone between ``lo`` and ``hi`` (a bounded stretch), outside
        ``q``'s full name."""
        low = surname.lower()
        for m in RE_CAPWORD.finditer(self.text, lo, min(hi, lo + 3000)):
            if m.group().lower() != low or any(a <= m.start() < b for a, b in q.spots) or _name_goes_on(self.text, m.end()):
                continue  # (nor a name written surname first: ‘Goh Chin Huat and Goh Wei Liang’)
            prev = self.text[max(0, m.start() - 30):m.start()].split()[-1:]
            if not prev or not prev[0][:1].isupper() or prev[0][-1] in ".!?:”\"":  # (never inside a full name)
                return True
        return False

    def _surname_taken(self, p: Person, q: Person) -> bool:
        """The text writes p's surname alone, outside either's full name, before q is first named."""
        key = (id(p), id(q))
        known = self._taken.get(key)
        if known is None:
            word = p.name.split()[-1]
            ps, qs = self._spots_in_order(p), self._spots_in_order(q)
            lo, hi = ps[0][0] if ps else 0, qs[0][0] if qs else 0
            inside = (*p.spots, *q.spots)
            known = False
            i = self.text.find(word, lo, hi)
            while i >= 0 and not known:
                e = i + len(word)
                known = (i == 0 or not self.text[i - 1].isalpha()) and not self.text[e:e + 1].isalpha() \
                    and not any(a <= i < b for a, b in inside)
                i = self.text.find(word, e, hi)
            self._taken[key] = known
        return known

    def common_word(self, word: str, at: int = 0) -> bool:
        """The article also writes this capitalised word in lower case, as a word of its own,
        within COMMON_WORD_REACH characters of ``at`` ("Top" beside "top secret"): a common word,
        not a given name. Known given names never are ("Bill" beside "the bill"). The reach keeps
        the cost per word bounded, whatever the length of the text; the answer for a word is
        decided once per article, around its first use as a name's first word."""
        low = word.lower()
        known = self._common.get(low)
        if known is None:
            known = False
            if low.isalpha() and gender_of(low) is None:
                lo, hi = max(0, at - COMMON_WORD_REACH), at + COMMON_WORD_REACH
                known = next(word_positions(self.text, low, lo, hi), None) is not None
            self._common[low] = known
        return known

    def _before_a_role(self, p: Person) -> bool:
        """A name the article writes before a role, as a body's letters are ("FDA chief", "NASA
        administrator"), never a person's initials ("JK, who now lives in Leeds")."""
        for _, at in zip(range(4), word_positions(self.text, p.name)):
            end = at + len(p.name)
            word = self.text[end + 1:end + 24].split(" ", 1)[0].rstrip(",.;:").lower()
            if self.text[end:end + 1] == " " and word in ROLE_NOUNS:
                return True
        return False

    def roles_of(self, p: Person) -> list[str]:
        """The roles the article gives a person (appositives found on first request)."""
        text = self.text
        while p.next_spot < len(p.spots) and len(p.roles) < 3:
            start, end = p.spots[p.next_spot]
            p.next_spot += 1
            written = text[start:end]
            if not self._names(p, written):
                continue  # another full name with the surname ("a teacher's aide, Anne Marie Murphy")
            role = before = None
            if text.startswith(",", end) and not (_after_lower_the(text, start) and written.split(" ", 1)[0].rstrip(".").lower()
                                                   not in HONORIFICS and written.split(" ", 1)[0].rstrip(".").lower() not in CLERGY_STYLES):
                # (a style keeps its role: ‘the Rev. Leo Grant, pastor of Bethel Church,’)
                toks, j = _appositive_tokens(text, start, end)
                role = self._appositive_after(toks, j) if j is not None else None
            lead = start  # (past an honorific set off with the name: ‘The chairman of the union, Mr Yusuf Ali,’)
            while (h := RE_HONORIFIC_BEFORE.search(text, max(0, lead - 12), lead)) is not None \
                    and h.group(1).lower() in HONORIFICS and lead - start < 24:
                lead = h.start()
            if text.endswith(", the ", 0, lead) and written.split(" ", 1)[0].rstrip(".").lower() in CLERGY_STYLES:
                lead -= 4  # (and a style's article: ‘the Bishop of Wexcombe, the Rt Revd Alison Threlfall,’)
            if text[max(0, lead - 3):lead].rstrip().endswith((",", "(")) or (
                    start > 1 and text[start - 1] == " " and text[start - 2].islower()
                    and text[max(0, start - 30):start].split()[-1] in ROLE_NOUNS):
                # ‘…, Germany’s defense minister, Boris Pistorius’ or ‘finance minister Rachel Reeves’, or
                # a broadsheet's ‘The Minister for Lands (Mr. Ernest Blaxland)’ (and both sides: ‘her
                # mother, Elena Vasquez, a former college player,’)
                toks = tokenize(text, max(0, lead - 60), end)
                k = next((i for i, t in enumerate(toks) if t.start >= lead), None)
                before = self._role_before(toks, k, text.startswith(",", end)) if k is not None else None
                if before is None and text.startswith(",", end) and text[max(0, lead - 3):lead].rstrip().endswith(",") \
                        and RE_SEAT_BEFORE.search(text, max(0, lead - SEAT_REACH), lead) is not None:
                    toks = tokenize(text, max(0, lead - SEAT_REACH), end)  # (a seat's long phrase after the
                    # office: ‘The lawmaker representing Ikeja constituency in the Lagos State House of Assembly,
                    # Hon. Ade Ojo,’ runs past the usual reach)
                    k = next((i for i, t in enumerate(toks) if t.start >= lead), None)
                    before = self._role_before(toks, k, True) if k is not None else None
            if before is None and role is None and text.endswith(", ", 0, lead) \
                    and all(w.rstrip(".").lower() in ("mr", "mrs", "ms", "miss") for w in text[lead:start].split()) \
                    and ((w0 := written.split(" ", 1)[0].rstrip(".").lower()) in ("mr", "mrs", "ms", "miss")
                         or (w0 not in HONORIFICS and w0 not in ROLE_NOUNS)) \
                    and RE_PROSECUTION_CASE_BEFORE.search(text, max(0, lead - 40), lead) is not None:
                # (counsel, never one with a title before the name: a judge's summing up, a detective or a
                # pathologist closing the Crown's case, review rv60a)
                before = "prosecutor"  # ‘Opening the prosecution case, Ann Lee KC said’ (w60a)
            if role and before and description_head(before) not in KIN_NOUNS and not _plain_kind(before) \
                    and not _body_office_words(before.lower().split()):
                before = None  # (both only for kin, which says whose elder or younger they are, or for the
                # plain kind that opens the sentence: ‘The contractor, Edgar Lim, president of Golden Builders,’;
                # or for a trade a story calls by its kind: ‘Political scientist X, director of …,’ is "the expert")
            if before and description_head(before) in KIN_NOUNS and RE_PAIR_KIN_BEFORE.search(text, max(0, lead - 40), lead):
                before = None  # (a pair's words, no one's kin: ‘run by husband and wife Geoff and Maureen Tolley’
                # never makes Geoff "his wife")
            found = [r for r in (role, before) if r and r not in p.roles]
            for r in found:
                # the first role found is the one shown (more are found on the next call), before
                # a bare honorific ("Dr." of "Dr. Amir Khan, the hospital's chief executive")
                p.roles.insert(0 if all(map(_bare_honorific, p.roles)) else len(p.roles), r)
            if found:
                break
        return p.roles

    @staticmethod
    def _names(p: Person, written: str) -> bool:
        """The name as written at a spot is the person's: a surname alone, with a title, or a
        given name of theirs ("Donald Trump" for Donald J. Trump, never Anne Marie Murphy for
        Chris Murphy, whose surname keys them together)."""
        words = split_title(written.split())[1]
        return len(words) < 2 or " " not in p.name or words[0] in p.name.split()

    def _given_pairs_alone(self) -> list[tuple[int, Person]]:
        """Where a person named in full by three words or more is called by the first two alone, the
        cast having read them as part of that name: a given name of two words (‘Emma Jo said she plans
        …’ after ‘Emma Jo Lindgren’, ‘Mary Kate said’ of Mary Kate Doherty), which the search by a
        single given name never finds, as the name goes on after its first word. Read from the spots."""
        out = []
        for q in self.by_surname.values():
            parts = q.name.split()
            if len(parts) < 3 or q.kind != "name":
                continue
            pair = parts[0] + " " + parts[1]
            out.extend((s_, q) for s_, e_ in q.spots if e_ - s_ == len(pair) and self.text.startswith(pair, s_)
                       and not _name_goes_on(self.text, e_))
        return out

    def mention_stream(self) -> list[tuple[int, Person]]:
        """Every person and group the text names, in order (for pronouns and anaphora)."""
        out: list[tuple[int, Person]] = []
        text = self.text
        surnames = [(_surname_written(p.name.split()), p) for p in self.by_surname.values()]
        # a first word that a cue has named its person by, alone (not followed by the rest of a
        # name), names that person here too ("And Donald, then in college, …" after "Donald said")
        firsts = list(self._first_word_cues.items())
        # and the given name alone of someone the article marks as a person by a known given name,
        # kin or an age ("Arjun takes this as a compliment" after "Arjun Mehta, 12,")
        cued = {p_.name for _, p_ in firsts}
        for low, q in self._first_word_people().items():
            if q is None or q.name in cued or low in FUNCTION_WORDS or low in AUXILIARIES or low in NOT_GIVEN_ALONE \
                    or low in PLACE_GIVEN_NAMES:
                continue
            first = given = q.name[:q.name.index(" ")]
            if low != first.lower() and self._nicknames.get(low) is q:
                first = self._nicknames_written[low]  # (the nickname alone: ‘Patrick “Packie” Moran … Packie was
                # asked’, a person by the given name inside the full name)
            if first[:1].isupper() and len(first) > 2 and first.replace("-", "").isalpha() \
                    and (gender_of(given) is not None or self._kin_or_aged(q)  # (the look-up first: the
                         # spots' searches only for a name the lists do not know; either alone answers)
                         or (_surname_first(q.name) and (q.titled or bool(q.roles)))
                         or (first == given and (q.who or q.titled or bool(q.roles)
                                                 or (bool(q.spots) and _role_word_before(text, q.spots[0][0])))
                             and _opens_sentence_alone(text, first) and not self.firm_named(q))) \
                    and not self.common_word(first, q.spots[0][0] if q.spots else 0):
                # (or the surname written first of one the article gives a role: ‘Defense Minister
                # Lee Jong-sup …. Lee rejected the calls. “…,” he told the committee’; or a given name of
                # either sex, or none a list knows, of one with a role or a "who", that opens a sentence
                # alone: ‘bar manager Dee Halloran … Dee had a suggestion of her own. “…,” she said’)
                firsts.append((first, q))
        for word in self._inner_word_people():  # and the first of two surnames alone (‘Carlos Andrés Muñoz
            # Piamba, mayor of Argelia, …. Muñoz's wife, Diana, embraced him before he addressed the crowd’)
            if word[:1].isupper() and word.isalpha() and word.lower() not in self.by_surname \
                    and self._first_word_people().get(word.lower()) is None \
                    and (q := self.first_surname_owner(word)) is not None and q.name.split()[-2] == word:
                firsts.append((word, q))
            elif word[:1].isupper() and word.isalpha() \
                    and (q := self.called_after_lead(word) or (self._called_after_leads(word)
                                                               if self._inner_word_people()[word] is None else None)) is not None:
                firsts.append((word, q))  # and the given name after a Malay or Arabic lead, however the
                # sentence goes on (‘Muhammad Hafiz Rosli …. Hafiz, the quieter of the pair, dedicated …’);
                # that of two such names, as written (never the one who spoke before)
        alone: list[tuple[int, Person]] = []
        if len(surnames) + len(firsts) <= FEW_PEOPLE:
            # a fast substring search per person: cheaper than a pass over every capitalised word
            for surname, person in surnames:
                out.extend((i, person) for i in word_positions(text, surname)
                           if not _inside_capitalised_compound(text, i, i + len(surname)))
            for first, person in firsts:
                alone.extend((i, person) for i in word_positions(text, first)
                             if not _name_goes_on(text, i + len(first)) and not _after_function_word(text, i))
        else:  # one pass over the capitalised words, whatever the number of people
            by_cap = dict(surnames)
            by_first = dict(firsts)
            for m in RE_CAPWORD.finditer(text):
                p = by_cap.get(m.group())
                if p is not None:
                    out.append((m.start(), p))
                elif by_first:
                    p = by_first.get(m.group())
                    if p is not None and not _name_goes_on(text, m.end()) and not _after_function_word(text, m.start()):
                        alone.append((m.start(), p))
        if self.namesakes:  # a surname inside a namesake's full name is the namesake's
            owner = {end - len(q.name) + q.name.find(" ") if written_surname_first(q.name.split())
                     and text.endswith(q.name, start, end) else end: q
                     for qs in self.namesakes.values() for q in qs for start, end in q.spots}
            # (where the surname ends: the first word's end of a name written surname first, ‘Ong Li Ting’,
            # counted from the name's end, as a spot may open with a title: ‘Senior Counsel Ong Li Ting’)
            # (each person's surname measured once, not once per mention; a Person is unhashable)
            size = {id(p): len(surname) for surname, p in surnames}
            out = [(i, owner.get(i + size[id(p)], p)) for i, p in out]
        out += alone
        out += self._given_pairs_alone()
        for m in RE_SET_OFF_WORD.finditer(text):  # "My sister, Claire, was less surprised": a "she"
            before = text[max(0, m.start() - 14):m.start()]
            kin = before[before.rfind(" ") + 1:].lower()
            gender = gender_of(m.group(1)) or GENDERED_NOUNS.get(kin)  # ("His wife, Eirlys,": a woman)
            if gender is not None and kin in KIN_WORDS:
                # (the one named in full with that given name, if one is: "his wife, Jane")
                known = self._first_word_people().get(m.group(1).lower())
                if known is None:
                    known = self.by_surname.get(m.group(1).lower())  # (or the one name they go by alone)
                    if known is not None and known.name == m.group(1) and known.gender is None:
                        known.gender = gender  # ("His mother, Glenys,": a woman, never the "he" of the story)
                out.append((m.start(1), known if known is not None and known.gender in (None, gender)
                            else Person(m.group(1), gender=gender)))
        for m in RE_GIVEN_SUBJECT_SET_OFF.finditer(text):  # ‘Destiny, the eldest, says …’: one by a given name
            given = m.group(1)
            aside = text[m.end(1) + 2:m.end() - 2].lower().split()
            sex = gender_of(given)
            if self._in_headline(m.start(1)) or given.lower() in PLACE_GIVEN_NAMES or given.lower() in NOT_NAMES \
                    or aside[0] in ("whose", "which", "where", "home", "a", "an") or (
                    sex is None and not (set(aside) & FAMILY_ASIDE_WORDS or aside[0].endswith(("ed", "ing")))):
                continue  # (a given name the lists know, or an aside only a person has: ‘Beni, the youngest,
                # was …’; never "Virginia, whose governor …", "Acme, the software giant, said")
            known = self._first_word_people().get(given.lower())
            if known is None and (given.lower() in self.by_surname
                                  or any(given in q.name.split()[1:] for q in self.by_surname.values())):
                continue  # (a surname the article gives someone, or part of one: theirs, ‘María Elena
                # Castillo Ferrer … Castillo, responding in kind, thanked …’)
            one = known if known is not None and known.gender in (None, sex) else Person(given, gender=sex)
            out.append((m.start(1), one))
            if sex is not None and known is None:  # and the given name alone again later, as a clause's
                # subject: ‘Maureen, from Elmside, said …. / Later in the show, Maureen rang back. / “…,” she said’
                out.extend((i, one) for i in word_positions(text, given, m.end()) if _given_opens_clause(text, i, given))
        in_place = RE_GIVEN_IN_PLACE.finditer(text) if RE_PLACE_THEN_SENDING.search(text) else ()
        for m in in_place:  # ‘Gareth in Treorchy sent this picture …, which he describes’
            given = m.group(1)
            sex = gender_of(given)
            if sex is None or given.lower() in PLACE_GIVEN_NAMES or given.lower() in NOT_NAMES \
                    or given.lower() in self.by_surname or self._in_headline(m.start(1)):
                continue  # (a given name the lists know, of a sex, never a surname the article gives someone)
            known = self._first_word_people().get(given.lower())
            out.append((m.start(1), known if known is not None and known.gender in (None, sex) else Person(given, gender=sex)))
        # (every match holds either verb: a substring test first spares most articles the pass)
        self_named = RE_SELF_NAMED.finditer(text) if "identified " in text or "introduced " in text \
            or " name only as " in text or " name as " in text else ()
        for m in self_named:  # ‘a student who introduced himself as Caleb’: a "he" named so
            _, words = split_title(m.group(3).split())  # (past a title: ‘as Detective Inspector John Wray’)
            if not words or words[0].lower() in FAITHS or words[0].lower() in DEMONYMS or words[0].lower() in PARTY_WORDS:
                continue  # (a faith, a nation, a party: ‘identified herself as Catholic’)
            name = " ".join(words)
            at = m.start(3) + m.group(3).rindex(name) if name in m.group(3) else m.start(3)
            if RE_SUBJECT_SET_OFF.search(text, max(0, m.start() - 120), m.start()) is None:
                continue  # (only the one the sentence is about, set off after its subject: ‘An audience
                # member, a journalism student who introduced himself as Caleb, asked …’; never an
                # object, ‘greeted a man who introduced himself as Caleb’)
            known = self.by_surname.get(words[-1].lower())
            out.append((at, known if known is not None and known.name.endswith(name)
                        else Person(name, gender={"himself": "m", "herself": "f", "his": "m", "her": "f"}.get(
                            m.group(1) or m.group(2)))))
            self._spoke_at.add(at)
        for at, described in _aged_ones_set_off(text):  # ‘One victim, an 89-year-old widow from Wigan, …’
            out.append((at, Person(described, kind="description",
                                   gender=GENDERED_NOUNS.get(description_head(described) or ""))))
        introduced: dict[tuple[str, bool], Person] = {}  # the unnamed introduced by "a …", by head noun
        heads = [h for h, _ in self.headlines]
        # (a short first line is a headline's when no sentence's stop ends it)
        first_end = self.first_line_end if not text[:self.first_line_end].rstrip().endswith((".", "!", "?")) else 0
        for m_start, m_end in people_words(text):
            if m_start < first_end or (
                    (h := bisect.bisect_right(heads, m_start) - 1) >= 0 and m_start < self.headlines[h][1]):
                continue  # (a headline's "a scientist who refuses …" is no one the story's "she" stands for)
            word = text[m_start:m_end].lower()
            if word == "person" and not text.startswith(SOURCE_PHRASES, m_end):
                continue  # (only a source described: "a person familiar with …", never "one person")
            if thing_source(word, text[max(0, m_start - 16):m_start - 1].rsplit(" ", 1)[-1]):
                continue  # (a thing's: "does not identify a funding source")
            if word in INTRODUCED_PEOPLE and word not in ANONYMOUS_PEOPLE and word not in SOURCE_NOUNS and (
                    (spoke := RE_SPEAKS_NEXT.match(text, m_end)) is None or (
                        RE_OBJECT_PRONOUN.match(text, spoke.end()) and not _other_sex_object(text, m_end, spoke.end()))) \
                    and _described_before_set_off(text, m_start) is None:
                continue  # (brought in only as one who speaks, the verb next, past an aside or the body they
                # belong to, never to the one a pronoun after may stand for: never "a doctor had warned her",
                # ‘a doctor warned her that …’, nor ‘A coach is only as good as his players, he likes to say’)
            if word in ANONYMOUS_PEOPLE and (not (_speaks_after(text, m_end) or RE_ALIAS.match(text, _past_programme(text, m_end)) is not None)
                    or RE_NAME_AFTER.match(text, m_end)):  # (‘a forklift driver who gave his name only as Darnell
                # said’, ‘Her neighbour, who gave his name only as Pat, was less sympathetic’: the one name given)
                continue  # (one of many, unnamed: a "he" or "she" only once they speak, "A passenger said";
                # never a title before the name that is the mention: "campaign manager Robby Mook said")
            lo = max(0, m_start - 60)
            hi = min(len(text), m_end + (KNOWING_DESCRIPTION_AFTER_CHARS if text.startswith(KNOWING_WORDS_AFTER, m_end)
                                         else DESCRIPTION_AFTER_CHARS))
            while hi < len(text) and text[hi - 1].isalnum():
                hi += 1  # (never a word cut at the window's end: ‘… Control and Preventio’)
            toks = tokenize(text, lo, hi)
            k = next((i for i, t in enumerate(toks) if t.start >= m_start), None)
            if k is None:
                continue
            d = _description_back(toks, k, max(0, k - 8))
            if d is None or (d >= 2 and toks[d - 1].word in BE_FORMS_ALL | {"became", "becomes"}
                             and (is_name_token(toks[d - 2]) or toks[d - 2].text == ","
                                  or (d >= 3 and toks[d - 1].word == "been" and toks[d - 2].word in ("has", "have", "had")
                                      and toks[d - 3].word in ("he", "she")))):
                continue  # (a named person's predicate introduces no one: ‘John Hale, 45, is a retired nurse’,
                # nor one's a "she" stands for: ‘She has been a home care worker for 19 years’)
            md = mention_after(toks, d, text) if toks[d].word in ("a", "an", "the") or _one_described_at(toks, d, k) or (
                d == k and toks[d].capitalized and plural_word(word)) else None  # ("Analysts at Brookline Partners")
            scene = md is not None and md.kind == "description" and md.end < m_start and _verb_at(text, md.end)
            # (the subject of a scene's verb, never the clause with its object: ‘The father turns to his son.’
            # introduces "the father", never "the father turns to his son")
            end = md.end if md is not None and md.kind == "description" and (md.end >= m_end or scene) else m_end
            start = toks[d].start
            if end == m_end and RE_BODY_SET_OFF.match(text, end) is not None:
                continue  # a body described, no one a "he" or "she" stands for: ‘The owner, a Delaware holding company,’
            if RE_NAMED_AS_PREDICATE.match(text, end) is not None:
                continue  # the one named after it: ‘The chief executive in question was Oluwaseun Bakare-Lund’
            if end == m_end and _people_word_modifies(text, m_start, m_end):
                continue  # an adjective, no one a "he" or "she" stands for: ‘The official news agency quoted him
                # as saying …’ is an outlet
            if word in INTRODUCED_PEOPLE and (body := RE_OF_BODY_AFTER.match(text, end)) is not None:
                end = body.end()  # (with the body they belong to, as their cue gives them: ‘One engineer at Orchard’)
            desc = text[start:end]
            first = desc.split()[0]
            if first.lower() in ("a", "an") and text[m_end - 1] not in "sS" and text.endswith(", ", 0, start) \
                    and (lead := _described_before_set_off(text, m_start)) is not None and lead.end() == start:
                # set off after the subject's own description, the same one: ‘However, a member of the inspection
                # team, an engineer who spoke on condition of anonymity, said …. “…,” the engineer said’ is "a
                # member of the inspection team", whom "the engineer" after stands for
                described = lead.group(1)
                person = Person(described[0].lower() + described[1:], kind="description", roles=[desc])
                introduced.setdefault((description_head(desc) or "", False), person)
                out.append((lead.start(), person))
                continue
            if word in INTRODUCED_PEOPLE and word not in ANONYMOUS_PEOPLE and word not in SOURCE_NOUNS and (
                    first.lower() not in ("a", "an", "one", "another") or not _opens_clause_at(text, start)):
                continue  # (the subject of its sentence, never ‘when an Iowa voter asked if she …’, ‘She's a
                # Sanders supporter’, ‘Joyce — who is listed as an attorney in Illinois —’; but an unnamed source
                # is one wherever it stands, as "a source" is: ‘…, according to an insider. “…,” the source said’)
            if first in ("A", "An", "The", "One", "Another") or first.lower() in DESCRIPTION_NOUNS:
                desc = (first if first[1:2].isupper() else first.lower()) + desc[len(first):]  # "Officials" → "officials", never "MPs"
            if word == "executive" and desc[:4].lower() == "the ":
                continue  # (a firm's executive named before, not one introduced: ‘Mark Dunn was appointed chief
                # executive in May. The chief executive, who took over from Sally Reyes, said …’)
            if word in COLLECTIVE_NOUNS and description_head(desc) != word:
                continue  # ("attorneys for the family": the attorneys, remembered by their own word)
            named = d - 2 if d > 1 and toks[d - 1].text == "," else -1
            if named >= 2 and toks[named].text.isdigit() and toks[named - 1].text == ",":
                named -= 2  # (after an age: ‘Tasha Reed, 31, a pediatric nurse, said’)
            if named >= 0 and toks[named].capitalized and toks[named].word in self.by_surname \
                    and not self.by_surname[toks[named].word].placelike \
                    and GENDERED_NOUNS.get(word) in (None, self.by_surname[toks[named].word].gender):  # (never another
                # sex's: ‘so she would not have to see Lamontagne, the woman told …’ ends an opening phrase)
                continue  # (an appositive, the named person's: "When Robby Mook, Clinton’s campaign manager was")
            head = description_head(desc) or ""
            plural = text[m_end - 1] in "sS" and not desc.lower().startswith("one of ")  # ("one of the victims")
            if desc.startswith(("the ", "The ")) and len(desc.split()) == 2 and (head, plural) in introduced:
                out.append((start, introduced[head, plural]))  # "The official said …": the one introduced
                continue
            if desc.startswith(("the ", "The ")) and len(desc.split()) == 2 and word in ANONYMOUS_PEOPLE \
                    and _predicate_of_named(word).search(text, max(0, start - 1500), start) is not None:
                continue  # the named one it describes: ‘John Hale, 45, is a retired teacher. The teacher said …’
            alias = RE_ALIAS.match(text, _past_programme(text, end)) if alias_is_theirs(desc) else None
            if alias is None and text.startswith(" who ", end) and alias_is_theirs(desc):
                alias = alias_after_clause(text, end)  # (‘A student who fled to Mae Sot, and who asked to be
                # identified only as Aung, said …’)
            if alias is not None:  # ‘A student, who gave only her first name, Niloufar, said …’: her name
                out.append((start, Person(alias.group(2), gender=alias_gender(alias) or GENDERED_NOUNS.get(head))))
                continue
            given = RE_GIVEN_SET_OFF.match(text, end) if not plural and (first.lower() in ("a", "an", "another", "one") or (
                first.lower() == "the" and desc.split()[1:2] and desc.split()[1].lower() in TURN_WORDS)) else None
            # (one of a line too: ‘The first caller, Siobhan in Tralee, said …’)
            if given is not None and (gender_of(given.group(1)) is not None or given.group(2)) \
                    and given.group(1).lower() not in self.by_surname and given.group(1).lower() not in ONE_WORD_PLACES:
                # the one name given, set off (‘Another woman, Freshta, 41, a former teacher, said …’): hers
                out.append((start, Person(given.group(1), gender=gender_of(given.group(1)) or GENDERED_NOUNS.get(head))))
                continue
            its_role = RE_ITS_ROLE_SET_OFF.match(text, end) if not plural and desc[:4].lower() == "its " else None
            if its_role is not None or (not plural and desc[:4].lower() in ("his ", "her ") and text.startswith((" ", ", "), end)):
                at_ = its_role.end() if its_role is not None else end + (1 if text[end] == " " else 2)
                # (a body's officer set off with the name: ‘its executive director, Gideon Farquharson,’)
                run = RE_NAME_RUN.match(text, at_) or RE_CAPWORD.match(text, at_)
                named = self.by_surname.get(run.group().split()[-1].lower()) if run is not None else None
                if named is not None and named.kind == "name" and not named.placelike:
                    out.append((start, named))  # the one named right after: ‘His friend Kyle, also 16,
                    continue  # said …’ is Kyle, whom a "he" after stands for
            person = Person(desc, kind="description", plural=plural,
                            gender=GENDERED_NOUNS.get(head) or (None if plural else self.sex_told_after(end)))
            # (the sex the rest of its sentence tells: ‘One engineer, who … because he was not
            # authorized …, said’ is a man, never the "she" of the next paragraph)
            if desc.startswith(("a ", "an ", "A ", "An ")):
                introduced.setdefault((head, plural), person)
            out.append((start, person))
        out.sort(key=_position)
        if self.quoted:  # words inside a quotation are no one's mention: ‘“She was a very funny woman,” …’
            # (nor a person named there: ‘“… Hillary Clinton represents a continuation …,” she said’)
            starts = [s_ for s_, _ in self.quoted]
            ends = [e_ for _, e_ in self.quoted]
            out = [(i, p) for i, p in out if (k := bisect.bisect_right(starts, i) - 1) < 0 or i >= ends[k]]
        return out

    def _appositive_after(self, toks, j) -> str | None:
        n = len(toks)
        if j + 4 < n and toks[j + 1].text == "," and toks[j + 2].text.isdigit() and toks[j + 3].text == ",":
            j += 2  # an age first: "Mark Evans, 54, a farmer from Devon"
        if j + 3 < n and toks[j + 1].text == "," and toks[j + 2].word in COURT_SIDE_PARTICIPLES \
                and toks[j + 2].text.islower() and toks[j + 3].text in ",;.":
            return COURT_SIDE_PARTICIPLES[toks[j + 2].word]  # counsel's side: ‘Ann Lee KC, prosecuting,’ is the
            # prosecutor ("the prosecutor said" later is hers) (w60a)
        if j + 2 < n and toks[j + 1].text == ",":
            r = j + 2
            if toks[r].word in RELATIVES or toks[r].word in ("said", "says", "told", "added") \
                    or toks[r].word in AUXILIARIES or toks[r].word in CLAUSE_WORDS or not toks[r].text[:1].isalnum() \
                    or (toks[r].word.endswith("ing") and not toks[r].capitalized and toks[r].word not in TITLE_PARTICIPLES) \
                    or (toks[r].word in IRREGULAR_PAST and not toks[r].capitalized) \
                    or (toks[r].word.endswith("ed") and not toks[r].capitalized and r + 1 < n
                        and toks[r + 1].word not in ROLE_NOUNS and toks[r + 1].word not in DESCRIPTION_NOUNS):
                return None  # "Rhonda Hughes, 54, is a supporter", "X, speaking to reporters", "X, voiced support",
                # "X, 38, stood before the judge": a clause
            while r < n and toks[r].text not in ",.;:—()“”\"" and toks[r].word != "and" and r - j < 14 \
                    and toks[r].word not in CLAUSE_WORDS:
                if toks[r].word in SPEECH_VERBS:
                    return None
                r += 1
            phrase = toks[j + 2: r]
            if names_a_role(phrase):
                return role_text(phrase, self.text)
        return None

    def _title_shared(self, recent, p: Person, head: str) -> bool:
        """Another person of the article, or of the recent mentions, holds the office ``head``
        names too (an abbreviated title is resolved only when it is the article's one)."""
        people = itertools.chain((q for _, q in recent), itertools.islice(reversed(self.by_surname.values()), self.window))
        fits = GENDERED_NOUNS.get(head)
        return any(q is not p and q.kind == "name" and (fits is None or q.gender in (None, fits))
                   and any(head in _role_words(r) for r in self.roles_of(q)) for q in people)

    def _holder_speaking_on(self, mention: Mention, head: str) -> Person | None:
        """Of the people who hold the office "the <office>" names, the one who spoke last, in this
        paragraph or the one before, when no other holder is named since (‘Sen. Ana Cruz asked …. “…,”
        she said. She later moved to subpoena …. “…,” the senator said’ beside Sen. Ben Ortiz); None
        when anyone else spoke since."""
        pos, q = next(((pos, q) for pos, q in reversed(self.speakers) if pos < mention.start), (-1, None))
        if q is None or q.kind != "name" or q.plural or not any(head in _role_words(r) for r in self.roles_of(q)) \
                or len(RE_PARAGRAPH_BREAK.findall(self.text, pos, mention.start)) > 1:
            return None
        if any(o is not q and self.last_spot(o, mention.start) > pos
               and any(head in _role_words(r) for r in self.roles_of(o)) for o in self._named_in_full()):
            return None  # (never past another holder named since: ‘“…,” Cruz said. Sen. Ben Ortiz disagreed.’)
        between = self.text[pos:mention.start]
        if any(o is not q and " " in o.name and regex.search(r"\b" + regex.escape(o.name.split()[-1]) + r"\b", between)
               and any(head in _role_words(r) for r in self.roles_of(o)) for o in self._named_in_full()):
            return None  # (nor past another holder's surname alone: ‘“…,” Collins said. Murkowski said she …’)
        if RE_PARAGRAPH_BREAK.search(between) is not None and not self._told_of_since(q, pos, mention.start):
            return None  # (a quotation opening a paragraph after the holder's may be the other's reply:
            # ‘“…,” Scott said. / “That is simply wrong,” the senator said.’)
        return q

    def _placed_other(self, p: Person, places: list[str], at: int, head: str = "") -> Person | None:
        """The one person other than ``p``, named before ``at``, whom the text ties to the description's
        place where ``p``'s role does not show one: the place in a clause set off right after their name
        (‘Castellano, in his 11th season at Eastwood,’) or owning it (‘Eastwood’s Castellano’). None when
        ``p`` is tied to it too, or more than one other is."""
        def tied(q: Person) -> bool:
            word = q.name.split()[-1]
            s_ = text.find(word, 0, at)
            while s_ >= 0:
                e_ = s_ + len(word)
                if text[e_:e_ + 1].isalpha() or (s_ and text[s_ - 1].isalpha()):
                    s_ = text.find(word, e_, at)
                    continue
                if text.startswith(", ", e_):
                    stop = min((k for k in (text.find(",", e_ + 2, min(e_ + 90, at)), text.find(".", e_ + 2, min(e_ + 90, at)))
                                if k >= 0), default=-1)  # (never past the description itself: ‘Asked about Reed, the
                    # Eastwood coach said’ ties no one)
                    if stop >= 0 and any(w.strip("’'").lower() in places for w in text[e_ + 2:stop].split()
                                         if w[:1].isupper()):
                        return True
                if any(text.endswith((f"{w}’s ", f"{w}'s "), 0, s_) for w in owners):
                    return True
                s_ = text.find(word, e_, at)
            return False
        text = self.text
        owners = [w.capitalize() for w in places]
        if tied(p):
            return None
        found: list[Person] = []
        for _, q in self.recent:
            if q is not p and q.kind == "name" and q.name.split()[-1] != p.name.split()[-1] and q.gender in (None, p.gender) \
                    and all(q.name != f.name for f in found) and tied(q):
                found.append(q)
        return found[0] if len(found) == 1 else None

    def _party_of_other(self, p: Person, words: list[str], at: int) -> bool:
        """Description words that are a party's alone (:func:`_party_only`), which the article gives
        someone other than ``p`` named before ``at``: in a role (‘Conservative councillor Mark Evans’) or
        set off after a mention (‘Mark Evans, a Conservative,’)."""
        if not words or not _party_only(words):
            return False
        for q in self.by_surname.values():
            if q is p or q.kind != "name" or not q.spots or q.spots[0][0] > at:
                continue
            if any(w in r.lower().split() for r in self.roles_of(q) for w in words):
                return True
            for s_, e_ in q.spots:
                after = self.text[e_:e_ + 40].lower()
                if s_ < at and any(after.startswith((f", a {w}", f", an {w}", f", the {w}")) for w in words):
                    return True
        return False

    def _told_of_since(self, q: Person, pos: int, at: int) -> bool:
        """The narrative after the sentence of the cue at ``pos`` and before ``at`` speaks of ``q`` again, by
        surname or a pronoun of q's sex (‘“…,” Bautista said. She then moved to subpoena …’)."""
        text = self.text
        stop = regex.compile(r"[.!?][”\"]?\s").search(text, pos, at)
        if stop is None:
            return False
        rest = text[stop.end():at]
        rest = regex.sub(r"“[^”]*”|\"[^\"]*\"", " ", rest)
        words = PRONOUNS_OF_SEX.get(q.gender or "", ("he", "she"))
        surname = q.name.split()[-1]
        return regex.search(r"\b(?:" + regex.escape(surname) + r"|(?i:" + "|".join(words) + r"))\b", rest) is not None

    def _opens_sentence_at(self, toks, i: int) -> bool:
        """The office word at ``toks[i]``, with "The" or a capitalised word or two before it, opens
        its sentence."""
        j = i
        while j - 1 >= 0 and i - j < 3 and (toks[j - 1].capitalized and toks[j - 1].text[:1].isalpha()):
            j -= 1
        return j == 0 or toks[j - 1].text in ".!?:“”\"" or "\n" in self.text[toks[j - 1].end:toks[j].start]

    def _role_before(self, toks, k, set_off: bool = False) -> str | None:
        """A title before a name: ‘…, Germany’s defense minister, Boris Pistorius’, ‘finance
        minister Rachel Reeves’ (never the clause before it: ‘Trump threw famous reporter X’);
        ``set_off``: a comma closes the name too."""
        if k - 1 >= 0 and (toks[k - 1].text in ",(" or not toks[k - 1].capitalized):
            e = k - 2 if toks[k - 1].text in ",(" else k - 1
            end = e
            if e >= 2 and toks[e].word not in ROLE_NOUNS and toks[k - 1].text in ",(" and (
                    gender_of(toks[k].text) or toks[k].word.rstrip(".") in HONORIFICS
                    or (set_off and len(toks) - k >= 2)):
                # "The Minister of Finance, X", "the Commissioner for Environment, X": the office
                # and its domain, written in capitals, before a person's name (never "the mayor of
                # Springfield, New York"), or a full name set off in commas whatever its first word:
                # ‘The Principal of Aleipata College, Leilua Anitele Paepae, said’
                o = next((o for o in range(e - 1, max(0, e - 4), -1) if toks[o].word in ("of", "for")), None)
                if o is not None and o >= 1 and toks[o - 1].word in ROLE_NOUNS and toks[o + 1:e + 1][-1:] \
                        and all(x.capitalized or (x.text == "the" and x is not toks[e]) for x in toks[o + 1:e + 1]) and (self._opens_sentence_at(toks, o - 1) or (
                            set_off and toks[k].text == "the" and o >= 2 and toks[o - 2].word == "the")):
                    e = o - 1  # (only an office that opens its sentence: never "After meeting the
                    # Minister of Finance, Ann Cole said"; but a style's "the" sets the name off after
                    # it: ‘Moving the motion, the Bishop of Wexcombe, the Rt Revd Alison Threlfall, said’)
                elif o is not None and o >= 2 and toks[o - 1].word in ROLE_NOUNS and toks[o - 1].text.islower() \
                        and toks[o - 2].text == "The" and self._opens_sentence_at(toks, o - 2) \
                        and all(x.word in ARTICLES or (x.text.rstrip("'’").isalpha() and x.word not in FUNCTION_WORDS)
                                for x in toks[o + 1:e + 1]):  # (‘The secretary of the residents' association, Carol Beale,’)
                    e = o - 1  # (or in lower case, the office opening its sentence: ‘The chairman of the
                    # union, Mr Yusuf Ali, said’)
                elif (office := self._office_opening_sentence(toks, e)) is not None:
                    e = office  # (or an office of several words, its remit in lower case: ‘The Minister of
                    # State with responsibility for housing, Ann Doyle, said’)
            if e < 0 or toks[e].word not in ROLE_NOUNS:
                return self._described_set_off(toks, k) if set_off and toks[k - 1].text == "," else None
            s = e
            while s - 1 >= 0 and e - s < 5:
                w = toks[s - 1]
                if w.word == "of" and s - 2 >= 0 and toks[s - 2].capitalized and toks[s].capitalized \
                        and toks[s - 2].text[:1].isalpha() and e - s < 4:
                    s -= 1  # a body's name with "of" inside the title: "City of Tshwane spokesperson"
                    continue
                if not w.text[:1].isalpha() or "\n" in self.text[w.end:toks[s].start] or w.word in POSSESSIVES \
                        or (w.word in FUNCTION_WORDS and not (w.capitalized and w.word not in ARTICLES)) \
                        or (not w.capitalized and (w.word.endswith("ed") or w.word in PAST_FORMS)) \
                        or w.word in SPEECH_VERBS or w.word in AUXILIARIES or w.word in BE_WORDS \
                        or w.word in ROLE_OPENERS:  # ("But UNH pollster Andy Smith")
                    break
                s -= 1
            if s > 0 and toks[s - 1].word in AUXILIARIES and s < e:
                s += 1  # ‘… will face challenger X’: the word after an auxiliary is its verb
            if s > 0 and toks[s - 1].word in BE_WORDS:
                return None  # ‘… qualifications to be president, Mrs. Clinton added’: no title of hers
            if toks[k - 1].text == "," and s > 1 and toks[s - 1].word in ARTICLES and toks[s - 2].word in ROLE_PREPOSITIONS:
                o = next((o for o in range(s - 2, max(-1, s - 12), -1) if toks[o].text in ",.;:!?"
                          or (toks[o].capitalized and toks[o].word in OPENING_PREPOSITIONS)), None)
                if o is not None and toks[o].text[:1].isalpha() and (o == 0 or toks[o - 1].text in ".!?:“”\""):
                    return None  # ‘In a takedown of the businessman, Sen. X said’: an opening phrase's
                    # object, never the subject's role (but ‘support for the nominee, Donald Trump’)
            return self.text[toks[s].start: toks[end].end]
        return None

    def _office_opening_sentence(self, toks, e: int) -> int | None:
        """The office noun right after the "The" that opens the sentence, a few words before ``toks[e]``
        (the last word before the comma that sets a name off), with nothing but words between, one of
        them "of" or "for": ‘The Minister of State with responsibility for energy, X,’ (the index of
        "Minister"); None for a clause (‘The report that the minister ordered, X,’)."""
        for t in range(e - 2, max(-1, e - OFFICE_OPENING_WORDS), -1):
            if toks[t].text == "The":
                o = t + 1
                if toks[o].word not in ROLE_NOUNS or not self._opens_sentence_at(toks, t) \
                        or not any(x.word in ("of", "for") for x in toks[o + 1:e]):
                    return None
                if all(x.text.isalpha() and x.word not in AUXILIARIES and x.word not in BE_FORMS_ALL
                       and x.word not in RELATIVES and not past_shaped(x.word)
                       and not (x.text.islower() and x.word in SPEECH_VERBS and toks[i - 1].word not in ARTICLES)
                       for i, x in enumerate(toks[o + 1:e + 1], o + 1)):
                    return o  # (a speech verb's word after an article is a noun: ‘for water in the state’)
                return None
            if not toks[t].text.isalpha():
                return None
        return None

    def _described_set_off(self, toks, k) -> str | None:
        """One of many described, then the name set off, as the subject opening a sentence: ‘The
        salesman, Arjun Rao, 34, said’, ‘A shopkeeper in the old market, Fatima Bello, said’: the
        description (its head a noun of one person, a place or a body after it) is the role, so that
        "the salesman" finds them later. Never a clause's object (‘After meeting the workers, Ann
        Cole said’) nor more than one (‘Two shopkeepers, …’)."""
        j = k - 2
        while j > 0 and k - j < 10 and toks[j - 1].text[:1].isalpha() and "\n" not in self.text[toks[j - 1].end:toks[j].start]:
            j -= 1
        if toks[j].text not in ("A", "An", "The", "One"):
            seat = next((s for s in range(k - 3, max(0, k - 3 - SEAT_PHRASE_WORDS), -1) if toks[s].word in SEAT_PARTICIPLES), None)
            if seat is not None and seat >= 2 and toks[seat - 2].text in ("A", "The") and all(
                    x.text[:1].isalpha() and "\n" not in self.text[x.end:x.end + 1] for x in toks[seat - 2:k - 1]):
                j = seat - 2  # (a seat's long phrase after the office: ‘The lawmaker representing Ikeja
                # constituency in the Lagos State House of Assembly, Hon. Ade Ojo, said’)
        if toks[j].text not in ("A", "An", "The", "One") or not (
                (j == 0 and self.text[:toks[0].start].rstrip(" ")[-1:] in ("", ".", "!", "?", "\n", ":", "“", "\""))
                or toks[j - 1].text in ".!?:“”\"" or "\n" in self.text[toks[j - 1].end:toks[j].start]):
            return None
        h = next((h for h in range(j + 1, k - 1) if toks[h].word in GROUP_BREAKS or toks[h].word in DESCRIPTION_NOUNS), None)
        if h is None or toks[h].word in GROUP_BREAKS or toks[h].word in THING_NOUNS or toks[h].text[0].isupper() \
                or described_plural(toks[h].text, toks[h].word):
            return None
        if h < k - 2 and not ((toks[h + 1].word in ("in", "from", "at", "on") and k - 2 - h <= 5
                               or toks[h + 1].word in SEAT_PARTICIPLES and k - 2 - h <= SEAT_PHRASE_WORDS) and all(
                t.word not in ("who", "that") and (t.word not in SPEECH_VERBS or (
                    toks[h + 1].word in SEAT_PARTICIPLES and t.capitalized))  # (a seat's name: ‘State House’)
                and t.word not in AUXILIARIES and t.word not in BE_WORDS for t in toks[h + 2:k - 1])):
            return None  # (a place or a post after the head only: never ‘The salesman who sold it, X,’)
        return self.text[toks[j + 1].start:toks[k - 2].end]

    # resolution ---------------------------------------------------------------------------

    def note(self, pos: int, person: Person, pronoun: str = "") -> None:
        """Remember a speaker found at ``pos`` (the most salient antecedent there is); one described
        that a "he" or "she" stood for is that sex, wherever the article's speakers hold them (‘One
        crofter said …. “…,” he said. “…,” she added.’: the "she" is someone else)."""
        person.spoke = True
        sex = PRONOUNS.get(pronoun.lower(), (None,))[0] if pronoun else None
        if sex is not None and person.kind == "description" and not person.plural and person.gender is None:
            name = person.name.lower()
            for _, q in self.speakers:
                if q.kind == "description" and q.gender is None and q.name.lower() == name:
                    q.gender = sex
            person.gender = sex
        self.speakers.append((pos, person))
        self._spoke_at.add(pos)

    def stands_for(self, pos: int, person: Person) -> None:
        """The description at ``pos``, a speaker's epithet at its cue, is ``person``: a pronoun after it
        stands for them, never for the words (‘Samuel Okafor was furious. “…,” the British driver
        radioed. / Minutes later, he added: “…”’ is Okafor's, not "the British driver"'s)."""
        self._stands_for[pos] = person

    def _group_standing_since(self, start: int, end: int, group: Person) -> Person | None:
        """The last people in the plural, other than ``group``, whose sentence between ``start`` and
        ``end`` opens with them taking a stand (‘Police disagreed.’), as a plural description."""
        last = None
        for m in RE_GROUP_STANDS_OPENING.finditer(self.text, start, end):
            word = m.group(1).lower()
            para = self.text.rfind("\n", 0, m.start()) + 1
            inside = self.text.count("“", para, m.start()) > self.text.count("”", para, m.start()) \
                or self.text.count('"', para, m.start()) % 2 == 1
            if (word in PLURAL_PEOPLE_WORDS or (plural_word(word) and word[:-1] in PEOPLE_WORDS)) \
                    and word != description_head(group.name) and not group.name.lower().endswith(word) and not inside:
                last = m  # (a stand of their own, outside the first group's own words)
        if last is None:
            return None
        written = last.group()[:last.end(1) - last.start()]
        return Person(written[0].lower() + written[1:], kind="description", plural=True)

    def _played_at(self, pos: int) -> bool:
        """The one who spoke at ``pos`` was heard in a recording the sentence says was played (‘The
        show played a clip of the minister, X, telling MPs the plan was “…”’): the words are theirs,
        but what follows is the programme's exchange, never their turn (:data:`RE_PLAYED_BEFORE`)."""
        return RE_PLAYED_BEFORE.search(self.text, max(0, pos - 160), pos) is not None

    def opens_sentence(self, pos: int) -> bool:
        """The name at ``pos`` (with any title or given names before it) opens its sentence."""
        text = self.text
        j = pos
        noun_at = -1  # where a trade was passed over (one word before it may qualify it: "rickshaw driver")
        for _ in range(12):  # back over "Russian President Vladimir", "Mr." or "Council member"
            k = j
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
            w = k
            while w > 0 and not text[w - 1].isspace():
                w -= 1
            word = text[w:k]
            if (word[:1].isupper() and word[-1:] not in ".!?:”\"’," and word.lower() not in FUNCTION_WORDS) or (
                    word.endswith(".") and is_abbreviation(word[:-1])) or _title_noun(word) \
                    or (word[:1].isupper() and word.lower() in HONORIFICS) \
                    or (RE_AGE_WORD.fullmatch(word) and j > pos - 40) \
                    or (word in DESCRIPTION_NOUNS and word not in THING_NOUNS) or word in SCHOOL_YEARS \
                    or ("-" in word and all(part in ROLE_NOUNS for part in word.split("-"))) \
                    or (word in PARTICLES and j > pos - 40) \
                    or (word in WORD_POSITIONS and text[j:j + 1].isupper() and text[max(0, w - 2):w - 1].isalpha()
                        and (prev := text[max(0, w - 30):w].split()[-1:]) and prev[0][:1].isupper()) \
                    or (word in ("of", "for") and text[j:j + 1].isupper()
                        and (prev := text[max(0, w - 30):w].split()[-1:]) and prev[0][:1].isupper() and _title_noun(prev[0].lower())) \
                    or (word in TITLE_RUN_QUALIFIERS and j > pos - 80 and text[j:j + 1].islower()) \
                    or (word in ("of", "and") and j > pos - 80 and (nxt := text[j:j + 24].split()[:1])
                        and (_title_noun(nxt[0].lower()) or nxt[0] in TITLE_RUN_QUALIFIERS)
                        and (prev := text[max(0, w - 30):w].split()[-1:]) and _title_noun(prev[0].lower())) \
                    or (noun_at == j and word.replace("-", "").isalpha() and word.islower() and word not in FUNCTION_WORDS
                        and word not in SPEECH_VERBS and word not in AUXILIARIES and not word.endswith(("ed", "ly"))):
                # ("Annelie von Wartenstein", "Superintendent of Police Kamrul Hasan", "Leader of
                # opposition and former deputy chief minister Tejpal Mandal"), an honorific with no stop
                # ("Mr Fenwick-Bray said") and an age ("Among them was 16-year-old Maisie Trewin")
                # ("Local man Merv Tolhurst", "Granger senior Cody Ramsey", "rickshaw driver Ghulam Mustafa",
                # and a hyphened word before the trade: "first-time nominee Sol Reyes", "long-time resident X")
                if ((word in DESCRIPTION_NOUNS and word not in THING_NOUNS) or "-" in word and word.islower()) and noun_at < 0 \
                        and not RE_AGE_WORD.fullmatch(word):
                    noun_at = w  # (a trade's words: "rickshaw driver", "The singer-songwriter")
                j = w
            else:
                break
        style = text[j:j + 12].split(" ", 1)[0].rstrip(".").lower() in CLERGY_STYLES
        if (noun_at == j or style) and text.endswith("The ", 0, j):
            j -= 4  # the trade's article, or a style's: ‘The novelist Ottilie Brandauer died …’, ‘The Rev. Samuel Okoye, …, said’
        elif (noun_at >= 0 or style) and text.endswith((", the ", ", a ", ", an "), 0, j):
            j = text.rindex(" ", 0, j - 1) + 1  # (and after a comma: ‘Her defeated opponent, the former housing
            # minister Clare Whitlow, was gracious’, ‘The Dean of Marlbury, the Very Revd Andrew Pike, told …’: the
            # phrase before read as its opening)
        elif noun_at == j and (own := RE_OWNER_BEFORE.search(text, max(0, j - 7), j)) is not None:
            j = own.start()  # the trade's owner: ‘Her colleague Theresa Mahon, who works …, nodded.’
        elif noun_at == j and (own := RE_THE_OWNER_BEFORE.search(text, max(0, j - 40), j)) is not None:
            j = own.start()  # and a body's or a thing's, with its article: ‘The union’s negotiator Dara Whelan called …’
        elif text.endswith(("The ", "the "), 0, j) and RE_POSSESSIVE_AT.match(text, j) is not None:
            j -= 4  # (a capital owner, read as the name's first word: ‘The SNP’s Dara Whelan was unimpressed.’)
        named = RE_NAMED_BEFORE.search(text, max(0, j - 60), j)
        if named is not None:
            j = named.start()  # "a worker named Antonio Arroyo praised …": the worker opens the sentence
        k = j
        while k > 0 and text[k - 1] in " \t\xa0":
            k -= 1
        end = k - 1 if k > 1 and text[k - 1] == "," else k  # ("Still, Tad Devine …")
        w = end
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        if w < end and text[w:end] in SENTENCE_OPENERS:  # "But Trump said", "Meanwhile, Clinton …"
            k = w
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
        elif (habit := RE_HABIT_OPENING.search(text, max(0, end - 16), end)) is not None:
            k = habit.start()  # a habit's time with no comma: ‘These days Salcedo goes to the gym’
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
        if k > 0 and text[k - 1] == "," and self._after_opening_phrase(k - 1, pos):
            return True
        if text.endswith(NEXT_SPEAKER_LEADS, 0, k) and not RE_POSSESSIVE_AT.match(text, pos) and (
                not text.endswith(" followed by", 0, k) or RE_FOLLOWED_SUBJECT.search(text, max(0, k - 60), k)):
            return True  # the next to act at a meeting: ‘He was followed by Sheila Moore’, ‘Next came X’
            # (never an owner: ‘Then came Jim Platt's audit’)
        if _among_was(text, k):  # the subject after its verb: ‘Among those celebrating was Aisha, 16,’
            return True
        if k > 1 and text[k - 1] == "," and (office := RE_CLAUSE_OFFICE_BEFORE.search(text, max(0, k - 60), k - 1)) is not None \
                and _title_noun(office.group(1).lower()) \
                and (run := RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)) is not None \
                and (verb := RE_SET_OFF_VERB.match(text, run.end())) is not None \
                and (verb.group(1) in IRREGULAR_PAST or verb.group(1) in SPEECH_VERBS or verb.group(1).endswith("ed")):
            return True  # the name set off after an office that opens a clause of its own, its verb after:
            # ‘That drew groans, and the Presiding Officer, Catriona Dunlop, intervened.’
        if k > 0 and text[k - 1] in "–-" and (d := RE_LEDE_DATELINE.match(text, text.rfind("\n", 0, k) + 1, j)) is not None \
                and d.end() >= k:
            return True  # after a dateline and its dash, an en dash or a hyphen too: ‘SINGAPORE – Goh Chin Huat and …’
        return k == 0 or text[k - 1] in ".!?:\n\r“”\"’‘'—"

    def _acts_after_opening(self, pos: int) -> bool:
        """The name at ``pos`` is the subject of its sentence after a short opening phrase and its
        comma, a lower-case title at most between, a verb right after it (‘Back at Red River,
        instructor Marta Kowalczyk runs an informal conversation circle’, ‘On Monday, Smith
        announced …’): the one a "he" or "she" after stands for."""
        text = self.text
        start = _name_start(text, pos)
        opening = RE_OPENING_BEFORE_NAME.search(text, max(0, start - 120), start)
        if opening is None and text.find(", where ", max(0, start - 200), start) >= 0:
            opening = RE_OPENING_WHERE_BEFORE_NAME.search(text, max(0, start - 200), start)  # (a place's clause
            # after the opening phrase: ‘In Senglea, where a crowd had gathered, fisherman Joe Grech shook his head’)
        if opening is None or opening.group(1).lower() not in OPENING_PREPOSITIONS \
                or len(opening.group(2).split()) > (OPENING_CLAUSE_WORDS if opening.group(1).lower() in SUBORDINATE_OPENERS
                                                    else OPENING_PHRASE_WORDS) \
                or not all(_title_noun(w) or w in QUALIFIER_LEADS for w in text[opening.end(3):start].split()):
            return False  # (a title between only, "retired" or "former" with it: never ‘At rallies in Maine, voters
            # with Bernie Sanders T-shirts stood’)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        after = text[run.end():run.end() + 24].split()[:1] if run is not None else []
        return bool(after) and after[0].isalpha() and after[0].islower() and after[0] not in FUNCTION_WORDS \
            and (after[0] in IRREGULAR_PAST or after[0].endswith("ed") or (after[0].endswith("s") and not after[0].endswith("ss")))

    def _quote_speaks_of_sex(self, at: int, gender: str | None) -> bool:
        """The quotation that closes right before the cue's pronoun at ``at`` opens on a third person's
        pronoun of its sex (:data:`RE_OPENS_ON_THIRD_PERSON`: ‘“She ran through the pain,” she said’): the
        speaker speaks of another of that sex, so a subject whose sex nothing tells, found only by
        :meth:`_acts_after_modifiers`, is no speaker of it (‘Asked about her injury, Mwangi shrugged.’)."""
        if gender not in RE_OPENS_ON_THIRD_PERSON:
            return False
        before = [a for a, b in self.quoted if b <= at and at - b <= 6]
        return bool(before) and RE_OPENS_ON_THIRD_PERSON[gender].match(self.text, max(before)) is not None

    def _acts_after_modifiers(self, pos: int, gender: str | None = None) -> bool:
        """The name at ``pos`` is the subject of its sentence though words no title list knows qualify it,
        after an opening participle clause at most (‘Accepting the prize, a visibly emotional Maeve Ní Riain
        thanked …’, ‘Asked about the budget, Councilman Dave Ortiz shrugged.’, ‘Kent seamer Tom Barlow,
        the pick of the bowlers, said …’): a verb follows it (a role set off after it passed), the one a
        "he" or "she" after stands for. Guards: the qualifying words hold no word of function, verb or
        pronoun (never ‘The lawyer for X, …, said’, ‘Police arrested X’), the clause opens on a participle
        (never ‘After meeting Y, X said’ for Y), and no passive ("was", "were")."""
        text = self.text
        start = _name_start(text, pos)
        opening = RE_PARTICIPLE_OPENING_BEFORE_NAME.search(text, _past_last_stop(text, max(0, start - MODIFIED_SUBJECT_REACH), start), start)
        if opening is None or (opening.group(1) is None and not opening.group(2)):
            return False
        if opening.group(1) is not None and not (opening.group(1).lower().endswith(("ing", "ed"))
                                                 or opening.group(1).lower() in OPENING_IRREGULAR_PARTICIPLES
                                                 or opening.group(1).lower() in OPENING_PREPOSITIONS):
            return False  # (an opening clause on a participle or a phrase's preposition only: ‘Accepting …’,
            # ‘Told …’, ‘Back at the hall, as the crowd filed out, ’)
        words = opening.group(2).split()
        article = bool(words) and words[0].lower() in ("a", "an", "the")
        if article:
            words = words[1:]  # (after an article a participle qualifies: ‘a visibly relieved X’)
        if any(w.lower() in FUNCTION_WORDS or w.lower() in PRONOUNS or w.lower() in AUXILIARIES
               or (w.islower() and (w in SPEECH_VERBS or (not article and (w.endswith("ed") or w in IRREGULAR_PAST))))
               for w in words):
            return False
        if not article and any(_plural_people_noun(words[k]) and words[k + 1].islower()
                               and words[k + 1] not in DESCRIPTION_NOUNS and words[k + 1] not in ROLE_NOUNS
                               for k in range(len(words) - 1)):
            return False  # (a plural of people and a lower-case word not a trade: that word is their verb and
            # the name its object, ‘Police believe X fled’, ‘Fans supporting X gathered’, ‘Officers suspect X sold’)
        if gender is not None and opening.group(1) is not None \
                and regex.search(r"\bher,|\bher (?:on|at|in|after|before|during)\b" if gender == "f" else r"\bhim\b",
                                 opening.group(0)[:len(opening.group(0)) - len(opening.group(2))]) is not None:
            return False  # (an opening that points at another of the cue's sex, ‘Standing beside her, X nodded.
            # “…,” she said’: the one beside is in play, the nod no cue)
        if (end := _end_past_set_off_role(text, pos)) is None:
            return False
        said = RE_WORD_AFTER.match(text, end)
        if text.startswith(STANCE_PREDICATE_OPENINGS, end) and RE_STANCE_PREDICATE.match(text, end) is not None:
            return True  # (a stance, no passive: ‘Asked whether the cuts played a role, Caldwell was careful.’)
        return (_verb_at(text, end) or (said is not None and said.group(1) in SPEECH_VERBS)) \
            and not text.startswith((" was ", " were "), end)

    def _set_off_after_described_opening(self, pos: int) -> bool:
        """The name at ``pos`` is set off after the description of one that opens its sentence, a
        title at most between, its closing comma and a lower-case word after it (‘His Democratic
        opponent, state Treasurer Maria Ochoa, has largely avoided the subject.’): the subject, the
        one a "he" or "she" after stands for. Never when the description's head is no noun of a person
        (‘Her latest album, Northern Lights, sold …’)."""
        text = self.text
        start = _name_start(text, pos)
        if text.rfind(", ", max(0, start - DESCRIBED_OPENING_REACH), start) < 0:
            return False  # (a cheap exact prefilter: the description's comma)
        opening = RE_DESCRIBED_OPENING_BEFORE_NAME.search(text, max(0, start - DESCRIBED_OPENING_REACH), start)
        if opening is None or not (_title_noun(opening.group(1)) or opening.group(1) in RIVAL_NOUNS or (
                opening.group(1) in DESCRIPTION_NOUNS and opening.group(1) not in THING_NOUNS)) \
                or not all(_title_noun(w.lower()) or w[:1].isupper() or w in QUALIFIER_LEADS or w in TITLE_PLACE_LEADS
                           for w in text[opening.end(1) + 2:start].split()):
            return False  # (a title only between: ‘state Treasurer’, ‘former coach’)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        return run is not None and text.startswith(", ", run.end()) and text[run.end() + 2:run.end() + 3].islower()

    def _narrative_pronoun_between(self, lo: int, hi: int, gender: str) -> bool:
        """A subject pronoun of the sex ``gender`` opens a sentence of the narrative (outside any
        quotation) between ``lo`` and ``hi``, past the sentence at ``lo`` (‘… Marta Coll, whose cups sell
        out. Earlier this year she posted …’). Substring searches."""
        word = "she" if gender == "f" else "he"
        hi += 1  # (the space after a pronoun ending at ``hi``)
        for lead in (f" {word} ", f"{word.capitalize()} "):
            at = self.text.find(lead, lo, hi)
            while at >= 0:
                k = at + (lead[0] == " ")
                if not any(s_ <= k < e_ for s_, e_ in self.quoted) and self.text.find(". ", lo, k) >= 0 \
                        and not self.text[k - 2:k].strip(" ").endswith((",", "“", '"', "‘")):
                    return True
                at = self.text.find(lead, at + 1, hi)
        return False

    def _surname_reports_in_paragraph(self, pos: int, before: int) -> bool:
        """The bare word at ``pos`` opens a sentence of the paragraph that runs on to ``before`` as the
        subject of a report, an age set off at most between (:data:`RE_AGED_SURNAME_SAID`: ‘… / Vale, 61,
        said …’).

        >>> t = "Ruby Vale sang. Vale, 61, said it. “Yes,” he said"
        >>> Cast(t)._surname_reports_in_paragraph(16, 40), Cast("Ruby Vale sang. Vale said.\\n“Yes,” he said")._surname_reports_in_paragraph(16, 40)
        (True, False)
        """
        text = self.text
        if "\n" in text[pos:before] or text[max(0, pos - 8):pos].rstrip()[-1:] not in ("", ".", "!", "?", "”", "\""):
            return False
        bare = RE_CAPWORD.match(text, pos)
        return bare is not None and RE_AGED_SURNAME_SAID.match(text, bare.end()) is not None

    def _phrase_lenders(self, recent) -> set[str]:
        """The unnamed of ``recent`` who only lend a phrase, in a relative clause of another's sentence that
        quotes their naming words (:data:`RE_RELATIVE_CALLER_BEFORE`, :data:`RE_RELATIVE_CALLER_AFTER`: ‘a
        product that one reviewer had called “…”’), by their descriptions.

        >>> c = Cast("When Ana Ruiz took over, the firm had a product that one reviewer had called “clunky”.")
        >>> c._phrase_lenders([(53, Person("one reviewer", kind="description"))])
        {'one reviewer'}
        """
        return {p.name for pos, p in recent if p.kind == "description" and p.gender is None
                and RE_RELATIVE_CALLER_AFTER.match(self.text, pos + len(p.name)) is not None
                and RE_RELATIVE_CALLER_BEFORE.search(self.text, max(0, pos - 8), pos) is not None}

    def _pronoun_takes_up_nearest(self, near_at: int, near: Person, subject_at: int, hi: int, gender: str,
                                  recent) -> bool:
        """A narrative "he" or "she" of ``gender`` later in the sentence that names ``near`` (at
        ``near_at``), where ``near`` is the only one of that sex named (‘Coach Rachel Dunn has worked with
        Vargas on his swing, and he credited her afterward. “…,” he said’): that pronoun took ``near`` up,
        and the speaker's "he" after it goes on with them, never a subject (at ``subject_at``) of sentences
        before. Guards: the subject is named before that sentence opens; the pronoun stands outside any
        quotation and before ``hi``; everyone else named in the sentence is known to be of the other sex, or no one
        (a body, a team)."""
        text = self.text
        start = max((m.end() for m in RE_CLAUSE_SENTENCE_STOP.finditer(text, max(0, near_at - 400), near_at)), default=-1)
        if start < 0 or subject_at >= start:
            return False
        stop = min(len(text), hi)
        if (dot := RE_CLAUSE_SENTENCE_STOP.search(text, near_at, stop)) is not None:
            stop = dot.start()
        took = RE_JOINED_PRONOUN[gender].search(text, near_at, stop)
        if took is None or any(s_ <= took.start() < e_ for s_, e_ in self.quoted):
            return False
        if any(not any(s_ <= m.start() < e_ for s_, e_ in self.quoted)
               for m in RE_HE_OR_SHE[gender].finditer(text[:took.start()], start)):
            return False  # (guard, review rv17: a pronoun of that sex before it in the sentence already had
            # its man, whom the joined one goes on with: ‘“…,” said coach Tom Reilly. He has worked with
            # Diego Vargas …, and he says the youngster is ready. “…,” he said’ is Reilly's)
        return all(q is near or q.gender not in (None, gender) or q.plural or q.kind == "organisation"
                   or (q.kind == "name" and not q.personlike)
                   for at, q in recent if start <= at < took.start())

    def _description_told_other_sex(self, pos: int, p: Person, gender: str) -> bool:
        """The description ``p``, if written at ``pos`` (never the speech it was noted at), is the subject
        of a cue that reports it by the pronoun of the other sex than ``gender`` (:data:`RE_CUE_THEN_SEX`:
        ‘The driver, who was not charged, told police he had …’ is a "he", never a "she" after)."""
        if self.text[pos:pos + len(p.name)].lower() != p.name.lower():
            return False
        told = self._sex_after_cue(pos + len(p.name))
        return told is not None and told != gender

    def _told_own_sex(self, pos: int, p: Person, gender: str | None, at: int) -> bool:
        """One unnamed at ``pos`` whose relative clause right after tells their sex by the pronoun ``gender``
        of ``at``, in the sentence just before it in the same paragraph (‘In a post on LinkedIn, a
        product manager who said she had been laid off wrote that …. “…,” she wrote’): the sentence's
        subject, whatever opens it, never one named before."""
        if gender is None or p.kind != "description" or p.gender is not None \
                or p.name.split()[0].lower() not in ("a", "an", "one", "another") \
                or not self.text.startswith(p.name, pos) or at - pos > SUBJECT_REACH or "\n" in self.text[pos:at]:
            return False
        clause = RE_WHO_CLAUSE_SEX.match(self.text, pos + len(p.name))
        return clause is not None and PRONOUN_SEX[clause.group(1).lower()] == gender

    def _real_name_of_opener(self, pos: int, p: Person) -> bool:
        """The name at ``pos`` is the real name of the stage name that opens its sentence, set off
        after it (‘Blaqstorm, whose real name is Kwame Asante, shrugged it off.’, ‘Lil Sage, born
        Ama Mensah, said’), or the one who plays the character that opens it (‘His screen wife Jean,
        played by Ruth Gale, paid tribute’): the sentence's subject, whom a "he" or "she" after
        stands for."""
        end = pos + len(p.name) if self.text.startswith(p.name, pos) else pos + len(p.name.rsplit(" ", 1)[-1])
        if not self.text.startswith(",", end):
            return False  # (cheap first: the name is set off, a comma after it)
        start = _name_start(self.text, pos)
        return self.text.endswith(REAL_NAME_LAST_WORDS, 0, start) \
            and RE_REAL_NAME_BEFORE.search(self.text, max(0, start - 80), start) is not None

    def _acts_in_joined_clause(self, pos: int) -> bool:
        """The name at ``pos`` opens a clause joined to its sentence by ", and" or ", but" (or after a
        semicolon), a verb in -s or -ed right after it: the subject of that clause, whom a "he" or "she"
        after stands for (‘Galway will face Roscommon in four weeks, and Fallon expects it to be
        “a different animal”. / “…,” he said’); never the object of a verb (‘… and met Fallon’), nor one
        a passive acts on (‘… and Smith was arrested’)."""
        text = self.text
        if text.find(", and ", max(0, pos - 46), pos) < 0 and text.find(", but ", max(0, pos - 46), pos) < 0 \
                and text.find("; ", max(0, pos - 42), pos) < 0:
            return False  # (cheap first: no joining word just before)
        start = _name_start(text, pos)
        words = text[max(0, start - 40):start].split(" ")[:-1]
        titled = len(words) >= 2 and _title_noun(words[-1]) and text.endswith(
            (", and ", ", but ", "; "), max(0, start - len(words[-1]) - 7), start - len(words[-1]) - 1)
        if not (text.endswith((", and ", ", but ", "; "), max(0, start - 6), start) or titled):
            return False  # (a lower-case title at most between: ‘…, and organiser Seán Daly is adamant …’)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        if run is not None and text.startswith((" was ", " is "), run.end()):
            return _speaking_manner_at(text, run.end())  # (‘…, and Ms Okafor was blunt about why’ speaks; never
            # ‘…, and Smith was arrested’)
        return run is not None and _verb_at(text, run.end())

    def _acts_in_opening_clause(self, pos: int, gender: str | None) -> bool:
        """The name at ``pos`` is the subject of a clause of time or cause that opens its sentence, and the
        sentence's main clause is a "he" or "she" of ``gender`` (‘When Kline turned to Vivian Stroud, the
        veteran actress, he quipped that …’): that pronoun, and one after it, stands for the clause's
        subject. Guards: the opening word starts the sentence, a verb follows the name (a set-off role
        passed), no subject pronoun or sentence end comes before the main clause's, and it is the pronoun's own."""
        text = self.text
        if gender not in ("m", "f"):
            return False
        start = _name_start(text, pos)
        if RE_OPENING_CLAUSE_WORD.match(text, start) is not None:
            start = pos  # (the opening word taken for a given name: ‘When Kline’)
        for word in CLAUSE_OPENING_WORDS:
            if text.endswith(word, max(0, start - len(word)), start):
                break
        else:
            return False  # (cheap first: no opening word right before the name)
        at = start - len(word)
        if not (at == 0 or text[at - 1] == "\n" or (
                text[at - 1] == " " and text[max(0, at - 2):at - 1] in (".", "!", "?", "”", "\"", "’"))):
            return False  # (the clause opens the sentence: never ‘She laughed when Kline …’)
        if (end := _end_past_set_off_role(text, pos)) is None:
            return False
        if not _verb_at(text, end) or text.startswith((" was ", " were "), end):
            return False  # (the one who acts, never one acted on: ‘When Kline was asked …’)
        stop = min(len(text), end + 300)  # (a sentence's end, or an abbreviation's, stops the search: the
        # safe side)
        if (dot := RE_CLAUSE_SENTENCE_STOP.search(text, end, stop)) is not None:
            stop = dot.start()
        main = RE_MAIN_PRONOUN_AFTER_CLAUSE.search(text, end, stop)
        if main is None or main.group(1) != ("he" if gender == "m" else "she"):
            return False
        return RE_THIRD_PERSON_SUBJECT.search(text[end:main.start()]) is None

    def _acts_in_event_clause(self, pos: int, mention_start: int | None = None) -> bool:
        """The name at ``pos`` is the subject of a "when" clause that tells what set off the event its
        sentence opens with (‘The sharpest exchange came when X, the member for Y, asked …’, ‘Tempers
        flared when X accused …’), or of an "after" clause the news comes after (:data:`RE_NEWS_COMES_AFTER`):
        the one who acts, whom a "he" or "she" after stands for (‘She then
        called the premier a “…”’). Guards: the main clause's words before "when" hold no capital past
        the first and no pronoun (never ‘She laughed when X asked’, ‘Ms Lee began when X …’), and a verb
        follows the name (set off roles passed)."""
        text = self.text
        w = text.rfind(" when ", max(0, pos - 60), pos)
        start = _name_start(text, pos)
        if text.endswith(" after ", max(0, start - 7), start):
            if RE_NEWS_COMES_AFTER.search(text, max(0, start - 90), start - 7) is None:
                return False  # (or an "after" clause the news in hand comes after: ‘The arrest comes months
                # after Kessler spoke about his sobriety.’)
            if mention_start is not None and RE_QUOTE_CLOSED_BEFORE.search(text[max(0, mention_start - 6):mention_start]):
                return False  # (guard, review rv17: a cue right after a quotation goes on with the one quoted
                # before, never the one the news came after: ‘“…,” Harper said. The resignation comes a month
                # after Senator Blake called for an inquiry. “…,” he added’ is Harper's)
        else:
            if w < 0 or w + 6 != start:
                return False  # (cheap first: "when" right before the name)
            event = RE_EVENT_BEFORE_WHEN.search(text, max(0, w - 90), w + 5)
            if event is None:
                return False
            words = event.group(1).split()
            if words[0].lower() in PRONOUNS or any(x[:1].isupper() for x in words[1:]):
                return False
        if (end := _end_past_set_off_role(text, pos)) is None:
            return False
        said = RE_WORD_AFTER.match(text, end)
        return (_verb_at(text, end) or (said is not None and said.group(1) in SPEECH_VERBS)) \
            and not text.startswith((" was ", " were "), end)

    def _named_in_next_sentence(self, mention: Mention) -> Person | None:
        """The person the sentence right after names as the one unnamed at ``mention`` (‘… a meeting that
        one member later called “the worst night of my life.” That member was Treadwell.’): by that name.
        Substring searches for "That <noun> was " within :data:`DESCRIPTION_NAMED_REACH`. Guards: the mention
        is one unnamed ("one …", "a …", "an …"), the sentence opens there and goes on with a capitalised
        name (never ‘The member was not identified’), which names a person, no place or body."""
        words = mention.text.split()
        if len(words) != 2 or words[0].lower() not in ("one", "a", "an") or not words[1].isalpha():
            return None
        text = self.text
        hi = min(len(text), mention.end + DESCRIPTION_NAMED_REACH)
        for lead in ("That ", "The "):
            at = text.find(f"{lead}{words[1]} was ", mention.end, hi)
            if at < 0 or text[at - 1:at] not in (" ", "\n") or text[max(0, at - 3):at].strip()[-1:] not in tuple(".!?”\"’"):
                continue  # (the sentence opens there)
            run = RE_NAME_RUN.match(text, at + len(lead) + len(words[1]) + 5) \
                or RE_CAPWORD.match(text, at + len(lead) + len(words[1]) + 5)  # (a surname alone: ‘was Treadwell.’)
            if run is None:
                continue
            p = self.person_for_name(Mention(run.start(), run.end(), run.group(), "name"))
            if not (text.startswith((".", ",", " of ", "\n", "”", ";"), run.end()) or run.end() == len(text)) \
                    or run.group().split()[0].rstrip(".,") in WEEKDAY_GUARD:
                continue  # (guard: the name closes the clause, no verb after: ‘The researcher was Monday placed …’,
                # ‘The owner was Little Acorns director Priya Shah’)
            if p is not None and p.kind == "name" and not p.placelike and not p.plural:
                return p
        return None

    def _acts_in_contact_clause(self, pos: int) -> bool:
        """The name at ``pos`` is the subject of a contact clause (no "that" or "which") after the noun
        of a sentence that opens on "It was" (‘It was the 61st town hall Merriweather has held in the
        state since spring. His pitch has not changed.’): the person the sentence is about, whom a "he"
        or "she" after stands for, never the one named before it. Guards: the main clause has no one as
        its subject (:data:`RE_EXPLETIVE_NOUN_BEFORE_NAME`: lower-case words only between "It was" and
        the name), and a perfect follows the name (:data:`RE_CONTACT_CLAUSE_VERB`), a past participle."""
        text = self.text
        start = _name_start(text, pos)
        if start < 8 or text[start - 1] != " " or not text[start - 2].islower():
            return False  # (cheap first: a lower-case noun right before the name)
        if RE_EXPLETIVE_NOUN_BEFORE_NAME.search(text, max(0, start - CONTACT_CLAUSE_REACH), start) is None:
            return False
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        if run is None:
            return False
        verb = RE_CONTACT_CLAUSE_VERB.match(text, run.end())
        return verb is not None and verb.group(1) not in FUNCTION_WORDS \
            and (past_shaped(verb.group(1)) or verb.group(1).endswith(("en", "wn"))) \
            and verb.group(1) in CONTACT_CLAUSE_EVENT_VERBS  # (guard: ‘the fourth lawsuit Lopez has filed’ is no event she holds)

    def _acts_in_place_clause(self, pos: int, recent: list[tuple[int, Person]], p: Person | None = None,
                              gender: str | None = None) -> bool:
        """The name at ``pos`` is the subject of a ", where" or ", when" clause that closes its sentence,
        right after the word or after a role set off before it, a verb after the name (a role set off
        after it passed): ‘The mood was calmer in Dublin, where the finance minister, Aoife Brennan, struck
        a conciliatory note.’, ‘…, when Ruto rose to speak.’ The one who acts, whom a "he" or "she" after
        stands for. Guards: no pronoun opens the sentence and no one is named in it before the clause
        (never ‘She flew to Paris, where Macron met her’, ‘Smith arrived, when Jones left’; a place may be), and no
        passive ("was", "were")."""
        text = self.text
        start = _name_start(text, pos)
        lead = max(text.rfind(", where ", max(0, start - PLACE_CLAUSE_REACH), start),
                   text.rfind(", when ", max(0, start - PLACE_CLAUSE_REACH), start))
        if lead < 0:
            return False  # (cheap first: no such clause just before the name)
        between = text[text.index(" ", lead + 2) + 1:start]
        if between and RE_SET_OFF_ROLE_BEFORE_NAME.fullmatch(between) is None:
            return False
        opening = max(text.rfind(". ", 0, lead), text.rfind("\n", 0, lead), text.rfind("? ", 0, lead))
        first = text[opening + 1:lead].split()[:1]
        again = p is not None and any(opening < at < lead and q is p for at, q in recent)
        # (one of those the sentence named, named again as the clause's subject, the focus it turns to: ‘The
        # two front-runners, X and Maria Lopez, ignored each other — until the end, when Lopez noted …’)
        if not first or first[0].lower() in PRONOUNS or (not again and any(
                opening < at < lead and (q.personlike or q.kind == "description") for at, q in recent)):
            return False
        near = text.rfind("\n", 0, text.rfind("\n", 0, lead + 1) - 2)  # (the paragraph before the clause's, on)
        if p is not None and not again and any(near < at < opening and q is not p and q.kind == "name" and not q.placelike and not q.plural
                                 and q.gender in (None, gender) for at, q in recent):
            return False  # (nor when that paragraph or the clause's own has named another of the pronoun's sex
            # before it, whose story the clause's backdrop tells: ‘Farmer John Mills …. The trouble began in 2019,
            # when Michael Gove visited the valley. “…,” he said’ is Mills's)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        if run is None:
            return False
        end = run.end()
        if between and not text.startswith(",", end):
            return False  # (the name set off after its role: ‘the minister, Aoife Brennan, struck’)
        if (aside := RE_SET_OFF_ROLE_AFTER.match(text, end)) is not None:
            end = aside.end()
        elif between:
            end += 1
        if again and (manner := RE_MANNER_ADVERB_AFTER.match(text, end)) is not None:
            end = manner.end()  # (‘when Lopez pointedly noted’)
        return _verb_at(text, end) and not text.startswith((" was ", " were "), end)

    def _after_opening_phrase(self, comma: int, pos: int) -> bool:
        """The name at ``pos`` stands after a sentence's short opening phrase and its comma, and
        acts or is set off ("Nigeria’s culture minister, Funmilayo Adeyemi-Cole, welcomed …", "On
        Monday, Smith said"): the sentence's subject (never one of a list: "met Putin, Lavrov and Xi")."""
        text = self.text
        end = text.find(" ", pos)
        end = len(text) if end < 0 else end
        end = _surname_first_end(text, pos, end)  # (past the given names of a surname written first: ‘Tan's
        # lawyer, Senior Counsel Ng Mei Ling, argued’)
        if text[pos:end].lower() in ("the", "a", "an", "one", "another") or _owner_word(text[pos:end]):
            # (someone described: past the noun, ‘…, the woman told the jury’, and one described by
            # whose they are, ‘In a statement, her family said’, ‘In a tribute, Ellis's family said’)
            words = text[end:end + 60].split()[:4]
            noun = next((i for i, w in enumerate(words) if w.strip(",").lower() in DESCRIPTION_NOUNS), None)
            if noun is None:
                return False
            end = text.find(words[noun], end) + len(words[noun].rstrip(","))
        rest = text[end:end + 48]
        party = RE_BRACKET_AFTER.match(rest)  # (a party's bracket after the name: ‘Cllr Seán Kiely (Ind) appealed’)
        body = None
        if party is not None:
            rest = rest[party.end():]
        elif (body := RE_OF_BODY_AFTER.match(text, end)) is not None:
            rest = text[body.end():body.end() + 48]  # (past the body they belong to: ‘Det Insp Rachel Coombes of Avon
            # and Somerset Police said’)
        after = rest[:24].split()
        if RE_ANSWERED_AFTER.match(rest):
            return False  # (one acted on: ‘The third speaker, Luis Díaz of the Miami Tenants Coalition, was interrupted
            # by Commissioner Joe Carollo.’)
        if not (text[end - 1] == "," or rest.startswith(",") and (party is not None or body is not None)
                or (after and (after[0] in SPEECH_VERBS or after[0].endswith("ed") or after[0] in IRREGULAR_PAST or (
                    after[0] in ("has", "had", "was", "is", "will", "would", "did", "could") and len(after) > 1
                    and after[1].isalpha())))):
            return False  # (and a verb with its auxiliary: ‘For her part, Priyanka Deshmukh-Lowe has made peace …’)
        lo = max(0, comma - 200)  # (a participle's phrase may run long: ‘Asked in a 2002 interview with the
        start = comma  # Sentinel, on the eve of leaving office, how she hoped to be remembered,’)
        while True:
            start = max(text.rfind(c, lo, start) for c in ".!?:\n")
            if start > 0 and text[start] == ":" and text[start - 1:start].isdigit() and text[start + 1:start + 2].isdigit():
                continue  # (a time's colon: ‘At 5:45 a.m. on Friday,’)
            if start < 0 or text[start] != "." or not _abbreviation_before(text, start):
                break  # (never the stop of "Mr." or "C.": "under Mr. Bush’s father, George Bush, …")
        if start < 0 and lo > 0:
            return False
        phrase = text[start + 1:comma].lstrip(" ”\"’'")  # (after a quotation's closing mark: ‘river.” But his friend, X,’)
        stamp = RE_TIME_STAMP.match(phrase) or RE_DATELINE_OPENING.match(phrase)
        if stamp:
            phrase = phrase[stamp.end():]  # a live report's time first: "10:58 — The coach, X, is …"; a
            # dateline: "FAIRVIEW - At 5:45 a.m. on Friday, Gil Navarro unlocked …"
        words = phrase.split()
        if "," in phrase and words and words[0].lower() in OPENING_PREPOSITIONS and phrase.count(",") == 1 \
                and 0 < len(set_off := phrase[phrase.index(",") + 1:].split()) <= 4 and all(w[:1].isupper() for w in set_off):
            phrase = phrase[:phrase.index(",")]  # (a title set off inside it: "In her 2003 book, Living History, Clinton noted")
            words = phrase.split()
        if "," in phrase and (place := _place_after_body(phrase)) is not None:
            phrase = phrase[:place]  # (a place set off after the body's name: ‘The Vice-Chancellor of the Federal
            words = phrase.split()  # University of Technology, Akure, Prof. X, said’)
        connective = len(words) > 2 and words[0].rstrip(",") in SENTENCE_OPENERS and words[1] in ("the", "a", "an")
        if connective:
            words = words[1:]  # (a connective first: ‘However, the Minority Leader, Senator X, raised …’,
            phrase = phrase.split(None, 1)[1]  # ‘But the chairman, X, said’)
        lead = _opening_participle(words)
        participle = bool(words) and (words[0].lower().endswith("ing") or words[0].lower() in PARTICIPLE_OPENERS
                                      or lead is not None)
        if ("," in phrase and not participle) or not 0 < len(words) <= (30 if participle else 12) \
                or not (words[0][:1].isupper() or connective):
            return False  # (and never a sentence inside a quotation: "“My top science adviser, John
            # Holdren, …": its opening mark is no capital)
        first = lead or words[0].lower()
        if first in OPENING_PREPOSITIONS or (len(words) <= 2 and first.endswith(ADVERB_LY)) or first.endswith("ing") \
                or (first.endswith("ed") and len(words) > 1 and words[1].lower() in ("about", "by", "on", "if", "why")):
            return True  # "In an interview, Khan said", "Privately, …", "Walking to the next address,
            # Ebeling reminisced", "Asked about the deal, Lee said"
        if len(words) <= 4 and words[-1].lower() in ("away", "later", "earlier", "ago", "nearby"):
            return True  # a short phrase of distance or time: ‘Not far away, street vendor Edson Lima was
            # selling …’, ‘Two days later, …’
        if len(words) > 8 and not (len(words) <= BODY_OFFICE_WORDS and _office_of_body(words)):
            return False  # (a long noun phrase is no title: only an opening phrase is read that far; but an
            # office of a body named in capitals is: ‘The Vice-Chancellor of the Federal University of Science
            # and Technology, X, said’)
        # a noun phrase, with no verb in it: "Nigeria’s culture minister, Funmilayo Adeyemi-Cole,
        # welcomed …", "Yiaga Africa's executive director, Samson Itodo, said" (never "Police
        # arrested a suspect, John Doe, …": the suspect is its object)
        owner = next((i for i, w in enumerate(words[:3]) if not w[:1].isupper() or w.endswith(("’s", "'s"))), None)
        return (first in ("the", "a", "an", "one", "his", "her", "their", "its", "our", "another")
                or (owner is not None and words[owner].endswith(("’s", "'s")) and words[owner][:1].isupper())) and not any(
            w.islower() and ((w.endswith("ed") and not (i == 1 and i + 1 < len(words))) or w in BE_FORMS_ALL or w in AUXILIARIES
                             or (w in SPEECH_VERBS and not (w == "state" and words[i + 1:i + 2] and words[i + 1][:1].isupper())))
            for i, w in enumerate(words))  # ("the state Police Public Relations Officer": an adjective; and
        # a participle right after the article, before its noun: ‘Her defeated opponent, the former housing
        # minister Clare Whitlow, was gracious.’)

    def _pair_acting_at(self, pos: int, p: Person, recent: list[tuple[int, Person]]) -> Person | None:
        """The pair that ``p``, named at ``pos`` by the surname, closes, when the two are a sentence's
        subject: ‘Paul Brandt and Karen Liu said the penalty was too high’ (both named people, the
        second's surname followed by a verb in the past or a speech verb); a "they" after is theirs.

        Never two of whom one is no person named (‘Carrow and Karen Liu’ of a bank), nor a pair
        in an aside or an object's place (‘fined Ito and Liu, who …’), nor one set in a longer
        list (‘Ito, Brandt and Liu said’: the list is no pair).
        """
        word = RE_CAPWORD.match(self.text, pos)
        if word is None or (acts := RE_PAIR_ACTS.match(self.text, word.end())) is None:
            return None
        verb = acts.group(1)
        if not (verb in SPEECH_VERBS or (verb.endswith("ed") and verb not in ("need", "seed", "feed"))
                or verb in ("have", "had", "were")):
            return None
        for pos2, q in reversed(recent):
            if pos2 >= pos or q is p:
                continue
            if q.kind != "name" or not q.personlike or not p.personlike \
                    or RE_PAIR_JOIN.fullmatch(self.text, pos2, pos) is None:
                return None
            before = self.text[max(0, pos2 - 40):pos2].rstrip().rsplit(" ", 1)[-1]
            if before.endswith(","):  # (‘Ito, Brandt and Liu’)
                return None
            opening = max(self.text.rfind(c, 0, pos2) for c in ".!?\n,") + 1  # (guard: never an opening phrase's
            # word, ‘Speaking to reporters,’, ‘In a post on Instagram,’)
            if any(w.strip(";:").lower() in SPEECH_VERBS and w.islower() and not w.endswith("ing")
                   for w in self.text[opening:pos2].split()):
                return None  # (a pair inside what another says: ‘Prosecutors said Sam Bankman-Fried and
                # Caroline Ellison conspired …. “…,” they said’ is the prosecutors')
            return Person(f"{q.name} and {p.name}", kind="description", plural=True)
        return None

    @property
    def recent(self) -> list[tuple[int, Person]]:
        """The last ``window`` people named or quoted before the current position, in text order.

        The stream of mentions is built on first use (only articles with pronouns or "the
        minister" need it) and searched by bisection, so each resolution costs O(window).
        """
        if self._stream is None:
            self._stream = self.mention_stream()
            self._stream_starts = [p for p, _ in self._stream]
        hi = bisect.bisect_left(self._stream_starts, self.position)
        named = self._stream[max(0, hi - self.window): hi]
        if self._stands_for:
            named = [(at, self._stands_for.get(at, p)) for at, p in named]
        spoke = [x for x in self.speakers[-self.window:] if x[0] <= self.position]
        merged = sorted(named + spoke, key=_position)
        return merged[-self.window:]

    def _three_word_name_called_by_two(self, raw: Sequence[str], words: Sequence[str]) -> "Person | None":
        """The one named in full by three words whose first two a title goes before (``raw`` the mention's
        words, ``words`` its name's): a Malay or South Asian name called by its first two words after a
        title, as those papers call people ("DPP Nur Aisyah" of Deputy Public Prosecutor Nur Aisyah
        Zulkifli); None when two such are named, or the two words are someone's own name or introduced
        with their own description (‘Dr Muhammad Ali, a historian,’ beside Muhammad Ali Jinnah is another
        man)."""
        if not (len(words) == 2 and len(raw) > 2 and raw[-2:] == words and words[0].lower() in NAME_LEADS
                and words[1][1:].islower()):
            return None
        short = " ".join(words)
        if ((known := self.by_surname.get(cast_key(words))) is not None and known.name != short) \
                or any(RE_INTRODUCED_AFTER.match(self.text, at.end()) for at in regex.finditer(
                    r"(?<![\p{L}\p{M}])" + regex.escape(short) + r"(?![\p{L}\p{M}])", self.text)):
            return None
        fuller = [q for q in self._named_in_full() if q.name.startswith(short + " ") and q.name.count(" ") == 2]
        return fuller[0] if len(fuller) == 1 else None

    def person_for_name(self, mention: Mention) -> Person:
        raw = mention.text.split()
        if len(raw) > 2 and raw[-1][:1].isupper() and raw[-1].lower() in ORG_WORDS and is_organisation(raw) \
                and any(w.endswith(("’s", "'s")) for w in raw[:-1]):
            return Person(mention.text, kind="organisation")  # "Israel's Prime Minister's Office", whole
        title, words = split_title([w for w in raw if w[:1] not in "“\"" and w[-1:] not in "”\""])
        words = [w for w in words if w]  # (a nickname in marks is no part of the name: ‘Sean “Dyche” Callaghan’)
        if _initials_not_style(raw, words, self.by_surname, self.text):
            words = raw  # (guard, review rv61a: "H.E." before one surname no one was named with before are a
            # person's initials, never an envoy's style: "H.E. Carrow, a retired engineer", "the novelist H.E. Bates")
        title, words = _office_name_trimmed(raw, title, words)
        if len(raw) > 2 and raw[0] in SAINT_ABBREVIATIONS and words == raw[1:] and _is_organisation(tuple(words)):
            words = raw  # a body named for a saint keeps the saint: ‘St. Agnes Regional Medical Center’, never
            # ‘Agnes Regional Medical Center’ (the "St" of a person's name is no honorific of a body's)
        if len(words) == 2 and words[0] == raw[0] and raw[0].lower() in RELIGIOUS_STYLES:
            words = words[1:]  # "Sister Bernadette": a style and a given name
        if len(words) >= 2 and words[0] == raw[0] and raw[0].lower() in STYLE_TITLES and raw[0].lower() not in RELIGIOUS_STYLES:
            known = self.by_surname.get(surname_key(words[1:]))
            if known is not None and not known.name.startswith(raw[0] + " ") and self._holds_style(known, raw[0]):
                words = words[1:]  # "Deacon Freeman", "Elder Summers", "Dean Amar" after the name in full
                # (but "Dean Schroeder" beside Patty Schroeder is her husband)
        if raw and raw[0].lower() in RELIGIOUS_STYLES and 2 <= len(words) <= 3 and words[0] != raw[0]:
            whole = next((q for q in self._named_in_full() if q.name.startswith(" ".join(words) + " ")), None)
            if whole is not None:  # "Sister Mary Catherine" of Sister Mary Catherine Doyle: her given names
                return whole
        if (fuller := self._three_word_name_called_by_two(raw, words)) is not None:
            return fuller  # "DPP Nur Aisyah" of Deputy Public Prosecutor Nur Aisyah Zulkifli
        if len(words) == 1 and raw[0].rstrip(".").lower() in ("madam", "mdm") \
                and words[0].lower() in ROLE_NOUNS:
            words = raw[-2:]  # "Madam Speaker" is a title, never a person called Speaker
        if len(words) == 2 and words[0].lower() in SHORT_TITLES and words[0].isupper() and not _body_word(words[1]):
            words = words[1:]  # "TD Healy-Rae" of Michael Healy-Rae, "MP Khan" (but "TD Bank" stays a bank's name)
        if len(words) == 2 and words[0].isupper() and (words[0].lower() in POLICE_RANK_LETTERS or words[0].lower() in OFFICE_LETTERS) \
                and (known := self.by_surname.get(words[1].lower())) is not None and " " in known.name \
                and known.name != " ".join(words):
            words = words[1:]  # a police rank's letters before the surname of one named in full: "DC Pryce"
            # of DC Owen Pryce, "CS Ndegwa" of Health CS Susan Ndegwa (never "DS Smith", the firm, with no Smith named)
        if len(words) == 2 and words[0].lower() in SOLDIER_RANK_WORDS and _ranked_in_full(self.text, words):
            words = words[1:]  # "Private Enright" of Private Thomas Enright: the rank, never a given name
        if len(words) == 2 and (nicknamed := self._nickname_pairs.get((words[0], words[1]))) is not None:
            return nicknamed  # a nickname of two words met inside the name: ‘Big Davie’ of David ‘Big Davie’ Imrie
        surname = cast_key(words)
        p = self.by_surname.get(surname)
        if p is not None and len(words) == 1 and title is None and words[0][:1].isupper() and gender_of(words[0]) is None \
                and (q := self._inner_word_people().get(words[0])) is not None and q is not p \
                and q.spots and min(q.spots)[0] < mention.start \
                and p.spots and min(p.spots)[0] > mention.start and " " in p.name \
                and q.name.split()[-1].rstrip(".").lower() not in HONORIFICS \
                and sum(self.text[s_:e_] == q.name for s_, e_ in q.spots) >= 1 \
                and any(s_ >= self.first_line_end for s_, _ in q.spots) and not self.common_word(q.name.split()[-1], q.spots[-1][0]):
            # (a name written in full, never a headline's run: ‘Donald Trump And Marco Rubio Miss The Mark’)
            if _western_then_chinese(q.name) and q.name.split()[1] == words[0]:
                return q  # (the surname of an English given name and a Chinese name, the one named so before:
                # ‘Edward Chan Kwok-wai … Chan said. … Chan Mei-ling said’)
            return Person(words[0])  # two who bear it, and nothing to tell which: as written (‘Guadalupe Torres
            # Villanueva … “…,” Torres said. … Her son, Ernesto Mendoza Torres,’: by custom the first
            # surname is hers, but ‘“…,” said Torres, 45. Ernesto Mendoza Torres said …’ is the son's);
            # never the one named only later
        if p is not None and len(words) == 1 and " " not in p.name and p.spots and words[0] == p.name \
                and (q := self._inner_word_people().get(words[0])) is not None and q.spots and min(q.spots)[0] < mention.start \
                and (self.first_surname_owner(words[0]) is q or any(s_ == mention.start for s_, _ in q.spots)) \
                and all(s_ < self.first_line_end or self._in_headline(s_) or s_ > min(q.spots)[0] for s_, _ in p.spots) \
                and any(next(word_positions(self.text, words[0], s_, e_), None) is not None
                        for s_, e_ in ((0, self.first_line_end), *self.headlines)) \
                and (honorific_sex := GENDERED_HONORIFICS.get(raw[0].rstrip(".").lower())) in (None, q.gender) \
                and not (honorific_sex is not None
                         and q.name.split()[0].lower() in SHARED_GIVEN_NAMES
                         and self._sex_told_where_named(q) != q.gender) \
                and not any(self.first_line_end <= s_ < mention.start and not self._in_headline(s_)
                            and _kin_word_set_off_before(self.text, s_) for s_, _ in p.spots):
            # (a given name both sexes bear tells no sex, the honorific's only with the pronouns where the name is
            # written in full: ‘Mrs Wafula pleads for son's release …. Hillary Wafula Simiyu, 24, was arrested ….
            # “…,” said Mrs Wafula’ is his mother; and one the body brings in as kin with the word is someone
            # else: ‘His brother, businessman Mr Wafula, …’; review rv32)
            return q  # the word inside a name of three that the headline calls someone by, the body naming them in
            # full before any other use of it: ‘Governor Wafula defends tender …. Governor Geoffrey Wafula Simiyu
            # has …. “…,” said Mr Wafula’, as Kenyan and Ugandan reports call people (w59a); without the headline's
            # word, a first surname after an honorific stays as written (‘Melba Acosta Febo …. Ms. Acosta’)
        if p is None and len(words) == 1:
            # the Arabic article a later mention drops: "Abdel Fattah al-Burhan" … "Burhan told"
            # (only when no one bears the surname without it)
            p = self.by_surname.get("al-" + surname) or self.by_surname.get("el-" + surname)
        if len(words) == 2 and (p is None or (p.name == " ".join(words) and not p.roles and not p.titled and not p.who)) \
                and title is None and gender_of(words[0]) is None and not mention.role \
                and (k := self._first_past_headline(short := " ".join(words) + " ")) >= 0 \
                and self.text[k + len(short):k + len(short) + 1].isupper() \
                and (company := self.company(words[0])) is not None and company.startswith(short) \
                and self.text.startswith(company, k) \
                and company.split()[2][:1].isupper() and not self._founder_named(short.rstrip()) \
                and not self._maker_before_model(words, company, k):
            # (never "Mujtaba Rahman of the Eurasia Group", nor a founder named like the company)
            return Person(company, kind="organisation")  # "Coastal Pacific said" after Coastal Pacific Airlines
            # (written in full first: never "Xiao Wei, the founder of Xiao Wei Holdings, said")
        first = raw[0].rstrip(".").lower() if raw else ""
        gender = GENDERED_HONORIFICS.get(first)
        if p is not None and len(words) == 1 and len(raw) > 1 and written_surname_first(p.name.split()) \
                and ((first in SURNAME_RANKS and first not in SURNAME_HONORIFICS and not self._holds_rank(p, first))
                     or RE_KIN_SET_OFF_AFTER.match(self.text, mention.end) is not None):
            return Person(words[0], gender=gender)  # the surname of one written surname first, after a rank that
            # one never held or with kin set off after it: someone else (‘Lim Chee Keong, 38, was jailed …. DPP Lim
            # told the court’, ‘Jang Mi-ran …. Mr. Jang, her father, said’)
        if (p is None or " " not in p.name) and len(words) == 1 \
                and (first in SURNAME_HONORIFICS or (first in SURNAME_RANKS and mention.role == raw[0])) \
                and gender_of(words[0]) is None and words[0].lower() not in SHARED_GIVEN_NAMES \
                and (not mention.role or mention.role == raw[0]) \
                and not self.text.startswith((", a ", ", an ", ", the "), mention.end):
            # "Mr Lam" after "SMRT Trains president Lam Sheau Kai": an honorific marks the word a
            # surname, written first (of the sex the honorific tells, if the name tells one); never
            # a given name ("Mr Donald", "Ms Kelly") nor one the mention describes ("Ms Taylor, a reviewer")
            q = self._by_first_word(words[0], surname=True)
            rank = first in SURNAME_RANKS and first not in SURNAME_HONORIFICS
            if q is not None and rank and not self._holds_rank(q, first):
                q = None  # (a rank is the one named in full with it: never ‘Lim Chee Keong, 38, was jailed …. DPP Lim
                # told the court’, the accused)
            elif q is None:  # a surname after a Western given name, a Chinese given name after it:
                # "Ms Ng" of Sylvia Ng Pei Shan, "Mr Goh" of Lawrence Goh Kian Wee, "DPP Tay" of Deputy
                # Public Prosecutor Gordon Tay Jun Kai
                q = self._inner_word_people().get(words[0])
                if q is not None and not ((q.name.count(" ") >= 3 or q.name.split()[0].lower() in NAME_LEADS)
                                          and q.name.split()[1] == words[0] and gender_of(q.name.split()[0]) is not None):
                    q = None  # (four words, or a Malay name after "Mohamad": "Dr Azhar" of Mohamad Azhar Osman;
                    # never a double surname, "Ms. Acosta" of Melba Acosta Febo)
                if q is not None and rank and not self._holds_rank(q, first):
                    q = None  # (the rank's holder only)
            if q is not None and (gender is None or q.gender in (None, gender)):
                return q
        if len(words) == 1 and raw and first in ("dr", "prof") and (p is None or p.name == words[0]) \
                and (q := self._first_word_people().get(words[0].lower())) is not None and q.name.count(" ") >= 2 \
                and gender in (None, q.gender):
            return q  # the first of a name of three words after an honorific: "Dr Khalida" of Khalida Parveen
            # Rana, as South Asian and Malay papers write (no one bears it as a surname)
        if (p is None or " " not in p.name or p.name == " ".join(words)) and first in GIVEN_CALLING_HONORIFICS \
                and (len(words) == 1 or (len(words) == 2 and words[0] == raw[0] and first in SHORT_NAME_HONORIFICS)) \
                and (not mention.role or mention.role == raw[0]) \
                and not self.text.startswith((", a ", ", an ", ", the "), mention.end) \
                and (q := self._called_by_given_name(words[-1], mention.start, " ".join(words))) is not None \
                and gender in (None, q.gender):
            return q  # a given name alone, the first word of one name written in full before, where the article
            # calls people so and never by the last word of the name (as Thai, Indonesian, Burmese and
            # Icelandic usage does): "Mr Pongsak" or "Khun Wanida" of Wanida Srisuk, never "Mr Arthur"
            # beside a Thomas Arthur, nor "Mr Somsak" of two
        if p is not None and len(words) == 1 and gender and p.spots:
            # "Mrs Attwell" after "Geoff Attwell, who runs a farm with his wife, Sarah,": the spouse
            # (whatever sex the cast gave Geoff, whose name the lists do not hold)
            spouse = self._partner_named(p, mention.start)
            if spouse is not None and spouse[1] == gender:
                return Person(f"{spouse[0]} {words[0]}", gender=gender)
        if p is not None and len(words) == 1 and gender and p.gender not in (None, gender):
            # "Ms Hale" beside Tom and Emma Hale: the namesake the honorific fits; with none, someone
            # new ("Mr. Obama" is not Michelle Obama), unless the given name is used by both sexes
            # ("Andrea Rossi … Mr Rossi")
            fits = next((o for o in self.namesakes.get(surname, ()) if o.gender == gender), None) \
                or self._sole_namesake_of_sex([p, *self.namesakes.get(surname, ())], gender, mention.start)
            # (or one whose sex the pronoun after their full name tells: ‘Rhian Evans, said she’)
            if fits is None and p.spots:  # (or the partner named with them whose sex nothing tells: "Jo and
                # Rob Kessell … Mrs Kessell"; never a son named elsewhere, "her son, Humayun Khan")
                unknown = [o for o in self.namesakes.get(surname, ()) if o.gender is None and o.spots
                           and abs(o.spots[0][0] - p.spots[0][0]) <= 24]
                fits = unknown[0] if len(unknown) == 1 else self._sole_surname_first(surname, gender, mention.start)
            if fits is None and p.spots:
                fits = self._unsexed_namesake_speaking(p, surname, mention.start)
            if fits is not None:
                return fits
            if p.name.split()[0].lower() not in SHARED_GIVEN_NAMES or (
                    p.name.split()[0].lower() in RARELY_MALE_SHARED_GIVEN
                    and (p.name.count(" ") < 2 or self._sex_told_where_named(p) == p.gender
                         or self._sex_in_sentence_named(p) == p.gender)):
                return Person(" ".join(words), gender=gender)  # (a woman called Hillary or Hilary: only a name
                # of three, East Africa's men called Hillary, and no pronoun telling her sex where she is named,
                # keeps the other honorific hers: ‘Hillary Clinton …. Mr. Clinton said’ is her husband; review rv32)
        if p is not None and len(words) == 1 and gender and p.gender is None \
                and len(fits := [o for o in self.namesakes.get(surname, ()) if o.gender == gender
                                 and o.spots and min(o.spots)[0] < mention.start]) == 1 \
                and (self._sex_told_where_named(p) != gender or self._named_speaking_just_before(fits[0], mention.start)):
            return fits[0]  # the one namesake of the honorific's sex named before it, beside one whose sex nothing
            # tells: ‘Dilys Morgan fell …. Her son, Huw Morgan, … Mr Morgan said’ is the son; never one named only
            # later; and when the pronouns where the first is named tell the honorific's sex, only the one named just
            # before, speaking: ‘Lucius Fairweather, a pianist, died on Thursday. He was 88. … Mr. Fairweather
            # recorded …’ is his (‘His son, Declan Brennock, said …. “…,” Mr Brennock said’ is the son's)
        if p is not None and len(words) == 1 and self.namesakes.get(surname) \
                and (age := RE_ELDER_YOUNGER.search(self.text, max(0, mention.start - 16), mention.start)
                     or RE_GENERATION_AFTER.match(self.text, mention.end)) is not None:
            # "the younger Mr. Hale" of Robert L. Hale and Robert L. Hale Jr.: the son; "the elder": the father
            # (and after the surname: ‘Varga senior said’ beside his son, Bence Varga)
            people = [p, *self.namesakes[surname]]
            sons = [q for q in people if _suffix(q.name.split())]
            fathers = [q for q in people if not _suffix(q.name.split())]
            if not sons:  # (or by the kin the article calls them: "His son, Nick Dimitriou")
                sons = [q for q in people if any(RE_YOUNGER_KIN.match(r) for r in self.roles_of(q))]
                fathers = [q for q in people if q not in sons]
            if not sons:  # (or "Her mother, Dorothy Marsh," of two: the other is the younger; or "his father and
                # agent, Zoltán Varga,", whose last role the cast keeps)
                fathers = [q for q in people if any(RE_ELDER_KIN.match(r) for r in self.roles_of(q))
                           or self._kin_set_off_before(q, RE_ELDER_KIN)]
                sons = [q for q in people if q not in fathers] if len(people) == 2 and len(fathers) == 1 else []
            pick = sons if GENERATION_AFTER.get(age.group(1), age.group(1)) == "younger" else fathers
            if len(pick) == 1 and len(sons) == 1:
                return pick[0]
            if age.re is RE_GENERATION_AFTER:
                return Person(words[0])  # (which of them nothing tells: the surname as written, never a guess)
        if p is not None and _suffix(words) != _suffix(p.name.split()):
            son = self._namesake_of(surname, words)  # "Donald Trump Jr." beside his father
            if son is not None:
                return son
        if p is not None and len(words) == 2 and words[1].rstrip(".").lower() in NAME_SUFFIXES:
            # "Trump Jr. said": the son the article names in full, never his father
            written = " ".join(words).lower()
            son = next((o for o in (p, *self.namesakes.get(surname, ())) if o.name.lower().endswith(written)), None)
            if son is not None:
                return son
        if p is not None and len(words) == 1 and " " in p.name and p.spots and min(p.spots)[0] > mention.start \
                and not self.namesakes.get(surname) and self._other_bearer_before(p, words[0], mention.start):
            return Person(words[0], gender=gender)  # the one the surname keys is named only later, and another
            # was named with it before, whose given name the cast did not read: as written (‘Council Executive
            # Secretary Dr Hawa Juma said …. “…,” Dr Juma said. … The minister, Prof Zuhura Juma, …’ is never hers)
        tail = len(words) > 1 and p is not None and p.name.lower().endswith(" " + " ".join(words).lower()) \
            and not self.namesakes.get(surname)  # (never when two people share it: Jean-Marie and Marine Le Pen)
        if p is not None and (len(words) == 1 or p.name.split()[0].lower() == words[0].lower()
                              or len(words) >= len(p.name.split()) or tail):  # ("O'Malley Dillon": Jen's)
            if len(words) > 1 and " ".join(words) != p.name and not tail \
                    and (p.name.split()[0].lower() != words[0].lower()
                         or (written_surname_first(words) and _other_given_name(words, p))):
                return self._namesake_of(surname, words) or Person(" ".join(words), gender=gender_of(words[0]))
                # (and a name written surname first whose given name is another's: ‘Leung Hoi-yan’ beside
                # her father, Leung Wing-kin, whose surname keys the cast)
            if len(words) == 1 and self.namesakes.get(surname):
                q = self._namesake_named_last(p, surname, mention.start, title, gender, mention.end)
                if q is not p and (at := mention.text.rfind(words[0])) >= 0:
                    self.stands_for(mention.start + at, q)  # (and a "he" after stands for that one, never
                    # for the one the surname keys: ‘Minister Vijay Prasad …. chief executive Sundar Prasad said
                    # …. “…,” Mr Prasad said. / He said …’ is Sundar Prasad's)
                p = q
            if mention.role and mention.role not in p.roles:
                p.roles.append(mention.role)
            return p
        if p is None and len(words) == 1 and (first in STYLED_GIVEN_NAME_HONORIFICS or first in RELIGIOUS_STYLES):
            style = raw[0] + " " + words[0]
            knights = [q for q in self._first_word_owners(words[0]) if any(
                self.text.find(style, max(0, s - len(style)), e) >= 0 for s, e in q.spots)]
            if len(knights) == 1:
                return knights[0]  # "Sir John" of Professor Sir John Curtice, beside John Swinney;
                # "Sister Bernadette" of Sister Bernadette Lavigne, never of Bernadette Jones
            if (first in RELIGIOUS_STYLES or first in CHIEF_HONORIFICS) and len(raw) > 1:
                return Person(style)  # ("Sister Mary", who ran the orphanage, is no "Mary Jones" who grew up there;
                # "Ratu Meli" no cane farmer Meli Waqa Bola)
        if p is None and len(words) == 1 and (title is None or (first in GIVEN_NAME_HONORIFICS and first not in CHIEF_HONORIFICS)):
            # (and "Sir Malcolm" is Sir Malcolm Pryce; but a body's way of speaking, ‘Kia said in a
            # statement’, takes a given name only the lists hold)
            p = self._by_first_word(words[0], kin=RE_BODY_CUE.match(self.text, mention.end) is None)
            if p is not None:
                return p
        if p is None and len(words) == 1 and title is None and len(raw) == 1 \
                and (kin := self._kin_set_off_by_given(words[0], mention.start)) is not None:
            return kin  # a child named by given name alone after "his son" or "their daughter", who shares the surname
            # of the one named just before (‘Sgt. Ravi Menon … his son, Arjun, …. Arjun laughed’: Arjun Menon)
        if p is None and len(words) <= 2 and len(raw) > len(words) \
                and (titled := self._titled_given(raw, words, mention.start)) is not None:
            return titled  # a given name after the rank the full name had: "Pol Col Sakda" of Pol Col Sakda Chaimongkol
        if p is None and len(words) == 2 and title is None and gender_of(words[1]) is None \
                and (longer := self._part_of_longer(words, mention.start)) is not None:
            return longer  # two words of one longer name: "Kamarul Ariffin" of Kamarul Ariffin Sulaiman,
            # "Sue Ann" of Lim Sue Ann (the same test as for a name the cast collects)
        if p is None and len(words) == 1 and title is None and len(raw) == 1 and words[0][:1].isupper() \
                and (longer := self._part_of_longer(words, mention.start)) is not None and _western_then_chinese(longer.name):
            return longer  # the surname alone of the one named before with an English given name and a Chinese
            # name (‘Secretary for Housing Carmen Lau Suk-man said …. “…,” Lau said’), whoever is named so later
        if p is None and len(words) == 1 and title is None and words[0][:1].isupper():
            q = self._inner_word_people().get(words[0])
            if q is not None and self._first_word_people().get(words[0].lower()) is None \
                    and any(s_ >= self.first_line_end for s_, _ in q.spots) \
                    and not self.common_word(q.name.split()[-1], q.spots[-1][0]):
                # (never a headline's "Hillary Clinton Goes After …")
                return q  # the one name a word inside it is ("Lula" of Luiz Inacio Lula da Silva)
        if p is None and len(words) == 1 and title is None and gender_of(words[0]) is None \
                and (company := self.company(words[0])) is not None:
            return Person(company, kind="organisation")  # "Norrland said" after Norrland Paper & Packaging
        name = " ".join(words) if words else mention.text
        if len(words) == 1 and len(raw) == 2 and first in PEER_STYLES:
            name = f"{raw[0]} {words[0]}"  # a peer's style is part of the name: "Lord Fennimore"
        p = Person(name, kind="organisation" if is_organisation(words) else "name",
                   gender=gender_of(words[0]) if len(words) > 1 else GENDERED_HONORIFICS.get(first))
        if mention.role:
            p.roles.append(mention.role)
        if len(words) >= 1 and p.kind == "name":
            self.by_surname.setdefault(surname, p)
        return p

    def body_names(self) -> list[tuple[int, str, list[str]]]:
        """The names of bodies the text writes, outside headlines (where, the name as a speaker
        is written, its words): capitalised runs of two words or more, with "of", "for", "and"
        and "&" inside ("the Office of Banking Conduct", "Norrland Paper & Packaging"). One pass,
        on first use."""
        if self._body_names is not None:
            return self._body_names
        text = self.text
        headlines = self.headlines
        first = text[:self.first_line_end].split()
        # (a short first line is a headline when it is written in title case)
        first_end = self.first_line_end if all(w[:1].isupper() for w in first if len(w) > 3 and w.isalpha()) else 0
        out = self._body_names = []
        for m in RE_BODY_NAME.finditer(text):  # (runs of two words or more only)
            run = m.group()
            at = m.start()
            h = bisect.bisect_right(headlines, (at, len(text))) - 1
            if (h >= 0 and at < headlines[h][1]) or at < first_end:
                continue  # (a headline's capitals: "Newspaper Says Clinton Needs To Quit")
            words = run.split()
            k = 0
            while k < len(words) and words[k].lower() in FUNCTION_WORDS and words[k] != "The":
                k += 1  # ("In", "But" before a name that opens a sentence)
            based = k + 2 < len(words) and RE_PLACE_BASED.fullmatch(words[k]) is not None
            k += based  # (where the body is based, before its name: "Brennholt-based Aurelian Biologics")
            the = text[max(0, at - 4):at].lower() == "the " and not based  # ("the State Department"; never the
            # "the" of where it is based: ‘the Kisumu-based Lakeview Savings Bank’)
            if k + 2 < len(words) and words[k + 1] == "of" and _part_of_a_body(words[k].lower()):
                k += 2  # a part of the body or its people, capitalised for opening a sentence: "Shares
                # of Halvorsen Shipping Corp. fell", "Members of the Ocean Futures Coalition marched"
                the = words[k] == "the"
                k += the
            run_words = len(words)
            cut = next((c for c in range(k, len(words)) if words[c].endswith(("’s", "'s", "s’", "s'")) and not (
                c + 1 < len(words) and words[c + 1].lower() in ORG_WORDS)
                and not _members_possessive_in_name(words, k, c)
                and not (c > k and words[c - 1] in SAINT_ABBREVIATIONS)), len(words))  # (but "Sheriff's Office", and
            # a saint's name, whose ’s is the name's own: "St. Anselm’s Health Network")
            owner = RE_POSSESSIVE_END.sub("", words[cut]) if cut < run_words else ""
            words = words[k:cut] + ([owner] if owner[:1].isupper() and cut > k else [])  # (the owner keeps its
            # last word: ‘Brackley International Airport’s main runway’ names "Brackley International Airport",
            # never "Brackley International"; a lone owner, "Trump’s Justice Department", names no body)
            while words and (words[-1].lower() in ("the", "of", "for", "and", "&") or ends_in_title(words)):
                words.pop()  # (and an office after the body's name: "Kairo Labs CEO defends …" names Kairo Labs)
            if (served := _body_served(words)) is not None:
                the = words[served - 1] == "the"  # (the person before "of" is no part of the body's name)
                at = text.find(words[served], text.find(" of ", at))
                words = words[served:]
            if cut == run_words and _firm_town_after(text, m.end(), words):
                words = words[:-2]  # (the firm's town is no part of its name: ‘Tessaract Defense Systems of
                # Huntsville, Alabama,’ names "Tessaract Defense Systems"; ‘the Bank of Ireland’ stays whole)
            if len(words) < 2:
                continue
            parts = [words]
            if "and" in words:  # two bodies named together: "Hale Energy and Hale Capital Partners"
                a = words.index("and")
                left, right = words[:a], words[a + 1:]
                if len(left) - (left[0] == "The") > 1 and len(right) > 1 and any(  # (never "The Fish and Game Agency")
                        x[-1].lower() in BUSINESS_WORDS or x[-1].lower() in ORG_WORDS for x in (left, right)) \
                        and not _remit_list_and(left, right) \
                        and not (_members_possessive_in_name(words, 0, int(words[0] == "The"))
                                 and left[-1].lower() not in ORG_WORDS and left[-1].lower() not in BUSINESS_WORDS):
                    # (nor one office's remits: ‘Department of Natural Resources and Northern Development’, nor
                    # the matters of a body named for its people: ‘The Workers' Support and Insurance Fund’ (w62a))
                    parts = [left, right]
                elif a == 1 and left[0] != "The" and len(right) > 1 and right[-1].lower() in BUSINESS_WORDS \
                        and RE_FIRMS_LISTED_BEFORE.search(text, max(0, at - 40), at) is not None:
                    parts = [left, right]  # (firms listed after their plural noun: ‘the merger of mobile operators
                    # Vireo and Castell Telecom’ names "Vireo" and "Castell Telecom", never one firm)
            for part in parts:
                name = " ".join(part)
                if part is words and cut == run_words and part[-1].lower() in ABBREVIATED_ENDINGS \
                        and text.startswith(".", m.end()):
                    name += "."  # ("Aerovista Airlines Inc.", as "the company" finds it)
                if part is words and the:
                    name = "the " + name
                out.append((at, "the" + name[3:] if name.startswith("The ") else name, part))
        return out

    def _body_by_last_word(self, words: Sequence[str], at: int) -> str | None:
        """The one body named in full before ``at`` whose name of two words or more ends with the
        word of "the <Word>" (‘The Fort Garry Blizzard …’ for "the Blizzard", a team by its nickname,
        ‘the Halvern Valley Otters’ for "the Otters"); None for a word that is a body's kind
        ("the Commission", "the Ministry", "the Company": which one is for the anaphor rules), a
        role, or when two bodies end with it."""
        if len(words) != 2 or words[0] != "the" or not words[1].isalpha() or not words[1][:1].isupper() \
                or words[1].isupper():
            return None
        low = words[1].lower()
        if low in ORG_WORDS or low in BUSINESS_WORDS or low in ROLE_NOUNS or low in TEAM_WORDS or low in BODY_NAME_ENDINGS \
                or low in DESCRIPTION_NOUNS \
                or ((known := self.by_surname.get(low)) is not None and known.personlike):
            return None  # (nor a person's name: "the Trump campaign" is never Donald Trump's body)
        found = {name for start, name, part in self.body_names() if start < at and part[-1] == words[1]
                 and len(part) - (part[0] == "The") >= 2 and all(w[:1].isupper() for w in part)
                 and gender_of(part[part[0] == "The"]) is None}
        return found.pop() if len(found) == 1 else None

    def _maker_before_model(self, words: Sequence[str], company: str, k: int) -> bool:
        """The short form is a firm's whole name, and the "company" the run makes of it goes on into
        another maker's name before a model's number: ‘an Eastwind Airlines Boeing 787’ holds the airline
        "Eastwind Airlines" and the aircraft, never a firm "Eastwind Airlines Boeing"."""
        extra = company.split()[len(words):]
        if words[-1].lower() not in BUSINESS_WORDS or len(extra) not in (1, 2) or not extra[0].isalpha():
            return False
        after = self.text[k + len(company):k + len(company) + 12]
        model = extra[1] if len(extra) == 2 else (after[1:].split(" ", 1)[0] if after[:1] == " " else "")
        return any(c.isdigit() for c in model)  # (‘a Skyline Airways Airbus A320’ too)

    def company(self, word: str) -> str | None:
        """The one company's or club's name the article writes in full that opens with this word
        ("Norrland" of Norrland Paper & Packaging, "Dunmore" of Dunmore United), or, for a club of
        two words, ends with it ("City" of Manchester City), if only one does."""
        if self._companies is None:  # (one pass for the article: a search per word was quadratic in its people)
            self._companies = {}
            for at, name, words in self.body_names():
                joint = words.index("and", 2) if "and" in words[2:-1] else None
                if joint is not None and words[joint - 1].lower() in BUSINESS_WORDS \
                        and not any(w.lower() in BUSINESS_WORDS for w in words[joint + 1:]):
                    words = words[:joint]  # a headline's two parties: "Kgalagadi Platinum and Mawu deadlock
                    name = " ".join(words)  # over wages" names the firm "Kgalagadi Platinum"
                firm = any(w.lower() in BUSINESS_WORDS or w.lower() in TEAM_WORDS
                           or w.lower().endswith(BUSINESS_ENDINGS) for w in words[1:]) \
                    or _set_off_as_firm(self.text, at, name, words)
                if words[0] == "The" or not (firm or (any(w.lower() in HEALTH_BODY_WORDS for w in words[1:])
                                                      and self._health_body_speaks(at, words))):
                    continue  # (and a firm's word joined to another: "Kestrel Microsystems")
                keys = [words[0]]
                if len(words) == 2 and words[1].lower() in TEAM_WORDS:
                    keys.append(words[1])
                for key in keys:
                    known = self._companies.get(key, False)
                    if known is False or known == name or (known is not None and known.startswith(name + " ")):
                        self._companies[key] = known or name  # (a short form and its full name are one
                        # firm: "Brightwater Capital" in a headline, "Brightwater Capital Management")
                    elif known is not None and name.startswith(known + " ") \
                            and name[len(known) + 1:].split()[0].lower() in ROLE_NOUNS:
                        pass  # (the firm's office and officer after its name are no part of it: "Harlow Motors
                        # Chief Executive Gunnar Lindqvist" after "Harlow Motors CEO says …")
                    else:
                        self._companies[key] = name if known is not None and name.startswith(known + " ") else None
        return self._companies.get(word)

    def _health_body_speaks(self, at: int, words: Sequence[str]) -> bool:
        """A hospital's or a health system's name (HEALTH_BODY_WORDS inside it) written at ``at`` that a
        story may shorten to its first word: its name ends with its kind ("Lakeshore Health", "Bellmoor
        Medical Center", "Mount Sinai Health System"), it is no university's nor a public body's of a
        place ("Harwick University Medical Center", "the Minnesota Department of Health", "Kenya Medical
        Research Institute"), it is named as a body, not as where someone was taken (‘taken to Boston
        Medical Center …. Boston said’ is the team), and its first word is no one's name the article
        gives (‘Summer Health …. Summer Reyes, a receptionist, …. “…,” Summer said’; rv24)."""
        first = words[0].lower()
        if first in ONE_WORD_PLACES or words[-1].lower() not in HEALTH_BODY_CLOSING_WORDS \
                or any(w.lower() in HEALTH_BODY_OTHER_WORDS for w in words[1:]):
            return False
        if regex.search(r"\b(?:to|into)\s+(?:the\s+)?$", self.text[max(0, at - 12):at]) is not None:
            return False
        known = self.by_surname.get(first)
        return not (known is not None and known.kind == "name" and known.name.split()[0] != words[0]) \
            and not any((n := q.name.split())[0] == words[0] and n[-1].lower() not in HEALTH_BODY_CLOSING_WORDS
                        and n != list(words[:len(n)]) for q in self._named_in_full())  # (its short form is no one)

    def sole_company(self) -> str | None:
        """The one company the article writes in full, by a firm's word in its name ("Quorra Labs",
        "Veltrix Inc."; a short form and its full name are one), else None: what an unnamed "company"
        that owns a document stands for when nothing nearer names one.

        >>> Cast("Quorra Labs on Tuesday launched a model. Quorra Labs is based in Oslo.").sole_company()
        'Quorra Labs'
        >>> Cast("Quorra Labs sued Brightwater Capital on Monday.").sole_company() is None
        True
        """
        self.company("")  # (the table of companies, built once)
        names = {n for n in (self._companies or {}).values() if n is not None}
        return next(iter(names)) if len(names) == 1 else None

    def knows_firm(self, word: str) -> bool:
        """A lower-cased word is the short form of the one company the article writes in full ("veltrix"
        of Veltrix Inc., "norrcom" of Norrcom Networks): a sentence may open with it alone as its
        subject before any verb (‘Veltrix did not say when, saying only that it would “…”’), as a
        known surname may.

        >>> c = Cast("Veltrix Inc. on Tuesday unveiled a phone.")
        >>> c.knows_firm("veltrix"), c.knows_firm("tuesday")
        (True, False)
        """
        return bool(word) and self.company(word[:1].upper() + word[1:]) is not None

    def knows_subject(self, word: str) -> bool:
        """A lone capitalised word opening a sentence is someone or some firm the article names: a
        known surname (``knows``) or a company's short form (``knows_firm``)."""
        return self.knows(word) or self.knows_firm(word)

    def knows(self, word: str) -> bool:
        """A lower-cased word is the surname of someone the article names: the last word of a
        name, or the first of one written surname first ("Liang" of Liang Wenhao)."""
        if word in self.by_surname:
            return True
        p = self._first_word_people().get(word)
        return p is not None and _surname_first(p.name)

    def _named_in_full(self) -> Iterator[Person]:
        """The people the article names in full (two words or more), namesakes included: what the
        tables by a word of the name are made from."""
        return (q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                if q.kind == "name" and " " in q.name)

    def _inner_word_people(self) -> dict[str, Person | None]:
        """People named in full with three words or more, by each word inside their name ("Lula"
        of Luiz Inacio Lula da Silva); None for a word two names share. Worked out once."""
        if self._inner_words is None:
            self._inner_words = {}
            for q in self._named_in_full():
                if q.name.count(" ") >= 2:
                    for w in q.name.split()[1:-1]:
                        self._inner_words[w] = None if self._inner_words.get(w, q) is not q else q
        return self._inner_words

    def first_surname_owner(self, word: str) -> Person | None:
        """The one person whose full name has this word inside it, no given name the lists hold (the
        first of two surnames: "Arosemena" of Daniel Arosemena Carrión, "Huamán" of Hilario Huamán
        Condori, as Spanish and Portuguese reports call people on second reference), when the body
        writes that name in full and never ends it at the word (‘Sloane Mercer Cast as Lead in …’
        over ‘Sloane Mercer has landed the title role’ is a headline's run: "Mercer" is her
        surname); None if none."""
        q = self._inner_word_people().get(word) if gender_of(word) is None else None
        if q is not None and any(s >= self.first_line_end and not self._in_headline(s) and self.text[s:e].endswith(q.name)
                                 for s, e in q.spots) and not any(self.text[s:e].endswith(" " + word) for s, e in q.spots):
            return q
        return None

    def called_after_lead(self, word: str) -> Person | None:
        """The one person named in full whose name opens with a Malay or Arabic lead and then this
        word, the name they are called by (Malaysian, Singaporean, Bruneian and Gulf papers:
        ‘Muhammad Hafiz Rosli … Hafiz’, ‘Mohd Azlan Ismail … Azlan’, ‘Nur Aina Hassan … Aina’), a given
        name the lists may hold. None when the word is anyone's surname (‘Muhammad Hassan Rosli’ beside
        Dr Nadia Hassan), opens anyone's name, or sits inside two names (‘Mohd Amir Hamid and Muhammad
        Amir Yusof’).

        >>> c = Cast("KUALA LUMPUR: The pair Lim Jun Hao and Muhammad Hafiz Rosli won the Taipei Masters title yesterday in a long final.")
        >>> c.called_after_lead("Hafiz").name, c.called_after_lead("Jun")
        ('Muhammad Hafiz Rosli', None)
        """
        q = self._inner_word_people().get(word)
        if q is None or q.kind != "name" or word.lower() in self.by_surname or word.lower() in self._first_word_people():
            return None
        return q if _lead_then(q.name, (word,)) else None

    def _called_after_leads(self, word: str) -> Person | None:
        """The word as written, as a person of its own, when it is the name two or more people named in
        full are called by after a Malay or Arabic lead (‘Mohd Amir Hamid and Muhammad Amir Yusof’ …
        ‘Amir, who returned from injury,’): nothing tells which of them, so a "he" after keeps the name
        as written, as of two namesakes, never the one who spoke before; never a word that is anyone's
        surname or opens anyone's name."""
        if word.lower() in self.by_surname or word.lower() in self._first_word_people():
            return None
        names = {q.name for q in self._named_in_full() if q.kind == "name" and _lead_then(q.name, (word,))}
        return Person(word, gender=gender_of(word)) if len(names) >= 2 else None

    def _first_word_owners(self, word: str) -> list[Person]:
        """Everyone named in full whose name opens with this word (a look-up worked out once)."""
        if self._owners is None:
            self._owners = {}
            for q in self._named_in_full():
                self._owners.setdefault(q.name[:q.name.index(" ")].lower(), []).append(q)
        return self._owners.get(word.lower(), [])

    def _first_word_people(self) -> dict[str, Person | None]:
        """People named in full by the first word of their name, lower-cased; None for a word
        two people share. A word that is someone's surname is left out."""
        if self._first_words is None:
            self._first_words = {}
            for q in self._named_in_full():
                first = q.name[:q.name.index(" ")].lower()
                if _named_place(q):
                    continue  # (a place's name is no one's: "Han said" of Han Sung-woo beside the Han River)
                if " " not in getattr(self.by_surname.get(first), "name", ""):  # (a lone "Mr Lam" is no one else)
                    self._first_words[first] = None if first in self._first_words else q
            for nick, q in self._nicknames.items():  # (a nickname in marks inside a name: ‘Michael “Mick” Daly’)
                if nick not in self._first_words and nick not in self.by_surname:
                    self._first_words[nick] = q
        return self._first_words

    def _by_first_word(self, word: str, surname: bool = False, kin: bool = True) -> Person | None:
        """The one person named in full whose name opens with this word, which is no one's
        surname: a given name ("Jasmine said" after Jasmine Ortiz) or a surname written first
        ("Xi said" after President Xi Jinping). Only a person the article marks as one, by a given
        name or a role ("Pew" is never Pew Research), or, with ``surname``, one an honorific before
        the word shows to be a surname ("Mr Lam"); never when two people share the word."""
        p = self._first_word_people().get(word.rstrip(".").lower())
        if p is None or (p.gender is None and not p.titled and not surname and not _surname_first(p.name)
                         and not (kin and self._plain_person(p, word))
                         and not (kin and self._kin_or_aged(p)) and not p.name.split()[1:2] in (["Singh"], ["Kaur"])
                         and not (kin and self._given_name_as_kin(word.rstrip(".")))
                         and not (kin and word.lower() not in ONE_WORD_PLACES and self.company(word) is None
                                  and any((h := description_head(r)) is not None and h in ROLE_NOUNS and h not in THING_NOUNS
                                          for r in self.roles_of(p)))
                         and not (kin and self._position_before(p))):
            return None  # (a given name the lists hold, a title before the name: "President Xi
            # Jinping", a given name after it: "Sato Haruki", a kin word or an age: "His wife, Morag
            # Fraser,", "Camille Fournier, 29,", or a person's role: "Andi Saputra, a forest
            # campaigner,"; never a physio "Chelsea Marsh" for "Chelsea said in a statement")
        key = word.rstrip(".")
        if key not in self._first_word_cues:
            self._first_word_cues[key] = p
            if self._stream is not None and len(self._first_word_cues) <= FIRST_WORD_REBUILDS:
                self._stream = None  # (the mentions are read again with it: whichever quotation came first)
        return p

    def _position_before(self, p: Person) -> bool:
        """A sport's position in lower case stands right before where ``p`` is named (‘with leg-spinner
        Tanvir Alam claiming four’): a player, whom the report may call by the given name."""
        for s_, _ in p.spots:
            before = RE_HYPHENATED_WORD_BEFORE.search(self.text, max(0, s_ - 30), s_)
            if before is not None and before.group(1) in SPORT_POSITIONS:
                return True
        return False

    def _called_by_given_name(self, word: str, at: int, written: str) -> Person | None:
        """The one person named in full before ``at`` whose name of two or three words opens with this
        word, which is no one else's given name nor anyone's surname, when the article never writes
        that person's last word alone (‘Mr Rattanawong’): the given name is how the article calls them
        (‘Minister Pongsak Rattanawong … Mr Pongsak said’, ‘Sigríður Björnsdóttir … Sigríður said’).
        None otherwise (‘James Cleverly … Mr Cleverly … Mr James’ is someone else). ``written`` is the
        mention's name, which the cast may hold as a name of its own (‘Khun Wanida’)."""
        owners = [o for o in self._first_word_owners(word) if o.name != written]
        known = self.by_surname.get(cast_key([word]))
        if len(owners) != 1 or (known is not None and " " in known.name and known.name != written):
            return None  # (two who bear it, or someone's surname)
        q = owners[0]
        if sum(self._honorific_before_given(o) for o in self._named_in_full()) < 2:
            return None  # (the article calls two people so at least: never "Mr Donald" of Donald Trump alone)
        if q.kind != "name" or q.placelike or not q.spots or min(q.spots)[0] >= at \
                or not 2 <= q.name.count(" ") + 1 <= 3 or _named_place(q) or is_organisation(q.name.split()):
            return None
        last = q.name.rsplit(" ", 1)[1]
        for k in word_positions(self.text, last, 0, len(self.text)):
            before = RE_WORD_BEFORE.search(self.text, max(0, k - 30), k)
            if before is None or not before.group(1)[:1].isupper() or before.group(1).lower() in HONORIFICS \
                    or self.text[before.end(1):k] != " ":
                return None  # (the last word written alone, or after an honorific: a surname the article uses)
        return q

    def _honorific_before_given(self, p: Person) -> bool:
        """An honorific stands before the first word of this person's name of two or three words, that
        word alone (‘Mr Pongsak said’ of Pongsak Rattanawong)."""
        words = p.name.split()
        if p.kind != "name" or not 2 <= len(words) <= 3:
            return False
        for k in word_positions(self.text, words[0]):
            before = RE_WORD_BEFORE.search(self.text, max(0, k - 12), k)
            if before is not None and before.group(1).lower() in GIVEN_CALLING_HONORIFICS \
                    and not self.text.startswith(p.name, k) \
                    and not self.text.startswith((", a ", ", an ", ", the "), k + len(words[0])):
                # (never one the article describes as someone new: ‘said Ms Taylor, a reviewer’)
                return True
        return False

    def _plain_person(self, p: Person, word: str) -> bool:
        """A full name of two or three words, no body's nor place's, whose first word is no common
        word, no place and no firm's: one a tabloid or a local paper goes on to call by the given name
        alone (‘former bestie Kaycee Doyle-Hart’ … ‘Kaycee said’, ‘The winner, Surachet Kaewmanee,’ …
        ‘Surachet denied’)."""
        words = p.name.split()
        if not (p.kind == "name" and 2 <= len(words) <= 3 and not p.placelike and not is_organisation(words)
                and words[-1].lower() not in BUSINESS_WORDS and word.lower() not in ONE_WORD_PLACES
                and self.company(word) is None and p.spots and not self.common_word(word, p.spots[0][0])):
            return False
        if p.who or (p.spoke and len(words) == 3) or any((h := description_head(r)) is not None and h not in THING_NOUNS
                                                         and h not in ORG_WORDS for r in self.roles_of(p)):
            return True  # (‘Rodel Manalo, a jeepney driver,’, ‘11-year-old Addison Kjelland, who read …’; a name of
            # three words that has spoken in full, as Amazonian and Indonesian names are shortened to the first:
            # ‘said Raoni Kayabi Tupã’ … ‘Raoni said’)
        start = p.spots[0][0]
        if self._styled(p):
            return True  # (a style before the full name marks a person, whichever word the name opens with:
            # ‘Hon. Okello Oryem’ … ‘Okello said’, as East African papers write the surname first)
        before = RE_WORD_BEFORE.search(self.text, max(0, start - 30), start)
        w = before.group(1) if before is not None else ""
        return w.islower() and (w in DESCRIPTION_NOUNS or w in KIN_NOUNS or _title_noun(w)) and w not in ORG_WORDS \
            and w not in BUSINESS_WORDS and w not in THING_NOUNS and not self.text.startswith(("’", "'"), before.start() - 1)
        # (a people noun before the name: ‘former bestie Kaycee Doyle-Hart’, ‘The winner, Surachet Kaewmanee’;
        # never ‘at Westbrook Research’, ‘A new Pew Research report’, ‘investment company Janney Montgomery Scott’)

    def _styled(self, p: Person) -> bool:
        """The person's full name is first written after a style that marks a person and tells no sex
        nor office (‘Hon. Okello Oryem’, ‘Hon Nabbanja Robinah’; :data:`NAME_STYLE_HONORIFICS`)."""
        if not p.spots:
            return False
        s_, e_ = p.spots[0]
        h = RE_HONORIFIC_BEFORE.search(self.text, max(0, s_ - 8), s_)
        return self.text[s_:e_].split(maxsplit=1)[0].rstrip(".").lower() in NAME_STYLE_HONORIFICS \
            or (h is not None and h.group(1).lower() in NAME_STYLE_HONORIFICS)

    def sex_told_after(self, at: int) -> str | None:
        """The sex an anonymity clause of the sentence from ``at`` tells (‘…, who spoke on condition
        of anonymity because he was not authorized …’); never another's pronoun (‘A neighbour who had
        known the boy since he was born said’)."""
        stop = RE_SENTENCE_END.search(self.text, at, at + 250)
        m = RE_BECAUSE_SEX.search(self.text, at, stop.start() if stop else at + 250)
        return None if m is None else "m" if m.group(1) == "he" else "f"

    def _kin_set_off_before(self, p: Person, kin: regex.Pattern) -> bool:
        """The person's first name in full set off after a kin word and the roles that go with it, in its
        own clause: ‘his father and representative, Zoltán Varga,’ (``kin`` the kin's pattern)."""
        if not p.spots:
            return False
        at = p.spots[0][0]
        before = self.text[max(0, at - 48):at]
        if not before.endswith(", "):
            return False
        clause = regex.split(r"[.!?;:\n]|, (?=\p{Ll})", before[:-2])[-1]
        m = regex.search(r"\b(?:his|her|their) ", clause, regex.I)
        if m is not None and kin.match(clause, m.start()) is not None:
            return True
        # (or a named one's kin: ‘Cifuentes’s uncle, Ernesto Cifuentes,’, ‘Aisha's father, Musa Bello,’)
        return any(kin.match(clause, o.end()) is not None for o in RE_NAMED_POSSESSOR.finditer(clause))

    def _given_name_as_kin(self, word: str) -> bool:
        """The article sets this word off alone right after a kin word (‘Whitlock’s wife, Simone, jokes
        …’): a given name, though the lists hold none, of the one later named in full with it (‘Simone
        Whitlock said’) (w52c). Its first few places only.

        >>> Cast("Dell’s wife, Simone, jokes. “…,” Simone Dell said.")._given_name_as_kin("Simone")
        True
        >>> Cast("The wife of Simone Dell, Ana, spoke.")._given_name_as_kin("Simone")
        False
        """
        at, seen = -1, 0
        while seen < KIN_SPOTS and (at := self.text.find(word, at + 1)) >= 0:
            seen += 1
            end = at + len(word)
            if (at == 0 or not self.text[at - 1].isalpha()) and self.text[end:end + 1] == "," and self._kin_before(at):
                return True
        return False

    def _kin_before(self, at: int) -> bool:
        """A kin word set off before the name at ``at``: "His wife, Morag Fraser"."""
        return self._kin_word_before(at) is not None

    def _kin_word_before(self, at: int) -> str | None:
        """The kin word set off before the name at ``at`` ("wife" of "His wife, Morag Fraser")."""
        before = self.text[max(0, at - 24):at].rstrip()
        words = before[:-1].split() if before.endswith(",") else []
        return words[-1].lower() if words and words[-1].lower() in KIN_NOUNS else None

    def _sources_spoken(self, mention: Mention) -> regex.Match | None:
        """The anonymous sources first described before ``mention``, when the group spoke again by its
        head just before it (‘…, according to people familiar with the matter. … the people said’)."""
        if RE_SOURCES_AGAIN.search(self.text, max(0, mention.start - SOURCES_AGAIN_REACH), mention.start) is None:
            return None
        return _sources_first_written(self.text, mention.start)

    def _one_of_sources_before(self, mention: Mention) -> Person | None:
        """The group that the nearest sentence opening with one of them speaking stands for, when that
        one is "that person" or "the source" at ``mention`` (‘Two people familiar with the contract
        said …. One of the people said …. “…,” that person said’): the group as "one of them" resolves
        it, a description. None with no such sentence within reach, with someone else unnamed brought
        in since (‘A former manager said …’), or when the group is no one the text says."""
        lo = max(0, mention.start - ONE_OF_OPENS_REACH)
        at = self.text.rfind("One of ", lo, mention.start)
        if at < 0 or not self.opens_sentence(at) or (m := RE_ONE_OF_OPENS.match(self.text, at)) is None \
                or m.end() > mention.start:
            return None
        if RE_OTHER_UNNAMED.search(self.text, m.end(), mention.start) is not None:
            return None
        one, how = self.resolve(Mention(at, m.end(), m.group(), "description"))
        return one if how == "description-anaphor" and one is not None and one.kind == "description" else None

    def _other_one_they(self, at: int) -> Person | None:
        """The second unnamed one of a kind that the sentence before ``at`` in its paragraph opens with,
        speaking, for the singular "they" at ``at`` (‘… one said. / The other developer said they had
        worked 70-hour weeks. “…,” they said’, ‘A second engineer said they …’), whatever their kind,
        when it tells no sex; None with people in the plural named since, whose "they" it may be."""
        lo = max(0, at - SUBJECT_REACH, self.text.rfind("\n", 0, at) + 1)
        m = None
        for m in RE_OTHER_ONE_SPEAKS.finditer(self.text, lo, at):
            pass  # (the last)
        if m is None or not self.opens_sentence(m.start()):
            return None
        stop = RE_SENTENCE_GAP.search(self.text, m.end(), at)
        if stop is not None and self.text[stop.end()] not in "“‘\"'":
            return None  # another sentence before the quotation (‘… said they had raised it. The council rejected
            # the claim. “…,” they said’): its "they" may be another's
        head = m.group("head").lower()
        if head not in DESCRIPTION_NOUNS or head in GENDERED_NOUNS or head in THING_NOUNS or head in COLLECTIVE_NOUNS \
                or RE_PEOPLE_PLURAL.search(self.text, m.end(), at) is not None \
                or any(w in PLURAL_PEOPLE_WORDS or (w.endswith("s") and w[:-1] in DESCRIPTION_NOUNS)
                       for w in RE_LOWER_WORD.findall(self.text, m.end(), at)):
            return None
        who = m.group("who")
        return Person(who[0].lower() + who[1:], kind="description")

    def _handle_they(self, at: int) -> Person | None:
        """One known by a handle the text sets down (introduced_handle), which tells no sex, named last in
        the sentence before the quotation whose singular "they" is at ``at``, in the same paragraph, with
        no people in the plural since (‘… who goes by kilobyte_kay, said they quit. “…,” they said’;
        never ‘… kilobyte_kay said. Other mods agreed. “…,” they said’)."""
        text = self.text
        lo = max(0, at - SUBJECT_REACH, text.rfind("\n", 0, at) + 1)
        mark = max(text.rfind("“", lo, at), text.rfind('"', lo, at))
        if mark <= lo:
            return None
        h = None
        for t in tokenize(text, lo, mark):
            if t.text[:1].islower() and introduced_handle(t, text):
                h = t  # (the last)
        if h is None:
            return None
        stop = RE_SENTENCE_GAP.search(text, h.end, mark)
        if (stop is not None and stop.end() < mark) or RE_PEOPLE_PLURAL.search(text, h.end, at) is not None:
            return None  # (a sentence between the handle's and the quotation: another may be its subject)
        opens = max([g.end() for g in RE_SENTENCE_GAP.finditer(text, lo, h.start)] or [lo])
        if RE_THEY_OR_WE.search(text[opens:h.start]) is not None \
                or RE_PEOPLE_PLURAL.search(text, opens, h.start) is not None:
            return None  # (guard: people in the plural, or a plural "they", before the handle in its sentence are
            # the subject the "they" goes on: ‘Families said they went by ambulance. “…,” they said’)
        return self.person_for_name(Mention(h.start, h.end, h.text, "name"))

    def _one_they(self, pos: int, p: Person, at: int) -> bool:
        """The singular "they" at ``at`` of someone unnamed whose kind tells no sex (a spokesperson,
        an officer, a source), who opens the sentence before it in the same paragraph at ``pos``
        with no people in the plural opening a sentence since (‘The spokesperson added that … ‘…,’
        they said’; never ‘A spokesperson said …. Residents were angry. “…,” they said’)."""
        head = description_head(p.name)
        if head not in THEY_PERSON_NOUNS:
            if head not in DESCRIPTION_NOUNS:
                return False
            named = self.text.rfind(p.name, max(0, pos - SUBJECT_REACH), pos + len(p.name))  # (where it was
            # written: a speaker is noted where their words open)
            if named < 0 or RE_NAME_KEPT_BACK_AFTER.match(self.text, named + len(p.name)) is None:
                return False
            pos = named
        return p.name.split()[0].lower() in ("a", "an", "one", "the") \
            and at - pos <= SUBJECT_REACH and "\n" not in self.text[pos:at] and self.opens_sentence(pos) \
            and RE_PEOPLE_PLURAL.search(self.text, pos + 1, at) is None \
            and not any(w in PLURAL_PEOPLE_WORDS or (w.endswith("s") and w[:-1] in DESCRIPTION_NOUNS)
                        for w in RE_LOWER_WORD.findall(self.text, pos + len(p.name), at))  # (nor any people
        # in the plural named since, whose "they" it may be: ‘An official said the men were locals. “…,” they said’)
        # (and anyone unnamed whose name the article keeps back, whatever their kind: ‘One senior lecturer, who
        # asked not to be named, said …. “…,” they said’)

    def _they_them(self) -> bool:
        """The article tells of someone who uses "they" (worked out once)."""
        if self._uses_they is None:
            self._uses_they = RE_USES_THEY.search(self.text) is not None
        return self._uses_they

    def _namesake_of_sex(self, p: Person, pos: int, gender: str) -> Person | None:
        """The one namesake of ``p`` named in full before ``pos`` and known to be of ``gender``, when
        ``pos`` is the bare surname (never p's full name)."""
        given, _, last = p.name.rpartition(" ")
        if not self.text.startswith(last, pos) or self.text.endswith(given + " ", 0, pos):
            return None
        fits = [q for q in self.namesakes.get(p.surname, ()) if q.gender == gender
                and q.spots and min(q.spots)[0] < pos and not any(
                    self.text.startswith(given + " ", s) or self.text.endswith(given + " ", 0, s) for s, _ in q.spots[:KIN_SPOTS])]
        # (never p's own name with a middle name, read as another's: ‘Margarethe Ingrid Olsson was born …’)
        fits = [q for q in fits if not self._kin_of_subject(q, last)]
        return fits[0] if len(fits) == 1 else None

    def _kin_of_subject(self, q: Person, surname: str) -> bool:
        """``q`` is first named in full set off after a kin word owned by "his" or "her" in a sentence
        that opens with the bare ``surname`` (‘Adonis, visibly emotional, thanked her late grandmother,
        Sarah Adonis, …’): the kin of the one the surname stands for, so the "her" tells that one's sex,
        and a "she" later is no reason to turn the shared surname to the kin."""
        if not q.spots:
            return False
        first = min(q.spots)[0]
        if RE_OWNED_KIN_BEFORE.search(self.text, max(0, first - 40), first) is None:
            return False
        start = max(self.text.rfind(end, 0, first) for end in (". ", "\n", "! ", "? ")) + 1
        start += self.text[start:start + 1].isspace()  # (the space after a stop)
        return self.text.startswith(surname, start) and not self.text[start + len(surname):start + len(surname) + 1].isalpha()

    def _reported_by_other_sex(self, pos: int, gender: str, end: int) -> bool:
        """The paragraph of the name at ``pos`` goes on, before ``end`` and within reach, to report
        unquoted speech by a pronoun of the other sex than ``gender`` (:data:`RE_REPORTED_BY`)."""
        hi = self.text.find("\n", pos, min(end, pos + SUBJECT_REACH))
        hi = min(end, pos + SUBJECT_REACH) if hi < 0 else hi
        return RE_REPORTED_BY["f" if gender == "m" else "m"].search(self.text, pos, hi) is not None

    def last_spot(self, p: Person, at: int) -> int:
        """Where the text last names ``p`` before ``at`` (-1 if it does not)."""
        return _last_before(self._spots_in_order(p), at)[0]

    def _spots_in_order(self, p: Person) -> list[tuple[int, int]]:
        """A person's spots in text order (a headline's and a nickname's are added after the body's),
        sorted once per number of spots, for bisection."""
        known = self._sorted_spots.get(id(p))
        if known is None or known[0] != len(p.spots):
            known = self._sorted_spots[id(p)] = (len(p.spots), sorted(p.spots))
        return known[1]

    def called_by(self, word: str) -> Person | None:
        """The person a quotation calls by this given name (‘Okay Lars, …’): the one the article
        marks as having it (:meth:`_by_first_word`), else the nearest before the position named in
        full with it ("Lars van Dijkhuizen", whose name the lists do not key)."""
        return self._by_first_word(word) or next(
            (p for _, p in reversed(self.recent) if p.kind == "name" and " " in p.name and p.name.split()[0] == word), None)

    def subject_person(self, besides: Person | None = None) -> tuple[int, Person] | None:
        """The nearest person named as a sentence's subject, or quoted, within reach before the
        position, with where it is named: whom an epithet of age stands for when the article gives
        no one that age (‘Sharon Lindqvist had made up her mind. “…,” the 47-year-old said’). Reads
        only: unlike a pronoun's resolution, it gives no one a sex. ``besides``: one it is not (the
        asker of the question an answer follows)."""
        for pos, p in reversed(self.recent):
            if self.position - pos > SUBJECT_REACH:
                break
            if p is besides or p.plural or p.placelike or p.kind == "organisation" or (p.kind == "name" and (
                    not (p.personlike or self.roles_of(p)) or self.firm_named(p))):
                continue
            if pos in self._spoke_at or self.opens_sentence(pos):
                return (pos, p) if p.kind == "name" else None  # (‘The club captain was more reserved. “…,” the
                # 30-year-old said’: someone described, never a name before them)
        return None

    def _interviews_at(self, pos: int, p: Person) -> bool:
        """``p``, named at ``pos``, interviews someone right after (an aside between at most): ‘Le
        Monde interviewed the minister’, ‘The Courier, a weekly, interviewed …’ (never ‘Le Monde said’)."""
        end = pos + (len(p.name) if self.text.startswith(p.name, pos) else len(p.name.rsplit(" ", 1)[-1]))
        return RE_INTERVIEWS_AFTER.match(self.text, end) is not None

    def firm_named(self, p: Person) -> bool:
        """A name that is a firm's: it ends in a firm's word and nothing marks a person ("Cleveland
        Steel", "Apex Mining"; but "Saoirse Steel, the band's singer," or "Xander Steel, 19,"), or a
        paper's or an event's that ends in a time noun ("Willamette Week", "London Fashion Week")."""
        last = p.name.rsplit(" ", 1)[-1].lower()
        if (last not in BUSINESS_WORDS and not (last in NAME_TIME_NOUNS and " " in p.name)) \
                or p.kind != "name" or p.gender is not None or p.titled:
            return False
        return last in FIRM_ONLY_WORDS or not (self.roles_of(p) or p.who or self._kin_or_aged(p))

    def named_after_its_kind(self, p: Person) -> bool:
        """A one-word name the article writes right after a body's kind in lower case, where nothing
        marks a person: a body's (‘the VTuber agency StarLantern’, ‘skincare company Glowhaus’), never
        a "she" (but ‘the agency's founder, Ono,’ names a person; the first few places it is written)."""
        if p.kind != "name" or " " in p.name or p.gender is not None or p.titled or self.roles_of(p) or p.who:
            return False
        known = self._after_its_kind.get(p.name)
        if known is None:
            known, at, seen = False, -1, 0
            while not known and seen < SPOTS_READ_FOR_TITLE and (at := self.text.find(p.name, at + 1)) >= 0:
                seen += 1
                end = at + len(p.name)
                before = self.text[max(0, at - 20):at]
                known = before.endswith(" ") and bool(before.split()) and before.split()[-1] in BODY_KIND_BEFORE_NAME \
                    and not self.text[end:end + 1].isalpha()  # (lower case only: never "Agency" opening a name)
            self._after_its_kind[p.name] = known
        return known

    def named_before_a_title(self, p: Person) -> bool:
        """The article writes this name in full right before someone else's title and name, as a
        team's or a body's that holds the office (‘Parramatta Eels coach Brett Kinnear’, ‘England
        head coach Marcus Pennington’): a body, where nothing marks a person (its first spots only)."""
        if p.kind != "name" or p.gender is not None or p.titled or self.roles_of(p) or p.who:
            return False
        ends = [end for _, end in p.spots[:SPOTS_READ_FOR_TITLE]]
        at = -1
        while len(ends) < SPOTS_READ_FOR_TITLE and (at := self.text.find(p.name, at + 1)) >= 0:
            if at == 0 or not self.text[at - 1].isalpha():
                ends.append(at + len(p.name))  # (a one-word name keeps no spots: where it is written)
        return any(_role_and_name_at(self.text, end) for end in ends)

    def _kin_of_other_sex(self, p: Person, kin: str, owner: str) -> bool:
        """The article makes ``p`` the kin of one of the other sex than ``owner`` ("his", "her") tells,
        where it names them in full: ‘her daughter, Jane Roe,’ is no "his daughter"."""
        if owner not in ("his", "her"):
            return False
        for start, _ in p.spots[:KIN_SPOTS]:
            before = RE_KIN_OWNER_BEFORE.search(self.text, max(0, start - 40), start)
            if before is not None and before.group(2).lower() == kin:
                return before.group(1).lower() != owner
        return False

    @staticmethod
    def _family_of_sex(p: Person, sex: str, recent) -> bool:
        """Someone of ``sex`` among the recent people bears ``p``'s surname (the kin's other parent,
        say: ‘Derek Hollis … Her daughter, Lisa Hollis,’)."""
        surname = p.name.split()[-1]
        return any(q is not p and q.kind == "name" and q.gender == sex and q.name.split()[-1] == surname for _, q in recent)

    def named_as_body(self, p: Person) -> bool:
        """The article writes this name as a body's, where nothing marks a person: a campaign's last
        word (‘Pacific Coast Climate Action’), a relative "which" after it (‘the Harbour Traders'
        Union, which called the strike,’), or its initials in brackets (‘the All Pakistan
        Anjuman-i-Tajiran Ittehad (APATI)’): never a "he" or "she"."""
        if p.kind != "name" or p.gender is not None or p.titled or p.who or self.roles_of(p):
            return False
        if " " in p.name and p.name.rsplit(" ", 1)[-1].lower() in BODY_NAME_ENDINGS:
            return True
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if text.startswith(", which ", end):
                return True
            if text.startswith(", the ", end) and (kind := RE_BODY_KIND_SET_OFF.match(text, end)) is not None \
                    and kind.group(1).lower() in BODY_ROLE_HEADS:
                return True  # (a body's kind set off after it: ‘Swim Ireland, the sport’s governing body, said’)
            if (brackets := RE_INITIALS_AFTER.match(text, end)) is not None \
                    and _initials(text[start:end]) in brackets.group(1) and _body_shaped(text[start:end].split()):
                return True
        return False

    def _body_kind_before(self, p: Person) -> bool:
        """The article names this one in full right after a body's kind set off: ‘Her insurer,
        Southern Cross Mutual, initially offered’, ‘The lender, Heartland Farm Credit, said’: a body,
        never a "he" or "she" (whatever its last word: "Mutual", "Lettings")."""
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if " " in text[start:end] and (m := RE_BODY_KIND_BEFORE.search(
                    text, max(0, start - BODY_KIND_REACH), start)) is not None and m.group(1) in BODY_ROLE_HEADS \
                    and not any(w.lower() in OPENING_PREPOSITIONS for w in text[max(0, m.start() - 16):m.start()].split()[-1:]):
                return True  # (never the object of an opening phrase: ‘Outside the court, S. Murugesan, … said’)
        return False

    def _kin_or_aged(self, p: Person) -> bool:
        """The article gives this person an age or makes them someone's kin, where it names them in
        full: "His wife, Morag Fraser,", "Camille Fournier, 29,": a person, whatever the name."""
        known = self._marked.get(id(p))
        if known is not None:
            return known
        self._marked[id(p)] = False
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if RE_AGE_AFTER.match(text, end) or self._kin_before(start) or RE_NAMED_BEFORE.search(text, max(0, start - 60), start) \
                    or RE_COUPLED_BEFORE.search(text, max(0, start - 24), start) \
                    or (text.startswith(" and ", end) and text[end + 5:end + 6].isupper() and " " not in text[start:end]):
                self._marked[id(p)] = True
                return True  # (and "a woman named Pranee Saetang", "Theo and Jess Albright")
        return False

    def _spelled_letters_holder(self, letters: str, at: int) -> Person | None:
        """The one person the article gave the office these letters stand for, spelt out with the
        letters in brackets before ``at``, their name right after it or set off before it:
        ‘Senior Superintendent of Police (SSP) Rajeev Tiwari …. “…,” the SSP said’, ‘Station House
        Officer (SHO), Aliganj, Inspector D. P. Singh’, ‘Md Shahidul Islam, officer-in-charge (OC)
        of the police station, said …. “…,” the OC said’. None where two fit or nothing does."""
        text = self.text
        found: set[int] = set()
        holders: list[Person] = []
        i = text.find(f"({letters})")
        while 0 <= i < at:
            spelt = RE_SPELLED_LETTERS.search(text, max(0, i - 80), i + len(letters) + 2)
            j = i + len(letters) + 2
            if spelt is not None and spells_letters(spelt.group(1), letters):
                for p in self.by_surname.values():
                    if p.kind != "name" or id(p) in found:
                        continue
                    if any(_names_after_title(text[j:s]) for s, _ in p.spots if j <= s <= j + SPELLED_REACH) \
                            or any(_set_off_before_title(text[e:ts]) and _only_set_off_title(text[e:ts]) for _, e in p.spots
                                   if (ts := _title_words_start(spelt, letters)) - SPELLED_REACH <= e <= ts):
                        found.add(id(p))
                        holders.append(p)
            i = text.find(f"({letters})", j)
        return holders[0] if len(holders) == 1 else None

    def _body_opening_next(self, end: int, noun: str) -> Person | None:
        """The body whose name ends with the noun in capitals and opens the sentence after the one
        that ends past ``end``, in the same paragraph (‘their union … . The Transport Workers Union
        said’); None when the text names another of its kind in the sentence."""
        stop = self.text.find("\n", end)
        stop = len(self.text) if stop < 0 else stop
        dot = RE_SENTENCE_GAP.search(self.text, end, min(stop, end + NEXT_BODY_REACH))
        if dot is None:
            return None
        m = _body_name_of(noun).match(self.text, dot.end(), stop)
        if m is None or self.text.find(noun[:1].upper() + noun[1:], end, dot.end()) >= 0:
            return None
        name = m.group(1)
        if name.removeprefix("The ") in ENVOY_BODIES or name.split()[-2] in ("European", "African", "Soviet", "Eurasian"):
            return None  # (a union of states is no workers' union: ‘their union …. The European Union said’)
        return Person("the" + name[3:] if name.startswith("The ") else name, kind="organisation")

    def _holder_named_after_office(self, mention: Mention, head: str) -> Person | None:
        """The one person named in the sentence right after one that opens with the office
        (‘The Opposition MP for Kisumu West has demanded an audit. / Mercy Atieno told reporters
        …’), when "the <office>" comes back later with no one else named since, nor before: the
        holder the article named once (None for a person with another role, or a second person)."""
        words = [w.lower() for w in mention.text.split()[1:]]
        lo = max(0, mention.start - OFFICE_HOLDER_REACH)
        office = None
        for m in _office_opening(head).finditer(self.text, lo, mention.start):
            if all(w in m.group().lower().split() for w in words):
                office = m
                break  # (the first: the office as the story opened with it)
        if office is None:
            return None
        dot = RE_SENTENCE_GAP.search(self.text, office.end(), mention.start)
        if dot is None:
            return None
        after = RE_SENTENCE_GAP.search(self.text, dot.end(), mention.start)
        named = {id(p): (pos, p) for pos, p in self.recent if p.kind == "name" and office.start() - 200 <= pos < mention.start
                 and not office.start() <= pos < office.end()}  # (never the office's place: ‘for Kisumu West’)
        if len(named) != 1:
            return None
        pos, p = next(iter(named.values()))
        if not dot.end() <= pos < (after.start() if after is not None else mention.start) or p.spots[0][0] < dot.end() \
                or p.plural or any(head not in _role_words(r) for r in self.roles_of(p)) \
                or not RE_SUBJECT_ACTS.match(self.text, p.spots[0][1]):
            return None
        return p

    def lede_description_named_next(self, mention: Mention) -> Person | None:
        """The one person the paragraph after the lede opens with, named there for the first time, for a
        description of an office in the lede's first sentence that keeps the name back (‘Scotland's Brexit
        minister has accused London of “…”. / Fergus MacInnes told MSPs …’, ‘… after a British MEP accused
        EU leaders of trying to “…”. / Graham Pickersgill, who leads …, told the chamber’, ‘… / Speaking in
        Nairobi, Amina Odhiambo said …’). None when the lede names anyone, when the next paragraph's first
        sentence names another before them, when they neither speak at once nor have an aside that gives
        the office, when the one named holds another office or is of the other sex, when anyone named
        before them holds such an office, or when the article brings in one unnamed (‘another minister’, ‘a
        former ambassador’)."""
        text = mention.text
        head = description_head(text)
        if head not in ROLE_NOUNS or head in SOURCE_NOUNS or described_plural(text, head) or len(text.split()) > 8 \
                or not (text.split()[0].lower() in ("a", "an", "the") or RE_PLACE_OWNED_OFFICE.match(text)):
            return None
        lede = next(((lo, hi) for lo, hi in self.paras if self.text.count(" ", lo, hi) >= LEDE_WORDS), None)
        if lede is None or not lede[0] <= mention.start < lede[1] \
                or RE_SENTENCE_GAP.search(self.text, lede[0], mention.start) is not None:
            return None  # (the lede's first sentence only: the first paragraph of some length,
            # past the headline and a byline that names its place)
        nxt = next(((lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()), None)
        if nxt is None:
            return None
        lo, hi = nxt
        while lo < hi and self.text[lo].isspace():
            lo += 1
        gap = RE_SENTENCE_GAP.search(self.text, lo, hi)
        end = gap.start() if gap is not None else hi
        people = itertools.chain(self.by_surname.values(), *self.namesakes.values())
        named = {id(q): q for q in people if q.kind == "name" and q.spots}
        if any(lede[0] <= s_ < lede[1] and not mention.start <= s_ < mention.end
               and not self.text.endswith(("the ", "The "), lede[0], s_)  # (a body: ‘to the European Union’)
               for q in named.values() for s_, _ in q.spots):
            return None  # (the lede names someone: the description may be theirs)
        here = sorted((s_, e_, q) for q in named.values() for s_, e_ in q.spots if lo <= s_ < end)
        opening = RE_OPENING_PARTICIPLE.match(self.text, lo)
        if opening is not None:  # (the subject after the opening clause, never a name inside it: ‘Speaking on
            # Radio Kerry’s Morning Call programme, Ann Ryan said’ is Ann Ryan's, not the programme's) (w58a)
            here = [h for h in here if h[0] >= lo and self.text[h[0] - 2:h[0]] == ", " and h[0] <= opening.end()][:1] \
                or here
        if not here:
            return None
        at, stop, p = here[0]  # (the sentence's subject; others may come in its aside: ‘X, a hotelier who gave to
        # Y's campaign, said’)
        if min(p.spots)[0] < at:
            return None
        if at < lo or p.plural or " " not in p.name or not _sex_fits(head, p) \
                or (at != lo and not (RE_OPENING_PARTICIPLE.match(self.text, lo) and self.text[at - 2:at] == ", ")):
            return None  # (the paragraph's subject, or past an opening clause: ‘Speaking at …, X said’)
        aside = RE_ASIDE_OPENS.match(self.text, stop)
        lede_end = RE_SENTENCE_GAP.search(self.text, mention.end, lede[1])
        other_side = RE_LEDE_OTHER_SIDE.search(self.text, mention.end, lede_end.start() if lede_end else lede[1])
        if (other_side is not None or not RE_SUBJECT_ACTS.match(self.text, stop)) and not (aside is not None and any(
                w.strip(",.’'").removesuffix("s") == head for w in self.text[stop:end].lower().replace("-", " ").split())):
            return None  # (speaking at once, or with an aside that gives the office: ‘X, who leads the party's
            # group of MEPs, told …’; never ‘X, who ran the airline until 2019, said’, ‘X, president of
            # another union, said’, nor one who does no more than act: ‘X was arrested’)
        if any(head not in _role_words(r) for r in self.roles_of(p)):
            return None  # (one of another office: ‘… a minister said …. / Spokesman John Doe said’)
        if any(q is not p and min(q.spots)[0] < end for q in self._office_holders(head) if q.spots):
            return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            if not mention.start <= at < mention.end and not lo <= at < end \
                    and not low.startswith(("’s ", "'s "), at + len(head)) \
                    and RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return None  # (another unnamed, or a past one: ‘a junior minister’, ‘a former ambassador’; the
                # named one's own aside may give the office so: ‘X, a Labour TD for Cork,’; never a thing owned:
                # ‘an MEP's salary’)
            at = low.find(head, at + len(head))
        return p

    def _previous_paragraph_subject_described(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The person the paragraph before opens with, as its subject, for "the <epithet>" that is the
        first one this paragraph brings in (‘Ana Ruiz told supporters in Lima she was “…”. / ‘…,’ the
        centre-right candidate said’, ‘Backbencher Tom Reid dismissed the warnings. / “…,” the MP for
        Eastby said’). None when anyone named between holds that office or is given the epithet's party,
        when the subject holds another office or is of the other sex, or when this paragraph names anyone
        before the mention."""
        k = next((i for i, (lo, hi) in enumerate(self.paras) if lo <= mention.start < hi), None)
        if not k:
            return None
        lo = self.paras[k][0]
        prev = next(((a, b) for a, b in reversed(self.paras[:k]) if self.text[a:b].strip()), None)
        if prev is None or not self.text[prev[1]:lo].strip() == "":
            return None
        a, b = prev
        while a < b and self.text[a].isspace():
            a += 1
        dateline = RE_LEDE_DATELINE.match(self.text, a, b)
        a = dateline.end() if dateline is not None else a
        spots = sorted(((pos, p) for pos, p in self.recent if a <= pos < mention.start and p.kind == "name"),
                       key=lambda spot: spot[0])
        if not spots:
            return None
        if any(lo <= at < mention.start for at, _ in spots):
            return None  # (this paragraph names someone before the mention)
        if not mention.text.lower().startswith("the ") or not RE_EPITHET_OPENS.fullmatch(self.text, lo, mention.start + 3) \
                and not (self.text[lo:lo + 1] in "“\"‘'«" and (
                    after := RE_EPITHET_AFTER_QUOTE.search(self.text, lo, mention.start + 3)) is not None
                    and after.end() == mention.start + 3 and self.text.find("\n", lo, mention.start) < 0):
            return None  # (the mention opens its paragraph, past a short opening: ‘On Tuesday, the X sat …’, or right
            # after its first quotation: ‘“…,” the X said’; never ‘She said the surgeon had told her’)
        if any(w in EPITHET_OTHER_HOLDER_WORDS for w in words):
            return None  # (‘the former president’, ‘the deputy leader’: another of that office, maybe)
        gap = RE_SENTENCE_GAP.search(self.text, a, b)
        pos, p, at = next(((pos, p, s_) for pos, p in spots for s_, e_ in p.spots if s_ <= pos < e_ and (
            RE_SUBJECT_ACTS.match(self.text, e_) or RE_SUBJECT_REMEMBERED.match(self.text, e_)
            or self.text.startswith((" – ", " — "), e_))), (None, None, None))
        opens_with_words = self.text[a:a + 1] in "“\"‘'«"
        if p is None and opens_with_words:
            named_at = RE_NAMED_AS_WRITTEN.match(self.text, spots[0][0])  # (as written there: ‘Mr Obi’, ‘Ms Ashby’)
            if named_at is not None and RE_ACTS_AFTER_HECKLE.match(self.text, named_at.end()):
                pos, p, at = spots[0][0], spots[0][1], spots[0][0]
        if p is None or gap is not None and pos >= gap.start() and not (
                opens_with_words and pos == spots[0][0]) or self.text.endswith(("and ", "& ", "with "), a, at):
            return None  # (the subject of the paragraph's first sentence: ‘X told …’, ‘X is remembered …’, ‘X –
            # dubbed … –’, past a place named before it: ‘At Eastfield High School, …, X is remembered’; never
            # the second of a pair: ‘Councillors Tom Reid and Ann Price said’); a paragraph that opens with
            # someone unnamed's words is about the first one it names after them: ‘“…!” shouted a heckler.
            # Stewards moved in, but Mr Obi waved them back. / ‘…,’ the Labour leader said.’
        if p.plural or p.placelike or p.name in TWO_WORD_PLACES or not _sex_fits(head, p) or " " not in p.name \
                or self.text.endswith(("the ", "The "), a, pos):
            return None  # (a person named in full: never a place or a work, ‘Fort Wayne’, ‘The Ghost Light’)
        if any(not _holds(r, head, words) if head in _role_words(r) else any(w in ROLE_NOUNS for w in _role_words(r))
               for r in self.roles_of(p)):
            return None  # (one given another office, or this one with other words: ‘Finance Minister X …. / “…,” the
            # prime minister said’, ‘Republican nominee X …. / “…,” the Democratic nominee said’; a label
            # that is no office is no bar: ‘Tory Brexiteer X’)
        for _, q in spots:
            if q is not p and (any(head in _role_words(r) for r in self.roles_of(q))
                               or any(w in r.lower().split() for r in self.roles_of(q) for w in words)):
                return None  # (another of that office, or of that party, named since)
        if self._party_of_other(p, words, mention.start):
            return None
        first = RE_QUOTE_FIRST_WORD.match(self.text[lo:mention.start])
        if first is not None and first.group(1).lower() in PRONOUNS_OF_SEX.get(
                p.gender or "", ("he", "she", "him", "her", "his")):
            return None  # (a quote that speaks of the subject opens with their pronoun: ‘Kemi Adebayo told the
            # conference …. / “She has been saying that for two years,” the senator said’ is the senator's)
        return p

    def _paragraph_subject_described(self, mention: Mention, head: str) -> Person | None:
        """The person named at the opening of the paragraph, as the subject of a sentence that reports
        their speech, when "the <role>" comes back in that paragraph with no one else named since and
        no role the article gives them another (‘Kiprono, 21, …, said the goal was for his late mother.
        ‘…,’ said the emotional striker.’); None otherwise."""
        para = next(((lo, hi) for lo, hi in self.paras if lo <= mention.start < hi), None)
        if para is None:
            return None
        lo = para[0]
        while lo < mention.start and self.text[lo].isspace():
            lo += 1
        people = sorted(((pos, p) for pos, p in self.recent if lo <= pos < mention.start and p.kind == "name"),
                        key=lambda spot: spot[0])  # (a description may come between: ‘his late mother’)
        if not people or any(p is not people[0][1] for _, p in people):
            return None
        pos, p = people[0]
        gap = RE_SENTENCE_GAP.search(self.text, lo, mention.start)
        if pos != lo or not self.text.startswith(p.name.split()[-1], lo) and not self.text.startswith(p.name, lo) \
                or p.plural or gap is None \
                or not RE_REPORTED_SPEECH_VERB.search(self.text, lo, gap.start()) \
                or GENDERED_NOUNS.get(head, p.gender) not in (None, p.gender) \
                or any(w in ROLE_NOUNS and w != head for r in self.roles_of(p) for w in _role_words(r)):
            return None
        return p

    def _lede(self) -> tuple[int, int] | None:
        """The story's first paragraph, past its headline and byline lines, from past its dateline (past
        a first line in sentence case with quotation marks too, when no sentence's stop ends it and the
        story goes on: ‘Acme cuts outlook as CEO warns of “choppy” year’ is its headline)."""
        for k, (lo, hi) in enumerate(self.paras):
            if lo < self.first_line_end or (lo, hi) in self.headlines or not self.text[lo:hi].strip():
                continue
            if k == 0 and len(self.paras) > 2 and RE_HEADLINE_LINE_UNSTOPPED.fullmatch(self.text, lo, hi) is not None:
                continue
            dateline = RE_LEDE_DATELINE.match(self.text, lo, hi)
            return (dateline.end() if dateline is not None else lo), hi
        return None

    def _opinion_writer(self, mention: Mention) -> Person | None:
        """The one person the paragraph after the lede names as writing a court's opinion (‘Justice Paul
        Hale, writing for the majority,’), for the court the lede makes the subject of a ruling it quotes;
        None outside the lede, or when no one or several are said to write for it."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        nxt = next(((lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()), None)
        if nxt is None:
            return None  # (the next paragraph only)
        writers = {id(q): q for m in RE_WRITING_FOR.finditer(self.text, *nxt)
                   for q in self._named_in_full() if any(e == m.start() for _, e in q.spots)}
        return next(iter(writers.values())) if len(writers) == 1 else None

    def _office_holders(self, head: str) -> list[Person]:
        """Everyone the article names (namesakes too) whom it gives an office the head ``head`` names."""
        return [q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                if q.kind == "name" and any(head in _role_words(r) for r in self.roles_of(q))]

    def sole_office_holder(self, head: str) -> Person | None:
        """The one person the whole article names with an office of the head ``head``, for a headline's
        bare role word, which comes before any name (‘Brightway to shut plants: “…,” admits CEO / … chief
        executive Laura Pendergast told staff’). None when two hold such an office (never a vice
        president for "president"), when the holder is a group, and when the article brings in one
        unnamed or past (‘a former chief executive’, ‘another minister’).

        >>> c = Cast("Bank cuts jobs, says CEO\\n\\nThe bank's chief executive, Mary Ode, spoke on Monday.")
        >>> c.sole_office_holder("ceo").name, c.sole_office_holder("minister")
        ('Mary Ode', None)
        """
        holders = {id(q): q for q in self._office_holders(head)
                   if q.spots and any(_holds(r, head, []) for r in self.roles_of(q))}
        if len(holders) != 1:
            return None
        p = next(iter(holders.values()))
        if p.plural:
            return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            tail = low[at + len(head):at + len(head) + 2]
            if not (tail[:1].isalpha() and not (tail[:1] == "s" and not tail[1:].isalpha())) \
                    and RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return None  # (‘a former chief executive’, ‘another minister’: the bare role may be theirs; the
                # word whole, or its plural: never the "coach" of ‘as a coaching group’, w60a)
            at = low.find(head, at + len(head))
        return p

    def _holder_named_after_lede(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person named with the office the story opens with, a paragraph or more after it,
        for "the <office>" (‘The health minister warned on Tuesday that …. / “…,” the minister told
        reporters. / … / Minister Grace Achieng, who took office in May, said …’). None unless the
        first sentence opens with the office, with every word the mention gives; unless the holder's
        office differs from the lede's in no word but a minister's domain or a place (never ‘The
        president told shareholders …. Union president Maria Gomez’, nor a former or a deputy one);
        and unless no one else the article names holds an office of that name, nor brings in one
        unnamed (‘another minister’)."""
        lede = self._lede()
        if lede is None or mention.start < lede[0] or not self.text.startswith("The ", lede[0]):
            return None  # (the plain test first: ``_lede_office`` opens with "The", and compiles a pattern per office)
        office = _lede_office(head).match(self.text, *lede)
        said = [w.lower() for w in office.group(1).split()] if office is not None else []
        if office is None or any(w not in said for w in words):
            return None
        holders = self._office_holders(head)
        if len(holders) != 1 or holders[0].plural or holders[0].spots[0][0] < lede[1]:
            return None
        p = holders[0]
        for r in self.roles_of(p):
            if head not in _role_words(r):
                continue
            own = [w for w in r.lower().replace("-", " ").split() if head not in _role_words(w) and w != "the"]
            if _other_office(r, head, said) or any(
                    w not in OFFICE_DOMAINS and w not in ONE_WORD_PLACES and w not in DEMONYMS
                    for w in set(own).symmetric_difference(said)):
                return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            if RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return None  # (a holder unnamed, or a past one: ‘a junior minister’, ‘a former governor’)
            at = low.find(head, at + len(head))
        return p

    def _holder_named_next(self, mention: Mention, head: str) -> Person | None:
        """The person the very next sentence of the same paragraph opens with, named with the office
        that "a <office> …" names (‘A judge in the District Court has described … as ‘…’. Judge Mary
        Devane fined him …’, ‘A federal judge called the rule “…”. U.S. District Judge Alan Ruiz
        ordered …’, as news briefs bring one in and name them after). Substring searches only; None
        when the sentence opens otherwise (‘Minister Paul Reilly said’, ‘Judges Anne Kerr and …’)."""
        stop = self.text.find(". ", mention.end, mention.end + NAMED_NEXT_REACH)
        if stop < 0 or self.text.find("\n", mention.end, stop) >= 0:
            return None
        run = RE_CAPITALISED_RUN.match(self.text, stop + 2)
        if run is None or head not in run.group().lower().replace(".", " ").split():
            return None
        for q in self.by_surname.values():
            if q.kind == "name" and any(stop + 2 <= s_ and e_ <= run.end() for s_, e_ in q.spots) \
                    and not q.plural and " " in q.name:
                after = self.text[run.end():run.end() + 40]
                nxt = after[1:].split(" ", 1)[0].strip(",.;:").lower() if after[:1] == " " else ""
                if after.startswith(", who") or nxt in SPEECH_VERBS or nxt in NAMED_NEXT_OTHER_VERBS:
                    return None  # (one of the office set apart, or speaking or answering for themselves:
                    # ‘A nurse … said staff were “…”. Nurse Linda Shaw, who retired last year, said …’,
                    # ‘… Minister Helen McEntee dismissed the claim’ is another holder, never the one brought in)
                return q if after[:1] in (" ", ",") else None
        return None

    def _holder_of_lede_indefinite(self, mention: Mention, head: str) -> Person | None:
        """The one person the article gives the office that "a <office>" in its lede names, named in
        full only after the lede (‘A company was fined after a judge said …. / … Judge Helen Marsh
        said’). None when the mention is not in the lede, when the holder was named in it or before,
        or when anyone else named holds an office of that name."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        holders = [q for q in self._office_holders(head) if q.spots]  # (roles_of reads nothing of one with no spots)
        if len(holders) != 1 or holders[0].plural or min(holders[0].spots)[0] < lede[1]:
            return None
        return holders[0]

    def _holder_named_after_lede_mention(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person named in the paragraphs right after the lede with the office "its <office>" or
        "the <office>" in the lede names, or, for the head of a body (RE_LED_SINCE), brought in as having
        led it (‘… a valuation its chief executive called “…”. / … CEO Dana Whitfield wrote …’, ‘… as its
        artistic director warned of “…”. / Tom Okafor, who has run the venue since 2015, said …’). None
        outside the lede; when anyone holding such an office was named before it; when none or two fit;
        when the one who fits is named past the second paragraph after the lede; and when the article
        brings in an unnamed or past holder (‘another judge’, ‘a former chief executive’)."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        near = [(lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()][:2]
        if not near:
            return None
        reach = near[-1][1]
        office = " ".join(mention.text.lower().split()[1:])
        people = [q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                  if q.kind == "name" and q.spots]
        fits = []
        for q in people:
            first = min(q.spots)
            holds = any((_holds(r, head, words) and all(w in _role_words(r) for w in words)  # (every word: an
                         and not _other_body_words(r, head, words, self.text[lede[0]:lede[1]]))  # executive director
                        or _office_in_letters(r, office) or _domain_chief(r, head, words) for r in self.roles_of(q))
            # (is no artistic director)
            led = office in LED_BODY_OFFICES and any(
                RE_LED_SINCE.match(self.text, e) is not None for _, e in q.spots)
            if holds and first[0] < mention.start:
                return None  # (one named before: the other rules decide)
            if holds or led:
                fits.append((first, q))
        if len({id(q) for _, q in fits}) != 1:
            return None
        (start, _), p = fits[0]
        if p.plural or not mention.end <= start < reach:
            return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            other = RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) if not mention.start <= at < mention.end else None
            if other is not None and not RE_OWNED_BETWEEN.search(other.group()) \
                    and all(w in other.group().split() for w in words):
                return None  # (a holder unnamed, or a past one: ‘another judge’, ‘a former chief executive’;
                # never one of another office: ‘a former account executive’ for ‘its chief executive’)
            at = low.find(head, at + len(head))
        return p

    def _its_holder(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person just named with the office "its <office>" names, for the body named with
        them (‘Northwind Energy posted a loss, chief executive Hannah Stavros said. … “…,” its chief
        executive said’): the only holder among the recent people, named within reach, with no other
        name in capitals between but a sentence's first word, a month, a day or a place (never ‘Bank
        of Wessex Governor Alan Cray said …. Across the Channel, the Banque de Lorre cut its rate.
        “…,” its governor said’)."""
        holders = {id(p): p for _, p in self.recent if p.kind == "name"
                   and any(_holds(r, head, words) for r in self.roles_of(p))}
        if len(holders) != 1:
            return None
        p = next(iter(holders.values()))
        last = max((e for a, e in p.spots if e <= mention.start), default=-1)
        if last < 0 or mention.start - last > ITS_HOLDER_REACH:
            return None
        between = RE_QUOTED_STRETCH.sub(" ", self.text[last:mention.start])  # (never the words quoted)
        for w in RE_CAPITAL_WORD.finditer(between):
            lead = between[:w.start()].rstrip(" \t")
            if (not lead or lead[-1] in ".!?\n") or w.group() in MONTH_NAMES or w.group() in WEEKDAY_NAMES \
                    or w.group().lower() in ONE_WORD_PLACES \
                    or (lead.endswith(" in") and not RE_CAPITAL_WORD.match(between, w.end() + 1)):
                continue  # (a place of one word after "in": ‘shares fell 6 per cent in Sydney’)
            return None
        return p

    def _styled_holder(self, mention: Mention, his: str) -> Person | None:
        """The one person just named with the style a mention repeats, "His Highness", "Her
        Excellency", written before the name (‘His Highness Sheikh Khalid bin Hamad Al Nuaimi,
        President of the Council, … “…,” His Highness said’): the Gulf's style for rulers, their
        families and ministers, whatever the role. None unless exactly one of the recent people was
        named so, with the same pronoun."""
        style = regex.compile(r"\b" + his.capitalize() + r" (?:Royal )?" + mention.text
                              + r",? (?:\p{Lu}\p{Ll}+\.? ){0,2}$")
        holders = []
        for _, q in reversed(self.recent):
            if q.kind != "name" or any(q is h for h in holders):
                continue
            for s, _e in q.spots:
                if s >= mention.start:
                    continue
                if self.text.startswith((mention.text + " ", "Royal " + mention.text + " "), s):
                    s = self.text.find(" ", s + len(mention.text) - 1) + 1  # (the style in the name's spot)
                    while (nxt := self.text.find(" ", s)) > 0 and self.text[s:nxt].rstrip(".").lower() in STYLE_HONORIFICS:
                        s = nxt + 1
                lead = style.search(self.text, max(0, s - 60), s)
                if lead is not None and all(w.rstrip(".").lower() in STYLE_HONORIFICS
                                            for w in self.text[lead.start():s].split()[2:] if w != "Royal"):
                    holders.append(q)
                    break
        return holders[0] if len(holders) == 1 else None

    def _holder_of_office_as_written(self, mention: Mention, office: str) -> Person | None:
        """The one person named before ``mention`` whose role is the office ``office`` written the same
        (‘the First Deputy Speaker, Joseph Osei Owusu,’ for ‘the First Deputy Speaker said’); None for
        none or two, or when the office's words are not all in capitals."""
        if not all(w[:1].isupper() or w.lower() in ROLE_PREPOSITIONS for w in office.split()):
            return None
        want = office.lower()
        holders = [p for p in self.by_surname.values() if p.kind == "name" and p.spots and p.spots[0][0] < mention.start
                   and any(r.lower().removeprefix("the ") == want for r in self.roles_of(p))]
        return holders[0] if len({id(p) for p in holders}) == 1 else None

    def _named_set_off_after(self, pos: int, p: Person, gender: str | None, recent) -> Person | None:
        """The one named by name set off right after the description ``p`` at ``pos``, of the
        pronoun's sex or none known (‘The driver, identified by gardaí as Michael Doyle,’)."""
        end = pos + len(p.name)
        return next((q for at, q in recent if end < at <= end + 100 and q.kind == "name" and q.gender in (None, gender)
                     and _named_after_description(self.text, end, q.name)), None)

    def _office_subject_before(self, at: int, gender: str) -> Person | None:
        """The head of government or city whom the sentence just before the one at ``at``, in the same
        paragraph, is about by office alone (‘The president has repeatedly celebrated the pace of
        construction. “…,” he wrote on Twitter’): the one named with that office, if the recent people
        hold one such, else the office as written; None when no such sentence is just before, or
        someone is named between (‘The mayor has called it a crisis. Ortiz disagreed. “…,” he said’)."""
        text = self.text
        para = text.rfind("\n", 0, at) + 1
        at = _quote_before_pronoun(text, para, at)  # (‘“… . … ,” he said’: the sentence opens at the quote)
        ends = [m.end() - 1 for m in RE_SENTENCE_END.finditer(text, para, at)]
        if not ends and at == para + 1 and para > 1:
            return self._office_subject_of_paragraph_before(para, at, gender)
        if not ends:
            return None
        here = ends[-1]  # where the pronoun's sentence opens (or the quote that opens it)
        if text[here] in "“\"‘'":
            if text.find({"“": "”", "‘": "’"}.get(text[here], text[here]), here + 1, at) < 0 and here + 1 != at:
                return None  # (a quote open still: the sentence before is no narrative one)
        before = ends[-2] if len(ends) > 1 else para
        return self._office_subject_in(para, before, here, at, gender)

    def _office_subject_of_paragraph_before(self, para: int, at: int, gender: str) -> Person | None:
        """:meth:`_office_subject_before` for a quote that opens its paragraph, with the pronoun right
        after it: the last sentence of the paragraph before, if it is about the office (‘But in an
        interview aired Thursday, the governor said the memo played no part. / “…,” he said’)."""
        text = self.text
        end = len(text[:para].rstrip())
        start = text.rfind("\n", 0, end) + 1
        if end <= start or text[end - 1] not in ".!?":
            return None  # (a paragraph before that ends on a quote or a heading is no narrative sentence)
        ends = [m.end() - 1 for m in RE_SENTENCE_END.finditer(text, start, end)]
        return self._office_subject_in(start, ends[-1] if ends else start, end, at, gender)

    def _office_subject_in(self, para: int, before: int, here: int, at: int, gender: str) -> Person | None:
        """The office holder (or the office as written) the sentence from ``before`` to ``here`` is
        about, for a pronoun at ``at``; ``para`` opens that sentence's paragraph."""
        text = self.text
        opening = RE_OFFICE_SUBJECT_OPENING.match(text, before, here)
        if opening is None:
            return None
        office = opening.group(1).lower()  # (‘The President has …’ holds the office of a ‘President X’)
        if any(opening.end() <= pos < at and not (q.kind != "name" and q.name.lower().endswith(office))
               for pos, q in self.recent):
            return None  # (someone named since; but the office itself, the speaker of the sentence's own words:
            # ‘Replying, the Prime Minister thanked her for her “energy”. “…,” she wrote’)
        if any(before <= pos < opening.end() and not opening.start(1) <= pos < opening.end(1) and q.kind == "name"
               and (q.gender == gender or (q.gender is None and q.titled))
               and not any(RE_HEAD_OFFICE_WORD.search(r) for r in self.roles_of(q))
               for pos, q in self.recent):
            return None  # (someone named in the office sentence's opening phrase or aside may be the "he" or
            # "she": ‘After Senator Maria Lopez accused him …, the president walked out. “…,” she said’)
            # (a person: of the sex, or titled; never a place read as a name, ‘on the South Lawn’)
        if any(para <= pos < opening.start() and q.kind == "name" and q.gender in (None, gender)
               and not any(RE_HEAD_OFFICE_WORD.search(r) for r in self.roles_of(q)) for pos, q in self.recent):
            return None  # (someone named earlier in the paragraph who holds no such office may be the "he":
            # ‘James Oduya runs a clinic. The governor has promised to fund it. “…,” he said’ is Oduya's;
            # ‘Prime Minister X visited … The premier has asked …’ stays the premier's)
        qualifier = text[text.rfind(" ", before, opening.start(1) - 1) + 1:opening.start(1)].strip()
        qualifier = qualifier if qualifier[:1].isupper() and qualifier.lower() != "the" else ""

        def same_office(role: str) -> bool:  # (‘Ukrainian President X’ holds no "the Russian president":
            # a country's or a union's qualifier on both that differs)
            found = _office_in_role(role, office)
            if found < 0 or role.startswith(("’", "'"), found + len(office)):
                return False  # (‘the president's personal lawyer’ holds no office of the president's)
            own = role[:found].strip().rsplit(" ", 1)[-1] if role[:found].strip() else ""
            if own.lower().rstrip(".") in DEPUTY_OFFICE_WORDS:  # (and ‘Lt. Gov. X’)
                return False  # (nor does a ‘Vice President X’ or a ‘Lieutenant Governor X’)
            return not (qualifier and own[:1].isupper() and not own.lower().endswith(qualifier.lower()))
        holders = [q for _, q in self.recent if q.kind == "name" and any(same_office(r) for r in self.roles_of(q))]
        if holders:
            holder = holders[-1]
            return holder if all(q is holder for q in holders) and holder.gender in (None, gender) else None
        start = text.rfind(" the ", before, opening.start(1) + 1)
        start = before if start < 0 else start + 1  # (‘In Washington, the US president’: from "the")
        written = text[start:opening.end(1)]
        return Person(written[0].lower() + written[1:], kind="description", gender=gender)

    def _sole_recent_name(self, fits) -> Person | None:
        """The one person among the recent people named by name who ``fits`` (a test of a person),
        however often named; None for none or for two."""
        holders = [q for _, q in reversed(self.recent) if q.kind == "name" and fits(q)]
        return holders[0] if holders and all(q is holders[0] for q in holders) else None

    def _court_party(self, mention: Mention, head: str) -> Person | None:
        """The one a trial report has named as its witness (who told the court or gave evidence, the
        latest) or its accused (who is accused, charged, or pleaded), for "the witness", "the
        defendant" or "the accused": the named subject of that sentence, alone, and never the judge or
        counsel who addressed the jury. A cue whose subject is unnamed ("Another witness told the
        court", "A neighbour testified") stops the search: the latest in that part is not named."""
        text = self.text
        cue = RE_GIVES_EVIDENCE if head == "witness" else RE_STANDS_ACCUSED
        lo = max(0, mention.start - COURT_PARTY_REACH)
        unnamed = [u.start() for u in RE_UNNAMED_PARTY.finditer(text, lo, mention.start)]
        named = [(pos, p) for pos, p in self.recent if lo <= pos < mention.start and p.kind == "name" and not p.plural]
        for m in reversed(list(cue.finditer(text, lo, mention.start))):
            begin = _after_last_stop(text, m.start())
            if any(u >= m.end() for u in unnamed):
                return None  # (one who cannot be named stands in that part since: ‘Lee Burns pleaded guilty …. / In the
                # main case, a woman who cannot be named for legal reasons admitted …. “…,” the defendant said’)
            subjects = []
            for pos, p in named:
                if not begin <= pos < m.start() or any(q is p for q in subjects):
                    continue
                after = text[pos:m.start()]
                words_before = text[max(begin, pos - 24):pos].split()
                if (owner := RE_OWNER_BEFORE_CUE.match(after)) is not None and owner.end(1) < 40:
                    continue  # (a possessive: ‘Mr Cullinane’s son, Kevin Cullinane, told the jury’)
                if words_before and words_before[-1].lower() in ("by", "to", "with", "for", "against", "of"):
                    continue  # (‘Under cross-examination by Rebecca Thwaite KC, Ms Hirst told …’)
                subjects.append(p)
            if not subjects:
                if RE_SUBJECT_PRONOUN.search(text, begin, m.start()) is not None:
                    continue  # (one named before: ‘He has pleaded guilty to manslaughter’)
                return None
            p = subjects[0]
            if _new_witness_cue(m.group(0)) and (
                    any(m.end() <= pos < mention.start and q.kind == "name" and q is not p for pos, q in self.recent)
                    or RE_CALLED_ANOTHER.search(text, m.end(), mention.start) is not None):
                return None  # (a stand or a witness's place that another, named or not, follows: ‘Ana Ruiz took the
                # stand, followed by her neighbour, Tom Baker’, ‘… took the stand last year. On Monday the
                # prosecution called a bank clerk.’)
            if len(subjects) > 1 and " and " in text[begin:m.start()]:
                return None  # (two accused: ‘X and Y are charged with …’)
            lead = text[max(0, begin):m.start()].lower()
            if any(w in COURT_OFFICER_WORDS for r in self.roles_of(p) for w in r.lower().split()) \
                    or any(w.strip(",()") in COURT_OFFICER_WORDS for w in lead.split()[:6]):
                return None  # (‘Judge Alan Reed told the jury …’, ‘prosecutor Simon Okafor KC told jurors’)
            return p
        return None

    def _other_of_kind_since(self, p: Person, head: str, lo: int, hi: int) -> bool:
        """``head`` is only a plain word :data:`BODY_KIND_EPITHETS` gives the kind of one of ``p``'s
        roles (no word of the role itself), and another of that kind is brought in between ``lo`` and
        ``hi``: the plain word is theirs (‘Analyst Ben Cole said …. A market expert at a rival bank was
        less sure. “…,” the expert said’ is the market expert's; ‘A second scientist, who …’ too)."""
        return any(head in _body_office_words(r.lower().replace(",", " ").split()) for r in self.roles_of(p)) \
            and not any(head in r.lower().replace("-", " ").split() for r in self.roles_of(p)) \
            and _other_brought_in(head).search(self.text, lo, hi) is not None

    def _possessive_owner(self, mention: Mention, name: str) -> str | None:
        """A body's name held with its possessive before the thing that speaks for it (‘Harrow & Finch’s
        catalogue promises “…”’, ‘Kestrel Air’s website says “…”’): the name without it, when the article
        also writes the name alone (‘… published by Harrow & Finch.’) and a noun in lower case follows, never
        a verb. A name that is always written so keeps it (‘The chain Farrow’s said …’, ‘McDonald’s said’).

        >>> Cast("Harrow & Finch, 384 pp. Harrow & Finch’s catalogue promises “x”.")._possessive_owner(
        ...     Mention(24, 40, "Harrow & Finch’s", "organisation"), "Harrow & Finch’s")
        'Harrow & Finch'
        """
        if not name.endswith(("’s", "'s")) or " " not in name:
            return None
        owner = name[:-2]
        nxt = RE_NEXT_LOWER_WORD.match(self.text, mention.end)
        if nxt is None or nxt.group(1) in SPEECH_VERBS or nxt.group(1) in AUXILIARIES or nxt.group(1).endswith("ed"):
            return None
        at = self.text.find(owner)
        while at >= 0 and self.text.startswith(("’s", "'s"), at + len(owner)):
            at = self.text.find(owner, at + len(owner))
        return owner if at >= 0 else None

    def _reported_teller(self, p: Person, pos: int) -> bool:
        """The one described ``p``, a speaker at ``pos``, was brought in right after another's "said" as
        the one who told them or theirs something (‘Diego said a teacher had told his class that …’):
        the reporter, never the teller, is the subject a pronoun after stands for."""
        by = self.text.find(p.name, max(0, pos - TOLD_BY_REACH), pos + 1)
        return by >= 0 and RE_SAID_TELLER.search(self.text, max(0, by - 12), by) is not None \
            and RE_TELLING_AFTER.match(self.text, by + len(p.name)) is not None

    def _worker_brought_in(self, p: Person, pos: int, head: str) -> bool:
        """One unnamed who spoke, brought in by a worker's noun a firm's kind shares, with "a", "one" or
        "another" and a word before it, set off with "who" (‘One crane operator, who asked not to be named,
        said …’): a person, whom a "he" or "she" may stand for; never ‘the operator’ or ‘one operator’."""
        words = p.name.split()
        return head in WORKER_THING_NOUNS and len(words) >= 3 and words[0].lower() in ("a", "an", "one", "another") \
            and pos in self._spoke_at and self.text.rfind(p.name + ", who ", max(0, pos - WORKER_WHO_REACH), pos) >= 0

    def _kin_by_owner_role(self, recent, owner_word: str, head: str, at: int) -> "Person | None":
        """The one an owned kin phrase ("her grandfather") names through its owner's own role: the
        owner is the last one named of the owner word's sex, set off as that one's kin from the other
        side (‘Albert's granddaughter’), and the one that role names is in reach by a word of their name."""
        sex = {"his": "m", "her": "f"}.get(owner_word)
        if sex is None:
            return None
        owner = next((q for pos, q in reversed(recent) if pos < at and q.kind == "name" and q.gender is not None), None)
        if owner is None or owner.gender != sex:
            return None  # (the owner is the last one of either sex named: never one further back)
        for r in self.roles_of(owner):
            m = RE_KIN_OWNER_ROLE.fullmatch(r)
            if m is None or m.group(2).lower() not in KIN_INVERSES[head]:
                continue
            word = m.group(1)
            kin = [q for _, q in reversed(recent) if q is not owner and q.kind == "name" and word in q.name.split()]
            if kin and all(q is kin[0] for q in kin):
                return kin[0]
        return None

    def resolve(self, mention: Mention) -> tuple[Person | None, str]:
        """The person a mention names, and the rule that decided it."""
        if mention.kind == "name" and mention.text in ("Majesty", "Highness", "Royal Highness", "Excellency") \
                and (his := RE_HIS_MAJESTY.search(self.text, max(0, mention.start - 8), mention.start)) is not None:
            return self._resolve_styled(mention, his)
        if mention.kind in ("name", "organisation") and mention.text.endswith(" Court") \
                and (writer := self._opinion_writer(mention)) is not None:
            return writer, "title-anaphor"  # a court's ruling quoted in the lede is its opinion's, whose writer the
            # next paragraph names: ‘The state's Supreme Court ruled that the lines “…”. / Justice Paul Hale,
            # writing for the majority, said …’
        if mention.kind == "name" and (short := RE_PRONOUN_CONTRACTION.fullmatch(mention.text)) is not None:
            # a pronoun run together with its verb is no name: ‘We'd’ and ‘I'm’ speak for themselves,
            # ‘He's’ is whoever "he" is
            return self.resolve(Mention(mention.start, mention.start + len(short.group(1)), short.group(1), "pronoun"))
        if mention.kind == "name":
            return self.person_for_name(mention), "name"
        if mention.kind == "organisation":
            return self._resolve_organisation(mention)
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention)
        # descriptions
        if (named := self._named_in_next_sentence(mention)) is not None:
            return named, "description-named"  # (‘a meeting that one member later called “…” That member was
            # Treadwell.’: Treadwell)
        text = mention.text
        if text == "One" and (after := RE_WORD_AFTER.match(self.text, _past_who_clause(self.text, mention.end))) is not None \
                and after.group(1).lower() in SPEECH_VERBS:
            return self._one_of_group_before(mention)
        of_sources = text.lower().startswith("one of the ") and text.lower()[11:] in SOURCE_GROUP_HEADS
        if text.lower() in ("one of them", "another of them", "one of those") or of_sources:
            if (found := self._one_of_them(mention, text, of_sources)) is not None:
                return found
        if text.lower().startswith("one of the ") and len(text.split()) <= 5:
            # ‘Two Egyptian security sources said …. “…,” one of the sources said’: one of them
            group, how = self.resolve(Mention(mention.start + 7, mention.end, text[7:], "description"))
            if group is not None and how == "description-anaphor":
                name = group.name
                if name.split()[0].lower() in COUNT_WORDS:
                    name = name[0].lower() + name[1:]  # ("Two Egyptian security sources" opened a sentence)
                return Person(text[:7] + name, kind="description", gender=None), how
        first = text.split()[0].lower()
        head = description_head(text)
        plural = described_plural(text, head) or (head is None and " and " in text)
        if first in ("a", "an") and len(text.split()) == 2 and head in ROLE_NOUNS and not plural \
                and (holder := self._holder_of_lede_indefinite(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘… after a judge said its managers had treated the law as “…”. /
            # … Judge Helen Marsh said …’: the lede keeps back the name the body gives
        if first in ("a", "an") and head in ROLE_NOUNS and not plural \
                and (holder := self._holder_named_next(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘A judge in the District Court has described … as ‘…’. Judge Mary
            # Devane fined him …’: a brief names the one it brought in, in the next sentence
        if first == "its" and head in ROLE_NOUNS and not plural and 2 <= len(text.split()) <= 4 \
                and (holder := self._holder_named_after_lede_mention(
                    mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return holder, "title-anaphor"  # ‘… a valuation its chief executive called “…”. / … CEO Dana
            # Whitfield wrote …’: the lede keeps back the name the next paragraphs give (never "the <office>",
            # which a holder named after may not be: ‘The president said …. Union president Maria Gomez …’)
        if first == "the" and head in ROLE_NOUNS and not plural \
                and (owned := RE_BODY_OWNED_OFFICE.fullmatch(text)) is not None and owned.group(1).lower() in THING_NOUNS \
                and (holder := self._holder_named_after_lede_mention(
                    Mention(mention.start, mention.end, "its " + owned.group(2), mention.kind),
                    head, [w for w in owned.group(2).lower().split() if w != head])) is not None:
            return holder, "title-anaphor"  # the same, its body by its kind: ‘…, the company's chief executive said. /
            # … CEO Dana Whitfield …’
        if first in ("their", "its") and head in OWNED_BODY_NOUNS and len(text.split()) == 2 \
                and (body := self._body_opening_next(mention.end, head)) is not None:
            return body, "organisation"  # ‘… what their union describes as ‘…’. The Transport Workers Union
            # said the strike would last a week.’
        if first == "its" and head in ROLE_NOUNS and not plural \
                and (holder := self._its_holder(mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return holder, "title-anaphor"  # ‘The Reserve Bank of Malawi held its rate, Governor Chisomo Phiri
            # announced. … “…,” its governor said’
        # ("Kemal Aydin and Selin Kaya": two people, a "they")
        owned = first in ("his", "her", "their")  # ("her daughter": one person named just before)
        shared = False
        if first == "the" and len(text.split()) == 3 and text.split()[1].lower() in ("second", "third") \
                and head in SOURCE_NOUNS:
            if (found := self._second_source(mention, text, head)) is not None:
                return found
        if head and not owned and first == "the" and _another_before(self.text, mention.start, head, self.quoted):
            # ‘Another soldier, who declined to give his name, said …. “…,” the soldier said’: the
            # one just described, not the soldier named before
            return Person("the" + text[3:], kind="description", plural=plural,
                          gender=GENDERED_NOUNS.get(head)), "description"
        if first in ("the", "this", "that") and head in ONE_SOURCE_HEADS and len(text.split()) == 2 and not plural \
                and (one := self._one_of_sources_before(mention)) is not None:
            return one, "description-anaphor"  # ‘Two people familiar with the contract said …. One of the
            # people said …. “…,” that person said’: the sources, never one described earlier (‘One contractor’)
        if (first in ("the", "this", "that") or (owned and not plural)) and head and (
                head not in THING_NOUNS or head in ROLE_NOUNS):
            found, shared = self._definite_holder(mention, text, first, head, plural, owned)
            if found is not None:
                return found
        if first == "the" and head in COURT_PARTY_NOUNS and len(text.split()) == 2 and not shared \
                and (party := self._court_party(mention, head)) is not None:
            return party, "title-anaphor"  # ‘Maria Lopes told the court she heard a scream. / “…,” the witness
            # said’; ‘Tan Wei Ming, 34, is accused of cheating investors. … “…,” the defendant told the court’
        if first == "the" and head in ROLE_NOUNS and not plural and not shared \
                and (holder := self._holder_named_after_office(mention, head)) is not None:
            return holder, "title-anaphor"  # ‘The health minister has defended the rollout. / Speaking in
            # Accra, Ama Boateng said …. / “…,” the minister said’
        if first == "the" and head in ROLE_NOUNS and not plural and not shared and len(text.split()) <= 4 \
                and (holder := self._holder_named_after_lede(mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return holder, "title-anaphor"  # ‘The health minister warned on Tuesday …. / “…,” the minister said. /
            # … / Minister Grace Achieng, who took office in May, said’
        if first == "the" and head in ROLE_NOUNS and not plural and not shared and len(text.split()) <= 3 \
                and (subject := self._paragraph_subject_described(mention, head)) is not None:
            return subject, "title-anaphor"  # ‘Kiprono, 21, …, said the goal was for his mother. ‘…,’ said the
            # emotional striker.’: the one the paragraph opens with, whom no one else holding that role follows
        if first == "the" and len(text.split()) == 2 and RE_TITLE_LETTERS.fullmatch(text.split()[1]) \
                and (holder := self._spelled_letters_holder(text.split()[1], mention.start)) is not None:
            return holder, "title-anaphor"  # ‘Senior Superintendent of Police (SSP) X …. the SSP said’
        if first == "the" and head in ROLE_NOUNS and head not in SOURCE_NOUNS and not plural and not shared \
                and len(text.split()) <= 5 \
                and (subject := self._previous_paragraph_subject_described(
                    mention, head, [w for w in text.lower().split()[1:] if w != head])) is not None:
            return subject, "title-anaphor"  # ‘Ana Ruiz told supporters she was “…”. / ‘…,’ the centre-right
            # candidate said’: the one the paragraph before opens with, whom no one of that office follows
        name = text
        if first in ("a", "an", "the", "another"):
            name = first + text[len(first):]  # (capitalised only for opening a sentence: "Another landlord")
        return Person(name, kind="description", plural=plural, gender=GENDERED_NOUNS.get(head or "")), "description"

    def _second_source(self, mention: Mention, text: str, head: str) -> tuple[Person | None, str] | None:
        """The source "the second source" is: the one brought in last, as written; None to read on (‘A source said …. Another insider disputes that. “…,” the second source says’)."""
        # ‘A source close to Corliss said …. Another insider disputes that. “…,” the second source
        # says’: the one brought in second, never the first
        later = None
        for later in RE_LATER_SOURCE.finditer(self.text, max(0, mention.start - 600), mention.start):
            pass  # (the last brought in before)
        if later is not None and SOURCE_KIN[later.group(1).lower()] == SOURCE_KIN[head]:  # (a source is an
            # insider, never "another person, a cyclist")
            return Person(later.group()[0].lower() + later.group()[1:], kind="description"), "description-anaphor"
        if not _another_before(self.text, mention.start, head, self.quoted):
            return Person("the" + text[3:], kind="description"), "description"
        return None

    def _one_of_group_before(self, mention: Mention) -> tuple[Person | None, str]:
        """The group a bare "One" who speaks is one of: the people the sentence before opens with (‘Former employees posted …. One wrote: “…”’)."""
        # one of the people or the documents the sentence before opens with: ‘Former employees posted
        # on social media about the closure. One wrote: “…”’
        opener = RE_GROUP_OPENS.search(self.text, max(0, mention.start - GROUP_OPENS_REACH), mention.start)
        head = opener.group(1).split()[-1].lower() if opener is not None else ""
        if opener is not None and (head in DESCRIPTION_NOUNS or head[:-1] in DOCUMENT_NOUNS) \
                and head not in BODY_PLURALS_SPOKE and not head.endswith("ss"):
            words = opener.group(1).split()
            if len(words) > 1 and words[0].lower() in ("several", "some", "many", "most"):
                words = words[1:]  # (‘Several residents spoke …. One said’ is one of the residents)
            group = " ".join(words)
            return Person(f"one of the {group[0].lower() + group[1:]}", kind="description"), "description-anaphor"
        return None, "description"  # (a bare "One" of no group: no one the text says)

    def _one_of_them(self, mention: Mention, text: str, of_sources: bool) -> tuple[Person | None, str] | None:
        """The group "one of them" is one of: the people counted just before, or the sources as written (‘Two other sources said …. “…,” one of them said’); None to read on."""
        # (and ‘Two people familiar with the contract said …. “…,” one of the people said’: the sources
        # as written, as for "one of them")
        group = None  # ‘Two other sources said …. “…,” one of them said’: one of the people who spoke just before
        sources = None  # (or anonymous sources, kept as written)
        for g in RE_GROUP_SPOKE.finditer(self.text, max(0, mention.start - GROUP_REACH), mention.start):
            words = g.group().split()
            k = next((k for k in range(1, len(words))
                      if (words[k].lower().endswith("s") or words[k] in ("people", "men", "women"))
                      and words[k].lower() in DESCRIPTION_NOUNS and words[k].lower() not in BODY_PLURALS_SPOKE
                      and not any(w in GROUP_BREAKS and not _joins_modifiers(words, j)
                                  for j, w in enumerate(words[1:k], 1))), None)  # (never ‘six aircraft with crews’)
            if k is not None:  # (to its head: ‘Two people with knowledge of the session’ are "two people")
                group = " ".join(words[:k + 1])
                sources = RE_SOURCE_GROUP.match(self.text, g.start(), mention.start)  # (anonymous sources: the
                # group as first written, ‘Two people familiar with the company's plans said …. One of them said’)
        if group is None:
            sources = self._sources_spoken(mention)  # (‘…, according to people familiar with the matter. …
            # the people said. “…,” one of them said’)
        if group is None and sources is None and of_sources:
            sources = next(iter(reversed(list(RE_SOURCE_GROUP.finditer(
                self.text, max(0, mention.start - GROUP_REACH), mention.start)))), None)  # (‘Sources close to
            # the board said …. “…,” one of the sources said’: the sources just described)
        if sources is not None and (not of_sources or text.lower()[11:] in sources.group(1).lower().split()):
            written = sources.group(1)
            return Person(written[0].lower() + written[1:], kind="description", plural=True), "description-anaphor"
        if text.lower() in ("one of them", "another of them", "one of those"):
            if group is not None:
                the = "the " if group.split()[0].lower() in COUNTED else ""  # (‘one of the two other sources’)
                return Person(f"{text.split()[0].lower()} of {the}{group[0].lower() + group[1:]}", kind="description"), \
                    "description-anaphor"
            return None, "description"  # (no group counted just before: ‘Reporters pressed Schumer and Jeffries.
            # “…,” one of them said’ is either man, no one the text says)
        return None

    def _definite_holder(self, mention: Mention, text: str, first: str, head: str, plural: bool,
                         owned: bool) -> tuple[tuple[Person | None, str] | None, bool]:
        """The one "the <noun>" or "her <kin>" stands for among the recent people, and whether two share that role (‘Health Minister X …. “…,” the minister said’)."""
        recent = self.recent
        shared = False
        other_kin = None  # kin the article gives an owner of the other sex: the last choice
        # a person whose role holds every word of the description beats one whose role holds
        # only its head ("the health minister" beside Health Minister X and Finance Minister Y)
        words = [w for w in text.lower().split()[1:] if w != head]
        # (a place before the head must be the person's: "the California congressman"; a
        # party or nation need not: "the Senate Democratic leader", "the Mexican president")
        before_head = text.split()[1:]
        before_head = before_head[:next((i for i, w in enumerate(before_head) if w.lower() == head), 0)]
        places = [w.lower() for w in before_head if w[:1].isupper() and w.lower() not in PARTY_WORDS
                  and w.lower() not in DEMONYMS and w.replace(".", "").isalpha()]
        if words:
            named_words = {w.lower() for w in text.split()[1:] if w[:1].isupper()}  # (a body's name may stand
            # anywhere in the role: ‘the Boxline analyst’ of ‘senior analyst at the tracking firm Boxline’)
            holders = {}
            for pos, p in reversed(recent):
                if pos < mention.start and p.kind == "name" and _sex_fits(head, p) and (fit := next((
                        r.lower() for r in self.roles_of(p) if head in _role_words(r) and all(
                            w in _role_words(r) or (w in named_words and w in r.lower().split()) for w in words)
                        and not _other_office(r, head, words)), None)) is not None:
                    holders.setdefault(id(p), (p, fit))
            if holders:
                latest, role = next(iter(holders.values()))
                if any(r == role for q, r in holders.values() if q is not latest):
                    # two given the very same role: either may be the one (‘Cobras winger Sam Hale and Cobras
                    # winger Josh Reid both scored. / The Cobras winger said …’), as written
                    return (Person("the" + text[3:], kind="description", gender=GENDERED_NOUNS.get(head)), "description"), shared
                return (latest, "title-anaphor"), shared
        for pos, p in reversed(recent):
            if pos >= mention.start:
                continue  # (the mention itself: "The source said")
            if p.kind == "description" and not plural and not owned and _one_of_group_head(p.name) == head + "s" \
                    and all(w in p.name.lower().split() for w in words):
                one, _ = self.resolve(Mention(pos, pos + len(p.name), p.name, "description")) \
                    if self.text.startswith(p.name, pos) else (None, None)  # (as that one was resolved:
                return (one or p, "description-anaphor"), shared  # ‘Two officials said …. “…,” one of the officials
                # said. “…,” the official added’ is one of two officials)
            if p.kind == "description" and p.roles and not owned and not plural and not p.plural \
                    and description_head(p.roles[0]) == head and all(w in p.roles[0].lower().split() for w in words) \
                    and regex.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + head + r")\b",
                                     self.text[pos + len(p.name) + 2 + len(p.roles[0]):mention.start]) is None:
                return (p, "description-anaphor"), shared  # the one described, whose second description set off after it
                # holds the noun (‘a member of the inspection team, an engineer who …, said …. “…,” the engineer
                # said’), with no other of that noun brought in since
            if p.kind == "description" and description_head(p.name) != head and head in HOLDER_NOUNS \
                    and regex.search(r"\p{Lu}[\p{L}&.\-]*, the (?:[\w\-]+ ){0,2}" + head + r"\b",
                                     self.text[:mention.start]) is not None:
                continue  # (a holder named, set off by the noun: ‘Elliott Management, the activist investor, …
                # A small shareholder … “…,” the investor said’ is Elliott's, never the shareholder's)
            if p.kind == "description" and (same_source_kind(description_head(p.name), head)
                                            or member_described(description_head(p.name), head, words, p.name)) \
                    and p.plural == plural and not owned \
                    and (description_head(p.name) == head or regex.search(
                        r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + head + r")\b", self.text[pos + len(p.name):mention.start]) is None) \
                    and not _other_nation(words, p.name.lower().split()) and not _other_age(words, p.name.lower().split()) \
                    and not _other_office(p.name, head, words) and not _other_body_of(text, p.name) \
                    and all(w in p.name.lower().split() or w.upper() in text for w in places):  # (letters may
                    # stand for the words: "the RNC member" after "a prominent Republican National Committee member")
                if first == "the" and not words and not plural and not p.plural and not p.name.split()[0].lower() in (
                        "a", "an", "one", "another") and (new := _new_one_of_kind(
                            self.text, pos + len(p.name), mention.start, head, self.quoted)) is not None:
                    return (Person(new[0].lower() + new[1:], kind="description"), "description"), shared  # (one of the
                    # kind brought in anew since, who spoke there: ‘… the county's top health official warned …. A
                    # senior state health official, who …, said …. “…,” the official said’ is the state one)
                return (p, "description-anaphor"), shared  # (never "the minority leader" for "leaders such as …", nor
                # another place's: "the Orléans councillor" is not "the Barrhaven West councillor")
            if head == "person" and not words and not plural and p.kind == "description" and not p.plural \
                    and p.name.split()[0].lower() in ("a", "an", "one", "another") \
                    and (h := description_head(p.name)) is not None and h not in THING_NOUNS and h not in COLLECTIVE_NOUNS:
                return (p, "description-anaphor"), shared  # ‘One former executive said …. “…,” this person said’
            if p.kind == "name" and head == "diplomat" and not any("diplomat" in r.lower() for r in self.roles_of(p)) \
                    and any(q.kind == "description" and description_head(q.name) == head
                            and q.name.split()[0].lower() in ("a", "an", "one", "another") for _, q in recent):
                continue  # (an envoy is "the diplomat" only when no diplomat was described: ‘A senior
                # Western diplomat … said …. U.S. Special Envoy Tom Barrack is due …. “…,” the diplomat said’)
            if p.kind == "name" and not plural and not owned and not words \
                    and self._other_of_kind_since(p, head, pos, mention.start):
                continue  # (a plain word the table gives a holder's kind, when another of that kind is brought in
                # since: ‘Analyst Ben Cole said …. A market expert at a rival bank was less sure. “…,” the
                # expert said’ is the market expert's; ‘A second scientist, who …’ too)
            if p.kind == "name" and not plural and GENDERED_NOUNS.get(head, p.gender) in (None, p.gender) \
                    and any((_kin_of(r, head) and all(w in r.lower().split() for w in words)) if owned
                            else _holds(r, head, words, places) for r in self.roles_of(p)):
                # (an owned noun with a word the role lacks is someone else: ‘a 19-year-old Marchand …
                # is told by his sous chef to …’ is not chef Elliot Marchand)
                if not owned and all(_bare_honorific(r) for r in self.roles_of(p) if head in _role_words(r)) \
                        and any(head in _role_words(r) for r in self.roles_of(p)) \
                        and self._title_shared(recent, p, head):
                    shared = True  # ("Sen." X and "Sen." Y before "the senator said": either)
                    break
                if head in ("lawmaker", "legislator", "expert") and not words and any(
                        q is not p and q.kind == "name" and any(_holds(r, head, words, places) for r in self.roles_of(q))
                        for _, q in recent):
                    shared = True  # (a loose word for any member: only one of them in reach, never the nearer of
                    break  # ‘MP John Mbadi and Senator Aaron Cheruiyot’; nor of a professor and an analyst, "the expert")
                if not owned and self._party_of_other(p, words, mention.start):
                    continue  # (a party the article gives another: ‘Cllr Sarah Jones …. Council leader Mark
                    # Evans, a Conservative, …. “…,” the Conservative councillor said’ is not Cllr Jones's)
                if not owned and places and not any(all(w in _role_words(r) for w in places) for r in self.roles_of(p)) \
                        and (placed := self._placed_other(p, places, mention.start, head)) is not None:
                    return (placed, "title-anaphor"), shared  # (‘coach Dale Hemming …. Castellano, in his 11th season at
                    # Eastwood, …. “…,” the Eastwood coach said’ is Castellano's, never the other team's coach)
                if owned and self._kin_of_other_sex(p, head, first):
                    if other_kin is None and self._family_of_sex(p, "m" if first == "his" else "f", recent):
                        other_kin = p  # (‘Derek Hollis … Her daughter, Lisa Hollis,’ is his daughter too,
                    continue  # when no one else is; ‘her daughter, Jane Roe,’ is no John Brown's)
                return (p, "title-anaphor"), shared  # (never "the investors said" for one investor)
        if other_kin is not None:
            return (other_kin, "title-anaphor"), shared
        if owned and head in KIN_INVERSES and (kin := self._kin_by_owner_role(recent, first, head, mention.start)) is not None:
            return (kin, "title-anaphor"), shared  # (‘Albert's granddaughter, Rachel Finch, …. Rachel … / … her
            # grandfather describes …’: the one her own role names her kin, never an unnamed grandfather)
        if shared and (holder := self._holder_speaking_on(mention, head)) is not None:
            return (holder, "title-anaphor"), shared  # (of two senators, the one who spoke just before: ‘“…,” she said.
            # She later asked …. “…,” the senator said’)
        # the article's people named in full with that role, latest first, a window's worth
        for p in itertools.islice(reversed(self.by_surname.values()), 0 if owned or shared or plural else self.window):
            if p.spots and p.spots[0][0] > mention.start:
                continue  # (never one the article names only later: ‘The Tory leader jibed: …’ before
                # ‘The SNP’s Westminster leader, Angus MacRae,’; ‘the company's president … the
                # president said. Union president Maria Gomez …’)
            if any(_holds(r, head, words, places) for r in self.roles_of(p)) and _sex_fits(head, p) \
                    and not self._party_of_other(p, words, mention.start) \
                    and not (not words and self._other_of_kind_since(
                        p, head, max((e_ for s_, e_ in p.spots if e_ <= mention.start), default=0), mention.start)):
                return (p, "title-anaphor"), shared  # (never "the authors" for one lead author; nor a plain word the table
                # gives a holder's kind when another of that kind was brought in since)
        return None, shared

    def _resolve_styled(self, mention: Mention, his: regex.Match) -> tuple[Person | None, str]:
        """The person a style after "His"/"Her" names: the royal of that sex just named, else one the style set off (‘“…,” His Majesty said’)."""
        # ‘“…,” His Majesty said’: the sovereign (or royal) of that sex just named, if only one
        sex = "m" if his.group(1).lower() == "his" else "f"
        if mention.text != "Excellency":  # (an Excellency is no royal: a style alone names one)
            heads = SOVEREIGN_STYLES if mention.text == "Majesty" else ROYAL_SEX
            holder = self._sole_recent_name(lambda q: q.gender == sex and any(
                w.lower() in heads for r in self.roles_of(q) for w in r.split() if w[:1].isupper()))
            if holder is not None:
                return holder, "title-anaphor"
        if (styled := self._styled_holder(mention, his.group(1))) is not None:
            return styled, "title-anaphor"  # (‘Her Excellency Reem Al Marar, Minister of State, … “…,” Her
            # Excellency said’)
        return Person(f"{his.group(1)} {mention.text}", kind="description", gender=sex), "description"

    def _resolve_organisation(self, mention: Mention) -> tuple[Person | None, str]:
        """The person or body an organisation mention names: an office's holder just named, else the body (‘“…,” the Governor said’)."""
        name = mention.text
        if name.isupper() and " " not in name and name.lower() in self.by_surname:
            return self.by_surname[name.lower()], "name"  # a transcript's label: "MATVIICHUK:"
        if name.split()[0] in ("The",):
            name = "the" + name[3:]
        words = name.split()
        if (len(words) == 2 and words[0] == "the" and (words[1].lower() in CAPITAL_OFFICES or words[1].lower() in ROYAL_SEX)) \
                or (len(words) == 3 and words[0] == "the" and words[1] in ("Crown", "Grand") and words[2].lower() in ROYAL_SEX) \
                or (len(words) == 3 and words[0] == "the" and words[1].isalpha() and words[1][:1].isupper()
                    and words[2].lower() in CAPITAL_OFFICES):  # ("the Home Secretary" of "the Home Secretary, Mr. X,")
            # "the Governor said" in a broadsheet's style: the one just named with that office in
            # capitals ("Gov. Charles E. Vandermeer", "Mayor Harold T. Brennan"), alone among the
            # recent people (never a union's president for "the President")
            head = words[-1].lower()  # (and a royal's style: "the King", "the Duke", "the Crown Princess")
            holder = self._sole_recent_name(lambda q: any(_capital_office(r, head) and (len(words) == 2 or words[1] in r)
                                                          for r in self.roles_of(q)))
            if holder is not None:
                return holder, "title-anaphor"
        if len(words) == 3 and words[0] == "the" and words[2].rstrip(".").lower() in QUALIFIED_CAPITAL_OFFICES \
                and words[1].isalpha() and words[1][:1].isupper() and words[2][:1].isupper():
            # "the Senate President said", "the Majority Leader said": the one just named whose role
            # holds those two words in capitals, alone among the recent people
            office = f"{words[1]} {words[2].rstrip('.')}"  # (an abbreviation's full stop: ‘the Woman Rep.’)
            holder = self._sole_recent_name(lambda q: any(_holds_office(r, office) for r in self.roles_of(q)))
            if holder is not None:
                return holder, "title-anaphor"
        if len(words) == 2 and words[0] == "the" and RE_TITLE_LETTERS.fullmatch(words[1]):
            # "the CS said": a title written later by its initials ("Health Cabinet Secretary Dr X",
            # "District Chief Executive X", "the Police Public Relations Officer, DSP X"), the one just
            # named whose role ends in those words, alone among the recent people
            holder = self._sole_recent_name(lambda q: any(_title_initials(r).endswith(words[1]) for r in self.roles_of(q)))
            if holder is not None and not _other_letters_holder(self.text, mention.start, words[1], holder):
                return holder, "title-anaphor"
            if (holder := self._spelled_letters_holder(words[1], mention.start)) is not None:
                return holder, "title-anaphor"  # ‘Officer-in-charge (OC) X …. the OC said’
        if len(words) >= 3 and words[0] == "the" and words[-1].lower() in ROLE_NOUNS \
                and (holder := self._holder_of_office_as_written(mention, " ".join(words[1:]))) is not None:
            return holder, "title-anaphor"  # an office in capitals written again whole, whose holder was set off
            # after it: ‘the Deputy Majority Whip, Sarah Korere, whipped …. The Deputy Majority Whip said’
        if len(words) in (2, 3) and words[0] == "the" and words[-1].lower() in ROLE_NOUNS \
                and (holder := self._holder_named_after_office(mention, words[-1].lower())) is not None:
            return holder, "title-anaphor"  # (an office in capitals: ‘The Opposition MP for Kisumu West has
            # demanded an audit. / Mercy Atieno told reporters …. / “…,” the Opposition MP said’)
        if len(words) in (2, 3) and words[0] == "the" and words[-1].lower() in ROLE_NOUNS \
                and (holder := self._holder_named_after_lede(mention, words[-1].lower(),
                                                             [w.lower() for w in words[1:-1]])) is not None:
            return holder, "title-anaphor"  # (‘The Prime Minister on Saturday ruled out an early election. /
            # “…,” the Prime Minister said. / Prime Minister Hamzah Ismail also …’)
        if (owner := self._possessive_owner(mention, name)) is not None:
            name = owner  # ‘Harrow & Finch’s catalogue promises “…”’ is Harrow & Finch's
        elif (whole := self._body_by_last_word(words, mention.start)) is not None:
            name = whole  # ‘The Fort Garry Blizzard traded …. the Blizzard thanked him’
        elif (whole := self._saints_body_in_full(words, mention.start)) is not None:
            name = whole  # ‘St. Brendan’s Medical Group …. St. Brendan’s said’
        return Person(name, kind="organisation"), "organisation"

    def _saints_body_in_full(self, words: Sequence[str], at: int) -> str | None:
        """The one body named in full before ``at`` whose name opens with the saint's name ``words``
        (‘St. Brendan’s’ of ‘St. Brendan’s Medical Group’), as a hospital or a school goes by later;
        None for any other name, or when two bodies open with it."""
        if len(words) != 2 or words[0] not in SAINT_ABBREVIATIONS or not words[1].endswith(("’s", "'s")):
            return None
        found = {name for start, name, part in self.body_names()
                 if start < at and len(part) > 2 and list(part[:2]) == list(words)}
        return found.pop() if len(found) == 1 else None

    def _they_stands_for(self, pos: int, p: Person, recent: list[tuple[int, Person]], mention: Mention,
                         theirs: bool) -> Person | None:
        """The one a plural "they" stands for, if the recent one at ``pos`` is theirs (‘Alex Rivera, who uses they/them pronouns, … “…,” they said’)."""
        told = next((at for at in itertools.chain(
            (e for _, e in p.spots), (at + len(p.name.split()[-1]) for at, q in recent if q is p))
            if RE_THEY_THEM.match(self.text[at:at + THEY_THEM_REACH])), None) \
            if theirs and p.kind == "name" and not p.plural else None
        # (named again since as the subject of a sentence: ‘… Independent experts were positive. /
        # Sato said they agreed …. “…,” they said’)
        if told is not None and not RE_PEOPLE_PLURAL.search(self.text, max(
                (at for at, q in recent if q is p and at >= told and self.opens_sentence(at)), default=told),
                mention.start):
            return p  # one who uses "they", told right after their name: ‘Alex Rivera, who
            # uses they/them pronouns, … “…,” they said’ (never past people in the plural since:
            # ‘The defendants, two brothers, then addressed the court. “…,” they said’)
        if p.kind == "name" and mention.start - pos <= SUBJECT_REACH \
                and (pair := self._pair_acting_at(pos, p, recent)) is not None \
                and not (RE_PEOPLE_PLURAL.search(self.text, pos, mention.start)
                         or any(m.group().lower() not in self.by_surname
                                for m in RE_PLURAL_OPENING.finditer(self.text, pos, mention.start))):
            return pair  # two named together who act (‘Commissioners Paul Brandt and
            # Karen Liu said the penalty was too high. “…,” they wrote’): the pair, never a body before
        if p.plural and p.kind == "description" \
                and (group := self._group_standing_since(pos + len(p.name), mention.start, p)) is not None:
            return group  # the people who took a stand since, never a group that spoke before
            # them: ‘Organisers said the march was peaceful. Police disagreed. “…,” they said’
        if p.plural or p.kind == "organisation":
            return p
        if p.kind == "name" and p.name[:1].islower() and " " not in p.name and (pos, p) == recent[-1] \
                and RE_PEOPLE_PLURAL.search(self.text, pos + len(p.name), mention.start) is None:
            return p  # one known by a handle, which tells no sex, the last one named: ‘mxrrow
            # says three publishers have called. … “…,” they said’ (never past people in the plural since)
        if p.kind == "description" and description_head(p.name) in COLLECTIVE_NOUNS \
                and self.opens_sentence(pos) and _ends_at_paragraph(self.text, pos, min(self.position, mention.start)):
            return p  # (‘The Smith family issued a statement. “…,” they said’, or at
            # the end of the paragraph before, ‘the family paid tribute to Rhodri. / In a statement,
            # they said:’: the subject of the sentence just before, never ‘Protesters confronted
            # the family’, nor one with a sentence between, ‘Detectives said …’)
        if p.kind == "description" and not p.plural and self._one_they(pos, p, mention.start):
            return p  # one unnamed whom the "they" stands for, the subject just before:
            # ‘The spokesperson added that a review was under way. ‘…,’ they said’
        return None

    def _place_or_body(self, pos: int, p: Person) -> bool:
        """Whether the recent one at ``pos`` is a place, a body or letters, whom a singular pronoun never stands for (‘Xinhua, the official Chinese news agency,’)."""
        return p.plural or p.kind == "organisation" or p.placelike or (
                p.kind == "name" and p.gender is None and not p.titled and " " in p.name
                and p.name[p.name.rfind(" ") + 1:] in STREET_HEADS and not self.roles_of(p)) or (
                # (a street that speaks is the office it houses, never "he": ‘Downing Street said …. “…,” he said’)
                (p.name.lower() in ONE_WORD_PLACES or p.name in TWO_WORD_PLACES) and p.gender is None and not p.titled
                and not self.roles_of(p) and not self._kin_or_aged(p)) or (  # (but ‘Chad, a 41-year-old electrician’)
                p.kind == "name" and p.gender is None and not p.titled
                and (self._datelined(p) or self._only_in_marks(p) or self.firm_named(p)
                     or (p.name.isupper() and " " not in p.name and self._before_a_role(p))
                     or self._headline_letters(pos, p)
                     or self.named_after_its_kind(p) or self.named_as_body(p)
                     or any((h := description_head(r)) in BODY_HEADS or (h in BODY_ROLE_HEADS and r.split()[0].lower() == "the")
                            for r in self.roles_of(p)) or self._body_kind_before(p)
                     or _role_and_name_at(self.text, pos + (len(p.name) if self.text.startswith(p.name, pos)
                                                             else len(p.name.rsplit(" ", 1)[-1])))))

    def _headline_letters(self, pos: int, p: Person) -> bool:
        """The one at ``pos`` is a body's letters in a headline written in lower case too (‘EC rules out delay
        in polls, says …’): a body, never the "he" of the story's first quotation (never an office's letters
        a person goes by, "PM", "MP", nor a headline all in capitals, whose every word is so)."""
        if not (pos < self.first_line_end and p.name.isupper() and " " not in p.name and 2 <= len(p.name) <= 5
                and p.name.isalpha() and not self.roles_of(p)) or p.name.lower() in ROLE_NOUNS \
                or p.name.lower() in SHORT_TITLES:
            return False
        return any(c.islower() for c in self.text[:self.first_line_end])

    def _datelined(self, p: Person) -> bool:
        """Whether the name ``p`` is the place of a dateline, written whole in capitals where a line opens
        (‘PINE RIDGE — A committee voted … for what she described as “…”’: "she" is never Pine Ridge)."""
        if self.roles_of(p) or self._kin_or_aged(p):
            return False
        caps = p.name.upper()
        at = self.text.find(caps)
        while at >= 0:
            if _dateline_run(self.text, at, at + len(caps)) and not self.text[at + len(caps):at + len(caps) + 1].isalpha():
                return True
            at = self.text.find(caps, at + 1)
        return False

    def _only_in_marks(self, p: Person) -> bool:
        """Whether the name ``p`` is only ever written whole inside its own quotation marks: a work's title
        (‘keep the novel “Sparrow Season” on the shelves … what she described as “…”’), never a person."""
        n = len(p.name)
        at, seen = self.text.find(p.name), False
        while at >= 0:
            if at == 0 or self.text[at - 1] not in "“‘\"'" or self.text[at + n:at + n + 2][:1] not in ("”", "’", '"', "'", ",", ".") \
                    or (self.text[at + n:at + n + 1] in ",." and self.text[at + n + 1:at + n + 2] not in ("”", "’", '"', "'")):
                return False
            seen = True
            at = self.text.find(p.name, at + 1)
        return seen

    def _unnamed_not_meant(self, pos: int, p: Person, head: str | None, gender: str | None,
                           recent: list[tuple[int, Person]], mention: Mention) -> bool:
        """Whether the recent one unnamed at ``pos`` is no one the pronoun stands for: silent, told by the other pronoun, a thing or a body, a work (‘A Vantage spokesperson declined to comment. … Carla Velasquez … “…,” she says’)."""
        if gender is not None and p.kind == "description" and p.gender is None \
                and (said_nothing := RE_SAID_NOTHING_AFTER.match(self.text, pos + len(p.name))) is not None \
                and RE_SPOKE_AFTER_ALL[gender].match(self.text, said_nothing.end(), mention.start) is None:
            return True  # (‘A Vantage spokesperson declined to comment. … Carla Velasquez … “…,” she says’)
        if gender is not None and p.kind == "description" and p.gender is None \
                and any(self._description_told_other_sex(at, p, gender) for at, q in recent
                        if q.kind == "description" and q.name == p.name) \
                and any(q is not p and q.gender == gender for _, q in recent):  # (only with another of the
            # pronoun's sex to go to: ‘The teacher told police he had been bullied. “…,” she said’ is the teacher's)
            return True  # one unnamed whom their own cue reports by the other pronoun (‘The truck driver, who
            # was not charged, told police he had …. … “…,” she wrote’ is never the driver's)
        if (head in THING_NOUNS and not (gender is not None and self._worker_brought_in(p, pos, head))) \
                or head in COLLECTIVE_NOUNS or (gender is not None and head in GENDERLESS_SOURCES):
            return True  # nor "a document he drew up", nor "his family" (a "they"); and "a person
            # familiar with …" is never a "he" or "she": its sex is kept back
        if gender is not None and p.kind == "description" and head is None \
                and p.name.rsplit(None, 1)[-1].lower() in MADE_WORK_NOUNS:
            return True  # nor a work named for its maker, though its words were quoted: ‘The villain in a
            # Marchetti broadcast is always “bankers” …. the host had moved on. “…,” he said’ is the host's
        return False

    def _namesake_meant(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]],
                        mention: Mention) -> Person:
        """The one the pronoun's sex tells of those sharing the surname named at ``pos``, else ``p`` (‘Nomakhosazana Sigcau, 67, … (her son Lwazi Sigcau) …. Sigcau said she heard gunshots. “…,” she said’)."""
        if gender is not None and p.kind == "name" and p.gender is None and recent[-1][1] is p and recent[-1][0] == pos \
                and self._reported_by_other_sex(pos, gender, mention.start):
            p.gender = "f" if gender == "m" else "m"  # the last named, whose own speech the paragraph
            # went on to report by the other pronoun: ‘Sinclair cautions that the market is far from uniform.
            # Flats are taking longer to sell, she says. … “…,” he says.’ is someone else
        if gender is not None and p.kind == "name" and p.gender is None and " " in p.name \
                and (q := self._namesake_of_sex(p, pos, gender)) is not None:
            p = q  # a bare surname two share, of the one the pronoun's sex tells: ‘Nomakhosazana Sigcau, 67,
            # … (her son Lwazi Sigcau) …. Sigcau said she heard gunshots. “…,” she said’
        elif gender is not None and p.kind == "name" and p.gender not in (None, gender) and " " in p.name \
                and self._surname_reports_in_paragraph(pos, mention.start) \
                and (q := self._namesake_of_sex(p, pos, gender)) is not None:
            p = q  # (and of the other sex than the one it keys, as the subject of the pronoun's own paragraph:
            # ‘the late singer Ruby Vale …. Lionel Vale, her son, …. / Vale, 61, said … “…,” he said’ is his)
        return p

    def _as_subject(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]], mention: Mention,
                    nearest: Person | None, fallback: Person | None) -> bool:
        """Whether the recent one at ``pos`` is a subject or a speaker, the likelier antecedent than a nearer object (‘That drew scorn from Solberg. “…,” she said’)."""
        return (pos in self._spoke_at and not self._played_at(pos)) or self.opens_sentence(pos) \
            or self._acts_after_opening(pos) or self._told_own_sex(pos, p, gender, mention.start) \
            or self._acts_in_joined_clause(pos) or self._acts_in_event_clause(pos, mention.start) \
            or self._acts_in_contact_clause(pos) \
            or RE_HEARD_OPENING_BEFORE.search(self.text, max(0, pos - 40), pos) is not None \
            or (p.kind == "name" and " " not in p.name and p.gender is not None and self.text.startswith(p.name, pos)
                and _given_opens_clause(self.text, pos, p.name)) \
            or self._acts_in_opening_clause(pos, gender) \
            or self._set_off_after_described_opening(pos) \
            or (self._acts_after_modifiers(pos, gender)
                and not (p.gender is None and self._quote_speaks_of_sex(mention.start, gender))) \
            or self._acts_in_place_clause(pos, recent, p, gender) \
            or self._real_name_of_opener(pos, p) \
            or ((reaction := RE_REACTION_FROM_BEFORE.search(self.text, max(0, pos - 80), pos)) is not None
                and (not any(w in reaction.group() for w in (" came from ", " comes from ", " come from "))
                     or "?" in self.text[max(0, mention.start - 4):mention.start]
                     or RE_ASKED_AFTER_GUARD.match(self.text, mention.end) is not None)) or (
            # (guard: the one a question came from asks next, never answers: ‘The first question came
            # from Tom Reilly, …. “Those charges are set by …,” he said’ is the mayor's)
            # (the one a reaction came from: ‘That drew scorn from Solberg. “…,” she said’)
            RE_AS_FOR_BEFORE.search(self.text, max(0, pos - 60), pos) is not None
            and RE_POSSESSIVE_AT.match(self.text, pos) is None) or (
            # (the topic an opening "As for" sets: ‘As for Trump, he said he is not worried’)
            # and, with no one of the pronoun's kind named since, the source "according to" names, who
            # speaks in effect, or the one a cue after the sentence's speech names (‘…, said Professor
            # Andrea Rossi, who studies unions. “…,” she said’, never the one quoted before), or one
            # introduced with an age set off, whose words follow (‘That was little comfort to Tomas
            # Reyes, 44, who had worked there. / “…,” he said.’)
            nearest is None and fallback is None and p.kind == "name" and (
                RE_ACCORDING_BEFORE.search(self.text, max(0, pos - 60), pos) is not None
                or RE_INVERTED_CUE_BEFORE.search(self.text, max(0, pos - 60), pos) is not None
                or self._introduced_aged(p, pos) or self._introduced_as_kin(p, pos)
                or self._introduced_with_who(p, pos) or self._introduced_as_predicate(p, pos))) or (
            nearest is None and p.kind == "name" and p.personlike
            and (w_ := RE_CAPWORD.match(self.text, pos)) is not None
            and self.text.startswith(SAID_AFTER, w_.end())) \
            or (p.kind == "name" and RE_WHO_SAID.match(self.text, pos) is not None
                and RE_NAME_AS_SUBJECT.search(self.text, max(0, pos - 60), pos) is not None)

    def _teller_not_subject(self, pos: int, p: Person, gender: str | None, nearest: Person | None,
                            nearest_at: int) -> bool:
        """Whether the subject one unnamed at ``pos`` only told someone something or lent a phrase, and is no subject (‘she was told by a senior colleague that it was a “dead end”. / “…,” she says’)."""
        if (by := self.text.find(p.name, max(0, pos - TOLD_BY_REACH), pos + 1)) >= 0 \
                and RE_TOLD_BY_BEFORE.search(self.text, max(0, by - 16), by) is not None:
            return True  # one unnamed who told the subject something is no subject, nor the nearest:
            # ‘she was told by a senior colleague that it was a “dead end”. / “…,” she says’ is hers
        if gender is not None and nearest is not None and nearest.kind == "name" and nearest.gender == gender \
                and (by := self._low.find(p.name.lower(), max(0, pos - TOLD_BY_REACH), pos + 1)) >= 0 \
                and RE_WHAT_CALLED_BEFORE.search(self.text, max(0, by - 8), by) is not None \
                and not regex.search(r"\b(?:she|her)\b" if gender == "f" else r"\b(?:he|him|his)\b",
                                     self.text[pos + len(p.name):nearest_at], regex.I):
            # (guard, review rv3: never one a pronoun of that sex took up before the named one came:
            # ‘… what one former director called “…”. She asked not to be named …, where Anna Kline …’)
            return True  # nor one unnamed whose phrase another's sentence quotes by "what … called", past
            # one of the pronoun's sex named since: ‘… on what one former director called “…”. / Five years
            # on, … Kessie, 52, is …. / She laughs. “…,” she says’ is Kessie's
        if self._reported_teller(p, pos):
            return True  # nor one unnamed whose telling the subject reports: ‘Diego said a teacher had
            # told his class that strikers were ‘…’. / ‘…,’ he said’ is Diego's
        return False

    def _named_one_instead(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]],
                           mention: Mention, nearest: Person, nearest_at: int) -> Person | None:
        """The one named since whom the pronoun stands for rather than the subject at ``pos`` (‘its spokesperson in Geneva, Carla Mendes, said. She added …’)."""
        if p.kind == "description" and nearest.kind == "name" \
                and _named_after_description(self.text, pos + len(p.name), nearest.name):
            return nearest  # the name set off after the description
            # is the one it describes: ‘its spokesperson in Geneva, Carla Mendes, said. She added …’
        if p.kind == "description" and nearest.kind == "description" \
                and (set_off := self._named_set_off_after(pos, p, gender, recent)) is not None:
            return set_off  # (the same past one unnamed brought in since:
            # ‘The boy’s father, identified by the consulate as Fermín, spoke through a consular
            # official. / “…,” he said’ is Fermín's)
        if p.kind == "name" and p.gender is None and gender is not None \
                and nearest.kind == "name" and nearest.gender == gender and nearest.spots \
                and min(nearest.spots)[0] <= nearest_at < min(nearest.spots)[1] \
                and recent[-1][1] is nearest and len(nearest.spots) == 1 \
                and self._narrative_pronoun_between(nearest_at, min(mention.end, self.position), gender):
            return nearest  # one of the pronoun's sex brought in (named
            # once, the last one named) since the last subject, whom the narrative has already called so
            # (‘… the shop of ceramicist Marta Coll, whose cups sell out. Earlier this year she posted ….
            # “…,” she said’ is hers, never the one quoted before whose sex nothing tells)
        if nearest is not p and nearest.kind == "name" \
                and gender in ("m", "f") and nearest.gender == gender \
                and self._pronoun_takes_up_nearest(nearest_at, nearest, pos, mention.start, gender, recent):
            return nearest  # (the one a narrative pronoun of the sentence
            # that names them took up: ‘… has worked with Vargas, and he credited her. “…,” he said’)
        return None

    def _resolve_pronoun(self, mention: Mention) -> tuple[Person | None, str]:
        """The person a pronoun stands for: the likeliest recent subject of its sex and number (‘Ana Ruiz said …. “…,” she said’)."""
        w = mention.text.lower().rstrip(".")
        w = "he" if w == "his" else w  # (‘in his words’)
        if w not in PRONOUNS:
            return None, "pronoun-unresolved"
        gender, number = PRONOUNS[w]
        if w in ("i", "we"):
            return None, "first-person"
        if mention.text == "He" and RE_INSIDE_SENTENCE.search(self.text, max(0, mention.start - 4), mention.start):
            # ‘“…,” He said’: inside a sentence, a capital "He" is the surname of someone named
            # in full ("He Yadong"), never the pronoun
            q = self._by_first_word("He", surname=True)
            if q is not None:
                return q, "name"
        if number == 1 and gender is not None and (office := self._office_subject_before(mention.start, gender)) is not None:
            return office, "pronoun"  # (‘In Washington, the US president has made the caravan a theme. On
            # Saturday he wrote …’: the president, never the mayor named before)
        fallback = None  # the nearest fit with nothing to say it is a person
        who = None  # the nearest of those a relative "who" followed
        lent = None  # one unnamed who only lent a phrase (see RE_RELATIVE_CALLER_AFTER)
        nearest = None  # the nearest person that fits
        nearest_at = 0  # (and where)
        theirs = number == 2 and self._they_them()
        if number == 2 and (other := self._other_one_they(mention.start)) is not None:
            return other, "pronoun"  # (‘The other developer said they had …. “…,” they said’)
        if number == 2 and (handled := self._handle_they(mention.start)) is not None:
            return handled, "pronoun"  # (‘Another moderator, known only by their handle, kilobyte_kay, said they
            # quit. “…,” they said’)
        recent = self.recent
        lenders = self._phrase_lenders(recent) if gender is not None else set()
        for pos, p in reversed(recent):
            if lenders and p.kind == "description" and p.name in lenders:
                lent = lent or p  # one unnamed who only lent a phrase in a relative clause of another's
                # sentence is neither subject nor nearest (‘When Ana Ruiz took over, … a product that one
                # reviewer had called “…”. / “…,” she said’ is Ruiz's); theirs only when no one else fits
                continue
            if p.kind != "description" and is_platform(p.name):
                continue  # a platform is no one a pronoun stands for: ‘Taking to Instagram Stories, she fumed’
            if number == 2:
                if (they := self._they_stands_for(pos, p, recent, mention, theirs)) is not None:
                    return they, "pronoun"
                continue
            if self._place_or_body(pos, p):
                continue  # "he" is never a place or a body (‘Xinhua, the official Chinese news agency,’,
                # ‘The lender, Heartland Farm Credit,’),
                # nor letters (‘FDA chief says …’ in a headline), nor a body before another's title
                # (‘White House spokesperson Ravi Menon said’)
            if gender is not None and p.kind == "name" and _named_but_not_meant(self.text, pos, p, mention, w):
                continue
            head = description_head(p.name) if p.kind == "description" else None  # (read once)
            if p.kind == "description" and self._unnamed_not_meant(pos, p, head, gender, recent, mention):
                continue
            if gender is not None and p.kind == "name":
                p = self._namesake_meant(pos, p, gender, recent, mention)
            if gender is not None and p.kind == "name" and p.gender is None and (nearest is not None or fallback is not None) \
                    and self._sex_told_where_named(p, titled=True) not in (None, gender):
                continue  # a given name that tells no sex, of one the sentence naming them tells is of the other,
                # is no subject to prefer over the nearer one who fits (‘Sheriff Dana Rourke posted a video from
                # her car. … according to commander Mateo Quiroga. “…,” he told reporters’ is Quiroga's)
            if (p.kind == "description" and p.gender is None) or gender is None or p.gender in (None, gender):
                # a subject or a speaker is the likelier antecedent than a nearer object
                # ("Trump said praise from Vladimir Putin … He said"), within reach
                subject = self._as_subject(pos, p, gender, recent, mention, nearest, fallback)
                if subject and p.kind == "name" and p.gender is None and self._interviews_at(pos, p):
                    if nearest is not None or fallback is not None:
                        return _called(nearest or fallback, gender), "pronoun"
                    subject = False  # the one who interviews never answers: the one named after it does (‘Les
                    # Échos, the business daily, interviewed the minister, Armelle Vautrin. «…», she told the paper’)
                if p.kind == "name" and mention.start - pos <= 200 \
                        and RE_WHO_CLAUSE_TO_AS.match(self.text, pos, mention.start) is not None:
                    return _called(p, gender), "pronoun"  # the relative's subject (‘X, who wants …, as she puts it’)
                if subject and p.kind == "description" and p.gender is None \
                        and self._teller_not_subject(pos, p, gender, nearest, nearest_at):
                    continue
                if subject and nearest is not None \
                        and (instead := self._named_one_instead(pos, p, gender, recent, mention, nearest,
                                                                nearest_at)) is not None:
                    return _called(instead, gender), "pronoun"
                if subject and (nearest is None or self.position - pos <= SUBJECT_REACH):
                    return _called(p, gender), "pronoun"
                if p.personlike or (p.kind == "name" and self.roles_of(p)):
                    if nearest is None:
                        nearest, nearest_at = p, pos
                fallback = fallback or p
                if p.who:
                    who = who or p
        if nearest is not None or fallback is not None or lent is not None:
            return _called(nearest or who or fallback or lent, gender), "pronoun"
        return None, "pronoun-unresolved"
