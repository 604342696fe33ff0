"""Who a description or an epithet stands for: the body of its kind named before or the one person
the article so describes (_description_speaker), the one of that age, the paragraph's subject or
the holder an epithet names (_epithet_speaker), a state's or a home town's epithet, and a bare
"the man" at a cue for the one unnamed who opens the sentence before.
"""

from __future__ import annotations

import regex

from quotesearch.cue_tokens import Found, opens_line_or_sentence, sentence_ends
from quotesearch.lexicon import LazyPattern, RE_ANONYMITY_ASIDE
from quotesearch.place_words import STATE_DEMONYMS, US_STATE_FORMS
from quotesearch.name_words import RE_IDENTIFIED_AS_NAME
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_firms import _headed_as_non_firm
from quotesearch.body_words import CAPITALISED_BODY_ENDINGS, EATERY_NOUNS, INSTITUTION_NAME_HEAD_NOUNS, NAME_HEAD_BODY_NOUNS, RE_BODY_SIZE_WORD, \
    SECOND_OF_KIND_WORDS, WEATHER_KIND_NOUNS
from quotesearch.speech_words import CONTINUING_CUES, SHOWN_REACTIONS
from quotesearch.role_words import CONTEST_EPITHETS, COURT_OFFICER_WORDS, GENDERED_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.descriptions import ends_on_inner_person
from quotesearch.mention_words import Mention, description_head
from quotesearch.quote_spans import Span
from quotesearch.speakers import Cast
from quotesearch.club_openers import _club_opening_sentence_before
from quotesearch.people import Person
from quotesearch.offices_before_names import RE_PLACE_OWNED_OFFICE
from quotesearch.sources import GENDERLESS_SOURCES, RE_ALIAS, alias_gender, alias_is_theirs
from quotesearch.bodies import (
    _board_of_firm, _body_before, _body_behind_its_pronoun, _body_ending_in_kind, _named_body_spoke,
)
from quotesearch.body_names import _club_named_in_own_statement, _dateline_team
from quotesearch.body_next_paragraph import RE_BARE_MEMBERS_BODY, body_representing_named_next
from quotesearch.described_people import _introduced_description, _introduced_unnamed
from quotesearch.body_services import (
    RE_ORGANISERS_SPEAKER, _court_bench, _court_named, _court_sole_judge, _event_of_organisers, _owned_campaign_before,
    _ruling_court, _weather_service,
)
from quotesearch.body_kinds import RE_KIND_SPOKESPERSON, RE_SPOKESPERSON_FOR_KIND, _body_fits, _body_kind
from quotesearch.bodies_of_kind import _body_by_ending
from quotesearch.kind_restated import _owner_named_kind, _panel_sits_for, appointees_firm
from quotesearch.described_bodies import _described_body, _lawyers_firm, _named_one_of_kind, _plural_lede_band
from quotesearch.lede_firms import _article_company
from quotesearch.main_firms import _main_firm
from quotesearch.bodies_again import _kind_body_again, remember_kind_body
from quotesearch.kind_spokespeople import heading_body, kind_anaphor_body, owner_set_off_before
from quotesearch.kind_set_off import kind_glossed_in_article, kind_named_set_off, kind_set_off_in_paragraph
from quotesearch.epithets import (
    AGE_REACH, EPITHET_ROLES, KIN_COUNT_SEX, PERSON_EPITHETS, RE_KIN_COUNT, RE_NAMED_AGE, RE_THE_AGE, SEAT_EPITHETS,
    _career_left_alone, _dateline_lede_subject, _epithet_holder, _focus_of_time_clause, _former_career, _nationality_epithet,
    _pending_holder, _person_of_age, _person_of_nationality, _sole_person_leading, _speaker_of_quoted_paragraph,
)
from quotesearch.introductions import _compound_role_of
from quotesearch.ledes import (
    _aside_speaker_named_next, _country_ministry_next, _headline_described_again, _lede_body_named_next,
    _lede_kin_named, _lede_paragraph, _lede_spouse_named, lede_index,
)
from quotesearch.lede_offices import _lede_body_office_named, _office_named_since, _place_owns
from quotesearch.lede_holders import (
    RE_LEDE_WITH_LEAD, _described_named_next_sentence, _lede_holder_again, _lede_named_next,
    _lede_subject_named_for_pronoun,
)
from quotesearch.lede_past_background import _lede_named_past_background
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.questions import _asked_in_paragraph_before
from quotesearch.relations import _heard_tail, _kin_just_named, _set_off_next
from quotesearch.party_epithets import _lawmaker_just_before, _party_epithet, _state_epithet, _state_holder
from quotesearch.age_trade_epithets import (
    _age_epithet_fits, _age_kept_unnamed, _reports_own_words, _sole_person_of_last_sentence, _eatery_named_before,
    _aged_kin_subject, _continued_speaker, closes_paragraph, _maker_of_work, _sole_star, _star_subject_before,
    _lede_owner_in_focus, _sole_person_before_age, _trade_holder, _withheld_surname_clause,
)
from quotesearch.earlier_statements import _its_officer_named_next, _named_in_sentence_before
from quotesearch.sole_bodies import (
    CALLED_BODY_KINDS, FIRST_BODY_SPOKESPERSON_KINDS, RE_BARE_SPOKESPERSON, RE_KIND_CALLED_NAME, _body_ruled_out,
    _body_spoke_sentence_before, _name_cut_at_and, _sole_body_in_article, _sole_body_of_kind,
)
from quotesearch.subjects import _last_sentence_subject
from quotesearch.described_subjects import _former_or_latter, _one_of_two_by_age
from quotesearch.unnamed_subjects import (
    RE_SOURCE_KEPT_BACK, SEX_WORDS, _named_of_sex_before, _tells_own_sex, _unnamed_one_before,
)
from quotesearch.titles import PEOPLE_NOUNS, _person_noun
from quotesearch.writers import (
    GENDERS, SEX_EPITHETS, _body_spoke_just_before, _group_by_members_word_only, _paragraph_subject,
    _surname_in_own_paragraph,
)


def _epithet_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]],
                     results: list[tuple[Span, Found | None, str]], content: str, epithet: str, said_by: list[str],
                     head: str | None) -> None:
    """Who an epithet stands for: the one of that age, the one the paragraph is about, the holder it names."""
    # ‘He succeeds George B. Whitlock, 62, …. “…,” the 62-year-old executive said’ is Whitlock's
    # (sets found.person, found.how)
    if found.how == "title-anaphor" and (age := RE_THE_AGE.fullmatch(epithet)) is not None:
        aged = _person_of_age(text, age.group(1), found.mention.start, cast)
        if aged is not None and aged is not found.person:  # ‘He succeeds George B. Whitlock, 62, …. “…,”
            found.person, found.how = aged, "age"  # the 62-year-old executive said’: the one that age,
            # over another whose role holds the noun (Thomas Farrow, 51, executive vice president)
    age = RE_THE_AGE.fullmatch(epithet) if found.how == "description" else None
    if age is not None:
        aged = _person_of_age(text, age.group(1), found.mention.start, cast)
        if aged is not None:
            found.person, found.how = aged, "age"
        elif found.rule == "cue-before" and not sentence_ends(text, sp.para_start, found.mention.start):
            # ‘In a letter seen by the Guardian, the 34-year-old wrote: “…”’, the paragraph's
            # first sentence: the person the paragraph before is about
            opener = _paragraph_subject(text, sp._replace(start=sp.para_start, open_at=sp.para_start), cast,
                                        epithet, paras)
            spot = text.rfind(opener.name.rsplit(" ", 1)[-1], 0, found.mention.start) if opener is not None else -1
            if opener is not None and spot >= 0 and _age_epithet_fits(text, sp, found.mention, (spot, opener),
                                                                     age.group(1), cast):
                found.person, found.how = opener, "epithet"  # (never ‘Grace Adeyemi wept in the
                # gallery. In a statement read by his lawyer, the 21-year-old said’)
    if found.how == "description" and found.mention.kind == "description" and said_by[0].lower() == "the" \
            and (((found.cue or "").lower() in CONTINUING_CUES
                  and (RE_THE_AGE.fullmatch(epithet) is not None or _former_career(epithet)))
                 or (found.rule == "cue-after" and sp.open_at == sp.para_start and sp.paragraph > 0
                     and _bare_career_left(text, found.mention, epithet)
                     and closes_paragraph(text, results, sp.paragraph - 1, paras)
                     and _career_left_alone(text, *paras[sp.paragraph - 1], epithet, epithet.lower().split(), sp, cast)
                     and not _described_subjects(text, *paras[sp.paragraph - 1]))) \
            and (went_on := _continued_speaker(text, sp, found.mention, epithet, results, cast)) is not None:
        found.person, found.how = went_on, "epithet"  # an epithet of age or of a career left whose cue goes on with
        # what was said: the one named who spoke right before, a "who" clause after it or none (‘… “…,” she said. /
        # The 47-year-old, who now works as a nurse, added that …’, w128d); or a career left with any cue, after a
        # quotation that opens its paragraph, when that speaker's quotation closed the paragraph before and gave no
        # one else the career nor opened a sentence on someone described (‘Cohen said she had “never been so
        # nervous.” / “…,” the retired bookkeeper said’; never after ‘The club’s captain will miss the final.’)
    before_cue = found.mention is not None and found.mention.start >= sp.para_start and (
        found.rule in ("cue-before", "colon")
        or (found.rule == "cue-in-sentence" and found.mention.start == sp.para_start))
    # (and a colon's, in the quotation's own paragraph: ‘Defending champion Ingrid Solberg was not so
    # lucky. The Norwegian crashed at the fourth gate and was furious: “…”’; and the subject that opens
    # the quotation's paragraph, whatever its cue: ‘The 27-year-old trainer posted a snap with the
    # caption: “…”’)
    if (found.rule == "cue-after" or before_cue) and (found.cue or "").lower() not in DOCUMENT_CUES and (
            (found.how == "description" and said_by[0].lower() == "the"
             and (head is None or head in EPITHET_ROLES or head in PERSON_EPITHETS or head in ROLE_NOUNS
                  or RE_THE_AGE.fullmatch(epithet) is not None or _nationality_epithet(epithet) or _former_career(epithet)
                  or (head in SEX_EPITHETS and len(said_by) == 2 and _introduced_unnamed(head, another=True).search(
                      text, max(0, found.mention.start - 2000), found.mention.start) is None)))
            or (found.how == "organisation" and (_nationality_epithet(epithet)
                                                 or (said_by[0].lower() == "the" and said_by[-1].lower() in SEAT_EPITHETS)
                                                 or _party_epithet(said_by)))):
        # (and a member by the seat in capitals: ‘the Dublin Mid-West TD said’; and a party's
        # member alone: ‘Ohio state Sen. Jo Hale … “…,” the Republican said’)
        # "Tate was modest. “…,” the rookie said": an epithet no list holds, or a player's
        # position or a trade ("the striker", "the analyst"), for the person the paragraph
        # (or the one before a quotation that opens its own) is about
        given = _person_of_nationality(text, epithet.split()[-1], found.mention.start, cast) \
            if _nationality_epithet(epithet) else None  # (‘Dutchman Max Verbeek beat Briton James Carter. …
        # “…,” said the Dutchman’: the one the article gave that nationality)
        state_ = _state_epithet(epithet)
        at = sp  # (an epithet before its words that opens the paragraph: the paragraph before is read, as
        # for words that open theirs: ‘Chelsea boss Marco Ferrante was coy. / The Italian said: “…”’)
        if before_cue and not sentence_ends(text, sp.para_start, found.mention.start):
            at = sp._replace(start=sp.para_start, open_at=sp.para_start)
        opener = given or (_paragraph_subject(text, at, cast, epithet if state_ is None else
                                              f"the {state_[0]} {state_[1]}", paras)  # (‘the senator from
                           # Texas’ as ‘the Texas senator’)
                           if given is not False and (not text.startswith((", who ", " who "), found.mention.end) or (
                               _nationality_epithet(epithet)
                               and (sentence_ends(text, sp.para_start, found.mention.start)
                                    or found.mention.start == sp.para_start)))
                           else None)  # (‘the 54-year-old, who lives downstairs’ is someone the words after it introduce;
        # but not a nationality after a sentence of its paragraph: ‘Arroyo himself was more direct. The
        # Argentine, who was running third …, said’, or opening its paragraph, the one the paragraph
        # before is about: ‘… Ross Gannon said. / The Irishman, who joined in May, admitted …’)
        if opener is None and given is not False and at.open_at == at.para_start \
                and (RE_THE_AGE.fullmatch(epithet) is not None or _nationality_epithet(epithet)
                     or _former_career(epithet)):
            opener = _speaker_of_quoted_paragraph(text, sp, paras, results, epithet)
            # (a paragraph wholly of quotation before: its speaker, the one in focus, ‘Kerr said: “…” /
            # “…” / The Scot confirmed that Liam Boyd would be out, calling it “a real setback”’)
        if opener is None and given is not False and at.open_at == at.para_start and sp.paragraph > 0 \
                and _bare_career_left(text, found.mention, epithet) \
                and not _described_subjects(text, *paras[sp.paragraph - 1]) \
                and (lone := _sole_person_of_last_sentence(text, *paras[sp.paragraph - 1], cast)) is not None \
                and _reports_own_words(text, text.rfind(lone[1].name.rsplit(" ", 1)[-1], lone[0], paras[sp.paragraph - 1][1]),
                                       paras[sp.paragraph - 1][1]):
            opener = lone[1]  # (a career left, for the one person the paragraph before's last sentence names,
            # reporting their own words, however that paragraph opens, and no one described opening a sentence of it:
            # ‘Among them was Ruth Bell. Bell, who joined in 1950, said she was nervous. / “…,” the retired bookkeeper
            # said’, w128d; never after ‘The club’s captain will miss the final.’)
        if opener and epithet.split()[-1].lower() in CONTEST_EPITHETS \
                and _surname_in_own_paragraph(text, sp, found.mention, opener):
            opener = None  # (a runner who names the one the paragraph before is about is their rival:
            # ‘Gov. Mark Hill toured …. / The Democratic challenger said Hill had been “…”’)
        if opener and (kept := RE_THE_AGE.fullmatch(epithet)) is not None \
                and _age_kept_unnamed(text, kept.group(1), found.mention.start):
            opener = None  # (an age the report gave one it keeps unnamed is theirs, never the paragraph's named
            # one: ‘The 17-year-old, who cannot be named, …. / Judge X said …. / In a letter, the 17-year-old
            # wrote: “…”’) (w65e)
        if opener:
            found.person, found.how = opener, "epithet"
    if found.how == "description" and found.mention.kind == "description" \
            and (holder := _pending_holder(text, found.mention, cast)) is not None:
        found.person, found.how = holder, "epithet"  # ‘Ana Reis, who is expected to be confirmed as prime
        # minister next week, …. “…,” the prime minister-designate said’
    if found.how == "description" and found.mention.kind == "description" \
            and (maker := _maker_of_work(text, found.mention, cast)) is not None:
        found.person, found.how = maker, "epithet"  # ‘the new play by Rosa Lind …. “…,” the playwright said’
    if found.how in ("description", "organisation") and found.mention.kind in ("description", "organisation") \
            and (star := _sole_star(text, found.mention, cast)) is not None:
        found.person, found.how = star, "epithet"  # ‘Headliner Niamh Carr pulled out. The Scottish singer, 28,
        # told fans she was “…”’: the one person the article has named, whom it calls by a star's trade
    if found.how in ("description", "organisation") and found.mention.kind in ("description", "organisation") \
            and (star := _star_subject_before(text, found.mention, cast)) is not None:
        found.person, found.how = star, "epithet"  # ‘Lorne will close the festival. In a video, the singer said:
        # “…”’: the person the sentence before opens with, whom the next calls by a star's trade (w78b)
    if found.how == "description" and found.mention.kind == "description" and (holder := _epithet_holder(
            text, found.mention, epithet, sp.para_start if found.mention.start > sp.open_at and sp.open_at == sp.para_start
            else found.mention.start, cast)) is not None:
        found.person, found.how = holder, "epithet"  # ‘Cobras winger Lachlan Fenwick …. The Cobras winger
        # posted that he was “…”’
    if found.how == "description" and found.mention.kind == "description" and found.rule == "cue-after" \
            and len(words := found.mention.text.split()) == 2 and words[0].lower() == "the" \
            and (trade := words[1].lower()) in ROLE_NOUNS and trade not in BODY_NOUNS and trade not in KIN_NOUNS \
            and trade not in COURT_OFFICER_WORDS and _trade_in_headline(text, trade) \
            and (lede := _dateline_lede_subject(text, found.mention, trade, sp.open_at, cast)) is not None:
        found.person, found.how = lede, "epithet"  # a bare trade opening the paragraph after a dateline's
        # one-sentence lede, whose one subject the article gives no office: ‘MILAN — Backstage, Ada Greco was
        # still pinning a hem. / “…,” the designer said’ (w71a); never one who runs a case, whom the lede's
        # subject faces (‘… Declan Rourke was sentenced to six years. / “…,” the judge said’, rv71a); only a trade
        # the headline gives (‘The Designer Goes Back to the Sea’): never the doctor of ‘… was rushed to hospital’
    if age is not None and found.how == "description" and not (text.startswith((", who ", " who "), found.mention.end)
                                                                and not _withheld_surname_clause(text, found.mention.end)) \
            and not any(m.group("age") == age.group(1) for m in RE_NAMED_AGE.finditer(
                text, max(0, found.mention.start - AGE_REACH), found.mention.start)):  # (given to two: as written)
        # (‘“…,” the 47-year-old said as she …’, of no one given that age: the person just
        # named as a subject, unless someone is described since; else as written)
        s_lo = paras[sp.paragraph - 1][0] if sp.open_at == sp.para_start and sp.paragraph > 0 else sp.para_start
        subjects = _described_subjects(text, s_lo, found.mention.start,
                                       (sp.open_at, sp.close_end if sp.close_end is not None else sp.end))
        described = bool(subjects)
        one = cast.subject_person() if not described else _sole_described_named(text, subjects, s_lo, cast, found.mention.text)
        # (the one described, when the name is set off right after: ‘Mr Hale’s daughter, Amy, said …. / “…,” the
        # 23-year-old said’ is Amy)
        refit = not described and one is not None and not _age_epithet_fits(text, sp, found.mention, one, age.group(1), cast) \
            and sp.open_at == sp.para_start and sp.paragraph > 0
        if refit:
            one = _sole_person_of_last_sentence(text, s_lo, paras[sp.paragraph - 1][1], cast)
            # (one named as a subject further back who cannot be the one that age: the one person the
            # paragraph before's last sentence names, ‘… Mayor Vukovich said. / Along Elm Hollow Road, …, Gary
            # Lindqvist sat in his pickup. / “…,” the 67-year-old said’, w106a)
        if one is None and not described and not refit and sp.open_at == sp.para_start and sp.paragraph > 0:
            # (the subject of the paragraph before's last sentence, however it opens: ‘By the
            # time the water reached her porch, Sharon Lindqvist had made up her mind.’)
            ms = _last_sentence_subject(text, s_lo, min(len(text), paras[sp.paragraph - 1][1] + 1), cast)
            one = (ms[0].start, ms[1]) if ms and ms[0].kind == "name" and ms[1] is not None \
                and ms[1].kind == "name" else None
            if one is None and ms and ms[0].kind == "description" \
                    and (again := RE_THE_AGE.fullmatch(ms[0].text)) is not None and again.group(1) == age.group(1) \
                    and (aged := _sole_person_before_age(text, sp, ms[0], s_lo, cast)) is not None:
                one = (text.rfind(aged.name.rsplit(" ", 1)[-1], s_lo, ms[0].start), aged)  # (that subject the same age
                # again, the one person named before it in its paragraph: ‘For riders like Ann Cole, the trip is longer.
                # The 54-year-old cleaner said she takes two buses. / “…,” the 54-year-old said’)
            if ms is None:  # (or the subject of its opening clause of time, the main one's a thing's:
                # ‘When Ana Cruz walked on stage, the roar lasted a minute. / “…,” the 42-year-old said’)
                one = _focus_of_time_clause(text, s_lo, min(len(text), paras[sp.paragraph - 1][1] + 1),
                                            cast, epithet)
        speaking = refit and one is not None and _reports_own_words(text, one[0], paras[sp.paragraph - 1][1])
        if one is not None and _age_epithet_fits(text, sp, found.mention, one, age.group(1), cast, speaking):
            found.person, found.how = one[1], "epithet"  # (an office too for one whose own words that last
            # sentence reports: ‘Its chairwoman, Ann Cole, said the park was “…”. / “…,” the 68-year-old said’)
    if age is not None and found.how == "description" and found.rule == "cue-after" \
            and (lede := _dateline_lede_subject(text, found.mention, "", sp.open_at, cast, aged=True)) is not None \
            and _age_epithet_fits(text, sp, found.mention, (text.rfind(lede.name.rsplit(" ", 1)[-1], 0, sp.open_at), lede),
                                  age.group(1), cast):
        found.person, found.how = lede, "epithet"  # the subject of a dateline's one-sentence lede, the one the
        # story opens on, even with a clause after the epithet: ‘ESTEVAN, Sask. — Gord Lind has stopped looking at
        # the sky. / “…,” said the 52-year-old, who farms wheat near the border’ (w61f)
    if age is not None and found.how == "description" and found.rule == "cue-after" \
            and (lone := _who_clause_lone_subject(text, sp, found.mention, age.group(1), paras, cast)) is not None:
        found.person, found.how = lone, "epithet"  # an age with a "who" clause after it, at words that open their
        # paragraph: the one person the paragraph before's last sentence names, as its subject (‘Outside, Ann
        # Mokoena wept as she hugged her lawyers. / “…,” said the 61-year-old, who runs a crèche.’)
    if age is not None and found.how == "description" \
            and (owner := _lede_owner_in_focus(text, sp, found.mention, lede_index(text, paras), paras, cast)) is not None \
            and not any(m.group("age") == age.group(1) for m in RE_NAMED_AGE.finditer(
                text, max(0, found.mention.start - AGE_REACH), found.mention.start)) \
            and _age_epithet_fits(text, sp, found.mention, owner, age.group(1), cast):
        found.person, found.how = owner[1], "epithet"  # the one a story's lede names only by what is theirs, whom its
        # pronouns follow, no one named since: ‘When Ann Cole’s son collapsed, she grabbed her phone. / “…,” the
        # 54-year-old said’ (never when the pronouns may be the relative's: ‘When Ann Cole’s daughter fell, she …’)
    if age is not None and found.how == "description" and found.rule == "cue-after" \
            and (kin := _aged_kin_subject(text, sp, paras, cast, age.group(1))) is not None:
        found.person, found.how = kin, "epithet"  # the kin named before whom the sentence before the words
        # opens with: ‘Steve and Lorraine Brightwell …. Her husband, who has detected for years, said she was
        # lucky. “…,” the 61-year-old said’ (kin as that sentence's subject is never the paragraph's subject)
    if found.how in ("description", "organisation") and found.rule == "cue-after" \
            and (RE_THE_AGE.fullmatch(epithet) is not None or _nationality_epithet(epithet)) \
            and not text.startswith((", who ", " who "), found.mention.end) \
            and (lead := _sole_person_leading(text, sp, content, epithet, paras, cast)) is not None:
        found.person, found.how = lead, "epithet"  # ‘Also on the podium was rookie Ama Boateng. “…,” the
        # 19-year-old said’: the one person the quotation's paragraph names before it
    if found.how == "description" and (findings := RE_BODYS_FINDINGS.fullmatch(found.mention.text)) is not None \
            and (noun := findings.group(1).lower()) in BODY_NOUNS \
            and (body := _body_before(text, found.mention.start, noun, sp, paras, cast)
                 or _described_body(text, found.mention.start, noun, cast)) is not None \
            and _body_fits(text, found.mention, noun, body) \
            and _named_in_sentence_before(text, found.mention.start, body, paras, sp):
        found.person, found.how = body, "body"  # the body whose inquiry it is: ‘The Office of Energy
        # Markets said …. The regulator’s investigation found that … “…”’
    if found.how == "description" and (officer := _its_officer_named_next(text, found.mention, sp, paras, cast)) is not None:
        found.person, found.how = officer, "name"  # ‘The X union expanded its strike, and its president
        # accused the companies of “…” / UMW President Jane Roe announced …’
    if age is not None and found.how == "description" and found.rule in ("cue-before", "colon") \
            and found.mention.start >= sp.para_start and opens_line_or_sentence(text, found.mention.start) \
            and (one := _sole_person_before_age(
                text, sp, found.mention, paras[sp.paragraph - 1][0] if found.mention.start == sp.para_start and sp.paragraph > 0
                else sp.para_start, cast)) is not None \
            and RE_KIN_BEFORE_NAME.search(text, max(0, (first := text.rfind(one.name.split()[0], 0, found.mention.start)) - 40),
                                          first) is None:
        found.person, found.how = one, "epithet"  # an age opening the sentence of its cue, a "who" clause after it or
        # none, when nothing else decides: the one person the sentences before it in its paragraph name, or the
        # paragraph before's when it opens its own (‘Ann Cole, who founded the group, said it was “…”. The
        # 71-year-old, who has lived there for decades, said: “…”’; ‘… is Ann Cole, a former nurse. / The
        # 54-year-old recalled coming home “…”’); never one brought in as another's kin (‘Her husband Tom Holt
        # stood by. The 52-year-old, …, added’) (w142g)


#: A verb of feeling shown, in the sentence that names someone (‘Ann Mokoena wept as she hugged her lawyers’,
#: ‘Tom Reid smiled and shook his head’): the one the story turns to for its next words (:func:`_who_clause_lone_subject`).
#:
#: >>> RE_SHOWN_FEELING.search(" — known as “Mama” — wept as she hugged them.") is not None, RE_SHOWN_FEELING.search(" moved in.") is None
#: (True, True)
RE_SHOWN_FEELING = LazyPattern(r"\b(?:wept|cried|sobbed|beamed|" + "|".join(sorted(SHOWN_REACTIONS))
                               + r"|(?:teared|choked|welled) up|fought back tears|broke down)\b")


#: A possessive and a word of kin right before a name (‘Her husband ’, ‘Ann’s eldest son, ’): one brought in as
#: another's kin, whom an age epithet after them may not stand for alone (w142g).
#:
#: >>> RE_KIN_BEFORE_NAME.search("Her husband ") is not None, RE_KIN_BEFORE_NAME.search("Its chairman ") is None
#: (True, True)
RE_KIN_BEFORE_NAME = LazyPattern(r"(?:\b(?i:his|her|their|my|our)|[’']s) (?:\p{Ll}+ )?(?:"
                                 + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + r"),? \Z")


def _who_clause_lone_subject(text: str, sp: Span, mention: Mention, age: str, paras: list[tuple[int, int]],
                             cast: Cast) -> Person | None:
    """Whom an age epithet with a "who" clause after it stands for, at words that open their paragraph (‘“…,”
    said the 61-year-old, who runs a crèche from her shack’): the one person the paragraph before's last
    sentence names, when that person is its subject and fits the age (:func:`_age_epithet_fits`), no one
    described opens a sentence of that paragraph and no one is given that age before. A "who" clause may
    bring in someone new, so only the one the story was just about: None for anyone else (as written)."""
    if not text.startswith((", who ", " who "), mention.end) or sp.open_at != sp.para_start or sp.paragraph == 0 \
            or sp.paragraph > len(paras):
        return None
    p_lo, p_hi = paras[sp.paragraph - 1]
    if any(m.group("age") == age for m in RE_NAMED_AGE.finditer(text, max(0, mention.start - AGE_REACH), mention.start)):
        return None
    described = _described_subjects(text, p_lo, p_hi)
    glossed = _sole_described_named(text, described, p_lo, cast, mention.text) if described else None
    if described and glossed is None:
        return None  # (someone described opens a sentence there, unnamed, who may be the one)
    lone = _sole_person_of_last_sentence(text, p_lo, p_hi, cast)
    if lone is None or (glossed is not None and (glossed[1] is not lone[1] or described[0].start() < max(
            [p_lo, *sentence_ends(text, p_lo, p_hi)[:-1]]))):
        return None  # (one described is the one named, set off right after in that last sentence: ‘One former crew
        # member, Lance Corporal Ian Fry, said he …. / “…,” said the 34-year-old, who left the Army last year.’)
    ms = _last_sentence_subject(text, p_lo, min(len(text), p_hi + 1), cast) if glossed is None else None
    if glossed is None and (ms is None or ms[1] is not lone[1] or ms[0].kind != "name"):
        return None  # (the sentence's subject, never one it names otherwise: ‘The flood reached Ann Lee’s porch.’)
    if not _reports_own_words(text, lone[0], p_hi) \
            and RE_SHOWN_FEELING.search(text, lone[0] + len(lone[1].name.rsplit(" ", 1)[-1]), p_hi) is None:
        return None  # (one whose words or feelings that sentence shows, the one the story turns to for its next
        # words; never one it only tells of, ‘Sarah Cole moved into the top-floor flat. / “…,” said the 54-year-old,
        # who lives downstairs’, someone new)
    return lone[1] if _age_epithet_fits(text, sp, mention, lone, age, cast) else None


def _lede_office_unnamed(found: Found) -> bool:
    """A lede's description of an office whose holder is still to be named, as
    :meth:`~quotesearch.cast_lede_holders.LedeHolders.lede_description_named_next` reads it: a description
    as written (‘Scotland's Brexit minister’); one that stands for the headline's same description,
    itself unnamed (‘…, says health secretary / … a move the health secretary said would “…”’); or an
    office in capitals, read as a title rather than a body (‘The Taoiseach has told …’, ‘the Defence
    Secretary has warned’), never a body's own name (‘the Welsh Government’, ‘the Home Office’).

    >>> from quotesearch.mention_words import Mention
    >>> def f(text, kind, how, person=None):
    ...     return _lede_office_unnamed(Found(Mention(0, len(text), text, kind), person, "cue-before", "said", how))
    >>> f("the Defence Secretary", "organisation", "organisation"), f("The Taoiseach", "organisation", "organisation")
    (True, True)
    >>> f("the Welsh Government", "organisation", "organisation"), f("Defence Secretary", "organisation", "organisation")
    (False, False)
    >>> f("the health secretary", "description", "description-anaphor", Person("health secretary", kind="description"))
    True
    >>> f("the health secretary", "description", "description-anaphor", Person("Mark Tolland"))
    False
    """
    if found.mention is None:
        return False
    if found.how == "description" or (found.how == "description-anaphor" and found.person is not None
                                      and found.person.kind == "description"):
        return found.mention.kind == "description"
    return found.how == "organisation" and found.mention.kind == "organisation" \
        and found.mention.text.startswith(("the ", "The ")) and description_head(found.mention.text) in ROLE_NOUNS


#: The first words of a described speaker whom a paragraph after may name with the noun set off
#: (:func:`~quotesearch.relations._set_off_next`): an article, or an owner's pronoun (‘according to her
#: coach, …. / That coach, Rowan Hale, …’).
#:
#: >>> "her" in SET_OFF_NEXT_OPENERS, "one" in SET_OFF_NEXT_OPENERS
#: (True, False)
SET_OFF_NEXT_OPENERS = frozenset("A An a an The the His his Her her Their their".split())


#: Heads of an unnamed staffer's description that "the aide" says again, as court and office reports
#: vary the word for one they keep anonymous (‘A former assistant private secretary tells the author ….
#: “…,” the aide says’, w90a); one way only: "the secretary" never stands for "an aide" brought in before.
#:
#: >>> "secretary" in AIDE_STAFF_NOUNS, "equerry" in AIDE_STAFF_NOUNS, "minister" in AIDE_STAFF_NOUNS
#: (True, True, False)
AIDE_STAFF_NOUNS = frozenset("""
secretary equerry lady-in-waiting courtier adviser advisor assistant staffer dresser footman valet housekeeper
""".split())


def _staffer_introduced_before(text: str, at: int, sp: Span, paras: list[tuple[int, int]], cast: Cast) -> Person | None:
    """The staffer of :data:`AIDE_STAFF_NOUNS` last brought in unnamed (‘A former equerry recalls …’) in the
    paragraph of "the aide" at ``at`` or the one before, as first written; None when there is none."""
    k = sp.paragraph
    while k > 0 and paras[k][0] > at:
        k -= 1
    lo = paras[k - 1][0] if k > 0 else 0
    best = None
    for noun in sorted(AIDE_STAFF_NOUNS):  # (sorted: a tie goes the same way whatever the hash seed)
        if noun not in text[lo:at]:
            continue  # (the cheap test first)
        first = _introduced_description(text, at, noun, cast)
        if first is not None and first[1] > lo and (best is None or first[1] > best[1]) \
                and not _staffer_is_office_or_named(text, first, noun):
            best = first
    if best is None or RE_AIDE_WORD.search(text, best[1], at) is not None:
        return None  # (guard: an aide told of since, ‘A secretary … told the inquest …. Dr Patel's personal
        # aide gave a different account. “…,” the aide said’: the aide is that one, never the secretary, w90a)
    return Person(best[0][0].lower() + best[0][1:], kind="description")


#: Each staff noun of :data:`AIDE_STAFF_NOUNS` as a word, any case (a capitalised one within a staffer's
#: words is an office's: ‘a former Secretary’).
#:
#: >>> [m.group() for m in RE_STAFF_NOUN["secretary"].finditer("a former Secretary, the secretaryship")]
#: ['Secretary']
RE_STAFF_NOUN = {noun: LazyPattern(r"(?i)\b" + regex.escape(noun) + r"\b") for noun in AIDE_STAFF_NOUNS}

#: "aide" or "aides" as a word: one told of between a staffer's description and "the aide" (w90a guard).
RE_AIDE_WORD = LazyPattern(r"(?i)\baides?\b")

#: An office whose noun a staffer's shares (‘a former secretary of state’, ‘the secretary-general’), or a
#: name set off right after the description (‘a former secretary of state, Hillary Clinton,’): no unnamed
#: staffer (w90a guard).
RE_STAFF_NOUN_OFFICE_AFTER = LazyPattern(r"(?i:\s+of\s+state|-general|\s+general)\b")
RE_NAME_SET_OFF_AFTER = LazyPattern(r"(?:\s+of\s+\p{L}+)?,\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}’'\-.]+(?:\s+\p{Lu}[\p{L}\p{M}’'\-]+)+")


def _staffer_is_office_or_named(text: str, first: tuple[str, int], noun: str) -> bool:
    """The description ``first`` (its words, where it ends) is an office's or one a name follows set off,
    no unnamed staffer: ‘a former secretary of state, Hillary Clinton,’, ‘the secretary-general’, a
    capitalised ‘Secretary’ (w90a guard).

    >>> t = "It was attended by a former secretary of state, Ann Vale, and donors."
    >>> _staffer_is_office_or_named(t, ("a former secretary", t.index(" of state")), "secretary")
    True
    >>> t = "A former private secretary tells the author that he read every letter."
    >>> _staffer_is_office_or_named(t, ("A former private secretary", t.index(" tells")), "secretary")
    False
    """
    desc, end = first
    start = end - len(desc)
    for m in RE_STAFF_NOUN[noun].finditer(desc):
        if m.group()[:1].isupper() and m.start() > 0:
            return True  # (a capitalised Secretary within the words: an office's)
        if RE_STAFF_NOUN_OFFICE_AFTER.match(text, start + m.end()) is not None:
            return True
    return RE_NAME_SET_OFF_AFTER.match(text, end) is not None


#: Kinds of body a headline names bare as its speaker: every body's kind "the <kind>" is read for, a
#: seat that speaks for those it houses (‘Princess “comfortable”, palace says’, w90a) as any other
#: (‘…, charity report says’, ‘…, council says’: the body of the kind the article names, w129i).
#:
#: >>> "palace" in HEADLINE_BARE_KINDS, "charity" in HEADLINE_BARE_KINDS, "council" in HEADLINE_BARE_KINDS
#: (True, True, True)
#: >>> "review" in HEADLINE_BARE_KINDS, "monitors" in HEADLINE_BARE_KINDS
#: (False, False)
HEADLINE_BARE_KINDS = BODY_NOUNS


def _headline_bare_kind(text: str, found: Found, said_by: list[str]) -> str | None:
    r"""The kind of :data:`HEADLINE_BARE_KINDS` a speaker's words name bare in the headline (‘…, palace
    says’), or name as "the <kind>" that the cast took for that headline's bare speaker; None otherwise.

    >>> t = "Princess ‘well’, palace says\n\nBody. In a statement, the palace said: “…”"
    >>> at = t.index("palace says"); f = Found(Mention(at, at + 6, "palace", "description"), None, "cue-after", "says", "description")
    >>> _headline_bare_kind(t, f, ["palace"])
    'palace'
    >>> at = t.index("the palace"); f = Found(Mention(at, at + 10, "the palace", "description"), Person("palace", kind="description"), "cue-before", "said", "description-anaphor")
    >>> _headline_bare_kind(t, f, ["the", "palace"])
    'palace'
    >>> _headline_bare_kind(t, f, ["the", "review"]) is None
    True
    """
    if found.mention is None or found.mention.kind != "description":
        return None
    if len(said_by) == 1 and found.how == "description" and said_by[0] in HEADLINE_BARE_KINDS \
            and "\n" not in text[:found.mention.start]:
        return said_by[0]
    if len(said_by) == 2 and said_by[0].lower() == "the" and found.how == "description-anaphor" \
            and (kind := said_by[1].lower()) in HEADLINE_BARE_KINDS and found.person is not None \
            and found.person.kind == "description" and found.person.name.lower() == kind:
        return kind
    return None


def _trade_in_headline(text: str, trade: str) -> bool:
    r"""The article’s first line, its headline, names ``trade`` as a word, in any case (‘Mara Oyelaran’s
    Quiet Storm: The Designer Goes Back to the Sea’): the story's subject is one of that trade.

    >>> _trade_in_headline("The Designer Goes Back to the Sea\n\nMILAN — …", "designer")
    True
    >>> _trade_in_headline("Hiker rescued from ridge\n\nBANFF — … the doctor said", "doctor")
    False
    """
    end = text.find("\n")
    return regex.search(rf"(?i)\b{regex.escape(trade)}\b", text[:end] if end >= 0 else text) is not None


def _tribunal_name_cut(text: str, body: Person, at: int, cast: Cast) -> bool:
    """A tribunal's name (its last word "Tribunal") that the article first writes as the tail of a longer name
    joined by "and" (:func:`sole_bodies._name_cut_at_and`): ‘The Upper Wold Lands and Valuation Tribunal’ is no
    ‘Valuation Tribunal’ (guard w97b).

    >>> t = "The Upper Wold Lands and Valuation Tribunal rejected it. The tribunal said"
    >>> _tribunal_name_cut(t, Person("Valuation Tribunal", kind="organisation"), t.index("The tribunal"), Cast(t))
    True
    >>> t = "The Harbourside Health Tribunal rejected it. The tribunal said"
    >>> _tribunal_name_cut(t, Person("Harbourside Health Tribunal", kind="organisation"), t.index("The tribunal"), Cast(t))
    False
    """
    name = body.name.removeprefix("the ").removeprefix("The ")
    return name.split()[-1:] == ["Tribunal"] and _name_cut_at_and(text, name, at, cast)


def _kind_spokesperson_words(said_by: list[str]) -> bool:
    """The words call one a spokesperson by a body's kind, before the role (‘a company spokesman’, any kind of
    :data:`~quotesearch.body_kinds.RE_KIND_SPOKESPERSON`; the caller keeps a firm's) or after "for the" (‘a
    spokeswoman for the company’, :data:`~quotesearch.sole_bodies.FIRST_BODY_SPOKESPERSON_KINDS` only, w137g).

    >>> [_kind_spokesperson_words(t.split()) for t in ("a company spokesman", "A spokesperson for the firm")]
    [True, True]
    >>> [_kind_spokesperson_words(t.split()) for t in ("the company", "a spokesman for the former company")]
    [False, False]
    """
    words = " ".join(said_by)
    if len(said_by) == 3:
        return RE_KIND_SPOKESPERSON.fullmatch(words) is not None
    return len(said_by) == 5 and said_by[0].lower() in ("a", "an", "one") \
        and RE_SPOKESPERSON_FOR_KIND.fullmatch(words) is not None \
        and said_by[-1].lower() in FIRST_BODY_SPOKESPERSON_KINDS


def _said_by_the_panel(said_by: list[str]) -> bool:
    """The words name "the panel", with its size or not (‘the three-member panel’).

    >>> _said_by_the_panel(["the", "panel"]), _said_by_the_panel(["the", "three-member", "panel"])
    (True, True)
    >>> _said_by_the_panel(["the", "appeals", "panel"]), _said_by_the_panel(["a", "panel"])
    (False, False)
    """
    return said_by[:1] in (["the"], ["The"]) and said_by[-1] == "panel" \
        and (len(said_by) == 2 or (len(said_by) == 3 and RE_BODY_SIZE_WORD.fullmatch(said_by[1]) is not None))


def _description_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]],
                         said_by: list[str], head: str | None) -> None:
    """Who a description stands for: the body of its kind named before, or the one person the article so describes."""
    # ‘The National Hurricane Center said …. The center said …’ is the center; ‘… said the proud father’
    # the father of the one just named (sets found.person, found.how)
    if found.how in ("description", "organisation") and len(said_by) == 3 and said_by[0].lower() == "the" \
            and " ".join(said_by[1:]).lower() in CAPITALISED_BODY_ENDINGS and said_by[1][:1].isupper() \
            and (body := _body_by_ending(text, found.mention.start, said_by[1:], cast)) is not None \
            and body.name.lower().removeprefix("the ") != " ".join(said_by[1:]).lower() \
            and body.name.lower().count(" ".join(said_by[1:]).lower()) == 1:
        # (never two bodies joined as one name: ‘the Kettle Bay First Nation and the Pine Lake First Nation
        # signed …. the First Nation said’ stays as written, review rv78a)
        found.person, found.how = body, "body"  # ‘the Kettle Bay First Nation …. the First Nation said’: its
        # full name, as "the sheriff's office" is (w78a)
        return
    if found.how == "description" and (named := kind_named_set_off(text, found.mention)) is not None:
        found.person, found.how = named, "body"  # ‘The charity that now runs the home, the Brenmoor Care
        # Trust, said …’: the name that sets off the kind (w112d)
        return
    if found.how == "description" and _said_by_the_panel(said_by) \
            and (sits_for := _panel_sits_for(text, found.mention.start, len(said_by) == 3)) is not None:
        found.person, found.how = sits_for, "body"  # ‘A fitness to practise panel of the Social Care Professions
        # Council found …. the panel said’: the body it sits for (w119i)
        return
    if found.how == "description" and (firm := appointees_firm(text, found.mention.start, said_by)) is not None:
        found.person, found.how = firm, "body"  # ‘Administrators from Dale Orme were appointed on Friday. … “…,” the
        # administrators said’: the firm they come from (w129k)
        return
    if found.how == "description" and len(said_by) == 2 and said_by[0].lower() == "the" and said_by[1] in ("court", "bench") \
            and (judge := _court_sole_judge(text, found.mention.start, cast)) is not None:
        found.person, found.how = judge, "title-anaphor"  # ‘Justice P. Venugopal observed …. “…,” the judge said.
        # … The court directed that …’: the one judge deciding the case (w119i)
        return
    body_kind = _body_kind(said_by, found.how)
    if body_kind is not None and said_by[-1] == "official" and RE_ANONYMITY_ASIDE.match(text, found.mention.end) is not None:
        body_kind = None  # (an official who speaks unnamed on condition of anonymity is no voice of the body:
        # ‘An agency official, speaking on condition of anonymity, said …’ stays as described, w136f)
    if body_kind is None and (bare := _headline_bare_kind(text, found, said_by)) is not None:
        body_kind = bare  # (the headline's bare kind, ‘…, palace says’, and "the palace" read as that
        # headline's speaker: the body of the kind the article names, as "the palace" is, w90a)
    if body_kind is None and found.how == "description" and [w.lower() for w in said_by] == ["the", "police"] \
            and (force := kind_anaphor_body(cast, "police", found.mention.start)) is not None \
            and "Police" in force.name.split():
        found.person, found.how = force, "body"  # (the one police force the article names, past people named
        # between: ‘The Singapore Police Force said … 470 people …. / “…,” the police said’, 141f; never where it
        # names two forces, nor one told of only in passing, :func:`kind_anaphor_body`)
        return
    if (centre := _body_ending_in_kind(text, said_by, found.how, found.mention, sp, paras, cast)) is not None \
            and not _tribunal_name_cut(text, centre, found.mention.start, cast):
        found.person, found.how = centre, "body"  # "The National Hurricane Center said …. The center said …"
    elif body_kind is not None:
        the_kind = len(said_by) == 2 and said_by[0].lower() == "the" and said_by[1].lower() == body_kind
        # (said by "the <kind>" alone: ‘the agency said’, never ‘an agency spokesman said’)
        body = _body_before(text, found.mention.start, body_kind, sp, paras, cast) \
            or _club_named_in_own_statement(text, sp, body_kind, found.mention.start) \
            or (_club_opening_sentence_before(text, min(found.mention.start, sp.open_at), sp.para_start, cast)
                if body_kind == "club" and said_by[-1].lower() == "club" and len(said_by) == 2 else None) \
            or (_dateline_team(text, found.mention.start) if body_kind == "team" else None) \
            or _described_body(text, found.mention.start, body_kind, cast) \
            or _named_one_of_kind(text, found.mention.start, body_kind, cast) \
            or _plural_lede_band(text, found.mention.start, body_kind, paras, cast) \
            or _lawyers_firm(text, found.mention.start, body_kind, cast) \
            or _board_of_firm(text, found.mention.start, body_kind, sp, paras, cast) \
            or (_court_named(text, found.mention.start, cast) if body_kind == "court" else None) \
            or _article_company(text, found.mention.start, body_kind, paras, cast) \
            or _sole_body_in_article(text, found.mention.start, body_kind, paras, cast) \
            or (_owner_named_kind(text, found.mention.start, body_kind, cast) if the_kind else None) \
            or (_sole_body_of_kind(text, len(text), body_kind, cast) if said_by == [body_kind] else None) \
            or (_kind_body_again(text, found.mention.start, body_kind, cast)
                if the_kind else None) \
            or (_main_firm(text, found.mention.start, body_kind, paras, cast)
                if the_kind else None) \
            or (kind_anaphor_body(cast, body_kind, found.mention.start) if the_kind else None) \
            or (heading_body(cast, body_kind, found.mention.start) if the_kind else None) \
            or (owner_set_off_before(cast, body_kind, min(found.mention.start, sp.open_at)) if the_kind else None) \
            or (kind_set_off_in_paragraph(text, found.mention.start, body_kind, paras, cast) if the_kind else None) \
            or (kind_glossed_in_article(text, found.mention.start, body_kind, cast) if the_kind else None)
        # (the one name the article glosses by the kind, however far back: ‘Tallyhop, a three-year-old startup
        # …. The startup said’, ‘the auditors' union, the Sindicato dos Auditores Fiscais. / The union said’, w138m)
        # (the body set off by its kind after its name in the paragraph: ‘made by Hallam Optics, a company based
        # in Leeds. In a statement, the company said’, w112d)
        # (the firm set off as the owner in the sentence before: ‘Its owner, Pesqueras Almenar, said …. “…,” the
        # company said’, w110b)
        # (the one body of the kind a list entry's heading names: ‘ONE – Brackley Cricket Club / The club said’, w110b)
        # (the one body of the kind named before, past people named between: ‘the society said’, w107a)
        # (the headline's bare kind, ‘…, palace says’: the one body of the kind the whole article names)
        if body is not None and _body_ruled_out(text, found.mention.start, body_kind, body, said_by, cast):
            body = None
        if body is not None and _tribunal_name_cut(text, body, found.mention.start, cast):
            body = None  # (never the tail of a tribunal's name joined by "and", whichever lookup read it: ‘The Upper
            # Wold Lands and Valuation Tribunal …. The tribunal said’ stays as written, guard w97b)
        if body is not None and body_kind in NAME_HEAD_BODY_NOUNS and not _named_body_spoke(text, body, found.mention.start) \
                and not (body_kind in INSTITUTION_NAME_HEAD_NOUNS and (sole := _sole_body_of_kind(text, len(text), body_kind, cast)) is not None
                     and sole.name == body.name):
            body = None  # (a port only when it spoke: ‘The Port of Dover was closed. The port said’ is left as
            # written; a museum, gallery, zoo or library the article names alone of its kind is "the museum" wherever
            # it was named, ‘… bought by the Corran Museum of Art. … “…,” the museum said’, w125i)
        if body is not None and body_kind == "college" and not _college_name(body.name):
            body = None  # (a college only by a college's own name: never ‘College Road’, ‘King's College Hospital’,
            # ‘the Medical College Admission Test’, nor two bodies at once, ‘Linden College and Fairway College’) (rv61d)
        if body is not None and body_kind == "group" and _group_by_members_word_only(body.name) \
                and not _body_spoke_just_before(text, body.name, found.mention.start):
            body = None  # (a federation, society or council only when it spoke in the sentence right
            # before: never ‘The Students' Union Council approved the motion. Protesters … welcomed the
            # vote. In a statement, the group said’, nor a band it met or honoured)
        if body is not None and body_kind == "ministry" and said_by[0].lower() in ("a", "an", "one") \
                and regex.search(r" \p{Lu}", regex.split(r"[.!?][”’\"]?\s|\n", text[max(0, found.mention.start - 300):found.mention.start])[-1]):
            body = None  # (a ministry's spokesperson somewhere the sentence names: ‘Lithuania's Ministry of
            # Foreign Affairs summoned the envoy. In Moscow, a ministry spokeswoman said’ is Russia's) (rv31)
        if body is not None and _body_fits(text, found.mention, body_kind, body, cast.quoted):
            found.person, found.how = body, "body"  # "Voltara recalled 86,000 cars. The firm said …": Voltara
            if the_kind:
                remember_kind_body(cast, found.mention.start, body_kind, body)  # (read again further on: w96d)
        elif body is None and found.how == "description" and body_kind in FIRST_BODY_SPOKESPERSON_KINDS \
                and _kind_spokesperson_words(said_by) \
                and (spoke_for := _body_spoke_sentence_before(text, found.mention.start, sp, paras, cast)) is not None \
                and not _headed_as_non_firm(spoke_for.name):  # (never a union, a regulator or a council that
            # spoke: ‘Kingsway Borough Council said it had received 300 objections. / “…,” a company spokesman
            # said’ is left as written, guard w100b)
            found.person, found.how = spoke_for, "body"  # (a firm's spokesperson where the firm is not the first
            # body named: the firm the sentence right before has speak, as for a bare spokesperson, ‘Harbour Tugs
            # Ltd, which is owned by Dunmore Group, said it was disappointed. / “…,” a company spokesman said’, w100b;
            # or one "for the company", ‘Apex Masts said it had searched widely. / A spokeswoman for the company
            # said: “…”’, w137g)
        elif body is None and found.how == "description" and body_kind == "club" and len(said_by) == 3 \
                and RE_KIND_SPOKESPERSON.fullmatch(" ".join(said_by)) is not None \
                and (club := _club_opening_sentence_before(text, min(found.mention.start, sp.open_at), sp.para_start, cast)) is not None:
            found.person, found.how = club, "body"  # (a club's spokesperson where the story names a match: the club
            # the sentence right before opens with, when neither it nor the cue's names another side, ‘Far Cotton
            # Athletic denied that. A club spokesman said: “…”’; never a sponsor, whose name is no side's, w132f)
    elif found.how == "description" and (called := RE_KIND_CALLED_NAME.fullmatch(found.mention.text)) is not None \
            and (called.group(1) in BODY_NOUNS or called.group(1) in CALLED_BODY_KINDS) \
            and found.person is not None and found.person.kind == "description" \
            and found.person.name.lower() == found.mention.text.lower():
        found.person, found.how = Person(called.group(2), kind="organisation"), "body"  # ‘a group called
        # Families for Safe Streets asked …, citing “…”’: the body by its name (w58d)
    elif found.how == "description" and RE_BARE_SPOKESPERSON.fullmatch(found.mention.text) is not None \
            and found.person is not None and found.person.kind == "description" \
            and found.person.name.lower() == found.mention.text.lower() \
            and (spoke_for := _body_spoke_sentence_before(text, found.mention.start, sp, paras, cast)) is not None:
        found.person, found.how = spoke_for, "body"  # ‘CalMara Ferries has cancelled all sailings. A
        # spokeswoman said: “…”’: the body the sentence right before tells of (w58d)
    elif found.how == "description" and [w.lower() for w in said_by] == ["the", "campaign"] \
            and (campaign := _owned_campaign_before(text, found.mention)) is not None:
        found.person, found.how = campaign, "body"  # ‘The Okafor campaign was unmoved. “…,” the campaign said’
    elif found.how in ("description", "description-anaphor") and RE_ORGANISERS_SPEAKER.fullmatch(found.mention.text) is not None \
            and (found.person is None or found.person.kind == "description") \
            and (event := _event_of_organisers(text, found.mention)) is not None:
        found.person, found.how = event, "body"  # ‘Organisers of the Kelby Folk Festival cancelled Sunday. …
        # organisers said’: the festival, the body that runs it (w70a)
    elif found.how == "description" and len(said_by) == 3 and said_by[0].lower() == "the" \
            and said_by[2].lower() in BODY_NOUNS and said_by[1].islower():
        body = _body_by_ending(text, found.mention.start, said_by[1:], cast)
        if body is not None:  # "The Calder County Sheriff's Office …. “…,” the sheriff's office wrote"
            found.person, found.how = body, "body"
    elif found.how == "description" and len(said_by) in (2, 3, 4) and said_by[0].lower() == "the" \
            and said_by[-1].replace("-", "").isalpha() and said_by[-1].islower() and said_by[-1] not in BODY_NOUNS \
            and (len(said_by) == 2 or (said_by[1].isalpha() and said_by[1].islower())) \
            and (len(said_by) < 4 or (said_by[1] in ADJECTIVES_OF_ROLE and said_by[2].isalpha() and said_by[2].islower())) \
            and head not in THING_NOUNS and head not in GENDERLESS_SOURCES and found.person is not None \
            and found.person.kind == "description" and found.person.name.lower() == found.mention.text.lower():
        # (and one word that qualifies a role: ‘A former support contractor … the former contractor said’)
        first = _introduced_description(text, found.mention.start, said_by[-1], cast)
        if first is not None and len(said_by) == 3 and said_by[1] not in ADJECTIVES_OF_ROLE \
                and not _compound_role_of(first[0], said_by[1], said_by[2]):
            first = None  # (a noun before the role must be the one introduced's own: ‘A shop steward
            # said …. “…,” the shop steward said’, never ‘A steward …. the union steward said’)
        if first is not None and len(said_by) == 4 and not (said_by[1] in first[0].lower().split()
                                                            and _compound_role_of(first[0], said_by[2], said_by[3])):
            first = None  # (a qualifier and a compound role, both the one introduced's own: ‘A former Harlow
            # Bank board member, who …, said …. “…,” the former board member said’, w61b)
        if first is not None:  # "A co-worker said …. “…,” the co-worker said": as first written
            # (of the sex the rest of that sentence tells: ‘One engineer, who … because he was
            # not authorized …, said’ is never the "she" of the next paragraph)
            found.person, found.how = Person(first[0], kind="description", gender=found.person.gender
                                             or cast.sex_told_after(first[1])), "introduced"
            if not any(w.lower() in SECOND_OF_KIND_WORDS for w in said_by) \
                    and (holder := _office_named_since(text, first[1], found.mention.start, said_by[-1], cast)) is not None:
                found.person, found.how = holder, "office-named"  # ‘A federal prosecutor spent six hours
                # …. Assistant U.S. Attorney X opened …. “…,” the prosecutor said’: the one named since
                # (never for ‘the second officer’, one other than the officer named)
            if alias_is_theirs(first[0]) and (alias := RE_ALIAS.match(text, first[1])) is not None:
                # the name the one brought in goes by: ‘An on-chain investigator who posts under the
                # name “Tenbyte” flagged it. “…,” the investigator wrote’
                found.person, found.how = Person(alias.group(2), gender=alias_gender(alias)), "alias"
    elif found.how == "title-anaphor" and len(said_by) == 2 and said_by[0].lower() in ("the", "this") \
            and said_by[1].isalpha() and said_by[1].islower() and found.person is not None and found.person.kind == "name":
        first = _introduced_description(text, found.mention.start, said_by[1], cast)
        last_named = cast.last_spot(found.person, found.mention.start)
        at = first[1] - len(first[0]) if first is not None else -1
        if first is not None and at > last_named and not RE_SET_OFF_SUBJECT_ASIDE.match(text, first[1]) \
                and (at == 0 or text[:at].rstrip()[-1:] in ".!?”\"" or "\n" in text[max(0, at - 3):at]) \
                and (said := RE_SAID_LATER.search(text, first[1], min(len(text), first[1] + 160))) is not None \
                and not sentence_ends(text, first[1], said.start()):
            # someone unnamed of that role brought in since the named one was last named: ‘Sen.
            # Mark Ruiz voted against the bill. A Republican senator who voted for it said he had
            # doubts. “…,” the senator said’ is the unnamed senator's
            found.person, found.how = Person(first[0], kind="description", gender=cast.sex_told_after(first[1])), "introduced"
    if found.how == "description" and len(said_by) == 2 and said_by[0].lower() == "the" and said_by[1] in BODY_NOUNS_AS_ROLES \
            and found.person is not None and found.person.kind == "description" \
            and found.person.name.lower() == found.mention.text.lower() \
            and (first := _introduced_description(text, found.mention.start, said_by[1], cast)) is not None:
        found.person, found.how = Person(first[0], kind="description"), "introduced"  # no body named for
        # "the fund": the one brought in unnamed, as before "fund" was a body's noun (‘A new health fund
        # backed by Gulf donors pledged support. “…,” the fund said’)
    if found.how in ("description", "introduced") and found.mention is not None and found.mention.kind == "description" \
            and (named := RE_IDENTIFIED_AS_NAME.match(text, found.mention.end)) is not None \
            and not ends_on_inner_person(text[max(0, found.mention.end - 60):found.mention.end]):
        # (never when the description ends on another person the aside may name: ‘A spokesperson
        # for the family of the victim, identified by police as Sarah Kline, said’ is the spokesperson)
        found.person, found.how = cast.resolve(Mention(named.start(1), named.end(1), named.group(1), "name"))[0], "name"
        # the one unnamed subject whom an aside names in full: ‘The second officer, identified by
        # the department as Officer Miguel Santana, can be heard saying, “…”’ is Santana's
    if found.how == "pronoun" and (body := _body_behind_its_pronoun(text, found, sp, paras, cast)) is not None:
        found.person, found.how = body, "body"  # ‘The X Alliance said …. The group has long argued …; such
        # zones, it said, “…”’: the body "the group" stood for
    if found.how == "description" and said_by[0].lower() == "the" and " ".join(said_by[1:]) in WEATHER_KIND_NOUNS \
            and (service := _weather_service(text, found.mention.start, cast)) is not None:
        found.person, found.how = service, "body"  # ‘The Met Office has issued an amber warning …. “…,” the
        # forecaster said’
    if (bench := _court_bench(text, found.mention, found.how)) is not None:
        court = _court_named(text, found.mention.start, cast)  # ‘The Supreme Court quashed the order. …
        # “…,” the Bench said’, ‘a two-member bench said’: the court it sits for, when one is named
        found.person, found.how = (court, "body") if court is not None \
            else (Person(bench, kind="description"), "description")
    if found.how in ("description", "pronoun") and found.person is not None and found.person.kind == "description" \
            and (court := _ruling_court(text, found.mention.start, found.person.name)) is not None:
        found.person, found.how = court, "body"  # ‘The European Court of Human Rights has ruled …. the
        # Strasbourg-based court found’, ‘“…,” the judges wrote. “…,” they added’: the court whose ruling
        # the article reports, restated by its seat, its judges or its bench
    if found.how in ("description", "description-anaphor") and [w.lower() for w in said_by] == ["the", "aide"] \
            and (found.person is None or (found.person.kind == "description"
                                          and found.person.name.lower() in ("the aide", "aide"))) \
            and (staffer := _staffer_introduced_before(text, found.mention.start, sp, paras, cast)) is not None:
        found.person, found.how = staffer, "introduced"  # ‘A former assistant private secretary tells the
        # author that …. “…,” the aide says’: the staffer last brought in unnamed, by a more exact word (w90a)
    if found.how == "description" and found.mention.text.lower() in ("the former", "the latter"):
        one = _former_or_latter(text, found.mention, cast)
        if one is not None:  # ‘X and Y both spoke afterwards. The latter said: “…”’
            found.person, found.how = one, "former-latter"
    if found.how in ("description", "description-anaphor") and found.mention.kind == "description" \
            and not (found.how == "description-anaphor" and found.person is not None and found.person.kind == "description") \
            and (one := _one_of_two_by_age(text, found.mention, cast)) is not None:
        found.person, found.how = one, "age-compared"  # ‘X, 52, and Y, 24, run a stall. “…,” the younger man said’
    if found.how == "description" and found.mention.kind == "description" \
            and (body := body_representing_named_next(
                text, found.mention.text, found.mention.end, found.mention.start,
                paras[k] if RE_BARE_MEMBERS_BODY.fullmatch(found.mention.text) is not None
                and (k := lede_index(text, paras)) is not None else None)) is not None:
        found.person, found.how = Person(body, kind="organisation"), "lede-named"  # ‘…, the union representing
        # coastguard officers has warned. / The Public Services Union (PSU) said …’: the body named next (w111a)
    if found.how == "description" and sp.paragraph <= 1 and found.mention.kind == "description" \
            and (told := _heard_tail(text, sp, found.mention, paras, cast)) is not None:
        # the lede's subject is what a court was told of, never its speaker: ‘A man accused of
        # murdering his partner invented a “…”, a jury has been told. / Prosecutor Ann Lowe told the
        # jury …’ is the one who told it, else no one
        found.person, found.how = told[0], "lede-named" if told[0] is not None else "heard-of"
    if found.how == "description" and found.mention.kind == "description" and said_by[0] in SET_OFF_NEXT_OPENERS \
            and (named := _set_off_next(text, sp, found.mention, paras, cast)) is not None:
        # the noun given, set off, to someone new in the next paragraphs: ‘… in which a senior officer
        # wrote that it could “…”. / The officer, Keith Dunmore, has since retired.’
        found.person, found.how = named, "lede-named"
    if found.how == "description" and found.mention.kind == "description" and said_by[0] in ("A", "An", "a", "an") \
            and (named := _described_named_next_sentence(text, sp, found.mention, cast)) is not None:
        # the described witness named by a fitting title in the very next sentence: ‘A consultant surgeon
        # who operated on the boy told the court it had been “finely balanced”. Dr Aisling Moran said: …’
        found.person, found.how = named, "lede-named"
    if found.how == "pronoun" and found.rule == "cue-before" and _lede_paragraph(text, sp.paragraph, paras) \
            and (named := _lede_subject_named_for_pronoun(text, sp, found.mention, paras, cast)) is not None:
        found.person, found.how = named, "lede-named"  # the lede's described subject its "he" or "she"
        # stands for, named in the paragraph after: ‘The engineer who inspected the dam has told an
        # inquiry he warned “…”. / Peter Moyo, a senior engineer …, gave evidence on Tuesday.’
    if (found.how == "description" or _headline_described_again(text, sp, found, paras)) \
            and _lede_paragraph(text, sp.paragraph, paras) and (said_by[0] in ("A", "An", "a", "an", "The", "the", "THE")
                                                                or _place_owns(said_by)
                                                                or said_by[0] in ("One", "one") and len(said_by) > 1 and said_by[1] != "of"
                                                                and RE_LEDE_WITH_LEAD.search(text, max(0, found.mention.start - 8), found.mention.start) is not None):
        # (‘one senior doctor’ as ‘a senior doctor’, brought in by "with" only: never ‘One senior minister said
        # …. / Prime Minister Jane Cole insisted …’; w75d, review rv75d)
        # (a country's office too: ‘Argentina's economy minister said …. / Economy Minister Federico …’)
        named = _lede_named_next(text, sp, found, paras, cast) or _lede_body_named_next(text, sp, found, paras, cast) \
            or _lede_kin_named(text, sp, found.mention, paras, cast) \
            or _lede_named_past_background(text, sp, found, paras, cast)  # (past a paragraph of background, w113a;
        # the lede's "THE" in a tabloid's capitals as "The")
        if named is not None:  # ‘A senior midwife has told an inquiry she was “…”. / Bernadette
            # Quayle, who worked on the unit for 22 years, gave evidence on Wednesday.’
            found.person, found.how = named, "lede-named"
            if said_by[0] in ("The", "the", "THE") and len(named.roles) < 3:  # (and ‘the chief constable said’
                named.roles.append(found.mention.text.split(" ", 1)[1])  # later on is the one named)
            elif said_by[0] not in ("A", "An", "a", "an") and not named.roles:  # (a place's office too:
                named.roles.append(found.mention.text)  # ‘Iran's foreign ministry spokesman’, ‘the spokesman’)
    if found.how == "description" and found.mention.kind == "description" and said_by[0] in ("His", "his", "Her", "her") \
            and _lede_paragraph(text, sp.paragraph, paras) \
            and (named := _lede_spouse_named(text, sp, found.mention, paras, cast)) is not None:
        found.person, found.how = named, "lede-named"  # the lede's "his former wife", named in a paragraph after
        # with the marriage told: ‘Carla Farrant, who was married to the singer, …’ (w86a)
    if found.how == "description" and found.mention.kind == "description" and said_by[0] in ("The", "the") \
            and _lede_paragraph(text, sp.paragraph, paras) \
            and (named := _lede_body_office_named(text, sp, found.mention, paras, cast)) is not None:
        found.person, found.how = named, "lede-named"  # the lede's office of an unnamed body, whose holder the
        # article names: ‘The review, led by Dame Ann Roe, …’, ‘Nurses' Union president Ana Costa said’ (w75d)
    if _lede_office_unnamed(found) and (named := cast.lede_description_named_next(found.mention)) is not None:
        found.person, found.how = named, "lede-named"  # the lede's office the paragraph after opens with,
        # named there first: ‘Scotland's Brexit minister has accused London of “…”. / Fergus MacInnes told
        # MSPs …’, ‘… after a British MEP accused …. / X, who leads the party's group of MEPs, told …’
        if not named.roles and RE_PLACE_OWNED_OFFICE.match(found.mention.text):
            named.roles.append(found.mention.text)  # (and the office is theirs: ‘“…,” the minister said’
            # later on is the one named, as for ‘Iran's foreign minister’ above) (w58a)
    if _lede_office_unnamed(found) and found.mention.kind == "description" \
            and (named := cast.lede_description_given_later(found.mention)) is not None:
        found.person, found.how = named, "lede-named"  # the lede's unnamed one, given that role by a name
        # further down: ‘The mother of an aid worker held abroad has urged …. / … His mother, Ruth Hale, said’
    if found.how == "name" and sp.paragraph <= 1 \
            and (ministry := _country_ministry_next(text, sp, found.mention, paras)) is not None:
        found.person, found.how = ministry, "lede-named"  # ‘China has vowed to take “all necessary
        # measures” …. / The Ministry of Commerce said in a statement …’: the body it spoke through
    if found.how in ("description-anaphor", "introduced") and said_by[0] in ("The", "the") and found.person is not None \
            and found.person.kind == "description" and not found.person.plural \
            and (named := _lede_holder_again(text, found.person, paras, cast)) is not None:
        # the lede's subject again, whom the paragraph after it named: ‘A Republican lawmaker from Ohio
        # introduced a bill …. / Rep. Dana Whitfield, who …, said …. / “…,” the lawmaker said’
        found.person, found.how = named, "lede-named"
    if found.how == "description-anaphor" and said_by[0] in ("The", "the") and found.person is not None \
            and found.person.kind == "description" and not found.person.plural \
            and (named := _aside_speaker_named_next(text, found.person, paras, cast)) is not None:
        # the lede's aside speaker, whom the quotation opening the next paragraph names: ‘This year, its owner
        # says, there may not be enough rice. / “…,” said Lim Ah Seng, 64. / … “…,” the owner wrote’
        found.person, found.how = named, "lede-named"
    if found.how == "description" and found.mention.kind == "description" and (
            found.rule == "cue-after" or (found.rule == "cue-before" and opens_line_or_sentence(text, found.mention.start))) \
            and (trade := RE_THE_TRADE.fullmatch(found.mention.text)) is not None \
            and (description_head(found.mention.text) is None or trade.group(1) in TRADE_PERSON_HEADS):
        holder = _trade_holder(text, trade.group(1), found.mention.start, cast)
        if holder is not None and holder.personlike and not holder.placelike:
            found.person, found.how = holder, "title-anaphor"  # ‘Brid Collins, the Ballymore harbormaster, said ….
            # “…,” the harbormaster said’: a trade no list holds, the one given it; or a person's word a list holds
            # that nothing else resolved, the one the article called by it (‘[Photo: Grazier Rob Donnelly] …. “…,”
            # the fourth-generation grazier said’, ‘Mum-of-three Kerry Ainsworth said …. / The beaming mum added:’)
    if found.how == "description" and found.mention.kind == "description" and found.rule == "cue-after" \
            and RE_THE_EATERY.fullmatch(found.mention.text) \
            and (place := _eatery_named_before(text, found.mention.start, cast)) is not None:
        found.person, found.how = place, "title-anaphor"  # ‘Golden Ladle, a noodle shop on Canal Street, will
        # close. “…,” the restaurant wrote’: the one eatery the article named, by any of an eatery's words
    if found.how == "description" and found.mention.kind == "description" \
            and (kin := RE_THE_KIN.fullmatch(found.mention.text)) is not None:
        parent = _kin_just_named(text, kin.group(1).lower(), sp, found.mention.start, cast)
        if parent is not None:  # ‘Abdulrahman Al-Ghamdi waved a flag bearing his daughter's shirt
            found.person, found.how = parent, "kin"  # number. / “…,” said the proud father’
            cast.note(found.mention.start, parent)  # (a "he" after is his, never the noun's)
    if found.how == "pronoun" and found.mention.text.lower() in GENDERS and sp.open_at == sp.para_start \
            and sp.paragraph > 0 and found.mention.start < sp.para_end:
        asked = _asked_in_paragraph_before(text, paras[sp.paragraph - 1], GENDERS[found.mention.text.lower()], cast)
        if asked is not None:  # ‘Sen. Bradley Tuttle asked Marsh whether she believed …. / “No, sir,” she
            found.person, found.how = asked, "asked"  # said’: the one asked answers


def _unnamed_one_described(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """A bare "the man" or "the director" at a cue after the quotation that nothing else stands for is
    the one unnamed who opens the sentence right before it (:func:`_unnamed_one_before`): ‘Outside, a
    tenant who has lived there for years said …. “…,” said the man, who …’ is the tenant's; a noun of a
    role only when the one before or the one at the cue had their name kept back (‘One trustee, who asked
    not to be named, admitted …. “…,” the director said’, ‘A captain who flies the route said …. “…,” said
    the pilot, who asked not to be identified’). (sets found.person)"""
    if found.rule != "cue-after" or found.mention is None or found.mention.kind != "description" \
            or (bare := RE_BARE_PERSON_NOUN.fullmatch(found.mention.text)) is None \
            or not (found.person is None or (found.person.kind == "description"
                                             and found.person.name.lower() == found.mention.text.lower())):
        return
    noun = bare.group(1).lower()
    if not _person_noun(noun) or noun in THING_NOUNS:
        return
    near = min(len(text), found.mention.end + 160)  # (the clause set off at the cue)
    kept_here = RE_SOURCE_KEPT_BACK.match(text, found.mention.end, near) is not None
    if noun not in PEOPLE_NOUNS and not kept_here:
        return  # (a role's noun only with its own clause of a name kept back: ‘A worker, who spoke on condition
        # of anonymity, said …. “…,” the manager said’ is the manager's answer, someone else)
    if kept_here and RE_KEPT_BACK_TOO.match(text, found.mention.end, near):
        return  # (‘who also asked not to be named’: another one kept back, never the one before)
    if RE_APPOSITIVE_AT_CUE.match(text, found.mention.end):
        return  # (‘said the man, a spokesman for the landlord’: the cue tells who they are)
    one = _unnamed_one_before(text, sp, paras, GENDERED_NOUNS.get(noun), told=False)
    if one is not None and noun not in PEOPLE_NOUNS and (RE_SPOKES.match(description_head(one.text) or "")
                                                        or not RE_ONE_SAID.match(text, one.end, sp.open_at)):
        return  # (a role's noun at the cue only after one who told something, never a spokesperson: ‘A
        # protester shouted slogans. “…,” said the officer, who asked not to be named’)
    if one is not None and (regex.search(rf"\b{noun}\b", text[:one.start], flags=regex.I)
                            or any(_person_noun(w.lower()) or RE_MAN_WORD.fullmatch(w)
                                   for w in regex.findall(r"\p{L}+", text[one.end:sp.open_at]))):
        return  # (review rv62c2: "the woman" told of before, or others in the sentence she may be:
        # ‘Police said a woman was taken to hospital. A neighbour said …. “…,” the woman said’, ‘A paramedic
        # who treated the passengers said …. “…,” the woman said’, ‘… said the gunman was calm.’)
    if one is not None and (sex := GENDERED_NOUNS.get(noun)) is not None \
            and GENDERED_NOUNS.get(description_head(one.text) or "") is None \
            and not any(_tells_own_sex(text, w) for w in SEX_WORDS[sex].finditer(text, one.start, sp.open_at)) \
            and _named_of_sex_before(text, 0, one.start, sex):
        return  # (review rv62c3: a one of no told sex, after a woman named before, is no "the woman":
        # ‘Jane Arden, 34, was evicted. / A housing officer said …. “…,” said the woman, who now sleeps …’)
    if one is not None and description_head(one.text) != noun:  # (the same noun again is read as before:
        # ‘A person who attended said …. “…,” the person said’)
        found.person = cast.resolve(one)[0] or Person(one.text, kind="description")


#: A kept-back clause at a cue that tells of another so kept (‘who also asked not to be named’).
#:
#: >>> bool(RE_KEPT_BACK_TOO.match(", who also asked not to be named")), bool(RE_KEPT_BACK_TOO.match(", who asked not to be named"))
#: (True, False)
RE_KEPT_BACK_TOO = LazyPattern(r", who (?:also|too|likewise|similarly)\b")

#: A description set off right after a cue's "the man" (‘said the man, a spokesman for the landlord’).
#:
#: >>> bool(RE_APPOSITIVE_AT_CUE.match(", a spokesman for the landlord")), bool(RE_APPOSITIVE_AT_CUE.match(", who now sleeps"))
#: (True, False)
RE_APPOSITIVE_AT_CUE = LazyPattern(r", (?:an?|the) \p{Ll}")

#: A spokesperson's noun (‘spokeswoman’).
#:
#: >>> bool(RE_SPOKES.match("spokeswoman")), bool(RE_SPOKES.match("tenant"))
#: (True, False)
RE_SPOKES = LazyPattern(r"spokes\p{Ll}*")

#: An unnamed one's telling right after them, past a set-off clause (‘, who works nights, said’, ‘ told’).
#:
#: >>> bool(RE_ONE_SAID.match(", who works nights, said")), bool(RE_ONE_SAID.match(" told")), bool(RE_ONE_SAID.match(" shouted slogans"))
#: (True, True, False)
RE_ONE_SAID = LazyPattern(r"(?:,[^.;:“”\"\n]{0,160}?,| who [^.;:“”\"\n]{0,160}?)? (?:\p{Ll}+ly )?(?:said|says|told|added|explained)\b")

#: A word of a person or of people ending in "man" or "men" (‘gunman’, ‘chairwoman’, ‘firemen’).
#:
#: >>> bool(RE_MAN_WORD.fullmatch("gunman")), bool(RE_MAN_WORD.fullmatch("firemen")), bool(RE_MAN_WORD.fullmatch("man"))
#: (True, True, False)
RE_MAN_WORD = LazyPattern(r"\p{Ll}+(?:man|men)")

#: A bare definite description of one person at a cue: "the" and one noun (‘the man’, ‘The director’).
#:
#: >>> RE_BARE_PERSON_NOUN.fullmatch("the man").group(1), RE_BARE_PERSON_NOUN.fullmatch("the former aide") is None
#: ('man', True)
RE_BARE_PERSON_NOUN = LazyPattern(r"[Tt]he (\p{Ll}+)")


def _state_epithet_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]]) -> None:
    """Who a state or home-town epithet stands for: the one of that state named before, else the paragraph's subject."""
    # ‘Sen. Sherrod Brown (D-Ohio) …. “…,” the Ohio Democrat said’ is Brown (sets found.person, found.how)
    epithet = _state_epithet(found.mention.text) \
        if found.person is None or found.person.kind != "name" or not found.mention.text.endswith(found.person.name) \
        or found.person.name.split()[0] in US_STATE_FORMS else None
    if epithet is None and found.how in ("description", "organisation") \
            and (home := STATE_DEMONYMS.get(found.mention.text.lower().removeprefix("the "))) is not None:
        epithet = (home, "")  # a state's own people: ‘Sen. Ted Cruz (R-Texas) …. “…,” the Texan said’
    if epithet is not None:  # (a state, or a home town: ‘State Rep. Dale Simmons, R-Marietta, … the
        # Marietta Republican’)
        holder = _state_holder(text, US_STATE_FORMS.get(epithet[0], (epithet[0],)),
                               epithet[1].lower(), cast, found.mention.start)
        if holder is not None:  # ‘Sen. Sherrod Brown (D-Ohio) …. “…,” the Ohio Democrat said’
            found.person, found.how = holder, "state-epithet"
        elif found.how == "organisation" and found.rule == "cue-after" and epithet[1] in ("Democrat", "Republican") \
                and (opener := _paragraph_subject(text, sp, cast, f"the {epithet[0]} {epithet[1]}", paras)) is not None:
            found.person, found.how = opener, "epithet"  # (no one given that state: the subject of the
            # paragraph before, ‘U.S. Sen. Marcus Delaney made a stark prediction …. “…,” the Oregon Republican wrote’)
        elif found.how == "organisation" and (lawmaker := _lawmaker_just_before(
                text, sp, found.mention, found.rule, cast, epithet, paras)) is not None:
            found.person, found.how = lawmaker, "epithet"  # (or the one lawmaker the sentence right before
            # names, as subject or not: ‘The bill put Sen. Ruth Adair in a bind. The Maine Republican …’)


#: A verb of saying later in the sentence of someone unnamed it opens (‘A Republican senator who voted
#: for it said he had doubts.’), never an infinitive (‘he likes to say’).
RE_SAID_LATER = LazyPattern(r"(?<!\bto )\b(?:said|says|told|tells|added|argued|insisted|warned|explained|acknowledged|"
                              r"admitted|conceded|complained|wrote)\b")

#: An aside after someone described that makes them another (‘A senator since 2001, he …’, ‘A mother
#: of three, Jenna Park,’).
RE_SET_OFF_SUBJECT_ASIDE = LazyPattern(r"(?: (?:since|for|of) [^,]{1,30})?, (?:he|she|\p{Lu}\p{Ll}+ \p{Lu})")


#: A body's own inquiry by the body's kind (‘the regulator’s investigation’, ‘the watchdog's report’,
#: ‘the agency's review’): its findings are the body's words.
#:
#: >>> RE_BODYS_FINDINGS.fullmatch("The regulator’s investigation").group(1), RE_BODYS_FINDINGS.fullmatch("the report") is None
#: ('regulator', True)
RE_BODYS_FINDINGS = LazyPattern(r"(?i:the) ([a-z]+)[’']s (?:[a-z\-]+ )?(?:investigation|inquiry|report|review|audit)")


#: Body nouns that, when no body is named for them, still take the one brought in unnamed before.
BODY_NOUNS_AS_ROLES = frozenset(("fund",))


#: Words that head an institution's name; one on each side of an "and" makes two bodies, never one
#: college (‘the University of Kent and Canterbury College’; but ‘Gonville and Caius College’, ‘the Royal
#: College of Physicians and Surgeons of Glasgow’ are one) (rv61d).
INSTITUTION_HEADS = frozenset("college university school academy institute hospital polytechnic".split())


def _college_name(name: str) -> bool:
    """A name "the college" may stand for: one a college heads, ending with the word or naming it before "of"
    (‘Borders College’, ‘the Royal College of Nursing’), and one body only.

    >>> [_college_name(n) for n in ("Borders College", "the Royal College of Nursing", "Gonville and Caius College")]
    [True, True, True]
    >>> [_college_name(n) for n in ("College Road", "King's College Hospital", "Linden College and Fairway College")]
    [False, False, False]
    """
    words = name.split()
    if not (words and words[-1] == "College") and regex.search(r"\bCollege of \p{Lu}", name) is None:
        return False
    parts = name.split(" and ")
    return not (len(parts) > 1 and all(any(w.lower() in INSTITUTION_HEADS for w in part.split()) for part in parts))


#: Words that qualify a role in "the former contractor", "the senior official" (an anaphor of
#: one introduced unnamed).
ADJECTIVES_OF_ROLE = frozenset("former senior junior retired young elderly local other".split())


#: Cue verbs of documents, never of a person's epithet ("the suit reads", "the filing alleges").
DOCUMENT_CUES = frozenset("reads read states stated shows showed finds found alleges alleged notes noted".split())

#: Someone described, a sentence's subject (‘The club captain was more reserved.’, ‘One patient …’)
#: or kin (‘Ortiz's husband’, ‘his neighbour’): the one an epithet of age after it stands for, never
#: a name before.
RE_DESCRIBED_SUBJECT = LazyPattern(r"(?:^|(?<=[.!?”\"] ))(?:The|A|An|One|Another) \p{Ll}|\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+(?:’s|'s))"
                                     r" (?:\p{Ll}+ )?(?:" + "|".join(sorted(KIN_NOUNS | {"neighbour", "neighbor", "friend", "colleague"})) + r")\b", regex.M)


#: A described subject that is many, never the one "the 71-year-old" stands for: "the", an owner in lower case or
#: none, a plural noun, and a verb that agrees only with many or a modal (‘The museum’s trustees will decide …’,
#: ‘The residents have complained’). Not ‘The boss will decide’ (-ss), ‘The bus was late’ (-us).
#:
#: >>> [bool(RE_DESCRIBED_MANY.match(t)) for t in ("The museum’s trustees will decide", "The boss will decide", "The nurse said")]
#: [True, False, False]
RE_DESCRIBED_MANY = LazyPattern(r"The (?:\p{Ll}+(?:’s|'s) )?\p{Ll}+[^\Wsui]s (?:will|are|were|have|would|can|could|may|must|should)\b")


def _described_subjects(text: str, lo: int, hi: int, skip: tuple[int, int] = (0, 0)) -> list:
    """The described subjects of ``text[lo:hi]`` (:data:`RE_DESCRIBED_SUBJECT`), past those that are many
    (:data:`RE_DESCRIBED_MANY`: ‘The museum’s trustees will decide …. Their chair, Dame Ann Cole, said …’)
    and those inside ``skip`` (the quotation whose speaker is sought: kin its speaker speaks of, ‘“… I’d cost
    his son’s team the game,” the 15-year-old said’, are no one described before it).

    >>> t = "The museum’s trustees will decide. Their chair, Ann Cole, said so."
    >>> [m.group() for m in _described_subjects(t, 0, len(t))]
    []
    >>> t = "Ann Cole spoke. “I met his son,” the 15-year-old said."
    >>> [m.group() for m in _described_subjects(t, 0, len(t))], _described_subjects(t, 0, len(t), (15, 32))
    (['his son'], [])
    """
    return [m for m in RE_DESCRIBED_SUBJECT.finditer(text, lo, hi)
            if RE_DESCRIBED_MANY.match(text, m.start()) is None and not skip[0] <= m.start() < skip[1]]


#: A name set off right after a described subject (:data:`RE_DESCRIBED_SUBJECT`), with the comma that closes
#: it: group 1 the name (‘Mr Hale’s daughter, Amy, who …’, ‘His mother, Karen Hale, said’); past the rest of
#: the subject's words in lower case, when the match stops inside them (‘One former crew member, Lance
#: Corporal Ian Fry, said’, the subject matched to ‘One f’).
#:
#: >>> RE_DESCRIBED_NAME_SET_OFF.match(", Karen Hale, said").group(1), RE_DESCRIBED_NAME_SET_OFF.match(", who said") is None
#: ('Karen Hale', True)
#: >>> RE_DESCRIBED_NAME_SET_OFF.match("ormer crew member, Lance Corporal Ian Fry, said").group(1)
#: 'Lance Corporal Ian Fry'
RE_DESCRIBED_NAME_SET_OFF = LazyPattern(r"[\p{Ll}\-]*+(?: [\p{Ll}\-]+){0,4}, (\p{Lu}[\p{L}\p{M}’'\-]+(?: \p{Lu}[\p{L}\p{M}’'\-]+){0,3}),")


#: What may stand between a sentence's start and a described subject: up to two words in capitals, an owner's
#: title and name (‘. Mr Hale’s daughter’, ‘. Pte Ashby’s mother’), or nothing.
#:
#: >>> RE_SENTENCE_OPENING_BEFORE.search("It rained. Mr ") is not None, RE_SENTENCE_OPENING_BEFORE.search("On Tuesday, the man, ") is None
#: (True, True)
RE_SENTENCE_OPENING_BEFORE = LazyPattern(r"(?:^|[.!?”\"]\s|\n)\s*(?:\p{Lu}[\p{L}.]*\s){0,2}$")


#: An owner's pronoun opening a described subject (‘His father, Ian, …’): the owner is someone named before.
#:
#: >>> [bool(RE_PRONOUN_OWNER.match(t)) for t in ("His father", "her brother", "Mr Hale’s daughter")]
#: [True, True, False]
RE_PRONOUN_OWNER = LazyPattern(r"(?i:his|her|their) ")


def _age_epithet_sex(epithet: str) -> str | None:
    """The sex an age epithet's own words tell, past the age: a sexed noun (:data:`GENDERED_NOUNS`: ‘the
    30-year-old woman’) or a parent by count (:data:`RE_KIN_COUNT`: ‘the 30-year-old mother-of-two’); None if none.

    >>> [_age_epithet_sex(t) for t in ("the 30-year-old mother-of-two", "the 30-year-old woman", "the 30-year-old")]
    ['f', 'f', None]
    """
    for w in epithet.lower().split()[2:]:
        if (count := RE_KIN_COUNT.fullmatch(w)) is not None:
            return KIN_COUNT_SEX[count.group(1)]
        if GENDERED_NOUNS.get(w) is not None:
            return GENDERED_NOUNS[w]
    return None


def _sole_described_named(text: str, found: list, lo: int, cast: Cast, epithet: str = "") -> tuple[int, Person] | None:
    """The person the only described subject ``found`` (:func:`_described_subjects` of the text from ``lo``)
    is, when a name the cast knows as a person's is set off right after it (:data:`RE_DESCRIBED_NAME_SET_OFF`): where, who.
    None for two described, or a description left unnamed (‘Her husband, who …, said’); nor kin of the other
    sex than the age ``epithet`` tells (:func:`_age_epithet_sex`: ‘Her brother, Liam, … / “…,” the 30-year-old
    mother-of-two said’), nor the kin of a pronoun's owner named in full before it (:data:`RE_PRONOUN_OWNER`:
    ‘Midfielder Curtis Jones scored twice. His father, Ian, said … / “…,” the 22-year-old said’ may be Jones)."""
    if len(found) != 1 or (named := RE_DESCRIBED_NAME_SET_OFF.match(text, found[0].end())) is None \
            or RE_SENTENCE_OPENING_BEFORE.search(text, max(0, found[0].start() - 40), found[0].start()) is None \
            or text.startswith(" and ", named.end()):
        return None  # (a sentence's subject, never one in a list: ‘On Tuesday, the 52-year-old, his wife, Amy,
        # and their son visited …’)
    kin_sex = GENDERED_NOUNS.get(found[0].group().rsplit(" ", 1)[-1].lower())
    if kin_sex is not None and _age_epithet_sex(epithet) not in (None, kin_sex):
        return None  # (the other sex: review rv-w112c-32)
    if RE_PRONOUN_OWNER.match(text, found[0].start()) and any(
            " " in q.name and q.kind == "name" and not q.placelike and q.name in text[lo:found[0].start()]
            for q in cast.by_surname.values()):
        return None  # (the owner named in full before, the one the paragraph is about: review rv-w112c-50)
    p, _ = cast.resolve(Mention(named.start(1), named.end(1), named.group(1), "name"))
    if p is None or p.kind != "name" or p.placelike or p.plural or not (p.personlike or p.gender is not None):
        return None
    return named.start(1), p


#: "the" and a trade in lower case (no list holds it, or it is one of :data:`TRADE_PERSON_HEADS`, as short as
#: ‘the mum’), an adjective before it or none, hyphenated or not (‘the harbormaster’, ‘the pulmonologist’,
#: ‘the fourth-generation grazier’, ‘the beaming mum’).
#:
#: >>> RE_THE_TRADE.fullmatch("the fourth-generation grazier").group(1), RE_THE_TRADE.fullmatch("the Ballymore harbormaster")
#: ('grazier', None)
#: >>> RE_THE_TRADE.fullmatch("the beaming mum").group(1)
#: 'mum'
RE_THE_TRADE = LazyPattern(r"(?i:the) (?:\p{Ll}[\p{Ll}\-]* )?(\p{Ll}{3,})")

#: Heads of :data:`RE_THE_TRADE` that the lists hold and only a person bears, a trade, a standing, a kin
#: word or a parent's (‘the skipper’, ‘the pensioner’, ‘the mum’), which :func:`_trade_holder` may read
#: too when nothing else resolved them; never a body's (‘the union’), a plural (‘the founders’) nor a
#: sex alone (‘the man’).
TRADE_PERSON_HEADS = EPITHET_ROLES | PERSON_EPITHETS | KIN_NOUNS | frozenset(KIN_COUNT_SEX)


def _bare_career_left(text: str, mention: Mention, epithet: str) -> bool:
    """The epithet is a career left (:func:`_former_career`, ‘the retired bookkeeper’) with no "who" clause
    after it, which would tell of someone brought in there (w128d)."""
    return _former_career(epithet) and not text.startswith((", who ", " who "), mention.end)


#: "the" and an eatery's word, an adjective in lower case before it or none (‘the restaurant’, ‘the little café’).
RE_THE_EATERY = LazyPattern(r"(?i:the) (?:\p{Ll}+ )?(?:" + "|".join(sorted(EATERY_NOUNS)) + ")")


#: A kin noun given an adjective (‘the proud father’, ‘the grieving mother’).
RE_THE_KIN = LazyPattern(r"(?i:the) \p{Ll}+ (son|daughter|father|mother|husband|wife|brother|sister)")
