"""The speaker sieves that :func:`quotesearch.attribution.attribute` runs for each quotation, in order: the
cue after or before the marks and the labels and headlines around them, the sources who report, the
clause's own subject and agents, messages and their senders, one's own saying or another's, headings and
lines of their own; then the mention found is resolved to a person, a body or a source.
"""

from __future__ import annotations

import regex

from quotesearch.cues import OWN_STATEMENT_NOUNS, RE_LATER_OPENING, cue_after, read_on_sign, sign_reading_at
from quotesearch.backward_cues import SIGN_NOUNS, cue_before
from quotesearch.backward_mentions import mention_before
from quotesearch.cue_tokens import Found
from quotesearch.sentence_subjects import CLAUSE_LEADS, _in_opening_clause, _joins_clause, _opens_with, sentence_subject
from quotesearch.speech_owners import _in_the_words_of
from quotesearch.cues_after import RECORDING_NOUNS, carried_sign, passive_agent
from quotesearch.lexicon import RE_ASKED_ABOUT_PHRASE, LazyPattern, wordset
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS
from quotesearch.role_words import REPORTING_SOURCE_HEADS
from quotesearch.speech_words import CUT_OFF_ENDS, SPEECH_VERBS
from quotesearch.mentions import INDEFINITE_SPEAKERS
from quotesearch.mention_words import Mention, description_head, ownerless_record
from quotesearch.mention_descriptions import is_bare_role_opening
from quotesearch.people import Person
from quotesearch.name_parts import gender_of
from quotesearch.clauses import (
    CLAIM_NOUNS, RE_LIST_ITEM, _another, _by_ones_count, _claim_by, _clause_finder_before, _cue_of_relative_clause,
    _goes_on_after_cue, _inner_teller_before_colon, _inner_teller_before_that, _law_text, _list_lead, _one_of_group, _orderer_before,
    _owner_of_subject_document, _participle_subject, _setting_subject, _speaker_sources_report, _speech_part_lead,
    _told_after,
)
from quotesearch.continuation import RE_OWN_VERDICT, _OWN_SAYING
from quotesearch.epithets import _epithet_core
from quotesearch.interviews import OWNER_PRONOUNS, REPLY_CUES, _introduces_next
from quotesearch.introductions import _after_preposition
from quotesearch.labels import _headline_label, _section_label, _sole_of_surname, _story_label
from quotesearch.ledes import (
    _name_line, _roundup_anaphor, _roundup_heading_speaker, _tokens_to_sentence_end, _topic_answer,
)
from quotesearch.messages import (
    _claim_denied, _heard_clause_speaker, _hearing_audience, _message_owner, _told_clause_speaker, _message_sent_by, _names_a_verb_of_sending, _passed_on,
    _pronoun_sender, _sender_named_after, _sender_of_it_read, _sender_of_messages, message_from, message_sender,
)
from quotesearch.relations import _heard_lede_teller, _named_before
from quotesearch.statements import _letter_or_platform
from quotesearch.document_authors import _issuing_body, _signed_document_issuer
from quotesearch.described_subjects import _SAYINGS
from quotesearch.it_subjects import _statement_author
from quotesearch.crew_terms import _for_whom_first_person
from quotesearch.quote_kinds import _issued_document_before, _speech_verb_before, _teller_before_record, speaking_who_at
from quotesearch.writers import GENDERS
from quotesearch.speaker_mentions import _counted_members, _mention_speaker, _pronoun_speaker, _source_behind
from quotesearch.document_speakers import (
    _document_speaker, _owner_or_kin_speaker, _pronoun_report_issuer, _writing_speaker,
)
from quotesearch.set_off_authors import described_sender, set_off_author
from quotesearch.platform_posts import platform_poster
from quotesearch.callback_introductions import callback_introduction
from quotesearch.described_speakers import (
    _description_speaker, _epithet_speaker, _state_epithet_speaker, _unnamed_one_described,
)
from quotesearch.quotation_context import _Quotation


#: A passive of telling or of calling in the quotation's own sentence right before its marks, whose
#: subject is the one found (right after the mention, or "he", "she", "who", "and" for it), with no cue
#: of the subject's own after it: the words are the one who told or called (named after "by", or no
#: one), never the passive's subject (w129g): ‘… and was told to “toughen up.”’, ‘who was once
#: described by a rival full-back as “…”’, ‘was found by a university panel to have “…”’. Never a
#: passive of others the subject reports: ‘said staff had been told to “…”’ stays the subject's.
#:
#: >>> [bool(RE_PASSIVE_WORDS_BEFORE.search(t)) for t in (" and was told to ", " who was once described by a rival as ",
#: ...  " was found by a panel last year to have ", " was told the news and said: ", " was found guilty of ")]
#: [True, True, True, False, False]
#: >>> bool(RE_PASSIVE_WORDS_BEFORE.search(" said staff had been told to "))
#: False
#: >>> bool(RE_PASSIVE_WORDS_BEFORE.search(" was called to the stand and recalled ")), \
#: ...     bool(RE_PASSIVE_WORDS_BEFORE.search(" was praised by the federation for his work, believes the squad is "))
#: (False, False)
RE_PASSIVE_WORDS_BEFORE = LazyPattern(
    r"(?:\G(?:, [^,.;:“”\"]{1,60}+)?,? |(?<=\b(?:[Hh]e|[Ss]he|who|and) ))(?:(?:had|has|have) )?(?:was|were|been|being|is|are)"
    r"(?: (?:\p{Ll}+ly|once|also|later|even|then|twice))? (?:(?:told|instructed|ordered|advised|warned|urged)(?= (?:to|that|by)\b)"
    r"|(?:described|branded|labell?ed|dubbed|hailed|praised|critici[sz]ed|condemned|derided|found)(?= (?:by|as|to)\b)"
    r"|called(?= (?:by|as)\b))"
    r"(?![^.!?:;“”\"]*?\b(?:said|says|saying|added|adding|replied|wrote|writes|told|tells|telling|insisted|declared|called"
    r"|calling|describ\p{Ll}+|brand\p{Ll}*|urg\p{Ll}+|warn\p{Ll}*|accus\p{Ll}+|argu\p{Ll}+|claim\p{Ll}*|vow\p{Ll}*|stated"
    r"|recall\p{Ll}*|believ\p{Ll}+|think\p{Ll}*|thought|admit\p{Ll}*|explain\p{Ll}*|shout\p{Ll}*|feel\p{Ll}*|felt"
    r"|insist\p{Ll}*|maintain\p{Ll}*)\b)"
    r"[^.!?:;“”\"]*+\Z")


#: How far before a quotation's marks the subject of a passive of telling or calling may end, at most
#: (:data:`RE_PASSIVE_WORDS_BEFORE`).
PASSIVE_REACH = 200

#: The agent a passive of telling or calling names after "by", an unnamed one with its article, up to
#: what it said or the time: it spoke the words (w129g).
#:
#: >>> RE_PASSIVE_AGENT.search(" was found by a university panel last year to have ").group("agent")
#: 'a university panel'
#: >>> RE_PASSIVE_AGENT.search(" was once described by Tom Reed as "), RE_PASSIVE_AGENT.search(" was told to ")
#: (None, None)
RE_PASSIVE_AGENT = LazyPattern(r" by (?P<agent>(?:an?|the|one) (?:\p{Ll}[\p{Ll}\-’']*+ ){0,4}?\p{Ll}[\p{Ll}\-’']*+)"
                               r"(?= (?:as|to|that|last|this|in|on|at|over|after|before|during|when|because|for)\b|,|\s*\Z)")


#: A club's, a party's or a country's possessive before a headline's speaker, no part of the name:
#: ‘‘…’: Harlow's Mensah on promotion’ is Mensah's (when the article names a Mensah).
#:
#: >>> RE_OWNER_BEFORE_NAME.match("Harlow's Mensah").end(), RE_OWNER_BEFORE_NAME.match("Kwame Mensah")
#: (9, None)
RE_OWNER_BEFORE_NAME = LazyPattern(r"\p{Lu}[\p{L}\-]*['’]s[ \t]+(?=\p{Lu})")

#: First words of marks after "was called" that make it a summons or a call, not a label (‘was called
#: “back to the office”’, ‘was called “at least a dozen times a shift”’).
NOT_A_LABEL_OPENERS = frozenset("back at to into up away home again every twice once".split())


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
#:
#: The name may close a description set off before it (‘… said her partner, the lab technician Ian Moss,
#: sent her a text that read:’, w113b), and a pronoun may send it in a clause another's verb of saying
#: reports (‘…, she said, he had sent a message to his friends that read:’, w113b): group 3.
#:
#: >>> RE_SENDER.search("Ann said her husband, the engineer Ian Moss, sent her a text that read:").group(1)
#: 'Ian Moss'
#: >>> RE_SENDER.search("Ann said, Ian Moss, sent a text that read:") is None
#: True
#: >>> RE_SENDER.search("Before the crash, she said, he had sent a message to a group chat that read:").group(3)
#: 'he'
RE_SENDER = LazyPattern(
    r"(?:\b(?!(?:He|She|They|It|We|Then|Later|Earlier|Also|Police|Officers)\b)(\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2}"
    r"|the (?:defendant|accused))"
    # (set off after a description of the one named: ‘her partner, the production technician X, sent’)
    r"(?:,(?<=, (?:the|his|her|their|a|an) (?:[\p{Ll}\-]+ ){1,4}\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){0,2},))? "
    r"(?:had |has |then )?(?:sent|posted|wrote|texted|emailed) "
    r"[^;:“\"‘]{0,60}?\b(?:message|text|email|letter|note|post|tweet)s?\b[^;:“\"‘]{0,50}? (?:(?:one|another|some|two|three|several) of )?(?:which|that) (?:read|said|stated)"
    r"|(?:message|text|email|letter|note|post|tweet|alert|warning|notice|notification)s?, (?:sent|written|posted|issued) by "
    r"((?:the )?\p{Lu}[\p{L}’'\-]+(?: (?:(?:of|for|and) )?(?:the )?\p{Lu}[\p{L}’'\-]+){0,6}"
    r"|(?:the|a|an) \p{Ll}[\p{Ll}’'\-]+(?: \p{Ll}[\p{Ll}’'\-]+)?|\p{Ll}+s (?:for|of) (?:the|his|her|their) \p{Ll}+)"
    r"(?: (?:at|on|in|shortly|just|around|about) [^,;“\"]{1,40}?)?, (?:read|said|stated)"
    # (a pronoun that sent it, in a clause reported by another's verb of saying)
    r"|(?<=\b(?:said|says|told (?:the )?[\p{Ll}\p{Lu}]\p{L}+|heard|added)(?: that)?,? )(he|she) "
    r"(?:had |has |then )?(?:sent|posted|wrote|texted|emailed) "
    r"[^;:“\"‘]{0,60}?\b(?:message|text|email|letter|note|post|tweet)\b[^;:“\"‘]{0,50}? (?:which|that) (?:read|said|stated))[:,]?\s*$")


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


#: A crowd's cries right before the marks (‘and jeers of ’, ‘to cries of ’, ‘amid shouts of ’).
#:
#: >>> bool(RE_CROWD_CRIES_OF.search("left to applause and jeers of ")), bool(RE_CROWD_CRIES_OF.search("the leader of "))
#: (True, False)
RE_CROWD_CRIES_OF = LazyPattern(r"\b(?:jeers|cries|shouts|chants|heckles|cheers|boos|calls|chorus|roars|yells) of $")


#: What joins two quotations of one clause, from the first's close to the second's opening (‘” and “’,
#: ‘,” and “’, ‘ and ’) (w75a).
#:
#: >>> bool(RE_JOINED_QUOTATIONS.fullmatch("” and “")), bool(RE_JOINED_QUOTATIONS.fullmatch("” but later “"))
#: (True, False)
RE_JOINED_QUOTATIONS = LazyPattern(r"[,.]?[”\"’']?,? (?:and|or) [“\"‘']?")

#: Verbs of denying a charge: the words joined after them are the charge's, the document's, never the one
#: denying (‘Hale denied being “drunk” and “aggressive,” according to the police report’) (review rv75a).
#:
#: >>> "denied" in REFUTING_VERBS, "told" in REFUTING_VERBS
#: (True, False)
REFUTING_VERBS = frozenset("denied denies deny rejected rejects disputed disputes".split())


def _document_named_between(text: str, head: str | None, lo: int, hi: int) -> bool:
    """The document cited after the words (its head noun ``head``) named already in the cue before the
    first of them (‘Lowry said the audit found “…” and “…,” according to the audit’): the words are the
    document's, not the one who cites it (review rv75a).

    >>> _document_named_between("Lowry said the audit found “", "audit", 5, 27), _document_named_between("Lowry told police “", "audit", 5, 18)
    (True, False)
    """
    return bool(head) and regex.search(rf"\b{regex.escape(head)}s?\b", text[lo:hi], regex.IGNORECASE) is not None


def _spoken_cue_before(f: Found | None, kinds: tuple[str, ...]) -> bool:
    """A cue before the words by a verb of speech (:data:`SPEECH_VERBS`) whose mention is of one of
    ``kinds`` (‘Ellen Marsh said she found the calls “…”’): the speaker an "according to" after the
    words may only cite."""
    return f is not None and f.rule == "cue-before" and f.mention is not None and f.mention.kind in kinds \
        and (f.cue or "").lower() in SPEECH_VERBS


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
        if found is not None and found.rule == "cue-after" and sp.close_end is not None \
                and (last == "," or text.startswith(",", sp.close_end)) \
                and RE_ASKED_ABOUT_PHRASE.fullmatch(text, b_lo, sp.open_at) is not None:
            found = None  # the phrase the opening question asks about, never the words of the one asked:
            # ‘Asked about the “fiscal black hole”, the chancellor said …’ (whoever coined it)
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
        if found is not None and found.rule == "cue-after" and not title_ctx \
                and text.find(", who ", b_lo, sp.open_at) >= 0 and (w := speaking_who_at(before_toks())) is not None \
                and (m := mention_before(before_toks(), w - 1, 0, text)) is not None \
                and m.kind in ("name", "description") and m.end == before_toks()[w - 1].start:
            # ‘When asked about remarks by the Finance Minister, Olga Brand, who on Monday called the plan
            # “a fantasy,” the spokesman said …’: the words are the "who" clause's own, its antecedent's,
            # never the main clause's speaker after them (w131p)
            found = Found(m, None, "cue-before", before_toks()[w].text)
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
                and found.mention.kind == "description" and description_head(found.mention.text) in DOCUMENT_NOUNS \
                and idx and same_sentence_as_prev and spans[idx - 1].close_end is not None \
                and RE_JOINED_QUOTATIONS.fullmatch(text, spans[idx - 1].close_end, sp.open_at) is not None \
                and _spoken_cue_before(results[idx - 1][1], ("name",)) \
                and (results[idx - 1][1].cue or "").lower() not in REFUTING_VERBS \
                and not _document_named_between(text, description_head(found.mention.text),
                                                results[idx - 1][1].mention.end, spans[idx - 1].open_at):
            found = results[idx - 1][1]  # the second of two quotations one named speaker's cue brings in, joined
            # by "and", with a document cited after: ‘Hale told officers he had “left the stove on” and “maybe
            # forgot it,” according to the ruling’ is Hale's, as the first is (w75a)
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
            if found is not None and found.rule == "according-to" and found.mention is not None \
                    and (split := _split_by_cue_and_source(c, found)) is not None:
                found = split
    return found


def _split_by_cue_and_source(c: _Quotation, found: Found) -> Found | None:
    """The speaker of the first part of one quotation split by its own cue and then a source (‘“Mum,” her
    son asked at the top, according to Ruth, “who lights it now?”’): the second part is the son's, as the
    first is, never the source's. Only when the first part's cue (after it) names one who speaks and lies
    between the two parts, before the "according to", and only a comma follows the source (w109d)."""
    idx, sp = c.idx, c.sp
    if not idx or not c.same_sentence_as_prev or c.spans[idx - 1].close_end is None:
        return None
    prev = c.results[idx - 1][1]
    if prev is None or prev.rule != "cue-after" or prev.mention is None \
            or prev.mention.kind not in ("name", "pronoun", "description"):
        return None
    if not c.spans[idx - 1].close_end <= prev.mention.start < prev.mention.end <= found.mention.start < sp.open_at:
        return None
    between = c.text[prev.mention.end:found.mention.start]
    if c.text[found.mention.end:sp.open_at].strip() != ",":
        return None  # (the source's own cue: ‘“No,” Hardy said, according to Grant, who added: “…”’)
    return prev if RE_ACCORDING_TO_TAIL.search(between) is not None and "\n" not in between else None


#: The end of a cue's clause that "according to" follows, before its source (‘ asked at the top, according to ’).
#:
#: >>> bool(RE_ACCORDING_TO_TAIL.search(" asked at the top, according to ")), bool(RE_ACCORDING_TO_TAIL.search(" asked. According to "))
#: (True, False)
RE_ACCORDING_TO_TAIL = regex.compile(r"^[^.!?;“”\"]{0,60}, according to $")


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
    if not title_ctx and found is not None and found.rule == "cue-in-sentence" and found.mention is not None \
            and found.mention.end < sp.open_at \
            and (teller := _inner_teller_before_that(text, found.mention, sp.open_at)) is not None:
        found = Found(teller, None, "cue-in-sentence", "told")  # ‘… his late mother, who he said had told him
        # at 19 that acting was “…”’: the one the speaker reports telling the words, never the speaker (w79a)
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
    if found is not None and found.rule == "subject" and found.mention is not None and found.mention.end <= sp.open_at \
            and (told := _told_clause_speaker(text, found.mention, sp.open_at)) is not None \
            and _told_one_safe(c, found.mention, told.mention, sp.open_at):
        found = told  # the one a told clause is about speaks through its participle of speech, never the
        # teller: ‘she said he had studied it for a long time before remarking: “…”’
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
        g = 1 if sent.group(1) else 2 if sent.group(2) else 3
        found = Found(Mention(sent.start(g), sent.end(g), sent.group(g),
                              "pronoun" if g == 3 else "name" if sent.group(g)[:1].isupper() else "description"),
                      None, "cue-in-sentence", "read")  # (‘sent by the school district shortly after noon’: as written)
    elif not title_ctx and (sent := _message_sent_by(text, b_lo, sp.open_at)) is not None:
        found = Found(sent, None, "cue-in-sentence", "reads" if text[b_lo:sp.open_at].rstrip(" :,").endswith("reads") else "read")  # ‘One message, sent by senior engineer X in
        # March, read: “…”’, ‘… an email sent at 9pm by the site manager, X, to his boss. It read: “…”’
    elif not title_ctx and (sent := _pronoun_sender(text, b_lo, sp.open_at)) is not None:
        found = Found(sent, None, "cue-in-sentence", "read")  # ‘She shows me a text message he sent her in
        # January:’: the one who sent it, never the one who shows it
    elif not title_ctx and (sent := _message_owner(text, b_lo, sp.open_at)) is not None \
            and (sent := _possessor_named(c, sent) if sent.kind == "pronoun" else sent) is not None:
        found = Found(sent, None, "cue-in-sentence", "read")  # ‘She was holding a printout of his last
        # message:’, ‘a text she got from her son’s phone:’: the one whose message it is, never its holder
    if found is None and not title_ctx and text[b_lo:sp.open_at].rstrip().endswith(":") \
            and (sends := _sender_of_messages(text, sp)) is not None:
        found = Found(sends, None, "cue-in-sentence", "read")  # ‘Aoife still sends her brother messages. She
        # shows me some. On his birthday: “…”’: one of the messages the paragraph says she sends
    return found, sender


#: A chain of a told one's acts in a told clause (‘had looked at the scoreboard and shrugged’, ‘then
#: quickly left’): a named told one may take the words (guard, review of w90d).
#:
#: >>> bool(RE_TOLD_CHAIN.search("had looked at it and shrugged before")), bool(RE_TOLD_CHAIN.search("had played well before"))
#: (True, False)
RE_TOLD_CHAIN = LazyPattern(r"\b(?:and|then)[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+ed\b")

#: A third person's pronoun opening the words after a told clause (‘“He’s the best …”’): the teller's,
#: talking of the told one.
RE_THIRD_PERSON_OPENING = LazyPattern(r"(?:He|She|His|Her|Him)\b")


def _told_one_safe(c: _Quotation, teller: Mention, told: Mention, open_at: int) -> bool:
    """Whether the one a told clause is about may take the words from its teller (guard, review rv_w90d):
    a "he" or "she" may; a name only when the article names that one in full as a person (never
    ‘Reeves said Britain had waited …’), and, after a named teller, only when the clause tells a chain of
    that one's acts (‘Price explained that Brooks had looked at the scoreboard and shrugged before
    quipping:’) and the words open with no third person's pronoun (‘Johnson said Smith had played well
    before saying: “He’s the best …”’ is Johnson's, talking of Smith)."""
    if told.kind == "pronoun":
        return True
    last = told.text.split()[-1]
    if not any((q.name == told.text or q.name.split()[-1] == last) and not q.placelike for q in c.cast._named_in_full()):
        return False
    if teller.kind == "pronoun":
        return True
    words = c.text[open_at + 1:open_at + 12].lstrip()
    return RE_TOLD_CHAIN.search(c.text, told.end, open_at) is not None \
        and RE_THIRD_PERSON_OPENING.match(words) is None


def _possessor_named(c: _Quotation, pronoun: Mention) -> Mention | None:
    """The one "his" or "her" of a message stands for: the last person of that sex named in full in the
    paragraph before it (‘… said Ana Cruz, whose son, Leo Cruz, is at sea. She held his last message:’ is
    Leo Cruz's); None when the paragraph names no one of that sex, or two (no speaker rather than a wrong one)."""
    sex = "m" if pronoun.text.lower() == "his" else "f"
    best, seen = None, set()
    for p in c.cast._named_in_full():
        if p.gender != sex:
            continue
        for s_, e in p.spots:
            if c.sp.para_start <= s_ and e <= pronoun.start:
                seen.add(p.name)
                if best is None or s_ > best[0]:
                    best = (s_, e)
    if len(seen) > 1:
        return None  # (guard, review rv_w90d: two men, or two women, named in the paragraph leave "his" or
        # "her" open: ‘Police said Daniel Okoro … had been missing, and his father, Emeka Okoro, appealed for
        # help. His mother showed reporters his last message:’ is the boy's, never the last man named)
    return Mention(best[0], best[1], c.text[best[0]:best[1]], "name") if best is not None else None


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
            and sp.close_end is not None and (last in ".!?,…" or text[sp.close_end:sp.close_end + 1] in ("", "\n", ".", ",", "!", "?", ";")):
        # (words said, ending in their stop or the paragraph's: never a title or slogan the sentence runs on
        # from, ‘“Neon Saints” is louder’, ‘“Not in our name” read one banner’; rv82b)
        found = _roundup_heading_speaker(text, paras[sp.paragraph - 1], cast)  # ‘Graham Ashdown, home
        # secretary’ / ‘“This is …”’: a round-up of reactions, its heading line above the words
    if found is not None and found.mention is not None and sp.paragraph > 0 and not title_ctx \
            and found.mention.start >= sp.para_start \
            and (named := _roundup_anaphor(text, found, paras[sp.paragraph - 1], cast)) is not None:
        found = named  # ‘UN refugee agency’ / ‘The agency said it was “…”’: the body its heading names
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


#: The sex a spokesperson's word tells, for the "he" or "she" after one who spoke for a body (w77a).
#:
#: >>> SPOKESPERSON_SEXES["spokeswoman"], "spokesperson" in SPOKESPERSON_SEXES
#: ('f', False)
SPOKESPERSON_SEXES = {"spokeswoman": "f", "spokesman": "m"}


def _given_name_of_sex_before(text: str, at: int, sex: str) -> bool:
    """A person of that sex named by a given name before ``at``, whom a later "he" or "she" may stand for
    as well as the body's spokesperson (‘Janet Hollis, 68, says …. A spokeswoman for the company said …. “…,”
    she said’ is Hollis's): the spokesperson is then no "she" to note (review rv77a)."""
    return any(gender_of(m.group()) == sex for m in regex.finditer(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+(?= \p{Lu})", text[:at]))


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
        _pronoun_report_issuer(text, found, results, cast)  # ("it" for the report: its issuer, w110c)
        _epithet_speaker(text, sp, found, cast, paras, results, content, epithet, said_by, head)
        _description_speaker(text, sp, found, cast, paras, said_by, head)
        _unnamed_one_described(text, sp, found, cast, paras)
        if (introduced := callback_introduction(text, found, cast, paras)) is not None:
            found.person, found.how = introduced, "introduced"  # ‘… she says to an elderly woman who opens the
            # door. / The woman, who asks not to be named, …. “…,” she tells Mabuza’: the one brought in (w109b)
        _owner_or_kin_speaker(text, sp, found, cast)
        _state_epithet_speaker(text, sp, found, cast, paras)
        _writing_speaker(text, found, cast)
        if found.rule in ("cue-before", "cue-in-sentence", "subject") and found.person is not None \
                and sp.open_at - PASSIVE_REACH <= found.mention.end < sp.open_at \
                and (told := RE_PASSIVE_WORDS_BEFORE.search(text, found.mention.end, sp.open_at)) is not None:
            agent = RE_PASSIVE_AGENT.search(text, told.start(), told.end())
            found.person = Person(agent.group("agent"), kind="description") if agent is not None else None
            # the subject told or called, never the one who spoke: ‘… was once described by a rival full-back as
            # “…”’ is the full-back's; ‘Delahaye said he had reported it to an officer and was told to “toughen
            # up.”’ no one's (the teller the sentence leaves unnamed; w129g)
        if (found.person is None or found.person.kind == "description") \
                and (set_off := set_off_author(text, found, cast)) is not None:
            found.person, found.how = set_off, "writer"  # ‘The report, published by the UN envoy on housing,
            # Ann Lee, …. / It says …’: the one set off after a role as its author (w105f)
        if (found.person is None or found.person.kind == "description") \
                and (poster := platform_poster(text, found, cast, lambda kind, at: _issuing_body(
                    text, kind, at, sp, paras, cast))) is not None:
            found.person, found.how = poster, "statement"  # ‘The aquarium announced the pairing on Instagram. “…,”
            # the post read.’: the one the sentence before says put it there (w105f)
        if (found.person is None or found.person.kind == "description") \
                and (message_sender := described_sender(text, found)) is not None:
            found.person, found.how = message_sender, "writer"  # ‘An email sent by a regional operations director to
            # site managers …. / “…,” the email said’: the one it came from, as written (w105f)
        if (found.person is None or found.person.kind != "name") and is_bare_role_opening(text, found.mention):
            return None  # (a headline's ‘Council leader says …’ no one named holds: the body's same words decide,
            # as with no cue, and no description of its own joins the cast, w89b)
        if found.person is not None and found.person.kind == "description" and found.mention.kind == "description" \
                and found.rule in ("cue-before", "cue-in-sentence", "subject", "colon") \
                and ownerless_record(found.mention.text):  # (never one who knows it: ‘An officer familiar with the
            # findings said’)
            found.person = None  # a record no owner was found for speaks for no one: ‘The findings suggest
            # the drug is “…”’ (never "the findings", w136d)
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
            if found.how == "body" and found.mention.kind == "description" \
                    and (sex := SPOKESPERSON_SEXES.get(description_head(found.mention.text) or "")) is not None \
                    and not _given_name_of_sex_before(text, found.mention.start, sex):
                said_by = found.mention.text
                said_by = said_by[:1].lower() + said_by[1:] if said_by.split()[0] in ("A", "An", "The") else said_by
                cast.note(found.mention.start, Person(said_by, kind="description", gender=sex))
                cast.stands_for(found.mention.start, found.person)  # (the body's spokeswoman is the "she" after:
                # ‘A spokeswoman for the company said …. She said the company would refund her “…”’, the body's, w77a)
            cast.note(sp.open_at, found.person, found.mention.text if found.mention.kind == "pronoun" else "")
            if found.how in ("epithet", "title-anaphor") and found.mention.kind == "description" and found.person.kind == "name":
                cast.stands_for(found.mention.start, found.person)  # (‘“…,” the British driver radioed.’ is
                # the named driver for the "he" after it; and ‘“…,” the senior diplomat said. / According to
                # him, …’ the deputy minister named before)
        elif found.mention.kind == "pronoun" and found.mention.text.lower() == "it":
            found = None  # (an "it" no body stands for: the quotations around decide, as with no cue)
    return found


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


#: A paragraph ending with a statement given, no quotation in it (‘His family released a statement
#: through the department on Sunday.’, ‘The club issued a statement:’): the next paragraph's words are it.
RE_STATEMENT_GIVEN_END = LazyPattern(r"(?:\b(?:released|issued|put out|shared|posted|sent out|gave|provided) (?:a|an) "
                                     r"(?:[\w’'\-]+,? ){0,3}?(?:statement|message)\b[^.!?:“”\"\n]{0,160}"
                                     r"|\b[Ss]tatement (?:from|by) [^.!?:“”\"\n]{2,120})"
                                     r"(?:[.:]|\. Here (?:it|is) [^.!?:“”\"\n]{0,40}:)\s*$")

#: The cue of a reply and the opening of the quotation it introduces: ‘ replied, “’.
RE_REPLY_NEXT = LazyPattern(r" (?:" + "|".join(sorted(REPLY_CUES)) + r")[,:]?\s*[“\"‘'«]")


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


#: Right after a writing's words, "it" and a verb of where they stand in it (‘“Dear Jozsi,” it begins.’).
RE_IT_OPENS_AFTER = LazyPattern(r" (it) (begins|began|opens|opened|ends|ended)\b")
