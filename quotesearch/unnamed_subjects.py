"""Someone unnamed who speaks: one who keeps their name back in a "who" clause, one alone who opens
the sentence before the words, the words of each sex, and one of a sex named before.
"""

from __future__ import annotations

import re

import regex

from quotesearch.cue_tokens import _first_word, last_sentence_start, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, GENDERED_NOUNS, ROLE_NOUNS, TRADE_HEADS
from quotesearch.speech_words import FEELING_PARTICIPLES, GESTURE_VERBS, SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.backward_descriptions import UNMARKED_PLURALS
from quotesearch.name_parts import gender_of
from quotesearch.tokens import Token
from quotesearch.quote_spans import Span
from quotesearch.people import COLLECTIVE_NOUNS, RE_PEOPLE_PLURAL
from quotesearch.descriptions import OTHER_SEX
from quotesearch.kinship import PRONOUN_SEX
from quotesearch.relations import RE_SET_OFF_PHRASE
from quotesearch.titles import _person_noun
from quotesearch.they_subjects import OPENING_PHRASE_LEADS, RE_NAMED_PLURAL
from quotesearch.cast_pronouns import RE_NAME_KEPT_BACK_AFTER


#: A second "who" clause, after a first, that keeps the name of the one described back (‘A juror who
#: teaches at a school, and who asked not to be named because she feared harassment, said’); never one
#: that gives a name to go by (‘…, and who asked to be identified only as Grace,’).
#:
#: >>> bool(RE_AND_WHO_KEPT_BACK.match(", and who asked not to be named, said")), \
#: ...     bool(RE_AND_WHO_KEPT_BACK.match(", and who asked to be identified only as Grace, said")), \
#: ...     bool(RE_AND_WHO_KEPT_BACK.match(", and who declined to give his name for fear of arrest, said"))
#: (True, False, True)
RE_AND_WHO_KEPT_BACK = LazyPattern(r", and who (?:asked|declined|requested|refused|spoke|did not want)[^,.;:“”\"\n]{0,40}?"
                                   r"\b(?:anonymity|anonymous|named|identified|(?:his|her|their) (?:full )?name)\b"
                                   r"(?! (?:only |simply )?(?:as|by)\b)")

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
    s = last_sentence_start(text, lo, hi)
    while s < hi and text[s] in " \n\t”\"’":
        s += 1
    m = RE_KEPT_BACK_SPEAKER.match(text, s, hi)
    if m is None or OTHER_SEX[gender].search(text, m.end(1), m.end()) is not None \
            or GENDERED_NOUNS.get(description_head(m.group(1)) or "", gender) != gender:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "description")


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

#: A definite description opening its sentence, of one person, that a clause set off keeps unnamed (‘The
#: farmer who runs the site, who asked that the farm not be named, spoke to us.’): only "The" in capitals,
#: a sentence's first word, never "the" inside one.
#:
#: >>> RE_DEFINITE_OPENING.match("The farmer who runs the site") is not None, RE_DEFINITE_OPENING.match("the farmer") is None
#: (True, True)
RE_DEFINITE_OPENING = LazyPattern(r"The \p{Ll}")


def _kept_back_definite(text: str, subject: Mention, head: str | None, hi: int, gender: str) -> bool:
    """Whether ``subject``, the subject of the sentence before a quotation, is someone unnamed whose "he" or
    "she" the quotation's cue is: a definite description that opens its sentence (:data:`RE_DEFINITE_OPENING`),
    of a person whose noun fits the pronoun's sex, with a clause set off right after that keeps their name
    back (:data:`RE_NAME_KEPT_BACK_AFTER`), and no one of the other sex nor anyone named (a capitalised
    word) after it up to ``hi``.

    >>> t = "The farmer who runs the site, who asked that the farm not be named, spoke to us. "
    >>> m = Mention(0, 28, "The farmer who runs the site", "description")
    >>> _kept_back_definite(t, m, "farmer", len(t), "m"), _kept_back_definite(t, m, "farmer", len(t), "f")
    (True, True)
    >>> _kept_back_definite(t.replace("spoke to us", "spoke to Ms Lane"), m, "farmer", len(t) + 4, "m")
    False
    >>> _kept_back_definite(t.replace("who asked that the farm not be named", "who runs it"), m, "farmer", len(t) - 25, "m")
    False
    >>> _kept_back_definite(t.replace("The farmer", "The woman"), m, "woman", len(t), "m")
    False
    """
    if RE_DEFINITE_OPENING.match(text, subject.start) is None or head is None or not _person_noun(head) \
            or GENDERED_NOUNS.get(head, gender) != gender or (kept := RE_NAME_KEPT_BACK_AFTER.match(text, subject.end)) is None:
        return False
    if OTHER_SEX[gender].search(text, subject.end, hi) is not None:
        return False
    return not named_since(text, kept.end(), hi)


#: A capitalised word inside a sentence, never its first (‘on Tuesday’, ‘Jane Doe’ after a comma).
RE_CAPITAL_WORD_INSIDE = LazyPattern(r"(?<=[\p{L},;:)]\s)\p{Lu}[\p{L}’'\-]*")

def named_since(text: str, lo: int, hi: int) -> bool:
    """Whether someone may be named in ``text[lo:hi]``: a capitalised word other than a sentence's first,
    unless a day or a month (‘scheduled for 96 shots on Tuesday’ names no one).

    >>> named_since("He left. His manager, Jane Doe, disagreed.", 0, 42), named_since("He left on Tuesday. She spoke.", 0, 30)
    (True, False)
    """
    return any(w.group() not in WEEKDAY_NAMES and w.group() not in MONTH_NAMES
               for w in RE_CAPITAL_WORD_INSIDE.finditer(text, lo, hi))


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
        if named_since(text, m.end(2), hi):
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
#:
#: (and the body or the place they belong to after "in", "at" or "from", capitalised: w66c)
#:
#: >>> RE_KEPT_BACK_SAID.match("A nurse at St Mary's Hospital, who asked not to be named, said it was hard.").group(1)
#: "A nurse at St Mary's Hospital"
#:
#: (and what they bring after "with", their years in the trade: w68a)
#:
#: >>> RE_KEPT_BACK_SAID.match("A ferry pilot with more than two decades of service, who asked not to be named, said so.").group(1)
#: 'A ferry pilot with more than two decades of service'
RE_KEPT_BACK_SAID = LazyPattern(
    r"(?:(?:But|And|Yet|Still|However,) )?((?:[Aa]n?|One|one|Another|another) (?:of (?:the|its|their) )?"
    r"(?:[\p{L}\-]+ ){0,6}[\p{Ll}\-]+(?: (?:in|at|from) (?:the )?\p{Lu}[\p{L}’'\-]*(?: (?:of|and|for|the|\p{Lu}[\p{L}’'\-]*))*)?"
    r"(?: with (?:more than |nearly |almost |over )?(?:an?|\d+|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+ty)"
    r"(?: [\p{Ll}\-]+){1,4})?)"
    r", who [^.;:“”\"\n]{0,120}?"
    r"\b(?:anonymity|anonymously|anonymous|named|identified)\b"
    r"[^.;:“”\"\n]{0,120}?, (?:said|told)\b")


#: A clause that gives the one kept back a name to go by (‘who asked to be identified only by her first name’,
#: ‘who asked to be named only by their username’, ‘who gave only the name Ade’, ‘identified as Ms K’).
RE_NAME_GONE_BY = LazyPattern(r"\b(?:asked|agreed|wanted|chose|preferred) to be (?:named|identified|called|known)\b"
                              r"|\bonly\b|\bas \p{Lu}|\bname[ds]?,? \p{Lu}")


#: One of a group, opening a description (‘One of the nurses’, ‘another of its members’).
RE_ONE_OF_THE = LazyPattern(r"(?i:one|another) of (?:the|its|their) ")


#: A sentence that only keeps back the name of the one the sentence before brought in, by "he" or "she"
#: (‘He cannot be identified for legal reasons.’, ‘She asked not to be named.’, ‘He cannot be named to
#: protect his children.’): the unnamed one's sentence is the one before it (w113b). Group 1: the pronoun.
#:
#: >>> RE_PRONOUN_KEPT_BACK.match("He cannot be identified for legal reasons.").group(1)
#: 'He'
#: >>> [bool(RE_PRONOUN_KEPT_BACK.match(t)) for t in ("She asked not to be named.", "He was identified by police.",
#: ...  "He cannot be identified, the judge ruled, and he said he was glad.")]
#: [True, False, False]
RE_PRONOUN_KEPT_BACK = LazyPattern(
    r"(He|She) (?:can ?not|can’t|can't|could not|may not|must not|is not|was not|has not been|will not be|"
    r"asked|requested|declined|wished|preferred|did not want|does not want) (?:not )?(?:to )?(?:be )?(?:named|identified)\b"
    r"(?: (?:for|to|because|under|on) [^.;:“”\"\n,]{0,60})?\.\s*$")


def _sentence_before_quote(text: str, sp: Span, paras: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """The sentence right before the quotation ``sp``: in its paragraph, or the last of the paragraph
    before when the quotation opens its own. Its start (past closing marks and spaces), its end and the
    start of its paragraph; None for a quotation that opens the article.

    >>> from quotesearch.quotes import find_spans
    >>> from quotesearch.quote_spans import paragraphs
    >>> t = "Intro.\\n\\nThe crowd grew restless. One usher shook his head. “Hi,” he said."
    >>> s, hi, p0 = _sentence_before_quote(t, find_spans(t)[0], paragraphs(t)); t[s:hi], t[p0:p0 + 9]
    ('One usher shook his head. ', 'The crowd')
    >>> t = "Intro.\\n\\nOne usher shook his head.\\n\\n“Hi,” he said."
    >>> s, hi, p0 = _sentence_before_quote(t, find_spans(t)[0], paragraphs(t)); t[s:hi]
    'One usher shook his head.'
    """
    if sp.open_at > sp.para_start:
        s, hi = last_sentence_start(text, sp.para_start, sp.open_at), sp.open_at
        p0 = sp.para_start
    elif sp.paragraph > 0 and sp.open_at == sp.para_start:
        p0, hi = paras[sp.paragraph - 1]
        ends = sentence_ends(text, p0, hi)
        s = ends[-1] if ends else p0  # (the paragraph's last sentence)
    else:
        return None
    while s < hi and text[s] in " \n\t”\"’":
        s += 1
    return s, hi, p0


def _kept_back_before(text: str, sp: Span, paras: list[tuple[int, int]], pronoun: str) -> Mention | None:
    """The one described whose name a clause keeps back (:data:`RE_KEPT_BACK_SAID`), who speaks in the
    sentence right before the quotation (in its paragraph, or the last of the paragraph before when it
    opens its own), for a "he", "she" or "they" at the quotation's cue: ‘A former plant employee, who spoke
    on condition of anonymity, said …. / “…,” they said’. None when the person is of the other sex, when
    "they" may stand for people in the plural after it, or when the one described is no person."""
    if pronoun not in ("he", "she", "they") or (before := _sentence_before_quote(text, sp, paras)) is None:
        return None
    s, hi, _ = before
    m = RE_KEPT_BACK_SAID.match(text, s, hi)
    if m is None:
        return None
    if RE_NAME_GONE_BY.search(text, m.end(1), m.end()) is not None:
        return None  # (a clause that gives a name to go by: ‘who asked to be identified only by her first
        # name, Tasha,’ is Tasha's)
    name = m.group(1)
    one_of = RE_ONE_OF_THE.match(name)
    head = (description_head(name[one_of.end():]) if one_of else description_head(name)) or ""
    if not head and (trade := name.split(" with ", 1)[0].rsplit(" ", 1)[-1].lower()) in TRADE_HEADS:
        head = trade  # (a trade the noun lists leave out, a thing's word too: ‘A tour guide with …, who …’, w68a)
    noun = head[:-1] if one_of and head.endswith("s") and not head.endswith("ss") else head
    if noun not in ROLE_NOUNS and noun not in DESCRIPTION_NOUNS and noun not in TRADE_HEADS or noun in THING_NOUNS or noun in COLLECTIVE_NOUNS \
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
            if _sex_named(w) == gender:
                return None  # (the kept-back one reports what someone named of that sex did: ‘…, said the
                # headteacher, Clare Dunn, had not replied. “…,” she said in a statement’ is Clare Dunn's)
    return Mention(m.start(1), m.end(1), name, "description")


#: Verbs an unnamed one who opens the sentence right before a quotation speaks or gestures with
#: (:func:`_unnamed_one_before`): a speech verb in the past or the present, or a gesture; never a
#: telling or an asking whose object may be someone else (‘A judge told Mr Reyes …’), nor a gesture
#: that points another thing out (‘pointed out that’).
#:
#: >>> "admitted" in UNNAMED_ONE_VERBS, "shook" in UNNAMED_ONE_VERBS, "told" in UNNAMED_ONE_VERBS
#: (True, True, False)
UNNAMED_ONE_VERBS = frozenset(v for v in SPEECH_VERBS | GESTURE_VERBS
                              if v.isalpha() and v not in ("told", "tells", "asked", "asks", "pointed", "points")
                              and (v.endswith(("ed", "s")) or v == "said" or v in GESTURE_VERBS))

#: Someone unnamed and alone who opens the sentence right before a quotation (past a short opening phrase
#: of place or time, or a "But"; a count or an owner's possessive in the group they are one of: ‘One of
#: the mill's 80 workers’), a clause or a description (‘, a former welder,’) set off after them or one
#: "who" clause, and the sentence's own verb of speech or gesture (:data:`UNNAMED_ONE_VERBS`, or a telling
#: of reporters), whose object is no one else (never ‘warned her’, ‘accused Tom Hale’): group "one" is
#: the one described, "clause" what is said of them before the verb.
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("One usher, watching the queue, shook his head.").group("one")
#: 'One usher'
#: >>> RE_UNNAMED_ONE_ACTS.match("Outside the hall, a voter who had waited an hour said it was slow.").group("one")
#: 'a voter'
#: >>> RE_UNNAMED_ONE_ACTS.match("One of the mill's 80 workers, a former welder, said he had retrained.").group("one")
#: "One of the mill's 80 workers"
#: >>> RE_UNNAMED_ONE_ACTS.match("A judge sentenced him to two years.") is None
#: True
#: >>> RE_UNNAMED_ONE_ACTS.match("A nurse warned her that it was late.") is None
#: True
#:
#: (and the place they come from, a name set off by the clause after it: ‘A retired welder from West
#: Haven, who declined to give his name, stood …’, w69b)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("A retired welder from West Haven, who declined to give his name, stood there.").group("one")
#: 'A retired welder from West Haven'
#:
#: (and one of several set off after a bare "Another": ‘Another, a midwife on the ward, said …’, w66c)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("Another, a midwife on the ward, said she was tired.").group("one")
#: 'a midwife on the ward'
#:
#: (a time clause of "as" or "while" may follow the opening phrase, the scene's moment: ‘At ten to six,
#: as the doors close, a man in a red scarf waves …’, w79a)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("At ten to six, as the doors close, a man in a red scarf waved at the stage.").group("one")
#: 'a man in a red scarf'
#:
#: (one brought in by a "whose" clause, who tells a paper with "The" in its name, or a live blog's entry
#: after its time stamp: ‘11.30 A woman whose son is held there told us she …’, ‘One junior counsel who has
#: practised for six years told The Courier she …’, w96c; never a telling of someone else: ‘told Mr Reyes’)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("11.30 A woman whose son is held there told us she was worried.").group("one")
#: 'A woman'
#: >>> RE_UNNAMED_ONE_ACTS.match("One clerk who has worked there for years told The Ledger she was paid less.").group("one")
#: 'One clerk'
#: >>> RE_UNNAMED_ONE_ACTS.match("One clerk who has worked there for years told Mr Reyes she was paid less.") is None
#: True
#:
#: (a clause's own verb after its auxiliary is never the sentence's: ‘whose ward has not declared told us’, guard w96c)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("One volunteer whose ward has not declared told us he expected a recount.").group("clause", "verb")
#: (' whose ward has not declared', 'told us')
#:
#: (one described with "The" only with a clause of a name kept back, ‘The ship's cook, a 30-year-old who asked not to
#: be named, said …’; an aside of age, ‘One of the victims, now in his 50s, read his statement …’; a telling of
#: "this newspaper"; w109d)
#:
#: >>> RE_UNNAMED_ONE_ACTS.match("The ship's cook, a man who asked not to be named, said the crew ate rice.").group("one")
#: "The ship's cook"
#: >>> RE_UNNAMED_ONE_ACTS.match("The ship's cook, a man from Goa, said the crew ate rice.") is None
#: True
#: >>> RE_UNNAMED_ONE_ACTS.match("One of the victims, now in his 50s, read his statement to the court.").group("verb")
#: 'read his statement'
#: >>> RE_UNNAMED_ONE_ACTS.match("A 16-year-old who left in May told this newspaper he was afraid.").group("one", "verb")
#: ('A 16-year-old', 'told this newspaper')
#: >>> RE_UNNAMED_ONE_ACTS.match("One of the victims, now in his 40s, read a victim impact statement.").group("verb")
#: 'read a victim impact statement'
RE_UNNAMED_ONE_ACTS = LazyPattern(
    r"(?:\d{1,2}[.:]\d{2} )?(?:(?:But|And|Yet|Still) )?(?:(?P<lead>\p{Lu}\p{Ll}+(?: [\p{L}\d\-]+){0,5}(?:, (?:as|while) [\p{L}\d\-]+(?: [\p{L}\d\-]+){0,5})?), )?(?P<another>Another, )?"
    r"(?P<one>(?:[Aa]n?|One|one|Another|another|The(?=(?: [\p{L}’'\-]+){1,4}, (?:an?|who)\b[^.;:“”\"\n]{0,80}?"
    r"\b(?:asked|requested|declined|wished|wanted) (?:not )?to be (?:named|identified)\b)) "
    r"(?:(?!(?:who|whose|which|that|and|or)\b)[\p{L}\d\-]+(?:[’']s)? ){0,6}?(?:\d{1,3}-)?[\p{Ll}\-]+"
    r"(?: from \p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){0,2}(?=,))?)"
    r"(?P<clause>, (?:who|\p{Ll}+ing|an?|now)\b[^.;:“”\"\n]{0,160}?,| who(?:se)? (?:(?!\band\b)[^.;:“”\"\n,]){0,120}?)?(?(another),)"
    r"(?(clause)(?<!\b(?:not|never|has|have|had|was|were|is|are|be|been|did|does|do|would|will|could|can|should|may|might|must)))"
    r" (?:\p{Ll}+ly )?(?P<verb>told (?:reporters|journalists|us|me|The \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?"
    r"|th(?:is|e) (?:newspaper|paper|programme|program|website))\b"
    r"|read (?:his|her|their|an?) (?:own )?(?:(?:victim|family) (?:impact|personal) |personal |written |prepared |short |brief )?statement\b|(?:"
    + "|".join(sorted(UNNAMED_ONE_VERBS, key=lambda v: (-len(v), v))) + r")\b(?! (?:him|her|them|\p{Lu})))")

#: A clause by which a source chose to keep their name back (‘who asked not to be named’, ‘who spoke on
#: condition of anonymity’), never one the law keeps back (‘who cannot be named for legal reasons’).
#:
#: >>> bool(RE_SOURCE_KEPT_BACK.search(", who asked not to be named,")), bool(RE_SOURCE_KEPT_BACK.search(" who cannot be named"))
#: (True, False)
#: >>> bool(RE_SOURCE_KEPT_BACK.match(", who asked not to be identified."))
#: True
RE_SOURCE_KEPT_BACK = LazyPattern(
    r"(?:, who [^.;:“”\"\n]{0,60}?)?(?:\b(?:asked|requested|declined|wished|wanted|preferred|agreed) (?:not )?to"
    r" (?:be (?:named|identified)|give (?:his|her|their) (?:full |last )?name)"
    r"|\b(?:did|does) not (?:want|wish) to be (?:named|identified)|\bcondition of anonymity|\banonymously\b)")

#: A name to go by given in the clause after someone unnamed (‘who we are calling Sunita’, ‘known as Ray’).
#:
#: >>> bool(RE_CALLED_BY_NAME.search(" who we are calling Sunita to protect her")), bool(RE_CALLED_BY_NAME.search(" who lives nearby"))
#: (True, False)
RE_CALLED_BY_NAME = LazyPattern(r"\b(?:call(?:ing|ed)?|named|known as|goes by|went by|name is) \p{Lu}")

#: Words that tell a man's or a woman's sex: the pronouns :data:`OTHER_SEX` holds for the other one.
#:
#: >>> [w.group() for w in SEX_WORDS["m"].finditer("He shook his head at her.")]
#: ['He', 'his']
SEX_WORDS = {"m": OTHER_SEX["f"], "f": OTHER_SEX["m"]}


#: Someone else of a sex in the sentence of an unnamed one (:func:`_unnamed_one_before`): "him", or "her"
#: as an object (‘stood beside him’, ‘working beside her,’), never "her" before a noun (‘shook her head’).
#:
#: >>> bool(RE_SOMEONE_ELSE_OF_SEX["f"].search("A nurse, working beside her, nodded.")), bool(RE_SOMEONE_ELSE_OF_SEX["f"].search("A nurse shook her head."))
#: (True, False)
RE_SOMEONE_ELSE_OF_SEX = {"m": LazyPattern(r"\bhim\b", flags=regex.I),
                          "f": LazyPattern(r"\bher\b(?=\s*[.,;:!?)]|\s+(?:and|as|at|in|on|to|from|with|for|that|when|while"
                                           r"|before|after|about|of|over|out|off|up|down|back)\b)", flags=regex.I)}

#: Another person spoken of after an unnamed one's verb (‘said a man climbed out’, ‘said the driver was
#: unhurt’): group 1 up to three words, one in no plural's form read as a person's by :func:`quotesearch.titles._person_noun`.
#:
#: >>> RE_ANOTHER_PERSON.search(" said the driver was unhurt").group(1)
#: 'driver '
RE_ANOTHER_PERSON = LazyPattern(r"\b(?:[Aa]n?|[Tt]he|[Aa]nother) ((?:(?!(?:was|were|is|are|had|has|have|would|will|could|did)\b)\p{Ll}[\p{Ll}\-]*[^s\W] ?){1,3})")

#: One through whom another speaks, who is no other person spoken of (‘said through a translator that …’,
#: ‘told us through an interpreter’) (w109d).
#:
#: >>> bool(RE_THROUGH_MEDIATOR.search(" said through a translator", 0, 14)), bool(RE_THROUGH_MEDIATOR.search(" said a translator", 0, 6))
#: (True, False)
RE_THROUGH_MEDIATOR = LazyPattern(r"\bthrough $")

#: An age that stands for the person of that age (‘A 17-year-old who was released …’) (w109d).
#:
#: >>> bool(RE_AGE_NOUN.fullmatch("17-year-old")), bool(RE_AGE_NOUN.fullmatch("17-year"))
#: (True, False)
RE_AGE_NOUN = LazyPattern(r"\d{1,3}-year-old")


#: The word right before a position, searched up to it (a verb before "his" or "her").
#:
#: >>> RE_WORD_BEFORE_END.search("A reporter questioned ").group(1)
#: 'questioned'
RE_WORD_BEFORE_END = LazyPattern(r"(\p{L}+) $")


def _tells_own_sex(text: str, w) -> bool:
    """The sex word ``w`` in an unnamed one's sentence is the one's own: no "his" or "her" right after
    a verb that acts on another (‘questioned his tactics’, ‘translated his speech’); one after a gesture
    or a saying is (‘shook his head’, ‘said his feet hurt’)."""
    if w.group().lower() not in ("his", "her"):
        return True
    before = RE_WORD_BEFORE_END.search(text, max(0, w.start() - 40), w.start())
    verb = before.group(1).lower() if before else ""
    return verb in GESTURE_VERBS or verb in ("said", "says", "added", "adds") \
        or not (verb.endswith("ed") or (verb.endswith("s") and verb in SPEECH_VERBS))


#: Words of saying that keep a "whose" clause out of an unnamed one's description (‘a rider whose boss said
#: he had not been paid’, guard w96c).
#:
#: >>> "told" in CLAUSE_SAYINGS, "paid" in CLAUSE_SAYINGS
#: (True, False)
CLAUSE_SAYINGS = frozenset("said says told tells".split())


def _kept_back_teller(m: regex.Match) -> bool:
    """The one :data:`RE_UNNAMED_ONE_ACTS` matched asked to have their name kept back and says something
    (‘The ship's cook, who asked not to be named, said …’): a source the next "he" or "she" quotes, though
    the sentence tells no sex (w109d).

    >>> _kept_back_teller(RE_UNNAMED_ONE_ACTS.match("A cook, who asked not to be named, said it was hard."))
    True
    >>> _kept_back_teller(RE_UNNAMED_ONE_ACTS.match("A cook, who asked not to be named, shrugged."))
    False
    """
    return RE_SOURCE_KEPT_BACK.search(m.group("clause") or "") is not None \
        and m.group("verb").split()[0] in SPEECH_VERBS


def _unnamed_one_before(text: str, sp: Span, paras: list[tuple[int, int]], gender: str | None,
                        kept_back: bool = False, told: bool = True, with_clause: bool = False) -> Mention | None:
    """Someone unnamed and alone, a person of ``gender`` (or either), who opens the sentence right before
    the quotation (in its paragraph, or the last of the paragraph before when it opens its own) and speaks
    or gestures in it (:data:`RE_UNNAMED_ONE_ACTS`): the "he" or "she", or the bare "the man" or "the
    director", of the quotation's cue after it (‘One usher, watching the queue, shook his head. “…,” he
    said’), never a man or woman named long before. With ``gender`` and ``told``, only when the sentence
    tells that sex (never ‘In the stands, a fan smiled. “…,” he said’); with ``kept_back``, only one who asked to have
    their name kept back. None when the clause gives a name to go by, when anyone of that sex is named
    after them, or the other sex is spoken of. With ``with_clause``, the one with a "whose" clause not set
    off by commas, up to the verb, as the description route cuts it (‘An agent whose firm handled the sale
    told The Courier …’ is "An agent whose firm handled the sale", never "An agent"; a "who" clause, a
    clause set off, ‘A commuter, who …, said’, and a clause of a name kept back or of saying stay out,
    guard w96c)."""
    if (before := _sentence_before_quote(text, sp, paras)) is None:
        return None
    s, hi, p0 = before
    if text.startswith(("He ", "She "), s) and (kept := RE_PRONOUN_KEPT_BACK.match(text, s, hi)) is not None \
            and (gender is None or PRONOUN_SEX[kept.group(1).lower()] == gender) and s > p0:
        s, hi = last_sentence_start(text, p0, s), s  # (past a sentence that only keeps back their name: ‘One of
        # the victims, now in his 40s, read a statement. He cannot be identified for legal reasons.’, w113b)
        while s < hi and text[s] in " \n\t”\"’":
            s += 1
    m = RE_UNNAMED_ONE_ACTS.match(text, s, hi)
    if m is None:
        return None
    if m.group("lead") is not None and m.group("lead").split()[0].lower() not in OPENING_PHRASE_LEADS:
        return None  # (only a short phrase of place or time: never ‘When police arrived, a man said …’)
    clause = m.group("clause") or ""
    if (kept_back and RE_SOURCE_KEPT_BACK.search(clause) is None) \
            or RE_NAME_GONE_BY.search(clause) is not None or RE_CALLED_BY_NAME.search(clause) is not None:
        return None  # (a clause that gives a name to go by: ‘One man, who gave his name only as Ray,’)
    name = m.group("one")
    one_of = RE_ONE_OF_THE.match(name)
    head = (description_head(name[one_of.end():]) if one_of else description_head(name)) or ""
    if not head and RE_AGE_NOUN.fullmatch(last := name.rsplit(" ", 1)[-1]):
        head = last  # (‘A 17-year-old’, which no list of nouns holds, w109d)
    noun = head[:-1] if one_of and head.endswith("s") and not head.endswith("ss") else head
    if not (_person_noun(noun) or RE_AGE_NOUN.fullmatch(noun)) or noun in THING_NOUNS or noun in COLLECTIVE_NOUNS \
            or noun in UNMARKED_PLURALS or (not one_of and head.endswith("s") and not head.endswith("ss")):
        return None  # (a person, one: never ‘Two guards, watching …, shook their heads’; an age is one, w109d)
    sexes = ("m", "f") if gender is None else (gender,)
    noun_sex = GENDERED_NOUNS.get(noun)
    if noun_sex is not None and noun_sex not in sexes:
        return None
    if gender is not None and (OTHER_SEX[gender].search(text, m.start("one"), sp.open_at) is not None
                               or RE_SOMEONE_ELSE_OF_SEX[gender].search(text, m.start("one"), hi) is not None
                               or (told and noun_sex is None and not _kept_back_teller(m)
                                   and not any(_tells_own_sex(text, w) for w in SEX_WORDS[gender].finditer(text, m.start("one"), hi)))):
        return None  # (never one beside someone else of that sex: ‘A court officer stood beside him.’, ‘A
        # reporter questioned his tactics.’: the "his" is the one acted on, no sign of the one's own sex)
    if gender is not None and told and (_named_of_sex_before(text, p0, m.start("one"), gender)
                                        or _surname_of_sex_before(text, p0, m.start("one"), gender)):
        return None  # (review rv62c2: a man or woman named earlier in the same paragraph is whom the
        # paragraph is about: ‘Author Jane Pike read from her novel. A woman in the audience laughed. “…,”
        # she said’, ‘Finance chief Lena Holt presented the results. One investor frowned as she spoke.’)
    for w in RE_ANOTHER_PERSON.finditer(text, m.end(), hi):
        if RE_THROUGH_MEDIATOR.search(text, max(m.end(), w.start() - 9), w.start()) is not None:
            continue  # (one through whom they speak: ‘said through a translator that …’, w109d)
        if any(_person_noun(x) and x not in THING_NOUNS for x in w.group(1).split()):
            return None  # (the sentence tells of another person: ‘A neighbour said a man climbed out.’)
    if any(_sex_named(w) in sexes for w in RE_PERSON_NAMED_AFTER.finditer(text, m.start("one"), sp.open_at)):
        return None  # (they report what someone named did: ‘A neighbour said Tom Hale had left.’)
    if with_clause and clause.startswith(" whose ") and RE_SOURCE_KEPT_BACK.search(clause) is None \
            and not any(w in CLAUSE_SAYINGS for w in clause.lower().split()):
        # (guard w96c: a "whose" clause is part of the description, as the description route keeps it;
        # never a clause of a name kept back, nor one of saying; a "who" clause stays out, as before:
        # ‘One junior counsel who has practised … for six years told The Courier’ is "One junior counsel")
        return Mention(m.start("one"), m.end("clause"), text[m.start("one"):m.end("clause")], "description")
    return Mention(m.start("one"), m.end("one"), name, "description")


#: One person brought in unnamed by "One" at the opening of a paragraph, a clause set off after them, and
#: the sentence's verb, whatever it is (a stance or a state: ‘One local farmer, who had watched from the
#: paddock, backed the call.’, ‘One fan, wrapped in a flag, was unbowed.’): group "one" the person, "head"
#: their noun (w68c).
#:
#: >>> RE_ONE_OPENS_PARAGRAPH.match("One fan, wrapped in a flag at the stage end, was unbowed.").group("one", "head")
#: ('One fan', 'fan')
#: >>> RE_ONE_OPENS_PARAGRAPH.match("One of the best days in years.") is None
#: True
RE_ONE_OPENS_PARAGRAPH = LazyPattern(
    r"(?P<one>One (?:[\p{Ll}\-]+ ){0,3}?(?P<head>[\p{Ll}\-]+))(?:, (?:who\b|\p{Ll}+(?:ing|ed)\b|an?\b)[^.;:“”\"\n]{0,160}?,"
    r"| who (?:(?!\band\b)[^.;:“”\"\n,]){0,120}?)? (?:\p{Ll}+ly )?(?P<verb>was|is|(?!(?:said|says|told|tells)\b)\p{Ll}+ed)\b"
    r"(?P<rest>[^.;:“”\"\n]{0,120})[.!]\s*\Z")

#: The verbs of a stance that let "One <noun>" who opens a paragraph be the "he" or "she" after the words
#: (‘One supporter … agreed with the decision’, ‘One director … resigned in protest’); never what befell
#: them (‘One patient … died’, ‘One man … remained in hospital’, ‘One passenger … escaped’), where the
#: words are still the official's named before (review rv68c).
#:
#: >>> "backed" in ONE_STANCE_VERBS, "died" in ONE_STANCE_VERBS
#: (True, False)
ONE_STANCE_VERBS = frozenset("""
agreed disagreed backed welcomed opposed objected praised criticised criticized applauded condemned defended
resigned complained protested questioned doubted disputed rejected dismissed shrugged laughed smiled sighed
nodded scoffed bristled balked baulked despaired cheered sided supported endorsed blamed accused faulted hailed
lamented mourned regretted feared wondered insisted refused declined vowed pleaded begged warned urged demanded
""".split())

#: The states after "was" or "is" of one who takes a stance (‘One fan … was furious’, ‘One scout … was
#: sceptical’), besides the feelings' participles (‘was impressed’) and the un-…-ed words (‘was unbowed’)
#: that _one_opening_paragraph takes as they are (review rv68c).
#:
#: >>> "furious" in ONE_STANCE_STATES, "injured" in ONE_STANCE_STATES
#: (True, False)
ONE_STANCE_STATES = frozenset("""
furious angry livid unhappy happy defiant sceptical skeptical upbeat philosophical blunt adamant scathing
critical dismissive blunter less more not far unapologetic optimistic pessimistic hopeful fearful
""".split())

#: A report by someone else closing the sentence (‘…, Briggs conceded.’, ‘…, police said.’): group 1 its verb,
#: searched in the sentence's rest before its full stop.
#:
#: >>> RE_REPORTED_BY_ANOTHER.search(" furious, Briggs conceded").group(1), RE_REPORTED_BY_ANOTHER.search(" furious at the council")
#: ('conceded', None)
RE_REPORTED_BY_ANOTHER = LazyPattern(r", (?:[\p{L}\-]+ ){1,3}(\p{Ll}+)\s*\Z")

#: A word in title case, a name's to test for a sex the lists know (‘Maria’ in ‘One fan, beside Maria, …’).
#:
#: >>> [w.group() for w in RE_CAPITALISED_WORD.finditer("One fan, beside Maria and NATO, cheered")]
#: ['One', 'Maria']
RE_CAPITALISED_WORD = LazyPattern(r"\b\p{Lu}\p{Ll}+\b")


def _one_opening_paragraph(text: str, sp: Span, paras: list[tuple[int, int]], gender: str) -> Mention | None:
    """Someone unnamed brought in by "One" who opens the quotation's paragraph in its one sentence before
    the words, whatever that sentence's verb (:data:`RE_ONE_OPENS_PARAGRAPH`): the "he" or "she" of the cue
    after the words (‘One fan, wrapped in a flag, was unbowed. “…,” he said’), never one named paragraphs
    before. None when the paragraph has more than that sentence before the words, when its noun is no
    single person's or of the other sex, when anyone is named in the sentence, or the other sex spoken of."""
    if sp.open_at <= sp.para_start or (before := _sentence_before_quote(text, sp, paras)) is None:
        return None
    s, hi, p0 = before
    if s != p0 or (m := RE_ONE_OPENS_PARAGRAPH.match(text, s, hi)) is None:
        return None
    noun, verb = m.group("head"), m.group("verb")
    state = (m.group("rest").split() or [""])[0].strip(",")
    if not (verb in ONE_STANCE_VERBS or (verb in ("was", "is") and (
            state in FEELING_PARTICIPLES or state in ONE_STANCE_STATES or (state.startswith("un") and state.endswith("ed"))))):
        return None  # (a stance or a feeling only, never what befell them: ‘One patient, an 81-year-old man, died on
        # Tuesday. “Our thoughts are with his family,” he said’ is the chief executive's, review rv68c)
    if (rep := RE_REPORTED_BY_ANOTHER.search(m.group("rest"))) is not None and rep.group(1) in SPEECH_VERBS:
        return None  # (nor a sentence another reports: ‘One resident … was furious, Briggs conceded.’)
    if not _person_noun(noun) or noun in THING_NOUNS or noun in COLLECTIVE_NOUNS or noun in UNMARKED_PLURALS \
            or (noun.endswith("s") and not noun.endswith("ss")) or GENDERED_NOUNS.get(noun) not in (None, gender):
        return None
    if OTHER_SEX[gender].search(text, m.start("one"), sp.open_at) is not None \
            or RE_SOMEONE_ELSE_OF_SEX[gender].search(text, m.start("one"), hi) is not None \
            or any(gender_of(w.group()) is not None for w in RE_CAPITALISED_WORD.finditer(text[m.end("one"):hi])) \
            or RE_NAME_GONE_BY.search(text, m.end("one"), hi) is not None:
        return None  # (never one beside someone named or of the other sex, nor one who gives a name to go by)
    done = RE_DONE_TO_ONE.search(text, m.end("one"), hi)
    if done is not None and (done.group(2) or (done.group(1) not in FEELING_PARTICIPLES and not done.group(1).startswith("un"))):
        return None  # (one acted on, never a state they are in: ‘One victim, a widow, was tricked into paying …. “…,”
        # she said’ may be the adviser named before; but ‘One fan … was unbowed’)
    return Mention(m.start("one"), m.end("one"), m.group("one"), "description")


#: A passive of one acted on (‘was tricked’, ‘is owed by’), group 1 the participle, group 2 an agent's or a
#: result's word after it.
#:
#: >>> RE_DONE_TO_ONE.search("One victim was tricked into paying").group(1, 2), RE_DONE_TO_ONE.search("was unbowed").group(2)
#: (('tricked', ' into'), None)
RE_DONE_TO_ONE = LazyPattern(r"\b(?:was|is|were|had been|has been) (\p{Ll}+ed)\b( (?:into|by)\b)?")


def _surname_of_sex_before(text: str, lo: int, hi: int, sex: str) -> bool:
    """The surname alone, between ``lo`` and ``hi``, of someone of ``sex`` named in full before ``lo``
    (review rv62c3: ‘Liam Hughes scored twice. / Hughes was substituted …. One fan, wearing his shirt,
    cheered as he walked off. “…,” he said’ is Hughes's)."""
    surnames = {w.group(2) for w in RE_FULL_NAME_BEFORE.finditer(text, 0, lo)
                if gender_of(w.group(1)) == sex}
    stretch = text[lo:hi]
    return any(regex.search(rf"\b{regex.escape(n)}\b", stretch) for n in surnames)


#: A given name and a surname (‘Liam Hughes’): group 1 the given name, group 2 the surname.
#:
#: >>> RE_FULL_NAME_BEFORE.search("Liam Hughes scored twice.").groups()
#: ('Liam', 'Hughes')
RE_FULL_NAME_BEFORE = LazyPattern(r"\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})\b")


def _named_of_sex_before(text: str, lo: int, hi: int, sex: str) -> bool:
    """Someone of ``sex`` named by a given name or an honorific between ``lo`` and ``hi`` (‘Prosecutor
    Ann Webb’, ‘Ms Harper’), read at every capitalised word (a title before the name too)."""
    return any(_sex_named(w) == sex for w in RE_PERSON_NAMED_AFTER.finditer(text, lo, hi, overlapped=True))


#: A person named by a given name or an honorific and a capitalised word (‘Clare Dunn’, ‘Mr Butler’).
RE_PERSON_NAMED_AFTER = LazyPattern(r"\b(Mrs?\.?|Ms\.?|Miss|\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}")


#: The sex an honorific of :data:`RE_PERSON_NAMED_AFTER` tells (the given names' are :func:`gender_of`'s).
#:
#: >>> HONORIFIC_SEX["ms"], "sir" in HONORIFIC_SEX
#: ('f', False)
HONORIFIC_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _sex_named(w: regex.Match) -> str | None:
    """The sex of one named in a match of :data:`RE_PERSON_NAMED_AFTER`, by the honorific or the given name.

    >>> _sex_named(RE_PERSON_NAMED_AFTER.search("said Ms. Harper")), _sex_named(RE_PERSON_NAMED_AFTER.search("Tom Hale"))
    ('f', 'm')
    """
    return HONORIFIC_SEX.get(w.group(1).rstrip(".").lower()) or gender_of(w.group(1))


#: A participle's clause set off after a subject (‘The defendant, speaking in a quiet voice,’).
RE_PARTICIPLE_SET_OFF = LazyPattern(r", \p{Ll}+ing\b")

#: A description set off after a subject, no name (‘Another former lab member, a postdoctoral
#: researcher who also asked not to be named,’).
RE_DESCRIPTION_SET_OFF = LazyPattern(r", an? \p{Ll}[^,.;:“”\"\p{Lu}]{0,80},")

#: A speech verb right after a subject's name: it reported speaking (‘Tribal elder Vernon Thomas said
#: the tribe would not back down. / “…,” he said.’), whatever its sex the lists know.
#: Verbs of owning up count too (‘The regional director, Chandana Perera, admitted that the fence had
#: failed. / “…,” he said.’): the one named reported speaking. A "who" clause set off between is
#: theirs (‘Tour guide Áine Mac Mahon, who brings groups to the cliffs, said …’, w68a).
#:
#: >>> bool(RE_SAID_AFTER.match(", who brings groups to the cliffs weekly, said most paid."))
#: True
#: >>> bool(RE_SAID_AFTER.match(", who runs a café, and her son said"))
#: False
#:
#: (never a "said" whose subject comes after it: ‘The works of Sasha Lind, who died last year, said Ward,
#: had never been shown together’, review rv68a)
#:
#: >>> bool(RE_SAID_AFTER.match(", who died last year, said Ward, had")), bool(RE_SAID_AFTER.match(", who died last year, said the curator, had"))
#: (False, False)
RE_SAID_AFTER = re.compile(r"(?:(?P<who>, who [^,.;:“”\"\n]{1,120}(?=, )))?,? (?:said|says|told|added|argued|insisted|warned|explained"
                           r"|admitted|admits|conceded|concedes|acknowledged|acknowledges)\b"
                           r"(?(who)(?! (?:[A-ZÀ-ÖØ-Þ][\w’'\-]*(?: [A-ZÀ-ÖØ-Þ][\w’'\-]*)*"
                           r"|(?:a|an|the|his|her|their|its|police)(?: [\w\-]+){0,3})[,.]))")

#: The same verb inverted before the name, ending a sentence of reported speech (‘Endorsements carry
#: less weight now, said Professor Andrea Kowal. / “…,” she said.’): the one it reported speaking.
RE_SAID_BEFORE_NAME = LazyPattern(r", (?:said|says|added|adds|argued|explained|warned) (?:\p{Lu}[\p{L}.\-]*\.? ){0,3}$")


def _set_off_role(text: str, end: int) -> bool:
    """A person's role set off after the name ending at ``end``: ‘Ferreira, the Scorpions coach,’
    (a surname alone, whose sex no word tells, is then a person's)."""
    m = RE_SET_OFF_PHRASE.match(text, end)
    return m is not None and any(w.lower() in ROLE_NOUNS for w in m.group(1).split()[-2:])


def _opening_personal_owner(toks: list[Token], k: int) -> bool:
    """An opening "In his …" or "In her …" at ``k`` (‘In her quarterly letter to investors, X said’)."""
    return toks[k].word == "in" and k == _first_word(toks) and k + 1 < len(toks) and toks[k + 1].word in ("his", "her")

def _possessive_inside(words: str) -> bool:
    """A cheap exact prefilter for :data:`RE_ROLES_REPORT`, which needs a possessive "’s" or "'s"
    before a word."""
    return "’s " in words or "'s " in words
