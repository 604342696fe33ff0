"""Questions and answers: who asked and who answered (a briefing's reporter, a witness, a party
asked), and the answer given to a question put.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import Found, _token_after, last_sentence_start, sentence_ends
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import COURT_WRITINGS, READ_OUT_MESSAGES, RE_COURT_WRITER, RE_JUDGE_NAMED, THING_NOUNS
from quotesearch.role_words import (
    BRIEFING_ASKER_NOUNS, DESCRIPTION_NOUNS, GENDERED_NOUNS, HAILED_TITLES, LEADER_BY_VERB, QUESTIONER_HAILS, ROLE_NOUNS,
    WITNESS_REACH_PARAGRAPHS,
)
from quotesearch.mentions import mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.tokens import RE_CAPWORD, Token, tokenize, word_positions
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.interviews import ASKING_CUES, RE_NAME_WORD, RE_YOU, _only_a_question, _only_questions
from quotesearch.relations import _only_one
from quotesearch.writers import GENDERS, _addresses


def _asker(text: str, surname: str, lo: int, hi: int) -> bool:
    """The surname is the subject of an active verb of asking in ``text[lo:hi]`` ("Cole
    interviewed Kane", "Brandt questioned the witness"; never "Reed was asked")."""
    for at in word_positions(text, surname, lo, hi):
        m = RE_ASKS_AFTER.match(text, at + len(surname), hi)
        if m is not None:
            return True
    return False

#: A verb of asking right after a surname, in the active voice: "Cole interviewed", "Brandt, the
#: prosecutor, questioned" (never "Reed was asked").
RE_ASKS_AFTER = LazyPattern(r",?\s+(?!(?:was|were|been|being|is|are)\b)(?:\w+\s+)?(?:interviewed|questioned|asked)\b")


def _long_sign_off(text: str, toks: list[Token], m: Mention) -> bool:
    """A long sign-off line under a pull quote: the name opens it, right after the dash, and a comma
    sets off the rest, its role and where it was said (‘— Magnus Eide, chief financial officer of
    Nortek Cloud, speaking at a conference in Oslo’); never a sentence (‘— and then Eide left …’)."""
    return m.start == toks[1 if toks[0].text != toks[1].text else 2].start and text.startswith(",", m.end) \
        and not any(t.text in ".;:!?" for t in toks if t.start > m.end and t is not toks[-1])


def _writer_told_described(text: str, told: regex.Match, pronoun: str, gender: str, hi: int) -> bool:
    """The one described whom the writer told something (:data:`RE_WRITER_TELLS_DESCRIBED`) is the
    "he" or "she" of the words after: the same pronoun, a person's noun of no other sex, and the
    last sentence before the quotation (‘When I mentioned the duck to a server, she nodded. “…,” she
    said’; never ‘When I showed the photo to a waiter, he called the manager, Ms Ott. “…,” she said’)."""
    head = description_head(told.group(1)) or ""
    return told.group(2).lower() == pronoun.lower() and (head in ROLE_NOUNS or head in DESCRIPTION_NOUNS) \
        and head not in THING_NOUNS and GENDERED_NOUNS.get(head, gender) == gender \
        and all(not text[e:hi].strip(" \n\t”\"’") for e in sentence_ends(text, told.end(), hi))

#: Putting a question to someone: the verb, whom (a name, with an honorific or not, or "him"/"her"), and
#: what was asked (‘asked Ms. Marsh whether’, ‘pressed her about’, ‘questioned Finch why’); in a
#: feature's present tense too (‘Finch asks her why’), and the writer's own "I ask" (‘I ask her how
#: that felt.’, w86b), never a bare "ask" after anyone else (‘to ask him why’).
ASKED_WHOM = (r"\b(?:asked|asks|pressed|presses|questioned|(?<=\b(?:I|[Ww]e) )ask) (?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.? )?"
              r"(him|her|\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+)?)"
              r" (?:why|whether|if|what|how|when|where|who|about)\b")

#: A question reported with whom it was put to, ending its paragraph: ‘Finch asked her why she didn't resign.’
#:
#: >>> RE_ASKED_WHOM_END.search("I ask her how that felt.").group(1), RE_ASKED_WHOM_END.search("Finch asks him why.").group(1)
#: ('her', 'him')
#: >>> RE_ASKED_WHOM_END.search("They wanted to ask him why.") is None
#: True
RE_ASKED_WHOM_END = LazyPattern(ASKED_WHOM + r"[^.!?“”\"]*[.?]$")
RE_ASKED_WHOM = LazyPattern(ASKED_WHOM)


#: A question put to someone named, in the passive, as the last sentence of its paragraph, who is the
#: sentence's subject (‘Castell was asked about the rematch before she left the podium.’, ‘Diaz was
#: pressed on whether he would stay.’): group ``who`` the one asked, who answers in the paragraph of
#: words alone after it (w52c); never one asked by a named asker's "him" or "her" (that is ASKED_WHOM's).
#:
#: >>> RE_WAS_ASKED_END.search("It ended 3-1. Castell was asked about the rematch before she left.").group("who")
#: 'Castell'
#: >>> RE_WAS_ASKED_END.search("Castell was asked to leave. The crowd booed.") is None
#: True
RE_WAS_ASKED_END = LazyPattern(r"(?:^|[.!?][”\"’']?\s+)(?P<who>\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,2})"
                               r" (?:was|had been|has been) (?:later |then |also )?(?:asked|pressed|questioned)"
                               r"(?: by [^.!?“”\",]{1,40})? (?:about|whether|if|why|what|how|when|on)\b[^.!?“”\"]*[.?]$")


#: Someone described in the words before a reported question (‘then the Boeing whistleblower testified’).
RE_PERSON_NOUN_BEFORE = LazyPattern(r"\b(?:the|a|an) (?:[\w\-]+ ){0,2}(?:whistleblower|witness|official|nurse|doctor|worker|"
                                      r"employee|victim|defendant|student|resident|woman|man|officer|expert)\b")


def _asked_before(text: str, sp: Span, paras, cast: Cast) -> Found | None:
    """A paragraph that is only a quotation, after a paragraph that ends by reporting a question
    put to someone (‘Finch asked her why she didn't resign.’): the answer is the one asked."""
    if (sp.close_end or sp.end) < sp.para_end - 1 or (_only_a_question(text, sp) and RE_YOU.search(text, sp.start, sp.end)):
        return None  # (a question to ‘you’ is the one put, the asker's: ‘X questioned Dr Y about the dosage.
        # / “Did you give a higher dose?”’)
    p_lo, p_hi = paras[sp.paragraph - 1]
    tail = text[max(p_lo, p_hi - 160):p_hi].rstrip()
    m = RE_ASKED_WHOM_END.search(tail)
    if m is None:
        return _asked_in_passive(text, sp, text[p_lo:p_hi].rstrip(), p_lo, cast)
    at = max(p_lo, p_hi - 160) + m.start(1)
    who = m.group(1)
    asker = tail[:m.start()].split()[-2:]  # (the words before "asked": the asker, never the one asked)
    position, cast.position = cast.position, at
    if who in ("him", "her"):
        mention = Mention(at, at + len(who), who, "pronoun")
        gender = "m" if who == "him" else "f"
        candidates = [p for _, p in reversed(cast.recent) if p.kind == "name" and p.gender == gender
                      and p.name.split()[-1] not in asker]
        person = candidates[0] if candidates and all(p is candidates[0] for p in candidates) else None
        how = "pronoun"
        if person is None:
            cast.position = position
            return Found(mention, None, "answer", None, how)  # (the one asked, whom no name tells: never
            # the asker, ‘A senator asked him whether …’ after ‘Sen. Ted Cruz spoke first, then the
            # whistleblower testified’)
    else:
        mention = Mention(at, at + len(who), who, "name")
        person, how = cast.resolve(mention)
    cast.position = position
    if person is None or person.kind != "name" or _addresses(text[sp.start:sp.end], person.name):
        return None
    if who not in ("him", "her") and not m.group().startswith(("asked", "pressed", "questioned")) \
            and len(person.name.split()) < 2:
        return None  # (the present tense's one asked is someone the article names in full, never a
        # people a ballot or a form asks: ‘The referendum asks Scots whether …’, review rv86b)
    if who in ("him", "her") and RE_PERSON_NOUN_BEFORE.search(tail, 0, max(0, m.start() - len(" ".join(asker)) - 1)) is not None:
        return Found(mention, None, "answer", None, how)  # (someone described may be the one asked)
    return Found(mention, person, "answer", None, how)


def _asked_in_passive(text: str, sp: Span, para: str, lo: int, cast: Cast) -> Found | None:
    """The one named as asked in the passive at the end of the paragraph before a paragraph that is only
    a quotation (:data:`RE_WAS_ASKED_END`: ‘Castell was asked about the rematch before she left the
    podium. / “…”’): the answer is theirs; only someone the article names, never a question the words put
    (w52c)."""
    m = RE_WAS_ASKED_END.search(para)
    if m is None or _only_a_question(text, sp):
        return None
    words = m.group("who").split()
    at = lo + m.start("who") + len(m.group("who")) - len(words[-1])
    mention = Mention(at, at + len(words[-1]), words[-1], "name")  # (the name's last word: never a title
    # before it, ‘Coach Dana Reyes’)
    position, cast.position = cast.position, at
    person, how = cast.resolve(mention)
    cast.position = position
    if person is None or person.kind != "name" or _addresses(text[sp.start:sp.end], person.name):
        return None
    return Found(mention, person, "answer", None, how)


#: Putting something to someone, in a paragraph of narrative before a question quoted alone (‘Mr X then
#: asked her to turn to a table …’, ‘X put it to Dr Voss that …’): the one asked. So too one taken
#: through papers by counsel (group ``walk``, which counts only with ``through`` after the one taken:
#: ‘Greer walked Ms. Abara through the invoices’, ‘taking him through the ledger’; never ‘took Abara
#: to lunch’; :func:`_answer_to_put` asks for it).
#:
#: >>> m = RE_PUT_WHOM.search("Later Greer took a softer line, walking Abara through the invoices.")
#: >>> m.group("who"), m.group("walk"), m.group("through")
#: ('Abara', 'walking', ' through')
#: >>> RE_PUT_WHOM.search("Greer took Abara to lunch.").group("through") is None
#: True
RE_PUT_WHOM = LazyPattern(r"\b(?:(?P<walk>walk(?:ed|ing|s)?|t(?:ook|aking|akes))|asked|pressed|questioned|put it to|put to) "
                            r"(?:the (?:[\p{Ll}\-]+ ){0,3}[\p{Ll}\-]+, )?"
                            r"(?:\p{Lu}[\p{L}\-]+[’']s )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.? )?(?P<who>him|her|\p{Lu}[\p{L}\p{M}\-]+(?:[’'](?!s\b)[\p{L}\p{M}\-]+)?)\b"
                            r"(?P<about>(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,2}(?:, the [\p{Ll}\-]+(?: [\p{Ll}\-]+){0,3})?,?"
                            r" (?:about|whether|why|how|what)\b)?(?P<put>(?<=\bput (?:it )?to \S+) that\b)?"
                            r"(?P<through>(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,2} through\b)?")


def _answer_to_put(text: str, sp: Span, prev: Span, asker: Person, paras, cast: Cast) -> Found | None:
    """A paragraph that is only a quotation and no question, after a paragraph that is only a
    question to ‘you’ whose asker the paragraph before it gave, putting something to someone: the
    answer is the one it was put to (‘Mr Okafor then asked her to turn to a table. / “Would you agree
    that this figure doubles?” / “It increases, yes.”’; ‘X asked the witness, Dr Alan Price, about the
    dosage. / “Was it higher than recommended?” / “Significantly higher.”’: a question reported put
    needs no ‘you’)."""
    if prev.paragraph == 0 or sp.paragraph != prev.paragraph + 1 or sp.open_at != sp.para_start or sp.continued \
            or (sp.close_end or sp.end) < sp.para_end - 1 \
            or (prev.close_end or prev.end) < prev.para_end - 1 or not _only_questions(text, prev) \
            or asker is None or asker.kind != "name":
        return None
    p_lo, p_hi = paras[prev.paragraph - 1]
    if prev.open_at != prev.para_start:
        # (or the put set down in the question's own paragraph, right before it: ‘The host put it to her
        # that the offer was below inflation. “Isn't that a pay cut?”’ / ‘“No, I don't accept that –”’)
        p_lo, p_hi = prev.para_start, prev.open_at
        if text.find(" put ", p_lo, p_hi) < 0:
            return None
    ends = sentence_ends(text, p_lo, p_hi)
    lo = ends[-2] if len(ends) > 1 and ends[-1] >= p_hi - 2 else p_lo  # (its last sentence only)
    m = next((m for m in RE_PUT_WHOM.finditer(text, lo, p_hi) if m.group("walk") is None or m.group("through")), None)
    if m is None or any(c in text[lo:p_hi] for c in "“”\"‘") \
            or (m.group("about") is None and m.group("put") is None and not RE_YOU.search(text, prev.start, prev.end)):
        return None
    who = m.group("who")
    position, cast.position = cast.position, m.start("who")
    if who in ("him", "her"):
        gender = "m" if who == "him" else "f"
        people = [p for _, p in cast.recent if p.kind == "name" and p.gender == gender and p.name != asker.name]
        person = people[-1] if people and all(p.name == people[-1].name for p in people) else None
        mention, how = Mention(m.start("who"), m.end("who"), who, "pronoun"), "pronoun"
    else:
        mention = Mention(m.start("who"), m.end("who"), who, "name")
        person, how = cast.resolve(mention)
    cast.position = position
    if person is None or person.kind != "name" or person.name == asker.name or _addresses(text[sp.start:sp.end], person.name):
        return None
    return Found(mention, person, "answer", None, how)


def _answer(text: str, sp: Span, prev: Span, found: Found, cast: Cast) -> Found | None:
    """A paragraph that is only a quotation, right after a paragraph that ends with a question put
    to someone the cue names (‘“What did you see?” Baptiste asked the witness, Teresa Kowalczyk.’
    then “The dose had been changed.”): the answer is the one asked. Never in the question's own
    paragraph, where the asker goes on (‘“Are you ready?” Mills asked his captain, Leo Grant.
    “Because I am.”’), nor after other words, nor when it calls the one asked by name."""
    content = text[prev.start:prev.end].rstrip()
    if not content.endswith("?") or found.mention is None or (found.cue or "").lower() not in ASKING_CUES \
            or sp.paragraph != prev.paragraph + 1 or sp.open_at != sp.para_start or sp.continued:
        return None
    close = prev.close_end if prev.close_end is not None else prev.end
    ends = sentence_ends(text, close, min(len(text), close + 160))
    stop = ends[0] - 1 if ends else -1  # (the full stop of "Dr." ends no sentence)
    if stop < 0 or text[stop + 1:sp.open_at].strip():
        return None  # (the question's sentence must end its paragraph)
    at = text.find(found.cue, max(close, found.mention.end), stop)  # ‘X asked Y’
    if at < 0:
        return None
    toks = tokenize(text, at + len(found.cue), stop)
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name":
        return None
    p, how = cast.resolve(m)
    if p is None or p is found.person or p.kind != "name" or " " not in p.name \
            or _addresses(text[sp.start:sp.end], p.name):
        return None  # (a person named in full: never ‘asked Republican politicians’)
    return Found(m, p, "answer", found.cue, how)


#: Those whose questions are put to someone else (‘asked host Tom Ray’, ‘asked Sen. X’): never a
#: speaker's own question to a crowd (‘“So what went wrong?” asked Professor Jane Fielding’).
QUESTIONER_NOUNS = frozenset("""host interviewer presenter moderator anchor reporter sen senator rep congressman congresswoman
representative counsel prosecutor attorney lawyer barrister solicitor chair chairman chairwoman chairperson coroner judge
commissioner inquisitor questioner examiner""".split())

#: A question of the asker's own (‘What more can I do?’): one they may answer.
RE_ASKER_OWN = LazyPattern(r"\b(?:I|I'm|I’m|me|my)\b")


#: Putting a question to someone named after the verb (‘asked Defence Minister X whether’; never ‘turned to
#: X and laughed’, whose subject goes on to reply).
RE_PUT_TO = LazyPattern(r"\b(?:asked|pressed|questioned|challenged) (?=(?:[\p{Lu}][\p{L}.’'\-]*\s){1,5})")


def _asked_in_paragraph_before(text: str, para: tuple[int, int], sex: str, cast: Cast) -> Person | None:
    """The one named as asked a question in the last sentence of the paragraph before, of the sex a
    pronoun tells (or of none known), for the answer that opens the next: ‘Sen. Bradley Tuttle asked
    Marsh whether she believed the problem was isolated. / “No, sir,” she said.’"""
    lo, hi = para
    start = last_sentence_start(text, lo, hi)
    m = None
    for m in RE_ASKED_WHOM.finditer(text, start, hi):
        pass
    if m is None or m.group(1) in ("him", "her") or "“" in text[m.end():hi] or '"' in text[m.end():hi]:
        return None  # (a question quoted after it is answered in its own right)
    p, _ = cast.resolve(Mention(m.start(1), m.end(1), m.group(1), "name"))
    return p if p is not None and p.kind == "name" and p.gender in (None, sex) and p.spots else None


def _one_asked(text: str, sp: Span, paras: list[tuple[int, int]], cast: Cast, found: Found) -> Person | None:
    """For a reply's "he" or "she", the person the sentence just before put a question to, named
    after "asked" or "pressed", of the pronoun's sex and not the one the pronoun found."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None:
        return None  # (only a "he" or a "she": never "it responded", "they retorted")
    lo, hi = (paras[sp.paragraph - 1][0], paras[sp.paragraph - 1][1]) if sp.open_at == sp.para_start and sp.paragraph > 0 \
        else (sp.para_start, sp.open_at)
    lo = max(lo, hi - CONTEXT_CHARS)
    ends = sentence_ends(text, lo, hi)
    lo = ends[-2] if len(ends) >= 2 and ends[-1] >= hi - 2 else ends[-1] if ends and ends[-1] < hi - 2 else lo
    put = None  # (in the sentence just before only, never inside a quotation)
    for put in RE_PUT_TO.finditer(text, lo, hi):
        pass
    if put is None or any(a <= put.start() < b for a, b in cast.quoted):
        return None
    toks = tokenize(text, put.end(), min(hi, put.end() + 80))
    m = mention_after(toks, 0, text) if toks else None
    if m is None or m.kind != "name" or text.startswith(" to ", m.end):
        return None  # (a request, never a question: ‘asked Judge X to delay’, ‘challenged Biden to visit’)
    p, _ = cast.resolve(m)
    if p is None or p.kind != "name" or p.placelike or p is found.person or p.name == found.person.name \
            or not (p.gender == sex or (p.gender is None and p.titled and found.person.gender in (None, sex))):
        return None  # (a person of the pronoun's sex, or titled and of no known sex: never "Twitter")
    return p


def _briefing_asker(p: Person | None) -> bool:
    """Whether ``p`` is a reporter unnamed who puts questions at a briefing (:data:`BRIEFING_ASKER_NOUNS`).

    >>> _briefing_asker(Person("another reporter", kind="description")), _briefing_asker(Person("a witness", kind="description"))
    (True, False)
    """
    return p is not None and p.kind == "description" and description_head(p.name) in BRIEFING_ASKER_NOUNS


def _answer_after_reporters_question(text: str, sp: Span, prev: Span, q: Found | None, found: Found) -> bool:
    """Whether the words opening this paragraph, with a "he" or "she" that found the asker, answer a
    question an unnamed reporter put in the quotation right before, in the paragraph before (‘“Colonel, is
    the video fake?” a reporter asked. / “I did not say it was fake,” he said.’): the pronoun stands for the
    one asked. Never words that ask again, nor a reporter named or of the pronoun's own paragraph."""
    if q is None or q.person is None or q.person.name != found.person.name or not _briefing_asker(q.person) \
            or GENDERS.get(found.mention.text.lower()) is None:
        return False
    words = text[prev.start:prev.end].rstrip(" ,")
    return prev.paragraph == sp.paragraph - 1 and words.endswith("?") \
        and not text[sp.start:sp.end].rstrip(" ,").endswith("?")


def _answerer(text: str, prev: Span, sp: Span, cast: Cast, found: Found) -> Person | None:
    """For a reply's "he" or "she" that found the one who asked the question just before, the one
    person of the pronoun's sex the asking sentence names after its cue (‘“Will you resign?” one
    reporter asked as Sandra Pike took the podium. / “No,” she replied.’)."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None or prev.close_end is None:
        return None
    ends = sentence_ends(text, prev.close_end, min(sp.open_at, prev.close_end + CONTEXT_CHARS))
    hi = ends[0] if ends else min(sp.open_at, prev.close_end + CONTEXT_CHARS)
    people = []
    for run in RE_CAPWORD.finditer(text, prev.close_end, hi):  # (a name in full, or a surname: ‘as Menendez left’)
        toks = tokenize(text, run.start(), min(hi, run.end() + 40))
        m = mention_after(toks, 0, text) if toks else None
        verb = _token_after(toks, m.end) if m is not None else None
        if verb is None or not verb.text.isalpha() or not verb.text.islower() or verb.word in FUNCTION_WORDS:
            continue  # (the subject of a clause of its own, ‘as Sandra Pike took the podium’; never one
            # the question is about, ‘…,” a reporter asked, referring to whistleblower Maria Ortiz.’)
        p = cast.resolve(m)[0] if m is not None and m.kind == "name" else None
        if p is not None and p is not found.person and p.kind == "name" and p.gender == sex:
            people.append(p)
    return _only_one(people)


def _calls_someone_else(content: str, person: Person, cast: Cast) -> bool:
    """(guard) The words call by name someone the article named besides ``person``: they are said to
    that one, the one asked, so the asker the sentence before told goes on (‘Commissioner X asked
    whether he should have gone to the regulator. / “You had a duty here, Mr Koenig, …,” she said.’ is
    the commissioner's, never the counsel who asked before)."""
    if "," not in content:
        return False  # (a search first: a call is set off by a comma)
    call = RE_TITLED_CALL_INSIDE.search(content)
    called = call.group(1) if call is not None else None
    return any(p.kind == "name" and p.name != person.name
               and (p.name.split()[-1] == called or _addresses(content, p.name)) for _, p in cast.recent)


#: A call by courtesy title and surname set off inside the words (‘You had a duty here, Mr Koenig, not
#: merely …’): group 1 is the surname.
RE_TITLED_CALL_INSIDE = LazyPattern(r", (?:Mr|Mrs|Ms|Miss|Dr)\.? (\p{Lu}[\p{L}’'\-]+),")


def _other_of_sex(cast: Cast, found: Found) -> Person | None:
    """For a reply's "he" or "she" that found the one who asked, the one who spoke last before the
    asker, if of its sex, else the one other named person of its sex among those just named (‘Host
    Jess Okoro interviewed Kayleigh Dunn. / Jess asked: “…?” / “God, no,” she replied.’ is Dunn's)."""
    sex = GENDERS.get(found.mention.text.lower())
    if sex is None:
        return None
    for _, p in reversed(cast.speakers[-SPEAKERS_BACK:]):  # the one who spoke last before the asker, as turns go
        if p.kind == "name" and p.name != found.person.name:
            return p if (p.gender or gender_of(p.name.split()[0])) == sex else None  # (a sex its given name
            # tells, where nothing else did: ‘Another caller, Aisha, …’)
    others = [p for _, p in cast.recent if p.kind == "name" and p.gender == sex and p is not found.person
              and p.name != found.person.name]
    return others[-1] if others and all(p.name == others[-1].name for p in others) else None


#: How many speakers back a reply's speaker is looked for.
SPEAKERS_BACK = 4


#: Someone unnamed a message read out or cited came from, and their verb of writing or saying, with
#: nothing but their own clause up to the quotation: ‘… from a pensioner in Yeovil who wrote that her
#: bill had jumped ’ (group 1, the one described; group 2, their head noun).
RE_WRITER_FROM = LazyPattern(r"\bfrom ((?:a|an|one|another) (?:[\p{Ll}\-]+ ){0,2}?(\p{Ll}+)"
                             r"(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?),? who (?:wrote|writes|said|says|"
                             r"complained|complains|claimed|claims|texted|emailed)\b[^.!?;,“”\"]*$")


#: A message read out on air, from someone unnamed, right before a colon that opens the message:
#: ‘… then read out a text message from a listener:’, ‘read an email from a viewer in Leeds:’ (group 1,
#: the one described; group 2, their head noun).
RE_MESSAGE_FROM_COLON = LazyPattern(r"\b(?:read|reads|reading|quoted|quotes|quoting)(?: out| aloud)? (?:a|an|one|another)"
                                    r"(?: [\p{Ll}\-]+){0,2}? (?:" + "|".join(sorted(READ_OUT_MESSAGES)) + r")"
                                    r" from ((?:a|an|one|another) (?:[\p{Ll}\-]+ ){0,2}?(\p{Ll}+)"
                                    r"(?: (?:in|from|of) \p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)?):\s*$")


def _writer_read_out(text: str, lo: int, hi: int) -> Found | None:
    """The one a message read out came from, when the words up to the quotation are theirs: ‘Host Joe
    Duffy read out a text from a farmer in Cavan who wrote that prices were “…”’ is the farmer's, never
    the host's (one person's noun, never a body's: ‘a statement from the council, which said’). So too a
    message read out whose colon opens it: ‘The host read out a text message from a listener: “…”’ is the
    listener's; the one who reads it out is never its writer."""
    m = None
    if text.find(" who ", lo, hi) >= 0:
        m = RE_WRITER_FROM.search(text, max(lo, hi - 300), hi)
    elif text.find(" from ", lo, hi) >= 0 and text.find(":", lo, hi) >= 0:
        m = RE_MESSAGE_FROM_COLON.search(text, max(lo, hi - 300), hi)
    if m is None or m.group(2) not in DESCRIPTION_NOUNS or m.group(2) in THING_NOUNS or m.group(2).endswith("s"):
        return None
    mention = Mention(m.start(1), m.end(1), m.group(1), "description")
    return Found(mention, Person(m.group(1), kind="description"), "cue-in-sentence", None, "description")


#: A name right after a leader's verb and "by", past a word or two of trade: ‘moderated by anchor
#: Ama Owusu’, ‘hosted by Sean Byrne’ (group 1, the name).
RE_LEADER_NAME = LazyPattern(r" by (?:the )?(?:\p{Ll}[\p{Ll}\-]+ ){0,2}(\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){1,2})"
                             r"(?![\p{L}\p{M}’'\-])(?! and \p{Lu})")

#: What a moderator, host, presenter or chair leads, right before its verb (‘The debate, moderated by’, ‘the
#: panel was chaired by’): never a party, a dinner or a summit, whose host asks no one anything.
RE_LED_EVENT_BEFORE = LazyPattern(
    r"\b(?:debates?|panels?|discussions?|forums?|shows?|programmes?|programs?|podcasts?|broadcasts?|sessions?|"
    r"hearings?|inquiry|committee|meetings?|town[ -]halls?|interviews?|conversations?|webinars?|matche?s?|games?|"
    r"fights?|bouts?|finals?|q&a)(?:,| (?:was|is|were|will be|being))? $", regex.I)


def _leader_named_by_verb(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one "the moderator", "the host" or "the presenter" at ``m`` stands for when the article gave
    them that part only by a verb: ‘The debate, moderated by anchor Ama Owusu, opened with …. “…?” the
    moderator asked’ is Ama Owusu's. The last such verb before ``m`` whose noun is the mention's, with
    one person named in full after it (never two: ‘hosted by X and Y’)."""
    words = m.text.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    verb = next((v for v, noun in LEADER_BY_VERB.items() if noun == words[1].lower()), None)
    at = text.rfind(verb + " by ", 0, m.start) if verb is not None else -1
    if at >= 0 and RE_LED_EVENT_BEFORE.search(text, max(0, at - 40), at) is None:
        return None  # (‘The fundraiser, hosted by businessman Tom Reilly, …. “…?” the host asked’ is a programme's host)
    named = RE_LEADER_NAME.match(text, at + len(verb)) if at >= 0 else None
    if named is None:
        return None
    person, _ = cast.resolve(Mention(named.start(1), named.end(1), named.group(1), "name"))
    return person if person is not None and person.kind == "name" and not person.plural else None


#: Words that tell of a court of several judges (‘Justices A, B and C’, ‘a three-judge bench’, ‘a Division
#: Bench’): its "court" is never one judge's.
SEVERAL_JUDGES_WORDS = ("Justices ", "Judges ", "Lords ", "Lords Justices", "-judge ", "-member ", "Division Bench",
                        "division bench", "Full Bench", "full bench", "Constitution Bench")


#: Another court the case went on to after the judge who sat alone (‘appealed to the Supreme Court’, ‘the Court of Appeal’).
RE_OTHER_COURT = LazyPattern(r"\b(?:appealed|moved|Court of Appeal|Supreme Court|Appeal Court|appeals court|Constitutional Court|Federal Court|Privy Council)\b")

#: An order told of as someone else's than the judge's (‘the district collector's order’, ‘the government order’, ‘challenging the order’).
RE_OTHER_ORDER = LazyPattern(r"(?:\p{L}+[’']s|government|executive|ministry|police|administration|challenging|against) (?:\p{Ll}+ )?order\b")

#: A writer's sentence that places the writing in another, earlier case (‘in last year's case’, ‘in the 2017 case’).
RE_EARLIER_CASE = LazyPattern(r"\b(?:last year|(?:in|of) (?:19|20)\d\d|(?:19|20)\d\d (?:case|ruling|judgment|decision)|earlier case|previous case|an earlier|a previous|famously)\b")


def _sentence_end_after(text: str, at: int) -> int:
    """Where the sentence that holds ``text[at]`` ends (its full stop or paragraph's end)."""
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return min(ends) if ends else len(text)


#: A court's cue verb and its own writing, up to that writing's noun (‘ said in its order’, ‘ observed in
#: the judgment’): RE_COURT_WRITER's "authored by" may follow.
#:
#: >>> RE_COURT_SAID_IN_ITS.match(" said in its order, authored by").end(), RE_COURT_SAID_IN_ITS.match(" said in its order.")
#: (13, None)
RE_COURT_SAID_IN_ITS = LazyPattern(r" (?:said|observed|held|noted|stated|ruled|remarked) in (?:its|the) (?:\p{Ll}+ )?(?=(?:order|judgment|judgement|ruling), )")


def _court_writer(text: str, m: Mention, cast: Cast) -> Person | None:
    """The one judge who wrote the court's writing ``m`` names (:data:`COURT_WRITINGS`), as the article
    told before it (:data:`RE_COURT_WRITER`): the majority opinion's or the lead judgment's author, the
    dissenter, the judge who passed the order; and for "the court" or "the bench", a judge who sits
    alone (‘Justice X, allowing the writ petition, observed …. “…,” the Court said’), when no other
    judge is named before it. None when two judges wrote that kind, or when none is named: ‘the
    court’, ‘the order’ of a court whose judges the article leaves unnamed stay as written."""
    kind = COURT_WRITINGS.get(m.text.lower())
    if kind is None or m.start <= 0:
        return None
    if kind in ("court", "order"):
        own = RE_COURT_SAID_IN_ITS.match(text, m.end)
        own = RE_COURT_WRITER.match(text, own.end(), _sentence_end_after(text, m.end)) if own is not None else None
        if own is not None and own.group("order1") == "":
            # the cue's own writing, its writer set off after it: ‘“…,” the Court said in its order, authored
            # by Justice X.’ is X's, however many judges sat
            person, _ = cast.resolve(Mention(own.start("name"), own.end("name"), own.group("name"), "name"))
            if person is not None and person.kind == "name" and not person.plural:
                return person
    writers: dict[str, Person] = {}
    for w in RE_COURT_WRITER.finditer(text, 0, m.start):
        told = next(k.rstrip("0123456789") for k, v in w.groupdict().items() if v == "" and k != "name")
        if told == kind or (kind == "court" and told == "order") or (kind == "order" and told == "court"):
            if kind == "order" and told == "court" and RE_OTHER_ORDER.search(text, w.start(), m.start):
                continue  # (the order the judge heard a challenge to, not one she made: ‘dismissing the petition
                # challenging the district collector's order …. “…,” the order said’)
            if RE_EARLIER_CASE.search(text, w.start(), _sentence_end_after(text, w.end())):
                continue  # (a writer of another, earlier case: ‘Justice X wrote the majority opinion in last year's case’)
            if kind == "court" and RE_OTHER_COURT.search(text, w.end(), m.start):
                return None  # (the case has gone on to another court since: ‘The defendant appealed …. the Court
                # of Appeal …. “…,” the court said’)
            person, _ = cast.resolve(Mention(w.start("name"), w.end("name"), w.group("name"), "name"))
            if person is None or person.kind != "name" or person.plural:
                return None
            writers[person.name] = person
    if len(writers) != 1:
        return None
    if kind == "court" and (len({j.group("name").split()[-1] for j in RE_JUDGE_NAMED.finditer(text, 0, m.start)}) != 1
                            or any(text.find(w, 0, m.start) >= 0 for w in SEVERAL_JUDGES_WORDS)):
        return None  # (a bench of several judges: "the court" is the court's)
    return next(iter(writers.values()))


#: A question told of, not quoted, after its asker: ‘ asked whether’, ‘ asked the minister if’, ‘ asked about’.
RE_ASKED_TOLD = LazyPattern(r" asked (?:(?:the |her |him |them )?[\p{Ll}\-]+ )?(?:whether|if|about|what|how|why|when|who)\b")


def _asker_told_in_paragraph(text: str, para: tuple[int, int], asker: Person) -> bool:
    """The paragraph ``para`` is one sentence of narrative in which ``asker`` asks something told of,
    not quoted (‘A reporter from the Courier asked whether the unit was worried.’, ‘Liu asked her
    about the schools.’): the quotation that opens the next paragraph answers it, so its "he" or
    "she" is the one asked. Its subject, before "asked", is the asker as written (a description
    whole, a name by its last word)."""
    lo, hi = para
    body = text[lo:hi].rstrip()
    if not body.endswith(".") or any(c in body for c in "“”\"«»") or sentence_ends(text, lo, lo + len(body))[:-1]:
        return False
    asked = RE_ASKED_TOLD.search(text, lo, lo + len(body))
    if asked is None:
        return False
    subject = text[lo:asked.start()]
    if asker.kind == "description":
        return subject.lower() == asker.name.lower()
    if any(w.strip(".,").lower() in MEMBER_ASKER_TITLES for w in subject.split()):
        return False  # (a member who asks in a meeting or a chamber goes on in their own words: ‘Councillor Ann Roe
        # asked whether residents had been told. / “I don’t believe a single one of them was,” she said.’ is hers)
    return asker.kind == "name" and subject.split()[-1:] == asker.name.split()[-1:]


#: Titles of members of a council, a chamber or a committee, who ask as a stand of their own and go on
#: to give it.
MEMBER_ASKER_TITLES = frozenset("councillor cllr councilman councilwoman alderman senator sen deputy mp td msp mla mep "
                                "congressman congresswoman rep assemblyman assemblywoman assemblymember".split())


#: Words that open a question before a comma without hailing anyone (‘Well, did they call you back?’).
SECOND_PERSON_OPENERS = frozenset("well so and but now okay ok look listen honestly seriously then".split())


#: The second person in a question, which puts it to someone: ‘Did they call you back?’
RE_SECOND_PERSON = LazyPattern(r"\b(?:you|your|yours|yourself)\b", regex.I)


def _witness_before(text: str, sp: Span, results: list, j: int) -> Person | None:
    """The witness a hearing's answer is theirs, when the answer calls the one who asked by office
    (‘Senator, we run ads.’, ‘…, Deputy.’, ‘Mr. Chair, …’) and nothing nearer told who was asked: the
    one quoted last before the question at ``results[j]``, a few paragraphs back at most, besides the
    asker (‘“We spent $200 million,” Ms. Moreno said. / Much of the hearing turned on … / “Why …?”
    asked Senator X. / “Senator, we acted on every warning.”’ is Moreno's). None when that one asked a
    question too, or is called by the office the answer calls (another senator), or is no one named."""
    hail = RE_HAILS_QUESTIONER.search(text[sp.start:sp.end].rstrip())
    question, asked = results[j][0], results[j][1]
    if hail is None or asked is None or asked.person is None:
        return None
    office = hail.group().strip(" ,.").split()[-1].lower()
    for k in range(j - 1, -1, -1):
        before, said = results[k][0], results[k][1]
        if before.paragraph < question.paragraph - WITNESS_REACH_PARAGRAPHS:
            return None
        if said is None or said.person is None or said.person.name == asked.person.name:
            continue  # (the asker's own words before, or words no one's)
        who = " ".join([said.person.name, *said.person.roles, said.mention.text if said.mention is not None else ""])
        if said.person.kind != "name" or office in who.lower().replace(".", " ").split() \
                or text[before.start:before.end].rstrip().endswith("?"):
            return None
        return said.person
    return None


def _one_put_to(text: str, results: list, j: int) -> Person | None:
    """The one a question at ``results[j]`` is put to, as turns alternate: the one quoted in the
    paragraph right before the question's, someone else than its asker, when the question speaks
    to a "you" (‘“I waited four hours,” he said. / “Did anyone call you back?” the host asked. /
    “Not once.”’ is his). None when the quotation before is no one's or the asker's own."""
    question, asked = results[j][0], results[j][1]
    before, said = results[j - 1][0], results[j - 1][1]
    if said is None or said.person is None or said.person.kind != "name" or said.person.name == asked.person.name \
            or before.paragraph != question.paragraph - 1 or (RE_SECOND_PERSON.search(text, question.start, question.end) is None
                                                              and not _briefing_asker(asked.person)):
        return None  # (a reporter unnamed at a briefing puts every question to the one who spoke before: ‘“…,” she
        # said. / “Was the crew trained for ice?” another reporter asked. / “That is a fair question.”’)
    words = RE_NAME_WORD.findall(text[question.start:question.end])
    if any(w in said.person.name.split() for w in words) or (
            len(words) > 1 and words[0][:1].isupper() and text.startswith(",", text.find(words[0], question.start) + len(words[0]))
            and words[0].lower() not in SECOND_PERSON_OPENERS):
        return None  # (a question that names them, or hails another: ‘“Minister, can you explain to Martin why that
        # happens?” O’Rourke asked. / “We are opening 300 new beds.”’ is the minister's answer, never the caller's)
    return said.person


def _party_asked(question: Span, asker: Person, cast: Cast, lo: int) -> Person | None:
    """The one person besides the asker named, or quoted, from ``lo`` up to a question: the one
    it is put to (‘Counsel X took Mr. Kowalchuk through the faxes. / “Did you notify anybody?” Ms.
    X asked. / “No.”’). None when two or more are."""
    position, cast.position = cast.position, question.open_at
    people = {p.name: p for at, p in cast.recent if at >= lo and p.kind == "name" and not p.plural and not p.placelike
              and p.personlike and p.name != asker.name and not any(a <= at < b for a, b in cast.quoted)}
    cast.position = position
    return next(iter(people.values())) if len(people) == 1 else None


def _party_asked_of_sex(question: Span, found: Found, cast: Cast, paras: list[tuple[int, int]]) -> Person | None:
    """The one person the paragraph before a question and the question's own name besides the asker
    (:func:`_party_asked`), when of the sex the answer's "he" or "she" tells (‘Reporters pressed the mayor
    …. Benedetti said …. / “Did you apply?” one reporter asked. / “We did,” she said.’)."""
    lo = paras[question.paragraph - 1][0] if question.paragraph > 0 else question.para_start
    p = _party_asked(question, found.person, cast, lo)
    return p if p is not None and p.gender == GENDERS.get(found.mention.text.lower()) else None


#: Calling the one who asks by their office, in an answer: ‘No, senator.’, ‘I don't know, Coroner.’,
#: ‘…, Deputy.’, or the chair a witness answers through: ‘Mr. Chair, that decision was …’.
RE_HAILS_QUESTIONER = LazyPattern(r"(?:^|, )(?:(?:Mr|Madam|Madame|Mister)\.? )?(?:"
                                  + "|".join(sorted(QUESTIONER_NOUNS | QUESTIONER_HAILS)) + r")(?=[,.!?]|$)",
                                  regex.IGNORECASE)


#: A title that calls the one asked, set off at the start or the end of a sentence of a question
#: (‘Two children have died, Doctor. What went wrong?’, ‘Prime Minister, will you resign?’, ‘…, Mr
#: Mayor?’; never ‘the Doctor Who star’): a word or two of office may stand before it.
RE_HAILED_TITLE = LazyPattern(r"(?:^|[.?!] |, )(?:(?:Mr|Madam|Madame)\.? )?(?:\p{Lu}\p{Ll}+ ){0,2}?(?i:"
                              + "|".join(sorted(HAILED_TITLES)) + r")(?=[,.!?]|$)")


def _answers_question(text: str, sp: Span, prev: Span, found: Found) -> bool:
    """A paragraph that is only a quotation and no question, right after a paragraph whose
    quotation is a question put to someone (‘you’, or, with none of the asker's own ‘I’ or ‘we’,
    asked by a host, a senator or counsel) that its asker's cue ends: an answer, never the asker's.
    So too one that calls the one who spoke a question by name or office, whatever their cue (‘“Have
    you shared data with anybody? Yes or no,” Rourke said. / “No, senator.”’)."""
    question = text[prev.start:prev.end]
    answer = text[sp.start:sp.end].rstrip()
    hails = found.person is not None and "?" in question and (
        RE_HAILS_QUESTIONER.search(answer) is not None or _addresses(answer, found.person.name)
        or (RE_HAILED_TITLE.search(question) is not None and (found.cue or "").lower() in ASKING_CUES
            and question.rstrip().endswith("?")))  # (‘“…, Doctor. What went wrong?” X asked.’)
    asker_role = " ".join([*(found.person.roles if found.person is not None else ()),
                           found.person.name if found.person is not None and found.person.kind == "description" else "",
                           (found.mention.role or "") if found.mention is not None else ""]).lower()
    return (hails or (question.rstrip().endswith("?") and found.person is not None
                      and (RE_YOU.search(question) is not None or (
                          RE_ASKER_OWN.search(question) is None
                          and any(w in QUESTIONER_NOUNS for w in asker_role.replace(".", " ").split())))
                      and (found.cue or "").lower() in ASKING_CUES)) \
        and sp.paragraph == prev.paragraph + 1 \
        and sp.open_at == sp.para_start and not sp.continued and (sp.close_end or sp.end) >= sp.para_end - 1 \
        and not text[sp.start:sp.end].rstrip().endswith("?") and prev.close_end is not None \
        and len(sentence_ends(text, prev.close_end, prev.para_end)) <= 1 \
        and not text[prev.para_start:prev.open_at].strip()
