"""Bodies in the cast: the bodies and companies an article names, the firm or body a mention
stands for, and organisations resolved by name, kind, place or dateline.
"""

from __future__ import annotations

import bisect
from typing import Sequence

import regex

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.body_name_ends import _portfolios_end
from quotesearch.time_words import NAME_TIME_NOUNS, WEEKDAY_NAMES
from quotesearch.place_words import ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import BODY_NAME_TRAILING_STYLES, CLERGY_CAPITAL_TITLES
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.body_words import (
    BODY_KIND_BEFORE_NAME, BODY_NAME_ENDINGS, BUSINESS_WORDS, CAUSE_PEOPLE_NOUNS, GOVERNMENT_LEVELS,
    HEALTH_BODY_CLOSING_WORDS, HEALTH_BODY_OTHER_WORDS, HEALTH_BODY_WORDS, LEGAL_FORMS, ORG_WORDS, PAIRED_REMITS,
    RE_FIRMS_LISTED_BEFORE, SAINT_ABBREVIATIONS, TEAM_WORDS,
)
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import SHORT_TITLES, ends_in_title
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.people import OPENING_PREPOSITIONS, Person
from quotesearch.bylines import _dateline_run
from quotesearch.body_short_forms import short_form_alone, short_form_table
from quotesearch.body_name_joins import joined_body_names
from quotesearch.full_names import RE_LOWER_WORD, _surname_first
from quotesearch.kinship import KIN_SPOTS
from quotesearch.firms import (
    STREET_HEADS, _body_served, _body_shaped, _firm_town_after, _part_of_a_body, _set_off_as_firm,
)
from quotesearch.offices import LESSER_OFFICES, _role_and_name_at
from quotesearch.office_titles import (
    RE_TITLE_LETTERS, ROYAL_SEX, _capital_office, _holds_office, _other_letters_holder, _title_initials,
)
from quotesearch.offices_before_names import _initials


#: Head nouns of a role that make the name it describes a body's ("the official news agency"), and a
#: musician's record label set off before its name (‘His longtime record label, Ninefold,’: never the
#: "she" of his widow's words after it, w86a).
#:
#: >>> "label" in BODY_HEADS, "singer" in BODY_HEADS
#: (True, False)
BODY_HEADS = ORG_WORDS | BUSINESS_WORDS | wordset("outlet newspaper broadcaster website publication daily tabloid firm label")


#: A body's name as written: two capitalised words or more, with "of", "for", "and" or "&" (and
#: "the") inside. A lone capitalised word fails here at once (the second word is required), where a
#: run of one word matched and was dropped in Python, most of them.
#:
#: A mission's name goes on with where it is sent, after "to" or "in" (see ``MISSION_HEADS``).
#:
#: >>> [m.group() for m in RE_BODY_NAME.finditer("Shares of Halvorsen Shipping fell, AT&T said; Norrland Paper & Packaging")]
#: ['Shares of Halvorsen Shipping', 'Norrland Paper & Packaging']
#: >>> [m.group() for m in RE_BODY_NAME.finditer("The UN Integrated Mission in Ardenia said; Lorvian Mission to the United Nations")]
#: ['The UN Integrated Mission in Ardenia', 'Lorvian Mission to the United Nations']
#:
#: A saint's "St." goes on into the name when it opens the run or follows "and", "of" or "for" (never a
#: street's: ‘on Main St. The firm’):
#:
#: >>> [m.group() for m in RE_BODY_NAME.finditer("Hollin Health and St. Brendan’s Medical Group met on Main St. The end")]
#: ['Hollin Health and St. Brendan’s Medical Group', 'Main St']
RE_BODY_NAME = LazyPattern(r"(?<![\p{L}\p{M}\p{Nd}’'\-.])\p{Lu}[\p{L}\p{M}\p{Nd}’'\-&]*+(?:(?<=(?<![\p{L}\p{M}])St)\.(?=[ \t]\p{Lu}))?"
                           r"(?:[ \t]++(?:(?:of|for|and|&|(?<=(?:Mission|Delegation)[ \t]+)(?:to|in))[ \t]++(?:the[ \t]++)?)?+"
                           r"\p{Lu}[\p{L}\p{M}\p{Nd}’'\-&]*+(?:(?<=(?:and|of|for|the)[ \t]+St)\.(?=[ \t]\p{Lu}))?)++")


def _owned_body_after(words: Sequence[str], cut: int) -> bool:
    """The words after the owner's possessive at ``cut`` name a body of their own: three words or more
    that end in a body's word, the owner no given name (‘Mirovia’s Supreme Administrative Court’; never
    ‘Maria’s Supreme Court Watch’, nor two words, ‘Trump’s Justice Department’, left as before) (w122b).

    >>> _owned_body_after("Mirovia’s Supreme Administrative Court".split(), 0)
    True
    >>> _owned_body_after("Trump’s Justice Department".split(), 0)
    False
    >>> _owned_body_after("Maria’s Supreme Administrative Court".split(), 0)
    False
    >>> _owned_body_after("People’s Savings and Loan Association".split(), 0)
    False
    """
    rest = words[cut + 1:]
    if len(rest) < 3 or rest[-1].lower() not in ORG_WORDS:
        return False
    owner = RE_POSSESSIVE_END.sub("", words[cut])
    return gender_of(owner) is None and owner.lower() not in CAUSE_PEOPLE_NOUNS \
        and not words[cut].endswith(("s’", "s'"))  # (a people's possessive, or a plural's, is the name's
    # own: ‘Women's Professional Football League Association’, ‘Resident Doctors’ Trade Union Council’, review rv122b)


def _org_word_owned(word: str) -> bool:
    """Whether a word after a plural possessive is a body's word, itself possessive or not: the possessive
    before it is then the name's own (‘the Resident Doctors’ Union’s demand’ names "the Resident Doctors’
    Union", as ‘the Resident Doctors’ Union demand’ does) (w110b).

    >>> _org_word_owned("Union’s"), _org_word_owned("Union"), _org_word_owned("Garden’s")
    (True, True, False)
    """
    return RE_POSSESSIVE_END.sub("", word).lower() in ORG_WORDS


def _members_possessive_in_name(words: Sequence[str], k: int, c: int) -> bool:
    """Whether the plural possessive at ``words[c]``, the run's first word past "The", is the name's own, the
    people the body is for, when the run ends in a body's word: ‘The Workers' Support and Insurance Fund’,
    ‘the Teachers’ Pension and Welfare Fund’ (w62a); never one who owns the body (‘Trump's Justice Department’
    is singular), nor a run going on after the body's word.

    >>> _members_possessive_in_name("The Workers' Support and Insurance Fund".split(), 0, 1)
    True
    >>> _members_possessive_in_name("Trump's Justice Department".split(), 0, 0)
    False
    >>> _members_possessive_in_name("The Smiths' Cottage Garden".split(), 0, 1)
    False
    """
    return words[c].endswith(("s’", "s'")) and c == k + (words[k] == "The") and c + 2 < len(words) \
        and words[-1].lower() in ORG_WORDS and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words[c + 1:])


#: Heads of public offices whose remit after "of" or "for" may list its matters with "and" (‘Department of
#: Natural Resources and Northern Development’, ‘Ministry of Trade and Industry’, ‘Maritime Prefecture for the
#: Channel and North Sea’) (w62a).
#:
#: >>> "department" in REMIT_LIST_HEADS, "bank" in REMIT_LIST_HEADS
#: (True, False)
REMIT_LIST_HEADS = frozenset("department ministry office commission committee agency bureau authority prefecture "
                             "secretariat directorate".split())


def _remit_list_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether the words after "and" go on the remit of the public office before it, one body's name, not a
    second body's: the office's head, then "of" or "for" (‘Department of Natural Resources’), and after "and"
    no body's own word at the end (never ‘the Ministry of Finance and the Central Bank’).

    >>> _remit_list_and("Department of Natural Resources".split(), "Northern Development".split())
    True
    >>> _remit_list_and("Ministry of Finance".split(), "the Central Bank".split())
    False
    >>> _remit_list_and("Bank of America".split(), "Wells Fargo".split())
    False
    """
    return any(w.lower() in REMIT_LIST_HEADS and nxt in ("of", "for") for w, nxt in zip(left, left[1:])) \
        and right[-1].lower() not in ORG_WORDS and right[-1].lower() not in BUSINESS_WORDS \
        and right[0] != "the"


def _level_remit_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether the words before "and" are a government's level and one remit, the opening of one public
    body's name (‘National Press and Publication Administration’, ‘State Film and Television Bureau’): a
    level's word and one noun name no body of their own when a public body's word (no firm's) ends the
    words after "and", so "and" joins two remits there, never two bodies (‘National Grid and Harbour
    Power Ltd’, ‘the Federal Reserve and the Treasury Department’ stay two).

    >>> _level_remit_and("National Press".split(), "Publication Administration".split())
    True
    >>> _level_remit_and("The State Film".split(), "Television Bureau".split())
    True
    >>> _level_remit_and("National Grid".split(), "Harbour Power Ltd".split())
    False
    >>> _level_remit_and("Hale Energy".split(), "Hale Capital Authority".split())
    False
    """
    words = left[1:] if left[:1] == ["The"] else left
    return len(words) == 2 and words[0].lower() in GOVERNMENT_LEVELS and words[1][:1].isupper() \
        and words[1].lower() not in BUSINESS_WORDS and len(right) > 1 and right[0] != "the" \
        and right[-1].lower() in ORG_WORDS and right[-1].lower() not in BUSINESS_WORDS


def _paired_remit_and(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether "and" joins two services of one body's name (:data:`PAIRED_REMITS`): the word before it and
    the word after it, after a name of the body's own (‘Ashdown’; a name that opens on the services, ‘The
    Fire and Rescue Workers’ Union’, is left as it was read).

    >>> _paired_remit_and("Ashdown Fire".split(), "Rescue Service".split())
    True
    >>> _paired_remit_and("Hale Energy".split(), "Hale Capital Partners".split())
    False
    """
    return (left[-1].lower(), right[0].lower()) in PAIRED_REMITS and len(left) - (left[0] in ("The", "the")) > 1


#: The possessive ending of a body's name that owns what follows (‘Airport’s’, ‘Labs'’): stripped to the name.
#:
#: >>> RE_POSSESSIVE_END.sub("", "Airport’s"), RE_POSSESSIVE_END.sub("", "Labs'")
#: ('Airport', 'Labs')
RE_POSSESSIVE_END = LazyPattern(r"(?:[’']s|(?<=s)[’'])$")


#: The words before a handle in marks, the name one posts under (‘posting under the name “SunnyDays82”’,
#: ‘who goes by “Kiwi_Nomad”’): a person's, never a work's title, though only ever written in marks (w69a).
#:
#: >>> RE_HANDLE_LEAD.search("The guest, posting under the name ") is not None
#: True
#: >>> RE_HANDLE_LEAD.search("keep the novel ") is None
#: True
RE_HANDLE_LEAD = LazyPattern(r"\b(?:(?:post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|writ(?:es|ing)|wrote|go(?:es|ing)|went) (?:under|as|by)"
                             r"(?: the (?:name|handle|username|pseudonym|alias))?|under the (?:handle|username|pseudonym|alias)) $")


#: Where a body is based, written onto "based" before its name (‘developed by Brennholt-based Aurelian
#: Biologics’): no word of the name.
#:
#: >>> bool(RE_PLACE_BASED.fullmatch("Brennholt-based")), bool(RE_PLACE_BASED.fullmatch("Evidence-Based"))
#: (True, False)
RE_PLACE_BASED = LazyPattern(r"\p{Lu}[\p{L}\-]*-based")

#: A body's kind set off after a name, owned or qualified: ‘, the sport’s governing body,’, ‘, the
#: national regulator,’ (group 1 the kind).
RE_BODY_KIND_SET_OFF = LazyPattern(r", the (?:[\p{Ll}\-]+(?:[’']s)? ){0,3}(\p{Ll}+)[,.]")

#: A possessive right after a name that only a body has: its chief executive, its trustees or board, its
#: annual income or accounts (‘Hearth Aid's current chief executive, Ana Ruiz,’, ‘Hearth Aid’s trustees’),
#: w94b. A person has a chief of staff, a spokesman or a board seat, never these.
#:
#: >>> [bool(RE_BODY_POSSESSIVE_AFTER.match(t)) for t in ("'s current chief executive, Ana", "’s trustees said",
#: ...  "'s annual income", "'s chief of staff", "'s spokesman", "'s board seat")]
#: [True, True, True, False, False, False]
RE_BODY_POSSESSIVE_AFTER = LazyPattern(r"[’']s (?:current |new |former |interim |acting |then )?"
                                       r"(?:chief executive|board of trustees|trustees|board(?! seat)|annual (?:income|report|accounts)"
                                       r"|accounts|charitable status)\b")


#: How many of a name's spots are read for a title after it (a bounded look, whatever the article).
SPOTS_READ_FOR_TITLE = 6

#: Words that follow "the", "this" and the like, and pronouns of people: where one stands between a name and
#: an "its", it is the likelier owner (‘Kline said the plan would double its output’).
_NOT_THROUGH = r"(?:the|this|these|those|that|he|she|his|her|him|they|their|who|which|whose|it|and|or|but)\b"

#: A name's own clause run on to an "its" (:data:`_NOT_THROUGH` never between, no stop, comma or quotation
#: mark): a finite verb right after the name, then at most a dozen words in lower case, numbers or a weekday,
#: then "its" with a noun (‘Bright Hands has used a small donation to buy motors for its canoes’, ‘Maison
#: Verlaine said on Tuesday that its creative director’): the name is a body's, which "its" takes up, w100a.
#:
#: >>> [bool(RE_ITS_TAKES_UP.match(t)) for t in (" has used a small donation to buy motors for its canoes",
#: ...     " said on Tuesday that its creative director", " said the plan would double its output",
#: ...     " said he had seen its accounts", ", its chief executive", " told reporters. Its shares")]
#: [True, True, False, False, False, False]
RE_ITS_TAKES_UP = LazyPattern(r" (?!" + _NOT_THROUGH + r")(?:has|have|had|is|was|will|would|can|could|said|told"
                              r"|wrote|made|took|gave|won|lost|sold|bought|spent|kept|paid|\p{Ll}+ed|\p{Ll}+s)"
                              r"(?: (?:on (?:" + "|".join(sorted(WEEKDAY_NAMES)) + r")|that(?= its\b)"
                              r"|(?!" + _NOT_THROUGH + r")(?:\p{Ll}[\p{Ll}\-]*|\d[\d,.]*))){0,12}? its \p{Ll}")


#: Firms' words that are no one's surname ("Steel", "Paper", "Banks" are).
FIRM_ONLY_WORDS = BUSINESS_WORDS - frozenset("steel paper bank energy electric mining packaging materials engines".split())

#: Firms' words that end a longer word of a firm's name ("Microsystems", "Biotechnologies").
BUSINESS_ENDINGS = ("systems", "technologies", "pharmaceuticals", "electronics", "networks", "semiconductor")
# (guard: the body led, never a campaign against it nor a cafe in it: ‘who has led the campaign against the firm since
# 2019’, ‘who has run the cafe in the foyer since 2015’)


#: Letters in brackets right after a name, its initials if they hold the initials of its words
#: (‘the All Pakistan Anjuman-i-Tajiran Ittehad (APATI)’; never a party's after a person, ‘Imran Khan
#: (PTI)’).
RE_INITIALS_AFTER = LazyPattern(r" \((\p{Lu}{2,8})\)")


def _spelt_whole_after(text: str, end: int, words: Sequence[str]) -> bool:
    """The letters in brackets right after the name ending at ``end`` spell all its words, "and" and all: one
    body's name (‘the Tanjung Serai Maritime and Port Board (TSMPB)’), never two joined.

    >>> t = "the Kelvar Maritime and Port Board (KMPB) said"
    >>> _spelt_whole_after(t, 34, "Kelvar Maritime and Port Board".split()), _spelt_whole_after(t, 34, "Port Board".split())
    (True, False)
    """
    brackets = RE_INITIALS_AFTER.match(text, end)
    return brackets is not None and _initials(" ".join(w for w in words if w != "The")) == brackets.group(1)


#: Offices a broadsheet writes in capitals after "the" for the one holding them ("the Governor"; "the
#: President" stays as written, as the gold of real news has it).
CAPITAL_OFFICES = frozenset("governor mayor premier senator minister chancellor commissioner secretary treasurer "
                             "bishop archbishop vicar rector archdeacon justice taoiseach tánaiste tanaiste speaker comhairle".split()) \
    | CLERGY_CAPITAL_TITLES
# ("the Chief Justice", "the Speaker" of "Speaker U.T. Nagaraj Shetty", "the Vicar" of "the Vicar, the Revd Anna Kowalski")

#: A head of state's bare style right before a name, with nothing before it that makes it a lesser
#: office (‘– President Nurlan Seitkali held’, ‘met President Ana Ruiz’): whom "the President" alone
#: stands for when the article names just one such holder. Never a president with another word
#: before the title ("Senate President", "union President", "former President"), read on the text
#: before a spot of the name (w106a). Never after a comma, an apposition that may hold a lesser office
#: (‘The club's owner, President Marco Bellini,’), nor after "after" or "under", a past holder (‘named
#: after President X, who led the country from 1961’, ‘began under President X in the 1960s’).
#:
#: >>> [bool(RE_BARE_PRESIDENT_BEFORE.search(t)) for t in ("KAZINFORM – President ", "He met President ", "President ")]
#: [True, True, True]
#: >>> [bool(RE_BARE_PRESIDENT_BEFORE.search(t)) for t in ("Senate President ", "teachers union President ", "former President ")]
#: [False, False, False]
#: >>> [bool(RE_BARE_PRESIDENT_BEFORE.search(t)) for t in ("The club's owner, President ", "named after President ", "under President ")]
#: [False, False, False]
RE_BARE_PRESIDENT_BEFORE = LazyPattern(r"(?:^|[.!?:;—–(“\"‘]\s*+|\n|\b(?:and|by|with|met|meets|meeting|said|says|told|when|as|that|"
                                       r"for|to|from|before|while|where|urged|asked|called|thanked) )President $")

#: Any president's office in a role, whatever the words around it (‘union president’, ‘Senate
#: President’; never ‘Presidential Press Secretary’): with two such people recent, "the President"
#: stays as written.
#:
#: >>> [bool(RE_PRESIDENT_WORD.search(r)) for r in ("union president", "President", "Presidential Press Secretary")]
#: [True, True, False]
RE_PRESIDENT_WORD = LazyPattern(r"\b(?i:president)\b")

#: How far before a name :data:`RE_BARE_PRESIDENT_BEFORE` reads.
BARE_PRESIDENT_REACH = 40

#: Offices in capitals that name one person only with the word before them, written again by the
#: two words the article gave the holder (‘the Senate President’ of ‘The Senate President, Senator
#: X,’; ‘the Majority Leader’; never "the President" alone, nor a union's president).
QUALIFIED_CAPITAL_OFFICES = frozenset("president leader chairman chairperson chairwoman whip clerk rep representative".split())

#: An office in capitals with the words that say which (group 1 whole, group 2 its last word), unnamed:
#: no name right after it. "The Minister" stands for it when it is written just before, w80b.
#:
#: >>> RE_UNNAMED_CAPITAL_OFFICE.search("a charge the Revenue Minister rejected.").groups()
#: ('the Revenue Minister', 'Minister')
#: >>> [m.group(2) for m in RE_UNNAMED_CAPITAL_OFFICE.finditer("the Revenue Minister Ann Roe said.", overlapped=True)]
#: ['Roe']
RE_UNNAMED_CAPITAL_OFFICE = LazyPattern(r"\b((?i:the) (?:\p{Lu}[\p{Ll}\-]+ ){1,3}(\p{Lu}\p{Ll}+))\b(?!,? \p{Lu})")


#: How far back "the Minister" looks for the unnamed office it stands for, within its paragraph.
UNNAMED_OFFICE_REACH = 300

#: Words in an unnamed office in capitals that make it another office than the one "the Minister"
#: or "the Chancellor" names (‘The Shadow Chancellor accused … “…,” the Chancellor replied’, ‘the
#: Prime Minister’, ‘the Deputy Premier’, ‘the Vice Chancellor’), review rv80b.
OTHER_OFFICE_WORDS = LESSER_OFFICES | frozenset("prime chief first opposition under".split())


def _unnamed_office_just_before(text: str, at: int, office: str) -> str | None:
    """The one office in capitals ending in ``office`` written unnamed in the paragraph just before
    ``at`` (within :data:`UNNAMED_OFFICE_REACH`), with no other mention of ``office`` between."""
    lo = max(text.rfind("\n", 0, at) + 1, at - UNNAMED_OFFICE_REACH)
    if text.find(office, lo, at) < 0:
        return None  # (no office word before it: nothing to search for)
    found = [m for m in RE_UNNAMED_CAPITAL_OFFICE.finditer(text, lo, at, overlapped=True) if m.group(2) == office]
    if len({m.group(1).lower() for m in found}) != 1 \
            or any(w.lower() in OTHER_OFFICE_WORDS for w in found[-1].group(1).split()[1:-1]) \
            or text.count(office, found[-1].end(), at) != 0 \
            or text.count(office, lo, at) != len(found):
        return None
    one = found[-1].group(1)
    return one[0].lower() + one[1:]


#: Head nouns of a body set off before its name (‘The lender, Heartland Farm Credit,’): never a "he"
#: or "she" (only after "the": ‘Another operator, Lin Pei-shan,’ is a person).
BODY_ROLE_HEADS = THING_NOUNS - DOCUMENT_NOUNS - frozenset({"operator"})

#: A body's kind set off right before a name, after "the" or an owner's word, as consumer stories
#: name the firm a case study deals with: ‘Her insurer, Southern Cross Mutual,’, ‘His energy
#: supplier, Brightwell,’, ‘the lender, Northgate,’ (group 1, the head: one of
#: :data:`BODY_ROLE_HEADS`; never ‘Another operator, Lin Pei-shan,’).
#:
#: >>> RE_BODY_KIND_BEFORE.search("offered. Her insurer, ").group(1)
#: 'insurer'
#: >>> RE_BODY_KIND_BEFORE.search("said his broadband provider, ").group(1)
#: 'provider'
RE_BODY_KIND_BEFORE = LazyPattern(
    r"(?<![\p{L}\-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)(?: [\p{Ll}\-]+){0,2}? (\p{Ll}+), $")

#: How far back (in characters) :data:`RE_BODY_KIND_BEFORE` looks from a name.
BODY_KIND_REACH = 48

#: A company's last words written with a full stop ("Inc.", "Co.", "Corp.").
ABBREVIATED_ENDINGS = frozenset("inc co corp ltd bros".split())


#: The lower-case head nouns that end a body's name cut short when only its capitalised words were read
#: (‘the Shanahan family’, ‘The Ohio state government’, ‘the University of Padua’s tourism observatory’):
#: the words as written whole are the speaker, never the fragment "the Shanahan" (see
#: :meth:`CastBodies._cut_short_body`).
CUT_BODY_HEADS = wordset("""family government association observatory federation union council committee board
agency authority ministry department commission institute foundation society trust charity coalition alliance
group company firm club league""")

#: A body's name cut short, then its lower-case words to a head of :data:`CUT_BODY_HEADS`, then perhaps its
#: name set off between commas: ‘The German offshore wind industry association, Offshore Wind Germany,’.
#:
#: >>> RE_CUT_BODY_TAIL.match(" family thanked them").group(1)
#: ' family'
RE_CUT_BODY_TAIL = LazyPattern(r"((?: [\p{Ll}\-]+){0,3}? (?:" + "|".join(sorted(CUT_BODY_HEADS)) + r"))(?![\p{L}\-’'])"
                               r"(?:, ((?:\p{Lu}[\p{L}\-&]*)(?: (?:of|for|and|&|\p{Lu}[\p{L}\-&]*))*),)?")

#: The lower-case word right after a point (‘ chairman’ of ‘the Ohio state party chairman’).
RE_LOWER_WORD_NEXT = LazyPattern(r"[ \t]+(\p{Ll}+)\b")


def _headed_by(part: Sequence[str], word: str) -> bool:
    """A body's name whose head, capitalised, is ``word`` set before "of" and the capitalised words
    that say whose or where it is: "Regulator" of ‘Regulator of Social Housing’, "Archdiocese" of
    ‘Greek Orthodox Archdiocese of Southern Australia’; never the word alone or last.

    >>> _headed_by("Port of Antwerp-Bruges".split(), "Port"), _headed_by("Cabin Crew Guild".split(), "Guild")
    (True, False)
    >>> _headed_by("Port Kessington".split(), "Port"), _headed_by("Port of Ayr and the Port of Troon".split(), "Port")
    (False, False)
    """
    k = next((i for i, w in enumerate(part) if w == word), -1)
    return 0 <= k < len(part) - 2 and part[k + 1] == "of" and part[k + 2][:1].isupper() \
        and all(w[:1].isupper() for w in part[:k]) and part.count(word) == 1 and "the" not in part[k:]
    # (never two bodies a run joined: ‘the Port of Calder-Ness and the Port of Hollin Bay’)


class CastBodies:
    """Bodies in the cast: the bodies and companies an article names (body_names, company), and
    resolving a mention to an organisation, a place or a body.

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def body_names(self) -> list[tuple[int, str, list[str]]]:
        """The names of bodies the text writes, outside headlines (where, the name as a speaker
        is written, its words): capitalised runs of two words or more, with "of", "for", "and"
        and "&" inside ("the Office of Banking Conduct", "Norrland Paper & Packaging"). One pass,
        on first use."""
        if self._body_names is not None:
            return self._body_names
        text = self.text
        headlines = self.headlines
        first = text[:self.first_line_end].split()
        # (a short first line is a headline when it is written in title case)
        first_end = self.first_line_end if all(w[:1].isupper() for w in first if len(w) > 3 and w.isalpha()) else 0
        out = self._body_names = []
        for m in RE_BODY_NAME.finditer(text):  # (runs of two words or more only)
            run = m.group()
            at = m.start()
            h = bisect.bisect_right(headlines, (at, len(text))) - 1
            if (h >= 0 and at < headlines[h][1]) or at < first_end:
                continue  # (a headline's capitals: "Newspaper Says Clinton Needs To Quit")
            words = run.split()
            k = 0
            while k < len(words) and words[k].lower() in FUNCTION_WORDS and words[k] != "The":
                k += 1  # ("In", "But" before a name that opens a sentence)
            based = k + 2 < len(words) and RE_PLACE_BASED.fullmatch(words[k]) is not None
            k += based  # (where the body is based, before its name: "Brennholt-based Aurelian Biologics")
            the = text[max(0, at - 4):at].lower() == "the " and not based  # ("the State Department"; never the
            # "the" of where it is based: ‘the Kisumu-based Lakeview Savings Bank’)
            if k + 2 < len(words) and words[k + 1] == "of" and _part_of_a_body(words[k].lower()):
                k += 2  # a part of the body or its people, capitalised for opening a sentence: "Shares
                # of Halvorsen Shipping Corp. fell", "Members of the Ocean Futures Coalition marched"
                the = words[k] == "the"
                k += the
            run_words = len(words)
            cut = next((c for c in range(k, len(words)) if words[c].endswith(("’s", "'s", "s’", "s'")) and not (
                c + 1 < len(words) and _org_word_owned(words[c + 1]))
                and not _members_possessive_in_name(words, k, c)
                and not (c > k and words[c - 1] in SAINT_ABBREVIATIONS)), len(words))  # (but "Sheriff's Office", and
            # a saint's name, whose ’s is the name's own: "St. Anselm’s Health Network")
            owner = RE_POSSESSIVE_END.sub("", words[cut]) if cut < run_words else ""
            if cut == k and _owned_body_after(words, cut):
                at = text.find(words[cut + 1], at)
                the = False
                words = words[cut + 1:]  # (a body its owner opens the run with: ‘Mirovia’s Supreme Administrative
                # Court upheld …’ names "Supreme Administrative Court", w122b)
            else:  # (the owner keeps its last word: ‘Brackley International Airport’s main runway’ names
                # "Brackley International Airport", never "Brackley International"; a lone owner, "Trump’s Justice
                # Department", names no body)
                words = words[k:cut] + ([owner] if owner[:1].isupper() and cut > k else [])
            while words and (words[-1].lower() in ("the", "of", "for", "and", "&") or ends_in_title(words)
                             or (len(words) > 2 and words[-1].rstrip(".").lower() in BODY_NAME_TRAILING_STYLES
                                 and (words[-1][1:2].islower() or words[-1].rstrip(".") in ("HE", "H.E")))):
                words.pop()  # (and an office after the body's name: "Kairo Labs CEO defends …" names Kairo Labs;
                # and the style of the person named after it: ‘the Ministry of Foreign Affairs HE Dr. X’)
            if (served := _body_served(words)) is not None:
                the = words[served - 1] == "the"  # (the person before "of" is no part of the body's name)
                at = text.find(words[served], text.find(" of ", at))
                words = words[served:]
            if cut == run_words and _firm_town_after(text, m.end(), words):
                words = words[:-2]  # (the firm's town is no part of its name: ‘Tessaract Defense Systems of
                # Huntsville, Alabama,’ names "Tessaract Defense Systems"; ‘the Bank of Ireland’ stays whole)
            if cut == run_words and words and words[-1] == run.split()[-1] \
                    and (end := _portfolios_end(text, " ".join(words), m.end())) > m.end():
                words = words[:-1] + (words[-1] + text[m.end():end]).split()  # (a ministry's or a department's list of portfolios
                # goes on past the run's commas: ‘the Department of Climate Change, Energy, the Environment and
                # Water’ is one body's name, w83b)
            if len(words) < 2:
                continue
            parts = [words]
            if "and" in words:  # two bodies named together: "Hale Energy and Hale Capital Partners"
                a = words.index("and")
                left, right = words[:a], words[a + 1:]
                if len(left) - (left[0] == "The") > 1 and len(right) > 1 and any(  # (never "The Fish and Game Agency")
                        x[-1].lower() in BUSINESS_WORDS or x[-1].lower() in ORG_WORDS for x in (left, right)) \
                        and not _remit_list_and(left, right) and not _paired_remit_and(left, right) \
                        and not _level_remit_and(left, right) \
                        and not _spelt_whole_after(text, m.end(), words) \
                        and not (_members_possessive_in_name(words, 0, int(words[0] == "The"))
                                 and left[-1].lower() not in ORG_WORDS and left[-1].lower() not in BUSINESS_WORDS):
                    # (nor one office's remits: ‘Department of Natural Resources and Northern Development’, nor
                    # the matters of a body named for its people: ‘The Workers' Support and Insurance Fund’ (w62a))
                    parts = [left, right]
                elif a == 1 and left[0] != "The" and len(right) > 1 and right[-1].lower() in BUSINESS_WORDS \
                        and RE_FIRMS_LISTED_BEFORE.search(text, max(0, at - 40), at) is not None:
                    parts = [left, right]  # (firms listed after their plural noun: ‘the merger of mobile operators
                    # Vireo and Castell Telecom’ names "Vireo" and "Castell Telecom", never one firm)
            for part in parts:
                name = " ".join(part)
                if part is words and cut == run_words and part[-1].lower() in ABBREVIATED_ENDINGS \
                        and text.startswith(".", m.end()):
                    name += "."  # ("Aerovista Airlines Inc.", as "the company" finds it)
                if part is words and the:
                    name = "the " + name
                out.append((at, "the" + name[3:] if name.startswith("The ") else name, part))
        out[:] = joined_body_names(text, out)  # (one name in two pieces: ‘the Missing at Sea Project’)
        return out

    def _cut_short_body(self, mention: Mention, words: Sequence[str]) -> Person | None:
        """A body's name the mention read only in part, its capitalised words, when lower-case words
        ending in a body's head noun go on from it (:data:`RE_CUT_BODY_TAIL`): the name set off right
        after them (‘The German offshore wind industry association, Offshore Wind Germany, rejected …’),
        else the words as written whole (‘the Shanahan family thanked …’, ‘The Ohio state government
        said’); never a role's noun among them or after (‘the Ohio state party chairman’), nor a
        possessive after the head (‘the Shanahan family’s lawyer’)."""
        text = self.text
        if words[0] != "the" or len(words) > 5 or text[mention.end:mention.end + 1] != " " \
                or not text[mention.end + 1:mention.end + 2].islower():
            return None
        tail = RE_CUT_BODY_TAIL.match(text, mention.end)
        if tail is None or text.startswith(("’s", "'s"), tail.end(1)) \
                or any(w in ROLE_NOUNS or w in FUNCTION_WORDS or w in AUXILIARIES or w.endswith("ed")
                       or (w in SPEECH_VERBS and w != "state") for w in tail.group(1).split()[:-1]):
            # (a verb between is no part of a name: ‘the Ohio told the union’; "state" is a noun here)
            return None
        nxt = RE_LOWER_WORD_NEXT.match(text, tail.end(1))
        if nxt is not None and (nxt.group(1) in ROLE_NOUNS or nxt.group(1) in CUT_BODY_HEADS):
            return None
        if tail.group(2):
            return Person(tail.group(2), kind="organisation")
        whole = text[mention.start:tail.end(1)]
        return Person("the" + whole[3:], kind="organisation")

    def _body_by_last_word(self, words: Sequence[str], at: int) -> str | None:
        """The one body named in full before ``at`` whose name of two words or more ends with the
        word of "the <Word>" (‘The Fort Garry Blizzard …’ for "the Blizzard", a team by its nickname,
        ‘the Halvern Valley Otters’ for "the Otters"), or whose name is headed by it before "of"
        (‘the Regulator of Social Housing …. the Regulator said’, ‘the Greek Orthodox Archdiocese of
        Southern Australia …. the Archdiocese said’: see :func:`_headed_by`, the only way for a word that
        is a body's kind, "the Commission", "the Court", which one by its last word being for the anaphor
        rules); None for a role, or when two bodies fit."""
        if len(words) != 2 or words[0] != "the" or not words[1].isalpha() or not words[1][:1].isupper() \
                or words[1].isupper():
            return None
        low = words[1].lower()
        if low in ROLE_NOUNS or low in TEAM_WORDS or low in BODY_NAME_ENDINGS:
            return None
        known = self.by_surname.get(low)
        person = known is not None and known.personlike  # (nor a person's name: "the Trump campaign" is never
        # Donald Trump's body; a "person" the body's own name made, ‘Greek Orthodox Archdiocese’, is none)
        kind = low in ORG_WORDS or low in BUSINESS_WORDS or low in DESCRIPTION_NOUNS  # (which "the Court", "the
        # Times", "the Democrats" is, by its last word, is for the anaphor rules: never by that word alone)
        found = {name for start, name, part in self.body_names() if start < at + 5  # (or the name the mention
                 # cut short where it stands: ‘according to the Port of Antwerp-Bruges’ read as "the Port")
                 and ((not kind and not person and part[-1] == words[1] and len(part) - (part[0] == "The") >= 2
                       and all(w[:1].isupper() for w in part) and gender_of(part[part[0] == "The"]) is None)
                      or (_headed_by(part, words[1]) and (not person or known.name in name)))}
        if len(found) == 1 and kind and len({name for start, name, part in self.body_names()
                                             if start < at + 5 and words[1] in part
                                             and len(part) - (part[0] == "The") >= 2}) > 1:
            return None  # (another body of that kind: ‘The High Court …, but the Court of Appeal …. The
            # Court said’ names neither)
        return found.pop() if len(found) == 1 else None

    def _maker_before_model(self, words: Sequence[str], company: str, k: int) -> bool:
        """The short form is a firm's whole name, and the "company" the run makes of it goes on into
        another maker's name before a model's number: ‘an Eastwind Airlines Boeing 787’ holds the airline
        "Eastwind Airlines" and the aircraft, never a firm "Eastwind Airlines Boeing"."""
        extra = company.split()[len(words):]
        if words[-1].lower() not in BUSINESS_WORDS or len(extra) not in (1, 2) or not extra[0].isalpha():
            return False
        after = self.text[k + len(company):k + len(company) + 12]
        model = extra[1] if len(extra) == 2 else (after[1:].split(" ", 1)[0] if after[:1] == " " else "")
        return any(c.isdigit() for c in model)  # (‘a Skyline Airways Airbus A320’ too)

    def company(self, word: str) -> str | None:
        """The one company's or club's name the article writes in full that opens with this word
        ("Norrland" of Norrland Paper & Packaging, "Dunmore" of Dunmore United), or, for a club of
        two words, ends with it ("City" of Manchester City), if only one does."""
        if self._companies is None:  # (one pass for the article: a search per word was quadratic in its people)
            self._companies = {}
            for at, name, words in self.body_names():
                joint = words.index("and", 2) if "and" in words[2:-1] else None
                if joint is not None and words[joint - 1].lower() in BUSINESS_WORDS \
                        and not any(w.lower() in BUSINESS_WORDS for w in words[joint + 1:]):
                    words = words[:joint]  # a headline's two parties: "Kgalagadi Platinum and Mawu deadlock
                    name = " ".join(words)  # over wages" names the firm "Kgalagadi Platinum"
                firm = any(w.lower() in BUSINESS_WORDS or w.lower() in TEAM_WORDS
                           or w.lower().endswith(BUSINESS_ENDINGS) for w in words[1:]) \
                    or _set_off_as_firm(self.text, at, name, words)
                if firm and len(words) > 2 and words[-1].rstrip(".").lower() in LEGAL_FORMS \
                        and regex.search(rf"\b{regex.escape(' '.join(words[:-1]))}\b(?!,? \p{{Lu}})", self.text[:at]) is not None:
                    words = words[:-1]  # (its legal form after it, as a case's caption or a filing writes it, is no
                    name = " ".join(words)  # fuller name than the one the story went by before: "Verdant Mobile Inc"
                    # after "Verdant Mobile", w77a)
                if words[0] == "The" or not (firm or (any(w.lower() in HEALTH_BODY_WORDS for w in words[1:])
                                                      and self._health_body_speaks(at, words))):
                    continue  # (and a firm's word joined to another: "Kestrel Microsystems")
                keys = [words[0]]
                if len(words) == 2 and words[1].lower() in TEAM_WORDS:
                    keys.append(words[1])
                for key in keys:
                    known = self._companies.get(key, False)
                    if known is False or known == name or (known is not None and known.startswith(name + " ")):
                        self._companies[key] = known or name  # (a short form and its full name are one
                        # firm: "Brightwater Capital" in a headline, "Brightwater Capital Management")
                    elif known is not None and name.startswith(known + " ") \
                            and name[len(known) + 1:].split()[0].lower() in ROLE_NOUNS:
                        pass  # (the firm's office and officer after its name are no part of it: "Harlow Motors
                        # Chief Executive Gunnar Lindqvist" after "Harlow Motors CEO says …")
                    else:
                        self._companies[key] = name if known is not None and name.startswith(known + " ") else None
        return self._companies.get(word)

    def short_body(self, words: Sequence[str]) -> str | None:
        """The one fuller body name the article writes that opens with these words ("Ironvale" of
        Ironvale Publishing, "Prairie Northern" of Prairie Northern Railway), by
        :func:`quotesearch.body_short_forms.short_form_table`, built once per article."""
        if self._short_bodies is None:
            self._short_bodies = short_form_table(self.body_names())
        whole = self._short_bodies.get(tuple(words))
        if whole is None:
            return None
        alone = short_form_alone(self.text, " ".join(words), self.first_line_end)
        full = self.text.find(whole, self.first_line_end)
        if alone is not None and full >= 0 and alone < full:
            self._short_bodies[tuple(words)] = None  # (the short form written alone before the name in full is
            return None  # a name of its own: ‘Brackley Steel was fined …. Its parent, Brackley Steel Group, …’;
            # ‘Kestrel launched Kestrel Direct, the group's online lender’)
        return whole

    def _health_body_speaks(self, at: int, words: Sequence[str]) -> bool:
        """A hospital's or a health system's name (HEALTH_BODY_WORDS inside it) written at ``at`` that a
        story may shorten to its first word: its name ends with its kind ("Lakeshore Health", "Bellmoor
        Medical Center", "Mount Sinai Health System"), it is no university's nor a public body's of a
        place ("Harwick University Medical Center", "the Minnesota Department of Health", "Kenya Medical
        Research Institute"), it is named as a body, not as where someone was taken (‘taken to Boston
        Medical Center …. Boston said’ is the team), and its first word is no one's name the article
        gives (‘Summer Health …. Summer Reyes, a receptionist, …. “…,” Summer said’; rv24)."""
        first = words[0].lower()
        if first in ONE_WORD_PLACES or words[-1].lower() not in HEALTH_BODY_CLOSING_WORDS \
                or any(w.lower() in HEALTH_BODY_OTHER_WORDS for w in words[1:]):
            return False
        if regex.search(r"\b(?:to|into)\s+(?:the\s+)?$", self.text[max(0, at - 12):at]) is not None:
            return False
        known = self.by_surname.get(first)
        return not (known is not None and known.kind == "name" and known.name.split()[0] != words[0]) \
            and not any((n := q.name.split())[0] == words[0] and n[-1].lower() not in HEALTH_BODY_CLOSING_WORDS
                        and n != list(words[:len(n)]) for q in self._named_in_full())  # (its short form is no one)

    def sole_company(self) -> str | None:
        """The one company the article writes in full, by a firm's word in its name ("Quorra Labs",
        "Veltrix Inc."; a short form and its full name are one), else None: what an unnamed "company"
        that owns a document stands for when nothing nearer names one.

        >>> from quotesearch.speakers import Cast
        >>> Cast("Quorra Labs on Tuesday launched a model. Quorra Labs is based in Oslo.").sole_company()
        'Quorra Labs'
        >>> Cast("Quorra Labs sued Brightwater Capital on Monday.").sole_company() is None
        True
        """
        self.company("")  # (the table of companies, built once)
        names = {n for n in (self._companies or {}).values() if n is not None}
        return next(iter(names)) if len(names) == 1 else None

    def knows_firm(self, word: str) -> bool:
        """A lower-cased word is the short form of the one company the article writes in full ("veltrix"
        of Veltrix Inc., "norrcom" of Norrcom Networks): a sentence may open with it alone as its
        subject before any verb (‘Veltrix did not say when, saying only that it would “…”’), as a
        known surname may.

        >>> from quotesearch.speakers import Cast
        >>> c = Cast("Veltrix Inc. on Tuesday unveiled a phone.")
        >>> c.knows_firm("veltrix"), c.knows_firm("tuesday")
        (True, False)
        """
        return bool(word) and self.company(word[:1].upper() + word[1:]) is not None

    def knows_subject(self, word: str) -> bool:
        """A lone capitalised word opening a sentence is someone or some firm the article names: a
        known surname (``knows``) or a company's short form (``knows_firm``)."""
        return self.knows(word) or self.knows_firm(word)

    def knows_given(self, word: str) -> bool:
        """A lower-cased word is the given name of the one person the article names in full with it: a
        sentence may open with it alone as its subject though it is a word too (‘Grace has the last word.’ of
        Grace Okafor; never ‘Hope was fading.’ where no Hope is named), w104d.

        >>> from quotesearch.speakers import Cast
        >>> c = Cast("His wife, Grace Okafor, smiled.")
        >>> c.knows_given("grace"), c.knows_given("hope")
        (True, False)
        """
        return bool(word) and self._first_word_people().get(word) is not None

    def knows(self, word: str) -> bool:
        """A lower-cased word is the surname of someone the article names: the last word of a
        name, or the first of one written surname first ("Liang" of Liang Wenhao)."""
        if word in self.by_surname:
            return True
        p = self._first_word_people().get(word)
        return p is not None and _surname_first(p.name)

    def firm_named(self, p: Person) -> bool:
        """A name that is a firm's: it ends in a firm's word and nothing marks a person ("Cleveland
        Steel", "Apex Mining"; but "Saoirse Steel, the band's singer," or "Xander Steel, 19,"), or a
        paper's or an event's that ends in a time noun ("Willamette Week", "London Fashion Week")."""
        last = p.name.rsplit(" ", 1)[-1].lower()
        if (last not in BUSINESS_WORDS and not (last in NAME_TIME_NOUNS and " " in p.name)) \
                or p.kind != "name" or p.gender is not None or p.titled:
            return False
        return last in FIRM_ONLY_WORDS or not (self.roles_of(p) or p.who or self._kin_or_aged(p))

    def named_after_its_kind(self, p: Person) -> bool:
        """A one-word name the article writes right after a body's kind in lower case, where nothing
        marks a person: a body's (‘the VTuber agency StarLantern’, ‘skincare company Glowhaus’), never
        a "she" (but ‘the agency's founder, Ono,’ names a person; the first few places it is written)."""
        if p.kind != "name" or " " in p.name or p.gender is not None or p.titled or self.roles_of(p) or p.who:
            return False
        known = self._after_its_kind.get(p.name)
        if known is None:
            known, at, seen = False, -1, 0
            while not known and seen < SPOTS_READ_FOR_TITLE and (at := self.text.find(p.name, at + 1)) >= 0:
                seen += 1
                end = at + len(p.name)
                before = self.text[max(0, at - 20):at]
                known = before.endswith(" ") and bool(before.split()) and before.split()[-1] in BODY_KIND_BEFORE_NAME \
                    and not self.text[end:end + 1].isalpha()  # (lower case only: never "Agency" opening a name)
            self._after_its_kind[p.name] = known
        return known

    def named_before_a_title(self, p: Person) -> bool:
        """The article writes this name in full right before someone else's title and name, as a
        team's or a body's that holds the office (‘Parramatta Eels coach Brett Kinnear’, ‘England
        head coach Marcus Pennington’): a body, where nothing marks a person (its first spots only)."""
        if p.kind != "name" or p.gender is not None or p.titled or self.roles_of(p) or p.who:
            return False
        ends = [end for _, end in p.spots[:SPOTS_READ_FOR_TITLE]]
        at = -1
        while len(ends) < SPOTS_READ_FOR_TITLE and (at := self.text.find(p.name, at + 1)) >= 0:
            if at == 0 or not self.text[at - 1].isalpha():
                ends.append(at + len(p.name))  # (a one-word name keeps no spots: where it is written)
        return any(_role_and_name_at(self.text, end) for end in ends)

    def named_as_body(self, p: Person) -> bool:
        """The article writes this name as a body's, where nothing marks a person: a campaign's last
        word (‘Pacific Coast Climate Action’), a relative "which" after it (‘the Harbour Traders'
        Union, which called the strike,’), or its initials in brackets (‘the All Pakistan
        Anjuman-i-Tajiran Ittehad (APATI)’): never a "he" or "she"."""
        if p.kind != "name" or p.gender is not None or p.titled or p.who or self.roles_of(p):
            return False
        if " " in p.name and p.name.rsplit(" ", 1)[-1].lower() in BODY_NAME_ENDINGS:
            return True
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if text.startswith(", which ", end):
                return True
            if text.startswith(", the ", end) and (kind := RE_BODY_KIND_SET_OFF.match(text, end)) is not None \
                    and kind.group(1).lower() in BODY_ROLE_HEADS:
                return True  # (a body's kind set off after it: ‘Swim Ireland, the sport’s governing body, said’)
            if (brackets := RE_INITIALS_AFTER.match(text, end)) is not None \
                    and _initials(text[start:end]) in brackets.group(1) and _body_shaped(text[start:end].split()):
                return True
        return any(RE_BODY_POSSESSIVE_AFTER.match(text, end - 2 if text[end - 2:end] in ("'s", "’s") else end) is not None
                   for _, end in p.spots[:SPOTS_READ_FOR_TITLE]) \
            or self._taken_up_by_its(p)  # (what only a body has: ‘Hearth Aid's chief
        # executive, Ana Ruiz,’; a spot may hold the possessive), w94b

    def _taken_up_by_its(self, p: Person) -> bool:
        """A name of two words or more that the text writes, in one of its first spots, as the subject of a
        clause that runs on to "its" with no body, thing or other owner between (:data:`RE_ITS_TAKES_UP`):
        ‘Bright Hands has used a small donation to buy motors for its canoes’ is a body's, never a "she"
        (worked out once per name; the caller has ruled out a sex, a title, a role), w100a."""
        if " " not in p.name:
            return False  # (a bare surname: ‘Hale bought the firm for its patents’ is too near)
        known = self._its_taken_up.get(p.name)
        if known is None:
            known, at, seen = False, -1, 0
            while not known and seen < SPOTS_READ_FOR_TITLE and (at := self.text.find(p.name, at + 1)) >= 0:
                seen += 1
                if self.text.find(" its ", at, at + 160) < 0:
                    continue  # (the cheap test first)
                m = RE_ITS_TAKES_UP.match(self.text, at + len(p.name))
                known = m is not None and not any(w in THING_NOUNS for w in RE_LOWER_WORD.findall(m.group()[:-6]))
                # (nor a body or a thing between, the likelier owner: ‘… sold the company for its patents’)
            self._its_taken_up[p.name] = known
        return known

    def _body_kind_before(self, p: Person) -> bool:
        """The article names this one in full right after a body's kind set off: ‘Her insurer,
        Southern Cross Mutual, initially offered’, ‘The lender, Heartland Farm Credit, said’: a body,
        never a "he" or "she" (whatever its last word: "Mutual", "Lettings")."""
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if " " in text[start:end] and (m := RE_BODY_KIND_BEFORE.search(
                    text, max(0, start - BODY_KIND_REACH), start)) is not None and m.group(1) in BODY_ROLE_HEADS \
                    and not any(w.lower() in OPENING_PREPOSITIONS for w in text[max(0, m.start() - 16):m.start()].split()[-1:]):
                return True  # (never the object of an opening phrase: ‘Outside the court, S. Murugesan, … said’)
        return False

    def _bare_president(self, p: Person) -> bool:
        """``p`` is named right after the bare style "President" (:data:`RE_BARE_PRESIDENT_BEFORE`),
        never "of" a body after the name (‘President Ada Mensah of the Teachers Union’)."""
        text = self.text
        return p.kind == "name" and "President" in self.roles_of(p) and any(
            RE_BARE_PRESIDENT_BEFORE.search(text, max(0, at - BARE_PRESIDENT_REACH), at) is not None
            and not text.startswith(" of ", end)
            for start, end in p.spots[:KIN_SPOTS] for at in (start + 10 if text.startswith("President ", start) else start,))
        # (a spot may hold the style itself: ‘President Nurlan Seitkali’)

    def _resolve_organisation(self, mention: Mention) -> tuple[Person | None, str]:
        """The person or body an organisation mention names: an office's holder just named, else the body (‘“…,” the Governor said’)."""
        name = mention.text
        if name.isupper() and " " not in name and name.lower() in self.by_surname:
            return self.by_surname[name.lower()], "name"  # a transcript's label: "MATVIICHUK:"
        if name.split()[0] in ("The",):
            name = "the" + name[3:]
        words = name.split()
        if len(words) == 2 and words[0] == "the" and words[1] == "President" and (holder := self._sole_recent_name(
                lambda q: any(RE_PRESIDENT_WORD.search(r) for r in self.roles_of(q)))) is not None \
                and self._bare_president(holder):
            return holder, "title-anaphor"  # (‘President Nurlan Seitkali held a meeting …. “…,” the President
            # said’: the one head of state named by the bare style, never a Senate President, w106a)
        if (len(words) == 2 and words[0] == "the" and (words[1].lower() in CAPITAL_OFFICES or words[1].lower() in ROYAL_SEX)) \
                or (len(words) == 3 and words[0] == "the" and words[1] in ("Crown", "Grand") and words[2].lower() in ROYAL_SEX) \
                or (len(words) == 3 and words[0] == "the" and words[1].isalpha() and words[1][:1].isupper()
                    and words[2].lower() in CAPITAL_OFFICES):  # ("the Home Secretary" of "the Home Secretary, Mr. X,")
            # "the Governor said" in a broadsheet's style: the one just named with that office in
            # capitals ("Gov. Charles E. Vandermeer", "Mayor Harold T. Brennan"), alone among the
            # recent people (never a union's president for "the President")
            head = words[-1].lower()  # (and a royal's style: "the King", "the Duke", "the Crown Princess")
            holder = self._sole_recent_name(lambda q: any(_capital_office(r, head) and (len(words) == 2 or words[1] in r)
                                                          for r in self.roles_of(q)))
            if holder is not None:
                return holder, "title-anaphor"
            if len(words) == 2 and words[1][:1].isupper() and (office := _unnamed_office_just_before(
                    self.text, mention.start, words[1])) is not None:
                return Person(office, kind="description"), "title-anaphor"  # (‘…, a charge the Revenue Minister
                # rejected. “…,” the Minister told reporters’ is the Revenue Minister, unnamed, w80b)
        if len(words) == 3 and words[0] == "the" and words[2].rstrip(".").lower() in QUALIFIED_CAPITAL_OFFICES \
                and words[1].isalpha() and words[1][:1].isupper() and words[2][:1].isupper():
            # "the Senate President said", "the Majority Leader said": the one just named whose role
            # holds those two words in capitals, alone among the recent people
            office = f"{words[1]} {words[2].rstrip('.')}"  # (an abbreviation's full stop: ‘the Woman Rep.’)
            holder = self._sole_recent_name(lambda q: any(_holds_office(r, office) for r in self.roles_of(q)))
            if holder is not None:
                return holder, "title-anaphor"
        if len(words) == 2 and words[0] == "the" and RE_TITLE_LETTERS.fullmatch(words[1]):
            # "the CS said": a title written later by its initials ("Health Cabinet Secretary Dr X",
            # "District Chief Executive X", "the Police Public Relations Officer, DSP X"), the one just
            # named whose role ends in those words, alone among the recent people
            holder = self._sole_recent_name(lambda q: any(_title_initials(r).endswith(words[1]) for r in self.roles_of(q)))
            if holder is not None and not _other_letters_holder(self.text, mention.start, words[1], holder):
                return holder, "title-anaphor"
            if (holder := self._spelled_letters_holder(words[1], mention.start)) is not None:
                return holder, "title-anaphor"  # ‘Officer-in-charge (OC) X …. the OC said’
        if len(words) >= 3 and words[0] == "the" and words[-1].lower() in ROLE_NOUNS \
                and (holder := self._holder_of_office_as_written(mention, " ".join(words[1:]))) is not None:
            return holder, "title-anaphor"  # an office in capitals written again whole, whose holder was set off
            # after it: ‘the Deputy Majority Whip, Sarah Korere, whipped …. The Deputy Majority Whip said’
        if len(words) in (2, 3) and words[0] == "the" and words[-1].lower() in ROLE_NOUNS \
                and (holder := self._holder_named_after_office(mention, words[-1].lower())) is not None:
            return holder, "title-anaphor"  # (an office in capitals: ‘The Opposition MP for Kisumu West has
            # demanded an audit. / Mercy Atieno told reporters …. / “…,” the Opposition MP said’)
        if len(words) in (2, 3) and words[0] == "the" and words[-1].lower() in ROLE_NOUNS \
                and (holder := self._holder_named_after_lede(mention, words[-1].lower(),
                                                             [w.lower() for w in words[1:-1]])) is not None:
            return holder, "title-anaphor"  # (‘The Prime Minister on Saturday ruled out an early election. /
            # “…,” the Prime Minister said. / Prime Minister Hamzah Ismail also …’)
        if (whole := self._cut_short_body(mention, words)) is not None:
            return whole, "organisation"
        if (owner := self._possessive_owner(mention, name)) is not None:
            name = owner  # ‘Harrow & Finch’s catalogue promises “…”’ is Harrow & Finch's
        elif (whole := self._body_by_last_word(words, mention.start)) is not None:
            name = whole  # ‘The Fort Garry Blizzard traded …. the Blizzard thanked him’
        elif (whole := self._saints_body_in_full(words, mention.start)) is not None:
            name = whole  # ‘St. Brendan’s Medical Group …. St. Brendan’s said’
        elif 2 <= len(words) <= 3 and "&" in words and (whole := self.short_body(words)) is not None:
            name = whole  # a firm of two names by them alone after its name in full: ‘Kestrel & Vane Publishing
            # …. Kestrel & Vane said’ (w104a)
        return Person(name, kind="organisation"), "organisation"

    def _saints_body_in_full(self, words: Sequence[str], at: int) -> str | None:
        """The one body named in full before ``at`` whose name opens with the saint's name ``words``
        (‘St. Brendan’s’ of ‘St. Brendan’s Medical Group’, ‘St. Agnes’ of ‘St. Agnes Regional Medical
        Center’, w77a), as a hospital or a school goes by later; None for any other name, or when two bodies
        open with it."""
        if len(words) != 2 or words[0] not in SAINT_ABBREVIATIONS or not words[1][:1].isupper():
            return None
        found = {name for start, name, part in self.body_names()
                 if start < at and len(part) > 2 and list(part[:2]) == list(words)}
        return found.pop() if len(found) == 1 else None

    def _place_or_body(self, pos: int, p: Person) -> bool:
        """Whether the recent one at ``pos`` is a place, a body or letters, whom a singular pronoun never stands for (‘Xinhua, the official Chinese news agency,’)."""
        return p.plural or p.kind == "organisation" or p.placelike or (
                p.kind == "name" and p.gender is None and not p.titled and " " in p.name
                and p.name[p.name.rfind(" ") + 1:] in STREET_HEADS and not self.roles_of(p)) or (
                # (a street that speaks is the office it houses, never "he": ‘Downing Street said …. “…,” he said’)
                (p.name.lower() in ONE_WORD_PLACES or p.name in TWO_WORD_PLACES) and p.gender is None and not p.titled
                and not self.roles_of(p) and not self._kin_or_aged(p)) or (  # (but ‘Chad, a 41-year-old electrician’)
                p.kind == "name" and p.gender is None and not p.titled
                and (self._datelined(p) or self._only_in_marks(p) or self.firm_named(p)
                     or (p.name.isupper() and " " not in p.name and self._before_a_role(p))
                     or self._headline_letters(pos, p)
                     or self.named_after_its_kind(p) or self.named_as_body(p)
                     or any((h := description_head(r)) in BODY_HEADS or (h in BODY_ROLE_HEADS and r.split()[0].lower() == "the")
                            for r in self.roles_of(p)) or self._body_kind_before(p)
                     or _role_and_name_at(self.text, pos + (len(p.name) if self.text.startswith(p.name, pos)
                                                             else len(p.name.rsplit(" ", 1)[-1])))))

    def _headline_letters(self, pos: int, p: Person) -> bool:
        """The one at ``pos`` is a body's letters in a headline written in lower case too (‘EC rules out delay
        in polls, says …’): a body, never the "he" of the story's first quotation (never an office's letters
        a person goes by, "PM", "MP", nor a headline all in capitals, whose every word is so)."""
        if not (pos < self.first_line_end and p.name.isupper() and " " not in p.name and 2 <= len(p.name) <= 5
                and p.name.isalpha() and not self.roles_of(p)) or p.name.lower() in ROLE_NOUNS \
                or p.name.lower() in SHORT_TITLES:
            return False
        return any(c.islower() for c in self.text[:self.first_line_end])

    def _datelined(self, p: Person) -> bool:
        """Whether the name ``p`` is the place of a dateline, written whole in capitals where a line opens
        (‘PINE RIDGE — A committee voted … for what she described as “…”’: "she" is never Pine Ridge)."""
        if self.roles_of(p) or self._kin_or_aged(p):
            return False
        caps = p.name.upper()
        at = self.text.find(caps)
        while at >= 0:
            if _dateline_run(self.text, at, at + len(caps)) and not self.text[at + len(caps):at + len(caps) + 1].isalpha():
                return True
            at = self.text.find(caps, at + 1)
        return False

    def _only_in_marks(self, p: Person) -> bool:
        """Whether the name ``p`` is only ever written whole inside its own quotation marks: a work's title
        (‘keep the novel “Sparrow Season” on the shelves … what she described as “…”’), never a person (nor a handle
        one posts under, :data:`RE_HANDLE_LEAD`)."""
        n = len(p.name)
        at, seen = self.text.find(p.name), False
        while at >= 0:
            if at == 0 or self.text[at - 1] not in "“‘\"'" or RE_HANDLE_LEAD.search(self.text, max(0, at - 40), at - 1) \
                    or self.text[at + n:at + n + 2][:1] not in ("”", "’", '"', "'", ",", ".") \
                    or (self.text[at + n:at + n + 1] in ",." and self.text[at + n + 1:at + n + 2] not in ("”", "’", '"', "'")):
                return False
            seen = True
            at = self.text.find(p.name, at + 1)
        return seen
