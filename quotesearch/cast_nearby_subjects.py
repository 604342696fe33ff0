"""Subjects in the sentences around a mention (:class:`CastNearbySubjects`, a part of
:class:`quotesearch.cast_openings.CastOpenings`): a narrative pronoun between two places, a pronoun
that takes up the nearest one named, a surname that reports in its paragraph, the unnamed who only
lend a phrase, a description told by the other sex's pronoun, the one the next sentence names and a
pair that is a sentence's subject; with the patterns and word lists only they read.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import CALENDAR_NAMES
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.mention_words import Mention
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN
from quotesearch.people import Person


#: How far after an unnamed one the sentence that names them may open (‘That member was Treadwell.’).
DESCRIPTION_NAMED_REACH = 200

#: What follows a bare surname opening a sentence as the subject of a report, an age set off at
#: most between: ‘Vale, 61, said’, ‘Vale said’ (never ‘Vale, with her service, …’).
#:
#: >>> bool(RE_AGED_SURNAME_SAID.match(", 61, said the")), bool(RE_AGED_SURNAME_SAID.match(", with her"))
#: (True, False)
RE_AGED_SURNAME_SAID = LazyPattern(r"(?:, \d{1,3},)? (?:said|says|told|tells|added|adds)\b")


#: Between the surnames of two people named as a pair: the first's surname, "and", the second's
#: given names or initials (‘Brandt and Karen’ of ‘Paul Brandt and Karen Liu’, ‘Ito and Liu’).
RE_PAIR_JOIN = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?:,? (?:Jr|Sr)\.?)? and (?:\p{Lu}[\p{L}\p{M}’'\-]*\.? ){0,3}")

#: What follows the second surname of a pair that is a sentence's subject: a verb in the past or one
#: that speaks (‘Paul Brandt and Karen Liu said’, ‘… dissented’, ‘… have argued’), never an aside or
#: an object's place (‘fined Ito and Liu, who …’, ‘Ito and Liu’s lawyers’).
RE_PAIR_ACTS = LazyPattern(r"(?:,? (?:Jr|Sr)\.?)? (?:also |jointly |both |later |then )?(\p{Ll}+)\b(?![’'])")

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


#: A quotation's opening mark: a double one, or a single one with no letter before it (never an apostrophe).
#:
#: >>> RE_OPENING_MARK.search("he said “no”").start(), RE_OPENING_MARK.search("Britain‘s") is None
#: (8, True)
RE_OPENING_MARK = LazyPattern(r"[“\"«]|(?<!\p{L})‘")

#: Words that mark an unnamed one, in their description or the clauses after it, as of one sex (‘who did
#: not want her name used’, ‘a retired postwoman’): then they are the "she" (or "he") who tells, never the one
#: told.
#:
#: >>> bool(RE_OWN_SEX_MARK["f"].search("A tenant, who did not want her name used, said ")), bool(RE_OWN_SEX_MARK["f"].search("A tenant said "))
#: (True, False)
RE_OWN_SEX_MARK = {
    "f": regex.compile(r"\b(?i:her|herself|hers|woman|women|girl|mother|grandmother|daughter|wife|sister|aunt|niece|widow"
                       r"|\p{L}+woman)\b"),
    "m": regex.compile(r"\b(?i:his|himself|man|men|boy|father|grandfather|son|husband|brother|uncle|nephew|widower"
                       r"|\p{L}+man)\b"),
}

#: In the sentence of one unnamed, a "he" or "she" (group ``by``) that tells or asks someone of the other
#: sex (group ``to``): ‘One former aide recalled a meeting in which she told him …’ makes the aide the "him",
#: and the "she" another. Read from the unnamed one's end to the sentence's stop or first quotation mark.
#: Only a verb of telling, asking or writing to, right after the pronoun ("had" or one adverb between at most); a "her"
#: only as an object, a small word or a stop after it (never ‘she told her staff’).
#:
#: >>> [m.group("by", "to") for m in RE_PRONOUN_TELLS_OTHER.finditer(
#: ...     " recalled a briefing in which she told him cuts would hurt")]
#: [('she', 'him')]
#: >>> [bool(RE_PRONOUN_TELLS_OTHER.search(t)) for t in (" said he once warned her", " said she told her staff",
#: ...     " said she told the minister", " said he saw her", " said the boss told him", " said he told her son")]
#: [True, False, False, False, False, False]
RE_PRONOUN_TELLS_OTHER = LazyPattern(
    r"\b(?P<by>she|he) (?:(?:once|later|then|had|\p{Ll}+ly) )?(?:told|asked|warned|assured|reminded|informed|urged|wrote to|emailed|phoned|rang)"
    r" (?P<to>him\b|her(?=[,.;:!?]|$| (?:that|to|the|a|an|it|about|what|how|why|whether|he|she|they|not|so|this|in|on|at)\b))")

#: What ends right before one unnamed who is only what someone else is called or is like: "as" or "like",
#: "something of" or the like between at most (‘gained a reputation as something of an awkward customer’,
#: ‘worked as a nurse’). Such a complement is no one a later "he" or "she" stands for, w107d.
#:
#: >>> [bool(RE_AS_COMPLEMENT_BEFORE.search(t)) for t in ("a reputation as something of ", "she worked as ",
#: ...     "known, like ", "a talk with ", "said ", "has ")]
#: [True, True, True, False, False, False]
RE_AS_COMPLEMENT_BEFORE = LazyPattern(r"\b(?:as|like)(?: (?:something|a bit|more|rather|somewhat|much) of)? $")

#: How far after one unnamed their sentence is read for :data:`RE_PRONOUN_TELLS_OTHER`.
TELLS_OTHER_REACH = 240


#: A quotation's close right before the tag that follows it (‘“…,” one former colleague told me’): the tag
#: names the one who said the words before it.
#:
#: >>> bool(RE_CLOSE_BEFORE_TAG.search("“She was kind,” ")), bool(RE_CLOSE_BEFORE_TAG.search("said "))
#: (True, False)
RE_CLOSE_BEFORE_TAG = LazyPattern(r"[”\"],? $")


@functools.lru_cache(maxsize=256)
def _re_word(noun: str) -> LazyPattern:
    """A pattern for ``noun`` (or its plural) as a word of its own, any case.

    >>> bool(_re_word("member").search("That Member, a worker")), bool(_re_word("member").search("membership"))
    (True, False)
    """
    return LazyPattern(rf"\b{regex.escape(noun)}s?\b", regex.I)


#: How far back a tagged quotation's opening mark is looked for (:meth:`CastNearbySubjects._description_spoke_of_sex`).
SPOKE_OF_REACH = 400


class CastNearbySubjects:
    """Subjects in the sentences around a mention: a narrative pronoun between two places
    (_narrative_pronoun_between), a pronoun that takes up the nearest one named, a surname that reports
    in its paragraph, the unnamed who lend a phrase (_phrase_lenders), a description told by the other
    sex's pronoun, the one the next sentence names and a pair acting as a subject (_pair_acting_at).

    It is a part of :class:`quotesearch.cast_openings.CastOpenings`, itself a part of
    :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

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

    def _description_as_complement(self, pos: int, p: Person) -> bool:
        """The description ``p``, written at ``pos``, is only what another is called or is like
        (:data:`RE_AS_COMPLEMENT_BEFORE`: ‘Roe has a name as something of a maverick’), no one of their own."""
        return self.text.startswith(p.name, pos) and self.text[pos - 1:pos] == " " \
            and RE_AS_COMPLEMENT_BEFORE.search(self.text, max(0, pos - 30), pos) is not None

    def _description_again_before(self, p: Person, at: int) -> bool:
        """The description ``p``'s head noun written again in the paragraph before ``at`` (‘That member, a
        warehouse worker for twenty years, was less kind …. “…,” she said’): the paragraph is about the
        unnamed one again, so its "she" may well be them (rv-w113e).

        >>> c = CastNearbySubjects.__new__(CastNearbySubjects)
        >>> c.text = "x\\n\\nThat member, a warehouse worker, was less kind. “They treat us badly,” she said."
        >>> c._description_again_before(Person("one member", kind="description"), c.text.index("she said"))
        True
        >>> c._description_again_before(Person("one former colleague", kind="description"), c.text.index("she said"))
        False
        """
        head = p.name.split()[-1].lower()
        lo = self.text.rfind("\n", 0, at) + 1
        return _re_word(head).search(self.text, lo, at) is not None

    def _description_spoke_of_sex(self, pos: int, p: Person, gender: str) -> bool:
        """The description ``p``, written at ``pos`` as the tag after a quotation, spoke there of someone else
        by a pronoun of ``gender`` opening the words (:data:`RE_HE_OR_SHE`): ‘“She knew every guard by name,” one former
        colleague told me.’ speaks of a "she", the one a later "she" in another paragraph is about (the
        profile's subject), never the colleague. Substring searches within :data:`SPOKE_OF_REACH`.

        >>> c = CastNearbySubjects.__new__(CastNearbySubjects)
        >>> c.text = "“She knew every guard,” one former colleague told me."
        >>> c._description_spoke_of_sex(24, Person("one former colleague", kind="description"), "f")
        True
        >>> c._description_spoke_of_sex(24, Person("one former colleague", kind="description"), "m")
        False
        >>> c._description_spoke_of_sex(0, Person("one former colleague", kind="description"), "f")
        True
        >>> c.text = "“I think she is right,” one former colleague told me."
        >>> c._description_spoke_of_sex(24, Person("one former colleague", kind="description"), "f")
        False
        """
        if self.text.startswith("“", pos):  # (the speech of theirs, noted at its opening mark)
            close = self.text.find("”", pos + 1, pos + SPOKE_OF_REACH)
            if close < 0 or "\n" in self.text[pos:close] \
                    or not self.text[close + 1:close + 4 + len(p.name)].lower().lstrip(", ").startswith(p.name.lower()):
                return False
            return RE_HE_OR_SHE[gender].match(self.text, pos + 1, close) is not None
        if not self.text.startswith(p.name, pos) or RE_CLOSE_BEFORE_TAG.search(self.text, max(0, pos - 4), pos) is None:
            return False
        lo = max(0, pos - SPOKE_OF_REACH)
        opening = self.text.rfind("“", lo, pos)
        return opening >= 0 and self.text.find("\n", opening, pos) < 0 \
            and RE_HE_OR_SHE[gender].match(self.text, opening + 1, pos) is not None

    def _description_told_by_other(self, pos: int, p: Person, gender: str) -> bool:
        """The description ``p``, written at ``pos``, is the one a pronoun of ``gender`` tells or asks in its own
        sentence by the other sex's object pronoun (:data:`RE_PRONOUN_TELLS_OTHER`: ‘One former aide, who asked
        not to be named, recalled a meeting in which she told him …’ is a "him"; the "she" is another), w107d.
        Where the text wrote them at ``pos`` or, when ``pos`` is a speech of theirs, just before it."""
        lo = max(0, pos - 2 * TELLS_OTHER_REACH)
        at = self.text[lo:pos + len(p.name)].lower().rfind(p.name.lower())  # (a small window, in any case:
        if at < 0:  # ‘One former aide’ is kept as ‘one former aide’)
            return False
        end = lo + at + len(p.name)
        stop = min(len(self.text), end + TELLS_OTHER_REACH)
        if (dot := RE_CLAUSE_SENTENCE_STOP.search(self.text, end, stop)) is not None:
            stop = dot.start()
        mark = RE_OPENING_MARK.search(self.text, end, stop)
        if mark is not None:
            stop = mark.start()
        told = RE_PRONOUN_TELLS_OTHER.search(self.text, end, stop)
        return told is not None and told.group("by") == ("she" if gender == "f" else "he") \
            and RE_OWN_SEX_MARK[gender].search(self.text, lo + at, told.start()) is None  # (the unnamed one
        # marked of the pronoun's own sex is its "she": ‘A tenant, who did not want her name used, said she
        # told him’, ‘One resident, a retired postwoman, said she told him’)

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
                    or run.group().split()[0].rstrip(".,") in CALENDAR_NAMES:
                continue  # (guard: the name closes the clause, no verb after: ‘The researcher was Monday placed …’,
                # ‘The owner was Little Acorns director Priya Shah’)
            if p is not None and p.kind == "name" and not p.placelike and not p.plural:
                return p
        return None

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
