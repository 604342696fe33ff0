"""Epithets of age, trade and work: "the 47-year-old" and a surname kept back, the one named whose role
names a trade, an eatery named before for "the restaurant", the maker of a work and the star "the
<trade>" stands for (never a character played).
"""

from __future__ import annotations

import functools
import itertools

import regex

from quotesearch.cue_tokens import Found, opens_line_or_sentence, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.body_words import EATERY_NOUNS, EATERY_PHRASES
from quotesearch.role_words import (
    GENDERED_NOUNS, KIN_NOUNS, OTHER_STAR_WORDS, PLAYER_EPITHET_POSITIONS, POSITION_TITLES, ROLE_NOUNS, STAR_TRADES,
)
from quotesearch.term_words import WORK_MAKERS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import EVENT_WORDS
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.tokens import RE_CAPWORD
from quotesearch.quote_spans import Span, paragraphs  # noqa: F401 (the doctests use paragraphs)
from quotesearch.kinship import PRONOUN_SEX
from quotesearch.speakers import Cast
from quotesearch.people import PLACE_HEADS, Person, people_words
from quotesearch.full_names import RE_LOWER_WORD, RE_SURNAME_WITHHELD
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.described_people import OFFICE_NOUNS
from quotesearch.epithets import (
    _named_people, _speaker_of_quoted_paragraph, AGE_REACH, EPITHET_ROLES, RE_DONE_TO, RE_NAMED_AGE,
    RE_OPENING_BEFORE_SUBJECT, RE_SEX_WORD, RE_THE_AGE,
)
from quotesearch.tokens import tokenize
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.titles import _person_noun
from quotesearch.relations import (
    KIN_SEX, RE_APPOSITIVE_ROLE, RE_SET_OFF_PHRASE, _kin_of, _named_before, _only_one, _roles_given, _spouse_in_couple,
)


#: How far a "who" clause after an epithet of age is read for a surname kept back (:func:`_withheld_surname_clause`).
WITHHELD_CLAUSE_CHARS = 200


def _trade_holder(text: str, trade: str, at: int, cast: Cast) -> Person | None:
    """The one person named before ``at`` whose role, or whose appositive, names ``trade``, or who is
    called by it right before their name (:func:`_trade_before_name`), never as another's owner (‘Brid
    Collins, the restaurant’s owner,’ is no "the restaurant"), nor when another of that trade is brought
    in after them (:func:`_other_of_trade_since`)."""
    word = regex.compile(rf"\b{regex.escape(trade)}\b(?![’']s\b)")
    holder = _only_one(p for p in _named_before(cast, at)
                       if any(word.search(r.lower()) for r in _roles_given(text, p, cast, at))
                       or _trade_before_name(text, trade, p, at))
    return None if holder is not None and _other_of_trade_since(text, trade, holder, at) else holder


#: How far before a name the trade written as its label is looked for (:func:`_trade_before_name`).
TRADE_LABEL_REACH = 40


@functools.lru_cache(maxsize=256)
def _trade_label(trade: str) -> regex.Pattern:
    """``trade`` as a label ending where a name starts, a parent's count after it or none (‘Grazier ’,
    ‘Mum-of-three ’): :func:`_trade_before_name`."""
    return regex.compile(rf"(?i:\b{regex.escape(trade)}(?:-of-[\p{{L}}\d]+)?) \Z")


def _trade_before_name(text: str, trade: str, p: Person, at: int) -> bool:
    """``trade`` written right before one of ``p``'s first three spots before ``at``, as the label a
    caption or a sentence gives them, a parent's count after it or none (‘[Photo: Grazier Rob Donnelly
    …]’, ‘Mum-of-three Kerry Ainsworth, 34, said’), which the lists of roles may not hold.

    >>> t = "Grazier Rob Dunn lost cattle. Rob Dunn sold hay."
    >>> p = Person("Rob Dunn", spots=[(8, 16), (30, 38)])
    >>> _trade_before_name(t, "grazier", p, len(t)), _trade_before_name(t, "farmer", p, len(t))
    (True, False)
    """
    label = _trade_label(trade)
    given = p.name.split()[0].lower()
    for start, end in p.spots[:3]:
        if start >= at:
            break
        own = text[start:end].lower().find(given)  # (a spot may hold the label too: ‘Grazier Rob Donnelly’)
        own = own + start if own >= 0 else -1
        if (own > start and label.search(text, start, own) is not None) \
                or label.search(text, max(0, start - TRADE_LABEL_REACH), start) is not None:
            return True
    return False


#: Words that end the noun phrase an article opens, so that "a" before them is no other of the trade
#: after them (‘a meeting with the grazier’ brings in no other grazier): :func:`_other_of_trade_since`.
TRADE_ARTICLE_STOPS = r"(?:the|with|of|for|to|at|in|on|by|from|and|or|who|which|that)\b"


def _other_of_trade_since(text: str, trade: str, p: Person, at: int) -> bool:
    """Another of ``trade`` is brought in by "a", "another", "one" or an owner's word after ``p``'s first
    spot (‘Dad-of-two Liam Fenton …. His own dad, Kevin Fenton, …’, review rv124f; past the
    appositive that gives them the trade) and before ``at``: ‘Rob Donnelly, a grazier near Tarrabool, …
    Another grazier, who asked not to be named, said …. “…,” the fourth-generation grazier said’ may be
    either; never an article whose noun comes before the trade (‘a meeting with the grazier’).

    >>> t = "Rob Dunn, a grazier, lost cattle. Officials had a meeting with the grazier. “…,” the grazier said."
    >>> p = Person("Rob Dunn", spots=[(0, 8)])
    >>> other = t.replace("a meeting with the", "another")
    >>> _other_of_trade_since(t, "grazier", p, t.index("“")), _other_of_trade_since(other, "grazier", p, other.index("“"))
    (False, True)
    """
    end = p.spots[0][1]
    appositive = RE_APPOSITIVE_ROLE.match(text, end)
    lo = appositive.end() if appositive is not None else end
    return trade in text[lo:at] and regex.search(
        rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)(?: own)?) (?:(?!{TRADE_ARTICLE_STOPS})[\p{{Ll}}\-]+ ){{0,3}}?{regex.escape(trade)}\b",
        text, pos=lo, endpos=at) is not None


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


#: An age epithet the report brings in as one the law keeps unnamed, a minor or a protected party (‘The
#: 17-year-old, who cannot be named because he is a minor, pleaded guilty’): group 1 the age. Later "the
#: 17-year-old" is that one, never a named person the paragraph is about (the judge) (w65e).
#:
#: >>> RE_AGE_KEPT_UNNAMED.search("The 17-year-old, who cannot be named because he is a minor,").group(1)
#: '17'
#: >>> RE_AGE_KEPT_UNNAMED.search("The 17-year-old, who lives nearby, said") is None
#: True
RE_AGE_KEPT_UNNAMED = LazyPattern(r"\b[Tt]he (\d{1,3})-year-old,? who (?:cannot|can ?not|can't|could not|couldn't|may not) "
                                  r"be (?:named|identified)\b")


def _age_kept_unnamed(text: str, age: str, before: int) -> bool:
    """Whether the report brought in one of that age before ``before`` as one it may not name
    (:data:`RE_AGE_KEPT_UNNAMED`)."""
    return any(m.group(1) == age for m in RE_AGE_KEPT_UNNAMED.finditer(text, 0, before))


#: A speech verb whose subject is the person named before it in its sentence (past a set-off aside), when
#: that sentence reports the person's own words (:func:`_reports_own_words`).
#:
#: >>> RE_OWN_WORDS_VERB.search("Ann Cole, the chair, said the park was vital.").group()
#: ', said'
RE_OWN_WORDS_VERB = LazyPattern(r"(?:,| ) ?(?:said|says|told|added|insisted|argued|warned)\b")


#: A "who" clause set off after a name (‘Ann Cole, who wrote …’): marks inside it quote a title or a word of
#: the person's, never words whose speaker the verb after the clause tells (:func:`_reports_own_words`).
#:
#: >>> RE_WHO_CLAUSE_OPENS.search("Ann Cole, who wrote ") is not None, RE_WHO_CLAUSE_OPENS.search("Ann Cole called it ") is None
#: (True, True)
RE_WHO_CLAUSE_OPENS = LazyPattern(r", (?:who|whose) ")


def _reports_own_words(text: str, at: int, hi: int) -> bool:
    """The sentence from ``at`` (a person's name) to ``hi`` (its paragraph's end) reports that person's
    own words, with no one else described after its verb: ‘Its chairwoman, Ann Cole, a retired teacher,
    said the park was “the heart of the town”.’ An age epithet opening the next paragraph is hers, office
    or not (:func:`_age_epithet_fits`); never ‘Coach Dan Miller said his young quarterback had been
    brilliant.’ (another described, whom "the 19-year-old" may stand for).

    >>> t = "Its chairwoman, Ann Cole, a retired teacher, said the park was vital."
    >>> _reports_own_words(t, 16, len(t))
    True
    >>> t = "Coach Dan Miller said his young quarterback had been brilliant."
    >>> _reports_own_words(t, 6, len(t))
    False
    >>> t = "Ann Cole, who wrote “Sixty Years”, said she was sad."
    >>> _reports_own_words(t, 0, len(t)), _reports_own_words(t.replace(", who wrote", " called it"), 0, len(t) - 1)
    (True, False)
    """
    ends = sentence_ends(text, at, hi)
    if ends and ends[0] < hi - 2:
        return False  # (the last sentence of its paragraph only)
    verb = RE_OWN_WORDS_VERB.search(text, at, hi)
    if verb is None:
        return False
    mark = min((k for k in (text.find("“", at, verb.start()), text.find('"', at, verb.start())) if k >= 0), default=-1)
    if mark >= 0 and not (text.startswith(",", verb.start()) and RE_WHO_CLAUSE_OPENS.search(text, at, mark) is not None):
        return False  # (no quotation before the verb, but a title quoted in a "who" clause set off: ‘Ann Cole, who
        # wrote “Sixty Years on the Courts”, said she was sad.’)
    after = text[verb.end():hi]
    return not people_words(after) and not any(w.strip(".,;:’'“”\"").lower() in ROLE_NOUNS or w.lower() in KIN_NOUNS
                                               for w in after.split())


def _in_quotation(sp: Span, at: int) -> bool:
    """Whether ``at`` falls inside the quotation ``sp``, marks included: a sex word there is the speaker's
    of someone else (‘“I owe her my life,” the 52-year-old said’, ‘the 47-year-old said: ‘He phoned me …’’),
    never one that tells the epithet's sex.

    >>> sp = Span(1, 19, 0, 20, 0, 0, 40)
    >>> _in_quotation(sp, 8), _in_quotation(sp, 30)
    (True, False)
    """
    return sp.open_at <= at < (sp.close_end if sp.close_end is not None else sp.end)


#: Words quoted again after a cue's comma or colon (‘the 54-year-old said, “He …”’): never the narrative's.
#:
#: >>> RE_QUOTATION_RESUMED.search(" said, “He was kind.”") is not None, RE_QUOTATION_RESUMED.search(" nicknamed “the Surgeon”") is None
#: (True, True)
RE_QUOTATION_RESUMED = LazyPattern(r"[,:]\s*+[“\"‘]")


#: The age from which one may have held an office, even one left (:func:`_age_epithet_fits`).
ADULT_AGE = 18

#: A role one has left (‘a former crew manager’, ‘the retired head teacher’): no office held now, that an age
#: epithet would not stand for (:func:`_age_epithet_fits`).
#:
#: >>> RE_OFFICE_LEFT.match("a former crew manager") is not None, RE_OFFICE_LEFT.match("the council leader") is None
#: (True, True)
RE_OFFICE_LEFT = LazyPattern(r"(?i:(?:an?|the) )?(?i:former\b|retired\b|ex-)")


def _age_given_to_trade(text: str, age: str, trade: str, p: Person, at: int, cast: Cast) -> bool:
    """The article brought in one of ``age`` by ``trade`` before ``at``, up to two words between (‘a 15-year-old
    referee was abused’, ‘the 15-year-old junior referee’), and ``p`` is the one person named with that trade
    (:func:`_trade_holder`: ‘Referee Kiri Hale said …’): the age is theirs, an office or not (‘“…,” the
    15-year-old said’). Read only when an office would bar them.

    >>> t = "A 15-year-old referee was abused. Referee Kiri Hale said it hurt. “I cried,” the 15-year-old said."
    >>> c = Cast(t)
    >>> p = c.by_surname["hale"]
    >>> _age_given_to_trade(t, "15", "referee", p, t.index("the 15"), c), _age_given_to_trade(t, "16", "referee", p, t.index("the 15"), c)
    (True, False)
    """
    given = regex.compile(rf"\b(?i:an?|the) {age}-year-old (?:[\p{{Ll}}\-]+ ){{0,2}}{regex.escape(trade)}\b(?![’']s\b)")
    return given.search(text, 0, at) is not None and _trade_holder(text, trade, at, cast) is p


def _age_epithet_fits(text: str, sp: Span, mention: Mention, one: tuple[int, Person], age: str, cast: Cast,
                      speaking: bool = False) -> bool:
    """The person just named as a subject (``one``: where, who) may be "the 47-year-old" at
    ``mention``: never one acted on ('Tom Ray died'), given another age, holding an office an age
    epithet never stands for (‘Coach Dan Miller praised his young quarterback. “…,” the 19-year-old
    said’; but one left, :data:`RE_OFFICE_LEFT`, bars only a child's age, :data:`ADULT_AGE`), of the other
    sex than the words after it tell (‘as she stood’), or named in the quotation; nor when it speaks of
    "he" or "she" (it may be said of them)."""
    at, p = one
    if text.startswith(("He ", "She ", "His ", "Her "), sp.start) \
            or RE_DONE_TO.search(text, at, min(sp.open_at, at + len(p.name) + 40)) \
            or _aged_otherwise(text, age + "-year-old", p.name.split()[-1], sp.start) \
            or any(w in text[sp.start:sp.end] for w in p.name.split() if len(w) > 2) \
            or _age_kept_unnamed(text, age, mention.start):
        return False  # (nor one the report keeps unnamed by that age: w65e)
    last = p.name.rsplit(" ", 1)[-1]
    name_end = text.find(last, at, at + len(p.name) + 1)
    set_off = RE_SET_OFF_PHRASE.match(text, name_end + len(last)) if name_end >= 0 else None
    roles = [r for r in [*cast.roles_of(p), *([set_off.group(1)] if set_off else [])] if r.strip()]
    heads = [description_head(r) or r.replace(".", "").rsplit(" ", 1)[-1].lower() for r in roles
             if RE_OFFICE_LEFT.match(r) is None or (age.isdigit() and int(age) < ADULT_AGE)]
    # (an office left bars a child's age still: ‘Jack Lyle, a former mayor, presented the prizes. The 12-year-old,
    # who baked …, said’ is the child, review of w142g)
    if any(w in OFFICE_NOUNS for w in heads) and not speaking \
            and not any(w in OFFICE_NOUNS and _age_given_to_trade(text, age, w, p, mention.start, cast) for w in heads):
        return False  # (an office: ‘Priya Nair, the council leader, announced …’; never ‘a principal dancer’, nor
        # one left: ‘Paul Ray, a former crew manager, …. / The 54-year-old recalled …’ (w142g); but one whose own
        # words the sentence before reports, :func:`_reports_own_words`)
    if p.gender is None:
        return True
    lo = max(0, mention.start - 60)
    before = [m.group().lower() for m in RE_SEX_WORD.finditer(text, lo, mention.start)
              if not sentence_ends(text, m.end(), mention.start) and not _in_quotation(sp, m.start())]
    # (‘In a statement read by his lawyer, the 21-year-old said’)
    after_hi = min(len(text), mention.end + 60)
    resumed = RE_QUOTATION_RESUMED.search(text, mention.end, after_hi)
    after_hi = min([*sentence_ends(text, mention.end, after_hi)[:1], *([resumed.start()] if resumed else []), after_hi])
    after = next((m for m in RE_SEX_WORD.finditer(text, mention.end, after_hi)
                  if not _in_quotation(sp, m.start())), None)  # (the epithet's own sentence, never the words quoted
    # next: ‘the 71-year-old said. “He thought it was funny.”’; but a nickname in marks is no bar: ‘The 55-year-old,
    # nicknamed “the Surgeon”, said that her fund …’)
    told = [*before[-1:], *([after.group().lower()] if after is not None else [])]
    return all((w in ("he", "his", "him")) == (p.gender == "m") for w in told)


#: A possessive and a word of kin set off before a name, right after a surname: ‘’s mother, K’, ‘'s
#: eldest son, T’ (the name the kin word stands for follows).
#:
#: >>> RE_KIN_SET_OFF_AFTER_SURNAME.match("’s mother, Karen Ashby") is not None, RE_KIN_SET_OFF_AFTER_SURNAME.match("’s statement, she") is None
#: (True, True)
RE_KIN_SET_OFF_AFTER_SURNAME = LazyPattern(r"[’']s (?:[\p{Ll}\-]+ )?(?:"
                                           + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + r"), \p{Lu}")


#: A capitalised word and a blank right before a surname: the given name written with it.
RE_GIVEN_BEFORE = LazyPattern(r"(\p{Lu}[\p{L}\-]+) \Z")


def _namesake_named(text: str, run: regex.Match, cast: Cast) -> Person | None:
    """The person a capitalised word names as a surname: of several sharing it, the one whose given name
    is written just before it (‘Karen Ashby’ beside ‘Private Jordan Ashby’), else the surname's first owner.

    >>> t = "Private Jordan Ashby died. His mother, Karen Ashby, spoke."
    >>> _namesake_named(t, regex.search("Ashby(?=,)", t), Cast(t)).name
    'Karen Ashby'
    """
    q = cast.by_surname.get(run.group().lower())
    sharing = cast.namesakes.get(run.group().lower())
    given = RE_GIVEN_BEFORE.search(text, max(0, run.start() - 30), run.start()) if sharing else None
    if given is None:
        return q
    return next((o for o in (q, *sharing) if o is not None and o.name.endswith(f"{given.group(1)} {run.group()}")), q)


def _opens_its_sentence(text: str, at: int) -> bool:
    """Whether "The" at ``at`` opens its line or a sentence: an epithet there is its sentence's subject.

    >>> _opens_its_sentence("Ann won. The 71-year-old said", 9), _opens_its_sentence("said the 71-year-old", 5)
    (True, False)
    """
    return text.startswith("The ", at) and opens_line_or_sentence(text, at)


def _sole_person_before_age(text: str, sp: Span, mention: Mention, lo: int, cast: Cast) -> Person | None:
    """The one person the sentences of its paragraph before an age epithet name, for "the
    34-year-old" that opens its own sentence's speech: ‘More on Briggs, who leaves after six
    seasons. In a statement, the 31-year-old said:’ is Briggs. None when that stretch names anyone
    else (a second name, a given name the lists know), when someone in reach is given that age, when
    the epithet's own sentence names anyone, or the person does not fit (:func:`_age_epithet_fits`:
    acted on, another age, an office, the other sex). A "who" clause after the epithet bars it (‘said the
    54-year-old, who lives downstairs’ brings someone in) unless the epithet opens its sentence, its subject:
    ‘Ann Cole, who founded the group, said she was “devastated”. The 71-year-old, who has lived there for
    decades, said: “…”’ is Ann Cole (w142g)."""
    age = RE_THE_AGE.fullmatch(mention.text)
    if age is None or mention.start - lo > 2 * CONTEXT_CHARS \
            or (text.startswith((", who ", " who "), mention.end) and not _opens_its_sentence(text, mention.start)):
        return None
    ends = sentence_ends(text, lo, mention.start)
    if not ends:
        return None  # (a sentence before it, in its paragraph: the one it names is the one in focus)
    if any(n.group("age") == age.group(1) for n in RE_NAMED_AGE.finditer(text, max(0, mention.start - AGE_REACH), mention.start)):
        return None  # (the age given to someone: the rule for a named age decides)
    if regex.search(rf"\b{age.group(1)}-year-old\b", text[max(0, mention.start - AGE_REACH):mention.start]) is not None:
        return None  # (nor an age the article gave someone before, unnamed: ‘A 41-year-old man was stabbed …. Daniel
        # Price appeared before magistrates …. From his hospital bed, the 41-year-old said:’ is the victim)
    one: Person | None = None
    spot, given = -1, []
    for run in RE_CAPWORD.finditer(text, lo, mention.start):
        w = run.group()
        if text[run.start() - 1:run.start()] in ("“", '"') and text.startswith(("”", '"'), run.end()):
            continue  # (a nickname in marks: ‘Paul “Tank” Ashworth’)
        if cast.namesakes.get(w.lower()) and RE_KIN_SET_OFF_AFTER_SURNAME.match(text, run.end()) is not None:
            continue  # (the kin whose mother or son is named right after, sharing the surname: ‘Pte Ashby’s mother,
            # Karen Ashby, said …. Speaking outside her home, the 47-year-old said:’ is Karen Ashby)
        q = _namesake_named(text, run, cast)
        if q is not None and q.kind == "name" and " " in q.name and (q.personlike or q is not cast.by_surname.get(w.lower())):
            # (a namesake named in full is a person, sex told or not: ‘Alan Reddy and his wife, Jo Reddy,’)
            if run.start() >= ends[-1] or (one is not None and q is not one):
                return None  # (never one named in the epithet's own sentence, nor a second person)
            one, spot = q, run.start()
        elif gender_of(w) is not None:
            given.append(w)
    if one is None or any(w not in one.name.split() for w in given):
        return None  # (nor a given name of someone else: ‘Briggs and Jack were …’)
    surname = one.name if cast.namesakes.get(one.name.rsplit(" ", 1)[-1].lower()) else one.name.rsplit(" ", 1)[-1]
    # (a surname the family shares: the name in full, never the son the sentence before says was killed)
    at = text.find(surname, max(0, mention.start - AGE_REACH), mention.start)
    while at >= 0:
        if RE_DONE_TO.search(text, at, min(mention.start, at + len(surname) + 40)):
            return None  # (never one the article tells was acted on: ‘Grace Mwangi was killed in the crash. …
            # Police named Mwangi on Monday. In a statement, the 44-year-old said:’ is someone else)
        at = text.find(surname, at + len(surname), mention.start)
    return one if _age_epithet_fits(text, sp, mention, (spot, one), age.group(1), cast) else None


#: One's kin opening a sentence as its subject, after blanks (‘Her husband, who has detected for years,
#: said …’): group 1 the owner's pronoun, group 2 the kin; never the kin's own possessive (‘Her husband's
#: lawyer said …’).
#:
#: >>> RE_KIN_OPENING.match(" Her husband, who farms, said so.").groups(), RE_KIN_OPENING.match(" Her husband’s lawyer said")
#: (('Her', 'husband'), None)
RE_KIN_OPENING = LazyPattern(r"\s*+(His|Her) (" + "|".join(KIN_SEX) + r")\b(?![’'])")


def _aged_kin_subject(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, age: str) -> Person | None:
    """The kin that the last sentence before a quotation (in its paragraph, or the paragraph before for
    words that open theirs) opens with as its subject, when the article has named them as that kin (a
    pair of kin named, or a couple by two given names, :func:`_kin_of`, :func:`_spouse_in_couple`): whom
    an epithet of ``age`` after the words stands for (‘Steve and Lorraine Brightwell found the coins. …
    Her husband, who has detected for years, said she was lucky. “…,” the 61-year-old said’ is Steve
    Brightwell). None when that sentence opens with no kin, or the article gives that kin another age or
    someone else this one (‘Mrs Brightwell, 58,’ of the same surname is no bar)."""
    lo, hi = sp.para_start, sp.open_at
    if hi <= lo:  # (words that open their paragraph: the paragraph before's last sentence)
        if sp.paragraph == 0 or sp.paragraph > len(paras):
            return None
        lo, hi = paras[sp.paragraph - 1]
    starts = [lo, *(e for e in sentence_ends(text, lo, hi) if text[e:hi].strip())]
    kin = RE_KIN_OPENING.match(text, starts[-1], hi)
    if kin is None:
        return None
    owner, word = kin.group(1).lower(), kin.group(2)
    p = _kin_of(text, owner, word, kin.start(1), cast) or _spouse_in_couple(text, owner, word, kin.start(1), cast)
    if p is None or p.kind != "name" or p.gender not in (None, KIN_SEX[word]) \
            or RE_DONE_TO.search(text, kin.end(), hi) is not None:
        return None  # (never one acted on: ‘Her husband was arrested …’)
    for named in RE_NAMED_AGE.finditer(text, max(0, sp.start - AGE_REACH), sp.start):
        q, _ = cast.resolve(Mention(named.start("name"), named.end("name"), " ".join(named.group("name").split()), "name"))
        if (q is p) != (named.group("age") == age):
            return None  # (the kin given another age, or someone else given this one)
    return p


#: A name's possessive and up to three words after it, in a lede (‘Karen Doyle’s teenage son’, ‘Dorothy
#: Campbell’s farmhouse’): group 1 the name (a capitalised word before it may come too: it is read by its
#: end), group 2 the words owned (and what follows them).
#:
#: >>> RE_LEDE_POSSESSIVE.search("the line at Ann Lee’s farmhouse drops").groups()
#: ('Ann Lee', 'farmhouse drops')
#: >>> RE_LEDE_POSSESSIVE.search("When Ann Lee’s teenage son fell ill, she").groups()
#: ('When Ann Lee', 'teenage son fell')
RE_LEDE_POSSESSIVE = LazyPattern(r"(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){1,2})[’']s ((?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+)")

#: Words quoted in a lede, whose pronouns are the speaker's, never the narrative's.
RE_QUOTED_STRETCH = LazyPattern(r"“[^”\n]*”|\"[^\"\n]*\"")

#: A teller in a lede, the word before a verb of telling (‘she says’, ‘one regular says’, ‘her assistant
#: said’): group 1 that word. Only "he" or "she", or the lede's own person, leaves its pronouns to that person
#: (review of w136a).
#:
#: >>> [RE_LEDE_TELLER.search(s).group(1) for s in ("which she says is", "her assistant said she")]
#: ['she', 'assistant']
RE_LEDE_TELLER = LazyPattern(r"\b(\p{L}+) (?:says|said|told|tells|recalls|recalled|explains|explained|adds|added)\b")

#: How many paragraphs may stand between the lede and an age epithet for the one the lede is about.
LEDE_OWNER_GAP = 2


def _lede_owner_in_focus(text: str, sp: Span, mention: Mention, lede: int | None, paras: list[tuple[int, int]],
                         cast: Cast) -> tuple[int, Person] | None:
    r"""The one person a story's lede names, only by a possessive (‘When Karen Doyle’s son collapsed, she
    grabbed her phone’, ‘the connection at Dorothy Campbell’s farmhouse … which she says is most days’),
    and whom its pronouns after that follow: whom an age epithet at most :data:`LEDE_OWNER_GAP` paragraphs
    on stands for, at words that open its paragraph or opening it itself (‘“…,” the 54-year-old said’),
    with where the lede names them. None when the lede names anyone else, when its pronouns tell both sexes
    or none, or the other sex than the one named has, when someone else tells in it
    (:data:`RE_LEDE_TELLER`), when what the possessive owns is a person the
    pronouns may stand for (‘Ann Lee’s daughter fell. She …’, or a child of no sex told; a relative's own
    pronouns are theirs, ‘Ann Lee’s son fell; she drove him’), or when someone is named between the lede
    and the epithet. ``lede``: the lede's paragraph (:func:`quotesearch.ledes.lede_index`); the fit of age,
    office and sex is the caller's (:func:`_age_epithet_fits`).

    >>> t = "Ann Lee’s farm floods every spring, she says.\n\n“It is a mess,” the 70-year-old said."
    >>> at = t.index("the 70")
    >>> sp = Span(t.index("It"), t.index(",”"), t.index("“"), t.index(",”") + 2, 1, t.index("“"), len(t))
    >>> _lede_owner_in_focus(t, sp, Mention(at, at + 15, "the 70-year-old", "description"), 0, paragraphs(t), Cast(t))[1].name
    'Ann Lee'
    >>> t = t.replace("farm", "daughter")
    >>> sp = Span(t.index("It"), t.index(",”"), t.index("“"), t.index(",”") + 2, 1, t.index("“"), len(t))
    >>> _lede_owner_in_focus(t, sp, Mention(t.index("the 70"), t.index("the 70") + 15, "the 70-year-old", "description"), 0, paragraphs(t), Cast(t)) is None
    True
    """
    if lede is None or not lede < sp.paragraph <= lede + LEDE_OWNER_GAP + 1 \
            or not (sp.open_at == sp.para_start or mention.start == sp.para_start):
        return None
    lo, hi = paras[lede]
    people = _named_people(text, lo, hi, cast, (hi, hi))
    if len(people) != 1 or people[0].plural:
        return None
    p = people[0]
    owned = next((m for m in RE_LEDE_POSSESSIVE.finditer(text, lo, hi) if m.group(1).endswith(p.name.rsplit(" ", 1)[-1])), None)
    if owned is None or any(lo <= s < owned.start() for s, _ in p.spots):
        return None  # (only a lede that first names them by what is theirs: one named as its subject is read above)
    quoted = [m.span() for m in RE_QUOTED_STRETCH.finditer(text, owned.end(), hi)]
    sexes = {PRONOUN_SEX[m.group().lower()] for m in RE_SEX_WORD.finditer(text, owned.end(), hi)
             if not any(a <= m.start() < b for a, b in quoted)}
    for t in RE_LEDE_TELLER.finditer(text, owned.end(), hi):
        if t.group(1).lower() not in ("he", "she") and t.group(1) not in p.name.split() \
                and not any(a <= t.start() < b for a, b in quoted):
            return None  # (someone else tells in the lede, whose pronouns may be theirs: ‘her assistant said she
            # …’, ‘one regular says he …’, review of w136a)
    for w in owned.group(2).split():
        if w in KIN_NOUNS or _person_noun(w):
            if GENDERED_NOUNS.get(w) is None:
                return None  # (a relative of no sex told may be the one: ‘When Ann Lee’s child fell, she …’)
            sexes.discard(GENDERED_NOUNS[w])  # (the relative's own: ‘When Ann Lee’s son fell, she drove him’)
            break
    if len(sexes) != 1 or p.gender not in (None, *sexes):
        return None  # (pronouns of the owner's one sex follow, none of the relative's: never ‘When Ann Lee’s
        # daughter fell, she …’)
    gap_hi = min(sp.open_at, mention.start)
    if any(q is not p and q.personlike for q in _named_people(text, hi, gap_hi, cast, (hi, hi))):
        return None  # (someone named since may be the one; never a work's or a place's words, ‘Forty Years on
        # Newlyn Market’)
    return owned.start(1), p


def _sole_person_of_last_sentence(text: str, lo: int, hi: int, cast: Cast) -> tuple[int, Person] | None:
    r"""The one person, known as a person (a sex the lists give, or speech), that the last sentence of
    ``text[lo:hi]`` (a paragraph) names, with where: whom an age epithet opening the next paragraph
    stands for when the subject named further back cannot be that one (‘… Mayor Teresa Vukovich said. /
    Along Elm Hollow Road, where a row of oaks came down, Gary Lindqvist sat in his pickup. / “…,” the
    67-year-old said’ is Lindqvist). None when that sentence names two, or only a place or a body (w106a).

    >>> t = "Along Elm Road, where oaks came down, Gary Lindqvist sat in his truck.\n\n"
    >>> _sole_person_of_last_sentence(t, 0, len(t) - 2, Cast(t))[1].name
    'Gary Lindqvist'
    >>> t = "Along Elm Road, Gary Lindqvist and Mary Stone sat in a truck.\n\n"
    >>> _sole_person_of_last_sentence(t, 0, len(t) - 2, Cast(t)) is None
    True
    """
    ends = sentence_ends(text, lo, hi)
    start = ends[-2] if len(ends) > 1 else lo
    people = _named_people(text, start, hi, cast, (hi, hi))
    if len(people) != 1 or not (people[0].gender is not None or people[0].personlike):
        return None
    at = text.find(people[0].name.rsplit(" ", 1)[-1], start, hi)
    return (at, people[0]) if at >= 0 else None


def _aged_otherwise(text: str, age: str, surname: str, at: int) -> bool:
    """The article gives the person of this surname another age than ``age`` ("45-year-old")
    before ``at``: ‘Tom Price, 29, scored once. “…,” said the 45-year-old’ is someone else (a name that ends
    its sentence too: ‘said 44-year-old Ann Lee.’)."""
    return any(named.group("age") + "-year-old" != age and named.group("name").rstrip(".").endswith(surname)
               for named in RE_NAMED_AGE.finditer(text, max(0, at - AGE_REACH), at))


#: One played by an actor, named after the verb or before "played by" (‘who has played barmaid
#: Rita Cole since 1998’, ‘Jean, played by Ruth Gale,’): a character, never a speaker.
RE_PLAYED_BEFORE = LazyPattern(r"\b(?:play(?:s|ed|ing)|portray(?:s|ed|ing)|voic(?:es|ed|ing)) (?:the )?(?:[\p{Ll}\-]+ ){0,3}$")
RE_PLAYED_AFTER = LazyPattern(r",? (?:who is |who was )?(?:played|portrayed|voiced) by\b")


#: A pronoun of a person in the clause right after a name (‘X is opening up about her divorce’, ‘X has
#: begun his military service’): the name is a person's.
RE_OWN_PRONOUN_AFTER = LazyPattern(r"[^.!?\n“”\"]{0,80}?\b(?:his|her|he|she)\b")


#: Words in the sentence that first names someone that make them a fan, a victim or a suspect, never
#: the star a later "the singer" stands for.
RE_NOT_THE_STAR = LazyPattern(r"\b(?i:superfan|(?:a|one|the|young|lifelong) fan|arrested|charged|injured|stabbed|killed"
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


#: A player's position or event, which a sports report calls the subject of the sentence before by
#: in the next (‘Mensah, who has scored nine goals, hit the bar. The striker, linked with a move,
#: said …’): the trades :func:`_star_subject_before` reads beside a star's (w107b); never a word
#: that names a game or a thing as well ("the starter", "the closer", "the lock").
#:
#: >>> "striker" in SUBJECT_POSITIONS, "opener" in SUBJECT_POSITIONS, "coach" in SUBJECT_POSITIONS
#: (True, True, False)
SUBJECT_POSITIONS = (PLAYER_EPITHET_POSITIONS | POSITION_TITLES) - {"lock", "starter", "closer"}


def _star_fits(text: str, mention: Mention, cast: Cast, p: Person, head: str) -> bool:
    """Whether ``p`` may be "the <head>" a star's trade names: the trade's sex fits (‘the actor’ is said of
    women too), no office of another kind is given to them, and no unnamed one of that trade (‘a fellow
    singer’, ‘another actor’) was brought in before the mention."""
    sex = GENDERED_NOUNS.get(head) if head != "actor" else None
    return sex in (None, p.gender) \
        and not any(w in ROLE_NOUNS and w not in (STAR_TRADES if head in STAR_TRADES else SUBJECT_POSITIONS)
                    and w not in EPITHET_ROLES and w not in KIN_NOUNS
                    for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split()) \
        and regex.search(rf"\b(?i:an?|one|another) (?:[\w\-’']+ ){{0,3}}(?i:{regex.escape(head)})\b",
                         text[:mention.start]) is None


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
    return p if _star_fits(text, mention, cast, p, head) else None


def _set_off_by_role(text: str, at: int) -> bool:
    """The name at ``text[at:]`` comes after a noun of a person's role (‘fellow judge Colm Drury’,
    ‘co-host Tom Bell’), not bare after a verb or a preposition (‘booked Ana Lu’, ‘opened for Zara Moon’).

    >>> _set_off_by_role("a row with fellow judge Colm Drury", 24), _set_off_by_role("Tom Hale booked Ana Lu", 16)
    (True, False)
    """
    words = text[max(0, at - 40):at].split()
    if not words or text[at - 1:at] != " ":
        return False
    w = words[-1].lower()
    return w in ROLE_NOUNS or w in KIN_NOUNS or _person_noun(w) or w.startswith("co-")


def _star_subject_before(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The person named as the subject that opens the sentence before, for "the <words> <trade>" with a
    star's trade (STAR_TRADES), or a player's position (SUBJECT_POSITIONS: ‘Mensah, who has scored nine goals,
    hit the bar. The striker, linked with a move, said …’, w107b), as the subject that opens its own sentence:
    entertainment copy names the
    star, then calls them by their trade in the next sentence (‘Lorne, whose debut album topped the
    charts, will close the festival. In a video, the singer said: “…”’; ‘Ada Roe quit the show days after a
    row with co-host Tom Bell. / The former soap star, 38, told fans: “…”’). None when the sentence before
    opens with no person's name, gives its trade to someone named in it, or makes them a fan or a victim;
    when the words point at someone else (‘the other actor’), someone unnamed of that trade is brought in
    before (‘a fellow singer’), the trade's sex is not theirs, or the article gives them an office.

    >>> from quotesearch.speakers import Cast
    >>> t = "Ana Lu will close the festival. In a video, the singer said it was “a dream”."
    >>> at = t.index("the singer")
    >>> _star_subject_before(t, Mention(at, at + 10, "the singer", "description"), Cast(t)).name
    'Ana Lu'
    >>> t = "Ana Lu met the rapper Tom Bell. In a video, the rapper said it was “a dream”."
    >>> at = t.rindex("the rapper")
    >>> _star_subject_before(t, Mention(at, at + 10, "the rapper", "description"), Cast(t)) is None
    True
    """
    words = mention.text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the" \
            or ((head := words[-1].lower()) not in STAR_TRADES and head not in SUBJECT_POSITIONS) \
            or any(w.lower() in OTHER_STAR_WORDS for w in words[1:-1]) or text.startswith((", who ", " who "), mention.end):
        return None
    s_lo = max(text.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    if s_lo <= 0 or RE_OPENING_BEFORE_SUBJECT.fullmatch(text, s_lo, mention.start) is None:
        return None  # (the epithet opens its sentence, after an opening phrase at most)
    p_hi = len(text[:s_lo].rstrip())
    p_lo = max(text.rfind(c, 0, p_hi - 1) for c in ".!?\n") + 1
    if p_hi - p_lo < 10 or text[p_lo:p_hi].count("“") + text[p_lo:p_hi].count('"') > 2 \
            or RE_NOT_THE_STAR.search(text, p_lo, p_hi) is not None:
        return None  # (a sentence before, no quotation of its own, whose subject is no fan nor victim)
    toks = tokenize(text, p_lo, p_hi)
    m = sentence_subject(text, toks, cast.knows) if toks else None
    if m is None or m.kind != "name" or text.startswith(("’", "'"), m.end) \
            or RE_OPENING_BEFORE_SUBJECT.fullmatch(text, p_lo, m.start) is None:
        return None
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or p.plural or p.placelike or cast.firm_named(p) or is_organisation(p.name.split()) \
            or not (p.personlike or p.titled or p.who or " " in p.name):
        return None
    if regex.search(rf"\b{regex.escape(head)}\b", text[p_lo:p_hi], flags=regex.I) is not None \
            and any(q is not p and q.kind == "name" and any(p_lo <= s < p_hi for s, _ in q.spots)
                    for q in cast.by_surname.values()):
        return None  # (its trade given to another named there: ‘Ana Lu met the rapper Tom Bell.’)
    if any(q is not p and q.kind == "name" and not q.placelike and not cast.firm_named(q)
           and not is_organisation(q.name.split()) and m.end <= s < p_hi and not _set_off_by_role(text, s)
           for q in cast.by_surname.values() for s, _ in q.spots):
        return None  # (another person named bare after its subject may be the star: ‘Tom Hale booked Ana Lu
        # for the festival. The singer said’, ‘Ellen Voss will replace Toby Grant. The former presenter said’; rv78b)
    return p if _star_fits(text, mention, cast, p, head) else None


def _continued_speaker(text: str, sp: Span, mention: Mention, epithet: str,
                       results: list[tuple[Span, Found | None, str]], cast: Cast) -> Person | None:
    r"""The one named who spoke the quotation right before, whom an epithet whose cue goes on with what
    was said (:data:`CONTINUING_CUES`: "added") stands for, a "who" clause after it or none: ‘Ann Cole said
    …. “…,” she said. / The 47-year-old, who now works as a nurse, added that she had read it “twice”.’
    (w128d). Only from the quotation's paragraph or the one before, with no one else named since, and
    never one of the other sex than the epithet's noun; else None (as written).

    >>> t = "Ann Cole said it. “No,” she said.\n\nThe 47-year-old, who is a nurse, added that it was “sad”."
    >>> first = Span(19, 21, 18, 23, 0, 0, 33)
    >>> said = Found(Mention(24, 27, "she", "pronoun"), Person("Ann Cole", spots=[(0, 8)], gender="f"), "cue-after", "said")
    >>> at = t.index("The 47")
    >>> _continued_speaker(t, Span(t.index("sad"), t.index("sad") + 3, t.index("sad") - 1, len(t) - 1, 1, at, len(t)),
    ...                    Mention(at, at + 15, "The 47-year-old", "description"), "The 47-year-old", [(first, said, "")], Cast(t)).name
    'Ann Cole'
    """
    k = len(results) - 1
    while k >= 0 and results[k][2] == "scare" and results[k][0].paragraph >= sp.paragraph - 1:
        k -= 1  # (a title or a scare quote after the words before is no one's speech: ‘‘…,’ he told BBC Radio 4’s
        # ‘Today’ programme. / The 59-year-old added: ‘…’’; whoever it names since is read below)
    if k < 0 or results[k][2] == "scare":
        return None
    last = k
    while k > 0 and results[k][1] is None and (results[k][0].continued or (
            results[k - 1][0].paragraph == results[k][0].paragraph and results[k - 1][2] != "scare")):
        k -= 1  # (a second quotation of its paragraph, or one going on from the paragraph before: the first's speaker)
    before, said = results[last][0], results[k][1]
    p = said.person if said is not None else None
    if p is None or p.kind != "name" or not p.personlike or p.plural or not 0 <= sp.paragraph - before.paragraph <= 1:
        return None
    since = before.close_end if before.close_end is not None else before.end
    title = results[last + 1][0] if last == len(results) - 2 else None  # (one title skipped: its words name no one)
    title_at = (title.open_at, title.close_end or title.end) if title is not None else (0, 0)
    if since > mention.start or any(q is not p for q in _named_people(text, since, mention.start, cast, title_at)) \
            or people_words(text[since:mention.start]) \
            or any(w in KIN_NOUNS for w in RE_LOWER_WORD.findall(text, since, mention.start)):
        return None  # (someone else named or described since: ‘… she said. / Her son, Tom Cole, stood by. The
        # 19-year-old added …’ may be his; kin too, who may share the name: ‘Her grandson, Leo Marsh,’, review rv128d)
    if (aged := RE_THE_AGE.match(epithet)) is not None \
            and _aged_otherwise(text, aged.group(1) + "-year-old", p.name.split()[-1], mention.start):
        return None  # (the one who spoke was given another age: ‘said Ines Moreau, 44. / The 31-year-old added
        # …’ is someone else, review of w132a)
    sex = GENDERED_NOUNS.get(epithet.lower().split()[-1])
    told = RE_SEX_WORD.search(text, mention.end, max(mention.end, sp.open_at)) if sp.open_at > mention.end else None
    if told is not None and (told.group().lower() in ("he", "his", "him")) != (p.gender == "m"):
        sex = "m" if told.group().lower() in ("he", "his", "him") else "f"  # (a pronoun after the epithet tells the sex)
    return None if sex is not None and p.gender is not None and sex != p.gender else p


def _quoted_speaker_aged_again(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]],
                               results: list[tuple[Span, Found | None, str]], cast: Cast) -> Person | None:
    r"""Whom an age epithet that opens the paragraph before the quotation ``sp`` as its subject stands for,
    when the paragraph before the epithet's is wholly the quotation of one person named in full
    (:func:`~quotesearch.epithets._speaker_of_quoted_paragraph`): ‘“…,” Mr Dunn said. / “…” / The 54-year-old,
    whose family has farmed there since 1891, said he had sold the herd. / “…”’ is Dunn, as at an epithet
    with its own words. None when anyone is given that age before (named or not), the speaker another age, or
    the report keeps one of that age unnamed; ``results``: those before ``sp``.

    >>> t = "Tom Dunn spoke.\n\n“It hurt.”\n\nThe 54-year-old said he had sold the herd.\n\n“Gone.”"
    >>> paras = paragraphs(t)
    >>> first = Span(t.index("It"), t.index(".”") + 1, t.index("“"), paras[1][1], 1, *paras[1])
    >>> said = Found(None, Person("Tom Dunn", spots=[(0, 8)]), "previous-paragraph", None)
    >>> at = t.index("The 54")
    >>> sp = Span(t.rindex("Gone"), t.rindex("Gone") + 5, t.rindex("“"), len(t), 3, *paras[3])
    >>> _quoted_speaker_aged_again(t, sp, Mention(at, at + 15, "The 54-year-old", "description"), paras, [(first, said, "direct")], Cast(t)).name
    'Tom Dunn'
    >>> t2 = t.replace("Tom Dunn spoke.", "Tom Dunn, 61, spoke.")
    >>> paras = paragraphs(t2)
    >>> first = Span(t2.index("It"), t2.index(".”") + 1, t2.index("“"), paras[1][1], 1, *paras[1])
    >>> at = t2.index("The 54")
    >>> sp = Span(t2.rindex("Gone"), t2.rindex("Gone") + 5, t2.rindex("“"), len(t2), 3, *paras[3])
    >>> _quoted_speaker_aged_again(t2, sp, Mention(at, at + 15, "The 54-year-old", "description"), paras, [(first, said, "direct")], Cast(t2)) is None
    True
    """
    age = RE_THE_AGE.fullmatch(mention.text)
    k = sp.paragraph - 1
    if age is None or k < 1 or k >= len(paras) or mention.start != paras[k][0] or sp.open_at != sp.para_start:
        return None  # (the epithet opens the paragraph right before words that open theirs)
    lo, hi = paras[k]
    p = _speaker_of_quoted_paragraph(text, sp._replace(paragraph=k, para_start=lo, open_at=hi), paras, results, mention.text)
    if p is None or _aged_otherwise(text, age.group(1) + "-year-old", p.name.split()[-1], mention.start) \
            or _age_kept_unnamed(text, age.group(1), mention.start) \
            or regex.search(rf"\b{age.group(1)}-year-old\b", text[max(0, mention.start - AGE_REACH):mention.start]) is not None \
            or any(n.group("age") == age.group(1) for n in RE_NAMED_AGE.finditer(text, max(0, mention.start - AGE_REACH), mention.start)):
        return None  # (an age given before, to them or anyone: the rule for a named age decides, or none does)
    return p


def closes_paragraph(text: str, results: list[tuple[Span, Found | None, str]], paragraph: int,
                     paras: list[tuple[int, int]]) -> bool:
    r"""The last quotation found closes paragraph ``paragraph``: nothing but a full stop after its closing
    mark (‘… said she had “never been so nervous.”’), so that its speaker is the one in focus at the
    paragraph's end (:func:`_continued_speaker`, w128d).

    >>> t = "Ann Cole said she was “proud.”\n\nNext."
    >>> closes_paragraph(t, [(Span(22, 28, 21, 30, 0, 0, 30), None, "direct")], 0, [(0, 30), (32, 37)])
    True
    >>> closes_paragraph(t, [(Span(22, 28, 21, 30, 0, 0, 30), None, "direct")], 1, [(0, 30), (32, 37)])
    False
    """
    if not results or paragraph >= len(paras):
        return False
    last = results[-1][0]
    return last.paragraph == paragraph and last.close_end is not None \
        and not text[last.close_end:paras[paragraph][1]].strip(" .")
