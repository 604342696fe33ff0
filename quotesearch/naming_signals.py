"""Signals in a quotation's own sentence that its words are a name, a term, a gloss or a slogan, no one's
speech: a naming verb right before the marks (‘renamed “Lady”’, ‘known to the staff as “the Admiral”’,
‘voted to name her “Scout”’), a term's noun (‘the word “jobs”’, ‘the Filipino phrase for “…”’), a
translation set off by a dash after other words in marks (‘“Tama o le Sami” — “Son of the Sea” —’), and a
sign's words listed or glossed (‘placards reading “…” and “…”’) (w90e).

Every test reads only the few dozen characters before the opening mark or after the closing one.
"""

from __future__ import annotations

from quotesearch.cues import read_on_sign
from quotesearch.lexicon import LazyPattern
from quotesearch.quote_spans import Span
from quotesearch.speech_words import CALL_VERBS, SPEECH_VERBS

#: How far before the opening mark a naming signal is looked for (the signal ends at the mark).
NAMING_REACH = 90

#: A naming verb or a term's noun that ends right before the opening mark, in the same clause: the words
#: in marks are a name or a term (‘has been renamed ’, ‘voted to name her ’, ‘nicknamed ’, ‘christened
#: the ’, ‘known to generations of staff as ’, ‘a trend the industry refers to as ’, ‘wary of the word ’,
#: ‘the Filipino phrase for ’, ‘given the title ’, ‘classified as ’), and the next name of a list of them
#: (‘known to the family as “Ros” and to the staff as ’). Never a verb of speech before "the
#: word" (‘she said the word ’, ‘used the word ’: someone's words), nor "called" (its own rules decide).
#:
#: >>> [RE_NAMING_BEFORE.search(t) is not None for t in ("where she has been renamed ", "voted to name her ",
#: ...     "Known to the royal family as “Ros” and to generations of palace staff as ", "a trend the industry refers to as ")]
#: [True, True, True, True]
#: >>> [RE_NAMING_BEFORE.search(t) is not None for t in ("should be wary of the word ", "using the Filipino phrase for ",
#: ...     "was formally given the title ", "a breed classified as ")]
#: [True, True, True, True]
#: >>> [RE_NAMING_BEFORE.search(t) is not None for t in ("She said the word ", "he used the word ", "She said ",
#: ...     "the minister named the plan as ", "known for his ", "known to say ", "posted it with the words: ",
#: ...     "Rep. Lucero called the term ", "attacked what he referred to as ")]
#: [False, False, False, False, False, False, False, False, False]
RE_NAMING_BEFORE = LazyPattern(
    r"(?i)(?:\b(?:re-?named|renaming|renames|rechristened|christened|nicknamed|(?:vote[ds]?|decided|chose|want(?:ed)?) to (?:re)?name"
    r"(?: (?:him|her|it|them|the [\p{Ll}\-]+))?"
    r"|(?:known|(?<!\b(?:he|she|they|we|I|you|who) )(?:referred to|refers? to|referring to)|classified|categori[sz]ed|designated) (?:to (?!say\b)[^“”\"‘’.;:!?\n]{1,60}? )?as"
    r"(?: [“\"‘][^”\"’\n]{1,40}[”\"’],? (?:and|or) (?:to (?!say\b)[^“”\"‘’.;:!?\n]{1,60}? )?as)?"
    r"|(?<!\b(?:said|says|say|saying|used|uses|use|using|uttered|utters|shouted|shouts|yelled|whispered|repeated|repeats|wrote|writes|spoke"
    r"|called|calls|call|calling|described|describes|branded|labelled|labeled|deemed|use of|at|that"
    r"|like|likes|liked|dislike|dislikes|disliked|prefer|prefers|preferred|hate|hates|hated|love|loves|loved|hear|hears|heard"
    r"|mention|mentions|mentioned|invoke|invokes|invoked) )"
    r"(?<=\b(?:of|about|on|over|behind|from|in|under|by|coined|coins|treat|treats|treated|avoid|avoids|avoided|ban|bans|banned"
    r"|drop|drops|dropped|adopted|trademarked) )"
    r"the (?:word|term|phrase|expression|slogan|motto|nickname|title|name)"
    r"|(?:phrase|word|term|expression|slang) for"
    r"|(?:given|granted|awarded|bestowed|gave) (?:him |her |them )?(?:the|a) (?:title|name|nickname|honorific)"
    r")(?: (?:the|a|an))? ?)$")

#: A dash between two quotations, right before the second's opening mark (‘“Een koning kies je niet” — ’):
#: the second may be the first's translation.
#:
#: >>> RE_DASH_AFTER_QUOTE.search("a banner reading “Een koning kies je niet” — ") is not None
#: True
#: >>> RE_DASH_AFTER_QUOTE.search("he said — ") is None
#: True
RE_DASH_AFTER_QUOTE = LazyPattern(r"[”\"’] ?[—–] ?$")

#: What may follow a gloss set off by a dash: another dash, or the end of the clause or sentence (‘ — to
#: applause’, ‘”.’, ‘”,’), never a cue (‘” — he said’ is matched as a dash; the cue after it is looked for
#: apart: :data:`RE_CUE_AFTER_GLOSS`).
#:
#: >>> [RE_GLOSS_END.match(t) is not None for t in (" — to applause", ". The group", ", which", " said")]
#: [True, True, True, False]
RE_GLOSS_END = LazyPattern(r" ?[—–]|[.,;)]|\s*$")

#: A verb of speech right after a gloss's end (‘” — she said’, ‘”, he added’): the words are speech.
#:
#: >>> RE_CUE_AFTER_GLOSS.match(", he said") is not None, RE_CUE_AFTER_GLOSS.match(" — to applause") is None
#: (True, True)
RE_CUE_AFTER_GLOSS = LazyPattern(r"[,.]? ?[—–]? ?(?:\p{Lu}[\p{L}.\-]* )?(?:\p{Ll}+ ){0,3}?(?:said|says|added|adds|told|tells|"
                                 r"asked|replied|wrote|shouted|explained)\b")

#: A sign's words followed by another's in marks (‘placards reading “…” and “…”’, ‘a banner reading “…” —
#: “…”’): slogans listed or glossed, no one's speech.
#:
#: >>> RE_SLOGAN_LISTED_AFTER.match(" and “Ships") is not None, RE_SLOGAN_LISTED_AFTER.match(" — “You") is not None
#: (True, True)
#: >>> RE_SLOGAN_LISTED_AFTER.match(" and the mood") is None
#: True
RE_SLOGAN_LISTED_AFTER = LazyPattern(r",? (?:and|or|[—–]) [“\"‘]")

#: Most words a name, a term or a gloss caught by these signals may have.
NAMING_MAX_WORDS = 8


#: Words one of which (in lower case) every match of :data:`RE_NAMING_BEFORE` holds: a cheap test before
#: its search, which tries its look-behinds at every character of the clause.
NAMING_KEYS = ("nam", "christen", "known", "refer", "classified", "categori", "designated", "word", "term",
               "phrase", "expression", "slogan", "motto", "title", "slang", "honorific")

#: Letters that match an ASCII letter of :data:`RE_NAMING_BEFORE` when case is ignored but that ``str.lower``
#: does not map to it (the long s, the Kelvin sign, the Turkish dotted and dotless i): with any of them the
#: search is run anyway.
ODD_CASE_LETTERS = frozenset("\u017f\u212a\u0130\u0131")


def _may_name(before: str) -> bool:
    """Whether :data:`RE_NAMING_BEFORE` may match ``before``: one of :data:`NAMING_KEYS` is in it (or a
    letter of :data:`ODD_CASE_LETTERS`).

    >>> _may_name("where she has been renamed "), _may_name("She said "), _may_name("wary of the Word ")
    (True, False, True)
    """
    low = before.lower()
    for key in NAMING_KEYS:
        if key in low:
            return True
    return not before.isascii() and not ODD_CASE_LETTERS.isdisjoint(before)


def _clause_before(text: str, sp: Span) -> str:
    """The text of the quotation's sentence before its opening mark, NAMING_REACH characters at most."""
    lo = max(sp.para_start, sp.open_at - NAMING_REACH)
    before = text[lo:sp.open_at]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    return before[cut + 2:] if cut >= 0 else before


def named_by_signal(text: str, sp: Span, content: str) -> bool:
    """The words are a name or a term that a naming verb or a term's noun right before them says
    (:data:`RE_NAMING_BEFORE`): no one's words.

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'The pup has been renamed “Lady” by her new family.'
    >>> u = 'She said the word “enough” twice.'
    >>> named_by_signal(t, sp_of(t), "Lady"), named_by_signal(u, sp_of(u), "enough")
    (True, False)
    """
    if not 1 <= len(content.split()) <= NAMING_MAX_WORDS or text[sp.open_at - 1:sp.open_at] not in (" ", "", "\n"):
        return False  # (the cheap tests first: a long quotation, or marks glued to a word)
    before = _clause_before(text, sp)
    if not _may_name(before):
        return False  # (no naming verb's nor term's noun in the clause at all: the long search cannot match)
    m = RE_NAMING_BEFORE.search(before)
    if m is None or RE_WHAT_REFERRED.search(before) is not None:
        return False  # (‘what the chancellor referred to as “…”’: the subject's own words)
    if sp.close_end is not None and speech_cue_after(text, sp.close_end):
        return False  # (‘Asked about the word, “…,” said Councillor Y’, ‘“…” a tearful X told’: speech)
    if sp.close_end is not None and RE_SPOKEN_AFTER.match(text, sp.close_end) is not None:
        return False  # (‘the phrase “tax reform” was uttered once, by Mr. Cruz’: someone's words)
    if content[:1].isupper() and RE_CLASSED_AS.search(m.group(0)) is not None:
        return False  # (‘designated as “Confidential,”’: a document's own marking, quoted from it)
    return True


#: "what <subject> refers to as" right before the marks (‘what the chancellor referred to as ’): the
#: subject's own words, reported, whoever the subject is.
#:
#: >>> RE_WHAT_REFERRED.search("questioned what the chancellor referred to as ") is not None
#: True
RE_WHAT_REFERRED = LazyPattern(r"(?i)\bwhat (?:[^\s“”\"]+ ){1,5}?(?:referred|refers?|referring) to as (?:the |a |an )?$")

#: Right after a closing mark: a comma, a dash or a subject of up to four words (‘, said’, ‘ — she
#: insisted’, ‘ a tearful Lena told’), then a word (checked against the speech verbs).
RE_WORD_AFTER_MARK = LazyPattern(r"([,.!?]? ?[—–] ?|[,.!?] ?| )((?:a|an|the|he|she|they|we|I|\p{Lu}[\p{L}.\-’']*)"
                                 r"(?: [\p{L}.\-’']+){0,3}? )?(\p{Ll}+)\b")


def speech_cue_after(text: str, close_end: int) -> bool:
    """A verb of speech (the package's lexicon) right after the closing mark, after a comma or a dash or
    a short subject (‘”, said X’, ‘” — she insisted’, ‘” a tearful X told’): the words are speech.

    >>> [speech_cue_after(t, 1) for t in ("”, said Jo", "” — she insisted", "” Kevin told", "” was coined", "” suggests a")]
    [True, True, True, False, False]
    """
    m = RE_WORD_AFTER_MARK.match(text, close_end)
    if m is None or m.group(3) not in SPEECH_VERBS:
        return False
    return m.group(1).strip() != "" or m.group(2) is not None


#: A passive verb of speech right after the closing mark (‘” was uttered once, by Mr. Cruz’, ‘” was
#: mentioned on the network by anchors’): the term is quoted as someone's words.
#:
#: >>> [RE_SPOKEN_AFTER.match(t) is not None for t in (" was uttered once", " was mentioned on the network", ", was used by him")]
#: [True, True, True]
#: >>> [RE_SPOKEN_AFTER.match(t) is not None for t in (" is used to refer to", " was coined in 1992", " by her new family")]
#: [False, False, False]
RE_SPOKEN_AFTER = LazyPattern(r"[,.]? ?(?:was|were|is|are|has been|have been|had been|gets|got|being) (?:\p{Ll}+ )?"
                              r"(?:uttered|mentioned|said|spoken|shouted|chanted|repeated|heard|invoked|used (?:[\p{L}.]+ ){0,4}?by)\b")

#: A verb of classing right before the marks (‘were designated as ’, ‘classified as ’): with a capitalised
#: word in marks it is a document's own marking (‘“Confidential”’), quoted, so left to the other rules.
RE_CLASSED_AS = LazyPattern(r"(?i)\b(?:classified|categori[sz]ed|designated)\b")


def dash_gloss(text: str, sp: Span, content: str) -> bool:
    """The words are a translation of the words in marks before them, set off by a dash
    (‘“Tama o le Sami” — “Son of the Sea” — to applause’): a gloss, no one's words, unless a verb of
    speech follows.

    >>> def sp_of(t, i): o = t.index("“", i); c = t.index("”", o); return Span(o + 1, c, o, c + 1, 0, 0, len(t))
    >>> t = 'He was given the title “Tama o le Sami” — “Son of the Sea” — to applause.'
    >>> u = '“Go home” — “Go now,” he said.'
    >>> dash_gloss(t, sp_of(t, 30), "Son of the Sea"), dash_gloss(u, sp_of(u, 5), "Go now,")
    (True, False)
    """
    if sp.close_end is None or not 1 <= len(content.split()) <= NAMING_MAX_WORDS \
            or RE_DASH_AFTER_QUOTE.search(text, max(sp.para_start, sp.open_at - 4), sp.open_at) is None:
        return False
    prev_open = max(text.rfind("“", sp.para_start, sp.open_at - 3), text.rfind("\"", sp.para_start, sp.open_at - 3))
    if prev_open < 0 or len(text[prev_open:sp.open_at].split()) > NAMING_MAX_WORDS + 1:
        return False  # (the words before must be short too: a term and its translation)
    if _shares_word(text[prev_open:sp.open_at], content) or _cue_or_colon_before(text, sp.para_start, prev_open):
        return False  # (‘had two words: “Shocking” — “absolutely shocking.”’: the first is speech, the second repeats it)
    return RE_GLOSS_END.match(text, sp.close_end) is not None and RE_CUE_AFTER_GLOSS.match(text, sp.close_end) is None \
        and not speech_cue_after(text, sp.close_end)


def _shares_word(first: str, second: str) -> bool:
    """Every word of the first quotation comes again in the second (‘“I'm fine” — “honestly, I'm fine”’,
    ‘“Shocking” — “absolutely shocking.”’): a repetition, no translation (a cognate or two, ‘“Wir sind kein
    Zoo” — “We are not a zoo”’, is not enough).

    >>> _shares_word("“I'm fine” — ", "honestly, I'm fine"), _shares_word("“Wir sind kein Zoo” — ", "We are not a zoo")
    (True, False)
    """
    words = {w.lower() for w in RE_GLOSS_WORD.findall(first)}
    again = {w.lower() for w in RE_GLOSS_WORD.findall(second)}
    return bool(words) and words <= again


#: A word of a quotation, apostrophes kept (‘Pip’s’): the words a gloss is checked against the first
#: quotation's by.
#:
#: >>> RE_GLOSS_WORD.findall("Pip’s shocking — “absolutely”")
#: ['Pip’s', 'shocking', 'absolutely']
RE_GLOSS_WORD = LazyPattern(r"\p{L}[\p{L}'’]*")

#: A colon or a verb of speech right before a quotation's opening mark (‘had two words: ’, ‘she said ’).
RE_LAST_WORD_BEFORE = LazyPattern(r"(?:(:)|(\p{L}+),?) ?$")


def _cue_or_colon_before(text: str, lo: int, open_at: int) -> bool:
    """A colon or a verb of speech right before the opening mark at open_at, no sign's reading (‘a banner
    reading ’): the quotation is speech."""
    m = RE_LAST_WORD_BEFORE.search(text, max(lo, open_at - 40), open_at)
    return m is not None and (m.group(1) is not None or (m.group(2) or "").lower() in SPEECH_VERBS) \
        and not read_on_sign(text, lo, open_at)


#: A slogan's closing mark and "and" or "or" right before the next one's opening mark (‘reading “…” and ’):
#: the second of a sign's listed slogans.
#:
#: >>> RE_SLOGAN_LISTED_BEFORE.search("banners reading “Rooms not profits” and ") is not None
#: True
#: >>> RE_SLOGAN_LISTED_BEFORE.search("banners reading “Rooms not profits”, she said, and ") is None
#: True
RE_SLOGAN_LISTED_BEFORE = LazyPattern(r"[”\"’],? (?:and|or) $")


def slogan_listed(text: str, sp: Span) -> bool:
    """The words are what a sign reads, with another slogan or its translation in marks right after
    (:data:`RE_SLOGAN_LISTED_AFTER`), or the second of two a sign reads (‘banners reading “Rooms not
    profits” and “Students are not cash cows”’, w93a): slogans, no one's speech.

    >>> t = 'Marchers carried banners reading "Homes first" and "No more evictions".'
    >>> o = t.rindex(' "') + 1
    >>> slogan_listed(t, Span(o + 1, t.rindex('"'), o, t.rindex('"') + 1, 0, 0, len(t)))
    True
    >>> t = 'She said "Homes first" and "No more evictions".'
    >>> o = t.rindex(' "') + 1
    >>> slogan_listed(t, Span(o + 1, t.rindex('"'), o, t.rindex('"') + 1, 0, 0, len(t)))
    False
    """
    if sp.close_end is not None and RE_SLOGAN_LISTED_AFTER.match(text, sp.close_end) is not None \
            and read_on_sign(text, sp.para_start, sp.open_at):
        return True
    before = RE_SLOGAN_LISTED_BEFORE.search(text, max(sp.para_start, sp.open_at - 8), sp.open_at)
    if before is None:
        return False  # (most quotations: no slogan's closing mark right before)
    prev_open = max(text.rfind(m, sp.para_start, before.start()) for m in "“\"‘")
    return prev_open >= 0 and read_on_sign(text, sp.para_start, prev_open)


#: A craft's noun right before the marks, with a service's prefix perhaps (‘the coastguard vessel KV ’,
#: ‘A new 150-seat catamaran, ’): the capitalised words in marks are the craft's name, no one's words.
#:
#: >>> [RE_CRAFT_BEFORE.search(t) is not None for t in ("the coastguard vessel KV ", "A new 150-seat catamaran, ",
#: ...     "the factory trawler ")]
#: [True, True, True]
#: >>> [RE_CRAFT_BEFORE.search(t) is not None for t in ("the captain radioed the vessel: ", "She said ", "shipping ")]
#: [False, False, False]
RE_CRAFT_BEFORE = LazyPattern(r"(?:(\p{L}+) )?\b(?i:the|a|an|its|his|her|their|our|this|that)(?: [\p{L}\d\-]+){0,3}? "
                              r"(?:vessel|ship|trawler|ferry|catamaran|tug|tugboat|tanker|freighter|yacht|lifeboat|cutter|"
                              r"frigate|destroyer|submarine|liner|barge|schooner|dredger|icebreaker|dhow|trimaran)"
                              r"(?: \p{Lu}{2,4})?,? $")

#: The craft's nouns of :data:`RE_CRAFT_BEFORE` (as written there, in lower case), one of which every
#: match holds: a cheap test before its search.
CRAFT_NOUNS = ("vessel", "ship", "trawler", "ferry", "catamaran", "tug", "tanker", "freighter", "yacht", "lifeboat",
               "cutter", "frigate", "destroyer", "submarine", "liner", "barge", "schooner", "dredger", "icebreaker",
               "dhow", "trimaran")

#: A law's or a rule's noun, whose clause makes a word of status a legal category (‘Under the Act, dogs
#: declared ’, ‘Under the new rules, officers can declare a dog ’).
#:
#: >>> RE_LAW_CLAUSE.search("Under the Domestic Animals Act, dogs declared ") is not None
#: True
#: >>> RE_LAW_CLAUSE.search("The mayor declared the plan ") is None
#: True
RE_LAW_CLAUSE = LazyPattern(r"\b(?:Act|[Ll]aws?|rules|ordinance|regulations|legislation|bylaws?|by-laws?|statute|code)\b")

#: A verb of declaring a status right before the marks, with its object perhaps (‘dogs declared ’, ‘can
#: declare a dog ’, ‘animals classed as ’): with :data:`RE_LAW_CLAUSE` the words are a legal category.
#:
#: >>> [RE_STATUS_DECLARED_BEFORE.search(t) is not None for t in ("dogs declared ", "can declare a dog ", "breeds classed as ")]
#: [True, True, True]
#: >>> RE_STATUS_DECLARED_BEFORE.search("officers said ") is None
#: True
RE_STATUS_DECLARED_BEFORE = LazyPattern(r"\b(?:declared?|declares|declaring|deemed?|classed|designated?|designates)"
                                        r"(?: (?:a|an|the|any|such) [\p{Ll}\-]+)?(?: as)? $")


def craft_named(text: str, sp: Span, content: str) -> bool:
    """The capitalised words in marks are a craft's name, its noun right before them
    (:data:`RE_CRAFT_BEFORE`): ‘the coastguard vessel KV “Malangen”’.

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'A new ferry, “Sea Lark”, starts in May.'
    >>> u = 'He radioed the vessel, “Turn back now.”'
    >>> craft_named(t, sp_of(t), "Sea Lark"), craft_named(u, sp_of(u), "Turn back now.")
    (True, False)
    """
    words = content.split()
    if not (1 <= len(words) <= 4 and content[-1:].isalnum() and all(w[:1].isupper() or w in ("of", "the", "de", "van") for w in words)) \
            or any(ch in content for ch in ",;:!?"):
        return False
    lo = max(sp.para_start, sp.open_at - 60)
    near = text[lo:sp.open_at]
    if not any(noun in near for noun in CRAFT_NOUNS):
        return False  # (no craft's noun before the marks at all: the cheap test first)
    m = RE_CRAFT_BEFORE.search(text, lo, sp.open_at)
    if m is None:
        return False
    verb = (m.group(1) or "").lower()
    return verb != "to" and verb not in SPEECH_VERBS and verb not in CALL_VERBS  # (‘radioed the lifeboat, “Mayday”’, ‘yelled to the tug “Stop”’)


def status_declared(text: str, sp: Span, content: str) -> bool:
    """A word of status in lower case that a law's clause declares (‘Under the Act, dogs declared
    “dangerous” must …’): a legal category, no one's words.

    >>> def sp_of(t): return Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> t = 'Under the new rules, officers can declare a dog “potentially dangerous” after one bite.'
    >>> u = 'The mayor declared the plan “dangerous” on Monday.'
    >>> status_declared(t, sp_of(t), "potentially dangerous"), status_declared(u, sp_of(u), "dangerous")
    (True, False)
    """
    if not 1 <= len(content.split()) <= 3 or not content[:1].islower() or not content[-1:].isalpha():
        return False
    before = _clause_before(text, sp)
    if "decl" not in before and "deem" not in before and "classed" not in before and "designat" not in before:
        return False  # (no verb of declaring at all: the cheap test first)
    return RE_STATUS_DECLARED_BEFORE.search(before) is not None and RE_LAW_CLAUSE.search(before) is not None \
        and RE_REPORTED_FRAME.search(before) is None and RE_NAMED_DECLARER.search(before) is None


#: A named declarer right before the verb (‘Mayor Linda Park declared the encampment ’): the status is
#: that person's word, speech.
#:
#: >>> RE_NAMED_DECLARER.search("Under the new code, Mayor Linda Park declared the encampment ") is not None
#: True
#: >>> RE_NAMED_DECLARER.search("Under the Domestic Animals Act, dogs declared ") is None
#: True
RE_NAMED_DECLARER = LazyPattern(r"(?<!^)\b\p{Lu}[\p{Ll}.\-’']+ (?:(?:has|had|have|will|would|can|could|may|might|then|also|formally|officially) )?"
                                r"(?:declared?|declares|declaring|deemed?|deems|classed|designated?|designates)\b")


#: A reported clause's frame before the law's clause (‘They note that under government rules, …’): the
#: words in marks are reported as the speaker's.
#:
#: >>> RE_REPORTED_FRAME.search("They note that under government rules, articles can be deemed ") is not None
#: True
#: >>> RE_REPORTED_FRAME.search("Under the Act, dogs declared ") is None
#: True
RE_REPORTED_FRAME = LazyPattern(r"\b(?:(?:note|argue|claim|contend|insist|warn|explain|add|believe|stress|suggest|point)(?:s|d|ed)?(?: out)?"
                                r"|say|says|said|wrote|writes|told (?:[\p{L}’'\-]+ ){1,3}?) ?that\b")
