"""Whose document an "it" that speaks is, when the sentence right before has its subject issue or send
that document: ‘Bright Lane Talent released a short statement last night. It read: “…”’ and ‘Tom Reed
sent the club a letter in May. “…,” it said’ are the issuer's words, whether the issuer is a person or
a body (the "it" is the document, never the one who sent it). A sentence that goes on past the document
to another body or name (‘X sent a letter to the Harbour Board. It said …’) leaves the "it" open.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.body_words import ORG_WORDS, RE_KIND_THEN_BODY_NAME, SAINT_ABBREVIATIONS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.mention_words import Mention
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES

#: How far before the "it" the sentence that issues the document may start.
ISSUED_READ_REACH = 400

#: The verbs of issuing :data:`RE_ISSUED_DOCUMENT` reads, as words set off by spaces: a sentence with none
#: of them issues nothing (the cheap check before its subject is read). "mailed " covers "emailed" and
#: "e-mailed".
#:
#: >>> any(v in "The club emailed fans a note" for v in ISSUING_VERB_CUES), any(v in "The club said no" for v in ISSUING_VERB_CUES)
#: (True, False)
ISSUING_VERB_CUES = frozenset((" released ", " issued ", " published ", " posted ", " sent ", " put out ", " shared ",
                               "mailed ", " circulated ", " tweeted ", " wrote ", " penned ", " signed "))

#: A verb of issuing or sending a document, then the document itself with up to three words before its
#: noun (group ``verb`` and ``doc``; the rest of the sentence after it is ``rest``): ‘released a short
#: statement last night’, ‘has issued an open letter’, ‘sent him a text’. Never a verb that only
#: handles or shows another's document (‘received a letter’, ‘showed the court an email’).
#:
#: >>> m = RE_ISSUED_DOCUMENT.search(" released a short statement last night")
#: >>> m.group("verb", "doc", "rest")
#: ('released', 'statement', ' last night')
#: >>> RE_ISSUED_DOCUMENT.search(" sent the club a letter in May").group("doc")
#: 'letter'
#: >>> RE_ISSUED_DOCUMENT.search(", has since issued a brief statement").group("doc")
#: 'statement'
#: >>> RE_ISSUED_DOCUMENT.search(" received a letter in May") is None, RE_ISSUED_DOCUMENT.search(" showed the court an email") is None
#: (True, True)
RE_ISSUED_DOCUMENT = LazyPattern(
    r"^,?(?: (?:has|have|had|later|then|also|since|quickly|swiftly),?)*"
    r" (?P<verb>released|issued|published|posted|sent|put out|shared|emailed|e-mailed|circulated|tweeted|wrote|penned|signed)"
    r"(?: (?:him|her|them|us|me|the \p{Ll}+|staff|members|customers|fans|parents|residents))?"
    r" (?:a|an|the|his|her|its|their) (?P<filler>(?:[\p{Ll}\-]+ ){0,3}?)"
    r"(?P<doc>statement|letter|note|message|e-?mail|memo|post|tweet|notice|open letter|text)"
    r"(?P<rest>[^.!?:;“”\"]*)$")

#: Words before the document's noun that make it no object of the verb's own but a picture, copy or part
#: of one (‘posted a photo of the note left on his windscreen’: the note is another's; guard w101d).
#:
#: >>> m = RE_ISSUED_DOCUMENT.search(" posted a photo of the note left on his car")
#: >>> sorted(set(m.group("filler").split()) & NOT_OWN_DOCUMENT_WORDS)
#: ['of', 'photo']
NOT_OWN_DOCUMENT_WORDS = frozenset("""
of photo photos photograph photographs picture pictures image images screenshot screenshots screengrab
copy copies video videos clip clips scan scans
""".split())

#: The rest of the sentence after the document naming its real author (‘issued a statement on behalf of
#: his parents’, ‘signed a letter drafted by her neighbours’, ‘shared a message from the family’): the
#: issuer only passes it on (guard w101d).
#:
#: >>> bool(RE_OTHER_AUTHOR.search(" drafted by her neighbours")), bool(RE_OTHER_AUTHOR.search(" on behalf of the family"))
#: (True, True)
#: >>> bool(RE_OTHER_AUTHOR.search(" last night")), bool(RE_OTHER_AUTHOR.search(" to staff on Monday"))
#: (False, False)
RE_OTHER_AUTHOR = LazyPattern(
    r"\b(?:on behalf of|from|(?:written|drafted|penned|signed|prepared|composed) by)\b", flags=regex.IGNORECASE)

#: The time words the rest of the sentence may hold after the document (‘last night’, ‘on Monday’):
#: any other capitalised word there is a body or a person the "it" may stand for instead.
#:
#: >>> "Monday" in ISSUED_TIME_WORDS, "May" in ISSUED_TIME_WORDS, "Hollis" in ISSUED_TIME_WORDS
#: (True, True, False)
ISSUED_TIME_WORDS = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES])

#: One lower-case word left of a description read short, before its set-off name (‘Callum's management
#: company, Bright Lane Talent,’).
#:
#: >>> RE_NOUN_LEFT.match(" company, Bright Lane Talent,").group()
#: ' company'
RE_NOUN_LEFT = LazyPattern(r" [\p{Ll}\-]+(?=,)")

#: The cues an issued document speaks with: its "it" said, read or stated the words.
#:
#: >>> "read" in DOCUMENT_IT_CUES, "added" in DOCUMENT_IT_CUES, "warned" in DOCUMENT_IT_CUES
#: (True, True, False)
DOCUMENT_IT_CUES = frozenset("said says read reads stated states added adds continued continues began begins".split())


def issued_document_sender(text: str, sp: Span, paras: list[tuple[int, int]], at: int, cue: str, cast: Cast) -> Person | None:
    """The person or body whose document the "it" at ``at`` is: the subject of the sentence right before,
    which released, issued, sent or posted a statement, a letter or a message (RE_ISSUED_DOCUMENT) and
    names no one else after it. None when the cue is not a document's (DOCUMENT_IT_CUES)."""
    if cue.lower() not in DOCUMENT_IT_CUES:
        return None
    lo = paras[sp.paragraph - 1][0] if sp.open_at == sp.para_start and sp.paragraph > 0 else sp.para_start
    lo = max(lo, at - ISSUED_READ_REACH)
    hi = min(at, sp.open_at)
    starts = [lo, *sentence_ends(text, lo, hi)]
    # the last sentence that ends before the words (or before the "it" that opens the words' own sentence)
    own = [s for s in starts if not text[s:hi].strip(" \n“\"‘'")]
    if own:
        starts = [s for s in starts if s < own[0]]
        end = own[0]
    else:
        end = starts[-1]
        starts = starts[:-1]
    if not starts:
        return None
    start = starts[-1]
    sentence = text[start:end].rstrip(" \n.!?")
    if " " not in sentence or not any(v in sentence for v in ISSUING_VERB_CUES):
        return None  # (cheap: most sentences issue nothing)
    x = start + len(text[start:end]) - len(text[start:end].lstrip())
    m = sentence_subject(text, tokenize(text, x, x + len(sentence.lstrip())), cast.knows)
    if m is None or m.kind == "pronoun":
        return None
    after, stop = m.end, x + len(sentence.lstrip())
    if m.kind == "description" and (noun := RE_NOUN_LEFT.match(text, after, stop)) is not None:
        after = noun.end()  # (a description read short of its noun: ‘Callum's management| company, X,’)
    if (named := RE_KIND_THEN_BODY_NAME.match(text, after, stop)) is not None:
        m = Mention(named.start(1), named.end(1), named.group(1), "name")  # the name set off after its kind:
        # ‘Her management company, Bright Lane Talent, released a statement’
        after = named.end()
    else:
        after = m.end
    issued = RE_ISSUED_DOCUMENT.search(text[after:stop])
    if issued is None:
        return None
    if set(issued.group("filler").split()) & NOT_OWN_DOCUMENT_WORDS:
        return None  # (guard w101d: ‘posted a photo of the note …’ shows another's document)
    if RE_OTHER_AUTHOR.search(issued.group("rest")) is not None:
        return None  # (guard w101d: ‘issued a statement on behalf of his parents’, ‘signed a letter drafted
        # by her neighbours’: the rest names the real author)
    if any(w[:1].isupper() and w.strip(",") not in ISSUED_TIME_WORDS for w in issued.group("rest").split()):
        return None  # (another name after the document: ‘sent a letter to the Harbour Board’ leaves "it" open)
    if any(w.strip(",").lower() in BODY_NOUNS or w.strip(",").lower() in ORG_WORDS for w in issued.group("rest").split()):
        return None  # (or a body by its kind: ‘sent a letter to the company. It said …’ may be the company's)
    who = cast.resolve(m)[0]
    if who is None or who.placelike or who.kind not in ("name", "organisation"):
        return None
    if m.text.split()[0] in SAINT_ABBREVIATIONS and not who.name.startswith(m.text.split()[0]):
        return None  # (guard w101d: the cast reads ‘St Agnes Hospital’ short as "Agnes Hospital"; a body
        # named for a saint is given whole or not at all)
    return who
