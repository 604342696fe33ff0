"""Reported speech: whose words a report, a ‘that’ clause, ‘in the words of’, ‘quoted as saying’
or a passive ‘was told’ gives, and the subject of a clause reporting them.
"""

from __future__ import annotations

import dataclasses
import re

from quotesearch.lexicon import ADDRESSED_TO_VERBS, ARTICLES, LazyPattern, wordset
from quotesearch.time_words import TIME_POINT_NOUNS
from quotesearch.name_words import RETIRED_MARKS
from quotesearch.document_words import DOCUMENT_NOUNS, MINUTE_NOUNS, MINUTE_VERBS, THING_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import (
    ACRONYM_RANKS, DESCRIPTION_NOUNS, FOCUS_CLAUSE_OPENERS, KIN_NOUNS, NAMED_PERSON_NOUNS, ROLE_NOUNS,
)
from quotesearch.speech_words import (
    ADDRESSING_PARTICIPLES, ASPECT_VERBS, AUXILIARIES, BRIEFING_VERBS, CALL_VERBS, DEED_REPORT_VERBS, HAVE_FORMS,
    INVESTIGATOR_LISTENERS, LABELLING_VERBS, OPENING_PLACE_PREPOSITIONS, PERFECT_AUXILIARIES, PHRASAL_CUE_PARTICLES,
    PHRASAL_CUE_VERBS, POSTING_VERBS, PRONOUNS, QUOTING_VERBS, SETTING_ASIDE_PREPOSITIONS, SPEECH_VERBS,
    WEAK_SPEECH_VERBS,
)
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import PLACE_LIE_WORDS, mention_before
from quotesearch.mention_words import Mention, PREPOSITIONS, description_head
from quotesearch.mention_names import APPOSITIVE_QUALIFIERS
from quotesearch.set_off_names import state_before_title
from quotesearch.description_ends import CLAUSE_WORDS
from quotesearch.names import split_title
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES, gender_of
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.cue_tokens import (
    BE_FORMS, Found, SUBORDINATORS, _first_word, _index_after_offset, _index_before, _is_cue, _only_a_comma_or_colon,
    _token_after, _verb_like,
)
from quotesearch.sentence_subjects import MODALS, OPENERS, SPEECH_NOUNS, TELL_VERBS, _inverted_lead, _subordinate_at


#: Prepositions after which a name is a place or a medium, not a speaker ("on Twitter", "at CNN").
PLACE_PREPOSITIONS = wordset("on in at via")

#: Prepositions of a way gone: a name after them is a place ("marched down Main Street").
MOTION_PREPOSITIONS = wordset("down along through across past")

#: Prepositions before a word of where a place lies (‘in mid Wales’, ‘off west Cork’, ‘the coast of north Devon’).
PLACE_LYING_PREPOSITIONS = wordset("in at of off near outside from across around throughout")


def _speech_noun_owner(toks: list[Token], text: str = "") -> Found | None:
    """A name's speech noun governing the quotation: ‘Trump’s claim that there have been “…”’
    (the noun, then "that" or a colon, and no verb of speech after it)."""
    n = len(toks)
    for i in range(n - 2, max(-1, n - 14), -1):
        t = toks[i]
        if not (is_possessive(t) and is_name_token(t)):
            continue
        k = i + 1  # the noun, after at most two capitalised words: "Bush's Facebook post:"
        while k < min(n, i + 3) and toks[k].capitalized and is_name_token(toks[k]):
            k += 1
        if k < n and toks[k].word in SPEECH_NOUNS and not toks[k].capitalized \
                and k + 1 < n and (toks[k + 1].word == "that" or toks[k + 1].text == ":") \
                and not any(_is_cue(x, True) for x in toks[k + 1:]):
            j = _name_run_back(toks, i)
            words = [x.text for x in toks[j:i + 1]]
            words[-1] = words[-1][:-2]
            _, name = split_title(words)
            if not name:
                return None
            s_ = toks[i - len(name) + 1].start
            return Found(Mention(s_, t.end - 2, " ".join(name), "name"), None, "cue-in-sentence", toks[k].text)
    for i in range(n - 3, max(0, n - 14), -1):
        if _office_speech_noun(toks, i) and not any(_is_cue(x, True) for x in toks[i + 2:]):
            s_ = toks[i - 1].start  # an office's speech noun: ‘declined to back the president’s assertion that
            # the vote was “…”’ is the president's, never the subject's who declined
            return Found(Mention(s_, toks[i].end - 2, text[s_:toks[i].end - 2] if text else "the " + toks[i].text[:-2],
                                 "description"), None, "cue-in-sentence", toks[i + 1].text)
    for i in range(n - 3, max(0, n - 16), -1):  # ‘the contention of law professor Adaeze Nwosu that “…”’
        if toks[i].word == "of" and toks[i - 1].word in SPEECH_NOUNS and not toks[i - 1].capitalized \
                and not any(_is_cue(x, True) for x in toks[i + 1:]):
            m = mention_after(toks, i + 1, text)
            after = _token_after(toks, m.end) if m is not None else None
            if m is not None and m.kind == "name" and after is not None and after.word == "that" and _inverted_lead(toks, i + 1, m):
                return Found(m, None, "cue-in-sentence", toks[i - 1].text)
    return None


def _office_speech_noun(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is "the" and an office's possessive in lower case before a noun of speech and "that"
    (‘the president’s assertion that’, ‘the minister's claim that’); never a thing's (‘the report's claim’).

    >>> from quotesearch.tokens import tokenize
    >>> _office_speech_noun(tokenize("evidence for the president’s assertion that the"), 3)
    True
    >>> _office_speech_noun(tokenize("evidence for the report’s assertion that the"), 3)
    False
    """
    t = toks[i]
    return 0 < i and i + 2 < len(toks) and toks[i - 1].word == "the" and is_possessive(t) and t.text.islower() \
        and t.text[:-2] in ROLE_NOUNS and toks[i + 1].word in SPEECH_NOUNS and toks[i + 1].text.islower() \
        and toks[i + 2].word == "that"


#: Words that open a time clause of a gerund after a reported verb's own object (‘had recommended the pause
#: after reviewing “…”’): the quotation is the gerund's object, never the reported verb's words.
#:
#: >>> sorted(GERUND_CLAUSE_LEADS)
#: ['after', 'before', 'following', 'upon', 'when', 'while']
GERUND_CLAUSE_LEADS = wordset("after before while when upon following")

#: Owners and articles that open a reported verb's own noun object (‘recommended the pause’, ‘its
#: decision’).
OBJECT_LEADS = ARTICLES | wordset("its their his her")


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
    if c < 1 or toks[c].text != "," or c + 1 >= a or not toks[c + 1].text.islower() \
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
    """
    head = description_head(m.text) if m.kind == "description" else None
    if head is None or head not in DESCRIPTION_NOUNS or head in THING_NOUNS or head in DOCUMENT_NOUNS:
        return False
    k = _index_before(toks, m.start)
    if k < 0 or toks[k].word not in ("said", "says", "say") or not toks[k].text.islower():
        return False
    if v + 1 >= len(toks) or toks[v].word not in ("asked", "told") or not (
            toks[v + 1].word in LISTENER_PRONOUNS or _own_people_listening(toks, v + 1)):
        return False  # (a conversation with the one who tells of it only: never ‘Trump said Fox executives were
        # calling “every 15 minutes”’, ‘said ministers had promised change “…”’, the reporter's words)
    e = _index_after_offset(toks, m.end)
    return e < v and all(toks[i].word in AUXILIARIES and toks[i].text.islower() for i in range(e, v))


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


def _in_their_words(text: str, toks: list[Token]) -> Found | None:
    """‘In Feldhaus’s words, “…”’, ‘In his words, the system needs “…”’, ‘In his view, …’: whose
    words they are, when no other cue follows.

    >>> from quotesearch.tokens import tokenize
    >>> t = "In Feldhaus’s words, the governor needs “a deal”"
    >>> _in_their_words(t, tokenize(t)).mention.text
    'Feldhaus'
    """
    if not toks or (text.find(" words,", toks[0].start, toks[-1].end) < 0
                    and text.find(" view,", toks[0].start, toks[-1].end) < 0):
        return None  # (a search first: most sentences have no "… words," nor "… view,")
    for w in range(2, len(toks) - 1):
        if toks[w].word not in ("words", "view") or toks[w + 1].text != "," or any(_is_cue(x, True) for x in toks[w + 2:]):
            continue  # (one's view is theirs too: ‘In his view, the majority “abandons decades of precedent”’)
        o = w - 2 if toks[w - 1].word == "own" and w >= 3 else w - 1  # (‘In Brevik's own words,’)
        owner = toks[o]
        if owner.word in ("his", "her") and toks[o - 1].word == "in":
            m, a = Mention(owner.start, owner.end, owner.text, "pronoun"), o - 1
        elif is_possessive(owner) and is_name_token(owner):
            end = owner.end - 2 if owner.text.endswith(("’s", "'s")) else owner.end - 1
            b = _name_run_back(toks, o)
            while b - 1 > 0 and toks[b - 1].text in PARTICLES:
                b -= 1  # (a surname's particle: "in von Ahlen's words")
            i = b - 1
            while i > b - 3 and i > 0 and toks[i].word in ROLE_NOUNS and toks[i].text.islower():
                i -= 1  # (past a title in lower case: ‘in coach Curtis Bellamy’s words,’, ‘in head coach X's words’)
            if toks[i].word != "in":
                continue
            m, a = Mention(toks[b].start, end, text[toks[b].start:end], "name"), i
        elif o >= 2 and _kin_owned(owner) and toks[o - 1].word in ("his", "her", "their") and toks[o - 2].word == "in":
            # one's kin: ‘In her daughter's words, “…”’ (whom the article must name: see attribution)
            s_ = toks[o - 1].start
            m, a = Mention(s_, owner.end - 2, text[s_:owner.end - 2] if text else owner.text[:-2], "description"), o - 2
        else:
            continue
        return Found(m, None, "cue-in-sentence", text[toks[a].start:toks[w].end] if text else "in … words")
    return None


def _kin_owned(t: Token) -> bool:
    """A kin noun in the possessive, in lower case (‘daughter's’, ‘husband’s’; never ‘parents'’).

    >>> from quotesearch.tokens import tokenize
    >>> [_kin_owned(t) for t in tokenize("her daughter's Daughter's parents' words")]
    [False, True, False, False, False]
    """
    return t.text.islower() and t.text.endswith(("’s", "'s")) and t.text[:-2] in KIN_NOUNS


def _in_the_words_of(text: str, toks: list[Token]) -> Found | None:
    """‘…, in the words of one critic, “…”’ right before the quotation, or its colon (‘summed up, in
    the words of one weary official: “Wait.”’): the one whose words they are (never a document's,
    ‘in the words of the indictment’), read before any other cue.

    >>> from quotesearch.tokens import tokenize
    >>> t = "It made her, in the words of one critic,"
    >>> _in_the_words_of(t, tokenize(t)).mention.text
    'one critic'
    >>> t = "The plan, in the words of one weary aide:"
    >>> _in_the_words_of(t, tokenize(t)).mention.text
    'one weary aide'
    >>> t = "The work was, in the words of one surveyor who examined it,"
    >>> _in_the_words_of(t, tokenize(t)).mention.text
    'one surveyor who examined it'
    """
    n = len(toks)
    if n < 5 or all(text.find(w, toks[max(0, n - 16)].start, toks[-1].end) < 0 for w in (" words of ", " phrase of ")):
        return None  # (a search first: most sentences have no "… words of"; ‘in the phrase of the critic X’ too)
    for a in range(max(0, n - 16), n - 4):
        if toks[a].word == "in" and toks[a + 1].word == "the" and toks[a + 2].word in ("words", "phrase") \
                and toks[a + 3].word == "of":
            m = mention_after(toks, a + 4, text)
            if m is not None and m.kind == "description":
                m = _with_who_clause(text, toks, m)  # (an unnamed one kept whole: ‘one surveyor who examined it’)
            if m is not None and m.kind != "pronoun" and _only_a_comma_or_colon(toks, m.end) \
                    and not (m.kind == "description" and description_head(m.text) in DOCUMENT_NOUNS) \
                    and not _work_named(m):
                return Found(m, None, "according-to", "in the words of")
    return None



#: A work or text, not a person, whose words they are (‘in the words of the Bible’, ‘of the song’).
WORK_WORDS = wordset("""bible koran quran torah scripture scriptures constitution song songs anthem hymn poem
lyric lyrics slogan motto manifesto prayer psalm proverb saying advert jingle film movie play novel""")


def _work_named(m: Mention) -> bool:
    """``m`` names a work by its head, the last word (‘the Bible’, ‘the national anthem’), never a
    person whose description holds a work's word (‘one film critic’, ‘a hymn writer’).

    >>> _work_named(Mention(0, 9, "the Bible", "organisation")), _work_named(Mention(0, 15, "one film critic", "description"))
    (True, False)
    """
    return m.text.lower().split()[-1].strip(".,’'") in WORK_WORDS


#: Most words of a "who" clause kept with a description after "in the words of" (‘one surveyor who
#: examined it’).
WORDS_OF_WHO_CLAUSE_MOST = 6


def _with_who_clause(text: str, toks: list[Token], m: Mention) -> Mention:
    """A description with the short "who" clause after it that ends the words before a comma or a colon
    (‘in the words of one surveyor who examined it, “…”’): kept whole, as an unnamed one's description
    is; else ``m`` as it is (never a clause of more words, nor one a comma splits).

    >>> from quotesearch.tokens import tokenize
    >>> t = "in the words of one surveyor who examined it,"
    >>> _with_who_clause(t, tokenize(t), Mention(16, 28, "one surveyor", "description")).text
    'one surveyor who examined it'
    """
    rest = [x for x in toks if x.start >= m.end]
    if len(rest) < 3 or rest[0].word != "who" or rest[-1].text not in (",", ":") \
            or len(rest) - 2 > WORDS_OF_WHO_CLAUSE_MOST or any(not x.text.isalpha() for x in rest[1:-1]):
        return m
    end = rest[-2].end
    return Mention(m.start, end, text[m.start:end], m.kind, m.role)

#: An age alone as a description's head (‘the 52-year-old’; never ‘the 40-year-old law’).
RE_AGE_ALONE = re.compile(r"(?i:the) \d{1,3}-year-old")


def _minuted_saying(text: str, toks: list[Token]) -> Found | None:
    """‘Cabinet minutes of April 10 record the premier, Graham Tolhurst, saying he was “…”’: the one
    the papers record saying the words speaks, not the papers nor the body that kept them. Guards: the
    papers (:data:`MINUTE_NOUNS`) open the sentence, their verb (:data:`MINUTE_VERBS`) follows within a
    few words, a name or a description comes right after it, then "saying" with no cue after.

    >>> from quotesearch.tokens import tokenize
    >>> t = "Board minutes from 1983 show the chairman, Peter Hale, saying the ground was “"
    >>> _minuted_saying(t, tokenize(t)).mention.text
    'Peter Hale'
    >>> t = "The minutes record that the vote was “"
    >>> _minuted_saying(t, tokenize(t)) is None
    True
    """
    n = len(toks)
    v = next((a for a in range(1, min(n - 3, 9)) if toks[a].word in MINUTE_VERBS and not toks[a].capitalized), None)
    if v is None or not any(x.word in MINUTE_NOUNS for x in toks[:min(v, 5)]):
        return None  # (the papers open the sentence as the verb's subject: ‘Council minutes of May 3 record’,
        # ‘Board minutes seen by the paper show’; never ‘He records’)
    s = next((a for a in range(v + 2, min(n, v + 14)) if toks[a].word == "saying"), None)
    if s is None or any(_is_cue(x, True) for x in toks[s + 1:]) or toks[v + 1].word == "that":
        return None
    m = mention_after(toks[:s], v + 1, text)
    if m is None or m.kind not in ("name", "description") or m.start != toks[v + 1].start and m.kind != "name":
        return None
    if any(x.text != "," for x in toks[v + 1:s] if x.start >= m.end):
        return None  # (the one shown is the one saying, nothing between: never ‘show the minister, X,
        # ignored warnings from officials saying …’, whose "saying" is the officials')
    return Found(m, None, "cue-before", "saying")


#: Participles of speech that may follow the one a document or an outlet quotes with no "as" between
#: (‘The report quotes a sailor shouting’, ‘The paper quoted the minister saying’).
BARE_QUOTED_PARTICIPLES = frozenset("saying telling shouting yelling screaming writing".split())


def _outside_setting_asides(toks: list[Token]) -> list[Token]:
    """The tokens but those of an aside of time or place set off by commas (‘, during a private
    meeting about anthem protests,’), whose nouns of speech are the setting's, no one's cue: ‘a
    report quoted the owner as telling others, during a meeting about protests, that “…”’."""
    kept: list[Token] = []
    k, n = 0, len(toks)
    while k < n:
        if toks[k].text == "," and k + 1 < n and toks[k + 1].word in SETTING_ASIDE_PREPOSITIONS:
            close = next((j for j in range(k + 2, min(n, k + 12)) if toks[j].text == ","), None)
            if close is not None and not any(
                    _is_cue(toks[j], True) and (toks[j - 1].capitalized or toks[j - 1].word in PRONOUNS
                                                or toks[j - 1].word in AUXILIARIES)
                    for j in range(k + 2, close)):  # (guard: never a clause whose own subject speaks in
                # it: ‘, after Minister X told reporters,’ ‘, before he said,’)
                k = close
                continue  # (the closing comma kept: what follows the aside is read as before)
        kept.append(toks[k])
        k += 1
    return kept


def _quoted_as_saying(text: str, toks: list[Token]) -> Found | None:
    """‘The RIA news agency quoted Deputy Foreign Minister Pavel Orlov as saying that …’: the one
    quoted speaks, not the outlet that quotes him.

    >>> from quotesearch.tokens import tokenize
    >>> t = "Interfax quoted a Defence Ministry official as saying the drills were “routine”"
    >>> _quoted_as_saying(t, tokenize(t)).mention.text
    'a Defence Ministry official'
    >>> t = "The paper quotes a Treasury source as saying:"
    >>> _quoted_as_saying(t, tokenize(t)).mention.text
    'a Treasury source'
    >>> t = "The report quotes a sailor on the bridge shouting,"
    >>> _quoted_as_saying(t, tokenize(t)).mention.text
    'a sailor on the bridge'
    """
    n = len(toks)
    for v in range(n - 3):
        if toks[v].word not in QUOTING_VERBS or toks[v].capitalized or (v > 0 and toks[v - 1].word in BE_FORMS) \
                or toks[v + 1].word in ("by", "in"):
            continue  # (never the passive: "Smith was quoted in The New York Times as saying")
        s = next((a for a in range(v + 2, min(n - 1, v + 26)) if toks[a].word == "as"
                  and (toks[a + 1].word in ("saying", "telling", "writing") or (toks[a + 1].word.endswith("ing") and (
                      _is_cue(toks[a + 1], True) or toks[a + 1].word in CALL_VERBS)))), None)
        # (or another verb of speech: ‘the Saba news agency quoted the Health Ministry as blaming the outbreak on “…”’)
        bare = False
        if s is None:
            s = next((a - 1 for a in range(v + 2, min(n, v + 14)) if toks[a].word in BARE_QUOTED_PARTICIPLES
                      and toks[a].text.islower()), None)  # (or its participle right after the one quoted, with no
            # "as": ‘The report quotes a sailor on the bridge shouting, “…”’)
            bare = True
        if s is None or any(_is_cue(x, True) for x in _outside_setting_asides(toks[s + 2:])):
            continue  # (a later cue speaks: "…, but NATO chief Jens Stoltenberg said:")
        m = mention_after(toks[:s + 1] if bare else toks[:s], v + 1, text)
        if bare and (m is None or m.kind not in ("name", "description") or not (m.end == toks[s].end or (
                toks[s].text == "," and (c := _index_after_offset(toks, m.end)) < s and toks[c].text == ","
                and s - c <= 8 and all(x.text != "," for x in toks[c + 1:s])))):
            continue  # (the one quoted ends right before the participle, or an aside set off after them,
            # ‘quotes Darren Pike, the plant manager, telling’: never ‘quoted figures from residents saying’,
            # whose residents are no one the verb quotes)
        if m is None and s == v + 2 and toks[v + 1].word in ("him", "her", "them"):
            m = Mention(toks[v + 1].start, toks[v + 1].end, toks[v + 1].text, "pronoun")  # ‘Iranian state television
            # quoted him as saying: “…”’: the one the pronoun stands for
        if m is None and text and RE_AGE_ALONE.fullmatch(text, toks[v + 1].start, toks[s - 1].end):
            # an age as the one quoted: ‘De Avondkrant quoted the 52-year-old as saying’
            m = Mention(toks[v + 1].start, toks[s - 1].end, text[toks[v + 1].start:toks[s - 1].end], "description")
        last = m.text.lower().split()[-1] if m is not None else ""
        if m is not None and m.kind == "description" and last not in ROLE_NOUNS and not (last.endswith("s") and last[:-1] in ROLE_NOUNS):
            # ‘quoted the head of the Atomic Energy Organisation of Iran, Reza Shafiei-Kadkani, as
            # saying’: the name set off after the description (never after a person it ends on: ‘a
            # source close to the defence minister, Andrei Belov,’ names the minister)
            c = _index_after_offset(toks, m.end)
            if c < s and toks[c].text == ",":
                named = mention_after(toks[:s], c + 1, text)
                if named is not None and named.kind == "name" and _index_after_offset(toks, named.end) < s \
                        and toks[_index_after_offset(toks, named.end)].text == ",":
                    m = dataclasses.replace(named, role=m.text)
        if m is not None and (m.kind != "pronoun" or m.text.lower() in ("him", "her", "them")):
            return Found(m, None, "cue-in-sentence", "quoted")
    return None


def _introduced_name(toks: list[Token], m: Mention) -> bool:
    """A name that a colon introduces as the one who speaks, with its role written before it
    (‘… doesn’t surprise Republican pollster Daron Shaw:’); never the object of a preposition
    (‘Trump took aim at Hillary Clinton:’ is not Clinton's)."""
    k = _index_before(toks, m.start)
    if not (m.role or (k >= 0 and toks[k].word in ROLE_NOUNS)):
        return False
    while k >= 0 and (toks[k].capitalized or toks[k].word in ROLE_NOUNS):
        k -= 1  # back over the title: ‘… a blunt warning to Senate Majority Leader Mitch McConnell:’
    return k < 0 or toks[k].word not in PREPOSITIONS


def _after_modal(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` follows a modal ("will say", "would tell"): speech that may never happen."""
    return v > 0 and toks[v - 1].word in MODALS


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


def _refused(toks: list[Token], v: int) -> bool:
    """The cue at ``v`` is speech refused or denied ("declined to comment", "did not say"): no
    quotation is its."""
    return v > 0 and (toks[v - 1].word in NEGATIONS or (
        toks[v - 1].word == "to" and v > 1 and toks[v - 2].word in REFUSAL_VERBS))


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

#: Words before "heard saying" (‘X can be heard saying’, ‘X is heard shouting’).
HEARD_LEADS = wordset("be is was were are been can could may might")

#: Words that deny the verb after them.
NEGATIONS = wordset("not never n't didn't don't doesn't won't wouldn't")

#: Verbs of refusing, before "to" and a verb of speech.
REFUSAL_VERBS = wordset("declined declines decline refused refuses refuse")


def _heard_saying_before(text: str, toks: list[Token]) -> Mention | None:
    """The one heard speaking on a recording, named just before "can be heard saying" and the colon
    (‘Police released footage in which Okonkwo can be heard saying:’, ‘… a clip where Lee is heard
    shouting:’): the recording's speaker, never the subject who played or released it."""
    n = len(toks)
    if n < 5 or not toks[-2].word.endswith("ing") or toks[-3].word != "heard":
        return None
    k = n - 3
    while k - 1 > 0 and toks[k - 1].word in HEARD_LEADS:
        k -= 1
    m = mention_before(toks, k, 0, text) if k < n - 3 else None
    return m if m is not None and m.kind == "name" and m.end == toks[k - 1].end else None


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


def _phrasal_or_posting_subject(text: str, toks: list[Token]) -> Mention | None:
    """Who speaks in a lead that ends in a colon with a short verb and its particle (‘Marcus chips in:’,
    ‘Hours later Sophie hit back:’) or with a verb of posting and what was posted, past an aside
    (‘Georgia, who was not in court, later shared a statement on Instagram:’): the name or pronoun right
    before the verb (never a body or a thing: ‘The row hit home:’ has no particle of speech; ‘The
    council shared a map:’ is no one's)."""
    n = len(toks)
    if n >= 4 and toks[n - 2].word in PHRASAL_CUE_PARTICLES and toks[n - 3].word in PHRASAL_CUE_VERBS \
            and toks[n - 3].text.islower():
        v = n - 3
    else:
        v = next((v for v in range(n - 3, 0, -1) if toks[v].word in POSTING_VERBS and toks[v].text.islower()
                  and toks[v + 1].word in ("a", "an", "the", "this")), None)
        if v is None:
            return None
    a = v
    while a > 1 and toks[a - 1].text.islower() and (toks[a - 1].word.endswith("ly") or toks[a - 1].word in ("later", "then", "also")):
        a -= 1  # (past an adverb: ‘later shared’, ‘swiftly hit back’)
    m = mention_before(toks, a, 0, text)
    return m if m is not None and m.kind in ("name", "pronoun") and m.text.lower() not in ("i", "we") else None


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
