"""Where a mention read back from a cue verb opens or stops: a charge's described one, a keeper
after a participle and "by", a place's words written alone before a full name, a body under the
Irish article, a long span of time after a subject's name, a holder of an unnamed acronym's or a
named kind's body, a body's last word glued to its name and an office word standing alone.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import KEPT_BY_PARTICIPLES, LazyPattern, wordset
from quotesearch.place_words import ONE_WORD_PLACES
from quotesearch.role_words import DESCRIPTION_NOUNS, OFFICE_RANK_WORDS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES
from quotesearch.names import split_title
from quotesearch.name_parts import PARTICLES, gender_of, is_organisation, written_surname_first
from quotesearch.body_words import OFFICE_BODY_WORDS, ORG_WORDS
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive, word_positions
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import DETERMINERS, Mention, PREPOSITIONS, _description
from quotesearch.mention_asides import OTHER_PREPOSITIONS
from quotesearch.backward_descriptions import CLAUSE_OPENERS_AFTER_CHARGE, _description_back, _passive_speech_participle


#: Spans of time that "last" or "this" makes a phrase of between a speaker and the cue ("Ruiz last year
#: said", "the auditor this month called it"; "last week" is :data:`TIME_WORDS`' already).
#:
#: >>> "year" in LONG_TIME_NOUNS, "time" in LONG_TIME_NOUNS
#: (True, False)
LONG_TIME_NOUNS = wordset("year month spring summer autumn fall winter")


def _charged_one_opens(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[lo..k]`` is one described by a charge, its article, its noun of people and the charge's
    participle first (:func:`_passive_speech_participle`), then words alone, no clause of another's
    (:data:`CLAUSE_OPENERS_AFTER_CHARGE`): ‘A man accused of killing a stranger outside a Hull takeaway’.

    >>> t = tokenize("A man accused of killing a stranger outside a Hull takeaway has")
    >>> _charged_one_opens(t, len(t) - 2, 0), _charged_one_opens(tokenize("A man accused of theft after she"), 6, 0)
    (True, False)
    """
    return 3 <= k - lo <= 14 and toks[lo].word in ("a", "an", "the", "one") and toks[lo + 1].word in DESCRIPTION_NOUNS \
        and _passive_speech_participle(toks, lo + 2, lo) \
        and all(x.text.replace("-", "").isalpha() and x.word not in CLAUSE_OPENERS_AFTER_CHARGE for x in toks[lo + 2:k + 1])



def place_written_alone_before(text: str, name: Sequence[str], at: int) -> int:
    """How many words (one or two) of a place's, a state's or a chamber's name, glued before a full
    name after an office, the article writes elsewhere on their own, never followed by the name's next
    word: ‘Additional Advocate General Punjab Waseem Abbas Naqvi’ beside ‘the Punjab government’,
    ‘leader in the Lok Sabha Sudhakar Reddy Gangula’ beside ‘The Lok Sabha witnessed’ (w60a). No word
    cut is a given name the lists know, nor a particle; what stays is three words, or two opening with
    a known given name; never a name written surname first (‘Park Ji-won’ beside ‘Park said’).

    >>> t = "Punjab wants polls. Advocate General Punjab Waseem Abbas Naqvi said"
    >>> place_written_alone_before(t, ("Punjab", "Waseem", "Abbas", "Naqvi"), 36)
    1
    >>> t = "The Lok Sabha met. Leader in the Lok Sabha Sudhakar Reddy Gangula said"
    >>> place_written_alone_before(t, ("Lok", "Sabha", "Sudhakar", "Reddy", "Gangula"), 33)
    2
    >>> t = "Jordan met Ann Lee. Jordan Ann Lee said"   # (a name of three, no place: stays whole)
    >>> place_written_alone_before(t, ("Jordan", "Ann", "Lee"), 20)
    0
    """
    if len(name) < 3 or written_surname_first(name):
        return 0
    for k in (1, 2):
        rest = name[k:]
        if len(rest) < 2 or (len(rest) == 2 and gender_of(rest[0]) is None) or any(
                gender_of(w) is not None or w.lower() in PARTICLES or not w[:1].isupper() or not w.isalpha()
                for w in name[:k]):
            continue
        words = " ".join(name[:k])
        nxt = " " + rest[0]
        if any(i != at and not text.startswith(nxt, i + len(words)) for i in word_positions(text, words)):
            return k
    return 0


def _kept_by_participle(toks: list[Token], j: int, lo: int) -> int | None:
    """Where a participle of keeping and "by" stand in the few plain words before the verb at ``toks[j]``,
    after a lower-case noun or a place's name: the keeper after "by" is no speaker, and the description
    ends before the participle (‘A cook at a care home run by a national chain said’).

    >>> toks = tokenize("A cook at a care home run by a national chain said"); _kept_by_participle(toks, 10, 0)
    6
    >>> toks = tokenize("A home was run by the chain, she said"); _kept_by_participle(toks, 9, 0) is None
    True
    """
    for b in range(j - 2, max(lo, j - 9) - 1, -1):
        x = toks[b]
        if not x.text.replace("’", "").replace("'", "").replace("-", "").isalpha():
            return None  # (punctuation between: a clause of its own)
        if x.word == "by" and b - 2 >= lo and toks[b - 1].word in KEPT_BY_PARTICIPLES and toks[b - 1].text.islower() \
                and toks[b - 2].text.isalpha() and toks[b - 2].word not in AUXILIARIES \
                and toks[b - 2].word not in ("be", "been", "being", "is", "was", "are", "were", "and", "or"):
            return b - 1
    return None


#: The Irish article that opens a body's name, capitalised inside a sentence where English would write
#: "an" (‘An Garda Síochána’, ‘An Post’, ‘An Bord Pleanála’) (w62a).
#:
#: >>> "An" in IRISH_NAME_ARTICLES, "an" in IRISH_NAME_ARTICLES
#: (True, False)
IRISH_NAME_ARTICLES = frozenset(("An",))

#: A romanised East Asian given name of two syllables joined by a hyphen (‘Jae-hyun’, ‘Se-young’): after
#: "An" it is the Korean surname's given name, never an Irish body's word.
#:
#: >>> bool(RE_SYLLABLE_PAIR.fullmatch("Jae-hyun")), bool(RE_SYLLABLE_PAIR.fullmatch("Garda")), bool(RE_SYLLABLE_PAIR.fullmatch("Post-Brexit"))
#: (True, False, False)
RE_SYLLABLE_PAIR = LazyPattern(r"\p{Lu}\p{Ll}+-\p{Ll}+")


def _irish_article_name(toks: list[Token], k: int, lo: int, text: str) -> Mention | None:
    """The body whose name opens with the Irish article and ends at ``toks[k]``, whole, when the article
    stands inside a sentence after a word in lower case or a comma (‘a spokesman for An Garda Síochána’, ‘,
    An Post said’): never the English article at a sentence's start (‘An Garda Síochána spokesman said’ is
    read there by its words) nor a title-case headline's (‘Police Tell An Aide’).

    >>> t = "A spokesman for An Garda Síochána said"
    >>> toks = tokenize(t); _irish_article_name(toks, len(toks) - 2, 0, t).text
    'A spokesman for An Garda Síochána'
    >>> t = "In a statement, An Post said"
    >>> toks = tokenize(t); _irish_article_name(toks, len(toks) - 2, 0, t).text
    'An Post'
    >>> t = "Police Tell An Aide said"
    >>> toks = tokenize(t); _irish_article_name(toks, len(toks) - 2, 0, t) is None
    True
    """
    if not (is_name_token(toks[k]) and toks[k].capitalized) or is_possessive(toks[k]):
        return None
    r = _name_run_back(toks, k)
    if r - 2 < lo or toks[r - 1].text not in IRISH_NAME_ARTICLES \
            or not (toks[r - 2].text == "," or (toks[r - 2].text.isalpha() and toks[r - 2].text.islower())):
        return None
    if RE_SYLLABLE_PAIR.fullmatch(toks[r].text):
        return None  # (a Korean surname before a romanised given name: ‘coach An Jae-hyun told reporters’)
    title, name = split_title([x.text for x in toks[r:k + 1]])
    if title and len(name) > 1:
        return None  # a titled person after the body or the office: ‘An Taoiseach Micheál Martin said’, ‘An Garda
        # Síochána Commissioner Drew Harris said’ (review rv62a)
    if (d := _description_back(toks, k, lo)) is not None and d < r - 1:
        return _description(toks, d, k, text)  # (inside a description, as "the" is: ‘a spokesman for An Post’)
    s_, e_ = toks[r - 1].start, toks[k].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[r - 1:k + 1]), "organisation")


def _long_time_after_name(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[k - 1..k]`` is "last" or "this" and a long span of time (:data:`LONG_TIME_NOUNS`) right after a
    name that is the subject, between it and its verb (‘Ruiz this month called it “…”’); never after a name
    that is a place or an object, a preposition's or a determiner's (‘marched down the Strip last month’).

    >>> _long_time_after_name(tokenize("Ruiz this month"), 2, 0), _long_time_after_name(tokenize("down the Strip last month"), 4, 0)
    (True, False)
    """
    return k - 2 >= lo and toks[k].word in LONG_TIME_NOUNS and toks[k].text.islower() and toks[k - 1].word in ("last", "this") \
        and toks[k - 1].text.islower() and is_name_token(toks[k - 2]) and toks[k - 2].capitalized \
        and ((r := _name_run_back(toks, k - 2)) == lo or (toks[r - 1].word not in PREPOSITIONS
                                                         and toks[r - 1].word not in OTHER_PREPOSITIONS
                                                         and toks[r - 1].word not in DETERMINERS))

def _long_time_after_describer(toks: list[Token], k: int, lo: int) -> bool:
    """``toks[k - 1..k]`` is "last" or "this" and a long span of time right after a description of a
    group or a person in lower case (:data:`DESCRIPTION_NOUNS`: ‘which the prize jury last year described
    as “…”’, w100d), the subject between it and its verb as :func:`_long_time_after_name` reads a name;
    never after a preposition's object (‘on the panel last year’).

    >>> _long_time_after_describer(tokenize("which the Arden Prize jury last year"), 6, 0)
    True
    >>> _long_time_after_describer(tokenize("sat on the jury last year"), 5, 0)
    False
    """
    if not (k - 3 >= lo and toks[k].word in LONG_TIME_NOUNS and toks[k].text.islower() and toks[k - 1].word in ("last", "this")
            and toks[k - 1].text.islower() and toks[k - 2].text.islower() and toks[k - 2].word in DESCRIPTION_NOUNS):
        return False
    d = k - 3
    while d > lo and d > k - 6 and toks[d].capitalized and is_name_token(toks[d]):
        d -= 1  # (the body's name before its noun: ‘the Arden Prize jury’)
    return toks[d].word in ("the", "its", "their") and (d == lo or (toks[d - 1].word not in PREPOSITIONS
                                                                  and toks[d - 1].word not in OTHER_PREPOSITIONS))


#: Words that make a body's letters after them a common noun, one of a kind (‘one large NGO’, ‘an NGO’).
#:
#: >>> "another" in INDEFINITE_LEADS, "the" in INDEFINITE_LEADS
#: (True, False)
INDEFINITE_LEADS = frozenset("a an one another".split())


def _holder_of_unnamed_acronym(toks: list[Token], i: int, k: int, lo: int) -> int | None:
    """Where the description of one who holds a place in an unnamed body opens, when the body is its
    letters alone at ``toks[i..k]`` used as a common noun (an indefinite word and lower-case words
    before them, then "of") and a description of a person opens the clause before "of": ‘The head of
    one large international NGO, who …, said’ is the head, never "NGO" (w66g); None otherwise.

    >>> toks = tokenize("The head of one large international NGO said")
    >>> _holder_of_unnamed_acronym(toks, 6, 6, 0)
    0
    >>> _holder_of_unnamed_acronym(tokenize("A staff member at the NGO said"), 5, 5, 0) is None
    True
    >>> _holder_of_unnamed_acronym(tokenize("A coalition of 12 NGOs said"), 4, 4, 0)
    0
    """
    letters = toks[i].text[:-1] if toks[i].text.endswith("s") else toks[i].text
    if i != k or not (letters.isupper() and len(letters) >= 2 and letters.isalpha()):
        return None
    a = i - 1
    while a >= lo and a > i - 5 and toks[a].text.islower() and toks[a].text.isalpha() and toks[a].word not in INDEFINITE_LEADS:
        a -= 1
    if a - 2 < lo or not ((toks[a].word in INDEFINITE_LEADS and toks[a].text.islower()) or (toks[a].text.isdigit() and letters != toks[i].text)) \
            or toks[a - 1].word != "of":  # (or a number of them: ‘a group of 14 NGOs’)
        return None
    d = next((d for d in range(a - 2, max(lo - 1, a - 7), -1) if toks[d].word in ("a", "an", "the", "one")), None)
    if d is None or not (d == lo or toks[d - 1].text in ",;:—" or toks[d - 1].word in ("and", "but", "as", "while")):
        return None
    if not any(x.word in DESCRIPTION_NOUNS and x.text.islower() for x in toks[d + 1:a - 1]):
        return None
    return d


def _body_word_glued(toks: list[Token], office: Mention) -> bool:
    """Whether the body's last word before the holder's name found after an office "of the" body reads as
    part of that name (split_title keeps it: ‘Chancellor of the Duchy of Lancaster Pat McFadden’, ‘Professor
    of the History of Art Helen Pryce’, ‘… of Nigeria Olayemi Cardoso’): the name the article's cast holds is
    then the glued one, so the office's holder is left unread (guard, review rv62b).

    >>> t = "Governor of the Duchy of Lancaster Pat McFadden said"; toks = tokenize(t)
    >>> _body_word_glued(toks, Mention(toks[6].start, toks[7].end, "Pat McFadden", "name", None))
    True
    >>> t = "Governor of the Bank of England Andrew Bailey said"; toks = tokenize(t)
    >>> _body_word_glued(toks, Mention(toks[6].start, toks[7].end, "Andrew Bailey", "name", None))
    False
    >>> t = "President of the Republic of Korea Lee Jae-myung said"; toks = tokenize(t)
    >>> _body_word_glued(toks, Mention(toks[6].start, toks[7].end, "Lee Jae-myung", "name", None))
    False
    """
    a = next((n for n, x in enumerate(toks) if x.start == office.start), None)
    if a is None or a == 0:
        return False
    s = a
    while s - 1 >= 0 and toks[s - 1].capitalized:
        s -= 1  # (the body's capitalised words back to its last "of": ‘Modern Art’ of ‘Museum of Modern Art’)
    words = office.text.split()
    if s == a - 1 and toks[s].word in ONE_WORD_PLACES and gender_of(words[0]) is not None:
        return False  # (a place the lists know before a given name they know: the cast parts them, ‘… of Kuwait Fahad
        # Nasser Al Mutairi’)
    if s == a - 1 and len(words) > 1 and written_surname_first(words):
        return False  # (one place's word before a name written surname first: the cast parts them too, ‘President
        # of the Republic of Korea Lee Jae-myung’, w65f)
    return list(split_title([x.text for x in toks[s:a]] + words)[1]) != words


def _office_alone(toks: list[Token], person: tuple) -> bool:
    """Whether a person read before "of" a body is a capitalised office word, with the words that rank it,
    and no name (‘Undersecretary’ of ‘Undersecretary of the Ministry of Labour …’, ‘Deputy Governor’), never a
    name (‘Morgan’).

    >>> _office_alone(tokenize("Undersecretary of the Ministry"), (0, 0, None, ["Undersecretary"]))
    True
    >>> _office_alone(tokenize("Morgan of the Sierra Club"), (0, 0, None, ["Morgan"]))
    False
    >>> _office_alone(tokenize("Deputy Governor of the Bank"), (0, 1, "Deputy", ["Governor"]))
    True
    """
    pi, pk, _, pname = person
    return len(pname) == 1 and all(x.capitalized and (x.word in ROLE_NOUNS or x.word in OFFICE_RANK_WORDS)
                                   for x in toks[pi:pk + 1])


#: Words of place or size that may stand between "a" and a name of a kind (‘a northern Manitoba First
#: Nation’, ‘a small Ontario township’).
#:
#: >>> "northern" in KIND_NAME_ADJECTIVES, "the" in KIND_NAME_ADJECTIVES
#: (True, False)
KIND_NAME_ADJECTIVES = wordset("""
northern southern eastern western northeastern northwestern southeastern southwestern central remote rural
small tiny large big local nearby neighbouring neighboring coastal isolated
""")


def _holder_of_a_named_kind(toks: list[Token], i: int, lo: int) -> int | None:
    """Where "the" opens an office held "of a" body or place whose name starts at ``toks[i]`` (‘The chief
    of a northern Manitoba First Nation’, ‘the mayor of a small Ontario town’): "a" makes the name one of
    a kind, never the speaker; the office's holder speaks. None unless that shape."""
    a = i - 1
    while a >= lo and i - a <= 2 and toks[a].word in KIND_NAME_ADJECTIVES and toks[a].text.islower():
        a -= 1
    if a - 3 < lo or toks[a].word not in ("a", "an") or not toks[a].text.islower() or toks[a - 1].word != "of" \
            or toks[a - 2].word not in ROLE_NOUNS or toks[a - 3].word not in ("the", "a", "an"):
        return None
    return a - 3


#: The word a legislature's chamber ends with (‘the National Assembly’, ‘the Lok Sabha’, ‘the Senate’),
#: after which a full name no list holds may start (:func:`_past_chamber_end`, w89b).
#:
#: >>> "assembly" in CHAMBER_ENDS, "committee" in CHAMBER_ENDS
#: (True, False)
CHAMBER_ENDS = wordset("assembly senate parliament sabha congress commons lords duma knesset majlis senedd dáil dail "
                       "seanad legislature bundestag storting sejm")


def _past_chamber_end(words: tuple[str, ...]) -> int | None:
    """Where a person's name starts in a run of capitalised words that opens with a chamber (‘National Assembly
    Raja Imtiaz Ahmed’): right after the chamber's last word, two to four words of a name left that are no
    body's (never ‘Senate Finance Committee’, nor ‘Assembly Rules Committee’) (w89b).

    >>> _past_chamber_end(("National", "Assembly", "Raja", "Imtiaz", "Ahmed"))
    2
    >>> _past_chamber_end(("Senate", "Finance", "Committee")), _past_chamber_end(("National", "Assembly", "Ahmed"))
    (None, None)
    """
    e = next((e for e in range(len(words) - 2, 0, -1) if words[e - 1].lower() in CHAMBER_ENDS), None)
    if e is None or not 2 <= len(words) - e <= 4:
        return None
    rest = words[e:]
    if any(w.lower() in CHAMBER_ENDS or w.lower() in ORG_WORDS or w.lower() in OFFICE_BODY_WORDS for w in rest) \
            or is_organisation(list(rest)):
        return None
    return e
