"""Parties, states and titles: a politician's epithet by state or party (‘the Ohio Republican’,
‘D-Vt.’) and whether the article gives another, the lawmaker or the holder of a state it stands for,
a title with a nation's word, a body head's title and the patterns of a title given next to a name,
and an epithet of a career or a race (_biographical_epithet, _contest_epithet).
"""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import COUNTRY_NATIONALITIES, DEMONYMS, US_STATE_FORMS
from quotesearch.body_words import BODY_HEAD_TITLE_WORDS
from quotesearch.role_words import CONTEST_EPITHETS
from quotesearch.mention_words import Mention
from quotesearch.names import PARTY_WORDS
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.offices import CIVIL_OFFICES
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.epithets import NEUTRAL_OFFICES
from quotesearch.relations import _named_before, _only_one


#: Roles of one who speaks for, against or about another: never the subject just quoted, by a role
#: alone (‘Tom Jones denied it. “…,” the prosecutor said’, ‘Acme's chief said …. “…,” the spokesman said’).
OTHER_PARTY_ROLES = NEUTRAL_OFFICES | frozenset("""
spokesperson spokesman spokeswoman representative lawyer attorney counsel solicitor barrister prosecutor
justice magistrate coroner officer police detective investigator inspector sheriff constable witness
neighbour neighbor doctor physician surgeon coach manager aide adviser advisor critic expert agent
interpreter translator moderator host interviewer reporter journalist
""".split())


#: A politician by state and party or office (‘the Ohio Democrat’, ‘the Montana Republican’, ‘the
#: Michigan senator’).
RE_STATE_EPITHET = LazyPattern(r"(?i:the) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (Democrat|Republican|Independent|senator|"
                               r"congressman|congresswoman|lawmaker|representative|governor|legislator)")

#: The same, the state after "from" (‘the senator from Illinois’, ‘the Republican from Texas’).
RE_STATE_FROM_EPITHET = LazyPattern(r"(?i:the) (Democrat|Republican|Independent|senator|congressman|congresswoman|lawmaker|"
                                    r"representative|governor|legislator) from (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)")


def _state_epithet(words: str) -> tuple[str, str] | None:
    """The state or home town and the party or office of a politician's epithet (‘the Ohio
    Democrat’; a state only after "from": ‘the senator from Illinois’).

    >>> _state_epithet("the Ohio Democrat"), _state_epithet("the senator from Illinois"), _state_epithet("the senator from Gaza")
    (('Ohio', 'Democrat'), ('Illinois', 'senator'), None)
    """
    m = RE_STATE_EPITHET.fullmatch(words)
    if m is not None:
        return m.group(1), m.group(2)
    m = RE_STATE_FROM_EPITHET.fullmatch(words)
    return (m.group(2), m.group(1)) if m is not None and m.group(2) in US_STATE_FORMS else None


def _party_or_state_told(text: str, p: Person, cast: Cast, party: str | None, state: str | None) -> bool:
    """The article gives ``p`` another party or another state than the epithet's (‘Sen. Ron Wyden,
    D-Ore.,’ for "the Oregon Republican", ‘Gov. Josh Shapiro, a Democrat,’ for "the Pennsylvania
    Republican", ‘Texas Gov. Greg Abbott’ for "the Oklahoma Republican"), in a role or set off right
    after the name (with no ``party``, the state alone: "the Texas senator"): the epithet is then someone else's."""
    forms = US_STATE_FORMS.get(state, (state,)) if state is not None else ()  # (no state: the party alone, "the Republican")
    for _, end in p.spots[:3]:  # (a party's letter and a state, read as the state rule reads them)
        label = RE_PARTY_STATE.match(text, end)
        if label is not None and ((party is not None and label.group(1) != party[0]) or (forms and label.group(2).strip() not in forms)):
            return True
    told = _party_words_told(text, p, cast)
    other_party = _other_party(party) if party is not None else ()  # (and "Democratic")
    return any((other_party and word.startswith(other_party)) or (word in US_STATE_FORMS and state is not None and word != state)
               for word in RE_PARTY_OR_STATE.findall(told))


#: A party or a US state in a role or set off after a name.
RE_PARTY_OR_STATE = LazyPattern(r"\b(?:Democrat|Democratic|Republican|GOP|" + "|".join(
    sorted((regex.escape(s_) for s_ in US_STATE_FORMS), key=len, reverse=True)) + r")\b")

#: A party set off right after a name (‘, a Democrat,’, ‘, a moderate Republican who …’).
RE_PARTY_SET_OFF = LazyPattern(r"(?:, | \()an? (?:\w+ )?(?:Democrat|Republican)\b[^,]{0,30}")


#: A party's letter and a state set off after a name (‘ (D-Ohio)’, ‘, R-Texas,’, ‘ (R-S.C.)’, and
#: ending a sentence, ‘, D-Vt.’), or a home town (‘, R-Marietta,’).
RE_PARTY_STATE = LazyPattern(r" ?[(,] ?([RDI])-([\p{L}. ]{2,16}?)(?:[),]|(?<=\.)(?=\s|$))")

#: The party each letter stands for, and the office words each epithet's head asks of a title.
PARTY_LETTERS = {"democrat": "D", "republican": "R", "independent": "I"}
EPITHET_TITLES = {"senator": ("sen", "senator"), "governor": ("gov", "governor"),
                  "congressman": ("rep", "congressman", "representative"), "congresswoman": ("rep", "congresswoman", "representative"),
                  "representative": ("rep", "representative", "congressman", "congresswoman")}


def _party_words_told(text: str, p: Person, cast: Cast) -> str:
    """The words that may tell ``p``'s party: the roles the article gives them and what is set off
    right after their first names (‘Rep. Jo Ortiz, a Republican,’)."""
    return " ".join([*cast.roles_of(p), *(m.group() for _, end in p.spots[:3]
                                          if (m := RE_PARTY_SET_OFF.match(text, end)) is not None)])


def _other_party(party: str) -> tuple[str, ...]:
    """The words of the parties that are not ``party`` ("Democrat", "Republican" or "Independent":
    both the others for an independent)."""
    return {"Democrat": ("Republican", "GOP"), "Republican": ("Democrat",)}.get(party, ("Democrat", "Republican", "GOP"))


def _party_told_in_sentence(text: str, p: Person, party: str, before: int) -> bool:
    """A sentence before ``before`` that holds ``p``'s surname and the other party's word (‘Fry was
    elected as a Democrat in 2018.’): ``p`` is of the other party."""
    other = _other_party(party)
    surname = p.name.split()[-1]
    for sent in regex.split(r"(?<=[.!?”])\s+", text[:before]):
        if surname in sent and any(regex.search(r"\b" + o, sent) for o in other) \
                and not any(regex.search(r"\b" + o + r"s?\b", sent) and party in sent for o in other):
            return True
    return False


def _party_held_by_other(text: str, p: Person, cast: Cast, party: str) -> bool:
    """Someone else named is given the epithet's party (‘Sen. Mark Dunn, R-Texas,’, ‘Rep. Jo Ortiz, a
    Republican,’, ‘Republican Sen. X’): "the Republican" may be theirs."""
    seen = set()
    for o in cast.by_surname.values():
        if id(o) in seen:
            continue
        seen.add(id(o))
        if o is p or not getattr(o, "personlike", False) or o.kind != "name":
            continue
        for _, end in o.spots[:3]:
            label = RE_PARTY_STATE.match(text, end)
            if label is not None and label.group(1) == party[0]:
                return True
        if regex.search(r"\b" + party, _party_words_told(text, o, cast)):
            return True
    return False


def _lawmaker_just_before(text: str, sp: Span, mention: Mention, rule: str | None, cast: Cast,
                          epithet: tuple[str, str], paras: list[tuple[int, int]]) -> Person | None:
    """The one person the stretch right before a state's party epithet names, with an elected
    office's title before the name (‘Sen.’, ‘Rep.’, ‘Gov.’), given no other party nor state: US
    papers call a lawmaker again by state and party (‘That left Sen. Ruth Adair in a bind. The Maine
    Republican …’, ‘Rep. Tom Cole walked past reporters. / “…,” the Oklahoma Republican said’).
    The epithet opens a sentence (its paragraph is read up to it), or tags a quotation that opens
    its paragraph (the paragraph before is read); none when that stretch names anyone else (‘Sen. Ann
    Reyes criticised it. Sen. Tom Hill defended it. / “…,” the Oregon Republican said’ is neither)."""
    if epithet[1] not in ("Democrat", "Republican") or epithet[0] not in US_STATE_FORMS:
        return None
    if rule == "cue-after":
        if sp.open_at > sp.para_start + 1 or sp.paragraph == 0 or sp.paragraph > len(paras):
            return None  # (only a quotation that opens its paragraph: the paragraph before is read, whole)
        anchor, lo = sp.para_start, paras[sp.paragraph - 1][0]
    else:
        anchor, lo = mention.start, sp.para_start
        if text[max(0, anchor - 2):anchor] != ". " or not (lo < anchor <= sp.para_end):
            return None  # (the epithet opens a sentence after another of its paragraph, which is read up to it)
    if anchor - lo > CONTEXT_CHARS:
        return None  # (a bounded stretch)
    people = [p for p in cast.by_surname.values() if p.kind == "name" and any(
        lo <= a < anchor and (p.personlike or not text.endswith(("the ", "The "), 0, a)) for a, _ in p.spots)]
    lawmaker = _only_one(q for q in people if q.personlike)
    if lawmaker is None or any(q is not lawmaker and not q.placelike for q in people):
        return None  # (one person, and no other name the cast holds: ‘Sen. Ruth Adair met Gov. Tim Hale.’ is
        # neither; but a name after "the" is a place's or a thing's, ‘walked the Ohio Clock corridor’)
    start = next(a for a, _ in lawmaker.spots if lo <= a < anchor)
    title = RE_LAWMAKER_TITLE.match(text, start) or RE_LAWMAKER_TITLE.search(text, max(lo, start - 12), start)
    if title is None or (title.start() < start and title.end() != start - 1) or _party_or_state_told(text, lawmaker, cast, epithet[1], epithet[0]):
        return None  # (an elected office's title, and no other party nor state given: never ‘Sen. Ron Wyden, D-Ore.,’
        # for "the Oregon Republican")
    if _state_given_another(text, lawmaker, cast, epithet[0]):
        return None  # (the article gives the epithet's state to someone else: ‘Rep. Jim Jordan of Ohio ….
        # Rep. Jamie Raskin countered …. “…,” the Ohio Republican said’ is Jordan's, never Raskin's)
    return lawmaker


def _state_given_another(text: str, lawmaker: Person, cast: Cast, state: str) -> bool:
    """Someone other than ``lawmaker`` is given ``state`` right after a name (‘Rep. Jim Jordan of
    Ohio’, ‘Sen. Mike Lee, R-Utah,’) or in a role."""
    forms = US_STATE_FORMS.get(state, (state,))
    for q in {id(q_): q_ for q_ in cast.by_surname.values()}.values():
        if q is lawmaker or q.kind != "name":
            continue
        for _, end in q.spots[:3]:
            label = RE_PARTY_STATE.match(text, end)
            if (label is not None and label.group(2).strip() in forms) or any(
                    text.startswith(f" of {f}", end) or text.startswith(f", of {f}", end) for f in forms):
                return True
        if any(f in role for role in cast.roles_of(q) for f in forms):
            return True
    return False


#: The capitalised words ending a stretch of text, possessives among them (‘Russian Foreign Minister
#: Sergei Lavrov’, ‘Poland's Agriculture Minister’).
RE_CAPITALISED_RUN_END = LazyPattern(r"(?:(?:\p{Lu}[\p{L}.\-]*(?:[’']s)?) )*(?:\p{Lu}[\p{L}.\-]*)$")


def _titled_by_a_nation(text: str, p: Person, paras: list[tuple[int, int]]) -> bool:
    """``p`` is titled in ``paras`` with a nation's or a place's word before the office (‘Russian
    Foreign Minister Sergei Lavrov’, ‘Poland's Agriculture Minister …’): another country's office than
    the lede's "the country's foreign minister"."""
    for a, e in p.spots:  # (a spot may hold the title: ‘Russian Foreign Minister Sergei Lavrov’)
        if any(lo <= a < hi for lo, hi in paras):
            lo = max(lo for lo, hi in paras if lo <= a < hi)
            before = text[max(lo, a - 80):e]
            run = RE_CAPITALISED_RUN_END.search(before)
            if run is not None and any(w.lower() in DEMONYMS or w.lower() in COUNTRY_NATIONALITIES.values()
                                       or RE_PLACE_OWNS.fullmatch(w) for w in run.group().split()):
                return True
    return False


#: An elected lawmaker's or governor's title before a name (‘Sen. ’, ‘Rep. ’, ‘Senator ’, ‘Gov. ’).
RE_LAWMAKER_TITLE = LazyPattern(r"\b(?:Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman|Gov\.|Governor)(?= )")


def _state_party_epithet(epithet: str) -> bool:
    """A US state and a party, a lawmaker's epithet (‘the Idaho Republican’, ‘the New Jersey
    Democrat’), never a home town's (‘the Marietta Republican’) nor an office's (‘the Ohio senator’).

    >>> _state_party_epithet("the Idaho Republican"), _state_party_epithet("the Ohio senator")
    (True, False)
    """
    m = RE_STATE_EPITHET.fullmatch(epithet)
    return m is not None and m.group(1) in US_STATE_FORMS and m.group(2) in ("Democrat", "Republican")


def _party_epithet(words: list[str]) -> bool:
    """A party's member named by the party alone, a person's epithet (‘the Republican’, ‘the
    Democrat’), never the party itself (‘the Republicans’, ‘the Democratic Party’).

    >>> _party_epithet(["the", "Republican"]), _party_epithet(["the", "Republicans"]), _party_epithet(["Democrat"])
    (True, False, False)
    """
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in PARTY_LETTERS


def _state_holder(text: str, forms: tuple[str, ...], head: str, cast: Cast, before: int) -> Person | None:
    """The one person named before ``before`` with a party's letter and this state set off after the
    name (‘Sen. Sherrod Brown (D-Ohio)’) or the state before or after it (‘Ohio Sen. X’, ‘Rep. X of
    Ohio’), of the epithet's party or office."""
    fits = []
    for p in _named_before(cast, before):
        for start, end in p.spots[:6]:
            if start >= before:
                break
            label = RE_PARTY_STATE.match(text, end)
            state = label is not None and label.group(2).strip() in forms
            state = state or text.startswith(f" of {forms[0]}", end) or _state_before(text, forms[0], start) \
                or any(r.startswith(forms[0] + " ") for r in cast.roles_of(p))  # (‘Texas Sen. Ted Cruz’ read whole)
            if not state:
                continue
            lead = text[max(0, start - 24):start]
            lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1:]  # (the words before the name in its own sentence)
            roles = " ".join([lead, *cast.roles_of(p)]).lower()
            if not head:
                ok = True  # (a state's own people, of any party or office: "the Texan")
            elif head in PARTY_LETTERS:
                ok = (label is not None and label.group(1) == PARTY_LETTERS[head]) or head in roles
            else:
                ok = head in ("lawmaker", "legislator") or any(
                    regex.search(rf"\b{t}\b", roles) for t in EPITHET_TITLES.get(head, (head,)))
            if ok:
                fits.append(p)
                break
    return _only_one(fits)


def _state_before(text: str, state: str, start: int) -> bool:
    """The state opens the title right before the name at ``start`` (‘Texas Sen. Ted Cruz’, ‘Ohio
    state Rep. X’), never another's (‘Texas Gov. Greg Abbott and Sen. Dick Durbin’).

    >>> t = "Texas Gov. Greg Abbott and Sen. Dick Durbin"
    >>> _state_before(t, "Texas", t.index("Greg")), _state_before(t, "Texas", t.index("Dick"))
    (True, False)
    """
    lead = text[max(0, start - 30):start]
    k = lead.rfind(state + " ")
    if k < 0:
        return False
    between = lead[k + len(state) + 1:].split()
    return len(between) <= 3 and not any(w in ("and", "or", "&") or w.endswith((",", ";")) for w in between)


#: A verb of the lede's kind of words right after a titled name (‘…, wrote that’, ‘ said’), or after the
#: body or place the title is of (‘Chief Ada Roan of Elk Lake Cree Nation told’); a judge's ruling or
#: sentence delivered is the bench's words too (‘Justice Ana Ruiz delivered her ruling’, w75a).
#:
#: >>> bool(RE_TITLED_SPEAKS.match(" of Elk Lake Cree Nation told CBC")), bool(RE_TITLED_SPEAKS.match(" of Elk Lake met"))
#: (True, False)
#: >>> bool(RE_TITLED_SPEAKS.match(" delivered her ruling")), bool(RE_TITLED_SPEAKS.match(" handed down the sentence"))
#: (True, True)
#:
#: A ruling delivered for a bench is the court's, not only its reader's: never the lede's other judge
#: (‘A dissenting judge called the reasoning “…”. / Chief Justice Anne Roy delivered the ruling for the
#: majority’) (review rv75a).
#:
#: >>> bool(RE_TITLED_SPEAKS.match(" delivered the ruling for the majority")), bool(RE_TITLED_SPEAKS.match(" delivered the ruling on behalf of the court"))
#: (False, False)
#: >>> bool(RE_TITLED_SPEAKS.match(" handed down the sentence for the killing"))
#: True
RE_TITLED_SPEAKS = LazyPattern(r"(?:,[^,.]{1,60},| of (?:the )?\p{Lu}[\p{L}’'\-]*(?: (?:\p{Lu}[\p{L}’'\-]*|of|and))*)?"
                               r" (?:wrote|said|says|ruled|rules|told|found|concluded|added|called"
                               r"|(?:delivered|handed down) (?:her|his|the|a|its) (?:ruling|judgment|decision|sentence|verdict|reasons)"
                               r"(?! (?:for|on behalf of) (?:the |a |its )?(?:\p{L}+ )?(?:majority|court|panel|bench|judges|justices)\b))\b")

#: A quotation's cue that ends right before a titled name, the quotation closed just before it (‘…,”
#: said ’, ‘…," says ’): the titled one speaks there, the verb before the name (w66h).
#:
#: >>> bool(RE_CUE_BEFORE_TITLED.search('"Our hotels are full," said ')), bool(RE_CUE_BEFORE_TITLED.search("“We won!” says "))
#: (True, True)
#: >>> bool(RE_CUE_BEFORE_TITLED.search("and met ")), bool(RE_CUE_BEFORE_TITLED.search("the plan, said "))
#: (False, False)
RE_CUE_BEFORE_TITLED = LazyPattern(r"[,!?][\p{Pf}\"] (?:said|says|added) $")

#: Words that make a titled name another case's or another time's (‘in a separate case’).
RE_OTHER_CASE = LazyPattern(r"\b(?:separate|another|other|earlier|previous|last year)\b")


#: An office in lower case right before a name, with "the" or a place's before it, set off or not
#: (group 1): ‘the foreign ministry spokesman Zhou Minghui said’, ‘Kenya's foreign minister, Ama Otieno,’.
RE_LOWER_ROLE_BEFORE = LazyPattern(r"(?:(?<![\p{L}’'])[Tt]he |\p{Lu}[\p{Ll}\-]+(?:[’']s|s[’']) )((?:\p{Ll}[\p{Ll}\-]* ){0,3}"
                                   r"\p{Ll}[\p{Ll}\-]*)(,)? $")

#: An office set off after a name, of a body (group 1 the office, group 2 the body): ‘, president of the
#: Ridgefield Police Benevolent Association,’; or a clause of chairing or heading one (group 3 the
#: verb, group 4 the body, up to the speech verb): ‘, who chairs the Environment, Food and Rural Affairs
#: Committee, said’.
RE_ROLE_AFTER_NAME = LazyPattern(r", (?:the )?((?:\p{Ll}[\p{Ll}\-]* ){0,2}\p{Ll}[\p{Ll}\-]*) (?:of|at) (the [^,.;:“”\"‘’]{1,60}),"
                                 r"|, who (chairs|heads|leads) (the [^.;:“”\"‘’]{1,80}?),(?= (?:said|told|says|added)\b)")


#: A place's, opening a lede's office (‘Argentina's economy minister’, ‘Britain’s foreign secretary’).
RE_PLACE_OWNS = LazyPattern(r"\p{Lu}\p{Ll}+[’']s")


def _head_title(title: str | None) -> bool:
    """A title written before a name that a body's head holds, whatever the body (none; ‘Secretary’ alone;
    ‘Director General’, ‘Chief Executive’, ‘Commissioner’): never a minister's (‘Health Minister’,
    ‘Health Secretary’), whose office is a government's, not the body's.

    >>> _head_title("Secretary"), _head_title("Director General"), _head_title("Health Minister"), _head_title("Health Secretary")
    (True, True, False, False)
    """
    if title is None:
        return True
    words = title.lower().replace("-", " ").split()
    return words == ["secretary"] or (bool(words) and all(w in BODY_HEAD_TITLE_WORDS for w in words))


def _other_named_before(cast: Cast, p: Person, at: int) -> bool:
    """Someone other than ``p`` named in full before ``at``: a nationality epithet after an official's
    speech may be theirs (‘Jose Mourinho was furious. Referee Anthony Taylor said …. “…,” said the Portuguese’)."""
    return any(q is not p and q.kind == "name" and not q.plural and any(s < at for s, _ in q.spots)
               for q in cast.by_surname.values())


#: Words that make a role a person's life story, not their part in a scene (‘the former trucking
#: executive’, ‘the outgoing premier’, ‘the veteran lawmaker’): a reporter's second name for the
#: one just named, where ‘the judge’ or ‘the moderator’ may be anyone in the room.
BIOGRAPHY_QUALIFIERS = frozenset("former outgoing retired veteran longtime long-serving onetime one-time erstwhile".split())


#: The qualifiers of a career that put the office in the past (never ‘outgoing’, ‘veteran’: the office held now).
PAST_QUALIFIERS = frozenset("former retired onetime one-time erstwhile".split())

#: Another who holds or held the post: ‘his predecessor’, ‘her successor’.
RE_OTHER_HOLDER = LazyPattern(r"(?i)\b(?:predecessors?|successors?)\b")


def _holds_now(text: str, p: Person, head: str, cast: Cast) -> bool:
    """The article gives ``p`` the office ``head`` as held now: a title before the name (‘Chancellor Olaf
    Brandt’, ‘Mayor Tom Reid’) or a role with that noun and no qualifier of the past."""
    surname = regex.escape(p.name.rsplit(" ", 1)[-1])
    for m in regex.finditer(rf"(?i:\b{regex.escape(head)}) (?:\p{{Lu}}[\p{{L}}\-.]* ){{0,3}}{surname}\b", text):
        if not any(w in BIOGRAPHY_QUALIFIERS or w == "ex" for w in text[max(0, m.start() - 30):m.start()].lower().replace("-", " ").split()[-2:]):
            return True
    return any(head in r.lower().replace("-", " ").split() and not any(w in PAST_QUALIFIERS or w == "ex" for w in r.lower().replace("-", " ").split())
               for r in cast.roles_of(p))


def _biographical_epithet(words: list[str], head: str, p: Person, cast: Cast, stretch: str) -> bool:
    """A role with a qualifier of someone's career (:data:`BIOGRAPHY_QUALIFIERS`), for a person the
    article gives no other office or party's role (‘Ostrander did not concede. … the former trucking executive said’;
    never ‘Finance Minister Rohan Mehta … the former prime minister said’), nor a role of another
    party in a scene (‘the former prosecutor’), nor one the stretch after the subject describes by
    that noun (‘Tom Reid met the former mayor. “…,” the former mayor said’)."""
    if head in OTHER_PARTY_ROLES or not any(w in BIOGRAPHY_QUALIFIERS for w in words[1:-1]) \
            or regex.search(rf"\b{regex.escape(head)}s?\b", stretch, flags=regex.I) is not None \
            or any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in stretch
                   for q in cast.by_surname.values()):
        return False  # (nor with anyone else named after the subject, even one spoken with: ‘Jean Tremblay spoke
        # with Ann Leduc. / “…,” the outgoing premier said’)
    if RE_OTHER_HOLDER.search(stretch) is not None:
        return False  # (nor when the stretch speaks of one before or after them in a post: ‘Chancellor Olaf
        # Brandt defended the plan. His predecessor was less convinced. / “…,” the former chancellor said’)
    if any(w in PAST_QUALIFIERS for w in words[1:-1]) and _holds_now(cast.text, p, head, cast):
        return False  # (a past office is never the one they hold now: ‘Chancellor Olaf Brandt … the former chancellor’)
    return not any((w in CIVIL_OFFICES or w in OTHER_PARTY_ROLES) and w != head
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split())  # (a trade may differ:
    # ‘Republican businessman Carl Ostrander … the former trucking executive’)


def _contest_epithet(words: list[str], head: str, p: Person, cast: Cast, stretch: str) -> bool:
    """A party's runner in a race (:data:`CONTEST_EPITHETS`: ‘the Labour candidate’, ‘the Democratic
    nominee’) for the person the paragraph before opens with, who is in that race (‘Priya Raman
    returned to Leeds …, as polling showed her Conservative rival gaining. / Speaking to supporters,
    the Labour candidate said …’): never one the article gives another party, nor when the stretch
    after the subject names anyone else or gives that noun to another (‘… met the Labour candidate’).

    >>> from quotesearch.speakers import Cast
    >>> t = "Priya Raman toured Leeds. "
    >>> c = Cast(t); p = c.resolve(Mention(0, 11, "Priya Raman", "name"))[0]
    >>> _contest_epithet(["the", "labour", "candidate"], "candidate", p, c, " toured Leeds.")
    True
    >>> _contest_epithet(["the", "labour", "candidate"], "candidate", p, c, " met the Labour candidate.")
    False
    """
    if len(words) != 3 or head not in CONTEST_EPITHETS or words[1] not in PARTY_WORDS \
            or regex.search(rf"\b{regex.escape(head)}s?\b", stretch, flags=regex.I) is not None \
            or any(q is not p and q.kind == "name" and q.personlike and q.name.rsplit(" ", 1)[-1] in stretch
                   for q in cast.by_surname.values()):
        return False
    party = words[1][:5]  # (‘democrat’ and ‘democratic’, ‘republican’ and ‘republicans’ alike)
    return not any(w in PARTY_WORDS and w[:5] != party
                   for r in cast.roles_of(p) for w in r.lower().replace("-", " ").split())  # (never ‘Republican
