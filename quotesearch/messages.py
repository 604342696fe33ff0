"""Messages and what a court heard: who sent a text, letter or post that is read out, and the
speaker of a clause a court, an inquest or a jury heard.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import Found, last_sentence_start
from quotesearch.lexicon import ARTICLES, LazyPattern
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.place_words import ONE_WORD_PLACES, SENDER_PLACES
from quotesearch.document_words import (
    MESSAGE_READ_ENDS, PASSED_ON_VERBS, PLATFORM_NAMES, SENT_BY_MESSAGE_WORDS, SENT_MESSAGE_NOUNS, THING_NOUNS,
)
from quotesearch.body_words import HEARING_BODIES
from quotesearch.role_words import DESCRIPTION_NOUNS
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import NOT_NAMES
from quotesearch.quote_spans import Span
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.quote_kinds import _personal_word


#: The verbs :data:`RE_OWN_VERDICT_WAS` needs, as searched for (with their spaces).
VERDICT_VERBS = (" was ", " is ", " were ", " are ")


def _verdict_verb_in(text: str, lo: int, hi: int) -> bool:
    """A cheap exact prefilter for :data:`RE_OWN_VERDICT_WAS` over ``text[lo:hi]``, which needs " was ",
    " is ", " were " or " are " before its last words (most colons close no ‘Her advice was clear’)."""
    return any(text.find(v, lo, hi) >= 0 for v in VERDICT_VERBS)

#: What an audience is given, right after it: it heard the words or was told or shown them (‘The
#: jury heard’, ‘The court has heard’, ‘Magistrates were told’, ‘Jurors were shown’, ‘the inquest
#: hears’).
RE_AUDIENCE_VERB = LazyPattern(r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:heard|hears|hear)\b"
                                 r"|[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:told|shown)\b")


#: A claim denied, dismissed or answered, up to the marks that quote its words, no owner named
#: (‘rejected claims that the Government has’, ‘denied allegations that she’, ‘hit back at
#: suggestions of’, ‘amid accusations of’; never ‘rejected Labour's claim that’, ‘claims by MPs that’,
#: nor ‘repeated his claims that’: the subject's own).
RE_CLAIM_DENIED = LazyPattern(
    r"\b(?:(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing"
    r"|refuted|refutes|refuting|rebutted|rebuts|disputed|disputes|disputing)"
    r"|(?:hit|hits|hitting|fired|fires|firing|lashed|lashes) back (?:at|against)|pushed back (?:at|against|on)"
    r"|(?:brushed|brushes|shrugged|shrugs|laughed|laughs|batted|bats|swatted) (?:aside|off|away)"
    r"|(?:played|plays|playing) down|amid|in response to|responding to|responded to)"
    r" (?:(?:the|these|those|any|all|such|fresh|new|recent|repeated|persistent|growing|mounting|widespread|further"
    r"|earlier|opposition|unfounded|baseless)[ \t]+){0,2}"
    r"(?:claims?|allegations?|accusations?|suggestions?|reports?|charges?|criticisms?|assertions?|insinuations?"
    r"|rumou?rs?|speculation)"
    r" (?:that|of)\b(?:(?!\bas\b|\b(?:and|but|while|before)\s+(?:said|says|told|tells|insists|insisted|saying|insisting|described|called"
    r"|added|stressed|maintained|argued|claimed|noted|warned|dismissed|vowed|pledged|promised)\b"
    r"|\b(?:and|but|while|before)\s+(?:repeated|reiterated|responded|replied|answered|countered|retorted|explained)"
    r"(?=\s+that\b|\s*[,:“\"‘])"
    r"|\bby\s+(?:saying|insisting|calling|describing|noting|arguing|stressing|pointing)\b)[^,.;:!?“”\"‘\n]){0,150}$")  # (never past "as" nor a comma: ‘dismissed
# reports of arms shipments as “propaganda”’, ‘pushed back against accusations of sexism, saying … and calling
# him “a feminist”’ are the subject's words)


def _claim_denied(text: str, lo: int, at: int) -> bool:
    """The marks at ``at`` quote a claim the sentence (from ``lo``) denies or answers: its words
    are the claimants', not the subject's.

    >>> t = "Jane Ross denied claims that she had “misled Parliament”."
    >>> _claim_denied(t, 0, t.index("“")), _claim_denied(t.replace("denied", "repeated her"), 0, t.index("“"))
    (True, False)
    """
    return RE_CLAIM_DENIED.search(text, max(lo, at - 240), at) is not None


def _hearing_audience(text: str, mention: Mention) -> bool:
    """The mention is a court, a jury or an inquest that heard the words, never their speaker
    (‘The jury was told the victim had been “left for dead”’, ‘Leeds Crown Court heard how Jones had
    “bragged”’, ‘Jurors were shown a video in which …: “…”’; but ‘The court ruled …’ speaks).

    >>> m = Mention(0, 8, "The jury", "description")
    >>> _hearing_audience("The jury heard he was “sorry”.", m), _hearing_audience("The jury said he was “sorry”.", m)
    (True, False)
    """
    words = mention.text.split()
    return bool(words) and words[-1].lower().strip("’'") in HEARING_BODIES \
        and RE_AUDIENCE_VERB.match(text, mention.end) is not None


#: The one a heard clause is about, right after what an audience heard (‘The inquest heard Miss Lee, a
#: student, had been …’, ‘The court heard that she …’): group "who", a name or "he"/"she".
#:
#: >>> RE_HEARD_CLAUSE_SUBJECT.match(" heard Miss Ann Lee, a student, had").group("who")
#: 'Miss Ann Lee'
#: >>> RE_HEARD_CLAUSE_SUBJECT.match(" heard the victim had") is None
#: True
RE_HEARD_CLAUSE_SUBJECT = LazyPattern(r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:heard|hears|hear|(?:is|was|were|has been) told)"
                                      r"[ \t]+(?:that[ \t]+|how[ \t]+)?(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?"
                                      r"\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+){0,2}|he|she)\b")

#: A finite verb of speech joined by "and" to a heard clause's own verb, ending the words before a
#: quotation, with whom it was said to (‘… pressed a blade to his throat and told him:’) (w60a).
#:
#: >>> RE_JOINED_SPEECH_END.search(" pressed a blade to his throat and told him: ").group(1)
#: 'told'
#: >>> RE_JOINED_SPEECH_END.search(" pressed a blade to his throat and told him the code, ") is None
#: True
RE_JOINED_SPEECH_END = LazyPattern(r"[ \t]+and[ \t]+(\p{Ll}+)(?:[ \t]+(?:him|her|them|me|us))?[ \t]*:[ \t]*$")

#: A clause of another's opening between a heard clause's subject and a verb of speech joined by "and"
#: (‘… drove to the house where the victim's father came out and told him:’) (review rv60a).
#:
#: >>> bool(RE_CLAUSE_OF_ANOTHER.search(" drove to the house where the father came out and"))
#: True
RE_CLAUSE_OF_ANOTHER = LazyPattern(r"\b(?:where|whereupon)\b|\b(?:once|if|unless|since|before|after)[ \t]+"
                                   r"(?:the|his|her|their|its|\p{Lu})")

#: Words before a participle of speech that make it an adjunct of the heard clause's own subject
#: (‘after telling a GP she’, ‘, telling a barmaid:’, ‘before saying’).
#:
#: >>> bool(RE_ADJUNCT_SPEECH_PARTICIPLE.search("was admitted after telling")), bool(RE_ADJUNCT_SPEECH_PARTICIPLE.search("was telling"))
#: (True, False)
RE_ADJUNCT_SPEECH_PARTICIPLE = LazyPattern(r"(?:\b(?:after|before|while|when)|,)[ \t]+(\p{Ll}+ing)\b")

#: A sentence's opening audience, a court, a jury or an inquest, up to the verb of what it heard
#: (‘The inquest’, ‘Leeds Crown Court’, ‘Jurors’).
#:
#: >>> RE_HEARING_AUDIENCE_OPENING.match("Leeds Crown Court heard").group()
#: 'Leeds Crown Court'
RE_HEARING_AUDIENCE_OPENING = LazyPattern(r"[ \t\n]*(?:[Tt]he[ \t]+|[Aa]n?[ \t]+)?(?:\p{L}[\p{L}’'\-]*[ \t]+){0,3}?(?i:"
                                          + "|".join(sorted(HEARING_BODIES)) + r")(?=[ \t]+(?:(?:has|have|had)[ \t]+)?(?:heard|hears|hear|is told|was told|were told|has been told)\b)")

#: Between a heard clause's subject and its participle of speech, another who may be the participle's
#: subject (‘attacked by Tom Hale after telling’, ‘met Ann and Tom Hale before saying’).
#:
#: >>> bool(RE_OTHER_AGENT_BETWEEN.search(" was attacked by Tom Hale after")), bool(RE_OTHER_AGENT_BETWEEN.search(" was admitted to Beckett Ward after"))
#: (True, False)
RE_OTHER_AGENT_BETWEEN = LazyPattern(r"\b(?:by|and|with)[ \t]+(?:the[ \t]+)?\p{Lu}|[“\"‘]"
                                     r"|\b(?:when|while|until|because|whereupon|who|whom|whose)\b|\bas[ \t]+(?:the|an?|his|her|their|\p{Lu})")
#: (a clause of its own between, whose subject the participle may be: ‘Hayes was in the kitchen when the
#: victim rang his sister, telling her …’, ‘Mr Okoro was punched while a second man stood over him, shouting
#: “…”’) (review rv20)


def _heard_clause_speaker(text: str, lo: int, open_at: int) -> Found | None:
    """For a sentence from ``lo`` that opens with a court, a jury or an inquest and what it heard, the
    one the heard clause is about, named or "he"/"she" right after the verb, when a participle of speech
    that is an adjunct of that clause brings in the words (‘The inquest heard Miss Lee, a student, had
    been admitted after telling a GP she “…”’): theirs. None otherwise: what the audience heard
    (‘Magistrates heard Smith had been “abusive”’), whose words nobody named says (w56a).

    >>> t = "The court heard Ann Lee was admitted after telling a GP she “could not cope”."
    >>> _heard_clause_speaker(t, 0, t.index("“")).mention.text
    'Ann Lee'
    >>> t = "The court heard Ann Lee was attacked by Tom Hale after telling a GP she “could not cope”."
    >>> _heard_clause_speaker(t, 0, t.index("“")) is None
    True
    """
    if (audience := RE_HEARING_AUDIENCE_OPENING.match(text, lo, open_at)) is None \
            or (m := RE_HEARD_CLAUSE_SUBJECT.match(text, audience.end(), open_at)) is None:
        return None
    said = None
    for said in RE_ADJUNCT_SPEECH_PARTICIPLE.finditer(text, m.end("who"), open_at):
        pass
    after = m.end("who")
    if said is None and (joined := RE_JOINED_SPEECH_END.search(text, after, open_at)) is not None:
        said = joined  # (or a verb of speech joined to the clause's own, its last: ‘The court heard that Amankwah,
        # who posed as a workman, pressed a blade to his throat and told him: “…”’) (w60a)
        if text.startswith(", who ", after):
            after = text.find(",", after + 6, said.start())  # (past an aside of the subject's own)
            after = said.start() if after < 0 else after
        if RE_CLAUSE_OF_ANOTHER.search(text, after, said.start()) is not None:
            said = None  # (a clause of another's between, whose verb "and told" may be: ‘Reid drove to the
            # house where the victim's father came out and told him:’, review rv60a)
    if said is None or said.group(1) not in SPEECH_VERBS or RE_OTHER_AGENT_BETWEEN.search(text, after, said.start()) is not None \
            or any(c in text[said.end():open_at] for c in ".;!?"):
        return None
    who = m.group("who")
    if who.endswith(("’s", "'s", "’", "'")):
        return None  # (a possessive, whose own is the subject: ‘The court heard Carr’s mother arrived, telling
        # officers …’ is no Carr's) (review rv20)
    return Found(Mention(m.start("who"), m.end("who"), who, "pronoun" if who in ("he", "she") else "name"), None, "subject", said.group(1))

#: After a sentence's subject, a verb of telling and a clause about another, named or "he"/"she", that
#: ends with a participle of speech bringing in the words (‘she said he had studied it for a long time
#: before remarking:’, ‘Okafor recalled that Lena Ruiz had paused, then adding:’): group ``who`` is the one
#: whose words they are, never the teller (w90d).
#:
#: >>> RE_TOLD_CLAUSE_SPEAKS.match(" said he had studied it for a long time before remarking: ").group("who")
#: 'he'
#: >>> [bool(RE_TOLD_CLAUSE_SPEAKS.match(t)) for t in (" said he had waited before she said:", " said he had left:")]
#: [False, False]
#: >>> bool(RE_TOLD_CLAUSE_SPEAKS.match(" said Jo Hill was taken off after limping, before adding: "))  # (guard, rv_w90d)
#: False
RE_TOLD_CLAUSE_SPEAKS = LazyPattern(
    r",?[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:said|says|recalled|recalls|explained|explains|remembered|remembers|told[ \t]+\p{Ll}+)"
    r"(?:[ \t]+that)?[ \t]+(?P<who>he|she|\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+){0,2})[ \t]+"
    r"(?:had|has|was|would|then|first|\p{Ll}+ed)\b(?:(?!\b(?:he|she|they|I|we)\b)[^“”‘’\":;.!?\n]){0,120}?"
    r"(?<!,)[ \t]\b(?:before|after|then|and|while)[ \t]+(?:remarking|saying|adding|asking|quipping|joking|declaring|observing|"
    r"replying|commenting|telling[ \t]+(?:him|her|them|me|us))[ \t]*:[ \t]*$")


def _told_clause_speaker(text: str, subject: Mention, open_at: int) -> Found | None:
    """The one a clause after the subject's verb of telling is about, when a participle of speech at
    its end brings in the words (:data:`RE_TOLD_CLAUSE_SPEAKS`) and that one is not the subject (another
    name, or the pronoun of the other sex): ‘Asked what he said, she said he had studied it before
    remarking: “…”’ is his. None for any other sentence.

    >>> t = "She said he had studied it for a long time before remarking: “Good.”"
    >>> _told_clause_speaker(t, Mention(0, 3, "She", "pronoun"), t.index("“")).mention.text
    'he'
    >>> t = "Mira Holt said Tom Ree had studied it before remarking: “Good.”"
    >>> _told_clause_speaker(t, Mention(0, 9, "Mira Holt", "name"), t.index("“")).mention.text
    'Tom Ree'
    >>> t = "She said she had paused before adding: “Good.”"
    >>> _told_clause_speaker(t, Mention(0, 3, "She", "pronoun"), t.index("“")) is None
    True
    """
    if not text[subject.end:open_at].rstrip().endswith(":"):
        return None  # (cheap test first: the words follow a colon)
    m = RE_TOLD_CLAUSE_SPEAKS.match(text, subject.end, open_at)
    if m is None:
        return None
    who = m.group("who")
    if who in ("he", "she"):
        if subject.text.lower() not in ("he", "she") or subject.text.lower() == who:
            return None  # (the subject's own words, as the cue says: ‘she said she had paused before adding:’;
            # a pronoun is another's only after the other sex's pronoun, which alone tells the sexes here)
    elif set(who.split()) & set(subject.text.split()) or who.split()[0] in NOT_NAMES:
        return None  # (the subject named again, or no name: ‘Holt said Holt had …’, ‘She said The …’)
    return Found(Mention(m.start("who"), m.end("who"), who, "pronoun" if who in ("he", "she") else "name"), None,
                 "subject", "said")


#: A message a person named right after it sent (their role set off before the name, perhaps), or sent
#: from their account, up to the colon or the "that read" before its words (‘a text message Reyes sent to
#: a co-worker in May:’, ‘an email the site manager, Ann Roe, sent her boss:’, ‘an email, sent
#: from Harding's work account in 2021, that read:’): group 1 or 2 is the sender.
RE_NAMED_SENDER_AFTER = LazyPattern(
    r"\b(?:message|text|email|e-mail|letter|note|voicemail)s? (?:that |which )?"
    # (the sender's role set off before the name: ‘an email the landlord’s property manager, Dwight Kerr,
    # sent the tenant:’)
    r"(?:(?:the|his|her|their|its) [^,;:“”\"‘]{1,50}?, (?=\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}, (?:had )?sent\b))?"
    r"(?!(?:He|She|They|It|We|Police|Officers)\b)(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}),? (?:had )?"
    r"(?:sent|wrote|texted|emailed|left|posted)\b"
    # (never one passed on: ‘…, sent to staff, forwarding a complaint from a tenant:’)
    r"(?:(?!\b(?:forward\w*|quot(?:ing|ed)|relay\w*|passing|attach\w*|contain\w*|includ\w*|citing)\b)[^“”‘’\":;.]){0,80}:\s*$"
    r"|\b(?:message|text|email|e-mail|letter|note)s?, (?:sent|written|posted) from "
    r"(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2})['’]s? (?:\p{Ll}+ ){0,2}(?:account|phone|address|device)\b"
    r"[^;:“”\"]{0,60}?, (?:that |which )?(?:read|said|stated)[:,]?\s*$")

#: A sentence that only hands over a message's words (‘It read:’, ‘The email said:’), whose sender the
#: sentence before names.
#: Or only part of them, as a live page gives an open letter (‘It reads in part:’, w54b).
#: Or one of several messages the sentence before says were sent, by "One read:" (never "One said:", which
#: may be one of any people: ‘Several victims attended. One said:’), w106c:
#:
#: >>> bool(RE_IT_READ.match("One read:")), bool(RE_IT_READ.match("Another read:")), bool(RE_IT_READ.match("One said:"))
#: (True, True, False)
RE_IT_READ = LazyPattern(r"(?:(?:It|The (?:message|text|text message|email|e-mail|letter|note)) (?:reads?|said|stated)"
                         r"|(?:One|Another|The (?:first|second|last|latest|final)(?: one)?) read)(?:,? in part)?[:,]?\s*$")

#: A named sender of a message, in the sentence before one that hands over its words (‘The court
#: heard that Otieno had sent a text message to his cousin.’), or its author who published it (‘Chief
#: executive Lena Dahl has published an open letter to customers.’, w54b).
RE_NAMED_SENT_MESSAGE = LazyPattern(
    r"(?<![\p{L}’'])(?!(?:He|She|They|It|We|Then|Later|Earlier|Also|Police|Officers|The)\b)"
    r"(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?:had |has |then )?(?:sent|posted|wrote|texted|emailed|(?P<pub>published)) "
    r"(?:a|an|the|one|another) (?:[\p{L}\-]+ ){0,2}(?:message|text|email|e-mail|letter|note)\b"
    r"(?(pub)(?! (?:from|by)\b)(?![^.;:“”\"]*?\b(?:wrote|written|sent|signed|penned)\b))")
# (one who publishes someone else's letter is no sender: ‘X published a letter from parents’, ‘X has
# published a letter her late father wrote’, review rv18)

#: Senders of messages the sentence before names in other shapes than :data:`RE_NAMED_SENT_MESSAGE`'s (w106c):
#: a count of them sent (‘Mr Crewe sent more than 40 WhatsApp messages to the woman.’), sent from one's
#: own phone or account (‘The board was shown messages sent from Sgt Rourke’s phone.’), or one a
#: message's own clause names as its sender (‘Vidal showed the court an email he said Almada had sent to a
#: co-defendant.’). Group "who" is the sender.
#:
#: >>> RE_OTHER_NAMED_SENT_MESSAGES.search("Mr Crewe sent more than 40 WhatsApp messages to her.").group("who")
#: 'Mr Crewe'
#: >>> RE_OTHER_NAMED_SENT_MESSAGES.search("The board saw messages sent from Sgt Rourke’s phone.").group("who")
#: 'Sgt Rourke'
#: >>> RE_OTHER_NAMED_SENT_MESSAGES.search("Vidal showed an email he said Almada had sent to a colleague.").group("who")
#: 'Almada'
#: >>> RE_OTHER_NAMED_SENT_MESSAGES.search("Ann Lee received 40 messages from the bank.") is None
#: True
RE_OTHER_NAMED_SENT_MESSAGES = LazyPattern(
    r"(?<![\p{L}’'])(?!(?:He|She|They|It|We|Then|Later|Earlier|Also|Police|Officers|The)\b)"
    r"(?P<who>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?:had |has |then )?(?:sent|posted|wrote|texted|emailed) "
    r"(?:(?:more than |over |at least |about |nearly |almost |some )?\d[\d,]*|several|dozens of|hundreds of|scores of"
    r"|a (?:series|string|stream|barrage|flurry) of) (?:[\p{L}\-]+ ){0,2}(?:messages|texts|emails|e-mails|letters|notes)\b"
    r"|\b(?:messages|texts|emails|e-mails|letters|notes) (?:sent|written|posted) from "
    r"(?P<who>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2})[’']s? (?:\p{Ll}+ )?(?:phone|account|address|device)\b"
    r"|\b(?:an?|the) (?:[\p{L}\-]+ ){0,2}?(?:message|text|email|e-mail|letter|note) (?:(?:that|which) )?"
    r"(?:(?:he|she|they|prosecutors|police|investigators) (?:said|says|alleged|alleges|claimed|claims) )?"
    r"(?!(?:He|She|They|It|We)\b)(?P<who>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?:had )?(?:sent|written|wrote|texted|emailed)\b")


#: After a message's sender and verb of sending, a comma then a clause of someone else's speech before the colon.
RE_OTHER_SPEAKS_AFTER_SENDING = LazyPattern(
    r",\s+(?:[\p{L}\-’'.]+\s+){0,5}?(?:said|says|wrote|writes|replied|replies|added|adds|told|stated|states|"
    r"responded|responds|declared|insisted|answered|warned)\b")


#: Verbs of sending, one of which a sender named after a message needs (:data:`RE_NAMED_SENDER_AFTER`),
#: looked for before the pattern runs.
SENDING_WORDS = (" sent ", " written ", " wrote ", " left ", " texted ", " emailed ", " posted ")


def _sender_named_after(text: str, lo: int, hi: int) -> Mention | None:
    """The sender a message's relative clause names (:data:`RE_NAMED_SENDER_AFTER`) before the words at
    ``hi``; None for any other sentence.

    >>> t = "Prosecutors showed jurors a text message Reyes sent to a co-worker in May:"
    >>> _sender_named_after(t, 0, len(t)).text, _sender_named_after("She sent a text:", 0, 16)
    ('Reyes', None)
    """
    if not any(text.find(verb, lo, hi) >= 0 for verb in SENDING_WORDS):
        return None  # (a cheap exact test first: the pattern holds a verb of sending)
    m = RE_NAMED_SENDER_AFTER.search(text, lo, hi)
    if m is None:
        return None
    if m.group(1) and RE_OTHER_SPEAKS_AFTER_SENDING.search(text, m.end(1), m.end()) is not None:
        return None  # (the message is only the occasion: ‘In response to a letter Mr Hughes sent last month, the
        # council said:’, ‘Replying to an email Sarah Lind sent on Friday, Mayor Ann Cole wrote:’)
    g = 1 if m.group(1) else 2
    return Mention(m.start(g), m.end(g), m.group(g), "name")


def _sender_of_it_read(text: str, lo: int, hi: int) -> Mention | None:
    """For a sentence that only hands over a message's words (‘It read:’), the one the sentence
    before, in the same paragraph, says sent the message, named and alone (‘The court heard that
    Otieno had sent a text message to his cousin. It read: “…”’); None otherwise.

    >>> t = "Otieno had sent a text message to his cousin. It read:"
    >>> _sender_of_it_read(t, 46, len(t)).text, _sender_of_it_read("She got a text. It read:", 16, 24)
    ('Otieno', None)
    >>> t = "Chief executive Lena Dahl has published an open letter to customers. It reads in part:"
    >>> _sender_of_it_read(t, 69, len(t)).text
    'Lena Dahl'
    >>> t = "Mr Crewe sent more than 40 WhatsApp messages to the woman. One read:"
    >>> _sender_of_it_read(t, 59, len(t)).text
    'Mr Crewe'
    """
    if RE_IT_READ.match(text, lo, hi) is None or text[lo:hi].strip().count(" ") > 3:
        return None
    before = text.rfind(". ", 0, lo - 1)
    p_lo = max(before + 2 if before >= 0 else 0, text.rfind("\n", 0, lo) + 1)
    found = [(m.start(1), m.end(1), m.group(1)) for m in RE_NAMED_SENT_MESSAGE.finditer(text, p_lo, lo)]
    found += [(m.start("who"), m.end("who"), m.group("who")) for m in RE_OTHER_NAMED_SENT_MESSAGES.finditer(text, p_lo, lo)
              if m.group("who").lower() not in DESCRIPTION_NOUNS]  # (never people of a
    # kind opening the sentence: ‘Residents sent dozens of letters to the council. One read: …’ is one resident's)
    if len(found) != 1:
        return None  # (none, or two senders: either may be the one)
    return Mention(found[0][0], found[0][1], found[0][2], "name")


#: After a message's noun, who sent it: "sent by" or "from", then a name, which a lowercase role may
#: lead (‘senior engineer X’, ‘Holloway co-founder X’) or a description set off before it may stand
#: for (‘by the resort's lift supervisor, X, to his manager’), or a name and "sent" (‘a Slack message
#: X sent in June’). The name ends the phrase, never a possessive (‘sent by Monday's deadline’).
#:
#: >>> RE_SENT_BY_AFTER_MESSAGE.match(", sent at 3:52 a.m. by nurse Bethany Corr to a colleague").group("who")
#: 'Bethany Corr'
#: >>> RE_SENT_BY_AFTER_MESSAGE.match(" sent by post in March") is None
#: True
RE_SENT_BY_AFTER_MESSAGE = LazyPattern(
    r"s?(?:,? (?:that |which )?(?:was |were )?(?:sent|written|posted|typed)(?: [^,;“”\"‘’]{1,40}?)?? by | from )"
    r"(?:(?:the|a|an|his|her|their|its) [^,;:“”\"‘]{1,50}?, (?=\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,3},))?"
    r"(?:(?:\p{Lu}[\p{L}\-]+ )?(?:(?!(?:the|a|an|his|her|their|its|to|and|or|in|on|at|of|for|with|from|post|hand|mail|email|fax|courier) )\p{Ll}[\p{Ll}\-]+ ){1,3})?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Sgt|Capt|Col|Lt|Rev)\. )?"  # (an honorific's stop is no name's end)
    r"(?P<who>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,3})(?=,| to | in | on | at | that | which | read\b| sent\b|\.|$)"
    r"|s? (?:that |which )?(?P<who>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?:had )?sent\b")

#: (prefilter) Words one of which every match of :data:`RE_SENT_BY_AFTER_MESSAGE` holds: the "by" after a
#: verb of sending, "from", or "sent" after the sender's name.
SENT_BY_WORDS = (" by ", " from ", " sent")

#: A sentence's end that hands over the words of the message it names (‘…, which read:’, ‘… read:’).
RE_READ_END = LazyPattern(r"(?:,? (?:that|which))? reads?[:,]?\s*$")

#: A sentence opening "The <noun> " (‘The email read:’): the noun, the message's own.
RE_THE_NOUN_OPENS = LazyPattern(r"The ([\p{L}\-]+) ")

#: Another thing joined after a message's sender (‘…, and the manager's reply’, ‘, along with her notes’).
RE_ANOTHER_THING_JOINED = LazyPattern(r"(?:,? and|, as well as|, along with) (?:the|a|an|his|her|their|its|\p{Lu}[\p{L}\-]+['’]s)\b")

#: Carriers a message may be sent by, never its sender (‘a letter sent by Royal Mail’, ‘sent by SMS’).
MESSAGE_CARRIERS = frozenset(["royal mail", "an post", "canada post", "australia post", "usps", "fedex", "dhl", "ups",
                              "sms", "mms", "imessage", "messenger", "signal", "email", "courier"])

#: How far before the words a message sent by someone may be named (its sentence, or the one before
#: a sentence that only says ‘It read:’).
SENT_BY_REACH = 300


def _message_sent_by(text: str, lo: int, hi: int) -> Mention | None:
    """The named sender of the message whose words follow ``hi``, when the sentence ends by saying the
    message read them (‘One message, sent by senior engineer Paul Ames in March, read:’, ‘a WhatsApp
    message sent by Ames to Boyd in 2020, which read:’) or is only ‘It read:’ after a sentence that
    names the message and its sender (‘… an email sent at 9pm by the site manager, Ed Cole, to his
    boss. It read:’); see :data:`RE_SENT_BY_AFTER_MESSAGE`. None otherwise: never a day, a place, a
    word that is no name, nor a message sent by post.

    >>> t = "One message, sent by senior engineer Paul Ames in March 2018, read:"
    >>> _message_sent_by(t, 0, len(t)).text
    'Paul Ames'
    >>> t = "It was a text sent at 3 a.m. by nurse Beth Corr to a colleague. It read:"
    >>> _message_sent_by(t, t.index("It read"), len(t)).text
    'Beth Corr'
    >>> _message_sent_by("A letter sent by post read:", 0, 27), _message_sent_by("Jo sent a letter by hand.", 0, 25)
    (None, None)
    """
    head = text[lo:hi].rstrip()
    if not (head.endswith("read:") or head.endswith("read,") or head.endswith("reads:") or head.endswith("read")):
        return None  # (a cheap exact test first: most sentences end otherwise)
    if RE_IT_READ.match(text, lo, hi) is not None and head.count(" ") <= 3:
        p_lo = max(text.rfind("\n", 0, lo) + 1, lo - SENT_BY_REACH)
        s_lo, s_hi = last_sentence_start(text, p_lo, lo), lo  # (the sentence before, past abbreviations: ‘…
        # sent by Dr. Paul Ames to his boss. It read:’)
    elif RE_READ_END.search(head) is not None:
        s_lo, s_hi = lo, hi
    else:
        return None
    nouns = SENT_BY_MESSAGE_WORDS
    if s_hi == lo and (own := RE_THE_NOUN_OPENS.match(text[lo:hi])) is not None:
        nouns = tuple(w for w in SENT_BY_MESSAGE_WORDS if w == " " + own.group(1).lower()) or nouns  # (‘The
        # email read:’ is the email's, never a note it forwards named after it)
    at = max(text.rfind(w, s_lo, s_hi) for w in nouns)
    if at < 0:
        return None
    end = next(at + len(w) for w in nouns if text.startswith(w, at))
    if not any(text.find(w, end, s_hi) >= 0 for w in SENT_BY_WORDS):
        return None  # (a plain test first: the pattern is compiled only for an article that may need it)
    m = RE_SENT_BY_AFTER_MESSAGE.match(text, end, s_hi)
    if m is None:
        return None
    if s_hi == lo and RE_ANOTHER_THING_JOINED.search(text, m.end("who"), s_hi) is not None:
        return None  # (‘… an email sent by X to her manager, and the manager's reply. It read:’: "it" may be the other)
    who = m.group("who")
    words = who.split()
    if who.lower() in PLATFORM_NAMES or who.lower() in MESSAGE_CARRIERS or who.split()[0].lower() in PLATFORM_NAMES:
        return None  # (how it went, never who sent it: ‘a message sent by WhatsApp at 2am’, ‘sent by Royal Mail’,
        # ‘by Facebook Messenger’)
    if any(w in WEEKDAY_NAMES or w in MONTH_NAMES or w.lower() in NOT_NAMES for w in words) \
            or (len(words) == 1 and (words[0].lower() in ONE_WORD_PLACES or words[0].lower() in SENDER_PLACES)) \
            or text.startswith(("’s", "'s"), m.end("who")):
        return None  # (never a day nor a place: ‘a letter sent by Monday's deadline’, ‘a message from Gaza’)
    return Mention(m.start("who"), m.end("who"), who, "name")


#: The verbs every match of :data:`RE_SENDER` ends with.
SENDER_READS = ("read", "said", "stated")


#: A message and, in the relative clause after it, a pronoun that sent it to someone, up to the
#: colon before the words (‘a text message he sent her in January, the day after the session:’,
#: ‘the last email she wrote him:’).
RE_PRONOUN_SENT = LazyPattern(r"\b(?:text|texts|message|messages|email|emails|e-mail|letter|letters|note|notes|postcard|voicemail)"
                              r" (?:that |which )?(?P<who>he|she) (?:had )?(?:sent|wrote|texted|emailed|left|posted) "
                              r"(?:her|him|me|them|us|his \p{Ll}+|her \p{Ll}+)\b[^“”‘’\":;.]{0,80}:\s*$")


def _pronoun_sender(text: str, lo: int, hi: int) -> Mention | None:
    """The pronoun that sent the message whose words follow the colon at ``hi``
    (:data:`RE_PRONOUN_SENT`); None for any other sentence.

    >>> t = "She shows me a text message he sent her in January:"
    >>> _pronoun_sender(t, 0, len(t)).text, _pronoun_sender("She shows me a text message:", 0, 28)
    ('he', None)
    """
    if not text[lo:hi].rstrip().endswith(":") or (text.find(" he ", lo, hi) < 0 and text.find(" she ", lo, hi) < 0):
        return None  # (cheap exact tests first: the pattern ends at the colon before the words, and its
        # pronoun follows the message's noun and a space)
    at = text.find(" sent ", lo, hi)
    if at < 0:
        at = max(text.find(w, lo, hi) for w in (" wrote ", " texted ", " emailed ", " left ", " posted "))
    if at < 0:
        return None
    m = RE_PRONOUN_SENT.search(text, max(lo, at - 40), hi)
    return Mention(m.start("who"), m.end("who"), m.group("who"), "pronoun") if m is not None else None


#: A message owned by "his" or "her", or sent from a kinsman's phone or account, up to the colon before
#: its words (‘She was holding a printout of his last message, sent on Sunday:’, ‘a text she got from her
#: son’s borrowed phone:’): the owner is its speaker, never the one who holds or shows it. Group ``who``:
#: the owner; no article between "her" and the noun (‘He sent her a message:’ is his), no clause
#: with its own subject after the noun (‘In his letter, he wrote:’ is the writer's, as the cue says).
#:
#: >>> [bool(RE_OWNED_MESSAGE.search(t)) for t in ("She held his last Facebook message, sent at dawn:",
#: ...  "a text from her son’s borrowed phone:", "He sent her a message:", "She read his daughter’s note:")]
#: [True, True, False, False]
#: >>> [bool(RE_OWNED_MESSAGE.search(t)) for t in ("a copy of her final WhatsApp message:", "In his letter, he wrote:")]
#: [True, False]
#: >>> [bool(RE_OWNED_MESSAGE.search(t)) for t in ("In his resignation letter, Ree wrote:", "In her letter, the council said:")]
#: [False, False]
RE_OWNED_MESSAGE = LazyPattern(
    r"(?:\b(?P<who>[Hh]is|[Hh]er) (?:(?!a\b|an\b|the\b)[\p{L}\-]+ ){0,3}?(?:text message|message|text|voicemail|note|post|email|letter)"
    r"|\b(?:message|text|voicemail|note|email|letter)\b[^“”‘’\":;.]{0,60}? from (?P<who>(?:his|her) (?:" + "|".join(
        ("husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "partner", "fiancée?", "boyfriend",
         "girlfriend")) + r"))['’]s (?:[\p{Ll}\-]+ )?(?:phone|mobile|cellphone|account|number)"
    r")(?:,? (?:(?!(?:he|she|they|we|I|wrote|writes|written|said|says|added|adds|told|tells|explained|declared|stated|"
    r"concluded|insisted|warned|posted|penned|typed|explains|recalls|recalled|notes|noted)\b|\p{Lu}[^“”‘’\":;.’ ]* \p{Ll}+(?:ed|s)\b)[^“”‘’\":;.’ ]+ ?){0,8})?:\s*$")
# (guard, review rv_w90d: no name followed by a verb, and no verb of writing or saying, after the noun: ‘In his
# resignation letter, Ree wrote:’ is Ree's, as the cue says)


def _message_owner(text: str, lo: int, hi: int) -> Mention | None:
    """The owner of a message whose words follow the colon at ``hi`` (:data:`RE_OWNED_MESSAGE`): "his"
    or "her", or the kinsman from whose phone it came; None for any other sentence.

    >>> t = "She was holding a printout of his last message, sent on Sunday:"
    >>> _message_owner(t, 0, len(t)).text, _message_owner("She shows me a text message:", 0, 28)
    ('his', None)
    >>> t = "She showed a text she got from her son’s borrowed phone:"
    >>> _message_owner(t, 0, len(t)).text
    'her son'
    """
    if not text[lo:hi].rstrip().endswith(":") or (text.find("his ", lo, hi) < 0 and text.find("her ", lo, hi) < 0
                                                  and text.find("His ", lo, hi) < 0 and text.find("Her ", lo, hi) < 0):
        return None  # (cheap exact tests first)
    m = RE_OWNED_MESSAGE.search(text, max(lo, hi - 160), hi)
    if m is None:
        return None
    who = m.group("who")
    return Mention(m.start("who"), m.end("who"), who, "pronoun" if " " not in who else "description")


#: One who sends or writes messages, the subject of the paragraph's first sentence (‘Aoife still sends
#: her brother messages.’, ‘Every week Tomasz writes his mother letters.’).
RE_SENDS_MESSAGES = LazyPattern(r"(?:^|(?<=[\s,]))(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}) (?:still |often |regularly |sometimes )?"
                                r"(?:sends|writes|texts|leaves|sent|wrote|texted|left) (?:[\p{Ll}’']+ ){0,3}?"
                                r"(?:messages|texts|letters|notes|emails|postcards|voicemails)\b[^.!?“”‘’\"]{0,80}[.!?]")


#: What may stand before the colon of one of the messages a paragraph says someone sends: an occasion
#: or "another", "one", "the latest" (‘On his birthday:’, ‘Another, from last Christmas:’, ‘And from
#: her birthday:’, ‘The latest:’), nothing with a verb or another's noun.
RE_MESSAGE_LEAD = LazyPattern(r"(?:(?:And|But|Then) )?(?:(?:Another|One|The (?:last|latest|first|next|most recent)(?: one)?),? ?)?"
                              r"(?:(?i:from|on|at|for|after|before|in|sent on|sent at|dated) [^:“”\"]{1,40}?)?:")


def _own_saying_fits(text: str, whose, pronoun: str, at: int) -> bool:
    """Guard: "his"/"her" of a saying before a colon is ``whose`` only when that one is of the pronoun's
    sex and no pronoun of the other sex stands between their last mention and the saying (‘Nicola
    Sturgeon stood beside her successor. His message to voters was simple:’ is the successor's)."""
    sex = {"he": "m", "she": "f"}.get(pronoun)
    if sex is None or whose.gender != sex:
        return False
    last = max((e for s_, e in whose.spots if e <= at), default=None)
    if last is None:
        return True
    other = r"\b(?i:she|her|hers|herself)\b" if sex == "m" else r"\b(?i:he|him|his|himself)\b"
    return regex.search(other, text[last:at]) is None


def _sender_of_messages(text: str, sp: Span) -> Mention | None:
    """For words a colon introduces with no speaker, the one the paragraph's first sentence says
    sends such messages (:data:`RE_SENDS_MESSAGES`), named; None otherwise.

    >>> from quotesearch.quote_spans import Span
    >>> t = "Aoife still sends her brother messages. On his birthday: “Come home.”"
    >>> _sender_of_messages(t, Span(t.index("C"), len(t) - 1, t.index("“"), len(t), 0, 0, len(t), False, False)).text
    'Aoife'
    """
    head = text[sp.para_start:min(sp.open_at, sp.para_start + 200)]
    if not any(w in head for w in (" messages", " texts", " letters", " notes", " emails", " postcards", " voicemails")):
        return None
    m = RE_SENDS_MESSAGES.match(text, sp.para_start, sp.open_at)
    if m is None or m.group(1).split()[0] in ("He", "She", "They", "It", "We", "I", "You", "The", "This"):
        return None
    lead = regex.split(r"[.!?]\s+", text[m.end():sp.open_at].rstrip())[-1]
    if RE_MESSAGE_LEAD.fullmatch(lead.strip()) is None:
        return None  # (guard: only a message's own occasion before the colon, ‘On his birthday:’, ‘Another,
        # from last Christmas:’; never a sentence of someone else's answer: ‘The answer never changed:’,
        # ‘Her reply, in a voice note:’, ‘The prison’s policy is strict:’)
    return Mention(m.start(1), m.end(1), m.group(1), "name")


def _names_a_verb_of_sending(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` holds one of :data:`SENDER_READS`: a quick test before :data:`RE_SENDER`, which
    would otherwise try every position of the words before each quotation.

    >>> _names_a_verb_of_sending("One message, sent by Maguire, read:", 0, 35), _names_a_verb_of_sending("He wrote:", 0, 9)
    (True, False)
    """
    return any(text.find(verb, lo, hi) >= 0 for verb in SENDER_READS)


#: Who sent a message, after "from": a name or a description of one to five words (‘a Twitch
#: employee’, ‘the company's head of safety’, ‘Lena Ortiz’), nothing set off.
RE_MESSAGE_SENDER = LazyPattern(r"(?:(?:the|a|an|one|another|his|her|their|its) )?[\p{L}\d’'\-]+(?: [\p{L}\d’'\-]+){0,4}")


#: How far before the words a message's verb may stand when the words are a fragment of what it said
#: (‘an email from Nakamura saying the plan was “dead”’).
MESSAGE_GIST_REACH = 80


def message_from(text: str, lo: int, hi: int) -> tuple[int, int, int] | None:
    """Where " from " starts, and the span of whoever it names, when the words before ``hi`` are a
    message's that a report names after "from" (‘a letter from Kim that read:’, ‘a note from Kim
    saying’, ‘an email from Nakamura saying the plan was’); the one it was sent to is cut off (‘a letter
    from Kim to Trump that read’). None for any other sentence.

    >>> t = "Trump got a letter from Kim to Moon that read:"
    >>> f, s, e = message_from(t, 0, len(t)); t[s:e]
    'Kim'
    >>> message_from("A letter from Kim said the plan was", 0, 35), message_from("He said:", 0, 8)
    (None, None)
    """
    if text.find(" from ", lo, hi) < 0:
        return None  # (a cheap exact test first: the " from " searched for below stands before ``hi``)
    head = text[lo:hi].rstrip(" :,")
    cut = next((len(head) - len(e) for e in MESSAGE_READ_ENDS if head.endswith(e)), None)
    if cut is None:
        cut = _message_gist_cut(head)
        if cut is None:
            return None  # (most sentences: a plain test of the end first)
    at = text.rfind(" from ", lo, lo + cut)
    if at < 0 or lo + cut - at > 70:
        return None
    nouns = text[max(lo, at - 40):at].lower().replace("’s", "").split()[-3:]
    if not any(w.strip(",") in SENT_MESSAGE_NOUNS for w in nouns):
        return None  # (a message, a post, a reply; never ‘a quote from the film that read’)
    s, e = at + 6, lo + cut
    to = text.find(" to ", s, e)
    return at, s, to if to > s else e  # (never the one it was sent to: ‘a message from Ramaphosa to ANC members’)


def _message_gist_cut(head: str) -> int | None:
    """Where a message's participle or relative stands in ``head`` when what follows it, up to the
    marks, is the gist of what the message said, with no speech verb of its own (‘an email from
    Nakamura saying the plan was’; never ‘… saying the plan was dead, and Jones said it was’)."""
    tail = head[-MESSAGE_GIST_REACH:]
    best, end = max((tail.rfind(e + " "), e) for e in MESSAGE_READ_ENDS)
    if best < 0:
        return None
    rest = tail[best + len(end):]
    if any(c in rest for c in ";:") or any(w.strip(",").lower() in SPEECH_VERBS for w in rest.split()):
        return None
    return len(head) - len(tail) + best


def message_sender(text: str, lo: int, hi: int) -> Mention | None:
    """The sender of the message whose words a sentence's relative clause or participle gives, named
    after "from" (‘X shared a screenshot of a message from a Twitch employee that read: “…”’: the
    employee's, never X's, who only shared it; ‘Lee received a note from Kim saying “…”’: Kim's, named
    once or more); None for any other sentence (‘a letter from 2019 that read’ is no one's: the sender
    must be a person or a body, never a date nor a capital, :data:`SENDER_PLACES`).

    >>> t = 'Kai posted a message from a Twitch employee that read: "Hi."'
    >>> message_sender(t, 0, t.index('"')).text
    'a Twitch employee'
    >>> [message_sender(t, 0, len(t)) for t in ("He found a note from 2019 that read:", "a text from his phone that read:")]
    [None, None]
    >>> [message_sender(t, 0, len(t)).text for t in ("Lee got a letter from Kim to Moon saying", "a note from Putin that read:")]
    ['Kim', 'Putin']
    """
    sent = message_from(text, lo, hi)
    if sent is None:
        return None
    _, s, e = sent
    if RE_MESSAGE_SENDER.fullmatch(text, s, e) is None or any(c.isdigit() for c in text[s:e]):
        return None
    words = text[s:e].split()
    if words[0].lower() in ARTICLES or words[0].lower() in ("one", "another", "his", "her", "their", "its"):
        head = description_head(text[s:e]) if len(words) > 1 and words[-1].isalpha() and words[-1].islower() else None
        if head is None or head in THING_NOUNS and head not in BODY_NOUNS:
            return None  # (a person or a body described, ending with its noun: ‘a Reddit administrator’,
            # ‘the company’; never ‘his phone’, ‘an old account’)
        return Mention(s, e, text[s:e], "description")
    if not all(w[:1].isupper() for w in words) or any(w.lower() in NOT_NAMES for w in words) \
            or (len(words) == 1 and (words[0].lower() in ONE_WORD_PLACES
                                     or (words[0].lower() in SENDER_PLACES and not _personal_word(words[0])))):
        return None  # (never a day or a place: ‘a message from Gaza that read’; but ‘a message from
        # Ahmed’, ‘a text from Mum’, ‘a letter from Putin’ are someone's)
    return Mention(s, e, text[s:e], "name")


def _without_recipient(words: str) -> str:
    """A description of a document without the one it was sent to after its sender (‘An email from
    Hargreaves to staff’ → ‘An email from Hargreaves’): the sender is whose words it holds.

    >>> _without_recipient("a letter from Elon Musk to Prime Minister Keir Starmer"), _without_recipient("the note to Kim")
    ('a letter from Elon Musk', 'the note to Kim')
    >>> _without_recipient("A follow-up email from Ward two weeks later"), _without_recipient("a text from Mensah on Friday")
    ('A follow-up email from Ward', 'a text from Mensah')
    """
    at = words.find(" from ")
    to = words.find(" to ", at + 6) if at > 0 else -1
    words = words[:to] if to > 0 else words
    when = RE_SENT_WHEN.search(words, at + 6) if at > 0 else None
    return words[:when.start()] if when is not None else words  # (nor when it was sent: ‘an email from
    # Ward two weeks later’, ‘a text from Mensah on Friday’ are Ward's, Mensah's)


#: When a message was sent, after its sender at a description's end (‘… from Ward two weeks later’, ‘… from
#: Mensah on Friday’, ‘… from Ng in March’, ‘… from Lee last year’).
#:
#: >>> [bool(RE_SENT_WHEN.search(t)) for t in ("from Ward two weeks later", "from Ng in March 2021", "from Kim")]
#: [True, True, False]
RE_SENT_WHEN = LazyPattern(
    r" (?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|months?|years?|hours?) "
    r"(?:later|earlier|before|after)|(?:last|that|the next|the following|the same) (?:day|night|week|month|year|morning|evening)"
    r"|(?:on|last|that|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|in (?:" + "|".join(MONTH_NAMES) + r"|\d{4})(?: \d{4})?|(?:earlier|later) (?:that|this) (?:day|week|month|year))$")


def _passed_on(text: str, lo: int, hi: int) -> bool:
    """The words from ``lo`` to ``hi`` (a mention's end to a message's " from ") hold a verb of getting
    or passing the message on (:data:`PASSED_ON_VERBS`): ‘Farmers received a letter’, ‘The White House
    released a letter’."""
    return hi - lo <= 80 and any(w.strip(",").lower() in PASSED_ON_VERBS for w in text[lo:hi].split())
