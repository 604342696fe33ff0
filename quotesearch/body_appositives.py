"""A body's name set off after its description (_set_off_name; a description renamed by a union's or a
workers' kind), a body that speaks of itself as "it" past an aside or with an "its" of its own, an
owner's aside, one of two joined by "and", the set-off words and patterns the body rules read, and a
sentence whose subject is a thing.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import DEMONYMS, FAITHS, ONE_WORD_PLACES, SENDER_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import ORG_WORDS, WORKERS_BODY_KINDS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.mention_words import Mention, PREPOSITIONS, description_head
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, PARTICLES, gender_of, is_organisation
from quotesearch.tokens import word_positions
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.titles import _person_noun
from quotesearch.body_names import RELATIVE_WORDS
from quotesearch.bodies_of_kind import BODY_ENDING_REACH


#: A body's name set off after a description, opening with "the" and holding a word of the body's kind
#: (‘, the Association of Flight Attendants,’, ‘, the Harbour Workers Union,’): group 1 the kind's word.
#:
#: >>> RE_SET_OFF_BODY_OF_KIND.match(", the Association of Flight Attendants, called").group(1)
#: 'Association'
RE_SET_OFF_BODY_OF_KIND = LazyPattern(r", the (?:\p{Lu}[\p{L}’'\-]* |of |for |and ){0,5}?"
                                      r"(Union|Association|Federation|Guild|Alliance|Coalition|Council|Confederation)"
                                      r"(?: (?:of|for|and|\p{Lu}[\p{L}’'\-]*)){0,4},")


def _body_kind_renamed(text: str, mention: Mention, words: list[str]) -> bool:
    """A description of a body of one kind, a word or three after its head telling whose or where it
    is in lower case, then that body's name set off, of its kind (‘The flight attendants’ union at the
    carrier, the Association of Flight Attendants,’): the name is the head's, never the carrier's.

    >>> t = "The flight attendants’ union at the carrier, the Association of Flight Attendants, called it"
    >>> d = t[:t.index(",")]; _body_kind_renamed(t, Mention(0, len(d), d, "description"), d.split())
    True
    >>> t = "A spokeswoman for the carrier, the Association of Flight Attendants, said"
    >>> d = t[:t.index(",")]; _body_kind_renamed(t, Mention(0, len(d), d, "description"), d.split())
    False
    """
    head = description_head(mention.text)
    if head not in UNION_KIND_HEADS or not words[-1].isalpha() or not words[-1].islower() \
            or words[-1] in UNION_KIND_HEADS:
        return False
    m = RE_SET_OFF_BODY_OF_KIND.match(text, mention.end)
    if m is None:
        return False
    kind = m.group(1).lower()
    if kind == "union" and text[:m.start(1)].rstrip().rsplit(" ", 1)[-1].lower() in ("rugby", "football"):
        return False  # (a sport's governing body, never a workers' union: ‘The players’ union in the country,
        # the Welsh Rugby Union,’ is the players' union; review rv61b)
    return head == kind or head in ("body", "group") or (head == "union" and kind in WORKERS_BODY_KINDS)


#: Heads of a description of a body whose own name, set off after it, holds a word of its kind.
UNION_KIND_HEADS = frozenset("union association federation guild alliance coalition council body group".split())


#: A capitalised word of a firm's name, after any particles in lower case (‘Van der Berg’).
_CAP = r"(?:(?:" + "|".join(sorted(PARTICLES)) + r") )*\p{Lu}[\p{L}\p{M}’'\-]*"

#: Someone's lawyers set off with their firm's name, two names joined by "&" or "and" or one with a law
#: firm's ending (‘Kaminski's lawyers, Trowbridge & Pell,’, ‘the band's solicitors, Harcourt Lyle LLP,’):
#: group "name" the firm's name, never a lawyer's own (‘her lawyer, Tom Reed,’; two lawyers by name, ‘Tom
#: Reed and Ann Lee’, the callers tell by their given names) (w78c).
#:
#: >>> RE_LAWYERS_FIRM.search("Kaminski’s lawyers, Trowbridge & Pell, wrote to").group("name")
#: 'Trowbridge & Pell'
#: >>> RE_LAWYERS_FIRM.search("His solicitors, Harcourt Lyle LLP, said").group("name")
#: 'Harcourt Lyle LLP'
#: >>> RE_LAWYERS_FIRM.search("Her lawyer, Tom Reed, said") is None, RE_LAWYERS_FIRM.search("Her lawyers, Tom Reed, said") is None
#: (True, True)
#:
#: A partner's name may hold a particle in lower case (‘The school's attorneys, Van der Berg & Associates,’, w122b).
#:
#: >>> RE_LAWYERS_FIRM.search("The school's attorneys, Van der Berg & Associates, have").group("name")
#: 'Van der Berg & Associates'
RE_LAWYERS_FIRM = LazyPattern(rf"\b(?:lawyers|solicitors|attorneys|law firm),? (?P<name>{_CAP}(?: {_CAP})* (?:&|and) {_CAP}(?: {_CAP})*"
                              rf"|{_CAP}(?: {_CAP})* (?:LLP|LLC|Solicitors))(?=[,.;:]| (?:said|wrote|told|has|have|had)\b)")


def _set_off_name(text: str, mention: Mention, open_at: int) -> Mention | None:
    """The name set off right after a description whose head ends it (‘The broadcasting regulator,
    the Audio Standards Board,’, ‘Nightjar's developer, the Cyprus-registered company Strix
    Systems,’, ‘the guest, a chiropractor named Dale Rimmer,’): two words at least, or one after
    "named" or "called"; never a party, a faith, a nation or a role (‘The governor, a Republican,’),
    a place or a date, a name after a participle or a preposition (‘One such document, obtained by
    The Post,’), nor the name of a noun after the head (‘Defence lawyers for the former mayor, Tom
    Becker,’, ‘… in Honiara, Solomon Islands,’)."""
    words = mention.text.split()
    extended = False
    if words[0].lower() in OWNER_PRONOUN_WORDS and (more := RE_AND_SECOND_ROLE.match(text, mention.end)) is not None \
            and not mention.start < open_at <= more.end():
        mention = Mention(mention.start, more.end(), text[mention.start:more.end()], mention.kind, mention.role)
        words, extended = mention.text.split(), True  # (a second role of the same person: ‘Her oldest
        # friend and former apprentice, the baker Ines Marlow,’ is hers, w72b)
    if not mention.start < open_at <= mention.end and words[-1].lower() in ("lawyers", "solicitors", "attorneys") \
            and (firm := RE_LAWYERS_FIRM.match(text, mention.end - len(words[-1]))) is not None \
            and firm.start("name") == mention.end + 2 and text[firm.end():firm.end() + 1] == "," \
            and not any(gender_of(w) is not None for w in firm.group("name").split()):
        return Mention(firm.start("name"), firm.end(), firm.group("name"), "organisation")  # someone's lawyers and
        # their firm set off: ‘Kaminski's lawyers, Trowbridge & Pell, wrote’ is the firm (w78c)
    if mention.start < open_at <= mention.end or words[-1].endswith("s"):
        return None
    body_after = not extended and description_head(mention.text) != words[-1].lower()
    place_after = body_after and len(words) > 2 and words[-2] in ("in", "at", "from", "near") and words[-1][:1].isupper()
    if body_after and _body_kind_renamed(text, mention, words):
        body_after = False  # (the body's own name, of its kind: ‘The flight attendants’ union at the carrier, the
        # Association of Flight Attendants,’ is the union, never the carrier; w61b)
    if body_after and not place_after and (words[-1].lower() not in THING_NOUNS or description_head(mention.text) not in ROLE_NOUNS):
        return None  # (but a body after the head, ‘said a spokeswoman for the carrier, Ellen Marsh’, is
        # no person: the name is the spokeswoman's)
    m = RE_APPOSITIVE_NAME.match(text, mention.end)
    if m is None:
        return None
    if place_after and not (m.start(1) == mention.end + 2 and m.group(1).split()[0].rstrip(".").lower() in HONORIFICS):
        return None  # a place after the head, then a name with its honorific: ‘A commercial bus driver at
        # Mile 12, Mr Tunde Bakare, said’ (never the place's own region: ‘a teacher in Lagos, Nigeria,’)
    if body_after and not place_after and gender_of(m.group(1).split()[0]) is None:
        return None
    name, lead = m.group(1), m.group(0)[2:m.start(1) - m.start()]
    first = name.split()[0].lower()
    if name.lower() in ONE_WORD_PLACES or name in TWO_WORD_PLACES or name.isupper() or first in NOT_NAMES \
            or (" " not in name and "named " not in lead and "called " not in lead):
        return None
    if any(w in FUNCTION_WORDS or (w.endswith(("ed", "ing")) and "-" not in w)
           for w in lead.lower().split() if w not in ("the", "a", "an", "named", "called")):
        return None
    if first in ROLE_NOUNS and not is_organisation(name.split()):
        title, person = split_title(name.split())  # a title and a name: ‘His opponent, Secretary of State
        if title and len(person) >= 2 and gender_of(person[0]) is not None:  # Lucinda Arroyo, called’
            at = m.start(1) + len(name) - len(" ".join(person))
            return Mention(at, at + len(" ".join(person)), " ".join(person), "name", title)
        return None
    if not is_organisation(name.split()) and (first in PARTY_WORDS or first in DEMONYMS
                                              or first in FAITHS or first in ("of", "for")):
        return None
    at = m.start(1)
    kind = "organisation" if is_organisation(name.split()) or lead.startswith("the ") else "name"
    if kind == "name" and " of " in name and len(person := name.split(" of ")[0].split()) >= 2:
        name = " ".join(person)  # a person and where from: ‘The moderator, Renee Galloway of WPHL,’
    if lead == "the ":
        at, name = at - 4, "the " + name  # (a body's name as written: "the Audio Standards Board")
    return Mention(at, at + len(name), name, kind, mention.text if kind == "name" else None)  # (the description, its role)


#: A second role joined by "and" to a person's own role, before a name set off (‘Her oldest friend and
#: former apprentice, the baker Ines Marlow,’, ‘His mentor and onetime boss, Paul Greer,’): lower-case words
#: only, never an article or a second person (‘and a neighbour’) (w72b).
#:
#: >>> RE_AND_SECOND_ROLE.match(" and former apprentice, the baker").end(), RE_AND_SECOND_ROLE.match(" and a neighbour, Sam") is None
#: (22, True)
RE_AND_SECOND_ROLE = LazyPattern(r" and (?!(?:a|an|the|his|her|their|its|other|others)\b)(?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+(?=, )")

#: Words that open a person's own role as another's (‘Her longtime friend’, ‘His mentor’).
OWNER_PRONOUN_WORDS = frozenset(("her", "his", "their"))


#: A name set off after a description, with a word or three of its own before it (‘, the Audio
#: Standards Board,’, ‘, the Cyprus-registered company Strix Systems,’, ‘, a chiropractor named Dale Rimmer,’),
#: and where they are from after it (‘As one reader, Bernard Hollis from Kilcross, put it’).
RE_APPOSITIVE_NAME = LazyPattern(r", (?:(?:the|a|an) )?(?:(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}+-\p{Ll}+) ){0,3}(?:named |called )?"
                                 r"(\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,5})"
                                 r"(?: (?:from|in) \p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,2})?(?:,|\.(?=\s|$))")

#: A body given as a sentence's source at its end (‘…, according to the Pine Valley Police Department.’),
#: or with what it said in a clause of its own ending the sentence (‘…, according to the Carrow County
#: Public Defender's Office, which said it expected to be appointed.’).
#:
#: >>> RE_ACCORDING_TO_BODY.search("He had no lawyer, according to the Carrow Defender's Office, which said it would act.").group(1)
#: "the Carrow Defender's Office"
#: >>> RE_ACCORDING_TO_BODY.search("He had no lawyer, according to the Carrow Defender's Office, which he called.") is None
#: True
RE_ACCORDING_TO_BODY = LazyPattern(r"according to ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7})"
                                   r"(?:[.,]?\s*$|, which (?:said|says|added|confirmed|stated) )")

#: A body that a sentence's trailing reporting clause gives as its speaker (‘Police used water
#: cannon to disperse them, the Interior Ministry said.’, ‘…, the Defence Ministry said on Telegram.’),
#: a clause in lower case after it (‘…, the Rowing Integrity Board said on Monday, in a ruling the
#: rower called “…”’).
#:
#: >>> RE_BODY_SAID_AT_END.search("Kell was banned, the Rowing Integrity Board said on Monday, in a ruling he called unfair.").group(1)
#: 'the Rowing Integrity Board'
#: >>> RE_BODY_SAID_AT_END.search("Kell was banned, the Rowing Integrity Board said on Monday, Kell Jones added.").group(1)
#: 'Kell Jones'
RE_BODY_SAID_AT_END = LazyPattern(r", ((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){1,7}) "
                                    r"(?:said|says|reported|announced|added|wrote)(?: (?:on|in) [^.,;“”\"\n]{1,40})?"
                                    r"(?:\.\s*$|, (?=\p{Ll}))")

#: Kinds of public body that "The CDC", "the NUM" may be.
ACRONYM_BODY_NOUNS = frozenset("agency bureau administration department ministry commission authority regulator "
                               "watchdog directorate".split())  # (never "union": it answers the employer named before)

#: A subject's verb right after it, with "its" as its object's owner: what a body does to its own
#: ("grounded its fleet", "cut its forecast"; never "Delacroix blamed the weather for its losses").
RE_VERB_ITS = LazyPattern(r" (?:(?:also|has|had|have|will|would|quickly|temporarily) )?(\w+) its\b")

#: A subject that speaks of itself as "it": a body (‘Corvanta said it would cooperate’), where it said so
#: between (‘said in a statement posted on its website that it would’) (w65g).
#:
#: >>> bool(RE_SAID_IT.match(" said in a statement posted on its website that it would appeal"))
#: True
#: >>> bool(RE_SAID_IT.match(" said in a statement that it was the best")), bool(RE_SAID_IT.match(" said it"))
#: (True, False)
RE_SAID_IT = LazyPattern(r" (?:also )?(?:said|says|announced|confirmed|stated|added) "
                         r"(?:(?:on \w+ |in an? (?:statement|filing|release|note|letter)(?: [\w’'\-]+){0,5}? )?that )?it "
                         r"(?:would|will|was|is|had|has|could|plans|planned|expects|expected|intends|intended)\b")


#: A subject that speaks of itself as "it" in what it stated, past what RE_SAID_IT reads (w98c): "it"
#: or "its" after a statement it put out (‘said in a statement that it accepted all 19 recommendations’,
#: ‘said in a statement that its priority was the crew’), or "it" and a verb in the past or its words
#: right after (‘said it “strongly disputes” the allegations’, ‘said it accepted’). Never a thing's "it"
#: of no one (‘said it seemed unlikely’), nor "its" with no statement (‘said its value fell’, a person's
#: telling of another's).
#:
#: >>> bool(RE_STATED_IT.match(" said in a statement that its priority was")), bool(RE_STATED_IT.match(" said in a statement that it accepted"))
#: (True, True)
#: >>> bool(RE_STATED_IT.match(" said it “strongly disputes”")), bool(RE_STATED_IT.match(" said on Monday it accepted the offer"))
#: (True, True)
#: >>> bool(RE_STATED_IT.match(" said it seemed unlikely")), bool(RE_STATED_IT.match(" said its value fell"))
#: (False, False)
#:
#: A firm's legal ending the subject reader leaves off may stand between (‘Kelvik AS said in a statement that
#: its …’).
#:
#: >>> bool(RE_STATED_IT.match(" AS said in a statement that its crew")), bool(RE_STATED_IT.match(" US said it accepted"))
#: (True, False)
RE_STATED_IT = LazyPattern(r"(?: (?:AS|ASA|AB|AG|SA|SE|NV|BV|plc|PLC|Ltd\.?|Inc\.?|LLC|GmbH|Oyj?|SpA|KK))?"
                           r" (?:also )?(?:said|says|stated|added) (?:on \p{Lu}\p{Ll}+ )?"
                           r"(?:in an? (?:[\p{Ll}\-]+ )?(?:statement|filing|release)(?: [\w’'\-]+){0,5}? (?:that )?its?\b"
                           r"|(?:that )?it (?:(?!seemed|appeared|happened|looked|sounded|felt|meant|mattered|needed)\p{Ll}+ed\b|[“\"]))")

#: The close of a "which" clause and a cue with "it" right after it (‘…, which makes chips, said it would’).
RE_WHICH_ASIDE_SAID_IT = LazyPattern(r",(?=" + RE_SAID_IT.pattern + r")")


def _said_it_past_aside(text: str, end: int, hi: int) -> bool:
    """The subject ending at ``end`` speaks of itself as "it" past an aside that tells what it is,
    no person (‘Voltaris, a joint venture between a Korean battery maker and a U.S. automaker, said it
    was “disappointed”’; never ‘Hale, a lawyer for the firm, said it would appeal’).

    >>> _said_it_past_aside("Kolt, a joint venture of two U.S. firms, said it would", 4, 60)
    True
    >>> _said_it_past_aside("Hale, a lawyer for the firm, said it would", 4, 50)
    False
    """
    if not text.startswith(", ", end):
        return False
    if text.startswith(", which ", end) and not _place_before(text, end):
        # a clause on a thing, never a person's "who": ‘Palmyra, which is based in Leeds and was valued
        # at £40m last year, said it would …’ (its commas looked past, up to the cue's own)
        said = RE_WHICH_ASIDE_SAID_IT.search(text, end + 8, min(hi, end + 8 + 2 * ASIDE_REACH))
        return said is not None and ". " not in text[end:said.start()]
    close = text.find(",", end + 2, min(hi, end + 2 + ASIDE_REACH))
    if close < 0 or RE_SAID_IT.match(text, close + 1, hi) is None:
        return False
    words = text[end + 2:close].lower().split()
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS or w in SET_OFF_CLAUSE_WORDS
                or w in ("between", "and")), len(words))
    return len(words) >= 2 and words[0] in ("a", "an", "the") and cut >= 2 and words[cut - 1].isalpha() \
        and not _person_noun(words[cut - 1]) and not _person_noun(words[cut - 1].removesuffix("s"))


def _spoke_only(p: Person, cast: Cast) -> bool:
    """Nothing but speaking marks this name of one word a person's: no sex, no title, no role, no
    "who" after it."""
    return p.kind == "name" and " " not in p.name and p.gender is None and not p.titled and not p.who \
        and not cast.roles_of(p)


#: How long an aside between a subject and its verb may be.
ASIDE_REACH = 120

#: An aside after a firm's name that tells who owns it, up to its closing comma (‘Norwick Dairy, owned
#: by the listed group Tarrant Foods, said …’): the owner it names is no other speaker.
#:
#: >>> RE_OWNER_ASIDE.match(", owned by the listed group Tarrant Foods, said").group()
#: ', owned by the listed group Tarrant Foods,'
#: >>> RE_OWNER_ASIDE.match(", who owns Tarrant Foods, said") is None
#: True
RE_OWNER_ASIDE = LazyPattern(r", (?:(?:wholly|majority|partly|jointly|privately|family)[ \-])?(?:owned|controlled) by [^,.;:“”\"]{1,80},")


def _owner_aside(text: str, end: int, hi: int) -> tuple[int, int] | None:
    """Where an aside on who owns the subject ending at ``end`` lies (RE_OWNER_ASIDE), else None."""
    m = RE_OWNER_ASIDE.match(text, end, hi)
    return m.span() if m is not None else None


def _its_own(text: str, start: int, end: int, hi: int) -> bool:
    """The sentence goes on from a subject's end to an "its" of the subject's own, within a few
    words that name no one else, and the subject is a name the article gave before (‘Tandem filed
    …. Tandem acknowledges the dual-class structure in its risk factors’; never a surname met
    first: ‘Delacroix blamed the weather for its losses’)."""
    its = text.find(" its ", end, min(hi, end + 60))
    return its >= 0 and RE_CAPITAL_WORD.search(text, end, its) is None \
        and next(word_positions(text, text[start:end], max(0, start - BODY_ENDING_REACH), start), None) is not None


RE_CAPITAL_WORD = LazyPattern(r"\b\p{Lu}")

#: The body people belong to, right after them ("Engineers at rival Hexon Industries").
RE_AT_BODY = LazyPattern(r" (?:at|of|from|for|with) (?:the )?(?:\p{Ll}+ )?(\p{Lu}[\p{L}&’'\-]*(?: \p{Lu}[\p{L}&’'\-]*)*)")


def _place_before(text: str, end: int) -> bool:
    """The one word ending at ``end`` is a city's or a country's name (‘Amsterdam, which has struggled with
    overtourism, …, said it would ban …’ is the city, never the firm "the company" stands for)."""
    word = text[max(0, end - 40):end].split()[-1:]
    return bool(word) and (word[0].lower() in ONE_WORD_PLACES or word[0].lower() in SENDER_PLACES)


#: A body's name set off right after the description that opens a sentence (‘A local civic group, the
#: Dunmore Water Action Committee, said’): "the" as written, then the name, any letters in brackets after.
#:
#: >>> RE_BODY_NAME_SET_OFF.match(", the Dunmore Water Action Committee, said").group(2)
#: 'Dunmore Water Action Committee'
#: >>> RE_BODY_NAME_SET_OFF.match(", which was founded in 1990, said") is None
#: True
RE_BODY_NAME_SET_OFF = LazyPattern(r", (the |The )?(\p{Lu}[\p{L}\-’'&]*(?: (?:of|for|and|&|on|the|\p{Lu}[\p{L}\-’'&]*))*)"
                                   r"(?: \(\p{Lu}[\p{L}\d&\-]*\))?,")

#: Heads of a description of a body besides the kinds "the <kind>" names (‘an advocacy organisation, the …,’).
#:
#: >>> "outfit" in BODY_DESCRIPTION_HEADS, "group" in BODY_DESCRIPTION_HEADS
#: (True, False)
BODY_DESCRIPTION_HEADS = frozenset("organisation organization body outfit".split())


def _one_of_two(text: str, end: int) -> bool:
    """The name ending at ``end``, set off with its description, is one of two joined by "and"
    (‘Meridian Capital Partners, a fund house, and Silverline Asset Management, …’)."""
    m = RE_SET_OFF_DESCRIPTION.match(text, end)
    return m is not None and text.startswith(" and ", m.end())


#: Words that open a clause after a description's kind (‘the Soho club where …’, ‘a charity that …’).
SET_OFF_CLAUSE_WORDS = RELATIVE_WORDS | frozenset(("where", "when"))

#: Words that bring in a passive participle's agent in a set-off description, which end the kind as a
#: preposition does (‘Halden & Rook, a firm hired by the county,’ is a firm, never "county").
#:
#: >>> "by" in SET_OFF_AGENT_WORDS, "for" in SET_OFF_AGENT_WORDS
#: (True, False)
SET_OFF_AGENT_WORDS = frozenset(("by",))

#: A description set off after a name, up to its closing comma.
#: (a country's dotted letters inside it: ‘Stellmark Rowe, the U.S. investment bank,’)
RE_SET_OFF_DESCRIPTION = LazyPattern(r", (?:a|an|the|its|[\p{L}’'\-]+(?:’s|'s)) ((?:[^,.;:“”\"]|(?<=\b\p{Lu})\.(?=\p{Lu}|\s)){1,60}),")


#: How far back a body set off with a description of its kind may be for "the <kind>" (‘The
#: Hearthstone Trust, a homelessness charity, …’ / ‘the charity said’).
DESCRIBED_BODY_REACH = 1500


#: A passive's agent, a capitalised name of two words or more after a participle and "by" (‘is maintained
#: by Pacific Shore Housing Services’, ‘conducted by Lakeside Analytics’): group 1 the name.
#:
#: >>> RE_BY_AGENT.search("A poll of 900 voters carried out by Lakeside Analytics found").group(1)
#: 'Lakeside Analytics'
RE_BY_AGENT = LazyPattern(r"\b(?:\p{Ll}+ed|run|built|made|done|held|carried out) by (?:the )?"
                          r"(\p{Lu}[\p{L}\p{M}&’'\-]*(?: (?:of|and|&|\p{Lu}[\p{L}\p{M}&’'\-]*))*)")


def _thing_subject(m: Mention | None, cast: Cast) -> bool:
    """The subject of a sentence is a thing, never a body nor a person: none found (‘A snap poll of 600
    voters conducted by …’), a description of no body or person, or a capitalised word opening the
    sentence that names no one (‘Housing on the base is …’)."""
    if m is None:
        return True
    if m.kind == "description":
        head = description_head(m.text)
        return head is not None and head not in BODY_NOUNS and not _person_noun(head) and head not in ORG_WORDS
    return m.kind == "name" and " " not in m.text and m.role is None and not cast.knows(m.text.lower()) \
        and m.text.lower() not in ONE_WORD_PLACES
