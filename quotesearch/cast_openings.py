"""Sentence openings: who opens a sentence (opens_sentence), the subject past an opening phrase or
clause, and the person a sentence's subject is. The clauses a subject acts in are tested in
:mod:`quotesearch.cast_subject_clauses`, the sentences around a mention in
:mod:`quotesearch.cast_nearby_subjects` (mixins of :class:`CastOpenings`).
"""

from __future__ import annotations

import re

from quotesearch.lexicon import LazyPattern, RE_AGE_EPITHET
from quotesearch.name_words import HONORIFICS, RETIRED_MARKS, is_abbreviation
from quotesearch.document_words import THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, LEADING_BILLING_NOUNS, ROLE_NOUNS, WORD_POSITIONS
from quotesearch.speech_words import AUXILIARIES, RE_REACTION_FROM_BEFORE, SPEECH_VERBS
from quotesearch.mention_words import ADVERB_LY, IRREGULAR_PAST, Mention
from quotesearch.name_parts import FUNCTION_WORDS, PARTICLES
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.people import BE_FORMS_ALL, OPENING_PREPOSITIONS, Person, RE_POSSESSIVE_AT, _owner_word
from quotesearch.bylines import RE_LEDE_DATELINE
from quotesearch.full_names import RE_NAMED_BEFORE, _given_opens_clause, _name_start, _surname_first_end
from quotesearch.kinship import SENTENCE_OPENERS
from quotesearch.firms import RE_OF_BODY_AFTER, _office_of_body, _place_after_body
from quotesearch.offices import _abbreviation_before
from quotesearch.office_titles import CLERGY_STYLES, _title_noun
from quotesearch.sources import _among_was
from quotesearch.descriptions import _opening_participle, _set_off_after_another
from quotesearch.cast_nearby_subjects import CastNearbySubjects
from quotesearch.cast_subject_clauses import CastSubjectClauses


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

#: How many words into a sentence's opening noun phrase a relative "who" may come, after its article and
#: noun (‘A consumer advocate who appeared …,’): what follows it describes the noun (w66b).
RELATIVE_AFTER_NOUN_REACH = 6

#: An asking cue right after a pronoun (‘ asked’).
RE_ASKED_AFTER_GUARD = LazyPattern(r" (?:asked|asks|demanded|wanted to know|shouted|pressed)\b")


#: A time of habit that opens a sentence with no comma before its subject (‘These days Salcedo
#: goes to the gym’, ‘Nowadays Pike rarely performs’): the name after it is the subject.
#:
#: >>> bool(RE_HABIT_OPENING.search("He smiled. These days")), bool(RE_HABIT_OPENING.search("in those days"))
#: (True, False)
RE_HABIT_OPENING = LazyPattern(r"(?<![\p{L}\p{M}’'\-])(?:(?:These|Most|Some) (?:days|mornings|evenings|nights|weekends)|Nowadays|Lately)$")

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


#: Lower-case words inside a long title before a name ("former deputy chief minister X").
TITLE_RUN_QUALIFIERS = frozenset("former then acting interim retired ex".split())

#: A short bracket right after a name: a party and a place (‘(Ind)’, ‘(D-Ohio)’).
RE_BRACKET_AFTER = LazyPattern(r" ?\([^()\n]{1,24}\)")


#: Most words an office of a body written in capitals may run to, opening a sentence before the name set off.
BODY_OFFICE_WORDS = 14
# (or in single marks: ‘Jordan ‘JT’ Taylor-Burns’, "Dean 'Dino' Maguire")


#: A live report's time stamp before its sentence: "10:58 — ", "2.15pm: ", "11:10 a.m. ET - ".
RE_TIME_STAMP = re.compile(r"\s*(?:\d{1,2}[:.])?\d{1,2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–:-]\s+")

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


class CastOpenings(CastSubjectClauses, CastNearbySubjects):
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
            or (p.kind == "description" and _set_off_after_another(self.text, pos)) \
            or (self._acts_after_modifiers(pos, gender)
                and not (p.gender is None and self._quote_speaks_of_sex(mention.start, gender))) \
            or self._acts_in_place_clause(pos, recent, p, gender) \
            or self._real_name_of_opener(pos, p) \
            or (p.kind == "name" and self._named_by_own_pronoun(pos, gender)) \
            or ((reaction := RE_REACTION_FROM_BEFORE.search(self.text, max(0, pos - 80), pos)) is not None
                and (not any(w in reaction.group() for w in (" came from ", " comes from ", " come from "))
                     or "?" in self.text[max(0, mention.start - 4):mention.start]
                     or RE_ASKED_AFTER_GUARD.match(self.text, mention.end) is not None)) or (
            # (one unnamed set off after an opening "Another" is its sentence's subject: ‘Another, a nurse on
            # the ward, said …. “…,” she said’, w107d)
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
