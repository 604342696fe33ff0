"""The nearest sayer: a "he" or "she" cue right after a sentence whose subject, the last one of the
pronoun's sex named, says something (‘But grazier Bill Cassidy, whose farm adjoins the range, said most
locals welcomed it. “…,” he said’), or who acts in a clause a subordinating word opens (‘In 2019, after
Fulton pulled a child from a fire, he told Channel 8: “…”’), is theirs, never an earlier speaker's the pronoun reaches back to.
"""

from __future__ import annotations

from typing import Callable, Sequence

from quotesearch.lexicon import LazyPattern
from quotesearch.people import Person

#: The verbs of saying a name's subject of (:data:`RE_SAYER_AFTER`) or a name within (:data:`RE_SAYING_BEFORE`).
SAYING_VERBS = ("said|says|told|tells|termed|testified|added|wrote|writes|explained|recalled|reported|argued|insisted"
                "|warned|claimed|described|noted|replied|countered|conceded|acknowledged|stressed|declared")

#: A name's last words, then an aside set off by commas at most, then a verb of saying in the past or
#: the present (‘Cassidy, whose farm adjoins the range, said’, ‘Ahmed, however, termed’, ‘Volnovich reported
#: on’): the name is the subject of something said. A possessive or a name followed by any other verb
#: is not (‘Cassidy’s farm’, ‘Cassidy laughed’, ‘Cassidy met Ruiz, who said’), nor one an aside opening on
#: a name follows, who is that aside's (‘One pastor backing Mr. Cruz, Dan Whit of Elm Church, said’).
#:
#: >>> [bool(RE_SAYER_AFTER.match(t)) for t in ("Cassidy, whose farm, Elm Run, adjoins it, said most",
#: ...     "Ahmed, however, termed the claims", "Volnovich reported on the talks", "Rennick told the Council",
#: ...     "Cassidy laughed.", "Cassidy met Ruiz, who said", "Cassidy’s farm said", "Cassidy. He said",
#: ...     "Cruz, Dan Whit of Elm Church, said")]
#: [True, True, True, True, False, False, False, False, False]
RE_SAYER_AFTER = LazyPattern(
    r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3}(?:, \p{Ll}[^.;:!?“”\"«»\n]{0,160}?,)? (?:also |then |however |later )?"
    r"(?:" + SAYING_VERBS + r")\b")

#: A verb of saying earlier in a name's sentence, not one of an inverted attribution right after a closing
#: quotation mark (‘“…,” said Cassidy’): a name after it is what someone said, never a sayer (‘He said
#: witness Dan Ortiz, whose shop faces the square, told officers …’, ‘She said Ann Roe, whose son …,
#: described …’, ‘told the court that Roe …’; review of w89a).
#:
#: >>> [bool(RE_SAYING_BEFORE.search(t)) for t in ("He said witness ", "She told the court that ",
#: ...     "“It is over,” said grazier ", "But grazier ", "Asked about the protest, ")]
#: [True, True, False, False, False]
RE_SAYING_BEFORE = LazyPattern(r"(?<![”\"’,] )(?<![”\"’])\b(?:" + SAYING_VERBS + r")\b")

#: A pronoun's cue set off by commas in mid-sentence, words not quoted after it (‘…, he said, his client
#: “simply put …”’): what follows reports the speaker's words of the clause's subject, never that subject's.
#:
#: >>> [bool(RE_PARENTHETICAL_CUE.match(t)) for t in ("he said, his client “", "he told Channel 8: “",
#: ...     "he said, “I did", "he added, ‘I")]
#: [True, False, False, False]
RE_PARENTHETICAL_CUE = LazyPattern(r"\p{L}+ (?:" + SAYING_VERBS + r"), (?![“\"‘'«])")

#: A word opening a subordinate clause, a courtesy title at most after it, right before a name: the name
#: is that clause's subject when a verb follows (see :data:`RE_CLAUSE_VERB_AFTER`).
#:
#: >>> [bool(RE_SUBORDINATOR_BEFORE.search(t)) for t in ("In 2019, after Mr ", "In 2019, after ", "praise from ")]
#: [True, True, False]
RE_SUBORDINATOR_BEFORE = LazyPattern(
    r"\b(?:after|when|because|since|before|until|while|once|though|although)"
    r" (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?$")

#: The subordinating conjunctions of :data:`RE_SUBORDINATOR_BEFORE` (a relative "which", "whom" is not
#: one: ‘The rule, which Mr Haigh denied, …’ was tried and gave held-out probes wrong speakers, w89a): such
#: a clause's subject is the pronoun's only when the clause opens the
#: pronoun's own sentence (‘In 2019, after Fulton pulled …, he told’), never when it trails a main clause
#: (‘He laughed when Duffy pressed the witness. He called …’ stays the one who laughed).
CONJUNCTIONS = frozenset("after when because since before until while once though although".split())

#: An opening of a sentence before a subordinating word: nothing, or a short phrase set off by a comma
#: (‘In 2019, ’).
#:
#: >>> [bool(RE_SHORT_OPENING.fullmatch(t)) for t in ("", "In 2019, ", "He laughed ")]
#: [True, True, False]
RE_SHORT_OPENING = LazyPattern(r"(?:[^,.;:!?\n]{1,30}, )?")

#: The last word of a street's or a road's name: a place named, no one a pronoun stands for.
#:
#: >>> bool(RE_PLACE_NAME_END.search("Elm Street")), bool(RE_PLACE_NAME_END.search("Ann Street-Hale"))
#: (True, False)
RE_PLACE_NAME_END = LazyPattern(r" (?:Street|Road|Avenue|Lane|Drive|Boulevard|Square|Highway)$")

#: A name's words, then an adverb at most, then a finite verb: an auxiliary or a past in "-ed"
#: (‘Fulton pulled’, ‘Haigh always denied’, ‘Marsh has previously called’); never a noun after the name
#: (‘Fulton Street’, ‘Marsh family’).
#:
#: >>> [bool(RE_CLAUSE_VERB_AFTER.match(t)) for t in ("Fulton pulled a boy", "Haigh always denied it",
#: ...     "Marsh has called", "Fulton Street", "Marsh family", "Haigh, 70,")]
#: [True, True, True, False, False, False]
RE_CLAUSE_VERB_AFTER = LazyPattern(
    r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3} (?:\p{Ll}+ly |always |never |also |still |often |later |then )?"
    r"(?:had|has|have|was|is|were|would|will|could|did|does|\p{Ll}{2,}ed)\b")

#: A preposition or a joining word right before a name: the name is an object or one of several, never the
#: sentence's sole subject (‘Principal Ann Roe of Eastside Elementary, one of the pilot schools, said’), a
#: common noun or two between at most (‘analyst Lene Aas at the consultancy Fjell Risk said’).
#:
#: >>> [bool(RE_OBJECT_BEFORE.search(t)) for t in ("Principal Ann Roe of ", "For ", "Aas at the consultancy ",
#: ...     "But grazier ")]
#: [True, True, True, False]
RE_OBJECT_BEFORE = LazyPattern(r"\b(?i:of|for|at|from|with|to|by|in|on|about|against|and|or|nor)\s+"
                               r"(?:(?:the|a|an) )?(?:\p{Ll}[\p{Ll}\-]* ){0,2}$")

#: A passive verb of questioning and its "by", a common noun or two at most before the name (‘was pressed by
#: presenter ’, ‘was asked by a reporter ’, ‘were questioned by ’): the name after it is the one who asked,
#: whose question a pronoun's cue right after may follow (see :func:`nearest_sayer`), w112b.
#:
#: >>> [bool(RE_QUESTIONED_BY_BEFORE.search(t)) for t in ("Mr Hale was pressed by presenter ",
#: ...     "He was repeatedly asked by ", "was pressed on whether it would close by ", "was backed by council leader ")]
#: [True, True, False, False]
RE_QUESTIONED_BY_BEFORE = LazyPattern(
    r"\b(?:was|were|been|being|is|are) (?:\p{Ll}+ly )?(?:pressed|asked|questioned|challenged|quizzed|grilled|pushed"
    r"|interviewed|cross-examined) by (?:(?:the|a|an) )?(?:\p{Ll}[\p{Ll}\-]* ){0,2}$")

#: A question's end right before a cue's pronoun: its mark and a closing quotation mark, a comma at most
#: (‘“Can you …?” she asked’).
#:
#: >>> [bool(RE_QUESTION_CLOSED.search(t)) for t in ("them?” ", "them?\" ", "them,” ")]
#: [True, True, False]
RE_QUESTION_CLOSED = LazyPattern(r"\?[”\"’']\s*$")


def _question_right_before(text: str, start: int) -> bool:
    """A quotation ending in a question mark closes right before ``start`` (a pronoun's cue)."""
    return RE_QUESTION_CLOSED.search(text, max(0, start - 6), start) is not None


#: Past forms of common verbs of doing that do not end in "-ed" (‘who found the bag’, ‘who saw it’): with
#: those in "-ed", the verb of a "who" clause that brings someone in by what they did (see :data:`RE_WHO_ACTED`).
IRREGULAR_PASTS = ("found|saw|ran|took|made|came|went|won|caught|built|led|began|drove|fought|kept|left|met"
                   "|brought|bought|held|sent|spent|stood|heard|swam|rode|flew|dug|threw|shot|woke|rang|sold|gave")

#: Pasts in "-ed" of dying, of a state or of a life's background (‘Dean Ward, 44, who died at the scene’, ‘Callum
#: Reid, who loved the outdoors’, ‘Sir John Hale, who founded the charity in 1952’): a "who" clause of these tells
#: about someone, never brings them in to speak (see :data:`RE_WHO_ACTED`), w91b review.
STATE_PASTS = ("died|drowned|perished|passed|loved|lived|liked|adored|enjoyed|hated|founded|owned|worked|served"
               "|belonged|needed|wanted|suffered|battled|retired|resided|played|studied|married")

#: A name, an age at most, then a "who" clause telling what they did (an adverb or an auxiliary at most
#: before a past), running to its sentence's end right before a quotation opens (‘… belongs to grower Ravi
#: Menon, who spotted the fire. “…,” he said’): the one brought in is the quotation's sayer. Never a
#: clause that goes on after its sentence (‘…, who found it, and police came. “…”’ is read as usual), nor a
#: "who" clause of being (‘Ann Roe, who is 40.’), nor one without a quotation right after it.
#:
#: >>> [bool(RE_WHO_ACTED.match(t)) for t in ("Ravi Menon, who spotted the fire. “It",
#: ...     "Ann Roe, 71, who had found the dog. ‘I", "Ravi Menon, who also saw it. “", "Ann Roe, who is 40. “I",
#: ...     "Ravi Menon, who spotted the fire. Police", "Ann Roe, who found it, and police came. “I")]
#: [True, True, True, False, False, False]
#: >>> [bool(RE_WHO_ACTED.match(t)) for t in ("Dean Ward, 44, who died at the scene. “We",
#: ...     "Callum Reid, who loved the outdoors. “It", "Martin Shaw, who lost both legs. “Every")]
#: [False, False, False]
RE_WHO_ACTED = LazyPattern(
    r"\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3}(?:, \d{1,3})?, who (?:\p{Ll}+ly |also |first |then )?"
    r"(?:had (?:\p{Ll}+ly |also |first )?)?(?!(?:" + STATE_PASTS + r")\b)(?:\p{Ll}{2,}ed|" + IRREGULAR_PASTS + r")\b(?:(?!, (?:and|but|while|as|so) )[^.!?;:“”\"‘«»\n]){0,140}\. [“\"‘«]")

#: A sentence opening on "For" and at most five words, then a name and a comma: the name is the topic the
#: sentence is about (‘For 19-year-old student Ann Roe, it was her first rescue.’), its sayer when its own
#: possessive follows and a quotation opens right after (see :func:`_topic_before_quote`).
#:
#: >>> [bool(RE_FOR_TOPIC.match(t)) for t in ("For 19-year-old student Ann Roe, it was her first",
#: ...     "For Roe, it was", "For the team of Ann Roe and Ben Lee, it", "For years Roe")]
#: [True, True, False, False]
RE_FOR_TOPIC = LazyPattern(r"For (?:[\p{L}\d\-]+ ){0,5}?\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3}, ")

#: An agent's "by" or an owner's "belongs to" right before a name (‘spotted by steward Ann Roe, who …’, ‘The well
#: belongs to farmer Ann Roe, who …’): the one object a "who" clause of doing may bring in as the sayer; after any
#: other preposition (:data:`RE_OBJECT_BEFORE`: ‘go to Ann Roe, who …’) the name stays an object, w91b review.
#:
#: >>> [bool(RE_AGENT_BEFORE.search(t)) for t in ("spotted by steward ", "The well belongs to farmer ",
#: ...     "The money will go to ", "a tree for ")]
#: [True, True, False, False]
RE_AGENT_BEFORE = LazyPattern(r"\b(?:(?i:by)|belong(?:s|ed|ing)? to)\s+(?:(?:the|a|an) )?(?:\p{Ll}[\p{Ll}\-]* ){0,2}$")

#: The possessive of each sex, a whole word (‘it was her first stranding’).
POSSESSIVES = {"m": LazyPattern(r"\b[Hh]is\b"), "f": LazyPattern(r"\b[Hh]er\b")}

#: A sentence opening on a pronoun of each sex and a verb of saying (‘He said the Duke had called it “…”’):
#: what it quotes is reported by the one the pronoun stands for, an earlier sayer (see :func:`nearest_sayer`).
#:
#: >>> [bool(RE_PRONOUN_SAYS["m"].match(t)) for t in ("He said the Duke", "He also told", "He laughed", "She said")]
#: [True, True, False, False]
RE_PRONOUN_SAYS = {g: LazyPattern(w + r" (?:also |later |then )?(?:" + SAYING_VERBS + r")\b")
                   for g, w in (("m", "He"), ("f", "She"))}

#: A personal pronoun, a whole word: a sentence holding one before a name is about someone else too, who may
#: be the sayer (‘He singled out Tyler Jensen, who scored twice.’), see :func:`nearest_sayer`.
#:
#: >>> [bool(RE_PERSON_WORD.search(t)) for t in ("He singled out ", "The well belongs to farmer ", "Her son ")]
#: [True, False, True]
RE_PERSON_WORD = LazyPattern(r"\b(?i:he|she|him|her|his|hers|they|them|their|we|our|us|I|me|my)\b")

#: A paragraph break (with the blank lines after it).
#:
#: >>> len(RE_PARAGRAPH_BREAK.findall("one.\n\ntwo.\nthree"))
#: 2
RE_PARAGRAPH_BREAK = LazyPattern(r"\n\s*")

#: Opening quotation marks: a recent entry at one is a spot where someone was quoted, never a naming.
QUOTE_OPENERS = frozenset("“\"‘'«")

#: How far back, in characters, the sayer's name may stand from the pronoun (its sentence and one
#: paragraph of quotation after it).
SAYER_REACH = 400


def nearest_sayer(text: str, recent: Sequence[tuple[int, Person]], start: int, gender: str,
                  skip: Callable[[int, Person], bool]) -> Person | None:
    """The last one named before ``start`` who could be the pronoun of sex ``gender``, when the sentence
    naming them has them say something (:data:`RE_SAYER_AFTER`) or act in a subordinate clause
    (:data:`RE_SUBORDINATOR_BEFORE`, :data:`RE_CLAUSE_VERB_AFTER`), and at most one paragraph break lies
    between; else None.

    Quoted spots are passed over (the quotation itself, or the one the sayer's sentence holds), as are
    those of the other sex (‘Pike, whose husband, Walter, …, described …. “…,” she testified’) and places
    or bodies ``skip`` says no pronoun stands for. Anyone else nearer (a described one, an object) stops
    the search: the pronoun is then left to the usual reading.
    """
    quoted: list[Person] = []  # those of its sex quoted since, nearest first
    for pos, p in reversed(recent):
        if pos >= start:
            continue
        if start - pos > SAYER_REACH:
            return None
        if text[pos:pos + 1] in QUOTE_OPENERS:
            if RE_PRONOUN_SAYS[gender].match(text, _sentence_opening(text, pos)) is not None:
                continue  # (a quotation reported by "he" again: ‘“…,” Mr Hale said. / He said the Duke had called it
                # “…”. / “…,” he added’ is Hale's), w91b
            if p.gender in (None, gender) and p.kind != "organisation":
                quoted.append(p)
            continue
        if p.kind == "name" and p.gender is not None and p.gender != gender:
            continue
        if skip(pos, p):
            continue
        if p.kind == "name" and RE_PLACE_NAME_END.search(p.name) is not None:
            continue  # (a street or a road named: ‘after Fulton pulled a boy from a house on Elm Street, he told’)
        if p.kind != "name" or p.plural \
                or (text.count("\n", pos, start) > 1 and _breaks_between(text, pos, start, gender) > 1) \
                or any(q is not p for q in quoted):  # (every break holds a "\n": count those first)
            return None  # (anyone else quoted since: ‘Greaves, …, said: “…” / One operator, who asked not to
            # be named, said morale was “…”. “…,” he said’ is the operator's, whom the stream names at the quote)
        first = p.name.split()[0]
        named = pos if text.startswith(p.name, pos) else text.rfind(first, max(0, pos - 60), pos + len(first))
        named = pos if named < 0 else named  # (named by the surname alone: ‘Mr Haigh’)
        if _brought_in_before_quote(text, pos, named, start, gender) \
                and not _other_named_in_sentence(text, recent, named, p, gender) \
                and RE_PERSON_WORD.search(text, _sentence_opening(text, named), named) is None:
            return p  # the one a "who" clause of doing or a fronted "For" brings in right before the quotation
            # the cue follows (‘… to grower Ravi Menon, who spotted the fire. “…,” he said’), in a sentence that
            # names no one else before them, nor has a pronoun (‘He singled out Tyler Jensen, who scored twice. “…,”
            # he said’ is the one who singled him out), w91b
        if RE_QUESTIONED_BY_BEFORE.search(text, max(0, named - 60), named) is not None \
                and _question_right_before(text, start):
            return p  # the agent of a passive verb of questioning, whose question the pronoun's cue follows:
            # ‘Mr Hale was pressed by presenter Kate Moss on whether …. / “Can you …?” she asked’, w112b
        if RE_OBJECT_BEFORE.search(text, max(0, named - 40), named) is not None:
            return None
        if _after_saying(text, named):
            return None  # (a name in what someone says: ‘He said witness Dan Ortiz, …, told officers …’)
        if RE_SAYER_AFTER.match(text, pos) is not None:
            return p
        if (sub := RE_SUBORDINATOR_BEFORE.search(text, max(0, named - 20), named)) is not None \
                and RE_CLAUSE_VERB_AFTER.match(text, pos) is not None \
                and sub.group().split()[0] in CONJUNCTIONS and _opens_pronoun_sentence(text, sub.start(), start) \
                and not _other_named_in_sentence(text, recent, named, p, gender) \
                and not _speaks_of(text, start, p):
            return p  # the subject of a subordinate clause, no one else of its sex named in its sentence before
            # (‘Ruiz said that when Lee arrived, …. “…,” he said’ is no one's here: left to the usual reading)
        return None
    return None


def _after_saying(text: str, at: int) -> bool:
    """A verb of saying stands earlier in the sentence of the name at ``at`` (:data:`RE_SAYING_BEFORE`)."""
    opening = _past_last_stop(text, at)
    before = text[opening:at]
    for verb in SAYING_VERB_LIST:
        if verb in before:
            return RE_SAYING_BEFORE.search(text, opening, at) is not None
    return False  # (no verb of saying in the sentence at all: the cheap test first)


#: The verbs of :data:`SAYING_VERBS`, one by one, for a cheap test before :data:`RE_SAYING_BEFORE`.
SAYING_VERB_LIST = tuple(SAYING_VERBS.split("|"))


def _speaks_of(text: str, start: int, p: Person) -> bool:
    """The cue at ``start`` is set off by commas in mid-sentence with unquoted words after it
    (:data:`RE_PARENTHETICAL_CUE`), or the quotation after it names ``p`` in the third person (‘when Brown
    learned of it, he said: “Brown was devastated”’): its words speak of the clause's subject."""
    if text[max(0, start - 2):start] == ", " and RE_PARENTHETICAL_CUE.match(text, start) is not None:
        return True
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    opener = next((i for i in range(start, min(stop, start + 60)) if text[i] in "“\"«"), -1)
    if opener < 0:
        return False
    closer = next((i for i in range(opener + 1, stop) if text[i] in "”\"»"), stop)
    return p.name.split()[-1] in text[opener + 1:closer]  # (the quotation right after the cue only)


def _opens_pronoun_sentence(text: str, at: int, start: int) -> bool:
    """The clause at ``at`` opens its sentence (a short phrase before at most), and the pronoun at ``start``
    stands in that same sentence."""
    opening = _past_last_stop(text, at)
    return RE_SHORT_OPENING.fullmatch(text[opening:at].lstrip()) is not None \
        and not any(c in text[at:start] for c in ".!?\n")


def _other_named_in_sentence(text: str, recent: Sequence[tuple[int, Person]], at: int, p: Person, gender: str) -> bool:
    """Someone other than ``p``, who could be of sex ``gender``, named (or quoted) in the sentence before ``at``."""
    opening = _past_last_stop(text, at)
    return any(opening <= pos < at and q is not p and (q.kind != "name" or q.gender in (None, gender))
               for pos, q in recent)


def _brought_in_before_quote(text: str, pos: int, named: int, start: int, gender: str) -> bool:
    """The name at ``pos`` (its first word at ``named``) is brought in by a "who" clause of doing
    (:data:`RE_WHO_ACTED`) or as the topic of a sentence opening on "For" with its own possessive after it
    (:data:`RE_FOR_TOPIC`), that sentence ends right before a quotation opens, and the cue at ``start``
    follows that quotation in the same paragraph; never a name in what someone says
    (‘He said farmer Ann Roe, who found it, …’)."""
    if "\n" in text[pos:start] or _after_saying(text, named):
        return False
    if (who := RE_WHO_ACTED.match(text, pos)) is not None:
        if RE_OBJECT_BEFORE.search(text, max(0, named - 40), named) is not None \
                and RE_AGENT_BEFORE.search(text, max(0, named - 40), named) is None:
            return False  # (an object: ‘The money will go to Ann Roe, who …. “…,” he said’ is the earlier sayer's)
        opener = who.end() - 1
    else:
        line = text.rfind("\n", 0, named) + 1
        opening = max([line] + [text.rfind(c, line, named) + 2 for c in ".!?" if text.rfind(c, line, named) >= 0])
        topic = RE_FOR_TOPIC.match(text, opening)
        if topic is None or not opening < named < topic.end():
            return False
        stop = next((i for i in range(topic.end(), min(len(text), topic.end() + 160)) if text[i] in ".!?\n"), -1)
        if stop < 0 or text[stop] == "\n" or text[stop + 1:stop + 3][:1] != " " or text[stop + 2:stop + 3] not in QUOTE_OPENERS \
                or POSSESSIVES[gender].search(text, topic.end(), stop) is None:
            return False
        opener = stop + 2
    between = text[opener + 1:start]
    return between.rstrip()[-1:] in ("”", "\"", "’", "»") and "“" not in between and "«" not in between \
        and not between.startswith(("He ", "She ", "His ", "Her "))  # (words about them: ‘“He was superb,” he said’)
    # (the cue right after that quotation's close, no other opening since: ‘…,” he said’)


def _past_last_stop(text: str, at: int) -> int:
    """Right past the last stop before ``at`` in its paragraph (a space after it or none), or the
    paragraph's start: the opening of the sentence holding ``at``, counted loosely.

    >>> _past_last_stop("He left.\\nShe said Tom. Tom laughed", 28)
    22
    """
    line = text.rfind("\n", 0, at) + 1
    return max([line] + [text.rfind(c, line, at) + 1 for c in ".!?"])


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (its paragraph's start, or past the last stop and its space)."""
    line = text.rfind("\n", 0, at) + 1
    stops = [text.rfind(c + " ", line, at) for c in ".!?"]
    return max([line] + [s + 2 for s in stops if s >= 0])


def _breaks_between(text: str, pos: int, start: int, gender: str) -> int:
    """The paragraph breaks between ``pos`` and ``start``, but for those before a paragraph opening on a
    pronoun of sex ``gender`` and a verb of saying (:data:`RE_PRONOUN_SAYS`), which goes on with the same
    sayer (‘“…,” Mr Hale said. / He said the Duke had called it “…”. / “…,” he added’), w91b."""
    return sum(1 for b in RE_PARAGRAPH_BREAK.finditer(text, pos, start)
               if RE_PRONOUN_SAYS[gender].match(text, b.end()) is None)
