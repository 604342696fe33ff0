"""A statement read out by one person for another (w112f): "the statement" a cue names afterwards is
the one it was read for, not the reader and not the document (‘Outside court, Mr Hale’s solicitor,
Ann Cole, read a statement on his behalf. / “…,” the statement said.’ is Mr Hale's; ‘The family’s
lawyer read a statement on their behalf.’ the family's, named as the article names it: ‘the Pryor
family’). Found once per article; the cue's "the statement" takes the last one read before it.

Not handled: a reader with no owner written before it (‘A friend read a statement on their behalf’:
"their" may be anyone), nor a statement issued (not read) for another, which
:mod:`quotesearch.document_issuers` leaves alone on purpose.
"""

from __future__ import annotations

import functools

from quotesearch.document_issuers import NOT_NAME_START
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.people import Person
from quotesearch.speakers import Cast

#: Who reads a statement for another: one acting for them, or kin.
READER_NOUNS = frozenset("""solicitor solicitors lawyer lawyers attorney attorneys barrister counsel
spokesman spokeswoman spokesperson representative representatives agent publicist advocate
son daughter brother sister friend liaison officer""".split())

#: The documents read out for another that a later bare "the …" names.
READ_DOCUMENT_NOUNS = frozenset("statement letter tribute message".split())

#: The owner as a possessive right before the reader (group ``owner``): a name with a title or not (‘Mr
#: Hale’s solicitor’), or a group (‘the family’s lawyer’, ‘the Pryor family’s solicitor’); the reader's
#: name may be set off after it; never an opening word or a time (‘Later Mr Hale’s’ is Mr Hale's). Then "read (out)" a document "on his/her/their behalf" (group ``doc``).
#:
#: >>> m = RE_READ_ON_OWNERS_BEHALF.search("Later Mr Hale’s solicitor, Ann Cole, read a statement on his behalf outside")
#: >>> m.group("owner", "doc", "pron")
#: ('Mr Hale', 'statement', 'his')
#: >>> RE_READ_ON_OWNERS_BEHALF.search("Outside, the family’s lawyer read out a short statement on their behalf.").group("owner")
#: 'the family'
#: >>> RE_READ_ON_OWNERS_BEHALF.search("A friend read a statement on their behalf.") is None
#: True
#: >>> RE_READ_ON_OWNERS_BEHALF.search("Mr Hale’s solicitor read a statement to the court.") is None
#: True
RE_READ_ON_OWNERS_BEHALF = LazyPattern(
    r"(?P<owner>(?:(?<![\p{L}’'])(?i:the) (?:\p{Lu}[\p{L}\-]+ )?(?:family|families|parents|relatives|club|estate)"
    r"|(?<![\p{L}\-’'.])" + NOT_NAME_START + r"\p{Lu}[\p{L}\-.]*(?: \p{Lu}[\p{L}\-]*){0,3}))[’']s? (?:[\p{Ll}\-]+ )?(?P<reader>"
    + "|".join(sorted(READER_NOUNS)) + r")(?:, [^,.;\n“”\"]{2,60},)? read (?:out )?(?:a|an|the) "
    r"(?:[\p{Ll}\-]+ ){0,2}?(?P<doc>" + "|".join(sorted(READ_DOCUMENT_NOUNS)) + r") on (?P<pron>his|her|their) behalf\b")

#: A document read "on behalf of" a group (group ``owner``): the family, kin, or a name, and the noun
#: (group ``doc``).
#:
#: >>> RE_READ_ON_BEHALF_OF.search("Her cousin read a statement on behalf of the Pryor family outside court").group("owner", "doc")
#: ('the Pryor family', 'statement')
#: >>> RE_READ_ON_BEHALF_OF.search("A lawyer read a statement on behalf of his parents.").group("owner")
#: 'his parents'
#: >>> RE_READ_ON_BEHALF_OF.search("A statement was issued on behalf of the family.") is None
#: True
RE_READ_ON_BEHALF_OF = LazyPattern(
    r"\bread (?:out )?(?:a|an|the) (?:[\p{Ll}\-]+ ){0,2}?(?P<doc>" + "|".join(sorted(READ_DOCUMENT_NOUNS))
    + r") on behalf of (?P<owner>(?:the|his|her|their) (?:\p{Lu}[\p{L}\-]+ )?(?:family|families|parents|relatives|widow|children)\b)")

#: A family named by its surname (group 1), the name a bare "the family" owner stands for when the
#: article names one family only.
#:
#: >>> [m.group(1) for m in RE_NAMED_FAMILY.finditer("The Pryor family said. the Pryor family’s home")]
#: ['Pryor', 'Pryor']
#: >>> RE_NAMED_FAMILY.search("the royal family") is None
#: True
RE_NAMED_FAMILY = LazyPattern(r"\b[Tt]he (\p{Lu}[\p{L}\-]+) family\b")

#: A bare "the <noun>" a cue names.
#:
#: >>> RE_THE_READ_DOCUMENT.fullmatch("The statement").group(1), RE_THE_READ_DOCUMENT.fullmatch("the police statement")
#: ('statement', None)
RE_THE_READ_DOCUMENT = LazyPattern(r"(?i:the) (" + "|".join(sorted(READ_DOCUMENT_NOUNS)) + r")")

#: Another document of the nouns brought in between the reading and the cue, which "the …" may name
#: instead (‘a second statement’, ‘the club’s statement’).
#:
#: >>> RE_OTHER_READ_DOCUMENT.search("Later a second statement came") is not None
#: True
RE_OTHER_READ_DOCUMENT = LazyPattern(r"\b(?:(?i:a|an|another|its)|\p{L}+[’']s) (?:[\p{L}\-]+ ){0,2}?(?:"
                                     + "|".join(sorted(READ_DOCUMENT_NOUNS)) + r")\b")

#: The document's noun again between the reading and the cue, unless as the same document's own cue
#: (‘the statement added’): ‘Police later issued the following statement.’, ‘released the statement
#: below’, ‘read aloud the letter written by …’ bring in another, which "the …" may name instead.
#:
#: >>> RE_READ_DOCUMENT_AGAIN.search("West Yorkshire Police later issued the following statement.") is not None
#: True
#: >>> RE_READ_DOCUMENT_AGAIN.search("“We are grateful,” the statement added. “…”") is None
#: True
RE_READ_DOCUMENT_AGAIN = LazyPattern(
    r"(?<!(?i:the) )\b(?:" + "|".join(sorted(READ_DOCUMENT_NOUNS)) + r")s?\b"
    r"|\b(?:" + "|".join(sorted(READ_DOCUMENT_NOUNS)) + r")s?\b(?! (?:said|added|continued|went on|concluded|ended)\b)")

#: How far before the cue the reading may be told of, in characters.
BEHALF_REACH = 700


@functools.lru_cache(maxsize=64)
def statements_read_for(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Each document read for another, in order: (start, end, noun, owner as written)."""
    if " behalf" not in text:  # (the cheap part of every match first)
        return ()
    found = [(m.start(), m.end(), m.group("doc"), m.group("owner")) for m in RE_READ_ON_OWNERS_BEHALF.finditer(text)]
    found += [(m.start(), m.end(), m.group("doc"), m.group("owner")) for m in RE_READ_ON_BEHALF_OF.finditer(text)]
    return tuple(sorted(found))


def _family_named(text: str) -> str | None:
    """The one family the article names by its surname (‘the Pryor family’), or None."""
    names = {m.group(1) for m in RE_NAMED_FAMILY.finditer(text)}
    return f"the {names.pop()} family" if len(names) == 1 else None


def behalf_owner(text: str, mention: Mention, cast: Cast) -> Person | None:
    """The one a bare "the statement" a cue names was read for (see the module's note), or None."""
    if (the := RE_THE_READ_DOCUMENT.fullmatch(mention.text)) is None:
        return None
    noun = the.group(1).lower()
    read = [r for r in statements_read_for(text) if r[1] <= mention.start and r[2] == noun]
    if not read or mention.start - read[-1][1] > BEHALF_REACH:
        return None
    _, end, _, owner = read[-1]
    if RE_OTHER_READ_DOCUMENT.search(text, end, mention.start) is not None \
            or RE_READ_DOCUMENT_AGAIN.search(text, end, mention.start) is not None:
        return None
    words = owner.split()
    if words[-1][:1].islower():  # (a group: "the family", "his parents")
        if words[0].lower() != "the":
            return None  # ("his family", "his parents": whose is a pronoun's)
        if words[-1] == "family" and len(words) == 2:
            named = _family_named(text)
            return Person(named or owner, kind="description" if named is None else "organisation")
        return Person(owner, kind="description")
    start = text.rfind(owner, 0, end)
    person, _ = cast.resolve(Mention(start, start + len(owner), owner, "name"))
    return person if person is not None and person.kind == "name" else None
