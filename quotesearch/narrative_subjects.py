"""The "he" or "she" of a narrative: the one who answers a profile's question, the one person a
paragraph names, the one a question hails, a kin by a given name, an alias,
one brought in by a "with" phrase or a reaction, and a rival who retorts.
"""

from __future__ import annotations

import itertools

import regex

from quotesearch.cue_tokens import Found, last_sentence_start, sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.role_words import ATTACKING_STEMS, RIVAL_EPITHETS
from quotesearch.speech_words import REACTION_NOUNS, RETORTING_PARTICIPLES
from quotesearch.mention_words import Mention
from quotesearch.name_parts import FUNCTION_WORDS, gender_of, is_organisation, sex_of_given_name
from quotesearch.tokens import RE_CAPWORD, tokenize, word_positions
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.sources import alias_after_clause, alias_is_theirs
from quotesearch.descriptions import OTHER_SEX
from quotesearch.body_names import CONTEXT_CHARS, OWNER_GENDERS
from quotesearch.interviews import REPLY_CUES
from quotesearch.relations import KIN_PAIR_REACH, KIN_SEX, _only_one
from quotesearch.writers import GENDERS, _hails
from quotesearch.unnamed_subjects import OBJECT_OF_SEX, RE_CAPITAL_WORD_INSIDE


#: A paragraph that opens with the writer's own question, asked of no one named: ‘“Do you miss
#: it?” I ask, as we walk back.’, ‘“Are you nervous?” I asked him.’ (never ‘… I ask Ms. Cole.’).
RE_WRITER_QUESTION_PARAGRAPH = LazyPattern(r"[“‘\"'][^\n“”\"]{1,300}\?[”’\"'] I (?:ask|asked)(?: (?:him|her))?"
                                           r"(?:[.,;!]|[ \t]*(?:\n|$))")

#: How often the subject of a profile is named, at least, before it is taken for the one answering
#: the writer.
PROFILE_MIN_NAMED = 3


def _profile_answer(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found,
                    gender: str) -> Person | None:
    """The "he" or "she" who answers the writer's own question, asked of no one named in the paragraph
    before (‘“Do you still play?” I ask. / “When I'm asked,” he says.’): the one the article is
    about, the person of that sex it names most often, in its opening paragraphs too; never the
    last one quoted before the question, a bystander. None when the answer's paragraph names
    someone before the pronoun, or when two people of that sex are named as often."""
    if sp.paragraph == 0 or found.mention is None or found.mention.start < sp.para_start:
        return None
    q_lo, q_hi = paras[sp.paragraph - 1]
    if text.find(" I ask", q_lo, q_hi) < 0 or RE_WRITER_QUESTION_PARAGRAPH.match(text, q_lo, q_hi) is None:
        # (a cheap exact prefilter first: the pattern needs the writer's " I ask" or " I asked")
        return None
    between = text[sp.para_start:min(sp.open_at, found.mention.start)]
    if any(w.group().lower() not in FUNCTION_WORDS for w in RE_CAPWORD.finditer(between)):
        return None  # (‘Ogunbiyi laughs. “…,” he says’: the one named; ‘She thinks about it. “…,” she says’ goes on)
    opening = paras[min(2, len(paras) - 1)][1]
    counts = []
    for p in itertools.islice(cast.by_surname.values(), cast.window):
        if p.kind != "name" or " " not in p.name or p.plural or p.placelike or is_organisation(p.name.split()) \
                or (p.gender or gender_of(p.name.split()[0])) != gender:
            continue
        surname = p.name.split()[-1]
        counts.append((sum(1 for _ in word_positions(text, surname, 0, q_lo)), p))  # (named before the question:
        # never ‘pointing at Ward’ in the answer)
    counts.sort(key=lambda c: -c[0])
    if not counts or counts[0][0] < PROFILE_MIN_NAMED or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    p = counts[0][1]
    if next(word_positions(text, p.name.split()[-1], 0, opening), None) is None:
        return None  # (the one the opening names: a profile's subject)
    if sp.paragraph >= 2:
        b_lo, b_hi = paras[sp.paragraph - 2]
        if not any(c in text[b_lo:b_hi] for c in "“”\"‘’") and any(
                other is not p and next(word_positions(text, other.name.split()[-1], 0, b_lo), None) is None
                and next(word_positions(text, other.name.split()[-1], b_lo, b_hi), None) is not None
                for _, other in counts):
            return None  # (someone of that sex brought in, unquoted, right before the question: the one asked,
            # ‘The farm manager, Kofi Boateng, walks over. / “How long …?” I ask. / “Twelve years,” he says.’)
    return p


#: A run of capitalised words, one or more (‘Haldane’, ‘Dave Kimbrough’), for a short paragraph's names.
RE_CAPITAL_RUN = LazyPattern(r"(?<![\p{L}’'\-])\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*)*")


def _lone_speaker_before(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found) -> Person | None:
    """The one person a narrative paragraph names, when a quotation opening the next paragraph has
    a "he" or "she" that would go to an earlier speaker: someone already quoted, of the pronoun's
    sex, the only person that paragraph names (‘Analyst X said on air …. / The win earned Haldane
    $1.6 million. / “I'm going to call my mom,” he said’ is Haldane's). Never when the paragraph
    quotes anyone, names anyone else, or its one named has not spoken (‘Police arrested Smith. /
    “…,” he said’ stays the officer's)."""
    gender = GENDERS.get(found.mention.text.lower())
    if gender is None or sp.open_at != sp.para_start or sp.paragraph == 0 or found.person is None:
        return None
    p_lo, p_hi = paras[sp.paragraph - 1]
    if p_hi - p_lo > 400 or any(c in text[p_lo:p_hi] for c in "“”\"‘«`") or "''" in text[p_lo:p_hi]:
        return None
    lone = None
    for run in RE_CAPITAL_RUN.finditer(text, p_lo, p_hi):
        words = run.group().split()
        if len(words) == 1 and words[0].lower() in FUNCTION_WORDS:
            continue  # (a sentence's capitalised first word: ‘The’, ‘After’, ‘And’)
        last = words[-1].removesuffix("’s").removesuffix("'s")
        p = cast.by_surname.get(last.lower())  # (a look-up only: resolving would add whoever the run names)
        if p is None or p.kind != "name" or (lone is not None and p is not lone) or " " not in p.name \
                or cast.namesakes.get(last.lower()) or not p.name.endswith(" " + last) \
                or (len(words) > 1 and not p.name.endswith(" ".join(words[:-1] + [last]))):
            return None  # (every capitalised word the one person's name: ‘The win earned Haldane $1.6 million.’)
        lone = p
    if lone is None or lone is found.person or lone.gender != gender or not lone.spoke \
            or OBJECT_OF_SEX[gender].search(text, p_lo, p_hi):
        return None  # (never when a "him" or "her" in it may stand for the one quoted before)
    return lone


def _hailed_replier(text: str, sp: Span, before: list[Span], cast: Cast, found: Found, gender: str) -> Person | None:
    """The one a question alone in the paragraph before calls by name, for the "he" or "she" of a
    reply right after it: ‘“Yes or no, Mr. Petrov?” / “We will replace it,” he replied.’ is Petrov's,
    whoever else the article named last (one person of the pronoun's sex called, or none)."""
    q = before[-1] if before else None
    if q is None or q.paragraph != sp.paragraph - 1 or sp.open_at != sp.para_start or q.open_at != q.para_start \
            or (found.cue or "").lower() not in REPLY_CUES or not text[q.start:q.end].rstrip().endswith("?"):
        return None
    content = text[q.start:q.end]
    return _only_one(p for _, p in cast.recent if p.kind == "name" and p.gender in (None, gender) and _hails(content, p.name))


#: A sentence that opens with "The" and up to three words, one of which may be an office (‘The
#: president himself’, ‘The prime minister’, ‘The Taoiseach’, ‘The new health secretary’); group 1 those words.
RE_OFFICE_OPENING = LazyPattern(r"The ((?:[\p{L}\-]+ ){0,2}[\p{L}\-]+)\b(?![’'])")


#: An unnamed subject's act on a "her" or "him" (group 1), right after it (‘ told her to write down …’).
RE_ACTS_ON_ONE = LazyPattern(r" (?:\p{Ll}+ly )?(?:\p{Ll}+ed|told|gave|sent|taught|left|took|got|made) (her|him) "
                             r"(?:to|that|about|how|into|not)\b")


#: A blood kin named by a given name alone after "his" or "her", past up to two words (‘his 7-year-old son,
#: Jaden,’, ‘her younger sister, Aoife.’): group 1 the owner word, 2 the kin, 3 the given name.
RE_KIN_GIVEN_NAME = LazyPattern(r"\b([Hh]is|[Hh]er) (?:[\p{Ll}\d][\p{Ll}\d\-]* ){0,2}(son|daughter|brother|sister), "
                                r"(\p{Lu}\p{Ll}+)(?=[,.])")


def _kin_given_name_subject(text: str, s_lo: int, s_hi: int, cast: Cast, gender: str, found: Found) -> Person | None:
    """A child or sibling named by a given name alone (‘his 7-year-old son, Jaden,’) who is the subject of
    the sentence right before a quotation in its own paragraph, whose "he" or "she" after the words is
    theirs (‘Jaden didn't hesitate. “Pizza,” he said’), never the parent the pronoun found: named with
    the surname of the one named last, of the owner word's sex, before the kin. None unless the kin's sex
    is the pronoun's, the given name tells no other sex, the name opens the sentence or follows its
    opening phrase, and the article knows no one else by that given name."""
    if found.person is None or found.person.kind != "name" or found.mention.start < s_hi:
        return None
    st = last_sentence_start(text, s_lo, s_hi)
    for pair in RE_KIN_GIVEN_NAME.finditer(text, max(0, s_lo - KIN_PAIR_REACH), s_lo):
        given, kin = pair.group(3), pair.group(2)
        if KIN_SEX[kin] != gender or sex_of_given_name(given) not in (None, gender) or given in found.person.name.split():
            continue
        at = text.find(given, st, s_hi)
        if at < 0 or not (at == st or text[at - 2:at] == ", ") or not text.startswith(" ", at + len(given)) \
                or not text[at + len(given) + 1:at + len(given) + 2].islower():
            continue  # (the sentence's subject, at its start or past its opening phrase: ‘Asked …, Jaden laughed.’)
        owner_sex = OWNER_GENDERS[pair.group(1).lower()]
        owner = next((q for pos, q in reversed(cast.recent) if pos < pair.start() and q.kind == "name"
                      and q.gender == owner_sex and " " in q.name), None)
        if owner is None or owner is not found.person:
            continue  # (only when the pronoun went to the owner: the parent is not the child)
        if any(q.kind == "name" and " " in q.name and q.name.split()[0] == given for q in cast.by_surname.values()):
            continue  # (someone else the article names by that given name)
        p, _ = cast.resolve(Mention(pair.start(3), pair.end(3), f"{given} {owner.name.split()[-1]}", "name"))
        if p is not None and p.kind == "name" and p is not found.person:
            return p
    return None


#: The end of a clause that gives someone unnamed a name to go by, right before it (‘asked that only her first
#: name, ’, ‘who gave his name only as ’, ‘identified only as ’): group 1 the possessive, when there is one.
#:
#: >>> RE_ALIAS_GIVEN_BEFORE.search("and asked that only her first name, ").group(1)
#: 'her'
RE_ALIAS_GIVEN_BEFORE = LazyPattern(r"(?:\b(his|her|their) (?:first |given )?name,? (?:only )?(?:as )?"
                                    r"|\b(?:identified|known) (?:publicly )?only as )$")


def _aliased_subject(text: str, ms: tuple[Mention, Person] | None, gender: str, found: Found) -> Person | None:
    """The one the sentence before a quotation is about by the only name it gives them to go by, for a
    "he" or "she" after the words, when that sentence quotes them in no marks: ‘A barman who has poured
    pints there for 30 years, and who asked that only his first name, Declan, be used, said trade was
    down. / “…,” he said’ is Declan's, never a man named paragraphs before. None unless the name is set
    right after such a clause (:data:`RE_ALIAS_GIVEN_BEFORE`), the clause's "his" or "her" and the
    given name tell no other sex, and the pronoun found someone else."""
    if ms is not None and ms[0].kind == "description" and found.person is not None and found.person.kind == "name" \
            and alias_is_theirs(ms[0].text) and text.startswith((" who ", ", who "), ms[0].end):
        alias = alias_after_clause(text, ms[0].end + (text[ms[0].end] == ","))
        return found.person if alias is not None and alias.group(2) == found.person.name else None
        # (the description the sentence opens with, when the pronoun found the name it goes by: ‘A nurse who
        # has worked on the ward for 12 years and asked that only her first name, Siobhan, be used, said …’)
    if ms is None or ms[0].kind != "name" or ms[1].kind != "name" or found.person is None or ms[1] is found.person \
            or found.person.name == ms[1].name:
        return None
    given = RE_ALIAS_GIVEN_BEFORE.search(text, max(0, ms[0].start - 60), ms[0].start)
    if given is None or (given.group(1) and OWNER_GENDERS.get(given.group(1)) not in (None, gender)) \
            or sex_of_given_name(ms[0].text.split()[0]) not in (None, gender) or ms[1].gender not in (None, gender):
        return None
    return ms[1]


#: A person brought into a sentence by an absolute "with" phrase, a role and a name doing something (‘…,
#: with producer Anna Kellett collecting the prize.’, ‘…, with host Jade Kilbride accepting on behalf of
#: the team.’): group 1 is the name. Matched right after ", with ".
#:
#: >>> RE_WITH_ROLE_NAME_ING.match("producer Anna Kellett collecting the prize.").group(1)
#: 'Anna Kellett'
RE_WITH_ROLE_NAME_ING = LazyPattern(
    r"(?:[\p{Ll}\-]+ ){1,3}(\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){1,2}) \p{Ll}+ing\b")


#: A role owned by someone (‘her sister’, ‘his wife’): kin or company of another, never one taking a prize.
RE_WITH_OWNED_ROLE = LazyPattern(r"(?:her|his|their|its|my|our) ")

#: The doing of :data:`RE_WITH_ROLE_NAME_ING` that brings one on to speak: taking a prize or the stage.
RE_WITH_HANDOVER = LazyPattern(r" (?:accepting|collecting|receiving|picking up|lifting|taking|presenting|hosting)\b")


#: Someone named as the one a reaction came from, a role's lower-case words before the name allowed
#: (‘drew an angry reaction from farmer Brent Murphy’, ‘a sharp rebuke from opposition MP Tendai Lim’):
#: group 1 is the name.
#:
#: >>> RE_REACTION_FROM.search("That drew a furious response from pharmacist Ann Lee, who").group(1)
#: 'Ann Lee'
#: >>> RE_REACTION_FROM.search("drew a response from the ministry") is None
#: True
RE_REACTION_FROM = LazyPattern(
    r"\b(?:" + "|".join(sorted(REACTION_NOUNS)) + r") from (?:(?:[\p{Ll}\-]+|[\p{Lu}]{2,4}) ){0,3}?"
    r"(\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+){1,2})\b(?![ ’'][\p{Lu}s])")


def _another_known_named(text: str, lo: int, hi: int, start: int, end: int, cast: Cast) -> bool:
    """A capitalised word between ``lo`` and ``hi``, outside the one named at ``start``–``end``, that the
    article knows as someone (never a weekday or a month): another person the words may be."""
    return any(not start <= w.start() < end and w.group() not in WEEKDAY_NAMES and w.group() not in MONTH_NAMES
               and cast.knows(w.group().lower()) for w in RE_CAPITAL_WORD_INSIDE.finditer(text, lo, hi))


def _reaction_from(text: str, lo: int, hi: int, cast: Cast, gender: str,
                   ms: tuple[Mention, Person] | None = None) -> Person | None:
    """The one named as the source of a reaction in the last sentence of ``text[lo:hi]`` (:data:`RE_REACTION_FROM`),
    for a "he" or "she" right after it, when that sentence has no person for its subject (the caller's
    check, or whose subject found is that very name): ‘That drew a furious response from pharmacist Ann
    Lee, who runs two chemists. “…,” she said’ is Lee's, never the one quoted before whose words drew it.
    None unless the name is a person's of the pronoun's sex (or of none known), no one else the article
    knows is named in the sentence, and no pronoun of the other sex stands there."""
    if text.find(" from ", lo, hi) < 0:
        return None  # (an exact test before the sentence's start is found: RE_REACTION_FROM needs " from ")
    s = last_sentence_start(text, lo, hi)
    m = RE_REACTION_FROM.search(text, s, hi)
    if m is None or (ms is not None and not m.start() <= ms[0].start < m.end(1)) \
            or RE_REACTION_FROM.search(text, m.end(), hi) is not None \
            or OTHER_SEX[gender].search(text, s, hi) is not None \
            or RE_REACTION_DENIED.search(text, s, m.start()) is not None:
        return None
    if _another_known_named(text, s, hi, m.start(), m.end(), cast):
        return None  # (another person in the sentence: ‘X's plan drew a response from Y’ may be either's)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender in (None, gender) and not p.plural else None


#: A quotation opening with a third person's pronoun of that sex (‘“She ran through the pain,” she said’):
#: the speaker speaks of someone else of the sex, so the paragraph's subject is no speaker of it.
RE_QUOTE_OPENS_THIRD = {"m": LazyPattern(r"\s*(?:he|him|his)\b", regex.I), "f": LazyPattern(r"\s*(?:she|her)\b", regex.I)}

#: A race of more than two, or one attacked who is not running (‘a three-way race’, ‘the term-limited governor’).
RE_RACE_NOT_TWO = LazyPattern(r"\b(?:three|four|five|six)-(?:way|candidate|cornered)\b|\bterm-limited\b", regex.I)

#: Words before a reaction noun that say no reaction came (‘drew no reply from’, ‘still awaiting a
#: response from’, ‘without a reply from’): the one named gave none, so speaks no quotation after.
RE_REACTION_DENIED = LazyPattern(r"\b(?:no|not|never|without|awaiting|await|waiting|yet to)\b|n[’']t\b", regex.I)


#: A pronoun of each sex that a narrative goes on with (‘By noon he was sweeping’, ‘Asked what she would do’).
SAME_SEX = {"m": OTHER_SEX["f"], "f": OTHER_SEX["m"]}


def _unsexed_subject_goes_on(text: str, lo: int, hi: int, cast: Cast, gender: str,
                             ms: tuple[Mention, Person] | None) -> Person | None:
    """The person named as the subject of the narrative ``text[lo:hi]`` before a quotation in its own
    paragraph, when their given name tells no sex (so the pronoun's resolution passed over them) and the
    narrative speaks of them with a "he" or "she" of the pronoun's sex: the last sentence's subject
    ``ms`` when its sex is unknown, or, when there is none and the stretch opens its paragraph, the
    first sentence's, past an opening phrase (‘Back in the yard, Okafor never went in. By noon he was
    still at the grill.’, ‘Asked what she would do next, Mwangi laughed.’). None when the other sex's
    pronoun stands there, or anyone else the article knows is named there."""
    if ms is not None and ms[0].kind == "name" and ms[1].gender is None:
        m = ms[0]
    elif ms is None and (lo == 0 or text[lo - 1] == "\n"):  # (a paragraph's own start, never a sentence's midst)
        ends = sentence_ends(text, lo, hi)
        if len(ends) > 3 or hi - lo > 2 * CONTEXT_CHARS:
            return None
        toks = tokenize(text, lo, ends[0] if ends else hi)
        m = sentence_subject(text, toks, cast.knows) if toks else None
        if m is None and toks:
            c = next((k for k, t in enumerate(toks) if t.text == ","), None)
            m = sentence_subject(text, toks[c + 1:], cast.knows) if c is not None and c + 2 < len(toks) else None
            if m is not None and m.start != toks[c + 1].start:
                m = None
    else:
        return None
    if m is None or m.kind != "name":
        return None
    s = last_sentence_start(text, lo, m.start + 1)
    if OTHER_SEX[gender].search(text, s, hi) is not None or SAME_SEX[gender].search(text, s, hi) is None:
        return None
    if _another_known_named(text, s, hi, m.start, m.end, cast):
        return None  # (anyone else named there: ‘Harris watched. Then the manager, Colin Webb, walked over.’,
        # ‘Gov. Linda Cho thanked the nurses, including Maria Vega, who said she …’)
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or p.gender not in (None, gender) or p.plural or p.placelike \
            or gender_of(p.name.split()[0]) not in (None, gender) or " " not in p.name:
        return None
    return p


#: One rival attacking another in an absolute "with" phrase, then " and " (‘with Tom Price accusing Sian Hughes
#: of “…” and ’): group 1 is the attacker, group 2 the one attacked.
#:
#: >>> RE_RIVAL_ATTACKED.search("with Tom Price accusing Sian Hughes of lying").group(2)
#: 'Sian Hughes'
RE_RIVAL_ATTACKED = LazyPattern(
    r"\bwith ((?:[\p{L}’'\-.]+ ){0,3}\p{Lu}[\p{L}’'\-]+) (?:" + "|".join(ATTACKING_STEMS) + r")\p{Ll}*ing "
    r"((?:\p{Lu}[\p{L}’'\-.]+ ){0,3}\p{Lu}[\p{L}’'\-]+) (?:of|for|over)\b")


def _attacked_rival_retorting(text: str, found: Found, cast: Cast) -> Person | None:
    """The rival attacked in a "with" phrase (:data:`RE_RIVAL_ATTACKED`), for a contest's epithet that
    replies after " and " in the same sentence (‘…, with Dale Whitcomb accusing Carol Benning of ‘…’
    and the Democratic nominee retorting that …’ is Benning's): the one who retorts is the one
    attacked. None unless the cue is a reply's participle (:data:`RETORTING_PARTICIPLES`), the epithet
    definite and of a contest (:data:`RIVAL_EPITHETS`), and the one attacked a person named."""
    m = found.mention
    words = m.text.lower().split()
    if (found.cue or "").lower() not in RETORTING_PARTICIPLES or words[0] != "the" \
            or words[-1] not in RIVAL_EPITHETS or not text.endswith(" and ", 0, m.start):
        return None
    s = last_sentence_start(text, max(0, m.start - CONTEXT_CHARS), m.start)
    at = text.rfind("with ", s, m.start)
    hit = RE_RIVAL_ATTACKED.match(text, at) if at >= 0 and (at == 0 or not text[at - 1].isalnum()) else None
    if hit is None:
        return None
    p, _ = cast.resolve(Mention(hit.start(2), hit.end(2), hit.group(2), "name"))
    attacker, _ = cast.resolve(Mention(hit.start(1), hit.end(1), hit.group(1), "name"))
    if p is None or p.kind != "name" or attacker is None or attacker.kind != "name" or " " not in attacker.name \
            or attacker.name == p.name:
        return None  # (the attacker a party or body: ‘with Labour accusing X of …’ is no duel of two rivals,
        # and ‘the Conservative candidate’ may be a third)
    if RE_RACE_NOT_TWO.search(text, 0, m.start) is not None:
        # (more than two in the race, or the one attacked not running: the epithet may be a third's)
        return None
    return p


def _brought_in_with(text: str, lo: int, hi: int, cast: Cast, gender: str) -> Person | None:
    """The one named in an absolute "with" phrase (:data:`RE_WITH_ROLE_NAME_ING`) of the last sentence of
    ``text[lo:hi]``, for a "he" or "she" after it, when that sentence has no person for its subject (the
    caller's check): ‘The best comedy prize went to the network's sitcom, with showrunner Mark Ellis
    accepting on stage. / “…,” he said’ is Ellis's. None unless the name is of the pronoun's sex and the
    only one of it in the sentence."""
    s = last_sentence_start(text, lo, hi)
    at = text.find(", with ", s, hi)
    if at < 0 or text.find(", with ", at + 1, hi) >= 0:
        return None
    m = RE_WITH_ROLE_NAME_ING.match(text, at + 7, hi)
    if m is None or OTHER_SEX[gender].search(text, s, hi) is not None:
        return None
    if RE_WITH_OWNED_ROLE.match(text, at + 7) is not None or RE_WITH_HANDOVER.match(text, m.end(1)) is None:
        return None  # (only one taking a prize or the stage: never ‘with her sister Jade Martin acting as maid
        # of honour’, ‘with opponent Jelena Ostapenko serving out the set’, ‘with model Kate Moss walking’)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender == gender else None
