"""The "he" or "she" of what a court, a jury or an inquest heard: the one the teller of the sentence before
reported on, never the teller (‘Prosecutor Ann Hale said Moss had worked a 19-hour shift. The court heard he
told officers: “…”’ is Moss's, not the prosecutor's, who only tells the court what he did).
"""

from __future__ import annotations

from quotesearch.cue_tokens import Found, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.messages import RE_HEARD_CLAUSE_SUBJECT, RE_HEARING_AUDIENCE_OPENING
from quotesearch.people import Person
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.writers import GENDERS

#: A sentence in which a teller says something of another named one, the reported clause's subject
#: (‘Prosecutor Ann Hale said Moss had started work at 1pm’, ‘Mr Reed told the court that Dr Lowe had been
#: tired’): group "teller" the teller's last name, group "who" the one reported on (w113b).
#:
#: >>> m = RE_TELLER_REPORTS_ON.search("Prosecutor Ann Hale said Moss had started work at 1pm.")
#: >>> m.group("teller", "who")
#: ('Hale', 'Moss')
#: >>> m = RE_TELLER_REPORTS_ON.search("Mr Reed told the court that Dr Lowe had been tired.")
#: >>> m.group("teller", "who")
#: ('Reed', 'Dr Lowe')
#: >>> RE_TELLER_REPORTS_ON.search("Prosecutor Ann Hale said the driver had started work at 1pm.") is None
#: True
#:
#: Never over a linking verb, which may say what a place, a club or one acted on is (‘said Leeds was where
#: the gang kept its cash’, ‘said Gary Nash was arrested’) (rv-w113b):
#:
#: >>> RE_TELLER_REPORTS_ON.search("PC Tom Bell said Gary Nash was arrested at his flat.") is None
#: True
RE_TELLER_REPORTS_ON = LazyPattern(
    r"(?P<teller>\p{Lu}[\p{L}’'\-]+),? (?:said|says|told (?:the )?(?:court|jury|jurors|inquest|hearing|tribunal))"
    r" (?:that )?(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2})"
    r" (?:had|has|did|would|could|then|never|also)\b")


#: What a "he" or "she" the hearing heard did when it is the teller's own telling: it told the jury, the
#: court or the inquest (‘The court heard he told the jury: “…”’ is the barrister's) (rv-w113b).
#:
#: >>> bool(RE_TOLD_THE_HEARING.match(" told the jury: ")), bool(RE_TOLD_THE_HEARING.match(" told officers: "))
#: (True, False)
RE_TOLD_THE_HEARING = LazyPattern(r" (?:told|tells|reminded|asked) (?:the )?(?:jury|jurors|court|inquest|hearing|tribunal|coroner|magistrates)\b")


def heard_one_reported_before(text: str, sp: Span, found: Found, cast: Cast) -> Person | None:
    """For a "he" or "she" that opens the clause a court, a jury or an inquest heard, before the words
    (‘The court heard he told officers at the scene: “…”’), the one the sentence before in the paragraph
    reports on after its teller's verb (:data:`RE_TELLER_REPORTS_ON`), of the pronoun's sex, when the
    pronoun found that teller; None otherwise (the teller who only tells the court is never the "he" of
    what it heard).

    >>> from quotesearch.quotes import find_spans
    >>> from quotesearch.speakers import Cast
    >>> t = "Prosecutor Gary Lyle said Sean Moss had worked all night. The court heard he told officers: “I slept.”"
    >>> sp = find_spans(t)[0]
    >>> cast = Cast(t)
    >>> f = Found(Mention(t.index("he told"), t.index("he told") + 2, "he", "pronoun"), None, "cue-before", "told")
    >>> f.person = cast.resolve(Mention(t.index("Gary"), t.index("Gary") + 9, "Gary Lyle", "name"))[0]
    >>> heard_one_reported_before(t, sp, f, cast).name
    'Sean Moss'
    """
    gender = GENDERS.get(found.mention.text.lower())
    if gender is None or found.person is None or found.mention.start > sp.open_at \
            or text.find(" heard ", max(sp.para_start, found.mention.start - 12), found.mention.start) < 0:
        return None  # (cheap tests first: "heard" right before the pronoun)
    ends = sentence_ends(text, sp.para_start, found.mention.start)
    if not ends:
        return None
    here = ends[-1]
    prev = ends[-2] if len(ends) > 1 else sp.para_start
    audience = RE_HEARING_AUDIENCE_OPENING.match(text, here, found.mention.start)
    heard = RE_HEARD_CLAUSE_SUBJECT.match(text, audience.end(), found.mention.end) if audience is not None else None
    if heard is None or heard.start("who") != found.mention.start \
            or RE_TOLD_THE_HEARING.match(text, found.mention.end) is not None:
        return None  # (only the heard clause's own subject: ‘The court heard he told …’; never one who told the
        # jury or the court, the teller's own audience)
    reports = list(RE_TELLER_REPORTS_ON.finditer(text, prev, here))
    if len(reports) != 1:
        return None  # (none, or several: either may be the one)
    m = reports[0]
    if m.group("teller") not in found.person.name.split():
        return None  # (only over the teller the pronoun found)
    other, _ = cast.resolve(Mention(m.start("who"), m.end("who"), m.group("who"), "name"))
    if other is None or other.kind != "name" or other.name == found.person.name or other.gender not in (gender, None) \
            or (other.gender is None and len(other.name.split()) < 2):
        return None  # (a lone word of no known sex may be a place or a club: ‘said Chelsea had …’)
    return other
