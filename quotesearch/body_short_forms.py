"""A body's short form: the first word or words of the one fuller body name an article writes, as a
story goes on to call the body ("Ironvale Publishing … Ironvale said", "Prairie Northern Railway …
Prairie Northern said in a statement"), so that the speaker is the fullest name the article gives.

The table is one pass over the article's body names (``CastBodies.body_names``), built once per
article; a mention looks itself up by its words.
"""
from __future__ import annotations

from typing import Sequence

import regex

from quotesearch.lexicon import wordset
from quotesearch.body_words import BUSINESS_WORDS, BROADCAST_WORDS, LEGAL_FORMS, TEAM_WORDS
from quotesearch.place_words import NATIONALITY_WORDS, ONE_WORD_PLACES, SENDER_PLACES, TWO_WORD_PLACES
from quotesearch.name_parts import gender_of

#: Last words of a firm's or an institution's name that :data:`BUSINESS_WORDS` lacks, after which a
#: story shortens the name to its first word(s): an AI lab's, a publisher's, a learning or a racing
#: firm's, a drugstore chain's, a pipeline operator's, a platform's, a housing provider's, a
#: university's ("Lumen AI … Lumen said", "Hollis Learning … Hollis said", "Merriwether University …
#: Merriwether said"). Never a public body's word ("Police", "Council", "Ministry", "Party"): "Kenya
#: Police" is no "Kenya", and "the Labour Party" is called "Labour" as written. The last line: a defence or
#: engineering firm's, a developer's, a building society's, a brewer's and a gold miner's last word ("Howell
#: Dynamics … Howell said", "Crestmark Development", "Fenmoor Building Society", "Barrow Brewery", "Meridian
#: Austral Gold"; w112a). And a maker's, a travel agency's, a housing provider's and a college's ("Verrano Home
#: Products … Verrano said", "WanderWise Travel", "Harbourgate Housing", "Greyhaven College … Greyhaven said", as a
#: university's; w129j). And an airline's ("SkyLark Air … SkyLark said", "Northwind Aviation"; w133i). And a
#: marine fuel supplier's and a youth charity's ("Eastgate Bunkers … Eastgate said", "Bright Path Youth …
#: Bright Path said"; w143m). Never a research firm's: ‘Pew said’ after Pew Research stays as written (a labelled case).
#:
#: >>> "ai" in SHORTENED_BODY_ENDS, "publishing" in SHORTENED_BODY_ENDS, "police" in SHORTENED_BODY_ENDS
#: (True, True, False)
#: >>> "dynamics" in SHORTENED_BODY_ENDS, "society" in SHORTENED_BODY_ENDS, "research" in SHORTENED_BODY_ENDS
#: (True, True, False)
#: >>> "products" in SHORTENED_BODY_ENDS, "travel" in SHORTENED_BODY_ENDS, "housing" in SHORTENED_BODY_ENDS, "college" in SHORTENED_BODY_ENDS
#: (True, True, True, True)
#: >>> "air" in SHORTENED_BODY_ENDS, "aviation" in SHORTENED_BODY_ENDS
#: (True, True)
#: >>> "bunkers" in SHORTENED_BODY_ENDS, "youth" in SHORTENED_BODY_ENDS
#: (True, True)
SHORTENED_BODY_ENDS = wordset("""
ai publishing publishers learning education racing motorsport drug drugs pharmacy pharmacies pipelines pipeline
social direct autonomy quantum living warranty railway university network
dynamics development society brewery gold
products travel housing college
air aviation
bunkers youth
""") | BUSINESS_WORDS | TEAM_WORDS | BROADCAST_WORDS


def short_form_alone(text: str, short: str, pos: int) -> int | None:
    """Where ``short``, a body's short form, is first written alone from ``pos`` on: as a whole word,
    with no capitalised word nor "&" after it that would make it the opening of a longer name. A short
    form written so before the body's name in full is a name of its own (‘Brackley Steel was fined ….
    Its parent, Brackley Steel Group, …’), which :meth:`quotesearch.cast_bodies.CastBodies.short_body`
    and :func:`quotesearch.short_form_spokespeople._one_body_holding` leave as written.

    >>> short_form_alone("Stylora Plus is new. Stylora will charge.", "Stylora", 0)
    21
    >>> short_form_alone("Harrow & Finch and Harrow Books", "Harrow", 0) is None
    True
    """
    m = regex.search(rf"\b{regex.escape(short)}\b(?! \p{{Lu}}| &)", text, pos=pos)
    return None if m is None else m.start()


def short_form_table(body_names: Sequence[tuple[int, str, list[str]]]) -> dict[tuple[str, ...], str | None]:
    """Each opening of one to three words of a body name ending in a :data:`SHORTENED_BODY_ENDS` word,
    mapped to that name, or to None when two different names open so ("Kestrel Living" and "Kestrel
    Homes"). A name and a longer one that holds it are one body ("Boreal Crest Resources" and "Boreal
    Crest Resources Ltd.": the longer), but the name without its legal form stays itself. Names with a
    lowercase word or a possessive, and openings with a place's or a nationality's word first, or a given
    name first are left out; so is a capital's or a great city's ("London Youth": "London said" is the
    government's, SENDER_PLACES).

    >>> t = short_form_table([(0, "Ironvale Publishing", ["Ironvale", "Publishing"]),
    ...                       (40, "Kestrel Living", ["Kestrel", "Living"]), (90, "Kestrel Homes", ["Kestrel", "Homes"]),
    ...                       (120, "Dale Vinton", ["Dale", "Vinton"]), (150, "Kenya Airways", ["Kenya", "Airways"])])
    >>> t[("Ironvale",)], t[("Kestrel",)], ("Dale",) in t, ("Kenya",) in t
    ('Ironvale Publishing', None, False, False)
    >>> ("London",) in short_form_table([(0, "London Youth", ["London", "Youth"])])
    False
    >>> t = short_form_table([(0, "Boreal Crest Resources Ltd.", ["Boreal", "Crest", "Resources", "Ltd."]),
    ...                       (60, "Lee Min-jun of Hanbit Securities", ["Lee", "Min-jun", "of", "Hanbit", "Securities"])])
    >>> t[("Boreal", "Crest")], ("Boreal", "Crest", "Resources") in t, ("Lee",) in t
    ('Boreal Crest Resources Ltd.', False, False)
    >>> short_form_table([(0, "Harrow & Finch Books", ["Harrow", "&", "Finch", "Books"])])[("Harrow", "&", "Finch")]
    Traceback (most recent call last):
    KeyError: ('Harrow', '&', 'Finch')
    >>> short_form_table([(0, "Harrow & Finch Publishing", ["Harrow", "&", "Finch", "Publishing"])])[("Harrow", "&", "Finch")]
    'Harrow & Finch Publishing'
    """
    table: dict[tuple[str, ...], str | None] = {}
    longer = [name for _, name, words in body_names if words[-1].rstrip(".").lower() not in SHORTENED_BODY_ENDS]
    for _, name, words in body_names:
        if name.startswith("the ") or len(words) < 2 or words[-1].rstrip(".").lower() not in SHORTENED_BODY_ENDS:
            continue
        if any(other.startswith(name + " ") for other in longer):
            for n in range(1, len(words)):
                table[tuple(words[:n])] = None  # (a longer body holds the name: ‘Harwick University Medical Center’
            continue  # beside ‘Harwick University’ leaves "Harwick" as written)
        first = words[0]
        if not first[:1].isupper() or first.lower() in ONE_WORD_PLACES or first.lower() in SENDER_PLACES \
                or first.lower() in NATIONALITY_WORDS or " ".join(words[:2]).lower() in TWO_WORD_PLACES \
                or gender_of(first) is not None:
            continue  # (a capital speaks for its government: ‘London said’ beside London Youth stays as written)
        if not all(w[:1].isupper() or w == "&" for w in words) or any(w.endswith(("’s", "'s", "s’", "s'")) for w in words):
            continue  # (a person's run across "of": ‘Lee Min-jun of Hanbit Securities’ names no body Lee; and
            # a members' name: ‘the Clare Vintners’ Group’)
        legal = words[-1].rstrip(".").lower() in LEGAL_FORMS  # (the name without its legal form is a name of its
        # own, as written: "Coastline Recyclers" beside Coastline Recyclers Ltd; shorter openings take the whole)
        for n in range(1, min(3, len(words) - 1 - legal) + 1):
            key = tuple(words[:n])
            if key[-1] == "&":
                continue  # (a firm of two names opens with both: "Kestrel & Vane" of Kestrel & Vane Publishing)
            known = table.get(key, False)
            if known is False or known == name or (known is not None and known.startswith(name + " ")):
                table[key] = known or name
            elif known is not None and name.startswith(known + " "):
                table[key] = name
            else:
                table[key] = None
    return table
