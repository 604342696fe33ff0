"""Blocks of remarks with no cue: a quotation that runs over several paragraphs, each opening with a mark
and only the last closing, with no cue anywhere in it or after it (a feature's long passage, a judge's
remarks set out in full). Whose it is comes from around it (:func:`_remark_blocks`):

- the one speaker quoted last before it, when a single paragraph of narrative between them names no one
  else (‘“…,” Fenwick said. / The firm's software takes copies …. / “What we've built …. / “Right now …”’);
- else, when nothing but a headline is quoted before it, the one person the paragraph right before it
  names, when it names no one else (‘Dr. Ana Ruiz has spent
  thirty summers on the ice …. / “When I first came here …. / “I sat down …”’), or the one whose remarks
  or words it says follow (‘… extracts from the sentencing remarks of Judge X in the case of R v Y, in which
  Y …. / “…. / “…”’).

A quotation of one paragraph alone is never read here: the sieves of :mod:`quotesearch.continuation`
decide it. Two people the paragraph names, with no signpost to one of them, leave the block no one's.
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found
from quotesearch.full_names import _name_start
from quotesearch.lexicon import LazyPattern
from quotesearch.people import Person

#: A signpost that the words below are someone's remarks, named right after it (‘the sentencing remarks of
#: Her Honour Judge X’, ‘the speech by Mayor Y’, ‘an extract from the eulogy given by Z’): the name's start is
#: at the match's end, up to three title words in capitals between.
#:
#: >>> RE_REMARKS_OF.search("extracts from the sentencing remarks of Her Honour Judge Ada Lyle at").end()
#: 57
#: >>> RE_REMARKS_OF.search("the remarks of the minister") is None
#: True
RE_REMARKS_OF = LazyPattern(r"\b(?:remarks|speech|address|eulogy|statement|testimony|lecture|sermon|homily|judgment|ruling)"
                            r" (?:given |delivered |made )?(?:of|by|from) (?:\p{Lu}\p{L}+\.? ){0,3}(?=\p{Lu})")

#: Given names between a signpost's end and the surname's spot (‘Ada ’ of ‘Ada Lyle’), none at all included.
#:
#: >>> bool(RE_NAME_WORDS.fullmatch("Ada Mae ")), bool(RE_NAME_WORDS.fullmatch("")), bool(RE_NAME_WORDS.fullmatch("at the "))
#: (True, True, False)
RE_NAME_WORDS = LazyPattern(r"(?:\p{Lu}[\p{L}’'\-]*\.? ){0,3}")

#: Writing, a sign or a notice the narrative between tells of (‘a notice pinned to the door told patients’,
#: ‘It had been written by her grandfather’): the words below may be its, never the last speaker's or the
#: lede's person's (w96b guard).
#:
#: >>> bool(RE_OTHER_SOURCE.search("a notice pinned to the door")), bool(RE_OTHER_SOURCE.search("It was written by him"))
#: (True, True)
#: >>> RE_OTHER_SOURCE.search("The notion that patients wait") is None
#: True
RE_OTHER_SOURCE = LazyPattern(r"\b(?:(?i:letters?|notes?|notices?|signs?|messages?|texts?|e-?mails?|posts?|statements?|memos?"
                              r"|diary|diaries|postcards?|telegrams?|cards?|placards?|banners?|posters?|leaflets?|tweets?"
                              r"|written|wrote|penned|scrawled))\b")

#: A relation or possessor word right before a name (‘The mother of ’ Holly Grant): the person the lede
#: is about is not the one it names (w96b guard).
#:
#: >>> bool(RE_RELATION_OF.search("The mother of ")), bool(RE_RELATION_OF.search("the family of the late "))
#: (True, True)
RE_RELATION_OF = LazyPattern(r"\b(?i:mother|father|parents?|family|families|wife|husband|partner|son|daughter|sons|daughters"
                             r"|brother|sister|siblings?|friends?|relatives?|grandmother|grandfather|grandparents?|widow"
                             r"|widower|fiancée?|girlfriend|boyfriend|uncle|aunt|cousin|lawyers?|solicitors?|spokes(?:man|woman|person)"
                             r"|neighbours?|neighbors?|colleagues?|children|loved ones) of (?:the (?:late )?)?$")

#: A name as possessor (‘Holly’s mother’), read at the name's spot (the words opening by addressing the
#: name, ‘Holly, please’, are _named_as_other's own test).
#:
#: >>> bool(RE_POSSESSIVE_AFTER.match("Holly’s mother")), bool(RE_POSSESSIVE_AFTER.match("Holly, please"))
#: (True, False)
RE_POSSESSIVE_AFTER = LazyPattern(r"\p{L}[\p{L}\-]*[’']s\b")


def _block_chains(spans, results) -> list[tuple[int, int]]:
    """The cueless chains of quotations that run over paragraphs (``i`` to ``k``, both in), each opening
    its paragraph, the first continuing into the next and none with a speaker or a cue yet."""
    out = []
    n = len(results)
    i = 0
    while i < n:
        sp, found, kind = results[i]
        if found is None and kind != "scare" and sp.continues and not sp.continued and sp.open_at == sp.para_start:
            k = i
            while k + 1 < n and results[k][0].continues and results[k + 1][0].continued \
                    and results[k + 1][1] is None and results[k + 1][0].open_at == results[k + 1][0].para_start:
                k += 1
            if k > i and not results[k][0].continues:
                out.append((i, k))
            i = k + 1
        else:
            i += 1
    return out


def _people_in(cast, lo: int, hi: int) -> list[tuple[int, Person]]:
    """The people and groups the stream of mentions names between ``lo`` and ``hi``."""
    position, cast.position = cast.position, hi
    named = [(at, p) for at, p in cast.recent if lo <= at < hi]
    cast.position = position
    return named


def _remark_blocks(text, spans, results, cast, paras) -> None:
    """Give each cueless block of remarks the speaker around it tells (see the module's note), in place."""
    if not any(sp.continues for sp in spans):
        return  # (the cheap test: no quotation runs over paragraphs)
    for i, k in _block_chains(spans, results):
        sp = results[i][0]
        if sp.paragraph == 0:
            continue
        if results[k][0].paragraph + 1 < len(paras):
            n_lo, n_hi = paras[results[k][0].paragraph + 1]
            if n_hi - n_lo <= 80 and text[n_lo:n_lo + 1] in "—–-":
                continue  # (a sign-off line after it says whose it is)
        j = i - 1
        while j >= 0 and results[j][2] == "scare":
            j -= 1
        p_lo, p_hi = paras[sp.paragraph - 1]
        if text[p_lo:p_hi].rstrip().endswith(":"):
            continue  # (a colon's introduction is read by the sieves before)
        if RE_OTHER_SOURCE.search(text, p_lo, p_hi) is not None:
            continue  # (writing or a notice the paragraph before tells of may be whose the words are: ‘a notice
            # pinned to the door told patients …’, ‘It had been written by her grandfather …’; w96b guard)
        named = _people_in(cast, p_lo, p_hi)
        person = None
        if j >= 0 and results[j][0].paragraph == sp.paragraph - 2 and results[j][1] is not None \
                and (prev := results[j][1].person) is not None and prev.kind == "name" and not prev.plural \
                and all(q is prev or q.kind == "organisation" for _, q in named) \
                and all(results[x][2] == "scare" for x in range(j + 1, i)):
            person = prev  # the speaker quoted last, one paragraph of narrative between naming no one else
        elif j < 0 or (results[j][0].paragraph == 0 < sp.paragraph - 1):  # (no words quoted before it, a headline's
            # aside: never past another's, whose block it may be)
            if (sign := RE_REMARKS_OF.search(text, p_lo, p_hi)) is not None:
                at, q = next(((at, q) for at, q in named if at >= sign.end()), (-1, None))
                if q is not None and q.kind == "name" and not q.plural and RE_NAME_WORDS.fullmatch(text, sign.end(), at):
                    person = q  # (the one whose remarks they are: its stream spot is the surname's, given names before)
            elif named and len({id(q) for _, q in named}) == 1 and named[0][1].kind == "name" and not named[0][1].plural \
                    and text[p_lo:p_hi].rstrip().endswith((".", "!", "?")) \
                    and not _named_as_other(text, named, sp, p_lo):
                person = named[0][1]  # the one person the paragraph before names
        if person is None:
            continue
        for x in range(i, k + 1):
            results[x] = (results[x][0], Found(None, person, "remark-block", None, "name"), results[x][2])
        while k + 1 < len(results) and _whole_paragraph_after(text, results[k][0], results[k + 1]):
            k += 1  # (and the cueless paragraphs of words right after it, each a quotation whole: the block goes on,
            # as the sieves carry a speaker to the paragraph after: ‘“…. / “…” / “I have read your letter. …”’)
            results[k] = (results[k][0], Found(None, person, "remark-block", None, "name"), results[k][2])


def _named_as_other(text, named, sp, p_lo) -> bool:
    """The lede's one person is named only as another's relation (‘The mother of Holly Grant’), as a
    possessor (‘Holly Grant’s mother’), or the block opens by addressing them (‘Holly, please come home’):
    the words are someone else's (w96b guard)."""
    person = named[0][1]
    given = person.name.split()[0] if person.name else ""
    if given and text.startswith(given + ",", sp.open_at + 1):
        return True
    for at, _ in named:
        start = _name_start(text, at)
        if RE_RELATION_OF.search(text, max(p_lo, start - 60), start) is not None:
            return True
        if RE_POSSESSIVE_AFTER.match(text, at) is not None:
            return True
    return False


def _whole_paragraph_after(text, before, result) -> bool:
    """``result`` is a quotation with no speaker yet that is the whole paragraph right after the one ``before`` ends."""
    sp, found, kind = result
    return found is None and kind != "scare" and sp.paragraph == before.paragraph + 1 and sp.open_at == sp.para_start \
        and not sp.continued and not sp.continues and (sp.close_end or sp.end) >= sp.para_end - 1
