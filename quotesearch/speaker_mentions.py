"""Whom a mention found at a cue stands for: the mention that speaks when the found one points at
another (a name set off, an issuer, an author, an owner: _source_behind), the cast's reading of
it or one by a passive, a place, a letter, a role or an alias (_mention_speaker), a pronoun or a
name by a colon by the cue and the quotations around (_pronoun_speaker), and a count of members.
"""

from __future__ import annotations

import itertools
from typing import Callable

import regex

from quotesearch.heard_pronouns import heard_one_reported_before
from quotesearch.cues import RE_AUTHOR_ASIDE
from quotesearch.cue_tokens import Found, _token_after
from quotesearch.lexicon import LazyPattern
from quotesearch.name_words import HONORIFICS
from quotesearch.document_words import DOCUMENT_NOUNS, SENT_MESSAGE_NOUNS
from quotesearch.body_words import RULING_WORDS
from quotesearch.bylines import INTERVIEW_LABELS, interview_label_at
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.headline_nouns import headline_kind_noun, sole_body_of_noun
from quotesearch.speech_words import SPEECH_VERBS
from quotesearch.mentions import IT_DECLINING_VERBS, mention_after
from quotesearch.described_speakers import _description_speaker
from quotesearch.mention_words import Mention, description_head
from quotesearch.description_ends import NATION_BODY_NOUNS
from quotesearch.name_parts import gender_of, is_organisation
from quotesearch.tokens import RE_NAME_RUN, tokenize
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.sources import RE_ALIAS, alias_after_clause, alias_gender, alias_is_theirs, alias_past_set_off
from quotesearch.body_names import CONTEXT_CHARS
from quotesearch.described_people import _office_named_later, _one_named_next, _pronoun_one_named_next
from quotesearch.body_appositives import _set_off_name
from quotesearch.clauses import _found_person, _product_speaker, _provision_whole
from quotesearch.epithets import RE_PLACE_EPITHET, _person_of_place, _place_compound
from quotesearch.interviews import REPLY_CUES, RE_FIRST_PERSON
from quotesearch.introductions import _unnamed_author
from quotesearch.labels import RE_BOSS_OFFICES, RE_BOSS_OWN_HEAD, RE_BOSS_OWN_TAIL, RE_LESSER_BOSS, _headline_office_label, _headline_role, _holder_body_in_lead, \
    _opens_heading_line, _sole_holder_below
from quotesearch.messages import _without_recipient
from quotesearch.questions import (
    _answer_after_reporters_question, _answerer, _answers_question, _asker_told_in_paragraph, _calls_someone_else,
    _court_writer, _leader_named_by_verb, _one_asked, _other_of_sex, _party_asked, _party_asked_of_sex,
    _writer_read_out,
)
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES
from quotesearch.statements import WRITTEN_NOUNS, _local_body_in_statement
from quotesearch.document_authors import _document_addressed_to, _document_writer
from quotesearch.document_senders import _document_sender, _relayed_document_issuer
from quotesearch.issued_documents import issued_document_sender
from quotesearch.material_makers import _material_it, _material_maker, _material_noun
from quotesearch.subjects import (
    _letter_writer, _office_subject_before, _own_sentence_subject, _past_interview_speaker, _pronoun_subject,
    _surname_of_plural, _they_in_own_clause, _unnamed_one_spoke,
)
from quotesearch.described_subjects import _SAYINGS, _kin_named_near
from quotesearch.they_subjects import (
    _anonymous_source_they, _lead_of_fellows, _plural_subject_before, _quoted_one_they, _singular_they,
)
from quotesearch.unnamed_subjects import _kept_back_before, _one_opening_paragraph, _unnamed_one_before
from quotesearch.it_subjects import _body_for_it, _owners_body_clause_before
from quotesearch.narrative_subjects import _lone_speaker_before
from quotesearch.quote_kinds import _personal_word
from quotesearch.writers import GENDERS, _addresses, _hails, _other_than_called, _styles_in_third_person


#: A document's own verb right after its author's aside (‘…, written by Justice X, said’).
RE_DOCUMENT_VERB = LazyPattern(r",? (?:said|says|stated|states|wrote|writes|read|reads|found|finds|concluded|concludes"
                                 r"|noted|notes|added|adds|declared|declares|ruled|rules|argued|argues|warned|warns|described|describes)\b")

#: A saying and whose it is, as a description (‘the message from union president Gloria Hart’,
#: ‘Mediator Paul Drescher's assessment’).
RE_SAYING_OF = LazyPattern(r"(?:(?i:the|a|an) (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r")s? (?:from|of) (.+)"
                           r"|(.+?)['’]s (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r")s?)")


#: A count right before a party's or a group's members named as a source (‘according to two Republicans
#: in the room’, ‘according to three Democrats’): group 1 the count.
#:
#: >>> RE_COUNT_BEFORE.search("according to two ").group(1), RE_COUNT_BEFORE.search("according to the ") is None
#: ('two', True)
RE_COUNT_BEFORE = LazyPattern(r"\b(two|three|four|five|six|several|multiple) $")


def _counted_members(text: str, mention: Mention) -> bool:
    """An "according to" source that is a count of members by a name in the plural, people who were there and
    report another's words as "two people" would (‘According to two Republicans in the room, Vinton told
    members …’) (w63a)."""
    return mention.kind == "name" and " " not in mention.text and mention.text.endswith("s") \
        and not mention.text.endswith("ss") and RE_COUNT_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None


def _source_behind(text: str, sp: Span, found: Found | None, cast: Cast) -> Found | None:
    """Which mention speaks when the found one points at another: a name set off, an issuer or author, an owner."""
    # ‘The broadcasting regulator, the Audio Standards Board, said’ is the board; ‘…,” said a statement from
    # Northlight Artist Management’ the firm; ‘Section 7(1) of the Act states’ the section (else found as it was)
    named = _set_off_name(text, found.mention, sp.open_at) \
        if found is not None and found.mention is not None and found.mention.kind == "description" else None
    if named is not None:  # ‘The broadcasting regulator, the Audio Standards Board, said’, ‘the guest, a
        found = Found(named, None, found.rule, found.cue)  # chiropractor named Dale Rimmer, told’
    elif found is not None and found.mention is not None and found.mention.kind == "description" \
            and sp.close_end is not None and (later := _one_named_next(text, found.mention, sp.close_end)) is not None:
        found = Found(later, None, found.rule, found.cue)  # ‘…, one former student recalled, “…”. That student,
        # Ana Ruiz, now a professor, said …’: the one described, named in the next sentence
    elif found is not None and found.mention is not None and found.mention.kind == "description" \
            and sp.close_end is not None and (later := _office_named_later(text, found.mention, sp.close_end)) is not None:
        found = Found(later, None, found.rule, found.cue)  # ‘with the vice-chancellor describing it as a “…”. …
        # Professor Gillian Armitage, the university's vice-chancellor, …’: the office's holder, named after
    if found is None and (local := _local_body_in_statement(text, sp)) is not None:
        found = local  # ‘In a written statement, the district said it had “…”’: the town's body by its kind,
        # which speaks only where the sentence gives its statement (never ‘the district said’ alone)
    if (found is None or found.mention is None or found.mention.end <= sp.open_at) \
            and (cited := _relayed_document_issuer(text, sp)) is not None:
        found = Found(cited[0], None, "cue-in-sentence", cited[1])  # ‘State media, citing a statement from
        # the Coast Guard Command, said the boat was stopped for “…”’: the statement's issuer, never the relay
    src = RE_ISSUED_BY.search(_without_recipient(found.mention.text)) \
        if found is not None and found.mention is not None and found.mention.kind == "description" else None
    if src is not None and (src.group(1).lower() in WRITTEN_NOUNS or src.group(1).lower() in SENT_MESSAGE_NOUNS) \
            and not text.startswith(" and ", found.mention.end) \
            and (" and " not in src.group(2) or is_organisation(src.group(2).split())) \
            and src.group(2) not in MONTH_NAMES and src.group(2) not in WEEKDAY_NAMES:
        # ‘…,” said a statement from Northlight Artist Management’, ‘According to a statement from
        # Pinecrest, …’: the statement's issuer (never ‘a copy of the letter reviewed by The Post’,
        # nor one of several: ‘a letter from Senators Warren and Sanders’, nor a date: ‘An internal memo
        # from March’, w136f)
        at, issuer = found.mention.start + src.start(2), src.group(2)
        kind = "name" if " " not in issuer or cast.knows(issuer.split()[-1].lower()) else "organisation"
        found = Found(Mention(at, at + len(issuer), issuer, kind), None, found.rule, found.cue)
    elif found is not None and found.mention is not None and found.mention.kind == "description" \
            and (sender := RE_SENT_FROM_DESCRIBED.search(found.mention.text)) is not None \
            and sender.group(1).lower() in SENT_MESSAGE_NOUNS and sender.group(3) in ROLE_NOUNS:
        # ‘An email from a site manager, read out at the inquiry, said: “…”’: the message's sender, one
        # unnamed described whole, as one named is (w66b)
        at = found.mention.start + sender.start(2)
        found = Found(Mention(at, at + len(sender.group(2)), sender.group(2), "description"), None, found.rule, found.cue)
    author = RE_AUTHOR_ASIDE.match(text, found.mention.end) \
        if found is not None and found.mention is not None and found.mention.kind == "description" \
        and description_head(found.mention.text) in DOCUMENT_NOUNS else None
    if author is not None:  # ‘The majority opinion, written by Justice Mara Ellison, said’, ‘…,” said
        # the memo, signed by deputy director Paul Kern.’: its author
        a_toks = tokenize(text, author.end(), min(len(text), author.end() + 120))
        who = mention_after(a_toks, 0, text) if a_toks else None
        after_who = _token_after(a_toks, who.end) if who is not None else None
        aside_end = who.end if who is not None else None
        if after_who is not None and after_who.word in ("who", "whose") and _unnamed_author(who):
            # (an unnamed sender kept unnamed: ‘One email, from a senior nurse who asked not to be named,
            # described …’: the aside ends at the clause's comma)
            shut = next((x for x in a_toks if x.start > after_who.start and x.text in ",.;"), None)
            after_who, aside_end = (shut, shut.start) if shut is not None and shut.text == "," else (after_who, aside_end)
        if who is not None and (who.kind in ("name", "organisation") or _unnamed_author(who)) \
                and not (author.group().endswith("from ") and who.kind == "name" and " " not in who.text
                         and text.count(who.text) < 2 and not _personal_word(who.text)) \
                and (after_who is None or after_who.text in ",.;") \
                and not any(x.word in ("including", "and", "among", "with") or x.text[:1].isdigit()
                            for x in a_toks if x.end <= who.start) \
                and (found.mention.start > sp.open_at or RE_DOCUMENT_VERB.match(text, aside_end) is not None):
            found = Found(who, None, found.rule, found.cue)  # (only the document's own verb after the
            # aside: never ‘The opinion, written by Justice X, quoted a 1922 ruling that called …’)
    owner = RE_SAYING_OF.fullmatch(found.mention.text) \
        if found is not None and found.mention is not None and found.mention.kind == "description" else None
    if owner is not None and any(gender_of(w) is not None or w.rstrip(".").lower() in HONORIFICS or w.lower() in ROLE_NOUNS
                                 for run in RE_NAME_RUN.finditer(text, found.mention.end, sp.open_at)
                                 if not text.endswith(" to ", 0, run.start()) for w in run.group().split()):
        owner = None  # (never when someone else is named before the words: ‘Senator Ivo Rask's argument
        # was lost on his opponent, Senator Kay Lamb, who shot back:’; but the one it was sent to is no
        # speaker: ‘The message from X to Mayor Y was blunt:’)
    if owner is not None:  # ‘The message from union president Gloria Hart was blunt:’, ‘Mediator Paul
        # Drescher's assessment, offered to reporters …:’: whose message or assessment it is
        g = 1 if owner.group(1) else 2
        at = found.mention.start + owner.start(g)
        own_toks = tokenize(text, at, found.mention.start + owner.end(g))
        own = mention_after(own_toks, 0, text) if own_toks else None
        if own is not None and own.kind in ("name", "organisation", "description") \
                and (own.end == found.mention.start + owner.end(g)
                     or text.startswith(" to ", own.end)):  # (‘The message from X to Mayor Y’ is X's)
            found = Found(own, None, found.rule, found.cue)
    if found is not None and found.mention is not None and found.rule == "cue-in-sentence" \
            and found.mention.end <= sp.open_at \
            and (answer := RE_PRODUCT_ANSWERED_BEFORE.search(text, found.mention.end, sp.open_at)) is not None:
        found = Found(Mention(answer.start("who"), answer.end("who"), answer.group("who"), "description"),
                      None, found.rule, found.cue)  # ‘When Reuters asked Sage …, the chatbot replied: “…”’:
        # the product that answers, never the one that asked it
    if found is not None and (whole := _provision_whole(text, found)) is not None:
        found = whole  # a provision speaks whole: ‘Section 7(1) of the Act states’ (never ‘the Act’)
    return found


def _without_interview_label(text: str, mention: Mention) -> Mention | None:
    r"""A name mention that opens a paragraph of a Q-and-A with its label, "Q." or "A." (‘Q. Ruiz told us
    you …’, ‘A. Noor texted me …’), without the label: the name after it; None for any other mention (an
    initial, ‘A. Philip Randolph said’, in an article whose paragraphs open with no such labels).

    >>> t = "Q. Why?\n\nA. Fine.\n\nQ. Ruiz told us so."
    >>> at = t.index("Q. Ruiz")
    >>> _without_interview_label(t, Mention(at, at + 7, "Q. Ruiz", "name")).text
    'Ruiz'
    >>> _without_interview_label("A. Philip Randolph said.", Mention(0, 17, "A. Philip Randolph", "name")) is None
    True
    """
    words = mention.text.split()
    if mention.kind != "name" or len(words) < 2 or words[0] not in INTERVIEW_LABELS \
            or not interview_label_at(text, mention.start):
        return None
    start = text.index(words[1], mention.start)
    return Mention(start, mention.end, text[start:mention.end], mention.kind, mention.role)


def _mention_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]], content: str,
                     b_lo: int) -> None:
    """Who a found mention stands for first: the cast's reading, or one by a passive, place, letter, role or alias."""
    # ‘Asked by the presenter, Mishal Webb, whether …, he replied:’ is never Webb; ‘A resident, who asked to be
    # identified only as Abu Rami, said’ is Abu Rami (sets found.person, found.how; may move cast.position)
    asked_by = (RE_ASKED_BY.search(text, b_lo, found.mention.start) or RE_FRONTED_BY.search(text, b_lo, found.mention.start)) \
        if found.mention.kind == "pronoun" else None  # (or a fronted phrase's agent after "by": ‘Under
    # cross-examination by the defence barrister, Lydia Fox, she agreed’ is never Fox's, w142l)
    if asked_by is not None:  # ‘Asked by the presenter, Mishal Webb, whether …, he replied:’:
        cast.position = asked_by.start()  # never the one asking
    elif found.mention.kind == "pronoun" and found.rule == "subject" and found.mention.start < sp.open_at \
            and RE_PASSIVE_BY.match(text, found.mention.end) is not None:
        cast.position = found.mention.start  # a passive's subject, never its agent after "by": ‘He
        # was heckled briefly by a man in the gallery …, and paused before adding: “…”’
    bare_role = found.mention.kind == "name" and found.rule != "label" and found.mention.text[:1].isupper() \
        and found.mention.text[1:].isalpha() and found.mention.text[1:].islower() \
        and found.mention.text.lower() in ROLE_NOUNS and not cast.knows(found.mention.text.lower())
    kind_noun = not bare_role and found.mention.kind == "name" and found.rule != "label" \
        and headline_kind_noun(text, found.mention.text, found.mention.start) \
        and not cast.knows(found.mention.text.lower())  # (‘Watchdog warns …’, ‘Bride says …’: a kind, w109a)
    # (a title-case word only: a transcript's "HOST:" is its label)
    if (unlabelled := _without_interview_label(text, found.mention)) is not None:
        found.mention = unlabelled  # (‘Q. Adeyinka told us …’ in a Q-and-A: the question's label is no initial)
    if (surname := _surname_of_plural(text, found.mention, cast)) is not None:
        found.mention = surname  # (‘“…,” Fellows said’ after Commissioner Carla Fellows: she, never "fellows")
    found.person, found.how = (None, "role-word") if bare_role else _found_person(found, cast)
    # (a bare capitalised role word, no name the cast knows, is never read as a name: a headline's
    # ‘Governor says …’ would leave a person called "Governor" in the cast, whom a later ‘the Governor
    # said:’ would then be taken for, never the holder the body names; it is resolved below)
    if (product := _product_speaker(text, sp, found, cast)) is not None:
        found.person, found.how = product
    if (place := RE_PLACE_EPITHET.fullmatch(found.mention.text) if found.mention.kind == "description"
            else _place_compound(found.mention.text) if found.mention.kind == "organisation" else None) is not None \
            or (found.mention.kind == "description" and (place := _place_compound(found.mention.text)) is not None):
        from_there = _person_of_place(text, place.group("place"), found.mention.start, cast, place.group("noun"))
        found.person, found.how = (from_there, "place-epithet") if from_there is not None \
            else (Person(found.mention.text, kind="description"), "description")
    if found.rule == "cue-in-sentence" and found.mention.kind == "description" and found.cue.lower().startswith("in ") \
            and found.cue.endswith(("words", "view")) \
            and not _kin_named_near(found.person, found.mention.start, cast):
        found.person, found.how = None, "kin-unnamed"  # ‘In his son's words, “…”’ of a son no one named
    cast.position = sp.open_at
    if found.mention.kind == "pronoun" and (writer := _letter_writer(text, sp, found, cast)) is not None:
        found.person, found.how = writer, "pronoun"  # (‘A letter from Ravi Menon … was read out. “…,” he
        # wrote’ is the letter's writer, never the last one who spoke)
    elif found.mention.kind == "pronoun" and (past := _past_interview_speaker(text, sp, found.mention, cast)) is not None:
        found.person, found.how = past, "pronoun"  # (one asked in an interview years ago: ‘In a 1987
        # interview, Packie was asked what he would change. “Nothing,” he said’ is Packie's)
    if found.rule in ("cue-before", "cue-in-sentence") and (
            found.how == "pronoun-unresolved" or _they_in_own_clause(text, found.mention)):
        own = _own_sentence_subject(text, sp, found.mention, cast)
        if own is not None:
            found.person, found.how = own, "pronoun"
    generation = RE_GENERATION.search(text, max(0, found.mention.start - 12), found.mention.start) \
        if found.mention.kind == "name" and " " not in found.mention.text else None
    if generation is not None:  # ‘“…,” the younger Marsh said’: of John Marsh Sr. and John Marsh Jr.
        key = found.mention.text.rstrip(".").lower()
        kin = [q for q in (cast.by_surname.get(key), *cast.namesakes.get(key, ())) if q is not None]
        suffix = ("jr", "ii") if generation.group(1).lower() == "younger" else ("sr",)
        fits = [q for q in kin if q.name.split()[-1].rstrip(".").lower() in suffix]
        if len(fits) == 1:
            found.person, found.how = fits[0], "generation"
    if kind_noun and not (found.person is not None and found.person.name == found.mention.text):
        kind_noun = False  # (only where the word would be read as a name: another rule's reading stands)
    if bare_role or kind_noun:
        # a headline's bare role word, no name: ‘Coach says players “gave everything”’ is the coach
        # the article names, when it names one, never "Coach"
        holder, how = cast.resolve(Mention(found.mention.start, found.mention.end,
                                           "the " + found.mention.text.lower(), "description"))
        if kind_noun and (holder is None or holder.kind not in ("name", "organisation")) and (body := sole_body_of_noun(
                cast.body_names(), found.mention.text)) is not None:
            holder, how = Person(body, kind="organisation"), "title-anaphor"  # (a body's kind, the one body so named: ‘Council blames …’ of
            # Kingsmere Council, w109a)
        found.person, found.how = (holder, how) if holder is not None and (holder.kind == "name" or (kind_noun and holder.kind == "organisation")) \
            else (None, "kind-word" if kind_noun else "role-word")  # (a kind's word left no one's may still go to
        # the one below who says the words again, as a topic's do: ‘Regulator says … ‘clear warnings’’, w109a)
        if bare_role and found.person is None and _opens_heading_line(text, sp, found.mention) \
                and (sole := _sole_holder_below(text, found.mention, cast, paras)) is not None:
            found.person, found.how = sole, "title-anaphor"  # (a deck's or a key point's ‘Bishop says decision
            # is “…”’ before any name: the one bishop the article names below, ‘The Rt Rev Helen Aldridge, the
            # Bishop of Wexcombe,’; the first line's own role word stays no one's, case headline-bare-role-word)
    elif (role := _headline_role(text, sp, found)) is not None \
            and (holder := cast.sole_office_holder(role.text.lower(), _of_headline_kind(found.mention, role, cast))) is not None \
            and _holder_body_in_lead(text, holder, role.text.lower(), paras):
        # a headline's bare role in lower case or in capitals, or one set right before its marks:
        # ‘“…,” admits CEO’, ‘…; president “truly ashamed”’ is the one person the whole article names
        # in that office, below it (as written when it names none or two)
        found.mention, found.person, found.how = role, holder, "title-anaphor"
    elif (office := _headline_office_label(text, sp, found)) is not None:
        # a headline's label of a body's name and its head's office: ‘Skyline Aer CEO: ‘…’’ is the one person
        # the article names in that office at that body (‘Skyline Aer chief executive Dana Moreau’, ‘The
        # company's chief executive, Dana Moreau,’), and no one's when it names none (never the body's)
        holder = cast.sole_office_holder(office[0], lambda q: _holds_for_body(q, office[1], cast)) \
            or (_boss_of_body(office[1], cast) if office[0] == "boss" else None)  # (‘Halvex boss:’ is its
        # managing director or chief executive, else its chair, by the office the body gives them)
        # (the one at that body, whoever else heads another: ‘Rival Nordjet's CEO, Per Lind,’ stays out)
        found.person, found.how = (holder, "title-anaphor") if holder is not None and _holds_for_body(
            holder, office[1], cast) else (None, "role-word")
    described = found.how == "description" or (found.how == "description-anaphor" and found.mention.text == "One")
    # (a bare "One" of a group, the group's one: ‘Fans queued. One, who gave her name only as Aoife, said’)
    alias = RE_ALIAS.match(text, (m_ := RE_PLACE_SET_OFF.match(text, found.mention.end)
                                  or RE_DECADE_SET_OFF.match(text, found.mention.end)) and m_.end()
                           or found.mention.end) if described \
        and alias_is_theirs(found.mention.text) else None  # (past the place's name: ‘a server at the
    # group’s flagship, Ember & Oak, who asked that only her first name, Kayla, be used’)
    if alias is None and described and text.startswith((" who ", ", who "), found.mention.end) \
            and alias_is_theirs(found.mention.text):
        alias = alias_after_clause(text, found.mention.end + (text[found.mention.end] == ","))  # (or past a
        # first clause of theirs: ‘said a farmer who lives near the pipeline and who gave his name only as
        # Don Refugio’, ‘A trader, who had come from Kano and gave his name only as Musa, said’)
    if alias is None and described and text.startswith((", a ", ", an "), found.mention.end) \
            and alias_is_theirs(found.mention.text):
        alias = alias_past_set_off(text, found.mention.end)  # (or in a description set off after them: ‘One
        # protester, a 24-year-old student who gave her name only as Katya, told the BBC’, w108c)
    if alias is None:
        alias = _alias_after_pronoun_cue(text, sp, found, paras)
    if alias is not None:  # ‘A resident, who asked to be identified only as Abu Rami, said’
        found.person, found.how = Person(alias.group(2), gender=alias_gender(alias)), "alias"
        # (after a pronoun's cue too, the name the writer was asked to keep to: ‘“…,” she told the Post, asking
        # that only her surname, Zhou, be used’ is Zhou's, never the one the pronoun went to, w69a)
    if found.mention.kind in ("name", "description") and found.rule in ("cue-before", "cue-in-sentence", "subject") \
            and (document := _document_addressed_to(text, found.mention)) is not None:
        # the one a letter went to never wrote it: ‘The letter, addressed to the council’s chief
        # executive, Joanna Pike, says …’ is the letter's (its writer's, when the article gives one)
        found.mention = document
        found.person, found.how = cast.resolve(document)
    if found.rule in ("subject", "cue-before", "cue-in-sentence", "colon") and found.mention.end <= sp.open_at \
            and sp.open_at - found.mention.end < CONTEXT_CHARS and (writer := _writer_read_out(text, found.mention.end, sp.open_at)) is not None:
        found.mention, found.person, found.how = writer.mention, writer.person, "description"  # (‘Host X
        # read out a text from a farmer in Cavan who wrote that prices were “…”’: the farmer's words)
    if found.how == "description" and found.mention.kind == "description" \
            and (leader := _leader_named_by_verb(text, found.mention, cast)) is not None:
        found.person, found.how = leader, "title-anaphor"  # (‘a debate moderated by anchor X … “…?” the
        # moderator asked’)
    if found.how in ("description", "organisation") and (writer := _court_writer(text, found.mention, cast)) is not None:
        found.person, found.how = writer, "court-writer"  # (‘Justice X authored the majority opinion …. “…,” the
        # majority opinion reads’, ‘In a dissent, Justice Y …. “…,” the dissent said’: the judge who wrote it)
    if found.person is not None and found.person.kind == "organisation" and found.mention.kind == "name" \
            and " " not in found.mention.text and " " in found.person.name and RE_FIRST_PERSON.search(content):
        # ‘“I support candidates who share my values,” Koch said’: a person speaks of himself,
        # not the company named "Koch Industries"
        found.person = Person(found.mention.text)


def _of_headline_kind(mention: Mention, role: Mention, cast: Cast) -> Callable[[Person], bool] | None:
    """For a headline's role after the kind of body it heads (‘temple president’), those whose office the
    article writes with that kind (‘The temple’s president’, ‘president of the temple’); None for a bare role."""
    kinds = mention.text[:role.start - mention.start].lower().split() if role.start > mention.start else []
    if not kinds:
        return None
    # the kind is the office's owner, right before the role word, which ends it; or the role word "of
    # the" kind: never a body whose kind is only a part (‘supporters' club chairman’), nor another office
    # at the body (‘the hospital's chief nurse’, ‘the council's opposition leader’, review rv79b)
    if not mention.text[:role.start - mention.start].islower():  # (a body by name: ‘Kenya coach’, w60a)
        return lambda q: any(all(k in r.lower().replace("’", " ").replace("'", " ").split() for k in kinds) for r in cast.roles_of(q))
    word = regex.escape(role.text.lower())
    kind = r"\s+".join(map(regex.escape, kinds))
    shape = regex.compile(rf"(?:(?:the|its|their|our)\s+)?{kind}(?:['’]s?)?\s+{word}|(?:the\s+)?{word}\s+(?:of|at)\s+(?:the\s+)?{kind}")
    return lambda q: any(shape.fullmatch(r.lower().strip()) for r in cast.roles_of(q))


def _holds_for_body(holder: Person, body: list[str], cast: Cast) -> bool:
    """One of ``holder``'s roles is at the body a headline's label names (‘Skyline Aer chief executive’ for
    ‘Skyline Aer CEO:’) or at none by name (‘the company's chief executive’), never at another body named."""
    return any(all(w.lower() in r.lower() for w in body) or not any(c.isupper() for c in r) for r in cast.roles_of(holder))


def _boss_of_body(body: list[str], cast: Cast) -> Person | None:
    """The one person the article names as the head of the body a headline's label calls "<Body> boss:"
    (‘Halvex managing director Ruth Adeyemi’, ‘the chief executive of Halvex, X’), else as its chair
    (:data:`RE_BOSS_OFFICES`, in order); None when two hold the office, or none does (never the body)."""
    for office in RE_BOSS_OFFICES:
        holders = {id(q): q for q in itertools.chain(cast.by_surname.values(), *cast.namesakes.values())
                   if q.kind == "name" and not q.plural and q.spots and any(
                       (m := office.search(r)) is not None and RE_LESSER_BOSS.search(r) is None
                       and (all(w.lower() in r.lower() for w in body) or not any(c.isupper() for c in r)
                            and RE_BOSS_OWN_HEAD.fullmatch(r, 0, m.start()) is not None
                            and RE_BOSS_OWN_TAIL.fullmatch(r, m.end()) is not None)  # (never another body's:
                       # ‘chair of the business select committee’, ‘inquiry chairman’, review rv72c)
                       for r in cast.roles_of(q))}
        if holders:
            return next(iter(holders.values())) if len(holders) == 1 else None
    return None


def _body_described_before(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]]) -> Person | None:
    """The body a description an "it" stands for names (‘The startup said …. It declined to …’): the
    description where it stands in the text before the "it" (within :data:`IT_DESCRIPTION_REACH`), read as a
    speaker's mention would be; None when it names no body."""
    name = found.person.name
    at = _last_written(text, name, max(0, found.mention.start - IT_DESCRIPTION_REACH), found.mention.start)
    if at < 0:
        return None
    m = Mention(at, at + len(name), text[at:at + len(name)], "description")
    probe = Found(m, found.person, "cue-before", "said", "description")
    _description_speaker(text, sp, probe, cast, paras, m.text.split(), description_head(m.text))
    return probe.person if probe.how == "body" else None


def _last_written(text: str, name: str, lo: int, hi: int) -> int:
    """Where ``name`` is written last inside ``text[lo:hi]``, whatever its case (-1 for none). The text itself
    is searched, never a lower-cased copy, whose offsets may not be the text's (‘İ’ lower-cased is two
    characters).

    >>> t = "İZMİR — The startup grew. THE STARTUP said"
    >>> _last_written(t, "the startup", 0, len(t)), t[26:37]
    (26, 'THE STARTUP')
    >>> _last_written(t, "the startup", 0, 30)
    8
    >>> _last_written(t, "the firm", 0, len(t))
    -1
    """
    n = len(name)
    wanted = name.casefold()
    for at in range(hi - n, lo - 1, -1):
        if text[at:at + n].casefold() == wanted:
            return at
    return -1


#: How far before a body's "it" the description it stands for is looked for.
IT_DESCRIPTION_REACH = 400


def _pronoun_speaker(text: str, sp: Span, idx: int, spans: list[Span], results: list[tuple[Span, Found | None, str]],
                     found: Found, cast: Cast, paras: list[tuple[int, int]], lo: int, content: str) -> None:
    """Who an "it", a "he", "she" or "they", or a name by a colon, stands for, by the cue and the quotations around."""
    # ‘It said …’ is the body "it" stands for; ‘Sen. Tuttle asked Marsh whether …. / “No, sir,” she said’ the
    # one asked (sets found.person, found.how)
    if found.mention.kind == "pronoun" and found.mention.text.lower() == "it":
        # (only a body's "it" that speaks: ‘It said …’, never the subject of ‘It sends a message’)
        spoke = found.rule in ("cue-after", "cue-before", "cue-in-sentence", "colon") and found.cue is not None \
            and found.cue.lower() in SPEECH_VERBS
        declined = found.rule == "subject" \
            and (text[found.mention.end:found.mention.end + 12].split() or [""])[0] in IT_DECLINING_VERBS
        spoke = spoke or declined  # (a body's "it" that declines one thing and says another: ‘It declined to
        # disclose revenue but said sales had “more than tripled”’ (w98b))
        found.person, found.how = ((_document_sender(text, sp, paras, found.mention.start, cast)
                                    or issued_document_sender(text, sp, paras, found.mention.start, found.cue or "said", cast)
                                    or _owners_body_clause_before(text, sp, found.mention.start, cast)
                                    or _body_for_it(text, sp, found.mention.start, paras, cast, (found.cue or "said").lower()))
                                   if spoke else None), "pronoun"
        if declined and found.person is not None and found.person.kind == "description":
            found.person = _body_described_before(text, sp, found, cast, paras) or found.person  # (‘The startup
            # said …. It declined to …’ is the startup named before: ‘Tallyhop, a young startup, …’)
        if found.person is not None and found.person.kind == "description" \
                and (writer := _document_writer(text, found.mention, found.person.name, cast)) is not None:
            found.person = writer[0]  # the report "it" stands for speaks for its author: ‘An independent
            # review of the policy by the Hartwell Institute …. It concluded that …“…”’; a document for its
            # issuer: ‘The document … was released by X. It urges …“…”’ is X's
        if found.person is not None and found.person.kind != "name" and (writer := _court_writer(
                text, Mention(found.mention.start, found.mention.end, found.person.name, "description"), cast)) is not None:
            found.person = writer  # (the court of a judge who sits alone: ‘Justice X, allowing the petition, …. The
            # Court noted …, findings which it said were “…”’ is Justice X's, as "the Court" is)
        if (product := _product_speaker(text, sp, found, cast)) is not None:
            found.person, found.how = product  # (a talking product's "it": ‘I asked Ember …. “…,” it said’)
        if spoke and (found.person is None or found.person.kind == "description" and _material_noun(found.person.name)) \
                and (material := _material_it(text, sp, found.mention.start)) is not None:
            found.person = _material_maker(text, material[0], material[1], cast) or found.person  # (a post's or
            # a mailer's "it", its maker named: ‘The mailer, sent to voters …, shows …. “…,” it reads’ (w54a))
    if found.rule == "cue-after" and (found.how == "pronoun" and found.person is not None or (
            found.how == "pronoun-unresolved" and found.mention.text.lower() in GENDERS)):
        subject = _pronoun_subject(text, sp, lo, spans[max(0, idx - 3):idx], paras, cast, found)
        if subject is None and found.how == "pronoun":
            subject = _lone_speaker_before(text, sp, paras, cast, found)
        if subject is not None:  # (and one nothing before resolves: ‘Another caller, Derek, a
            found.person, found.how = subject, "pronoun"  # retired postman, … “…,” he said’)
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun" and found.person is not None \
            and (office := _office_subject_before(text, sp, found, cast)) is not None:
        found.person = office  # ‘The president himself has sent mixed signals. In an interview, he called
        # it “…”’: the office holder the sentence before is about, never the last man named
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun" and found.person is not None \
            and (heard := heard_one_reported_before(text, sp, found, cast)) is not None:
        found.person = heard  # ‘Prosecutor X said Y had worked all night. The court heard he told officers:
        # “…”’: the one the teller reported on, never the teller (w113b)
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun-unresolved" \
            and found.mention.text.lower() == "they" and (group := _plural_subject_before(text, sp)) is not None:
        found.person, found.how = group, "pronoun"  # (‘The stewards reprimanded X. In their decision,
        # they said …’: the stewards)
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun-unresolved" \
            and found.mention.text.lower() == "they" and idx > 0 \
            and (lead := _lead_of_fellows(text, sp, spans[idx - 1], results[idx - 1][1])) is not None:
        found.person, found.how = lead, "pronoun"  # (‘X and her counterparts write: “…” / They add: “…”’
        # is X's, as the first words are)
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun-unresolved" \
            and found.mention.text.lower() in GENDERS \
            and (named := _pronoun_one_named_next(text, found.mention, sp.para_end, cast)) is not None:
        found.person, found.how = named, "pronoun"  # (‘… a parent’s request … for what she described as “…”. /
        # … filed by parent X …’: the one the next paragraph names by the noun, w107e)
    if found.rule == "cue-after" and found.how == "pronoun-unresolved" and found.mention.text.lower() == "they":
        one = _singular_they(text, sp, lo) or _anonymous_source_they(text, sp, lo, paras, cast) \
            or (_quoted_one_they(text, sp, lo, spans[idx - 1], results[idx - 1][1]) if idx > 0 else None)
        # (a "they" nothing plural before resolves)
        if one is not None:
            found.person, found.how = one, "pronoun"
    if found.rule == "cue-after" and found.how in ("pronoun", "pronoun-unresolved") \
            and (found.person is None or found.person.kind != "description" or found.person.plural) \
            and (kept := _kept_back_before(text, sp, paras, found.mention.text.lower())) is not None:
        # ‘One of the former drivers, who … asked not to be identified because she …, said …. / “…,”
        # she said’: the one kept back, never a woman named before; so too "they"
        found.person, found.how = cast.resolve(kept)[0] or Person(kept.text, kind="description"), "pronoun"
        # (never over one someone described the pronoun found already, only over a group)
    elif found.rule == "cue-after" and found.how in ("pronoun", "pronoun-unresolved") \
            and found.mention.text.lower() in GENDERS \
            and (one := _unnamed_one_before(text, sp, paras, GENDERS[found.mention.text.lower()], with_clause=True)) is not None \
            and (found.person is None or found.person.kind != "description" or found.person.plural
                 or text.endswith("Another, ", 0, one.start)
                 or (not _described_in_paragraph(text, found.person, sp, paras) and _unnamed_one_spoke(text, one))) \
            and (found.person is None or found.person.name.lower() != one.text.lower()) \
            and (found.person is None or found.person.kind != "description"
                 or not found.person.name.lower().startswith(one.text.lower() + " ")):
        # ‘One court clerk, watching the queue grow, shook his head. “…,” he said’: the one unnamed the
        # sentence before is about, who gestures or speaks there, never a man named paragraphs before (nor one
        # described before whom a bare "Another," sets apart: ‘Another, a midwife on the ward, said …’, w66c);
        # nor one described only in a paragraph before (‘A Corvane spokesperson said …. / One of the
        # mill's 80 workers, a former welder, said he … “…,” he said’ is the worker) (w66i), who must have spoken
        # there, never only gestured (review rv66i: ‘A patient, a retired miner, shook his head.’); never over
        # the same one the description route found with their clause (guard w96c: ‘An agent who handled the
        # sale told The Courier he …. / “…,” he said’ stays "an agent who handled the sale")
        found.person, found.how = cast.resolve(one)[0] or Person(one.text, kind="description"), "pronoun"
    elif found.rule == "cue-after" and found.how in ("pronoun", "pronoun-unresolved") \
            and found.mention.text.lower() in ("he", "she") and (found.person is None or found.person.kind == "name") \
            and (one := _one_opening_paragraph(text, sp, paras, GENDERS[found.mention.text.lower()])) is not None:
        # ‘One fan, wrapped in a flag, was unbowed. “…,” he said’: the one "One" brings in at the opening of the
        # quotation's own paragraph, whatever they did there, never a man named paragraphs before (w68c)
        found.person, found.how = cast.resolve(one)[0] or Person(one.text, kind="description"), "pronoun"
    if found.how == "pronoun" and (found.cue or "").lower() in REPLY_CUES and found.person is not None:
        asked = _one_asked(text, sp, paras, cast, found)
        if asked is None and idx > 0 and results[idx - 1][1] is not None and results[idx - 1][1].person is not None \
                and results[idx - 1][1].person.name == found.person.name and text[spans[idx - 1].end - 1] == "?":
            # (the asker again, whether named or described: ‘“Will you resign?” a reporter asked as X left’)
            asked = _answerer(text, spans[idx - 1], sp, cast, found) or _other_of_sex(cast, found)
        if asked is not None:  # ‘The moderator, X, asked Defence Minister Y whether …. “…,” he
            found.person = asked  # replied’: the one asked replies, never the asker
    elif found.how == "pronoun" and found.person is not None and idx > 0 and sp.open_at == sp.para_start \
            and _answer_after_reporters_question(text, sp, spans[idx - 1], results[idx - 1][1], found) \
            and (asked := _answerer(text, spans[idx - 1], sp, cast, found) or _other_of_sex(cast, found)
                 or _party_asked_of_sex(spans[idx - 1], found, cast, paras)) is not None:
        found.person = asked  # a "he" or "she" that said the words of the paragraph after a reporter's question
        # is the one asked, never the reporter: ‘“Is the video fake?” a reporter asked. / “…,” he said.’
    elif found.how == "pronoun" and found.person is not None and idx > 0 and sp.open_at == sp.para_start \
            and (q := results[idx - 1][1]) is not None and q.person is not None and q.person.name != found.person.name \
            and _answers_question(text, sp._replace(close_end=sp.para_end), spans[idx - 1], q) \
            and text[spans[idx - 1].para_start:spans[idx - 1].para_start + 1] in "“\"‘'«„" \
            and spans[idx - 1].paragraph > 0 and text[paras[spans[idx - 1].paragraph - 1][0]] not in "“\"‘'«„":
        # a "he" or "she" answering a question put in the paragraph before: the one other person
        # the narrative before the question names, of that sex (‘Mr Gray showed Dr Carrow the email.
        # / “Do you accept that?” he asked. / “I would have considered it,” she said.’)
        asked = _party_asked(spans[idx - 1], q.person, cast, paras[spans[idx - 1].paragraph - 1][0])
        if asked is not None and asked.gender == GENDERS.get(found.mention.text.lower()):
            found.person = asked
    if found.rule == "cue-after" and found.how == "pronoun" and found.person is not None \
            and sp.open_at == sp.para_start and sp.paragraph > 0 and not content.rstrip().endswith("?") \
            and _asker_told_in_paragraph(text, paras[sp.paragraph - 1], found.person) \
            and not _calls_someone_else(content, found.person, cast) \
            and (answerer := _other_of_sex(cast, found)) is not None:
        found.person = answerer  # (the one asked answers, never the asker: ‘A reporter from the Courier asked
        # whether …. / “Very,” she said.’ is the official who spoke before)
    if found.how == "pronoun" and found.person is not None and found.person.kind == "name" \
            and (_hails(content, found.person.name) or _styles_in_third_person(content, found.person, cast)
                 or ((found.cue or "").lower() in REPLY_CUES and _addresses(content, found.person.name))):
        # words that call the one a "he" or "she" found are said to them, never by them: the
        # nearest other of that sex (‘… whom the senator singled out. / “Mrs Pettigrew, you gave
        # me a library card,” she said, as Ms Pettigrew wiped away tears.’); and so are words that
        # speak of them by a courtesy title (‘Sir Malcolm wrote: “…”. / … the minister resigned. /
        # “I accept Sir Malcolm’s findings in full,” he wrote’ is the minister's, never Sir Malcolm's)
        # (a reply that calls someone by name in its midst is said to them: ‘“It isn't that simple,
        # Niamh, and you know it,” she replied.’ is never Niamh's)
        other = _other_than_called(cast, found)
        if other is not None or _hails(content, found.person.name):
            found.person = other  # (no other of that sex to say them: theirs after all, as in
            # ‘“I'm not sure Lord Sugar is ready to retire,” he said’ with no other man named)
    if found.how == "name" and found.rule in ("colon", "cue-before") and found.person is not None \
            and found.person.kind == "name" and len(found.person.name.split()) >= 2 \
            and _hails(content, found.person.name.split()[0]) \
            and RE_TOLD_PASSIVE.search(text, found.mention.end, sp.open_at) is not None:
        found.person = None  # words that call the one named before them by their given name are said to
        # them: ‘Okafor was told over the radio: “Five-second penalty, Kofi. …”’ (the one who spoke is unnamed)


def _described_in_paragraph(text: str, p: Person, sp: Span, paras: list[tuple[int, int]]) -> bool:
    """The description ``p`` is written in the quotation's own paragraph before its words (‘A steward,
    who …, said … “…,” he said’), not only in one before it."""
    lo = paras[sp.paragraph][0] if 0 <= sp.paragraph < len(paras) else 0
    return text.lower().find(p.name.lower(), lo, sp.open_at) >= 0

#: A product's noun and its answer right before the words, after the one that asked it: ‘When Reuters
#: asked Sage about Keel, the chatbot replied:’.
RE_PRODUCT_ANSWERED_BEFORE = LazyPattern(r", (?P<who>(?:the|its) (?:chatbot|bot|assistant|system)) "
                                         r"(?:replied|answered|responded|said|wrote)[:,]?\s*\Z")

#: A passive verb right after its subject, its agent next (‘He was heckled briefly by a man …’).
RE_PASSIVE_BY = LazyPattern(r" (?:was|were|is|are|had been|has been) (?:\w+ly )?\w+(?:ed|en|wn|ld|lt|id)(?: \w+ly)? by ")

#: A message and the unnamed person who sent it, ending a description (‘An email from a site manager’):
#: group 1 the message's noun, 2 the sender described, 3 the sender's noun (w66b).
#:
#: >>> RE_SENT_FROM_DESCRIBED.search("An email from a site manager").group(2, 3)
#: ('a site manager', 'manager')
#: >>> RE_SENT_FROM_DESCRIBED.search("An email from a site manager to the council") is None
#: True
RE_SENT_FROM_DESCRIBED = LazyPattern(r"^(?:[Aa]n?|[Tt]he|[Oo]ne) (\p{Ll}+) (?:sent )?from ((?:an?|one) (?:[\p{Ll}\-]+ ){0,3}(\p{Ll}+))$")

#: A written thing and who issued it, ending a description (‘a statement from Northlight Artist
#: Management’, ‘a letter signed by Mayor Ruth Ellis’; a nation's body by its adjective: ‘a readout
#: issued by the Sarandian presidency’; a ruling body past its adjective: ‘a statement from the ruling
#: Council for Peace and Development’).
RE_ISSUED_BY = LazyPattern(r"\b(\p{Ll}+)s? (?:(?:issued|released|signed|sent|posted|published|written) )?(?:from|by) "
                           r"(?:the (?:" + "|".join(sorted(RULING_WORDS)) + r") (?=\p{Lu}))?"
                           r"((?:the )?\p{Lu}[\p{L}\p{M}’'\-]*(?: (?:of|for|and|\p{Lu}[\p{L}\p{M}’'\-]*)){0,7}"
                           r"|the \p{Lu}[\p{L}\p{M}\-]* (?:" + "|".join(sorted(NATION_BODY_NOUNS)) + r"))$")


#: "the younger" or "the elder" right before a surname (‘the younger Marsh’).
RE_GENERATION = LazyPattern(r"\b(?i:the) (younger|elder) $")

#: An opening phrase that names who asked (‘Asked by the presenter, Mishal Webb, whether …,’).
RE_ASKED_BY = LazyPattern(r"\b[Aa]sked by ")

#: A sentence's opening phrase that names an agent after "by", its few words before "by" lowercase (no one
#: named ahead of it), ending on the comma right before the pronoun that is the sentence's subject: the
#: pronoun is never that agent (‘Under cross-examination by the defence barrister, Lydia Fox, she agreed’,
#: ‘Pressed by reporters, he said’). Never "by" that tells a time or a means (‘By the time Ann Lee arrived, she’),
#: nor a phrase that names another after the agent, whom the pronoun may be (‘In a film made by the director X
#: about Dr Fiona Reid, she says’, review of w142l).
#:
#: >>> t = "Under cross-examination by the defence barrister, Lydia Fox, she"
#: >>> RE_FRONTED_BY.search(t, 0, len(t) - 3).start()
#: 0
#: >>> [RE_FRONTED_BY.search(t, 0, len(t) - 3) is None for t in ("By the time Ann Lee arrived, she",
#: ...     "Before Ann Lee was replaced by Tom Hale, she", "Speaking by phone from Leeds, she",
#: ...     "The man arrested by police, she", "In a film made by the director Ken Loach about Dr Fiona Reid, she")]
#: [True, True, True, True, True]
RE_FRONTED_BY = LazyPattern(r"(?:^|(?<=[.!?][”\"’']?\s)|(?<=\n))(?:(?:Under|Upon|On|During|In|After|When|While) )?"
                            r"(?!The\b|A\b|An\b)\p{Lu}[\p{Ll}\-]*(?: [\p{Ll}\-]+){0,3} by "
                            r"(?!(?:the time|then|now|phone|telephone|video|email|post|mail|far|contrast|comparison|"
                            r"way of|law|hand|night|day|car|train|air|road|sea)\b)"
                            r"(?:(?! (?:about|with|of|on|for|to|featuring|starring) \p{Lu})[^.!?;:“”\"\n]){1,140}, $")

#: A pronoun's cue verb after its quotation and the outlet or listener it names, up to a comma that sets
#: off a clause of the speaker's (‘ told the Post’ in ‘“…,” she told the Post, asking that only …’), w69a.
#:
#: >>> RE_CUE_BEFORE_SET_OFF.match(" told the Post, asking that").group()
#: ' told the Post'
#: >>> RE_CUE_BEFORE_SET_OFF.match(" said, adding") is not None, RE_CUE_BEFORE_SET_OFF.match(" said the plan") is None
#: (True, True)
RE_CUE_BEFORE_SET_OFF = LazyPattern(r" (?:said|says|told|tells|added|wrote|explained)(?: (?:the |The )?\p{Lu}[\p{L}\p{M}.’'\-]*"
                                    r"(?: \p{Lu}[\p{L}\p{M}.’'\-]*){0,3}| (?:reporters|me|us|him|her|them|the paper))?(?=,)")


def _alias_after_pronoun_cue(text: str, sp: Span, found: Found, paras: list[tuple[int, int]]) -> regex.Match | None:
    """The alias clause (:data:`RE_ALIAS`) set off after a "he" or "she" cue after the words and its
    listener (‘“…,” she told the Post, asking that only her surname, Zhou, be used’, w69a), of the
    pronoun's sex only; never one the paragraph already names in full: ‘Daniel Moss said … “…,” he told
    reporters, asking that only his first name, Dan, be used’ stays Moss's (review rv69a)."""
    if found.mention.kind != "pronoun" or found.rule != "cue-after" \
            or (pronoun := found.mention.text.lower()) not in ("he", "she") \
            or (cue := RE_CUE_BEFORE_SET_OFF.match(text, found.mention.end)) is None \
            or (alias := RE_ALIAS.match(text, cue.end())) is None:
        return None
    if alias_gender(alias) not in (None, GENDERS[pronoun]) or _named_in_paragraph(text, found.person, paras[sp.paragraph]):
        return None
    return alias


def _named_in_paragraph(text: str, person: Person | None, para: tuple[int, int]) -> bool:
    """Whether ``person`` is a name of two words or more written whole in the paragraph ``para`` (one already
    named in full there, never a speaker the writer keeps to one name), review rv69a.

    >>> from quotesearch.people import Person
    >>> _named_in_paragraph("Daniel Moss said it. “…,” he said", Person("Daniel Moss"), (0, 34))
    True
    >>> _named_in_paragraph("A nurse said it.", None, (0, 16)), _named_in_paragraph("Moss said", Person("Daniel Moss"), (0, 9))
    (False, False)
    """
    return person is not None and person.kind == "name" and len(person.name.split()) >= 2 \
        and text.find(person.name, para[0], para[1]) >= 0


#: The one named before a call hears the words, never says them (‘Okafor was told over the radio:’); a
#: speaker's own words to a crowd that shares their name (‘Austin Carter told the crowd: “Thank you,
#: Austin.”’) stay theirs.
RE_TOLD_PASSIVE = LazyPattern(r"\b(?:was|were|is|are|being|got|gets|had been|has been)\s+(?:\w+\s+)?"
                              r"(?:told|informed|warned|instructed|reminded|radioed|urged|asked|ordered)\b"
                              r"|\b(?:heard|hears|received)\b")

#: A place's name set off after a description, before a "who" clause (‘at the flagship, Ember &
#: Oak, who …’).
RE_PLACE_SET_OFF = LazyPattern(r", \p{Lu}[\p{L}\p{M}’'\-]*+(?: (?:&|and|of|the|\p{Lu}[\p{L}\p{M}’'\-]*+)){0,4}(?=, who )")

#: A description's age by its decade, before a "who" clause that gives the name to go by (‘one of them,
#: a man in his sixties who gave his name only as Milan’).
#:
#: >>> RE_DECADE_SET_OFF.match(" in her late fifties who gave her name only as Vesna").group()
#: ' in her late fifties'
RE_DECADE_SET_OFF = LazyPattern(r" in (?:his|her|their) (?:early |mid-|mid |late )?(?:teens|twenties|thirties|forties|fifties"
                                r"|sixties|seventies|eighties|nineties|[2-9]0s)(?=,? who )")
