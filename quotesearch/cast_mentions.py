"""The mention stream and roles: every mention of a person in text order (mention_stream), the
roles written beside a name (roles_of) and the notes of who spoke where.
"""

from __future__ import annotations

import bisect
import itertools
import re

import regex

from quotesearch.lexicon import ARTICLES, LazyPattern, RE_ADVISER_PHRASE_AFTER, RE_DOUBLE_QUOTED, RE_WITH_KNOWLEDGE, wordset
from quotesearch.place_words import DEMONYMS, FAITHS, ONE_WORD_PLACES
from quotesearch.name_words import HONORIFICS, PLACE_GIVEN_NAMES
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import (
    COURT_SIDE_PARTICIPLES, DESCRIPTION_NOUNS, GENDERED_NOUNS, KIN_NOUNS, RE_PROSECUTION_CASE_BEFORE, ROLE_NOUNS,
    SEAT_PARTICIPLES, SEAT_PHRASE_WORDS, TITLE_PARTICIPLES, TURN_WORDS,
)
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, SPEECH_VERBS
from quotesearch.mentions import mention_after
from quotesearch.mention_words import (
    IRREGULAR_PAST, Mention, POSSESSIVES, RELATIVES, description_head, names_a_role, past_shaped, role_text,
    thing_source,
)
from quotesearch.backward_descriptions import _description_back
from quotesearch.description_ends import CLAUSE_WORDS, ROLE_OPENERS
from quotesearch.names import PARTY_WORDS, split_title
from quotesearch.name_parts import FUNCTION_WORDS, GENDERED_HONORIFICS, NOT_NAMES, PARTICLES, gender_of, written_surname_first
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN, Token, is_name_token, is_possessive, tokenize, word_positions
from quotesearch.people import (
    BE_FORMS_ALL, BE_WORDS, COLLECTIVE_NOUNS, INTRODUCED_PEOPLE, OPENING_PREPOSITIONS, PEOPLE_WORDS,
    PLURAL_PEOPLE_WORDS, Person, RE_PARAGRAPH_BREAK, _after_function_word, _after_lower_the, _opens_clause_at,
    _position, _verb_at, people_words, plural_word,
)
from quotesearch.full_names import (
    _appositive_tokens, _given_opens_clause, _name_goes_on, _opens_sentence_alone, _past_programme,
    _people_word_modifies, _surname_first, _surname_written,
)
from quotesearch.kinship import FRIEND_NOUNS, KIN_WORDS, _other_sex_object, _plain_kind
from quotesearch.firms import RE_OF_BODY_AFTER, _body_office_words
from quotesearch.offices import ROLE_PREPOSITIONS, _bare_honorific, _party_only, _role_words
from quotesearch.office_titles import CLERGY_STYLES, RE_HONORIFIC_BEFORE, _inside_capitalised_compound
from quotesearch.offices_before_names import _role_word_before
from quotesearch.sources import (
    GROUP_BREAKS, RE_ALIAS, RE_ONE_OF_PEOPLE_SOURCE, SOURCE_NOUNS, alias_after_clause, alias_gender, alias_is_theirs,
    alias_past_set_off, described_plural,
)
from quotesearch.descriptions import (
    PRONOUNS_OF_SEX, RE_SUBJECT_SET_OFF, _aged_ones_set_off, _described_before_set_off, _one_described_at,
    _predicate_of_named, _set_off_after_another, _speaks_after,
)


#: A preposition of place opening a sentence, right before a name (‘At Upper Blakemere, the farmer …’,
#: ‘In Dunmore, the mayor …’): the name is a place, and what is set off after its comma is the
#: sentence's subject, never its role.
#:
#: >>> [bool(RE_FRONTED_PLACE_BEFORE.search(t)) for t in ("It rained. At ", "In ", "\nOutside ", "He met her at ",
#: ...     "Talks in ")]
#: [True, True, True, False, False]
RE_FRONTED_PLACE_BEFORE = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:At|In|Near|Outside|Inside|From|Across) $")

#: A description opening the sentence, set off before a second one written onto the name (‘The abbot, the
#: revered meditation teacher Luang Por Inthorn, died’): group 1 the description, with an adjective or none
#: and what it is of, which is a role of the one named as much as the second, group 2 its noun
#: (:meth:`CastMentions._opening_description`).
#:
#: >>> RE_DESCRIPTION_OPENING_BEFORE.search("It rained. The abbot, the revered meditation teacher ").group(1, 2)
#: ('abbot', 'abbot')
#: >>> RE_DESCRIPTION_OPENING_BEFORE.search("The abbot of Wat Pa, the scholar ").group(1, 2)
#: ('abbot of Wat Pa', 'abbot')
#: >>> RE_DESCRIPTION_OPENING_BEFORE.search("He met the abbot, the revered meditation teacher ") is None
#: True
#:
#: Never when the second description is what the one named is to someone else (‘The victim, the son of
#: local businessman Tom Harris,’ is no "the victim" of Harris's).
#:
#: >>> RE_DESCRIPTION_OPENING_BEFORE.search("The victim, the son of local businessman ") is None
#: True
RE_DESCRIPTION_OPENING_BEFORE = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))The ((?:[\p{Ll}\-]+ )?([\p{Ll}\-]+)"
                                            r"(?: of [^,.;:“”\"\n]{1,40})?), the (?:(?!of )[\p{L}\-]+ ){1,4}$")

#: How far before a name :data:`RE_DESCRIPTION_OPENING_BEFORE` is read.
DESCRIPTION_OPENING_REACH = 80

#: A given name alone set off after someone unnamed, with an age perhaps, or where they are from, as
#: a phone-in gives its callers (‘Another woman, Freshta, 41,’, ‘The first caller, Siobhan in Tralee,’).
RE_GIVEN_SET_OFF = LazyPattern(r", (\p{Lu}\p{Ll}[\p{L}\p{M}’'\-]+)(, \d{1,3})?"
                               r"( (?:from|in) (?:the )?\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?,")

#: A time after "in" (‘in April’, ‘in 2019’): no place a person is from.
#: The rest of a body's officer's title after "its …" and the comma that sets off the officer's name
#: (‘its executive| director, Gideon Farquharson,’, ‘its chief executive|, Joanna Pryce,’).
#:
#: >>> RE_ITS_ROLE_SET_OFF.match(" director, Gideon").end(), RE_ITS_ROLE_SET_OFF.match(" director said") is None
#: (11, True)
RE_ITS_ROLE_SET_OFF = LazyPattern(r"(?: [a-z][a-z\-]*){0,2}, (?=\p{Lu})")

#: The verbs by which a second group takes its own stand on what the first said (‘Police disagreed.’,
#: ‘The engineers found no fault.’, ‘Police put the figure at 2,000.’): a "they" after it is theirs; a group
#: that only acts (‘Police arrested 12 people.’, ‘Guards escorted them out.’) leaves it to the one that spoke.
GROUP_STANCE_VERBS = frozenset("""disagreed disputed denied rejected countered contested challenged questioned
doubted dismissed objected differed responded replied insisted argued maintained contended found put estimated
reckoned thought felt believed concluded""".split())

#: A sentence opening with people in the plural who take a stand of their own (‘Police disagreed.’,
#: ‘The engineers found no fault.’): the group a "they" after it most likely stands for.
RE_GROUP_STANDS_OPENING = LazyPattern(r"(?:(?<=[.!?][”’\"]? )|(?<=\n))(?:The )?(?:\p{Lu}\p{Ll}+ )?(\p{L}+) (?:"
                                      + "|".join(sorted(GROUP_STANCE_VERBS)) + r")\b")


#: Given names that, alone and capitalised, are more often something else ("Will", "May", "Grace").
NOT_GIVEN_ALONE = frozenset("will may june april august grace hope joy faith mark bill rose art dawn".split())

#: Irregular past forms of common verbs: never part of a title before a name ("Trump threw
#: famous reporter X", "met presidential candidate X").
PAST_FORMS = wordset("""
became began brought bought caught chose came drew drove fell felt fought found flew forgot got gave
went grew heard held hit kept knew led left lost made meant met paid put ran rode rose sent set shot
saw sat spoke spent stood stole struck swore took taught told thought threw understood won wore wrote
""")


#: One who gives a name for themselves, told after the description (‘a journalism student who
#: introduced himself as Caleb’, ‘who later identified herself as Marisol Ortega-Reyes’, as wires write
#: it too: ‘a retired fisherman who gave his name only as Beppe’).
RE_SELF_NAMED = LazyPattern(r"\b(?:(?:identified|introduced) (himself|herself|themselves)|gave (his|her|their) (?:first )?name) (?:only )?as "
                              r"(\p{Lu}[\p{Ll}\p{M}’']+(?:\.(?= \p{Lu}))?(?:-\p{L}[\p{Ll}\p{M}’']+)*"
                              r"(?: \p{Lu}[\p{Ll}\p{M}’']+(?:\.(?= \p{Lu}))?(?:-\p{L}[\p{Ll}\p{M}’']+)*){0,3})")
# (or the subject's own few words right before "who": ‘A retired fisherman who gave his name only as Beppe’)

#: A description's sentence going on to name who it is (‘The chief executive in question was X’).
RE_NAMED_AS_PREDICATE = LazyPattern(r"(?: \p{Ll}+){0,3} (?:was|is) (?:\p{Lu}\.? )?\p{Lu}\p{Ll}+ \p{Lu}")


#: A body's noun set off after a people noun (‘The owner, a Delaware holding company,’), never one's place of work
#: (‘Another worker, a stower at the company’s depot,’ is a person, w107d).
#:
#: >>> bool(RE_BODY_SET_OFF.match(", a Delaware holding company,")), bool(RE_BODY_SET_OFF.match(", a stower at the company’s depot"))
#: (True, False)
RE_BODY_SET_OFF = LazyPattern(r", (?:a|an|the) (?:(?!(?:at|of|for|from|with|in|on|by)\b)[\w’'\-]+ ){0,3}(?:company|firm|corporation|group|partnership|trust|fund|llc|"
                              r"business|consortium|subsidiary)\b(?![’']s)")

#: A name right after a noun, or set off after it: " Robby Mook", ", Robby Mook,".
RE_NAME_AFTER = LazyPattern(r",? \p{Lu}[\p{Ll}\p{M}’'\-]+ (?:(?:" + "|".join(sorted(PARTICLES)) + r") )*\p{Lu}")


#: A speech verb right after someone described, past the body they belong to and an aside or two
#: (‘ at a chain store in Dayton, who asked that her name not be used …, said’).
RE_SPEAKS_NEXT = LazyPattern(r"(?: (?:at|of|from|for|in|with|near|on|who|that|\w+ing) [^,.;:“”\"]{1,80}?)?(?:, [^.;:“”\"]{1,160}?,)? "
                             r"(?:also |later |then )?"
                             r"(?:said|says|told|tells|added|wrote|writes|explained|recalled|recounted|warned|argued|admitted|"
                             r"testified|insisted|described|posted|complained|noted|conceded|acknowledged|cautioned)\b")


#: A pronoun right after a verb as its object (‘warned her that’, ‘told him.’), never an owner (‘told her players’).
#: One of a group set off by the alias the article keeps to for them (‘One of the applicants, identified
#: in court documents only as “J.T.,”’), whatever people the group's noun names (w108c); the alias
#: clause (:data:`RE_ALIAS`) must follow it set off.
#:
#: >>> RE_ONE_OF_ALIASED.search("said. One of the applicants, identified").group()
#: 'One of the applicants'
#: >>> RE_ONE_OF_ALIASED.search("one of the city's parks, known as") is None
#: True
RE_ONE_OF_ALIASED = LazyPattern(r"\b[Oo]ne of (?:the|his|her|their|its) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+s(?=, )")

#: The forms of an alias that give a person's name as the writer had it (‘identified only as’, ‘known only
#: as’, ‘gave her name only as’, ‘referred to as’), never a thing's plain "known as".
#:
#: >>> bool(RE_PERSON_ALIAS_FORM.search(", identified only as “J.T.”")), bool(RE_PERSON_ALIAS_FORM.search(", known as Bluewater"))
#: (True, False)
RE_PERSON_ALIAS_FORM = LazyPattern(r"\b(?:only as|identified|referred to|name)\b")

#: A subject pronoun later in the sentence of one an alias names with no sex (‘One of the applicants,
#: identified only as “J.T.,” told reporters he hoped …’): the sex the alias's bearer is of (w108c).
#:
#: >>> RE_SEX_LATER_IN_SENTENCE.match(" told reporters he hoped the ruling").group(1)
#: 'he'
#: >>> RE_SEX_LATER_IN_SENTENCE.match(". He said") is None, RE_SEX_LATER_IN_SENTENCE.match(" told “she”") is None
#: (True, True)
RE_SEX_LATER_IN_SENTENCE = LazyPattern(r"[^.;:“”\"]{0,60}?\b(he|she)\b")
SEX_OF_PRONOUN = {"he": "m", "she": "f"}

RE_OBJECT_PRONOUN = LazyPattern(r" (?:her|him|them)\b(?! \p{Ll}+\b(?<!\bthat|\bto|\babout|\bthe|\ba|\ban|\bin|\bon))")

#: What describes an unnamed source after "person" ("a person familiar with the talks").
SOURCE_PHRASES = (" familiar with", " close to", " with knowledge", " briefed on", " involved in", ", a ", ", an ",
                  " who spoke", " who asked", " who requested", " who was not authori", " who declined",
                  " claiming to", " who claimed")

#: A given name alone set off after a kin or a companion ("My sister, Claire, …", "One mother,
#: Sarah, said"), or ending its sentence ("Standing beside him was his wife, Claire."): a person a
#: later "she" or "he" may stand for.
RE_SET_OFF_WORD = re.compile(r", ([A-Z][a-z]+)[,.]")

#: Words of an aside that only a person has (‘Beni, the youngest,’).
FAMILY_ASIDE_WORDS = frozenset("""eldest youngest oldest middle twin son daughter grandson granddaughter brother sister
mother father aunt uncle cousin wife husband boy girl toddler teenager child""".split())

#: A given name opening its sentence, an aside set off after it, then its verb (‘Destiny, the eldest,
#: says’, ‘Albert, perched on a stool by the till, waved’).
RE_GIVEN_SUBJECT_SET_OFF = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}\p{Ll}+), [^,.;:!?“”\"\n]{3,60}, "
                                       r"(?=\p{Ll}+(?:s|ed)\b|(?:said|told|was|had|made|gave|took|went|came|sat|stood|saw|"
                                       r"felt|thought|laughed|smiled|shrugged)\b)")

#: A reader or caller by given name and place, opening the sentence, then sending or saying (‘Gareth in
#: Treorchy sent this picture’).
_PLACE_THEN_SENDING = r" (?:in|from) \p{Lu}[\p{L}\-’']+(?: \p{Lu}[\p{L}\-’']+)? " \
    r"(?:sent|sends|emailed|emails|texted|texts|wrote|writes|says|said|tweeted|shared|asks|asked)\b"
RE_GIVEN_IN_PLACE = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}\p{Ll}+)" + _PLACE_THEN_SENDING)
#: The part of :data:`RE_GIVEN_IN_PLACE` after the given name, which every match holds: a quick test
#: first (the full pattern tries every position of the text for a sentence's start).
#: (Loosened to ``re`` classes that hold its own, a letter for ``\p{Lu}`` and a word character for
#: ``\p{L}``, with no ``\b``: it matches wherever the tail does, and ``re`` runs it in half the time.)
#:
#: >>> bool(RE_PLACE_THEN_SENDING.search("Gareth in Treorchy sent this")), bool(RE_PLACE_THEN_SENDING.search("in Wales said"))
#: (True, False)
RE_PLACE_THEN_SENDING = re.compile(r" (?:in|from) [^\W\d_][\w\-’']+(?: [^\W\d_][\w\-’']+)? "
                                   r"(?:sent|sends|emailed|emails|texted|texts|wrote|writes|says|said|tweeted|shared|asks|asked)")


#: People one of many, unnamed, whose mentions stand for a "he" or "she" only where they speak.
ANONYMOUS_PEOPLE = frozenset("""
resident witness passenger neighbour neighbor bystander eyewitness survivor villager motorist
pedestrian commuter trustee woman man mother father manager employee worker officer
cousin victim caller listener viewer texter customer co-worker coworker friend pal relative driver student students nurse
teacher parent husband wife son daughter brother sister carpenter farmworker rancher executive
""".split())

#: A report given as one unnamed person's, right before their noun (‘…, according to a pal.’,
#: ‘according to a close friend of the couple’): they speak there as a source does (w81a).
#:
#: >>> bool(RE_ACCORDING_TO_ONE.search("split last month, according to a close ")), bool(RE_ACCORDING_TO_ONE.search("according to the "))
#: (True, False)
RE_ACCORDING_TO_ONE = LazyPattern(r"\b[Aa]ccording to (?:an?|one) (?:[\p{Ll}\-]+ ){0,2}$")

#: Most words an office that opens a sentence may run to before the name set off after it.
OFFICE_OPENING_WORDS = 9

#: Up to this many people, their mentions are found by one substring search each; beyond, by
#: one pass over the capitalised words (so the cost never grows with people × length).
FEW_PEOPLE = 24


#: How far from a name the article is searched for its first word in lower case.
COMMON_WORD_REACH = 5000


#: Two kin words joined by "and" right before a name, which say what a pair is to each other (‘husband
#: and wife Geoff and Maureen Tolley’, ‘father and son’), never what the first named is.
RE_PAIR_KIN_BEFORE = LazyPattern(r"\b\p{Ll}+ and \p{Ll}+ $")

#: A recording played of someone, whose words it holds, in the same sentence before them: ‘The
#: programme then played a clip of the minister, X, telling MPs that …’, ‘aired footage of X saying’.
#: Its speaker is heard, not present: never the subject a later "he" or "she" stands for.
RE_PLAYED_BEFORE = LazyPattern(r"\b(?:clips?|footage|recordings?|videos?|tapes?|audio|soundbites?|excerpts?) (?:of|from|showing) "
                               r"[^.!?\n“”\"]{0,140}$")


#: How far past a person's noun the stream reads that person's description; further when it says what a
#: source knows of (‘A person familiar with the company’s discussions with its lenders’).
DESCRIPTION_AFTER_CHARS = 50
KNOWING_DESCRIPTION_AFTER_CHARS = 80


#: The verbs of a "who" clause that gives a role, its article right after them (‘, who is a crane operator
#: at the port,’): :func:`_role_clause_words`.
ROLE_CLAUSE_VERBS = frozenset({"is", "was"})

#: The verbs of a "who" clause that gives a role with "as" and its article after them (‘, who works as a
#: welder,’): :func:`_role_clause_words`.
ROLE_CLAUSE_WORK_VERBS = frozenset({"works", "worked"})


def _role_clause_words(toks: list[Token], r: int) -> int:
    """How many words open a "who is a …" clause at ``toks[r]``, set off after a name, which gives the
    role its indefinite description holds as an appositive would (‘Kiri Faleolo, who is a crane operator
    at the port,’, ‘who works as a welder’); 0 for any other clause (‘who is leaving’, ‘who is the …’).

    >>> _role_clause_words(tokenize("who is a crane operator"), 0), _role_clause_words(tokenize("who works as a welder"), 0)
    (2, 3)
    >>> _role_clause_words(tokenize("who is leaving the port"), 0), _role_clause_words(tokenize("who works at a port"), 0)
    (0, 0)
    """
    if r + 4 >= len(toks) or toks[r].text != "who":
        return 0
    verb = toks[r + 1].word
    k = 2 if verb in ROLE_CLAUSE_VERBS else 3 if verb in ROLE_CLAUSE_WORK_VERBS and toks[r + 2].word == "as" else 0
    return k if k and toks[r + k].word in ("a", "an") else 0


#: What a source's description says it knows of, right after its noun (‘a person familiar with …’).
KNOWING_WORDS_AFTER = (" familiar ", " close to ", " briefed ")


#: How far back a seat's phrase may open, before a name set off (‘The lawmaker representing Ikeja
#: constituency in the Lagos State House of Assembly, Hon. Ade Ojo,’).
SEAT_REACH = 160

#: An office's seat, one of the :data:`SEAT_PARTICIPLES` after a lower-case noun (‘lawmaker representing’).
#:
#: >>> bool(RE_SEAT_BEFORE.search("The lawmaker representing Ikeja")), bool(RE_SEAT_BEFORE.search("Firms representing"))
#: (True, False)
RE_SEAT_BEFORE = LazyPattern(r"\b(?:The|A) \p{Ll}+ (?:" + "|".join(sorted(SEAT_PARTICIPLES)) + r")\b")

#: An office in capitals with its remit in capitals after the possessive of a plain noun that opens
#: with "The", whose long remit may run past the usual reach before a name set off (‘The state's
#: Commissioner for Physical Planning and Urban Development, Ade Cole,’).
#:
#: >>> bool(RE_POSSESSIVE_OFFICE_BEFORE.search("The state's Commissioner for Physical Planning and Urban Development, "))
#: True
#: >>> bool(RE_POSSESSIVE_OFFICE_BEFORE.search("the state's Commissioner for Health, ")), bool(RE_POSSESSIVE_OFFICE_BEFORE.search(
#: ...     "The state's commissioner for health, "))
#: (False, False)
RE_POSSESSIVE_OFFICE_BEFORE = LazyPattern(r"\bThe \p{Ll}+['’]s \p{Lu}\p{Ll}+ (?:of|for) \p{Lu}[\p{L}\-]*(?: (?:\p{Lu}[\p{L}\-]*|and|&))*, $")


def _remit_list_comma(toks, lo: int, hi: int, i: int) -> bool:
    """The comma at ``toks[i]`` parts the items of an office's remit in capitals, a list that "and" or "&"
    closes before ``toks[hi]`` (‘Minister of Youth, Sport and Culture, X’), a capitalised word on each side;
    never a place's comma (‘the mayor of Springfield, New York’, no "and").

    >>> t = tokenize("Minister of Youth, Sport and Culture")
    >>> _remit_list_comma(t, 2, 6, 3), _remit_list_comma(tokenize("Mayor of Springfield, New York"), 2, 5, 3)
    (True, False)
    """
    return toks[i].text == "," and lo < i < hi and toks[i - 1].capitalized and toks[i + 1].capitalized \
        and any(x.text in ("and", "&") for x in toks[i + 1:hi])


class CastMentions:
    """The mention stream and roles: every mention in text order (mention_stream), the roles written
    beside a name (roles_of), and the notes of who spoke where (note, stands_for).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def common_word(self, word: str, at: int = 0) -> bool:
        """The article also writes this capitalised word in lower case, as a word of its own,
        within COMMON_WORD_REACH characters of ``at`` ("Top" beside "top secret"): a common word,
        not a given name. Known given names never are ("Bill" beside "the bill"). The reach keeps
        the cost per word bounded, whatever the length of the text; the answer for a word is
        decided once per article, around its first use as a name's first word."""
        low = word.lower()
        known = self._common.get(low)
        if known is None:
            known = False
            if low.isalpha() and gender_of(low) is None:
                lo, hi = max(0, at - COMMON_WORD_REACH), at + COMMON_WORD_REACH
                known = next(word_positions(self.text, low, lo, hi), None) is not None
            self._common[low] = known
        return known

    def _before_a_role(self, p: Person) -> bool:
        """A name the article writes before a role, as a body's letters are ("FDA chief", "NASA
        administrator"), never a person's initials ("JK, who now lives in Leeds")."""
        for _, at in zip(range(4), word_positions(self.text, p.name)):
            end = at + len(p.name)
            word = self.text[end + 1:end + 24].split(" ", 1)[0].rstrip(",.;:").lower()
            if self.text[end:end + 1] == " " and word in ROLE_NOUNS:
                return True
        return False

    def roles_of(self, p: Person) -> list[str]:
        """The roles the article gives a person (appositives found on first request)."""
        text = self.text
        while p.next_spot < len(p.spots) and len(p.roles) < 3:
            start, end = p.spots[p.next_spot]
            p.next_spot += 1
            written = text[start:end]
            if not self._names(p, written):
                continue  # another full name with the surname ("a teacher's aide, Anne Marie Murphy")
            role = before = None
            if text.startswith(",", end) and RE_FRONTED_PLACE_BEFORE.search(text, max(0, start - 12), start) is not None:
                continue  # a place a sentence opens with is no one the description after it sets off: ‘At Upper
                # Blakemere, the farmer whose house burned said’ gives the place no role, w112b
            if text.startswith(",", end) and not (_after_lower_the(text, start) and written.split(" ", 1)[0].rstrip(".").lower()
                                                   not in HONORIFICS and written.split(" ", 1)[0].rstrip(".").lower() not in CLERGY_STYLES):
                # (a style keeps its role: ‘the Rev. Leo Grant, pastor of Bethel Church,’)
                toks, j = _appositive_tokens(text, start, end)
                role = self._appositive_after(toks, j) if j is not None else None
            lead = start  # (past an honorific set off with the name: ‘The chairman of the union, Mr Yusuf Ali,’)
            while (h := RE_HONORIFIC_BEFORE.search(text, max(0, lead - 12), lead)) is not None \
                    and h.group(1).lower() in HONORIFICS and lead - start < 24:
                lead = h.start()
            if text.endswith(", the ", 0, lead) and written.split(" ", 1)[0].rstrip(".").lower() in CLERGY_STYLES:
                lead -= 4  # (and a style's article: ‘the Bishop of Wexcombe, the Rt Revd Alison Threlfall,’)
            if text[max(0, lead - 3):lead].rstrip().endswith((",", "(")) or (
                    start > 1 and text[start - 1] == " " and text[start - 2].islower()
                    and text[max(0, start - 30):start].split()[-1] in ROLE_NOUNS):
                # ‘…, Germany’s defense minister, Boris Pistorius’ or ‘finance minister Rachel Reeves’, or
                # a broadsheet's ‘The Minister for Lands (Mr. Ernest Blaxland)’ (and both sides: ‘her
                # mother, Elena Vasquez, a former college player,’)
                toks = tokenize(text, max(0, lead - 60), end)
                k = next((i for i, t in enumerate(toks) if t.start >= lead), None)
                before = self._role_before(toks, k, text.startswith(",", end)) if k is not None else None
                if before is None and text.startswith(",", end) and text[max(0, lead - 3):lead].rstrip().endswith(",") \
                        and (RE_SEAT_BEFORE.search(text, max(0, lead - SEAT_REACH), lead) is not None
                             or RE_POSSESSIVE_OFFICE_BEFORE.search(text, max(0, lead - SEAT_REACH), lead) is not None):
                    toks = tokenize(text, max(0, lead - SEAT_REACH), end)  # (a seat's long phrase after the
                    # office: ‘The lawmaker representing Ikeja constituency in the Lagos State House of Assembly,
                    # Hon. Ade Ojo,’ runs past the usual reach; so may a long remit after a possessive: ‘The
                    # state's Commissioner for Physical Planning and Urban Development, X,’, w144w)
                    k = next((i for i, t in enumerate(toks) if t.start >= lead), None)
                    before = self._role_before(toks, k, True) if k is not None else None
            if before is None and role is None and text.endswith(", ", 0, lead) \
                    and all(w.rstrip(".").lower() in ("mr", "mrs", "ms", "miss") for w in text[lead:start].split()) \
                    and ((w0 := written.split(" ", 1)[0].rstrip(".").lower()) in ("mr", "mrs", "ms", "miss")
                         or (w0 not in HONORIFICS and w0 not in ROLE_NOUNS)) \
                    and RE_PROSECUTION_CASE_BEFORE.search(text, max(0, lead - 40), lead) is not None:
                # (counsel, never one with a title before the name: a judge's summing up, a detective or a
                # pathologist closing the Crown's case, review rv60a)
                before = "prosecutor"  # ‘Opening the prosecution case, Ann Lee KC said’ (w60a)
            if role and before and description_head(before) not in KIN_NOUNS and not _plain_kind(before) \
                    and not _body_office_words(before.lower().split()):
                before = None  # (both only for kin, which says whose elder or younger they are, or for the
                # plain kind that opens the sentence: ‘The contractor, Edgar Lim, president of Golden Builders,’;
                # or for a trade a story calls by its kind: ‘Political scientist X, director of …,’ is "the expert")
            if before and description_head(before) in KIN_NOUNS and RE_PAIR_KIN_BEFORE.search(text, max(0, lead - 40), lead):
                before = None  # (a pair's words, no one's kin: ‘run by husband and wife Geoff and Maureen Tolley’
                # never makes Geoff "his wife")
            opening = self._opening_description(lead) if p.kind == "name" else None
            found = [r for r in (role, before, opening) if r and r not in p.roles]
            for r in found:
                # the first role found is the one shown (more are found on the next call), before
                # a bare honorific ("Dr." of "Dr. Amir Khan, the hospital's chief executive")
                p.roles.insert(0 if all(map(_bare_honorific, p.roles)) else len(p.roles), r)
            if found:
                break
        return p.roles

    def _opening_description(self, lead: int) -> str | None:
        """The description opening the sentence set off before the one written onto a name at ``lead``
        (:data:`RE_DESCRIPTION_OPENING_BEFORE`), when its noun is of one person: ‘The abbot, the revered
        meditation teacher Luang Por Inthorn, died’ makes the abbot "the abbot" later, as the teacher is."""
        lo = max(0, lead - DESCRIPTION_OPENING_REACH)
        if ", the " not in self.text[lo:lead]:
            return None
        m = RE_DESCRIPTION_OPENING_BEFORE.search(self.text, lo, lead)
        noun = m.group(2) if m is not None else None
        return m.group(1) if noun in DESCRIPTION_NOUNS and not described_plural(noun, noun) else None

    @staticmethod
    def _names(p: Person, written: str) -> bool:
        """The name as written at a spot is the person's: a surname alone, with a title, or a
        given name of theirs ("Donald Trump" for Donald J. Trump, never Anne Marie Murphy for
        Chris Murphy, whose surname keys them together)."""
        words = split_title(written.split())[1]
        return len(words) < 2 or " " not in p.name or words[0] in p.name.split()

    def _given_pairs_alone(self) -> list[tuple[int, Person]]:
        """Where a person named in full by three words or more is called by the first two alone, the
        cast having read them as part of that name: a given name of two words (‘Emma Jo said she plans
        …’ after ‘Emma Jo Lindgren’, ‘Mary Kate said’ of Mary Kate Doherty), which the search by a
        single given name never finds, as the name goes on after its first word. Read from the spots."""
        out = []
        for q in self.by_surname.values():
            parts = q.name.split()
            if len(parts) < 3 or q.kind != "name":
                continue
            pair = parts[0] + " " + parts[1]
            out.extend((s_, q) for s_, e_ in q.spots if e_ - s_ == len(pair) and self.text.startswith(pair, s_)
                       and not _name_goes_on(self.text, e_))
        return out

    def mention_stream(self) -> list[tuple[int, Person]]:
        """Every person and group the text names, in order (for pronouns and anaphora)."""
        out: list[tuple[int, Person]] = []
        text = self.text
        surnames = [(_surname_written(p.name.split()), p) for p in self.by_surname.values()]
        # a first word that a cue has named its person by, alone (not followed by the rest of a
        # name), names that person here too ("And Donald, then in college, …" after "Donald said")
        firsts = list(self._first_word_cues.items())
        # and the given name alone of someone the article marks as a person by a known given name,
        # kin or an age ("Arjun takes this as a compliment" after "Arjun Mehta, 12,")
        cued = {p_.name for _, p_ in firsts}
        for low, q in self._first_word_people().items():
            if q is None or q.name in cued or low in FUNCTION_WORDS or low in AUXILIARIES or low in NOT_GIVEN_ALONE \
                    or low in PLACE_GIVEN_NAMES:
                continue
            first = given = q.name[:q.name.index(" ")]
            if low != first.lower() and self._nicknames.get(low) is q:
                first = self._nicknames_written[low]  # (the nickname alone: ‘Patrick “Packie” Moran … Packie was
                # asked’, a person by the given name inside the full name)
            if first[:1].isupper() and len(first) > 2 and first.replace("-", "").isalpha() \
                    and (gender_of(given) is not None or self._kin_or_aged(q)  # (the look-up first: the
                         # spots' searches only for a name the lists do not know; either alone answers)
                         or (_surname_first(q.name) and (q.titled or bool(q.roles)))
                         or (first == given and (q.who or q.titled or bool(q.roles)
                                                 or (bool(q.spots) and _role_word_before(text, q.spots[0][0], set_off=True)))
                             and _opens_sentence_alone(text, first) and not self.firm_named(q))) \
                    and not self.common_word(first, q.spots[0][0] if q.spots else 0):
                # (or the surname written first of one the article gives a role: ‘Defense Minister
                # Lee Jong-sup …. Lee rejected the calls. “…,” he told the committee’; or a given name of
                # either sex, or none a list knows, of one with a role or a "who", that opens a sentence
                # alone: ‘bar manager Dee Halloran … Dee had a suggestion of her own. “…,” she said’)
                firsts.append((first, q))
        for word in self._inner_word_people():  # and the first of two surnames alone (‘Carlos Andrés Muñoz
            # Piamba, mayor of Argelia, …. Muñoz's wife, Diana, embraced him before he addressed the crowd’)
            if word[:1].isupper() and word.isalpha() and word.lower() not in self.by_surname \
                    and self._first_word_people().get(word.lower()) is None \
                    and (q := self.first_surname_owner(word)) is not None and q.name.split()[-2] == word:
                firsts.append((word, q))
            elif word[:1].isupper() and word.isalpha() \
                    and (q := self.called_after_lead(word) or (self._called_after_leads(word)
                                                               if self._inner_word_people()[word] is None else None)) is not None:
                firsts.append((word, q))  # and the given name after a Malay or Arabic lead, however the
                # sentence goes on (‘Muhammad Hafiz Rosli …. Hafiz, the quieter of the pair, dedicated …’);
                # that of two such names, as written (never the one who spoke before)
        alone: list[tuple[int, Person]] = []
        if len(surnames) + len(firsts) <= FEW_PEOPLE:
            # a fast substring search per person: cheaper than a pass over every capitalised word
            for surname, person in surnames:
                out.extend((i, person) for i in word_positions(text, surname)
                           if not _inside_capitalised_compound(text, i, i + len(surname)))
            for first, person in firsts:
                alone.extend((i, person) for i in word_positions(text, first)
                             if not _name_goes_on(text, i + len(first)) and not _after_function_word(text, i))
        else:  # one pass over the capitalised words, whatever the number of people
            by_cap = dict(surnames)
            by_first = dict(firsts)
            for m in RE_CAPWORD.finditer(text):
                capword = m.group()  # (read once: both look-ups ask)
                p = by_cap.get(capword)
                if p is not None:
                    out.append((m.start(), p))
                elif by_first:
                    p = by_first.get(capword)
                    if p is not None and not _name_goes_on(text, m.end()) and not _after_function_word(text, m.start()):
                        alone.append((m.start(), p))
        if self.namesakes:  # a surname inside a namesake's full name is the namesake's
            owner = {end - len(q.name) + q.name.find(" ") if written_surname_first(q.name.split())
                     and text.endswith(q.name, start, end) else end: q
                     for qs in self.namesakes.values() for q in qs for start, end in q.spots}
            # (where the surname ends: the first word's end of a name written surname first, ‘Ong Li Ting’,
            # counted from the name's end, as a spot may open with a title: ‘Senior Counsel Ong Li Ting’)
            # (each person's surname measured once, not once per mention; a Person is unhashable)
            size = {id(p): len(surname) for surname, p in surnames}
            shared = {id(p): surname.lower() for surname, p in surnames if surname.lower() in self.namesakes}
            out = [(i, owner.get(i + size[id(p)]) or (self._titled_namesake(i, p, shared[id(p)]) if id(p) in shared else None)
                    or p) for i, p in out]
            # (and an honorific of the other sex before it, ‘Moira and Alasdair Grant …. Mrs Grant said’:
            # the namesake it fits, never the husband whose surname the cast keeps)
        out += alone
        out += self._given_pairs_alone()
        for m in RE_SET_OFF_WORD.finditer(text):  # "My sister, Claire, was less surprised": a "she"
            before = text[max(0, m.start() - 14):m.start()]
            kin = before[before.rfind(" ") + 1:].lower()
            gender = gender_of(m.group(1)) or GENDERED_NOUNS.get(kin)  # ("His wife, Eirlys,": a woman)
            if gender is not None and kin in KIN_WORDS:
                # (the one named in full with that given name, if one is: "his wife, Jane")
                known = self._first_word_people().get(m.group(1).lower())
                if known is None:
                    known = self.by_surname.get(m.group(1).lower())  # (or the one name they go by alone)
                    if known is not None and known.name == m.group(1) and known.gender is None:
                        known.gender = gender  # ("His mother, Glenys,": a woman, never the "he" of the story)
                out.append((m.start(1), known if known is not None and known.gender in (None, gender)
                            else Person(m.group(1), gender=gender)))
        for m in RE_GIVEN_SUBJECT_SET_OFF.finditer(text):  # ‘Destiny, the eldest, says …’: one by a given name
            given = m.group(1)
            aside = text[m.end(1) + 2:m.end() - 2].lower().split()
            sex = gender_of(given)
            if self._in_headline(m.start(1)) or given.lower() in PLACE_GIVEN_NAMES or given.lower() in NOT_NAMES \
                    or aside[0] in ("whose", "which", "where", "home", "a", "an") or (
                    sex is None and not (set(aside) & FAMILY_ASIDE_WORDS or aside[0].endswith(("ed", "ing")))):
                continue  # (a given name the lists know, or an aside only a person has: ‘Beni, the youngest,
                # was …’; never "Virginia, whose governor …", "Acme, the software giant, said")
            known = self._first_word_people().get(given.lower())
            if known is None and (given.lower() in self.by_surname
                                  or any(given in q.name.split()[1:] for q in self.by_surname.values())):
                continue  # (a surname the article gives someone, or part of one: theirs, ‘María Elena
                # Castillo Ferrer … Castillo, responding in kind, thanked …’)
            one = known if known is not None and known.gender in (None, sex) else Person(given, gender=sex)
            out.append((m.start(1), one))
            if sex is not None and known is None:  # and the given name alone again later, as a clause's
                # subject: ‘Maureen, from Elmside, said …. / Later in the show, Maureen rang back. / “…,” she said’
                out.extend((i, one) for i in word_positions(text, given, m.end()) if _given_opens_clause(text, i, given))
        in_place = RE_GIVEN_IN_PLACE.finditer(text) if RE_PLACE_THEN_SENDING.search(text) else ()
        for m in in_place:  # ‘Gareth in Treorchy sent this picture …, which he describes’
            given = m.group(1)
            sex = gender_of(given)
            if sex is None or given.lower() in PLACE_GIVEN_NAMES or given.lower() in NOT_NAMES \
                    or given.lower() in self.by_surname or self._in_headline(m.start(1)):
                continue  # (a given name the lists know, of a sex, never a surname the article gives someone)
            known = self._first_word_people().get(given.lower())
            out.append((m.start(1), known if known is not None and known.gender in (None, sex) else Person(given, gender=sex)))
        # (every match holds either verb: a substring test first spares most articles the pass)
        self_named = RE_SELF_NAMED.finditer(text) if "identified " in text or "introduced " in text \
            or " name only as " in text or " name as " in text else ()
        for m in self_named:  # ‘a student who introduced himself as Caleb’: a "he" named so
            _, words = split_title(m.group(3).split())  # (past a title: ‘as Detective Inspector John Wray’)
            if not words or words[0].lower() in FAITHS or words[0].lower() in DEMONYMS or words[0].lower() in PARTY_WORDS:
                continue  # (a faith, a nation, a party: ‘identified herself as Catholic’)
            name = " ".join(words)
            at = m.start(3) + m.group(3).rindex(name) if name in m.group(3) else m.start(3)
            if RE_SUBJECT_SET_OFF.search(text, max(0, m.start() - 120), m.start()) is None:
                continue  # (only the one the sentence is about, set off after its subject: ‘An audience
                # member, a journalism student who introduced himself as Caleb, asked …’; never an
                # object, ‘greeted a man who introduced himself as Caleb’)
            known = self.by_surname.get(words[-1].lower())
            out.append((at, known if known is not None and known.name.endswith(name)
                        else Person(name, gender={"himself": "m", "herself": "f", "his": "m", "her": "f"}.get(
                            m.group(1) or m.group(2)))))
            self._spoke_at.add(at)
        one_of = RE_ONE_OF_ALIASED.finditer(text) if " only as " in text or " known as " in text else ()
        for m in one_of:  # ‘One of the applicants, identified only as “J.T.,” told …’: the one the alias names
            alias = RE_ALIAS.match(text, m.end())
            if alias is not None and text.startswith(",", m.end()) and RE_PERSON_ALIAS_FORM.search(alias.group()) is not None:
                sex = alias_gender(alias)  # (a person's alias only, never a thing's plain "known as": ‘One of
                # its subsidiaries, known as Bluewater,’, ‘One of her cafés, known as Nonna's,’)
                if sex is None and (later := RE_SEX_LATER_IN_SENTENCE.match(text, alias.end())) is not None:
                    sex = SEX_OF_PRONOUN[later.group(1)]
                out.append((m.start(), Person(alias.group(2), gender=sex)))
        for at, described in _aged_ones_set_off(text):  # ‘One victim, an 89-year-old widow from Wigan, …’
            out.append((at, Person(described, kind="description",
                                   gender=GENDERED_NOUNS.get(description_head(described) or ""))))
        introduced: dict[tuple[str, bool], Person] = {}  # the unnamed introduced by "a …", by head noun
        heads = [h for h, _ in self.headlines]
        # (a short first line is a headline's when no sentence's stop ends it)
        first_end = self.first_line_end if not text[:self.first_line_end].rstrip().endswith((".", "!", "?")) else 0
        for m_start, m_end in people_words(text):
            if m_start < first_end or (
                    (h := bisect.bisect_right(heads, m_start) - 1) >= 0 and m_start < self.headlines[h][1]):
                continue  # (a headline's "a scientist who refuses …" is no one the story's "she" stands for)
            word = text[m_start:m_end].lower()
            if word == "person" and not text.startswith(SOURCE_PHRASES, m_end) \
                    and RE_WITH_KNOWLEDGE.match(text, m_end) is None:  # (‘a person with direct knowledge of …’)
                continue  # (only a source described: "a person familiar with …", never "one person")
            if thing_source(word, text[max(0, m_start - 16):m_start - 1].rsplit(" ", 1)[-1]):
                continue  # (a thing's: "does not identify a funding source")
            if word in INTRODUCED_PEOPLE and word not in ANONYMOUS_PEOPLE and word not in SOURCE_NOUNS and (
                    (spoke := RE_SPEAKS_NEXT.match(text, m_end)) is None or (
                        RE_OBJECT_PRONOUN.match(text, spoke.end()) and not _other_sex_object(text, m_end, spoke.end()))) \
                    and _described_before_set_off(text, m_start) is None and not _set_off_after_another(text, m_start):
                continue  # (brought in only as one who speaks, the verb next, past an aside or the body they
                # belong to, never to the one a pronoun after may stand for: never "a doctor had warned her",
                # ‘a doctor warned her that …’, nor ‘A coach is only as good as his players, he likes to say’)
            if word in ANONYMOUS_PEOPLE and (not (_speaks_after(text, m_end) or RE_ALIAS.match(text, _past_programme(text, m_end)) is not None
                                                  or (word in FRIEND_NOUNS and RE_ACCORDING_TO_ONE.search(text, max(0, m_start - 40), m_start)))
                    or RE_NAME_AFTER.match(text, m_end)):  # (‘a forklift driver who gave his name only as Darnell
                # said’, ‘Her neighbour, who gave his name only as Pat, was less sympathetic’: the one name given)
                continue  # (one of many, unnamed: a "he" or "she" only once they speak, "A passenger said";
                # never a title before the name that is the mention: "campaign manager Robby Mook said")
            lo = max(0, m_start - 60)
            hi = min(len(text), m_end + (KNOWING_DESCRIPTION_AFTER_CHARS if text.startswith(KNOWING_WORDS_AFTER, m_end)
                                         else DESCRIPTION_AFTER_CHARS))
            while hi < len(text) and text[hi - 1].isalnum():
                hi += 1  # (never a word cut at the window's end: ‘… Control and Preventio’)
            toks = tokenize(text, lo, hi)
            k = next((i for i, t in enumerate(toks) if t.start >= m_start), None)
            if k is None:
                continue
            d = _description_back(toks, k, max(0, k - 8))
            if d is None or (d >= 2 and toks[d - 1].word in BE_FORMS_ALL | {"became", "becomes"}
                             and (is_name_token(toks[d - 2]) or toks[d - 2].text == ","
                                  or (d >= 3 and toks[d - 1].word == "been" and toks[d - 2].word in ("has", "have", "had")
                                      and toks[d - 3].word in ("he", "she")))):
                continue  # (a named person's predicate introduces no one: ‘John Hale, 45, is a retired nurse’,
                # nor one's a "she" stands for: ‘She has been a home care worker for 19 years’)
            md = mention_after(toks, d, text) if toks[d].word in ("a", "an", "the") or _one_described_at(toks, d, k) or (
                d == k and toks[d].capitalized and plural_word(word)) else None  # ("Analysts at Brookline Partners")
            scene = md is not None and md.kind == "description" and md.end < m_start and _verb_at(text, md.end)
            # (the subject of a scene's verb, never the clause with its object: ‘The father turns to his son.’
            # introduces "the father", never "the father turns to his son")
            end = md.end if md is not None and md.kind == "description" and (md.end >= m_end or scene) else m_end
            start = toks[d].start
            if end == m_end and toks[d].word in ("a", "an", "one", "another") \
                    and (acting := RE_ADVISER_PHRASE_AFTER.match(text, end)) is not None:
                end = acting.end()  # whom an unnamed adviser acts for, their description's rest: ‘A lawyer advising
                # one of the parties, who …, said …. “…,” the lawyer said’ is the lawyer so described (w65g)
            if end == m_end and RE_BODY_SET_OFF.match(text, end) is not None:
                continue  # a body described, no one a "he" or "she" stands for: ‘The owner, a Delaware holding company,’
            if RE_NAMED_AS_PREDICATE.match(text, end) is not None:
                continue  # the one named after it: ‘The chief executive in question was Oluwaseun Bakare-Lund’
            if end == m_end and _people_word_modifies(text, m_start, m_end):
                continue  # an adjective, no one a "he" or "she" stands for: ‘The official news agency quoted him
                # as saying …’ is an outlet
            if word in INTRODUCED_PEOPLE and (body := RE_OF_BODY_AFTER.match(text, end)) is not None:
                end = body.end()  # (with the body they belong to, as their cue gives them: ‘One engineer at Orchard’)
            desc = text[start:end]
            first = desc.split()[0]
            if first.lower() in ("a", "an") and text[m_end - 1] not in "sS" and text.endswith(", ", 0, start) \
                    and (lead := _described_before_set_off(text, m_start)) is not None and lead.end() == start:
                # set off after the subject's own description, the same one: ‘However, a member of the inspection
                # team, an engineer who spoke on condition of anonymity, said …. “…,” the engineer said’ is "a
                # member of the inspection team", whom "the engineer" after stands for
                described = lead.group(1)
                person = Person(described[0].lower() + described[1:], kind="description", roles=[desc])
                introduced.setdefault((description_head(desc) or "", False), person)
                out.append((lead.start(), person))
                continue
            if word in INTRODUCED_PEOPLE and word not in ANONYMOUS_PEOPLE and word not in SOURCE_NOUNS and (
                    first.lower() not in ("a", "an", "one", "another")
                    or not (_opens_clause_at(text, start) or _set_off_after_another(text, start))):
                continue  # (the subject of its sentence, never ‘when an Iowa voter asked if she …’, ‘She's a
                # Sanders supporter’, ‘Joyce — who is listed as an attorney in Illinois —’; but an unnamed source
                # is one wherever it stands, as "a source" is: ‘…, according to an insider. “…,” the source said’;
                # and one set off after an opening "Another" opens its clause: ‘Another, a doctoral candidate, said’)
            if first in ("A", "An", "The", "One", "Another") or first.lower() in DESCRIPTION_NOUNS:
                desc = (first if first[1:2].isupper() else first.lower()) + desc[len(first):]  # "Officials" → "officials", never "MPs"
            if word == "executive" and desc[:4].lower() == "the ":
                continue  # (a firm's executive named before, not one introduced: ‘Mark Dunn was appointed chief
                # executive in May. The chief executive, who took over from Sally Reyes, said …’)
            if word in COLLECTIVE_NOUNS and description_head(desc) != word:
                continue  # ("attorneys for the family": the attorneys, remembered by their own word)
            named = d - 2 if d > 1 and toks[d - 1].text == "," else -1
            if named >= 2 and toks[named].text.isdigit() and toks[named - 1].text == ",":
                named -= 2  # (after an age: ‘Tasha Reed, 31, a pediatric nurse, said’)
            if named >= 0 and toks[named].capitalized and toks[named].word in self.by_surname \
                    and not self.by_surname[toks[named].word].placelike \
                    and GENDERED_NOUNS.get(word) in (None, self.by_surname[toks[named].word].gender):  # (never another
                # sex's: ‘so she would not have to see Lamontagne, the woman told …’ ends an opening phrase)
                continue  # (an appositive, the named person's: "When Robby Mook, Clinton’s campaign manager was")
            head = description_head(desc) or ""
            plural = text[m_end - 1] in "sS" and not desc.lower().startswith("one of ")  # ("one of the victims")
            if desc.startswith(("the ", "The ")) and len(desc.split()) == 2 and (head, plural) in introduced \
                    and not (alias_is_theirs(desc) and RE_ALIAS.match(text, _past_programme(text, end))):
                out.append((start, introduced[head, plural]))  # "The official said …": the one introduced
                continue  # (but the name given right after is theirs: ‘The guest, posting under the name
                # “SunnyDays82”, wrote …’, below, w69a)
            if desc.startswith(("the ", "The ")) and len(desc.split()) == 2 and word in ANONYMOUS_PEOPLE \
                    and _predicate_of_named(word).search(text, max(0, start - 1500), start) is not None:
                continue  # the named one it describes: ‘John Hale, 45, is a retired teacher. The teacher said …’
            alias = RE_ALIAS.match(text, _past_programme(text, end)) if alias_is_theirs(desc) else None
            if alias is None and text.startswith((" who ", ", who "), end) and alias_is_theirs(desc):
                alias = alias_after_clause(text, end + (text[end] == ","))  # (‘A student who fled to Mae Sot, and who asked to be
                # identified only as Aung, said …’)
            if alias is None and text.startswith((", a ", ", an "), end) and alias_is_theirs(desc):
                alias = alias_past_set_off(text, end)  # (‘One protester, a student who gave her name only as Katya,’)
            if alias is not None:  # ‘A student, who gave only her first name, Niloufar, said …’: her name
                sex = alias_gender(alias) or GENDERED_NOUNS.get(head)
                if sex is None and (later := RE_SEX_LATER_IN_SENTENCE.match(text, alias.end())) is not None:
                    sex = SEX_OF_PRONOUN[later.group(1)]  # (‘…, identified only as “J.T.,” told CBC he hoped’)
                out.append((start, Person(alias.group(2), gender=sex)))
                continue
            given = RE_GIVEN_SET_OFF.match(text, end) if not plural and (first.lower() in ("a", "an", "another", "one") or (
                first.lower() == "the" and desc.split()[1:2] and desc.split()[1].lower() in TURN_WORDS)) else None
            # (one of a line too: ‘The first caller, Siobhan in Tralee, said …’)
            if given is not None and (gender_of(given.group(1)) is not None or given.group(2)) \
                    and given.group(1).lower() not in self.by_surname and given.group(1).lower() not in ONE_WORD_PLACES:
                # the one name given, set off (‘Another woman, Freshta, 41, a former teacher, said …’): hers
                out.append((start, Person(given.group(1), gender=gender_of(given.group(1)) or GENDERED_NOUNS.get(head))))
                continue
            its_role = RE_ITS_ROLE_SET_OFF.match(text, end) if not plural and (desc[:4].lower() == "its " or (
                len(desc.split()) > 2 and desc.split()[-2].endswith(("'s", "’s")) and text.startswith(", ", end))) else None
            # (or an owner's by name: ‘The Millbrook Sentinel's owner, Gareth Pryce,’ is Pryce, never a second person)
            if its_role is not None or (not plural and desc[:4].lower() in ("his ", "her ") and text.startswith((" ", ", "), end)):
                at_ = its_role.end() if its_role is not None else end + (1 if text[end] == " " else 2)
                # (a body's officer set off with the name: ‘its executive director, Gideon Farquharson,’)
                run = RE_NAME_RUN.match(text, at_) or RE_CAPWORD.match(text, at_)
                named = self.by_surname.get(run.group().split()[-1].lower()) if run is not None else None
                if named is not None and named.kind == "name" and not named.placelike:
                    out.append((start, named))  # the one named right after: ‘His friend Kyle, also 16,
                    continue  # said …’ is Kyle, whom a "he" after stands for
            person = Person(desc, kind="description", plural=plural,
                            gender=GENDERED_NOUNS.get(head) or (None if plural else self.sex_told_after(end)))
            # (the sex the rest of its sentence tells: ‘One engineer, who … because he was not
            # authorized …, said’ is a man, never the "she" of the next paragraph)
            if desc.startswith(("a ", "an ", "A ", "An ")):
                introduced.setdefault((head, plural), person)
            out.append((start, person))
        for one in RE_ONE_OF_PEOPLE_SOURCE.finditer(text):  # (people_words reads no "people": far too common)
            toks = tokenize(text, one.start(), min(len(text), one.end() + KNOWING_DESCRIPTION_AFTER_CHARS))
            md = mention_after(toks, 0, text) if toks else None
            if md is not None and md.kind == "description" and md.start == one.start() and md.end > one.end():
                # one of the unnamed sources, described whole, whom "the person" after stands for (w71d):
                # ‘one of the people familiar with the talks said …. “…,” the person said’
                out.append((md.start, Person(md.text[0].lower() + md.text[1:], kind="description")))
        out.sort(key=_position)
        if self.quoted:  # words inside a quotation are no one's mention: ‘“She was a very funny woman,” …’
            # (nor a person named there: ‘“… Hillary Clinton represents a continuation …,” she said’)
            starts = [s_ for s_, _ in self.quoted]
            ends = [e_ for _, e_ in self.quoted]
            out = [(i, p) for i, p in out if (k := bisect.bisect_right(starts, i) - 1) < 0 or i >= ends[k]]
        return out

    def _appositive_after(self, toks, j) -> str | None:
        n = len(toks)
        if j + 4 < n and toks[j + 1].text == "," and toks[j + 2].text.isdigit() and toks[j + 3].text == ",":
            j += 2  # an age first: "Mark Evans, 54, a farmer from Devon"
        if j + 3 < n and toks[j + 1].text == "," and toks[j + 2].word in COURT_SIDE_PARTICIPLES \
                and toks[j + 2].text.islower() and toks[j + 3].text in ",;.":
            return COURT_SIDE_PARTICIPLES[toks[j + 2].word]  # counsel's side: ‘Ann Lee KC, prosecuting,’ is the
            # prosecutor ("the prosecutor said" later is hers) (w60a)
        if j + 2 < n and toks[j + 1].text == ",":
            r = j + 2
            r += _role_clause_words(toks, r)  # (the role a "who is a" clause gives: ‘Kiri Faleolo, who is a
            # crane operator at the port,’)
            first = r
            if toks[r].word in RELATIVES or toks[r].word in ("said", "says", "told", "added") \
                    or toks[r].word in AUXILIARIES or toks[r].word in CLAUSE_WORDS or not toks[r].text[:1].isalnum() \
                    or (toks[r].word.endswith("ing") and not toks[r].capitalized and toks[r].word not in TITLE_PARTICIPLES) \
                    or (toks[r].word in IRREGULAR_PAST and not toks[r].capitalized) \
                    or (toks[r].word.endswith("ed") and not toks[r].capitalized and r + 1 < n
                        and toks[r + 1].word not in ROLE_NOUNS and toks[r + 1].word not in DESCRIPTION_NOUNS):
                return None  # "Rhonda Hughes, 54, is a supporter", "X, speaking to reporters", "X, voiced support",
                # "X, 38, stood before the judge": a clause
            while r < n and toks[r].text not in ",.;:—()“”\"" and toks[r].word != "and" and r - j < 14 \
                    and toks[r].word not in CLAUSE_WORDS:
                if toks[r].word in SPEECH_VERBS:
                    return None
                r += 1
            phrase = toks[first: r]
            if names_a_role(phrase):
                return role_text(phrase, self.text)
        return None

    def _title_shared(self, recent, p: Person, head: str, before: int | None = None) -> bool:
        """Another person of the article, or of the recent mentions, holds the office ``head``
        names too (an abbreviated title is resolved only when it is the article's one so far):
        with ``before``, the mention's start, never one the article first names after it (‘Sen. Ana
        Cruz grilled officials. … “…?” the senator shot back. … Sen. Ben Ortiz, who chairs the panel,
        said’ is Cruz's: no reader can take "the senator" for one not yet named, w107b)."""
        people = itertools.chain((q for _, q in recent), itertools.islice(reversed(self.by_surname.values()), self.window))
        fits = GENDERED_NOUNS.get(head)
        return any(q is not p and q.kind == "name" and (fits is None or q.gender in (None, fits))
                   and (before is None or any(s < before for s, _ in q.spots))
                   and any(head in _role_words(r) for r in self.roles_of(q)) for q in people)

    def _holder_speaking_on(self, mention: Mention, head: str) -> Person | None:
        """Of the people who hold the office "the <office>" names, the one who spoke last, in this
        paragraph or the one before, when no other holder is named since (‘Sen. Ana Cruz asked …. “…,”
        she said. She later moved to subpoena …. “…,” the senator said’ beside Sen. Ben Ortiz); None
        when anyone else spoke since."""
        pos, q = next(((pos, q) for pos, q in reversed(self.speakers) if pos < mention.start), (-1, None))
        if q is None or q.kind != "name" or q.plural or not any(head in _role_words(r) for r in self.roles_of(q)) \
                or len(RE_PARAGRAPH_BREAK.findall(self.text, pos, mention.start)) > 1:
            return None
        if any(o is not q and self.last_spot(o, mention.start) > pos
               and any(head in _role_words(r) for r in self.roles_of(o)) for o in self._named_in_full()):
            return None  # (never past another holder named since: ‘“…,” Cruz said. Sen. Ben Ortiz disagreed.’)
        between = self.text[pos:mention.start]
        if any(o is not q and " " in o.name and regex.search(r"\b" + regex.escape(o.name.split()[-1]) + r"\b", between)
               and any(head in _role_words(r) for r in self.roles_of(o)) for o in self._named_in_full()):
            return None  # (nor past another holder's surname alone: ‘“…,” Collins said. Murkowski said she …’)
        if RE_PARAGRAPH_BREAK.search(between) is not None and not self._told_of_since(q, pos, mention.start):
            return None  # (a quotation opening a paragraph after the holder's may be the other's reply:
            # ‘“…,” Scott said. / “That is simply wrong,” the senator said.’)
        return q

    def _placed_other(self, p: Person, places: list[str], at: int, head: str = "") -> Person | None:
        """The one person other than ``p``, named before ``at``, whom the text ties to the description's
        place where ``p``'s role does not show one: the place in a clause set off right after their name
        (‘Castellano, in his 11th season at Eastwood,’) or owning it (‘Eastwood’s Castellano’). None when
        ``p`` is tied to it too, or more than one other is."""
        def tied(q: Person) -> bool:
            word = q.name.split()[-1]
            s_ = text.find(word, 0, at)
            while s_ >= 0:
                e_ = s_ + len(word)
                if text[e_:e_ + 1].isalpha() or (s_ and text[s_ - 1].isalpha()):
                    s_ = text.find(word, e_, at)
                    continue
                if text.startswith(", ", e_):
                    stop = min((k for k in (text.find(",", e_ + 2, min(e_ + 90, at)), text.find(".", e_ + 2, min(e_ + 90, at)))
                                if k >= 0), default=-1)  # (never past the description itself: ‘Asked about Reed, the
                    # Eastwood coach said’ ties no one)
                    if stop >= 0 and any(w.strip("’'").lower() in places for w in text[e_ + 2:stop].split()
                                         if w[:1].isupper()):
                        return True
                if any(text.endswith((f"{w}’s ", f"{w}'s "), 0, s_) for w in owners):
                    return True
                s_ = text.find(word, e_, at)
            return False
        text = self.text
        owners = [w.capitalize() for w in places]
        if tied(p):
            return None
        found: list[Person] = []
        for _, q in self.recent:
            if q is not p and q.kind == "name" and q.name.split()[-1] != p.name.split()[-1] and q.gender in (None, p.gender) \
                    and all(q.name != f.name for f in found) and tied(q):
                found.append(q)
        return found[0] if len(found) == 1 else None

    def _party_of_other(self, p: Person, words: list[str], at: int) -> bool:
        """Description words that are a party's alone (:func:`_party_only`), which the article gives
        someone other than ``p`` named before ``at``: in a role (‘Conservative councillor Mark Evans’) or
        set off after a mention (‘Mark Evans, a Conservative,’)."""
        if not words or not _party_only(words):
            return False
        for q in self.by_surname.values():
            if q is p or q.kind != "name" or not q.spots or q.spots[0][0] > at:
                continue
            if any(w in r.lower().split() for r in self.roles_of(q) for w in words):
                return True
            for s_, e_ in q.spots:
                after = self.text[e_:e_ + 40].lower()
                if s_ < at and any(after.startswith((f", a {w}", f", an {w}", f", the {w}")) for w in words):
                    return True
        return False

    def _told_of_since(self, q: Person, pos: int, at: int) -> bool:
        """The narrative after the sentence of the cue at ``pos`` and before ``at`` speaks of ``q`` again, by
        surname or a pronoun of q's sex (‘“…,” Bautista said. She then moved to subpoena …’)."""
        text = self.text
        stop = regex.compile(r"[.!?][”\"]?\s").search(text, pos, at)
        if stop is None:
            return False
        rest = text[stop.end():at]
        rest = RE_DOUBLE_QUOTED.sub(" ", rest)
        words = PRONOUNS_OF_SEX.get(q.gender or "", ("he", "she"))
        surname = q.name.split()[-1]
        return regex.search(r"\b(?:" + regex.escape(surname) + r"|(?i:" + "|".join(words) + r"))\b", rest) is not None

    def _opens_sentence_at(self, toks, i: int) -> bool:
        """The office word at ``toks[i]``, with "The" or a capitalised word or two before it, opens
        its sentence."""
        j = i
        while j - 1 >= 0 and i - j < 3 and (toks[j - 1].capitalized and toks[j - 1].text[:1].isalpha()):
            j -= 1
        return j == 0 or toks[j - 1].text in ".!?:“”\"" or "\n" in self.text[toks[j - 1].end:toks[j].start]

    def _role_before(self, toks, k, set_off: bool = False) -> str | None:
        """A title before a name: ‘…, Germany’s defense minister, Boris Pistorius’, ‘finance
        minister Rachel Reeves’ (never the clause before it: ‘Trump threw famous reporter X’);
        ``set_off``: a comma closes the name too."""
        if k - 1 >= 0 and (toks[k - 1].text in ",(" or not toks[k - 1].capitalized):
            e = k - 2 if toks[k - 1].text in ",(" else k - 1
            end = e
            if e >= 2 and toks[e].word not in ROLE_NOUNS and toks[k - 1].text in ",(" and (
                    gender_of(toks[k].text) or toks[k].word.rstrip(".") in HONORIFICS
                    or (set_off and len(toks) - k >= 2)):
                # "The Minister of Finance, X", "the Commissioner for Environment, X": the office
                # and its domain, written in capitals, before a person's name (never "the mayor of
                # Springfield, New York"), or a full name set off in commas whatever its first word:
                # ‘The Principal of Aleipata College, Leilua Anitele Paepae, said’
                o = next((o for o in range(e - 1, max(0, e - 7), -1) if toks[o].word in ("of", "for")), None)
                if o is not None and o >= 1 and toks[o - 1].word in ROLE_NOUNS and toks[o + 1:e + 1][-1:] \
                        and all(x.capitalized or (x.text in ("the", "and", "&") and x is not toks[e] and x is not toks[o + 1])
                                or _remit_list_comma(toks, o + 1, e, i) for i, x in enumerate(toks[o + 1:e + 1], o + 1)) \
                        and (e - o <= 3 or any(x.text in ("and", "&") for x in toks[o + 1:e + 1])) and (self._opens_sentence_at(toks, o - 1) or (
                            set_off and toks[k].text == "the" and o >= 2 and toks[o - 2].word == "the")
                            or (set_off and o >= 3 and toks[o - 2].text == "the" and toks[o - 3].text == ",")
                            or (o >= 3 and toks[o - 1].capitalized and is_possessive(toks[o - 2]) and toks[o - 2].text.islower()
                                and toks[o - 3].text == "The" and self._opens_sentence_at(toks, o - 3))):
                    e = o - 1  # (a remit of two joined by "and" too: ‘Minister of Water and Sanitation, X’, w66g; of
                    # three or more in a list: ‘Minister of Youth, Sport and Culture, X’, w67b)
                    # (only an office that opens its sentence: never "After meeting the
                    # Minister of Finance, Ann Cole said"; but a style's "the" sets the name off after
                    # it: ‘Moving the motion, the Bishop of Wexcombe, the Rt Revd Alison Threlfall, said’)
                    # (or an office after a clause's comma, the name set off in commas too: ‘… will begin in
                    # October, the Minister for Education, Ann Doyle, has said’, w128d)
                    # (or after the possessive of a plain noun that opens the sentence with "The": ‘The state's
                    # Commissioner for Works and Housing, Ade Bello, said’, w144w)
                elif o is not None and o >= 2 and toks[o - 1].word in ROLE_NOUNS and toks[o - 1].text.islower() \
                        and toks[o - 2].text == "The" and self._opens_sentence_at(toks, o - 2) \
                        and all(x.word in ARTICLES or (x.text.rstrip("'’").isalpha() and x.word not in FUNCTION_WORDS)
                                for x in toks[o + 1:e + 1]):  # (‘The secretary of the residents' association, Carol Beale,’)
                    e = o - 1  # (or in lower case, the office opening its sentence: ‘The chairman of the
                    # union, Mr Yusuf Ali, said’)
                elif (office := self._office_opening_sentence(toks, e)) is not None:
                    e = office  # (or an office of several words, its remit in lower case: ‘The Minister of
                    # State with responsibility for housing, Ann Doyle, said’)
            if e < 0 or toks[e].word not in ROLE_NOUNS:
                return self._described_set_off(toks, k) if set_off and toks[k - 1].text == "," else None
            s = e
            while s - 1 >= 0 and e - s < 5:
                w = toks[s - 1]
                if w.word == "of" and s - 2 >= 0 and toks[s - 2].capitalized and toks[s].capitalized \
                        and toks[s - 2].text[:1].isalpha() and e - s < 4:
                    s -= 1  # a body's name with "of" inside the title: "City of Tshwane spokesperson"
                    continue
                if w.text == "&" and s - 2 >= 0 and toks[s - 2].capitalized and toks[s - 2].text[:1].isalpha() \
                        and toks[s].capitalized and e - s < 4:
                    s -= 1  # a firm's name joined by "&", whole: ‘Hawthorn & Vine’s publisher, Colm Neary,’ (w100d guard)
                    continue
                if not w.text[:1].isalpha() or "\n" in self.text[w.end:toks[s].start] or w.word in POSSESSIVES \
                        or (w.word in FUNCTION_WORDS and not (w.capitalized and w.word not in ARTICLES)) \
                        or (not w.capitalized and (w.word.endswith("ed") or w.word in PAST_FORMS)) \
                        or w.word in SPEECH_VERBS or w.word in AUXILIARIES or w.word in BE_WORDS \
                        or w.word in ROLE_OPENERS:  # ("But UNH pollster Andy Smith")
                    break
                s -= 1
            if s > 0 and toks[s - 1].word in AUXILIARIES and s < e:
                s += 1  # ‘… will face challenger X’: the word after an auxiliary is its verb
            if s > 0 and toks[s - 1].word in BE_WORDS:
                return None  # ‘… qualifications to be president, Mrs. Clinton added’: no title of hers
            if toks[k - 1].text == "," and s > 1 and toks[s - 1].word in ARTICLES and toks[s - 2].word in ROLE_PREPOSITIONS:
                o = next((o for o in range(s - 2, max(-1, s - 12), -1) if toks[o].text in ",.;:!?"
                          or (toks[o].capitalized and toks[o].word in OPENING_PREPOSITIONS)), None)
                if o is not None and toks[o].text[:1].isalpha() and (o == 0 or toks[o - 1].text in ".!?:“”\""):
                    return None  # ‘In a takedown of the businessman, Sen. X said’: an opening phrase's
                    # object, never the subject's role (but ‘support for the nominee, Donald Trump’)
            return self.text[toks[s].start: toks[end].end]
        return None

    def _office_opening_sentence(self, toks, e: int) -> int | None:
        """The office noun right after the "The" that opens the sentence, a few words before ``toks[e]``
        (the last word before the comma that sets a name off), with nothing but words between, one of
        them "of" or "for": ‘The Minister of State with responsibility for energy, X,’ (the index of
        "Minister"); None for a clause (‘The report that the minister ordered, X,’)."""
        for t in range(e - 2, max(-1, e - OFFICE_OPENING_WORDS), -1):
            if toks[t].text == "The":
                o = t + 1
                if toks[o].word not in ROLE_NOUNS or not self._opens_sentence_at(toks, t) \
                        or not any(x.word in ("of", "for") for x in toks[o + 1:e]):
                    return None
                if all(x.text.isalpha() and x.word not in AUXILIARIES and x.word not in BE_FORMS_ALL
                       and x.word not in RELATIVES and not past_shaped(x.word)
                       and not (x.text.islower() and x.word in SPEECH_VERBS and toks[i - 1].word not in ARTICLES)
                       for i, x in enumerate(toks[o + 1:e + 1], o + 1)):
                    return o  # (a speech verb's word after an article is a noun: ‘for water in the state’)
                return None
            if not toks[t].text.isalpha():
                return None
        return None

    def _described_set_off(self, toks, k) -> str | None:
        """One of many described, then the name set off, as the subject opening a sentence: ‘The
        salesman, Arjun Rao, 34, said’, ‘A shopkeeper in the old market, Fatima Bello, said’: the
        description (its head a noun of one person, a place or a body after it) is the role, so that
        "the salesman" finds them later. Never a clause's object (‘After meeting the workers, Ann
        Cole said’) nor more than one (‘Two shopkeepers, …’)."""
        j = k - 2
        while j > 0 and k - j < 10 and toks[j - 1].text[:1].isalpha() and "\n" not in self.text[toks[j - 1].end:toks[j].start]:
            j -= 1
        if toks[j].text not in ("A", "An", "The", "One"):
            seat = next((s for s in range(k - 3, max(0, k - 3 - SEAT_PHRASE_WORDS), -1) if toks[s].word in SEAT_PARTICIPLES), None)
            if seat is not None and seat >= 2 and toks[seat - 2].text in ("A", "The") and all(
                    x.text[:1].isalpha() and "\n" not in self.text[x.end:x.end + 1] for x in toks[seat - 2:k - 1]):
                j = seat - 2  # (a seat's long phrase after the office: ‘The lawmaker representing Ikeja
                # constituency in the Lagos State House of Assembly, Hon. Ade Ojo, said’)
        if toks[j].text not in ("A", "An", "The", "One") or not (
                (j == 0 and self.text[:toks[0].start].rstrip(" ")[-1:] in ("", ".", "!", "?", "\n", ":", "“", "\""))
                or toks[j - 1].text in ".!?:“”\"" or "\n" in self.text[toks[j - 1].end:toks[j].start]):
            return None
        h = next((h for h in range(j + 1, k - 1) if toks[h].word in GROUP_BREAKS or toks[h].word in DESCRIPTION_NOUNS), None)
        if h is None or toks[h].word in GROUP_BREAKS or toks[h].word in THING_NOUNS or toks[h].text[0].isupper() \
                or described_plural(toks[h].text, toks[h].word):
            return None
        if h < k - 2 and not ((toks[h + 1].word in ("in", "from", "at", "on") and k - 2 - h <= 5
                               or toks[h + 1].word in SEAT_PARTICIPLES and k - 2 - h <= SEAT_PHRASE_WORDS) and all(
                t.word not in ("who", "that") and (t.word not in SPEECH_VERBS or (
                    toks[h + 1].word in SEAT_PARTICIPLES and t.capitalized))  # (a seat's name: ‘State House’)
                and t.word not in AUXILIARIES and t.word not in BE_WORDS for t in toks[h + 2:k - 1])):
            return None  # (a place or a post after the head only: never ‘The salesman who sold it, X,’)
        return self.text[toks[j + 1].start:toks[k - 2].end]

    def _titled_namesake(self, at: int, p: Person, surname: str) -> Person | None:
        """The one namesake of the sex an honorific right before the surname at ``at`` tells, where ``p``,
        whom the cast keeps the surname for, is of the other sex (‘Moira and Alasdair Grant …. Mrs Grant
        said’: Moira Grant, never her husband); None where no honorific, the same sex, or two namesakes fit."""
        if p.gender is None or (m := RE_HONORIFIC_BEFORE.search(self.text, max(0, at - 7), at)) is None:
            return None
        sex = GENDERED_HONORIFICS.get(m.group(1).lower())
        if sex is None or sex == p.gender:
            return None
        fits = [q for q in self.namesakes.get(surname, ()) if q.gender == sex]
        return fits[0] if len(fits) == 1 else None

    # resolution ---------------------------------------------------------------------------

    def note(self, pos: int, person: Person, pronoun: str = "") -> None:
        """Remember a speaker found at ``pos`` (the most salient antecedent there is); one described
        that a "he" or "she" stood for is that sex, wherever the article's speakers hold them (‘One
        crofter said …. “…,” he said. “…,” she added.’: the "she" is someone else)."""
        person.spoke = True
        sex = PRONOUNS.get(pronoun.lower(), (None,))[0] if pronoun else None
        if sex is not None and person.kind == "description" and not person.plural and person.gender is None:
            name = person.name.lower()
            for _, q in self.speakers:
                if q.kind == "description" and q.gender is None and q.name.lower() == name:
                    q.gender = sex
            person.gender = sex
        self.speakers.append((pos, person))
        self._spoke_at.add(pos)

    def stands_for(self, pos: int, person: Person) -> None:
        """The description at ``pos``, a speaker's epithet at its cue, is ``person``: a pronoun after it
        stands for them, never for the words (‘Samuel Okafor was furious. “…,” the British driver
        radioed. / Minutes later, he added: “…”’ is Okafor's, not "the British driver"'s)."""
        self._stands_for[pos] = person

    def _group_standing_since(self, start: int, end: int, group: Person) -> Person | None:
        """The last people in the plural, other than ``group``, whose sentence between ``start`` and
        ``end`` opens with them taking a stand (‘Police disagreed.’), as a plural description."""
        last = None
        for m in RE_GROUP_STANDS_OPENING.finditer(self.text, start, end):
            word = m.group(1).lower()
            para = self.text.rfind("\n", 0, m.start()) + 1
            inside = self.text.count("“", para, m.start()) > self.text.count("”", para, m.start()) \
                or self.text.count('"', para, m.start()) % 2 == 1
            if (word in PLURAL_PEOPLE_WORDS or (plural_word(word) and word[:-1] in PEOPLE_WORDS)) \
                    and word != description_head(group.name) and not group.name.lower().endswith(word) and not inside:
                last = m  # (a stand of their own, outside the first group's own words)
        if last is None:
            return None
        written = last.group()[:last.end(1) - last.start()]
        return Person(written[0].lower() + written[1:], kind="description", plural=True)

    def _played_at(self, pos: int) -> bool:
        """The one who spoke at ``pos`` was heard in a recording the sentence says was played (‘The
        show played a clip of the minister, X, telling MPs the plan was “…”’): the words are theirs,
        but what follows is the programme's exchange, never their turn (:data:`RE_PLAYED_BEFORE`)."""
        return RE_PLAYED_BEFORE.search(self.text, max(0, pos - 160), pos) is not None
