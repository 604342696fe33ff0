"""Names a thing or a person is known by, never speech: known "only as", a code name, a name used
in house, a nickname identified, a thing classed or given a status, a measure named or coined
and a name voted for.
"""

from __future__ import annotations

from quotesearch.cue_tokens import BE_FORMS
from quotesearch.lexicon import LazyPattern
from quotesearch.speech_words import CALL_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import MEASURE_NOUNS, MEASURE_TITLE_WORDS, VOTE_WORDS
from quotesearch.mention_words import DETERMINERS
from quotesearch.names import PARTY_WORDS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, tokenize
from quotesearch.quotes import find_spans
from quotesearch.quote_spans import Span
from quotesearch.titles import _person_noun


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

#: Adverbs of a name used in house, between "refer to" and "as" (‘a plant the firm has referred to
#: internally as “…”’): a name for a thing, never a verdict (‘privately’ is left out: ‘ministers privately
#: referred to the plan as “a fiasco”’ quotes them).
#:
#: >>> sorted(IN_HOUSE_ADVERBS)
#: ['informally', 'internally']
IN_HOUSE_ADVERBS = frozenset("internally informally".split())

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

#: Verbs that only ever name: what comes after them in marks is a name, whoever gave it.
NAMING_VERBS = frozenset("nicknamed dubbed titled entitled named known billed coined so-called".split())

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

    >>> from quotesearch.tokens import tokenize
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

    >>> from quotesearch.tokens import tokenize
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
