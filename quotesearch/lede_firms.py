"""The firm an article is about: the firm the lede names by its trade (_lede_firm), a firm the
lede's object names, the lede's firm again, "the company" of an article (_article_company) and the
house an analyst works at, with the patterns and word lists only they read.
"""

from __future__ import annotations

import bisect

from quotesearch.cue_tokens import sentence_ends
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.place_words import NATIONALITY_WORDS, ONE_WORD_PLACES, TWO_WORD_PLACES
from quotesearch.name_words import HONORIFICS, LANGUAGE_SHARED_NAMES, SHARED_SEX_NAMES, _names_file
from quotesearch.full_names import SHARED_GIVEN_NAMES
from quotesearch.body_words import BUSINESS_WORDS, FIRM_TRADES, SECTOR_WORDS
from quotesearch.speech_words import AUXILIARIES, PRONOUNS, SPEECH_VERBS
from quotesearch.mention_words import Mention
from quotesearch.mention_names import PLACE_NOUNS
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.tokens import RE_CAPWORD, RE_NAME_RUN, tokenize
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.nicknames import PERSON_JOB_FIRM_NOUNS
from quotesearch.body_names import PUBLIC_BODY_ENDINGS, RE_DATELINE, _quoted_at
from quotesearch.body_kinds import RE_SAID_IMPERSONAL_IT, RE_TRADE_WORD_BEFORE, _same_kind
from quotesearch.body_firms import FIRM_SIDE_NOUNS, RE_FIRM_SPOKEN_OF, RE_LOWER_WORD, _trade_role, _trade_word


def _lede_firm_again(text: str, m: Mention, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm the article's lede is about (_lede_firm), when ``m``, the subject of the sentence right
    before "the <noun>", names it again past the lede (‘Paystride, a Lagos-based start-up, has raised $14
    million in a round led by Northgate Ventures …. / … Paystride currently has 140 employees. The company
    said …’: even with another firm in the lede) and the lede gives it the trade the
    noun stands for (as _article_company asks: never "the bank" for a chipmaker). None for anything
    else: a person, another firm, a name the lede never made a firm's."""
    if not (noun in FIRM_SIDE_NOUNS or noun in FIRM_TRADES):
        return None
    lede = _lede_firm(text, paras, cast, alone=False)  # (the sentence right before tells which of two it is)
    if lede is None or lede[0].text != m.text or m.start <= lede[0].start:
        return None
    trade = lede[1]
    if noun not in ("company", "firm") and not (trade is not None and _same_kind(trade, noun)):
        return None
    return Person(m.text, kind="organisation")


#: A firm's trade set off right after a name (‘Vaultline, a cryptocurrency exchange that …’, ‘Chainlight
#: Analytics, a blockchain analysis firm,’): group 1 the trade.
RE_SET_OFF_TRADE = LazyPattern(r", (?:a|an|the) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b")

#: A clause set off right after a lede's name that tells what it makes or sells, as a firm's trade is told
#: (‘Lumen Grid, which makes billing software for utilities,’, ‘Harrowgate, which operates 40 stores,’):
#: the name is a firm's, "the company" of the story (never a person's "who") (w75c).
#:
#: >>> bool(RE_FIRM_WHICH_MAKES.match(", which makes billing software")), bool(RE_FIRM_WHICH_MAKES.match(", which operates 40 stores"))
#: (True, True)
#: >>> bool(RE_FIRM_WHICH_MAKES.match(", which makes up a third")), bool(RE_FIRM_WHICH_MAKES.match(", who makes films"))
#: (False, False)
RE_FIRM_WHICH_MAKES = LazyPattern(r", which (?:makes|sells|operates|manufactures|produces|develops|designs|supplies|"
                                  r"builds|runs|owns) (?!up\b|it\b|sense\b|clear\b)")

#: A firm that speaks of itself as "it" in a lede (‘said Thursday it will’, ‘a smartwatch that it says’,
#: ‘released its newest model’).
RE_LEDE_IT = LazyPattern(r"\b(?:its|it (?:says|said|will|would|has|had|is|was|expects|plans|intends))\b")

#: The subject of a market lede whose firm comes after it (‘Shares of Harbour Point Bancorp fell’).
LEDE_SHARE_WORDS = frozenset(("Shares", "Stock", "Stocks"))

#: The firm named right after "Shares" (‘ of Harbour Point Bancorp fell’, ‘ in Kilnworth plc’): group 1.
#:
#: >>> RE_SHARES_OF_NAME.match(" of Harbour Point Bancorp fell 9%").group(1)
#: 'Harbour Point Bancorp'
#: >>> RE_SHARES_OF_NAME.match(" in chipmaker Orrin Labs jumped").group(1)
#: 'Orrin Labs'
RE_SHARES_OF_NAME = LazyPattern(r" (?:of|in) (?:" + RE_TRADE_WORD_BEFORE + r")?"
                                r"(\p{Lu}[\p{L}\p{M}&\-]*(?: (?:\p{Lu}[\p{L}\p{M}&\-]*|plc|&))*)")

#: A firm spoken of by its kind with where it is based or a word or two before it (‘the Ohio-based regional
#: lender’, ‘the struggling carmaker’), in the lede.
RE_FIRM_SPOKEN_OF_QUALIFIED = LazyPattern(r"\b(?i:the) (?:\p{Lu}[\p{L}\-]*-based |\p{Ll}[\p{Ll}\-]* ){1,2}?("
                                          + RE_FIRM_SPOKEN_OF.pattern.split(" (", 1)[1])

#: Another firm told of between the lede's firm and "the company": one named with a firm's words, or set
#: off with a trade (‘… said Okoye, of Chainlight Analytics, a blockchain analysis firm’), or one brought in
#: unnamed (‘at least one other bidder, a large European drugmaker’).
RE_FIRM_TOLD = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\p{L}\-]+ ){0,3}?(\p{Ll}[\p{Ll}\-]*)\b(?! (?:spokes|executive|official|source))")

#: How far into an article "the company" may still be the firm its lede is about.
LEDE_FIRM_REACH = 3000


#: Endings of an adjective that may open a sentence in capitals before its noun (‘Indigenous elders’,
#: ‘Local traders’, ‘Furious parents’), never a firm's one-word name.
ADJECTIVE_ENDINGS = ("ous", "al", "ive", "ful", "less", "ic")


#: The stop that ends a paragraph of sentences, a closing mark or bracket after it too: a headline has none
#: (‘Brightwell Labs claims record yield, but chemists want to see the data’).
#:
#: >>> bool(RE_PARAGRAPH_STOPS.search("It said so.”")), bool(RE_PARAGRAPH_STOPS.search("Firm claims record, but doubts"))
#: (True, False)
RE_PARAGRAPH_STOPS = LazyPattern(r"[.!?…][”’\"')\]]*\s*\Z")


def _lede_firm(text: str, paras: list[tuple[int, int]], cast: Cast, alone: bool = True) -> tuple[Mention, str | None] | None:
    """The firm the article's lede is about: the subject of its first sentence, a name no person's nor
    place's, that the sentence shows to be a firm (set off with its trade, ‘Vaultline, a cryptocurrency
    exchange that …,’; speaking of itself as "it", ‘Tidewater Renewables said Thursday it will cancel
    its …’; a name with a firm's word, ‘Corvane Therapeutics Inc.’; or "the company" again in the lede),
    with the trade the lede gives it (or None). With ``alone``, None when the lede names another firm
    too (a takeover's, or a funding round's investor)."""
    first = next(((a, b) for a, b in paras if b - a >= 80 and RE_PARAGRAPH_STOPS.search(text, a, b) is not None), None) \
        or next(((a, b) for a, b in paras if b - a >= 80), None)  # (past a headline or a byline, even a long one
    # with no stop: ‘Brightwell Labs claims record yield, but chemists want to see the data’)
    if first is None or first[0] > LEDE_FIRM_REACH:
        return None
    lo, hi = first
    if (dateline := RE_DATELINE.match(text, lo, hi)) is not None:
        lo = dateline.end()
    s_hi = next(iter(sentence_ends(text, lo, hi)), hi)
    m = sentence_subject(text, tokenize(text, lo, s_hi), lambda w: True)
    if m is None and (lettered := RE_NAME_LETTERS_OPEN.match(text, lo, s_hi)) is not None:
        m = Mention(lettered.start(1), lettered.end(1), lettered.group(1), "name")  # (its letters after it: ‘PT
        # Kelvane Nikel Industri (KNI) has denied …’)
    if m is not None and m.text in LEDE_SHARE_WORDS and (of := RE_SHARES_OF_NAME.match(text, m.end, s_hi)) is not None:
        m = Mention(of.start(1), of.end(1), of.group(1), "name")  # the firm whose shares moved: ‘Shares of Harbour
        # Point Bancorp fell 9% after the lender cut …’, ‘Shares in Kilnworth plc jumped’
    if m is not None and m.kind == "description" and (acted_on := _object_lede_firm(text, lo, s_hi, cast)) is not None:
        return acted_on  # the firm a described one acts on, by its trade: ‘A federal bankruptcy judge … gave crypto
        # lender Arcbridge Finance permission …, but warned the company …’
    kind_before = m.role.split()[-1].lower() if m is not None and m.role else None  # (‘Kampala-based lender Mwezi Credit’)
    if m is None or m.kind not in ("name", "organisation") or m.text.isupper() \
            or (m.role is not None and not (_trade_word(kind_before) and kind_before not in PERSON_JOB_FIRM_NOUNS
                                            and m.role[:1].isupper())):
        return None  # (a person's role before the name: ‘Chief executive Ann Lee’)
    words = m.text.split()
    low = [w.lower().strip(".,’'") for w in words]
    if low[0] in HONORIFICS or " ".join(low) in ONE_WORD_PLACES \
            or m.text in TWO_WORD_PLACES or low[-1] in NATIONALITY_WORDS or low[-1] in PLACE_NOUNS \
            or low[-1] in PUBLIC_BODY_ENDINGS:
        return None  # (a person, a place or a public body: never "the company")
    if len(words) == 1 and low[0].endswith(ADJECTIVE_ENDINGS) and (after := RE_LOWER_WORD.match(text, m.end)) is not None \
            and not after.group(1).endswith("ed") and after.group(1) not in AUXILIARIES and text.find(m.text, s_hi) < 0 \
            and (verb := RE_LOWER_WORD.match(text, after.end())) is not None \
            and (verb.group(1) in SPEECH_VERBS or verb.group(1) in AUXILIARIES or verb.group(1).endswith("ed")):
        # (only the shape of an adjective, its noun and the noun's verb: ‘Indigenous elders say’, ‘Local
        # traders were’; never a firm and its own verb, ‘Continental plans to close’, ‘Carnival expects bookings’)
        return None  # (a capital opening the sentence before its lower-case noun, never named again, is an
        # adjective: ‘Indigenous elders say …; the company says …’, ‘Local traders …’)
    known = cast.by_surname.get(low[-1])
    if known is not None and (known.titled or known.who or any(not _trade_role(r) for r in cast.roles_of(known))
                              or (known.gender is not None and known.name != m.text)):
        return None  # (someone the article names: ‘Amara Okafor said it …’; a sex read off its first word
        # alone is weighed below)
    trade = kind_before
    if (set_off := RE_SET_OFF_TRADE.match(text, m.end, s_hi)) is not None and _trade_word(set_off.group(1)):
        trade = set_off.group(1)
    elif any(w in BUSINESS_WORDS for w in low[1:]):
        trade = "company"  # (a firm's word in its name: ‘Corvane Therapeutics Inc.’)
    elif RE_LEDE_IT.search(text, m.end, s_hi) is not None and RE_SAID_IMPERSONAL_IT.match(text, m.end, s_hi) is None:
        trade = "company"  # (never a person's "it" of no one: ‘Ravshan Ergashev said it was the third outage’)
    elif RE_FIRM_WHICH_MAKES.match(text, m.end, s_hi) is not None:
        trade = "company"  # (what it makes set off after it: ‘Lumen Grid, which makes billing software, said …’)
    said = RE_FIRM_SPOKEN_OF.search(text, m.end, s_hi) or RE_FIRM_SPOKEN_OF_QUALIFIED.search(text, m.end, s_hi)
    # (‘… as the company tries to win back ground’, ‘… after the Ohio-based regional lender cut its forecast’)
    if said is not None:
        trade = said.group(1).lower() if trade in (None, "company") else trade
    if trade is None or (gender_of(words[0]) is not None and (" " not in m.text or (
            said is None and set_off is None and not any(w in BUSINESS_WORDS for w in low[1:])))):
        return None  # (a given name first: a firm only when the lede says so in words, ‘Aurelia Devices …, as
        # the company tries …’; never ‘Amara Okafor said it would appeal’)
    if alone and any(m.end <= a < s_hi and _firm_named(words_, m.text) for a, _, words_ in cast.body_names()):
        return None  # (two firms in the lede: ‘Corvane agreed to buy Brightlake Bio Inc.’, a takeover's)
    return m, trade


#: Every given name the names data knows, of one sex, of either or of both (‘Alex’, ‘Jean’, ‘Jordan’), for
#: telling a person's name from a plain firm's (w98c guard).
KNOWN_GIVEN_NAMES = SHARED_GIVEN_NAMES | LANGUAGE_SHARED_NAMES | SHARED_SEX_NAMES | _names_file("male_names.txt") \
    | _names_file("female_names.txt")


def _plain_firm_name(name: str, cast: Cast | None = None) -> bool:
    """A name of two or three capitalised words that may be a firm's with no firm's word in it (‘Vantor
    Space’, ‘Lumen AI’, w98c): no person's title first, no function word, no place's nor public body's
    word last (never ‘Mr Reed’, ‘Bank of Leeds’, ‘South Korea’, ‘Harbour Council’, ‘Kelso Police’).

    >>> _plain_firm_name("Vantor Space"), _plain_firm_name("Lumen AI")
    (True, True)
    >>> _plain_firm_name("Mr Reed"), _plain_firm_name("Harbour Council"), _plain_firm_name("Kelvane")
    (False, False, False)

    Nor a person's name (w98c guard): no given name the names data knows first, of either sex or both
    (‘Alex Dunn’, ‘Sam Orr’, ‘Andrea Voss’), nor, given the article's cast, a last word that is the
    surname of a person it holds (‘Kestrel Varga’ where ‘Varga’ is one).

    >>> _plain_firm_name("Alex Dunn"), _plain_firm_name("Sam Orr"), _plain_firm_name("Maria Lenz")
    (False, False, False)
    >>> t = "Tomas Varga founded the firm. Kestrel Varga said it accepted"
    >>> _plain_firm_name("Kestrel Varga", Cast(t)), _plain_firm_name("Kestrel Space", Cast(t))
    (False, True)
    """
    words = name.split()
    low = [w.lower().strip(".,’'") for w in words]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and low[0] not in HONORIFICS \
        and not any(w in FUNCTION_WORDS for w in low) and name not in TWO_WORD_PLACES \
        and low[-1] not in NATIONALITY_WORDS and low[-1] not in PLACE_NOUNS and low[-1] not in PUBLIC_BODY_ENDINGS \
        and gender_of(words[0]) is None and low[0] not in KNOWN_GIVEN_NAMES \
        and (cast is None or not _surname_of_other(words[-1], name, cast))


def _surname_of_other(word: str, name: str, cast: Cast) -> bool:
    """Whether the cast holds a person of two or more words, other than ``name`` itself, whose surname is
    ``word`` (‘Dunn’ of ‘Alex Dunn’; w98c guard): a name so ending is that person's or kin's, no firm's.

    >>> t = "The shop is run by Alex Dunn. Dunn said in a statement that it accepted"
    >>> _surname_of_other("Dunn", "Dunn", Cast(t)), _surname_of_other("Reed", "Reed", Cast(t))
    (True, False)
    """
    key = word.rstrip(".").lower()
    found = ([p] if (p := cast.by_surname.get(key)) is not None else []) + cast.namesakes.get(key, [])
    return any(p.kind != "organisation" and p.name != name and len(p.name.split()) >= 2 for p in found)


def _fuller_firm_name(word: str, cast: Cast) -> str | None:
    """The one name of two to four words the article gives a body that opens with ``word`` (‘ShieldPlus
    Home Warranty’ for ‘ShieldPlus’, ‘Kelvik AS’ for ‘Kelvik’, w98c); None for none or two.

    >>> t = "Kelvik AS of Vardø owns the boat. Kelvik AS said it was sorry. Kelvik said it accepted"
    >>> _fuller_firm_name("Kelvik", Cast(t)), _fuller_firm_name("Orla", Cast(t))
    ('Kelvik AS', None)
    """
    found = {name for _, name, words in cast.body_names() if 2 <= len(words) <= 4 and words[0] == word}
    short = min(found, key=len, default=None)  # (its place after it is the same firm: ‘Kelvik AS of Båtsfjord’)
    return short if short is not None and all(n == short or n.startswith(short + " ") for n in found) else None


#: A lede's subject named with its letters in brackets right after, before its verb (‘PT Kelvane Nikel
#: Industri (KNI) has denied …’), which the subject reader stops at (w98c): group 1 the name.
#:
#: >>> RE_NAME_LETTERS_OPEN.match("PT Kelvane Nikel Industri (KNI) has denied").group(1)
#: 'PT Kelvane Nikel Industri'
#: >>> RE_NAME_LETTERS_OPEN.match("Kelvane (KNI), a miner, said") is None
#: True
RE_NAME_LETTERS_OPEN = LazyPattern(r"(\p{Lu}[\p{L}\p{M}&\-]*(?: \p{Lu}[\p{L}\p{M}&\-]*){0,5}) \(\p{Lu}{2,6}\) (?=\p{Ll})")

#: A firm's trade in lower case right before its name (‘crypto lender Arcbridge Finance’, ‘budget airline Skyfleet’).
RE_TRADE_BEFORE_NAME = LazyPattern(r"(?<![\p{L}’'\-])(\p{Ll}[\p{Ll}\-]+) (?=\p{Lu})")


#: An industry's "group" or "giant", ending right before a name (‘oil and gas group ’, ‘mining giant ’): the
#: name after it is a firm's, whose trade is that word (w80a).
#:
#: >>> RE_SECTOR_GROUP.search("the meeting of oil and gas group ").group(1)
#: 'group'
#: >>> RE_SECTOR_GROUP.search("protest by activist group ") is None
#: True
#:
#: Never a cause's group: ‘clean energy group ’, ‘anti-tobacco group ’ (review rv80a).
#:
#: >>> RE_SECTOR_GROUP.search("campaigners from clean energy group ") is None
#: True
#: >>> RE_SECTOR_GROUP.search("members of anti-tobacco group ") is None
#: True
RE_SECTOR_GROUP = LazyPattern(r"(?<![\p{L}\-])(?<!\b(?:clean|green|renewable|sustainable|ethical|anti|pro) )(?:" + "|".join(sorted(SECTOR_WORDS)) + r")(?:(?:,| and| &) (?:"
                              + "|".join(sorted(SECTOR_WORDS)) + r"))* (group|giant|conglomerate) $")


def _object_lede_firm(text: str, lo: int, hi: int, cast: Cast) -> tuple[Mention, str] | None:
    """The one firm a lede whose subject is someone described acts on, brought in by its trade before its
    name and spoken of again as "the company" later in the sentence (‘A federal bankruptcy judge on
    Wednesday gave crypto lender Arcbridge Finance permission to …, but warned the company that …’).
    None for two firms so brought in, a name no firm's (a given name first, someone the article names), or
    a lede that never says "the company" after it."""
    found = None
    for sector in (False, True):  # (an industry's group only when no trade brings a firm in: never a second
        # firm beside one so brought in, ‘… gave crypto lender Arcbridge Finance permission to sell its stake in
        # mining group Kestrel, but warned the company …’, review rv80a)
        for t in RE_TRADE_BEFORE_NAME.finditer(text, lo, hi):
            if not (RE_SECTOR_GROUP.search(text, max(lo, t.start() - 40), t.end()) is not None if sector
                    else _trade_word(t.group(1))):
                continue  # (a trade, or an industry's group: ‘oil and gas group Veridane’, w80a)
            run = RE_NAME_RUN.match(text, t.end()) or RE_CAPWORD.match(text, t.end())
            if run is None or run.end() > hi:
                continue
            if found is not None:
                return None  # (two firms: a takeover's, a rival's)
            found = (run, t.group(1))
        if found is not None:
            break
    if found is None:
        return None
    run, trade = found
    words = run.group().split()
    known = cast.by_surname.get(words[-1].lower().strip(".,’'"))
    if gender_of(words[0]) is not None or (known is not None and (known.gender is not None or known.titled or cast.roles_of(known))):
        return None
    if RE_FIRM_SPOKEN_OF.search(text, run.end(), hi) is None:
        return None
    return Mention(run.start(), run.end(), run.group(), "name"), trade


def _firm_named(words: list[str], own: str) -> bool:
    """A body's name (its words) that is a firm's, and not the firm ``own`` again (‘Parallax’ of
    ‘Parallax AI’)."""
    name = " ".join(words)
    if words[0] == own.split()[0] or name in own or own in name \
            or (words[0] == "The" and len(words) > 1 and words[1] == own.split()[0]):
        return False
    return words[-1].lower().strip(".,’'") in BUSINESS_WORDS or "&" in words  # (a firm's word ending it: never
    # a county's ‘Co Limerick’)


def _article_company(text: str, at: int, noun: str, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The firm a business story is about, for "the company", "the firm", "the Dubai-based company" or "the
    lender" that nothing nearer names (_body_before): the one its lede is about (_lede_firm), when no
    other firm is told of between the lede's subject and ``at`` (named with a firm's word, set off with a
    trade, brought in unnamed: ‘at least one other bidder, a large European drugmaker’, or a name that
    speaks of itself as "it"), and a trade the cue gives is the lede's (‘Aurelia Devices unveiled …. The
    company said’; never "the bank" for a chipmaker). A takeover's two firms leave it as written."""
    if at > LEDE_FIRM_REACH or not (noun in FIRM_SIDE_NOUNS or noun in FIRM_TRADES):
        return None
    lede = _lede_firm(text, paras, cast)
    if lede is None:
        return None
    m, trade = lede
    if noun not in ("company", "firm") and not (trade is not None and _same_kind(trade, noun)):
        return None  # (a trade the lede never gives in words: ‘Aurelia Devices …. the lender said’, nor ‘Harborview
        # Financial Corp. …. the bank said’, whose name may be a lender's or not)
    own_end = text.find(". ", m.end, at)  # (the lede's own sentence: ‘Vaultline, a cryptocurrency exchange,’)
    own_end = at if own_end < 0 else own_end
    names = cast.body_names()
    for a, name, words in names[bisect.bisect_left(names, (m.end,)):]:
        if a >= at:
            break
        if _firm_named(words, m.text) and not _analysts_house(text, a, name, cast) \
                and not _analyst_at_then_firm(text, a, name, m.text, at):
            return None  # (another firm named: ‘… said Okoye of Chainlight Analytics’)
    for told in RE_FIRM_TOLD.finditer(text, own_end, at):
        if _trade_word(told.group(1)) and not _quoted_at(cast, told.start()):
            return None  # (another brought in by its trade: ‘a large European drugmaker’, ‘a rival lender’;
            # never one a speaker's words bring in, ‘“… they told me it was safer than a bank,” she said’)
    first = m.text.split()[0]
    for spoke in RE_OTHER_FIRM_IT.finditer(text, m.end, at):
        word = spoke.group(1)
        if word == first or word.lower() in PRONOUNS or word.lower() in FUNCTION_WORDS:
            continue
        known = cast.by_surname.get(word.lower())
        if known is None or not (known.gender is not None or known.titled or cast.roles_of(known)):
            return None  # (another that speaks of itself as "it": ‘Hexon said it would bid too’; but a
            # person's ‘Okoye said it was too early’ is none)
    return Person(m.text, kind="organisation")


#: Those who comment on a firm's results from another house (‘Morrow & Tate analyst Felix Brandauer’).
ANALYST_WORDS = frozenset(("analyst", "analysts", "strategist", "strategists"))


def _analysts_house(text: str, at: int, name: str, cast: Cast) -> bool:
    """The firm ``name`` at ``at`` is named only as an analyst's house, never the one "the bank" or "the
    company" of a results story stands for: ‘Morrow & Tate analyst Felix Brandauer’, ‘analyst Piper Lund of
    Calloway Securities’ (the word for an analyst as a title before the person, or right after the firm;
    never ‘Okoye of Chainlight Analytics’, whose trade is not told, nor ‘Ruth Adler, an analyst at Brenner
    Capital’, left as a firm that may be the one meant).

    >>> t = "analyst Piper Lund of Calloway Securities said"
    >>> _analysts_house(t, 22, "Calloway Securities", Cast(t))
    True
    >>> t = "said analyst Ben Ortiz of Harwell Securities"
    >>> _analysts_house(t, 13, "Ben Ortiz of Harwell Securities", Cast(t))
    True
    >>> t = "said Ada Okoye of Chainlight Analytics"
    >>> _analysts_house(t, 18, "Chainlight Analytics", Cast(t))
    False
    """
    after = text[at + len(name):at + len(name) + 12].split()
    if after and after[0] in ANALYST_WORDS:
        return True  # (‘Morrow & Tate analyst Felix Brandauer’)
    inner = max(name.find(" of "), name.find(" at "))  # (a run that holds the person: ‘Ben Ortiz of Harwell Securities’)
    before = text[max(0, at - 60):at + inner + 4 if inner > 0 else at]
    if not before.endswith((" of ", " at ")):
        return False
    words = before.split()[:-1]
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1  # (past the analyst's name)
    return 0 < k < len(words) and words[k - 1] in ANALYST_WORDS  # (‘analyst Piper Lund of’; never ‘Ruth Adler, an
    # analyst at Brenner Capital’, whose house may be the one "the company" stands for as well)

#: Words right before an analyst's house set off after the analyst (‘Piper Lund, an analyst at Calloway
#: Securities’, ‘a strategist with Kilbride Capital’).
RE_ANALYST_AT = LazyPattern(r"\b(?:analysts?|strategists?) (?:at|with) $")


def _analyst_at_then_firm(text: str, at: int, name: str, firm: str, hi: int) -> bool:
    """The firm ``name`` at ``at`` is an analyst's house set off after the analyst (‘Piper Lund, an analyst
    at Calloway Securities’) and the story's own firm is named again by its first word after it, before
    ``hi`` (‘… Harlan Ridge could become a target …’): the story has gone back to its firm, and "the bank"
    after is that one. Never when the house is the last firm named (‘Ruth Adler, an analyst at Brenner
    Capital. / The company said’ is as written)."""
    if RE_ANALYST_AT.search(text, max(0, at - 24), at) is None:
        return False
    first = firm.split()[0]
    k = text.find(first, at + len(name), hi)
    while k >= 0:
        if not text[k - 1:k].isalnum() and not text[k + len(first):k + len(first) + 1].isalnum():
            return True
        k = text.find(first, k + len(first), hi)
    return False


#: A capitalised subject that speaks of itself as "it" (‘Hexon said on Monday it would’).
RE_OTHER_FIRM_IT = LazyPattern(r"\b(\p{Lu}[\p{L}\p{M}’'\-]+) (?:also )?(?:said|says|announced|confirmed) "
                               r"(?:on \p{Lu}\p{Ll}+ |\p{Lu}\p{Ll}+ )?(?:that )?it (?!is |was |'s |’s )")
