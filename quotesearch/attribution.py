"""Attribution: who said each quotation, found by ordered sieves.

High-precision rules run first (a cue verb right beside the quotation with its speaker, read by
:mod:`quotesearch.cues`), then looser ones (a cue earlier in the sentence, the previous quotation
of the paragraph, the quotation this one continues, the sentence before, a colon at the end of
the previous paragraph). Every decision records its rule, its mention and a confidence. Speech is
told from scare quotes and titles in this stage too, since both need the quotation's sentence
(:mod:`quotesearch.titles`, :mod:`quotesearch.terms`, :mod:`quotesearch.nicknames`).

The helpers of :func:`attribute` live in modules by what they decide: :mod:`quotesearch.labels`,
:mod:`quotesearch.titles`, :mod:`quotesearch.nicknames`, :mod:`quotesearch.messages`,
:mod:`quotesearch.terms`, :mod:`quotesearch.introductions`, :mod:`quotesearch.bodies`,
:mod:`quotesearch.statements`, :mod:`quotesearch.clauses`, :mod:`quotesearch.epithets`,
:mod:`quotesearch.relations`, :mod:`quotesearch.writers`, :mod:`quotesearch.interviews`,
:mod:`quotesearch.questions`, :mod:`quotesearch.headlines`, :mod:`quotesearch.subjects`,
:mod:`quotesearch.ledes`, :mod:`quotesearch.continuation`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from quotesearch.cues import (
    OWN_STATEMENT_NOUNS, RE_AUTHOR_ASIDE, RE_LATER_OPENING, SIGN_NOUNS, cue_after, cue_before, read_on_sign,
    sign_reading_at,
)
from quotesearch.cue_tokens import Found, Lazy, _token_after, sentence_ends
from quotesearch.sentence_subjects import CLAUSE_LEADS, _in_opening_clause, _joins_clause, _opens_with, sentence_subject
from quotesearch.reported_speech import _in_the_words_of
from quotesearch.cues_after import RECORDING_NOUNS, carried_sign, passive_agent
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.place_words import STATE_DEMONYMS, US_STATE_FORMS
from quotesearch.name_words import HONORIFICS, RE_IDENTIFIED_AS_NAME
from quotesearch.document_words import (
    DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, OWN_WRITINGS, SENT_MESSAGE_NOUNS, SIGNED_NOTE_NOUNS, THING_NOUNS,
    WRITING_NOUNS,
)
from quotesearch.body_words import (
    EATERY_NOUNS, NAME_HEAD_BODY_NOUNS, RULING_WORDS, SECOND_OF_KIND_WORDS, WEATHER_KIND_NOUNS,
)
from quotesearch.role_words import CONTEST_EPITHETS, GENDERED_NOUNS, KIN_NOUNS, REPORTING_SOURCE_HEADS, ROLE_NOUNS
from quotesearch.speech_words import CALL_VERBS, CUT_OFF_ENDS, LABELLING_VERBS, SPEECH_VERBS
from quotesearch.term_words import PLACE_NICKNAME_HEADS, REGISTER_NOUNS, VESSEL_NOUNS
from quotesearch.descriptions import ends_on_inner_person
from quotesearch.mentions import INDEFINITE_SPEAKERS, mention_after
from quotesearch.mention_words import Mention, description_head
from quotesearch.mention_descriptions import NATION_BODY_NOUNS
from quotesearch.model import Document, Quote
from quotesearch.names import RE_NAME_RUN, gender_of, is_organisation, tokenize
from quotesearch.quotes import Span, find_spans, judged_headline_verdict, paragraphs, recased_headline_quote, unwrapped
from quotesearch.speakers import Cast
from quotesearch.people import Person
from quotesearch.offices import RE_PLACE_OWNED_OFFICE
from quotesearch.sources import GENDERLESS_SOURCES, RE_ALIAS, alias_after_clause, alias_gender, alias_is_theirs
from quotesearch.bodies import (
    _board_of_firm, _body_before, _body_behind_its_pronoun, _body_ending_in_kind, _named_body_spoke,
)
from quotesearch.body_names import (
    CONTEXT_CHARS, RE_DATELINE, RE_THE_STATEMENT, _club_named_in_own_statement, _dateline_team, _firm_document,
    _other_firm_introduced,
)
from quotesearch.described_people import (
    _introduced_description, _introduced_unnamed, _office_named_later, _one_named_next, _same_paragraph,
)
from quotesearch.body_services import _court_bench, _court_named, _owned_campaign_before, _weather_service
from quotesearch.body_kinds import _body_by_ending, _body_fits, _body_kind, _set_off_name
from quotesearch.body_firms import _article_company, _described_body
from quotesearch.clauses import (
    CLAIM_NOUNS, RE_LIST_ITEM, _another, _by_ones_count, _claim_by, _clause_finder_before, _cue_of_relative_clause,
    _found_person, _goes_on_after_cue, _inner_teller_before_colon, _law_text, _list_lead, _one_of_group,
    _orderer_before, _owner_of_subject_document, _participle_subject, _product_speaker, _provision_whole,
    _setting_subject, _speaker_sources_report, _speech_part_lead, _tech_letters, _told_after,
)
from quotesearch.continuation import RE_OWN_VERDICT, _OWN_SAYING, _inherit
from quotesearch.epithets import (
    AGE_REACH, EPITHET_ROLES, PERSON_EPITHETS, RE_NAMED_AGE, RE_PLACE_EPITHET, RE_THE_AGE, SEAT_EPITHETS,
    _dateline_lede_subject, _epithet_core, _epithet_holder, _focus_of_time_clause, _former_career, _nationality_epithet,
    _pending_holder, _person_of_age, _person_of_nationality, _person_of_place, _place_compound, _place_epithet_after,
    _sole_person_leading, _speaker_of_quoted_paragraph, _topic_label,
)
from quotesearch.interviews import (
    OWNER_PRONOUNS, REPLY_CUES, RE_FIRST_PERSON, RE_SPEAKER_LABEL, _accounts_given, _introduces_next, _transcript_turns,
)
from quotesearch.introductions import _after_preposition, _compound_role_of, _unnamed_author
from quotesearch.labels import (
    AFTER_CHARS, _headline_label, _headline_office_label, _headline_role, _holder_body_in_lead, _section_label, _sole_of_surname, _story_label,
)
from quotesearch.ledes import (
    _aside_speaker_named_next, _country_ministry_next, _described_named_next_sentence, _headline_described_again,
    _lede_body_named_next, _lede_holder_again, _lede_kin_named, _lede_named_next, _lede_paragraph,
    _lede_subject_named_for_pronoun, _name_line, _office_named_since, _place_owns, _tokens_to_sentence_end,
    _topic_answer,
)
from quotesearch.messages import (
    _claim_denied, _heard_clause_speaker, _hearing_audience, _message_sent_by, _names_a_verb_of_sending, _passed_on,
    _pronoun_sender, _sender_named_after, _sender_of_it_read, _sender_of_messages, _without_recipient, message_from,
    message_sender,
)
from quotesearch.nicknames import (
    BODY_NOUNS, _advertised_as, _body_what_calls_kind, _call_sign_named, _called_by_their_own, _called_thing,
    _declared_status_name, _event_kind_term, _formal_kind_term, _glossed_for, _group_what_calls, _inscribed_words,
    _known_as_term, _maker_named_thing, _name_named_again, _name_repeating_thing, _nickname_after_colon,
    _nicknamed_lower, _printed_label, _reported_clause_before, _scare_term_again, _self_styled_name,
    _spoken_in_sentence, _status_granted, _term_asked_about, _term_named_after, _term_opens_relative_clause,
    _term_opens_sentence, _trade_what_calls, _word_shunned, _wording_kind_term, _words_marked_after, _work_read_again,
)
from quotesearch.questions import (
    _answer_after_reporters_question, _answerer, _answers_question, _asked_in_paragraph_before,
    _asker_told_in_paragraph, _calls_someone_else, _court_writer, _leader_named_by_verb, _one_asked, _other_of_sex,
    _party_asked, _party_asked_of_sex, _writer_read_out,
)
from quotesearch.relations import (
    KIN_SEX, _age_epithet_fits, _age_kept_unnamed, _eatery_named_before, _heard_lede_teller, _heard_tail,
    _kin_given_with_family_surname, _kin_just_named,
    _kin_of, _lawmaker_just_before, _maker_of_work, _named_before, _party_epithet, _set_off_next, _sole_star,
    _spouse_in_couple, _spouse_told_just_before, _state_epithet, _state_holder, _trade_holder, _withheld_surname_clause,
)
from quotesearch.statements import (
    CALLED_BODY_KINDS, RE_BARE_SPOKESPERSON, RE_KIND_CALLED_NAME, RE_OWNERS_DOCUMENT, WRITTEN_NOUNS, _acronym_of_group,
    _ad_maker, _body_announcing_before, _body_cued_as, _body_ruled_out, _body_spoke_sentence_before,
    _body_statement_before, _claim_made_by, _document_addressed_to, _document_issuer, _document_owner, _document_sender,
    _document_sent_by, _document_writer, _issuer_after, _issuing_body, _its_document_after_body,
    _its_officer_named_next, _letter_or_platform, _local_body_in_statement, _material_it, _material_maker,
    _material_noun, _minutes_body, _named_in_sentence_before, _named_owners_document, _relayed_document_issuer,
    _report_body_before, _sender_in_next_sentence, _sentence_start, _signed_document_issuer, _sole_body_in_article,
    _sole_body_of_kind, _spokesperson_of_statement, _statement_body_before, _statement_issuer_before,
    _statement_reports, _written_head,
)
from quotesearch.subjects import (
    _last_sentence_subject, _letter_writer, _office_subject_before, _own_sentence_subject, _past_interview_speaker,
    _pronoun_subject, _surname_of_plural, _they_in_own_clause, _unnamed_one_spoke,
)
from quotesearch.described_subjects import _SAYINGS, _former_or_latter, _kin_named_near, _one_of_two_by_age
from quotesearch.they_subjects import (
    _anonymous_source_they, _lead_of_fellows, _plural_subject_before, _quoted_one_they, _singular_they,
)
from quotesearch.unnamed_subjects import (
    RE_SOURCE_KEPT_BACK, SEX_WORDS, _kept_back_before, _named_of_sex_before, _one_opening_paragraph, _possessive_inside,
    _tells_own_sex, _unnamed_one_before,
)
from quotesearch.it_subjects import _body_for_it, _its_owner_before, _owners_body_clause_before, _statement_author
from quotesearch.narrative_subjects import _attacked_rival_retorting, _lone_speaker_before
from quotesearch.terms import (
    NAMING_VERBS, _classed_as, _code_named, _coined_measure, _crew_calls_person, _dated_or_vessel_title,
    _for_whom_first_person, _job_title_named, _kind_glossed_term, _known_only_as, _name_means_lead, _named_in_house,
    _named_measure,
    _named_term, _nickname_identified, _nickname_like, _owned_work, _person_law, _removed_term, _screen_message,
    _speech_later, _status_term, _term_lead, _title_in_its_place, _told_programme, _trade_calls_thing, _voted_name,
    _work_set_off, _work_set_off_before, after_work_toks, is_title_context,
)
from quotesearch.titles import (
    CHARACTERISING_VERBS, PEOPLE_NOUNS, RE_ONE_WORD_TITLE, RE_QUOTED_GLOSS_AFTER, RE_SENTENCE_INSIDE, TITLE_SMALL_WORDS,
    _attributive, _attributive_name, _attributive_term, _between_names, _dash_glossed_term, _defined_by_rule,
    _defined_or_mocked, _defined_term, _foreign_work_title, _glossed_term, _grade_lead, _headline_source,
    _honoured_or_aired_lead, _inside_a_name, _issued_document_before, _issued_kind, _list_joined, _listed_thing,
    _mode_term, _named_day, _one_word_title, _opens_clause, _part_played_in, _person_noun, _personal_word,
    _priced_charge, _programme_name, _rating_before_noun, _rating_lead, _refer_to_as_article, _report_set_off,
    _role_term, _said_in_sentence_before, _scare_of_phrase, _scheme_term, _sentence_after, _speaker_set_off_after,
    _speech_after, _speech_verb_before, _stock_phrase_unsaid, _teller_before_record, _thing_owner, _title_again,
    _venue_titled_aside, _title_by_context, _title_question, _title_word, _told_broadcaster_lead, _without_prepositions,
    _word_in_marks_inside, _work_lead, _work_noun_before, _work_titled_aside, is_nickname, is_title, kind_of,
    names_a_work, owned_term,
)
from quotesearch.writers import (
    GENDERS, SEX_EPITHETS, WRITING_CUES, _addresses, _body_spoke_just_before, _group_by_members_word_only, _hails,
    _other_than_called, _paragraph_subject, _phrase_author_after, _private_writing, _quote, _signer_set_off,
    _styles_in_third_person, _surname_in_own_paragraph, _writer_named_before, _writing_it_read,
)


# (never a post's prefix: ‘“UPDATE: Kaylin has been located safe …”’)

#: A headline's speaker after its quotation and a colon or a dash: ‘“…”: Mayor Adaeze Nwachukwu on
#: her first year’, ‘‘…’ – Jane Doe’ (a capitalised name, then "on", "says", a dash or the end).
RE_HEADLINE_SPEAKER = LazyPattern(
    r"[ \t]*[:—–-][ \t]+((?:\p{Lu}[\p{L}\p{M}.’'\-]*[ \t]+){0,4}\p{Lu}[\p{L}\p{M}.’'\-]*)"
    r"(?=[ \t]+(?:(?:on|says|tells|about|at|after)\b|[—–-](?:\s|$))|[ \t]*$)")

#: A headline's speaker after its quotation and a colon or a dash described by a place's or a team's
#: capitals and a role word in lower case (‘‘…’ – Sri Lanka coach after series defeat’, ‘“…”: Kenya
#: captain on …’): group 1 the description, group 2 the role word (w60a).
#:
#: >>> RE_HEADLINE_DESCRIBED_SPEAKER.match(" – Sri Lanka coach after series defeat").group(1, 2)
#: ('Sri Lanka coach', 'coach')
#: >>> RE_HEADLINE_DESCRIBED_SPEAKER.match(": Jane Doe on her year") is None
#: True
RE_HEADLINE_DESCRIBED_SPEAKER = LazyPattern(
    r"[ \t]*[:—–-][ \t]+((?:\p{Lu}[\p{L}\p{M}’'\-]*[ \t]+){1,3}(\p{Ll}+))"
    r"(?=[ \t]+(?:(?:on|says|tells|about|at|after)\b|[—–-](?:\s|$))|[ \t]*$)")

#: A club's, a party's or a country's possessive before a headline's speaker, no part of the name:
#: ‘‘…’: Harlow's Mensah on promotion’ is Mensah's (when the article names a Mensah).
#:
#: >>> RE_OWNER_BEFORE_NAME.match("Harlow's Mensah").end(), RE_OWNER_BEFORE_NAME.match("Kwame Mensah")
#: (9, None)
RE_OWNER_BEFORE_NAME = LazyPattern(r"\p{Lu}[\p{L}\-]*['’]s[ \t]+(?=\p{Lu})")

#: A verb that makes a headline's opening words a sentence someone said, not a title: ‘‘Double-engine
#: government will transform the state’: Reddy at rally’, ‘‘Farmers have been betrayed’: …’.
RE_FINITE_VERB = LazyPattern(r"\b(?:will|would|must|should|shall|cannot|can['’]t|won['’]t|is|are|was|were|has|have|had"
                             r"|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|don['’]t|doesn['’]t|didn['’]t)\b")

#: Words of someone speaking for themselves: "I", "we", "my", "our", "me", "us", "you".
RE_SPOKEN = LazyPattern(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll)|[Mm]y|[Oo]ur|me|us|[Yy]ou|[Yy]our)\b")

#: Rules whose cue sits right beside the quotation: they make even a short Title Case phrase speech.
STRONG_RULES = frozenset({"label", "dash", "cue-after", "cue-before", "according-to", "colon"})


#: ‘the’ and a superlative in marks (‘the worst yet’, ‘the most dangerous’): a judgment, never a name.
RE_SUPERLATIVE_THE = LazyPattern(r"the (?:worst|best|most|least|\p{Ll}+est)\b")


#: An acronym in marks (‘“ARIA”’, ‘“GLP-1”’): a name for a thing, never anyone's judgment.
RE_TERM_ACRONYM = LazyPattern(r"\p{Lu}{2,6}(?:-\d{1,3})?s?")


#: A quotation set off as a name by the words after it: ‘called him “the carpenter
#: philosopher,” a label he disliked’, ‘as “Full Pilot”, a name critics say misleads’; and a term the
#: writer glosses so (‘as “audience matching,” a phrase regulators find evasive’, ‘“the Thirsty Giant,” a
#: name borrowed from a folk tale’, ‘“your money, sorted,” a slogan the bank dropped’).
#:
#: >>> [bool(RE_LABEL_AFTER.match(s)) for s in (" a phrase regulators find", " a name borrowed from", " a slogan the bank dropped")]
#: [True, True, True]
#: >>> bool(RE_LABEL_AFTER.match(" a phrase she repeated")), bool(RE_LABEL_AFTER.match(" a name for the"))
#: (False, True)
#: >>> bool(RE_LABEL_AFTER.match(" a phrase, she said")), bool(RE_LABEL_AFTER.match(" the name of the game"))
#: (False, True)
#: >>> bool(RE_LABEL_AFTER.match(", a label the researchers dislike")), bool(RE_LABEL_AFTER.match(", a charge the researchers dispute"))
#: (True, False)
#:
#: Within a gloss's first words, a verb of saying or repeating words: the gloss tells who said them (guard).
_GLOSS_SAID = (r"(?:\p{Ll}+ ){0,3}(?:said|says|say|repeated|repeats|repeat|chanted|chant|chants|echoed|echoes|uttered|"
               r"utters|used|uses|use|shouted|quoted|quotes|recited|voiced|spoke|sang|cheered|heard|hear)\b")
RE_LABEL_AFTER = LazyPattern(r",? (?:a|the|an|its|his|her|their) (?:[\w’'\-]+ )?"
                             r"(?:label|nickname|moniker|name|epithet|term|brand|slogan|tag|catchphrase|(?=phrase \p{Ll}))"
                             r"(?=[.;]| (?:he|she|they|it|that|which|critics|fans|many|some|given|coined|used|"
                             r"adopted|first|now|still|for|of|by)\b| \w+ (?:use|uses|used|coin|coined|apply|applied)\b"
                             r"| (?:[\w’'\-]+ ){1,6}(?:had |have |has )?(?:given|gave) (?:themselves|itself|himself|herself|him|her|them|it)\b"
                             r"|(?<=\ban? (?:[\w’'\-]+ )?(?:label|nickname|moniker|epithet|tag)) \p{Lu}\p{Ll}+(?:[’']s)? \p{Ll}"
                             r"|(?<=\b(?:label|nickname|moniker|epithet|tag|term)) (?:the|many|some|most) (?:[\p{Ll}\-]+ ){0,2}"
                             r"(?:dislike|dislikes|disliked|reject|rejects|rejected|resent|resents|resented|avoid|avoids|"
                             r"avoided|dispute|disputes|disputed)\b"
                             # (a label that people shun: ‘the “super corals,” a label the researchers dislike’ is
                             # no one's words, least of all theirs)
                             # (a gloss's own clause: ‘a name borrowed from’, ‘a phrase regulators find’, ‘a slogan
                             # the bank dropped’; "phrase" only so: ‘a phrase she repeated’ is hers)
                             # (a plural subject only after "phrase" or "slogan": ‘“…,” a term limits activist said’
                             # is a speaker)
                             # (guard: never a clause of saying or repeating them, ‘a phrase the minister repeated’,
                             # ‘a slogan supporters chanted back’, ‘a phrase families said …’: the words stay the speaker's)
                             r"|(?:(?<=\b(?:name|slogan|term))|phrase) (?!" + _GLOSS_SAID + r")(?:\p{Ll}+ed|(?:the|its|their) \p{Ll}+ \p{Ll}+)\b"
                             r"|(?:(?<=\bslogan)|phrase) (?!" + _GLOSS_SAID + r")\p{Ll}{3,}s (?!of\b)\p{Ll}+\b)")


#: A work's possessive after a title in marks (‘“Paper Moons,” the novel's author said’).
RE_WORK_OWNER_AFTER = LazyPattern(r",?\s(?:the|his|her|their) (?:song|album|book|novel|memoir|film|movie|documentary"
                                  r"|play|musical|opera|podcast|series|show)[’']s\b")

#: One word an online handle may be: with a digit, an underscore or an "@" ("cyb3rfox", "Nyx_Ops").
RE_HANDLE = LazyPattern(r"@?(?=[\w.]*[\d_])[\w.]{3,30}")

#: A place's nickname in lower case: "the", up to two words, and a place's noun (‘the herb road’, ‘the
#: golden mile’, ‘the killer bend’), which a clause like ‘that farmers have long called’ gives it.
#:
#: >>> bool(RE_PLACE_NICKNAME.fullmatch("the herb road")), bool(RE_PLACE_NICKNAME.fullmatch("the road to ruin"))
#: (True, False)
RE_PLACE_NICKNAME = LazyPattern(r"the (?:[\p{Ll}\-]+ ){1,2}(?:" + "|".join(sorted(PLACE_NICKNAME_HEADS)) + r")")

#: A longer name with "the", each word capitalised but the small ones (‘“the Great Wall of Thornby”’,
#: ‘“the Bridge to Nowhere”’): a name as short as four words are, whatever its length up to six.
RE_LONG_DEFINITE_NAME = LazyPattern(r"[Tt]he \p{Lu}[\p{L}\-’']*(?: (?:of|to|in|on|and|the|\p{Lu}[\p{L}\-’']*)){3,4}")

#: A name with "the" (‘“the Wonky”’, ‘“The Settler”’, ‘“la Verlaine”’).
RE_DEFINITE_NAME = LazyPattern(r"(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l) \p{Lu}[\p{Ll}\-’']+(?: \p{Lu}[\p{Ll}\-’']+)?")

#: First words of marks after "was called" that make it a summons or a call, not a label (‘was called
#: “back to the office”’, ‘was called “at least a dozen times a shift”’).
NOT_A_LABEL_OPENERS = frozenset("back at to into up away home again every twice once".split())

#: A document's own verb right after its author's aside (‘…, written by Justice X, said’).
RE_DOCUMENT_VERB = LazyPattern(r",? (?:said|says|stated|states|wrote|writes|read|reads|found|finds|concluded|concludes"
                                 r"|noted|notes|added|adds|declared|declares|ruled|rules|argued|argues|warned|warns|described|describes)\b")

#: A saying and whose it is, as a description (‘the message from union president Gloria Hart’,
#: ‘Mediator Paul Drescher's assessment’).
RE_SAYING_OF = LazyPattern(r"(?:(?i:the|a|an) (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r")s? (?:from|of) (.+)"
                           r"|(.+?)['’]s (?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r")s?)")

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


#: A verb of speech in the passive (‘were told to’, ‘are said to be’): its subject says nothing.
PASSIVE_SPEECH = wordset("""
said told described quoted reported alleged understood thought believed urged asked warned ordered branded
labelled labeled called accused dubbed named criticised criticized attacked mocked
""")
RE_PASSIVE_CUE = LazyPattern(r"\b(?:is|are|was|were|be|been|being) (?:\p{Ll}+ )?(?:" + "|".join(sorted(PASSIVE_SPEECH)) + r")\b")

#: Words that end by telling who passed them on to the speaker (‘…, she tells me.’): the one so told of is the
#: sentence's subject, never the speaker, whose first person the ‘me’ is.
#:
#: >>> bool(RE_TOLD_ME_AT_END.search("about fifty times, she tells me."))
#: True
#: >>> bool(RE_TOLD_ME_AT_END.search("she tells me to wait"))
#: False
RE_TOLD_ME_AT_END = LazyPattern(r", (?:she|he|they) (?:tells|told) me[.,!]?$")

#: What a court, an inquest or a jury heard, ending a sentence (‘…, inquest hears’, ‘…, court told’), or a
#: public inquiry or a commission, with a word or two before it and its remit after (‘…, the public
#: inquiry into the disaster has heard.’).
#:
#: >>> bool(RE_HEARD_AT_END.search("was “foreseeable”, the public inquiry into the flood has heard."))
#: True
#: >>> bool(RE_HEARD_AT_END.search(", inquest hears")), bool(RE_HEARD_AT_END.search(", the inquiry said."))
#: (True, False)
RE_HEARD_AT_END = LazyPattern(r", (?:an? |the )?(?:(?:court|inquest|jury|jurors|tribunal|trial) "
                              r"|(?:\p{Ll}+ ){0,2}(?:inquiry|commission) (?:(?:into|on) [^,.;:“”\"\n]{1,60} )?)"
                              r"(?:hears|heard|is told|was told|were told|told|has heard|has been told)\.?\s*$")


#: A message's sender named before "which read:" or after "sent by" (‘X sent a message which read:’,
#: ‘One message, sent by X at 2am, read:’), or a trial's party who sent one of several (‘the defendant
#: had sent his wife a series of messages, one of which read:’, w60a).
#:
#: >>> RE_SENDER.search("he said, the defendant had sent his wife messages, one of which read:").group(1)
#: 'the defendant'
RE_SENDER = LazyPattern(
    r"(?:\b(?!(?:He|She|They|It|We|Then|Later|Earlier|Also|Police|Officers)\b)(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}"
    r"|the (?:defendant|accused)) "
    r"(?:had |has |then )?(?:sent|posted|wrote|texted|emailed) "
    r"[^;:“\"‘]{0,60}?\b(?:message|text|email|letter|note|post|tweet)s?\b[^;:“\"‘]{0,50}? (?:(?:one|another|some|two|three|several) of )?(?:which|that) (?:read|said|stated)"
    r"|(?:message|text|email|letter|note|post|tweet|alert|warning|notice|notification)s?, (?:sent|written|posted|issued) by "
    r"((?:the )?\p{Lu}[\p{L}’'\-]+(?: (?:(?:of|for|and) )?(?:the )?\p{Lu}[\p{L}’'\-]+){0,6}"
    r"|(?:the|a|an) \p{Ll}[\p{Ll}’'\-]+(?: \p{Ll}[\p{Ll}’'\-]+)?|\p{Ll}+s (?:for|of) (?:the|his|her|their) \p{Ll}+)"
    r"(?: (?:at|on|in|shortly|just|around|about) [^,;“\"]{1,40}?)?, (?:read|said|stated))[:,]?\s*$")


#: Reports or claims of what someone said, which the source at the sentence's end denies or confirms
#: (‘Reports that Ms Vance described the plan as “unworkable” were wrong, a spokesman said’).
RE_REPORTS_THAT = LazyPattern(r"\b(?i:reports?|claims?|suggestions?|allegations?|rumou?rs?) that\b")

#: One's own saying right before the marks: ‘His philosophy was simple: “…”’, ‘As he liked to say, “…”’
#: (and after a concession: ‘Her advice is simple, if not always easy to follow: “…”’; after whom it is
#: for: ‘His advice to diners is simple:’; and as it opens: ‘Her reply began:’; past where it was found: ‘Her
#: reply, also seen by the Examiner, was two lines long:’; past how it was given, and plural: ‘His last words to
#: the hall, delivered through a megaphone, were practical ones:’).
RE_OWN_SAYING = LazyPattern(
    r"(?:\b" + _OWN_SAYING + r"(?: (?:to|for) (?:\p{Ll}+ ){0,2}\p{Ll}+)?"
    r"(?:, (?:also )?(?:seen|included|obtained|reviewed|quoted|cited|attached|filed|delivered|read|spoken|shouted|written)"
    r"(?: [\p{L}\-]+){1,5},)?"
    r"(?: (?:was|is|were|are|remained|remains) (?:\p{Ll}+ ){0,2}\p{Ll}+"
    r"(?:, (?:if|though|although|albeit) (?:\p{Ll}[\p{Ll}\-]* ){0,5}\p{Ll}[\p{Ll}\-]*)?| (?:began|begins|ran|runs))?:"
    r"|\b[Aa]s (he|she|they|\p{Lu}[\p{Ll}’'\-]+) (?:(?:liked|loved|used) to (?:say|put it)|(?:often|once|always|famously|would) "
    r"(?:said|say|put it)|put it|says|said)[,:]"
    # (and as it came, and in what: ‘His “apology” arrived the next morning, in the form of another tweet:’, ‘Her
    # reply came hours later in a statement:’)
    r"|\b(?i:(his|her|their)) [“‘\"']?(?:[\p{Ll}\-]+ )?(?:" + _SAYINGS + r"|apology)[”’\"']? (?:arrived|came)"
    r"(?: (?:[\p{Ll}\p{N}\-]+)){0,4}(?:,? (?:in the form of|in|via|on|by) (?:a|an|another|his|her|their) (?:\p{Ll}[\p{Ll}\-]* ){0,2}"
    r"\p{Ll}[\p{Ll}\-]*)?:)\s*$")


#: Verbs of speech after a catchphrase's marks that make it someone's words (‘…, Powell said’); never a
#: noun's form (‘after a strong jobs report’).
STOCK_SAYING_AFTER = frozenset("said says told tells warned warns added adds wrote writes argued argues predicted "
                               "predicts noted notes insisted insists".split())

#: "level" and a warning's noun after a word in marks, the level's name (‘a “danger” level warning’,
#: ‘an “orange” level heat alert’; never ‘a “high” level of concern’).
RE_LEVEL_AFTER = LazyPattern(r" level (?:\p{Ll}+ ){0,2}(?:warning|alert|advisory|watch)s?\b")

#: A side of a ballot in marks, before the noun of its side (‘led the “no” campaign’, ‘a “Yes” vote’,
#: ‘the “no” camp’): a label, never words said.
#:
#: >>> bool(RE_BALLOT_SIDE.fullmatch("no")), bool(RE_BALLOT_SIDE_AFTER.match(" campaign, said")), bool(RE_BALLOT_SIDE_AFTER.match(" to that"))
#: (True, True, False)
RE_BALLOT_SIDE = LazyPattern(r"(?i:yes|no|oui|non|ja|nein|leave|remain)")
RE_BALLOT_SIDE_AFTER = LazyPattern(r" (?:campaign|campaigns|campaigners|camp|side|vote|votes|voters|lobby|supporters|"
                                     r"vote's|campaign's|majority|result|option|box|column|case)\b")


#: A crowd's cries right before the marks (‘and jeers of ’, ‘to cries of ’, ‘amid shouts of ’).
#:
#: >>> bool(RE_CROWD_CRIES_OF.search("left to applause and jeers of ")), bool(RE_CROWD_CRIES_OF.search("the leader of "))
#: (True, False)
RE_CROWD_CRIES_OF = LazyPattern(r"\b(?:jeers|cries|shouts|chants|heckles|cheers|boos|calls|chorus|roars|yells) of $")


#: A trade's or a group's register named right after the marks: the words are its term, glossed by the
#: writer, no one's speech (‘“mods,” in platform parlance’, ‘“overhang” in industry jargon’,
#: ‘“tenderpreneurs”, in South African slang,’), unless a speech verb comes before them.
#:
#: >>> bool(RE_REGISTER_AFTER.match(" in platform parlance")), bool(RE_REGISTER_AFTER.match(" in the end"))
#: (True, False)
RE_REGISTER_AFTER = LazyPattern(r",? in (?:[\p{L}\-.’']+ ){0,3}(?:" + "|".join(sorted(REGISTER_NOUNS)) + r")\b")


def _headline_speaker_after(text: str, sp: Span) -> tuple[regex.Match | None, str]:
    """The speaker a short line's words one says name after them (:data:`RE_HEADLINE_SPEAKER`: ‘“I never
    …”: Mayor Adaeze Nwachukwu on her first year’), and the kind of that mention; on the first line, a
    place's or a team's role instead (:data:`RE_HEADLINE_DESCRIBED_SPEAKER`: ‘‘…’ – Sri Lanka coach after
    series defeat’, the holder of that office the article names below, else as written; w60a). Words
    one says only (‘“I never …”’, ‘‘Farmers will not be forgotten’’), never ‘“Succession”:’.

    >>> t = "‘We were beaten’ – Sri Lanka coach after series defeat"
    >>> sp = Span(1, 15, 0, 16, 0, 0, len(t))
    >>> m, kind = _headline_speaker_after(t, sp); m.group(1), kind
    ('Sri Lanka coach', 'description')
    """
    if sp.close_end is None or sp.open_at != sp.para_start or sp.para_end - sp.para_start > 200 \
            or not (RE_SPOKEN.search(text, sp.start, sp.end) or RE_FINITE_VERB.search(text, sp.start, sp.end)):
        return None, "name"
    named = RE_HEADLINE_SPEAKER.match(text, sp.close_end, sp.para_end)
    if named is None and sp.paragraph == 0 \
            and (described := RE_HEADLINE_DESCRIBED_SPEAKER.match(text, sp.close_end, sp.para_end)) is not None \
            and described.group(2) in ROLE_NOUNS:
        return described, "description"
    return named, "name"


def _spoken_cue_before(f: Found | None, kinds: tuple[str, ...]) -> bool:
    """A cue before the words by a verb of speech (:data:`SPEECH_VERBS`) whose mention is of one of
    ``kinds`` (‘Ellen Marsh said she found the calls “…”’): the speaker an "according to" after the
    words may only cite."""
    return f is not None and f.rule == "cue-before" and f.mention is not None and f.mention.kind in kinds \
        and (f.cue or "").lower() in SPEECH_VERBS


#: A word that joins or denies inside words in marks (‘fair and rigorous’, ‘not safe’): a verdict, never a
#: way of working's name (rv65c).
#:
#: >>> bool(RE_JOINED_VERDICT.search("fair and rigorous")), bool(RE_JOINED_VERDICT.search("calibrated refusal"))
#: (True, False)
RE_JOINED_VERDICT = LazyPattern(r"\b(?:and|or|but|nor|not)\b")


def attribute(doc: Document, *, include_scare: bool = False) -> list[Quote]:
    """The quotes of a document with their speakers, in text order.

    Each quotation in turn: its context (:func:`_quotation_context`), whether it is a title or a term by
    that context (:func:`_title_context`), the speaker sieves in order (:func:`_cue_speaker` to
    :func:`_heading_or_line_speaker`), whether it is a scare quote after all (:func:`_scare_decision`),
    who its speaker's mention stands for (:func:`_resolve_speaker`) and its kind (:func:`_quote_kind`);
    then the passes over all of them (inherited speakers, transcripts, accounts, claims, denied claims)."""
    lines = paragraphs(doc.text)
    text = unwrapped(doc.text, lines)  # (the quotes' own text is the document's, line breaks and all)
    paras = lines if text is doc.text else paragraphs(text)
    spans = find_spans(text, paras)
    if not spans:
        return []
    cast = Cast(text, paras=paras)
    cast.quoted = [(sp.start, sp.end) for sp in spans]
    known = cast.knows_subject  # (a surname, or a company's short form: ‘Veltrix did not say …’)
    results: list[tuple[Span, Found | None, str]] = []
    denied_claims: set[int] = set()  # (quotations of a claim denied: no speaker, in the end)
    los: list[int] = []  # where each quotation's context starts
    terms: list[bool] = []  # whether each quotation is a term of a list of terms
    names_given: set[str] = set()  # names in title case the context made names (‘a lager called “Second Alarm”’)
    # for each quotation, the first at or after it that is no nickname inside a name (one pass)
    next_real = [len(spans)] * (len(spans) + 1)
    for k in range(len(spans) - 1, -1, -1):
        next_real[k] = next_real[k + 1] if _inside_a_name(text, spans[k]) else k
    # (a Title Case headline's words the body quotes again in its own case: speech, never a title;
    # the body's speaker is given them after, :func:`_inherit`)
    recased = {k for k, sp in enumerate(spans) if sp.paragraph == 0 and recased_headline_quote(text, paras, sp, spans)}
    # (a headline's verdict the body gives again as a speaker's: speech, never a term before its noun)
    judged = {k for k, sp in enumerate(spans) if sp.paragraph == 0 and judged_headline_verdict(text, paras, sp, spans)}
    for idx, sp in enumerate(spans):
        # remember the people named before this quotation
        cast.position = sp.open_at
        c = _quotation_context(text, sp, idx, spans, paras, results, cast, known, los, next_real)
        title_ctx = _title_context(c, names_given)
        found = _cue_speaker(c, title_ctx)
        found = _reported_speaker(c, found, title_ctx)
        found = _clause_speaker(c, found, title_ctx, denied_claims)
        found, sender = _message_speaker(c, found, title_ctx)
        found = _own_or_another_speaker(c, found, title_ctx)
        found = _heading_or_line_speaker(c, found, title_ctx)
        scare, found = _scare_decision(c, found, title_ctx, terms, judged)
        found = _resolve_speaker(c, found, sender)
        found, kind = _quote_kind(c, found, scare, recased)
        results.append((sp, found, kind))
    _inherit(text, spans, results, cast, paras)
    _transcript_turns(text, spans, results, cast, paras)
    _accounts_given(text, spans, results, cast, paras)
    _claim_made_by(text, spans, results, cast, paras)
    for i in denied_claims:
        results[i] = (results[i][0], None, results[i][2])
    _scare_term_again(text, results)  # (‘This is “economic anxiety” as a delivery mechanism’, after a term)
    quotes = []
    for sp, found, kind in results:
        if kind == "scare" and not include_scare:
            continue
        quotes.append(_quote(doc, sp, found, kind, cast))
    return quotes


class _Quotation:
    """One quotation with what the steps of :func:`attribute` read of it, made once by
    :func:`_quotation_context`: the document's text, spans, results so far, paragraphs and cast; where the
    quotation's context starts (``lo``) and its sentence before the marks (``b_lo``); the tokens before the
    marks (``before_toks``, a :class:`Lazy`: only some sieves need them), by the mark (``tail_toks``) and
    after (``after_toks``); its words and their shape (``content``, ``bare``, ``short_name``,
    ``title_case``, …); and the labels and cues around it (``label``, ``headline``, ``topic``, …)."""

    # (a plain class with slots, filled by :func:`_quotation_context`, not a dataclass: making a dataclass of
    # this many fields, at import, cost more than all its quotations' steps; each step reads the fields it
    # needs into locals one by one, so its rules read as they always did, and a tuple unpacking cost more)
    __slots__ = ('text', 'sp', 'idx', 'spans', 'paras', 'results', 'cast', 'known', 'lo', 'b_lo',
                 'before_toks', 'tail_toks', 'same_sentence_as_prev', 'a_hi', 'nxt', 'headline_said',
                 'content', 'content_words', 'bare', 'bare_s', 'bare_title', 'short_name', 'title_case',
                 'definite_name', 'b_text', 'mixed', 'label', 'after_toks', 'a_ends', 'last',
                 'closes_sentence', 'headline', 'headline_kind', 'topic', 'label_above')

    text: str
    sp: Span
    idx: int
    spans: list[Span]
    paras: list[tuple[int, int]]
    results: list[tuple[Span, Found | None, str]]
    cast: Cast
    known: Callable[[str], bool]  # (:meth:`Cast.knows_subject`)
    lo: int
    b_lo: int
    before_toks: Lazy
    tail_toks: list
    same_sentence_as_prev: bool
    a_hi: int
    nxt: int
    headline_said: Found | None
    content: str
    content_words: list[str]
    bare: str
    bare_s: str
    bare_title: bool
    short_name: bool
    title_case: bool
    definite_name: bool
    b_text: str
    mixed: bool
    label: regex.Match | None
    after_toks: list
    a_ends: list[int] | None
    last: str
    closes_sentence: bool
    headline: regex.Match | None
    headline_kind: str
    topic: bool
    label_above: bool


def _quotation_context(text: str, sp: Span, idx: int, spans: list[Span], paras: list[tuple[int, int]],
                       results: list[tuple[Span, Found | None, str]], cast: Cast, known: Callable[[str], bool],
                       los: list[int], next_real: list[int]) -> _Quotation:
    """Where quotation ``idx``'s context starts (appended to ``los``), its sentence before the marks (past a
    dateline or a semicolon's clause), its tokens before, by and after the marks, its words' shape (a short
    name, Title Case, a name with "the") and the labels, headlines and topics around it: all the later
    steps read, computed once, in the order :func:`attribute` always computed them."""
    lo = sp.para_start
    if idx > 0 and spans[idx - 1].paragraph == sp.paragraph and (close_end := spans[idx - 1].close_end):
        lo = close_end
        if results[idx - 1][2] == "scare":  # a title or scare quote before is part of the sentence
            lo = los[idx - 1]
        elif text.endswith(":", 0, sp.open_at - 1) or text.endswith(": ", 0, sp.open_at):
            if _word_in_marks_inside(text, spans[idx - 1], sp.open_at):
                lo = los[idx - 1]  # (and a word or two in marks inside the sentence that a colon closes:
                # ‘Holloway, long called the most “independent” senator, replied with a post of her own: “…”’ is
                # the subject's)
    los.append(lo)
    # (the sentence ends within reach only: a paragraph's start may be far back, and each
    # quotation of a long one rescanning it was quadratic)
    scan_lo = max(lo, sp.open_at - CONTEXT_CHARS - 1)
    ends = sentence_ends(text, scan_lo, sp.open_at)
    b_lo = ends[-1] if ends else lo
    capped = b_lo < sp.open_at - CONTEXT_CHARS  # a sentence too long to read whole
    b_lo = max(b_lo, sp.open_at - CONTEXT_CHARS)
    dateline = RE_DATELINE.match(text, b_lo, sp.open_at) if b_lo == sp.para_start else None
    if dateline:
        b_lo = dateline.end()
    semi = text.rfind("; ", b_lo, sp.open_at)
    if semi >= 0 and len(after_semi := text[semi + 2:sp.open_at].split()) >= 3 and _opens_clause(after_semi[0]):
        b_lo = semi + 2  # a clause with a subject of its own after a semicolon: ‘… on the Middle East;
        # Harcourt-Mills shot back that …’ (never ‘Mr. Trump suggested …; clashed with …; and posted …’)
    before_toks = Lazy(lambda: tokenize(text, b_lo, sp.open_at))  # (only some sieves need them)
    tail_lo = max(b_lo, sp.open_at - 30)  # the words by the mark (a short sentence's are all of them:
    # its tokens, made once)
    tail_toks = before_toks() if tail_lo == b_lo else tokenize(text, tail_lo, sp.open_at)
    # (a quotation that ended with its sentence's full stop ended the sentence too)
    same_sentence_as_prev = not ends and scan_lo == lo != sp.para_start and text[spans[idx - 1].end - 1] not in ".!?"
    # after: to the end of the sentence, the next quotation or the paragraph
    a_hi = sp.para_end
    nxt = next_real[idx + 1] if idx + 1 < len(spans) else len(spans)
    # (‘…,” said manager Sean “Dyche” Callaghan.’: a nickname is part of the words after)
    if nxt < len(spans) and spans[nxt].paragraph == sp.paragraph:
        a_hi = spans[nxt].open_at
    headline_said = _headline_source(text, sp)  # (a headline's source named at its end: no scare quote)
    # (but ‘was called “a disaster” by Jones’ quotes Jones)
    content = text[sp.start:sp.end]
    content_words = content.split()  # (its words, split once: several tests count them)
    # (the words without a closing comma or stop, and whether they are a title, read once: many tests ask)
    bare, bare_s = content.rstrip(",."), content.rstrip(",. ")
    bare_title = is_title(bare)
    short_name = (len(content_words) <= 4 or RE_LONG_DEFINITE_NAME.fullmatch(bare_s) is not None) \
        and bare_s[-1:] not in "!?" and not text.startswith((" the ", " a ", " an "), sp.close_end or sp.end)
    title_case = short_name and content[:1].isupper() and all(
        w[:1].isupper() for w in bare_s.split() if len(w) > 2 and w not in TITLE_SMALL_WORDS)
    # (a name the marks' words are, used before a noun, with no one speaking: ‘in “Sport” mode’, ‘its
    # “Campus” loafer’; but ‘Trump cited “Obama-Clinton” policies’ quotes him)
    definite_name = short_name and RE_DEFINITE_NAME.fullmatch(bare) is not None
    # (nor words a person called by a place speaks: ‘“Tough one,” the Gatineau native said’)
    b_text = text[b_lo:sp.open_at]
    b_text = b_text[(m.end() if (m := RE_DATELINE.match(b_text)) else 0):].strip()
    mixed = bool(b_text) and not b_text.endswith(":") and not capped
    label = RE_SPEAKER_LABEL.match(text, sp.start, sp.end)
    after_toks = []
    if sp.close_end is not None:
        a_hi = min(a_hi, sp.close_end + AFTER_CHARS)  # (a bounded stretch, whatever the paragraph)
        a_ends = sentence_ends(text, sp.close_end, a_hi)
        after_toks = tokenize(text, sp.close_end, a_ends[0] if a_ends else a_hi)
    # a quotation that ends its sentence (‘…done.” Smith then…’) belongs first to the
    # sentence it closes; otherwise the cue right after it is the surest
    # the quotation's last punctuation, inside an inner quotation that ends it (‘…, 'Just hold
    # on to the ball,'" the 22-year-old said’)
    last = text[sp.end - 2] if text[sp.end - 1] in "'’" and sp.end - 2 > sp.start and text[sp.end - 2] in ",.?!" \
        else text[sp.end - 1]
    closes_sentence = last == "." and bool(after_toks) and after_toks[0].capitalized
    headline, headline_kind = _headline_speaker_after(text, sp)
    topic = sp.open_at > sp.para_start and _topic_label(text, sp.para_start, sp.open_at)
    label_above = sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
        and _topic_label(text, *paras[sp.paragraph - 1])  # (the label on a line of its own)
    # (made without a call of the class: calling a class runs its __init__ the slow way, at each quotation)
    q = object.__new__(_Quotation)
    (q.text, q.sp, q.idx, q.spans, q.paras, q.results, q.cast, q.known, q.lo,
     q.b_lo, q.before_toks, q.tail_toks, q.same_sentence_as_prev, q.a_hi, q.nxt,
     q.headline_said, q.content, q.content_words, q.bare, q.bare_s, q.bare_title,
     q.short_name, q.title_case, q.definite_name, q.b_text, q.mixed, q.label,
     q.after_toks, q.a_ends, q.last, q.closes_sentence, q.headline, q.headline_kind,
     q.topic, q.label_above) = (
        text, sp, idx, spans, paras, results, cast, known, lo, b_lo, before_toks, tail_toks,
        same_sentence_as_prev, a_hi, nxt, headline_said, content, content_words, bare, bare_s, bare_title,
        short_name, title_case, definite_name, b_text, mixed, label, after_toks,
        a_ends if sp.close_end is not None else None, last, closes_sentence, headline, headline_kind,
        topic, label_above)
    return q


def _title_context(c: _Quotation, names_given: set[str]) -> bool:
    """Whether the quotation is a title, a name or a term by its context (the long ``title_ctx`` test and the
    adjustments after it), noting in ``names_given`` the names in Title Case it makes names."""
    text = c.text
    sp = c.sp
    b_lo = c.b_lo
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    headline_said = c.headline_said
    content = c.content
    bare = c.bare
    bare_title = c.bare_title
    short_name = c.short_name
    title_case = c.title_case
    definite_name = c.definite_name
    # (is_title_context reads its crew_judged only with short_name and the marks opening with "the" or
    # holding a definite name, so that test gates it below: the sentence after the marks is tokenized
    # for a speaker only then; its joined only with short_name too, so no long quotation is searched for it)
    title_ctx = (title_case and sp.close_end is not None and content[-1:].isalnum() and _attributive(text, sp.close_end)
                 and (not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS for t in before_toks())
                      or _thing_owner(tail_toks))) \
        or (short_name and sp.close_end is not None and _attributive(text, sp.close_end) and _refer_to_as_article(tail_toks)) \
        or (short_name and _rating_lead(tail_toks, content)) or (title_case and _defined_term(text, sp)) \
        or (short_name and _rating_before_noun(text, sp, content)) \
        or (is_title(content, full_stop=True, subtitle=True) and _work_lead(tail_toks)) \
        or (_honoured_or_aired_lead(tail_toks) and (is_title(_without_prepositions(content), full_stop=True)
                                                    or _title_word(content))) \
        or (title_case and _named_day(content) and not _speech_after(text, sp)
            and not text[b_lo:sp.open_at].rstrip().endswith(":")
            and not any(t.word in ("said", "says", "told", "replied", "answered") for t in tail_toks)) \
        or (title_case and _title_again(text, sp.open_at, content) and sp.close_end is not None
            and ((content.endswith(".") and text[sp.close_end:sp.close_end + 2].strip()[:1].isupper())
                 or not _speech_after(text, sp))) \
        or (_programme_name(content) and _told_broadcaster_lead(tail_toks)) \
        or (short_name and _defined_or_mocked(text, sp, content, tail_toks)) \
        or _foreign_work_title(content, tail_toks) \
        or (title_case and not text[b_lo:sp.open_at].strip() and _nickname_identified(text, sp, content)) \
        or _known_only_as(text, sp, content, tail_toks) or _named_in_house(text, sp, content, tail_toks) \
        or _venue_titled_aside(text, sp, content, tail_toks) \
        or (RE_DEFINITE_NAME.fullmatch(bare) is not None and _crew_calls_person(before_toks())
            and not _speaker_set_off_after(text, sp) and not _speech_after(text, sp)
            and RE_SUPERLATIVE_THE.match(content) is None) \
        or _dated_or_vessel_title(text, sp, content, tail_toks, title_case, before_toks) \
        or (title_case and _named_measure(content, tail_toks, text[sp.close_end:sp.close_end + 1] if sp.close_end else "")
            and not _coined_measure(content, tail_toks)) \
        or (_status_term(content, tail_toks, before_toks, sp.close_end is not None and _attributive(text, sp.close_end))
            and not _speech_later(text, sp)) or _screen_message(tail_toks, before_toks) \
        or _voted_name(content, tail_toks, title_case) or _told_programme(text, sp, content, tail_toks) \
        or _code_named(content, tail_toks) \
        or _work_set_off_before(text, sp, content, tail_toks, before_toks) \
        or (sp.close_end is not None and bare_title and _work_set_off(text, sp.close_end)
            and not any(t.word in SPEECH_VERBS for t in after_work_toks(text, sp))) \
        or is_title_context(
            tail_toks, before_toks, short_name, title_case,
            short_name and _nickname_like(content), RE_HANDLE.fullmatch(bare) is not None,
            bare.isalpha(), definite_name,
            text[max(0, sp.open_at - 200):sp.open_at],
            short_name and RE_PLACE_NICKNAME.fullmatch(bare) is not None,
            content.startswith("the "), crew_judged=short_name and (content.startswith("the ") or definite_name) and (
                _speaker_set_off_after(text, sp) or (
                    content.rstrip().endswith(",") and sp.close_end is not None and _speech_after(text, sp))
                or RE_SUPERLATIVE_THE.match(content) is not None),
            joined=short_name and RE_JOINED_VERDICT.search(content) is not None) and not (
            sp.close_end is not None and text.startswith(" by ", sp.close_end)
            and not any(t.word in NAMING_VERBS or t.word == "name" for t in tail_toks[-2:]))
    # (never ‘nicknamed “Vinnie” by fans’: what one is nicknamed by others is a name)
    if title_ctx and _name_means_lead(tail_toks) and sp.close_end is not None and _speech_after(text, sp):
        title_ctx = False  # (what a name means to one who is quoted saying so: ‘the name meant “a place of
        # gold,” said historian Kofi Boateng’)
    if title_ctx and _classed_as(tail_toks) and sp.close_end is not None and (
            content.lower().startswith(("a ", "an ", "the ")) or _speech_after(text, sp)):
        title_ctx = False  # (a judgment one names after it: ‘classed as “a masterpiece of restraint”, critic X wrote’)
    title_ctx = title_ctx and headline_said is None and not (
        sp.close_end is not None and _place_epithet_after(text, sp.close_end, sp.para_end) is not None)
    if title_case and bare in names_given and not title_ctx and text[b_lo:sp.open_at].strip() \
            and sp.close_end is not None and (text[sp.close_end:sp.close_end + 1] not in ",."
                                              or (tail_toks and tail_toks[-1].word == "the")):
        title_ctx = True  # a name given before, named again inside a sentence: ‘a lager called “Second Alarm”
        # …. Sales from “Second Alarm” will go to the fund, she said’ (never words set off by a comma)
    if title_ctx and title_case and tail_toks and tail_toks[-1].word in VESSEL_NOUNS:
        names_given.add(bare)  # (a vessel's name, named again: ‘one of the men rescued from
        # the “Silver Tide”, Ian Ross, said’)
    if title_ctx and title_case and any(t.word in NAMING_VERBS or t.word in CALL_VERBS or t.word in ("name", "calls")
                                        for t in tail_toks[-3:]):
        names_given.add(bare)  # (a name given by naming it: ‘called’, ‘named’, ‘the brand name’)
    return title_ctx


def _cue_speaker(c: _Quotation, title_ctx: bool) -> Found | None:
    """The speaker by a cue beside the words: a speaker's label inside them, a topic's label, a headline's
    speaker, the cue before a quotation that ends its sentence, "in the words of", else the cue after (with
    the cases where the cue before still wins)."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    paras = c.paras
    results = c.results
    cast = c.cast
    known = c.known
    lo = c.lo
    b_lo = c.b_lo
    before_toks = c.before_toks
    same_sentence_as_prev = c.same_sentence_as_prev
    mixed = c.mixed
    label = c.label
    after_toks = c.after_toks
    last = c.last
    closes_sentence = c.closes_sentence
    headline = c.headline
    headline_kind = c.headline_kind
    topic = c.topic
    found = None
    if label:
        found = Found(Mention(label.start(1), label.end(1), label.group(1), "name"), None, "label", ":")
    elif topic:  # ‘On jockey Kirra Doolan: “…”’: what the one interviewed said of a topic
        found = _topic_answer(text, sp, spans[:idx], results, paras, cast)
    elif headline:  # ‘“I never saw myself as a politician”: Mayor Adaeze Nwachukwu on her first year’
        owner = RE_OWNER_BEFORE_NAME.match(headline.group(1))
        at = headline.start(1) + (owner.end() if owner is not None
                                  and _sole_of_surname(text, headline.group(1).rsplit(None, 1)[-1], cast) else 0)
        found = Found(Mention(at, headline.end(1), text[at:headline.end(1)],
                              headline_kind), None, "headline", ":")
    elif closes_sentence and not title_ctx:
        found = cue_before(text, before_toks(), known, mixed=mixed) or (
            None if _introduces_next(text, after_toks) or _goes_on_after_cue(text, spans, results, idx, lo)
            else cue_after(text, after_toks, True))
    elif text.find(" of ", b_lo, sp.open_at) >= 0 and (words_of := _in_the_words_of(text, before_toks())) is not None:
        found = words_of  # the one whose words or phrase they are, whatever cue comes after: ‘He was, in the
        # phrase of the critic X, “…,” a description Mr. Y said he found flattering’ is X's
    else:
        found = cue_after(text, after_toks, last in ".?!",
                          comma_before=(last in CUT_OFF_ENDS or text.startswith(",", sp.close_end or sp.end) or (last in "?!" and not (
                              text[b_lo:sp.open_at].rstrip().endswith(":")
                              and (intro := cue_before(text, before_toks(), known)) is not None and intro.mention is not None)))
                          and sp.close_end is not None)  # (a verb no list holds after a question another's
        # colon introduced is a new sentence's: ‘Lowell asked: “Will the senator yield?” Hutchins declined.’;
        # but ‘… the question residents wanted answered: “…?” Councilwoman Ruth Bell wondered aloud.’)
        if found is None and last == "," and sp.close_end is not None \
                and (opening := RE_IT_OPENS_AFTER.match(text, sp.close_end)) is not None:
            found = Found(Mention(opening.start(1), opening.end(1), "it", "pronoun"), None, "cue-after", opening.group(2))
            # (a letter's opening words: ‘“Dear Jozsi,” it begins.’, its writer's as what it "reads")
        if found is not None and last in ".?!" and _introduces_next(text, after_toks):
            found = None  # ‘“We are refugees!” Mr. Zahed said: “…”’: the next one's
        if found is not None and found.mention is not None and last == "?" \
                and (found.cue or "").lower() in REPLY_CUES and sp.close_end is not None \
                and RE_REPLY_NEXT.match(text, found.mention.end) \
                and text[b_lo:sp.open_at].rstrip().endswith(","):
            before = cue_before(text, before_toks(), known, mixed=False)
            if before is not None and before.rule == "cue-before" and before.mention is not None \
                    and before.mention.text != found.mention.text:
                found = before  # ‘Hollis wrote to Tuttle, “…?” Tuttle replied, “Same place.”’: the
                # question is the one its own cue introduces (a question alone is the replier's own)
        if found is not None and found.rule == "cue-after" and not title_ctx \
                and (_opens_with(text, b_lo, CLAUSE_LEADS) or RE_LATER_OPENING.match(text, b_lo)) \
                and _in_opening_clause(before_toks()):
            # ‘But even as Trump claimed that “…,” one of the prosecutors said …’: the quotation
            # belongs to the opening clause's cue, not to the main clause after it
            before = cue_before(text, before_toks(), known, mixed=mixed)
            if before is not None and (before.rule == "cue-before" or (
                    before.rule == "cue-in-sentence" and _introduces_next(text, after_toks)) or (
                    before.rule == "cue-in-sentence" and before.mention is not None and before.mention.kind == "name"
                    and (before.cue or "").lower() in SPEECH_VERBS
                    and text.find(" that ", before.mention.end, sp.open_at) >= 0)):
                found = before  # (‘After Scalia said that … “…,” Trump said: “…”’: Trump's is the next; and a
                # named one's speech verb some words back, its "that" clause holding the words: ‘Two days after
                # Minister X announced on radio that the rallies had been “cancelled,” the party confirmed …’)
        if found is not None and found.rule in ("cue-after", "according-to") and found.mention is not None \
                and not title_ctx and found.mention.kind == "description" \
                and description_head(found.mention.text) in DOCUMENT_NOUNS \
                and (text[b_lo:sp.open_at].rstrip().endswith(",") or _speech_verb_before(text, b_lo, sp.open_at)):
            # ‘Brandon Kessler said, “Okay, that's me,” the affidavit says’, ‘The captain replied
            # “continue,” the report said’, ‘the pilot said «speed is dropping», according to a
            # transcript’: the one the document reports speaking, by the cue right before the words
            before = cue_before(text, before_toks(), known, mixed=False)
            if before is not None and before.rule == "cue-before" and before.mention is not None \
                    and before.mention.kind in ("name", "description", "pronoun") \
                    and description_head(before.mention.text) not in THING_NOUNS:
                found = before
            elif found.rule == "according-to" and description_head(found.mention.text) in RECORDING_NOUNS:
                found = _teller_before_record(text, before_toks(), known) or found
        elif found is not None and found.rule == "according-to" and found.mention is not None and not title_ctx \
                and sp.close_end is not None and _issued_document_before(text, sp.close_end, found.mention.start) \
                and _spoken_cue_before(before := cue_before(text, before_toks(), known, mixed=False)
                                       or (results[idx - 1][1] if same_sentence_as_prev else None), ("name",)):
            found = before  # ‘Ellen Marsh said she found the calls “improper,” according to a transcript
            # released by the committee’: the one the document reports speaking, never its issuer (also
            # for the second of two quotations the same cue brings in: ‘said … “odd” and “improper,” …’)
        elif found is not None and found.rule == "according-to" and found.mention is not None and not title_ctx \
                and found.mention.kind == "description" and description_head(found.mention.text) in OWN_STATEMENT_NOUNS \
                and _spoken_cue_before(before := cue_before(text, before_toks(), known, mixed=False),
                                       ("name", "organisation")):
            found = before  # ‘The Greens said they were “ready for talks,” according to a statement from the
            # party’: the one whose own statement it is, by their speech verb, never the statement
        elif found is not None and found.rule == "according-to" and found.mention is not None and not title_ctx \
                and found.mention.kind == "description" and description_head(found.mention.text) in RECORDING_NOUNS:
            prev = results[idx - 1][1] if same_sentence_as_prev else None
            found = _teller_before_record(text, before_toks(), known) or (
                prev if _spoken_cue_before(prev, ("name",)) else None) or found  # (the teller, not the record;
            # and the second of two quotations the teller's cue brings in: ‘Judge X told him he had “…” and
            # that “…,” according to a transcript’)
        elif found is not None and found.rule == "cue-after" and found.mention is not None and not title_ctx \
                and found.mention.kind == "description" and description_head(found.mention.text) in DOCUMENT_NOUNS:
            # ‘Okafor told investigators he had expected to be away for “no more than two minutes,”
            # the report says’: a named person's words that the document reports, by the
            # person's own speech verb earlier in the sentence
            before = cue_before(text, before_toks(), known, mixed=True)
            if before is not None and before.rule in ("cue-before", "cue-in-sentence") and before.mention is not None \
                    and before.mention.kind == "name" and (before.cue or "").lower() in SPEECH_VERBS:
                found = before
        if (found is None or (found.rule == "dash" and last in ".?!") or found.rule in ("according-to-late", "cue-after-late")) \
                and not title_ctx:
            # (a finished sentence's own cue beats a sign-off after it: ‘X insisted “….”--Reporter’;
            # the bare sentence subject, with no cue word, does not)
            before = cue_before(text, before_toks(), known, mixed=mixed)
            if before is not None and not (found is not None and before.rule in ("subject", "told-passive") and before.cue is None) \
                    and not (found is not None and found.rule == "cue-after-late" and before.mention is not None
                             and (RE_PASSIVE_CUE.search(text, before.mention.end, sp.open_at) is not None
                                  or RE_REPORTS_THAT.search(text, b_lo, before.mention.start) is not None)):
                found = before  # (but the source at the end keeps words told or said of others: ‘Officers
                # were told to “shoot first”, a source said’, ‘Aides are said to be “livid”, a source said’)
    return found


def _reported_speaker(c: _Quotation, found: Found | None, title_ctx: bool) -> Found | None:
    """The speaker past sources who report them (‘according to two people present’), a teller inside a colon's
    sentence, a relative clause's cue, a law's own text and a subject labelled in an aside."""
    text = c.text
    sp = c.sp
    cast = c.cast
    known = c.known
    b_lo = c.b_lo
    before_toks = c.before_toks
    if found is not None and found.rule == "according-to" and found.mention is not None and not title_ctx \
            and ((found.mention.kind == "description" and (description_head(found.mention.text) or (
                found.mention.text.rsplit(" ", 1)[-1] if found.mention.text.lower().startswith("one of ") else None))
                in REPORTING_SOURCE_HEADS) or _counted_members(text, found.mention)) and (reported := _speaker_sources_report(text, sp, found.mention, before_toks(), known)) is not None \
            and (reported.mention.kind != "pronoun" or any(
                p.gender in (None, GENDERS[reported.mention.text.lower()])
                for p in _named_before(cast, found.mention.start))):
        found = reported  # ‘According to two people present, the trade secretary, Gavin Holt, dismissed the
        # figures as ‘…’’, ‘X told aides the plan was “…,” according to two people who attended’: the named
        # one the sources report speaking, never the sources (and "he" or "she" for one the article named
        # before: ‘Rita Vance …. According to two people who attended, she told them it was “…”’) (w63a)
    if not title_ctx and (found is None or found.mention is not None and found.rule in ("cue-before", "cue-in-sentence", "colon")
                          and found.mention.end < sp.open_at) and text[b_lo:sp.open_at].rstrip().endswith(":") \
            and (teller := _inner_teller_before_colon(text, None if found is None else found.mention, b_lo, sp.open_at,
                                                      known)) is not None:
        found = Found(teller, None, "colon", "told")  # ‘Sgt X said Y had made admissions and had told gardaí:
        # “…”’, ‘her grandmother, Z, who she said had told her as a child: “…”’: the one the speaker reports
        # telling the words, never the speaker
    if found is not None and found.rule == "cue-after" and found.mention is not None and not title_ctx \
            and found.mention.kind != "pronoun" and sp.close_end is not None \
            and _cue_of_relative_clause(text, sp.close_end, found.mention):
        found = None if (orderer := _orderer_before(text, b_lo, sp.open_at)) is None \
            else Found(orderer, None, "cue-before", "ordered")  # ‘… ordered her to ‘stop asking questions’ about
        # it, in testimony that Democrats said had strengthened the case’: "Democrats said" tells of the
        # testimony, never the words; they are the one's who ordered them, else no one's
    if not title_ctx and (law := _law_text(text, b_lo, sp.open_at)) is not None \
            and (found is None or found.mention is None or found.mention.end <= law.mention.end
                 or found.rule in ("subject", "same-paragraph", "cue-in-sentence")):
        found = law  # the law's own text, as written whole: ‘Article 40.5 of the Constitution provides that ‘…’’
    if found is not None and found.rule in ("cue-before", "cue-in-sentence", "subject") and found.mention is not None and not title_ctx \
            and found.mention.end < sp.open_at and text.find(", who ", found.mention.end, sp.open_at) >= 0 \
            and RE_LABELLED_ASIDE.search(text, found.mention.end, sp.open_at) is not None:
        found = None  # words the subject is labelled with in an aside are another's, never the subject's:
        # ‘Cllr Ann Roe, who is named in the report as one of “the usual suspects”, replied …’
    return found


def _clause_speaker(c: _Quotation, found: Found | None, title_ctx: bool, denied_claims: set[int]) -> Found | None:
    """The speaker by the clause that holds the words: a passive's agent, a claim's maker, one who counted,
    one the sentence is for, never a crowd, a sign, an audience or a subject who only passed them on; notes
    in ``denied_claims`` a quotation of a claim the sentence denies."""
    text = c.text
    sp = c.sp
    idx = c.idx
    paras = c.paras
    cast = c.cast
    b_lo = c.b_lo
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    same_sentence_as_prev = c.same_sentence_as_prev
    content = c.content
    content_words = c.content_words
    bare_title = c.bare_title
    after_toks = c.after_toks
    paired = RE_PAIRED_LABEL_BY.match(text, sp.close_end) if sp.close_end is not None \
        and text.startswith(" and ", sp.close_end) else None
    if (found is None or found.rule in ("subject", "cue-before", "cue-in-sentence", "told-passive")) and not title_ctx \
            and sp.close_end is not None and (text.startswith(" by ", sp.close_end) or tail_toks and tail_toks[-1].word == "as"
                                              or text.find(" accused by ", b_lo, sp.open_at) >= 0 or paired is not None) \
            and not bare_title and content_words[0].lower() not in NOT_A_LABEL_OPENERS \
            and (agent := passive_agent(text, before_toks(), after_toks if paired is None
                                        else _tokens_to_sentence_end(text, paired.end(), sp.para_end))) is not None:
        found = agent  # ‘The plan was called “a disaster” by Senator Jane Jones’: the agent's words (and
        # those of a pair of labels, ‘was judged “urgent” and “credible” by the inspector general’)
    if (found is None or found.rule == "subject" or (found.rule == "cue-in-sentence" and found.mention is not None
                                                     and found.cue is not None and found.cue.lower().rstrip("s") not in CLAIM_NOUNS)) \
            and not title_ctx and (claimed := _claim_by(text, b_lo, sp.open_at)) is not None \
            and (found is None or found.mention is None or found.mention.end <= claimed.mention.start):
        found = claimed  # ‘Mulcahy has rejected a claim by Sinn Féin leader Gráinne Ní Fhaoláin that the
        # targets amount to “a work of fiction”’: the claim's maker
    if (found is None or found.rule == "subject") and not title_ctx \
            and (counted := _by_ones_count(text, b_lo, sp.open_at)) is not None:
        found = counted  # ‘the Okonkwos have, by Grace's count, missed “ten Sundays”’: the one who counted
    if found is None and not title_ctx and (mine := _for_whom_first_person(text, b_lo, sp.open_at, content)) is not None:
        found = Found(mine, None, "for-whom", None)  # ‘For Ana Ribeiro, 79, …, last summer was “the worst I
        # can remember”’: the one the sentence is for, in their own first person
    if found is not None and found.rule == "subject" and text.find(" of ", sp.open_at - 4, sp.open_at) >= 0 \
            and RE_CROWD_CRIES_OF.search(text, max(b_lo, sp.open_at - 40), sp.open_at) is not None:
        found = None  # a crowd's cry heard by the subject, never theirs: ‘X left to applause and jeers of
        # “Bye-bye!” from the government benches’, ‘The minister sat down to cries of “Resign!”’
    if found is not None and found.rule == "subject" and found.cue is None and found.mention is not None \
            and found.mention.end <= sp.open_at and (finder := _clause_finder_before(text, found.mention.end, sp.open_at)) is not None:
        found = Found(finder, None, "subject", None)  # the words a clause's own subject found or said, never the
        # main subject's: ‘Drivers face months of delays after the road authority found “serious cracking”’
    if (found is None or (found.mention is not None and found.mention.text.endswith(("’s", "'s")))) and not title_ctx \
            and (author := _owner_of_subject_document(text, b_lo, sp.open_at)) is not None:
        found = Found(author, None, "cue-in-sentence", "author")  # ‘Auditor General X’s report, published on
        # Monday, concluded that the agency had “…”’: the one whose report it is, never the possessive as written
    if found is not None and found.rule == "cue-in-sentence" and found.mention is not None \
            and found.mention.end <= sp.open_at and text.find(" at ", sp.open_at - 5, sp.open_at) >= 0 \
            and (setter := _clause_finder_before(text, found.mention.end, sp.open_at)) is not None:
        found = Found(setter, None, "subject", None)  # a count another put at the words, never the speaker's
        # of the main clause: ‘Residents say hundreds died, as the army on Tuesday put the toll at “a few dozen”’
    if found is not None and found.rule == "subject" and found.cue is None and content.rstrip(".,!").endswith(" me") \
            and RE_TOLD_ME_AT_END.search(content[-24:]) is not None:
        found = None  # the subject is the one who passed the words on, never their speaker: ‘Her grandson
        # found a slot after calling “fifty times, she tells me.”’ (the ‘me’ is someone else)
    if found is not None and found.rule == "subject" and sp.close_end is not None \
            and RE_HEARD_AT_END.search(text, sp.close_end, sp.para_end) is not None:
        found = None  # what a court or an inquest heard, never its subject's words: ‘Schoolgirl, 14, took
        # her own life after months of ‘relentless’ online bullying, inquest hears’
        if sp.paragraph <= 1 and (teller := _heard_lede_teller(text, sp, paras, cast)) is not None:
            found = Found(None, teller, "heard-teller", None)  # the lede's, whom the next paragraph opens
            # with, speaking: ‘… was “…”, the inquiry has heard. / Ruth Ellery KC, counsel to the inquiry,
            # said …’ (w66i)
    if found is not None and found.rule == "subject" and found.mention is not None \
            and found.mention.text.split()[-1].lower() in SIGN_NOUNS and read_on_sign(text, b_lo, sp.open_at):
        found = None  # the sign or the shirt is no speaker: ‘Many wore green T-shirts reading “…”’ (its
        # wearer or its carrier keeps the words: ‘Protesters waved placards reading “…”’)
    if found is not None and found.mention is not None and found.rule in ("subject", "cue-before", "cue-in-sentence", "colon") \
            and found.mention.end <= sp.open_at and (sign_at := sign_reading_at(text, b_lo, sp.open_at)) >= found.mention.end \
            and (not carried_sign(text, found.mention.end, sign_at) or (found.mention.kind == "name" and (
                text.endswith(" and ", 0, found.mention.start) or text.find(" and ", found.mention.end, sign_at) >= 0))):
        found = None  # nor one who only stands by it: ‘Senator X stood under a banner that read “…”’, ‘X
        # pointed to a sign in the crowd that said “…”’, nor one person of several who carry it: ‘X and Y
        # wore caps reading “…”’ (but a group keeps it: ‘Fans unfurled a banner that read’, ‘an army of
        # workers and retirees …, carrying signs saying’)
    if found is not None and found.mention is not None and found.rule in ("subject", "cue-before", "cue-in-sentence", "colon") \
            and _hearing_audience(text, found.mention):
        found = _heard_clause_speaker(text, found.mention.start, sp.open_at)  # the court or the jury that heard the words
        # is no speaker: ‘The court was told the victim was “left for dead”’, ‘Magistrates heard Smith had been
        # “abusive”’ (but the one the heard clause is about speaks through its participle of speech: ‘The court
        # heard Ann Lee was admitted after telling a GP she “…”’)
    elif found is None and not title_ctx:
        found = _heard_clause_speaker(text, b_lo, sp.open_at)  # (and where the audience is no mention
        # at all: ‘The inquest heard Miss Lee … after telling a GP she “…”’)
    if found is not None and found.rule in ("subject", "cue-before", "cue-in-sentence") \
            and _claim_denied(text, b_lo, sp.open_at):
        denied_claims.add(idx)  # the words of a claim the sentence denies or answers are the claimants', unnamed:
        # ‘The minister denied claims that she had “misled Parliament”’, ‘amid accusations of “cronyism”’
        # (none, once the rest are read: the subject still speaks what follows, ‘…, saying: “…”’)
    if same_sentence_as_prev and found is not None and found.rule == "subject" \
            and not _joins_clause(text, before_toks()):
        found = None  # ‘X said the city “welcomes” a role in “…”’: the sentence's speaker, inherited
    if same_sentence_as_prev and found is not None and found.rule == "colon" and found.mention is not None \
            and _after_preposition(before_toks(), found.mention):
        found = None  # ‘… whom he described as “volatile,” with Clinton: “…”’: Clinton is no speaker
    return found


def _message_speaker(c: _Quotation, found: Found | None, title_ctx: bool) -> tuple[Found | None, Mention | None]:
    """The speaker as a message's sender (‘a message from X that read:’), never one who got or shared it;
    with the sender the sentence names, if any."""
    text = c.text
    sp = c.sp
    b_lo = c.b_lo
    sender = None  # (the sender of a message the sentence gives: no "he" of the story after)
    if not title_ctx and (sender := message_sender(text, b_lo, sp.open_at)) is not None:
        found = Found(sender, None, "cue-in-sentence", "read")  # ‘X shared a screenshot of a message from
        # a Twitch employee that read: “…”’: the sender's words, never X's, who only shared them
    elif not title_ctx and ((sent := _sender_named_after(text, b_lo, sp.open_at)) is not None
                            or (sent := _sender_of_it_read(text, b_lo, sp.open_at)) is not None):
        found = Found(sent, None, "cue-in-sentence", "read")  # ‘a text message Reyes sent to a co-worker
        # in May: “…”’, ‘… Otieno had sent a text message to his cousin. It read: “…”’: the sender's words
    elif not title_ctx and found is not None and found.mention is not None \
            and (sent := message_from(text, b_lo, sp.open_at)) is not None \
            and found.mention.end <= sent[0] and _passed_on(text, found.mention.end, sent[0]):
        found = None  # the one who got or passed on a message is never its speaker, whoever sent it:
        # ‘Farmers received a letter from Brussels that read: “…”’
    elif not title_ctx and _names_a_verb_of_sending(text, b_lo, sp.open_at) \
            and (sent := RE_SENDER.search(text, b_lo, sp.open_at)) is not None:
        # ‘The court heard Maguire sent a message which read: “…”’, ‘One message, sent by Maguire at
        # 2am, read: “…”’: the sender, never the court nor the message
        g = 1 if sent.group(1) else 2
        found = Found(Mention(sent.start(g), sent.end(g), sent.group(g), "name" if sent.group(g)[:1].isupper() else "description"),
                      None, "cue-in-sentence", "read")  # (‘sent by the school district shortly after noon’: as written)
    elif not title_ctx and (sent := _message_sent_by(text, b_lo, sp.open_at)) is not None:
        found = Found(sent, None, "cue-in-sentence", "reads" if text[b_lo:sp.open_at].rstrip(" :,").endswith("reads") else "read")  # ‘One message, sent by senior engineer X in
        # March, read: “…”’, ‘… an email sent at 9pm by the site manager, X, to his boss. It read: “…”’
    elif not title_ctx and (sent := _pronoun_sender(text, b_lo, sp.open_at)) is not None:
        found = Found(sent, None, "cue-in-sentence", "read")  # ‘She shows me a text message he sent her in
        # January:’: the one who sent it, never the one who shows it
    if found is None and not title_ctx and text[b_lo:sp.open_at].rstrip().endswith(":") \
            and (sends := _sender_of_messages(text, sp)) is not None:
        found = Found(sends, None, "cue-in-sentence", "read")  # ‘Aoife still sends her brother messages. She
        # shows me some. On his birthday: “…”’: one of the messages the paragraph says she sends
    return found, sender


def _own_or_another_speaker(c: _Quotation, found: Found | None, title_ctx: bool) -> Found | None:
    """The speaker when no cue gave one: one's own saying (‘His philosophy was simple:’), "another" of a kind,
    a voice that came, one of a group, one told of after the words, or a topic's label on the line above."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    paras = c.paras
    results = c.results
    cast = c.cast
    b_lo = c.b_lo
    a_hi = c.a_hi
    last = c.last
    label_above = c.label_above
    if found is None and not title_ctx and (own := RE_OWN_SAYING.search(text, b_lo, sp.open_at)) is not None:
        # ‘His philosophy was simple: “…”’, ‘As he liked to say, “…”’: the one whose saying it is
        g = next(g for g in (1, 2, 3) if own.group(g))
        who = own.group(g)
        word = OWNER_PRONOUNS.get(who.lower(), who)
        kind = "pronoun" if word.lower() in ("he", "she", "they") else "name"
        at = own.start(g)
        found = Found(Mention(at, at + len(who), word, kind), None, "cue-in-sentence", "say")
    if found is None and not title_ctx:
        other = RE_ANOTHER_BEFORE.search(text, b_lo, sp.open_at) or (
            RE_ANOTHER_AFTER.match(text, sp.close_end, a_hi) if sp.close_end is not None else None)
        if other is not None:  # ‘“…,” wrote one commenter. Another asked: “…”’: someone else, of the same kind
            who = _another(other, results[idx - 1][1] if idx > 0 else None)
            found = Found(Mention(other.start("who"), other.end("who"), who, "description"),
                          None, "cue-before" if other.re is RE_ANOTHER_BEFORE else "cue-after", other.group("verb"))
    if found is None and not title_ctx and sp.close_end is not None and last in "!?,." \
            and (voice := RE_VOICE_CAME_AFTER.match(text, sp.close_end, a_hi)) is not None:
        found = Found(Mention(voice.start("who"), voice.end("who"), voice.group("who"), "description"),
                      None, "cue-after", voice.group("verb"))  # ‘“…!” came a voice from the back of the hall.’
    if found is not None and found.rule == "cue-in-sentence" and found.mention is not None \
            and found.mention.kind == "description" and found.mention.end <= sp.open_at \
            and found.mention.text.split()[0].lower() in ("one", "a", "an") \
            and (other := RE_WHILE_ANOTHER.search(text, found.mention.end, sp.open_at)) is not None \
            and other.group("verb") in SPEECH_VERBS:
        # (the one described first spoke before: ‘“…,” one fan wrote, while another complained: “…”’
        # is another fan's)
        words = found.mention.text.split()
        who = other.group("who") if other.group("noun") or len(words) < 2 or not words[-1].isalpha() \
            or not words[-1].islower() else "another " + " ".join(words[1:])
        found = Found(Mention(other.start("who"), other.end("who"), who, "description"), None, "cue-before",
                      other.group("verb"))
    if found is None and not title_ctx and sp.close_end is not None \
            and (one := RE_ONE_AFTER.match(text, sp.close_end, a_hi)) is not None \
            and (who := _one_of_group(text, sp)) is not None:  # ‘Several residents gathered outside.
        found = Found(Mention(one.start("who"), one.end("who"), who, "description"),  # “…,” said one.’
                      None, "cue-after", one.group("verb"))
    if found is None and not title_ctx and sp.close_end is not None \
            and (last in ".?!" or (last == "," and text.startswith((" was the ", " were the "), sp.close_end))) \
            and (sp.open_at == sp.para_start or text[b_lo:sp.open_at].strip() == "") \
            and (told := _told_after(text, sp, paras)) is not None:
        found = told  # ‘“…” / That was the blunt assessment of Superintendent X’, ‘So says X, who …’
    if found is None and label_above:  # (the label on a line of its own: ‘On the injury to Sam Okafor:’ /
        # ‘“…”’, when the words name no speaker of their own; never the topic's own name: ‘On Kerr:’)
        found = _topic_answer(text, sp._replace(paragraph=sp.paragraph - 1), spans[:idx], results, paras, cast)
        if found is not None and found.person is not None and found.person.name.split()[-1] in \
                text[paras[sp.paragraph - 1][0]:paras[sp.paragraph - 1][1]]:
            found = None
    return found


def _heading_or_line_speaker(c: _Quotation, found: Found | None, title_ctx: bool) -> Found | None:
    """The speaker by what heads the words: one's own verdict, never a rubric or a story's label; then a
    participle's subject, a name line, a statement or a list's lead above, a speech's setting, never a
    platform or a letter, and the one a reply answers."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    paras = c.paras
    cast = c.cast
    known = c.known
    lo = c.lo
    b_lo = c.b_lo
    before_toks = c.before_toks
    a_hi = c.a_hi
    mixed = c.mixed
    after_toks = c.after_toks
    last = c.last
    if found is not None and found.rule == "colon" and found.mention is not None \
            and (own := RE_OWN_VERDICT.fullmatch(found.mention.text)) is not None:
        # ‘His verdict: “Simply not good enough.”’: the one whose verdict it is, as "he"
        pronoun = OWNER_PRONOUNS[own.group(1).lower()]
        found = Found(Mention(found.mention.start, found.mention.start + len(own.group(1)), pronoun, "pronoun"),
                      None, "colon", ":")
    rubric = found is not None and found.rule == "colon" and found.mention is not None and (
        (found.mention.text.isupper() and _section_label(text, found.mention.end))
        or _headline_label(text, found.mention.start, found.mention.end))
    if rubric:
        found = None  # a digest's heading in capitals: ‘QUOTE OF THE DAY: “…”’, ‘THE LAST WORD: “…”’; a
        # headline's label: ‘Exclusive: “…”’, ‘Markets: ‘…’’
        if not title_ctx and sp.close_end is not None:
            signed = cue_after(text, after_toks, True)
            found = signed if signed is not None and signed.rule == "dash" else None  # (but a sign-off
            # after the words names their speaker: ‘QUOTABLE: “…” — Westfield coach Ron Maddox’)
    if found is not None and found.rule == "colon" and found.mention is not None \
            and _story_label(text, found.mention.start, found.mention.end):
        found = None  # a running story's label: ‘Pakistan floods: ‘…’’
    if found is None and not title_ctx and (_opens_with(text, b_lo, CLAUSE_LEADS) or text[b_lo:sp.open_at].strip().endswith("ing")):
        found = _participle_subject(text, before_toks(), after_toks, last == ",")
    if found is None and not title_ctx and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued:
        found = _name_line(text, paras[sp.paragraph - 1], cast)  # ‘Justice Minister Aurelio Baptiste-Kent’ /
        # ‘“We respect the court’s decision …”’: a round-up's name line above the words
    if found is None and not title_ctx and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued \
            and RE_STATEMENT_GIVEN_END.search(text, *paras[sp.paragraph - 1]) is not None \
            and (issuer := _statement_author(text, sp, lo, paras, cast)) is not None:
        issuer = _issuing_body(text, issuer, sp.open_at, sp, paras, cast)  # (‘Later the club issued a statement:’)
        found = Found(None, issuer, "statement-before", "statement")  # ‘His family released a statement on
        # Sunday. / “Drew was a son, a brother …”’: the words are the statement's, its issuer's
    if (found is None or found.rule in ("cue-before", "cue-in-sentence", "subject")) and not title_ctx \
            and (signed := _signed_document_issuer(text, sp, b_lo, cast)) is not None:
        found = Found(None, signed, "statement-before", "statement")  # (‘300 pastors have signed a statement
        # calling it “…”. / The document … was released Tuesday by X’: the issuer's, never the signers')
    if found is None and not title_ctx and sp.paragraph > 0 and RE_LIST_ITEM.match(text, sp.para_start) is not None:
        found = _list_lead(text, sp, paras, known)  # ‘X offered three commitments: / 1. To “…”’
    if found is None and not title_ctx and sp.open_at == sp.para_start and sp.paragraph > 0 and not sp.continued:
        found = _speech_part_lead(text, paras[sp.paragraph - 1], known)  # ‘he gave a speech …. It ended: / “…’
    if found is None and not title_ctx and sp.close_end is not None \
            and RE_SPEECH_SETTING.match(text, b_lo, sp.open_at) is not None:
        found = _setting_subject(text, sp.close_end, a_hi, known)  # ‘In an address that promised to
        # end “the season of shouting” in the capitol, Governor X struck a conciliatory note’
    if found is not None and found.mention is not None and found.mention.kind == "name" \
            and _letter_or_platform(text, found.mention):
        found = None  # a platform or a letter, never a person: ‘wrote on X that the state would “…”’,
        # ‘wrote on Instagram that she was “heartbroken”’
        if not title_ctx:
            found = cue_before(text, before_toks(), known, mixed=mixed)
            if found is not None and found.mention is not None and _letter_or_platform(text, found.mention):
                found = None
    if found is None and not title_ctx and sp.close_end is not None and idx > 0 \
            and RE_CAME_REPLY.match(text, sp.close_end) is not None:
        # ‘“Okay Lars, just bring it home,” race engineer Pieter Smeets said. / “Copy,” came the
        # reply.’: the one the words before spoke to, if they call him by name; never their speaker
        called = RE_VOCATIVE.match(text, spans[idx - 1].start, spans[idx - 1].end)
        who = cast.called_by(called.group(1)) if called is not None else None
        found = Found(None, who, "reply", "came the reply")
    return found


def _scare_decision(c: _Quotation, found: Found | None, title_ctx: bool, terms: list[bool],
                    judged: set[int]) -> tuple[bool, Found | None]:
    """Whether the words are a scare quote, a title or a term (no one's speech, no speaker), and the speaker
    left; notes in ``terms`` whether they are a term of a list of terms."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    results = c.results
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    a_hi = c.a_hi
    headline_said = c.headline_said
    content = c.content
    content_words = c.content_words
    bare = c.bare
    bare_title = c.bare_title
    after_toks = c.after_toks
    scare = False
    if title_ctx:
        scare = True
        found = None
    elif (sp.paragraph > 0 or len(c.paras) == 1) and RE_IMPERATIVE_SAY_BEFORE.search(text[c.b_lo:sp.open_at]) is not None \
            and not (found is not None and found.rule == "cue-after" and sp.close_end is not None
                     and found.mention is not None and found.mention.start - sp.close_end <= 20):
        scare, found = True, None  # the words a writer tells the reader to say, no one's yet: ‘when an airline
        # offers you a voucher, ask the agent point blank, “…?”’, ‘Then simply say: “…”’ (w69a); never with a
        # cue right after the marks, the one who gives the advice: ‘just say: “No thank you,” said Sgt Helen
        # Brady’, ‘ask them, “…?” advised Tom Reese’ (review rv69a); never in a headline above a body, whose ", say" has
        # the subject before it: ‘Workers reject offer, say ‘we can’t eat promises’’
    if _stock_phrase_unsaid(content, before_toks()) and (sp.close_end is None or _attributive(text, sp.close_end) or not any(
            t.word in STOCK_SAYING_AFTER for t in _sentence_after(text, sp))) \
            and not any(t.word == "according" for t in before_toks()):  # (guard: the whole sentence, before
        # the marks and after: ‘a “soft landing”, Powell said’, ‘told a committee that a “soft landing” …’)
        scare, found = True, None  # a catchphrase of the trade no one in the sentence says: ‘traders bet
        # the Fed would keep rates “higher for longer”’, ‘talk of a “soft landing” faded’
    if _printed_label(content, tail_toks) or _nickname_after_colon(content, before_toks()) \
            or (found is None and _term_opens_sentence(text, sp, before_toks())) \
            or ((found is None or (found.rule == "subject" and found.cue is None))
                and _term_opens_relative_clause(text, sp, content, tail_toks)):
        scare, found = True, None  # a label printed on a thing, a nickname a colon gives, a word the sentence
        # is about (see each): ‘a vest marked “PRESS”’, ‘the nickname he went by: “Jay”’, ‘The word “defund” …’
    if len(content.strip(" .,")) == 1 and content.strip(" .,").isalpha():
        scare, found = True, None  # one letter in marks is a term, never words spoken: ‘Koval,
        # who will wear the “C” in Almqvist’s absence, said’, ‘graded the trade a “B”’
    if found is not None and found.rule == "subject" and _scare_of_phrase(text, sp, content) \
            and not any(t.word in SPEECH_VERBS for t in after_toks) \
            and not any(t.word in SPEECH_VERBS or t.word in LABELLING_VERBS or t.word in NAMING_VERBS
                        or t.word in ("naming", "name", "names") for t in tail_toks[-8:]):
        scare, found = True, None  # a term in marks inside a noun phrase, given only to the sentence's subject
        # (no cue by the marks, none after them): ‘The government gave councils powers to charge premiums, as
        # part of measures aimed at halting the “hollowing out” of coastal villages’ is the writer's term
    label_after = RE_LABEL_AFTER.match(text, sp.close_end) if sp.close_end is not None \
        and len(content_words) <= 4 and not (found is not None and found.rule in ("cue-before", "cue-in-sentence")
                                               and _reported_clause_before(before_toks())) else None  # (‘had been “neutralised in the last 24 hours”, a term
    # Ankara uses’ quotes more than the term)
    if label_after is not None and found is not None and found.mention is not None \
            and found.mention.start < label_after.end() + 12:  # (or in the label's own clause: ‘a name he claimed to dislike’)
        found = None  # (‘as “Full Pilot”, a name critics say misleads’: the label is no speaker)
    # (a work named right before the marks: a title, whatever cue comes before it; never a word
    # said about the work with its own cue after it: ‘Asked about the film, “Stunning,” said X’)
    if headline_said is not None and (found is None or text[sp.para_start:sp.open_at].strip()):
        # (guard: inside a headline's line, the source named at its end, never the line's subject:
        # ‘Man charged over ‘racist’ attack, say police’ was the man's)
        found = headline_said  # ‘‘Time to act’ on obesity, says health chief’: a headline's words are its source's
    if not title_ctx and sp.close_end is not None and (home := _place_epithet_after(text, sp.close_end, a_hi)) is not None:
        found = home  # ‘“…,” the Mankato native said’, ‘“…,” said the Ohio State transfer’: the epithet, whole
    work = names_a_work(tail_toks) and (found is None or found.rule not in ("cue-after", "label", "dash")
                                        or _owned_work(tail_toks) or _work_noun_before(tail_toks))  # (but ‘In his new book, “…,” X wrote’)
    if found is not None and _part_played_in(tail_toks) and (
            bare_title or RE_ONE_WORD_TITLE.fullmatch(content) is not None):
        scare, found = True, None  # a work after a part played in it, whatever cue follows: ‘for his role in
        # “The Hermit of Cold Creek,” Kline said: …’, ‘who played the lead in “Lanterns,” has forgiven her’
    if sp.close_end is not None and tail_toks and tail_toks[-1].text not in ".!?\n" and bare_title \
            and RE_WORK_OWNER_AFTER.match(text, sp.close_end):
        scare, found = True, None  # a title inside its sentence before a work's possessive: ‘Critics loved
        # “Paper Moons,” the novel's author said’ (never one that opens it: ‘“Completely False,” the film’s star wrote’)
    if sp.close_end is not None and found is not None and bare_title \
            and _title_in_its_place(text, sp, content, tail_toks, found, results, work):
        scare, found = True, None  # a work's title named again (‘the early days of “Bone Orchard” as’), or
        # told something (‘said in a statement to “The Night Desk” that’), or described (‘whose book “Salt
        # in the Rain” Mensah described as “a slog”’): no one's words
    if RE_TERM_ACRONYM.fullmatch(bare) is not None and _trade_calls_thing(tail_toks):
        scare, found = True, None  # a trade's acronym for a thing: ‘a side effect researchers call “ARIA,”’
    said_after = found is not None and found.rule in ("cue-after", "cue-after-late", "according-to", "according-to-late")
    # (a cue after the marks in their sentence gives the term a speaker: ‘an “easy” switch, admitted Tom
    # Reyes’, ‘a “no excuses” mantra, coach Rob Lyle said’ are theirs, never a mode's or a mantra's name; review rv15)
    few_words = len(content_words) <= 6  # (guard: the rules it gates read a term of five words at most,
    # after a trailing comma or full stop is cut; most quotations are longer)
    if _named_thing_term(c, found, said_after, few_words):
        scare, found = True, None  # a thing's name its maker gives, a title read again, an inscription, a
        # formal kind's or status's name, a trade's term, a maker's claim, a nickname (see each)
    if _title_or_term(c, found, work, label_after, said_after, terms, judged):
        scare = True  # (and the next of a list of titles or terms: ‘starred in “Interstellar” and
        # “Oppenheimer,”’, ‘phrases like “embodied archive” and “material memory.”’)
        found = None
    # (a term of a list of terms, for the next one: ‘Words such as “believe,” “expect,” “may” …’)
    terms.append(scare and (_term_lead(tail_toks) or _grade_lead(tail_toks, content)
                            or (idx > 0 and terms[idx - 1] and _list_joined(text, spans[idx - 1], sp))))
    return scare, found


def _named_thing_term(c: _Quotation, found: Found | None, said_after: bool, few_words: bool) -> bool:
    """Whether the words are a thing's name its maker gives, a title read again, an inscription, a formal
    kind's or status's name, a trade's term, a maker's claim or a nickname (see each)."""
    text = c.text
    sp = c.sp
    results = c.results
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    content = c.content
    short_name = c.short_name
    title_case = c.title_case
    if (few_words and _maker_named_thing(tail_toks, content, title_case)) or _called_thing(before_toks(), title_case) \
            or _work_read_again(text, sp, content, tail_toks, results) or _inscribed_words(tail_toks) \
            or _words_marked_after(text, sp, tail_toks) or _word_shunned(tail_toks) \
            or (few_words and (_formal_kind_term(text, sp, content, tail_toks) or _status_granted(tail_toks, content))) \
            or (short_name and _trade_what_calls(tail_toks)) or _body_what_calls_kind(text, sp, content, tail_toks) or (few_words and _advertised_as(tail_toks, content)) \
            or (few_words and (_group_what_calls(tail_toks, content, before_toks) or _known_as_term(text, sp, content)
                               or _event_kind_term(text, sp, content, tail_toks)
                               or (not said_after and _wording_kind_term(text, sp, content, tail_toks)))) \
            or _name_repeating_thing(before_toks, content) \
            or ((found is None or (found.rule == "subject" and found.cue is None)) and _defined_by_rule(text, sp, content)) \
            or _nicknamed_lower(tail_toks, short_name) or (title_case and _called_by_their_own(text, sp, tail_toks)) \
            or (few_words and sp.close_end is not None and RE_REGISTER_AFTER.match(text, sp.close_end) is not None
                and not any(t.word in SPEECH_VERBS for t in tail_toks)) \
            or _term_asked_about(text, sp, content, tail_toks) or _glossed_for(text, sp, content) \
            or _call_sign_named(text, sp, content) or (short_name and _self_styled_name(tail_toks, content)) \
            or _work_titled_aside(text, sp, content, tail_toks) \
            or (short_name and _name_named_again(text, sp, content, results) and not _spoken_in_sentence(text, sp)) \
            or _term_named_after(text, sp, content):
        # (the name test first: it turns down nearly every quotation at once, before the sentence is tokenised)
        return True
    return False


def _title_or_term(c: _Quotation, found: Found | None, work: bool, label_after: regex.Match | None, said_after: bool,
                   terms: list[bool], judged: set[int]) -> bool:
    """Whether the words are a nickname, a title, a label or a term by themselves and their sentence, unless
    a strong cue beside them makes them speech (the next of a list of titles or terms too)."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    results = c.results
    b_lo = c.b_lo
    before_toks = c.before_toks
    tail_toks = c.tail_toks
    same_sentence_as_prev = c.same_sentence_as_prev
    a_hi = c.a_hi
    nxt = c.nxt
    headline_said = c.headline_said
    content = c.content
    content_words = c.content_words
    bare_title = c.bare_title
    after_toks = c.after_toks
    a_ends = c.a_ends
    if headline_said is None and (found is None or found.rule not in STRONG_RULES or work or _between_names(text, sp, tail_toks) or (
            # (a colon that opens a list of names: ‘today introduced three flavors: “Mango Monsoon,” “Yuzu
            # Bloom” and “Peach Tide.”’ names things, says nothing)
            found.rule == "colon" and idx + 1 < len(spans) and _list_joined(text, sp, spans[idx + 1]))) and (
            is_nickname(text, sp, tail_toks) or (is_title(content, full_stop=work, subtitle=work and (_report_set_off(tail_toks) or _work_noun_before(tail_toks)))
                                                 and not read_on_sign(text, b_lo, sp.open_at))
            or (work and _title_question(content))
            or label_after is not None
            or (RE_ONE_WORD_TITLE.fullmatch(content) is not None and _one_word_title(text, sp, tail_toks))
            or _title_by_context(text, sp, content, tail_toks)
            or (idx > 0 and results[idx - 1][2] == "scare" and _list_joined(text, spans[idx - 1], sp)
                and (bare_title or RE_ONE_WORD_TITLE.fullmatch(content) is not None
                     or (len(content_words) <= 3 and not RE_SENTENCE_INSIDE.search(content.rstrip(".,"))
                         and terms[idx - 1])))) or _attributive_name(text, sp, content, tail_toks) \
            or (sp.close_end is not None and not same_sentence_as_prev and idx not in judged
                and not (nxt < len(spans) and a_hi == spans[nxt].open_at and not a_ends)
                and _attributive_term(text, sp, content, tail_toks, before_toks() + after_toks)) \
            or _scheme_term(text, sp, content, tail_toks) or _priced_charge(text, sp, content) \
            or (not said_after and _mode_term(text, sp, content, tail_toks, before_toks())) \
            or _person_law(content, tail_toks) or _job_title_named(content, tail_toks) \
            or _named_term(text, sp, tail_toks) or _removed_term(text, sp, content, tail_toks) \
            or _declared_status_name(content, before_toks(), said_after) \
            or _issued_kind(text, sp, content, tail_toks) \
            or (len(tail_toks) >= 2 and tail_toks[-1].word in ("a", "an") and tail_toks[-2].word == "and"
                and _listed_thing(text, sp, content, before_toks())) \
            or (not same_sentence_as_prev and _role_term(text, sp, content, tail_toks, before_toks())) \
            or (not same_sentence_as_prev and _dash_glossed_term(text, sp, content, tail_toks, before_toks())) \
            or (sp.close_end is not None and (bare_title or (
                RE_ONE_WORD_TITLE.fullmatch(content.rstrip(",")) is not None and content.endswith(",")))
                and _work_set_off(text, sp.close_end)) or _glossed_term(text, sp, content, tail_toks) \
            or (sp.close_end is not None and _kind_glossed_term(text, sp.close_end, content)
                and not any(x.word in CALL_VERBS or x.word in CHARACTERISING_VERBS for x in tail_toks[-8:])) \
            or (idx > 0 and results[idx - 1][2] == "scare" and spans[idx - 1].close_end is not None  # (the gloss in
                # marks of a term before: ‘“moharebeh”, or “waging war against God”’)
                and (gloss := RE_QUOTED_GLOSS_AFTER.match(text, spans[idx - 1].close_end)) is not None
                and gloss.end() == sp.close_end) \
            or (sp.close_end is not None and content.isalpha() and RE_LEVEL_AFTER.match(text, sp.close_end)) \
            or (sp.close_end is not None and RE_BALLOT_SIDE.fullmatch(content) is not None
                and RE_BALLOT_SIDE_AFTER.match(text, sp.close_end) is not None):
        # (a level's name on a warning's scale: ‘issued a “danger” level continuous rain warning’; a
        # ballot's side: ‘who led the “no” campaign’)
        return True
    return False


def _resolve_speaker(c: _Quotation, found: Found | None, sender: Mention | None) -> Found | None:
    """Who the speaker's mention stands for, in steps (each may give ``found`` its person and how, for the
    next to read), noted in the cast for the quotations after."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    paras = c.paras
    results = c.results
    cast = c.cast
    known = c.known
    lo = c.lo
    b_lo = c.b_lo
    before_toks = c.before_toks
    content = c.content
    found = _source_behind(text, sp, found, cast)
    if found is not None and found.mention is not None:
        # who the mention stands for, in steps: each may give found its person and how, for the next to read
        _mention_speaker(text, sp, found, cast, paras, content, b_lo)
        # (an epithet's core, past a home place or a pending office: ‘the 27-year-old from Sheffield’
        # is "the 27-year-old", ‘the prime minister-designate’ "the prime minister")
        epithet = _epithet_core(found.mention.text) if found.mention.kind == "description" else found.mention.text
        said_by = epithet.split()  # (the mention's words and head, read once)
        head = description_head(epithet) if found.how == "description" else None
        _document_speaker(text, sp, found, cast, paras, results, lo)
        _pronoun_speaker(text, sp, idx, spans, results, found, cast, paras, lo, content)
        _epithet_speaker(text, sp, found, cast, paras, results, content, epithet, said_by, head)
        _description_speaker(text, sp, found, cast, paras, said_by, head)
        _unnamed_one_described(text, sp, found, cast, paras)
        _owner_or_kin_speaker(text, sp, found, cast)
        _state_epithet_speaker(text, sp, found, cast, paras)
        _writing_speaker(text, found, cast)
        if found.mention.kind == "description" and found.mention.text.lower() in INDEFINITE_SPEAKERS:
            found.person = None  # ‘…,” someone shouted from the back’: no one the story names, and no
            # one before (never the last speaker, by the paragraph's rule)
        if sender is not None and found.mention is sender and sender.kind == "description":
            # one unnamed whose message another shares is no antecedent, the one who shared it is: ‘A
            # moderator shared a message from a Reddit administrator that read: “…” / The moderator,
            # who …, said …. “…,” he said’ is the moderator's
            sharer = sentence_subject(text, before_toks(), known)
            if sharer is not None and sharer.kind != "pronoun" and sharer.start < sender.start \
                    and (shared_by := cast.resolve(sharer)[0]) is not None:
                cast.note(sharer.start, shared_by)
        elif found.person is not None:
            cast.note(sp.open_at, found.person, found.mention.text if found.mention.kind == "pronoun" else "")
            if found.how in ("epithet", "title-anaphor") and found.mention.kind == "description" and found.person.kind == "name":
                cast.stands_for(found.mention.start, found.person)  # (‘“…,” the British driver radioed.’ is
                # the named driver for the "he" after it; and ‘“…,” the senior diplomat said. / According to
                # him, …’ the deputy minister named before)
        elif found.mention.kind == "pronoun" and found.mention.text.lower() == "it":
            found = None  # (an "it" no body stands for: the quotations around decide, as with no cue)
    return found


def _quote_kind(c: _Quotation, found: Found | None, scare: bool, recased: set[int]) -> tuple[Found | None, str]:
    """The quotation's kind (scare, direct, mixed, …) and its speaker: a headline's words the body quotes
    again are speech; the writer's term for a thing of someone's is a scare quote."""
    text = c.text
    sp = c.sp
    idx = c.idx
    spans = c.spans
    results = c.results
    lo = c.lo
    content = c.content
    b_text = c.b_text
    if idx in recased:
        scare = False
    elif not scare and (found is None or (found.rule == "subject" and found.cue is None and found.mention is not None
                                          and found.mention.end >= sp.open_at - 2)) \
            and owned_term(text, sp, content) and not _said_in_sentence_before(text, sp):
        # the writer's term for a thing of someone's, in a sentence with no speech verb before it: ‘His
        # “apology” came two days later’, ‘Minister Ó Briain’s “reforms” have left …’ (the owner is no
        # speaker); never ‘… said the senator had … but stood by his “underlying point”’
        scare, found = True, None
    kind = "scare" if scare else kind_of(b_text, content)
    if kind == "mixed" and b_text.endswith(",") and idx > 0 and lo == spans[idx - 1].close_end \
            and text[spans[idx - 1].end - 1] == "," and results[idx - 1][2] == "direct":
        kind = "direct"  # the second half of a split sentence: ‘“Back then,” she said, “the rent …”’
    return found, kind


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
            and (" and " not in src.group(2) or is_organisation(src.group(2).split())):
        # ‘…,” said a statement from Northlight Artist Management’, ‘According to a statement from
        # Pinecrest, …’: the statement's issuer (never ‘a copy of the letter reviewed by The Post’,
        # nor one of several: ‘a letter from Senators Warren and Sanders’)
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


def _mention_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]], content: str,
                     b_lo: int) -> None:
    """Who a found mention stands for first: the cast's reading, or one by a passive, place, letter, role or alias."""
    # ‘Asked by the presenter, Mishal Webb, whether …, he replied:’ is never Webb; ‘A resident, who asked to be
    # identified only as Abu Rami, said’ is Abu Rami (sets found.person, found.how; may move cast.position)
    asked_by = RE_ASKED_BY.search(text, b_lo, found.mention.start) if found.mention.kind == "pronoun" else None
    if asked_by is not None:  # ‘Asked by the presenter, Mishal Webb, whether …, he replied:’:
        cast.position = asked_by.start()  # never the one asking
    elif found.mention.kind == "pronoun" and found.rule == "subject" and found.mention.start < sp.open_at \
            and RE_PASSIVE_BY.match(text, found.mention.end) is not None:
        cast.position = found.mention.start  # a passive's subject, never its agent after "by": ‘He
        # was heckled briefly by a man in the gallery …, and paused before adding: “…”’
    bare_role = found.mention.kind == "name" and found.rule != "label" and found.mention.text[:1].isupper() \
        and found.mention.text[1:].isalpha() and found.mention.text[1:].islower() \
        and found.mention.text.lower() in ROLE_NOUNS and not cast.knows(found.mention.text.lower())
    # (a title-case word only: a transcript's "HOST:" is its label)
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
    if bare_role:
        # a headline's bare role word, no name: ‘Coach says players “gave everything”’ is the coach
        # the article names, when it names one, never "Coach"
        holder, how = cast.resolve(Mention(found.mention.start, found.mention.end,
                                           "the " + found.mention.text.lower(), "description"))
        found.person, found.how = (holder, how) if holder is not None and holder.kind == "name" else (None, "role-word")
    elif (role := _headline_role(text, sp, found)) is not None \
            and (holder := cast.sole_office_holder(role.text.lower())) is not None \
            and _holder_body_in_lead(text, holder, role.text.lower(), paras):
        # a headline's bare role in lower case or in capitals, or one set right before its marks:
        # ‘“…,” admits CEO’, ‘…; president “truly ashamed”’ is the one person the whole article names
        # in that office, below it (as written when it names none or two)
        found.mention, found.person, found.how = role, holder, "title-anaphor"
    elif (office := _headline_office_label(text, sp, found)) is not None:
        # a headline's label of a body's name and its head's office: ‘Skyline Aer CEO: ‘…’’ is the one person
        # the article names in that office at that body (‘Skyline Aer chief executive Dana Moreau’, ‘The
        # company's chief executive, Dana Moreau,’), and no one's when it names none (never the body's)
        holder = cast.sole_office_holder(office[0], lambda q: _holds_for_body(q, office[1], cast))
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
    if alias is None and found.mention.kind == "pronoun" and found.rule == "cue-after" \
            and (w_ := found.mention.text.lower()) in ("he", "she") \
            and (cue_ := RE_CUE_BEFORE_SET_OFF.match(text, found.mention.end)) is not None \
            and (alias := RE_ALIAS.match(text, cue_.end())) is not None \
            and (alias_gender(alias) not in (None, GENDERS_OF_PRONOUNS[w_])
                 or _named_in_paragraph(text, found.person, paras[sp.paragraph])):
        alias = None  # (of the pronoun's sex only; never one the paragraph already names in full: ‘Daniel Moss said …
        # “…,” he told reporters, asking that only his first name, Dan, be used’ stays Moss's, review rv69a)
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


def _document_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]],
                      results: list[tuple[Span, Found | None, str]], lo: int) -> None:
    """Who speaks for a statement, report, message or other document a cue names: its issuer, writer or owner."""
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
        if author is None and RE_ON_ITS_PAGE.match(text, found.mention.end) is not None:
            # ‘The Hong Kong Observatory raised the No. 8 signal. “…,” the notice posted on its website
            # said’: the body "its" stands for
            author = _body_for_it(text, sp, found.mention.start, paras, cast)
            author = author if author is not None and author.kind == "organisation" else None
        if author is None:
            author = _document_sender(text, sp, paras, found.mention.start, cast, _written_head(found.mention.text))
        if author is None:
            author = _document_sent_by(text, sp, paras, found.mention.start, cast, _written_head(found.mention.text))
        if author is None and found.mention.start > sp.open_at:
            author = _sender_in_next_sentence(text, sp, cast)  # (‘“…,” read one message. The sender was X.’)
        if author is None and found.mention.start > sp.open_at and sp.open_at == sp.para_start:
            author = _spokesperson_of_statement(text, results, sp, found.mention)  # (‘The spokesman, in
            # the statement, said …. / “…,” the statement said.’)
        if author is None and found.mention.text.lower().startswith(("a ", "an ")):
            author = _body_announcing_before(text, sp, cast)
        if author is None and found.mention.text.lower().startswith(("the ", "this ")) \
                and _sentence_start(text, sp.para_start, found.mention.start) == found.mention.start:
            author = _statement_issuer_before(results, sp, _written_head(found.mention.text))  # (‘“…,” the
            # post said. / The post also urged …, adding that “…”’: the issuer the first cue gave)
            if author is None:
                author = _statement_body_before(text, results, sp, found.mention)
        if author is None and found.mention.start > sp.open_at:
            author = _body_statement_before(text, results, sp, found.mention)  # (‘X said on X that …. / “…,”
            # the statement said.’, ‘The army said …. / “…,” the army's statement said.’)
        if author is not None:
            author = _issuing_body(text, author, found.mention.start, sp, paras, cast, found.mention)
        if author is not None and author.kind == "description" \
                and (cued := _body_cued_as(results, sp, author.name)) is not None:
            author = cued  # ‘The league said in a statement that …. / “…,” the statement said’: the
            # body the same words as the cue before stood for
        if author is not None:
            found.person, found.how = author, "statement"
        if (reported := _statement_reports(text, sp, found.mention, cast)) is not None:
            found.person, found.how = reported, "name"  # ‘Zhao also pointed out that … “…,” the statement said’
    if found.how == "description" and (issuer := _report_body_before(text, found.mention, cast)) is not None:
        found.person, found.how = issuer, "statement"  # (‘X said in a report …. “…,” the report said’: X's)
    if found.how == "description" and RE_ITS_STATEMENT.fullmatch(found.mention.text) \
            and (owner := _its_owner_before(text, found.mention.start, sp, paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # ‘Severnmoor Water … . Its statement described the
        # award as “…”’: the body "its" stands for, whose statement it is
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
    if found.how == "description" and (acronym := _acronym_of_group(text, found.mention, cast)) is not None:
        found.person, found.how = acronym, "name"  # ‘The Al-Qaeda-linked JNIM group said …’ is JNIM, the
        # short name the article uses on its own too
    if found.how == "description" and (owner := _document_owner(text, found.mention, sp, paras, cast)) is not None:
        found.person, found.how = owner, "statement"  # a body's own document speaks for it: ‘The clinic's
        # patient handbook says …“…”’ is the clinic named before; ‘the Health Ministry's circular’ the ministry's
    if found.how == "description" and (own := _its_document_after_body(text, found.mention)) is not None \
            and (body := _body_before(text, own[0], own[1], sp, paras, cast)
                 or _described_body(text, own[0], own[1], cast)
                 or _sole_body_of_kind(text, own[0], own[1], cast)) is not None \
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
    if found.how == "description" and found.mention.text.rsplit(" ", 1)[-1].lower() == "minutes" \
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
    if found.how == "description" and sp.close_end is not None \
            and (author := _phrase_author_after(text, sp, cast)) is not None:
        found.person, found.how = author, "phrase-author"  # the sentence after says who wrote the words:
        # ‘its engineers warned the feature was “built to keep you watching.” The phrase, the suit
        # says, came from a memo written by Dana Ruiz’ is Dana Ruiz's


def _holds_for_body(holder: Person, body: list[str], cast: Cast) -> bool:
    """One of ``holder``'s roles is at the body a headline's label names (‘Skyline Aer chief executive’ for
    ‘Skyline Aer CEO:’) or at none by name (‘the company's chief executive’), never at another body named."""
    return any(all(w.lower() in r.lower() for w in body) or not any(c.isupper() for c in r) for r in cast.roles_of(holder))


def _pronoun_speaker(text: str, sp: Span, idx: int, spans: list[Span], results: list[tuple[Span, Found | None, str]],
                     found: Found, cast: Cast, paras: list[tuple[int, int]], lo: int, content: str) -> None:
    """Who an "it", a "he", "she" or "they", or a name by a colon, stands for, by the cue and the quotations around."""
    # ‘It said …’ is the body "it" stands for; ‘Sen. Tuttle asked Marsh whether …. / “No, sir,” she said’ the
    # one asked (sets found.person, found.how)
    if found.mention.kind == "pronoun" and found.mention.text.lower() == "it":
        # (only a body's "it" that speaks: ‘It said …’, never the subject of ‘It sends a message’)
        spoke = found.rule in ("cue-after", "cue-before", "cue-in-sentence", "colon") and found.cue is not None \
            and found.cue.lower() in SPEECH_VERBS
        found.person, found.how = ((_document_sender(text, sp, paras, found.mention.start, cast)
                                    or _owners_body_clause_before(text, sp, found.mention.start, cast)
                                    or _body_for_it(text, sp, found.mention.start, paras, cast, found.cue.lower()))
                                   if spoke else None), "pronoun"
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
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun-unresolved" \
            and found.mention.text.lower() == "they" and (group := _plural_subject_before(text, sp)) is not None:
        found.person, found.how = group, "pronoun"  # (‘The stewards reprimanded X. In their decision,
        # they said …’: the stewards)
    if found.rule in ("cue-before", "cue-in-sentence") and found.how == "pronoun-unresolved" \
            and found.mention.text.lower() == "they" and idx > 0 \
            and (lead := _lead_of_fellows(text, sp, spans[idx - 1], results[idx - 1][1])) is not None:
        found.person, found.how = lead, "pronoun"  # (‘X and her counterparts write: “…” / They add: “…”’
        # is X's, as the first words are)
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
            and (one := _unnamed_one_before(text, sp, paras, GENDERS[found.mention.text.lower()])) is not None \
            and (found.person is None or found.person.kind != "description" or found.person.plural
                 or text.endswith("Another, ", 0, one.start)
                 or (not _described_in_paragraph(text, found.person, sp, paras) and _unnamed_one_spoke(text, one))) \
            and (found.person is None or found.person.name.lower() != one.text.lower()):
        # ‘One court clerk, watching the queue grow, shook his head. “…,” he said’: the one unnamed the
        # sentence before is about, who gestures or speaks there, never a man named paragraphs before (nor one
        # described before whom a bare "Another," sets apart: ‘Another, a midwife on the ward, said …’, w66c);
        # nor one described only in a paragraph before (‘A Corvane spokesperson said …. / One of the
        # mill's 80 workers, a former welder, said he … “…,” he said’ is the worker) (w66i), who must have spoken
        # there, never only gestured (review rv66i: ‘A patient, a retired miner, shook his head.’)
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
                  or RE_THE_AGE.fullmatch(epithet) is not None or _nationality_epithet(epithet)
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
    if found.how == "description" and found.mention.kind == "description" and (holder := _epithet_holder(
            text, found.mention, epithet, sp.para_start if found.mention.start > sp.open_at and sp.open_at == sp.para_start
            else found.mention.start, cast)) is not None:
        found.person, found.how = holder, "epithet"  # ‘Cobras winger Lachlan Fenwick …. The Cobras winger
        # posted that he was “…”’
    if age is not None and found.how == "description" and not (text.startswith((", who ", " who "), found.mention.end)
                                                                and not _withheld_surname_clause(text, found.mention.end)) \
            and not any(m.group("age") == age.group(1) for m in RE_NAMED_AGE.finditer(
                text, max(0, found.mention.start - AGE_REACH), found.mention.start)):  # (given to two: as written)
        # (‘“…,” the 47-year-old said as she …’, of no one given that age: the person just
        # named as a subject, unless someone is described since; else as written)
        s_lo = paras[sp.paragraph - 1][0] if sp.open_at == sp.para_start and sp.paragraph > 0 else sp.para_start
        described = RE_DESCRIBED_SUBJECT.search(text, s_lo, found.mention.start) is not None
        one = cast.subject_person() if not described else None
        if one is None and not described and sp.open_at == sp.para_start and sp.paragraph > 0:
            # (the subject of the paragraph before's last sentence, however it opens: ‘By the
            # time the water reached her porch, Sharon Lindqvist had made up her mind.’)
            ms = _last_sentence_subject(text, s_lo, min(len(text), paras[sp.paragraph - 1][1] + 1), cast)
            one = (ms[0].start, ms[1]) if ms and ms[0].kind == "name" and ms[1] is not None \
                and ms[1].kind == "name" else None
            if ms is None:  # (or the subject of its opening clause of time, the main one's a thing's:
                # ‘When Ana Cruz walked on stage, the roar lasted a minute. / “…,” the 42-year-old said’)
                one = _focus_of_time_clause(text, s_lo, min(len(text), paras[sp.paragraph - 1][1] + 1),
                                            cast, epithet)
        if one is not None and _age_epithet_fits(text, sp, found.mention, one, age.group(1), cast):
            found.person, found.how = one[1], "epithet"
    if age is not None and found.how == "description" and found.rule == "cue-after" \
            and (lede := _dateline_lede_subject(text, found.mention, "", sp.open_at, cast, aged=True)) is not None \
            and _age_epithet_fits(text, sp, found.mention, (text.rfind(lede.name.rsplit(" ", 1)[-1], 0, sp.open_at), lede),
                                  age.group(1), cast):
        found.person, found.how = lede, "epithet"  # the subject of a dateline's one-sentence lede, the one the
        # story opens on, even with a clause after the epithet: ‘ESTEVAN, Sask. — Gord Lind has stopped looking at
        # the sky. / “…,” said the 52-year-old, who farms wheat near the border’ (w61f)
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


def _described_in_paragraph(text: str, p: Person, sp: Span, paras: list[tuple[int, int]]) -> bool:
    """The description ``p`` is written in the quotation's own paragraph before its words (‘A steward,
    who …, said … “…,” he said’), not only in one before it."""
    lo = paras[sp.paragraph][0] if 0 <= sp.paragraph < len(paras) else 0
    return text.lower().find(p.name.lower(), lo, sp.open_at) >= 0


def _description_speaker(text: str, sp: Span, found: Found, cast: Cast, paras: list[tuple[int, int]],
                         said_by: list[str], head: str | None) -> None:
    """Who a description stands for: the body of its kind named before, or the one person the article so describes."""
    # ‘The National Hurricane Center said …. The center said …’ is the center; ‘… said the proud father’
    # the father of the one just named (sets found.person, found.how)
    body_kind = _body_kind(said_by, found.how)
    if (centre := _body_ending_in_kind(text, said_by, found.how, found.mention, sp, paras, cast)) is not None:
        found.person, found.how = centre, "body"  # "The National Hurricane Center said …. The center said …"
    elif body_kind is not None:
        body = _body_before(text, found.mention.start, body_kind, sp, paras, cast) \
            or _club_named_in_own_statement(text, sp, body_kind, found.mention.start) \
            or (_dateline_team(text, found.mention.start) if body_kind == "team" else None) \
            or _described_body(text, found.mention.start, body_kind, cast) \
            or _board_of_firm(text, found.mention.start, body_kind, sp, paras, cast) \
            or (_court_named(text, found.mention.start, cast) if body_kind == "court" else None) \
            or _article_company(text, found.mention.start, body_kind, paras, cast) \
            or _sole_body_in_article(text, found.mention.start, body_kind, paras, cast)
        if body is not None and _body_ruled_out(text, found.mention.start, body_kind, body, said_by, cast):
            body = None
        if body is not None and body_kind in NAME_HEAD_BODY_NOUNS and not _named_body_spoke(text, body, found.mention.start):
            body = None  # (a port or a museum only when it spoke: ‘The Port of Dover was closed. The port said’
            # is left as written)
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
        if body is not None and _body_fits(text, found.mention, body_kind, body):
            found.person, found.how = body, "body"  # "Voltara recalled 86,000 cars. The firm said …": Voltara
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
    if found.how == "description" and found.mention.text.lower() in ("the former", "the latter"):
        one = _former_or_latter(text, found.mention, cast)
        if one is not None:  # ‘X and Y both spoke afterwards. The latter said: “…”’
            found.person, found.how = one, "former-latter"
    if found.how in ("description", "description-anaphor") and found.mention.kind == "description" \
            and not (found.how == "description-anaphor" and found.person is not None and found.person.kind == "description") \
            and (one := _one_of_two_by_age(text, found.mention, cast)) is not None:
        found.person, found.how = one, "age-compared"  # ‘X, 52, and Y, 24, run a stall. “…,” the younger man said’
    if found.how == "description" and sp.paragraph <= 1 and found.mention.kind == "description" \
            and (told := _heard_tail(text, sp, found.mention, paras, cast)) is not None:
        # the lede's subject is what a court was told of, never its speaker: ‘A man accused of
        # murdering his partner invented a “…”, a jury has been told. / Prosecutor Ann Lowe told the
        # jury …’ is the one who told it, else no one
        found.person, found.how = told[0], "lede-named" if told[0] is not None else "heard-of"
    if found.how == "description" and found.mention.kind == "description" and said_by[0] in ("A", "An", "a", "an", "The", "the") \
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
            and _lede_paragraph(text, sp.paragraph, paras) and (said_by[0] in ("A", "An", "a", "an", "The", "the")
                                                                or _place_owns(said_by)):
        # (a country's office too: ‘Argentina's economy minister said …. / Economy Minister Federico …’)
        named = _lede_named_next(text, sp, found, paras, cast) or _lede_body_named_next(text, sp, found, paras, cast) \
            or _lede_kin_named(text, sp, found.mention, paras, cast)
        if named is not None:  # ‘A senior midwife has told an inquiry she was “…”. / Bernadette
            # Quayle, who worked on the unit for 22 years, gave evidence on Wednesday.’
            found.person, found.how = named, "lede-named"
            if said_by[0] in ("The", "the") and len(named.roles) < 3:  # (and ‘the chief constable said’
                named.roles.append(found.mention.text.split(" ", 1)[1])  # later on is the one named)
            elif said_by[0] not in ("A", "An", "a", "an") and not named.roles:  # (a place's office too:
                named.roles.append(found.mention.text)  # ‘Iran's foreign ministry spokesman’, ‘the spokesman’)
    if found.how == "description" and found.mention.kind == "description" \
            and (named := cast.lede_description_named_next(found.mention)) is not None:
        found.person, found.how = named, "lede-named"  # the lede's office the paragraph after opens with,
        # named there first: ‘Scotland's Brexit minister has accused London of “…”. / Fergus MacInnes told
        # MSPs …’, ‘… after a British MEP accused …. / X, who leads the party's group of MEPs, told …’
        if not named.roles and RE_PLACE_OWNED_OFFICE.match(found.mention.text):
            named.roles.append(found.mention.text)  # (and the office is theirs: ‘“…,” the minister said’
            # later on is the one named, as for ‘Iran's foreign minister’ above) (w58a)
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
    if found.how == "description" and found.mention.kind == "description" and found.rule == "cue-after" \
            and description_head(found.mention.text) is None and RE_THE_TRADE.fullmatch(found.mention.text):
        holder = _trade_holder(text, found.mention.text.split()[-1].lower(), found.mention.start, cast)
        if holder is not None:  # ‘Brid Collins, the Ballymore harbormaster, said …. “…,” the harbormaster
            found.person, found.how = holder, "title-anaphor"  # said’: a trade no list holds, the one given it
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


def _owner_or_kin_speaker(text: str, sp: Span, found: Found, cast: Cast) -> None:
    """Who owns the writing or is the kin a described speaker names: the writer, the kin named, the spouse just told of."""
    # ‘Her caption read, “…”’ is hers; ‘His son, Arne Haugen, …. His father had an answer. “…,” he said’ the
    # father (sets found.person, found.how)
    own = RE_OWN_WRITING.fullmatch(found.person.name) \
        if found.person is not None and found.person.kind == "description" and found.rule in ("cue-before", "cue-after") \
        and found.mention is not None and found.mention.kind == "description" else None
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
    signed = found.mention.kind == "description" and text.startswith(", signed ", found.mention.end) \
        and description_head(found.mention.text) in SIGNED_NOTE_NOUNS  # (‘The note, signed by …,’)
    if (writing or signed) and found.mention.kind == "description" \
            and (writer := _signer_set_off(text, found.mention.end, cast)) is not None:
        found.person, found.how = writer, "writer"  # ‘The letter, signed by Brekke and dated April 1950,
        # warns that …’: the one who signed it, set off right after it
    elif writing and (writer := _writer_named_before(text, found.mention.start, cast)) is not None:
        found.person, found.how = writer, "writer"  # ‘… letters written by Pte Albert Fenn. …. “…,”
        # the letter reads’: the writer's words
    elif writing and _private_writing(text, description_head(found.person.name if it and found.person is not None
                                                             else found.mention.text) or "",
                                      found.mention.start, it and (found.cue or "").lower() in WRITING_CUES):
        found.person = None  # a diary's entry or a kept letter no writer is named for is no one:
        # never ‘the entry for the following day’, nor ‘the last letter in the box’ (a body's
        # ‘the letter said’ stays the letter's)


#: Another of the same kind speaking, before or after the marks (‘Another asked:’, ‘said another.’,
#: ‘Another described Northwind as “…”’).
_ANOTHER_VERBS = r"(?P<verb>said|says|asked|asks|wrote|writes|added|adds|replied|commented|posted|joked|quipped|countered|" \
    r"shouted|yelled|cried|heckled|interjected)"  # (and a heckler's: ‘“…!” shouted one man. “…!” shouted another.’)
RE_ANOTHER_BEFORE = regex.compile(r"(?:(?<![\p{L},;] )(?P<who>Another(?: (?P<noun>\p{Ll}+))?)"
                                  + r"|(?<=(?:,? while|,? whereas|, but|; but) )(?P<who>another(?: (?P<noun>\p{Ll}+))?)) (?:"
                                  + _ANOTHER_VERBS + r"(?: simply| \p{Ll}+ly)?[:,]?|(?P<verb>described)(?: [\p{L}’'\-]+){1,3} as"
                                  + r"|(?P<verb>was|were) (?:(?:less|more|rather|far|much) )?(?!\p{Ll}+ed:)\p{Ll}+:)\s*$")
RE_ANOTHER_AFTER = LazyPattern(r"\s*,?\s*(?:" + _ANOTHER_VERBS + r" (?P<who>another(?: (?P<noun>\p{Ll}+))?)"
                               + r"|(?P<who>another(?: (?P<noun>\p{Ll}+))?) " + _ANOTHER_VERBS + r")[.,]")
# (and its view before a colon, ‘Another was less forgiving:’; after "while" in the sentence of the one
# before, ‘One viewer called it “…”, while another wrote simply: “…”’; and the subject before the verb,
# ‘“…,” another wrote.’, never the one who spoke before: ‘“…,” one fan posted. “…,” another wrote.’)


#: Another of the same kind joined to one just quoted in the sentence, right before the marks
#: (‘“…,” one viewer wrote, while another argued: “…”’, ‘One resident said the water was brown,
#: whereas another added: “…”’): the second speaker, never the first (the verb must be a speech verb).
RE_WHILE_ANOTHER = LazyPattern(r"(?:,? while|,? whereas|, and|, but|; but) (?P<who>another(?: (?P<noun>\p{Ll}+))?)"
                               r" (?P<verb>\p{Ll}+)[:,]?\s*$")


#: "One" of a group speaking after the marks, alone (‘“…,” said one.’, ‘“…,” one said.’).
RE_ONE_AFTER = LazyPattern(r"\s*,?\s*(?:" + _ANOTHER_VERBS + r" (?P<who>one)|(?P<who>one) " + _ANOTHER_VERBS + r")\.")

#: A voice from somewhere in the room, after a shout (‘“…!” came a voice from the back of the hall.’): the
#: voice as written, from where it came; only "voice", whose owner is the one who spoke.
#:
#: >>> RE_VOICE_CAME_AFTER.match(" came a voice from the back of the hall. Then", 0).group("who")
#: 'a voice from the back of the hall'
#: >>> RE_VOICE_CAME_AFTER.match(" came a reply from the ministry.", 0) is None
#: True
RE_VOICE_CAME_AFTER = LazyPattern(r"\s*,?\s*(?P<verb>came|rang out) (?P<who>(?:a|one|another) (?:lone |single |loud |male |female )?voice"
                                  r"(?: (?:from|at|in) (?:the|a) [\p{Ll}\- ]+?)?)[.,]")


#: An opening phrase that sets a speech, its words quoted inside it (‘In an address that promised …’,
#: ‘During a news conference at which she called …’).
RE_SPEECH_SETTING = LazyPattern(r"\s*(?:In|During|Throughout|At) (?:a|an|his|her|their|the|its) (?:[\p{Ll}\-]+ ){0,3}"
                                r"(?:address|speech|statement|interview|letter|op-ed|essay|post|remarks|testimony|"
                                r"sermon|lecture|memo|email|message|broadcast|appearance|conference|briefing|rally)"
                                r" (?:that|which|in which|where|at which)\b")

#: A product's noun and its answer right before the words, after the one that asked it: ‘When Reuters
#: asked Sage about Keel, the chatbot replied:’.
RE_PRODUCT_ANSWERED_BEFORE = LazyPattern(r", (?P<who>(?:the|its) (?:chatbot|bot|assistant|system)) "
                                         r"(?:replied|answered|responded|said|wrote)[:,]?\s*\Z")


#: A verb of saying later in the sentence of someone unnamed it opens (‘A Republican senator who voted
#: for it said he had doubts.’), never an infinitive (‘he likes to say’).
RE_SAID_LATER = LazyPattern(r"(?<!\bto )\b(?:said|says|told|tells|added|argued|insisted|warned|explained|acknowledged|"
                              r"admitted|conceded|complained|wrote)\b")

#: An aside after someone described that makes them another (‘A senator since 2001, he …’, ‘A mother
#: of three, Jenna Park,’).
RE_SET_OFF_SUBJECT_ASIDE = LazyPattern(r"(?: (?:since|for|of) [^,]{1,30})?, (?:he|she|\p{Lu}\p{Ll}+ \p{Lu})")


#: A statement's place on its issuer's own pages right after it (‘the notice posted on its website’,
#: ‘the alert on its official account’): "its" is the body the sentences before name.
RE_ON_ITS_PAGE = LazyPattern(r" (?:(?:posted|published|issued|put out|released) )?(?:on|to) its (?:official )?"
                               r"(?:website|web site|site|account|page|feed|channel)\b")

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


#: A body's own statement by its pronoun (‘Its statement’, ‘its latest bulletin’): whoever "its" stands for
#: issued it, never the document itself.
#:
#: >>> bool(RE_ITS_STATEMENT.fullmatch("Its statement")), bool(RE_ITS_STATEMENT.fullmatch("its brief note"))
#: (True, True)
#: >>> bool(RE_ITS_STATEMENT.fullmatch("the statement")), bool(RE_ITS_STATEMENT.fullmatch("its chief"))
#: (False, False)
RE_ITS_STATEMENT = LazyPattern(r"(?i:its) (?:[\w’'\-]+ )?(?:statement|communiqu[eé]|release|post|posting|advisory|bulletin"
                               r"|filing|warning|alert|letter|e-?mail|message|note|notice|tweet|readout|FAQs?)")


#: A body's own inquiry by the body's kind (‘the regulator’s investigation’, ‘the watchdog's report’,
#: ‘the agency's review’): its findings are the body's words.
#:
#: >>> RE_BODYS_FINDINGS.fullmatch("The regulator’s investigation").group(1), RE_BODYS_FINDINGS.fullmatch("the report") is None
#: ('regulator', True)
RE_BODYS_FINDINGS = LazyPattern(r"(?i:the) ([a-z]+)[’']s (?:[a-z\-]+ )?(?:investigation|inquiry|report|review|audit)")


#: A campaign's advertisement brought in by "a"/"an" (‘an ad’, ‘a new TV spot’, ‘a radio advert’).
RE_AN_AD = LazyPattern(r"(?i:an?) (?:[\p{Ll}\-]+ |TV |[\d]+-second ){0,2}(?:ad|advert|advertisement|commercial|spot)")


#: A paragraph ending with a statement given, no quotation in it (‘His family released a statement
#: through the department on Sunday.’, ‘The club issued a statement:’): the next paragraph's words are it.
RE_STATEMENT_GIVEN_END = LazyPattern(r"(?:\b(?:released|issued|put out|shared|posted|sent out|gave|provided) (?:a|an) "
                                     r"(?:[\w’'\-]+,? ){0,3}?(?:statement|message)\b[^.!?:“”\"\n]{0,160}"
                                     r"|\b[Ss]tatement (?:from|by) [^.!?:“”\"\n]{2,120})"
                                     r"(?:[.:]|\. Here (?:it|is) [^.!?:“”\"\n]{0,40}:)\s*$")

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


#: "the younger" or "the elder" right before a surname (‘the younger Marsh’).
RE_GENERATION = LazyPattern(r"\b(?i:the) (younger|elder) $")


#: Words that qualify a role in "the former contractor", "the senior official" (an anaphor of
#: one introduced unnamed).
ADJECTIVES_OF_ROLE = frozenset("former senior junior retired young elderly local other".split())

#: The cue of a reply and the opening of the quotation it introduces: ‘ replied, “’.
RE_REPLY_NEXT = LazyPattern(r" (?:" + "|".join(sorted(REPLY_CUES)) + r")[,:]?\s*[“\"‘'«]")

#: An opening phrase that names who asked (‘Asked by the presenter, Mishal Webb, whether …,’).
RE_ASKED_BY = LazyPattern(r"\b[Aa]sked by ")

#: A pronoun's cue verb after its quotation and the outlet or listener it names, up to a comma that sets
#: off a clause of the speaker's (‘ told the Post’ in ‘“…,” she told the Post, asking that only …’), w69a.
#:
#: >>> RE_CUE_BEFORE_SET_OFF.match(" told the Post, asking that").group()
#: ' told the Post'
#: >>> RE_CUE_BEFORE_SET_OFF.match(" said, adding") is not None, RE_CUE_BEFORE_SET_OFF.match(" said the plan") is None
#: (True, True)
RE_CUE_BEFORE_SET_OFF = LazyPattern(r" (?:said|says|told|tells|added|wrote|explained)(?: (?:the |The )?\p{Lu}[\p{L}\p{M}.’'\-]*"
                                    r"(?: \p{Lu}[\p{L}\p{M}.’'\-]*){0,3}| (?:reporters|me|us|him|her|them|the paper))?(?=,)")

#: An imperative verb of saying or asking that opens its clause right before the marks, "ask" or "tell"
#: with a short object and manner in lower case after it, "say" or "reply" alone (‘…, ask the agent point
#: blank, ’, ‘Then simply say: ’): the words the writer tells the reader to say, no one's (w69a). Never a clause with a subject (‘Organisers say ’, ‘you
#: ask ’), nor a name after the verb (‘Ask Mary Jones, and she says: ’), nor a second verb after "and" (‘X
#: says he would sit him down and tell him ’, reported speech).
#:
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("When it happens, ask the agent point blank, ") is not None
#: True
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("Then simply say: ") is not None
#: True
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("Organisers say ") is None, RE_IMPERATIVE_SAY_BEFORE.search("When you call, you ask ") is None
#: (True, True)
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("The plan, say officials, ") is None  # (an inverted cue, never an imperative)
#: True
#: >>> RE_IMPERATIVE_SAY_BEFORE.search("Kasich says he’d sit Putin down and tell him ") is None  # (a reported clause's verb)
#: True
RE_IMPERATIVE_SAY_BEFORE = LazyPattern(r"(?:^|[,:;] )(?:(?:[Tt]hen|[Jj]ust|[Ss]imply|[Aa]lways|[Pp]olitely|[Cc]almly|[Ff]irmly) ){0,2}"
                                       r"(?:(?:[Aa]sk|[Tt]ell) (?:the|them|him|her|your|a|an)(?: (?:\p{Ll}+|point-blank)){0,4}"
                                       r"|[Ss]ay|[Rr]eply|[Aa]nswer|[Rr]espond)[,:]? ?$")

#: The sex of a singular pronoun.
GENDERS_OF_PRONOUNS = {"he": "m", "she": "f"}


def _named_in_paragraph(text: str, person, para: tuple[int, int]) -> bool:
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


#: Cue verbs of documents, never of a person's epithet ("the suit reads", "the filing alleges").
DOCUMENT_CUES = frozenset("reads read states stated shows showed finds found alleges alleged notes noted".split())


#: The one named before a call hears the words, never says them (‘Okafor was told over the radio:’); a
#: speaker's own words to a crowd that shares their name (‘Austin Carter told the crowd: “Thank you,
#: Austin.”’) stay theirs.
RE_TOLD_PASSIVE = LazyPattern(r"\b(?:was|were|is|are|being|got|gets|had been|has been)\s+(?:\w+\s+)?"
                              r"(?:told|informed|warned|instructed|reminded|radioed|urged|asked|ordered)\b"
                              r"|\b(?:heard|hears|received)\b")

#: Someone described, a sentence's subject (‘The club captain was more reserved.’, ‘One patient …’)
#: or kin (‘Ortiz's husband’, ‘his neighbour’): the one an epithet of age after it stands for, never
#: a name before.
RE_DESCRIBED_SUBJECT = LazyPattern(r"(?:^|(?<=[.!?”\"] ))(?:The|A|An|One|Another) \p{Ll}|\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+(?:’s|'s))"
                                     r" (?:\p{Ll}+ )?(?:" + "|".join(sorted(KIN_NOUNS | {"neighbour", "neighbor", "friend", "colleague"})) + r")\b", regex.M)

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


#: "came the reply" after a quotation: someone else answers.
RE_CAME_REPLY = LazyPattern(r",?[ \t]+came the (?:reply|response|answer|retort)\b")

#: A name called at a quotation's start (‘Okay Lars, …’, ‘Lars, …’).
RE_VOCATIVE = LazyPattern(r"(?:(?:Okay|OK|Ok|Well|Look|Listen|Yes|No|Right),? )?(\p{Lu}\p{Ll}+),")


#: An aside on a subject that tells how someone else labelled them, up to the quotation (‘, who is
#: mentioned unflatteringly in chapter nine as one of the “…”’, ‘, who was described in the report as “…”’).
RE_LABELLED_ASIDE = LazyPattern(r", who (?:is|was|has been|had been) (?:\p{Ll}+ly )?(?:mentioned|named|described|listed|cited|called"
                                r"|branded|labell?ed|dismissed|portrayed|depicted|singled out|referred to)\b[^.;,“”\"‘’]{0,60}?"
                                r"\bas (?:one of )?(?:the |an? )?$")


#: A second label in marks after a first, up to the passive's "by" (‘was judged “urgent” and “credible” by’,
#: ‘was deemed “premature” and “unworkable” by’): its match ends before " by ".
#:
#: >>> RE_PAIRED_LABEL_BY.match(" and “credible” by the inspector").end()
#: 15
RE_PAIRED_LABEL_BY = LazyPattern(r" and [“\"][^“”\".,;:!?]{1,40}[”\"](?= by )")


#: "the" and a trade in lower case no list holds (‘the harbormaster’, ‘the pulmonologist’).
RE_THE_TRADE = LazyPattern(r"(?i:the) (?:\p{Ll}+ )?(\p{Ll}{5,})")


#: "the" and an eatery's word, an adjective in lower case before it or none (‘the restaurant’, ‘the little café’).
RE_THE_EATERY = LazyPattern(r"(?i:the) (?:\p{Ll}+ )?(?:" + "|".join(sorted(EATERY_NOUNS)) + ")")


#: One's kin as a speaker (‘His father’, ‘Her husband’).
RE_OWNED_KIN = LazyPattern(r"(His|Her|his|her) (son|daughter|father|mother|husband|wife|brother|sister)")


#: A kin noun given an adjective (‘the proud father’, ‘the grieving mother’).
RE_THE_KIN = LazyPattern(r"(?i:the) \p{Ll}+ (son|daughter|father|mother|husband|wife|brother|sister)")


#: Right after a writing's words, "it" and a verb of where they stand in it (‘“Dear Jozsi,” it begins.’).
RE_IT_OPENS_AFTER = LazyPattern(r" (it) (begins|began|opens|opened|ends|ended)\b")

#: A verb and an article inside what was taken for a description, which makes it a clause, no one's
#: name (‘the exhibition also includes a school’, ‘the box now holds a letter’).
#:
#: >>> bool(RE_CLAUSE_IN_DESCRIPTION.search("the exhibition also includes a school")), bool(RE_CLAUSE_IN_DESCRIPTION.search("the chief of the news desk"))
#: (True, False)
RE_CLAUSE_IN_DESCRIPTION = LazyPattern(r" (?:also |now |still )?\p{Ll}+(?:s|ed) (?:a|an|the|his|her|their) ")
