"""A headline's lines and words: a short line that is a headline (_headline, entry_headline) or in
Title Case, a headline's verdict word and the same verdict said again, a term a headline gives,
a subject swapped for a pronoun, the words of a span found within another's, a verb said in
another form, and how many first lines are heading lines (heading_paragraphs: a headline and a deck).
"""

from __future__ import annotations

import re

from quotesearch.lexicon import LazyPattern


def title_case_headline(text: str, lo: int, hi: int) -> bool:
    """A short first line in Title Case, with a single mark in it, that no stop ends: a headline
    as American outlets write them (‘Senator Calls Deal ‘A Betrayal Of Renters’’), which
    :func:`_headline` leaves aside.

    >>> t = "Mayor Slams Budget As ‘A Betrayal Of Renters’"
    >>> title_case_headline(t, 0, len(t)), title_case_headline("He said ‘no’.", 0, 13)
    (True, False)
    """
    long = _headline_words(text, lo, hi, ".,:;!")
    return bool(long) and _title_cased(long)

#: A word, letters and digits, to match a headline's words with a body's (:func:`_echoed_below`).
#:
#: >>> RE_WORDS.findall("we_lost it’s 40")
#: ['we', 'lost', 'it', 's', '40']
RE_WORDS = re.compile(r"[^\W_]+")


#: The most words of a headline's verdict in marks that a longer quotation below says again
#: (‘Boss slams ‘absurd’ ruling’, ‘Agency says risk ‘remains low’’): past them, the rules of headlines.
HEADLINE_VERDICT_WORDS = 3


def verdict_words(content: str, compound: bool = False) -> list[str] | None:
    """The words of a headline's verdict in marks: one to :data:`HEADLINE_VERDICT_WORDS` words of letters
    alone, all in lower case; None for anything else (the finder and the attribution of headlines share it).
    With ``compound``, one word of parts joined by hyphens too, given as its parts, as :data:`RE_WORDS`
    splits the body's (‘union hails ‘hard-won’ pay deal’ / ‘described the settlement as “hard-won”’).

    >>> verdict_words("remains low"), verdict_words("Ghost estate"), verdict_words("a $25 billion mistake")
    (['remains', 'low'], None, None)
    >>> verdict_words("hard-won"), verdict_words("hard-won", compound=True), verdict_words("anti-social behaviour", compound=True)
    (None, ['hard', 'won'], None)
    """
    words = content.split()
    if compound:
        parts = words[0].split("-") if len(words) == 1 else []
        return parts if len(parts) > 1 and all(p.isalpha() and p.islower() for p in parts) else None
    return words if 0 < len(words) <= HEADLINE_VERDICT_WORDS and all(w.isalpha() and w.islower() for w in words) else None


#: The article a body's quotation may hold before a headline's one-noun verdict (‘‘scandal’’ / “a scandal”).
#:
#: >>> sorted(VERDICT_ARTICLES)
#: ['a', 'an']
VERDICT_ARTICLES = frozenset("a an".split())


def same_verdict(said: list[str], words: list[str]) -> bool:
    """A body's quotation, its words ``said``, is a headline's verdict ``words`` and no more, but an
    article before a noun's verdict (‘‘scandal’’ / “a scandal”); the finder and the attribution of
    headlines share it.

    >>> same_verdict(["a", "scandal"], ["scandal"]), same_verdict(["the", "scandal"], ["scandal"]), same_verdict(["scandal"], ["scandal"])
    (True, False, True)
    """
    return said == words or (said[1:] == words and said[0] in VERDICT_ARTICLES)


def verdict_said_again(words: list[str], said: list[str], terms: bool = True) -> bool:
    """A headline's verdict ``words`` side by side in a longer quotation's ``said``, never after a word
    that makes them a term (‘the ‘blue whale’ challenge’; unless not ``terms``) nor after one that denies them: a critic
    who says the opposite (‘Minister defends ‘fair’ budget’ / “It is not fair to anyone,” said the
    opposition leader) never gave the headline its word.

    >>> verdict_said_again(["fair"], "it is not fair to anyone".split()), verdict_said_again(["absurd"], "it is absurd frankly".split())
    (False, True)
    """
    return len(said) > len(words) and any(said[k:k + len(words)] == words
                                          and (k == 0 or (not terms or said[k - 1] not in VERDICT_TERM_DETERMINERS) and said[k - 1] not in VERDICT_DENIALS)
                                          for k in range(len(said) - len(words) + 1))


#: (guard) Words right before a headline's verdict in the body's quotation that deny it (review rv4):
#: ‘not fair’, ‘never affordable’, ‘isn't’ (its "t"), ‘nothing fair’.
VERDICT_DENIALS = frozenset("not never no nothing hardly t nt".split())


#: (guard) Words right before a headline's words in the body's quotation that make them a thing named,
#: a term or a product, never a verdict: ‘the ‘blue whale’ challenge’, ‘a ‘critical incident’’.
#:
#: >>> "the" in VERDICT_TERM_DETERMINERS, "absolutely" in VERDICT_TERM_DETERMINERS
#: (True, False)
VERDICT_TERM_DETERMINERS = frozenset("a an the this that these those our their my your his her its".split())


#: Pronouns that make words opening a quotation of the body a sentence someone speaks, never a title
#: or a topic it names: ‘‘We will rebuild’’, or a possessive after its first word, ‘‘A man who never
#: locked his door’’ / “a man who never locked his door, and never closed his heart”.
#:
#: >>> sorted(SPEAKER_VOICE_PRONOUNS & set("a man who never locked his door".split()))
#: ['his']
SPEAKER_VOICE_PRONOUNS = frozenset("we i you they he she it our my us his her their".split())


#: The pronouns a headline puts for the subject that opens a quotation of the body, the name or the
#: kin word the speaker used (‘‘He never let anyone down’’ / “Dad never let anyone down,” she said).
#:
#: >>> sorted(HEADLINE_SUBJECT_PRONOUNS & set("she said he was".split()))
#: ['he', 'she']
HEADLINE_SUBJECT_PRONOUNS = frozenset("he she they".split())

#: The fewest words after a headline's pronoun that must open a quotation of the body, right after its
#: first word (:func:`subject_swapped`): a clause of the speaker's, never a phrase anyone might say.
SUBJECT_SWAPPED_WORDS = 4


def subject_swapped(words: list[str], body: list[str]) -> bool:
    """A headline's words that open with a pronoun (:data:`HEADLINE_SUBJECT_PRONOUNS`) for the one word
    that opens the body's quotation, the rest of them (:data:`SUBJECT_SWAPPED_WORDS` at least) the
    body's next words as they stand: the speaker's sentence, its subject made a pronoun for the headline.

    >>> subject_swapped("he never let anyone down".split(), "dad never let anyone down at all".split())
    True
    >>> subject_swapped("he never let anyone down".split(), "they say he never let anyone down".split())
    False
    >>> subject_swapped("she is great".split(), "mum is great".split())
    False
    >>> subject_swapped("they are not welcome here".split(), "you are not welcome here is not a message".split())
    False
    """
    n = len(words)
    return n > SUBJECT_SWAPPED_WORDS and words[0] in HEADLINE_SUBJECT_PRONOUNS and len(body) >= n \
        and body[0] != words[0] and body[0] not in SPEAKER_VOICE_PRONOUNS and body[1:n] == words[1:]
    # (the body's subject a name or a noun, never a pronoun of its own: ‘‘They are not welcome here’’ is
    # never “You are not welcome here is not a message …”, nor ‘‘They will pay’’ “We will pay”; review rv9)


def words_within(words: list[str], body: list[str], gaps: int = 3) -> bool:
    """All of a headline's words, in order, in the body's words, with ``gaps`` words at most between
    them (‘this is a serious situation’ in ‘this is a serious and still developing situation’).

    >>> words_within("a serious situation".split(), "this is a serious and grave situation".split())
    True
    >>> words_within("a serious situation".split(), "a situation that is serious".split())
    False
    """
    for k, w in enumerate(body):
        if w != words[0]:
            continue
        at, hi = k + 1, min(len(body), k + len(words) + gaps)
        for x in words[1:]:
            while at < hi and body[at] != x:
                at += 1
            if at >= hi:
                break
            at += 1
        else:
            return True
    return False


#: The endings a verb's regular forms add to its stem (‘sit’, ‘sits’, ‘sitting’; ‘walk’, ‘walked’), the
#: stem's last consonant doubled before some (‘sitting’, ‘stopped’) or its "e" dropped (‘making’).
#:
#: >>> sorted(VERB_FORM_ENDINGS)
#: ['d', 'ed', 'es', 'ing', 's']
VERB_FORM_ENDINGS = frozenset("s es ed d ing".split())


def verb_form_of(a: str, b: str) -> bool:
    """The same word, or one a regular form of the other as a headline shifts a verb's tense
    (‘buyers ‘sit on their hands’’ / “People are sitting on their hands”); stems of three letters at least.

    >>> verb_form_of("sit", "sitting"), verb_form_of("make", "making"), verb_form_of("walked", "walk")
    (True, True, True)
    >>> verb_form_of("on", "one"), verb_form_of("hand", "handle"), verb_form_of("sing", "singing")
    (False, False, True)
    """
    if a == b:
        return True
    stem, form = (a, b) if len(a) < len(b) else (b, a)
    if len(stem) < 3:
        return False
    for base in (stem, stem + stem[-1], stem[:-1] if stem.endswith("e") else None):
        if base and form.startswith(base) and form[len(base):] in VERB_FORM_ENDINGS:
            return True
    return False


def words_said_in_other_form(words: list[str], body: list[str]) -> bool:
    """A headline's words, three at least, side by side in the body's words, each the same word or a
    regular form of it (:func:`verb_form_of`), one of them at least in another form: the speaker's
    phrase with its verb's tense shifted for the headline.

    >>> words_said_in_other_form("sit on their hands".split(), "people are sitting on their hands".split())
    True
    >>> words_said_in_other_form("sit on their hands".split(), "sit on their hands".split())
    False
    """
    n = len(words)
    return n >= 3 and any(
        body[k:k + n] != words and all(verb_form_of(w, x) for w, x in zip(words, body[k:k + n]))
        for k in range(len(body) - n + 1))

#: Words right after a headline's marks that make what they hold a thing done to, a term: ‘‘Ghost
#: guns’ seized in raids, say police’, ‘‘Forever chemicals’ found in tap water, says report’,
#: ‘‘Smart motorways’ to be scrapped, says Sunak’.
RE_TERM_DONE_TO = re.compile(r"\s*(?:to be\b|(?:are |is |were |was |being )?(?:\w+ed|found|held|seen|shut|hit|set|sold|torn|"
                             r"thrown|drawn|taken|given|banned|seized|dropped|axed|cut)\b)")


#: A figure in a headline's marks (‘‘Hundreds’ killed …, says health ministry’, ‘tens of millions’): the
#: source's, never a term.
#:
#: >>> [bool(RE_FIGURE_WORD.fullmatch(w)) for w in ("Hundreds", "tens of millions", "40%", "rude")]
#: [True, True, True, False]
RE_FIGURE_WORD = re.compile(r"(?:[Tt]ens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens|[Ss]cores|[\d,.]+%?)(?: of \w+)?")


def headline_term(text: str, open_at: int, close_end: int) -> bool:
    """Single-marked words in a headline that are a term, never its source's words: the subject of
    what is done to them (‘‘Ghost guns’ seized in raids, say police’, ‘Council tax ‘cap’ to be
    scrapped’), unless a figure (‘‘Hundreds’ killed …, says health ministry’). Words in marks inside the
    line are as often the source's as a term (‘Putin is ‘a killer’, says Biden’)."""
    inner = text[open_at:close_end].strip("‘’'\"“” ")
    if RE_FIGURE_WORD.fullmatch(inner) or RE_PURPOSE_WORDS.match(inner):
        return False
    return RE_TERM_DONE_TO.match(text, close_end) is not None


#: Words in a headline's marks that open on "to" and a verb in lower case: a purpose or a wish someone
#: gave (‘Man who climbed fence ‘to see the Queen’ jailed’), never a thing done to, whatever verb
#: follows the marks (w91a; a title's capital ‘To Kill a Mockingbird’ is no purpose).
#:
#: >>> [bool(RE_PURPOSE_WORDS.match(w)) for w in ("to deliver a letter", "To Kill a Mockingbird", "tolls", "ghost guns")]
#: [True, False, False, False]
RE_PURPOSE_WORDS = re.compile(r"to [a-z]+\b")


#: The longest line that may be a headline of its own.
HEADLINE_WIDTH = 160


#: A line that ends with a question in single marks after its label's colon: the question mark is the
#: speaker's, inside the marks, never the line's own (‘Council grills chief: ‘What is the plan?’’, unlike
#: ‘A '$25 billion mistake'?’).
#:
#: >>> [bool(RE_LABELLED_QUESTION_END.search(t)) for t in ("Council grills chief: ‘What is the plan?’", "A '$25 billion mistake'?")]
#: [True, False]
RE_LABELLED_QUESTION_END = re.compile(r":[ \t]+['‘][^'‘’\n]+\?['’][ \t]*$")


#: (guard, review rv5) Last words of a label before a question in marks that no one asks: a work's title under its
#: review, a quiz's question, words on a sign (‘Book review: ‘Where did the summer go?’’, ‘Quiz: ‘Which city …?’’,
#: ‘The sign on the door read: ‘Who moved the milk?’’).
UNSPOKEN_QUESTION_LABELS = frozenset("review reviews quiz quizzes poll puzzle crossword riddle read reads".split())


def _unspoken_question_label(label: str) -> bool:
    """Whether a label before a question in marks names no one who asks it (:data:`UNSPOKEN_QUESTION_LABELS`).

    >>> _unspoken_question_label("Book review"), _unspoken_question_label("Council grills chief")
    (True, False)
    """
    words = RE_WORDS.findall(label.lower())
    return bool(words) and words[-1] in UNSPOKEN_QUESTION_LABELS


def _headline(text: str, lo: int, hi: int) -> bool:
    """A short line of its own in sentence case, with a left single mark in it, that no stop
    ends: a headline or a live page's entry headline (‘Small island states: ‘We will not sign our
    own death warrant’’); never a heading in Title Case (‘Bernie Sanders Pins The Rise Of ISIS On
    ‘Disastrous’ Invasion Of Iraq’), nor one that ends as a sentence (‘A '$25 billion mistake'?’)."""
    if hi - lo > HEADLINE_WIDTH or (text.find("‘", lo, hi) < 0 and text.find("'", lo, hi) < 0):
        return False  # (the tests of :func:`_headline_words` that need no stops first: most paragraphs are
        # long or hold no single mark, and are spared the search for a question's end)
    asked = RE_LABELLED_QUESTION_END.search(text, lo, hi)
    stops = ".,:;!—–-" if asked is not None and not _unspoken_question_label(text[lo:asked.start()]) else ".,:;!?—–-"
    long = _headline_words(text, lo, hi, stops)  # (never a line that leads into a quotation below:
    # ‘He wrote in a ‘heartfelt’ post:’; nor one whose words break off at a dash: ‘X bristled. "That's not --"’)
    return long is not None and not (long and _title_cased(long))


def _headline_words(text: str, lo: int, hi: int, stops: str) -> list[str] | None:
    """The words longer than three letters after the first of a short line, not in capitals, with a
    single mark in it, that none of ``stops`` ends (a headline's words, for :func:`_headline` and
    :func:`title_case_headline`); else None. A label's first word and a quotation's first word have
    their capitals anyway (‘RMT: ‘This is on TfL’’), so neither counts."""
    if hi - lo > HEADLINE_WIDTH or text[lo:hi].rstrip("’'”\"» ")[-1:] in stops \
            or (text.find("‘", lo, hi) < 0 and text.find("'", lo, hi) < 0):
        return None
    line = text[lo:hi]
    if line.isupper():
        return None
    long = [w.strip("’”\"'.,:;!?()") for w in line.split()[1:] if w[:1] not in "‘'“\""]
    return [w for w in long if len(w) > 3]


def _title_cased(words: list[str]) -> bool:
    """Four words in five or more open with a capital: a line in Title Case."""
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def entry_headline(text: str, lo: int, hi: int) -> bool:
    """A headline (:func:`_headline`), or a live page's entry headline in double marks: a short line
    that ends with words in double marks that no stop ends, alone or after a label's colon
    (‘Prosecutor: "The jury saw through the lies"’); never a paragraph whose quotation ends as a
    sentence (‘Dorado: "He took his chance."’).

    >>> entry_headline('Prosecutor: "The jury saw through the lies"', 0, 43)
    True
    >>> entry_headline('Dorado: "He took his chance."', 0, 29)
    False
    """
    if _headline(text, lo, hi):
        return True
    if hi - lo > HEADLINE_WIDTH or text[hi - 1:hi] not in ("\"", "”") or text[hi - 2:hi - 1] in ".,:;!?…'’ ":
        return False
    open_at = max(text.rfind("\"", lo, hi - 1), text.rfind("“", lo, hi - 1))
    before = text[lo:open_at].rstrip()
    return open_at >= lo and (not before or (before.endswith(":") and '"' not in before and "“" not in before)) \
        and not text[lo:hi].isupper() and " " in text[open_at:hi].strip()


#: The widest line that may be a headline or a deck over the body (a standfirst runs to two lines).
HEADING_WIDTH = 260

#: The end of a line that is a sentence of the body, never a headline or a deck: a stop, after any
#: closing marks (‘… said on Monday.’, ‘“…,” he said.’).
#:
#: >>> bool(RE_SENTENCE_END.search("Fishermen warn of “hard year”")), bool(RE_SENTENCE_END.search("“It is over,” he said."))
#: (False, True)
RE_SENTENCE_END = LazyPattern(r"[.!?…][\p{Pf}\"'’”»)]*\s*$")


def heading_paragraphs(text: str, paras: list[tuple[int, int]]) -> int:
    """How many of the first paragraphs are heading lines: a headline, and a deck under it, short lines
    that end in no sentence's stop (0, 1 or 2).

    >>> t = "Fishermen warn of ‘hard year’\\n\\nMinister blames ‘unilateral’ shares\\n\\nThe cut was set."
    >>> heading_paragraphs(t, [(0, 29), (31, 66), (68, 84)])
    2
    >>> heading_paragraphs("The cut was set.", [(0, 16)])
    0
    """
    n = 0
    for lo, hi in paras[:2]:
        if hi - lo > HEADING_WIDTH or "\n" in text[lo:hi].strip() or RE_SENTENCE_END.search(text, lo, hi):
            break
        n += 1
    return n
