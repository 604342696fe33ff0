"""Office holders: who holds the office or title a description names (the lede's holder, the one
named after an office, a court's party, a definite holder).
"""

from __future__ import annotations

import itertools
from typing import Callable

import regex

from quotesearch.lexicon import LazyPattern, RE_ANONYMITY_ASIDE
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import DEMONYMS, ENVOY_BODIES, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import (
    COURT_OFFICER_WORDS, DEPUTY_OFFICE_WORDS, EPITHET_OTHER_HOLDER_WORDS, GENDERED_NOUNS, HEAD_OFFICES_ALTERNATION,
    INFORMAL_HEAD_OFFICES, KIN_INVERSES, LED_BODY_OFFICES, RE_OFFICE_SUBJECT_OPENING, ROLE_NOUNS, WORKER_THING_NOUNS,
)
from quotesearch.speech_words import AUXILIARIES, SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import PARTY_WORDS
from quotesearch.people import COLLECTIVE_NOUNS, Person, RE_SENTENCE_END, RE_SENTENCE_GAP, _after_last_stop, _sex_fits
from quotesearch.bylines import RE_LEDE_DATELINE, _lede_office, _office_opening
from quotesearch.full_names import RE_NAMED_BEFORE
from quotesearch.kinship import HOLDER_NOUNS, KIN_SPOTS, _kin_of, _new_one_of_kind, _other_age, same_source_kind
from quotesearch.firms import _body_name_of, _body_office_words, _other_body_of, _other_body_words
from quotesearch.offices import (
    FULL_OFFICE_PLAIN_WORDS, GIVEN_NAME_HONORIFICS, OFFICE_DOMAINS, RE_PLACE_OWNED_OFFICE, ROLE_PREPOSITIONS, ROYAL_SEX, _bare_honorific,
    _domain_chief, _holds, _names_after_title, _office_in_letters, _office_in_role, _only_set_off_title,
    _other_brought_in, _other_nation, _other_office, _role_words, _set_off_before_title, _title_words_start,
    spells_letters,
)
from quotesearch.sources import (
    RE_ONE_OF_PEOPLE_SOURCE, SOURCE_NOUNS, _one_of_group_head, described_plural, member_described,
)
from quotesearch.descriptions import (
    PRONOUNS_OF_SEX, RE_AGE_AFTER, RE_GIVES_EVIDENCE, RE_SAID_TELLER, TOLD_BY_REACH, _named_after_description,
    _new_witness_cue, _quote_before_pronoun, _trade_told_by_who,
)


SOVEREIGN_STYLES = frozenset("king queen emperor empress sultan emir".split())
    # (never the older "gave evidence", a telling)


#: Another witness called or sworn, unnamed (‘the prosecution called a bank clerk’).
RE_CALLED_ANOTHER = LazyPattern(r"\b(?:called|calls|call) (?:a|an|another|its next|their next|the next)\b"
                                r"|\b(?:[Aa]nother|[Tt]he next|[Aa] second|[Aa] third) witness\b")


#: What a trial report says of its accused (‘is accused of’, ‘is charged with’, ‘has pleaded not guilty’,
#: ‘denies murder’).
RE_STANDS_ACCUSED = LazyPattern(r"\b(?:is|was|are|were|stands|stood) (?:accused|charged|on trial)\b"
                                r"|\b(?:pleaded|pleads|pled) (?:not )?guilty\b"
                                r"|\bden(?:ies|ied) (?:[\w\-]+ ){0,2}(?:charges?|counts?|murder|manslaughter)\b")

#: A name in the possessive (‘Mr Cullinane’s son, …’), at the start of what follows it (group 1 to the apostrophe).
RE_OWNER_BEFORE_CUE = LazyPattern(r"([\p{L}\-. ]*['’])s?\b")

#: One in a trial who the report says cannot be named.
RE_UNNAMED_PARTY = LazyPattern(r"\b(?:cannot|can ?not|can't|could not|may not) be (?:named|identified)\b")

#: How far back a trial report's witness or accused is looked for.
COURT_PARTY_REACH = 4000

#: A pronoun as a sentence's subject (‘He has pleaded guilty to manslaughter’).
RE_SUBJECT_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Ss]he)\b")

#: A kin word owned by a pronoun right before a name set off (‘her daughter, ’, ‘his late father, ’).
RE_KIN_OWNER_BEFORE = LazyPattern(r"\b([Hh]is|[Hh]er) (?:\p{Ll}+ ){0,2}?(\p{Ll}+),? $")


#: A given name and "and" right before a name: "Theo and " (of "Theo and Jess Albright").
RE_COUPLED_BEFORE = LazyPattern(r"\b\p{Lu}[\p{Ll}\p{M}\-]+ and $")

#: A judge set off as the writer of a court's opinion, right after their name: ‘Justice Paul Hale,
#: writing for the majority,’, ‘…, writing for a unanimous court,’ (never "writing for the dissent").
RE_WRITING_FOR = LazyPattern(r", writing for (?:the|a) (?:\p{Ll}+ )?(?:majority|court|panel|bench)\b")


#: A head of government's or a city's office, as a word (‘the US president’, ‘the mayor’).
RE_HEAD_OFFICE_WORD = LazyPattern(r"(?i)\b(?:" + HEAD_OFFICES_ALTERNATION + r")\b")


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
RE_QUOTE_LED_SPEAKER = LazyPattern(r"[“\"][^“”\"\n]{1,600}[,!?][”\"] (?=\p{Lu})")

#: How many paragraphs after the lede may name the holder of the office "its <office>" in the lede names:
#: a results story gives the figures first, then the boss (‘… what its boss called a ‘grim’ summer. / The
#: company said sales fell …. / Profits are now expected …. / Chief executive Colin Wetherby said: …’) (w67b).
#:
#: >>> LEDE_HOLDER_PARAGRAPHS
#: 3
LEDE_HOLDER_PARAGRAPHS = 3

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

#: A word in lower case right after a mention (‘… Finch’s catalogue’): group 1.
RE_NEXT_LOWER_WORD = LazyPattern(r"[ \t]+(\p{Ll}+)\b")

#: How far after the holder's name "its <office>" may stand.
ITS_HOLDER_REACH = 800

#: A word with a capital (‘Channel’, ‘Banque’).
RE_CAPITAL_WORD = LazyPattern(r"\b\p{Lu}[\p{L}\p{M}’'\-]*")

#: Words in quotation marks, closed or running on to the end (what is quoted names no body).
RE_QUOTED_STRETCH = LazyPattern(r"[“\"][^”\"]*(?:[”\"]|$)")

#: Words that may stand between a style and the name it goes before (‘His Highness Sheikh …’, ‘Her
#: Excellency Dr …’, ‘His Royal Highness Prince …’).
STYLE_HONORIFICS = GIVEN_NAME_HONORIFICS | frozenset("dr prince princess sayyid sayyida eng engineer".split())

#: A title spelt out before the letters it goes by, in brackets: ‘Senior Superintendent of Police
#: (SSP)’, ‘officer-in-charge (OC)’, ‘Upazila Nirbahi Officer (UNO)’ (its words, then the letters).
RE_SPELLED_LETTERS = LazyPattern(r"((?:[\p{L}]+[ -]){1,6})\(([A-Z]{2,5})\)$")


#: How far from a title's letters in brackets its holder's name may stand.
SPELLED_REACH = 60

#: How far before the words they spoke a worker brought in with "who" may be named (_worker_brought_in).
WORKER_WHO_REACH = 300

#: A role that sets someone off as a named one's kin (‘Albert's granddaughter’): the name's word in
#: group 1, the kin noun in group 2.
#:
#: >>> RE_KIN_OWNER_ROLE.fullmatch("Albert's granddaughter").groups()
#: ('Albert', 'granddaughter')
RE_KIN_OWNER_ROLE = LazyPattern(r"(\p{Lu}[\p{L}\-]+)[’']s (?:[\p{Ll}\-]+ )?(\p{Ll}+)")

#: The telling after a reported teller (‘… a teacher had told his class’, ‘the surgeon told her’).
RE_TELLING_AFTER = LazyPattern(r" (?:had |has )?(?:told|asked) (?:him|her|them|me|us|his|their|my|our)\b")

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


class CastHolders:
    """Office holders: the person a description of an office or title stands for (the lede's holder,
    the one named after the office, a court's party, _definite_holder).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _kin_of_other_sex(self, p: Person, kin: str, owner: str) -> bool:
        """The article makes ``p`` the kin of one of the other sex than ``owner`` ("his", "her") tells,
        where it names them in full: ‘her daughter, Jane Roe,’ is no "his daughter"."""
        if owner not in ("his", "her"):
            return False
        for start, _ in p.spots[:KIN_SPOTS]:
            before = RE_KIN_OWNER_BEFORE.search(self.text, max(0, start - 40), start)
            if before is not None and before.group(2).lower() == kin:
                return before.group(1).lower() != owner
        return False

    @staticmethod
    def _family_of_sex(p: Person, sex: str, recent) -> bool:
        """Someone of ``sex`` among the recent people bears ``p``'s surname (the kin's other parent,
        say: ‘Derek Hollis … Her daughter, Lisa Hollis,’)."""
        surname = p.name.split()[-1]
        return any(q is not p and q.kind == "name" and q.gender == sex and q.name.split()[-1] == surname for _, q in recent)

    def _kin_or_aged(self, p: Person) -> bool:
        """The article gives this person an age or makes them someone's kin, where it names them in
        full: "His wife, Morag Fraser,", "Camille Fournier, 29,": a person, whatever the name."""
        known = self._marked.get(id(p))
        if known is not None:
            return known
        self._marked[id(p)] = False
        text = self.text
        for start, end in p.spots[:KIN_SPOTS]:
            if RE_AGE_AFTER.match(text, end) or self._kin_before(start) or RE_NAMED_BEFORE.search(text, max(0, start - 60), start) \
                    or RE_COUPLED_BEFORE.search(text, max(0, start - 24), start) \
                    or (text.startswith(" and ", end) and text[end + 5:end + 6].isupper() and " " not in text[start:end]):
                self._marked[id(p)] = True
                return True  # (and "a woman named Pranee Saetang", "Theo and Jess Albright")
        return False

    def _spelled_letters_holder(self, letters: str, at: int) -> Person | None:
        """The one person the article gave the office these letters stand for, spelt out with the
        letters in brackets before ``at``, their name right after it or set off before it:
        ‘Senior Superintendent of Police (SSP) Rajeev Tiwari …. “…,” the SSP said’, ‘Station House
        Officer (SHO), Aliganj, Inspector D. P. Singh’, ‘Md Shahidul Islam, officer-in-charge (OC)
        of the police station, said …. “…,” the OC said’. None where two fit or nothing does."""
        text = self.text
        found: set[int] = set()
        holders: list[Person] = []
        i = text.find(f"({letters})")
        while 0 <= i < at:
            spelt = RE_SPELLED_LETTERS.search(text, max(0, i - 80), i + len(letters) + 2)
            j = i + len(letters) + 2
            if spelt is not None and spells_letters(spelt.group(1), letters):
                for p in self.by_surname.values():
                    if p.kind != "name" or id(p) in found:
                        continue
                    if any(_names_after_title(text[j:s]) for s, _ in p.spots if j <= s <= j + SPELLED_REACH) \
                            or any(_set_off_before_title(text[e:ts]) and _only_set_off_title(text[e:ts]) for _, e in p.spots
                                   if (ts := _title_words_start(spelt, letters)) - SPELLED_REACH <= e <= ts):
                        found.add(id(p))
                        holders.append(p)
            i = text.find(f"({letters})", j)
        return holders[0] if len(holders) == 1 else None

    def _body_opening_next(self, end: int, noun: str) -> Person | None:
        """The body whose name ends with the noun in capitals and opens the sentence after the one
        that ends past ``end``, in the same paragraph (‘their union … . The Transport Workers Union
        said’); None when the text names another of its kind in the sentence."""
        stop = self.text.find("\n", end)
        stop = len(self.text) if stop < 0 else stop
        dot = RE_SENTENCE_GAP.search(self.text, end, min(stop, end + NEXT_BODY_REACH))
        if dot is None:
            return None
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
        if min(p.spots)[0] < at:
            return None
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
        if any(head not in _role_words(r) for r in self.roles_of(p)):
            return None  # (one of another office: ‘… a minister said …. / Spokesman John Doe said’)
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
            if k == 0 and len(self.paras) > 2 and RE_HEADLINE_LINE_UNSTOPPED.fullmatch(self.text, lo, hi) is not None:
                continue
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
                    and RE_UNNAMED_HOLDER.search(low, max(0, at - 40), at) is not None:
                return None  # (‘a former chief executive’, ‘another minister’: the bare role may be theirs; the
                # word whole, or its plural: never the "coach" of ‘as a coaching group’, w60a)
            at = low.find(head, at + len(head))
        return p

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
        if lede is None or mention.start < lede[0] or not self.text.startswith("The ", lede[0]):
            return None  # (the plain test first: ``_lede_office`` opens with "The", and compiles a pattern per office)
        office = _lede_office(head).match(self.text, *lede)
        said = [w.lower() for w in office.group(1).split()] if office is not None else []
        if office is None or any(w not in said for w in words):
            return None
        holders = self._office_holders(head)
        if len(holders) != 1 or holders[0].plural or holders[0].spots[0][0] < lede[1]:
            return None
        p = holders[0]
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

    def _its_holder(self, mention: Mention, head: str, words: list[str]) -> Person | None:
        """The one person just named with the office "its <office>" names, for the body named with
        them (‘Northwind Energy posted a loss, chief executive Hannah Stavros said. … “…,” its chief
        executive said’): the only holder among the recent people, named within reach, with no other
        name in capitals between but a sentence's first word, a month, a day or a place (never ‘Bank
        of Wessex Governor Alan Cray said …. Across the Channel, the Banque de Lorre cut its rate.
        “…,” its governor said’)."""
        holders = {id(p): p for _, p in self.recent if p.kind == "name"
                   and any(_holds(r, head, words) for r in self.roles_of(p))}
        if len(holders) != 1:
            return None
        p = next(iter(holders.values()))
        last = max((e for a, e in p.spots if e <= mention.start), default=-1)
        if last < 0 or mention.start - last > ITS_HOLDER_REACH:
            return None
        between = RE_QUOTED_STRETCH.sub(" ", self.text[last:mention.start])  # (never the words quoted)
        for w in RE_CAPITAL_WORD.finditer(between):
            lead = between[:w.start()].rstrip(" \t")
            if (not lead or lead[-1] in ".!?\n") or w.group() in MONTH_NAMES or w.group() in WEEKDAY_NAMES \
                    or w.group().lower() in ONE_WORD_PLACES \
                    or (lead.endswith(" in") and not RE_CAPITAL_WORD.match(between, w.end() + 1)):
                continue  # (a place of one word after "in": ‘shares fell 6 per cent in Sydney’)
            return None
        return p

    def _styled_holder(self, mention: Mention, his: str) -> Person | None:
        """The one person just named with the style a mention repeats, "His Highness", "Her
        Excellency", written before the name (‘His Highness Sheikh Khalid bin Hamad Al Nuaimi,
        President of the Council, … “…,” His Highness said’): the Gulf's style for rulers, their
        families and ministers, whatever the role. None unless exactly one of the recent people was
        named so, with the same pronoun."""
        style = regex.compile(r"\b" + his.capitalize() + r" (?:Royal )?" + mention.text
                              + r",? (?:\p{Lu}\p{Ll}+\.? ){0,2}$")
        holders = []
        for _, q in reversed(self.recent):
            if q.kind != "name" or any(q is h for h in holders):
                continue
            for s, _e in q.spots:
                if s >= mention.start:
                    continue
                if self.text.startswith((mention.text + " ", "Royal " + mention.text + " "), s):
                    s = self.text.find(" ", s + len(mention.text) - 1) + 1  # (the style in the name's spot)
                    while (nxt := self.text.find(" ", s)) > 0 and self.text[s:nxt].rstrip(".").lower() in STYLE_HONORIFICS:
                        s = nxt + 1
                lead = style.search(self.text, max(0, s - 60), s)
                if lead is not None and all(w.rstrip(".").lower() in STYLE_HONORIFICS
                                            for w in self.text[lead.start():s].split()[2:] if w != "Royal"):
                    holders.append(q)
                    break
        return holders[0] if len(holders) == 1 else None

    def _holder_of_office_as_written(self, mention: Mention, office: str) -> Person | None:
        """The one person named before ``mention`` whose role is the office ``office`` written the same
        (‘the First Deputy Speaker, Joseph Osei Owusu,’ for ‘the First Deputy Speaker said’); None for
        none or two, or when the office's words are not all in capitals."""
        if not all(w[:1].isupper() or w.lower() in ROLE_PREPOSITIONS for w in office.split()):
            return None
        want = office.lower()
        holders = [p for p in self.by_surname.values() if p.kind == "name" and p.spots and p.spots[0][0] < mention.start
                   and any(r.lower().removeprefix("the ") == want for r in self.roles_of(p))]
        return holders[0] if len({id(p) for p in holders}) == 1 else None

    def _named_set_off_after(self, pos: int, p: Person, gender: str | None, recent) -> Person | None:
        """The one named by name set off right after the description ``p`` at ``pos``, of the
        pronoun's sex or none known (‘The driver, identified by gardaí as Michael Doyle,’)."""
        end = pos + len(p.name)
        return next((q for at, q in recent if end < at <= end + 100 and q.kind == "name" and q.gender in (None, gender)
                     and _named_after_description(self.text, end, q.name)), None)

    def _office_subject_before(self, at: int, gender: str) -> Person | None:
        """The head of government or city whom the sentence just before the one at ``at``, in the same
        paragraph, is about by office alone (‘The president has repeatedly celebrated the pace of
        construction. “…,” he wrote on Twitter’): the one named with that office, if the recent people
        hold one such, else the office as written; None when no such sentence is just before, or
        someone is named between (‘The mayor has called it a crisis. Ortiz disagreed. “…,” he said’)."""
        text = self.text
        para = text.rfind("\n", 0, at) + 1
        at = _quote_before_pronoun(text, para, at)  # (‘“… . … ,” he said’: the sentence opens at the quote)
        ends = [m.end() - 1 for m in RE_SENTENCE_END.finditer(text, para, at)]
        if not ends and at == para + 1 and para > 1:
            return self._office_subject_of_paragraph_before(para, at, gender)
        if not ends:
            return None
        here = ends[-1]  # where the pronoun's sentence opens (or the quote that opens it)
        if text[here] in "“\"‘'":
            if text.find({"“": "”", "‘": "’"}.get(text[here], text[here]), here + 1, at) < 0 and here + 1 != at:
                return None  # (a quote open still: the sentence before is no narrative one)
        before = ends[-2] if len(ends) > 1 else para
        return self._office_subject_in(para, before, here, at, gender)

    def _office_subject_of_paragraph_before(self, para: int, at: int, gender: str) -> Person | None:
        """:meth:`_office_subject_before` for a quote that opens its paragraph, with the pronoun right
        after it: the last sentence of the paragraph before, if it is about the office (‘But in an
        interview aired Thursday, the governor said the memo played no part. / “…,” he said’)."""
        text = self.text
        end = len(text[:para].rstrip())
        start = text.rfind("\n", 0, end) + 1
        if end <= start or text[end - 1] not in ".!?":
            return None  # (a paragraph before that ends on a quote or a heading is no narrative sentence)
        ends = [m.end() - 1 for m in RE_SENTENCE_END.finditer(text, start, end)]
        return self._office_subject_in(start, ends[-1] if ends else start, end, at, gender)

    def _office_subject_in(self, para: int, before: int, here: int, at: int, gender: str) -> Person | None:
        """The office holder (or the office as written) the sentence from ``before`` to ``here`` is
        about, for a pronoun at ``at``; ``para`` opens that sentence's paragraph."""
        text = self.text
        opening = RE_OFFICE_SUBJECT_OPENING.match(text, before, here)
        if opening is None:
            return None
        office = opening.group(1).lower()  # (‘The President has …’ holds the office of a ‘President X’)
        if any(opening.end() <= pos < at and not (q.kind != "name" and q.name.lower().endswith(office))
               for pos, q in self.recent):
            return None  # (someone named since; but the office itself, the speaker of the sentence's own words:
            # ‘Replying, the Prime Minister thanked her for her “energy”. “…,” she wrote’)
        if any(before <= pos < opening.end() and not opening.start(1) <= pos < opening.end(1) and q.kind == "name"
               and (q.gender == gender or (q.gender is None and q.titled))
               and not any(RE_HEAD_OFFICE_WORD.search(r) for r in self.roles_of(q))
               for pos, q in self.recent):
            return None  # (someone named in the office sentence's opening phrase or aside may be the "he" or
            # "she": ‘After Senator Maria Lopez accused him …, the president walked out. “…,” she said’)
            # (a person: of the sex, or titled; never a place read as a name, ‘on the South Lawn’)
        if any(para <= pos < opening.start() and q.kind == "name" and q.gender in (None, gender)
               and not any(RE_HEAD_OFFICE_WORD.search(r) for r in self.roles_of(q)) for pos, q in self.recent):
            return None  # (someone named earlier in the paragraph who holds no such office may be the "he":
            # ‘James Oduya runs a clinic. The governor has promised to fund it. “…,” he said’ is Oduya's;
            # ‘Prime Minister X visited … The premier has asked …’ stays the premier's)
        qualifier = text[text.rfind(" ", before, opening.start(1) - 1) + 1:opening.start(1)].strip()
        qualifier = qualifier if qualifier[:1].isupper() and qualifier.lower() != "the" else ""

        def same_office(role: str) -> bool:  # (‘Ukrainian President X’ holds no "the Russian president":
            # a country's or a union's qualifier on both that differs)
            found = _office_in_role(role, office)
            if found < 0 or role.startswith(("’", "'"), found + len(office)):
                return False  # (‘the president's personal lawyer’ holds no office of the president's)
            own = role[:found].strip().rsplit(" ", 1)[-1] if role[:found].strip() else ""
            if own.lower().rstrip(".") in DEPUTY_OFFICE_WORDS:  # (and ‘Lt. Gov. X’)
                return False  # (nor does a ‘Vice President X’ or a ‘Lieutenant Governor X’)
            return not (qualifier and own[:1].isupper() and not own.lower().endswith(qualifier.lower()))
        holders = [q for _, q in self.recent if q.kind == "name" and any(same_office(r) for r in self.roles_of(q))]
        if holders:
            holder = holders[-1]
            return holder if all(q is holder for q in holders) and holder.gender in (None, gender) else None
        start = text.rfind(" the ", before, opening.start(1) + 1)
        start = before if start < 0 else start + 1  # (‘In Washington, the US president’: from "the")
        written = text[start:opening.end(1)]
        return Person(written[0].lower() + written[1:], kind="description", gender=gender)

    def _sole_recent_name(self, fits) -> Person | None:
        """The one person among the recent people named by name who ``fits`` (a test of a person),
        however often named; None for none or for two."""
        holders = [q for _, q in reversed(self.recent) if q.kind == "name" and fits(q)]
        return holders[0] if holders and all(q is holders[0] for q in holders) else None

    def _court_party(self, mention: Mention, head: str) -> Person | None:
        """The one a trial report has named as its witness (who told the court or gave evidence, the
        latest) or its accused (who is accused, charged, or pleaded), for "the witness", "the
        defendant" or "the accused": the named subject of that sentence, alone, and never the judge or
        counsel who addressed the jury. A cue whose subject is unnamed ("Another witness told the
        court", "A neighbour testified") stops the search: the latest in that part is not named."""
        text = self.text
        cue = RE_GIVES_EVIDENCE if head == "witness" else RE_STANDS_ACCUSED
        lo = max(0, mention.start - COURT_PARTY_REACH)
        unnamed = [u.start() for u in RE_UNNAMED_PARTY.finditer(text, lo, mention.start)]
        named = [(pos, p) for pos, p in self.recent if lo <= pos < mention.start and p.kind == "name" and not p.plural]
        for m in reversed(list(cue.finditer(text, lo, mention.start))):
            begin = _after_last_stop(text, m.start())
            if any(u >= m.end() for u in unnamed):
                return None  # (one who cannot be named stands in that part since: ‘Lee Burns pleaded guilty …. / In the
                # main case, a woman who cannot be named for legal reasons admitted …. “…,” the defendant said’)
            subjects = []
            for pos, p in named:
                if not begin <= pos < m.start() or any(q is p for q in subjects):
                    continue
                after = text[pos:m.start()]
                words_before = text[max(begin, pos - 24):pos].split()
                if (owner := RE_OWNER_BEFORE_CUE.match(after)) is not None and owner.end(1) < 40:
                    continue  # (a possessive: ‘Mr Cullinane’s son, Kevin Cullinane, told the jury’)
                if words_before and words_before[-1].lower() in ("by", "to", "with", "for", "against", "of"):
                    continue  # (‘Under cross-examination by Rebecca Thwaite KC, Ms Hirst told …’)
                subjects.append(p)
            if not subjects:
                if RE_SUBJECT_PRONOUN.search(text, begin, m.start()) is not None:
                    continue  # (one named before: ‘He has pleaded guilty to manslaughter’)
                return None
            p = subjects[0]
            if _new_witness_cue(m.group(0)) and (
                    any(m.end() <= pos < mention.start and q.kind == "name" and q is not p for pos, q in self.recent)
                    or RE_CALLED_ANOTHER.search(text, m.end(), mention.start) is not None):
                return None  # (a stand or a witness's place that another, named or not, follows: ‘Ana Ruiz took the
                # stand, followed by her neighbour, Tom Baker’, ‘… took the stand last year. On Monday the
                # prosecution called a bank clerk.’)
            if len(subjects) > 1 and " and " in text[begin:m.start()]:
                return None  # (two accused: ‘X and Y are charged with …’)
            lead = text[max(0, begin):m.start()].lower()
            if any(w in COURT_OFFICER_WORDS for r in self.roles_of(p) for w in r.lower().split()) \
                    or any(w.strip(",()") in COURT_OFFICER_WORDS for w in lead.split()[:6]):
                return None  # (‘Judge Alan Reed told the jury …’, ‘prosecutor Simon Okafor KC told jurors’)
            return p
        return None

    def _plain_word_of_other(self, p: Person, head: str) -> bool:
        """``head`` is a plainer word of ``p``'s full office (:data:`FULL_OFFICE_PLAIN_WORDS`, "premier" or "PM"
        for a prime minister) that another one the article names holds as written: ‘Prime Minister Mark
        Delaney met Alberta Premier Janet Kowalski’ makes "the premier" hers alone (review rv66e)."""
        if not any(head in plains for _, plains in FULL_OFFICE_PLAIN_WORDS) \
                or any(head in r.lower().replace(".", " ").split() for r in self.roles_of(p)):
            return False
        return any(q is not p and q.kind == "name" and any(head in r.lower().replace(".", " ").split()
                                                            for r in self.roles_of(q)) for q in self.by_surname.values())

    def _other_of_kind_since(self, p: Person, head: str, lo: int, hi: int) -> bool:
        """``head`` is only a plain word :data:`BODY_KIND_EPITHETS` gives the kind of one of ``p``'s
        roles (no word of the role itself), and another of that kind is brought in between ``lo`` and
        ``hi``: the plain word is theirs (‘Analyst Ben Cole said …. A market expert at a rival bank was
        less sure. “…,” the expert said’ is the market expert's; ‘A second scientist, who …’ too)."""
        return any(head in _body_office_words(r.lower().replace(",", " ").split()) for r in self.roles_of(p)) \
            and not any(head in r.lower().replace("-", " ").split() for r in self.roles_of(p)) \
            and _other_brought_in(head).search(self.text, lo, hi) is not None

    def _possessive_owner(self, mention: Mention, name: str) -> str | None:
        """A body's name held with its possessive before the thing that speaks for it (‘Harrow & Finch’s
        catalogue promises “…”’, ‘Kestrel Air’s website says “…”’): the name without it, when the article
        also writes the name alone (‘… published by Harrow & Finch.’) and a noun in lower case follows, never
        a verb. A name that is always written so keeps it (‘The chain Farrow’s said …’, ‘McDonald’s said’).

        >>> from quotesearch.speakers import Cast
        >>> Cast("Harrow & Finch, 384 pp. Harrow & Finch’s catalogue promises “x”.")._possessive_owner(
        ...     Mention(24, 40, "Harrow & Finch’s", "organisation"), "Harrow & Finch’s")
        'Harrow & Finch'
        """
        if not name.endswith(("’s", "'s")) or " " not in name:
            return None
        owner = name[:-2]
        nxt = RE_NEXT_LOWER_WORD.match(self.text, mention.end)
        if nxt is None or nxt.group(1) in SPEECH_VERBS or nxt.group(1) in AUXILIARIES or nxt.group(1).endswith("ed"):
            return None
        at = self.text.find(owner)
        while at >= 0 and self.text.startswith(("’s", "'s"), at + len(owner)):
            at = self.text.find(owner, at + len(owner))
        return owner if at >= 0 else None

    def _reported_teller(self, p: Person, pos: int) -> bool:
        """The one described ``p``, a speaker at ``pos``, was brought in right after another's "said" as
        the one who told them or theirs something (‘Diego said a teacher had told his class that …’):
        the reporter, never the teller, is the subject a pronoun after stands for."""
        by = self.text.find(p.name, max(0, pos - TOLD_BY_REACH), pos + 1)
        return by >= 0 and RE_SAID_TELLER.search(self.text, max(0, by - 12), by) is not None \
            and RE_TELLING_AFTER.match(self.text, by + len(p.name)) is not None

    def _worker_brought_in(self, p: Person, pos: int, head: str) -> bool:
        """One unnamed who spoke, brought in by a worker's noun a firm's kind shares, with "a", "one" or
        "another" and a word before it, set off with "who" (‘One crane operator, who asked not to be named,
        said …’): a person, whom a "he" or "she" may stand for; never ‘the operator’ or ‘one operator’."""
        words = p.name.split()
        return head in WORKER_THING_NOUNS and len(words) >= 3 and words[0].lower() in ("a", "an", "one", "another") \
            and pos in self._spoke_at and self.text.rfind(p.name + ", who ", max(0, pos - WORKER_WHO_REACH), pos) >= 0

    def _trade_made_person(self, p: Person, pos: int, head: str) -> bool:
        """One unnamed brought in by a trade that may be a firm's ("retailer", "dealer"), with "a", "one" or
        "another", made a person by a "who" set off after it that keeps back no speech (‘One retailer, who
        declined to be named, said …’, :func:`_trade_told_by_who`): someone a "he" or "she" may stand for,
        though ``pos`` is where they spoke, past the mention (w72a)."""
        at = self.text.rfind(p.name + ", who ", max(0, pos - WORKER_WHO_REACH), pos + 1)
        return at >= 0 and _trade_told_by_who(self.text, Mention(at, at + len(p.name), p.name, "description"), head)

    def _kin_by_owner_role(self, recent, owner_word: str, head: str, at: int) -> "Person | None":
        """The one an owned kin phrase ("her grandfather") names through its owner's own role: the
        owner is the last one named of the owner word's sex, set off as that one's kin from the other
        side (‘Albert's granddaughter’), and the one that role names is in reach by a word of their name."""
        sex = {"his": "m", "her": "f"}.get(owner_word)
        if sex is None:
            return None
        owner = next((q for pos, q in reversed(recent) if pos < at and q.kind == "name" and q.gender is not None), None)
        if owner is None or owner.gender != sex:
            return None  # (the owner is the last one of either sex named: never one further back)
        for r in self.roles_of(owner):
            m = RE_KIN_OWNER_ROLE.fullmatch(r)
            if m is None or m.group(2).lower() not in KIN_INVERSES[head]:
                continue
            word = m.group(1)
            kin = [q for _, q in reversed(recent) if q is not owner and q.kind == "name" and word in q.name.split()]
            if kin and all(q is kin[0] for q in kin):
                return kin[0]
        return None

    def _definite_holder(self, mention: Mention, text: str, first: str, head: str, plural: bool,
                         owned: bool) -> tuple[tuple[Person | None, str] | None, bool]:
        """The one "the <noun>" or "her <kin>" stands for among the recent people, and whether two share that role (‘Health Minister X …. “…,” the minister said’)."""
        recent = self.recent
        shared = False
        other_kin = None  # kin the article gives an owner of the other sex: the last choice
        # a person whose role holds every word of the description beats one whose role holds
        # only its head ("the health minister" beside Health Minister X and Finance Minister Y)
        words = [w for w in text.lower().split()[1:] if w != head]
        # (a place before the head must be the person's: "the California congressman"; a
        # party or nation need not: "the Senate Democratic leader", "the Mexican president")
        before_head = text.split()[1:]
        before_head = before_head[:next((i for i, w in enumerate(before_head) if w.lower() == head), 0)]
        places = [w.lower() for w in before_head if w[:1].isupper() and w.lower() not in PARTY_WORDS
                  and w.lower() not in DEMONYMS and w.replace(".", "").isalpha()]
        if words:
            named_words = {w.lower() for w in text.split()[1:] if w[:1].isupper()}  # (a body's name may stand
            # anywhere in the role: ‘the Boxline analyst’ of ‘senior analyst at the tracking firm Boxline’)
            holders = {}
            for pos, p in reversed(recent):
                if pos < mention.start and p.kind == "name" and _sex_fits(head, p) and (fit := next((
                        r.lower() for r in self.roles_of(p) if head in _role_words(r) and all(
                            w in _role_words(r) or (w in named_words and w in r.lower().split()) for w in words)
                        and not _other_office(r, head, words)), None)) is not None:
                    holders.setdefault(id(p), (p, fit))
            if holders:
                latest, role = next(iter(holders.values()))
                if any(r == role for q, r in holders.values() if q is not latest):
                    # two given the very same role: either may be the one (‘Cobras winger Sam Hale and Cobras
                    # winger Josh Reid both scored. / The Cobras winger said …’), as written
                    return (Person("the" + text[3:], kind="description", gender=GENDERED_NOUNS.get(head)), "description"), shared
                return (latest, "title-anaphor"), shared
        for pos, p in reversed(recent):
            if pos >= mention.start:
                continue  # (the mention itself: "The source said")
            if p.kind == "description" and not plural and not owned and _one_of_group_head(p.name) == head + "s" \
                    and all(w in p.name.lower().split() for w in words):
                one, _ = self.resolve(Mention(pos, pos + len(p.name), p.name, "description")) \
                    if self.text.startswith(p.name, pos) else (None, None)  # (as that one was resolved:
                return (one or p, "description-anaphor"), shared  # ‘Two officials said …. “…,” one of the officials
                # said. “…,” the official added’ is one of two officials)
            if p.kind == "description" and p.roles and not owned and not plural and not p.plural \
                    and description_head(p.roles[0]) == head and all(w in p.roles[0].lower().split() for w in words) \
                    and regex.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + head + r")\b",
                                     self.text[pos + len(p.name) + 2 + len(p.roles[0]):mention.start]) is None:
                return (p, "description-anaphor"), shared  # the one described, whose second description set off after it
                # holds the noun (‘a member of the inspection team, an engineer who …, said …. “…,” the engineer
                # said’), with no other of that noun brought in since
            if p.kind == "description" and description_head(p.name) != head and head in HOLDER_NOUNS \
                    and regex.search(r"\p{Lu}[\p{L}&.\-]*, the (?:[\w\-]+ ){0,2}" + head + r"\b",
                                     self.text[:mention.start]) is not None:
                continue  # (a holder named, set off by the noun: ‘Elliott Management, the activist investor, …
                # A small shareholder … “…,” the investor said’ is Elliott's, never the shareholder's)
            if p.kind == "description" and (same_source_kind(description_head(p.name), head)
                                            or member_described(description_head(p.name), head, words, p.name)) \
                    and p.plural == plural and not owned \
                    and (description_head(p.name) == head or regex.search(
                        r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w\-’']+){0,3}? (?i:" + head + r")\b", self.text[pos + len(p.name):mention.start]) is None) \
                    and not _other_nation(words, p.name.lower().split()) and not _other_age(words, p.name.lower().split()) \
                    and not _other_office(p.name, head, words) and not _other_body_of(text, p.name) \
                    and all(w in p.name.lower().split() or w.upper() in text for w in places):  # (letters may
                    # stand for the words: "the RNC member" after "a prominent Republican National Committee member")
                if first == "the" and not words and not plural and not p.plural and not p.name.split()[0].lower() in (
                        "a", "an", "one", "another") and (new := _new_one_of_kind(
                            self.text, pos + len(p.name), mention.start, head, self.quoted)) is not None:
                    return (Person(new[0].lower() + new[1:], kind="description"), "description"), shared  # (one of the
                    # kind brought in anew since, who spoke there: ‘… the county's top health official warned …. A
                    # senior state health official, who …, said …. “…,” the official said’ is the state one)
                return (p, "description-anaphor"), shared  # (never "the minority leader" for "leaders such as …", nor
                # another place's: "the Orléans councillor" is not "the Barrhaven West councillor")
            if head == "person" and not words and not plural and p.kind == "description" and not p.plural \
                    and p.name.split()[0].lower() in ("a", "an", "one", "another") \
                    and (((h := description_head(p.name)) is not None and h not in THING_NOUNS and h not in COLLECTIVE_NOUNS)
                         or (RE_ONE_OF_PEOPLE_SOURCE.match(p.name) is not None and regex.search(
                             r"\b(?:[Aa]nother|[Aa] (?:second|third|fourth))\b", self.text[pos + len(p.name):mention.start]) is None)):
                # (never across another one brought in since: ‘One of the people … said …. Another said …. “…,” the
                # person said’ is the other's, review rv71d)
                return (p, "description-anaphor"), shared  # ‘One former executive said …. “…,” this person said’; ‘one of
                # the people familiar with the talks said …. “…,” the person said’ (w71d)
            if head == "source" and first == "the" and not words and not plural and p.kind == "description" and not p.plural \
                    and p.name.split()[0].lower() in ("a", "an", "one", "another") \
                    and (h := description_head(p.name)) is not None and h not in THING_NOUNS and h not in COLLECTIVE_NOUNS \
                    and (at := self._low.rfind(p.name.lower(), 0, mention.start)) >= 0 \
                    and RE_ANONYMITY_ASIDE.match(self.text, at + len(p.name)) is not None:
                return (p, "description-anaphor"), shared  # one kept anonymous, whatever the noun: ‘a senior figure at a
                # rival team, speaking on condition of anonymity, claimed …. “…,” the source said’ (w65b)
            if p.kind == "name" and head == "diplomat" and not any("diplomat" in r.lower() for r in self.roles_of(p)) \
                    and any(q.kind == "description" and description_head(q.name) == head
                            and q.name.split()[0].lower() in ("a", "an", "one", "another") for _, q in recent):
                continue  # (an envoy is "the diplomat" only when no diplomat was described: ‘A senior
                # Western diplomat … said …. U.S. Special Envoy Tom Barrack is due …. “…,” the diplomat said’)
            if p.kind == "name" and self._plain_word_of_other(p, head):
                continue  # (a prime minister is "the premier" only when no one is titled Premier: ‘Prime Minister X
                # met Alberta Premier Y. X said …. “…,” the premier said’ is Y's; review rv66e)
            if p.kind == "name" and not plural and not owned and not words \
                    and self._other_of_kind_since(p, head, pos, mention.start):
                continue  # (a plain word the table gives a holder's kind, when another of that kind is brought in
                # since: ‘Analyst Ben Cole said …. A market expert at a rival bank was less sure. “…,” the
                # expert said’ is the market expert's; ‘A second scientist, who …’ too)
            if p.kind == "name" and not plural and GENDERED_NOUNS.get(head, p.gender) in (None, p.gender) \
                    and any((_kin_of(r, head) and all(w in r.lower().split() for w in words)) if owned
                            else _holds(r, head, words, places) for r in self.roles_of(p)):
                # (an owned noun with a word the role lacks is someone else: ‘a 19-year-old Marchand …
                # is told by his sous chef to …’ is not chef Elliot Marchand)
                if not owned and all(_bare_honorific(r) for r in self.roles_of(p) if head in _role_words(r)) \
                        and any(head in _role_words(r) for r in self.roles_of(p)) \
                        and self._title_shared(recent, p, head):
                    shared = True  # ("Sen." X and "Sen." Y before "the senator said": either)
                    break
                if head in ("lawmaker", "legislator", "expert") and not words and any(
                        q is not p and q.kind == "name" and any(_holds(r, head, words, places) for r in self.roles_of(q))
                        for _, q in recent):
                    shared = True  # (a loose word for any member: only one of them in reach, never the nearer of
                    break  # ‘MP John Mbadi and Senator Aaron Cheruiyot’; nor of a professor and an analyst, "the expert")
                if not owned and self._party_of_other(p, words, mention.start):
                    continue  # (a party the article gives another: ‘Cllr Sarah Jones …. Council leader Mark
                    # Evans, a Conservative, …. “…,” the Conservative councillor said’ is not Cllr Jones's)
                if not owned and places and not any(all(w in _role_words(r) for w in places) for r in self.roles_of(p)) \
                        and (placed := self._placed_other(p, places, mention.start, head)) is not None:
                    return (placed, "title-anaphor"), shared  # (‘coach Dale Hemming …. Castellano, in his 11th season at
                    # Eastwood, …. “…,” the Eastwood coach said’ is Castellano's, never the other team's coach)
                if owned and self._kin_of_other_sex(p, head, first):
                    if other_kin is None and self._family_of_sex(p, "m" if first == "his" else "f", recent):
                        other_kin = p  # (‘Derek Hollis … Her daughter, Lisa Hollis,’ is his daughter too,
                    continue  # when no one else is; ‘her daughter, Jane Roe,’ is no John Brown's)
                return (p, "title-anaphor"), shared  # (never "the investors said" for one investor)
        if other_kin is not None:
            return (other_kin, "title-anaphor"), shared
        if owned and head in KIN_INVERSES and (kin := self._kin_by_owner_role(recent, first, head, mention.start)) is not None:
            return (kin, "title-anaphor"), shared  # (‘Albert's granddaughter, Rachel Finch, …. Rachel … / … her
            # grandfather describes …’: the one her own role names her kin, never an unnamed grandfather)
        if shared and (holder := self._holder_speaking_on(mention, head)) is not None:
            return (holder, "title-anaphor"), shared  # (of two senators, the one who spoke just before: ‘“…,” she said.
            # She later asked …. “…,” the senator said’)
        # the article's people named in full with that role, latest first, a window's worth
        for p in itertools.islice(reversed(self.by_surname.values()), 0 if owned or shared or plural else self.window):
            if p.spots and p.spots[0][0] > mention.start:
                continue  # (never one the article names only later: ‘The Tory leader jibed: …’ before
                # ‘The SNP’s Westminster leader, Angus MacRae,’; ‘the company's president … the
                # president said. Union president Maria Gomez …’)
            if any(_holds(r, head, words, places) for r in self.roles_of(p)) and _sex_fits(head, p) \
                    and not self._party_of_other(p, words, mention.start) and not self._plain_word_of_other(p, head) \
                    and not (not words and self._other_of_kind_since(
                        p, head, max((e_ for s_, e_ in p.spots if e_ <= mention.start), default=0), mention.start)):
                return (p, "title-anaphor"), shared  # (never "the authors" for one lead author; nor a plain word the table
                # gives a holder's kind when another of that kind was brought in since)
        return None, shared

    def _resolve_styled(self, mention: Mention, his: regex.Match) -> tuple[Person | None, str]:
        """The person a style after "His"/"Her" names: the royal of that sex just named, else one the style set off (‘“…,” His Majesty said’)."""
        # ‘“…,” His Majesty said’: the sovereign (or royal) of that sex just named, if only one
        sex = "m" if his.group(1).lower() == "his" else "f"
        if mention.text != "Excellency":  # (an Excellency is no royal: a style alone names one)
            heads = SOVEREIGN_STYLES if mention.text == "Majesty" else ROYAL_SEX
            holder = self._sole_recent_name(lambda q: q.gender == sex and any(
                w.lower() in heads for r in self.roles_of(q) for w in r.split() if w[:1].isupper()))
            if holder is not None:
                return holder, "title-anaphor"
        if (styled := self._styled_holder(mention, his.group(1))) is not None:
            return styled, "title-anaphor"  # (‘Her Excellency Reem Al Marar, Minister of State, … “…,” Her
            # Excellency said’)
        return Person(f"{his.group(1)} {mention.text}", kind="description", gender=sex), "description"
