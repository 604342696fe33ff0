"""An online review, post or comment named by a bare "the review" at a cue, whose poster the article gives by
a username (w111b): the username (‘X said the review, posted on Tuesday under the username “DinnerDetective22”,
was “…”. / The review, on the booking site TableTalk, read: “…”’, ‘The comment, posted under the handle
“rivergirl”, said …’). Never when another review or post is brought in between (‘A second review said …’),
nor a username no posting is told of; the review then stays as written.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.people import Person

#: The nouns of a thing posted online under a username.
POSTED_NOUN_ALTERNATIVES = "review|post|comment|message|tweet|reply"

#: A bare posting a cue names (‘The review’, ‘the online review’, ‘the one-star review’).
#:
#: >>> bool(RE_THE_POSTING.fullmatch("The review")), bool(RE_THE_POSTING.fullmatch("the one-star online review"))
#: (True, True)
#: >>> RE_THE_POSTING.fullmatch("a review") is None, RE_THE_POSTING.fullmatch("the report") is None
#: (True, True)
RE_THE_POSTING = LazyPattern(r"(?i:the) (?:[\p{Ll}\-]+ ){0,2}(?P<noun>" + POSTED_NOUN_ALTERNATIVES + r")")

#: A posting told of with its username (group ``noun``, the posting's noun; group ``user``, the username as
#: written): ‘the review, posted on Tuesday under the username “DinnerDetective22”’, ‘a comment posted under the
#: handle ‘rivergirl’’.
#:
#: >>> m = RE_POSTED_UNDER.search("He said the review, posted on Tuesday under the username “DinnerDetective22”, was fake.")
#: >>> m.group("noun"), m.group("user")
#: ('review', 'DinnerDetective22')
#: >>> RE_POSTED_UNDER.search("The review was posted under a false name.") is None
#: True
RE_POSTED_UNDER = LazyPattern(
    r"\b(?i:the|a|an) (?:[\p{Ll}\-]+ ){0,2}(?P<noun>" + POSTED_NOUN_ALTERNATIVES + r")\b,?"
    r"(?: [^.;\n“”\"‘’]{0,60}?)? (?:posted|written|left|published|submitted) (?:[^.;\n“”\"‘’]{0,30}? )?"
    r"under the (?:user ?name|handle|screen ?name|pseudonym|name) [“\"‘](?P<user>[^\s“”\"‘’]{2,40})[”\"’]")

#: Another posting brought in afresh between the username and the cue (‘a second review’, ‘another post’).
#:
#: >>> bool(RE_OTHER_POSTING.search(" Another review called it dirty.")), bool(RE_OTHER_POSTING.search(" The owner was upset."))
#: (True, False)
RE_OTHER_POSTING = LazyPattern(r"\b(?i:a|an|another|one) (?:[\p{Ll}\-]+ ){0,2}(?:" + POSTED_NOUN_ALTERNATIVES + r")s?\b")

#: How far before the cue's posting its username is looked for (about three sentences), in characters.
USERNAME_REACH = 500


def username_poster(text: str, mention: Mention) -> Person | None:
    """The username that posted the review or post ``mention`` names: told of with the mention itself (‘The
    review, posted under the username “X”, read:’) or in the sentences just before, for a posting of the same
    noun (:data:`RE_POSTED_UNDER`), when no other posting is brought in between (:data:`RE_OTHER_POSTING`)."""
    bare = RE_THE_POSTING.fullmatch(mention.text)
    if bare is None:
        return None
    own = RE_POSTED_UNDER.match(text, mention.start, min(len(text), mention.end + 120))
    if own is not None:
        return Person(own.group("user"), kind="name")
    last = None
    for last in RE_POSTED_UNDER.finditer(text, max(0, mention.start - USERNAME_REACH), mention.start):
        pass
    if last is None or last.group("noun").lower() != bare.group("noun").lower() \
            or RE_OTHER_POSTING.search(text, last.end(), mention.start) is not None:
        return None
    return Person(last.group("user"), kind="name")
