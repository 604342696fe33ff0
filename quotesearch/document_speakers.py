"""Who speaks for a document a cue names: a statement's, report's, message's or ad's issuer,
writer or owner (_document_speaker), a writing's signer or named writer (_writing_speaker), and
the owner of a writing or the kin a described speaker names (_owner_or_kin_speaker).
"""

from __future__ import annotations

import re

import regex

from quotesearch.cue_tokens import Found
from quotesearch.lexicon import LazyPattern
from quotesearch.document_words import ISSUED_DOCUMENT_NOUNS, OWN_WRITINGS, SIGNED_NOTE_NOUNS, WRITING_NOUNS
from quotesearch.role_words import ROLE_NOUNS
from quotesearch.mention_words import Mention, description_head
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.bodies import _body_before
from quotesearch.body_names import RE_THE_STATEMENT, _firm_document, _other_firm_introduced
from quotesearch.described_people import _introduced_description, _same_paragraph
from quotesearch.body_kinds import _body_fits
from quotesearch.described_bodies import _described_body
from quotesearch.clauses import _tech_letters
from quotesearch.interviews import OWNER_PRONOUNS
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.relations import (
    KIN_SEX, _kin_given_with_family_surname, _kin_of, _spouse_in_couple, _spouse_told_just_before,
)
from quotesearch.statements import WRITTEN_NOUNS, _body_announcing_before, _sentence_start, _written_head
from quotesearch.document_authors import (
    _acronym_of_group, _document_issuer, _document_owner, _document_writer, _issuer_after, _issuing_body, _minutes_body,
    _named_owners_document, _owned_document_named_again, _ruling_noun,
)
from quotesearch.document_senders import (
    RE_SET_OFF_SENT_BY, SENDER_READ_REACH, _document_sender, _document_sent_by, _sender_in_next_sentence,
    _statement_reports, sender_inside, sender_named_at, signer_named_after, study_publisher_before,
    subject_who_sent,
)
from quotesearch.earlier_statements import (
    RE_OWNERS_DOCUMENT, _body_cued_as, _body_statement_before, _its_document_after_body, _kind_said_in_its_report,
    RE_THE_REPORT, _report_body_before, _report_issuer_again,
    _lone_statement_issuer, _spokesperson_of_statement, _statement_body_before, _statement_issuer_before,
    document_said_again, speaker_in_document_before,
)
from quotesearch.sole_bodies import _sole_body_of_kind
from quotesearch.lede_firms import _article_company
from quotesearch.kind_statements import _kind_announcing_before
from quotesearch.ruling_issuers import ruling_issuer_before
from quotesearch.document_issuers import body_modifying_document, issuer_told_of, report_body_inside
from quotesearch.award_citations import citation_awarder
from quotesearch.behalf_statements import behalf_owner
from quotesearch.username_posts import username_poster
from quotesearch.page_reports import page_report_maker
from quotesearch.own_notices import apposed_body_of_kind, name_said_in_own_notice
from quotesearch.material_makers import _ad_maker, _material_maker, _material_noun
from quotesearch.unnamed_subjects import _possessive_inside
from quotesearch.it_subjects import _body_for_it, _its_owner_before, _statement_author, _their_owner_before
from quotesearch.narrative_subjects import _attacked_rival_retorting
from quotesearch.writers import (
    WRITING_CUES, _phrase_author_after, _private_writing, _signer_set_off, _writer_named_before, _writer_of,
    _writing_it_read,
)


#: A person of one sex told of by a noun, between a named writer and "his"/"her" writing: who the
#: pronoun is may be that one.
RE_SAME_SEX_OTHER = {
    "he": regex.compile(r"\b(?:man|men|boy|father|grandfather|son|husband|brother|uncle|nephew|widower|grandson)\b"),
    "she": regex.compile(r"\b(?:woman|women|girl|mother|grandmother|daughter|wife|sister|aunt|niece|widow|granddaughter)\b"),
}

#: One's own writing as the speaker at a cue (‘Her caption read, “…”’, ‘“…,” his tweet said’), the year
#: it was written in before it or not (‘His 1962 memo warned’, ‘Her 1988 report described’): the
#: pronoun in group 1, whose writing it is.
RE_OWN_WRITING = LazyPattern(r"(His|Her|his|her) (?:(?:1[6-9]\d\d|20\d\d) )?(?:(?:latest|last|first|final|own|original|Instagram|Facebook|TikTok|X) )?(?:"
                             + "|".join(sorted(OWN_WRITINGS)) + ")")

#: After one's own writing, its verb with the owner's own object pronoun: a writing about that one, by
#: another (‘His 2021 review described him as “…”’, ‘Her school report called her “…”’).
#:
#: >>> RE_ABOUT_ITS_OWNER["his"].match(" described him as").group(0), RE_ABOUT_ITS_OWNER["his"].match(" called the play")
#: (' described him', None)
RE_ABOUT_ITS_OWNER = {
    "his": regex.compile(r"\s+\w+\s+him\b"),
    "her": regex.compile(r"\s+\w+\s+her\b"),
}


def _document_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]],
                      results: list[tuple[Span, Found | None, str]], lo: int) -> None:
    """Who speaks for a statement, report, message or other document a cue names: its issuer, writer or owner."""
    if found.how == "description" and (owner := behalf_owner(text, found.mention, cast)) is not None:
        found.person, found.how = owner, "statement"  # (‘Mr X’s solicitor read a statement on his behalf. /
        # “…,” the statement said.’: X's, the one it was read for, w112f)
    # ‘The statement, released by the X Council …, said’ is the council's; ‘X said in a report …. “…,” the
    # report said’ is X's (sets found.person, found.how)
    if found.how == "description" and _written_head(found.mention.text) in WRITTEN_NOUNS \
            and RE_THE_STATEMENT.fullmatch(found.mention.text):
        issuer = (_written_head(found.mention.text) in ISSUED_DOCUMENT_NOUNS
                  and _issuer_after(text, found.mention.end, cast)) or None
        author = (issuer if issuer is not None and issuer.kind != "description" else None) \
            or _statement_author(text, sp, lo, paras, cast, found.mention.text) or issuer  # (the issuer
        # set off right after it first, when named: ‘The statement, released by the X Council at the end
        # of a meeting here, said that “…”’ is the council's, whoever gave a statement in the sentence
        # before; one only described there, a part of that one, gives way to it: ‘The Federal Reserve
        # issued a statement. The statement, released by the central bank's press office, said …’)
        owner = RE_OWNERS_DOCUMENT.fullmatch(found.mention.text) if author is None else None
        if owner is not None and owner.group(2).lower() in BODY_NOUNS:
            # ‘“…,” the district’s message said’: the body whose message it is
            author = _body_before(text, found.mention.start, owner.group(2).lower(), sp, paras, cast)
        if author is None:
            author = _page_owner(text, sp, found.mention, found.mention.end, paras, cast)
        if author is None:
            author = _document_sender(text, sp, paras, found.mention.start, cast, _written_head(found.mention.text))
        if author is None:
            author = _document_sent_by(text, sp, paras, found.mention.start, cast, _written_head(found.mention.text),
                                       found.mention.end)
        if author is None and found.mention.start > sp.open_at:
            author = _sender_in_next_sentence(text, sp, cast)  # (‘“…,” read one message. The sender was X.’)
        if author is None and found.mention.start > sp.open_at and sp.open_at == sp.para_start:
            author = _spokesperson_of_statement(text, results, sp, found.mention)  # (‘The spokesman, in
            # the statement, said …. / “…,” the statement said.’)
        if author is None and found.mention.text.lower().startswith(("a ", "an ")):
            author = _body_announcing_before(text, sp, cast)
            if author is None:
                author = _kind_announcing_before(text, sp, found.mention, paras, cast)  # (‘The league said
                # …. “…,” a statement read.’: the league the article named, w100c)
        if author is None and found.mention.text.lower().startswith(("the ", "this ")) \
                and _sentence_start(text, sp.para_start, found.mention.start) == found.mention.start:
            author = _statement_issuer_before(results, sp, _written_head(found.mention.text))  # (‘“…,” the
            # post said. / The post also urged …, adding that “…”’: the issuer the first cue gave)
            if author is None:
                author = _statement_body_before(text, results, sp, found.mention)
        if author is None and found.mention.start > sp.open_at:
            author = _body_statement_before(text, results, sp, found.mention)  # (‘X said on X that …. / “…,”
            # the statement said.’, ‘The army said …. / “…,” the army's statement said.’)
        if author is None:
            author = issuer_told_of(text, found.mention, cast)  # (‘…, according to a statement from Campus
            # Police. / The statement said …’, ‘But Okafor, in a statement he signed, rejected it. / “…,” the
            # statement read’: the issuer told of, no other statement between; w94a)
        if author is not None:
            author = _issuing_body(text, author, found.mention.start, sp, paras, cast, found.mention)
        if author is not None and author.kind == "description" \
                and (cued := _body_cued_as(results, sp, author.name)) is not None:
            author = cued  # ‘The league said in a statement that …. / “…,” the statement said’: the
            # body the same words as the cue before stood for
        if author is not None:
            found.person, found.how = author, "statement"
        elif found.mention.start > sp.open_at \
                and (lone := _lone_statement_issuer(text, sp, found.mention, paras)) is not None:
            found.person, found.how = lone, "statement"  # (‘X's representatives issued a statement …. / … /
            # “…,” the statement read.’: theirs, the one statement told of, as written, w85a)
        if (reported := _statement_reports(text, sp, found.mention, cast)) is not None:
            found.person, found.how = reported, "name"  # ‘Zhao also pointed out that … “…,” the statement said’
    if found.how == "description" and (doc := RE_THE_STATEMENT.match(found.mention.text)) is not None \
            and doc.end() < len(found.mention.text) \
            and (owner := _page_owner(text, sp, found.mention, found.mention.start + doc.end(), paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # (‘A message on the company’s website says …’, ‘a post on
        # its official X handle, which read: “…”’: the page's place read inside the mention, w113d)
    if found.how == "description" and (sender := sender_inside(text, found.mention, cast)) is not None:
        found.person, found.how = sender, "statement"  # (‘A memo from the city's Office of Budget Analysis
        # estimates …“…”’: the sender the mention names inside it, w106d)
    if found.how == "description" and (body := report_body_inside(found.mention)) is not None:
        found.person, found.how = body, "statement"  # (‘The report of the Harwell Inquiry said …“…”’: the body
        # named inside it after "of", w128b)
    if found.how == "description" and (sender := subject_who_sent(text, found.mention, cast)) is not None:
        found.person, found.how = sender, "statement"  # (‘X sent a letter to committee members urging …, calling
        # her record “…”’: the one whose clause sends it, w108d)
    if found.how == "description" and (signer := signer_named_after(text, sp, found.mention, cast)) is not None:
        found.person, found.how = signer, "statement"  # (‘A leaked memo warns that staffing is “…”. / The memo,
        # sent by clinical director X to …’: the signer the next sentence names, w126j)
    if found.how == "description" and (body := body_modifying_document(text, found.mention)) is not None:
        found.person, found.how = body, "statement"  # (‘An internal Department of Defence brief … warned that
        # the program faced “…”’: the body named as its modifier, w108d)
    if found.how == "description" and (issuer := _report_body_before(text, found.mention, cast)) is not None:
        found.person, found.how = issuer, "statement"  # (‘X said in a report …. “…,” the report said’: X's)
    if found.how == "description" and (issuer := page_report_maker(text, found.mention)) is not None:
        found.person, found.how = issuer, "statement"  # (‘The X Review concluded …. / The 312-page report, entitled
        # ‘…’, said …’: the review's, w110c)
    if found.how == "description" and (issuer := _report_issuer_again(text, results, found.mention)) is not None:
        found.person, found.how = issuer, "statement"  # (‘X said …. Its report said “…”. / … / The report also noted
        # “…”’: the issuer the earlier cue gave the same report, w110c)
    if found.how == "description" and (issuer := study_publisher_before(text, found.mention, cast)) is not None:
        found.person, found.how = issuer, "statement"  # (‘The study, …, published today by the think tank X, found
        # …. / ‘…,’ the report says.’: X's, w108d)
    if found.how == "description" and (issuer := ruling_issuer_before(text, found.mention, cast)) is not None:
        found.person, found.how = issuer, "statement"  # (‘In its decision, the X Board found …. “…,” the decision
        # read’: the board's, w100c)
    if found.how == "description" and (own := _kind_said_in_its_report(text, found.mention)) is not None \
            and (body := _body_before(text, own[0], own[1], sp, paras, cast)
                 or _described_body(text, own[0], own[1], cast)
                 or _sole_body_of_kind(text, own[0], own[1], cast)
                 or apposed_body_of_kind(text, own[0], own[1])) is not None \
            and _body_fits(text, found.mention, own[1], body):
        found.person, found.how = body, "statement"  # (‘In its report, the inspectorate said …. “…,” the report
        # said’: the body "the inspectorate" stands for, w90c)
    if found.how == "description" and (issuer := citation_awarder(text, found.mention)) is not None:
        found.person, found.how = issuer, "statement"  # (‘… presented with an award by the X Trust. The citation
        # described him as “…”’: the body that gave it, w109e)
    if found.how == "description" and (poster := username_poster(text, found.mention)) is not None:
        found.person, found.how = poster, "statement"  # (‘…, the review, posted under the username “X”, was …. /
        # The review read: “…”’: the username that posted it, w111b)
    if found.how == "description" and (issuer := name_said_in_own_notice(text, found.mention)) is not None:
        found.person, found.how = issuer, "statement"  # (‘In a joint review published Monday, the Guild of
        # Pollsters concluded …. “…,” the review said’: the guild's, w107c)
    if found.how == "description" and RE_ITS_STATEMENT.fullmatch(found.mention.text) \
            and (owner := _its_owner_before(text, found.mention.start, sp, paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # ‘Severnmoor Water … . Its statement described the
        # award as “…”’: the body "its" stands for, whose statement it is
    if found.how == "description" and RE_THEIR_STATEMENT.fullmatch(found.mention.text) \
            and (owner := _their_owner_before(text, found.mention.start, sp, paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # ‘Inspectors from the X Inspectorate visited the jail ….
        # Their report said …“…”’: the body they came from, whose report it is (w130l)
    if found.how == "description" and _possessive_inside(found.mention.text) \
            and (owned := RE_ROLES_REPORT.fullmatch(found.mention.text)) is not None \
            and owned.group(1).lower().rsplit(" ", 1)[-1] in ROLE_NOUNS:
        # ‘According to the referee’s report, Ashcombe “approached the referee …”’: the officer of that
        # noun the article names (‘referee Simon Garside’), never the document; as written when none
        holder, how = cast.resolve(Mention(found.mention.start, found.mention.start + 4 + len(owned.group(1)),
                                           found.mention.text[:4 + len(owned.group(1))], "description"))
        if holder is not None and holder.kind == "name" and how == "title-anaphor":
            found.person, found.how = holder, "statement"
            first = _introduced_description(text, found.mention.start, owned.group(1).lower(), cast)
            if first is not None and first[1] - len(first[0]) > cast.last_spot(holder, found.mention.start) \
                    and _same_paragraph(paras, first[1], found.mention.start):
                # one of that role brought in unnamed in the paragraph, since the named one: ‘Deputy Ana
                # Cruz said …. / THEFT - … A deputy responded …. The deputy's report describes …’
                found.person, found.how = Person(first[0], kind="description"), "introduced"
    if found.how == "description" and (attacked := _attacked_rival_retorting(text, found, cast)) is not None:
        found.person, found.how = attacked, "title-anaphor"  # (‘with X accusing Y of ‘…’ and the
        # Democratic nominee retorting that …’: Y, the one attacked, replies)
    if found.how == "description" and (writer := _document_writer(text, found.mention, found.mention.text, cast)) is not None:
        found.person, found.how = writer  # a report's words are its author's, when the article names one:
        # ‘The audit, released last month by the accounting firm X, found …’; a statement's or a declaration's
        # its issuer's: ‘The declaration, issued by the Inter-Religious Council of Kenya, says …“…”’
        if found.how == "statement":
            found.person = _issuing_body(text, found.person, found.mention.start, sp, paras, cast, found.mention)
            # (‘The appeal, posted by the society, read: “…”’: the society named before)
    if found.how == "description" and found.rule == "cue-before" and found.mention.kind == "description" \
            and _ruling_noun(found.mention.text) is not None and description_head(found.mention.text) is None:
        found.person, found.how = None, "ruling-unissued"  # a decision whose issuer set off after it is no
        # body (‘The decision, published by Judge X, said’): no one, never "the decision" (w134n)
    if found.how == "description" and (filer := issuer_told_of(text, found.mention, cast)) is not None:
        found.person, found.how = filer, "statement"  # (‘Last week, the X Association filed a lawsuit …. The
        # lawsuit states: “…”’: the body told of filing it, w115c; a statement's issuer is read above)
    if found.how == "description" and (acronym := _acronym_of_group(text, found.mention, cast)) is not None:
        found.person, found.how = acronym, "name"  # ‘The Al-Qaeda-linked JNIM group said …’ is JNIM, the
        # short name the article uses on its own too
    if found.how == "description" and (owner := _document_owner(text, found.mention, sp, paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # a body's own document speaks for it: ‘The clinic's
        # patient handbook says …“…”’ is the clinic named before; ‘the Health Ministry's circular’ the ministry's
    if found.how == "description" and (owner := _owned_document_named_again(text, found.mention, sp, paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # the same document named again bare: ‘According to the
        # authority's enforcement notice, …. “…,” the notice said’ is the authority's
    if found.how == "description" and (own := _its_document_after_body(text, found.mention)) is not None \
            and (body := _body_before(text, own[0], own[1], sp, paras, cast)
                 or _described_body(text, own[0], own[1], cast)
                 or _sole_body_of_kind(text, own[0], own[1], cast)
                 or apposed_body_of_kind(text, own[0], own[1])) is not None \
            and _body_fits(text, found.mention, own[1], body):
        found.person, found.how = body, "statement"  # a body's own statement, its "its" right after the
        # body said in it: ‘…, the bank said in its statement, which described the market as “…”’
    if found.how == "description" and (writer := _named_owners_document(found.mention, cast)) is not None:
        found.person, found.how = writer, "statement"  # a named person's own letter or statement is
        # theirs: ‘Senator Ray Obi's statement said the vote was “…”’ (‘the minister's letter’ stays)
    if found.how == "name" and found.mention.text.lower() in ISSUED_DOCUMENT_NOUNS \
            and (issuer := _document_issuer(text, found.mention, found.mention.text.lower(), cast)) is not None:
        found.person, found.how = issuer, "statement"  # a document opening its sentence, taken for a name,
        # is its issuer's: ‘Guidance posted Tuesday by the state Department of Health says residents “…”’
    if found.how == "description" and RE_AN_AD.fullmatch(found.mention.text) is not None \
            and (maker := _ad_maker(text, found.mention, sp, cast)) is not None:
        found.person, found.how = maker, "statement"  # a campaign's ad speaks for it: ‘Badger Forward, a
        # super PAC, hit back with an ad declaring that X had “…”’, ‘The union ran a spot saying …’
    if found.how == "description" and (noun := _material_noun(found.mention.text)) is not None \
            and (maker := _material_maker(text, found.mention, noun, cast)) is not None:
        found.person, found.how = maker, "statement"  # a post, an ad, a leaflet speaks for whoever the
        # article plainly says made it: ‘The flyer, produced by the group X, says: “…”’ (w54a)
    if found.how == "description" and found.mention.text.rsplit(" ", 1)[-1].lower() in ("minutes", "record") \
            and (body := _minutes_body(text, found.mention, cast)) is not None:
        found.person, found.how = body, "statement"  # a meeting's minutes are its committee's words:
        # ‘The Monetary Policy Committee kept its rate at 13 percent. “…,” the minutes said’
    if found.how == "description" and (firm := _firm_document(text, found.mention, sp, paras)) is not None:
        # ‘According to a company blog post, …’, ‘“…,” the post said’ after it: the firm's
        body = _body_before(text, found.mention.start, firm, sp, paras, cast) \
            or _described_body(text, found.mention.start, firm, cast)
        body = body if body is not None and _body_fits(text, found.mention, firm, body) \
            and not _tech_letters(text, body.name) else None  # (never letters of a technical thing: ‘API’)
        if _other_firm_introduced(text, found.mention.start, firm):
            body = None
        elif body is None and (sole := cast.sole_company()) is not None:
            body = Person(sole, kind="organisation")
        if body is not None:
            found.person, found.how = body, "statement"
    if found.how == "description" and (issuer := document_said_again(text, results, sp, found.mention)) is not None:
        found.person, found.how = issuer, "statement"  # (‘“…,” the minutes said. / The document also said …“…”’: the
        # issuer the cue before gave its own document, w141b)
    if found.how == "description" and (spoke := speaker_in_document_before(text, results, sp, found.mention)) is not None:
        found.person, found.how = spoke, "statement"  # (‘In its written judgment, the court found …“…”. / The
        # judgment also said …’: whom the quotation before's cue gave, who spoke in it, w141b)
    if found.how == "description" and sp.close_end is not None \
            and (author := _phrase_author_after(text, sp, cast)) is not None:
        found.person, found.how = author, "phrase-author"  # the sentence after says who wrote the words:
        # ‘its engineers warned the feature was “built to keep you watching.” The phrase, the suit
        # says, came from a memo written by Dana Ruiz’ is Dana Ruiz's


def _owner_or_kin_speaker(text: str, sp: Span, found: Found, cast: Cast) -> None:
    """Who owns the writing or is the kin a described speaker names: the writer, the kin named, the spouse just told of."""
    # ‘Her caption read, “…”’ is hers; ‘His son, Arne Haugen, …. His father had an answer. “…,” he said’ the
    # father (sets found.person, found.how)
    own = RE_OWN_WRITING.fullmatch(found.person.name) \
        if found.person is not None and found.person.kind == "description" and found.rule in ("cue-before", "cue-after") \
        and found.mention is not None and found.mention.kind == "description" else None
    if own is not None and RE_ABOUT_ITS_OWNER[own.group(1).lower()].match(text, found.mention.end) is not None:
        own = None  # (‘His 2021 review described him as “…”’: written about him, by another)
    if own is not None:  # ‘Her caption read, “…”’, ‘“…,” his tweet said’: the writer's words, the one
        # "her" is (as a "she" there)
        pronoun = OWNER_PRONOUNS[own.group(1).lower()]
        writer, _ = cast.resolve(Mention(found.mention.start, found.mention.start + len(own.group(1)), pronoun, "pronoun"))
        writer_at = next((pos for pos, q in reversed(cast.recent) if q is writer and pos < found.mention.start), None)
        if writer is not None and writer.kind == "name" and writer_at is not None \
                and (RE_SAME_SEX_OTHER[pronoun].search(text, writer_at, found.mention.start) is not None):
            writer = None  # (another of that sex told of since: ‘Hollis said the driver, a 45-year-old man,
            # had been arrested. His statement said’ is the driver's, never Hollis's)
        if writer is not None and writer.kind == "name":
            found.person, found.how = writer, "pronoun"
    kin = RE_OWNED_KIN.fullmatch(found.person.name) \
        if found.person is not None and found.person.kind == "description" else None
    if kin is not None:  # ‘His son, Arne Haugen, …. His father had an answer. “…,” he said’: the one
        told_at = next((pos for pos, q in reversed(cast.recent) if pos <= found.mention.start
                        and q.kind == "description" and q.name == found.person.name), found.mention.start)  # (where the kin was told of: ‘His wife said …. “…,” she said’)
        related = _kin_of(text, kin.group(1).lower(), kin.group(2).lower(), found.mention.start, cast) \
            or _spouse_in_couple(text, kin.group(1).lower(), kin.group(2).lower(), told_at, cast)
        if related is not None and told_at != found.mention.start and related.gender != KIN_SEX[kin.group(2).lower()] \
                and _kin_of(text, kin.group(1).lower(), kin.group(2).lower(), found.mention.start, cast) is None:
            related = None  # (reached back from a later "she": only a spouse whose given name tells the
            # kin's sex, never "Pat" of ‘Pat and Chris Doyle … Mr Doyle … His wife said …. “…,” she said’)
        if related is not None:  # the article made that kin of someone named
            found.person, found.how = related, "kin"
    if found.person is not None and found.person.kind == "name" and " " not in found.person.name \
            and found.mention is not None and found.mention.text == found.person.name \
            and (full := _kin_given_with_family_surname(text, found.mention, cast)) is not None:
        found.person = full  # ‘The Okafors …. Daniel Okafor said …. His wife, Grace, 79, said’: Grace Okafor
    if found.rule == "cue-after" and found.how == "pronoun" and found.mention.text.lower() in ("he", "she") \
            and (found.person is None or found.person.kind == "name") \
            and (spouse := _spouse_told_just_before(text, sp.open_at, sp.para_start, found.mention.text.lower(), cast)) is not None \
            and (found.person is None or found.person.name.split()[-1] == spouse.name.split()[-1]
                 or not re.search(r"\b" + re.escape(found.person.name.split()[-1]) + r"\b", text[sp.para_start:sp.open_at])):
        # (never over a man named in the quotation's own paragraph, who goes on speaking: ‘said Inspector
        # Hughes. Her husband looked away. “…,” he said’ is the inspector's)
        found.person = spouse  # ‘… said Corinne Bixby. Her husband nodded. “…,” he said’: the husband of the
        # couple named, never the last man named before them


def _writing_speaker(text: str, found: Found, cast: Cast) -> None:
    """Who speaks for a writing or a technical thing's letters: the writing's signer or named writer, else no one."""
    # ‘The letter, signed by Brekke …, warns that …’ is Brekke's; ‘the entry for the following day’ and
    # ‘… per 1,000 API calls …. “…,” the post said’ no one's (sets found.person, found.how)
    if found.person is not None and _tech_letters(text, found.person.name):
        found.person, found.how = None, "tech-acronym"  # letters of a technical thing speak for no one,
        # whichever rule reached them: ‘… per 1,000 API calls …. “…,” the post said’
    it = found.mention.kind == "pronoun" and found.mention.text.lower() == "it"
    writing = (found.person is not None and found.person.kind == "description" and (
        (found.mention.kind == "description" and description_head(found.mention.text) in WRITING_NOUNS)
        or (it and description_head(found.person.name) in WRITING_NOUNS))) \
        or (it and found.person is None and (found.cue or "").lower() in WRITING_CUES)
    if it and found.person is not None and found.person.kind == "description" \
            and (found.cue or "").lower() in WRITING_CUES and RE_CLAUSE_IN_DESCRIPTION.search(found.person.name):
        found.person = None  # (a writing's "it" read as a whole clause is no one: ‘The exhibition also
        # includes a school essay …. Titled “…”, it reads in part: “…”’, never ‘the exhibition also includes a school’)
    if (read := _writing_it_read(text, found, cast)) is not None:
        found.person, found.how = read  # a writing's "it": its writer, else no one (:func:`_writing_it_read`)
    if found.mention.kind == "description" and found.person is not None and found.person.kind == "description" \
            and RE_THE_SENT_MESSAGE.fullmatch(found.mention.text) is not None \
            and (sender := _message_sender_before(text, found.mention.start, cast)) is not None:
        found.person, found.how = sender, "writer"  # ‘The envoy read a message from King Edmund …. “…,” the
        # message said’: the one it came from, a person the article names (w90a)
        return
    signed = found.mention.kind == "description" and text.startswith(", signed ", found.mention.end) \
        and description_head(found.mention.text) in SIGNED_NOTE_NOUNS  # (‘The note, signed by …,’)
    if (writing or signed) and found.mention.kind == "description" \
            and (writer := _signer_set_off(text, found.mention.end, cast)) is not None:
        found.person, found.how = writer, "writer"  # ‘The letter, signed by Brekke and dated April 1950,
        # warns that …’: the one who signed it, set off right after it
    elif found.mention.kind == "description" and (found.person is None or found.person.kind == "description") \
            and description_head(found.mention.text) in SIGNED_NOTE_NOUNS \
            and (sent := RE_SET_OFF_SENT_BY.match(text, found.mention.end)) is not None \
            and (writer := sender_named_at(text, sent.end(), sent.end() + SENDER_READ_REACH, cast)) is not None:
        found.person, found.how = writer, "writer"  # ‘The memo, sent Monday by chief operating officer Ann
        # Lee, says …“…”’: its sender, as the mention readers read them (w96a)
    elif writing and (writer := _writer_named_before(text, found.mention.start, cast)) is not None:
        found.person, found.how = writer, "writer"  # ‘… letters written by Pte Albert Fenn. …. “…,”
        # the letter reads’: the writer's words
    elif writing and _private_writing(text, description_head(found.person.name if it and found.person is not None
                                                             else found.mention.text) or "",
                                      found.mention.start, it and (found.cue or "").lower() in WRITING_CUES):
        found.person = None  # a diary's entry or a kept letter no writer is named for is no one:
        # never ‘the entry for the following day’, nor ‘the last letter in the box’ (a body's
        # ‘the letter said’ stays the letter's)


#: A message said again by its noun (‘the message’, ‘The King’s message’ is another rule's).
#:
#: >>> bool(RE_THE_SENT_MESSAGE.fullmatch("the message")), bool(RE_THE_SENT_MESSAGE.fullmatch("the text message"))
#: (True, False)
RE_THE_SENT_MESSAGE = LazyPattern(r"[Tt]he message")

#: A message brought in as from a person (‘… read a message from King Edmund, who …’, ‘a message from
#: Ann Lee was read’): group 1, the sender's name, capitalised words; never a body's (‘a message from
#: the palace’) nor someone's own (‘a message from Lee’s lawyer’, which :func:`_writer_of` rules out).
#:
#: >>> RE_MESSAGE_FROM.search("The Duke read a message from King Edmund, who wished").group(1)
#: 'King Edmund'
#: >>> RE_MESSAGE_FROM.search("She read a message from the palace") is None
#: True
RE_MESSAGE_FROM = LazyPattern(r"\b[Aa] (?:[\p{Ll}\-]+ )?message from (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,3})\b")

#: "message" or "messages" as a word: another message told of between the one from someone and "the
#: message" (‘… a message from King Edmund …. Other messages came from …. “…,” the message said’).
#:
#: >>> bool(RE_MESSAGE_WORD.search("Other messages came")), bool(RE_MESSAGE_WORD.search("a messaging app"))
#: (True, False)
RE_MESSAGE_WORD = LazyPattern(r"\bmessages?\b")

#: How far before "the message" the message from someone may be brought in (about two sentences).
MESSAGE_FROM_REACH = 400


def _message_sender_before(text: str, at: int, cast: Cast) -> Person | None:
    """The person a message "the message" at ``at`` says again came from: the last message the two
    sentences before bring in as from a person the article names (:data:`RE_MESSAGE_FROM`), with no
    other message told between; None otherwise (‘She read out a message. “…,” the message said’).
    """
    lo = max(0, at - MESSAGE_FROM_REACH)
    if text.find("message from ", lo, at) < 0:
        return None  # (the cheap test first: every match holds these words)
    last = None
    for last in RE_MESSAGE_FROM.finditer(text, lo, at):
        pass
    if last is None or RE_MESSAGE_WORD.search(text, last.end(), at) is not None:
        return None
    s_lo = max(text.rfind(". ", 0, last.start()) + 1, text.rfind("\n", 0, last.start()) + 1, last.start() - 160)
    s_hi = min(k for k in (text.find(". ", last.end()), text.find("\n", last.end()), last.end() + 160) if k >= 0)
    if RE_FAKE_MESSAGE.search(text, s_lo, s_hi) is not None:
        return None  # (guard: ‘a scam message from Royal Mail’ only claims to be from it, w90a)
    p = _writer_of(text, last.start(1) - 5, "", cast, last.group(1))
    if not isinstance(p, Person) or p.kind != "name" or cast._place_or_body(last.start(1), p) \
            or not (p.gender is not None or p.titled or p.who):
        return None  # (guard: a sender the cast marks as a person, by sex, style or a "who", never a body
        # or a firm it cannot tell from one: ‘a message from Royal Mail’, w90a)
    return p


#: Words that say a message is not from whom it claims (‘a scam message from Royal Mail’, ‘a fake text
#: message purporting to be from …’), near its "message from": no sender (w90a guard).
#:
#: >>> bool(RE_FAKE_MESSAGE.search("a scam message from Royal Mail")), bool(RE_FAKE_MESSAGE.search("a message from King Edmund"))
#: (True, False)
RE_FAKE_MESSAGE = LazyPattern(r"(?i)\b(?:scam(?:s|mers?)?|fake|bogus|phishing|hoax|fraudulent|fraudsters?|spoof(?:ed)?"
                              r"|(?:claim|purport)(?:s|ed|ing)? to (?:be|come) from|impersonat\p{L}*)\b")


def _page_owner(text: str, sp: Span, mention: Mention, at: int, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The body on whose own pages a statement was put, told of at ``at`` right after its noun: by its kind
    (‘A message posted on the firm’s Facebook page said it was “…”’: the firm named before, w109e; ‘on the
    fire service’s X account’, w113d) or by "its" (‘The X Observatory raised the No. 8 signal. “…,” the
    notice posted on its website said’: the body "its" stands for). None when no such page follows."""
    if (page := RE_ON_OWNERS_PAGE.match(text, at)) is not None and page.group("kind").lower() in BODY_NOUNS:
        kind = page.group("kind").lower()
        author = _body_before(text, mention.start, kind, sp, paras, cast) \
            or _described_body(text, mention.start, kind, cast) \
            or _sole_body_of_kind(text, mention.start, kind, cast) \
            or _article_company(text, mention.start, kind, paras, cast)
        if author is not None and page.group("mod") is not None \
                and page.group("mod").lower() not in author.name.lower().split():
            return None  # (‘the county council’s website’ is no borough council's; ‘the fire service’s page’
            # wants a name with "Fire" in it, not one cut short to "Rescue Service", rv-w113d)
        return author if author is not None and _body_fits(text, mention, kind, author) else None
    if RE_ON_ITS_PAGE.match(text, at) is not None:
        author = _body_for_it(text, sp, mention.start, paras, cast)
        if author is not None and author.kind == "description" and (kind := description_head(author.name)) in BODY_NOUNS:
            # ("its" a body told of by its kind: ‘The institute announced it in a post on its X handle’, the
            # institute the article named, w113d)
            author = _body_before(text, mention.start, kind, sp, paras, cast) \
                or _sole_body_of_kind(text, mention.start, kind, cast)
            author = author if author is not None and _body_fits(text, mention, kind, author) else None
        return author if author is not None and author.kind == "organisation" else None
    return None


#: A statement's place on its issuer's own pages right after it (‘the notice posted on its website’,
#: ‘the alert on its official account’): "its" is the body the sentences before name.
#:
#: >>> RE_ON_ITS_PAGE.match(" on its official X handle").group(0), RE_ON_ITS_PAGE.match(" on its behalf")
#: (' on its official X handle', None)
RE_ON_ITS_PAGE = LazyPattern(r" (?:(?:posted|published|issued|put out|released) )?(?:on|to) its (?:official )?"
                               r"(?:\p{Lu}\p{L}* )?(?:website|web site|site|account|page|feed|channel|handle|profile)\b")

#: A statement's place on the pages of a body told of by its kind right after it (w109e): group 1 the kind
#: (‘posted on the firm’s Facebook page’, ‘on the council's website’); the caller checks it is a body's.
#:
#: >>> RE_ON_OWNERS_PAGE.match(" posted on the firm’s Facebook page on Thursday").group("kind")
#: 'firm'
#: >>> RE_ON_OWNERS_PAGE.match(" posted on the singer’s Facebook page") is not None, RE_ON_OWNERS_PAGE.match(" on the firm’s behalf")
#: (True, None)
#: >>> RE_ON_OWNERS_PAGE.match(" posted on the fire service’s X account at 9pm").group("mod", "kind")
#: ('fire', 'service')
RE_ON_OWNERS_PAGE = LazyPattern(r" (?:(?:posted|published|issued|put out|released) )?(?:on|to) (?i:the) (?:(?P<mod>\p{Ll}+) )?(?P<kind>\p{Ll}+)[’']s (?:official )?"
                                r"(?:\p{Lu}\p{L}* )?(?:website|web site|site|account|page|feed|channel|handle|profile)\b")

#: An officer's own written account or post, by the officer's noun (of one or two words): "the referee’s
#: report", "the coroner's findings", "the umpire’s match report", "the president’s post", "the chief
#: minister's tweet". Group 1, the noun.
#:
#: >>> RE_ROLES_REPORT.fullmatch("the referee’s report").group(1)
#: 'referee'
#: >>> RE_ROLES_REPORT.fullmatch("The prime minister’s letter").group(1)
#: 'prime minister'
RE_ROLES_REPORT = LazyPattern(r"(?i:the) ((?:[a-z\-]+ )?[a-z\-]+)[’']s (?:[\w\-]+ )?(?:report|findings|statement|letter|note|notes|ruling"
                              r"|decision|account|assessment|submission|summary|post|posting|tweet|message|e-?mail)")


#: The words a body's pronoun may have before its own document (two plain words, or one that may be a
#: possessive, :data:`RE_ITS_STATEMENT`), and the nouns of the documents it issues, as alternatives.
OWN_STATEMENT_LEAD = r"(?:[\w\-]+ [\w\-]+ |[\w’'\-]+ )?"
OWN_STATEMENT_NOUNS = (r"statement|communiqu[eé]|release|post|posting|advisory|bulletin|filing|warning|alert|letter|e-?mail"
                       r"|message|note|notice|readout|report|summary|findings|minutes|announcement")  # (‘Its summary states’, w136d)

#: A body's own statement by its pronoun (‘Its statement’, ‘its latest bulletin’, ‘Its report’ after the
#: body that found it, w85a): whoever "its" stands for issued it, never the document itself. Two plain
#: words may tell of it (‘Its 2023 status report’, w130l), never two with a possessive, which make the
#: document another's (‘its chief executive’s statement’).
#:
#: >>> bool(RE_ITS_STATEMENT.fullmatch("Its statement")), bool(RE_ITS_STATEMENT.fullmatch("its brief note"))
#: (True, True)
#: >>> bool(RE_ITS_STATEMENT.fullmatch("Its final report")), bool(RE_ITS_STATEMENT.fullmatch("Its 2023 status report"))
#: (True, True)
#: >>> bool(RE_ITS_STATEMENT.fullmatch("the statement")), bool(RE_ITS_STATEMENT.fullmatch("its chief"))
#: (False, False)
#: >>> bool(RE_ITS_STATEMENT.fullmatch("its chief executive’s statement"))
#: False
RE_ITS_STATEMENT = LazyPattern(r"(?i:its) " + OWN_STATEMENT_LEAD + r"(?:" + OWN_STATEMENT_NOUNS + r"|tweet|FAQs?)")

#: The same of a body's members, by their pronoun (‘Their report’, ‘Their final report’), read as their
#: body's only where the sentence before brings them in as its own (w130l).
#:
#: >>> bool(RE_THEIR_STATEMENT.fullmatch("Their report")), bool(RE_THEIR_STATEMENT.fullmatch("their lawyers"))
#: (True, False)
RE_THEIR_STATEMENT = LazyPattern(r"(?i:their) " + OWN_STATEMENT_LEAD + r"(?:" + OWN_STATEMENT_NOUNS + r"|findings)")


#: A campaign's advertisement brought in by "a"/"an" (‘an ad’, ‘a new TV spot’, ‘a radio advert’).
RE_AN_AD = LazyPattern(r"(?i:an?) (?:[\p{Ll}\-]+ |TV |[\d]+-second ){0,2}(?:ad|advert|advertisement|commercial|spot)")


#: One's kin as a speaker (‘His father’, ‘Her husband’).
RE_OWNED_KIN = LazyPattern(r"(His|Her|his|her) (son|daughter|father|mother|husband|wife|brother|sister)")

#: A verb and an article inside what was taken for a description, which makes it a clause, no one's
#: name (‘the exhibition also includes a school’, ‘the box now holds a letter’).
#:
#: >>> bool(RE_CLAUSE_IN_DESCRIPTION.search("the exhibition also includes a school")), bool(RE_CLAUSE_IN_DESCRIPTION.search("the chief of the news desk"))
#: (True, False)
RE_CLAUSE_IN_DESCRIPTION = LazyPattern(r" (?:also |now |still )?\p{Ll}+(?:s|ed) (?:a|an|the|his|her|their) ")


def _pronoun_report_issuer(text: str, found: Found, results: list, cast: Cast) -> None:
    """A pronoun a cue names that stands for "the report", given the report's issuer where the article named
    it (‘In its 84-page report, the X Office found …. / The report makes 11 recommendations. It also calls
    for …, what it described as “…”’ is the office's, w110c), as the report's own mention would be; a
    report whose issuer is not told of stays as it was."""
    if found.how != "pronoun" or found.person is None or found.person.kind != "description" \
            or found.mention is None or RE_THE_REPORT.fullmatch(found.person.name) is None:
        return
    as_report = Mention(found.mention.start, found.mention.end, found.person.name, "description")
    issuer = _report_body_before(text, as_report, cast) or _report_issuer_again(text, results, as_report)
    if issuer is not None:
        found.person, found.how = issuer, "statement"
