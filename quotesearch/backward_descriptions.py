"""A description read backward from a cue: its words back to the determiner or count
(_description_back), a bare plural or an approximate count, a charge's passive participle, a
possessive split off, a place and its region, an aside skipped, an outlet named after its kind and
one described after a fronted place.
"""

from __future__ import annotations

from quotesearch.lexicon import SMALL_COUNT_NAMES, wordset
from quotesearch.time_words import COUNT_APPROXIMATORS, COUNT_APPROXIMATOR_PAIRS
from quotesearch.place_words import COUNTRY_NATIONALITIES, MODIFIED_BLOC_PLURALS, US_STATE_FORMS
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, OWNED_DOCUMENT_NOUNS, OWNED_ONLY_RECORDS, THING_NOUNS
from quotesearch.body_words import ORG_WORDS, OUTLET_KIND_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import (
    DETERMINERS, Mention, POSSESSIVES, PREPOSITIONS, _description, _is_age, _joined_modifiers, _role_plural,
    description_head,
)
from quotesearch.body_name_ends import NAME_JOINERS, _body_word, _department_of, _lower_remit_joined
from quotesearch.mention_nations import PLACE_PREPOSITIONS, _state_before_role, service_before_body
from quotesearch.mention_asides import (
    NOT_IN_DESCRIPTION, OTHER_PREPOSITIONS, PLAIN_SPEECH_VERBS, SET_OFF_CREDENTIALS, WHERE_PLACE_PREPOSITIONS,
    _compound_and, _demonstrative_subject, _verb_after_subject,
)


#: The participles of a charge that describe the one charged (‘A man accused of …’, ‘a nurse charged
#: with …’), never a verb of the sentence's own (‘A nurse complained of bullying after …’, ‘A doctor
#: warned of …’), and the words that open a clause of another's after the charge (‘… after her manager
#: told her’) (review rv60a).
#:
#: >>> "accused" in CHARGE_PARTICIPLES, "complained" in CHARGE_PARTICIPLES, "after" in CLAUSE_OPENERS_AFTER_CHARGE
#: (True, False, True)
CHARGE_PARTICIPLES = frozenset(("accused", "charged"))
CLAUSE_OPENERS_AFTER_CHARGE = frozenset("after as when while before because until since whereupon".split())


def _passive_speech_participle(toks: list[Token], i: int, lo: int) -> bool:
    """``toks[i]``, a verb of speech, is a past participle that describes the noun of people right before
    it, its charge after "of" or "with" (‘A man accused of murder has said’, ‘a nurse charged with
    neglect told’): part of the description, never its verb (w60a; ‘The man accused Ann Lee of lying’ is
    a verb, its object a name).

    >>> t = tokenize("A man accused of murder")
    >>> _passive_speech_participle(t, 2, 0), _passive_speech_participle(tokenize("The man accused Ann of lying"), 2, 0)
    (True, False)
    """
    return i - 1 > lo and i + 1 < len(toks) and toks[i].word in CHARGE_PARTICIPLES and toks[i + 1].text in ("of", "with") \
        and toks[i - 1].text.islower() and toks[i - 1].word in DESCRIPTION_NOUNS and toks[i - 1].word not in THING_NOUNS


#: Nouns of a bond one person has with the one spoken of, joined by "and" after their trade as a
#: second title of the same one (‘a local farmer and longtime friend’, ‘a teacher and neighbour’).
#:
#: >>> "friend" in BOND_NOUNS, "leader" in BOND_NOUNS
#: (True, False)
BOND_NOUNS = wordset("friend neighbour neighbor colleague confidant confidante")


def _one_person_and(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether the "and" at ``toks[i]`` joins two titles of one person after "a" or "an": a trade
    and a bond, in lower case, with no determiner of its own after the "and" (‘A local farmer and
    longtime friend, who …, said’ is one source, w85a); never two people (‘a mayor and a council
    leader’, ‘the mayor and council leader’, ‘a farmer and his friend’).

    >>> t = tokenize("A local farmer and longtime friend"); _one_person_and(t, 3, 5, 0)
    True
    >>> t = tokenize("The local farmer and longtime friend"); _one_person_and(t, 3, 5, 0)
    False
    >>> t = tokenize("A local farmer and council leader"); _one_person_and(t, 3, 5, 0)
    False
    """
    if toks[i].text != "and" or i - 1 <= lo or toks[j].word not in BOND_NOUNS or j - i > 3 \
            or toks[i - 1].word not in DESCRIPTION_NOUNS or not toks[i - 1].text.islower() \
            or not all(x.text.isalpha() and x.text.islower() and x.word not in FUNCTION_WORDS
                       and x.word not in DETERMINERS and x.word not in POSSESSIVES for x in toks[i + 1:j + 1]):
        return False
    k = next((k for k in range(i - 1, max(lo, i - 4) - 1, -1) if not (toks[k].text.isalpha() and toks[k].text.islower())
              or toks[k].word in DETERMINERS or toks[k].word in FUNCTION_WORDS), None)
    return k is not None and toks[k].word in ("a", "an")


#: Nouns of a moment after "at one" (‘At one point protesters chanted …’, ‘at one stage fans sang …’): the
#: "one" is a time phrase's, never the determiner of the people after it (w109f).
#:
#: >>> "point" in ONE_MOMENT_NOUNS, "stage" in ONE_MOMENT_NOUNS, "protester" in ONE_MOMENT_NOUNS
#: (True, True, False)
ONE_MOMENT_NOUNS = wordset("point stage moment time juncture")


#: Words of a time phrase after a document's noun, read as part of the document's description (‘Her last
#: post before the storm, written on Monday, read: “…”’, ‘The council's letter after the vote said …’), never
#: a clause's opener there (w109f).
#:
#: >>> "before" in DOCUMENT_TIME_WORDS, "because" in DOCUMENT_TIME_WORDS
#: (True, False)
DOCUMENT_TIME_WORDS = frozenset(("before", "after"))

#: The words an event's phrase after DOCUMENT_TIME_WORDS opens with (‘before the storm’, ‘after his death’);
#: an indefinite one opens a clause's subject instead (‘lost its appeal after a judge said’).
#:
#: >>> "the" in EVENT_DETERMINERS, "a" in EVENT_DETERMINERS
#: (True, False)
EVENT_DETERMINERS = frozenset("the his her their its this that".split())


#: Bodies whose letters spell a word a description stops at (‘the WHO statement’, ‘a WHO spokesman’):
#: written in capitals after an article and before a lower-case noun they are the body's letters, never
#: the relative "who" (‘those WHO …’ in a headline in capitals is not, the word before in capitals too).
#:
#: >>> "WHO" in LETTERS_SPELLING_WORDS, "Who" in LETTERS_SPELLING_WORDS
#: (True, False)
LETTERS_SPELLING_WORDS = frozenset(("WHO",))


def _letters_not_word(toks: list[Token], i: int, j: int, lo: int) -> bool:
    """Whether ``toks[i]`` is a body's letters that spell a word a description stops at, between an
    article and a lower-case noun (‘the WHO statement’, w107e).

    >>> toks = tokenize("the WHO statement"); _letters_not_word(toks, 1, 2, 0)
    True
    >>> toks = tokenize("the men WHO left"); _letters_not_word(toks, 2, 3, 0)
    False
    """
    return toks[i].text in LETTERS_SPELLING_WORDS and lo < i < j and toks[i - 1].word in ("the", "a") \
        and toks[i - 1].text.islower() and toks[i + 1].text.isalpha() and toks[i + 1].text.islower()


def _split_possessive(toks: list[Token], i: int, j: int) -> bool:
    """``toks[i]`` is a name ending in s whose possessive apostrophe the tokenizer left standing alone
    before a lower-case noun of the description (‘a member of Rhodes’ crew’: "Rhodes", "’", "crew"),
    the name then owning what follows as "Harmon's" does.

    >>> t = tokenize("A member of Rhodes' crew"); _split_possessive(t, 3, 5), _split_possessive(t, 2, 5)
    (True, False)
    >>> _split_possessive(tokenize("A friend of Rhodes' said"), 3, 4)
    False
    """
    return i + 2 <= j and toks[i].text.endswith("s") and toks[i + 1].text in ("'", "’") \
        and toks[i + 1].start == toks[i].end and toks[i + 2].text.islower() and toks[i + 2].text.isalpha()


def _document_time_at(toks: list[Token], j: int, lo: int) -> int | None:
    """Where a time phrase after a document's noun starts, when the description ending at ``toks[j]``
    ends in one (:data:`DOCUMENT_TIME_WORDS`, an article or an owner's word, then words in lower case:
    ‘post before the storm’, ‘letter after his death’); None for any other ending (‘left before the storm’),
    or when the phrase's noun is a person or a body, the subject of a clause (‘its appeal after the judge said’).

    >>> t = tokenize("Her last post before the storm"); _document_time_at(t, len(t) - 1, 0)
    3
    >>> t = tokenize("He left before the storm"); _document_time_at(t, len(t) - 1, 0) is None
    True
    >>> t = tokenize("It lost its appeal after the judge"); _document_time_at(t, len(t) - 1, 0) is None
    True
    """
    if j - lo < 3 or not toks[j].text.islower():
        return None
    for i in range(j - 2, max(lo, j - 4), -1):
        if toks[i].word in DOCUMENT_TIME_WORDS:
            head = toks[j].word
            ok = toks[i - 1].word in DOCUMENT_NOUNS and toks[i - 1].text.islower() \
                and toks[i + 1].word in EVENT_DETERMINERS \
                and all(x.text.isalpha() and x.text.islower() for x in toks[i + 1:j + 1]) \
                and head not in ROLE_NOUNS and head not in ORG_WORDS and (head not in DESCRIPTION_NOUNS or head in THING_NOUNS)
            return i if ok else None
    return None


def _description_back(toks: list[Token], j: int, lo: int) -> int | None:
    """Start index of a description ending at ``toks[j]`` ("a source close to the Kremlin", and
    "a spokesman for the ministry", never its object "the ministry" alone)."""
    inner = None  # a description that is the object of a preposition: the longer one may hold it
    first_preposition = None  # ("people familiar with the matter": a bare plural before it)
    acronym = None  # a body's letters in brackets before the noun: ‘A Regional Water Authority (RWA) spokesman’
    for i in range(j, max(lo, j - 11) - 1, -1):
        w = toks[i].word
        if i == acronym or i + 1 == acronym:
            continue
        if toks[i].text == ")" and lo + 2 < i < j and toks[i - 2].text == "(" and toks[i - 1].text.isalpha() \
                and toks[i - 1].text.isupper() and is_name_token(toks[i - 3]) and not is_possessive(toks[i - 3]):
            acronym = i - 1
            continue
        inside_name = w in NAME_JOINERS and lo < i < j and toks[i - 1].capitalized and toks[i + 1].capitalized \
            and (toks[j].text.islower() or (w == "and" and (_department_of(toks, max(lo, i - 5), i - 1) or (
                i + 1 < j and _body_word(toks[j])))))  # (or a body named for two places: "for Devon and Cornwall Police")
        # (a body's name before a noun: never "the American Federation of Teachers"; but a
        # department's own "and": "a spokesperson for the Department of Fish and Game")
        joined = w == "and" and lo < i < j and (_joined_modifiers(toks, i, j, lo) or (i + 2 <= j and _compound_and(toks, i))
                                                 or _one_person_and(toks, i, j, lo))
        # (two remits joined before a role: ‘the health and social care secretary’, ‘Greater
        # Manchester's walking and cycling commissioner’)
        counted = w in ("more", "fewer", "less", "than") and i + 2 <= j and (
            toks[i + 1].text[:1].isdigit() or (toks[i + 1].word == "than" and toks[i + 2].text[:1].isdigit()))
        # (a count in a description: ‘One fan account with more than 300,000 followers’)
        if i - 1 >= lo and _split_possessive(toks, i - 1, j) and is_name_token(toks[i - 1]):
            continue  # (the apostrophe of a name's possessive standing alone: read with the name)
        if not toks[i].text[:1].isalnum() or (w in SPEECH_VERBS and i < j and not toks[i].capitalized and not (
                i > lo and (toks[i - 1].word in DETERMINERS or toks[i - 1].word in POSSESSIVES))
                and not _state_before_role(toks, i) and not service_before_body(toks, i) and not _owned_speech_noun(toks, i, lo)
                and not _owned_document_noun(toks, i, lo)
                and not _passive_speech_participle(toks, i, lo)) \
                or (w in NOT_IN_DESCRIPTION and not inside_name and not counted and not joined
                    and not _letters_not_word(toks, i, j, lo)  # (‘the WHO statement’, w107e)
                    and not _demonstrative_subject(toks, i, j, lo) and not _lower_remit_joined(toks, i, j, lo)):
            break  # (a verb ends it, never a name's word, "the State Department", nor a verb's noun
            # after "the": "the fire department", "the rail operator", nor "state" before a role:
            # "the former state senator"; but "and" inside a body's
            # name is its word: "A Department of Health and Social Care spokesperson")
        if w in PREPOSITIONS and i < j and not inside_name:
            first_preposition = i
        owned = i < j and (is_possessive(toks[i]) or (_split_possessive(toks, i, j) and not (
            i - 2 >= lo and toks[i - 1].word == "the" and toks[i - 2].word in PREPOSITIONS))) and is_name_token(toks[i]) and not (
            toks[i].text.endswith(("s'", "s’")) and toks[i + 1].capitalized and toks[i + 1].word in ORG_WORDS)
        # (a plural's apostrophe inside a body's name owns nothing: "the Glasgow Cab Drivers' Association"; a
        # standing apostrophe after "the" and a preposition is the family's, inside the longer one: ‘A member
        # of the Wilkins' family told’ is the member; review rv69c)
        if w in SMALL_COUNT_NAMES and i - 2 >= lo and i < j and toks[i - 2].word == "the" \
                and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 1].word not in FUNCTION_WORDS:
            continue  # a count after "the" and an adjective is a modifier, no determiner of its own: ‘an analyst
            # at one of the big three rating agencies said’ is the analyst, never "three rating agencies"
        if w == "one" and lo < i < j - 1 and toks[i - 1].word == "at" and toks[i + 1].word in ONE_MOMENT_NOUNS:
            return _bare_plural_back(toks, j, i + 2)  # a time phrase, no one: ‘At one point counter-protesters
            # chanted “…”’ are the counter-protesters, never "one point counter-protesters" (w109f)
        if w in DETERMINERS or w in POSSESSIVES or owned:
            # the head noun stands before the first preposition ("a source close to …"; not
            # "the job of president"), past a body's name ("A House of Lords spokesman"); a name's
            # possessive is a determiner ("Powell’s office"; but what a person's document says is
            # theirs: "Trump’s tweet")
            h = i
            while h + 1 <= j and ((toks[h + 1].word not in PREPOSITIONS and toks[h + 1].word != "as") or (
                    toks[h + 1].word in NAME_JOINERS and toks[h].capitalized and h + 2 <= j and toks[h + 2].capitalized
                    and toks[j].text.islower())):
                h += 1
            at_heads = [x for x in range(i + 1, h + 1) if toks[x].word in DESCRIPTION_NOUNS
                        or (toks[x].word in OWNED_ONLY_RECORDS and toks[x].text.islower() and x == j and (
                            i == lo or not toks[i - 1].text[:1].isalnum() or (owned and is_name_token(toks[i - 1]))))]
            # (a record right before the verb, opening its clause: ‘The minutes said’, ‘Its summary states’, never
            # one a phrase holds, ‘An official following the announcement told’, w136d)
            heads = [toks[x].word for x in at_heads]
            if heads:
                last = at_heads[-1]
                if any(x.text.islower() and x.word.endswith("ing") and len(x.word) > 4 and x.word not in DESCRIPTION_NOUNS
                       for x in toks[last + 1:h + 1]) and not (
                        i == lo and toks[i].capitalized and last + 1 < len(toks) and toks[last + 1].word.endswith("ing")
                        and j - last <= 4):
                    break  # a clause after the noun: ‘outside the zoo gates Monday holding signs reading’ (but a
                    # short one of the subject that opens the sentence: ‘A stallholder selling cheese said’)
            if not heads and _is_age(toks[h].word):
                heads = [toks[h].word]  # an age as the head: ‘The 34-year-old wrote: “…”’ (before a
                # place too: ‘A 54-year-old from Bolton who saw it said’)
            if heads and _verb_after_subject(toks, i + 1, h):
                break  # a clause, never one description: ‘The inquiry follows complaints from two bidders’
            if heads and owned and heads[-1] in OWNED_DOCUMENT_NOUNS \
                    and (b := _body_owner_opening(toks, i, lo)) is not None:
                return b  # a body's own document opening the clause, owned by its name: ‘Halden Borough Council’s
                # inspection report said’ (its owner is read from it; a person's stays theirs: ‘Trump’s tweet’)
            if heads and not (owned and heads[-1] in OWNED_DOCUMENT_NOUNS):
                if inner is None and i - 1 >= lo and toks[i - 1].word in PREPOSITIONS \
                        and not (i - 2 >= lo and toks[i - 1].word == "of" and toks[i - 2].word in PARTITIVES):
                    inner = i  # "the ministry" in "a spokesman for the ministry"
                    continue
                if i - 2 >= lo and toks[i - 1].word == "of" and toks[i - 2].word in PARTITIVES:
                    i -= 2  # ‘one of the victims said’: one of them
                    if inner is None and i - 1 >= lo and toks[i - 1].word in PREPOSITIONS:
                        inner = i  # (‘a relative of one of the victims’)
                        continue
                if owned:  # (the whole owner: "the Prime Minister’s official spokesman")
                    i = _name_run_back(toks, i)
                    if i - 1 >= lo and toks[i - 1].word == "the":
                        i -= 1
                return i
            if owned:
                continue  # (as any other word: "several people in Clinton’s orbit")
            if i - 1 >= lo and toks[i - 1].word in PREPOSITIONS:
                continue  # "the Kremlin" in "a source close to the Kremlin"
            return inner
    if first_preposition is not None and first_preposition - 1 >= lo:
        # a bare plural before the prepositions: "officials at the ministry", "people familiar with …"
        outer = _bare_plural_back(toks, first_preposition - 1, lo, roles=True)
        if outer is not None:
            return outer
    return inner if inner is not None else _bare_plural_back(toks, j, lo)


def _body_owner_opening(toks: list[Token], i: int, lo: int) -> int | None:
    """Start index of a body's name whose possessive is ``toks[i]``, when the name opens its clause and owns
    the document after it (‘Halden Borough Council’s report said’, ‘Reserve Bank of Vell’s statement said’):
    never a person's (‘Ray Obi’s statement’, theirs as the sentence's subject), nor one inside a clause.

    >>> t = tokenize("Reserve Bank of Vell’s statement said"); _body_owner_opening(t, 3, 0)
    0
    >>> t = tokenize("Ray Obi’s statement said"); _body_owner_opening(t, 1, 0) is None
    True
    >>> t = tokenize("after Halden Council’s report said"); _body_owner_opening(t, 2, 0) is None
    True
    """
    r = _name_run_back(toks, i)
    while r - 2 >= lo and toks[r - 1].word in ("of", "for") and toks[r - 1].text.islower() and is_name_token(toks[r - 2]) \
            and not is_possessive(toks[r - 2]):
        r = _name_run_back(toks, r - 2)  # (a name's joiner: ‘Reserve Bank of Vell’s’)
    if r - 1 >= lo and toks[r - 1].word == "the":
        r -= 1
    if r > lo and toks[r - 1].text[:1].isalnum():
        return None  # (only a clause's opening owner: never ‘after Halden Council’s report said’)
    words = [x.text for x in toks[r:i + 1] if x.word != "the"]
    words[-1] = words[-1][:-2]
    return r if words[-1] and is_organisation(words) else None


def _owned_speech_noun(toks: list[Token], i: int, lo: int) -> bool:
    """The speech word at ``toks[i]`` is a noun before a document's, after its owner's possessive: ‘The
    Water Authority’s warning notice states’, ‘the regulator’s warning letter said’ (never a verb there).

    >>> t = tokenize("the council’s warning notice said"); _owned_speech_noun(t, 2, 0)
    True
    >>> t = tokenize("the council, warning residents, said"); _owned_speech_noun(t, 3, 0)
    False
    """
    return i - 1 >= lo and i + 1 < len(toks) and is_possessive(toks[i - 1]) and toks[i].word.endswith("ing") \
        and toks[i + 1].word in DOCUMENT_NOUNS and toks[i + 1].text.islower()


def _owned_document_noun(toks: list[Token], i: int, lo: int) -> bool:
    """The speech word at ``toks[i]`` is a document's noun after its owner's possessive and one adjective, with
    words after it: ‘The agency's latest report on the sector concluded’ (never a verb there).

    >>> t = tokenize("The agency's latest report on fish concluded"); _owned_document_noun(t, 3, 0)
    True
    >>> t = tokenize("the agency, lately, report on fish"); _owned_document_noun(t, 4, 0)
    False
    """
    return i - 2 >= lo and toks[i].word in DOCUMENT_NOUNS and toks[i].text.islower() and is_possessive(toks[i - 2]) \
        and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 1].word not in FUNCTION_WORDS


def _bare_plural_back(toks: list[Token], j: int, lo: int, roles: bool = False) -> int | None:
    """Start index of a description with no determiner ending at ``toks[j]``: a bare plural or
    adjective + plural ("officials", "Western officials"); ``roles``: any role noun's plural too
    ("Researchers at the University of Michigan")."""
    if toks[j].capitalized and j - 1 >= lo and (toks[j - 1].capitalized or toks[j - 1].word in ("of", "and", "for")):
        return None  # a name's word: "the American Federation of Teachers"
    k = j
    while k - 1 >= lo and toks[k - 1].text[:1].isalnum() and toks[k - 1].word not in FUNCTION_WORDS \
            and (toks[k - 1].word not in SPEECH_VERBS or toks[k - 1].word == "state") \
            and toks[k - 1].word not in OTHER_PREPOSITIONS and toks[k - 1].word not in NOT_IN_DESCRIPTION \
            and j - k < 3:  # ("state police", an adjective; never a verb: "a video showed rebels")
        k -= 1
    w = toks[j].word
    if (w in DESCRIPTION_NOUNS and (w.endswith("s") or w in UNMARKED_PLURALS)) or (roles and _role_plural(w)):
        return _approximate_count_back(toks, k, lo)
    if w in MODIFIED_BLOC_PLURALS and k < j and toks[j].text.islower() and all(x.text.isalpha() for x in toks[k:j]):
        return k  # countries as a bloc, with the word that says which: ‘Small island states said’
    if w in PLACE_BODY_NOUNS and toks[j].text.islower() and k < j and all(is_name_token(x) for x in toks[k:j]):
        return k  # a body by its place and a lower-case noun: ‘Frankfurt airport said’, ‘Leeds council said’
    if w in PLACE_BODY_NOUNS and toks[j].text.islower() and k < j - 1 and toks[j - 1].word in LOCAL_BODY_KINDS \
            and toks[j - 1].text.islower() and all(is_name_token(x) for x in toks[k:j - 1]):
        return k  # (and its kind in lower case between: ‘Brackenford borough council said’, w89b)
    return None


def _approximate_count_back(toks: list[Token], k: int, lo: int) -> int:
    """The start of a counted plural at ``toks[k]`` with the word that makes its count approximate,
    when that word opens the clause: ‘As the result was announced, around 30 protesters’ are "around 30
    protesters", ‘More than 5,000 people’ all of it (never a verb's preposition: ‘spoke about 30 …’).

    >>> t = tokenize("As it ended, around 30 protesters")
    >>> _approximate_count_back(t, 5, 0), _approximate_count_back(tokenize("He spoke about 30 protesters"), 3, 0)
    (4, 3)
    """
    if not toks[k].text[:1].isdigit() or k - 1 < lo:
        return k
    a = k - 1
    if toks[a].word not in COUNT_APPROXIMATORS:
        if a - 1 < lo or (toks[a - 1].word, toks[a].word) not in COUNT_APPROXIMATOR_PAIRS:
            return k
        a -= 1
    if a == lo or not toks[a - 1].text[:1].isalnum() or toks[a - 1].word in ("and", "but", "as", "while", "when", "then"):
        return a
    return k


#: Bodies a place's name may stand before with no article (‘Munich airport’, ‘Leeds council’).
PLACE_BODY_NOUNS = frozenset("airport council hospital university ministry court zoo museum port prison school".split())

#: The kind of a local body a paper writes in lower case between its place and its noun (‘Brackenford
#: borough council’, ‘Tolbury county council’, ‘Harlow district court’): part of the body (w89b).
#:
#: >>> "borough" in LOCAL_BODY_KINDS, "state" in LOCAL_BODY_KINDS
#: (True, False)
LOCAL_BODY_KINDS = wordset("borough county city district town parish regional municipal metropolitan")


#: Nouns of many people with no plural ending ("police said", "staff say"); not the collective nouns of
#: one group a "they" stands for (speakers.COLLECTIVE_NOUNS: "the family", "the crowd").
UNMARKED_PLURALS = wordset("police staff people gardaí gardai management")


#: States and countries written in one word (‘Virginia’, ‘Va.’, ‘Mass.’, ‘France’): after a place and a
#: comma, the end of where someone is or was, never a speaker.
STATE_OR_COUNTRY_WORDS = frozenset(form for forms in US_STATE_FORMS.values() for form in forms if " " not in form and not form.isupper()) \
    | frozenset(country for country in COUNTRY_NATIONALITIES if " " not in country)


def _place_and_region_back(toks: list[Token], k: int, lo: int) -> int | None:
    """The comma that opens the aside holding a place and its region right before the comma at
    ``toks[k]`` ("in Herndon, Virginia,", "from Templemore, Co Tipperary,", "in Kochi, Kerala,"): a
    state or a country, or any region after a place a preposition of place leads to; None if none."""
    r = k - 1
    if r - 2 < lo or toks[k].text != "," or not is_name_token(toks[r]):
        return None
    r0 = r - 1 if toks[r - 1].text in ("Co", "Co.", "County") else r
    if r0 - 2 < lo or toks[r0 - 1].text != "," or not is_name_token(toks[r0 - 2]):
        return None
    c = r0 - 2
    while c - 1 >= lo and is_name_token(toks[c - 1]) and r0 - 2 - c < 2:
        c -= 1  # (the place's words: "San Bernardino")
    if toks[r].text not in STATE_OR_COUNTRY_WORDS and not (c - 1 >= lo and toks[c - 1].word in PLACE_PREPOSITIONS):
        return None
    k2 = c - 1
    while k2 > lo and toks[k2].text not in ",;:" and k - k2 < 25:
        k2 -= 1
    return k2 if toks[k2].text == "," and toks[k2 + 1].text.islower() else None  # (an aside, never a name's own


def _outlet_named_after_kind(toks: list[Token], k2: int, end: int, lo: int, text: str | None) -> Mention | None:
    """The outlet's name set off at ``toks[k2 + 1:end + 1]`` after a description whose head, ``toks[k2]``,
    is an outlet's kind, opening the clause: ‘The ruling party’s flagship newspaper, the Daily Clarion,
    said’ is the Daily Clarion (a name the article gives, never the description before it); never a
    person set off after someone at the outlet (‘The paper’s editor, Ann Roe, said’: no outlet's kind).

    >>> t = "The ruling party’s flagship newspaper, the Daily Clarion, said"
    >>> _outlet_named_after_kind(tokenize(t), 4, 9, 0, t).text
    'the Daily Clarion'
    >>> t = "The paper’s editor, Ann Roe, said"
    >>> _outlet_named_after_kind(tokenize(t), 2, 6, 0, t) is None
    True
    """
    if toks[k2].word not in OUTLET_KIND_NOUNS or not toks[k2].text.islower() or toks[k2 + 1].text != "," \
            or toks[end].text != "," or end - k2 < 3:
        return None
    inner = toks[k2 + 2:end]
    names = inner[1:] if inner[0].word == "the" else inner
    if not 1 <= len(names) <= 4 or not all(is_name_token(x) for x in names) or is_possessive(names[-1]) \
            or (names is inner and gender_of(names[0].text) is not None):
        return None  # (a name with a given name the lists know and no "the" is a person's)
    d = _description_back(toks, k2, lo)
    if d is None:
        return None
    while d - 1 >= lo and k2 - d < 8 and (toks[d - 1].word in ("the", "a", "an") or (
            toks[d - 1].text.isalpha() and toks[d - 1].text.islower() and toks[d - 1].word not in FUNCTION_WORDS)):
        d -= 1  # (the words before the owner: ‘The ruling Communist Party’s flagship newspaper’)
    if not (d == lo or toks[d - 1].text in ".;:—“”\""):
        return None
    s_, e_ = inner[0].start, inner[-1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in inner), "organisation")


#: Relatives that open a clause whose object a name may be (‘Ann Roe, whose son attends Elm Primary,’,
#: ‘Ann Roe, who runs Elm Farm,’): a name ending such a clause set off after a name is that clause's,
#: never the subject of the verb after (see :func:`_relative_object_opening`).
OBJECT_CLAUSE_RELATIVES = wordset("whose who")


def _relative_object_opening(toks: list[Token], e: int, lo: int) -> int | None:
    """Where the subject ends, when the name ending at ``toks[e]`` closes a "whose" or "who" clause set
    off right after that subject's name (‘Ann Roe, whose son attends Elm Primary, one of …, said’ gives
    the end of "Ann Roe"); else None. The clause must hold a lower-case verb or noun between the
    relative and the name, and the subject before its comma must be a name.

    >>> t = "Ann Roe, whose son attends Elm Lane Primary, one of the schools added, said"
    >>> toks = tokenize(t); toks[_relative_object_opening(toks, 8, 0)].text
    'Roe'
    >>> t = "the farmer, whose son attends Elm Lane Primary, one of the schools, said"
    >>> toks = tokenize(t); _relative_object_opening(toks, 8, 0) is None
    True
    >>> t = "Ann Roe, Elm Lane Primary, one of the schools, said"
    >>> toks = tokenize(t); _relative_object_opening(toks, 6, 0) is None
    True
    """
    b = _name_run_back(toks, e)
    r = b - 1
    while r > lo and r > e - 16 and toks[r].text not in ",;:.!?“”\"()":
        if toks[r].word in OBJECT_CLAUSE_RELATIVES and not toks[r].capitalized:
            break
        r -= 1
    if not (r - 2 >= lo and toks[r].word in OBJECT_CLAUSE_RELATIVES and toks[r - 1].text == ","
            and r + 1 < b and toks[r + 1].text.islower() and is_name_token(toks[r - 2])):
        return None
    return r - 2


def _skip_aside_back(toks: list[Token], j: int, lo: int) -> int:
    """Step back over an aside before a cue verb: ", who replaced X in July," or "(R-Utah)"."""
    if j >= lo and toks[j].text == ")":
        k = j
        while k > lo and toks[k].text != "(":
            k -= 1
        return k - 1 if toks[k].text == "(" else j
    if j >= lo and toks[j].text == ",":
        k = j - 1
        while k > lo and toks[k].text not in ",;:" and j - k < 25:
            k -= 1
        if j + 1 < len(toks) and toks[j + 1].word in PLAIN_SPEECH_VERBS and (k0 := _place_and_region_back(toks, j, lo)) is not None:
            k = k0  # (the aside ends with the place and its region: ‘X, speaking from Nadi, Fiji, said’)
        if k - 3 >= lo and toks[k].text == "," and toks[k - 1].text.rstrip(".") in SET_OFF_CREDENTIALS \
                and toks[k - 2].text == "," and is_name_token(toks[k - 3]):
            k -= 2  # a credential set off after the name is no name: ‘specialist Miriam Okafor, MD, of
            # Lakeside General Hospital, called’ (the aside holds it)
        while (k2 := _place_and_region_back(toks, k, lo)) is not None:  # a place and its state inside the aside:
            k = k2  # ‘X, speaking at a forum in Herndon, Virginia, on Oct. 17, said’, ‘X, who travelled from
            # Springfield, Massachusetts, for …’, ‘X, speaking in Templemore, Co Tipperary, on Friday, said’
        if k > lo and toks[k].text == ",":
            # a second aside before the first ("X, the attorney general, one of the states suing, said")
            # (not when the first aside is a name: "the nominee, Mitt Romney, called" names him)
            inner = toks[k + 1: j]
            place = bool(inner) and inner[0].word == "where" and (b := _name_run_back(toks, k - 1)) > lo \
                and toks[b - 1].word in WHERE_PLACE_PREPOSITIONS  # (a place's clause after a place: the name is the place's)
            if is_name_token(toks[k - 1]) and not place and (r := _relative_object_opening(toks, k - 1, lo)) is not None:
                return r  # (a name that ends a "whose" clause is its object: ‘Ann Roe, whose son attends
                # Elm Primary, one of the schools added, said’ is Roe's, never the school's), w112b
            if (not is_name_token(toks[k - 1]) or place) and toks[k - 1].text != ")" \
                    and not (inner and len(inner) <= 5 and all(is_name_token(x) or x.word in HONORIFICS for x in inner)):
                k2 = k - 1
                while k2 > lo and toks[k2].text not in ",;:" and k - k2 < 25:
                    k2 -= 1
                if place and is_name_token(toks[k - 1]) and k2 > lo and not (
                        toks[k2 + 1].word.endswith("ing") or toks[k2 + 1].word in WHERE_PLACE_PREPOSITIONS):
                    return k - 1  # (a place in no aside of its own: ‘After meeting X, residents in Barnsley, where …, said’)
                if k2 > lo and toks[k2].text == "," and (is_name_token(toks[k2 - 1]) or place):
                    return k2 - 1  # (‘Rennie, speaking by video from Christchurch, where it was not yet
                    # dawn, said’ is Rennie's, never the city's)
            return k - 1
    return j


#: Prepositions of where, before a place that ends a phrase opening the sentence (‘Reached by
#: telephone inside Serrat,’, ‘Speaking in Kabul,’).
FRONTED_PLACE_PREPOSITIONS = wordset("in inside outside near from at")


def _described_after_fronted_place(toks: list[Token], k2: int, aside_end: int, lo: int, text: str) -> Mention | None:
    """The one described after a place that ends a phrase opening the sentence, a participle's or
    a preposition's with no comma inside it: ‘Reached by telephone inside Serrat, a doctor at the
    hospital, who asked not to be named, said’ is the doctor (the place is no name the description
    sets off); never ‘Ana Serrat, a doctor at the hospital, said’.

    >>> t = "Speaking in Serrat, a doctor at the hospital, said"
    >>> toks = tokenize(t); _described_after_fronted_place(toks, 2, len(toks) - 2, 0, t).text
    'a doctor at the hospital'
    >>> t = "Ana Serrat, a doctor at the hospital, said"
    >>> toks = tokenize(t); _described_after_fronted_place(toks, 1, len(toks) - 2, 0, t) is None
    True
    """
    if k2 + 3 >= aside_end or toks[k2 + 1].text != "," or toks[k2 + 2].word not in ("a", "an") or not is_name_token(toks[k2]):
        return None
    p = _name_run_back(toks, k2) - 1
    if p - 1 < lo or toks[p].word not in FRONTED_PLACE_PREPOSITIONS or not toks[p].text.islower():
        return None
    s = p - 1
    while s - 1 >= lo and toks[s - 1].text not in ".;:!?“”\"—" and s > p - 6:
        s -= 1
    if s - 1 >= lo and toks[s - 1].text not in ".;:!?“”\"—":
        return None
    opener = toks[s]
    if not (opener.capitalized and opener.text.isalpha() and opener.word.endswith(("ed", "ing")) and opener.word not in ROLE_NOUNS) \
            or any(not x.text.isalpha() for x in toks[s:p]):
        return None
    e = next((e for e in range(k2 + 3, aside_end + 1) if toks[e].text == ","), aside_end)
    if description_head(toks[e - 1].text) is None and not any(x.word in DESCRIPTION_NOUNS for x in toks[k2 + 3:e]):
        return None
    return _description(toks, k2 + 2, e - 1, text)

#: Words that take one or some of a group (‘one of the victims’, ‘several of the workers’).
PARTITIVES = wordset("one two three some several many most each either neither none")
