"""An award's citation, named by a bare "the citation" at a cue (w109e): the body that gave the award, as
the sentences just before tell it (‘In 2019 he was presented with a lifetime award by the Harbour Sports
Trust. The citation described him as “…”’, ‘In May the Coast Rescue Society awarded Lee its silver
medal. The citation describes the rescue as “…”’). Never a person who handed it over (‘presented by
Prince Tom’), nor an award no body is named as giving (the citation then stays as written).
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.name_parts import is_organisation
from quotesearch.people import Person
from quotesearch.document_senders import CAPITALISED_NAME

#: A bare citation a cue names, an award's word before it or not (‘The citation’, ‘the award citation’).
#:
#: >>> bool(RE_THE_CITATION.fullmatch("The citation")), bool(RE_THE_CITATION.fullmatch("the award citation"))
#: (True, True)
#: >>> RE_THE_CITATION.fullmatch("a citation") is None
#: True
RE_THE_CITATION = LazyPattern(r"(?i:the) (?:(?:award|medal|prize|official) )?citation")

#: The nouns of an award or honour whose citation a body writes (‘its silver medal’, ‘an honorary degree’).
AWARD_ALTERNATIVES = "award|awards|medal|medals|prize|honour|honor|commendation|fellowship|decoration|cross|trophy|degree|doctorate"

#: A body giving an award in a sentence (group ``name``, the body's name as written): as the subject of
#: a verb of giving (‘the Coast Rescue Society awarded Lee its silver medal’, ‘The Harbour Guild has
#: presented her with its gold award’; the award named in the sentence) or after the award's "by" or "from" (‘presented with a lifetime award by the Harbour Sports
#: Trust’, ‘a bravery medal from the Royal Humane Society’).
#:
#: >>> RE_AWARD_GIVER.search("In May the Coast Rescue Society awarded Lee its silver medal.").group("name")
#: 'Coast Rescue Society'
#: >>> RE_AWARD_GIVER.search("he was presented with a lifetime award by the Harbour Sports Trust.").group("name")
#: 'Harbour Sports Trust'
#: >>> RE_AWARD_GIVER.search("He won an award for his work on the Harbour Sports Trust board.") is None
#: True
#: >>> RE_AWARD_GIVER.search("The Parks Board gave the organisers a warning last year.") is None
#: True
RE_AWARD_GIVER = LazyPattern(
    r"(?<![\p{L}’'])(?P<name>" + CAPITALISED_NAME + r") (?:has |had |also )?(?:awarded|presented|gave|bestowed|conferred)\b"
    r"[^.;\n“”\"‘’]{0,60}?\b(?:" + AWARD_ALTERNATIVES + r")\b"
    r"|\b(?:" + AWARD_ALTERNATIVES + r")\b(?: [^.;\n“”\"‘’]{0,60}?)? (?:by|from) (?:the )?(?P<name>" + CAPITALISED_NAME + r")")

#: A citation brought in afresh, or told of as another's (‘a ranger issued a citation’, ‘The citation issued by
#: the trooper’): after it, or right after the cue's own "the citation", no award's giver is its author.
#:
#: >>> bool(RE_OTHER_CITATION.search("This time a ranger issued a citation.")), bool(RE_OTHER_CITATION.match(" issued by the trooper"))
#: (True, True)
RE_OTHER_CITATION = LazyPattern(r"\b(?i:a|an) (?:[\p{Ll}\-]+ )?citation\b|^ (?:issued|written|signed|given) by\b|^ from\b")

#: The last words of a name that make it a body's that gives awards, where the name lists miss it (‘the
#: Coast Rescue Institution’, ‘the Harbour Sports Trust’); never a person's (‘Prince Tom’).
#:
#: >>> "institution" in AWARD_BODY_ENDINGS, "prince" in AWARD_BODY_ENDINGS
#: (True, False)
AWARD_BODY_ENDINGS = frozenset("""institution institute society trust foundation association academy council federation
guild club union league board committee college""".split())

#: How far before "the citation" the award's giver is looked for (about two sentences), in characters.
AWARD_GIVER_REACH = 400


def citation_awarder(text: str, mention: Mention) -> Person | None:
    """The body that gave the award whose citation ``mention`` names: the last giver the sentences just
    before tell of (:data:`RE_AWARD_GIVER`), when its name is a body's (by the name lists or its last word,
    :data:`AWARD_BODY_ENDINGS`), none otherwise, nor after another citation brought in or one the mention
    says another issued (:data:`RE_OTHER_CITATION`)."""
    if RE_THE_CITATION.fullmatch(mention.text) is None:
        return None
    last = None
    for last in RE_AWARD_GIVER.finditer(text, max(0, mention.start - AWARD_GIVER_REACH), mention.start):
        pass
    if last is None or RE_OTHER_CITATION.search(text, last.end(), mention.start) is not None \
            or RE_OTHER_CITATION.match(text[mention.end:mention.end + 20]) is not None:
        return None  # (‘This time a ranger issued a citation. The citation says …’, ‘The citation issued by
        # the trooper says …’: no award's)
    name = last.group("name").removeprefix("The ")
    words = name.split()
    if len(words) >= 2 and (is_organisation(words) or words[-1].lower() in AWARD_BODY_ENDINGS):
        return Person(name, kind="organisation")
    return None
