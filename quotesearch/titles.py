"""Titles and scare quotes: telling a quotation from the title of a work, a programme, a rating or
grade, a defined or glossed term and a stock phrase set off in marks (is_title, names_a_work).

This module is the lowest layer: a title in Title Case (is_title), a work's noun and the words
that lead to its title (names_a_work), programmes, named days, and the helpers every reader of
marks uses (RE_MARK, _word_after, _person_noun); the rest lives in modules by what it decides:
:mod:`quotesearch.ratings`, :mod:`quotesearch.naming_clauses`, :mod:`quotesearch.glossed_terms`,
:mod:`quotesearch.kind_terms`, :mod:`quotesearch.quote_kinds`.
"""

from __future__ import annotations

from quotesearch.cue_tokens import sentence_ends
from quotesearch.lexicon import LazyPattern, ONLINE_VENUE_NOUNS
from quotesearch.document_words import REPORT_NOUNS, THING_NOUNS, TITLED_WRITING_NOUNS
from quotesearch.role_words import DESCRIPTION_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import PHRASAL_NOUN_PARTICLES, TITLE_FOR_LEADS, TITLE_ON_LEADS
from quotesearch.mention_words import DETERMINERS, POSSESSIVES, PREPOSITIONS
from quotesearch.name_parts import FUNCTION_WORDS
from quotesearch.tokens import Token, is_name_token, is_possessive, tokenize
from quotesearch.quote_spans import Span


#: Words right before "on" and a programme's title, with only a host's name between ("host Rick
#: Damone on", "appeared on", "in an interview on").
ON_AIR_WORDS = frozenset("host hosts anchor appeared appearing appearance interview speaking interviewed".split())

#: Verbs whose object is the listener, before a broadcaster's possessive and a programme's title
#: (‘told ERR's “Esimene stuudio”’).
TELLING_WORDS = frozenset("told tells telling".split())

#: Lower-case words that may stand before a broadcaster's name (‘told public broadcaster ERR's’).
BROADCASTER_WORDS = frozenset("public national state broadcaster broadcasters radio television tv channel the".split())

#: A sentence's end or a clause's comma inside a quotation: more than a term.
RE_SENTENCE_INSIDE = LazyPattern(r"[.!?;,]")

#: Verbs of performing a work: a title after them is the work's ("playing “Yellow”").
PERFORM_VERBS = frozenset("playing played plays play performing performed performs perform sang sings sing singing "
                          "covered covering recorded screened screening".split())  # (‘the band will play “…”’)

#: Verbs of starting a song before "into", a title after them the song's (‘before launching into “Harbour Lights.”’).
PERFORM_INTO_VERBS = frozenset("launching launched launches launch".split())


#: Nouns of works, whose titles are quoted: ‘her fifth book, “The Keeper’s Wife.”’ (and a series' part: ‘the next
#: season of “Night Kitchen.”’)
WORK_NOUNS = frozenset("""
book novel memoir biography film movie documentary show series sitcom drama play musical opera song
single album record podcast programme program episode column blog vlog poem painting exhibition game revival
production staging piece sculpture installation mural artwork canvas ticker
broadcast collection anthology headline essay newsletter segment saga romance thriller novella trilogy sequel
memoirs comedy cookbook mixtape soundtrack autobiography epic
""".split()) | frozenset("classic hit anthem ballad track opener hymn tune report study survey season".split()) \
    | frozenset("translation adaptation title".split()) \
    | frozenset("textbook textbooks handbook guidebook magazine magazines".split())  # (a work's rendering or its
# name: ‘a dog-eared translation of “The Long Swim”’, ‘the film's working title, “Night Shift”,’, w83b; a
# textbook or a magazine by its title: ‘a battered copy of the textbook “Fire and Ice”’, ‘an interview with
# the magazine “Rotor Monthly”’, w93a)

#: Nouns of works that name nothing else ("film", never "hit" or "opener", which sport uses too):
#: a one-word title after them may end its sentence (‘her blockbuster film, “Trainwreck.”’).
PLAIN_WORK_NOUNS = WORK_NOUNS - frozenset("classic hit anthem ballad track opener hymn tune game record report study survey".split())


#: A title of one capitalised word, after a noun of a work: ‘the classic “Mannenberg,”’.
RE_ONE_WORD_TITLE = LazyPattern(r"\p{Lu}[\p{L}\p{M}’'\-]*[,.]?")


RE_WORD_AFTER = LazyPattern(r" (\p{Ll}+)\b(?![’'\-])")

#: A noun made of a verb and its particle with a hyphen, right after a closing mark (‘ sick-out’,
#: ‘ sit-in’, ‘ walk-out’): the particle in group 2 (:data:`PHRASAL_NOUN_PARTICLES`).
RE_PHRASAL_NOUN_AFTER = LazyPattern(r" (\p{Ll}+-(\p{Ll}+))\b(?![’'\-])")


def _word_after(text: str, at: int) -> str | None:
    """The lower-case word right after ``at``: a plain word (‘ mode’), or a verb's noun with its
    particle (‘ sick-out’); never a word that a hyphen joins to another (‘ well-known’).

    >>> _word_after("a “blue flu” sick-out over", 12), _word_after("a “big” well-known firm", 7)
    ('sick-out', None)
    """
    m = RE_WORD_AFTER.match(text, at)
    if m is not None:
        return m.group(1)
    m = RE_PHRASAL_NOUN_AFTER.match(text, at)
    return m.group(1) if m is not None and m.group(2) in PHRASAL_NOUN_PARTICLES else None


def _one_word_title(text: str, sp: Span, toks: list[Token]) -> bool:
    """A one-word quotation set off inside its sentence right after "the" (or a possessive or a
    name) and a noun of a work: ‘The opener, “Umzila,” builds …’, ‘the Abdullah Ibrahim classic
    “Mannenberg,” which …’; never a word said (‘a hit, “Definitely,” was her answer’, ‘after the
    hit, “Disgusting.”’, which ends its sentence)."""
    if not names_a_work(toks):
        return False
    i = _work_noun_at(toks) if toks[-1].word != "of" else len(toks) - 1
    if toks[i].word in PLAIN_WORK_NOUNS or toks[i].word[:-1] in PLAIN_WORK_NOUNS or toks[i].word in PERFORM_VERBS \
            or toks[i].word in PERFORM_INTO_VERBS:
        return True  # (‘her blockbuster film, “Trainwreck.”’, ‘the movie “Spotlight”’, ‘playing “Yellow”’, ‘before
        # launching into “Homebound,” which …’, w70a)
    if i >= 2 and toks[i - 1].word in OWNERS and toks[i - 2].word in RELEASING_VERBS and toks[i - 2].text.islower() \
            and toks[i].word not in SPORT_WORK_NOUNS:  # (never a side that ‘dropped the game’, review rv85b)
        return True  # a work its maker put out (‘released the track “Receipts”, in which …’, w85b)
    if not text[sp.start:sp.end].endswith(","):
        return False
    j = i - 1
    while j > i - 3 and j >= 0 and toks[j].text.islower() and toks[j].word not in FUNCTION_WORDS:
        j -= 1  # (an adjective or two: ‘Her latest hit, “Flowers,”’)
    return j >= 0 and (toks[j].word in OWNERS or is_possessive(toks[j])
                       or (toks[j].capitalized and toks[j].word not in FUNCTION_WORDS))  # (never ‘A hit, “…”’)


#: Nouns after a title in marks that make it a modifier: ‘“Oppenheimer” director Christopher Nolan’.
TITLE_FOLLOWERS = frozenset("""
director star actor actress author writer creator producer showrunner composer film movie series
album book novel franchise sequel prequel cast soundtrack trailer premiere
""".split())

#: Verbs of putting a work out, before "the" or an owner and a work's noun that sport shares ("track",
#: "hit"): ‘released the track “Receipts”’, ‘dropped her single “Halo”’ (never ‘ran the track’).
#:
#: >>> "released" in RELEASING_VERBS, "ran" in RELEASING_VERBS
#: (True, False)
RELEASING_VERBS = frozenset("""
release released releases releasing drop dropped drops dropping debut debuted debuts debuting premiere
premiered premieres unveil unveiled unveils unveiling record recorded records recording
""".split())

#: Nouns of a work that sport shares with a verb of putting out (:data:`RELEASING_VERBS`): ‘the Tigers
#: dropped the game, “Embarrassing” was …’, ‘dropped the opener’ (review rv85b).
SPORT_WORK_NOUNS = frozenset("game games opener match".split())

#: Nouns of a work's people and parts before "of" and its title (:func:`_title_by_context`): ‘the cast
#: of “Tidewater”’, ‘the opening riffs of “Northbound”’, ‘a remake of “Stagecoach”’ (no "chorus": ‘a
#: chorus of “Lock him up”’ is a crowd's).
#:
#: >>> "cast" in WORK_CREW_NOUNS, "chorus" in WORK_CREW_NOUNS
#: (True, False)
WORK_CREW_NOUNS = frozenset("""
cast riff riffs lyrics soundtrack trailer trailers sequel sequels prequel remake remakes remix remixes
screening screenings premiere reboot spin-off
""".split())

#: What joins the titles of a list: ‘“Interstellar” and “Oppenheimer”’, ‘“Heat”, “Ronin”’.
RE_LIST_JOIN = LazyPattern(r"\s*(?:,|,? and|,? or)\s*")


def _person_noun(word: str) -> bool:
    """A noun of a person, who calls out rather than is called (‘An elderly man called “Over here”’)."""
    return word in ROLE_NOUNS or word in PEOPLE_NOUNS or (word in DESCRIPTION_NOUNS and word not in THING_NOUNS)


#: Nouns of people that no list of roles holds.
PEOPLE_NOUNS = frozenset("man woman boy girl child kid person customer passenger shopper neighbour neighbor stranger".split())


def _report_set_off(toks: list[Token]) -> bool:
    """The words before the marks end with a report's noun and a comma (‘The 212-page report,’, ‘The
    study,’): a title set off after it may run long with a subtitle (‘“Water Under Pressure:
    Groundwater and Food Security in South Asia,”’); a book's title is left to the work's rules,
    since PolNeAR quotes some (‘his unauthorized biography, ‘‘Lost Tycoon: …,’’’)."""
    return len(toks) >= 2 and toks[-1].text == "," and toks[-2].word in REPORT_NOUNS


#: After a title set off by commas, a relative clause about the work it names (‘a law review article,
#: “Courts and Custom,” in which the judge wrote’, ‘a report, “Land Under Pressure,” that warned’).
RE_WORK_CLAUSE_AFTER = LazyPattern(r",? (?:in which|which|that|where|whose)\b")


def _work_titled_aside(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A title in marks set off by commas right after a work's noun and followed by a relative clause
    about the work: ‘confronted her with a 2014 journal article, “The Quiet Court,” in which Judge
    Mwangi argued …’ names the article, whoever wrote it (guard: the noun in lower case right before
    the comma, the words a title, and the clause right after; a title set off with no clause after is
    left to the work's rules, since PolNeAR quotes some: ‘his biography, ‘‘Lost Tycoon,’’ said …’).

    >>> from quotesearch.tokens import tokenize
    >>> t = 'an article, “The Quiet Court,” in which he wrote'
    >>> sp = Span(t.index('“') + 1, t.index('”'), t.index('“'), t.index('”') + 1, 0, 0, len(t))
    >>> _work_titled_aside(t, sp, "The Quiet Court,", tokenize(t, 0, sp.open_at))
    True
    """
    if len(toks) >= 4 and toks[-2].word in TITLED_WRITING_NOUNS and not _is_work_noun(toks[-2].word) \
            and toks[-3].word in ("the", "this", "that") and (toks[-4].word in SPEECH_VERBS or toks[-4].word == "to"):
        return False  # (a newspaper or its column told something, never a title: ‘Senator X told the paper,
        # “I Will Vote No,” that evening’, ‘wrote to the paper, “…,” which …’)
    return sp.close_end is not None and len(toks) >= 2 and toks[-1].text == "," \
        and (_is_work_noun(toks[-2].word) or toks[-2].word in TITLED_WRITING_NOUNS) and toks[-2].text.islower() \
        and is_title(content.rstrip(",.")) \
        and RE_WORK_CLAUSE_AFTER.match(text, sp.close_end) is not None


def _venue_titled_aside(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name in Title Case set off by commas right after a place online in lower case (:data:`ONLINE_VENUE_NOUNS`)
    with its owner or its service before it: ‘Posts on the town's Facebook group, “Harlow Happenings,”
    complain …’ names the group, says nothing (never words after a person: ‘the group's founder, “…,”’).

    >>> from quotesearch.tokens import tokenize
    >>> t = 'Posts on the town’s Facebook group, “Harlow Happenings,” complain of outages.'
    >>> sp = Span(t.index('“') + 1, t.index('”'), t.index('“'), t.index('”') + 1, 0, 0, len(t))
    >>> _venue_titled_aside(t, sp, "Harlow Happenings,", tokenize(t, 0, sp.open_at))
    True
    """
    return sp.close_end is not None and len(toks) >= 3 and toks[-1].text == "," and toks[-2].word in ONLINE_VENUE_NOUNS \
        and toks[-2].text.islower() and (toks[-3].word in ("the", "a", "its", "their") or is_possessive(toks[-3])
                                         or (toks[-3].capitalized and not is_name_token(toks[-3]))
                                         or (toks[-3].capitalized and len(toks) >= 4 and is_possessive(toks[-4]))) \
        and content.rstrip()[-1:] == "," and is_title(content.rstrip(", ")) \
        and not _wrote_before_venue(text, sp.open_at)  # (what one wrote there: ‘Amy Roth wrote on the
    # residents' group, “We Will Not Be Silenced,”’ (rv65c))


def _wrote_before_venue(text: str, at: int) -> bool:
    """A verb of speech or writing in the sentence before ``at`` (within :data:`VENUE_VERB_REACH` characters):
    ‘Amy Roth wrote on the residents' group, “…,”’ quotes what she wrote there (rv65c).

    >>> _wrote_before_venue("Amy Roth wrote on the residents' group, “", 40), _wrote_before_venue("Posts on the group, “", 20)
    (True, False)
    """
    lo = max(0, at - VENUE_VERB_REACH)
    stop = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at))
    return any(t.word in SPEECH_VERBS and t.text.islower() for t in tokenize(text, stop + 1 if stop >= 0 else lo, at))


#: How far back a verb of speech before a place online is looked for.
VENUE_VERB_REACH = 100


def _work_noun_before(toks: list[Token]) -> bool:
    """The word right before the marks is a work's noun in lower case, with no comma between: the
    title names that work (‘whose memoir “Rivers of Salt: Growing Up in the Delta” came out’), so a
    subtitle after a colon may make it long; a title set off by a comma is left to the work's rules,
    since PolNeAR quotes some (‘his unauthorized biography, ‘‘Lost Tycoon: …,’’’).

    >>> from quotesearch.tokens import tokenize
    >>> _work_noun_before(tokenize("Lin, whose memoir")), _work_noun_before(tokenize("his memoir,"))
    (True, False)
    """
    return bool(toks) and _is_work_noun(toks[-1].word) and toks[-1].text.islower()


#: A quotation mark, of another quotation in the sentence.
#: (a plural's possessive is no mark: ‘the Officers’ Association’)
RE_MARK = LazyPattern(r"[“”\"«»]|(?<!\p{L})['‘]|(?<!\p{L}s)['’](?!\p{L})")


#: Verbs that name what something is, besides "call" (‘branded the plan costly or “reckless”’).
CHARACTERISING_VERBS = frozenset("described describes describing branded brands labelled labeled labels termed dubbed deemed".split())


#: Small words inside a name in title case (‘the “Back to Basics” campaign’, ‘“Built to Last”’).
TITLE_SMALL_WORDS = frozenset("of the and for & to in on a an at".split())


#: Verbs before "in" that put a work after it: ‘starred in “Interstellar”’.
ROLE_IN_VERBS = frozenset("starred appeared featured cast starring appearing".split())

#: Nouns of a part played before "in" that put a work after it: ‘his role in “The Hermit of Cold
#: Creek,”’, ‘who played the lead in “Lanterns,”’.
#:
#: >>> sorted(ROLE_IN_NOUNS)
#: ['cameo', 'lead', 'part', 'role', 'roles']
ROLE_IN_NOUNS = frozenset("role roles lead part cameo".split())

#: Nouns of a staging before "of" that put a work after it: ‘a 2004 production of “Ashfall”’, ‘the
#: Broadway revival of “Gypsy,”’.
#:
#: >>> "production" in STAGING_OF_NOUNS, "statement" in STAGING_OF_NOUNS
#: (True, False)
STAGING_OF_NOUNS = frozenset("production productions revival staging stagings".split())

#: Nouns of a copy of a work before "of" that put its title after it: ‘trains players from his battered
#: copy of “My System.”’ (a lower-case noun, right before "of"; w112e).
#:
#: >>> sorted(COPY_OF_NOUNS)
#: ['copies', 'copy']
COPY_OF_NOUNS = frozenset("copy copies".split())

#: Words of a part played before "as" and a short description of the character, then "in" and the work:
#: ‘her performance as a disgraced surgeon in “Incision,”’, ‘starred as a weary detective in “…”’ (w112e).
#:
#: >>> "performance" in PLAYED_AS_WORDS, "spoke" in PLAYED_AS_WORDS
#: (True, False)
PLAYED_AS_WORDS = ROLE_IN_VERBS | ROLE_IN_NOUNS | frozenset("performance performances turn played plays playing".split())

#: The most words of the character's description between "as" and "in" (‘as a disgraced surgeon in’).
PLAYED_AS_REACH = 5


def _part_played_in(toks: list[Token]) -> bool:
    """The words before the marks end in a part played in a work or a staging of one (‘starred in’,
    ‘his role in’, ‘played the lead in’, ‘a 2004 production of’): a work's title follows, whose
    comma inside the marks is the sentence's (‘his role in “The Hermit of Cold Creek,” Kline said’).

    >>> from quotesearch.tokens import tokenize
    >>> [_part_played_in(tokenize(s)) for s in ("for his role in", "a production of", "the role of", "a part of")]
    [True, True, False, False]
    >>> [_part_played_in(tokenize(s)) for s in ("her performance as a disgraced surgeon in", "his battered copy of",
    ...                                          "she spoke as a mother in", "a copy")]
    [True, True, False, False]
    """
    if len(toks) < 2:
        return False
    last, prev = toks[-1].word, toks[-2].word
    if last == "of" and prev in COPY_OF_NOUNS and toks[-2].text.islower():
        return True  # a copy of a work: ‘from his battered copy of “My System.”’ (w112e)
    if last == "in" and len(toks) >= 4:  # a part played as a character, then the work: ‘her performance as a
        # disgraced surgeon in “Incision,”’ (w112e; never ‘spoke as a mother in “…”’, no part played)
        for k in range(len(toks) - 2, max(0, len(toks) - 3 - PLAYED_AS_REACH), -1):
            if toks[k].word == "as":
                if k > 0 and toks[k - 1].word in PLAYED_AS_WORDS:
                    return True
                break
    return (last == "in" and (prev in ROLE_IN_VERBS or prev in ROLE_IN_NOUNS)) or (last == "of" and prev in STAGING_OF_NOUNS)


def _title_by_context(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A title-like quotation (capitalised words, no sentence) that its context shows to be a work:
    ‘“Oppenheimer” director Christopher Nolan’, ‘who starred in “Interstellar”’, ‘his role in “The
    Hermit,”’, ‘a production of “Ashfall”’, ‘Homer's “The Odyssey”’."""
    if not (is_title(content) or RE_ONE_WORD_TITLE.fullmatch(content)) or content.endswith("."):
        return False
    if _part_played_in(toks):
        return True  # (its comma the sentence's: ‘who played the lead in “Lanterns,” has forgiven her’)
    if len(toks) >= 3 and toks[-1].word == "of" and toks[-2].word in WORK_CREW_NOUNS and toks[-2].text.islower() \
            and (toks[-3].word in OWNERS or toks[-3].text.islower()):
        return True  # a work's cast, its riffs or its sequel: ‘the cast of “Tidewater” turned out’, ‘the
        # opening riffs of “Northbound”,’ (never ‘a chorus of “Shame!”’, the crowd's)
    if content.endswith(","):
        return False
    after = text[(sp.close_end or sp.end):(sp.close_end or sp.end) + 16].split()
    if after and after[0] in TITLE_FOLLOWERS:
        return True
    if not (toks and is_possessive(toks[-1]) and is_name_token(toks[-1])):
        return False
    if is_title(content):
        return True
    d = next((k for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1) if toks[k].text in ("—", "–")), None)
    if d is None or not all(x.capitalized for x in toks[d + 1:]):
        return False
    lead = tokenize(text, max(sp.para_start, toks[d].start - 80), toks[d].start)[-8:]
    return any(_is_work_noun(x.word) and x.text.islower() for x in lead) and not any(x.text in ".!?" for x in lead[-6:])
    # (a name's one word is their word: ‘Rick Perry's “Oops”’; but a work's noun before a dash makes it
    # the maker's work: ‘a record sung entirely in Welsh — Cerys Vaughan's “Llanw”’, w85b)


#: Words that make a noun of a work a particular one: ‘the opener’, ‘her hit’ (never ‘a hit’).
OWNERS = frozenset("the his her their its my our your this".split())


def _work_noun_at(toks: list[Token]) -> int:
    """Where the noun a work's title may follow stands: right before the mark (‘his book,’, ‘a
    revival of’) or before "including" or "such as" (‘two short films, including “Salt”’); a verb
    of performing before "into" or "along … to" (‘launching into’, ‘sang along loudly to’).

    >>> from quotesearch.tokens import tokenize
    >>> toks = tokenize("the crowd sang along en masse to"); toks[_work_noun_at(toks)].text
    'sang'
    >>> _work_noun_at(tokenize("the crowd went along to"))
    4
    """
    i = len(toks) - 1
    if i >= 1 and (toks[i].word == "including" or (toks[i].word == "as" and toks[i - 1].word == "such")):
        i -= 1 if toks[i].word == "including" else 2
        return i - 1 if i >= 1 and toks[i].text == "," and toks[i - 1].word.endswith("s") else \
            i if i >= 0 and toks[i].word.endswith("s") else -1  # (works of a list: ‘books, including’)
    if i >= 1 and toks[i].word == "into" and toks[i - 1].word in PERFORM_INTO_VERBS:
        return i - 1  # a song begun: ‘before launching into’
    if i >= 2 and toks[i].word == "to" and (k := next((k for k in range(i - 1, max(0, i - 4), -1) if toks[k].word == "along"), None)) \
            and toks[k - 1].word in PERFORM_VERBS and all(x.text.isalpha() and x.text.islower() for x in toks[k + 1:i]):
        return k - 1  # a song sung with: ‘the crowd sang along en masse to’ (w70a)
    return i - 1 if i >= 0 and toks[i].word in (",", "of", "—", "–") else i  # (set off by a dash: ‘watching films —
    # “Moana,” mostly —’)


#: Nouns of a work's makers, before "of" and its title (‘the author of “Unruly Subjects: …”’).
MAKER_NOUNS = frozenset("author authors co-author writer creator creators maker makers composer developer developers".split())


def _ends_before_marks(text: str, sp: Span) -> list[int]:
    """Where sentences end in the marks' paragraph before them, leaving out an end right at the marks
    (the last one is where the marks' own sentence starts)."""
    return [e for e in sentence_ends(text, sp.para_start, sp.open_at) if text[e:sp.open_at].strip()]


def _foreign_work_title(content: str, tail: list[Token]) -> bool:
    """A work's title in a language that capitalises only its first word and its names, right after
    the work's noun and its owner (‘whose book “La France d’après”’, ‘her novel “Cien años de
    soledad”’), which :func:`is_title` leaves to speech: two to seven words, no sentence's stop.

    >>> from quotesearch.tokens import tokenize
    >>> _foreign_work_title("La France d’après", tokenize("Lemercier, whose book"))
    True
    >>> _foreign_work_title("is a disgrace", tokenize("Lemercier, whose book"))
    False
    >>> _foreign_work_title("Die müde Stadt", tokenize("In his bestselling book"))
    True
    """
    words = content.split()
    d = len(tail) - 2
    while d >= 1 and len(tail) - d <= 3 and tail[d].text.isalpha() and tail[d].text.islower() \
            and tail[d].word not in FUNCTION_WORDS and tail[d].word not in SPEECH_VERBS \
            and tail[d].word not in ("whose", "his", "her", "their", "its", "the", "a", "new", "latest"):
        d -= 1  # (past an adjective or two before the noun: ‘his bestselling book “…”’, ‘her acclaimed first novel’)
    return len(tail) >= 2 and tail[-1].word in WORK_NOUNS and tail[-1].text.islower() and d >= 0 \
        and (tail[d].word in ("whose", "his", "her", "their", "its", "the", "a", "new", "latest") or is_possessive(tail[d])) \
        and 2 <= len(words) <= 7 and content[:1].isupper() and not any(c in content for c in ",.!?;:") \
        and words[0].lower() not in PRONOUNS and words[0].lower() not in ("we", "i", "it", "this", "that", "there")


#: Prepositions before "the" and a work's noun that a title follows (‘with the podcast “…”’, ‘on the show “…”’).
WORK_PREPOSITIONS = frozenset("with on in to from for".split())


def _work_lead(toks: list[Token]) -> bool:
    """The words before the marks lead to a work's title: its maker's ‘the author of’, ‘the makers
    of’, or what one is known for: ‘best known for the award-winning’ (the caller checks the marks
    hold a title)."""
    if len(toks) >= 2 and toks[-1].word == "of" and toks[-2].word in MAKER_NOUNS:
        return True
    if len(toks) >= 3 and toks[-1].word in WORK_NOUNS and toks[-2].word in ("the", "a", "an") \
            and toks[-3].word in WORK_PREPOSITIONS and toks[-3].text.islower():
        return True  # a work's noun after a preposition: ‘in an interview with the podcast’, ‘appeared on the show’
    k = next((k for k in range(len(toks) - 1, max(0, len(toks) - 5), -1) if toks[k].word == "for"), None)
    return k is not None and toks[k - 1].word == "known" and all(
        x.word in DETERMINERS or x.word in POSSESSIVES or (x.text.islower() and x.word not in FUNCTION_WORDS)
        for x in toks[k + 1:]) and (len(toks) - k <= 3 or _is_work_noun(toks[-1].word))  # (three words when the
    # last is a work's noun: ‘best known for the crime series’)


def _is_work_noun(word: str) -> bool:
    """A work's noun, or its plural (‘series’, ‘novels’)."""
    return word in WORK_NOUNS or (word[-1:] == "s" and word[:-1] in WORK_NOUNS)


def _on_broadcaster_lead(toks: list[Token]) -> bool:
    """The words before the marks end with "on" and a broadcaster's possessive: one to three
    capitalised words whose last ends in ’s, or an apostrophe after them (‘in an interview on NBC's’,
    ‘said on Fox News'’, ‘said on Friday’s’): what follows is the programme's title (the
    caller checks the marks hold one), never words said by the broadcaster."""
    i = len(toks) - 1
    if i >= 1 and toks[i].text in ("'", "’") and toks[i - 1].capitalized:
        i -= 1  # (‘Fox News'’: the apostrophe stands alone after a final s)
    elif not (i >= 0 and toks[i].capitalized and toks[i].text.endswith(("'s", "’s"))):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].word == "on" and toks[k].text.islower():
            return True
        if not toks[k].capitalized:
            return False
    return False


def _told_broadcaster_lead(toks: list[Token]) -> bool:
    """The words before the marks tell a broadcaster's possessive as the listener, after "told" or
    after "speaking to" or "an interview with" (‘Keldo told ERR's’, ‘told Latvian Television’s’,
    ‘speaking to public broadcaster LRT's’, ‘in an interview with NRK's’): what follows in marks is
    the programme's title, which Nordic and Baltic outlets write in sentence case (‘“Esimene
    stuudio”’, ‘“Rīta Panorāma”’); never words said by the broadcaster. The caller checks the marks
    hold a short name. (Never ‘told Smith's aides’: no marks right after the possessive.)

    >>> from quotesearch.tokens import tokenize
    >>> _told_broadcaster_lead(tokenize("Keldo told ERR's")), _told_broadcaster_lead(tokenize("speaking to Yle's"))
    (True, True)
    >>> _told_broadcaster_lead(tokenize("Keldo said ERR's")), _told_broadcaster_lead(tokenize("told the party's"))
    (False, False)
    """
    i = len(toks) - 1
    if i >= 1 and toks[i].text in ("'", "’") and toks[i - 1].capitalized:
        i -= 1  # (‘told Channel 4 News'’)
    elif not (i >= 0 and toks[i].capitalized and toks[i].text.endswith(("'s", "’s"))):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        if toks[k].word in TELLING_WORDS and toks[k].text.islower():
            return True
        if toks[k].word in ("to", "with") and k >= 1 and toks[k - 1].word in ON_AIR_WORDS:
            return True
        if not (toks[k].capitalized or (toks[k].text.islower() and toks[k].word in BROADCASTER_WORDS)):
            return False
    return False


def _programme_name(content: str) -> bool:
    """The marks hold what may be a programme's name in any case: one to four words, the first
    capitalised, no punctuation but a closing full stop (‘Esimene stuudio’, ‘Rīta Panorāma’,
    ‘Aktuaalne kaamera.’); never a sentence said (‘We will win, he said.’).

    >>> _programme_name("Esimene stuudio"), _programme_name("Nobody asked us, ever.")
    (True, False)
    """
    words = content.rstrip(".").split()
    return 1 <= len(words) <= 4 and content[:1].isupper() and all(
        w.replace("-", "").replace("'", "").replace("’", "").isalnum() for w in words)


def _honoured_or_aired_lead(toks: list[Token]) -> bool:
    """The words before the marks lead to a work honoured or a programme aired, whose title may
    end the sentence with its full stop inside the marks: "for" a few lower-case words after an
    award's or a work's noun (‘took best rap album for’, ‘an Emmy nomination for’), or "on" right
    after an appearance (‘during a 2022 appearance on’, ‘a guest on’); never "for" after anything
    else (‘she called for’, ‘thanked fans for’). The caller checks the marks hold a title."""
    if _on_broadcaster_lead(toks):
        return True
    if len(toks) < 2 or toks[-1].word not in ("for", "on"):
        return False
    if toks[-1].word == "on":
        return toks[-2].word in TITLE_ON_LEADS
    for t in reversed(toks[max(0, len(toks) - 5):-1]):
        if not t.text.isalpha() or t.word in PRONOUNS:
            return False  # (a clause or a comma between: ‘won the prize, she said, for’)
        if t.word in TITLE_FOR_LEADS and t.text.islower():
            return True
    return False


def _title_word(content: str) -> bool:
    """The marks hold one capitalised word and at most a comma or a full stop, as a one-word title
    does after an award's or a work's lead (‘won best pop vocal performance for “Glasshouse,”’,
    ‘a Grammy nomination for “Ritual.”’); the caller checks the lead.

    >>> _title_word("Glasshouse,"), _title_word("Ritual."), _title_word("thanks,"), _title_word("We won.")
    (True, True, False, False)
    """
    word = content.rstrip(",.")
    return len(content) - len(word) <= 1 and word[:1].isupper() and len(word) > 2 \
        and word.replace("-", "").replace("’", "").replace("'", "").isalpha()


#: Words that end the name of a day or a season kept in someone's honour or for a cause (‘“Brandon
#: Kilgore Day”’, ‘“Clean Air Week”’, ‘“Black History Month”’).
NAMED_DAY_ENDS = frozenset("day week month weekend fortnight".split())

#: Greetings that open a day's name when it is wished, which is said (‘“Happy Mother's Day,” she wrote’),
#: and words of time that open a programme's name or a phrase rather than a day's (‘“This Week”’,
#: ‘“New Day”’, ‘“One Day”’, ‘“The Day”’).
GREETING_WORDS = frozenset("happy merry blessed joyous good this that next last new every one each some any a an the".split())


def _named_day(content: str) -> bool:
    """The marks hold the name of a day or a week declared or kept, two to five capitalised words
    ending in "Day", "Week" or "Month" (‘declared Saturday “Brandon Kilgore Day”’, ‘marks “World
    Kindness Day,”’): a name, never words said; never a greeting (‘“Happy Mother's Day!”’).

    >>> _named_day("Brandon Kilgore Day"), _named_day("World Kindness Week,"), _named_day("Happy Mother’s Day,")
    (True, True, False)
    >>> _named_day("Day"), _named_day("What a day."), _named_day("This Week,")
    (False, False, False)
    """
    words = content.rstrip(",").split()
    return 2 <= len(words) <= 5 and words[-1].lower() in NAMED_DAY_ENDS and words[0].lower() not in GREETING_WORDS \
        and all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words)


def _title_again(text: str, at: int, content: str) -> bool:
    """The words in marks, a short name in title case, were quoted earlier in the article as a
    work's title, right before a noun of a work or its maker (‘the blockbuster “Ironclad” franchise’
    … ‘the first screening will be the original “Ironclad.”’, ‘the “Succession” star’ … ‘the final
    season of “Succession.”’): the work named again, no one's words (the caller checks no verb of
    speech follows).

    >>> _title_again('the “Ironclad” franchise. Then the original “Ironclad.”', 46, "Ironclad.")
    True
    >>> _title_again('“Ironclad” he said. Then the original “Ironclad.”', 38, "Ironclad.")
    False
    """
    key = content.rstrip(",.")
    for mark in ("“" + key + "”", '"' + key + '"'):
        k = text.find(mark, 0, at)
        while k >= 0:
            after = text[k + len(mark):k + len(mark) + 16].split(None, 1)
            if text[k + len(mark):k + len(mark) + 1] == " " and after and after[0].rstrip(",.") in TITLE_FOLLOWERS:
                return True
            k = text.find(mark, k + 1, at)
    return False


def _without_prepositions(content: str) -> str:
    """A title's words without its lower-case prepositions, which a title need not capitalise
    (‘The Late Hour with Danny Fitch.’ → ‘The Late Hour Danny Fitch.’)."""
    return " ".join(w for w in content.split() if w not in PREPOSITIONS)


def names_a_work(toks: list[Token]) -> bool:
    """The words right before a mark name a work: ‘his book’, ‘her fifth novel,’ ‘a revival of’
    (and a share's ticker: ‘under the ticker “LUMN.”’; but a sign's or a hat's words are quoted,
    as PolNeAR annotates them: ‘a hat reading, “Make Mexico Great Again Also”’)."""
    i = _work_noun_at(toks)
    p = i - 1
    while p >= 0 and (toks[p].word in DETERMINERS or toks[p].word in POSSESSIVES or (toks[p].text.islower() and p >= i - 3
                                                                                    and toks[p].word not in PREPOSITIONS)):
        p -= 1
    if p >= 1 and toks[p].word in ("of", "about") and toks[p - 1].word in SPEECH_VERBS and toks[-1].text == ",":
        return False  # what one says of a work: ‘said of the collection, “Bold.”’ (but ‘she wrote in her
        # memoir, “Tough Choices.”’ names it)
    return i >= 0 and (_is_work_noun(toks[i].word) or toks[i].word in PERFORM_VERBS or toks[i].word in PERFORM_INTO_VERBS) \
        and not toks[i].capitalized  # (and ‘two challenged novels, “The Bluest Eye” and “Speak,”’, ‘playing “Yellow”’)


def _title_question(content: str) -> bool:
    """A title in Title Case that is a question or a cry, as songs and books are called (‘Who Go Fix
    It?’, ‘Where Did The Money Go?’, ‘Help!’): read as a title only after a work's noun (the caller's).

    >>> _title_question("Where Did The Money Go?"), _title_question("Where did the money go?")
    (True, False)
    """
    c = content.rstrip()
    return c[-1:] in ("?", "!") and is_title(c[:-1])


def is_title(content: str, full_stop: bool = False, subtitle: bool = False) -> bool:
    """A short Title Case phrase without a sentence's punctuation: the name of a show or a work.

    ``full_stop``: a full stop the sentence put inside the marks may end it, where the words
    before say a work is named (‘her fifth book, “The Keeper’s Wife.”’); ``subtitle``: a subtitle
    after a colon may make it long, where its maker is named before (‘the author of “Unruly
    Subjects: Women and Protest in Victorian Britain”’).

    >>> is_title("Good Morning America"), is_title("Arms for Peace,"), is_title("We wait.")
    (True, True, False)
    >>> is_title("The Iceman Cometh."), is_title("The Iceman Cometh.", full_stop=True)
    (False, True)
    >>> is_title("The Old Man and the Sea"), is_title("The Old Man and the Sea", full_stop=True)
    (False, True)
    """
    words = content.rstrip(",." if full_stop else ",").split(maxsplit=12)  # (thirteen pieces say "too many
    # words" as well as all of them would: a long quotation is not split whole)
    if not 2 <= len(words) <= (12 if subtitle and ":" in content[:-1] else 7) \
            or content.rstrip()[-1:] in ("?!" if full_stop else ".?!"):
        return False
    if not words[0][:1].isupper():
        return False  # (the cheapest test first: the session's rules ask of many quotations in lower case)
    if words[-1] in ("--", "—", "–") or content.rstrip().endswith(("--", "—", "–")):
        return False  # (words broken off at a dash are a turn cut short, never a name: ‘bristled. "That's not --"’)
    big = [w for w in words if len(w) > 3 and not w[:1].isdigit()]  # (years keep no capital: ‘American Interiors, 1900-1950’)
    if not big and full_stop:
        # (a work named before it whose title's words are all short: every word a capital but the small
        # words of a title, ‘a translation of “The Old Man and the Sea”’, w83b)
        big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
        return len(big) >= 2 and all(w[:1].isupper() for w in big)
    return bool(big) and all(w[:1].isupper() for w in big)


RE_WORD = LazyPattern(r"[\p{L}\p{N}]+")
