"""The last decisions on a quotation before its speaker is resolved: whether its words are a scare quote,
a catchphrase of a trade, a printed label, a term of a list or a name no one speaks (no speaker then), and
which kind it is (direct, mixed, a recased headline's words, an owned term).
"""

from __future__ import annotations

import regex

from quotesearch.cues import read_on_sign, sign_reading_at
from quotesearch.fixed_inscriptions import fixed_thing_reads
from quotesearch.cue_tokens import Found
from quotesearch.lexicon import LazyPattern
from quotesearch.speech_words import ANSWERING_VERBS, CALL_VERBS, FINDING_CUE_VERBS, LABELLING_VERBS, SPEECH_VERBS
from quotesearch.term_words import REGISTER_NOUNS
from quotesearch.epithets import _place_epithet_after
from quotesearch.nicknames import (
    _advertised_as, _body_what_calls_kind, _call_sign_named, _called_by_their_own, _declared_status_name, _glossed_for,
    _listed_as_name, _name_named_again, _nickname_after_colon, _nicknamed_lower, _reported_clause_before,
    _self_styled_name, _spoken_in_sentence, _term_asked_about, _term_heads_opening_phrase, _term_opens_relative_clause, _term_opens_sentence,
)
from quotesearch.named_things import (
    _called_thing, _inscribed_words, _made_thing_named, _maker_named_thing, _motto_named, _name_in_list, _system_named_before,
    _word_shunned, _words_marked_after, _work_read_again,
)
from quotesearch.called_terms import (
    _called_agentless, _event_kind_term, _formal_kind_term, _group_what_calls, _known_as_term, _name_repeating_thing, _printed_label,
    _status_granted, _term_named_after, _trade_what_calls, _what_call_glossed, _what_defines_term, _wording_kind_term,
)
from quotesearch.terms import _term_lead
from quotesearch.known_terms import NAMING_VERBS
from quotesearch.crew_terms import (
    _job_title_named, _kind_glossed_term, _named_term, _person_law, _removed_term, _trade_calls_thing,
)
from quotesearch.set_off_works import RE_RELEASED_AFTER, _owned_work, _title_in_its_place, _work_set_off
from quotesearch.titles import (
    CHARACTERISING_VERBS, RE_ONE_WORD_TITLE, RE_SENTENCE_INSIDE, _one_word_title, _part_played_in, _report_set_off,
    _title_by_context, _title_question, _work_noun_before, _work_titled_aside, is_title, names_a_work,
)
from quotesearch.ratings import _grade_lead
from quotesearch.glossed_terms import (
    RE_QUOTED_GLOSS_AFTER, _bracket_glossed_term, _dash_glossed_term, _defined_by_rule, _glossed_term, _said_in_sentence_before,
    _scare_of_phrase, _stock_phrase_unsaid, owned_term,
)
from quotesearch.kind_terms import (
    _attributive, _attributive_name, _attributive_term, _category_term, _issued_kind, _listed_thing, _mode_term, _priced_charge,
    _priced_item, _role_term, _scheme_term,
)
from quotesearch.provision_terms import provision_term
from quotesearch.naming_signals import craft_named, dash_gloss, named_by_signal, slogan_listed, status_declared
from quotesearch.quote_kinds import _between_names, _list_joined, _sentence_after, is_nickname, kind_of
from quotesearch.quotation_context import _Quotation


#: Rules whose cue sits right beside the quotation: they make even a short Title Case phrase speech.
STRONG_RULES = frozenset({"label", "dash", "cue-after", "cue-before", "according-to", "colon"})


#: A coined event's name of one word in lower case made with "-a-thon" or "-athon" (‘a sponsored
#: “skip-a-thon”’, ‘a “bakeathon”’): the event's name, no one's words (w85b).
#:
#: >>> RE_THON_COINAGE.fullmatch("kick-a-thon") is not None, RE_THON_COINAGE.fullmatch("readathon") is not None
#: (True, True)
#: >>> RE_THON_COINAGE.fullmatch("marathon") is None, RE_THON_COINAGE.fullmatch("Kick-a-thon") is None
#: (True, True)
RE_THON_COINAGE = LazyPattern(r"\p{Ll}+(?:-\p{Ll}+)*-a-thons?|\p{Ll}{3,}(?<!mar)athons?")

#: The words right before an event's coinage (:data:`RE_THON_COINAGE`) that make it someone's word for
#: a thing, theirs: ‘called the debate a “talk-a-thon”’, ‘derided as a “spend-a-thon”’.
COINAGE_CALLING_WORDS = frozenset("called calls call calling dubbed dubs derided described describes branded labelled labeled as what".split())

def _coinage_predicated(toks) -> bool:
    """An "-a-thon" coinage said of a thing (‘it was a “…”’, ‘it amounted to a “…”’), no event's name
    (review rv85b)."""
    if len(toks) < 2 or toks[-1].word not in ("a", "an"):
        return False
    return toks[-2].word in ("is", "was", "were", "are", "be", "been", "being", "becomes", "became", "like") \
        or (toks[-2].word == "to" and len(toks) >= 3 and toks[-3].word in ("amounted", "amounts", "amount", "amounting"))


#: An acronym in marks (‘“ARIA”’, ‘“GLP-1”’): a name for a thing, never anyone's judgment.
RE_TERM_ACRONYM = LazyPattern(r"\p{Lu}{2,6}(?:-\d{1,3})?s?")


#: A quotation set off as a name by the words after it: ‘called him “the carpenter
#: philosopher,” a label he disliked’, ‘as “Full Pilot”, a name critics say misleads’; and a term the
#: writer glosses so (‘as “audience matching,” a phrase regulators find evasive’, ‘“the Thirsty Giant,” a
#: name borrowed from a folk tale’, ‘“your money, sorted,” a slogan the bank dropped’).
#:
#: >>> [bool(RE_LABEL_AFTER.match(s)) for s in (" a phrase regulators find", " a name borrowed from", " a slogan the bank dropped")]
#: [True, True, True]
#: >>> bool(RE_LABEL_AFTER.match(" a phrase she repeated")), bool(RE_LABEL_AFTER.match(" a name for the"))
#: (False, True)
#: >>> bool(RE_LABEL_AFTER.match(" a phrase, she said")), bool(RE_LABEL_AFTER.match(" the name of the game"))
#: (False, True)
#: >>> bool(RE_LABEL_AFTER.match(", a label the researchers dislike")), bool(RE_LABEL_AFTER.match(", a charge the researchers dispute"))
#: (True, False)
#:
#: Within a gloss's first words, a verb of saying or repeating words: the gloss tells who said them (guard).
_GLOSS_SAID = (r"(?:\p{Ll}+ ){0,3}(?:said|says|say|repeated|repeats|repeat|chanted|chant|chants|echoed|echoes|uttered|"
               r"utters|used|uses|use|shouted|quoted|quotes|recited|voiced|spoke|sang|cheered|heard|hear)\b")
RE_LABEL_AFTER = LazyPattern(r",? (?:a|the|an|its|his|her|their) (?:[\w’'\-]+ )?"
                             r"(?:label|nickname|moniker|name|epithet|term|brand|slogan|tag|catchphrase|(?=phrase \p{Ll}))"
                             r"(?=[.;]| (?:he|she|they|it|that|which|critics|fans|many|some|given|coined|used|"
                             r"adopted|first|now|still|for|of|by)\b| \w+ (?:use|uses|used|coin|coined|apply|applied)\b"
                             r"| (?:[\w’'\-]+ ){1,6}(?:had |have |has )?(?:given|gave) (?:themselves|itself|himself|herself|him|her|them|it)\b"
                             r"|(?<=\ban? (?:[\w’'\-]+ )?(?:label|nickname|moniker|epithet|tag)) \p{Lu}\p{Ll}+(?:[’']s)? \p{Ll}"
                             r"|(?<=\b(?:label|nickname|moniker|epithet|tag|term)) (?:the|many|some|most) (?:[\p{Ll}\-]+ ){0,2}"
                             r"(?:dislike|dislikes|disliked|reject|rejects|rejected|resent|resents|resented|avoid|avoids|"
                             r"avoided|dispute|disputes|disputed)\b"
                             # (a label that people shun: ‘the “super corals,” a label the researchers dislike’ is
                             # no one's words, least of all theirs)
                             # (a gloss's own clause: ‘a name borrowed from’, ‘a phrase regulators find’, ‘a slogan
                             # the bank dropped’; "phrase" only so: ‘a phrase she repeated’ is hers)
                             # (a plural subject only after "phrase" or "slogan": ‘“…,” a term limits activist said’
                             # is a speaker)
                             # (guard: never a clause of saying or repeating them, ‘a phrase the minister repeated’,
                             # ‘a slogan supporters chanted back’, ‘a phrase families said …’: the words stay the speaker's)
                             r"|(?:(?<=\b(?:name|slogan|term))|phrase) (?!" + _GLOSS_SAID + r")(?:\p{Ll}+ed|(?:the|its|their) \p{Ll}+ \p{Ll}+)\b"
                             r"|(?:(?<=\bslogan)|phrase) (?!" + _GLOSS_SAID + r")\p{Ll}{3,}s (?!of\b)\p{Ll}+\b)")


#: A work's possessive after a title in marks (‘“Paper Moons,” the novel's author said’).
RE_WORK_OWNER_AFTER = LazyPattern(r",?\s(?:the|his|her|their) (?:song|album|book|novel|memoir|film|movie|documentary"
                                  r"|play|musical|opera|podcast|series|show)[’']s\b")


#: Verbs of speech after a catchphrase's marks that make it someone's words (‘…, Powell said’); never a
#: noun's form (‘after a strong jobs report’).
STOCK_SAYING_AFTER = frozenset("said says told tells warned warns added adds wrote writes argued argues predicted "
                               "predicts noted notes insisted insists".split())

#: "level" and a warning's noun after a word in marks, the level's name (‘a “danger” level warning’,
#: ‘an “orange” level heat alert’; never ‘a “high” level of concern’).
RE_LEVEL_AFTER = LazyPattern(r" level (?:\p{Ll}+ ){0,2}(?:warning|alert|advisory|watch)s?\b")

#: A side of a ballot in marks, before the noun of its side (‘led the “no” campaign’, ‘a “Yes” vote’,
#: ‘the “no” camp’): a label, never words said.
#:
#: >>> bool(RE_BALLOT_SIDE.fullmatch("no")), bool(RE_BALLOT_SIDE_AFTER.match(" campaign, said")), bool(RE_BALLOT_SIDE_AFTER.match(" to that"))
#: (True, True, False)
RE_BALLOT_SIDE = LazyPattern(r"(?i:yes|no|oui|non|ja|nein|leave|remain)")
RE_BALLOT_SIDE_AFTER = LazyPattern(r" (?:campaign|campaigns|campaigners|camp|side|vote|votes|voters|lobby|supporters|"
                                     r"vote's|campaign's|majority|result|option|box|column|case)\b")


#: A trade's or a group's register named right after the marks: the words are its term, glossed by the
#: writer, no one's speech (‘“mods,” in platform parlance’, ‘“overhang” in industry jargon’,
#: ‘“tenderpreneurs”, in South African slang,’), unless a speech verb comes before them.
#:
#: >>> bool(RE_REGISTER_AFTER.match(" in platform parlance")), bool(RE_REGISTER_AFTER.match(" in the end"))
#: (True, False)
RE_REGISTER_AFTER = LazyPattern(r",? in (?:[\p{L}\-.’']+ ){0,3}(?:" + "|".join(sorted(REGISTER_NOUNS)) + r")\b")


def _told_to_say(c: _Quotation, found: Found | None) -> bool:
    """The words are what the writer tells the reader to say, no one's yet: an imperative "say" or "ask"
    opens the clause right before the marks (:data:`RE_IMPERATIVE_SAY_BEFORE`: ‘when an airline offers you
    a voucher, ask the agent point blank, “…?”’, ‘Then simply say: “…”’, w69a); never with a cue right
    after the marks, the one who gives the advice (‘just say: “No thank you,” said Sgt Helen Brady’, ‘ask
    them, “…?” advised Tom Reese’, review rv69a); never in a headline above a body, whose ", say" has the
    subject before it (‘Workers reject offer, say ‘we can’t eat promises’’)."""
    sp = c.sp
    return (sp.paragraph > 0 or len(c.paras) == 1) and RE_IMPERATIVE_SAY_BEFORE.search(c.text[c.b_lo:sp.open_at]) is not None \
        and not (found is not None and found.rule == "cue-after" and sp.close_end is not None
                 and found.mention is not None and found.mention.start - sp.close_end <= 20)


#: A sign's participle "reading" right before the opening mark, with no comma or colon between (‘placards
#: reading ’): the words are printed on the sign, a slogan. (A verb with a comma or a colon, ‘signs saying, ’,
#: ‘a hat reading, ’, ‘banners proclaiming: ’, and a finite verb, ‘a sign that read ’, keep the carrier's
#: words as before: PolNeAR's gold gives them the carrier or the source.)
#:
#: >>> [RE_SIGN_READING_BARE.search(t) is not None for t in ("waved placards reading ", "a hat reading, ",
#: ...     "a sign that read ", "She was reading ")]
#: [True, False, False, True]
RE_SIGN_READING_BARE = LazyPattern(r"\breading $")


#: What tells that a reader reads the words out, right after the closing mark (‘… reading “…” from a prepared
#: statement’, ‘reading “…” aloud’): the words are the reader's, never a sign's (guard w100f).
#:
#: >>> [RE_READ_OUT_AFTER.match(t) is not None for t in (" from a prepared statement", " aloud to the court", ", said Ward")]
#: [True, True, False]
RE_READ_OUT_AFTER = LazyPattern(r"[,.]?\s+(?:aloud\b|out loud\b|from (?:a|the|an|his|her|their) (?:prepared |written |short |brief )?"
                                r"(?:statement|letter|note|script|text|speech)s?\b)")


def _sign_reading_bare(c: _Quotation) -> bool:
    """The words are what a sign or a shirt reads (:func:`sign_reading_at`), its participle "reading" right
    before the marks (:data:`RE_SIGN_READING_BARE`): the cheap test of the participle first. Never with a
    comma between the sign's phrase and "reading" (‘stood beside the placards on the steps, reading “…”’:
    the subject reads), nor when the words are read out (:data:`RE_READ_OUT_AFTER`) (guard w100f)."""
    sp = c.sp
    text = c.text
    if RE_SIGN_READING_BARE.search(text, max(c.b_lo, sp.open_at - 9), sp.open_at) is None:
        return False
    start = sign_reading_at(text, c.b_lo, sp.open_at)
    if start < 0 or "," in text[start:text.rindex("reading", start, sp.open_at)]:
        return False
    return sp.close_end is None or RE_READ_OUT_AFTER.match(text, sp.close_end) is None


def _scare_decision(c: _Quotation, found: Found | None, title_ctx: bool, terms: list[bool],
                    judged: set[int]) -> tuple[bool, Found | None]:
    """Whether the words are a scare quote, a title or a term (no one's speech, no speaker), and the speaker
    left; notes in ``terms`` whether they are a term of a list of terms."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    results = c.results
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    a_hi = c.a_hi
    headline_said = c.headline_said
    content = c.content
    content_words = c.content_words
    bare = c.bare
    bare_title = c.bare_title
    after_toks = c.after_toks
    scare = False
    if title_ctx:
        scare = True
        found = None
    elif _told_to_say(c, found):
        scare, found = True, None  # the words a writer tells the reader to say, no one's yet (w69a)
    elif _sign_reading_bare(c):
        scare, found = True, None  # what a sign, a banner or a shirt reads, its participle right before the
        # marks, is a slogan, no one's speech, its carrier's neither: ‘Protesters waved placards reading “Hands
        # off our farms”’ (w100f). A cue after the marks (‘signs reading “…,” said police spokesman X’) tells
        # who reports the sign, not whose words they are: the words stay the sign's (guard w100f)
    elif fixed_thing_reads(text, c.b_lo, sp.open_at) and (sp.close_end is None or RE_READ_OUT_AFTER.match(text, sp.close_end) is None):
        scare, found = True, None  # words on a thing that stays put, a mug, a plaque, a bench, a sign in a
        # window: ‘a coffee mug that reads “…”’, ‘a cake bearing the words “…”’ are an inscription (w112e);
        # a sign someone carries keeps its carrier's words as before
    if _stock_phrase_unsaid(content, before_toks()) and (sp.close_end is None or _attributive(text, sp.close_end) or not any(
            t.word in STOCK_SAYING_AFTER for t in _sentence_after(text, sp))) \
            and not any(t.word == "according" for t in before_toks()):  # (guard: the whole sentence, before
        # the marks and after: ‘a “soft landing”, Powell said’, ‘told a committee that a “soft landing” …’)
        scare, found = True, None  # a catchphrase of the trade no one in the sentence says: ‘traders bet
        # the Fed would keep rates “higher for longer”’, ‘talk of a “soft landing” faded’
    if _printed_label(content, tail_toks) or _nickname_after_colon(content, before_toks()) \
            or (found is None and (_term_opens_sentence(text, sp, before_toks())
                                   or _term_heads_opening_phrase(text, sp, before_toks()))) \
            or ((found is None or (found.rule == "subject" and found.cue is None))
                and _term_opens_relative_clause(text, sp, content, tail_toks)):
        scare, found = True, None  # a label printed on a thing, a nickname a colon gives, a word the sentence
        # is about (see each): ‘a vest marked “PRESS”’, ‘the nickname he went by: “Jay”’, ‘The word “defund” …’
    if RE_THON_COINAGE.fullmatch(content.strip(" .,")) is not None and before_toks() \
            and not (found is not None and found.rule in ("cue-before", "cue-after", "colon")) \
            and not any(t.word in COINAGE_CALLING_WORDS or t.word in CALL_VERBS or t.word in ANSWERING_VERBS
                        for t in before_toks()) and not _coinage_predicated(before_toks()):
        # (guard: no cue right by it, no verb of calling anywhere before it in the sentence and no "was a" or
        # "amounted to a" right before: ‘called the 14-hour hearing a “talk-a-thon”’, ‘mocked the bill as … a
        # “spend-a-thon”’, ‘The session was a “talk-a-thon,” Reyes said’, ‘saying it amounted to a “spend-a-thon”’,
        # review rv85b; still ‘X said the club raised it through a sponsored “skip-a-thon”’)
        scare, found = True, None  # a coined event's name: ‘raised it through a 24-hour sponsored
        # “skip-a-thon”’ (never one called so: ‘called the hearing a “talk-a-thon”’, the caller's, w85b)
    if len(content.strip(" .,")) == 1 and content.strip(" .,").isalpha():
        scare, found = True, None  # one letter in marks is a term, never words spoken: ‘Koval,
        # who will wear the “C” in Almqvist’s absence, said’, ‘graded the trade a “B”’
    if found is not None and found.rule == "subject" and _scare_of_phrase(text, sp, content) \
            and not any(t.word in SPEECH_VERBS for t in after_toks) \
            and not any(t.word in SPEECH_VERBS or t.word in LABELLING_VERBS or t.word in NAMING_VERBS
                        or t.word in ("naming", "name", "names") for t in tail_toks[-8:]):
        scare, found = True, None  # a term in marks inside a noun phrase, given only to the sentence's subject
        # (no cue by the marks, none after them): ‘The government gave councils powers to charge premiums, as
        # part of measures aimed at halting the “hollowing out” of coastal villages’ is the writer's term
    label_after = RE_LABEL_AFTER.match(text, sp.close_end) if sp.close_end is not None \
        and len(content_words) <= 4 and not (found is not None and found.rule in ("cue-before", "cue-in-sentence")
                                               and _reported_clause_before(before_toks())) else None  # (‘had been “neutralised in the last 24 hours”, a term
    # Ankara uses’ quotes more than the term)
    if label_after is not None and found is not None and found.mention is not None \
            and found.mention.start < label_after.end() + 12:  # (or in the label's own clause: ‘a name he claimed to dislike’)
        found = None  # (‘as “Full Pilot”, a name critics say misleads’: the label is no speaker)
    # (a work named right before the marks: a title, whatever cue comes before it; never a word
    # said about the work with its own cue after it: ‘Asked about the film, “Stunning,” said X’)
    if headline_said is not None and (found is None or text[sp.para_start:sp.open_at].strip()):
        # (guard: inside a headline's line, the source named at its end, never the line's subject:
        # ‘Man charged over ‘racist’ attack, say police’ was the man's)
        found = headline_said  # ‘‘Time to act’ on obesity, says health chief’: a headline's words are its source's
    if not title_ctx and sp.close_end is not None and (home := _place_epithet_after(text, sp.close_end, a_hi)) is not None:
        found = home  # ‘“…,” the Mankato native said’, ‘“…,” said the Ohio State transfer’: the epithet, whole
    work = names_a_work(tail_toks) and (found is None or found.rule not in ("cue-after", "label", "dash")
                                        or _owned_work(tail_toks) or _work_noun_before(tail_toks))  # (but ‘In his new book, “…,” X wrote’)
    if found is not None and (bare_title or RE_ONE_WORD_TITLE.fullmatch(content) is not None) \
            and (_part_played_in(tail_toks) or (tail_toks and tail_toks[-1].word == "in" and _part_played_in(before_toks()))):
        # (the whole sentence for a part played as a character, longer than the words by the mark: ‘her
        # performance as a disgraced surgeon in “Incision,”’, w112e)
        scare, found = True, None  # a work after a part played in it, whatever cue follows: ‘for his role in
        # “The Hermit of Cold Creek,” Kline said: …’, ‘who played the lead in “Lanterns,” has forgiven her’
    if sp.close_end is not None and tail_toks and tail_toks[-1].text not in ".!?\n" and bare_title \
            and RE_WORK_OWNER_AFTER.match(text, sp.close_end):
        scare, found = True, None  # a title inside its sentence before a work's possessive: ‘Critics loved
        # “Paper Moons,” the novel's author said’ (never one that opens it: ‘“Completely False,” the film’s star wrote’)
    if sp.close_end is not None and bare_title \
            and _title_in_its_place(text, sp, content, tail_toks, found, results, work):
        scare, found = True, None  # a work's title named again (‘the early days of “Bone Orchard” as’), or
        # told something (‘said in a statement to “The Night Desk” that’), or described (‘whose book “Salt
        # in the Rain” Mensah described as “a slog”’): no one's words
    if RE_TERM_ACRONYM.fullmatch(bare) is not None and _trade_calls_thing(tail_toks):
        scare, found = True, None  # a trade's acronym for a thing: ‘a side effect researchers call “ARIA,”’
    said_after = found is not None and found.rule in ("cue-after", "cue-after-late", "according-to", "according-to-late")
    # (a cue after the marks in their sentence gives the term a speaker: ‘an “easy” switch, admitted Tom
    # Reyes’, ‘a “no excuses” mantra, coach Rob Lyle said’ are theirs, never a mode's or a mantra's name; review rv15)
    few_words = len(content_words) <= 6  # (guard: the rules it gates read a term of five words at most,
    # after a trailing comma or full stop is cut; most quotations are longer)
    if _named_thing_term(c, found, said_after, few_words):
        scare, found = True, None  # a thing's name its maker gives, a title read again, an inscription, a
        # formal kind's or status's name, a trade's term, a maker's claim, a nickname (see each)
    if _title_or_term(c, found, work, label_after, said_after, terms, judged):
        scare = True  # (and the next of a list of titles or terms: ‘starred in “Interstellar” and
        # “Oppenheimer,”’, ‘phrases like “embodied archive” and “material memory.”’)
        found = None
    # (a term of a list of terms, for the next one: ‘Words such as “believe,” “expect,” “may” …’)
    terms.append(scare and (_term_lead(tail_toks) or _grade_lead(tail_toks, content)
                            or (idx > 0 and terms[idx - 1] and _list_joined(text, spans[idx - 1], sp))))
    return scare, found


def _named_thing_term(c: _Quotation, found: Found | None, said_after: bool, few_words: bool) -> bool:
    """Whether the words are a thing's name its maker gives, a title read again, an inscription, a formal
    kind's or status's name, a trade's term, a maker's claim or a nickname (see each)."""
    text = c.text
    sp = c.sp
    results = c.results
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    content = c.content
    short_name = c.short_name
    title_case = c.title_case
    if (title_case and _name_in_list(text, c.spans, c.idx, content)) \
            or (few_words and (_maker_named_thing(tail_toks, content, title_case) or _made_thing_named(before_toks(), content, title_case))) \
            or _called_thing(before_toks(), title_case) or (few_words and title_case and _system_named_before(before_toks(), content, title_case)) \
            or _work_read_again(text, sp, content, tail_toks, results) or _inscribed_words(tail_toks) \
            or _words_marked_after(text, sp, tail_toks) or _word_shunned(tail_toks) or _motto_named(tail_toks) \
            or (few_words and (_formal_kind_term(text, sp, content, tail_toks) or _status_granted(tail_toks, content))) \
            or (short_name and _trade_what_calls(tail_toks)) or _body_what_calls_kind(text, sp, content, tail_toks) or (few_words and _advertised_as(tail_toks, content)) \
            or (few_words and title_case and _listed_as_name(before_toks(), content)) \
            or (few_words and (_group_what_calls(tail_toks, content, before_toks) or _known_as_term(text, sp, content)
                               or _called_agentless(text, sp, content)
                               or (not said_after and _what_defines_term(text, sp, content))
                               or _what_call_glossed(text, sp, content, tail_toks)
                               or _event_kind_term(text, sp, content, tail_toks)
                               or (not said_after and _wording_kind_term(text, sp, content, tail_toks)))) \
            or _name_repeating_thing(before_toks, content) \
            or ((found is None or (found.rule == "subject" and found.cue is None)) and _defined_by_rule(text, sp, content)) \
            or _nicknamed_lower(tail_toks, short_name) or (title_case and _called_by_their_own(text, sp, tail_toks)) \
            or (few_words and sp.close_end is not None and RE_REGISTER_AFTER.match(text, sp.close_end) is not None
                and not any(t.word in SPEECH_VERBS for t in tail_toks)) \
            or _term_asked_about(text, sp, content, tail_toks) or _glossed_for(text, sp, content) \
            or _call_sign_named(text, sp, content) or (short_name and _self_styled_name(tail_toks, content)) \
            or _work_titled_aside(text, sp, content, tail_toks) \
            or (short_name and _name_named_again(text, sp, content, results) and not _spoken_in_sentence(text, sp)) \
            or _term_named_after(text, sp, content) \
            or named_by_signal(text, sp, content) or dash_gloss(text, sp, content) or slogan_listed(text, sp) \
            or craft_named(text, sp, content) or status_declared(text, sp, content):
        # (the name test first: it turns down nearly every quotation at once, before the sentence is tokenised)
        return True
    return False


def _title_or_term(c: _Quotation, found: Found | None, work: bool, label_after: regex.Match | None, said_after: bool,
                   terms: list[bool], judged: set[int]) -> bool:
    """Whether the words are a nickname, a title, a label or a term by themselves and their sentence, unless
    a strong cue beside them makes them speech (the next of a list of titles or terms too)."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    results = c.results
    b_lo = c.b_lo
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    same_sentence_as_prev = c.same_sentence_as_prev
    a_hi = c.a_hi
    nxt = c.nxt
    headline_said = c.headline_said
    content = c.content
    content_words = c.content_words
    bare_title = c.bare_title
    after_toks = c.after_toks
    a_ends = c.a_ends
    if headline_said is None and (found is None or found.rule not in STRONG_RULES or work or _between_names(text, sp, tail_toks) or (
            # (a colon that opens a list of names: ‘today introduced three flavors: “Mango Monsoon,” “Yuzu
            # Bloom” and “Peach Tide.”’ names things, says nothing)
            found.rule == "colon" and idx + 1 < len(spans) and _list_joined(text, sp, spans[idx + 1]))) and (
            is_nickname(text, sp, tail_toks) or (is_title(content, full_stop=work, subtitle=work and (_report_set_off(tail_toks) or _work_noun_before(tail_toks)))
                                                 and not read_on_sign(text, b_lo, sp.open_at))
            or (work and _title_question(content))
            or label_after is not None
            or (RE_ONE_WORD_TITLE.fullmatch(content) is not None and _one_word_title(text, sp, tail_toks))
            or _title_by_context(text, sp, content, tail_toks)
            or (idx > 0 and results[idx - 1][2] == "scare" and _list_joined(text, spans[idx - 1], sp)
                and (bare_title or RE_ONE_WORD_TITLE.fullmatch(content) is not None
                     or (len(content_words) <= 3 and not RE_SENTENCE_INSIDE.search(content.rstrip(".,"))
                         and terms[idx - 1])))) or _attributive_name(text, sp, content, tail_toks) \
            or (sp.close_end is not None and not same_sentence_as_prev and idx not in judged
                and not (nxt < len(spans) and a_hi == spans[nxt].open_at and not a_ends)
                and not (found is not None and (found.cue or "").lower() in FINDING_CUE_VERBS)
                # (a body's finding in a clause it found is its verdict, as a saying's is: ‘the court found the
                # judge gave the jury a “fundamentally flawed” direction’, :func:`backward_cues._finds_a_clause`)
                and _attributive_term(text, sp, content, tail_toks, before_toks() + after_toks)) \
            or _scheme_term(text, sp, content, tail_toks) or _priced_charge(text, sp, content) \
            or provision_term(text, sp, content, tail_toks, before_toks) \
            or (not same_sentence_as_prev and _category_term(text, sp, content, tail_toks, before_toks())) \
            or _priced_item(text, sp, content, before_toks()) \
            or (not said_after and _mode_term(text, sp, content, tail_toks, before_toks())) \
            or _person_law(content, tail_toks) or _job_title_named(content, tail_toks) \
            or _named_term(text, sp, tail_toks) or _removed_term(text, sp, content, tail_toks) \
            or _declared_status_name(content, before_toks(), said_after) \
            or _issued_kind(text, sp, content, tail_toks) \
            or (len(tail_toks) >= 2 and tail_toks[-1].word in ("a", "an") and tail_toks[-2].word == "and"
                and _listed_thing(text, sp, content, before_toks())) \
            or (not same_sentence_as_prev and _role_term(text, sp, content, tail_toks, before_toks())) \
            or (not same_sentence_as_prev and _dash_glossed_term(text, sp, content, tail_toks, before_toks())) \
            or (sp.close_end is not None and (bare_title or (
                RE_ONE_WORD_TITLE.fullmatch(content.rstrip(",")) is not None and content.endswith(",")))
                and _work_set_off(text, sp.close_end)) or _glossed_term(text, sp, content, tail_toks) \
            or _bracket_glossed_term(text, sp, content, tail_toks) \
            or (sp.close_end is not None and (bare_title or RE_ONE_WORD_TITLE.fullmatch(content) is not None)
                and RE_RELEASED_AFTER.match(text, sp.close_end) is not None) \
            or (sp.close_end is not None and _kind_glossed_term(text, sp.close_end, content)
                and not any(x.word in CALL_VERBS or x.word in CHARACTERISING_VERBS for x in tail_toks[-8:])) \
            or (idx > 0 and results[idx - 1][2] == "scare" and spans[idx - 1].close_end is not None  # (the gloss in
                # marks of a term before: ‘“moharebeh”, or “waging war against God”’)
                and (gloss := RE_QUOTED_GLOSS_AFTER.match(text, spans[idx - 1].close_end)) is not None
                and gloss.end() == sp.close_end) \
            or (sp.close_end is not None and content.isalpha() and RE_LEVEL_AFTER.match(text, sp.close_end)) \
            or (sp.close_end is not None and RE_BALLOT_SIDE.fullmatch(content) is not None
                and RE_BALLOT_SIDE_AFTER.match(text, sp.close_end) is not None):
        # (a level's name on a warning's scale: ‘issued a “danger” level continuous rain warning’; a
        # ballot's side: ‘who led the “no” campaign’)
        return True
    return False


def _quote_kind(c: _Quotation, found: Found | None, scare: bool, recased: set[int]) -> tuple[Found | None, str]:
    """The quotation's kind (scare, direct, mixed, …) and its speaker: a headline's words the body quotes
    again are speech; the writer's term for a thing of someone's is a scare quote."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    results = c.results
    lo = c.lo
    content = c.content
    b_text = c.b_text
    if idx in recased:
        scare = False
    elif not scare and (found is None or (found.rule == "subject" and found.cue is None and found.mention is not None
                                          and found.mention.end >= sp.open_at - 2)) \
            and owned_term(text, sp, content) and not _said_in_sentence_before(text, sp):
        # the writer's term for a thing of someone's, in a sentence with no speech verb before it: ‘His
        # “apology” came two days later’, ‘Minister Ó Briain’s “reforms” have left …’ (the owner is no
        # speaker); never ‘… said the senator had … but stood by his “underlying point”’
        scare, found = True, None
    kind = "scare" if scare else kind_of(b_text, content)
    if kind == "mixed" and b_text.endswith(",") and idx > 0 and lo == spans[idx - 1].close_end \
            and text[spans[idx - 1].end - 1] == "," and results[idx - 1][2] == "direct":
        kind = "direct"  # the second half of a split sentence: ‘“Back then,” she said, “the rent …”’
    return found, kind

#: An imperative verb of saying or asking that opens its clause right before the marks, "ask" or "tell"
#: with a short object and manner in lower case after it, "say" or "reply" alone (‘…, ask the agent point
#: blank, ’, ‘Then simply say: ’): the words the writer tells the reader to say, no one's (w69a). Never a clause with a subject (‘Organisers say ’, ‘you
#: ask ’), nor a name after the verb (‘Ask Mary Jones, and she says: ’), nor a second verb after "and" (‘X
#: says he would sit him down and tell him ’, reported speech).
#:
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("When it happens, ask the agent point blank, ") is not None
#: True
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("Then simply say: ") is not None
#: True
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("Organisers say ") is None, RE_IMPERATIVE_SAY_BEFORE.search("When you call, you ask ") is None
#: (True, True)
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("The plan, say officials, ") is None  # (an inverted cue, never an imperative)
#: True
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("Kasich says he’d sit Putin down and tell him ") is None  # (a reported clause's verb)
#: True
RE_IMPERATIVE_SAY_BEFORE = LazyPattern(r"(?:^|[,:;] )(?:(?:[Tt]hen|[Jj]ust|[Ss]imply|[Aa]lways|[Pp]olitely|[Cc]almly|[Ff]irmly) ){0,2}"
                                       r"(?:(?:[Aa]sk|[Tt]ell) (?:the|them|him|her|your|a|an)(?: (?:\p{Ll}+|point-blank)){0,4}"
                                       r"|[Ss]ay|[Rr]eply|[Aa]nswer|[Rr]espond)[,:]? ?$")
