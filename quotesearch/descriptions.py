"""People described around a quotation: a person set off with an age, a role or a description,
who speaks next, the subject of an opening phrase, and the sex a sentence tells.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Iterator

import regex

from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import COUNTRY_LETTERS
from quotesearch.name_words import is_abbreviation
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import ORG_WORDS
from quotesearch.role_words import DESCRIPTION_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import PRONOUNS, SPEECH_VERBS
from quotesearch.mention_words import Mention, OPENING_WORDS
from quotesearch.name_words import arabic_article
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN, tokenize
from quotesearch.people import (
    OPENING_PREPOSITIONS, PEOPLE_WORDS, Person, RE_SENTENCE_END, RE_SENTENCE_STOP, _opens_clause_at, surname_key,
)
from quotesearch.full_names import _name_start
from quotesearch.kinship import _kin_who_kept_the_papers
from quotesearch.quoted_names import quotation_names_another
from quotesearch.credit_lines import in_credit_line
from quotesearch.aside_agents import doer_in_aside, rival_named_before


#: What a trial report says its witness does (‘told the jury’, ‘told jurors’, ‘told Leeds Crown Court’, ‘gave
#: evidence’, ‘testified’, ‘took the stand’; set off after the name, ‘X, giving evidence from behind a screen,
#: said’, ‘X, testifying by video link, said’, w107b; never ‘X, who is not testifying,’), or is (‘was the prosecution’s fourth witness’, ‘called as
#: their first witness’), or the testimony one gave (‘the testimony Mr. Lam gave last week’).
#:
#: >>> [bool(RE_GIVES_EVIDENCE.search(t)) for t in ("Rita Lam took the stand", "the testimony Mr. Lam gave last week",
#: ...  "Lam was the prosecution’s fourth witness", "Lam gave a speech", "a witness to the crash",
#: ...  "Lam, giving evidence by video link, said", "Lam was giving a speech", "Lam, who is not testifying, sat")]
#: [True, True, True, False, False, True, False, False]
RE_GIVES_EVIDENCE = LazyPattern(r"\b(?:told|tells) (?:the )?(?:\p{Lu}[\p{L}’']+ ){0,3}"
                                r"(?:[Jj]ury|jurors|[Cc]ourt|[Ii]nquest|[Tt]ribunal|[Hh]earing|[Mm]agistrates?)\b"
                                r"|\b(?:testified|testifies|gave evidence|gives evidence)\b"
                                r"|(?<=, )(?:testifying|giving evidence)\b"
                                r"|\b(?:took|takes) the (?:witness )?stand\b"
                                r"|(?<=\btestimony (?:\p{Lu}[\p{L}.’'\-]* ){1,3})(?:gave|had given|has given)\b"
                                r"|\b(?:was|is|as) (?:the|their|its) (?:[\p{L}\-]+[’']s )?(?:[\p{Ll}\-]+ )?witness\b")

def _new_witness_cue(cue: str) -> bool:
    """A witness cue that names no telling (‘took the stand’, ‘the testimony X gave’, ‘was their witness’)."""
    return cue.startswith(("took", "takes")) or cue in ("gave", "had given", "has given") or cue.endswith("witness")

#: An age set off after a name, or told: "Camille Fournier, 29,", "Ethan Coulter was 14 when".
RE_AGE_AFTER = re.compile(r", (?:now )?\d{1,3}[,.]| was \d{1,3}(?:[,.]| when| years old)")
#: A sentence's subject, set off, up to the clause that names it (‘An audience member, a student who’).
RE_SUBJECT_SET_OFF = LazyPattern(r"(?:^|[.!?]\s+|\n)(?:An?|One|The|Another)\b(?:[^.!?,]{0,50}, [^.!?,]{0,70}\b|(?: [\p{L}\-]+){1,3} )"
                                 r"who (?:later |simply |only |just )?$")


def _one_described_at(toks: list[Token], d: int, k: int) -> bool:
    """``toks[d]`` is "one" opening a single person's description whose noun is ``toks[k]``, the way
    an anonymous source is brought in (‘One official in the Treasury said …’, ‘One national official
    involved in the talks said …’): read forward like one after "a", so the source is kept as first
    written, never cut to "one official" (never "one of the officials", a group's member).

    >>> toks = tokenize("One official in the Treasury said")
    >>> _one_described_at(toks, 0, 1), _one_described_at(tokenize("One of the officials said"), 0, 3)
    (True, False)
    """
    return toks[d].word == "one" and d < k and toks[d + 1].word != "of"


#: Someone described without a name, of a body or a group, then a comma: the subject a second description
#: may be set off after (‘a member of the inspection team, an engineer who …, said’, ‘one of the
#: nurses, a woman in her fifties, said’).
RE_DESCRIBED_BEFORE_SET_OFF = LazyPattern(
    r"\b((?:[Aa]n?|[Oo]ne) (?:[\p{Ll}\-]+ ){0,2}(?:of|at|from) (?:the |a |an |its |their )?(?:(?!(?:is|was|are|were)\b)[\p{L}\-’']+ ){0,3}"
    r"[\p{L}\-]+), $")  # (never a clause: ‘One of them is Maria, a mother of three’ names Maria)


#: One of a group brought in by the group's noun and, set off after it, an age and what they are
#: (‘One victim, an 89-year-old widow from Wigan, handed over £23,500, the court heard.’): the person
#: the paragraph is about, whether or not they speak there; group 1 the group's noun, 2 the
#: description set off (its place after "from" kept).
#:
#: >>> RE_ONE_AGED_SET_OFF.match("One victim, a 76-year-old woman from Wigan, lost").group(2)
#: 'a 76-year-old woman from Wigan'
RE_ONE_AGED_SET_OFF = LazyPattern(
    r"(?:One|Another) (\p{Ll}+), (an? \d{1,3}-year-old (?:[\p{Ll}\-]+ ){0,2}\p{Ll}+"
    r"(?: from \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?),")

#: A sentence's stop before the paragraph's end (a guard of :func:`_aged_ones_set_off`).
RE_SENTENCE_STOP_GUARD = LazyPattern(r"[.!?][”\"’']? (?=[“\"‘'\p{Lu}])")

#: A sentence's closing stop, and whether its paragraph ends with it (a newline or the text's end after).
RE_SENTENCE_CLOSES = LazyPattern(r"[.!?][”\"’']?(?:\n|$)")

#: Words of a death in the rest of a sentence: the one it describes speaks no more (‘One victim, a
#: 19-year-old student, died in hospital.’).
RE_DEATH_WORDS = LazyPattern(r"\b(?:died|dies|killed|dead|death|murdered|fatally)\b")


#: A second description set off after a first, up to its noun (‘…, an engineer’, ‘…, a senior nurse’).
RE_INDEFINITE_SET_OFF = LazyPattern(r", an? (?:[\p{Ll}\-]+ ){0,2}$")


def _aged_ones_set_off(text: str) -> Iterator[tuple[int, str]]:
    """Where a sentence opens on one of a group with an age set off (:data:`RE_ONE_AGED_SET_OFF`), and
    the description set off (‘One victim, an 89-year-old widow from Wigan, handed over …’): the one
    the paragraph is about, whom a "she" after stands for. Substring searches first ("-year-old",
    "One " or "Another "). Guards: the group's noun is a noun of people (no thing's), the sentence
    opens there and closes its paragraph, and its rest tells no death (:data:`RE_DEATH_WORDS`).

    >>> list(_aged_ones_set_off("One victim, a 76-year-old woman, lost £900.\\n\\nOne fan, a 19-year-old student, died."))
    [(0, 'a 76-year-old woman')]
    """
    if "-year-old" not in text:
        return
    for key in ("One ", "Another "):
        i = text.find(key)
        while i >= 0:
            m = RE_ONE_AGED_SET_OFF.match(text, i)
            opens = i == 0 or text[i - 1] == "\n" or (
                text[i - 1] == " " and text[max(0, i - 3):i - 1].rstrip("”\"’'")[-1:] in ".!?")
            if m is not None and opens and (m.group(1) in PEOPLE_WORDS or (
                    m.group(1) in DESCRIPTION_NOUNS and m.group(1) not in THING_NOUNS)):
                closes = RE_SENTENCE_CLOSES.search(text, m.end())
                # (guard: the sentence closes its paragraph; a bare "she said" right after it in the same
                # paragraph stays with the one the paragraph was about: ‘Detective Sarah Quayle said …. One
                # victim, a 91-year-old pensioner, lost her savings. “…,” she said.’; its death words read to
                # its own end, past a decimal's point: ‘lost £1.5m and later died’)
                if closes is not None and RE_SENTENCE_STOP_GUARD.search(text, m.end(), closes.start()) is None \
                        and RE_DEATH_WORDS.search(text, m.end(), closes.start()) is None:
                    yield i, m.group(2)
            i = text.find(key, i + len(key))


#: What opens a sentence before one unnamed set off as the subject's description: a bare "Another" and a
#: comma (‘Another, a doctoral candidate in chemistry, said …’): the description set off is the one the
#: sentence brings in, though it opens no clause itself, w107d. With a noun of its own the lead is the one
#: (‘Another person, a former trader, said …’ is "another person", a labelled case), so it does not match.
#: Matched against the 40 characters before the set-off description.
#:
#: >>> [bool(RE_ANOTHER_SET_OFF_BEFORE.search(t)) for t in ("said so.\n\nAnother, ", "hours. Another, ",
#: ...     "hours. Another worker, ", "In another case, ", "said another, ", "Another blow came, ")]
#: [True, True, False, False, False, False]
RE_ANOTHER_SET_OFF_BEFORE = LazyPattern(r"(?:^|[.!?][”\"’]?\s+|\n)Another, $")


def _set_off_after_another(text: str, at: int) -> bool:
    """The one unnamed whose noun is at ``at`` is set off after a sentence's opening "Another"
    (:data:`RE_ANOTHER_SET_OFF_BEFORE`); ``at`` may be the start of the set-off "a" too.

    >>> t = "One said so.\\n\\nAnother, a doctoral candidate, said she quit."
    >>> _set_off_after_another(t, t.index("candidate")), _set_off_after_another(t, t.index("a doctoral"))
    (True, True)
    >>> t = "One said so. Another blow came, a nurse said."
    >>> _set_off_after_another(t, t.index("nurse")), _set_off_after_another(t, t.index("One"))
    (False, False)
    """
    if at >= 2 and text.startswith(", ", at - 2):
        lead_end = at
    elif (set_off := RE_INDEFINITE_SET_OFF.search(text, max(0, at - 30), at)) is not None:
        lead_end = set_off.start() + 2
    else:
        return False
    return RE_ANOTHER_SET_OFF_BEFORE.search(text, max(0, lead_end - 40), lead_end) is not None


def _described_before_set_off(text: str, at: int) -> regex.Match | None:
    """The subject's own description (:data:`RE_DESCRIBED_BEFORE_SET_OFF`), opening its clause, before a
    second one set off after it whose noun is at ``at`` (‘However, a member of the inspection team, an
    engineer’); None otherwise (never ‘In March, a doctor’)."""
    set_off = RE_INDEFINITE_SET_OFF.search(text, max(0, at - 30), at)
    if set_off is None:
        return None
    lead = RE_DESCRIBED_BEFORE_SET_OFF.search(text, max(0, set_off.start() - 80), set_off.start() + 2)
    return lead if lead is not None and _opens_clause_at(text, lead.start()) else None

#: Adverbs before an opening participle, the two one opener (‘Also speaking, the chairman of the
#: association, Musa Yakasai, blamed …’, ‘Similarly reacting, …’).
ADVERBS_BEFORE_PARTICIPLE = frozenset("also similarly likewise equally".split())


def _opening_participle(words: list[str]) -> str | None:
    """The participle of speech that opens a sentence with its own comma, an adverb before it at
    most (‘Reacting, the …’, ‘Also speaking, the chairman of the association, X, blamed …’), in
    lower case; else None.

    >>> _opening_participle("Also speaking, the chairman".split()), _opening_participle("Reacting, the".split())
    ('speaking', 'reacting')
    >>> _opening_participle("Morning, the".split()), _opening_participle("Also the chairman".split())
    (None, None)
    """
    k = 1 if len(words) > 2 and words[0].lower() in ADVERBS_BEFORE_PARTICIPLE and words[1].islower() else 0
    if k >= len(words) - 1 or not words[k].endswith(","):
        return None
    w = words[k][:-1].lower()
    return w if w.endswith("ing") and (w in SPEECH_VERBS or w in OPENING_WORDS) else None


#: The end of a sentence's leading phrase that brings in one by whom or with whom something was done, up
#: to the name (its title passed): ‘Under friendly questioning from Sen. ’, ‘In an interview with ’,
#: ‘Pressed by ’.
#:
#: >>> bool(RE_LEADING_AGENT_BEFORE.search("Under questioning from Sen. ")), bool(RE_LEADING_AGENT_BEFORE.search("He met "))
#: (True, False)
RE_LEADING_AGENT_BEFORE = LazyPattern(r"\b(?:from|by|with) (?:the )?(?:[\p{L}.\-’']+ ){0,4}$")

#: After the name of such a phrase (a role set off after it passed), the comma that closes the phrase
#: and the pronoun that opens the main clause: group 1 (‘, R-Texas, she’, ‘, he’).
RE_PHRASE_CLOSED_BY_PRONOUN = LazyPattern(r"(?:, [^,.;:“\"\n]{1,40})?, (he|she)\b")


#: A name's lead-in as the appositive of one the pronoun owns: "his" or "her", a noun (an adjective or
#: two before it), and the comma (‘through his attorney, ’, ‘via her longtime agent, ’): group 1 is the
#: possessive. The name so set off is the owner's lawyer or agent, never the owner (w56d).
#:
#: >>> RE_OWNED_APPOSITIVE_BEFORE.search("statement provided through his attorney, ").group(1)
#: 'his'
#: >>> RE_OWNED_APPOSITIVE_BEFORE.search("said his attorney ") is None
#: True
RE_OWNED_APPOSITIVE_BEFORE = LazyPattern(r"\b(his|her) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+, $")


def _set_off_after_own(text: str, pos: int, pronoun: Mention, word: str) -> bool:
    """The name at ``pos`` is set off after a noun the pronoun ``word`` owns, and that pronoun opens the
    clause right after it (‘In a statement through his attorney, Leo Hale, he said …’): the one the
    pronoun owns the attorney of, never the attorney. Guards: "his" with "he", "her" with "she", and
    nothing but the closing comma between the name and the pronoun."""
    if word not in ("he", "she") or pronoun.start <= pos:
        return False
    start = _name_start(text, pos)
    owned = RE_OWNED_APPOSITIVE_BEFORE.search(text, max(0, start - 60), start)
    if owned is None or owned.group(1).lower() != ("his" if word == "he" else "her"):
        return False
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    return run is not None and text[run.end():pronoun.start] == ", "


def _addressed_by_pronoun(text: str, pronoun: Mention, p: Person) -> bool:
    """The person ``p`` is the one the pronoun's own verb writes to or tells, by their surname or full
    name right after it (‘she wrote to Cottam:’, ‘he told Okafor’): the addressee, so never the
    pronoun's person. Guards: the verb follows the pronoun at once (an adverb aside), and the words
    after it are the person's full name or their last name, never a possessive (‘told Hale's aide’)."""
    addressed = RE_PRONOUN_ADDRESSEE.match(text, pronoun.end)
    if addressed is None:
        return False
    name = addressed.group(1)
    return name == p.name or name == p.name.split()[-1]


def _object_of_leading_phrase(text: str, pos: int, at: int, word: str) -> bool:
    """The name at ``pos`` is the one a sentence's leading phrase brings in (‘Under questioning from
    Sen. X, R-Texas, she described …’, ‘In an interview with X, he said …’), and the pronoun ``word``
    at ``at``, in the same sentence, is that of the subject after the phrase: someone else than the one
    brought in, never the one the pronoun stands for. Guards: no comma in the phrase before the name (a
    phrase, never a clause: ‘After Smith resigned, he said’ is Smith's), the phrase opens its sentence
    with a preposition, and the pronoun after it is the same word."""
    if word not in ("he", "she") or at <= pos or at - pos > SUBJECT_REACH:
        return False
    start = _name_start(text, pos)
    stop = text.rfind(". ", max(0, start - SUBJECT_REACH), start)
    while stop > 0 and is_abbreviation(text[text.rfind(" ", 0, stop) + 1:stop]):
        stop = text.rfind(". ", max(0, start - SUBJECT_REACH), stop)  # (past a title's stop: ‘from Sen. X’)
    opening = max(stop, text.rfind("\n", 0, start), text.rfind("? ", 0, start), text.rfind("” ", 0, start))
    phrase = text[opening + 1:start]
    first = phrase.split()[:1]
    if not first or first[0].lower() not in OPENING_PREPOSITIONS or "," in phrase \
            or RE_LEADING_AGENT_BEFORE.search(phrase) is None:
        return False
    run = RE_NAME_RUN.match(text, pos) or RE_CAPWORD.match(text, pos)
    closed = RE_PHRASE_CLOSED_BY_PRONOUN.match(text, run.end()) if run is not None else None
    return closed is not None and closed.group(1).lower() == word and text.find(". ", closed.end(), at) < 0


#: One put a question to (group "asked": an article, then a person's noun), then the question's own words, up
#: to a comma and the answer's "he" or "she" closing the stretch (‘When I asked a Talon engineer how many apps
#: would support Desk Mode, he ’): that pronoun is the one asked, never what the question names (w80a).
#:
#: >>> RE_ASKED_QUESTION_THEN_PRONOUN.search("When I asked a park guide how far Castle Rock was, she ").group("asked")
#: 'a park guide'
#: >>> RE_ASKED_QUESTION_THEN_PRONOUN.search("After the guide asked how far it was, she ") is None
#: True
#:
#: Only a question the writer or one described puts (‘I asked’, ‘reporters pressed’, ‘the judge asked’): one named
#: or a pronoun asking is the one the answer's pronoun goes on telling of (‘When Hale asked a waiter whether the
#: curry contained peanuts, she said, …’; ‘After he asked one voter whether …, he told reporters’) (review rv80a).
#:
#: >>> RE_ASKED_QUESTION_THEN_PRONOUN.search("When Hale asked a waiter whether it had nuts, she ") is None
#: True
#: >>> RE_ASKED_QUESTION_THEN_PRONOUN.search("After he asked one voter whether she would back him, he ") is None
#: True
RE_ASKED_QUESTION_THEN_PRONOUN = LazyPattern(r"(?:(?<![\p{L}’'\-])(?:I|we|We)|(?<![\p{L}’'\-])(?!(?:he|she|they|it|who)\b)\p{Ll}+) "
                                             r"(?:asked|pressed|questioned) (?P<asked>(?:an?|the|one) [^,.;:“”\"?]{1,50}?) "
                                             r"(?:whether|if|how|what|why|when|where|which|who)\b"
                                             r"[^.;:“”\"?]{1,200}, (?:he|she) $")


#: "According to" right before a name, or before the words of a name ahead of its last (‘According to
#: Whitcomb’, ‘according to Dr Robin ’ before "Lee").
#:
#: >>> bool(RE_ACCORDING_TO_END.search("According to Dr Robin ")), bool(RE_ACCORDING_TO_END.search("He told Robin "))
#: (True, False)
RE_ACCORDING_TO_END = LazyPattern(r"\b[Aa]ccording to (?:\p{Lu}[\p{L}.’'\-]* ){0,3}$")

#: From a source's name to the subject pronoun of the same sentence: the name, a comma, at most the
#: source's own "who" clause set off, and nothing else (‘Whitcomb, who was in the room, ’, ‘Marsh, ’).
#:
#: >>> bool(RE_SOURCE_THEN_SUBJECT.fullmatch("Whitcomb, who was in the room, "))
#: True
#: >>> bool(RE_SOURCE_THEN_SUBJECT.fullmatch("Whitcomb. Later ")), bool(RE_SOURCE_THEN_SUBJECT.fullmatch("Whitcomb said "))
#: (False, False)
RE_SOURCE_THEN_SUBJECT = LazyPattern(r"\p{Lu}[\p{L}.’'\- ]{0,40}, (?:who [^.!?;:“”\"\n]{1,100}, )?")


def _according_source_before(text: str, pos: int, at: int) -> bool:
    """The one named at ``pos`` is the "according to" source of the sentence whose subject pronoun is at
    ``at``: a source never stands for that sentence's "he" or "she" (‘According to Whitcomb, who was in
    the room, he thought …’ tells of someone else).

    >>> t = "According to Whitcomb, who was in the room, he thought."
    >>> _according_source_before(t, 13, 44), _according_source_before("Whitcomb, who was there, he said.", 0, 25)
    (True, False)
    """
    return at - pos <= 160 and RE_ACCORDING_TO_END.search(text, max(0, pos - 60), pos) is not None \
        and RE_SOURCE_THEN_SUBJECT.fullmatch(text, pos, at) is not None


def _named_but_not_meant(text: str, pos: int, p: "Person", mention: Mention, w: str, recent=None,
                         gender: str | None = None) -> bool:
    """Whether the one named at ``pos`` is no one a gendered pronoun ``w`` stands for, though they fit: a country's letters, kin who kept the papers, one written to, one a leading phrase brings in (‘Under questioning from Sen. X, she described …’)."""
    if p.name in COUNTRY_LETTERS:
        return True  # nor a country's letters, though a headline's colon made them speak: ‘US
        # presidential hopeful heckled: ‘…’ / … a speech in which he branded …’ is no one's of "US"
    if pos < mention.start and _kin_who_kept_the_papers(text, pos, mention):
        return True  # nor the kin who found or gave up the papers the pronoun wrote: ‘The letters,
        # which her grandniece, Una Roe, found in a trunk, …. “…,” she wrote’ is the writer's
    if _addressed_by_pronoun(text, mention, p):
        return True  # nor the one the pronoun writes to or tells: ‘The letters were kept by her friend
        # Iris Cole. … she wrote to Cole: “…”’ is the letter writer's, never Cole's
    if _object_of_leading_phrase(text, pos, mention.start, w):
        return True  # nor the one a leading phrase brings in, before the subject's pronoun: ‘Under
        # questioning from Sen. X, she described …’
    if _set_off_after_own(text, pos, mention, w):
        return True  # nor the one set off after a noun the pronoun owns: ‘through his attorney, X, he said’
    if pos < mention.start and quotation_names_another(text, mention.start, p.name):
        return True  # nor one the quotation it tags tells of, the speaker saying "me": ‘under Professor Ruth
        # Vale, …. / “Ruth taught me to weld,” she says’ is the student's, w94b
    if pos < mention.start and _according_source_before(text, pos, mention.start):
        return True  # nor the source the sentence opens with, whose own "who" clause at most stands between:
        # ‘According to Whitcomb, who was in the room, he thought about it …’ is someone else's "he" (w110d)
    if in_credit_line(text, pos):
        return True  # nor one who took a picture: ‘Ann Roe on a run. Picture: Sam Hale / … “…,” he said’, w94b
    if pos < mention.start and recent is not None and gender in ("m", "f") and doer_in_aside(text, pos) \
            and rival_named_before(text, pos, recent, gender, mention.start):
        return True  # nor the doer of a thing's participle in an aside: ‘Her pieces — the cape, the gown worn by
        # the singer Mia Stone — go on show. … “…,” she says’ is the designer's, w101a; only when another
        # of the pronoun's sex is named outside the aside before the quotation (w101a guard)
    return False
    # (an opening word alone too: ‘However, a member of the team …’)


def _speaks_after(text: str, end: int) -> bool:
    """A speech verb follows the noun ending at ``end`` within four words, or later in its
    sentence with no other subject before it: after a relative clause, a participle or an
    appositive ("The teenager's mother, who asked that her name not be used, said", "A woman who
    was walking on the trail said", "One woman, standing in the road, said", "The victim, a
    62-year-old nurse, told"), never "…, which she described as …"."""
    if any(w.strip(",.;:").lower() in SPEECH_VERBS for w in text[end:end + 60].split()[:4]):
        return True
    stretch = text[end:end + SPEAKS_REACH]
    stop = RE_SENTENCE_END.search(stretch)
    words = stretch[:stop.start() if stop else len(stretch)].split()
    for i, w in enumerate(words):
        if w[:1] in "“\"‘'":
            return False  # (a quotation's words are not the sentence's)
        if w.strip(",.;:").lower() in SPEECH_VERBS and w[:1].islower():
            before = words[i - 1] if i > 0 else ""
            if not before.endswith(",") and i > 1 and words[i - 2].lower() in ("the", "a", "an", "his", "her", "their", "its") and not (
                    i > 2 and words[i - 3].lower() in ("around", "on", "at", "in", "of", "near", "by", "from", "with", "to", "for")) \
                    and before.lower() not in KEPT_BACK_NOUNS and not _relative_object(words, i):
                return False  # (another subject: ‘…, a move the board said would cost more’; but ‘a woman
                # who was walking around the pond said’ and ‘a man who declined to give his name said’ are theirs)
            return before.endswith(",") or not (before.lower() in PRONOUNS or before[:1].isupper() or before in OTHER_SUBJECTS)
    return False


def _relative_object(words: list[str], i: int) -> bool:
    """The noun before the speech verb at ``i`` is the object of a relative clause's own verb right
    after the noun's "who", never the verb's subject: ‘a student who attended the lecture said’ (who,
    a verb, "the", a noun, the speech verb); never ‘a man who the police said was armed’.

    >>> _relative_object("who attended the lecture said the".split(), 4), _relative_object("who the police said".split(), 3)
    (True, False)
    """
    return i == 4 and words[0].lower() == "who" and words[1].isalpha() and words[1].islower() \
        and words[1] not in SPEECH_VERBS and words[1] not in RELATIVE_OBJECT_NOT_VERBS


#: Words after a relative "who" that are no verb taking an object (‘who also the board said’).
#:
#: >>> "also" in RELATIVE_OBJECT_NOT_VERBS, "hired" in RELATIVE_OBJECT_NOT_VERBS
#: (True, False)
RELATIVE_OBJECT_NOT_VERBS = frozenset("is was are were has had have be been also then the a an said".split())


#: What a relative clause keeps back, its object before the speaker's verb, never that verb's subject
#: (‘A man who declined to give his name said’).
KEPT_BACK_NOUNS = frozenset("name names surname identity".split())

#: How far (in characters) a noun's speech verb may come after it, past the clauses between.
SPEAKS_REACH = 160

#: Subjects of a speech verb that make it someone else's ("…, which police described as …").
OTHER_SUBJECTS = frozenset("police officials authorities investigators prosecutors officers".split())


@functools.lru_cache(maxsize=64)
def _predicate_of_named(noun: str) -> re.Pattern:
    """A noun said of a named person, as a predicate or set off after the name: ‘Hale is a retired
    teacher’, ‘Anna Bell, a nurse,’."""
    return re.compile(r"(?!There |It |This |That )[A-Z][\w’'\-]+(?:, \d{1,3},)?(?: is an?| was an?|, an?|, the) (?:[\w\-]+ ){0,2}" + re.escape(noun) + r"\b")


#: Pronouns of the other sex than a "he" or "she": ‘The patient said he felt dizzy. “…,” she said.’
OTHER_SEX = {"m": regex.compile(r"\b(?:she|her|hers|herself)\b", regex.I),
             "f": regex.compile(r"\b(?:he|him|his|himself)\b", regex.I)}

#: How far back (in characters) a subject may be preferred to a nearer mention as a pronoun's
#: antecedent.
SUBJECT_REACH = 400


#: What may stand between an unnamed person's noun and the name set off after it: a place, a body
#: (" in Geneva", " for the ministry"), up to the comma before the name; or who identified them by it
#: (‘The boy’s father, identified by the consulate as Fermín,’).
RE_BEFORE_APPOSITE_NAME = LazyPattern(r"(?: (?:in|at|for|of) [^.,;:“”\"()]{1,40}?)?, "
                                      r"(?:identified (?:only )?(?:by [^.,;:“”\"()]{1,40}? )?(?:only )?as )?")


#: A rank in capital letters written before the name set off (a police force's style: ‘The Police
#: Public Relations Officer in the state, ASP Ali Musa, confirmed …’), when the letters are a rank's
#: (ROLE_NOUNS: ‘SP’, ‘DSP’, ‘ASP’, ‘CSP’), w80b.
#:
#: >>> RE_RANK_LETTERS_BEFORE_NAME.match("DSP Ali Musa").group(1)
#: 'DSP'
#: >>> RE_RANK_LETTERS_BEFORE_NAME.match("Ali Musa") is None
#: True
RE_RANK_LETTERS_BEFORE_NAME = LazyPattern(r"(\p{Lu}{2,4}) (?=\p{Lu}\p{Ll})")


def _named_after_description(text: str, end: int, name: str) -> bool:
    """The name ``name`` is set off right after the description that ends at ``end``: ‘its
    spokesperson in Geneva, Carla Mendes, said’ (never ‘the spokesperson said. Carla Mendes …’),
    past a rank in capital letters before it (‘the spokesman in the state, DSP Ali Musa, said’).

    >>> t = "its spokesperson in Geneva, Carla Mendes, said"
    >>> _named_after_description(t, 16, "Carla Mendes"), _named_after_description(t, 16, "Mendes Carla")
    (True, False)
    >>> _named_after_description("the spokesman in the state, DSP Ali Musa, said", 13, "Ali Musa")
    True
    """
    m = RE_BEFORE_APPOSITE_NAME.match(text, end, end + 90)
    if m is None:
        return False
    at = m.end()
    if (rank := RE_RANK_LETTERS_BEFORE_NAME.match(text, at)) is not None and rank.group(1).lower() in ROLE_NOUNS:
        at = rank.end()
    if not text.startswith(name, at):
        return False
    if ends_on_inner_person(text[max(0, end - 60):m.start()] + m.group().split(",", 1)[0]):
        # (the phrase before the comma only, never "identified by … as": ‘The lawyer for the victim,
        # identified by police as Sarah Kline,’ names the victim)
        return False  # (the name is the one a phrase of the description ends on: ‘A lawyer for the jailed
        # journalist, Zhang Zhan,’, ‘A neighbour of the dead woman, Ruth Mensah,’)
    return True


#: A description's phrase after "for", "of" or "to" that ends on a noun (group 1) right before the name set off.
RE_INNER_PERSON = LazyPattern(r" (?:for|of|to) (?:(?:the|a|an|his|her|their|its|[\p{L}\-]+[’']s) )?(?:[\p{L}\-]+ ){0,3}?([\p{L}\-]+)$")


def ends_on_inner_person(described: str) -> bool:
    """``described`` ends on a person of its own after "for", "of" or "to" (‘a lawyer for the victim’,
    ‘A neighbour of the dead woman’), never a body's people (‘a spokesman for the family’)."""
    inner = RE_INNER_PERSON.search(described)
    return inner is not None and ((last := inner.group(1).lower()) in ROLE_NOUNS or last in DESCRIPTION_NOUNS
                                  or last in KIN_NOUNS) and last not in ORG_WORDS and last not in ("family", "families")


def _last_before(spots: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The last spot that starts before ``at`` (of spots in text order), or (-1, -1).

    >>> _last_before([(3, 5), (10, 12), (20, 22)], 15), _last_before([(3, 5)], 2)
    ((10, 12), (-1, -1))
    """
    k = bisect.bisect_left(spots, (at, -1)) - 1
    return spots[k] if k >= 0 else (-1, -1)


def _right_after_quotation(text: str, at: int) -> bool:
    """The name at ``at`` comes right after a closing quotation mark, in the same paragraph: the
    quotation's cue (‘“…,” Pamela Ashworth says’), never a paragraph that opens with it.

    >>> _right_after_quotation('“No,” Ann Lee says', 6), _right_after_quotation('he said. “No.”\\n\\nAnn Lee', 16)
    (True, False)
    """
    before = text[max(0, at - 3):at]
    return before.rstrip().endswith(("”", '"')) and "\n" not in before


def _speaks_next(text: str, end: int) -> bool:
    """The rest of the sentence of the name ending at ``end`` has them speak: a speech verb, or
    being asked or interviewed (‘Panthers coach Rick Draper, the boys' uncle, said he …’, ‘Serena
    Cole was asked about her sister's defeat’, ‘… took to Instagram to announce …’).

    >>> _speaks_next("Rick Draper, the boys' uncle, said he", 11), _speaks_next("Serena Williams watched. He said", 15)
    (True, False)
    """
    stop = RE_SENTENCE_STOP.search(text, end, end + 300)
    words = [w.strip(",;") for w in text[end:stop.start() if stop else end + 300].lower().split()]
    spoke_to = any(w in ("spoke", "speaks", "speaking") and "to" in words[k + 1:k + 3] for k, w in enumerate(words))
    return (spoke_to or any(w in SPEAKING_WORDS for w in words)) and not any(w in ("declined", "refused") for w in words)
    # (never ‘declined to answer questions from reporters’, nor one who only "spoke": ‘Eric Trump
    # spoke before him’ said nothing the story reports; but ‘spoke directly to Badger’ did)


def _quoted_next(text: str, end: int, at: int) -> bool:
    """The name ending at ``end`` ends its paragraph's last sentence, and the next paragraph opens with
    a quotation whose cue holds the bare surname at ``at``: the one just set off speaks there, though
    their own sentence only shows them (‘Megan’s mother, Carol Hollis, sat in the front row. / “…,”
    Hollis said’).

    >>> _quoted_next("Her father, Al Reid, sat in the gallery.\\n\\n“We want answers,” Reid said", 19, 61)
    True
    """
    brk = text.find("\n", end, at)
    if brk < 0 or RE_SENTENCE_STOP.search(text, end, brk) is None:
        return False
    opens = brk
    while opens < at and text[opens].isspace():
        opens += 1
    return opens < at and text[opens] in "“\"" and "\n" not in text[opens:at]

#: Words that tell that one speaks: plain reporting verbs, and being asked or interviewed (‘Serena
#: Cole was asked …’).
SPEAKING_WORDS = frozenset("""
said says told tells tell added adds announced announces wrote writes explained insisted argued warned stressed claimed
declared replied responded admitted acknowledged recalled confirmed denied tweeted posted urged vowed
asked interview interviewed instagram statement
""".split())  # (clear reporting verbs only: never "state" of "a state senator", "post" of "his near post")

#: The pronouns of each sex that speak of one person (‘he’, ‘him’, ‘his’).
PRONOUNS_OF_SEX = {"m": ("he", "him", "his"), "f": ("she", "her")}


#: Styles written as a person's initials or short given name too: "H.E." (an envoy's, or H.E. Bates's), "Col"
#: without its stop (a colonel's, or Col for Colin, Australian and British usage: ‘The park's manager, Col
#: Whitaker, said’).
#:
#: >>> "Col" in INITIALS_OR_STYLE, "Col." in INITIALS_OR_STYLE
#: (True, False)
INITIALS_OR_STYLE = frozenset(("H.E.", "Col"))


def _initials_not_style(words, name, by_surname, text: str = "") -> bool:
    """"H.E." before one surname that no one was named with in full before: a person's initials, never
    the style of an envoy or a minister ("H.E. Carrow, a retired engineer", "the novelist H.E. Bates"; but
    "H.E. Al Hammadi said" of H.E. Abdullah bin Saif Al Hammadi is the style's); so "Col" without its stop,
    a short given name (‘The park's manager, Col Whitaker,’; but ‘Col Ankrah said’ of Col Emmanuel Ankrah is
    the colonel's)."""
    return len(words) == 2 and words[0] in INITIALS_OR_STYLE and list(name) == list(words[1:]) and not arabic_article(words[1]) \
        and " " not in getattr(by_surname.get(surname_key(list(name))), "name", "") \
        and (words[0] != "Col" or _col_given_in_apposition(text, words[1]))


#: Nouns before a comma that make the "Col" set off after them a colonel's rank still (‘Army spokesman, Col
#: Harte,’, ‘The Libyan leader, Col Gaddafi,’).
#:
#: >>> "spokesman" in COL_RANK_CONTEXT, "manager" in COL_RANK_CONTEXT
#: (True, False)
COL_RANK_CONTEXT = frozenset("spokesman spokeswoman spokesperson commander officer leader chief attache attaché "
                             "dictator ruler colonel army police regiment".split())


def _col_given_in_apposition(text: str, surname: str) -> bool:
    """Whether "Col <surname>" is first written set off after a description that is no soldier's or
    officer's (‘The park's manager, Col Whitaker,’): "Col" a given name then. At a sentence's start or after a
    spokesman's noun it is the colonel's rank (‘Col Gaddafi said’, ‘Police spokesperson Col Mavela said’,
    ‘Col Sanders, the defence attache,’; guard, review rv62b).

    >>> _col_given_in_apposition("The park's manager, Col Whitaker, said", "Whitaker")
    True
    >>> _col_given_in_apposition("Col Gaddafi said", "Gaddafi"), _col_given_in_apposition("Police spokesperson Col Mavela said", "Mavela")
    (False, False)
    """
    at = text.find("Col " + surname)
    before = text[max(0, at - 40):at].rstrip() if at > 0 else ""
    if not before.endswith(","):
        return False
    prior = before[:-1].split()
    return bool(prior) and prior[-1].lower().removesuffix("’s").removesuffix("'s") not in COL_RANK_CONTEXT

#: A passive's agent of telling before a mention (‘she was told by a senior colleague’), and how far
#: before the words it gave that agent may stand.
RE_TOLD_BY_BEFORE = LazyPattern(r"\b(?:told|warned|advised|informed|assured) by $")

#: One described whose telling another reports, right after that one's "said" (‘Diego said a teacher
#: had told his class …’): the "said" right before the description.
RE_SAID_TELLER = LazyPattern(r"\b(?:said|says)(?: that)? $")

#: A pronoun's own writing or telling verb and the one it goes to (‘she wrote to Cottam:’, ‘he
#: told Okafor’, ‘she later wrote back to Hale’): that one is the addressee, never the "she" who writes.
#: >>> RE_PRONOUN_ADDRESSEE.match(" wrote to Cottam: ").group(1)
#: 'Cottam'
RE_PRONOUN_ADDRESSEE = LazyPattern(r" (?:(?:later|then|also|once|again) )?(?:wrote|writes|told|tells|cabled|telegraphed)"
                                   r"(?: (?:back|again|home))?(?: to)? ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)\b(?![’']s)")
TOLD_BY_REACH = 300


#: Nouns a report calls an opponent by (‘lost to the defending champion’), whom a "He" or "She" opening the
#: next sentence may stand for.
RIVAL_NOUNS = frozenset("champion champions opponent rival holder titleholder title-holder seed favourite favorite "
                        "winner victor challenger incumbent".split())


def _quote_before_pronoun(text: str, para: int, at: int) -> int:
    """Where the sentence of a pronoun right after a quote opens: just past the quote's opening mark
    (‘The mayor was blunt. “Nobody asked me. Nobody called,” she said’: the sentences inside the quote
    are not the pronoun's); ``at`` itself for any other pronoun."""
    end = len(text[:at].rstrip(" "))
    close = text[end - 1] if end > para else ""
    if close not in "”’\"" or end - 2 < para or text[end - 2] not in ",.!?…":
        return at
    opener = text.rfind({"”": "“", "’": "‘"}.get(close, close), para, end - 1)
    return opener + 1 if opener >= para else at


def _trade_told_by_who(text: str, m: Mention, head: str | None) -> bool:
    """A described subject whose head names a trade that may be a firm ("retailer", "dealer"), made a
    person by the relative "who" set off after it (‘One Birmingham retailer, who asked not to be
    named, admitted …’; never ‘One retailer, which …’)."""
    if not (head is not None and head in THING_NOUNS and m.text.split()[0].lower() in ("a", "an", "one", "another")
            and text.startswith(", who ", m.end) and RE_WHO_SILENT.match(text, m.end) is None):
        return False
    end = RE_SENTENCE_END.search(text, m.end)
    return RE_TRADE_SAID_IT.search(text, m.end, end.start() if end else len(text)) is None
    # (never one whose own report calls it "it": ‘One supplier, who declined to be named, said it had cut
    # orders. “…,” she said’ is a firm's report, the "she" someone else's; review rv72a)


#: A trade's own report that calls it "it" (‘…, said it would close 40 stores’, ‘said its margins …’): a
#: firm's, never a person's a "he" or "she" may stand for (_trade_told_by_who, review rv72a). Never a bare
#: "it" (‘said it was the worst Christmas in memory’, ‘said it would be a hard year’).
#:
#: >>> bool(RE_TRADE_SAID_IT.search("One supplier said it had cut orders")), bool(RE_TRADE_SAID_IT.search("said it would be a hard year"))
#: (True, False)
RE_TRADE_SAID_IT = LazyPattern(r"\b(?:said|says|added|told \w+|confirmed|insisted)(?: that)? (?:its\b|it (?:had|has|"
                               r"would|will|could|plans?|planned|was planning|is planning|expects?|expected) "
                               r"(?!(?:been|be|become|got|gotten|taken|felt|seemed)\b)\w+)")


#: A "who" clause that says the one described would not speak (‘A timber supplier, who declined to
#: comment, told customers in a letter …’): no person the next "he" can be. Declining only to be named
#: keeps back a name, never speech (‘One Leeds retailer, who declined to be named, said …’, w72a).
#:
#: Declining to be named "or to comment further" is silent again (review rv72a).
#:
#: >>> [bool(RE_WHO_SILENT.match(t)) for t in (", who declined to comment,", ", who declined to be named,",
#: ...                                         ", who declined to be named or to comment further,")]
#: [True, False, True]
RE_WHO_SILENT = LazyPattern(r", who (?:[^,.;:“”\"\n]{0,30}?\b)?(?:(?:declined|refused)(?! to be (?:named|identified))|"
                            r"(?:declined|refused) to be (?:named|identified),? (?:or|and|nor) (?:to )?"
                            r"(?:comment|speak|talk|answer|respond|discuss|elaborate|give)|"
                            r"did not (?:respond|reply|return)|"
                            r"could not be reached|was not available|had no comment|would not comment)")
