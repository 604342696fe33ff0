"""Speakers read from the clause around a quotation: counted groups, name lines, list leads, law
texts, products, interjections, a relative clause's cue, a ruling chair and a participle's subject.
"""

from __future__ import annotations

import functools
import re

import regex

from quotesearch.backward_cues import BULLETS, cue_before
from quotesearch.cue_tokens import Found, _first_word, _token_after, _verb_like, last_sentence_start, sentence_ends
from quotesearch.sentence_subjects import _subordinate_at, sentence_subject
from quotesearch.lexicon import LazyPattern, SMALL_COUNT_NAMES
from quotesearch.document_words import AUTHORED_NOUNS, DOCUMENT_NOUNS
from quotesearch.body_words import COUNT_SETTER_NOUNS, MACHINE_TALK_WORDS, TALKING_PRODUCT_NOUNS, TECH_ACRONYMS
from quotesearch.role_words import CHAIR_OFFICES, CIRCLE_PLURALS, DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import (
    AUXILIARIES, CALL_VERBS, CHAIR_RULING_VERBS, FINDING_VERBS, LABELLING_VERBS, PRONOUNS, SPEECH_VERBS,
)
from quotesearch.term_words import RE_LAW_BEFORE_VERB, RE_LAW_NAME_END, RE_LAW_TEXT_VERB, RE_PROVISION_BEFORE
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.names import split_title
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.tokens import Token, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import PEOPLE_WORDS, Person, RE_DOUBLE_MARK
from quotesearch.sources import GROUP_BREAKS
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.titles import PEOPLE_NOUNS, PERFORM_VERBS, _person_noun


def _one_of_plural(w: str) -> str | None:
    """The one of a plural noun of people ("employees" → "employee", "men" → "man"), or None."""
    one = w[:-2] + "an" if w.endswith("men") else w[:-1] if w.endswith("s") and not w.endswith("ss") else None
    if one is not None and (one in ROLE_NOUNS or one in PEOPLE_NOUNS or one in PEOPLE_WORDS):
        return one
    return w[:-2] if w.endswith("es") and w[:-2] in PEOPLE_WORDS else None


#: How many words a counted group's description may hold, its count and head among them.
COUNTED_GROUP_WORDS = 9


def _counted_group(words: list[str]) -> str | None:
    """The counted group of people a sentence opens with, as written up to its speech verb or the
    comma after it, for "one of" them: ‘Two former employees, who asked not to be named, said’ →
    "two former employees", ‘Two developers who worked on the game told …’ → "two developers who
    worked on the game"; None when it opens with no count, the head noun is no people's (‘Two
    cars …’, ‘Two of the workers …’), or the description runs on past its reach.

    >>> _counted_group("Three nurses at the hospital, speaking on condition".split())
    'three nurses at the hospital'
    >>> _counted_group("Two weeks later, residents said".split()) is None
    True
    """
    if not words or words[0].lower() not in SMALL_COUNT_NAMES:  # (a count: ‘Two former employees, who …, said’)
        return None
    head = next((k for k in range(1, min(len(words), 5)) if _one_of_plural(words[k].rstrip(",")) is not None), None)
    if head is None or not all((w.isalpha() or "-" in w) and w.lower() not in GROUP_BREAKS
                               and not (w.islower() and w.endswith("s") and not w.endswith("ss")) for w in words[1:head]):
        return None  # (‘Two of the workers’, ‘Two weeks after the fire, neighbours said’, ‘Two days ago residents’)
    end = head + 1
    if not words[head].endswith(","):
        for j in range(head + 1, min(len(words), COUNTED_GROUP_WORDS)):
            if words[j].rstrip(",") in SPEECH_VERBS:
                end = j
                break
            if words[j].endswith(","):
                end = j + 1
                break
        # (no verb nor comma within reach, or a clause cut at its verb, ‘Two residents who said’: to the head)
        if end > head + 1 and words[end - 1].rstrip(",").lower() in GROUP_BREAKS:
            end = head + 1
    group = " ".join(words[:end]).rstrip(",")
    return group[0].lower() + group[1:]


#: Someone's circle of people (group 2, checked against CIRCLE_PLURALS), owner and noun as written in
#: group 1: ‘Tranter's allies’, ‘the governor’s aides’.
#:
#: >>> RE_CIRCLE_OWNED.search("Asked last night, Ruto's allies were unamused.").group(1)
#: "Ruto's allies"
RE_CIRCLE_OWNED = LazyPattern(r"(?<![\p{L}’'])((?:[Tt]he )?[\p{L}\-]+['’]s (\p{Ll}+))\b")


def _one_of_group(text: str, sp: Span) -> str | None:
    """Who "said one" is: one of the counted group the sentence before the quotation opens with, as
    written (‘Two former employees, who …, said …. “…,” one said.’ → "one of two former employees"),
    else one of the circle it names (‘X's allies were unamused. “…,” one said.’ → "one of X's allies"),
    else one of the people it names last in the plural (‘Several residents gathered outside. “…,”
    said one.’ → "one resident"), or None."""
    lo = last_sentence_start(text, max(0, sp.open_at - 300), sp.open_at)
    if (group := _counted_group(text[lo:sp.open_at].split())) is not None:
        return "one of " + group
    owned = [m for m in RE_CIRCLE_OWNED.finditer(text, lo, sp.open_at) if m.group(2) in CIRCLE_PLURALS]
    if len(owned) == 1 and not any(_one_of_plural(w) is not None for w in regex.findall(
            r"\b\p{Ll}+\b", text, pos=owned[0].end(), endpos=sp.open_at)):
        # (one of someone's circle: ‘The mayor's aides were furious. “…,” one said.’; never when people
        # named after them in the plural are nearer: ‘X's aides met three striking cleaners. “…,” one said.’)
        return "one of " + regex.sub(r"^The ", "the ", owned[0].group(1))
    for w in reversed(regex.findall(r"\b\p{Ll}+\b", text, pos=lo, endpos=sp.open_at)):
        if (one := _one_of_plural(w)) is not None:
            return "one " + one
    return None


def _another(m: regex.Match, before: Found | None) -> str:
    """Who "another" is: its own noun (‘another user’), or the noun of the one described before it
    (‘wrote one commenter. Another asked:’ → "another commenter"), or "another"."""
    if m.group("noun") and m.group("noun") not in SPEECH_VERBS:
        return m.group("who")[0].lower() + m.group("who")[1:]
    name = before.person.name if before is not None and before.person is not None else ""
    words = name.split()
    if len(words) >= 4 and words[:3] == ["one", "of", "the"] and before.person.kind == "description" \
            and words[-1].isalpha() and words[-1].islower():
        return "another of the " + " ".join(words[3:])  # (‘One wrote:’ of the viewers, ‘Another added:’)
    head = description_head(name) if len(words) >= 2 else None
    at = next((i for i in range(1, len(words)) if words[i] == head), len(words) - 1)
    if len(words) >= 2 and words[0].lower() in ("one", "a", "an") and before.person.kind == "description" \
            and words[at].isalpha() and words[at].islower():
        return "another " + " ".join(words[at:])  # (from its head: ‘One person with knowledge of the …’)
    return "another"


#: The sentence after a quotation that names whose words they were (‘That was the blunt assessment
#: of X’, ‘Those were the words of X’, ‘So says X’, ‘That was how X described …’, ‘That quote from X
#: appeared …’), its noun's modifiers hyphenated or not (‘“Messy,” was the one-word summary from X’).
#:
#: >>> bool(RE_WORDS_OF_NEXT.match("“Messy,” was the one-word summary from X", 8))
#: True
RE_WORDS_OF_NEXT = LazyPattern(r"\s*(?:(?:That|Those|Such|(?<=,[”\"’']?) was|(?<=,[”\"’']?) were) (?:(?:was|were|is|are) )?(?:the )?(?:\p{Ll}[\p{Ll}\-]* ){0,2}"
                               r"(?:words|verdict|assessment|summary|view|message|warning|advice|prediction|answer|reply|"
                               r"conclusion|judgment|judgement|reaction|response) (?:of|(?:(?:on )?\p{Lu}\p{Ll}+day |"
                               r"yesterday |today |this week )?from) |So says |That was how |"
                               r"Or so says |(?:That|This|The) (?:\p{Ll}+ )?(?:quote|quotation|remark|comment|"
                               r"warning|rebuke|retort|reply|response|plea|pledge|promise|admission|criticism) (?:came )?from |"
                               r"(?:That|This) is how |The speaker (?:is|was) |With (?:those|these) words, )")


def _told_after(text: str, sp: Span, paras: list[tuple[int, int]]) -> Found | None:
    """Who a quotation standing alone was, named by the sentence right after it (the rest of its
    paragraph, or the next paragraph's start)."""
    at = sp.close_end
    if at is None:
        return None
    if not text[at:sp.para_end].strip() and sp.paragraph + 1 < len(paras):
        at = paras[sp.paragraph + 1][0]
    m = RE_WORDS_OF_NEXT.match(text, at)
    if m is None:
        return None
    toks = tokenize(text, m.end(), min(len(text), m.end() + 120))
    mention = mention_after(toks, 0, text) if toks else None
    lead = [x for x in toks if x.end <= mention.start] if mention is not None else []
    if mention is not None and (m.group().lstrip().startswith(("was ", "were ")) or m.group().endswith((" of ", " from "))) and (
            (not lead and mention.kind in ("description", "organisation"))
            or (mention.kind == "name" and mention.role and lead and lead[-1].text == ","
                and text[lead[0].start:lead[-1].start] == mention.role)):
        return Found(mention, None, "cue-after", m.group().strip().split()[-1])  # (in the words' own sentence, or
        # after "of" or "from" in the next, a description or a body too, or a name set off after its role: ‘“…,”
        # was the verdict of the appeals court’, ‘That was the view of one long-serving steward’)
    if mention is None or mention.kind != "name" or not (
            all(x.capitalized for x in lead) or (mention.role and " ".join(x.text for x in lead) == mention.role)):
        return None  # (the name right after, a title at most, ‘farmer Otis Crane’: never ‘The speaker was
        # interrupted by Councilman X’, ‘That is how the crowd greeted Senator Dana Fox’)
    return Found(mention, None, "cue-after", m.group().strip().split()[-1])


def _signs_with_handle(text: str, end: int, hi: int) -> bool:
    """A sign-off's name at ``end`` followed by an account's handle in brackets, as an embedded
    post is signed (‘— Rhys Penhallow (@RhysPenhallowLD) May 3, 2025’).

    >>> t = "— Rhys Penhallow (@RhysPenhallowLD)"
    >>> _signs_with_handle(t, 16, len(t)), _signs_with_handle("— Dana Kowalczyk", 16, 16)
    (True, False)
    """
    return text.startswith(" (@", end, hi) and text.find(")", end, hi) > end + 3


def _question_paragraph(text: str, para: tuple[int, int]) -> bool:
    """A paragraph that is one short question of the writer's, with no quotation mark in it
    (‘Were you scared, going back into the studio?’)."""
    lo, hi = para
    body = text[lo:hi].strip()
    return 0 < len(body) <= 200 and body.endswith("?") and not RE_DOUBLE_MARK.search(body) \
        and body.count("?") == 1 and not any(stop in body for stop in (". ", "! ", "; "))


#: What a name line may say after its comma: how the one named voted or stood.
STANCES = frozenset(["dissenting", "concurring", "abstaining", "writing for the majority", "for the majority", "in dissent"])


#: An item of a list: a number, a letter or a bullet opening its paragraph (‘1. To “look again”’, ‘• A $300
#: million credit’).
RE_LIST_ITEM = LazyPattern(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[•·▪◦*–—-])[ \t]")


#: What others say or write, listed by the one who introduces a list.
OTHERS_WORDS = frozenset("""complaints complaint allegations accusations charges criticisms claims concerns questions
grievances evidence examples messages comments reactions responses tweets posts quotes excerpts highlights
lines slogans signs chants letter letters email emails note notes""".split())


#: Nouns of a speech one person gives, whose words may follow (:data:`RE_SPEECH_PART_LEAD`,
#: :data:`RE_SPEECH_GIVEN`): ‘he gave a speech’, ‘The eulogy ended:’.
#:
#: >>> "eulogy" in GIVEN_SPEECH_NOUNS, "talk" in GIVEN_SPEECH_NOUNS
#: (True, False)
GIVEN_SPEECH_NOUNS = "speech address toast eulogy sermon lecture tribute".split()

#: A paragraph's last sentence that leads into a speech's words, given below, by the speech itself as
#: its subject: ‘It ended:’, ‘The address began simply:’, ‘His toast went:’.
#:
#: >>> bool(RE_SPEECH_PART_LEAD.search("He gave a speech. It ended:")), RE_SPEECH_PART_LEAD.search("It ended badly.") is None
#: (True, True)
RE_SPEECH_PART_LEAD = LazyPattern(r"(?:^|(?<=[.!?”\"’']\s))(?:It|(?:The|His|Her|Their|That) (?:"
                                  + "|".join(GIVEN_SPEECH_NOUNS) + r"|remarks)) (?:ended|began|concluded|closed|opened|went|ran)"
                                  r"(?: \p{Ll}+)?:$")

#: A sentence in which someone gives the speech that the next sentence's "It" is: ‘he gave a speech that
#: former students still quote’, ‘She delivered the eulogy’.
#:
#: >>> bool(RE_SPEECH_GIVEN.search("At the ceremony, he gave a speech that students quote.")), RE_SPEECH_GIVEN.search("He gave a talk.") is None
#: (True, True)
RE_SPEECH_GIVEN = LazyPattern(r"\b(?:gave|delivered|made|read|offered) (?:a|an|the|his|her|their) (?:[\p{Ll}\-]+ ){0,3}"
                              r"(?:" + "|".join(GIVEN_SPEECH_NOUNS) + r")\b")


#: What may stand between the one who gives a speech and the verb that gives it: an aside set off, an
#: auxiliary or an adverb (‘Dean Voss, 64, gave’, ‘he later delivered’).
#:
#: >>> bool(RE_SPEECH_GIVER_GAP.fullmatch(", 64, ")), bool(RE_SPEECH_GIVER_GAP.fullmatch(" later "))
#: (True, True)
#: >>> RE_SPEECH_GIVER_GAP.fullmatch(" told the story of how her father ") is None
#: True
RE_SPEECH_GIVER_GAP = LazyPattern(r"(?:\s*,[^,.;]{1,60},)?(?:\s+(?:also|then|later|once|had|has|have|would|\p{Ll}+ly))*\s*")

#: Another's words or another speaker after the speech in its sentence (‘written by …’, ‘heard from …’).
#:
#: >>> bool(RE_SPEECH_OTHERS_AFTER.search(" written by the widow")), bool(RE_SPEECH_OTHERS_AFTER.search(", and then the crowd"))
#: (True, True)
#: >>> RE_SPEECH_OTHERS_AFTER.search(", and he wept") is None
#: True
RE_SPEECH_OTHERS_AFTER = LazyPattern(r"\b(?:by|from)\b|, and (?:then )?(?!s?he\b)")


def _speech_part_lead(text: str, para: tuple[int, int], known) -> Found | None:
    """For words that open a paragraph, the one who gave the speech the paragraph before leads into
    them with the speech as its subject (‘At the ceremony, he gave a speech that former students
    still quote. It ended: / “…’): the subject of the sentence that gives the speech, right before."""
    lo, hi = para
    line = text[lo:hi].rstrip()
    lead = RE_SPEECH_PART_LEAD.search(line)
    if lead is None:
        return None
    end = lo + lead.start()
    start = last_sentence_start(text, lo, end)
    given = RE_SPEECH_GIVEN.search(text, start, end)
    if given is None or (line[lead.start():].startswith("It ") and RE_SPEECH_GIVEN.search(text, lo, start) is not None):
        return None  # (the sentence right before gives the speech; "It" only where no speech came before it)
    toks = tokenize(text, start, given.start())
    m = sentence_subject(text, toks, known) if toks else None
    if m is None or m.kind not in ("name", "pronoun") or (m.kind == "pronoun" and m.text.lower() not in ("he", "she")):
        return None  # (a person who gave it: never ‘It gave …’, ‘They gave …’)
    if RE_SPEECH_GIVER_GAP.fullmatch(text, m.end, given.start()) is None or RE_SPEECH_OTHERS_AFTER.search(text, given.end(), end):
        return None  # (guard, review rv3: the subject gives it itself, ‘Marta Ruiz told the story of how her father
        # gave a eulogy’ is no speech of hers; nor words another wrote or said after it, ‘read a tribute written by
        # the widow’, ‘and then the crowd heard from Pat Dolan’)
    return Found(m, None, "colon", ":")


def _list_lead(text: str, sp: Span, paras: list[tuple[int, int]], known) -> Found | None:
    """For words quoted in an item of a list, the subject of the sentence that introduces the
    list with a colon (‘The authority's chief executive, Neil Fairbanks, offered three commitments:’),
    over the list's items before it (at most twelve)."""
    k = sp.paragraph - 1
    while k >= 0 and sp.paragraph - k <= 12 and RE_LIST_ITEM.match(text, paras[k][0]) is not None:
        k -= 1
    if k < 0:
        return None
    lo, hi = paras[k]
    lead = text[lo:hi].rstrip()
    if not lead.endswith(":"):
        return None
    ends = sentence_ends(text, lo, hi)
    start = max([e for e in ends if e < lo + len(lead) - 1], default=lo)
    if "“" in text[start:lo + len(lead)] or '"' in text[start:lo + len(lead)]:
        return None  # (the introducing sentence only, with no words quoted in it)
    toks = tokenize(text, start, lo + len(lead))
    if any(t.word in OTHERS_WORDS for t in toks):
        return None  # (a list of what others said or wrote: ‘listed the complaints he hears most:’, ‘summarised
        # the evidence against Carl Bey:’)
    m = sentence_subject(text, toks, known) if toks else None
    if m is None or m.kind not in ("name", "description", "pronoun") or not any(_verb_like(x) for x in toks if x.start >= m.end) \
            or (m.kind == "description" and (description_head(m.text) in DOCUMENT_NOUNS or not _person_noun(description_head(m.text) or ""))):
        return None  # (a person or people: never ‘The week's best quotes:’)
    return Found(m, None, "colon", ":")


#: (prefilter) The last words of ``RE_LAW_NAME_END``, which it guards (a law's name may end in a year after them).
LAW_NAME_END_WORDS = ("Act", "Constitution", "constitution", "Code", "Charter", "Convention", "Treaty", "Directive",
                      "Ordinance", "Statute", "Regulation", "Regulations")


def _provision_whole(text: str, found: Found) -> Found | None:
    """The provision of a law whose name a cue found, written whole: ‘Section 3(1) of the Act reads:’ is
    Section 3(1) of the Act, never ‘the Act’ (‘Article 21 of the Constitution states’ likewise)."""
    m = found.mention
    if m is None or m.kind not in ("organisation", "description", "name") or (not m.text.endswith(LAW_NAME_END_WORDS) \
            and not m.text[-1:].isdigit()) or RE_LAW_NAME_END.search(m.text) is None:
        return None  # (the plain tests first: ``RE_LAW_NAME_END`` needs one of its words, or a year, at the end)
    provision = RE_PROVISION_BEFORE.search(text, max(0, m.start - 40), m.start)
    if provision is None:
        return None
    return Found(Mention(provision.start(), m.end, text[provision.start():m.end], "description"), None, "law-text", found.cue)


def _law_as_written(m: Mention) -> tuple[Person, str]:
    """A law or a provision that speaks, as the sentence writes it whole (‘Section 3(1) of the Act’,
    ‘the proposed rule’), never resolved to a body or a document brought in before (‘a new federal
    rule’) nor to its maker or author."""
    words = "the" + m.text[3:] if m.text.startswith("The ") else m.text
    return Person(words, kind="description"), "law-text"


#: A product's name the article gives it after its noun: ‘its chatbot, Sage,’, ‘the system, called
#: Clara,’, ‘one commercial assistant, Meridian’s Atlas,’ (one word, never a person's full name:
#: ‘his assistant, Keisha Grant’).
RE_PRODUCT_NAMED = LazyPattern(r"(?P<noun>chatbot|bot|assistant|system),?(?: (?:called|named|dubbed|known as))? "
                               r"(?:\p{Lu}[\p{L}\-]*[’']s )?(?P<name>\p{Lu}[\p{Ll}\d\-]+)"
                               r"(?=[,.;:]|\s(?:which|that|can|could|has|had|is|was|will|would)\b)")

#: A product named after "Ask" opening a sentence, an invitation to put it a question: ‘Ask Ember a
#: question’ (the product is Ember, never "Ask Ember").
RE_ASK_PRODUCT = LazyPattern(r"Ask (?P<name>\p{Lu}[\p{Ll}\-]+) (?:a|an|to|for|about|what|how|why|whether|if)\b")

#: Verbs of an answer a pronoun "it" gives in an exchange (‘“…,” it said’, ‘it replied: “…”’).
PRODUCT_ANSWER_VERBS = frozenset("said says replied replies answered answers responded responds wrote writes told "
                                 "tells apologized apologised added".split())


@functools.lru_cache(maxsize=8)
def _named_products(text: str) -> tuple[tuple[int, str], ...]:
    """The talking products an article names, with where: after a noun of :data:`TALKING_PRODUCT_NOUNS`
    (:data:`RE_PRODUCT_NAMED`, an "assistant" or a "system" only in an article on machines that talk,
    :data:`MACHINE_TALK_WORDS`) or after an opening "Ask" (:data:`RE_ASK_PRODUCT`).

    >>> _named_products("Its chatbot, Sage, erred. The bot said “no.”")
    ((13, 'Sage'),)
    >>> _named_products("His assistant, Keisha Grant, said “no.”")
    ()
    """
    machine = any(w in text for w in MACHINE_TALK_WORDS)
    found = []
    for noun in TALKING_PRODUCT_NOUNS:
        at = text.find(noun)
        while at >= 0:
            m = RE_PRODUCT_NAMED.match(text, at)
            if m is not None and (at == 0 or not text[at - 1].isalpha()) \
                    and (m.group("noun") in ("chatbot", "bot") or machine) \
                    and m.group("name").lower() not in TALKING_PRODUCT_NOUNS:
                found.append((m.start("name"), m.group("name")))
            at = text.find(noun, at + 1)
    at = text.find("Ask ")
    while at >= 0:
        if (at == 0 or text[at - 1] == "\n" or text[max(0, at - 2):at] in (". ", "? ", "! ")) \
                and (m := RE_ASK_PRODUCT.match(text, at)) is not None:
            found.append((m.start("name"), m.group("name")))
        at = text.find("Ask ", at + 1)
    return tuple(sorted(found))


def _tech_letters(text: str, name: str) -> bool:
    """The name is letters of a technical thing (:data:`TECH_ACRONYMS`: ‘API’, ‘GPU’), which speak for no one,
    unless the article spells them out as a body's name (:func:`_acronym_as_body`: ‘the SMS group’, ‘(SMS)’).

    >>> _tech_letters("per 1,000 API calls", "API"), _tech_letters("the American Petroleum Institute (API)", "API")
    (True, False)
    """
    return name in TECH_ACRONYMS and not _acronym_as_body(text, name)


def _acronym_as_body(text: str, acronym: str) -> bool:
    """Letters the article gives a body by: spelled out before them in brackets (‘the American Petroleum
    Institute (API)’), or with a body's noun after them (‘the SMS group’, ‘PDF fighters’ no)."""
    return regex.search(r"\(" + acronym + r"\)|\b" + acronym + r" (?:group|Group|company|firm|party|movement|"
                        r"institute|Institute|alliance|militia)\b", text) is not None


def _product_speaker(text: str, sp: Span, found: Found, cast: Cast) -> tuple[Person | None, str] | None:
    """A talking product that answers, by the name the article gives it (:func:`_named_products`): ‘the
    chatbot replied’, ‘the system said’ after ‘its chatbot, Sage,’ is Sage; ‘I asked Ember …. “…,” it
    said’ is Ember (an "it" that stands for nobody else, with the product named in its paragraph or the
    one before); ‘Ask Ember’ as a name is Ember; letters of a technical thing (:data:`TECH_ACRONYMS`)
    are no one. None where nothing of the kind holds (the cast's reading stands)."""
    m, person = found.mention, found.person
    if m.kind == "name" and _tech_letters(text, m.text):
        return None, "tech-acronym"
    products = _named_products(text)
    if not products:
        return None
    names = {name for _, name in products}
    if person is not None and person.name.startswith("Ask ") and person.name[4:] in names:
        return Person(person.name[4:], kind="organisation"), "product"
    product_noun = m.kind == "description" and m.text.split()[-1].lower() in TALKING_PRODUCT_NOUNS \
        and m.text.split()[0].lower() in ("the", "its")
    described = person is not None and person.kind == "description" \
        and person.name.split()[-1].lower() in TALKING_PRODUCT_NOUNS and person.name.split()[0].lower() in ("the", "its")
    if product_noun and (len(m.text.split()) > 2 and m.text.split()[-1].lower() in ("system", "assistant")
                         or regex.search(r"\p{Lu}[\p{L}\-]+ system\b", text[:m.start]) is not None
                         and m.text.split()[-1].lower() == "system"):
        return None  # (a body called a system: ‘the health system said’, ‘the University of California system’)
    if product_noun or (m.kind == "pronoun" and m.text.lower() == "it" and described):
        named = [(at, name) for at, name in products if at < m.start]
        return (Person(named[-1][1], kind="organisation"), "product") if named else None
    if m.kind == "pronoun" and m.text.lower() == "it" and person is None \
            and found.cue is not None and found.cue.split()[-1].lower().strip(":,") in PRODUCT_ANSWER_VERBS:
        para = text.rfind("\n", 0, sp.open_at)
        before = text.rfind("\n", 0, max(0, para - 1)) if para > 0 else -1
        while before > 0 and text[before - 1] == "\n":
            before = text.rfind("\n", 0, before - 1)
        near = [name for name in names if text.find(name, max(0, before), m.start) >= 0]
        if len(near) == 1:
            return Person(near[0], kind="organisation"), "product"
    return None


def _found_person(found: Found, cast: Cast) -> tuple[Person | None, str]:
    """Who a cue's mention stands for: the cast's reading of it, but a law's own text as written
    (:func:`_law_as_written`), never matched to an earlier mention."""
    return _law_as_written(found.mention) if found.rule == "law-text" else cast.resolve(found.mention)


def _finite_speech(t: Token) -> bool:
    """A speech verb in a form that has a speaker of its own (‘said’, ‘argues’), never a bare form that
    is as likely a noun or an adjective (‘state prescription drug boards’, ‘a note’)."""
    return t.word in SPEECH_VERBS and (t.word.endswith(("ed", "s")) or t.word in IRREGULAR_SPEECH_PASTS)


#: Words before a law that make what follows one's own reading of it (‘Critics say the bill would
#: require …’, ‘Lawyers argue the Constitution guarantees …’, ‘She believes the Act requires …’,
#: ‘According to X, the Act requires …’, ‘is adamant that the agreement requires …’).
STANCE_BEFORE_LAW = frozenset("""say argue claim contend insist maintain warn believe believes think thinks fear fears
worry worries adamant convinced according""".split())


#: Past forms of speech verbs that end in neither "-ed" nor "-s".
IRREGULAR_SPEECH_PASTS = frozenset("said told wrote spoke put".split())


#: (prefilter) A stem of every verb of ``RE_LAW_TEXT_VERB``, which it guards: a plain search, far cheaper than
#: that pattern's, that skips the many quotations with none of its verbs before them.
#:
#: >>> RE_LAW_VERB_STEM.search("the Act also provides that").group(), RE_LAW_VERB_STEM.search("she told us") is None
#: ('provide', True)
RE_LAW_VERB_STEM = re.compile(r"provide|state|reads|require|direct|guarantee|declare|stipulate|mandate|prohibit|forbids"
                              r"|oblige|define|says")

#: (prefilter) Words one of which every match of ``RE_LAW_BEFORE_VERB``, which they guard, holds: a law's own
#: name's last word, or a law's noun after a space (‘the rule’, ‘the state constitution’, ‘the consent decree’).
#: Few sentences with a law's verb name a law, so the long pattern is seldom searched. (Plain finds, read only
#: after the verb's test: a pattern of them would be compiled at every start.)
LAW_NOUN_STEMS = ("Act", "Constitution", "Code", "Charter", "Convention", "Treaty", "Directive", "Ordinance", "Statute",
                  "Regulation", " rule", " law", " statute", " act", " decree", " regulation", " directive", " ordinance",
                  " agreement", " settlement", " provision", " clause", " constitution", " treaty", " charter", " code",
                  " contract", " bill", " legislation", " amendment", " guideline")


def _law_text(text: str, lo: int, hi: int) -> Found | None:
    """The law, provision, rule or agreement whose text the words at ``hi`` are, as written whole:
    ‘Section 7(1) of the Act states that “…”’ is Section 7(1) of the Act (never ‘the Act’), ‘under
    Article VIII of the state constitution, which directs lawmakers “to …”’ the article, ‘The decree
    also requires the company to “…”’ the decree (never the company). Never when a speech verb comes
    before the law (‘The minister said the law requires “…”’ is hers), nor after its verb (‘the rule
    requires what critics called “…”’), nor an aside after "which" (‘the Act, which requires X, as “…”’)."""
    if RE_LAW_VERB_STEM.search(text, lo, hi) is None or not any(text.find(w, lo, hi) >= 0 for w in LAW_NOUN_STEMS):
        return None  # (the cheapest tests first: no law's verb or no law named, no law's text)
    verb = None
    for verb in RE_LAW_TEXT_VERB.finditer(text, lo, hi):
        pass  # (the last such verb before the words)
    if verb is None:
        return None
    law = RE_LAW_BEFORE_VERB.search(text, max(lo, verb.start() - 160), verb.start())
    if law is None:
        return None
    if text.find(" as ", verb.end(), hi) >= 0:
        return None  # (‘the Act, which requires X, as “…”’: another's label)
    if law.group("aside") is not None and any(_finite_speech(t) for t in tokenize(text, law.end("law"), verb.start())):
        return None  # (‘The rule, its critics say, requires …’)
    if any(_finite_speech(t) or t.word in CALL_VERBS or t.word == "according" for t in tokenize(text, verb.end(), hi)):
        return None
    if law.group("which") is None and any(_finite_speech(t) or t.word in FINDING_VERBS or t.word in STANCE_BEFORE_LAW
                                          for t in tokenize(text, lo, law.start("law"))):
        return None  # (the law as one's words report it: ‘Smith said the Act requires “…”’)
    words = law.group("law")
    kind = "description" if words[:1].islower() or words.split()[0] in ("The", "the") and words.split()[-1].islower() else "organisation"
    return Found(Mention(law.start("law"), law.end("law"), words, kind), None, "law-text", verb.group().split()[-1])


#: A noun of speech and its maker after "by" or "from" (‘a claim by’, ‘warnings from’).
CLAIM_NOUNS = frozenset("""claim allegation suggestion assertion warning accusation insistence promise pledge
complaint comment remark contention""".split())
RE_CLAIM_BY = LazyPattern(r"\b(?:" + "|".join(sorted(CLAIM_NOUNS)) + r")s? (?:by|from) ")


def _claim_by(text: str, lo: int, hi: int) -> Found | None:
    """The maker of a claim named after "by" or "from", whose "that" clause holds the words at
    ``hi``: ‘rejected a claim by Sinn Féin leader X that the targets amount to “…”’, ‘dismissed
    warnings from the IMF that …’ (nothing else between that says or tells)."""
    claim = None
    for claim in RE_CLAIM_BY.finditer(text, lo, hi):
        pass
    if claim is None:
        return None
    toks = tokenize(text, claim.end(), hi)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind not in ("name", "description", "organisation") or (
            m.start != toks[0].start and not (m.role and text.startswith(m.role, toks[0].start))):
        return None  # (the maker right after "by", a title at most before the name: ‘a claim by Sinn Féin leader X’)
    rest = [t for t in toks if t.start >= m.end]
    that = next((k for k, t in enumerate(rest) if t.word == "that"), None)
    if that is None or that > 3 or any(t.word in SPEECH_VERBS for t in rest):
        return None  # (the clause right after the maker, with no cue of its own)
    return Found(m, None, "cue-in-sentence", claim.group().split()[0])


#: One person's count or reckoning before words in marks: ‘by Grace's count’, ‘by Hiroshi Tanaka’s
#: reckoning’ (a name in the possessive only: never ‘by the council's estimate’, a body's figure).
RE_BY_ONES_COUNT = LazyPattern(r"\b[Bb]y ((?:\p{Lu}[\p{L}\-]+\.? ){0,2}\p{Lu}[\p{L}\-]+)[’']s (?:own )?"
                               r"(?:count|reckoning|estimate|tally|calculation|calculations|recollection)\b")


def _by_ones_count(text: str, lo: int, hi: int) -> Found | None:
    """The one whose count the words in marks give, when the sentence has no cue of its own: ‘The
    Murphys have, by Seán's reckoning, sold “about a million pints”’ is Seán's, never the couple's
    (a speech verb between the count and the marks speaks instead: ‘by X's count, Y said “…”’)."""
    if text.find("’s ", lo, hi) < 0 and text.find("'s ", lo, hi) < 0:
        return None  # (a search first: most sentences hold no possessive)
    count = None
    for count in RE_BY_ONES_COUNT.finditer(text, lo, hi):
        pass
    if count is None or any(t.word in SPEECH_VERBS for t in tokenize(text, count.end(), hi)):
        return None
    words = count.group(1).split()
    if is_organisation(words) or words[-1].lower() in DESCRIPTION_NOUNS:
        return None
    return Found(Mention(count.start(1), count.end(1), count.group(1), "name"), None, "according-to", "count")


#: Nouns of words put in by one who does not hold the floor, and their maker after "from" (‘an
#: intervention from’, ‘an interruption from’).
RE_INTERJECTION_FROM = LazyPattern(r"\b(?:intervention|interruption|interjection|heckle)s? from ")


def _interjection_from(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The maker of an interjection, named last in the sentence before words at ``hi`` that have no
    cue of their own: ‘That prompted an intervention from opposition MP X. “Will the minister
    …?”’ is X's (nothing but the sentence's stop after the maker)."""
    inter = None
    for inter in RE_INTERJECTION_FROM.finditer(text, max(lo, hi - CONTEXT_CHARS), hi):
        pass
    if inter is None:
        return None
    toks = tokenize(text, inter.end(), hi)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind not in ("name", "description") or text[m.end:hi].strip() not in (".", ":"):
        return None
    p, _ = cast.resolve(m)
    return (m, p) if p is not None and p.kind != "organisation" else None


#: An audience that "heard from" someone, the last words of a paragraph that brings in the speaker
#: of the quotation paragraph after it (‘Before the vote, delegates heard from X, 34, who …. / “…”’).
RE_HEARD_FROM = LazyPattern(r"\bheard from ")

#: What may follow the name heard from, to the sentence's stop: an age and a "who" clause or a role
#: set off (‘X, 51, who slept rough for a year.’), no quotation.
RE_HEARD_FROM_TAIL = LazyPattern(r"(?:, \d{1,3})?(?:, (?:who|an?|the) [^“”\"‘’.!?\n]{1,200})?[.:]\s*$")


#: A clause of time or cause opening on a described subject, then its verb right before the words
#: (‘… after the rail operator found “…”’, ‘… because the regulator said “…”’): the subject, group 1; the verb, group 2.
RE_CLAUSE_FINDER = LazyPattern(r"\b(?:after|because|when|since|once|until|before) ((?:the|a|an) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+) "
                               r"(\p{Ll}+)(?: that)? [“‘\"']?$")

#: A person's name in the possessive opening a sentence, then their report or ruling as its subject, an
#: aside set off at most, and the verb of finding or saying (‘Auditor General Jo Roe’s report, published
#: on Monday, concluded that’, ‘Judge Ann Roe’s ruling found’): the name with its title, group 1.
RE_OWNED_DOCUMENT_SUBJECT = LazyPattern(
    r"^(?:\p{Lu}\p{Ll}+ )?(?:[\p{Ll}\-]+ ){0,2}((?:\p{Lu}[\p{L}\-.]* ){1,4}\p{Lu}[\p{L}\-]*)[’']s (?:[\p{Ll}\-]+ )?(\p{Ll}+)"
    r"(?:, [^,;:“”\"‘’!?]{1,60},)? (?:concluded|found|finds|said|says|stated|states|noted|notes|warned|warns|described) ")

#: Nouns of a person's written findings whose verb speaks for them (‘X’s report concluded’, ‘X’s ruling
#: found’): their authored documents (:data:`AUTHORED_NOUNS`) and a judge's or an officer's.
#: Words before a report's noun that make it one about the person named, never theirs (‘X’s autopsy
#: report’, ‘X’s case review’, ‘X’s medical records’).
SUBJECT_ABOUT_MODIFIERS = frozenset("autopsy post-mortem postmortem case medical toxicology pathology coroner's "
                                    "inquest safeguarding psychiatric psychological mental death background".split())

OWNED_FINDING_NOUNS = AUTHORED_NOUNS | frozenset("ruling judgment judgement decision findings letter".split())


def _owner_of_subject_document(text: str, lo: int, hi: int) -> Mention | None:
    """The person named in the possessive before the report or ruling that is the subject of the
    sentence from ``lo`` to the words at ``hi`` (:data:`RE_OWNED_DOCUMENT_SUBJECT`): ‘Integrity
    commissioner Jo Roe’s report, released Nov. 2, concluded that X had “…”’ is Jo Roe's. Only a person
    named in full with a known given name or a title (never a body's: ‘Deloitte’s report found’).

    >>> t = "Auditor General Jo Roe’s report, published on Monday, concluded that it had “lost control”"
    >>> _owner_of_subject_document(t, 0, t.index("“")).text
    'Jo Roe'
    >>> t = "Deloitte’s report found that it had “lost control”"
    >>> _owner_of_subject_document(t, 0, t.index("“")) is None
    True
    """
    if text.find("s ", lo, hi) < 0 or sentence_ends(text, lo, hi):
        return None
    m = RE_OWNED_DOCUMENT_SUBJECT.match(text[lo:hi])
    if m is None or m.group(2) not in OWNED_FINDING_NOUNS:
        return None
    if (between := regex.search(r"[’']s ([\p{Ll}\-]+) " + m.group(2), m.group(0))) is not None \
            and between.group(1) in SUBJECT_ABOUT_MODIFIERS:
        return None  # (a report about the one named, never by them: ‘George Floyd’s autopsy report found’)
    title, name = split_title(m.group(1).split())
    if len(name) < 2 or (title is None and gender_of(name[0]) is None):
        return None
    start = lo + m.end(1) - len(" ".join(name))
    return Mention(start, lo + m.end(1), " ".join(name), "name", title)


#: A clause of time opening on a described subject that puts a count or a cost at the words, a day
#: between at most (‘…, as the military government on Tuesday put the death toll at “a few dozen”’,
#: ‘after the agency estimated the damage at “…”’): the subject, group 1.
RE_CLAUSE_PUT_AT = LazyPattern(r"\b(?:after|as|while|when) ((?:the|a|an) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+) "
                               r"(?:on \p{Lu}\p{Ll}+ )?(?:put|puts|placed|places|estimated|estimates|set|sets) "
                               r"(?:the|its|their) (?:[\p{Ll}\-]+ ){0,2}at [“‘\"']?$")


#: A past perfect of telling right before a colon, the listener and a short time phrase between
#: (‘… and had told gardaí: “…”’, ‘… had told her as a child: “…”’).
RE_HAD_TOLD_COLON = LazyPattern(r"\bhad (?:told|said to|written to|warned) [^:.!?“”\"]{0,40}:\s*$")

#: A name then ", who" and the speaker's pronoun and verb of saying before "had told" (‘her grandmother,
#: Sarah Roe, who she said had told her’): the name, group 1.
RE_WHO_SAID_HAD = LazyPattern(r"((?:\p{Lu}[\p{L}’'\-]+ )+\p{Lu}[\p{L}’'\-]+), who (?:he|she|they|I) (?:said|says|recalled|recalls) had $")

#: A speaker's verb of saying, then the name of another whose deeds and telling the clause reports
#: (‘said Furlong had made …’): the name, group 1.
RE_SAID_NAME_HAD = LazyPattern(r"\b(?:said|says|told the court|told the jury)(?: that)? ((?:\p{Lu}[\p{L}’'\-]+ ){0,2}\p{Lu}[\p{L}’'\-]+) had ")


#: A past perfect of telling with its listener and a short time phrase, then a clause of "that" the
#: words close (‘… had told him at 19 that acting was “…”’), w79a.
#:
#: >>> bool(RE_HAD_TOLD_THAT.search("who he said had told him at 19 that acting was "))
#: True
#: >>> bool(RE_HAD_TOLD_THAT.search("he had told them. Acting was "))
#: False
RE_HAD_TOLD_THAT = LazyPattern(r"\bhad (?:told|said to|written to|warned) [^:.!?“”\"]{0,40}? that [^:.!?“”\"]{0,80}$")

#: One owned by the speaker's pronoun, kin or a friend described (‘his late mother’, ‘her old
#: teacher’), or a name, then ", who" and the speaker's pronoun and verb of saying before "had told"
#: (‘his late mother, who he said had told him …’): the one, group 1, w79a.
#:
#: >>> RE_WHO_SAID_HAD_OWNED.search("Okoro thanked his late mother, who he said had ").group(1)
#: 'his late mother'
#: >>> RE_WHO_SAID_HAD_OWNED.search("the show, which he said had ") is None
#: True
RE_WHO_SAID_HAD_OWNED = LazyPattern(r"\b((?:his|her|their) (?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+"
                                    r"|(?:\p{Lu}[\p{L}’'\-]+ )+\p{Lu}[\p{L}’'\-]+), who (?:he|she|they) (?:said|says|recalled|recalls) had $")


def _inner_teller_before_that(text: str, speaker: Mention, hi: int) -> Mention | None:
    """The one the speaker (a pronoun in a relative clause's aside) reports as having told the words that
    a clause of "that" brings in, right before ``hi``: ‘Okoro thanked his late mother, who he said had told
    him at 19 that acting was “…”’ is his late mother's, never the "he" who reports it (w79a)."""
    if speaker.kind != "pronoun" or (told := RE_HAD_TOLD_THAT.search(text, max(speaker.end, hi - 160), hi)) is None:
        return None
    who = RE_WHO_SAID_HAD_OWNED.search(text, max(0, told.start() - 100), told.start() + 4)
    if who is None or not who.start(1) < speaker.start < told.start() or sentence_ends(text, who.start(), hi):
        return None
    return Mention(who.start(1), who.end(1), who.group(1), "name" if who.group(1)[:1].isupper() else "description")


def _inner_teller_before_colon(text: str, speaker: Mention | None, lo: int, hi: int, known) -> Mention | None:
    """The one the speaker reports as having told the words a colon brings in, a name other than the
    speaker: ‘Sgt Ann Roe said Quigley had been co-operative and had told gardaí: “…”’ is Quigley's;
    ‘she thanked her father, Sipho Dube, who she said had told her: “…”’ is Sipho Dube's. A pronoun
    that tells is the speaker (‘She said she had told the accused: “…”’), never another. With no
    speaker found (``None``), in the same sentence before the segment's start ``lo`` too (‘… said Y had made
    “admissions” and had told gardaí: “…”’)."""
    start = max(0, lo - 200) if speaker is None else speaker.end
    told = RE_HAD_TOLD_COLON.search(text, max(start, hi - 80), hi)
    if told is None:
        return None
    who = RE_WHO_SAID_HAD.search(text, max(start - 80, 0), told.start() + 4)
    if who is not None and not sentence_ends(text, who.start(), hi):
        m = Mention(who.start(1), who.end(1), who.group(1), "name")
    elif (said := RE_SAID_NAME_HAD.search(text, start, told.start() + 4)) is not None \
            and (said.end() == told.start() + 4 or text[max(0, told.start() - 5):told.start()] in (" and ", ", and")) \
            and not sentence_ends(text, said.start(), hi):
        m = Mention(said.start(1), said.end(1), said.group(1), "name")
        if " " not in m.text and (known is None or not known(m.text.lower())):
            return None  # (one surname alone only of one the article names: never ‘said Officers had …’)
    else:
        return None
    if m.text.split()[0].lower() in PRONOUNS or speaker is not None and m.text.split()[-1] in speaker.text.split():
        return None
    return m


#: A relative "that" or "which" right before a mention (‘in testimony that Democrats said had …’).
RE_RELATIVE_BEFORE = LazyPattern(r"\b(?:that|which) $")


def _cue_of_relative_clause(text: str, close_end: int, m: Mention) -> bool:
    """A cue after the words in a relative clause whose verb of saying takes a clause about its antecedent
    (‘…, in testimony that Democrats said had strengthened the case’): it tells of the testimony, never
    the words. Not when the words themselves are the antecedent (‘the “rigged economy” that Sanders says
    is maintained by …’ is Sanders's)."""
    rel = RE_RELATIVE_BEFORE.search(text, max(0, m.start - 6), m.start)
    if rel is None or not text[close_end:rel.start()].strip(" ,"):
        return False
    rest = text[m.end:m.end + 30].split()
    return len(rest) >= 2 and rest[0] in ("said", "says") and rest[1] in ("had", "has", "was", "were", "would", "is", "could")


#: One described who ordered or told another to do the words, right before them (‘a White House official
#: had ordered her to ‘…’’): the one, group 1; its last word, group 2.
RE_ORDERED_TO = LazyPattern(r"\b((?:a|an) (?:[\p{L}\-]+ ){0,3}([\p{Ll}\-]+))(?<!\bhad) "
                            r"(?:had )?(?:ordered|told|instructed|directed) (?:her|him|them|me|us) to [“‘\"']$")


def _orderer_before(text: str, lo: int, hi: int) -> Mention | None:
    """The described one who ordered the words done, right before them: ‘a Pentagon official had ordered her
    to ‘drop the matter’’ is the official's. Only one of a role (never ‘a letter told him to “…”’).

    >>> t = "She said a Pentagon official had ordered her to ‘drop the matter’"
    >>> _orderer_before(t, 0, t.index("‘")).text
    'a Pentagon official'
    """
    got = RE_ORDERED_TO.search(text, max(lo, hi - 120), hi + 1)
    return None if got is None or got.group(2) not in ROLE_NOUNS \
        else Mention(got.start(1), got.end(1), got.group(1), "description")


#: A clause break between a reported speaker's verb and the words: a new subject or a verb of being after
#: "and", "but", ", which", ";" (‘Obama called Biden after the debate, which was “…”’, ‘X told the cabinet
#: he would stay, and his ministers were “…”’, ‘X said little but was “…”’): the words are no longer X's.
RE_REPORTED_CLAUSE_BREAK = LazyPattern(r"(?:\band|\bbut|\bwhile|,\s*which|,\s*who|;)\s+(?:(?:the|a|an|his|her|their|its|he|she|they|it|we|was|were|is|are|seemed|looked|appeared|had been|has been)\b|\p{Lu})")


def _reported_clause_broken(text: str, m: Mention, hi: int) -> bool:
    """Another clause between the reported speaker ``m`` and the words at ``hi``."""
    return m.end < hi and RE_REPORTED_CLAUSE_BREAK.search(text, m.end, hi) is not None


#: Words between a quotation's close and an "according to" right after it (‘“…,” according to’).
RE_ACCORDING_RIGHT_AFTER = LazyPattern(r"[,.]?[”’\"']?,? according to ")


def _named_or_he_she(m: Mention) -> bool:
    """A name, or "he" or "she" for one (never "they" nor "it"): who sources may report speaking.

    >>> [_named_or_he_she(Mention(0, 3, w, k)) for w, k in (("Roe", "name"), ("She", "pronoun"), ("they", "pronoun"))]
    [True, True, False]
    """
    return m.kind == "name" or (m.kind == "pronoun" and m.text.lower() in ("he", "she"))


def _speaker_sources_report(text: str, sp: Span, source: Mention, toks: list[Token], known) -> Found | None:
    """The named one whom unnamed sources (``source``, ‘two people briefed on it’) report speaking or
    naming the words, in the same sentence: ‘According to two people present, Holt called the plan “…”’ (or
    "he" or "she" for a named one: ‘According to two people who attended, she told them it was “…”’),
    ‘Holt told aides the plan was “…,” according to two people who attended’, ‘Holt pushed back,
    according to one of those sources, telling senators they were “…”’ are Holt's. Only a name, with
    a verb of speech or of naming (‘called … “…”’, ‘described … as “…”’) whose words they are; the
    sources keep their own description (‘According to two people who attended, the mood was “grim”’)."""
    def speaks(f: Found | None) -> bool:
        return f is not None and f.mention is not None and _named_or_he_she(f.mention) \
            and ((f.cue or "").lower() in SPEECH_VERBS or (f.cue or "").lower() in LABELLING_VERBS) \
            and not _reported_clause_broken(text, f.mention, sp.open_at)
    if source.end <= sp.open_at:
        after = [tk for tk in toks if tk.start >= source.end]
        inner = cue_before(text, after, known, mixed=False)
        if speaks(inner) and inner.mention.start > source.end and (inner.rule == "cue-before" or (
                inner.rule == "cue-in-sentence" and inner.mention.kind == "name"
                and text[source.end:inner.mention.start].rstrip().endswith(","))):
            return inner  # (and the name that opens the main clause right after the sources' comma, whose
            # "told … that" brings the words in further on: ‘According to two Republicans in the room, Vinton
            # told members that he would not act without “…”’) (w63a)
        if after and after[0].word in ("who", "whom") and (comma := next((i for i, tk in enumerate(after) if tk.text == ","), None)):
            after = after[comma:]  # (past the sources' own "who" clause: ‘…, according to two people who have
            # spoken with her, telling one of them …’) (w63a)
        if len(after) >= 3 and after[0].text == "," and after[1].word.endswith("ing") and after[1].word in SPEECH_VERBS:
            opening = [tk for tk in toks if tk.end <= source.start and tk.text not in BULLETS]  # (‘X pushed back,
            # according to …, telling’; ‘• X pushed back, …’ in a list of points)
            m = sentence_subject(text, opening, known) if opening else None
            if m is not None and _named_or_he_she(m) and opening[-2].word == "according" and opening[-3].text == ",":
                return Found(m, None, "cue-before", after[1].text)
        return None
    if sp.close_end is None or source.start - sp.close_end > 20 \
            or RE_ACCORDING_RIGHT_AFTER.match(text, sp.close_end) is None:
        return None
    inner = cue_before(text, toks, known, mixed=False)
    return inner if speaks(inner) and inner.rule in ("cue-before", "cue-in-sentence") else None


def _clause_finder_before(text: str, lo: int, hi: int) -> Mention | None:
    """The described subject of a clause of time or cause after the sentence's subject, whose own verb
    of finding or saying takes the words at ``hi``: ‘Commuters will face replacement buses after the
    rail operator found “significant deterioration” in a bridge’ is the operator's, never the
    commuters'. Only a clause right before the words (its verb then the words, a "that" between at
    most), a description of one (never a plural: ‘after residents found “…”’), in the same sentence.

    >>> t = "Drivers face delays after the road authority found “serious cracking”"
    >>> _clause_finder_before(t, 7, t.index("“")).text
    'the road authority'
    >>> _clause_finder_before("Drivers face delays after the storm left “a trail of damage”", 7, 41) is None
    True
    >>> t = "Residents say 90 died, as the army on Monday put the toll at “about 20”"
    >>> _clause_finder_before(t, 9, t.index("“")).text
    'the army'
    """
    if hi - lo > CONTEXT_CHARS or sentence_ends(text, lo, hi):
        return None
    got = RE_CLAUSE_FINDER.search(text, max(lo, hi - 120), hi + 1)
    if got is None:
        got = RE_CLAUSE_PUT_AT.search(text, max(lo, hi - 120), hi + 1)  # (‘as the army put the toll at “…”’)
        verb = "estimated"
        if got is not None and got.group(1).rsplit(" ", 1)[-1] in COUNT_SETTER_NOUNS:
            return Mention(got.start(1), got.end(1), got.group(1), "description") if got.start(1) >= lo else None
    else:
        verb = got.group(2)
    if got is None or got.start(1) < lo:
        return None
    if verb not in FINDING_VERBS and verb not in SPEECH_VERBS:
        return None
    head = got.group(1).rsplit(" ", 1)[-1]
    if head not in ROLE_NOUNS and head not in BODY_NOUNS and (head not in AUTHORED_NOUNS or verb not in FINDING_VERBS):
        return None  # (a role, a body or a report that found it: never a thing, ‘after the storm’, nor a
        # plural, ‘after residents’; ‘after an inquiry found “…”’ is the inquiry's)
    return Mention(got.start(1), got.end(1), got.group(1), "description")


#: A negation just before "heard from" (‘have not heard from’, ‘had never heard from’).
RE_HEARD_FROM_NOT = LazyPattern(r"\b(?:not|never|n[’']t|no one|nobody)\s+(?:\w+\s+){0,2}$")

#: A "who" clause after the name heard from that tells a letter, call or message (no audience heard them).
RE_HEARD_BY_WORD = LazyPattern(r"[^.!?\n]{0,120}\b(?:wrote|written|writes|called|calling|phoned|rang|emailed|texted|messaged|letter|call)\b")


def _heard_from(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one an audience "heard from", named in full at the end of the sentence before words at
    ``hi`` that have no cue of their own: ‘At the vigil, mourners heard from Grace Mwangi, 38, whose
    son was killed in the crash. / “…”’ is hers. Guards: a name of a person (never a body: ‘heard from
    the council’), and nothing after it but an age, a "who" clause or a role set off, to the stop."""
    heard = None
    for heard in RE_HEARD_FROM.finditer(text, max(lo, hi - CONTEXT_CHARS), hi):
        pass
    if heard is None:
        return None
    if RE_HEARD_FROM_NOT.search(text, max(lo, heard.start() - 40), heard.start()) is not None:
        return None  # (‘The family have not heard from X, 45, who was last seen …’: no one was heard)
    toks = tokenize(text, heard.end(), hi)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or m.start != heard.end() or " " not in m.text \
            or RE_HEARD_FROM_TAIL.match(text, m.end, hi) is None:
        return None
    if RE_HEARD_BY_WORD.match(text, m.end, hi) is not None:
        return None  # (heard from by letter or call: ‘she heard from Paul Marsh, who wrote to her from Spain’)
    p, _ = cast.resolve(m)
    return (m, p) if p is not None and p.kind == "name" and not p.plural else None


#: The chair addressed in words: ‘Mr Speaker’, ‘Madam Deputy Speaker’, ‘Madam Chair’.
RE_ADDRESSED_CHAIR = re.compile(r"\b(?:Mr|Mister|Madam|Madame)\.? (?:Deputy )?(?:Speaker|Chair(?:man|woman|person)?)\b")


def _chair_ruling(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, Person] | None:
    """The one in the chair, named before, whose ruling the words at ``hi`` are when the sentence
    before them only has them break in: ‘The Speaker cut her off. “The member will withdraw.”’,
    ‘The Ceann Comhairle intervened. “Deputy, you will resume your seat.”’ are the holder's of that
    office. Guards: the office opens the sentence and its verb follows right after; the office
    resolves to one person the article named (else no one: an unnamed chair gives no name)."""
    ends = sentence_ends(text, max(lo, hi - CONTEXT_CHARS), hi)
    s = ends[-2] if len(ends) > 1 else max(lo, hi - CONTEXT_CHARS)
    if text.find("the ", s, hi) < 0 and text.find("The ", s, hi) < 0:
        return None  # (a search first: most sentences name no office)
    toks = tokenize(text, s, ends[-1] if ends else hi)
    k = 1 if toks and toks[0].word == "the" else 0
    if k == 0 or len(toks) < 3:
        return None
    j = k
    while j < len(toks) and j <= k + 2 and toks[j].text[:1].isupper():
        j += 1  # (the office in capitals: ‘Speaker’, ‘Deputy Speaker’, ‘Ceann Comhairle’)
    if j == k or j >= len(toks) or toks[j - 1].word not in CHAIR_OFFICES or toks[j].word not in CHAIR_RULING_VERBS:
        return None
    if any(x.text in ",;:" or x.word in ("but", "and", "while", "as", "then", "so", "before") for x in toks[j + 1:]):
        return None  # (the sentence goes on to another: ‘The Speaker cut her off, but Ms Lee carried on.’)
    if RE_ADDRESSED_CHAIR.search(text, hi, min(len(text), hi + 120)):
        return None  # (words put to the chair are a member's: ‘“I will not withdraw, Madam Speaker.”’)
    m = Mention(toks[0].start, toks[j - 1].end, text[toks[0].start:toks[j - 1].end], "organisation")
    p, _ = cast.resolve(m)
    return (m, p) if p is not None and p.kind == "name" else None


def _setting_subject(text: str, close_end: int, hi: int, known) -> Found | None:
    """The subject of the main clause after an opening phrase that sets a speech (its comma after
    the quotation), when it is a person: the address is theirs."""
    ends = sentence_ends(text, close_end, hi)
    end = ends[0] if ends else hi
    c = text.find(", ", close_end, end)
    if c < 0 or "“" in text[close_end:c] or '"' in text[close_end:c]:
        return None
    toks = tokenize(text, c + 2, end)
    m = sentence_subject(text, toks, known) if toks else None
    nxt = _token_after(toks, m.end) if m is not None else None
    if m is None or m.kind not in ("name", "pronoun") or m.start != toks[0].start and not (m.role and toks[0].capitalized) \
            or nxt is None or nxt.capitalized or not (nxt.word in AUXILIARIES or nxt.word.endswith(("ed", "s")) or _verb_like(nxt)):
        return None
    return Found(m, None, "subject", None)


def _participle_subject(text: str, before: list[Token], after: list[Token], comma_inside: bool) -> Found | None:
    """A quotation inside an opening participle clause with no subject of its own (‘After saying
    her foot was “so swollen …,” she was rushed …’) is the main clause subject's; so is one after a
    participle of speech that opens the sentence alone (‘Chanting “Fair pay now”, the crowd stretched …’),
    a cue of its own."""
    lone = len(before) == 1 and before[0].capitalized and before[0].word.endswith("ing") and before[0].word in SPEECH_VERBS \
        and before[0].word not in PERFORM_VERBS  # (never a song sung: ‘Singing “Bohemian Rhapsody”, the crowd …’)
    i = _subordinate_at(before)
    if not lone and (i is None or i + 1 >= len(before) or not before[i + 1].word.endswith("ing")
                     or any(x.text == "," for x in before[i:])):
        return None
    j = _first_word(after)
    if (j == 0 and not comma_inside) or j >= len(after):  # (a comma ends the clause at the quotation)
        return None
    m = mention_after(after, j, text)
    nxt = _token_after(after, m.end) if m is not None else None
    if m is None or m.kind not in (("name", "pronoun", "description") if lone else ("name", "pronoun")) \
            or m.start != after[j].start or nxt is None \
            or nxt.capitalized or not (nxt.word in AUXILIARIES or nxt.word.endswith(("ed", "s"))):
        return None
    return Found(m, None, "cue-before", before[0].text) if lone else Found(m, None, "subject", None)


def _goes_on_after_cue(text: str, spans: list[Span], results: list, idx: int, lo: int) -> bool:
    """A whole-sentence quotation that goes on from the one before, after that one's cue
    sentence (‘“A,” Obstfeld said. “B.” The IMF pointed to …’): the speaker is the cue's, never
    a cue in the sentence after it (a paragraph break after "B." is often lost)."""
    if idx == 0 or lo != spans[idx - 1].close_end or spans[idx - 1].paragraph != spans[idx].paragraph:
        return False
    prev = results[idx - 1][1]
    return prev is not None and prev.rule == "cue-after" and text[spans[idx - 1].end - 1] == "," \
        and bool(sentence_ends(text, lo, spans[idx].open_at))
