"""Who made the material a cue names: the body or campaign behind an ad, the maker or sponsor
of a post, leaflet or video, the "it" a material stands for, and who made the graphic or
claim a fact check quotes.
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found, last_sentence_start
from quotesearch.sentence_subjects import sentence_subject
from quotesearch.lexicon import LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import MADE_MATERIAL_NOUNS, RE_CLAIM_IN_MATERIAL, RE_MATERIAL_MAKER
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import gender_of
from quotesearch.tokens import tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.statements import PLATFORM_WORDS, _sentence_start
from quotesearch.document_authors import (
    AUTHOR_REACH, NEWS_OUTLET_WORDS, RE_BODY_NAME_RUN, _known_place, _party_after, _party_brought_in_before,
)


#: Verbs that put an ad out, before it (‘hit back with an ad’, ‘released a spot’, ‘ran an advert’).
RE_AD_PUT_OUT = LazyPattern(r"(?:with|released|ran|aired|launched|unveiled|began running|is running|was running|"
                            r"has released|has launched) $")


def _ad_maker(text: str, mention: Mention, sp: Span, cast: Cast) -> Person | None:
    """The body or campaign that put out the ad a quotation's cue names (‘Badger Forward, a Democratic super
    PAC, hit back with an ad declaring that X had “…”’, ‘The union launched a radio spot saying …’): the
    subject of the sentence, when the verb that puts the ad out stands right before it. A body or a named
    one, never a pronoun, a description or someone the ad is about (‘an ad attacking X’ gives no X)."""
    lo = _sentence_start(text, sp.para_start, mention.start)
    if RE_AD_PUT_OUT.search(text, max(lo, mention.start - 20), mention.start) is None:
        return None
    toks = tokenize(text, lo, mention.start)
    m = sentence_subject(text, toks, cast.knows)
    if m is None or m.kind not in ("name", "organisation"):
        return None
    p, _ = cast.resolve(m)
    return p if p is not None and p.kind in ("name", "organisation") else None


#: How far after a material's words the article may say who made it (‘A new ad says …. / The 30-second ad
#: is from X’, a paragraph or two on) (w54a).
MATERIAL_MAKER_AFTER = 700

#: A material's noun (:data:`MADE_MATERIAL_NOUNS`) as a word, in any case: group 1, the noun.
#:
#: >>> RE_MATERIAL_NOUN.search("a campaign Mailer from X").group(1), RE_MATERIAL_NOUN.search("the adviser said")
#: ('Mailer', None)
RE_MATERIAL_NOUN = LazyPattern(r"(?i)\b(" + "|".join(sorted(MADE_MATERIAL_NOUNS)) + r")\b")

#: A material named as a sentence's subject, "the" and up to two words before its noun (‘The 30-second ad’,
#: ‘The flyer’): group 1, the noun.
#:
#: >>> RE_THE_MATERIAL.search("Polls closed. The 30-second ad is from X").group(1), RE_THE_MATERIAL.search("She saw the ad.")
#: ('ad', None)
RE_THE_MATERIAL = LazyPattern(r"(?<=^|[.!?”\"’]\s{1,3}|\n)The (?:[\p{L}\d\-]+ ){0,2}?(" + "|".join(sorted(MADE_MATERIAL_NOUNS)) + r")\b")


#: An abbreviated title opening a name (‘Sen. ’, ‘Gov. ’, ‘Rep. ’).
#:
#: >>> RE_LEADING_ABBREVIATED_TITLE.match("Sen. Ruth Abernathy").group(), RE_LEADING_ABBREVIATED_TITLE.match("Ruth Abernathy")
#: ('Sen. ', None)
RE_LEADING_ABBREVIATED_TITLE = LazyPattern(r"(?:\p{Lu}\p{Ll}{1,4}\. )+(?=\p{Lu})")


#: Last words of news outlets' names besides :data:`NEWS_OUTLET_WORDS`, never a material's maker (‘The post,
#: published by the Clarion Sun’, ‘a clip from NBC’) (review rv19).
#:
#: >>> "Sun" in MATERIAL_OUTLET_WORDS, "Times" in MATERIAL_OUTLET_WORDS, "Times" in NEWS_OUTLET_WORDS
#: (True, False, True)
MATERIAL_OUTLET_WORDS = frozenset("""Sun Star Ledger Courier Inquirer Bee Register Dispatch Sentinel Courant Globe Examiner
Beacon Clarion Enquirer Advertiser Leader Record Bulletin Democrat Press AP NBC ABC CBS NPR MSNBC PBS Fox Sky ITV Vox""".split())

#: A name that goes on past a maker read at its start (‘the Dunmore| for Council campaign’) (review rv19).
#:
#: >>> bool(RE_NAME_GOES_ON.match(" for Council campaign")), bool(RE_NAME_GOES_ON.match(" of Ashby")), bool(RE_NAME_GOES_ON.match(" for years"))
#: (True, True, False)
RE_NAME_GOES_ON = LazyPattern(r"(?: (?:for|of) \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)? campaign\b|"
                              r" (?:for|of) \p{Lu}")


def _material_noun(description: str) -> str | None:
    """The material's noun a speaker's description ends on (‘the ad’, ‘One widely shared post’), or None.

    >>> _material_noun("One widely shared post"), _material_noun("a mailer from X"), _material_noun("the spokesman")
    ('post', 'mailer', None)
    """
    last = description.rsplit(" ", 1)[-1].lower()
    if last in MADE_MATERIAL_NOUNS:
        return last
    return head if (head := description_head(description)) in MADE_MATERIAL_NOUNS else None  # (‘a mailer from X’)


def _material_maker_at(text: str, at: int, cast: Cast) -> Person | None:
    """The one named right after a material's noun ending at ``at`` as its maker or sponsor
    (:data:`RE_MATERIAL_MAKER`): a name or a body's name, or a page's name as written (‘a Facebook page
    called Save Our Ashby’); never a date, a place, a platform or a news outlet (‘a video from Gaza’,
    ‘a post from Monday’, ‘a clip from the BBC’)."""
    m = RE_MATERIAL_MAKER.match(text, at)
    if m is None:
        return None
    as_written = bool(m.group("called"))
    run = RE_BODY_NAME_RUN.match(text, m.end())
    if as_written:
        who = Mention(run.start(), run.end(), run.group(), "name") if run is not None else None
    else:
        who = _party_after(text, m, 40)
        if who is not None and run is not None and run.start() <= who.start and run.end() >= who.end \
                and not any(w.lower().rstrip(".") in HONORIFICS or w.lower() in ROLE_NOUNS for w in (who.role or "").split()) \
                and (run.end() == who.end or text[run.end():run.end() + 1] in (",", ".", ";", ":")):
            who, as_written = Mention(run.start(), run.end(), run.group(), "name"), True  # (a name whose first or
            # last word reads as another word: ‘from Forward Kessling’, ‘from Brookfield First, a PAC’ is all of it;
            # never past a title: ‘from Councilwoman X’)
    if who is None or who.kind not in ("name", "organisation"):
        return None
    first, last = who.text.split()[0], who.text.split()[-1].removesuffix("’s").removesuffix("'s")
    if first in WEEKDAY_NAMES or first in MONTH_NAMES or who.text.lower() in PLATFORM_WORDS \
            or last in NEWS_OUTLET_WORDS or last in MATERIAL_OUTLET_WORDS or _known_place(who.text):
        return None
    if not as_written and RE_NAME_GOES_ON.match(text, who.end) is not None:
        return None  # (only part of a longer name: ‘from the Dunmore for Council campaign’ (review rv19))
    p, _ = cast.resolve(who)
    if p is None and not as_written and (titled := RE_LEADING_ABBREVIATED_TITLE.match(who.text)) is not None:
        p, _ = cast.resolve(Mention(who.start + titled.end(), who.end, who.text[titled.end():], "name"))  # (‘Sen. X’)
    if as_written and (p is None or p.name != who.text and who.text.endswith(" " + p.name)):
        p = Person(who.text, kind="organisation")  # (as written, a name the cast knows only in part)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


def _material_claimant(text: str, at: int, cast: Cast) -> Person | None:
    """The subject of the sentence whose claim was made in the material whose noun ends at ``at``
    (‘Councillor X made the claim in a leaflet delivered to homes’, :data:`RE_CLAIM_IN_MATERIAL`)."""
    lo = _sentence_start(text, 0, at)
    m = None
    for m in RE_CLAIM_IN_MATERIAL.finditer(text, lo, at):
        pass
    if m is None or m.end() != at:
        return None
    who = sentence_subject(text, tokenize(text, lo, m.start()), cast.knows)
    if who is None or who.kind not in ("name", "organisation"):
        return None
    p, _ = cast.resolve(who)
    return p if p is not None and p.kind in ("name", "organisation") and not p.placelike else None


def _material_maker(text: str, mention: Mention, noun: str, cast: Cast) -> Person | None:
    """Who made or paid for the post, ad, leaflet or video a quotation's cue names (:data:`MADE_MATERIAL_NOUNS`),
    where the article says so plainly: right after its noun (‘One post, from a Facebook page called X, reads’,
    ‘The flyer, produced by the group X, says’); where the same material was brought in before with its maker
    (‘A campaign mailer from state Sen. X claims …. The mailer … “…,” it reads’, ‘X made the claim in a leaflet
    …. The leaflet says’); else where a sentence soon after names it again with its maker (‘A new ad says …
    “…” …. The 30-second ad is from X’). None past another one of its kind brought in with "a" (w54a)."""
    if mention.kind != "pronoun" and (maker := _material_maker_at(text, mention.end, cast)) is not None:
        return maker
    inside = [m for m in RE_MATERIAL_NOUN.finditer(text, mention.start, mention.end) if m.group(1).lower() == noun]
    if mention.kind != "pronoun" and inside and (maker := _material_maker_at(text, inside[0].end(), cast)) is not None:
        return maker  # (its maker inside the description: ‘a campaign mailer from Councilwoman X’)
    lo = max(0, mention.start - AUTHOR_REACH)
    fresh = mention.text.split()[0].lower() in ("a", "an", "one", "another")  # (brought in here: a new one)
    places = [] if fresh else [m.span() for m in RE_MATERIAL_NOUN.finditer(text, lo, mention.start) if m.group(1).lower() == noun]
    if (maker := _party_brought_in_before(text, places, lambda start, end: _material_maker_at(text, end, cast)
                                          or _material_claimant(text, end, cast))) is not None:
        return maker
    if not fresh and (not places or not any(w.lower() in ("a", "an", "one") for w in text[max(0, places[-1][0] - 40):places[-1][0]].split()[-3:])):
        return None  # (only the material brought in here or just before, its maker not yet said, looks ahead)
    for m in RE_THE_MATERIAL.finditer(text, mention.end, min(len(text), mention.end + MATERIAL_MAKER_AFTER)):
        if m.group(1).lower() == noun:
            return _material_maker_at(text, m.end(), cast)
    return None


def _material_it(text: str, sp: Span, at: int) -> tuple[Mention, str] | None:
    """The material a speaking "it" at ``at`` stands for, when its own sentence or the one before opens
    with it (‘The mailer, sent to voters last week, shows …. “…,” it reads’): its mention and noun."""
    own = _sentence_start(text, sp.para_start, min(at, sp.open_at))  # (from the words' opening: the words may
    # hold sentences of their own)
    for lo in (own, _sentence_start(text, 0, own - 2) if own >= 2 else own):
        lo += len(text[lo:at]) - len(text[lo:at].lstrip())
        if (m := RE_THE_MATERIAL.match(text, lo, at)) is not None:
            return Mention(m.start(), m.end(), m.group(), "description"), m.group(1).lower()
    return None


#: Things that carry a claim a fact check quotes before it says who made them (‘A graphic shared on Facebook
#: claims that “…”’, ‘A claim that “…” spread online’) (w58d).
CLAIM_CARRIER_NOUNS = ("claim", "graphic", "meme", "post", "video", "image", "message", "tweet", "flyer", "leaflet")

#: The thing that carried a claim, brought in unnamed in the quotation's sentence (‘A graphic shared widely on
#: Facebook claims that’, ‘A claim that’): its noun is group 1 (w58d).
#:
#: >>> RE_CLAIM_CARRIER.search("A graphic shared widely on Facebook claims that ").group(1)
#: 'graphic'
#: >>> RE_CLAIM_CARRIER.search("The post office said ") is None
#: True
RE_CLAIM_CARRIER = LazyPattern(r"\b[Aa]n? (?:[\p{Ll}\-]+ ){0,2}?(" + "|".join(CLAIM_CARRIER_NOUNS) + r")\b(?! office)")

#: Who made the thing that carried the claim, told just after (‘The graphic was created by Glen Orr, who …’,
#: ‘The claim was made by Rita Vance, a candidate for …’): the noun is group 1, the maker's name group 2 (w58d).
#:
#: >>> RE_CARRIER_MADE_BY.search("The graphic was created by Glen Orr, who runs a blog.").group(1, 2)
#: ('graphic', 'Glen Orr')
#: >>> RE_CARRIER_MADE_BY.search("The claim was made by the county clerk.") is None
#: True
RE_CARRIER_MADE_BY = LazyPattern(r"\b[Tt]he (" + "|".join(CLAIM_CARRIER_NOUNS) + r") was (?:first |originally )?"
                                 r"(?:made|created|posted|written|started|published|put out) by "
                                 r"(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}[\p{Ll}’']+){1,2})\b(?! [\p{Lu}])")


def _claim_made_by(text: str, spans: list[Span], results: list, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Words a fact check quotes from a claim whose carrier it brings in unnamed (‘A graphic shared widely
    claims that “only 5 cents of every dollar” …’, ‘A claim that “more than 4,000 …” cast ballots …’) and
    whose maker it names in the next sentences, in that paragraph or the next (‘The graphic was created by
    Glen Orr, …’): the maker's, when nothing else gave the words a speaker. Only the very thing brought in
    (the same noun), only a person's name (w58d)."""
    for i, (sp, found, kind) in enumerate(results):
        if found is not None or kind == "scare" or sp.continued:
            continue
        lo = last_sentence_start(text, max(sp.para_start, sp.open_at - 300), sp.open_at)
        carrier = None
        for carrier in RE_CLAIM_CARRIER.finditer(text, lo, sp.open_at):
            pass
        if carrier is None:
            continue
        hi = paras[sp.paragraph + 1][1] if sp.paragraph + 1 < len(paras) else sp.para_end
        made = RE_CARRIER_MADE_BY.search(text, sp.end, hi)
        if made is None or made.group(1) != carrier.group(1) or gender_of(made.group(2).split()[0]) is None \
                or any(s.open_at < made.start() for s in spans[i + 1:] if s.start >= sp.end and s.paragraph > sp.paragraph):
            continue  # (a given name first: a person; and no quotation in the next paragraph before it)
        mention = Mention(made.start(2), made.end(2), made.group(2), "name")
        person = cast.resolve(mention)[0] or Person(made.group(2), kind="name")
        results[i] = (sp, Found(mention, person, "carrier-made-by", None, "made"), kind)
