"""Where a cue word stands in its sentence: a noun after an article or a marker (NOUN_MARKERS) or the
adjective "state" before people, a verb after a modal or refused, a passive of telling, an object
after a verb and a place after a preposition, an aside or an apposition between a subject and its
verb, a phrase of place opening the sentence, a subordinate clause the cue opens, "added" with "to"
after the words, an -ing verb's subject and a title before a speaker's name.
"""

from __future__ import annotations

import re

from quotesearch.lexicon import ADDRESSED_TO_VERBS, LazyPattern, wordset
from quotesearch.time_words import TIME_POINT_NOUNS
from quotesearch.name_words import RETIRED_MARKS
from quotesearch.document_words import DOCUMENT_NOUNS, ISSUING_PARTICIPLES, RULING_NOUNS
from quotesearch.role_words import ACRONYM_RANKS, NAMED_PERSON_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import ASPECT_VERBS, AUXILIARIES, BRIEFING_VERBS, OPENING_PLACE_PREPOSITIONS, SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import PLACE_LIE_WORDS
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_names import APPOSITIVE_QUALIFIERS
from quotesearch.set_off_names import state_before_title
from quotesearch.description_ends import CLAUSE_WORDS
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.cue_tokens import (
    BE_FORMS, Found, SUBORDINATORS, _first_word, _index_after_offset, _index_before, _token_after, _verb_like,
)
from quotesearch.sentence_subjects import MODALS, OPENERS, SPEECH_NOUNS, _subordinate_at


#: Prepositions after which a name is a place or a medium, not a speaker ("on Twitter", "at CNN").
PLACE_PREPOSITIONS = wordset("on in at via")

#: Prepositions of a way gone: a name after them is a place ("marched down Main Street").
MOTION_PREPOSITIONS = wordset("down along through across past")

#: Prepositions before a word of where a place lies (‘in mid Wales’, ‘off west Cork’, ‘the coast of north Devon’).
PLACE_LYING_PREPOSITIONS = wordset("in at of off near outside from across around throughout")


#: A quotation right after "added" and a "to" after its closing mark: what was added and where to.
RE_ADDED_TO_AFTER = re.compile(r"\s*[“\"‘'][^“”\"\n]{1,120}?[,.]?[”\"’']\s+to\b")


def _added_to(text: str, toks: list[Token], v: int) -> bool:
    """The verb at ``v`` is "add" right before the quotation, with "to" after its closing mark: a
    thing added to another (‘the trust had added “40 beds” to its wards’), never words added (‘she
    added, “…”’, ‘he added that “…”’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Lee said the board had added “two new wards” to the site."
    >>> toks = tokenize(t, 0, t.index("“")); _added_to(t, toks, len(toks) - 1)
    True
    """
    return v == len(toks) - 1 and toks[v].word in ("add", "adds", "added", "adding") \
        and RE_ADDED_TO_AFTER.match(text, toks[v].end) is not None


def _main_clause_after(text: str, toks: list[Token], v: int) -> Found | None:
    """When the cue at ``v`` is inside an opening subordinate clause (‘After X criticized Y
    during a debate, Hillary shot back, “…”’), the main clause's subject and verb after it."""
    first = _subordinate_at(toks)
    if first is None or v <= first:
        return None
    c = next((c for c in range(v + 1, len(toks) - 2) if toks[c].text == ","), None)
    if c is None:
        return None
    m = mention_after(toks, c + 1, text)
    if m is None or m.kind not in ("name", "pronoun") or m.start != toks[c + 1].start:
        return None
    verb = _token_after(toks, m.end)
    if verb is None or not _verb_like(verb) or verb.word in AUXILIARIES:
        return None
    return Found(m, None, "cue-in-sentence", verb.text)

#: The words that open an aside :func:`_relative_aside` passes over (‘, which represents …,’, ‘, in a
#: statement signed by …,’).
RELATIVE_ASIDE_OPENERS = frozenset(("which", "who", "in", "through", "via"))


def _relative_aside(toks: list[Token], subject: Mention, v: int) -> bool:
    """A relative clause or a phrase of a preposition set off between the subject and the verb at
    ``v`` (‘The group, which represents A, B and C, said’, ‘The majority, in a statement signed by
    X and Y, said’): names inside it are no speakers."""
    k = _index_after_offset(toks, subject.end)
    return 1 < v - k <= 40 and toks[k].text == "," and toks[v - 1].text == "," and not toks[k + 1].capitalized \
        and toks[k + 1].word in RELATIVE_ASIDE_OPENERS \
        and not any(x.text in ".;:()“”\"" or x.word in ("but", "while", "whose") for x in toks[k + 2:v - 1])


def _aside_opens_before(toks: list[Token], v: int) -> bool:
    """Some comma before the verb at ``v`` opens an aside in lower case, as :func:`_relative_aside`
    needs right after the subject: a test that needs no subject, made before it is worked out.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("The group, which represents A, said")
    >>> _aside_opens_before(toks, len(toks) - 1), _aside_opens_before(tokenize("Smith, 54, said"), 4)
    (True, False)
    """
    return any(toks[c].text == "," and toks[c + 1].word in RELATIVE_ASIDE_OPENERS and not toks[c + 1].capitalized
               for c in range(v - 1))


def _in_opening_place(toks: list[Token], m: Mention) -> bool:
    """``m`` is the whole object of a phrase of place that opens the sentence, set off by a comma:
    ‘In Washington, a spokesperson, asked about it, said’, ‘And in The Hindu, an official said’
    (after an opener like "And" or "Meanwhile" too); never a subject: ‘Washington, a spokesperson said’.

    >>> from quotesearch.tokens import tokenize
    >>> t = "In Washington, a spokesperson, asked about it, said"
    >>> _in_opening_place(tokenize(t), Mention(3, 13, "Washington", "name"))
    True
    >>> t = "Washington, a spokesperson, asked about it, said"
    >>> _in_opening_place(tokenize(t), Mention(0, 10, "Washington", "name"))
    False
    """
    b = _index_before(toks, m.start)
    nxt = _token_after(toks, m.end)
    if b < 0 or toks[b].word not in OPENING_PLACE_PREPOSITIONS or nxt is None or nxt.text != ",":
        return False
    k = _first_word(toks)
    while k < b and (toks[k].word in OPENERS or toks[k].text == ","):
        k += 1
    return k == b


def _in_apposition(toks: list[Token], subject: Mention, v: int) -> bool:
    """Only an aside stands between the subject and the verb at ``v``: noun phrases between
    commas, with no verb or clause of their own."""
    between = [x for x in toks[:v] if x.start >= subject.end]
    between = [x for i, x in enumerate(between) if not (  # (a retired rank's bracket is the aside's: ‘, Lt. Col. (rtd) X,’)
        (x.text == "(" and between[i + 1:i + 2] and between[i + 1].word in RETIRED_MARKS)
        or x.word in RETIRED_MARKS or (x.text == ")" and i > 0 and between[i - 1].word in RETIRED_MARKS))]
    return len(between) > 2 and between[0].text == "," and between[-1].text == "," and not any(
        x.word in ("who", "whom", "which", "that", "whose") or x.word in SUBORDINATORS or x.text in ".;:()“”\"" or (
            not x.capitalized and (_verb_like(x) or x.word in AUXILIARIES)) for x in between)


#: Most words an office set off after a name without "the" runs to (‘Declan Rafter, chairman of
#: the municipal district, who’; a body's owner in it too: ‘Tomas Verig, vice department director of
#: the ruling party's Political Bureau, who’ (w67a)).
BARE_APPOSITION_WORDS = 10

#: A possessive's ending on a word (‘party's’, ‘tenants’’), off before the word is told a word.
#:
#: >>> RE_POSSESSIVE_END.sub("", "party's"), RE_POSSESSIVE_END.sub("", "tenants’"), RE_POSSESSIVE_END.sub("", "Bureau")
#: ('party', 'tenants', 'Bureau')
RE_POSSESSIVE_END = LazyPattern(r"(?:['’]s?)$")


#: Prepositions after an office written in capitals that give its seat or its brief (‘MP for Carnbury
#: and Lyne’, ‘Minister for Roads’, ‘Senator from Ohio’): such an office set off without "the" is as bare
#: as one in lower case (see :func:`_seat_office_at`), w112b.
#:
#: >>> "for" in SEAT_OFFICE_PREPOSITIONS, "and" in SEAT_OFFICE_PREPOSITIONS
#: (True, False)
SEAT_OFFICE_PREPOSITIONS = wordset("for of from")


def _seat_office_at(toks: list[Token], i: int, a: int) -> bool:
    """``toks[i]`` is an office's word in capitals (a role noun) that a preposition of its seat follows
    before ``a`` (‘MP for Carnbury and Lyne’, ‘Minister for Roads’); never a name (‘Carnbury Lyne’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Hana Duckett, MP for Carnbury and Lyne, who"); _seat_office_at(t, 3, 9)
    True
    >>> t = tokenize("Hana Duckett, Carnbury Lyne, who"); _seat_office_at(t, 3, 6)
    False
    """
    return i + 2 < a and toks[i].word in ROLE_NOUNS and toks[i + 1].word in SEAT_OFFICE_PREPOSITIONS \
        and toks[i + 1].text.islower()


def _bare_apposition_comma(toks: list[Token], a: int) -> int | None:
    """The index of the comma that opens an office set off without an article before ``a`` (the comma
    before a "who"), when that office opens with a lower-case role noun, or a lower-case word "of"
    follows (‘, cathaoirleach of the municipal district,’), and holds only words, no verb or clause's
    word (‘, chairman of the Ballykeel district,’); else None.

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("opened by Declan Rafter, chairman of the district, who said")
    >>> _bare_apposition_comma(t, 9)
    4
    >>> t = tokenize("opened by Declan Rafter, the district, who said"); _bare_apposition_comma(t, 7) is None
    True
    >>> t = tokenize("heard from Orla Dempsey, director of the tenants’ group Fairhomes, who said"); _bare_apposition_comma(t, 11)
    4
    >>> t = tokenize("by Tomas Verig, vice department director of the ruling party's Political Bureau, who said")
    >>> _bare_apposition_comma(t, 13)
    3
    """
    c = a - 1
    while c > 0 and a - c <= BARE_APPOSITION_WORDS and toks[c].text != ",":
        c -= 1
    if c < 1 or toks[c].text != "," or c + 1 >= a or not (toks[c + 1].text.islower() or _seat_office_at(toks, c + 1, a)) \
            or (toks[c + 1].word not in ROLE_NOUNS and not (c + 2 < a and toks[c + 2].word == "of")):
        return None
    if any(not (RE_POSSESSIVE_END.sub("", x.text).isalpha() or "-" in x.text) or _verb_like(x) or x.word in CLAUSE_WORDS
           for x in toks[c + 1:a]):  # (a body's owner in it: ‘, director of the ruling party's Political Bureau,’)
        return None
    return c


def _is_object(toks: list[Token], m: Mention) -> bool:
    """A description right after a verb is its object (‘issued a statement’; a document after a
    phrasal verb's particle too: ‘put out a statement’, ‘fired off a letter’, never ‘when the
    results came out the spokesman said’), not a subject; so is what a preposition governs
    (‘posted a message on Twitter reading’), and the one a letter is written to (‘wrote to the Treasury warning’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Ann Lowe wrote to the Home Office warning")
    >>> _is_object(t, Mention(t[4].start, t[6].end, "the Home Office", "organisation"))
    True
    """
    k = _index_before(toks, m.start)
    prev = toks[k] if k >= 0 else None
    if prev is None or prev.capitalized or not prev.text[:1].isalpha() or _after_time_point(toks, k):
        return False
    if m.kind != "description":  # (but "the Council on American-Islamic Relations …" is one name)
        if k > 0 and prev.word in PLACE_LIE_WORDS and prev.text.islower() and toks[k - 1].word in PLACE_LYING_PREPOSITIONS:
            return m.kind in ("organisation", "name")  # a place where it lies, after a preposition, is no subject:
            # ‘The family of a farmer who died in mid Wales have said’, ‘drowned off the coast of north Devon’
        if prev.word == "to" and k > 0 and toks[k - 1].word in ADDRESSED_TO_VERBS and toks[k - 1].text.islower() \
                and not _relative_after(toks, m):
            return m.kind in ("organisation", "name")  # the one written to, the addressee: ‘X wrote to the Department
            # for Transport warning that …’ is X's (w65f); but a "who"/"which" clause set off after it is about the
            # addressee: ‘Residents wrote to MP Helen Ostrow, who said: …’ is Ostrow's (review rv65f)
        return m.kind in ("organisation", "name") and (prev.word in PLACE_PREPOSITIONS or prev.word in MOTION_PREPOSITIONS) \
            and not (k > 0 and toks[k - 1].capitalized)  # (and "marched down Main Street chanting")
    if prev.word in ("out", "off", "up", "forth"):  # (a document after a particle: "put out a statement")
        return description_head(m.text) in DOCUMENT_NOUNS
    return _verb_like(prev) or prev.word in ("to", "by", "about", "on", "in", "of", "for", "with") \
        or prev.word in PAIR_PREPOSITIONS  # (‘The mediator of the talks between Ardenia and Lorvia said’)


def _relative_after(toks: list[Token], m: Mention) -> bool:
    """Whether a "who" or "which" clause set off by a comma follows the mention (‘MP Helen Ostrow, who said’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("Residents wrote to Helen Ostrow, who said")
    >>> _relative_after(t, Mention(t[3].start, t[4].end, "Helen Ostrow", "name")), _relative_after(t, Mention(t[0].start, t[0].end, "Residents", "description"))
    (True, False)
    """
    j = _index_after_offset(toks, m.end)
    return j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].word in ("who", "which")


#: Prepositions whose object is a pair or a side, never the subject of the verb after it (‘the mediator
#: leading talks between Ardenia and Lorvia said’, ‘the campaign against the Brightwater Company said’).
#:
#: >>> sorted(PAIR_PREPOSITIONS)
#: ['against', 'between']
PAIR_PREPOSITIONS = frozenset("between against".split())


def _past_aspect_verb(toks: list[Token], v: int) -> int:
    """Where the subject of the -ing speech verb at ``v`` ends: before a verb of starting or going on
    right before it (‘around 30 protesters began shouting’, ‘the crowd kept chanting’), whose word is
    never the description's; before "heard" and its auxiliaries, a recording's speaker (‘a video in
    which a tour guide can be heard telling visitors that …’, w69a); else ``v``.

    >>> from quotesearch.tokens import tokenize
    >>> _past_aspect_verb(tokenize("the fans began chanting"), 3), _past_aspect_verb(tokenize("the fans chanting"), 2)
    (2, 2)
    >>> _past_aspect_verb(tokenize("a guard can be heard telling"), 5)
    2
    """
    if toks[v].word.endswith("ing") and v >= 2 and toks[v - 1].word in ASPECT_VERBS and toks[v - 1].text.islower():
        return v - 1
    if toks[v].word.endswith("ing") and v >= 3 and toks[v - 1].word == "heard" and toks[v - 1].text.islower():
        k = v - 1
        while k - 1 > 0 and toks[k - 1].word in HEARD_LEADS and toks[k - 1].text.islower():
            k -= 1
        return k
    return v


def _after_time_point(toks: list[Token], k: int) -> bool:
    """``toks[k]`` closes a phrase of time "at one point", "at that stage" before a subject (‘At one
    point a group of farmers began chanting’): no verb whose object the subject is."""
    return toks[k].word in TIME_POINT_NOUNS and k >= 2 and toks[k - 2].word == "at" \
        and toks[k - 1].word in ("one", "that", "this", "some", "another", "the", "which")


def _people_after(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is the adjective "state" before people: "state police said", "state
    officials", "state media", or before a capitalised title: "said state Sen. Maria Delgado",
    "state Treasurer X", "state Democrats" (never "told reporters", whose object they are); and
    before an outlet it owns: "told Iranian state television", "state radio", "the state news
    agency" (whose adjective before it is no speaker).

    >>> from quotesearch.tokens import tokenize
    >>> _people_after(tokenize("told Iranian state television that"), 2)
    True
    >>> _people_after(tokenize("the rules state that"), 2)
    False
    """
    if v + 1 >= len(toks) or toks[v].word != "state":
        return False
    w = toks[v + 1].word
    return w in ROLE_NOUNS or (w.endswith("s") and w[:-1] in ROLE_NOUNS) or w in PEOPLE_PLURALS \
        or (w in STATE_OUTLET_NOUNS and toks[v + 1].text.islower()) or state_before_title(toks, v)


#: Plural nouns of people and bodies that a cue word may describe ("state police", "state media").
PEOPLE_PLURALS = frozenset("police media authorities lawmakers legislators troopers prosecutors investigators".split())

#: Outlets a government owns, after the adjective "state" ("state television", "state news agency").
STATE_OUTLET_NOUNS = frozenset("television tv radio broadcaster broadcasters news newspaper newspapers channel channels agency".split())


#: Cue words whose passive makes the subject the listener (‘the companies were told’, ‘was warned’).
TOLD_PASSIVES = frozenset("told warned asked advised informed ordered urged instructed reminded assured".split()) | BRIEFING_VERBS
PASSIVE_AUXILIARIES = BE_FORMS | {"be"}

#: Words that open a phrase whose passive of telling has the sentence's own subject as the one told, after
#: its words (‘… shouted “Liar!” before being asked by the chair to sit down’): the agent after "by" never
#: says the words before (w80a).
#:
#: >>> "before" in BEING_TOLD_LEADS, "were" in BEING_TOLD_LEADS
#: (True, False)
BEING_TOLD_LEADS = frozenset("before after while without despite upon on until".split())


def _told_passive(toks: list[Token], v: int) -> bool:
    """Whether the cue at ``v`` is a verb of telling in the passive, its subject the listener:
    ‘Commuters were warned to expect “severe disruption”’, ‘staff have been repeatedly told to
    expect “…”’ (one adverb may stand between); never the active ‘she warned’, ‘they had told’.

    >>> from quotesearch.tokens import tokenize
    >>> _told_passive(tokenize("Drivers were warned of"), 2)
    True
    >>> _told_passive(tokenize("Drivers have been repeatedly told"), 4)
    True
    >>> _told_passive(tokenize("The union warned of"), 2)
    False
    >>> _told_passive(tokenize("The minister was accused of"), 3), _told_passive(tokenize("Unions accused the minister of"), 1)
    (True, False)
    """
    if toks[v].word == "accused" and toks[v].text.islower() and v >= 1 and v + 1 < len(toks) \
            and toks[v + 1].word in ("of", "by"):
        # the one accused is the target, never the accuser (‘X was accused of presiding over “…”’, a
        # headline's ‘Minister accused of “cover-up”’; the agent after "by" speaks); with no "be", only
        # when no verb of the subject's own follows (never ‘A man accused of murder invented a “…”’)
        b = v - 1 if not (toks[v - 1].word.endswith("ly") and v >= 2) else v - 2
        return toks[b].word in PASSIVE_AUXILIARIES or not any(
            x.text.islower() and x.word.endswith("ed") for x in toks[v + 2:])
    if toks[v].word not in TOLD_PASSIVES or not toks[v].text.islower() or v < 1:
        return False
    if toks[v].word in BRIEFING_VERBS and any(x.text.islower() and x.word in SPEECH_VERBS and x.word not in BRIEFING_VERBS
                                              for x in toks[v + 1:]):
        return False  # the ones briefed who speak by a verb of their own after it: ‘Lawmakers who were briefed
        # on the strikes described the evidence as “…”’, ‘Senators who had been briefed … said’
    b = v - 1
    if toks[b].word.endswith("ly") and toks[b].text.islower() and b >= 1:
        b -= 1  # (an adverb between: ‘were repeatedly warned’)
    return toks[b].word in PASSIVE_AUXILIARIES


#: Words after which a cue word is a noun ("the report", "his post", "secretary of state").
NOUN_MARKERS = wordset("a an the his her their its our my your this that these those of")

#: Words before "states" that make it the plural noun, never the verb (‘…’ by campaigners in other states’,
#: ‘in several member states’, ‘in swing states’).
STATES_NOUN_MARKERS = wordset("""other many several all both some most few member neighbouring neighboring swing
battleground border southern northern eastern western coastal island gulf baltic nation red blue""")


def _after_indefinite(toks: list[Token], v: int) -> bool:
    """The cue word at ``v`` is a noun after "a" and a name ("a Donald Trump tweet"), or a noun of
    speech after a possessive and a name ("Bush's Facebook post")."""
    k = v - 1
    while k > 0 and toks[k].capitalized and is_name_token(toks[k]) and not is_possessive(toks[k]) and v - k < 5:
        k -= 1
    if k < v - 1 and toks[k].word in ("a", "an") and not toks[k].capitalized \
            and not (toks[v - 1].word in ACRONYM_RANKS and toks[v - 1].text.isupper()):  # (but "a Labour MP told")
        return True
    return v - k <= 3 and toks[v].word in SPEECH_NOUNS and (is_possessive(toks[k]) or toks[k].text in "’'")


def _after_modal(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` follows a modal ("will say", "would tell"): speech that may never happen."""
    return v > 0 and toks[v - 1].word in MODALS


def _refused(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is speech refused or denied ("declined to comment", "did not say"): no
    quotation is its."""
    return v > 0 and (toks[v - 1].word in NEGATIONS or (
        toks[v - 1].word == "to" and v > 1 and toks[v - 2].word in REFUSAL_VERBS))

#: Words before "heard saying" (‘X can be heard saying’, ‘X is heard shouting’).
HEARD_LEADS = wordset("be is was were are been can could may might")

#: Words that deny the verb after them.
NEGATIONS = wordset("not never n't didn't don't doesn't won't wouldn't")

#: Verbs of refusing, before "to" and a verb of speech.
REFUSAL_VERBS = wordset("declined declines decline refused refuses refuse")


def _then_office(lead: list[Token], k: int) -> bool:
    """``lead[k]`` is the "then" of an office held at the time, right before the office's word (‘the
    then mayor, X,’, ‘then premier X’), never the "then" of a clause (‘then Smith said’).

    >>> from quotesearch.tokens import tokenize
    >>> _then_office(tokenize("the then mayor ,"), 1), _then_office(tokenize("then Smith"), 0)
    (True, False)
    """
    return lead[k].word == "then" and not lead[k].capitalized and k + 1 < len(lead) and lead[k + 1].word in ROLE_NOUNS \
        and (k == 0 or lead[k - 1].word in ("the", "his", "her", "their", "its") or lead[k - 1].text == ",")


#: Words that open a list of things the words go on to (‘…,” including passing a new law’): what
#: follows them is never a speaker's title or description.
#:
#: >>> "including" in LIST_LEADS, "the" in LIST_LEADS
#: (True, False)
LIST_LEADS = frozenset("including excluding".split())


def _title_lead(lead: list[Token]) -> bool:
    """Words before a speaker's name that can only be a title or description: ‘State spokesman’,
    ‘the White House spokesman,’ — no verb, no clause, no sentence break.

    >>> from quotesearch.tokens import tokenize
    >>> _title_lead(tokenize("the White House spokesman ,")), _title_lead(tokenize("when the"))
    (True, False)
    >>> _title_lead(tokenize(", including a new law with changes"))
    False
    """
    if any(x.word in LIST_LEADS and x.text.islower() for x in lead):
        return False  # (a list of things the words go on to, never a speaker's title: ‘…,” including passing
        # a new law with changes the president has demanded’ has no speaker after it)
    if len(lead) > 12 or (lead and (lead[0].word in SUBORDINATORS or lead[0].word in ("which", "whom", "whose"))
                          and not _then_office(lead, 0)) or any(
            x.word in SUBORDINATORS and (x.word != "and" or lead[k].text == ",") and not x.capitalized
            and not _then_office(lead, k + 1) for k, x in enumerate(lead[1:])):
        return False  # (‘…” regarding her links while Sanders suggests’: a clause of its own; ‘“…,”
        # which she said she has read’ says something of the quotation, whose speaker it is not)
    for k, x in enumerate(lead):
        if x.text in ".;:!?“”\"" or (not x.capitalized and (_verb_like(x) or x.word in AUXILIARIES)
                                        and x.word not in ROLE_NOUNS
                                        and not (x.word == "state" and (k + 1 == len(lead) or state_before_title(lead, k)
                                                                        or lead[k + 1].word in ROLE_NOUNS))
                                        and not (x.word in APPOSITIVE_QUALIFIERS and k + 1 == len(lead))
                                        and not (x.word in ("named", "called") and k + 1 == len(lead)
                                                 and lead[k - 1].word in NAMED_PERSON_NOUNS)  # (‘the waitress, a woman named X’)
                                        and not (k > 0 and lead[k - 1].word in NOUN_MARKERS and k + 1 < len(lead)
                                                 and lead[k + 1].word in ROLE_NOUNS)):
            return False  # (but "state" before a title is an adjective: ‘his niece, state Del. X,’, ‘BLM
            # state president X’, a noun between an article and a title is its word: ‘the fire chief’, and
            # so is a qualifier right before the name: ‘her former chief of staff, retired Col. X,’)
    return True


#: The aside after a ruling's noun that opens a sentence, giving who issued it before the verb: ‘The
#: decision, published by the Appeals Panel on Friday, said’, ‘The determination, issued on Monday by the
#: X Board, found’ (a name or "the" after "by"; never ‘seen by’, ‘obtained by’, nor a ruling only dated).
#:
#: >>> bool(RE_RULING_ISSUER_ASIDE.match(", published by Harbour Sports on Friday,"))
#: True
#: >>> bool(RE_RULING_ISSUER_ASIDE.match(", issued on Monday by the Licensing Board,"))
#: True
#: >>> RE_RULING_ISSUER_ASIDE.match(", published on Friday,"), RE_RULING_ISSUER_ASIDE.match(", seen by the BBC,")
#: (None, None)
RE_RULING_ISSUER_ASIDE = LazyPattern(
    r", (?:which was |was )?(?:" + "|".join(sorted(ISSUING_PARTICIPLES)) + r")(?: [^.,;:“”\"\n]{1,40}?)? by (?:the )?\p{Lu}[^.;:“”\"\n]{0,80},")


def _ruling_with_issuer_aside(text: str, toks: list[Token], v: int) -> Mention | None:
    """"The decision" opening the sentence, its issuer set off after it in an aside that ends at the
    comma before the verb ``toks[v]`` (:data:`RE_RULING_ISSUER_ASIDE`): the ruling as its subject, whose
    issuer the caller reads after it (‘The decision, published by the X Panel on Friday, said’). A
    "decision" is no description otherwise (what was decided), so only with its issuer given.

    >>> from quotesearch.tokens import tokenize
    >>> t = "The decision, published by the Appeals Panel on Friday, said"; _ruling_with_issuer_aside(t, tokenize(t), 11).text
    'The decision'
    >>> t = "The decision, announced on Friday, said"; _ruling_with_issuer_aside(t, tokenize(t), 7) is None
    True
    """
    f = _first_word(toks)
    if v < f + 4 or toks[f].word != "the" or toks[f + 1].word not in RULING_NOUNS or toks[f + 2].text != "," \
            or toks[v - 1].text != ",":
        return None  # (cheap: the noun right after "The", a comma after it and before the verb)
    aside = RE_RULING_ISSUER_ASIDE.match(text, toks[f + 1].end)
    if aside is None or aside.end() != toks[v - 1].end:
        return None
    return Mention(toks[f].start, toks[f + 1].end, text[toks[f].start:toks[f + 1].end], "description")
