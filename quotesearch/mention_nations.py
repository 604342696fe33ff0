"""Nations and states in a mention: an envoy's remit and the name after it, a nation's own outlet
read forward or back, the word "state" as an adjective, an office's noun or a nation, a service
before a body or a rank, a place named for a saint, a country's possessive before a name and a
government's level before a title.
"""

from __future__ import annotations

from typing import Sequence

from quotesearch.lexicon import POSTED_ENVOY_TITLES, SERVICE_BODY_NOUNS, wordset
from quotesearch.time_words import NUMBER_NAMES
from quotesearch.place_words import DEMONYMS, RE_DEMONYM_SHAPE
from quotesearch.name_words import HONORIFICS
from quotesearch.body_words import (
    ORG_WORDS, OUTLET_KIND_NOUNS, STATE_BODY_NOUNS, STATE_OUTLET_HEADS, STATE_OUTLET_OWNERS,
)
from quotesearch.role_words import ROLE_NOUNS, SERVICE_VERB_NOUNS, TITLE_LEVEL_WORDS
from quotesearch.speech_words import AUXILIARIES, PRONOUNS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.tokens import tokenize  # noqa: F401 (the doctests use it)
from quotesearch.mention_words import DETERMINERS, Mention, PREPOSITIONS, _description, _place_words
from quotesearch.mention_offices import RE_REMIT_RUN, RE_TITLE_BEFORE_REMIT


#: Where or how something was said, after its speaker ("said the company in a statement", "said
#: the ministry on Twitter", "said the coach at a news conference"): never part of the speaker.
SETTING_PREPOSITIONS = wordset("in on at during via through")

#: Prepositions a place follows (‘in Templemore’, ‘from Nadi’).
PLACE_PREPOSITIONS = frozenset("in at from near outside of".split())


def _place_owner_count(seg: list[Token]) -> int:
    """How many tokens of ``seg`` are a country's or a world body's possessive before a name (‘South
    Korea’s’ in ‘South Korea’s Daesan Electronics’: 2), 0 when none (never a firm's own ’s:
    ‘McDonald’s Corp.’).

    >>> _place_owner_count(tokenize("South Korea’s Daesan Electronics")), _place_owner_count(tokenize("McDonald’s Corp."))
    (2, 0)
    """
    p = next((p for p in range(min(2, len(seg) - 1)) if is_possessive(seg[p])), None)
    if p is None or not is_name_token(seg[p + 1]):
        return 0
    owner = [x.text for x in seg[:p]] + [seg[p].text[:-2] if seg[p].text.endswith(("’s", "'s")) else seg[p].text[:-1]]
    return p + 1 if _place_words(owner) == len(owner) else 0


def _remit_name(words: Sequence[str]) -> bool:
    """``words`` (after the place) are a person's name: two to four capitalised words, none a function word
    or a role ("Yerlan Abenov", "Cheryl Ho Wai-ling"; never "Embassy", "Foreign Minister Ana Ruiz")."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS and w.lower() not in ROLE_NOUNS
                                        and w.lower() not in ORG_WORDS and not w.endswith(".") for w in words)


def _unlisted_post_words(words: Sequence[str], title: str, posted: bool) -> int:
    """How many of ``words``, after an envoy's own title (``title``: ‘Ambassador’, ‘Envoy’) and its "to"
    (``posted``), are a place no list holds before a name of two or three words, none of the place a
    known given name: up to the first given name the lists know, else all but the last two words
    (‘Ambassador to Numeria Zhou Mingyuan’); 0 for any other title or remit (w66e; after the cue, w66h).

    >>> _unlisted_post_words(["Numeria", "Zhou", "Mingyuan"], "Ambassador", True)
    1
    >>> _unlisted_post_words(["Numeria", "Zhou", "Mingyuan"], "Minister", True), _unlisted_post_words(["Numeria", "Zhou", "Mingyuan"], "Envoy", False)
    (0, 0)
    """
    if title.lower() not in POSTED_ENVOY_TITLES or not posted or len(words) not in (3, 4) or gender_of(words[0]) is not None:
        return 0
    return next((i for i in range(1, len(words) - 1) if gender_of(words[i]) is not None), len(words) - 2)


def _name_after_envoy_remit(m: Mention, text: str) -> Mention | None:
    """The name after an envoy's capitalised title and its remit, a country or a world body, read after
    the cue: ‘said Kazakh Ambassador to China Yerlan Abenov’ is Yerlan Abenov (the title and the place
    are the role), as ‘said Ambassador Yerlan Abenov’ is; never a remit that is no place (‘Special
    Envoy for Climate Change Ana Ruiz’ stays as it was).

    >>> t = "said Kazakh Ambassador to China Yerlan Abenov on Friday."
    >>> m = _name_after_envoy_remit(Mention(5, 22, "Kazakh Ambassador", "name"), t); (m.text, m.role)
    ('Yerlan Abenov', 'Kazakh Ambassador to China')
    """
    if m.kind not in ("name", "description") or m.text.split()[-1].lower() not in ROLE_NOUNS \
            or not m.text.split()[-1][:1].isupper() or (run := RE_REMIT_RUN.match(text, m.end)) is None:
        return None
    words = run.group(1).split()
    listed = _place_words(words)
    k = listed or _unlisted_post_words(words, m.text.split()[-1], text.startswith(" to ", m.end))
    if not k or not _remit_name(words[k:]):
        return None
    if not listed and len(words) - k == 3 and gender_of(words[k + 1]) is not None:
        return None  # (an unlisted place whose last word may be a given name before a name of two: ‘said Ambassador
        # to San Teodoro Leo Brandt’ is no "Teodoro Leo Brandt"; review rv66j)
    start = run.end() - len(" ".join(words[k:]))
    return Mention(start, run.end(), text[start:run.end()], "name", text[m.start:start - 1])


def _envoy_place_dropped(m: Mention, text: str) -> Mention | None:
    """A name read back from the cue that opens with the envoy's remit, without it: ‘Kazakh Ambassador to
    China Yerlan Abenov said’ is Yerlan Abenov, never "China Yerlan Abenov".

    >>> t = "Ambassador to China Yerlan Abenov said"
    >>> _envoy_place_dropped(Mention(14, 33, "China Yerlan Abenov", "name"), t).text
    'Yerlan Abenov'
    >>> t = "Ambassador to Numeria Zhou Mingyuan said"
    >>> _envoy_place_dropped(Mention(14, 35, "Numeria Zhou Mingyuan", "name"), t).text
    'Zhou Mingyuan'
    """
    words = m.text.split()
    k = _place_words(words)
    title = RE_TITLE_BEFORE_REMIT.search(text, max(0, m.start - 40), m.start)
    if not k and m.kind == "name" and title is not None:
        k = _unlisted_post_words(words, title.group(1), text.endswith(" to ", 0, m.start))
    if m.kind != "name" or not k or not _remit_name(words[k:]) or title is None \
            or title.group(1).lower() not in ROLE_NOUNS:
        return None
    start = m.end - len(" ".join(words[k:]))
    if text[start:m.end] != " ".join(words[k:]):
        return None
    return Mention(start, m.end, text[start:m.end], "name", m.role)


#: The saint's word that opens a hospital's, a school's or a church's name in the possessive (‘St.
#: Brendan’s’, ‘St Vincent’s’, ‘Saint Luke’s’).
SAINT_WORDS = frozenset("st st. saint".split())


def _saints_place(toks: list[Token], k: int, text: str) -> Mention | None:
    """A place named for a saint in the possessive, right before the cue at ``k + 1``, as the body that
    speaks: ‘In a statement, St. Brendan’s said’, ‘St Vincent’s said it was “deeply sorry”’ (a body,
    never the saint; nothing capitalised before the saint's word: ‘Our Lady of …’ is another name).

    >>> t = "In a statement, St. Brendan’s said"
    >>> toks = tokenize(t); _saints_place(toks, len(toks) - 2, t).text
    'St. Brendan’s'
    """
    saint, owner = toks[k - 1], toks[k]
    if k >= 2 and (toks[k - 2].word in PREPOSITIONS or toks[k - 2].word in PLACE_PREPOSITIONS):
        return None  # (one of the place, or at it, speaks: ‘Dr Mary Byrne of St Vincent’s said’, ‘a nurse
        # outside St Mary’s said’)
    if saint.word not in SAINT_WORDS or not saint.capitalized or not owner.capitalized or not is_possessive(owner) \
            or (k >= 2 and toks[k - 2].capitalized and toks[k - 2].start > 0 and text[toks[k - 2].start - 1] not in "\n"
                and toks[k - 2].word not in ("in", "on", "at", "but", "and", "the")):
        return None
    return Mention(saint.start, owner.end, text[saint.start:owner.end], "organisation")

def _outlet_named_after_nation(toks: list[Token], j: int, text: str) -> Mention | None:
    """The outlet's name after its nation's adjective and its kind, read forward from ``j``: ‘the
    state-run Russian daily Kommersant published’, ‘the Norvanian newspaper Dnevnik said’ is the
    paper by its name (never "the Russian", the adjective taken for the speaker).

    >>> t = "the state-run Varenian daily Narodny Vestnik published"
    >>> _outlet_named_after_nation(tokenize(t), 0, t).text
    'Narodny Vestnik'
    >>> _outlet_named_after_nation(tokenize("the Russian daily newspaper said"), 0, "") is None
    True
    """
    i = j + (j < len(toks) and toks[j].word == "the")
    i += i < len(toks) and toks[i].word in STATE_OUTLET_OWNERS and toks[i].text.islower()
    if i + 2 >= len(toks) or not toks[i].capitalized or not (toks[i].word in DEMONYMS or RE_DEMONYM_SHAPE.match(toks[i].text)) \
            or toks[i + 1].word not in OUTLET_KIND_NOUNS or not toks[i + 1].text.islower():
        return None
    e = i + 2
    while e < len(toks) and is_name_token(toks[e]) and not is_possessive(toks[e]) and e < i + 6:
        e += 1
    if e == i + 2:
        return None
    s_, e_ = toks[i + 2].start, toks[e - 1].end
    return Mention(s_, e_, text[s_:e_] if text else " ".join(x.text for x in toks[i + 2:e]), "organisation")


#: Words that may follow a nation's outlet read forward, its phrase ended there (‘said Iranian state
#: television on Sunday’, ‘Iranian state television said’; never ‘Iranian state television presenter X’).
STATE_OUTLET_FOLLOWERS = SETTING_PREPOSITIONS | wordset("said says reported reports added which that late early")


def _state_outlet_after(toks: list[Token], j: int, text: str) -> Mention | None:
    """A nation's own outlet (:func:`_state_outlet_before`) opening at ``toks[j]``, its phrase ended by
    the text's end, a mark or one of the :data:`STATE_OUTLET_FOLLOWERS` (‘said Iranian state television
    on Sunday’; never ‘Iranian state television presenter X’).

    >>> t = "said Varenian state television on Sunday"
    >>> _state_outlet_after(tokenize(t), 1, t).text, _state_outlet_after(tokenize("said Varenian state television presenter Ana"), 1, "")
    ('Varenian state television', None)
    """
    for e in range(j + 1, min(len(toks), j + 4)):
        if _state_outlet_before(toks, e + 1, j) == j and (e + 1 == len(toks) or not toks[e + 1].text.isalpha()
                                                          or toks[e + 1].word in STATE_OUTLET_FOLLOWERS):
            return _description(toks, j, e, text)
    return None


def _state_outlet_before(toks: list[Token], j: int, lo: int = 0) -> int | None:
    """Where a nation's own outlet opens that ends just before the cue at ``j``: its nation's
    adjective, a word of ownership or both before a lower-case head (‘Iranian state television
    said’, ‘Kivonian state radio described’, ‘State media reported’, ‘the Varenian media said’),
    the whole of it the speaker (never the adjective alone); never a head with neither before it
    (‘social media said’) nor a name (‘Latvian Television said’).

    >>> toks = tokenize("Varenian state television said")
    >>> _state_outlet_before(toks, 3), _state_outlet_before(tokenize("Some social media said"), 3)
    (0, None)
    >>> _state_outlet_before(tokenize("the Iranian media said"), 3), _state_outlet_before(tokenize("Latvian Television said"), 2)
    (0, None)
    """
    k = j - 1
    if k < lo or toks[k].word not in STATE_OUTLET_HEADS or not (toks[k].text.islower() or toks[k].text == "TV"):
        return None
    a = k
    if a - 1 >= lo and toks[a - 1].word in STATE_OUTLET_OWNERS and toks[a - 1].text[1:].islower():
        a -= 1
    if a - 1 >= lo and (toks[a - 1].word in DEMONYMS or RE_DEMONYM_SHAPE.match(toks[a - 1].text)) and toks[a - 1].capitalized:
        a -= 1
    if a == k:
        return None
    if a - 1 >= lo and toks[a - 1].word == "the":
        a -= 1
    if a - 1 >= lo and (toks[a - 1].capitalized and toks[a - 1].word not in ("the", "but", "and") or is_possessive(toks[a - 1])):
        return None  # (never the end of a longer name or an owner's: ‘Radio Free Europe's Persian radio’)
    return a


def _state_before_role(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is the adjective "state" before a lower-case role ("the former state
    senator"), or roles ("a coalition of 14 state attorneys general"), never the verb."""
    return toks[k].word == "state" and toks[k].text.islower() and k + 1 < len(toks) and (toks[k + 1].word in ROLE_NOUNS or (
        toks[k + 1].word.endswith("s") and toks[k + 1].word[:-1] in ROLE_NOUNS and toks[k + 1].text.islower()
        and k > 0 and (toks[k - 1].text.isdigit() or toks[k - 1].word in NUMBER_NAMES or toks[k - 1].word in DETERMINERS)) or (
        # (roles after a count or a determiner only: ‘The rules state lawyers “must …”’ keeps its verb)
        # (or its possessive before a lower-case noun: ‘a senior official in the Sinaloa state prosecutor's office’)
        is_possessive(toks[k + 1]) and toks[k + 1].word[:-2] in ROLE_NOUNS and k + 2 < len(toks) and toks[k + 2].text.islower()))


def _state_before_body(toks: list[Token], k: int) -> bool:
    """The word at ``toks[k]`` is the adjective "state" after "the" or "a", before a body's noun in
    lower case (a word or two of its field between): ‘an official from the state irrigation
    department’, ‘a spokeswoman for the state health department’, ‘a lawyer for the state board’ —
    never the verb (‘the rules state the board must …’ has no determiner before it).

    >>> from quotesearch.tokens import tokenize
    >>> _state_before_body(tokenize("an official from the state irrigation department said"), 4)
    True
    >>> _state_before_body(tokenize("the rules state the board must act"), 2)
    False

    And "State" opening a body's capitalised name: ‘a senior official in the State Department for Fisheries’.

    >>> _state_before_body(tokenize("an official in the State Department for Fisheries said"), 4)
    True
    """
    if toks[k].text == "State" and k > 0 and toks[k - 1].word in ("the", "a") and k + 1 < len(toks) \
            and toks[k + 1].capitalized and toks[k - 1].text.islower():
        return True  # (never the verb, which no capital and "the" go before)
    if not (toks[k].text == "state" and k > 0 and toks[k - 1].word in ("the", "a")):
        return False
    for e in range(k + 1, min(len(toks), k + 4)):
        if not (toks[e].text.isalpha() and toks[e].text.islower()) or toks[e].word in FUNCTION_WORDS:
            return False
        if toks[e].word in STATE_BODY_NOUNS:
            return True
    return False


def _office_of_state(toks: list[Token], j: int, k: int) -> bool:
    """The word "state" at ``toks[k]`` ends an office's name after its role noun and "of", as the
    noun it is there and never the verb: ‘California's secretary of state, X,’, ‘Kenya's minister of
    state for health, Y,’ (but ‘the rules state that’, ‘the figures of the report state’).

    >>> from quotesearch.tokens import tokenize
    >>> _office_of_state(tokenize("Ohio’s secretary of state, Frank Rose,"), 0, 3)
    True
    >>> _office_of_state(tokenize("The report of the panel state that"), 0, 5)
    False
    """
    return toks[k].text == "state" and k - 2 >= j and toks[k - 1].text == "of" \
        and toks[k - 2].text.islower() and toks[k - 2].word in ROLE_NOUNS


def _nation_state(toks: list[Token], j: int, k: int) -> bool:
    """The word "state" at ``toks[k]`` is the noun of a nation that ends the object of a preposition
    inside a description begun at ``j``: ‘a senior diplomat from a coastal member state’, ‘a
    minister from a Gulf state’, ‘an official of one EU member state’ (the words between all
    lower-case or capitalised adjectives, no comma; never the verb: ‘the rules state’).

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("A diplomat from a coastal member state said")
    >>> _nation_state(toks, 0, 5), _nation_state(tokenize("The rules state that"), 0, 2)
    (True, False)
    """
    if not toks[k].text.islower():
        return False
    for p in range(k - 2, j, -1):
        if toks[p].word in ("from", "of", "in") and toks[p].text.islower():
            return toks[p + 1].word in ("a", "an", "one", "another", "each", "every", "the") and p + 1 < k - 1 \
                and all(x.text.isalpha() and x.word not in FUNCTION_WORDS for x in toks[p + 2:k])
        if not toks[p].text.isalpha():
            return False
    return False


def service_before_body(toks: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` names a service, in lower case before its body's noun
    (:data:`SERVICE_BODY_NOUNS`): ‘from the provincial fire brigade’, ‘the local fire department’ (a noun;
    never ‘they fire staff’, ‘to rescue crews’ after "to") (w66e).

    >>> t = tokenize("the provincial fire brigade said"); service_before_body(t, 2)
    True
    >>> t = tokenize("they will fire department heads"); service_before_body(t, 2)
    False
    """
    if not (0 < k and k + 1 < len(toks) and toks[k].text.islower() and toks[k].word in SERVICE_VERB_NOUNS
            and toks[k + 1].text.islower() and toks[k + 1].word in SERVICE_BODY_NOUNS):
        return False
    before = toks[k - 1]
    return before.text.isalpha() and not (before.word in AUXILIARIES or before.word in PRONOUNS or before.word == "to")


def service_before_rank(toks: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` names a service, between a lower-case place word and a rank or a
    capitalised title before a name: ‘county fire Capt. Rosa Diaz said’, ‘city fire Battalion Chief
    Marcus Reed said’, ‘rural fire Lt. Dana Kim’ (a noun; never ‘would fire Capt. X’, ‘they fire Chief X’).

    >>> t = tokenize("county fire Capt. Rosa Diaz said"); service_before_rank(t, 1)
    True
    >>> t = tokenize("would fire Capt. Rosa Diaz"); service_before_rank(t, 1)
    False
    """
    if not (0 < k and k + 2 < len(toks) and toks[k].text.islower() and toks[k].word in SERVICE_VERB_NOUNS):
        return False
    before = toks[k - 1]
    if not (before.text.isalpha() and before.text.islower()) or before.word in FUNCTION_WORDS \
            or before.word in AUXILIARIES or before.word in PRONOUNS or before.word.endswith("ed"):
        return False
    title = k + 1  # the rank, or a title's words up to its role noun: ‘Battalion Chief’
    while title < min(len(toks), k + 3) and toks[title].capitalized and toks[title].word not in HONORIFICS \
            and toks[title].word not in ROLE_NOUNS:
        title += 1
    return title + 1 < len(toks) and toks[title].capitalized and toks[k + 1].capitalized \
        and (toks[title].word in HONORIFICS or toks[title].word in ROLE_NOUNS) and is_name_token(toks[title + 1])


def _jurisdiction_title_at(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a government's level in lower case (:data:`~quotesearch.role_words.TITLE_LEVEL_WORDS`) before a capitalised
    title and a name (‘state Rep. Ana Ruiz’, ‘city Councilman Ed Tran’, ‘federal Judge Ida Voss’); never
    the word alone or before an ordinary word (‘state officials’, ‘city Hall’).

    >>> [_jurisdiction_title_at(tokenize(t), 0) for t in ("state Rep. Ana Ruiz", "county Commissioner Ida Voss", "state Capitol")]
    [True, True, False]
    """
    return i + 2 < len(toks) and toks[i].text in TITLE_LEVEL_WORDS and toks[i + 1].capitalized \
        and (toks[i + 1].word in HONORIFICS or toks[i + 1].word in ROLE_NOUNS) and is_name_token(toks[i + 2])
