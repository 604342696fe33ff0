"""Cues before a quotation: handles and speakers before a colon, an unnamed cue, a speaker after a
source, an own clause's subject and a relative clause's speaker.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace

from quotesearch.lexicon import ARTICLES, wordset
from quotesearch.time_words import TIME_NAMES
from quotesearch.document_words import (
    DOCUMENT_NOUNS, EXTENT_WRITING_VERBS, MADE_MATERIAL_NOUNS, QUOTED_EXTENT_PHRASES, REPORT_NOUNS, SIGNED_NOTE_NOUNS,
    TARGETING_PARTICIPLES, THING_NOUNS, WRITING_DATE_PARTICIPLES, WRITING_NOUNS, WRITING_SHOWING_VERBS,
)
from quotesearch.role_words import BRIEFING_ASKER_NOUNS, DESCRIPTION_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    AUXILIARIES, CALL_VERBS, INVERTED_ONE_WORDS, PERFECT_AUXILIARIES, QUESTION_LEAD_NOUNS, SPEECH_VERBS,
)
from quotesearch.mentions import INDEFINITE_SPEAKERS, mention_after
from quotesearch.backward_mentions import mention_before
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_names import RE_HANDLE_INTRO, introduced_handle
from quotesearch.mention_descriptions import person_of_trade_before
from quotesearch.names import split_title
from quotesearch.people import Person
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.tokens import Token, is_name_token, written_elsewhere
from quotesearch.cue_tokens import (
    BE_FORMS, Found, Lazy, _first_word, _index_after_offset, _index_before, _is_cue, _token_after, _verb_like,
)
from quotesearch.sentence_subjects import (
    _asked_opening_end, _given_name_set_off, _joins_clause, _telling_before, sentence_subject,
)
from quotesearch.reported_speech import _inside_report, _reported_by_joined_verb
from quotesearch.cue_positions import (
    PASSIVE_AUXILIARIES, _after_modal, _bare_apposition_comma, _is_object, _main_clause_after,
)
from quotesearch.speech_owners import _heard_saying_before, _introduced_name, _phrasal_or_posting_subject
from quotesearch.cues_after import _puts_it, _relative_up_to


#: Verbs before "on" that go on speaking, before a colon (‘the priest went on:’, ‘she carried on:’).
GOING_ON_VERBS = wordset("went goes carried carries pressed presses")

#: Participles that follow a document as a clause of their own ("a message posted on Facebook").
POSTING_PARTICIPLES = frozenset("posted published released sent issued shared tweeted uploaded circulated filed".split())

#: Words that open when something was done (‘posted after midnight’, ‘released before the vote’).
TIME_LEADS = frozenset("after before during since until overnight late early".split())

#: Adverbs of where after a posting participle that keep it a participle after its document, like a
#: preposition would (‘In a video posted online on Wednesday, she said’: the words are hers).
#:
#: >>> sorted(POSTING_WHERE_ADVERBS)
#: ['online', 'publicly']
POSTING_WHERE_ADVERBS = frozenset("online publicly".split())

#: Emergency numbers that make the word after them a call, a noun (‘a recording of a 999 call made by …’,
#: ‘a 911 call’), never a cue whose subject is what comes before.
#:
#: >>> "999" in EMERGENCY_NUMBERS and "2020" not in EMERGENCY_NUMBERS
#: True
EMERGENCY_NUMBERS = frozenset("999 911 112 000 111 101 311".split())

#: The nouns of a call after an emergency number (‘a 999 call’, ‘two 911 calls’).
EMERGENCY_CALL_NOUNS = frozenset("call calls".split())


#: Verbs of speech that only a speaker does, never a place or a thing (‘Sentrix, which argued’).
ARGUING_VERBS = wordset("argued argues contended contends insisted insists countered counters")


#: A business brought in by its kind and the name it goes by, right before the name (‘a company called
#: Harbour Exit Services, which promised “…”’): the name is a body's, whose "which" speaks, whatever its
#: last word (w73a).
#:
#: >>> bool(RE_FIRM_CALLED_BEFORE.search("a call from a company called ")), bool(RE_FIRM_CALLED_BEFORE.search("a man called "))
#: (True, False)
RE_FIRM_CALLED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:[a-z\-]+ ){0,2}(?:company|firm|business|agency|charity|"
                                   r"operator|outfit|trader|retailer|lender|website|start-up|startup) (?:called|named) \Z")


#: Past participles of speech verbs that are never a finite verb ("written in chalk", "spoken
#: softly"): a cue only after an auxiliary ("has written").
PARTICIPLES_ONLY = frozenset("written spoken sung".split())


#: Participles of speech verbs that also serve as adjectives before a noun (‘an inquiry into alleged
#: irregularities’, ‘amid reported tensions’): after one of :data:`ATTRIBUTIVE_LEADS`, before a
#: word in lower case, no cue.
#:
#: >>> "alleged" in ATTRIBUTIVE_PARTICIPLES, "said" in ATTRIBUTIVE_PARTICIPLES
#: (True, False)
ATTRIBUTIVE_PARTICIPLES = frozenset("alleged reported".split())

#: Prepositions after which one of :data:`ATTRIBUTIVE_PARTICIPLES` opens a noun phrase (‘into alleged
#: fraud’, ‘over reported abuses’), never a verb with a subject.
#:
#: >>> "into" in ATTRIBUTIVE_LEADS, "he" in ATTRIBUTIVE_LEADS
#: (True, False)
ATTRIBUTIVE_LEADS = frozenset("""into over about against amid amidst among for in on of with from after
following despite regarding concerning behind upon""".split())


#: Verbs of wondering, a thought the writer reports, not words (‘listeners, who wondered if “…”’).
WONDERING_VERBS = frozenset("wonder wonders wondered wondering".split())


#: Verbs in the present whose object a speech verb's noun form may be ("dismisses claims", "denies reports").
OBJECT_TAKING_VERBS = wordset("denies dismisses rejects disputes refutes cites repeats echoes")


#: Words that make a speech verb after them a noun of a set phrase, never a cue (‘the executives in
#: charge of the show at the time “…”’ names who ran it: no one charges anything).
#:
#: >>> "in" in NOUN_PHRASE_LEADS.get("charge", ()), "with" in NOUN_PHRASE_LEADS.get("charge", ())
#: (True, False)
NOUN_PHRASE_LEADS = {"charge": ("in",)}


#: Forms of "agree", whose "on" makes no speech only with the marks right after it (‘had agreed on “a
#: timetable”’), never before what follows a colon (‘All parties agree on one thing: “…”’, review rv63b).
#:
#: >>> "agreed" in AGREE_FORMS, "agreement" in AGREE_FORMS
#: (True, False)
AGREE_FORMS = ("agree", "agrees", "agreed", "agreeing")

#: Speech verbs that a particle makes something else ("snapped up bargains", "ruled out a run").
NOT_SPEECH_PARTICLES = {"snapped": ("up",), "snap": ("up",), "ruled": ("out",), "slammed": ("into", "shut"),
                        # (‘would continue to “champion the cause”’: going on doing, never speaking)
                        **dict.fromkeys(("continue", "continues", "continued", "continuing"), ("to",)),
                        # (‘a source said the two sides had agreed on “a framework …”’: what was agreed, the
                        # words of the one who reports it, w63b)
                        **dict.fromkeys(AGREE_FORMS, ("on", "upon"))}


#: Words between a determiner and a verb that keep it a verb (‘the company also posted’, ‘a source later
#: claimed’); any other word there makes a noun-like verb in its bare form a compound noun (‘In a blog post,
#: they wrote’; never ‘the paper notes’, whose "notes" agrees with its subject).
ADVERB_LIKE_BEFORE_VERB = frozenset("also later then first once never still just often only".split())


def _material_targeting(text: str, toks: list[Token], named: Mention) -> Mention | None:
    """The material or document opening the sentence as its subject whose target ``named`` is, right after
    a participle of attack (:data:`TARGETING_PARTICIPLES`): ‘A new television ad attacking Gov. Ruth Abernathy
    says she has “…”’ is the ad's words (its mention returned), never the governor's (w54a).

    >>> from quotesearch.tokens import tokenize
    >>> t = "A new ad attacking Gov. Ann Lee says she"
    >>> _material_targeting(t, tokenize(t), Mention(19, 31, "Gov. Ann Lee", "name")).text
    'A new ad'
    >>> t = "Gov. Ann Lee, attacking the ad, says she"
    >>> _material_targeting(t, tokenize(t), Mention(0, 12, "Gov. Ann Lee", "name")) is None
    True
    """
    i = _index_after_offset(toks, named.start)
    if i >= len(toks) or toks[i].start != named.start or i < 3 or toks[i - 1].word not in TARGETING_PARTICIPLES \
            or (toks[i - 2].word not in MADE_MATERIAL_NOUNS and toks[i - 2].word not in DOCUMENT_NOUNS):
        return None
    if toks[0].word not in ("a", "an", "the", "one", "another") \
            or not all(x.text.islower() or x.text[:1].isdigit() or x.text in ("TV",) for x in toks[1:i - 2]) or i - 2 > 5:
        return None  # (only the sentence's own subject: ‘A new ad attacking …’, ‘The 30-second spot targeting …’)
    return Mention(toks[0].start, toks[i - 2].end, text[toks[0].start:toks[i - 2].end], "description")


def _past_quoted_extent(toks: list[Token]) -> list[Token] | None:
    """The sentence without the words between a writing's verb and its closing colon that say how much
    of it is quoted (:data:`QUOTED_EXTENT_PHRASES`: ‘It reads, in part:’, ‘The last letter ends in full:’),
    the verb then right before the colon; None when the sentence ends in no such phrase.

    >>> from quotesearch.tokens import tokenize
    >>> t = "The diary entry reads, in part:"; [x.text for x in _past_quoted_extent(tokenize(t))]
    ['The', 'diary', 'entry', 'reads', ':']
    >>> t = "The minister said, in part:"; _past_quoted_extent(tokenize(t)) is None
    True
    """
    n = len(toks)
    if n < 5 or toks[-1].text != ":" or toks[-2].word not in ("part", "full", "entirety", "whole", "parts"):
        return None  # (cheap: almost no sentence ends so)
    k = n - 2
    if toks[k].text == ",":
        k -= 1
    for phrase in QUOTED_EXTENT_PHRASES:
        a = k - len(phrase) + 1
        if a >= 2 and tuple(x.word for x in toks[a:k + 1]) == phrase:
            v = a - 1 if toks[a - 1].text != "," else a - 2
            if v >= 1 and toks[v].word in EXTENT_WRITING_VERBS and not toks[v].capitalized:
                return toks[:v + 1] + [toks[-1]]
    return None


def _past_writing_date(toks: list[Token]) -> list[Token] | None:
    """The sentence without the aside that says when a writing was written, set off between its noun
    and its verb right before the colon (:data:`WRITING_DATE_PARTICIPLES`: ‘The last letter, dated May
    3, 1944, ends:’); None when it has no such aside.

    >>> from quotesearch.tokens import tokenize
    >>> t = "The last letter, dated May 3, 1944, ends:"; [x.text for x in _past_writing_date(tokenize(t))]
    ['The', 'last', 'letter', 'ends', ':']
    >>> t = "The report, dated May 3, says:"; _past_writing_date(tokenize(t)) is None
    True
    """
    n = len(toks)
    if n < 7 or toks[-3].text != "," or toks[-2].word not in EXTENT_WRITING_VERBS or toks[-2].capitalized:
        return None  # (cheap: almost no sentence ends so)
    for c in range(n - 4, 0, -1):
        if toks[c].text == "," and toks[c + 1].word in WRITING_DATE_PARTICIPLES:
            return toks[:c] + toks[-2:] if toks[c - 1].word in WRITING_NOUNS else None
        if toks[c].text in ".;:":
            return None
    return None


def _shows_another_writing(toks: list[Token], m: Mention) -> bool:
    """A colon's sentence whose subject ``m`` only shows the reporter a writing (:data:`WRITING_SHOWING_VERBS` right
    after it: ‘He shows me Tuesday's:’, ‘She showed the jury a note:’): the words are the writing's, never
    the shower's own.

    >>> from quotesearch.tokens import tokenize
    >>> from quotesearch.mention_words import Mention
    >>> t = "He shows me Tuesday's:"; _shows_another_writing(tokenize(t), Mention(0, 2, "He", "pronoun"))
    True
    >>> t = "He shows no regret:"; _shows_another_writing(tokenize(t), Mention(0, 2, "He", "pronoun"))
    False
    """
    k = next((k for k, x in enumerate(toks) if x.start >= m.end), None)
    if k is None or k + 2 >= len(toks) or toks[k].word not in WRITING_SHOWING_VERBS or toks[k].capitalized:
        return False
    if toks[k + 1].word not in ("me", "us", "him", "her", "them", "reporters", "visitors", "the"):
        return False
    # (guard: what is shown is a writing, a short object naming one or someone's: ‘He shows me Tuesday's:’,
    # ‘She shows me the latest:’, ‘She showed the jury a note:’; never a place or a thing pointed at: ‘He
    # shows me around the pens:’, ‘She shows us the tide line on the wall:’)
    obj = toks[k + 1:-1]
    return len(obj) <= 5 and any(x.word in _SHOWN_WRITINGS or x.text.endswith(("'s", "’s")) for x in obj)


_SHOWN_WRITINGS = WRITING_NOUNS | SIGNED_NOTE_NOUNS | frozenset(
    "latest last newest one ones message messages text texts email emails card cards poem review reviews".split())


#: How many words of where they stand may follow "someone" before its cue (‘someone in the back row shouted’).
UNNAMED_PLACE_WORDS = 5

#: Words a clause opens with before "someone" as its subject (‘as someone shouted’, ‘then somebody yelled’).
UNNAMED_CLAUSE_OPENERS = frozenset("as and but when while then until before after because so where suddenly finally".split())


def _unnamed_cue_before(text: str, toks: list[Token]) -> Found | None:
    """"someone" (or "somebody"), a few words of where they stand, and a verb of speech right before the
    marks (‘As the crane pulled away, someone shouted, “…”’, ‘somebody in the crowd yelled: “…”’): one the
    story never names (:data:`INDEFINITE_SPEAKERS`), never the subject of the sentence or paragraph.

    >>> from quotesearch.tokens import tokenize
    >>> t = "Mayor Lee watched as someone in the crowd shouted,"
    >>> _unnamed_cue_before(t, tokenize(t)).mention.text
    'someone'
    >>> t = "Someone told Mayor Lee that she looked"
    >>> _unnamed_cue_before(t, tokenize(t)) is None
    True
    """
    k = len(toks) - 1
    if k >= 0 and toks[k].text in (",", ":"):
        k -= 1
    if k < 1 or not _is_cue(toks[k], weak_ok=True):
        return None
    for j in range(k - 1, max(-1, k - 2 - UNNAMED_PLACE_WORDS), -1):
        t = toks[j]
        if t.word in INDEFINITE_SPEAKERS:
            if j > 0 and toks[j - 1].text.isalpha() and toks[j - 1].word not in UNNAMED_CLAUSE_OPENERS \
                    or any(x.word == "and" for x in toks[j + 1:k]):
                return None  # (guard: "someone" the object of another's deed, or inside another's description:
                # ‘Bass turned to someone in the front row and said’, ‘a friend who knows someone on the board said’)
            para = text[text.rfind("\n", 0, t.start) + 1:t.start]
            if para.count('"') % 2 or para.count("“") > para.count("”"):
                return None  # (inside a quotation, whose speaker quotes the one unnamed: ‘“… So if somebody walks in
                # and says, "I'd like …"’ stays the outer speaker's)
            return Found(Mention(t.start, t.end, t.text, "description"), None, "cue-before", toks[k].text)
        if not (t.text.isalpha() and t.text.islower()) or t.word in SPEECH_VERBS:
            return None  # (only the words of a place between: ‘in the crowd’, ‘from the back’)
    return None


#: The name set off after a work's title in marks that a description before it names the maker of
#: (‘the author of “Glass Houses,” Dana Kline, said’): a comma after the closing mark or inside it, the
#: name's capitalised words, then a comma.
RE_NAME_AFTER_TITLE = re.compile(r"[”\"],?\s+((?:[A-Z][\w’'\-.]*\s+){1,3}[A-Z][\w’'\-]+),\s")


def _past_title_in_marks(text: str, toks: list[Token], found: Found) -> Found | None:
    """The speaker a cue gave, when its words lie inside a work's title in marks (‘the author of
    “Paper Lanterns on Elm Road,” Dana Kline, said’ gave "Elm Road"; ‘The director of “Nights in Port
    Harcourt,” Chidi Okafor, said’): the name set off after the title, or no speaker at all (a title's
    words never speak). Only a title that opens and closes within the sentence before the cue.

    >>> from quotesearch.tokens import tokenize
    >>> t = "The author of “Elm Road,” Dana Kline, said"
    >>> f = _past_title_in_marks(t, tokenize(t), Found(Mention(15, 23, "Elm Road", "name"), None, "cue-before", "said"))
    >>> f.mention.text
    'Dana Kline'
    """
    m = found.mention
    lo = toks[0].start
    o = max(text.rfind("“", lo, m.end), text.rfind('"', lo, m.end))
    if o < 0 or (text[o] == "“" and text.find("”", o, m.start) >= 0) or m.start < o:
        return found  # (a mention that opens before the marks holds the title whole: ‘the author of “Wolf
        # Hall”’ is the one who speaks)
    c = text.find("”" if text[o] == "“" else '"', max(o + 1, m.start), toks[-1].end)
    if c < 0 or c < m.end - 1 or (text[o] == '"' and text.count('"', lo, o) % 2):
        return found  # (a mention after a title, or a closing straight mark: not inside one)
    after = RE_NAME_AFTER_TITLE.match(text, c)
    if after is None:
        return None
    return Found(Mention(after.start(1), after.end(1), after.group(1), "name"), None, found.rule, found.cue)


def _handle_set_off_before_colon(text: str, toks: list[Token]) -> Mention | None:
    """The handle set off after a short subject, in the words that give it, in a sentence that ends
    with the colon before a quotation: ‘Another, posting under the name saltybarnacle, was blunter:’,
    ‘One player, who streams as kopi_kid, put it this way:’ (never a handle the sentence only names
    as another's: ‘Fans of a streamer who goes by veltrix were furious:’)."""
    c = next((c for c in range(1, min(4, len(toks))) if toks[c].text == ","), None)
    if c is None:
        return None
    for h in range(c + 2, min(c + 10, len(toks) - 2)):
        t = toks[h]
        if toks[h + 1].text == "," and t.text[:1].islower() and introduced_handle(t, text) \
                and RE_HANDLE_INTRO.search(text, toks[c].end, t.start) is not None:
            return Mention(t.start, t.end, t.text, "name")
    return None


def _handle_speaker(text: str, toks: list[Token], found: Found | None) -> Found | None:
    """The social media handle one posts as, for who speaks: set off after one described (‘One fan,
    @BlueMel, wrote:’, ‘The influencer, who posts as @EatsWithJo, wrote:’), or alone after "from" before
    the colon of a live blog's post (‘And from @BlueMel on X:’); else ``found``."""
    if found is not None and found.mention is not None and found.mention.kind == "description":
        k = _index_after_offset(toks, found.mention.end)
        if k < len(toks) and toks[k].text == ",":
            h = k + 1
            if h + 2 < len(toks) and toks[h].word == "who" and toks[h + 1].word in ("posts", "posted", "tweets", "goes") \
                    and toks[h + 2].word in ("as", "by"):
                h += 3  # (‘who posts as @X’, ‘who goes by @X’)
            if (handle := _handle_at(text, toks, h)) is not None and h + 2 < len(toks) and toks[h + 2].text == ",":
                return Found(Mention(handle.start, handle.end, handle.text, "name", found.mention.text), None,
                             found.rule, found.cue)
        return found
    if len(toks) >= 4 and toks[-1].text == ":":
        f = next((f for f in range(len(toks) - 3) if toks[f].word == "from" and toks[f + 1].text == "@"), None)
        handle = _handle_at(text, toks, f + 1) if f is not None else None
        rest = toks[f + 3:-1] if handle is not None else None
        if rest is not None and (not rest or (rest[0].word in ("on", "via") and 1 < len(rest) <= 3
                                                  and all(t.capitalized for t in rest[1:]))) \
                and (found is None or found.mention is None or found.mention.start >= handle.end):
            return Found(handle, None, "colon", ":")  # (never the platform after it, nor ‘from @X’s post about …:’)
    return found


def _handle_at(text: str, toks: list[Token], h: int) -> Mention | None:
    """The handle whose "@" is ``toks[h]``, written as one word right after it (‘@BlueMel’)."""
    if h + 1 >= len(toks) or toks[h].text != "@" or toks[h + 1].start != toks[h].end \
            or RE_HANDLE_WORD.fullmatch(toks[h + 1].text) is None:
        return None
    return Mention(toks[h].start, toks[h + 1].end, text[toks[h].start:toks[h + 1].end], "name")


#: The word of a social media handle after its "@" (‘@BlueHallamMel’, ‘@eats_with_jo’).
RE_HANDLE_WORD = re.compile(r"[A-Za-z0-9_]{2,30}")


def _question_lead(toks: list[Token]) -> Found | None:
    """A short question that asks someone for their words, their possessive first (after any "And" or
    "So"), right before a quotation: ‘And her advice for other brides-to-be? “…”’, ‘His verdict? “…”’
    is the one "her" or "his" stands for (never a question with a verb: ‘And his plans? Nobody knows.’
    has none before the marks, nor ‘Her advice was simple?’)."""
    i = 1 if toks[0].word in ("and", "so", "but") else 0
    if toks[i].word not in ("her", "his") or i + 1 >= len(toks) - 1 or toks[i + 1].word not in QUESTION_LEAD_NOUNS:
        return None
    if any(_verb_like(x) or x.word in BE_FORMS for x in toks[i + 2:-1]):
        return None
    t = toks[i]
    return Found(Mention(t.start, t.end, t.text, "pronoun"), None, "colon", "?")


def _inverted_opener_colon(text: str, toks: list[Token], i0: int, known=None) -> Found | None:
    """The speaker after an inverted cue that opens a sentence ending in a colon, ``toks[i0]`` one of
    :data:`INVERTED_OPENERS` (‘Said Huang: “…”’, ‘Said R. Kowalski, MP for Dunmere:’, ‘Said one, Ann Lee, a
    retiree:’, ‘Said Acme's head of news, Gunnar Pell:’); ``known`` tells the surnames the article knows."""
    n = len(toks)
    m = mention_after(toks, i0 + 1, text)  # an inverted cue opening its sentence: ‘Said Huang: “…”’
    if m is not None and m.kind in ("name", "description") and m.end == toks[n - 2].end and (
            m.kind == "description" or toks[i0].word != "said" or (
                known is not None and known(m.text.split()[-1].lower())
                and not written_elsewhere(text, f"{toks[i0].text} {m.text}", toks[i0].start))):
        # (a surname the article knows after "Said": never ‘Said Amrani: “…”’, a man called Said;
        # "Says", "Adds", "Asked" are never names: ‘Says Marcus: “…”’)
        return Found(m, None, "colon", ":")
    if m is not None and m.kind == "name" and m.start == toks[i0 + 1].start and text.startswith(", ", m.end) \
            and (toks[i0].word != "said" or len(m.text.split()) >= 2) \
            and (c := next(k for k in range(i0 + 1, n) if toks[k].start >= m.end)) < n - 2 \
            and toks[c].text == "," and all(x.text not in ",;" for x in toks[c + 1:n - 1]) \
            and not any(x.word in SPEECH_VERBS for x in toks[c + 1:n - 1]):
        # the speaker named in full, then set off with what they are, before the colon: ‘Said R. Kowalski,
        # MP for Dunmere: “…”’ (never a man called Said named alone: ‘Said Amrani, a trader:’ stays his)
        return Found(replace(m, role=m.role or text[toks[c + 1].start:toks[n - 2].end]), None, "colon", ":")
    if i0 + 3 < n - 1 and toks[i0 + 1].word in INVERTED_ONE_WORDS and toks[i0 + 2].text == ",":
        m = mention_after(toks, i0 + 3, text)  # one of those just spoken of, then named: ‘Said one,
        # Ann Lee, a retiree who lives nearby: “…”’ (the name, never the bare "one")
        if m is not None and m.kind == "name" and m.start == toks[i0 + 3].start \
                and (m.end == toks[n - 2].end or text.startswith(", ", m.end)):  # (never a place after a
            # preposition: ‘Said one, from Halden, who had travelled four hours:’)
            return Found(m, None, "colon", ":")
    if (m is None or m.end < toks[n - 2].end) and (named := mention_before(toks, n - 1, i0 + 1, text)) is not None \
            and named.kind == "name" and named.end == toks[n - 2].end \
            and (c := _index_before(toks, named.start)) > i0 + 2 and toks[c].text == "," \
            and any(x.text.islower() and x.word in ROLE_NOUNS for x in toks[i0 + 1:c]) \
            and all(x.text not in ",;" for x in toks[i0 + 1:c]):
        # the holder named after an office the inverted cue opens with: ‘Said Acme's head of news,
        # Gunnar Pell: “…”’ is Gunnar Pell (never "Said Acme's head", the cue taken for a name)
        return Found(replace(named, role=named.role or text[toks[i0 + 1].start:toks[c - 1].end]), None, "colon", ":")
    return None


def _subject_around_source(text: str, toks: list[Token], known=None) -> Found | None:
    """The subject of a sentence whose source, set off between its two verbs, only vouches for what it did,
    then "and" a speech verb and a colon (‘Olive Brandt rose, according to two people who were there, and
    said: “…”’): the subject's own words."""
    n = len(toks)
    if toks[0].word != "according" and n > 8 and toks[n - 4].text == "," and toks[n - 3].word == "and" \
            and toks[n - 2].word in SPEECH_VERBS and toks[n - 1].text == ":" \
            and (a := next(c for c in range(n) if toks[c].word == "according")) > 2 and toks[a - 1].text == "," \
            and all(x.text not in ",;:" for x in toks[a:n - 4]) and all(x.text not in ";:" for x in toks[:a - 1]):
        # the subject's own words: the source set off between its two verbs only vouches for what it did
        # (‘Olive Brandt rose, according to two people who were there, and said: “…”’), the one a
        # description names when it does (‘a retired nurse named Olive Brandt’)
        named = next((m for c in range(1, a - 2) if toks[c].word in ("named", "called") and toks[c - 1].text.islower()
                      and (m := mention_after(toks, c + 1, text)) is not None and m.kind == "name"
                      and m.start == toks[c + 1].start), None)
        subj = named or sentence_subject(text, toks[:a - 1], known)
        if subj is not None and subj.kind in ("name", "description"):
            return Found(subj, None, "colon", ":")
    return None


def _nearest_found(text: str, toks: list[Token], founds: list[Found], found_at: list[int]) -> Found | None:
    """Which of the cues found speaks the words, the one nearest them whose speaker is named: ‘After X
    argued …, Rubio said that his “…”’ is Rubio's."""
    n = len(toks)
    # the cue nearest the quotation whose speaker is named: ‘After X argued …, Rubio said
    # that his “…”’; a pronoun only when nothing else is there (but the writer's own "I said" is
    # the writer's)
    keep = [i for i in range(len(founds)) if not _inside_report(text, toks, founds, found_at, i)]
    if (asked_end := _asked_opening_end(toks)) is not None and any(found_at[i] > asked_end for i in keep):
        keep = [i for i in keep if found_at[i] > asked_end]  # (the question's own verb and subject are
        # no speaker: ‘Pressed on whether Rix had asked to leave, he said: “…”’ is the one pressed)
    named = [i for i in keep if founds[i].mention.kind != "pronoun"]  # type: ignore[union-attr]
    last = founds[-1]
    best = (len(founds) - 1 if last.mention.text.lower() in ("i", "we") and last.cue.lower() != "quote"  # type: ignore[union-attr]
            else (named or keep)[-1])  # (‘Trump said, and I quote, “…”’ is Trump's)
    p = n - 3 if n >= 5 and toks[n - 2].word in PERFECT_AUXILIARIES else n - 2  # (‘a claim he has called’)
    if keep[-1] > best and found_at[keep[-1]] == n - 1 and founds[keep[-1]].mention.end == toks[p].end \
            and founds[keep[-1]].mention.text.lower() in ("he", "she", "they") \
            and toks[p - 1].text.isalpha() and toks[p - 1].text.islower() \
            and (not _verb_like(toks[p - 1]) or (p >= 2 and (toks[p - 2].word in ARTICLES or toks[p - 2].word == "of"))) \
            and toks[p - 1].word not in ("which", "that", "what", "who", "whom"):  # type: ignore[union-attr]
        best = keep[-1]  # a pronoun and its verb right by the words, after a noun they describe: ‘Kessington
        # had agreed to provide …, a commitment she said “all but guarantees …”’ is hers, never the
        # company's, ‘a pledge she said’, ‘a line of attack she has called “…”’ (a noun after "of"; never
        # ‘which he calls “…”’ nor ‘sources have said he said “…”’)
    if keep[-1] > best and found_at[keep[-1]] == n - 3 >= 4 and (pm := founds[keep[-1]].mention) is not None \
            and pm.text.lower() in ("he", "she", "they") and pm.start == toks[n - 4].start \
            and toks[n - 2].word == pm.text.lower() and toks[n - 1].text.isalpha() and toks[n - 1].text.islower() \
            and toks[n - 1].word not in FUNCTION_WORDS and toks[n - 5].text.isalpha() and toks[n - 5].text.islower() \
            and not _verb_like(toks[n - 5]) and toks[n - 6].word in ARTICLES:
        best = keep[-1]  # the same, the pronoun's own verb after its cue: ‘Fans call her “Boss,” a title she
        # says she accepts “only on Fridays”’ is hers, never the fans' (w56d)
    if keep[-1] > best and found_at[keep[-1]] == n - 2 >= 3 and toks[n - 1].text == "," \
            and toks[n - 4].text == "," and founds[keep[-1]].mention.start == toks[n - 3].start \
            and founds[keep[-1]].mention.text.lower() in ("he", "she", "they") \
            and (any(t.text in ("”", '"', "»", "''") for t in toks[:n - 4])
                 or not any(t.word in CALL_VERBS for t in toks[:n - 4])):  # type: ignore[union-attr]
        # (never the object of a verb of calling the aside interrupts, ‘Critics have called the levy, he
        # says, “a tax on the poor”’, ‘Voters call him, she says, “the invisible man”’, unless a quotation
        # of the sentence's own came before: ‘Fans call her “La Chispa”, …, she says, “…”’)
        best = keep[-1]  # a pronoun and its verb set off by commas right before the words, an aside of
        # their own: ‘Fans call her “La Chispa”, a name she got when she was eight and, she says,
        # “would not sit still”’ is hers, never the fans'
    real = [i for i in named if not _after_modal(toks, found_at[i])]
    if _after_modal(toks, found_at[best]) and real:
        best = real[-1]  # ‘Obama said he expected that Americans will say “no”’: Obama's
    if _after_modal(toks, found_at[best]) and not real and _reported_by_joined_verb(toks, founds[best].mention):
        return None  # a response foretold in the clause a verb joined by "and" reports, whose subject went
        # before the sentence's last quotation: ‘X said the move was “reckless” and warned that China would
        # respond “firmly”’ is X's (read from the sentence), never China's
    return _main_clause_after(text, toks, found_at[best]) or founds[best]


def _colon_speaker(text: str, toks: list[Token], known, subject: Lazy, before_colon: Lazy) -> Found | None:
    """Who speaks after a closing colon with no cue verb before it: ‘X issued the following statement:’ is
    X's, ‘… doesn’t surprise Republican pollster Daron Shaw:’ is Shaw's."""
    n = len(toks)
    # with no cue verb, what stands before the colon is the verb's object ("X issued the
    # following statement:", "… a blunt message to Trump:"): the sentence's subject speaks
    heard = _heard_saying_before(text, toks)
    if heard is not None:
        return Found(heard, None, "cue-before", toks[-2].text)  # a recording's speaker, whoever played it
    m = _given_name_set_off(text, toks, subject())
    going_on = n >= 4 and (toks[-2].word == "continued" or (toks[-2].word == "on" and toks[-3].word in GOING_ON_VERBS))
    if m is not None or going_on:  # (the subject of the last clause: ‘X took three wickets, and captain Y was
        # full of praise for him:’ is Y's; ‘The congregation laughed, and the priest went on:’ is the priest's,
        # a description too when the clause goes on speaking)
        c = max((c for c in range(1, n - 2) if (m is None or toks[c].start > m.end) and toks[c].word in ("and", "but")
                 and toks[c - 1].text == ","), default=None)
        m2 = sentence_subject(text, toks[c:], known) if c is not None else None
        if m2 is not None and (m2.kind in ("name", "pronoun") or (
                going_on and m2.kind == "description" and description_head(m2.text) not in THING_NOUNS
                and description_head(m2.text) not in DOCUMENT_NOUNS)) and m2.start <= toks[c + 1].end + 24 \
                and not is_organisation(m2.text.split()):  # (never ‘…, and NBC News has proof:’)
            m = m2
    last = before_colon()
    told = _telling_before(toks, last) if last is not None else -1  # (one told or spoken to is the listener)
    if last is not None and last.kind == "name" and (m is None or last.start >= m.end) \
            and toks[n - 2].end == last.end and _introduced_name(toks, last) and told < 0:
        m = last  # ‘… doesn’t surprise Republican pollster Daron Shaw:’ (never one told: ‘VAR Simon
        # Leggatt can be heard telling referee Gareth Noakes:’)
    if m is None and told >= 0:
        p = told - 1 if toks[told].word == "to" else told
        if p >= 2 and toks[p].word.endswith("ing") and toks[p - 1].text == ",":
            m = mention_before(toks, p - 1, 0, text)  # ‘United manager Mark Devlin, speaking to Sky Sports:’
            m = m if m is not None and m.kind == "name" else None
    if m is None and (who := _phrasal_or_posting_subject(text, toks)) is not None:
        m = who  # ‘Marcus chips in:’, ‘X, who was not in court, later shared a statement on Instagram:’
    if m is None:
        m = last
        if m is not None and (_is_object(toks, m) or told >= 0 or (
                m.kind == "description" and description_head(m.text) in THING_NOUNS
                and m.text.split()[0].lower() in ("a", "an", "one"))):
            m = None  # ‘telling CNBC:’, ‘later on CNN:’, ‘with a simple message:’ name no speaker
            # (but ‘From the report:’ does)
        if m is not None and m.kind == "name" and (m.text.split()[0] in TIME_NAMES or (
                (k := _index_before(toks, m.start)) >= 0 and toks[k].word in ("last", "next"))):
            m = None  # a time, never one who speaks: ‘Another, from last Christmas: “…”’
    if m and not (m.kind == "name" and " " not in m.text and m.text.rstrip(".").lower() in ROLE_NOUNS
                  and not (known is not None and known(m.text.rstrip(".").lower()))):  # (but "Baker:" of Charlie Baker)
        return Found(m, None, "colon", ":")  # (never a title alone: ‘09:05 — Mayor: “Now we pray”’)
    if m and n == 2 and m.kind == "name" and m.start == toks[0].start and m.text.lower() in BRIEFING_ASKER_NOUNS \
            and not (known is not None and known(m.text.lower())):
        return Found(None, Person("a " + m.text.lower(), kind="description"), "colon", ":")  # a briefing's transcript
        # labels a reporter's turn with the trade alone, the whole sentence before the words: ‘Reporter: “Will the
        # owner be charged?”’ is a reporter's (never a surname the article knows, ‘Anne Reporter’, w128c)
    return None


def _as_clause_speaker(text: str, toks: list[Token]) -> Found | None:
    """Who speaks in an opening "as" clause: ‘As The Post’s Ruth Marcus puts it, …’, ‘As X pointed out in
    December, “…”’."""
    n = len(toks)
    for a in range(n - 2):
        if toks[a].word == "as" and not toks[a + 1].word in ("well", "much", "long", "soon"):
            e = next((e for e in range(a + 2, min(n, a + 30)) if _puts_it(toks, e)), None)
            if e is not None:  # "As The Post’s Ruth Marcus puts it, …"
                m = mention_before(toks, e, a + 1, text)
                if m is None:  # "As Akhil Amar, professor of law and author of “…,” put it"
                    m = mention_after(toks, a + 1, text)
                    m = m if m is not None and (m.kind == "name" or _relative_up_to(toks, m, e)) else None
                nxt = _token_after(toks, m.end) if m is not None else None
                if m is not None and m.role is None and nxt is not None and nxt.text == "," \
                        and nxt.end < toks[e - 1].start:  # the words between the commas: "As X, the No. 2 in …, put it"
                    m = dataclasses.replace(m, role=text[nxt.end:toks[e - 1].start].strip(" ,") or None)
                if m is not None:
                    return Found(m, None, "cue-in-sentence", "put it")
            if toks[-1].text == "," and (a == _first_word(toks) or toks[a - 1].text in ",—–"):
                # "As RealClearPolitics’ David Byler pointed out in December, “…”": an opening
                # 'as' clause with a speech verb, whose comma is the last thing before the quotation
                # (not "As X pointed out, Jones argued that “…”": that main clause speaks)
                e = next((e for e in range(a + 2, min(n, a + 12)) if _is_cue(toks[e], True)), None)
                if e is not None and not any(x.text in ".;:" or _is_cue(x, True) or _verb_like(x)
                                             for x in toks[e + 1:min(n, e + 12)]) and n - e <= 12:
                    m = mention_before(toks, e, a + 1, text)
                    if m is not None and m.kind == "name" and all(
                            x.capitalized or x.word in ARTICLES or x.text in "’'"
                            for x in toks[a + 1:e] if x.end <= m.start) \
                            and all(x.word in AUXILIARIES for x in toks[a + 1:e] if x.start >= m.end):
                        return Found(m, None, "cue-in-sentence", toks[e].text)
    return None


def _own_clause_subject(text: str, toks: list[Token], subject: Mention | None, known) -> Found | None:
    """The subject of the quotation's own clause after the sentence's: ‘X calls him “Mr. Trump,” while Trump
    calls the governor “Chris”’ is Trump's."""
    n = len(toks)
    # the subject of the quotation's own clause: ‘X calls him “Mr. Trump,” while Trump calls
    # the governor “Chris”’ (a clause of a named person's even when the sentence opens with no one:
    # ‘Galway will face Roscommon next, and Fallon expects it to be “…”’)
    after = subject.end if subject is not None else toks[0].end
    c = max((c for c in range(1, n - 2) if toks[c].start > after and (_joins_clause(text, toks[c:]) or (
        toks[c].word == "and" and toks[c - 1].text == "," and toks[c + 1].word != "that"))), default=None)  # (or ", and"
    # before people's clause: never ‘Sanders has done well in college towns, and New York has several, including “…”’;
    # nor ", and that" opening a second clause of what the subject found or said, ‘The audit found that …, and that
    # managers approved the claims “…”’: no speaker opens on "that")
    if c is not None:
        m = sentence_subject(text, toks[c:], known)
        nxt = _token_after(toks, m.end) if m is not None else None
        if toks[c].word == "and" and c + 3 < n and toks[c + 1].capitalized and toks[c + 2].text.islower() \
                and toks[c + 2].word in DESCRIPTION_NOUNS and toks[c + 2].word.endswith("s") \
                and toks[c + 2].word not in THING_NOUNS and (m is None or m.end == toks[c + 1].end):
            s_ = toks[c + 1].start  # people of a nation or a kind: ‘…, and Argentine officials have complained’
            m, nxt = Mention(s_, toks[c + 2].end, text[s_:toks[c + 2].end], "description"), toks[c + 3]
        if nxt is not None and nxt.text == ",":  # past an aside: ‘while X, the former governor, proposed’
            k = toks.index(nxt)
            close = next((j for j in range(k + 1, min(n - 1, k + 10)) if toks[j].text == ","), None)
            nxt = toks[close + 1] if close is not None and not any(
                _verb_like(x) for x in toks[k + 1:close]) else nxt
        if m is not None and ((m.kind in ("name", "pronoun") and (toks[c].word != "and" or (
                # (after ", and" a person the article names in full: ‘Galway face Roscommon next, and Fallon
                # expects it to be “a different animal”’, never ‘…, and New York has several’)
                m.kind == "name" and " " not in m.text and known is not None and known(m.text.lower())
                and m.start == toks[c + 1].start) or (
                # (or a person in full, by a given name or a title: ‘…, and Speaker Paul Ferrante gaveled the
                # chamber back to order, reminding members to “…”’)
                m.kind == "name" and " " in m.text and (m.role is not None or gender_of(m.text.split()[0]) is not None)
                and all(x.capitalized for x in toks[c + 1:] if x.start < m.start)))) or (
                # (people described too: ‘Buenos Aires considers Montevideo a rival, and Argentine officials
                # have complained of “…”’ is the officials')
                m.kind == "description" and description_head(m.text) in DESCRIPTION_NOUNS
                and description_head(m.text) not in THING_NOUNS)) and nxt is not None and nxt.text.islower() and (
                _verb_like(nxt) or nxt.word in AUXILIARIES or nxt.word.endswith(("s", "ed"))):
            return Found(m, None, "subject", None)
    return None


#: Prepositions after a thing's noun whose object, a person named, a "who" right after is about
#: (‘the bank at odds with President X, who’, ‘a clash with Senator Y, who’) (w50c).
#:
#: >>> "with" in PERSON_OBJECT_PREPOSITIONS, "of" in PERSON_OBJECT_PREPOSITIONS
#: (True, False)
PERSON_OBJECT_PREPOSITIONS = frozenset(("with", "against"))


def _person_ending_description(text: str, toks: list[Token], m: Mention, a: int) -> Mention | None:
    """The person a description of no person ends with, after "with" or "against", right before a
    "who" (its comma at ``a``): ‘the bank at odds with President Kemal Daryan’ gives Daryan; never
    one whose head is a person (‘the wife of Senator Y’) nor a body's name (‘a deal with Harlow Bank’)."""
    head = description_head(m.text)
    if head is None or head in ROLE_NOUNS or head in KIN_NOUNS:
        return None
    p = next((p for p in range(a - 1, max(-1, a - 7), -1) if toks[p].start >= m.start
              and toks[p].word in PERSON_OBJECT_PREPOSITIONS and toks[p].text.islower()), None)
    if p is None or p + 1 >= a or not all(is_name_token(x) for x in toks[p + 1:a]):
        return None
    _, name = split_title([x.text for x in toks[p + 1:a]])
    if len(name) < 2 or gender_of(name[0]) is None:
        return None
    s_, e_ = toks[p + 1].start, toks[a - 1].end
    return Mention(s_, e_, text[s_:e_], "name")


#: Words a body's own document may have between "whose" and its noun (‘whose annual report’, ‘whose
#: latest review’, ‘whose final findings’).
#:
#: >>> "annual" in WHOSE_DOCUMENT_MODIFIERS, "ambassador" in WHOSE_DOCUMENT_MODIFIERS
#: (True, False)
WHOSE_DOCUMENT_MODIFIERS = wordset("""
annual yearly quarterly monthly weekly latest last recent new own final interim provisional preliminary
first second third initial draft full published official written 2019 2020 2021 2022 2023 2024 2025 2026
""")

#: A document's nouns a body's "whose" may own and speak through (:data:`REPORT_NOUNS`, statements,
#: findings, summaries).
#:
#: >>> "findings" in WHOSE_DOCUMENT_NOUNS, "ambassador" in WHOSE_DOCUMENT_NOUNS
#: (True, False)
WHOSE_DOCUMENT_NOUNS = REPORT_NOUNS | wordset("statement findings summary conclusions minutes")


def whose_document_owner(text: str, toks: list[Token], v: int) -> Mention | None:
    """The body or person a "whose" clause's document belongs to, when that document is the subject of
    the verb of speech at ``v``: ‘the Road Safety Unit, whose annual report described the fall as “…”’,
    ‘Helen Osei, whose findings, published in May, said …’ speak through their report. None where the
    noun after "whose" is no document (‘Britain, whose ambassador accused …’ is the ambassador's, whom
    no rule names), the document's clause holds another verb before ``v``, or the owner is a thing of
    its own (‘an inquiry whose report said’: no one to name).

    >>> from quotesearch.tokens import tokenize
    >>> t = "The figures came from the Road Safety Unit, whose annual report described"
    >>> toks = tokenize(t); whose_document_owner(t, toks, len(toks) - 1).text
    'the Road Safety Unit'
    >>> t = "The figures came from the Dunmore Trust, whose report, published in May, said"
    >>> toks = tokenize(t); whose_document_owner(t, toks, len(toks) - 1).text
    'the Dunmore Trust'
    >>> t = "The figures came from an inquiry whose report said"
    >>> toks = tokenize(t); whose_document_owner(t, toks, len(toks) - 1) is None
    True
    >>> t = "The move angered Britain, whose ambassador said"
    >>> toks = tokenize(t); whose_document_owner(t, toks, len(toks) - 1) is None
    True
    >>> t = "The figures came from the Road Safety Unit, whose report was leaked and whose chief said"
    >>> toks = tokenize(t); whose_document_owner(t, toks, len(toks) - 1) is None
    True
    """
    w = next((k for k in range(v - 1, max(0, v - 14), -1) if toks[k].word == "whose"), None)
    if w is None or w < 1:
        return None
    h = w + 1
    while h < v and toks[h].word in WHOSE_DOCUMENT_MODIFIERS:
        h += 1
    if h >= v or toks[h].word not in WHOSE_DOCUMENT_NOUNS or toks[h].capitalized:
        return None
    if h + 1 < v and not (toks[h + 1].text == "," and toks[v - 1].text == ","
                          and not any(x.word in ("and", "but", "whose", "who", "which") for x in toks[h + 1:v])):
        return None  # the document's noun right before the verb, or an aside set off between them only
    owner = mention_before(toks, w - 1 if toks[w - 1].text == "," else w, 0, text)
    if owner is None or owner.kind not in ("name", "organisation", "description") \
            or (owner.kind == "description" and description_head(owner.text) in THING_NOUNS):
        return None
    return owner


def _relative_clause_speaker(text: str, toks: list[Token], r: int, v: int) -> tuple[Mention | None, bool]:
    """Who a relative clause set off by a comma (its "who" or "which" at r, its cue at v) is about, and whether
    that is a description the clause is about: ‘… by Mayor Jane Roe, who told reporters: “…”’ is Roe's."""
    t = toks[v]
    # ‘… by Mayor Jane Roe, who told reporters: “…”’: the one the relative clause is about
    # (a body's "which": ‘… the state attorney general's office, which said that it would “…”’;
    # never a body's letters: ‘In a statement, WHO said:’)
    a = r - 1
    if a >= 3 and toks[a - 1].text.isdigit() and len(toks[a - 1].text) <= 3 and toks[a - 2].text == ",":
        a -= 2  # (past an age set off: ‘Among them was Frances Moyle, 54, who said …’)
    m = mention_before(toks, a, 0, text)
    if (m is None or _is_object(toks, m)) and toks[r].word == "who" \
            and (p := next((p for p in range(r - 2, max(0, r - 9), -1) if toks[p].text == ","), 0)) \
            and toks[p + 1].word.endswith("ing") and toks[p + 1].text.islower() \
            and not any(_is_cue(x, True) or _verb_like(x) for x in toks[p + 2:r - 1]):
        a = p  # (past a participle's aside, a place in it no one: ‘one steward, speaking privately
        # in Austin, who said’)
        m = mention_before(toks, a, 0, text)
    if m is None and toks[r].word == "who" and a >= 1:
        m = person_of_trade_before(toks, a - 1, text)  # a trade no list holds, a person by its "who":
        # ‘One rival printer, who asked not to be named, said’
    if m is None and toks[r].word == "who" and (comma := _bare_apposition_comma(toks, a)) is not None:
        named = mention_before(toks, comma, 0, text)  # a name set off by an office without "the"
        # before the "who": ‘opened by Cllr Declan Rafter, chairman of the district, who described it’
        m = named if named is not None and named.kind == "name" and named.end == toks[comma - 1].end \
            else None
    elif m is not None and m.kind == "name" and toks[r].word == "who" \
            and (comma := _bare_apposition_comma(toks, a)) is not None and m.start > toks[comma].start \
            and toks[comma + 1].word not in KIN_NOUNS:
        # the body an office set off holds is never the "who": ‘MPs heard from Priya Lam, director of the
        # passenger group Railfair, who said’ is Lam's, the full name right before the office (w66b); never
        # a kin's person (‘Grace Obi, sister of Kevin Obi, who wrote in his last letter’) (review rv66b)
        n = comma
        while n > 0 and comma - n < 4 and is_name_token(toks[n - 1]):
            n -= 1
        if comma - n >= 2 and not is_organisation([x.text for x in toks[n:comma]]) \
                and not any(x.text.isupper() for x in toks[n:comma]):
            m = Mention(toks[n].start, toks[comma - 1].end, text[toks[n].start:toks[comma - 1].end], "name")
    if m is not None and m.kind == "description" and toks[r].word == "who" \
            and (named := _person_ending_description(text, toks, m, a)) is not None:
        m = named  # "who" is the person the description ends with: ‘put the bank at odds with President Kemal
        # Daryan, who has called …’ is Daryan's (w50c)
    c = _index_before(toks, m.start) if m is not None and " and " not in m.text and (
        m.kind == "description" or "’s " in m.text or "'s " in m.text) else -1
    if c >= 1 and toks[c].word == "the":
        c -= 1
    if c >= 3 and toks[c].text == "," and toks[c - 1].text.isdigit() and len(toks[c - 1].text) <= 3 \
            and toks[c - 2].text == ",":
        c -= 2  # (past an age set off before the description: ‘Among them was Ramón Ortiz, 46, a
        # sugar cane farmer from Veracruz, who said’ is Ortiz)
    if c >= 1 and toks[c].text == ",":  # ‘said X, the Chamber's strategist, who added’: X
        named = mention_before(toks, c, 0, text)
        m = named if named is not None and named.kind == "name" else m
    relative = toks[r].word in ("who", "which") and m is not None and m.kind == "description" and m.end == toks[a - 1].end \
        and t.word not in WONDERING_VERBS  # (the one a "who" clause is about speaks, an object or not:
    # ‘was dropped by her commander, who told her …’; but what they wondered is the writer's report)
    if toks[r].word == "which" and (m is None or m.end != toks[r - 2].end or (
            m.kind == "name" and not is_organisation(m.text.split()) and t.word not in ARGUING_VERBS
            and not (RE_FIRM_CALLED_BEFORE.search(text, max(0, m.start - 60), m.start)
                     and not any(x.word in PASSIVE_AUXILIARIES for x in toks[r + 1:v])))):
        # (guard, review rv73a: never a passive, what the firm is called by others: ‘a company called Lark,
        # which is accused of “putting profit before people”’)
        # (a name only when it argues: ‘a setback for Sentrix, which argued in its motion that’)
        m = mention_before(toks, v, 0, text)  # (the subject of the verb, unless a body or a
        # document described right before "which" says it: ‘a memo from …, which described the deal as’)
        relative = False
    return m, relative
