"""The clauses a name is the subject of (:class:`CastSubjectClauses`, a part of
:class:`quotesearch.cast_openings.CastOpenings`): after an opening phrase or participle, words that
qualify it or a described opening; in a joined clause, a clause of time or cause, a "when" clause of an
event, a contact clause, a ", where" clause; a stage name's real name, a relative clause that tells
the sex, a pronoun's own name; with the patterns and word lists only they read.
"""

from __future__ import annotations

import regex

from quotesearch.lexicon import LazyPattern, ROLE_CHANGE_WORDS
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, RE_STANCE_PREDICATE, ROLE_NOUNS, STANCE_PREDICATE_OPENINGS
from quotesearch.speech_words import (
    AUXILIARIES, OPENING_IRREGULAR_PARTICIPLES, PRONOUNS, SPEECH_VERBS, SUBORDINATE_OPENERS,
)
from quotesearch.mention_words import IRREGULAR_PAST, past_shaped
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.people import OPENING_PREPOSITIONS, Person, RE_WORD_AFTER, _past_last_stop, _verb_at
from quotesearch.full_names import _name_start
from quotesearch.kinship import PRONOUN_SEX, _speaking_manner_at
from quotesearch.firms import QUALIFIER_LEADS
from quotesearch.offices import RE_SET_OFF_ROLE_AFTER, _end_past_set_off_role
from quotesearch.office_titles import _title_noun
from quotesearch.sources import _plural_people_noun
from quotesearch.descriptions import RIVAL_NOUNS, SUBJECT_REACH
from quotesearch.cast_nearby_subjects import RE_CLAUSE_SENTENCE_STOP


#: A sentence's short opening phrase and its comma, a lower-case title at most after it, right before a
#: name (‘Back at Red River, instructor ’): group 1, the phrase's first word; group 2, its comma.
RE_OPENING_BEFORE_NAME = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(\p{Lu}\p{Ll}*)((?: [\p{L}\d’'\-.]+){0,9})(, )(?:\p{Ll}+ ){0,2}$")

#: A sentence's short opening phrase with no comma, a preposition and one or two words in lower case
#: or figures, right before a name (‘At university ’, ‘In 2019 ’, ‘After school ’): group 1, the
#: preposition; group 3, the space before the name. The words' lower case marks where the name begins, as the comma would (w94b).
#:
#: >>> [bool(RE_BARE_OPENING_BEFORE_NAME.search(t)) for t in ("Kay met Ruth. At university ", "In 2019 ",
#: ...  "At Acme ", "She worked at university ")]
#: [True, True, False, False]
RE_BARE_OPENING_BEFORE_NAME = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(\p{Lu}\p{Ll}*)((?: [\p{Ll}\d]+){1,2})( )$")

#: A sentence's opening clause on a participle and its comma, then at most four words that qualify the
#: one named after them (an article, adjectives, a lower-case trade, capitals: ‘Accepting the prize, a
#: visibly emotional ’, ‘Told of the remark as he left, ’, ‘Kent seamer ’), a clause of time after the
#: opening at most (‘Back at the hall, as the crowd filed out, ’): the name after is the subject.
#:
#: >>> bool(RE_PARTICIPLE_OPENING_BEFORE_NAME.search("Collecting the award, a tearful "))
#: True
#: >>> RE_PARTICIPLE_OPENING_BEFORE_NAME.search("The lawyer for ").groups()
#: (None, 'The lawyer for ')
#:
#: (no opening clause, and qualifying words that its user turns away for their "for")
RE_PARTICIPLE_OPENING_BEFORE_NAME = LazyPattern(
    r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:(\p{Lu}\p{Ll}+) \p{Ll}[^,.!?:;“”\"\n]{0,120}, (?:(?:as|while|when|where) [^,.!?:;“”\"\n]{1,80}, )?)?"
    r"((?:(?:an?|the|An?|The) )?(?:[\p{L}\-’']+ ){0,5})$")

#: How far before a name the sentence that it is the subject of may open.
MODIFIED_SUBJECT_REACH = 160

#: An adverb of time or frequency between a subject and its verb (‘X still remembers’, ‘X now coaches’).
#:
#: >>> RE_ADVERB_BEFORE_VERB.match(" still remembers").end(), RE_ADVERB_BEFORE_VERB.match(" stillness")
#: (6, None)
RE_ADVERB_BEFORE_VERB = LazyPattern(r" (?:still|also|now|never|often|already|always|usually|later|then)(?= \p{Ll})")


#: A quotation opening on a third person's pronoun of each sex (‘“She ran through the pain,” she said’):
#: its speaker speaks of another of that sex, likely the subject just before.
#:
#: >>> bool(RE_OPENS_ON_THIRD_PERSON["f"].match("She ran")), bool(RE_OPENS_ON_THIRD_PERSON["f"].match("Shelter"))
#: (True, False)
RE_OPENS_ON_THIRD_PERSON = {"m": LazyPattern(r"\s*(?:he|him|his)\b", regex.I),
                            "f": LazyPattern(r"\s*(?:she|her)\b", regex.I)}

#: An opening phrase of place and a "where" clause that tells what went on there, before a name
#: (‘In Senglea, where a small crowd had gathered on the waterfront, ’), its groups as
#: :data:`RE_OPENING_BEFORE_NAME`'s (the clause's words past the third).
RE_OPENING_WHERE_BEFORE_NAME = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(\p{Lu}\p{Ll}*)((?: [\p{L}\d’'\-.]+){0,5})"
                                           r", where(?: [\p{L}\d’'\-.]+){2,20}(, )(?:\p{Ll}+ ){0,2}$")

#: A stage name opening its sentence and the words that set off the real name after it (‘Blaqstorm,
#: whose real name is ’, ‘Lil Sage, born ’, ‘Stormzy, real name ’), or a character and the words that
#: set off the one who plays them (‘Colin’s on-screen wife Jean, played by actress ’): the one named
#: after them is the one who acts and speaks.
RE_REAL_NAME_BEFORE = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))\p{Lu}[^,.!?\n“”\"]{0,60}"
                                  r", (?:whose (?:real|legal|birth) name is|(?:real|legal|birth) name|born|née|nee"
                                  r"|(?:who is )?(?:played|portrayed|voiced) by(?: (?:the )?(?:actor|actress|comedian|singer))?) $")
#: The words :data:`RE_REAL_NAME_BEFORE` can end with, before the name's space: a cheap exact
#: prefilter that spares most names the pattern's search.
REAL_NAME_LAST_WORDS = (" is ", " name ", " born ", " née ", " nee ", " by ", " actor ", " actress ", " comedian ", " singer ")

#: How many words past its first an opening phrase may run before the name (‘On Monday, ’), and
#: how many when it is a clause of its own, opened by a conjunction of time or cause (‘As the sun
#: comes up over False Bay, Mokoena leads the group into the water.’).
OPENING_PHRASE_WORDS = 6
OPENING_CLAUSE_WORDS = 9

#: The words that open a fronted object clause of a question word, before a sentence's subject and its verb
#: (‘What that meant, Dolan could not say.’, ‘Whether it will last, Ames struggles to put into words.’): a
#: clause of its own, read as a subordinate opener is (up to :data:`OPENING_CLAUSE_WORDS` words), w104d.
#:
#: >>> "what" in FRONTED_CLAUSE_OPENERS, "when" in FRONTED_CLAUSE_OPENERS
#: (True, False)
FRONTED_CLAUSE_OPENERS = frozenset("what whatever whether".split())


#: A sentence opened by someone's own described relation, its comma, then a title of a few words
#: at most, right before a name set off as the one described (‘His Democratic opponent, state
#: Treasurer ’, ‘Her Conservative rival, councillor ’, ‘The mayor's chief of staff, ’): group 1, the
#: description's last word, its head. A person's own possessive opens it too (‘Denton’s barrister, ’, w77b).
#:
#: >>> [RE_DESCRIBED_OPENING_BEFORE_NAME.search(t).group(1) for t in ("His Democratic opponent, state ", "Denton’s barrister, ")]
#: ['opponent', 'barrister']
RE_DESCRIBED_OPENING_BEFORE_NAME = LazyPattern(
    r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:His|Her|Their|Its|The \p{L}+[’']s|\p{Lu}\p{Ll}+[’']s)(?: [\p{L}\-]+){0,3} (\p{Ll}+), "
    r"(?:[\p{L}\-]+ ){0,3}$")

#: Lower-case words of a level of government that open a title (‘state Treasurer’, ‘county Commissioner’).
TITLE_PLACE_LEADS = frozenset("state county city district provincial regional federal".split())

#: How far before a name the sentence's described opening (:data:`RE_DESCRIBED_OPENING_BEFORE_NAME`) may start.
DESCRIBED_OPENING_REACH = 90


#: A sentence that opens on "It was" or "This is" and the noun a name's clause describes, up to the
#: name (‘It was the 61st rally ’, ‘This is the third budget ’): a main clause with no one as its
#: subject, whose person is the one the contact clause after names.
#:
#: >>> bool(RE_EXPLETIVE_NOUN_BEFORE_NAME.search("Pinder left. It was the tenth rally "))
#: True
#: >>> bool(RE_EXPLETIVE_NOUN_BEFORE_NAME.search("Pinder attacked the plan "))
#: False
RE_EXPLETIVE_NOUN_BEFORE_NAME = LazyPattern(
    r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:It|This|That) (?:was|is|marked|will be|would be) (?:the|a|an) "
    r"(?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,5}\p{Ll}+ $")

#: The verb of a contact clause after its subject's name: a perfect (‘ has held’, ‘ had made’).
#:
#: >>> RE_CONTACT_CLAUSE_VERB.match(" has held in the state").group(1)
#: 'held'
RE_CONTACT_CLAUSE_VERB = LazyPattern(r" (?:has|had|have) (?:\p{Ll}+ly )?(\p{Ll}+)\b")

#: An adverb of manner between a subject and its verb (‘ pointedly’ of ‘Lopez pointedly noted’).
RE_MANNER_ADVERB_AFTER = LazyPattern(r" \p{Ll}{3,}ly(?= \p{Ll})")

#: Verbs of a contact clause whose subject holds, gives or makes the event (‘rally X has held’, ‘budget X has
#: delivered’, ‘visit X has made’), never one done against another (‘lawsuit X has filed’).
CONTACT_CLAUSE_EVENT_VERBS = frozenset("""held hosted delivered made given staged played addressed headlined led
chaired attended paid presented run contested fought gave""".split())

#: How far before a name the "It was the …" of its contact clause may open.
CONTACT_CLAUSE_REACH = 90


#: A sentence's opening clause of an event coming about, up to a "when" (‘The sharpest exchange came
#: when’, ‘Tempers flared when’): the clause's words.
#:
#: >>> RE_EVENT_BEFORE_WHEN.search("Earlier. The sharpest exchange came when").group(1)
#: 'The sharpest exchange'
RE_EVENT_BEFORE_WHEN = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?”\"’]\s))(\p{Lu}[\p{L}\-’']*(?: [\p{L}\-’']+){0,4}) "
                                   r"(?:(?:then|later|finally|only) )?(?:came|began|erupted|started|flared|rose|boiled over|"
                                   r"peaked|grew|followed|happened|occurred|turned \p{Ll}+) when$")

#: A word that opens a sentence with a clause of time or cause, whose subject comes right after it
#: (‘When Kline turned to the actress, he quipped …’, ‘After Ortiz lost the vote, she said …’), with its
#: space; "Although" before "Though", the longer first. (Not the lexicon's SUBORDINATE_OPENERS: no "if"
#: or "since", whose clause's subject the main clause's pronoun need not be, and "until".)
#:
#: >>> bool(RE_OPENING_CLAUSE_WORD.fullmatch("When ")), bool(RE_OPENING_CLAUSE_WORD.fullmatch("Asked "))
#: (True, False)
CLAUSE_OPENING_WORDS = ("When ", "After ", "Before ", "While ", "Once ", "Although ", "Though ", "Because ", "Until ", "As ")
RE_OPENING_CLAUSE_WORD = LazyPattern("(?:" + "|".join(w[:-1] for w in CLAUSE_OPENING_WORDS) + ") ")

#: The main clause's own subject pronoun after an opening clause, set off by its comma (‘…, he quipped’,
#: ‘…,” she said’): group 1 is the pronoun.
#:
#: >>> RE_MAIN_PRONOUN_AFTER_CLAUSE.search("When Kline turned to Stroud, he quipped").group(1)
#: 'he'
RE_MAIN_PRONOUN_AFTER_CLAUSE = LazyPattern(r",[”\"’]? (he|she) ")

#: A third person's subject pronoun, "he", "she" or "they", in any case (‘When Kline turned to Stroud
#: and she smiled, he quipped’ has one before the main clause's).
#:
#: >>> [m.group() for m in RE_THIRD_PERSON_SUBJECT.finditer("They thanked them; she left, theirs")]
#: ['They', 'she']
RE_THIRD_PERSON_SUBJECT = LazyPattern(r"\b(?:he|she|they)\b", regex.I)

#: A quotation closed right before, its stop or comma inside the mark (‘“…,” ’ of ‘“…,” he added’).
#:
#: >>> bool(RE_QUOTE_CLOSED_BEFORE.search("ready,” ")), bool(RE_QUOTE_CLOSED_BEFORE.search("inquiry. "))
#: (True, False)
RE_QUOTE_CLOSED_BEFORE = LazyPattern(r"[,.!?…][”\"’]\s*$")

#: A sentence that opens with the news in hand coming after something someone did (‘The arrest comes
#: months after’, ‘The move came two days after’), up to "after" (without it): the one who acts after it
#: is the one the story turns to.
#:
#: >>> bool(RE_NEWS_COMES_AFTER.search("Earlier. The arrest comes months")), bool(RE_NEWS_COMES_AFTER.search("Earlier. Smith comes"))
#: (True, False)
RE_NEWS_COMES_AFTER = LazyPattern(r"(?:^|(?<=\n)|(?<=[.!?”\"’]\s))(?:The|This|That|It)(?: \p{Ll}[\p{Ll}\-]*){0,3} (?:comes|came)"
                                  r"(?: (?:just|only|nearly|almost|about|more than|less than|a|an|one|two|three|four|five|six|"
                                  r"several|few|weeks|months|days|years|week|month|day|year|hours))*$")

#: A role set off before a name, after the word that opens a clause (‘the US trade representative, ’ of
#: ‘…, where the US trade representative, Malcolm Driscoll, struck’).
#:
#: >>> bool(RE_SET_OFF_ROLE_BEFORE_NAME.fullmatch("the finance minister, ")), bool(RE_SET_OFF_ROLE_BEFORE_NAME.fullmatch("he met "))
#: (True, False)
RE_SET_OFF_ROLE_BEFORE_NAME = LazyPattern(r"(?:an?|the) [^,.;:“\"\n]{1,60}, ")

#: How far before a name a ", where" or ", when" clause that it is the subject of may open.
PLACE_CLAUSE_REACH = 80

#: A sentence that opens on "She" or "He" and gives their name as its predicate, right before the name
#: (‘She was called Comfort Okafor, and …’, ‘His name was Ivo Brandt.’): the name is the one the pronoun
#: stood for, the subject a "she" or "he" after goes on with; group 1, the pronoun (w79a).
#:
#: >>> RE_PRONOUN_NAMED_BEFORE.search("my grandmother's house. She was called ").group(1)
#: 'She'
#: >>> RE_PRONOUN_NAMED_BEFORE.search("the dog she called ") is None
#: True
RE_PRONOUN_NAMED_BEFORE = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(She|He) (?:was|is) (?:called|named)|(Her|His) name (?:was|is)) $")

#: A name that owns what comes after it (‘Joanna Pike’s successor’): no name a pronoun was called by (rv79a).
#:
#: >>> bool(RE_NAME_OWNS_AFTER.match("Joanna Pike’s successor")), bool(RE_NAME_OWNS_AFTER.match("Comfort Okafor, and"))
#: (True, False)
RE_NAME_OWNS_AFTER = LazyPattern(r"(?:\p{Lu}[\p{L}\-]+ ){0,3}\p{Lu}[\p{L}\-]*[’']s?\b")

#: The rest of a sentence after a ", where" clause's verb that goes on to a cue set off by a comma: the
#: clause was an aside of the sentence's subject, whose cue it is (‘Ronnie Stanwick, owner of the club,
#: where Ferreira-Lamb held a residency for 27 years, said …’), never a clause that closes the sentence.
#:
#: >>> bool(RE_ASIDE_CLOSED_BY_CUE.match(" a residency for 27 years, said the club would close."))
#: True
#: >>> bool(RE_ASIDE_CLOSED_BY_CUE.match(" a conciliatory note. Smith said she agreed."))
#: False
RE_ASIDE_CLOSED_BY_CUE = LazyPattern(r"[^.!?;:“”\"\n]{0,160}?, (?:said|says|told|tells|added|adds|wrote|writes)\b")


#: A relative clause right after one unnamed that tells their sex by a pronoun, up to the main verb's
#: reach (‘a product manager who said she had been laid off’, ‘a nurse who asked that her name not be used’).
#:
#: >>> RE_WHO_CLAUSE_SEX.match(" who said she had been laid off wrote").group(1)
#: 'she'
RE_WHO_CLAUSE_SEX = LazyPattern(r",? who (?:said|says|asked|requested|told [\p{L} ]{1,30}?) (?:that )?(she|he|her|his)\b")


class CastSubjectClauses:
    """The clauses a name is the subject of, each a test that _as_subject asks: after a short opening
    phrase (_acts_after_opening) or words that qualify it (_acts_after_modifiers), set off after a
    described opening, in a joined, opening, event, contact or place clause, a stage name's real name,
    a relative clause that tells the sex (_told_own_sex) and a sentence opening on the pronoun.

    It is a part of :class:`quotesearch.cast_openings.CastOpenings`, itself a part of
    :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _acts_after_opening(self, pos: int) -> bool:
        """The name at ``pos`` is the subject of its sentence after a short opening phrase and its
        comma, a lower-case title at most between, a verb right after it (‘Back at Red River,
        instructor Marta Kowalczyk runs an informal conversation circle’, ‘On Monday, Smith
        announced …’): the one a "he" or "she" after stands for."""
        text = self.text
        start = _name_start(text, pos)
        opening = RE_OPENING_BEFORE_NAME.search(text, max(0, start - 120), start)
        if opening is None and (bare := RE_BARE_OPENING_BEFORE_NAME.search(text, max(0, start - 40), start)) is not None:
            opening = bare if bare.group(1).lower() in OPENING_PREPOSITIONS else None  # (no comma: ‘At university
            # Kay Lund studied under Ruth Vale …. She describes …’ is Lund's), w94b
        if opening is None and text.find(", where ", max(0, start - 200), start) >= 0:
            opening = RE_OPENING_WHERE_BEFORE_NAME.search(text, max(0, start - 200), start)  # (a place's clause
            # after the opening phrase: ‘In Senglea, where a crowd had gathered, fisherman Joe Grech shook his head’)
        if opening is None or (first := opening.group(1).lower()) not in OPENING_PREPOSITIONS and first not in FRONTED_CLAUSE_OPENERS \
                or len(opening.group(2).split()) > (OPENING_CLAUSE_WORDS if first in SUBORDINATE_OPENERS or first in FRONTED_CLAUSE_OPENERS
                                                    else OPENING_PHRASE_WORDS) \
                or not all(_title_noun(w) or w in QUALIFIER_LEADS for w in text[opening.end(3):start].split()):
            return False  # (a title between only, "retired" or "former" with it: never ‘At rallies in Maine, voters
            # with Bernie Sanders T-shirts stood’)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        after = text[run.end():run.end() + 24].split()[:1] if run is not None else []
        return bool(after) and after[0].isalpha() and after[0].islower() and after[0] not in FUNCTION_WORDS \
            and (after[0] in IRREGULAR_PAST or after[0].endswith("ed") or (after[0].endswith("s") and not after[0].endswith("ss")))

    def _quote_speaks_of_sex(self, at: int, gender: str | None) -> bool:
        """The quotation that closes right before the cue's pronoun at ``at`` opens on a third person's
        pronoun of its sex (:data:`RE_OPENS_ON_THIRD_PERSON`: ‘“She ran through the pain,” she said’): the
        speaker speaks of another of that sex, so a subject whose sex nothing tells, found only by
        :meth:`_acts_after_modifiers`, is no speaker of it (‘Asked about her injury, Mwangi shrugged.’)."""
        if gender not in RE_OPENS_ON_THIRD_PERSON:
            return False
        before = [a for a, b in self.quoted if b <= at and at - b <= 6]
        return bool(before) and RE_OPENS_ON_THIRD_PERSON[gender].match(self.text, max(before)) is not None

    def _acts_after_modifiers(self, pos: int, gender: str | None = None) -> bool:
        """The name at ``pos`` is the subject of its sentence though words no title list knows qualify it,
        after an opening participle clause at most (‘Accepting the prize, a visibly emotional Maeve Ní Riain
        thanked …’, ‘Asked about the budget, Councilman Dave Ortiz shrugged.’, ‘Kent seamer Tom Barlow,
        the pick of the bowlers, said …’): a verb follows it (a role set off after it passed), the one a
        "he" or "she" after stands for. Guards: the qualifying words hold no word of function, verb or
        pronoun (never ‘The lawyer for X, …, said’, ‘Police arrested X’), the clause opens on a participle
        (never ‘After meeting Y, X said’ for Y), and no passive ("was", "were")."""
        text = self.text
        start = _name_start(text, pos)
        opening = RE_PARTICIPLE_OPENING_BEFORE_NAME.search(text, _past_last_stop(text, max(0, start - MODIFIED_SUBJECT_REACH), start), start)
        if opening is None or (opening.group(1) is None and not opening.group(2)):
            return False
        if opening.group(1) is not None and not (opening.group(1).lower().endswith(("ing", "ed"))
                                                 or opening.group(1).lower() in OPENING_IRREGULAR_PARTICIPLES
                                                 or opening.group(1).lower() in OPENING_PREPOSITIONS):
            return False  # (an opening clause on a participle or a phrase's preposition only: ‘Accepting …’,
            # ‘Told …’, ‘Back at the hall, as the crowd filed out, ’)
        words = opening.group(2).split()
        article = bool(words) and words[0].lower() in ("a", "an", "the")
        if article:
            words = words[1:]  # (after an article a participle qualifies: ‘a visibly relieved X’)
        if any(w.lower() in FUNCTION_WORDS or w.lower() in PRONOUNS or w.lower() in AUXILIARIES
               or (w.islower() and (w in SPEECH_VERBS or (not article and (w.endswith("ed") or w in IRREGULAR_PAST))
                                    and not (w in ROLE_CHANGE_WORDS and 0 < k < len(words) - 1 and words[k + 1] in ROLE_NOUNS)))
               for k, w in enumerate(words)):
            return False  # (a trade turned another is the role's: ‘Former Test opener turned commentator X was …’)
        if not article and any(_plural_people_noun(words[k]) and words[k + 1].islower()
                               and words[k + 1] not in DESCRIPTION_NOUNS and words[k + 1] not in ROLE_NOUNS
                               for k in range(len(words) - 1)):
            return False  # (a plural of people and a lower-case word not a trade: that word is their verb and
            # the name its object, ‘Police believe X fled’, ‘Fans supporting X gathered’, ‘Officers suspect X sold’)
        if gender is not None and opening.group(1) is not None \
                and regex.search(r"\bher,|\bher (?:on|at|in|after|before|during)\b" if gender == "f" else r"\bhim\b",
                                 opening.group(0)[:len(opening.group(0)) - len(opening.group(2))]) is not None:
            return False  # (an opening that points at another of the cue's sex, ‘Standing beside her, X nodded.
            # “…,” she said’: the one beside is in play, the nod no cue)
        if (end := _end_past_set_off_role(text, pos)) is None:
            return False
        if (adverb := RE_ADVERB_BEFORE_VERB.match(text, end)) is not None:
            end = adverb.end()  # (past an adverb of time before the verb: ‘… leg-spinner X still remembers’, w66c)
        said = RE_WORD_AFTER.match(text, end)
        if text.startswith(STANCE_PREDICATE_OPENINGS, end) and RE_STANCE_PREDICATE.match(text, end) is not None:
            return True  # (a stance, no passive: ‘Asked whether the cuts played a role, Caldwell was careful.’)
        return (_verb_at(text, end) or (said is not None and said.group(1) in SPEECH_VERBS)) \
            and not text.startswith((" was ", " were "), end)

    def _set_off_after_described_opening(self, pos: int) -> bool:
        """The name at ``pos`` is set off after the description of one that opens its sentence, a
        title at most between, its closing comma and a lower-case word after it (‘His Democratic
        opponent, state Treasurer Maria Ochoa, has largely avoided the subject.’): the subject, the
        one a "he" or "she" after stands for. Never when the description's head is no noun of a person
        (‘Her latest album, Northern Lights, sold …’)."""
        text = self.text
        start = _name_start(text, pos)
        if text.rfind(", ", max(0, start - DESCRIBED_OPENING_REACH), start) < 0:
            return False  # (a cheap exact prefilter: the description's comma)
        opening = RE_DESCRIBED_OPENING_BEFORE_NAME.search(text, max(0, start - DESCRIBED_OPENING_REACH), start)
        if opening is None or not (_title_noun(opening.group(1)) or opening.group(1) in RIVAL_NOUNS or (
                opening.group(1) in DESCRIPTION_NOUNS and opening.group(1) not in THING_NOUNS)) \
                or not all(_title_noun(w.lower()) or w[:1].isupper() or w in QUALIFIER_LEADS or w in TITLE_PLACE_LEADS
                           for w in text[opening.end(1) + 2:start].split()):
            return False  # (a title only between: ‘state Treasurer’, ‘former coach’)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        return run is not None and text.startswith(", ", run.end()) and text[run.end() + 2:run.end() + 3].islower()

    def _told_own_sex(self, pos: int, p: Person, gender: str | None, at: int) -> bool:
        """One unnamed at ``pos`` whose relative clause right after tells their sex by the pronoun ``gender``
        of ``at``, in the sentence just before it in the same paragraph (‘In a post on LinkedIn, a
        product manager who said she had been laid off wrote that …. “…,” she wrote’): the sentence's
        subject, whatever opens it, never one named before."""
        if gender is None or p.kind != "description" or p.gender is not None \
                or p.name.split()[0].lower() not in ("a", "an", "one", "another") \
                or not self.text.startswith(p.name, pos) or at - pos > SUBJECT_REACH or "\n" in self.text[pos:at]:
            return False
        clause = RE_WHO_CLAUSE_SEX.match(self.text, pos + len(p.name))
        return clause is not None and PRONOUN_SEX[clause.group(1).lower()] == gender

    def _real_name_of_opener(self, pos: int, p: Person) -> bool:
        """The name at ``pos`` is the real name of the stage name that opens its sentence, set off
        after it (‘Blaqstorm, whose real name is Kwame Asante, shrugged it off.’, ‘Lil Sage, born
        Ama Mensah, said’), or the one who plays the character that opens it (‘His screen wife Jean,
        played by Ruth Gale, paid tribute’): the sentence's subject, whom a "he" or "she" after
        stands for."""
        end = pos + len(p.name) if self.text.startswith(p.name, pos) else pos + len(p.name.rsplit(" ", 1)[-1])
        if not self.text.startswith(",", end):
            return False  # (cheap first: the name is set off, a comma after it)
        start = _name_start(self.text, pos)
        return self.text.endswith(REAL_NAME_LAST_WORDS, 0, start) \
            and RE_REAL_NAME_BEFORE.search(self.text, max(0, start - 80), start) is not None

    def _acts_in_joined_clause(self, pos: int) -> bool:
        """The name at ``pos`` opens a clause joined to its sentence by ", and" or ", but" (or after a
        semicolon), a verb in -s or -ed right after it: the subject of that clause, whom a "he" or "she"
        after stands for (‘Galway will face Roscommon in four weeks, and Fallon expects it to be
        “a different animal”. / “…,” he said’); never the object of a verb (‘… and met Fallon’), nor one
        a passive acts on (‘… and Smith was arrested’)."""
        text = self.text
        if text.find(", and ", max(0, pos - 46), pos) < 0 and text.find(", but ", max(0, pos - 46), pos) < 0 \
                and text.find("; ", max(0, pos - 42), pos) < 0:
            return False  # (cheap first: no joining word just before)
        start = _name_start(text, pos)
        words = text[max(0, start - 40):start].split(" ")[:-1]
        titled = len(words) >= 2 and _title_noun(words[-1]) and text.endswith(
            (", and ", ", but ", "; "), max(0, start - len(words[-1]) - 7), start - len(words[-1]) - 1)
        if not (text.endswith((", and ", ", but ", "; "), max(0, start - 6), start) or titled):
            return False  # (a lower-case title at most between: ‘…, and organiser Seán Daly is adamant …’)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        if run is not None and text.startswith((" was ", " is "), run.end()):
            return _speaking_manner_at(text, run.end())  # (‘…, and Ms Okafor was blunt about why’ speaks; never
            # ‘…, and Smith was arrested’)
        return run is not None and _verb_at(text, run.end())

    def _acts_in_opening_clause(self, pos: int, gender: str | None) -> bool:
        """The name at ``pos`` is the subject of a clause of time or cause that opens its sentence, and the
        sentence's main clause is a "he" or "she" of ``gender`` (‘When Kline turned to Vivian Stroud, the
        veteran actress, he quipped that …’): that pronoun, and one after it, stands for the clause's
        subject. Guards: the opening word starts the sentence, a verb follows the name (a set-off role
        passed), no subject pronoun or sentence end comes before the main clause's, and it is the pronoun's own."""
        text = self.text
        if gender not in ("m", "f"):
            return False
        start = _name_start(text, pos)
        if RE_OPENING_CLAUSE_WORD.match(text, start) is not None:
            start = pos  # (the opening word taken for a given name: ‘When Kline’)
        for word in CLAUSE_OPENING_WORDS:
            if text.endswith(word, max(0, start - len(word)), start):
                break
        else:
            return False  # (cheap first: no opening word right before the name)
        at = start - len(word)
        if not (at == 0 or text[at - 1] == "\n" or (
                text[at - 1] == " " and text[max(0, at - 2):at - 1] in (".", "!", "?", "”", "\"", "’"))):
            return False  # (the clause opens the sentence: never ‘She laughed when Kline …’)
        if (end := _end_past_set_off_role(text, pos)) is None:
            return False
        if not _verb_at(text, end) or text.startswith((" was ", " were "), end):
            return False  # (the one who acts, never one acted on: ‘When Kline was asked …’)
        stop = min(len(text), end + 300)  # (a sentence's end, or an abbreviation's, stops the search: the
        # safe side)
        if (dot := RE_CLAUSE_SENTENCE_STOP.search(text, end, stop)) is not None:
            stop = dot.start()
        main = RE_MAIN_PRONOUN_AFTER_CLAUSE.search(text, end, stop)
        if main is None or main.group(1) != ("he" if gender == "m" else "she"):
            return False
        return RE_THIRD_PERSON_SUBJECT.search(text[end:main.start()]) is None

    def _acts_in_event_clause(self, pos: int, mention_start: int | None = None) -> bool:
        """The name at ``pos`` is the subject of a "when" clause that tells what set off the event its
        sentence opens with (‘The sharpest exchange came when X, the member for Y, asked …’, ‘Tempers
        flared when X accused …’), or of an "after" clause the news comes after (:data:`RE_NEWS_COMES_AFTER`):
        the one who acts, whom a "he" or "she" after stands for (‘She then
        called the premier a “…”’). Guards: the main clause's words before "when" hold no capital past
        the first and no pronoun (never ‘She laughed when X asked’, ‘Ms Lee began when X …’), and a verb
        follows the name (set off roles passed)."""
        text = self.text
        w = text.rfind(" when ", max(0, pos - 60), pos)
        start = _name_start(text, pos)
        if text.endswith(" after ", max(0, start - 7), start):
            if RE_NEWS_COMES_AFTER.search(text, max(0, start - 90), start - 7) is None:
                return False  # (or an "after" clause the news in hand comes after: ‘The arrest comes months
                # after Kessler spoke about his sobriety.’)
            if mention_start is not None and RE_QUOTE_CLOSED_BEFORE.search(text[max(0, mention_start - 6):mention_start]):
                return False  # (guard, review rv17: a cue right after a quotation goes on with the one quoted
                # before, never the one the news came after: ‘“…,” Harper said. The resignation comes a month
                # after Senator Blake called for an inquiry. “…,” he added’ is Harper's)
        else:
            if w < 0 or w + 6 != start:
                return False  # (cheap first: "when" right before the name)
            event = RE_EVENT_BEFORE_WHEN.search(text, max(0, w - 90), w + 5)
            if event is None:
                return False
            words = event.group(1).split()
            if words[0].lower() in PRONOUNS or any(x[:1].isupper() for x in words[1:]):
                return False
        if (end := _end_past_set_off_role(text, pos)) is None:
            return False
        said = RE_WORD_AFTER.match(text, end)
        return (_verb_at(text, end) or (said is not None and said.group(1) in SPEECH_VERBS)) \
            and not text.startswith((" was ", " were "), end)

    def _acts_in_contact_clause(self, pos: int) -> bool:
        """The name at ``pos`` is the subject of a contact clause (no "that" or "which") after the noun
        of a sentence that opens on "It was" (‘It was the 61st town hall Merriweather has held in the
        state since spring. His pitch has not changed.’): the person the sentence is about, whom a "he"
        or "she" after stands for, never the one named before it. Guards: the main clause has no one as
        its subject (:data:`RE_EXPLETIVE_NOUN_BEFORE_NAME`: lower-case words only between "It was" and
        the name), and a perfect follows the name (:data:`RE_CONTACT_CLAUSE_VERB`), a past participle."""
        text = self.text
        start = _name_start(text, pos)
        if start < 8 or text[start - 1] != " " or not text[start - 2].islower():
            return False  # (cheap first: a lower-case noun right before the name)
        if RE_EXPLETIVE_NOUN_BEFORE_NAME.search(text, max(0, start - CONTACT_CLAUSE_REACH), start) is None:
            return False
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        if run is None:
            return False
        verb = RE_CONTACT_CLAUSE_VERB.match(text, run.end())
        return verb is not None and verb.group(1) not in FUNCTION_WORDS \
            and (past_shaped(verb.group(1)) or verb.group(1).endswith(("en", "wn"))) \
            and verb.group(1) in CONTACT_CLAUSE_EVENT_VERBS  # (guard: ‘the fourth lawsuit Lopez has filed’ is no event she holds)

    def _acts_in_place_clause(self, pos: int, recent: list[tuple[int, Person]], p: Person | None = None,
                              gender: str | None = None) -> bool:
        """The name at ``pos`` is the subject of a ", where" or ", when" clause that closes its sentence,
        right after the word or after a role set off before it, a verb after the name (a role set off
        after it passed): ‘The mood was calmer in Dublin, where the finance minister, Aoife Brennan, struck
        a conciliatory note.’, ‘…, when Ruto rose to speak.’ The one who acts, whom a "he" or "she" after
        stands for. Guards: no pronoun opens the sentence and no one is named in it before the clause
        (never ‘She flew to Paris, where Macron met her’, ‘Smith arrived, when Jones left’; a place may be), and no
        passive ("was", "were")."""
        text = self.text
        start = _name_start(text, pos)
        lead = max(text.rfind(", where ", max(0, start - PLACE_CLAUSE_REACH), start),
                   text.rfind(", when ", max(0, start - PLACE_CLAUSE_REACH), start))
        if lead < 0:
            return False  # (cheap first: no such clause just before the name)
        between = text[text.index(" ", lead + 2) + 1:start]
        if between and RE_SET_OFF_ROLE_BEFORE_NAME.fullmatch(between) is None:
            return False
        opening = max(text.rfind(". ", 0, lead), text.rfind("\n", 0, lead), text.rfind("? ", 0, lead))
        first = text[opening + 1:lead].split()[:1]
        again = p is not None and any(opening < at < lead and q is p for at, q in recent)
        # (one of those the sentence named, named again as the clause's subject, the focus it turns to: ‘The
        # two front-runners, X and Maria Lopez, ignored each other — until the end, when Lopez noted …’)
        if not first or first[0].lower() in PRONOUNS or (not again and any(
                opening < at < lead and (q.personlike or q.kind == "description") for at, q in recent)):
            return False
        near = text.rfind("\n", 0, text.rfind("\n", 0, lead + 1) - 2)  # (the paragraph before the clause's, on)
        if p is not None and not again and any(near < at < opening and q is not p and q.kind == "name" and not q.placelike and not q.plural
                                 and q.gender in (None, gender) for at, q in recent):
            return False  # (nor when that paragraph or the clause's own has named another of the pronoun's sex
            # before it, whose story the clause's backdrop tells: ‘Farmer John Mills …. The trouble began in 2019,
            # when Michael Gove visited the valley. “…,” he said’ is Mills's)
        run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
        if run is None:
            return False
        end = run.end()
        if between and not text.startswith(",", end):
            return False  # (the name set off after its role: ‘the minister, Aoife Brennan, struck’)
        if (aside := RE_SET_OFF_ROLE_AFTER.match(text, end)) is not None:
            end = aside.end()
        elif between:
            end += 1
        if again and (manner := RE_MANNER_ADVERB_AFTER.match(text, end)) is not None:
            end = manner.end()  # (‘when Lopez pointedly noted’)
        return _verb_at(text, end) and not text.startswith((" was ", " were "), end) \
            and RE_ASIDE_CLOSED_BY_CUE.match(text, end) is None  # (w79a: an aside of the subject's, whose cue
        # closes it: ‘Ronnie Stanwick, owner of the club, where Ferreira-Lamb played for years, said …. “…,” he
        # said’ is Stanwick's)

    def _named_by_own_pronoun(self, pos: int, gender: str | None) -> bool:
        """The name at ``pos`` is the predicate of a sentence that opens on the pronoun of ``gender`` (or its
        possessive and "name"): ‘She was called Comfort Okafor, and she took in lodgers. She used to say, “…”’
        is hers, the one the pronoun stood for, whatever sex her given name tells (w79a)."""
        if gender not in ("m", "f"):
            return False
        start = _name_start(self.text, pos)  # (the spot may be the surname's)
        m = RE_PRONOUN_NAMED_BEFORE.search(self.text, max(0, start - 24), start)
        if m is None or RE_NAME_OWNS_AFTER.match(self.text, start) is not None:
            return False  # (guard, review rv79a: a name that owns what the pronoun was named or called, never
            # the pronoun's own: ‘She was named Joanna Pike's successor’, ‘He was called Tom Ridley's deputy’)
        return PRONOUN_SEX[(m.group(1) or m.group(2)).lower()] == gender
