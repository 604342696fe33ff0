"""Office holders the lede or a sentence next to a mention names (:class:`CastLedeHolders`, a part of
:class:`quotesearch.cast_holders.CastHolders`), with the patterns and word lists only they read.
"""

from __future__ import annotations

import itertools
from typing import Callable

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import COUNTRY_LETTERS, DEMONYMS, ENVOY_BODIES, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.role_words import (
    EPITHET_OTHER_HOLDER_WORDS, FORMER_CAREER_WORDS, GENDERED_NOUNS, INFORMAL_HEAD_OFFICES, KIN_NOUNS, LED_BODY_OFFICES,
    ROLE_NOUNS,
)
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.people import Person, RE_SENTENCE_END, RE_SENTENCE_GAP, _sex_fits
from quotesearch.bylines import RE_LEDE_DATELINE, _lede_office, _office_opening
from quotesearch.firms import _body_name_of, _other_body_words
from quotesearch.body_next_paragraph import body_opening_next_paragraph
from quotesearch.offices import OFFICE_DOMAINS, _holds, _other_office, _role_words
from quotesearch.offices_before_names import RE_PLACE_OWNED_OFFICE, _domain_chief, _office_in_letters
from quotesearch.sources import SOURCE_NOUNS, described_plural
from quotesearch.descriptions import PRONOUNS_OF_SEX


#: A judge set off as the writer of a court's opinion, right after their name: ‘Justice Paul Hale,
#: writing for the majority,’, ‘…, writing for a unanimous court,’ (never "writing for the dissent").
RE_WRITING_FOR = LazyPattern(r", writing for (?:the|a) (?:\p{Ll}+ )?(?:majority|court|panel|bench)\b")


#: A short first line that ends on no sentence's stop, as a headline in sentence case does, quotation
#: marks and all (‘Acme cuts outlook as CEO warns of “choppy” year’); a lede's sentence ends on a stop.
#:
#: >>> bool(RE_HEADLINE_LINE_UNSTOPPED.fullmatch("Acme cuts outlook as CEO warns of “choppy” year"))
#: True
#: >>> bool(RE_HEADLINE_LINE_UNSTOPPED.fullmatch("Acme cut its outlook, its chief said, calling it “choppy.”"))
#: False
RE_HEADLINE_LINE_UNSTOPPED = LazyPattern(r"\s*\p{Lu}[^\n]{10,150}(?<![.!?…:;,][’”\"'»)]?)\s*")


#: How far back an office that opened a sentence may stand for "the <office>".
OFFICE_HOLDER_REACH = 1500

#: A paragraph that opens with a participle's clause before its subject (‘Speaking at a press
#: conference, Amina Odhiambo said’, ‘Addressing MPs, …’), an owner's apostrophe in it too (‘Speaking
#: on Radio Kerry’s morning show, …’), never a quotation mark (w58a).
#:
#: >>> bool(RE_OPENING_PARTICIPLE.match("Speaking on Radio Kerry’s morning show, Ann Ryan said"))
#: True
#: >>> RE_OPENING_PARTICIPLE.match("Speaking of ‘fairness’, Ann Ryan said") is None
#: True

#: And a phrase that opens with the occasion of the words, a statement, an interview or a briefing
#: (‘In a statement released on Monday, Ann Ryan said’, ‘At a news conference in Cork, …’) (w66e).
#:
#: >>> bool(RE_OPENING_PARTICIPLE.match("In a statement released on Monday, Ann Ryan said"))
#: True
#: >>> RE_OPENING_PARTICIPLE.match("In a village near Cork, Ann Ryan said") is None
#: True
RE_OPENING_PARTICIPLE = LazyPattern(
    r"(?:\p{Lu}\p{Ll}+ing\b|(?:In|At|During) (?:an?|the|his|her|its|their) (?:[\p{Ll}\-]+ )?"
    r"(?:statement|interview|speech|address|briefing|conference|post|message|letter|communiqu[eé]|remarks)\b)"
    r"(?:[^.!?\n“”\"‘’]|(?<=\p{L})’(?=\p{L})){0,120}, (?=\p{Lu})")

#: A paragraph led by a quotation of one sentence or more that a comma closes, up to the name of its
#: speaker written right after it (‘“Our forces are ready,” Ann Ryan said’) (w66e).
#:
#: >>> RE_QUOTE_LED_SPEAKER.match("“Our forces are ready,” Ann Ryan said").group()
#: '“Our forces are ready,” '
#: >>> RE_QUOTE_LED_SPEAKER.match("“Our forces are ready.” Ann Ryan said") is None
#: True
#:
#: (the speaker's office in lower case may come before the name: ‘“…,” regional president Ann Ryan told’, w84a)
#:
#: >>> RE_QUOTE_LED_SPEAKER.match("“We are ready,” regional president Ann Ryan told").group()
#: '“We are ready,” regional president '
RE_QUOTE_LED_SPEAKER = LazyPattern(r"[“\"][^“”\"\n]{1,600}[,!?][”\"] (?:\p{Ll}[\p{Ll}\-]* ){0,3}(?=\p{Lu})")

#: A set-off name's closing comma, then the body whose office it is (‘, of the students' union’) (rv84a).
#:
#: >>> RE_SET_OFF_OF_BODY.match(", of the students' union, said") is not None
#: True
RE_SET_OFF_OF_BODY = LazyPattern(r", of (?:the |a |an )?\p{L}")

#: How many paragraphs after the lede may name the holder of the office "its <office>" in the lede names:
#: a results story gives the figures first, then the boss (‘… what its boss called a ‘grim’ summer. / The
#: company said sales fell …. / Profits are now expected …. / Chief executive Colin Wetherby said: …’) (w67b).
#:
#: >>> LEDE_HOLDER_PARAGRAPHS
#: 3
LEDE_HOLDER_PARAGRAPHS = 3

#: How many paragraphs a story's top may hold before its lede with no sentence's stop: a headline,
#: a deck and a byline line (w83a).
LEDE_DECK_LINES = 2

#: How many words make a paragraph the story's lede, past its headline and byline lines.
LEDE_WORDS = 20

#: An aside set off after a name, never a list of names (‘X, a hotelier who …,’, ‘X, who leads …,’).
RE_ASIDE_OPENS = LazyPattern(r", (?:an?|the|who|whose)\b|, \d|, \p{Ll}[\p{Ll}\-]+ (?!and\b)")

#: The first word of a quotation that opens a paragraph (‘“She has been saying …’).
RE_QUOTE_FIRST_WORD = LazyPattern(r"\s*[“\"‘'«]\s*(\w+)")

#: Words in a lede's first sentence that bring in another side (‘… as “under control” despite a rising death
#: toll’, ‘… amid criticism from charities’): the next paragraph may open with a critic or a victim, so its
#: first person speaking at once is no holder of the lede's office without an aside that gives it.
RE_LEDE_OTHER_SIDE = LazyPattern(r"\b(?:[Aa]mid|[Dd]espite|[Ii]n the face of|critici[sz]\w*|critics?|opponents?|campaigners?|charities)\b")

#: A person's name as a subject the paragraph is about (‘Marcus Lee is remembered as …’, ‘X is best known for’).
RE_SUBJECT_REMEMBERED = LazyPattern(r" (?:is|was) (?:best |still |widely )?(?:remembered|known|regarded|seen)\b")

#: A paragraph that opens with "the <epithet>", past a short opening (‘The X said’, ‘On Tuesday, the X sat’).
RE_EPITHET_OPENS = LazyPattern(r"(?:\p{Lu}\p{Ll}+(?: \p{L}+){0,2}, )?[Tt]he")

#: "the <epithet>" right after a paragraph's first quotation (‘“…,” the X said’, ‘“…,” said the X’).
RE_EPITHET_AFTER_QUOTE = LazyPattern(r"[,?!]\s*[’”\"'] (?:said |says |added )?the")


#: A person's name as a subject that acts or speaks (‘Mercy Atieno told reporters’, ‘Ama Boateng said’,
#: ‘Rio Vance on Thursday responded’).
#:
#: >>> bool(RE_SUBJECT_ACTS.match(" on Thursday responded")), bool(RE_SUBJECT_ACTS.match(" responsible"))
#: (True, False)
#:
#: A reply in play is no words: ‘X hit back for Chelsea’, ‘X responded with a volley’, ‘X fired back with
#: 12 straight points’ (review rv12); a reply with a statement or a post still speaks.
#:
#: >>> bool(RE_SUBJECT_ACTS.match(" hit back for Chelsea")), bool(RE_SUBJECT_ACTS.match(" responded with a volley"))
#: (False, False)
#: >>> bool(RE_SUBJECT_ACTS.match(" responded with a statement")), bool(RE_SUBJECT_ACTS.match(" hit back at critics"))
#: (True, True)
RE_SUBJECT_ACTS = LazyPattern(r",? (?:(?:also|later|then|on \p{Lu}\w+) )?(?:(?:said|says|told|added|argued|insisted|warned"
                                r"|explained|stated|announced|wrote|posted|tweeted|defended|claimed)\b"
                                r"|(?:responded|replied|(?:fired|hit|shot) back)\b(?! (?:for|through|against|from)\b"
                                r"| with\b(?! (?:a|an|his|her|their|its) (?:\w+ )?(?:statement|post|tweet|letter|video|message)\b)))")


#: A run of capitalised words, a name as written (‘Mr Obi’, ‘Ms Ashby’).
#:
#: >>> RE_NAMED_AS_WRITTEN.match("Ms Ashby waved").group()
#: 'Ms Ashby'
RE_NAMED_AS_WRITTEN = LazyPattern(r"(?:\p{Lu}[\p{L}'’\-]*\.? )*\p{Lu}[\p{L}'’\-]*")

#: What the first one named does, in a paragraph that opens with someone unnamed's words: a deed in the
#: past tense, or a plain ‘said’ or ‘told’ (‘“…!” shouted a heckler. Stewards moved in, but Mr Obi waved them back.’).
#:
#: >>> bool(RE_ACTS_AFTER_HECKLE.match(" waved them back.")), bool(RE_ACTS_AFTER_HECKLE.match(" calmly stepped in"))
#: (True, True)
#: >>> bool(RE_ACTS_AFTER_HECKLE.match("'s team waved")), bool(RE_ACTS_AFTER_HECKLE.match(" was booed"))
#: (False, False)
RE_ACTS_AFTER_HECKLE = LazyPattern(r" (?:\p{Ll}+ly )?(?:\p{Ll}+ed|said|told|held|stood|took|kept|spoke|went)\b")


#: The words before an office that bring in a holder unnamed, or a past one (‘another minister’,
#: ‘a former governor’, ‘an ex-’).
#:
#: >>> bool(RE_UNNAMED_HOLDER.search("talks with a junior ")), bool(RE_UNNAMED_HOLDER.search("said the "))
#: (True, False)
RE_UNNAMED_HOLDER = LazyPattern(r"(?:^|\W)(?i:an?|another|one|former|ex)[ \-](?:[\p{L}\-]+ ){0,2}$")

#: The plain article of an office that RE_UNNAMED_HOLDER found, with no word that makes it another,
#: a former or a past one between (‘a judge’, ‘a district judge’; never ‘another judge’, ‘a former judge’,
#: ‘one judge’): in the lede, the office of the one holder named below (w110e).
#:
#: >>> [bool(RE_LEDE_UNNAMED_HOLDER.search(t)) for t in (" a ", " a district ", " another ", " a former ", " one ")]
#: [True, True, False, False, False]
RE_LEDE_UNNAMED_HOLDER = LazyPattern(r"(?:^|\W)an? (?!(?:[\p{L}\-]+ )*(?:former|ex|retired|second|other|fellow|senior|junior|deputy|acting|assistant)\b)(?:[\p{L}\-]+ ){0,2}$")

#: An article or an owner's word inside a stretch RE_UNNAMED_HOLDER found: the words are a clause's
#: (‘an assault the judge’), never an unnamed holder (‘a district judge’).
RE_OWNED_BETWEEN = LazyPattern(r" (?:the|its|his|her|their) ")


#: A paragraph that opens with a full name and an aside that says its bearer came into an office (‘Rokas
#: Valaitis, who took office in May, said …’, ‘…, who was appointed in March,’): group 1 the name.
#:
#: >>> RE_NAME_TOOK_OFFICE.match("Rokas Valaitis, who took office in May, said").group(1)
#: 'Rokas Valaitis'
#: >>> RE_NAME_TOOK_OFFICE.match("Rokas Valaitis, a fisherman from Klaipeda, said") is None
#: True
RE_NAME_TOOK_OFFICE = LazyPattern(r"(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){1,2}), who (?:(?:only |first )?took office|"
                                  r"was (?:appointed|sworn in|named to the post)|took up the post|has held the post|"
                                  r"took over the (?:post|portfolio|ministry))\b[^,.;:“”\"\n]{0,40},")

#: An office given with "as" (‘… would stay on as chief whip’): group 2 up to three words after it.
#:
#: >>> RE_AS_OFFICE.search("said she would stay on as chief whip").group(2)
#: 'chief whip'
RE_AS_OFFICE = LazyPattern(r"\bas ((?:the|a|an|its|their|his|her) )?(\p{Ll}+(?: \p{Ll}+){0,2})")

#: Right after a name: an aside that says its bearer heads a body (‘Tom Okafor, who has run the venue
#: since 2015,’, ‘…, who has led the business since 2021,’, ‘…, who took charge of the group in May’).
RE_LED_SINCE = LazyPattern(r",? who (?:has |had )?(?:led|run|headed|ran|took charge of|took over at|has been in charge of)"
                           r" (?:the|its) (?:(?!(?:against|in|of|at|on|for|with|from|to|inside|outside|near|behind|opposite|beside|across|by)\b)[\w\-]+ ){0,3}?(?:venue|theatre|theater|company|firm|business|group|charity|organisation|"
                           r"organization|school|college|university|hospital|museum|gallery|orchestra|club|bank|airline|chain|"
                           r"agency|trust|institution|house|centre|center|festival|opera|ballet|label|publisher|studio|brand|"
                           r"retailer|store|restaurant|hotel|paper|newspaper|magazine|broadcaster|network|station|practice|"
                           r"playhouse|cinema|library|zoo|team|side|band|choir|ensemble|institute|foundation|society|"
                           r"association|council|authority|board|service|operator|carrier|maker|manufacturer|producer|"
                           r"lender|insurer|supermarket|grocer|utility|giant|startup|start-up|venture|empire|estate|farm|"
                           r"brewery|distillery|winery|mine|port|airport|site|plant|works|factory|mill|yard|shop|outlet) (?:since|for|in) ")


#: How far the sentence after "their union" may end.
NEXT_BODY_REACH = 300

#: A verb that reports speech, in a sentence whose subject is the one who spoke (‘Kiprono, 21, …, said
#: the goal was for his mother’).
RE_REPORTED_SPEECH_VERB = LazyPattern(r"\b(?:said|says|told|added|admitted|explained|insisted|conceded|recalled)\b")

#: How far after "a <office> …" the sentence that names the office's holder may open.
NAMED_NEXT_REACH = 300

#: Verbs after the name in the next sentence that make its holder answer the first, not be them.
NAMED_NEXT_OTHER_VERBS = frozenset("""said says told tells added adds dismissed dismisses rejected rejects denied denies
disagreed disagrees disputed disputes countered counters insisted insists responded responds replied replies
questioned questions contradicted contradicts""".split())

#: The capitalised words opening a sentence: an office and a name (‘U.S. District Judge Alan Ruiz’).
#:
#: >>> RE_CAPITALISED_RUN.match("U.S. District Judge Alan Ruiz ordered it").group()
#: 'U.S. District Judge Alan Ruiz'
RE_CAPITALISED_RUN = LazyPattern(r"\p{Lu}[\p{L}\p{M}.’'\-]*(?: \p{Lu}[\p{L}\p{M}.’'\-]*)*")


def _informal_head(role: str, head: str) -> bool:
    """The role is an office the informal word ``head`` stands for (:data:`INFORMAL_HEAD_OFFICES`).

    >>> _informal_head("Chief executive", "boss"), _informal_head("Chairman", "boss"), _informal_head("CEO", "chief")
    (True, False, False)
    """
    spelled = f" {' '.join(role.lower().split())} "
    return any(f" {o} " in spelled for o in INFORMAL_HEAD_OFFICES.get(head, ()))


def _informal_words(head: str) -> list[str]:
    """The words of the offices the informal ``head`` stands for, none of them another body's name.

    >>> "executive" in _informal_words("boss"), "ceo" in _informal_words("boss")
    (True, True)
    """
    return [w for o in INFORMAL_HEAD_OFFICES.get(head, ()) for w in o.split()]


def _former_role(role: str) -> bool:
    """A role given as one held in the past (‘a former Royal Marines officer’, ‘the ex-minister’), which
    says nothing against an office held now.

    >>> _former_role("a former Royal Marines officer"), _former_role("ex-minister"), _former_role("the chief whip")
    (True, True, False)
    """
    words = role.lower().replace("-", " ").split()
    return bool(words) and (words[0] in FORMER_CAREER_WORDS
                            or (words[0] in ("a", "an", "the", "his", "her") and words[1:2] != [] and words[1] in FORMER_CAREER_WORDS))



def _place_words(words) -> set[str]:
    """The words of a role or an office that name a place or its people (‘us’, ‘u.s.’, ‘american’,
    ‘britain’s’), lower-cased and without a possessive ending.

    >>> sorted(_place_words("the us defense secretary".split())), sorted(_place_words("britain’s defence secretary".split()))
    (['us'], ['britain'])
    """
    found = set()
    for w in words:
        w = w.lower().removesuffix("’s").removesuffix("'s").strip(",.")
        if w in DEMONYMS or w in ONE_WORD_PLACES or w.upper() in COUNTRY_LETTERS or w.replace(".", "").upper() in COUNTRY_LETTERS:
            found.add(w.replace(".", ""))
    return found


def _role_adds_place(role: str, office: str) -> bool:
    """Whether a role gives a place or a people that the lede's office lacks (‘the US Defense Secretary’
    for ‘The Defence Secretary’): another country's holder of the same office, not the lede's.

    >>> _role_adds_place("the US Defense Secretary", "The Defence Secretary")
    True
    >>> _role_adds_place("Britain's defence secretary", "Britain's Defence Secretary"), _role_adds_place("the chief whip", "the chief whip")
    (False, False)
    """
    return bool(_place_words(_role_words(role)) - _place_words(office.split()))


#: Owners of a kin role that are of the article's one person anyway (‘his mother’, ‘their son’).
KIN_OWNER_PRONOUNS = frozenset("his her their its".split())

#: Nouns that name one maker by trade and by calling alike (‘the painter’s great-grandson … the
#: artist’s great-grandson’), so one may stand for the other as a kin's owner.
SAME_MAKER_NOUNS = (frozenset("painter sculptor artist".split()), frozenset("writer author novelist poet".split()))

#: A kin role's owner with its ’s, before the kin and up to two words more (‘the driver’s older sister’).
RE_KIN_OWNER = LazyPattern(r"([\p{L}\-]+)[’']s\s+(?:[\p{L}\-]+\s+){0,2}$")


def _kin_owner_fits(role: str, head: str, lede: str, surname: str = "") -> bool:
    """Whether the owner of a kin role is the lede's own: none given, an owner's pronoun (‘his sister’),
    or the lede description's own noun (‘the nurse’s sister’ for ‘The sister of a nurse …’), or a maker's
    other word for it (‘the artist’s great-grandson’ for ‘the painter’s great-grandson’); never another
    one's (‘the driver’s sister’, ‘the defendant’s mother’, ‘Smith’s sister’), unless the owner's name is
    the relative's own ``surname`` (‘Ms Aitken’s mother, Leanne Aitken,’ for ‘the victim’s mother’: one family).

    >>> _kin_owner_fits("the driver’s sister", "sister", "The sister of a nurse")
    False
    >>> _kin_owner_fits("her sister", "sister", "The sister of a nurse"), _kin_owner_fits("the nurse’s sister", "sister", "The sister of a nurse")
    (True, True)
    >>> _kin_owner_fits("the artist’s great-grandson", "great-grandson", "the painter’s great-grandson"), _kin_owner_fits("sister", "sister", "The sister")
    (True, True)
    >>> _kin_owner_fits("Joanne’s sister", "sister", "The sister of a nurse")
    False
    >>> _kin_owner_fits("Ms Aitken’s mother", "mother", "the victim’s mother", "Aitken"), _kin_owner_fits("Ms Pike’s sister", "sister", "The sister of a nurse", "Tate")
    (True, False)
    """
    low = role.lower()
    at = low.find(head)
    if at < 0:
        return True
    before = role[:at]
    m = RE_KIN_OWNER.search(before)
    if m is None:
        return True  # (no owner's ’s: ‘his sister’, ‘a sister’)
    owner = m.group(1).lower()
    lede_words = {w.lower().removesuffix("’s").removesuffix("'s").strip(",.") for w in lede.split()}
    if owner in KIN_OWNER_PRONOUNS or owner in lede_words or (surname and m.group(1) == surname):
        return True
    return any(owner in group and lede_words & group for group in SAME_MAKER_NOUNS)


class CastLedeHolders:
    """Office holders the lede or a nearby sentence names: the one person the article gives an office
    (sole_office_holder), the holder named after the lede or its mention of the office, the one named
    in the sentence or paragraph after an office (lede_description_named_next, _holder_named_next), a
    paragraph's subject described again, a body opening the next sentence and an opinion's writer.

    It is a part of :class:`quotesearch.cast_holders.CastHolders`, itself a part of
    :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _body_opening_next(self, end: int, noun: str) -> Person | None:
        """The body whose name ends with the noun in capitals and opens the sentence after the one
        that ends past ``end``, in the same paragraph (‘their union … . The Transport Workers Union
        said’); None when the text names another of its kind in the sentence."""
        stop = self.text.find("\n", end)
        stop = len(self.text) if stop < 0 else stop
        dot = RE_SENTENCE_GAP.search(self.text, end, min(stop, end + NEXT_BODY_REACH))
        if dot is None:
            if stop - end > NEXT_BODY_REACH or (name := body_opening_next_paragraph(self.text, end, noun)) is None:
                return None
            return Person(name, kind="organisation")  # (its sentence ends the paragraph: the body the next one
            # opens with, ‘… what their union called ‘…’. / Members of the Harbour Workers’ Union (HWU) backed …’)
        m = _body_name_of(noun).match(self.text, dot.end(), stop)
        if m is None or self.text.find(noun[:1].upper() + noun[1:], end, dot.end()) >= 0:
            return None
        name = m.group(1)
        if name.removeprefix("The ") in ENVOY_BODIES or name.split()[-2] in ("European", "African", "Soviet", "Eurasian"):
            return None  # (a union of states is no workers' union: ‘their union …. The European Union said’)
        return Person("the" + name[3:] if name.startswith("The ") else name, kind="organisation")

    def _holder_named_after_office(self, mention: Mention, head: str) -> Person | None:
        """The one person named in the sentence right after one that opens with the office
        (‘The Opposition MP for Kisumu West has demanded an audit. / Mercy Atieno told reporters
        …’), when "the <office>" comes back later with no one else named since, nor before: the
        holder the article named once (None for a person with another role, or a second person)."""
        words = [w.lower() for w in mention.text.split()[1:]]
        lo = max(0, mention.start - OFFICE_HOLDER_REACH)
        office = None
        for m in _office_opening(head).finditer(self.text, lo, mention.start):
            if all(w in m.group().lower().split() for w in words):
                office = m
                break  # (the first: the office as the story opened with it)
        if office is None:
            return None
        dot = RE_SENTENCE_GAP.search(self.text, office.end(), mention.start)
        if dot is None:
            return None
        after = RE_SENTENCE_GAP.search(self.text, dot.end(), mention.start)
        named = {id(p): (pos, p) for pos, p in self.recent if p.kind == "name" and office.start() - 200 <= pos < mention.start
                 and not office.start() <= pos < office.end()}  # (never the office's place: ‘for Kisumu West’)
        if len(named) != 1:
            return None
        pos, p = next(iter(named.values()))
        if not dot.end() <= pos < (after.start() if after is not None else mention.start) or p.spots[0][0] < dot.end() \
                or p.plural or any(head not in _role_words(r) for r in self.roles_of(p)) \
                or not RE_SUBJECT_ACTS.match(self.text, p.spots[0][1]):
            return None
        return p

    def lede_description_named_next(self, mention: Mention) -> Person | None:
        """The one person the paragraph after the lede opens with, named there for the first time, for a
        description of an office in the lede's first sentence that keeps the name back (‘Scotland's Brexit
        minister has accused London of “…”. / Fergus MacInnes told MSPs …’, ‘… after a British MEP accused
        EU leaders of trying to “…”. / Graham Pickersgill, who leads …, told the chamber’, ‘… / Speaking in
        Nairobi, Amina Odhiambo said …’). None when the lede names anyone, when the next paragraph's first
        sentence names another before them, when they neither speak at once nor have an aside that gives
        the office, when the one named holds another office or is of the other sex, when anyone named
        before them holds such an office, or when the article brings in one unnamed (‘another minister’, ‘a
        former ambassador’)."""
        text = mention.text
        head = description_head(text)
        if head not in ROLE_NOUNS or head in SOURCE_NOUNS or described_plural(text, head) or len(text.split()) > 8 \
                or not (text.split()[0].lower() in ("a", "an", "the") or RE_PLACE_OWNED_OFFICE.match(text)):
            return None
        lede = next(((lo, hi) for lo, hi in self.paras if self.text.count(" ", lo, hi) >= LEDE_WORDS), None)
        if lede is None or not lede[0] <= mention.start < lede[1] \
                or RE_SENTENCE_GAP.search(self.text, lede[0], mention.start) is not None:
            return None  # (the lede's first sentence only: the first paragraph of some length,
            # past the headline and a byline that names its place)
        nxt = next(((lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()), None)
        if nxt is None:
            return None
        lo, hi = nxt
        while lo < hi and self.text[lo].isspace():
            lo += 1
        led = RE_QUOTE_LED_SPEAKER.match(self.text, lo, hi)  # (a paragraph led by the words: its sentence
        # goes on past them, ‘“… . …,” X said’) (w66e)
        gap = RE_SENTENCE_GAP.search(self.text, lo if led is None else led.end(), hi)
        end = gap.start() if gap is not None else hi
        people = itertools.chain(self.by_surname.values(), *self.namesakes.values())
        named = {id(q): q for q in people if q.kind == "name" and q.spots}
        if any(lede[0] <= s_ < lede[1] and not mention.start <= s_ < mention.end
               and not self.text.endswith(("the ", "The "), lede[0], s_)  # (a body: ‘to the European Union’)
               for q in named.values() for s_, _ in q.spots):
            return None  # (the lede names someone: the description may be theirs)
        here = sorted((s_, e_, q) for q in named.values() for s_, e_ in q.spots if lo <= s_ < end)
        opening = RE_OPENING_PARTICIPLE.match(self.text, lo)
        if opening is not None:  # (the subject after the opening clause, never a name inside it: ‘Speaking on
            # Radio Kerry’s Morning Call programme, Ann Ryan said’ is Ann Ryan's, not the programme's) (w58a)
            here = [h for h in here if h[0] >= lo and self.text[h[0] - 2:h[0]] == ", " and h[0] <= opening.end()][:1] \
                or here
        if led is not None:  # (a paragraph led by the words, the name right after them: ‘“…,” X said’; never a
            # name inside the words) (w66e)
            here = [h for h in here if h[0] == led.end()][:1]
        if not here:
            return None
        at, stop, p = here[0]  # (the sentence's subject; others may come in its aside: ‘X, a hotelier who gave to
        # Y's campaign, said’)
        if any(lede[0] <= s_ < at for s_, _ in p.spots):
            return None  # (named there first; a headline or a deck above the lede may name them already:
            # ‘Taoiseach says …/ X tells summit colleagues … / The Taoiseach has told …. / … X said’)
        if at < lo or p.plural or " " not in p.name or not _sex_fits(head, p) \
                or (at != lo and led is None
                    and not (RE_OPENING_PARTICIPLE.match(self.text, lo) and self.text[at - 2:at] == ", ")):
            return None  # (the paragraph's subject, or past an opening clause: ‘Speaking at …, X said’)
        aside = RE_ASIDE_OPENS.match(self.text, stop)
        lede_end = RE_SENTENCE_GAP.search(self.text, mention.end, lede[1])
        other_side = RE_LEDE_OTHER_SIDE.search(self.text, mention.end, lede_end.start() if lede_end else lede[1])
        if (other_side is not None or not RE_SUBJECT_ACTS.match(self.text, stop)) and not (aside is not None and any(
                w.strip(",.’'").removesuffix("s") == head for w in self.text[stop:end].lower().replace("-", " ").split())):
            return None  # (speaking at once, or with an aside that gives the office: ‘X, who leads the party's
            # group of MEPs, told …’; never ‘X, who ran the airline until 2019, said’, ‘X, president of
            # another union, said’, nor one who does no more than act: ‘X was arrested’)
        if any(head not in _role_words(r) and not _former_role(r) for r in self.roles_of(p)):
            return None  # (one of another office: ‘… a minister said …. / Spokesman John Doe said’; a past
            # career is none: ‘Mr X, a former Royal Marines officer,’ may hold the lede's office now)
        if any(_role_adds_place(r, text) for r in self.roles_of(p)):
            return None  # (the same office of another country: ‘The Defence Secretary has warned …. / Speaking
            # in Washington, X, the US Defense Secretary, said …’)
        if any(q is not p and min(q.spots)[0] < end for q in self._office_holders(head) if q.spots):
            return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            if not mention.start <= at < mention.end and not lo <= at < end \
                    and not low.startswith(("’s ", "'s "), at + len(head)) \
                    and RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return None  # (another unnamed, or a past one: ‘a junior minister’, ‘a former ambassador’; the
                # named one's own aside may give the office so: ‘X, a Labour TD for Cork,’; never a thing owned:
                # ‘an MEP's salary’)
            at = low.find(head, at + len(head))
        return p

    def lede_description_given_later(self, mention: Mention) -> Person | None:
        """The one person named after the lede whom the article gives, as their role, the kin of a
        description of someone the lede's first sentence keeps unnamed (‘The mother of an aid worker held
        abroad has urged …. / … His mother, Ruth Hale, said: …’; ‘… condemned by the painter’s
        great-grandson. / … Tom Reeve, the artist’s great-grandson, said …’), wherever below they come.
        Kin only (never an office or a trade, which a title may give another below). None when the lede
        names anyone, for a plural, when two named are given that kin, or when the article brings in
        another of it unnamed (‘another mother’).

        >>> from quotesearch.speakers import Cast
        >>> t = ("The mother of a British reporter jailed abroad for more than a year has urged ministers to do far more "
        ...      "to bring him home.\\n\\nHe was held in May.\\n\\nHis mother, Ann Lowe, said: “We wait.”")
        >>> c = Cast(t, paras=[(0, 117), (119, 138), (140, len(t))])
        >>> c.lede_description_given_later(Mention(0, 50, "The mother of a British reporter jailed abroad", "description")).name
        'Ann Lowe'
        """
        text = mention.text
        head = description_head(text)
        if head is None or head not in KIN_NOUNS or described_plural(text, head):
            return None  # (kin only: an office or a trade the lede keeps unnamed may be someone's below
            # by a title alone, ‘A federal judge said …. / U.S. District Judge X, in a separate case, …’)
        lede = next(((lo, hi) for lo, hi in self.paras if self.text.count(" ", lo, hi) >= LEDE_WORDS), None)
        if lede is None or not lede[0] <= mention.start < lede[1] \
                or RE_SENTENCE_GAP.search(self.text, lede[0], mention.start) is not None:
            return None  # (the lede's first sentence only, as for the one named next)
        people = itertools.chain(self.by_surname.values(), *self.namesakes.values())
        named = {id(q): q for q in people if q.kind == "name" and q.spots}
        if any(lede[0] <= s_ < lede[1] and not mention.start <= s_ < mention.end
               and not self.text.endswith(("the ", "The "), lede[0], s_)
               for q in named.values() for s_, _ in q.spots):
            return None  # (the lede names someone: the description may be theirs)
        holders = [q for q in named.values() if min(q.spots)[0] >= lede[1]
                   and any(description_head(r) == head and _kin_owner_fits(r, head, text, q.name.split()[-1]) for r in self.roles_of(q))]
        # (that kin of the lede's one, never another's: ‘the driver’s sister, Joanne Pike,’ for ‘The sister of a
        # nurse killed …’)
        if len(holders) != 1:
            return None
        p = holders[0]
        if p.plural or " " not in p.name or not _sex_fits(head, p):
            return None
        low = self._low
        at = low.find(head, lede[1])
        while at >= 0:
            if not low.startswith(("’s ", "'s "), at + len(head)) \
                    and RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return None  # (another of that head brought in unnamed: ‘a second teacher’, ‘a former mayor’)
            at = low.find(head, at + len(head))
        return p

    def _previous_paragraph_subject_described(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The person the paragraph before opens with, as its subject, for "the <epithet>" that is the
        first one this paragraph brings in (‘Ana Ruiz told supporters in Lima she was “…”. / ‘…,’ the
        centre-right candidate said’, ‘Backbencher Tom Reid dismissed the warnings. / “…,” the MP for
        Eastby said’). None when anyone named between holds that office or is given the epithet's party,
        when the subject holds another office or is of the other sex, or when this paragraph names anyone
        before the mention."""
        k = next((i for i, (lo, hi) in enumerate(self.paras) if lo <= mention.start < hi), None)
        if not k:
            return None
        lo = self.paras[k][0]
        prev = next(((a, b) for a, b in reversed(self.paras[:k]) if self.text[a:b].strip()), None)
        if prev is None or not self.text[prev[1]:lo].strip() == "":
            return None
        a, b = prev
        while a < b and self.text[a].isspace():
            a += 1
        dateline = RE_LEDE_DATELINE.match(self.text, a, b)
        a = dateline.end() if dateline is not None else a
        spots = sorted(((pos, p) for pos, p in self.recent if a <= pos < mention.start and p.kind == "name"),
                       key=lambda spot: spot[0])
        if not spots:
            return None
        if any(lo <= at < mention.start for at, _ in spots):
            return None  # (this paragraph names someone before the mention)
        if not mention.text.lower().startswith("the ") or not RE_EPITHET_OPENS.fullmatch(self.text, lo, mention.start + 3) \
                and not (self.text[lo:lo + 1] in "“\"‘'«" and (
                    after := RE_EPITHET_AFTER_QUOTE.search(self.text, lo, mention.start + 3)) is not None
                    and after.end() == mention.start + 3 and self.text.find("\n", lo, mention.start) < 0):
            return None  # (the mention opens its paragraph, past a short opening: ‘On Tuesday, the X sat …’, or right
            # after its first quotation: ‘“…,” the X said’; never ‘She said the surgeon had told her’)
        if any(w in EPITHET_OTHER_HOLDER_WORDS for w in words):
            return None  # (‘the former president’, ‘the deputy leader’: another of that office, maybe)
        gap = RE_SENTENCE_GAP.search(self.text, a, b)
        pos, p, at = next(((pos, p, s_) for pos, p in spots for s_, e_ in p.spots if s_ <= pos < e_ and (
            RE_SUBJECT_ACTS.match(self.text, e_) or RE_SUBJECT_REMEMBERED.match(self.text, e_)
            or self.text.startswith((" – ", " — "), e_))), (None, None, None))
        opens_with_words = self.text[a:a + 1] in "“\"‘'«"
        if p is None and opens_with_words:
            named_at = RE_NAMED_AS_WRITTEN.match(self.text, spots[0][0])  # (as written there: ‘Mr Obi’, ‘Ms Ashby’)
            if named_at is not None and RE_ACTS_AFTER_HECKLE.match(self.text, named_at.end()):
                pos, p, at = spots[0][0], spots[0][1], spots[0][0]
        if p is None or gap is not None and pos >= gap.start() and not (
                opens_with_words and pos == spots[0][0]) or self.text.endswith(("and ", "& ", "with "), a, at):
            return None  # (the subject of the paragraph's first sentence: ‘X told …’, ‘X is remembered …’, ‘X –
            # dubbed … –’, past a place named before it: ‘At Eastfield High School, …, X is remembered’; never
            # the second of a pair: ‘Councillors Tom Reid and Ann Price said’); a paragraph that opens with
            # someone unnamed's words is about the first one it names after them: ‘“…!” shouted a heckler.
            # Stewards moved in, but Mr Obi waved them back. / ‘…,’ the Labour leader said.’
        if p.plural or p.placelike or p.name in TWO_WORD_PLACES or not _sex_fits(head, p) or " " not in p.name \
                or self.text.endswith(("the ", "The "), a, pos):
            return None  # (a person named in full: never a place or a work, ‘Fort Wayne’, ‘The Ghost Light’)
        if any(not _holds(r, head, words) if head in _role_words(r) else any(w in ROLE_NOUNS for w in _role_words(r))
               for r in self.roles_of(p)):
            return None  # (one given another office, or this one with other words: ‘Finance Minister X …. / “…,” the
            # prime minister said’, ‘Republican nominee X …. / “…,” the Democratic nominee said’; a label
            # that is no office is no bar: ‘Tory Brexiteer X’)
        for _, q in spots:
            if q is not p and (any(head in _role_words(r) for r in self.roles_of(q))
                               or any(w in r.lower().split() for r in self.roles_of(q) for w in words)):
                return None  # (another of that office, or of that party, named since)
        if self._party_of_other(p, words, mention.start):
            return None
        first = RE_QUOTE_FIRST_WORD.match(self.text[lo:mention.start])
        if first is not None and first.group(1).lower() in PRONOUNS_OF_SEX.get(
                p.gender or "", ("he", "she", "him", "her", "his")):
            return None  # (a quote that speaks of the subject opens with their pronoun: ‘Kemi Adebayo told the
            # conference …. / “She has been saying that for two years,” the senator said’ is the senator's)
        return p

    def _paragraph_subject_described(self, mention: Mention, head: str) -> Person | None:
        """The person named at the opening of the paragraph, as the subject of a sentence that reports
        their speech, when "the <role>" comes back in that paragraph with no one else named since and
        no role the article gives them another (‘Kiprono, 21, …, said the goal was for his late mother.
        ‘…,’ said the emotional striker.’); None otherwise."""
        para = next(((lo, hi) for lo, hi in self.paras if lo <= mention.start < hi), None)
        if para is None:
            return None
        lo = para[0]
        while lo < mention.start and self.text[lo].isspace():
            lo += 1
        people = sorted(((pos, p) for pos, p in self.recent if lo <= pos < mention.start and p.kind == "name"),
                        key=lambda spot: spot[0])  # (a description may come between: ‘his late mother’)
        if not people or any(p is not people[0][1] for _, p in people):
            return None
        pos, p = people[0]
        gap = RE_SENTENCE_GAP.search(self.text, lo, mention.start)
        if pos != lo or not self.text.startswith(p.name.split()[-1], lo) and not self.text.startswith(p.name, lo) \
                or p.plural or gap is None \
                or not RE_REPORTED_SPEECH_VERB.search(self.text, lo, gap.start()) \
                or GENDERED_NOUNS.get(head, p.gender) not in (None, p.gender) \
                or any(w in ROLE_NOUNS and w != head for r in self.roles_of(p) for w in _role_words(r)):
            return None
        return p

    def _lede(self) -> tuple[int, int] | None:
        """The story's first paragraph, past its headline and byline lines, from past its dateline (past
        a first line in sentence case with quotation marks too, when no sentence's stop ends it and the
        story goes on: ‘Acme cuts outlook as CEO warns of “choppy” year’ is its headline)."""
        for k, (lo, hi) in enumerate(self.paras):
            if lo < self.first_line_end or (lo, hi) in self.headlines or not self.text[lo:hi].strip():
                continue
            if k <= LEDE_DECK_LINES and len(self.paras) > k + 2 \
                    and RE_HEADLINE_LINE_UNSTOPPED.fullmatch(self.text, lo, hi) is not None:
                continue  # (a deck or a byline line under the headline is no lede either: ‘Acme is inspecting
                # four other vessels’, ‘Jane Roe · City News · Posted: Oct 03’, w83a)
            dateline = RE_LEDE_DATELINE.match(self.text, lo, hi)
            return (dateline.end() if dateline is not None else lo), hi
        return None

    def _opinion_writer(self, mention: Mention) -> Person | None:
        """The one person the paragraph after the lede names as writing a court's opinion (‘Justice Paul
        Hale, writing for the majority,’), for the court the lede makes the subject of a ruling it quotes;
        None outside the lede, or when no one or several are said to write for it."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        nxt = next(((lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()), None)
        if nxt is None:
            return None  # (the next paragraph only)
        writers = {id(q): q for m in RE_WRITING_FOR.finditer(self.text, *nxt)
                   for q in self._named_in_full() if any(e == m.start() for _, e in q.spots)}
        return next(iter(writers.values())) if len(writers) == 1 else None

    def _office_holders(self, head: str) -> list[Person]:
        """Everyone the article names (namesakes too) whom it gives an office the head ``head`` names."""
        return [q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                if q.kind == "name" and any(head in _role_words(r) for r in self.roles_of(q))]

    def sole_office_holder(self, head: str, among: Callable[[Person], bool] | None = None) -> Person | None:
        """The one person the whole article names with an office of the head ``head``, for a headline's
        bare role word, which comes before any name (‘Brightway to shut plants: “…,” admits CEO / … chief
        executive Laura Pendergast told staff’). None when two hold such an office (never a vice
        president for "president"), when the holder is a group, and when the article brings in one
        unnamed or past (‘a former chief executive’, ‘another minister’).

        >>> from quotesearch.speakers import Cast
        >>> c = Cast("Bank cuts jobs, says CEO\\n\\nThe bank's chief executive, Mary Ode, spoke on Monday.")
        >>> c.sole_office_holder("ceo").name, c.sole_office_holder("minister")
        ('Mary Ode', None)

        ``among``, when given, keeps only those it accepts (a headline label's body's holder, never a rival
        firm's: ‘Acme CEO: …’ with ‘Acme chief executive John Doe’ and ‘Beta Corp CEO Jane Roe’, review rv68d).
        """
        holders = {id(q): q for q in self._office_holders(head)
                   if q.spots and any(_holds(r, head, []) for r in self.roles_of(q)) and (among is None or among(q))}
        if len(holders) != 1:
            return None
        p = next(iter(holders.values()))
        if p.plural:
            return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            tail = low[at + len(head):at + len(head) + 2]
            if not (tail[:1].isalpha() and not (tail[:1] == "s" and not tail[1:].isalpha())) \
                    and (unnamed := RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at)) is not None \
                    and not self._holder_brought_in_by_lede(unnamed, at, head, p):
                return None  # (‘a former chief executive’, ‘another minister’: the bare role may be theirs; the
                # word whole, or its plural: never the "coach" of ‘as a coaching group’, w60a)
            at = low.find(head, at + len(head))
        return p

    def _holder_brought_in_by_lede(self, unnamed: regex.Match, at: int, head: str, p: Person) -> bool:
        """The office at ``at``, brought in by ``unnamed`` (:data:`RE_UNNAMED_HOLDER`), is the lede's own
        way of bringing in ``p``, the one holder the article names, below it: a plain "a"/"an", no
        "another", "former" or "one" (:data:`RE_LEDE_UNNAMED_HOLDER`), in the lede, before ``p`` is first
        named, with no "the <office>" between the lede and that name (‘… fined $1.8 million, in what a judge
        described as a “wholly avoidable” tragedy. / … / Judge Helen Marchetti said …’), w110e."""
        lede = self._lede()
        if lede is None or not lede[0] <= at < lede[1] or RE_LEDE_UNNAMED_HOLDER.search(unnamed.group()) is None:
            return False
        first = min(p.spots)[0]
        return first >= lede[1] and self._low.find("the " + head, lede[1], first) < 0  # (nor one the body goes
        # on calling "the <office>" before any name, whose own words those may be: ‘A doctor at Kelton General
        # said …. / “…,” the doctor said. / Dr Ravi Menon, the medical director, said …’, w92a)

    def _holder_named_after_lede(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person named with the office the story opens with, a paragraph or more after it,
        for "the <office>" (‘The health minister warned on Tuesday that …. / “…,” the minister told
        reporters. / … / Minister Grace Achieng, who took office in May, said …’). None unless the
        first sentence opens with the office, with every word the mention gives; unless the holder's
        office differs from the lede's in no word but a minister's domain or a place (never ‘The
        president told shareholders …. Union president Maria Gomez’, nor a former or a deputy one);
        and unless no one else the article names holds an office of that name, nor brings in one
        unnamed (‘another minister’)."""
        lede = self._lede()
        if lede is None or mention.start < lede[0]:
            return None
        office = _lede_office(head).match(self.text, *lede) if self.text.startswith("The ", lede[0]) else None
        # (the plain test first: ``_lede_office`` opens with "The", and compiles a pattern per office)
        said = [w.lower() for w in office.group(1).split()] if office is not None else []
        within = office is None and mention.start < lede[1]  # (the office in the lede past its opening: ‘Commuters
        # face delays, with the Premier accusing the union of “…”. / … / The Premier, Jo Bell, said’) (w84a)
        if not within and (office is None or any(w not in said for w in words)):
            return None
        holders = self._office_holders(head)
        if len(holders) != 1 or holders[0].plural or holders[0].spots[0][0] < lede[1]:
            return None
        p = holders[0]
        if within:
            said = words
            at = p.spots[0][0]
            if self.text[max(0, at - len(mention.text) - 2):at].lower() != mention.text.lower() + ", ":
                return None  # (only a holder first named by that very office, set off before the name: ‘The
                # Premier, Jo Bell,’; never ‘Minister Jo Bell’, ‘Education Minister Ruth Banda’)
            if RE_SET_OFF_OF_BODY.match(self.text, p.spots[0][1]) is not None:
                return None  # (nor one whose office the set-off then gives to a body: ‘The president, Amara
                # Diallo, of the students' union,’ is not the lede's President) (rv84a)
        for r in self.roles_of(p):
            if head not in _role_words(r):
                continue
            own = [w for w in r.lower().replace("-", " ").split() if head not in _role_words(w) and w != "the"]
            if _other_office(r, head, said) or any(
                    w not in OFFICE_DOMAINS and w not in ONE_WORD_PLACES and w not in DEMONYMS
                    for w in set(own).symmetric_difference(said)):
                return None
        return None if self._unnamed_holder_of(head) else p  # (a holder unnamed, or a past one: ‘a junior
        # minister’, ‘a former governor’)

    def _holder_named_next(self, mention: Mention, head: str) -> Person | None:
        """The person the very next sentence of the same paragraph opens with, named with the office
        that "a <office> …" names (‘A judge in the District Court has described … as ‘…’. Judge Mary
        Devane fined him …’, ‘A federal judge called the rule “…”. U.S. District Judge Alan Ruiz
        ordered …’, as news briefs bring one in and name them after). Substring searches only; None
        when the sentence opens otherwise (‘Minister Paul Reilly said’, ‘Judges Anne Kerr and …’)."""
        stop = self.text.find(". ", mention.end, mention.end + NAMED_NEXT_REACH)
        if stop < 0 or self.text.find("\n", mention.end, stop) >= 0:
            return None
        run = RE_CAPITALISED_RUN.match(self.text, stop + 2)
        if run is None or head not in run.group().lower().replace(".", " ").split():
            return None
        for q in self.by_surname.values():
            if q.kind == "name" and any(stop + 2 <= s_ and e_ <= run.end() for s_, e_ in q.spots) \
                    and not q.plural and " " in q.name:
                after = self.text[run.end():run.end() + 40]
                nxt = after[1:].split(" ", 1)[0].strip(",.;:").lower() if after[:1] == " " else ""
                if after.startswith(", who") or nxt in SPEECH_VERBS or nxt in NAMED_NEXT_OTHER_VERBS:
                    return None  # (one of the office set apart, or speaking or answering for themselves:
                    # ‘A nurse … said staff were “…”. Nurse Linda Shaw, who retired last year, said …’,
                    # ‘… Minister Helen McEntee dismissed the claim’ is another holder, never the one brought in)
                return q if after[:1] in (" ", ",") else None
        return None

    def _holder_of_lede_indefinite(self, mention: Mention, head: str) -> Person | None:
        """The one person the article gives the office that "a <office>" in its lede names, named in
        full only after the lede (‘A company was fined after a judge said …. / … Judge Helen Marsh
        said’). None when the mention is not in the lede, when the holder was named in it or before,
        or when anyone else named holds an office of that name."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        holders = [q for q in self._office_holders(head) if q.spots]  # (roles_of reads nothing of one with no spots)
        if len(holders) != 1 or holders[0].plural or min(holders[0].spots)[0] < lede[1]:
            return None
        return holders[0]

    def _holder_named_after_lede_mention(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person named in the paragraphs right after the lede with the office "its <office>" or
        "the <office>" in the lede names, or, for the head of a body (RE_LED_SINCE), brought in as having
        led it (‘… a valuation its chief executive called “…”. / … CEO Dana Whitfield wrote …’, ‘… as its
        artistic director warned of “…”. / Tom Okafor, who has run the venue since 2015, said …’). None
        outside the lede; when anyone holding such an office was named before it; when none or two fit;
        when the one who fits is named past the paragraphs after the lede it may be named in
        (:data:`LEDE_HOLDER_PARAGRAPHS`); and when the article
        brings in an unnamed or past holder (‘another judge’, ‘a former chief executive’)."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        near = [(lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()][:LEDE_HOLDER_PARAGRAPHS]
        if not near:
            return None
        reach = near[-1][1]
        office = " ".join(mention.text.lower().split()[1:])
        people = [q for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                  if q.kind == "name" and q.spots]
        fits = []
        lede_text = self.text[lede[0]:lede[1]]
        for q in people:
            first = min(q.spots)
            holds = any((_holds(r, head, words) and all(w in _role_words(r) for w in words)  # (every word: an
                         and not _other_body_words(r, head, words, lede_text))  # executive director
                        or _office_in_letters(r, office) or _domain_chief(r, head, words)  # (is no artistic director)
                        or (not words and _informal_head(r, head) and not _other_body_words(  # (‘its boss’: the
                            r, head, _informal_words(head), lede_text)) for r in self.roles_of(q))
            # chief executive named after; never another body's: ‘The chief executive of the British Retail
            # Consortium, X, said’, review rv67b)
            led = office in LED_BODY_OFFICES and any(
                RE_LED_SINCE.match(self.text, e) is not None for _, e in q.spots)
            if holds and first[0] < mention.start:
                return None  # (one named before: the other rules decide)
            if (holds or led) and first[0] < reach:
                fits.append((first, q))  # (a holder first named past the reach is another body's and no rival:
                # ‘… what its boss called ‘…’ …. / Chief executive X said …. / … The trade body's chief
                # executive, Y, said’) (w67b)
        if len({id(q) for _, q in fits}) != 1:
            return None
        (start, _), p = fits[0]
        if p.plural or not mention.end <= start < reach:
            return None
        low = self._low
        at = low.find(head)
        while at >= 0:
            other = RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) if not mention.start <= at < mention.end else None
            if other is not None and not RE_OWNED_BETWEEN.search(other.group()) \
                    and all(w in other.group().split() for w in words):
                return None  # (a holder unnamed, or a past one: ‘another judge’, ‘a former chief executive’;
                # never one of another office: ‘a former account executive’ for ‘its chief executive’)
            at = low.find(head, at + len(head))
        return p

    def _holder_opening_after_lede(self, mention: Mention, head: str) -> Person | None:
        """The one person whose full name and an aside of coming into office open the paragraph right after
        the lede (‘Rokas Valaitis, who took office in May, said …’), for the office a lede gives someone it
        does not name (‘Lithuania's fisheries minister said on Tuesday the quota was “…”.’). None outside the
        lede; when the lede names anyone; when anyone else the article names holds such an office, or the one
        named holds another; and when it brings in an unnamed or past holder (‘a former minister’)."""
        lede = self._lede()
        if lede is None or not lede[0] <= mention.start < lede[1]:
            return None
        nxt = next(((lo, hi) for lo, hi in self.paras if lo >= lede[1] and self.text[lo:hi].strip()), None)
        if nxt is None or (m := RE_NAME_TOOK_OFFICE.match(self.text, *nxt)) is None:
            return None
        people = {id(q): q for q in self._named_in_full() if any(a == m.start(1) for a, _ in q.spots)}
        if len(people) != 1:
            return None
        p = next(iter(people.values()))
        end = RE_SENTENCE_END.search(self.text, m.end(), nxt[1])
        if any(w in ROLE_NOUNS and w != head for w in regex.findall(r"\p{Ll}+", self.text[m.end(1):m.end()])) \
                or any(head not in ws and any(w in ROLE_NOUNS for w in ws) for ws in (a.group(2).split() for a in RE_AS_OFFICE.finditer(
                    self.text, m.end(), end.start() if end is not None else nxt[1]))):
            return None  # (an office of another name: ‘Ivan Petrov, who was sworn in as mayor last year,’, ‘…, who was
            # appointed in March, said she would stay on as chief whip’, review rv68d)
        if p.plural or any(lede[0] <= a < lede[1] for q in itertools.chain(self.by_surname.values(), *self.namesakes.values())
                           if q.kind == "name" for a, _ in q.spots):
            return None  # (nothing else may be meant: no one named in the lede)
        if any(q is not p for q in self._office_holders(head)) or any(head not in _role_words(r) for r in self.roles_of(p)):
            return None  # (never past another holder, nor one the article gives another office)
        return None if self._unnamed_holder_of(head, mention) else p  # (a holder unnamed, or a past one: ‘a former
        # minister’)

    def _unnamed_holder_of(self, head: str, mention: Mention | None = None) -> bool:
        """Whether the article brings in a holder of the office ``head`` unnamed, or a past one, anywhere
        but inside ``mention`` (:data:`RE_UNNAMED_HOLDER`: ‘a junior minister’, ‘a former governor’)."""
        low = self._low
        at = low.find(head)
        while at >= 0:
            if (mention is None or not mention.start <= at < mention.end) \
                    and RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return True
            at = low.find(head, at + len(head))
        return False
