"""Whose words they are: the owner of a speech noun (‘Trump’s claim that …’), ‘in the words of’ and ‘in
their words’ (never a work's), ‘quoted as saying’, minutes that record one saying, one heard saying
on a recording, a name a colon introduces and a short lead with a phrasal verb or a post.
"""

from __future__ import annotations

import dataclasses
import re

from quotesearch.lexicon import wordset
from quotesearch.document_words import DOCUMENT_NOUNS, MINUTE_NOUNS, MINUTE_VERBS
from quotesearch.role_words import KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    AUXILIARIES, CALL_VERBS, PHRASAL_CUE_PARTICLES, PHRASAL_CUE_VERBS, POSTING_VERBS, PRONOUNS, QUOTING_VERBS,
    SETTING_ASIDE_PREPOSITIONS,
)
from quotesearch.mentions import mention_after
from quotesearch.backward_mentions import mention_before
from quotesearch.mention_words import Mention, PREPOSITIONS, description_head
from quotesearch.names import split_title
from quotesearch.name_parts import PARTICLES
from quotesearch.tokens import Token, _name_run_back, is_name_token, is_possessive
from quotesearch.cue_tokens import (
    BE_FORMS, Found, _index_after_offset, _index_before, _is_cue, _only_a_comma_or_colon, _token_after,
)
from quotesearch.sentence_subjects import SPEECH_NOUNS, _inverted_lead
from quotesearch.cue_positions import HEARD_LEADS


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
