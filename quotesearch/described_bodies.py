"""Bodies a description or a kind names: a name that spoke as a body (_speaking_body), the body
set off with a description (_described_body), a name that is one of a kind (_named_one_of_kind), a
band named in the lede (_plural_lede_band) and a lawyers' firm.
"""

from __future__ import annotations

import bisect

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.body_words import BODY_NAME_ENDINGS, BUSINESS_WORDS, NAME_ENDING_BODY_NOUNS, ORG_WORDS
from quotesearch.mention_words import PREPOSITIONS
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation
from quotesearch.speakers import Cast
from quotesearch.people import RE_SENTENCE_STOP, Person
from quotesearch.nicknames import BODY_COMPOUNDS, FIRM_NOUNS, PERSON_JOB_FIRM_NOUNS
from quotesearch.body_names import BODY_NAME_WORDS, PUBLIC_BODY_ENDINGS, _body_of_kind
from quotesearch.body_services import RE_FLIGHT_NUMBER, _flight_operator
from quotesearch.body_kinds import REGULATOR_NOUNS, _kind_word_told_otherwise
from quotesearch.bodies_of_kind import (
    BODY_ENDING_REACH, GROUP_KIND_HEADS, LOOSE_BODY_NOUNS, _bodies_of_kind, _thing_which_before,
)
from quotesearch.body_appositives import (
    DESCRIBED_BODY_REACH, RE_LAWYERS_FIRM, RE_SET_OFF_DESCRIPTION, SET_OFF_AGENT_WORDS, SET_OFF_CLAUSE_WORDS,
    _one_of_two,
)
from quotesearch.body_firms import FIRM_SIDE_NOUNS, RE_FIRM_SPOKEN_OF


#: Kinds of body that no capital stands for (never "the ministry" after "Moscow said …").
SPEAKING_BODY_NOUNS = FIRM_SIDE_NOUNS | frozenset("group organisation organization charity union network association society "
                                              "federation alliance coalition foundation institute studio publisher band "
                                              "orchestra choir".split()) | NAME_ENDING_BODY_NOUNS


def _speaking_body(name: str, noun: str, cast: Cast, text: str = "", at: int = 0) -> bool:
    """A name that spoke is a body "the <noun>" may stand for: no person's (no given name, no one the
    article gives a sex or a role), no place's (a capital standing for its government: ‘Moscow said
    …. “…,” the ministry said’), no heading in capitals, and no word of another kind of body in it
    (‘the Health Ministry’ is never "the company")."""
    words = name.split()
    low = [w.lower().strip(".,’'") for w in words]
    core = " ".join(words[1:] if low[0] == "the" else words)  # (‘The Netherlands’: a place)
    if name.isupper() or gender_of(words[0]) is not None or core.lower() in ONE_WORD_PLACES \
            or core in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or (len(words) == 1 and regex.search(rf"\b(?:near|outside|in the city of) {regex.escape(name)}\b(?![’']s)",
                                                 text[max(0, at - BODY_ENDING_REACH):at])):  # (within reach: linear;
        # never a firm's "Shares in Ocado", "refund letters from Zolta", "switched to Octopus")
        return False  # (a city the text puts people in: ‘fighting near Goma …. Kinshasa said’)
    if len(words) == 1 and cast.first_surname_owner(words[0]) is not None:
        return False  # (the first of two surnames alone: ‘Hilario Huamán Condori …. Huamán said …. The
        # company said’ is never a firm called "Huamán")
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.gender is not None or known.titled or (known.placelike and low[0] != "the") or cast.roles_of(known)
                              or (len(words) == 1 and " " in known.name and not is_organisation(known.name.split()))):
        return False  # (a body may have spoken: its words make it no person; but a surname alone is someone's
        # named in full, ‘Amara Okafor … Okafor said’)
    if len(words) > 1 and not is_organisation(words) and low[-1] not in BUSINESS_WORDS and low[-1] not in BODY_NAME_ENDINGS \
            and low[0] != "the" and "&" not in words and not _thing_which_before(text, name, at):  # (no person's name
        # opens with "The": ‘The Marrow Kings said …’, nor joins two by "&": ‘Hollister Life & Health said …’, w122b;
        # nor is one set off by "which": ‘Brantley Wharves, which runs the depot,’)
        return False  # (two words may be a person's name no list knows: ‘Amara Okafor said …’)
    kinds = BODY_NAME_WORDS.get(noun, frozenset()) | {noun}
    if noun == "union" and not _body_of_kind(words, noun) and not (core.isupper() and "U" in core and len(core) >= 3
                                                                    and not core.startswith("US")):
        return False  # (a union by a name of its kind or letters that hold its U: never ‘The BBC announced 500 job
        # cuts. “…,” the union said’, ‘Ryanair confirmed … The union said in a statement …’, nor the UN or the EU)
    if noun not in FIRM_SIDE_NOUNS and noun not in LOOSE_BODY_NOUNS and noun != "union" and not _body_of_kind(words, noun):
        return False  # (a charity, a foundation, a network … by a name of its kind: never ‘Age UK has warned ….
        # Barclays said …. “…,” the charity said’)
    return not any(w in ORG_WORDS and w not in kinds for w in low) and not (noun in FIRM_NOUNS and low[-1] in PUBLIC_BODY_ENDINGS)


def _described_as(text: str, end: int, noun: str, hi: int, exact: bool = False) -> bool:
    """A name set off with a description of its kind: ‘Northjet, a budget airline based in
    Leeds,’, ‘Metrolink, the region's rail authority,’."""
    m = RE_SET_OFF_DESCRIPTION.match(text, end, hi)
    if m is None:
        return False
    words = m.group(1).lower().split()
    cut = next((i for i, w in enumerate(words)
                if w in PREPOSITIONS or w in SET_OFF_CLAUSE_WORDS or w in SET_OFF_AGENT_WORDS), len(words))
    # (a clause ends the kind as a preposition does: ‘The Blue Lantern, the Soho club where he
    # played for years,’ is a club, never "years")
    while cut > 1 and words[cut - 1].endswith(("ed", "ing")):
        cut -= 1  # ("a budget airline based in Leeds")
    if cut == 0:
        return False
    head = " ".join(words[cut - 2:cut])  # (a kind of two words: ‘a Mumbai-based fund house’)
    head = head if head in BODY_COMPOUNDS else words[cut - 1]
    if head in PERSON_JOB_FIRM_NOUNS:
        return head == noun  # (‘Sasha Okoro, the publisher of Vane magazine,’ is no "company": rv68b)
    return head == noun or (noun in FIRM_NOUNS and head in FIRM_NOUNS) or (
        not exact and noun in REGULATOR_NOUNS and head in REGULATOR_NOUNS) or (
        not exact and noun in ("company", "firm") and head in FIRM_SIDE_NOUNS) or (
        not exact and noun == "group" and head in GROUP_KIND_HEADS
        and (head != "network" or words[cut:cut + 1] == ["of"]))


def _described_body(text: str, at: int, noun: str, cast: Cast, exact: bool = False) -> Person | None:
    """The body the article set off with a description of this kind not long before ``at``, when
    the sentences just before tell nothing (‘The Hearthstone Trust, a homelessness charity, said
    …. Council figures show …. “…,” the charity said’): the one name so described within reach,
    no person's, with no other body described so, no body of the kind named, and no unnamed one of
    the kind brought in since (‘a second charity’)."""
    exact = exact or _kind_word_told_otherwise(text, noun, at)  # (the regulator's other word only when
    # the article calls nothing else by this one)
    names = cast.body_names()
    body, after = None, at  # (the name so described, and where its description ends)
    for start, name, words in names[bisect.bisect_left(names, (at - DESCRIBED_BODY_REACH,)):]:  # (only those within reach)
        if start >= at:
            break
        operator = None
        written = " ".join(words)
        end = text.find(written, start, at)
        end = end + len(written) if end >= 0 else -1
        if end >= 0 and (operator := _flight_operator(text, words, end, noun)) is not None:
            name, words = operator, words[:-1]  # (‘Skyline Connect Flight 2291 … the airline said’)
        elif end < 0 or not _described_as(text, end, noun, at, exact):
            continue
        if (body is not None and body != name) or _one_of_two(text, end):
            if noun in REGULATOR_NOUNS and not exact:
                return _described_body(text, at, noun, cast, exact=True)  # (one called by this very word:
                # ‘X, the financial regulator, …. Y, a consumer watchdog, …. “…,” the watchdog said’ is Y)
            return None  # (two bodies of the kind: no telling which)
        known = cast.by_surname.get(words[-1].lower())
        if gender_of(words[0]) is not None or (known is not None and (known.gender is not None or known.titled)):
            return None  # (a person described so: ‘Tan Wei Ming, a property developer,’)
        set_off = RE_FLIGHT_NUMBER.match(text, end) if operator is not None else RE_SET_OFF_DESCRIPTION.match(text, end)
        body, after = name, set_off.end()
    if body is None:
        return None
    starts, kinds, _ = _bodies_of_kind(text, noun, cast)
    if any(starts[i] < at and kinds[i] != body for i in range(bisect.bisect_left(starts, after), len(starts))):
        return None  # (another of the kind named since: ‘Shelter Trust said …’)
    since = text[after:at]
    if regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+\s+){{0,3}}?{regex.escape(noun)}\b", since, flags=regex.I):
        return None  # (an unnamed one brought in since: ‘A second charity said …’)
    if noun in FIRM_SIDE_NOUNS and any(m.group(1).lower() != noun for m in RE_FIRM_SPOKEN_OF.finditer(since)):
        return None  # (a firm spoken of since by another word: ‘Whitlock Grady LLP, the law firm for the
        # families, …. The carmaker denied …. “…,” the company said’)
    return Person(body, kind="organisation")


#: A name set off as one of many of a kind, up to its closing comma (‘Solenne, one of Ibiza's biggest
#: clubs,’, ‘Hale & Orme, one of the city's oldest law firms,’): group "name" the name (one capitalised
#: word or more, "&", "and" or "of" inside), group "kind" the last word, the kind in the plural (w78c).
#:
#: >>> m = RE_NAMED_ONE_OF_KIND.search("her residency at Solenne, one of Ibiza's biggest clubs, ended"); m.group("name", "kind")
#: ('Solenne', 'clubs')
#: >>> RE_NAMED_ONE_OF_KIND.search("at Halle Nord, one of the city's oldest clubs, this year").group("name")
#: 'Halle Nord'
#: >>> RE_NAMED_ONE_OF_KIND.search("Leeds, one of the clubs in the league, said") is None
#: True
RE_NAMED_ONE_OF_KIND = LazyPattern(r"\b(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:&|and|of) \p{Lu}[\p{L}\p{M}’'\-]*| \p{Lu}[\p{L}\p{M}’'\-]*)*)"
                                   r", one of (?:the|its|their|[\p{L}’'\-]+(?:’s|'s)) (?:[\p{L}’'\-]+ ){0,3}?(?P<kind>\p{Ll}+s),")


#: A paragraph led by a name with a verb in the plural or its own possessive (‘Harton City have signed’,
#: ‘Harton City's under-23s beat’): group 1 the name (rv78c).
#:
#: >>> [m.group(1) for m in RE_NAME_LEADS.finditer("Harton City have signed Lisle.\nHarton City's under-23s beat Leeds.")]
#: ['Harton City', 'Harton City']
#: >>> RE_NAME_LEADS.search("Harton City has signed Lisle.") is None
#: True
RE_NAME_LEADS = LazyPattern(r"(?m)^(\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3})(?:['’]s\b| (?:have|are|were) )")


def _plural_kind(word: str) -> str:
    """The kind a plural stands for (‘clubs’ a club, ‘companies’ a company, ‘charities’ a charity).

    >>> _plural_kind("clubs"), _plural_kind("companies"), _plural_kind("charities")
    ('club', 'company', 'charity')
    """
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _written_as_name_only(word: str, text: str) -> bool:
    """The one word ``word`` is a name wherever the text writes it: never in lower case, and capitalised
    inside a sentence at least once (after a lower-case word or a comma), not only opening one (‘Fans
    have reacted …’, ‘Police have …’) (rv78c).

    >>> _written_as_name_only("Tolka", "Tolka have split. Fans of Tolka wept.")
    True
    >>> _written_as_name_only("Fans", "Fans have reacted. The fans wept."), _written_as_name_only("Police", "Police have said.")
    (False, False)
    """
    return not regex.search(rf"\b{regex.escape(word.lower())}\b", text) \
        and regex.search(rf"(?<=[\p{{Ll}},] ){regex.escape(word)}\b", text) is not None


def _named_one_of_kind(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The body the article set off as one of many of the kind "the <noun>" names, not long before
    ``at`` (‘her residency at Solenne, one of Ibiza's biggest clubs, ended. The club said …’): the one
    name so set off, no person's (no given name, none the article gives a sex, a title or a role), with
    no other body of the kind named since, and none brought in unnamed (‘a rival club’) (w78c); never
    when another body leads a paragraph before it (:data:`RE_NAME_LEADS`), the story's own (rv78c)."""
    found = [m for m in RE_NAMED_ONE_OF_KIND.finditer(text, max(0, at - DESCRIBED_BODY_REACH), at)
             if _plural_kind(m.group("kind")) == noun]
    if len({m.group("name") for m in found}) != 1:
        return None
    m = found[-1]
    words = m.group("name").split()
    if words[0] in ("The", "the"):
        words = words[1:]
    known = cast.by_surname.get(words[-1].lower()) if words else None
    if not words or words[0].lower() in FUNCTION_WORDS or gender_of(words[0]) is not None \
            or (known is not None and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None
    name = " ".join(words)
    for lede in RE_NAME_LEADS.finditer(text, 0, m.start()):
        lw = lede.group(1).split()
        if lede.group(1) not in (name, "The " + name) and gender_of(lw[0]) is None and lw[0].lower() not in FUNCTION_WORDS \
                and (len(lw) > 1 or _written_as_name_only(lw[0], text)):
            return None  # (another body leads a paragraph before it, the story's own: ‘Harton City have signed
            # Jordan Lisle from Dunmore, one of the league's smallest clubs’, rv78c)
    starts, kinds, _ = _bodies_of_kind(text, noun, cast)
    if any(m.end() <= s_ < at and k != name for s_, k in zip(starts, kinds)):
        return None  # (another of the kind named since)
    if regex.search(rf"\b(?:a|an|another|one)\s+(?!of\b)(?:[\w\-’']+\s+){{0,3}}?{regex.escape(noun)}\b", text[m.end():at], flags=regex.I):
        return None  # (an unnamed one brought in since: ‘a rival club’)
    return Person(name, kind="organisation")


#: A paragraph that opens with a name and a verb in the plural, as British reports write a band or a
#: club (‘Sundial Kids have apologised to fans …’, ‘The Marrow Kings are to split’): group 1 the name, up
#: to four capitalised words; never a person's, whose verb is singular (w78c).
#:
#: >>> RE_PLURAL_NAME_OPENS.match("Pale Harbour have cancelled their tour").group(1)
#: 'Pale Harbour'
#: >>> RE_PLURAL_NAME_OPENS.match("Pale Harbour has cancelled its tour") is None, RE_PLURAL_NAME_OPENS.match("They have gone") is None
#: (True, True)
RE_PLURAL_NAME_OPENS = LazyPattern(r"(?:The )?(?!(?:They|We|You|These|Those|Both|All|Many|Some|Most|Others|Several)\b)(\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3}) (?:have|are|were) (?:\p{Ll}+ )?\p{Ll}+")

#: A band named by its kind before or after its name (‘the boy band Westlife’, ‘Westlife, the Irish band’,
#: ‘the Dublin band Tolka’): another band told of.
#:
#: >>> [m.group("n") or m.group("b") for m in RE_BAND_NAMED.finditer("the boy band Westlife and Tolka band members. The band, who")]
#: ['Westlife', 'Tolka']
RE_BAND_NAMED = LazyPattern(r"\bband,? (?:the )?(?P<n>\p{Lu}[\p{L}’'\-]*)"
                            r"|\b(?!(?:The|This|That|A|An|One|Our|Their|His|Her|Its|Whole)\b)(?P<b>\p{Lu}[\p{L}’'\-]*) band\b")


#: Last words of a name leading a story that make it a body, no band (‘Northgate Records’, ‘Live Nation’) (rv78c).
#:
#: >>> "records" in LEDE_BODY_WORDS, "kids" in LEDE_BODY_WORDS
#: (True, False)
LEDE_BODY_WORDS = frozenset("records recordings music entertainment nation promotions group police constabulary".split())


def _plural_lede_band(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The band "the band" stands for when the story opens with it as its subject and a verb in the
    plural (‘Pale Harbour have cancelled their autumn tour …. “…,” the band said’): the lede's name, in
    the text's first four paragraphs (a headline and a byline among them), no person's (no given name, none the article gives a sex,
    title or role), with no other band named by its kind before ``at`` (w78c). Never a place's name, a
    word of one only that also opens sentences or is written in lower case, a body's name
    (:data:`LEDE_BODY_WORDS`, ‘Harrow Council’), nor a lede whose body acts on another name
    (:data:`RE_NAME_ACTED_ON`) (rv78c)."""
    if noun != "band":
        return None
    lede = None
    for lo, hi in paras[:4]:
        if lo >= at:
            break
        m = RE_PLURAL_NAME_OPENS.match(text, lo, hi)
        if m is not None:
            lede = m
            break
    if lede is None:
        return None
    words = lede.group(1).split()
    known = cast.by_surname.get(words[-1].lower())
    if words[0].lower() in FUNCTION_WORDS or gender_of(words[0]) is not None or lede.group(1) in TWO_WORD_PLACES \
            or lede.group(1).lower() in ONE_WORD_PLACES \
            or (known is not None and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None
    if len(words) == 1 and not _written_as_name_only(words[0], text):
        return None  # (a name of one word only where the article writes it capitalised inside a sentence too;
        # never a word that opens one, ‘Fans have reacted …’, ‘Police have …’)
    if any((b.group("n") or b.group("b")) not in words for b in RE_BAND_NAMED.finditer(text, 0, at)):
        return None  # (another band named by its kind: ‘… supported by the Dublin band Tolka’)
    if words[-1].lower() in PUBLIC_BODY_ENDINGS or words[-1].lower() in LEDE_BODY_WORDS or words[0] == "Police":
        return None  # (a body, no band, leads: ‘Harrow Council have approved …’, ‘Northgate Records have dropped …’, rv78c)
    stop = RE_SENTENCE_STOP.search(text, lede.end())
    rest = text[lede.end():stop.start() if stop else len(text)]
    for o in RE_NAME_ACTED_ON.finditer(rest):
        w = o.group(1) or o.group(2)
        if w not in words and gender_of(w) is None and w.lower() not in FUNCTION_WORDS:
            return None  # (the lede's body acts on another name, the band: ‘Live Nation have cancelled the
            # Cardiff date of Ravenna's tour’, ‘… dropped Sundial Kids’, ‘a concert by Pale Harbour’, rv78c)
    return Person(("the " if lede.group().startswith("The ") else "") + lede.group(1), kind="organisation")


#: A capitalised word the rest of a lede's sentence acts on, after its verb (``rest`` opening on a space), after
#: "by" or "of", or a possessive (‘ dropped Sundial Kids’ after the verb's first word, ‘a concert by Pale Harbour’,
#: ‘the Cardiff date of Ravenna's tour’): group 1 or 2 the word (rv78c).
#:
#: >>> [m.group(1) or m.group(2) for m in RE_NAME_ACTED_ON.finditer(" Sundial Kids from the label, the date of Ravenna's tour")]
#: ['Sundial', 'Ravenna']
RE_NAME_ACTED_ON = LazyPattern(r"(?:^ |\bby |\bof )(\p{Lu}[\p{L}\-]*)|\b(\p{Lu}[\p{L}\-]*)['’]s\b")


def _lawyers_firm(text: str, at: int, noun: str, cast: Cast) -> Person | None:
    """The law firm "the firm" stands for: the one firm the article set off after someone's lawyers not
    long before ``at`` (‘Kaminski's lawyers, Trowbridge & Pell, wrote to the publisher …. In a statement,
    the firm said’), never two people's names (‘Tom Reed and Ann Lee’), and none when two firms are (w78c)."""
    if noun not in ("firm", "law firm"):
        return None
    found = {m.group("name") for m in RE_LAWYERS_FIRM.finditer(text, max(0, at - DESCRIBED_BODY_REACH), at)}
    if len(found) != 1:
        return None
    name = next(iter(found))
    if any(gender_of(w) is not None for w in name.split()):
        return None  # (two lawyers by name: ‘Tom Reed and Ann Lee’)
    return Person(name, kind="organisation")
