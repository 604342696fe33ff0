"""Pronouns: whom ‘he’, ‘she’ and ‘they’ stand for, sources spoken of, and the namesake or
unnamed person a pronoun does not mean.
"""

from __future__ import annotations

import functools
import itertools
import re

import regex

from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import RULING_NOUNS, THING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, GENDERED_NOUNS, THEY_PERSON_NOUNS
from quotesearch.speech_words import PRONOUNS, RE_OTHER_ONE_SPEAKS
from quotesearch.term_words import MADE_WORK_NOUNS
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_names import introduced_handle
from quotesearch.name_parts import is_platform
from quotesearch.pronoun_sayers import QUOTE_OPENERS, RE_OBJECT_BEFORE, nearest_sayer
from quotesearch.pronoun_chain import opening_pronoun_at
from quotesearch.tokens import tokenize
from quotesearch.people import (
    COLLECTIVE_NOUNS, PLURAL_PEOPLE_WORDS, Person, RE_PEOPLE_PLURAL, RE_SENTENCE_GAP, RE_SENTENCE_STOP, _ends_at_paragraph,
)
from quotesearch.full_names import RE_LOWER_WORD, SHARED_GIVEN_NAMES
from quotesearch.kinship import KIN_SPOTS
from quotesearch.offices import _called
from quotesearch.sources import GENDERLESS_SOURCES, _SOURCE_HEADS, _sources_first_written
from quotesearch.descriptions import (
    RE_ASKED_QUESTION_THEN_PRONOUN, RE_TOLD_BY_BEFORE, SUBJECT_REACH, TOLD_BY_REACH, _last_before, _named_after_description,
    _named_but_not_meant,
)


#: An epithet of age opening a sentence as its subject, with where it was brought from at most
#: (‘The 25-year-old from Harrowfield beat …’): the subject the sentences before named, never one the sentence
#: then names as its object.
#:
#: >>> [bool(RE_AGE_EPITHET_OPENING.search(t)) for t in ("record. The 27-year-old from Ashcombe beat",
#: ...     "\nThe 27-year-old beat", "beat the 27-year-old")]
#: [True, True, False]
RE_AGE_EPITHET_OPENING = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))The \d{1,3}-year-old\b(?: from \p{Lu}[\p{L}\-]+)? "
                                     r"(?!said|says|told|added)\p{Ll}+")

#: The word "by" (a passive's agent after it: ‘was congratulated by her coach’).
#:
#: >>> bool(RE_BY_WORD.search("was congratulated by her coach")), bool(RE_BY_WORD.search("beat Byron Lee"))
#: (True, False)
RE_BY_WORD = LazyPattern(r"\bby\b")

#: An interview given right after a subject's name, an aside between at most (‘Le Monde, the
#: evening daily, interviewed …’): the subject asks, the one interviewed answers.
RE_INTERVIEWS_AFTER = re.compile(r"(?:, [^,.;:“”\"«»]{1,60},)? (?:interviewed|interviews)\b")

#: Someone's own pronoun "they", told after their name (‘, who uses they/them pronouns,’).
_USES_THEY = r"(?:uses?|goes by|prefers) (?:the )?(?:pronouns? )?[\"“]?they\b"
RE_USES_THEY = LazyPattern(r"\b" + _USES_THEY + r"|\(they/them\)")  # (anywhere: worth looking for whose)

#: A quotation's words, opened and closed on one line (‘“Clay teaches patience,” says’): set aside when
#: reading who else a sentence names.
#:
#: >>> RE_QUOTED_RUN.sub("", "“Ask people,” says ")
#: ' says '
RE_QUOTED_RUN = LazyPattern(r"[“‘\"][^“”‘’\"\n]*[”’\"]")

#: A quotation closing right before a cue (‘“…,” they say’): its closing mark and the space after.
#:
#: >>> bool(RE_CLOSED_BEFORE.search("“It was time,” ")), bool(RE_CLOSED_BEFORE.search("the broadest terms. "))
#: (True, False)
#: >>> bool(RE_CLOSED_BEFORE.search("'It was time,' ")), bool(RE_CLOSED_BEFORE.search("the workers' "))
#: (True, False)
RE_CLOSED_BEFORE = LazyPattern(r"(?:[,.?!—]?[”’\"]|[,.?!—]')\s+$")  # (a straight single mark after the words' stop, w96b)

#: A first person in the plural (‘we’, ‘us’, ‘our’): the speaker speaks for a group (never "US", the country).
#:
#: >>> bool(RE_WE_WORD.search("“We owe this city everything,” ")), bool(RE_WE_WORD.search("the US said"))
#: (True, False)
RE_WE_WORD = LazyPattern(r"\b(?:[Ww]e|[Oo]urs?|[Oo]urselves|[Uu]s)\b(?<!US)")

#: A pronoun of the third person that tells a sex (‘he’, ‘her’, ‘himself’).
#:
#: >>> bool(RE_SEXED_PRONOUN.search("standing in his yard")), bool(RE_SEXED_PRONOUN.search("there, hence"))
#: (True, False)
RE_SEXED_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]imself|[Hh]er|[Hh]ers|[Hh]erself)\b")

#: An honorific that tells a sex, with its stop and the space before the name (‘Mr ’, ‘Mrs. ’); the sex
#: each tells is unnamed_subjects.HONORIFIC_SEX's (and "Sir", "Lord" a man's, "Dame", "Lady" a woman's).
HONORIFIC = r"\b(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.? "

#: An honorific right before a name's spot (‘Mr ’ of ‘Mr Okafor’): where it stands, a given name both
#: sexes bear no longer leaves the sex open.
#:
#: >>> bool(RE_HONORIFIC_BEFORE.search("said Mrs ")), bool(RE_HONORIFIC_BEFORE.search("said chef "))
#: (True, False)
RE_HONORIFIC_BEFORE = LazyPattern(HONORIFIC + "$")


@functools.lru_cache(maxsize=256)
def _re_honorific_name(surname: str):
    """The pattern of ``surname`` written after an :data:`HONORIFIC` (‘Mr Okafor’, ‘Ms. Okafor’), compiled
    once per name.

    >>> bool(_re_honorific_name("Okafor").search("said Mr Okafor")), bool(_re_honorific_name("Okafor").search("Sam Okafor"))
    (True, False)
    """
    return regex.compile(HONORIFIC + regex.escape(surname) + r"\b")

#: Words quoted within straight single marks (British copy): an apostrophe inside a word or after one
#: (‘don't’, ‘teachers' union’) neither opens nor closes them (w96b guard).
_STRAIGHT_SINGLE_QUOTED = r"(?<![\p{L}\p{N}])'(?=\p{L})[^“”\"\n]*?(?<=[\p{L}\p{N}.,!?…])'(?![\p{L}\p{N}])"

#: The same, as a pattern: what the narrative reader takes out before it looks for a "he" or a "she".
#:
#: >>> print(RE_STRAIGHT_QUOTED.sub("", "He called it 'a farce', said the teachers' union."))
#: He called it , said the teachers' union.
RE_STRAIGHT_QUOTED = LazyPattern(_STRAIGHT_SINGLE_QUOTED)

#: Words quoted within a paragraph, whatever their marks, an apostrophe inside a word (‘you’re’) no closing
#: single mark: what is left is the narrative's.
#:
#: >>> RE_WORDS_QUOTED.sub("", "‘You’re out, and people know it,’ says Ash. “We won,” they said")
#: ' says Ash.  they said'
#:
#: Straight single marks too (British copy), an apostrophe inside a word or after one opening none (w96b guard):
#:
#: >>> RE_WORDS_QUOTED.sub("", "'You're out, people know it,' says Ash. The teachers' union's 'strike' ended")
#: " says Ash. The teachers' union's  ended"
RE_WORDS_QUOTED = LazyPattern(r"[“‘\"][^“”\"\n]*?(?:[”\"]|’(?!\p{L}))|" + _STRAIGHT_SINGLE_QUOTED)

#: A capitalised word opening a sentence or a line (‘Police have appealed’).
#:
#: >>> RE_OPENING_WORD.findall("It rained. Police have appealed.\nResidents said")
#: ['Police', 'Residents']
RE_OPENING_WORD = LazyPattern(r"(?:(?<=[.!?]\s)|(?<=\n))(\p{Lu}\p{Ll}+)\b")

#: A paragraph break or a line break, either counted once (how many paragraphs lie between two places).
#:
#: >>> len(RE_LINE_BREAK.findall("A.\n\nB.\nC."))
#: 2
RE_LINE_BREAK = LazyPattern(r"\n\s*\n|\n")


def _asking_verb_in(text: str, lo: int, hi: int) -> bool:
    """A verb of asking ("asked", "pressed", "questioned") in ``text[lo:hi]``: a cheap test before
    :data:`RE_ASKED_QUESTION_THEN_PRONOUN`, which needs one, is searched.

    >>> _asking_verb_in("When I asked a guide how far it was, she said", 0, 40), _asking_verb_in("she said", 0, 8)
    (True, False)
    """
    window = text[lo:hi]
    return "asked " in window or "pressed " in window or "questioned " in window


def _people_in_plural(words: list[str]) -> bool:
    """Lower-case ``words`` name people in the plural (‘residents’, ‘neighbours’, ‘officials’), whose "they" a
    "they" after them may be.

    >>> _people_in_plural(["the", "residents", "were"]), _people_in_plural(["the", "mayor", "said"])
    (True, False)
    """
    return any(w in PLURAL_PEOPLE_WORDS or (w.endswith("s") and w[:-1] in DESCRIPTION_NOUNS) for w in words)


#: The pronoun told right after a name, past an age set off (‘, 31, who uses they/them pronouns,’), or
#: in the relative clause of a description set off after it, which is the same one's (‘, a former
#: national champion who uses they/them pronouns,’).
#:
#: >>> [bool(RE_THEY_THEM.match(t)) for t in (", who uses they/them", ", 31, who uses they/them", " (they/them)", ", 31, said",
#: ...  ", a retired nurse who uses they/them", ", a friend. Sam uses they/them")]
#: [True, True, True, False, True, False]
RE_THEY_THEM = LazyPattern(r"^(?:, \d{1,3})?(?:, (?:a|an) [\p{Ll}\- ]{1,50}? who |,? (?:who|and) )?" + _USES_THEY
                           + r"|^ \((?:they/them|they)\)")  # (right after a name)
THEY_THEM_REACH = 110  # characters after a name within which its pronoun is told
SINGULAR_THEY_KEEP_REACH = 1200  # characters back within which one read as a singular "they" stays so (w110e)

#: A sentence that opens with people in the plural, by a share of them or a trade (‘Many of the
#: farmers are in debt.’, ‘Dockers at the port …’): a "they" after it may be theirs, never a pair's before.
RE_PLURAL_OPENING = LazyPattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Many|Some|Most|All|Several|Dozens|Hundreds|Thousands) of\b"
                                  r"|\p{Lu}\p{Ll}+(?:ers|ists|ants|ents)\b(?! said\b))", regex.M)

#: A kin word owned by "his" or "her" set off right before a full name (‘her late grandmother, ’).
#:
#: >>> bool(RE_OWNED_KIN_BEFORE.search("thanked her late grandmother, ")), bool(RE_OWNED_KIN_BEFORE.search("her friend, "))
#: (True, False)
RE_OWNED_KIN_BEFORE = LazyPattern(r"\b(?:[Hh]is|[Hh]er) (?:[\p{Ll}\-]+ ){0,2}?(?:grand|great-)*(?:son|daughter|brother|sister|"
                                  r"mother|father|wife|husband|aunt|uncle|cousin|niece|nephew|parent)s?, $")

#: A "he" or "she" reporting unquoted speech, set off after a word (‘Flats are taking longer to sell,
#: she says, as …’): never a quotation's cue, which the quotation's own attribution reads.
RE_REPORTED_BY = {"m": regex.compile(r"(?<=\w), he (?:says|said|adds|added|notes|noted)\b"),
                  "f": regex.compile(r"(?<=\w), she (?:says|said|adds|added|notes|noted)\b")}

#: A name set off with a relative "who" whose clause runs on to an "as" aside: ‘a young designer,
#: Priscilla Nwosu, who wants the models to look, as she puts it, “…”’ (the aside's "she" is hers).
RE_WHO_CLAUSE_TO_AS = LazyPattern(r"(?:\p{Lu}[\p{L}\p{M}’'.\-]*\s+)*[\p{L}\p{M}’'\-]+, who [^.!?;“”\"\n]{1,120}[ ,(—–]as $")

#: A relative clause set off after someone unnamed that keeps their name back (‘, who asked not to be
#: named,’, ‘, who spoke on condition of anonymity,’): one whose "they" may hide their sex.
#:
#: >>> RE_NAME_KEPT_BACK_AFTER.match(", who asked not to be named, said") is not None
#: True
RE_NAME_KEPT_BACK_AFTER = LazyPattern(r", who (?:asked|declined|requested|refused|spoke|did not want|was not authori[sz]ed)"
                                      r"[^,.;\n]{0,50}?\b(?:anonymity|anonymous|named|identified|name)\b")


#: "they" or "we", any case: a plural subject (‘Families said they went by ambulance’).
RE_THEY_OR_WE = LazyPattern(r"\b(?i:they|we)\b")


#: The end of the text before a word inside a sentence: a comma (and a closing mark) or a
#: lower-case word before it.
RE_INSIDE_SENTENCE = re.compile(r"(?:,[”\"’']?|[a-z])\s+$")

#: The group that spoke again by its head (‘the people said’, ‘the sources said’), just before "one of them".
RE_SOURCES_AGAIN = LazyPattern(r"\b(?i:the) (?:" + _SOURCE_HEADS + r") (?:said|say|says|told|added)\b")
SOURCES_AGAIN_REACH = 200

#: A sentence that opens with one of a group who spoke just before, speaking (‘One of the people said
#: …’, ‘One of them, who asked not to be named, told …’): its match ends with the mention.
#:
#: >>> RE_ONE_OF_OPENS.match("One of the people said the board knew.").group()
#: 'One of the people'
#: >>> RE_ONE_OF_OPENS.match("One of the people at the bank was fired.") is None
#: True
RE_ONE_OF_OPENS = LazyPattern(r"One of (?:them|those|the (?:" + _SOURCE_HEADS + r"))"
                              r"(?=,? (?:[^.!?\n]{0,80}?, )?(?:said|says|told|added)\b)")
ONE_OF_OPENS_REACH = 500

#: A sentence that brings in someone else unnamed (‘A former manager said’, ‘Another engineer …’).
RE_OTHER_UNNAMED = LazyPattern(r"(?:^|(?<=[.!?”\"’]\s)|(?<=\n))(?:An?|One|Another|The other|Someone|Somebody) (?!of )")

#: The relative "what" or "which" right before one unnamed whose naming words another's sentence quotes
#: (‘its regulator had it on what one former director called “a very short leash”’): a source of a
#: phrase inside another's sentence, no subject a later "he" or "she" stands for when one of that sex
#: was named since.
#:
#: >>> bool(RE_WHAT_CALLED_BEFORE.search("it was on what ")), bool(RE_WHAT_CALLED_BEFORE.search("somewhat "))
#: (True, False)
RE_WHAT_CALLED_BEFORE = LazyPattern(r"\b(?:what|which) $")

#: One unnamed who said nothing, right after their description and the body they speak for (‘A
#: Vantage spokesperson declined to comment.’, ‘a representative for the singer did not respond’):
#: never a later "he" or "she".
RE_SAID_NOTHING_AFTER = LazyPattern(r"(?: (?:for|at|of|from|with) [^.,;:“”\"]{1,60}?)? (?:(?:declined|refused) to comment|did not (?:immediately )?(?:respond|reply|return)"
                                    r"|could not be reached|was not available for comment)\b")

#: After one declined to comment, words that they spoke after all: ‘… declined to comment on the arrest
#: but confirmed …’, ‘… did not respond on Friday but later told the BBC …’, or the next sentence
#: opening with them as "she" or "he" (‘Hours later, she confirmed …’). (A guard of the review.)
RE_SPOKE_AFTER_ALL = {g: regex.compile(r"[^.\n]{0,80}?\b(?:but|however|later)\b"
                                       r"|[^.\n]*\.[ \t]+(?:\p{Lu}[^,.\n]{0,30},[ \t]+)?" + p + r"\b")
                      for g, p in (("f", "(?:[Ss]he)"), ("m", "(?:[Hh]e)"))}


#: A name, where its bearer is from, and a "who" clause bringing them in (‘Tom in Athlone, who’, ‘Aoife
#: Brady, who’, ‘Colm from Navan, Co Meath, who’), w74c.
#:
#: >>> bool(RE_NAME_THEN_WHO.match("Tom in Athlone, who has")), bool(RE_NAME_THEN_WHO.match("Tom said that"))
#: (True, False)
RE_NAME_THEN_WHO = LazyPattern(r"\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}"
                               r"(?: (?:from|in|near) \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}(?:, (?:Co\.? |County )?\p{Lu}[\p{L}.]{1,12})?)?, who\b")


#: A line that ends as a sentence does, its stop before any closing mark: a paragraph of the body,
#: never a headline (‘Inspector Kofi Boateng said the woman had been missing. “…,” he said.’), w74c.
#:
#: >>> bool(RE_SENTENCE_ENDS_LINE.search("Boateng said it was over.")), bool(RE_SENTENCE_ENDS_LINE.search("Pricewatch: ‘Help me’"))
#: (True, False)
RE_SENTENCE_ENDS_LINE = LazyPattern(r"[.!?][”’\"']?\s*$")

#: The body's first paragraph opening on a definite description (‘The former taoiseach gave his first
#: interview …’, ‘The playwright spoke at …’): the headline's speaker, taken up by title, review rv74c.
#:
#: >>> bool(RE_BODY_OPENS_DEFINITE.match("\nThe former taoiseach gave", 1)), bool(RE_BODY_OPENS_DEFINITE.match("The Guardian"))
#: (True, False)
RE_BODY_OPENS_DEFINITE = LazyPattern(r"\s*The \p{Ll}")

#: The words before "from" that bring in one heard from (‘comes from’, ‘Our letter is from’, ‘The loudest
#: complaint came from’), never evidence or a record heard (‘The jury heard evidence from’), review rv74c.
#:
#: >>> bool(RE_HEARD_FROM_BEFORE.search("Our second query comes from ")), bool(RE_HEARD_FROM_BEFORE.search("The jury heard evidence from "))
#: (True, False)
RE_HEARD_FROM_BEFORE = LazyPattern(r"\b(?:comes?|came|coming|is|was|letter|query|question|email|e-mail|note|message) from $")


#: What follows one named in the paragraph before a quotation when they stand as its subject (see
#: :meth:`CastPronouns._named_paragraph_before`): a verb of their own in the active voice, after an age perhaps
#: (never "was arrested", "has been charged", nor a "will" or "would" of what they may do).
#:
#: >>> [bool(RE_SUBJECT_VERB_AFTER.match(t)) for t in (" had prepared for", ", 34, said", ", who is feeling",
#: ...     " on Tuesday", " was arrested", " has been charged", " will feel")]
#: [True, True, False, False, False, False, False]
RE_SUBJECT_VERB_AFTER = LazyPattern(r"(?:, \d{1,3},)? (?:(?:had|has)(?! been\b)|said|says|told|added|recalled|"
                                    r"remembers|remembered|thought|knew|felt|wrote|writes)\b")

#: Words right before a bare surname that make it an object, never the one the story turns back to (rv79a).
SURNAME_OBJECT_LEADS = frozenset(("with", "from", "to", "by", "for", "at", "about", "against", "of", "than"))

#: One of :data:`SURNAME_OBJECT_LEADS` before such a name and its given names, which makes it an object (‘a
#: letter to Ms. ’).
#:
#: >>> bool(RE_SURNAME_OBJECT_BEFORE.search("a letter to Ms. ")), bool(RE_SURNAME_OBJECT_BEFORE.search("question Ms. "))
#: (True, False)
RE_SURNAME_OBJECT_BEFORE = LazyPattern(r"\b(?:" + "|".join(sorted(SURNAME_OBJECT_LEADS)) + r") "
                                       r"(?:\p{Lu}[\p{L}\p{M}’'\-]*\.? ){1,3}$")

#: A name's capitalised words from where the recent spot stands.
RE_NAME_AT = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){0,3}")

#: The subject pronouns of each sex, found anywhere in a paragraph.
RE_SEX_SUBJECT_PRONOUN = {"m": LazyPattern(r"\b[Hh]e\b"), "f": LazyPattern(r"\b[Ss]he\b")}


#: A word opening a clause of place, time or reason before a name in its sentence: the name is no subject of
#: the sentence (‘where union boss X had organised a strike, police stood by’, review of w140q).
#:
#: >>> [RE_SUBORDINATE_BEFORE.search(t) is not None for t in ("On the docks, where union boss ", "It was a question ")]
#: [True, False]
RE_SUBORDINATE_BEFORE = LazyPattern(r"\b(?:[Ww]here|[Ww]hen|[Ss]ince|[Ww]hile|[Aa]fter|[Bb]efore|[Bb]ecause|[Aa]lthough"
                                    r"|[Tt]hough|[Ii]f|[Uu]ntil|[Ww]hereas|[Oo]nce|[Aa]s)\b")


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` opens, no earlier than ``lo`` (past abbreviations: ‘Mr. X’).

    >>> t = "On the docks, where Mr. Hale had organised a strike, police stood by."
    >>> t[_sentence_start(t, 0, t.index("Hale")):][:12]
    'On the docks'
    """
    ends = sentence_ends(text, lo, at)
    return ends[-1] if ends else lo


class CastPronouns:
    """Pronouns: whom ‘he’, ‘she’ and ‘they’ stand for (_resolve_pronoun, _handle_they), the sources
    spoken of, and when a pronoun means no namesake or unnamed person.

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _sources_spoken(self, mention: Mention) -> regex.Match | None:
        """The anonymous sources first described before ``mention``, when the group spoke again by its
        head just before it (‘…, according to people familiar with the matter. … the people said’)."""
        if RE_SOURCES_AGAIN.search(self.text, max(0, mention.start - SOURCES_AGAIN_REACH), mention.start) is None:
            return None
        return _sources_first_written(self.text, mention.start)

    def _one_of_sources_before(self, mention: Mention) -> Person | None:
        """The group that the nearest sentence opening with one of them speaking stands for, when that
        one is "that person" or "the source" at ``mention`` (‘Two people familiar with the contract
        said …. One of the people said …. “…,” that person said’): the group as "one of them" resolves
        it, a description. None with no such sentence within reach, with someone else unnamed brought
        in since (‘A former manager said …’), or when the group is no one the text says."""
        lo = max(0, mention.start - ONE_OF_OPENS_REACH)
        at = self.text.rfind("One of ", lo, mention.start)
        if at < 0 or not self.opens_sentence(at) or (m := RE_ONE_OF_OPENS.match(self.text, at)) is None \
                or m.end() > mention.start:
            return None
        if RE_OTHER_UNNAMED.search(self.text, m.end(), mention.start) is not None:
            return None
        one, how = self.resolve(Mention(at, m.end(), m.group(), "description"))
        return one if how == "description-anaphor" and one is not None and one.kind == "description" else None

    def _other_one_they(self, at: int) -> Person | None:
        """The second unnamed one of a kind that the sentence before ``at`` in its paragraph opens with,
        speaking, for the singular "they" at ``at`` (‘… one said. / The other developer said they had
        worked 70-hour weeks. “…,” they said’, ‘A second engineer said they …’), whatever their kind,
        when it tells no sex; None with people in the plural named since, whose "they" it may be."""
        lo = max(0, at - SUBJECT_REACH, self.text.rfind("\n", 0, at) + 1)
        m = None
        for m in RE_OTHER_ONE_SPEAKS.finditer(self.text, lo, at):
            pass  # (the last)
        if m is None or not self.opens_sentence(m.start()):
            return None
        stop = RE_SENTENCE_GAP.search(self.text, m.end(), at)
        if stop is not None and self.text[stop.end()] not in "“‘\"'":
            return None  # another sentence before the quotation (‘… said they had raised it. The council rejected
            # the claim. “…,” they said’): its "they" may be another's
        head = m.group("head").lower()
        if head not in DESCRIPTION_NOUNS or head in GENDERED_NOUNS or head in THING_NOUNS or head in COLLECTIVE_NOUNS \
                or RE_PEOPLE_PLURAL.search(self.text, m.end(), at) is not None \
                or _people_in_plural(RE_LOWER_WORD.findall(self.text, m.end(), at)):
            return None
        who = m.group("who")
        return Person(who[0].lower() + who[1:], kind="description")

    def _handle_they(self, at: int) -> Person | None:
        """One known by a handle the text sets down (introduced_handle), which tells no sex, named last in
        the sentence before the quotation whose singular "they" is at ``at``, in the same paragraph, with
        no people in the plural since (‘… who goes by kilobyte_kay, said they quit. “…,” they said’;
        never ‘… kilobyte_kay said. Other mods agreed. “…,” they said’)."""
        text = self.text
        lo = max(0, at - SUBJECT_REACH, text.rfind("\n", 0, at) + 1)
        mark = max(text.rfind("“", lo, at), text.rfind('"', lo, at))
        if mark <= lo:
            return None
        h = None
        for t in tokenize(text, lo, mark):
            if t.text[:1].islower() and introduced_handle(t, text):
                h = t  # (the last)
        if h is None:
            return None
        stop = RE_SENTENCE_GAP.search(text, h.end, mark)
        if (stop is not None and stop.end() < mark) or RE_PEOPLE_PLURAL.search(text, h.end, at) is not None:
            return None  # (a sentence between the handle's and the quotation: another may be its subject)
        opens = max([g.end() for g in RE_SENTENCE_GAP.finditer(text, lo, h.start)] or [lo])
        if RE_THEY_OR_WE.search(text[opens:h.start]) is not None \
                or RE_PEOPLE_PLURAL.search(text, opens, h.start) is not None:
            return None  # (guard: people in the plural, or a plural "they", before the handle in its sentence are
            # the subject the "they" goes on: ‘Families said they went by ambulance. “…,” they said’)
        return self.person_for_name(Mention(h.start, h.end, h.text, "name"))

    def _one_they(self, pos: int, p: Person, at: int) -> bool:
        """The singular "they" at ``at`` of someone unnamed whose kind tells no sex (a spokesperson,
        an officer, a source), who opens the sentence before it in the same paragraph at ``pos``
        with no people in the plural opening a sentence since (‘The spokesperson added that … ‘…,’
        they said’; never ‘A spokesperson said …. Residents were angry. “…,” they said’)."""
        head = description_head(p.name)
        if head not in THEY_PERSON_NOUNS:
            if head not in DESCRIPTION_NOUNS:
                return False
            named = self.text.rfind(p.name, max(0, pos - SUBJECT_REACH), pos + len(p.name))  # (where it was
            # written: a speaker is noted where their words open)
            if named < 0 or RE_NAME_KEPT_BACK_AFTER.match(self.text, named + len(p.name)) is None:
                return False
            pos = named
        return p.name.split()[0].lower() in ("a", "an", "one", "the") \
            and at - pos <= SUBJECT_REACH and "\n" not in self.text[pos:at] and self.opens_sentence(pos) \
            and RE_PEOPLE_PLURAL.search(self.text, pos + 1, at) is None \
            and not _people_in_plural(RE_LOWER_WORD.findall(self.text, pos + len(p.name), at))  # (nor any people
        # in the plural named since, whose "they" it may be: ‘An official said the men were locals. “…,” they said’)
        # (and anyone unnamed whose name the article keeps back, whatever their kind: ‘One senior lecturer, who
        # asked not to be named, said …. “…,” they said’)

    def _shared_name_tells_no_sex(self, p: Person) -> bool:
        """``p``'s sex comes only from a given name both sexes bear (:data:`SHARED_GIVEN_NAMES`, ‘Sam’,
        ‘Jordan’), written in full, and no honorific tells it anywhere the text names them (‘Mr Okafor’), w96b."""
        words = p.name.split()
        if len(words) < 2 or words[0].lower() not in SHARED_GIVEN_NAMES:
            return False
        return _re_honorific_name(words[-1]).search(self.text) is None

    def _named_one_they(self, pos: int, p: Person, at: int) -> bool:
        """The "they" at ``at`` may be the singular "they" of ``p``, named at ``pos``: within reach, in the
        same paragraph or at most one paragraph between, with no people in the plural written since (whose "they" it may be:
        ‘Vance said …. Residents were angry. “…,” they said’), nor a plural "they" or "we" of the narrative."""
        text = self.text
        if RE_CLOSED_BEFORE.search(text, max(0, at - 3), at) is None:
            return False  # (only the "they" of a cue right after a quotation, ‘“…,” they say’: never a narrative
            # "they", ‘When I met Mr. Smith and Mr. Allen, they were …’)
        if at - pos > 2 * SUBJECT_REACH or len(RE_LINE_BREAK.findall(text, pos, at)) > 2 or self._sex_told_where_named(p) is not None \
                or any(self._sex_after_cue(e) is not None for _, e in self._spots_in_order(p)):
            return False  # (never one the text calls "he" or "she" where it names them: ‘Rhian Evans said she …’)
        opening = RE_QUOTED_RUN.sub("", text[max(text.rfind("\n", 0, pos) + 1, text.rfind(". ", 0, pos) + 2):pos])
        if RE_PEOPLE_PLURAL.search(opening) is not None \
                or _people_in_plural(RE_LOWER_WORD.findall(opening)):
            return False  # (nor people in the plural before the name in its sentence, its words aside: ‘Two
            # neighbours of Achterberg have complained. “…,” they say’)
        if p.gender is not None and not self._shared_name_tells_no_sex(p):
            return False  # (nor one whose given name or title tells a sex: ‘Tom Bell’, ‘Mr Hutton’; rv71b; but a
            # given name both sexes bear, never with a title, tells none: ‘Sam Ruiz-Ode … ‘…,’ they say’, w96b)
        first = min((s for s, _ in self._spots_in_order(p) if s >= at - 2 * SUBJECT_REACH), default=pos)
        stretch = text[text.rfind("\n", 0, min(first, pos)) + 1:at]
        if (RE_WE_WORD.search(stretch) is not None and not self._they_read_before(p, at)) \
                or RE_SEXED_PRONOUN.search(RE_QUOTED_RUN.sub("", stretch)) is not None:
            return False  # (nor one whose words speak for a group, ‘“We owe this city everything,” they said’, nor
            # where the narrative since calls someone "he" or "she": ‘said Frankie Doyle, standing in his yard’; rv71b;
            # but one the text has already called "they" at a cue of their own may say "we" of their kitchen or their
            # crew: ‘… ‘…,’ they say. … Okonkwo-Reid is candid. ‘We had a bushfire …,’ they say’, w110e)
        since = pos + len(p.name.split()[-1])
        narrative = RE_STRAIGHT_QUOTED.sub("", RE_QUOTED_RUN.sub("", text[since:at]))  # (straight single marks too)
        openings = [w.lower() for w in RE_OPENING_WORD.findall(narrative)]
        if _people_in_plural(openings) or any(w in COLLECTIVE_NOUNS for w in openings):
            return False  # (nor people in the plural opening a sentence since: ‘Police have appealed …’; rv71b)
        told = RE_WORDS_QUOTED.sub("", text[since:at])  # (people in the plural inside the words quoted are
        # whom the speaker talks of, never the "they": ‘‘… That changes how people eat.’ … ‘…,’ they say’, w96b)
        return RE_PEOPLE_PLURAL.search(told) is None and not _people_in_plural(RE_LOWER_WORD.findall(told))

    def _they_read_before(self, p: Person, at: int) -> bool:
        """``p`` was read as the singular "they" of a cue before ``at``, within reach (‘…,’ they say. …
        ‘We …,’ they say’): their "they" is set, and "we" in their later words speaks of their own place
        or crew, w110e (the other guards of :meth:`_named_one_they` still hold)."""
        return any(at - SINGULAR_THEY_KEEP_REACH <= was < at for was in self._they_read_at.get(id(p), ()))

    def _they_them(self) -> bool:
        """The article tells of someone who uses "they" (worked out once)."""
        if self._uses_they is None:
            self._uses_they = RE_USES_THEY.search(self.text) is not None
        return self._uses_they

    def _namesake_of_sex(self, p: Person, pos: int, gender: str) -> Person | None:
        """The one namesake of ``p`` named in full before ``pos`` and known to be of ``gender``, when
        ``pos`` is the bare surname (never p's full name)."""
        given, _, last = p.name.rpartition(" ")
        if not self.text.startswith(last, pos) or self.text.endswith(given + " ", 0, pos):
            return None
        fits = [q for q in self.namesakes.get(p.surname, ()) if q.gender == gender
                and q.spots and min(q.spots)[0] < pos and not any(
                    self.text.startswith(given + " ", s) or self.text.endswith(given + " ", 0, s) for s, _ in q.spots[:KIN_SPOTS])]
        # (never p's own name with a middle name, read as another's: ‘Margarethe Ingrid Olsson was born …’)
        fits = [q for q in fits if not self._kin_of_subject(q, last)]
        return fits[0] if len(fits) == 1 else None

    def _kin_of_subject(self, q: Person, surname: str) -> bool:
        """``q`` is first named in full set off after a kin word owned by "his" or "her" in a sentence
        that opens with the bare ``surname`` (‘Adonis, visibly emotional, thanked her late grandmother,
        Sarah Adonis, …’): the kin of the one the surname stands for, so the "her" tells that one's sex,
        and a "she" later is no reason to turn the shared surname to the kin."""
        if not q.spots:
            return False
        first = min(q.spots)[0]
        if RE_OWNED_KIN_BEFORE.search(self.text, max(0, first - 40), first) is None:
            return False
        start = max(self.text.rfind(end, 0, first) for end in (". ", "\n", "! ", "? ")) + 1
        start += self.text[start:start + 1].isspace()  # (the space after a stop)
        return self.text.startswith(surname, start) and not self.text[start + len(surname):start + len(surname) + 1].isalpha()

    def _reported_by_other_sex(self, pos: int, gender: str, end: int) -> bool:
        """The paragraph of the name at ``pos`` goes on, before ``end`` and within reach, to report
        unquoted speech by a pronoun of the other sex than ``gender`` (:data:`RE_REPORTED_BY`)."""
        hi = self.text.find("\n", pos, min(end, pos + SUBJECT_REACH))
        hi = min(end, pos + SUBJECT_REACH) if hi < 0 else hi
        return RE_REPORTED_BY["f" if gender == "m" else "m"].search(self.text, pos, hi) is not None

    def last_spot(self, p: Person, at: int) -> int:
        """Where the text last names ``p`` before ``at`` (-1 if it does not)."""
        return _last_before(self._spots_in_order(p), at)[0]

    def _spots_in_order(self, p: Person) -> list[tuple[int, int]]:
        """A person's spots in text order (a headline's and a nickname's are added after the body's),
        sorted once per number of spots, for bisection."""
        known = self._sorted_spots.get(id(p))
        if known is None or known[0] != len(p.spots):
            known = self._sorted_spots[id(p)] = (len(p.spots), sorted(p.spots))
        return known[1]

    def called_by(self, word: str) -> Person | None:
        """The person a quotation calls by this given name (‘Okay Lars, …’): the one the article
        marks as having it (:meth:`_by_first_word`), else the nearest before the position named in
        full with it ("Lars van Dijkhuizen", whose name the lists do not key)."""
        return self._by_first_word(word) or next(
            (p for _, p in reversed(self.recent) if p.kind == "name" and " " in p.name and p.name.split()[0] == word), None)

    def subject_person(self, besides: Person | None = None) -> tuple[int, Person] | None:
        """The nearest person named as a sentence's subject, or quoted, within reach before the
        position, with where it is named: whom an epithet of age stands for when the article gives
        no one that age (‘Sharon Lindqvist had made up her mind. “…,” the 47-year-old said’). Reads
        only: unlike a pronoun's resolution, it gives no one a sex. ``besides``: one it is not (the
        asker of the question an answer follows)."""
        for pos, p in reversed(self.recent):
            if self.position - pos > SUBJECT_REACH:
                break
            if p is besides or p.plural or p.placelike or p.kind == "organisation" or (p.kind == "name" and (
                    not (p.personlike or self.roles_of(p)) or self.firm_named(p))):
                continue
            if pos in self._spoke_at or self.opens_sentence(pos):
                return (pos, p) if p.kind == "name" else None  # (‘The club captain was more reserved. “…,” the
                # 30-year-old said’: someone described, never a name before them)
        return None

    def _interviews_at(self, pos: int, p: Person) -> bool:
        """``p``, named at ``pos``, interviews someone right after (an aside between at most): ‘Le
        Monde interviewed the minister’, ‘The Courier, a weekly, interviewed …’ (never ‘Le Monde said’)."""
        end = pos + (len(p.name) if self.text.startswith(p.name, pos) else len(p.name.rsplit(" ", 1)[-1]))
        return RE_INTERVIEWS_AFTER.match(self.text, end) is not None

    def _they_stands_for(self, pos: int, p: Person, recent: list[tuple[int, Person]], mention: Mention,
                         theirs: bool) -> Person | None:
        """The one a plural "they" stands for, if the recent one at ``pos`` is theirs (‘Alex Rivera, who uses they/them pronouns, … “…,” they said’)."""
        told = next((at for at in itertools.chain(
            (e for _, e in p.spots), (at + len(p.name.split()[-1]) for at, q in recent if q is p))
            if RE_THEY_THEM.match(self.text[at:at + THEY_THEM_REACH])), None) \
            if theirs and p.kind == "name" and not p.plural else None
        # (named again since as the subject of a sentence: ‘… Independent experts were positive. /
        # Sato said they agreed …. “…,” they said’)
        if told is not None and not RE_PEOPLE_PLURAL.search(self.text, max(
                (at for at, q in recent if q is p and at >= told and self.opens_sentence(at)), default=told),
                mention.start):
            return p  # one who uses "they", told right after their name: ‘Alex Rivera, who
            # uses they/them pronouns, … “…,” they said’ (never past people in the plural since:
            # ‘The defendants, two brothers, then addressed the court. “…,” they said’)
        if p.kind == "name" and mention.start - pos <= SUBJECT_REACH \
                and (pair := self._pair_acting_at(pos, p, recent)) is not None \
                and not (RE_PEOPLE_PLURAL.search(self.text, pos, mention.start)
                         or any(m.group().lower() not in self.by_surname
                                for m in RE_PLURAL_OPENING.finditer(self.text, pos, mention.start))):
            return pair  # two named together who act (‘Commissioners Paul Brandt and
            # Karen Liu said the penalty was too high. “…,” they wrote’): the pair, never a body before
        if p.plural and p.kind == "description" \
                and (group := self._group_standing_since(pos + len(p.name), mention.start, p)) is not None:
            return group  # the people who took a stand since, never a group that spoke before
            # them: ‘Organisers said the march was peaceful. Police disagreed. “…,” they said’
        if p.plural or p.kind == "organisation":
            return p
        if p.kind == "name" and p.name[:1].islower() and " " not in p.name and (pos, p) == recent[-1] \
                and RE_PEOPLE_PLURAL.search(self.text, pos + len(p.name), mention.start) is None:
            return p  # one known by a handle, which tells no sex, the last one named: ‘mxrrow
            # says three publishers have called. … “…,” they said’ (never past people in the plural since)
        if p.kind == "name" and " " in p.name and p.spoke and (pos, p) == recent[-1] \
                and self._named_one_they(pos, p, mention.start):
            self._they_read_at.setdefault(id(p), []).append(mention.start)
            return p  # one named in full who has spoken, whom the text never calls "he" or "she", the last one
            # named, with no people in the plural since: a singular "they" (‘… says Okonkwo-Reid. … / ‘…,’ they say’)
        if p.kind == "description" and description_head(p.name) in COLLECTIVE_NOUNS \
                and self.opens_sentence(pos) and _ends_at_paragraph(self.text, pos, min(self.position, mention.start)):
            return p  # (‘The Smith family issued a statement. “…,” they said’, or at
            # the end of the paragraph before, ‘the family paid tribute to Rhodri. / In a statement,
            # they said:’: the subject of the sentence just before, never ‘Protesters confronted
            # the family’, nor one with a sentence between, ‘Detectives said …’)
        if p.kind == "description" and not p.plural and self._one_they(pos, p, mention.start):
            return p  # one unnamed whom the "they" stands for, the subject just before:
            # ‘The spokesperson added that a review was under way. ‘…,’ they said’
        return None

    def _unnamed_not_meant(self, pos: int, p: Person, head: str | None, gender: str | None,
                           recent: list[tuple[int, Person]], mention: Mention) -> bool:
        """Whether the recent one unnamed at ``pos`` is no one the pronoun stands for: silent, told by the other pronoun, a thing or a body, a work (‘A Vantage spokesperson declined to comment. … Carla Velasquez … “…,” she says’)."""
        if gender is not None and p.kind == "description" and p.gender is None \
                and (said_nothing := RE_SAID_NOTHING_AFTER.match(self.text, pos + len(p.name))) is not None \
                and RE_SPOKE_AFTER_ALL[gender].match(self.text, said_nothing.end(), mention.start) is None:
            return True  # (‘A Vantage spokesperson declined to comment. … Carla Velasquez … “…,” she says’)
        if gender is not None and p.kind == "description" and p.gender is None \
                and any(self._description_told_other_sex(at, p, gender) or self._description_told_by_other(at, p, gender)
                        for at, q in recent if q.kind == "description" and q.name == p.name) \
                and any(q is not p and q.gender == gender for _, q in recent):  # (only with another of the
            # pronoun's sex to go to: ‘The teacher told police he had been bullied. “…,” she said’ is the teacher's)
            return True  # one unnamed whom their own cue reports by the other pronoun (‘The truck driver, who
            # was not charged, told police he had …. … “…,” she wrote’ is never the driver's)
        if gender is not None and p.kind == "description" and p.gender is None \
                and self.text.find("\n", pos, mention.start) >= 0 and self._description_spoke_of_sex(pos, p, gender) \
                and not self._description_again_before(p, mention.start) \
                and any(q.kind == "name" and q.gender == gender and q.personlike and not self.dead_or_victim(q)
                        for _, q in recent):
            return True  # nor one unnamed whose own words, paragraphs before, spoke of a "she" (‘Colleagues
            # describe her as tireless. “She knew every guard,” one former colleague told me. / … Will she be
            # nervous? “Terrified,” she says’ is the profile's subject, a woman named before), w113e
        if gender is not None and p.kind == "description" and p.gender is None and self._description_as_complement(pos, p):
            return True  # nor one unnamed who is only what another is called (‘… a reputation as something of an
            # awkward customer’), w107d
        if (head in THING_NOUNS and not (gender is not None and (
                self._worker_brought_in(p, pos, head)
                or self._trade_made_person(p, pos, head)))) \
                or head in COLLECTIVE_NOUNS or (gender is not None and head in GENDERLESS_SOURCES):
            return True  # nor "a document he drew up", nor "his family" (a "they"), but a trade made a person by a "who"
            # set off after it is one (‘One retailer, who declined to be named, …. “…,” she said’, w72a); and "a person
            # familiar with …" is never a "he" or "she": its sex is kept back
        if gender is not None and p.kind == "description" and head is None \
                and p.name.rsplit(None, 1)[-1].lower() in MADE_WORK_NOUNS | RULING_NOUNS:
            return True  # nor a work named for its maker, though its words were quoted: ‘The villain in a
            # Marchetti broadcast is always “bankers” …. the host had moved on. “…,” he said’ is the host's; nor a
            # court's ruling (‘“…,” the judgment says. … She wept as the ruling was read, and later told
            # supporters: “…”’ is hers)
        return False

    def _namesake_meant(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]],
                        mention: Mention) -> Person:
        """The one the pronoun's sex tells of those sharing the surname named at ``pos``, else ``p`` (‘Nomakhosazana Sigcau, 67, … (her son Lwazi Sigcau) …. Sigcau said she heard gunshots. “…,” she said’)."""
        if gender is not None and p.kind == "name" and p.gender is None and recent[-1][1] is p and recent[-1][0] == pos \
                and self._reported_by_other_sex(pos, gender, mention.start):
            p.gender = "f" if gender == "m" else "m"  # the last named, whose own speech the paragraph
            # went on to report by the other pronoun: ‘Sinclair cautions that the market is far from uniform.
            # Flats are taking longer to sell, she says. … “…,” he says.’ is someone else
        if gender is not None and p.kind == "name" and p.gender is None and " " in p.name \
                and (q := self._namesake_of_sex(p, pos, gender)) is not None:
            p = q  # a bare surname two share, of the one the pronoun's sex tells: ‘Nomakhosazana Sigcau, 67,
            # … (her son Lwazi Sigcau) …. Sigcau said she heard gunshots. “…,” she said’
        elif gender is not None and p.kind == "name" and p.gender not in (None, gender) and " " in p.name \
                and self._surname_reports_in_paragraph(pos, mention.start) \
                and (q := self._namesake_of_sex(p, pos, gender)) is not None:
            p = q  # (and of the other sex than the one it keys, as the subject of the pronoun's own paragraph:
            # ‘the late singer Ruby Vale …. Lionel Vale, her son, …. / Vale, 61, said … “…,” he said’ is his)
        return p

    def _teller_not_subject(self, pos: int, p: Person, gender: str | None, nearest: Person | None,
                            nearest_at: int) -> bool:
        """Whether the subject one unnamed at ``pos`` only told someone something or lent a phrase, and is no subject (‘she was told by a senior colleague that it was a “dead end”. / “…,” she says’)."""
        if (by := self.text.find(p.name, max(0, pos - TOLD_BY_REACH), pos + 1)) >= 0 \
                and RE_TOLD_BY_BEFORE.search(self.text, max(0, by - 16), by) is not None:
            return True  # one unnamed who told the subject something is no subject, nor the nearest:
            # ‘she was told by a senior colleague that it was a “dead end”. / “…,” she says’ is hers
        if gender is not None and nearest is not None and nearest.kind == "name" and nearest.gender == gender \
                and (by := self._low.find(p.name.lower(), max(0, pos - TOLD_BY_REACH), pos + 1)) >= 0 \
                and RE_WHAT_CALLED_BEFORE.search(self.text, max(0, by - 8), by) is not None \
                and not regex.search(r"\b(?:she|her)\b" if gender == "f" else r"\b(?:he|him|his)\b",
                                     self.text[pos + len(p.name):nearest_at], regex.I):
            # (guard, review rv3: never one a pronoun of that sex took up before the named one came:
            # ‘… what one former director called “…”. She asked not to be named …, where Anna Kline …’)
            return True  # nor one unnamed whose phrase another's sentence quotes by "what … called", past
            # one of the pronoun's sex named since: ‘… on what one former director called “…”. / Five years
            # on, … Kessie, 52, is …. / She laughs. “…,” she says’ is Kessie's
        if self._reported_teller(p, pos):
            return True  # nor one unnamed whose telling the subject reports: ‘Diego said a teacher had
            # told his class that strikers were ‘…’. / ‘…,’ he said’ is Diego's
        return False

    def _age_epithet_carries_on(self, pos: int, p: Person, nearest_at: int, recent: list[tuple[int, Person]]) -> bool:
        """The one named as a subject at ``pos`` is who the pronoun stands for past a sentence that opens with
        an epithet of age (:data:`RE_AGE_EPITHET_OPENING`) and names the nearer one, at ``nearest_at``, as its
        object, everyone else named since ``pos`` named there: ‘Marta Pellow broke the record …. / The 27-year-old
        beat the world champion Lena Vorst …. / “…,” she said’ is Pellow's, never Vorst's."""
        if not pos < nearest_at <= self.position:
            return False
        opening = None
        for m in RE_AGE_EPITHET_OPENING.finditer(self.text, pos, nearest_at):
            opening = m
        if opening is None:
            return False
        stretch = self.text[opening.end():nearest_at]  # (the epithet's sentence up to the nearer one)
        if RE_SENTENCE_STOP.search(stretch) is not None:
            return False  # (the epithet's own sentence names the nearer one)
        if RE_BY_WORD.search(stretch) is not None:
            return False  # (a passive's agent is one who acts, never an object: ‘The 25-year-old was congratulated
            # by her coach, Mary Fenn, … / “She has worked so hard,” she said’ is Fenn's; review rv69c)
        return all(at >= opening.start() or q is p or self._place_or_body(at, q) or not q.personlike
                   for at, q in recent if pos < at <= self.position)  # (a place or an event named between is no one)

    def _named_one_instead(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]],
                           mention: Mention, nearest: Person, nearest_at: int) -> Person | None:
        """The one named since whom the pronoun stands for rather than the subject at ``pos`` (‘its spokesperson in Geneva, Carla Mendes, said. She added …’)."""
        if p.kind == "description" and nearest.kind == "name" \
                and _named_after_description(self.text, pos + len(p.name), nearest.name):
            return nearest  # the name set off after the description
            # is the one it describes: ‘its spokesperson in Geneva, Carla Mendes, said. She added …’
        if p.kind == "description" and nearest.kind == "description" \
                and (set_off := self._named_set_off_after(pos, p, gender, recent)) is not None:
            return set_off  # (the same past one unnamed brought in since:
            # ‘The boy’s father, identified by the consulate as Fermín, spoke through a consular
            # official. / “…,” he said’ is Fermín's)
        if p.kind == "name" and p.gender is None and gender is not None \
                and nearest.kind == "name" and nearest.gender == gender and nearest.spots \
                and min(nearest.spots)[0] <= nearest_at < min(nearest.spots)[1] \
                and recent[-1][1] is nearest and len(nearest.spots) == 1 \
                and self._narrative_pronoun_between(nearest_at, min(mention.end, self.position), gender):
            return nearest  # one of the pronoun's sex brought in (named
            # once, the last one named) since the last subject, whom the narrative has already called so
            # (‘… the shop of ceramicist Marta Coll, whose cups sell out. Earlier this year she posted ….
            # “…,” she said’ is hers, never the one quoted before whose sex nothing tells)
        if self._bare_namesake_since(p, gender, nearest, nearest_at):
            return nearest  # (w79a) the namesake the shared surname alone was written for since the one of the
            # same sex who spoke, whom the article calls by the given name: ‘… her granddaughter, Jodie Threlkeld,
            # …. “…,” Jodie says. / … a phrase Threlkeld regards with suspicion. “…,” she says’ is the singer's
        if nearest is not p and nearest.kind == "name" \
                and gender in ("m", "f") and nearest.gender == gender \
                and self._pronoun_takes_up_nearest(nearest_at, nearest, pos, mention.start, gender, recent):
            return nearest  # (the one a narrative pronoun of the sentence
            # that names them took up: ‘… has worked with Vargas, and he credited her. “…,” he said’)
        return None

    def _bare_namesake_since(self, p: Person, gender: str | None, nearest: Person, nearest_at: int) -> bool:
        """``nearest``, named at ``nearest_at`` by the bare surname it shares with ``p``, both of the pronoun's
        sex, while the article calls ``p`` by the given name alone: the surname was written for ``nearest``,
        the one the story turns back to, whom the pronoun after stands for (neither sex nor speech tells
        them apart)."""
        if gender not in ("m", "f") or p is nearest or p.kind != "name" or nearest.kind != "name" \
                or p.gender != gender or nearest.gender != gender or " " not in p.name or " " not in nearest.name \
                or p.surname != nearest.surname:
            return False
        last = nearest.name.rsplit(" ", 1)[-1]
        opening = max(self.text.rfind(c, 0, nearest_at) for c in ".!?\n") + 1
        before = self.text[opening:nearest_at].split()
        if (before and before[-1].lower() in SURNAME_OBJECT_LEADS) \
                or any(w.lower().strip(",") == ("she" if gender == "f" else "he") for w in before):
            return False  # (guard, review rv79a: the bare surname an object, of a verb or a preposition, or in a
            # sentence whose pronoun of that sex is the one who acts: ‘She hugged Okafor at the line’, ‘She credits
            # Vidal with the idea’ go on with the one called by the given name)
        return self.text.startswith(last, nearest_at) and not self.text.endswith(nearest.name.split()[0] + " ", 0, nearest_at) \
            and self._called_by_given(p) and not self._called_by_given(nearest)

    def _brought_in_paragraph_before(self, pos: int, gender: str | None, nearest: Person | None, nearest_at: int) -> bool:
        """``nearest``, of the pronoun's sex, is brought in by name after "from" with a "who" clause (and where
        they are from) in the paragraph right before the pronoun's, which opens with a quotation, while the subject
        at ``pos`` stands in an earlier paragraph (‘A spokesman … told us that …. / Our second query comes
        from Tom in Athlone, who …. / “…,” he writes’ is Tom's), w74c."""
        if nearest is None or gender is None or nearest.gender != gender or nearest.kind != "name":
            return False
        text = self.text
        here = text.rfind("\n", 0, self.position) + 1  # (the pronoun's paragraph)
        if here <= 0 or text[here:here + 1] not in "“\"‘'" or nearest_at >= here:
            return False
        before = text.rfind("\n", 0, len(text[:here].rstrip())) + 1  # (the paragraph before it)
        return pos < before <= nearest_at and text.endswith(" from ", 0, nearest_at) \
            and RE_HEARD_FROM_BEFORE.search(text, max(0, nearest_at - 20), nearest_at) is not None \
            and RE_NAME_THEN_WHO.match(text, nearest_at) is not None  # (one heard from: a letter's, a query's,
        # a caller's; never one merely named: ‘The bill is named after Tessa Kirk, who died …’)

    def _headline_speaker_passed(self, pos: int, p: Person, gender: str | None, recent: list[tuple[int, Person]],
                                 nearest: Person | None, nearest_at: int) -> bool:
        """``p`` at ``pos`` is written only in the headline, never again in the body before the pronoun, and
        the nearest who fits is one of the pronoun's own sex the body names: the pronoun is theirs, not the
        headline's speaker (‘Pricewatch: ‘My bill doubled’ / … a reader called Orla, who …. “…,” she
        writes’ is Orla's), w74c."""
        first = self.text.find("\n")  # (the headline: the opening line, short, before the body, no sentence ending it)
        if nearest is None or gender is None or nearest.gender != gender or nearest is p or not 0 < first <= 160 \
                or pos >= first or nearest_at <= first or self._in_headline(nearest_at) \
                or RE_SENTENCE_ENDS_LINE.search(self.text, 0, first) is not None \
                or RE_BODY_OPENS_DEFINITE.match(self.text, first + 1) is not None:
            return False  # (nor when the body opens on ‘The playwright …’, the headline's speaker by title, rv74c)
        return not any(q is p and at > first for at, q in recent if at < self.position)

    def _resolve_pronoun(self, mention: Mention) -> tuple[Person | None, str]:
        """The person a pronoun stands for (see :meth:`_resolve_pronoun_usually`), but the one person of its
        sex the paragraph right before names as a subject, when the usual reading reaches past that paragraph
        to one it never names (see :meth:`_named_paragraph_before`), w140q."""
        person, how = self._resolve_pronoun_usually(mention)
        if how == "pronoun" and person is not None and person.kind == "name" \
                and (w := mention.text.lower()) in ("he", "she") \
                and (instead := self._named_paragraph_before(mention, PRONOUNS[w][0], person)) is not None:
            return _called(instead, PRONOUNS[w][0]), "pronoun"
        return person, how

    def _named_paragraph_before(self, mention: Mention, gender: str, person: Person) -> Person | None:
        """The one person the paragraph right before names who could be the pronoun of sex ``gender``, when
        the pronoun's cue follows a quotation opening its paragraph, that paragraph before quotes no one and
        names no one else who could be nor a pronoun of that sex, names them as a subject
        (:data:`RE_SUBJECT_VERB_AFTER`), never after a preposition, and names neither it nor this paragraph
        ``person``, the usual reading (‘Then Justice Roe leaned forward. “…?” / It was not a question Ms.
        Avery had prepared for. / “…,” she recalled’ is Avery's, never the one of her sex who spoke before);
        else None."""
        text = self.text
        opening = text.rfind("\n", 0, mention.start) + 1
        if opening == 0 or text[opening:opening + 1] not in QUOTE_OPENERS \
                or RE_CLOSED_BEFORE.search(text, max(opening, mention.start - 4), mention.start) is None:
            return None  # (cheap first: only ‘“…,” she said’ opening its paragraph)
        before_end = len(text[:opening].rstrip())
        before = text.rfind("\n", 0, before_end) + 1
        if before_end <= before or any(c in "“\"‘«" for c in text[before:before_end]) \
                or RE_SEX_SUBJECT_PRONOUN[gender].search(text, before, before_end) is not None:
            return None  # (nor one whose own "he" or "she" may be the subject: ‘Asked whether Daniel will …,
            # he pauses’)
        if any(before <= pos < mention.start and q is person for pos, q in self.recent):
            return None
        fits = {id(p): (pos, p) for pos, p in self.recent if before <= pos < before_end and p.kind == "name"
                and p.gender in (None, gender)}
        if len(fits) != 1:
            return None
        pos, p = next(iter(fits.values()))
        if p is person or p.plural or (named := RE_NAME_AT.match(text, pos)) is None \
                or RE_SUBJECT_VERB_AFTER.match(text, named.end()) is None \
                or RE_OBJECT_BEFORE.search(text, max(before, pos - 40), pos) is not None \
                or RE_SURNAME_OBJECT_BEFORE.search(text, max(before, pos - 60), pos) is not None \
                or RE_SUBORDINATE_BEFORE.search(text, _sentence_start(text, before, pos), pos) is not None:
            return None  # (the cheap tests first: the ones below read the whole cast; never a name in a clause of
            # place or time, ‘On the docks, where union boss X had organised a strike, police stood by’, review of
            # w140q)
        if self._place_or_body(pos, p) or self._sex_told_where_named(p, titled=True) not in (None, gender):
            return None
        return p

    def _resolve_pronoun_usually(self, mention: Mention) -> tuple[Person | None, str]:
        """The person a pronoun stands for: the likeliest recent subject of its sex and number (‘Ana Ruiz said …. “…,” she said’)."""
        w = mention.text.lower().rstrip(".")
        w = "he" if w == "his" else w  # (‘in his words’)
        if w not in PRONOUNS:
            return None, "pronoun-unresolved"
        gender, number = PRONOUNS[w]
        if w in ("i", "we"):
            return None, "first-person"
        if mention.text == "He" and RE_INSIDE_SENTENCE.search(self.text, max(0, mention.start - 4), mention.start):
            # ‘“…,” He said’: inside a sentence, a capital "He" is the surname of someone named
            # in full ("He Yadong"), never the pronoun
            q = self._by_first_word("He", surname=True)
            if q is not None:
                return q, "name"
        if number == 1 and gender is not None and (office := self._office_subject_before(mention.start, gender)) is not None:
            return office, "pronoun"  # (‘In Washington, the US president has made the caravan a theme. On
            # Saturday he wrote …’: the president, never the mayor named before)
        if number == 1 and gender is not None and _asking_verb_in(self.text, max(0, mention.start - 320), mention.end) \
                and (asked := RE_ASKED_QUESTION_THEN_PRONOUN.search(self.text, max(0, mention.start - 320),
                                                                     mention.end + 1)) is not None \
                and description_head(asked.group("asked")) in DESCRIPTION_NOUNS:
            return _called(next((p for _, p in reversed(self.recent) if p.name == asked.group("asked")), None)
                           or Person(asked.group("asked"), kind="description"), gender), "pronoun"  # the one asked
            # answers, never what the question names: ‘When I asked a guide how far Castle Rock was, she said’ (w80a)
        if number == 1 and gender in ("m", "f") \
                and (opening := opening_pronoun_at(self.text, mention.start, mention.text)) is not None:
            at, self.position = self.position, opening
            try:  # the paragraph's first sentence's pronoun, which the quotation follows: whoever it means
                return self._resolve_pronoun(Mention(opening, opening + len(w), self.text[opening:opening + len(w)],
                                                     "pronoun"))
            finally:  # (‘She is wary of the homes Elm Estates has promised. “…,” she says’), w101a
                self.position = at
        fallback = None  # the nearest fit with nothing to say it is a person
        who = None  # the nearest of those a relative "who" followed
        lent = None  # one unnamed who only lent a phrase (see RE_RELATIVE_CALLER_AFTER)
        nearest = None  # the nearest person that fits
        nearest_at = 0  # (and where)
        theirs = number == 2 and self._they_them()
        if number == 2 and (other := self._other_one_they(mention.start)) is not None:
            return other, "pronoun"  # (‘The other developer said they had …. “…,” they said’)
        if number == 2 and (handled := self._handle_they(mention.start)) is not None:
            return handled, "pronoun"  # (‘Another moderator, known only by their handle, kilobyte_kay, said they
            # quit. “…,” they said’)
        recent = self.recent
        if number == 1 and gender in ("m", "f") \
                and (sayer := nearest_sayer(self.text, recent, mention.start, gender, self._place_or_body)) is not None:
            return _called(sayer, gender), "pronoun"  # the last one of its sex named, who says something in
            # the sentence naming them (‘But grazier Bill Cassidy, whose farm adjoins the range, said most
            # locals welcomed it. “…,” he said’), never an earlier speaker the pronoun reaches back to, w89a
        lenders = self._phrase_lenders(recent) if gender is not None else set()
        for pos, p in reversed(recent):
            if lenders and p.kind == "description" and p.name in lenders:
                lent = lent or p  # one unnamed who only lent a phrase in a relative clause of another's
                # sentence is neither subject nor nearest (‘When Ana Ruiz took over, … a product that one
                # reviewer had called “…”. / “…,” she said’ is Ruiz's); theirs only when no one else fits
                continue
            if p.kind != "description" and is_platform(p.name):
                continue  # a platform is no one a pronoun stands for: ‘Taking to Instagram Stories, she fumed’
            if number == 2:
                if (they := self._they_stands_for(pos, p, recent, mention, theirs)) is not None:
                    return they, "pronoun"
                continue
            if self._place_or_body(pos, p):
                continue  # "he" is never a place or a body (‘Xinhua, the official Chinese news agency,’,
                # ‘The lender, Heartland Farm Credit,’),
                # nor letters (‘FDA chief says …’ in a headline), nor a body before another's title
                # (‘White House spokesperson Ravi Menon said’)
            if gender is not None and p.kind == "name" and _named_but_not_meant(self.text, pos, p, mention, w,
                                                                                              recent, gender):
                continue
            head = description_head(p.name) if p.kind == "description" else None  # (read once)
            if p.kind == "description" and self._unnamed_not_meant(pos, p, head, gender, recent, mention):
                continue
            if gender is not None and p.kind == "name":
                p = self._namesake_meant(pos, p, gender, recent, mention)
            if gender is not None and p.kind == "name" and p.gender is None and (nearest is not None or fallback is not None) \
                    and self._sex_told_where_named(p, titled=True) not in (None, gender):
                continue  # a given name that tells no sex, of one the sentence naming them tells is of the other,
                # is no subject to prefer over the nearer one who fits (‘Sheriff Dana Rourke posted a video from
                # her car. … according to commander Mateo Quiroga. “…,” he told reporters’ is Quiroga's)
            if (p.kind == "description" and p.gender is None) or gender is None or p.gender in (None, gender):
                # a subject or a speaker is the likelier antecedent than a nearer object
                # ("Trump said praise from Vladimir Putin … He said"), within reach
                subject = self._as_subject(pos, p, gender, recent, mention, nearest, fallback)
                if subject and p.kind == "name" and p.gender is None and self._interviews_at(pos, p):
                    if nearest is not None or fallback is not None:
                        return _called(nearest or fallback, gender), "pronoun"
                    subject = False  # the one who interviews never answers: the one named after it does (‘Les
                    # Échos, the business daily, interviewed the minister, Armelle Vautrin. «…», she told the paper’)
                if p.kind == "name" and mention.start - pos <= 200 \
                        and RE_WHO_CLAUSE_TO_AS.match(self.text, pos, mention.start) is not None:
                    return _called(p, gender), "pronoun"  # the relative's subject (‘X, who wants …, as she puts it’)
                if subject and p.kind == "description" and p.gender is None \
                        and self._teller_not_subject(pos, p, gender, nearest, nearest_at):
                    continue
                if subject and nearest is not None \
                        and (instead := self._named_one_instead(pos, p, gender, recent, mention, nearest,
                                                                nearest_at)) is not None:
                    return _called(instead, gender), "pronoun"
                if subject and self._brought_in_paragraph_before(pos, gender, nearest, nearest_at):
                    subject = False  # one of the pronoun's sex brought in with a "who" in the paragraph right
                    # before, whose words this paragraph opens with (‘Our second query comes from Tom in Athlone,
                    # who …. / “…,” he writes’), never a subject of an earlier paragraph, w74c
                if subject and self._headline_speaker_passed(pos, p, gender, recent, nearest, nearest_at):
                    subject = False  # one who speaks only in the headline, with one of the pronoun's sex brought in
                    # by the body since (‘Pricewatch: ‘…’ / … a reader called Orla, who …. “…,” she writes’), w74c
                if subject and (nearest is None or self.position - pos <= SUBJECT_REACH
                                or (p.kind == "name" and self._age_epithet_carries_on(pos, p, nearest_at, recent))):
                    return _called(p, gender), "pronoun"
                if p.personlike or (p.kind == "name" and self.roles_of(p)):
                    if nearest is None:
                        nearest, nearest_at = p, pos
                fallback = fallback or p
                if p.who:
                    who = who or p
        if nearest is not None or fallback is not None or lent is not None:
            return _called(nearest or who or fallback or lent, gender), "pronoun"
        return None, "pronoun-unresolved"

