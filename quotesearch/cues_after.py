"""Cues after a quotation: ‘according to X’, a reply clause, a sign's or record's owner, a passive's
agent, a sign-off's role and a listener told.
"""

from __future__ import annotations

import itertools
import re
import regex

from quotesearch.lexicon import ARTICLES, RE_DOUBLE_QUOTED, wordset
from quotesearch.document_words import CARRYING_VERBS, DOCUMENT_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import ANSWERING_VERBS, AUXILIARIES, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import RENAMED_WORDS_NOUNS, WHAT_CLAUSE_PREPOSITIONS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, POSSESSIVES, description_head
from quotesearch.set_off_names import voice_identified_as
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, is_name_token, is_possessive
from quotesearch.cue_tokens import BE_FORMS, Found, _first_word, _index_after_offset, _is_cue, _line_ends
from quotesearch.sentence_subjects import MODALS, SUBJECT_ADVERBS, _clause_goes_on, _inverted_lead
from quotesearch.reported_speech import OUTLET_NOUNS


def _speech_in_sentence_before(text: str, at: int) -> bool:
    """A verb of speech outside the quotations in the sentence before ``at`` (‘X told donors that … “…,”
    according to audio obtained exclusively by …’), never in a sentence that only describes one (‘X was
    “clearly rattled”, according to audio …’) (rv63a).

    >>> t = 'Hart told aides it was "a stitch-up," according to'
    >>> _speech_in_sentence_before(t, t.index("according")), _speech_in_sentence_before('Hart was "rattled", by', 20)
    (True, False)
    """
    lo = text.rfind("\n", 0, at) + 1
    bare = RE_DOUBLE_QUOTED.sub(" ", text[lo:at])
    bare = re.split(r"[.!?]\s+(?=[A-Z“\"])", bare)[-1]
    return any(w in SPEECH_VERBS for w in re.findall(r"\b[a-z]+\b", bare))


def according_to(text: str, toks: list[Token], lo: int, hi: int, kinds=None) -> Found | None:
    """The speaker of the first ‘according to X’ that starts in ``toks[lo:hi]`` and names one
    (of ``kinds``, when given)."""
    for a in range(lo, min(hi, len(toks) - 1)):
        if toks[a].word == "according" and toks[a + 1].word == "to":
            if a + 2 < len(toks) and toks[a + 2].word in ("a", "an", "the", "his", "her", "their", "its") and any(
                    x.word in RENDERING_NOUNS for x in itertools.takewhile(lambda x: x.text != ",", toks[a + 3:a + 7])):
                continue  # who put the words into another language, not who said them: ‘she said, according
                # to a translation provided by the Esterland government,’
            if a + 3 < len(toks) and toks[a + 2].word in ("a", "an", "the") and toks[a + 3].word in RECORDING_NOUNS \
                    and any(_is_cue(x, True) for x in toks[lo:a]):
                continue  # a record of the words, after the verb of the one who said them: ‘the spokesman
                # told a briefing, according to a transcript posted by the ministry, that …’ is the spokesman's
            if a + 3 < len(toks) and toks[a + 2].word in ("him", "her", "them") and toks[a + 3].text in ",.;":
                # a pronoun, as its object: ‘According to him, “…”’, common in West African copy
                m = Mention(toks[a + 2].start, toks[a + 2].end, toks[a + 2].text, "pronoun")
                return Found(m, None, "according-to", "according to") if kinds is None or "pronoun" in kinds else None
            m = mention_after(toks, a + 2, text)
            if m is not None and m.kind == "name" and text and " " not in m.text and m.text.lower() in DOCUMENT_NOUNS \
                    and (o := _index_after_offset(toks, m.start)) > a + 2 and is_possessive(toks[o - 1]):
                m = Mention(toks[a + 2].start, m.end, text[toks[a + 2].start:m.end], "description")  # a document in
                # capitals of an owner, never a name: ‘according to the studio’s FAQ,’ is the studio's, as its statement is
            e = _index_after_offset(toks, m.end) if m is not None and m.kind == "description" and text else len(toks)
            while e < len(toks) and toks[e].word in OUTLET_NOUNS and toks[e].text.islower():
                e += 1  # an outlet whose adjective reads as a person: ‘according to the official news agency,’
                m = Mention(m.start, toks[e - 1].end, text[m.start:toks[e - 1].end], "description")
            b = _index_after_offset(toks, m.start) if m is not None else 0
            seen = next((x for x in range(a + 4, b) if toks[x].word == "by" and (toks[x - 1].word in SEEN_BY or (
                toks[x - 1].word.endswith("ly") and toks[x - 2].word in SEEN_BY
                and _speech_in_sentence_before(text, toks[a].start)))), None) \
                if m is not None else None  # (past the outlet's own words: ‘obtained by the broadcaster NRV’, and
            # with an adverb, ‘obtained exclusively by’, w63a, only after a verb of the one named speaking: ‘X was
            # “clearly rattled”, according to audio obtained exclusively by the Herald’ is the outlet's, rv63a)
            if seen is not None and any(x.word in RECORDING_NOUNS for x in toks[a + 2:seen]):
                return None  # a recording of the words, whose speaker the sentence names: ‘X was overheard
                # telling an aide that …, according to a recording obtained by the broadcaster NRV’
            if seen is not None:
                # the document as written, never the outlet that saw it alone: ‘according to an
                # internal campaign memo reviewed by Reuters’
                s_, e_ = toks[a + 2].start, m.end
                return Found(Mention(s_, e_, text[s_:e_], "description"), None, "according-to", "according to")
            if m is not None and (kinds is None or m.kind in kinds):
                return Found(m, None, "according-to", "according to")
    return None


#: What renders another's words, and is no source of them ("a translation", "the interpretation").
RENDERING_NOUNS = frozenset("translation translations interpretation interpreter subtitles".split())

#: What records words as they were said: its speaker is who said them, never who obtained it.
RECORDING_NOUNS = frozenset("recording recordings audio tape tapes footage video videos clip transcript".split())

#: Participles of a document that an outlet has seen ("a memo reviewed by Reuters").
SEEN_BY = wordset("reviewed obtained seen viewed")  # (never "provided by", "shared by": their author)


def _reply_clause_after(toks: list[Token]) -> bool:
    """The words after the quotation open a clause of the answer to it, "to which" (‘“…?” to which the
    officer replies, “…”’, ‘“…?”, to which she said:’): its speaker answers the quotation, never says it.

    >>> from quotesearch.tokens import tokenize
    >>> _reply_clause_after(tokenize(", to which Cole replies")), _reply_clause_after(tokenize(" Cole replied"))
    (True, False)
    """
    k = 1 if toks and toks[0].text == "," else 0
    return k + 1 < len(toks) and toks[k].word == "to" and toks[k + 1].word == "which"


def _object_what_clause(toks: list[Token], m: Mention) -> bool:
    """Right after the words, a preposition and "what" open a clause (‘to what voters were telling
    it’, ‘about what the agency had said’) whose subject ``m`` is spoken of, never the speaker."""
    i = 1 if toks and toks[0].text == "," else 0
    return i + 2 < len(toks) and toks[i].word in WHAT_CLAUSE_PREPOSITIONS and toks[i + 1].word == "what" \
        and m.start >= toks[i + 2].start and not any(t.text in (",", ";", ".") for t in toks[i + 2:] if t.start < m.start)
    # (guard: the mention within the what-clause itself, nothing set off before it: ‘“…,” on what was his last
    # day in office, Governor X told reporters’ is X's)


def _answered_in_appositive(toks: list[Token], m: Mention) -> bool:
    """The words right before are renamed by an appositive (‘, a claim’, ‘, an allegation that’) whose
    subject ``m`` answers them with a verb of answering (‘called “baseless”’, ‘dismissed as …’,
    ‘has rejected’): ‘“…,” an allegation Chief Minister Y called “baseless.”’ is not Y's.

    >>> from quotesearch.tokens import tokenize
    >>> t = ", a description Labour's Sarah Akers dismissed as"; toks = tokenize(t)
    >>> _answered_in_appositive(toks, Mention(toks[4].start, toks[5].end, "Sarah Akers", "name"))
    True
    """
    i = 1 if toks and toks[0].text == "," else 0
    if i + 2 >= len(toks) or toks[i].word not in ("a", "an"):
        return False
    i += 1
    if toks[i].word not in RENAMED_WORDS_NOUNS and i + 1 < len(toks) and toks[i].text.islower():
        i += 1  # (one word that qualifies the noun: ‘a false claim’, ‘an unfounded allegation’)
    if toks[i].word not in RENAMED_WORDS_NOUNS:
        return False
    i += 1
    if i < len(toks) and toks[i].word == "that":
        i += 1
    if m.start < toks[min(i, len(toks) - 1)].start or any(t.text in (",", ";", ".") for t in toks[i:] if t.start < m.start):
        return False  # (the answering subject within the appositive, nothing set off before it)
    k = _index_after_offset(toks, m.end)
    while k < len(toks) and toks[k].word in AUXILIARIES:
        k += 1  # (‘a claim the minister has rejected’)
    return k < len(toks) and toks[k].word in ANSWERING_VERBS
SIGN_VERBS = wordset("read reads reading said say says saying proclaiming declaring proclaimed declared")

#: How far before the words a sign's verb is looked for.
SIGN_READING_REACH = 80


#: Words before the ones a carrying participle follows that bring in others than the subject (‘walked
#: past protesters holding’, ‘met families carrying’, ‘spoke to fans wearing’).
SIGN_OTHERS_LEADS = frozenset("past by near beside behind among amid between at to toward towards met meets "
                              "greeted greets passed passes watched watches saw sees joined joins faced faces".split())

#: Words right before a carrying verb's participle that leave the carrier the sentence's subject
#: (‘X was seen holding a sign’, ‘X stood there holding’, ‘X, …, holding’).
SIGN_CARRIER_LINKS = frozenset("was were is are be been being stood sat stands sits seen there while also then "
                               "and by after before when spotted pictured photographed".split())


def carried_sign(text: str, lo: int, sign_at: int) -> bool:
    """The words from ``lo`` to the sign's noun at ``sign_at`` hold a verb of carrying or making it
    (‘Protesters held signs reading’, ‘Fans unfurled a banner that read’): its carrier keeps the words;
    never one who only stands by it (‘X stood under a banner that read’, ‘X pointed to a sign that said’).

    >>> t = "Fans unfurled a banner that read"
    >>> carried_sign(t, 4, t.index("banner")), carried_sign("X stood under a banner", 1, 16)
    (True, False)
    """
    words = text[lo:sign_at].split()
    for k, w in enumerate(words):
        if w.strip(",").lower() not in CARRYING_VERBS:
            continue
        before = words[k - 1] if k else ""
        if w.lower().endswith("ing") and before and not before.endswith(",") and before.islower() \
                and not before.endswith(("ed", "ly")) and before not in SIGN_CARRIER_LINKS \
                and any(x.lower() in SIGN_OTHERS_LEADS for x in words[max(0, k - 4):k - 1]):
            return False  # (others who carry it: ‘Biden walked past protesters holding signs reading’, ‘X met
            # families holding’; but ‘Supporters lined the streets waving flags reading’ keeps its subject)
        return True
    return False



#: Participles whose passive names, after "by", the one whose words the marks hold (‘was called
#: “a disaster” by Senator X’, ‘has been described as “…” by’, ‘was branded “…” by critics’), and those
#: of a judgment passed on something (‘The complaint was judged “urgent” by the inspector general’, ‘was
#: regarded as “…” by the regulator’).
PASSIVE_WORDS_PARTICIPLES = frozenset("""called described branded labelled labeled termed denounced decried derided
dismissed condemned criticised criticized hailed praised lauded touted characterised characterized
ridiculed mocked blasted slammed deemed judged considered regarded rated""".split())


#: Participles whose passive names, between "by" and "of", the one whose words follow (‘was accused
#: by opposition leaders of presiding over “…”’).
ACCUSING_PARTICIPLES = frozenset({"accused"})


#: The rest of a firm's name of partners after its first (‘ & Grant’, ‘ & Sons’).
RE_PARTNER_TAIL = re.compile(r"(?: & [A-Z][\w’'\-]*)+")


def _agent_before(text: str, before: list[Token], stop: int, participles: frozenset[str], whole: bool) -> Found | None:
    """The agent of a passive participle (one of ``participles``) named between its "by" and the
    word at ``stop`` ("as", "of"): ‘was described by party officials as’; ``whole``: the agent
    must end right before that word, else it is cut there."""
    y = next((y for y in range(stop - 1, max(0, stop - 9), -1) if before[y].word == "by"), None)
    if y is None or before[y - 1].word not in participles or not (
            (y >= 2 and before[y - 2].word in BE_FORMS) or (y - 1 == _first_word(before) and before[y - 1].capitalized)):
        return None  # (or the participle opening the sentence: ‘Described by its agents as “a rare chance …”, the
        # house has a walled garden’)
    m = mention_after(before, y + 1, text)
    end = before[stop - 1].end
    if m is not None and m.kind == "name" and whole and RE_PARTNER_TAIL.fullmatch(text, m.end, end):
        m = Mention(m.start, end, text[m.start:end], "organisation")  # a firm of partners' names: ‘by agents Hale & Finch as’
    if m is None or m.kind not in ("name", "description", "organisation") or (m.end != end if whole else m.end < end):
        return None
    if m.end != end:
        m = Mention(m.start, end, text[m.start:end], m.kind, m.role)
    return Found(m, None, "cue-before", before[y - 1].text)


def passive_agent(text: str, before: list[Token], after: list[Token]) -> Found | None:
    """The agent of a passive verb of words right before the marks, named right after them, or
    before its "as": ‘The plan was called “a disaster” by Jane Jones’, ‘has been described as “…”
    by critics’, ‘was described by party officials as “furious”’,
    ‘the movement has been called “strategic ambiguity” by Joshua Hendrick, a professor at …’."""
    k = len(before) - 1
    if k >= 3 and before[k].word == "as":
        # the agent between the verb and "as": ‘was described by party officials as “furious”’
        found = _agent_before(text, before, k, PASSIVE_WORDS_PARTICIPLES, whole=True)
        if found is not None:
            return found
    o = next((o for o in range(k, max(2, k - 5), -1) if before[o].word == "of"), None)
    if o is not None and all(x.text.isalpha() and x.text.islower() for x in before[o + 1:k + 1]):
        # the agent between "accused" and "of": ‘was accused by opposition leaders of presiding over “…”’
        # (the agent ends before "of": never ‘opposition leaders of presiding over’)
        found = _agent_before(text, before, o, ACCUSING_PARTICIPLES, whole=False)
        if found is not None:
            return found
    if k >= 0 and before[k].word == "as":
        k -= 1
    elif k >= 1 and before[k].word == "of" and before[k - 1].word == "accused":
        k -= 1  # ‘has been accused of “greenwashing” by a committee of MPs’
    if k < 1 or (before[k].word not in PASSIVE_WORDS_PARTICIPLES and before[k].word != "accused") or before[k].capitalized:
        return None
    verb = before[k].text
    k -= 1
    while k > 0 and before[k].word.endswith("ly") and before[k].text.islower() and len(before[k].word) > 4:
        k -= 1  # ‘was widely described as’
    if before[k].word not in BE_FORMS:
        return None
    i = _first_word(after)
    if i != 0 or len(after) < 2 or after[0].word != "by":
        return None
    m = mention_after(after, 1, text)
    if m is not None and m.kind == "description":
        cut = next((x for x, w in enumerate(m.text.split()) if x >= 2 and w in ("in", "at", "on", "during", "after", "before")), None)
        if cut is not None:  # (the agent, never where or when: ‘by his supervisor in front of the whole shift’)
            words = m.text.split()[:cut]
            m = Mention(m.start, m.start + len(" ".join(words)), " ".join(words), "description", m.role)
        if description_head(m.text) not in DESCRIPTION_NOUNS or (
                " of " in m.text and m.text.split(" of ")[0].split()[-1].lower() not in DESCRIPTION_NOUNS):
            return None  # (‘by order of the council’: no one's words)
    if m is None or m.kind not in ("name", "description", "organisation") or not _inverted_lead(after, 1, m) \
            or _clause_goes_on(after, m):
        return None
    return Found(m, None, "cue-after", verb)

#: A person's own device or record, whose messages or footage show them speaking (‘Dean Platt’s phone’,
#: ‘her Instagram account’).
#:
#: >>> "phone" in PERSONAL_RECORD_NOUNS, "servers" in PERSONAL_RECORD_NOUNS
#: (True, False)
PERSONAL_RECORD_NOUNS = frozenset("""phone phones mobile handset laptop computer tablet account accounts diary notebook
messages texts emails dashcam doorbell""".split())


def _record_owner(toks: list[Token], b: int, text: str) -> Mention | None:
    """The one person named in the possessive before the verb of showing at ``b`` (‘Messages recovered
    from Dean Platt’s phone showed him’): the owner of the record that shows "him" or "her" speaking.
    None for none or two, or a body (‘Apple’s data showed him’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Messages recovered from Dean Platt’s phone showed"
    >>> _record_owner(tokenize(t), 6, t).text
    'Dean Platt'
    """
    owners = [k for k in range(1, b) if toks[k].capitalized and is_possessive(toks[k])]
    if len(owners) != 1 or not any(t.word in PERSONAL_RECORD_NOUNS for t in toks[owners[0] + 1:min(b, owners[0] + 4)]):
        return None  # (one owner, of a phone or an account of their own: never ‘Apple’s servers showed him’)
    k = j = owners[0]
    while j > 1 and toks[j - 1].capitalized and toks[j - 1].text.isalpha():
        j -= 1
    end = toks[k].end - 2
    words = text[toks[j].start:end].split()
    if not words or is_organisation(words) or _owner_sex(words, text) not in (None, SHOWN_PRONOUN_SEX.get(toks[b + 1].word if b + 1 < len(toks) else None)):
        return None  # (nor an owner of the other sex than the one shown: ‘Messages from Kelly Moss’s phone showed
        # him warning her’, ‘Footage from Sarah Hale’s doorbell camera showed him shouting’ are another's words) (review rv20)
    return Mention(toks[j].start, end, text[toks[j].start:end], "name")


#: The sex of the one an object pronoun of :data:`SHOWN_OBJECT_PRONOUNS` stands for ("them": none).
SHOWN_PRONOUN_SEX = {"him": "m", "her": "f"}


def _owner_sex(words: list[str], text: str) -> str | None:
    """The sex a record owner's name tells: by an honorific, a given name, or for a surname alone the
    given name it is written with elsewhere in ``text`` (‘Adams’s phone’ after ‘Chloe Adams’).

    >>> _owner_sex(["Kelly", "Moss"], ""), _owner_sex(["Mr", "Reid"], ""), _owner_sex(["Adams"], "victim Chloe Adams."), _owner_sex(["Beck"], "")
    ('f', 'm', 'f', None)
    """
    first = words[0].rstrip(".")
    if first in ("Mr", "Sir", "Lord"):
        return "m"
    if first in ("Mrs", "Ms", "Miss", "Lady", "Dame"):
        return "f"
    if len(words) > 1:
        return gender_of(first)
    for m in regex.finditer(r"\b(\p{Lu}\p{Ll}+)[ \t]+" + regex.escape(words[0]) + r"\b", text):
        if (g := gender_of(m.group(1))) is not None:
            return g
    return None


#: Words after the verb of an "as" clause that say when or where the words were said, not what
#: else was said (‘…,” as Cruz said on Monday’, ‘as he said at the time’, ‘as she said last year’).
AS_SAID_GOES_ON = frozenset("on at in last earlier recently then yesterday today this during when before after "
                            "once often repeatedly famously".split())

#: Participles of an "as" clause that name the speaker after "by" (‘…” – as described by X’).
AS_BY_PARTICIPLES = frozenset("described noted reported stated characterized characterised put".split())


def _puts_it(toks: list[Token], e: int) -> bool:
    """``toks[e]`` opens "put it" or "puts it" (‘as X put it’)."""
    return toks[e].word in ("put", "puts") and e + 1 < len(toks) and toks[e + 1].word == "it"


def _relative_up_to(toks: list[Token], m: Mention, e: int) -> bool:
    """A description whose relative clause runs, unbroken, up to the verb at ``e``: ‘As one fund
    manager who has covered the sector for three decades puts it:’ is the fund manager's."""
    k = _index_after_offset(toks, m.end)
    return m.kind == "description" and k < e - 1 and toks[k].word in ("who", "that") \
        and not any(t.text in ",;:.!?()—–“”\"" for t in toks[k:e])


#: Words that open a short phrase of time or frequency between a comma and a participle (‘…, at one
#: point warning’, ‘…, at times accusing’, ‘…, later adding’).
PHRASE_OF_TIME_LEADS = wordset("at later then once again finally eventually often sometimes twice repeatedly also even")


def _set_off_phrase_before(toks: list[Token], v: int) -> bool:
    """The participle at ``v`` follows a comma and a short lower-case phrase of time (‘at one point’)."""
    c = next((c for c in range(v - 1, max(-1, v - 5), -1) if toks[c].text == ","), None)
    return c is not None and c + 1 < v and toks[c + 1].word in PHRASE_OF_TIME_LEADS \
        and all(x.text.islower() and x.text.isalpha() and not x.word.endswith(("ed", "ing")) for x in toks[c + 1:v])


def _puts_it_to(toks: list[Token], e: int) -> bool:
    """``toks[e]`` opens "put it to" someone, a questioner's verb of speech (‘put it to Mr Costigan
    that his explanation was “frankly absurd”’)."""
    return _puts_it(toks, e) and not toks[e].capitalized and e + 2 < len(toks) and toks[e + 2].word == "to"


#: Words of manner between "put it" and the colon that opens the words (‘puts it more simply:’, ‘put it
#: this way:’, w100d).
#:
#: >>> "simply" in PUT_IT_MANNER_WORDS, "to" in PUT_IT_MANNER_WORDS
#: (True, False)
PUT_IT_MANNER_WORDS = frozenset("more most even rather simply bluntly plainly succinctly differently best another this way "
                                "like so".split())


def _puts_it_before_colon(toks: list[Token], e: int) -> bool:
    """``toks[e]`` opens "put it" with only words of manner (:data:`PUT_IT_MANNER_WORDS`) between it and
    the colon that closes the words before the marks: ‘Tobias Wren puts it more simply:’ (w100d); never
    past a "who" or "which" clause, whose subject the sentence's own reading finds (‘A sergeant who has
    worked nights for years, and who asked not to be named, put it more simply:’).

    >>> from quotesearch.tokens import tokenize
    >>> _puts_it_before_colon(tokenize("Ann Roe puts it more simply:"), 2), _puts_it_before_colon(tokenize("Ann Roe put it to him:"), 2)
    (True, False)
    """
    return _puts_it(toks, e) and not toks[e].capitalized and 3 <= len(toks) - e <= 6 and toks[-1].text == ":" \
        and all(x.word in PUT_IT_MANNER_WORDS and x.text.islower() for x in toks[e + 2:-1]) \
        and not any(x.word in ("who", "which") for x in toks[:e])


def _described_aside_end(toks: list[Token], e: int) -> int | None:
    """The closing comma of a short description set off at ``toks[e]`` (a comma, "a", "an" or "the",
    at most eight words with no verb of speech and no clause: ‘, a Lubbock Republican,’, ‘, the
    party's housing spokeswoman,’), or None.

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize(", a Lubbock Republican, put it")
    >>> _described_aside_end(toks, 0)
    4
    """
    if toks[e].text != "," or e + 2 >= len(toks) or toks[e + 1].word not in ("a", "an", "the"):
        return None
    for c in range(e + 2, min(len(toks), e + 10)):
        if toks[c].text == ",":
            return c if c > e + 2 else None
        if not toks[c].text[:1].isalnum() and toks[c].text not in ("’s", "'s", "-") or toks[c].word in SPEECH_VERBS \
                or toks[c].word in ("who", "which", "that", "whose"):
            return None
    return None


def _as_said_after(text: str, toks: list[Token], k: int) -> Found | None:
    """The speaker of an "as" clause set off right after a quotation: ‘…,” as Cruz said on
    Monday’, ‘…,” as he put it’, ‘…” – as described by FBI Director James Comey –’."""
    n = len(toks)
    if toks[k].word in AS_BY_PARTICIPLES and k + 2 < n and toks[k + 1].word == "by":
        m = mention_after(toks, k + 2, text)
        if m is not None and m.kind in ("name", "description", "organisation") and _inverted_lead(toks, k + 2, m):
            return Found(m, None, "cue-after", toks[k].text)
        return None
    m = mention_after(toks, k, text, subject=True)
    if m is None or m.kind not in ("name", "pronoun", "description", "organisation") or not _inverted_lead(toks, k, m):
        return None
    e = _index_after_offset(toks, m.end)
    if e < n and m.kind == "name" and (c := _described_aside_end(toks, e)) is not None:
        e = c + 1  # a description set off after the name: ‘…,” as Rep. Ann Cole, a Tulsa Republican, put it’
    elif e < n and toks[e].text == "," and m.role is not None:
        e += 1  # the aside's closing comma: ‘…,” as Meridian's chief executive, Paula Grantham, said’
    while e < n and (toks[e].word in AUXILIARIES or toks[e].word in SUBJECT_ADVERBS) and not toks[e].capitalized:
        e += 1
    if e < n and _puts_it(toks, e):
        return Found(m, None, "cue-after", toks[e].text)
    if e < n and _is_cue(toks[e], False) and toks[e].word not in ("asked", "told") \
            and (e + 1 >= n or toks[e + 1].text in ".,;)—–" or toks[e + 1].word in AS_SAID_GOES_ON) \
            and not any(x.word == "that" or x.word in AUXILIARIES or x.word in MODALS
                        for x in itertools.takewhile(lambda x: x.text not in ".,;)—–", toks[e + 1:])):
        # (the verb's own words only, a strong verb: never ‘…,” as chairman Ivor Penn said he would not
        # quit’, ‘… said in his programme notes that …’, ‘… said on the radio the coach would stay’, ‘…,” as her lawyer argued outside court’, where
        # "as" is "while"; nor ‘…,” as he was asked’, ‘as X told them to’, ‘…!” as police fired tear gas’)
        return Found(m, None, "cue-after", toks[e].text)
    return None


def _noun_before_verb(toks: list[Token], v: int) -> bool:
    """The speech word at ``toks[v]`` is a noun that ends the subject, right before the sentence's
    own verb of speech: ‘…,” a negotiator from a small island state said’, ‘…,” one member state
    told Reuters’ (a bare form after a word, never after a pronoun or an auxiliary: ‘…,” they state
    clearly’ stays the verb).

    >>> from quotesearch.tokens import tokenize
    >>> _noun_before_verb(tokenize("a negotiator from a small island state said."), 5)
    True
    >>> _noun_before_verb(tokenize("she said."), 1)
    False
    """
    t = toks[v]
    if v + 1 >= len(toks) or v == 0 or t.word.endswith(("ed", "s", "ing")) or t.word != t.text:
        return False
    nxt, prev = toks[v + 1], toks[v - 1]
    return _is_cue(nxt, False) and not nxt.word.endswith("ing") and prev.text.isalpha() and prev.text.islower() \
        and prev.word not in AUXILIARIES and prev.word not in PRONOUNS and prev.word not in MODALS


#: The opening mark of each closing one, to find where words in marks began.
OPENING_MARK = {"”": "“", '"': '"', "’": "‘", "'": "'"}


def opened_at(text: str, at: int, reach: int) -> int:
    """Where the words in marks that close right before ``at`` (spaces between aside) opened: their opening
    mark's offset, found within ``reach`` characters back; -1 when no closing mark stands there or no
    opener is found.

    >>> t = "about the “scale” Northstar could offer"
    >>> opened_at(t, t.index(" Northstar"), 60), opened_at(t, t.index(" the"), 60)
    (10, -1)
    """
    close = at
    while close and text[close - 1].isspace():
        close -= 1
    opener = OPENING_MARK.get(text[close - 1:close])
    return text.rfind(opener, max(0, close - reach), close - 1) if opener else -1


def _relative_on_words(text: str, toks: list[Token], i: int, v: int, cut_off: bool) -> bool:
    """The words after an unpunctuated closing mark (``cut_off`` false: no comma, no stop inside it) are
    a clause on the quotation's last noun, never a cue: words right after the mark (``i`` 0), a modal right
    before the verb at ``toks[v]`` (‘excited about the “scale” Northstar could offer’, ‘the “fair deal” the
    union can accept’), so the words stay with the speaker named before them. Only where the words in marks
    go on a sentence begun in lower case before them: words that open a sentence or a headline are a
    speaker's, however the cue after them runs (‘‘We must act now’ Hartley will tell summit’, ‘“Never
    again” Ostrova would tell her children’, review rv114g).

    >>> from quotesearch.tokens import tokenize
    >>> def on(t, cut_off=False):
    ...     close = max(t.rfind("”"), t.rfind("’"))
    ...     return _relative_on_words(t, tokenize(t, close + 1), 0, 2, cut_off)
    >>> on("about the “scale” Northstar could offer."), on("about the “scale” Northstar could offer.", True)
    (True, False)
    >>> on("the “scale” Northstar offered."), on("‘We must act now’ Hartley will tell summit")
    (False, False)
    """
    if cut_off or i != 0 or v <= i + 1 or toks[v - 1].word not in MODALS \
            or not all(x.text[:1].isalpha() for x in toks[i:v]):
        return False
    at = opened_at(text, toks[0].start, 120)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1].islower()


#: Bare verbs of labelling that are also the noun of a maker's trade name after its name (‘on the tiny
#: Gullwing label’, ‘the Verano brand’, ‘a Penfold imprint’).
#:
#: >>> "label" in MAKER_NAME_NOUNS, "said" in MAKER_NAME_NOUNS
#: (True, False)
MAKER_NAME_NOUNS = frozenset("label brand imprint".split())

#: Words that open the object of a verb of labelling (‘… label it’, ‘brand the proposals’, ‘label such reports’):
#: after a maker's noun, they make it the verb (:func:`_maker_noun_after_name`).
#:
#: >>> "such" in MAKER_VERB_OBJECTS, "said" in MAKER_VERB_OBJECTS
#: (True, False)
MAKER_VERB_OBJECTS = frozenset("it them him her this that these those us me the a an such his its their our all any".split())


def _maker_noun_after_name(toks: list[Token], v: int) -> bool:
    """The word at ``toks[v]`` is a maker's noun (:data:`MAKER_NAME_NOUNS`) in its bare form right after a
    singular name that an article or a possessive opens, a modifier or two between: the noun of a name
    (‘“Low Country,” in 1979 on the tiny Gullwing label’), never a verb of labelling (‘…,” Democrats label it’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("in 1979 on the tiny Gullwing label.")
    >>> _maker_noun_after_name(t, 6), _maker_noun_after_name(tokenize("Democrats label it."), 1)
    (True, False)
    """
    if toks[v].word not in MAKER_NAME_NOUNS or toks[v].text != toks[v].word or v < 2:
        return False
    k = v - 1
    while k >= 0 and toks[k].capitalized and is_name_token(toks[k]) and not toks[k].text.endswith("s"):
        k -= 1
    if k == v - 1:
        return False
    while k >= 0 and k >= v - 5 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].word not in ARTICLES \
            and toks[k].word not in POSSESSIVES and toks[k].word not in FUNCTION_WORDS:
        k -= 1  # (a modifier or two: ‘the tiny’, ‘its new budget’)
    if k >= 0 and (k == 0 or not toks[k - 1].text[:1].isalnum()) and v + 1 < len(toks) \
            and toks[v + 1].word in MAKER_VERB_OBJECTS:
        return False  # (guard, review rv5: right after the quotation, with an object after it, the word labels:
        # ‘“Reckless and unfunded,” the Treasury brand the proposals’, ‘“Fake news,” the Kremlin label such reports’)
    return k >= 0 and (toks[k].word in ARTICLES or toks[k].word in POSSESSIVES)


#: The most words a sign-off's bare role may have (‘— retired primary school teacher, Sligo’).
SIGN_OFF_ROLE_WORDS = 4


def _bare_sign_off_role(toks: list[Token], i: int, text: str) -> Mention | None:
    """A sign-off that gives a role in lower case with no article and no name, then only a place set
    off by a comma (and a bracket's aside) or nothing: ‘“…” — shop owner, Galway’, ‘-- freight
    forwarder, Milan (asked not to be named)’. Never the writer's own words after a dash (‘— a phrase
    the opposition seized on’, ‘— especially in winter’).

    >>> from quotesearch.tokens import tokenize
    >>> t = " — retired teacher, Sligo"; _bare_sign_off_role(tokenize(t), 1, t).text
    'retired teacher'
    >>> t = " — a phrase they seized on"; _bare_sign_off_role(tokenize(t), 1, t) is None
    True
    """
    e = i
    while e < len(toks) and toks[e].text.isalpha() and toks[e].text.islower():
        e += 1
    words = toks[i:e]
    if not 1 <= len(words) <= SIGN_OFF_ROLE_WORDS or words[-1].word.endswith(("ing", "ed")) or any(
            x.word in FUNCTION_WORDS or x.word in PRONOUNS or x.word in ARTICLES or x.word.endswith("ly") for x in words):
        return None  # (a noun at its end: ‘retired teacher’, ‘managing director’, never ‘— nothing else mattered’)
    if any(x.word in AUXILIARIES for x in words):
        return None  # (never a verb after a dash: ‘… – is “central” to …’)
    end = words[-1].end
    if e < len(toks):  # (then only a place: ‘, Milan’, ‘, Co Galway’, and a bracket's aside)
        p = e + 1
        while p < len(toks) and is_name_token(toks[p]):
            p += 1
        if toks[e].text != "," or p == e + 1 or (p < len(toks) and toks[p].text != "("):
            return None
        end = toks[p - 1].end
    if not text or not _line_ends(text, end):
        return None  # (the sign-off ends its line: never words that go on past the tokens read)
    return Mention(words[0].start, words[-1].end, text[words[0].start:words[-1].end] if text else
                   " ".join(x.text for x in words), "description")


#: Finite verbs that show a line after a dash is the writer's sentence, never a sign-off.
SIGN_OFF_FINITE_WORDS = frozenset("is was were are has have had will would joined".split())

#: A word of letters only (‘spokesman’ of ‘spokesman, 42’).
RE_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _described_sign_off(toks: list[Token], i: int, m: Mention, text: str) -> bool:
    """A digest's sign-off that describes its unnamed source: "a" or "an" right after the dash, a role's
    or a source's noun at its head, then a comma that sets off the occasion or the line's end (‘“…” — A
    Treasury spokesman, on the levy’, ‘– a senior party source, speaking anonymously’, ‘— A spokeswoman
    for the county police’). Never the writer's own words after a dash (‘— a phrase the opposition seized
    on’, ‘— a claim the minister denies’), nor a definite one that points back (‘— the minister, …’).

    >>> from quotesearch.tokens import tokenize
    >>> t = " — A Treasury spokesman, on the levy"; toks = tokenize(t)
    >>> _described_sign_off(toks, 1, mention_after(toks, 1, t), t)
    True
    >>> t = " — a phrase the opposition seized on"; toks = tokenize(t)
    >>> _described_sign_off(toks, 1, mention_after(toks, 1, t), t)
    False
    """
    if m.kind != "description" or m.start != toks[i].start or toks[i].word not in ("a", "an") or not text:
        return False
    if description_head(m.text) not in ROLE_NOUNS:
        return False  # (a role's or a source's noun: ‘spokesman’, ‘aide’, ‘source’; never ‘a phrase’, ‘a claim’)
    nl = text.find("\n", m.end)
    tail = RE_LETTER_WORD.findall(text[m.end:nl if nl >= 0 else len(text)].lower())
    if tail and (tail[0] in ("a", "an") or any(w in SIGN_OFF_FINITE_WORDS for w in tail)):
        return False  # (never the writer's sentence that lists people or goes on with a verb: ‘— a teacher, a
        # nurse and a bus driver were among those who joined the picket’)
    return text.startswith(",", m.end) or _line_ends(text, m.end)


def _sign_off_remit_end(toks: list[Token], c: int) -> int | None:
    """Where a sign-off's words after "of" or "for" at ``toks[c]`` end: a run of capitalised words (with
    "the", "and", "&" inside) to the line's end, a comma or a bracket, and no given name in it (‘— Ghana
    Chamber of Commerce and Industry’, ‘— John Byrne of Athlone, Co Westmeath’).

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize(" — Chamber of Commerce and Industry")
    >>> toks[_sign_off_remit_end(toks, 2)].text, _sign_off_remit_end(tokenize(" — Byrne of the opinion that"), 3)
    ('Industry', None)
    """
    e = c + 1 + (c + 1 < len(toks) and toks[c + 1].text == "the")
    if e >= len(toks) or not is_name_token(toks[e]):
        return None
    while e + 1 < len(toks) and (is_name_token(toks[e + 1]) or (
            toks[e + 1].word in ("and", "&") and e + 2 < len(toks) and is_name_token(toks[e + 2]))):
        e += 1
    if e + 1 < len(toks) and toks[e + 1].text not in ",(;":
        return None
    return None if any(gender_of(x.text) is not None for x in toks[c + 1:e + 1]) else e


#: Verbs of telling whose object, right after the marks, is the one told (‘…,” told reporters’).
INVERTED_TELL_VERBS = frozenset("told tells".split())


def _told_listener(toks: list[Token], j: int, m: Mention) -> bool:
    """The mention after a verb of telling at ``j`` right after the marks is the one told, not the
    speaker: a body or an outlet (‘…,” told the BBC’), a pronoun, people in the plural (‘…,” told
    reporters in Nairobi’, ‘told the committee's members’), or anyone the told words follow with
    "that" (‘…,” told Ms Dunne that …’). One named or described alone may be
    the speaker, inverted as some press write it (‘“…,” told Sharma’, ‘“…,” told a senior official’).

    >>> from quotesearch.tokens import tokenize
    >>> t = tokenize("told reporters in Nairobi that he was")
    >>> _told_listener(t, 0, Mention(5, 25, "reporters in Nairobi", "description"))
    True
    >>> t = tokenize("told Sharma.")
    >>> _told_listener(t, 0, Mention(5, 11, "Sharma", "name"))
    False
    """
    if toks[j].word not in INVERTED_TELL_VERBS or not toks[j].text.islower():
        return False
    if m.kind in ("organisation", "pronoun"):
        return True  # (a body or an outlet, ‘told the BBC’, or ‘told him’)
    first, last = m.text.split()[0], m.text.split()[-1]
    if m.kind == "description" and first.islower() and first.endswith("s") and first[:-1] in DESCRIPTION_NOUNS \
            and f"{first} of " not in m.text:
        return True  # (never ‘officials of the district administration’, a body's people, who speak inverted
        # in South Asian copy: ‘“…,” told officials of the Hardoi district administration.’)
    if m.kind == "description" and last.islower() and last.endswith("s") and not last.endswith("ss") \
            and description_head(m.text) != last:
        return True  # (people in the plural after an article: ‘told the assembled reporters’)
    k = _index_after_offset(toks, m.end)
    return k < len(toks) and toks[k].word == "that" and not (k + 1 < len(toks) and toks[k + 1].word in THAT_TIME_NOUNS)
    # (never "that" of a time: ‘“…,” told district collector X that evening’, the speaker inverted)


#: Nouns of a time that "that" may point to (‘that evening’), never the start of what one was told.
THAT_TIME_NOUNS = frozenset("morning afternoon evening night day week weekend month year time hour".split())


def _voice_identified_after(text: str, toks: list[Token], i: int) -> Found | None:
    """After the marks, a voice on a recording that the words say is someone's, then its verb (‘“…,” a
    voice identified in court as Brannigan’s replies’): that person, by name (:func:`voice_identified_as`);
    None for a voice no one is named for (‘“…,” a voice says’, as before)."""
    v = next((v for v in range(i + 4, min(len(toks), i + 14)) if toks[v].word in SPEECH_VERBS), None)
    if v is None or not is_possessive(toks[v - 1]):
        return None
    m = voice_identified_as(toks, v - 1, i, text)
    return Found(m, None, "cue-after", toks[v].text) if m is not None else None
