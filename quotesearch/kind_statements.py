"""Whose "a statement" is when a body by its kind said something right before it: ‘The league said the
sanction was automatic. “…,” a statement read.’ is the league the article named, ‘The force said it had
referred the matter. / “…,” a force statement said.’ the police force (w100c).

The named body's own saying right before (‘Calder Water said …. / “…,” a statement said.’) is
:func:`~quotesearch.statements._body_announcing_before`'s; this one reads "the <kind>" to the body the
article named of that kind, as "the league said" is read elsewhere.
"""

from __future__ import annotations

from quotesearch.bodies import _body_before
from quotesearch.body_kinds import _body_fits
from quotesearch.body_names import _body_of_kind
from quotesearch.described_bodies import _described_body
from quotesearch.earlier_statements import RE_BODY_KIND_STATEMENT
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.people import Person
from quotesearch.quote_spans import Span
from quotesearch.sole_bodies import _sole_body_of_kind
from quotesearch.speakers import Cast
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.statements import RE_TRIBUTE_WORDS
from quotesearch.time_words import WEEKDAY_NAMES
from quotesearch.unnamed_subjects import _sentence_before_quote

#: A body by its kind opening its sentence as the subject, its verb of saying right after, "also" or
#: "has"/"had" between or not (‘The league said’, ‘The force has said’, ‘The board also said’): group
#: ``kind`` the kind, ``verb`` the verb.
#:
#: >>> RE_KIND_SAYS.match("The league said the sanction was automatic.").group("kind", "verb")
#: ('league', 'said')
#: >>> RE_KIND_SAYS.match("The force has also confirmed that").group("kind", "verb")
#: ('force', 'confirmed')
#: >>> RE_KIND_SAYS.match("The Premier League said") is None, RE_KIND_SAYS.match("The league's chief said") is None
#: (True, True)
RE_KIND_SAYS = LazyPattern(r"The (?P<kind>\p{Ll}+) (?:(?:has|had|have) )?(?:also )?(?P<verb>\p{Ll}+)\b")

#: A body's answer, by its name and "'s", opening its sentence (‘Dornfield’s response was terse.’,
#: ‘Harcastle's reply came within the hour.’): group ``owner`` the name, whose statement the words after
#: may be.
#:
#: >>> RE_OWNERS_RESPONSE.match("Dornfield’s response was terse.").group("owner")
#: 'Dornfield'
#: >>> RE_OWNERS_RESPONSE.match("Tellmoor Rowing Club's official reply came late.").group("owner")
#: 'Tellmoor Rowing Club'
#: >>> RE_OWNERS_RESPONSE.match("The club's response was terse.") is None, RE_OWNERS_RESPONSE.match("Dornfield’s manager was terse.") is None
#: (True, True)
RE_OWNERS_RESPONSE = LazyPattern(r"(?!The\b)(?P<owner>\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3})[’']s (?:\p{Ll}+ )?"
                                 r"(?:response|reply|reaction|answer) (?:was|came)\b")

#: How long the sentence of the body's saying may be, in characters: a short report of what it said,
#: never a long paragraph that may bring in others.
KIND_SAYING_MOST = 300

#: Kinds of body a family's tribute may follow (‘The force said a man died. / “He was a loving father,”
#: a statement said.’ is the family's): with these, a statement of tribute stays as written. Only kinds
#: :data:`~quotesearch.nicknames.BODY_NOUNS` holds matter (a force, a constabulary, an ambulance service,
#: a hospital, a trust), as "the <kind> said" is read only for those.
#:
#: >>> "force" in TRIBUTE_FOLLOWED_KINDS, "league" in TRIBUTE_FOLLOWED_KINDS
#: (True, False)
#: >>> TRIBUTE_FOLLOWED_KINDS <= BODY_NOUNS
#: True
TRIBUTE_FOLLOWED_KINDS = frozenset("force constabulary service hospital trust".split())


#: A report of a death or an injury, in the saying of a force's or a hospital's (‘The force said the man
#: had died at the scene.’, ‘The force said his death was not suspicious.’): a statement after it may be the
#: family's tribute, whatever its words (guard, review rv-w100c).
#:
#: >>> bool(RE_DEATH_REPORTED.search("The force said the 29-year-old had died at the scene.")), bool(RE_DEATH_REPORTED.search("The force said it had referred the matter."))
#: (True, False)
RE_DEATH_REPORTED = LazyPattern(r"\b(?i:died|dies|death|deaths|dead|body|bodies|killed|fatal|fatally|injury|injuries"
                                r"|injured|found)\b")

#: A tribute's opening the other tribute words miss: a given name and "was"/"is" (‘Danny was a wonderful
#: son’, ‘Amir is the kindest person’), or praise of someone in the third person (‘He lit up every room’,
#: ‘She will be remembered’) (guard, review rv-w100c).
#:
#: >>> bool(RE_TRIBUTE_OPENING.match("Danny was a wonderful son")), bool(RE_TRIBUTE_OPENING.match("This was a tragic incident"))
#: (True, False)
#: >>> bool(RE_TRIBUTE_OPENING.search("the family said he lit up every room")), bool(RE_TRIBUTE_OPENING.match("Officers were called"))
#: (True, False)
RE_TRIBUTE_OPENING = LazyPattern(
    r"\G(?!(?:This|That|It|There|What|Which|Everyone|Everything|Nobody|Nothing|Anyone|Our|Their|The|Police|Officers)\b)"
    r"\p{Lu}\p{Ll}+ (?:was|is)\b"
    r"|\b(?i:lit up|light up|kindest|wonderful (?:son|daughter|man|woman|father|mother|brother|sister|husband|wife|friend)"
    r"|will be (?:remembered|missed)|heartbroken|devastated|taken from us|a heart of gold|much-loved|much loved)\b")

#: The first person singular in the words (‘I can't wait to get started’, ‘my new club’): a person's words,
#: which a body's "a statement" may carry but only if no person is named right before (guard, review
#: rv-w100c).
#:
#: >>> bool(RE_SPEAKER_FIRST_PERSON.search("I can't wait to get started")), bool(RE_SPEAKER_FIRST_PERSON.search("We are delighted"))
#: (True, False)
#: >>> [m.group() for m in RE_SPEAKER_FIRST_PERSON.finditer("I’m sure I'd say it's my club, for me")]
#: ['I', 'I', 'my', 'me']
RE_SPEAKER_FIRST_PERSON = LazyPattern(r"\bI\b|\b(?i:my|me|myself)\b")

#: A run of capitalised words, the names a saying sentence may bring in.
#:
#: >>> [m.group() for m in RE_SAYING_NAME_RUN.finditer("The club said Jamie Marsh had passed a medical on Monday.")]
#: ['The', 'Jamie Marsh', 'Monday']
RE_SAYING_NAME_RUN = LazyPattern(r"\b\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*")


def _names_person(text: str, lo: int, hi: int, cast: Cast) -> bool:
    """Whether text[lo:hi] names a person the cast knows (‘The club said Marsh had passed a medical’), never
    a day's or a body's name."""
    for m in RE_SAYING_NAME_RUN.finditer(text, lo, hi):
        if m.group() in WEEKDAY_NAMES:
            continue
        p, _ = cast.resolve(Mention(m.start(), m.end(), m.group(), "name"))
        if p is not None and p.kind == "name":
            return True
    return False


def _kind_announcing_before(text: str, sp: Span, mention: Mention, paras: list[tuple[int, int]],
                            cast: Cast) -> Person | None:
    """The body "the <kind>" stands for, when the sentence right before the words opens with it saying
    something, for "a statement" or "a <kind> statement" a cue names (‘The league said the sanction was
    automatic. “…,” a statement read.’; ‘The force said it was aware of the footage. / “…,” a force
    statement said.’). Never another kind's statement (‘The league said …. “…,” a club statement read’),
    never a sentence with quotation marks in it (whose words those are is the cue's business), never a
    tribute after a force's or a hospital's saying (the family's), and only a body the article named.
    A body's answer by its name told of right before is the same (‘Dornfield’s response was terse. “…,” a
    club statement read.’), when the name is a body's of the statement's kind (never a person's answer)."""
    kind_noun = RE_BODY_KIND_STATEMENT.fullmatch(mention.text)
    if kind_noun is None or not mention.text.lower().startswith("a ") or (where := _sentence_before_quote(text, sp, paras)) is None:
        return None  # (the cheap shape first: "a [kind] statement")
    lo, hi, _ = where
    while lo < hi and text[lo].isspace():
        lo += 1
    if (owner := RE_OWNERS_RESPONSE.match(text, lo, hi)) is not None and hi - lo <= KIND_SAYING_MOST \
            and not any(q in text[lo:hi] for q in "“”\"‘"):
        body, _ = cast.resolve(Mention(owner.start("owner"), owner.end("owner"), owner.group("owner"), "name"))
        if body is None or body.kind != "organisation" \
                or (kind_noun.group(1) is not None and not _body_of_kind(body.name.split(), kind_noun.group(1).lower())):
            return None  # (a body, of the statement's kind when it has one: never ‘Dornfield’s response was terse.
            # “…,” a union statement read.’)
        return body  # (‘Dornfield’s response was terse. “…,” a club statement read.’: the body named so, w100c)
    says = RE_KIND_SAYS.match(text, lo, hi)
    if says is None or hi - lo > KIND_SAYING_MOST or says.group("verb") not in SPEECH_VERBS \
            or says.group("kind") not in BODY_NOUNS or any(q in text[lo:hi] for q in "“”\"‘"):
        return None
    kind = says.group("kind")
    if kind_noun.group(1) is not None and kind_noun.group(1).lower() != kind:
        return None  # (another kind's statement: ‘The league said …. “…,” a club statement read’)
    if kind in TRIBUTE_FOLLOWED_KINDS and (RE_TRIBUTE_WORDS.search(text, sp.start, sp.end) is not None
                                           or RE_TRIBUTE_OPENING.search(text, sp.start, sp.end) is not None):
        return None
    if kind in TRIBUTE_FOLLOWED_KINDS and (RE_DEATH_REPORTED.search(text, lo, hi) is not None or any(
            RE_DEATH_REPORTED.search(text, a, b) is not None for a, b in paras if a <= lo < b)):
        return None  # (‘The force said the 29-year-old had died. / “Danny was a wonderful son …,” a statement
        # said.’ is the family's: a death or an injury reported, guard, review rv-w100c)
    if RE_SPEAKER_FIRST_PERSON.search(text, sp.start, sp.end) is not None \
            and _names_person(text, says.end("verb"), hi, cast):
        return None  # (‘The club said Marsh had passed a medical. “I can't wait to get started,” a statement
        # read.’: a person's words, the person named right before, guard, review rv-w100c)
    at = says.start()
    body = _body_before(text, at, kind, sp, paras, cast) or _described_body(text, at, kind, cast) \
        or _sole_body_of_kind(text, at, kind, cast)
    if body is None or body.kind != "organisation" or not _body_fits(text, Mention(at, says.end("kind"), text[at:says.end("kind")], "description"), kind, body):
        return None
    return body
