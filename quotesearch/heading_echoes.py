"""A headline's or a deck's quotation that the body gives to the one named speaker who says it.

A headline and the deck (standfirst) under it often lift a few words from the body's quotation and
hang them on the line's own subject, a group or a description of the story (‘Fishermen warn of ‘hard
year’’, ‘…, while animal welfare groups hail “the end of an era”’, ‘…, inquiry hears’): that noun is
the topic, and the words are those of the one person or body the body names saying them (‘“This will
be a hard year for the fleet,” said Arne Dahl’). The rules of :mod:`quotesearch.headlines` give a
verdict said again only over a named subject's own words; this pass takes the rest: a quotation of the
heading lines given to no one, a plural group or a description, whose words one named speaker of the
body says again, exactly, inside a longer quotation or opening it. A printed interview's answer may say
a heading's words unmarked: they are then the answerer's (:func:`heading_said_in_answer`).
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found
from quotesearch.headline_words import VERDICT_DENIALS, heading_paragraphs
from quotesearch.headlines import RE_ANSWER_LABEL, RE_ANY_QUOTED, RE_TURN_LABEL, _answering, _unlabelled_questions
from quotesearch.lexicon import LazyPattern
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.quote_spans import Span
from quotesearch.relations import _only_one
from quotesearch.role_words import DESCRIPTION_NOUNS
from quotesearch.speakers import Cast
from quotesearch.titles import RE_WORD


#: The fewest letters of a heading's one word in marks that the body may say again (never ‘bad’, ‘fine’).
HEADING_ECHO_LETTERS = 5

def heading_words_again(words: list[str], body: list[str]) -> bool:
    """A heading's quoted ``words`` in a body quotation's ``body``: the same, or side by side inside it,
    never right after a word that denies them (:data:`VERDICT_DENIALS`: ‘There is no “crisis”’); one word
    of :data:`HEADING_ECHO_LETTERS` letters at least.

    >>> heading_words_again(["hard", "year"], "this will be a hard year for the fleet".split())
    True
    >>> heading_words_again(["reckless"], "it is not reckless at all".split()), heading_words_again(["fine"], ["fine"])
    (False, False)
    >>> heading_words_again(["shortage"], "there is no shortage of nurses there is a shortage of beds".split())
    False
    """
    if not words or (len(words) == 1 and len(words[0]) < HEADING_ECHO_LETTERS):
        return False
    n = len(words)
    at = [k for k in range(len(body) - n + 1) if body[k:k + n] == words]
    return bool(at) and not any(_denied_or_reported(body, k, n) for k in at)  # (denied once: the speaker
    # disowns the words, ‘There is no shortage of nurses, there is a shortage of beds’)


#: (guard, review of w90b) How many words before a heading's words in the body's quotation a denial
#: reaches (‘I have never been asset stripping’).
ECHO_DENIAL_REACH = 3

#: (guard) The openings right after a heading's words in the body's quotation that deny them (‘… too
#: little, too late. It isn't: …’, ‘… is not …’).
ECHO_DENIALS_AFTER = (("it", "isn", "t"), ("isn", "t"), ("it", "is", "not"), ("is", "not"), ("not",), ("it", "wasn", "t"))

#: (guard) A frame inside the body's quotation before a heading's words that reports others saying them,
#: whom the speaker answers (‘People will say this is too little, too late’, ‘some call it …’, ‘they
#: accuse us of …’).
ECHO_REPORT_FRAMES = tuple(f.split() for f in (
    "will say", "would say", "people say", "some say", "some call", "some people", "they claim", "they say",
    "critics say", "critics call", "accuse us", "accused us", "accuse me", "accused me", "accuse him",
    "accused of", "claim that", "claims that", "been called"))  # (never ‘I would call it …’: the speaker's own)


def _denied_or_reported(body: list[str], k: int, n: int) -> bool:
    """The heading's words at ``body[k:k + n]`` denied a few words back (:data:`ECHO_DENIAL_REACH`), or
    right after (:data:`ECHO_DENIALS_AFTER`), or under a frame that reports others saying them
    (:data:`ECHO_REPORT_FRAMES`): the speaker answers the words, never their source.

    >>> _denied_or_reported("i have never been asset stripping".split(), 4, 2)
    True
    >>> b = "people will say this is too little too late it isn t".split()
    >>> _denied_or_reported(b, 5, 4)
    True
    >>> _denied_or_reported("this will be a hard year for the fleet".split(), 4, 2)
    False
    """
    if any(w in VERDICT_DENIALS for w in body[max(0, k - ECHO_DENIAL_REACH):k]):
        return True
    after = body[k + n:k + n + 3]
    if any(tuple(after[:len(d)]) == d for d in ECHO_DENIALS_AFTER):
        return True
    before = body[:k]
    return any(before[j:j + len(f)] == f for f in ECHO_REPORT_FRAMES for j in range(len(before) - len(f) + 1))


#: (guard) The most words of a body's quotation that is a fragment a sentence quotes (‘called the plan
#: “a reckless gamble”’), enough alone to carry a heading's one word or a short term.
ECHO_FRAGMENT_WORDS = 6


def _neighbours(line: str, lo: int, hi: int) -> list[str]:
    """The nearest word of weight on each side of a heading's quotation at ``line[lo:hi]`` (never a
    :data:`FUNCTION_WORDS` one), within two words: ‘Doctors warn of ‘dangerous’ cuts’ → ``["warn", "cuts"]``.

    >>> _neighbours("Doctors warn of ‘dangerous’ cuts", 16, 27)
    ['warn', 'cuts']
    """
    out = []
    for side in (RE_WORD.findall(line[:lo].lower())[::-1][:2], RE_WORD.findall(line[hi:].lower())[:2]):
        w = next((w for w in side if w not in FUNCTION_WORDS), None)
        if w is not None:
            out.append(w)
    return out


def _short_echo_carried(words: list[str], body: list[str], line: str, lo: int, hi: int) -> bool:
    """(guard) A heading's one word, or a short term of two words one of them a function word (‘no
    deal’), said again only with more than the words: the body's quotation a fragment of few words
    (:data:`ECHO_FRAGMENT_WORDS`), or, for one word, a word of weight beside it in the line said in
    the body too (‘call the changes “rushed”’ / ‘These changes are rushed’; never ‘warn of ‘dangerous’
    cuts’ / ‘It is dangerous to suggest …’). Longer terms carry themselves.

    >>> _short_echo_carried(["dangerous"], "it is dangerous to suggest patients will lose out".split(), "Doctors warn of ‘dangerous’ cuts", 16, 27)
    False
    >>> _short_echo_carried(["no", "deal"], "a no deal outcome would be a disaster".split(), "Hauliers count the cost of ‘no deal’", 27, 36)
    False
    """
    short = len(words) == 1 or (len(words) == 2 and any(w in FUNCTION_WORDS for w in words))
    if not short or len(body) <= ECHO_FRAGMENT_WORDS:
        return True
    if len(words) > 1:
        return False
    if any(_verdict_of_clause(body, k) for k in range(len(body)) if body[k] == words[0]):
        return True
    return any(any(b[:4] == w[:4] and b != words[0] for b in body) for w in _neighbours(line, lo, hi) if len(w) >= 4)


#: (guard) The verbs before a heading's one word that make it the verdict of the body's clause (‘It has
#: been shambolic’, ‘They are an eyesore’, ‘I'm heartbroken’: the "m"); the words that may sit between
#: (:data:`ECHO_VERDICT_BETWEEN`); the words after it that make it a judgement of something else (‘It is
#: dangerous to suggest …’: :data:`ECHO_VERDICT_NOT_AFTER`).
ECHO_VERDICT_COPULAS = frozenset("is was are were been be m re s".split())
ECHO_VERDICT_BETWEEN = frozenset("a an so just really absolutely totally utterly quite very simply".split())
ECHO_VERDICT_NOT_AFTER = frozenset("to that".split())


def _verdict_of_clause(body: list[str], k: int) -> bool:
    """The body's word at ``k`` the verdict of its clause: after a copula (:data:`ECHO_VERDICT_COPULAS`,
    with at most two :data:`ECHO_VERDICT_BETWEEN` words between), never before ‘to’ or ‘that’.

    >>> _verdict_of_clause("it has been shambolic from start to finish".split(), 3)
    True
    >>> _verdict_of_clause("it is dangerous to suggest patients will lose out".split(), 2)
    False
    """
    if k + 1 < len(body) and body[k + 1] in ECHO_VERDICT_NOT_AFTER:
        return False
    j = k - 1
    while j >= 0 and k - j <= 2 and body[j] in ECHO_VERDICT_BETWEEN:
        j -= 1
    return j >= 0 and body[j] in ECHO_VERDICT_COPULAS


#: The rules that give a heading's words to the label beside them (‘Opposition: “…”’, ‘‘…’: Agency chief’): the
#: line's own speaker, never a topic.
HEADING_LABEL_RULES = frozenset("headline colon".split())

#: The kinds of a body's speaker who may take a heading's words: one named, a person or a body.
NAMED_KINDS = frozenset("name organisation".split())


#: The rules that give a heading's words to the line's subject by its place, the words no cue's own
#: (‘Hartley faces ‘open revolt’ …’, ‘Regulator sues Zenvault, alleging it ‘commingled’ …’, ‘FDA chief
#: says agency …’ read as FDA): the line's topic, whoever it names, when the body gives the words to
#: one other named speaker and never to the subject (:func:`heading_said_by_one`).
HEADING_TOPIC_RULES = frozenset(("subject",))


def _lent_to_topic(found: Found | None) -> bool:
    """A heading's quotation given to no one, or to a group or a description the line names (‘a union
    leader’), or to a common noun of people the line capitalises only as it opens it (‘Fishermen warn of
    …’, ‘Minister flags …’: :data:`DESCRIPTION_NOUNS`), or to the line's subject by its place alone
    (:data:`HEADING_TOPIC_RULES`); never to a person or a body a cue names (‘Ann Lee says …’).

    >>> from quotesearch.mention_words import Mention
    >>> from quotesearch.people import Person
    >>> _lent_to_topic(Found(Mention(0, 9, "Fishermen", "name"), Person("Fishermen"), "cue-before", "", "name"))
    True
    >>> _lent_to_topic(Found(Mention(0, 7, "Ann Lee", "name"), Person("Ann Lee"), "cue-before", "", "name"))
    False
    >>> _lent_to_topic(Found(Mention(0, 7, "Hartley", "name"), Person("Ann Hartley"), "subject", None, "name"))
    True
    """
    if found is not None and found.rule in HEADING_LABEL_RULES:
        return False  # (a label the line gives its words, ‘Opposition: “This budget is a disgrace”’: whoever
        # says them again below only reports or rebuts them)
    if found is not None and found.person is None and found.how == "role-word":
        return False  # (a bare role word the line's cue names, ‘Coach says players “gave everything”’: left no
        # one's on purpose, the role's holder below not told apart)
    if found is None or found.person is None or found.person.plural or found.person.kind not in NAMED_KINDS \
            or found.rule in HEADING_TOPIC_RULES:
        return True
    said = found.mention.text.split() if found.mention is not None else []
    return any(len(n) == 1 and n[0].lower() in DESCRIPTION_NOUNS for n in (said, found.person.name.split()))
    # (the line's one word, ‘Growers warn …’ though read as a body of growers; or a title read as a name,
    # ‘Assistant Minister says …’ one "Minister")


def heading_said_by_one(text: str, paras: list[tuple[int, int]], results: list) -> None:
    """A quotation of the headline or the deck (:func:`heading_paragraphs`) given to no one, a group or a
    description (:func:`_lent_to_topic`) whose words one named speaker of the body says again
    (:func:`heading_words_again`: ‘Exporters count cost of “worst congestion in living memory”’ / ‘Jan
    Smit described the situation as the “worst congestion in living memory”’): that speaker's. Never
    when two speakers of the body say them, nor when a group or a description of the body does.

    >>> heading_said_by_one("No quotations", [(0, 13)], [])
    """
    lent = [i for i, (sp, found, kind) in enumerate(results) if sp.paragraph < 2 and kind != "scare" and _lent_to_topic(found)]
    heads = heading_paragraphs(text, paras) if lent else 0  # (the cheap look first: most articles have none)
    if not heads:
        return
    bodies = [(RE_WORD.findall(text[sp.start:sp.end].lower()), f) for sp, f, kind in results
              if sp.paragraph >= heads and f is not None and f.person is not None and kind != "scare"]
    for i in lent:
        sp, found, kind = results[i]
        if sp.paragraph >= heads:
            continue
        words = RE_WORD.findall(text[sp.start:sp.end].lower())
        plo, phi = paras[sp.paragraph]
        line = text[plo:phi]
        named = set(RE_WORD.findall(line))  # (guard: a body speaker the line names is its target, ‘Fans
        # accuse Ashdown of ‘asset stripping’’ / ‘“I have never been asset stripping,” said Mike Ashdown’)
        again = [f for body, f in bodies if heading_words_again(words, body)
                 and _short_echo_carried(words, body, line, sp.start - plo, sp.end - plo)]
        if found is not None and found.rule in HEADING_TOPIC_RULES and any(f.person is found.person for f in again):
            continue  # (the line's subject says them below too, ‘Dunmore defends ‘tough’ budget’ / ‘“It is a
            # tough budget,” Dunmore said’: the subject's, whoever else says them)
        hits = [f for f in again if (f.person.name.split() or [""])[-1] not in named]
        one = _only_one(f.person for f in hits)
        if one is not None and one.kind in NAMED_KINDS and not one.plural and (found is None or one is not found.person):
            other = hits[0]
            results[i] = (sp, Found(other.mention, other.person, "same-words", other.cue, other.how), kind)


#: The article a description of a speaker may open with, which a headline drops (‘…, says health
#: secretary’ for the body's ‘the health secretary said’).
#:
#: >>> RE_DESCRIPTION_ARTICLE.sub("", "the health secretary"), RE_DESCRIPTION_ARTICLE.sub("", "An official")
#: ('health secretary', 'official')
RE_DESCRIPTION_ARTICLE = LazyPattern(r"^(?i:the|an?) ")


def _description_key(found: Found | None) -> str | None:
    """The words of a described speaker's mention, without its article and in lower case: the same for
    a headline's bare description and the body's (‘health secretary’, ‘the health secretary’). None for
    a speaker named or none.

    >>> from quotesearch.mention_words import Mention
    >>> from quotesearch.people import Person
    >>> _description_key(Found(Mention(0, 16, "Health secretary", "description"), Person("health secretary", kind="description"), "cue-after", "says", "description"))
    'health secretary'
    >>> _description_key(Found(Mention(0, 7, "Ann Lee", "name"), Person("Ann Lee"), "cue-after", "says", "name")) is None
    True
    """
    if found is None or found.mention is None or found.mention.kind != "description":
        return None
    return RE_DESCRIPTION_ARTICLE.sub("", found.mention.text.strip()).lower() or None


def heading_description_named_below(text: str, paras: list[tuple[int, int]], results: list) -> None:
    """A quotation of the headline or the deck given to a description of one person (‘Doctors’ strike
    “will put patients at risk”, says health secretary’) that the body's quotations say again word for
    word, as the one they resolved to a person named (‘… in a move the health secretary said would “put
    patients at risk”’, read as the holder named next): that person's, the headline's words or not. Never
    when the body's same description stands for two people, or for no one named in one of its
    quotations (‘A minister said …. / “…,” the minister said’ left unnamed), nor for a group.

    >>> heading_description_named_below("No quotations", [(0, 13)], [])
    """
    lent = [i for i, (sp, found, kind) in enumerate(results) if sp.paragraph < 2 and kind != "scare"
            and found is not None and found.person is not None and found.person.kind == "description"
            and not found.person.plural and _description_key(found) is not None]
    heads = heading_paragraphs(text, paras) if lent else 0  # (the cheap look first: most articles have none)
    if not heads:
        return
    for i in lent:
        sp, found, kind = results[i]
        if sp.paragraph >= heads:
            continue
        key = _description_key(found)
        hits = [f for sp2, f, kind2 in results if sp2.paragraph >= heads and kind2 != "scare" and _description_key(f) == key]
        if not hits or any(f.person is None or f.person.kind != "name" or f.person.plural for f in hits):
            continue  # (the body's same description left to no one named somewhere: maybe another than the one named)
        one = _only_one(f.person for f in hits)
        if one is not None:
            other = hits[0]
            results[i] = (sp, Found(other.mention, other.person, "same-description", other.cue, other.how), kind)


#: The fewest words of a heading's quotation that an interview's answer may carry unquoted (‘We are the
#: last line of defence’, never ‘No excuse’: a short term an answer may use of another's words).
ANSWER_ECHO_WORDS = 4


def heading_said_in_answer(text: str, paras: list[tuple[int, int]], results: list, cast: Cast, memo: dict) -> None:
    """A quotation of the headline or the deck given to no one, or to a label that only describes one
    person (:func:`_label_of_one_described`: ‘‘Nobody is owed a hit’: studio founder on …’), whose words an
    answer of the printed interview below says again, unquoted (‘‘We can’t keep selling the same mountain
    twice’: the tourism chief on growth’ / ‘Q: … / A: It’s something to be grateful for. … We can’t keep selling the same
    mountain twice.’): the one who answers there (:func:`quotesearch.headlines._answering`: an "A:" label, a
    surname's label, or an interview printed without labels). Never words of a question, nor of a paragraph
    whose answerer is unknown, nor when two answerers say them; only outside the answer's own quotations
    (those :func:`heading_said_by_one` reads), and never denied there (:func:`heading_words_again`) nor
    reported as another's (:func:`_words_reported_in_answer`). Pinned by the labelled cases "132c-*"."""
    lent = [i for i, (sp, found, kind) in enumerate(results) if sp.paragraph < 2 and kind != "scare"
            and (found is None or found.person is None or _label_of_one_described(found))]
    heads = heading_paragraphs(text, paras) if lent else 0  # (the cheap look first: most articles have none)
    if not heads or not any(RE_ANSWER_LABEL.match(text, lo) is not None for lo, _ in paras[heads:]) \
            and not _unlabelled_questions(text, paras, memo) and RE_TURN_LABEL.search(text) is None:
        return  # (no printed interview below: no answer to say them)
    for i in lent:
        sp, found, kind = results[i]
        words = RE_WORD.findall(text[sp.start:sp.end].lower())
        if sp.paragraph >= heads or len(words) < ANSWER_ECHO_WORDS:
            continue
        said = []
        longest = max(words, key=len)
        for k in range(heads, len(paras)):
            lo, hi = paras[k]
            if longest not in text[lo:hi].lower():
                continue  # (cheap: the words' longest nowhere in the paragraph)
            line = RE_ANY_QUOTED.sub(" ", text[lo:hi]).lower()
            if not heading_words_again(words, RE_WORD.findall(line)) or _words_reported_in_answer(line, words):
                continue
            said.append(_answering(text, Span(lo, hi, hi, None, k, lo, hi), paras, cast, memo))
        one = _only_one(said)
        if one is not None and one.kind == "name" and None not in said \
                and (found is None or found.person is None or one is not found.person):
            results[i] = (sp, Found(None, one, "interview-answer", None, "interview-answer"), kind)


def _label_of_one_described(found: Found) -> bool:
    """A heading's label that describes one person by their role, never names them (‘Northlight founder’,
    read as a description; w142j): whoever answers the printed interview below in the label's words is
    the one it describes (:func:`heading_said_in_answer`). Never a label that names a person or a body
    (‘Greenpeace: “…”’), nor a group (‘Tenants: “…”’).

    >>> from quotesearch.mention_words import Mention
    >>> from quotesearch.people import Person
    >>> _label_of_one_described(Found(Mention(0, 12, "Acme founder", "description"), Person("Acme founder", kind="description"), "colon", ":", "description"))
    True
    >>> _label_of_one_described(Found(Mention(0, 4, "Acme", "name"), Person("Acme", kind="organisation"), "colon", ":", "name"))
    False
    """
    return found.rule in HEADING_LABEL_RULES and found.person.kind == "description" and not found.person.plural


#: (guard, review of w132c) The verbs by which an answer reports another's words or thoughts before them
#: (‘My predecessor used to tell everyone that water will be …’, ‘Their letter claims …’, ‘Some fans
#: think …’): the words are the other's, never the answerer's own.
ANSWER_REPORT_VERBS = frozenset(
    "tell tells told say says said claim claims claimed think thinks thought believe believes believed "
    "argue argues argued insist insists insisted write writes wrote warn warns warned call calls called".split())


def _words_reported_in_answer(line: str, words: list[str]) -> bool:
    """The heading's ``words`` in the answer's lower-cased ``line`` only where a sentence reports them
    with a verb of :data:`ANSWER_REPORT_VERBS` before them whose sentence opens on another than the
    answerer (never ‘I’ or ‘We’: ‘I told the board that …’ says them again as the answerer's own).

    >>> _words_reported_in_answer("a: my predecessor used to tell everyone that water will be the oil. i agree.",
    ...                           "water will be the oil".split())
    True
    >>> _words_reported_in_answer("a: i told the board that water will be the oil.", "water will be the oil".split())
    False
    >>> _words_reported_in_answer("a: he was right. water will be the oil.", "water will be the oil".split())
    False
    """
    tokens = list(RE_WORD.finditer(line))
    n = len(words)
    for k in range(len(tokens) - n + 1):
        if [t.group() for t in tokens[k:k + n]] != words:
            continue
        at = tokens[k].start()
        opens = max(line.rfind(c, 0, at) for c in ".?!:;") + 1
        before = [t.group() for t in tokens[:k] if t.start() >= opens]
        if not (any(w in ANSWER_REPORT_VERBS for w in before) and before[0] not in ("i", "we")):
            return False
    return True
