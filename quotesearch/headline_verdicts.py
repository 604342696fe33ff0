"""The words and patterns that the checks of a headline's quotation against the body read: the works
a title sits beside, the verdict words that go on or are listed or predicated, the word counts and
reaches of a quotation said again, the "says" patterns of a headline (headline_source_last: the
source named last, after a comma), whether a headline's opening can be said (_sayable) and whether a
quotation is a title or the words leading a body.
"""

from __future__ import annotations

import re

from quotesearch.term_words import WORK_KIND_NOUNS
from quotesearch.lexicon import LazyPattern
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.headline_words import RE_WORDS, SPEAKER_VOICE_PRONOUNS
from quotesearch.quote_spans import Span


#: Words before a body's marks that make them a term named, no one's words (‘so-called “…”’).
NAMING_BEFORE_TERM = ("so-called", "dubbed", "known as", "nicknamed")


#: The fewest words of a Title Case headline's quotation that the body says again (‘‘Save Democracy’’).
RECASED_WORDS = 2

#: Words before the headline's words in a body quotation that make them another's words it reports
#: (‘She called us armchair generals’, ‘Threats of pay up or we strike’); speech verbs too.
REPORTING_LEADS = frozenset("called calls call of".split())


#: (guard) Words beside a Title Case headline's marks that make them a work's title: a kind of work,
#: or what a work has or does (‘‘Stranger Things’ Finale’, ‘‘Love Is Blind’ Star’, ‘Tops Charts With’).
TITLE_NEIGHBOURS = (WORK_KIND_NOUNS - {"romcom"}) | frozenset("""book trailer finale premiere season episode star stars
cast tour remake reboot spinoff spin-off video debut""".split())


def _work_beside(text: str, sp: Span) -> bool:
    """(guard) A kind of work right before or right after a headline's marks, or 'With' before them."""
    before = text[max(0, sp.open_at - 30):sp.open_at].split()
    after = text[sp.close_end:sp.close_end + 30].split() if sp.close_end is not None else []
    b = _bare_word(before[-1]) if before else ""
    a = _bare_word(after[0]) if after else ""
    return b in TITLE_NEIGHBOURS or a in TITLE_NEIGHBOURS or b == "with"


def _bare_word(word: str) -> str:
    """A word lower-cased without the marks at its edges or its possessive ending (‘Series’’ → 'series').

    >>> _bare_word("Series’"), _bare_word("show's"), _bare_word("Netflix’s")
    ('series', 'show', 'netflix')
    """
    word = word.lower().strip("’',:;")
    return word[:-2] if word.endswith(("’s", "'s")) else word


#: How many paragraphs below a live page's entry headline its body quotes the words again.
ECHO_REACH = 6


#: The fewest words of a headline's single-marked words that a longer quotation below says again.
SAID_AGAIN_WORDS = 2

#: The fewest words of a headline's single-marked sentence that a quotation below may say again whole,
#: no longer, when a first- or second-person word is among them (:data:`FIRST_PERSON_WORDS`): a
#: speaker's own sentence, never a term (‘‘I made it for my mother’’ / “I made it for my mother,” he said).
SAID_WHOLE_WORDS = 5

#: Words of the first and second person that make a headline's words in marks someone's sentence.
#:
#: >>> sorted(FIRST_PERSON_WORDS & set("i never wanted him to play".split()))
#: ['i']
FIRST_PERSON_WORDS = frozenset("i me my we us our you your".split())


#: How far before a body's quotation the reporting verb of its verdict is looked for (:data:`RE_REPORTED_VERDICT_LEAD`).
VERDICT_LEAD_REACH = 250


#: Words that may follow a body's quotation of a headline's words when a clause reports them as the
#: speaker's own (‘what she called the “gridlock” that traps …’, ‘accused him of “cronyism” over …’):
#: a relative word, a preposition or a join; any other lower-case word after the marks makes the
#: quotation a term before its noun or a verb's subject (‘what he called the “crisis” talk’, ‘the planned
#: “megafarm” would …’).
ECHO_FOLLOWERS = frozenset("that which who whom where when at in on of over for from with to by about "
                           "against among across into after before during since and or but as".split())


#: Words that may follow a body's quotation of exactly a headline's words after a verdict's lead
#: (:data:`RE_REPORTED_VERDICT_LEAD`) and keep them the complement the speaker gave: a join to the next
#: clause (‘told the court the listings had been “misleading” and showed …’, ‘described the deal as
#: “hard-won” and paid tribute …’) or whom the verdict touches (‘said the ban will be “devastating” for
#: farmers’, ‘“unfair” to renters’); never a noun the words name nor a phrase of a term going on (‘was
#: “levelling up” in name only’, ‘“special measures” material’).
#:
#: >>> sorted(VERDICT_CLAUSE_FOLLOWERS & set("in name only and for".split()))
#: ['and', 'for']
VERDICT_CLAUSE_FOLLOWERS = frozenset("and but for to".split())


#: The first words of a state a verdict's lead puts its subject "in" (‘saying the party was in “open revolt”’)
#: that make it the speaker's verdict, a degree the speaker gives (review rv64a): never a status or term
#: an authority names (‘said the economy was in “technical recession”’, ‘the trust was in “special
#: measures”’, ‘the county was in “drought”’, ‘the chain was in “administration”’).
#:
#: >>> sorted(STATE_DEGREE_WORDS & set("open special measures deep".split()))
#: ['deep', 'open']
STATE_DEGREE_WORDS = frozenset("open total complete utter deep full absolute sheer outright serious grave dire "
                               "real meltdown freefall turmoil disarray chaos crisis revolt denial".split())


#: The word right after a quotation's closing mark, spaces before it (its group 1), for :func:`_echo_reported`.
RE_WORD_AFTER_MARKS = re.compile(r"[ \t]*([A-Za-z’'\-]+)")


#: How far before a body's quotation its verb of characterising is looked for (:func:`said_alone_below`).
SAID_ALONE_LEAD_REACH = 120


#: The most words of a sentence-case headline's single-marked words that a body quotation may give again
#: alone, no more, as a speaker's word (‘‘Brazen’: …’ / ‘described the raid as “brazen”’).
SAID_ALONE_WORDS = 3

#: A verb of characterising something, its object (none when a relative clause took it: ‘a junction his
#: widow described as’) and "as", right before a body's marks: the subject's verdict on a thing, their word
#: (‘described the raid as “’, ‘called the attack “’, ‘branded the scheme “’). Never a name given or a
#: passive: ‘what locals call “’, ‘is called “’, ‘so-called “’ (see :data:`RE_NAMING_BEFORE_VERDICT`).
#:
#: >>> bool(RE_VERDICT_VERB_BEFORE.search("Inspector Rhys Day described the incident as “"))
#: True
#: >>> bool(RE_VERDICT_VERB_BEFORE.search("a junction his widow described as “")), bool(RE_VERDICT_VERB_BEFORE.search("she called the attack “"))
#: (True, True)
#: >>> bool(RE_VERDICT_VERB_BEFORE.search("the council said the estate was “"))
#: False
RE_VERDICT_VERB_BEFORE = LazyPattern(r"(?<![\p{L}\-])(?:described|describes|branded|brands|labelled|labeled|labels|called|calls)"
                                     r"(?: (?!as\b)[\p{L}\p{M}’'\-]+){0,5}(?: as)? [“\"‘']$")

#: What makes a characterising verb before the marks a name given, never a verdict: "what" or "which" before
#: the verb, a form of "be" right before it, or "so-called" (‘what locals call “’, ‘is called “’).
#:
#: >>> bool(RE_NAMING_BEFORE_VERDICT.search("what locals call the road “")), bool(RE_NAMING_BEFORE_VERDICT.search("the lane is called “"))
#: (True, True)
#: >>> bool(RE_NAMING_BEFORE_VERDICT.search("she called the attack “"))
#: False
RE_NAMING_BEFORE_VERDICT = LazyPattern(r"\b(?:[Ww]hat|[Ww]hich|is|was|are|were|be|been|being|so)\b[^.!?\n]{0,30}?\b(?:call|calls|called|described|labelled|labeled|branded)\b"
                                       r"|\b(?:is|was|are|were|be|been|being) (?:described|labelled|labeled|branded|called)\b")


#: The most words of a headline's single-marked words that a body quotation may give again alone when
#: its sentence reports them (:func:`_reported_in_sentence`).
REPORTED_ALONE_WORDS = 8

#: A verb of speech before a body's marks in their sentence, no mark between (its words a speaker's:
#: ‘he said he congratulated her “’, ‘wrote that the ruling would leave them “’, ‘demanded a “’).
#:
#: >>> bool(RE_SPEECH_VERB_BEFORE.search("Sir Ann wrote that the order would leave pupils ")), bool(RE_SPEECH_VERB_BEFORE.search("Fans sang the "))
#: (True, False)
#: >>> bool(RE_SPEECH_VERB_BEFORE.search("the so-called "))
#: False
#:
#: Also the bare and "-ing" forms of the verbs of urging, insisting and promising (w91a: ‘used the address to
#: urge people to show “’, ‘vowing to “’); never "saying", whose headline words would lend a headline's
#: clause to a name as its role, nor "claiming", "demanding" or "warning", which as often take a thing or
#: stand as a noun (‘motorists are claiming compensation for “whiplash injury”’, review of w91a):
#:
#: >>> bool(RE_SPEECH_VERB_BEFORE.search("used his address to urge Belgians to show ")), bool(RE_SPEECH_VERB_BEFORE.search("vowing to "))
#: (True, True)
#: >>> bool(RE_SPEECH_VERB_BEFORE.search("thousands of motorists are claiming compensation for "))
#: False
RE_SPEECH_VERB_BEFORE = LazyPattern(r"\b(?:said|says|wrote|writes|told|tells|warned|warns|argued|argues|added|adds|insisted|insists|"
                                    r"claimed|claims|stated|states|demanded|demands|urged|urges|pledged|pledges|vowed|vows|"
                                    r"urge|urging|vowing|pledging|insisting|arguing)\b"
                                    r"(?![^“”\"‘\n]*\bso-called\b)[^“”\"‘\n]*$")

#: After a body's marks, the rest of the sentence: a comma and a speaker, a few words, and a verb of
#: speech (‘… at “far too high” a speed, the company's president says’, ‘“collapse,” the guild warned’).
#:
#: >>> bool(RE_SPEECH_VERB_AFTER.match(", the company’s president says.")), bool(RE_SPEECH_VERB_AFTER.match(" led to a crash."))
#: (True, False)
RE_SPEECH_VERB_AFTER = LazyPattern(r"[^“”\"‘\n]*?,[ \t]+(?:[^\s,“”\"]+[ \t]+){0,7}?"
                                   r"(?:said|says|warned|warns|wrote|writes|added|adds|argued|argues|told|tells|"
                                   r"insisted|insists|claimed|claims|stated|states)\b")


#: The word right before a body's marks (an article skipped) that makes its words a term, a thing, a
#: state or a title, never a verdict someone gave (review rv30, rv64a): ‘was in “drought”’, ‘urged fans
#: to listen to “…”’, ‘said it had shown “outsider art”’, ‘said the “gig economy” had …’, ‘what police call
#: “…”’; a verb of naming anywhere before them in the sentence, ‘Some call it a “ghost estate”’.
#:
#: >>> sorted(TERM_BEFORE_WORDS & set("was in the had".split()))
#: ['in', 'the']
TERM_BEFORE_WORDS = frozenset("in into to the this that these those its their his her our my your shown showed "
                              "displayed exhibited call calls called dubbed named nicknamed termed known so-called "
                              # (review rv84c: a preposition's object, a thing or a practice, ‘tighten the rules on
                              # “buy now, pay later”’, ‘fooled by a “deepfake”’, never "for", ‘heading for “meltdown”’;
                              # and a chant or song someone else gives, ‘asked the crowd to shout “lock them up”’)
                              "on by with about against from at via shout shouted chant chanted sing sang".split())

#: A negation or a denial before a body's marks in their sentence: the speaker disowns the words, someone
#: else's, never their verdict (review rv84c: ‘insisted there would be no “chaos”’, ‘said the inquiry was not
#: a “witch hunt”’, ‘said there was no evidence the vote was “rigged”’).
#:
#: >>> bool(RE_NEGATION_BEFORE.search("He said it was not a ")), bool(RE_NEGATION_BEFORE.search("He said it was a "))
#: (True, False)
RE_NEGATION_BEFORE = LazyPattern(r"(?i)\b(?:not|no|never|nothing|none|neither|nor|denied|denies|deny|denying|rejected|rejects|"
                                 r"dismissed|dismisses|disputed|disputes)\b|n[’']t\b")

#: A verb of naming before a body's marks in their sentence (see :data:`TERM_BEFORE_WORDS`).
#:
#: >>> bool(RE_NAMING_IN_SENTENCE.search("Some call it a ")), bool(RE_NAMING_IN_SENTENCE.search("He said it was "))
#: (True, False)
RE_NAMING_IN_SENTENCE = LazyPattern(r"\b(?:call|calls|called|calling|dubbed|dub|dubs|nicknamed|termed|known as|so-called)\b")

#: Words that may follow a body's quotation of exactly a headline's words and keep the clause the
#: speaker's verdict going on (:data:`VERDICT_CLAUSE_FOLLOWERS` and a time or a condition: ‘demanded a
#: “complete overhaul” within a year’, ‘would face “consequences” if it did not pay’; what a feeling is
#: about, w88a: ‘were “deeply concerned” about the timing’); never a noun the words name nor "in"
#: (‘“levelling up” in name only’) nor "from", a place or a thing kept from (‘ban “boy racers” from the
#: seafront’).
#:
#: >>> "within" in REPORTED_CLAUSE_FOLLOWERS, "if" in REPORTED_CLAUSE_FOLLOWERS, "in" in REPORTED_CLAUSE_FOLLOWERS
#: (True, True, False)
REPORTED_CLAUSE_FOLLOWERS = VERDICT_CLAUSE_FOLLOWERS | frozenset("within after before until unless since over by "
                                                                 "if about".split())


#: Small words a title or a name in capitals may keep lower case (‘Lord of the Rings’).
NAME_SMALL_WORDS = frozenset("a an and at by for in of on or the to".split())


#: A speech verb and a capitalised name right after a headline's opening words in marks that end
#: in a comma, whatever the line says after the name: ‘‘I wrote it for my son,’ says Ana Ruiz as
#: her film opens festival’.
#:
#: >>> bool(RE_SAYS_AFTER_COMMA.match(" says Ana Ruiz as")), bool(RE_SAYS_AFTER_COMMA.match(" shows a"))
#: (True, False)
RE_SAYS_AFTER_COMMA = re.compile(r"[ \t]*(?:says|said)[ \t]+[A-Z]")


#: Words that may follow a headline's verdict inside the longer body quotation it opens, the verdict going
#: on as the speaker's own (‘“reckless in the extreme”’, ‘“callous beyond belief”’): a preposition, a
#: relative word or a join (:data:`ECHO_FOLLOWERS`); never a noun the words modify (‘“dupe culture gone
#: mad”’) nor a word that turns them (‘“woke only to people who have not read them”’; review rv65h2).
#:
#: >>> "beyond" in VERDICT_GOES_ON, "only" in VERDICT_GOES_ON, "culture" in VERDICT_GOES_ON
#: (True, False, False)
VERDICT_GOES_ON = ECHO_FOLLOWERS | frozenset("beyond than like without within through under past upon towards toward".split())


#: A headline's cue right before its words in single marks, a verb of speech in the present (or its
#: participle) and at most four words between (‘says Ireland will not be ‘rushed’’): ‘Boss says he has ‘lost conviction’’, ‘…, says trial
#: ‘nowhere in sight’’, ‘…, warns of ‘thinner’ years’, ‘…, cites ‘deteriorating’ finances’, ‘…, alleging it
#: ‘commingled’ funds’ (:func:`_cued_verdict_below`); never an infinitive (‘urges public to say no to ‘fast fashion’’).
#:
#: >>> [bool(RE_HEADLINE_CUE_BEFORE.search(t)) for t in ("Boss says he has ", "fund warns of ", "Police hunt ", "urges public to say no to ")]
#: [True, True, False, False]
RE_HEADLINE_CUE_BEFORE = re.compile(r"(?<!\bto )\b(?:says|say|warns|warn|cites|citing|alleges|alleging|claims|claiming|insists|admits|"
                                    r"tells|vows)(?:[ \t]+[\w’'\-]+){0,4}[ \t]+$")


#: A lower-case word right after a quotation's closing mark (its group 1), for :func:`_cued_verdict_below`.
#:
#: >>> RE_LOWER_AFTER_MARKS.match(" emails spread").group(1), RE_LOWER_AFTER_MARKS.match(", he said")
#: ('emails', None)
RE_LOWER_AFTER_MARKS = re.compile(r"[ \t]+([a-z]+)")


#: What joins a verdict's words to more of them in a body's quotation (‘“premature and politically
#: driven”’, ‘“reckless, cruel”’): a comma, or "and", "or", "but" or "yet", never a verb or a noun after
#: a subject (‘“Phishing emails are rising”’).
#:
#: >>> [bool(RE_VERDICT_JOIN.match(t)) for t in (" and politically driven", ", cruel", " emails are rising")]
#: [True, True, False]
RE_VERDICT_JOIN = re.compile(r"(?:,[ \t]|[ \t]+(?:and|or|but|yet)[ \t])")


def _verdict_listed(text: str, body: Span, n: int) -> bool:
    """A headline's verdict of ``n`` words that the body's quotation opens with inside a sentence,
    joined to more (:data:`RE_VERDICT_JOIN`; ‘Union calls charges ‘premature’’ / ‘called the
    indictment “premature and politically driven”’): the verdict cut short, never a subject the
    quotation talks about (‘“Phishing emails are rising,” he said’ opens its own sentence)."""
    lead = text[body.para_start:body.open_at].rstrip()
    if not lead or not (lead[-1].isalpha() and lead[-1].islower()):
        return False
    words = list(RE_WORDS.finditer(text, body.start, body.end))
    after = text[body.close_end:body.close_end + 2] if body.close_end is not None else ""
    return len(words) > n and RE_VERDICT_JOIN.match(text, words[n - 1].end(), body.end) is not None \
        and not (text[body.end - 1].isalpha() and after[:1] == " " and after[1:].islower())  # (never a term before its noun: ‘“phishing and smishing” scams’)


#: The last word of a body's lead that makes the quotation after it a judgment of something, its
#: complement (‘described the plan as “ugly, …”’, ‘staffing is “unsafe on a daily basis”’).
#:
#: >>> sorted(VERDICT_PREDICATE_LEADS & set("described the talks as".split()))
#: ['as']
VERDICT_PREDICATE_LEADS = frozenset("as is was are were be been remains remained became".split())

#: What may go on from a verdict's words in the body's quotation after a predicate lead: a join
#: (:data:`RE_VERDICT_JOIN`) or a preposition, never a noun the words would name (‘“zombie estates”’).
#:
#: >>> [bool(RE_VERDICT_GOES_ON.match(t)) for t in (" from start to finish", " on a daily basis", ", oversized", " estates across")]
#: [True, True, True, False]
RE_VERDICT_GOES_ON = re.compile(RE_VERDICT_JOIN.pattern + r"|[ \t]+(?:on|in|at|from|to|for|by|beyond|with|without|throughout)[ \t]")


#: Words that a speaker's words cut short hold and a term seldom does; "t" is the tail of a negative
#: contraction as :data:`RE_WORDS` splits it (‘‘doesn’t cover costs’’: a verb phrase denied, never a term).
#:
#: >>> sorted(SPEECH_FUNCTION_WORDS & set(RE_WORDS.findall("doesn’t cover costs")))
#: ['t']
SPEECH_FUNCTION_WORDS = frozenset("""a an the to of for with at in on by from into we i you they he she it our
my your their us me them is are was were be been will would can not no never all t""".split())


def _titled_or_leading(text: str, body: Span, words: list[str]) -> bool:
    """The headline's words in the body's quotation in Title Case (‘to screen The Last Harvest’),
    or opening it as what it talks about (‘“A quiet war was never meant …”’) with no pronoun."""
    orig = RE_WORDS.findall(text[body.start:body.end])
    low = [w.lower() for w in orig]
    n = len(words)
    for k in range(len(low) - n + 1):
        if low[k:k + n] == words:
            seg = orig[k:k + n]
            if k > 0 and sum(w[:1].isupper() for w in seg) >= 2 and all(
                    w[:1].isupper() for w in seg if w.lower() not in ("a", "an", "the", "of", "and")):
                return True
            if k == 0 and not set(words) & SPEAKER_VOICE_PRONOUNS:
                return True
    return False


#: Verbs of saying a headline names its source with, before or after it (:data:`RE_HEADLINE_SAYS`,
#: :data:`RE_HEADLINE_SOURCE_SAYS`), each adding its own.
HEADLINE_SAYING_VERBS = "says|say|warns|warn|claims|claim|insists|admits"


#: A headline that ends naming who says its words, the cue first: ‘‘Time to act’ on obesity, says health
#: chief’, ‘‘Devastating’ floods leave thousands homeless, says aid agency’ (a headline's single-marked
#: words are its source's).
RE_HEADLINE_SAYS = re.compile(r"(?:,|’|') ?(?:" + HEADLINE_SAYING_VERBS + r"|tells|vows) "
                              r"(?:[A-Za-z][\w’'\-]*\.? ?){1,5}$")

#: The comma before a headline's source named last: its own, or the quotation's inside the closing
#: mark (‘‘No one should go back yet,’ governor warns’); a match starts at the comma, or at the space
#: after the closing mark.
HEADLINE_SOURCE_COMMA = r"(?:,|(?<=,[’'\"”])) "

#: A headline that ends naming who says its words, the cue last, as wire services write it after a
#: comma: ‘Strike to cost ‘hundreds of millions’ a week, CFO says’, ‘Rates to stay ‘higher for longer’,
#: central bank warns’ (a short source of one to four words, then the verb, ending the line), or after the
#: quotation's own comma (‘‘This one is different,’ fire official says’).
#:
#: >>> [bool(RE_HEADLINE_SOURCE_SAYS.search(t)) for t in (" a week, CFO says", ", central bank warns", " says CFO", " a week, says")]
#: [True, True, False, False]
#: >>> [bool(RE_HEADLINE_SOURCE_SAYS.search(t, 11)) for t in ("‘It burns,’ fire chief says", "‘It burns’ chief says")]
#: [True, False]
RE_HEADLINE_SOURCE_SAYS = re.compile(HEADLINE_SOURCE_COMMA + r"(?:[A-Za-z][\w’'\-]*\.? ){1,4}"
                                     r"(?:" + HEADLINE_SAYING_VERBS + r"|writes)[ \t]*$")


#: A headline that ends naming where its words were heard or found, after a comma, rather than who
#: said them: ‘…, jury told’, ‘…, court hears’, ‘…, inquiry finds’, ‘…, bouncer tells court’. The words in
#: marks before it are a speaker's the body names when a quotation of the body says them again
#: (:func:`_source_words`); the hearer or the finder is no speaker of its own (w76b).
#:
#: >>> [bool(RE_HEADLINE_HEARD_LAST.search(t)) for t in (", jury told", ", inquest hears", ", report finds",
#: ...                                                    ", bouncer tells court", ", she told", " jury told")]
#: [True, True, True, True, False, False]
RE_HEADLINE_HEARD_LAST = re.compile(HEADLINE_SOURCE_COMMA + r"(?:[A-Za-z][\w’'\-]*\.? ){0,3}"
                                    r"(?:(?:jury|court|inquest|inquiry|tribunal|hearing|"
                                    r"MPs|MSPs|senators|committee|council|panel) (?:told|hears|heard)|(?:report|review|"
                                    r"inquiry|investigation|study|survey|audit|probe|inquest) (?:finds|found)|"
                                    r"tells? (?:court|jury|inquest|inquiry|tribunal|hearing|MPs|committee))[ \t]*$")


#: Words that make the words before a headline's ‘, X says’ no source's: a clause's words (‘, and what
#: it says’, ‘, whatever TikTok says’), a pronoun (‘, he says’) left to other rules (review rv65h).
#:
#: >>> "whatever" in SOURCE_LAST_STOPS, "he" in SOURCE_LAST_STOPS, "cfo" in SOURCE_LAST_STOPS
#: (True, True, False)
SOURCE_LAST_STOPS = frozenset("and or but what how why which who whom whose that this it if as when where whatever "
                              "however whoever he she they we i you".split())

#: A verb of calling right before a headline's words in marks: the words are that clause's subject's,
#: never the source named last (‘Hotel guests called staff ‘rude’, review site says’; review rv65h).
#:
#: >>> bool(RE_CALLED_BEFORE.search("Hotel guests called staff ")), bool(RE_CALLED_BEFORE.search("Strike to cost "))
#: (True, False)
RE_CALLED_BEFORE = re.compile(r"\b(?:called|calls|call|calling|branded|brands|dubbed|labelled|labeled|described as)"
                              r"(?:[ \t]+[\w’'\-]+){0,3}[ \t]+$", re.I)


def headline_source_last(text: str, sp: Span) -> re.Match | None:
    """The match of :data:`RE_HEADLINE_SOURCE_SAYS` after a headline's ``sp`` when its words are a
    source's: never a capitalised word in marks (a title, a nickname, a coined term opening the line:
    ‘‘Hamlet’ tickets sold out, theatre says’, ‘‘Iron’ Mike Tallis to fight again, promoter says’) but
    a sentence ending in its own comma (:func:`_sayable`: ‘‘This one is different,’ fire official says’), nor
    words another called someone (:data:`RE_CALLED_BEFORE`), nor a clause's or a pronoun's ‘says’
    (:data:`SOURCE_LAST_STOPS`; review rv65h).

    >>> t = "Strike to cost ‘hundreds of millions’ a week, CFO says"
    >>> bool(headline_source_last(t, Span(16, 35, 15, 36, 0, 0, len(t))))
    True
    >>> t = "How ‘quiet quitting’ took hold, and what it says"
    >>> headline_source_last(t, Span(5, 19, 4, 20, 0, 0, len(t))) is None
    True
    >>> t = "Fire grows; ‘This one is different,’ official says"
    >>> bool(headline_source_last(t, Span(13, 35, 12, 36, 0, 0, len(t))))
    True
    """
    if sp.close_end is None:
        return None
    says = RE_HEADLINE_SOURCE_SAYS.search(text, sp.close_end, sp.para_end)
    own_comma = text[sp.end - 1:sp.end] == "," and _sayable(text, sp)  # (a sentence's, never a title's)
    if says is None or (text[sp.start:sp.start + 1].isupper() and not own_comma) \
            or RE_CALLED_BEFORE.search(text[sp.para_start:sp.open_at]) is not None \
            or set(RE_WORDS.findall(text[says.start():says.end()].lower())) & SOURCE_LAST_STOPS:
        return None
    return says


#: A colon or a dash and the blanks after it, between a headline's words in marks and a label after them.
HEADLINE_LABEL_MARK = r"[ \t]*(?::|[—–-](?=[ \t]))[ \t]+"

#: What follows a headline's opening words in marks to say whose they are: a colon or a dash, then
#: a capitalised word (‘‘Congress has insulted farmers’: Reddy at Warangal rally’, ‘‘We were never
#: told’ – Families demand answers’).
RE_HEADLINE_LABEL_AFTER = re.compile(HEADLINE_LABEL_MARK + "[A-Z]")

#: The fewest words a headline's opening quotation has (never a title: ‘‘Succession’: the finale’).
HEADLINE_OPENING_WORDS = 3

#: What follows a headline's opening words in marks when the label after them is in lower case, as
#: British and Australian papers write it (‘‘I stole from my own mother’: one man's road back’).
#:
#: >>> bool(RE_HEADLINE_LOWER_LABEL_AFTER.match(": one man's road back")), RE_HEADLINE_LOWER_LABEL_AFTER.match(": Reddy at rally") is None
#: (True, True)
RE_HEADLINE_LOWER_LABEL_AFTER = re.compile(HEADLINE_LABEL_MARK + "[a-z]")

#: A word that makes words in marks a clause someone said, never a term or a slogan: a first- or
#: second-person word, a finite auxiliary or a contraction (‘‘We filmed it’’, ‘‘Rents have tripled’’,
#: ‘‘It’s over’’; never ‘‘Buy now, pay later’’ nor ‘‘Forever chemicals’’).
#:
#: >>> [bool(RE_CLAUSE_WORD.search(s)) for s in ("Rents have tripled", "It’s the end", "Buy now, pay later")]
#: [True, True, False]
RE_CLAUSE_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(FIRST_PERSON_WORDS)) + r"|is|are|was|were|has|have|had|will|would"
                            r"|can|could|must|should|shall|did|does)\b|n[’']t\b|[’'](?:re|m|ve|ll)\b|\b(?:it|that|there|he|she)[’']s\b")


def _sayable(text: str, sp: Span) -> bool:
    """Words in a headline's marks that may be someone's: three at least, one of them a lower-case
    word of more than three letters (never a title: ‘‘Succession’: the finale’)."""
    words = text[sp.start:sp.end].split()
    return len(words) >= HEADLINE_OPENING_WORDS and any(w[:1].islower() and len(w.strip(",.!?")) > 3 for w in words) \
        and not _title_cased(words)  # (never a title: ‘‘Notes from a Cold Island,’ novelist writes’, review rv123j)


def said_clause(text: str, sp: Span) -> bool:
    """Words in a headline's marks that are a clause someone said (:func:`_sayable`, with a word of
    :data:`RE_CLAUSE_WORD`): the speaker's own sentence, never a term, a slogan or a title.

    >>> t = "‘Complaints have tripled’ – the ombudsman on her year"
    >>> said_clause(t, Span(1, 24, 0, 25, 0, 0, len(t)))
    True
    >>> t = "‘Buy now, pay later’: the hidden costs"
    >>> said_clause(t, Span(1, 19, 0, 20, 0, 0, len(t)))
    False
    """
    return _sayable(text, sp) and RE_CLAUSE_WORD.search(text, sp.start, sp.end) is not None


def _title_cased(words: list[str]) -> bool:
    """(guard) Words in marks, two at least, that open on a capital and whose every later word of weight is
    capitalised too, as a name or a work's title is (‘Red Meridian’, ‘Justice for Tiana’), never a speaker's
    words cut short (‘serious failings’) nor a sentence opening on its capital (‘Depart to where?’).

    >>> _title_cased(["Justice", "for", "Tiana"]), _title_cased(["serious", "failings"]), _title_cased(["Depart", "to", "where"])
    (True, False, False)
    """
    weighty = [w for w in words[1:] if w.lower() not in FUNCTION_WORDS]
    return bool(weighty) and words[0][:1].isupper() and all(w[:1].isupper() for w in weighty)


#: A headline's subject after its first letter, up to seven words, then its speech verb (the two patterns below).
_HEADLINE_SAYS_REST = r"[\w’'\-]*(?: [\w’'\-.]+){0,6}? (?:says|warns|vows|insists|claims|admits) "

#: A headline's subject and its speech verb before words in single marks, as Australian and New
#: Zealand papers write whose words a headline gives: ‘Premier says rail link 'will be built' despite
#: blowout’, ‘Mayor vows council will 'never sell the port'’.
#:
#: >>> bool(RE_HEADLINE_SAYS_BEFORE.match("Premier says rail link ")), bool(RE_HEADLINE_SAYS_BEFORE.match("union says decision "))
#: (True, False)
RE_HEADLINE_SAYS_BEFORE = re.compile(r"[A-Z]" + _HEADLINE_SAYS_REST)

#: The same subject and verb opening a headline's second clause, after a semicolon, where sentence
#: case leaves its first word in lower case (‘Factory to close; union says decision 'a betrayal'’,
#: ‘Bank fined; regulator warns of 'serious failings'’).
#:
#: >>> bool(RE_HEADLINE_CLAUSE_SAYS_BEFORE.match("union says decision ")), bool(RE_HEADLINE_CLAUSE_SAYS_BEFORE.match("union decision "))
#: (True, False)
RE_HEADLINE_CLAUSE_SAYS_BEFORE = re.compile(r"[A-Za-z]" + _HEADLINE_SAYS_REST)


#: After a headline's words in single marks right after its verb, a lower-case word that goes on
#: with them as a noun phrase's verb or noun (‘Doctor says 'long COVID clinics' failing patients’,
#: ‘Council says 'park and ride' scheme to end’): the words are a term, never the subject's own; a
#: linking word after them (‘before’, ‘as’, ‘despite’) leaves them a quotation.
RE_TERM_AS_SUBJECT = re.compile(r"[ \t]+(?!(?:before|after|as|despite|amid|over|for|in|on|at|to|with|but|and|or|"
                                r"ahead|while|if|until|when|against|from|by|again|says|say|vows|warns|following|tonight|today|tomorrow|now|"
                                r"this|next|soon|once|because|since|though|although|unless|even|so|yet|within|without|"
                                r"under|during|through|across)\b)[a-z]")


def _judged_in_a_word(text: str, sp: Span, verb_end: int) -> bool:
    """A word or two in a headline's single marks that end its line, after the verb and the thing
    they judge: the speaker's verdict on it (‘Minister says decision 'unavoidable'’, ‘Coach says
    defeat 'embarrassing'’), never a term right after the verb (‘Council says 'park and ride' …’).
    Lower-case words only (never a title: ‘Critic says finale 'Succession'’)."""
    words = text[sp.start:sp.end].split()
    return verb_end < sp.open_at and 0 < len(words) <= 2 and all(w.isalpha() and w.islower() for w in words) \
        and not text[sp.close_end:sp.para_end].strip()
