"""Sentence openings: who opens a sentence (opens_sentence), the subject past an opening phrase or
clause, and the person a sentence's subject is.
"""

from __future__ import annotations

import re

import regex

from quotesearch.lexicon import LazyPattern, RE_AGE_EPITHET, ROLE_CHANGE_WORDS
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.name_words import HONORIFICS, RETIRED_MARKS, is_abbreviation
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import (
    DESCRIPTION_NOUNS, LEADING_BILLING_NOUNS, RE_STANCE_PREDICATE, ROLE_NOUNS, STANCE_PREDICATE_OPENINGS, WORD_POSITIONS,
)
from quotesearch.speech_words import (
    AUXILIARIES, OPENING_IRREGULAR_PARTICIPLES, PRONOUNS, RE_REACTION_FROM_BEFORE, SPEECH_VERBS, SUBORDINATE_OPENERS,
)
from quotesearch.mention_words import ADVERB_LY, IRREGULAR_PAST, Mention, past_shaped
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.people import (
    BE_FORMS_ALL, OPENING_PREPOSITIONS, Person, RE_POSSESSIVE_AT, RE_WORD_AFTER, _owner_word, _past_last_stop, _verb_at,
)
from quotesearch.bylines import RE_LEDE_DATELINE
from quotesearch.full_names import RE_NAMED_BEFORE, _given_opens_clause, _name_start, _surname_first_end
from quotesearch.kinship import PRONOUN_SEX, SENTENCE_OPENERS, _speaking_manner_at
from quotesearch.firms import QUALIFIER_LEADS, RE_OF_BODY_AFTER, _office_of_body, _place_after_body
from quotesearch.offices import (
    CLERGY_STYLES, RE_SET_OFF_ROLE_AFTER, _abbreviation_before, _end_past_set_off_role, _title_noun,
)
from quotesearch.sources import _among_was, _plural_people_noun
from quotesearch.descriptions import RIVAL_NOUNS, SUBJECT_REACH, _opening_participle


#: A verb of speech right after a name: its subject (‘… only as Darnell said he had worked …’), at its
#: sentence's end too (‘The money will go on hiring, Okafor says. / She is frank about the risks.’).
SAID_AFTER = (" said ", " says ", " told ", " said,", " says,", " said.", " says.")

#: A capital possessive right before a trade that opens a sentence (‘Her colleague Theresa Mahon’).
RE_OWNER_BEFORE = re.compile(r"\b(?:His|Her|Their|My|Our) $")

#: An article and a body's or a thing's possessive before a trade (‘The union’s negotiator Dara
#: Whelan called …’), or before the name itself (‘The SNP’s Dara Whelan was unimpressed’).
RE_THE_OWNER_BEFORE = LazyPattern(r"\b[Tt]he [\p{L}\-]+(?:’s|'s) $")


#: A dateline in capitals before a sentence (‘FAIRVIEW - ’, ‘WESTBROOK — ’).
RE_DATELINE_OPENING = LazyPattern(r"\p{Lu}[\p{Lu} .,’'\-]{1,40} [-—–] ")

#: A sentence's opening that tells what a court or an inquest was told, right before the subject of
#: what it heard (‘The court heard Pike had been barred …. He returned …’: Pike is that clause's subject).
#:
#: >>> bool(RE_HEARD_OPENING_BEFORE.search("barred. The court heard that ")), bool(RE_HEARD_OPENING_BEFORE.search("Jurors were told "))
#: (True, True)
#: >>> bool(RE_HEARD_OPENING_BEFORE.search("He said the court heard from "))
#: False
RE_HEARD_OPENING_BEFORE = LazyPattern(r"(?:^|(?<=[.!?”\n])\s*)(?:The (?:court|jury|inquest|tribunal|hearing|trial) (?:heard|was told)"
                                      r"|Jurors (?:heard|were told))(?: that)? $")

#: A court's or an inquest's hearing from a witness, right before the witness's name and the lowercase
#: role words in front of it (‘Earlier, the court heard from police constable Ewan Reid, who … . He
#: described …’): the witness gives the evidence, as a subject would, and a pronoun after is theirs (w74a).
#:
#: >>> bool(RE_HEARD_FROM_COURT_BEFORE.search("Earlier, the court heard from police constable "))
#: True
#: >>> bool(RE_HEARD_FROM_COURT_BEFORE.search("The jury also heard from ")), bool(RE_HEARD_FROM_COURT_BEFORE.search("He had not heard from "))
#: (True, False)
RE_HEARD_FROM_COURT_BEFORE = LazyPattern(r"\b(?:[Tt]he (?:court|jury|inquest|tribunal|hearing|trial|inquiry)|[Jj]urors) (?:also |then |later )?"
                                         r"heard (?:evidence )?from (?:[\p{Ll}\-]+ ){0,3}$")

#: The dock between a witness the court heard from and the pronoun, or in the pronoun's sentence (‘The court
#: heard from witness Peter Shaw, who saw the crash. He wept in the dock. “…,” he said’): the defendant's
#: place, never a witness's, so the witness is no subject for the pronoun (review rv7x).
RE_DOCK_BETWEEN = LazyPattern(r"\b(?:in|from|into) the dock\b")

#: A passive of being answered or challenged right after a subject (‘, was interrupted by’); not
#: quotesearch.statements.RE_PASSIVE_AFTER, any passive.
RE_ANSWERED_AFTER = LazyPattern(r",? (?:was|were|had been|has been|is being|was being) (?:interrupted|heckled|challenged|"
                                r"questioned|contradicted|rebuked|corrected|cut off|pressed|asked|booed|criticised|"
                                r"criticized|confronted|answered|followed|rebutted|attacked|mocked|told) by\b")


#: Participles that open a sentence before its subject, asides and all (‘Asked in a 2002 interview with
#: the Sentinel, on the eve of leaving office, how she hoped to be remembered, Quinlan gave …’).
PARTICIPLE_OPENERS = frozenset("asked pressed questioned reached interviewed told informed confronted".split())


#: A sentence's short opening phrase and its comma, a lower-case title at most after it, right before a
#: name (‘Back at Red River, instructor ’): group 1, the phrase's first word; group 2, its comma.
RE_OPENING_BEFORE_NAME = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(\p{Lu}\p{Ll}*)((?: [\p{L}\d’'\-.]+){0,9})(, )(?:\p{Ll}+ ){0,2}$")

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

#: How many words into a sentence's opening noun phrase a relative "who" may come, after its article and
#: noun (‘A consumer advocate who appeared …,’): what follows it describes the noun (w66b).
RELATIVE_AFTER_NOUN_REACH = 6

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

#: An asking cue right after a pronoun (‘ asked’).
RE_ASKED_AFTER_GUARD = LazyPattern(r" (?:asked|asks|demanded|wanted to know|shouted|pressed)\b")

#: A day or a month, never a name given in the sentence after (‘The researcher was Monday placed on leave’).
WEEKDAY_GUARD = WEEKDAY_NAMES | frozenset(MONTH_NAMES)

#: How far after an unnamed one the sentence that names them may open (‘That member was Treadwell.’).
DESCRIPTION_NAMED_REACH = 200

#: Verbs of a contact clause whose subject holds, gives or makes the event (‘rally X has held’, ‘budget X has
#: delivered’, ‘visit X has made’), never one done against another (‘lawsuit X has filed’).
CONTACT_CLAUSE_EVENT_VERBS = frozenset("""held hosted delivered made given staged played addressed headlined led
chaired attended paid presented run contested fought gave""".split())

#: How far before a name the "It was the …" of its contact clause may open.
CONTACT_CLAUSE_REACH = 90


#: A time of habit that opens a sentence with no comma before its subject (‘These days Salcedo
#: goes to the gym’, ‘Nowadays Pike rarely performs’): the name after it is the subject.
#:
#: >>> bool(RE_HABIT_OPENING.search("He smiled. These days")), bool(RE_HABIT_OPENING.search("in those days"))
#: (True, False)
RE_HABIT_OPENING = LazyPattern(r"(?<![\p{L}\p{M}’'\-])(?:(?:These|Most|Some) (?:days|mornings|evenings|nights|weekends)|Nowadays|Lately)$")

#: What follows a bare surname opening a sentence as the subject of a report, an age set off at
#: most between: ‘Vale, 61, said’, ‘Vale said’ (never ‘Vale, with her service, …’).
#:
#: >>> bool(RE_AGED_SURNAME_SAID.match(", 61, said the")), bool(RE_AGED_SURNAME_SAID.match(", with her"))
#: (True, False)
RE_AGED_SURNAME_SAID = LazyPattern(r"(?:, \d{1,3},)? (?:said|says|told|tells|added|adds)\b")

#: A pupil's year before the name: "Granger senior Cody Ramsey".
SCHOOL_YEARS = frozenset("senior junior sophomore freshman first-grader second-grader third-grader fourth-grader "
                         "fifth-grader sixth-grader seventh-grader eighth-grader sixth-former".split())

#: An office after ", and" or ", but" opening a clause, up to the comma that sets off its holder's
#: name (‘, and the Presiding Officer’).
RE_CLAUSE_OFFICE_BEFORE = LazyPattern(r", (?:and|but) the (?:[\p{L}\-]+ ){0,3}([\p{L}\-]+)$")

#: A verb right after a name set off by commas (‘, Catriona Dunlop, intervened’).
RE_SET_OFF_VERB = LazyPattern(r", (\p{Ll}+)\b")

#: What comes before the next person to act at a meeting: ‘He was followed by Sheila Moore’.
NEXT_SPEAKER_LEADS = (" was followed by", " were followed by", "Next came", "Then came", "next came", "then came")

#: The subject of "was followed by" at a meeting: a pronoun or a name opening its sentence ("He
#: was followed by Sheila Moore"; never "Tom Reed told police he was followed by Dan Cole").
RE_FOLLOWED_SUBJECT = LazyPattern(r"(?:^|[.!?”\"]\s+|\n)(?:He|She|They|(?:\p{Lu}[\p{L}.’'\-]* ){0,3}\p{Lu}[\p{L}’'\-]*) (?:was|were) followed by$")

#: A name (from its surname on) set off with a clause of speech: ‘Sheila Moore, a North Hollis
#: parent and nurse, who said’, ‘Brianna, 24, who asked …’ (a speaker, as a sentence's subject is,
#: for a pronoun after; never one of a list: ‘…, including Ann Cole, who told reporters’).
RE_WHO_SAID = LazyPattern(r"[\p{L}\p{M}’'\-]+(?:, [^,.;“”\"\n]{1,80})?, who (?:also |later |then )?"
                          r"(?:said|says|told|added|argued|warned|asked|wrote)\b")

#: What stands before a name set off with "who said" that makes it a subject: a sentence's start,
#: "For", "followed by" (never an object's place: ‘thanked the nurses, including Maria Vega, who told
#: reporters’, ‘led by engineer Nina Shah, who said’).
RE_NAME_AS_SUBJECT = LazyPattern(r"(?:^|(?:[.!?”\"]\s+|\n)(?:For )?|\A(?:For )|followed by )(?:\p{Lu}[\p{L}\p{M}’'.\-]*\s+)*$")


#: Between the surnames of two people named as a pair: the first's surname, "and", the second's
#: given names or initials (‘Brandt and Karen’ of ‘Paul Brandt and Karen Liu’, ‘Ito and Liu’).
RE_PAIR_JOIN = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?:,? (?:Jr|Sr)\.?)? and (?:\p{Lu}[\p{L}\p{M}’'\-]*\.? ){0,3}")

#: What follows the second surname of a pair that is a sentence's subject: a verb in the past or one
#: that speaks (‘Paul Brandt and Karen Liu said’, ‘… dissented’, ‘… have argued’), never an aside or
#: an object's place (‘fined Ito and Liu, who …’, ‘Ito and Liu’s lawyers’).
RE_PAIR_ACTS = LazyPattern(r"(?:,? (?:Jr|Sr)\.?)? (?:also |jointly |both |later |then )?(\p{Ll}+)\b(?![’'])")


#: Lower-case words inside a long title before a name ("former deputy chief minister X").
TITLE_RUN_QUALIFIERS = frozenset("former then acting interim retired ex".split())

#: A short bracket right after a name: a party and a place (‘(Ind)’, ‘(D-Ohio)’).
RE_BRACKET_AFTER = LazyPattern(r" ?\([^()\n]{1,24}\)")


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

#: Where a sentence (or an abbreviation, taken the safe way) stops: a full stop, "!" or "?" before a
#: capital, or a line break.
#:
#: >>> RE_CLAUSE_SENTENCE_STOP.search("When Kline spoke. He left").start()
#: 16
RE_CLAUSE_SENTENCE_STOP = LazyPattern(r"[.!?][”\"’]?\s+(?=[\p{Lu}“\"‘])|\n")

#: A clause joined by ", and" or ", but" whose subject is a "he" or "she" (‘…, and he credited her
#: afterward’), by sex.
#:
#: >>> bool(RE_JOINED_PRONOUN["m"].search("worked with Vargas, and he credited her")), \
#: ...     bool(RE_JOINED_PRONOUN["f"].search("worked with Vargas, and he credited her"))
#: (True, False)
RE_JOINED_PRONOUN = {g: LazyPattern(rf", (?:and|but) {w} \p{{Ll}}") for g, w in (("m", "he"), ("f", "she"))}

#: A "he" or a "she" anywhere, in any case, by sex (a capital "He" opening a sentence too).
#:
#: >>> [m.group() for m in RE_HE_OR_SHE["m"].finditer("He said she thanked her, and he left")]
#: ['He', 'he']
RE_HE_OR_SHE = {g: LazyPattern(rf"\b{w}\b", regex.I) for g, w in (("m", "he"), ("f", "she"))}

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


#: Most words an office of a body written in capitals may run to, opening a sentence before the name set off.
BODY_OFFICE_WORDS = 14
# (or in single marks: ‘Jordan ‘JT’ Taylor-Burns’, "Dean 'Dino' Maguire")


#: A live report's time stamp before its sentence: "10:58 — ", "2.15pm: ", "11:10 a.m. ET - ".
RE_TIME_STAMP = re.compile(r"\s*(?:\d{1,2}[:.])?\d{1,2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–:-]\s+")


#: A relative clause right after one unnamed that tells their sex by a pronoun, up to the main verb's
#: reach (‘a product manager who said she had been laid off’, ‘a nurse who asked that her name not be used’).
#:
#: >>> RE_WHO_CLAUSE_SEX.match(" who said she had been laid off wrote").group(1)
#: 'she'
RE_WHO_CLAUSE_SEX = LazyPattern(r",? who (?:said|says|asked|requested|told [\p{L} ]{1,30}?) (?:that )?(she|he|her|his)\b")

#: One unnamed in a relative clause that quotes their naming words inside another's sentence, around the
#: mention: before it the relative (‘a product line that ’, ‘on what ’), after it the naming verb (‘ had
#: called ’, ‘ once dubbed ’). Such a one only lends a phrase: never the subject a later "he" or "she" of
#: the article's own interview stands for (‘When Ana Ruiz took over, the firm had a product that one
#: reviewer had called “…”. / “…,” she said’ is Ruiz's).
#:
#: >>> bool(RE_RELATIVE_CALLER_BEFORE.search("a product line that ")), bool(RE_RELATIVE_CALLER_BEFORE.search("said that "))
#: (True, True)
#: >>> bool(RE_RELATIVE_CALLER_AFTER.match(" had called “")), bool(RE_RELATIVE_CALLER_AFTER.match(" once dubbed ‘"))
#: (True, True)
#: >>> bool(RE_RELATIVE_CALLER_AFTER.match(" said “")), bool(RE_RELATIVE_CALLER_AFTER.match(" called for “"))
#: (False, False)
RE_RELATIVE_CALLER_BEFORE = LazyPattern(r"\b(?:what|which|that) $")
RE_RELATIVE_CALLER_AFTER = LazyPattern(r" (?:(?:had|has|have|once|famously|memorably|later|then) ){0,2}"
                                       r"(?:called|dubbed|labell?ed|branded|described as) [“\"‘']")

#: An opening "As for" or "For" before a name: the topic the sentence's pronoun stands for (‘As for
#: Donald Trump, he said he is not worried’, ‘For Okonkwo, the shift cannot come fast enough. “…,” she says’),
#: a trade in lower case between (‘For dairy farmer Siobhán Kelly, the price cut is a blow. / “…,” she said’),
#: or an age (‘For 19-year-old Jayden Moss, the day was a lesson. / “…,” he said’) (w61e).
#:
#: >>> bool(RE_AS_FOR_BEFORE.search("For 19-year-old Jayden ")), bool(RE_AS_FOR_BEFORE.search("For dairy farmer Siobhán "))
#: (True, True)
#: >>> bool(RE_AS_FOR_BEFORE.search("For 19 years Jayden "))
#: False
#:
#: A place or a body's name may stand before the trade (‘For 23-year-old Otago student Mia Cole, …’) (w90d);
#: never one joined by "and" (‘For Leeds and Mia Cole’).
#:
#: >>> bool(RE_AS_FOR_BEFORE.search("For 23-year-old Otago student Mia ")), bool(RE_AS_FOR_BEFORE.search("For Leeds and Mia "))
#: (True, False)
RE_AS_FOR_BEFORE = LazyPattern(r"(?:^|\n\s*)(?:As (?:for|to)|For) (?:(?:(?!(?:of|like|and|or|the|a|an|with|from|to|all|many|most|some)\b)\p{Ll}[\p{Ll}\-]+|\d{1,3}-year-old"
                               r"|\p{Lu}[\p{L}\-]+(?= (?!(?:of|like|and|or|the|with|from|to)\b)\p{Ll})) ){0,3}"
                               r"(?:\p{Lu}[\p{L}.'’\-]* ){0,4}$")  # (opening a paragraph:
# inside one, ‘Lisa Crane defended her deputy. As for Maria Pell, she said, “…”’ goes on with Crane's words)

#: The spouse an obituary names first among those the dead leave, right before the name, a trade between
#: (‘He is survived by his wife, the singer Marta Lamb, two children …. In a message, she wrote: “…”’):
#: the one whose words follow, the likelier antecedent than one quoted before (w86a).
#:
#: >>> bool(RE_SURVIVED_BY_SPOUSE_BEFORE.search("He is survived by his wife, the poet ")), bool(RE_SURVIVED_BY_SPOUSE_BEFORE.search("She was survived by her husband "))
#: (True, True)
#: >>> bool(RE_SURVIVED_BY_SPOUSE_BEFORE.search("He is survived by two sons, "))
#: False
RE_SURVIVED_BY_SPOUSE_BEFORE = LazyPattern(r"\b(?:is|was|are|were) survived by (?:his|her|their) (?:wife|husband|partner|widow|widower|spouse)"
                                           r"(?:, | )(?:(?:the|a|an) (?:[\p{Ll}\-]+ ){1,3})?$")

#: A name after the spouse's in the sentence of those the dead leave (‘his wife, Ann, and his daughter,
#: Lena Cole.’): another of the pronoun's kind nearer, the spouse no likelier (rv86a).
RE_NAME_AFTER_SPOUSE = LazyPattern(r"[\s,]\p{Lu}\p{Ll}")
#: The spouse's own name, the words in capitals from its start.
RE_SPOUSE_NAME_RUN = LazyPattern(r"(?:\p{Lu}[\p{L}.'’\-]*(?: (?=\p{Lu}))?)*")

#: "According to" before a name: the source of what the sentence says (‘Rents will keep rising,
#: according to Nora Fielding, an economist. / Her advice: “…”’).
RE_ACCORDING_BEFORE = LazyPattern(r"\b[Aa]ccording to (?:\p{Lu}[\p{L}.'’\-]* ){0,3}$")

#: A cue set after what a sentence reports, just before a name: the one the sentence's speech is of,
#: its subject in effect (‘Endorsements matter less now, said Professor Andrea Rossi, who studies
#: unions. “…,” she said’); never a cue after a quotation (‘“…,” says Tanaka’), which the quotation's
#: rules read.
#:
#: >>> bool(RE_INVERTED_CUE_BEFORE.search("less than before, said Professor Andrea "))
#: True
#: >>> bool(RE_INVERTED_CUE_BEFORE.search("Faith Njoroge, an analyst, said lenders like "))
#: False
RE_INVERTED_CUE_BEFORE = LazyPattern(r"(?<![”\"’'])(?<![”\"’'] ), (?:said|says|added|adds|argued|argues|explained|explains|noted|notes) "
                                     r"(?:(?:\p{Lu}[\p{L}.'’\-]*|(?!(?:the|a|an|that|this|to|of|by|in|on|at|for|with|and|his|her|their|like|such|as)\b)"
                                     r"\p{Ll}[\p{L}.'’\-]*(?<![^s]s)) ){0,5}$")  # (a title's words, never a plural's: ‘said lenders like’)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its full stop, or the text's end)."""
    return min((i for i in (text.find(c, at) for c in ".!?\n") if i >= 0), default=len(text))


class CastOpenings:
    """Sentence openings: who opens a sentence (opens_sentence), the subject past an opening phrase or
    clause, and whether a person acts as the subject (_as_subject).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def opens_sentence(self, pos: int) -> bool:
        """The name at ``pos`` (with any title or given names before it) opens its sentence; a retired
        rank's bracket is part of its title (‘Former Army chief General (retd) Karamjit Bajwa welcomed …’)."""
        text = self.text
        j = pos
        noun_at = -1  # where a trade was passed over (one word before it may qualify it: "rickshaw driver")
        for _ in range(12):  # back over "Russian President Vladimir", "Mr." or "Council member"
            k = j
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
            w = k
            while w > 0 and not text[w - 1].isspace():
                w -= 1
            word = text[w:k]
            if (word[:1].isupper() and word[-1:] not in ".!?:”\"’," and word.lower() not in FUNCTION_WORDS) or (
                    word.endswith(".") and is_abbreviation(word[:-1])) or _title_noun(word) \
                    or (word[:1].isupper() and word.lower() in HONORIFICS) \
                    or (word[:1] == "(" and word[-1:] == ")" and word[1:-1].rstrip(".").lower() in RETIRED_MARKS) \
                    or (RE_AGE_EPITHET.fullmatch(word) and j > pos - 40) \
                    or (word in DESCRIPTION_NOUNS and word not in THING_NOUNS) or word in SCHOOL_YEARS \
                    or (word in LEADING_BILLING_NOUNS and text[max(0, w - 8):w].lower() == "leading ") \
                    or ("-" in word and all(part in ROLE_NOUNS for part in word.split("-"))) \
                    or (word in PARTICLES and j > pos - 40) \
                    or (word in WORD_POSITIONS and text[j:j + 1].isupper() and text[max(0, w - 2):w - 1].isalpha()
                        and (prev := text[max(0, w - 30):w].split()[-1:]) and prev[0][:1].isupper()) \
                    or (word in ("of", "for") and text[j:j + 1].isupper()
                        and (prev := text[max(0, w - 30):w].split()[-1:]) and prev[0][:1].isupper() and _title_noun(prev[0].lower())) \
                    or (word in TITLE_RUN_QUALIFIERS and j > pos - 80 and text[j:j + 1].islower()) \
                    or (word in ("of", "and") and j > pos - 80 and (nxt := text[j:j + 24].split()[:1])
                        and (_title_noun(nxt[0].lower()) or nxt[0] in TITLE_RUN_QUALIFIERS)
                        and (prev := text[max(0, w - 30):w].split()[-1:]) and _title_noun(prev[0].lower())) \
                    or (noun_at == j and word.replace("-", "").isalpha() and word.islower() and word not in FUNCTION_WORDS
                        and word not in SPEECH_VERBS and word not in AUXILIARIES and not word.endswith(("ed", "ly"))):
                # ("Annelie von Wartenstein", "Superintendent of Police Kamrul Hasan", "Leader of
                # opposition and former deputy chief minister Tejpal Mandal"), an honorific with no stop
                # ("Mr Fenwick-Bray said") and an age ("Among them was 16-year-old Maisie Trewin")
                # ("Local man Merv Tolhurst", "Granger senior Cody Ramsey", "rickshaw driver Ghulam Mustafa",
                # and a hyphened word before the trade: "first-time nominee Sol Reyes", "long-time resident X")
                if ((word in DESCRIPTION_NOUNS and word not in THING_NOUNS) or "-" in word and word.islower()) and noun_at < 0 \
                        and not RE_AGE_EPITHET.fullmatch(word):
                    noun_at = w  # (a trade's words: "rickshaw driver", "The singer-songwriter")
                j = w
            else:
                break
        style = text[j:j + 12].split(" ", 1)[0].rstrip(".").lower() in CLERGY_STYLES
        if (noun_at == j or style) and text.endswith("The ", 0, j):
            j -= 4  # the trade's article, or a style's: ‘The novelist Ottilie Brandauer died …’, ‘The Rev. Samuel Okoye, …, said’
        elif (noun_at >= 0 or style) and text.endswith((", the ", ", a ", ", an "), 0, j):
            j = text.rindex(" ", 0, j - 1) + 1  # (and after a comma: ‘Her defeated opponent, the former housing
            # minister Clare Whitlow, was gracious’, ‘The Dean of Marlbury, the Very Revd Andrew Pike, told …’: the
            # phrase before read as its opening)
        elif noun_at == j and (own := RE_OWNER_BEFORE.search(text, max(0, j - 7), j)) is not None:
            j = own.start()  # the trade's owner: ‘Her colleague Theresa Mahon, who works …, nodded.’
        elif noun_at == j and (own := RE_THE_OWNER_BEFORE.search(text, max(0, j - 40), j)) is not None:
            j = own.start()  # and a body's or a thing's, with its article: ‘The union’s negotiator Dara Whelan called …’
        elif text.endswith(("The ", "the "), 0, j) and RE_POSSESSIVE_AT.match(text, j) is not None:
            j -= 4  # (a capital owner, read as the name's first word: ‘The SNP’s Dara Whelan was unimpressed.’)
        named = RE_NAMED_BEFORE.search(text, max(0, j - 60), j)
        if named is not None:
            j = named.start()  # "a worker named Antonio Arroyo praised …": the worker opens the sentence
        k = j
        while k > 0 and text[k - 1] in " \t\xa0":
            k -= 1
        end = k - 1 if k > 1 and text[k - 1] == "," else k  # ("Still, Tad Devine …")
        w = end
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        if w < end and text[w:end] in SENTENCE_OPENERS:  # "But Trump said", "Meanwhile, Clinton …"
            k = w
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
        elif (habit := RE_HABIT_OPENING.search(text, max(0, end - 16), end)) is not None:
            k = habit.start()  # a habit's time with no comma: ‘These days Salcedo goes to the gym’
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
        if k > 0 and text[k - 1] == "," and self._after_opening_phrase(k - 1, pos):
            return True
        if text.endswith(NEXT_SPEAKER_LEADS, 0, k) and not RE_POSSESSIVE_AT.match(text, pos) and (
                not text.endswith(" followed by", 0, k) or RE_FOLLOWED_SUBJECT.search(text, max(0, k - 60), k)):
            return True  # the next to act at a meeting: ‘He was followed by Sheila Moore’, ‘Next came X’
            # (never an owner: ‘Then came Jim Platt's audit’)
        if _among_was(text, k):  # the subject after its verb: ‘Among those celebrating was Aisha, 16,’
            return True
        if k > 1 and text[k - 1] == "," and (office := RE_CLAUSE_OFFICE_BEFORE.search(text, max(0, k - 60), k - 1)) is not None \
                and _title_noun(office.group(1).lower()) \
                and (run := RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)) is not None \
                and (verb := RE_SET_OFF_VERB.match(text, run.end())) is not None \
                and (verb.group(1) in IRREGULAR_PAST or verb.group(1) in SPEECH_VERBS or verb.group(1).endswith("ed")):
            return True  # the name set off after an office that opens a clause of its own, its verb after:
            # ‘That drew groans, and the Presiding Officer, Catriona Dunlop, intervened.’
        if k > 0 and text[k - 1] in "–-" and (d := RE_LEDE_DATELINE.match(text, text.rfind("\n", 0, k) + 1, j)) is not None \
                and d.end() >= k:
            return True  # after a dateline and its dash, an en dash or a hyphen too: ‘SINGAPORE – Goh Chin Huat and …’
        return k == 0 or text[k - 1] in ".!?:\n\r“”\"’‘'—"

    def _acts_after_opening(self, pos: int) -> bool:
        """The name at ``pos`` is the subject of its sentence after a short opening phrase and its
        comma, a lower-case title at most between, a verb right after it (‘Back at Red River,
        instructor Marta Kowalczyk runs an informal conversation circle’, ‘On Monday, Smith
        announced …’): the one a "he" or "she" after stands for."""
        text = self.text
        start = _name_start(text, pos)
        opening = RE_OPENING_BEFORE_NAME.search(text, max(0, start - 120), start)
        if opening is None and text.find(", where ", max(0, start - 200), start) >= 0:
            opening = RE_OPENING_WHERE_BEFORE_NAME.search(text, max(0, start - 200), start)  # (a place's clause
            # after the opening phrase: ‘In Senglea, where a crowd had gathered, fisherman Joe Grech shook his head’)
        if opening is None or opening.group(1).lower() not in OPENING_PREPOSITIONS \
                or len(opening.group(2).split()) > (OPENING_CLAUSE_WORDS if opening.group(1).lower() in SUBORDINATE_OPENERS
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

    def _narrative_pronoun_between(self, lo: int, hi: int, gender: str) -> bool:
        """A subject pronoun of the sex ``gender`` opens a sentence of the narrative (outside any
        quotation) between ``lo`` and ``hi``, past the sentence at ``lo`` (‘… Marta Coll, whose cups sell
        out. Earlier this year she posted …’). Substring searches."""
        word = "she" if gender == "f" else "he"
        hi += 1  # (the space after a pronoun ending at ``hi``)
        for lead in (f" {word} ", f"{word.capitalize()} "):
            at = self.text.find(lead, lo, hi)
            while at >= 0:
                k = at + (lead[0] == " ")
                if not any(s_ <= k < e_ for s_, e_ in self.quoted) and self.text.find(". ", lo, k) >= 0 \
                        and not self.text[k - 2:k].strip(" ").endswith((",", "“", '"', "‘")):
                    return True
                at = self.text.find(lead, at + 1, hi)
        return False

    def _surname_reports_in_paragraph(self, pos: int, before: int) -> bool:
        """The bare word at ``pos`` opens a sentence of the paragraph that runs on to ``before`` as the
        subject of a report, an age set off at most between (:data:`RE_AGED_SURNAME_SAID`: ‘… / Vale, 61,
        said …’).

        >>> from quotesearch.speakers import Cast
        >>> t = "Ruby Vale sang. Vale, 61, said it. “Yes,” he said"
        >>> Cast(t)._surname_reports_in_paragraph(16, 40), Cast("Ruby Vale sang. Vale said.\\n“Yes,” he said")._surname_reports_in_paragraph(16, 40)
        (True, False)
        """
        text = self.text
        if "\n" in text[pos:before] or text[max(0, pos - 8):pos].rstrip()[-1:] not in ("", ".", "!", "?", "”", "\""):
            return False
        bare = RE_CAPWORD.match(text, pos)
        return bare is not None and RE_AGED_SURNAME_SAID.match(text, bare.end()) is not None

    def _phrase_lenders(self, recent) -> set[str]:
        """The unnamed of ``recent`` who only lend a phrase, in a relative clause of another's sentence that
        quotes their naming words (:data:`RE_RELATIVE_CALLER_BEFORE`, :data:`RE_RELATIVE_CALLER_AFTER`: ‘a
        product that one reviewer had called “…”’), by their descriptions.

        >>> from quotesearch.speakers import Cast
        >>> c = Cast("When Ana Ruiz took over, the firm had a product that one reviewer had called “clunky”.")
        >>> c._phrase_lenders([(53, Person("one reviewer", kind="description"))])
        {'one reviewer'}
        """
        return {p.name for pos, p in recent if p.kind == "description" and p.gender is None
                and RE_RELATIVE_CALLER_AFTER.match(self.text, pos + len(p.name)) is not None
                and RE_RELATIVE_CALLER_BEFORE.search(self.text, max(0, pos - 8), pos) is not None}

    def _pronoun_takes_up_nearest(self, near_at: int, near: Person, subject_at: int, hi: int, gender: str,
                                  recent) -> bool:
        """A narrative "he" or "she" of ``gender`` later in the sentence that names ``near`` (at
        ``near_at``), where ``near`` is the only one of that sex named (‘Coach Rachel Dunn has worked with
        Vargas on his swing, and he credited her afterward. “…,” he said’): that pronoun took ``near`` up,
        and the speaker's "he" after it goes on with them, never a subject (at ``subject_at``) of sentences
        before. Guards: the subject is named before that sentence opens; the pronoun stands outside any
        quotation and before ``hi``; everyone else named in the sentence is known to be of the other sex, or no one
        (a body, a team)."""
        text = self.text
        start = max((m.end() for m in RE_CLAUSE_SENTENCE_STOP.finditer(text, max(0, near_at - 400), near_at)), default=-1)
        if start < 0 or subject_at >= start:
            return False
        stop = min(len(text), hi)
        if (dot := RE_CLAUSE_SENTENCE_STOP.search(text, near_at, stop)) is not None:
            stop = dot.start()
        took = RE_JOINED_PRONOUN[gender].search(text, near_at, stop)
        if took is None or any(s_ <= took.start() < e_ for s_, e_ in self.quoted):
            return False
        if any(not any(s_ <= m.start() < e_ for s_, e_ in self.quoted)
               for m in RE_HE_OR_SHE[gender].finditer(text[:took.start()], start)):
            return False  # (guard, review rv17: a pronoun of that sex before it in the sentence already had
            # its man, whom the joined one goes on with: ‘“…,” said coach Tom Reilly. He has worked with
            # Diego Vargas …, and he says the youngster is ready. “…,” he said’ is Reilly's)
        return all(q is near or q.gender not in (None, gender) or q.plural or q.kind == "organisation"
                   or (q.kind == "name" and not q.personlike)
                   for at, q in recent if start <= at < took.start())

    def _description_told_other_sex(self, pos: int, p: Person, gender: str) -> bool:
        """The description ``p``, if written at ``pos`` (never the speech it was noted at), is the subject
        of a cue that reports it by the pronoun of the other sex than ``gender`` (:data:`RE_CUE_THEN_SEX`:
        ‘The driver, who was not charged, told police he had …’ is a "he", never a "she" after)."""
        if self.text[pos:pos + len(p.name)].lower() != p.name.lower():
            return False
        told = self._sex_after_cue(pos + len(p.name))
        return told is not None and told != gender

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

    def _named_in_next_sentence(self, mention: Mention) -> Person | None:
        """The person the sentence right after names as the one unnamed at ``mention`` (‘… a meeting that
        one member later called “the worst night of my life.” That member was Treadwell.’): by that name.
        Substring searches for "That <noun> was " within :data:`DESCRIPTION_NAMED_REACH`. Guards: the mention
        is one unnamed ("one …", "a …", "an …"), the sentence opens there and goes on with a capitalised
        name (never ‘The member was not identified’), which names a person, no place or body."""
        words = mention.text.split()
        if len(words) != 2 or words[0].lower() not in ("one", "a", "an") or not words[1].isalpha():
            return None
        text = self.text
        hi = min(len(text), mention.end + DESCRIPTION_NAMED_REACH)
        for lead in ("That ", "The "):
            at = text.find(f"{lead}{words[1]} was ", mention.end, hi)
            if at < 0 or text[at - 1:at] not in (" ", "\n") or text[max(0, at - 3):at].strip()[-1:] not in tuple(".!?”\"’"):
                continue  # (the sentence opens there)
            run = RE_NAME_RUN.match(text, at + len(lead) + len(words[1]) + 5) \
                or RE_CAPWORD.match(text, at + len(lead) + len(words[1]) + 5)  # (a surname alone: ‘was Treadwell.’)
            if run is None:
                continue
            p = self.person_for_name(Mention(run.start(), run.end(), run.group(), "name"))
            if not (text.startswith((".", ",", " of ", "\n", "”", ";"), run.end()) or run.end() == len(text)) \
                    or run.group().split()[0].rstrip(".,") in WEEKDAY_GUARD:
                continue  # (guard: the name closes the clause, no verb after: ‘The researcher was Monday placed …’,
                # ‘The owner was Little Acorns director Priya Shah’)
            if p is not None and p.kind == "name" and not p.placelike and not p.plural:
                return p
        return None

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

    def _after_opening_phrase(self, comma: int, pos: int) -> bool:
        """The name at ``pos`` stands after a sentence's short opening phrase and its comma, and
        acts or is set off ("Nigeria’s culture minister, Funmilayo Adeyemi-Cole, welcomed …", "On
        Monday, Smith said"): the sentence's subject (never one of a list: "met Putin, Lavrov and Xi")."""
        text = self.text
        end = text.find(" ", pos)
        end = len(text) if end < 0 else end
        end = _surname_first_end(text, pos, end)  # (past the given names of a surname written first: ‘Tan's
        # lawyer, Senior Counsel Ng Mei Ling, argued’)
        if text[pos:end].lower() in ("the", "a", "an", "one", "another") or _owner_word(text[pos:end]):
            # (someone described: past the noun, ‘…, the woman told the jury’, and one described by
            # whose they are, ‘In a statement, her family said’, ‘In a tribute, Ellis's family said’)
            words = text[end:end + 60].split()[:4]
            noun = next((i for i, w in enumerate(words) if w.strip(",").lower() in DESCRIPTION_NOUNS), None)
            if noun is None:
                return False
            end = text.find(words[noun], end) + len(words[noun].rstrip(","))
        rest = text[end:end + 48]
        party = RE_BRACKET_AFTER.match(rest)  # (a party's bracket after the name: ‘Cllr Seán Kiely (Ind) appealed’)
        body = None
        if party is not None:
            rest = rest[party.end():]
        elif (body := RE_OF_BODY_AFTER.match(text, end)) is not None:
            rest = text[body.end():body.end() + 48]  # (past the body they belong to: ‘Det Insp Rachel Coombes of Avon
            # and Somerset Police said’)
        after = rest[:24].split()
        if RE_ANSWERED_AFTER.match(rest):
            return False  # (one acted on: ‘The third speaker, Luis Díaz of the Miami Tenants Coalition, was interrupted
            # by Commissioner Joe Carollo.’)
        if not (text[end - 1] == "," or rest.startswith(",") and (party is not None or body is not None)
                or (after and (after[0] in SPEECH_VERBS or after[0].endswith("ed") or after[0] in IRREGULAR_PAST or (
                    after[0] in ("has", "had", "was", "is", "will", "would", "did", "could") and len(after) > 1
                    and after[1].isalpha())))):
            return False  # (and a verb with its auxiliary: ‘For her part, Priyanka Deshmukh-Lowe has made peace …’)
        lo = max(0, comma - 200)  # (a participle's phrase may run long: ‘Asked in a 2002 interview with the
        start = comma  # Sentinel, on the eve of leaving office, how she hoped to be remembered,’)
        while True:
            start = max(text.rfind(c, lo, start) for c in ".!?:\n")
            if start > 0 and text[start] == ":" and text[start - 1:start].isdigit() and text[start + 1:start + 2].isdigit():
                continue  # (a time's colon: ‘At 5:45 a.m. on Friday,’)
            if start < 0 or text[start] != "." or not _abbreviation_before(text, start):
                break  # (never the stop of "Mr." or "C.": "under Mr. Bush’s father, George Bush, …")
        if start < 0 and lo > 0:
            return False
        phrase = text[start + 1:comma].lstrip(" ”\"’'")  # (after a quotation's closing mark: ‘river.” But his friend, X,’)
        stamp = RE_TIME_STAMP.match(phrase) or RE_DATELINE_OPENING.match(phrase)
        if stamp:
            phrase = phrase[stamp.end():]  # a live report's time first: "10:58 — The coach, X, is …"; a
            # dateline: "FAIRVIEW - At 5:45 a.m. on Friday, Gil Navarro unlocked …"
        words = phrase.split()
        if "," in phrase and words and words[0].lower() in OPENING_PREPOSITIONS and phrase.count(",") == 1 \
                and 0 < len(set_off := phrase[phrase.index(",") + 1:].split()) <= 4 and all(w[:1].isupper() for w in set_off):
            phrase = phrase[:phrase.index(",")]  # (a title set off inside it: "In her 2003 book, Living History, Clinton noted")
            words = phrase.split()
        if "," in phrase and (place := _place_after_body(phrase)) is not None:
            phrase = phrase[:place]  # (a place set off after the body's name: ‘The Vice-Chancellor of the Federal
            words = phrase.split()  # University of Technology, Akure, Prof. X, said’)
        connective = len(words) > 2 and words[0].rstrip(",") in SENTENCE_OPENERS and words[1] in ("the", "a", "an")
        if connective:
            words = words[1:]  # (a connective first: ‘However, the Minority Leader, Senator X, raised …’,
            phrase = phrase.split(None, 1)[1]  # ‘But the chairman, X, said’)
        lead = _opening_participle(words)
        participle = bool(words) and (words[0].lower().endswith("ing") or words[0].lower() in PARTICIPLE_OPENERS
                                      or lead is not None)
        if ("," in phrase and not participle) or not 0 < len(words) <= (30 if participle else 12) \
                or not (words[0][:1].isupper() or connective):
            return False  # (and never a sentence inside a quotation: "“My top science adviser, John
            # Holdren, …": its opening mark is no capital)
        first = lead or words[0].lower()
        if first in OPENING_PREPOSITIONS or (len(words) <= 2 and first.endswith(ADVERB_LY)) or first.endswith("ing") \
                or (first.endswith("ed") and len(words) > 1 and words[1].lower() in ("about", "by", "on", "if", "why")):
            return True  # "In an interview, Khan said", "Privately, …", "Walking to the next address,
            # Ebeling reminisced", "Asked about the deal, Lee said"
        if len(words) <= 4 and words[-1].lower() in ("away", "later", "earlier", "ago", "nearby"):
            return True  # a short phrase of distance or time: ‘Not far away, street vendor Edson Lima was
            # selling …’, ‘Two days later, …’
        if first in ("the", "a", "an", "one", "another") and "who" in words[2:RELATIVE_AFTER_NOUN_REACH]:
            words = words[:words.index("who", 2)]  # (a relative clause of the noun is no verb of the sentence:
            # ‘A consumer advocate who appeared on a separate panel, Marc Giroux, rejected that’) (w66b)
        if len(words) > 8 and not (len(words) <= BODY_OFFICE_WORDS and _office_of_body(words)):
            return False  # (a long noun phrase is no title: only an opening phrase is read that far; but an
            # office of a body named in capitals is: ‘The Vice-Chancellor of the Federal University of Science
            # and Technology, X, said’)
        # a noun phrase, with no verb in it: "Nigeria’s culture minister, Funmilayo Adeyemi-Cole,
        # welcomed …", "Yiaga Africa's executive director, Samson Itodo, said" (never "Police
        # arrested a suspect, John Doe, …": the suspect is its object)
        owner = next((i for i, w in enumerate(words[:3]) if not w[:1].isupper() or w.endswith(("’s", "'s"))), None)
        return (first in ("the", "a", "an", "one", "his", "her", "their", "its", "our", "another")
                or (owner is not None and words[owner].endswith(("’s", "'s")) and words[owner][:1].isupper())) and not any(
            w.islower() and ((w.endswith("ed") and not (i == 1 and i + 1 < len(words))) or w in BE_FORMS_ALL or w in AUXILIARIES
                             or (w in SPEECH_VERBS and not (w == "state" and words[i + 1:i + 2] and words[i + 1][:1].isupper())))
            for i, w in enumerate(words))  # ("the state Police Public Relations Officer": an adjective; and
        # a participle right after the article, before its noun: ‘Her defeated opponent, the former housing
        # minister Clare Whitlow, was gracious.’)

    def _pair_acting_at(self, pos: int, p: Person, recent: list[tuple[int, Person]]) -> Person | None:
        """The pair that ``p``, named at ``pos`` by the surname, closes, when the two are a sentence's
        subject: ‘Paul Brandt and Karen Liu said the penalty was too high’ (both named people, the
        second's surname followed by a verb in the past or a speech verb); a "they" after is theirs.

        Never two of whom one is no person named (‘Carrow and Karen Liu’ of a bank), nor a pair
        in an aside or an object's place (‘fined Ito and Liu, who …’), nor one set in a longer
        list (‘Ito, Brandt and Liu said’: the list is no pair).
        """
        word = RE_CAPWORD.match(self.text, pos)
        if word is None or (acts := RE_PAIR_ACTS.match(self.text, word.end())) is None:
            return None
        verb = acts.group(1)
        if not (verb in SPEECH_VERBS or (verb.endswith("ed") and verb not in ("need", "seed", "feed"))
                or verb in ("have", "had", "were")):
            return None
        for pos2, q in reversed(recent):
            if pos2 >= pos or q is p:
                continue
            if q.kind != "name" or not q.personlike or not p.personlike \
                    or RE_PAIR_JOIN.fullmatch(self.text, pos2, pos) is None:
                return None
            before = self.text[max(0, pos2 - 40):pos2].rstrip().rsplit(" ", 1)[-1]
            if before.endswith(","):  # (‘Ito, Brandt and Liu’)
                return None
            opening = max(self.text.rfind(c, 0, pos2) for c in ".!?\n,") + 1  # (guard: never an opening phrase's
            # word, ‘Speaking to reporters,’, ‘In a post on Instagram,’)
            if any(w.strip(";:").lower() in SPEECH_VERBS and w.islower() and not w.endswith("ing")
                   for w in self.text[opening:pos2].split()):
                return None  # (a pair inside what another says: ‘Prosecutors said Sam Bankman-Fried and
                # Caroline Ellison conspired …. “…,” they said’ is the prosecutors')
            return Person(f"{q.name} and {p.name}", kind="description", plural=True)
        return None

    def _as_subject(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]], mention: Mention,
                    nearest: Person | None, fallback: Person | None) -> bool:
        """Whether the recent one at ``pos`` is a subject or a speaker, the likelier antecedent than a nearer object (‘That drew scorn from Solberg. “…,” she said’)."""
        return (pos in self._spoke_at and not self._played_at(pos)) or self.opens_sentence(pos) \
            or self._acts_after_opening(pos) or self._told_own_sex(pos, p, gender, mention.start) \
            or self._acts_in_joined_clause(pos) or self._acts_in_event_clause(pos, mention.start) \
            or self._acts_in_contact_clause(pos) \
            or RE_HEARD_OPENING_BEFORE.search(self.text, max(0, pos - 40), pos) is not None \
            or (RE_HEARD_FROM_COURT_BEFORE.search(self.text, max(0, pos - 100), _name_start(self.text, pos)) is not None
                and RE_DOCK_BETWEEN.search(self.text, pos, _sentence_end(self.text, mention.start)) is None) \
            or (p.kind == "name" and " " not in p.name and p.gender is not None and self.text.startswith(p.name, pos)
                and _given_opens_clause(self.text, pos, p.name)) \
            or self._acts_in_opening_clause(pos, gender) \
            or self._set_off_after_described_opening(pos) \
            or (self._acts_after_modifiers(pos, gender)
                and not (p.gender is None and self._quote_speaks_of_sex(mention.start, gender))) \
            or self._acts_in_place_clause(pos, recent, p, gender) \
            or self._real_name_of_opener(pos, p) \
            or (p.kind == "name" and self._named_by_own_pronoun(pos, gender)) \
            or ((reaction := RE_REACTION_FROM_BEFORE.search(self.text, max(0, pos - 80), pos)) is not None
                and (not any(w in reaction.group() for w in (" came from ", " comes from ", " come from "))
                     or "?" in self.text[max(0, mention.start - 4):mention.start]
                     or RE_ASKED_AFTER_GUARD.match(self.text, mention.end) is not None)) or (
            # (guard: the one a question came from asks next, never answers: ‘The first question came
            # from Tom Reilly, …. “Those charges are set by …,” he said’ is the mayor's)
            # (the one a reaction came from: ‘That drew scorn from Solberg. “…,” she said’)
            RE_AS_FOR_BEFORE.search(self.text, max(0, pos - 60), pos) is not None
            and RE_POSSESSIVE_AT.match(self.text, pos) is None) \
            or (RE_SURVIVED_BY_SPOUSE_BEFORE.search(self.text, max(0, pos - 100), _name_start(self.text, pos)) is not None
                and RE_NAME_AFTER_SPOUSE.search(self.text, RE_SPOUSE_NAME_RUN.match(self.text, pos).end(),
                                                _sentence_end(self.text, pos)) is None) or (
            # (the spouse an obituary names among those the dead leave: ‘He is survived by his wife, the
            # singer Marta Lamb, …. “…,” she wrote’, w86a)
            # (the topic an opening "As for" sets: ‘As for Trump, he said he is not worried’)
            # and, with no one of the pronoun's kind named since, the source "according to" names, who
            # speaks in effect, or the one a cue after the sentence's speech names (‘…, said Professor
            # Andrea Rossi, who studies unions. “…,” she said’, never the one quoted before), or one
            # introduced with an age set off, whose words follow (‘That was little comfort to Tomas
            # Reyes, 44, who had worked there. / “…,” he said.’)
            nearest is None and fallback is None and p.kind == "name" and (
                RE_ACCORDING_BEFORE.search(self.text, max(0, pos - 60), pos) is not None
                or RE_INVERTED_CUE_BEFORE.search(self.text, max(0, pos - 60), pos) is not None
                or self._introduced_aged(p, pos) or self._introduced_as_kin(p, pos)
                or self._introduced_with_who(p, pos) or self._introduced_as_predicate(p, pos))) or (
            nearest is None and p.kind == "name" and p.personlike
            and (w_ := RE_CAPWORD.match(self.text, pos)) is not None
            and self.text.startswith(SAID_AFTER, w_.end())) \
            or (p.kind == "name" and RE_WHO_SAID.match(self.text, pos) is not None
                and RE_NAME_AS_SUBJECT.search(self.text, max(0, pos - 60), pos) is not None)
