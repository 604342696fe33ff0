"""Whom a "they" stands for: someone unnamed with a stance, a named one and their fellows, a plural
group that opens the sentence before, a singular "they" and an anonymous source, and who a short
opening phrase brings in.
"""

from __future__ import annotations

import regex

from quotesearch.backward_cues import BULLETS
from quotesearch.cues import PLACE_OPENERS
from quotesearch.cue_tokens import BE_FORMS, Found, _verb_like, last_sentence_start, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import ANONYMOUS_SOURCE_NOUNS, DESCRIPTION_NOUNS, STANCE_NOT_PASSIVE, STANCE_WORDS
from quotesearch.speech_words import PRONOUNS
from quotesearch.backward_mentions import FELLOW_WORKERS
from quotesearch.mention_words import Mention, description_head
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import COLLECTIVE_NOUNS, OPENING_PREPOSITIONS, Person, RE_PEOPLE_PLURAL
from quotesearch.described_people import _unnamed_person
from quotesearch.titles import _ends_before_marks


#: What stands between someone unnamed and their stance: an aside set off by commas (‘A senior official,
#: who did not wish to be named, was less sure.’) or a relative clause that tells who they are, unset
#: (‘A retired ferryman who attended the meeting was unmoved.’, ‘a woman in her eighties who declined to
#: give her name summed it up.’), its span the group "clause" (whose "her" is no one else's); a "who"
#: aside set off by commas may run longer, its span the group "setoff" (whose capitals are only objects:
#: ‘…, who asked not to be named because of talks with the Government, was blunter.’).
#:
#: >>> bool(RE_STANCE_AFTER.match(" who attended the meeting was unmoved.")), bool(RE_STANCE_AFTER.match(" summed it up."))
#: (True, True)
#: >>> RE_STANCE_AFTER.match(" who was worried about the pier said") is None
#: True
#: >>> RE_STANCE_AFTER.match(", who did not wish to be named because of ongoing talks with the Government, was blunter.").group("setoff")
#: ' who did not wish to be named because of ongoing talks with the Government'
#:
#: An aside opening on a participle tells where they were or what they did, set off the same way, and may
#: run as long, its capitals only places and times (‘Another mother, waiting at the gate of Hillview Primary on
#: Friday after missing the letter, was less sympathetic.’), w104d:
#:
#: >>> RE_STANCE_AFTER.match(", waiting at the gate of Hillview Primary on Friday after missing the letter, was "
#: ...                       "less sympathetic.").group("setoff")
#: ' waiting at the gate of Hillview Primary on Friday after missing the letter'
#: >>> RE_STANCE_AFTER.match(", waiting at the gate, said she was less sympathetic.") is None
#: True
_STANCE_SUBJECT_ASIDE = (r"(?:,(?:(?P<setoff> who \p{Ll}[^,.;:“”\"]{0,100}?| \p{Ll}+ing\b[^,.;:“”\"]{0,100}?)|[^,]{1,60}),"
                         r"|(?P<clause> who \p{Ll}[^,.;:“”\"]{0,60}?))?")
RE_STANCE_AFTER = LazyPattern(_STANCE_SUBJECT_ASIDE + r" (?:was|is|were|seemed|sounded|felt|remained|appeared) (?:(?:less|more|not|far|much|also|equally|just as) ){0,2}"
                                r"(?:" + "|".join(STANCE_WORDS) + r")" + STANCE_NOT_PASSIVE +
                                r"|" + _STANCE_SUBJECT_ASIDE + r" (?:disagreed|agreed|objected|differed|dissented|demurred)\b"
                                # (or a point of theirs told of before their question: ‘Another reporter
                                # pointed out that the line had been promised twice.’)
                                r"|" + _STANCE_SUBJECT_ASIDE + r" (?:pointed out|noted|observed|remarked) that\b"
                                # (or words of theirs told of, not quoted: ‘… put it more bluntly.’, ‘… offered a
                                # similar account.’)
                                r"|" + _STANCE_SUBJECT_ASIDE + r" (?:also )?(?:put it (?:more |less |even |most )?\p{Ll}+ly"
                                r"|summed (?:it |things )?up"  # (‘A retired docker summed it up.’)
                                r"|(?:offered|gave|told|had|shared|took) (?:a|an) (?:\p{Ll}+ )?"
                                r"(?:account|view|story|take|assessment|explanation|version|verdict|perspective))\b")

#: The point told of (‘pointed out that’), which brings in one who only goes on to ask.
RE_POINTED_OUT = LazyPattern(r"(?:pointed out|noted|observed|remarked) that$")


def _question_at(text: str, at: int) -> bool:
    """The quotation opening at ``at`` is a question (‘“Is the operator being penalised?” she asked’)."""
    while at < len(text) and (text[at].isspace() or text[at] in "“\""):
        at += 1  # (past the line break and the opening mark, when ``at`` is the paragraph's end before it)
    close = min((c for c in (text.find(q, at, at + 600) for q in "”\"") if c >= 0), default=-1)
    return close > at and text[:close].rstrip().endswith("?")


#: One person brought in unnamed as a sentence's subject, with a stance (‘But one Conservative MP, who
#: asked not to be named, was scathing.’, ‘Another, a loyalist, was more emotional.’), with where they
#: are from after the noun (‘A senior Tory figure in the county was less restrained.’).
#:
#: >>> RE_ONE_UNNAMED_OPENS.match("A senior Tory figure in the county was less restrained.").group("who")
#: 'A senior Tory figure in the county'
RE_ONE_UNNAMED_OPENS = LazyPattern(r"\s*(?:(?:But|And|Yet) )?(?:(?P<who>(?i:one|another|an?) (?:[\p{L}\-]+ ){0,3}?[\p{L}\-]+"
                                     r"(?: (?:in|from|at) the \p{Ll}+)?)"
                                     r"|Another, an? (?P<aside>[\p{Ll}\-]+(?: [\p{Ll}\-]+){0,2}),)(?=" + RE_STANCE_AFTER.pattern + ")")


#: A sentence opening with a plural group of people as its subject and a verb: ‘The stewards reprimanded’,
#: ‘The judges also ruled’. Group 1, the group.
RE_PLURAL_SUBJECT_OPENS = LazyPattern(r"(?:The|the) ([a-z]+s)(?: also| then| later)? [a-z]+ed\b")


#: One named and those who worked with them, right after the name: ‘ and her counterparts’.
RE_AND_FELLOWS = LazyPattern(r" and (?:his|her|their) ([\w-]+)")

#: What lies between the quotation and the next one a fellows' "they" may give: the "they" and its cue alone.
RE_FELLOWS_THEY_NEXT = LazyPattern(r"\s*They (?:also |further |then )?[a-z]+(?: that)?[:,]?\s*$")


def _lead_of_fellows(text: str, sp: Span, psp: Span, prev: Found | None) -> Person | None:
    """The person the quotation before ``sp`` (``psp``, in the same paragraph or the one before) was
    given by a name followed by "and his/her colleagues" (‘Caroline Hesketh and her counterparts
    write:’): the one a "they" after it goes by, as the first words did."""
    if prev is None or prev.person is None or prev.mention is None or prev.mention.kind != "name" \
            or psp.paragraph < sp.paragraph - 1 or prev.rule not in ("cue-before", "colon"):
        return None
    m = RE_AND_FELLOWS.match(text, prev.mention.end)
    if m is None or m.group(1).lower() not in FELLOW_WORKERS:
        return None
    gap = text[(psp.close_end or psp.end):sp.open_at]
    if len(sentence_ends(text, psp.close_end or psp.end, sp.open_at)) > 1 or len(gap) > 60 \
            or not RE_FELLOWS_THEY_NEXT.match(gap):
        return None  # (guard: only a "they" opening the sentence right after the quotation, ‘“…” / They add:’;
        # never one after a sentence of someone else's between, ‘The Department of Health disputed the
        # findings. They said: “…”’)
    return prev.person


def _plural_subject_before(text: str, sp: Span) -> Person | None:
    """The plural group of people the sentence before a "they" cue opens with, in the quotation's own
    paragraph, when nothing resolved the "they": ‘The stewards reprimanded Marchand …. In their
    decision, they said he had been released “into the path of another car”’ is the stewards'."""
    if sp.open_at <= sp.para_start:
        return None
    ends = _ends_before_marks(text, sp)
    if not ends:
        return None
    b = ends[-2] if len(ends) > 1 else sp.para_start
    while b < ends[-1] and text[b].isspace():
        b += 1
    group = RE_PLURAL_SUBJECT_OPENS.match(text, b, ends[-1])
    if group is None or group.group(1) not in DESCRIPTION_NOUNS or group.group(1) in THING_NOUNS:
        return None
    return Person(f"the {group.group(1)}", kind="description", plural=True)


def _singular_they(text: str, sp: Span, lo: int) -> Person | None:
    """The one person the sentence just before opens with, unnamed, for a "they" after a quotation
    that nothing plural before resolves: a singular "they" (‘But one Conservative MP, who asked not
    to be named, was scathing. “…,” they told the BBC.’ is the MP's; ‘Another, a loyalist, was more
    emotional.’ is "another loyalist")."""
    if sp.open_at <= lo:
        return None  # (the sentence in the quotation's own paragraph only)
    s = last_sentence_start(text, lo, sp.open_at)
    one = RE_ONE_UNNAMED_OPENS.match(text, s, sp.open_at)
    if one is None:
        return None
    name = one.group("who") or "another " + one.group("aside")
    head = description_head(name)
    if (head is None and one.group("who")) or head in THING_NOUNS or head in COLLECTIVE_NOUNS \
            or (head or "").endswith("s") and not (head or "").endswith("ss"):
        return None  # (never a body nor a group: ‘One firm was defiant.’, ‘A family was upbeat.’; a noun no
        # list holds only set off after "Another": ‘Another, a loyalist,’)
    return Person(name[0].lower() + name[1:], kind="description")


def _quoted_one_they(text: str, sp: Span, lo: int, before: Span, found: Found | None) -> Person | None:
    """The one person, unnamed, whom the sentence just before (in the quotation's paragraph) opens with
    and quotes there, for a "they" after the quotation that nothing plural before resolves: a singular
    "they" (‘A nurse on the ward, who asked not to be identified, called the rota ‘a shambles’. ‘We are
    three short every night,’ they said.’ is the nurse's). Never a group or a body (‘Residents called it
    ‘a disgrace’.’), nor one named (a "they" after a name is a group's)."""
    if found is None or found.person is None or found.mention is None or found.person.kind != "description" \
            or found.person.plural or before.paragraph != sp.paragraph or lo <= sp.para_start \
            or regex.search(r"\p{L}", text, pos=before.end, endpos=sp.open_at):
        return None  # (nor with a sentence between: ‘… called the figures “unacceptable”. Unions have blamed
        # staff shortages. “…,” they said.’ is the unions')
    s = last_sentence_start(text, sp.para_start, sp.open_at)  # (up to the quotation's mark: ``lo`` may stop
    # short of the end before it, at a period after a closing mark: ‘… called it “a shambles”. “…,” they said’)
    if not (s <= found.mention.start and before.end < sp.open_at) or text[s:found.mention.start].strip(" \t\n‘“\"'" + LIST_ITEM_MARKS) \
            or not RE_ONE_UNNAMED_HEAD.match(found.mention.text):
        return None  # (the subject that opens the sentence just before, quoted in it)
    head = description_head(found.mention.text)
    if head is None or head in THING_NOUNS or head in COLLECTIVE_NOUNS or (head.endswith("s") and not head.endswith("ss")):
        return None
    return found.person


#: Marks that open a list's item before its sentence (‘- A current employee, who asked not to be named,
#: said …’, ‘• One nurse …’): no words before the subject, as a sentence's own opening is not (w106c).
#:
#: >>> "- A nurse said".strip(" " + LIST_ITEM_MARKS), "Then a nurse said".strip(" " + LIST_ITEM_MARKS)
#: ('A nurse said', 'Then a nurse said')
LIST_ITEM_MARKS = "-–*" + "".join(sorted(BULLETS))


#: One person brought in unnamed, by "a", "an", "one" or "another" (‘A consultant in the emergency
#: department’, ‘One officer’), never the ones of a group (‘The residents’).
#:
#: >>> bool(RE_ONE_UNNAMED_HEAD.match("A nurse on the ward")), bool(RE_ONE_UNNAMED_HEAD.match("The nurses"))
#: (True, False)
RE_ONE_UNNAMED_HEAD = LazyPattern(r"(?i:an?|one|another) \p{L}")


#: One unnamed source of gossip opening a sentence, after any "But" or "And", with what they are close to
#: and the verb after (‘But a source close to the star told Metro …’, ‘The insider insisted …’, ‘A pal of the
#: couple said …’); group "who" the source as written, "head" its noun.
#:
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("But a source close to Leon told Metro").group("who")
#: 'a source close to Leon'
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("Fans of the show said") is None
#: True
#: >>> RE_ANONYMOUS_SOURCE_OPENS.match("But another source claimed").group("who")  # (a second source, w81a)
#: 'another source'
RE_ANONYMOUS_SOURCE_OPENS = LazyPattern(
    r"\s*(?:(?:But|And|Yet|Meanwhile,|However,) )?(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother) (?:[\p{Ll}\-]+ ){0,2}?"
    r"(?P<head>" + "|".join(sorted(ANONYMOUS_SOURCE_NOUNS)) + r")"
    r"(?: (?:close to|of|for|familiar with|at|from) (?:(?:the|her|his|their) )?"
    r"(?:\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2}|[\p{Ll}\-]+(?: [\p{Ll}\-]+)?))?)"
    r"(?:,[^,]{1,60},)? (?:\p{Ll}+ly )?(?:told|tells|said|says|insisted|insists|claimed|claims|added|adds|revealed|reveals"
    r"|explained|explains|maintained|maintains|confided|confirmed|admitted|was|is)\b")


#: (guard) Two people named together, or a family by its surname in the plural (‘Harry and Meghan’,
#: ‘the Okafors’), mid-sentence: a plural a "they" may stand for.
RE_NAMED_PLURAL = LazyPattern(r"\b\p{Lu}\p{Ll}+ (?:and|&) \p{Lu}\p{Ll}+\b|\b[Tt]he \p{Lu}\p{Ll}+s\b(?! \p{Lu})")


#: (guard) A group reported on by name of its kind (‘the family were’, ‘the band had’): a "they" may be theirs.
#:
#: >>> bool(RE_GROUP_REPORTED.search("said the group had been rehearsing")), bool(RE_GROUP_REPORTED.search("said she was fine"))
#: (True, False)
RE_GROUP_REPORTED = LazyPattern(r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er) (?:[\p{Ll}\-]+ )?(?:family|couple|pair|group|band|duo|trio"
                                r"|team|squad|club|crew|cast|firm|company|board|council|organi[sz]ers)\b")


def _anonymous_source_they(text: str, sp: Span, lo: int, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The one unnamed source (a source, an insider, a pal, a friend, a spokesperson) the sentence just
    before opens with, for a "they" after the quotation that nothing plural resolves: the sentence before
    in the quotation's paragraph, or the last of the paragraph before when the quotation opens its own
    (‘But a source close to the star told Metro she was “gutted”. / “She never saw it coming,” they said.’).
    "The insider" is the one described so before (‘An insider told The Sun: …’); never with people in the
    plural between (‘… Fans were furious. “…,” they said’), nor a "the" source no one described before."""
    if sp.open_at > lo:
        s, hi = last_sentence_start(text, lo, sp.open_at), sp.open_at
    elif sp.paragraph > 0 and sp.open_at == sp.para_start:
        p0, hi = paras[sp.paragraph - 1]
        s = last_sentence_start(text, p0, min(len(text), hi + 1))  # (past the paragraph's break, so its last
        # sentence's stop counts: ‘Another source said …. Fans were delighted. / “…,” they said’ is no source's, w81a)
    else:
        return None
    one = RE_ANONYMOUS_SOURCE_OPENS.match(text, s, hi)
    if one is None or RE_PEOPLE_PLURAL.search(text, one.end(), sp.open_at) is not None:
        return None
    if one.group("head") == "source" and " of " in one.group("who"):
        return None  # (guard) a thing's source, no one's: ‘Another source of income was the car parks.’, ‘The
        # source of the leak is unknown.’, review rv81a
    if sp.open_at == sp.para_start and RE_GROUP_REPORTED.search(text, one.end(), hi) is not None:
        return None  # (guard) a group the source reports on, a "they" of the next paragraph may be theirs: ‘A
        # source said the group had been rehearsing …. / “…,” they said’, ‘A friend said the family were …’, review rv81a
    if RE_NAMED_PLURAL.search(text, one.end(), sp.open_at) is not None:
        return None  # (guard) people named in the plural after the source: ‘A friend of the couple said Harry
        # and Meghan had …’, ‘… said the Okafors were grateful’: the "they" may be theirs
    who, head = one.group("who"), one.group("head")
    if who[:3].lower() != "the":
        return Person(who[0].lower() + who[1:], kind="description")
    return next((p for _, p in reversed(cast.recent) if p.kind == "description" and not p.plural
                 and description_head(p.name) == head), None)  # (the one described so before)


#: Last words of a short phrase of time or distance that opens a sentence (‘Two days later,’, ‘A
#: minute afterwards,’).
DISTANCE_ENDS = frozenset("later earlier away nearby ago afterwards".split())


#: Words that open a short opening phrase of place or time (‘Further down the road,’, ‘At the next house,’).
OPENING_PHRASE_LEADS = OPENING_PREPOSITIONS | PLACE_OPENERS


def _opening_phrase_before(toks: list, m: Mention) -> bool:
    """Only a short opening phrase of place or time and its comma stand before the mention, no
    verb in it (‘Further down the road, a woman in her 30s was less patient.’, ‘At the next
    house, one voter was unconvinced.’, ‘An hour later,’; never a clause: ‘When she left,’)."""
    lead = [x for x in toks if x.end <= m.start]
    return 2 <= len(lead) <= 8 and lead[-1].text == "," and (lead[0].word in OPENING_PHRASE_LEADS or (
        len(lead) <= 5 and lead[-2].word in DISTANCE_ENDS)) \
        and not any(x.text in ",;:“”\"" or _verb_like(x) or (x.word in BE_FORMS and not x.capitalized) or x.word in PRONOUNS
                    for x in lead[:-1])  # (never a clause of its own: ‘When she left, a woman …’)


def _brought_in_after_opening(text: str, m: Mention, head: str | None) -> bool:
    """Someone unnamed that the mention itself brings in, right after a short opening phrase of place
    or time (‘At a bus stop in Dhaka, a garment worker clutched her bag.’): unnamed as
    :func:`_unnamed_person` tells, though the comma before them would make them another's
    apposition there (‘John Hale, a retired soldier’)."""
    if head is None or m.text.split()[0].lower() not in ("a", "an", "one", "another") or text[max(0, m.start - 2):m.start] != ", ":
        return False
    lo = max(0, m.start - 120)
    ends = sentence_ends(text, lo, m.start)
    start = max(ends[-1] if ends else lo, text.rfind("\n", lo, m.start) + 1)
    if start == lo and lo > 0:
        return False  # (no sentence's start within reach: no short opening phrase)
    return _opening_phrase_before(tokenize(text, start, m.end), m) and _unnamed_person(head, m.text, len(m.text))


def _anyone_named_before(cast: Cast, at: int) -> bool:
    """Someone the article names in full before ``at``."""
    return any(p.kind == "name" and " " in p.name and any(s < at for s, _ in p.spots) for p in cast.by_surname.values())
