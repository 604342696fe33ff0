"""Reported speech: whose words a report, a ‘that’ clause, ‘in the words of’, ‘quoted as saying’
or a passive ‘was told’ gives, and the subject of a clause reporting them.

This module holds the subject of a reported clause (a "that" clause, a clause inside a report, a
told or labelling verb's, an outlet's report, a fronted clause's, a proposition put to a witness, a
claim rejected); where a cue word stands lives in :mod:`quotesearch.cue_positions`, whose words a
saying gives in :mod:`quotesearch.speech_owners`.
"""

from __future__ import annotations

import re

from quotesearch.lexicon import ARTICLES, wordset
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import DESCRIPTION_NOUNS, FOCUS_CLAUSE_OPENERS, ROLE_NOUNS
from quotesearch.speech_words import (
    ADDRESSING_PARTICIPLES, AUXILIARIES, DEED_REPORT_VERBS, HAVE_FORMS, INVESTIGATOR_LISTENERS, LABELLING_VERBS,
    PERFECT_AUXILIARIES, SPEECH_VERBS, WEAK_SPEECH_VERBS,
)
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.tokens import Token, is_name_token
from quotesearch.cue_tokens import BE_FORMS, Found, _index_after_offset, _index_before, _is_cue, _verb_like
from quotesearch.sentence_subjects import MODALS, SPEECH_NOUNS, TELL_VERBS
from quotesearch.cue_positions import PASSIVE_AUXILIARIES


#: Words that open a time clause of a gerund after a reported verb's own object (‘had recommended the pause
#: after reviewing “…”’): the quotation is the gerund's object, never the reported verb's words.
#:
#: >>> sorted(GERUND_CLAUSE_LEADS)
#: ['after', 'before', 'following', 'upon', 'when', 'while']
GERUND_CLAUSE_LEADS = wordset("after before while when upon following")

#: Owners and articles that open a reported verb's own noun object (‘recommended the pause’, ‘its
#: decision’).
OBJECT_LEADS = ARTICLES | wordset("its their his her")


#: Joiners before a second "that" clause of the outer verb of speech (‘said most people had protested
#: peacefully but that a “small minority” …’): the reported verb's clause ends there, and what the
#: second "that" brings in is the outer speaker's report.
#:
#: >>> sorted(SECOND_THAT_JOINERS)
#: ['and', 'but', 'though', 'yet']
SECOND_THAT_JOINERS = wordset("and but yet though")


def _second_that_clause(toks: list[Token], v: int) -> int | None:
    """The index of "that" opening a second clause of the outer report after the reported verb at
    ``toks[v]`` ("but that", "and that" with no "that" of the verb's own before it), else None.

    >>> from quotesearch.tokens import tokenize
    >>> _second_that_clause(tokenize("said most people had protested peacefully but that a"), 4)
    7
    >>> _second_that_clause(tokenize("said people had warned that prices rose and that a"), 3) is None
    True
    """
    for k in range(v + 1, len(toks) - 1):
        if toks[k].word == "that":
            return None
        if toks[k].word in SECOND_THAT_JOINERS and toks[k + 1].word == "that":
            return k + 1
    return None


#: Words that may stand between a verb of speech and the subject of the clause it reports (‘said that
#: most people’, ‘said many residents’).
#:
#: >>> "most" in REPORTED_SUBJECT_LEADS, "the" in REPORTED_SUBJECT_LEADS
#: (True, False)
REPORTED_SUBJECT_LEADS = wordset("that most many some several all")


def _right_after_earlier_cue(toks: list[Token], founds: list[Found], found_at: list[int], i: int) -> bool:
    """The mention of ``founds[i]`` opens the clause an earlier cue's verb of speech reports, right after
    that verb (‘said most people had protested’), never a cue of its own after the earlier one's subject
    (‘State rail freight operator X said …’ is no clause of "rail")."""
    b = _index_before(toks, founds[i].mention.start)
    while b >= 0 and toks[b].word in REPORTED_SUBJECT_LEADS and toks[b].text.islower():
        b -= 1
    return b >= 0 and any(found_at[k] == b and (f.cue or "").lower() in SPEECH_VERBS for k, f in enumerate(founds[:i]))


def _object_then_gerund(toks: list[Token], v: int) -> bool:
    """The verb at ``toks[v]`` takes its own noun object (an article and a few words in lower case) and a
    time clause of a gerund right before the quotation (‘had recommended the pause after reviewing’): the
    quotation is what the gerund takes, no words of the verb's.

    >>> from quotesearch.tokens import tokenize
    >>> _object_then_gerund(tokenize("a panel had recommended the pause after reviewing"), 3)
    True
    >>> _object_then_gerund(tokenize("a panel had recommended reviewing"), 3)
    False
    """
    n = len(toks)
    if not (v + 3 < n and toks[v + 1].word in OBJECT_LEADS and toks[n - 1].word.endswith("ing")
            and toks[n - 2].word in GERUND_CLAUSE_LEADS and n - 2 - (v + 1) <= 4):
        return False
    return all(x.text.isalpha() and x.text.islower() for x in toks[v + 1:n - 1])


def _inside_report(text: str, toks: list[Token], founds: list[Found], found_at: list[int], i: int) -> bool:
    """The cue ``founds[i]`` is a verb of the clause an earlier cue reports, and the quotation is not
    its words but the reporter's: a weak verb (‘Whitfield wrote that the association had offered “no
    compelling reason”’, ‘al-Moayad said the Houthis had fired “a number of naval missiles”’), a verb
    whose clause goes on to another (‘He wrote that the judge had heard the detectives testify in
    person and was “in a far better position …”’), or one whose clause is an aside before a quoted
    predicate (‘Hollowell said that reading the statute as the challengers urged “would sweep aside …”’)."""
    v, n = found_at[i], len(toks)
    if _reported_subject_of_set_off_participle(toks, founds, found_at, i):
        return True
    if not any(f.cue is not None and f.cue.lower() not in WEAK_SPEECH_VERBS and f.mention.text != founds[i].mention.text
               and not any(x.text in ",;:" for x in toks[found_at[k] + 1:v]) for k, f in enumerate(founds[:i])):
        return False  # (the reported clause right after its cue: never ‘The crowd cheers, and then Wallnau continues:’)
    if founds[i].mention.kind == "description" and _right_after_earlier_cue(toks, founds, found_at, i) \
            and _second_that_clause(toks, v) is not None:
        return True  # the reported clause closed by a second "that" clause of the outer report, which holds the
        # quotation: ‘Gallagher said most people had protested peacefully but that a “small minority” …’ is
        # Gallagher's, never the protesters' (w110d); a pronoun's or a named one's clause stays (‘X said it had added
        # trains but that its network was “…”’: the "it" is X; ‘Coroner X said Jenny Green had told her GP she felt
        # hopeless and that she could see “no way out”’ is hers: the second "that" may be her verb's; w110d guard)
    if _fragment_after_addressee(text, toks, v):
        return True
    if RE_MANNER_FRAGMENT.match(text, toks[-1].end) is not None and (
            v == n - 1 or (v + 1 < n and toks[v + 1].word == "by" and founds[i].mention.end == toks[-1].end)):
        return True  # a phrase of manner right after the reported clause's verb (or its agent) is no content
        # of that verb but the reporter's words: ‘She said the two sides had agreed “in principle” on …’, ‘He
        # said the family had been briefed by the ministry “only in the vaguest terms”’
    if _object_then_gerund(toks, v):
        return True  # the reported verb's own object, then a gerund whose object the words are: ‘The company said
        # that a review panel had recommended the pause after reviewing “…”’ is the company's
    if toks[v].word in WEAK_SPEECH_VERBS and toks[v].word not in ("read", "reads", "reading"):
        return True  # (but a note's own words: ‘said her husband had left a note reading: “…”’)
    if v + 1 < n and toks[v + 1].word in BE_FORMS and toks[v + 1].text.islower():
        return True  # a relative clause of the reported clause's subject: ‘He said the laws the majority
        # cited were “nothing like” the ban’ is his
    if any(toks[k].word == "and" and (toks[k + 1].word in BE_FORMS or toks[k + 1].word in AUXILIARIES)
           for k in range(v + 1, n - 1)) and not any(x.word == "that" for x in toks[v + 1:n]):
        return True  # (never the clause the verb reports: ‘she can be heard telling a dispatcher that her
        # husband had a gun and was “not himself”’)
    b = _index_before(toks, founds[i].mention.start)
    if b >= 0 and toks[b].word == "what" and toks[b].text.islower() and toks[-1].text not in ":," \
            and toks[v].word not in LABELLING_VERBS and RE_FIRST_WORD.match(text, toks[-1].end) is not None \
            and not any(x.word == "as" or x.word in MODALS or x.word in BE_FORMS for x in toks[v + 1:]):
        # (guard: never a verb whose own clause goes on to the quoted predicate: ‘what economists had warned
        # would be “a lost decade”’, ‘what the minister had hailed as “a historic agreement”’ are theirs)
        return True  # a free relative's verb inside the reported clause, before a fragment: ‘The charity said the
        # report confirmed what its members had been telling it “for years”’ is the charity's (but a label is
        # its labeller's: ‘Farmers protested over what their union called “a disaster”’)
    if v == n - 1 and (w := RE_FIRST_WORD.match(text, toks[-1].end)) is not None \
            and (w.group(1) in MODALS or w.group(1) in BE_FORMS or w.group(1) in ("has", "have", "had")):
        b = _index_before(toks, founds[i].mention.start)  # (never a relative's own: ‘which he added “is deeply
        return b < 0 or toks[b].word not in ("which", "that", "who", "what", "whom")  # regrettable”’)
    return False


def _that_clause_subject(toks: list[Token], founds: list[Found], found_at: list[int], k: int, i: int) -> bool:
    """The mention of ``founds[i]`` opens the clause the cue ``founds[k]`` reports with "that", nothing
    set off between (‘She denied that nurses were …’, ‘He denied claims that port staff were …’)."""
    reporter, m = founds[k], founds[i].mention
    if reporter.mention is None or m is None or reporter.mention.text == m.text or reporter.mention.kind not in ("name", "pronoun"):
        return False
    b = _index_before(toks, m.start)
    if b < 0 or toks[b].word != "that" or not 0 < b - found_at[k] <= 2:
        return False
    return not any(x.text in ",;:" for x in toks[found_at[k] + 1:found_at[i]])


def _reported_subject_of_set_off_participle(toks: list[Token], founds: list[Found], found_at: list[int], i: int) -> bool:
    """The cue ``founds[i]`` has for its speaker the subject of a clause an earlier cue reports with "that",
    and the quotation follows a participle set off after that clause: the participle is the reporter's,
    and so are its words (‘She denied that nurses were demanding bribes, calling the reports “…”’ is
    hers, never the nurses'; but ‘She said that nurses had called the delay “…”’ stays theirs)."""
    last = len(founds) - 1
    p = found_at[last]
    if i == 0 or p < 2 or not (toks[p].word.endswith("ing") and toks[p].text.islower() and toks[p - 1].text == ","):
        return False
    if founds[i].mention is None or founds[last].mention is None or founds[i].mention.text != founds[last].mention.text:
        return False
    first = next((j for j in range(last + 1) if founds[j].mention is not None
                  and founds[j].mention.text == founds[i].mention.text), None)
    return first is not None and any(_that_clause_subject(toks, founds, found_at, k, first) for k in range(first))


#: Quoted words that open with a preposition of manner or degree (‘“in principle”’, ‘“only in the most
#: general terms”’, ‘“at the highest level”’): an adverbial phrase, never the content a verb reports.
#: The phrase is all the quotation holds, with no comma after it: never the agent's own sentence opening
#: with one (‘told by a soldier “in this town, nobody leaves after dark”’; review rv8).
#:
#: >>> [bool(RE_MANNER_FRAGMENT.match(s)) for s in (' "in principle"', ' “only in general terms”', ' "in-depth talks"', ' "we agree"', ' "in this town, nobody leaves"')]
#: [True, True, False, False, False]
RE_MANNER_FRAGMENT = re.compile(r"""\s*["“‘']\s*(?:(?:only|just|even|largely|mostly)\s+)?(?:in|at|on|with|without|under)\s"""
                                r"""(?=(?:[^"”’',;:]|[’'](?=[a-z]))*(?:["”]|[’'](?![a-z])))""")

#: The first word inside the quotation marks after a cue (‘urged "would sweep’ → "would").
RE_FIRST_WORD = re.compile(r"""\s*["“‘']\s*([a-z]+)\b""")


def _fragment_after_addressee(text: str, toks: list[Token], v: int) -> bool:
    """The reported clause's verb has only its addressee after it (‘to the minister’) before a quoted
    fragment that goes on in lower case: the fragment is no content of that verb but the reporter's
    words (‘He added that the union had written to the minister “on four occasions” without reply’;
    never ‘… had written to the minister, saying “…”’ nor ‘… wrote to parents: “…”’)."""
    n = len(toks)
    if v + 2 >= n or toks[v + 1].word != "to" or toks[-1].text in ",:;":
        return False
    if not (toks[v + 2].word in ("the", "a", "an", "his", "her", "their", "its", "our") or is_name_token(toks[v + 2])):
        return False  # (an infinitive is the verb's own content: ‘had promised to rebuild the bridge “…”’)
    if any(x.word in ("that", "as", "saying", "asking", "telling") or x.text in ",;:" or _verb_like(x)
           for x in toks[v + 2:]):
        return False
    return RE_FIRST_WORD.match(text, toks[-1].end) is not None


#: The one asked or told, as a pronoun right after the verb: the one who tells of the talk.
LISTENER_PRONOUNS = frozenset("him her them me us".split())


#: Possessives before the listeners of a telling that tie them to the one who reports it (‘his class’).
REPORTER_POSSESSIVES = frozenset("his their my our".split())


def _own_people_listening(toks: list[Token], k: int) -> bool:
    """``toks[k]`` opens the listeners of a telling as the reporter's own people, a possessive and a
    lower-case noun (‘Diego said a teacher had told his class that …’, ‘said the consultant had told
    their family that …’): the reporter stood among them, as with ‘told her’ (never a bare crowd:
    ‘said an official had told traders’ stays the reporter's)."""
    return k + 1 < len(toks) and toks[k].word in REPORTER_POSSESSIVES and toks[k].text.islower() \
        and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and toks[k + 1].word not in FUNCTION_WORDS


#: Words that open a group counted loosely (‘many parents’, ‘some residents’), whose talks the one who
#: reports them sums up in words of their own.
#:
#: >>> "many" in MANY_LEADS, "one" in MANY_LEADS
#: (True, False)
MANY_LEADS = wordset("many most some several all numerous countless various")


def _said_clause_subject(toks: list[Token], m: Mention, v: int) -> bool:
    """The person described right after "said" is the subject of the clause it reports, whose own
    "asked" or "told" at ``v``, to the one who reports it, follows with only auxiliaries between: ‘He said his mother had asked him whether
    she had “done something wrong”’, ‘She said the surgeon had told her it was “routine”’ are the
    mother's, the surgeon's words (as with a name: ‘Lee said Sarah Kim had told him …’); "said" takes
    no person for its object (never a thing: ‘said the report had warned’ is left as it was).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("He said his mother had asked him whether")
    >>> _said_clause_subject(t, Mention(t[2].start, t[3].end, "his mother", "description"), 5)
    True
    >>> t = tokenize("Ruiz says one pharmacist asked her whether")  # (no auxiliary: the simple past alike, w131p)
    >>> _said_clause_subject(t, Mention(t[2].start, t[3].end, "one pharmacist", "description"), 4)
    True
    """
    head = description_head(m.text) if m.kind == "description" else None
    if head is None or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in DOCUMENT_NOUNS:
        return False
    if m.text.split()[0].lower() in MANY_LEADS:
        return False  # (a group counted loosely is the teller's summary of many talks, the words theirs:
        # ‘Karen Fox said many parents told her they “don’t feel safe”’, review rv25)
    k = _index_before(toks, m.start)
    if k < 0 or toks[k].word not in ("said", "says", "say") or not toks[k].text.islower():
        return False
    if v + 1 >= len(toks) or toks[v].word not in ("asked", "told") or not (
            toks[v + 1].word in LISTENER_PRONOUNS or _own_people_listening(toks, v + 1)):
        return False  # (a conversation with the one who tells of it only: never ‘Trump said Fox executives were
        # calling “every 15 minutes”’, ‘said ministers had promised change “…”’, the reporter's words)
    e = _index_after_offset(toks, m.end)
    return e <= v and all(toks[i].word in AUXILIARIES and toks[i].text.islower() for i in range(e, v))


def _told_investigators(toks: list[Token], m: Mention, v: int) -> bool:
    """The mention ``m``, a person described, is the subject of the verb of telling at ``v`` (past its
    auxiliaries), whose listener is the police who questioned them: the words after are what they told
    police, reported by another, whose clause's object they only seem (‘Prosecutor Jane Ellis said the
    defendant had told police in interview that he had “…”’, ‘Mr Brennan said the accused man told
    gardaí that he “…”’; never a thing: ‘said the report told investigators’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Ellis said the defendant had told police that")
    >>> _told_investigators(t, Mention(t[2].start, t[3].end, "the defendant", "description"), 5)
    True
    """
    if toks[v].word not in TELL_VERBS or m.kind != "description" or description_head(m.text) in THING_NOUNS \
            or description_head(m.text) in DOCUMENT_NOUNS or v + 1 >= len(toks) or toks[v + 1].word not in INVESTIGATOR_LISTENERS:
        return False
    if v + 2 < len(toks) and toks[v + 2].word in ("nothing", "little", "few", "none", "no", "everything"):
        return False  # (no words reported: ‘said the woman had told police nothing, adding, “…”’, the reporter's)
    if any(toks[i].text == "," and toks[i + 1].word in ("adding", "saying", "noting", "explaining", "insisting")
           for i in range(v + 2, len(toks) - 1)):
        return False  # (the reporter goes on in a participle of their own: ‘…, adding, “…”’)
    k = v - 1
    while k > 0 and toks[k].word in AUXILIARIES and toks[k].text.islower():
        k -= 1
    return toks[k].end == m.end


def _reported_by_joined_verb(toks: list[Token], m: Mention) -> bool:
    """The mention ``m`` opens the clause that a verb of speech joined by "and" reports, at the start of
    the tokens (which begin after an earlier quotation of the sentence): ‘… and warned that China would’,
    ‘and said Kenya would’ (the verb's subject is the one who spoke before "and").

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("and warned that China would respond")
    >>> _reported_by_joined_verb(t, Mention(16, 21, "China", "name"))
    True
    >>> t = tokenize("and the minister warned that China would respond")
    >>> _reported_by_joined_verb(t, Mention(29, 34, "China", "name"))
    False
    """
    b = _index_before(toks, m.start)
    if b >= 0 and toks[b].word == "that":
        b -= 1
    return 1 <= b <= 2 and toks[b].word in SPEECH_VERBS and toks[b].text.islower() and toks[b - 1].word == "and" \
        and (b == 1 or toks[0].text in "”\"’'")


def _relays(m: Mention) -> bool:
    """The speaker at a cue is an outlet or a body that relays others' words (‘the agency’, ‘the
    Saba news agency’, ‘the Kremlin’, ‘AFP’), never a person (‘the actor’, ‘Obama’, ‘he’)."""
    if m.kind == "pronoun":
        return m.text.lower() == "it"
    words = m.text.split()
    if m.kind == "description":
        head = description_head(m.text)
        return head in OUTLET_NOUNS or (head is not None and head not in ROLE_NOUNS and head not in DESCRIPTION_NOUNS)
    # a body's name ("the Kremlin", "the Saba news agency"), never a person's ("Gabrielle Union", "Peter Post")
    return (m.kind == "organisation" or gender_of(words[0]) is None) and any(w.lower() in OUTLET_NOUNS for w in words) \
        and not (len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ROLE_NOUNS)


def _and_perfect(toks: list[Token], v: int) -> bool:
    """The verb at ``v`` is a labelling verb (:data:`LABELLING_VERBS`) that a perfect's auxiliary (one of
    :data:`HAVE_FORMS`) joins with "and" to an earlier verb of its clause (‘… and had described it as “…”’,
    ‘… and has called it “…”’)."""
    return v >= 2 and toks[v].word in LABELLING_VERBS and toks[v].text.islower() \
        and toks[v - 1].word in HAVE_FORMS and toks[v - 1].text.islower() and toks[v - 2].word == "and"


def _by_gerund(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is a gerund of speech after "by", the means of an earlier verb (‘responded to
    the pleas by telling him to “…”’)."""
    return v >= 1 and toks[v].word.endswith("ing") and toks[v].text.islower() and toks[v - 1].word == "by"


def _reported_labeller(text: str, toks: list[Token], outer: Mention, r: int, v: int) -> Mention | None:
    """The subject of the clause a cue at ``r`` reports, for a cue at ``v`` that is that clause's own:
    a labelling verb a perfect joins to its first verb (:func:`_and_perfect`), or a gerund of speech
    after "by" (:func:`_by_gerund`). The words are the reported subject's, never the reporter's (‘The
    judge awarded damages, noting that Wade Tillman had kept up the claims and had described the lawsuit
    as “a badge of honour”’ is Tillman's; ‘A witness told police that one guard answered by telling him
    to “…”’ is the guard's). Only a person named or described opening the reported clause, its own verb
    right after it, with no comma, clause or other label before the joining word."""
    perfect = _and_perfect(toks, v)
    if not (perfect or _by_gerund(toks, v)) or r + 1 >= v or toks[r].word not in SPEECH_VERBS:
        return None
    join = v - 2 if perfect else v - 1  # the "and" or the "by"
    k = r + 1
    if toks[k].word == "that":
        k += 1
    m = mention_after(toks, k, text, subject=True) if k < join else None
    if m is None or m.start != toks[k].start or m.kind not in ("name", "description") or m.text == outer.text \
            or (m.kind == "description" and (description_head(m.text) not in DESCRIPTION_NOUNS
                                             or description_head(m.text) in ORG_WORDS)):
        return None  # (a person: never a body, whose clause may end in the reporter's label: ‘The union said
        # the company had broken the deal and had described the offer as “…”’; review rv66a)
    if perfect and v + 1 < len(toks) and toks[v + 1].word in ("him", "her") and _labelled_is_reported(
            m, outer, "m" if toks[v + 1].word == "him" else "f"):
        return None  # (the one labelled the reported subject itself, the reporter the labeller: ‘Mayor Ruth
        # Olsen has said Dan Pike has lied and has called him “…”’; review rv66a)
    a = _index_after_offset(toks, m.end)
    if a >= join or not (toks[a].word in AUXILIARIES or _verb_like(toks[a])) or not toks[a].text.islower() \
            or (perfect and toks[a].word not in PERFECT_AUXILIARIES) \
            or any(x.text in ",;:" or x.word in ("that", "who", "which", "but", "and")
                   or x.word in LABELLING_VERBS for x in toks[a + 1:join]):
        return None  # (one clause, no other clause or label before the joining word: never ‘X said Y had told
        # staff that Z was … and had called it’)
    return m


def _labelled_is_reported(m: Mention, outer: Mention, sex: str) -> bool:
    """A pronoun of ``sex`` labelled after "and had called" is the reported subject ``m`` (its given
    name that sex) or is no one of the reporter ``outer`` (whose given name is the other)."""
    def sex_of(x: Mention) -> str | None:
        return gender_of(x.text.split()[0]) if x.kind == "name" and x.text.split() else None
    return sex_of(m) == sex or sex_of(outer) not in (None, sex)


def _opens_reported_clause(toks: list[Token], m: Mention) -> bool:
    """The mention opens a clause a verb of speech reports (‘told police that one guard responded’,
    ‘said one guard responded’) or a relative clause of its own (‘the manager, who responded’); never
    the subject of a clause about a thing spoken of (‘brushed off what Diaz said’, ‘replied to the
    letter Jo Hart wrote’), whose verb of speech has its object before it (review rv66a)."""
    s = _index_after_offset(toks, m.start)
    a = _index_after_offset(toks, m.end)
    if a < len(toks) and (toks[a].word == "who" or (toks[a].text == "," and a + 1 < len(toks) and toks[a + 1].word == "who")):
        return True
    if s < 1:
        return False
    if toks[s - 1].word in SPEECH_VERBS and toks[s - 1].text.islower():
        return True
    return toks[s - 1].word == "that" and any(toks[q].word in SPEECH_VERBS and toks[q].text.islower()
                                              for q in range(max(0, s - 4), s - 1))


def _reported_subject(text: str, toks: list[Token], outer: Mention, r: int, v: int) -> Mention | None:
    """The subject of the clause an outlet's report at ``r`` tells of, when ``v`` is the second verb of
    that clause (after "and"): ‘The state news agency SANA reported last week that the governor of Homs
    had visited the town and promised to restore electricity “…”’ is the governor's, never the
    agency's. Only an outlet or "reported" reports so (‘KUNA’, ‘the Saba news agency’): a person's ‘X said that Y
    had … and called it “…”’ is left to the sentence (PolNeAR's gold reads either)."""
    b = _index_before(toks, outer.start)
    if not (_relays(outer) or (b >= 0 and toks[b].word in OUTLET_NOUNS and toks[b].text.islower())
            or (toks[r].word in ("reported", "reports") and outer.kind != "pronoun")
            or (outer.kind in ("name", "organisation") and outer.text.isupper() and len(outer.text) > 2)) \
            or toks[r].word not in REPORT_VERBS:
        return None  # (what one "reported" is another's doing, whoever reports it: ‘Xinhua reported that
        # President Xi met the delegation and called for “…”’; a body's letters say so too: ‘IRNA said the
        # minister met his counterpart and stressed “…”’)
    k = r + 1  # past a time: ‘reported last week that’
    while k < min(v, r + 5) and toks[k].word != "that" and toks[k].text.isalpha() and not _verb_like(toks[k]):
        k += 1
    k = k + 1 if k < v and toks[k].word == "that" else r + 1
    m = mention_after(toks, k, text, subject=True)
    if m is None or m.start != toks[k].start or m.kind not in ("name", "description", "organisation") or m.text == outer.text:
        return None
    a = _index_after_offset(toks, m.end)
    if a >= v - 1 or not (toks[a].word in AUXILIARIES or _verb_like(toks[a]) or (
            toks[a].text.isalpha() and toks[a].text.islower() and toks[a].word not in FUNCTION_WORDS)) \
            or any(x.text in ",;:" or x.word in ("that", "who", "which") or _is_cue(x, True) for x in toks[a:v - 1]):
        return None  # (one clause, its verb right after the subject: never ‘… reported that the minister,
        # who …, said’; a verb of any form: ‘… that President Xi met the delegation and called for’)
    return m


def _deed_doer_addressing(text: str, toks: list[Token], v: int) -> Mention | None:
    """The one who did the deed another reports, when the set-off participle of addressing at ``v``
    and its "him", "her" or "them" go on that deed (‘Two of the aides said Quinlan berated his
    secretary in a meeting, telling him that he had been “…”’ is Quinlan's: the report's verb at
    before is only how the aides know it). The reported clause must open with a person (a name,
    titled or not, or one described by a role) and its own verb of a deed right after, with no clause,
    comma or other cue before the participle's comma; never ‘X said the plan had failed, telling
    reporters it was “…”’ (no person does it) nor ‘X said Y was told, …’ (a passive names no doer)."""
    if v + 1 >= len(toks) or toks[v].word not in ADDRESSING_PARTICIPLES or not toks[v].text.islower() \
            or toks[v + 1].word not in ("him", "her", "them") or toks[v - 1].text != ",":
        return None
    outer_at = next((r for r in range(v - 2, 0, -1) if toks[r].word in DEED_REPORT_VERBS and toks[r].text.islower()), None)
    if outer_at is None:
        return None
    k = outer_at + 1
    if k < v and toks[k].word == "that":
        k += 1
    m = mention_after(toks, k, text, subject=True)
    if m is None or not (m.start == toks[k].start or (
            m.role is not None and text[toks[k].start:m.start].strip() == m.role)) or not (
            m.kind == "name" or (m.kind == "description" and m.text[:1].islower()
                                 and description_head(m.text) in ROLE_NOUNS)):
        return None
    a = _index_after_offset(toks, m.end)
    while a < v - 1 and toks[a].word in PERFECT_AUXILIARIES and not toks[a].capitalized:
        a += 1  # (a perfect: ‘said Y had berated Z’)
    if a >= v - 2 or toks[a].word in BE_FORMS or not _verb_like(toks[a]) or _is_cue(toks[a], True) \
            or any(x.text in ",;:" or x.word in ("that", "who", "which", "and", "but") or _is_cue(x, True)
                   for x in toks[a + 1:v - 1]):
        return None
    if not any(x.word in DEED_OBJECT_OPENERS for x in toks[a + 1:v - 1]):
        return None  # a deed done to no one (‘X said the players worked hard, telling them …’ is X's telling)
    if toks[v + 1].word == "them" and m.kind == "description" and m.text.split()[-1].endswith("s") \
            and not m.text.split()[-1].endswith("ss"):
        return None  # "them" is the doers themselves: ‘X said the ministers had performed well, urging them …’
    return m


#: Words that open the one a reported deed is done to (‘berated his secretary’, ‘shouted at the captain’).
DEED_OBJECT_OPENERS = frozenset("the a an his her their its my our your at on to with".split())


#: An outlet's verbs of reporting another's doings (‘SANA reported that …’).
REPORT_VERBS = wordset("reported reports said says added")


#: Nouns of outlets that relay others' words.
OUTLET_NOUNS = wordset("agency newspaper paper daily outlet broadcaster network channel station website wire tv radio "
                       "television news press times post journal tabloid ministry government kremlin embassy")


#: How many tokens may stand between a reported clause's own verb of speech and the comma or colon that
#: opens its direct words (‘and said,’, ‘he told police in interview:’) (w77b).
DIRECT_CUE_TAIL = 5

#: How many tokens a fronted clause of time (:data:`~quotesearch.role_words.FOCUS_CLAUSE_OPENERS`: ‘told the
#: jury that when he arrived, Tarrant opened the door’) may run before its comma (w77b).
FRONTED_CLAUSE_REACH = 24


def _pronoun_fits(pronoun: str, name: str) -> bool:
    """A "he" or "she" may stand for the name: its given name is of that sex, or of none the lists know
    (a surname alone) (w77b).

    >>> _pronoun_fits("he", "Owen Tarrant"), _pronoun_fits("she", "Owen Tarrant"), _pronoun_fits("he", "Tarrant")
    (True, False, True)
    """
    sex = gender_of(name.split()[0]) if name.split() else None
    p = pronoun.lower()
    return p in ("he", "she") and (sex is None or sex == ("m" if p == "he" else "f"))


def _fronted_undergoes(toks: list[Token], fronted: Mention, pronoun: Mention, n: int) -> bool:
    """The fronted clause's subject is one a state or a deed befalls, a form of "be" right after it (‘when
    Tarrant was arrested,’, ‘after Voss had been charged,’), and no object pronoun of the pronoun's sex
    stands after the pronoun, who would be that subject: never ‘when Reeves resigned, he told him:’, ‘after
    Mills hit him, he shouted:’, ‘when Booth left the company, he wrote to staff:’ (the reporter's own
    words) (review rv77b)."""
    f = _index_after_offset(toks, fronted.end)
    if f + 1 < n and toks[f].word == "had" and toks[f + 1].word == "been":
        f += 1
    if f >= n or toks[f].word not in PASSIVE_AUXILIARIES:
        return False
    obj = "him" if pronoun.text.lower() == "he" else "her"
    return not any(x.word == obj for x in toks[_index_after_offset(toks, pronoun.end):n])


def _reported_direct_speaker(text: str, toks: list[Token], founds: list[Found], found_at: list[int]) -> Found | None:
    """The subject of a reported clause whose own verb of speech opens direct words, when an earlier cue
    of the sentence reports that clause: ‘Officer Hume told the jury that when he arrived, Owen Tarrant
    opened the door and said, “…”’ is Tarrant's, ‘The prosecutor said that when Tarrant was arrested, he
    told police: “…”’ is his; never the reporter's. Only direct words (the last verb of speech right before
    the closing comma or colon, :data:`DIRECT_CUE_TAIL`), a reported clause opening on "that" (or right
    after "said"), a fronted clause of time (:data:`~quotesearch.role_words.FOCUS_CLAUSE_OPENERS`) set off by a comma before
    its subject if any, and a subject other than the reporter, its own verb right after it (w77b)."""
    n = len(toks)
    if len(founds) < 2 or toks[-1].text not in (",", ":"):
        return None
    v = found_at[-1]
    t = toks[v]
    if n - 1 - v > DIRECT_CUE_TAIL or not t.text.islower() or t.word not in SPEECH_VERBS or t.word in WEAK_SPEECH_VERBS \
            or t.word.endswith("ing"):
        return None
    r = found_at[-2]
    outer = founds[-2].mention
    if outer is None or r >= v - 3 or not toks[r].text.islower() or toks[r].word.endswith("ing"):
        return None
    k = next((k for k in range(r + 1, min(v, r + 5)) if toks[k].word == "that"), None)
    if k is not None and not all(x.text.isalpha() for x in toks[r + 1:k]):
        return None
    k = k + 1 if k is not None else r + 1
    fronted = None
    if k < v and toks[k].word in FOCUS_CLAUSE_OPENERS and toks[k].text.islower():
        c = next((c for c in range(k + 2, min(v, k + FRONTED_CLAUSE_REACH)) if toks[c].text in ",;:"), None)
        if c is None or toks[c].text != ",":
            return None
        fronted = mention_after(toks, k + 1, text, subject=True)
        fronted = fronted if fronted is not None and fronted.start == toks[k + 1].start else None
        k = c + 1
    m = mention_after(toks, k, text, subject=True) if k < v else None
    if m is None or m.start != toks[k].start or m.kind not in ("name", "pronoun") or m.text == outer.text \
            or m.text.lower() in ("it", "i", "we", "you"):
        return None
    if m.kind == "pronoun" and fronted is not None and fronted.kind == "name" and fronted.text != outer.text \
            and _pronoun_fits(m.text, fronted.text) and _fronted_undergoes(toks, fronted, m, n):
        speaker = fronted  # the fronted clause's subject is the pronoun's: ‘when Tarrant was arrested, he told police:’
    else:
        speaker = m
    a = _index_after_offset(toks, m.end)
    if a > v or any(x.text in ",;:" or x.word in ("that", "who", "which", "but") for x in toks[a:v]):
        return None  # (one clause: never ‘X said Y, who …, said’)
    if a < v and not (toks[a].word in AUXILIARIES or _verb_like(toks[a]) or (
            toks[a].text.isalpha() and toks[a].text.islower() and toks[a].word not in FUNCTION_WORDS)):
        return None  # (its verb of any form right after it: ‘Vale came out and said’)
    if a < v and not (toks[v - 1].word == "and" or all(x.word in AUXILIARIES for x in toks[a:v])):
        return None  # its own verb of speech right after it, or a second verb after "and"
    return Found(speaker, None, "cue-in-sentence", t.text)


#: Verbs by which counsel puts a proposition to a witness (‘put it to Hale that …’, ‘suggested she had …’,
#: ‘asked whether she had …’): the clause is the asker's, but words a verb of speech inside it gives are
#: that verb's subject's (w77b).
#:
#: >>> "put" in PUTTING_VERBS, "said" in PUTTING_VERBS
#: (True, False)
PUTTING_VERBS = wordset("put suggested suggests suggest asked asks pressed questioned challenged")

#: Words that open the proposition a putting verb puts (‘put it to Hale that’, ‘asked her whether’) (w77b).
#:
#: >>> sorted(PROPOSITION_OPENERS)
#: ['if', 'that', 'whether']
PROPOSITION_OPENERS = wordset("that whether if")


def _put_to_witness_speaker(text: str, toks: list[Token], founds: list[Found], found_at: list[int]) -> Found | None:
    """The subject of a verb of speech inside the proposition counsel puts to a witness, whose words the
    quotation is: ‘Prosecutor Ruth Allan put it to Hale that he had told a friend that the victim
    “deserved everything”’ is Hale's (his "he"), ‘Mr Cole suggested she had spoken openly, including in an
    interview in which she said she was “done with hiding”’ is hers; never the asker's. Only the last cue
    of the sentence, a plain verb of speech (never a weak one nor a participle) whose subject, a name or a
    "he", "she" or "they", stands after a putting verb (:data:`PUTTING_VERBS`) of another, its proposition
    opening on "that", "whether" or "if" (:data:`PROPOSITION_OPENERS`) or, after "suggested", on its own
    pronoun subject; a "he" or "she"
    is the witness the proposition is put to, named right after the verb, when that name fits (w77b)."""
    if len(founds) < 2:
        return None
    last, v = founds[-1], found_at[-1]
    t = toks[v]
    if last.mention is None or last.mention.kind not in ("name", "pronoun") or not t.text.islower() \
            or t.word not in SPEECH_VERBS or t.word in WEAK_SPEECH_VERBS or t.word.endswith("ing") or t.word in PUTTING_VERBS \
            or (last.mention.kind == "pronoun" and last.mention.text.lower() not in ("he", "she", "they")):
        return None
    k = next((k for k in range(len(founds) - 1) if toks[found_at[k]].word in PUTTING_VERBS
              and toks[found_at[k]].text.islower() and founds[k].mention is not None), None)
    if k is None or founds[k].mention.text == last.mention.text or last.mention.start <= toks[found_at[k]].end:
        return None
    p = found_at[k]
    c = next((c for c in range(p + 1, min(v, p + 6)) if toks[c].word in PROPOSITION_OPENERS or toks[c].text in ",;:"), None)
    if not ((c is not None and toks[c].word in PROPOSITION_OPENERS)
            or (toks[p].word.startswith("suggest") and toks[p + 1].word in ("he", "she", "they"))):
        return None  # (the proposition put, never a question's subject matter: ‘when the AP asked Bennett about
        # the remarks, the campaign manager said’)
    o = p + 3 if p + 3 < v and toks[p + 1].word == "it" and toks[p + 2].word == "to" \
        else p + 2 if p + 2 < v and toks[p + 1].word == "to" else p + 1
    witness = mention_after(toks, o, text) if o < v else None
    if last.mention.kind == "pronoun" and witness is not None and witness.kind == "name" and witness.start == toks[o].start \
            and witness.end <= last.mention.start and _pronoun_fits(last.mention.text, witness.text):
        return Found(witness, None, last.rule, last.cue)
    return last


#: Verbs by which one rejects a claim in one's own words, before "as" (‘a suggestion she rejected as “…”’) (w77b).
#:
#: >>> "rejected" in REJECTING_AS_VERBS, "made" in REJECTING_AS_VERBS
#: (True, False)
REJECTING_AS_VERBS = wordset("rejected rejects dismissed dismisses derided derides")

#: Nouns of a claim one may reject in one's own words (:data:`SPEECH_NOUNS` and a few of belief) (w77b).
#:
#: >>> "suggestion" in REJECTED_CLAIM_NOUNS, "allegation" in REJECTED_CLAIM_NOUNS, "house" in REJECTED_CLAIM_NOUNS
#: (True, True, False)
REJECTED_CLAIM_NOUNS = SPEECH_NOUNS | wordset("allegation allegations idea notion theory characterisation characterization")


def _claim_rejected_as(text: str, toks: list[Token]) -> Found | None:
    """A "he", "she" or "they" rejecting a claim right before the words, after the claim's noun: ‘Counsel put
    it to her that her agent had tipped off the paper, a suggestion she rejected as “…”’ is hers, never
    counsel's (the noun, the pronoun, a verb of :data:`REJECTING_AS_VERBS` and "as", the last words of the
    sentence before the quotation) (w77b).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Kerr said the scheme was fraud, a claim he dismissed as"
    >>> _claim_rejected_as(t, tokenize(t)).mention.text
    'he'
    >>> t = "Kerr said the scheme was fraud, a claim the court dismissed as"
    >>> _claim_rejected_as(t, tokenize(t)) is None
    True
    """
    n = len(toks)
    if n < 4 or toks[-1].word != "as" or toks[-2].word not in REJECTING_AS_VERBS or not toks[-2].text.islower() \
            or toks[-3].word not in ("he", "she", "they") or toks[-4].word not in REJECTED_CLAIM_NOUNS \
            or not toks[-4].text.islower():
        return None
    p = toks[-3]
    return Found(Mention(p.start, p.end, p.text, "pronoun"), None, "cue-before", toks[-2].text)
