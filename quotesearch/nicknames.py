"""Names given in marks: nicknames, brands, labels and statuses someone calls a thing or a person
(‘dubbed “…”’, ‘known as “…”’, ‘self-styled “…”’), and terms used again, never speech.
"""

from __future__ import annotations

import regex

from quotesearch.backward_cues import SIGN_NOUNS
from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.time_words import COUNT_DETERMINERS
from quotesearch.name_words import NICKNAME_NOUNS, REFLEXIVE_PRONOUNS, SELF_NAMING_VERBS
from quotesearch.document_words import INSCRIBING_VERBS, INSCRIPTION_NOUNS, LABEL_PARTICIPLES, SHOP_NOUNS
from quotesearch.body_words import FAITH_BODY_NAME_WORDS, NAME_HEAD_BODY_NOUNS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, LABELLING_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    BRISTLING_VERBS, CALL_SIGN_LEADS, CAMPAIGN_GROUPS, DENIAL_WORDS, DISH_NOUNS, EVENT_KIND_NOUNS, FORMAL_KIND_NOUNS,
    GLOSS_FOR_LEADS, GLOSSED_TERM_GROUPS, KEEPING_AWAY, MADE_THING_NOUNS, MENTIONING_VERBS, NAMED_THING_NOUNS, NAMING_BODY_NOUNS,
    NAMING_LAW_NOUNS, NICKNAMING_VERBS,
    OWNED_TERM_WORDS, READING_VERBS, RE_TERM_NAMED_AFTER, SHUNNING_VERBS, STATUS_NAMING_VERBS, TRADE_GROUPS,
    TRADE_SUBJECTS, WORDING_KIND_NOUNS, WORK_PART_NOUNS,
)
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES
from quotesearch.tokens import Token, tokenize
from quotesearch.quotes import Span
from quotesearch.titles import CHARACTERISING_VERBS, RE_ONE_WORD_TITLE, _word_after, is_title
from quotesearch.kind_terms import JUDGMENT_ENDINGS, JUDGMENT_WORDS, _attributive


#: Reflexive pronouns of bodies: what a company "calls itself" is a label, not speech.
BODY_REFLEXIVES = frozenset("itself themselves".split())  # (what one calls himself he says: "called himself “very pro-choice”")


#: "The term" and its kin before marks that name the term itself (‘The term “…” generally refers to’).
TERM_NAMING_NOUNS = frozenset("term phrase word expression label coinage".split())


#: A named agent after a term's marks, in its clause (‘“a national disgrace” was coined by Sen. Laura Price’).
RE_BY_NAME_AFTER = LazyPattern(r"[^.;“”]{0,40}?\bby \p{Lu}")


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


#: Nouns of a post among :data:`FORMAL_KIND_NOUNS`: a term in marks before them is a post's name only
#: when it is no judgment (‘a new “family liaison” role’, never ‘played a “deeply shameful” role’).
POST_KIND_NOUNS = wordset("role roles post posts")

#: Verbs of having or playing a part right before "a" and a post's term (‘had a “really important” role’).
PLAYING_VERBS = wordset("play plays played playing have has had having")

#: Nouns ending in "ly", never adverbs (‘a “family liaison” role’).
LY_NOUNS = wordset("family supply assembly ally rally bully")


def _judged_term(words: list[str]) -> bool:
    """Words in marks that judge rather than name: an adverb in "-ly" or a word of judgment (never
    "-ive", which posts end in too: ‘a “creative director” role’).

    >>> _judged_term(["deeply", "shameful"]), _judged_term(["family", "liaison"]), _judged_term(["patient", "advocate"])
    (True, False, False)
    """
    return any(w in JUDGMENT_WORDS or (w.endswith(JUDGMENT_ENDINGS) and not w.endswith("ive")) or (w.endswith("ly") and w not in LY_NOUNS)
               for w in (w.lower().strip(",.") for w in words))


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
    if (kind := _word_after(text, sp.close_end)) not in FORMAL_KIND_NOUNS:
        return False
    if kind in POST_KIND_NOUNS and (_judged_term(words) or (len(toks) >= 2 and toks[-2].word in PLAYING_VERBS)):
        return False  # (a post's name is no judgment of a part played: ‘the council had played a “deeply
        # shameful” role’, ‘had an “absolutely central” role in the cover-up’ quote a speaker)
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

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
    >>> _trade_what_calls(tokenize("what the industry calls a")), _trade_what_calls(tokenize("what critics call a"))
    (True, False)
    """
    c = len(toks) - 1
    if c >= 0 and toks[c].word in ("a", "an", "the"):
        c -= 1
    return c >= 3 and toks[c].word in CALL_VERBS and toks[c - 1].word in TRADE_SUBJECTS and toks[c - 2].word == "the" \
        and toks[c - 3].word == "what"


#: After a term's closing mark, a comma and a gloss that defines it: an article, then lower-case words with
#: no verb of speech among the first few (‘“supplemental state aid,” the yearly increase the state sends’,
#: ‘“Purcell principle”, the idea that courts …’); never a cue (‘“…,” the senator said’).
#:
#: >>> bool(RE_DEFINING_GLOSS_AFTER.match(", the yearly per-pupil increase the state")), bool(RE_DEFINING_GLOSS_AFTER.match(", the senator said"))
#: (True, False)
#: >>> bool(RE_DEFINING_GLOSS_AFTER.match(", the idea that courts")), bool(RE_DEFINING_GLOSS_AFTER.match(", the mayor told reporters"))
#: (True, False)
RE_DEFINING_GLOSS_AFTER = LazyPattern(r",? (?:the|an?) (?:[\p{Ll}\-]+ ){1,3}?(?:that|which|of|for|in|under|to|by|the|a)\b"
                                      r"|,? (?:the|an?) (?:[\p{Ll}\-]+ )+(?:that|which|of|for|in|under|to)\b")


def _what_call_glossed(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """"what", a subject of up to three words, and "call" (or "calls", "called"), "the" at most, right
    before a term of one to four words, lower case after its first, with a defining gloss set off after
    the marks (:data:`RE_DEFINING_GLOSS_AFTER`): the writer explains a term of art, no one's words
    (‘centred on what lawmakers call “supplemental state aid,” the yearly increase the state sends’,
    ‘invoked what lawyers call the “Purcell principle”, the idea that courts should not …’, w71c);
    never a judgment in marks (‘what critics call “a reckless gamble,” …’) nor one a cue follows.

    >>> from quotesearch.tokens import tokenize
    >>> from quotesearch.quotes import Span
    >>> t = "fought over what legislators call “bridge aid,” the grant that the state pays"
    >>> sp = Span(t.index("bridge"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _what_call_glossed(t, sp, "bridge aid,", tokenize(t[:sp.open_at]))
    True
    >>> t = "fought over what critics call “a giveaway,” the senator said"
    >>> sp = Span(t.index("a g"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _what_call_glossed(t, sp, "a giveaway,", tokenize(t[:sp.open_at]))
    False
    """
    words = content.rstrip(",. ").split()
    if sp.close_end is None or not 1 <= len(words) <= 4 or words[0].lower() in ("a", "an", "the") \
            or not all(w.replace("-", "").isalpha() for w in words) or not all(w.islower() for w in words[1:]):
        return False
    c = len(toks) - 1
    if c >= 0 and toks[c].word == "the":
        c -= 1
    if c < 2 or toks[c].word not in ("call", "calls"):
        return False  # (never "called", a saying at a time: ‘what prosecutors called “organized looting,” the biggest …’)
    w = next((j for j in range(c - 1, max(-1, c - 5), -1) if toks[j].word == "what"), -1)
    if w < 0 or w == c - 1 or not all(t.text.isalpha() and t.word not in SPEECH_VERBS and t.word not in PRONOUNS
                                      for t in toks[w + 1:c]) or toks[c - 1].word not in GLOSSED_TERM_GROUPS:
        return False  # (a subject, no pronoun: ‘what he calls “…”, the …’ is his; a trade's or the law's plural,
        # never a side's: ‘what opponents call “corporate welfare,” the third such subsidy’, review rv71c)
    after = text[sp.close_end:sp.close_end + 80]
    if content.rstrip().endswith(","):
        after = ", " + after.lstrip()  # (the comma inside the marks: ‘“bridge aid,” the grant …’)
    m = RE_DEFINING_GLOSS_AFTER.match(after)
    gloss = tokenize(after[:m.end() + 30]) if m is not None else []
    return m is not None and not any(x.word in SPEECH_VERBS and gloss[k - 1].word not in ("the", "a", "an", "its", "their")
                                     for k, x in enumerate(gloss) if k > 0)  # (never a cue: ‘, the senator said’;
    # but a noun after an article: ‘, the increase the state sends’)


def _group_what_calls(toks: list[Token], content: str, sentence=None) -> bool:
    """"what" and a trade's or campaigners' plural and "call" right before a lower-case term of one to
    three words with no article (‘what hydrologists call “peak water”’, ‘what campaigners call “fuel
    poverty”’): the term, no one's words; never a judgment with an article or a side in a quarrel
    (‘what critics call “a reckless gamble”’ stays theirs).

    >>> from quotesearch.tokens import tokenize
    >>> _group_what_calls(tokenize("passed what glaciologists call"), "peak melt")
    True
    >>> _group_what_calls(tokenize("defended what critics call"), "reckless"), _group_what_calls(tokenize("what activists call"), "a scandal")
    (False, False)
    """
    words = content.rstrip(",.").split()
    if sentence is not None and len(toks) >= 2 and toks[-1].word in ("call", "calls") and toks[-2].word in TRADE_GROUPS \
            and not any(t.word == "what" for t in toks[:-2]):
        toks = sentence()  # (the words by the mark may stop short of "what": ‘what public health experts call’)
    return 1 <= len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and words[0] not in ("a", "an", "the") and len(toks) >= 3 and toks[-1].word in ("call", "calls") \
        and ((toks[-2].word in TRADE_GROUPS and _what_before_group(toks, len(toks) - 3))
             or (toks[-2].word in CAMPAIGN_GROUPS and len(toks) >= 4 and toks[-3].word == "what"
                 and toks[-4].word in ("in", "into", "of", "from", "out")))  # (campaigners' term only where one lives or falls: ‘into what activists
        # call “energy poverty”’; never what is condemned or pursued: ‘condemned what activists call “racist policing”’)


#: Words before a trade's plural that give a stance or a count, never a field (‘what independent experts call’).
GROUP_STANCE_WORDS = frozenset("independent leading outside top senior prominent many most some several other "
                               "respected renowned critical sceptical skeptical".split())


def _what_before_group(toks: list[Token], k: int) -> bool:
    """"what" at ``k``, or one or two lower-case words of the group's field between it and the group
    (‘what public health experts call’, ‘what climate scientists call’; never a pronoun or a verb between)."""
    for j in range(k, max(-1, k - 3), -1):
        if toks[j].word == "what":
            return True
        if toks[j].word in GROUP_STANCE_WORDS:
            return False  # (a stance, never a field: ‘what independent experts call “deeply flawed”’)
        if not (toks[j].text.isalpha() and toks[j].text.islower()) or toks[j].word in FUNCTION_WORDS \
                or toks[j].word in PRONOUNS or toks[j].word in SPEECH_VERBS:
            return False
    return False


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


def _term_named_after(text: str, sp: Span, content: str) -> bool:
    """A term of up to five words in marks that opens its sentence, with a copula and a term's noun right
    after the marks (:data:`RE_TERM_NAMED_AFTER`): the sentence names the term, whoever spoke before
    (‘“Precision patrols” is the phrase the force has used since May’); never a quotation that ends its
    own sentence, nor one inside a sentence, nor one in a sentence a verb of speech reports (‘“…” is the
    word on every trader's lips, said X’).

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'He laughed. “Smart patrols” is the phrase the force prefers.'
    >>> u = 'He called it “smart patrols” is the phrase.'
    >>> _term_named_after(t, sp_of(t), "Smart patrols"), _term_named_after(u, sp_of(u), "smart patrols")
    (True, False)
    """
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 5 or content.rstrip()[-1:] in ".!?," \
            or (named := RE_TERM_NAMED_AFTER.match(text, sp.close_end)) is None or text.startswith(" from ", named.end()):
        return False  # (guard, review rv5: a comma inside the marks, or the source after the noun, reports words
        # said: ‘“Pathetic,” was the word from striker Leon Dube’)
    before = text[sp.para_start:sp.open_at].rstrip()
    if before and before[-1] not in ".!?":
        return False
    for t in tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 200)):
        if t.text in ".!?":
            return True
        if t.word in SPEECH_VERBS or t.word == "according":
            return False  # (the sentence reports someone: ‘“Stagflation” is the word on every trader's lips, said X’;
            # ‘“Patience” is the word, according to coach Sam Ito’ (review rv5))
    return True


#: Verbs of praise or blame before a protest's kind: the words in marks are the judge's, never a kind's name
#: (‘praised the “…” protest’).
JUDGING_VERBS = frozenset("""praised praises hailed hails welcomed welcomes condemned condemns denounced denounces
criticised criticises criticized criticizes slammed slams attacked attacks""".split())


def _named_or_judged_before(toks: list[Token]) -> bool:
    """Within the last four words before the marks, a verb that names, labels or judges, "as", "what" or
    an owner's word: the term in the marks is someone's own (‘what she called a “…” protest’, ‘his “…”
    mantra’), never a kind's name.

    >>> from quotesearch.tokens import tokenize
    >>> _named_or_judged_before(tokenize("what she called a")), _named_or_judged_before(tokenize("would hold a"))
    (True, False)
    """
    return any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in LABELLING_VERBS
               or t.word in ("as", "what", "his", "her", "my", "our") or t.word in JUDGING_VERBS for t in toks[-4:])


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
    return not _named_or_judged_before(toks)


def _wording_kind_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A lower-case term of one to four words (a hyphen allowed) in marks after a determiner (a count's
    too, one lower-case word between them at most) and right before a wording's kind
    (:data:`WORDING_KIND_NOUNS`): the mantra's, the label's or the list's name, never words said (‘have
    leaned on a “next man up” mantra’, ‘a break from the “small-market” label’, ‘topped several national
    “hot seat” lists’); never words with a person in them, nor after a verb that names or judges (‘what
    she called a “…” label’), nor an owner's own (‘his “…” mantra’) (w52c)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 4 \
            or not all(w.replace("-", "").isalpha() and w.islower() and w not in PRONOUNS for w in words) \
            or _word_after(text, sp.close_end) not in WORDING_KIND_NOUNS:
        return False
    determiners = TERM_DETERMINERS | COUNT_DETERMINERS
    last = toks[-1]
    if not (last.word in determiners or (len(toks) >= 2 and toks[-2].word in determiners
                                         and last.text.isalpha() and last.text.islower()
                                         and last.word not in SPEECH_VERBS and last.word not in BE_FORMS)):
        return False
    return not _named_or_judged_before(toks)


def _name_repeating_thing(words_before, content: str) -> bool:
    """A lower-case name of two or three words, no article, after a verb of naming and the thing it
    names, ending with that thing's own noun (‘Organizers have dubbed the participating mosques “green
    mosques”’, ‘called the new ponds “rain ponds”’): a name given, no one's words (never a judgment:
    ‘dubbed the budget “a giveaway to landlords”’); ``words_before`` gives the sentence's words before
    the marks, read only when the words in the marks fit.

    >>> from quotesearch.tokens import tokenize
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


def _printed_label(content: str, toks: list[Token]) -> bool:
    """A label in capitals right after a thing "marked" or "stamped" with it (‘wearing a vest marked
    “PRESS”’, ‘crates stamped “MEDICAL SUPPLIES”’): printed on the thing, no one's words, even with a
    speaker in the sentence (never words in lower case: ‘said the deal marked “a new chapter”’).

    >>> from quotesearch.tokens import tokenize
    >>> _printed_label("PRESS", tokenize("she was hit while wearing a vest marked"))
    True
    >>> _printed_label("a new chapter", tokenize("he said the deal marked"))
    False
    """
    words = content.rstrip(",. ").split()
    return 1 <= len(words) <= 3 and len(toks) >= 2 and toks[-1].word in LABEL_PARTICIPLES \
        and toks[-2].text.isalpha() and toks[-2].text.islower() and toks[-2].word not in PRONOUNS \
        and all(w.replace("-", "").isalpha() and w.isupper() for w in words)


def _nickname_after_colon(content: str, toks: list[Token]) -> bool:
    """A name in title case after a colon that closes a clause about a nickname (or "the name"), with no
    verb of speech in it (‘a banner bearing the nickname everyone knew him by: “Jay”’): a name, never the words of the
    one named before (never ‘Asked about the nickname, Mensah said: “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _nickname_after_colon("Big Chief.", tokenize("a banner bearing the nickname the market knew him by:"))
    True
    >>> _nickname_after_colon("They still call me that.", tokenize("Asked about the nickname, he said:"))
    False
    """
    words = content.rstrip(",.! ").split()
    if not (1 <= len(words) <= 3 and len(toks) >= 3 and toks[-1].text == ":" and all(w[:1].isupper() for w in words)):
        return False  # (the cheap tests first: most quotations have no colon before them, and the walk
        # back to the nickname's noun reads every token of the sentence)
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].word in NICKNAME_NOUNS
               or (toks[k].word == "name" and k > 0 and toks[k - 1].word == "the")), None)
    return at is not None and len(toks) - at <= NICKNAME_CLAUSE_REACH \
        and not any(t.text in ",;" or t.word in ANSWER_NOUNS for t in toks[at + 1:-1]) \
        and not any(t.word in SPEECH_VERBS and t.word not in CALL_VERBS for t in toks)
    # (the clause about the name runs up to the colon, ‘the name the whole market called him:’; never a
    # speaker's own reply after it, ‘shrugged at the nickname … and had one word for it: “Ridiculous.”’,
    # ‘When she heard the name of the winner, Ms Ortiz had a simple verdict: “Wonderful.”’)


#: Most tokens from the nickname's noun to the colon (‘the nickname the market knew him by:’).
NICKNAME_CLAUSE_REACH = 9

#: Nouns of one's reply or judgment before a colon (‘had one word for it:’, ‘a simple verdict:’).
ANSWER_NOUNS = frozenset("word words verdict reaction response answer reply retort message comment advice".split())


#: Relative words that open a clause whose subject may be "the word" (‘a tenure in which the word “…” was
#: invoked so often’).
#:
#: >>> sorted(RELATIVE_CLAUSE_OPENERS)
#: ['when', 'where', 'which', 'whom']
RELATIVE_CLAUSE_OPENERS = frozenset("which where when whom".split())

#: A verb of being, having or becoming right after a term's closing mark: the term is its clause's subject.
#:
#: >>> bool(RE_TERM_SUBJECT_VERB_AFTER.match(" was invoked so often")), bool(RE_TERM_SUBJECT_VERB_AFTER.match(" to describe"))
#: (True, False)
RE_TERM_SUBJECT_VERB_AFTER = LazyPattern(r",?[ \t]+(?:was|is|were|are|has|had|became|becomes|remains|remained)\b")


def _term_opens_relative_clause(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A relative clause opens with "the word" (or "the phrase", "the term") right before the marks and
    a verb of being or having right after them: the clause is about the word, which no one says there
    (‘closing a tenure in which the word “culture” was invoked so often that it became a punchline’), as
    :func:`_term_opens_sentence` for a sentence; never a word a named person coined or used (‘was coined
    by Sen. X’) (w52c).

    >>> from quotesearch.tokens import tokenize
    >>> t = "It ended an era in which the word “culture” was invoked daily."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _term_opens_relative_clause(t, sp, "culture", tokenize(t, 0, sp.open_at))
    True
    """
    return sp.close_end is not None and len(toks) >= 3 and toks[-1].word in TERM_NAMING_NOUNS and toks[-2].word == "the" \
        and toks[-3].word in RELATIVE_CLAUSE_OPENERS and 0 < len(content.split()) <= 4 \
        and RE_TERM_SUBJECT_VERB_AFTER.match(text, sp.close_end) is not None \
        and RE_BY_NAME_AFTER.match(text, sp.close_end, sp.close_end + 60) is None


def _term_opens_sentence(text: str, sp: Span, toks: list[Token]) -> bool:
    """The sentence opens with "The word" (or "The phrase", "The term") right before the marks: the
    sentence is about the word, which no one says there (‘The word “defund” has become a flashpoint’,
    ‘The phrase ‘level playing field’, long used by ministers, …’); never a word a named person coined
    (‘was coined by Sen. X’) nor one said (‘said the word “betrayal”’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "The word “abolish” has split the campaign."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _term_opens_sentence(t, sp, tokenize(t, 0, sp.open_at))
    True
    """
    return sp.close_end is not None and len(toks) == 2 and toks[0].word == "the" and toks[1].word in TERM_NAMING_NOUNS \
        and len(text[sp.start:sp.end].split()) <= 4 and RE_BY_NAME_AFTER.match(text, sp.close_end, sp.close_end + 60) is None


def _designated_passive(toks: list[Token]) -> bool:
    """The words before the marks end with a passive "designated" and "a" or "an", a form of "be" (and an
    adverb or two) before it: ‘was designated a’, ‘had been formally designated an’.

    >>> from quotesearch.tokens import tokenize
    >>> _designated_passive(tokenize("The firm was designated a")), _designated_passive(tokenize("The agency designated it a"))
    (True, False)
    """
    if len(toks) < 3 or toks[-1].word not in ("a", "an") or toks[-2].word != "designated":
        return False
    k = len(toks) - 3
    while k > 0 and toks[k].word.endswith("ly") and toks[k].text.isalpha() and toks[k].text.islower():
        k -= 1  # (‘was formally designated a’)
    return toks[k].word in BE_FORMS or toks[k].word == "be"


def _declared_status_name(content: str, toks: list[Token], cued_after: bool = False) -> bool:
    """A status's name in title case after "declare" (or "designate"), the thing declared, and "a": the
    status's name, never words said (‘voted to declare the county a “Second Amendment Sanctuary”’,
    ‘designated the estuary a “Marine Protected Area”’); never with a verb of speech in the clause
    (‘said it would declare the city a “Zone of Peace”’ is left to the speech rules).

    >>> from quotesearch.tokens import tokenize
    >>> _declared_status_name("Marine Protected Area", tokenize("The ministry designated the estuary a"))
    True
    >>> _declared_status_name("a disgrace", tokenize("She declared the vote a"))
    False
    >>> _declared_status_name("Shambles", tokenize("Councillor Byrne declared the budget a"))
    False
    """
    words = content.rstrip(",. ").split()
    if _designated_passive(toks) and 1 <= len(words) <= 4 and content.rstrip(",")[-1:] not in "!?" and not cued_after:
        return True  # a status the thing was given, whoever gave it: ‘Stratus was designated a “gatekeeper”
        # under the act’ (the passive names no speaker; one word too; never with a cue after the marks in their
        # sentence, which gives the words a speaker: ‘The valley was designated a “disaster zone,” Governor X said’; review rv65d)
    if _what_designated(toks) and 1 <= len(words) <= 4 and content.rstrip(",")[-1:] not in "!?" and not cued_after \
            and words[0].lower() not in ("a", "an", "the"):
        return True  # what a body designates, the thing it designates being the "what": a category's name, no
        # one's words (‘must write policies in what regulators have designated “distressed areas”’, w71c); a class
        # has no article, a judgment does (‘what coach Ray Dunne has designated “a must-win game.”’, review rv71c)
    if not 2 <= len(words) <= 4 or sum(w[:1].isupper() for w in words) < 2 or content.rstrip(",")[-1:] in "!?" \
            or len(toks) < 3:
        return False
    if toks[-1].word in BODY_REFLEXIVES and toks[-2].word in STATUS_NAMING_VERBS:
        head = words[-1].lower()
        c = next((k for k in range(len(toks) - 3, -1, -1) if toks[k].text in ",;"), -1)  # (its own clause only:
        # ‘sheriffs have said they will not enforce it, and councils have passed motions declaring themselves’)
        return not any(t.word in SPEECH_VERBS and t.word not in STATUS_NAMING_VERBS for t in toks[c + 1:]) and (
            head in STATUS_HEAD_NOUNS or head.removesuffix("s") in STATUS_HEAD_NOUNS
            or (head.endswith("ies") and head[:-3] + "y" in STATUS_HEAD_NOUNS))  # bodies that declare themselves
        # a status, its name plural too: ‘councils declaring themselves “Second Amendment sanctuaries”’
    if toks[-1].word not in ("a", "an"):
        return False  # (a name of a few words, two capitalised; never one word, as a judgment may be: ‘declared
        # the budget a “Shambles”’)
    v = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 7), -1) if toks[k].word in STATUS_NAMING_VERBS), -1)
    return v >= 0 and all(x.text.isalpha() for x in toks[v + 1:-1]) \
        and not any(t.word in SPEECH_VERBS and t.word not in STATUS_NAMING_VERBS for t in toks) \
        and (toks[v].word.startswith("designat") or any(x.word in STATUS_PLACE_NOUNS for x in toks[v + 1:-1])
             or words[-1].lower().strip(",.") in STATUS_HEAD_NOUNS)
    # (a place declared a status, or a status's own noun last: never a person's judgment of a thing,
    # ‘Trump declared the verdict a “Total Witch Hunt”’, ‘declared the strike a “Total Political Failure”’)


def _what_designated(toks: list[Token]) -> bool:
    """"what", a subject of up to three words, an auxiliary at most, and "designated" (or "designates",
    "designate") right before the marks, "as" between at most: the marks hold the name of the class
    designated, no one's words (‘in what regulators have designated “distressed areas”’, ‘what the
    agency designates as “high-risk” lenders’); never with a verb of speech there (‘what he said was
    designated’), nor "declared", which also gives judgments (‘what she declared “a disgrace”’).

    >>> from quotesearch.tokens import tokenize
    >>> _what_designated(tokenize("policies in what regulators have designated")), _what_designated(tokenize("what the agency designates as"))
    (True, True)
    >>> _what_designated(tokenize("what the minister declared")), _what_designated(tokenize("the agency designated"))
    (False, False)
    """
    v = len(toks) - 1
    if v >= 0 and toks[v].word == "as":
        v -= 1
    if v < 2 or toks[v].word not in ("designated", "designates", "designate"):
        return False
    k = v - 1
    if toks[k].word in ("have", "has", "had"):
        k -= 1
    w = next((j for j in range(k, max(-1, k - 4), -1) if toks[j].word == "what"), -1)
    return 0 <= w < k and all(t.text.isalnum() and t.word not in SPEECH_VERBS for t in toks[w + 1:k + 1])


#: Places and grounds a body declares a status (‘declare the county a “Second Amendment Sanctuary”’).
STATUS_PLACE_NOUNS = frozenset("""county counties city cities town towns village villages region regions district
districts state states province provinces country nation island islands area areas estuary river lake coast forest park
parish borough municipality campus site sites zone zones territory reserve valley""".split())

#: Last words of a status's name (‘a “Climate Emergency Zone”’, ‘a “Marine Protected Area”’).
STATUS_HEAD_NOUNS = frozenset("""sanctuary zone area city town county site reserve park emergency community region
district haven territory heritage""".split())


def _reported_clause_before(toks: list[Token]) -> bool:
    """A verb of speech and "that" before the marks in their sentence (‘told his listeners that the
    statement was a textbook example of’): the marks are in one's reported words, so a label's gloss
    after them (‘, a term critics use’) does not make them a term no one says."""
    return any(t.word in SPEECH_VERBS and t.word not in CALL_VERBS and t.text.islower()
               and any(x.word == "that" for x in toks[k + 1:k + 5]) for k, t in enumerate(toks))


#: Verbs of selling a thing under a name or a claim (‘that brands advertise as’, ‘which it markets as its’).
ADVERTISING_VERBS = frozenset("advertise advertises advertised advertising market markets marketed marketing "
                              "bill bills billed billing".split())  # (‘the menu, which the restaurant bills as a
# “field diary”’: a maker's billing is its claim, w71d)

#: Verbs of listing or selling a thing under a name, before "as the" and a name in Title Case (a phrase
#: between): ‘listed on the menu for six decades as the “Bluebird Special”’, ‘sold in Europe as the “City
#: Cruiser”’: the thing's name, never words said (w71d).
#:
#: >>> "listed" in LISTED_AS_VERBS, "described" in LISTED_AS_VERBS
#: (True, False)
LISTED_AS_VERBS = ADVERTISING_VERBS | frozenset("listed sold badged".split())  # (never "branded" or "labelled",
# a judgment's verbs: ‘Critics have branded the proposal as the “Tax Grab”’ is the critics', review rv71d)


def _bill_noun(toks: list[Token], v: int) -> bool:
    """"bill" or "bills" at ``toks[v]`` read as the noun, a law's draft, never the verb of billing: none of
    "which", "that" or "who" just before, nor "itself" after (‘hailed the bill as a “lifeline”’, review rv71d;
    ‘which the restaurant bills as a’, ‘bills itself as’ are the verb).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Democrats hailed the bill as a"); _bill_noun(t, 3)
    True
    >>> t = tokenize("the menu, which the restaurant bills as a"); _bill_noun(t, 6)
    False
    """
    return toks[v].word in ("bill", "bills") \
        and not any(t.word in ("which", "that", "who") for t in toks[max(0, v - 4):v]) \
        and not (v + 1 < len(toks) and toks[v + 1].word in ("itself", "themselves", "himself", "herself"))

#: How far back from "as" a verb of :data:`LISTED_AS_VERBS` may stand (‘listed on the menu for six decades as’).
LISTED_AS_REACH = 8

#: Words that may stand between "as" and a maker's claim in marks (‘marketed as its “family fortress”’).
ADVERTISED_OPENERS = frozenset("a an its their the".split())


def _body_what_calls_kind(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """"what the <body> calls" (an article between) before a lower-case term of up to five words that a noun
    right after the marks is a kind of: a body's own name for a thing it runs, no one's words (‘began
    paying what the government calls “climate action incentive” payments’, ‘under what the agency calls an
    “inside the fence line” approach’); never a body's judgment with no noun after it (‘sacked for what
    the company called “gross misconduct”’ stays the company's), nor a side's word (‘what critics call
    “reckless” spending’ stays theirs: :data:`NAMING_BODY_NOUNS` holds no side).

    >>> from quotesearch.tokens import tokenize
    >>> from quotesearch.quotes import Span
    >>> t = "began what the ministry calls a “one roof” model"
    >>> sp = Span(t.index("one"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _body_what_calls_kind(t, sp, "one roof", tokenize(t[:sp.open_at]))
    True
    >>> t = "defended what critics call “reckless” spending"
    >>> sp = Span(t.index("reck"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _body_what_calls_kind(t, sp, "reckless", tokenize(t[:sp.open_at]))
    False
    >>> t = "kept for what the 2019 law calls “rural hardship” grants"
    >>> sp = Span(t.index("rural"), t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _body_what_calls_kind(t, sp, "rural hardship", tokenize(t[:sp.open_at]))
    True
    """
    words = content.split()
    if not (1 <= len(words) <= 5 and sp.close_end is not None
            and all(w.replace("-", "").isalpha() and w.islower() for w in words)):
        return False  # (a term ending in a comma or a full stop has no noun after it)
    if len(words) < 2 or any(w.endswith("ly") or w in ("and", "or", "but", "nor") for w in words):
        return False  # (guard: a judgment before a noun stays the body's: ‘what the board called “deeply troubling”
        # conduct’, ‘“serious and persistent” breaches’, ‘“unprecedented” shortages’)
    c = len(toks) - 1
    if c >= 0 and toks[c].word in ("a", "an"):
        c -= 1
    if c < 3 or toks[c].word not in CALL_VERBS or not _attributive(text, sp.close_end):
        return False
    noun = toks[c - 1].word
    k = c - 2
    if noun in NAMING_LAW_NOUNS and len(toks[k].text) == 4 and toks[k].text.isdigit():
        k -= 1  # (a law's year: ‘what the 2021 law calls “social equity” applicants’, w71c)
    return (noun in NAMING_BODY_NOUNS or noun in NAMING_LAW_NOUNS) and k >= 1 and toks[k].word in ("the", "its") \
        and toks[k - 1].word == "what"


def _advertised_as(toks: list[Token], content: str) -> bool:
    """A word or two in lower case after "advertise as" or "market as" (an article or the maker's
    possessive between, and those it is sold to before "as"): a maker's claim for its goods, no one's
    words (‘the supplements that brands advertise as “natural”’, ‘which the carmaker has marketed as its
    “family fortress”’, ‘a fund marketed to pensioners as a “safe harbour”’).

    >>> from quotesearch.tokens import tokenize
    >>> _advertised_as(tokenize("models that companies advertise as"), "safe")
    True
    >>> _advertised_as(tokenize("a fund marketed to pensioners as a"), "safe harbour")
    True
    >>> _advertised_as(tokenize("Ruto described the fund as a"), "safe harbour")
    False
    """
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 2 and all(w.replace("-", "").isalpha() and w.islower() for w in words)):
        return False  # (a hyphened word too: ‘sometimes marketed as “slide-fire” stocks’)
    k = len(toks) - 1 - (bool(toks) and toks[-1].word in ADVERTISED_OPENERS)  # (‘marketed as its “…”’)
    if k < 1 or toks[k].word != "as":
        return False
    v = next((j for j in range(k - 1, max(-1, k - 7), -1) if toks[j].word in ADVERTISING_VERBS and not _bill_noun(toks, j)), -1)
    # (those it is sold to between, no comma and no speech: ‘marketed to retirees in Penang as a’)
    return v >= 0 and (v == k - 1 or toks[v + 1].word == "to" or (  # (or the thing sold, as its object:
        # ‘have begun advertising them as “…”’, ‘advertising the flats as “…”’)
            k - v <= 3 and (toks[v + 1].word in ("them", "it", "the", "its", "their")))) \
        and all(x.text.isalpha() and x.word not in SPEECH_VERBS for x in toks[v + 1:k])


def _listed_as_name(toks: list[Token], content: str) -> bool:
    """A name of one to three words in Title Case after "as the", the words before ending with a verb of
    listing or selling (:data:`LISTED_AS_VERBS`), a phrase of plain words between and no comma: ‘listed on
    the menu for six decades as the “Bluebird Special”’ (w71d); never a verb of speech between (‘listed what
    he described as the “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> _listed_as_name(tokenize("pancakes, listed on the menu for six decades as the"), "Bluebird Special")
    True
    >>> _listed_as_name(tokenize("the plan she described as the"), "Big Fix")
    False
    """
    words = content.rstrip(",.").split()
    if not (1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and len(toks) >= 3 and toks[-1].word == "the" and toks[-2].word == "as"):
        return False
    k = len(toks) - 2
    v = next((j for j in range(k - 1, max(-1, k - LISTED_AS_REACH - 1), -1) if toks[j].word in LISTED_AS_VERBS
              and toks[j].text.islower() and not _bill_noun(toks, j)), -1)
    return v >= 0 and all(x.text.isalnum() and x.word not in SPEECH_VERBS for x in toks[v + 1:k])


def _nicknamed_lower(toks: list[Token], short_name: bool) -> bool:
    """A nickname in lower case after a verb of nicknaming and its object (‘residents have nicknamed the
    month “cough season”’; never "dubbed", which gives judgments: ‘dubbed the budget “a gift to the banks”’).

    >>> from quotesearch.tokens import tokenize
    >>> _nicknamed_lower(tokenize("residents have nicknamed the month"), True)
    True
    >>> _nicknamed_lower(tokenize("whom the fans had christened"), True), _nicknamed_lower(tokenize("the crowd christened her"), True)
    (True, True)
    >>> _nicknamed_lower(tokenize("led residents to nickname it the"), True), _nicknamed_lower(tokenize("called it the"), True)
    (True, False)
    """
    if short_name and toks and (toks[-1].word in NICKNAMING_VERBS or (
            len(toks) >= 2 and toks[-1].word in NICKNAMED_OBJECTS and toks[-2].word in NICKNAMING_VERBS) or (
            len(toks) >= 3 and toks[-1].word == "the" and toks[-2].word in NICKNAMED_OBJECTS and toks[-3].word in NICKNAMING_VERBS)):
        return True  # the verb right before the marks, or with a pronoun as its object: ‘whom the fans had
        # christened “il Toro”’, ‘the crowd christened her “the Kisumu Comet”’, ‘led residents to nickname
        # it the “Dead Mile”’ (w85b)
    return short_name and len(toks) >= 2 and toks[-1].text.isalpha() and toks[-1].word not in FUNCTION_WORDS \
        and any(x.word in NICKNAMING_VERBS for x in toks[-4:-1])


def _self_styled_name(toks: list[Token], content: str) -> bool:
    """A name of a few capitalised words right after a verb of calling and a reflexive pronoun: the alias
    a person goes by, no one's words (‘a woman calling herself “Elena”’, ‘a man who calls himself
    “Captain Ray”’); never a judgment in lower case (‘calling himself “a victim”’).

    >>> from quotesearch.tokens import tokenize
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

#: After a term in marks, the end of "what a “…” is": the sentence or clause ends there (‘taught what a “raid” was.’).
RE_WHAT_IT_IS_AFTER = LazyPattern(r" (?:is|was|are|were|means|meant)(?=[.,;:!?)”\"’]|\s*$| [–—] | and | or )")
#: After a bare term's marks, the verb of "what “…” means" (‘what “net zero” really means’).
RE_TERM_MEANT_AFTER = LazyPattern(r" (?:actually |really |even |now )?(?:means|meant|stands for|stood for)\b")
#: After a term's marks, the verb of "what a … was", whatever follows it (‘what a “raid” was like’).
RE_TERM_EXPLAINED_AFTER = LazyPattern(r" (?:is|was|means|meant|does|did)(?=[\s.,;:!?)]|$)")


def _glossed_for(text: str, sp: Span, content: str) -> bool:
    """Words in marks right after a gloss's "…-speak for", "shorthand for", "euphemism for": the
    writer's rendering of what other words mean, no one's speech (‘would be “carefully sequenced” —
    Whitehall-speak for “not yet.”’, ‘diplomatic shorthand for “no deal”’); a few words only, never a
    sentence with a cue after it (‘“…,” he said’).

    >>> from types import SimpleNamespace
    >>> t = 'the talks were “constructive,” diplomatic shorthand for “no deal.”'
    >>> _glossed_for(t, SimpleNamespace(open_at=t.rindex("“"), para_start=0, close_end=len(t)), "no deal.")
    True
    >>> t = 'Reilly said the phrase was code for “we are closing.”'
    >>> _glossed_for(t, SimpleNamespace(open_at=t.rindex("“"), para_start=0, close_end=len(t)), "we are closing.")
    False
    """
    if len(content.split()) > 6:
        return False
    if not text[max(sp.para_start, sp.open_at - 24):sp.open_at].rstrip().lower().endswith(GLOSS_FOR_LEADS):
        return False
    # (guard) the gloss set off by a comma, dash or bracket as the writer's aside (‘, diplomatic shorthand
    # for’, ‘— Whitehall-speak for’); never a clause's predicate, whose words a speaker gives (‘Reilly said
    # the phrase was code for “…”’, ‘said “modernisation” was a euphemism for “…”’), nor ‘the source code for’
    return RE_GLOSS_FOR_SET_OFF.search(text, max(sp.para_start, sp.open_at - 60), sp.open_at) is not None


#: A gloss's noun set off as the writer's aside right before the marks, after a comma, a dash, a bracket
#: or a quotation's closing mark (‘“constructive,” diplomatic shorthand for’), with no verb between
#: (never ‘“modernisation” was a euphemism for’) (guard of :func:`_glossed_for`).
RE_GLOSS_FOR_SET_OFF = LazyPattern(r"(?:[,;(—–]|[”\"’])\s*(?:(?:a|an|the|its|their)\s+)?"
                                   r"(?:(?!(?:is|was|are|were|be|been|being|not|just|only|as|said|says|called|calls)\b)[\w’'.\-]+\s+){0,2}?"
                                   r"[\w’'.\-]*?(?:-speak|shorthand|euphemism|code|jargon|parlance) for\s*$", regex.I)


def _call_sign_named(text: str, sp: Span, content: str) -> bool:
    """A name in marks right after "call sign", "code name" or "nom de guerre": one's name in the
    field, never words said (‘a drone operator with the call sign “Owl” watched’, ‘under the code
    name “Silent Tide”’).

    >>> from types import SimpleNamespace
    >>> t = 'with the call sign “Owl”'
    >>> _call_sign_named(t, SimpleNamespace(open_at=19, para_start=0), "Owl")
    True
    """
    return len(content.split()) <= 4 and content.rstrip(",.")[-1:].isalnum() \
        and text[max(sp.para_start, sp.open_at - 20):sp.open_at].rstrip().lower().endswith(CALL_SIGN_LEADS)


def _term_asked_about(text: str, sp, content: str, toks: list[Token]) -> bool:
    """A term of three words at most after "what a" (or "what an") whose clause ends with "is" or "was" right
    after the marks: a word whose meaning is asked or taught, no one's speech (‘had to be taught what a “raid”
    was.’, ‘could not say what an “NFT” is.’; never ‘what a “fair deal” would look like’).

    >>> from quotesearch.tokens import tokenize
    >>> from types import SimpleNamespace
    >>> t = 'she was taught what a "raid" was.'
    >>> _term_asked_about(t, SimpleNamespace(close_end=28), "raid", tokenize(t[:22]))
    True
    """
    if sp.close_end is not None and toks and toks[-1].word == "what" and 1 <= len(content.split()) <= 3 \
            and content[-1:].isalnum() and RE_TERM_MEANT_AFTER.match(text, sp.close_end) is not None \
            and not any(w.lower().split("’")[0].split("'")[0] in ("i", "we", "you", "they", "he", "she") for w in content.split()):
        return True  # (a bare term whose meaning is asked: ‘nobody can agree what “soft landing” means’)
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

    >>> from quotesearch.tokens import tokenize
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

#: Nouns of two words that business news calls a firm by once it has named it (‘Meridian Capital
#: Partners, a Mumbai-based fund house, …’ / ‘the fund house said’), as "the firm" is one's.
BODY_COMPOUNDS = frozenset(("fund house", "brokerage house", "broking house", "investment house", "auction house",
                            "publishing house", "fashion house", "trading house"))

#: Public services of two words that a report calls by their kind once it has named them, with the
#: one word the kind goes by too (‘The Hellenic Coast Guard said …. “…,” the coast guard said’), as
#: "the agency" is an agency's (w83a).
#:
#: >>> SERVICE_COMPOUNDS["coast guard"], "fund house" in SERVICE_COMPOUNDS
#: ('coastguard', False)
SERVICE_COMPOUNDS = {"coast guard": "coastguard"}

#: Words for a firm, any of which "the company" may stand for; a publisher is a publishing house
#: (‘Fernwick & Lowe said it had stopped shipping the memoir. “…,” the publisher said’, w68b).
#:
#: >>> "publisher" in FIRM_NOUNS, "publishing house" in FIRM_NOUNS, "festival" in FIRM_NOUNS
#: (True, True, False)
FIRM_NOUNS = frozenset("firm company carmaker automaker retailer insurer lender maker manufacturer startup start-up "
                       "chain operator utility drugmaker biotech chipmaker brokerage publisher".split()) | BODY_COMPOUNDS

#: Firm nouns that are also a person's job (a newspaper's publisher): "the publisher" stands for the
#: firm so named, but a person given that job, as a role or set off (‘The paper's publisher, Kendall
#: Marsh,’, ‘Newspaper publisher Tolu Bankole’, ‘Sasha Okoro, the publisher of Vane magazine,’), is no
#: firm "the company" or "the firm" stands for (review rv68b).
PERSON_JOB_FIRM_NOUNS = frozenset(("publisher",))

#: Nouns a report calls a body by once it has named it ("the firm", "the agency"), never one
#: that may be another body of the story (the government, the police); a refinery is the
#: firm named for it (‘Port Harlow Refinery raised prices. The refinery, in a statement, said …’);
#: a party only the one whose name ends in "Party" (‘The opposition Civic Renewal Party said …. “…,”
#: the party said’), see BODY_NAME_WORDS; a festival is the body that runs it (‘The Harbour Lights Film
#: Festival withdrew the film. “…,” the festival said’, w68b); a shop or a brewery is the business of that
#: kind named before (‘Kestle Brewing closed the pub. “…,” the brewery said’, ‘Northside Kicks cancelled the
#: release. “…,” the store wrote’, w71a); a research or monitoring project is the body so named (‘…, according
#: to the Lost at Sea Project. “…,” the project said in a report’, w82a).
#:
#: >>> "festival" in BODY_NOUNS, "concert" in BODY_NOUNS, "brewery" in BODY_NOUNS, "store" in BODY_NOUNS, "project" in BODY_NOUNS
#: (True, False, True, True, True)
BODY_NOUNS = frozenset("""
firm company agency district council bank carmaker automaker airline carrier retailer insurer lender union club
league university hospital clinic charity network chain manufacturer maker startup operator utility
foundation fund institute regulator watchdog broadcaster newspaper publisher group studio
bureau administration office department ministry commission authority directorate board court supplier
association society federation alliance coalition team cooperative co-operative co-op railroad railway airport patrol
guild forum collective trust mission embassy band orchestra choir service order system unit chamber constabulary committee
journal municipality force refinery college organisation organization consortium party festival project coastguard
""".split()) | SHOP_NOUNS | FIRM_NOUNS | frozenset(FAITH_BODY_NAME_WORDS) | NAME_HEAD_BODY_NOUNS
