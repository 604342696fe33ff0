"""How a quotation reads besides a title or a term: direct or mixed (kind_of), a nickname between
names, a speech verb right before the marks, a speaker set off right after them, a few words in
marks inside a sentence, a list of quotations, a headline's source at its end, a one-word sender
that is someone, the teller before a record, and a document's issuer "according to" names.
"""

from __future__ import annotations

import re

from quotesearch.backward_cues import cue_before
from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS
from quotesearch.speech_words import LABELLING_VERBS, SPEECH_VERBS, WEAK_SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import ADVERB_ENDINGS, gender_of
from quotesearch.tokens import Token, is_name_token, tokenize
from quotesearch.quotes import find_spans
from quotesearch.quote_spans import Span
from quotesearch.headline_verdicts import RE_HEADLINE_SAYS, headline_source_last
from quotesearch.headline_words import _headline, headline_term
from quotesearch.titles import RE_LIST_JOIN


def _sentence_after(text: str, sp: Span) -> list[Token]:
    """The words after the marks to their sentence's end."""
    if sp.close_end is None:
        return []
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    return tokenize(text, sp.close_end, ends[0] if ends else sp.para_end)


#: A comma as the first token after the marks: only spaces and underscores are no token (names.RE_TOKEN).
RE_COMMA_NEXT = re.compile(r"[\s_]*,")


def _speaker_set_off_after(text: str, sp: Span) -> bool:
    """A speaker set off by a comma right after the marks, a few words and a verb of speech, no new clause
    (‘“the worst yet”, a prison monitoring board said’; never ‘“the Gate”, and smugglers …, police said’)."""
    if sp.close_end is None or RE_COMMA_NEXT.match(text, sp.close_end, sp.para_end) is None:
        return False  # (a match first: most marks have no comma after them, and the sentence's words cost more)
    after = _sentence_after(text, sp)
    if not after or after[0].text != ",":
        return False
    for t in after[1:9]:
        if t.word in ("and", "but", "which", "who", "while", ","):
            return False
        if t.word in SPEECH_VERBS:
            return True
    return False


def _opens_clause(word: str) -> bool:
    """A word that may open a clause with a subject of its own after a semicolon: a name, a
    pronoun or an article, never a verb of the clause before ("clashed", "was denounced", "and
    posted") nor an opening phrase that may go on the clause before ("near the end, her voice
    breaking:")."""
    low = word.strip(",").lower()
    return word[:1].isupper() or low in ("he", "she", "they", "it", "we", "i", "the", "a", "an", "all", "most", "some",
                                         "many", "both", "each", "his", "her", "their")  # (never "near the end,")


def _list_joined(text: str, prev: Span, sp: Span) -> bool:
    """Only a list's comma, "and" or "or" stands between the two quotations; or nothing, when the
    first holds its comma (‘“anticipate,” “believe,” …’)."""
    if prev.close_end is None:
        return False
    if RE_LIST_JOIN.fullmatch(text, prev.close_end, sp.open_at) is not None:
        return True
    return text[prev.end - 1] == "," and not text[prev.close_end:sp.open_at].strip()


#: Most words in marks that a sentence may hold inside it and still be read whole (‘the most “independent”
#: Republican’).
WORDS_IN_MARKS_INSIDE = 3


def _word_in_marks_inside(text: str, before: Span, at: int) -> bool:
    """The words in marks of ``before`` are a few words inside the sentence that goes on to the marks at
    ``at`` (‘…, long regarded as the most “independent” Republican in the Senate, responded: “…”’): a word
    follows the closing mark, and no sentence ends between. Such words, scare quotes or not, never open
    the sentence, whose subject stands before them (read for a colon's sentence only: words in marks
    before a clause's own words in marks may be another's, ‘X called her a “disgrace” after she blamed
    “bias”’)."""
    if before.close_end is None or text[before.start:before.end].rstrip()[-1:] in ".!?,;:" \
            or len(text[before.start:before.end].split()) > WORDS_IN_MARKS_INSIDE:
        return False
    nxt = text[before.close_end:before.close_end + 2]
    return len(nxt) == 2 and nxt[0] == " " and nxt[1].isalpha() and not sentence_ends(text, before.close_end, at)


def _headline_source(text: str, sp: Span) -> Found | None:
    """The source a headline names at its end, cue first, for the words in marks before it: ‘‘Time
    to act’ on childhood obesity, says health chief’, ‘‘Devastating’ floods leave thousands homeless,
    says aid agency’ (as a headline's words in marks are its source's, never scare quotes)."""
    if sp.close_end is None or sp.paragraph > 1 or not _headline(text, sp.para_start, sp.para_end):
        return None
    if headline_term(text, sp.open_at, sp.close_end):
        return None  # (a term in marks: ‘‘Ghost guns’ seized in raids, say police’)
    says = RE_HEADLINE_SAYS.search(text, sp.close_end, sp.para_end)
    if says is None:
        return _headline_source_last(text, sp)
    toks = tokenize(text, says.start(), sp.para_end)
    k = next((i for i, t in enumerate(toks) if t.word in SPEECH_VERBS), None)
    m = mention_after(toks, k + 1, text) if k is not None else None
    if m is None and k is not None and 1 <= len(toks) - k - 1 <= 3 and toks[-1].word in DESCRIPTION_NOUNS \
            and toks[-1].word not in DOCUMENT_NOUNS \
            and all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:]):
        m = Mention(toks[k + 1].start, toks[-1].end, text[toks[k + 1].start:toks[-1].end], "description")  # (‘says aid agency’)
    if m is None and k is not None and 1 <= len(toks) - k - 1 <= 3 and text[sp.para_start:sp.open_at].strip() \
            and all(t.text.isalpha() for t in toks[k + 1:]):
        # (guard: words in marks inside a headline are the named source's, never the headline's subject's:
        # ‘Man charged over ‘racist’ attack, say police’ was the man's)
        kind = "organisation" if toks[k + 1].capitalized else "description"
        m = Mention(toks[k + 1].start, toks[-1].end, text[toks[k + 1].start:toks[-1].end], kind)
    return Found(m, None, "cue-after", toks[k].text) if m is not None else None


def _headline_source_last(text: str, sp: Span) -> Found | None:
    """The source a wire headline names at its end after a comma, its verb last, for the words in marks
    before it (:data:`RE_HEADLINE_SOURCE_SAYS`: ‘Strike to cost ‘hundreds of millions’ a week, CFO says’,
    ‘… ‘higher for longer’, central bank warns’): a description in lower case (‘minister’, ‘central bank’),
    else a name or an office in capitals (‘CFO’, ‘Fed’)."""
    says = headline_source_last(text, sp)  # (guards: review rv65h)
    if says is None:
        return None
    toks = tokenize(text, says.start() + 1, sp.para_end)
    k = next((i for i, t in enumerate(toks) if t.word in SPEECH_VERBS), None)
    if not k or not all(t.text.replace(".", "").replace("-", "").isalpha() for t in toks[:k]):
        return None
    kind = "description" if all(t.text.islower() for t in toks[:k]) else "organisation"
    m = Mention(toks[0].start, toks[k - 1].end, text[toks[0].start:toks[k - 1].end], kind)
    return Found(m, None, "cue-after", toks[k].text)


#: Words for a parent or a grandparent written as a name (‘a text from Mum’).
FAMILY_NAME_WORDS = frozenset("mum mom mam ma dad pa mummy mommy daddy nan nana nanna gran granny grandma grandpa grandad granddad".split())


def _personal_word(word: str) -> bool:
    """A one-word sender that is someone, whatever the rest of the text: a given name the lists know
    (‘a message from Ahmed’) or a family word written as a name (‘a text from Mum’).

    >>> _personal_word("Ahmed"), _personal_word("Mum"), _personal_word("Gaza")
    (True, True, False)
    """
    return gender_of(word) is not None or word.lower() in FAMILY_NAME_WORDS


#: Most words between a teller and their verb of speaking, an aside between (‘A neighbor who called
#: 911 told …’).
TELLER_VERB_REACH = 8


def _teller_before_record(text: str, toks: list[Token], known) -> Found | None:
    """The one who told or said the words, named or described earlier in their sentence, when the
    source after them is only the record that keeps their own voice (‘A caller told the operator that
    smoke was “pouring out,” according to a recording released by police’ is the caller's; ‘The plan
    was “dead,” according to a transcript’ stays the transcript's, with no one before; and a report,
    which tells it again, keeps it: ‘The witness said the order was to “avoid …,” according to the
    report’)."""
    before = cue_before(text, toks, known, mixed=True)
    if before is None or before.rule not in ("cue-before", "cue-in-sentence", "subject") or before.mention is None \
            or before.mention.kind not in ("name", "description") or description_head(before.mention.text) in THING_NOUNS:
        return None
    after = [t for t in toks if t.start >= before.mention.end][:TELLER_VERB_REACH]
    spoke = next((t for t in after if t.word in SPEECH_VERBS and not t.capitalized), None)
    return Found(before.mention, before.person, before.rule, spoke.text) if spoke is not None else None  # (its own verb,
    # past an aside: ‘A neighbor who called 911 told the dispatcher …’)


#: "according to" a document and the one that put it out, right before that issuer's name (‘according
#: to the 214-page transcript released by ’, ‘according to a report published by ’).
RE_ISSUED_DOCUMENT_BY = LazyPattern(r"according to (?:a|an|the) (?:[\w\-]+ ){0,3}?(\p{Ll}+) "
                                    r"(?:released|published|issued|made public|posted|put out|filed) by $")


def _issued_document_before(text: str, lo: int, at: int) -> bool:
    """Whether the words from a quotation's close ``lo`` to its "according to" speaker at ``at`` make
    that speaker the issuer of a document (DOCUMENT_NOUNS) that reports the words, not their speaker.

    >>> t = '“unusual,” according to the 90-page transcript released by the Senate Committee.'
    >>> _issued_document_before(t, 10, t.index("the Senate")), _issued_document_before(t, 10, 11)
    (True, False)
    """
    if at - lo > 120 or (k := text.find("according to ", lo, at)) < 0:
        return False
    m = RE_ISSUED_DOCUMENT_BY.fullmatch(text, k, at)
    return m is not None and m.group(1) in DOCUMENT_NOUNS


def _speech_verb_before(text: str, lo: int, at: int) -> bool:
    """Whether a speech verb is the word right before the quotation's opening mark at ``at``
    (a comma or a colon between them allowed): ‘The captain replied “continue”’, ‘the first officer
    said «speed is dropping»’; never ‘said the delay was “unacceptable”’.

    >>> _speech_verb_before('The captain replied "continue"', 0, 20)
    True
    >>> _speech_verb_before('said the delay was "unacceptable"', 0, 19)
    False
    """
    words = text[lo:at].rstrip(" ,:").lower().rsplit(None, 1)
    return bool(words) and words[-1] in SPEECH_VERBS and words[-1] not in WEAK_SPEECH_VERBS


def speaking_who_at(toks: list[Token]) -> int | None:
    """The index of the "who" that opens the relative clause the words before a quotation end in, set off
    by a comma, when the clause's own verb of speech or of labelling comes before the marks and no comma
    follows "who" (‘Asked about the Finance Minister, Olga Brand, who on Monday called the plan’): the
    words are the clause's, its antecedent's, whatever cue the main clause has after them; never a clause
    that closes before them (‘…, who spoke first,’) or says nothing (‘…, who leads the party and her’).

    >>> speaking_who_at(tokenize("Asked about the minister, Olga Brand, who on Monday called the plan"))
    8
    >>> speaking_who_at(tokenize("Asked about Olga Brand, who leads the party, and her plan, a")) is None
    True
    >>> speaking_who_at(tokenize("Asked about Olga Brand, who leads the party and her plan of")) is None
    True
    >>> speaking_who_at(tokenize("The wife of activist Ivan Petrov, who said she last heard from him")) is None
    True
    """
    w = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].word == "who" or toks[i].text in ",;:"), None)
    if w is None or toks[w].word != "who" or toks[w - 1].text != ",":
        return None
    if not any((x.word in SPEECH_VERBS or x.word in LABELLING_VERBS) and x.text.islower() for x in toks[w + 1:]):
        return None
    if any(x.word == "of" for x in toks[max(0, w - 6):w - 1]):
        return None  # (never "A of B, who": the "who" may be either, ‘The wife of jailed activist Ivan Petrov,
        # who said she last heard from him’, review rv131p)
    return w


def kind_of(before: str, content: str) -> str:
    """direct when the marks hold a whole utterance, mixed when a fragment sits in reported speech.

    ``before`` is the quotation's sentence up to its opening mark, dateline removed.

    >>> kind_of("", "We wait."), kind_of("Healey told reporters:", "We will."), kind_of("He said it was", "a disaster")
    ('direct', 'direct', 'mixed')
    """
    if not before or before.endswith(":"):
        return "direct"
    if before.endswith(",") and len(before) > 1 and content[:1].isupper():
        return "direct"
    return "mixed"


#: Initials that make a nickname ("C.J.", "A.J.").
RE_INITIALS = LazyPattern(r"(?:\p{Lu}\.){2,3}")


def is_nickname(text: str, sp: Span, before_toks: list[Token]) -> bool:
    """A short quoted word between or before names: Donald “The Donald” Trump, “little” Marco.

    >>> t = 'Then he turned to "little" Marco Rubio.'
    >>> sp = find_spans(t)[0]
    >>> is_nickname(t, sp, tokenize(t, 0, sp.open_at))
    True

    After "to", a lower-case word only before a full name: ‘plans to “actively support” Cruz’
    quotes a verb (‘returned to “Little” Marco’ is a nickname).

    >>> t = 'He plans to "actively support" Cruz.'
    >>> sp = find_spans(t)[0]
    >>> is_nickname(t, sp, tokenize(t, 0, sp.open_at))
    False
    """
    content = text[sp.start:sp.end]
    if sp.close_end is None or len(content.split()) > 3 or (
            content.rstrip()[-1:] in ".,!?" and not RE_INITIALS.fullmatch(content)):  # (but ‘Caleb “C.J.” Jenkins’)
        return False
    after = tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 40))
    if after and after[0].capitalized and after[0].word.endswith(ADVERB_ENDINGS) and content[:1].isupper() \
            and _between_names(text, sp, before_toks):
        return True  # a surname a sentence adverb's ending hides, right after a given name: ‘Dwayne “Buck”
        # Mattingly’ (never ‘Mattingly’ read as ‘Increasingly’ there)
    return bool(after) and is_name_token(after[0]) and (
        not before_toks or is_name_token(before_toks[-1]) or before_toks[-1].word in ("the", "a") or (
            before_toks[-1].word == "to" and (content[:1].isupper() or (len(after) > 1 and is_name_token(after[1])))))


def _inside_a_name(text: str, sp: Span) -> bool:
    """A short capitalised quotation right between two capitalised words (‘Sean “Dyche” Callaghan’)."""
    content = text[sp.start:sp.end]
    return sp.close_end is not None and 0 < len(content.split()) <= 3 and content[:1].isupper() \
        and sp.open_at > 1 and text[sp.open_at - 1] == " " and text[sp.open_at - 2].isalpha() \
        and text.startswith(" ", sp.close_end) and text[sp.close_end + 1:sp.close_end + 2].isupper() \
        and text[text.rfind(" ", 0, sp.open_at - 1) + 1:sp.open_at - 1][:1].isupper()


def _between_names(text: str, sp: Span, before_toks: list[Token]) -> bool:
    """The marks stand right between two words of a name (‘Sean “Dyche” Callaghan’): a nickname,
    whatever cue the sentence has."""
    return bool(before_toks) and is_name_token(before_toks[-1]) and before_toks[-1].end == sp.open_at - 1 \
        and sp.close_end is not None and text.startswith(" ", sp.close_end) \
        and text[sp.close_end + 1:sp.close_end + 2].isupper()
