"""Things named in marks rather than spoken: the name a maker or a body gives a thing, a made thing's
name (after a participle, not a judgement in title case), a system's name, the thing someone calls
by a name, a work's title read again, words inscribed or printed on a thing, words marked right
after, a word someone shuns, and names listed in marks (‘“Sari”, “Tiara” and “Mawar”’).
"""

from __future__ import annotations

import regex

from quotesearch.backward_cues import SIGN_NOUNS
from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.document_words import INSCRIBING_VERBS, INSCRIPTION_NOUNS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, LABELLING_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    BRISTLING_VERBS, DENIAL_WORDS, DISH_NOUNS, KEEPING_AWAY, MADE_THING_NOUNS, MENTIONING_VERBS, NAMED_THING_NOUNS,
    MOTTO_NOUNS, MOTTO_VOICING_VERBS, OWNED_TERM_WORDS, READING_VERBS, SHUNNING_VERBS, WORK_PART_NOUNS,
)
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.titles import CHARACTERISING_VERBS, RE_LIST_JOIN, RE_ONE_WORD_TITLE, is_title
from quotesearch.kind_terms import JUDGMENT_ENDINGS, JUDGMENT_WORDS
from quotesearch.nicknames import BODY_NOUNS, TERM_NAMING_NOUNS


def _scare_term_again(text: str, results: list) -> None:
    """A short term in marks with no speaker, that the writer set in marks as a term elsewhere in the
    article (‘Tolliver’s “economic anxiety” routine’ … ‘This is “economic anxiety” as a delivery
    mechanism’): the writer's term each time, no one's words (in lower case only: a work's title
    named again is left to the rules of titles). A headline's word in marks that the body then gives
    as a term is that term, whoever the headline's subject is (‘Police defend use of ‘kettling’’ /
    ‘… a tactic known as ‘kettling’’)."""
    terms = {text[sp.start:sp.end].rstrip(",.").lower() for sp, found, kind in results
             if kind == "scare" and sp.end - sp.start <= 40}
    if not terms:
        return
    body_terms = {text[sp.start:sp.end].rstrip(",.").lower() for sp, found, kind in results
                  if kind == "scare" and sp.end - sp.start <= 40 and sp.paragraph > 0}
    for i, (sp, found, kind) in enumerate(results):
        if (found is None or (sp.paragraph == 0 and text[sp.start:sp.end].rstrip(",.") in body_terms)) \
                and kind != "scare" and sp.end - sp.start <= 40 \
                and len(text[sp.start:sp.end].split()) <= OWNED_TERM_WORDS and text[sp.start:sp.end].islower() \
                and text[sp.start:sp.end].rstrip(",.") in terms:  # (a term in lower case: a title may be read as speech)
            results[i] = (sp, None, "scare")

#: Bodies that name what they make (‘a shade the company is calling “…”’), unlike a campaign's group.
NAMING_MAKERS = wordset("company firm maker brand startup start-up")


def _maker_named_thing(toks: list[Token], content: str, title_case: bool) -> bool:
    """A thing's name its maker gives: a noun of a thing (:data:`NAMED_THING_NOUNS`; for a name in title
    case, any lower-case noun) right before "it" or "the" and a body's noun, then "calls", "is calling"
    or "has called" (an auxiliary between): ‘a new score it calls “pace index”’, ‘a pale blue the company
    is calling “Glacier”’; never a judgment with no thing's noun (‘a decision it calls “unfair”’), nor a
    person's words (‘a problem she calls “…”’).

    >>> from quotesearch.tokens import tokenize
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


#: Participles of making that may follow a thing made before its maker's name for it (‘a stool cut from one
#: birch that she called “…”’), the regular ones ending in -ed (w71a).
#:
#: >>> "cut" in MADE_PARTICIPLES, "label" in MADE_PARTICIPLES
#: (True, False)
MADE_PARTICIPLES = frozenset("made built cut sewn woven thrown drawn spun knit written sung".split())


def _made_thing_named(toks: list[Token], content: str, title_case: bool) -> bool:
    """A maker's name of two words or more in title case for a thing made, after "he", "she" or "they" and
    "called", "calls" or "named", "that" or "which" before the pronoun: ‘the 1988 collection she called “Salt
    Marsh”’, ‘a lamp carved from driftwood that he called “Night Heron”’ (w71a); never a judgment of one word
    (‘a chair she called “Useless”’) nor a thing of no maker's kind (‘a plan she called “Total Nonsense”’).

    >>> from quotesearch.tokens import tokenize
    >>> _made_thing_named(tokenize("a lamp carved from driftwood that he called"), "Night Heron", True)
    True
    >>> _made_thing_named(tokenize("a plan that he called"), "Total Nonsense", True)
    False
    """
    c = len(toks) - 1
    if not title_case or len(content.split()) < 2 or c < 3 or toks[c].word not in ("called", "calls", "named") \
            or toks[c - 1].word not in ("he", "she", "they") or _judgment_in_title_case(content):
        return False
    s = c - 2 if toks[c - 2].word in ("that", "which") else c - 1
    return _made_thing_before(toks, s)


#: Words of degree that make a name in title case a judgment of the thing (‘a painting she called “The Best
#: Thing in the Room”’), with :data:`JUDGMENT_WORDS` but "and", "or", "but" and "so" (a song's ‘I Told You
#: So’) (rv71a).
JUDGMENT_DEGREE_WORDS = (JUDGMENT_WORDS - {"and", "or", "but", "so"}) | frozenset("best worst most least far".split())


def _judgment_in_title_case(content: str) -> bool:
    """A name in title case that reads as a judgment, not a maker's name: a word of degree, or an adjective of
    judgment at its end (‘a collection she called “Tired and Derivative”’, ‘a dress she called “Far Too
    Expensive”’) (rv71a).

    >>> _judgment_in_title_case("Tired and Derivative"), _judgment_in_title_case("The Best Thing in the Room")
    (True, True)
    >>> _judgment_in_title_case("Salt Marsh"), _judgment_in_title_case("Night Heron")
    (False, False)
    """
    words = [w.lower() for w in regex.findall(r"[\p{L}’'\-]+", content)]
    return bool(words) and (any(w in JUDGMENT_DEGREE_WORDS for w in words) or words[-1].endswith(JUDGMENT_ENDINGS))


def _made_thing_before(toks: list[Token], s: int) -> bool:
    """A thing made (:data:`MADE_THING_NOUNS`, in lower case) a few words before ``toks[s]``, after "a", "an",
    "the", "one" or a possessive within three words, with no comma, pronoun or name between.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("a lamp carved from driftwood that he called")
    >>> _made_thing_before(toks, 5), _made_thing_before(tokenize("a problem that he called"), 2)
    (True, False)
    >>> _made_thing_before(tokenize("a record label he called"), 3)
    False
    """
    for k in range(s - 1, max(-1, s - 9), -1):
        t = toks[k]
        if t.word in PRONOUNS or not t.text.replace("-", "").isalnum() or (t.capitalized and t.word not in NOT_NAMES):
            return False
        if t.word in MADE_THING_NOUNS and t.text.islower() and (k == s - 1 or toks[k + 1].word.endswith("ed")
                                                                or toks[k + 1].word in MADE_PARTICIPLES):
            return any(toks[j].word in ("a", "an", "the", "one", "her", "his", "their", "its") for j in range(max(0, k - 3), k))
    return False  # (the thing right before the pronoun, or told of as made: never ‘a record label he called “…”’)


#: Nouns of a system or a scheme whose name in title case may follow them in marks with no verb
#: between (:func:`_system_named_before`): ‘the train protection system “Rail Guard”’, ‘the app “Kora”’.
SYSTEM_NAME_NOUNS = wordset("""
system systems app apps application platform software website portal chatbot database hotline helpline
scheme programme program initiative
""")


#: First words of a quotation that make it the predicate of the noun before it, no name: ‘the grading
#: system “Is Rigged”’ (review rv85b).
PREDICATE_OPENERS = wordset("""
is was are were will would has have had can could cannot should must may might does did do works worked
remains remained needs needed doesn isn wasn won
""")


def _system_named_before(toks: list[Token], content: str, title_case: bool) -> bool:
    """A name in title case (one to four words) right after a system's or a scheme's noun
    (:data:`SYSTEM_NAME_NOUNS`) that "the", "a" or an owner and a few lower-case words lead: ‘not
    yet covered by the automatic train protection system “Rail Guard”’, ‘through its booking app
    “Kora”’; never one a verb of calling or saying puts between (‘the system he called “Broken”’,
    :func:`_called_thing`'s).

    >>> from quotesearch.tokens import tokenize
    >>> _system_named_before(tokenize("covered by the automatic train protection system"), "Rail Guard", True)
    True
    >>> _system_named_before(tokenize("the system is"), "Broken", True), _system_named_before(tokenize("the system"), "rigged", False)
    (False, False)
    """
    if not title_case or len(toks) < 2 or toks[-1].word not in SYSTEM_NAME_NOUNS or not toks[-1].text.islower() \
            or len(content.rstrip(",.").split()) > 4 or content.rstrip(",")[-1:] in "!?":
        return False
    for k in range(len(toks) - 2, max(-1, len(toks) - 7), -1):
        t = toks[k]
        if t.word in ("the", "a", "an", "its", "their", "our"):
            # (never the object of a verb of calling or saying, nor a predicate: ‘called the immigration
            # system “A Complete Shambles”’, ‘The grading system “Is Rigged,” she said’, review rv85b)
            return not (k > 0 and (toks[k - 1].word in CALL_VERBS or toks[k - 1].word in SPEECH_VERBS
                                   or toks[k - 1].word in CHARACTERISING_VERBS or toks[k - 1].word in LABELLING_VERBS
                                   or toks[k - 1].word == "as")) \
                and content.split()[0].lower().rstrip(",.") not in PREDICATE_OPENERS and not content.split()[0].lower().endswith("n't")
        if not (t.text.isalpha() or "-" in t.text) or not t.text.islower() or t.word in FUNCTION_WORDS \
                or t.word in SPEECH_VERBS or t.word in CALL_VERBS:
            return False
    return False


def _called_thing(toks: list[Token], title_case: bool) -> bool:
    """A name in title case after "called" that a thing's noun (:data:`NAMED_THING_NOUNS`) after "a",
    "an" or "the" heads a few words before, with no one between but a body (‘a feature the firm
    launched in May called “Kipaumbele,”’): the thing's name; never one a person called something
    (‘a tool he called “Useless”’, ‘an app Trump called “Dangerous”’).

    >>> from quotesearch.tokens import tokenize
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


def _inscribed_words(toks: list[Token]) -> bool:
    """Words marked on a surface, after a verb of marking and "the word" or "the slogan": an inscription,
    nobody's speech (‘has spray-painted the word “Home” across the gate’, ‘scrawled the words “…”’;
    never ‘used the word “premature”’).

    >>> from quotesearch.tokens import tokenize
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


def _motto_named(toks: list[Token]) -> bool:
    """The words before the marks end with "the slogan" (or "motto", "tag", "catchphrase", :data:`MOTTO_NOUNS`):
    a motto named as such, a brand's, a campaign's or a nickname, nobody's statement (‘a bus painted with
    the slogan “…”’, ‘whose adverts carry the slogan “…”’, ‘earned him the tag “…”’); never one voiced or
    used in the three words before "the" (:data:`MOTTO_VOICING_VERBS`, :data:`MENTIONING_VERBS`, a verb of
    speech, calling or describing: ‘crowds chanted the slogan “…”’, ‘she repeated the slogan’). Never "the
    word", "the term" or "the phrase", which one who likes, prefers or laughs at them may give as their
    own words (‘Joan Pryce never liked the phrase “managed decline”’).

    >>> from quotesearch.tokens import tokenize
    >>> _motto_named(tokenize("whose adverts carry the slogan")), _motto_named(tokenize("The kick earned him the tag"))
    (True, True)
    >>> _motto_named(tokenize("Protesters chanted the slogan")), _motto_named(tokenize("Tariq Almawi does not like the word"))
    (False, False)
    """
    if len(toks) < 3 or toks[-2].word != "the" or toks[-1].word not in MOTTO_NOUNS or not toks[-1].text.islower():
        return False
    return not any(t.word in MOTTO_VOICING_VERBS or t.word in SPEECH_VERBS or t.word in CALL_VERBS
                   or t.word in CHARACTERISING_VERBS or t.word in MENTIONING_VERBS
                   for t in toks[max(0, len(toks) - 5):-2])


#: After a closing mark, the next words of a list in marks (one at most) and a participle of marking
#: (‘“Dignity” and “Dreams” painted along its side’, ‘“Marching On” printed on the collar’).
#:
#: >>> bool(RE_MARKED_AFTER.match(" and “Dreams” painted along")), bool(RE_MARKED_AFTER.match(" printed on"))
#: (True, True)
#: >>> bool(RE_MARKED_AFTER.match(" and he painted"))
#: False
RE_MARKED_AFTER = LazyPattern(r"(?:,? (?:and|or) [“\"‘][^”\"’\n]{1,40}[”\"’])?,? (?:"
                                + "|".join(sorted(INSCRIBING_VERBS, key=len, reverse=True)) + r")\b")


def _words_marked_after(text: str, sp: Span, toks: list[Token]) -> bool:
    """"the words" (or "the word") right before the marks and a participle of marking right after them, or after
    the next words of their list: an inscription on a thing, no one's words (‘rolled out with the words
    “Dignity” and “Dreams” painted along its side’, ‘a hull with the word “Freedom” stencilled on it’);
    never words on a sign or a shirt someone carries or wears (‘wearing a T-shirt with the words “…”
    printed on it’ keeps them the wearer's, as :func:`read_on_sign` does)."""
    return sp.close_end is not None and len(toks) >= 2 and toks[-1].word in ("word", "words") and toks[-2].word == "the" \
        and RE_MARKED_AFTER.match(text, sp.close_end) is not None and not any(t.word in SIGN_NOUNS for t in toks[-10:]) \
        and not (len(toks) >= 3 and (toks[-3].word in SPEECH_VERBS or toks[-3].word in ("chanting", "chanted", "repeating",
                                                                                          "repeated", "reciting", "recited"))) \
        and not any(t.word in SIGN_NOUNS for t in tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 60))[:10])
    # (guard: a sign named after the marks, or a speaker chanting them: ‘chanting the words “…” painted on the
    # placard she carried’)


def _word_shunned(toks: list[Token]) -> bool:
    """The words before the marks end with "the word" (or "term", "label") after a verb of avoiding it or
    taking offence at it: the word is the one not said, or one others use, never the subject's speech
    (‘officials have avoided the word “devaluation”’, ‘farmers bristle at the word “subsidy.”’, ‘steered
    clear of the term “recession”’; never ‘used the word “painful”’, ‘said the word “betrayal”’).

    >>> from quotesearch.tokens import tokenize
    >>> _word_shunned(tokenize("Dairy farmers bristle at the word")), _word_shunned(tokenize("Officials avoided the term"))
    (True, True)
    >>> _word_shunned(tokenize("Treasury officials steered clear of the word")), _word_shunned(tokenize("Rao used the word"))
    (True, False)
    """
    if len(toks) < 3 or toks[-2].word != "the" or toks[-1].word not in TERM_NAMING_NOUNS:  # (never ‘winced at the
        # words “Your role is no longer required,”’: a sentence, someone's)
        return False
    verb = toks[-3]
    if verb.word in SHUNNING_VERBS:
        return True
    if len(toks) >= 4 and verb.word == "at" and toks[-4].word in BRISTLING_VERBS:
        return True
    return len(toks) >= 5 and verb.word in ("of", "from") and toks[-4].word in KEEPING_AWAY \
        and toks[-5].word in KEEPING_AWAY[toks[-4].word]


#: Words in marks that read as a name of a thing, a pet, a ship or a place in a list: one to three
#: capitalised words, letters only (an apostrophe or a hyphen inside), a list's comma at most; never a
#: sentence, a cry or a question (‘“Sari”’, ‘“Picker One”’, ‘“Lyin’ Ted”’; never ‘“Ada! Ada!”’).
#:
#: >>> [RE_LISTED_NAME.fullmatch(t) is not None for t in ("Sari", "Picker One,", "Lyin’ Ted", "Ada! Ada!", "We will")]
#: [True, True, True, False, False]
RE_LISTED_NAME = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2},?")

#: Words right before the first of a list of names that make them a cry or an answer someone gives, beside
#: the verbs of speech (:data:`SPEECH_VERBS`, which hold "chanted", "answered" and the like): cries and
#: choruses, "of" after them (‘cried “Marco” and “Rubio”’, ‘chants of “Bobby” and “Joe”’).
#:
#: >>> "roared" in NAME_LIST_VOICING_WORDS, "chanted" in NAME_LIST_VOICING_WORDS or "chanted" in SPEECH_VERBS
#: (True, True)
NAME_LIST_VOICING_WORDS = wordset("cry cries crying roar roared chorus chorused")


def _name_in_list(text: str, spans: list[Span], idx: int, content: str) -> bool:
    """Words in marks that read as a name (:data:`RE_LISTED_NAME`), joined by a list's comma, "and" or "or"
    alone to a neighbour in marks that reads as a name too: names of things listed, no one's words (‘The
    shortlist includes “Sari”, “Tiara” and “Mawar”’, ‘Her sister ships, “Vigilant” and “Stalwart”, are’);
    never names cried or answered, the list's first after a verb of speech, a chant or an answer
    (‘chanted “Marco” and “Rubio”’, ‘she said “Yes” and “No”’ stay someone's), nor names a calling or
    characterising verb gives a few words before (‘called the winner “Miss Piggy” and “Miss Housekeeping”’).

    >>> from quotesearch.quotes import find_spans
    >>> t = "The shortlist includes “Sari”, “Tiara” and “Mawar”, the zoo said."
    >>> s = find_spans(t)
    >>> [_name_in_list(t, s, i, t[x.start:x.end]) for i, x in enumerate(s)]
    [True, True, True]
    >>> t = "The crowd chanted “Marco” and “Rubio” as he spoke."
    >>> s = find_spans(t)
    >>> [_name_in_list(t, s, i, t[x.start:x.end]) for i, x in enumerate(s)]
    [False, False]
    """
    if RE_LISTED_NAME.fullmatch(content) is None:
        return False  # (the cheap gate first: nearly every quotation fails it)
    first = idx
    while first > 0 and _names_joined(text, spans[first - 1], spans[first]):
        first -= 1
    if first == idx and not (idx + 1 < len(spans) and _names_joined(text, spans[idx], spans[idx + 1])):
        return False
    lead = text[_sentence_start(text, spans[first].open_at):spans[first].open_at].strip()
    lead_toks = tokenize(lead)
    clause = lead_toks[max((i + 1 for i, t in enumerate(lead_toks) if t.text == ","), default=0):]
    if not lead or (lead.endswith(":") and any(t.word in SAID_WORD_NOUNS or t.word in SPEECH_VERBS for t in lead_toks)) \
            or any(t.word in SPEECH_VERBS or t.word in NAME_LIST_VOICING_WORDS for t in clause[-4:]) \
            or (clause and clause[-1].word == "as" and any(t.word in MOCKING_VERBS for t in lead_toks)):
        return False  # (words someone says, one by one, are theirs: opening the sentence (‘“Tough”, “Painful”,”
        # Kane said’), after a colon that brings in words (‘she offered two words: “Productive” and “Frank”’, never
        # ‘three names for the bridge: “Kingfisher”, …’), a few words after a verb of speech in their own clause
        # (‘Musk wrote only “Wow” and “Interesting”’, never ‘said his two dogs, “Biscuit” and “Rolo”,’), or after
        # "as" in a sentence of mockery (‘describing the governor and the ambassador as “…” and “…”’), review rv129h)
    before = tokenize(text, max(0, spans[first].open_at - 60), spans[first].open_at)
    if any(t.word in LABELLING_VERBS or t.word in CHARACTERISING_VERBS for t in before[-6:]):
        return False  # (names someone calls a person or a thing are the caller's: ‘Trump called the pageant
        # winner “Miss Piggy” and “Miss Housekeeping”’, ‘mocked his rivals as “Little Marco” and “Lyin’ Ted”’)
    if before and before[-1].word in ("a", "an", "the"):
        before = before[:-1]
    if before and before[-1].word == "of":
        before = before[:-1]  # (‘chants of “Bobby” and “Joe”’)
    return not (before and (before[-1].word in SPEECH_VERBS or before[-1].word in NAME_LIST_VOICING_WORDS))


#: Nouns of words said, before a colon that brings words in marks in (‘she offered two words:’).
SAID_WORD_NOUNS = wordset("word words answer answers reply replies message verdict")

#: Verbs of mockery or description before names in marks that make them someone's words for another.
MOCKING_VERBS = wordset("mock mocks mocked mocking ridicule ridicules ridiculed ridiculing deride derides derided deriding "
                        "describe describes described describing nickname nicknamed")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: past the last stop and space, or the paragraph's start."""
    return max(text.rfind(". ", 0, at) + 2, text.rfind("? ", 0, at) + 2, text.rfind("! ", 0, at) + 2,
               text.rfind("\n", 0, at) + 1, 0)


def _names_joined(text: str, prev: Span, sp: Span) -> bool:
    """Two quotations that each read as a name, with only a list's comma, "and" or "or" between."""
    return prev.close_end is not None and RE_LISTED_NAME.fullmatch(text[prev.start:prev.end]) is not None \
        and RE_LISTED_NAME.fullmatch(text[sp.start:sp.end]) is not None \
        and (RE_LIST_JOIN.fullmatch(text, prev.close_end, sp.open_at) is not None
             or (text[prev.end - 1] == "," and not text[prev.close_end:sp.open_at].strip()))

